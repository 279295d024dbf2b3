"""Re-lay the DOCX and PDF files of a sample archive as Vietnamese offices lay them out.

The archive generators write a document's header as plain lines, one under the other. Real
documents (Nghị định 30/2020/NĐ-CP, Phụ lục I) put it in two columns: the issuer, a short rule
and "Số: …" on the left; the Quốc hiệu, Tiêu ngữ, a rule and the place and date on the right;
the signature block likewise ("Nơi nhận:" left, the signer right). This script copies every
file of an archive under the same name and rewrites each DOCX and PDF in such a layout, so the
same truths can be scored on both. Body text, body tables, the sample mark (first) and the
footer (last) stay as they were. A file whose header is not found is copied unchanged.

Usage: ``scripts/relayout_archive.py SRC DST [--seed N]``. Output is deterministic.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

from relayout_docx import relayout_docx
from relayout_header import choose
from relayout_pdf import relayout_pdf

REPO = Path(__file__).resolve().parents[1]


def relayout_file(src: Path, dst: Path, seed: int) -> str:
    """Write ``src`` to ``dst`` re-laid out; return the layout, or ``copied (why)``."""
    choice = choose(src.name, seed)
    suffix = src.suffix.lower()
    if suffix == ".docx":
        kind = relayout_docx(src, dst, choice)
    elif suffix == ".pdf":
        kind = relayout_pdf(src, dst, choice)
    else:
        kind = "copied (not a DOCX or PDF)"
    if kind.startswith("copied"):
        shutil.copyfile(src, dst)
    return kind


def relayout_archive(src: Path, dst: Path, *, seed: int = 0) -> Counter[str]:
    """Copy every file of ``src`` into ``dst``, re-laying out its DOCX and PDF files.

    Prints one line per file (its name and layout) and returns the count of each layout.
    """
    dst.mkdir(parents=True, exist_ok=True)
    counts: Counter[str] = Counter()
    for path in sorted(src.rglob("*")):
        if not path.is_file():
            continue
        out = dst / path.relative_to(src)
        out.parent.mkdir(parents=True, exist_ok=True)
        kind = relayout_file(path, out, seed)
        print(f"{path.relative_to(src)}\t{kind}")
        for part in re.sub(r":.*", ")", kind).split(", "):
            counts[part] += 1
    return counts


def summary(counts: Counter[str]) -> str:
    """One line: files rewritten by layout, their signature blocks, and copied (with why)."""
    rewritten = sum(v for k, v in counts.items() if k.startswith(("docx-", "pdf-")))
    copied = sum(v for k, v in counts.items() if k.startswith("copied"))
    layouts = [f"{k} {v}" for k, v in sorted(counts.items()) if not k.startswith("copied")]
    whys = [f"{v} {k}" for k, v in sorted(counts.items()) if k.startswith("copied")]
    return (
        f"rewritten {rewritten}" + (f" ({', '.join(layouts)})" if layouts else "")
        + f"; copied {copied}" + (f": {'; '.join(whys)}" if whys else "")
    )


def main(argv: list[str] | None = None) -> None:
    """Re-lay SRC into DST; refuse DST inside ``corpus/`` or equal to SRC."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", type=Path, help="the archive folder to read")
    parser.add_argument("dst", type=Path, help="the folder to write (not in corpus/)")
    parser.add_argument("--seed", type=int, default=0, help="varies the layouts drawn")
    args = parser.parse_args(argv)
    src, dst = args.src.resolve(), args.dst.resolve()
    corpus = (REPO / "corpus").resolve()
    if dst == corpus or corpus in dst.parents:
        sys.exit("the re-laid archive must not go into corpus/: pass another DST folder")
    if dst == src or src in dst.parents:
        sys.exit("DST must not be SRC nor inside it: pass another DST folder")
    if not src.is_dir():
        sys.exit(f"no archive folder at {src}: pass an existing SRC folder")
    print(summary(relayout_archive(src, dst, seed=args.seed)))


if __name__ == "__main__":
    main()
