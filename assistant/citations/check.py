"""Check a draft's citations against the registry of the archive.

Only compares: every citation of the draft gets one status, what the archive says
(``expected``) and where it says it (``evidence``).

OCR: a number read from a scan (the draft's or the archive's copy) may be one
character off (``1735`` for ``1753``, ``l``/``1``, ``O``/``0``). Such a number is
taken as the likely same document, never verified: the status says what was read
(``symbol_variant``, ``not_found``), and the suggestion names the archive document and
that it was read by OCR.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.citations import regexes as rx
from assistant.citations.extract import extract, kind_agrees, kind_of
from assistant.citations.issuers import clean_name, disagreement, organ_of_entry, organ_of_name
from assistant.citations.normalize import canonical_issuer, fold
from assistant.citations.records import Citation, OcrSpan, mark_ocr
from assistant.citations.registry import Registry, RegistryEntry

STATUSES = (
    "verified",
    "date_mismatch",
    "kind_mismatch",
    "symbol_variant",
    "not_found",
    "unverifiable",
)
# Warnings beside the statuses (set by ``archive.supersession`` from the documents' lives):
# the cited document was replaced or repealed in whole, or in part, by the as-of date.
WARNINGS = ("superseded", "partly_superseded")


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
        ocr: the citation, or the archive text it was checked against, was read by
            OCR from a scan, so a digit may be misread.
        ocr_confidence: Tesseract's mean word confidence (0-100) there.
        wrong_issuer: for a ``kind_mismatch`` on the issuer, the issuer the draft named
            ("Bộ Nội vụ"); ``expected["issuer"]`` is the archive's.
    """

    ident: str | None
    start: int
    end: int
    status: str
    expected: dict | None = None
    evidence: dict | None = None
    citation: Citation | None = None
    suggestion: str | None = None
    ocr: bool = False
    ocr_confidence: float | None = None
    wrong_issuer: str | None = None

    def to_json(self) -> dict:
        """The DESIGN.md finding fields, then the text, the suggestion and the OCR flag."""
        return {
            "ident": self.ident,
            "start": self.start,
            "end": self.end,
            "status": self.status,
            "expected": self.expected,
            "evidence": self.evidence,
            "text": self.citation.text if self.citation else None,
            "suggestion": self.suggestion,
            "ocr": self.ocr,
            "ocr_confidence": self.ocr_confidence,
            "wrong_issuer": self.wrong_issuer,
        }


@dataclass(frozen=True)
class CheckResult:
    """Every finding of a draft, in order."""

    findings: tuple[Finding, ...]

    @property
    def summary(self) -> dict[str, int]:
        """Count per status and warning (every one listed) and ``total``."""
        counts = Counter(f.status for f in self.findings)
        return {s: counts.get(s, 0) for s in STATUSES + WARNINGS} | {"total": len(self.findings)}

    def to_json(self) -> dict:
        """``{"findings": [...], "summary": {status: count, "total": n}}``."""
        return {"findings": [f.to_json() for f in self.findings], "summary": self.summary}


def check(text: str, registry: Registry, *, ocr: Sequence[OcrSpan] = ()) -> CheckResult:
    """Check every citation of ``text`` against ``registry``.

    Args:
        text: the draft (normalised first; offsets refer to the normalised text).
        registry: the archive's registry.
        ocr: ``(start, end, confidence)`` of the stretches of ``text`` read by OCR
            (``Document.ocr_spans()`` of a scanned draft); their citations are marked.

    Returns:
        One finding per citation, in order.
    """
    citations = [_issuer_its_own(text, c) for c in mark_ocr(extract(text), ocr)]
    return CheckResult(tuple(check_citation(c, registry) for c in citations))


# A citation inside a noun phrase whose head takes the "của …" after it: "góp ý cho báo
# cáo thực hiện Quyết định số 19/QĐ-TTg của Bộ KHCN" is the Bộ's report, not its decision.
_GOVERNED = re.compile(
    r"(?i)(?:báo cáo|kế hoạch|hướng dẫn|văn bản|dự thảo|ý kiến|tài liệu|chương trình|đề án"
    r"|tờ trình|công văn|thông báo|kết quả)"
    r"(?:\s+(?:việc|công tác))?\s+(?:thực hiện|triển khai|sơ kết|tổng kết|thi hành|góp ý)\s*$"
)
_CLAUSE_START = re.compile(r"[.;:\n]")


def _issuer_its_own(text: str, c: Citation) -> Citation:
    """``c`` without its "của …" when that phrase may belong to a noun before it
    (``_GOVERNED``): no issuer is checked there, rather than a wrong one."""
    if not c.issuer_name:
        return c
    lo = max(0, c.start - 80)
    before = text[lo : c.start]
    cut = list(_CLAUSE_START.finditer(before))
    before = before[cut[-1].end() :] if cut else before
    if _GOVERNED.search(before):
        return dataclasses.replace(c, issuer_name=None)
    return c


