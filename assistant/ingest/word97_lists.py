"""Word's automatic list numbers in a Word 97–2003 ``.doc`` ("Điều 1.", "1.", "a)"), which
its text does not hold, as a DOCX's does not ([MS-DOC]).

A paragraph names a list instance (``sprmPIlfo``: a 1-based index into the LFOs of the
table stream's PlfLfo) and a level (``sprmPIlvl``), itself or through its paragraph style
and the styles that style is based on (the STSH). An LFO names a list (its LSTF in the
PlfLst, by list id) and may override a level's start or the whole level (LFOLVL). Each list
level (LVL) says how it is counted (start, number format ``nfc``, when it restarts) and
written (its number text, whose characters 0–8 stand for the levels' numbers). Counting is
``word_numbering.Counter``'s, as for a DOCX: two LFOs over one list go on with its count.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from assistant.ingest.word_numbering import Counter, Level

# MSONFC number formats, as the DOCX reader names them ([MS-OSHARED] 2.2.1.3); the others
# are counted as decimals, as ``formatted_count`` writes the kinds it does not know.
_FORMATS = {
    0: "decimal",
    1: "upperRoman",
    2: "lowerRoman",
    3: "upperLetter",
    4: "lowerLetter",
    22: "decimalZero",
    23: "bullet",
    255: "none",
}
_FOLLOW = {0: "tab", 1: "space", 2: "nothing"}  # LVLF.ixchFollow
_LSTF, _LVLF, _LFO, _LFOLVL = 28, 28, 16, 8
_LEVELS = 9
_NO_STYLE = 0x0FFF  # istdBase of a style based on none
_NO_LIST = -2047  # ilfo 0xF801: a style's list taken away
_PARAGRAPH_STYLE = 1  # stk

# A paragraph's list as its properties give it: (ilfo, ilvl), either None where not given.
ListProps = tuple[int | None, int | None]


def _u16(data: bytes, at: int) -> int:
    return int(struct.unpack_from("<H", data, at)[0])


def _s16(data: bytes, at: int) -> int:
    return int(struct.unpack_from("<h", data, at)[0])


def _s32(data: bytes, at: int) -> int:
    return int(struct.unpack_from("<i", data, at)[0])


def _lvl(table: bytes, at: int) -> tuple[Level, int]:
    """The LVL at ``at`` and the offset after it: its LVLF, grpprlPapx, grpprlChpx, then
    its number text (an Xst)."""
    lvlf = table[at : at + _LVLF]
    if len(lvlf) < _LVLF:
        raise ValueError("a list level is cut short")
    flags, follow = lvlf[5], lvlf[15]
    placeholders = {n for n in lvlf[6:15] if n}  # 1-based offsets into the number text
    at += _LVLF + lvlf[25] + lvlf[24]  # cbGrpprlPapx, cbGrpprlChpx
    size = _u16(table, at) * 2
    raw = table[at + 2 : at + 2 + size]
    if len(raw) < size:
        raise ValueError("a list level's number text is cut short")
    text = "".join(
        f"%{ord(char) + 1}" if i + 1 in placeholders and ord(char) < _LEVELS else char
        for i, char in enumerate(raw.decode("utf-16-le", errors="replace"))
    )
    restart = lvlf[26] - 1 if flags & 0x08 else None  # fNoRestart: from ilvlRestartLim on
    level = Level(
        start=max(_s32(lvlf, 0), 0),
        format=_FORMATS.get(lvlf[4], "decimal"),
        text=text,
        restart=restart,
        suffix=_FOLLOW.get(follow, "tab"),
        legal=bool(flags & 0x04),
    )
    return level, at + 2 + size


def _lists(table: bytes, fc: int, lcb: int) -> dict[int, dict[int, Level]]:
    """The PlfLst's lists by list id: each LSTF's levels (one for a simple list, else
    nine), read from the LVLs that follow the PlfLst."""
    if lcb < 2:
        return {}
    count = _s16(table, fc)
    at = fc + 2 + _LSTF * count
    if count < 0 or at > len(table):
        raise ValueError("the list table is cut short")
    lists = {}
    for i in range(count):
        lstf = fc + 2 + _LSTF * i
        levels = {}
        for n in range(1 if table[lstf + 26] & 0x01 else _LEVELS):
            levels[n], at = _lvl(table, at)
        lists[_s32(table, lstf)] = levels
    return lists


@dataclass(frozen=True)
class _Instance:
    """An LFO: the list it counts in and its levels there, with its start overrides."""

    list_id: int
    levels: dict[int, Level]
    starts: dict[int, int] = field(default_factory=dict)


def _instances(
    table: bytes, fc: int, lcb: int, lists: dict[int, dict[int, Level]]
) -> list[_Instance | None]:
    """The PlfLfo's LFOs in order (None: of no list the file has), their LFOLVL overrides
    read from the LFOData that follow them."""
    if lcb < 4:
        return []
    count = _s32(table, fc)
    at = fc + 4 + _LFO * count
    if count < 0 or at > len(table):
        raise ValueError("the list instances are cut short")
    instances: list[_Instance | None] = []
    for i in range(count):
        lfo = fc + 4 + _LFO * i
        list_id, overrides = _s32(table, lfo), table[lfo + 12]
        levels, starts = dict(lists.get(list_id, {})), {}
        at += 4  # the LFOData's cp
        for _ in range(overrides):
            start, flags = _s32(table, at), _s32(table, at + 4)
            level, at = flags & 0x0F, at + _LFOLVL
            if flags & 0x20:  # fFormatting: a whole level follows, its start the override
                levels[level], at = _lvl(table, at)
                if flags & 0x10:
                    starts[level] = levels[level].start
            elif flags & 0x10:  # fStartAt
                starts[level] = max(start, 0)
        instances.append(_Instance(list_id, levels, starts) if list_id in lists else None)
    return instances


def _styles(table: bytes, fc: int, lcb: int) -> dict[int, tuple[int, int]]:
    """Where each paragraph style of the STSH lies, by istd: its STD's offset and size."""
    if lcb < 2:
        return {}
    end = fc + lcb
    stshi = fc + 2
    count, base_size = _u16(table, stshi), _u16(table, stshi + 2)
    at = stshi + _u16(table, fc)
    styles = {}
    for istd in range(count):
        if at + 2 > end:
            break
        size = _u16(table, at)
        std, at = at + 2, at + 2 + size + (size & 1)
        if size >= base_size and _u16(table, std + 2) & 0x0F == _PARAGRAPH_STYLE:
            styles[istd] = (std, size)
    return styles


