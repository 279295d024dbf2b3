"""OpenDocument loading (ISO/IEC 26300: ``.odt`` text, ``.ods`` spreadsheets, and their flat
one-file forms ``.fodt``/``.fods``), the open formats Vietnam's state bodies must exchange
documents in and that LibreOffice saves by default.

A package is a zip whose ``content.xml`` holds the body and its automatic styles, and whose
``styles.xml`` holds the named styles (and the page headers and footers, which are not read,
as for a DOCX). The body is read as a DOCX body is (``word.py``): paragraphs and tables in
reading order, tracked changes accepted, hidden text out, a field's shown text, footnotes in
brackets after the paragraph marking them (``notes``); a spreadsheet as an Excel workbook is
(``ods.py``, with ``sheet.py``). The XML is parsed with no DTD, no entities and no network;
libxml2 refuses elements nested deeper than 256 (so the readers' recursion stays shallow) and
text nodes over 10 MB.
"""

from __future__ import annotations

import functools
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from assistant.errors import LoadError
from assistant.ingest.notes import inline_note, notes_last
from assistant.ingest.word import capital_font, check_zip, looks_laid_out
from assistant.ingest.word97 import Grid
from assistant.ingest.word_numbering import formatted_count

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
}


@functools.cache  # (called for every element read)
def q(name: str) -> str:
    """``text:p`` → ``{urn:…:text:1.0}p``."""
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


MIMETYPE = "application/vnd.oasis.opendocument."
# What each package kind is read as (a template as its document).
_KINDS = {
    "text": ".odt",
    "text-template": ".odt",
    "text-master": ".odt",
    "text-master-template": ".odt",
    "text-web": ".odt",
    "spreadsheet": ".ods",
    "spreadsheet-template": ".ods",
}
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True, remove_pis=True
)
# A repeated row or cell (``number-rows-repeated``) is expanded this many times at most in a
# text document's table: a real table holds no thousand identical rows.
_MAX_REPEAT = 1_000
# Cells a document's repeats may add, at most: a few hundred bytes of repeated rows would
# otherwise make gigabytes of text.
_MAX_COPIES = 100_000
_PARAGRAPHS = frozenset({q("text:p"), q("text:h")})
# List levels ODF defines.
_LIST_LEVELS = 10
# What an inline element shows that is not its text.
_CHARACTERS = {q("text:tab"): "\t", q("text:line-break"): "\n"}
# Inline elements whose content is not shown: a note's mark (its body is read after the text),
# a ruby's annotation, a comment, where a deletion was, drawings and text boxes (as a DOCX's
# are not read), and a hidden paragraph's field (the paragraph is left out whole).
_NOT_SHOWN = frozenset(
    {
        q("text:note-citation"),
        q("text:ruby-text"),
        q("office:annotation"),
        q("office:annotation-end"),
        q("text:change"),
        q("text:hidden-paragraph"),
        q("text:tracked-changes"),
        # a list item's number as last shown, not kept by every writer: counted from the
        # list's style instead (``Reader.read_list``)
        q("text:number"),
        q("text:script"),
        *(q(f"draw:{shape}") for shape in ("frame", "a", "g", "custom-shape", "rect", "ellipse")),
        *(q(f"draw:{shape}") for shape in ("line", "path", "polygon", "polyline", "connector")),
        *(q(f"draw:{shape}") for shape in ("circle", "caption", "measure", "control")),
    }
)
# Block elements holding no text of the document: declarations, an index's templates.
_NOT_BLOCKS = frozenset(
    {
        q("text:tracked-changes"),
        q("text:sequence-decls"),
        q("text:variable-decls"),
        q("text:user-field-decls"),
        q("text:dde-connection-decls"),
        q("office:forms"),
        q("table:table-column"),
        q("table:table-columns"),
        q("table:table-header-columns"),
        q("table:table-column-group"),
        q("text:soft-page-break"),
    }
)
_CHANGE_MARKS = frozenset({q("text:change-start"), q("text:change-end")})
ROW_GROUPS = frozenset(
    {q("table:table-header-rows"), q("table:table-rows"), q("table:table-row-group")}
)
CELLS = frozenset({q("table:table-cell"), q("table:covered-table-cell")})


