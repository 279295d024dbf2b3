"""Answers from the documents' lives: is it in force, what replaced it, what it rests on,
what amended it.

A question of one of these four kinds that names a document by number is answered
from what the archive's files say about that document, each statement with its
evidence (file, place, the sentence quoted). The answer names documents in the usual
form (``Quyết định số … ngày …``) so that it passes the citation checker like any other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.archive.lives import Lives, Statement
from assistant.archive.relations import CORRECTION
from assistant.archive.validity import VI_EVENT, VI_STATUS, Event, Life, vn_date
from assistant.citations import RegistryEntry
from assistant.generation.documents import topic_syllables
from assistant.generation.extractive import document_phrase
from assistant.generation.fit import (
    ACT_KINDS,
    act_type,
    acts_named,
    archive_places,
    asked_act_on,
    asked_agent,
    asked_carrying_out,
    asked_department,
    asked_grounds,
    asked_issuer,
    asked_place,
    asks_untouched,
    department_named,
    held_department,
    issued_by,
    of_place,
    old_ones_years,
    own_symbol,
    topic_text,
)
from assistant.generation.standing import asks_current, asks_one, now_of
from assistant.retrieval.query import ParsedQuestion, day_named, fold, part_day, years_text

# The questions, on folded text (no diacritics, lower case), most specific first.
# A suspension and its end: "bị đình chỉ thi hành bởi QĐ nào", "QĐ nào khôi phục hiệu lực".
_SUSPENSION = re.compile(
    r"\btam (?:ngung|dung)\b|\bdinh chi\b|\bngung hieu luc\b|\bkhoi phuc\b"
    r"|\bco hieu luc tro lai\b|\bsuspen\w*|\breinstat\w*|\brestor\w*"
    # "đang bị ngưng thực hiện": stopped for now
    r"|\b(?:dang|van con)\s+(?:bi\s+)?ngung\s+(?:thuc hien|ap dung|thi hanh)\b"
)
# What ended a suspension asked for: "QĐ nào khôi phục hiệu lực", "restored by",
# "văn bản cho tiếp tục thực hiện QĐ 58 sau khi tạm dừng", "which one lifted the suspension".
_RESTORED = re.compile(
    r"\bkhoi phuc\b|\btro lai\b|\btiep tuc (?:thuc hien|ap dung|thi hanh)\b|\brestor\w*"
    r"|\breinstat\w*|\blift\w*|\bresum\w*"
)


# The suspension itself asked, beside what lifted it (folded): "văn bản tạm dừng QĐ 72 và …",
# "which decision suspended …"; not a time ("… sau khi tạm dừng").
_SUSPENDED_ASKED = re.compile(
    r"\b(?:van ban|vb|qd|quyet dinh|cai|nao)\s+(?:nao\s+)?(?:da\s+)?"
    r"(?:tam (?:ngung|dung)|dinh chi)\b"
    r"|\b(?:which|what)\b[^?]{0,40}?\bsuspend\w*"
)


def asks_lifting(folded: str) -> bool:
    """Whether a (folded) question asks what ended a suspension (``_RESTORED``)."""
    return bool(_RESTORED.search(folded))


KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("suspended_by", _SUSPENSION),
    ("corrected_by", re.compile(r"\bdinh chinh\b|\bcorrect\w*|\berrat\w*")),
    ("replaced_by", re.compile(r"thay the|replac|supersed")),
    ("amended_by", re.compile(r"sua doi|bo sung|amend|modif")),
    ("based_on", re.compile(r"can cu|based on|legal basis|rests? on|grounds?\b")),
    (
        "status",
        re.compile(
            r"hieu luc|con ap dung|con dung|het han|in force|in effect|still valid|valid"
            r"|\bstatus\b|repealed"
        ),
    ),
)
_EN_STATUS = {
    "in_force": "in force",
    "partly_in_force": "partly in force",
    "not_in_force": "not in force",
    "not_yet_in_force": "not yet in force",
    "unknown": "of unknown status",
}
# How many characters of a statement's sentence an answer quotes.
MAX_QUOTE = 300


# List questions over the whole archive (no number named): which documents act on others,
# and which were replaced or repealed. Folded text.
_ACTING_LIST = re.compile(
    r"(sua doi|thay the|bai bo|tam dung|tam ngung|dinh chi)[^?]*\b(van ban|quyet dinh) khac\b"
    r"|\b(amend|replac|repeal|suspend)\w*[^?]*\bother (documents?|decisions?)\b"
    # "… replaced or repealed earlier decisions", "thay thế các quyết định trước đó"
    r"|\b(amend|replac|repeal|suspend|withdr[ae]w|revok)\w*[^?]*\b(earlier|previous|older|former) "
    r"(documents?|decisions?|plans?|rules?|letters?)\b"
    r"|(thay the|bai bo|thu hoi)[^?]*\b(van ban|quyet dinh|cong van)\s+(truoc do|truoc day|cu)\b"
    # the acts on a part of another document, asked by their authors: "những QĐ nào đã sửa
    # đổi, bãi bỏ hoặc tạm dừng một điều trong quy chế …", "which decisions amended or
    # suspended an article of the working rules"
    r"|\b(?:qd|quyet dinh|vb|van ban)\s+nao\s+(?:da\s+)?(?:sua doi|bai bo|tam dung|tam ngung"
    r"|dinh chi|thay the)\b[^?]*?\b(?:mot|1)\s+(?:dieu|khoan|diem)\b"
    r"|\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:amended|repealed|suspended|replaced)\b[^?]*?"
    r"\b(?:an?|one)\s+(?:article|clause|point)\b"
)
# The documents corrected asked for (folded): "các QĐ đã bị đính chính", "văn bản nào đã được
# đính chính", "which decisions were corrected".
_CORRECTED_LIST = re.compile(
    r"\b(?:da|bi|duoc)\s+(?:bi\s+|duoc\s+)?dinh chinh\b"
    r"|\b(?:were|was|been|are|is)\s+(?:later\s+)?corrected\b"
)
_ENDED_LIST = re.compile(
    r"\b(da|bi|duoc)\s+(bi\s+|duoc\s+)?(thay the|thay moi|bai bo|huy bo|sua doi|thu hoi)\b"
    # "bị bản mới thay hẳn", "bị QĐ mới thay thế"
    r"|\bbi\s+(?:\S+\s+){1,3}?thay\s+(?:the|han|moi)\b"
    r"|\bhet hieu luc\b"
    r"|\b(were|been|was|are)\s+(replaced|repealed|superseded|annulled|withdrawn|revoked"
    r"|ended|terminated)\b"
    r"|\b(were|been|was|are)\s+(?:amended|modified)\s+(?:or|and|and/or)\s+(?:replaced|repealed"
    r"|superseded)\b"
    # "stopped applying", "ceased to be in force", "ngừng áp dụng"
    r"|\b(stopped|ceased)\s+(applying|to apply|being in force|to be in force|to have effect)\b"
    r"|\bngung\s+(ap dung|hieu luc|thi hanh)\b"
    # "không còn (được) áp dụng nữa", "không còn hiệu lực", "no longer applied / in force"
    r"|\bkhong con\s+(duoc\s+)?(ap dung|hieu luc|thi hanh|thuc hien)\b"
    r"|\bno longer\s+(in force|valid|applied|applies|apply|in effect|used)\b"
    # "still applied but have had a clause amended or an article repealed"
    r"|\b(have|has)\s+(had|been)\b[^?]*\b(amended|repealed|replaced)\b"
    r"|\bstill\b[^?]*\b(amended|repealed)\b"
    # "đợt thí điểm nào đã kết thúc", "which pilots had ended": ended by their time or an act
    r"|\b(?:thi diem|pilots?)\b[^?]*\b(?:da\s+|had\s+|have\s+)?(?:ket thuc|ended|finished)\b"
)
# "danh mục văn bản (quy phạm pháp luật) hết hiệu lực": the title of the list a body
# publishes each year, not a question of which documents ended.
_ENDED_TITLE = re.compile(r"\bdanh muc\s+(?:cac\s+)?(?:van ban|vb)\b[^?]{0,60}?\bhet hieu luc\b")
_NO_LONGER = re.compile(r"\bkhong con\b|\bno longer\b")
# "hết hiệu lực một phần", "partly repealed", "một khoản", "an article": events that end a
# part of a document count too.
_PARTLY = re.compile(
    r"\bmot phan\b|\bpart(ly|ially)?\b|\bin part\b|\bmot (khoan|dieu|diem)\b"
    r"|\b(a|an|one|some) (clause|article|point)s?\b"
    # "bãi bỏ bớt một số thủ tục", "bỏ bớt một số điều": some of it
    r"|\b(?:bot|mot so)\s+(?:\S+\s+)?(?:thu tuc|tthc|dieu|khoan|noi dung|procedures?)\b"
    r"|\bsome (?:of (?:its|the) )?procedures\b"
)
# "vẫn còn áp dụng", "still in force": only documents not ended whole by then.
_STILL = re.compile(
    r"(?<!khong )\b(con|van)\s+(con\s+)?(hieu luc|ap dung|duoc ap dung|thuc hien)\b|\bstill\b"
)
_PARTIAL_ENDS = ("partly_repealed", "partly_replaced")
# One way of ending asked, and no other: "đã bị hủy bỏ" (an annulment is a repeal), "đã bị
# thay thế" — the ends of that kind only; "hết hiệu lực", "không còn áp dụng" ask for any.
_ONE_END = (
    (("repealed", "partly_repealed"), re.compile(r"\b(bai bo|huy bo|repealed|annulled)\b")),
    (
        ("replaced", "partly_replaced"),
        re.compile(r"\b(thay the|thay moi|thay han|replaced|superseded)\b"),
    ),
)
_ANY_END = re.compile(
    r"\bhet hieu luc\b|\bkhong con\b|\bno longer\b|\bended\b|\bstopped\b|\bceased\b"
    r"|\bngung\b|\bhet han\b|\bket thuc\b"
)
# What leads the day the ends asked for took effect: "stopped applying on 1 May 2025", "hết
# hiệu lực từ ngày 01/5/2025" (folded).
_ENDING_DAY_LEAD = r"\b(?:on|ngay|tu ngay|ke tu ngay)\s+"


# Documents asked for as holding only for a time (folded): "chỉ được áp dụng tạm thời hoặc thí
# điểm có thời hạn", "temporary rules or pilots"; and the titles saying so.
_TEMPORARY_ASKED = re.compile(
    r"\b(?:tam thoi|thi diem|co thoi han|pilots?|temporar\w*|for a limited time|limited time)\b"
)
_TEMPORARY_TITLE = re.compile(r"\b(?:tam thoi|thi diem)\b")
# Asked as holding only for a time, ended or not (folded): "văn bản nào chỉ áp dụng có thời
# hạn", "which decisions only applied for a limited time".
_LIMITED = re.compile(
    r"\bap dung\s+(?:tam thoi|co thoi han|trong (?:mot )?thoi (?:gian|han) (?:nhat dinh|co han))\b"
    r"|\b(?:for|during)\s+a\s+limited\s+(?:time|period)\b|\btemporar(?:y|ily)\s+(?:applied"
    r"|in force)\b"
)
# Pilots asked (folded): "đợt thí điểm nào đã kết thúc", "which pilots ended"; only them,
# unless other documents of a time are asked beside ("tạm thời", "có thời hạn").
_PILOT_ASKED = re.compile(r"\b(?:thi diem|pilots?)\b")
_NOT_ONLY_PILOTS = re.compile(r"\b(?:tam thoi|co thoi han|temporar|limited)")
_PILOT_TITLE = re.compile(r"\bthi diem\b")


def says_pilot(folded: str) -> bool:
    """Whether a (folded) question or trích yếu speaks of a pilot (``_PILOT_ASKED``)."""
    return bool(_PILOT_ASKED.search(folded))
_PAUSE_ASKED = re.compile(r"\btam (?:ngung|dung)\b|\bpaus(?:e|ed|ing)\b|\bsuspen\w*")
# Ended by their own stated term, with no act: "hết hiệu lực do hết thời hạn áp dụng ghi
# trong chính văn bản", "expired".
_EXPIRED = re.compile(r"\bhet (?:thoi )?han(?: ap dung| thuc hien)?\b|\bexpir\w*")


_DENIED_ACT = re.compile(
    r"\b(?:khong|chua|without|no)\s+(?:co\s+|duoc\s+|bi\s+)?(?:\S+\s+){0,3}?"
    r"(?:thay the|thay moi|thay han|bai bo|huy bo|replac\w*|repeal\w*)"
)


def _kinds_of_end(folded: str) -> tuple[str, ...] | None:
    """The event types of the ways of ending a question asks for, None for any: one way
    ("bị thay thế"), or several ("bị thay thế hoặc bãi bỏ": those and an act ending it,
    not its own term running out)."""
    # (an act denied is none asked: "hết thời hạn, không có văn bản thay thế")
    said = _DENIED_ACT.sub(" ", folded)
    asked = [types for types, pattern in _ONE_END if pattern.search(said)]
    if _EXPIRED.search(folded):
        # "do bị bãi bỏ hay do hết thời hạn": the acts asked beside the term running out
        return (*(t for types in asked for t in types), "expired")
    if _ANY_END.search(folded):
        return None
    if len(asked) > 1:
        return (*(t for types in asked for t in types), "ended")
    return asked[0] if asked else None


# A document acts on others by these relations (what "sửa đổi, thay thế, bãi bỏ" means).
_ACTS = ("amends", "replaces", "repeals", "terminates", "suspends")


def question_kind(parsed: ParsedQuestion) -> str | None:
    """``status``, ``replaced_by``, ``based_on`` or ``amended_by`` for a question that names
    a document by number (``replaces``, ``ends`` or ``amends`` for one asking what it acted
    on); ``acting_list`` or ``ended_list`` for a list question about
    the archive's replacements; None for other questions."""
    folded = fold(parsed.clean)
    if not parsed.idents and _LATE_START.search(folded) and _A_LATER_YEAR.search(folded):
        return "late_start_list"
    if not parsed.idents and _PENDING.search(folded) and _DOCUMENTS.search(folded):
        # "VB đã ký nhưng chưa có hiệu lực?": no list word before the documents
        return "pending_list"
    if not parsed.idents:
        if not parsed.wants_list:
            return None
        if _ACTING_LIST.search(folded):
            return "acting_list"
        # "Quy chế làm việc hiện nay là quyết định nào, đã sửa đổi gì chưa?": the one in
        # force and what amended it (a list answer), not every amended document
        # ("Văn bản nào … không còn hiệu lực" asks for the ended ones)
        if (
            asks_current(parsed)
            and asks_one(parsed)
            and not _STILL.search(folded)
            and not _NO_LONGER.search(folded)
        ):
            return None
        # "… đã bị bãi bỏ bởi văn bản nào": what ended the one described (a list answer) —
        # not "which of the regulations were amended or replaced, and by which decisions?"
        if asked_agent(folded) and not _WHICH_ENDED.match(folded):
            return None
        if _PENDING.search(folded):
            return "pending_list"
        if _CORRECTED_LIST.search(folded):
            return "corrected_list"
        # ("Điều 6 … bị tạm dừng theo văn bản nào": who suspended the one described, a list
        # answer of the acting documents)
        if _SUSPENSION.search(folded) and not asked_act_on(folded):
            # ("bị thay thế, bãi bỏ hoặc bị đình chỉ thi hành": the ends with the suspensions)
            ends = _ENDED_LIST.search(_SUSPENSION.sub(" ", folded))
            return "ended_list" if ends else "suspended_list"
        # "Quy chế nào chưa bị sửa đổi, thay thế hay bãi bỏ": the untouched ones (a list)
        if asks_untouched(folded):
            return None
        if _ENDED_TITLE.search(folded):
            # "Các quyết định công bố danh mục văn bản QPPL hết hiệu lực": a kind of document
            return None
        return "ended_list" if _ENDED_LIST.search(folded) or _LIMITED.search(folded) else None
    grounds = asked_grounds(folded)
    if grounds is not None and grounds[0] == "resting_on":
        # "Những văn bản nào lấy Nghị định … làm căn cứ": what rests on it (a list answer)
        return None
    carrying = asked_carrying_out(folded)
    if carrying is not None and carrying[0] == "carrying_out":
        # "Những vb nào đc ban hành căn cứ KH 09/KH-STP": what carries it out (a list answer)
        return None
    directed = _directed(folded)
    if directed is not None:
        return directed
    return next((kind for kind, pattern in KINDS if pattern.search(folded)), None)


