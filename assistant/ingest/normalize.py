"""Text normalisation: one canonical form for every loader's output.

``normalize_text`` is what every document goes through (NFC, one kind of space,
one kind of line break, ``Đ`` spelled one way); ``repair_pdf_lines`` undoes the
line breaks a PDF puts in the middle of sentences. Both are pure and idempotent.
"""

from __future__ import annotations

import re
import unicodedata

# Look-alikes of Đ/đ typed by old keyboards and OCR: Icelandic eth, African D.
_LOOKALIKES = str.maketrans({"\u00d0": "Đ", "\u0189": "Đ", "\u00f0": "đ", "\u0256": "đ"})
# Zero-width characters and the soft hyphen carry nothing a reader sees.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Every other space-like character becomes a plain space (NBSP, thin, ideographic…).
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]")
# C0/C1 controls other than the line feed (a NUL or a bell is never content).
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_RUNS_OF_SPACES = re.compile(" {2,}")
_LINE_BREAK = re.compile("\r\n|[\r\n\u2028\u2029]")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def normalize_text(s: str) -> str:
    """Put text in the one form the rest of the package expects.

    NFC; ``Ð`` (U+00D0) and other look-alikes mapped to ``Đ``/``đ``; NBSP and
    other spaces made plain; zero-width characters and controls removed; runs
    of spaces and tabs folded to one space; each line stripped; CRLF and CR
    made LF; three or more line breaks made two (a paragraph break is one
    blank line); leading and trailing blank lines dropped.

    Args:
        s: any text.

    Returns:
        The normalised text. ``normalize_text(normalize_text(s)) == normalize_text(s)``.
    """
    s = _LINE_BREAK.sub("\n", s)
    s = _INVISIBLE.sub("", s)
    s = _CONTROLS.sub("", s)
    s = _SPACES.sub(" ", s)
    s = unicodedata.normalize("NFC", s).translate(_LOOKALIKES)
    s = _RUNS_OF_SPACES.sub(" ", s)
    s = "\n".join(line.strip(" ") for line in s.split("\n"))
    s = _MANY_NEWLINES.sub("\n\n", s)
    return s.strip("\n ")


# --- PDF line repair -------------------------------------------------------------

# Lines that start a unit of their own: headings, header fields, list bullets.
_HEADING_START = re.compile(
    r"""^(?:\#+\s*)?(?:\*\*)?(?:
        (?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+[IVXLC\d]+\b   # Chương II, Mục 1
      | (?:Điều|ĐIỀU)\s+\d+                                  # Điều 5.
      | [IVXL]+[.)]\s                                         # I. / II)
      | \d{1,2}(?:\.\d{1,2})*[.)]\s                           # 1. / 1.1. / 2)
      | [a-zđ]\)\s                                            # a) / đ)
      | [-–—+•*]\s                                            # bullets
      | Số\s*[:.]?\s*[\d/]                                    # Số: 15/QĐ-…
      | (?:V/v|Về\ việc|Kính\ gửi|Căn\ cứ|Nơi\ nhận)\b        # header fields
    )""",
    re.VERBOSE,
)
# Section labels only (no bullets or header fields): the lines that may carry a title.
_SECTION_LABEL = re.compile(
    r"^(?:\#+\s*)?(?:\*\*)?(?:(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN|Điều|ĐIỀU)\s|[IVXL]+[.)]\s"
    r"|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s)"
)
# A line this long was wrapped by the page width (A4 holds 70-90 characters a line).
_WRAPPED_LINE = 70
# "<Place>, ngày 28 tháng 6 năm 2021" — a header line that never joins another.
_DATE_LINE = re.compile(r"^[^\n,]{2,60},\s*ngày\b")
# A line that ends a sentence, a heading label, or a field: nothing joins after it
# (a ";" ends a list item, but a lower-case next line still continues it).
_ENDS_UNIT = re.compile(r"[.!?:…)\]”\"]$|^\S{1,6}$")
_HYPHENATED = re.compile(r"(\w+)-$")
_STARTS_WORD = re.compile(r"^([^\W\d_]+)")
_MAX_SYLLABLE = 7  # the longest Vietnamese syllable ("nghiêng") has 7 letters


def _caps_start(line: str) -> bool:
    """Whether the first word of two or more letters is in capitals (``UBND``, ``GIÁM``)."""
    word = next((w for w in line.split() if sum(c.isalpha() for c in w) >= 2), "")
    return bool(word) and all(c.isupper() for c in word if c.isalpha())


def _stands_alone(line: str) -> bool:
    """A line that must keep its own line: a header field (Số:, date line)."""
    return bool(_DATE_LINE.match(line)) or line.startswith(("Số:", "Số "))


