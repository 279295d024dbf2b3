"""PDF loading with pypdf: page by page, with the line breaks repaired."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from assistant.errors import LoadError
from assistant.ingest.normalize import normalize_text, repair_pdf_lines

# Fewer visible characters than this on average per page: a scan without a text layer.
MIN_CHARS_PER_PAGE = 25
# A page under this in a PDF that otherwise has text is reported as missing.
_EMPTY_PAGE = 10


@dataclass(frozen=True)
class PdfText:
    """The normalised text of each page, and what the user should know about it."""

    pages: tuple[str, ...]
    notes: tuple[str, ...] = ()


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


def read_pdf(path: Path, name: str) -> PdfText:
    """Extract, repair and normalise the text of each page of a PDF.

    Args:
        path: the PDF file.
        name: how to name the file in messages (its source path).

    Returns:
        One normalised text per page, plus notes on pages without text.

    Raises:
        LoadError: the PDF is password-protected, unreadable, or has no text layer.
    """
    reader = _open(path, name)
    pages = tuple(normalize_text(repair_pdf_lines(t)) for t in _page_texts(reader, name))
    if not pages:
        raise LoadError(name, "has no pages: re-export it")
    visible = [sum(1 for c in p if not c.isspace()) for p in pages]
    if sum(visible) < MIN_CHARS_PER_PAGE * len(pages):
        raise LoadError(
            name,
            f"has no text layer ({sum(visible)} characters in {len(pages)} pages): "
            "this file needs OCR first",
        )
    blank = [str(i + 1) for i, n in enumerate(visible) if n < _EMPTY_PAGE]
    notes = ()
    if blank:
        notes = (
            f"pages {', '.join(blank)} have no text layer (scanned?): run OCR to include them",
        )
    return PdfText(pages, notes)