@dataclass
class _Package:
    content: Any  # the root of content.xml (or of the flat file)
    styles: Any | None  # the root of styles.xml (the flat file's root again), if any
    kind: str  # ".odt" or ".ods"


def _refusal(name: str, suffix: str, reason: str = "") -> LoadError:
    return LoadError(
        name,
        f"is not an OpenDocument ({suffix}) file{reason}: open it in LibreOffice and save it "
        f"as {suffix}",
    )


def _damaged(name: str, suffix: str, exc: Exception) -> LoadError:
    return LoadError(
        name,
        f"is a damaged OpenDocument file ({exc}): open it in LibreOffice and save it again "
        f"as {suffix}",
    )


def _kind_of(mimetype: str, name: str) -> str:
    """``.odt`` or ``.ods`` for a package's MIME type; any other kind is refused."""
    what = mimetype.strip().removeprefix(MIMETYPE)
    if what in _KINDS:
        return _KINDS[what]
    shown_as = what.split("-")[0] if mimetype.startswith(MIMETYPE) else mimetype.strip()
    raise LoadError(
        name,
        f"is an OpenDocument {shown_as or 'file of no known kind'}, not a text document or a "
        "spreadsheet: open it in LibreOffice and export it as .pdf",
    )


def _parse(data: bytes, name: str, suffix: str) -> Any:
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise _damaged(name, suffix, exc) from exc
    if root.getroottree().docinfo.internalDTD is not None:  # none is ever written
        raise _damaged(name, suffix, ValueError("it declares a DTD"))
    return root


def is_flat(path: Path) -> bool:
    """Whether ``path`` begins as an XML file does (a flat ``.fodt``/``.fods``)."""
    with path.open("rb") as f:
        head = f.read(256).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<")


def package_kind(path: Path) -> str | None:
    """What an OpenDocument file holds, by its ``mimetype`` member (a flat file's root
    attribute): ``.odt`` or ``.ods``; ``.docx``/``.xlsx`` for an Office file under an ODF
    name; None when it cannot tell (the readers then say why)."""
    if zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
                if "mimetype" in names and zf.getinfo("mimetype").file_size < 256:
                    what = zf.read("mimetype").decode("ascii", "replace").strip()
                    return _KINDS.get(what.removeprefix(MIMETYPE))
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        if "word/document.xml" in names:
            return ".docx"
        return ".xlsx" if "xl/workbook.xml" in names else None
    if is_flat(path):
        with path.open("rb") as f:
            found = re.search(rb'office:mimetype="([^"]+)"', f.read(4096))
        if found:
            return _KINDS.get(found.group(1).decode("ascii", "replace").removeprefix(MIMETYPE))
    return None


