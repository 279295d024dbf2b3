"""Footnotes and endnotes read with the paragraph that marks them.

A report gives a figure's period, a rank or the document it rests on in a footnote ("Trong
kỳ¹, Ban tiếp nhận 18 hồ sơ" — ¹ "Số liệu từ ngày 15/12/2020 đến ngày 14/6/2021"). Read
after the text, the note loses the paragraph it speaks of; read at its mark, it makes one
long sentence of two (a note restating another year's index inside a sentence about a plan
of this year). So the readers of Word, RTF and OpenDocument files put each note, in
brackets, at the end of the paragraph holding its mark, a sentence of its own: "… đạt 79,32
điểm. (Xếp thứ 12/21 cơ quan chuyên môn)". A note no mark refers to is still read after the
text.

A reader puts ``inline_note`` where the mark stands, then ``notes_last`` moves the notes of a
paragraph to its end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A note held at its mark until its paragraph ends (private-use characters: never in text).
_OPEN, _CLOSE = "\ue000", "\ue001"
_HELD = re.compile(f"{_OPEN}([^{_CLOSE}]*){_CLOSE}")
_SENTENCE_END = re.compile(r"[.;:!?…]$")


def inline_note(paragraphs: Iterable[str]) -> str:
    """A note's paragraphs as held at its mark, for ``notes_last``: "(…)", its paragraphs
    joined by "; " without their closing full stops; "" for an empty note."""
    parts = (" ".join(p.split()).rstrip(" .;") for p in paragraphs)
    text = "; ".join(p for p in parts if p)
    return f"{_OPEN}({text}){_CLOSE}" if text else ""


def notes_last(paragraph: str) -> str:
    """``paragraph`` with the notes held at their marks moved to its end, each a sentence
    after it ("… được công bố. (Chỉ số … xếp thứ 8/20)."), or after its last word when it
    ends in no stop (a heading, a table's cell: "0 (Số tạm tính)")."""
    notes = _HELD.findall(paragraph)
    if not notes:
        return paragraph
    text = _HELD.sub("", paragraph).rstrip()
    if not text:
        return " ".join(notes)
    if _SENTENCE_END.search(text):
        return f"{text} " + " ".join(f"{n}." for n in notes)
    return f"{text} " + " ".join(notes)
