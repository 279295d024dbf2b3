"""RTF files: real ones saved by LibreOffice from the DOCX of ``make_doc_fixtures.py`` (and
one of merged and nested cells), and one written as Word 2016 writes RTF
(``scripts/make_rtf_fixtures.py``; CI has no LibreOffice, so they are committed), read as
their DOCX reads and as signed; the reader's parts on small files written here; RTF under a
``.doc`` name; files that are not RTF, cut short, nested too deep or holding a huge picture."""

from __future__ import annotations

import shutil
import tempfile
import time
import unicodedata
from pathlib import Path

import pytest
from builders import fixture_script
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.config import Settings
from assistant.errors import LoadError
from assistant.ingest import load_document
from assistant.ingest.rtf import MAX_DEPTH, read_rtf, read_rtf_blocks
from assistant.retrieval.indexer import Indexer
from assistant.ui.wording import load_failure

DATA = Path(__file__).parent / "data"
def load(path: Path):  # type: ignore[no-untyped-def]
    return load_document(path, root=path.parent)


@pytest.mark.parametrize("name", ["decision", "letter", "old_font", "footnoted"])
def test_an_rtf_reads_as_the_docx_it_was_saved_from(tmp_path: Path, name: str) -> None:
    docx_path = tmp_path / f"{name}.docx"
    getattr(fixture_script("make_doc_fixtures"), name)(docx_path)
    rtf, docx = load(DATA / f"{name}.rtf"), load(docx_path)
    assert rtf.encoding == "rtf"
    assert rtf.text == docx.text
    assert rtf.identity == docx.identity
    assert rtf.notes == docx.notes


# The decision as signed: the header table column by column, the old fonts' lines converted
# (the heading in .VnTimeH capitals, by its style's font), the \fcharset163 line from
# cp1258, list numbers kept, the deletion out and the insertion in, the field's result,
# the hidden text, comment, picture and page header out, the nested table in its cell, the
# merged cell in each row it spans, the signature column by column; the footnote and the
# endnote in brackets after the paragraph marking them.
WORD_STYLE = """\
(MẪU — tài liệu hư cấu của tỉnh Hòa An, không có giá trị pháp lý)

UBND TỈNH HÒA AN
SỞ NỘI VỤ
Số: 12/QĐ-SNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa An, ngày 02 tháng 3 năm 2021

QUYẾT ĐỊNH

Về việc ban hành Quy chế tiếp công dân của Sở Nội vụ

GIÁM ĐỐC SỞ NỘI VỤ

Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;

Căn cứ Quyết định số 28/2016/QĐ-UBND ngày 15/7/2016 của UBND tỉnh Hòa An;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế:

a) Tiếp công dân thường xuyên tại Trụ sở;

b) Định kỳ.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Quy chế được đăng tại Cổng thông tin điện tử của Sở. (Địa chỉ: https://hoaan.example/tcd \
(mẫu)). (Quy chế gồm 5 chương, 20 điều).

Tổ tiếp công dân | Thứ Hai Lãnh đạo Sở Thứ Năm Chánh Văn phòng

Bảng số liệu:

Kỳ | Hồ sơ | Ghi chú
Quý I | 120 | Đúng hạn 100%
Quý II | 135 | Đúng hạn 100%

Điều 3. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
(Đã ký)
Trần Văn Bình

Tài liệu mẫu hư cấu, không phải văn bản thật."""


def test_a_decision_saved_as_rtf_by_word_reads_as_signed() -> None:
    doc = load(DATA / "word_style.rtf")
    assert doc.text == WORD_STYLE
    assert doc.notes == (
        "typed in an old Vietnamese font: 2 lines in TCVN3 (.VnTime) converted to Unicode",
    )


def test_the_identity_of_a_decision_comes_from_its_header_table() -> None:
    identity = load(DATA / "word_style.rtf").identity
    assert identity.ident == "12/QĐ-SNV"
    assert identity.kind == "Quyết định"
    assert identity.date == "2021-03-02"
    assert identity.issuer == "UBND TỈNH HÒA AN / SỞ NỘI VỤ"
    assert identity.subject == "ban hành Quy chế tiếp công dân của Sở Nội vụ"


