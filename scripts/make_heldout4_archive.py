"""Write the FOURTH held-out archive: Sở Giao thông vận tải, fictional tỉnh Vĩnh Hà, 2021–2024.

A blind archive for one run (``bench/areas.py``, ``bench/draft.py --archive``,
``bench/report.py``, ``bench/status.py`` with ``--corpus`` and ``--truth``): another agency,
another province, other numbering and wording than ``corpus/`` and the Bình Sơn and Tân Lâm
archives. Its facts, written by hand before any code ran on the documents:
``bench/data/heldout4_archive_truth.json``. Nobody tunes on it. Output is deterministic;
it is never written into ``corpus/``.

Run: ``python scripts/make_heldout4_archive.py [--out bench/out/heldout4-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout4_2023 import MID
from heldout4_2024 import LATE
from heldout4_early import EARLY, FOOTER
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Sở Giao thông vận tải tỉnh Vĩnh Hà (MẪU, hư cấu)",
    docx_author="Sở Giao thông vận tải tỉnh Vĩnh Hà (MẪU)",
    tool="make_heldout4_archive.py",
    fixed=dt.datetime(2024, 7, 1, tzinfo=dt.UTC),
    margins=(30, 20, 20),
    font_size=12,
)
SAMPLES = EARLY + MID + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every document of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES, STYLE, name="heldout4-archive", description=__doc__.splitlines()[0], argv=argv
    )


if __name__ == "__main__":
    main()
