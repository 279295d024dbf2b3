"""OpenDocument files: real ones saved by LibreOffice from the DOCX and XLSX made here
(``scripts/make_odf_fixtures.py``; CI has no LibreOffice, so they are committed), read as their
DOCX and XLSX read; packages built here where the markup must be exact (tracked changes, hidden
text, notes, fields, merged cells, the old fonts, repeated rows); bad and hostile files refused
saying what to do."""

from __future__ import annotations

import shutil
import time
import zipfile
from pathlib import Path

import pytest
from builders import ANNEX_LINES, fixture_script, write_zip_bomb
from lxml import etree

from assistant.config import Settings
from assistant.errors import LoadError
from assistant.ingest import load_document, odf, ods
from assistant.ingest.sheet import MAX_ROWS
from assistant.retrieval.indexer import Indexer
from assistant.ui.wording import load_failure

DATA = Path(__file__).parent / "data"
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
TEXT = "application/vnd.oasis.opendocument.text"
SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet"
HEADER = (
    "<table:table><table:table-column table:number-columns-repeated='2'/><table:table-row>"
    "<table:table-cell><text:p>UBND TỈNH HÒA AN</text:p><text:p>SỞ NỘI VỤ</text:p>"
    "<text:p>Số: 17/QĐ-SNV</text:p></table:table-cell><table:table-cell>"
    "<text:p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text:p>"
    "<text:p>Độc lập - Tự do - Hạnh phúc</text:p>"
    "<text:p>Hòa An, ngày 03 tháng 02 năm 2022</text:p></table:table-cell></table:table-row>"
    "</table:table><text:p>QUYẾT ĐỊNH</text:p>"
    "<text:p>Về việc ban hành Kế hoạch cải cách hành chính năm 2022</text:p>"
)


def load(path: Path):  # type: ignore[no-untyped-def]
    return load_document(path, root=path.parent)


def write_odf(
    path: Path,
    body: str,
    *,
    automatic: str = "",
    styles: str = "",
    mimetype: str | None = TEXT,
    manifest: str = "",
    extra: dict[str, bytes] | None = None,
) -> Path:
    """A package as LibreOffice writes one: ``mimetype`` first and stored, ``content.xml``
    (``body`` in ``office:text`` or ``office:spreadsheet``, ``automatic`` styles), a
    ``styles.xml`` (common ``styles``), a manifest (``manifest`` inside its file entry)."""
    what = "spreadsheet" if mimetype == SPREADSHEET else "text"
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.3">'
        f"<office:automatic-styles>{automatic}</office:automatic-styles>"
        f"<office:body><office:{what}>{body}</office:{what}></office:body>"
        "</office:document-content>"
    )
    common = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}>'
        f"<office:styles>{styles}</office:styles></office:document-styles>"
    )
    files = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
        f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        f"{manifest}</manifest:file-entry></manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        if mimetype is not None:
            zf.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content)
        zf.writestr("styles.xml", common)
        zf.writestr("META-INF/manifest.xml", files)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize("name", ["decision", "letter", "old_font", "footnoted"])
def test_an_odt_reads_as_the_docx_it_was_saved_from(tmp_path: Path, name: str) -> None:
    docx_path = tmp_path / f"{name}.docx"
    getattr(fixture_script("make_doc_fixtures"), name)(docx_path)
    odt, docx = load(DATA / f"{name}.odt"), load(docx_path)
    assert odt.encoding == "odt"
    assert odt.text == docx.text
    assert odt.identity == docx.identity
    assert odt.notes == docx.notes


def test_a_decision_s_identity_and_its_layout_tables_read_column_by_column() -> None:
    doc = load(DATA / "decision.odt")
    assert doc.identity.ident == "125/QĐ-SNV"
    assert doc.identity.kind == "Quyết định"
    assert doc.identity.date == "2019-03-12"
    assert doc.identity.subject == "ban hành Quy chế làm việc của Sở Nội vụ"
    # the header: the issuer's column, then the Quốc hiệu's
    assert "UBND TỈNH HÒA AN\nSỞ NỘI VỤ\n————\nSố: 125/QĐ-SNV\nCỘNG HÒA" in doc.text
    # the signature block: "Nơi nhận" and its list, then the signer
    assert "- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nTạ Quang Vinh" in doc.text


def test_tracked_changes_links_and_page_headers_read_as_the_document_was_signed() -> None:
    text = load(DATA / "letter.odt").text
    assert "Sở đã hoàn thành 12 nhiệm vụ theo Kế hoạch số 15/KH-SNV ngày 20/01/2020." in text
    assert "chưa hoàn thành" not in text  # deleted: kept only in text:tracked-changes
    assert "được đăng tại Cổng thông tin điện tử của tỉnh." in text
    assert "hoaan.example" not in text
    assert "ĐẦU TRANG" not in text  # the page header (styles.xml)
    assert "Chân trang" not in text
    assert "Hồ sơ tiếp nhận | 1.234 | 2.345" in text
    assert "40. Nhiệm vụ thứ 40" in text


