"""Warnings for citations of documents no longer (wholly) in force on a draft's date.

``citations.check`` says whether a citation names a document of the archive rightly;
this pass adds whether that document still stood on the as-of date: ``superseded``
(replaced, repealed or ended in whole) and ``partly_superseded`` (parts amended,
replaced or repealed). They are warnings, not errors: a sentence about the past may
cite a document that was in force then. Only a verified citation becomes a warning;
an error (wrong date, unknown number) stays the error.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from assistant.archive.lives import Lives
from assistant.archive.periods import find_period
from assistant.archive.validity import Event, first_end, today, vn_date
from assistant.citations.check import WARNINGS, CheckResult, Finding
from assistant.citations.normalize import normalize
from assistant.models import Identity

SUPERSEDED, PARTLY_SUPERSEDED = WARNINGS


def as_of_for(identity: Identity | None) -> str:
    """The date a draft is checked on: its header's date when complete, else today."""
    date = identity.date if identity is not None else None
    return date if date and len(date) == 10 else today()


def flag_superseded(
    result: CheckResult, lives: Lives, *, as_of: str | None = None, text: str | None = None
) -> CheckResult:
    """``result`` with each verified citation of a document not wholly in force on ``as_of``
    turned into a ``superseded`` or ``partly_superseded`` warning.

    Args:
        result: the checker's findings on a draft.
        lives: the archive's documents' lives.
        as_of: ISO date (default today).
        text: the draft; when given, only a citation of the same sentence is "beside"
            (``_beside``), so "Sở ban hành Quyết định số 166 … . Một số phòng vẫn áp dụng
            Quyết định số 49" still warns of 49, which 166 replaced.
    """
    as_of = as_of or today()
    findings = result.findings
    draft = normalize(text) if text is not None else None
    return CheckResult(
        tuple(
            flag_one(
                f,
                lives,
                _spoken_of(f, findings, draft, as_of) if draft is not None else as_of,
                beside=_beside(f, findings, draft),
            )
            for f in findings
        )
    )


def flag_one(
    f: Finding, lives: Lives, as_of: str, *, beside: frozenset[str] = frozenset()
) -> Finding:
    """The warning for one finding, or the finding unchanged.

    ``beside``: the numbers cited next to it (``_beside``). A citation next to the document
    that replaced or amended it states that very act ("Quyết định số 04 … sửa đổi … Quyết
    định số 06"), so that act does not make it a warning.
    """
    if f.status != "verified" or not f.expected:
        return f
    year = f.citation.year if f.citation is not None else None
    cited = lives.registry.find(f.expected["ident"], year, f.expected.get("date")) or lives.entry(
        f.expected["ident"]
    )
    life = lives.life(cited) if cited is not None else None
    if life is None:
        return f
    happened = [e for e in life.events_by(as_of) if e.by not in beside]
    ended = first_end(happened)
    if ended is not None:
        return _warning(f, SUPERSEDED, [ended], _superseded_advice(f, ended))
    if happened:
        return _warning(f, PARTLY_SUPERSEDED, happened, _partly_advice(f, happened))
    return f


# Two citations this close (characters between them) belong to one statement.
BESIDE = 200


# Statuses whose finding names the archive document the draft means (a wrong date or
# spelling still names it; a not_found's suggestion is only a guess).
_NAMES_ITS_DOCUMENT = ("verified", "date_mismatch", "kind_mismatch", "symbol_variant")


