from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ui.documents import safe_name, save_uploads


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Quyết định 15.pdf", "Quyết định 15.pdf"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\windows\\evil.DOCX", "evil.docx"),
        (".hidden.md", "hidden.md"),
        ("a/b/<script>.txt", "script-.txt"),
        ("", "tai-lieu"),
    ],
)
def test_safe_name(raw: str, expected: str) -> None:
    assert safe_name(raw) == expected


def test_long_names_keep_their_extension() -> None:
    name = safe_name("x" * 500 + ".pdf")
    assert name.endswith(".pdf")
    assert len(name) <= 120


def test_uploads_never_overwrite_and_refuse_what_cannot_be_ingested(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bao-cao.txt").write_text("bản cũ", encoding="utf-8")
    incoming = tmp_path / "in"
    incoming.mkdir()
    same = incoming / "bao-cao.txt"
    same.write_text("bản mới", encoding="utf-8")
    exe = incoming / "virus.exe"
    exe.write_bytes(b"MZ")
    big = incoming / "lon.txt"
    big.write_bytes(b"a" * 2048)
    empty = incoming / "rong.txt"
    empty.write_bytes(b"")
    result = save_uploads([same, exe, big, empty], corpus, max_bytes=1024)
    assert (corpus / "bao-cao.txt").read_text(encoding="utf-8") == "bản cũ"
    assert (corpus / "bao-cao-1.txt").read_text(encoding="utf-8") == "bản mới"
    assert result.renamed == [("bao-cao.txt", "bao-cao-1.txt")]
    reasons = dict(result.rejected)
    assert "không được hỗ trợ" in reasons["virus.exe"]
    assert "ASSISTANT_MAX_FILE_MB" in reasons["lon.txt"]
    assert "rỗng" in reasons["rong.txt"]
    again = save_uploads([same], corpus, max_bytes=1024)
    assert again.renamed == [("bao-cao.txt", "bao-cao-2.txt")]
    identical = save_uploads([corpus / "bao-cao-1.txt"], corpus, max_bytes=1024)
    assert identical.duplicates == ["bao-cao-1.txt"]