def check_citation(c: Citation, registry: Registry) -> Finding:
    """The verdict on one citation."""
    if c.missing or not c.ident:
        missing = ", ".join(c.missing) or "number"
        why = f"incomplete citation ({missing} missing)"
        likely = _completed(c, registry)
        if likely is not None:
            date = f" dated {likely.date}" if likely.date else ""
            why = f"{why}; the archive's {likely.kind or 'document'}{date} is {likely.ident}"
        return _finding(c, "unverifiable", likely, why)
    candidates = registry.by_key(c.key or "")
    entry = _same_year(c, candidates)
    if entry is not None:
        return _compare(c, entry)
    if candidates and c.antecedent is None and c.date:
        meant = _not_found(c, registry)
        if meant.expected and meant.expected["date"] == c.date:
            # "210/QĐ-STP ngày 12/8/2022": the 210 the archive has is of 2024, and its
            # 201 of that very day is one slip of the digits away.
            return meant
        other = min(candidates, key=lambda e: abs((e.year or 0) - (c.year or 0)))
        why = f"the archive dates {other.ident} {other.date}{_ocr_caveat(c, other)}"
        return _finding(c, "date_mismatch", other, why)
    return _not_found(c, registry)


def _completed(c: Citation, registry: Registry) -> RegistryEntry | None:
    """The one archive document an incomplete citation fits, if exactly one does: a number
    left blank (`Quyết định số    /QĐ-SKHCN ngày 20/5/2024`) by its symbol and date, a
    number without its symbol (`Kế hoạch số 12 ngày 10/01/2023`) by number, type and date.
    Only a suggestion: the citation stays unverifiable."""
    if not c.date or len(c.date) != 10:
        return None
    if c.missing == ("number",) and c.code and c.issuer:
        key = _issuer_key(c.issuer)
        fits = [
            e
            for e in registry.entries()
            if e.date == c.date and e.code == c.code and _issuer_key(e.issuer) == key
        ]
    elif c.missing == ("symbol",) and c.number:
        number = _digits(c.number)
        fits = [
            e
            for e in registry.entries()
            if e.date == c.date
            and _digits(_number_of(e.ident)) == number
            and (c.kind is None or e.kind == c.kind)
        ]
    else:
        return None
    return fits[0] if len(fits) == 1 else None


def _same_year(c: Citation, candidates: list[RegistryEntry]) -> RegistryEntry | None:
    if not candidates:
        return None
    if c.year is None:
        return max(candidates, key=lambda e: (e.own_source is not None, len(e.mentions)))
    found = [e for e in candidates if e.year in (c.year, None)]
    if len(found) > 1 and c.issuer_name:
        # two documents of one number and year of two bodies (the province's 15/KH-UBND and
        # the city's): the one of the body the draft names, whatever date it writes ("…
        # ngày 12/01/2024 của UBND tỉnh" is the province's plan, misdated)
        agree = [e for e in found if _issuer_disagrees(c, e) is None]
        if len(agree) == 1:
            return agree[0]
    # two documents of one number and year (two former Sở's): the one of the date written
    return next((e for e in found if e.date == c.date), found[0] if found else None)


def _compare(c: Citation, e: RegistryEntry) -> Finding:
    """Found: date first, then type, then spelling."""
    own_date = c.date if c.antecedent is None else None
    if own_date and e.date and len(e.date) == 10 and own_date != e.date:
        why = f"{e.ident} is dated {e.date} in the archive{_ocr_caveat(c, e)}"
        return _finding(c, "date_mismatch", e, why)
    if own_date and not (e.date and len(e.date) == 10):
        # The archive knows the number but never gives its full date: the date written
        # in the draft cannot be shown in the archive, so it is not presented as fact.
        known = f"only {e.date}" if e.date else "no date"
        why = f"the archive mentions {e.ident} but gives {known}: the date {own_date} is unchecked"
        return _finding(c, "unverifiable", e, why)
    # a law or resolution of the National Assembly ("202/2025/QH15") has no type code
    assembly = bool(rx.ASSEMBLY_RE.fullmatch((c.ident or "").rsplit("/", 1)[-1]))
    if not kind_agrees(c.kind, c.code, assembly=assembly):
        said = e.kind or "a công văn"
        return _finding(c, "kind_mismatch", e, f"{c.ident} is a {said}, not a {c.kind}")
    said = kind_of(c.type_word, c.code, assembly=assembly)
    # (the National Assembly's: the archive's kind is the only thing to compare with)
    differs = said != e.kind if assembly else not kind_agrees(said, e.code)
    if c.type_word and e.kind and differs:
        return _finding(c, "kind_mismatch", e, f"{e.ident} is a {e.kind}, not a {c.kind}")
    wrong_issuer = _issuer_disagrees(c, e)
    if wrong_issuer:
        finding = _finding(c, "kind_mismatch", e, wrong_issuer)
        return dataclasses.replace(finding, wrong_issuer=c.issuer_name)
    if c.ident != e.ident or _respaced(c):
        why = f"the archive spells it {e.ident}{_ocr_caveat(c, e)}"
        return _finding(c, "symbol_variant", e, why)
    return _finding(c, "verified", e, None)


