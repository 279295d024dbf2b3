"""Write the TWENTY-SIXTH held-out archive: the Sở Dân tộc và Tôn giáo of tỉnh Quảng Hà
(fictional), formed on 01/3/2025 from the Ban Dân tộc; January 2021 – November 2026.

A blind archive for one run (list questions, figure questions, citation checks of drafts,
``bench/status.py``, ``bench/areas.py``, ``bench/report.py`` for 2025, 2024 and 2025-H1,
``bench/draft.py --archive``, ``bench/relations.py``) whose focus is AN OFFICE THAT WORKS IN
LIBREOFFICE AND EXCHANGES OPEN FORMATS: OpenDocument text ``.odt`` (a table of figures,
footnotes, a running header and footer, tracked changes kept, chapter (outline) numbering, a list
numbered by a list style) and one flat ``.fodt``, OpenDocument spreadsheets ``.ods``, RTF (one
under a ``.doc`` name), and DOCX whose articles and clauses are numbered by Word's automatic
numbering (``numbering.xml``), one with hidden text. The OpenDocument and RTF files are written
as DOCX / XLSX and converted by LibreOffice (``soffice --headless --convert-to``, its own
profile), which must be installed: without it the script stops. Its facts, written by hand:
``bench/data/heldout26_archive_truth.json``. Nobody tunes on it. Apart from LibreOffice's file
properties the output is deterministic; it is never written into ``corpus/``.

Run: ``python scripts/make_heldout26_archive.py [--out bench/out/heldout26-archive]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from heldout26_common import Doc, convert, soffice, write_doc, write_draft
from heldout26_early import EARLY
from heldout26_late import ANNEX_2024, DRAFT_08, LATE

DOCS = EARLY + LATE
DRAFT_FILE = "Du thao Quy che lam viec So (lan 2).odt"


def main(argv: list[str] | None = None) -> None:
    """Write every file of the archive into ``--out``; refuse ``corpus/``; stop without
    LibreOffice."""
    repo = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=repo / "bench" / "out" / "heldout26-archive")
    out = parser.parse_args(argv).out.resolve()
    corpus = (repo / "corpus").resolve()
    if out == corpus or corpus in out.parents:
        sys.exit("the held-out archive must not go into corpus/: pass another --out folder")
    if soffice() is None:
        sys.exit(
            "LibreOffice (soffice) is not installed: the archive's OpenDocument and RTF files are "
            "converted by it; install LibreOffice or run on a machine that has it"
        )
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="heldout26-") as tmp:
        staging = Path(tmp)
        groups: dict[str, list[Path]] = {}
        renames: list[tuple[Path, Path]] = []
        docs: list[Doc] = [*DOCS, ANNEX_2024]
        for doc in docs:
            staged = write_doc(out, doc, staging)
            if staged is None:
                continue
            target, path = staged
            groups.setdefault(target, []).append(path)
            if not doc.file.endswith(f".{target}"):
                renames.append((out / f"{path.stem}.{target}", out / doc.file))
        draft = staging / f"{Path(DRAFT_FILE).stem}.docx"
        write_draft(draft, DRAFT_08, "Dự thảo Quy chế làm việc của Sở (lần 2) (MẪU)")
        groups.setdefault("odt", []).append(draft)
        for target, files in groups.items():
            convert(files, target, out)
        for made, name in renames:
            made.replace(name)
    print(f"wrote {len(DOCS)} held-out documents, an annex and a draft to {out}")


if __name__ == "__main__":
    main()
