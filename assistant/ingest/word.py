"""DOCX loading with python-docx: paragraphs and tables in reading order.

The module is not called ``docx.py`` so that it can never shadow python-docx.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import docx
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from assistant.errors import LoadError
from assistant.ingest.legacy import convert_legacy
from assistant.ingest.notes import inline_note, notes_last
from assistant.ingest.word_numbering import labels
from assistant.ingest.word_styles import style_chain, toggle_on

# A DOCX is mostly XML, which compresses about 5-20 times; far more is a zip bomb.
MAX_RATIO = 100
# Any member or archive may expand to this many times the file-size limit, no more.
EXPANSION_FACTOR = 4
_MB = 2**20
# A header or signature table: the Quốc hiệu, the Tiêu ngữ, a "Số:" cell or "Nơi nhận:".
_LAYOUT = re.compile(
    r"CỘNG\s+H[OÒ]A\s+X[ÃA]\s+HỘI\s+CHỦ\s+NGHĨA|Độc\s+lập\s*[-–—]\s*Tự\s+do"
    r"|^\s*Số\s*[:.]\s*\d*\s*/|^\s*Nơi\s+nhận\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_LAYOUT_ROWS = 4
_LAYOUT_COLUMNS = 3
# What a paragraph shows: text, and the characters its breaks and tabs stand for (None: the
# element's own text). What it does not: deleted or moved-away runs (tracked changes), a text
# box's paragraphs (read apart, if at all), the fallback copy of a drawing.
_SHOWN: dict[str, str | None] = {
    qn("w:t"): None,
    qn("w:tab"): "\t",
    qn("w:br"): "\n",
    qn("w:cr"): "\n",
    qn("w:noBreakHyphen"): "-",
    # kept (normalising drops it): TCVN3's "ư" is the soft hyphen's code
    qn("w:softHyphen"): "\u00ad",
}
_HIDDEN = frozenset(
    {
        qn("w:del"),
        qn("w:moveFrom"),
        qn("w:txbxContent"),
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
    }
)


def check_zip(
    path: Path, name: str, *, max_bytes: int, kind: str = ".docx", app: str = "Word"
) -> None:
    """Refuse a zip that is not one, or that would expand far beyond its size.

    Args:
        path: the .docx (or .xlsx) file.
        name: how to name the file in messages.
        max_bytes: the file-size limit; the unzipped total may be a few times it.
        kind, app: the file's suffix and the program that writes it, for messages.

    Raises:
        LoadError: not a zip, or a zip bomb (huge total or compression ratio).
    """
    if not zipfile.is_zipfile(path):
        raise LoadError(
            name,
            f"is not a {kind} ({app} 2007 or later) file: open it in {app} or LibreOffice "
            f"and save it as {kind}",
        )
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise LoadError(name, f"is a damaged {kind} ({exc}): open and re-save it in {app}") from exc
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    limit = EXPANSION_FACTOR * max_bytes
    worst = max((i.file_size / max(i.compress_size, 1) for i in infos), default=0.0)
    if total > limit or (total > 10 * _MB and worst > MAX_RATIO):
        raise LoadError(
            name,
            f"expands to {total / _MB:.0f} MB when unzipped ({total / packed:.0f}:1 "
            f"compression; the limit is {limit / _MB:.0f} MB): it looks like a zip bomb; "
            f"if it is a genuine document, open and re-save it in {app}",
        )


def _blocks(parent: DocxDocument, element: object) -> Iterator[Paragraph | Table]:
    """Paragraphs and tables under ``element`` in document order (content controls opened)."""
    for child in element.iterchildren():  # type: ignore[attr-defined]
        if child.tag == qn("w:p"):
            yield Paragraph(child, parent)
        elif child.tag == qn("w:tbl"):
            yield Table(child, parent)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(parent, content)


def _text(paragraph: Paragraph) -> str:
    """A paragraph's text as Word shows it with its tracked changes accepted: inserted and
    moved-in runs read, deleted and moved-away ones not (python-docx's ``text`` skips the
    runs inside ``w:ins``); a line break a new line; fields' results, not their codes."""
    parts = []
    capitals = capital_font(_style_font(paragraph))
    hidden = _style_hidden(paragraph.part, paragraph._p.style)
    label = _LABELS.get(paragraph.part, {}).get(paragraph._p, "")
    notes = _NOTE_TEXTS.get(paragraph.part, {})
    for element in paragraph._p.iter(*_SHOWN, *_REFERENCES):
        ancestors = list(_ancestors(element, paragraph._p))
        if any(a.tag in _HIDDEN for a in ancestors):
            continue
        run = next((a for a in ancestors if a.tag == qn("w:r")), None)
        if _run_hidden(run, paragraph.part, hidden) if run is not None else hidden:
            continue  # hidden text (w:vanish): not shown, not printed
        if element.tag in _REFERENCES:
            # a footnote's or endnote's mark: the note, in brackets (``notes``)
            parts.append(notes.get((_REFERENCES[element.tag], element.get(qn("w:id"))), ""))
            continue
        shown = _SHOWN[element.tag]
        text = element.text or "" if shown is None else shown
        font = _run_font(run) if run is not None else None
        if capital_font(font) if font else capitals:
            text = text.translate(_ASCII_CAPITALS)
        parts.append(text)
    # (the notes marked in it at its end: ``notes``)
    text = notes_last("".join(parts))
    # Word's automatic number ("1.", "a)", "Điều 3."), which the text itself does not hold
    return label + text if label and text.strip() else text


