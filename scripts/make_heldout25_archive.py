"""Write the TWENTY-FIFTH held-out archive: the Sở Thông tin và Truyền thông of tỉnh Minh Giang
(fictional), January 2018 – November 2023.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py`` for 2022, 2021 and 2022-H1,
``bench/draft.py --archive``, ``bench/relations.py``, each with ``--corpus`` and ``--truth``)
whose focus is AN OLDER OFFICE'S FILES: Word 97–2003 ``.doc`` (most files of 2018 – 2020 and a
few later: a table of figures, footnotes, a running page header, a HYPERLINK field, a long Quy
chế, tracked changes kept), and text typed in the old Vietnamese fonts — TCVN3 (.VnTime /
.VnTimeH) in .doc, DOCX, a text file and a PDF's text layer, VNI (VNI-Times) in a DOCX and a text
file. The ``.doc`` files are written as DOCX with python-docx and converted by LibreOffice
(``soffice --headless --convert-to doc``, its own profile), which must be installed: without it
the script stops. Its facts, written by hand: ``bench/data/heldout25_archive_truth.json``. Nobody
tunes on it. Apart from LibreOffice's ``.doc`` bytes the output is deterministic; it is never
written into ``corpus/``.

Run: ``python scripts/make_heldout25_archive.py [--out bench/out/heldout25-archive]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from heldout25_common import convert_to_doc, soffice, write_doc, write_draft
from heldout25_early import EARLY
from heldout25_late import DRAFT_52, LATE

DOCS = EARLY + LATE
DRAFT_FILE = "Du thao QD quy trinh noi bo 2023.doc"


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out``; refuse ``corpus/``; stop without
    LibreOffice."""
    repo = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=repo / "bench" / "out" / "heldout25-archive")
    out = parser.parse_args(argv).out.resolve()
    corpus = (repo / "corpus").resolve()
    if out == corpus or corpus in out.parents:
        sys.exit("the held-out archive must not go into corpus/: pass another --out folder")
    if soffice() is None:
        sys.exit(
            "LibreOffice (soffice) is not installed: the archive's Word 97-2003 .doc files are "
            "converted by it; install LibreOffice or run on a machine that has it"
        )
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="heldout25-") as tmp:
        staging = Path(tmp)
        staged = [p for p in (write_doc(out, doc, staging) for doc in DOCS) if p is not None]
        draft = staging / f"{Path(DRAFT_FILE).stem}.docx"
        write_draft(draft, DRAFT_52, "Dự thảo Quy trình nội bộ 2023 (MẪU)")
        convert_to_doc([*staged, draft], out)
    print(f"wrote {len(DOCS)} held-out documents ({len(staged)} as .doc) and a draft to {out}")


if __name__ == "__main__":
    main()
