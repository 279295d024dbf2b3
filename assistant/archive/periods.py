"""The period a text concerns ("năm 2024", "quý I/2024", "giai đoạn 2021 - 2025").

A period is not an issue date: Kế hoạch đào tạo … giai đoạn 2021 - 2025 was issued
in December 2020 and concerns five later years. Pure functions over text; the
phrases are matched on the folded text (no diacritics, lower case), so offsets are
those of the normalised input.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from assistant.citations.normalize import fold

_YEAR = r"(?:19[5-9]\d|20[0-9]\d)"
_DASH = r"\s*[-–—]\s*"
# Roman or Arabic quarter numbers: "quý I/2024", "quý 3 năm 2024".
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# Dates and document numbers hold years that are not periods: "ngày 15 tháng 9 năm
# 2022", "ngày 02/3/2023", "07/2018/QĐ-UBND". They are blanked before matching.
_NOT_PERIOD = re.compile(
    rf"ngay\s+\d{{1,2}}\s+thang\s+\d{{1,2}}\s+nam\s+{_YEAR}"
    rf"|(?:ngay\s+)?\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]{_YEAR}"
    rf"|\d+[a-z]?/{_YEAR}/"
)


# Each phrase, most specific first (a range or a quarter before the bare year in it).
# "2021 - 2025", "2021-2025", "từ năm 2019 đến năm 2021", "from 2019 to 2021".
_RANGE = re.compile(
    rf"\b(?P<a>{_YEAR}){_DASH}(?:nam\s+)?(?P<b>{_YEAR})\b"
    rf"|\b(?P<c>{_YEAR})\s+(?:den\s+(?:het\s+)?(?:nam\s+)?|to\s+|through\s+|until\s+)"
    rf"(?P<d>{_YEAR})\b"
)
_HALF = re.compile(
    rf"\b(?:(?:6|sau)\s+thang|nua)\s+(?P<which>dau|cuoi)\s+nam\s*(?P<y>{_YEAR})?"
    rf"|\b(?P<en>first|second)\s+half\s+of\s+(?P<ey>{_YEAR})"
    # "đến giữa năm 2022", "by mid-2022": the first half, counted to its middle
    rf"|\b(?:den\s+|tinh\s+den\s+)?giua\s+nam\s*(?P<my>{_YEAR})|\bmid[\s-]+(?P<mey>{_YEAR})"
)
# The first months of a year, counted ("9 tháng đầu năm 2024", "quý III và 9 tháng năm
# 2024": the cumulative figures of a report; "6 tháng 2026", "first nine months of 2024").
_MONTHS = re.compile(
    rf"\b(?P<n>[1-9]|1[01]|ba|chin)\s+thang\s+(?:dau\s+)?(?:nam\s*(?P<y>{_YEAR})?|(?P<by>{_YEAR})\b)"
    rf"|\bfirst\s+(?P<en>two|three|four|five|seven|eight|nine|ten|eleven|[1-9]|1[01])\s+months"
    rf"\s+of\s+(?P<ey>{_YEAR})"
    # "lũy kế 9 tháng tiếp nhận …": counted from the year's start, its year the text's
    # (with its year after it, "lũy kế 9 tháng năm 2024", the first alternative reads it)
    rf"|\bluy\s+ke\s+(?P<ln>[1-9]|1[01])\s+thang\b(?!\s+(?:dau\s+)?nam\b|\s*/?\s*{_YEAR})"
)
_MONTH_WORDS = {
    "ba": 3, "chin": 9, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11,
}
# A quarter counted from the year's start: "đến hết quý III/2024", "lũy kế đến quý III năm
# 2024", "by the end of the third quarter of 2024".
_TO_QUARTER = re.compile(
    rf"\b(?:(?:tinh\s+)?den\s+het|luy\s+ke(?:\s+den)?(?:\s+het)?)\s+quy\s+(?P<q>iv|iii|ii|i|[1-4])\b"
    rf"\s*(?:/|nam|-)?\s*(?P<y>{_YEAR})?"
    rf"|\bby\s+the\s+end\s+of\s+(?:the\s+)?(?P<word>first|second|third|fourth)\s+quarter"
    rf"\s+(?:of\s+)?(?P<wy>{_YEAR})\b"
)
_QUARTER = re.compile(
    rf"\bquy\s+(?P<q>iv|iii|ii|i|[1-4])\b\s*(?:/|nam|-)?\s*(?P<y>{_YEAR})?"
    rf"|\bq(?P<eq>[1-4])[\s/-]*(?P<ey>{_YEAR})\b"
    rf"|\b(?:the\s+)?(?P<word>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+quarter"
    rf"\s+(?:of\s+)?(?P<wy>{_YEAR})\b"
    # "quý đầu năm 2025", "quý cuối năm 2025": the first and the last quarter
    rf"|\bquy\s+(?P<end>dau|cuoi)\s+(?:nam\s*)?(?P<vy>{_YEAR})?"
)
_QUARTER_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "last": 4,
    "final": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "dau": 1,
    "cuoi": 4,
}
# "từ tháng 3/2023 đến tháng 6/2024", "tháng 3 - tháng 6/2024", "từ tháng 7 đến cuối năm
# 2022" (through December), "between April and December 2023", "from March to June 2024".
EN_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
EN_MONTH = "|".join(sorted(EN_MONTHS, key=len, reverse=True))


def _day(x: str) -> str:
    """A day written "31/3/2023" or "31 March 2023" (folded), its groups prefixed ``x``."""
    return (
        rf"(?:(?P<{x}d>\d{{1,2}})\s*[/.\-]\s*(?P<{x}m>\d{{1,2}})\s*[/.\-]\s*(?P<{x}y>{_YEAR})"
        rf"|(?P<{x}ed>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<{x}em>{EN_MONTH})\s+(?P<{x}ey>{_YEAR}))"
    )


# A stretch between two days: "từ 01/10/2022 đến 31/3/2023", "từ ngày 01/6/2022 đến ngày
# 30/6/2023", "01/10/2022 - 31/3/2023", "giữa ngày 01/7/2025 và ngày 10/7/2025", "between
# 01/7/2025 and 10/7/2025", "from 1 July 2025 to 10 July 2025"; "between 1 and 10 July 2025"
# (folded; read before dates are blanked). Two days joined by "và" alone are two days.
_DAY_RANGE = re.compile(
    rf"(?:\b(?:tu|ke tu|from)\s+)?(?:ngay\s+)?{_day('a')}"
    rf"(?:{_DASH}|\s+(?:den|toi|to|until|through|till)\s+(?:het\s+)?)(?:ngay\s+)?{_day('b')}"
    rf"|\b(?:giua|between)\s+(?:ngay\s+)?{_day('c')}\s+(?:va|and)\s+(?:ngay\s+)?{_day('e')}"
    rf"|\b(?:between|from)\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?P<m1>{EN_MONTH}))?"
    rf"(?:\s+(?:and|to|until|till|through)\s+|{_DASH})"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{EN_MONTH})\s+(?P<y>{_YEAR})\b"
)


def _day_range(folded: str) -> Found | None:
    """The first stretch between two days ``folded`` names (``_DAY_RANGE``)."""
    for m in _DAY_RANGE.finditer(folded):
        try:
            if m.group("d1"):
                month, year = EN_MONTHS[m.group("m")], int(m.group("y"))
                first = EN_MONTHS[m.group("m1")] if m.group("m1") else month
                start = dt.date(year, first, int(m.group("d1")))
                end = dt.date(year, month, int(m.group("d2")))
            elif m.group("ad") or m.group("aed"):
                start, end = _date_of(m, "a"), _date_of(m, "b")
            else:
                start, end = _date_of(m, "c"), _date_of(m, "e")
        except ValueError:
            continue
        if start <= end:
            return _reporting(start, end), m.start(), m.end()
    return None


def _reporting(start: dt.date, end: dt.date) -> Period:
    """The stretch between two days, read as the calendar period it reports when its days
    are those Nghị định 09/2019/NĐ-CP closes figures on: "từ ngày 15/12/2022 đến ngày
    14/12/2023" is the year 2023, "15/12/2024 – 14/6/2025" its first half, "15/3 – 14/6"
    quý II."""
    if (
        start.day == 15
        and end.day == 14
        and start.month % 3 == 0
        and end.month % 3 == 0
        and start < end <= dt.date(start.year + 1, start.month, 14)
    ):
        first = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return Period(first.isoformat(), _month_period(end.year, end.month, end.month).end)
    return Period(start.isoformat(), end.isoformat())


def _date_of(m: re.Match[str], x: str) -> dt.date:
    if m.group(f"{x}d"):
        return dt.date(int(m.group(f"{x}y")), int(m.group(f"{x}m")), int(m.group(f"{x}d")))
    return dt.date(int(m.group(f"{x}ey")), EN_MONTHS[m.group(f"{x}em")], int(m.group(f"{x}ed")))


_MONTH_RANGE = re.compile(
    rf"\bthang\s+(?P<m1>1[0-2]|0?[1-9])\s*(?:(?:/|nam)\s*(?P<y1>{_YEAR}))?"
    # "tháng 9 và tháng 10/2025", "tháng 9, 10/2025": two months running, one stretch
    rf"(?:{_DASH}|\s+(?:den|toi|to|until)\s+(?:het\s+|cuoi\s+)?|(?P<and>\s*,\s*|\s+va\s+))"
    rf"(?:(?:thang\s+)?(?P<m2>1[0-2]|0?[1-9])|(?P<end>cuoi|het)|quy\s+(?P<q2>iv|iii|ii|i|[1-4]))"
    # ("đến hết 2025": the year without its "năm")
    rf"\s*(?:/|nam|(?<=het)|(?<=cuoi))\s*(?P<y2>{_YEAR})\b"
    rf"|\b(?:between|from)\s+(?P<e1>{EN_MONTH})\s*(?P<ey1>{_YEAR})?"
    rf"(?:\s+(?:and|to|until|through|till)\s+|{_DASH})(?P<e2>{EN_MONTH})\s+(?:of\s+)?"
    rf"(?P<ey2>{_YEAR})\b"
    # "May through August 2024", "April to June 2024", "August–September 2020"; "July and
    # August 2025", "February or March 2023" only for two months running
    rf"|\b(?P<f1>{EN_MONTH})\s*(?P<fy1>{_YEAR})?(?:\s+(?:to|until|through|till)\s+|{_DASH}"
    rf"|\s+(?P<eand>and|or)\s+)(?P<f2>{EN_MONTH})\s+(?:of\s+)?(?P<fy2>{_YEAR})\b"
)
# Where in a month an English stretch starts or ends ("between mid-February and early April
# 2023", "to the end of September"): the whole month is read (blanked before matching).
_EN_MONTH_PART = re.compile(
    rf"\b(?:early|mid|late|(?:the\s+)?(?:start|beginning|middle|end)\s+of)[\s-]+(?={EN_MONTH}\b)"
)
# A stretch from a month to the present: "kể từ tháng 3 năm 2024", "từ tháng 3/2023 đến
# nay", "since March 2024" (a plain "từ tháng 3/2024" stays that month).
_SINCE_MONTH = re.compile(
    rf"\bke\s+tu\s+thang\s+(?P<m>1[0-2]|0?[1-9])\s*(?:/|nam)\s*(?P<y>{_YEAR})\b"
    rf"(?!\s*(?:{_DASH}|den\s+thang|toi\s+thang))"
    rf"|\btu\s+thang\s+(?P<m2>1[0-2]|0?[1-9])\s*(?:/|nam)\s*(?P<y2>{_YEAR})\s*,?\s*"
    rf"(?:den|toi)\s+(?:nay|gio|hien\s+nay|hien\s+tai|bay\s+gio)\b"
    rf"|\bsince\s+(?P<em>{EN_MONTH})\s+(?:of\s+)?(?P<ey>{_YEAR})\b"
)
_MONTH = re.compile(
    rf"\bthang\s+(?P<m>1[0-2]|0?[1-9])\s*(?:/|nam)\s*(?P<y>{_YEAR})\b"
    # "in January 2024", "January 2024"
    rf"|\b(?P<em>{EN_MONTH})\s+(?:of\s+)?(?P<ey>{_YEAR})\b"
)
_PLAIN_YEAR = re.compile(rf"\b(?:nam|in|year|for)\s+(?P<y>{_YEAR})\b")


@dataclass(frozen=True)
class Period:
    """A stretch of time a document concerns, both ends included (ISO dates)."""

    start: str
    end: str

    def to_json(self) -> dict[str, str]:
        """``{"from", "to"}`` as in DESIGN.md's ``documents`` contract."""
        return {"from": self.start, "to": self.end}

    @classmethod
    def from_json(cls, data: dict | None) -> Period | None:
        """Inverse of ``to_json``; None stays None."""
        return cls(data["from"], data["to"]) if data else None

    @classmethod
    def of_years(cls, first: int, last: int | None = None) -> Period:
        """Whole years ``first`` through ``last`` (or just ``first``)."""
        return cls(f"{first}-01-01", f"{last or first}-12-31")

    @classmethod
    def of_month(cls, year: int, month: int) -> Period:
        """One calendar month."""
        return _month_period(year, month, month)

    @property
    def years(self) -> range:
        """The calendar years it touches."""
        return range(int(self.start[:4]), int(self.end[:4]) + 1)

    @property
    def whole_years(self) -> bool:
        """Whether it is made of whole years ("năm 2024", "giai đoạn 2021 - 2025")."""
        return (self.start[5:], self.end[5:]) == ("01-01", "12-31")

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share a day."""
        return self.start <= other.end and other.start <= self.end

    def __contains__(self, day: str) -> bool:
        return self.start <= day[:10] <= self.end


def _month_period(year: int, first: int, last: int) -> Period:
    days = calendar.monthrange(year, last)[1]
    return Period(f"{year}-{first:02d}-01", f"{year}-{last:02d}-{days:02d}")


# An English part of a year written as one word: "the first-quarter 2025 figure",
# "second-half 2024" (its hyphen read as a space: the offsets stay the text's).
_HYPHENED_PART = re.compile(
    r"\b(first|second|third|fourth|1st|2nd|3rd|4th|last|final)-(quarter|half)\b"
)


def _unhyphened(folded: str) -> str:
    return _HYPHENED_PART.sub(r"\1 \2", folded)


def find_period(text: str, *, default_year: int | None = None) -> tuple[Period, int, int] | None:
    """The period ``text`` names, with the offsets of its phrase.

    Args:
        text: a title, trích yếu or question (NFC; any case, with or without diacritics).
        default_year: the year of "6 tháng đầu năm" / "quý I" written without one
            (a document's own year), None to ignore such phrases.

    Returns:
        ``(period, start, end)``, or None when no period is named.
    """
    days = _day_range(fold(text))
    if days is not None:
        return days
    folded = _NOT_PERIOD.sub(lambda m: " " * len(m.group()), _unhyphened(fold(text)))
    parts = _EN_MONTH_PART.sub(lambda m: " " * len(m.group()), folded)
    finders = (_range, _month_range, _since_month, _half, _months, _to_quarter, _quarter, _month)
    for finder in (*finders, _year):
        found = finder(parts, default_year)
        if found is not None:
            return _within_months(found, folded) if finder is _month_range else found
    return None


# Where in its month an English stretch starts or ends: the days read for "early", "mid",
# "late" ("between mid-February and early April 2023": 11/2 – 10/4).
_FIRST_DAY = {"early": 1, "mid": 11, "late": 21, "start": 1, "beginning": 1, "middle": 11}
_LAST_DAY = {"early": 10, "mid": 20, "start": 10, "beginning": 10, "middle": 20}


_EN_MONTH_WORD = re.compile(rf"\b(?:{EN_MONTH})\b")


def _within_months(found: Found, folded: str) -> Found:
    """``found`` (a stretch of whole months) narrowed to the parts of its first and last
    months the text names (``_EN_MONTH_PART``)."""
    period, start, end = found
    told = [m for m in _EN_MONTH_PART.finditer(folded) if start <= m.start() < end]
    if not told:
        return found
    first, last = dt.date.fromisoformat(period.start), dt.date.fromisoformat(period.end)

    def word(m: re.Match[str]) -> str:
        return re.sub(r"[\s-]+|\bthe\b|\bof\b", " ", m.group()).split()[0]

    month = _EN_MONTH_WORD.search(folded, start, end)
    head = next((m for m in told if month is not None and m.end() == month.start()), None)
    if head is not None and word(head) in _FIRST_DAY:
        first = first.replace(day=_FIRST_DAY[word(head)])
    tail = told[-1]
    if (head is None or tail is not head) and word(tail) in _LAST_DAY:
        last = last.replace(day=_LAST_DAY[word(tail)])
    return Period(first.isoformat(), last.isoformat()), start, end


# A report of a whole year, of whichever year: "các báo cáo kết quả CCHC cả năm", "BC kết quả
# CCHC hằng năm", "báo cáo năm của Sở", "annual reports", "full-year reports", "year-end
# administrative reform reports".
_WHOLE_YEAR = re.compile(
    r"\b(?:bao\s+cao|bc)\b(?:(?!\b(?:va|hay|hoac)\b)[^.?;,]){0,40}?\b(?:ca|hang|tung)\s+nam\b"
    r"(?!\s*\d)"
    r"|\b(?:bao\s+cao|bc)\s+(?:tong\s+ket\s+)?nam\b(?!\s*\d)"
    # "báo cáo tổng kết CCHC": the year's review
    r"|\b(?:bao\s+cao|bc)\s+tong\s+ket\b"
    r"|\b(?:annual|full[\s-]+year|whole[\s-]+year|year[\s-]+end)\s+(?:[a-z]+\s+){0,3}?reports?\b"
)
# The parts of a year a question may name (more than one: no one part asked).
_SEASONS = re.compile(
    r"\bquy\s+(?:iv|iii|ii|i|[1-4])\b|\b(?:6|sau|9|chin)\s+thang\b|\bca\s+nam\b|\bnua\s+nam\b"
    r"|\b(?:first|second|third|fourth)\s+(?:quarter|half)\b|\b(?:six|nine)\s+months\b"
)
# A part of a year named in English without its year: "reports for a first quarter", "the
# second half of each year".
_EN_SEASON = re.compile(
    r"\b(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarters?"
    r"|(?P<h>first|second)\s+half(?:\s+of\s+(?:the|each|every)\s+year)?)\b(?!\s+(?:of\s+)?\d)"
)
# A year no question names, to read a part of a year written without one ("quý I").
ANY_YEAR = 1900


def asked_season(text: str) -> tuple[str, str] | None:
    """The part of a year ``text`` names without a year, as (first, last) "MM-DD": "các báo
    cáo quý I trong bốn năm 2023–2026" → ("01-01", "03-31"), "reports for a first quarter",
    "BC 6 tháng đầu năm các năm"; None when it names none or gives its year ("quý I/2024")."""
    folded = _NOT_PERIOD.sub(lambda m: " " * len(m.group()), _unhyphened(fold(text)))
    if len(set(_SEASONS.findall(folded))) > 1:
        return None  # "báo cáo quý I và 6 tháng": more than one part of a year
    m = _EN_SEASON.search(folded)
    if m and m.group("q"):
        q = _QUARTER_WORDS[m.group("q")]
        return season(_month_period(ANY_YEAR, 3 * q - 2, 3 * q))
    if _WHOLE_YEAR.search(folded):
        return season(Period.of_years(ANY_YEAR, ANY_YEAR))
    if m:
        first = m.group("h") == "first"
        return season(_month_period(ANY_YEAR, 1, 6) if first else _month_period(ANY_YEAR, 7, 12))
    for finder in (_half, _months, _to_quarter, _quarter):
        found = finder(folded, ANY_YEAR)
        if found is not None:
            period = found[0]
            if period.start[:4] != str(ANY_YEAR):
                return None
            return season(period)
    bare = _BARE_MONTHS.search(folded)
    if bare:  # "các BC 9 tháng": the reports counted over a year's first nine months
        return season(_month_period(ANY_YEAR, 1, 6 if bare.group(1) in ("6", "sau") else 9))
    return None


# "báo cáo 9 tháng", "BC 6 tháng" with no year: the months counted from a year's start.
_BARE_MONTHS = re.compile(r"\b(6|9|sau|chin)\s+thang\b(?!\s*(?:cuoi|dau|qua|truoc|gan|toi|nay|\d))")


def season(period: Period) -> tuple[str, str]:
    """The part of a year ``period`` covers, without its year: ("01-01", "06-30")."""
    return period.start[5:], period.end[5:]


def period_of(text: str, *, default_year: int | None = None) -> Period | None:
    """The period ``text`` names (see ``find_period``), or None.

    Examples: ``"Kế hoạch CCHC năm 2024"`` → 2024-01-01..2024-12-31;
    ``"giai đoạn 2021 - 2025"`` → 2021-01-01..2025-12-31; ``"quý I/2024"`` → Q1 2024.
    """
    found = find_period(text, default_year=default_year)
    return found[0] if found else None


Found = tuple[Period, int, int]


def _range(folded: str, _default: int | None) -> Found | None:
    for m in _RANGE.finditer(folded):
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        lo, hi = int(a), int(b)
        if lo < hi <= lo + 30:
            return Period.of_years(lo, hi), m.start(), m.end()
    return None


def _half(folded: str, default: int | None) -> Found | None:
    m = _HALF.search(folded)
    if m is None:
        return None
    year = m.group("y") or m.group("ey") or m.group("my") or m.group("mey")
    y = int(year) if year else default
    if y is None:
        return None
    # "đầu", "first", or the middle of a year (counted from its start)
    first = (
        m.group("which") == "dau"
        or m.group("en") == "first"
        or bool(m.group("my") or m.group("mey"))
    )
    return (_month_period(y, 1, 6) if first else _month_period(y, 7, 12)), m.start(), m.end()


def _months(folded: str, default: int | None) -> Found | None:
    for m in _MONTHS.finditer(folded):
        n = m.group("n") or m.group("en") or m.group("ln")
        months = _MONTH_WORDS.get(n) or int(n)
        year = m.group("y") or m.group("by") or m.group("ey")
        y = int(year) if year else default
        if y is not None:
            return _month_period(y, 1, months), m.start(), m.end()
    return None


def _to_quarter(folded: str, default: int | None) -> Found | None:
    for m in _TO_QUARTER.finditer(folded):
        q = _QUARTER_WORDS[m.group("word")] if m.group("word") else _QUARTERS[m.group("q")]
        year = m.group("y") or m.group("wy")
        y = int(year) if year else default
        if y is not None:
            return _month_period(y, 1, 3 * q), m.start(), m.end()
    return None


# A quarter's report with its year's: "quý IV và năm 2024", "quý IV và cả năm 2025" — of the
# whole year, as "quý III và 9 tháng" is of the nine months.
_AND_THE_YEAR = re.compile(rf"\s*(?:va|,)\s*(?:ca\s+)?nam\s*{_YEAR}\b")


def _quarter(folded: str, default: int | None) -> Found | None:
    for m in _QUARTER.finditer(folded):
        if m.group("q") and not m.group("y") and _AND_THE_YEAR.match(folded, m.end()):
            continue  # (the year is read alone: ``_year``)
        if m.group("word") or m.group("end"):
            q = _QUARTER_WORDS[m.group("word") or m.group("end")]
        else:
            q = _QUARTERS[m.group("q") or m.group("eq")]
        year = m.group("y") or m.group("ey") or m.group("wy") or m.group("vy")
        y = int(year) if year else default
        if y is not None:
            return _month_period(y, 3 * q - 2, 3 * q), m.start(), m.end()
    return None


def _month_range(folded: str, _default: int | None) -> Found | None:
    for m in _MONTH_RANGE.finditer(folded):
        if m.group("e1") or m.group("f1"):
            e1, e2 = (
                (m.group("e1"), m.group("e2")) if m.group("e1") else (m.group("f1"), m.group("f2"))
            )
            y2, m1 = int(m.group("ey2") or m.group("fy2")), EN_MONTHS[e1]
            m2 = EN_MONTHS[e2]
            y1 = int(m.group("ey1") or m.group("fy1") or y2)
            if m.group("eand") and (y1, m1 + 1) != (y2, m2):
                continue  # "March and June 2024": two months apart, no stretch
        else:
            y2, m1 = int(m.group("y2")), int(m.group("m1"))
            q2 = m.group("q2")
            if q2:  # "đến hết quý I/2025": the quarter's last month
                m2 = 3 * ({"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(q2) or int(q2))
            else:
                m2 = 12 if m.group("end") else int(m.group("m2"))
            y1 = int(m.group("y1") or y2)
            if m.group("and") and (m.group("end") or m.group("q2") or (y1, m1 + 1) != (y2, m2)):
                continue  # "tháng 3 và tháng 6/2024": two months apart, no stretch
        if (y1, m1) < (y2, m2) and y2 <= y1 + 30:
            days = calendar.monthrange(y2, m2)[1]
            return Period(f"{y1}-{m1:02d}-01", f"{y2}-{m2:02d}-{days:02d}"), m.start(), m.end()
    return None


def _since_month(folded: str, _default: int | None) -> Found | None:
    """From a month to today (the end of a stretch "đến nay" is the present)."""
    m = _SINCE_MONTH.search(folded)
    if m is None:
        return None
    year, month = _year_month(m)
    start, end = f"{year}-{month:02d}-01", dt.date.today().isoformat()
    return (Period(start, end), m.start(), m.end()) if start <= end else None


def _month(folded: str, _default: int | None) -> Found | None:
    m = _MONTH.search(folded)
    if m is None:
        return None
    year, month = _year_month(m)
    return _month_period(year, month, month), m.start(), m.end()


def _year_month(m: re.Match[str]) -> tuple[int, int]:
    """The year and month a match of ``_MONTH`` or ``_SINCE_MONTH`` names: an English month
    (groups ``em``, ``ey``) or a Vietnamese one (``m``, ``y``, or ``m2``, ``y2``)."""
    if m.group("em"):
        return int(m.group("ey")), EN_MONTHS[m.group("em")]
    g = m.groupdict()
    return int(g["y"] or g.get("y2") or 0), int(g["m"] or g.get("m2") or 0)


def _year(folded: str, _default: int | None) -> Found | None:
    m = _PLAIN_YEAR.search(folded)
    if m is None:
        return None
    return Period.of_years(int(m.group("y"))), m.start(), m.end()
