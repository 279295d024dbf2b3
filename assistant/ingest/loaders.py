"""``load_document``: any supported file → a normalised ``Document`` with its identity.

Loaders only read: a source file is never modified, moved or deleted.
"""

from __future__ import annotations

import email
import email.policy
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import olefile

from assistant.errors import LoadError
from assistant.ingest.header import parse_header
from assistant.ingest.legacy import from_legacy
from assistant.ingest.markup import is_markup, markup_to_text
from assistant.ingest.normalize import goes_on_across_pages, normalize_text, repair_pdf_lines
from assistant.ingest.ocr import OcrOptions, OcrUnavailableError, ocr_image_file, repair_ocr_digits
from assistant.ingest.odf import package_kind, read_odt_blocks
from assistant.ingest.ods import read_ods
from assistant.ingest.pdf import ocr_note, read_pdf
from assistant.ingest.rtf import RTF_HEADS, read_rtf
from assistant.ingest.sheet import read_sheet
from assistant.ingest.text import decode_text
from assistant.ingest.word import grid_lines, read_docx
from assistant.ingest.word97 import Grid, read_doc_blocks
from assistant.models import Document

IMAGE_SUFFIXES: tuple[str, ...] = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
MARKUP_SUFFIXES: tuple[str, ...] = (".html", ".htm")
# Read as text (``_load_text``), whatever else is in them.
TEXT_SUFFIXES: tuple[str, ...] = (".txt", ".md", *MARKUP_SUFFIXES)
SHEET_SUFFIXES: tuple[str, ...] = (".xlsx", ".xls")
WEB_ARCHIVE_SUFFIXES: tuple[str, ...] = (".mht", ".mhtml")
# Word's own formats (read, as every office file is, as what they hold: ``_load_office``).
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


def _load_docx(path: Path, name: str, max_bytes: int) -> Document:
    return _converted(name, read_docx(path, name, max_bytes=max_bytes), "docx")


def _load_word97(path: Path, name: str, max_bytes: int) -> Document:
    return _converted(name, _blocks_text(read_doc_blocks(path, name)), "doc")


def _load_rtf(path: Path, name: str, max_bytes: int) -> Document:
    rtf = read_rtf(path, name)
    return _converted(name, _blocks_text(rtf.blocks), "rtf", rtf.notes)


def _load_odt(path: Path, name: str, max_bytes: int) -> Document:
    return _converted(name, _blocks_text(read_odt_blocks(path, name, max_bytes=max_bytes)), "odt")


def _load_ods(path: Path, name: str, max_bytes: int) -> Document:
    return _converted(name, read_ods(path, name, max_bytes=max_bytes), "ods")


def _load_xlsx(path: Path, name: str, max_bytes: int) -> Document:
    return _converted(name, read_sheet(path, name, max_bytes=max_bytes, kind=".xlsx"), "xlsx")


def _load_xls(path: Path, name: str, max_bytes: int) -> Document:
    return _converted(name, read_sheet(path, name, max_bytes=max_bytes, kind=".xls"), "xls")


def _blocks_text(blocks: list[str | Grid]) -> str:
    """A Word file's paragraphs and tables (``grid_lines``) as text, blocks apart."""
    return "\n\n".join(b if isinstance(b, str) else "\n".join(grid_lines(b)) for b in blocks)


# The office kinds a file may hold whatever its name, how each is read, and how a note
# names it.
_READERS: dict[str, tuple[Callable[[Path, str, int], Document], str]] = {
    ".docx": (_load_docx, "a .docx"),
    ".doc": (_load_word97, "a .doc"),
    ".rtf": (_load_rtf, "an RTF file"),
    ".odt": (_load_odt, "a .odt"),
    ".ods": (_load_ods, "a .ods"),
    ".xlsx": (_load_xlsx, "a .xlsx"),
    ".xls": (_load_xls, "a .xls"),
    ".html": (lambda path, name, _: _load_text(path, name), "a web page"),
    ".mht": (lambda path, name, _: _load_web_archive(path, name), "a web archive"),
}
# The kind each office suffix names (a flat OpenDocument file's is its package's).
_NAMED = {
    ".docx": ".docx", ".doc": ".doc", ".rtf": ".rtf", ".odt": ".odt", ".fodt": ".odt",
    ".ods": ".ods", ".fods": ".ods", ".xlsx": ".xlsx", ".xls": ".xls",
}  # fmt: skip
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def file_kind(path: Path) -> str | None:
    """The kind of office file ``path`` holds, by its first bytes and, for a zip, its
    members or its ``mimetype``: a key of ``_READERS``, ".xml" for XML that is neither a
    flat OpenDocument file nor a web page, or None when it is none of them (its reader then
    says what is wrong with it).

    Offices rename files: a ``.docx`` that is an RTF file, a Word 97 file or a web page
    Word saved; a ``.doc`` that is a ``.docx``; a ``.xlsx`` that is a ``.ods``.
    """
    with path.open("rb") as f:
        raw = f.read(4096)
    if raw.startswith(b"PK\x03\x04") or zipfile.is_zipfile(path):
        return package_kind(path)  # (a damaged zip: None, and its reader says so)
    if raw.startswith(_OLE):
        try:
            with olefile.OleFileIO(str(path)) as ole:
                workbook = not ole.exists("WordDocument") and (
                    ole.exists("Workbook") or ole.exists("Book")
                )
        except Exception:  # olefile raises many kinds on a damaged file: the .doc reader says why
            workbook = False
        return ".xls" if workbook else ".doc"  # (an encrypted .docx is refused as a .doc)
    head = raw.lstrip(b"\xef\xbb\xbf \t\r\n\x00")
    if head.startswith(RTF_HEADS):
        return ".rtf"
    if head.startswith(b"<"):
        flat = package_kind(path)
        if flat is not None:
            return flat
        text = head.decode("utf-8", "replace")
        if is_markup(text) or "<html" in text.lower() or not text.startswith("<?xml"):
            return ".html"
        return ".xml"
    if _WEB_ARCHIVE_HEAD.match(head) and b"mime-version" in head.lower():
        return ".mht"
    return None


def _load_office(path: Path, name: str, max_bytes: int) -> Document:
    """A Word, OpenDocument or Excel file read as what its bytes say it is, whatever its
    name (a ``.docx`` that is an RTF file, a ``.doc`` that is a DOCX, a ``.xlsx`` that is
    a ``.ods`` …), with a note saying so; one of no kind read is refused by the reader its
    name calls for, saying why."""
    suffix = path.suffix.lower()
    named = _NAMED[suffix]
    kind = file_kind(path)
    if kind == ".xml":  # Word's XML under a .doc name, read as a page (its text) as before
        kind = ".html" if named == ".doc" else None
    if kind is None or kind == named:
        return _READERS[named][0](path, name, max_bytes)
    read, shown = _READERS[kind]
    doc = read(path, name, max_bytes)
    return replace(doc, notes=(*doc.notes, f"the {suffix} file is {shown}: read as one"))


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
    by `` | ``). A Word, OpenDocument or Excel file is read as what its bytes say it is
    whatever its name says (a ``.docx`` that is an RTF file, with a note saying so).

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
    elif suffix in _NAMED:  # Word, OpenDocument, Excel: read as what the bytes say
        doc = _load_office(path, name, max_bytes)
    elif suffix in WEB_ARCHIVE_SUFFIXES:
        doc = _load_web_archive(path, name)
    else:
        doc = _load_text(path, name)
    if not doc.text.strip():
        raise LoadError(name, "is empty: nothing to ingest")
    return replace(doc, identity=parse_header(doc.text))
