"""Finding a document's header and signature block in its lines, for ``relayout_archive.py``.

Pure: the functions here only read a list of lines (each with the paragraph it belongs to);
the DOCX and PDF modules read and write files. The shapes read are those of Nghị định
30/2020/NĐ-CP, Phụ lục I, as the archive generators write them one under the other: the
sample mark, the issuer lines, Quốc hiệu, Tiêu ngữ, "Số: …", "<Place>, ngày … tháng … năm …",
the type line and trích yếu (or a Công văn's "V/v …"); at the end "Nơi nhận:" with its "- …"
lines, the signer's titles, "(Đã ký)" and name, then the footer.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
# "Số: 15/QĐ-SKHCN", "Số: 09/2024/QĐ-UBND"; a draft's "Số:      /QĐ-…" too.
NUMBER = re.compile(r"^Số\s*:\s*\S")
# "Hòa An, ngày 12 tháng 3 năm 2023": the địa danh, then the date in words.
# A draft leaves the day blank: "Kim Xuyên, ngày      tháng 10 năm 2026".
DATE = re.compile(r"^[^\W\d][^,]{0,40}, ngày\s+(\S+\s+)?tháng\s+\S+\s+năm\s+\S+$")
# The signer's titles: "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH".
TITLE = re.compile(
    r"^(KT\.|TM\.|TL\.|TUQ\.|Q\.|PHÓ |GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG|CHÁNH|THỦ TRƯỞNG|TỔ TRƯỞNG)"
)
# "(Đã ký)", "(Đã ký và đóng dấu)", a draft's "(chưa ký)".
SIGNED = re.compile(r"^\([^()]*\b(ký|Ký)\b[^()]*\)$")
RECIPIENTS = re.compile(r"^Nơi nhận\s*:")
TEXT_OF_ADDRESS = "Kính gửi"


@dataclass(frozen=True)
class Line:
    """One line of a document: its text (None for a table) and the paragraph holding it."""

    text: str | None
    unit: int


@dataclass(frozen=True)
class Header:
    """A document's header as read from its lines.

    Attributes:
        start, end: the span of lines it covers (blank lines inside included), after the mark.
        issuer: the capitalised issuer lines (cơ quan chủ quản, cơ quan ban hành).
        number: the "Số: …" line. date: the place-and-date line.
        kind: the type line ("QUYẾT ĐỊNH"), empty for a Công văn.
        subject: the trích yếu under the type line, or the Công văn's "V/v …" lines.
        draft: a draft's "DỰ THẢO (lần 2)" line, drawn above the header; empty if none.
    """

    start: int
    end: int
    issuer: tuple[str, ...]
    number: str
    date: str
    kind: str
    subject: tuple[str, ...]
    draft: str = ""


@dataclass(frozen=True)
class Signature:
    """The signature block: "Nơi nhận:" and its lines (maybe none), and the signer's lines."""

    start: int
    end: int
    recipients: tuple[str, ...]
    signer: tuple[str, ...]


@dataclass(frozen=True)
class Choice:
    """The layout drawn for one file (by a hash of its name and the seed).

    Attributes:
        table: the DOCX header table: ``a`` one row, ``b`` two rows, ``c`` two rows with the
            issuer's cell merged down.
        plain_signature: keep the signature block as plain paragraphs (a quarter of files).
        by_cells: PDF: draw the whole left column, then the right one (else row by row).
        justified: PDF: the body justified (one file in five).
    """

    table: str
    plain_signature: bool
    by_cells: bool
    justified: bool


