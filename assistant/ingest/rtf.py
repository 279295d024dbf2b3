"""RTF loading: the text of an RTF file as Word shows it, paragraphs and tables in reading
order (Word's RTF 1.9.1 specification), as ``word97`` reads a ``.doc``.

RTF is text: groups in braces, control words (``\\par``, ``\\f2``, ``\\u7871``), and the
document's characters as bytes of a code page (``\\'e1``) or as Unicode (``\\uN`` followed by
a fallback to skip). The file is read once, token by token, with an explicit stack of group
states (no recursion on nesting; linear in its size). What is read:
- text: bytes decoded in the code page of the current font's charset (or the document's
  ``\\ansicpg``), or as UTF-8 in a file that begins ``{\\urtf`` (Pocket Word's "Unicode
  RTF", which some tools write: every byte of text UTF-8, whatever the font); a run in an
  old Vietnamese font (``.VnTime``, ``VNI-Times``) is decoded as Latin-1, as Word shows
  those codes, so that ``legacy`` converts its line, and an ``H`` font's letters are
  capitals (``capital_font``);
- the document as signed: deleted revisions (``\\deleted``) and hidden text (``\\v``) left
  out, a field's result shown and not its code, a list item's number (``\\listtext``) kept;
- tables (``\\trowd`` … ``\\cell`` … ``\\row``), a nested table's cells read into the cell
  holding it, merged cells as python-docx presents a DOCX's;
- footnotes and endnotes in brackets after the paragraph marking them (``notes``).
Page headers and footers, pictures, objects, comments, the font, colour, style and list
tables and every ``{\\*\\…}`` group not known are left out.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import LoadError
from assistant.ingest.notes import inline_note
from assistant.ingest.rtf_story import HMERGED, VMERGED, Story
from assistant.ingest.word import capital_font
from assistant.ingest.word97 import Grid

# How an RTF file begins: ``{\rtf1``, or ``{\urtf1`` when its text is UTF-8.
RTF_HEADS = (b"{\\rtf", b"{\\urtf")
# Groups inside groups: real documents nest a few dozen deep (a nested table in a field).
MAX_DEPTH = 512
_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # a control word, its parameter and delimiter
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in hex
    rb"|\\([^a-zA-Z'])"  # a control symbol (\~ \- \_ \{ \} \\ \*, a line break)
    rb"|([{}])"
    rb"|([^\\{}]+)"  # bytes of text (the file's own line breaks are not text)
    rb"|\\",  # a lone backslash at the end
    re.DOTALL,
)
_TEXT, _SKIP, _FONTS, _STYLES = range(4)
# Destinations whose content is not the text as signed (page headers and footers, fields'
# codes, pictures, objects, comments, tables of fonts, colours, lists, revisions, …).
_SKIPPED = frozenset(
    b"""fldinst colortbl info header headerl headerr headerf footer footerl footerr footerf
    pict object objdata xmlnstbl listtable listoverridetable revtbl rsidtbl themedata
    colorschememapping datastore latentstyles generator pgdsctbl annotation atnid atnauthor
    atndate atnicn atnref atnparent atrfstart atrfend ftnsep ftnsepc ftncn aftnsep aftnsepc
    aftncn nonesttables nesttableprops shp shpgrp shprslt nonshppict do xe tc tcn txe pn
    pntxta pntxtb bkmkstart bkmkend docvar userprops template filetbl falt panose
    protusertbl mmathPr fchars lchars comment private""".split()
)
# What a control word or symbol shows.
_SHOWN = {
    b"tab": "\t",
    b"line": "\n",
    b"page": "\n",
    b"column": "\n",
    b"emdash": "\u2014",
    b"endash": "\u2013",
    b"emspace": "\u2003",
    b"enspace": "\u2002",
    b"qmspace": "\u2005",
    b"lquote": "\u2018",
    b"rquote": "\u2019",
    b"ldblquote": "\u201c",
    b"rdblquote": "\u201d",
    b"bullet": "\u2022",
    b"~": "\u00a0",
    # kept (normalising drops it): TCVN3's "ư" is the soft hyphen's code, as in word97
    b"-": "\u00ad",
    b"_": "-",
    b"{": "{",
    b"}": "}",
    b"\\": "\\",
}
_PARAGRAPH_ENDS = frozenset({b"par", b"sect", b"\n", b"\r"})
# Words a Unicode character's fallback never is: they end it.
_STRUCTURE = frozenset({b"par", b"sect", b"cell", b"row", b"nestcell", b"nestrow"})
# \fcharsetN → code page (0 ANSI and 1 default: the document's \ansicpg).
_CHARSETS = {
    77: "mac_roman", 128: "cp932", 129: "cp949", 130: "cp1361", 134: "cp936", 136: "cp950",
    161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256",
    186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250", 255: "cp437",
}  # fmt: skip
_SYMBOL, _OLD = "symbol", "old"  # a Symbol font's bytes; an old Vietnamese font's
# An old TCVN3 font of capitals (.VnTimeH) draws small letters as capitals.
_ASCII_CAPITALS = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


@dataclass
class _Font:
    name: str = ""
    codec: str | None = None  # None: the document's code page


@dataclass
class _State:
    """What a group sets, restored when it closes."""

    dest: int
    story: Story | None
    font: int | None = None  # None: the style's, else the document's default
    style: int = 0
    char_style: int | None = None
    uc: int = 1
    hidden: bool = False
    deleted: bool = False
    intbl: bool = False
    itap: int = 0
    resume: int | None = None  # in {\upr …}: the destination its {\*\ud …} goes on with

    def copy(self) -> _State:
        return _State(
            self.dest, self.story, self.font, self.style, self.char_style, self.uc,
            self.hidden, self.deleted, self.intbl, self.itap, self.resume,
        )  # fmt: skip


@dataclass
class RtfText:
    """An RTF file's blocks (paragraphs and tables, then its notes' paragraphs) and notes
    on how it was read."""

    blocks: list[str | Grid]
    notes: tuple[str, ...] = ()


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _old_font(name: str) -> bool:
    """Whether ``name`` is an old Vietnamese font (TCVN3 ``.VnTime``, VNI ``VNI-Times``)."""
    lowered = name.lower()
    return lowered.startswith((".vn", "vni"))


def _cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: none in cp1252, Latin-1's
        return chr(byte)


# Latin-1 → cp1252 for the codes 0x80–0x9F, where the two differ.
_WINDOWS = str.maketrans({chr(b): _cp1252(b) for b in range(0x80, 0xA0)})


def _characters(text: bytes, count: int) -> tuple[int, int]:
    """How many bytes of UTF-8 ``text`` its first ``count`` characters (or fewer, all it
    has) take, and how many characters that is: a Unicode character's fallback is skipped
    whole."""
    at = characters = 0
    while characters < count and at < len(text):
        at, characters = at + 1, characters + 1
        while at < len(text) and 0x80 <= text[at] < 0xC0:  # a character's further bytes
            at += 1
    return at, characters


def _decode(data: bytes, codec: str) -> str:
    if codec == _OLD:  # the codes as Word shows them, which ``legacy`` converts
        return data.decode("latin-1").translate(_WINDOWS)
    if codec == _SYMBOL:  # Symbol's bullet (a list item's) as the bullet it draws
        return data.decode("latin-1").translate(_WINDOWS).replace("\u00b7", "\u2022")
    return data.decode(codec, errors="replace")


class _Note(Story):
    """A footnote's or an endnote's text, read into its mark's paragraph when it ends."""