def test_a_list_hidden_run_and_merged_cells_saved_by_libreoffice(tmp_path: Path) -> None:
    """Word's automatic list numbers, which LibreOffice keeps in the list's style, are
    counted as Word counts them; a cell merged down two rows is read in both rows, one
    merged across two columns once: the ODT reads as its DOCX."""
    text = load(DATA / "features.odt").text
    assert (
        "Các nhiệm vụ trọng tâm năm 2022:\n\n1. Rà soát thủ tục hành chính.\n\n"
        "2. Số hóa hồ sơ, kết quả giải quyết.\n\nKết quả được tổng hợp trong bảng sau.\n\n"
        "Lĩnh vực | Tiếp nhận | Đúng hạn\nLĩnh vực | 1.234 | 98,5%\nTổng | 1.234 hồ sơ"
    ) in text
    assert "GHI CHÚ ẨN" not in text  # Word's hidden text (w:vanish): text:display="none"
    docx_path = tmp_path / "features.docx"
    fixture_script("make_odf_fixtures").features(docx_path)
    assert text == load(docx_path).text


_LIST_STYLE = (
    '<text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-prefix="Điều " style:num-suffix="."'
    ' style:num-format="1"/>'
    '<text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1"/>'
    '<text:list-level-style-number text:level="3" style:num-suffix=")" style:num-format="a"/>'
    "</text:list-style>"
    '<text:list-style style:name="L2">'
    '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="I"/>'
    '<text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1"'
    ' text:display-levels="2"/></text:list-style>'
    '<text:list-style style:name="B"><text:list-level-style-bullet text:level="1"'
    ' text:bullet-char="-"/></text:list-style>'
)


def test_list_numbers_counted_from_the_list_style(tmp_path: Path) -> None:
    """Articles numbered by a list ("Điều 1."), points under them ("1.", "a)") restarting
    under each, a list continuing the one before it, an item starting again at a number,
    roman chapters showing two levels ("I.", "1.1."), and a bulleted list with no number."""
    def item(text: str, inner: str = "") -> str:
        return f"<text:list-item><text:p>{text}</text:p>{inner}</text:list-item>"

    points = (
        '<text:list>' + item("Quy định chung.", '<text:list>' + item("Tiếp nhận;") + item("Trả.")
        + "</text:list>") + "</text:list>"
    )
    body = (
        '<text:list text:style-name="L1">' + item("Phạm vi", points) + "</text:list>"
        "<text:p>Giữa hai điều.</text:p>"
        '<text:list text:style-name="L1" text:continue-numbering="true">'
        + item("Hiệu lực", '<text:list>' + item("Có hiệu lực từ ngày ký.") + "</text:list>")
        + "</text:list>"
        '<text:list text:style-name="L2">' + item("Kết quả", '<text:list>'
        + item("Chỉ đạo") + "</text:list>")
        + '<text:list-item text:start-value="4"><text:p>Nhiệm vụ</text:p></text:list-item>'
        + "</text:list>"
        '<text:list text:style-name="B">' + item("Một gạch đầu dòng") + "</text:list>"
    )
    path = write_odf(tmp_path / "qd.odt", body, styles=_LIST_STYLE)
    assert [line for line in load(path).text.split("\n") if line] == [
        "Điều 1. Phạm vi",
        "1. Quy định chung.",
        "a) Tiếp nhận;",
        "b) Trả.",
        "Giữa hai điều.",
        "Điều 2. Hiệu lực",
        "1. Có hiệu lực từ ngày ký.",
        "I. Kết quả",
        "I.1. Chỉ đạo",
        "IV. Nhiệm vụ",
        "Một gạch đầu dòng",
    ]


_OUTLINED = [
    "QUY CHẾ LÀM VIỆC CỦA SỞ NỘI VỤ TỈNH HÒA AN",
    "Chương I QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi điều chỉnh",
    "Quy chế này quy định nguyên tắc, chế độ làm việc của Sở.",
    "Điều 2. Đối tượng áp dụng",
    "2.1. Công chức",
    "a) Lãnh đạo Sở",
    "b) Công chức các phòng",
    "2.2. Người lao động",
    "Chương II TỔ CHỨC THỰC HIỆN",
    "Điều 1. Hiệu lực thi hành",
    "Quy chế có hiệu lực từ ngày ký.",
]


def _flat_of(package: Path, path: Path) -> Path:
    """The flat (``.fodt``) form of a package LibreOffice saved: its styles' parts and its
    content's in one ``office:document``, as LibreOffice's own flat files hold them."""
    with zipfile.ZipFile(package) as zf:
        styles = etree.fromstring(zf.read("styles.xml"))
        content = etree.fromstring(zf.read("content.xml"))
    root = etree.Element(odf.q("office:document"), nsmap=content.nsmap)
    root.set(odf.q("office:mimetype"), TEXT)
    for part in (styles, content):
        for child in part:
            if child.tag not in [c.tag for c in root]:
                root.append(child)
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return path


def test_headings_numbered_by_the_outline_read_as_their_docx(tmp_path: Path) -> None:
    """Headings Word numbers through their styles ("Chương I", "Điều 1.", "2.1.", "a)"),
    which LibreOffice numbers by its outline (``text:outline-style``): counted as it counts
    them (deeper levels again under each), as in the package and in its flat form, and as
    the DOCX they were saved from reads."""
    docx_path = tmp_path / "quy che.docx"
    fixture_script("make_outline_fixtures").outlined(docx_path)
    docx_text = load(docx_path).text
    assert [line for line in docx_text.split("\n") if line][1:] == _OUTLINED
    odt = load(DATA / "outlined.odt")
    assert odt.text == docx_text
    assert load(_flat_of(DATA / "outlined.odt", tmp_path / "quy che.fodt")).text == docx_text
    assert odt.notes == ()


