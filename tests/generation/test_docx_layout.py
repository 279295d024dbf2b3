"""The draft's Word export has the official layout too (it was US Letter in Calibri)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx_checks import assert_official_layout

from assistant.generation.docx_export import export_docx
from assistant.generation.docx_layout import Letterhead
from assistant.generation.draft import Draft

TEXT = (
    "1. Cải cách tổ chức bộ máy\n\na) Công tác tham mưu, ban hành văn bản\n\n"
    "- Sở đã ban hành Quyết định số 15/QĐ-SKHCN ngày 12/3/2023 về việc sắp xếp. "
    "Quyết định số 9/QĐ-SKHCN ngày 01/01/2023 ⚠[chưa xác minh: không có trong kho tài liệu]"
)
CITED = (
    {"ident": "15/QĐ-SKHCN", "date": "2023-03-12", "source": "qd-15.pdf", "locator": "header"},
)


def test_draft_docx_has_the_official_layout(tmp_path: Path) -> None:
    head = Letterhead("UBND TỈNH HÒA AN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "BC-SKHCN", "Hòa An")
    draft = Draft(text=TEXT, citations=CITED, notice="Kho tài liệu không có văn bản năm 2024.")
    path = export_docx(draft, tmp_path / "du-thao.docx", letterhead=head)
    document = docx.Document(str(path))
    assert_official_layout(document)
    cells = [c.text for t in document.tables for c in t._cells]
    assert cells[0].splitlines()[:2] == ["UBND TỈNH HÒA AN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"]
    assert any(c.splitlines()[-1].startswith("Số:") and c.endswith("/BC-SKHCN") for c in cells)
    assert any("Hòa An, ngày" in c for c in cells)
    styled = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Normal", "DỰ THẢO") in styled
    assert ("Normal", "Cải cách tổ chức bộ máy") in styled  # the trích yếu under BÁO CÁO
    assert ("Heading 1", "1. Cải cách tổ chức bộ máy") in styled
    heading = document.styles["Heading 1"]
    assert heading.font.name == "Times New Roman"
    assert heading.font.color.rgb == (0, 0, 0)
    marks = [r for p in document.paragraphs for r in p.runs if r.text.startswith(" ⚠[")]
    assert marks
    assert all(r.bold and r.font.color.rgb == (0xC0, 0, 0) for r in marks)
    assert "- 15/QĐ-SKHCN (2023-03-12): qd-15.pdf, header" in [p.text for p in document.paragraphs]


def test_draft_docx_without_a_letterhead_leaves_placeholders(tmp_path: Path) -> None:
    path = export_docx(Draft(text=TEXT), tmp_path / "du-thao.docx")
    cells = [c.text for t in document_tables(path) for c in t._cells]
    assert any("TÊN CƠ QUAN BAN HÀNH" in c for c in cells)
    assert any("……, ngày …… tháng …… năm ……" in c for c in cells)


def document_tables(path: Path) -> list:
    return list(docx.Document(str(path)).tables)
