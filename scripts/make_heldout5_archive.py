"""Write the FIFTH held-out archive: Sở Y tế, fictional tỉnh Tường An, 2022 – October 2024.

A blind archive for one run (``bench/areas.py``, ``bench/draft.py --archive``,
``bench/report.py``, ``bench/status.py`` with ``--corpus`` and ``--truth``): another agency,
another province, other numbering and wording than ``corpus/`` and the Bình Sơn, Tân Lâm
and Vĩnh Hà archives. Its facts, written by hand before any code ran on the documents:
``bench/data/heldout5_archive_truth.json``. Nobody tunes on it. Output is deterministic;
it is never written into ``corpus/``.

Run: ``python scripts/make_heldout5_archive.py [--out bench/out/heldout5-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout5_2023 import MID
from heldout5_2024 import LATE
from heldout5_early import EARLY, FOOTER
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Sở Y tế tỉnh Tường An (MẪU, hư cấu)",
    docx_author="Sở Y tế tỉnh Tường An (MẪU)",
    tool="make_heldout5_archive.py",
    fixed=dt.datetime(2024, 10, 7, tzinfo=dt.UTC),
    margins=(30, 20, 15),
    font_size=12,
)
SAMPLES = EARLY + MID + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every document of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES, STYLE, name="heldout5-archive", description=__doc__.splitlines()[0], argv=argv
    )


if __name__ == "__main__":
    main()