def test_a_letter_saved_as_rtf_reads_as_word_shows_it() -> None:
    doc = load(DATA / "letter.rtf")
    assert doc.identity.ident == "88/SNV-VP"
    assert doc.identity.kind == "Công văn"
    assert doc.identity.date == "2020-06-05"
    assert "Số: 88/SNV-VP\nV/v báo cáo" in doc.text  # the header table column by column
    assert "Sở đã hoàn thành 12 nhiệm vụ theo Kế hoạch số 15/KH-SNV ngày 20/01/2020." in doc.text
    assert "chưa hoàn thành" not in doc.text  # deleted
    assert "được đăng tại Cổng thông tin điện tử của tỉnh." in doc.text
    assert "HYPERLINK" not in doc.text  # the field's code
    assert "ĐẦU TRANG" not in doc.text  # the page header
    assert "Chân trang" not in doc.text  # the footer
    assert "Hồ sơ tiếp nhận | 1.234 | 2.345" in doc.text  # a table of figures, row by row


def test_a_report_s_footnote_is_read_after_the_paragraph_marking_it() -> None:
    text = load(DATA / "footnoted.rtf").text
    assert text.endswith(
        "đã được công bố. (Chỉ số cải cách hành chính năm 2019 của Sở đạt 82,67 điểm, "
        "xếp thứ 8/20 sở, ban, ngành)."
    )


def test_an_rtf_typed_in_the_old_tcvn3_fonts_is_read_in_unicode() -> None:
    doc = load(DATA / "old_font.rtf")
    assert doc.text.startswith("UBND TỈNH HÒA AN\n\nSỞ NỘI VỤ\n\nSố: 45/QĐ-SNV")
    assert doc.identity.ident == "45/QĐ-SNV"
    assert doc.identity.subject == "ban hành Quy chế văn hóa công sở"


def test_merged_cells_read_as_in_the_docx_and_a_nested_table_in_its_cell(tmp_path: Path) -> None:
    docx_path = tmp_path / "merged.docx"
    fixture_script("make_rtf_fixtures").merged(docx_path)
    rtf, docx = load(DATA / "merged.rtf").text, load(docx_path).text
    merged = (
        "Kỳ báo cáo và số hồ sơ | Ghi chú\n"
        "Quý I | 120 | Đúng hạn 100%\n"
        "Quý II | 135 | Đúng hạn 100%"
    )
    assert merged in rtf
    assert merged in docx
    # python-docx does not show a nested table's cells; Word and the .doc reader do
    assert "Văn phòng Sở | Tiếp dân Thứ Hai Một cửa Hằng ngày" in rtf


def _rtf(tmp_path: Path, body: str, name: str = "t.rtf") -> Path:
    path = tmp_path / name
    path.write_bytes(body.encode("latin-1"))
    return path


def _blocks(tmp_path: Path, body: str) -> list:  # type: ignore[type-arg]
    blocks = read_rtf_blocks(_rtf(tmp_path, body), "t.rtf")
    return [unicodedata.normalize("NFC", b) if isinstance(b, str) else b for b in blocks]


_FONTS = (
    r"{\fonttbl{\f0\fcharset0 Times New Roman;}{\f1\fcharset163 Times New Roman;}"
    r"{\f2\fcharset204 Arial;}{\f3\fcharset238 Arial;}{\f4\fcharset2 Symbol;}"
    r"{\f5\fcharset163 .VnTime;}{\f6 VNI-Times;}}"
)


