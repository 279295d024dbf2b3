"""load_document on real files of every kind, good and bad."""

from __future__ import annotations

import codecs
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfWriter

from assistant.errors import LoadError
from assistant.ingest import SUPPORTED_SUFFIXES, load_document

VIETNAMESE = (
    "UBND TỈNH HÒA AN\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n\nSố: 15/QĐ-SKHCN\n\n"
    "Hòa An, ngày 12 tháng 3 năm 2023\n\nQUYẾT ĐỊNH\nVề việc sắp xếp cơ cấu tổ chức\n\n"
    "Điều 1. Cải cách hành chính, đổi mới phương thức điều hành ưu tiên người dân.\n"
)
PAGE_1 = (
    "UBND TỈNH HÒA AN\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 15/QĐ-SKHCN\n"
    "Hòa An, ngày 12 tháng 3 năm 2023\nQUYẾT ĐỊNH\n"
    "Về việc sắp xếp, kiện toàn cơ cấu tổ chức các phòng chuyên môn thuộc Sở\n"
    "Điều 1. Sắp xếp lại các phòng chuyên môn thuộc Sở Khoa học và Công nghệ tỉnh Hòa An "
    "theo hướng tinh gọn, hiệu lực, hiệu quả; bảo đảm thực hiện đầy đủ chức năng, nhiệm vụ "
    "cải cách hành chính được giao trong năm 2023."
)
PAGE_2 = (
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng các phòng "
    "chuyên môn chịu trách nhiệm thi hành Quyết định này."
)


def load(path: Path, **kw: int) -> object:
    return load_document(path, root=path.parent, **kw)


# --- PDF ----------------------------------------------------------------------------


def test_pdf_pages_text_and_identity(make_pdf: Callable[..., Path]) -> None:
    path = make_pdf([PAGE_1, PAGE_2])
    doc = load_document(path, root=path.parent)
    assert doc.source == "doc.pdf"
    assert doc.encoding == "pdf"
    assert len(doc.page_starts) == 2
    second = doc.page_starts[1]
    assert doc.text[second:].startswith("Điều 2.")
    assert doc.text[second - 2 : second] == "\n\n"
    assert doc.page_at(doc.text.index("Điều 1.")) == 1
    assert doc.page_at(doc.text.index("Điều 2.")) == 2
    # the PDF wrapped the long Điều 1 line; the repair joined it back
    assert "cải cách hành chính được giao trong năm 2023." in doc.text
    assert unicodedata.is_normalized("NFC", doc.text)
    assert doc.identity.ident == "15/QĐ-SKHCN"
    assert doc.identity.date == "2023-03-12"
    assert doc.identity.kind == "Quyết định"


def _encrypt(src: Path, dst: Path, user_password: str) -> Path:
    writer = PdfWriter(clone_from=str(src))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    writer.write(str(dst))
    return dst


def test_pdf_with_user_password_is_refused(make_pdf: Callable[..., Path]) -> None:
    path = _encrypt(make_pdf([PAGE_1]), make_pdf([PAGE_1]).with_name("locked.pdf"), "secret")
    with pytest.raises(LoadError, match="is password-protected: save an unprotected copy"):
        load(path)


def test_pdf_with_empty_user_password_loads(make_pdf: Callable[..., Path]) -> None:
    path = _encrypt(make_pdf([PAGE_1]), make_pdf([PAGE_1]).with_name("open.pdf"), "")
    doc = load(path)
    assert doc.identity.ident == "15/QĐ-SKHCN"


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"%PDF-1.7\n" + bytes(range(256)) * 8, id="garbage"),
        pytest.param(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", id="truncated"),
        pytest.param(b"", id="zero-bytes"),
    ],
)
def test_corrupt_pdf_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(content)
    with pytest.raises(LoadError, match=r"is not a readable PDF \(.+\): re-export or re-scan it"):
        load(path)


def test_scanned_pdf_needs_ocr(scanned_pdf: Path) -> None:
    with pytest.raises(LoadError, match=r"no text layer.*this file needs OCR first"):
        load(scanned_pdf)


# --- DOCX ---------------------------------------------------------------------------


def test_docx_keeps_paragraphs_and_tables_in_order(make_docx: Callable[..., Path]) -> None:
    path = make_docx(
        [
            "Số: 09/KH-SKHCN",
            "KẾ HOẠCH",
            "Cải cách hành chính năm 2023",
            "I. NHIỆM VỤ",
            [["TT", "Nội dung", "Thời gian"], ["1", "Rà soát TTHC", "Quý I"]],
            "II. TỔ CHỨC THỰC HIỆN",
        ]
    )
    doc = load(path)
    assert doc.encoding == "docx"
    text = doc.text
    assert "TT | Nội dung | Thời gian\n1 | Rà soát TTHC | Quý I" in text
    assert text.index("I. NHIỆM VỤ") < text.index("Rà soát TTHC") < text.index("II. TỔ CHỨC")
    assert doc.identity.kind == "Kế hoạch"
    assert doc.identity.subject == "Cải cách hành chính năm 2023"


