"""Scale: how ingest and query cost grow from the seed report to the ALQAC corpus.

For each archive — the seed report alone, then the 2,249 ALQAC 2023 articles plus the
seed and the sample corpus — this ingests into a fresh index in a child process and
prints ingest time, chunks, index size on disk and the child's peak memory; then it
runs bench/query.py over that index for search and ask latency (median, p95). The
last lines are the ratios large/small. ALQAC takes about half an hour to embed here.

usage: python bench/scale.py [--only seed|alqac] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "bao-cao-cchc-2021-skhcn-khanh-hoa.txt"


def seed_corpus(workdir: Path) -> Path:
    """A folder with the seed report only."""
    corpus = workdir / "seed"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    return corpus


def alqac_corpus(workdir: Path) -> Path:
    """The ALQAC 2023 articles (one file each), the seed report and the sample corpus."""
    out = workdir / "alqac"
    subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "alqac_to_corpus.py"),
            str(SHARED / "data" / "alqac" / "alqac2023_law.json"),
            str(SHARED / "data" / "alqac" / "alqac2023_train.json"),
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    corpus = out / "corpus"
    shutil.copy(SEED, corpus / SEED.name)
    for sample in (REPO / "corpus").iterdir():
        if sample.name != "README.md":
            shutil.copy(sample, corpus / sample.name)
    return corpus


def du(path: Path) -> int:
    """Bytes on disk under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def ingest(corpus: Path, index: Path) -> dict:
    """Ingest in a child process; its report, wall time and peak memory."""
    env = {**os.environ, "ASSISTANT_INDEX": str(index), "ASSISTANT_CORPUS": str(corpus)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", "ingest", str(corpus), "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    report = json.loads(proc.stdout)
    # ru_maxrss of children is the largest child so far: only a new maximum is this run's.
    return {**report, "wall": seconds, "peak_mb": peak / 1024 if peak > before else None}


def query_latency(index: Path, rounds: int) -> dict[str, float]:
    """Median and p95 of search and ask, from bench/query.py over ``index``."""
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "query.py"),
            "--index",
            str(index),
            "--rounds",
            str(rounds),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = {}
    for name in ("search", "ask"):
        m = re.search(
            rf"^{name}\b.*?median\s+([\d.]+)\s*ms.*?p95\s+([\d.]+)\s*ms", proc.stdout, re.MULTILINE
        )
        if m:
            figures[f"{name}_p50"], figures[f"{name}_p95"] = float(m.group(1)), float(m.group(2))
    figures["raw"] = proc.stdout  # type: ignore[assignment]
    return figures


def measure(name: str, corpus: Path, workdir: Path, rounds: int) -> dict:
    """Every figure for one archive."""
    index = workdir / f"index-{name}"
    result = ingest(corpus, index)
    result["size_mb"] = du(index) / 2**20
    result.update(query_latency(index, rounds))
    files = sum(1 for p in corpus.iterdir() if p.is_file())
    peak = f"{result['peak_mb']:.0f} MB" if result["peak_mb"] else "n/a"
    print(
        f"{name}: {files} files, {result['chunks']} chunks; ingest {result['wall']:.1f} s; "
        f"index {result['size_mb']:.1f} MB; peak memory {peak}; "
        f"search p50 {result.get('search_p50', float('nan')):.0f} ms "
        f"p95 {result.get('search_p95', float('nan')):.0f} ms; "
        f"ask p50 {result.get('ask_p50', float('nan')):.0f} ms "
        f"p95 {result.get('ask_p95', float('nan')):.0f} ms",
        flush=True,
    )
    return result


def main() -> None:
    """Measure both archives and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["seed", "alqac"])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if not SEED.exists():
        sys.exit(f"no seed report at {SEED}: put ../shared beside the repo")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        results = {}
        if args.only in (None, "seed"):
            results["seed"] = measure("seed", seed_corpus(workdir), workdir, args.rounds)
        if args.only in (None, "alqac"):
            results["alqac"] = measure("alqac", alqac_corpus(workdir), workdir, args.rounds)
    if len(results) == 2:
        small, large = results["seed"], results["alqac"]
        print("ratios alqac/seed:")
        for key in ("chunks", "wall", "size_mb", "search_p50", "ask_p50"):
            if small.get(key) and large.get(key):
                print(f"  {key}: {large[key] / small[key]:.1f}x")


if __name__ == "__main__":
    main()
