"""``assistant report``: periods, outlines, the period's documents per area, checks, Word layout.

On a real on-disk index of the shipped sample archive (``corpus/``, 2020-2024) and the
documents its hand-written truth (``bench/data/sample_archive_truth.json``) says a 2023
and a 2024 report should present, area by area.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx_checks import assert_official_layout
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.cli import main
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.generation.answer import Answerer
from assistant.generation.docx_export import export_report
from assistant.generation.outline import Heading, builtin_outline, heading_area, move_period
from assistant.generation.periods import Period, PeriodError, parse_period, period_in
from assistant.generation.report import Report, Reporter
from assistant.generation.report_documents import (
    ReportDocument,
    is_figure,
    period_reports,
    period_work,
)
from assistant.generation.report_plan import place
from assistant.generation.report_sources import latest_report
from assistant.retrieval.indexer import Indexer

REPO = Path(__file__).resolve().parents[2]
TRUTH = json.loads((REPO / "bench" / "data" / "sample_archive_truth.json").read_text("utf-8"))
# Two files of the archive and no report: the built-in outline's case.
NO_REPORT = (
    "qd-42-2023-phe-duyet-ke-hoach-kiem-tra.txt",
    "cong-van-245-2023-trien-khai-kiem-tra.txt",
)


@pytest.fixture(scope="module")
def sample_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The sample corpus, copied and ingested once for the module."""
    root = tmp_path_factory.mktemp("report")
    shutil.copytree(REPO / "corpus", root / "corpus")
    settings = Settings(corpus=root / "corpus", index=root / "indexes")
    Indexer(settings).ingest([root / "corpus"])
    return settings


@pytest.fixture(scope="module")
def reporter(sample_settings: Settings) -> Reporter:
    return Reporter(Answerer(sample_settings, llm=None))


@pytest.fixture(scope="module")
def report_2023(reporter: Reporter) -> Report:
    return reporter.report("2023")


@pytest.fixture(scope="module")
def report_2024(reporter: Reporter) -> Report:
    return reporter.report("2024")


@pytest.fixture(scope="module")
def bare_reporter(tmp_path_factory: pytest.TempPathFactory) -> Reporter:
    """An archive of two 2023 documents and no report."""
    root = tmp_path_factory.mktemp("bare")
    (root / "corpus").mkdir()
    for name in NO_REPORT:
        shutil.copy(REPO / "corpus" / name, root / "corpus" / name)
    settings = Settings(corpus=root / "corpus", index=root / "indexes")
    Indexer(settings).ingest([root / "corpus"])
    return Reporter(Answerer(settings, llm=None))


@pytest.mark.parametrize(
    ("spec", "code", "label", "start", "end"),
    [
        ("2024", "2024", "năm 2024", "2024-01-01", "2024-12-31"),
        ("2024-Q1", "2024-Q1", "quý I năm 2024", "2024-01-01", "2024-03-31"),
        ("2024-q4", "2024-Q4", "quý IV năm 2024", "2024-10-01", "2024-12-31"),
        ("2024-H1", "2024-H1", "6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"),
        (" 2024-h2 ", "2024-H2", "6 tháng cuối năm 2024", "2024-07-01", "2024-12-31"),
        ("2023-Q1", "2023-Q1", "quý I năm 2023", "2023-01-01", "2023-03-31"),
    ],
)
def test_periods(spec: str, code: str, label: str, start: str, end: str) -> None:
    period = parse_period(spec)
    assert (period.code, period.label) == (code, label)
    assert period.to_json() == {"label": label, "from": start, "to": end}


@pytest.mark.parametrize("spec", ["24", "2024-Q5", "2024-H3", "2024-Q0", "2024Q1", "năm 2024", ""])
def test_a_bad_period_says_which_forms_it_takes(spec: str) -> None:
    with pytest.raises(PeriodError, match=r"--period takes 2024, 2024-Q1 or 2024-H1"):
        parse_period(spec)


@pytest.mark.parametrize(
    ("iso", "inside"),
    [
        ("2024-06-30", True),
        ("2024-07-01", False),
        ("2023-12-31", False),
        ("2024-03", True),  # the day left blank
        (None, False),
    ],
)
def test_a_period_contains_its_dates_only(iso: str | None, inside: bool) -> None:
    assert parse_period("2024-H1").contains(iso) is inside