def open_package(path: Path, name: str, *, max_bytes: int, suffix: str) -> _Package:
    """The package's parsed content and styles, or a refusal saying what to do."""
    if not zipfile.is_zipfile(path):
        with path.open("rb") as f:
            if f.read(4) == b"PK\x03\x04":  # a zip's first member, but no directory at the end
                raise _damaged(name, suffix, ValueError("the zip is cut short"))
        if not is_flat(path):
            raise _refusal(name, suffix)
        root = _parse(path.read_bytes(), name, suffix)
        if root.tag != q("office:document"):
            raise _refusal(name, suffix, " (an XML file, but not a flat OpenDocument one)")
        mimetype = root.get(q("office:mimetype")) or _by_body(root)
        return _Package(root, root, _kind_of(mimetype, name))
    app = "LibreOffice Calc" if suffix == ".ods" else "LibreOffice Writer"
    check_zip(path, name, max_bytes=max_bytes, kind=suffix, app=app)
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names or "xl/workbook.xml" in names:
                office = "a Word .docx" if "word/document.xml" in names else "an Excel .xlsx"
                raise LoadError(
                    name, f"is {office} file with a {suffix} name: rename it, then ingest it"
                )
            manifest = zf.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
            if b"encryption-data" in manifest:
                raise LoadError(
                    name, "is password-protected: save an unprotected copy and ingest that"
                )
            if "content.xml" not in names:
                raise _refusal(name, suffix, " (it holds no content.xml)")
            mimetype = zf.read("mimetype")[:256].decode("ascii", "replace") if (
                "mimetype" in names
            ) else ""
            content = _parse(zf.read("content.xml"), name, suffix)
            styles = _parse(zf.read("styles.xml"), name, suffix) if "styles.xml" in names else None
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
        raise _damaged(name, suffix, exc) from exc
    return _Package(content, styles, _kind_of(mimetype or _by_body(content), name))


def _by_body(root: Any) -> str:
    """The MIME type a package that does not say it (it need not) has by its body."""
    body = root.find(q("office:body"))
    spreadsheet = body is not None and body.find(q("office:spreadsheet")) is not None
    return MIMETYPE + ("spreadsheet" if spreadsheet else "text")


@dataclass
class _Style:
    parent: str | None = None
    font: str | None = None
    hidden: bool | None = None  # text:display="none" (True) or "true" (False)
    data_style: str | None = None
    sheet_hidden: bool = False  # table:display="false"
    # a paragraph style's list (``style:list-style-name``; "" takes a heading out of the
    # outline's numbering) and the outline level its headings have by default
    list_style: str | None = None
    outline_level: str | None = None


@dataclass(frozen=True)
class _ListLevel:
    """How a list level numbers its items (``text:list-level-style-number``); a bullet's
    level has no number (``format`` "")."""

    format: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int = 1
    shown: int = 1  # ``text:display-levels``: "1.2." shows two
    gap: str = " "  # what follows the number: ``text:label-followed-by="nothing"`` is none


# ODF's number formats as Word names them (``word_numbering.formatted_count``).
_LIST_FORMATS = {
    "1": "decimal",
    "a": "lowerLetter",
    "A": "upperLetter",
    "i": "lowerRoman",
    "I": "upperRoman",
}


# A list's numbered levels, and the outline's (headings numbered "Chương I", "Điều 1.").
_NUMBERED_LEVELS = frozenset({q("text:list-level-style-number"), q("text:outline-level-style")})
# Where a level says what follows its number (``text:label-followed-by``).
_LABEL_ALIGNMENT = f"{q('style:list-level-properties')}/{q('style:list-level-label-alignment')}"


def _list_levels(element: Any) -> dict[int, _ListLevel]:
    levels = {}
    for level in element:
        number = level.tag in _NUMBERED_LEVELS
        depth = level.get(q("text:level"), "1")
        if not depth.isdigit():
            continue
        start = level.get(q("text:start-value"), "1")
        shown = level.get(q("text:display-levels"), "1")
        alignment = level.find(_LABEL_ALIGNMENT)
        followed = "" if alignment is None else alignment.get(q("text:label-followed-by"), "")
        levels[int(depth) - 1] = _ListLevel(
            format=_LIST_FORMATS.get(level.get(q("style:num-format"), ""), "") if number else "",
            prefix=level.get(q("style:num-prefix"), ""),
            suffix=level.get(q("style:num-suffix"), ""),
            start=int(start) if start.isdigit() else 1,
            shown=int(shown) if shown.isdigit() else 1,
            gap="" if followed == "nothing" else " ",
        )
    return levels


@dataclass
class _List:
    """A list being read: its style, its level, and the counts it shares with the lists
    nested in it and those continuing it."""

    style: str | None
    level: int
    counts: list[int | None]


