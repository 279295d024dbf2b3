"""Each relation verb of a statement, with the documents it takes: who acts, on what, from when.

``Reader.read`` turns one statement (``relation_text.Unit``) into relations and keeps the
lead-ins (``… như sau:``) whose document the sub-items below them act on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.archive import relation_patterns as rp
from assistant.archive.relation_endings import according_to, ended_by, ended_from
from assistant.archive.relation_leads import LENDING, Lead, Leads, announces_list, ends_with_colon
from assistant.archive.relation_objects import (
    Verb,
    amending_agents,
    lead_in,
    object_of,
    parts_then_agent,
    verbs_in,
)
from assistant.archive.relation_text import Ref, Unit, date_of
from assistant.archive.relations import CHANGES, MODE_OF_VERB, Relation, after_days
from assistant.citations.issuers import disagreement, organ_of_header, organ_of_name

# Words that may open a statement before an imperative verb: `Bãi bỏ, sửa đổi, bổ sung …`.
_IMPERATIVE_LEAD = re.compile(
    r"^(?i:(?:đồng thời|nay|về việc|v/v|về)\s*,?\s*)?"
    r"(?i:(?:bãi bỏ|sửa đổi|bổ sung|thay thế)\s*,?\s*)*$"
)
# The link words after "một số điều": `… của`, `… tại`.
_PART_WORDS = re.compile(r"\s+(?:của|tại|trong)$", re.IGNORECASE)
# The reason line of a list of documents no longer in force (Nghị định 34/2016/NĐ-CP's
# yearly Danh mục): `Lý do hết hiệu lực: được thay thế bởi …`.
_REASON_LINE = re.compile(r"(?i)\s*lý do hết hiệu lực\s*:\s*")
# What may open a report's item before its `Thực hiện …`: nothing, or its heading and colon.
_OPENS_ITEM = re.compile(r"(?:[^.;:()\n]{1,80}:)?\s*")
# A task ahead, not a result: `…, phấn đấu đạt 100%`, `…, dự kiến …`.
_AHEAD = re.compile(r"(?i)\b(?:phấn đấu|dự kiến|sẽ|cần|đề nghị|kiến nghị|tiếp tục)\b")
# The kinds of text that extend a plan themselves, not telling of it.
_EXTENDING_KINDS = frozenset({"Công văn", "Quyết định", "Thông báo"})
# The issuing body as the subject of the act that follows, in the present: the last clause of
# the words before the verb is its name alone (`…, UBND thành phố `, `Giám đốc Sở `).
_BODY_LEAD = re.compile(
    r"(?:^|,\s*)(?P<body>(?:(?:Giám đốc|Chủ tịch|Thủ trưởng)\s+)?(?:UBND|Ủy ban nhân dân"
    r"|Uỷ ban nhân dân|Sở|Ban|Văn phòng|Trung tâm)\b[^,.;:()\d]{0,50}?)\s*(?<!đã\s)(?<!sẽ\s)$"
)
# A passive verb under a condition states no act: `cho đến khi bị bãi bỏ`, `nếu được sửa đổi`.
_HYPOTHETICAL = re.compile(r"(?i)(?:\bkhi|\bnếu|\btrường hợp|\bsau khi|\bthể)\s+(?:đã\s+)?$")
# A statement whose acting document takes effect now: `… như sau:` in an amending text.
_AS_FOLLOWS = re.compile(r"(?i:như sau)\s*:?\s*$")
# An article's heading: `Điều 2.`, `Điều 12a`.
_ARTICLE = re.compile(r"[\s#]*Điều\s+(\d+[a-z]?)")
# The last lines of a preamble, before the enacting formula.
_PREAMBLE_LINE = re.compile(r"(?i)^(?:[-–]\s*)?(?:căn cứ|theo đề nghị|xét đề nghị|thực hiện)")
# An implementing text says it issues itself: `…, Sở ban hành Kế hoạch …`.
_ISSUES = re.compile(rf"(?i:ban hành|xây dựng)\s+(?:{rp.TITLE_KINDS})", re.IGNORECASE)


# The verbs that change the document acted on: ``CHANGES``, a suspension (a
# ``terminates`` while it lasts) and a correction (an ``amends`` that changes nothing).
_CHANGING = CHANGES | set(MODE_OF_VERB)
# The verbs a text's own act opens with: `Bãi bỏ …`, `Tạm ngưng hiệu lực …`, `Đính chính …`.
_IMPERATIVE = ("amends", "repeals", "replaces", *MODE_OF_VERB)

# The acting document: its ident, the part that acts, where its mention ends (None: the text).
_Source = tuple[str, str | None, int | None]
# `Trên cơ sở đó`: the document of the sentence before.
_THAT = re.compile(r"\s+đó\b")


@dataclass
class Reader:
    """Reads the statements of one text in order.

    Attributes:
        text: the normalised text.
        own: the text's own ident, or ``SELF``.
        signed: the header's date (what ``kể từ ngày ký`` means).
        own_effective: the text's own effective date (``extract_effective``).
        article: the article being read (``Điều 2``): the ``source_scope`` of the text's own acts.
        plan: whether the text is a plan, whose bare `Triển khai thực hiện …` items are its aims.
        subject: the span of the header's subject line (the text's own words about what
            it does: `Triển khai thực hiện Chỉ thị số …`); (0, 0) when none.
    """

    text: str
    own: str
    signed: str | None
    own_effective: str | None
    subject: tuple[int, int] = (0, 0)
    refs_of: Callable[[Unit], list[Ref]] = lambda unit: unit.refs
    previous: Unit | None = None  # the statement before, for `Trên cơ sở đó`
    article: str | None = None  # the article being read: the part of the text that acts
    plan: bool = False  # the text is a plan (Kế hoạch, Chương trình, Đề án, Phương án)
    kind: str | None = None  # the text's own kind (`Kế hoạch`), from its header
    issuer: str | None = None  # the header's issuer lines (`ỦY BAN NHÂN DÂN / THÀNH PHỐ …`)
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
        verbs = verbs_in(self.text, unit)
        for verb in verbs:
            found += self._verb(unit, verb, verbs, consumed)
        for verb in verbs:
            if verb.type == "terminates":
                found += self._terminates(unit, verb, consumed)
        if not unit.preamble:
            found += self._listed(unit, verbs)
        self._lead_in(unit, verbs, found)
        return found

    def _listed(self, unit: Unit, verbs: list[Verb]) -> list[Relation]:
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
        self, unit: Unit, verb: Verb, verbs: list[Verb], consumed: set[int]
    ) -> list[Relation]:
        if verb.type == "terminates":
            return []
        if verb.passive:
            return self._passive(unit, verb, verbs, consumed)
        targets, scope = self._targets(unit, verb, verbs)
        if verb.type in ("guides", "implements", "based_on") and not targets:
            return []
        if verb.type in ("repeals", "replaces") and scope is None and targets:
            scope = self._some_part(verb, verbs)
        if scope is None and rp.EXTEND_RE.match(self.text, verb.start):
            scope = rp.EXTENDED
        source = self._acting(unit, verb, targets) or self._coordinated(unit, verb, verbs)
        if source is None:
            return []
        if not targets:
            lead = self.leads.document() if scope else None
            if lead is None or lead.target is None:
                return []
            targets, source = [lead.target], (lead.source, None, None)
        consumed.update(r.start for r in targets)
        acting, after = (source[0], source[1]), source[2]
        return [
            self._relation(unit, verb.type, acting, t, _part(scope, t, first=i == 0), after=after)
            for i, t in enumerate(targets)
        ]

    def _targets(self, unit: Unit, verb: Verb, verbs: list[Verb]) -> tuple[list[Ref], str | None]:
        """What an active verb acts on; `Trên cơ sở đó` points back to the last sentence."""
        if verb.type == "based_on" and _THAT.match(self.text, verb.end, unit.end):
            before = [r for r in self.refs_of(self.previous) if r.ident] if self.previous else []
            return before[:1], None
        return object_of(self.text, unit, verb.end, verbs)

    def _some_part(self, verb: Verb, verbs: list[Verb]) -> str | None:
        """The part a repeal or replacement acts on when none is named: `bãi bỏ một số điều
        của …`, `Bãi bỏ, sửa đổi, bổ sung một số điều của …` ("một số điều", as written);
        `Sửa đổi, bổ sung, bãi bỏ Danh mục …`, a repeal joined to an amendment of one object
        ("một phần": what is amended is not wholly repealed)."""
        joined = [v for v in verbs if v is not verb and self._joined(v, verb)]
        end = max([verb.end, *(v.end for v in joined if v.start > verb.start)])
        some = rp.SOME_ARTICLES_RE.match(self.text, end + 1)
        if some and self.text[end : end + 1].isspace():
            return _PART_WORDS.sub("", " ".join(some.group().split()))
        if any(v.type == "amends" and not v.passive for v in joined):
            return "một phần"
        return None

    def _joined(self, a: Verb, b: Verb) -> bool:
        """Whether two verbs are one group (`sửa đổi, bổ sung, bãi bỏ`): only a comma or "và"
        between them."""
        first, second = (a, b) if a.start < b.start else (b, a)
        return self.text[first.end : second.start].strip() in ("", ",", "và")

    def _acting(self, unit: Unit, verb: Verb, targets: list[Ref]) -> _Source | None:
        """Who acts: the main clause's document after a lead-in clause, else the subject."""
        if verb.type in ("implements", "based_on"):
            opens, issued = lead_in(self.text, unit, verb, targets)
            if opens and issued is not None:
                return (issued.ident or "", issued.scope, issued.end)
            if opens and not _THAT.match(self.text, verb.end, unit.end):
                # `Trên cơ sở đó, Khoa …` names no document of its own: too loose to hold.
                return (self.own, None, None)
            if verb.type == "based_on":
                return None
            if verb.type == "implements" and self._preamble_item(unit, verb, targets):
                return (self.own, None, None)
            if verb.type == "implements" and self._reports_result(unit, verb, targets):
                return (self.own, None, None)
        return self._subject(unit, verb)

    def _reports_result(self, unit: Unit, verb: Verb, targets: list[Ref]) -> bool:
        """A report's `Thực hiện Kế hoạch số 48/KH-UBND …, 17/17 xã có điểm hỗ trợ …`: it
        tells the work done under the plan, a result after a comma (a figure in it); not a
        task ahead (`Triển khai Kế hoạch số …`, `…, phấn đấu đạt 100%`)."""
        if self.kind != "Báo cáo" or not targets:
            return False
        if not _OPENS_ITEM.fullmatch(self.text, unit.content, verb.start):
            return False
        result = re.search(r",\s+(.+)", self.text[targets[-1].end : unit.end], re.DOTALL)
        told = result.group(1) if result else ""
        return bool(re.search(r"\d", told)) and not _AHEAD.search(told)

    def _coordinated(self, unit: Unit, verb: Verb, verbs: list[Verb]) -> _Source | None:
        """Who acts by a verb joined to an earlier one of the same clause: `Sửa đổi 03 thủ
        tục tại Mục IV và bãi bỏ các TTHC số 3, 5 …` (the first one's actor)."""
        before = next((v for v in reversed(verbs) if v.end <= verb.start and not v.passive), None)
        if before is None:
            return None
        between = self.text[before.end : verb.start]
        if re.search(r"[.;:]", between) or not re.search(r"\bvà\s*$", between):
            return None
        return self._acting(unit, before, [])

    def _preamble_item(self, unit: Unit, verb: Verb, targets: list[Ref]) -> bool:
        """`Thực hiện Kế hoạch số … năm 2025.` as the last item of a preamble: it opens its
        statement, and `Căn cứ …;` lines stand before it or `QUYẾT ĐỊNH:` after it."""
        if not targets or self.text[unit.content : verb.start].strip():
            return False
        if re.search(r"[.;:]\s", self.text[targets[-1].end : unit.end]):
            return False
        after = self.text[unit.end : unit.end + 80].lstrip()
        return self._closes_preamble(unit) or bool(_ENACTING_LINE.match(after))

    def _passive(
        self, unit: Unit, verb: Verb, verbs: list[Verb], consumed: set[int]
    ) -> list[Relation]:
        sources: list[tuple[str, str | None]]
        if _HYPOTHETICAL.search(self.text, max(unit.start, verb.start - 20), verb.start):
            return []  # `… cho đến khi bị bãi bỏ hoặc thay thế`: no act, a condition
        extends = rp.EXTEND_PASSIVE_RE.match(self.text, verb.start) or rp.EXTEND_STATE_RE.match(
            self.text, verb.start
        )
        acts: list[tuple[str, str | None]] = [(verb.type, rp.EXTENDED if extends else None)]
        told = None if verb.by else parts_then_agent(self.text, unit, verb, verbs)
        if verb.by or told is not None:
            if told is not None:  # `được sửa đổi 03 thủ tục và bãi bỏ … theo Quyết định số …`
                acts, agents = list(told[0]), told[1]
            else:
                agents, _scope = object_of(self.text, unit, verb.end, [])
            agents = [a for a in agents if a.ident or a.self_ref]
            consumed.update(a.start for a in agents)
            sources = [(self.own if a.self_ref else a.ident or "", a.scope) for a in agents]
        elif _AS_FOLLOWS.search(self.text, verb.end, unit.end) or _names_self(unit):
            sources = [(self.own, None)]
        else:
            return []
        target, scope = self._before(unit, verb)
        if target is None or target.self_ref or not sources:
            return []
        if target.start in consumed or "một số" in self.text[verb.start : verb.end]:
            # `Bãi bỏ Điều 58 của Luật X đã được sửa đổi theo …`, `theo quy định tại khoản 3
            # Điều 89 của Luật X đã được sửa đổi, bổ sung một số điều`: the law as a whole.
            target = Ref(target.start, target.end, ident=target.ident, title=target.title)
        # a suspension's day may stand inside its verb (`bị tạm ngưng hiệu lực từ ngày …`)
        after = verb.start if verb.type == "suspends" else verb.end
        return [
            self._relation(
                unit, type_, s, target, _part(part or scope, target, first=True), after=after
            )
            for type_, part in acts
            for s in sources
        ]

    def _terminates(self, unit: Unit, verb: Verb, consumed: set[int]) -> list[Relation]:
        clause = max(unit.content, self.text.rfind(";", unit.content, verb.start) + 1)
        # `Theo Quyết định số 1102/QĐ-UBND …, Quyết định số 1520/QĐ-UBND … hết hiệu lực`:
        # the document of the lead-in phrase ends those of the main clause.
        by = according_to(self.text, unit, clause, verb)
        if by is not None:
            clause = by[1]
        targets = [
            r
            for r in unit.refs
            if clause <= r.start < verb.start and r.start not in consumed and not r.self_ref
        ]
        if not targets or not _opens_clause(self.text, clause, targets[0].start):
            return []
        source, effective = self._terminator(unit, verb)
        if by is not None:
            source, effective = by[0], ended_from(self.text, unit, verb)
        if source is None:
            return []
        return [
            self._relation(unit, "terminates", (source, None), t, t.scope, effective=effective)
            for t in targets
        ]

    def _terminator(self, unit: Unit, verb: Verb) -> tuple[str | None, str | None]:
        """Who ends the documents and from when: `kể từ ngày Luật này có hiệu lực`, `hết
        hiệu lực từ ngày 01/7/2025 theo Quyết định số 1102/QĐ-UBND`."""
        agent = ended_by(self.text, unit, verb)
        if agent is not None:
            return agent.ident, ended_from(self.text, unit, verb)
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
        # `… hết hiệu lực kể từ ngày ký` / `kể từ ngày 01/01/2022`: a final provision's own
        # words; `… đã hết hiệu lực từ …` tells the past and names no actor.
        when = rp.FROM_DATE_RE.match(self.text, verb.end, unit.end)
        told = re.search(r"\bđã\s+$", self.text[max(unit.start, verb.start - 8) : verb.start])
        if when and not told:
            return self.own, self.signed if when.group("sign") else date_of(when)
        return None, None

    # --- who acts, on what ----------------------------------------------------------------

    def _subject(self, unit: Unit, verb: Verb) -> _Source | None:
        """The acting document of an active verb: the one just before, or the text itself."""
        before = [r for r in unit.refs if r.end <= verb.start and (r.ident or r.self_ref)]
        # a document in an aside closed before the verb is not its subject: `Quyết định số
        # 49/QĐ-SYT … (đã được đính chính tại Quyết định số 53/QĐ-SYT …), thay thế …`
        before = [r for r in before if not _aside(self.text, r.end, verb.start)]
        if before and _is_subject(self.text, before[-1], verb):
            r = before[-1]
            return (self.own if r.self_ref else r.ident or "", r.scope, r.end)
        lead = self.text[unit.content : verb.start]
        if rp.ENACTING_RE.search(lead) and self._closes_preamble(unit):
            return (self.own, None, None)
        if not before and self._extends(verb, lead):
            return (self.own, None, None)
        if verb.type in _IMPERATIVE and self._body_acts(lead):
            return (self.own, None, None)
        if rp.UNNAMED_ACTOR_RE.search(lead):
            return None
        in_subject = self.subject[0] <= unit.start < max(self.subject[1], unit.start)
        if in_subject and _IMPERATIVE_LEAD.match(lead):  # `THÔNG TƯ / Hướng dẫn thi hành …`
            return (self.own, None, None)
        if verb.type in _IMPERATIVE and _IMPERATIVE_LEAD.match(lead):
            return (self.own, None, None)
        opener = rp.SELF_RE.match(self.text, unit.content)
        if opener and _one_clause(lead) and verb.type != "implements":
            return (self.own, None, None)
        if not before and verb.type in _CHANGING and self._bare_kind_opens(lead):
            return (self.own, None, None)
        if verb.type == "implements" and re.fullmatch(r"(?i:để|nhằm|về việc|v/v)?\s*", lead):
            quote = self.text[unit.start : unit.end]
            # A plan's own aims (`- Triển khai thực hiện có hiệu quả Nghị quyết số …`); a
            # report's bare `Triển khai Quyết định số …` is a task, not an act.
            if self.plan or _ISSUES.search(quote) or _names_self(unit):
                return (self.own, None, None)
        return None

    def _extends(self, verb: Verb, lead: str) -> bool:
        """Whether a letter or a decision extends a plan in its own name: `Giám đốc Sở quyết
        định gia hạn thời gian thực hiện Kế hoạch số …` (a report telling of it does not)."""
        return (
            self.kind in _EXTENDING_KINDS
            and rp.EXTEND_RE.match(self.text, verb.start) is not None
            and not re.search(r"\bđã\s+(?:\w+\s+)?$", lead)
        )

    def _body_acts(self, lead: str) -> bool:
        """Whether a letter or a decision acts in its issuer's name: `Do nội dung chưa phù hợp
        …, UBND thành phố thu hồi Công văn số …`, `Sở Nội vụ bãi bỏ …` (a report telling of it,
        `UBND thành phố đã thu hồi …`, does not)."""
        if self.kind not in _EXTENDING_KINDS or self.issuer is None:
            return False
        m = _BODY_LEAD.search(lead)
        named = organ_of_name(m.group("body")) if m else None
        header = organ_of_header(self.issuer)
        # (the issuer's own name: "UBND huyện thay thế …" in a commune's letter is another's)
        return named is not None and header is not None and disagreement(named, header) is None

    def _bare_kind_opens(self, lead: str) -> bool:
        """Whether the statement opens with the text's own kind word, bare, as its subject:
        `Kế hoạch áp dụng trên toàn địa bàn xã và thay thế Kế hoạch số …` in a plan; not
        `Kế hoạch số …`, `Kế hoạch này` (read as such) or another's `Kế hoạch của …`."""
        if not self.kind or not lead.startswith(self.kind):
            return False
        rest = lead[len(self.kind) :]
        return (
            bool(_BARE_KIND_REST.match(rest))
            and not re.search(r"\bcủa\b|:", rest)
            and _one_clause(rest)
        )

    def _closes_preamble(self, unit: Unit) -> bool:
        """Whether the line before ``unit`` is a preamble's (`Căn cứ …;`, `Theo đề nghị …`)."""
        before = self.text[max(0, unit.start - 600) : unit.start].rstrip().split("\n")
        return bool(before) and bool(_PREAMBLE_LINE.match(before[-1].strip()))

    def _before(self, unit: Unit, verb: Verb) -> tuple[Ref | None, str | None]:
        """The document a passive verb acts on: just before it, or the lead-in's; in a list
        of documents no longer in force, the item's or the row's document."""
        listed = self._listed_item(unit, verb)
        if listed is not None:
            return listed, None
        before = [r for r in unit.refs if r.end <= verb.start]
        # `Căn cứ Nghị định số 34/2016/NĐ-CP … quy định chi tiết … Luật Ban hành văn bản quy
        # phạm pháp luật, được sửa đổi, bổ sung bởi Nghị định số 154/2020/NĐ-CP`: the ground
        # is amended, not the law its trích yếu names
        if (
            unit.preamble
            and before
            and not before[-1].ident
            and before[0].ident
            and re.search(r",\s*(?:đã\s+)?$", self.text[before[-1].start : verb.start])
        ):
            return before[0], None
        if before:
            r = before[-1]
            gap = self.text[r.end : verb.start]
            if len(gap) <= 120 and not re.search(r"[;:]|\.\s", gap):
                # `Phần II Danh mục ban hành kèm theo Quyết định số … bị bãi bỏ`: that part
                part = rp.PART_OF_ISSUED_RE.search(
                    self.text, max(unit.content, r.start - 300), r.start
                )
                return r, " ".join(part.group("part").split()) if part else None
        scope = rp.SCOPE_LIST_RE.match(self.text, unit.content, verb.start)
        lead = self.leads.document()
        if scope and scope.group().strip() and lead is not None and lead.target is not None:
            rest = self.text[scope.end() : verb.start]
            if len(rest) <= 80 and not before:
                return lead.target, " ".join(scope.group().split())
        return None, None

    def _listed_item(self, unit: Unit, verb: Verb) -> Ref | None:
        """The document a list of documents no longer in force gives a reason for: `2.
        Quyết định số 14/2022/QĐ-UBND …` then `Lý do hết hiệu lực: được thay thế bởi Quyết
        định số 06/2024/QĐ-UBND …`; or, in a row of its table, the document of the cell
        before the reason's (`1 | Quyết định | Số 22/2019/QĐ-UBND … | Được thay thế bởi …`)."""
        lead = self.text[unit.content : verb.start]
        if _REASON_LINE.fullmatch(lead) and self.previous is not None:
            item = [r for r in self.refs_of(self.previous) if r.ident]
            return item[0] if item else None
        cell = lead.rfind("|")
        if cell < 0 or lead[cell + 1 :].strip():
            return None
        before = lead.rfind("|", 0, cell)
        row = [
            r
            for r in unit.refs
            if r.ident and unit.content + before < r.start and r.end <= unit.content + cell
        ]
        return row[0] if row else None

    # --- preamble and lead-ins -------------------------------------------------------

    def _based_on(self, unit: Unit) -> list[Relation]:
        m = rp.BASED_ON_RE.match(self.text, unit.content)
        head = m.end() if m else unit.content
        verbs = verbs_in(self.text, unit)
        targets, scope = object_of(self.text, unit, head, verbs)
        found = [
            self._relation(unit, "based_on", (self.own, None), t, _part(scope, t, first=i == 0))
            for i, t in enumerate(targets)
        ]
        return found + [
            self._relation(unit, "based_on", (self.own, None), t, None)
            for t in amending_agents(self.text, unit, targets, verbs)
        ]

    def _lead_in(self, unit: Unit, verbs: list[Verb], found: list[Relation]) -> None:
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

    def _list_lead(self, unit: Unit, verbs: list[Verb]) -> None:
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
        type_, mode = MODE_OF_VERB.get(type_, (type_, None))
        return Relation(
            type=type_,
            source=source[0],
            target=self.own if own_target else target.ident,
            target_title=None if target.ident or own_target else target.title,
            target_date=None if own_target else target.date,
            source_scope=source[1] or (self.article if source[0] == self.own else None),
            target_scope=scope,
            effective=effective,
            start=unit.start,
            end=unit.end,
            quote=self.text[unit.start : unit.end],
            mode=mode,
        )

    def _effective(self, unit: Unit, type_: str, source: str, after: int | None) -> str | None:
        if type_ not in _CHANGING:
            return None
        start = after or unit.start
        # a day after "tiếp tục áp dụng" is when the act ended, not when it began
        resumed = _RESUMED.search(self.text, start, unit.end)
        end = resumed.start() if resumed else unit.end
        effect = rp.EFFECT_RE.search(self.text, start, end)
        if effect and (source == self.own or after is not None):
            return self._effect_date(effect)
        day = rp.FROM_DAY_RE.search(self.text, start, end)
        if day and (source == self.own or after is not None):
            return date_of(day)
        return self.own_effective if source == self.own else None

    def _effect_date(self, m: re.Match[str]) -> str | None:
        if m.group("sign"):
            return after_days(self.signed, m.group("days"))
        if m.group("self"):
            return self.own_effective
        return date_of(m)