@pytest.mark.parametrize(
    ("body", "paragraphs"),
    [
        pytest.param(r"Quy\u7871\'3ft \u273?\u7883?nh\par", ["Quyết định"], id="unicode"),
        pytest.param(r"{\uc2\u7871\'81\'40}x\par", ["ếx"], id="uc-two-bytes"),
        pytest.param(r"{\uc0\u7871}\u7871?x\par", ["ếếx"], id="uc-scoped-to-its-group"),
        pytest.param(r"\u-1280?\par", ["\ufb00"], id="negative-unicode"),
        pytest.param(r"\u-10179?\u-8704?!\par", ["\U0001f600!"], id="utf16-pair"),
        pytest.param(
            r"{\upr{Vi?t}{\*\ud{Vi\u7879?t}}} Nam\par", ["Việt Nam"], id="upr-reads-its-unicode"
        ),
        pytest.param(r"{\*\ud{x}}y\par", ["y"], id="ud-alone-skipped"),
        pytest.param(r"\f1 \'d0i\'ea\'ccu\par", ["Điều"], id="fcharset163-cp1258"),
        pytest.param(r"\f2 \'c1\'e0\par \f3 \'b9\par", ["Ба", "ą"], id="cyrillic-central"),
        pytest.param(r"\f0 H\'d2A\par", ["HÒA"], id="ansi-cp1252"),
        pytest.param(r"{\f4 \'b7}\tab Item\par", ["•\tItem"], id="symbol-bullet"),
        # an old font's codes as Word shows them (Latin-1), whatever its charset says
        pytest.param(r"\f5 Quy\'d5t \'aec\par", ["QuyÕt ®c"], id="vntime-bytes-as-latin1"),
        pytest.param(r"\f6 Quye\'e1t\par", ["Quyeát"], id="vni-bytes"),
        pytest.param(
            r"a\~b\-c\_d\emdash e\endash f\lquote g\rquote\ldblquote h\rdblquote\bullet\{\}\\\par",
            ["a\u00a0b\u00adc-d—e–f‘g’“h”•{}\\"],
            id="symbols",
        ),
        pytest.param(r"a\tab b\line c\par", ["a\tb\nc"], id="tab-and-line"),
        pytest.param(
            "Quy\r\n\\u7871?t\\par \\fs24 Text\\par", ["Quyết", "Text"], id="file-line-breaks"
        ),
        pytest.param("a\\\nb\\par", ["a", "b"], id="backslash-newline-is-par"),
        pytest.param(r"a{\v hidden}b\v c\v0 d\par", ["abd"], id="hidden"),
        pytest.param(r"\v x\plain y\par", ["y"], id="plain-ends-hidden"),
        pytest.param(r"a{\deleted x}{\revised y}b\par", ["ayb"], id="revisions"),
        pytest.param(r"{\field{\*\fldinst PAGE}{\fldrslt 2}}/5\par", ["2/5"], id="field"),
        pytest.param(r"{\field{\fldinst PAGE}{\fldrslt 2}}\par", ["2"], id="field-no-star"),
        pytest.param(r"{\*\unknown text}x{\unknownword y}\par", ["xy"], id="unknown"),
        pytest.param(r"{\listtext 1.\tab}Mot\par", ["1.\tMot"], id="listtext"),
        pytest.param(
            r"{\header H}{\footerf F}{\info{\title T}}{\*\generator G}{\pict 0a0b}"
            r"{\object{\*\objdata 01}{\result R}}{\*\annotation C}{\xe {I}}x\par",
            ["x"],
            id="left-out",
        ),
        pytest.param(
            r"A{\*\shppict{\pict\bin8 }}}}{{{{}}B\par",
            ["AB"],
            id="binary-skipped-by-length",
        ),
        pytest.param(r"x{\footnote\pard N1}y\par", ["xy (N1)"], id="footnote-ends-its-paragraph"),
        pytest.param(
            r"x{\footnote\ftnalt E1.}{\footnote F1\par F2}\par",
            ["x (E1) (F1; F2)"],
            id="endnote-and-two-paragraphs",
        ),
    ],
)
def test_the_reader_shows_what_word_shows(
    tmp_path: Path, body: str, paragraphs: list[str]
) -> None:
    assert _blocks(tmp_path, r"{\rtf1\ansi\ansicpg1252\deff0" + _FONTS + body + "}") == paragraphs


def test_the_document_code_page_reads_bytes_without_a_font(tmp_path: Path) -> None:
    assert _blocks(tmp_path, r"{\rtf1\ansi\ansicpg1251 \'c1\'e0\par}") == ["Ба"]


