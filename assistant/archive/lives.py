"""The lives of the archive's documents, from what each file says.

What is stored is what each file states (its relations, with page and section, and
its own effective date), per file, like the registry's identities and mentions: removing
a file removes exactly its claims. Lives are derived from these claims and the registry
(which resolves the idents, however written) when asked for. Two files that disagree
(both replacing a document, different effective dates) are both kept, and the
disagreement is shown.

Pure data: the indexer feeds texts and writes ``to_dict()`` to ``indexes/relations.json``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from assistant.archive import relations as grammar
from assistant.archive.relation_patterns import EXTENDED
from assistant.archive.relation_terms import (
    UNTIL_DAY,
    extract_continuations,
    extract_restorations,
    extract_terms,
)
from assistant.archive.relations import CORRECTION, SELF, SUSPENSION, Relation
from assistant.archive.validity import (
    EVENT_OF,
    ISSUE_DATE,
    OWN_TEXT,
    STATED,
    Event,
    Life,
    unknown,
    vn_date,
)
from assistant.citations.issuers import organ_of_entry
from assistant.citations.normalize import iso_date, lookup_key
from assistant.citations.registry import Registry, RegistryEntry
from assistant.models import Identity

FORMAT_VERSION = 1

Locate = Callable[[int], tuple[int, str]]
# The sentence in which a document says when it takes effect (its evidence).
_TAKES_EFFECT = re.compile(r"[^.\n]*có hiệu lực[^.\n]*", re.IGNORECASE)
# The rest of a sentence, from a point in it.
_SENTENCE = re.compile(r"[^\n]*?(?:\.(?=\s|$)|$)", re.MULTILINE)
_YEAR_IN_IDENT = re.compile(r"/((?:19|20)\d\d)/")


def locator(page: int, section: str) -> str:
    """Where in a file: ``p. 2, Điều 3``, or ``p. 2`` outside any section."""
    return f"p. {page}, {section}" if section else f"p. {page}"


# A plan's stretch of years in its own title: a Kế hoạch, Đề án, Chương trình or Phương án
# "giai đoạn 2021 - 2025", or the decision issuing or approving one.
_STRETCH = r"\bgiai\s+đoạn\s+(?P<y1>(?:19|20)\d\d)\s*[-–—]\s*(?P<y2>(?:19|20)\d\d)\b"
_PERIOD_TITLE = re.compile(
    r"^\s*(?:(?:ban hành|phê duyệt)\s+)?(?:kế hoạch|đề án|chương trình|phương án)\b"
    rf"[^.;\n]*?{_STRETCH}",
    re.IGNORECASE,
)
_PERIOD = re.compile(_STRETCH, re.IGNORECASE)
_PLAN_KINDS = ("Kế hoạch", "Đề án", "Chương trình")
# A suspension's own last day, in the sentence stating it: "tạm ngưng … đến hết ngày 30/6/2025".
_SUSPENDED_UNTIL = re.compile(rf"\b{UNTIL_DAY}", re.IGNORECASE)
# What files state of documents (terms, restorations), by the document: its key, then each
# file's claims and the record.
_Told = dict[tuple[str, int | None], list[tuple["FileClaims", dict]]]
# A draft's mark on a line of its own near the top: "DỰ THẢO", "DỰ THẢO (lần 2)".
_DRAFT = re.compile(r"^\s*D[ỰỨ]\s*TH[ẢẠ]O\b", re.MULTILINE)
_DRAFT_REACH = 800


def is_draft(text: str) -> bool:
    """Whether a file's text (its opening) is marked as a draft ("DỰ THẢO" on a line of its
    own near the top)."""
    return bool(_DRAFT.search(text[:_DRAFT_REACH]))


@dataclass(frozen=True)
class Statement:
    """A relation as one file states it, and where.

    Attributes:
        relation: what the text says (``source`` already the file's own ident for ``SELF``).
        file: the file that says it.
        page: 1-based page of the statement.
        section: section path there (``Điều 3``).
    """

    relation: Relation
    file: str
    page: int = 1
    section: str = ""

    @property
    def locator(self) -> str:
        """``p. 2, Điều 3``."""
        return locator(self.page, self.section)

    def evidence(self) -> dict:
        """``{"source", "locator", "quote"}`` (and ``where``, page and section for display)."""
        return {
            "source": self.file,
            "locator": self.locator,
            "quote": self.relation.quote,
            "where": f"{self.file} {self.locator}",
            "page": self.page,
            "section": self.section,
        }

    def to_dict(self) -> dict:
        """JSON-ready."""
        return {
            "relation": dataclasses.asdict(self.relation),
            "file": self.file,
            "page": self.page,
            "section": self.section,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Statement:
        """Inverse of ``to_dict``."""
        return cls(Relation(**data["relation"]), data["file"], data["page"], data["section"])


@dataclass(frozen=True)
class FileClaims:
    """What one file says about documents' lives.

    Attributes:
        file: the file (relative to the corpus root).
        document: its own ident from the header, None when it has none.
        date: its own date of issue.
        effective: the date it says it takes effect, None if it does not say.
        effective_evidence: ``{"source", "locator", "quote"}`` of that sentence.
        statements: every relation it states, in text order.
        terms: the last days of application it states (``relation_terms``): ``{"target",
            "target_date", "until", "extends", "page", "section", "quote"}``, ``target`` its
            own ident for its own term.
        restorations: the suspended documents it says are in force again
            (``relation_terms``): ``{"target", "target_date", "since", "page", "section",
            "quote"}``, ``since`` None when it does not say from when.
        continuations: the documents it keeps in force after a reorganisation
            (``relation_terms``): ``{"target", "target_date", "until", "territory", "page",
            "section", "quote"}``.
    """

    file: str
    document: str | None = None
    date: str | None = None
    effective: str | None = None
    effective_evidence: dict | None = None
    statements: tuple[Statement, ...] = ()
    terms: tuple[dict, ...] = ()
    restorations: tuple[dict, ...] = ()
    continuations: tuple[dict, ...] = ()

    def to_dict(self) -> dict:
        """JSON-ready."""
        data = dataclasses.asdict(self)
        data["statements"] = [s.to_dict() for s in self.statements]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> FileClaims:
        """Inverse of ``to_dict``."""
        return cls(
            **{
                k: v
                for k, v in data.items()
                if k not in ("statements", "terms", "restorations", "continuations")
            },
            statements=tuple(Statement.from_dict(s) for s in data.get("statements", ())),
            terms=tuple(data.get("terms", ())),
            restorations=tuple(data.get("restorations", ())),
            continuations=tuple(data.get("continuations", ())),
        )


def read_claims(
    source: str, text: str, *, identity: Identity | None, locate: Locate | None = None
) -> FileClaims:
    """What the file ``source`` (normalised ``text``) says: its relations and effective date.

    A grammar not yet able to read relations (``NotImplementedError``) yields none. A draft
    ("DỰ THẢO" over an unnumbered header, kept beside the decision signed from it), or an
    unsigned copy (a header whose number and day are left blank), says nothing: no act of
    it happened, whatever its text would do once signed.
    """
    locate = locate or (lambda _offset: (1, ""))
    own = identity.ident if identity is not None and identity.number else None
    # (nor does the Word file kept beside a signed scan, its number and day left blank:
    # "Số: /QĐ-SYT", "ngày   tháng   năm 2025")
    unsigned = identity is not None and bool(identity.ident) and own is None and not identity.date
    if own is None and (unsigned or is_draft(text)):
        return FileClaims(file=source, document=None, date=None)
    try:
        found = grammar.extract_relations(text, identity=identity)
    except NotImplementedError:
        found = []
    statements = []
    for r in found:
        if r.source == SELF and own:
            r = dataclasses.replace(r, source=own)
        page, section = locate(r.start)
        statements.append(Statement(r, source, page, section))
    effective = _own_effective(text, identity, statements, own)
    evidence = _effective_evidence(source, text, locate) if effective else None
    terms = []
    for t in extract_terms(text):
        target = own if t.target == SELF else t.target
        if target:
            page, section = locate(t.start)
            terms.append(
                {
                    "target": target,
                    "target_date": t.target_date,
                    "until": t.until,
                    "extends": t.extends,
                    "page": page,
                    "section": section,
                    "quote": t.quote,
                }
            )
    restorations = []
    for told in extract_restorations(text):
        page, section = locate(told.start)
        restorations.append(
            {
                "target": told.target,
                "target_date": told.target_date,
                "since": told.since,
                "page": page,
                "section": section,
                "quote": told.quote,
            }
        )
    continuations = []
    for kept in extract_continuations(text):
        if kept.target == own:
            continue
        page, section = locate(kept.start)
        continuations.append(
            {
                "target": kept.target,
                "target_date": kept.target_date,
                "until": kept.until,
                "territory": kept.territory,
                "page": page,
                "section": section,
                "quote": kept.quote,
            }
        )
    return FileClaims(
        file=source,
        document=own,
        date=identity.date if identity is not None else None,
        effective=effective,
        effective_evidence=evidence,
        statements=tuple(statements),
        terms=tuple(terms),
        restorations=tuple(restorations),
        continuations=tuple(continuations),
    )


def _own_effective(
    text: str, identity: Identity | None, statements: list[Statement], own: str | None
) -> str | None:
    """The file's own effective date: the grammar's reading, else its own acts' ``effective``."""
    extract = getattr(grammar, "extract_effective", None)
    if extract is not None:
        try:
            found = extract(text, identity=identity)
        except NotImplementedError:
            found = None
        if found:
            return str(found)
    mine = [s.relation.effective for s in statements if s.relation.source in (own, SELF)]
    return next((e for e in mine if e), None)


def _effective_evidence(source: str, text: str, locate: Locate) -> dict:
    """The sentence in which the file says when it takes effect (the grammar's, else the
    first that speaks of taking effect)."""
    from assistant.archive.relation_patterns import OWN_EFFECT_RE

    own = OWN_EFFECT_RE.search(text)
    m = _SENTENCE.search(text, own.start()) if own else _TAKES_EFFECT.search(text)
    if own is not None:
        start = max(text.rfind(".", 0, own.start()), text.rfind("\n", 0, own.start())) + 1
        end = m.end() if m else own.end()
        span = (start, end)
    elif m is not None:
        span = m.span()
    else:
        return {"source": source, "locator": "", "quote": ""}
    page, section = locate(span[0])
    return {
        "source": source,
        "locator": locator(page, section),
        "quote": text[span[0] : span[1]].strip(),
    }


class Lives:
    """Every file's claims, and the documents' lives derived from them and the registry."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._files: dict[str, FileClaims] = {}
        self._index: dict[str, dict[tuple[str, int | None], list[Statement]]] | None = None
        self._told: dict[str, _Told] = {}  # ``_told_of``'s indexes, by FileClaims field
        self._lifting: set[tuple[str, int | None]] = set()
        self._ceased_cache: tuple[list[RegistryEntry], dict] | None = None
        self._file_dates: dict[str | None, str | None] = {}

    # --- feeding ----------------------------------------------------------------------------

    def add(self, claims: FileClaims) -> None:
        """Record what one file says (replacing whatever it said before)."""
        self._files[claims.file] = claims
        self._index = None
        self._told = {}

    def add_text(
        self, source: str, text: str, *, identity: Identity | None, locate: Locate | None = None
    ) -> None:
        """Read and record what the file ``source`` says (see ``read_claims``)."""
        self.add(read_claims(source, text, identity=identity, locate=locate))

    def remove_source(self, source: str) -> None:
        """Forget everything ``source`` said."""
        self._files.pop(source, None)
        self._index = None
        self._told = {}

    def sources(self) -> list[str]:
        """Every file that said something."""
        return sorted(self._files)

    def claims(self, source: str) -> FileClaims | None:
        """What ``source`` says, if it is in the archive."""
        return self._files.get(source)

    # --- persistence ------------------------------------------------------------------------

    def to_dict(self) -> dict:
        """JSON-ready: what each file says."""
        return {
            "version": FORMAT_VERSION,
            "files": {f: c.to_dict() for f, c in sorted(self._files.items())},
        }

    @classmethod
    def from_dict(cls, data: dict, registry: Registry) -> Lives:
        """Inverse of ``to_dict``; ``registry`` resolves the idents the claims name."""
        lives = cls(registry)
        for f, c in data.get("files", {}).items():
            lives._files[f] = FileClaims.from_dict(c)
        return lives

    # --- reading ----------------------------------------------------------------------------

    def entry(self, ident: str, date: str | None = None) -> RegistryEntry | None:
        """The registry's document for ``ident`` (its year from the ident, else ``date``;
        of ``date`` when two documents of one year share the number)."""
        m = _YEAR_IN_IDENT.search(ident)
        year = int(m.group(1)) if m else (int(date[:4]) if date else None)
        found = (self.registry.find(ident, year, date) if year else None) or self.registry.find(
            ident
        )
        if found is None:  # a loose number: "qd 1908", "quyet dinh 1908/QD-UBND"
            loose = self.registry.lookup(ident)
            found = max(loose, key=lambda e: e.own_source is not None) if loose else None
        return found

    def life(self, document: str | RegistryEntry) -> Life | None:
        """The life of a document (an ident however written, or a registry entry).

        Returns:
            None when the archive holds nothing about it.
        """
        entry = self.entry(document) if isinstance(document, str) else document
        if entry is None:
            return None
        effective, basis, claims = self._effective(entry)
        events = self._events(entry)
        conflicts = _conflicts(entry, claims, events)
        ceased = self._ceased().get(_body(entry)) if entry.own_source else None
        untold = ceased if ceased and not self._named_from(entry, ceased) else None
        # a term another document states past its issuer's end (the province's "… tiếp tục
        # được áp dụng … đến hết ngày 31/12/2025" of a district's rules): the archive tells
        # its life to then (its own "thực hiện trong năm 2025" tells nothing after its end)
        if untold and any(
            e.type == "expired" and e.by_kind and (e.date or "") > untold for e in events
        ):
            untold = None
        return Life(
            ident=entry.ident,
            kind=entry.kind,
            date=entry.date,
            subject=entry.subject,
            own_source=entry.own_source,
            effective=effective,
            effective_basis=basis,
            effective_claims=tuple(claims),
            events=tuple(events),
            conflicts=tuple(conflicts),
            untold_from=untold,
        )

    def _ceased(self) -> dict[tuple[str | None, str | None], str]:
        """The bodies whose files stop while another body of their kind goes on (a
        department merged into another, a province's or commune's merged into a new one),
        with the first day of the body after them; computed once per registry state."""
        entries = self.registry.entries()
        if self._ceased_cache is not None and self._ceased_cache[0] is entries:
            return self._ceased_cache[1]
        days: dict[tuple[str | None, str | None], list[str]] = {}
        self._file_dates = {e.own_source: e.date for e in entries if e.own_source and e.date}
        for e in entries:
            if e.own_source and e.date:
                days.setdefault(_body(e), []).append(e.date)
        end = max((max(d) for d in days.values()), default="")
        ceased = {}
        for body, own in days.items():
            last = max(own)
            if _days(last, end) < CEASED_GAP_DAYS:
                continue
            # the first file of another body of its kind after its last, one that goes on
            after = [
                min(d for d in other_days if d > last)
                for other, other_days in days.items()
                if other != body
                and _same_kind(body, other)
                and max(other_days) > last
                and _days(max(other_days), end) < CEASED_GAP_DAYS
            ]
            if after:
                ceased[body] = min(after)
        self._ceased_cache = (entries, ceased)
        return ceased

    def _named_from(self, entry: RegistryEntry, day: str) -> bool:
        """Whether a file of a document issued on or after ``day`` names ``entry`` (the
        files' dates as ``_ceased`` last read them)."""
        return any(
            m.source != entry.own_source and (self._file_dates.get(m.source) or "") >= day
            for m in entry.mentions
        )

    def status(self, document: str | RegistryEntry, as_of: str | None = None) -> dict:
        """The ``assistant status --json`` record of a document on ``as_of`` (default today)."""
        life = self.life(document)
        if life is None:
            return unknown(document if isinstance(document, str) else document.ident, as_of)
        return life.to_json(as_of)

    def continued(self) -> list[tuple[RegistryEntry, RegistryEntry | None, str, dict]]:
        """The documents the files keep in force after a reorganisation ("… tiếp tục được
        áp dụng trên địa bàn …"): each with the document saying so (None when its file has
        no number), that file, and what it says (``FileClaims.continuations``); by the
        saying file's date."""
        out = []
        for claims in sorted(self._files.values(), key=lambda c: (c.date or "", c.file)):
            by = self.entry(claims.document, claims.date) if claims.document else None
            for told in claims.continuations:
                kept = self.entry(told["target"], told.get("target_date") or claims.date)
                if kept is not None and (by is None or _key(kept) != _key(by)):
                    out.append((kept, by, claims.file, told))
        return out

    def acts_on(self, entry: RegistryEntry) -> list[Statement]:
        """Every statement whose target is ``entry`` (what others do to it, or rest on it)."""
        return list(self._statements("target").get(_key(entry), ()))

    def extensions_of(
        self, entry: RegistryEntry, by: str | None = None
    ) -> list[tuple[RegistryEntry | None, Statement]]:
        """The acts that extended ``entry``'s time (a pilot's, a plan's) — no event of its
        life, which goes on (``_event``) — each with its acting document when the archive
        knows it (told once each, by its own file where that says it); only those signed by
        ``by`` (a date) when given."""
        out: dict[object, tuple[RegistryEntry | None, Statement]] = {}
        for s in self.acts_on(entry):
            r = s.relation
            if r.type != "amends" or not (r.target_scope == EXTENDED or self._extended_by(s)):
                continue
            claims = self._files.get(s.file)
            acting = self._acting(claims, r) if claims is not None else None
            signed = acting.date if acting is not None else (claims.date if claims else None)
            if by is not None and (signed is None or signed > by):
                continue
            key = _key(acting) if acting is not None else s.file
            own = acting is not None and s.file == acting.own_source
            if key not in out or own:
                out[key] = (acting, s)
        return list(out.values())

    def acts_of(self, entry: RegistryEntry) -> list[Statement]:
        """Every statement whose acting document is ``entry`` (what it rests on and changes)."""
        return list(self._statements("source").get(_key(entry), ()))

    # --- derivation -------------------------------------------------------------------------

    def _statements(self, side: str) -> dict[tuple[str, int | None], list[Statement]]:
        if self._index is None:
            self._index = {"source": {}, "target": {}}
            for claims in self._files.values():
                for s in claims.statements:
                    self._file_statement(claims, s)
        return self._index[side]

    def _file_statement(self, claims: FileClaims, s: Statement) -> None:
        assert self._index is not None
        r = s.relation
        source = self._acting(claims, r)
        if source is not None:
            self._index["source"].setdefault(_key(source), []).append(s)
        target = self.entry(r.target, r.target_date) if r.target else None
        if target is not None and (source is None or _key(source) != _key(target)):
            self._index["target"].setdefault(_key(target), []).append(s)

    def _acting(self, claims: FileClaims, r: Relation) -> RegistryEntry | None:
        if r.source == SELF:
            return None
        if claims.document and r.source == claims.document:
            return self.entry(claims.document, claims.date)
        return self.entry(r.source)

    def _effective(self, entry: RegistryEntry) -> tuple[str | None, str | None, list[dict]]:
        """(effective date, how it was learnt, every date stated for it)."""
        claims: list[dict] = []
        own = self._files.get(entry.own_source or "")
        if own is not None and own.effective:
            claims.append({"date": own.effective, **(own.effective_evidence or {})})
        for s in self.acts_of(entry):
            if s.relation.effective and s.file != entry.own_source:
                claims.append({"date": s.relation.effective, **_plain(s.evidence())})
        claims = list({c["date"] + c.get("source", ""): c for c in claims}.values())
        if claims:
            basis = OWN_TEXT if own is not None and own.effective else STATED
            return self._corrected_day(entry, claims[0]["date"]), basis, claims
        return entry.date, (ISSUE_DATE if entry.date else None), []

    def _corrected_day(self, entry: RegistryEntry, day: str) -> str:
        """``day``, or the day a đính chính of ``entry`` put in its place ("Đính chính Điều 2
        Quyết định số 845/QĐ-UBND …: "ngày 15/5/2024" được sửa thành "ngày 01/6/2024"")."""
        for s in self.acts_on(entry):
            if s.relation.mode != CORRECTION:
                continue
            for m in _DAY_CORRECTED.finditer(s.relation.quote or ""):
                old, new = _iso(m.group("old")), _iso(m.group("new"))
                if old == day and new:
                    return new
        return day

    def _events(self, entry: RegistryEntry, *, with_base: bool = True) -> list[Event]:
        """What later documents did to ``entry``; one event per act, its own file preferred;
        with ``with_base``, the end of what it amends too (``_with_base``)."""
        chosen: dict[tuple[str, str, str | None], tuple[bool, Event, Statement]] = {}
        for s in self.acts_on(entry):
            event = self._event(s)
            if event is None:
                continue
            own = self._is_own(s)
            key = (lookup_key(event.by), event.type, event.scope)
            # (the acting file's own word first; there, an article's before its trích yếu:
            # "Tạm dừng áp dụng Quyết định số 55 …" above, "Điều 1. Tạm dừng … kể từ ngày
            # 01 tháng 4 năm 2026" below)
            if (
                key not in chosen
                or (own and not chosen[key][0])
                or (own and _in_article(s) and not _in_article(chosen[key][2]))
            ):
                chosen[key] = (own, event, s)
        # An act whose own file says it ended a part ("Bãi bỏ Điều 10 …") did not end the
        # whole, whatever a report retelling it reads as ("… tiếp tục được thực hiện, trừ
        # Điều 10 đã bị bãi bỏ tại Quyết định số 35/…" is no repeal of the whole).
        partial = {lookup_key(e.by): own for own, e, _ in chosen.values() if e.scope is not None}
        events = [
            e
            for own, e, _ in chosen.values()
            if e.scope is not None or not partial.get(lookup_key(e.by), own) or own
        ]
        events = [self._lifted(entry, e) if e.type == "suspended" else e for e in events]
        term = self._term(entry)
        if term is not None:
            events.append(term)
        if with_base and not any(e.lasting for e in events):
            events += self._with_base(entry)
        return sorted(events, key=lambda e: (e.date or "9999", e.by))

    def _with_base(self, entry: RegistryEntry) -> list[Event]:
        """An amending document ends with the one it amends: when that is replaced, repealed
        or ended in whole, its amendments go with it (15/2023/QĐ-UBND amended the Quy chế of
        17/2020/QĐ-UBND; 19/2024/QĐ-UBND replaced that Quy chế, and so ended 15/2023 too)."""
        ends = []
        for s in self.acts_of(entry):
            if s.relation.type != "amends" or not s.relation.target:
                continue
            base = self.entry(s.relation.target, s.relation.target_date)
            if base is None or _key(base) == _key(entry):
                continue
            ended = next(
                (
                    e
                    for e in self._events(base, with_base=False)
                    if e.lasting and e.type != "expired"
                ),
                None,
            )
            if ended is not None:
                ends.append(dataclasses.replace(ended, type="ended"))
        return ends[:1]

    def _lifted(self, entry: RegistryEntry, event: Event) -> Event:
        """A suspension with the day it ends, if any: a text restoring ``entry`` after it
        began ("… tiếp tục có hiệu lực thi hành kể từ ngày 15/9/2025"), the end of the
        suspending document (61/QĐ-SXD repealing the suspension 44/QĐ-SXD), or the
        suspension's own last day ("tạm ngưng … đến hết ngày 30/6/2025"): the earliest."""
        days: list[tuple[str, str]] = []  # (the day it ends, the document that ends it)
        for claims, told in self._told_of("restorations").get(_key(entry), []):
            day = told["since"] or claims.effective or claims.date
            if day and (event.date is None or day > event.date):
                days.append((day, claims.document or claims.file))
        by = self.entry(event.by, event.by_date)
        if by is not None and _key(by) != _key(entry) and _key(entry) not in self._lifting:
            self._lifting.add(_key(entry))  # two documents suspending each other end here
            try:
                ends = self._events(by, with_base=False)
            finally:
                self._lifting.discard(_key(entry))
            days += [(e.date, e.by) for e in ends if e.lasting and e.date]
        last = _SUSPENDED_UNTIL.search(event.evidence.get("quote", ""))
        if last is not None:
            try:
                day = dt.date(int(last["y"]), int(last["m"]), int(last["d"]))
            except ValueError:
                day = None
            if day is not None:
                days.append(((day + dt.timedelta(days=1)).isoformat(), event.by))
        later = [d for d in days if event.date is None or d[0] > event.date]
        if not later:
            return event
        day, lifter = min(later)
        return dataclasses.replace(event, lifted=day, lifted_by=lifter)

    def _told_of(self, field: str) -> _Told:
        """What the files state of documents in ``field`` (``terms``, ``restorations``,
        ``continuations``), by the document it is about; computed once per feeding."""
        if field not in self._told:
            index: _Told = {}
            for claims in self._files.values():
                for told in getattr(claims, field):
                    target = self.entry(told["target"], told.get("target_date") or claims.date)
                    if target is not None:
                        index.setdefault(_key(target), []).append((claims, told))
            self._told[field] = index
        return self._told[field]

    def _term(self, entry: RegistryEntry) -> Event | None:
        """The end of ``entry``'s stated term ("áp dụng đến hết ngày 31/12/2023", "thực hiện
        trong năm 2024", an extension "gia hạn … đến ngày 30/6/2025"), as an ``expired``
        event the day after its last day: the latest-dated file's term decides."""
        told = self._told_of("terms").get(_key(entry), [])
        # and a reorganisation's keeping it to a day ("… tiếp tục được áp dụng trên địa bàn
        # tỉnh Vạn Ninh (cũ) đến hết ngày 31/12/2025"): a term the keeping text tells
        told = told + [
            (claims, {**kept, "extends": False})
            for claims, kept in self._told_of("continuations").get(_key(entry), [])
            if kept.get("until")
        ]
        if not told:
            return self._period_term(entry)
        claims, term = max(told, key=lambda ct: (ct[0].date or "", ct[1]["extends"]))
        last = dt.date.fromisoformat(term["until"])
        by = self.entry(claims.document, claims.date) if claims.document else None
        own = by is not None and _key(by) == _key(entry)  # its own text's term: no actor
        return Event(
            date=(last + dt.timedelta(days=1)).isoformat(),
            type="expired",
            by=by.ident if by is not None else claims.file,
            scope=None,
            evidence={
                "source": claims.file,
                "locator": locator(term["page"], term["section"]),
                "quote": term["quote"],
            },
            by_date=by.date if by is not None else claims.date,
            by_kind=by.kind if by is not None and not own else None,
            by_subject=by.subject if by is not None else None,
            until=term["until"],
        )

    def _period_term(self, entry: RegistryEntry) -> Event | None:
        """The end of the stretch of years a plan names in its own title ("Đề án chuyển đổi
        số … giai đoạn 2021 – 2025", "Ban hành Kế hoạch CCHC giai đoạn 2021 - 2025"): it is
        carried out through its last year, and ends with it when no text says otherwise. A
        plan of one year is not ended so: the next year's reports still carry it out."""
        subject = entry.subject or ""
        m = _PERIOD_TITLE.search(subject)
        if m is None and entry.kind in _PLAN_KINDS:
            m = _PERIOD.search(subject)
        if entry.own_source is None or m is None:
            return None
        first, last = int(m.group("y1")), int(m.group("y2"))
        if not first < last <= first + 10:
            return None
        return Event(
            date=f"{last + 1}-01-01",
            type="expired",
            by=entry.ident,
            scope=None,
            evidence={
                "source": entry.own_source,
                "locator": "trích yếu",
                "quote": entry.subject or "",
            },
            by_date=entry.date,
            by_subject=entry.subject,
            until=f"{last}-12-31",
        )

    def _extended_by(self, s: Statement) -> bool:
        """Whether the file of ``s`` states an extension of the document ``s`` acts on."""
        claims, r = self._files.get(s.file), s.relation
        target = self.entry(r.target, r.target_date) if claims and r.target else None
        return bool(
            claims
            and target is not None
            and any(
                t["extends"]
                and (found := self.entry(t["target"], t.get("target_date") or claims.date))
                is not None
                and _key(found) == _key(target)
                for t in claims.terms
            )
        )

    def _is_own(self, s: Statement) -> bool:
        claims = self._files.get(s.file)
        return bool(claims and claims.document and s.relation.source == claims.document)

    def _event(self, s: Statement) -> Event | None:
        r = s.relation
        if r.type not in EVENT_OF or (r.type == "amends" and r.target_scope == EXTENDED):
            # an extension of a plan's time moves the end of its term (``_term``): no part
            # of it changed, it stays in force
            return None
        if r.mode == CORRECTION:  # a slip corrected: nothing in force changed
            return None
        if r.type == "amends" and self._extended_by(s):
            # its term's article rewritten to a later day by a file that says it extends it
            # ("Kéo dài thời gian thí điểm …": "Sửa đổi Điều 2 … đến hết ngày 31/12/2025"):
            # the end moves (``_term``), nothing of it changed
            return None
        kind = "suspended" if r.mode == SUSPENSION else EVENT_OF[r.type]
        if r.target_scope and kind == "repealed":
            kind = "partly_repealed"
        by = self._acting(self._files[s.file], r) if s.file in self._files else None
        if by is not None and by.code == "TTr":
            # a proposal ("Tờ trình về việc bãi bỏ Quyết định số 27/2020/QĐ-UBND") asks for
            # the act; the decision adopting it does it
            return None
        by_ident = by.ident if by is not None else (r.source if r.source != SELF else s.file)
        # When the act took effect: the acting document's stated effective date, else the
        # one this statement gives, else its date of issue (assumed); a suspension from a
        # day of its own (`đình chỉ … từ ngày 10/02/2025`) from that day, and so an act from
        # a later day its own sentence names (a decision in force from its signing on
        # 26/5/2026 says "Quyết định số 96/QĐ-SGDĐT … hết hiệu lực thi hành kể từ ngày 01
        # tháng 6 năm 2026").
        date, assumed = r.effective, False
        if by is not None and not (r.mode == SUSPENSION and r.effective):
            effective, basis, _ = self._effective(by)
            if basis in (OWN_TEXT, STATED):
                date = r.effective if r.effective and r.effective > (effective or "") else effective
            elif not date and effective:
                date, assumed = effective, True
        return Event(
            date=date,
            type=kind,
            by=by_ident,
            scope=r.target_scope,
            evidence=_plain(s.evidence()),
            by_date=by.date if by is not None else None,
            by_kind=by.kind if by is not None else None,
            by_subject=by.subject if by is not None else None,
            assumed=assumed,
        )


# A body whose files stop this many days before the archive's last one, while another of
# its kind goes on, has ceased.
CEASED_GAP_DAYS = 60


def _body(entry: RegistryEntry) -> tuple[str | None, str | None]:
    """Who issued a document: its symbol's issuer and its place."""
    organ = organ_of_entry(entry)
    return entry.issuer, organ.place if organ else None


def _same_kind(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Two departments (symbols "S…"), or one body's symbol in two places."""
    (ia, pa), (ib, pb) = a, b
    department = bool(ia and ib and re.match(r"S[A-ZĐ]", ia) and re.match(r"S[A-ZĐ]", ib))
    return department or (ia == ib and pa != pb and pa is not None and pb is not None)


def _days(a: str, b: str) -> int:
    """Days from ``a`` to ``b`` (ISO dates)."""
    return (dt.date.fromisoformat(b[:10]) - dt.date.fromisoformat(a[:10])).days


def _key(entry: RegistryEntry) -> tuple[str, int | None]:
    return entry.key, entry.year


def _plain(evidence: dict) -> dict:
    """The DESIGN.md evidence fields plus ``where`` (what the check tab shows)."""
    return {k: evidence[k] for k in ("source", "locator", "quote", "where") if k in evidence}


def _conflicts(entry: RegistryEntry, claims: list[dict], events: Iterable[Event]) -> list[str]:
    out = []
    dates = list(dict.fromkeys(c["date"] for c in claims))
    if len(dates) > 1:
        said = "; ".join(f"{vn_date(c['date'])} ({c.get('source') or '?'})" for c in claims)
        out.append(f"Các văn bản ghi ngày có hiệu lực khác nhau cho {entry.ident}: {said}")
    # (a stated term running out is no act: no second document ending it)
    enders = list(dict.fromkeys(e.by for e in events if e.lasting and e.type != "expired"))
    if len(enders) > 1:
        out.append(f"Nhiều văn bản cùng thay thế, bãi bỏ {entry.ident}: " + ", ".join(enders))
    return out


def _in_article(s: Statement) -> bool:
    """Whether a statement stands in an article of its file ("Điều 1"), not its trích yếu."""
    return s.section.startswith("Điều")


# A day a đính chính corrects: ""ngày 15/5/2024" được sửa thành "ngày 01/6/2024"" (the old
# and new days as written, quoted).
_DAY_CORRECTED = re.compile(
    r"[\"“](?:ngày\s+)?(?P<old>\d{1,2}/\d{1,2}/\d{4})[\"”]\s+(?:được\s+)?(?:sửa|đính chính)"
    r"(?:\s+lại)?\s+thành\s+[\"“](?:ngày\s+)?(?P<new>\d{1,2}/\d{1,2}/\d{4})[\"”]"
)


def _iso(day: str) -> str | None:
    """``15/5/2024`` as ``2024-05-15``; None if it is no calendar day."""
    d, m, y = day.split("/")
    return iso_date(d, m, y)

