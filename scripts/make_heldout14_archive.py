"""Write the FOURTEENTH held-out archive: the Sở Văn hóa, Thể thao và Du lịch of tỉnh Trà Giang
(fictional), 2019 – November 2026, a dense and repetitive archive of many years.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py``, ``bench/draft.py --archive``,
``bench/relations.py``, each with ``--corpus`` and ``--truth``): a CCHC plan every year and a
quý I, 6-month, 9-month and annual report for most years, each restating the same period of
the previous year, so nearly every figure stands in two documents of different years; the
one-stop Quy chế reissued four times, the functions decision replaced twice, yearly lists of
procedures replacing or repealing parts of earlier ones, the Quy chế chi tiêu nội bộ reissued
yearly; numbers restart each year, so ``01/KH-SVHTTDL``, ``112/BC-SVHTTDL``, ``74/BC-SVHTTDL``
and ``15/QĐ-SVHTTDL`` name two documents each, told apart only by date; from 01/3/2025 the Sở
takes over báo chí, xuất bản from the Sở Thông tin và Truyền thông. Its facts, written by hand
before any code ran on the documents: ``bench/data/heldout14_archive_truth.json``. Nobody tunes
on it. Output is deterministic; it is never written into ``corpus/``.

Run: ``python scripts/make_heldout14_archive.py [--out bench/out/heldout14-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout14_2025 import MID
from heldout14_2026 import LATE
from heldout14_early import EARLY, FOOTER
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Sở VHTTDL tỉnh Trà Giang (MẪU, hư cấu)",
    docx_author="Sở VHTTDL tỉnh Trà Giang (MẪU)",
    tool="make_heldout14_archive.py",
    fixed=dt.datetime(2026, 11, 28, tzinfo=dt.UTC),
    margins=(22, 18, 18),
    font_size=11,
)
SAMPLES = EARLY + MID + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every document of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES, STYLE, name="heldout14-archive", description=__doc__.splitlines()[0], argv=argv
    )


if __name__ == "__main__":
    main()