# An RTF whose text is UTF-8 (``{\\urtf1``), as some tools write it: its font says cp1258,
# which would misread the bytes; a \\u character's fallback is a whole UTF-8 character.
_UTF8_RTF = (
    r"{\urtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fcharset163 Times New Roman;}}"
    r"\pard UBND TỈNH HÒA AN\par SỞ NỘI VỤ\par Số: 17/QĐ-SNV\par"
    r" CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\par Hòa An, ngày 03 tháng 02 năm 2022\par"
    r" QUY\u7870 ẾT ĐỊNH\par V\'e1\'bb\'81 việc ban hành Kế hoạch cải cách hành chính năm 2022"
    r"\par{\uc2 Đi\u7873 ều}u 1.\tab Ban hành.\par"
    r"\trowd\cellx3000\cellx6000\pard\intbl Nơi nhận:\cell KT. GIÁM ĐỐC\cell\row}"
)


def test_a_utf8_rtf_is_read(tmp_path: Path) -> None:
    path = tmp_path / "qd 17.rtf"
    path.write_bytes(_UTF8_RTF.encode("utf-8"))
    read = load(path)
    assert read.encoding == "rtf"
    assert read.identity.ident == "17/QĐ-SNV"
    assert read.identity.date == "2022-02-03"
    lines = read.text.split("\n")
    assert "QUYẾT ĐỊNH" in lines
    assert "Về việc ban hành Kế hoạch cải cách hành chính năm 2022" in lines
    assert "Điều 1. Ban hành." in lines  # (the tab normalised)
    assert read.text.endswith("Nơi nhận:\nKT. GIÁM ĐỐC")
    assert "\ufffd" not in read.text


@pytest.mark.parametrize(
    ("body", "paragraphs"),
    [
        pytest.param(b"Vi\xe1\xbb\x87t\\par", ["Việt"], id="utf8-bytes"),
        pytest.param(b"Vi\\'e1\\'bb\\'87t\\par", ["Việt"], id="utf8-in-hex"),
        # a character's fallback is one UTF-8 character, of however many bytes
        pytest.param(b"\\u7879 \xe1\xbb\x87x\\par", ["ệx"], id="fallback-a-whole-character"),
        pytest.param(b"{\\uc2\\u7879 \xe1\xbb\x87\xc3\xa1}x\\par", ["ệx"], id="uc2"),
        # bytes that are no UTF-8: shown as unknown, never a traceback
        pytest.param(b"a\xff\xfeb\\par", ["a\ufffd\ufffdb"], id="not-utf8"),
        pytest.param(b"a\xe1\xbb\\par", ["a\ufffd"], id="cut-in-a-character"),
    ],
)
def test_a_utf8_rtf_s_bytes(tmp_path: Path, body: bytes, paragraphs: list[str]) -> None:
    path = tmp_path / "u.rtf"
    path.write_bytes(b"{\\urtf1\\ansi{\\fonttbl{\\f0\\fcharset163 Arial;}}" + body + b"}")
    blocks = read_rtf_blocks(path, "u.rtf")
    assert [unicodedata.normalize("NFC", b) for b in blocks if isinstance(b, str)] == paragraphs


_LIBREOFFICE_ROWS = (
    r"\trowd\cellx3000\cellx6000\pard\intbl A\cell B\cell\row"
    r"\trowd\cellx3000\cellx6000\pard\intbl C\cell D\par E\cell\row"
)
_WORD_ROWS = (
    r"\trowd\cellx3000\cellx6000\pard\intbl {A\cell B\cell}\pard\intbl{\trowd\cellx3000"
    r"\cellx6000\row}\pard\intbl {C\cell D\par E\cell}\pard\intbl{\trowd\cellx3000\cellx6000\row}"
)


@pytest.mark.parametrize("rows", [_LIBREOFFICE_ROWS, _WORD_ROWS], ids=["libreoffice", "word"])
def test_table_rows_as_libreoffice_and_word_write_them(tmp_path: Path, rows: str) -> None:
    assert _blocks(tmp_path, r"{\rtf1 Before\par " + rows + r"\pard After\par}") == [
        "Before",
        [[["A"], ["B"]], [["C"], ["D", "E"]]],
        "After",
    ]


