"""Anaphora: a kind word with `này` that stands for documents named in the sentence before.

`Từ tháng 7, Kế hoạch số 07/KH-UBND thay thế các kế hoạch này` acts on the plans the
sentence before lists; in a report, `Quy chế này thay thế …` speaks of the Quy chế the
sentence before names (`… theo Quy chế ban hành kèm theo Quyết định số 03/QĐ-UBND`), not of
the report. Pure functions over the statements of ``relation_text``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.archive import relation_patterns as rp
from assistant.archive.relation_text import Ref, Unit, fold

# Kinds whose texts tell what others did: their `<other kind> này` is never the text itself.
TELLING_KINDS = frozenset({"Báo cáo", "Thông báo"})
TELLING_CODES = frozenset({"BC", "TB"})
# `các kế hoạch này`, `những quyết định này`: several documents named before.
PLURAL_RE = re.compile(
    rf"(?<![\w])(?:các|những){rp.SP}+(?P<kind>{rp.SELF_KINDS}){rp.SP}+này(?![\w])",
    re.IGNORECASE,
)
_KIND_OF_SELF = re.compile(rf"(?P<kind>{rp.SELF_KINDS}){rp.SP}+này", re.IGNORECASE)


def is_telling(kind: str | None, code: str | None) -> bool:
    """Whether a text of this kind tells what other documents did (a report, a notice)."""
    return kind in TELLING_KINDS or code in TELLING_CODES


def resolve(
    text: str,
    unit: Unit,
    before: Callable[[], list[Ref]],
    *,
    telling: bool,
    own_kind: str | None,
) -> None:
    """Give ``unit``'s anaphors the documents of the statement before (``before()``) they
    stand for.

    A plural (`các kế hoạch này`) becomes one reference a document of that kind, all on its
    span (from the kind word, where a verb's object starts); in a telling text, a singular
    of another kind than the text's (`Quy chế này` in a report) becomes the last such
    document before, or no reference when none is named.
    """
    plurals = list(PLURAL_RE.finditer(text, unit.start, unit.end))
    if not plurals and not (telling and any(r.self_ref for r in unit.refs)):
        return  # nothing to resolve: the statement before is not read (speed)
    earlier = before()
    refs = list(unit.refs)
    for m in plurals:
        for r in _of_kind(text, earlier, m.group("kind")):
            refs.append(Ref(m.start("kind"), m.end(), ident=r.ident, date=r.date, kind=r.kind))
    kept = [_singular(text, r, earlier, own_kind) for r in refs] if telling else refs
    unit.refs = sorted((r for r in kept if r is not None), key=lambda r: r.start)


def _singular(text: str, ref: Ref, before: list[Ref], own_kind: str | None) -> Ref | None:
    if not ref.self_ref:
        return ref
    m = _KIND_OF_SELF.match(text, ref.start, ref.end)
    if m is None or own_kind is None or fold(m.group("kind")) == fold(own_kind):
        return ref
    antecedents = _of_kind(text, before, m.group("kind"))
    if not antecedents:
        return None
    r = antecedents[-1]
    return Ref(ref.start, ref.end, ident=r.ident, date=r.date, kind=r.kind)


def _of_kind(text: str, refs: list[Ref], kind: str) -> list[Ref]:
    """The numbered documents of ``refs`` of that kind: cited as one (`Kế hoạch số 05/KH-UBND`),
    or issued with a decision (`Quy chế ban hành kèm theo Quyết định số 03/QĐ-UBND`)."""
    word = fold(kind)
    out = []
    for r in refs:
        if not r.ident:
            continue
        lead = fold(text[max(0, r.start - 200) : r.start])
        issued = re.search(rf"{re.escape(word)}[^;:.()]*?kèm theo\s*$", lead)
        if (r.kind and fold(r.kind) == word) or issued:
            out.append(r)
    return out