_OUTLINE_STYLES = (
    '<text:outline-style style:name="Outline">'
    '<text:outline-level-style text:level="1" style:num-prefix="Chương " style:num-format="I">'
    '<style:list-level-properties><style:list-level-label-alignment'
    ' text:label-followed-by="listtab"/></style:list-level-properties>'
    "</text:outline-level-style>"
    '<text:outline-level-style text:level="2" style:num-prefix="Điều " style:num-suffix="."'
    ' style:num-format="1" text:start-value="3"/>'
    '<text:outline-level-style text:level="3" style:num-suffix="." style:num-format="1"'
    ' text:display-levels="2"/>'
    '<text:outline-level-style text:level="4" style:num-suffix=")" style:num-format="a">'
    '<style:list-level-properties><style:list-level-label-alignment'
    ' text:label-followed-by="nothing"/></style:list-level-properties>'
    "</text:outline-level-style>"
    '<text:outline-level-style text:level="5" style:num-format="i" style:num-suffix="."/>'
    '<text:outline-level-style text:level="6" style:num-format=""/>'
    "</text:outline-style>"
    '<style:style style:name="H1" style:family="paragraph" style:default-outline-level="1"/>'
    '<style:style style:name="H2" style:family="paragraph" style:default-outline-level="2"/>'
    '<style:style style:name="Out" style:family="paragraph" style:default-outline-level="2"'
    ' style:list-style-name=""/>'
    '<style:style style:name="OutToo" style:family="paragraph" style:parent-style-name="Out"/>'
    '<style:style style:name="Own" style:family="paragraph" style:default-outline-level="2"'
    ' style:list-style-name="L1"/>'
    '<style:style style:name="In" style:family="paragraph" style:default-outline-level="2"'
    ' style:list-style-name="Outline"/>'
)


def test_outline_numbers_counted_as_libreoffice_counts_them(tmp_path: Path) -> None:
    """The outline's formats (I, 1, a, i), prefixes and suffixes, a level's start value,
    two levels shown ("3.1."), what follows the number ("nothing": none), deeper levels
    counted again under a higher one, a heading restarting the count or starting at a
    number, a list header's heading and one whose style (or the style it is based on)
    leaves the outline or names a list of its own neither numbered nor counted, one whose
    style names the outline counted, a level of no number format, and a heading in a
    numbered list numbered by its list only."""
    def h(text: str, level: int, style: str = "H2", extra: str = "") -> str:
        return (
            f'<text:h text:style-name="{style}" text:outline-level="{level}"{extra}>'
            f"{text}</text:h>"
        )

    body = (
        h("QUY ĐỊNH CHUNG", 1, "H1")
        + h("Phạm vi", 2)
        + h("Khoản một", 3)
        + h("Điểm một", 4)
        + h("Điểm hai", 4)
        + h("Tiết một", 5)
        + h("Không số", 6)
        + h("Tiêu đề danh sách", 2, extra=' text:is-list-header="true"')
        + h("Ngoài dàn ý", 2, "Out")
        + h("Cũng ngoài dàn ý", 2, "OutToo")
        + h("Danh sách riêng", 2, "Own")
        + h("Đối tượng", 2)
        + h("Khoản", 3)
        + h("Trong dàn ý", 2, "In")
        + "<text:p>Đoạn thường.</text:p>"
        + h("TỔ CHỨC THỰC HIỆN", 1, "H1")
        + h("Hiệu lực", 2)
        + h("Bắt đầu lại", 2, extra=' text:restart-numbering="true"')
        + h("Từ số mười", 2, extra=' text:start-value="10"')
        + h("Sau số mười", 2)
        + '<text:list text:style-name="L1"><text:list-item>'
        + h("Trong danh sách", 1, "H1")
        + "</text:list-item></text:list>"
        + h("Mặc định cấp 1", 0, "Standard").replace(' text:outline-level="0"', "")
    )
    path = write_odf(tmp_path / "qc.odt", body, styles=_OUTLINE_STYLES + _LIST_STYLE)
    assert [line for line in load(path).text.split("\n") if line] == [
        "Chương I QUY ĐỊNH CHUNG",
        "Điều 3. Phạm vi",
        "3.1. Khoản một",
        "a)Điểm một",
        "b)Điểm hai",
        "i. Tiết một",
        "Không số",
        "Tiêu đề danh sách",
        "Ngoài dàn ý",
        "Cũng ngoài dàn ý",
        "Danh sách riêng",
        "Điều 4. Đối tượng",
        "4.1. Khoản",
        "Điều 5. Trong dàn ý",
        "Đoạn thường.",
        "Chương II TỔ CHỨC THỰC HIỆN",
        "Điều 3. Hiệu lực",
        "Điều 3. Bắt đầu lại",
        "Điều 10. Từ số mười",
        "Điều 11. Sau số mười",
        "Điều 1. Trong danh sách",
        "Chương III Mặc định cấp 1",
    ]