def _complete_field(prev: str, nxt: str) -> str | None:
    """A ``Số:`` or date line cut short (``Số: 15/QĐ-`` + ``UBND``), completed by ``nxt``."""
    if prev.startswith("Số") and prev.endswith(("-", "/")) and nxt[0].isalnum():
        return prev + nxt
    unfinished = _DATE_LINE.match(prev) and not re.search(r"\d{4}\.?$", prev)
    if unfinished and (nxt[0].islower() or nxt[0].isdigit()):
        return prev + " " + nxt
    return None


def _join(prev: str, nxt: str) -> str | None:
    """``prev`` and ``nxt`` as one line, or None when they are separate lines."""
    if not prev or not nxt or _HEADING_START.match(nxt):
        return None
    if _stands_alone(prev):
        return _complete_field(prev, nxt)
    if _stands_alone(nxt) or _ENDS_UNIT.search(prev):
        return None
    first = nxt[0]
    hyphen = _HYPHENATED.search(prev)
    if hyphen and not prev.endswith(" -"):
        word = _STARTS_WORD.match(nxt)
        left = hyphen.group(1)
        if word and first.islower() and left.isalpha():
            if len(left) + len(word.group(1)) <= _MAX_SYLLABLE:
                return prev[:-1] + nxt  # "chín-" + "h" → "chính": one split syllable
            return prev + nxt  # "Covid-" + "ứng" style compound: keep the hyphen
        if first.isalnum():
            return prev + nxt  # "2021-" + "2025", "Covid-" + "19"
    if first.islower() or first.isdigit() or first in "(“\"'" or prev.endswith(","):
        return prev + " " + nxt
    # "… thuộc Sở Khoa học và" + "Công nghệ …": a sentence broken before a capital.
    # Not after a heading (its body follows) nor next to a capitalised line (header, signature).
    # A heading's title is short and its body follows; a long heading line is a wrapped clause.
    titled = _SECTION_LABEL.match(prev) and len(prev) < _WRAPPED_LINE
    if prev[-1].islower() and not (titled or _caps_start(prev) or _caps_start(nxt)):
        return prev + " " + nxt
    return None


def repair_pdf_lines(page_text: str) -> str:
    """Rejoin the lines a PDF broke in the middle of a sentence.

    A line is joined to the next when it does not end a sentence or a field and
    the next starts in lower case, with a digit or a quote (or the line ends with
    a comma), or when it ends in a lower-case word and neither line starts with
    a word in capitals. A word split by a hyphen at the line end is rejoined without the
    hyphen only when the two halves make one Vietnamese syllable. Headings
    (``I.``, ``1.``, ``a)``, ``Điều 5.``, ``Chương II``), bullets, ``Số:`` and
    the date line keep their own lines. Blank lines (paragraph breaks) are kept.

    Args:
        page_text: the text of one page as the PDF library extracted it.

    Returns:
        The repaired text; repairing it again changes nothing.
    """
    out: list[str] = []
    # Normalise first, so the decisions see the characters normalize_text will keep.
    for raw in normalize_text(page_text).split("\n"):
        line = raw.strip()
        joined = _join(out[-1], line) if out else None
        if joined is None:
            out.append(line)
        else:
            out[-1] = joined
    return "\n".join(out)


# A line that is only a page's printed number: "2", "- 2 -", "Trang 2", "2/7".
_PAGE_NUMBER = re.compile(
    r"(?:[-–—]\s*)?(?:Trang\s+)?(\d{1,4})(?:\s*/\s*\d{1,4})?(?:\s*[-–—])?", re.IGNORECASE
)


def without_page_number(page_text: str, number: int) -> str:
    """A page's text without its printed number: a first or last line that is only
    ``number`` ("2", "- 2 -", "Trang 2", "2/7"), as Word prints it at the top of every page
    after the first (Nghị định 30/2020/NĐ-CP, Phụ lục I) or at the foot. Another number, or a
    number inside a line, is content and stays."""
    lines = page_text.split("\n")
    for end in (0, -1):
        filled = [i for i, line in enumerate(lines) if line.strip()]
        printed = _PAGE_NUMBER.fullmatch(lines[filled[end]].strip()) if len(filled) > 1 else None
        if printed and printed.group(1) == str(number):
            del lines[filled[end]]
    return "\n".join(lines).strip("\n")


def goes_on_across_pages(prev_page: str, next_page: str) -> bool:
    """Whether ``next_page`` goes on with the sentence ``prev_page`` breaks off (joined by a
    space, as ``repair_pdf_lines`` joins two lines of one page)."""
    last = prev_page.rstrip().rsplit("\n", 1)[-1].strip()
    first = next_page.lstrip().split("\n", 1)[0].strip()
    return _join(last, first) == f"{last} {first}"

