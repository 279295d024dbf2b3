"""Fixtures for the ingest tests: real PDF, DOCX and text files made in tmp_path.

The shared real documents (../shared) are read in place, never copied into the repo.
"""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from PIL import Image

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("ASSISTANT_SHARED", REPO.parent / "shared"))
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

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


def write_pdf(path: Path, pages: list[str], *, font: Path = FONT) -> Path:
    """A PDF with one page per string, in DejaVu Sans (Vietnamese glyphs)."""
    if not font.is_file():
        pytest.skip(f"no DejaVu font at {font}: apt-get install fonts-dejavu-core")
    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2023, 3, 12, tzinfo=dt.UTC))
    pdf.add_font("DejaVu", fname=str(font))
    pdf.set_font("DejaVu", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    pdf.output(str(path))
    return path


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


def write_docx(path: Path, blocks: list[str | list[list[str]]]) -> Path:
    """A DOCX of paragraphs (str) and tables (list of rows), in the given order."""
    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        table = document.add_table(rows=len(block), cols=len(block[0]))
        for row, cells in zip(table.rows, block, strict=True):
            for cell, value in zip(row.cells, cells, strict=True):
                cell.text = value
    document.save(str(path))
    return path


def write_zip_bomb(path: Path, *, megabytes: int) -> Path:
    """A .docx-named zip whose one member is ``megabytes`` MB of zeros (about 1000:1)."""
    block = b"\0" * 2**20
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf,
        zf.open("word/document.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(megabytes):
            member.write(block)
    return path


def cp1258_bytes(text: str) -> bytes:
    """``text`` as Windows-1258 writes it: base letters precomposed, tone marks combining.

    cp1258 has ``ê``, ``ơ``, ``ă``… but not ``ế``: the tone mark is a separate
    combining character, so a plain ``.encode("cp1258")`` of NFC or NFD text fails.
    """
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        tones = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
        shape = [m for m in marks if m not in tones]
        out += unicodedata.normalize("NFC", base + "".join(shape)).encode("cp1258")
        out += "".join(tones).encode("cp1258")
    return bytes(out)


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
