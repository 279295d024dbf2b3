"""Write the EIGHTH held-out archive: Sở Giáo dục và Đào tạo, tỉnh Bắc Hòa (fictional), 2019 – 2022.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py``, ``bench/draft.py --archive``,
each with ``--corpus`` and ``--truth``): a department of education whose symbol is ``SGDĐT``
(with Đ), whose archive ends in December 2022 (so "nay" is 16/12/2022, not 2024), with a
Chỉ thị and a regulation ``12/2021/QĐ-UBND`` of the province, a Hướng dẫn, a Thông báo and a
Tờ trình, and file names as staff save them. Its facts, written by hand before any code ran
on the documents: ``bench/data/heldout8_archive_truth.json``. Nobody tunes on it. Output is
deterministic; it is never written into ``corpus/``.

Run: ``python scripts/make_heldout8_archive.py [--out bench/out/heldout8-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout8_2021 import MID
from heldout8_2022 import LATE
from heldout8_early import EARLY, FOOTER
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Sở Giáo dục và Đào tạo tỉnh Bắc Hòa (MẪU, hư cấu)",
    docx_author="SGDĐT Bắc Hòa (MẪU)",
    tool="make_heldout8_archive.py",
    fixed=dt.datetime(2022, 12, 20, tzinfo=dt.UTC),
    margins=(25, 18, 18),
    font_size=11,
)
SAMPLES = EARLY + MID + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every document of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES, STYLE, name="heldout8-archive", description=__doc__.splitlines()[0], argv=argv
    )


if __name__ == "__main__":
    main()
