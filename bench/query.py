"""Query latency: ``search`` and ``ask`` in one process over a warm index, and CLI start-up.

Prints the median and p95 latency of ``Searcher.search`` and ``Answerer.ask``
(extractive) over the seed-answer questions (bench/data/seed_answers.jsonl plus
the retrieval QA files), each asked ``--rounds`` times after one warm-up pass;
the first, cold ``ask`` separately; then the wall time of ``assistant --help``.
Over the seed report alone by default (ingested into a temp index); over any
existing index (e.g. ALQAC + seed) with ``--index DIR``. Prints figures, no assertions.

usage: python bench/query.py [--index DIR] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "bao-cao-cchc-2021-skhcn-khanh-hoa.txt"
DATA = REPO / "bench" / "data"


def questions() -> list[str]:
    """Every question of the bench data files."""
    out = []
    for name in ("seed_answers.jsonl", "seed_qa_tune.jsonl", "seed_qa_heldout.jsonl"):
        path = DATA / name
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            out += [json.loads(line)["question"] for line in lines if line.strip()]
    return out


def seed_index(workdir: Path) -> Path:
    """A fresh index of the seed report alone."""
    from assistant.config import Settings
    from assistant.retrieval.indexer import Indexer

    if not SEED.exists():
        sys.exit(f"no seed report at {SEED}: put ../shared beside the repo or pass --index")
    corpus = workdir / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    settings = Settings(corpus=corpus, index=workdir / "indexes")
    Indexer(settings).ingest([corpus])
    return settings.index


def timed(fn: Callable[[str], object], items: list[str], rounds: int) -> list[float]:
    """Seconds per call of ``fn(item)`` over ``rounds`` passes."""
    out = []
    for _ in range(rounds):
        for item in items:
            t0 = time.perf_counter()
            fn(item)
            out.append(time.perf_counter() - t0)
    return out


def p95(xs: list[float]) -> float:
    """The 95th percentile."""
    return statistics.quantiles(xs, n=20)[-1] if len(xs) > 1 else xs[0]


def report(name: str, xs: list[float]) -> None:
    """One line of figures, in milliseconds."""
    ms = [x * 1000 for x in xs]
    print(
        f"{name:<28} n={len(ms):4d}  median {statistics.median(ms):8.1f} ms  p95 {p95(ms):8.1f} ms"
    )


def help_time(runs: int = 5) -> list[float]:
    """Wall time of ``assistant --help`` in a fresh interpreter."""
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "assistant", "--help"], check=True, capture_output=True
        )
        out.append(time.perf_counter() - t0)
    return out


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, help="an existing index (default: seed only)")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the questions")
    args = parser.parse_args()
    from assistant.config import Settings
    from assistant.generation.answer import Answerer
    from assistant.retrieval.search import Searcher

    with tempfile.TemporaryDirectory() as tmp:
        index = args.index or seed_index(Path(tmp))
        settings = Settings(index=index, llm="none")
        t0 = time.perf_counter()
        searcher = Searcher(settings)
        opened = time.perf_counter() - t0
        answerer = Answerer(settings, searcher=searcher, llm=None)
        items = questions()
        cold = timed(answerer.ask, items[:1], 1)
        timed(lambda q: searcher.search(q, k=10), items, 1)  # warm-up
        timed(answerer.ask, items, 1)
        search = timed(lambda q: searcher.search(q, k=10), items, args.rounds)
        ask = timed(answerer.ask, items, args.rounds)
    print(
        f"index: {index if args.index else 'seed report only (temp)'}; "
        f"{len(searcher.lexical.chunks)} chunks, {len(searcher.registry.entries())} documents"
    )
    print(f"open searcher: {opened * 1000:.1f} ms; first (cold) ask: {cold[0] * 1000:.1f} ms")
    report("search (k=10, warm)", search)
    report("ask, extractive (warm)", ask)
    report("assistant --help (process)", help_time())


if __name__ == "__main__":
    main()
