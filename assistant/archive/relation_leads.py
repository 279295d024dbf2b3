"""Lead-ins: what a statement ending in `:` tells the list items below it.

Two kinds. A lead-in that names a document (``Điều 1. Sửa đổi, bổ sung một số điều của
Nghị định số 24/2014/NĐ-CP như sau:``) lends it to sub-items that name only parts
(``b) Bãi bỏ khoản 2 Điều 32.``). A lead-in that names a verb but no document
(``Bãi bỏ các Quyết định sau đây:``, ``Các văn bản sau hết hiệu lực …:``) acts on each
document the items below list (``1. Quyết định số 15/2015/QĐ-UBND …;``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.archive.relation_text import PLAIN, Ref, Unit

# Changes that lend their document, or their verb, to the items below.
LENDING = frozenset({"amends", "repeals", "replaces", "terminates", "suspends"})
# A lead-in announcing a list of documents: `… các Quyết định sau đây:`, `… văn bản sau:`.
LIST_LEAD = re.compile(
    r"(?i)(?:các|những|toàn bộ)?\s*(?:văn bản|quyết định|nghị định|thông tư|chỉ thị|kế hoạch"
    r"|nghị quyết|quy định|quy chế)[^:;]{0,80}?\bsau(?:\s+đây)?\b[^:;]{0,120}:\s*$"
)


@dataclass
class Lead:
    """One open lead-in.

    Attributes:
        depth: the list depth of its statement (-1 for a plain paragraph).
        source: the acting document.
        type: the relation type it states.
        target: the document it names, None when it announces a list.
        effective: when its change takes effect, if said.
    """

    depth: int
    source: str
    type: str
    target: Ref | None = None
    effective: str | None = None


@dataclass
class Leads:
    """The lead-ins open at a point of the text, innermost last."""

    open: list[Lead] = field(default_factory=list)

    def enter(self, unit: Unit) -> None:
        """A list item closes the lead-ins at its depth or deeper; an article closes all."""
        if unit.depth == 0:
            self.open = []
        elif unit.depth != PLAIN:
            self.open = [x for x in self.open if x.depth < unit.depth]

    def push(self, unit: Unit, lead: Lead) -> None:
        """Open a lead-in at ``unit``'s depth, closing those it replaces."""
        lead.depth = -1 if unit.depth == PLAIN else unit.depth
        self.open = [x for x in self.open if x.depth < lead.depth]
        self.open.append(lead)

    def document(self) -> Lead | None:
        """The innermost lead-in that names a document."""
        return next((x for x in reversed(self.open) if x.target is not None), None)

    def listing(self, unit: Unit) -> Lead | None:
        """The lead-in announcing a list, when ``unit`` is one of its items."""
        if not self.open or unit.depth == PLAIN:
            return None
        lead = self.open[-1]
        return lead if lead.target is None and lead.depth < unit.depth else None


def ends_with_colon(text: str, unit: Unit) -> bool:
    """Whether a statement ends with `:` (it leads the items below)."""
    return text[unit.start : unit.end].rstrip().endswith(":")


def announces_list(text: str, unit: Unit, verb_end: int) -> bool:
    """Whether the words after a verb announce a list of documents (`các Quyết định sau:`)."""
    return bool(LIST_LEAD.search(text, verb_end, unit.end)) or bool(
        LIST_LEAD.search(text, unit.content, unit.end)
    )