def _respaced(c: Citation) -> bool:
    """The symbol was read, but not as written: blanks inside (`412/QĐ- STP`), a code
    without its Đ (`34/2016/ND-CP`, `61/QD-STP`), `_` for `-`."""
    return any(n.startswith(("removed blanks", "read ")) for n in c.notes)


def _issuer_disagrees(c: Citation, e: RegistryEntry) -> str | None:
    """Why the issuer the draft names ("… của Bộ Nội vụ") cannot have issued ``e``, or None.

    Only the mention's own "của …" counts (a short form does not inherit its antecedent's),
    and only what both sides state is compared (see ``issuers.disagreement``): the archive's
    side is ``e``'s header, else its symbol and the place its mentions name.
    """
    if not c.issuer_name:
        return None
    named = organ_of_name(c.issuer_name)
    if named is None:
        return None
    archive = organ_of_entry(e)
    if archive is None or disagreement(named, archive) is None:
        return None
    if named.levels == {"phong"} and "so" in archive.levels:
        # "Kế hoạch số 21/KH-SKHCN … của Phòng Quản lý tiêu chuẩn đo lường chất lượng": a
        # division of the department drew up the department's plan
        return None
    return f"{e.ident} is issued by {_issuer_shown(e)} in the archive, not by {c.issuer_name}"


def _issuer_shown(e: RegistryEntry) -> str:
    """The archive's issuer of ``e`` as it states it: the header's lines, else the symbol's
    issuer and the name its mentions give."""
    if e.issuer_name:
        return e.issuer_name
    names = [clean_name(m.issuer_name) for m in e.mentions if m.issuer_name]
    named = max(sorted(set(names)), key=names.count) if names else None
    return f"{e.issuer} ({named})" if named else (e.issuer or "?")


def _not_found(c: Citation, registry: Registry) -> Finding:
    """Not in the archive: the likeliest intended document, if any, and why."""
    scored = [(score, reason, e) for e in registry.entries() for score, reason in [_near(c, e)]]
    scored = [s for s in scored if s[0] > 0]
    if not scored:
        return _finding(c, "not_found", None, f"no {c.ident} in the archive")
    # (as likely: the one of the date the citation gives, then the nearest year)
    _, reason, best = max(
        scored,
        key=lambda s: (
            s[0],
            bool(c.date) and s[2].date == c.date,
            -abs((s[2].year or 0) - (c.year or 0)),
        ),
    )
    if reason in ("issuer spelled differently", _LOOKALIKE, _NO_HYPHEN):
        why = f"the archive spells it {best.ident}{_ocr_caveat(c, best)}"
        return _finding(c, "symbol_variant", best, why)
    date = f" dated {best.date}" if best.date else ""
    if _read_by_ocr(c, best) and reason in _OCR_SLIPS:
        why = f"no {c.ident}; likely {best.ident}{date}: {_ocr_read(c, best)} one character off"
        return _finding(c, "not_found", best, why)
    why = f"no {c.ident}; did you mean {best.ident}{date} ({reason})?"
    return _finding(c, "not_found", best, why)


# Reasons a number read by OCR differs from the archive's by one character.
_LOOKALIKE = "look-alike characters read by OCR"
# `236/QĐUBND` for `236/QĐ-UBND`: the same letters, a hyphen or `&` lost.
_NO_HYPHEN = "hyphens left out"
_OCR_SLIPS = ("digits transposed", "one digit off")
# Characters OCR takes for one another, each mapped to one representative.
_OCR_LOOKALIKES = str.maketrans(
    {"l": "1", "i": "1", "|": "1", "o": "0", "q": "0", "d": "0"}
    | {"s": "5", "z": "2", "g": "6", "b": "8"}
)


def _read_by_ocr(c: Citation, e: RegistryEntry) -> bool:
    return c.ocr or e.ocr


def _ocr_read(c: Citation, e: RegistryEntry) -> str:
    """``this citation was read by OCR`` / ``the archive's copy (…) was read by OCR``."""
    if c.ocr:
        return "this citation was read by OCR from a scan and is"
    return f"the archive's copy ({e.where}) was read by OCR from a scan and is"


