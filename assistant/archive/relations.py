"""The relation grammar: what a text says one document does to another.

Pure functions over normalised text, like the citation grammar they build on: no
file, index or model is read here. See ``assistant relations`` in DESIGN.md.

The text is cut into statements (``relation_text.split_units``); in each, the verbs of
``relation_patterns`` are found, and each verb takes its documents from the references
around it: the acting document before an active verb (``Nghị định 107/2020/NĐ-CP …
sửa đổi``) or after a passive one (``được sửa đổi theo Luật số 16/2008/QH12``), the text
itself when the verb opens the statement (``Bãi bỏ Điều 9 của …``), and the document
acted on after an active verb or before a passive one. A sub-item that names parts but
no document (``b) Bãi bỏ khoản 2 Điều 32.``) acts on the document its lead-in names.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import partial

from assistant.archive import relation_patterns as rp
from assistant.archive.relation_anaphora import is_telling, resolve
from assistant.archive.relation_text import (
    Unit,
    blank_markup,
    refs_in,
    run_on,
    split_units,
    title_map,
)
from assistant.citations import extract, normalize
from assistant.models import Document, Identity

# The seven relation types of DESIGN.md, in the wording real documents use.
RELATION_TYPES = (
    "based_on",  # Căn cứ …
    "amends",  # sửa đổi, bổ sung …
    "replaces",  # thay thế …
    "repeals",  # bãi bỏ …
    "terminates",  # X hết hiệu lực khi văn bản này có hiệu lực
    "guides",  # quy định chi tiết, hướng dẫn thi hành …
    "implements",  # triển khai, thực hiện Kế hoạch số …
)
# The ``source`` of a relation the text's own document states, when its header has no number.
SELF = "self"
# Kinds whose texts are plans: their bare `Triển khai thực hiện …` items are their own aims.
PLAN_KINDS = frozenset({"Kế hoạch", "Chương trình", "Đề án", "Phương án"})
# Relations that change the document acted on: their ``effective`` is when the change applies.
CHANGES = frozenset({"amends", "replaces", "repeals", "terminates"})
# ``Relation.mode``: a suspension (a ``terminates`` while it lasts), a correction (an
# ``amends`` that changes nothing in force); the grammar's verbs for them.
SUSPENSION = "suspension"
CORRECTION = "correction"
MODE_OF_VERB = {"suspends": ("terminates", SUSPENSION), "corrects": ("amends", CORRECTION)}


@dataclass(frozen=True)
class Relation:
    """One relation a text states between two documents.

    Attributes:
        type: one of ``RELATION_TYPES``.
        source: the acting document's ident (canonical spacing), or ``SELF``.
        target: the ident of the document acted on; None when it is named by title only.
        target_title: for a document named without a number (``Luật Tổ chức Chính phủ``).
        target_date: ISO date written with the target (its title, or its number), if any.
        source_scope: the part of the acting document that acts (``Điều 4``), None for all;
            for the text's own acts, the article that states them.
        target_scope: the part acted on (``khoản 2 Điều 3``), None for the whole.
        effective: ISO date from which the acting document takes effect, when the text says.
        start: offset of the statement in the NFC-normalised text.
        end: end offset.
        quote: the sentence that states it.
        mode: ``SUSPENSION`` for a ``terminates`` that lasts only until it is lifted (`tạm
            ngưng hiệu lực`, `đình chỉ thi hành`: ``lives`` ends it when the suspending
            document ends or a text restores the document); ``CORRECTION`` for an
            ``amends`` that corrects a slip (`Đính chính Điều 2 Quyết định số …`: no part
            of the document changes); None for a plain act.
    """

    type: str
    source: str
    target: str | None
    target_title: str | None = None
    target_date: str | None = None
    source_scope: str | None = None
    target_scope: str | None = None
    effective: str | None = None
    start: int = 0
    end: int = 0
    quote: str = ""
    mode: str | None = None

    def to_json(self) -> dict:
        """The fields of DESIGN.md's ``relations`` contract."""
        target: str | dict | None = self.target
        if target is None:
            target = {"title": self.target_title, "date": self.target_date}
        return {
            "type": self.type,
            "source": self.source,
            "target": target,
            "source_scope": self.source_scope,
            "target_scope": self.target_scope,
            "effective": self.effective,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
        }


