"""Cross-validation of the learned ranker (``bench/retrieval.py --cv``).

Each question is searched once with the ranker off; its fused candidates, their
features (``rerank.features``) and which of them answer it are kept. A model is then
fitted on four folds (ALQAC 2023 train and the seed tuning questions together: both
domains matter) and scored on the fifth, exactly as ``Searcher._order`` would rank:
the named article first, the model's order over the fused top ``depth``, then
fusion's. The split is fixed in bench/data/cv_split.json.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.retrieval.evaluate import is_hit
from assistant.retrieval.rerank import FEATURES, RANKER_FILE, Evidence, Ranker, features, fit
from assistant.retrieval.search import Hit

DATA = Path(__file__).resolve().parent / "data"
HELDOUT = ("seed-heldout", "seed-heldout2", "seed-heldout3", "seed-heldout4")

PAIRWISE = True
# Versions 1–3 were shipped and withdrawn (git history): a new file starts after them, so
# an index never records one number for two models.
FIRST_FREE_VERSION = 4
# Weights tried for each feature added to the fused score (``--fit weights``).
GRID = (0.0, 0.1, 0.2, 0.3, 0.5)
# The features tried by default (``--features``): the fused score, the article title's
# match, the named law (``ArticleTable.laws``) and the defined term ("… là gì?"). With
# the dense side on, CV gives every added feature weight 0 (bench/data/README.md, helper
# ``alqac``); session 10's pairwise choice was fused, title and length.
SHIPPED = ("fused", "title", "law_name", "definition")
CAPTURE = 60  # fused candidates kept per question (the deepest ranker depth tried + 10)


@dataclass
class Case:
    """One question's candidates, ranked by fusion, with features and labels."""

    question: str
    order: list[int]  # fused order (at most CAPTURE)
    rows: np.ndarray  # features of ``order``'s candidates
    relevant: set[int]  # positions that answer, among order and pinned
    pinned: list[int]


def capture(searcher, items: Sequence[dict], relevant: Callable[[dict, int], bool]) -> list[Case]:
    """Search each question with the ranker off and keep what the ranker would see."""
    cases: list[Case] = []
    ranker, searcher.ranker = searcher.ranker, None
    seen: list[Evidence] = []
    original = searcher._order

    def spy(query, scores, dense, lexical):
        titles = {p: searcher.articles.title(p) for p in scores}
        seen.append(Evidence(query, dict(scores), list(lexical), list(dense),
                             searcher._laws(query), titles))
        return original(query, scores, dense, lexical)

    searcher._order = spy
    try:
        for item in items:
            seen.clear()
            searcher.search(item["question"], k=10)
            ev = seen[-1] if seen else Evidence(item["question"], {}, [], [], frozenset(), {})
            order = sorted(ev.fused, key=lambda p: -ev.fused[p])[:CAPTURE]
            pinned = searcher.articles.lookup(item["question"])
            rows = (features(ev, searcher.lexical.chunks, order) if order
                    else np.zeros((0, len(FEATURES))))
            rel = {p for p in [*order, *pinned] if relevant(item, p)}
            cases.append(Case(item["question"], order, rows, rel, pinned))
    finally:
        searcher._order = original
        searcher.ranker = ranker
    return cases


def rank_of(case: Case, model: Ranker | None, *, pin: bool = True) -> int | None:
    """Rank (1-based, ≤ 10) of the first answering chunk as ``Searcher._order`` orders."""
    order = list(case.order)
    if model is not None and order:
        head = order[: model.depth]
        s = model.score(case.rows[: len(head)])
        order = [head[i] for i in np.argsort(-s, kind="stable")] + order[model.depth :]
    if pin and case.pinned:
        order = case.pinned + [p for p in order if p not in set(case.pinned)]
    return next((r for r, p in enumerate(order[:10], 1) if p in case.relevant), None)


def mrr(cases: Sequence[Case], model: Ranker | None, *, pin: bool = True) -> float:
    """MRR@10 of ``cases``."""
    ranks = [rank_of(c, model, pin=pin) for c in cases]
    return statistics.fmean(1 / r if r else 0.0 for r in ranks) if ranks else 0.0


