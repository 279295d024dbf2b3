"""List questions in English as an adviser types them, acts asked with what they acted on,
and the department's other work filed beside the reform's — answered on a small on-disk
archive of a fictional Sở Công Thương (session 47: the sixteenth writer's English set and the
twenty-third archive)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from archive_builders import document, keys, listed

from assistant.archive.periods import period_of
from assistant.archive.profiles import load_profiles
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.fit import asked_issuers
from assistant.retrieval import paths
from assistant.retrieval.query import parse_question


def decision(number: str, day: str, title: str, body: str) -> str:
    return document("QUYẾT ĐỊNH", number, day, title, body)


def plan(number: str, day: str, title: str, body: str) -> str:
    return document("KẾ HOẠCH", number, day, title, body)


FILES = {
    "kh-03-2024-cchc.txt": plan(
        "03/KH-SCT",
        "08/01/2024",
        "Cải cách hành chính năm 2024 của Sở Công Thương",
        "I. MỤC ĐÍCH, YÊU CẦU\n\nĐẩy mạnh cải cách hành chính năm 2024.",
    ),
    "kh-11-2024-tuyen-truyen.txt": plan(
        "11/KH-SCT",
        "26/02/2024",
        "Thông tin, tuyên truyền cải cách hành chính năm 2024",
        "I. MỤC ĐÍCH\n\nTuyên truyền kết quả cải cách hành chính, dịch vụ công trực tuyến.",
    ),
    # the department's other work: no word of the reform in it
    "kh-14-2024-kiem-tra-an-toan.txt": plan(
        "14/KH-SCT",
        "05/3/2024",
        "Kiểm tra an toàn thực phẩm trong sản xuất rượu thủ công năm 2024",
        "I. MỤC ĐÍCH\n\nKiểm tra điều kiện an toàn thực phẩm tại 40 cơ sở sản xuất rượu.\n\n"
        "II. NỘI DUNG\n\nLấy mẫu rượu, kiểm tra nhãn hàng hóa và hồ sơ công bố sản phẩm.",
    ),
    "qd-20-2022-quy-che.txt": decision(
        "20/QĐ-SCT",
        "14/3/2022",
        "Ban hành Quy chế làm việc của Sở Công Thương",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-31-2024-quy-che.txt": decision(
        "31/QĐ-SCT",
        "25/3/2024",
        "Ban hành Quy chế làm việc của Sở Công Thương",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số "
        "20/QĐ-SCT ngày 14/3/2022 của Giám đốc Sở Công Thương.",
    ),
    "qd-40-2023-quy-trinh.txt": decision(
        "40/QĐ-SCT",
        "10/5/2023",
        "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực công nghiệp",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết "
        "thủ tục hành chính.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-52-2024-tam-dung.txt": decision(
        "52/QĐ-SCT",
        "15/4/2024",
        "Tạm dừng áp dụng Điều 4 Quy trình nội bộ giải quyết thủ tục hành chính ban hành kèm "
        "theo Quyết định số 40/QĐ-SCT ngày 10/5/2023",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Tạm dừng áp dụng Điều 4 Quy trình nội bộ giải quyết thủ tục "
        "hành chính ban hành kèm theo Quyết định số 40/QĐ-SCT ngày 10/5/2023 của Giám đốc Sở "
        "kể từ ngày 20/4/2024.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-60-2024-thi-diem.txt": decision(
        "60/QĐ-SCT",
        "03/6/2024",
        "Thí điểm trả kết quả giải quyết thủ tục hành chính bản điện tử",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Thí điểm trả kết quả giải quyết thủ tục hành chính bản điện "
        "tử tại Bộ phận Một cửa của Sở.\n\nĐiều 2. Thời gian thí điểm: từ ngày 01 tháng 7 năm "
        "2024 đến hết ngày 30 tháng 9 năm 2024.\n\nĐiều 3. Quyết định này có hiệu lực kể từ "
        "ngày ký.",
    ),
    "qd-77-2024-keo-dai.txt": decision(
        "77/QĐ-SCT",
        "20/9/2024",
        "Kéo dài thời gian thí điểm trả kết quả giải quyết thủ tục hành chính bản điện tử",
        "Căn cứ Quyết định số 60/QĐ-SCT ngày 03/6/2024 của Giám đốc Sở;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Sửa đổi Điều 2 Quyết định số 60/QĐ-SCT ngày 03/6/2024 như sau:\n\n"
        '"Điều 2. Thời gian thí điểm: từ ngày 01 tháng 7 năm 2024 đến hết ngày 31 tháng 12 '
        'năm 2024."\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.',
    ),
    # the year's report tells the year before's index; the next half-year's tells the year's
    "bc-140-2024-cchc.txt": document(
        "BÁO CÁO",
        "140/BC-SCT",
        "12/12/2024",
        "Kết quả công tác cải cách hành chính năm 2024",
        "I. KẾT QUẢ\n\n1. Chỉ đạo, điều hành: Chỉ số cải cách hành chính (PAR Index) năm 2023 "
        "của Sở đạt 86,15 điểm, xếp thứ 4/20 sở, ban, ngành; điểm chỉ số cải cách hành chính "
        "năm 2023 tăng so với năm 2022.\n\n2. Năm 2024, Sở tiếp nhận 2.318 hồ sơ thủ tục hành "
        "chính.",
    ),
    "bc-61-2025-6-thang.txt": document(
        "BÁO CÁO",
        "61/BC-SCT",
        "12/6/2025",
        "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2025",
        "I. KẾT QUẢ\n\n1. Chỉ đạo, điều hành: Chỉ số cải cách hành chính năm 2024 của Sở đạt "
        "90,02 điểm, xếp thứ 2/20 sở, ban, ngành (tăng 2 bậc so với năm 2023).",
    ),
}


@pytest.fixture(scope="module")
def settings(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Settings:
    return ingest_files("english-lists", FILES)


@pytest.fixture(scope="module")
def answerer(settings: Settings) -> Answerer:
    return Answerer(settings, llm=None)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # typed as in a search box: no question word
        ("2024 PAR communication plans", {"11/KH-SCT"}),
        ("PAR communication plan 2024", {"11/KH-SCT"}),
        # asked without "which"
        (
            "Find the department's communication plans on administrative reform for 2024",
            {"11/KH-SCT"},
        ),
    ],
)
def test_english_lists_as_typed(answerer: Answerer, question: str, expected: set[str]) -> None:
    assert listed(answerer.ask(question).text) == keys(*expected)


def test_the_documents_replaced_and_those_replacing_them(answerer: Answerer) -> None:
    question = (
        "For the annual PAR report to our donor: which documents were replaced in 2024? I "
        "need both the old ones and the ones that replaced them."
    )
    assert listed(answerer.ask(question).text) == keys("20/QĐ-SCT", "31/QĐ-SCT")
    # asked only which: the old ones
    plain = answerer.ask("Which documents were replaced in 2024?").text
    assert listed(plain) == keys("20/QĐ-SCT")


def test_the_documents_suspended_and_by_which_decisions(answerer: Answerer) -> None:
    answer = answerer.ask(
        "Which documents had their application suspended, and by which decisions?"
    )
    assert listed(answer.text) == keys("40/QĐ-SCT", "52/QĐ-SCT")
    assert "On the second part" not in answer.text  # one list, not two questions


def test_a_span_of_months_in_english(answerer: Answerer) -> None:
    answer = answerer.ask(
        "What did the department issue between mid-February and early April 2024?"
    )
    assert listed(answer.text) == keys("11/KH-SCT", "14/KH-SCT", "31/QĐ-SCT")


def test_a_remark_after_the_question_is_no_topic(answerer: Answerer) -> None:
    question = "What did the department issue in June 2024? I think one of them was a pilot."
    assert listed(answerer.ask(question).text) == keys("60/QĐ-SCT")


def test_the_reforms_plans_leave_out_the_departments_other_work(answerer: Answerer) -> None:
    reform = answerer.ask("Năm 2024 Sở ban hành những kế hoạch nào về CCHC?").text
    assert listed(reform) == keys("03/KH-SCT", "11/KH-SCT")
    other = answerer.ask("Năm 2024 Sở có những kế hoạch nào ko phải CCHC?").text
    assert listed(other) == keys("14/KH-SCT")


def test_the_departments_other_work_has_no_reform_area(settings: Settings) -> None:
    areas = {p.ident: p.areas for p in load_profiles(paths.profiles(Path(settings.index)))}
    assert areas["14/KH-SCT"] == ()
    assert areas["11/KH-SCT"]
    assert areas["52/QĐ-SCT"]  # its trích yếu acts on a document it cites


def test_an_extension_by_rewriting_the_term_article(answerer: Answerer) -> None:
    # first term ends 30/9/2024; 77/QĐ-SCT rewrites Điều 2 to 31/12/2024
    status = answerer.lives.status(answerer.registry.find("60/QĐ-SCT"), "2024-11-15")
    assert status["status"] == "in_force"
    later = answerer.lives.status(answerer.registry.find("60/QĐ-SCT"), "2025-01-02")
    assert later["status"] == "not_in_force"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("in the first two months of 2023", "2023-01-01", "2023-02-28"),
        ("February or March 2023", "2023-02-01", "2023-03-31"),
        ("July and August 2025", "2025-07-01", "2025-08-31"),
        # the part of a month named: "mid" from the 11th, "early" to the 10th
        ("between mid-February and early April 2023", "2023-02-11", "2023-04-10"),
        ("between June and mid-September 2023", "2023-06-01", "2023-09-20"),
        ("from June to the end of September 2023", "2023-06-01", "2023-09-30"),
        ("In August–September 2020", "2020-08-01", "2020-09-30"),
        ("between 25 February and 5 March 2025", "2025-02-25", "2025-03-05"),
        ("between 1 and 10 July 2025", "2025-07-01", "2025-07-10"),
        # two months apart are no stretch: the last one is read
        ("March and June 2024", "2024-06-01", "2024-06-30"),
    ],
)
def test_english_spans_of_months(text: str, start: str, end: str) -> None:
    period = period_of(text)
    assert period is not None
    assert (period.start, period.end) == (start, end)


def test_how_english_questions_are_read() -> None:
    # a search-box query is English, and a list
    parsed = parse_question("PAR communication plan 2024")
    assert (parsed.language, parsed.wants_list, parsed.codes) == ("en", True, ("KH",))
    # "from 2024" alone is that year; "since 2024" runs on
    assert parse_question("List the department's documents from 2024.").years == (2024,)
    assert parse_question("List the department's documents since 2024.").years[0] == 2024
    assert len(parse_question("List the department's documents since 2024.").years) > 1
    # what the answer is for names no type asked
    assert parse_question(
        "For the annual PAR report to our donor: which documents were replaced in 2024?"
    ).codes == ()
    # a type left out
    parsed = parse_question("Apart from its periodic PAR reports, what did the department issue?")
    assert (parsed.codes, parsed.excluded_codes) == ((), ("BC",))
    assert parse_question("Ngoài các báo cáo, Sở ban hành những văn bản nào?").excluded_codes == (
        "BC",
    )
    # folded, "trừ" is "trụ" too: the office premises leave no type out
    assert parse_question("trụ sở làm việc theo quyết định nào").excluded_codes == ()
    # a remark after the question mark is dropped
    assert parse_question("What did it issue in May 2024? I think one was a pilot.").clean == (
        "What did it issue in May 2024?"
    )


@pytest.mark.parametrize(
    ("question", "bodies"),
    [
        ("What did the labour department and the PPC issue in March 2023?", {"SO", "UBND"}),
        ("What was issued in 2023 — by the PPC and by the health department?", {"SO", "UBND"}),
        ("What did the health department and the provincial office put out?", {"SO", "VP"}),
        # the department a document is about is no issuer
        ("Which decisions did the People's Committee issue concerning the department?", set()),
        ("Những văn bản do UBND tỉnh ban hành về Sở Tư pháp", set()),
    ],
)
def test_bodies_named_together_as_issuing(question: str, bodies: set[str]) -> None:
    assert asked_issuers(question) == bodies


def test_a_figure_of_the_year_asked_before_another_years(answerer: Answerer) -> None:
    # the 2024 report's sentence tells 2023's index: the 2025 report's tells 2024's
    text = answerer.ask("What was the department's PAR index score for 2024?").text
    first = next(line for line in text.splitlines() if line.startswith("1. "))
    assert "90,02" in first
