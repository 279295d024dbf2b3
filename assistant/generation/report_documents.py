"""The documents a periodic report presents as the period's work, and the figures they state.

A report reads documents as profiles (ident, kind, date, subject, reform areas,
period, status, source: the records of ``assistant documents``). The period's work
is what the organisation (or the province, on its proposal) issued within the
period and is not replaced or repealed: a national decree is implemented, not
"the period's work", and a document of another year never is. Figures are
sentences with numbers from those documents' own text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from assistant.archive.profiles import Profile
from assistant.citations import Registry, RegistryEntry, extract
from assistant.citations.issuers import is_national_issuer
from assistant.citations.normalize import fold
from assistant.generation.outline import AREAS, heading_area
from assistant.generation.passages import (
    FILE_NOTE,
    ChunkMap,
    Sentence,
    content_words,
    sentence_spans,
    sentences,
)
from assistant.generation.periods import Period

# Codes of national texts: implemented by the period's work, not part of it.
NATIONAL_CODES = frozenset({"NĐ", "TT", "TTLT", "L", "PL", "NQ-CP"})
MAX_FIGURES_PER_DOCUMENT = 2
# What a figure is not: dates in full or in part, bare years, "Quý I/2023", structure
# numbers ("Điều 3", "khoản 2", a leading "1." or "a)"). Taken out in this order.
_NOT_FIGURES = (
    re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b"),
    re.compile(r"\bngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2})?(?:\s+năm\s+\d{4})?", re.I),
    re.compile(r"\btháng\s+\d{1,2}(?:/\d{4})?|\bquý\s+[IV]+(?:/\d{4})?", re.I),
    re.compile(r"\b(?:19|20)\d{2}\b"),
    re.compile(r"\b(?:Điều|khoản|điểm|Chương|Mục|Phụ lục)\s+\d+", re.I),
)
# A list marker at the start of a sentence ("1. ", "a) ", "- "), dropped from figures.
_LEAD = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-zđ]\)|[-–+•])\s+")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class ReportDocument:
    """A document as a report reads it (the fields of an ``assistant documents`` record).

    Attributes:
        ident: number and symbol (``15/QĐ-SKHCN``).
        kind: ``Quyết định``, ``Kế hoạch``…
        date: ISO date of issue, None if unknown.
        subject: the trích yếu.
        areas: reform-area codes, most likely first.
        period: ``{"from", "to"}`` it concerns, None if it names none.
        status: ``in_force``, ``not_in_force``… as of the period's end, None if unknown.
        source: its own file when the archive holds it, else where it is mentioned.
        issuer: the issuer abbreviation of its symbol (``SKHCN``, ``UBND``).
        code: the type code of its symbol (``QĐ``), None for a công văn.
        own: whether ``source`` is the document's own file.
    """

    ident: str
    kind: str | None
    date: str | None
    subject: str | None
    areas: tuple[str, ...] = ()
    period: dict | None = None
    status: str | None = None
    source: str | None = None
    issuer: str | None = None
    code: str | None = None
    own: bool = False

    @property
    def area(self) -> str | None:
        """The most likely area."""
        return self.areas[0] if self.areas else None


def from_profile(p: Profile) -> ReportDocument:
    """A document profile (``assistant.archive.profiles``) as the report reads it."""
    return ReportDocument(
        ident=p.ident,
        kind=p.kind,
        date=p.date,
        subject=p.subject,
        areas=tuple(a for a in p.areas if a in AREAS),
        period=p.period.to_json() if p.period else None,
        status=p.status,
        source=p.source,
        issuer=p.issuer,
        code=p.code,
        own=p.own,
    )


def profile_registry(registry: Registry, chunks: ChunkMap) -> list[ReportDocument]:
    """Report documents read from the registry alone: areas from the subject's words, else
    from the headings of the sections that mention the document (used when no profile
    of the archive is at hand)."""
    out = []
    for e in registry.entries():
        out.append(
            ReportDocument(
                ident=e.ident,
                kind=e.kind,
                date=e.date,
                subject=e.subject,
                areas=_areas(e, chunks),
                source=e.own_source or (e.mentions[0].source if e.mentions else None),
                issuer=e.issuer,
                code=e.code,
                own=bool(e.own_source),
            )
        )
    return out


def _areas(e: RegistryEntry, chunks: ChunkMap) -> tuple[str, ...]:
    votes: Counter[str] = Counter()
    own = heading_area(f"{e.kind or ''} {e.subject or ''}")
    if own in AREAS:
        votes[own] += 3
    for m in e.mentions:
        chunk = chunks.chunk_at(m.source, m.start)
        area = heading_area(chunk.heading) if chunk and chunk.heading else None
        if area in AREAS:
            votes[area] += 1
    return tuple(a for a, _ in votes.most_common())


def is_national(doc: ReportDocument) -> bool:
    """Whether a document is a national text (a decree, a circular, a Government resolution)."""
    symbol = f"{doc.code or ''}-{doc.issuer or ''}"
    return is_national_issuer(doc.issuer) or doc.code in NATIONAL_CODES or (symbol == "NQ-CP")


def period_work(documents: Sequence[ReportDocument], period: Period) -> list[ReportDocument]:
    """The documents issued within ``period`` that are the organisation's work, by date.

    Reports are not: they tell the work (``period_reports``), they are not part of it.
    Nor is a document signed within the period for the next one only ("Kế hoạch CCHC năm
    2026" signed on 30/12/2025: next year's work, as four of the six such documents of the
    twenty-one archives' truth files say, the other two only allowed). A document replaced,
    repealed or ended within the period still is: it was the period's work, and its line
    says what ended it (all thirteen such documents of the truth files are in their year's
    report, or may be).
    """
    end = period.end.isoformat()
    kept = [
        d
        for d in documents
        if period.contains(d.date)
        and not is_national(d)
        and not is_report(d)
        and not (d.period and str(d.period.get("from") or "") > end)
    ]
    return sorted(kept, key=lambda d: (d.date or "", d.ident))


def period_reports(documents: Sequence[ReportDocument], period: Period) -> list[ReportDocument]:
    """The reports on ``period`` whose own file the archive holds, by date: their sections
    give the period's figures. A report that says what it concerns is one when that lies
    within the period, wherever it was signed: the quý I report signed in April is the
    half year's, the report on 2024 signed on 08/01/2025 is 2024's and never 2025's (four
    archives hold such reports); so is one counted from earlier in the year to its end (the
    "quý III và 9 tháng" report tells the third quarter too); one that says nothing, when signed
    within the period."""
    whole = (period.start.isoformat(), period.end.isoformat())

    def on_period(d: ReportDocument) -> bool:
        span = _span(d)
        if span is None:
            return period.contains(d.date)
        # counted within the year: a review of five years is no report of its last one
        counted = span[1] == whole[1] and whole[1][:4] <= span[0] <= whole[0]
        return _holds(whole, span) or counted

    kept = [d for d in documents if is_report(d) and d.own and on_period(d)]
    # The quý I and 6-month figures are told again, counted on, by the report on the whole
    # year: a report whose period another one's within the period holds and exceeds is
    # left to it.
    spans = [_span(d) for d in kept]
    inside = [o for o in spans if o and _holds(whole, o)]
    kept = [
        d
        for d, span in zip(kept, spans, strict=True)
        if not span or not any(o != span and _holds(o, span) for o in inside)
    ]
    return sorted(kept, key=lambda d: (d.date or "", d.ident))


def _holds(outer: tuple[str, str], inner: tuple[str, str]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _span(d: ReportDocument) -> tuple[str, str] | None:
    """The (from, to) a report says it concerns, None when it says no whole span."""
    if d.period and d.period.get("from") and d.period.get("to"):
        return str(d.period["from"]), str(d.period["to"])
    return None


class Typed(Protocol):
    """A document by its type: a ``ReportDocument``, a ``Profile``."""

    @property
    def code(self) -> str | None: ...

    @property
    def kind(self) -> str | None: ...


def is_report(doc: Typed) -> bool:
    """Whether a document is a report (Báo cáo)."""
    return doc.code == "BC" or (doc.kind or "").lower() == "báo cáo"


# A letter sending a period's figures, a report in all but its kind (folded trích yếu):
# "báo cáo số liệu chính thức về cải cách hành chính năm 2025", "V/v gửi số liệu chính thức
# kết quả giải quyết TTHC năm 2025" — sent in January, after the year's report estimated it.
_SENDS_FIGURES = re.compile(r"\b(?:bao cao|gui|cung cap) so lieu\b|\bso lieu chinh thuc\b")


def sends_figures(subject: str | None) -> bool:
    """Whether a trích yếu is of a document sending a period's figures (``_SENDS_FIGURES``)."""
    return bool(_SENDS_FIGURES.search(fold(subject or "")))