def test_the_next_period_wraps_the_year() -> None:
    assert parse_period("2024-Q4").next() == Period(2025, "quarter", 1)
    assert parse_period("2024-H1").next().label == "6 tháng cuối năm 2024"
    assert period_in("BÁO CÁO Kết quả CCHC quý II năm 2023") == Period(2023, "quarter", 2)
    assert period_in("Kết quả CCHC 6 tháng đầu năm 2024") == Period(2024, "half", 1)
    # the quarter's report with the months to its end is the quarter's; nine months, no year's
    assert period_in("Kết quả CCHC quý III và 9 tháng năm 2026") == Period(2026, "quarter", 3)
    assert period_in("Kết quả CCHC 9 tháng năm 2025") is None


@pytest.mark.parametrize(
    ("text", "was", "now", "expected"),
    [
        ("IV. PHƯƠNG HƯỚNG NĂM 2024", "2023", "2024", "IV. PHƯƠNG HƯỚNG NĂM 2025"),
        ("Kết quả CCHC năm 2023", "2023", "2025", "Kết quả CCHC năm 2025"),
        ("Kết quả 6 tháng đầu năm 2023", "2023-H1", "2024-H2", "Kết quả 6 tháng cuối năm 2024"),
        ("Nhiệm vụ 6 tháng cuối năm 2023", "2023-H1", "2024-H1", "Nhiệm vụ 6 tháng cuối năm 2024"),
        ("Giai đoạn 2021 - 2030", "2023", "2024", "Giai đoạn 2021 - 2030"),
        ("1. Cải cách thể chế", "2023", "2024", "1. Cải cách thể chế"),
    ],
)
def test_the_period_is_moved_in_headings(text: str, was: str, now: str, expected: str) -> None:
    assert move_period(text, parse_period(was), parse_period(now)) == expected


@pytest.mark.parametrize(
    ("heading", "area"),
    [
        ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "chi_dao_dieu_hanh"),
        ("2. Về kiểm tra cải cách hành chính", "kiem_tra"),
        ("3. Về thông tin, tuyên truyền", "tuyen_truyen"),
        ("1. Cải cách tổ chức bộ máy hành chính nhà nước", "to_chuc_bo_may"),
        ("b) Quản lý biên chế", "to_chuc_bo_may"),
        ("2. Cải cách thủ tục hành chính", "thu_tuc_hanh_chinh"),
        ("3. Xây dựng và phát triển chính quyền điện tử, chính quyền số", "chinh_quyen_so"),
        ("Cải cách chế độ công vụ", "che_do_cong_vu"),
        ("Cải cách tài chính công", "tai_chinh_cong"),
        ("III. TỒN TẠI, HẠN CHẾ", "kho_khan"),
        ("IV. PHƯƠNG HƯỚNG NĂM 2024", "phuong_huong"),
        ("V. KIẾN NGHỊ, ĐỀ XUẤT", "kien_nghi"),
        ("III. NHIỆM VỤ QUÝ III NĂM 2024", "phuong_huong"),
        ("Nhiệm vụ trọng tâm thời gian tới", "phuong_huong"),
        ("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", None),
    ],
)
def test_headings_map_to_areas(heading: str, area: str | None) -> None:
    assert heading_area(heading) == area


def test_the_outline_is_the_latest_annual_report_with_the_period_moved(
    reporter: Reporter,
) -> None:
    report = reporter.report("2025")
    assert report.outline_source.startswith("310/BC-SKHCN")
    assert report.title == "Kết quả thực hiện công tác cải cách hành chính năm 2025"
    headings = [s.heading for s in report.sections]
    assert headings[:2] == [
        "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
        "1. Về kế hoạch cải cách hành chính",
    ]
    assert "IV. PHƯƠNG HƯỚNG NĂM 2026" in headings
    assert "b) Quản lý biên chế" in headings
    # The past report's own tasks under its phương hướng are not headings of the outline.
    assert not any(h.startswith("1. Tiếp tục kiện toàn") for h in headings)


def test_the_outlines_of_the_half_year_and_the_quarter(reporter: Reporter) -> None:
    half = reporter.report("2024-H1")
    assert half.outline_source.startswith("142/BC-SKHCN")
    assert half.sections[-2].heading == "IV. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2024"
    quarter = reporter.report("2024-Q2")
    assert quarter.outline_source.startswith("61/BC-SKHCN")
    headings = [s.heading for s in quarter.sections]
    assert headings[-1] == "III. NHIỆM VỤ QUÝ III NĂM 2024"
    # Areas with quý II documents, or figures in the period's reports, but no heading in the
    # quý I report get one, numbered on.
    added = [h for h in headings if h.endswith(". Cải cách tổ chức bộ máy hành chính nhà nước")]
    assert len(added) == 1
    assert added[0][0].isdigit()
    assert headings.index(added[0]) < len(headings) - 1