def _beside(f: Finding, findings: tuple[Finding, ...], text: str | None = None) -> frozenset[str]:
    """The archive documents the other citations within ``BESIDE`` characters of ``f`` name
    (``_NAMES_ITS_DOCUMENT``), and, when the draft's ``text`` is given, in its sentence:
    "Quyết định số 734 ngày 15/6/2023 (its day is 05/6) …, thay thế Quyết định số 1862"
    still states the replacement."""
    near = []
    for g in findings:
        if g is f or not g.expected or g.status not in _NAMES_ITS_DOCUMENT:
            continue
        lo, hi = (g.end, f.start) if g.end <= f.start else (f.end, g.start)
        if not 0 <= hi - lo <= BESIDE:
            continue
        if text is not None and (
            _CLAUSE_END.search(text, lo, hi)
            or not _ACT_SAID.search(text, _sentence_start(text, min(f.start, g.start)), hi)
        ):
            # another sentence or clause ("… theo Quyết định số 33 … sửa đổi Điều 7 …; Quy
            # trình mới ban hành tại Quyết định số 36"), or no act said in it up to them
            # ("Quy chế đang áp dụng là Quyết định số 38 … và Quyết định số 46": a list, which
            # 46's replacing 38 does not excuse; "905 …, thay thế Quyết định số 512 … và
            # Quyết định số 1187" says one)
            continue
        near.append(g.expected["ident"])
    if near and text is not None and _STILL_APPLIED.search(text, f.end, _sentence_end(text, f.end)):
        # "… thay thế Danh mục tại Quyết định số 1120 (danh mục này vẫn áp dụng cho …)": the
        # act is told, and then the replaced one said to hold still
        return frozenset()
    return frozenset(near)


