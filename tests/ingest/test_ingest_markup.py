"""A text file holding HTML (an e-office export) and an .html page read as the text shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.citations import extract
from assistant.ingest import load_document
from assistant.ingest.markup import is_markup, markup_to_text

EXPORT = (
    '<p style="text-align:justify">UBND TỈNH HÀ AN<br>SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG</p>\n'
    '<p style="text-align:justify">Số: 1420/SNNMT-VP</p>\n'
    '<p style="text-align:justify">Hà An, ngày 15 tháng 8 năm 2025</p>\n'
    '<p style="text-align:justify">V/v đôn đốc số hóa hồ sơ thủ tục hành chính</p>\n'
    "<p>&nbsp;&nbsp;&nbsp;&nbsp;1. Thực hiện đúng quy trình nội bộ tại Quyết định số"
    "&nbsp;33/QĐ-SNNMT ngày 16/6/2025 của <b>Giám đốc Sở</b>.</p>\n"
    "<table><tr><td>STT</td><td>Số, ký hiệu</td></tr>"
    "<tr><td>1</td><td>14/KH-SNNMT</td></tr></table>\n"
)


def test_an_export_in_a_text_file_keeps_its_header_and_citations(tmp_path: Path) -> None:
    path = tmp_path / "cv1420_eoffice_export.txt"
    path.write_text(EXPORT, encoding="utf-8")
    doc = load_document(path, root=tmp_path)
    assert doc.identity is not None
    assert (doc.identity.ident, doc.identity.date) == ("1420/SNNMT-VP", "2025-08-15")
    assert doc.identity.subject == "đôn đốc số hóa hồ sơ thủ tục hành chính"
    assert "<" not in doc.text
    assert "&nbsp;" not in doc.text
    assert "HTML" in " ".join(doc.notes)
    # "Quyết định số&nbsp;33/QĐ-SNNMT" is one citation again, its date with it
    cited = {(c.ident, c.date) for c in extract(doc.text)}
    assert ("33/QĐ-SNNMT", "2025-06-16") in cited
    # a table's row is one line, its cells joined as a DOCX table's are
    assert "1 | 14/KH-SNNMT" in doc.text.splitlines()
    # the file itself is untouched
    assert path.read_text(encoding="utf-8") == EXPORT


def test_an_html_page_is_read(tmp_path: Path) -> None:
    page = "<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>"
    path = tmp_path / "thong-bao.html"
    path.write_text(page + EXPORT + "</body></html>", encoding="utf-8")
    doc = load_document(path, root=tmp_path)
    assert doc.identity is not None
    assert doc.identity.ident == "1420/SNNMT-VP"
    assert "p{}" not in doc.text


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ hồ sơ <5% trễ hạn; chỉ tiêu > 95%.\n",
        "Kết quả: a<b và c>d; <ghi chú> của Văn phòng.\n",
        "Xem <p> ở trên.\n",
    ],
)
def test_plain_text_with_angle_brackets_is_not_markup(tmp_path: Path, text: str) -> None:
    assert not is_markup(text)
    path = tmp_path / "bc.txt"
    path.write_text("Số: 12/BC-SNNMT\n" + text, encoding="utf-8")
    assert text.strip() in load_document(path, root=tmp_path).text


def test_blocks_break_lines_and_inline_tags_do_not() -> None:
    text = markup_to_text("<div>Điều 1.<br/>Giao <i>Văn phòng</i> Sở</div><p>Điều 2.</p>")
    assert text.splitlines() == ["Điều 1.", "Giao Văn phòng Sở", "", "Điều 2."]


def test_a_text_quoting_inline_tags_is_shown_as_written(tmp_path: Path) -> None:
    # a hostile document's "<b>", "<img onerror>", "<a href>": text, not a page to render
    text = (
        "Số: 77/TB-SKHCN\nVề việc hồ sơ <b>bold</b> <img src=x onerror=alert(1)> và "
        '<a href="javascript:alert(2)">link</a> <b>x</b>.\n'
    )
    assert not is_markup(text)
    path = tmp_path / "tb.txt"
    path.write_text(text, encoding="utf-8")
    assert "<img src=x onerror=alert(1)>" in load_document(path, root=tmp_path).text


def test_a_page_copied_under_a_typed_header_keeps_its_header(tmp_path: Path) -> None:
    # the header typed as lines, the body pasted from a web page with its tags
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ HÒA PHONG\n\nSố: 45/BC-UBND\n\nHòa Phong, ngày 20 tháng 3 năm 2026\n\n"
        "BÁO CÁO\nKết quả công tác cải cách hành chính quý I năm 2026\n\n"
        "<p>Thực hiện Kế hoạch số 04/KH-UBND ngày 15/01/2026.</p>\n"
        "<p><b>1. Chỉ đạo, điều hành</b></p>\n<p>Hoàn thành 05/22 nhiệm vụ.&nbsp;Tốt.</p>\n"
    )
    path = tmp_path / "bc quy 1 2026 (copy web).txt"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path, root=tmp_path)
    assert doc.identity is not None
    assert (doc.identity.ident, doc.identity.date) == ("45/BC-UBND", "2026-03-20")
    assert "1. Chỉ đạo, điều hành" in doc.text.splitlines()


PORTAL = """<!DOCTYPE html><html><head><title>12/QĐ-STC - Cổng Thông tin điện tử tỉnh</title>
<style>.menu {{ color: red }}</style></head><body>
<div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÒA AN</div>
<nav><ul><li>Trang chủ</li><li>Dịch vụ công trực tuyến</li></ul></nav>
<ul class="menu main-menu"><li>Cải cách hành chính</li><li><div>Thủ tục hành chính</div></li></ul>
<div id="breadcrumb">Trang chủ &raquo; Văn bản</div>
<div class="noi-dung">
<p>SỞ TÀI CHÍNH</p><p>Số: 12/QĐ-STC</p><p>Hòa An, ngày 20 tháng 01 năm 2025</p>
<p>QUYẾT ĐỊNH</p><p>Công bố công khai dự toán ngân sách năm 2025</p>
<p>Điều 1. Công bố công khai dự toán ngân sách nhà nước năm 2025 của Sở.</p>
</div>
<div class="sidebar"><h3>Liên kết</h3><ul><li>Hệ thống giải quyết thủ tục hành chính</li></ul></div>
<div class="footer">Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hòa An.</div>
{tail}</body></html>"""


def test_a_portal_pages_chrome_is_not_the_document(tmp_path: Path) -> None:
    """A page saved from the province's portal: its menus, breadcrumb, banner, side links,
    footer and title are the portal's words, not the document's ("Dịch vụ công trực tuyến" in
    a menu makes no budget disclosure the reform's)."""
    path = tmp_path / "qd-12.html"
    path.write_text(PORTAL.format(tail=""), encoding="utf-8")
    doc = load_document(path, root=tmp_path)
    for chrome in ("CỔNG THÔNG TIN", "Trang chủ", "Dịch vụ công", "Cải cách hành chính",
                   "Thủ tục hành chính", "thủ tục hành chính", "Liên kết", "Cơ quan chủ quản"):
        assert chrome not in doc.text, chrome
    assert doc.text.startswith("SỞ TÀI CHÍNH\n")
    assert "Điều 1. Công bố công khai dự toán" in doc.text
    assert (doc.identity.ident, doc.identity.date) == ("12/QĐ-STC", "2025-01-20")


def test_an_element_left_open_is_kept_as_a_browser_shows_it() -> None:
    text = markup_to_text(PORTAL.format(tail='<div class="footer">Liên hệ: 0236 123 456'))
    assert "Liên hệ: 0236 123 456" in text
    assert "Cơ quan chủ quản" not in text  # the closed footer before it still goes