# The act a question about a named document asks of, and the side asked: "X thay thế những
# quyết định nào", "X thay cho …", "X took the place of which …", "Which decisions did X
# replace?", "khi có X thì các quy định cũ nào bị thay?", "X có hiệu lực thì những QĐ nào hết
# hiệu lực?" ask what X acted on; "X đã được thay bằng quyết định nào", "X bị thay bởi VB
# nào", "X đã được sửa bởi văn bản nào", "Quyết định nào thay thế X" what acted on X. Folded.
_ACT_VERB = re.compile(
    r"\b(?P<replace>thay(?:\s+the)?(?:\s+cho)?|t(?:ook|akes?)\s+the\s+place|replac\w*"
    r"|supersed\w*)\b"
    r"|\b(?P<amend>sua(?:\s+doi)?|bo sung|dieu chinh|amend\w*|modif\w*)\b"
    r"|\b(?P<end>bai bo|huy bo|thu hoi|bo(?=\s+(?:nhung|cac|di)\b)|het hieu luc"
    r"|cham dut hieu luc|repeal\w*|revok\w*|annul\w*|withdr[ae]w\w*)\b"
)
# Said of the one acted on: "bị / được / đã được thay", "was replaced", "hết hiệu lực".
_SUFFERED_BEFORE = re.compile(r"\b(?:bi|duoc|was|were|been|be|is|are)\s+$")
_BY_AFTER = re.compile(r"^\s*(?:bang|boi|by)\b")
# A document asked for ("quyết định nào", "which", "what"); not a time ("ngày nào", "khi nào").
_ASKED = re.compile(r"(?<!ngay )(?<!khi )(?<!luc )(?<!thoi diem )\bnao\b|\b(?:which|what|gi)\b")
# English do-support with the named document as subject: "Which decisions did X replace?"
_DID_NAMED = re.compile(
    r"\b(?:did|does|do|has|have)\s+(?:\S+\s+){0,4}?\S*\d+\s*/\S*\s+(?:\w+\s+)?"
    r"(?:replace|supersede|amend|modify|repeal|revoke|annul)\b"
)
# A document named by its number ("74/QĐ-STC"), or by its type and bare number ("QĐ 74",
# "Quyết định số 74"). Folded.
_NAMED_AT = re.compile(
    r"\d+\s*/\s*[a-z0-9]|\b(?:qd|kh|bc|tb|ttr|cv|nq|ct|quyet dinh|ke hoach|bao cao"
    r"|thong bao|to trinh|cong van|nghi quyet|chi thi|decision|plan)\s+(?:so\s+|no\.?\s*)?\d+\b"
)


