"""Word's automatic list numbers ("1.", "a)", "Điều 3.") as the reader sees them.

A DOCX keeps no list number in its text: a paragraph names a list (``w:numPr``: its
``numId`` and level, itself or through its style), and ``numbering.xml`` says how each
level is counted and written (``w:lvlText`` "Điều %1.", ``w:numFmt`` decimal, lowerLetter,
upperRoman …). Word counts the paragraphs of a list in reading order; python-docx gives no
number, so "Điều 1." typed by Word's numbering was lost, and with it the article a citation
points at. ``labels`` counts them as Word does, for the paragraphs of the body (tables
included) in reading order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn

from assistant.ingest.word_styles import style_chain, toggle_on

# Levels Word defines (w:ilvl 0–8).
_LEVELS = 9
_PLACEHOLDER = re.compile(r"%([1-9])")
_STYLE_ID = qn("w:styleId")
_PPR, _NUM_PR = qn("w:pPr"), qn("w:numPr")
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


@dataclass(frozen=True)
class Level:
    """How one level of a list is counted and written."""

    start: int = 1
    format: str = "decimal"
    text: str = ""
    # the level whose count restarts this one (``w:lvlRestart``; None: any higher level)
    restart: int | None = None
    # how the number is set apart from the text: "tab" (Word's default), "space", "nothing"
    suffix: str = "tab"
    # all levels written as decimals ("1.1.2" under upper-roman chapters: ``w:isLgl``)
    legal: bool = False


def _val(element: Any, tag: str) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return None if child is None else child.get(qn("w:val"))


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(element: Any) -> Level:
    restart = _val(element, "w:lvlRestart")
    legal = element.find(qn("w:isLgl"))
    return Level(
        start=_int(_val(element, "w:start"), 1),
        format=_val(element, "w:numFmt") or "decimal",
        text=_val(element, "w:lvlText") or "",
        restart=None if restart is None else _int(restart, 0) - 1,
        suffix=_val(element, "w:suff") or "tab",
        legal=legal is not None and toggle_on(legal),
    )


def _letters(n: int) -> str:
    """1 → a, 26 → z, 27 → aa (Word repeats the letter)."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in _ROMAN:
        while n >= value > 0:
            out += numeral
            n -= value
    return out or str(n)


def formatted_count(n: int, fmt: str) -> str:
    """``n`` written in a list level's format (``w:numFmt``): "3", "c", "iii", "III"."""
    if fmt in ("lowerLetter", "upperLetter"):
        letters = _letters(n)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)  # decimal, and the kinds Vietnamese documents do not use, as decimals


class _Lists:
    """The numbering part's lists: each ``numId``'s abstract list and its level overrides."""

    def __init__(self, numbering: Any) -> None:
        abstract: dict[str, dict[int, Level]] = {}
        for element in numbering.findall(qn("w:abstractNum")):
            abstract[element.get(qn("w:abstractNumId"))] = {
                _int(lvl.get(qn("w:ilvl")), 0): _level(lvl) for lvl in element.findall(qn("w:lvl"))
            }
        self.abstract_of: dict[str, str] = {}
        self.levels: dict[str, dict[int, Level]] = {}
        # numId → {level: start}, a list instance starting again ("w:startOverride")
        self.starts: dict[str, dict[int, int]] = {}
        for num in numbering.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            abstract_id = _val(num, "w:abstractNumId")
            if num_id is None or abstract_id not in abstract:
                continue
            levels = dict(abstract[abstract_id])
            starts = {}
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = _int(override.get(qn("w:ilvl")), 0)
                redefined = override.find(qn("w:lvl"))
                if redefined is not None:
                    levels[ilvl] = _level(redefined)
                start = _val(override, "w:startOverride")
                if start is not None:
                    starts[ilvl] = _int(start, 1)
            self.abstract_of[num_id] = abstract_id
            self.levels[num_id] = levels
            self.starts[num_id] = starts


class _StyleLists:
    """Each paragraph style's list (``numId``, level): its own, or the style's it is based
    on. Looked up only for the styles numbered paragraphs name (a template defines many)."""

    def __init__(self, styles: Any) -> None:
        self.styles = styles
        self.own: dict[str, tuple[str | None, str | None]] = {}
        for style in styles.xpath("w:style[w:pPr/w:numPr]") if styles is not None else ():
            num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            self.own[style.get(_STYLE_ID)] = (_val(num_pr, "w:numId"), _val(num_pr, "w:ilvl"))
        self.found: dict[str, tuple[str | None, str | None]] = {}

    def get(self, style_id: str | None) -> tuple[str | None, str | None]:
        if style_id is None or not self.own:
            return None, None
        if style_id not in self.found:
            ids = (s.get(_STYLE_ID) for s in style_chain(self.styles, style_id))
            numbered = next((i for i in ids if i in self.own), None)
            self.found[style_id] = self.own[numbered] if numbered else (None, None)
        return self.found[style_id]


