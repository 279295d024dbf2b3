"""Loose document numbers in search queries: `qd 1753`, `quyet dinh 1753/QD-UBND`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.citations import regexes as rx
from assistant.citations.normalize import fold, lookup_key

# Type words and codes, folded (no diacritics, lower case): `quyet dinh`, `qd`, `nd`.
_FOLDED_WORDS = sorted(
    {fold(w) for w in rx.TYPE_WORDS}
    | {fold(c) for c in rx.CODES}
    | {fold(a) for a in rx.TYPE_ABBREVIATIONS},
    key=len,
    reverse=True,
)


def _word_codes() -> dict[str, str | None]:
    """Folded type word, abbreviation or code -> canonical code (None: no code, `cong van`)."""
    code_of_kind = {kind: code for code, kind in rx.CODES.items()}
    table: dict[str, str | None] = {fold(w): code_of_kind.get(k) for w, k in rx.TYPE_WORDS.items()}
    table.update({fold(a): code_of_kind.get(k) for a, k in rx.TYPE_ABBREVIATIONS.items()})
    table.update({fold(c): c for c in rx.CODES})
    return table


_WORD_CODES = _word_codes()
_FOLDED_CODES = {fold(c) for c in rx.CODES}

# On folded text: an optional type word (`qd`, `quyet dinh`), optional `so`, then a
# number, optionally with its symbol (`1753/qd-ubnd`, `107/2020/nd-cp`); or a bare
# symbol with a number (`1753/qd-ubnd`). Example: `tim qd so 1753` → (`qd`, `1753`).
QUERY_RE = re.compile(
    r"(?<![\w/])(?:(?P<word>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _FOLDED_WORDS)
    + r")\s*(?:so\s*:?\s*)?)?(?P<number>\d{1,5}[a-z]?)(?![\d])"
    r"(?:(?P<sep>\s*/\s*|-(?=[a-z]+/))(?P<symbol>(?:(?:19|20)\d\d/)?[a-z&][a-z0-9&]*(?:[-/][a-z&][a-z0-9&]*)*)"
    # "QĐ 12/2021", "Nghị định 30/2020": the number and its year, no symbol
    r"|/(?P<year>(?:19|20)\d\d)(?![\d/]))?"
)

# What follows a number that counts time rather than numbering a document (folded): "BC 6
# tháng", "báo cáo 9 tháng đầu năm", "KH 5 năm" (not "QĐ 12 năm 2021").
_SPAN_AFTER = re.compile(
    r"\s+(?:thang|tuan|quy\b|nam\b(?!\s*(?:19|20)\d\d)|months?\b|years?\b|weeks?\b)"
)


@dataclass(frozen=True)
class QueryIdent:
    """A document number found in a query.

    Attributes:
        text: the words of the query that name it (``qd 1753``).
        start: offset in the normalised query.
        end: end offset.
        number: the number (``1753``).
        code: the type code named by the type word or the symbol (``QĐ``), if any.
        key: the full lookup key when a symbol was given (``1753/qd-ubnd``), else the
            partial ``number/code`` key (``1753/qd``) or the number alone.
        complete: whether ``key`` is a full lookup key.
        year: the year written after the number without a symbol ("QĐ 12/2021"), if any.
    """

    text: str
    start: int
    end: int
    number: str
    code: str | None
    key: str
    complete: bool
    year: str | None = None

    def matches(self, key: str) -> bool:
        """Whether a document's full lookup key is the one this query names.

        Example: ``qd 1753`` matches ``1753/qd-ubnd`` but not ``1753/kh-ubnd``.
        """
        if self.complete:
            return key == self.key
        number, _, rest = key.partition("/") if "/" in key else key.partition("-")
        if number != self.key.split("/")[0]:
            return False
        if self.year and self.year not in re.split(r"[-/]", rest):
            return False  # "QĐ 12/2021" is not 12/2024/QĐ-UBND
        if self.code is None:
            return True
        parts = re.split(r"[-/]", rest)
        return fold(self.code) in parts


def parse_query_ident(query: str) -> list[QueryIdent]:
    """Every loose reference to a document number in a search query.

    Args:
        query: free text, with or without diacritics (`QĐ 1753`, `quyet dinh 1753/QD-UBND`).

    Returns:
        One ``QueryIdent`` per reference that has a type word or a symbol (a bare
        number such as a year is not a reference).
    """
    folded = fold(query)
    found = []
    for m in QUERY_RE.finditer(folded):
        word, number, symbol = m.group("word"), m.group("number"), m.group("symbol")
        if not word and not symbol:
            continue
        if not symbol and not m.group("year") and _SPAN_AFTER.match(folded, m.end()):
            continue  # "BC 6 tháng đầu năm", "KH 5 năm": a span of time, no number
        number = number.lstrip("0") or "0"
        if symbol:
            sep = "-" if m.group("sep") == "-" else "/"
            key = lookup_key(f"{number}{sep}{symbol}")
            code = _code_of_symbol(symbol)
            found.append(QueryIdent(m.group(), m.start(), m.end(), number, code, key, True))
        else:
            code = _WORD_CODES.get(" ".join(word.split()))
            key = f"{number}/{fold(code)}" if code else number
            found.append(
                QueryIdent(m.group(), m.start(), m.end(), number, code, key, False, m.group("year"))
            )
    return _with_listed(folded, found)


# A list of bare numbers sharing one type word or one symbol: "QĐ 97, 118, 06 và 42" (the
# word before the first), "(31, 58, 145 và 412/QĐ-STP)" (the symbol after the last). A
# member is followed by the list's next mark or its end, so that "QĐ 12, 3 phòng" and
# "QĐ 1753, 100% hồ sơ" name one document.
_MEMBER = r"\d{1,5}(?=\s*(?:,|;|\)|\.(?!\d)|\?|:|$|\b(?:va|hoac|and|or|cua|of|deu|da)\b))"
_AND = r"(?:va|hoac|and|or)"
_NEXT = re.compile(rf"\s*(?:,\s*(?:{_AND}\s+)?|\s{_AND}\s+)(?P<n>{_MEMBER})")
_BEFORE = re.compile(rf"(?<![\w/.,]){_MEMBER}(?:\s*,\s*\d{{1,5}})*\s*(?:,\s*)?{_AND}?\s*$")


def _with_listed(folded: str, found: list[QueryIdent]) -> list[QueryIdent]:
    """``found`` and the bare numbers listed with a typed number or before a full one."""
    out = list(found)
    starts = {q.start for q in found}
    for q in found:
        if q.complete:
            continue
        pos = q.end
        while (m := _NEXT.match(folded, pos)) and m.start("n") not in starts:
            n = m.group("n")
            number = n.lstrip("0") or "0"
            key = f"{number}/{fold(q.code)}" if q.code else number
            out.append(QueryIdent(n, m.start("n"), m.end("n"), number, q.code, key, False))
            starts.add(m.start("n"))
            pos = m.end()
    taken = [(q.start, q.end) for q in out]
    for q in found:
        if not q.complete or "/" not in q.key:
            continue
        lead = folded[max(0, q.start - 80) : q.start]
        listed = _BEFORE.search(lead)
        if listed is None or not re.search(r"(?:va|hoac|and|or|,)\s*$", lead):
            continue
        offset = q.start - len(lead)
        symbol = q.key.split("/", 1)[1]
        for n in re.finditer(r"\d{1,5}", lead[listed.start() :]):
            start = offset + listed.start() + n.start()
            if any(a <= start < b for a, b in taken):
                continue
            number = n.group().lstrip("0") or "0"
            key = lookup_key(f"{number}/{symbol}")
            end = start + len(n.group())
            out.append(QueryIdent(n.group(), start, end, number, q.code, key, True))
    return sorted(out, key=lambda q: q.start)


def _code_of_symbol(symbol: str) -> str | None:
    for part in re.split(r"[-/]", symbol):
        if part in _FOLDED_CODES:
            return _WORD_CODES[part]
    return None
