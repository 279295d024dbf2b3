"""Write the TWENTY-SEVENTH held-out archive: the Sở Y tế of tỉnh Khánh Lâm (fictional), January
2023 – November 2026.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py`` for 2025, 2025-Q3 and 2026-H1,
``bench/draft.py --archive``, ``bench/relations.py``) whose focus is A DEPARTMENT THAT REPORTS BY
QUARTER AND KEEPS ITS SIGNED DOCUMENTS AS SCANS: quarterly CCHC reports with the quarter's and the
cumulative figures, comparisons, a corrected quarter, tables of quarters, a footnote; and scanned
PDFs with no text layer (page images drawn with Pillow: a stamp over the signer's name, a skew,
speckle, two pages), two of them beside the unsigned Word file. Its facts, written by hand:
``bench/data/heldout27_archive_truth.json``. Nobody tunes on it. The output is deterministic (no
LibreOffice); it is never written into ``corpus/``.

Run: ``python scripts/make_heldout27_archive.py [--out bench/out/heldout27-archive]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from heldout27_common import write_doc, write_draft
from heldout27_early import EARLY
from heldout27_late import DRAFT_30, LATE

DOCS = EARLY + LATE
DRAFT_FILE = "Du thao QD thay the QD 58 (lan 1).docx"


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out``; refuse ``corpus/``."""
    repo = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=repo / "bench" / "out" / "heldout27-archive")
    out = parser.parse_args(argv).out.resolve()
    corpus = (repo / "corpus").resolve()
    if out == corpus or corpus in out.parents:
        sys.exit("the held-out archive must not go into corpus/: pass another --out folder")
    out.mkdir(parents=True, exist_ok=True)
    for doc in DOCS:
        write_doc(out, doc)
    title = "Dự thảo Quyết định thay thế Quyết định 58 (lần 1) (MẪU)"
    write_draft(out / DRAFT_FILE, DRAFT_30, title)
    print(f"wrote {len(DOCS)} held-out documents (two with a Word file beside a scan) and a draft")


if __name__ == "__main__":
    main()