# An old TCVN3 font that draws every letter as a capital (.VnTimeH, .VnArialH): the
# letters typed in it are read as capitals (their codes are converted in ``legacy``).
_ASCII_CAPITALS = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def capital_font(name: str | None) -> bool:
    """Whether ``name`` is an old TCVN3 font of capitals (``.VnTimeH``, ``.VnArialH``)."""
    return name is not None and name.startswith(".Vn") and name.endswith("H")


def _run_font(run: Any) -> str | None:
    """The font a run names itself (``w:rFonts``), if any."""
    fonts = run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    if fonts is None:
        return None
    return fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi"))


def _run_hidden(run: Any, part: Any, paragraph_hidden: bool) -> bool:
    """Whether a run is hidden text: by its own ``w:vanish``, else its character style's,
    else its paragraph style's."""
    vanish = run.find(_VANISH)
    if vanish is not None:
        return toggle_on(vanish)
    style = run.find(f"{qn('w:rPr')}/{qn('w:rStyle')}")
    if style is not None and _style_hidden(part, style.get(qn("w:val"))):
        return True
    return paragraph_hidden


# Hidden text, said by a run or a style.
_VANISH = f"{qn('w:rPr')}/{qn('w:vanish')}"
# A document's styles' hidden text, by style id (looking a style up is slow).
_STYLE_HIDDEN: WeakKeyDictionary[Any, dict[str | None, bool]] = WeakKeyDictionary()


def _style_hidden(part: Any, style_id: str | None) -> bool:
    """Whether the style ``style_id``, or one it is based on, hides its text."""
    if style_id is None:
        return False
    hidden = _STYLE_HIDDEN.setdefault(part, {})
    if style_id not in hidden:
        try:
            styles = part.styles.element
        except (AttributeError, KeyError, ValueError):
            return False
        chain = style_chain(styles, style_id)
        vanish = next((v for s in chain if (v := s.find(_VANISH)) is not None), None)
        hidden[style_id] = vanish is not None and toggle_on(vanish)
    return hidden[style_id]


# A document's paragraph styles' fonts, by style id (looking a style up is slow).
_STYLE_FONTS: WeakKeyDictionary[Any, dict[str | None, str | None]] = WeakKeyDictionary()


def _style_font(paragraph: Paragraph) -> str | None:
    """The font of the paragraph's style, or of the style it is based on."""
    fonts = _STYLE_FONTS.setdefault(paragraph.part, {})
    key = paragraph._p.style
    if key not in fonts:
        fonts[key] = None
        try:
            style = paragraph.style
        except (KeyError, ValueError):
            style = None
        while style is not None:
            if style.font.name:
                fonts[key] = str(style.font.name)
                break
            style = style.base_style
    return fonts[key]