# The format of a cell showing a truth value (``number:boolean-style``).
BOOLEAN = "Boolean"
# What ``Styles.of`` keeps.
_DECLARED = tuple(
    q(name)
    for name in (
        "style:style",
        "style:default-style",
        "text:list-style",
        "text:outline-style",
        "number:number-style",
        "number:percentage-style",
        "number:currency-style",
        "number:boolean-style",
    )
)


@dataclass
class Styles:
    """The styles of both parts, by family and name, and the number formats."""

    styles: dict[tuple[str, str], _Style] = field(default_factory=dict)
    defaults: dict[str, _Style] = field(default_factory=dict)
    fonts: dict[str, str] = field(default_factory=dict)  # font-face name → family
    formats: dict[str, str] = field(default_factory=dict)  # data style → sheet.py's format
    # list styles: name → level (0-based) → how its items are numbered
    lists: dict[str, dict[int, _ListLevel]] = field(default_factory=dict)
    # how headings are numbered by their outline level (``text:outline-style``)
    outline: dict[int, _ListLevel] = field(default_factory=dict)
    outline_name: str = ""  # (a heading style may name it as its list)
    # what a style chain gave, by (what, family, name): a chain is walked once
    found: dict[tuple[str, str, str | None], str | bool | None] = field(default_factory=dict)

    @classmethod
    def of(cls, package: _Package) -> Styles:
        styles = cls()
        for root in (package.styles, package.content):
            if root is None:
                continue
            # styles are declared outside the body: its (large) tree is not walked for them
            parts = [p for p in root if isinstance(p.tag, str) and p.tag != q("office:body")]
            for part in parts:
                for face in part.iter(q("style:font-face")):
                    family = face.get(q("svg:font-family")) or face.get(q("style:name")) or ""
                    styles.fonts[face.get(q("style:name"), "")] = family.strip("'\"")
            for part in parts:
                for element in part.iter(*_DECLARED):
                    styles.declare(element)
        return styles

    def declare(self, element: Any) -> None:
        """Keeps a style, list style, the outline's or a data style."""
        tag, name = element.tag, element.get(q("style:name"), "")
        if tag in (q("style:style"), q("style:default-style")):
            style = _style(element, self.fonts)
            family = element.get(q("style:family"), "")
            if tag == q("style:default-style"):
                self.defaults[family] = style
            else:
                self.styles[(family, name)] = style
        elif tag == q("text:list-style"):
            self.lists[name] = _list_levels(element)
        elif tag == q("text:outline-style"):
            self.outline = _list_levels(element)
            self.outline_name = name
        elif tag == q("number:boolean-style"):
            self.formats[name] = BOOLEAN
        else:  # a number, percentage or currency style
            self.formats[name] = _format(element)

    def _chain(self, family: str, name: str | None) -> Iterator[_Style]:
        """The style, the one it is based on, and so on (a loop ends it)."""
        seen = set()
        while name is not None and name not in seen:
            seen.add(name)
            style = self.styles.get((family, name))
            if style is None:
                return
            yield style
            name = style.parent

    def font(self, family: str, name: str | None) -> str | None:
        key = ("font", family, name)
        if key not in self.found:
            font = next((s.font for s in self._chain(family, name) if s.font), None)
            if font is None and family == "paragraph":
                font = self.defaults.get(family, _Style()).font
            self.found[key] = font
        found = self.found[key]
        return found if isinstance(found, str) else None

    def hidden(self, family: str, name: str | None) -> bool:
        key = ("hidden", family, name)
        if key not in self.found:
            chain = self._chain(family, name)
            self.found[key] = next((s.hidden for s in chain if s.hidden is not None), False)
        return bool(self.found[key])

    def number_format(self, name: str | None) -> str:
        key = ("format", "table-cell", name)
        if key not in self.found:
            chain = self._chain("table-cell", name)
            data = next((s.data_style for s in chain if s.data_style), None)
            self.found[key] = self.formats.get(data or "", "General")
        return str(self.found[key])

    def heading_level(self, name: str | None, given: str | None) -> int | None:
        """The outline level (0-based) a heading of paragraph style ``name`` is numbered
        at: its own (``given``) or its style's; None when its style takes it out of the
        outline's numbering (a list style of "", as LibreOffice writes for a heading style
        not numbered, or of a list of its own, which is not counted; the outline's own name
        keeps it in)."""
        key = ("outline", "paragraph", name)
        if key not in self.found:
            chain = list(self._chain("paragraph", name))
            listed = next((s.list_style for s in chain if s.list_style is not None), None)
            default = next((s.outline_level for s in chain if s.outline_level), None)
            outside = listed is not None and listed != (self.outline_name or None)
            self.found[key] = "" if outside else (default or "1")
        found = self.found[key]
        level = given if given and given.isdigit() else found  # (a level not a number: the style's)
        if not found or not isinstance(level, str) or not level.isdigit():
            return None
        return min(max(int(level), 1), _LIST_LEVELS) - 1

    def sheet_hidden(self, name: str | None) -> bool:
        return any(s.sheet_hidden for s in self._chain("table", name))


