"""Document profiles: what each document of the archive is, does and concerns.

One ``Profile`` per registry entry: kind, number, date, issuer, trích yếu, what it
does, the instrument it issues, its reform areas (most likely first), the period it
concerns (apart from its issue date), its status, and its best source (its own file,
else where it is mentioned). Built from the registry and the archive's texts at
derived-rebuild time (``build_profiles``), stored as ``indexes/profiles.json``, read by
answers, drafts and reports (``load_profiles``, ``documents_of``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.archive.areas import (
    WEIGHTS,
    AreaModel,
    AreaSection,
    Weights,
    area_sections,
    filed_shares,
    is_reform_report,
    outline_areas,
    rank_areas,
    section_at,
    tells_reform,
)
from assistant.archive.instruments import action_of, instrument_of
from assistant.archive.periods import Period, period_of
from assistant.citations import Registry, RegistryEntry

if TYPE_CHECKING:
    from assistant.archive.lives import Lives
from assistant.citations.normalize import fold

FORMAT_VERSION = 1
# The keys of DESIGN.md's ``assistant documents --json``, in order; extras follow.
DESIGN_KEYS = (
    "ident",
    "kind",
    "date",
    "issuer",
    "subject",
    "instrument",
    "areas",
    "period",
    "status",
    "source",
)
# How much of a document's own text (from its title on) describes it for its areas.
OPENING_CHARS = 1500
# How far past its trích yếu's length a title may run in the file (spacing, a line
# break); the header's next block ("Căn cứ …") starts further on.
TITLE_SLACK = 8
# How much text around a mention describes the document it cites.
CONTEXT_BEFORE, CONTEXT_AFTER = 200, 300
# Marks the end of the mention in a context, where a trailing title would start.
TITLE_MARK = "\u2063"
# A PDF's page break inside a sentence ("viên\n\nchức") does not end it.
_SENTENCE_BREAK = re.compile(r"[.;!?]\s|\n(?!\s*[a-zđàáảãạăâèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ])")
# A title written right after a citation that the grammar did not take as its subject:
# "Quyết định số 251/QĐ-… ngày 16/12/2020 Kế hoạch đào tạo … giai đoạn 2021 - 2025;".
_TRAILING_TITLE = re.compile(
    r"\s*(?:của [^,;.\n]{2,40}?\s)?(?P<t>(?:về việc |về |ban hành |phê duyệt )?"
    r"(?i:Kế hoạch|Quy chế|Quy định|Đề án|Chương trình|Phương án|Hướng dẫn|Danh mục|Quy trình)"
    r"\b[^;\n]{5,200}?)(?=[;\n]|\.\s|\.$|$)"
)


@dataclass(frozen=True)
class SourceText:
    """One ingested file as profiles need it."""

    source: str
    text: str
    code: str | None = None  # the type code of its header (``BC`` for a report)
    issuer: str | None = None  # its header's issuer block (``UBND TỈNH … / SỞ …``)


# "quý III và 9 tháng": a quarter named beside the months counted to its end.
_QUARTER_NAMED = re.compile(r"\bquy\s+(iv|iii|ii|i|[1-4])\b")
_QUARTER_NUMBER = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True)
class Profile:
    """One document of the archive, as staff think of it.

    Attributes:
        ident: number and symbol (``15/QĐ-SKHCN``).
        kind: ``Quyết định``, ``Kế hoạch`` …
        date: issue date (ISO), None if unknown.
        issuer: its header's issuer block when the archive holds its file, else the
            issuer abbreviation of its symbol (``UBND``).
        subject: the trích yếu.
        instrument: the kind of text it issues or approves (``Quy chế``), None.
        areas: reform-area codes (``areas.CODES``), most likely first.
        period: the period it concerns, None when its title names none.
        status: ``in_force`` … or ``unknown`` (see ``status_of``).
        source: its own file when the archive holds it, else the first file mentioning it.
        year: issue year (from the symbol or date).
        code: type code of the symbol (``QĐ``), None for a công văn.
        issuer_code: the issuer abbreviation of the symbol (``SKHCN``, ``UBND``).
        key: the registry's lookup key.
        action: what it does (``ban hành``, ``sắp xếp`` …), None if its title does not say.
        own: whether ``source`` is its own file.
        locator: where in ``source``: ``header``, or the mention's page and section.
        mentioned_in: every file that cites it.
    """

    ident: str
    kind: str | None
    date: str | None
    issuer: str | None
    subject: str | None
    instrument: str | None
    areas: tuple[str, ...]
    period: Period | None
    status: str
    source: str | None
    year: int | None = None
    code: str | None = None
    issuer_code: str | None = None
    key: str = ""
    action: str | None = None
    own: bool = False
    locator: str = ""
    mentioned_in: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """DESIGN.md's keys in order, then the extras."""
        data: dict[str, Any] = {k: getattr(self, k) for k in DESIGN_KEYS}
        data["areas"] = list(self.areas)
        data["period"] = self.period.to_json() if self.period else None
        data.update(
            year=self.year,
            code=self.code,
            issuer_code=self.issuer_code,
            key=self.key,
            action=self.action,
            own=self.own,
            locator=self.locator,
            mentioned_in=list(self.mentioned_in),
        )
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Profile:
        """Inverse of ``to_json``."""
        values = dict(data)
        values["areas"] = tuple(values.get("areas") or ())
        values["period"] = Period.from_json(values.get("period"))
        values["mentioned_in"] = tuple(values.get("mentioned_in") or ())
        return cls(**values)

    @property
    def area(self) -> str | None:
        """The most likely area."""
        return self.areas[0] if self.areas else None

    def concerns(self, period: Period) -> bool:
        """Whether it is about ``period``: its own period overlaps it, or, naming none,
        it was issued in it."""
        if self.period is not None:
            return self.period.overlaps(period)
        return bool(self.date) and self.date in period  # type: ignore[operator]

    def is_of(self, period: Period) -> bool:
        """Whether it is the document of exactly ``period``: its own period, or the quarter a
        report of "quý III và 9 tháng năm 2025" names beside the months it counts."""
        return period == self.period or period in self.quarters()

    def quarters(self) -> tuple[Period, ...]:
        """The quarter its title names beside a count of months from the year's start
        ("quý III và 9 tháng năm 2025": Q3 2025), () for any other."""
        own = self.period
        if own is None or not own.start.endswith("-01-01") or own.start[:4] != own.end[:4]:
            return ()
        last = int(own.end[5:7])
        named = _QUARTER_NAMED.search(fold(self.subject or ""))
        if last % 3 or last == 3 or named is None or _QUARTER_NUMBER[named.group(1)] != last // 3:
            return ()
        return (Period(f"{own.start[:4]}-{last - 2:02d}-01", own.end),)

    def concerns_year(self, year: int) -> bool:
        """Whether it is about ``year`` (see ``concerns``)."""
        return self.concerns(Period.of_years(year))


