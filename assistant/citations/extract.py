"""Find citations in running text.

One pre-scan (``regexes.SCAN``) finds every number that stands before a slash (or
after ``số``); each hit is then read locally: the number and symbol, the type word
before it, the date, issuer and subject after it. Only matches: nothing here looks
a document up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.citations import regexes as rx
from assistant.citations.context import Context as _Context
from assistant.citations.context import (
    read_after,
    read_date_before,
    read_issuer_before,
    read_subject_before,
)
from assistant.citations.normalize import iso_date, normalize
from assistant.citations.records import Citation

# How far back a type word may stand from its number (`Quyết định về Khung … số 1982/…`).
LOOKBACK = 120
# Written by people who type without Vietnamese letters: unambiguous codes only.
ASCII_CODES = {"QD": "QĐ", "ND": "NĐ"}


@dataclass
class _Ident:
    """A number and its symbol, as read at one pre-scan hit."""

    start: int
    end: int
    number: str
    year: int | None = None
    code: str | None = None
    groups: list[str | None] = field(default_factory=list)
    party: bool = False
    notes: list[str] = field(default_factory=list)
    bare: bool = False
    blank: bool = False

    @property
    def issuer(self) -> str | None:
        rest = self.groups if self.party or self.code is None else self.groups[1:]
        return rest[0] if rest else None

    @property
    def symbol(self) -> str | None:
        if self.bare:
            return None
        tail = "-".join(g or "" for g in self.groups)
        return f"{self.code}/{tail}" if self.party else tail

    @property
    def ident(self) -> str:
        if self.bare:
            return self.number
        if self.party:
            return f"{self.number}-{self.symbol}"
        year = f"{self.year}/" if self.year else ""
        return f"{self.number}/{year}{self.symbol}"

    @property
    def missing(self) -> tuple[str, ...]:
        if self.bare:
            return ("symbol",)
        if self.blank:
            return ("number",)
        if self.groups and self.groups[0] is None:
            return ("code",) if any(self.groups) else ("symbol",)
        if None in self.groups or (self.code and not self.issuer):
            return ("issuer",)
        return ()


def extract(text: str) -> list[Citation]:
    """Every citation in ``text``, in order, short forms resolved to their antecedents.

    Args:
        text: any text; it is normalised first (NFC, ``Ð``→``Đ``) and offsets refer
            to the normalised string.

    Returns:
        The citations, each with its span, fields, what is missing and what was
        normalised.
    """
    from assistant.citations.resolve import resolve

    text = normalize(text)
    idents = scan(text)
    pairs = zip(idents, _contexts_before(text, idents), strict=True)
    found = [(ident, ctx) for ident, ctx in pairs if ctx is not None]
    citations = []
    for i, (ident, ctx) in enumerate(found):
        limit = found[i + 1][1].start if i + 1 < len(found) else len(text)
        read_after(text, ctx, limit)
        if ctx.date is None:
            read_date_before(text, ctx, found[i - 1][0].end if i else 0)
        read_issuer_before(text, ctx, found[i - 1][0].end if i else 0)
        read_subject_before(text, ctx, found[i - 1][0].end if i else 0)
        registered = _REGISTERED.search(text, max(0, ident.start - 40), ident.start)
        if _accepted(ident, ctx) and registered is None:
            citations.append(_citation(text, ident, ctx))
    return resolve(_share_subjects(text, _table_rows(text, citations)))


# A row of a table of documents, as a DOCX table or a PDF's printed one reads (cells joined by
# " | "): "STT | Số, ký hiệu | Ngày ban hành | Trích yếu | Cơ quan ban hành" → "3 |
# 26/KH-SNNMT | 15/02/2025 | Tuyên truyền cải cách hành chính năm 2025 | Sở NN&MT". The row's
# number, its document's number and symbol, a date in figures, then the trích yếu.
# A PDF may run the rows together ("… | Sở NN&PTNT 2 | 07/QĐ-SNNPTNT | …") and wrap a cell
# over two lines.
_ROW = re.compile(
    r"(?:^|(?<=[|\s]))\d{1,3}[ \t]*\|[ \t]*(?P<ident>[^|\n]{3,60}?)[ \t]*\|[ \t]*"
    r"(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4})[ \t]*\|[ \t]*"
    r"(?P<subject>[^|]{3,400}?)[ \t]*(?=\||\n[ \t]*\d{1,3}[ \t]*\||\Z)",
    re.MULTILINE,
)
# A table of four columns: the next row's number ends the last cell.
_NEXT_ROW = re.compile(r"\s+\d{1,3}\s*$")


def _table_rows(text: str, citations: list[Citation]) -> list[Citation]:
    """``citations`` with the date and trích yếu of the table row a citation is the number of
    (``_ROW``), where it states none itself: a report's appendix listing the documents it
    issued ("Phụ lục: Danh mục văn bản đã ban hành") cites each in its columns, not as
    "Quyết định số … ngày …"."""
    if " | " not in text:
        return citations
    rows = [m for m in _ROW.finditer(text) if m.group("ident").strip()]
    if not rows:
        return citations
    out = []
    for c in citations:
        row = next((m for m in rows if m.start("ident") <= c.start < m.end("ident")), None)
        if row is not None:
            date = c.date or iso_date(row.group("d"), row.group("m"), row.group("y"))
            said = " ".join(_NEXT_ROW.sub("", row.group("subject")).split())
            subject = c.subject or said or None
            year = c.year or (int(date[:4]) if date else None)
            c = replace(c, date=date, subject=subject, year=year)
        out.append(c)
    return out


# Between two citations of one kind and issuer that share the subject after the second:
# `… ngày 15/5/2019 của Ủy ban nhân dân tỉnh Ngọc Khê và`.
_JOINED = re.compile(r"\s*,?\s*(?:của[^.;:\n()]{0,80}?)?\s*(?:và|,)\s*")


def _share_subjects(text: str, citations: list[Citation]) -> list[Citation]:
    """A citation with no subject, joined by "và" (or a comma) to the next of the same kind
    and issuer, which has one, shares it as ``subject_near``: "Quyết định số 1023/QĐ-UBND
    ngày 15/5/2019 của Ủy ban nhân dân tỉnh Ngọc Khê và Quyết định số 877/QĐ-UBND ngày
    22/4/2019 của Ủy ban nhân dân tỉnh Lam Điền về việc thành lập Trung tâm …"."""
    out = list(citations)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        subject = b.subject or b.subject_near
        if a.subject or a.subject_near or not subject or b.antecedent is not None:
            continue
        if (a.kind, a.code, a.issuer) != (b.kind, b.code, b.issuer):
            continue
        if _JOINED.fullmatch(text, a.end, b.start):
            out[i] = replace(a, subject_near=subject)
    return out


