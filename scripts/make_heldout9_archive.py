"""Write the NINTH held-out archive: Sở LĐTBXH, tỉnh Hưng Lĩnh (fictional), 2022 – mid 2025.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py``, ``bench/draft.py --archive``,
each with ``--corpus`` and ``--truth``): a department of labour, invalids and social affairs
(symbol ``SLĐTBXH``) from January 2022 until its state-management tasks pass to the merged
Sở Nội vụ (symbol ``SNV``) on 01/3/2025; the archive ends with the Sở Nội vụ's documents,
the last of 20/6/2025 (so "nay" is 20/6/2025). With the UBND tỉnh's regulations on the two
Sở, a Tờ trình, two Công văn, a Thông báo, an inspection plan, and file names as staff save
them. Its facts, written by hand before any code ran on the documents:
``bench/data/heldout9_archive_truth.json``. Nobody tunes on it. Output is deterministic; it
is never written into ``corpus/``.

Run: ``python scripts/make_heldout9_archive.py [--out bench/out/heldout9-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout9_2024 import MID
from heldout9_2025 import LATE
from heldout9_early import EARLY, FOOTER
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Sở LĐTBXH / Sở Nội vụ tỉnh Hưng Lĩnh (MẪU, hư cấu)",
    docx_author="SLĐTBXH Hưng Lĩnh (MẪU)",
    tool="make_heldout9_archive.py",
    fixed=dt.datetime(2025, 6, 25, tzinfo=dt.UTC),
    margins=(22, 18, 20),
    font_size=11,
)
SAMPLES = EARLY + MID + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every document of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES, STYLE, name="heldout9-archive", description=__doc__.splitlines()[0], argv=argv
    )


if __name__ == "__main__":
    main()