# Said of a document cited just before: it holds still ("vẫn áp dụng", "còn hiệu lực").
_STILL_APPLIED = re.compile(
    r"(?i)\b(?:vẫn|còn|tiếp\s+tục)\s+(?:được\s+)?(?:áp\s+dụng|thực\s+hiện|có\s+hiệu\s+lực|hiệu\s+lực)"
    r"|\bstill\s+(?:applies|applied|in\s+force)\b"
)


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (its full stop, or a line's end)."""
    m = _SENTENCE_END.search(text, pos)
    return m.start() if m else len(text)


# An act stated between two citations: "… thay thế …", "đã được sửa đổi bởi …", "replaced".
_ACT_SAID = re.compile(
    r"(?i)thay\s+thế|thay\s+bằng|sửa\s+đổi|bổ\s+sung|bãi\s+bỏ|hủy\s+bỏ|hết\s+hiệu\s+lực"
    r"|chấm\s+dứt|thu\s+hồi|đính\s+chính|\bbởi\b|replac|amend|repeal|supersed|revok|annul|withdr"
)
# A sentence ends at a full stop, question or exclamation mark before a blank, or a line.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _sentence_start(text: str, pos: int, ends: re.Pattern[str] = _SENTENCE_END) -> int:
    """Where the sentence (or the part ``ends`` bounds) holding ``pos`` begins."""
    found = [m.end() for m in ends.finditer(text, max(0, pos - 2000), pos)]
    return found[-1] if found else max(0, pos - 2000)


# Where a clause ends: a sentence's end, a semicolon, a line.
_CLAUSE_END = re.compile(r"[.!?;](?=\s)|\n")
# Words that put a clause in the present: "hiện nay", "hiện được niêm yết", "đang", "vẫn",
# "còn lưu theo", "tiếp tục", "đến nay", "cho đến khi có quy định mới" ("thực hiện" is no "hiện").
_NOW_SAID = re.compile(
    r"(?<!thực )(?<!thể )(?<!xuất )(?<!phát )\bhiện\b|\bđang\b|\bvẫn\b|\bcòn\b|\btiếp tục\b"
    r"|\bđến nay\b|\bcho đến khi\b|\bbây giờ\b|\bnow\b|\bcurrently\b|\bstill\b"
)
# A clause's topic lead ("Về tài chính công, …", "3. Về tài chính: …", "- Tiêu chí TTHC: …")
# before the time it opens on.
_TOPIC_LEAD = re.compile(
    r"^\s*(?:[-–•+]\s*|\d+[.)]\s*|[a-zđ]\)\s*)?"
    r"(?:về\s+[^,:]{1,60}[,:]|[^\W\d][^,:.;\d]{0,40}:)\s*"
)
# What may stand before a clause's opening time: "Trong năm 2022", "Từ tháng 4/2023 …".
_TIME_LEAD = re.compile(r"\s*(?:(?:trong|từ|giai\s+đoạn|vào|suốt|cả)\s+)*")
# "Trước ngày 01/3/2024, …": the clause speaks of the day before.
_BEFORE_DAY = re.compile(r"\s*trước\s+ngày\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_BEFORE_DAY_IN = re.compile(_BEFORE_DAY.pattern.replace(r"\s*trước", r"\btrước", 1))
# "Trước khi hợp nhất, …", "Trước đây …": a time before the body's change, long past.
_BEFORE_CHANGE = re.compile(
    r"\s*trước\s+(?:khi\s+(?:hợp\s+nhất|sáp\s+nhập|sắp\s+xếp|tổ\s+chức\s+lại|chia\s+tách)|đây\b)"
)
LONG_PAST = "0001-01-01"


def _spoken_of(f: Finding, findings: tuple[Finding, ...], text: str, as_of: str) -> str:
    """The day the clause citing ``f`` speaks of: ``as_of``, or an earlier day when the
    clause opens on a past time ("Giai đoạn 2021 - 2024, Sở thực hiện … theo Quyết định số
    1642 …": its start; "Trước ngày 01/3/2024, …": the day before; "Trước khi hợp nhất, …":
    long past) and says nothing of now ("hiện", "đang", "vẫn", "tiếp tục"). A sentence about
    the past may cite what stood then; a year inside it that dates a thing ("việc xem xét kỷ
    luật phát sinh năm 2022 áp dụng Quy chế …") is no time the clause speaks of."""
    start = _sentence_start(text, f.start, _CLAUSE_END)
    after = _CLAUSE_END.search(text, f.end)
    end = after.start() if after else len(text)
    clause = list(text[start:end])
    for g in findings:  # the citations' own dates are no time the clause speaks of
        for i in range(max(g.start, start), min(g.end, end)):
            clause[i - start] = " "
    said = "".join(clause).lower()
    if _NOW_SAID.search(said):
        return as_of
    opening = _TOPIC_LEAD.sub("", said, count=1)
    if _BEFORE_CHANGE.match(opening):
        return LONG_PAST
    # (or anywhere in it: "hồ sơ tiếp nhận trước ngày 12/5/2025 đã giải quyết theo …")
    m = _BEFORE_DAY.match(opening) or _BEFORE_DAY_IN.search(said)
    if m:
        try:
            day = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return as_of
        return min(as_of, (day - dt.timedelta(days=1)).isoformat())
    found = find_period(opening)
    if found is None or not _TIME_LEAD.fullmatch(opening[: found[1]]):
        return as_of
    period = found[0]
    return period.start if period.end < as_of else as_of


def _warning(f: Finding, status: str, events: list[Event], advice: str) -> Finding:
    first = events[0]
    expected = {
        "ident": first.by,
        "date": first.by_date,
        "kind": first.by_kind,
        "subject": first.by_subject,
        "type": first.type,
        "scope": first.scope,
        "effective": first.date,
        "evidence": first.evidence,
        "events": [e.to_json() for e in events],
        "cited": f.expected,
    }
    return dataclasses.replace(
        f, status=status, expected=expected, evidence=dict(first.evidence), suggestion=advice
    )


def _superseded_advice(f: Finding, e: Event) -> str:
    if e.type == "expired":
        return (
            f"{_cited(f)} đã {e.vi()}: nếu câu văn nói về hiện tại, văn bản này không còn "
            "áp dụng; nếu nói về thời điểm trước đó thì giữ nguyên."
        )
    if e.type == "suspended":
        # "bị tạm ngưng hiệu lực theo Quyết định số 44/QĐ-SXD ngày 25/6/2025 (từ ngày 01/7/2025)"
        return (
            f"{_cited(f)} đã {e.vi()}: nếu câu văn nói về thời gian tạm ngưng, văn bản này "
            "không được áp dụng; nếu nói về thời điểm trước đó thì giữ nguyên."
        )
    since = f" (có hiệu lực từ {vn_date(e.date)})" if e.date else ""
    return (
        f"{_cited(f)} đã {e.vi()}{since}: nếu câu văn nói về hiện tại, "
        "hãy dẫn văn bản thay thế; nếu nói về thời điểm trước đó thì giữ nguyên."
    )


def _partly_advice(f: Finding, events: list[Event]) -> str:
    done = "; ".join(e.vi() for e in events)
    return f"{_cited(f)} đã {done}: kiểm tra phần được dẫn còn hiệu lực."


def _cited(f: Finding) -> str:
    expected = f.expected or {}
    kind = expected.get("kind") or "Văn bản"
    return f"{kind} số {expected.get('ident') or f.ident}"
