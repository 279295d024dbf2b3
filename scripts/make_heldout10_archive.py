"""Write the TENTH held-out archive: Sở Tư pháp, tỉnh Lạc Giang (fictional), 2023 – late 2026.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py``, ``bench/draft.py --archive``,
each with ``--corpus`` and ``--truth``): a department of justice across the real 2025
merger of provinces (Nghị quyết 202/2025/QH15; the province names are fictional). The
former Sở Tư pháp tỉnh Lạc Giang (January 2023 – June 2025), a few files handed over by the
former Sở Tư pháp tỉnh Tây Phong (2024 – June 2025; the same symbol ``STP``, so one number
and symbol, ``45/QĐ-STP``, names a document of each in 2024), and the merged Sở Tư pháp tỉnh
Lạc Giang from 01/7/2025 to its Tờ trình of 12/11/2026 (so "nay" is 12/11/2026). With the
UBND tỉnh's regulation on the merged Sở, three Công văn, a Thông báo, an inspection plan, a
Tờ trình, and file names as staff save them. Its facts, written by hand before any code ran
on the documents: ``bench/data/heldout10_archive_truth.json``. Nobody tunes on it. Output is
deterministic; it is never written into ``corpus/``.

Run: ``python scripts/make_heldout10_archive.py [--out bench/out/heldout10-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout10_2025 import MID
from heldout10_2026 import LATE
from heldout10_early import EARLY, FOOTER
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Sở Tư pháp tỉnh Lạc Giang / tỉnh Tây Phong (MẪU, hư cấu)",
    docx_author="STP Lạc Giang (MẪU)",
    tool="make_heldout10_archive.py",
    fixed=dt.datetime(2026, 11, 20, tzinfo=dt.UTC),
    margins=(24, 18, 18),
    font_size=11,
)
SAMPLES = EARLY + MID + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every document of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES, STYLE, name="heldout10-archive", description=__doc__.splitlines()[0], argv=argv
    )


if __name__ == "__main__":
    main()
