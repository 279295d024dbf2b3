"""Document ingestion front end: load, normalise, read the header, chunk by section.

``load_document`` turns a PDF, DOCX, TXT or MD file, or a scan (PDF pages without
a text layer, PNG, JPEG, TIFF: read by OCR), into a normalised ``Document`` with its
identity; ``chunk_document`` cuts it along its sections.
"""

from __future__ import annotations

from assistant.ingest.chunk import chunk_document
from assistant.ingest.header import parse_header
from assistant.ingest.loaders import SUPPORTED_SUFFIXES, load_document
from assistant.ingest.normalize import normalize_text, repair_pdf_lines

__all__ = [
    "SUPPORTED_SUFFIXES",
    "chunk_document",
    "load_document",
    "normalize_text",
    "parse_header",
    "repair_pdf_lines",
]
