"""Stated terms: the last day a document applies, as a text says it.

A document may end with no later act: "Quyết định này có hiệu lực kể từ ngày 05/4/2021 và
áp dụng đến hết ngày 31/12/2023", "Kế hoạch này được thực hiện trong năm 2024", a report's
"Quy chế … ban hành kèm theo Quyết định số 21/QĐ-SCT … áp dụng đến hết ngày 31/12/2023",
a letter's "gia hạn thời gian thực hiện Kế hoạch số 58/KH-SCT … đến ngày 30/6/2025". These
are no relations between documents (``relations`` states none): ``lives`` reads them as the
document's end, the latest-dated text's term deciding (an extension outlasts the first term).
Restorations too: the day a suspended document is in force again ("… tiếp tục có hiệu lực
thi hành kể từ ngày 15/9/2025"), which ends its suspension.
Pure functions over normalised text; no file is read here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.archive.relations import SELF
from assistant.citations import extract
from assistant.citations.normalize import normalize

# "đến hết ngày 31/12/2023", "đến ngày 31 tháng 12 năm 2023": the last day (``lives`` reads a
# suspension's with it).
_DAY = (
    r"(?P<d>\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*(?P<m>\d{1,2})"
    r"\s*(?:/|-|\.|\s+năm\s+)\s*(?P<y>(?:19|20)\d\d)"
)
UNTIL_DAY = rf"đến\s+(?:hết\s+)?ngày\s+{_DAY}"
# "đến hết năm 2023": its last day.
_UNTIL_YEAR = r"đến\s+hết\s+năm\s+(?P<ey>(?:19|20)\d\d)"
# The text's own term: "Quyết định này … áp dụng đến hết ngày …", "Quy chế này có hiệu lực
# đến hết ngày …", "Kế hoạch này được thực hiện trong năm 2024".
_OWN_TERM = re.compile(
    r"\b(?:Quyết định|Quy chế|Kế hoạch|Đề án|Chương trình|Phương án|Quy định|Văn bản)\s+này\b"
    r"[^.;\n]{0,100}?\b(?:áp dụng|có hiệu lực(?:\s+thi\s+hành)?|được\s+thực\s+hiện|thực\s+hiện)"
    rf"(?:\s+(?:kể\s+)?từ\s+[^.;\n]{{0,60}}?)?\s+(?:{UNTIL_DAY}|{_UNTIL_YEAR}"
    r"|trong\s+năm\s+(?P<iy>(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)
# The text's own term as a period of its trial or application: "Thời gian thí điểm từ ngày
# 01 tháng 7 năm 2024 đến hết ngày 30 tháng 6 năm 2025", "Thời gian áp dụng: đến hết năm 2025".
_OWN_PERIOD = re.compile(
    r"^\W*(?:Điều\s+\d+\.\s*)?(?P<at>Thời)\s+(?:gian|hạn)\s+(?:thực\s+hiện\s+)?(?:thí\s+điểm|áp\s+dụng)"
    rf"\s*(?::\s*)?(?:(?:là\s+)?(?:kể\s+)?từ\s+[^.;\n]{{0,60}}?)?\s*(?:{UNTIL_DAY}|{_UNTIL_YEAR})",
    re.IGNORECASE | re.MULTILINE,
)
# Another document's term, told: "… Quyết định số 21/QĐ-SCT ngày 05/3/2022 áp dụng đến hết
# ngày 31/12/2023" (the verb right after the citation and its date or issuer), "Quy chế …
# kèm theo Quyết định số 215/QĐ-UBND ngày 14/4/2023 của Ủy ban nhân dân huyện Tân Khê tiếp
# tục được áp dụng trên địa bàn các xã … đến hết ngày 31 tháng 12 năm 2025".
_TOLD_TERM = re.compile(
    r"^[^.;\n]{0,80}?\b(?:chỉ\s+)?(?:(?:tiếp\s+tục\s+)?(?:được\s+)?áp dụng|có hiệu lực)"
    rf"(?:\s+(?:trên|tại|đối với|cho)\s[^.;\n]{{0,100}}?)?\s+(?:{UNTIL_DAY}|{_UNTIL_YEAR})",
    re.IGNORECASE,
)
# An extension: "gia hạn thời gian thực hiện Kế hoạch số 58/KH-SCT … đến ngày 30/6/2025",
# "Kéo dài thời hạn áp dụng Quyết định số 71/QĐ-SYT … đến hết ngày 30 tháng 6 năm 2025".
_EXTENDS = re.compile(r"\b(?:gia\s+hạn|kéo\s+dài)\b", re.IGNORECASE)
_EXTENDED_UNTIL = re.compile(rf"{UNTIL_DAY}|{_UNTIL_YEAR}", re.IGNORECASE)
# What parts an extending verb from its document: a sentence's end, a blank line, a colon
# (`Kính gửi: …`).
_BREAK = re.compile(r"\.\s|\n\s*\n|:\s")
# How far an extension's date may stand from its verb, and a told term from its citation;
# from a verb in the document's own trích yếu ("QUYẾT ĐỊNH / Kéo dài thời gian thí điểm …
# theo Quyết định số 73/QĐ-TTT …"), its articles below (the new day in Điều 1).
_EXTENSION_REACH = 300
# An article of a document rewritten: "Sửa đổi Điều 3 Quyết định số …", "Sửa đổi, bổ sung
# khoản 2 Điều 3 của Quyết định số …".
_AMENDS_ARTICLE = re.compile(
    r"\bSửa\s+đổi(?:,?\s+bổ\s+sung)?\s+(?:(?:điểm|khoản)\s+\S+\s+)*Điều\s+\d+\s+(?:của\s+)?",
    re.IGNORECASE,
)
_TITLE_EXTENSION_REACH = 900
_TITLE_CHARS = 700


# A suspended document restored, the restoring words after it: "Quyết định số 27/QĐ-SXD …
# tiếp tục có hiệu lực thi hành kể từ ngày 15 tháng 9 năm 2025", "… được khôi phục hiệu
# lực", "… có hiệu lực trở lại"; "tiếp tục thực hiện / áp dụng" only with the day it
# resumes (a report's "tiếp tục thực hiện Kế hoạch …" is no restoration).
_RESTORED = re.compile(
    r"\b(?:(?:được\s+)?tiếp\s+tục\s+có\s+hiệu\s+lực|có\s+hiệu\s+lực\s+trở\s+lại"
    r"|được\s+khôi\s+phục\s+hiệu\s+lực"
    r"|(?:được\s+)?tiếp\s+tục\s+(?:được\s+)?(?:thực\s+hiện|áp\s+dụng|thi\s+hành)"
    r"(?=\s*,?\s*(?:kể\s+)?từ\s+ngày))\b",
    re.IGNORECASE,
)
# The restoring words before it: "Khôi phục hiệu lực (thi hành) (của) Quyết định số …",
# "Chấm dứt việc tạm ngưng hiệu lực của …", "Bãi bỏ việc tạm dừng áp dụng …".
_RESTORES = re.compile(
    r"\b(?:khôi\s+phục\s+hiệu\s+lực|(?:chấm\s+dứt|bãi\s+bỏ|hủy\s+bỏ)\s+việc\s+(?:tạm\s+)?"
    r"(?:ngưng|ngừng|dừng|đình\s+chỉ))(?:\s+(?:hiệu\s+lực|thi\s+hành|áp\s+dụng))?"
    r"(?:\s+thi\s+hành)?(?:\s+(?:của|đối\s+với))?\s+(?=\S)",
    re.IGNORECASE,
)
# The day it resumes, said after the restoring words.
_RESUMES = re.compile(rf"^[^.;\n]{{0,120}}?(?:kể\s+)?từ\s+ngày\s+{_DAY}", re.IGNORECASE)
# A citation after these is the agent, not the document restored: "… theo Quyết định số 44".
_AGENT_BEFORE = re.compile(r"(?:theo|bởi|tại|của)\s*$", re.IGNORECASE)
# How far the restoring words may stand from the document they restore.
_RESTORE_REACH = 400


@dataclass(frozen=True)
class Term:
    """The last day a document applies, as one text states it.

    Attributes:
        target: the document's ident as written, ``SELF`` for the text itself.
        target_date: the date written with it (ISO), None if none.
        until: the last day (ISO).
        extends: an extension (a later text moving the end), not the first term.
        start: offset of the statement in the normalised text.
        end: its end.
        quote: the statement.
    """

    target: str
    target_date: str | None
    until: str
    extends: bool
    start: int
    end: int
    quote: str


# A ground line ("Căn cứ Quyết định số 05/2025/QĐ-UBND …") between an extension's words and
# the first document after them: a PDF's title run on to it ("Gia hạn thời gian thí điểm …
# Căn cứ …") names no document; the article it rewrites below does.
_GROUND = re.compile(r"\bCăn\s+cứ\b")


def extract_terms(text: str) -> list[Term]:
    """The terms ``text`` states: its own, those it tells of others, and extensions."""
    text = normalize(text)
    found: list[Term] = []
    for m in (*_OWN_TERM.finditer(text), *_OWN_PERIOD.finditer(text)):
        until = _until(m)
        start = m.start("at") if m.groupdict().get("at") else m.start()
        if until:
            quote = _sentence_at(text, start)
            found.append(Term(SELF, None, until, False, start, m.end(), quote))
    for c in extract(text):
        told = _TOLD_TERM.search(text[c.end : c.end + 200])
        if not c.ident or told is None or _EXTENDS.search(text, max(0, c.start - 120), c.start):
            continue
        until = _until(told)
        if until:
            quote = _sentence_at(text, c.start)
            found.append(Term(c.ident, c.date, until, False, c.start, c.end + told.end(), quote))
    for g in _EXTENDS.finditer(text):
        cited = [c for c in extract(text[g.end() : g.end() + _EXTENSION_REACH]) if c.ident]
        reach = _TITLE_EXTENSION_REACH if g.start() < _TITLE_CHARS else _EXTENSION_REACH
        after = _EXTENDED_UNTIL.search(text, g.end(), g.end() + reach)
        until = _until(after) if after else None
        if after is None or until is None or not cited:
            continue
        first = cited[0]
        if _BREAK.search(text, g.end(), g.end() + first.start) or _GROUND.search(
            text, g.end(), g.end() + first.start
        ):
            # a subject line ("V/v gia hạn thời gian thực hiện Kế hoạch …") names no document:
            # the first one below it is told with its first term, not extended
            continue
        if first.ident and first.end <= after.start() - g.end():  # the document, then its day
            # the sentence naming the document (not a "V/v gia hạn …" subject line above it)
            quote = _sentence_at(text, g.end() + first.start)
            found.append(Term(first.ident, first.date, until, True, g.start(), after.end(), quote))
    titled = _EXTENDS.search(text, 0, _TITLE_CHARS)
    if not any(t.extends for t in found):
        found = _article_rewritten(text, found, titled.end() if titled else None)
    return found


def _article_rewritten(text: str, found: list[Term], titled: int | None) -> list[Term]:
    """``found`` with the new end an article rewritten states: "QUYẾT ĐỊNH / Kéo dài thời
    gian thí điểm …" naming no document, then "Điều 1. Sửa đổi Điều 3 Quyết định số
    82/QĐ-SKHCN … như sau: "Điều 3. Thời gian thí điểm: từ ngày … đến hết ngày 31 tháng 12
    năm 2025."" (``titled``: where such a title ends); or, under any title, the article
    rewritten being the term itself ("Sửa đổi Điều 2 Quyết định số 54/QĐ-SNV … như sau:
    "Điều 2. Thời gian thực hiện thí điểm: …"") — the amended document's term, not the
    amending one's own."""
    for m in _AMENDS_ARTICLE.finditer(text, titled or 0):
        cited = [c for c in extract(text[m.end() : m.end() + 200]) if c.ident]
        first = cited[0] if cited else None
        if first is None or first.start > 10 or not first.ident:
            continue
        span = (m.end() + first.end, m.end() + first.end + 400)
        period = _OWN_PERIOD.search(text, *span)
        after = _EXTENDED_UNTIL.search(text, *span) if titled is not None else period
        until = _until(after) if after else None
        if until and after is not None:
            quote = _sentence_at(text, m.start())
            # (the rewritten article's "Thời gian thí điểm: …" is not the amending one's term)
            own = [t for t in found if t.target != SELF or not m.start() <= t.start < after.end()]
            ident: str = first.ident
            told = Term(ident, first.date, until, True, m.start(), after.end(), quote)
            return [*own, told]
    return found


@dataclass(frozen=True)
class Restoration:
    """A suspended document in force again, as one text states it.

    Attributes:
        target: the document's ident as written.
        target_date: the date written with it (ISO), None if none.
        since: the day it is in force again (ISO), None when the text does not say (the
            restoring text's own effective date then).
        start: offset of the statement in the normalised text.
        end: its end.
        quote: the statement.
    """

    target: str
    target_date: str | None
    since: str | None
    start: int
    end: int
    quote: str


def extract_restorations(text: str) -> list[Restoration]:
    """The restorations ``text`` states: "X tiếp tục có hiệu lực (thi hành) kể từ ngày …",
    "Khôi phục hiệu lực X", "Chấm dứt việc tạm ngưng hiệu lực của X"."""
    text = normalize(text)
    found: list[Restoration] = []
    cited = [(c, c.ident) for c in extract(text) if c.ident]
    for m in _RESTORES.finditer(text):
        after = next((ci for ci in cited if m.end() <= ci[0].start <= m.end() + 20), None)
        if after is not None:
            c, ident = after
            since = _since(text, c.end)
            quote = _sentence_at(text, m.start())
            found.append(Restoration(ident, c.date, since, m.start(), c.end, quote))
    for m in _RESTORED.finditer(text):
        # the first document of its sentence that is not an agent ("… theo Quyết định số 44")
        stop, para = text.rfind(". ", 0, m.start()), text.rfind("\n\n", 0, m.start())
        start = max(stop + 2 if stop >= 0 else 0, para + 2 if para >= 0 else 0)
        start = max(start, m.start() - _RESTORE_REACH)
        subject = next(
            (
                (c, ident)
                for c, ident in cited
                if start <= c.start < m.start()
                and not _AGENT_BEFORE.search(text, max(0, c.start - 25), c.start)
                and not _BREAK.search(text, c.end, m.start())
            ),
            None,
        )
        if subject is not None:
            c, ident = subject
            since = _since(text, m.end())
            quote = _sentence_at(text, c.start)
            found.append(Restoration(ident, c.date, since, c.start, m.end(), quote))
    # a subject line says no day ("Khôi phục hiệu lực Quyết định số 08/QĐ-SCT"): its article
    # does ("… kể từ ngày 01/8/2025")
    dated = {r.target for r in found if r.since}
    return [r for r in found if r.since or r.target not in dated]


# A document kept in force after a reorganisation: "Quyết định số 88/QĐ-UBND … tiếp tục được
# áp dụng trên địa bàn phường Bảo An đến hết ngày 31/12/2025", "Các văn bản sau tiếp tục được
# áp dụng trên địa bàn của tỉnh cũ đã ban hành cho đến khi được thay thế: Quyết định số …".
_CONTINUES = re.compile(
    r"\btiếp\s+tục\s+(?:được\s+)?(?:áp\s+dụng|thực\s+hiện|thi\s+hành)\b", re.IGNORECASE
)
# The territory it applies on: "trên địa bàn (của) tỉnh Vạn Ninh (cũ)".
_TERRITORY = re.compile(
    r"^[^.;:\n]{0,40}?\btrên\s+địa\s+bàn\s+(?:của\s+)?(?P<where>(?:tỉnh|thành\s+phố|huyện|thị\s+xã"
    r"|quận|phường|xã|thị\s+trấn)\s+[^,.;:\n(]{2,40}?(?:\s*\(cũ\)|\s+cũ)?)(?=\s*(?:,|\.|;|:|đến|cho|$))",
    re.IGNORECASE,
)
# How far its documents may stand from the words: before them in their sentence, or listed
# after them in their article.
_CONTINUE_REACH = 400
# The document followed, after the words: "theo Quy trình nội bộ ban hành kèm theo Quyết
# định số …" (to its citation).
_FOLLOWED = re.compile(
    r"\s+theo\s+[^.;:\n]{0,100}?(?=(?:Quyết\s+định|Kế\s+hoạch|Công\s+văn|Chỉ\s+thị)\s+số\b)",
    re.IGNORECASE,
)
# A pause's end, not a reorganisation's keeping: "Hết thời hạn tạm dừng, … tiếp tục …".
_PAUSE_WORDS = re.compile(r"\btạm\s+(?:dừng|ngưng|ngừng)\b|\bđình\s+chỉ\b", re.IGNORECASE)
# What a restoration says after the words: the day it resumes.
_RESUMES_AFTER = re.compile(r"\s*,?\s*(?:kể\s+)?từ\s+ngày\b", re.IGNORECASE)
_ARTICLE_END = re.compile(r"\n\s*Điều\s+\d+\s*\.|\n\s*\n")


@dataclass(frozen=True)
class Continuation:
    """A document kept in force after a reorganisation, as one text states it.

    Attributes:
        target: the document's ident as written.
        target_date: the date written with it (ISO), None if none.
        until: its last day (ISO), None when the text gives none ("cho đến khi được thay
            thế").
        territory: where it applies ("tỉnh Vạn Ninh (cũ)", "phường Bảo An"), None if unsaid.
        start: offset of the statement in the normalised text.
        quote: the statement.
    """

    target: str
    target_date: str | None
    until: str | None
    territory: str | None
    start: int
    quote: str


def extract_continuations(text: str) -> list[Continuation]:
    """The documents ``text`` keeps in force: those cited before "tiếp tục (được) áp dụng"
    in its sentence (not an agent, "theo Quyết định số …"), and those listed after it in its
    article ("Các văn bản sau tiếp tục được áp dụng …: Quyết định số …; Quyết định số …")."""
    text = normalize(text)
    # (not the text's own number in its header, before its title "Tiếp tục áp dụng …")
    cited = [c for c in extract(text) if c.ident and not any("header" in n for n in c.notes)]
    found: list[Continuation] = []
    for m in _CONTINUES.finditer(text):
        stop, para = text.rfind(". ", 0, m.start()), text.rfind("\n\n", 0, m.start())
        start = max(stop + 2 if stop >= 0 else 0, para + 2 if para >= 0 else 0)
        start = max(start, m.start() - _CONTINUE_REACH)
        before = [
            c
            for c in cited
            if start <= c.start < m.start()
            and not _AGENT_BEFORE.search(text, max(0, c.start - 25), c.start)
            and not re.search(r"(?i)căn\s+cứ\s*$", text[max(0, c.start - 40) : c.start])
        ]
        # the first of its sentence and those joined to it ("Quyết định số 412 … và Quyết
        # định số 385 …"): not a later one the first is told of
        subjects = before
        if not before:
            end = _ARTICLE_END.search(text, m.end())
            stop = end.start() if end else min(len(text), m.end() + 1500)
            colon = text.find(":", m.end(), stop)
            subjects = [c for c in cited if colon >= 0 and colon < c.start < stop]
        if not subjects:
            # "… tạm thời tiếp tục thực hiện theo Quy trình nội bộ ban hành kèm theo Quyết định
            # số 86/QĐ-SKHĐT": the one followed
            follows = _FOLLOWED.match(text, m.end())
            subjects = [
                c for c in cited if follows is not None and m.end() < c.start <= follows.end() + 2
            ][:1]
        sentence = _sentence_at(text, m.start())
        if _PAUSE_WORDS.search(sentence):
            continue  # "Hết thời hạn tạm dừng, Quyết định số 55 tiếp tục được áp dụng"
        tail = text[m.end() : m.end() + 200]
        if not subjects or _RESUMES_AFTER.match(tail):
            continue  # ("… tiếp tục được áp dụng kể từ ngày 01/7/2026": a pause lifted)
        where = _TERRITORY.match(tail)
        until = _EXTENDED_UNTIL.search(tail.split(". ")[0])
        quote = _sentence_at(text, subjects[0].start if before else m.start())
        for c in subjects:
            found.append(
                Continuation(
                    c.ident or "",
                    c.date,
                    _until(until) if until else None,
                    " ".join(where.group("where").split()) if where else None,
                    c.start,
                    quote,
                )
            )
    return found


def _since(text: str, pos: int) -> str | None:
    """The day said right after ``pos`` ("kể từ ngày 15 tháng 9 năm 2025")."""
    m = _RESUMES.match(text[pos : pos + 160])
    return _until(m) if m else None


def _until(m: re.Match[str]) -> str | None:
    """The last day a match names; None when it is no date."""
    groups = m.groupdict()
    try:
        if groups.get("d"):
            return dt.date(int(groups["y"]), int(groups["m"]), int(groups["d"])).isoformat()
    except ValueError:
        return None
    year = groups.get("ey") or groups.get("iy")
    return f"{year}-12-31" if year else None


def _sentence_at(text: str, pos: int) -> str:
    """The sentence holding ``pos``."""
    start = max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1, 0)
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    return text[start:end].strip()