def status_of(entry: RegistryEntry, lives: Lives | None = None, as_of: str | None = None) -> str:
    """A document's status as of a date (DESIGN.md's ``assistant status``; default today).

    The one place profiles ask for it: from the documents' lives (``archive.lives``),
    ``unknown`` without them.
    """
    if lives is None:
        return "unknown"
    return str(lives.status(entry, as_of)["status"])


# --- building -----------------------------------------------------------------------------


def build_profiles(
    registry: Registry,
    texts: Iterable[SourceText],
    *,
    lives: Lives | None = None,
    weights: Weights = WEIGHTS,
) -> list[Profile]:
    """A profile for every document of ``registry``, from the archive's texts.

    Args:
        registry: the archive's documents and mentions.
        texts: every ingested file's normalised text (its mentions' offsets refer to it).
        lives: the documents' lives, for their status as of the build (else ``unknown``).
        weights: the area classifier's (its defaults; other values for evaluation).
    """
    by_source = {t.source: t for t in texts}
    sections = {s: area_sections(t.text) for s, t in by_source.items() if is_report(t)}
    entries = registry.entries()
    cited = cited_titles(entries)
    descriptions = {e.key + str(e.year): describe(e, by_source, cited) for e in entries}
    model = AreaModel.train(
        training_examples(entries, sections, by_source, descriptions),
        corpus=descriptions.values(),
        weights=weights,
    )
    # the files of the reform's own reports: a document one of them cites is its work
    reform_reports = {
        e.own_source
        for e in entries
        if e.own_source
        and e.code == "BC"
        and is_reform_report(descriptions[e.key + str(e.year)].split("\n", 1)[0])
    }
    out = []
    for e in entries:
        own = by_source.get(e.own_source or "")
        areas = areas_of(descriptions[e.key + str(e.year)], model, filed_areas(e, sections), own)
        if own is not None and not reform_work(e, own, reform_reports):
            areas = ()
        profile = profile_of(e, descriptions[e.key + str(e.year)], areas)
        profile = replace(profile, status=status_of(e, lives))
        if own is not None:
            profile = replace(profile, issuer=own.issuer or profile.issuer)
        out.append(profile)
    return out