def train(cases: Sequence[Case], names: Sequence[str], *, c: float, depth: int,
          version: int = 0, note: str = "") -> Ranker:
    """Fit on the top ``depth`` candidates of the questions that have an answer there."""
    rows, labels, groups = [], [], []
    for g, case in enumerate(cases):
        n = min(depth, len(case.order))
        y = [1 if p in case.relevant else 0 for p in case.order[:n]]
        if any(y) and not all(y):
            rows.append(case.rows[:n])
            labels.extend(y)
            groups.extend([g] * n)
    return fit(np.vstack(rows), np.asarray(labels), np.asarray(groups), names, c=c, depth=depth,
               pairwise=PAIRWISE, version=version, trained_on=note)


@dataclass(frozen=True)
class Config:
    """A ranker configuration chosen by CV."""

    names: tuple[str, ...]
    c: float
    depth: int


def cv(folds: Sequence[Sequence[Sequence[Case]]], config: Config | Ranker | None, *,
       pin: bool = True) -> list[list[float]]:
    """Per data set, per fold MRR@10 of a model trained on the other folds of every set.

    ``folds[s][f]`` are the cases of set ``s`` in fold ``f``; None scores fusion alone,
    a ``Ranker`` is scored as it is (its weights were chosen elsewhere).
    """
    n = len(folds[0])
    out: list[list[float]] = [[] for _ in folds]
    for f in range(n):
        model = config if isinstance(config, Ranker) else None
        if isinstance(config, Config):
            fit_on = [c for sets in folds for g in range(n) if g != f for c in sets[g]]
            model = train(fit_on, config.names, c=config.c, depth=config.depth)
        for s, sets in enumerate(folds):
            out[s].append(mrr(sets[f], model, pin=pin))
    return out


def summary(scores: Sequence[float]) -> str:
    """``mean ± sd`` of fold scores."""
    return f"{statistics.fmean(scores):.3f} ± {statistics.stdev(scores):.3f}"


def split_folds(split_file: Path, alqac: Sequence[Case], seed: dict[str, Sequence[Case]]):
    """The fixed folds of ``cv_split.json``: (alqac folds, seed folds, alqac final)."""
    split = json.loads(split_file.read_text("utf-8"))

    def checked(case: Case, digest: str) -> Case:
        if hashlib.sha1(case.question.encode()).hexdigest()[:8] != digest:
            raise SystemExit(f"{split_file}: question changed: {case.question[:60]}")
        return case

    a = split["alqac23"]
    alqac_folds = [[checked(alqac[i], h) for i, h in fold] for fold in a["folds"]]
    final = [checked(alqac[i], h) for i, h in a["final"]]
    seed_folds = [[checked(seed[f][i], h) for f, i, h in fold]
                  for fold in split["seed_tune"]["folds"]]
    return alqac_folds, seed_folds, final


def _pooled(res: list[list[float]]) -> list[float]:
    """Per fold, the mean of the ALQAC and seed folds' MRR (both domains count)."""
    return [statistics.fmean(col) for col in zip(*res, strict=True)]


def _gain(base: list[float], other: list[float]) -> tuple[float, float]:
    """Mean and standard error of the fold-wise gain of ``base`` over ``other``."""
    d = [a - b for a, b in zip(base, other, strict=True)]
    return statistics.fmean(d), statistics.stdev(d) / len(d) ** 0.5


def select(folds, names: list[str], *, backward: bool = False, say=print) -> Config:
    """Depth and C by grid, then features by backward elimination: a feature stays only
    if dropping it lowers the pooled CV mean by more than the standard error of the
    fold-wise differences."""
    best, best_score = None, -1.0
    for depth in (10, 20, 30, 50):
        for c in (0.01, 0.1, 1.0, 10.0):
            score = statistics.fmean(_pooled(cv(folds, Config(tuple(names), c, depth))))
            say(f"  grid depth={depth:2} C={c:<5} pooled CV {score:.4f}")
            if score > best_score:
                best, best_score = Config(tuple(names), c, depth), score
    assert best is not None
    if not backward:
        return best
    trials: list = []
    while len(best.names) > 1:
        base = _pooled(cv(folds, best))
        trials = []
        for f in best.names:
            cfg = Config(tuple(n for n in best.names if n != f), best.c, best.depth)
            trials.append((*_gain(base, _pooled(cv(folds, cfg))), f, cfg))
        mean, se, f, cfg = min(trials, key=lambda t: t[0])
        if mean > se:
            break
        say(f"  drop {f:12} (its gain {mean:+.4f}, se {se:.4f})")
        best = cfg
    for mean, se, f, _ in sorted(trials, key=lambda t: -t[0]):
        say(f"  keep {f:12} (its gain {mean:+.4f}, se {se:.4f})")
    return best