def _directed(folded: str) -> str | None:
    """``replaces`` or ``amends`` for a question asking what the document it names acted on,
    ``replaced_by`` or ``amended_by`` for one asking what acted on it (by where the document
    asked for stands from the verb, in its voice); None when it tells no side."""
    verb = _ACT_VERB.search(folded)
    named = _NAMED_AT.search(folded)
    if verb is None or named is None:
        return None
    family = "amend" if verb.group("amend") else "replace"
    suffered = bool(
        "het hieu luc" in verb.group(0)
        or _SUFFERED_BEFORE.search(folded[: verb.start()])
        or _BY_AFTER.search(folded[verb.end() :])
    )
    asked = [m.start() for m in _ASKED.finditer(folded)]
    if _DID_NAMED.search(folded):
        acted_on = True
    elif not asked:
        return None
    elif suffered:
        # "… nào bị thay" asks the one acted on, "bị thay bởi … nào" the one acting
        if any(a > verb.end() for a in asked):
            acted_on = False
        elif named.start() < asked[0] or named.start() > verb.end():
            # "khi có X thì các quy định cũ nào bị thay", "which were replaced by X"
            acted_on = True
        else:
            return None
    else:
        # "X thay thế những quyết định nào" asks what X acted on, "Quyết định nào thay thế X"
        # what acted on X
        acted_on = named.start() < verb.start() and all(a > verb.end() for a in asked)
    if family == "amend":
        return "amends" if acted_on else "amended_by"
    if acted_on:
        return "ends" if verb.group("end") else "replaces"
    return "replaced_by"


def relation_answer(parsed: ParsedQuestion, lives: Lives) -> str | None:
    """The answer text (unchecked) to a relation question, None if it is not one."""
    kind = question_kind(parsed)
    if kind is None:
        return None
    if kind == "acting_list":
        return _acting_list(parsed, lives)
    if kind == "ended_list":
        return _ended_list(parsed, lives)
    if kind == "pending_list":
        return _pending_list(parsed, lives)
    if kind == "late_start_list":
        return _late_start_list(parsed, lives)
    if kind == "suspended_list":
        return _suspended_list(parsed, lives)
    if kind == "corrected_list":
        return _corrected_list(parsed, lives)
    entries = _named(parsed, lives)
    en = parsed.language == "en"
    if not entries:
        return None
    # ("Trong các QĐ 12, 30 và 15, QĐ nào trong số đó đã bị thay thế" reads as what 15
    # replaced by its words' order; it asks which of the three was)
    if len(entries) > 1 and kind == "status" and _WHICH.search(fold(parsed.clean)):
        return _which_in_force(entries, parsed, lives, en)
    if len(entries) > 1 and kind != "based_on" and asks_which_of(parsed):
        return _which_changed(entries, parsed, lives, en)
    blocks = []
    for entry in entries:
        life = lives.life(entry)
        if life is None:
            continue
        if kind == "suspended_by" and asks_lifting(fold(parsed.clean)):
            # "văn bản tạm dừng QĐ 72 và văn bản cho tiếp tục thực hiện": both asked, what
            # suspended it first
            if _SUSPENDED_ASKED.search(fold(parsed.clean)):
                blocks.append(_suspended_by(entry, life, lives, en))
            blocks.append(_suspended_by(entry, life, lives, en, restored=True))
            continue
        blocks.append(_ANSWERS[kind](entry, life, lives, en))
    return "\n\n".join(blocks) or None


# "Trong các QĐ 97, 118, 06 và 42, QĐ nào về sau bị thay thế …", "Which of them were later
# replaced": which of the documents named changed, not each one's life.
_WHICH_OF = re.compile(
    r"\b(?:nao|nhung|cac)\s+(?:trong\s+(?:so|cac)|thuoc\s+(?:so|danh sach))\b"
    # "QĐ 15, 66, 130, 33 — cái nào đã bị thay thế hay bãi bỏ"
    r"|\bcai nao\b"
    r"|\b(?:which|what)\s+of\s+(?:them|these|those|the)\b"
    r"|\b(?:qd|vb|van ban|quyet dinh|ke hoach|kh)\s+nao\s+trong\b"
    # "Trong các QĐ 31, 58, 145 …, QĐ nào đã bị thay thế"
    r"|\btrong\s+(?:cac|nhung|so(?:\s+cac)?)\s+(?:qd|quyet dinh|vb|van ban|ke hoach|kh)\b[^?]*?"
    r"\b(?:qd|quyet dinh|vb|van ban|ke hoach|kh)\s+nao\b"
)
# The changes a question asks of (folded words → event types); none named: any change.
_ASKED_CHANGES = (
    (re.compile(r"\bthay(?:\s+the)?\b|replac|supersed"), ("replaced", "partly_replaced")),
    (re.compile(r"\bsua\b|sua doi|bo sung|dieu chinh|amend|modif"), ("amended",)),
    (
        re.compile(r"bai bo|huy bo|thu hoi|repeal|revok|annul|withdr[ae]w"),
        ("repealed", "partly_repealed"),
    ),
    (
        re.compile(r"het hieu luc|cham dut|het han|\bended\b|expir|no longer in force"),
        ("ended", "expired"),
    ),
    # a term lengthened by another document ("gia hạn", "kéo dài thời hạn"): its new end
    (re.compile(r"gia han|keo dai|extend|prolong"), ("extended",)),
)


def asks_which_of(parsed: ParsedQuestion) -> bool:
    """Whether the question asks which of the several documents it names changed."""
    return len(parsed.idents) > 1 and bool(_WHICH_OF.search(fold(parsed.clean)))


def _which_changed(
    entries: list[RegistryEntry], parsed: ParsedQuestion, lives: Lives, en: bool
) -> str:
    """Which of the named documents were changed as asked by the archive's last day, each
    with what changed it; the others said by number only (none of them is an answer)."""
    folded = fold(parsed.clean)
    asked = {t for pattern, types in _ASKED_CHANGES if pattern.search(folded) for t in types}
    now = now_of(lives)
    blocks: list[str] = []
    unchanged: list[str] = []
    for entry in sorted(entries, key=lambda e: (e.date or "", e.ident)):
        life = lives.life(entry)
        events = [
            e
            for e in (life.events if life is not None else ())
            # (signed by the archive's last day, in force then or later)
            if not asked
            or e.type in asked
            or ("extended" in asked and e.type == "expired" and e.by not in (None, entry.ident))
        ]
        if not events:
            unchanged.append(entry.ident.split("/")[0])
            continue
        # each one changed an item, what changed it an item below it
        lines = [f"{len(blocks) + 1}. {document_phrase(entry)}:"]
        lines += ["   " + _event_line(e, en, past=e.by_on(now)) for e in _distinct(events)]
        blocks.append("\n".join(lines))
    if unchanged:
        numbers = ", ".join(unchanged)
        blocks.append(
            f"The archive records no such change of the others (no. {numbers})."
            if en
            else f"Kho tài liệu không ghi nhận thay đổi như vậy đối với các văn bản còn lại "
            f"(số {numbers})."
        )
    return "\n\n".join(blocks)


def _distinct(events: list[Event]) -> list[Event]:
    """One event for each act of each document: an amendment its files tell part by part
    ("Điều 8", "khoản 2 Điều 15") and whole ("Điều 8 và khoản 2 Điều 15") is said once, by
    the part naming most."""
    best: dict[tuple[str, str], Event] = {}
    for e in events:
        key = (e.type, e.by)
        if key not in best or len(e.scope or "") > len(best[key].scope or ""):
            best[key] = e
    return [e for e in events if best[(e.type, e.by)] is e]


# "QĐ nào còn hiệu lực", "which are in force": which of the named, not each one's life.
_WHICH = re.compile(r"\bnao\b|\bwhich\b")


def _which_in_force(
    entries: list[RegistryEntry], parsed: ParsedQuestion, lives: Lives, en: bool
) -> str:
    """Which of the named documents were in force (wholly or in part) on the day the
    question names (else the archive's last day), numbered; the others by number with
    their status then."""
    folded = fold(parsed.clean)
    day = parsed.as_of or parsed.at or day_named(folded, _ENDING_DAY_LEAD) or now_of(lives)
    held: list[str] = []
    others: list[str] = []
    for entry in sorted(entries, key=lambda e: (e.date or "", e.ident)):
        life = lives.life(entry)
        status = life.status(day) if life is not None else "unknown"
        said = _EN_STATUS[status] if en else VI_STATUS[status]
        if status in ("in_force", "partly_in_force"):
            held.append(f"{len(held) + 1}. {document_phrase(entry)}: {said}.")
            continue
        ended = life.ended_by(day) if life is not None else None
        why = f" ({ended.vi()})" if ended is not None and not en else ""
        others.append(f"{entry.ident}: {said}{why}")
    lead = (
        f"On {vn_date(day)}, of the documents named, in force:"
        if en
        else f"Ngày {vn_date(day)}, trong các văn bản nêu, còn hiệu lực:"
    )
    if not held:
        lead = (
            f"On {vn_date(day)}, none of the documents named was in force."
            if en
            else f"Ngày {vn_date(day)}, không văn bản nào nêu còn hiệu lực."
        )
    # the others in one sentence, no item of the answer
    rest = ("Not in force then: " if en else "Không còn (hoặc chưa có) hiệu lực: ") + "; ".join(
        others
    )
    return "\n".join([lead, *held, *([rest + "."] if others else [])])


