"""Write the NINETEENTH held-out archive: the Sở Y tế of tỉnh An Trường (fictional), January
2022 – November 2026 (from 01/7/2025 the district level is gone).

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py``, ``bench/draft.py --archive``,
``bench/relations.py``, each with ``--corpus`` and ``--truth``): documents whose lives are of
their own kind — one ARTICLE SUSPENDED ("tạm dừng áp dụng Điều 6 … cho đến khi Bộ Y tế có văn
bản hướng dẫn") and RESTORED ("khôi phục hiệu lực thi hành"), the suspending decision ending
that day; a whole decision whose execution the Chủ tịch UBND tỉnh SUSPENDS ("đình chỉ việc thi
hành"), never lifted, then REPLACED; a pilot valid to 31/12/2024, EXTENDED ("kéo dài thời hạn áp
dụng") to 30/6/2025 and then ENDED by its time; targets "áp dụng trong năm 2025"; a công bố
ANNULLED ("Hủy bỏ … do ban hành không đúng thẩm quyền"); a wrong date in a ground fixed by a
Quyết định ĐÍNH CHÍNH; postal rules signed in November 2024 and EFFECTIVE FROM 01/01/2025, asked
about in between —, a district's coordination rules KEPT IN FORCE TO A STATED DAY after the
district ends (its tasks to three new communes and the Sở) beside another district's left
without a word, and a CONSOLIDATED TEXT (VĂN BẢN HỢP NHẤT, its own number, no document of its
own). Its facts, written by hand: ``bench/data/heldout19_archive_truth.json``. Nobody tunes on
it. Output is deterministic; it is never written into ``corpus/``.

Run: ``python scripts/make_heldout19_archive.py [--out bench/out/heldout19-archive]``
"""

from __future__ import annotations

import datetime as dt

from heldout19_common import FOOTER
from heldout19_early import EARLY
from heldout19_late import LATE
from sample_header import Style, write_held_out

STYLE = Style(
    footer=FOOTER,
    pdf_author="Sở Y tế tỉnh An Trường (MẪU, hư cấu)",
    docx_author="Sở Y tế tỉnh An Trường (MẪU)",
    tool="make_heldout19_archive.py",
    fixed=dt.datetime(2026, 11, 27, tzinfo=dt.UTC),
    margins=(22, 18, 18),
    font_size=11,
)
SAMPLES = EARLY + LATE


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out``; refuse ``corpus/``."""
    write_held_out(
        SAMPLES,
        STYLE,
        name="heldout19-archive",
        description=(__doc__ or "").splitlines()[0],
        argv=argv,
    )


if __name__ == "__main__":
    main()
