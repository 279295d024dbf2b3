"""Write the THIRTY-THIRD held-out archive: the Sở Tư pháp of the fictional tỉnh Liên Sơn, early
2022 – November 2026.

A blind archive for one run (list questions, figure questions, the figures each area of a periodic
report must state, citation checks of drafts, ``bench/status.py``, ``bench/areas.py``,
``bench/report.py`` for 2024, 2025 and 2026-Q3, ``bench/draft.py --archive``,
``bench/relations.py``) whose focus is DOCUMENTS CORRECTED, RE-ISSUED, WITHDRAWN, AND FIGURES
REVISED: Quyết định đính chính that correct a decision's effective day, a plan's cited date and a
decision's figure (the corrected document stays in force, with the corrected text); a decision
withdrawn days after signing (it never took effect) and re-issued under a new number; a plan
issued again; a Công văn cancelling another; year reports of December with estimates, replaced by
the official figures of a January letter or of the next quarter's report; reports bổ sung that
correct a figure; decisions effective later than signed (one signed in December 2024 replacing
another from 01/01/2025); the Sở's sector work (hộ tịch, công chứng, phổ biến giáo dục pháp luật:
no reform area). Its facts, written by hand: ``bench/data/heldout33_archive_truth.json``. Nobody
tunes on it. The output is deterministic (no LibreOffice); it is never written into ``corpus/``.

Run: ``python scripts/make_heldout33_archive.py [--out bench/out/heldout33-archive]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from heldout33_common import write_doc, write_draft
from heldout33_docs import DOCS as HAND
from heldout33_docs import DRAFT_250, DRAFT_FILE
from heldout33_reports import ALL as REPORTS

DOCS = REPORTS + HAND


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out`` (folders); refuse ``corpus/``."""
    repo = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=repo / "bench" / "out" / "heldout33-archive")
    out = parser.parse_args(argv).out.resolve()
    corpus = (repo / "corpus").resolve()
    if out == corpus or corpus in out.parents:
        sys.exit("the held-out archive must not go into corpus/: pass another --out folder")
    out.mkdir(parents=True, exist_ok=True)
    for doc in DOCS:
        write_doc(out, doc)
    (out / DRAFT_FILE).parent.mkdir(parents=True, exist_ok=True)
    title = "Dự thảo Báo cáo CCHC năm 2025 của Sở Tư pháp tỉnh Liên Sơn (lần 1) (MẪU)"
    write_draft(out / DRAFT_FILE, DRAFT_250, title)
    print(f"wrote {len(DOCS)} held-out documents and a draft")


if __name__ == "__main__":
    main()
