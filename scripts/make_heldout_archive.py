"""Write the HELD-OUT sample archive: the Sở Tư pháp of the fictional tỉnh Bình Sơn, 2022–2024.

A second archive, written apart from ``corpus/`` (another agency, numbering and wording),
for benches to report blind figures on (``bench/report.py``, ``bench/draft.py``,
``bench/relations.py``). Nobody tunes on it. Its facts, written by hand before any code ran
on it: ``bench/data/heldout_archive_truth.json``. Output is deterministic (fixed PDF/DOCX
metadata and zip timestamps). It is never written into ``corpus/``.

Run: ``python scripts/make_heldout_archive.py [--out bench/out/heldout-archive]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import docx
from fpdf import FPDF
from heldout_2024 import LATE
from heldout_early import EARLY, MARK

REPO = Path(__file__).resolve().parents[1]
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FIXED = dt.datetime(2024, 9, 1, tzinfo=dt.UTC)
ZIP_TIME = (2024, 9, 1, 0, 0, 0)
FOOTER = "— Hết. " + MARK


def documents() -> dict[str, tuple[str, str]]:
    """Every held-out document: file name → (format, text)."""
    early = {name: ("txt", text) for name, text in EARLY.items()}
    return {**early, **LATE}


def write_text(path: Path, text: str) -> None:
    """UTF-8, LF line ends, the held-out mark as the last line."""
    path.write_text(f"{text.rstrip()}\n\n{FOOTER}\n", encoding="utf-8", newline="\n")


def write_pdf(path: Path, text: str) -> None:
    """An A4 PDF in DejaVu Sans with fixed metadata."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"{path.stem} (MẪU, hư cấu)")
    pdf.set_author("Sở Tư pháp tỉnh Bình Sơn (MẪU, hư cấu)")
    pdf.set_margins(30, 20, 15)
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_page()
    pdf.set_font("DejaVu", size=13)
    for line in f"{text.rstrip()}\n\n{FOOTER}".split("\n"):
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def write_docx(path: Path, text: str) -> None:
    """A DOCX, one paragraph per line, with fixed core properties and zip timestamps."""
    document = docx.Document()
    for line in f"{text.rstrip()}\n\n{FOOTER}".split("\n"):
        document.add_paragraph(line)
    props = document.core_properties
    props.title, props.author = f"{path.stem} (MẪU)", "Sở Tư pháp tỉnh Bình Sơn (MẪU)"
    props.last_modified_by, props.revision = "make_heldout_archive.py", 1
    props.created = props.modified = props.last_printed = FIXED.replace(tzinfo=None)
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(member, src.read(info.filename))


WRITERS = {"txt": write_text, "pdf": write_pdf, "docx": write_docx}


def main(argv: list[str] | None = None) -> None:
    """Write every held-out document into ``--out``; refuse ``corpus/``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "heldout-archive")
    out = parser.parse_args(argv).out.resolve()
    if out == (REPO / "corpus").resolve() or (REPO / "corpus").resolve() in out.parents:
        sys.exit("the held-out archive must not go into corpus/: pass another --out folder")
    out.mkdir(parents=True, exist_ok=True)
    docs = documents()
    for name, (fmt, text) in docs.items():
        WRITERS[fmt](out / name, text)
    print(f"wrote {len(docs)} held-out documents to {out}")


if __name__ == "__main__":
    main()
