"""Score bonuses on the fused candidates, chosen by cross-validation (issue 13, session 17).

Each question is searched once (dense e5 from the passage cache + BM25, the pinpoint
lookup as shipped) and its fused top 60 kept; a bonus is then added to some candidates'
fused scores and the questions re-ranked, for each value of a grid:

- ``law``: candidates of a law the question names (``ArticleTable.laws``): a prior, or
  with a large value a hard filter;
- ``negation``: candidates whose text holds a negated phrase of the question ("không
  được", "không có", "chưa đủ": the cue and the word after it) or, when the question
  says "cấm", the word "cấm".

The value is chosen on the ALQAC 2023 CV folds only (each fold scored with the value
best on the other four: "nested"); ALQAC 2022 is the out-of-domain check and the
unseen-laws set (bench/data/lawqa_unseen_laws.jsonl) a held-out check: neither chooses.

usage: python bench/bonus_cv.py [--alqac23 DIR] [--alqac22 DIR] [--lexical-only]
(--lexical-only: BM25 and the later stages only, no dense side.)
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import retrieval as R

from assistant.retrieval.evaluate import read_qa

CAPTURE = 60
_CUE = re.compile(r"(?<!\w)(không|chưa|chẳng)\s+(\w+)")
_BAN = re.compile(r"(?<!\w)cấm(?!\w)")


@dataclass
class Row:
    question: str
    want: set[str]
    fold: int | None
    cands: list[tuple[str, float, str]]  # source file, fused score, lower-cased text
    pinned: list[str]  # source files of the pinned chunks, in order
    laws: set[str]  # source files of the laws the question names


Bonus = Callable[[Row, str, str], float]


def capture(searcher: R.BenchSearcher, items: list[dict], fold_of: dict[str, int]) -> list[Row]:
    seen: dict[str, dict[int, float]] = {}
    order = searcher._order

    def spy(query, scores, dense, lexical):  # type: ignore[no-untyped-def]
        seen["scores"] = dict(scores)
        return order(query, scores, dense, lexical)

    searcher._order = spy  # type: ignore[method-assign]
    chunks = searcher.lexical.chunks
    rows = []
    for item in items:
        searcher.search(item["question"], k=10)
        scores = seen["scores"]
        top = sorted(scores, key=lambda p: -scores[p])[:CAPTURE]
        rows.append(Row(
            item["question"], set(item["relevant_sources"]), fold_of.get(item["question"]),
            [(Path(chunks[p].source).name, scores[p],
              unicodedata.normalize("NFC", chunks[p].text).lower()) for p in top],
            [Path(chunks[p].source).name for p in searcher.articles.lookup(item["question"])],
            {Path(s).name for s in searcher._laws(item["question"])},
        ))
    return rows


def rank(row: Row, bonus: Bonus) -> int | None:
    """Rank of the first answering chunk: pinned chunks first, then by score + bonus."""
    pinned = set(row.pinned)
    rest = sorted(((s + bonus(row, src, text), src) for src, s, text in row.cands
                   if src not in pinned), key=lambda c: -c[0])
    order = row.pinned + [src for _, src in rest]
    return next((i for i, s in enumerate(order, 1) if s in row.want), None)


def rr(r: int | None) -> float:
    return 1.0 / r if r is not None and r <= 10 else 0.0


def law(value: float) -> Bonus:
    return lambda row, src, text: value if src in row.laws else 0.0


def negation(value: float) -> Bonus:
    phrases: dict[str, tuple[set[str], bool]] = {}

    def bonus(row: Row, src: str, text: str) -> float:
        if row.question not in phrases:
            q = unicodedata.normalize("NFC", row.question).lower()
            phrases[row.question] = ({f"{m[1]} {m[2]}" for m in _CUE.finditer(q)},
                                     bool(_BAN.search(q)))
        negated, banned = phrases[row.question]
        hit = any(p in text for p in negated) + (banned and bool(_BAN.search(text)))
        return value * hit

    return bonus


def folds(rows: list[Row], bonus: Bonus) -> list[float]:
    by: dict[int, list[float]] = {}
    for row in rows:
        by.setdefault(row.fold if row.fold is not None else -1, []).append(rr(rank(row, bonus)))
    return [statistics.fmean(v) for _, v in sorted(by.items())]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--alqac23", type=Path, default=Path("/tmp/alqac23"))
    ap.add_argument("--alqac22", type=Path, default=Path("/tmp/alqac22"))
    ap.add_argument("--lexical-only", action="store_true", help="no dense side")
    args = ap.parse_args()
    dense = not args.lexical_only
    cache = R.ENGINES["e5"][0]
    q = R.QueryVectors(cache.with_suffix(".queries.sqlite"))
    fold_of = R.cv_fold_of(args.alqac23)
    sets: dict[str, list[Row]] = {}
    for name, folder in (("alqac23", args.alqac23), ("alqac22", args.alqac22)):
        files = sorted((folder / "corpus").iterdir())
        corpus = R.load_corpus(files, folder / "corpus", cache, embed=False, engine="e5",
                               dense=dense)
        searcher = R.BenchSearcher(corpus, R.lexical_for(corpus, {}), R.Variant(), q,
                                   dense=dense)
        items = read_qa(folder / "qa.jsonl")
        if name == "alqac23":
            sets["cv"] = capture(searcher, R.cv_questions(items), fold_of)
            sets["unseen"] = capture(searcher, read_qa(R.UNSEEN), {})
        else:
            sets["alqac22"] = capture(searcher, items, {})
    grids = {"law": (law, [0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 2.0]),
             "negation": (negation, [0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3])}
    for name, (make, grid) in grids.items():
        print(f"--- {name}: MRR@10 (ALQAC 2023 CV mean ± sd over folds; ALQAC 2022 with "
              "questions up/down against 0; unseen-laws held-out)")
        table = {}
        base22 = [rr(rank(r, make(0.0))) for r in sets["alqac22"]]
        for value in grid:
            bonus = make(value)
            table[value] = folds(sets["cv"], bonus)
            new22 = [rr(rank(r, bonus)) for r in sets["alqac22"]]
            d = [b - a for a, b in zip(base22, new22, strict=True)]
            unseen = statistics.fmean(rr(rank(r, bonus)) for r in sets["unseen"])
            print(f"  {value:<5} CV {statistics.fmean(table[value]):.3f} ± "
                  f"{statistics.stdev(table[value]):.3f}   2022 {statistics.fmean(new22):.3f} "
                  f"({sum(x > 0 for x in d)} up, {sum(x < 0 for x in d)} down, gain "
                  f"{statistics.fmean(d):+.4f} se {statistics.stdev(d) / len(d) ** 0.5:.4f})"
                  f"   unseen {unseen:.3f}")
        chosen, nested = [], []
        for f in range(5):
            best = max(grid, key=lambda v, f=f: (
                statistics.fmean(table[v][i] for i in range(5) if i != f), -grid.index(v)))
            chosen.append(best)
            nested.append(table[best][f])
        print(f"  nested: values chosen {chosen}, CV {statistics.fmean(nested):.3f} ± "
              f"{statistics.stdev(nested):.3f}")


if __name__ == "__main__":
    main()