def reform_work(entry: RegistryEntry, own: SourceText, reform_reports: set[str]) -> bool:
    """Whether a document whose file the archive holds is the reform's work, not the
    department's other work filed beside it (a science council, a measurement check, a
    budget disclosure): its own text says one of the reform's words (``tells_reform``), its
    trích yếu acts on a document it cites, or a report of the reform (``reform_reports``:
    their files) cites it."""
    if tells_reform(own.text) or _CITING_TITLE.search(entry.subject or ""):
        return True
    return any(m.source in reform_reports and m.source != own.source for m in entry.mentions)


# A trích yếu acting on a document it cites ("Bãi bỏ Điều 3 … của Quyết định số 201/QĐ-STP"):
# of that document's work, whatever words it says itself.
_CITING_TITLE = re.compile(r"\b\d+[a-zđ]?/(?:\d{4}/)?[A-ZĐ]", re.IGNORECASE)


def areas_of(
    description: str,
    model: AreaModel,
    filed: Mapping[str, float],
    own: SourceText | None = None,
) -> tuple[str, ...]:
    """A document's areas, most likely first: a report's are those its outline covers;
    any other's come from its text, where reports file it and its own outline."""
    outline = outline_areas(own.text) if own is not None else ()
    title = description.split("\n", 1)[0]
    if own is not None and is_report(own) and outline:
        if is_reform_report(title):
            return tuple(dict.fromkeys(("chi_dao_dieu_hanh", *outline)))
        return outline
    return rank_areas(
        model.scores(description), filed, outline=outline, title=title, weights=model.weights
    )


def is_report(text: SourceText) -> bool:
    """Whether a file is a report (a Báo cáo), whose sections file work by area."""
    return text.code == "BC"


def profile_of(entry: RegistryEntry, description: str, areas: tuple[str, ...]) -> Profile:
    """One document's profile, its ``areas`` given (see ``areas_of``)."""
    own = entry.own_source is not None
    first = entry.mentions[0] if entry.mentions else None
    subject = entry.subject or _trailing_title(description)
    body = description.split("\n", 1)[-1] if own else None
    source = entry.own_source or (first.source if first else None)
    locator = "header" if own else (first.where.split(" ", 1)[-1] if first else "")
    return Profile(
        ident=entry.ident,
        kind=entry.kind,
        date=entry.date,
        issuer=entry.issuer,
        subject=subject,
        instrument=_issued(entry.kind, instrument_of(subject, body)),
        areas=areas,
        period=period_of(subject or "", default_year=entry.year),
        status="unknown",
        source=source,
        year=entry.year,
        code=entry.code,
        issuer_code=entry.issuer,
        key=entry.key,
        action=action_of(subject),
        own=own,
        locator=locator,
        mentioned_in=tuple(dict.fromkeys(m.source for m in entry.mentions)),
    )


def _issued(kind: str | None, instrument: str | None) -> str | None:
    """A Kế hoạch titled "Kế hoạch …" is one, it does not issue one."""
    return None if instrument and kind and fold(kind) == fold(instrument) else instrument


def _trailing_title(description: str) -> str | None:
    """The title written after the document's first cited mention (see ``describe``)."""
    for line in description.split("\n")[1:]:
        _, sep, tail = line.partition(TITLE_MARK)
        m = _TRAILING_TITLE.match(tail) if sep else None
        if m:
            return m.group("t").strip(" ,.")
    return None


def describe(
    entry: RegistryEntry,
    texts: Mapping[str, SourceText],
    cited: Mapping[str, Sequence[tuple[int, str]]] | None = None,
) -> str:
    """The text that says what a document is about: its kind and title, then the opening
    of its own file (from the title on) or else the sentences that cite it. The first
    line is its title; without a trích yếu it is empty, and the kind opens the rest.

    Args:
        cited: ``cited_titles`` of the archive: a title that cites another document
            ("Bãi bỏ Điều 3 của Quyết định số 201/QĐ-STP") is about what that one is,
            so the cited document's title joins it.
    """
    kind = entry.kind or ""
    head = f"{kind} {entry.subject}".strip() if entry.subject else ""
    lead = [] if entry.subject else [kind]
    own = texts.get(entry.own_source or "")
    if own is not None:
        at = _title_at(own.text, entry.subject)
        end = at + len(entry.subject or "") + TITLE_SLACK
        joined = [
            title
            for offset, title in (cited or {}).get(own.source, ())
            if entry.subject and at <= offset < end and title != entry.subject
        ]
        return "\n".join([" ".join([head, *joined]), *lead, own.text[at : at + OPENING_CHARS]])
    contexts = [
        mention_context(texts[m.source].text, m.start, m.end, mark=TITLE_MARK)
        for m in entry.mentions[:8]
        if m.source in texts
    ]
    return "\n".join([head, *lead, *contexts])


