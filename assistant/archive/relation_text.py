"""What the relation grammar reads a text into: statements, the documents they name, scopes.

A statement (``Unit``) is a sentence, a preamble item (``Căn cứ …;``) or a list item
(``b) Bãi bỏ khoản 2 Điều 32.``), with its list depth so that sub-items find their lead-in.
A document reference (``Ref``) is a citation of the citation grammar, the text's own
document (``Luật này``), or a document named by title (``Luật Tổ chức Chính phủ``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from assistant.archive import relation_patterns as rp
from assistant.citations import Citation
from assistant.citations.normalize import iso_date

# Kinds whose changes are no relation between documents: a contract's annex amends a
# contract (`Phụ lục 2 sửa đổi Điều 3 của Hợp đồng số …`), an agreement between parties.
NOT_ACTS = frozenset({"Hợp đồng", "Biên bản", "Giấy mời"})
# List depth of a statement: an article heading, `1.`, `a)`, `-`; plain text deepest.
DEPTHS = {"article": 0, "num": 1, "letter": 2, "dash": 3}
PLAIN = 9
# A sentence ends at `.` or `;` before a capital, a digit or an opening bracket.
_SENTENCE_END = re.compile(rf"(?<=[.;])[ \t]+(?=[{rp.UPPER}(“\"0-9])")


@dataclass
class Ref:
    """A document named in a statement.

    Attributes:
        start: offset of the reference (its type word, or its scope when one leads it).
        end: end offset.
        ident: canonical ident, None for a title or the text's own document.
        title: the title of a document named without a number.
        date: ISO date written with it (with a title, or after a number).
        self_ref: the text's own document (``Luật này``).
        scope: the part named with it (``Điều 28 Luật số …``), if any.
        kind: the citation's kind word (``Kế hoạch``), when it is a citation.
    """

    start: int
    end: int
    ident: str | None = None
    title: str | None = None
    date: str | None = None
    self_ref: bool = False
    scope: str | None = None
    kind: str | None = None


@dataclass
class Unit:
    """One statement of the text."""

    start: int
    end: int
    depth: int = PLAIN
    content: int = 0  # where the words start, after a list marker
    preamble: bool = False  # a `Căn cứ …` item
    quoted: bool = False  # amended text quoted after `như sau:`
    refs: list[Ref] = field(default_factory=list)


def split_units(text: str) -> list[Unit]:
    """The statements of ``text``, in order; a line's later sentences are plain depth."""
    units: list[Unit] = []
    spans = logical_lines(text)
    lines = [text[a:b] for a, b in spans]
    for n, line in enumerate(lines):
        line_start = spans[n][0]
        base = _preamble_line(lines, n)
        quoted = bool(rp.QUOTED_RE.match(line))
        item = rp.ITEM_RE.match(line)
        words = _skip_blank(line, item.end()) if item and item.lastgroup else 0
        for i, m in enumerate(_sentences(line, words)):
            start, end = line_start + m[0], line_start + m[1]
            unit = Unit(start=start, end=end, content=start, preamble=base, quoted=quoted)
            if i == 0 and item and item.lastgroup:
                unit.depth = DEPTHS[item.lastgroup]
                unit.content = line_start + words
            units.append(unit)
            # "Thực hiện Kế hoạch số …; căn cứ Quyết định số …, Ủy ban nhân dân huyện ban
            # hành …": the grounds after the semicolon are also a preamble item of their own
            grounds = None if base else _GROUNDS_AFTER.search(text, start, end)
            if grounds is not None:
                at = grounds.start("g")
                units.append(Unit(start=at, end=end, content=at, preamble=True, quoted=quoted))
    return units


# The grounds a lead-in gives after its semicolon: "…; căn cứ Quyết định số …".
_GROUNDS_AFTER = re.compile(r";\s*(?P<g>căn cứ(?:\s+(?:vào|theo))?\s+)(?=\S)")


