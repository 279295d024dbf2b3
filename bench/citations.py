"""Citation engine figures: extraction throughput and the time to check a draft.

Reads the real texts of ../shared (never copied into the repo):
    .venv/bin/python bench/citations.py [--mb 10] [--runs 5]
Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

from assistant.citations import Registry, check, extract, normalize
from assistant.models import Identity

SHARED = Path(
    os.environ.get("ASSISTANT_SHARED", Path(__file__).resolve().parents[1].parent / "shared")
)
SEED = SHARED / "seed" / "bao-cao-cchc-2021-skhcn-khanh-hoa.txt"
ADMIN = SHARED / "data" / "admin-text" / "university-admin-text-2023.txt"

# Errors a careless draft makes: another day, transposed digits, a wrong type word.
INJECTIONS = (
    (re.compile(r"ngày (\d{1,2})/"), lambda m: f"ngày {int(m.group(1)) % 28 + 1}/"),
    (re.compile(r"số (\d)(\d)(\d+)/"), lambda m: f"số {m.group(2)}{m.group(1)}{m.group(3)}/"),
    (re.compile(r"Quyết định số"), lambda m: "Kế hoạch số"),
)


def corpus(mb: float) -> str:
    """Seed and admin text repeated to about ``mb`` megabytes (UTF-8)."""
    base = normalize(SEED.read_text("utf-8")) + "\n\n" + normalize(ADMIN.read_text("utf-8"))
    size = len(base.encode("utf-8"))
    return "\n\n".join([base] * max(1, round(mb * 1e6 / size)))


def draft(seed: str, kb: int = 60, errors: float = 0.15, rng_seed: int = 7) -> str:
    """A ~20-page draft built from the seed's sentences that cite something, some altered."""
    rng = random.Random(rng_seed)
    sentences = [s for s in re.split(r"(?<=[.;])\s+", seed) if extract(s)]
    out, size = [], 0
    while size < kb * 1000:
        s = rng.choice(sentences)
        if rng.random() < errors:
            pattern, repl = rng.choice(INJECTIONS)
            s = pattern.sub(repl, s, count=1)
        out.append(s)
        size += len(s.encode("utf-8")) + 1
    return "\n".join(out)


def timed(fn, runs: int) -> float:
    """Median wall time of ``runs`` calls."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="size of the extraction corpus")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    args = parser.parse_args(argv)
    if not SEED.exists() or not ADMIN.exists():
        print(f"missing {SEED} or {ADMIN}: set ASSISTANT_SHARED", file=sys.stderr)
        return 2
    text = corpus(args.mb)
    mb = len(text.encode("utf-8")) / 1e6
    found = len(extract(text))
    seconds = timed(lambda: extract(text), args.runs)
    print(
        f"extract: {mb:.1f} MB, {found} citations, median {seconds:.2f} s "
        f"over {args.runs} runs = {mb / seconds:.1f} MB/s"
    )

    seed = SEED.read_text("utf-8")
    registry = Registry()
    registry.add_text(SEED.name, seed, identity=Identity(ident="/BC-SKHCN"))
    built = timed(lambda: Registry().add_text(SEED.name, seed, identity=None), args.runs)
    page = draft(seed)
    result = check(page, registry)
    seconds = timed(lambda: check(page, registry), args.runs)
    print(f"registry from the seed: {built * 1000:.0f} ms")
    print(
        f"check: {len(page.encode('utf-8')) / 1000:.0f} KB draft, {len(result.findings)} "
        f"citations, median {seconds * 1000:.0f} ms; {result.summary}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
