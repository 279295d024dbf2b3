"""Vietnamese document structure: headings found in the text, built into a tree.

Levels, outermost first: ``Chương II`` (chapter), ``Mục 1``, ``Điều 5.`` or a
roman ``II.``, numbered ``1.``, ``1.1.``, ``1.1.1.``, lettered ``a)``. A heading
must start its line (Markdown ``#``/``**``/``-`` decoration allowed); numbered and
lettered ones must also continue their siblings' sequence (``1.`` or the next
number, ``a)`` or the next letter), so ``năm 2021. Trong đó`` or a stray
``15. …`` in running text is not taken for a section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

RANK_CHAPTER, RANK_PART, RANK_TOP, RANK_NUMBERED, RANK_LETTERED = 0, 1, 2, 3, 7
# A section of one of these ranks (or the shallowest rank used) is top-level:
# no chunk ever spans two of them.
TOP_RANKS = frozenset({RANK_CHAPTER, RANK_PART, RANK_TOP})
TITLE_CHARS = 120

_DECORATION = r"(?:\#{1,6}\s+|>\s*)?(?:\*\*|__)?(?:[-–•+]\s+(?=[a-zđ]\)))?"
_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(rf"{_DECORATION}(?:Chương|CHƯƠNG)\s+(?P<n>{_ROMAN}|\d{{1,2}})\b[.:]?")),
    ("part", re.compile(rf"{_DECORATION}(?:Mục|MỤC)\s+(?P<n>\d{{1,2}}|{_ROMAN})\b[.:]?(?=\s|$)")),
    ("article", re.compile(rf"{_DECORATION}(?:Điều|ĐIỀU)\s+(?P<n>\d{{1,3}}[a-z]?)\s*[.:]")),
    ("roman", re.compile(rf"{_DECORATION}(?P<n>{_ROMAN})[.)]\s+(?=\S)")),
    ("numbered", re.compile(rf"{_DECORATION}(?P<n>\d{{1,2}}(?:\.\d{{1,2}}){{0,2}})[.)]?\s+(?=\S)")),
    ("lettered", re.compile(rf"{_DECORATION}(?P<n>[a-zđ])\)\s+(?=\S)")),
)
_VN_LETTERS = "abcdđeghiklmnopqrstuvxy"
_OPENERS = "“\"'«([“‘"


@dataclass
class Section:
    """A node of the section tree.

    Attributes:
        kind: ``chapter``, ``part``, ``article``, ``roman``, ``numbered``, ``lettered``
            or ``root``.
        label: the path label: ``Chương II``, ``Mục 1``, ``Điều 5``, ``II``, ``3``, ``a``.
        title: the heading's text, for display.
        rank: depth of the level (``RANK_*``); smaller is outer.
        start: offset of the heading line in the text.
        head_end: end of the heading line(s).
        end: end of the section, children included.
        path: labels from the outermost section to this one.
        children: sub-sections in order.
    """

    kind: str
    label: str
    title: str
    rank: int
    start: int
    head_end: int
    end: int = 0
    path: tuple[str, ...] = ()
    children: list[Section] = field(default_factory=list)

    @property
    def body_end(self) -> int:
        """Where this section's own text ends: the first child's start, or its end."""
        return self.children[0].start if self.children else self.end


def _roman_value(s: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for a, b in zip(s, [*s[1:], ""], strict=True):
        v = values[a]
        total += -v if b and values[b] > v else v
    return total


def _short_title(text: str) -> str:
    """The heading text up to its first sentence end, at most ``TITLE_CHARS``."""
    text = text.strip().strip("*_#").strip()
    m = re.search(r"[.:;](?:\s|$)", text)
    if m and m.start() > 0:
        text = text[: m.start()]
    if len(text) > TITLE_CHARS:
        text = text[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    return text


def _classify(line: str) -> tuple[str, str, str, int] | None:
    """``(kind, number, rest, rank)`` when ``line`` starts with a heading label."""
    for kind, pattern in _PATTERNS:
        m = pattern.match(line)
        if not m or not m.group("n"):
            continue
        n, rest = m.group("n"), line[m.end() :].strip()
        if kind == "roman" and not (
            _roman_value(n) and (rest[:1].isupper() or rest[:1] in _OPENERS)
        ):
            continue
        if kind == "numbered" and not (rest[:1].isupper() or rest[:1] in _OPENERS):
            continue
        if kind == "numbered" and "." not in n and line[m.start("n") + len(n)] not in ".)":
            continue
        rank = {
            "chapter": RANK_CHAPTER,
            "part": RANK_PART,
            "article": RANK_TOP,
            "roman": RANK_TOP,
            "numbered": RANK_NUMBERED + n.count("."),
            "lettered": RANK_LETTERED,
        }[kind]
        return kind, n, rest, rank
    return None


def heading_title(line: str) -> str | None:
    """The title of the section ``line`` opens (``2. Cải cách thủ tục hành chính`` →
    ``Cải cách thủ tục hành chính``; ``2. Kiểm tra: thực hiện …`` → ``Kiểm tra``), the
    title ``Section.title`` gives it; None when ``line`` opens none."""
    found = _classify(line.strip())
    return (_short_title(found[2]) or None) if found else None


def starts_heading(line: str) -> bool:
    """Whether ``line`` starts with a heading label (``Điều 5.``, ``II.``, ``1.``, ``a)``)."""
    return _classify(line.strip()) is not None


def _follows(kind: str, n: str, previous: Section | None) -> bool:
    """Whether a numbered/lettered label continues its previous sibling's sequence."""
    if kind == "numbered":
        last = int(n.rsplit(".", 1)[-1])
        if previous is None or previous.kind != kind:
            return last == 1
        return last in (1, int(previous.label.rsplit(".", 1)[-1]) + 1)
    if kind == "lettered":
        if previous is None or previous.kind != kind:
            return n == "a"
        prev = previous.label
        nxt = {_VN_LETTERS[_VN_LETTERS.index(prev) + 1]} if prev in _VN_LETTERS[:-1] else set()
        return n == "a" or n in nxt | {chr(ord(prev) + 1)}
    return True