def _part(scope: str | None, ref: Ref, *, first: bool) -> str | None:
    """The part a relation is stated for: the one written before the first document, else
    the part cited with it (`Điều 28 Luật số …`), else the whole (None)."""
    return scope if scope and first else ref.scope


def _is_subject(text: str, ref: Ref, verb: Verb) -> bool:
    """Whether ``ref`` is the subject of ``verb``: only its date, issuer, or its trích yếu
    and a comma stand between (`Quyết định số 38/QĐ-SKHCN … ban hành Quy chế …, thay thế`),
    asides in brackets aside."""
    gap = text[ref.end : verb.start]
    if "(" in gap:
        gap = _ASIDE.sub(" ", gap)
    return bool(rp.SUBJECT_GAP_RE.fullmatch(gap) or rp.SUBJECT_TAIL_RE.fullmatch(gap))


# What was stopped goes on again: `… tạm dừng theo Quyết định số 63/QĐ-TTT và tiếp tục áp
# dụng từ ngày 01/10/2025`, `được khôi phục hiệu lực`.
_RESUMED = re.compile(
    r"(?<![\w])(?:tiếp\s+tục\s+(?:được\s+)?(?:áp\s+dụng|có\s+hiệu\s+lực|thi\s+hành"
    r"|thực\s+hiện)|(?:được\s+)?khôi\s+phục)(?![\w])"
)
# An aside in brackets: `(đã được đính chính tại Quyết định số 53/QĐ-SYT ngày 30/6/2025)`.
_ASIDE = re.compile(r"\s*\([^()\n]{0,200}\)")


