"""Check a draft's citations against the registry of the archive.

Only compares: every citation of the draft gets one status, what the archive says
(``expected``) and where it says it (``evidence``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from assistant.citations.extract import extract, kind_agrees, kind_of
from assistant.citations.normalize import canonical_issuer, fold
from assistant.citations.records import Citation
from assistant.citations.registry import Registry, RegistryEntry

STATUSES = (
    "verified",
    "date_mismatch",
    "kind_mismatch",
    "symbol_variant",
    "not_found",
    "unverifiable",
)


@dataclass(frozen=True)
class Finding:
    """The verdict on one citation of a draft.

    Attributes:
        ident: the citation's number and symbol as written (canonical spacing).
        start: offset of the citation in the normalised draft.
        end: end offset.
        status: one of ``STATUSES``.
        expected: what the archive says (ident, date, kind, subject), None if nothing.
        evidence: the archive document and location (source, page, section).
        citation: the citation as extracted.
        suggestion: one sentence for the writer: what is wrong and what to write.
    """

    ident: str | None
    start: int
    end: int
    status: str
    expected: dict | None = None
    evidence: dict | None = None
    citation: Citation | None = None
    suggestion: str | None = None

    def to_json(self) -> dict:
        """The DESIGN.md finding fields, then the text and the suggestion."""
        return {
            "ident": self.ident,
            "start": self.start,
            "end": self.end,
            "status": self.status,
            "expected": self.expected,
            "evidence": self.evidence,
            "text": self.citation.text if self.citation else None,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class CheckResult:
    """Every finding of a draft, in order."""

    findings: tuple[Finding, ...]

    @property
    def summary(self) -> dict[str, int]:
        """Count per status (every status listed) and ``total``."""
        counts = Counter(f.status for f in self.findings)
        return {s: counts.get(s, 0) for s in STATUSES} | {"total": len(self.findings)}

    def to_json(self) -> dict:
        """``{"findings": [...], "summary": {status: count, "total": n}}``."""
        return {"findings": [f.to_json() for f in self.findings], "summary": self.summary}


def check(text: str, registry: Registry) -> CheckResult:
    """Check every citation of ``text`` against ``registry``.

    Args:
        text: the draft (normalised first; offsets refer to the normalised text).
        registry: the archive's registry.

    Returns:
        One finding per citation, in order.
    """
    return CheckResult(tuple(check_citation(c, registry) for c in extract(text)))


def check_citation(c: Citation, registry: Registry) -> Finding:
    """The verdict on one citation."""
    if c.missing or not c.ident:
        missing = ", ".join(c.missing) or "number"
        return _finding(c, "unverifiable", None, f"incomplete citation ({missing} missing)")
    candidates = registry.by_key(c.key or "")
    entry = _same_year(c, candidates)
    if entry is not None:
        return _compare(c, entry)
    if candidates and c.antecedent is None and c.date:
        other = min(candidates, key=lambda e: abs((e.year or 0) - (c.year or 0)))
        return _finding(c, "date_mismatch", other, f"the archive dates {other.ident} {other.date}")
    return _not_found(c, registry)


def _same_year(c: Citation, candidates: list[RegistryEntry]) -> RegistryEntry | None:
    if not candidates:
        return None
    if c.year is None:
        return max(candidates, key=lambda e: (e.own_source is not None, len(e.mentions)))
    return next((e for e in candidates if e.year in (c.year, None)), None)


def _compare(c: Citation, e: RegistryEntry) -> Finding:
    """Found: date first, then type, then spelling."""
    own_date = c.date if c.antecedent is None else None
    if own_date and e.date and len(e.date) == 10 and own_date != e.date:
        return _finding(c, "date_mismatch", e, f"{e.ident} is dated {e.date} in the archive")
    if not kind_agrees(c.kind, c.code):
        said = e.kind or "a công văn"
        return _finding(c, "kind_mismatch", e, f"{c.ident} is a {said}, not a {c.kind}")
    if c.type_word and e.kind and not kind_agrees(kind_of(c.type_word, c.code), e.code):
        return _finding(c, "kind_mismatch", e, f"{e.ident} is a {e.kind}, not a {c.kind}")
    if c.ident != e.ident:
        return _finding(c, "symbol_variant", e, f"the archive spells it {e.ident}")
    return _finding(c, "verified", e, None)


def _not_found(c: Citation, registry: Registry) -> Finding:
    """Not in the archive: the likeliest intended document, if any, and why."""
    scored = [(score, reason, e) for e in registry.entries() for score, reason in [_near(c, e)]]
    scored = [s for s in scored if s[0] > 0]
    if not scored:
        return _finding(c, "not_found", None, f"no {c.ident} in the archive")
    _, reason, best = max(scored, key=lambda s: (s[0], -abs((s[2].year or 0) - (c.year or 0))))
    if reason == "issuer spelled differently":
        return _finding(c, "symbol_variant", best, f"the archive spells it {best.ident}")
    date = f" dated {best.date}" if best.date else ""
    why = f"no {c.ident}; did you mean {best.ident}{date} ({reason})?"
    return _finding(c, "not_found", best, why)


def _near(c: Citation, e: RegistryEntry) -> tuple[int, str]:
    """How likely ``e`` is the document ``c`` meant, and why (0: not at all)."""
    same_code = fold(c.code or "") == fold(e.code or "")
    same_issuer = _issuer_key(c.issuer) == _issuer_key(e.issuer)
    same_year = c.year is None or e.year is None or c.year == e.year
    number, other = _digits(c.number), _digits(_number_of(e.ident))
    if number == other and same_code and same_year and _similar_issuer(c.issuer, e.issuer):
        return 5, "issuer spelled differently"
    if not same_year:
        return (3, "another year") if number == other and same_code and same_issuer else (0, "")
    if same_code and same_issuer and _transposed(number, other):
        return 4, "digits transposed"
    if same_code and same_issuer and _one_digit_off(number, other):
        return 3, "one digit off"
    if c.date and c.date == e.date and same_code:
        return 2 + same_issuer, "same date and type"
    return 0, ""


def _number_of(ident: str) -> str:
    return ident.split("/")[0].split("-")[0]


def _digits(number: str | None) -> str:
    return (number or "").lstrip("0")


def _issuer_key(issuer: str | None) -> str:
    return fold(canonical_issuer(issuer or ""))


def _similar_issuer(a: str | None, b: str | None) -> bool:
    """`TT` for `TTg` (cut), `SKH&CN` for `SKHHCN`: a prefix, or one edit apart."""
    x, y = _issuer_key(a), _issuer_key(b)
    if not x or not y:
        return False
    return x.startswith(y) or y.startswith(x) or _edits(x, y) <= 1


def _transposed(a: str, b: str) -> bool:
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]


def _one_digit_off(a: str, b: str) -> bool:
    return a != b and _edits(a, b) == 1


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (short strings only)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _finding(c: Citation, status: str, e: RegistryEntry | None, why: str | None) -> Finding:
    expected = None
    if e is not None:
        expected = {"ident": e.ident, "date": e.date, "kind": e.kind, "subject": e.subject}
    return Finding(
        ident=c.ident,
        start=c.start,
        end=c.end,
        status=status,
        expected=expected,
        evidence=e.evidence() if e is not None else None,
        citation=c,
        suggestion=why,
    )


def format_report(text: str, result: CheckResult) -> str:
    """A plain-text report for the terminal: one block per finding, then the counts."""
    lines = []
    for f in result.findings:
        line = text.count("\n", 0, f.start) + 1
        written = f.citation.text if f.citation else f.ident
        lines.append(f"line {line}: {f.status.upper():<15} {written}")
        if f.suggestion:
            lines.append(f"    {f.suggestion}")
        if f.evidence and f.status != "verified":
            lines.append(f"    archive: {f.evidence['where']}")
    counts = ", ".join(f"{n} {s}" for s, n in result.summary.items() if n and s != "total")
    lines.append(f"{result.summary['total']} citations: {counts or 'none'}")
    return "\n".join(lines)
