"""Write the TWENTIETH held-out archive: the Sở Tài chính of tỉnh Long Thạnh (fictional), January
2022 – November 2026 (from 01/3/2025 with the Sở Kế hoạch và Đầu tư's tasks).

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py``, ``bench/draft.py --archive``,
``bench/relations.py``, each with ``--corpus`` and ``--truth``) whose focus is PERIODS AND
FIGURES: a yearly plan with targets and its quarterly, 6-month, 9-month and annual reports (some
years miss one; a year reported to 30/11 in December and officially in January, "thay thế số
liệu tại Báo cáo số …"); figures to a stated day against a whole period, in a quarter against
since January, this year against last year in one sentence, a target beside its result, the
province beside the Sở; a 6-month figure and a quarter's rate CORRECTED later; tables in DOCX and
in plain text, numbers with Vietnamese separators and in words; the online measure renamed from
year to year and COUNTED ANEW from 2024, the dossier count widened in 2025. And lives: decisions
replaced, one article repealed, a procedure amended twice then replaced, a working group's
decision ended, a pilot ended by its time, a scoring rule SUSPENDED TO A STATED DAY, documents
known only by citation, a DỰ THẢO beside its signed file. Its facts, written by hand:
``bench/data/heldout20_archive_truth.json``. Nobody tunes on it. Output is deterministic; it is
never written into ``corpus/``.

Run: ``python scripts/make_heldout20_archive.py [--out bench/out/heldout20-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout20_common import FOOTER
from heldout20_early import EARLY
from heldout20_late import LATE
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Sở Tài chính tỉnh Long Thạnh (MẪU, hư cấu)",
    docx_author="Sở Tài chính tỉnh Long Thạnh (MẪU)",
    tool="make_heldout20_archive.py",
    fixed=dt.datetime(2026, 11, 26, tzinfo=dt.UTC),
    margins=(20, 18, 18),
    font_size=11,
)
SAMPLES = EARLY + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES,
        STYLE,
        name="heldout20-archive",
        description=(__doc__ or "").splitlines()[0],
        argv=argv,
    )


if __name__ == "__main__":
    main()