def _paragraphs(blocks: list[str | Grid]) -> list[str]:
    """The paragraphs of ``blocks``, a table's cell by cell."""
    return [
        text
        for block in blocks
        for text in (
            [block] if isinstance(block, str) else [p for row in block for c in row for p in c]
        )
    ]


class _Reader:
    """One pass over an RTF file's tokens."""

    def __init__(self, data: bytes, name: str) -> None:
        self.data, self.name = data, name
        self.stack: list[_State] = []
        self.main = Story()
        self.codec = "cp1252"  # the document's code page (\ansicpg)
        self.utf8 = False  # {\urtf: all text is UTF-8, whatever its font's charset
        self.default_font = 0
        self.fonts: dict[int, _Font] = {}
        self.style_fonts: dict[tuple[bytes, int], int] = {}
        self.based_on: dict[tuple[bytes, int], int] = {}
        self.entry: tuple[bytes, int] = (b"s", 0)  # the stylesheet's entry being read
        self.font_entry: tuple[int, bytearray, int, str | None] | None = None
        self.pending = bytearray()  # bytes of text not yet decoded
        self.fallback = 0  # bytes of a \u character's fallback still to skip
        self.ignorable = False  # after \*: an unknown destination is skipped
        self.high: int | None = None  # the first half of a character beyond 16 bits

    def read(self) -> RtfText:
        data, at = self.data, self.data.index(b"{")
        closed = False
        while at < len(data):
            token = _TOKEN.match(data, at)
            assert token is not None  # every byte starts some token
            at = token.end()
            word, parameter, byte, symbol, brace, text = token.groups()
            if text is not None:
                self._text(text)
            elif byte is not None:
                self._byte(int(byte, 16))
            elif word is not None:
                number = int(parameter) if parameter is not None else None
                if word == b"bin":  # binary data: skipped by its length
                    at += max(number or 0, 0)
                    self.fallback = max(self.fallback - 1, 0)
                    continue
                self._flush()
                self._word(word, number)
            elif symbol is not None:
                self._flush()
                self._symbol(symbol)
            elif brace == b"{":
                self._open()
            elif brace == b"}":
                self._close()
                if not self.stack:  # the document's group closed: what follows is not it
                    closed = True
                    break
        notes: tuple[str, ...] = ()
        if not closed:
            self._flush()
            notes = (
                f"the RTF file ends inside {len(self.stack)} open groups (it may have been cut "
                "short): read what it holds; if text is missing, save it again from Word",
            )
        return RtfText(self.main.end(), notes)

    # --- groups -------------------------------------------------------------------

    def _open(self) -> None:
        self._flush()
        if len(self.stack) >= MAX_DEPTH:
            raise LoadError(
                self.name,
                f"is an RTF file nested over {MAX_DEPTH} groups deep, which no editor writes "
                "(a damaged or hostile file): open it in Word or LibreOffice and save it as .docx",
            )
        state = self.stack[-1].copy() if self.stack else _State(_TEXT, self.main)
        self.stack.append(state)
        self.fallback, self.ignorable = 0, False
        if state.dest == _STYLES:
            self.entry = (b"s", 0)

    def _close(self) -> None:
        self._flush()
        state = self.stack.pop()
        self.fallback, self.ignorable = 0, False
        if state.dest == _FONTS:
            self._end_font()
        outer = self.stack[-1].story if self.stack else None
        story = state.story
        if isinstance(story, _Note) and story is not outer and outer is not None:
            # a footnote's group closed: the note, held at its mark (``notes``)
            blocks = story.end()
            outer.line.append(inline_note(_paragraphs(blocks)))

    # --- text -----------------------------------------------------------------------

    def _text(self, text: bytes) -> None:
        state = self.stack[-1] if self.stack else None
        if state is None or state.dest in (_SKIP, _STYLES):
            return
        text = text.replace(b"\r", b"").replace(b"\n", b"")
        if self.fallback:
            skipped = min(self.fallback, len(text))
            count = skipped
            if self.utf8:
                skipped, count = _characters(text, self.fallback)
            text, self.fallback = text[skipped:], self.fallback - count
        if state.dest == _FONTS:
            self._font_name(text)
        else:
            self.pending += text

    def _byte(self, byte: int) -> None:
        if self.fallback:
            self.fallback -= 1
            return
        state = self.stack[-1] if self.stack else None
        if state is not None and state.dest == _FONTS:
            self._font_name(bytes([byte]))
        elif state is not None and state.dest == _TEXT:
            self.pending.append(byte)

    def _flush(self) -> None:
        if self.pending:
            font = self.fonts.get(self._font())
            codec = font.codec if font is not None and font.codec else self.codec
            if self.utf8:
                codec = "utf-8"
            self._emit(_decode(bytes(self.pending), codec))
            self.pending.clear()

    def _font(self) -> int:
        """The font of the text being read: its own, its character or paragraph style's,
        or the document's default."""
        state = self.stack[-1]
        if state.font is not None:
            return state.font
        found = self._style_font(b"cs", state.char_style)
        if found is None:
            found = self._style_font(b"s", state.style)
        return self.default_font if found is None else found

    def _style_font(self, kind: bytes, number: int | None) -> int | None:
        for _ in range(8):  # a style based on another, a few deep at most
            if number is None:
                return None
            found = self.style_fonts.get((kind, number))
            if found is not None:
                return found
            number = self.based_on.get((kind, number))
        return None

    def _emit(self, text: str) -> None:
        state = self.stack[-1]
        if state.dest != _TEXT or state.story is None or state.hidden or state.deleted:
            return
        font = self.fonts.get(self._font())
        if font is not None and capital_font(font.name):
            text = text.translate(_ASCII_CAPITALS)  # an old H font draws them as capitals
        state.story.line.append(text)


    def _unicode(self, code: int) -> None:
        """A ``\\uN`` character; a character beyond 16 bits comes as two (UTF-16)."""
        if 0xD800 <= code < 0xDC00:
            self.high = code
            return
        high, self.high = self.high, None
        if 0xDC00 <= code < 0xE000:
            code = 0x10000 + ((high - 0xD800) << 10) + code - 0xDC00 if high else 0xFFFD
        self._emit(chr(code))

    # --- control words ----------------------------------------------------------

    def _word(self, word: bytes, number: int | None) -> None:
        state = self.stack[-1] if self.stack else None
        if state is not None and word in (b"upr", b"ud"):
            # {\upr {text in the code page} {\*\ud {the same in Unicode}}}: the second read
            if word == b"upr":
                state.resume, state.dest = state.dest, _SKIP
            else:
                state.dest = _SKIP if state.resume is None else state.resume
                state.resume = None
            self.ignorable = False
            return
        if state is None or state.dest == _SKIP:
            return
        if self.ignorable:  # {\*\word …}: a destination to skip unless it is known
            self.ignorable = False
            if word not in _STARRED and not (state.dest == _STYLES and word in _STYLE_KINDS):
                state.dest = _SKIP
                return
        if self.fallback and word not in _STRUCTURE:
            self.fallback -= 1
            return
        if word in _SKIPPED:
            state.dest = _SKIP
        elif state.dest == _FONTS:
            self._font_word(word, number)
        elif state.dest == _STYLES:
            self._style_word(word, number)
        elif word == b"fonttbl":
            state.dest = _FONTS
        elif word == b"stylesheet":
            state.dest, self.entry = _STYLES, (b"s", 0)
        elif word in _SHOWN:
            self._emit(_SHOWN[word])
        elif word == b"u" and number is not None:
            self._unicode(number % 0x10000)
            self.fallback = state.uc
        elif not self._format(state, word, number):
            self._structure(state, word, number)

    def _format(self, state: _State, word: bytes, number: int | None) -> bool:
        """Apply a formatting word to the group's state; False if ``word`` is not one."""
        on = number != 0
        if word == b"f":
            state.font = number
        elif word == b"plain":
            state.font, state.char_style, state.hidden, state.deleted = None, None, False, False
        elif word == b"pard":
            state.intbl, state.itap, state.style = False, 0, 0
        elif word == b"intbl":
            state.intbl = True
        elif word == b"itap":
            state.itap = number or 0
        elif word == b"s":
            state.style = number or 0
        elif word == b"cs":
            state.char_style = number
        elif word == b"v":
            state.hidden = on
        elif word == b"deleted":
            state.deleted = on
        elif word == b"uc":
            state.uc = max(number or 0, 0)
        elif word == b"ansicpg" and number is not None:
            self.codec = _codec(f"cp{number}") or self.codec
        elif word == b"urtf":
            self.codec, self.utf8 = "utf-8", True
        elif word in _DOCUMENT_CODE_PAGES:
            self.codec = _DOCUMENT_CODE_PAGES[word]
        elif word == b"deff":
            self.default_font = number or 0
        else:
            return False
        return True

    def _structure(self, state: _State, word: bytes, number: int | None) -> None:
        """Paragraphs, cells, rows, and the rows' cell boundaries."""
        story = state.story
        if story is None:
            return
        if word in _PARAGRAPH_ENDS:
            story.paragraph(state.intbl or state.itap > 0)
        elif word == b"cell":
            story.end_cell()
        elif word == b"nestcell":  # a nested table's cell: a paragraph of the outer cell
            story.paragraph(True)
        elif word == b"row":
            story.end_row()
        elif word == b"trowd":
            story.bounds, story.left, story.flags = [], 0, 0
        elif word == b"trleft":
            story.left = number or 0
        elif word in _MERGES:
            story.flags |= _MERGES[word]
        elif word == b"cellx":
            left = story.bounds[-1][1] if story.bounds else story.left
            story.bounds.append((left, number or 0, story.flags))
            story.flags = 0
        elif word == b"footnote":  # (or an endnote: \ftnalt) held at its mark
            state.story = _Note()

    def _symbol(self, symbol: bytes) -> None:
        state = self.stack[-1] if self.stack else None
        if state is None or state.dest == _SKIP:
            return
        if symbol == b"*":
            self.ignorable = True
        elif self.fallback and symbol not in _PARAGRAPH_ENDS:
            self.fallback -= 1
        elif state.dest != _TEXT:
            return
        elif symbol in _SHOWN:
            self._emit(_SHOWN[symbol])
        elif symbol in _PARAGRAPH_ENDS and state.story is not None:
            state.story.paragraph(state.intbl or state.itap > 0)

    # --- the font table and the stylesheet -------------------------------------

    def _font_word(self, word: bytes, number: int | None) -> None:
        if word == b"f" and number is not None:
            self._end_font()
            self.font_entry = (number, bytearray(), 0, None)
        elif self.font_entry is not None and word == b"fcharset":
            font, name, _, page = self.font_entry
            self.font_entry = (font, name, number or 0, page)
        elif self.font_entry is not None and word == b"cpg":
            font, name, charset, _ = self.font_entry
            self.font_entry = (font, name, charset, _codec(f"cp{number}"))

    def _font_name(self, text: bytes) -> None:
        if self.font_entry is None:
            return
        end = text.find(b";")
        self.font_entry[1].extend(text if end < 0 else text[:end])
        if end >= 0:
            self._end_font()

    def _end_font(self) -> None:
        if self.font_entry is None:
            return
        number, raw, charset, page = self.font_entry
        self.font_entry = None
        name = raw.decode("latin-1").strip()
        if _old_font(name):
            codec: str | None = _OLD
        elif charset == 2:
            codec = _SYMBOL
        else:
            codec = page or (_codec(_CHARSETS[charset]) if charset in _CHARSETS else None)
        self.fonts[number] = _Font(name, codec)

    def _style_word(self, word: bytes, number: int | None) -> None:
        if word in _STYLE_KINDS:
            self.entry = (word, number or 0)
        elif word == b"f" and number is not None:
            self.style_fonts[self.entry] = number
        elif word == b"sbasedon" and number is not None:
            self.based_on[self.entry] = number


