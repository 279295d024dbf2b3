"""The verbs of a statement, and what each acts on: the documents after it, the parts
named with them, and the lead-in clauses (`Thực hiện Kế hoạch số …, Sở …`) whose acting
document is in the main clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.archive import relation_patterns as rp
from assistant.archive.relation_text import Ref, Unit


@dataclass
class Verb:
    """A relation verb found in a statement."""

    type: str
    passive: bool
    start: int
    end: int
    by: bool = False


# (type, pattern, passive): passive forms first, so that `được sửa đổi` is not read active.
VERBS = (
    ("amends", rp.AMEND_PASSIVE_RE, True),
    ("amends", rp.EXTEND_PASSIVE_RE, True),
    ("amends", rp.EXTEND_STATE_RE, True),
    ("replaces", rp.REPLACE_PASSIVE_RE, True),
    ("repeals", rp.REPEAL_PASSIVE_RE, True),
    ("suspends", rp.SUSPEND_PASSIVE_RE, True),
    ("suspends", rp.SUSPEND_STATE_RE, True),
    ("corrects", rp.CORRECT_PASSIVE_RE, True),
    ("amends", rp.AMEND_RE, False),
    ("amends", rp.EXTEND_RE, False),
    ("replaces", rp.REPLACE_RE, False),
    ("repeals", rp.REPEAL_RE, False),
    ("suspends", rp.SUSPEND_RE, False),
    ("corrects", rp.CORRECT_RE, False),
    ("terminates", rp.TERMINATE_RE, False),
    ("guides", rp.GUIDE_RE, False),
    ("implements", rp.IMPLEMENT_RE, False),
    ("based_on", rp.BASIS_RE, False),
)


def verbs_in(text: str, unit: Unit) -> list[Verb]:
    """The relation verbs of a statement, passive forms hiding the active words inside them."""
    found: list[Verb] = []
    if not rp.ANY_VERB_RE.search(text, unit.content, unit.end):
        return found
    for type_, pattern, passive in VERBS:
        for m in pattern.finditer(text, unit.content, unit.end):
            if any(v.start <= m.start() < v.end or m.start() <= v.start < m.end() for v in found):
                continue
            by = passive and bool(m.groupdict().get("by"))
            found.append(Verb(type_, passive, m.start(), m.end(), by))
    return sorted(found, key=lambda v: v.start)


# Other verbs of a list of verbs, skipped before the object: `Bãi bỏ, sửa đổi, bổ sung một số điều`.
_OTHER_VERBS = re.compile(r"(?:\s*,\s*(?i:sửa đổi(?:\s*,?\s*bổ sung)?|bổ sung|bãi bỏ|thay thế))+")
# Between two coordinated documents: `…, Luật số 35/2018/QH14 và Luật số 61/2020/QH14`.
_COORD_END = re.compile(
    rf"(?:,|;|\bvà|\bhoặc)\s*(?:(?:{rp.SCOPE_LIST_RE.pattern})\s*(?:của|tại)?\s*)?"
    # `…: số 968/QĐ-UBND ngày 16/6/2023, số 1540/QĐ-UBND …`
    r"(?:số\s*)?$"
)
_MAX_GAP = 300
# Where an added part goes: `khoản 4 vào Điều 8`, `vào sau khoản 2 Điều 8`.
_INTO_ARTICLE = re.compile(r"\s+vào\s+(?:sau\s+|cuối\s+)?(?:khoản\s+\d+\s+)?(Điều\s+\d+[a-z]?)")
_LEADING = re.compile(
    r"\s*(?:(?:có hiệu quả|hiệu quả|tốt|nghiêm túc|đầy đủ)\s+)?(?:cho|toàn bộ|các|tên)?\s*"
)
_BLANKS = re.compile(r"\s*")
_AND_VERB = re.compile(r"\s*,?\s*và\s+")
_SAID_OF_PART = re.compile(
    rf"\s*\([^()\n]{{0,80}}\)(?=\s*(?:,\s*)?(?:của|tại|thuộc|trong)\s|\s*(?:{rp.INSTRUMENTS_ANY})\s)"
)


def object_of(text: str, unit: Unit, pos: int, verbs: list[Verb]) -> tuple[list[Ref], str | None]:
    """The documents a verb acts on, and the part named before the first, as written.

    ``Bãi bỏ khoản 3 và khoản 4 Điều 19 của Luật Thủ đô số 25/2012/QH13`` →
    ``([Luật Thủ đô …], "khoản 3 và khoản 4 Điều 19")``.
    """
    m = _OTHER_VERBS.match(text, pos, unit.end)
    pos = m.end() if m else pos
    pos = _skip(text, pos, unit.end, _LEADING)
    scope: str | None = None
    listed = False
    written = rp.SCOPE_LIST_RE.match(text, pos, unit.end)
    if written and written.group().strip():
        scope, pos = " ".join(written.group().split()), written.end()
        into = _INTO_ARTICLE.match(text, pos, unit.end)
        if into and "Điều" not in scope:  # `Bổ sung khoản 4 vào Điều 8`: that article's
            scope, pos = f"{scope} {into.group(1)}", into.end()
        # `Mục II Phần I (lĩnh vực gia đình, 08 thủ tục) của Danh mục …`
        said = _SAID_OF_PART.match(text, pos, unit.end)
        pos = said.end() if said else pos
        # `Sửa đổi khoản 2 Điều 5 và bãi bỏ Điều 12 của Quy chế …`: one document for both
        if (later := _verb_joined(text, unit, pos, verbs)) is not None:
            return object_of(text, unit, later.end, verbs)[0], scope
    elif procedures := rp.PROCEDURES_RE.match(text, pos, unit.end):
        scope, pos, listed = " ".join(procedures.group().split()), procedures.end(), True
        # `Sửa đổi 03 thủ tục tại Mục IV và bãi bỏ các TTHC số 3, 5 tại Phần II của Danh mục
        # …`: both verbs act on the one document named after the second
        if (later := _verb_joined(text, unit, pos, verbs)) is not None:
            return object_of(text, unit, later.end, verbs)[0], scope
    some = rp.SOME_ARTICLES_RE.match(text, _skip(text, pos, unit.end, _BLANKS), unit.end)
    pos = some.end() if some else pos
    of = rp.OF_RE.match(text, pos, unit.end)
    pos = of.end() if of else _skip(text, pos, unit.end, _BLANKS)
    first = ref_at(unit, pos)
    if first is None and (issued := rp.ISSUED_WITH_RE.match(text, pos, unit.end)):
        first = ref_at(unit, issued.end())
    if first is None and (bracketed := rp.BRACKETED_BY_RE.match(text, pos, unit.end)):
        first = ref_at(unit, bracketed.end())
    if first is None and (said := rp.INSTRUCTION_RE.match(text, pos, unit.end)):
        first = ref_at(unit, said.end())
    if first is None and (typed := rp.TYPED_LIST_RE.match(text, pos, unit.end)):
        first = ref_at(unit, typed.end())
    if first is None:
        # procedures with no document named after them are no part of one known
        return [], None if listed else scope
    return coordinated(text, unit, first, verbs), scope


def _verb_joined(text: str, unit: Unit, pos: int, verbs: list[Verb]) -> Verb | None:
    """The verb `và` joins right after a part (`… Mục A và bãi bỏ Mục B của …`), if any."""
    then = _AND_VERB.match(text, pos, unit.end)
    return next((v for v in verbs if then and v.start == then.end()), None)


def coordinated(text: str, unit: Unit, first: Ref, verbs: list[Verb]) -> list[Ref]:
    """``first`` and the documents listed after it (`…, Luật số 35/2018/QH14 và Luật số …`)."""
    # An anaphor standing for several documents (`các kế hoạch này`) holds each on one span.
    out = [r for r in unit.refs if (r.start, r.end) == (first.start, first.end)] or [first]
    # Inside brackets the list ends where they close (`(đã được sửa đổi, bổ sung tại Quyết
    # định số 61/QĐ-STP) và Quyết định số 73/QĐ-STP`: 61 alone amended it); outside, what
    # brackets hold is no member, and their words no gap (`thay thế Quyết định số 52/QĐ-STP
    # (đã được sửa đổi …) và Quyết định số 73/QĐ-STP`: 52 and 73).
    before = text[unit.start : first.start]
    bracketed = before.count("(") > before.count(")")
    for r in unit.refs:
        if r.start <= out[-1].start:
            continue
        gap = text[out[-1].end : r.start]
        if not bracketed and gap.count("(") > gap.count(")"):
            continue
        inside = [m.span() for m in _BRACKETS.finditer(gap)] if not bracketed else []
        spoken = _BRACKETS.sub(" ", gap) if inside else gap
        if (
            len(spoken) > _MAX_GAP
            or any(
                out[-1].end <= v.start < r.start
                and not any(a <= v.start - out[-1].end < b for a, b in inside)
                for v in verbs
            )
            or re.search(r"\.\s|:", spoken)
            or not _COORD_END.search(spoken)
            or (bracketed and ")" in gap)
        ):
            break
        out.append(r)
    return out


_BRACKETS = re.compile(r"\([^()]*\)")


def amending_agents(text: str, unit: Unit, grounds: list[Ref], verbs: list[Verb]) -> list[Ref]:
    """The amending documents a ground names with it, grounds too: `Căn cứ Nghị định số
    61/2018/NĐ-CP …, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP …;`."""
    if not grounds:
        return []
    for verb in verbs:
        if verb.type != "amends" or not verb.passive or not verb.by:
            continue
        if verb.start < grounds[-1].end or ";" in text[grounds[-1].end : verb.start]:
            continue
        agents, _scope = object_of(text, unit, verb.end, [])
        return [a for a in agents if a.ident and a.ident not in {g.ident for g in grounds}]
    return []


# A passive verb's parts, then its agent: `Danh mục tại Quyết định số 905/QĐ-UBND … được
# sửa đổi 03 thủ tục lĩnh vực du lịch và bãi bỏ các thủ tục số 3, 5 tại Phần II theo Quyết
# định số 1466/QĐ-UBND`, `… đã được bãi bỏ 02 thủ tục tại Quyết định số 410/QĐ-UBND`.
_AGENT_WORD = re.compile(r"\s*,?\s*(?:theo|bởi|tại|bằng)\s+")
_CHANGE_VERBS = ("amends", "replaces", "repeals")


def parts_then_agent(
    text: str, unit: Unit, verb: Verb, verbs: list[Verb]
) -> tuple[list[tuple[str, str]], list[Ref]] | None:
    """What a passive verb with no agent right after it does, part by part, and its agents.

    → ``([("amends", "03 thủ tục lĩnh vực du lịch"), ("repeals", "các thủ tục số 3, 5 tại
    Phần II")], [1466/QĐ-UBND])``; None when no part and agent follow the verb.
    """
    acts: list[tuple[str, str]] = []
    type_, pos = verb.type, verb.end
    while True:
        part = _part_at(text, unit, pos)
        if part is None:
            return None
        acts.append((type_, " ".join(part.group().split())))
        later = _verb_joined(text, unit, part.end(), verbs)
        if later is None or later.type not in _CHANGE_VERBS or later.by:
            pos = part.end()
            break
        type_, pos = later.type, later.end
    agent = _AGENT_WORD.match(text, pos, unit.end)
    first = ref_at(unit, agent.end()) if agent else None
    if first is None:
        return None
    return acts, coordinated(text, unit, first, [])


def _part_at(text: str, unit: Unit, pos: int) -> re.Match[str] | None:
    pos = _skip(text, pos, unit.end, _BLANKS)
    written = rp.SCOPE_LIST_RE.match(text, pos, unit.end)
    if written and written.group().strip():
        return written
    return rp.PROCEDURES_RE.match(text, pos, unit.end)


def ref_at(unit: Unit, pos: int) -> Ref | None:
    """The reference that starts at ``pos`` (a blank or two may stand before it)."""
    return next((r for r in unit.refs if pos <= r.start <= pos + 2), None)


def _skip(text: str, pos: int, end: int, pattern: re.Pattern[str]) -> int:
    m = pattern.match(text, pos, end)
    return m.end() if m else pos


# --- lead-in clauses ---------------------------------------------------------------------

# What opens a lead-in clause before its verb: nothing, `Để`, a `;` ending a căn cứ, or a
# report item's heading and its colon (`3. Sắp xếp đơn vị hành chính: thực hiện …`).
_CLAUSE_START = re.compile(r"(?i)(?:^|;|^[^.;:()]{1,80}:)\s*(?:để|nhằm)?\s*$")
# The main clause after a lead-in: a comma, then its subject in capitals (`, Sở đã …`) or a
# unit named in lower case that has done something (`, xã đã lập …`); `…, bố trí công
# chức` (a task, no subject) is none.
_MAIN_CLAUSE = re.compile(
    r",\s+(?=[A-ZĐÀ-ỸÁ-Ý]|(?:xã|phường|thị trấn|huyện|tỉnh|đơn vị|cơ quan)\s+đã\s)"
)
# (or a purpose: `Thực hiện Kế hoạch số …; để Bộ phận Một cửa các xã … thống nhất cách làm …,
# Phòng Nội vụ đề nghị:`)
_FURTHER_LEAD = re.compile(
    r"(?i);\s+(?=(?:căn cứ|thực hiện|triển khai|xét|trên cơ sở|để|nhằm)\s)"
)
# A document the main clause issues: `Sở đã ban hành Kế hoạch số 09/KH-SKHCN`.
_ISSUING = re.compile(r"(?i)ban hành\s+$")


def lead_in(text: str, unit: Unit, verb: Verb, objects: list[Ref]) -> tuple[bool, Ref | None]:
    """Whether ``verb`` opens a lead-in clause, and the document its main clause issues.

    `Triển khai Kế hoạch … kèm theo Quyết định số 2845/QĐ-UBND …, Sở đã ban hành Kế hoạch số
    09/KH-SKHCN …` → ``(True, 09/KH-SKHCN)``: that plan implements 2845/QĐ-UBND; with no
    document issued (`Thực hiện Quyết định số 42/QĐ-SKHCN …, Sở đề nghị …`) the text itself
    is the one that acts.
    """
    if not objects or not _CLAUSE_START.search(text[unit.content : verb.start]):
        return False, None
    after = max(objects[-1].end, verb.end)  # `Trên cơ sở đó`: the object is further back
    main = _MAIN_CLAUSE.search(text, after, unit.end)
    if main is None and text[after : unit.end].rstrip().endswith(","):
        # a preamble line whose main clause is the next paragraph (`Thực hiện Kế hoạch số …,`
        # then `Sở Tư pháp kính trình …`): the text itself acts
        return not re.search(r"[.;:]\s", text[after : unit.end]), None
    # further lead-ins before the main clause (`Thực hiện Kế hoạch số …; căn cứ Quyết định số
    # …, Sở Y tế thông báo:`) leave it the main clause
    if main is None or re.search(r"[.;:]\s", _FURTHER_LEAD.sub(" ", text[after : main.start()])):
        return False, None
    issued = next(
        (
            r
            for r in unit.refs
            if r.start >= main.end() and r.ident and _ISSUING.search(text, main.end(), r.start)
        ),
        None,
    )
    return True, issued
