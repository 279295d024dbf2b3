"""Text typed in the old Vietnamese fonts (TCVN3 ``.VnTime``/``.VnTimeH``, VNI ``VNI-Times``):
lines converted, Unicode and foreign lines left alone, every letter round-tripped, and real
DOCX, ``.doc``-less text and PDF files whose text is in the old codes ingested with their
identity read."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import docx
import pytest
from builders import cp1258_bytes, write_pdf
from word_tables import fill

from assistant.ingest import load_document
from assistant.ingest.legacy import TCVN3, VNI, from_legacy

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
# Every Vietnamese letter with its marks, lower case.
LETTERS = unicodedata.normalize(
    "NFC",
    "aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ",
)
TO_TCVN3 = {letter: code for code, letter in TCVN3.items()}
TO_VNI = {letter: code for code, letter in VNI.items()}


def tcvn3(text: str) -> str:
    """``text`` as typed in ``.VnTime`` (lower case) or ``.VnTimeH`` (a capital's code is its
    lower-case letter's, drawn as a capital by the font)."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        if char in TO_TCVN3:
            out.append(TO_TCVN3[char])
        elif char.lower() in TO_TCVN3 and not char.isascii():
            out.append(TO_TCVN3[char.lower()])
        else:
            out.append(char)
    return "".join(out)


def vni(text: str) -> str:
    return "".join(TO_VNI.get(c, c) for c in unicodedata.normalize("NFC", text))


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("UBND TØNH H¦NG Y£N", "UBND TỈNH HƯNG YÊN"),
        ("Sè: 12/Q§-UBND", "Số: 12/QĐ-UBND"),
        ("QUYÕT ®ÞNH Sè 12", "QUYẾT ĐỊNH SỐ 12"),  # an H font's line: all capitals
        ("QUYÕT ®ÞNH", "QUYẾT ĐỊNH"),
        (
            "VÒ viÖc ban hµnh Quy chÕ lµm viÖc cña Së Néi vô",
            "Về việc ban hành Quy chế làm việc của Sở Nội vụ",
        ),
        ("Hµ Néi, ngµy 12 th¸ng 3 n¨m 2019", "Hà Nội, ngày 12 tháng 3 năm 2019"),
        ("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
        ("ng\u00ad\u00eai d©n", "người dân"),  # ư is the soft hyphen's code
        ("(§· ký)", "(Đã ký)"),
        (
            "Quyeát ñònh soá 12/QÑ-UBND ngaøy 15 thaùng 3 naêm 2019",
            "Quyết định số 12/QĐ-UBND ngày 15 tháng 3 năm 2019",
        ),
        ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("Nguyeãn Vaên Tröôøng", "Nguyễn Văn Trường"),
    ],
)
def test_old_font_lines_are_converted(typed: str, meant: str) -> None:
    converted, note = from_legacy(typed)
    assert converted == meant
    assert note is not None
    assert "converted to Unicode" in note


@pytest.mark.parametrize(
    "line",
    [
        "Tú Bà",  # Unicode with only Latin-1 letters: it reads as it is
        "Hà Nội, ngày 12 tháng 3 năm 2019",
        "Mức 25°C ± 2, tỷ lệ « đúng hạn » 98,5%",
        "Café au lait à la française",  # French is no old-font Vietnamese
        "Lê Văn Tám — Tô Thị Ánh",
        "Số: 12/QĐ-UBND",
        "plain ASCII line 12/2019",
    ],
)
def test_unicode_and_foreign_lines_are_left_alone(line: str) -> None:
    assert from_legacy(line) == (line, None)


def test_every_letter_round_trips_through_both_encodings() -> None:
    for letter in LETTERS.replace("đ", ""):
        # a vowel after a consonant, as in a syllable, in a line of the document's font
        words = f"đ{letter} v{letter}, của Sở Nội vụ tỉnh"
        for typed in (tcvn3(words), vni(words)):
            if typed != words:
                assert from_legacy(typed)[0] == words, letter
    sentence = "Điều 3. Chánh Văn phòng, Trưởng các phòng chuyên môn thuộc Sở chịu trách nhiệm"
    assert from_legacy(tcvn3(sentence))[0] == sentence
    assert from_legacy(vni(sentence))[0] == sentence
    assert from_legacy(vni(sentence.upper()))[0] == sentence.upper()
    assert from_legacy(tcvn3(sentence.upper()))[0] == sentence.upper()


def test_a_line_that_reads_either_way_follows_the_documents_font() -> None:
    """"Sè" is a word as it is, and "Số" in TCVN3; "Soá" is one too, and "Số" in VNI: in a
    document whose other lines are surely in the old font, it is converted with them."""
    body = ["Kết quả thực hiện công tác cải cách hành chính năm 2019", "Hòa An, ngày 14 tháng 6"]
    old = "\n".join(["Sè: 76/BC-SNV", *(tcvn3(line) for line in body)])
    assert from_legacy(old)[0].split("\n") == ["Số: 76/BC-SNV", *body]
    other = "\n".join(["Soá: 612/SNV-VP", *(vni(line) for line in body)])
    assert from_legacy(other)[0].split("\n") == ["Số: 612/SNV-VP", *body]
    assert from_legacy("Sè: 76/BC-SNV") == ("Sè: 76/BC-SNV", None)  # alone: no evidence


def test_the_header_columns_on_one_line_keep_each_ones_capitals() -> None:
    """A PDF drawn from a header table puts both columns on one line: the issuer in capitals
    (an H font) beside the Tiêu ngữ."""
    line = "Së TH¤NG TIN Vµ TRUYÒN TH¤NG §éc lËp - Tù do - H¹nh phóc"
    assert from_legacy(line)[0] == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG Độc lập - Tự do - Hạnh phúc"


