"""Backup and restore figures: time and size for the seed index (and the sample corpus).

Builds a temp index of the seed report (../shared, never copied into the repo) plus the
sample corpus, then backs it up and restores it ``--runs`` times:
    .venv/bin/python bench/backup.py [--runs 3] [--seed-only]
Prints medians; asserts nothing about time. Also checks the round trip: the restored
index answers a few searches with the same JSON as the original.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
from dataclasses import replace
from pathlib import Path

from assistant.config import Settings
from assistant.retrieval.backup import backup, restore
from assistant.retrieval.indexer import Indexer
from assistant.retrieval.search import Searcher

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ASSISTANT_SHARED", REPO.parent / "shared"))
SEED = SHARED / "seed" / "bao-cao-cchc-2021-skhcn-khanh-hoa.txt"
QUERIES = [
    "qd 1753",
    "sắp xếp cơ cấu tổ chức",
    "which decisions reorganized the department in 2021",
]


def searches(settings: Settings) -> str:
    searcher = Searcher(settings)
    return json.dumps([[h.to_json() for h in searcher.search(q, k=10)] for q in QUERIES])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed-only", action="store_true", help="index the seed report alone")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "corpus"
        if args.seed_only:
            corpus.mkdir()
        else:
            shutil.copytree(REPO / "corpus", corpus)
        if SEED.is_file():
            shutil.copy(SEED, corpus / SEED.name)
        else:
            print(f"(no seed report at {SEED}: the sample corpus only)")
        settings = Settings(corpus=corpus, index=tmp / "index")
        report = Indexer(settings).ingest([corpus])
        original = searches(settings)
        folder = sum(p.stat().st_size for p in Path(settings.index).rglob("*") if p.is_file())
        b_times, r_times, size, same = [], [], 0, True
        for run in range(args.runs):
            file = tmp / f"b{run}.tar.gz"
            b = backup(settings, file)
            restored = replace(settings, index=tmp / f"restored-{run}")
            r = restore(restored, file)
            b_times.append(b.seconds)
            r_times.append(r.seconds)
            size = b.bytes
            same = same and searches(restored) == original
        mb = folder / 2**20
        print(f"index: {len(report.added)} files, {report.chunks} chunks, folder {mb:.2f} MB")
        print(f"backup file: {size / 2**20:.2f} MB ({b.vectors} vectors, {b.files} files)")
        print(f"backup:  median {statistics.median(b_times):.2f} s over {args.runs} runs")
        print(f"restore: median {statistics.median(r_times):.2f} s over {args.runs} runs")
        print(f"round trip gives identical search JSON: {same}")


if __name__ == "__main__":
    main()