def _style(element: Any, fonts: dict[str, str]) -> _Style:
    style = _Style(
        parent=element.get(q("style:parent-style-name")),
        data_style=element.get(q("style:data-style-name")),
        list_style=element.get(q("style:list-style-name")),
        outline_level=element.get(q("style:default-outline-level")),
    )
    text = element.find(q("style:text-properties"))
    if text is not None:
        font = text.get(q("style:font-name"))
        style.font = fonts.get(font, font) if font else text.get(q("fo:font-family"))
        display = text.get(q("text:display"))
        style.hidden = None if display is None else display == "none"
    table = element.find(q("style:table-properties"))
    style.sheet_hidden = table is not None and table.get(q("table:display")) == "false"
    return style


def _format(element: Any) -> str:
    """A data style as the Excel-like number format ``sheet.shown`` reads: thousands
    grouped or not, the decimals, a percent sign."""
    number = element.find(q("number:number"))
    if number is None:
        return "General"
    percent = "%" if element.tag == q("number:percentage-style") else ""
    places = number.get(q("number:decimal-places"))
    grouped = number.get(q("number:grouping")) == "true"
    if places is None and not grouped:  # LibreOffice's "General": the value's own decimals
        return "General" + percent
    decimals = int(places) if places and places.isdigit() else 0
    text = "#,##0" if grouped else "0"
    if decimals:
        text += "." + "0" * min(decimals, 30)
    return text + percent


_ASCII_CAPITALS = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