def scan(text: str) -> list[_Ident]:
    """The number-and-symbol of every pre-scan hit of a normalised text, in order."""
    found: list[_Ident] = []
    for m in rx.SCAN.finditer(text):
        if m.group("num") is not None:
            ident = read_ident(text, m.start("num"))
        elif m.group("blank") is not None:
            ident = _blank_number(text, m.end("blank"), m.end())
        else:
            ident = _bare_number(text, m.end())
        if ident is not None:
            found.append(ident)
    return found


_NUMBER_RE = re.compile(rx.NUMBER)
_SLASH_RE = re.compile(rf"{rx.SP}?/{rx.SP}?")


def read_ident(text: str, pos: int) -> _Ident | None:
    """Read a number and symbol starting at ``pos`` (`1753/QĐ-UBND`, `12-CTr/TU`)."""
    m = _NUMBER_RE.match(text, pos)
    if m is None:
        return None
    ident = _Ident(start=pos, end=m.end(), number=m.group())
    i = m.end()
    if text.startswith("-", i):
        code = rx.GROUP_RE.match(text, i + 1)
        if code is None or not text.startswith("/", code.end()):
            return None
        ident.party, ident.code, i = True, code.group(), code.end() + 1
    else:
        i = _SLASH_RE.match(text, i).end()  # type: ignore[union-attr]
        year = rx.YEAR_PART_RE.match(text, i)
        if year:
            ident.year, i = int(year.group(1)), year.end()
    if not _read_groups(text, i, ident):
        return None
    _assign_code(ident)
    return ident


def _group_at(text: str, i: int, ident: _Ident) -> tuple[str, int] | None:
    m = rx.GROUP_RE.match(text, i)
    if m:
        return m.group(), m.end()
    m = rx.MINISTRY_GROUP_RE.match(text, i)
    if m:
        ident.notes.append(f"read {m.group()!r} as 'B{m.group(1)}'")
        return "B" + m.group(1), m.end()
    return None


def _read_groups(text: str, i: int, ident: _Ident) -> bool:
    """The dash-separated groups of a symbol; False when there is no symbol at all."""
    first = _group_at(text, i, ident)
    if first is None and not rx.SEPARATOR_RE.match(text, i):
        return False
    ident.groups.append(first[0] if first else None)
    ident.end = first[1] if first else i
    while sep := rx.SEPARATOR_RE.match(text, ident.end):
        named = [g for g in ident.groups if g]
        wants_issuer = not named or (len(named) == 1 and _is_code(named[0], ident))
        nxt = _group_at(text, sep.end(), ident)
        if nxt is None and not wants_issuer:
            break
        if nxt is not None and sep.group() != "-" and not wants_issuer:
            break
        if "_" in sep.group():
            ident.notes.append("read '_' as '-'")
        if nxt is None:
            ident.groups.append(None)
            ident.end = sep.start() + sep.group().index(sep.group().strip()[0]) + 1
            continue
        if sep.group() not in "-_":
            ident.notes.append(f"removed blanks in {text[ident.start : nxt[1]]!r}")
        ident.groups.append(nxt[0])
        ident.end = nxt[1]
    return any(ident.groups) or len(ident.groups) > 1


