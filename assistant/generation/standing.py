"""Where a listed document stands today: replaced ones marked, documents in force first.

Every list answer and draft goes through here, so a replaced or repealed document is
never presented as current: its line says what replaced it ("đã được thay thế bởi
Quyết định số … ngày …"), and a question about what holds now ("hiện nay", "hiện
hành", "đang có hiệu lực", "current") gets the documents in force first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from assistant.archive.lives import Lives
from assistant.archive.validity import today, vn_date
from assistant.citations import Registry, RegistryEntry
from assistant.retrieval.query import ParsedQuestion, asks_issuing, fold

T = TypeVar("T")

# A question about what holds now (matched on folded text: no diacritics, lower case).
_CURRENT = re.compile(
    r"\b(hien nay|hien hanh|hien tai|dang co hieu luc|con hieu luc|dang ap dung|dang thi hanh"
    r"|dang dung|dang su dung|current|currently|now|in force|presently|still valid|in use"
    # as staff say it: "hiện đang làm việc theo", "hiện giờ", "kế hoạch đang thực hiện"
    r"|hien dang|hien gio|bay gio|dang thuc hien|dang trien khai|today"
    # "… hiện do QĐ nào quy định", "hiện được quy định tại", "hiện là"
    r"|hien (?:do|duoc|la|van|con)"
    # "đang còn dùng tới nay", "vẫn áp dụng"
    r"|(?:dang )?(?:con|van) (?:dung|ap dung|su dung)"
    r")\b"
)
# What holds since a merger, the archive's present being after it (not "trước và sau sắp
# xếp": both sides of it); not what was issued since ("… Sở ban hành sau khi hợp nhất",
# "After the merger, what did the Vice Chairman sign"): folded.
_AFTER_MERGER = re.compile(
    r"\b(?<!truoc va )(?<!truoc hay )sau (?:khi )?(?:sap nhap|hop nhat|sap xep)\b"
    r"|\bafter the merger\b"
)
# Order of a document in a list about the present: in force first, ended last.
_RANK = {
    "in_force": 0,
    "partly_in_force": 0,
    "unknown": 1,
    "not_yet_in_force": 2,
    "not_in_force": 3,
}
_ENDED = {
    "vi": {
        "replaced": "đã được thay thế bởi",
        "repealed": "đã bị bãi bỏ bởi",
        "ended": "đã hết hiệu lực theo",
        "suspended": "đang bị tạm ngưng hiệu lực theo",
    },
    "en": {
        "replaced": "replaced by",
        "repealed": "repealed by",
        "ended": "ended by",
        "suspended": "suspended by",
    },
}
_PARTLY = {"vi": "một phần đã được sửa đổi, bãi bỏ bởi", "en": "partly amended or repealed by"}


# Now as the end of a stretch asked ("từ năm 2023 tới bây giờ", "from 2022 until now"): every
# document of it, not the one that holds now. Folded.
_UNTIL_NOW = re.compile(
    r"\b(?:toi|den|cho den|until|till|to|up to|through)\s+(?:nay|bay gio|hien nay|hien tai|now"
    r"|today|the present|date)\b"
)


def asks_current(parsed: ParsedQuestion) -> bool:
    """Whether the question is about what holds now."""
    folded = _UNTIL_NOW.sub(" ", fold(parsed.clean))
    return bool(
        _CURRENT.search(folded) or (_AFTER_MERGER.search(folded) and not asks_issuing(folded))
    )


# A list word ("những", "các", "liệt kê"), or an English plural after "which"/"what": more
# than one document is asked for. Folded text.
_MANY = re.compile(
    r"\b(nhung|cac|liet ke|danh sach|tat ca)\b"
    r"|\b(which|what|all)\s+(?!is\b|was\b|has\b|does\b)\w+s\b|\blist\b"
    r"|\b(which|what)\s+of\b.*\b(decisions|plans|documents|regulations|rules|reports"
    r"|letters|proposals|programmes|programs|schemes)\b"
    # the plural told by its verb: "What internal spending rules are currently in force?"
    r"|\b(which|what)\s+(?:\w+\s+){1,4}?\w+s\s+(?:are|were|have)\b"
)


def asks_one(parsed: ParsedQuestion) -> bool:
    """Whether a question asks for one document ("Quyết định nào … hiện nay?", "Which
    decision …"), not several ("Những quyết định nào …", "Which decisions …")."""
    return not _MANY.search(fold(parsed.clean))


def order(
    items: Sequence[T],
    lives: Lives,
    entry_of: Callable[[T], RegistryEntry],
    now: str | None = None,
) -> list[T]:
    """``items`` with the documents in force ``now`` (default ``now_of``) first (stable
    otherwise)."""
    now = now or now_of(lives)
    return sorted(items, key=lambda i: _RANK[lives.status(entry_of(i), now)["status"]])


def note(entry: RegistryEntry, lives: Lives, language: str = "vi", now: str | None = None) -> str:
    """`` (đã được thay thế bởi Quyết định số … ngày …)`` for a document not wholly in force
    ``now`` (default ``now_of``: a draft written today passes today); ``""`` for one in
    force, or one the archive says nothing more about."""
    life = lives.life(entry)
    if life is None:
        return ""
    now = now or now_of(lives)
    lang = language if language in _ENDED else "vi"
    ended = life.ended_by(now)
    if ended is not None and ended.type == "expired":
        # no act ended it: its stated term ran out
        last = vn_date(ended.until)
        return (
            f" (hết thời hạn áp dụng từ sau ngày {last})"
            if lang == "vi"
            else (f" (its stated term ended on {last})")
        )
    if ended is not None:
        return f" ({_ENDED[lang][ended.type]} {_acting(ended.by, ended.by_kind, ended.by_date)})"
    status = life.status(now)
    if status == "not_yet_in_force" and life.effective:
        since = vn_date(life.effective)
        return f" (có hiệu lực từ ngày {since})" if lang == "vi" else f" (in force from {since})"
    changed = life.events_by(now)
    if changed:
        acts = ", ".join(dict.fromkeys(_acting(e.by, e.by_kind, e.by_date) for e in changed))
        return f" ({_PARTLY[lang]} {acts})"
    return ""


def source_noter(lives: Lives | None, language: str = "vi") -> Callable[[str], str]:
    """For a quoted passage: the note of the document whose own file it comes from."""
    if lives is None:
        return lambda _source: ""
    owners = {e.own_source: e for e in lives.registry.entries() if e.own_source}

    def of_source(source: str) -> str:
        entry = owners.get(source)
        return note(entry, lives, language) if entry is not None else ""

    return of_source


def order_sources(items: Sequence[T], lives: Lives, source_of: Callable[[T], str]) -> list[T]:
    """Quoted passages with those from documents in force first (stable otherwise)."""
    owners = {e.own_source: e for e in lives.registry.entries() if e.own_source}
    now = now_of(lives)

    def rank(item: T) -> int:
        entry = owners.get(source_of(item))
        return _RANK[lives.status(entry, now)["status"]] if entry is not None else 1

    return sorted(items, key=rank)


def noter(
    lives: Lives | None, language: str = "vi", now: str | None = None
) -> Callable[[RegistryEntry], str]:
    """``note`` bound to ``lives`` (a note-less function when there are none)."""
    if lives is None:
        return lambda _entry: ""
    return lambda entry: note(entry, lives, language, now)


def _acting(ident: str, kind: str | None, date: str | None) -> str:
    """``Quyết định số 2000/QĐ-UBND ngày 01/8/2022`` (a citation the checker then verifies)."""
    text = f"{kind} số {ident}" if kind else ident
    return f"{text} ngày {vn_date(date)}" if date and len(date) == 10 else text


def archive_present(registry: Registry) -> str | None:
    """The archive's present: the date of its latest own document, or today if earlier
    (an archive read years after its last document still speaks of then); None when it
    holds no dated file."""
    dates = [e.date for e in registry.entries() if e.own_source and e.date]
    return min(max(dates), today()) if dates else None


def now_of(lives: Lives) -> str:
    """ "Now" for a question on the archive: its present (``archive_present``), else today.
    What a document signed by then takes effect after it is told with its date ("có hiệu
    lực từ ngày 01/12/2026"), not read as in force: the archive knows no later word."""
    return archive_present(lives.registry) or today()
