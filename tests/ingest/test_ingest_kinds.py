"""Files whose name lies about their kind, as offices rename them: each is read as what its
bytes say it is (``loaders.file_kind``), as the same file under its right name reads, with a
note; a file of no kind read keeps the refusal its name calls for."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from builders import fixture_script, write_zip_bomb

from assistant.errors import LoadError
from assistant.ingest import load_document
from assistant.ingest.loaders import file_kind
from assistant.models import Document

DATA = Path(__file__).parent / "data"
_PAGE = (
    "<!DOCTYPE html><html><body><p>UBND TỈNH HÒA AN</p><p>SỞ NỘI VỤ</p><p>Số: 9/TB-SNV</p>"
    "<p>Hòa An, ngày 02 tháng 4 năm 2021</p><p>THÔNG BÁO</p>"
    "<p>Về lịch tiếp công dân quý II năm 2021</p></body></html>"
)


def load(path: Path) -> Document:
    return load_document(path, root=path.parent)


def _source(tmp_path: Path, kind: str) -> Path:
    """A real file of ``kind`` under its right name: the committed fixtures (a decision
    saved by Word as .doc and .rtf, by LibreOffice as .odt and .ods), the DOCX and XLSX
    their script makes, a web page an e-office exports."""
    made = tmp_path / "right"
    made.mkdir(exist_ok=True)
    if kind in (".doc", ".rtf", ".odt"):
        return Path(shutil.copy(DATA / f"decision{kind}", made / f"qd{kind}"))
    if kind in (".ods", ".xls"):
        return Path(shutil.copy(DATA / f"annex{kind}", made / f"pl{kind}"))
    if kind == ".docx":
        fixture_script("make_doc_fixtures").decision(made / "qd.docx")
        return made / "qd.docx"
    if kind == ".xlsx":
        fixture_script("make_doc_fixtures").annex(made / "pl.xlsx")
        return made / "pl.xlsx"
    page = made / "tb.html"
    page.write_text(_PAGE, encoding="utf-8")
    return page


@pytest.mark.parametrize(
    ("kind", "name", "shown"),
    [
        (".rtf", "qd.docx", "an RTF file"),
        (".doc", "qd.docx", "a .doc"),
        (".odt", "qd.docx", "a .odt"),
        (".html", "tb.docx", "a web page"),
        (".docx", "qd.doc", "a .docx"),
        (".odt", "qd.doc", "a .odt"),
        (".rtf", "qd.doc", "an RTF file"),
        (".doc", "qd.rtf", "a .doc"),
        (".odt", "qd.rtf", "a .odt"),
        (".docx", "qd.odt", "a .docx"),
        (".rtf", "qd.odt", "an RTF file"),
        (".doc", "qd.odt", "a .doc"),
        (".html", "tb.odt", "a web page"),
        (".ods", "pl.xlsx", "a .ods"),
        (".xls", "pl.xlsx", "a .xls"),
        (".xlsx", "pl.xls", "a .xlsx"),
        (".ods", "pl.xls", "a .ods"),
        (".xlsx", "pl.ods", "a .xlsx"),
        (".xls", "pl.ods", "a .xls"),
        (".html", "pl.xls", "a web page"),
        (".docx", "qd.xlsx", "a .docx"),
    ],
)
def test_a_file_is_read_as_what_it_is_whatever_its_name(
    tmp_path: Path, kind: str, name: str, shown: str
) -> None:
    right = _source(tmp_path, kind)
    renamed = Path(shutil.copy(right, tmp_path / name))
    read, expected = load(renamed), load(right)
    assert read.text == expected.text
    assert read.identity == expected.identity
    assert read.encoding == expected.encoding
    suffix = renamed.suffix
    assert read.notes == (*expected.notes, f"the {suffix} file is {shown}: read as one")


def test_a_file_under_its_right_name_gets_no_note(tmp_path: Path) -> None:
    for kind in (".doc", ".rtf", ".odt", ".docx", ".ods", ".xls", ".xlsx"):
        assert not any("read as one" in note for note in load(_source(tmp_path, kind)).notes)


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        pytest.param(b"{\\rtf1\\ansi x}", ".rtf", id="rtf"),
        pytest.param(b"\xef\xbb\xbf\r\n {\\urtf1 x}", ".rtf", id="utf8-rtf-after-a-bom"),
        pytest.param(b"<html><body>x</body></html>", ".html", id="html"),
        pytest.param(b"<p>a</p><p>b</p><p>c</p>", ".html", id="html-fragment"),
        pytest.param(b'<?xml version="1.0"?><html><p>x</p></html>', ".html", id="xhtml"),
        pytest.param(b'<?xml version="1.0"?><ho-so/>', ".xml", id="other-xml"),
        pytest.param(b"MIME-Version: 1.0\r\nContent-Type: multipart/related", ".mht", id="mht"),
        pytest.param(b"Quyet dinh so 12", None, id="text"),
        pytest.param(b"%PDF-1.4\n", None, id="pdf"),
        pytest.param(b"PK\x03\x04 broken", None, id="broken-zip"),
        pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 broken", ".doc", id="broken-ole"),
        pytest.param(b"", None, id="empty"),
    ],
)
def test_file_kind_reads_the_first_bytes(tmp_path: Path, content: bytes, kind: str | None) -> None:
    path = tmp_path / "x.docx"
    path.write_bytes(content)
    assert file_kind(path) == kind


def test_file_kind_of_real_files(tmp_path: Path) -> None:
    for kind in (".doc", ".rtf", ".odt", ".docx", ".ods", ".xls", ".xlsx", ".html"):
        assert file_kind(_source(tmp_path, kind)) == kind


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        # none of the kinds read: the refusal the name calls for, as before
        ("x.docx", b"Quyet dinh so 12", "is not a .docx"),
        ("x.doc", b"Quyet dinh so 12", r"is not a Word 97–2003 \(\.doc\) file"),
        ("x.odt", b'<?xml version="1.0"?><ho-so/>', "not a flat OpenDocument"),
        ("x.xlsx", b"%PDF-1.4\n", r"is not a \.xlsx"),
        # what it is, damaged: the refusal of what it is
        ("x.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 broken", "Word 97–2003"),
        ("x.docx", b"{\\rtf1" + b"{" * 600, "nested over 512 groups"),
        ("x.docx", b"", "is not a .docx"),
    ],
)
def test_a_file_of_no_kind_read_is_refused_saying_what_to_do(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError, match=message):
        load(path)


def test_a_zip_bomb_under_a_doc_name_is_refused_at_once(tmp_path: Path) -> None:
    bomb = write_zip_bomb(tmp_path / "bao cao.doc", megabytes=300)
    began = time.monotonic()
    with pytest.raises(LoadError, match="zip bomb"):
        load(bomb)
    assert time.monotonic() - began < 2
