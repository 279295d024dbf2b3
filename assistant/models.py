"""Frozen records passed between the pipeline stages.

Offsets (``start``/``end``) always refer to a document's NFC-normalised text
(``Document.text``), never to the raw bytes of the file.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Identity:
    """What a document says about itself in its header.

    Attributes:
        ident: number and symbol in canonical spacing, e.g. ``1753/QĐ-UBND``;
            ``/BC-SKHCN`` when the number is left blank in a draft; None if absent.
        number: the number part as written (``1753``, ``07``), None when blank.
        code: the type code from the symbol (``QĐ``, ``BC``), None for a công văn.
        kind: the type line in title case (``Quyết định``, ``Báo cáo``), None if absent.
        issuer: the issuing body from the header (``UBND TỈNH KHÁNH HÒA``), None if absent.
        date: ISO ``YYYY-MM-DD``; ``YYYY-MM`` when the day is blank; None if absent.
        place: the place before ``, ngày`` (``Khánh Hòa``).
        subject: the trích yếu (``Về việc sắp xếp …``) without the ``Về việc`` lead.
    """

    ident: str | None = None
    number: str | None = None
    code: str | None = None
    kind: str | None = None
    issuer: str | None = None
    date: str | None = None
    place: str | None = None
    subject: str | None = None

    @property
    def year(self) -> int | None:
        """The year of ``date``, if any."""
        return int(self.date[:4]) if self.date else None


@dataclass(frozen=True)
class Document:
    """A loaded, normalised document.

    Attributes:
        source: the file's path relative to the corpus root (POSIX separators).
        text: the whole normalised text; pages are joined by a blank line.
        page_starts: offset in ``text`` where each page begins (page 1 first).
        encoding: how the bytes were decoded (``utf-8``, ``cp1258``, ``pdf``, ``docx``…).
        identity: the document's own number, date and type from its header.
        notes: what loading had to repair or guess, for the user to see.
        ocr_pages: 1-based pages whose text was read by OCR (scans), in order.
        ocr_confidences: Tesseract's mean word confidence (0-100) of each of
            ``ocr_pages``, None for a page where no word was read.
        ocr_confidence: mean word confidence over all the OCR pages, None if none.
    """

    source: str
    text: str
    page_starts: tuple[int, ...] = (0,)
    encoding: str = "utf-8"
    identity: Identity = field(default_factory=Identity)
    notes: tuple[str, ...] = ()
    ocr_pages: tuple[int, ...] = ()
    ocr_confidences: tuple[float | None, ...] = ()
    ocr_confidence: float | None = None

    def page_at(self, offset: int) -> int:
        """The 1-based page number holding ``offset``."""
        return max(1, bisect.bisect_right(self.page_starts, offset))

    def page_span(self, page: int) -> tuple[int, int]:
        """``(start, end)`` offsets of a 1-based page in ``text``."""
        start = self.page_starts[page - 1]
        end = self.page_starts[page] if page < len(self.page_starts) else len(self.text)
        return start, end

    def ocr_spans(self) -> tuple[tuple[int, int, float | None], ...]:
        """``(start, end, confidence)`` of each stretch of ``text`` read by OCR."""
        confidences = self.ocr_confidences or (None,) * len(self.ocr_pages)
        return tuple(
            (*self.page_span(page), conf)
            for page, conf in zip(self.ocr_pages, confidences, strict=True)
        )

    def ocr_of_pages(self, first: int, last: int) -> tuple[bool, float | None]:
        """Whether any of pages ``first``..``last`` was read by OCR, and their mean confidence."""
        confidences = self.ocr_confidences or (None,) * len(self.ocr_pages)
        hit = [c for p, c in zip(self.ocr_pages, confidences, strict=True) if first <= p <= last]
        known = [c for c in hit if c is not None]
        return bool(hit), (round(sum(known) / len(known), 1) if known else None)


@dataclass(frozen=True)
class Chunk:
    """A piece of a document, cut along its section structure.

    Attributes:
        id: stable id: ``<source>#<ordinal>:<hash of text>``.
        source: as in ``Document.source``.
        text: the chunk's text (the section heading path is not repeated in it).
        section: the section path, e.g. ``II > 3 > a``; empty before the first heading.
        heading: the title of the innermost section, for display.
        page_start: first page (1-based).
        page_end: last page.
        start: offset of the chunk in the document text.
        end: end offset.
        identity: the document's identity (copied to every chunk as metadata).
        ocr: whether any of its pages was read by OCR (a scan), so its numbers may be misread.
        ocr_confidence: Tesseract's mean word confidence (0-100) over those pages.
        context: for a later piece of an article, the article its text leaves out, after
            the document's name line when its identity names nothing (``Bộ luật dân sự —
            Điều 101. Chủ thể …``); empty elsewhere.
    """

    id: str
    source: str
    text: str
    section: str
    heading: str
    page_start: int
    page_end: int
    start: int
    end: int
    identity: Identity = field(default_factory=Identity)
    ocr: bool = False
    ocr_confidence: float | None = None
    context: str = ""

    @property
    def locator(self) -> str:
        """Where the chunk is: ``p. 3, II > 3 > a``."""
        pages = (
            f"p. {self.page_start}"
            if self.page_start == self.page_end
            else f"pp. {self.page_start}-{self.page_end}"
        )
        return f"{pages}, {self.section}" if self.section else pages