def _is_code(group: str, ident: _Ident) -> bool:
    return not ident.party and (group in rx.CODES or group in ASCII_CODES)


# A "Đ" (or "D") read twice or more in a row: OCR sees the bar of a stamped or bold "Đ" as
# another letter ("26/QĐĐĐ-SYT").
_REPEATED = re.compile(r"([ĐD])\1+")


def _assign_code(ident: _Ident) -> None:
    """Split the first group off as the type code when it is one (not for a công văn)."""
    if ident.party:
        return
    first = ident.groups[0]
    single = _REPEATED.sub(r"\1", first) if first else first
    if first not in rx.CODES and single != first and (single in rx.CODES or single in ASCII_CODES):
        ident.notes.append(f"read {first!r} as {single!r}")
        ident.groups[0] = first = single
    if first in ASCII_CODES:
        ident.notes.append(f"read {first!r} as {ASCII_CODES[first]!r}")
        ident.groups[0] = first = ASCII_CODES[first]
    if first in rx.CODES and not (ident.year and rx.ASSEMBLY_RE.fullmatch(first)):
        ident.code = first


def _blank_number(text: str, start: int, symbol: int) -> _Ident | None:
    """A number left blank before its symbol (`Quyết định số    /QĐ-SKHCN`): the
    ident is the symbol after a slash (`/QĐ-SKHCN`), as a draft's own header keeps it."""
    ident = _Ident(start=start, end=symbol, number="", blank=True)
    if not _read_groups(text, symbol, ident) or not ident.groups[0]:
        return None
    _assign_code(ident)
    ident.notes.append("number left blank")
    return ident


def _bare_number(text: str, pos: int) -> _Ident | None:
    """A number after ``số`` with no symbol (`Thông báo số 326 ngày 26/04/2019`)."""
    m = rx.BARE_NUMBER_RE.match(text, pos)
    if m is None:
        return None
    return _Ident(start=pos, end=m.end(), number=m.group(1), bare=True)


def _contexts_before(text: str, idents: list[_Ident]) -> list[_Context | None]:
    """Type word and pinpoint before each ident; None for a bare number without a type word."""
    out: list[_Context | None] = []
    previous_end = 0
    for ident in idents:
        ctx = _type_word(text, ident, max(previous_end, ident.start - LOOKBACK))
        if ctx is None and (ident.bare or ident.blank):
            out.append(None)
            continue
        ctx = ctx or _Context(start=ident.start, end=ident.end)
        pin = rx.PINPOINT_RE.search(text, max(previous_end, ctx.start - 60), ctx.start)
        if ctx.type_word and pin and pin.group("pin").strip():
            ctx.pinpoint = " ".join(pin.group("pin").split())
        out.append(ctx)
        previous_end = ident.end
    return out


_TYPE_WORD_RE = re.compile(rx.TYPE_WORD)
_DIRECT_TAIL = re.compile(rf"{rx.SP}+(?:[Ss]ố{rx.SP}*:?{rx.SP}*)?")
_QUALIFIED_TAIL = re.compile(rf"(?:{rx.SP}+[^\s\d,.;:()/]+){{1,8}}{rx.SP}+[Ss]ố{rx.SP}*:?{rx.SP}*")
_LAW_TAIL = re.compile(rf"(?:{rx.SP}+[^\s\d,.;:()/]+){{1,8}}{rx.SP}+(?:[Ss]ố{rx.SP}*:?{rx.SP}*)?")


def _type_word(text: str, ident: _Ident, lo: int) -> _Context | None:
    """The nearest type word whose tail reaches the number: direct, qualified or a law's name."""
    words = list(_TYPE_WORD_RE.finditer(text, lo, ident.start))
    for w in reversed(words):
        word = w.group("word")
        tails = [_DIRECT_TAIL, _QUALIFIED_TAIL]
        if word.lower().endswith("luật"):
            tails.append(_LAW_TAIL)
        if ident.bare:  # a bare number needs `số` and at most three qualifiers
            tails = [t for t in tails if t is not _LAW_TAIL]
        for tail in tails:
            m = tail.fullmatch(text, w.end(), ident.start)
            if m and (not ident.bare or "số" in m.group().lower()) and _few_words(m, ident):
                written = _strip_so(" ".join(text[w.start() : m.end()].split()))
                return _Context(start=w.start(), end=ident.end, type_word=written)
    return None