def _asked(parsed: ParsedQuestion, lives: Lives) -> list[RegistryEntry]:
    """The registry's documents of the question's years, types and instruments, by date."""
    years, codes = set(parsed.years), set(parsed.codes)
    # "những quy chế nào": a decision issuing a Quy chế is one (its trích yếu names it)
    # (a plan asked as a type, "những KH nào", is no instrument a title must name)
    named = [fold(i) for i in parsed.instruments if not (i == "Kế hoạch" and "KH" in codes)]
    if named:
        # named beside a Quy chế, the other rules a department keeps: "những quy chế, quy
        # trình cũ nào …, tính cả danh mục TTHC"
        folded = fold(parsed.clean)
        named += [w for w in _RULES_BESIDE if re.search(rf"\b{w}\b", folded)]
    found = [
        e
        for e in lives.registry.entries()
        if (not years or e.year in years)
        and (not codes or (e.code or "CV") in codes)
        and (not named or _tells_any(_told(e, lives), named))
    ]
    return sorted(found, key=lambda e: (e.date or "", e.ident))


_RULES_BESIDE = ("quy trinh", "danh muc")

# Words of a list question on lives that say how a document ended or changed, not what it is
# about (folded syllables, beside ``documents._NO_COVER``).
_LIFE_WORDS = frozenset(
    {
        "het", "hieu", "luc", "con", "khong", "nua", "ap", "dung", "tam", "ngung", "dinh",
        "chi", "chinh", "qua", "tinh", "ca", "ke", "lan", "han", "thoi", "dieu", "khoan",
        "diem", "phan", "toan", "van", "vb", "qd", "kh", "cv", "so", "hien", "nay", "da",
    }
)  # fmt: skip


def _on_topic(
    parsed: ParsedQuestion, entries: list[RegistryEntry], lives: Lives
) -> list[RegistryEntry]:
    """``entries`` less those not about the topic a Vietnamese question names beside the
    lives it asks ("Danh mục TTHC của Sở Tài chính đã bị thay thế qua những QĐ nào" asks of
    the lists of procedures, not of every decision replaced): when one document's trích yếu
    (``_told``) says most of the topic's syllables, those saying at least half of them. A
    topic no trích yếu says keeps all (the words may be the question's, not the titles'),
    and so does one naming the instruments it asks of (``_asked`` keeps those: "quy chế làm
    việc và quy chế chi tiêu nội bộ cũ" are two topics)."""
    if parsed.language != "vi" or parsed.instruments:
        return entries
    # what the documents are, said before how they ended ("… đã bị thay thế qua …"), not the
    # circumstances after it ("… bị thay thế khi Sở Xây dựng nhận nhiệm vụ giao thông"); the
    # archive's places name whose, not what
    folded = fold(parsed.clean)
    said = _ENDED_LIST.search(folded) or _SUSPENSION.search(folded)
    head = parsed.clean
    if said and len(folded) == len(parsed.clean):
        head = parsed.clean[: said.start()]
    places = {
        w for name in archive_places(lives.registry.entries()).names for w in fold(name).split()
    }
    topic = topic_syllables(topic_text(head)) - _LIFE_WORDS - places
    if len(topic) < 2:
        return entries
    covers = {e.key: len(topic & topic_syllables(_told(e, lives))) / len(topic) for e in entries}
    if max(covers.values(), default=0.0) < 0.6:
        return entries
    return [e for e in entries if covers[e.key] >= 0.5]


def _tells_any(told: str, named: list[str]) -> bool:
    """Whether what a document is about (``_told``, read once) names one of ``named``."""
    return any(n in told for n in named)


def _told(entry: RegistryEntry, lives: Lives) -> str:
    """What ``entry`` is about, folded: its trích yếu; for one known only from citing with
    none, that of the document that replaced it ("Quyết định số 135/QĐ-STC …" replaced by
    the decision "Ban hành Quy chế làm việc …" was the working rules before it)."""
    if entry.subject:
        return fold(entry.subject)
    life = lives.life(entry)
    replacing = [
        e.by_subject for e in (life.events if life else ()) if e.type == "replaced" and e.by_subject
    ]
    return fold(replacing[0]) if replacing else ""


_ACT_VERBS = {"amends": "amend", "replaces": "replace", "repeals": "repeal", "suspends": "suspend"}


def _documents(count: int) -> str:
    """ "1 document", "3 documents"."""
    return f"{count} document" if count == 1 else f"{count} documents"


def _either(words: list[str], en: bool) -> str:
    """ "sửa đổi, bổ sung, thay thế hoặc bãi bỏ", "amend, replace or repeal"."""
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + (" or " if en else " hoặc ") + words[-1]


def _acting_list(parsed: ParsedQuestion, lives: Lives) -> str:
    en = parsed.language == "en"
    lines: list[str] = []
    folded = fold(parsed.clean)
    # "quyết định nào bãi bỏ … văn bản khác" asks for repeals, not replacements; naming none
    # of the acts, or every one, asks for all (``_ACTS``)
    # ("… mà không thay thế cả văn bản": an act denied is none asked)
    named = acts_named(_DENIED_ACT.sub(" ", folded))
    types = named if named and len(named) < len(ACT_KINDS) else frozenset(_ACTS)
    # "một điều trong quy chế": only the acts on a part of it
    partly = bool(_PARTLY.search(folded))
    for entry in _asked(parsed, lives):
        acts = [
            s
            for s in lives.acts_of(entry)
            if act_type(s.relation) in types and (not partly or s.relation.target_scope)
        ]
        if not acts:
            continue
        done = "; ".join(
            dict.fromkeys(
                f"{_ACT_WORDS[act_type(s.relation)][en]} {_target_phrase(s, lives, short=True)}"
                + (f" ({s.relation.target_scope})" if s.relation.target_scope else "")
                for s in acts
            )
        )
        where = _where(acts[0].evidence(), en)
        lines.append(f"{len(lines) + 1}. {document_phrase(entry)}: {done} ({where}).")
    if not lines:
        return _nothing(parsed, en)
    year = years_text(parsed.years, parsed.language)
    # ("1 document that replaces", "3 documents that replace")
    words = [
        (_ACT_WORDS[t][0], t if len(lines) == 1 else _ACT_VERBS[t]) for t in ACT_KINDS if t in types
    ]
    done = _either([w[1] if en else w[0] for w in words], en)
    lead = (
        f"The archive holds {_documents(len(lines))}{' from ' + year if year else ''} "
        f"that {done} others:"
        if en
        else f"Theo kho tài liệu, có {len(lines)} văn bản{' năm ' + year if year else ''} "
        f"{done} văn bản khác:"
    )
    return "\n".join([lead, *lines])


# Issued when the question says ("ban hành quý III/2025", "ký trong quý I", "signed in the
# first quarter"); not "kỳ" ("cùng kỳ", "kỳ báo cáo"), which folds to the same.
_ISSUED_THEN = re.compile(
    r"\b(?:ban hanh|issued|signed)\b|\bky\s+(?:trong|vao|ngay|thang|quy|nam|6 thang)\b"
)


