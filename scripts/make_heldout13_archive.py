"""Write the THIRTEENTH held-out archive: the Sở Kế hoạch và Đầu tư of tỉnh Vân Phú (fictional),
2023 – February 2025, then the Sở Tài chính formed by merging it into the Sở Tài chính, to 2026.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py``, ``bench/draft.py --archive``,
``bench/relations.py``, each with ``--corpus`` and ``--truth``): a department across the real
2025 reorganisation of provincial departments (the Sở Kế hoạch và Đầu tư merged into the Sở
Tài chính from 01/3/2025) and the end of the district level on 01/7/2025; the names are
fictional. The merged body KEEPS THE NAME of one former body: the former Sở Tài chính (to
28/02/2025, three files handed over) and the new Sở Tài chính (from 01/3/2025, to its Công văn
of 16/11/2026, so "nay" is 16/11/2026) print the same issuer lines and symbols, and the new one
numbers anew: ``15/QĐ-STC`` and ``10/BC-STC`` of 2025 are two documents each, and
``05/KH-STC`` names the former Sở's 2025 plan and the new Sở's 2026 plan. Annual reports by
quarter, 6-month and quarterly reports, a table by month, PCI / PAR Index / SIPAS, figures
corrected later. Its facts, written by hand before any code ran on the documents:
``bench/data/heldout13_archive_truth.json``. Nobody tunes on it. Output is deterministic; it
is never written into ``corpus/``.

Run: ``python scripts/make_heldout13_archive.py [--out bench/out/heldout13-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout13_2025 import MID
from heldout13_2026 import LATE
from heldout13_early import EARLY, FOOTER
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Sở KH&ĐT / Sở Tài chính tỉnh Vân Phú (MẪU, hư cấu)",
    docx_author="Sở Tài chính tỉnh Vân Phú (MẪU)",
    tool="make_heldout13_archive.py",
    fixed=dt.datetime(2026, 11, 20, tzinfo=dt.UTC),
    margins=(22, 18, 18),
    font_size=11,
)
SAMPLES = EARLY + MID + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every document of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES, STYLE, name="heldout13-archive", description=__doc__.splitlines()[0], argv=argv
    )


if __name__ == "__main__":
    main()