def _few_words(m: re.Match[str], ident: _Ident) -> bool:
    return not ident.bare or len(m.group().split()) <= 4


def _strip_so(written: str) -> str:
    return re.sub(r"\s+[Ss]ố\s*:?$", "", written).rstrip(":").strip()


def kind_of(type_word: str | None, code: str | None, *, assembly: bool = False) -> str:
    """Canonical type name: from the type word, else (or for `văn bản`) from the code.

    Example: ``kind_of("Kế hoạch kiểm tra", "KH") == "Kế hoạch"``;
    ``kind_of(None, None) == "Công văn"``; ``kind_of("văn bản", "QĐ") == "Quyết định"``.
    """
    if type_word:
        kind = _kind_of_word(type_word)
        if kind and kind not in rx.GENERIC_KINDS:
            return kind
    if code:
        return rx.CODES.get(code, code)
    return "Luật" if assembly else "Công văn"


def _kind_of_word(type_word: str) -> str | None:
    if type_word.split()[0] in rx.TYPE_ABBREVIATIONS:
        return rx.TYPE_ABBREVIATIONS[type_word.split()[0]]
    lowered = " ".join(type_word.lower().split())
    for word in sorted(rx.TYPE_WORDS, key=len, reverse=True):
        if lowered.startswith(word):
            return rx.TYPE_WORDS[word]
    return None


def kind_agrees(kind: str | None, code: str | None, *, assembly: bool = False) -> bool:
    """Whether a type name fits a symbol's type code.

    A công văn has no code; a Quy định or Quy chế may be issued as a ``QĐ``; a law
    or resolution of the National Assembly has a ``QHkk`` symbol and no code.
    Example: ``kind_agrees("Công văn", "TTr")`` is False.
    """
    if kind is None or kind in rx.GENERIC_KINDS:
        return True
    if assembly:
        return kind in ("Luật", "Nghị quyết", "Pháp lệnh")
    if code is None:
        return kind in ("Công văn", "Thư công")
    allowed = rx.COMPATIBLE_CODES.get(kind, frozenset())
    return rx.CODES.get(code) == kind or code in allowed


# A number an office's register gives a document, not a document's own: the e-office
# system's "Số đăng ký: 0962/VBĐi-SNgV", the incoming stamp's "Số đến: 2043", "Mã văn bản:
# …" (the text just before the number).
_REGISTERED = re.compile(
    r"(?:Số\s+đăng\s+ký|Số\s+đến|Số\s+văn\s+bản\s+đến|Mã\s+văn\s+bản|Mã\s+định\s+danh)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)


def _is_assembly(ident: _Ident) -> bool:
    first = ident.groups[0] if ident.groups else None
    return bool(ident.year and first and rx.ASSEMBLY_RE.fullmatch(first))


def _accepted(ident: _Ident, ctx: _Context) -> bool:
    """Without a type word, only a symbol that cannot be prose: not `3/HS`, `1GV/25SV`."""
    if ctx.type_word:
        return True
    if ident.missing:
        return False
    named = [g for g in ident.groups if g]
    return bool(ident.party or ident.year or len(named) >= 2 or ctx.date)


def _citation(text: str, ident: _Ident, ctx: _Context) -> Citation:
    assembly = _is_assembly(ident)
    kind = kind_of(ctx.type_word, ident.code, assembly=assembly)
    notes = [*ident.notes, *ctx.notes]
    if ctx.type_word and not ident.missing and not kind_agrees(kind, ident.code, assembly=assembly):
        said = rx.CODES.get(ident.code, "a công văn") if ident.code else "a công văn"
        notes.append(f"type word {ctx.type_word!r} but the symbol says {said}")
    if rx.HEADER_BEFORE_RE.search(text, max(0, ident.start - 12), ident.start):
        notes.append("header: the document's own number")
    return Citation(
        text=text[ctx.start : ctx.end],
        start=ctx.start,
        end=ctx.end,
        kind=kind,
        code=ident.code,
        number=ident.number,
        year=ident.year or ctx.date_year,
        symbol=ident.symbol,
        issuer=ident.issuer,
        ident=ident.ident,
        date=ctx.date,
        subject=ctx.subject,
        subject_near=ctx.subject_near,
        pinpoint=ctx.pinpoint,
        type_word=ctx.type_word,
        issuer_name=ctx.issuer_name,
        missing=ident.missing,
        notes=tuple(notes),
    )