@dataclass
class Reader:
    """Reads a text document's body: blocks in reading order, each note read after the
    paragraph marking it (``notes``)."""

    styles: Styles
    # Deletions marked in the body by ``text:change-start``/``-end`` around the deleted text
    # (as LibreOffice writes some), by id; those that are open while reading.
    deletions: frozenset[str] = frozenset()
    deleting: set[str] = field(default_factory=set)
    copies: int = 0  # cells the repeats have added so far
    # lists' counts by xml:id (a list continuing another names it), the last list read, and
    # the number an item's first paragraph is still to be given
    lists: dict[str, list[int | None]] = field(default_factory=dict)
    last_list: list[int | None] | None = None
    label: str = ""
    # the outline's counts, by level: headings are counted through the whole body
    outline: list[int | None] = field(default_factory=lambda: [None] * _LIST_LEVELS)

    def _copies(self, wanted: int, size: int) -> int:
        """How many times a row or cell of ``size`` cells repeated ``wanted`` times is read:
        once, and more while the document's allowance of copies lasts."""
        extra = max(0, min(wanted - 1, (_MAX_COPIES - self.copies) // max(size, 1)))
        self.copies += extra * max(size, 1)
        return 1 + extra

    def rows(self, table: Any) -> Iterator[list[Any]]:
        """A table's rows (header rows and row groups opened, repeats expanded up to the
        limits), each its cells (repeats expanded)."""
        for child in table:
            if child.tag in ROW_GROUPS:
                yield from self.rows(child)
            elif child.tag == q("table:table-row"):
                cells: list[Any] = []
                for cell in child:
                    if cell.tag in CELLS and len(cells) < _MAX_REPEAT:
                        wanted = repeats(cell, "table:number-columns-repeated", _MAX_REPEAT)
                        cells += [cell] * self._copies(min(wanted, _MAX_REPEAT - len(cells)), 1)
                wanted = repeats(child, "table:number-rows-repeated", _MAX_REPEAT)
                for _ in range(self._copies(wanted, len(cells))):
                    yield cells

    def add(self, parts: list[str], text: str, capitals: bool) -> None:
        if not self.deleting:
            parts.append(text.translate(_ASCII_CAPITALS) if capitals else text)

    def mark(self, element: Any) -> None:
        """Where a change starts or ends: a deletion's text is not read until its end."""
        change = element.get(q("text:change-id"), "")
        if change in self.deletions and element.tag == q("text:change-start"):
            self.deleting.add(change)
        else:
            self.deleting.discard(change)

    def blocks(self, container: Any, within: _List | None = None) -> list[str | Grid]:
        """The paragraphs (str) and tables (Grid) under ``container``, in reading order
        (``within``: the list whose item it is)."""
        blocks: list[str | Grid] = []
        for child in container:
            tag = child.tag
            if not isinstance(tag, str) or tag in _NOT_BLOCKS or tag in _NOT_SHOWN:
                continue
            if tag in _PARAGRAPHS:
                if tag == q("text:h") and within is None:  # (a list's heading: its number)
                    self.label = self.heading(child)
                text = self.paragraph(child)
                if text is None and tag == q("text:h"):
                    self.label = ""  # a hidden heading's number goes with it
                if text is not None:
                    if self.label and text.strip():
                        text = self.label + text
                    self.label = ""
                    blocks.append(text)
            elif tag == q("text:list"):
                self.label = ""  # (an item opening with a nested list shows no number)
                blocks.extend(self.read_list(child, within))
            elif tag == q("table:table"):
                blocks.append(self.table(child))
            elif tag in _CHANGE_MARKS:
                self.mark(child)
            elif tag == q("text:section") and child.get(q("text:display")) == "none":
                continue  # a hidden section
            elif not tag.endswith("-source"):  # sections, an index's body …
                blocks.extend(self.blocks(child, within))
        return blocks

    def read_list(self, element: Any, within: _List | None) -> list[str | Grid]:
        """A list's items, each one's first paragraph after its number ("1. ", "a) ") as
        the list's style writes it. A list nested in an item is a level deeper and counts
        with it; a list of its own starts again unless it continues another
        (``text:continue-list``, ``text:continue-numbering``)."""
        style = element.get(q("text:style-name")) or (within.style if within else None)
        if within is not None:
            counts = within.counts
        else:
            named = element.get(q("text:continue-list"))
            if named in self.lists:
                counts = self.lists[named]
            elif element.get(q("text:continue-numbering")) == "true" and self.last_list:
                counts = self.last_list
            else:
                counts = [None] * _LIST_LEVELS
            self.last_list = counts
        own = element.get("{http://www.w3.org/XML/1998/namespace}id")
        if own:
            self.lists[own] = counts
        here = _List(style, min(within.level + 1, _LIST_LEVELS - 1) if within else 0, counts)
        levels = self.styles.lists.get(style or "", {})
        blocks: list[str | Grid] = []
        for item in element:
            if item.tag == q("text:list-item"):
                self.label = self._count(item, here, levels)
            elif item.tag != q("text:list-header"):
                continue
            blocks.extend(self.blocks(item, here))
            self.label = ""
        return blocks

    def heading(self, element: Any) -> str:
        """Counts a heading at its outline level (``text:outline-level``), as LibreOffice
        numbers headings by the outline style ("Chương I", "Điều 1.", "1.1."): deeper levels
        start again under it; one marked as a list header, or whose style takes it out of
        the outline, gets no number and is not counted."""
        if element.get(q("text:is-list-header")) == "true" or not self.styles.outline:
            return ""
        level = self.styles.heading_level(
            element.get(q("text:style-name")), element.get(q("text:outline-level"))
        )
        if level is None:
            return ""
        restart = element.get(q("text:restart-numbering")) == "true"
        return self._count(element, _List(None, level, self.outline), self.styles.outline, restart)

    def _count(
        self, item: Any, here: _List, levels: dict[int, _ListLevel], restart: bool = False
    ) -> str:
        """Counts an item at its list's level; its number as shown ("" for a bullet).
        ``restart``: the count starts again here (at the item's start value or the level's)."""
        counts, level = here.counts, here.level
        style = levels.get(level, _ListLevel())
        start = item.get(q("text:start-value"))
        current = counts[level]
        if start is not None and start.isdigit():
            counts[level] = int(start)
        else:
            counts[level] = style.start if current is None or restart else current + 1
        for deeper in range(level + 1, _LIST_LEVELS):
            counts[deeper] = None
        if not style.format:
            return ""
        numbers = []
        for shown in range(max(0, level - style.shown + 1), level + 1):
            above = levels.get(shown, _ListLevel(format="decimal"))
            value = counts[shown] if counts[shown] is not None else above.start
            numbers.append(formatted_count(value or 1, above.format or "decimal"))
        return f"{style.prefix}{'.'.join(numbers)}{style.suffix}{style.gap}"

    def paragraph(self, element: Any) -> str | None:
        """A paragraph's shown text, or None when it is hidden (its style, or a
        ``text:hidden-paragraph`` field that hid it when last evaluated)."""
        style = element.get(q("text:style-name"))
        if self.styles.hidden("paragraph", style):
            return None
        for field_ in element.iter(q("text:hidden-paragraph")):
            if field_.get(q("text:is-hidden")) != "false":
                return None
        parts: list[str] = []
        self.inline(element, capital_font(self.styles.font("paragraph", style)), parts)
        return notes_last("".join(parts))

    def inline(self, element: Any, capitals: bool, parts: list[str]) -> None:
        """``element``'s shown text into ``parts``: spans, links and fields read as the text
        they show; an old capitals font's letters as capitals; a note held at its mark."""
        if element.text:
            self.add(parts, element.text, capitals)
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _NOT_SHOWN:
                pass
            elif tag in _CHARACTERS:
                self.add(parts, _CHARACTERS[tag], False)
            elif tag == q("text:s"):
                count = child.get(q("text:c"), "1")
                self.add(parts, " " * min(int(count) if count.isdigit() else 1, 100), False)
            elif tag in _CHANGE_MARKS:
                self.mark(child)
            elif tag == q("text:note"):
                if not self.deleting:
                    parts.append(inline_note(self.note(child)))
            elif tag == q("text:hidden-text"):
                if child.get(q("text:is-hidden")) == "false":
                    self.inline(child, capitals, parts)
            elif tag == q("text:span"):
                style = child.get(q("text:style-name"))
                if not self.styles.hidden("text", style):
                    font = self.styles.font("text", style)
                    self.inline(child, capital_font(font) if font else capitals, parts)
            else:  # links, fields (their shown text), a ruby's base, a conditional text …
                self.inline(child, capitals, parts)
            if child.tail:
                self.add(parts, child.tail, capitals)

    def note(self, note: Any) -> list[str]:
        """A footnote's or endnote's paragraphs (held at its mark: ``notes.inline_note``)."""
        body = note.find(q("text:note-body"))
        if body is None:
            return []
        return [
            text
            for block in self.blocks(body)
            for text in ([block] if isinstance(block, str) else _paragraphs(block))
            if text.strip()
        ]

    def cell(self, cell: Any) -> list[str]:
        """A cell's paragraphs; a nested table's cells read into it, row by row."""
        paragraphs: list[str] = []
        for block in self.blocks(cell):
            if isinstance(block, str):
                paragraphs.append(block)
            else:
                paragraphs.extend(_paragraphs(block))
        return paragraphs

    def table(self, table: Any) -> Grid:
        """A table's rows of cells of paragraphs, as the DOCX reader reads them: a cell merged
        across columns once, one merged down rows in each row it spans — or, in a table
        laying out a header or signature block (read column by column), once, in its first."""
        rows: list[list[tuple[str, list[str]]]] = []
        # a cell read (a repeated one is read once), and the cells merged down: column →
        # (the cell, its last row); both keep the elements alive, so their ids stay theirs
        read: dict[int, tuple[Any, list[str]]] = {}
        down: dict[int, tuple[Any, int]] = {}
        for r, row in enumerate(self.rows(table)):
            entries: list[tuple[str, list[str]]] = []
            origins: set[int] = set()
            for element in row:
                column = len(entries)
                if element.tag == q("table:covered-table-cell"):
                    origin, last = down.get(column, (None, -1))
                    if last >= r and id(origin) not in origins:
                        origins.add(id(origin))
                        entries.append(("down", read[id(origin)][1]))
                    else:
                        entries.append(("across", []))
                    continue
                if id(element) not in read:
                    read[id(element)] = (element, self.cell(element))
                entries.append(("cell", read[id(element)][1]))
                origins.add(id(element))
                spanned = repeats(element, "table:number-rows-spanned", _MAX_REPEAT)
                if spanned > 1:
                    across = repeats(element, "table:number-columns-spanned", _MAX_REPEAT)
                    for c in range(column, column + across):
                        down[c] = (element, r + spanned - 1)
            rows.append(entries)
        columns = max((len(row) for row in rows), default=0)
        texts = ("\n".join(text) for row in rows for _, text in row)
        if looks_laid_out(len(rows), columns, texts):
            return [[text if kind == "cell" else [] for kind, text in row] for row in rows]
        return [[text for kind, text in row if kind != "across"] for row in rows]


def repeats(element: Any, attribute: str, limit: int) -> int:
    value = element.get(q(attribute), "1")
    return max(1, min(int(value) if value.isdigit() else 1, limit))


def _paragraphs(grid: Grid) -> list[str]:
    return [paragraph for row in grid for cell in row for paragraph in cell]


def document_body(package: _Package, what: str) -> Any:
    found = package.content.find(f"{q('office:body')}/{q(what)}")
    return found if found is not None else etree.Element(q(what))


def read_odt_blocks(path: Path, name: str, *, max_bytes: int) -> list[str | Grid]:
    """An OpenDocument text's paragraphs and tables in reading order, its footnotes and
    endnotes in brackets after the paragraphs marking them.

    Raises:
        LoadError: not an OpenDocument file, a damaged or encrypted one, one of another kind
            (a spreadsheet: read it with ``ods.read_ods``), or a zip bomb.
    """
    package = open_package(path, name, max_bytes=max_bytes, suffix=".odt")
    if package.kind != ".odt":
        raise LoadError(name, "is an OpenDocument spreadsheet: read it as one (.ods)")
    body = document_body(package, "office:text")
    deletions = frozenset(
        region.get(q("text:id"), "")
        for region in body.iterfind(f"{q('text:tracked-changes')}/{q('text:changed-region')}")
        if region.find(q("text:deletion")) is not None
    )
    reader = Reader(Styles.of(package), deletions=deletions)
    return reader.blocks(body)