# A line that ends no sentence runs on when the next starts in lower case or with a number's
# rest (`… thay thế Quyết định số` / `22/2015/QĐ-UBND …`): PDF text breaks lines anywhere.
_ENDS_STATEMENT = re.compile(r"[.;:!?…”\")]\s*$")
_RUNS_ON = re.compile(r"^\s*(?:[a-zđà-ỹ]|\d+/\d|\d{4}\b)")
_DASH_END = re.compile(r"\w\s+[-–]\s*$")


def logical_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line, a line that runs on joined with the next; across one
    blank line too, where a PDF's pages are joined (`… và thay` / (page) / `thế Quyết định
    số …`): a sentence left open, then one going on in lower case."""
    spans: list[tuple[int, int]] = []
    pos = 0
    previous = ""
    blank = False  # one blank line stands between ``previous`` and this one
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            # one blank line may be a page break inside a sentence (the next line decides);
            # two are a paragraph's end
            previous, blank = (previous, True) if not blank else ("", False)
            spans.append((start, start + len(line)))
            continue
        if spans and _runs_on(previous, line) and (not blank or _RUNS_ON.match(line)):
            if blank:
                spans.pop()  # the blank line joins the sentence it stands in
            spans[-1] = (spans[-1][0], start + len(line))
        else:
            spans.append((start, start + len(line)))
        previous, blank = line, False
    return spans


def run_on(text: str) -> str:
    """``text`` with the breaks inside run-on lines made blanks (offsets unchanged)."""
    return "\n".join(text[a:b].replace("\n", " ") for a, b in logical_lines(text))


# Text copied from a web page keeps its tags and entities (`<p>Thực hiện Kế hoạch số …`,
# `nhiệm vụ.&nbsp;Ban hành`): they read as blanks of the same length, so offsets hold.
_MARKUP = re.compile(
    r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>\n]{0,80})?/?>|&(?:nbsp|amp|quot|lt|gt|#\d{1,5});"
)


def blank_markup(text: str) -> str:
    """``text`` with HTML tags and entities made blanks (offsets unchanged)."""
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)


def _runs_on(last: str, line: str) -> bool:
    """Whether ``line`` continues the sentence the physical line ``last`` left open."""
    if not last.strip() or _ENDS_STATEMENT.search(last) or last.isupper():
        return False
    item = rp.ITEM_RE.match(line)
    if item and item.lastgroup:
        return False
    # "… Sở Lao động -" + "Thương binh và Xã hội …": a name broken at its dash
    return bool(_RUNS_ON.match(line) or (_DASH_END.search(last) and line[:1].isalpha()))


def _sentences(line: str, words: int) -> list[tuple[int, int]]:
    """Sentence spans of a line; a list marker (`Điều 1.`, `1.`) ends no sentence."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(line, words):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(line)))
    return [(a + _lead(line[a:b]), b - _trail(line[a:b])) for a, b in spans if line[a:b].strip()]


def _lead(s: str) -> int:
    return len(s) - len(s.lstrip())


def _trail(s: str) -> int:
    return len(s) - len(s.rstrip())


def _skip_blank(line: str, i: int) -> int:
    while i < len(line) and line[i] in " \t\u00a0":
        i += 1
    return i


# A numbered document opening a line: "Nghị định số 107/2021/NĐ-CP …".
_GROUNDS_ITEM = re.compile(
    r"^(?:Luật|Bộ luật|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch)\s+(?:số\s+)?\d"
)

_NEXT_PREAMBLE = re.compile(r"^\s*(?:[-–]\s*)?(?:Căn cứ|Theo đề nghị|Xét đề nghị|Thực hiện)")
# A line in capitals only, as the enacting word after a preamble ("QUYẾT ĐỊNH:"); a report's
# heading has its numeral ("II. NHIỆM VỤ").
_CAPITALS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*:?")


def _capitals(line: str) -> bool:
    line = line.strip()
    return len(line) >= 6 and line == line.upper() and _CAPITALS.fullmatch(line) is not None


def _preamble_line(lines: list[str], n: int) -> bool:
    """A `Căn cứ …` line of a preamble: it ends as a list item ends, or other such lines follow.

    `Căn cứ theo Kế hoạch …, Sở … đã xây dựng …` is a sentence of a report, not a preamble.
    """
    line = lines[n].strip()
    if not rp.BASED_ON_RE.match(line):
        # a grounds list's next item without its own "Căn cứ": "Căn cứ Nghị định số 61/…;"
        # then "Nghị định số 107/2021/NĐ-CP … sửa đổi, bổ sung …;"
        above = next((m for m in range(n - 1, -1, -1) if lines[m].strip()), None)
        return bool(
            _GROUNDS_ITEM.match(line)
            and line.endswith((";", ","))
            and above is not None
            and _preamble_line(lines, above)
        )
    if not line.endswith("."):
        return True
    following = next((x for x in lines[n + 1 :] if x.strip()), "")
    before = next((x for x in reversed(lines[:n]) if x.strip()), "")
    return bool(
        _NEXT_PREAMBLE.match(following)
        or _capitals(following)
        or rp.BASED_ON_RE.match(before.strip())
    )


# --- references ---------------------------------------------------------------------------

# A law's name before its number: `Luật Phòng, chống ma túy số 23/2000/QH10`.
_NAME_BEFORE = re.compile(
    r"(?<![\w])((?:Hiến pháp|Bộ luật|Luật|Pháp lệnh)(?: (?!số\b)[^\s;:.()\d“”]+){1,14})"
    r"\s+(?:số\s*:?\s*)?$"
)


def title_map(text: str, citations: list[Citation]) -> dict[str, str]:
    """Titles the text gives numbered laws, folded: ``{"bộ luật hình sự": "15/1999/QH10"}``."""
    out: dict[str, str] = {}
    for c in citations:
        if not c.ident:
            continue
        m = _NAME_BEFORE.search(text, max(0, c.start - 120), c.start + _number_offset(c))
        if m:
            out.setdefault(fold(m.group(1)), c.ident)
    return out


def _number_offset(c: Citation) -> int:
    """Offset of the number inside the citation's text (after its type word)."""
    i = c.text.find(c.number or "")
    return max(i, 0)


def fold(title: str) -> str:
    """A title compared loosely: lower case, single spaces."""
    return " ".join(title.lower().split())


def refs_in(
    text: str, unit: Unit, citations: list[Citation], titles: dict[str, str], starts: list[int]
) -> list[Ref]:
    """The documents a statement names, in order; titles only where no citation stands.

    ``starts`` are the citations' start offsets (they come in text order).
    """
    lo, hi = bisect_left(starts, unit.start), bisect_left(starts, unit.end)
    refs = [
        Ref(start=c.start, end=c.end, ident=c.ident, date=c.date, scope=c.pinpoint, kind=c.kind)
        for c in citations[lo:hi]
        if c.ident and c.kind not in NOT_ACTS
    ]
    taken = [(r.start, r.end) for r in refs]
    for m in rp.SELF_RE.finditer(text, unit.start, unit.end):
        if not _overlaps(m.start(), m.end(), taken):
            refs.append(Ref(start=m.start(), end=m.end(), self_ref=True))
    for m in rp.TITLE_RE.finditer(text, unit.start, unit.end):
        numbered = next((r for r in refs if _NUMBER_AFTER.fullmatch(text, m.end(), r.start)), None)
        if numbered is not None:
            numbered.start = m.start()  # `Luật Cư trú số 81/2006/QH11` is one reference
            continue
        ref = _title_ref(text, m, titles)
        if ref and not _overlaps(m.start(), m.end(), taken + [(r.start, r.end) for r in refs]):
            refs.append(ref)
    return _join_amending_titles(text, sorted(refs, key=lambda r: r.start))


# An amending law's title names the laws it amends: `Luật sửa đổi, bổ sung một số điều của
# Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương` is one title.
_AMENDING_TITLE = re.compile(r"(?i)^(?:Luật|Pháp lệnh|Nghị định)\s+sửa đổi")
_AND = re.compile(r"\s+và\s+")


