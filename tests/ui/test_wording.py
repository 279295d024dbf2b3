"""What staff read: file names as in the archive, the checker's advice in Vietnamese."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.citations import Registry, check
from assistant.errors import IndexBusyError, IndexWriteError
from assistant.ui.wording import (
    load_failure,
    locator_label,
    source_label,
    vi_error,
    vi_suggestion,
    where_label,
)

REPORT = (
    "Sở đã thực hiện Quyết định số 1908/QĐ-UBND ngày 08/7/2021 của UBND tỉnh và "
    "Kế hoạch số 09/KH-SKHCN ngày 05/01/2023 của Sở."
)


@pytest.fixture
def registry() -> Registry:
    registry = Registry()
    registry.add_text("2023/bao-cao.txt", REPORT, identity=None)
    return registry


@pytest.mark.parametrize(
    ("source", "corpus", "shown"),
    [
        ("qd-15.pdf", None, "qd-15.pdf"),
        ("2023/qd-15.pdf", "/srv/corpus", "2023/qd-15.pdf"),
        ("/srv/corpus/2023/qd-15.pdf", "/srv/corpus", "2023/qd-15.pdf"),
        ("/home/lan/Downloads/qd-15.pdf", "/srv/corpus", "qd-15.pdf"),
        (None, None, "—"),
    ],
)
def test_sources_are_named_as_in_the_archive(
    source: str | None, corpus: str | None, shown: str
) -> None:
    assert source_label(source, corpus) == shown


def test_where_and_locator_in_vietnamese(tmp_path: Path) -> None:
    evidence = {"source": str(tmp_path / "c" / "bc.txt"), "page": 2, "section": "II > 1"}
    assert where_label(evidence, tmp_path / "c") == "bc.txt, trang 2, II > 1"
    assert where_label({"source": "qd.pdf", "where": "header"}) == "qd.pdf, phần đầu văn bản"
    assert locator_label("p. 1, II > 1") == "trang 1, II > 1"
    assert locator_label("header") == "phần đầu văn bản"


@pytest.mark.parametrize(
    ("draft", "advice"),
    [
        (
            "Theo Quyết định số 1908/QĐ-UBND ngày 08/7/2022 của UBND tỉnh.",
            "Kho tài liệu ghi 1908/QĐ-UBND ngày 08/7/2021: hãy sửa ngày cho đúng.",
        ),
        ("Theo Kế hoạch số 9999/KH-SKHCN ngày 05/01/2023.", "Không có 9999/KH-SKHCN trong kho"),
        ("Theo Quyết định số 1908/QĐ-UBND ngày 08/7/2021 của UBND tỉnh.", ""),
        (
            "Theo Quyết định số 1908/QĐ-UBND ngày 08/7/2021 của Bộ Nội vụ.",
            "Kho tài liệu ghi 1908/QĐ-UBND do UBND (UBND tỉnh) ban hành, không phải Bộ Nội vụ",
        ),
    ],
)
def test_advice_on_a_wrong_citation_is_vietnamese(
    registry: Registry, draft: str, advice: str
) -> None:
    (finding,) = check(draft, registry).findings
    said = vi_suggestion(finding)
    assert said.startswith(advice) if advice else said == ""
    assert " is dated " not in said
    assert "archive" not in said


def test_load_failures_and_index_errors_in_vietnamese() -> None:
    assert load_failure("2023/qd.pdf: is password-protected: save an unprotected copy") == (
        "2023/qd.pdf: tệp có đặt mật khẩu: hãy lưu một bản không mật khẩu rồi tải lên bản đó"
    )
    assert load_failure("ghi-chu.txt: is empty: nothing to ingest").endswith("không có gì để nạp")
    old_word = "cu/qd 12.doc: is a damaged Word 97–2003 file (bad FAT): open it in Word"
    assert load_failure(old_word) == (
        "cu/qd 12.doc: không đọc được tệp .doc: hãy mở bằng Word hoặc LibreOffice và lưu "
        "thành .docx"
    )
    # the refusals of any kind of file: too large, of no supported type, not what its name
    # says, a zip bomb
    for message, said in [
        (
            "to/bc.pdf: is 210.0 MB, over the 50.0 MB limit: split the file, or raise the "
            "limit with ASSISTANT_MAX_FILE_MB",
            "to/bc.pdf: tệp vượt giới hạn dung lượng",
        ),
        ("x.wpd: unsupported file type '.wpd': supported are …", "x.wpd: loại tệp chưa được"),
        (
            "qd.docx: is not a .docx (Word 2007 or later) file: open it in Word",
            "qd.docx: không đọc được tệp .docx",
        ),
        ("qd.docx: is not a readable Word document (bad): open", "qd.docx: không đọc được"),
        (
            "qd.docx: expands to 900 MB when unzipped (…): it looks like a zip bomb; if …",
            "qd.docx: tệp nén bung ra quá lớn",
        ),
    ]:
        assert load_failure(message).startswith(said)
    assert "chờ" in vi_error(IndexBusyError("Another ingest is running on indexes (pid 7)."))
    assert "ổ đĩa" in vi_error(IndexWriteError("Cannot write the index"))
