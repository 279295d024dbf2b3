"""Fixtures for the ingest tests: real PDF, DOCX and text files made in tmp_path.

The shared real documents (../shared) are read in place, never copied into the repo.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from builders import cp1258_bytes, write_docx, write_pdf, write_zip_bomb
from fpdf import FPDF
from PIL import Image

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("ASSISTANT_SHARED", REPO.parent / "shared"))

PdfFactory = Callable[..., Path]


def _shared(relative: str) -> Path:
    path = SHARED / relative
    if not path.is_file():
        pytest.skip(
            f"{relative} is not at {path}: put the project's shared/ folder beside the repo"
        )
    return path


@pytest.fixture(scope="session")
def seed_report() -> Path:
    """The real 2021 CCHC report (blank number and day in its header)."""
    return _shared("seed/bao-cao-cchc-2021-skhcn-khanh-hoa.txt")


@pytest.fixture(scope="session")
def decree() -> Path:
    """Nghị định 30/2020/NĐ-CP in Markdown: Chương, Mục, Điều, khoản, điểm."""
    return _shared("reference/nghi-dinh-30-2020-ND-CP.md")


@pytest.fixture(scope="session")
def nfd_text() -> Path:
    """A long real text stored in decomposed (NFD) form."""
    return _shared("data/admin-text/university-admin-text-2023.txt")


@pytest.fixture
def make_pdf(tmp_path: Path) -> PdfFactory:
    """``make_pdf(pages, name="doc.pdf")`` writes a text PDF into tmp_path."""

    def make(pages: list[str], name: str = "doc.pdf") -> Path:
        return write_pdf(tmp_path / name, pages)

    return make


@pytest.fixture
def scanned_pdf(tmp_path: Path) -> Path:
    """Two pages holding only an image, as a scanner makes them: no text layer."""
    image = tmp_path / "scan.png"
    Image.new("RGB", (200, 280), "white").save(image)
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.image(str(image), x=10, y=10, w=180)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    return path


@pytest.fixture
def make_docx(tmp_path: Path) -> Callable[..., Path]:
    """``make_docx(blocks, name="doc.docx")``: paragraphs (str) and tables (rows of cells)."""

    def make(blocks: list[str | list[list[str]]], name: str = "doc.docx") -> Path:
        return write_docx(tmp_path / name, blocks)

    return make


@pytest.fixture
def zip_bomb(tmp_path: Path) -> Path:
    """A 300 MB-when-unzipped .docx of a few hundred kilobytes."""
    return write_zip_bomb(tmp_path / "bomb.docx", megabytes=300)


@pytest.fixture
def to_cp1258() -> Callable[[str], bytes]:
    """The ``cp1258_bytes`` encoder."""
    return cp1258_bytes
