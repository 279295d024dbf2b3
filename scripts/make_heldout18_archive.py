"""Write the EIGHTEENTH held-out archive: the Sở Xây dựng of tỉnh Xuân Thủy (fictional), January
2022 – November 2026 (from 01/3/2025 it also holds the tasks of the Sở Giao thông vận tải; from
01/7/2025 the district level is gone).

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py``, ``bench/draft.py --archive``,
``bench/relations.py``, each with ``--corpus`` and ``--truth``): documents whose lives are of
their own kind — a decision SUSPENDED ("tạm ngưng hiệu lực … cho đến khi có quyết định khác")
and restored by a decision repealing the suspension; ONE ARTICLE REPLACED ("Thay thế Điều 3",
"Thay thế Điều 7"); spending rules EFFECTIVE BEFORE THEY ARE SIGNED ("có hiệu lực thi hành kể
từ ngày 01 tháng 01"); a replacement clause naming a wrong number, fixed by a Quyết định đính
chính —, files of their own kind — two provincial decisions in the Sở's CERTIFIED COPIES ("SAO
Y", a number …/SY-SXD and a day of their own under the original), three files whose NAMES
MISLEAD (a decision replacing an article saved under the Quy chế's number, a "ban moi" that is
no new Quy chế, the 2026 plan in a file named for 2025), an unsigned draft beside the signed
decision —, and the 9-month 2025 count corrected in the annual report. Its facts, written by
hand before any code ran on the documents: ``bench/data/heldout18_archive_truth.json``. Nobody
tunes on it. Output is deterministic; it is never written into ``corpus/``.

Run: ``python scripts/make_heldout18_archive.py [--out bench/out/heldout18-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout18_common import FOOTER
from heldout18_early import EARLY
from heldout18_late import LATE
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Sở Xây dựng tỉnh Xuân Thủy (MẪU, hư cấu)",
    docx_author="Sở Xây dựng tỉnh Xuân Thủy (MẪU)",
    tool="make_heldout18_archive.py",
    fixed=dt.datetime(2026, 11, 28, tzinfo=dt.UTC),
    margins=(22, 18, 18),
    font_size=11,
)
SAMPLES = EARLY + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES,
        STYLE,
        name="heldout18-archive",
        description=(__doc__ or "").splitlines()[0],
        argv=argv,
    )


if __name__ == "__main__":
    main()