def test_many_headings_and_odd_outline_levels_are_counted_in_linear_time(tmp_path: Path) -> None:
    """Levels out of range (0, 99) read at the nearest level, those not a number (-1, "x",
    none) at the style's; 20,000 headings are counted in a walk."""
    odd = "".join(
        f'<text:h text:style-name="H2" text:outline-level="{level}">Mục</text:h>'
        for level in ("0", "99", "-1", "x", "")
    )
    many = '<text:h text:style-name="H2" text:outline-level="2">Điều</text:h>' * 20_000
    path = write_odf(tmp_path / "qc.odt", odd + many, styles=_OUTLINE_STYLES)
    started = time.perf_counter()
    lines = [line for line in load(path).text.split("\n") if line]
    assert time.perf_counter() - started < 5
    # 0 as 1; 99 as the last level (no number format); -1, "x" and none as the style's (2)
    assert lines[:5] == ["Chương I Mục", "Mục", "Điều 3. Mục", "Điều 4. Mục", "Điều 5. Mục"]
    assert lines[-1] == "Điều 20005. Điều"


def test_tracked_changes_hidden_text_and_conditions_in_built_markup(tmp_path: Path) -> None:
    body = (
        "<text:tracked-changes><text:changed-region text:id='c1'><text:deletion>"
        "<office:change-info><dc:creator>A</dc:creator></office:change-info>"
        "<text:p>chưa hoàn thành </text:p></text:deletion></text:changed-region>"
        "<text:changed-region text:id='c2'><text:insertion/></text:changed-region>"
        "<text:changed-region text:id='c3'><text:deletion/></text:changed-region>"
        "<text:changed-region text:id='c4'><text:deletion/></text:changed-region>"
        "</text:tracked-changes>"
        "<text:p>Sở đã <text:change-start text:change-id='c2'/>hoàn thành 12 nhiệm vụ "
        "<text:change-end text:change-id='c2'/><text:change text:change-id='c1'/>đúng hạn"
        # a deletion whose text LibreOffice left in the body (as its flat files have it)
        "<text:change-start text:change-id='c3'/> <text:span>VÀ ĐÃ XÓA</text:span><text:note>"
        "<text:note-body><text:p>GHI CHÚ ĐÃ XÓA</text:p></text:note-body></text:note>"
        "<text:change-end text:change-id='c3'/>.</text:p>"
        # one across paragraphs, and a table between them
        "<text:p>Giữ.<text:change-start text:change-id='c4'/> XÓA 1</text:p><text:p>XÓA 2"
        "</text:p><table:table><table:table-row><table:table-cell><text:p>XÓA 3</text:p>"
        "</table:table-cell></table:table-row></table:table><text:p>XÓA 4"
        "<text:change-end text:change-id='c4'/>Còn.</text:p>"
        "<text:p>Trong năm<text:hidden-text text:condition='ooow:1' text:string-value='BÍ MẬT'"
        " text:is-hidden='true'> BÍ MẬT</text:hidden-text><text:hidden-text "
        "text:condition='ooow:0' text:is-hidden='false'> 2022</text:hidden-text>,"
        " <text:span text:style-name='T1'>NHÁP </text:span>Sở đạt <text:conditional-text "
        "text:condition='ooow:1' text:string-value-if-true='82,67' "
        "text:string-value-if-false='0' text:current-value='true'>82,67</text:conditional-text>"
        " điểm.</text:p>"
        "<text:p><text:hidden-paragraph text:condition='ooow:1' text:is-hidden='true'/>"
        "ĐOẠN ẨN</text:p>"
        "<text:p text:style-name='P1'>ĐOẠN KIỂU ẨN</text:p>"
        "<text:section text:name='S1' text:display='none'><text:p>MỤC ẨN</text:p></text:section>"
        "<text:section text:name='S2'><text:p>Mục hiện.</text:p></text:section>"
    )
    automatic = (
        "<style:style style:name='T1' style:family='text'>"
        "<style:text-properties text:display='none'/></style:style>"
        "<style:style style:name='P1' style:family='paragraph' style:parent-style-name='An'/>"
    )
    styles = (
        "<style:style style:name='An' style:family='paragraph'>"
        "<style:text-properties text:display='none'/></style:style>"
    )
    path = write_odf(tmp_path / "x.odt", body, automatic=automatic, styles=styles)
    assert load(path).text == (
        "Sở đã hoàn thành 12 nhiệm vụ đúng hạn.\n\nGiữ.\n\nCòn.\n\n"
        "Trong năm 2022, Sở đạt 82,67 điểm.\n\nMục hiện."
    )


