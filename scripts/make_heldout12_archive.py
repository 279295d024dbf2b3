"""Write the TWELFTH held-out archive: the Trung tâm Phục vụ hành chính công of tỉnh Ngọc Lam
(fictional), 2024 – 2026.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py``, ``bench/draft.py --archive``,
each with ``--corpus`` and ``--truth``): a province's public administrative service centre,
under its Văn phòng UBND tỉnh, across the real 2025 merger of provinces (Nghị quyết
202/2025/QH15; the names are fictional). The centre of the former tỉnh Ngọc Khê (January 2024
– June 2025), three files handed over by the centre of the former tỉnh Lam Điền, and the
centre of the merged tỉnh Ngọc Lam from 01/7/2025 to its Công văn of 12/11/2026 (so "nay" is
12/11/2026). Monthly, quarterly, 6-month and annual reports give figures per month, quarter
and year, some restated or corrected later. Ngọc Khê's and Lam Điền's ``2105/QĐ-UBND`` of
2024 are two documents, and so are the two centres' ``18/BC-TTPVHCC`` of 2025 (numbering
restarts in the new province). Its facts, written by hand before any code ran on the
documents: ``bench/data/heldout12_archive_truth.json``. Nobody tunes on it. Output is
deterministic; it is never written into ``corpus/``.

Run: ``python scripts/make_heldout12_archive.py [--out bench/out/heldout12-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout12_2025 import MID
from heldout12_2026 import LATE
from heldout12_early import EARLY, FOOTER
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Trung tâm PVHCC tỉnh Ngọc Khê / Lam Điền / Ngọc Lam (MẪU, hư cấu)",
    docx_author="Trung tâm PVHCC tỉnh Ngọc Lam (MẪU)",
    tool="make_heldout12_archive.py",
    fixed=dt.datetime(2026, 11, 16, tzinfo=dt.UTC),
    margins=(20, 18, 18),
    font_size=11,
)
SAMPLES = EARLY + MID + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every document of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES, STYLE, name="heldout12-archive", description=__doc__.splitlines()[0], argv=argv
    )


if __name__ == "__main__":
    main()
