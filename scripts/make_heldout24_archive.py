"""Write the TWENTY-FOURTH held-out archive: the Sở Tài chính of tỉnh Bảo Lâm (fictional),
January 2022 – November 2026.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py`` for 2025, 2024 and 2025-H1,
``bench/draft.py --archive``, ``bench/relations.py``, each with ``--corpus`` and ``--truth``)
whose focus is FILES AS A REAL OFFICE KEEPS THEM: DOCX whose header is a borderless two-column
table (one row, two rows, a merged cell) and whose signature block is a table; PDFs "printed
from Word" with the header drawn in two columns (line by line across, or one column after the
other), a page number at the top of later pages, one body justified; text exported from the
e-office system with a metadata block first; pages saved from the province's portal (.html);
one file in Windows-1258; an annex in its own file; file names as staff save them. On 01/3/2025
the Sở takes over the Sở Kế hoạch và Đầu tư's tasks. Lives: replaced, amended, an article
suspended, a pilot extended, a decision repealed, a DỰ THẢO. Its facts, written by hand:
``bench/data/heldout24_archive_truth.json``. Nobody tunes on it. Output is deterministic; it is
never written into ``corpus/``.

Run: ``python scripts/make_heldout24_archive.py [--out bench/out/heldout24-archive]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from heldout24_common import write_annex, write_doc, write_draft
from heldout24_early import ANNEX_47, EARLY
from heldout24_late import DRAFT_95, LATE

DOCS = EARLY + LATE
ANNEX_FILE = "Phu luc QD 47-STC.docx"
DRAFT_FILE = "Du thao sua doi QCLV 2026.docx"


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out``; refuse ``corpus/``."""
    repo = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=repo / "bench" / "out" / "heldout24-archive")
    out = parser.parse_args(argv).out.resolve()
    corpus = (repo / "corpus").resolve()
    if out == corpus or corpus in out.parents:
        sys.exit("the held-out archive must not go into corpus/: pass another --out folder")
    out.mkdir(parents=True, exist_ok=True)
    for doc in DOCS:
        write_doc(out, doc)
    heading, rows, after = ANNEX_47
    write_annex(out / ANNEX_FILE, heading, rows, after, "Phụ lục QĐ 47/QĐ-STC (MẪU)")
    write_draft(out / DRAFT_FILE, DRAFT_95, "Dự thảo sửa đổi Quy chế làm việc (MẪU)")
    print(f"wrote {len(DOCS)} held-out documents, an annex and a draft to {out}")


if __name__ == "__main__":
    main()