def test_notes_fields_and_inline_marks_in_built_markup(tmp_path: Path) -> None:
    body = (
        "<text:h text:outline-level='1'>I. <text:bookmark-start text:name='a'/>KẾT QUẢ"
        "<text:bookmark-end text:name='a'/></text:h>"
        "<text:p>Chỉ số đạt<text:s text:c='3'/>82,67 điểm<text:note text:id='n1' "
        "text:note-class='footnote'><text:note-citation>1</text:note-citation><text:note-body>"
        "<text:p>Theo Quyết định số 12/QĐ-UBND ngày 05/01/2022.</text:p></text:note-body>"
        "</text:note>, xếp thứ 8<text:note text:id='n2' text:note-class='endnote'>"
        "<text:note-citation>i</text:note-citation><text:note-body><text:p>Trên 20 sở.</text:p>"
        "</text:note-body></text:note>.<office:annotation><dc:creator>B</dc:creator>"
        "<text:p>GÓP Ý</text:p></office:annotation><text:soft-page-break/></text:p>"
        "<text:p>Trang <text:page-number text:select-page='current'>3</text:page-number>"
        "<text:tab/>ngày <text:date text:date-value='2022-02-03'>03/02/2022</text:date>"
        "<text:line-break/>Bảng <text:sequence text:name='Table'>2</text:sequence>, mục "
        "<text:chapter text:display='number'>II</text:chapter>, "
        "<text:user-field-get text:name='so'>45</text:user-field-get>, "
        "<text:a xlink:href='https://x.example'>Cổng</text:a> <text:ruby><text:ruby-base>"
        "Hán</text:ruby-base><text:ruby-text>han</text:ruby-text></text:ruby>"
        "<draw:frame draw:name='Ảnh'><draw:image xlink:href='Pictures/a.png'/>"
        "<svg:title>ẢNH</svg:title></draw:frame><draw:frame><draw:text-box><text:p>DẤU"
        "</text:p></draw:text-box></draw:frame><text:script>alert(1)</text:script></text:p>"
        "<text:list><text:list-item><text:number>1.</text:number><text:p>Việc một.</text:p>"
        "<text:list><text:list-item><text:p>Việc con.</text:p></text:list-item></text:list>"
        "</text:list-item><text:list-header><text:p>Đầu danh sách.</text:p></text:list-header>"
        "</text:list>"
    )
    doc = load(write_odf(tmp_path / "x.odt", body))
    assert doc.text == (
        "I. KẾT QUẢ\n\nChỉ số đạt 82,67 điểm, xếp thứ 8. (Theo Quyết định số 12/QĐ-UBND ngày "
        "05/01/2022). (Trên 20 sở).\n\n"
        "Trang 3 ngày 03/02/2022\nBảng 2, mục II, 45, Cổng Hán\n\n"
        "Việc một.\n\nViệc con.\n\nĐầu danh sách."
    )


def test_merged_nested_and_repeated_cells_in_built_markup(tmp_path: Path) -> None:
    body = (
        "<table:table><table:table-column table:number-columns-repeated='4'/>"
        "<table:table-header-rows><table:table-row><table:table-cell><text:p>STT</text:p>"
        "</table:table-cell><table:table-cell table:number-columns-spanned='2'><text:p>Hồ sơ"
        "</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>"
        "Ghi chú</text:p></table:table-cell></table:table-row></table:table-header-rows>"
        "<table:table-row><table:table-cell table:number-rows-spanned='3'><text:p>1</text:p>"
        "</table:table-cell><table:table-cell><text:p>12</text:p></table:table-cell>"
        "<table:table-cell><text:p>10</text:p></table:table-cell><table:table-cell>"
        "<table:table><table:table-row><table:table-cell><text:p>a</text:p></table:table-cell>"
        "<table:table-cell><text:p>b</text:p></table:table-cell></table:table-row></table:table>"
        "</table:table-cell></table:table-row>"
        "<table:table-row table:number-rows-repeated='2'><table:covered-table-cell/>"
        "<table:table-cell table:number-columns-repeated='3'><text:p>0<text:note>"
        "<text:note-body><text:p>Số tạm tính.</text:p></text:note-body>"
        "</text:note></text:p>"
        "</table:table-cell></table:table-row></table:table>"
    )
    text = load(write_odf(tmp_path / "x.odt", body)).text
    # (a repeated cell's note is read in each cell it fills, as its text is)
    assert text == (
        "STT | Hồ sơ | Ghi chú\n1 | 12 | 10 | a b\n"
        + "1 | 0 (Số tạm tính) | 0 (Số tạm tính) | 0 (Số tạm tính)\n" * 2
    ).rstrip("\n")


def test_a_vntimeh_style_gives_capitals_and_the_old_font_is_converted(tmp_path: Path) -> None:
    """A paragraph style in ``.VnTimeH`` (named by its font face) draws its small letters as
    capitals; a span in ``.VnTime`` inside it does not; TCVN3 is converted afterwards."""
    old = fixture_script("make_doc_fixtures")._old
    body = (
        f"<text:p text:style-name='Tieu_de'>{old('quyết định')}</text:p>"
        f"<text:p text:style-name='P2'>{old('ubnd tỉnh hòa an')} "
        f"<text:span text:style-name='T1'>{old('(bản chính)')}</text:span></text:p>"
        f"<text:p>{old('Về việc ban hành Quy chế văn hóa công sở')}</text:p>"
    )
    faces = (
        "<office:font-face-decls><style:font-face style:name='VnH' "
        "svg:font-family='&apos;.VnTimeH&apos;'/><style:font-face style:name='.VnTime' "
        "svg:font-family='.VnTime'/></office:font-face-decls>"
    )
    automatic = (
        "<style:style style:name='P2' style:family='paragraph' style:parent-style-name="
        "'Tieu_de'/><style:style style:name='T1' style:family='text'>"
        "<style:text-properties style:font-name='.VnTime'/></style:style>"
    )
    styles = (
        "<style:style style:name='Tieu_de' style:family='paragraph'>"
        "<style:text-properties style:font-name='VnH'/></style:style>"
    )
    path = write_odf(tmp_path / "old.odt", body, automatic=automatic, styles=styles)
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["styles.xml"] = members["styles.xml"].replace(
        b"<office:styles>", faces.encode() + b"<office:styles>"
    )
    with zipfile.ZipFile(path, "w") as zf:
        for n, data in members.items():
            zf.writestr(n, data)
    doc = load(path)
    assert doc.text == (
        "QUYẾT ĐỊNH\n\nUBND TỈNH HÒA AN (bản chính)\n\nVề việc ban hành Quy chế văn hóa công sở"
    )
    assert doc.notes[0].startswith("typed in an old Vietnamese font: 3 lines in TCVN3")


