"""Word 97–2003 ``.doc`` loading: the text of the main document, read from the file's piece
table as Word shows it, paragraphs and tables in reading order ([MS-DOC]).

A ``.doc`` is a compound file (OLE2). Its ``WordDocument`` stream holds the FIB (where
everything is) and the characters; the ``0Table`` or ``1Table`` stream holds the piece table
(which stretches of the stream make up the text, in 8-bit cp1252 or UTF-16) and the bin tables
of paragraph and character properties. Only what reading needs is parsed:
- paragraph properties: whether a paragraph lies in a table, and which mark ends a row;
- character properties: text deleted as a tracked change (read as accepted, as a DOCX is);
- fields: their result is shown, their code is not (``{ PAGE }`` → "2");
- lists: a paragraph's automatic number ("Điều 1.", "a)"), counted as Word does
  (``word97_lists``), is read before its text, as a DOCX's is.
Headers, footers, comments and text boxes are not the main text and are left out, as they are
for a DOCX; footnotes are read in brackets after the paragraph marking them (``notes``).
"""

from __future__ import annotations

import re
import struct
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import olefile
from olefile.olefile import OleFileError

from assistant.errors import LoadError
from assistant.ingest.notes import inline_note, notes_last
from assistant.ingest.word import capital_font, looks_laid_out
from assistant.ingest.word97_lists import ListProps, Numbering