def _ended_list(parsed: ParsedQuestion, lives: Lives) -> str:
    """Documents ended (in whole, or in part when the question says so) by now or the
    date the question names ("đến hết tháng 6/2024"); the question's years are those of the
    ending ("hết hiệu lực trong năm 2024"), not of issue. A question only about changes
    ("đã được sửa đổi, bổ sung hoặc bãi bỏ một phần") lists the documents amended or ended
    in part, not those ended whole."""
    en = parsed.language == "en"
    folded = fold(parsed.clean)
    # "khoảng giữa tháng 8/2025, … đã kết thúc", "had ended by mid-August 2025": ended by then
    by = None if parsed.as_of else part_day(folded)
    now = parsed.as_of or by or now_of(lives)
    partly = bool(_PARTLY.search(folded))
    changed_only = bool(_CHANGED.search(folded)) and not _WHOLE_END.search(folded)
    # "amended or replaced during 2023": the changes too, beside the ends
    changes_too = bool(_CHANGED.search(folded)) and bool(_WHOLE_END.search(folded))
    # "văn bản nào ban hành quý III/2025 nay không còn hiệu lực": a part of a year is the
    # issue's
    part = parsed.period if parsed.period and not parsed.period.whole_years else None
    issued_in = part if part and _ISSUED_THEN.search(folded) else None
    # "đến hết năm 2023" bounds the ending; a year alone is the ending's ("trong năm 2024"),
    # not one of the old ones counted in ("tính cả bản cũ năm 2022", "kể cả bản trước năm 2022")
    aside = old_ones_years(folded)
    ending_years = (
        ()
        if parsed.as_of or by or issued_in
        else tuple(y for y in parsed.years if str(y) not in aside)
    )
    years = {str(y) for y in ending_years}
    issuer = _issuer_of_list(parsed)
    # "Văn bản nào của Sở LĐTBXH …", "the labour department's own …": that Sở's symbol, when
    # the archive holds documents of it
    department = held_department(asked_department(parsed.clean), lives.registry.entries())
    if issuer == "SO" and department is None:
        # "the Ban's own decisions" in a Ban's archive: its own symbol's
        department = own_symbol(lives.registry.entries())
    if department and issuer in ("SO", OWN):
        issuer = "SO"
    else:
        department = None
    still = bool(_STILL.search(folded))
    # "những văn bản chỉ áp dụng tạm thời hoặc thí điểm có thời hạn, nay đã hết hiệu lực"
    temporary = bool(_TEMPORARY_ASKED.search(folded))
    pilots = bool(
        _PILOT_ASKED.search(folded)
        and not _NOT_ONLY_PILOTS.search(folded)
        and not _SUSPENSION.search(folded)
    )
    # "chỉ áp dụng có thời hạn": every term and suspension, run out or not
    limited = bool(_LIMITED.search(folded)) and not _ENDED_LIST.search(folded)
    temporary = temporary or limited
    kinds = None if changed_only else _kinds_of_end(folded)
    if changes_too and kinds is not None:
        kinds = (*kinds, *_CHANGES)
    # "… bị thay thế, bị hủy bỏ hoặc bị đình chỉ thi hành": the suspensions beside the ends
    suspended = bool(_SUSPENSION.search(folded)) and not _RESTORED.search(folded)
    if suspended and kinds is not None:
        kinds = (*kinds, "suspended")
    day = day_named(folded, _ENDING_DAY_LEAD)
    if day:
        years = {day[:4]}
    # "Sau khi … từ 01/7/2025, Sở đã bãi bỏ …", "since 1 July 2025": the ends from that day
    since = day_named(folded, _SINCE_LEAD) if not (day or years) else None
    own_issuers = _own_issuers(lives) if issuer == OWN else set()
    # "… những QĐ, KH nào của Ban Dân tộc và Ban Tôn giáo trước đây": those bodies' symbols
    bodies = _bodies_named(parsed.clean, lives) if issuer is None else frozenset()
    # "Văn bản nào của STP Lạc Giang cũ …": the place named, in an archive of two
    places = archive_places(lives.registry.entries())
    place = asked_place(parsed.clean, places.names)
    # "các quyết định đã bị thu hồi", "which decisions were withdrawn": ended by a
    # withdrawal (a repeal its text says "thu hồi"), and re-issued when asked
    withdrawn = bool(_WITHDRAWN_ASKED.search(folded)) and not _OTHER_ENDS.search(folded)
    reissues = 0
    lines: list[str] = []
    acts: list[Event] = []
    listed: list[str] = []
    for entry in _on_topic(parsed, _asked(replace(parsed, years=()), lives), lives):
        life = lives.life(entry)
        if life is None:
            continue
        if place and not of_place(entry, place, places):
            continue
        if issued_in and not (entry.date and entry.date in issued_in):
            continue
        if issuer == OWN:
            if not entry.own_source and entry.issuer not in own_issuers:
                continue
        elif (issuer and not issued_by(entry, issuer, department)) or (
            bodies and fold(entry.issuer or "") not in bodies
        ):
            continue
        if still and life.ended_by(now) is not None:
            continue
        if temporary and not (
            _TEMPORARY_TITLE.search(fold(entry.subject or ""))
            or any(e.type in ("expired", "suspended") for e in life.events)
        ):
            continue  # asked only the temporary ones: a pilot, a rule "tạm thời", one paused
        if pilots and not _PILOT_TITLE.search(fold(entry.subject or "")):
            continue
        if limited and (_PILOT_ASKED.search(folded) or _PAUSE_ASKED.search(folded)):
            # "a pilot that ran until an end date, or a rule paused": those kinds of time
            pilot = _PILOT_ASKED.search(folded) and _PILOT_TITLE.search(fold(entry.subject or ""))
            paused = _PAUSE_ASKED.search(folded) and any(
                e.type == "suspended" for e in life.events
            )
            if not (pilot or paused):
                continue
        # and the ends already signed that take effect after now, told as coming ("sẽ có
        # hiệu lực từ ngày 01/12/2026"): the archive's last word on them
        # (a term still running is no end signed)
        signed = [
            e
            for e in life.events
            if not e.by_on(now) and e.by_date and e.by_date <= now and e.type != "expired"
        ]
        # a suspension of the years asked counts though lifted since ("bị tạm dừng trong năm
        # 2025": what happened then)
        lifted = [
            e
            for e in life.events
            if suspended and years and e.type == "suspended" and (e.date or "9") <= now
        ]
        held = life.events_by(now)
        if limited:
            held = [e for e in life.events if e.type in ("expired", "suspended")]
        ended = [
            e
            for e in [
                *held,
                *(e for e in lifted if e not in held),
                *([] if still or parsed.as_of else signed),
            ]
            if (
                e.type in _CHANGES
                if changed_only
                else (
                    e.whole
                    or limited
                    or (partly and e.type in _PARTIAL_ENDS)
                    or (changes_too and e.type in _CHANGES)
                    or (suspended and e.type == "suspended")
                )
            )
            and (not years or (e.date or "")[:4] in years)
            and (day is None or e.date == day)
            and (since is None or (e.date or "") >= since)
            and (kinds is None or limited or e.type in kinds)
            and (not withdrawn or _WITHDRAWAL.search(fold(e.evidence.get("quote") or "")))
        ]
        # an extension of its time rewrites an article of it ("Gia hạn thời gian thí điểm
        # …"): asked what was amended, it was (writers of the archives' truths count it so)
        extended = [
            (acting, st)
            for acting, st in (lives.extensions_of(entry, now) if changed_only else [])
            if not years or ((acting.date if acting else "") or "")[:4] in years
        ]
        if not ended and not extended:
            continue
        said = "; ".join(
            dict.fromkeys(
                [
                    *(_event_line(e, en, past=e.by_on(now))[2:-1] for e in ended),
                    *(_extension_line(acting, st, en)[2:-1] for acting, st in extended),
                ]
            )
        )
        lines.append(f"{len(lines) + 1}. {document_phrase(entry)}: {said}.")
        acts += ended
        listed.append(entry.key)
        if withdrawn and _REISSUED_ASKED.search(folded):
            again = _reissued(entry, lives)
            if again is not None and again.key not in listed:
                label = _REISSUE_LABEL["en" if en else "vi"]
                lines.append(f"{len(lines) + 1}. {document_phrase(again)} {label}")
                listed.append(again.key)
                reissues += 1
    if not lines:
        return _nothing(parsed, en)
    count = len(lines) - reissues
    lines += _acting_lines(acts, lives, listed, folded, en)
    year = years_text(ending_years, parsed.language)
    if withdrawn:
        what = "withdrawn" if en else "đã bị thu hồi"
        if _REISSUED_ASKED.search(folded):
            what += (
                " (with what was issued again in place of each)"
                if en
                else " (kèm văn bản ban hành lại thay văn bản đó)"
            )
    elif changed_only:
        what = (
            "amended or partly repealed" if en else "đã được sửa đổi, bổ sung hoặc bãi bỏ một phần"
        )
    elif limited:
        what = "applied only for a time" if en else "chỉ áp dụng có thời hạn"
    elif kinds == ("expired",):
        what = "whose stated term ran out" if en else "đã hết thời hạn áp dụng"
    else:
        what = (
            ("replaced, repealed or ended" + (" in whole or in part" if partly else ""))
            if en
            else "đã được thay thế, bãi bỏ hoặc hết hiệu lực"
            + (" toàn bộ hoặc một phần" if partly else "")
        )
    lead = (
        f"The archive records {_documents(count)} {what}"
        + (f" in {year}" if year else f" (as of {vn_date(now)})")
        + ":"
        if en
        else f"Theo kho tài liệu, có {count} văn bản {what}"
        + (f" trong năm {year}" if year else f" (tính đến ngày {vn_date(now)})")
        + ":"
    )
    return "\n".join([lead, *lines])


# A withdrawal asked, and what withdrew (folded): "đã bị thu hồi", "were withdrawn"; a
# re-issue asked beside it: "… và ban hành lại", "withdrawn and re-issued".
_WITHDRAWN_ASKED = re.compile(r"\bthu hoi\b|\bwithdr[ae]wn?\b")
_OTHER_ENDS = re.compile(
    r"\b(?:bai bo|huy bo|thay the|het hieu luc|sua doi|repeal\w*|replac\w*|amend\w*|ended)\b"
)
_WITHDRAWAL = re.compile(r"\bthu hoi\b|\bwithdr")
_REISSUE_LABEL = {
    "en": "(issued again in its place)",
    "vi": "(ban hành lại thay văn bản bị thu hồi)",
}
_REISSUED_ASKED = re.compile(r"\bban hanh lai\b|\bre-?issued?\b|\breissu")


def _reissued(entry: RegistryEntry, lives: Lives) -> RegistryEntry | None:
    """The document issued again in place of a withdrawn ``entry``: of its issuer and
    type, the first issued after it whose trích yếu is the same."""
    subject = fold(entry.subject or "")
    if not subject or not entry.date:
        return None
    later = sorted(
        (
            e
            for e in lives.registry.entries()
            if e.key != entry.key
            and e.code == entry.code
            and e.issuer == entry.issuer
            and (e.date or "") >= entry.date
            and fold(e.subject or "") == subject
        ),
        key=lambda e: (e.date or "", e.ident),
    )
    return later[0] if later else None


