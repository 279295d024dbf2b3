"""Write the SIXTH held-out archive: Sở LĐTBXH, fictional tỉnh Phú Khê, 2021 – October 2024.

A blind archive for one run (list questions, figure questions, ``bench/status.py``,
``bench/areas.py``, ``bench/report.py``, ``bench/draft.py --archive``, each with
``--corpus`` and ``--truth``): another agency, another province, other numbering and
wording than ``corpus/`` and the earlier held-out archives. Its facts, written by hand
before any code ran on the documents: ``bench/data/heldout6_archive_truth.json``. Nobody
tunes on it. Output is deterministic; it is never written into ``corpus/``.

Run: ``python scripts/make_heldout6_archive.py [--out bench/out/heldout6-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout6_2023 import MID
from heldout6_2024 import LATE
from heldout6_early import EARLY, FOOTER
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Sở Lao động - Thương binh và Xã hội tỉnh Phú Khê (MẪU, hư cấu)",
    docx_author="Sở LĐTBXH tỉnh Phú Khê (MẪU)",
    tool="make_heldout6_archive.py",
    fixed=dt.datetime(2024, 10, 8, tzinfo=dt.UTC),
    margins=(30, 20, 20),
    font_size=11,
)
SAMPLES = EARLY + MID + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every document of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES, STYLE, name="heldout6-archive", description=__doc__.splitlines()[0], argv=argv
    )


if __name__ == "__main__":
    main()
