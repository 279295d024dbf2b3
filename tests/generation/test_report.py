"""``assistant report``: periods, outlines, the period's documents per area, checks, Word layout.

On a real on-disk index of the shipped sample corpus (``corpus/``: the 2023 annual
report 310/BC-SKHCN and the documents it cites).
"""

from __future__ import annotations

import json
import shutil
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
from assistant.generation.outline import builtin_outline, heading_area, move_period
from assistant.generation.periods import Period, PeriodError, parse_period, period_in
from assistant.generation.report import Report, Reporter
from assistant.retrieval.indexer import Indexer

REPO = Path(__file__).resolve().parents[2]
AREAS_2023 = {
    "chi_dao_dieu_hanh": {"09/KH-SKHCN"},
    "kiem_tra": {"42/QĐ-SKHCN", "245/SKHCN-VP"},
    "to_chuc_bo_may": {"15/QĐ-SKHCN", "31/TTr-SKHCN", "356/QĐ-UBND"},
}


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


def test_without_a_report_of_the_kind_the_builtin_outline_is_used(reporter: Reporter) -> None:
    report = reporter.report("2023-Q2")
    assert report.outline_source == "built-in"
    assert [s.area for s in report.sections if s.level == 2] == [
        h.area for h in builtin_outline(parse_period("2023-Q2")).headings if h.level == 2
    ]
    staff = [s for s in report.sections if s.staff]
    assert [s.area for s in staff] == ["kho_khan", "phuong_huong", "kien_nghi"]
    assert all(s.text.startswith("[Cán bộ bổ sung:") for s in staff)
    assert "quý III năm 2023" in staff[1].text  # phương hướng is for the next quarter
    # Quý II: 42/QĐ-SKHCN (20/4) and 245/SKHCN-VP (10/5), nothing of quý I.
    assert _presented(report) == {"42/QĐ-SKHCN", "245/SKHCN-VP"}


def test_sections_hold_the_period_documents_of_their_area(report_2023: Report) -> None:
    by_area: dict[str, set[str]] = {}
    for s in report_2023.sections:
        if s.documents:
            by_area.setdefault(s.area or "", set()).update(s.documents)
    assert by_area == AREAS_2023
    plan = next(s for s in report_2023.sections if "09/KH-SKHCN" in s.documents)
    assert "Kế hoạch số 09/KH-SKHCN ngày 05/1/2023" in plan.text


def test_no_document_of_another_year_is_presented(report_2023: Report, reporter: Reporter) -> None:
    registry = reporter.answerer.registry
    for ident in _presented(report_2023):
        entry = registry.find(ident)
        assert entry is not None, ident
        assert (entry.date or "").startswith("2023"), ident
    # Quyết định 118/QĐ-SKHCN is of 2022, the national decrees older: never the year's work.
    assert not _presented(report_2023) & {"118/QĐ-SKHCN", "107/2020/NĐ-CP", "30/2020/NĐ-CP"}
    assert _presented(reporter.report("2022")) == {"118/QĐ-SKHCN"}


def test_every_citation_of_the_report_verifies(report_2023: Report) -> None:
    assert report_2023.findings
    assert report_2023.summary() == {"documents": 6, "unverified": 0}
    assert "⚠" not in report_2023.text()


def test_sections_state_figures_and_say_when_there_is_nothing(report_2023: Report) -> None:
    by_heading = {s.heading: s for s in report_2023.sections}
    staffing = by_heading["b) Quản lý biên chế"].text
    assert "32 biên chế công chức" in staffing
    assert "04 phòng chuyên môn" in by_heading["a) Sắp xếp tổ chức bộ máy"].text
    assert "32 biên chế" not in by_heading["a) Sắp xếp tổ chức bộ máy"].text
    propaganda = by_heading["3. Về thông tin, tuyên truyền"]
    assert propaganda.documents == ()
    assert propaganda.text.startswith("- Trong kỳ, chưa có văn bản về thông tin, tuyên truyền")


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
    # The plan (chỉ đạo điều hành) has no heading in this outline: one is added for it.
    assert "3. Công tác chỉ đạo, điều hành" in headings
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