# "đã được sửa đổi, bổ sung", "amended": changes short of an end; "thay thế", "hết hiệu lực",
# "replaced": ends. Folded text.
_CHANGED = re.compile(r"\b(sua doi|bo sung|dieu chinh|amend\w*|modif\w*|adjust\w*)\b")
_WHOLE_END = re.compile(
    r"\b(thay the|het hieu luc|replac\w*|supersed\w*|no longer)\b"
    # ("bãi bỏ hoặc điều chỉnh": both; "sửa đổi … hoặc bãi bỏ một phần": changes only)
    r"|\b(?:bai bo|huy bo)\b(?!\s+(?:mot\s+(?:phan|dieu|khoan|so)|dieu|khoan))"
    r"|\brepeal\w*\b(?!\s+(?:in part|an? (?:article|part|clause)))"
)
_CHANGES = ("amended", "partly_repealed", "partly_replaced")
# "những quyết định nào của Sở Tư pháp đã hết hiệu lực": the department's own (lower case,
# with diacritics: "sở" is not "số").
_OF_DEPARTMENT = re.compile(
    r"\b(?:quyết định|văn bản|quy chế|kế hoạch|công văn)(?:\s+nào)?\s+(?:do\s+|của\s+)"
    r"(?:chính\s+|bản\s+thân\s+)?sở\b"
    # "decisions of the former Ban Dân tộc" (a department named: ``department_named``)
    r"|\b(?:decisions|documents|rules|plans|letters)\s+of\s+the\s+(?:former\s+|old\s+)?sở\b"
    # the archive's own Ban named bare: "the Ban's own decisions", "các QĐ của Ban"
    r"|\bthe ban['’]s\b|\b(?:quyết định|văn bản|quy chế|kế hoạch|công văn)(?:\s+nào)?\s+"
    r"(?:do|của)\s+ban(?=\s*(?:$|[(,.;?]|\s+(?:đã|bị|được|nào|trước|từ|năm|trong)\b))"
)


# "đã ký nhưng chưa có hiệu lực", "not yet in force": signed, in force only later. Folded.
_PENDING = re.compile(
    r"\bchua\s+(?:co\s+)?(?:hieu luc|ap dung|thi hanh)\b"
    r"|\bnot\s+yet\s+(?:in force|in effect|effective|applied)\b|\bnot\s+in\s+force\s+yet\b"
    r"|\byet\s+to\s+(?:take effect|come into force|come into effect)\b"
)


# Documents signed in one year that take effect in a later one: "Văn bản nào ký năm 2024 nhưng
# đến 2025 mới có hiệu lực", "signed in 2024 but only in force from 2025". Folded.
_LATE_START = re.compile(
    r"\bky\b[^?]*\b(?:nhung|ma)\b[^?]*\b(?:moi|bat dau)\s+co hieu luc\b"
    r"|\bsigned\b[^?]*\b(?:but|only)\b[^?]*\b(?:effective|in force|take effect|took effect)\b"
)
# … in force only from a later year: a year named ("ký năm 2024 nhưng từ năm 2025 mới có hiệu
# lực") or the next one; without, a later day ("ký trước nhưng đến một ngày sau mới có hiệu
# lực") is asked, as ``fit.asked_effect`` reads it.
_A_LATER_YEAR = re.compile(
    r"\b(?:19|20)\d\d\b|\bnam\s+sau\b|\bsang\s+nam\b|\b(?:next|following|later)\s+year\b"
)
# Documents asked of in general words: "VB", "văn bản", "quyết định", "documents".
_DOCUMENTS = re.compile(r"\b(?:vb|van ban|quyet dinh|qd|ke hoach|kh|documents?|decisions?|rules)\b")


def _late_start_list(parsed: ParsedQuestion, lives: Lives) -> str:
    """Documents signed in one year (the first the question names) that take effect in a
    later one (the second, if named), each with both days."""
    en = parsed.language == "en"
    years = sorted(parsed.years)
    signed = str(years[0]) if years else None
    start = str(years[-1]) if len(years) > 1 else None
    lines: list[str] = []
    for entry in _asked(replace(parsed, years=()), lives):
        life = lives.life(entry)
        effective = life.effective if life else None
        if not (entry.date and effective and entry.date[:4] < effective[:4]):
            continue
        if (signed and entry.date[:4] != signed) or (start and effective[:4] != start):
            continue
        lines.append(
            f"{len(lines) + 1}. {document_phrase(entry)}: "
            + (
                f"signed {vn_date(entry.date)}, in force from {vn_date(effective)}."
                if en
                else f"ký ngày {vn_date(entry.date)}, có hiệu lực từ ngày {vn_date(effective)}."
            )
        )
    if not lines:
        return _nothing(parsed, en)
    lead = (
        f"The archive records {_documents(len(lines))} in force only from a later year:"
        if en
        else f"Theo kho tài liệu, có {len(lines)} văn bản ký năm trước, có hiệu lực từ năm sau:"
    )
    return "\n".join([lead, *lines])


def _pending_list(parsed: ParsedQuestion, lives: Lives) -> str:
    """Documents signed by the archive's present (its latest own document's date, or
    today) that take effect after it, each with the date it does."""
    en = parsed.language == "en"
    present = now_of(lives)
    lines: list[str] = []
    for entry in _asked(parsed, lives):
        life = lives.life(entry)
        effective = life.effective if life else None
        if not (entry.date and effective and entry.date <= present < effective):
            continue
        when = vn_date(effective)
        lines.append(
            f"{len(lines) + 1}. {document_phrase(entry)}: "
            + (f"in force from {when}." if en else f"có hiệu lực từ ngày {when}.")
        )
    if not lines:
        return _nothing(parsed, en)
    many = len(lines) > 1
    lead = (
        f"As of {vn_date(present)} (the archive's latest document), {len(lines)} document"
        + ("s were" if many else " was")
        + " signed but not yet in force:"
        if en
        else f"Tính đến ngày {vn_date(present)} (văn bản mới nhất của kho), có {len(lines)}"
        " văn bản đã ký nhưng chưa có hiệu lực:"
    )
    return "\n".join([lead, *lines])


def _issuer_of_list(parsed: ParsedQuestion) -> str | None:
    """Whose documents a list of ended or changed ones is about: the issuer the question
    names, the department for "quyết định nào của Sở …", or the archive's own bodies for
    "the district's documents" (``OWN``)."""
    issuer = asked_issuer(parsed.clean)
    if issuer is None and _OF_DEPARTMENT.search(department_named(parsed.clean).lower()):
        return "SO"
    if issuer is None and _OF_OWN.search(parsed.clean.lower()):
        return OWN
    return issuer


# "the district's documents", "our documents", "văn bản của huyện": those of the bodies
# whose files the archive holds (not a decree or a province's decision they cite).
OWN = "OWN"
_OF_OWN = re.compile(
    r"\b(?:the\s+)?(?:district|department|agency|province|commune|city|town)['’]s\b|\bour\b"
    r"|\bcủa (?:chúng tôi|chúng ta|mình|đơn vị)\b"
    r"|\b(?:văn bản|quyết định|quy chế)(?:\s+nào)?\s+(?:do\s+|của\s+)(?:huyện|xã|thị xã)\b"
)


# A body named by its kind and name, after "của" ("của Ban Dân tộc và Ban Tôn giáo trước
# đây"): its name runs to a joining or time word, or the end.
_BODY_NAMED = re.compile(
    r"\b(?:Ban|Sở|Trung tâm|Chi cục|Văn phòng)\s+\w+(?:\s+(?!và\b|hoặc\b|trước\b|cũ\b|đã\b"
    r"|bị\b|được\b|trong\b|năm\b|từ\b|nay\b|hiện\b)\w+)*"
)


def _bodies_named(clean: str, lives: Lives) -> frozenset[str]:
    """The symbol issuers (folded) of the bodies a question names after its last "của", by
    their initials ("Ban Dân tộc" → ``bdt``), when the archive holds documents of each; empty
    when it names none so."""
    at = clean.rfind("của ")
    if at < 0:
        return frozenset()
    held = {fold(e.issuer) for e in lives.registry.entries() if e.issuer}
    named = {
        "".join(word[0] for word in fold(m.group()).split())
        for m in _BODY_NAMED.finditer(clean, at)
    }
    return frozenset(named) if named and named <= held else frozenset()


def _own_issuers(lives: Lives) -> set[str]:
    """The symbol issuers of the archive's own files (``UBND``, ``PNV``)."""
    return {e.issuer for e in lives.registry.entries() if e.own_source and e.issuer}


def _nothing(parsed: ParsedQuestion, en: bool) -> str:
    if en:
        return "The archive records no such document."
    return "Kho tài liệu không ghi nhận văn bản nào như vậy."


_ACT_WORDS = {
    "amends": ("sửa đổi, bổ sung", "amends"),
    "replaces": ("thay thế", "replaces"),
    "repeals": ("bãi bỏ", "repeals"),
    "terminates": ("chấm dứt hiệu lực của", "ends"),
    "suspends": ("tạm dừng", "suspends"),
}


def _named(parsed: ParsedQuestion, lives: Lives) -> list[RegistryEntry]:
    """The documents the question names, one per number (its own file preferred)."""
    found: dict[str, RegistryEntry] = {}
    for e in lives.registry.lookup(parsed.clean):
        best = found.get(e.key)
        if best is None or (e.own_source and not best.own_source):
            found[e.key] = e
    return list(found.values())


