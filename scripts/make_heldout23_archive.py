"""Write the TWENTY-THIRD held-out archive: the Sở Khoa học và Công nghệ of tỉnh Đại Phong
(fictional), January 2023 – November 2026.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py`` for 2025, 2024 and 2025-H1,
``bench/draft.py --archive``, ``bench/relations.py``, each with ``--corpus`` and ``--truth``)
whose focus is THE REFORM'S DOCUMENTS AMONG A DEPARTMENT'S OTHER WORK: the Sở files all its
decisions, plans, letters and reports, and about two in five are its professional, sector work
(science tasks and their councils, radiation licences, measurement inspections, intellectual
property, a Techmart, a startup programme, and from 01/3/2025, when it takes over the Sở Thông
tin và Truyền thông's tasks, telecom, postal and press matters and the province's digital
transformation), some close to the reform in words: a "Kế hoạch kiểm tra" of measurement, a
"Kế hoạch tuyên truyền" on intellectual property, a "Quy trình" and a "Quy chế" of science
councils, the province's "chuyển đổi số" index, a 6-month report of the Sở's whole work. And
lives: replaced, amended, an article repealed, a pilot extended, a DỰ THẢO. Its facts, written
by hand: ``bench/data/heldout23_archive_truth.json``. Nobody tunes on it. Output is
deterministic; it is never written into ``corpus/``.

Run: ``python scripts/make_heldout23_archive.py [--out bench/out/heldout23-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout23_common import FOOTER
from heldout23_early import EARLY
from heldout23_late import LATE
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Sở Khoa học và Công nghệ tỉnh Đại Phong (MẪU, hư cấu)",
    docx_author="Sở KH&CN tỉnh Đại Phong (MẪU)",
    tool="make_heldout23_archive.py",
    fixed=dt.datetime(2026, 11, 25, tzinfo=dt.UTC),
    margins=(22, 18, 18),
    font_size=11,
)
SAMPLES = EARLY + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES,
        STYLE,
        name="heldout23-archive",
        description=(__doc__ or "").splitlines()[0],
        argv=argv,
    )


if __name__ == "__main__":
    main()
