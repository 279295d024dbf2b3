"""What a DOCX's styles say, shared by the text reader (``word``) and the list numbers
(``word_numbering``): a toggle property's value, a style and those it is based on."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from docx.oxml.ns import qn

_VAL = qn("w:val")
_BASED_ON = qn("w:basedOn")


def toggle_on(element: Any) -> bool:
    """Whether a toggle property (``w:vanish``, ``w:isLgl``) is on: no ``w:val``, or a true
    one."""
    return element.get(_VAL, "true") not in ("0", "false", "off")


def style_chain(styles: Any, style_id: str | None) -> Iterator[Any]:
    """The style ``style_id`` of the styles part's element, the one it is based on, and so
    on (a loop or a missing style ends it)."""
    seen: set[str] = set()
    while style_id and style_id not in seen:
        seen.add(style_id)
        style = styles.get_by_id(style_id)
        if style is None:
            return
        yield style
        based = style.find(_BASED_ON)
        style_id = based.get(_VAL) if based is not None else None
