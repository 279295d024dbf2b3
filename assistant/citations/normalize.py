"""Canonical forms: the text citations are found in, dates, and the lookup key.

Only canonicalises: nothing here finds citations or reads files.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from assistant.citations.regexes import ISSUER_VARIANTS

# Look-alikes typed for Đ/đ: Ð (U+00D0, Icelandic eth) and ð (U+00F0). One character
# for one, so offsets are those of the NFC text.
_LOOKALIKES = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ"})


def normalize(text: str) -> str:
    """The text citations are extracted from: NFC, with ``Ð``→``Đ`` and ``ð``→``đ``.

    Offsets of every citation refer to this string. Idempotent.

    Example: ``normalize("Quye\\u0302\\u0301t đi\\u0323nh 1753/QÐ-UBND")`` gives
    ``"Quyết định 1753/QĐ-UBND"``.
    """
    if text.isascii():
        return text
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\u00d0" in text or "\u00f0" in text:
        text = text.translate(_LOOKALIKES)
    return text


def _fold_char(ch: str) -> str:
    if ch in "Đđ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    return base.lower() if len(base.lower()) == 1 else ch


# Folding table for the Latin range: one character in, one out, so offsets survive.
_FOLD = {cp: _fold_char(chr(cp)) for cp in range(0xC0, 0x1F00) if chr(cp).isalpha()}


def fold(text: str) -> str:
    """Lower case without diacritics, ``Đ``→``d``; same length as ``normalize(text)``.

    Example: ``fold("Quyết định QĐ")`` gives ``"quyet dinh qd"``.
    """
    return normalize(text).translate(_FOLD).lower()


def canonical_issuer(group: str) -> str:
    """One spelling per issuer for the lookup key: no ``&``, known variants merged.

    Example: ``SKH&CN``, ``SKHHCN`` and ``SKHCN`` all give ``SKHCN``.
    """
    plain = group.replace("&", "")
    return ISSUER_VARIANTS.get(plain, plain)


_KEY_SPLIT = re.compile(r"([/\-])")


def lookup_key(ident: str) -> str:
    """The key a document is found by, whatever the spelling of its number.

    Ignores diacritics, case, ``Đ``/``D``, ``&``, blanks, leading zeros of the
    number and known issuer variants.

    Example: ``lookup_key("1753/QĐ-UBND") == lookup_key("1753/qd-ubnd")`` and
    ``lookup_key("137/QĐ-SKH&CN") == lookup_key("137/QD-SKHHCN") == "137/qd-skhcn"``.
    """
    compact = re.sub(r"\s+", "", normalize(ident)).replace("_", "-")
    parts = _KEY_SPLIT.split(compact)
    out = []
    for i, part in enumerate(parts):
        if i == 0:
            out.append(part.lstrip("0") or "0")
        elif part in "/-":
            out.append(part)
        else:
            out.append(canonical_issuer(part.upper().replace("Đ", "D")))
    return fold("".join(out))


def iso_date(day: str | None, month: str, year: str) -> str | None:
    """ISO ``YYYY-MM-DD`` of a written date, None when it is not a real date.

    Example: ``iso_date("28", "6", "2021") == "2021-06-28"``; ``iso_date("25", "21", "2019")``
    is None (month 21).
    """
    if not day:
        return None
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def written_date_note(raw: str) -> str:
    """The note left on a citation whose written date is not a calendar date."""
    return f"date {raw.strip()!r} is not a calendar date"