def test_without_a_report_of_the_kind_the_builtin_outline_is_used(
    bare_reporter: Reporter,
) -> None:
    report = bare_reporter.report("2023-Q2")
    assert report.outline_source == "built-in"
    assert [s.area for s in report.sections if s.level == 2] == [
        h.area for h in builtin_outline(parse_period("2023-Q2")).headings if h.level == 2
    ]
    staff = [s for s in report.sections if s.staff]
    assert [s.area for s in staff] == ["kho_khan", "phuong_huong", "kien_nghi"]
    assert all(s.text.startswith("[Cán bộ bổ sung:") for s in staff)
    assert "quý III năm 2023" in staff[1].text  # phương hướng is for the next quarter
    assert _presented(report) == {"42/QĐ-SKHCN", "245/SKHCN-VP"}
    # Quý I: the plan and the reorganisation, known from the letters that cite them.
    assert _presented(bare_reporter.report("2023-Q1")) == {"09/KH-SKHCN", "15/QĐ-SKHCN"}


@pytest.mark.parametrize("year", ["2023", "2024"])
def test_area_recall_and_precision_against_the_truth(
    year: str, report_2023: Report, report_2024: Report
) -> None:
    report = report_2023 if year == "2023" else report_2024
    gold = TRUTH[f"report_{year}"]
    allowed = TRUTH.get(f"report_{year}_acceptable", {})
    found = _by_area(report)
    n_gold = sum(len(v) for v in gold.values())
    hits = sum(len(found.get(a, set()) & set(v)) for a, v in gold.items())
    right = sum(
        len(ids & (set(gold.get(a, ())) | set(allowed.get(a, ())))) for a, ids in found.items()
    )
    assert hits / n_gold >= 0.8, found
    assert right / sum(len(v) for v in found.values()) >= 0.7, found


def test_sections_hold_the_period_documents_of_their_area(report_2024: Report) -> None:
    found = _by_area(report_2024)
    assert found["thu_tuc_hanh_chinh"] == {"38/QĐ-SKHCN"}
    assert found["to_chuc_bo_may"] == {"1532/QĐ-UBND", "45/QĐ-SKHCN"}
    plan = next(s for s in report_2024.sections if "03/KH-SKHCN" in s.documents)
    assert plan.heading == "1. Về kế hoạch cải cách hành chính"
    assert "Kế hoạch số 03/KH-SKHCN ngày 05/01/2024" in plan.text


@pytest.mark.parametrize("year", ["2023", "2024"])
def test_no_document_of_another_year_is_presented(
    year: str, report_2023: Report, report_2024: Report, reporter: Reporter
) -> None:
    report = report_2023 if year == "2023" else report_2024
    registry = reporter.answerer.registry
    for ident in _presented(report):
        entry = registry.find(ident)
        assert entry is not None, ident
        assert (entry.date or "").startswith(year), ident
    # The one-stop-shop rules of 2022 (replaced in 2024), the 2023 reorganisation (replaced
    # in 2024), the 2021-2025 plan and the national decrees are never the year's work.
    never = {"118/QĐ-SKHCN", "15/QĐ-SKHCN", "2845/QĐ-UBND", "107/2020/NĐ-CP", "76/NQ-CP"}
    assert not _presented(report_2024) & never
    assert not _presented(report) & {"61/BC-SKHCN", "142/BC-SKHCN", "310/BC-SKHCN"}


def test_the_year_figures_are_the_year_s(report_2024: Report) -> None:
    text = report_2024.text()
    assert "236 hồ sơ" in text  # 6 tháng đầu năm 2024 (142/BC-SKHCN)
    assert "73,1%" in text
    assert "412 hồ sơ" not in text  # 2023's
    assert "Theo Báo cáo số 142/BC-SKHCN ngày 14/6/2024" in text


