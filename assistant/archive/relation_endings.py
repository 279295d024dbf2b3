"""Endings named with the document they follow: `Theo Quyết định số 1102/QĐ-UBND …, Quyết
định số 1520/QĐ-UBND … hết hiệu lực`, `… hết hiệu lực từ ngày 01/7/2025 theo Quyết định số
1102/QĐ-UBND`. Pure functions over a statement (``relation_text.Unit``) and its verb.
"""

from __future__ import annotations

import re

from assistant.archive import relation_patterns as rp
from assistant.archive.relation_objects import Verb, ref_at
from assistant.archive.relation_text import Ref, Unit, date_of

# A clause's lead-in naming the document it follows: `Theo Quyết định số 1102/QĐ-UBND …,`.
_ACCORDING_TO = re.compile(r"\s*(?:[Tt]heo|[Cc]ăn cứ(?: vào)?|[Tt]hực hiện)\s+(?:quy định tại\s+)?")
# The document an ending follows, said after it: `hết hiệu lực từ ngày 01/7/2025 theo Quyết
# định số 1102/QĐ-UBND`.
_BY_DOCUMENT = re.compile(r"\s*,?\s*(?:theo|tại|bởi)\s+(?:quy định tại\s+)?")


def according_to(text: str, unit: Unit, clause: int, verb: Verb) -> tuple[str, int] | None:
    """The document of a clause's lead-in `Theo <document> …,`, and where the clause after
    it starts; None when the clause opens otherwise."""
    m = _ACCORDING_TO.match(text, clause, verb.start)
    first = ref_at(unit, m.end()) if m else None
    if first is None or not first.ident:
        return None
    comma = text.find(",", first.end, verb.start)
    if comma < 0 or re.search(r"[.;:]\s", text[first.end : comma]):
        return None
    return first.ident, comma + 1


def ended_by(text: str, unit: Unit, verb: Verb) -> Ref | None:
    """The numbered document named after an ending and its date (`… theo Quyết định số …`)."""
    when = rp.FROM_DATE_RE.match(text, verb.end, unit.end)
    by = _BY_DOCUMENT.match(text, when.end() if when else verb.end, unit.end)
    agent = ref_at(unit, by.end()) if by else None
    return agent if agent is not None and agent.ident else None


def ended_from(text: str, unit: Unit, verb: Verb) -> str | None:
    """The date written right after an ending (`hết hiệu lực kể từ ngày 01/7/2025`)."""
    when = rp.FROM_DATE_RE.match(text, verb.end, unit.end)
    return date_of(when) if when and not when.group("sign") else None
