"""Write the ELEVENTH held-out archive: UBND xã Hòa Phong, tỉnh An Thạch (fictional), 2024 – 2026.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py``, ``bench/draft.py --archive``,
each with ``--corpus`` and ``--truth``): a commune across the real 2025 two-tier reform (the
district level abolished from 01/7/2025, communes merged; the names are fictional). The
former UBND xã Hòa An (January 2024 – June 2025), two files handed over by the former UBND
thị trấn Ngã Ba, and the new UBND xã Hòa Phong (formed by merging xã Hòa An, xã Phong Lạc and
thị trấn Ngã Ba of the abolished huyện Sông Cầu) from 01/7/2025 to its Tờ trình of 16/10/2026
(so "nay" is 16/10/2026). Every Ủy ban nhân dân writes ``…/QĐ-UBND``: xã Hòa An's and xã Hòa
Phong's ``12/QĐ-UBND`` of 2025 are two documents. Its facts, written by hand before any code
ran on the documents: ``bench/data/heldout11_archive_truth.json``. Nobody tunes on it. Output
is deterministic; it is never written into ``corpus/``.

Run: ``python scripts/make_heldout11_archive.py [--out bench/out/heldout11-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout11_2025 import MID
from heldout11_2026 import LATE
from heldout11_early import EARLY, FOOTER
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="UBND xã Hòa An / thị trấn Ngã Ba / xã Hòa Phong (MẪU, hư cấu)",
    docx_author="UBND xã Hòa Phong (MẪU)",
    tool="make_heldout11_archive.py",
    fixed=dt.datetime(2026, 10, 20, tzinfo=dt.UTC),
    margins=(22, 18, 18),
    font_size=11,
)
SAMPLES = EARLY + MID + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every document of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES, STYLE, name="heldout11-archive", description=__doc__.splitlines()[0], argv=argv
    )


if __name__ == "__main__":
    main()
