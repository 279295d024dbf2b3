"""Each relation verb of a statement, with the documents it takes: who acts, on what, from when.

``Reader.read`` turns one statement (``relation_text.Unit``) into relations and keeps the
lead-ins (``… như sau:``) whose document the sub-items below them act on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.archive import relation_patterns as rp
from assistant.archive.relation_leads import LENDING, Lead, Leads, announces_list, ends_with_colon
from assistant.archive.relation_text import Ref, Unit, date_of, split_scope
from assistant.archive.relations import CHANGES, Relation

# (type, pattern, passive): passive forms first, so that `được sửa đổi` is not read active.
VERBS = (
    ("amends", rp.AMEND_PASSIVE_RE, True),
    ("replaces", rp.REPLACE_PASSIVE_RE, True),
    ("repeals", rp.REPEAL_PASSIVE_RE, True),
    ("amends", rp.AMEND_RE, False),
    ("replaces", rp.REPLACE_RE, False),
    ("repeals", rp.REPEAL_RE, False),
    ("terminates", rp.TERMINATE_RE, False),
    ("guides", rp.GUIDE_RE, False),
    ("implements", rp.IMPLEMENT_RE, False),
)
# Words that may open a statement before an imperative verb: `Bãi bỏ, sửa đổi, bổ sung …`.
_IMPERATIVE_LEAD = re.compile(
    r"^(?i:(?:đồng thời|nay|về việc|v/v|về)\s*,?\s*)?"
    r"(?i:(?:bãi bỏ|sửa đổi|bổ sung|thay thế)\s*,?\s*)*$"
)
# Other verbs of a list of verbs, skipped before the object: `Bãi bỏ, sửa đổi, bổ sung một số điều`.
_OTHER_VERBS = re.compile(r"(?:\s*,\s*(?i:sửa đổi(?:\s*,?\s*bổ sung)?|bổ sung|bãi bỏ|thay thế))+")
# Between two coordinated documents: `…, Luật số 35/2018/QH14 và Luật số 61/2020/QH14`.
_COORD_END = re.compile(
    rf"(?:,|;|\bvà|\bhoặc)\s*(?:(?:{rp.SCOPE_LIST_RE.pattern})\s*(?:của|tại)?\s*)?$"
)
_MAX_GAP = 300
# A passive verb under a condition states no act: `cho đến khi bị bãi bỏ`, `nếu được sửa đổi`.
_HYPOTHETICAL = re.compile(r"(?i)(?:\bkhi|\bnếu|\btrường hợp|\bsau khi|\bthể)\s+(?:đã\s+)?$")
# Where an added part goes: `khoản 4 vào Điều 8`, `vào sau khoản 2 Điều 8`.
_INTO_ARTICLE = re.compile(r"\s+vào\s+(?:sau\s+|cuối\s+)?(?:khoản\s+\d+\s+)?(Điều\s+\d+[a-z]?)")
# A statement whose acting document takes effect now: `… như sau:` in an amending text.
_AS_FOLLOWS = re.compile(r"(?i:như sau)\s*:?\s*$")
# An article's heading: `Điều 2.`, `Điều 12a`.
_ARTICLE = re.compile(r"[\s#]*Điều\s+(\d+[a-z]?)")
# The last lines of a preamble, before the enacting formula.
_PREAMBLE_LINE = re.compile(r"(?i)^(?:[-–]\s*)?(?:căn cứ|theo đề nghị|xét đề nghị|thực hiện)")
# An implementing text says it issues itself: `…, Sở ban hành Kế hoạch …`.
_ISSUES = re.compile(rf"(?i:ban hành|xây dựng)\s+(?:{rp.TITLE_KINDS})", re.IGNORECASE)


@dataclass
class _Verb:
    type: str
    passive: bool
    start: int
    end: int
    by: bool = False


@dataclass
class Reader:
    """Reads the statements of one text in order.

    Attributes:
        text: the normalised text.
        own: the text's own ident, or ``SELF``.
        signed: the header's date (what ``kể từ ngày ký`` means).
        own_effective: the text's own effective date (``extract_effective``).
        article: the article being read (``Điều 2``): the ``source_scope`` of the text's own acts.
        subject: the span of the header's subject line (the text's own words about what
            it does: `Triển khai thực hiện Chỉ thị số …`); (0, 0) when none.
    """

    text: str
    own: str
    signed: str | None
    own_effective: str | None
    subject: tuple[int, int] = (0, 0)
    article: str | None = None  # the article being read: the part of the text that acts
    leads: Leads = field(default_factory=Leads)

    def read(self, unit: Unit) -> list[Relation]:
        """The relations one statement states; updates the lead-ins."""
        if unit.quoted:
            return []
        self.leads.enter(unit)
        if unit.depth == 0:
            heading = _ARTICLE.match(self.text, unit.start, unit.end)
            self.article = f"Điều {heading.group(1)}" if heading else None
        found: list[Relation] = []
        consumed: set[int] = set()
        if unit.preamble:
            found += self._based_on(unit)
        verbs = _verbs(self.text, unit)
        for verb in verbs:
            found += self._verb(unit, verb, verbs, consumed)
        for verb in verbs:
            if verb.type == "terminates":
                found += self._terminates(unit, verb, consumed)
        if not unit.preamble:
            found += self._listed(unit, verbs)
        self._lead_in(unit, verbs, found)
        return found

    def _listed(self, unit: Unit, verbs: list[_Verb]) -> list[Relation]:
        """An item of a list of documents: `1. Quyết định số 15/2015/QĐ-UBND …;`."""
        lead = self.leads.listing(unit)
        first = unit.refs[0] if unit.refs else None
        if lead is None or first is None or first.self_ref:
            return []
        if any(v.start < first.start for v in verbs):
            return []
        if not _CLAUSE_OPENER.match(self.text[unit.content : first.start]):
            return []
        source, effective = (lead.source, None), lead.effective
        return [self._relation(unit, lead.type, source, first, first.scope, effective=effective)]

    # --- one verb -------------------------------------------------------------------

    def _verb(
        self, unit: Unit, verb: _Verb, verbs: list[_Verb], consumed: set[int]
    ) -> list[Relation]:
        if verb.type == "terminates":
            return []
        if verb.passive:
            return self._passive(unit, verb, consumed)
        targets, scopes = self._object(unit, verb.end, verbs)
        if verb.type in ("guides", "implements") and not targets:
            return []
        source = self._subject(unit, verb)
        if source is None:
            return []
        if not targets:
            lead = self.leads.document() if scopes else None
            if lead is None or lead.target is None:
                return []
            targets, source = [lead.target], (lead.source, None)
        consumed.update(r.start for r in targets)
        return [
            self._relation(unit, verb.type, source, t, scope)
            for t in targets
            for scope in _parts(scopes, t, first=t is targets[0])
        ]

    def _passive(self, unit: Unit, verb: _Verb, consumed: set[int]) -> list[Relation]:
        sources: list[tuple[str, str | None]]
        if _HYPOTHETICAL.search(self.text, max(unit.start, verb.start - 20), verb.start):
            return []  # `… cho đến khi bị bãi bỏ hoặc thay thế`: no act, a condition
        if verb.by:
            agents, _scopes = self._object(unit, verb.end, [])
            agents = [a for a in agents if a.ident or a.self_ref]
            consumed.update(a.start for a in agents)
            sources = [(self.own if a.self_ref else a.ident or "", a.scope) for a in agents]
        elif _AS_FOLLOWS.search(self.text, verb.end, unit.end) or _names_self(unit):
            sources = [(self.own, None)]
        else:
            return []
        target, scopes = self._before(unit, verb)
        if target is None or target.self_ref or not sources:
            return []
        if target.start in consumed or "một số" in self.text[verb.start : verb.end]:
            # `Bãi bỏ Điều 58 của Luật X đã được sửa đổi theo …`, `theo quy định tại khoản 3
            # Điều 89 của Luật X đã được sửa đổi, bổ sung một số điều`: the law as a whole.
            target = Ref(target.start, target.end, ident=target.ident, title=target.title)
        return [
            self._relation(unit, verb.type, s, target, scope, after=verb.end)
            for s in sources
            for scope in _parts(scopes, target, first=True)
        ]

    def _terminates(self, unit: Unit, verb: _Verb, consumed: set[int]) -> list[Relation]:
        clause = max(unit.content, self.text.rfind(";", unit.content, verb.start) + 1)
        targets = [
            r
            for r in unit.refs
            if clause <= r.start < verb.start and r.start not in consumed and not r.self_ref
        ]
        if not targets or not _opens_clause(self.text, clause, targets[0].start):
            return []
        source, effective = self._terminator(unit, verb)
        if source is None:
            return []
        return [
            self._relation(unit, "terminates", (source, None), t, t.scope, effective=effective)
            for t in targets
        ]

    def _terminator(self, unit: Unit, verb: _Verb) -> tuple[str | None, str | None]:
        """Who ends the documents and from when: `kể từ ngày Luật này có hiệu lực`."""
        m = rp.FROM_EFFECT_RE.match(self.text, verb.end, unit.end) or rp.FROM_EFFECT_RE.search(
            self.text, verb.end, min(unit.end, verb.end + 40)
        )
        if m:
            who = [r for r in unit.refs if m.start("who") <= r.start < m.end("who")]
            if who and who[0].self_ref:
                return self.own, self.own_effective
            if who and who[0].ident:
                return who[0].ident, None
        effect = rp.EFFECT_RE.search(self.text, verb.end, unit.end)
        if effect and rp.SELF_RE.search(self.text, max(0, unit.start - 300), unit.end):
            return self.own, self._effect_date(effect)
        return None, None

    # --- who acts, on what ----------------------------------------------------------------

    def _subject(self, unit: Unit, verb: _Verb) -> tuple[str, str | None] | None:
        """The acting document of an active verb: the one just before, or the text itself."""
        before = [r for r in unit.refs if r.end <= verb.start and (r.ident or r.self_ref)]
        if before and rp.SUBJECT_GAP_RE.fullmatch(self.text, before[-1].end, verb.start):
            r = before[-1]
            return (self.own if r.self_ref else r.ident or "", r.scope)
        lead = self.text[unit.content : verb.start]
        if rp.ENACTING_RE.search(lead) and self._closes_preamble(unit):
            return (self.own, None)
        if rp.UNNAMED_ACTOR_RE.search(lead):
            return None
        in_subject = self.subject[0] <= unit.start < max(self.subject[1], unit.start)
        if in_subject and _IMPERATIVE_LEAD.match(lead):  # `THÔNG TƯ / Hướng dẫn thi hành …`
            return (self.own, None)
        if verb.type in ("amends", "repeals", "replaces") and _IMPERATIVE_LEAD.match(lead):
            return (self.own, None)
        opener = rp.SELF_RE.match(self.text, unit.content)
        if opener and ";" not in lead and verb.type != "implements":
            return (self.own, None)
        if verb.type == "implements" and re.fullmatch(r"(?i:để|về việc|v/v)?\s*", lead):
            quote = self.text[unit.start : unit.end]
            if _ISSUES.search(quote) or _names_self(unit):
                return (self.own, None)
        return None

    def _closes_preamble(self, unit: Unit) -> bool:
        """Whether the line before ``unit`` is a preamble's (`Căn cứ …;`, `Theo đề nghị …`)."""
        before = self.text[max(0, unit.start - 600) : unit.start].rstrip().split("\n")
        return bool(before) and bool(_PREAMBLE_LINE.match(before[-1].strip()))

    def _object(self, unit: Unit, pos: int, verbs: list[_Verb]) -> tuple[list[Ref], list[str]]:
        """The documents a verb acts on, and the parts named before the first of them."""
        text = self.text
        m = _OTHER_VERBS.match(text, pos, unit.end)
        pos = m.end() if m else pos
        pos = _skip(text, pos, unit.end, r"\s*(?:cho|toàn bộ|các|tên)?\s*")
        scopes: list[str] = []
        scope = rp.SCOPE_LIST_RE.match(text, pos, unit.end)
        if scope and scope.group().strip():
            scopes = split_scope(scope.group())
            pos = scope.end()
            into = _INTO_ARTICLE.match(text, pos, unit.end)
            if into:  # `Bổ sung khoản 4 vào Điều 8`: the new part belongs to that article
                pos = into.end()
                scopes = [s if "Điều" in s else f"{s} {into.group(1)}" for s in scopes]
        some = rp.SOME_ARTICLES_RE.match(text, _skip(text, pos, unit.end, r"\s*"), unit.end)
        pos = some.end() if some else pos
        of = rp.OF_RE.match(text, pos, unit.end)
        pos = of.end() if of else _skip(text, pos, unit.end, r"\s*")
        first = _ref_at(unit, pos)
        if first is None and (issued := rp.ISSUED_WITH_RE.match(text, pos, unit.end)):
            first = _ref_at(unit, issued.end())
        if first is None:
            return [], scopes
        return self._coordinated(unit, first, verbs), scopes

    def _coordinated(self, unit: Unit, first: Ref, verbs: list[_Verb]) -> list[Ref]:
        out = [first]
        for r in unit.refs:
            if r.start <= out[-1].start:
                continue
            gap = self.text[out[-1].end : r.start]
            if (
                len(gap) > _MAX_GAP
                or any(out[-1].end <= v.start < r.start for v in verbs)
                or re.search(r"\.\s|:", gap)
                or not _COORD_END.search(gap)
            ):
                break
            out.append(r)
        return out

    def _before(self, unit: Unit, verb: _Verb) -> tuple[Ref | None, list[str]]:
        """The document a passive verb acts on: just before it, or the lead-in's."""
        before = [r for r in unit.refs if r.end <= verb.start]
        if before:
            r = before[-1]
            gap = self.text[r.end : verb.start]
            if len(gap) <= 120 and not re.search(r"[;:]|\.\s", gap):
                return r, []
        scope = rp.SCOPE_LIST_RE.match(self.text, unit.content, verb.start)
        lead = self.leads.document()
        if scope and scope.group().strip() and lead is not None and lead.target is not None:
            rest = self.text[scope.end() : verb.start]
            if len(rest) <= 80 and not before:
                return lead.target, split_scope(scope.group())
        return None, []

    # --- preamble and lead-ins -------------------------------------------------------

    def _based_on(self, unit: Unit) -> list[Relation]:
        m = rp.BASED_ON_RE.match(self.text, unit.content)
        head = m.end() if m else unit.content
        targets, scopes = self._object(unit, head, _verbs(self.text, unit))
        return [
            self._relation(unit, "based_on", (self.own, None), t, scope)
            for t in targets
            for scope in _parts(scopes, t, first=t is targets[0])
        ]

    def _lead_in(self, unit: Unit, verbs: list[_Verb], found: list[Relation]) -> None:
        """Open a lead-in: the document a heading or `… như sau:` names, or a list's verb."""
        colon = ends_with_colon(self.text, unit)
        if not (unit.depth == 0 or colon):
            return
        for r in found:
            if r.type in LENDING and r.type != "terminates" and (r.target or r.target_title):
                target = Ref(0, 0, ident=r.target, title=r.target_title, date=r.target_date)
                self.leads.push(unit, Lead(0, r.source, r.type, target))
                return
        if colon and not found:
            self._list_lead(unit, verbs)

    def _list_lead(self, unit: Unit, verbs: list[_Verb]) -> None:
        """`Bãi bỏ các Quyết định sau đây:`: the items below are what the verb acts on."""
        for verb in verbs:
            if verb.type not in LENDING or verb.passive:
                continue
            if not announces_list(self.text, unit, verb.end):
                return
            if verb.type == "terminates":
                source, effective = self._terminator(unit, verb)
            else:
                subject = self._subject(unit, verb)
                source = subject[0] if subject else None
                effective = self._effective(unit, verb.type, source or "", None)
            if source is not None:
                self.leads.push(unit, Lead(0, source, verb.type, None, effective))
            return

    # --- the record -------------------------------------------------------------------

    def _relation(
        self,
        unit: Unit,
        type_: str,
        source: tuple[str, str | None],
        target: Ref,
        scope: str | None,
        *,
        after: int | None = None,
        effective: str | None = None,
    ) -> Relation:
        if effective is None:
            effective = self._effective(unit, type_, source[0], after)
        own_target = target.self_ref
        return Relation(
            type=type_,
            source=source[0],
            target=self.own if own_target else target.ident,
            target_title=None if target.ident or own_target else target.title,
            target_date=None if target.ident or own_target else target.date,
            source_scope=source[1] or (self.article if source[0] == self.own else None),
            target_scope=scope,
            effective=effective,
            start=unit.start,
            end=unit.end,
            quote=self.text[unit.start : unit.end],
        )

    def _effective(self, unit: Unit, type_: str, source: str, after: int | None) -> str | None:
        if type_ not in CHANGES:
            return None
        effect = rp.EFFECT_RE.search(self.text, after or unit.start, unit.end)
        if effect and (source == self.own or after is not None):
            return self._effect_date(effect)
        return self.own_effective if source == self.own else None

    def _effect_date(self, m: re.Match[str]) -> str | None:
        if m.group("sign"):
            return self.signed
        if m.group("self"):
            return self.own_effective
        return date_of(m)