@pytest.mark.parametrize("name", ["annex.ods", "annex_vi.ods"])
def test_an_ods_annex_reads_as_its_xlsx_whatever_the_locale_it_was_saved_in(
    tmp_path: Path, name: str
) -> None:
    """Numbers come from the cell's value in its format, the Vietnamese way, as in an XLSX:
    the cell's own text is in the saving computer's locale ("1,234" in an English one)."""
    xlsx = tmp_path / "annex.xlsx"
    fixture_script("make_doc_fixtures").annex(xlsx)
    doc = load(DATA / name)
    assert doc.encoding == "ods"
    lines = doc.text.split("\n")
    assert lines[0] == "Phu luc 1"
    assert lines[1:8] == ANNEX_LINES
    assert "| Tổng cộng | 13335" in lines  # the formula's value, as LibreOffice saved it
    assert "Số liệu tính đến ngày | | 10/12/2022" in lines
    assert "BẢN NHÁP" not in doc.text  # a hidden sheet
    assert doc.text.replace("| Tổng cộng | 13335", "| Tổng cộng") == load(xlsx).text
    with zipfile.ZipFile(DATA / name) as zf:
        shown = "1,234" if name == "annex.ods" else "1.234"
        assert f"<text:p>{shown}</text:p>".encode() in zf.read("content.xml")


def _sheet(rows: str, *, hidden: bool = False, name: str = "Bang") -> str:
    style = " table:style-name='ta2'" if hidden else ""
    return f"<table:table table:name='{name}'{style}>{rows}</table:table>"


SHEET_STYLES = (
    "<number:number-style style:name='N3'><number:number number:decimal-places='0' "
    "number:grouping='true'/></number:number-style><number:percentage-style style:name='N11'>"
    "<number:number number:decimal-places='1'/><number:text>%</number:text>"
    "</number:percentage-style><style:style style:name='ce1' style:family='table-cell' "
    "style:data-style-name='N3'/><style:style style:name='ce2' style:family='table-cell' "
    "style:data-style-name='N11'/><style:style style:name='ta2' style:family='table'>"
    "<style:table-properties table:display='false'/></style:style>"
)


def test_sheets_repeated_rows_and_columns_are_counted_not_expanded(tmp_path: Path) -> None:
    row = (
        "<table:table-row table:number-rows-repeated='2'><table:table-cell office:value-type="
        "'string'><office:annotation><text:p>GÓP Ý</text:p></office:annotation><text:p>"
        "Xã <text:s/>A</text:p></table:table-cell><table:table-cell "
        "table:style-name='ce1' office:value-type='float' office:value='1234567'><text:p>"
        "1,234,567</text:p></table:table-cell><table:table-cell table:style-name='ce2' "
        "office:value-type='percentage' office:value='0.5'><text:p>50.0%</text:p>"
        "</table:table-cell><table:table-cell office:value-type='boolean' "
        "office:boolean-value='true'><text:p>TRUE</text:p></table:table-cell>"
        "<table:table-cell table:number-columns-repeated='16380'/></table:table-row>"
    )
    empty = (
        "<table:table-row table:number-rows-repeated='1048570'>"
        "<table:table-cell table:number-columns-repeated='16384'/></table:table-row>"
    )
    body = (
        _sheet(
            "<table:table-column table:number-columns-repeated='16384'/>"
            # a hidden (collapsed) row is read, as an Excel one is by ``sheet.py``
            "<table:table-row table:visibility='collapse'><table:table-cell/>"
            "<table:table-cell><text:p>Tên</text:p>"
            f"</table:table-cell></table:table-row>{row}{empty}"
        )
        + _sheet("<table:table-row><table:table-cell><text:p>NHÁP</text:p></table:table-cell>"
                 "</table:table-row>", hidden=True, name="An")
    )
    path = write_odf(tmp_path / "x.ods", body, automatic=SHEET_STYLES, mimetype=SPREADSHEET)
    started = time.perf_counter()
    doc = load(path)
    assert time.perf_counter() - started < 2
    assert doc.text == "| Tên\nXã A | 1.234.567 | 50,0% | có\nXã A | 1.234.567 | 50,0% | có"


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        # as LibreOffice saves an XLSX's TRUE and FALSE (English: "TRUE"; Vietnamese: "ĐÚNG")
        ("table:formula='of:=TRUE()' office:value-type='float' office:value='1'", "có"),
        ("table:formula='of:=FALSE()' office:value-type='float' office:value='0'", "không"),
        # typed in LibreOffice: a number in a boolean format
        ("table:style-name='ceB' office:value-type='float' office:value='1'", "có"),
        ("office:value-type='boolean' office:boolean-value='false'", "không"),
        # near misses: a number, a formula of another value
        ("office:value-type='float' office:value='1'", "1"),
        ("table:formula='of:=TRUE()+1' office:value-type='float' office:value='2'", "2"),
    ],
)
def test_truth_values_read_as_an_excel_workbook_s_whatever_the_locale(
    tmp_path: Path, cell: str, shown: str
) -> None:
    """A truth value reads "có"/"không", as the XLSX LibreOffice saved it from does
    (``sheet.shown``), not the 1 or 0 it is saved as, nor the English "TRUE" it shows."""
    styles = (
        "<number:boolean-style style:name='NB'><number:boolean/></number:boolean-style>"
        "<style:style style:name='ceB' style:family='table-cell' style:data-style-name='NB'/>"
    )
    row = (
        "<table:table-row><table:table-cell><text:p>Xong</text:p></table:table-cell>"
        f"<table:table-cell {cell}><text:p>TRUE</text:p></table:table-cell></table:table-row>"
    )
    path = write_odf(tmp_path / "x.ods", _sheet(row), automatic=styles, mimetype=SPREADSHEET)
    assert load(path).text == f"Xong | {shown}"


