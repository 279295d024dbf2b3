"""Write the FIFTEENTH held-out archive: the Sở Công Thương of tỉnh Lam Điền (fictional),
2020 – November 2026, whose documents' lives often end without a replacing act.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py``, ``bench/draft.py --archive``,
``bench/relations.py``, each with ``--corpus`` and ``--truth``): documents valid for a stated
time ("áp dụng đến hết ngày 31/12/2023", "thực hiện trong năm 2024", "giai đoạn 2021 – 2025")
that end with no later act; the Chủ tịch UBND tỉnh's yearly decisions publishing the province's
legal documents that ended, with the ground and the day, in a table; the UBND tỉnh's legal
(QPPL) decisions taking effect on a stated later day, one signed before but effective after
the last document; a plan whose time a Công văn extends; a decision correcting (đính chính) a
wrong date in an earlier one; headers as Word-made PDFs read out (the two header columns on one
line). Its facts, written by hand before any code ran on the documents:
``bench/data/heldout15_archive_truth.json``. Nobody tunes on it. Output is deterministic; it is
never written into ``corpus/``.

Run: ``python scripts/make_heldout15_archive.py [--out bench/out/heldout15-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout15_common import FOOTER
from heldout15_early import EARLY
from heldout15_late import LATE
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Sở Công Thương tỉnh Lam Điền (MẪU, hư cấu)",
    docx_author="Sở Công Thương tỉnh Lam Điền (MẪU)",
    tool="make_heldout15_archive.py",
    fixed=dt.datetime(2026, 11, 24, tzinfo=dt.UTC),
    margins=(20, 18, 18),
    font_size=11,
)
SAMPLES = EARLY + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every document of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES, STYLE, name="heldout15-archive", description=__doc__.splitlines()[0], argv=argv
    )


if __name__ == "__main__":
    main()