_LABELS = {"chapter": "Chương {}", "part": "Mục {}", "article": "Điều {}"}


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with its start offset."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _close(node: Section, end: int) -> None:
    """Set ``end`` on ``node`` and its descendants (each ends where the next sibling starts)."""
    node.end = end
    for i, child in enumerate(node.children):
        nxt = node.children[i + 1].start if i + 1 < len(node.children) else end
        _close(child, nxt)


def parse_sections(text: str) -> Section:
    """Find the headings of ``text`` and build its section tree.

    Args:
        text: a document's normalised text.

    Returns:
        The root section (kind ``root``, empty path) covering the whole text;
        the text before the first heading is the root's own text.
    """
    root = Section("root", "", "", -1, 0, 0)
    stack = [root]
    untitled: Section | None = None  # "Chương I" whose title is on the next line
    for start, line in _lines(text):
        stripped = line.strip()
        found = _classify(stripped) if stripped else None
        if untitled is not None and stripped:
            if found is None and len(stripped) <= 200:
                untitled.title = _short_title(stripped)
                untitled.head_end = start + len(line)
                untitled = None
                continue
            untitled = None
        if found is None:
            continue
        kind, n, rest, rank = found
        depth = len(stack)
        while stack[depth - 1].rank >= rank:
            depth -= 1
        parent = stack[depth - 1]
        if not _follows(kind, n, parent.children[-1] if parent.children else None):
            continue
        del stack[depth:]
        label = _LABELS.get(kind, "{}").format(n)
        section = Section(
            kind,
            label,
            _short_title(rest),
            rank,
            start,
            start + len(line),
            path=(*parent.path, label),
        )
        parent.children.append(section)
        stack.append(section)
        if kind in ("chapter", "part") and not section.title:
            untitled = section
    _close(root, len(text))
    return root
