"""Fusion variants for paraphrased questions, chosen by CV (issue 13, helper alqac3).

Each question is searched once per lexical query form (the shipped search: dense e5
from the passage cache + BM25 with the named law cut out; the pinpoint lookup and the
document-number boost as shipped) and both retrievers' top ``CAPTURE`` kept with their
raw scores; fusion is then redone in numpy for each variant of a grid:

- ``depth``: how deep each side looks before fusion (shipped 50);
- ``adapt``: the lexical weight as a function of how much of the question BM25 finds
  (``cover``: the IDF share of the question's tokens present in BM25's first chunk):
  lexical = clip(base + slope × (cover − 0.5), 0.1, 0.9), dense = 1 − lexical;
- ``article``: the article's dense score (max over its chunks) added to each
  candidate's, at a weight;
- ``gloss``: BM25's query extended with the law's words for the question's everyday
  phrases (``assistant.retrieval.glossary.legal_terms``), in an index that holds laws
  only (as search does), and ``blend``: the dense side's question vector plus that
  weight times the terms' vector.

``Params()`` is the search of main before issue 13's glossary (depth 50, plain BM25
query, no blend); every variant is also compared with it question by question.

Every parameter is chosen on the CV folds of ALQAC 2023 (80 q) and the paraphrase
tuning set (50 q) together (fold f of both held out together); ALQAC 2022 and the seed
tuning sets are checks; with --heldout the held-out sets are scored once, last.

usage: python bench/paraphrase_cv.py [--heldout] [--grid NAME]
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import pickle
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import retrieval as R

from assistant.retrieval.evaluate import is_hit, read_qa
from assistant.retrieval.lexical import tokenize
from assistant.retrieval.query import parse_question
from assistant.retrieval.search import Hit

CAPTURE = 200


@dataclass
class Row:
    question: str
    hits: set[int]  # captured positions that answer it (``evaluate.is_hit``)
    fold: int | None
    dense: list[tuple[int, float]]  # position, cosine; best first
    qsim: np.ndarray  # cosine of the question to every chunk
    gsim: np.ndarray | None  # cosine of its legal terms (``legal_terms``) to every chunk
    lexical: dict[str, list[tuple[int, float]]]  # query form -> position, BM25 score
    cover: dict[str, float]  # query form -> IDF share of the query BM25's first chunk holds
    boost: dict[int, float]  # document-number boost, as shipped
    pinned: list[int]


@dataclass
class Set:
    name: str
    rows: list[Row]
    source: list[str]  # position -> file name
    article: list[int]  # position -> article id


def _cover(searcher: R.BenchSearcher, query: str, top: list[tuple[int, float]]) -> float:
    lex = searcher.lexical
    bm = lex._bm25
    toks = [t for t in dict.fromkeys(tokenize(query, bigrams=False)) if t in bm.vocab_dict]
    if not toks or not top:
        return 0.0
    n = len(lex.chunks)
    first = set(tokenize(lex.chunks[top[0][0]].text, bigrams=False))
    idf = {t: _idf(searcher, t, n) for t in toks}
    total = sum(idf.values()) or 1.0
    return sum(v for t, v in idf.items() if t in first) / total


_DF: dict[int, dict[str, int]] = {}


def _idf(searcher: R.BenchSearcher, token: str, n: int) -> float:
    table = _DF.get(id(searcher.lexical))
    if table is None:
        table = {}
        for c in searcher.lexical.chunks:
            for t in set(tokenize(c.text, bigrams=False)):
                table[t] = table.get(t, 0) + 1
        _DF[id(searcher.lexical)] = table
    df = table.get(token, 0)
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


FORMS = {"plain": lambda q: ""}


def _forms() -> dict:
    forms = dict(FORMS)
    try:
        from assistant.retrieval.glossary import legal_terms
    except ImportError:
        return forms
    forms["gloss"] = legal_terms
    return forms


def capture(name: str, corpus: R.Corpus, items: list[dict], fold_of: dict[str, int],
            q: R.QueryVectors) -> Set:
    searcher = R.BenchSearcher(corpus, R.lexical_for(corpus, {}), R.Variant(), q)
    forms = _forms()
    if "gloss" in forms and not searcher.articles.holds_laws:  # as search: laws only
        forms["gloss"] = FORMS["plain"]
    rows = []
    for item in items:
        question = item["question"]
        parsed = parse_question(question)
        dense = searcher._dense(parsed.clean, glossed=parsed.gloss, k=CAPTURE, years=(),
                                codes=())
        lexical, cover = {}, {}
        base = f"{searcher._without_laws(parsed.clean)} {parsed.gloss}".strip()
        for form, extra in forms.items():
            text = f"{base} {extra(parsed.clean)}".strip()
            lexical[form] = searcher.lexical.search(
                text, k=CAPTURE, unaccented=parsed.language == "vi" and not parsed.accented)
            cover[form] = _cover(searcher, base, lexical[form])
        qsim = corpus.vectors @ searcher._query_vector(parsed.clean)
        extra = forms.get("gloss", lambda _: "")(parsed.clean)
        gsim = corpus.vectors @ searcher._query_vector(extra) if extra else None
        boost: dict[int, float] = {}
        searcher._boost_named_documents(question, boost)
        pinned = searcher.articles.lookup(question)
        seen = set(range(len(corpus.chunks)))  # every chunk: any variant may rank it
        for found in lexical.values():
            seen |= {pos for pos, _ in found}
        hits = {pos for pos in seen
                if is_hit(Hit(corpus.chunks[pos], 0.0), item, searcher, pos)}
        rows.append(Row(question, hits, fold_of.get(question), dense, qsim.astype(np.float32),
                        None if gsim is None else gsim.astype(np.float32), lexical, cover,
                        boost, pinned))
    table = searcher.articles
    keys: dict[tuple[str, str], int] = {}
    article = []
    for pos, c in enumerate(corpus.chunks):
        number = table._article_of.get(pos)
        key = (c.source, number) if number else (c.source, f"#{pos}")
        article.append(keys.setdefault(key, len(keys)))
    return Set(name, rows, [Path(c.source).name for c in corpus.chunks], article)


@dataclass(frozen=True)
class Params:
    depth: int = 50
    base: float = 0.5  # lexical weight at cover 0.5
    slope: float = 0.0
    article: float = 0.0
    form: str = "plain"
    norm: str = "minmax"  # or "z": (score - mean) / sd over the side's top ``depth``
    peak: float = 0.0  # weight of the larger of a candidate's two normalised scores
    blend: float = 0.0  # dense side: question + blend × its legal terms' vector


def _normed(ranked: list[tuple[int, float]], norm: str) -> dict[int, float]:
    if not ranked:
        return {}
    if norm == "z":
        values = [s for _, s in ranked]
        sd, lo = statistics.pstdev(values) or 1.0, min(values)
        # z-scores shifted to start at 0 (a side's absent candidate is at its floor)
        return {pos: (s - lo) / sd for pos, s in ranked}
    hi, lo = ranked[0][1], ranked[-1][1]
    span = (hi - lo) or 1.0
    return {pos: (s - lo) / span for pos, s in ranked}


def rank(row: Row, s: Set, p: Params) -> int | None:
    lexical = row.lexical[p.form][: p.depth]
    dense = row.dense[: p.depth]
    if p.blend and row.gsim is not None:
        sims = row.qsim + p.blend * row.gsim
        top = np.argsort(-sims, kind="stable")[: p.depth]
        dense = [(int(i), float(sims[i])) for i in top]
    lw = p.base
    if p.slope:
        lw = min(0.9, max(0.1, p.base + p.slope * (row.cover[p.form] - 0.5)))
    scores: dict[int, float] = {}
    d, lx = _normed(dense, p.norm), _normed(lexical, p.norm)
    for pos, v in d.items():
        scores[pos] = (1 - lw) * v
    for pos, v in lx.items():
        scores[pos] = scores.get(pos, 0.0) + lw * v
    if p.peak:
        for pos in scores:
            scores[pos] += p.peak * max(d.get(pos, 0.0), lx.get(pos, 0.0))
    if p.article and dense:
        best: dict[int, float] = {}
        for pos, sim in row.dense:  # the article's best chunk among the captured
            a = s.article[pos]
            best[a] = max(best.get(a, -1.0), sim)
        hi, lo = row.dense[0][1], row.dense[min(p.depth, len(row.dense)) - 1][1]
        span = (hi - lo) or 1.0
        for pos in scores:
            a = s.article[pos]
            if a in best:
                scores[pos] += p.article * max(0.0, (best[a] - lo) / span)
    for pos, b in row.boost.items():
        scores[pos] = scores.get(pos, 0.0) + b
    order = sorted(scores, key=lambda x: -scores[x])
    if row.pinned:
        order = row.pinned + [x for x in order if x not in set(row.pinned)]
    for i, pos in enumerate(order[:10], 1):
        if pos in row.hits:
            return i
    return None


def rr(r: int | None) -> float:
    return 1.0 / r if r is not None and r <= 10 else 0.0


def fold_means(s: Set, p: Params) -> list[float]:
    by: dict[int, list[float]] = {}
    for row in s.rows:
        by.setdefault(row.fold if row.fold is not None else -1, []).append(rr(rank(row, s, p)))
    return [statistics.fmean(v) for _, v in sorted(by.items())]


def mean(s: Set, p: Params) -> float:
    return statistics.fmean(rr(rank(row, s, p)) for row in s.rows)


def grid(name: str) -> list[Params]:
    forms = list(_forms())
    if name == "depth":
        return [Params(depth=d) for d in (20, 30, 50, 100, 150, 200)]
    if name == "weight":
        return [Params(base=b) for b in (0.3, 0.4, 0.5, 0.6)]
    if name == "adapt":
        return [Params(base=b, slope=sl) for b, sl in itertools.product(
            (0.4, 0.5, 0.6), (0.0, 0.2, 0.4, 0.6, 0.8, 1.0))]
    if name == "article":
        return [Params(article=a) for a in (0.0, 0.05, 0.1, 0.2, 0.3, 0.5)]
    if name == "norm":
        return [Params(norm=n, peak=k, depth=d) for n, k, d in itertools.product(
            ("minmax", "z"), (0.0, 0.1, 0.2, 0.3, 0.5), (50, 100))]
    if name == "blend":
        return [Params(form=f, blend=b) for f, b in itertools.product(
            forms, (0.0, 0.3, 0.5, 0.7, 1.0))]
    if name == "final":
        return [Params(depth=d, form=f, blend=b, peak=k) for d, f, b, k in itertools.product(
            (50, 100), forms, (0.0, 0.3, 0.5, 1.0), (0.0, 0.2))]
    if name == "gloss":
        return [Params(form=f) for f in forms]
    if name == "all":
        return [Params(depth=d, base=b, slope=sl, article=a, form=f)
                for d, b, sl, a, f in itertools.product(
                    (50, 100), (0.4, 0.5), (0.0, 0.4, 0.8), (0.0, 0.1, 0.2), forms)]
    raise SystemExit(f"unknown grid {name}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--alqac23", type=Path, default=Path("/tmp/alqac23"))
    ap.add_argument("--alqac22", type=Path, default=Path("/tmp/alqac22"))
    ap.add_argument("--grid", default="depth")
    ap.add_argument("--heldout", action="store_true", help="also score the held-out sets")
    ap.add_argument("--capture", type=Path, default=Path("/tmp/alqac3/capture.pkl"))
    ap.add_argument("--recapture", action="store_true")
    ap.add_argument("--nested", action="store_true",
                    help="also choose the grid's params on 4 folds and score the 5th")
    ap.add_argument("--embed", action="store_true", help="embed chunks missing from the cache")
    ap.add_argument("--show", default="", help="params to score, as JSON dicts, ';'-separated")
    args = ap.parse_args()
    sets: dict[str, Set]
    path = args.capture.with_suffix(".heldout.pkl" if args.heldout else ".pkl")
    if path.exists() and not args.recapture:
        sets = pickle.loads(path.read_bytes())
    else:
        cache = R.ENGINES["e5"][0]
        q = R.QueryVectors(cache.with_suffix(".queries.sqlite"))
        fold_of = R.cv_fold_of(args.alqac23)
        fold_of.update(R.cv_fold_of(args.alqac23, "paraphrase_tune"))
        sets = {}
        seed = R.load_corpus([R.SEED], R.SEED.parent, cache, embed=args.embed, engine="e5")
        seed_sets = [("seed-tune", "seed_qa_tune.jsonl"), ("seed-tune2", "seed_qa_tune2.jsonl")]
        if args.heldout:
            seed_sets += [(f"seed-heldout{n}", f"seed_qa_heldout{n}.jsonl")
                          for n in ("", "2", "3", "4")]
        for name, file in seed_sets:
            sets[name] = capture(name, seed, read_qa(R.DATA / file), {}, q)
        for name, folder in (("alqac23", args.alqac23), ("alqac22", args.alqac22)):
            corpus = R.load_corpus(sorted((folder / "corpus").iterdir()), folder / "corpus",
                                   cache, embed=args.embed, engine="e5")
            items = read_qa(folder / "qa.jsonl")
            if name == "alqac23":
                sets["cv"] = capture("cv", corpus, R.cv_questions(items), fold_of, q)
                sets["para"] = capture("para", corpus, read_qa(R.PARA), fold_of, q)
                if args.heldout:
                    sets["unseen"] = capture("unseen", corpus, read_qa(R.UNSEEN), {}, q)
                    sets["unseen2"] = capture("unseen2", corpus, read_qa(R.UNSEEN2), {}, q)
            else:
                sets["alqac22"] = capture("alqac22", corpus, items, {}, q)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(sets))
    params = ([Params(**json.loads(x)) for x in args.show.split(";")] if args.show
              else grid(args.grid))
    report(sets, params, heldout=args.heldout)
    if args.nested:
        nested(sets, params)


def nested(sets: dict[str, Set], params: list[Params]) -> None:
    """Each fold scored with the params best (joint mean) on the other four."""
    table = {p: (fold_means(sets["cv"], p), fold_means(sets["para"], p)) for p in params}
    cv, para = [], []
    for f in range(5):
        def inner(p: Params, f: int = f) -> float:
            a, b = table[p]
            return sum(a[g] + b[g] for g in range(5) if g != f)

        best = max(params, key=inner)  # first of equals: the grid's order
        print(f"  fold {f}: {_label(best)}")
        cv.append(table[best][0][f])
        para.append(table[best][1][f])
    print(f"nested CV: alqac23 {statistics.fmean(cv):.3f} ± {statistics.stdev(cv):.3f}; "
          f"paraphrase {statistics.fmean(para):.3f} ± {statistics.stdev(para):.3f}")


def report(sets: dict[str, Set], params: list[Params], *, heldout: bool) -> None:
    cols = ["seed-tune", "seed-tune2", "alqac22"]
    if heldout:
        cols += ["unseen", "unseen2"]
    print(f"{'params':58}{'alqac23 CV':>16}{'para CV':>16}{'joint':>7}"
          + "".join(f"{c:>11}" for c in cols) + ("  seed-heldout pooled" if heldout else ""))
    for p in params:
        cv, para = fold_means(sets["cv"], p), fold_means(sets["para"], p)
        joint = statistics.fmean(a + b for a, b in zip(cv, para, strict=True)) / 2
        line = (f"{_label(p):58}{statistics.fmean(cv):>9.3f} ± {statistics.stdev(cv):.3f}"
                f"{statistics.fmean(para):>9.3f} ± {statistics.stdev(para):.3f}{joint:>7.3f}"
                + "".join(f"{mean(sets[c], p):>11.3f}" for c in cols))
        if heldout:
            pooled = [rr(rank(r, sets[n], p)) for n in sets if n.startswith("seed-heldout")
                      for r in sets[n].rows]
            line += f"  {statistics.fmean(pooled):.3f} ({len(pooled)})"
        print(line, flush=True)
        if p != Params():
            print(" " * 4 + "; ".join(_paired(sets[c], p) for c in ["cv", "para", *cols]))


def _paired(s: Set, p: Params) -> str:
    """Question by question against the shipped fusion: mean change ± its standard error,
    how many rise and fall."""
    diffs = [rr(rank(r, s, p)) - rr(rank(r, s, Params())) for r in s.rows]
    se = statistics.stdev(diffs) / math.sqrt(len(diffs)) if len(diffs) > 1 else 0.0
    return (f"{s.name} {statistics.fmean(diffs):+.3f}±{se:.3f} "
            f"({sum(d > 0 for d in diffs)}↑ {sum(d < 0 for d in diffs)}↓)")


def _label(p: Params) -> str:
    return (f"depth {p.depth} lex {p.base} slope {p.slope} art {p.article} {p.form} {p.norm}"
            f" peak {p.peak} blend {p.blend}")


if __name__ == "__main__":
    main()
