"""Write the SEVENTEENTH held-out archive: the Sở Nông nghiệp và Môi trường of tỉnh Hà Lâm
(fictional), formed on 01/3/2025 by merging two Sở, January 2022 – November 2026.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py``, ``bench/draft.py --archive``,
``bench/relations.py``, each with ``--corpus`` and ``--truth``): documents of the Sở Nông
nghiệp và Phát triển nông thôn (``SNNPTNT``) and the Sở Tài nguyên và Môi trường (``STNMT``)
numbering apart (the same number under two symbols), then of the merged ``SNNMT`` numbering
again from 01 each year (``05/QĐ-SNNMT`` of 2025 and of 2026); two annual reports ending in an
appendix table of the documents issued ("Phụ lục: Danh mục văn bản đã ban hành": STT | Số, ký
hiệu | Ngày ban hành | Trích yếu | Cơ quan ban hành), a DOCX table in one and text lines in a
signed PDF in the other, five of their rows known nowhere else; a Công văn exported from an
e-office system with its HTML (``<p>``, ``<br>``, ``&nbsp;``) left in a .txt file; a quarterly
report saved in Windows-1258 (CRLF, tone marks as combining characters). Its facts, written by
hand before any code ran on the documents: ``bench/data/heldout17_archive_truth.json``. Nobody
tunes on it. Output is deterministic; it is never written into ``corpus/``.

Run: ``python scripts/make_heldout17_archive.py [--out bench/out/heldout17-archive]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from heldout17_common import FOOTER, to_cp1258
from heldout17_early import EARLY
from heldout17_late import LATE
from sample_header import Sample, Style, write_sample

STYLE = Style(
    footer=FOOTER,
    pdf_author="Sở Nông nghiệp và Môi trường tỉnh Hà Lâm (MẪU, hư cấu)",
    docx_author="Sở NN&MT tỉnh Hà Lâm (MẪU)",
    tool="make_heldout17_archive.py",
    fixed=dt.datetime(2026, 11, 26, tzinfo=dt.UTC),
    margins=(20, 18, 18),
    font_size=11,
)
SAMPLES = EARLY + LATE


def write(out: Path, sample: Sample) -> None:
    """Write one sample; ``cp1258`` is a text file in Windows-1258 with CRLF line ends."""
    if sample.fmt == "cp1258":
        text = f"{sample.text.rstrip()}\n\n{STYLE.footer}\n"
        (out / sample.file).write_bytes(to_cp1258(text))
    else:
        write_sample(out, sample, STYLE)


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out``; refuse ``corpus/``."""
    repo = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=repo / "bench" / "out" / "heldout17-archive")
    out = parser.parse_args(argv).out.resolve()
    corpus = (repo / "corpus").resolve()
    if out == corpus or corpus in out.parents:
        sys.exit("the held-out archive must not go into corpus/: pass another --out folder")
    out.mkdir(parents=True, exist_ok=True)
    for sample in SAMPLES:
        write(out, sample)
    print(f"wrote {len(SAMPLES)} held-out documents to {out}")


if __name__ == "__main__":
    main()
