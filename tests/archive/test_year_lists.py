"""List questions over several years of a fictional Sở Công Thương: one document for each
year asked (the yearly inspection plans, one known only from the report citing it), the
reports of one part of a year whichever year ("các báo cáo quý I"), the province's
decisions a report cites with their trích yếu ("… của UBND tỉnh công bố Chỉ số cải cách
hành chính năm 2022"), and what a six-month report tells ("BC 6 tháng … kể những QĐ nào")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document, keys, listed

from assistant.archive.periods import Period, asked_season, period_of
from assistant.citations import parse_query_ident
from assistant.citations.extract import extract
from assistant.config import Settings
from assistant.generation.answer import YEAR_MARGIN, Answerer
from assistant.generation.documents import ScoredDocument
from assistant.generation.fit import OWN_WEIGHT


def _report(number: str, day: str, part: str, body: str) -> str:
    return document(
        "BÁO CÁO", number, day, f"Kết quả thực hiện công tác cải cách hành chính {part}", body
    )


FILES = {
    "kh-41-2023-kiem-tra.txt": document(
        "KẾ HOẠCH",
        "41/KH-SCT",
        "06/3/2023",
        "Kiểm tra công tác cải cách hành chính năm 2023",
        "I. NỘI DUNG KIỂM TRA\n\n1. Việc giải quyết thủ tục hành chính tại Bộ phận Một cửa."
        "\n\n2. Việc chấp hành kỷ luật, kỷ cương hành chính của công chức các phòng.",
    ),
    "kh-39-2024-kiem-tra.txt": document(
        "KẾ HOẠCH",
        "39/KH-SCT",
        "01/3/2024",
        "Kiểm tra công tác cải cách hành chính năm 2024",
        "I. NỘI DUNG KIỂM TRA\n\n1. Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính."
        "\n\n2. Việc chấp hành kỷ luật, kỷ cương hành chính của công chức các phòng.",
    ),
    "kh-05-2023-cchc.txt": document(
        "KẾ HOẠCH",
        "05/KH-SCT",
        "10/01/2023",
        "Cải cách hành chính năm 2023",
        "II. NHIỆM VỤ\n\n1. Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực công nghiệp."
        "\n\n2. Nâng tỷ lệ hồ sơ trực tuyến toàn trình lên 60%.",
    ),
    "kh-06-2024-cchc.txt": document(
        "KẾ HOẠCH",
        "06/KH-SCT",
        "12/01/2024",
        "Cải cách hành chính năm 2024",
        "II. NHIỆM VỤ\n\n1. Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực thương mại."
        "\n\n2. Nâng tỷ lệ hồ sơ trực tuyến toàn trình lên 70%.",
    ),
    "qd-44-2024-chi-tieu.txt": document(
        "QUYẾT ĐỊNH",
        "44/QĐ-SCT",
        "20/02/2024",
        "Ban hành Quy chế chi tiêu nội bộ năm 2024 của Sở Công Thương",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ năm 2024.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số "
        "18/QĐ-SCT ngày 10/02/2023 của Giám đốc Sở Công Thương.",
    ),
    "qd-104-2024-phong.txt": document(
        "QUYẾT ĐỊNH",
        "104/QĐ-SCT",
        "15/4/2024",
        "Quy định chức năng, nhiệm vụ của các phòng chuyên môn thuộc Sở Công Thương",
        "Điều 1. Văn phòng Sở tham mưu tổng hợp, hành chính, quản trị.",
    ),
    "bc-60-2022-nam.txt": _report(
        "60/BC-SCT",
        "12/12/2022",
        "năm 2022",
        "I. CÔNG TÁC CHỈ ĐẠO\n\n1. Sở ban hành Kế hoạch số 35/KH-SCT ngày 07/3/2022 về kiểm "
        "tra công tác cải cách hành chính năm 2022 và đã kiểm tra 05 phòng.\n\n2. Chỉ số cải "
        "cách hành chính: Quyết định số 15/QĐ-UBND ngày 05/01/2022 của Ủy ban nhân dân tỉnh "
        "ban hành Bộ tiêu chí đánh giá Chỉ số cải cách hành chính của các sở, ban, ngành; "
        "theo Quyết định số 705/QĐ-UBND ngày 30/3/2022 của Ủy ban nhân dân tỉnh công bố Chỉ "
        "số cải cách hành chính năm 2021, Sở đạt 80,15 điểm, xếp thứ 9/19.",
    ),
    "bc-18-2023-quy-1.txt": _report(
        "18/BC-SCT",
        "15/3/2023",
        "quý I năm 2023",
        "I. CÔNG TÁC CHỈ ĐẠO\n\nSở ban hành Kế hoạch số 05/KH-SCT ngày 10/01/2023 về cải "
        "cách hành chính năm 2023.",
    ),
    "bc-70-2023-6-thang.txt": _report(
        "70/BC-SCT",
        "14/6/2023",
        "6 tháng đầu năm 2023",
        "I. CÔNG TÁC CHỈ ĐẠO\n\nĐã hoàn thành 8/20 nhiệm vụ của Kế hoạch số 05/KH-SCT.",
    ),
    "bc-95-2023-nam.txt": _report(
        "95/BC-SCT",
        "13/12/2023",
        "năm 2023",
        "I. CÔNG TÁC CHỈ ĐẠO\n\n1. Hoàn thành 20/20 nhiệm vụ. Theo Quyết định số "
        "612/QĐ-UBND ngày 24/3/2023 của Ủy ban nhân dân tỉnh công bố Chỉ số cải cách hành "
        "chính năm 2022, Sở đạt 84,12 điểm, xếp thứ 5/19.",
    ),
    "bc-21-2024-quy-1.txt": _report(
        "21/BC-SCT",
        "14/3/2024",
        "quý I năm 2024",
        "I. CÔNG TÁC CHỈ ĐẠO\n\nSở ban hành Kế hoạch số 06/KH-SCT ngày 12/01/2024 về cải "
        "cách hành chính năm 2024.",
    ),
    "bc-76-2024-6-thang.txt": _report(
        "76/BC-SCT",
        "17/6/2024",
        "6 tháng đầu năm 2024",
        "I. CÔNG TÁC CHỈ ĐẠO\n\nTrong 6 tháng, Giám đốc Sở ban hành Quyết định số 44/QĐ-SCT "
        "ngày 20/02/2024 ban hành Quy chế chi tiêu nội bộ năm 2024 và Quyết định số "
        "104/QĐ-SCT ngày 15/4/2024 quy định chức năng, nhiệm vụ của các phòng. Ủy ban nhân "
        "dân tỉnh ban hành Quyết định số 09/2024/QĐ-UBND ngày 14/3/2024 quy định chức năng, "
        "nhiệm vụ của Sở Công Thương.",
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("years", FILES), llm=None)


def test_each_year_asked_has_its_document(answerer: Answerer) -> None:
    # the 2022 plan is known only from the year's report: it is the 2022 answer all the same
    text = answerer.ask("Kế hoạch kiểm tra CCHC của Sở cho năm 2022, 2023 và 2024 là KH nào?").text
    assert listed(text) == keys("35/KH-SCT", "41/KH-SCT", "39/KH-SCT"), text


def test_a_missing_year_takes_the_closest_document_of_that_year(answerer: Answerer) -> None:
    parsed = answerer._parse("Kế hoạch kiểm tra CCHC của Sở cho năm 2022, 2023 và 2024?")
    entries = {e.ident: e for e in answerer.registry.entries()}

    def scored(ident: str, score: float) -> ScoredDocument:
        e = entries[ident]
        facets = 0.1 + (OWN_WEIGHT if e.own_source else 0.0)
        return ScoredDocument(e, score, "", e.own_source, "header", 0.0, facets)

    lead = scored("39/KH-SCT", 1.0)
    # 2022's plan, known only from the report, reads close; 2023's CCHC plan (another
    # series) reads too far; the yearly CCHC plan of 2024 is of a year already answered
    cited, far = scored("35/KH-SCT", 0.99), scored("05/KH-SCT", 1.0 - 2 * YEAR_MARGIN)
    ranked = [lead, scored("06/KH-SCT", 0.995), cited, far]
    assert answerer._each_year(parsed, ranked, [lead]) == [cited]
    near = scored("05/KH-SCT", 1.0 - YEAR_MARGIN / 2)
    assert answerer._each_year(parsed, [*ranked[:3], near], [lead]) == [cited, near]
    # 2023's inspection plan is of the lead's series ("Kiểm tra công tác cải cách hành
    # chính năm …"): that year's answer however far it reads
    series = scored("41/KH-SCT", 1.0 - 3 * YEAR_MARGIN)
    assert answerer._each_year(parsed, [*ranked, series], [lead]) == [cited, series]
    # one year asked: nothing to add
    one = answerer._parse("Kế hoạch kiểm tra CCHC của Sở năm 2024 là KH nào?")
    assert answerer._each_year(one, ranked, [lead]) == []


def test_reports_of_one_part_of_a_year_whichever_year(answerer: Answerer) -> None:
    text = answerer.ask("Sở đã gửi những báo cáo CCHC quý I nào trong hai năm 2023–2024?").text
    assert listed(text) == keys("18/BC-SCT", "21/BC-SCT"), text
    text = answerer.ask("Các báo cáo kết quả CCHC cả năm của Sở từ năm 2022 đến năm 2023").text
    assert listed(text) == keys("60/BC-SCT", "95/BC-SCT"), text


def test_the_part_of_a_year_asked_without_its_year() -> None:
    assert asked_season("các báo cáo quý I trong bốn năm 2023–2026") == ("01-01", "03-31")
    assert asked_season("Which reports give figures for a first quarter?") == ("01-01", "03-31")
    assert asked_season("cac bao cao ket qua cchc ca nam") == ("01-01", "12-31")
    assert asked_season("BC 6 tháng đầu năm của các năm") == ("01-01", "06-30")
    # a year given is a period, not a part of every year; two parts are no one part
    assert asked_season("báo cáo quý I/2024") is None
    assert asked_season("báo cáo quý I và 6 tháng các năm") is None
    assert asked_season("Năm 2024 Sở có những kế hoạch nào") is None
    # "9 tháng", "6 tháng" alone: counted from the year's start; "6 tháng qua" is no part
    assert asked_season("các BC 9 tháng") == ("01-01", "09-30")
    assert asked_season("các báo cáo 6 tháng") == ("01-01", "06-30")
    assert asked_season("trong 6 tháng qua Sở ban hành gì") is None


def test_months_counted_to_date_with_or_without_their_year() -> None:
    nine_2024 = Period("2024-01-01", "2024-09-30")
    assert period_of("Lũy kế 9 tháng năm 2024 tiếp bao nhiêu lượt công dân?") == nine_2024
    # a report's "lũy kế 9 tháng" is of the year its text means
    assert period_of("lũy kế 9 tháng tiếp 599 lượt", default_year=2024) == nine_2024


def test_a_cited_decisions_subject_after_its_issuer_is_read() -> None:
    text = (
        "theo Quyết định số 705/QĐ-UBND ngày 30/3/2022 của Ủy ban nhân dân tỉnh công bố Chỉ "
        "số cải cách hành chính năm 2021; Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ "
        "tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia."
    )
    found = {c.ident: c for c in extract(text)}
    assert found["705/QĐ-UBND"].issuer_name == "Ủy ban nhân dân tỉnh"
    assert found["705/QĐ-UBND"].subject == "công bố Chỉ số cải cách hành chính năm 2021"
    assert found["749/QĐ-TTg"].issuer_name == "Thủ tướng Chính phủ"
    assert found["749/QĐ-TTg"].subject == "phê duyệt Chương trình Chuyển đổi số quốc gia"


def test_the_province_decisions_about_the_index_are_all_listed(answerer: Answerer) -> None:
    text = answerer.ask(
        "UBND tỉnh đã ban hành những văn bản nào về Chỉ số cải cách hành chính của các sở?"
    ).text
    assert listed(text) == keys("15/QĐ-UBND", "705/QĐ-UBND", "612/QĐ-UBND"), text


def test_a_span_of_months_is_no_document_number(answerer: Answerer) -> None:
    assert [q.key for q in parse_query_ident("BC 6 tháng đầu năm 2024 của Sở")] == []
    assert [q.key for q in parse_query_ident("kh 5 nam cua so")] == []
    assert [q.key for q in parse_query_ident("QĐ 12 năm 2021")] == ["12/qd"]
    # what the six-month report tells, of the Giám đốc's decisions of 2024
    text = answerer.ask(
        "BC 6 tháng đầu năm 2024 của Sở kể những QĐ nào do Giám đốc Sở ký trong năm 2024?"
    ).text
    assert listed(text) == keys("44/QĐ-SCT", "104/QĐ-SCT"), text


def test_the_new_rules_replacing_old_ones_are_the_answer(answerer: Answerer) -> None:
    # the new ones, not what they replaced (18/QĐ-SCT), nor the 2024 decision replacing none
    question = "Năm 2024 Sở đã ban hành quy chế mới thay cho quy chế cũ ở những QĐ nào?"
    text = answerer.ask(question).text
    assert listed(text) == keys("44/QĐ-SCT"), text


_PROVINCE = (
    "UBND TỈNH KIM SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
)
# The province's lists of the department's procedures: one filed, three known only from the
# reports citing them (two of them in one year)
LISTS = {
    "qd-1372-2023-ubnd.txt": _PROVINCE
    + "Số: 1372/QĐ-UBND\n\nKim Sơn, ngày 22 tháng 6 năm 2023\n\nQUYẾT ĐỊNH\nCông bố danh "
    "mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung trong lĩnh vực xúc tiến "
    "thương mại thuộc phạm vi chức năng quản lý của Sở Công Thương\n\nĐiều 1. Công bố kèm "
    "theo Quyết định này danh mục 6 thủ tục hành chính.\n\nCHỦ TỊCH\n\nLê Văn Bình\n",
    "qd-18-2023-mot-cua.txt": document(
        "QUYẾT ĐỊNH",
        "18/QĐ-SCT",
        "10/3/2023",
        "Ban hành Quy chế hoạt động của Bộ phận Một cửa Sở Công Thương",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, trả kết quả giải quyết "
        "thủ tục hành chính tại Bộ phận Một cửa.",
    ),
    "bc-90-2022-nam.txt": _report(
        "90/BC-SCT",
        "12/12/2022",
        "năm 2022",
        "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n\nỦy ban nhân dân tỉnh ban hành Quyết định số "
        "1896/QĐ-UBND ngày 15/8/2022 công bố danh mục thủ tục hành chính lĩnh vực điện lực "
        "thuộc phạm vi quản lý của Sở Công Thương.",
    ),
    "bc-92-2024-nam.txt": _report(
        "92/BC-SCT",
        "13/12/2024",
        "năm 2024",
        "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n\nỦy ban nhân dân tỉnh ban hành Quyết định số "
        "845/QĐ-UBND ngày 10/4/2024 công bố danh mục thủ tục hành chính được sửa đổi, bổ "
        "sung trong lĩnh vực hóa chất và Quyết định số 2011/QĐ-UBND ngày 20/9/2024 công bố "
        "danh mục thủ tục hành chính nội bộ trong lĩnh vực công thương.",
    ),
}


def test_the_provinces_lists_of_procedures_of_a_span_cited_or_filed(
    ingest_files: Callable[[str, dict[str, str]], Settings],
) -> None:
    # the list with a file reads less close than those the reports cite: each one of the
    # years asked answers, two of 2024 among them
    answerer = Answerer(ingest_files("lists", LISTS), llm=None)
    asked = "cac qd cong bo danh muc tthc nganh cong thuong cua tinh tu 2022 den nay"
    text = answerer.ask(asked).text
    expected = keys("1372/QĐ-UBND", "1896/QĐ-UBND", "845/QĐ-UBND", "2011/QĐ-UBND")
    assert listed(text) == expected, text
