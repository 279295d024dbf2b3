""" "Báo cáo định kỳ" in Soạn thảo: its handlers on the sample corpus, and its wiring."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import docx
import pytest

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.retrieval.indexer import Indexer
from assistant.ui.handlers import Handlers
from assistant.ui.report_handlers import BUILTIN, LATEST, UPLOAD, ReportHandlers, ui_period

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "generation"))
from docx_checks import assert_official_layout  # noqa: E402


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("ui-report")
    # The sample archive's text files (its reports among them): quicker to ingest than all.
    (root / "corpus").mkdir()
    for path in (REPO / "corpus").glob("*.txt"):
        shutil.copy(path, root / "corpus" / path.name)
    settings = Settings(corpus=root / "corpus", index=root / "indexes")
    Indexer(settings).ingest([root / "corpus"])
    return settings


@pytest.fixture
def handlers(settings: Settings) -> ReportHandlers:
    return ReportHandlers(Handlers(settings))


@pytest.mark.parametrize(
    ("kind", "year", "part", "code"),
    [
        ("Năm", "2024", "3", "2024"),
        ("6 tháng", "2024", "2", "2024-H2"),
        ("Quý", 2023, "4", "2023-Q4"),
    ],
)
def test_the_period_choices(kind: str, year: str | int, part: str, code: str) -> None:
    assert ui_period(kind, year, part).code == code


@pytest.mark.parametrize(("kind", "year", "part"), [("6 tháng", "2024", "3"), ("Năm", "", "1")])
def test_impossible_period_choices_say_what_to_pick(kind: str, year: str, part: str) -> None:
    with pytest.raises(AssistantError, match="chọn"):
        ui_period(kind, year, part)


def test_generate_edit_recheck_download(handlers: ReportHandlers) -> None:
    steps: list[tuple[float, str]] = []
    text, rows, summary, path, report = handlers.generate(
        "Năm", "2023", None, LATEST, progress=lambda f, m: steps.append((f, m))
    )
    assert text.startswith("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH")
    assert "Quyết định số 15/QĐ-SKHCN ngày 12/3/2023" in text
    assert "dàn ý: 310/BC-SKHCN" in summary
    assert "7 văn bản của kỳ" in summary  # as the truth file's report_2023
    assert rows
    assert {r[1] for r in rows} == {"đã xác minh"}
    assert steps[-1] == (1.0, "Xong")
    assert [f for f, _ in steps] == sorted(f for f, _ in steps)
    assert_official_layout(docx.Document(path))
    edited = text + "\n- Quyết định số 999/QĐ-SKHCN ngày 01/02/2023 về việc thử."
    rows, summary, path = handlers.recheck(edited, report)
    assert "không có trong kho" in {r[1] for r in rows}
    body = [p.text for p in docx.Document(path).paragraphs]
    assert "- Quyết định số 999/QĐ-SKHCN ngày 01/02/2023 về việc thử." in body


def test_builtin_and_uploaded_outlines(handlers: ReportHandlers, tmp_path: Path) -> None:
    text, *_ = handlers.generate("6 tháng", "2023", "1", BUILTIN)
    assert "6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số" in text
    assert "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023" in text
    outline = tmp_path / "dan-y.md"
    outline.write_text("I. Công tác kiểm tra\nII. Kiến nghị\n", encoding="utf-8")
    text, *_ = handlers.generate("Năm", "2023", None, UPLOAD, str(outline))
    assert text.splitlines()[0] == "I. Công tác kiểm tra"
    with pytest.raises(AssistantError, match="tải lên tệp dàn ý"):
        handlers.generate("Năm", "2023", None, UPLOAD, None)


def test_recheck_before_generating_says_what_to_do(handlers: ReportHandlers) -> None:
    with pytest.raises(AssistantError, match="Lập báo cáo"):
        handlers.recheck("I. Văn bản", None)


def test_the_report_controls_are_wired(settings: Settings) -> None:
    from assistant.ui.gradio_app import build

    app = build(settings)
    names = {fn.api_name for fn in app.fns.values()}
    assert {"draft", "report"} <= names


@pytest.mark.slow
def test_the_report_through_the_running_app(settings: Settings) -> None:
    import socket
    from dataclasses import replace

    from gradio_client import Client

    from assistant.ui.gradio_app import launch

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    app = launch(replace(settings, port=port), block=False)
    try:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        text, _table, summary, path = client.predict(
            "Năm", "2023", "1", LATEST, None, api_name="/report"
        )
    finally:
        app.close()
    assert text.startswith("I. CÔNG TÁC CHỈ ĐẠO")
    assert "dàn ý: 310/BC-SKHCN" in summary
    assert "7 văn bản của kỳ được nêu" in summary
    assert "không có trong kho" not in summary
    assert_official_layout(docx.Document(path))


def test_the_draft_docx_carries_the_archive_letterhead(settings: Settings) -> None:
    _, _, _, path = Handlers(settings).draft("Soạn mục Cải cách tổ chức bộ máy năm 2023")
    document = docx.Document(path)
    assert_official_layout(document)
    cells = [c.text for t in document.tables for c in t._cells]
    assert cells[0].splitlines()[:2] == ["UBND TỈNH HÒA AN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"]
    assert any("Hòa An, ngày" in c for c in cells)
    assert any(c.endswith("/BC-SKHCN") for c in cells)