def test_docx_zip_bomb_is_refused_quickly(zip_bomb: Path) -> None:
    began = time.monotonic()
    with pytest.raises(LoadError, match=r"expands to 300 MB.*zip bomb"):
        load(zip_bomb)
    assert time.monotonic() - began < 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"\xd0\xcf\x11\xe0 old Word 97", "is not a .docx", id="not-a-zip"),
        pytest.param(b"PK\x03\x04 broken", "is not a .docx", id="broken-zip"),
    ],
)
def test_bad_docx_is_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(content)
    with pytest.raises(LoadError, match=message):
        load(path)


def test_zip_without_word_document_is_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "xin chào")
    with pytest.raises(LoadError, match="is not a readable Word document"):
        load(path)


# --- text ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encode", "encoding", "noted"),
    [
        pytest.param(lambda s: s.encode("utf-8"), "utf-8", False, id="utf-8"),
        pytest.param(lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), "utf-8-sig", False, id="bom"),
        pytest.param(lambda s: s.encode("utf-16"), "utf-16-le", True, id="utf-16-bom"),
        pytest.param(
            lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), "utf-16-be", True, id="be-bom"
        ),
        pytest.param(lambda s: s.encode("utf-16-le"), "utf-16-le", True, id="utf-16-le-no-bom"),
        pytest.param(lambda s: s.encode("utf-16-be"), "utf-16-be", True, id="utf-16-be-no-bom"),
        pytest.param(
            lambda s: unicodedata.normalize("NFD", s).encode("utf-8"), "utf-8", True, id="nfd"
        ),
    ],
)
def test_text_encodings(
    tmp_path: Path, encode: Callable[[str], bytes], encoding: str, noted: bool
) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(encode(VIETNAMESE))
    doc = load(path)
    assert doc.text == VIETNAMESE.strip()
    assert doc.encoding == encoding
    assert bool(doc.notes) == noted
    assert doc.identity.ident == "15/QĐ-SKHCN"


def test_cp1258_text_is_decoded_and_noted(
    tmp_path: Path, to_cp1258: Callable[[str], bytes]
) -> None:
    path = tmp_path / "legacy.txt"
    data = to_cp1258(VIETNAMESE)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    path.write_bytes(data)
    doc = load(path)
    assert doc.encoding == "cp1258"
    assert doc.text == VIETNAMESE.strip()
    assert any("Windows-1258" in n for n in doc.notes)


def test_undecidable_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Ein Bericht über Änderungen, ganz ohne Vietnamesisch.".encode("latin-1"))
    with pytest.raises(LoadError, match=r"is not UTF-8 .* save it as UTF-8"):
        load(path)


def test_nfd_real_text_becomes_nfc(nfd_text: Path) -> None:
    doc = load_document(nfd_text, root=nfd_text.parent.parent)
    assert doc.source == "admin-text/university-admin-text-2023.txt"
    assert unicodedata.is_normalized("NFC", doc.text)
    assert any("NFD" in n for n in doc.notes)
    assert doc.identity.ident is None  # no header: an empty identity, not an error


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param("empty.txt", b"", "is empty: nothing to ingest", id="empty"),
        pytest.param("blank.md", b"  \n\t\r\n \xc2\xa0\n", "is empty: nothing to ingest", id="ws"),
        pytest.param(
            "image.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
            "looks like a binary file, not text: ",
            id="nul-bytes",
        ),
        pytest.param(
            "controls.txt",
            bytes(range(1, 9)) * 40,
            "looks like a binary file, not text: ",
            id="control-bytes",
        ),
        pytest.param(
            "report.wpd",
            b"anything",
            r"unsupported file type '\.wpd': supported are \.pdf \.docx .*\.rtf .*convert it",
            id="unknown-extension",
        ),
        pytest.param("README", b"text", r"unsupported file type '\(none\)'", id="no-extension"),
    ],
)
def test_bad_inputs_are_refused(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError, match=message):
        load(path)


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_size_limit_is_checked_before_reading(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"big{suffix}"
    path.write_bytes(b"x" * 3000)
    with pytest.raises(LoadError, match=r"over the 0\.0 MB limit: split the file.*MAX_FILE_MB"):
        load(path, max_bytes=2048)


def test_source_is_relative_posix_and_file_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "corpus" / "2023"
    folder.mkdir(parents=True)
    path = folder / "cv.txt"
    path.write_bytes(VIETNAMESE.encode("utf-8"))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    doc = load_document(path, root=tmp_path / "corpus")
    assert doc.source == "2023/cv.txt"
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_load_error_names_the_source(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "empty.txt"
    path.parent.mkdir()
    path.write_bytes(b"")
    with pytest.raises(LoadError) as info:
        load_document(path, root=tmp_path)
    assert info.value.path == "sub/empty.txt"
    assert str(info.value).startswith("sub/empty.txt: ")