def _status(entry: RegistryEntry, life: Life, lives: Lives, en: bool) -> str:
    now = now_of(lives)
    status = life.status(now)
    said = _EN_STATUS[status] if en else VI_STATUS[status]
    head = (
        f"{document_phrase(entry)}: {said} (as of {vn_date(now)})."
        if en
        else f"{document_phrase(entry)}: {said} (tính đến ngày {vn_date(now)})."
    )
    lines = [head, _effective_line(life, en)]
    for e in _unmooted(life.events):
        lines.append(_event_line(e, en, past=e.by_on(now)))
    return "\n".join(line for line in lines if line)


def _unmooted(events: Sequence[Event]) -> list[Event]:
    """``events`` without a stated term running out after an act had ended the document in
    whole (a plan repealed on 01/4/2026 does not also lapse on 31/12/2026)."""
    acted = [e.date for e in events if e.lasting and e.type != "expired" and e.date]
    if not acted:
        return list(events)
    return [e for e in events if e.type != "expired" or not e.date or e.date <= min(acted)]


def _replaced_by(entry: RegistryEntry, life: Life, lives: Lives, en: bool) -> str:
    # a suspension replaces nothing: it is told among the other events
    enders = [e for e in _unmooted(life.events) if e.lasting]
    now = now_of(lives)
    if not enders:
        lead = (
            f"The archive records no document replacing {document_phrase(entry)}."
            if en
            else f"Kho tài liệu không ghi nhận văn bản nào thay thế {document_phrase(entry)}."
        )
        return "\n".join([lead] + [_event_line(e, en, past=e.by_on(now)) for e in life.events])
    lead = (
        f"{document_phrase(entry)} was replaced or ended by:"
        if en
        else f"{document_phrase(entry)} đã được thay thế, bãi bỏ bởi:"
    )
    return "\n".join([lead] + [_event_line(e, en, past=e.by_on(now)) for e in enders])


def _suspended_by(
    entry: RegistryEntry, life: Life, lives: Lives, en: bool, *, restored: bool = False
) -> str:
    """What suspended ``entry`` (or a part), from when, and what lifted it and when; asked
    what restored it (``restored``), the lifting documents first."""
    held = [e for e in life.events if e.type == "suspended"]
    now = now_of(lives)
    lifted = [e for e in held if e.lifted and e.lifted_by]
    if restored and lifted:
        lines = []
        for e in lifted:
            lifter = lives.entry(e.lifted_by or "")
            name = document_phrase(lifter) if lifter is not None else e.lifted_by
            part = f" ({e.scope})" if e.scope else ""
            lines.append(
                f"- {name}: {document_phrase(entry)}{part} in force again from "
                f"{vn_date(e.lifted)} ({_where(e.evidence, en)})."
                if en
                else f"- {name}: {document_phrase(entry)}{part} có hiệu lực trở lại từ ngày "
                f"{vn_date(e.lifted)} (tạm ngưng từ ngày {vn_date(e.date)} theo văn bản số "
                f"{e.by}; {_where(e.evidence, en)})."
            )
        lead = "Restored by:" if en else "Văn bản khôi phục hiệu lực:"
        return "\n".join([lead, *lines])
    if not held:
        return (
            f"The archive records no document suspending {document_phrase(entry)}."
            if en
            else f"Kho tài liệu không ghi nhận văn bản nào tạm ngưng hiệu lực "
            f"{document_phrase(entry)}."
        )
    lead = (
        f"{document_phrase(entry)} was suspended by:"
        if en
        else f"{document_phrase(entry)} đã bị tạm ngưng hiệu lực bởi:"
    )
    return "\n".join([lead] + [_event_line(e, en, past=e.by_on(now)) for e in held])


# Which of several documents were ended, asked first (folded): "which of the health
# department's regulations was amended or replaced during 2023, and by which decisions?"
_WHICH_ENDED = re.compile(
    r"\s*(?:which|what)\s+(?:of\s+(?:the\s+)?)?(?:[\w']+\s+){0,4}?(?:documents|regulations|rules"
    r"|decisions|plans)\s+(?:was|were|have been|has been|had been|got)\s+(?:\w+\s+){0,3}?"
    r"(?:amended|replaced|repealed|superseded|annulled|revoked)\b"
)


# The acting documents asked for beside those they acted on (folded): "which documents were
# repealed, and which decisions repealed them?", "… and by which decisions?", "I need both
# the old ones and the ones that replaced them", "which replaced which", "… và bằng văn bản
# nào".
_ASKS_ACTING = re.compile(
    r"\band\s+(?:by\s+)?(?:wh?ich|what)\b|\bwhich\s+replaced\s+which\b"
    r"|\b(?:ones|those|documents?|decisions?)\s+that\s+(?:replaced|repealed|amended|superseded"
    r"|ended|suspended|annulled)\s+them\b"
    r"|\bva\s+(?:duoc\s+|bi\s+)?(?:\w+\s+){0,2}?(?:bang|boi)\s+(?:nhung\s+|cac\s+)?"
    r"(?:van ban|vb|quyet dinh|qd)\s+nao\b"
    # "…, bằng văn bản nào?", "…, by which documents?"
    r"|,\s*(?:bang|boi|by)\s+(?:nhung\s+|cac\s+)?(?:van ban|vb|quyet dinh|qd|which|what)\b"
    # "… đã bị thay thế qua những QĐ nào": the chain, each link
    r"|\b(?:thay the|sua doi|bai bo)\s+qua\s+(?:nhung\s+|cac\s+)?(?:van ban|vb|quyet dinh|qd"
    r"|lan)\b"
)


# What leads the day ends are counted from: "sau khi … từ 01/7/2025", "kể từ 01/7/2025",
# "since 01/7/2025" (folded; for ``day_named``).
_SINCE_LEAD = r"\b(?:sau khi\b.{0,80}?\btu|ke tu|since)\s+(?:ngay\s+)?"


def _acting_lines(
    acts: Sequence[Event], lives: Lives, listed: Sequence[str], folded: str, en: bool
) -> list[str]:
    """When the question asks for them too (``_ASKS_ACTING``), the documents that did the
    acts ``acts`` tell, each once and not among those ``listed`` (keys), numbered after
    them; else none."""
    if not _ASKS_ACTING.search(folded):
        return []
    out: list[str] = []
    seen = set(listed)
    for e in acts:
        entry = lives.registry.find(e.by, date=e.by_date) if e.by else None
        if entry is None or entry.key in seen:
            continue
        seen.add(entry.key)
        out.append(f"{len(listed) + len(out) + 1}. {document_phrase(entry)}")
    if not out:
        return []
    head = "The documents that did so:" if en else "Các văn bản đã làm việc đó:"
    return [head, *out]


def _suspended_list(parsed: ParsedQuestion, lives: Lives) -> str:
    """The documents suspended (in whole or in part): on the day the question names, those
    suspended then; else every suspension the archive records, by the years asked."""
    en = parsed.language == "en"
    folded = fold(parsed.clean)
    day = parsed.at or day_named(folded, _ENDING_DAY_LEAD)
    years = {str(y) for y in parsed.years} if day is None else set()
    lines: list[str] = []
    acts: list[Event] = []
    listed: list[str] = []
    for entry in _on_topic(parsed, _asked(replace(parsed, years=(), codes=()), lives), lives):
        life = lives.life(entry)
        if life is None:
            continue
        held = [
            e
            for e in life.events
            if e.type == "suspended"
            and (day is None or e.holds_on(day))
            and (not years or (e.date or "")[:4] in years)
        ]
        if held:
            said = "; ".join(_event_line(e, en, past=True)[2:-1] for e in held)
            lines.append(f"{len(lines) + 1}. {document_phrase(entry)}: {said}.")
            acts += held
            listed.append(entry.key)
    if not lines:
        return _nothing(parsed, en)
    count = len(lines)
    lines += _acting_lines(acts, lives, listed, folded, en)
    when = f" on {vn_date(day)}" if en and day else (f" ngày {vn_date(day)}" if day else "")
    lead = (
        f"The archive records {_documents(count)} suspended{when}:"
        if en
        else f"Theo kho tài liệu, có {count} văn bản bị tạm ngưng hiệu lực{when}:"
    )
    return "\n".join([lead, *lines])


def _corrected_list(parsed: ParsedQuestion, lives: Lives) -> str:
    """The documents a đính chính corrected (of the types and issue years asked), each with
    what corrected it; a correction changes nothing in force."""
    en = parsed.language == "en"
    years = set(parsed.years)
    lines: list[str] = []
    for entry in sorted(lives.registry.entries(), key=lambda e: (e.date or "", e.ident)):
        if parsed.codes and (entry.code or "CV") not in parsed.codes:
            continue
        if years and entry.year not in years:
            continue
        by = []
        for s in lives.acts_on(entry):
            if s.relation.mode != CORRECTION:
                continue
            found = lives.entry(s.relation.source)
            name = document_phrase(found) if found is not None else s.relation.source
            if name not in by:
                by.append(name)
        if by:
            said = ("corrected by " if en else "đính chính bởi ") + "; ".join(by)
            lines.append(f"{len(lines) + 1}. {document_phrase(entry)}: {said}.")
    if not lines:
        return _nothing(parsed, en)
    count = len(lines)
    lead = (
        f"The archive records {_documents(count)} corrected:"
        if en
        else f"Theo kho tài liệu, có {count} văn bản đã được đính chính:"
    )
    return "\n".join([lead, *lines])


