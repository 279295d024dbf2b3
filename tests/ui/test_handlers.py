"""The UI's handlers, without a browser, on the shipped sample corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.retrieval.indexer import Indexer
from assistant.ui.handlers import Handlers, contextualize, highlight

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus, copied and ingested once for the module."""
    root = tmp_path_factory.mktemp("ui")
    shutil.copytree(REPO / "corpus", root / "corpus")
    Indexer(Settings(corpus=root / "corpus", index=root / "indexes")).ingest([root / "corpus"])
    return root


@pytest.fixture
def handlers(workdir: Path) -> Handlers:
    return Handlers(Settings(corpus=workdir / "corpus", index=workdir / "indexes"))


def test_check_highlights_each_citation_by_status(handlers: Handlers) -> None:
    # A draft dated in 2023, when 15/QĐ-SKHCN was in force (45/QĐ-SKHCN replaced it in 2024).
    text = (
        "Hòa An, ngày 20 tháng 12 năm 2023\n\n"
        "Căn cứ Quyết định số 15/QĐ-SKHCN ngày 12/3/2023 về việc sắp xếp tổ chức; "
        "Quyết định số 15/QĐ-SKHCN ngày 13/3/2023; Quyết định số 9999/QĐ-SKHCN ngày 01/01/2023."
    )
    marked, rows, summary = handlers.check(text)
    assert "".join(segment for segment, _ in marked) == text
    labels = [label for _, label in marked if label]
    assert labels == ["đã xác minh", "sai ngày", "không có trong kho"]
    assert rows[1][1] == "sai ngày"
    assert "12/3/2023" in rows[1][2]
    assert rows[1][3]  # evidence names the archive document
    assert summary.startswith("3 trích dẫn")
    # Undated, it is checked as of today: the replaced decision is a warning, not an error.
    undated, _, summary = handlers.check(text.split("\n\n", 1)[1])
    assert next(label for _, label in undated if label) == "cảnh báo: đã bị thay thế"
    assert summary.endswith("; cảnh báo: 1 đã bị thay thế")


def test_check_an_uploaded_docx(handlers: Handlers, tmp_path: Path) -> None:
    path = tmp_path / "du-thao.docx"
    d = docx.Document()
    d.add_paragraph("Thực hiện Kế hoạch số 09/KH-SKHCN ngày 05/01/2023 của Sở.")
    d.save(str(path))
    _, rows, _ = handlers.check(None, str(path))
    assert [r[1] for r in rows] == ["đã xác minh"]


def test_empty_check_says_what_to_do(handlers: Handlers) -> None:
    with pytest.raises(AssistantError, match="Hãy dán văn bản"):
        handlers.check("   ")


def test_upload_lists_the_new_document_and_reports_the_bad_one(
    workdir: Path, tmp_path: Path
) -> None:
    settings = Settings(corpus=tmp_path / "corpus", index=tmp_path / "indexes")
    h = Handlers(settings)
    good = tmp_path / "cong-van-77.txt"
    good.write_text(
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 77/SKHCN-VP\nHòa An, ngày 02 tháng 6 năm 2023\n"
        "V/v báo cáo kết quả chuyển đổi số\n\nKính gửi: các phòng.\n1. Báo cáo trước ngày 30/6.\n",
        encoding="utf-8",
    )
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    steps: list[float] = []
    report, rows = h.upload([str(good), str(bad)], progress=lambda f, _msg: steps.append(f))
    assert "cong-van-77.txt" in report
    assert "hong.pdf" in report
    assert steps
    assert steps[-1] == 1.0
    assert [r[1] for r in rows] == ["77/SKHCN-VP"]
    message, rows = h.remove(rows[0][0])
    assert rows == []
    assert (tmp_path / "corpus" / ".removed" / "cong-van-77.txt").exists()
    assert "Đã gỡ" in message


def test_documents_table_shows_identity(handlers: Handlers) -> None:
    rows = handlers.document_rows()
    by_ident = {r[1]: r for r in rows}
    assert by_ident["15/QĐ-SKHCN"][2] == "12/3/2023"
    assert by_ident["15/QĐ-SKHCN"][3] == "Quyết định"
    assert all(r[5] > 0 for r in rows)


def test_ask_streams_an_answer_with_citations(handlers: Handlers) -> None:
    updates = list(handlers.ask("Quyết định nào sắp xếp tổ chức các phòng năm 2023?", []))
    history, sources, box = updates[-1]
    assert box == ""
    assert history[0] == {
        "role": "user",
        "content": "Quyết định nào sắp xếp tổ chức các phòng năm 2023?",
    }
    assert "15/QĐ-SKHCN" in history[-1]["content"]
    assert "15/QĐ-SKHCN" in sources


def test_draft_and_docx(handlers: Handlers) -> None:
    text, rows, summary, path = handlers.draft("Soạn mục Cải cách tổ chức bộ máy năm 2023")
    assert text
    # Verified, or a warning: a 2023 decision replaced in 2024 is cited, marked as replaced.
    assert all(r[1] == "đã xác minh" or r[1].startswith("cảnh báo") for r in rows)
    if "Quyết định số 15/QĐ-SKHCN" in text:
        assert "nay đã được thay thế bởi Quyết định số 45/QĐ-SKHCN" in text
    assert Path(path).suffix == ".docx"
    body = "\n".join(p.text for p in docx.Document(path).paragraphs)
    assert body.strip()
    rows, summary, path = handlers.recheck_draft(
        text + "\nTheo Quyết định số 15/QĐ-SKHCN ngày 1/1/2023."
    )
    assert rows[-1][1] == "sai ngày"
    assert "1 sai ngày" in summary
    assert Path(path).is_file()


@pytest.mark.parametrize(
    ("question", "history", "expected"),
    [
        (
            "còn năm 2020 thì sao?",
            [{"role": "user", "content": "Những quyết định nào sắp xếp tổ chức năm 2021?"}],
            "Những quyết định nào sắp xếp tổ chức năm 2020?",
        ),
        (
            "what about 2022?",
            [{"role": "user", "content": "Which decisions reorganized the department in 2021?"}],
            "Which decisions reorganized the department in 2022?",
        ),
        ("Quyết định 15 về việc gì?", [{"role": "user", "content": "năm 2021"}], None),
        ("còn năm 2020 thì sao?", [], None),
    ],
)
def test_follow_up_keeps_the_topic(question: str, history: list, expected: str | None) -> None:
    assert contextualize(question, history) == (expected or question)


def test_highlight_covers_the_text_once() -> None:
    class F:
        def __init__(self, start: int, end: int, status: str) -> None:
            self.start, self.end, self.status = start, end, status

    pieces = highlight("abcdef", (F(1, 3, "verified"), F(2, 4, "not_found")))
    assert pieces == [("a", None), ("bc", "đã xác minh"), ("def", None)]


def test_the_panel_filters_restrict_the_listed_documents(handlers: Handlers) -> None:
    *_, (history, _, _) = handlers.ask("Những quyết định nào đã ban hành?", [], ["2022"], ["QĐ"])
    answer = history[-1]["content"]
    assert "118/QĐ-SKHCN" in answer
    assert "15/QĐ-SKHCN" not in answer
