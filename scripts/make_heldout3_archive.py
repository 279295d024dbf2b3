"""Write the THIRD held-out archive: the Sở Nội vụ of the fictional tỉnh Tân Lâm, 2022–2024.

A blind archive for one run (``bench/areas.py``, ``bench/draft.py --archive``,
``bench/report.py``, ``bench/status.py`` with ``--corpus`` and ``--truth``): another agency,
another province, other numbering and wording than ``corpus/`` and the Bình Sơn archive. A
Sở Nội vụ's texts speak the words of tổ chức bộ máy and công vụ whatever their area, which
is what makes it hard. Its facts, written by hand before any code ran on the documents:
``bench/data/heldout3_archive_truth.json``. Nobody tunes on it. Output is deterministic;
it is never written into ``corpus/``.

Run: ``python scripts/make_heldout3_archive.py [--out bench/out/heldout3-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout3_2024 import LATE
from heldout3_early import EARLY, FOOTER
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Sở Nội vụ tỉnh Tân Lâm (MẪU, hư cấu)",
    docx_author="Sở Nội vụ tỉnh Tân Lâm (MẪU)",
    tool="make_heldout3_archive.py",
    fixed=dt.datetime(2024, 11, 1, tzinfo=dt.UTC),
    margins=(30, 20, 15),
    font_size=12,
)
SAMPLES = EARLY + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every document of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES, STYLE, name="heldout3-archive", description=__doc__.splitlines()[0], argv=argv
    )


if __name__ == "__main__":
    main()
