"""Word 97–2003 ``.doc`` files: real ones saved by LibreOffice from DOCX made here
(``scripts/make_doc_fixtures.py``; CI has no LibreOffice, so they are committed), read as
their DOCX reads; files named ``.doc`` that are something else; damaged, encrypted and old
ones refused with what to do; and the piece table's 8-bit pieces, which Word writes and
LibreOffice does not, on a stream built here."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import olefile
import pytest
from builders import fixture_script

from assistant.config import Settings
from assistant.errors import LoadError
from assistant.ingest import load_document, word97
from assistant.retrieval.indexer import Indexer

DATA = Path(__file__).parent / "data"
def load(path: Path):  # type: ignore[no-untyped-def]
    return load_document(path, root=path.parent)


@pytest.mark.parametrize("name", ["decision", "letter", "old_font", "footnoted"])
def test_a_doc_reads_as_the_docx_it_was_saved_from(tmp_path: Path, name: str) -> None:
    docx_path = tmp_path / f"{name}.docx"
    getattr(fixture_script("make_doc_fixtures"), name)(docx_path)
    doc, docx = load(DATA / f"{name}.doc"), load(docx_path)
    assert doc.encoding == "doc"
    assert doc.text == docx.text
    assert doc.identity == docx.identity


def test_the_header_table_gives_the_identity_and_the_columns_read_apart() -> None:
    doc = load(DATA / "letter.doc")
    assert doc.identity.ident == "88/SNV-VP"
    assert doc.identity.kind == "Công văn"
    assert doc.identity.date == "2020-06-05"
    assert doc.identity.subject == "báo cáo kết quả CCHC 6 tháng đầu năm 2020"
    assert "Số: 88/SNV-VP\nV/v báo cáo" in doc.text


def test_tracked_changes_fields_and_page_headers_read_as_word_shows_the_text() -> None:
    text = load(DATA / "letter.doc").text
    assert "Sở đã hoàn thành 12 nhiệm vụ theo Kế hoạch số 15/KH-SNV ngày 20/01/2020." in text
    assert "chưa hoàn thành" not in text  # deleted
    assert "được đăng tại Cổng thông tin điện tử của tỉnh." in text
    assert "HYPERLINK" not in text  # the field's code
    assert "hoaan.example" not in text
    assert "ĐẦU TRANG" not in text  # the page header
    assert "Chân trang" not in text  # the footer
    assert "Hồ sơ tiếp nhận | 1.234 | 2.345" in text  # a table of figures, row by row
    assert "40. Nhiệm vụ thứ 40" in text


def test_a_doc_typed_in_the_old_tcvn3_fonts_is_read_in_unicode() -> None:
    """Capitals typed as small letters in .VnTimeH (the font draws them as capitals), the
    rest in .VnTime; "ư" is TCVN3's 0xAD, which LibreOffice keeps as an optional hyphen."""
    doc = load(DATA / "old_font.doc")
    assert doc.text.startswith("UBND TỈNH HÒA AN\n\nSỞ NỘI VỤ\n\nSố: 45/QĐ-SNV")
    assert "\n\nQUYẾT ĐỊNH\n\n" in doc.text
    assert "(Mẫu hư cấu, không phải văn bản thật.)" in doc.text
    assert doc.identity.ident == "45/QĐ-SNV"
    assert doc.identity.date == "2018-05-18"
    assert doc.identity.subject == "ban hành Quy chế văn hóa công sở"
    assert doc.notes == (
        "typed in an old Vietnamese font: 8 lines in TCVN3 (.VnTime) converted to Unicode",
    )


def test_a_footnote_ends_the_paragraph_marking_it_in_a_doc_and_a_docx(tmp_path: Path) -> None:
    """A report may give its figure in a footnote: it is read in brackets after the
    paragraph holding its mark, a sentence of its own there."""
    docx_path = tmp_path / "footnoted.docx"
    fixture_script("make_doc_fixtures").footnoted(docx_path)
    for path in (DATA / "footnoted.doc", docx_path):
        text = load(path).text
        assert text.endswith(
            "đã được công bố. (Chỉ số cải cách hành chính năm 2019 của Sở đạt 82,67 điểm, "
            "xếp thứ 8/20 sở, ban, ngành)."
        ), path.name
        assert text.count("82,67") == 1, path.name