_STARRED = frozenset({b"footnote", b"fldrslt", b"listtext", b"pntext"})
_STYLE_KINDS = frozenset({b"s", b"cs", b"ds", b"ts"})
_MERGES = {b"clvmrg": VMERGED, b"clmrg": HMERGED}
_DOCUMENT_CODE_PAGES = {b"ansi": "cp1252", b"mac": "mac_roman", b"pc": "cp437", b"pca": "cp850"}


def read_rtf(path: Path, name: str) -> RtfText:
    """An RTF file's paragraphs and tables in reading order (its footnotes and endnotes in
    brackets after the paragraphs marking them), and notes on how it was read.

    Args:
        path: the file (its size already checked).
        name: how to name the file in messages.

    Raises:
        LoadError: not an RTF file, an empty one, or one nested too deep to be real.
    """
    data = path.read_bytes()
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n\x00")
    if not head:
        raise LoadError(name, "is empty: nothing to ingest")
    if not head.startswith(RTF_HEADS):
        raise LoadError(
            name,
            "is not an RTF file (it does not begin with {\\rtf): open it in Word or "
            "LibreOffice and save it as .docx",
        )
    try:
        return _Reader(head, name).read()
    except LoadError:
        raise
    except (ValueError, IndexError, KeyError, OverflowError) as exc:  # not met in tests
        raise LoadError(
            name,
            f"is a damaged RTF file ({exc}): open it in Word or LibreOffice and save it as .docx",
        ) from exc


def read_rtf_blocks(path: Path, name: str) -> list[str | Grid]:
    """An RTF file's paragraphs (str) and tables (``Grid``) in reading order (see
    ``read_rtf``)."""
    return read_rtf(path, name).blocks