def test_the_periods_work_is_what_it_issued_not_what_it_carried_out_or_reported() -> None:
    def doc(ident: str, date: str, code: str, issuer: str = "SKHCN") -> ReportDocument:
        return ReportDocument(ident, None, date, "x", ("the_che",), issuer=issuer, code=code)

    documents = [
        doc("1/QĐ-SKHCN", "2024-02-01", "QĐ"),  # replaced within the year: still its work
        doc("2/QĐ-SKHCN", "2024-03-01", "QĐ"),
        doc("3/2024/NĐ-CP", "2024-03-02", "NĐ", "CP"),  # national: implemented, not the work
        doc("4/BC-SKHCN", "2024-06-14", "BC"),  # a report tells the work
        doc("5/QĐ-SKHCN", "2023-12-29", "QĐ"),  # the year before
        # signed within the year for the next one only: next year's work
        replace(doc("6/KH-SKHCN", "2024-12-30", "KH"), period={"from": "2025-01-01"}),
    ]
    period = parse_period("2024")
    assert [d.ident for d in period_work(documents, period)] == ["1/QĐ-SKHCN", "2/QĐ-SKHCN"]


def test_the_period_s_reports_are_those_on_it_the_whole_before_its_parts() -> None:
    def report(ident: str, date: str, start: str, end: str) -> ReportDocument:
        return ReportDocument(
            ident, "Báo cáo", date, "x", period={"from": start, "to": end}, code="BC", own=True
        )

    documents = [
        report("4/BC-TTT", "2025-01-08", "2024-01-01", "2024-12-31"),  # 2024's, signed in 2025
        report("30/BC-TTT", "2025-04-03", "2025-01-01", "2025-03-31"),  # quý I, signed in April
        report("55/BC-TTT", "2025-06-16", "2025-01-01", "2025-06-30"),
        report("96/BC-TTT", "2025-10-06", "2025-01-01", "2025-09-30"),
        report("2/BC-TTT", "2026-01-09", "2025-01-01", "2025-12-31"),  # the year's, in January
    ]

    def on(period: str) -> list[str]:
        return [d.ident for d in period_reports(documents, parse_period(period))]

    assert on("2025-Q1") == ["30/BC-TTT"]
    assert on("2025-H1") == ["55/BC-TTT"]  # the quý I figures are counted on in it
    assert on("2025") == ["2/BC-TTT"]
    assert on("2024") == ["4/BC-TTT"]
    assert on("2025-Q3") == ["96/BC-TTT"]  # nine months to the quarter's end tell it too
    assert on("2025-Q2") == ["55/BC-TTT"]


def test_a_note_about_the_file_states_no_figure() -> None:
    assert is_figure("Đăng tải 28 tin, bài trên Trang thông tin điện tử của Sở.")
    signed = "Nguyễn Thị Hồng [Hết — TÀI LIỆU MẪU do scripts/make_heldout22_archive.py tạo]."
    assert not is_figure(signed)