def weighted(names: Sequence[str], weights: Sequence[float], depth: int, *, version: int = 0,
             note: str = "") -> Ranker:
    """A ranker that adds features to the fused score with fixed weights (``fused`` first,
    weight 1): no standardisation, so a weight reads in units of the fused score."""
    k = len(names)
    return Ranker(version, depth, tuple(names), (0.0,) * k, (1.0,) * k, tuple(weights), 0.0,
                  note)


def select_weights(folds, names: Sequence[str], *, say=print) -> Ranker:
    """The weights (from ``GRID``, ``fused`` fixed at 1) and depth with the best pooled CV
    mean: every combination is tried; a tie keeps the smaller weights (listed first)."""
    rest = [n for n in names if n != "fused"]
    best, best_score = None, -1.0
    for depth in (20, 50):
        for ws in itertools.product(GRID, repeat=len(rest)):
            model = weighted(("fused", *rest), (1.0, *ws), depth)
            score = statistics.fmean(_pooled(cv(folds, model)))
            if score > best_score + 1e-9:
                best, best_score = model, score
    assert best is not None
    say(f"  weights by CV: depth {best.depth}, "
        + ", ".join(f"{n} {w}" for n, w in zip(best.names, best.weights, strict=True))
        + f" (pooled CV {best_score:.4f})")
    return best


def nested_weights(folds, names: Sequence[str]) -> list[list[float]]:
    """``nested`` for ``select_weights``: the weights chosen on four folds, scored on the fifth."""
    n = len(folds[0])
    out: list[list[float]] = [[] for _ in folds]
    for f in range(n):
        inner = [[sets[g] for g in range(n) if g != f] for sets in folds]
        model = select_weights(inner, names, say=lambda msg, f=f: print(f"  outer fold {f}:{msg}"))
        for s, sets in enumerate(folds):
            out[s].append(mrr(sets[f], model))
    return out


def nested(folds, names: list[str], *, backward: bool) -> list[list[float]]:
    """Per set, per fold MRR@10 of the whole procedure (selection included) run on the
    other folds: the CV figure that the choice of depth, C and features did not see."""
    n = len(folds[0])
    out: list[list[float]] = [[] for _ in folds]
    for f in range(n):
        inner = [[sets[g] for g in range(n) if g != f] for sets in folds]
        config = select(inner, names, backward=backward, say=lambda _msg: None)
        model = train([c for sets in inner for g in sets for c in g], config.names,
                      c=config.c, depth=config.depth)
        print(f"  outer fold {f}: depth {config.depth}, C {config.c}, "
              f"{', '.join(config.names)}", flush=True)
        for s, sets in enumerate(folds):
            out[s].append(mrr(sets[f], model))
    return out


def capture_all(sets, make_searcher) -> dict[str, list[Case]]:
    """Every data set's questions captured by a searcher over its corpus."""
    cases: dict[str, list[Case]] = {}
    for name, corpus, items in sets:
        s = make_searcher(corpus)

        def relevant(item: dict, pos: int, s=s) -> bool:
            return is_hit(Hit(s.lexical.chunks[pos], 0.0), item, s, pos)

        cases[name] = capture(s, items, relevant)
    return cases


