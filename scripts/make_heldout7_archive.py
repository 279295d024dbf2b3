"""Write the SEVENTH held-out archive: UBND huyện Đông Sơn, tỉnh Hà Trung (fictional), 2021 – 2024.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py``, ``bench/draft.py --archive``,
each with ``--corpus`` and ``--truth``): a district, not a department; its Phòng Nội vụ
leads administrative reform; its own decisions are ``…/QĐ-UBND`` like the province's.
Its facts, written by hand before any code ran on the documents:
``bench/data/heldout7_archive_truth.json``. Nobody tunes on it. Output is deterministic; it
is never written into ``corpus/``.

Run: ``python scripts/make_heldout7_archive.py [--out bench/out/heldout7-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout7_2023 import MID
from heldout7_2024 import LATE
from heldout7_early import EARLY, FOOTER
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Ủy ban nhân dân huyện Đông Sơn, tỉnh Hà Trung (MẪU, hư cấu)",
    docx_author="UBND huyện Đông Sơn (MẪU)",
    tool="make_heldout7_archive.py",
    fixed=dt.datetime(2024, 11, 12, tzinfo=dt.UTC),
    margins=(30, 20, 15),
    font_size=11,
)
SAMPLES = EARLY + MID + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every document of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES, STYLE, name="heldout7-archive", description=__doc__.splitlines()[0], argv=argv
    )


if __name__ == "__main__":
    main()