def _ancestors(element: object, top: object) -> Iterator[Any]:
    """``element``'s ancestors up to ``top`` (not included)."""
    parent = element.getparent()  # type: ignore[attr-defined]
    while parent is not None and parent is not top:
        yield parent
        parent = parent.getparent()


def _cell_paragraphs(cell: _Cell) -> list[str]:
    """A cell's paragraphs' text, a table nested in it read into it row by row, cell by
    cell (python-docx's ``paragraphs`` leaves a nested table out), as a ``.doc``, an RTF and
    an OpenDocument file are read."""
    return _tc_paragraphs(cell._tc, cell)


def _tc_paragraphs(tc: Any, cell: _Cell) -> list[str]:
    out = []
    for child in tc.iterchildren():
        if child.tag == qn("w:p"):
            out.append(_text(Paragraph(child, cell)))
        elif child.tag == qn("w:tbl"):
            for row in child.iterchildren(qn("w:tr")):
                for inner in row.iterchildren(qn("w:tc")):
                    out += _tc_paragraphs(inner, cell)
    return out


def _cell_text(cell: _Cell) -> str:
    return "\n".join(_cell_paragraphs(cell))


def _table_lines(table: Table) -> list[str]:
    """One line per row: the cells' text joined by `` | `` (merged cells once); a table
    laying out a header or a signature block is read column by column instead."""
    if _is_layout(table):
        return _layout_lines(table)
    lines = []
    for row in table.rows:
        seen: list[object] = []
        cells = []
        for cell in row.cells:
            if any(cell._tc is s for s in seen):  # a merged cell repeats across the span
                continue
            seen.append(cell._tc)
            cells.append(" ".join(_cell_text(cell).split()))
        if any(cells):
            lines.append(" | ".join(cells))
    return lines


def _is_layout(table: Table) -> bool:
    """Whether ``table`` lays out a header or a signature block, as Word documents do
    (Nghị định 30/2020/NĐ-CP, Phụ lục I): a borderless table of a few rows, the issuer and
    ``Số:`` in one column beside the Quốc hiệu and the date, or "Nơi nhận:" beside the signer."""
    rows = table.rows
    return looks_laid_out(
        len(rows), len(table.columns), (_cell_text(cell) for row in rows for cell in row.cells)
    )


def looks_laid_out(rows: int, columns: int, cells: Iterable[str]) -> bool:
    """A table of a few rows and columns with a cell of a header or a signature block (read
    as Unicode: a header typed in an old font, "CéNG HOµ X· HéI", is one too)."""
    if not rows or rows > _LAYOUT_ROWS or columns > _LAYOUT_COLUMNS:
        return False
    return any(_LAYOUT.search(text) or _LAYOUT.search(convert_legacy(text)[0]) for text in cells)


def _layout_lines(table: Table) -> list[str]:
    """A layout table's text as its reader reads it: each column top to bottom, left column
    first, a line per paragraph of a cell (merged cells once)."""
    seen: list[object] = []
    lines = []
    for column in range(len(table.columns)):
        for row in table.rows:
            cells = row.cells
            if column >= len(cells) or any(cells[column]._tc is s for s in seen):
                continue
            seen.append(cells[column]._tc)
            for paragraph in _cell_paragraphs(cells[column]):
                for part in paragraph.split("\n"):  # a line break within a paragraph
                    line = " ".join(part.split())
                    if line:
                        lines.append(line)
    return lines


