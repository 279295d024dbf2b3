"""A document's validity: when it takes effect, what later documents did to it, its status.

Pure rules over a ``Life`` (built by ``lives.Lives`` from what the archive's files
say): nothing here reads files. The status of DESIGN.md's ``assistant status``:

- ``not_yet_in_force``: its effective date (its own text's, else its date of issue,
  marked as assumed) is after the as-of date;
- ``not_in_force``: replaced, repealed or ended in whole by an act in effect by then, or
  suspended in whole on that day;
- ``partly_in_force``: parts of it were amended, replaced or repealed by then;
- ``in_force``: none of these;
- ``unknown``: the archive holds nothing about the document's effect: not in the
  registry, or only cited (no file of its own, no act on it, no stated effective date).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

STATUSES = ("in_force", "partly_in_force", "not_in_force", "not_yet_in_force", "unknown")
# What a relation does to its target, as an event of the target's life.
EVENT_OF = {
    "amends": "amended",
    "replaces": "replaced",
    "repeals": "repealed",
    "terminates": "ended",
}
# Event types that end a document when they act on the whole of it; ``expired``: its
# stated term ran out ("áp dụng đến hết ngày 31/12/2023"), with no act; ``suspended``: a
# suspension ("tạm ngưng hiệu lực"), for as long as it lasts (``Event.lifted``).
ENDING = ("replaced", "repealed", "ended", "expired", "suspended")

# How an effective date was learnt (``Life.effective_basis``).
OWN_TEXT = "own_text"
STATED = "stated"
ISSUE_DATE = "issue_date_assumed"

VI_EVENT = {
    "amended": "được sửa đổi, bổ sung",
    "partly_repealed": "bị bãi bỏ một phần",
    "replaced": "được thay thế",
    "partly_replaced": "được thay thế một phần",
    "repealed": "bị bãi bỏ",
    "ended": "hết hiệu lực",
    "expired": "hết thời hạn áp dụng",
    "suspended": "bị tạm ngưng hiệu lực",
}
VI_STATUS = {
    "in_force": "còn hiệu lực",
    "partly_in_force": "còn hiệu lực một phần",
    "not_in_force": "hết hiệu lực",
    "not_yet_in_force": "chưa có hiệu lực",
    "unknown": "chưa rõ hiệu lực",
}


@dataclass(frozen=True)
class Event:
    """Something a later document did to this one.

    Attributes:
        date: when it took effect: the acting document's effective date (its own text's,
            else the one the statement gives, else its date of issue); None if unknown.
        type: ``amended``, ``partly_repealed``, ``replaced``, ``partly_replaced``,
            ``repealed``, ``ended``, ``expired`` or ``suspended``.
        by: the acting document's ident (the file's name when it has no number).
        scope: the part acted on (``khoản 2 Điều 3``), None for the whole.
        evidence: ``{"source", "locator", "quote"}``: the file and place that state it.
        by_date: the acting document's date of issue.
        by_kind: its kind (``Quyết định``).
        by_subject: its trích yếu.
        assumed: ``date`` is a date of issue, not a stated effective date.
        until: an ``expired`` event's last day of application.
        lifted: the day a ``suspended`` document (or part) is in force again, None while
            the suspension lasts.
        lifted_by: the document that lifted it (restored it, or ended the suspending one).
    """

    date: str | None
    type: str
    by: str
    scope: str | None
    evidence: dict
    by_date: str | None = None
    by_kind: str | None = None
    by_subject: str | None = None
    assumed: bool = False
    until: str | None = None
    lifted: str | None = None
    lifted_by: str | None = None

    @property
    def whole(self) -> bool:
        """Whether it ends the document (replaced, repealed or ended in whole)."""
        return self.type in ENDING and not self.scope

    @property
    def lasting(self) -> bool:
        """Whether it ends the document for good: whole, and no suspension (which may be
        lifted)."""
        return self.whole and self.type != "suspended"

    def by_on(self, as_of: str) -> bool:
        """Whether it had taken effect by ``as_of`` (an undated event is taken as past)."""
        return self.date is None or _on_or_before(self.date, as_of)

    def holds_on(self, as_of: str) -> bool:
        """Whether it had taken effect by ``as_of`` and still holds then (a suspension
        lifted by then no longer does)."""
        return self.by_on(as_of) and not (self.lifted and _on_or_before(self.lifted, as_of))

    def vi(self) -> str:
        """``được thay thế bởi Quyết định số 2000/QĐ-UBND ngày 01/8/2022`` (Điều 3: …)."""
        what = VI_EVENT.get(self.type, self.type)
        if self.type == "expired":
            # "hết thời hạn áp dụng (đến hết ngày 31/12/2023, theo Công văn số 2011/SCT-VP …)"
            by = f", theo {self.by_kind} số {self.by}" if self.by_kind else ""
            return f"{what} (đến hết ngày {vn_date(self.until)}{by})"
        part = f" ({self.scope})" if self.scope else ""
        by = f"{self.by_kind} số {self.by}" if self.by_kind else self.by
        date = f" ngày {vn_date(self.by_date)}" if self.by_date else ""
        if self.type == "suspended":
            # "bị tạm ngưng hiệu lực theo Quyết định số 44/QĐ-SXD ngày 25/6/2025 (từ ngày
            # 01/7/2025; có hiệu lực trở lại từ ngày 15/9/2025)"
            since = f"từ ngày {vn_date(self.date)}" if self.date else ""
            back = f"có hiệu lực trở lại từ ngày {vn_date(self.lifted)}" if self.lifted else ""
            when = "; ".join(x for x in (since, back) if x)
            return f"{what}{part} theo {by}{date}" + (f" ({when})" if when else "")
        return f"{what}{part} bởi {by}{date}"

    def to_json(self) -> dict:
        """The DESIGN.md event record, then the acting document's date, kind and subject."""
        return {
            "date": self.date,
            "type": self.type,
            "by": self.by,
            "scope": self.scope,
            "evidence": dict(self.evidence),
            "by_date": self.by_date,
            "by_kind": self.by_kind,
            "by_subject": self.by_subject,
            "assumed": self.assumed,
            **({"until": self.until} if self.until else {}),
            **({"lifted": self.lifted, "lifted_by": self.lifted_by} if self.lifted else {}),
        }