def _verbs(text: str, unit: Unit) -> list[_Verb]:
    """The relation verbs of a statement, passive forms hiding the active words inside them."""
    found: list[_Verb] = []
    if not rp.ANY_VERB_RE.search(text, unit.content, unit.end):
        return found
    for type_, pattern, passive in VERBS:
        for m in pattern.finditer(text, unit.content, unit.end):
            if any(v.start <= m.start() < v.end or m.start() <= v.start < m.end() for v in found):
                continue
            by = passive and bool(m.groupdict().get("by"))
            found.append(_Verb(type_, passive, m.start(), m.end(), by))
    return sorted(found, key=lambda v: v.start)


def _parts(scopes: list[str], ref: Ref, *, first: bool) -> list[str | None]:
    """The scopes a relation is stated for: the parts written before the first document,
    else the part cited with it (`Điều 28 Luật số …`), else the whole (None)."""
    if scopes and first:
        return list(scopes)
    return [ref.scope]


def _ref_at(unit: Unit, pos: int) -> Ref | None:
    """The reference that starts at ``pos`` (a blank or two may stand before it)."""
    return next((r for r in unit.refs if pos <= r.start <= pos + 2), None)


def _names_self(unit: Unit) -> bool:
    return any(r.self_ref for r in unit.refs)


def _skip(text: str, pos: int, end: int, pattern: str) -> int:
    m = re.compile(pattern).match(text, pos, end)
    return m.end() if m else pos


# What may stand before the first document a clause ends: its law's name (`Luật Cư trú số …`).
_CLAUSE_OPENER = re.compile(
    r"^\s*(?:(?:Các|Những)\s+)?(?:(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh)[^;:.]{0,80}?)?"
    r"\s*(?:số\s*:?)?\s*$"
)


def _opens_clause(text: str, clause: int, first: int) -> bool:
    """Whether the ended documents open their clause (not `giấy phép … theo Luật …`)."""
    return bool(_CLAUSE_OPENER.match(text[clause:first]))
