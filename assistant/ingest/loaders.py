"""``load_document``: any supported file → a normalised ``Document`` with its identity.

Loaders only read: a source file is never modified, moved or deleted.
"""

from __future__ import annotations

import email
import email.policy
import re
import unicodedata
import zipfile
from dataclasses import replace
from pathlib import Path

from assistant.errors import LoadError
from assistant.ingest.header import parse_header
from assistant.ingest.legacy import from_legacy
from assistant.ingest.markup import is_markup, markup_to_text
from assistant.ingest.normalize import goes_on_across_pages, normalize_text, repair_pdf_lines
from assistant.ingest.ocr import OcrOptions, OcrUnavailableError, ocr_image_file, repair_ocr_digits
from assistant.ingest.odf import package_kind, read_odt_blocks
from assistant.ingest.ods import read_ods
from assistant.ingest.pdf import ocr_note, read_pdf
from assistant.ingest.rtf import read_rtf
from assistant.ingest.sheet import read_sheet
from assistant.ingest.text import decode_text
from assistant.ingest.word import grid_lines, read_docx
from assistant.ingest.word97 import Grid, is_doc, read_doc_blocks
from assistant.models import Document

IMAGE_SUFFIXES: tuple[str, ...] = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
MARKUP_SUFFIXES: tuple[str, ...] = (".html", ".htm")
# Read as text (``_load_text``), whatever else is in them.
TEXT_SUFFIXES: tuple[str, ...] = (".txt", ".md", *MARKUP_SUFFIXES)
SHEET_SUFFIXES: tuple[str, ...] = (".xlsx", ".xls")
WEB_ARCHIVE_SUFFIXES: tuple[str, ...] = (".mht", ".mhtml")
# Read as a Word file (``_load_doc``), whichever of Word's formats they hold.
WORD_SUFFIXES: tuple[str, ...] = (".doc", ".rtf")
# OpenDocument text and spreadsheets, and their flat (one XML file) forms.
ODF_SUFFIXES: tuple[str, ...] = (".odt", ".ods", ".fodt", ".fods")
SUPPORTED_SUFFIXES: tuple[str, ...] = (
    ".pdf",
    ".docx",
    *WORD_SUFFIXES,
    *TEXT_SUFFIXES,
    *SHEET_SUFFIXES,
    *WEB_ARCHIVE_SUFFIXES,
    *ODF_SUFFIXES,
    *IMAGE_SUFFIXES,
)
DEFAULT_MAX_BYTES = 50 * 2**20
_MB = 2**20