def test_a_header_table_typed_in_tcvn3_is_read_column_by_column(tmp_path: Path) -> None:
    path = tmp_path / "KH 05.docx"
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    fill(table.cell(0, 0), [tcvn3("UBND TỈNH HÒA AN"), tcvn3("SỞ NỘI VỤ"), "Số: 05/KH-SNV"])
    right = [MOTTO, "Độc lập - Tự do - Hạnh phúc", "Hòa An, ngày 12 tháng 01 năm 2018"]
    fill(table.cell(0, 1), [tcvn3(line) for line in right])
    for line in ("KẾ HOẠCH", "Cải cách hành chính năm 2018 của Sở Nội vụ"):
        document.add_paragraph(tcvn3(line))
    document.save(str(path))
    doc = load_document(path, root=tmp_path)
    assert doc.identity.ident == "05/KH-SNV"
    assert doc.identity.date == "2018-01-12"
    assert doc.identity.issuer == "UBND TỈNH HÒA AN / SỞ NỘI VỤ"


def test_a_pasted_old_body_under_a_unicode_header_is_converted_line_by_line() -> None:
    header = "UBND TỈNH HÒA AN\nSỞ NỘI VỤ\nSố: 7/QĐ-SNV\nHòa An, ngày 02 tháng 4 năm 2019"
    body = tcvn3("Điều 1. Phê duyệt Kế hoạch cải cách hành chính năm 2019 của Sở.")
    converted, note = from_legacy(f"{header}\n{body}")
    assert converted == (
        f"{header}\nĐiều 1. Phê duyệt Kế hoạch cải cách hành chính năm 2019 của Sở."
    )
    assert note == "typed in an old Vietnamese font: 1 line in TCVN3 (.VnTime) converted to Unicode"


HEADER = [
    "UBND TỈNH HÒA AN",
    "SỞ NỘI VỤ",
    "Số: 45/QĐ-SNV",
    "Hòa An, ngày 18 tháng 5 năm 2018",
    "QUYẾT ĐỊNH",
    "Về việc ban hành Quy chế văn hóa công sở",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế văn hóa công sở của Sở Nội vụ.",
]


def _identity_is_read(path: Path) -> list[str]:
    doc = load_document(path, root=path.parent)
    assert doc.identity.ident == "45/QĐ-SNV"
    assert doc.identity.date == "2018-05-18"
    assert doc.identity.kind == "Quyết định"
    assert doc.identity.subject == "ban hành Quy chế văn hóa công sở"
    assert "Quy chế văn hóa công sở của Sở Nội vụ" in doc.text
    return list(doc.notes)


def test_a_docx_typed_in_vntime_is_read(tmp_path: Path) -> None:
    path = tmp_path / "QD 45 nam 2018.docx"
    document = docx.Document()
    for line in HEADER:
        run = document.add_paragraph().add_run(tcvn3(line))
        run.font.name = ".VnTimeH" if line.isupper() else ".VnTime"
    document.save(str(path))
    notes = _identity_is_read(path)
    assert any("TCVN3 (.VnTime) converted to Unicode" in n for n in notes)


def test_text_files_saved_in_tcvn3_and_vni_bytes_are_read(tmp_path: Path) -> None:
    old = tmp_path / "qd45-tcvn3.txt"
    old.write_bytes("\n".join(tcvn3(line) for line in HEADER).encode("latin-1"))
    notes = _identity_is_read(old)
    assert any("TCVN3" in n and "re-save the file as UTF-8" in n for n in notes)
    other = tmp_path / "qd45-vni.txt"
    other.write_bytes("\n".join(vni(line) for line in HEADER).encode("cp1252"))
    assert any("VNI (VNI-Times)" in n for n in _identity_is_read(other))


def test_cp1258_text_is_still_read_as_cp1258(tmp_path: Path) -> None:
    path = tmp_path / "qd45-cp1258.txt"
    path.write_bytes(cp1258_bytes("\n".join(HEADER)))
    doc = load_document(path, root=tmp_path)
    assert doc.encoding == "cp1258"
    assert doc.identity.ident == "45/QĐ-SNV"


def test_a_pdf_whose_text_layer_is_tcvn3_is_read(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "qd45.pdf", ["\n".join(tcvn3(line) for line in HEADER)])
    notes = _identity_is_read(path)
    assert any("TCVN3" in n for n in notes)


def test_letters_typed_in_an_h_font_are_read_as_the_capitals_it_draws(tmp_path: Path) -> None:
    """A clerk types "quyÕt ®Þnh" in .VnTimeH and sees QUYẾT ĐỊNH; a style may name the
    font instead of the run."""
    path = tmp_path / "QD 45.docx"
    document = docx.Document()
    heading = document.styles.add_style("Tieu de cu", 1)  # a paragraph style
    heading.font.name = ".VnTimeH"
    for line in HEADER:
        if line.isupper():
            document.add_paragraph(tcvn3(line.lower()), style=heading)
        else:
            document.add_paragraph().add_run(tcvn3(line)).font.name = ".VnTime"
    title = document.paragraphs[4]
    assert title.text == "quyÕt ®Þnh"
    document.add_paragraph().add_run(tcvn3("nơi nhận:")).font.name = ".VnTimeH"
    document.save(str(path))
    _identity_is_read(path)
    text = load_document(path, root=tmp_path).text
    assert "UBND TỈNH HÒA AN" in text
    assert "\nQUYẾT ĐỊNH\n" in text
    assert "NƠI NHẬN:" in text
