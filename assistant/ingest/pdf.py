"""PDF loading with pypdf: page by page, with the line breaks repaired.

Pages without a text layer (scans) are read by OCR (``assistant.ingest.ocr``), only
those pages; their text then goes through the same repairs as the others.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from assistant.errors import LoadError
from assistant.ingest.legacy import convert_legacy, legacy_note
from assistant.ingest.normalize import normalize_text, repair_pdf_lines, without_page_number
from assistant.ingest.ocr import OcrOptions, OcrUnavailableError, ocr_pdf_pages, repair_ocr_digits

# Fewer visible characters than this on average per page: a scan without a text layer.
MIN_CHARS_PER_PAGE = 25
# A page under this in a PDF that otherwise has text is reported as missing.
_EMPTY_PAGE = 10


@dataclass(frozen=True)
class PdfText:
    """The normalised text of each page, and what the user should know about it.

    Attributes:
        pages: one normalised text per page.
        notes: what the user should know (pages OCR could not read, …).
        ocr: 0-based page index → Tesseract's mean confidence, for pages read by OCR.
    """

    pages: tuple[str, ...]
    notes: tuple[str, ...] = ()
    ocr: dict[int, float | None] = field(default_factory=dict)


def _open(path: Path, name: str) -> PdfReader:
    """A reader for ``path``, decrypted with the empty password if it is encrypted."""
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise LoadError(name, "is password-protected: save an unprotected copy and ingest that")
        return reader
    except DependencyError as exc:
        raise LoadError(
            name,
            f"is encrypted in a way that needs an extra package ({exc}): "
            "pip install cryptography, or save an unprotected copy and ingest that",
        ) from exc
    except OSError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise _unreadable(name, exc) from exc


def _unreadable(name: str, exc: Exception) -> LoadError:
    detail = str(exc) or type(exc).__name__
    return LoadError(name, f"is not a readable PDF ({detail}): re-export or re-scan it")


def _page_texts(reader: PdfReader, name: str) -> list[str]:
    """The raw extracted text of every page."""
    texts = []
    try:
        for page in reader.pages:
            texts.append(page.extract_text() or "")
    except FileNotDecryptedError as exc:
        raise LoadError(
            name, "is password-protected: save an unprotected copy and ingest that"
        ) from exc
    except OSError:
        raise
    # pypdf raises many kinds of error on damaged content streams.
    except Exception as exc:
        raise _unreadable(name, exc) from exc
    return texts


def _repaired(raw: str, number: int) -> str:
    """Page ``number``'s text, its printed page number dropped, its line breaks repaired."""
    return normalize_text(repair_pdf_lines(without_page_number(normalize_text(raw), number)))


def read_pdf(path: Path, name: str, *, ocr: OcrOptions | None = None) -> PdfText:
    """Extract, repair and normalise the text of each page of a PDF, OCR-ing scanned pages.

    Args:
        path: the PDF file.
        name: how to name the file in messages (its source path).
        ocr: how to run Tesseract on pages without a text layer (defaults if None).

    Returns:
        One normalised text per page, which pages were read by OCR, and notes.

    Raises:
        LoadError: the PDF is password-protected, unreadable, or has no text
            layer and cannot be read by OCR (Tesseract missing, or blank pages).
    """
    reader = _open(path, name)
    pages = []
    legacy: dict[str, int] = {}
    for i, raw in enumerate(_page_texts(reader, name)):
        text, codes = convert_legacy(raw)  # before NFC maps TCVN3's "Ð" (é) to "Đ"
        for encoding, lines in codes.items():
            legacy[encoding] = legacy.get(encoding, 0) + lines
        pages.append(_repaired(text, i + 1))
    if not pages:
        raise LoadError(name, "has no pages: re-export it")
    scanned = [i for i, p in enumerate(pages) if _visible(p) < MIN_CHARS_PER_PAGE]
    notes: list[str] = [n for n in [legacy_note(legacy)] if n]
    read: dict[int, float | None] = {}
    unread = False
    if scanned:
        try:
            found = ocr_pdf_pages(path, scanned, name, ocr)
        except OcrUnavailableError as exc:
            if len(scanned) == len(pages):
                raise LoadError(
                    name, f"has no text layer: this file needs OCR first, but {exc}"
                ) from exc
            notes.append(f"pages {_numbers(scanned)} have no text layer and were not read: {exc}")
            found, unread = {}, True
        for i, page in found.items():
            text = _repaired(repair_ocr_digits(page.text), i + 1)
            if _visible(text) > _visible(pages[i]):
                pages[i] = text
                read[i] = page.confidence
    visible = [_visible(p) for p in pages]
    if sum(visible) < MIN_CHARS_PER_PAGE * len(pages) and not read:
        raise LoadError(
            name,
            f"has no text layer ({sum(visible)} characters in {len(pages)} pages) and OCR "
            "found no text on its pages: if they are not blank, re-scan at 300 dpi; "
            "this file needs OCR first",
        )
    if read:
        notes.insert(0, ocr_note(list(read), read.values()))
    blank = [i for i, n in enumerate(visible) if n < _EMPTY_PAGE and i not in read]
    if blank and not unread:
        notes.append(f"pages {_numbers(blank)} have no text, even by OCR (blank?)")
    return PdfText(tuple(pages), tuple(notes), read)


def ocr_note(indexes: list[int], confidences: Iterable[float | None]) -> str:
    """``pages 2, 3 read by OCR (mean confidence 91): check numbers and dates``."""
    known = [c for c in confidences if c is not None]
    mean = f" (mean confidence {sum(known) / len(known):.0f})" if known else ""
    what = f"page {indexes[0] + 1}" if len(indexes) == 1 else f"pages {_numbers(indexes)}"
    return f"{what} read by OCR{mean}: numbers and dates may be misread"


def _visible(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def _numbers(indexes: Iterable[int]) -> str:
    return ", ".join(str(i + 1) for i in indexes)