def test_a_part_added_to_the_outline_moves_the_closing_parts_on() -> None:
    headings = [
        Heading("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 1, "chi_dao_dieu_hanh"),
        Heading("II. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", 1, "thu_tuc_hanh_chinh"),
        Heading("III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", 1, "phuong_huong"),
        Heading("1. Nhiệm vụ", 2, None),
    ]
    placed = place(headings, {"thu_tuc_hanh_chinh", "to_chuc_bo_may", "tai_chinh_cong"})
    assert [h.text.split(" ", 1)[0] for h in placed] == ["I.", "II.", "III.", "IV.", "V.", "1."]
    assert [h.area for h in placed][2:5] == ["to_chuc_bo_may", "tai_chinh_cong", "phuong_huong"]


def test_areas_added_to_a_short_outline_go_under_its_empty_part_for_results() -> None:
    headings = [
        Heading("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", 1, None),
        Heading("II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", 1, "phuong_huong"),
    ]
    placed = place(headings, {"to_chuc_bo_may", "tai_chinh_cong"})
    assert [(h.text.split(" ", 1)[0], h.level, h.area) for h in placed] == [
        ("I.", 1, None),
        ("1.", 2, "to_chuc_bo_may"),
        ("2.", 2, "tai_chinh_cong"),
        ("II.", 1, "phuong_huong"),
    ]


_HEAD = (
    "UBND TỈNH HÒA AN\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: {n}/QĐ-SKHCN\n"
    "Hòa An, ngày {d} tháng {m} năm 2024\nQUYẾT ĐỊNH\n"
    "Ban hành Quy chế quản lý, sử dụng chữ ký số của Sở Khoa học và Công nghệ\n"
)


def test_a_document_ended_within_the_period_is_its_work_and_says_what_ended_it(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "qd-11.txt").write_text(
        _HEAD.format(n=11, d="05", m="02") + "Điều 1. Ban hành kèm theo Quyết định này Quy chế.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
        encoding="utf-8",
    )
    (corpus / "qd-87.txt").write_text(
        _HEAD.format(n=87, d="20", m="10") + "Điều 1. Ban hành kèm theo Quyết định này Quy chế.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số "
        "11/QĐ-SKHCN ngày 05/02/2024 của Giám đốc Sở Khoa học và Công nghệ.\n",
        encoding="utf-8",
    )
    settings = Settings(corpus=corpus, index=tmp_path / "indexes")
    Indexer(settings).ingest([corpus])
    report = Reporter(Answerer(settings, llm=None)).report("2024")
    section = next(s for s in report.sections if "11/QĐ-SKHCN" in s.documents)
    assert "87/QĐ-SKHCN" in section.documents
    line = next(x for x in section.text.splitlines() if "11/QĐ-SKHCN" in x.split("(")[0])
    assert "đã được thay thế bởi Quyết định số 87/QĐ-SKHCN" in line
    later = next(x for x in section.text.splitlines() if "87/QĐ-SKHCN" in x.split("(")[0])
    assert "thay thế bởi" not in later


def test_a_period_with_nothing_says_so(bare_reporter: Reporter) -> None:
    report = bare_reporter.report("2021")
    assert report.summary() == {"documents": 0, "unverified": 0}
    assert report.notice is not None
    assert report.notice.startswith("Kho tài liệu không có văn bản nào ban hành trong năm 2021")


def test_every_citation_of_the_report_verifies(report_2023: Report, report_2024: Report) -> None:
    for report in (report_2023, report_2024):
        assert report.findings
        assert report.summary()["unverified"] == 0
        assert "⚠" not in report.text()
    assert report_2024.summary()["documents"] == len(_presented(report_2024))


def test_sections_state_figures_and_say_when_there_is_nothing(
    report_2023: Report, bare_reporter: Reporter
) -> None:
    by_heading = {s.heading: s for s in report_2023.sections}
    assert "32 biên chế công chức" in by_heading["b) Quản lý biên chế"].text
    assert "04 phòng chuyên môn" in by_heading["a) Sắp xếp tổ chức bộ máy"].text
    assert "32 biên chế" not in by_heading["a) Sắp xếp tổ chức bộ máy"].text
    # No document of 2023 on communication, but the year's report gives its figures.
    propaganda = by_heading["3. Về thông tin, tuyên truyền"]
    assert propaganda.documents == ()
    assert "24 tin, bài" in propaganda.text
    empty = bare_reporter.report("2023-Q1").sections[2]  # kiểm tra: 42/QĐ is of quý II
    assert empty.heading == "2. Công tác kiểm tra cải cách hành chính"
    assert empty.text.startswith(
        "- Trong kỳ, chưa có văn bản về công tác kiểm tra cải cách hành chính"
    )


def test_a_user_outline_file(reporter: Reporter, tmp_path: Path) -> None:
    path = tmp_path / "dan-y.txt"
    path.write_text(
        "I. KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2022\n1. Công tác kiểm tra\n"
        "2. Cải cách tổ chức bộ máy\nII. PHƯƠNG HƯỚNG NĂM 2023\n",
        encoding="utf-8",
    )
    report = reporter.report("2023", outline=path)
    assert report.outline_source == "dan-y.txt"
    headings = [s.heading for s in report.sections]
    assert headings[0] == "I. KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2023"
    assert headings[-1] == "II. PHƯƠNG HƯỚNG NĂM 2024"
    # The plan (chỉ đạo điều hành) has no heading in this outline: one is added for it; and
    # one for each area whose figures of 2023 the year's report gives (the procedures' key
    # figures among them), numbered on, in the order of Nghị quyết 76.
    added = [h.split(". ", 1)[1] for h in headings[3:-1]]
    assert added[0] == "Công tác chỉ đạo, điều hành"
    assert "Cải cách thủ tục hành chính" in added
    assert added.index("Cải cách thủ tục hành chính") < added.index("Cải cách tài chính công")
    assert [h.split(". ", 1)[0] for h in headings[3:-1]] == [
        str(n) for n in range(3, 3 + len(added))
    ]
    procedures = next(s for s in report.sections if s.area == "thu_tuc_hanh_chinh")
    assert "Năm 2023, Sở tiếp nhận 412 hồ sơ" in procedures.text
    empty = tmp_path / "rong.txt"
    empty.write_text("không có đề mục nào ở đây\n", encoding="utf-8")
    with pytest.raises(AssistantError, match="holds no headings"):
        reporter.report("2023", outline=empty)


def test_llm_closing_parts_are_checked(sample_settings: Settings) -> None:
    reply = (
        "- Việc cập nhật quy trình sau Quyết định số 15/QĐ-SKHCN ngày 12/3/2023 còn chậm.\n"
        "- Theo Quyết định số 999/QĐ-SKHCN ngày 01/02/2023, cần bổ sung biên chế."
    )
    llm = FakeListChatModel(responses=[reply] * 5)
    report = Reporter(Answerer(sample_settings, llm=llm)).report("2023")
    closing = next(s for s in report.sections if s.area == "kho_khan")
    assert closing.staff
    assert "Cán bộ rà soát" in closing.text
    statuses = {f.ident: f.status for f in closing.findings}
    assert statuses == {"15/QĐ-SKHCN": "verified", "999/QĐ-SKHCN": "not_found"}
    assert "999/QĐ-SKHCN ngày 01/02/2023 ⚠[chưa xác minh" in closing.text
    assert report.summary()["unverified"] >= 1


def test_a_failing_llm_leaves_the_closing_parts_to_staff(sample_settings: Settings) -> None:
    down = FakeListChatModel(responses=["x"], error_on_chunk_number=0)
    report = Reporter(Answerer(sample_settings, llm=down)).report("2023")
    closing = next(s for s in report.sections if s.area == "kho_khan")
    assert closing.text.startswith("[Cán bộ bổ sung:")
    assert report.notice
    assert "không phản hồi" in report.notice


def test_report_json_contract(
    sample_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("ASSISTANT_INDEX", str(sample_settings.index))
    monkeypatch.setenv("ASSISTANT_CORPUS", str(sample_settings.corpus))
    assert main(["report", "--period", "2023", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"period", "outline_source", "sections", "summary"} <= set(out)
    assert out["period"] == {"label": "năm 2023", "from": "2023-01-01", "to": "2023-12-31"}
    assert set(out["summary"]) >= {"documents", "unverified"}
    for s in out["sections"]:
        assert {"heading", "level", "area", "text", "documents", "findings"} <= set(s)
        for f in s["findings"]:
            assert {"ident", "start", "end", "status", "expected", "evidence"} <= set(f)
            assert f["ident"] in s["text"][f["start"] : f["end"]]


def test_report_cli_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["report", "--period", "2024-Q7"]) == 1
    assert "--period takes 2024, 2024-Q1 or 2024-H1" in capsys.readouterr().err
    assert main(["report", "--period", "2024", "--outline", str(tmp_path / "none.docx")]) == 1
    assert "no such outline file" in capsys.readouterr().err
    assert main(["report", "--period", "2024"]) == 1
    assert "assistant ingest" in capsys.readouterr().err


def test_report_docx_has_the_official_layout(report_2023: Report, tmp_path: Path) -> None:
    path = export_report(report_2023, tmp_path / "bao-cao.docx")
    document = docx.Document(str(path))
    assert_official_layout(document)
    cells = [c.text for t in document.tables for c in t._cells]
    assert any("UBND TỈNH HÒA AN" in c and "SỞ KHOA HỌC VÀ CÔNG NGHỆ" in c for c in cells)
    assert any("Số:" in c and "/BC-SKHCN" in c for c in cells)
    assert any("Hòa An, ngày" in c for c in cells)
    texts = [p.text for p in document.paragraphs]
    assert "Kết quả thực hiện công tác cải cách hành chính năm 2023" in texts
    assert "IV. PHƯƠNG HƯỚNG NĂM 2024" in texts


def _presented(report: Report) -> set[str]:
    return {i for s in report.sections for i in s.documents}


def _by_area(report: Report) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s in report.sections:
        if s.documents:
            out.setdefault(s.area or "", set()).update(s.documents)
    return out


def test_the_outline_report_is_the_archives_own_bodys_when_the_province_shares_its_symbol() -> None:
    def report(ident: str, date: str) -> ReportDocument:
        subject = "Kết quả cải cách hành chính quý III năm 2026"
        return ReportDocument(ident, "Báo cáo", date, subject, code="BC", issuer="UBND", own=True)

    ward, province = report("148/BC-UBND", "2026-10-06"), report("246/BC-UBND", "2026-10-12")
    documents = [ward, province]
    period = parse_period("2026-Q3")
    # by date alone the province's, received later; by the header's body the ward's own
    assert latest_report(documents, period) is province
    assert latest_report(documents, period, lambda d: d is ward) is ward
