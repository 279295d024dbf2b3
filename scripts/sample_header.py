"""The header, marks, footer and file writers the fictional sample archives share.

Shared by ``make_samples.py`` (the Hòa An archive) and the text modules it reads
(``samples_early.py``, ``samples_2024.py``), and by ``make_heldout3_archive.py`` (another
province, its own place, mark and footer), so headers and the PDF/DOCX/text writers are
written in one place. Output is deterministic: fixed PDF/DOCX metadata and zip timestamps.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from fpdf import FPDF

MARK = "(MẪU — tài liệu mẫu của một cơ quan hư cấu, không có giá trị pháp lý)"
FOOTER = "Ghi chú: Đây là tài liệu MẪU do scripts/make_samples.py tạo ra; tỉnh Hòa An là hư cấu."
# The issuer blocks: the Sở under the provincial People's Committee, and the Committee itself.
SO = ("UBND TỈNH HÒA AN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
UBND = ("ỦY BAN NHÂN DÂN", "TỈNH HÒA AN")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FIXED = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def header(
    number: str,
    day: str,
    kind: str,
    subject: str,
    issuer: tuple[str, ...] = SO,
    *,
    place: str = "Hòa An",
    mark: str = MARK,
) -> str:
    """The standard header block of a document of a sample archive.

    Args:
        number: ``Số:`` as printed, e.g. ``15/QĐ-SKHCN``.
        day: the date as printed after the place name.
        kind: the type line (``QUYẾT ĐỊNH``), empty for a công văn.
        subject: the trích yếu.
        issuer: the capitalised issuer lines above the Quốc hiệu.
        place: the địa danh before the date.
        mark: the first line, saying the document is a fictional sample.
    """
    lines = [
        mark,
        "",
        *issuer,
        "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        f"Số: {number}",
        "",
        f"{place}, {day}",
        "",
    ]
    if kind:
        lines.append(kind)
    lines += [subject, ""]
    return "\n".join(lines)


class Sample:
    """One sample file: its name, format and text (a DOCX may hold one table).

    Attributes:
        file: the file name written into the output folder.
        fmt: ``txt``, ``pdf`` or ``docx``.
        blocks: the text, in blocks; a DOCX splits each block into paragraphs at blank lines
            and puts ``table`` after the blocks, ``after`` behind it.
        table: rows of a DOCX table, or None.
        after: DOCX text after the table.
        title: the PDF/DOCX metadata title.
    """

    def __init__(
        self,
        file: str,
        fmt: str,
        blocks: tuple[str, ...],
        *,
        table: list[list[str]] | None = None,
        after: str = "",
        title: str = "",
    ) -> None:
        self.file, self.fmt, self.blocks = file, fmt, blocks
        self.table, self.after, self.title = table, after, title

    @property
    def text(self) -> str:
        """The whole text (for a text or PDF file)."""
        return "".join(self.blocks)


@dataclass(frozen=True)
class Style:
    """How one archive writes its files: its footer, metadata and PDF page.

    Attributes:
        footer: the last line of every file (it must say the file is a sample).
        pdf_author, docx_author: the metadata author.
        tool: the DOCX ``last_modified_by`` (the script's name).
        fixed: the creation time written into PDF and DOCX metadata and zip members.
        margins: the PDF's left, top and right margins (mm).
        font_size: the PDF's font size.
    """

    footer: str
    pdf_author: str
    docx_author: str
    tool: str
    fixed: dt.datetime = FIXED
    margins: tuple[float, float, float] = (25, 20, 20)
    font_size: int = 12


def write_text(path: Path, text: str, style: Style) -> None:
    """A UTF-8 text file with LF line ends and the sample footer."""
    path.write_text(f"{text.rstrip()}\n\n{style.footer}\n", encoding="utf-8", newline="\n")


def write_pdf(path: Path, text: str, title: str, style: Style) -> None:
    """A multi-page A4 PDF in DejaVu Sans, with fixed metadata."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(style.fixed)
    pdf.set_title(title)
    pdf.set_author(style.pdf_author)
    pdf.set_margins(*style.margins)
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_page()
    pdf.set_font("DejaVu", size=style.font_size)
    for block in f"{text.rstrip()}\n\n{style.footer}".split("\n"):
        pdf.multi_cell(0, 7, block, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def write_docx(path: Path, sample: Sample, style: Style) -> None:
    """A DOCX: the blocks as paragraphs, then the table, then the closing section."""
    document = docx.Document()
    for block in sample.blocks:
        for paragraph in block.split("\n\n"):
            document.add_paragraph(paragraph)
    rows = sample.table or []
    if rows:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for row, values in zip(table.rows, rows, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    for paragraph in f"{sample.after}\n\n{style.footer}".split("\n\n"):
        document.add_paragraph(paragraph)
    props = document.core_properties
    props.title, props.author = sample.title, style.docx_author
    props.last_modified_by, props.revision = style.tool, 1
    props.created = props.modified = props.last_printed = style.fixed.replace(tzinfo=None)
    buffer = io.BytesIO()
    document.save(buffer)
    _rezip(buffer.getvalue(), path, style.fixed)


def _rezip(data: bytes, path: Path, fixed: dt.datetime) -> None:
    """Rewrite a zip with fixed member timestamps, so the bytes do not depend on the clock."""
    stamp = (fixed.year, fixed.month, fixed.day, fixed.hour, fixed.minute, fixed.second)
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=stamp)
            member.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(member, src.read(info.filename))


def write_sample(out: Path, sample: Sample, style: Style) -> None:
    """Write one sample into ``out`` in its format."""
    if sample.fmt == "pdf":
        write_pdf(out / sample.file, sample.text, sample.title, style)
    elif sample.fmt == "docx":
        write_docx(out / sample.file, sample, style)
    else:
        write_text(out / sample.file, sample.text, style)


def write_held_out(
    samples: list[Sample], style: Style, *, name: str, description: str, argv: list[str] | None
) -> None:
    """The ``main`` of a held-out archive's script: write ``samples`` into ``--out``
    (default ``bench/out/<name>``), refusing ``corpus/``."""
    repo = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=repo / "bench" / "out" / name)
    out = parser.parse_args(argv).out.resolve()
    corpus = (repo / "corpus").resolve()
    if out == corpus or corpus in out.parents:
        sys.exit("the held-out archive must not go into corpus/: pass another --out folder")
    out.mkdir(parents=True, exist_ok=True)
    for sample in samples:
        write_sample(out, sample, style)
    print(f"wrote {len(samples)} held-out documents to {out}")
