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
    """

    source: str
    text: str
    page_starts: tuple[int, ...] = (0,)
    encoding: str = "utf-8"
    identity: Identity = field(default_factory=Identity)
    notes: tuple[str, ...] = ()

    def page_at(self, offset: int) -> int:
        """The 1-based page number holding ``offset``."""
        return max(1, bisect.bisect_right(self.page_starts, offset))


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

    @property
    def locator(self) -> str:
        """Where the chunk is: ``p. 3, II > 3 > a``."""
        pages = (
            f"p. {self.page_start}"
            if self.page_start == self.page_end
            else f"pp. {self.page_start}-{self.page_end}"
        )
        return f"{pages}, {self.section}" if self.section else pages