def extract_relations(text: str, *, identity: Identity | None = None) -> list[Relation]:
    """Every relation ``text`` states, in text order.

    Args:
        text: NFC-normalised text (``Document.text``).
        identity: the text's own header identity; its ident is the ``source`` of what the
            text itself does (``SELF`` when it has none), its date resolves "kể từ ngày ký".
    """
    from assistant.archive.relation_verbs import Reader

    original = normalize(text)
    # A line that runs on is read joined to the next (same offsets: the break becomes a
    # blank), so that `thay thế Quyết định số` / `22/2015/QĐ-UBND` is one citation.
    text = run_on(blank_markup(original))
    identity = identity or Identity()
    citations = [c for c in extract(text) if not any("header" in n for n in c.notes)]
    titles = title_map(text, citations)
    subject = _subject_span(text, identity)
    units = _opening_after_subject(text, split_units(text), subject)
    starts = [c.start for c in citations]
    plan = identity.kind in PLAN_KINDS or identity.code in ("KH", "CTr", "ĐA", "PA")
    reader = Reader(
        text=text,
        own=_own(identity),
        signed=identity.date if identity.date and len(identity.date) == 10 else None,
        own_effective=extract_effective(text, identity=identity),
        subject=subject,
        kind=identity.kind,
        issuer=identity.issuer,
        plan=plan,
        refs_of=lambda unit: unit.refs or refs_in(text, unit, citations, titles, starts),
    )
    telling = is_telling(identity.kind, identity.code)
    found: list[Relation] = []
    for unit in units:
        # Only a statement with a relation word, a preamble item or a list item under a
        # lead-in can state a relation: the others are not read further (speed).
        if unit.preamble or reader.leads.open or rp.ANY_VERB_RE.search(text, unit.start, unit.end):
            unit.refs = refs_in(text, unit, citations, titles, starts)
            previous = reader.previous
            before = partial(reader.refs_of, previous) if previous else list
            resolve(text, unit, before, telling=telling, own_kind=identity.kind)
            found.extend(reader.read(unit))
        reader.previous = unit
    if telling or plan:
        # (a plan's "Sửa đổi Quy chế chi tiêu nội bộ (Quyết định số 61/QĐ-BDT …)" is a task
        # it sets, not its act: only another plan does a plan change)
        found = [r for r in found if not _told_as_own(r, identity)]
    if text != original:
        found = [replace(r, quote=original[r.start : r.end]) for r in found]
    found += _corrected_wording(original, found)
    return _unique(found)


# The corrected wording a correction quotes: `Nay sửa lại là: "thay thế Quyết định số …"`,
# `Điều 2 sau khi đính chính là: "Quyết định này có hiệu lực … và thay thế …"`.
_CORRECTED_QUOTE = re.compile(
    r"(?i)(?:\b(?:nay|được)\s+(?:sửa\s+lại|đính\s+chính(?:\s+lại)?|ghi\s+lại)\s+(?:là|thành)"
    r"|\bsau\s+khi\s+(?:được\s+)?đính\s+chính\s+(?:là|như\s+sau))\s*:?\s*[\"“]"
    r"(?P<words>[^\"”\n]{5,3000})[\"”]"
)


def _corrected_wording(text: str, found: list[Relation]) -> list[Relation]:
    """What the corrected document states in the wording a correction gives it: the
    corrected document's own acts (`Nay sửa lại là: "thay thế Quyết định số 112/QĐ-SCT
    ngày 20/8/2022 …"` in the correction of 27/QĐ-SCT is 27 replacing 112)."""
    corrected = next((r.target for r in found if r.mode == CORRECTION and r.target), None)
    if corrected is None:
        return []
    told = []
    for m in _CORRECTED_QUOTE.finditer(text):
        at = m.start("words")
        for r in extract_relations(m.group("words")):
            source = corrected if r.source == SELF else r.source
            if r.type != "based_on" and source != r.target:
                told.append(replace(r, source=source, start=r.start + at, end=r.end + at))
    return told


def _told_as_own(r: Relation, identity: Identity) -> bool:
    """A change a report, a notice or a plan tells is never its own act, but on one of its
    own kind (`Báo cáo này thay thế Báo cáo số 85/BC-UBND`, a plan adjusting a plan)."""
    own_kind = f"/{identity.code}-" if identity.code else None
    return (
        r.type in CHANGES
        and r.source == _own(identity)
        and not (own_kind and r.target and own_kind in r.target)
    )


