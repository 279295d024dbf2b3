"""Write the THIRTY-FOURTH held-out archive: the Ban Quản lý các khu công nghiệp of the fictional
tỉnh Thanh Bình, 2021 – October 2026.

A blind archive for one run (list questions, figure questions, the figures each area of a periodic
report must state, citation checks of drafts, ``bench/status.py``, ``bench/areas.py``,
``bench/report.py`` for 2024, 2025 and 2026-Q3, ``bench/draft.py --archive``,
``bench/relations.py``) whose focus is LOOK-ALIKE DOCUMENTS, where the right one must be picked:
the same subject from several issuers (the UBND tỉnh's and a Bộ's decisions công bố TTHC and the
Ban's own carrying them out; the province's yearly CCHC plan and report and the Ban's of the same
year; the province's Quy chế and the Ban's on the same matter), the same subject every year (trích
yếu that differ only by the year, one whose year is only in its body), delegations (the UBND tỉnh
ủy quyền the Ban for a term, extended, ended in part, then a new one with the same trích yếu; the
Ban's phân công, ủy quyền for its Phó Trưởng ban, replaced), a provincial Quy chế applying to the
Ban in some articles only, a division renamed from 01/7/2025; the Ban's sector work (đầu tư, lao
động, môi trường: no reform area). Its facts, written by hand:
``bench/data/heldout34_archive_truth.json``. Nobody tunes on it. The output is deterministic (no
LibreOffice); it is never written into ``corpus/``.

Run: ``python scripts/make_heldout34_archive.py [--out bench/out/heldout34-archive]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from heldout34_common import write_doc, write_draft
from heldout34_docs import DOCS as HAND
from heldout34_docs import DRAFT_248, DRAFT_FILE
from heldout34_reports import ALL as REPORTS

DOCS = REPORTS + HAND


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out`` (folders); refuse ``corpus/``."""
    repo = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=repo / "bench" / "out" / "heldout34-archive")
    out = parser.parse_args(argv).out.resolve()
    corpus = (repo / "corpus").resolve()
    if out == corpus or corpus in out.parents:
        sys.exit("the held-out archive must not go into corpus/: pass another --out folder")
    out.mkdir(parents=True, exist_ok=True)
    for doc in DOCS:
        write_doc(out, doc)
    (out / DRAFT_FILE).parent.mkdir(parents=True, exist_ok=True)
    title = (
        "Dự thảo Báo cáo CCHC năm 2025 của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình"
        " (lần 1) (MẪU)"
    )
    write_draft(out / DRAFT_FILE, DRAFT_248, title)
    print(f"wrote {len(DOCS)} held-out documents and a draft")


if __name__ == "__main__":
    main()