class Numbering:
    """A ``.doc``'s lists, and the labels of its numbered paragraphs in reading order."""

    def __init__(
        self,
        table: bytes,
        lists: tuple[int, int],
        instances: tuple[int, int],
        styles: tuple[int, int],
        read: Callable[[bytes], ListProps],
    ) -> None:
        """Args:
        table: the table stream.
        lists, instances, styles: (fc, lcb) of the PlfLst, the PlfLfo and the STSH.
        read: a grpprl's (sprmPIlfo, sprmPIlvl) values (word97's sprm reader).
        """
        self.table, self.read = table, read
        self.where = (lists, instances)
        self.styles = _styles(table, *styles)
        self.base_size = _u16(table, styles[0] + 4) if self.styles else 0
        self.own: dict[int, tuple[int | None, ListProps]] = {}
        self.by_style: dict[int, ListProps] = {}

    def _own(self, istd: int) -> tuple[int | None, ListProps]:
        """A paragraph style's base style (its istd) and the list its own UPX gives."""
        if istd not in self.own:
            std, size = self.styles[istd]
            base = _u16(self.table, std + 2) >> 4
            name = std + self.base_size
            upx = name + 2 + 2 * _u16(self.table, name) + 2  # the name (an Xstz), its null
            papx = self.table[upx + 2 : min(upx + 2 + _u16(self.table, upx), std + size)]
            props = self.read(papx[2:]) if upx + 2 <= std + size else (None, None)
            self.own[istd] = (None if base == _NO_STYLE else base, props)
        return self.own[istd]

    def style_props(self, istd: int) -> ListProps:
        """The list a paragraph style gives: its own, else its base style's, and so on (a
        loop of based-on styles ends the walk)."""
        if istd not in self.by_style:
            ilfo = ilvl = None
            seen = set()
            at: int | None = istd
            while at in self.styles and at not in seen and (ilfo is None or ilvl is None):
                seen.add(at)
                at, (own_ilfo, own_ilvl) = self._own(at)
                ilfo = own_ilfo if ilfo is None else ilfo
                ilvl = own_ilvl if ilvl is None else ilvl
            self.by_style[istd] = (ilfo, ilvl)
        return self.by_style[istd]

    def labels(self, paragraphs: Iterable[tuple[int, ListProps]]) -> list[str]:
        """Each paragraph's label ("Điều 1. ", "a) "; "" for none), counted in order.

        Args:
            paragraphs: each paragraph's style (istd) and its own list properties.
        """
        # each paragraph's LFO (an index in the PlfLfo; None: of no list) and level
        found: list[tuple[int | None, int]] = []
        for istd, (ilfo, ilvl) in paragraphs:
            if ilfo is None or ilvl is None:
                style_ilfo, style_ilvl = self.style_props(istd)
                ilfo = style_ilfo if ilfo is None else ilfo
                ilvl = style_ilvl if ilvl is None else ilvl
            # a negative ilfo: the list of LFO -ilfo, the paragraph's own indents kept
            index = abs(ilfo) - 1 if ilfo and ilfo != _NO_LIST else None
            found.append((index, min(max(ilvl or 0, 0), _LEVELS - 1)))
        if all(index is None for index, _ in found):
            return [""] * len(found)  # (most files: the lists are read only when used)
        lists, instances = self.where
        read = _instances(self.table, *instances, _lists(self.table, *lists))
        counter = Counter()
        out = []
        for index, level in found:
            instance = read[index] if index is not None and index < len(read) else None
            if instance is None or level not in instance.levels:
                out.append("")
                continue
            start = instance.starts.get(level)
            out.append(counter.label(instance.list_id, index, instance.levels, level, start))
        return out
