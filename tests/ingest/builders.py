"""Builders of real test files (PDF, DOCX, zip bombs, cp1258 text), shared by the
ingest tests and their fixtures in ``conftest.py``."""

from __future__ import annotations

import datetime as dt
import importlib.util
import random
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


# The rows of the annex fixture (``make_doc_fixtures.annex``) as a workbook reads: a line
# per row, cells joined by " | ", numbers the Vietnamese way.
ANNEX_LINES = [
    "PHỤ LỤC 1",
    "KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2022",
    "(Kèm theo Báo cáo số 45/BC-SNV ngày 12/12/2022 của Sở Nội vụ)",
    "STT | Lĩnh vực | Hồ sơ tiếp nhận | Đúng hạn",
    "1 | Công chức, viên chức | 1.234 | 98,5%",
    "2 | Thi đua, khen thưởng | 56 | 100,0%",
    "3 | Văn thư, lưu trữ | 12.045 | 99,1%",
]


def fixture_script(name: str):  # type: ignore[no-untyped-def]
    """The module of ``scripts/<name>.py`` (the fixtures' makers: ``make_doc_fixtures`` …),
    whose builders make a fixture's DOCX again to compare with it."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


def render_page(
    lines: list[str],
    *,
    dpi: int = 300,
    noise: float = 0.0,
    skew: float = 0.0,
    seed: int = 0,
    height: float = 5.8,
    top: float = 0.6,
    leading: int = 19,
) -> Image.Image:
    """``lines`` in 12 pt DejaVu Sans as a scanner sees them: a page 8.27 in wide and
    ``height`` in tall (half A4 by default), ``top`` in of margin, ``leading`` pt from
    line to line, salt-and-pepper ``noise`` (share of pixels) and ``skew`` degrees.
    Shared by the OCR tests and bench/ocr.py."""
    width, tall = int(8.27 * dpi), int(height * dpi)
    image = Image.new("L", (width, tall), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), round(12 * dpi / 72))
    y = int(top * dpi)
    for line in lines:
        draw.text((int(0.8 * dpi), y), line, font=font, fill=0)
        y += round(leading * dpi / 72)
    if skew:
        image = image.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
    if noise:
        rng = random.Random(seed)
        pixels = image.load()
        assert pixels is not None
        for _ in range(int(width * tall * noise)):
            x, yy = rng.randrange(width), rng.randrange(tall)
            pixels[x, yy] = 0 if rng.random() < 0.5 else 255
    return image


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
