"""What every Word file the assistant writes must show: Nghị định 30/2020, Phụ lục I."""

from __future__ import annotations

import docx
import docx.document
from docx.oxml.ns import qn


def assert_official_layout(document: docx.document.Document) -> None:
    """A4, the margins, Times New Roman 13-14 pt, and the parts of Phụ lục I."""
    section = document.sections[0]
    # Word stores twips: 210 mm is 11906 twips, 210.01 mm.
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert 20 <= round(section.top_margin.mm, 1) <= 25
    assert 20 <= round(section.bottom_margin.mm, 1) <= 25
    assert 30 <= round(section.left_margin.mm, 1) <= 35
    assert 15 <= round(section.right_margin.mm, 1) <= 20
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert 13 <= normal.font.size.pt <= 14
    fonts = normal.element.rPr.rFonts
    assert fonts.get(qn("w:eastAsia")) == "Times New Roman"
    runs = [r for p in document.paragraphs for r in p.runs if r.text.strip()]
    runs += [r for t in document.tables for c in t._cells for p in c.paragraphs for r in p.runs]
    assert all(r.font.name in (None, "Times New Roman") for r in runs)
    cells = [c.text for t in document.tables for c in t._cells]
    assert any("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in c for c in cells)
    assert any("Độc lập - Tự do - Hạnh phúc" in c for c in cells)
    assert any(c.startswith("Nơi nhận:") for c in cells)
    assert any("(Ký, ghi rõ họ tên)" in c for c in cells)
    assert "BÁO CÁO" in [p.text for p in document.paragraphs]
