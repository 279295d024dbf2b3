"""Write the SIXTEENTH held-out archive: the Ban Quản lý các khu công nghiệp of tỉnh Kim Xuyên
(fictional), 2021 – November 2026, whose folder holds files that are not documents of its own.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py``, ``bench/draft.py --archive``,
``bench/relations.py``, each with ``--corpus`` and ``--truth``): the SAME document in two files
(the signed PDF "bản ký" and the Word file "bản word" of the one-stop Quy chế ``35/QĐ-BQLKCN``
and of the 2025 annual report); an unsigned DRAFT ("DỰ THẢO", "Số: /QĐ-BQLKCN", a blank day)
kept beside the signed ``71/QĐ-BQLKCN``, its text differing (effective on signing; the signed
one from 01/01/2027); an annex (Phụ lục) in its own file belonging to ``41/QĐ-BQLKCN``; a
decision annulled ("hủy bỏ") and a plan adjusted ("điều chỉnh, bổ sung Kế hoạch số …");
reports that miscite a document whose own file is in the archive (a wrong day, a wrong number);
two ``05/KH-BQLKCN`` of different years. Its facts, written by hand before any code ran on the
documents: ``bench/data/heldout16_archive_truth.json``. Nobody tunes on it. Output is
deterministic; it is never written into ``corpus/``.

Run: ``python scripts/make_heldout16_archive.py [--out bench/out/heldout16-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout16_common import FOOTER
from heldout16_early import EARLY
from heldout16_late import LATE
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Ban Quản lý các khu công nghiệp tỉnh Kim Xuyên (MẪU, hư cấu)",
    docx_author="Ban Quản lý các KCN tỉnh Kim Xuyên (MẪU)",
    tool="make_heldout16_archive.py",
    fixed=dt.datetime(2026, 11, 20, tzinfo=dt.UTC),
    margins=(22, 18, 18),
    font_size=11,
)
SAMPLES = EARLY + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES, STYLE, name="heldout16-archive", description=__doc__.splitlines()[0], argv=argv
    )


if __name__ == "__main__":
    main()