def _join_amending_titles(text: str, refs: list[Ref]) -> list[Ref]:
    out: list[Ref] = []
    for r in refs:
        last = out[-1] if out else None
        if (
            last is not None
            and last.title
            and r.title
            and _AMENDING_TITLE.match(last.title)
            and last.date is None
            and _AND.fullmatch(text, last.end, r.start)
        ):
            last.title = " ".join(text[last.start : r.start].split()) + " " + r.title
            last.end, last.date, last.ident = r.end, r.date, None
            continue
        out.append(r)
    return out


_NUMBER_AFTER = re.compile(r"[ \t]*(?:số[ \t]*:?[ \t]*)?")


def _title_ref(text: str, m: re.Match[str], titles: dict[str, str]) -> Ref | None:
    title = " ".join(m.group("title").split()).rstrip(",")
    words = title.split()
    kind_words = len(m.group("kind").split())
    if len(words) <= kind_words or words[-1] in ("này", "hiện", "hành"):
        return None
    first = words[kind_words]
    lawlike = m.group("kind").split()[-1] in ("luật", "pháp", "lệnh") or m.group("kind") == "Luật"
    if not (first[0].isupper() or lawlike):
        return None
    ref = Ref(start=m.start(), end=m.end(), title=title)
    d = rp.TITLE_DATE_RE.match(text, m.end())
    if d:
        ref.date, ref.end = date_of(d), d.end()
    ref.ident = titles.get(fold(title))
    return ref


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def date_of(m: re.Match[str]) -> str | None:
    """ISO date of a ``DATE`` match."""
    if m.group("y"):
        return iso_date(m.group("d"), m.group("m"), m.group("y"))
    return iso_date(m.group("d2"), m.group("m2"), m.group("y2"))