def _aside(text: str, pos: int, end: int) -> bool:
    """Whether ``pos`` lies inside brackets that close before ``end``."""
    gap = text[pos:end]
    return gap.count(")") > gap.count("(")


def _names_self(unit: Unit) -> bool:
    return any(r.self_ref for r in unit.refs)


# What may stand before the first document a clause ends: its law's name (`Luật Cư trú số …`).
_CLAUSE_OPENER = re.compile(
    r"^\s*(?:(?:Các|Những)\s+)?(?:(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh)[^;:.]{0,80}?)?"
    r"\s*(?:số\s*:?)?\s*$"
)


# The enacting word after a preamble: `QUYẾT ĐỊNH:`, `QUYẾT NGHỊ:`.
_ENACTING_LINE = re.compile(r"(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|CHỈ THỊ|BAN HÀNH)\s*:")
# After a text's bare kind word, its predicate: a lower-case word, not a number or `này`.
_BARE_KIND_REST = re.compile(r"\s+(?!số\b|này\b|nói\b|trên\b)[a-zđà-ỹ]")


def _one_clause(lead: str) -> bool:
    """Whether ``lead`` (the words before a verb) is one clause: no semicolon, or one right
    before the verb, whose subject it continues (`Kế hoạch áp dụng từ ngày 01/8/2025 …;
    thay thế Kế hoạch số …`)."""
    return ";" not in lead or bool(re.search(r";\s*(?:và\s+|đồng thời\s+)?$", lead))


def _opens_clause(text: str, clause: int, first: int) -> bool:
    """Whether the ended documents open their clause (not `giấy phép … theo Luật …`)."""
    return bool(_CLAUSE_OPENER.match(text[clause:first]))
