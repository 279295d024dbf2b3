"""Write the TWENTY-EIGHTH held-out archive: the Sở Nội vụ of tỉnh Yên Khê (fictional), January
2022 – November 2026.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py`` for 2025, 2026-Q3 and 2025-H1,
``bench/draft.py --archive``, ``bench/relations.py``) whose focus is VOLUME AND LONG SERIES: a
real department's archive of about 120 files in year folders, where the same kinds of document
come again and again — monthly CCHC reports from one template, quarterly / six-month /
nine-month / year reports of the Sở and of the province, decisions announcing lists of TTHC by
lĩnh vực, Công văn đôn đốc / hướng dẫn, yearly plans, the index decisions — with hand-written
documents between them. Its facts, written by hand: ``bench/data/heldout28_archive_truth.json``.
Nobody tunes on it. The output is deterministic (no LibreOffice); it is never written into
``corpus/``.

Run: ``python scripts/make_heldout28_archive.py [--out bench/out/heldout28-archive]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from heldout28_common import write_doc, write_draft
from heldout28_docs import DOCS as HAND
from heldout28_docs import DRAFT_169, DRAFT_FILE
from heldout28_series import SERIES

DOCS = SERIES + HAND


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out`` (year folders); refuse ``corpus/``."""
    repo = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=repo / "bench" / "out" / "heldout28-archive")
    out = parser.parse_args(argv).out.resolve()
    corpus = (repo / "corpus").resolve()
    if out == corpus or corpus in out.parents:
        sys.exit("the held-out archive must not go into corpus/: pass another --out folder")
    out.mkdir(parents=True, exist_ok=True)
    for doc in DOCS:
        write_doc(out, doc)
    (out / DRAFT_FILE).parent.mkdir(parents=True, exist_ok=True)
    write_draft(out / DRAFT_FILE, DRAFT_169, "Dự thảo Kế hoạch CCHC năm 2026 (lần 2) (MẪU)")
    print(f"wrote {len(DOCS)} held-out documents (one saved twice) and a draft")


if __name__ == "__main__":
    main()