# --- scopes -------------------------------------------------------------------------------

_LEVELS = ("p", "k", "d", "m")
_NAMES = {"p": "điểm", "k": "khoản", "d": "Điều", "m": "Mục"}
_LIST_SEP = re.compile(r"\s*(?:,|;|\bvà\b)\s*")


def split_scope(written: str) -> list[str]:
    """The parts of a written scope list, each whole: ``khoản 3 và khoản 4 Điều 19`` →
    ``["khoản 3 Điều 19", "khoản 4 Điều 19"]``; ``các điểm a, b khoản 2`` → two points."""
    written = re.sub(r"^(?i:các)\s+", "", written.strip())
    parts: list[dict[str, str]] = []
    level = "d"
    for chunk in _LIST_SEP.split(written):
        chunk = chunk.strip().rstrip(")")
        if not chunk:
            continue
        m = rp.SCOPE_PART_RE.fullmatch(chunk)
        if m and any(m.group(x) for x in _LEVELS):
            part = {x: m.group(x) for x in _LEVELS if m.group(x)}
            level = next(x for x in _LEVELS if x in part)
        else:
            # A bare label continues the previous level: `điểm a, b` / `Điều 5, 9`;
            # `khoản 2 Điều 3` after it names the parent of all.
            lead = re.match(
                r"^(?i:(điểm|khoản|điều|mục)\s+)?([a-zđ]|\d+[a-z]?)\)?(?:\s+(.*))?$", chunk
            )
            if not lead:
                continue
            if lead.group(1):
                level = {"điểm": "p", "khoản": "k", "điều": "d", "mục": "m"}[lead.group(1).lower()]
            part = {level: lead.group(2)}
            if lead.group(3):
                rest = rp.SCOPE_PART_RE.fullmatch(lead.group(3).strip())
                if rest:
                    part.update({x: rest.group(x) for x in _LEVELS if rest.group(x)})
        parts.append(part)
    _distribute(parts)
    return [" ".join(f"{_NAMES[x]} {p[x]}" for x in _LEVELS if x in p) for p in parts]


def _distribute(parts: list[dict[str, str]]) -> None:
    """Earlier parts take the coarser levels the last part names: `khoản 3 và khoản 4 Điều 19`."""
    if not parts:
        return
    last = parts[-1]
    for part in parts[:-1]:
        finest = _LEVELS.index(next(x for x in _LEVELS if x in part))
        for x in _LEVELS[finest + 1 :]:
            if x not in part and x in last:
                part[x] = last[x]
