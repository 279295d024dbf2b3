"""Write the TWENTY-FIRST held-out archive: the Thanh tra tỉnh of tỉnh Thuận Yên (fictional),
January 2022 – November 2026.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py``, ``bench/draft.py --archive``,
``bench/relations.py``, each with ``--corpus`` and ``--truth``) whose focus is THE YEAR'S
REPORT, AREA BY AREA: what a staff member needs to write the annual CCHC report section by
section — documents of every reform area in each of 2024 and 2025 (kiểm tra, tuyên truyền and
tài chính công among them), titles that do not say their area in the obvious words (chữ ký số,
quy chế chi tiêu nội bộ, giao quyền tự chủ, vị trí việc làm, đánh giá xếp loại công chức, ISO
9001, rà soát VBQPPL, a "kiểm tra công vụ" plan beside a "tự kiểm tra CCHC" one, a contest),
documents of two areas, a plan naming all areas; period traps (a plan and a quy chế signed on
30 December for the next year, the previous year's report dated January, a decision that only
extends an earlier one, a budget and a ceremony that are not the reform's, a decision replaced
within its year); the year's quarterly, 6-month and 9-month reports telling each area in prose,
citing documents by number and date, a few known only from that citation. And lives: replaced,
amended, repealed whole and in part, ended ("hết hiệu lực"), an article SUSPENDED TO A STATED
DAY, a pilot extended then ended by its time, a DỰ THẢO beside its signed file. Its facts,
written by hand: ``bench/data/heldout21_archive_truth.json``. Nobody tunes on it. Output is
deterministic; it is never written into ``corpus/``.

Run: ``python scripts/make_heldout21_archive.py [--out bench/out/heldout21-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout21_common import FOOTER
from heldout21_early import EARLY
from heldout21_late import LATE
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Thanh tra tỉnh Thuận Yên (MẪU, hư cấu)",
    docx_author="Thanh tra tỉnh Thuận Yên (MẪU)",
    tool="make_heldout21_archive.py",
    fixed=dt.datetime(2026, 11, 25, tzinfo=dt.UTC),
    margins=(20, 18, 18),
    font_size=11,
)
SAMPLES = EARLY + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES,
        STYLE,
        name="heldout21-archive",
        description=(__doc__ or "").splitlines()[0],
        argv=argv,
    )


if __name__ == "__main__":
    main()
