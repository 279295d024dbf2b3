"""The relation grammar: what a text says one document does to another.

Pure functions over normalised text, like the citation grammar they build on: no
file, index or model is read here. See ``assistant relations`` in DESIGN.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.models import Identity

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


@dataclass(frozen=True)
class Relation:
    """One relation a text states between two documents.

    Attributes:
        type: one of ``RELATION_TYPES``.
        source: the acting document's ident (canonical spacing), or ``SELF``.
        target: the ident of the document acted on; None when it is named by title only.
        target_title: for a document named without a number (``Luật Tổ chức Chính phủ``).
        target_date: ISO date written with that title, if any.
        source_scope: the part of the acting document that acts (``Điều 4``), None for all.
        target_scope: the part acted on (``khoản 2 Điều 3``), None for the whole.
        effective: ISO date from which the acting document takes effect, when the text says.
        start: offset of the statement in the NFC-normalised text.
        end: end offset.
        quote: the sentence that states it.
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
    raise NotImplementedError("the relation grammar is being written (issue 11)")