def read_docx(path: Path, name: str, *, max_bytes: int) -> str:
    """The text of a DOCX body: a paragraph per block, a line per table row.

    Args:
        path: the .docx file.
        name: how to name the file in messages.
        max_bytes: the file-size limit, used to bound the unzipped size.

    Returns:
        The text, blocks separated by blank lines (not yet normalised).

    Raises:
        LoadError: not a .docx, a damaged one, or a zip bomb.
    """
    check_zip(path, name, max_bytes=max_bytes)
    try:
        document = docx.Document(str(path))
        _LABELS[document.part] = _list_labels(document)
        notes = _notes(document)
        _NOTE_TEXTS[document.part] = {key: inline_note(texts) for key, texts in notes.items()}
        blocks = []
        for block in _blocks(document, document.element.body):
            if isinstance(block, Table):
                blocks.append("\n".join(_table_lines(block)))
            else:
                blocks.append(_text(block))
        # a note no mark of the body refers to: after the text, a paragraph each
        marked = {
            (_REFERENCES[mark.tag], mark.get(qn("w:id")))
            for mark in document.element.body.iter(*_REFERENCES)
        }
        blocks += [text for key, texts in notes.items() if key not in marked for text in texts]
    except OSError:
        raise
    # python-docx raises KeyError, ValueError or lxml errors on damaged packages.
    except Exception as exc:
        raise LoadError(
            name, f"is not a readable Word document ({exc}): open and re-save it as .docx"
        ) from exc
    return "\n\n".join(b for b in blocks if b.strip())


# A document's paragraphs' automatic list numbers (``word_numbering.labels``), by part.
_LABELS: WeakKeyDictionary[Any, dict[Any, str]] = WeakKeyDictionary()


def _list_labels(document: DocxDocument) -> dict[Any, str]:
    """The automatic list number of each numbered paragraph of the body, tables included,
    counted in reading order (not a deleted paragraph's, nor a drawing's fallback copy)."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}
    body = document.element.body
    # (only a paragraph naming a list or a style can be numbered: the others are not read)
    paragraphs = (
        p
        for p in body.xpath("./descendant::w:p[w:pPr/w:numPr or w:pPr/w:pStyle]")
        if not any(a.tag in _HIDDEN for a in _ancestors(p, body))
    )
    return labels(paragraphs, numbering, document.styles.element)


# A document's notes: footnotes, then endnotes, each held at its mark (``notes``).
_NOTES = (("/word/footnotes.xml", "w:footnote"), ("/word/endnotes.xml", "w:endnote"))
# A note's mark in the body → the kind of note it refers to.
_REFERENCES = {qn("w:footnoteReference"): "w:footnote", qn("w:endnoteReference"): "w:endnote"}
# Each document's notes in brackets, by kind and id, for ``_text`` to read at their marks.
_NOTE_TEXTS: WeakKeyDictionary[Any, dict[tuple[str, str | None], str]] = WeakKeyDictionary()


def _notes(document: DocxDocument) -> dict[tuple[str, str | None], list[str]]:
    """Each footnote's, then each endnote's, paragraphs by kind and id (not the separators
    Word keeps among them)."""
    parts = {p.partname: p for p in document.part.package.iter_parts()}
    out: dict[tuple[str, str | None], list[str]] = {}
    for partname, tag in _NOTES:
        part = parts.get(partname)
        if part is None:
            continue
        root = parse_xml(part.blob)
        for note in root.iter(qn(tag)):
            if note.get(qn("w:type")) not in (None, "normal"):
                continue
            texts = [_text(Paragraph(p, document)) for p in note.iter(qn("w:p"))]
            out[(tag, note.get(qn("w:id")))] = [t for t in texts if t.strip()]
    return out


def grid_lines(rows: list[list[list[str]]]) -> list[str]:
    """A table given as rows of cells of paragraphs (a ``.doc``'s) as ``_table_lines`` reads
    a DOCX table: a line per row, cells joined by `` | ``, or a layout table column by column."""
    columns = max((len(row) for row in rows), default=0)
    if looks_laid_out(len(rows), columns, ("\n".join(c) for row in rows for c in row)):
        lines = []
        for column in range(columns):
            for row in rows:
                for paragraph in row[column] if column < len(row) else []:
                    for part in paragraph.split("\n"):
                        line = " ".join(part.split())
                        if line:
                            lines.append(line)
        return lines
    lines = []
    for row in rows:
        cells = [" ".join("\n".join(cell).split()) for cell in row]
        if any(cells):
            lines.append(" | ".join(cells))
    return lines