_FIB_IDENT = 0xA5EC
# nFib of Word 97 and later; Word 6 and Word 95 wrote 101–105 and another format.
_FIB_WORD97 = 0x00C1
_F_ENCRYPTED = 0x0100
_F_WHICH_TABLE = 0x0200
_F_OBFUSCATED = 0x8000
# FibRgFcLcb97: (fc, lcb) pairs, by index.
_STSHF = 1
_PLCF_BTE_CHPX = 12
_PLCF_BTE_PAPX = 13
_STTBF_FFN = 15
_CLX = 33
_PLF_LST = 73
_PLF_LFO = 74
_PAGE = 512
# Sprms read (the rest are skipped by their operand's size).
_SPRM_IN_TABLE = 0x2416  # sprmPFInTable
_SPRM_TTP = 0x2417  # sprmPFTtp: the mark ends a table row
_SPRM_ITAP = 0x6649  # sprmPItap: table depth
_SPRM_INNER_CELL = 0x244B  # sprmPFInnerTableCell: the mark ends a nested table's cell
_SPRM_INNER_TTP = 0x244C  # sprmPFInnerTtp: the mark ends a nested table's row
_SPRM_ILVL = 0x260A  # sprmPIlvl: the paragraph's list level
_SPRM_ILFO = 0x460B  # sprmPIlfo: its list instance, a 1-based index into the LFOs
_SPRM_DELETED = 0x0800  # sprmCFRMarkDel: deleted as a tracked change
_SPRM_VANISH = 0x083C  # sprmCFVanish: hidden text
_SPRM_FONT = 0x4A4F  # sprmCRgFtc0: the font of ASCII letters, an index in the font table
_SPRM_TDEF_TABLE = 0xD608  # operand size in two bytes
_OPERAND_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}
# What a special character of the text stream shows.
_SHOWN = {
    "\x0b": "\n",  # line break
    "\x0c": "\n",  # page or section break
    "\x0e": "\n",  # column break
    "\x1e": "-",  # non-breaking hyphen
    # An optional hyphen, kept as U+00AD (normalising drops it): TCVN3's "ư" is 0xAD, which
    # a Word file may hold as its optional hyphen.
    "\x1f": "\u00ad",
    "\x01": "",  # picture
    "\x02": "",  # footnote reference mark
    "\x05": "",  # comment reference mark
    "\x08": "",  # drawn object
}
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_PARAGRAPH_END, _CELL_END = "\r", "\x07"
_RECIPIENTS = re.compile(r"\s*Nơi\s+nhận\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class _Piece:
    cp: int  # first character position
    end: int  # one past the last
    fc: int  # byte offset of the first character in the WordDocument stream
    compressed: bool  # 8-bit cp1252 rather than UTF-16LE

    def fc_of(self, cp: int) -> int:
        return self.fc + (cp - self.cp) * (1 if self.compressed else 2)


@dataclass
class _Paragraph:
    in_table: bool = False
    row_end: bool = False
    depth: int = 1
    istd: int = 0  # its paragraph style
    list: ListProps = (None, None)  # its own list properties (ilfo, ilvl)


@dataclass
class _Runs:
    """Properties by byte range of the WordDocument stream, looked up by a byte offset."""

    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    values: list[object] = field(default_factory=list)

    def at(self, fc: int) -> object | None:
        i = bisect_right(self.starts, fc) - 1
        if i >= 0 and fc < self.ends[i]:
            return self.values[i]
        return None


def _u16(data: bytes, offset: int) -> int:
    return int(struct.unpack_from("<H", data, offset)[0])


def _u32(data: bytes, offset: int) -> int:
    return int(struct.unpack_from("<I", data, offset)[0])


def _sprms(grpprl: bytes) -> list[tuple[int, bytes]]:
    """A grpprl's sprms and their operands, in order."""
    found = []
    at = 0
    while at + 2 <= len(grpprl):
        sprm = _u16(grpprl, at)
        at += 2
        spra = sprm >> 13
        if spra == 6:
            if sprm == _SPRM_TDEF_TABLE and at + 2 <= len(grpprl):
                size = _u16(grpprl, at) + 1
            elif at < len(grpprl):
                size = grpprl[at] + 1
            else:
                break
        else:
            size = _OPERAND_SIZE[spra]
        found.append((sprm, grpprl[at : at + size]))
        at += size
    return found


def _list_props(grpprl: bytes) -> ListProps:
    """A grpprl's list instance (sprmPIlfo) and level (sprmPIlvl), None where not given."""
    return _paragraph(grpprl).list


def _paragraph(grpprl: bytes, istd: int = 0) -> _Paragraph:
    paragraph = _Paragraph(istd=istd)
    ilfo = ilvl = None
    for sprm, operand in _sprms(grpprl):
        if not operand:
            continue
        if sprm == _SPRM_IN_TABLE:
            paragraph.in_table = operand[0] != 0
        elif sprm == _SPRM_TTP and operand[0]:
            paragraph.row_end = True
        elif sprm == _SPRM_ITAP and len(operand) == 4:
            paragraph.depth = _u32(operand, 0)
            paragraph.in_table = paragraph.in_table or paragraph.depth > 0
        elif sprm in (_SPRM_INNER_CELL, _SPRM_INNER_TTP) and operand[0]:
            paragraph.in_table = True
        elif sprm == _SPRM_ILFO and len(operand) == 2:
            ilfo = struct.unpack("<h", operand)[0]
        elif sprm == _SPRM_ILVL:
            ilvl = operand[0]
    if ilfo is not None or ilvl is not None:
        paragraph.list = (ilfo, ilvl)
    return paragraph


@dataclass(frozen=True)
class _Characters:
    hidden: bool = False  # deleted (a tracked change) or hidden
    font: int | None = None  # the font of its ASCII letters, an index in the font table


def _characters(grpprl: bytes) -> _Characters:
    """A character run's properties: for deletion and hiding, 1 sets the property; 0x81,
    "the opposite of the style's", is taken to set it, as styles rarely do."""
    hidden, font = False, None
    for sprm, operand in _sprms(grpprl):
        if sprm in (_SPRM_DELETED, _SPRM_VANISH) and operand[:1] in (b"\x01", b"\x81"):
            hidden = True
        elif sprm == _SPRM_FONT and len(operand) == 2:
            font = _u16(operand, 0)
    return _Characters(hidden, font)


def _font_names(table: bytes, fc: int, lcb: int) -> list[str]:
    """The font table (SttbfFfn): each FFN's name, in order."""
    if lcb < 4 or fc + lcb > len(table):
        return []
    names = []
    count, at, end = _u16(table, fc), fc + 4, fc + lcb
    for _ in range(count):
        if at >= end:
            break
        size = table[at]
        name = table[at + 40 : at + 1 + size].decode("utf-16-le", errors="replace")
        names.append(name.split("\x00")[0])
        at += 1 + size
    return names


def _bin_table(table: bytes, fc: int, lcb: int) -> list[int]:
    """The page numbers of a PlcBte's FKPs (PnFkpPapx or PnFkpChpx: the low 22 bits)."""
    if lcb < 4 or fc + lcb > len(table):
        return []
    count = (lcb - 4) // 8
    base = fc + 4 * (count + 1)
    return [_u32(table, base + 4 * i) & 0x3FFFFF for i in range(count)]


def _fkp_runs(stream: bytes, pages: list[int], entry: int) -> Iterator[tuple[int, int, bytes, int]]:
    """Each run of the FKP pages ``pages``: its byte range in the WordDocument stream, its
    page and the offset of its properties there (0: none). ``entry``: the size of a run's
    entry after the FCs (13 for a PAPX FKP's BX, 1 for a CHPX FKP's offset)."""
    for pn in pages:
        page = stream[pn * _PAGE : (pn + 1) * _PAGE]
        if len(page) < _PAGE:
            continue
        crun = page[-1]
        for i in range(crun):
            offset = page[4 * (crun + 1) + entry * i] * 2
            if offset >= _PAGE - 1:
                offset = 0
            yield _u32(page, 4 * i), _u32(page, 4 * (i + 1)), page, offset


def _paragraph_runs(stream: bytes, pages: list[int]) -> _Runs:
    runs = _Runs()
    for start, end, page, offset in _fkp_runs(stream, pages, 13):
        if offset == 0:
            value = _Paragraph()
        elif page[offset] == 0:  # cb = 0: the size in the next byte, in words
            size = page[offset + 1] * 2
            istd = _u16(page, offset + 2) if offset + 4 <= _PAGE else 0
            value = _paragraph(page[offset + 2 + 2 : offset + 2 + size], istd)
        else:
            size = page[offset] * 2 - 1
            istd = _u16(page, offset + 1) if offset + 3 <= _PAGE else 0
            value = _paragraph(page[offset + 1 + 2 : offset + 1 + size], istd)
        runs.starts.append(start)
        runs.ends.append(end)
        runs.values.append(value)
    _sort(runs)
    return runs


def _character_runs(stream: bytes, pages: list[int]) -> _Runs:
    runs = _Runs()
    for start, end, page, offset in _fkp_runs(stream, pages, 1):
        characters = _characters(page[offset + 1 : offset + 1 + page[offset]]) if offset else None
        if characters is not None and characters != _Characters():
            runs.starts.append(start)
            runs.ends.append(end)
            runs.values.append(characters)
    _sort(runs)
    return runs


def _sort(runs: _Runs) -> None:
    order = sorted(range(len(runs.starts)), key=runs.starts.__getitem__)
    runs.starts[:] = [runs.starts[i] for i in order]
    runs.ends[:] = [runs.ends[i] for i in order]
    runs.values[:] = [runs.values[i] for i in order]


def _pieces(table: bytes, fc: int, lcb: int) -> list[_Piece]:
    """The piece table: skip the Clx's property runs (0x01), read its Pcdt (0x02)."""
    at, end = fc, fc + lcb
    while at < end and table[at] == 0x01:
        at += 3 + _u16(table, at + 1)
    if at + 5 > end or table[at] != 0x02:
        raise ValueError("no piece table")
    size = _u32(table, at + 1)
    plc = table[at + 5 : at + 5 + size]
    count = (len(plc) - 4) // 12
    cps = [_u32(plc, 4 * i) for i in range(count + 1)]
    pieces = []
    for i in range(count):
        raw = _u32(plc, 4 * (count + 1) + 8 * i + 2)
        compressed = bool(raw & 0x40000000)
        offset = raw & 0x3FFFFFFF
        pieces.append(_Piece(cps[i], cps[i + 1], offset // 2 if compressed else offset, compressed))
    return pieces


def _decode(stream: bytes, piece: _Piece, start: int, end: int) -> str:
    if piece.compressed:
        return stream[piece.fc_of(start) : piece.fc_of(end)].decode("cp1252", errors="replace")
    return stream[piece.fc_of(start) : piece.fc_of(end)].decode("utf-16-le", errors="replace")


@dataclass
class _Text:
    """The main document's characters with, for each paragraph mark, its properties."""

    chars: list[str] = field(default_factory=list)
    marks: dict[int, _Paragraph] = field(default_factory=dict)  # index in chars → properties
    # index in chars of a numbered paragraph's mark → its list number ("Điều 1. ")
    labels: dict[int, str] = field(default_factory=dict)


def _main_text(stream: bytes, table: bytes) -> _Text:
    return _stories(stream, table)[0]


def _stories(stream: bytes, table: bytes) -> tuple[_Text, _Text]:
    """The main document's text and its footnotes' (the stories at character positions
    [0, ccpText) and [ccpText, ccpText + ccpFtn))."""
    fib_rg_w = 32
    csw = _u16(stream, fib_rg_w)
    fib_rg_lw = fib_rg_w + 2 + 2 * csw
    cslw = _u16(stream, fib_rg_lw)
    ccp_text = _u32(stream, fib_rg_lw + 2 + 4 * 3)
    ccp_footnotes = _u32(stream, fib_rg_lw + 2 + 4 * 4)
    fc_lcb = fib_rg_lw + 2 + 4 * cslw + 2

    def pair(index: int) -> tuple[int, int]:
        return _u32(stream, fc_lcb + 8 * index), _u32(stream, fc_lcb + 8 * index + 4)

    pieces = _pieces(table, *pair(_CLX))
    paragraphs = _paragraph_runs(stream, _bin_table(table, *pair(_PLCF_BTE_PAPX)))
    characters = _character_runs(stream, _bin_table(table, *pair(_PLCF_BTE_CHPX)))
    capitals = {
        i for i, name in enumerate(_font_names(table, *pair(_STTBF_FFN))) if capital_font(name)
    }
    main = _story(stream, pieces, paragraphs, characters, capitals, 0, ccp_text)
    main.labels = _labels(main, table, pair(_PLF_LST), pair(_PLF_LFO), pair(_STSHF))
    return (
        main,
        _story(
            stream, pieces, paragraphs, characters, capitals, ccp_text, ccp_text + ccp_footnotes
        ),
    )


_NOTE_MARK = "\x02"


def _noted(main: _Text, footnotes: _Text) -> list[str | Grid]:
    """The blocks of ``main`` with each footnote held at its mark (``notes``: read after its
    paragraph), when the marks and the notes pair one to one (an endnote's mark is the same
    character, and endnotes are not read); else the footnotes' paragraphs after the text."""
    notes: list[list[str]] = []
    start = 0
    for index in sorted(footnotes.marks):
        chars = footnotes.chars[start:index]
        start = index + 1
        line = _shown(chars)
        if "".join(chars).lstrip().startswith(_NOTE_MARK) or not notes:
            notes.append([])  # a note begins with its own mark
        if line.strip():
            notes[-1].append(line)
    notes = [n for n in notes if n]
    marks = [i for i, char in enumerate(main.chars) if char == _NOTE_MARK]
    if not marks or len(marks) != len(notes):
        return [*_blocks(main), *(line for note in notes for line in note)]
    for index, note in zip(marks, notes, strict=True):
        main.chars[index] = inline_note(note)
    return _blocks(main)


def _labels(
    text: _Text,
    table: bytes,
    lists: tuple[int, int],
    instances: tuple[int, int],
    styles: tuple[int, int],
) -> dict[int, str]:
    """The automatic list number of each numbered paragraph of ``text`` (tables' included,
    a row's own mark not), by its mark's index. A damaged list table gives none: the text
    is read without its numbers."""
    if instances[1] < 4:
        return {}  # (a file of no list)
    marks = [
        i
        for i in sorted(text.marks)
        if not (text.chars[i] == _CELL_END and text.marks[i].row_end)
    ]
    try:
        numbering = Numbering(table, lists, instances, styles, _list_props)
        found = numbering.labels((text.marks[i].istd, text.marks[i].list) for i in marks)
    except (ValueError, IndexError, KeyError, struct.error):
        return {}
    return {i: label for i, label in zip(marks, found, strict=True) if label}


def _story(
    stream: bytes,
    pieces: list[_Piece],
    paragraphs: _Runs,
    characters: _Runs,
    capitals: set[int],
    first: int,
    last: int,
) -> _Text:
    """The characters at positions [first, last) with their paragraph marks' properties."""
    text = _Text()
    for piece in pieces:
        start, end = max(piece.cp, first), min(piece.end, last)
        if start >= end:
            continue
        chars = _decode(stream, piece, start, end)
        for offset, char in enumerate(chars):
            fc = piece.fc_of(start + offset)
            if char in (_PARAGRAPH_END, _CELL_END):
                found = paragraphs.at(fc)
                text.marks[len(text.chars)] = (
                    found if isinstance(found, _Paragraph) else _Paragraph()
                )
                text.chars.append(char)
                continue
            run = characters.at(fc)
            if isinstance(run, _Characters):
                if run.hidden:
                    continue
                if run.font in capitals and "a" <= char <= "z":
                    char = char.upper()  # an old H font draws it as a capital
            text.chars.append(char)
    return text


def _shown(chars: list[str]) -> str:
    """A paragraph's characters as Word shows them: a field's result, not its code."""
    shown = []
    # one entry per open field: True while its code is being read
    fields: list[bool] = []
    for char in chars:
        if char == _FIELD_BEGIN:
            fields.append(True)
        elif char == _FIELD_SEPARATOR:
            if fields:
                fields[-1] = False
        elif char == _FIELD_END:
            if fields:
                fields.pop()
        elif not any(fields):
            shown.append(_SHOWN.get(char, char))
    return "".join(shown)


Grid = list[list[list[str]]]  # a table: rows → cells → the cell's paragraphs


def _signed(rows: Grid) -> bool:
    """Whether ``rows`` are a signature block's layout table ("Nơi nhận:" beside the signer)."""
    cells = ["\n".join(c) for row in rows for c in row]
    columns = max(len(row) for row in rows)
    return any(_RECIPIENTS.match(c) for c in cells) and looks_laid_out(len(rows), columns, cells)


def _blocks(text: _Text) -> list[str | Grid]:
    """Paragraphs (str) and tables (Grid) in reading order; a nested table's cells are
    read into the cell holding it."""
    blocks: list[str | Grid] = []
    rows: Grid = []
    row: list[list[str]] = []
    cell: list[str] = []
    start = 0
    for index in sorted(text.marks):
        mark = text.marks[index]
        line = notes_last(_shown(text.chars[start:index]))  # (its notes at its end)
        start = index + 1
        label = text.labels.get(index)
        if label and line.strip():
            line = label + line  # Word's automatic number, which the text does not hold
        if not mark.in_table:
            if rows or row or cell:
                blocks.append([*rows, *([[*row, cell]] if row or cell else [])])
                rows, row, cell = [], [], []
            blocks.append(line)
            continue
        if text.chars[index] == _PARAGRAPH_END or mark.depth > 1:
            if line:
                cell.append(line)
            continue
        if mark.row_end:  # the row's own mark after its last cell
            if rows and len(row) != len(rows[-1]) and (_signed(rows) or _signed([row])):
                # a signature table straight after or before another table (an annex's): a
                # .doc keeps no mark between them (Word shows them as one), a reader reads two
                blocks.append(rows)
                rows = []
            rows.append(row)
            row = []
            continue
        if line:
            cell.append(line)
        row.append(cell)
        cell = []
    if rows or row or cell:
        blocks.append([*rows, *([[*row, cell]] if row or cell else [])])
    return blocks


def is_doc(path: Path) -> bool:
    """Whether ``path`` is a compound file (OLE2), as a Word 97–2003 file is."""
    return bool(olefile.isOleFile(str(path)))


def read_doc_blocks(path: Path, name: str) -> list[str | Grid]:
    """A ``.doc`` file's paragraphs and tables in reading order.

    Raises:
        LoadError: not a Word 97–2003 file, an older or encrypted one, or a damaged one.
    """
    if not is_doc(path):
        raise LoadError(
            name,
            "is not a Word 97–2003 (.doc) file: open it in Word or LibreOffice and save it "
            "as .docx",
        )
    try:
        with olefile.OleFileIO(str(path)) as ole:
            if not ole.exists("WordDocument"):
                raise LoadError(
                    name, "is an Office file but not a Word document: save it as .docx or .pdf"
                )
            stream = ole.openstream("WordDocument").read()
            if len(stream) < 0x200 or _u16(stream, 0) != _FIB_IDENT:
                raise ValueError("no Word file information block")
            if _u16(stream, 2) < _FIB_WORD97:
                raise LoadError(
                    name,
                    "is a Word 6 or Word 95 file, which is not read: open it in Word or "
                    "LibreOffice and save it as .docx",
                )
            flags = _u16(stream, 0x0A)
            if flags & (_F_ENCRYPTED | _F_OBFUSCATED):
                raise LoadError(
                    name, "is password-protected: save an unprotected copy and ingest that"
                )
            table_name = "1Table" if flags & _F_WHICH_TABLE else "0Table"
            if not ole.exists(table_name):
                raise ValueError(f"its {table_name} stream is missing")
            table = ole.openstream(table_name).read()
            main, footnotes = _stories(stream, table)
            return _noted(main, footnotes)
    except LoadError:
        raise
    except OleFileError as exc:  # an OSError, but of the file's content
        raise _damaged(name, exc) from exc
    except OSError:
        raise
    # struct and index errors on a damaged file
    except Exception as exc:
        raise _damaged(name, exc) from exc


def _damaged(name: str, exc: Exception) -> LoadError:
    return LoadError(
        name,
        f"is a damaged Word 97–2003 file ({exc}): open it in Word or LibreOffice and "
        "save it as .docx",
    )
