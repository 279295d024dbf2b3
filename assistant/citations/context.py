"""Read what stands after (and sometimes before) a number: date, issuer name, subject."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.citations import regexes as rx
from assistant.citations.normalize import iso_date, written_date_note

# How far back a date may stand before its citation (`ngày 23/9/2021, Sở Nội vụ đã có …`).
DATE_LOOKBACK = 150
# Longest subject kept, in characters.
SUBJECT_MAX = 250
# Longest issuer name kept, in words (`Bộ trưởng Bộ Giáo dục và Đào tạo`).
ISSUER_WORDS = 12

_DATE_RE = re.compile(rx.DATE)
_SENTENCE_END = re.compile(r"[.;:\n]")


@dataclass
class Context:
    """What stands around one number: type word, pinpoint, date, issuer name, subject.

    ``start``/``end`` delimit the citation's span: type word through number, symbol
    and the date that follows.
    """

    start: int
    end: int
    type_word: str | None = None
    pinpoint: str | None = None
    date: str | None = None
    date_year: int | None = None
    issuer_name: str | None = None
    subject: str | None = None
    subject_near: str | None = None
    notes: list[str] = field(default_factory=list)


def set_date(ctx: Context, m: re.Match[str]) -> None:
    """Store a matched ``DATE`` (ISO), or a note when it is blank or not a calendar date."""
    if m.group("y"):
        day, month, year = m.group("d"), m.group("m"), m.group("y")
    else:
        day, month, year = m.group("d2"), m.group("m2"), m.group("y2")
    ctx.date_year = int(year)
    ctx.date = iso_date(day, month, year)
    if ctx.date is None:
        raw = m.group(0)
        ctx.notes.append("day left blank" if not day else written_date_note(raw))
        if day and not 1 <= int(month) <= 12:
            ctx.date_year = None


def read_after(text: str, ctx: Context, limit: int) -> None:
    """Read date, ``của`` issuer name and subject after the number, up to ``limit``."""
    pos = ctx.end
    m = rx.DATE_AFTER_RE.match(text, pos, limit)
    if m:
        set_date(ctx, _DATE_RE.search(text, m.start(), m.end()) or m)
        ctx.end = pos = m.end()
    m = rx.ISSUER_NAME_RE.match(text, pos, limit)
    if m:
        name, stop = _issuer_name(text, m.start("name"), m.end("name"))
        if name:
            ctx.issuer_name, pos = name, stop
    m = rx.SUBJECT_LEAD_RE.match(text, pos, limit)
    if m:
        ctx.subject = _subject(text, m, limit)


_WORD_RE = re.compile(r"\S+")


def _issuer_name(text: str, start: int, end: int) -> tuple[str | None, int]:
    stop = rx.ISSUER_STOP_RE.search(text, start, end)
    words = list(_WORD_RE.finditer(text, start, stop.start() if stop else end))
    # a dash between words is no word: "Sở Lao động - Thương binh và Xã hội" is 10 words
    counted = [i for i, w in enumerate(words) if any(ch.isalnum() for ch in w.group())]
    if len(counted) > ISSUER_WORDS:
        words = words[: counted[ISSUER_WORDS]]
    if not words:
        return None, start
    return " ".join(w.group() for w in words), words[-1].end()


def _subject(text: str, lead: re.Match[str], limit: int) -> str | None:
    start = lead.end()
    hi = min(limit, start + SUBJECT_MAX)
    stop = rx.SUBJECT_END_RE.search(text, start, hi)
    body = text[start : stop.start() if stop else hi]
    word = " ".join(lead.group("lead").split()).lower()
    if word not in ("về", "về việc"):
        body = f"{word} {body}"
    body = _trim_next_citation(" ".join(body.replace("*", " ").split()))
    return body or None


# A subject cut by the next citation ends with its type word: `… và Quyết định số`.
_TRAILING_TYPE = re.compile(rf"[ ,]*(?:và|,)?[ ]*{rx.TYPE_WORD}(?:[ ]+[Ss]ố[ :]*)?$")


def _trim_next_citation(body: str) -> str:
    m = _TRAILING_TYPE.search(body)
    return body[: m.start()].rstrip(" ,") if m else body.rstrip(" ,")


# How far back the body that issues a citation may stand (`Ủy ban nhân dân huyện ban hành`).
ISSUER_LOOKBACK = 80


def read_issuer_before(text: str, ctx: Context, previous_end: int) -> None:
    """A body named as the subject of the issuing verb before the type word, when no
    "của …" follows: "Ủy ban nhân dân huyện ban hành Kế hoạch số 57/KH-UBND". The last body
    of the clause is taken ("Phòng Nội vụ tham mưu UBND huyện ban hành …": the UBND)."""
    if ctx.issuer_name or ctx.type_word is None:
        return
    lo = max(previous_end, ctx.start - ISSUER_LOOKBACK)
    verb = rx.ISSUING_VERB_RE.search(text, lo, ctx.start)
    if verb is None:
        return
    clause = max((m.end() for m in _CLAUSE_END.finditer(text, lo, verb.start())), default=lo)
    bodies = list(rx.ISSUER_BEFORE_RE.finditer(text, clause, verb.start()))
    if not bodies:
        return
    name = " ".join(text[bodies[-1].start() : verb.start()].split())
    if 0 < len(name.split()) <= ISSUER_WORDS:
        ctx.issuer_name = name


_CLAUSE_END = re.compile(r"[.;:,()\n]")

# How far back a thing named before its citation may start (`Chỉ số cải cách hành chính
# năm 2022 của Sở theo Quyết định số …`).
SUBJECT_LOOKBACK = 160
# Longest such thing kept, in words.
SUBJECT_BEFORE_WORDS = 25


# The verb a decision makes each thing with, when the text names none: an index, a list of
# procedures and a quality system are published ("công bố"), the rest issued.
_MADE_BY = {"chỉ số": "công bố", "danh mục": "công bố", "hệ thống quản lý chất lượng": "công bố"}


def read_subject_before(text: str, ctx: Context, previous_end: int) -> None:
    """The thing a citation issued, named before it, when no subject follows: "Chỉ số cải
    cách hành chính năm 2022 của Sở theo Quyết định số 705/QĐ-UBND", "Ban Chỉ đạo … được
    kiện toàn tại Quyết định số 388/QĐ-SGDĐT" ("kiện toàn Ban Chỉ đạo …"), "Sở ban hành Quy
    chế hoạt động của Bộ phận Một cửa tại Quyết định số 610/QĐ-SGDĐT". Only a thing a
    document makes (``regexes.THING_RE``, written with a capital) is taken, linked to the
    citation by "theo", "tại", "kèm theo" or "bằng". Kept apart from ``subject`` (what
    ``cite`` reports): the registry reads it only for a document no mention gives a subject."""
    if ctx.subject or ctx.type_word is None:
        return
    lo = max(previous_end, ctx.start - SUBJECT_LOOKBACK)
    clause = max((m.end() for m in rx.CLAUSE_BEFORE_RE.finditer(text, lo, ctx.start)), default=lo)
    link = rx.THING_LINK_RE.search(text, clause, ctx.start)
    if link is None:
        return
    plain = link.group("verb") is None and link.group("link") == "theo"
    if plain and not ctx.type_word.lower().startswith(("quyết định", "qđ")):
        return  # "Quy chế một cửa mới theo Nghị định số 118/2025/NĐ-CP": made under it, not by it
    verb = link.group("verb") or ""
    if rx.THING_OTHER_RE.search(text, clause, link.start()):
        return
    things = list(rx.THING_RE.finditer(text, clause, link.start()))
    # the last thing named before the link; a body only when a verb other than "ban hành"
    # made it ("Quy chế hoạt động của Bộ phận Một cửa ban hành kèm theo …" is the Quy chế)
    made = None
    for t in reversed(things):
        if not t.group("organ") or t.group("act") or (verb and not verb.startswith("ban")):
            made = t
            break
    if made is None:
        return
    words = " ".join(text[made.start("head") : link.start()].split())
    passive = rx.THING_PASSIVE_RE.search(words)
    if passive:
        # "Danh mục … được sửa đổi, bãi bỏ một phần tại": the verb goes first; an agent
        # before the link's verb ("được Chủ tịch UBND tỉnh công bố tại") is left out
        words, after = words[: passive.start()], words[passive.end() :]
        verb = verb or after
    words = rx.THING_TAIL_RE.sub("", words)
    if not 2 <= len(words.split()) <= SUBJECT_BEFORE_WORDS:
        return
    verb = verb or made.group("act") or _MADE_BY.get(made.group("head").lower(), "ban hành")
    verb = " ".join(verb.split())
    body = f"{verb[:1].lower()}{verb[1:]} {words}".strip()
    ctx.subject_near = body.rstrip(" ,")


def read_date_before(text: str, ctx: Context, previous_end: int) -> None:
    """A date written first: `ngày 23/9/2021, Sở Nội vụ đã có Công văn số …`.

    Taken only when an issuing verb (`có`, `ban hành`, `gửi`) stands right before the
    type word, so that `Ngày 28/10/2016, thực hiện theo Quyết định số …` keeps no date.
    """
    lo = max(previous_end, ctx.start - DATE_LOOKBACK)
    verb = rx.ISSUING_VERB_RE.search(text, lo, ctx.start)
    if verb is None or ctx.type_word is None:
        return
    dates = list(rx.DATE_BEFORE_RE.finditer(text, lo, verb.start()))
    if not dates or _SENTENCE_END.search(text, dates[-1].end(), verb.start()):
        return
    set_date(ctx, _DATE_RE.search(text, dates[-1].start(), dates[-1].end()))  # type: ignore[arg-type]
    ctx.notes.append("date written before the citation")