def cited_titles(entries: Iterable[RegistryEntry]) -> dict[str, list[tuple[int, str]]]:
    """Source -> (offset, title) of every document with a title cited there."""
    out: dict[str, list[tuple[int, str]]] = {}
    for e in entries:
        for m in e.mentions if e.subject else ():
            out.setdefault(m.source, []).append((m.start, e.subject or ""))
    return out


def _title_at(text: str, subject: str | None) -> int:
    if not subject:
        return 0
    at = fold(text).find(fold(subject[:40]))
    return max(0, at)


def mention_context(text: str, start: int, end: int, *, mark: str = "") -> str:
    """The sentence around a mention, cut to a window; ``mark`` is put after the mention."""
    lo = max(0, start - CONTEXT_BEFORE)
    hi = min(len(text), end + CONTEXT_AFTER)
    before = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, start)]
    after = _SENTENCE_BREAK.search(text, end, hi)
    first, last = (before[-1] if before else lo), (after.start() if after else hi)
    return " ".join(f"{text[first:end]}{mark}{text[end:last]}".split())


def filed_areas(
    entry: RegistryEntry, sections: Mapping[str, Sequence[AreaSection]]
) -> dict[str, float]:
    """Area -> how many of the document's mentions sit in a report's section of that area
    (one in the opening part's general text counts a third to each of its areas)."""
    counts: dict[str, float] = {}
    for m in entry.mentions:
        section = section_at(sections.get(m.source, ()), m.start)
        for area, share in filed_shares(section).items() if section else ():
            counts[area] = counts.get(area, 0.0) + share
    return counts


def filed_area(filed: Mapping[str, float]) -> str | None:
    """The area the reports clearly file a document under: more than half its mentions."""
    total = sum(filed.values())
    best = max(filed, key=lambda a: filed[a], default=None)
    return best if best is not None and filed[best] > total / 2 else None


def training_examples(
    entries: Sequence[RegistryEntry],
    sections: Mapping[str, Sequence[AreaSection]],
    texts: Mapping[str, SourceText],
    descriptions: Mapping[str, str],
    *,
    leave_out: str | None = None,
) -> list[tuple[str, str]]:
    """``(area, text)`` examples: each report section's text, and each document filed
    under it (by its description).

    ``leave_out`` (key+year), for evaluation, is a document no report has filed yet: its
    own example and every section citing it are left out.
    """
    held = [m for e in entries if e.key + str(e.year) == leave_out for m in e.mentions]
    out = [
        (s.area, texts[source].text[s.start : s.end])
        for source, secs in sections.items()
        for s in secs
        if not s.general
        and not s.shared
        and not any(m.source == source and s.start <= m.start < s.end for m in held)
    ]
    for e in entries:
        k = e.key + str(e.year)
        area = filed_area(filed_areas(e, sections)) if k != leave_out else None
        if area:
            out.append((area, descriptions[k]))
    return out


# --- reading ------------------------------------------------------------------------------


def profiles_to_json(profiles: Sequence[Profile]) -> dict[str, Any]:
    """What ``indexes/profiles.json`` holds."""
    return {"version": FORMAT_VERSION, "profiles": [p.to_json() for p in profiles]}


def profiles_from_json(data: Mapping[str, Any]) -> list[Profile]:
    """Inverse of ``profiles_to_json``."""
    return [Profile.from_json(p) for p in data.get("profiles", ())]


def load_profiles(path: Path) -> list[Profile]:
    """The profiles an ingest wrote (``retrieval.paths.profiles(index root)``).

    Raises:
        IndexMissingError: no profiles there (run ``assistant ingest``; an older index
            gets them when any reader opens it).
    """
    from assistant.errors import IndexMissingError

    if not path.is_file():
        raise IndexMissingError(
            f"No document profiles at {path} — run: assistant ingest (it writes them)"
        )
    return profiles_from_json(json.loads(path.read_text(encoding="utf-8")))


def documents_of(
    profiles: Iterable[Profile],
    *,
    area: str | None = None,
    year: int | None = None,
    period: Period | None = None,
    codes: Sequence[str] = (),
    own_only: bool = False,
) -> list[Profile]:
    """The documents that match every filter given, by date.

    Args:
        area: first area (the one it is most likely filed under).
        year: issue year.
        period: documents about this period (see ``Profile.concerns``).
        codes: type codes (``QĐ``, ``KH``; ``CV`` for a công văn).
        own_only: only documents whose own file the archive holds.
    """
    out = [
        p
        for p in profiles
        if (area is None or p.area == area)
        and (year is None or p.year == year)
        and (period is None or p.concerns(period))
        and (not codes or (p.code or "CV") in codes)
        and (not own_only or p.own)
    ]
    return sorted(out, key=lambda p: (p.date or str(p.year or ""), p.ident))
