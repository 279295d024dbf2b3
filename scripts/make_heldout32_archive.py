"""Write the THIRTY-SECOND held-out archive: the Sở Nội vụ of the fictional tỉnh Kiến Phong, early
2023 – October 2026, with the Sở Nội vụ tỉnh Vạn Ninh's reform files of 2023 – 6/2025 received on
the merger of the two provinces (01/7/2025).

A blind archive for one run (list questions, figure questions, the figures each area of a periodic
report must state, citation checks of drafts, ``bench/status.py``, ``bench/areas.py``,
``bench/report.py`` for 2024, 2025 and 2026-Q2, ``bench/draft.py --archive``,
``bench/relations.py``) whose focus is TWO PREDECESSORS' DOCUMENTS IN ONE ARCHIVE, AND WHAT
CONTINUES TO APPLY WHERE: the Sở Lao động – Thương binh và Xã hội merged into the Sở Nội vụ on
01/3/2025 (its labour and social work now the Sở's, no reform area); the old tỉnh Kiến Phong and
tỉnh Vạn Ninh merged on 01/7/2025 (the new Sở numbering anew from 01); both old Sở and both old
UBND tỉnh writing the same symbols (pairs with one number, symbol and year, told apart only by
issuer and date); the new UBND tỉnh's decision on which of each former province's documents keep
applying on that former province's territory, to when, and which are repealed; one Quy chế for
the whole province replacing a pair. Its facts, written by hand:
``bench/data/heldout32_archive_truth.json``. Nobody tunes on it. The output is deterministic (no
LibreOffice); it is never written into ``corpus/``.

Run: ``python scripts/make_heldout32_archive.py [--out bench/out/heldout32-archive]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from heldout32_common import write_doc, write_draft
from heldout32_docs import DOCS as HAND
from heldout32_docs import DRAFT_68, DRAFT_FILE
from heldout32_reports import ALL as REPORTS

DOCS = REPORTS + HAND


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out`` (folders); refuse ``corpus/``."""
    repo = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=repo / "bench" / "out" / "heldout32-archive")
    out = parser.parse_args(argv).out.resolve()
    corpus = (repo / "corpus").resolve()
    if out == corpus or corpus in out.parents:
        sys.exit("the held-out archive must not go into corpus/: pass another --out folder")
    out.mkdir(parents=True, exist_ok=True)
    for doc in DOCS:
        write_doc(out, doc)
    (out / DRAFT_FILE).parent.mkdir(parents=True, exist_ok=True)
    title = "Dự thảo Báo cáo CCHC năm 2025 của Sở Nội vụ tỉnh Kiến Phong (lần 1) (MẪU)"
    write_draft(out / DRAFT_FILE, DRAFT_68, title)
    print(f"wrote {len(DOCS)} held-out documents and a draft")


if __name__ == "__main__":
    main()