def test_a_table_then_a_signature_table_with_no_paragraph_between_are_two(
    tmp_path: Path,
) -> None:
    body = (
        r"{\rtf1 \trowd\cellx2772\cellx5652\cellx8532\pard\intbl a\cell b\cell c\cell\row"
        r"\trowd\cellx3576\cellx9245\pard\intbl N\u417?i nh\u7853?n:\cell KT. GI\'c1M\cell\row"
        r"\pard End\par}"
    )
    blocks = _blocks(tmp_path, body)
    assert blocks == [[[["a"], ["b"], ["c"]]], [[["Nơi nhận:"], ["KT. GIÁM"]]], "End"]


def test_a_rtf_under_a_doc_name_is_read_as_one(tmp_path: Path) -> None:
    path = tmp_path / "qd 125.doc"
    shutil.copy(DATA / "decision.rtf", path)
    read = load(path)
    assert read.encoding == "rtf"
    assert read.identity.ident == "125/QĐ-SNV"
    assert read.identity.date == "2019-03-12"
    assert "the .doc file is an RTF file: read as one" in read.notes
    assert read.text == load(DATA / "decision.rtf").text


@pytest.mark.parametrize(
    ("source", "note"),
    [("decision.doc", "the .rtf file is a .doc: read as one")],
)
def test_a_word_file_under_an_rtf_name_is_read_as_what_it_is(
    tmp_path: Path, source: str, note: str
) -> None:
    path = tmp_path / "qd.rtf"
    shutil.copy(DATA / source, path)
    read = load(path)
    assert read.identity.ident == "125/QĐ-SNV"
    assert note in read.notes


