"""Write the TWENTY-SECOND held-out archive: the Sở Giáo dục và Đào tạo of tỉnh Hải Minh
(fictional), January 2023 – November 2026.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py`` for parts of years,
``bench/draft.py --archive``, ``bench/relations.py``, each with ``--corpus`` and ``--truth``)
whose focus is REPORTS FOR A PART OF A YEAR: the Sở writes a quarterly (quý I), a 6-month, a
9-month and a yearly CCHC report every year, with figures "trong quý", "6 tháng", "lũy kế 9
tháng", against "cùng kỳ năm trước" and the plan's target, its data closed from 15/12 of the
year before as the reporting regime has it (Nghị định 09/2019/NĐ-CP). Boundary traps: a
procedure signed 30/6/2025 effective 01/7, the Chủ tịch's list signed 01/7/2025, plans for "6
tháng cuối năm" signed in June, the quý I report issued in April, the 6-month report issued in
mid-June, the 9-month report in September, a decision of quý III replaced within quý III, the
next year's plan signed on 28/12 or 29/12, spending rules signed 20/12 for the next year. And
lives: replaced, amended, an article repealed, an article suspended to a stated day, a pilot
extended then ended by its time, a decision declared "hết hiệu lực", a DỰ THẢO beside its
signed file. Its facts, written by hand: ``bench/data/heldout22_archive_truth.json``. Nobody
tunes on it. Output is deterministic; it is never written into ``corpus/``.

Run: ``python scripts/make_heldout22_archive.py [--out bench/out/heldout22-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout22_common import FOOTER
from heldout22_early import EARLY
from heldout22_late import LATE
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Sở Giáo dục và Đào tạo tỉnh Hải Minh (MẪU, hư cấu)",
    docx_author="Sở GDĐT tỉnh Hải Minh (MẪU)",
    tool="make_heldout22_archive.py",
    fixed=dt.datetime(2026, 11, 24, tzinfo=dt.UTC),
    margins=(22, 18, 18),
    font_size=11,
)
SAMPLES = EARLY + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES,
        STYLE,
        name="heldout22-archive",
        description=(__doc__ or "").splitlines()[0],
        argv=argv,
    )


if __name__ == "__main__":
    main()
