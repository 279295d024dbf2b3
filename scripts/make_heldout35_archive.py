"""Write the THIRTY-FIFTH held-out archive: the Sở Công Thương of the fictional tỉnh Phú Diên,
2022 – November 2026.

A blind archive for one run (list questions, figure questions, the figures each area of a periodic
report must state, citation checks of drafts, ``bench/status.py``, ``bench/areas.py``,
``bench/report.py`` for 2024, 2025 and 2026-Q2, ``bench/draft.py --archive``,
``bench/relations.py``) whose focus is THE PERIODS' FIGURES AND THE WHOLE PERIODIC REPORT: reports
of every period (quý, 6 tháng, 9 tháng, năm) stating this year's figure beside last year's, in
paragraphs and in tables of two year columns; year reports of December with figures to 30/11 and
an estimate, replaced by January letters of official figures; a report put right by a Công văn
đính chính; the province's Chỉ số CCHC of year X decided in year X+1; plans with targets, one
amended mid-year, and the reports that say whether each was met; the lives of a Quy chế làm việc
(replaced), a Quy chế một cửa (one article amended), lists of TTHC (replaced, repealed in part), an
internal procedure suspended for a time, a pilot extended; the Sở's sector work (xúc tiến thương
mại, quản lý chợ, an toàn điện, khuyến công: no reform area). Its facts, written by hand:
``bench/data/heldout35_archive_truth.json``. Nobody tunes on it. The output is deterministic (no
LibreOffice); it is never written into ``corpus/``.

Run: ``python scripts/make_heldout35_archive.py [--out bench/out/heldout35-archive]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from heldout35_common import write_doc, write_draft
from heldout35_docs import DOCS as HAND
from heldout35_docs import DRAFT_142, DRAFT_FILE
from heldout35_reports import ALL as REPORTS

DOCS = REPORTS + HAND


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out`` (folders); refuse ``corpus/``."""
    repo = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=repo / "bench" / "out" / "heldout35-archive")
    out = parser.parse_args(argv).out.resolve()
    corpus = (repo / "corpus").resolve()
    if out == corpus or corpus in out.parents:
        sys.exit("the held-out archive must not go into corpus/: pass another --out folder")
    out.mkdir(parents=True, exist_ok=True)
    for doc in DOCS:
        write_doc(out, doc)
    (out / DRAFT_FILE).parent.mkdir(parents=True, exist_ok=True)
    title = (
        "Dự thảo Báo cáo CCHC quý II và 6 tháng đầu năm 2026 của Sở Công Thương tỉnh Phú Diên"
        " (lần 1) (MẪU)"
    )
    write_draft(out / DRAFT_FILE, DRAFT_142, title)
    print(f"wrote {len(DOCS)} held-out documents and a draft")


if __name__ == "__main__":
    main()
