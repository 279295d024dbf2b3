"""Footnotes and endnotes read where they stand.

A report gives a figure's period, a rank or the document it rests on in a footnote ("Trong
kỳ¹, Ban tiếp nhận 18 hồ sơ" — ¹ "Số liệu từ ngày 15/12/2020 đến ngày 14/6/2021"). Read
after the text, the note loses the sentence it speaks of; so the readers of Word, RTF and
OpenDocument files put each note in brackets at its reference mark: "Trong kỳ (Số liệu từ
ngày 15/12/2020 đến ngày 14/6/2021), Ban tiếp nhận 18 hồ sơ". A note no mark refers to is
still read after the text.
"""

from __future__ import annotations

from collections.abc import Iterable


def inline_note(paragraphs: Iterable[str]) -> str:
    """A note's paragraphs as read at its reference mark: " (…)", its paragraphs joined by
    "; " without their closing full stops; "" for an empty note."""
    parts = (" ".join(p.split()).rstrip(" .;") for p in paragraphs)
    text = "; ".join(p for p in parts if p)
    return f" ({text})" if text else ""
