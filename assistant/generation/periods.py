"""Reporting periods: a year, a half-year or a quarter, as staff write them.

``parse_period("2024-H1")`` gives the period, its Vietnamese label (``6 tháng đầu
năm 2024``) and its first and last days; ``period_in`` reads the period a report's
title names (``… cải cách hành chính quý II năm 2023``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from assistant.citations.normalize import fold
from assistant.errors import AssistantError

ROMAN = ("I", "II", "III", "IV")
_SPEC = re.compile(r"^\s*(?P<y>\d{4})(?:-(?P<k>[QqHh])(?P<n>\d))?\s*$")
# Years a report of this assistant can be about (a typo like 20244 is not one).
MIN_YEAR, MAX_YEAR = 1990, 2100
# The period a title names, folded: "6 thang dau nam 2023", "quy ii nam 2023", "nam 2023".
_HALF = re.compile(r"6 thang (?P<w>dau|cuoi) nam (?P<y>\d{4})")
# "quý III năm 2026", "quý III và 9 tháng năm 2026" (the quarter's report, with the months to
# its end)
_QUARTER = re.compile(
    r"quy (?P<q>iv|iii|ii|i|[1-4]) (?:va \d{1,2} thang (?:dau )?)?nam (?P<y>\d{4})"
)
_YEAR = re.compile(r"\bnam (?P<y>\d{4})\b")
# A stretch of months from the year's start that is no year: "9 tháng năm 2026", "9 tháng đầu
# năm 2025" (folded).
_MONTHS_SO_FAR = re.compile(r"\b(?:[2-57-9]|1[01]) thang (?:dau )?nam \d{4}")


class PeriodError(AssistantError):
    """A period that is not a year, a half-year or a quarter."""


@dataclass(frozen=True, order=True)
class Period:
    """A reporting period.

    Attributes:
        year: the calendar year.
        kind: ``year``, ``half`` or ``quarter``.
        part: 0 for a year, 1-2 for a half, 1-4 for a quarter.
    """

    year: int
    kind: str = "year"
    part: int = 0

    @property
    def code(self) -> str:
        """As typed on the command line: ``2024``, ``2024-H1``, ``2024-Q3``."""
        if self.kind == "year":
            return str(self.year)
        return f"{self.year}-{'H' if self.kind == 'half' else 'Q'}{self.part}"

    @property
    def label(self) -> str:
        """As a report names it: ``năm 2024``, ``6 tháng đầu năm 2024``, ``quý I năm 2024``."""
        if self.kind == "half":
            return f"6 tháng {'đầu' if self.part == 1 else 'cuối'} năm {self.year}"
        if self.kind == "quarter":
            return f"quý {ROMAN[self.part - 1]} năm {self.year}"
        return f"năm {self.year}"

    @property
    def start(self) -> date:
        """The first day."""
        months = {"year": 12, "half": 6, "quarter": 3}[self.kind]
        return date(self.year, 1 + months * max(self.part - 1, 0), 1)

    @property
    def end(self) -> date:
        """The last day."""
        months = {"year": 12, "half": 6, "quarter": 3}[self.kind]
        month = months * max(self.part, 1)
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    def next(self) -> Period:
        """The period after this one, of the same kind (what a report's "phương hướng" is for)."""
        count = {"year": 1, "half": 2, "quarter": 4}[self.kind]
        if self.kind == "year" or self.part == count:
            return Period(self.year + 1, self.kind, 0 if self.kind == "year" else 1)
        return Period(self.year, self.kind, self.part + 1)

    def contains(self, iso: str | None) -> bool:
        """Whether an ISO date (``YYYY-MM-DD``, or ``YYYY-MM`` with the day blank) falls in it."""
        if not iso or not re.match(r"^\d{4}-\d{2}", iso):
            return False
        return self.start.isoformat()[:7] <= iso[:7] <= self.end.isoformat()[:7] and (
            len(iso) < 10 or self.start.isoformat() <= iso[:10] <= self.end.isoformat()
        )

    def to_json(self) -> dict:
        """The ``period`` record of ``assistant report --json``."""
        return {"label": self.label, "from": self.start.isoformat(), "to": self.end.isoformat()}


def parse_period(text: str) -> Period:
    """``2024``, ``2024-Q1`` or ``2024-H1`` as a ``Period``.

    Raises:
        PeriodError: anything else, with the forms it takes.
    """
    m = _SPEC.match(text or "")
    usage = "--period takes 2024, 2024-Q1 or 2024-H1 (a year, a quarter or a half-year)"
    if not m:
        raise PeriodError(f"{text!r} is not a period: {usage}")
    year = int(m.group("y"))
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise PeriodError(f"{year} is not a plausible year: {usage}")
    if not m.group("k"):
        return Period(year)
    kind = "half" if m.group("k").upper() == "H" else "quarter"
    part = int(m.group("n"))
    if not 1 <= part <= (2 if kind == "half" else 4):
        raise PeriodError(f"{text!r}: a year has halves H1-H2 and quarters Q1-Q4; {usage}")
    return Period(year, kind, part)


def period_in(title: str | None) -> Period | None:
    """The period a report's title or heading names, None if it names none."""
    folded = fold(title or "")
    m = _HALF.search(folded)
    if m:
        return Period(int(m.group("y")), "half", 1 if m.group("w") == "dau" else 2)
    m = _QUARTER.search(folded)
    if m:
        q = m.group("q")
        part = int(q) if q.isdigit() else ROMAN.index(q.upper()) + 1
        return Period(int(m.group("y")), "quarter", part)
    m = _YEAR.search(folded)
    return Period(int(m.group("y"))) if m and not _MONTHS_SO_FAR.search(folded) else None