def test_a_docx_under_an_rtf_name_is_read_as_one(tmp_path: Path) -> None:
    path = tmp_path / "qd.rtf"
    fixture_script("make_doc_fixtures").decision(path)
    read = load(path)
    assert read.identity.ident == "125/QĐ-SNV"
    assert "the .rtf file is a .docx: read as one" in read.notes


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"", "is empty: nothing to ingest", id="empty"),
        pytest.param(b" \r\n\t", "is empty: nothing to ingest", id="blank"),
        pytest.param(b"Quyet dinh so 12", "is not an RTF file", id="text"),
        pytest.param(b"%PDF-1.4\n%\xe2\xe3", "is not an RTF file", id="pdf"),
        pytest.param(b"{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}}}", "is empty", id="no-text"),
        pytest.param(b"{\\rtf1\\ansi{\\fonttbl{\\f0 Tim", "is empty", id="cut-in-the-fonts"),
    ],
)
def test_bad_rtf_files_are_refused_saying_what_to_do(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.rtf"
    path.write_bytes(content)
    with pytest.raises(LoadError, match=message) as raised:
        load(path)
    assert "Word" in str(raised.value) or "nothing to ingest" in str(raised.value)


def test_a_group_nested_too_deep_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "deep.rtf"
    path.write_bytes(b"{\\rtf1 " + b"{\\b " * 200_000 + b"x" + b"}" * 200_000 + b"}")
    started = time.perf_counter()
    with pytest.raises(LoadError, match=f"nested over {MAX_DEPTH} groups deep") as raised:
        load(path)
    assert time.perf_counter() - started < 2
    assert "save it as .docx" in str(raised.value)


def test_groups_nested_deep_but_within_the_limit_are_read_without_recursion(
    tmp_path: Path,
) -> None:
    depth = MAX_DEPTH - 2
    body = b"{\\rtf1 " + b"{\\i " * depth + b"S\\'e2u" + b"}" * depth + b"\\par}"
    path = tmp_path / "deep.rtf"
    path.write_bytes(body)
    assert read_rtf_blocks(path, "deep.rtf") == ["Sâu"]


def test_a_file_cut_short_is_read_as_far_as_it_goes_with_a_note(tmp_path: Path) -> None:
    data = (DATA / "decision.rtf").read_bytes()
    cut = data[: int(len(data) * 0.8)]
    path = tmp_path / "cut.rtf"
    path.write_bytes(cut)
    read = load(path)
    assert read.identity.ident == "125/QĐ-SNV"
    assert any("ends inside" in note and "cut short" in note for note in read.notes)


def test_what_follows_the_document_s_last_brace_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "trailing.rtf"
    path.write_bytes((DATA / "decision.rtf").read_bytes() + b"\x00\x00{\\par Extra}")
    read = load(path)
    assert read.text == load(DATA / "decision.rtf").text
    assert read.notes == ()


def test_a_huge_picture_is_skipped_in_linear_time(tmp_path: Path) -> None:
    picture = b"{\\*\\shppict{\\pict\\pngblip " + b"89504e470d0a1a0a" * 8 * 2**16 + b"}}"
    big = tmp_path / "big.rtf"  # 8 MB of picture: 128-character lines, as Word writes them
    lines = b"\r\n".join(picture[i : i + 128] for i in range(0, len(picture), 128))
    big.write_bytes(b"{\\rtf1 Tr\\u432?\\u7899?c" + lines + b"\\par}")
    started = time.perf_counter()
    assert read_rtf_blocks(big, "big.rtf") == ["Trước"]
    assert time.perf_counter() - started < 5


def test_reading_time_grows_linearly_with_the_file(tmp_path: Path) -> None:
    def timed(paragraphs: int) -> float:
        path = tmp_path / f"{paragraphs}.rtf"
        path.write_bytes(
            b"{\\rtf1 " + b"{\\b Quy\\u7871?t}{\\i  \\'f0\\u7883?nh}\\par " * paragraphs + b"}"
        )
        started = time.perf_counter()
        assert len(read_rtf(path, path.name).blocks) == paragraphs
        return time.perf_counter() - started

    timed(1000)  # warm up
    assert timed(40_000) < 12 * timed(10_000)  # four times the file: not sixteen times the time


def test_rtf_refusals_are_said_in_vietnamese() -> None:
    said = load_failure(
        "cu/qd.rtf: is not an RTF file (it does not begin with {\\rtf): open it in Word"
    )
    assert said.startswith("cu/qd.rtf")
    assert said.endswith(
        ": không đọc được tệp RTF: hãy mở bằng Word hoặc LibreOffice và lưu thành .docx"
    )
    assert "lồng nhóm sâu" in load_failure(
        "x.rtf: is an RTF file nested over 512 groups deep, which no editor writes"
    )


def test_an_archive_of_rtf_files_is_ingested(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(DATA / "decision.rtf", corpus / "decision.rtf")
    shutil.copy(DATA / "letter.rtf", corpus / "letter.doc")  # an RTF under a .doc name
    settings = Settings(corpus=corpus, index=tmp_path / "indexes")
    report = Indexer(settings).ingest([corpus])
    assert not report.failed
    assert sorted(report.added) == ["decision.rtf", "letter.doc"]
    before = {p: p.read_bytes() for p in corpus.iterdir()}
    again = Indexer(settings).ingest([corpus])
    assert sorted(again.unchanged) == ["decision.rtf", "letter.doc"]
    assert {p: p.read_bytes() for p in corpus.iterdir()} == before


_WORD_STYLE_BYTES = (DATA / "word_style.rtf").read_bytes()


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, len(_WORD_STYLE_BYTES) - 1), st.binary(min_size=0, max_size=4)),
        max_size=6,
    ),
    st.integers(20, len(_WORD_STYLE_BYTES)),
)
def test_a_damaged_rtf_is_read_or_refused_never_a_traceback(
    edits: list[tuple[int, bytes]], length: int
) -> None:
    data = bytearray(_WORD_STYLE_BYTES[:length])
    for at, replacement in edits:
        data[at : at + len(replacement)] = replacement
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "damaged.rtf"
        path.write_bytes(bytes(data))
        try:
            doc = load(path)
        except LoadError as exc:
            message = str(exc)
        else:
            assert doc.text == unicodedata.normalize("NFC", doc.text)
            doc.text.encode("utf-8")  # no half of a surrogate pair
            return
    # (a file whose {\rtf head was damaged is read as text: NUL bytes in it make it a binary
    # file, refused with what to do)
    assert (
        "Word" in message or "nothing to ingest" in message or "original document" in message
    )
