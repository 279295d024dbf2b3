"""Write the TWENTY-NINTH held-out archive: the Sở Du lịch of tỉnh Ninh Thủy (fictional), January
2023 – November 2026.

A blind archive for one run (list questions, figure questions, the figures each area of a periodic
report must state, citation checks of drafts, ``bench/status.py``, ``bench/areas.py``,
``bench/report.py`` for 2025, 2026-H1 and 2026-Q3, ``bench/draft.py --archive``,
``bench/relations.py``) whose focus is THE FIGURES A PERIODIC REPORT MUST STATE: the Sở's CCHC
reports of quarters, halves, nine months and years with figures in prose and tables, the year
report signed in December with an estimate and the official figure sent in January, a corrected
figure and a đính chính, the province's figures, "cùng kỳ" columns, the plans' targets, and the
sector's tourism statistics that are no reform figures. Its facts, written by hand:
``bench/data/heldout29_archive_truth.json``. Nobody tunes on it. The output is deterministic (no
LibreOffice); it is never written into ``corpus/``.

Run: ``python scripts/make_heldout29_archive.py [--out bench/out/heldout29-archive]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from heldout29_common import write_doc, write_draft
from heldout29_docs import DOCS as HAND
from heldout29_docs import DRAFT_168, DRAFT_FILE
from heldout29_reports import ALL as REPORTS

DOCS = REPORTS + HAND


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out`` (year folders); refuse ``corpus/``."""
    repo = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=repo / "bench" / "out" / "heldout29-archive")
    out = parser.parse_args(argv).out.resolve()
    corpus = (repo / "corpus").resolve()
    if out == corpus or corpus in out.parents:
        sys.exit("the held-out archive must not go into corpus/: pass another --out folder")
    out.mkdir(parents=True, exist_ok=True)
    for doc in DOCS:
        write_doc(out, doc)
    (out / DRAFT_FILE).parent.mkdir(parents=True, exist_ok=True)
    write_draft(out / DRAFT_FILE, DRAFT_168, "Dự thảo Báo cáo CCHC năm 2025 (lần 1) (MẪU)")
    print(f"wrote {len(DOCS)} held-out documents and a draft")


if __name__ == "__main__":
    main()
