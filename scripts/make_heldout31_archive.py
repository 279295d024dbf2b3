"""Write the THIRTY-FIRST held-out archive: the UBND thành phố Bảo An (a city at district level of
the fictional tỉnh Hạ Uyên), early 2022 – 30/6/2025, whose files pass on 01/7/2025 to the new UBND
phường Bảo An, to November 2026.

A blind archive for one run (list questions, figure questions, the figures each area of a periodic
report must state, citation checks of drafts, ``bench/status.py``, ``bench/areas.py``,
``bench/report.py`` for 2024, 2025 and 2026-Q3, ``bench/draft.py --archive``,
``bench/relations.py``) whose focus is AN ARCHIVE MADE MOSTLY OF CORRESPONDENCE, AND NUMBERS THAT
COLLIDE: the province's and the Sở Nội vụ's letters and the city's answers, reminders "lần 2",
letters down to the phường and xã, a hỏa tốc, a letter withdrawn, one corrected, one replaced, a
Thông báo kết luận carried out; the province, the city and the phường all writing …/QĐ-UBND,
…/KH-UBND, …/BC-UBND (pairs with one number and symbol in one year, told apart by issuer and
date); the end of the district level. Its facts, written by hand:
``bench/data/heldout31_archive_truth.json``. Nobody tunes on it. The output is deterministic (no
LibreOffice); it is never written into ``corpus/``.

Run: ``python scripts/make_heldout31_archive.py [--out bench/out/heldout31-archive]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from heldout31_common import write_doc, write_draft
from heldout31_docs import DOCS as HAND
from heldout31_docs import DRAFT_88, DRAFT_FILE
from heldout31_reports import ALL as REPORTS

DOCS = REPORTS + HAND


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out`` (folders); refuse ``corpus/``."""
    repo = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=repo / "bench" / "out" / "heldout31-archive")
    out = parser.parse_args(argv).out.resolve()
    corpus = (repo / "corpus").resolve()
    if out == corpus or corpus in out.parents:
        sys.exit("the held-out archive must not go into corpus/: pass another --out folder")
    out.mkdir(parents=True, exist_ok=True)
    for doc in DOCS:
        write_doc(out, doc)
    (out / DRAFT_FILE).parent.mkdir(parents=True, exist_ok=True)
    title = "Dự thảo Báo cáo CCHC năm 2025 của UBND phường Bảo An (lần 1) (MẪU)"
    write_draft(out / DRAFT_FILE, DRAFT_88, title)
    print(f"wrote {len(DOCS)} held-out documents and a draft")


if __name__ == "__main__":
    main()