def test_a_sheet_past_max_rows_says_so(tmp_path: Path) -> None:
    rows = (
        "<table:table-row table:number-rows-repeated='1000000'><table:table-cell "
        "office:value-type='float' office:value='7'><text:p>7</text:p></table:table-cell>"
        "</table:table-row>"
    )
    path = write_odf(tmp_path / "x.ods", _sheet(rows), mimetype=SPREADSHEET)
    lines = load(path).text.split("\n")
    assert len(lines) == MAX_ROWS + 1
    assert lines[-1] == f"(… the sheet goes on past {MAX_ROWS:,} rows, not read)"


def _flat(mimetype: str, body: str, what: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {NS} office:version="1.3" '
        f'office:mimetype="{mimetype}"><office:body><office:{what}>{body}</office:{what}>'
        "</office:body></office:document>"
    )


def test_flat_opendocument_files_are_read(tmp_path: Path) -> None:
    text = tmp_path / "qd.fodt"
    text.write_text(_flat(TEXT, HEADER, "text"), encoding="utf-8")
    assert load(text).identity.ident == "17/QĐ-SNV"
    sheet = tmp_path / "pl.fods"
    sheet.write_text(
        _flat(SPREADSHEET, _sheet("<table:table-row><table:table-cell><text:p>Phụ lục"
                                  "</text:p></table:table-cell></table:table-row>"),
              "spreadsheet"),
        encoding="utf-8",
    )
    assert load(sheet).text == "Phụ lục"


def test_a_package_is_read_by_what_it_is_whatever_its_name(tmp_path: Path) -> None:
    sheet = shutil.copy(DATA / "annex.ods", tmp_path / "phu luc.odt")
    read = load(Path(sheet))
    assert read.text.split("\n")[1:8] == ANNEX_LINES
    assert "the .odt file is a .ods: read as one" in read.notes
    text = shutil.copy(DATA / "decision.odt", tmp_path / "qd.ods")
    read = load(Path(text))
    assert read.identity.ident == "125/QĐ-SNV"
    assert "the .ods file is a .odt: read as one" in read.notes
    docx_path = tmp_path / "qd.docx"
    fixture_script("make_doc_fixtures").decision(docx_path)
    read = load(Path(shutil.copy(docx_path, tmp_path / "qd.odt")))
    assert read.identity.ident == "125/QĐ-SNV"
    assert "the .odt file is a .docx: read as one" in read.notes
    no_mimetype = write_odf(tmp_path / "bare.odt", HEADER, mimetype=None)
    assert load(no_mimetype).identity.ident == "17/QĐ-SNV"