def _source_name(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` with POSIX separators (the name as given otherwise)."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _check_size(path: Path, name: str, max_bytes: int) -> None:
    """Refuse a file over the limit before reading a byte of it."""
    size = path.stat().st_size
    if size > max_bytes:
        raise LoadError(
            name,
            f"is {size / _MB:.1f} MB, over the {max_bytes / _MB:.1f} MB limit: split the file, "
            "or raise the limit with ASSISTANT_MAX_FILE_MB",
        )


def _join_pages(pages: tuple[str, ...]) -> tuple[str, tuple[int, ...]]:
    """Pages joined by a blank line (a space where a sentence runs on across the page
    break), and the offset where each starts."""
    text = ""
    starts = []
    previous = ""  # the last page with text
    for page in pages:
        if text and page:
            text += " " if goes_on_across_pages(previous, page) else "\n\n"
        starts.append(len(text))
        text += page
        previous = page or previous
    return text, tuple(starts)


def _load_pdf(path: Path, name: str, ocr: OcrOptions | None) -> Document:
    pdf = read_pdf(path, name, ocr=ocr)
    text, starts = _join_pages(pdf.pages)
    return _with_ocr(
        Document(source=name, text=text, page_starts=starts, encoding="pdf", notes=pdf.notes),
        pdf.ocr,
    )


def _with_ocr(doc: Document, read: dict[int, float | None]) -> Document:
    """``doc`` with the pages (0-based index → confidence) that OCR read."""
    if not read:
        return doc
    pages = sorted(read)
    known = [c for c in read.values() if c is not None]
    return replace(
        doc,
        ocr_pages=tuple(i + 1 for i in pages),
        ocr_confidences=tuple(read[i] for i in pages),
        ocr_confidence=round(sum(known) / len(known), 1) if known else None,
    )


def _load_image(path: Path, name: str, ocr: OcrOptions | None) -> Document:
    from PIL import Image

    try:
        read = ocr_image_file(path, name, ocr)
    except OcrUnavailableError as exc:
        raise LoadError(name, f"is an image: reading it needs OCR, but {exc}") from exc
    except (OSError, Image.DecompressionBombError, ValueError) as exc:
        raise LoadError(name, f"is not a readable image ({exc}): re-scan or re-export it") from exc
    pages = tuple(normalize_text(repair_pdf_lines(repair_ocr_digits(p.text))) for p in read)
    text, starts = _join_pages(pages)
    if not text.strip():
        raise LoadError(
            name, "is an image in which OCR found no text: if it is not blank, re-scan at 300 dpi"
        )
    confidences = {i: p.confidence for i, p in enumerate(read)}
    doc = Document(
        source=name,
        text=text,
        page_starts=starts,
        encoding="ocr",
        notes=(ocr_note(list(confidences), confidences.values()),),
    )
    return _with_ocr(doc, confidences)


def _load_docx(path: Path, name: str, max_bytes: int) -> Document:
    if is_doc(path):  # a Word 97–2003 file renamed .docx
        return _load_doc(path, name, max_bytes)
    return _converted(name, read_docx(path, name, max_bytes=max_bytes), "docx")


def _converted(name: str, raw: str, encoding: str, notes: tuple[str, ...] = ()) -> Document:
    """A document of ``raw`` text: lines typed in the old fonts converted, then normalised
    (NFC would map TCVN3's "Ð", é, to "Đ"), and a note of the conversion."""
    text, legacy = from_legacy(raw)
    return Document(
        source=name,
        text=normalize_text(text),
        encoding=encoding,
        notes=(*notes, *([legacy] if legacy else [])),
    )


def _load_doc(path: Path, name: str, max_bytes: int) -> Document:
    """A Word 97–2003 file or an RTF file; a DOCX, an RTF or a web page saved under a
    ``.doc`` name (as Word and e-office systems save them), or a ``.doc`` under an ``.rtf``
    name, is told apart by its first bytes."""
    kind = path.suffix.lower() or ".doc"
    if zipfile.is_zipfile(path):
        doc = _load_docx(path, name, max_bytes)
        return replace(doc, notes=(*doc.notes, f"the {kind} file is a .docx: read as one"))
    doc_file = is_doc(path)
    if not doc_file:
        with path.open("rb") as f:
            head = f.read(1024).lstrip(b"\xef\xbb\xbf \t\r\n")
        if head.startswith(b"{\\rtf") or kind == ".rtf":
            rtf = read_rtf(path, name)
            named = () if kind == ".rtf" else (f"the {kind} file is an RTF file: read as one",)
            return _converted(name, _blocks_text(rtf.blocks), "rtf", (*rtf.notes, *named))
        if head.lower().startswith((b"<", b"\xef\xbb\xbf<")):
            doc = _load_text(path, name)
            return replace(doc, notes=(*doc.notes, "the .doc file is a web page: read as one"))
        if _WEB_ARCHIVE_HEAD.match(head) and b"mime-version" in head.lower():
            # Word's "Single File Web Page" (MHTML) saved under a .doc name
            doc = _load_web_archive(path, name)
            return replace(doc, notes=(*doc.notes, "the .doc file is a web archive: read as one"))
    doc = _converted(name, _blocks_text(read_doc_blocks(path, name)), "doc")
    if doc_file and kind == ".rtf":
        return replace(doc, notes=(*doc.notes, f"the {kind} file is a .doc: read as one"))
    return doc


def _blocks_text(blocks: list[str | Grid]) -> str:
    """A Word file's paragraphs and tables (``grid_lines``) as text, blocks apart."""
    return "\n\n".join(b if isinstance(b, str) else "\n".join(grid_lines(b)) for b in blocks)


def _load_odf(path: Path, name: str, max_bytes: int) -> Document:
    """An OpenDocument text or spreadsheet, read as what its package says it is (a
    spreadsheet under a ``.odt`` name as a spreadsheet, a DOCX as a DOCX), with a note."""
    suffix = path.suffix.lower()
    named = ".ods" if suffix in (".ods", ".fods") else ".odt"
    kind = package_kind(path)
    if kind not in (".docx", ".ods", ".odt"):
        kind = named  # the reader says what is wrong with it
    if kind == ".docx":
        doc = _load_docx(path, name, max_bytes)
    elif kind == ".ods":
        doc = _converted(name, read_ods(path, name, max_bytes=max_bytes), "ods")
    else:
        blocks = read_odt_blocks(path, name, max_bytes=max_bytes)
        raw = "\n\n".join(b if isinstance(b, str) else "\n".join(grid_lines(b)) for b in blocks)
        doc = _converted(name, raw, "odt")
    if kind != named:
        return replace(doc, notes=(*doc.notes, f"the {suffix} file is a {kind}: read as one"))
    return doc


# A MIME message's first header, as a web archive opens.
_WEB_ARCHIVE_HEAD = re.compile(rb"(?i)(?:mime-version|content-type|from|subject|date)\s*:")


def _load_web_archive(path: Path, name: str) -> Document:
    """A web archive (MHTML: ``.mht``, or Word's "Single File Web Page" under a ``.doc``
    name): the page it holds, read as the text it shows."""
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    html = next(
        (
            part.get_content()
            for part in message.walk()
            if part.get_content_type() == "text/html" and not part.is_multipart()
        ),
        None,
    )
    if not isinstance(html, str) or not html.strip():
        raise LoadError(
            name, "is a web archive holding no page: open it in a browser or Word and save it "
            "as .docx",
        )
    note = "the file is a web archive (MHTML): read as the page it shows"
    return _converted(name, markup_to_text(html), "mhtml", (note,))


def _load_text(path: Path, name: str) -> Document:
    decoded = decode_text(path.read_bytes(), name)
    notes = [decoded.note] if decoded.note else []
    if not unicodedata.is_normalized("NFC", decoded.text):
        notes.append("the text used decomposed accents (NFD): converted to NFC")
    if "\u00d0" in decoded.text:
        notes.append("'Ð' (U+00D0, Icelandic eth) was typed for 'Đ': replaced")
    text, legacy = from_legacy(decoded.text)
    if legacy:
        notes.append(legacy)
    if path.suffix.lower() in MARKUP_SUFFIXES or is_markup(text):
        # an e-office export keeps its HTML: read what a browser shows
        text = markup_to_text(text)
        notes.append("the file is HTML (tags, entities): read as the text it shows")
    text = normalize_text(text)
    return Document(source=name, text=text, encoding=decoded.encoding, notes=tuple(notes))


def load_document(
    path: Path,
    *,
    root: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    ocr: OcrOptions | None = None,
) -> Document:
    """Load a PDF, DOCX, DOC (Word 97–2003), RTF, ODT/ODS (OpenDocument), TXT, MD, HTML,
    XLSX/XLS (Excel) or scanned image as a normalised document with its identity (a text
    file holding HTML is read as the text it shows; a workbook's rows as lines, cells joined
    by `` | ``).

    Args:
        path: the file to load.
        root: the corpus folder; ``Document.source`` is ``path`` relative to it.
        max_bytes: larger files are refused before they are read.
        ocr: how to run Tesseract on scanned pages and images (command, per-page
            progress); None for the command in ``Settings`` (``ASSISTANT_TESSERACT``).

    Returns:
        The document: NFC text (PDF pages joined by a blank line), page starts,
        the encoding used, the header's identity, notes on what was repaired and
        which pages were read by OCR.

    Raises:
        LoadError: unsupported type, too large, empty, binary, encrypted,
            corrupt, or scanned when Tesseract is missing; the message says what to do.
    """
    name = _source_name(path, root)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise LoadError(
            name,
            f"unsupported file type '{suffix or '(none)'}': supported are "
            f"{' '.join(SUPPORTED_SUFFIXES)}; convert it to one of these",
        )
    _check_size(path, name, max_bytes)
    if suffix in (".pdf", *IMAGE_SUFFIXES) and ocr is None:
        from assistant.config import Settings

        ocr = OcrOptions(command=Settings.from_env().tesseract)
    if suffix == ".pdf":
        doc = _load_pdf(path, name, ocr)
    elif suffix in IMAGE_SUFFIXES:
        doc = _load_image(path, name, ocr)
    elif suffix == ".docx":
        doc = _load_docx(path, name, max_bytes)
    elif suffix in WORD_SUFFIXES:
        doc = _load_doc(path, name, max_bytes)
    elif suffix in WEB_ARCHIVE_SUFFIXES:
        doc = _load_web_archive(path, name)
    elif suffix in ODF_SUFFIXES:
        doc = _load_odf(path, name, max_bytes)
    elif suffix in SHEET_SUFFIXES:
        doc = _converted(name, read_sheet(path, name, max_bytes=max_bytes), suffix[1:])
    else:
        doc = _load_text(path, name)
    if not doc.text.strip():
        raise LoadError(name, "is empty: nothing to ingest")
    return replace(doc, identity=parse_header(doc.text))