@dataclass(frozen=True)
class Life:
    """A document's life as the archive tells it.

    Attributes:
        ident: its number and symbol (the registry's spelling).
        kind: its type (``Quyết định``).
        date: its date of issue.
        subject: its trích yếu.
        own_source: its own file, None when the archive only mentions it.
        effective: the date it takes effect, None if nothing says.
        effective_basis: ``own_text``, ``stated`` (another text says) or
            ``issue_date_assumed``.
        effective_claims: every effective date stated for it: ``{"date", "source",
            "locator", "quote"}`` (more than one date is a conflict, kept and shown).
        events: what later documents did to it, by date.
        conflicts: disagreements between the archive's files, in words.
        untold_from: the day its issuer ceased, when nothing issued from then on names it.
    """

    ident: str
    kind: str | None = None
    date: str | None = None
    subject: str | None = None
    own_source: str | None = None
    effective: str | None = None
    effective_basis: str | None = None
    effective_claims: tuple[dict, ...] = ()
    events: tuple[Event, ...] = ()
    conflicts: tuple[str, ...] = field(default=())
    # The day its issuer ceased (merged away) when no document of the bodies after it names
    # it: from then on the archive tells nothing of its effect.
    untold_from: str | None = None

    def status(self, as_of: str | None = None) -> str:
        """One of ``STATUSES`` on ``as_of`` (ISO; default today)."""
        as_of = as_of or today()
        if self.own_source is None and not self.events and not self.effective_claims:
            # Only cited: the archive says nothing about its effect.
            return "unknown"
        if self.effective and not _on_or_before(self.effective, as_of):
            return "not_yet_in_force"
        if self.effective is None and self.date and not _on_or_before(self.date, as_of):
            return "not_yet_in_force"
        happened = self.events_by(as_of)
        if any(e.whole for e in happened):
            return "not_in_force"
        if self.untold_from and _on_or_before(self.untold_from, as_of):
            return "unknown"
        return "partly_in_force" if happened else "in_force"

    def events_by(self, as_of: str) -> list[Event]:
        """The events in effect by ``as_of`` (a suspension lifted by then is not)."""
        return [e for e in self.events if e.holds_on(as_of)]

    def ended_by(self, as_of: str) -> Event | None:
        """The first event that ended it in whole by ``as_of``, if any; a lasting end before
        a suspension (a suspended decision later replaced was replaced)."""
        return first_end(self.events_by(as_of))

    def to_json(self, as_of: str | None = None) -> dict:
        """The ``assistant status --json`` record on ``as_of``."""
        as_of = as_of or today()
        return {
            "ident": self.ident,
            "as_of": as_of,
            "status": self.status(as_of),
            "effective": self.effective,
            "events": [e.to_json() for e in self.events],
            "kind": self.kind,
            "date": self.date,
            "subject": self.subject,
            "source": self.own_source,
            "effective_basis": self.effective_basis,
            "effective_claims": [dict(c) for c in self.effective_claims],
            "conflicts": list(self.conflicts),
        }


def first_end(events: list[Event]) -> Event | None:
    """The first of ``events`` that ends the document in whole, a lasting end before a
    suspension (a suspended decision later replaced was replaced); None if none does."""
    ends = [e for e in events if e.whole]
    return next((e for e in ends if e.lasting), ends[0] if ends else None)


def unknown(ident: str, as_of: str | None = None) -> dict:
    """The ``status`` record of a document the archive holds nothing about."""
    return {
        "ident": ident,
        "as_of": as_of or today(),
        "status": "unknown",
        "effective": None,
        "events": [],
        "kind": None,
        "date": None,
        "subject": None,
        "source": None,
        "effective_basis": None,
        "effective_claims": [],
        "conflicts": [],
    }


def today() -> str:
    """Today's date, ISO."""
    return dt.date.today().isoformat()


def parse_as_of(text: str | None) -> str | None:
    """An as-of date typed by a user (``2024-03-01``, ``01/03/2024``) as ISO, None if empty.

    Raises:
        ValueError: not a calendar date.
    """
    text = (text or "").strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a date: write it as YYYY-MM-DD, e.g. 2024-03-01")


def _on_or_before(date: str, as_of: str) -> bool:
    """``date`` ≤ ``as_of``; a partial date (``2022-07``, ``2022``) counts from its start."""
    n = min(len(date), len(as_of))
    return date[:n] <= as_of[:n]


def vn_date(iso: str | None) -> str | None:
    """``2021-07-08`` → ``08/7/2021``, ``2023-01-06`` → ``06/01/2023``: a day below 10 and
    the months 1 and 2 with a leading zero, as Nghị định 30/2020/NĐ-CP writes them; partial
    dates kept."""
    if not iso:
        return None
    parts = iso.split("-")
    if len(parts) == 3:
        month = int(parts[1])
        return f"{int(parts[2]):02d}/{month:0{2 if month < 3 else 1}d}/{parts[0]}"
    if len(parts) == 2:
        return f"tháng {int(parts[1])}/{parts[0]}"
    return iso