def _ocr_caveat(c: Citation, e: RegistryEntry) -> str:
    """`` (read by OCR: check the scan)`` when either side came from a scan."""
    if c.ocr:
        return " (this citation was read by OCR: check the scan)"
    if e.ocr:
        return f" (the archive's copy, {e.where}, was read by OCR: check the scan)"
    return ""


def _squeezed(ident: str) -> str:
    """An ident without its hyphens, `&` and blanks, folded: `236/qđubnd` → ``236/qdubnd``."""
    return "".join(ch for ch in fold(ident) if ch not in "-&_ ")


def _ocr_same(a: str, b: str) -> bool:
    """The same ident but for characters OCR confuses (``l753`` and ``1753``, ``UB0ND``)."""
    return a != b and _ocr_key(a) == _ocr_key(b)


def _ocr_key(ident: str) -> str:
    # fold() lower-cases (and maps Đ to d), so the table is keyed in lower case.
    return fold(ident).translate(_OCR_LOOKALIKES)


def _near(c: Citation, e: RegistryEntry) -> tuple[int, str]:
    """How likely ``e`` is the document ``c`` meant, and why (0: not at all)."""
    same_code = fold(c.code or "") == fold(e.code or "")
    same_issuer = _issuer_key(c.issuer) == _issuer_key(e.issuer)
    same_year = c.year is None or e.year is None or c.year == e.year
    number, other = _digits(c.number), _digits(_number_of(e.ident))
    if _read_by_ocr(c, e) and same_year and _ocr_same(c.ident or "", e.ident):
        return 6, _LOOKALIKE
    if same_year and _squeezed(c.ident or "") == _squeezed(e.ident):
        return 6, _NO_HYPHEN
    if number == other and same_code and same_year and _similar_issuer(c.issuer, e.issuer):
        return 5, "issuer spelled differently"
    if not same_year:
        return (3, "another year") if number == other and same_code and same_issuer else (0, "")
    ocr_issuer = _read_by_ocr(c, e) and _similar_issuer(c.issuer, e.issuer)
    if same_code and (same_issuer or ocr_issuer) and _transposed(number, other):
        return 4, "digits transposed"
    if same_code and (same_issuer or ocr_issuer) and _one_digit_off(number, other):
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
    return x.startswith(y) or y.startswith(x) or edit_distance(x, y) <= 1


def _transposed(a: str, b: str) -> bool:
    # (a number below ten is written with its zero: "40" for "04")
    a, b = a.zfill(2), b.zfill(2)
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]


def _one_digit_off(a: str, b: str) -> bool:
    return a != b and edit_distance(a, b) == 1


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, one row at a time (pure Python: O(len(a) * len(b)))."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _finding(c: Citation, status: str, e: RegistryEntry | None, why: str | None) -> Finding:
    expected = None
    evidence = e.evidence() if e is not None else None
    if e is not None:
        expected = {
            "ident": e.ident,
            "date": e.date,
            "kind": e.kind,
            "subject": e.subject,
            "issuer": _issuer_shown(e),
        }
    archive_ocr = bool(evidence and evidence.get("ocr"))
    confidence = c.ocr_confidence if c.ocr else (evidence or {}).get("ocr_confidence")
    return Finding(
        ident=c.ident,
        start=c.start,
        end=c.end,
        status=status,
        expected=expected,
        evidence=evidence,
        citation=c,
        suggestion=why,
        ocr=c.ocr or archive_ocr,
        ocr_confidence=confidence if (c.ocr or archive_ocr) else None,
    )


def format_report(text: str, result: CheckResult) -> str:
    """A plain-text report for the terminal: one block per finding, then the counts."""
    lines = []
    for f in result.findings:
        line = text.count("\n", 0, f.start) + 1
        written = f.citation.text if f.citation else f.ident
        scanned = f" {_by_ocr(f.ocr_confidence)}" if f.citation and f.citation.ocr else ""
        warning = " (warning)" if f.status in WARNINGS else ""
        lines.append(f"line {line}: {f.status.upper():<15} {written}{scanned}{warning}")
        if f.suggestion:
            lines.append(f"    {f.suggestion}")
        if f.evidence and (f.status != "verified" or f.evidence.get("ocr")):
            where = f.evidence["where"]
            if f.evidence.get("ocr"):
                where += f" {_by_ocr(f.evidence.get('ocr_confidence'))}"
            lines.append(f"    archive: {where}")
    counts = ", ".join(f"{n} {s}" for s, n in result.summary.items() if n and s != "total")
    lines.append(f"{result.summary['total']} citations: {counts or 'none'}")
    return "\n".join(lines)


def _by_ocr(confidence: float | None) -> str:
    """``(read by OCR, confidence 87)``."""
    return (
        f"(read by OCR, confidence {confidence:.0f})" if confidence is not None else "(read by OCR)"
    )