def figures(doc: ReportDocument, chunks: ChunkMap) -> list[Sentence]:
    """Sentences of the document's own text that state figures (not dates, not numbers
    of other documents, not article numbers), in text order."""
    if not doc.own or not doc.source:
        return []
    out: list[Sentence] = []
    for chunk in chunks.of_source(doc.source):
        if not chunk.section:  # the header: number, place, date, title
            continue
        for s in sentences(chunk):
            for clause in figure_clauses(s.text):
                if all(clause != o.text for o in out):
                    out.append(Sentence(clause, s.chunk, s.start))
    return out[:MAX_FIGURES_PER_DOCUMENT]


def section_figures(
    bodies: Sequence[tuple[str, str]], heading: str, rivals: Sequence[str], *, limit: int = 3
) -> list[str]:
    """Figure sentences of a report of the period, from its sections on ``heading``'s area.

    Args:
        bodies: the report's sections as (heading line, own text) (``section_bodies``).
        heading: the heading being written.
        rivals: every heading of the same area (``heading`` among them): a section of
            the report goes to the one its heading shares most words with (first on a tie).
        limit: at most this many sentences.
    """
    area = heading_area(heading)
    out: list[str] = []
    for line, body in bodies:
        line, body = _run_in(line, body)
        if heading_area(line) != area:
            continue
        words = content_words(line)
        best = max(rivals, key=lambda r: (len(words & content_words(r)), -rivals.index(r)))
        if best != heading:
            continue
        for start, end in sentence_spans(body):
            out += [c for c in figure_clauses(body[start:end]) if c not in out]
    return out[:limit]