def _corrected_by(entry: RegistryEntry, life: Life, lives: Lives, en: bool) -> str:
    """The corrections (đính chính) of ``entry``: which document corrected what, and where
    it says so; a correction changes nothing in force, so its life tells none."""
    told: dict[str, Statement] = {}
    for s in lives.acts_on(entry):
        if s.relation.mode != CORRECTION:
            continue
        by = lives.entry(s.relation.source)
        key = by.ident if by is not None else s.relation.source
        # the correction's own article (it names the part corrected) before its subject line
        if key not in told or _rank(s) > _rank(told[key]):
            told[key] = s
    if not told:
        return (
            f"The archive records no correction of {document_phrase(entry)}."
            if en
            else f"Kho tài liệu không ghi nhận văn bản nào đính chính {document_phrase(entry)}."
        )
    lines = []
    for i, s in enumerate(told.values(), 1):
        by = lives.entry(s.relation.source)
        name = document_phrase(by) if by is not None else s.relation.source
        part = s.relation.target_scope
        what = (f" ({part})" if part else "") if en else (f": đính chính {part}" if part else "")
        lines.append(f"{i}. {name}{what} ({_where(s.evidence(), en)})")
    lead = (
        f"{document_phrase(entry)} was corrected by:"
        if en
        else f"{document_phrase(entry)} đã được đính chính bởi:"
    )
    return "\n".join([lead, *lines])


def _rank(s: Statement) -> tuple[bool, bool]:
    """How well a statement tells an act: with the part acted on, in an article."""
    return (bool(s.relation.target_scope), bool(s.section))


def _amended_by(entry: RegistryEntry, life: Life, lives: Lives, en: bool) -> str:
    changes = [e for e in life.events if not e.whole]
    enders = [e for e in life.events if e.whole]
    if not changes:
        lead = (
            f"The archive records no amendment of {document_phrase(entry)}."
            if en
            else "Kho tài liệu không ghi nhận văn bản nào sửa đổi, bổ sung "
            f"{document_phrase(entry)}."
        )
    else:
        lead = (
            f"{document_phrase(entry)} was amended or partly repealed by:"
            if en
            else f"{document_phrase(entry)} đã được sửa đổi, bổ sung hoặc bãi bỏ một phần bởi:"
        )
    now = now_of(lives)
    lines = [lead] + [_event_line(e, en, past=e.by_on(now)) for e in changes + enders]
    return "\n".join(lines)


def _based_on(entry: RegistryEntry, life: Life, lives: Lives, en: bool) -> str:
    grounds = [s for s in lives.acts_of(entry) if s.relation.type == "based_on"]
    if not grounds:
        if en:
            return f"The archive does not show what {document_phrase(entry)} is based on" + (
                "." if entry.own_source else " (it holds no copy of the document itself)."
            )
        return f"Kho tài liệu không ghi phần căn cứ của {document_phrase(entry)}" + (
            "." if entry.own_source else " (kho không có bản văn bản này)."
        )
    lead = (
        f"{document_phrase(entry)} is based on:"
        if en
        else f"{document_phrase(entry)} căn cứ vào các văn bản:"
    )
    return "\n".join([lead, *_numbered(grounds, lives, en)])


def _numbered(
    statements: list[Statement], lives: Lives, en: bool, *, scoped: bool = False
) -> list[str]:
    """``1. <the document acted on> (<where it is said>)``, once each (``scoped``: with the
    part acted on)."""
    lines: list[str] = []
    seen: set[str] = set()
    for s in statements:
        named = _target_phrase(s, lives)
        if named in seen:
            continue
        seen.add(named)
        scope = f" ({s.relation.target_scope})" if scoped and s.relation.target_scope else ""
        lines.append(f"{len(seen)}. {named}{scope} ({_where(s.evidence(), en)})")
    return lines


def _acted_on(types: tuple[str, ...], vi: str, en_word: str) -> Answer:
    """The answer listing the documents a named one acted on by ``types``."""

    def answer(entry: RegistryEntry, life: Life, lives: Lives, en: bool) -> str:
        acts = [s for s in lives.acts_of(entry) if act_type(s.relation) in types]
        if not acts:
            return (
                f"The archive records no document that {document_phrase(entry)} {en_word}."
                if en
                else f"Kho tài liệu không ghi nhận văn bản nào được {document_phrase(entry)} {vi}."
            )
        lead = f"{document_phrase(entry)} {en_word}:" if en else f"{document_phrase(entry)} {vi}:"
        return "\n".join([lead, *_numbered(acts, lives, en, scoped=True)])

    return answer


Answer = Callable[[RegistryEntry, Life, Lives, bool], str]
_ANSWERS: dict[str, Answer] = {
    "suspended_by": _suspended_by,
    "corrected_by": _corrected_by,
    "status": _status,
    "replaced_by": _replaced_by,
    "amended_by": _amended_by,
    "based_on": _based_on,
    "replaces": _acted_on(("replaces",), "thay thế", "replaced"),
    "ends": _acted_on(
        ("replaces", "repeals", "terminates"), "thay thế, bãi bỏ", "replaced or ended"
    ),
    "amends": _acted_on(("amends",), "sửa đổi, bổ sung", "amended"),
}


def _effective_line(life: Life, en: bool) -> str:
    if not life.effective:
        return ""
    date = vn_date(life.effective)
    claims = life.effective_claims
    if life.effective_basis == "issue_date_assumed":
        return (
            f"- In force from its date of issue, {date} (the archive gives no other date)."
            if en
            else f"- Có hiệu lực từ ngày ban hành {date} (kho tài liệu không ghi ngày khác)."
        )
    where = f" ({_where(claims[0], en)})" if claims else ""
    line = f"- In force from {date}{where}." if en else f"- Có hiệu lực từ ngày {date}{where}."
    for conflict in life.conflicts:
        line += f"\n- ⚠ {conflict}"
    return line


def _event_line(e: Event, en: bool, *, past: bool) -> str:
    """``- Đã được thay thế bởi Quyết định số … ngày …, từ ngày … (nguồn: …).``"""
    if e.type == "expired":
        # no act: its stated term ran out
        if en:
            text = f"- Its stated term {'ended' if past else 'ends'} on {vn_date(e.until)}"
        else:
            text = f"- {'Đã' if past else 'Sẽ'} {e.vi()}, từ ngày {vn_date(e.date)}"
        return f"{text} ({_where(e.evidence, en)})."
    acting = _acting_name(e.by_kind, e.by, e.by_date)
    scope = f" ({e.scope})" if e.scope else ""
    when = vn_date(e.date) or "?"
    if en:
        what = e.type.replace("_", " ")
        text = f"- {what.capitalize()}{scope} by {acting}, {'since' if past else 'from'} {when}"
    else:
        tense = "từ ngày" if past else "sẽ có hiệu lực từ ngày"
        text = f"- Đã {VI_EVENT.get(e.type, e.type)}{scope} bởi {acting}, {tense} {when}"
    if e.lifted:  # a suspension lifted: in force again
        back = vn_date(e.lifted)
        by = f" under {e.lifted_by}" if en else f" theo văn bản số {e.lifted_by}"
        by = by if e.lifted_by and e.lifted_by != e.by else ""
        text += (
            f"; in force again from {back}{by}"
            if en
            else f"; có hiệu lực trở lại từ ngày {back}{by}"
        )
    return f"{text} ({_where(e.evidence, en)})."


def _acting_name(kind: str | None, ident: str, date: str | None) -> str:
    """``Quyết định số 112/QĐ-STTTT ngày 26/9/2022`` (the kind and a full date when known)."""
    name = f"{kind} số {ident}" if kind else ident
    if date and len(date) == 10:
        name += f" ngày {vn_date(date)}"
    return name


def _extension_line(acting: RegistryEntry | None, st: Statement, en: bool) -> str:
    """``- Đã được gia hạn thời gian thực hiện bởi Quyết định số … ngày … (nguồn: …).``"""
    if acting is not None:
        by = _acting_name(acting.kind or "Văn bản", acting.ident, acting.date)
    else:
        by = st.relation.source
    evidence = st.evidence()
    if en:
        return f"- Its time extended by {by} ({_where(evidence, en)})."
    return f"- Đã được gia hạn thời gian thực hiện bởi {by} ({_where(evidence, en)})."


def _where(evidence: dict, en: bool) -> str:
    """``nguồn: qd-2000.txt, p. 1, Điều 2: «…»``."""
    quote = (evidence.get("quote") or "").strip()
    if len(quote) > MAX_QUOTE:
        quote = quote[:MAX_QUOTE].rsplit(" ", 1)[0] + " …"
    label = "source" if en else "nguồn"
    locator = f", {evidence['locator']}" if evidence.get("locator") else ""
    said = f": «{quote}»" if quote else ""
    return f"{label}: {evidence.get('source') or '?'}{locator}{said}"


def _target_phrase(s: Statement, lives: Lives, *, short: bool = False) -> str:
    """The document a statement acts on, named as the registry has it (``short``: kind,
    number and date, without the subject)."""
    r = s.relation
    if r.target:
        entry = lives.entry(r.target, r.target_date)
        if entry is not None and short:
            date = f" ngày {vn_date(entry.date)}" if entry.date and len(entry.date) == 10 else ""
            return f"{entry.kind or 'Văn bản'} số {entry.ident}{date}"
        if entry is not None:
            return document_phrase(entry)
        return r.target
    date = f" ngày {vn_date(r.target_date)}" if r.target_date else ""
    return f"{r.target_title or '?'}{date}"