def test_a_doc_renamed_docx_and_a_docx_renamed_doc_are_read(tmp_path: Path) -> None:
    renamed = tmp_path / "letter.docx"
    shutil.copy(DATA / "letter.doc", renamed)
    assert load(renamed).identity.ident == "88/SNV-VP"
    docx_path = tmp_path / "x.docx"
    fixture_script("make_doc_fixtures").decision(docx_path)
    as_doc = tmp_path / "decision.doc"
    shutil.copy(docx_path, as_doc)
    read = load(as_doc)
    assert read.identity.ident == "125/QĐ-SNV"
    assert "the .doc file is a .docx: read as one" in read.notes


def test_a_web_page_saved_as_doc_is_read_as_its_text(tmp_path: Path) -> None:
    path = tmp_path / "export.doc"
    path.write_text(
        "<html><body><p>UBND TỈNH HÒA AN</p><p>SỞ NỘI VỤ</p><p>Số: 9/TB-SNV</p>"
        "<p>Hòa An, ngày 02 tháng 4 năm 2021</p><p>THÔNG BÁO</p>"
        "<p>Về lịch tiếp công dân quý II năm 2021</p></body></html>",
        encoding="utf-8",
    )
    read = load(path)
    assert read.identity.ident == "9/TB-SNV"
    assert "<p>" not in read.text
    assert "the .doc file is a web page: read as one" in read.notes


def _web_archive(html: str) -> bytes:
    """A page as Word's "Single File Web Page" (MHTML) saves it: quoted-printable UTF-8 in a
    multipart/related message, an image beside it."""
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    message = MIMEMultipart("related")
    message.attach(MIMEText(html, "html", "utf-8"))
    message.attach(MIMEImage(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "gif"))
    return message.as_bytes()