def labels(paragraphs: Iterable[Any], numbering: Any, styles: Any) -> dict[Any, str]:
    """The number Word shows before each numbered paragraph (``w:p`` elements, in reading
    order), with what sets it apart from the text ("1. ", "a) ", "Điều 3. "); a paragraph of
    no list, or of a bulleted one, has none.

    Args:
        paragraphs: the body's ``w:p`` elements in reading order.
        numbering: the numbering part's element (``w:numbering``), or None.
        styles: the styles part's element (``w:styles``), or None.
    """
    if numbering is None:
        return {}
    by_style = _StyleLists(styles)
    numbered = [
        (p, props)
        for p in paragraphs
        for props in [p.find(_PPR)]
        if props is not None
        and (props.find(_NUM_PR) is not None or by_style.get(_val(props, "w:pStyle"))[0])
    ]
    if not numbered:
        return {}  # (most files: read the lists only for a numbered paragraph)
    lists = _Lists(numbering)
    # counts by abstract list (numbering instances of one abstract list continue it)
    counter = Counter()
    out: dict[Any, str] = {}
    for p, props in numbered:
        num_pr = props.find(_NUM_PR)
        num_id = _val(num_pr, "w:numId")
        ilvl = _val(num_pr, "w:ilvl")
        if num_id is None:
            style = _val(props, "w:pStyle")
            num_id, style_level = by_style.get(style)
            ilvl = ilvl or style_level
        if num_id is None or num_id == "0" or num_id not in lists.levels:
            continue  # no list ("0" takes a style's list away)
        level = min(max(_int(ilvl, 0), 0), _LEVELS - 1)
        levels = lists.levels[num_id]
        if level not in levels:
            continue
        start = lists.starts[num_id].get(level)
        label = counter.label(lists.abstract_of[num_id], num_id, levels, level, start)
        if label:
            out[p] = label
    return out


class Counter:
    """Word's count of its lists' paragraphs, told one numbered paragraph at a time in
    reading order: shared by the DOCX and the Word 97–2003 readers."""

    def __init__(self) -> None:
        # the counts of each list (its abstract list, or a .doc's list id), level by level
        self.counts: dict[object, list[int | None]] = {}
        # (list instance, level) whose start override has been used: it starts once
        self.started: set[tuple[object, int]] = set()

    def label(
        self,
        key: object,
        instance: object,
        levels: dict[int, Level],
        level: int,
        start: int | None = None,
    ) -> str:
        """The number shown before the next paragraph of list ``key`` at ``level``, with
        what sets it apart from the text ("1. ", "a) ", "Điều 3. "; "" for a bullet).

        Args:
            key: the list counted (instances of one list go on with its count).
            instance: the list instance (``numId``, a .doc's LFO) the paragraph names.
            levels: the instance's levels, by level.
            level: the paragraph's level (0–8), one of ``levels``.
            start: the instance's start override of that level, if any.
        """
        count = self.counts.setdefault(key, [None] * _LEVELS)
        current = count[level]
        if start is not None and (instance, level) not in self.started:
            self.started.add((instance, level))
            count[level] = start
        else:
            count[level] = levels[level].start if current is None else current + 1
        for deeper in range(level + 1, _LEVELS):
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or restart >= level:
                count[deeper] = None
        label = _label(levels, level, count)
        if not label:
            return ""
        return label + ("" if levels[level].suffix == "nothing" else " ")


def _label(levels: dict[int, Level], level: int, count: list[int | None]) -> str:
    """A level's text with each "%n" replaced by level n's count as that level writes it."""
    this = levels[level]
    if this.format == "bullet":
        return ""  # a bullet is no number to cite

    def number(m: re.Match[str]) -> str:
        n = int(m.group(1)) - 1
        value = count[n]
        if value is None:
            value = levels[n].start if n in levels else 1
        fmt = levels[n].format if n in levels else "decimal"
        if this.legal and n != level:
            fmt = "decimal"
        return "" if fmt == "none" else formatted_count(value, fmt)

    return _PLACEHOLDER.sub(number, this.text).strip()