def figured_areas(bodies: Sequence[tuple[str, str]]) -> set[str]:
    """The areas a report's sections (``section_bodies``) state figures of: a report of the
    period tells an area's results though the period holds no document of it."""
    out: set[str] = set()
    for line, body in bodies:
        line, body = _run_in(line, body)
        area = heading_area(line)
        if area in AREAS and any(
            figure_clauses(body[start:end]) for start, end in sentence_spans(body)
        ):
            out.add(area)
    return out


# A heading with its section's text run in after a colon: "3. Công tác tuyên truyền: đăng
# tải 68 tin, bài về cải cách hành chính …" (its title short, before the first colon).
_RUN_IN = re.compile(
    r"^(?P<title>(?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\))\s+[^:]{3,80}):\s+(?P<text>\S.*)$"
)


def _run_in(line: str, body: str) -> tuple[str, str]:
    """A section's heading and own text, the text run in on the heading's line moved to
    the text."""
    m = _RUN_IN.match(line)
    if m is None:
        return line, body
    return m.group("title"), m.group("text") + "\n" + body


def figure_clauses(sentence: str) -> list[str]:
    """The sentence, if it states a figure; else, when it cites a document, those of its
    clauses (``;`` outside brackets) that state figures and cite none: "Sở đăng 24 tin, bài
    …; tổ chức hội nghị theo Nghị định số 30/2020/NĐ-CP …" gives its first clause; or the
    sentence whole when it states a figure beside the document it cites ("kiểm tra tại 05
    phòng, đơn vị theo Kế hoạch số 31/KH-SDL ngày 27/02/2025 (kế hoạch 06 …; 01 đơn vị
    chuyển sang năm 2026)")."""
    if is_figure(sentence):
        return [sentence]
    cited = extract(sentence)
    if not cited:
        return []
    clauses = [c.strip() for c in _OUTSIDE_BRACKETS.split(sentence)]
    found = [
        c if c.endswith(".") else c + "." for c in clauses if len(clauses) > 1 and is_figure(c)
    ]
    if found:
        return found
    blanked = sentence
    for c in cited:
        blanked = blanked[: c.start] + " " * (c.end - c.start) + blanked[c.end :]
    return [sentence] if is_figure(blanked) else []


# A clause's end: a semicolon outside brackets.
_OUTSIDE_BRACKETS = re.compile(r";(?![^()]*\))")


def is_figure(text: str) -> bool:
    """Whether a sentence states a figure: a number left once dates, years and structure
    numbers are taken out; not a table row, citing no document, of reasonable length."""
    text = figure_text(text)
    if not 30 <= len(text) <= 400 or "|" in text or extract(text):
        return False
    text = FILE_NOTE.sub(" ", text)  # "[Hết — TÀI LIỆU MẪU …]": no figure of the text
    for pattern in _NOT_FIGURES:
        text = pattern.sub(" ", text)
    return bool(_DIGIT.search(text))


def figure_text(text: str) -> str:
    """A sentence as a report quotes it: spaces folded, its list marker dropped."""
    return _LEAD.sub("", " ".join(text.split()))