def _own(identity: Identity) -> str:
    """The ``source`` of the text's own acts: its ident, or ``SELF`` without a number."""
    return identity.ident if identity.ident and identity.number else SELF


def _subject_span(text: str, identity: Identity) -> tuple[int, int]:
    """Where the header's subject line stands (`Triển khai thực hiện Chỉ thị số …`), if any."""
    if not identity.subject:
        return (0, 0)
    words = identity.subject.split()[:6]
    at = text.find(" ".join(words), 0, 3000) if words else -1
    return (at, at + len(identity.subject)) if at >= 0 else (0, 0)


def _opening_after_subject(text: str, units: list[Unit], subject: tuple[int, int]) -> list[Unit]:
    """``units`` with the opening sentence cut from the subject line it runs on from.

    A PDF's text may join the header's subject to the first sentence (`Kết quả … của Ủy
    ban nhân dân thị trấn Ngã Ba Thực hiện Kế hoạch số …`): that sentence starts where the
    subject ends, with a capital.
    """
    a, b = subject
    for i, unit in enumerate(units):
        if not unit.start <= a < b < unit.end:
            continue
        rest = b + len(text[b : unit.end]) - len(text[b : unit.end].lstrip())
        if rest > b and rest < unit.end and text[rest].isupper():
            head = Unit(unit.start, b, unit.depth, unit.content, unit.preamble, unit.quoted)
            units[i : i + 1] = [head, Unit(rest, unit.end, content=rest, quoted=unit.quoted)]
        break
    return units


def _unique(found: list[Relation]) -> list[Relation]:
    seen: set[tuple] = set()
    out = []
    for r in sorted(found, key=lambda r: (r.start, r.type)):
        key = (r.type, r.source, r.target, r.target_date, r.target_title, r.target_scope, r.start)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


_THIS_TAKES_EFFECT = re.compile(r"này[ \t]+(?:có|bắt)")
_LONE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")


def extract_effective(text: str, *, identity: Identity | None = None) -> str | None:
    """The text's own effective date, from its final provision, as ISO; None when unsaid.

    ``Quyết định này có hiệu lực kể từ ngày ký`` gives the header's date;
    ``Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024`` gives 2024-07-01. A part
    taking effect on its own (``Khoản 3 Điều 29 của Luật này có hiệu lực …``) is not the text's.
    """
    from assistant.archive.relation_text import date_of

    # A PDF's line break may fall inside the date ("ngày 25 tháng 3\nnăm 2024"): a lone
    # break reads as a blank (same length, so offsets hold); a paragraph break does not.
    text = _LONE_BREAK.sub(" ", normalize(text))
    signed = identity.date if identity and identity.date and len(identity.date) == 10 else None
    for anchor in _THIS_TAKES_EFFECT.finditer(text):
        # The full pattern only near `này có/bắt đầu`: scanning it everywhere is slow.
        m = rp.OWN_EFFECT_RE.search(text, max(0, anchor.start() - 30), anchor.end() + 120)
        if m is None or text[max(0, m.start() - 5) : m.start()].rstrip().endswith("của"):
            continue
        if m.group("sign") or m.group("pub"):
            return after_days(signed, m.group("days"))
        return date_of(m)
    return None


def after_days(signed: str | None, days: str | None) -> str | None:
    """The signing date moved by `sau N ngày`.

    Example: ``after_days("2024-03-05", "10") == "2024-03-15"``.
    """
    if signed is None or not days:
        return signed
    return (dt.date.fromisoformat(signed) + dt.timedelta(days=int(days))).isoformat()


def relations_report(document: Document) -> dict:
    """``assistant relations --json`` for a loaded document: its ident and its relations.

    The header is read again when the loader had none (standard input).
    """
    identity = document.identity
    if identity.ident is None and identity.date is None:
        from assistant.ingest.header import parse_header

        identity = parse_header(document.text)
    own = identity.ident if identity.ident and identity.number else None
    relations = extract_relations(document.text, identity=identity)
    return {"document": own, "relations": [r.to_json() for r in relations]}


def format_relation(r: dict) -> str:
    """One relation of ``relations_report`` as a line of plain text, tab-separated:
    type, source → target, target scope, effective date, the start of the quote."""
    target = r["target"]
    if not isinstance(target, str):
        target = f"{target['title']} ({target['date'] or '?'})"
    fields = (r["type"], f"{r['source']} → {target}", r["target_scope"] or "-")
    return "\t".join((*fields, r["effective"] or "-", r["quote"][:100]))
