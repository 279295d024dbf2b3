"""The period's key figures in a whole periodic report: the official year figure of the
report signed in January over the estimate of the year report signed in December, the
department's figure over the province's, the six months' count over a quarter's, and the
report's outline taken from the department's own report, not the province's — on a small
on-disk archive of a fictional Sở Du lịch (session 54)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document

from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.outline import section_bodies
from assistant.generation.periods import parse_period
from assistant.generation.report import Reporter, _cell_prose, key_figures
from assistant.generation.report_documents import figure_clauses, section_figures
from assistant.generation.timely import ESTIMATED, asked_period
from assistant.retrieval.query import fold, parse_question

_OUTLINE = (
    "I. KẾT QUẢ THỰC HIỆN\n\n1. Công tác chỉ đạo, điều hành\n\nSở đã triển khai kế hoạch.\n\n"
    "2. Cải cách thủ tục hành chính\n\n"
)

FILES = {
    "kh-05-2025.txt": document(
        "KẾ HOẠCH",
        "05/KH-SDL",
        "10/01/2025",
        "Cải cách hành chính năm 2025 của Sở Du lịch",
        "I. MỤC TIÊU\n\nNăm 2025, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt tối thiểu 70%.",
    ),
    "qd-12-2025.txt": document(
        "QUYẾT ĐỊNH",
        "12/QĐ-SDL",
        "20/3/2025",
        "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực lữ hành",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết "
        "08 thủ tục hành chính lĩnh vực lữ hành.\n\nĐiều 2. Quyết định này có hiệu lực kể từ "
        "ngày ký.",
    ),
    "bc-70-2025-6-thang.txt": document(
        "BÁO CÁO",
        "70/BC-SDL",
        "05/7/2025",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025",
        _OUTLINE + "a) Quý II năm 2025, Sở: tiếp nhận 402 hồ sơ; tiếp nhận trực tuyến 291 hồ "
        "sơ, đạt 72,4%.\n\nb) Lũy kế 6 tháng năm 2025, Sở: tiếp nhận 781 hồ sơ; giải quyết "
        "đúng hạn 780 hồ sơ, đạt 99,9%; tiếp nhận trực tuyến 556 hồ sơ, đạt 71,2%.",
    ),
    "bc-75-2025-ubnd-6-thang.txt": document(
        "BÁO CÁO",
        "175/BC-UBND",
        "10/7/2025",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025 của tỉnh",
        "I. KẾT QUẢ\n\n2. Cải cách thủ tục hành chính: 6 tháng đầu năm 2025, các cơ quan, đơn vị "
        "trên địa bàn tỉnh tiếp nhận 211.640 hồ sơ TTHC, trong đó tiếp nhận trực tuyến 127.830 "
        "hồ sơ, đạt 60,4%.",
    ),
    "bc-120-2025-quy-3.txt": document(
        "BÁO CÁO",
        "120/BC-SDL",
        "06/10/2025",
        "Kết quả thực hiện công tác cải cách hành chính quý III năm 2025",
        "I. KẾT QUẢ\n\nQuý III năm 2025, Sở: tiếp nhận 395 hồ sơ.\n\nĐiều chỉnh số liệu: số hồ "
        "sơ tiếp nhận trực tuyến 6 tháng đầu năm 2025 đã báo cáo tại Báo cáo số 70/BC-SDL ngày "
        "05/7/2025 là 556 hồ sơ (71,2%), nay điều chỉnh thành 561 hồ sơ (71,8%).",
    ),
    "bc-160-2025-nam.txt": document(
        "BÁO CÁO",
        "160/BC-SDL",
        "16/12/2025",
        "Kết quả thực hiện công tác cải cách hành chính năm 2025",
        _OUTLINE + "Từ ngày 01/01/2025 đến ngày 30/11/2025, Sở: tiếp nhận 1.512 hồ sơ; tiếp "
        "nhận trực tuyến 1.101 hồ sơ, đạt 72,8%.\n\nƯớc thực hiện cả năm 2025: tiếp nhận khoảng "
        "1.650 hồ sơ; tỷ lệ tiếp nhận trực tuyến ước đạt trên 72%.",
    ),
    "bc-341-2025-ubnd-nam.txt": document(
        "BÁO CÁO",
        "341/BC-UBND",
        "20/12/2025",
        "Kết quả thực hiện công tác cải cách hành chính năm 2025 của tỉnh",
        "I. KẾT QUẢ THỰC HIỆN\n\n1. Công tác chỉ đạo, điều hành\n\nUBND tỉnh đã chỉ đạo.\n\n"
        "2. Cải cách thủ tục hành chính: Năm 2025, toàn tỉnh tiếp nhận 431.900 hồ sơ TTHC, "
        "trong đó tiếp nhận trực tuyến 285.050 hồ sơ, đạt 66,0%.",
    ),
    # a letter sending the year's official figures, in January
    "cv-29-2026-so-lieu.txt": document(
        "",
        "29/SDL-VP",
        "12/01/2026",
        "V/v báo cáo số liệu chính thức về thanh toán trực tuyến năm 2025",
        "Kính gửi: Sở Nội vụ.\n\nNăm 2025, tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến của Sở "
        "đạt 46,2%.",
    ),
    # one series across the 2025 merger: its trích yếu names the districts, then the communes
    "qd-388-2025-chi-so.txt": document(
        "QUYẾT ĐỊNH",
        "388/QĐ-UBND",
        "21/3/2025",
        "Phê duyệt kết quả Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành tỉnh và "
        "UBND các huyện, thành phố",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt kết quả Chỉ số cải cách hành chính năm 2024. Sở Du "
        "lịch đạt 88,12 điểm.",
    ),
    "qd-371-2026-chi-so.txt": document(
        "QUYẾT ĐỊNH",
        "371/QĐ-UBND",
        "24/3/2026",
        "Phê duyệt kết quả Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành tỉnh và "
        "UBND các xã, phường",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt kết quả Chỉ số cải cách hành chính năm 2025. Sở Du "
        "lịch đạt 90,47 điểm.",
    ),
    "bc-03-2026-so-lieu-nam-2025.txt": document(
        "BÁO CÁO",
        "03/BC-SDL",
        "08/01/2026",
        "Số liệu chính thức kết quả giải quyết thủ tục hành chính năm 2025",
        "I. KẾT QUẢ\n\nLũy kế từ đầu năm đến hết tháng 12 năm 2025, Sở: tiếp nhận 1.647 hồ sơ; "
        "giải quyết đúng hạn 1.645 hồ sơ, đạt 99,9%; tiếp nhận trực tuyến 1.203 hồ sơ, đạt "
        "73,0%.",
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("report-figures", FILES), llm=None)


def _section(answerer: Answerer, period: str, area: str) -> str:
    report = Reporter(answerer).report(period)
    return "\n".join(s.text for s in report.sections if s.area == area)


def test_the_year_report_states_the_official_figure_over_the_estimate(answerer: Answerer) -> None:
    text = _section(answerer, "2025", "thu_tuc_hanh_chinh")
    # the official year figure, from the report signed in January, with that report
    assert "1.647" in text
    assert "73,0%" in text
    assert "Báo cáo số 03/BC-SDL ngày 08/01/2026" in text
    # never the province's figure in the department's report
    assert "431.900" not in text
    # the figure lines come after the period's documents
    assert text.index("12/QĐ-SDL") < text.index("1.647")


def test_a_half_years_report_states_the_six_months_not_a_quarter_nor_the_province(
    answerer: Answerer,
) -> None:
    lines = key_figures(answerer, parse_period("2025-H1"))
    text = "\n".join(lines)
    assert "781" in text
    assert "211.640" not in text
    assert lines[0].startswith("- Số liệu 6 tháng đầu năm 2025, theo Báo cáo số 70/BC-SDL")
    # one sentence tells every measure asked: said once; a figure of it corrected since
    # is told corrected beside it, from the report that corrects it
    assert text.count("781") == 1
    assert "nay điều chỉnh thành 561 hồ sơ (71,8%)" in text
    assert "theo Báo cáo số 120/BC-SDL" in text


def test_no_figure_of_another_period_is_given_as_the_periods(answerer: Answerer) -> None:
    # the archive holds no report on the first quarter of 2026
    assert key_figures(answerer, parse_period("2026-Q1")) == []


def test_the_outline_is_the_departments_report_not_the_provinces(answerer: Answerer) -> None:
    report = Reporter(answerer).report("2025")
    assert report.outline_source is not None
    assert report.outline_source.startswith("160/BC-SDL")


def test_a_table_cell_reads_as_a_report_writes_it() -> None:
    cell = "Lũy kế 6 tháng đầu năm 2026: Kỳ báo cáo | Tiếp nhận (hồ sơ) … Lũy kế 6 tháng | 6.523"
    assert _cell_prose(cell) == (
        "Lũy kế 6 tháng đầu năm 2026: Lũy kế 6 tháng – Tiếp nhận (hồ sơ): 6.523"
    )
    assert _cell_prose("Quý | Tiếp nhận (hồ sơ) … Quý II | 2.830") == (
        "Quý II – Tiếp nhận (hồ sơ): 2.830"
    )
    assert _cell_prose("Sở tiếp nhận 12 hồ sơ.") == "Sở tiếp nhận 12 hồ sơ."


def test_the_counted_figure_comes_before_the_estimate(answerer: Answerer) -> None:
    text = answerer.ask("Năm 2025 Sở tiếp nhận bao nhiêu hồ sơ thủ tục hành chính?").text
    first = text.split("\n2.")[0]
    assert "1.647" in first
    assert "1.650" not in first
    # asked for the estimate itself, the estimate answers
    assert asked_period(parse_question("Ước thực hiện cả năm 2025 tiếp nhận bao nhiêu hồ sơ?"))
    estimate = answerer.ask("Ước thực hiện cả năm 2025 Sở tiếp nhận bao nhiêu hồ sơ?").text
    assert "1.650" in estimate.split("\n2.")[0]


@pytest.mark.parametrize(
    ("text", "estimated"),
    [
        ("Ước thực hiện cả năm 2025: tiếp nhận khoảng 4.250 hồ sơ", True),
        ("tỷ lệ tiếp nhận trực tuyến ước đạt trên 72%", True),
        ("The estimated figure for the year", True),
        ("Năm 2025, Sở tiếp nhận 4.218 hồ sơ", False),
        ("Dược phẩm được cấp phép", False),
    ],
)
def test_an_estimate_is_told_from_a_count(text: str, estimated: bool) -> None:
    assert bool(ESTIMATED.search(fold(text))) is estimated


def test_a_series_across_the_merger_is_listed_by_date(answerer: Answerer) -> None:
    text = answerer.ask("các quyết định phê duyệt chỉ số CCHC").text
    assert text.index("388/QĐ-UBND") < text.index("371/QĐ-UBND")


def test_a_letter_sending_the_years_figures_is_of_that_year(answerer: Answerer) -> None:
    text = answerer.ask("văn bản nào báo cáo số liệu chính thức năm 2025").text
    assert "29/SDL-VP" in text
    # "báo cáo" after "văn bản nào" is what it did: any type is asked
    assert parse_question("văn bản nào báo cáo số liệu chính thức năm 2025").codes == ()
    assert parse_question("báo cáo nào năm 2025").codes == ("BC",)


def test_a_sections_text_run_in_on_its_heading_gives_its_figures() -> None:
    text = (
        "I. KẾT QUẢ THỰC HIỆN\n\n1. Công tác chỉ đạo, điều hành: ban hành 03 văn bản chỉ đạo "
        "về cải cách hành chính.\n\n2. Công tác kiểm tra: kiểm tra công tác cải cách hành chính "
        "tại 05 phòng, đơn vị thuộc Sở theo Kế hoạch số 31/KH-SDL ngày 27/02/2025 (kế hoạch 06 "
        "phòng, đơn vị; 01 đơn vị chuyển sang năm 2026).\n\n3. Công tác tuyên truyền: đăng tải "
        "68 tin, bài về cải cách hành chính.\n\nII. NHIỆM VỤ THỜI GIAN TỚI\n\nTiếp tục.\n"
    )
    bodies = section_bodies(text)
    heading = "3. Công tác thông tin, tuyên truyền"
    said = section_figures(bodies, heading, [heading])
    assert said == ["đăng tải 68 tin, bài về cải cách hành chính."]
    # a figure beside the plan it carries out is a figure; a bracket's clause is no clause
    checked = section_figures(bodies, "2. Công tác kiểm tra", ["2. Công tác kiểm tra"])
    assert len(checked) == 1
    assert checked[0].startswith("kiểm tra công tác cải cách hành chính tại 05 phòng")
    assert figure_clauses("Sở ban hành Kế hoạch số 31/KH-SDL ngày 27/02/2025.") == []