def _refusal(tmp_path: Path, case: str) -> Path:
    """A bad file of the kind ``case`` names."""
    path = tmp_path / ("bad.ods" if case in ("xlsx", "truncated-ods") else "bad.odt")
    if case == "not-zip":
        path.write_bytes(b"Quyet dinh so 12")
    elif case == "empty":
        path.write_bytes(b"")
    elif case in ("truncated", "truncated-ods"):
        source = DATA / ("annex.ods" if case == "truncated-ods" else "letter.odt")
        path.write_bytes(source.read_bytes()[:4000])
    elif case == "corrupt-member":  # content.xml's compressed bytes damaged
        data = bytearray((DATA / "letter.odt").read_bytes())
        with zipfile.ZipFile(DATA / "letter.odt") as zf:
            info = zf.getinfo("content.xml")
        start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 50
        data[start : start + 100] = bytes(b ^ 0x55 for b in data[start : start + 100])
        path.write_bytes(bytes(data))
    elif case == "no-content":
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("mimetype", TEXT)
    elif case == "damaged-xml":
        write_odf(path, "<text:p>Số: 12/QĐ-SNV</text:p><text:p>")
    elif case == "entities":
        write_odf(path, "<text:p>x</text:p>")
        with zipfile.ZipFile(path) as zf:
            members = {n: zf.read(n) for n in zf.namelist()}
        members["content.xml"] = (
            b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;&b;&b;</d>'
        )
        with zipfile.ZipFile(path, "w") as zf:
            for n, data in members.items():
                zf.writestr(n, data)
    elif case == "encrypted":
        shutil.copy(DATA / "encrypted.odt", path)
    elif case == "presentation":
        write_odf(path, "", mimetype="application/vnd.oasis.opendocument.presentation")
    elif case == "xlsx":
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("xl/workbook.xml", "<workbook/>")
    elif case == "bomb":
        write_zip_bomb(path, megabytes=300)
    elif case == "deep":
        write_odf(path, "<text:p>" + "<text:span>" * 300 + "x" + "</text:span>" * 300 + "</text:p>")
    elif case == "xml-not-odf":  # (a web page under an .odt name is read as one)
        path.write_text('<?xml version="1.0"?><ho-so><so>12</so></ho-so>', encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("case", "message", "vietnamese"),
    [
        ("not-zip", r"is not an OpenDocument \(\.odt\) file", "không phải tệp OpenDocument"),
        ("empty", r"is not an OpenDocument \(\.odt\) file", "không phải tệp OpenDocument"),
        ("xml-not-odf", "is not an OpenDocument .*not a flat", "không phải tệp OpenDocument"),
        ("truncated", "is a damaged OpenDocument file .*cut short", "tệp OpenDocument bị hỏng"),
        ("truncated-ods", "is a damaged OpenDocument file", "tệp OpenDocument bị hỏng"),
        ("corrupt-member", "is a damaged OpenDocument file", "tệp OpenDocument bị hỏng"),
        ("no-content", "holds no content.xml", "không phải tệp OpenDocument"),
        ("damaged-xml", "is a damaged OpenDocument file", "tệp OpenDocument bị hỏng"),
        ("entities", "is a damaged OpenDocument file .*DTD", "tệp OpenDocument bị hỏng"),
        ("deep", "is a damaged OpenDocument file .*depth", "tệp OpenDocument bị hỏng"),
        ("encrypted", "is password-protected: save an unprotected copy", "có đặt mật khẩu"),
        ("presentation", "is an OpenDocument presentation, not a text", "không phải văn bản"),
        # (a workbook is read as one whatever its name: this one is damaged)
        ("xlsx", r"is not a readable Excel workbook", "không đọc được tệp Excel"),
        ("bomb", "looks like a zip bomb", "zip bomb"),
    ],
)
def test_bad_opendocument_files_are_refused_saying_what_to_do(
    tmp_path: Path, case: str, message: str, vietnamese: str
) -> None:
    path = _refusal(tmp_path, case)
    started = time.perf_counter()
    with pytest.raises(LoadError, match=message) as raised:
        load(path)
    assert time.perf_counter() - started < 5
    said = load_failure(str(raised.value))
    assert said.startswith(f"{path.name}: ")
    assert vietnamese in said or vietnamese == "zip bomb"


def test_nesting_within_the_parser_s_limit_and_a_big_picture_are_read(tmp_path: Path) -> None:
    nested = "<text:span>" * 200 + "Số: 12/QĐ-SNV" + "</text:span>" * 200
    picture = bytes(range(256)) * (8 * 2**12)  # 8 MB that do not compress
    path = write_odf(
        tmp_path / "x.odt",
        f"<text:p>{nested}</text:p><text:p><draw:frame><draw:image xlink:href='Pictures/p.png'/>"
        "</draw:frame>Hết.</text:p>",
        extra={"Pictures/p.png": picture},
    )
    started = time.perf_counter()
    assert load(path).text == "Số: 12/QĐ-SNV\n\nHết."
    assert time.perf_counter() - started < 2


def test_package_kind_reads_the_mimetype_or_the_flat_root(tmp_path: Path) -> None:
    assert odf.package_kind(DATA / "letter.odt") == ".odt"
    assert odf.package_kind(DATA / "annex.ods") == ".ods"
    flat = tmp_path / "x.fods"
    flat.write_text(_flat(SPREADSHEET, "", "spreadsheet"), encoding="utf-8")
    assert odf.package_kind(flat) == ".ods"
    assert odf.package_kind(_refusal(tmp_path, "not-zip")) is None


def test_an_archive_of_opendocument_files_is_ingested(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("decision.odt", "annex_vi.ods"):
        shutil.copy(DATA / name, corpus / name)
    settings = Settings(corpus=corpus, index=tmp_path / "indexes")
    report = Indexer(settings).ingest([corpus])
    assert not report.failed
    assert sorted(report.added) == ["annex_vi.ods", "decision.odt"]
    before = {p: p.read_bytes() for p in corpus.iterdir()}
    again = Indexer(settings).ingest([corpus])
    assert sorted(again.unchanged) == ["annex_vi.ods", "decision.odt"]
    assert {p: p.read_bytes() for p in corpus.iterdir()} == before


def test_repeated_rows_and_cells_cannot_blow_up_a_document(tmp_path: Path) -> None:
    """A few hundred bytes can declare a million cells of text: a text document's tables
    add at most 100,000 cells by repeating, a workbook gives at most ``MAX_CELLS``."""
    row = (
        "<table:table-row table:number-rows-repeated='1000'><table:table-cell "
        "table:number-columns-repeated='1000'><text:p>x</text:p></table:table-cell>"
        "</table:table-row>"
    )
    text_path = write_odf(tmp_path / "x.odt", f"<table:table>{row}</table:table>" * 200)
    sheet_path = write_odf(
        tmp_path / "x.ods",
        "".join(
            _sheet(row.replace("'1000'", "'20000'", 1).replace("'1000'", "'1024'"), name=f"S{n}")
            for n in range(50)
        ),
        mimetype=SPREADSHEET,
    )
    started = time.perf_counter()
    text = load(text_path).text
    assert text.count("x") < 400_000
    sheet = load(sheet_path).text
    assert time.perf_counter() - started < 20
    assert ods.MAX_CELLS <= sheet.count("x") < ods.MAX_CELLS + 1024
    assert sheet.endswith(f"\n(… the workbook goes on past {ods.MAX_CELLS:,} cells, not read)")
