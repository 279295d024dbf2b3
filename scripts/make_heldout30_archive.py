"""Write the THIRTIETH held-out archive: the Sở Ngoại vụ of tỉnh Phước Lâm (fictional), January
2022 – February 2025, whose tasks pass on 01/3/2025 to the Văn phòng UBND tỉnh, to November 2026.

A blind archive for one run (list questions, figure questions, the figures each area of a periodic
report must state, citation checks of drafts, ``bench/status.py``, ``bench/areas.py``,
``bench/report.py`` for 2024, 2025 and 2026-Q3, ``bench/draft.py --archive``,
``bench/relations.py``) whose focus is AN ARCHIVE EXPORTED FROM THE E-OFFICE SYSTEM: outgoing and
incoming documents together in "Van ban di" / "Van ban den" folders by year, incoming ones stamped
with a số đến and a ngày đến that are not the document's, digital signatures in the text layer of
PDFs (often the day after the document's date; a certified copy signed again later), "Người ký:"
lines, file names as the system writes them, one document exported twice (the signed PDF and the
Word file), an annex in its own file, a register of outgoing documents, and the change of body on
01/3/2025. Its facts, written by hand: ``bench/data/heldout30_archive_truth.json``. Nobody tunes on
it. The output is deterministic (no LibreOffice); it is never written into ``corpus/``.

Run: ``python scripts/make_heldout30_archive.py [--out bench/out/heldout30-archive]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from heldout30_common import SIGNERS, SO, short, write_doc, write_draft, write_register
from heldout30_docs import (
    ANNEX_165,
    ANNEX_FILE,
    ANNEX_TABLE,
    DRAFT_165,
    DRAFT_FILE,
    REGISTER_FILE,
    REGISTER_TITLE,
)
from heldout30_docs import DOCS as HAND
from heldout30_reports import ALL as REPORTS

DOCS = REPORTS + HAND


def register_rows() -> list[tuple[str, str, str, str]]:
    """The Sở's outgoing documents of 2024 in the archive, by date then number."""
    rows = [d for d in DOCS if d.issuer == SO and d.iso.startswith("2024") and not d.incoming]
    rows.sort(key=lambda d: (d.iso, d.number))
    return [(d.number, short(d.iso), d.subject, SIGNERS[d.signer]) for d in rows]


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out`` (folders); refuse ``corpus/``."""
    repo = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=repo / "bench" / "out" / "heldout30-archive")
    out = parser.parse_args(argv).out.resolve()
    corpus = (repo / "corpus").resolve()
    if out == corpus or corpus in out.parents:
        sys.exit("the held-out archive must not go into corpus/: pass another --out folder")
    out.mkdir(parents=True, exist_ok=True)
    for doc in DOCS:
        write_doc(out, doc)
    (out / DRAFT_FILE).parent.mkdir(parents=True, exist_ok=True)
    title = "Dự thảo Báo cáo CCHC lĩnh vực ngoại vụ năm 2025 (lần 1) (MẪU)"
    write_draft(out / DRAFT_FILE, DRAFT_165, title)
    write_draft(out / ANNEX_FILE, ANNEX_165, "Phụ lục kèm Báo cáo 165/BC-VP (MẪU)", ANNEX_TABLE)
    write_register(out / REGISTER_FILE, REGISTER_TITLE, register_rows())
    print(f"wrote {len(DOCS)} held-out documents, a second file, a draft, an annex and a register")


if __name__ == "__main__":
    main()