@pytest.mark.parametrize("name", ["bao cao.doc", "bao cao.mht"])
def test_a_single_file_web_page_is_read_as_the_page_it_holds(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(
        _web_archive(
            "<html><body><table><tr><td><p>UBND TỈNH HÒA AN</p><p>SỞ NỘI VỤ</p>"
            "<p>Số: 31/BC-SNV</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"
            "<p>Hòa An, ngày 14 tháng 6 năm 2019</p></td></tr></table><p>BÁO CÁO</p>"
            "<p>Kết quả cải cách hành chính 6 tháng đầu năm 2019</p>"
            "<p>Sở tiếp nhận 221 hồ sơ, đạt 99,1%.</p></body></html>"
        )
    )
    read = load(path)
    assert read.encoding == "mhtml"
    assert read.identity.ident == "31/BC-SNV"
    assert read.identity.date == "2019-06-14"
    assert "Sở tiếp nhận 221 hồ sơ, đạt 99,1%." in read.text
    assert "=C3" not in read.text  # quoted-printable decoded
    assert "the file is a web archive (MHTML): read as the page it shows" in read.notes


def test_a_web_archive_holding_no_page_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.mht"
    path.write_bytes(b"MIME-Version: 1.0\nContent-Type: text/plain\n\nnothing here\n")
    with pytest.raises(LoadError, match="is a web archive holding no page"):
        load(path)


def _patched(tmp_path: Path, offset: int, value: int) -> Path:
    """A copy of decision.doc with the FIB's 16-bit field at ``offset`` set to ``value``."""
    path = tmp_path / "patched.doc"
    shutil.copy(DATA / "decision.doc", path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        stream = bytearray(ole.openstream("WordDocument").read())
        struct.pack_into("<H", stream, offset, value)
        ole.write_stream("WordDocument", bytes(stream))
    return path


def test_an_encrypted_doc_is_refused_saying_what_to_do(tmp_path: Path) -> None:
    with olefile.OleFileIO(str(DATA / "decision.doc")) as ole:
        flags = struct.unpack_from("<H", ole.openstream("WordDocument").read(), 0x0A)[0]
    path = _patched(tmp_path, 0x0A, flags | 0x0100)
    with pytest.raises(LoadError, match="is password-protected: save an unprotected copy"):
        load(path)


def test_a_word_95_file_is_refused_saying_what_to_do(tmp_path: Path) -> None:
    path = _patched(tmp_path, 2, 0x0068)
    with pytest.raises(LoadError, match=r"Word 6 or Word 95 file.*save it as \.docx"):
        load(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"anything at all", "is not a Word 97–2003 \\(.doc\\) file", id="not-ole"),
        pytest.param(None, "is a damaged Word 97–2003 file|is not a Word 97", id="truncated"),
    ],
)
def test_bad_doc_files_are_refused_saying_what_to_do(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "bad.doc"
    path.write_bytes((DATA / "letter.doc").read_bytes()[:3000] if content is None else content)
    with pytest.raises(LoadError, match=message):
        load(path)


def _stream_with_pieces(pieces: list[tuple[str, bool]]) -> tuple[bytes, bytes]:
    """A WordDocument stream and a table stream whose piece table holds ``pieces``
    (text, 8-bit?), as Word writes a file edited and fast-saved."""
    csw, cslw, cb_fc_lcb = 14, 22, 93
    fib_rg_lw = 32 + 2 + 2 * csw
    fc_lcb = fib_rg_lw + 2 + 4 * cslw + 2
    stream = bytearray(1024)
    struct.pack_into("<HH", stream, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<H", stream, 32, csw)
    struct.pack_into("<H", stream, fib_rg_lw, cslw)
    struct.pack_into("<H", stream, fc_lcb - 2, cb_fc_lcb)
    cps, descriptors = [0], []
    for text, compressed in pieces:
        at = len(stream)
        stream += text.encode("cp1252" if compressed else "utf-16-le")
        descriptors.append(struct.pack("<HIH", 0, (at * 2) | 0x40000000 if compressed else at, 0))
        cps.append(cps[-1] + len(text))
    struct.pack_into("<I", stream, fib_rg_lw + 2 + 4 * 3, cps[-1])  # ccpText
    plc = b"".join(struct.pack("<I", cp) for cp in cps) + b"".join(descriptors)
    table = b"\x01\x02\x00\xaa\xbb" + b"\x02" + struct.pack("<I", len(plc)) + plc
    struct.pack_into("<II", stream, fc_lcb + 8 * 33, 0, len(table))  # fcClx, lcbClx
    return bytes(stream), table


def test_8_bit_and_utf16_pieces_are_read_in_order_with_fields_shown_as_their_result() -> None:
    stream, table = _stream_with_pieces(
        [
            ("Quyet dinh so 12/QD-SNV \x13 PAGE \x142\x15 trang\r", True),
            ("Điều 1. Ban hành Quy chế\x0blàm việc\r", False),
            ("Ph\x1fu\x1el\x1euc\r", True),
        ]
    )
    blocks = word97._blocks(word97._main_text(stream, table))
    assert blocks == [
        "Quyet dinh so 12/QD-SNV 2 trang",
        "Điều 1. Ban hành Quy chế\nlàm việc",
        "Ph\u00adu-l-uc",  # an optional hyphen kept as U+00AD, which normalising drops
    ]


def test_an_archive_of_doc_files_is_ingested(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("decision.doc", "letter.doc"):
        shutil.copy(DATA / name, corpus / name)
    settings = Settings(corpus=corpus, index=tmp_path / "indexes")
    report = Indexer(settings).ingest([corpus])
    assert not report.failed
    assert sorted(report.added) == ["decision.doc", "letter.doc"]
    before = {p: p.read_bytes() for p in corpus.iterdir()}
    again = Indexer(settings).ingest([corpus])
    assert sorted(again.unchanged) == ["decision.doc", "letter.doc"]
    assert {p: p.read_bytes() for p in corpus.iterdir()} == before
