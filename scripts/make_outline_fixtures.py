"""Write ``tests/ingest/data/outlined.odt``: rules whose chapters, articles,
clauses and points are headings numbered by Word's numbering linked to the heading styles
("Chương I", "Điều 1.", "2.1.", "a)"), saved by LibreOffice, which numbers them by its outline
(chapter) numbering (``text:outline-style``). A fictional document of tỉnh Hòa An, marked as a
sample. The test builds the DOCX again (``outlined``) and compares the two readings (and
makes the flat ``.fodt`` of the package's parts).

The tests read the committed files: CI has no LibreOffice. Run again only to change them:

    python scripts/make_outline_fixtures.py
    # needs soffice (Debian: libreoffice-writer-nogui)
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import docx
from docx.oxml import parse_xml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
import make_doc_fixtures as word  # noqa: E402
import make_odf_fixtures as odf  # noqa: E402

OUT = REPO / "tests" / "ingest" / "data"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Heading 1–4 numbered by one list: chapters in capital romans, articles, clauses showing the
# article's number ("2.1."), points in letters; a space after each number.
_LEVELS = (
    ("upperRoman", "Chương %1"),
    ("decimal", "Điều %2."),
    ("decimal", "%2.%3."),
    ("lowerLetter", "%4)"),
)
_NUMBERING = (
    f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="9">'
    '<w:multiLevelType w:val="multilevel"/>'
    + "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:pStyle w:val="Heading{i + 1}"/><w:lvlText w:val="{text}"/>'
        '<w:suff w:val="space"/></w:lvl>'
        for i, (fmt, text) in enumerate(_LEVELS)
    )
    + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="9"/></w:num></w:numbering>'
)


def outlined(path: Path) -> None:
    """Rules numbered by their heading styles: two chapters, articles under each (counted
    again in the second, as LibreOffice's outline counts), clauses and points."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for child in parse_xml(_NUMBERING):
        numbering.append(child)
    for level in range(len(_LEVELS)):
        document.styles[f"Heading {level + 1}"].element.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>'
            )
        )
    document.add_paragraph(word.MARK)
    document.add_paragraph("QUY CHẾ LÀM VIỆC CỦA SỞ NỘI VỤ TỈNH HÒA AN")
    for text, level in (
        ("QUY ĐỊNH CHUNG", 1),
        ("Phạm vi điều chỉnh", 2),
        ("Quy chế này quy định nguyên tắc, chế độ làm việc của Sở.", 0),
        ("Đối tượng áp dụng", 2),
        ("Công chức", 3),
        ("Lãnh đạo Sở", 4),
        ("Công chức các phòng", 4),
        ("Người lao động", 3),
        ("TỔ CHỨC THỰC HIỆN", 1),
        ("Hiệu lực thi hành", 2),
        ("Quy chế có hiệu lực từ ngày ký.", 0),
    ):
        if level:
            document.add_heading(text, level)
        else:
            document.add_paragraph(text)
    document.save(str(path))


def main() -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice not found: install LibreOffice (Debian: libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "outlined.docx"
        outlined(source)
        profile = odf._profile(folder, "en-US")  # (no thumbnail)
        odf._soffice(soffice, profile, "--convert-to", "odt", "--outdir", str(OUT), str(source))
    path = OUT / "outlined.odt"
    print(path.relative_to(REPO), path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