def report(cases: dict[str, list[Case]], folds, final: list[Case] | None, label: str,
           config: Config | Ranker, model: Ranker) -> None:
    """Fusion before, with the pinpoint lookup, and with the ranker, on every set; then the
    ranker's gain on ALQAC 2022 question by question (how many rise, how many fall).
    The final questions are scored only when given (``--final``: once, at the end)."""
    rows = [("fusion (before)", None, False, False), ("+ pinpoint", None, True, False),
            (f"+ pinpoint + {label}", config, True, True)]
    print(f"\n{'MRR@10':28}{'alqac23 CV':>16}{'seed-tune CV':>16}{'alqac22':>9}"
          + "".join(f"{h[5:]:>10}" for h in HELDOUT) + f"{'pooled':>8}"
          + (f"{'alqac23 final':>15}" if final is not None else ""))
    for name, cfg, pin, ranked in rows:
        res = cv(folds, cfg, pin=pin)
        m = model if ranked else None
        held = [c for h in HELDOUT for c in cases[h]]
        print(f"{name:28}{summary(res[0]):>16}{summary(res[1]):>16}"
              f"{mrr(cases['alqac22'], m, pin=pin):>9.3f}"
              + "".join(f"{mrr(cases[h], m, pin=pin):>10.3f}" for h in HELDOUT)
              + f"{mrr(held, m, pin=pin):>8.3f}"
              + (f"{mrr(final, m, pin=pin):>15.3f}" if final is not None else ""))
    base = [_rr(rank_of(c, None)) for c in cases["alqac22"]]
    new = [_rr(rank_of(c, model)) for c in cases["alqac22"]]
    d = [b - a for a, b in zip(base, new, strict=True)]
    print(f"alqac22 gain over + pinpoint: {statistics.fmean(d):+.4f} "
          f"(se {statistics.stdev(d) / len(d) ** 0.5:.4f}; {sum(x > 0 for x in d)} questions up, "
          f"{sum(x < 0 for x in d)} down)")


def _rr(rank: int | None) -> float:
    return 1 / rank if rank else 0.0


def run_cv(sets, make_searcher, *, save: bool, nest: bool = False, dense: bool = True,
           features_tried: str = ",".join(SHIPPED), fit_by: str = "weights",
           show_final: bool = False) -> None:
    """Capture every set, choose the ranker by CV, print before/after, optionally save.

    ``fit_by``: "weights" chooses fixed weights from ``GRID`` (``select_weights``);
    "pairwise" fits a pairwise logistic regression (``select``, ``train``).
    """
    cases = capture_all(sets, make_searcher)
    alqac_folds, seed_folds, final = split_folds(
        DATA / "cv_split.json", cases["alqac23"],
        {"seed_qa_tune.jsonl": cases["seed-tune"], "seed_qa_tune2.jsonl": cases["seed-tune2"]},
    )
    folds = [alqac_folds, seed_folds]
    varying = [n for i, n in enumerate(FEATURES)
               if np.ptp(np.vstack([c.rows for f in alqac_folds for c in f])[:, i]) > 0]
    backward = features_tried == "all"
    if not backward:
        varying = [n for n in varying if n in features_tried.split(",")]
    print(f"features tried (those that vary on the training folds): {', '.join(varying)}")
    old = Ranker.load()
    version = (old.version + 1) if old else FIRST_FREE_VERSION
    trained_on = "ALQAC 2023 train (80 of 100: not the final 20) + seed tune/tune2; "
    if fit_by == "weights":
        chosen = select_weights(folds, ["fused", *[n for n in varying if n != "fused"]])
        model = weighted(chosen.names, chosen.weights, chosen.depth, version=version,
                         note=trained_on + "weights and depth chosen by 5-fold CV from "
                         f"{GRID} (bench/ranker_cv.py select_weights)")
        config: Config | Ranker = model
    else:
        config = select(folds, varying, backward=backward)
        print(f"chosen: depth {config.depth}, C {config.c}, features {', '.join(config.names)}")
        model = train([c for sets in folds for f in sets for c in f], config.names, c=config.c,
                      depth=config.depth, version=version,
                      note=trained_on + f"depth {config.depth} and C {config.c} chosen by "
                           f"5-fold CV over features {', '.join(config.names)}"
                           + ("" if dense else "; fitted without the dense side"))
    report(cases, folds, final if show_final else None, "ranker", config, model)
    if nest:
        res = (nested_weights(folds, model.names) if fit_by == "weights"
               else nested(folds, varying, backward=backward))
        print(f"{'  nested CV (selection too)':28}{summary(res[0]):>16}{summary(res[1]):>16}")
    if save:
        model.save(RANKER_FILE)
        print(f"wrote {RANKER_FILE} (version {model.version})")
