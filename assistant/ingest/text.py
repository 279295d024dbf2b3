"""Plain-text loading (``.txt``, ``.md``): find the encoding, never guess silently.

Order of evidence: a byte-order mark; the NUL pattern of UTF-16 without one;
valid UTF-8; Windows-1258 (cp1258, the old Vietnamese Windows code page) when the
bytes decode as cp1258 *and* the result reads as Vietnamese. Anything else is
refused with a message saying how to re-save the file.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from assistant.errors import LoadError
from assistant.ingest.legacy import convert_legacy, legacy_note, vietnamese_score

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8-sig", None),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)
# Bytes that never occur in text: C0 controls other than tab, LF, FF, CR, ESC; DEL.
_CONTROL_BYTES = frozenset(set(range(32)) - {9, 10, 12, 13, 27}) | {127}
_SAMPLE = 64 * 1024
# Letters only Vietnamese uses among Latin scripts (after NFC): ă â đ ê ô ơ ư and tone marks.
_VIETNAMESE = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]"
)


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with how it was decoded and what to tell the user."""

    text: str
    encoding: str
    note: str | None = None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs sit on one side of most byte pairs, else None."""
    sample = data[:_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0::2].count(0) / pairs
    odd = sample[1::2].count(0) / pairs
    # ASCII-heavy UTF-16 has a NUL in most pairs; Vietnamese letters (U+1Exx) have none.
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> str | None:
    """Why ``data`` is not text (NULs, control bytes), or None if it may be text."""
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return "it contains NUL bytes"
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    if controls > max(8, len(sample) // 20):
        return f"{controls} of its first {len(sample)} bytes are control codes"
    return None


def _reads_as_vietnamese(text: str) -> bool:
    """True when at least 3% of the letters are Vietnamese-only ones, as in real prose."""
    letters = sum(1 for c in text if c.isalpha())
    viet = len(_VIETNAMESE.findall(text))
    return letters > 0 and viet >= 3 and viet / letters >= 0.03


def decode_text(data: bytes, name: str) -> Decoded:
    """Decode a text file's bytes, naming the encoding used.

    Args:
        data: the file's bytes.
        name: the file's name, for error messages.

    Returns:
        The decoded text (not yet normalised), the encoding, and a note for the
        user when the encoding was not UTF-8.

    Raises:
        LoadError: the bytes are binary, or neither UTF-8/16 nor Vietnamese cp1258.
    """
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding, name)
            note = f"decoded as {label} (byte-order mark)" if label else None
            return Decoded(text, encoding, note)
    utf16 = _utf16_without_bom(data)
    if utf16:
        text = _strict(data, utf16, name)
        return Decoded(text, utf16, f"decoded as {utf16.upper()} without a byte-order mark")
    reason = _looks_binary(data)
    if reason:
        raise LoadError(
            name, f"looks like a binary file, not text: {reason}; ingest the original document"
        )
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        text = ""
    legacy, found = convert_legacy(data.decode("latin-1"))
    if found and (not text or vietnamese_score(legacy) > vietnamese_score(text)):
        # typed in an old font's bytes (TCVN3, VNI), which cp1258 would read as other letters
        encoding = "+".join(found)
        note = f"{legacy_note(found)}: re-save the file as UTF-8 (Unicode) to be sure"
        return Decoded(legacy, encoding.lower(), note)
    if _reads_as_vietnamese(text):
        note = (
            "decoded as Windows-1258 (cp1258), not UTF-8: check the Vietnamese letters "
            "and re-save the file as UTF-8 to be sure"
        )
        return Decoded(text, "cp1258", note)
    raise LoadError(
        name,
        f"is not UTF-8 (invalid byte at offset {utf8_error.start}) and does not read as "
        "Vietnamese in Windows-1258 either: open it in an editor and save it as UTF-8",
    )


def _strict(data: bytes, encoding: str, name: str) -> str:
    """``data`` decoded with ``encoding``, or a LoadError saying where it breaks."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise LoadError(
            name,
            f"looks like {encoding} but has an invalid byte at offset {exc.start}: "
            "open it in an editor and save it as UTF-8",
        ) from exc
