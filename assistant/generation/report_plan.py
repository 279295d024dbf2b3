"""Where a report's documents go in its outline: one heading per area holds them.

Each area's documents go under the headings that name the area with no heading below
naming it too; an area that has documents but no heading gets one, numbered after the
outline's last area heading and before its closing parts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from assistant.generation.outline import AREA_TITLES, AREAS, STAFF_PARTS, Heading
from assistant.generation.passages import content_words
from assistant.generation.report_documents import ReportDocument

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def place(headings: Sequence[Heading], areas: set[str]) -> list[Heading]:
    """The outline's headings, plus one for each area that has documents but no heading:
    numbered after the last area heading of level 2, before the closing parts; else under
    the outline's empty part for the tasks' results ("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ
    CẢI CÁCH HÀNH CHÍNH", whose areas a short report writes as run-in paragraphs), from
    1.; else as parts of their own before the closing parts, which move on."""
    out = list(headings)
    present = {h.area for h in out}
    missing = [a for a in AREA_TITLES if a in areas and a not in present]  # NQ 76's order
    if not missing:
        return out
    at = next((i for i, h in enumerate(out) if h.area in STAFF_PARTS), len(out))
    siblings = [h for h in out[:at] if h.area in AREAS and h.level == 2]
    empty = [
        i
        for i, h in enumerate(out[:at])
        if h.level == 1 and h.area is None and (i + 1 == len(out) or out[i + 1].level <= 1)
    ]
    if not siblings and empty:
        at = empty[-1] + 1
        extra = [
            Heading(f"{n}. {AREA_TITLES[a]}", 2, a) for n, a in enumerate(missing, start=1)
        ]
        return out[:at] + extra + out[at:]
    level = 2 if siblings else 1
    count = _last_number(out[:at], level)
    extra = [
        Heading(f"{_label(count + n, level)} {AREA_TITLES[a]}", level, a)
        for n, a in enumerate(missing, start=1)
    ]
    return out[:at] + extra + _renumbered(out[at:], level, len(extra))


def _renumbered(headings: Sequence[Heading], level: int, by: int) -> list[Heading]:
    """The headings after the inserted ones, their numbers of ``level`` moved on by ``by``
    ("IV. NHIỆM VỤ TRỌNG TÂM" after two new parts IV and V becomes "VI."), until a heading
    of a higher level ends the run of siblings."""
    out = []
    for h in headings:
        if h.level < level:
            by = 0
        head, dot, rest = h.text.partition(".")
        n = _number(head)
        if by and h.level == level and dot and n and n + by <= len(_ROMAN):
            h = replace(h, text=f"{_label(n + by, level)}{rest}")
        out.append(h)
    return out


def _last_number(headings: Sequence[Heading], level: int) -> int:
    """The number of the last heading of ``level`` among its siblings (0 if none)."""
    for h in reversed(headings):
        if h.level < level:
            return 0
        if h.level == level:
            return _number(h.text.split(".", 1)[0])
    return 0


def _number(head: str) -> int:
    """A heading's number before its dot ("3", "IV"), 0 when it is none."""
    head = head.strip()
    if head.isdigit():
        return int(head)
    return _ROMAN.index(head) + 1 if head in _ROMAN else 0


def _label(n: int, level: int) -> str:
    return f"{_ROMAN[n - 1]}." if level == 1 and n <= len(_ROMAN) else f"{n}."


def targets(headings: Sequence[Heading]) -> dict[str, list[int]]:
    """For each area, the headings that hold its documents: those naming the area with no
    heading below them naming it too (``1. Về kế hoạch`` under ``I. CÔNG TÁC CHỈ ĐẠO``;
    both ``a)`` and ``b)`` under ``1. Cải cách tổ chức bộ máy``)."""
    out: dict[str, list[int]] = {}
    for i, h in enumerate(headings):
        if h.area not in AREAS:
            continue
        below = _descendants(headings, i)
        if not any(headings[j].area == h.area for j in below):
            out.setdefault(h.area, []).append(i)
    return out


def _descendants(headings: Sequence[Heading], i: int) -> list[int]:
    out = []
    for j in range(i + 1, len(headings)):
        if headings[j].level <= headings[i].level:
            break
        out.append(j)
    return out


def assign(headings: Sequence[Heading], work: Sequence[ReportDocument]) -> dict[int, list]:
    """Heading index -> the documents presented under it; a document of an area with several
    target headings goes to the one whose words its subject shares most (first on a tie).
    Every target heading gets an entry, empty when the period has nothing there; the
    others (containers, closing parts) get none."""
    homes = targets(headings)
    out: dict[int, list[ReportDocument]] = {i: [] for ids in homes.values() for i in ids}
    for d in work:
        ids = homes.get(d.area or "")
        if not ids:
            continue
        words = content_words(f"{d.kind or ''} {d.subject or ''}")
        best = max(ids, key=lambda i: (len(words & content_words(headings[i].text)), -i))
        out[best].append(d)
    return out