def choose(name: str, seed: int) -> Choice:
    """The layout of the file ``name``: a stable function of the name and the seed."""
    h = int.from_bytes(hashlib.sha256(f"{seed}:{name}".encode()).digest()[:8], "big")
    return Choice(
        table="aaaaabbbcc"[h % 10],
        plain_signature=(h // 10) % 4 == 0,
        by_cells=(h // 40) % 2 == 1,
        justified=(h // 80) % 5 == 0,
    )


def signature_note(signature: Signature | None, *, plain: bool = False) -> str:
    """How a file's signature block was laid out, for the line printed about it."""
    if signature is None:
        return "no signature block"
    return "signature plain" if plain else "signature table"


def signer_lines(signer: tuple[str, ...]) -> list[tuple[str, str]]:
    """The signer's lines as drawn, each with its style: titles bold ``B``, "(Đã ký)" italic
    ``I``, two empty lines where the signature goes, then the name bold."""
    out: list[tuple[str, str]] = []
    for text in signer:
        if SIGNED.match(text):
            out.append((text, "I"))
        elif is_caps(text):
            out.append((text, "B"))
        else:
            out += [("", ""), ("", ""), (text, "B")]
    return out


def is_caps(text: str) -> bool:
    """Whether a line is written in capitals (and has letters)."""
    return any(c.isalpha() for c in text) and text == text.upper()


def _tidy(text: str) -> str:
    """A line with its spaces and dashes made plain, for comparing with a fixed line."""
    return " ".join(text.replace("–", "-").replace("—", "-").split())


def split_columns(text: str) -> list[str]:
    """A line holding both header columns side by side, as its two lines; else the line.

    Some generators type a Word header's two columns on one line, padded with spaces
    ("UBND TỈNH LAM ĐIỀN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
    """
    parts = re.split(r" {3,}", text.strip())
    if len(parts) == 2 and (_tidy(parts[1]) in (QUOC_HIEU, TIEU_NGU) or DATE.match(parts[1])):
        return parts
    return [text]


def _is_mark(text: str) -> bool:
    """A line of the sample mark: anything above the first capitalised issuer line."""
    return not is_caps(text) or text.startswith(("(", "["))


def find_header(lines: list[Line]) -> Header | str:
    """The header of a document, or the reason it is not found."""
    i = 0
    while i < len(lines) and lines[i].text is not None and _is_mark(lines[i].text or ""):
        i += 1
    if not any("MẪU" in (line.text or "") for line in lines[:i]):
        return "no sample mark above a capitalised issuer line"
    start, issuer, vv, draft = i, [], [], ""
    found: dict[str, str] = {}
    while i < len(lines) and len(found) < 4:
        text = (lines[i].text or "").strip() if lines[i].text is not None else None
        i += 1
        if text is None:
            return "a table inside the header"
        if not text:
            continue
        if _tidy(text) == QUOC_HIEU:
            found["qh"] = text
        elif _tidy(text) == TIEU_NGU:
            found["tn"] = text
        elif NUMBER.match(text):
            found["number"] = text
        elif DATE.match(text):
            found["date"] = text
        elif text.startswith("V/v"):
            vv.append(text)
        elif text.upper().startswith("DỰ THẢO") and not draft:
            draft = text
        elif is_caps(text) and "number" not in found and "date" not in found:
            issuer.append(text)
        else:
            return f"unexpected line in the header: {text[:50]!r}"
    if len(found) < 4 or not issuer:
        return "no issuer, Quốc hiệu, Tiêu ngữ, Số and date in the header"
    kind, subject, i = _kind_and_subject(lines, i, bool(vv))
    return Header(
        start, i, tuple(issuer), found["number"], found["date"], kind, (*vv, *subject), draft
    )


def _skip_blank(lines: list[Line], i: int) -> int:
    while i < len(lines) and lines[i].text is not None and not (lines[i].text or "").strip():
        i += 1
    return i


def _kind_and_subject(lines: list[Line], i: int, has_vv: bool) -> tuple[str, list[str], int]:
    """The type line and trích yếu after the date (or a Công văn's V/v), and where they end."""
    j = _skip_blank(lines, i)
    if j >= len(lines) or lines[j].text is None:
        return "", [], i
    first = (lines[j].text or "").strip()
    kind = ""
    if is_caps(first) and len(first) <= 60 and not has_vv:
        kind, j = first, j + 1
        if j < len(lines) and lines[j].unit != lines[j - 1].unit:
            j = _skip_blank(lines, j)
    elif not first.startswith("V/v") or has_vv:
        return "", [], i
    subject: list[str] = []
    unit = lines[j].unit if j < len(lines) else -1
    while j < len(lines) and lines[j].unit == unit and len(subject) < 4:
        text = (lines[j].text or "").strip()
        if not text or is_caps(text) or text.startswith(TEXT_OF_ADDRESS):
            break
        subject.append(text)
        j += 1
    return kind, subject, j


def _is_name(text: str) -> bool:
    """A signer's name: two to six capitalised words, no digits or closing punctuation."""
    words = text.split()
    return (
        2 <= len(words) <= 6
        and not any(c.isdigit() for c in text)
        and text[-1] not in ".;:,)"
        and all(w[0].isupper() for w in words)
        and not is_caps(text)
    )


def find_signature(lines: list[Line], end: int, after: int = 0) -> Signature | None:
    """The last signature block between line ``after`` and line ``end`` (the footer), or None.

    It may end the document or stand between a decision and the regulation it issues.
    """
    for j in range(end - 1, after - 1, -1):
        signature = _signature_ending_at(lines, j)
        if signature:
            return signature
    return None


def _signature_ending_at(lines: list[Line], j: int) -> Signature | None:
    """The signature block whose last line (the name, or a "(chưa ký)") is line ``j``."""
    last = (lines[j].text or "").strip() if lines[j].text is not None else ""
    if not (_is_name(last) or SIGNED.match(last)):
        return None
    signer, end = [last], j + 1
    j -= 1
    while j >= 0 and lines[j].text is not None:
        text = (lines[j].text or "").strip()
        if text and not (SIGNED.match(text) or (TITLE.match(text) and is_caps(text))):
            break
        if text:
            signer.insert(0, text)
        j -= 1
    if not any(TITLE.match(text) and is_caps(text) for text in signer):
        return None
    start, recipients = j + 1, _recipients_before(lines, j)
    start -= len(recipients)
    return Signature(start, end, tuple(r for r in recipients if r.strip()), tuple(signer))


def _recipients_before(lines: list[Line], j: int) -> list[str]:
    """The "Nơi nhận:" line and its "- …" lines ending at line ``j`` (blank lines kept)."""
    block: list[str] = []
    while j >= 0 and lines[j].text is not None:
        text = (lines[j].text or "").strip()
        if RECIPIENTS.match(text):
            return [lines[j].text or "", *block]
        if text and not text.startswith(("-", "+", "•")):
            return []
        block.insert(0, lines[j].text or "")
        j -= 1
    return []
