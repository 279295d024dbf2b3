"""The weights of a figure answer's sentence ordering, chosen by leave-one-archive-out CV.

A figure question of a period ("Chỉ số CCHC năm 2022 của Sở xếp thứ mấy?") is answered
by the first sentence of ``Answerer._timed_sentences``: passages are reordered by their
search score and their document's fit to the period (``CHUNK_FIT``), the first
``K_TIMED_PASSAGES`` give the sentences, and each sentence is scored by similarity, word
share, what the period says of it (``timely.Timing.sentence``: the document's fit, the
period it names), whether it gives a number of what is counted, and its passage's score.

This bench asks every development figure question once on a fresh index of its archive,
keeps each of the top ``K_TIMED`` passages' sentences with those features, and replays
the ordering in Python under every combination of a grid of weights (the replay gives
the shipped answer exactly: it is checked against the real one, question by question).
For each archive in turn, the weights best on the other archives are scored on it
("leave one archive out"); the total over the left-out archives is the figure to
compare with the shipped weights'. The held-out sets (``--heldout``) are scored last,
with the shipped weights and the weights chosen on all development archives, totals only.

usage: python bench/figure_cv.py [--heldout]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.config import Settings  # noqa: E402
from assistant.generation import answer as A  # noqa: E402
from assistant.generation import extractive, timely  # noqa: E402
from assistant.generation.answer import Answerer, validate_question  # noqa: E402
from assistant.generation.fit import topic_text  # noqa: E402
from assistant.generation.passages import content_words, sentences  # noqa: E402
from assistant.retrieval.indexer import Indexer  # noqa: E402
from assistant.retrieval.query import fold, parse_question, with_recent_years  # noqa: E402
from bench.figures import ARCHIVES, holds, load_by_archive, score  # noqa: E402

DATA = REPO / "bench" / "data"
DEVELOPMENT = [
    DATA / "figures_dev.jsonl",
    DATA / "figures_relative.jsonl",
    *(DATA / f"heldout{n}_archive_truth.json" for n in (6, 7, 8, 9, 10)),
]
HELD_OUT = [DATA / "figures_heldout.jsonl", DATA / "figures_heldout2.jsonl"]

SHIPPED = {
    "chunk_fit": A.CHUNK_FIT,
    "passages": A.K_TIMED_PASSAGES,
    "passage": A.PASSAGE_WEIGHT,
    "document": timely.DOCUMENT_FIT,
    "asked": timely.NAMED_ASKED,
    "other": timely.NAMED_OTHER,
    "beside": timely.DOCUMENT_BESIDE,
}
# The weights before session 25: one weight 0.04 for the document's fit and the period
# a sentence names, six passages, no passage score.
BEFORE = {
    "chunk_fit": 0.3,
    "passages": 6,
    "passage": 0.0,
    "document": 0.04,
    "asked": 0.04,
    "other": 0.04,
    "beside": 0.04,
}
GRID = {
    "chunk_fit": [0.15, 0.3, 0.5],
    "passages": [6, 10, 15],
    "passage": [0.0, 0.05, 0.1],
    "document": [0.04, 0.08, 0.15],
    "asked": [0.04, 0.08, 0.15, 0.3],
    "other": [0.04, 0.1, 0.2],
    "beside": [0.0, 0.02, 0.04],
}


@dataclass
class Question:
    """One question's replayable features (``hits`` empty: not a figure of a period)."""

    archive: str
    text: str
    actual: bool
    accented: bool = True
    language: str = "vi"
    # per passage: (relative score, document fit, [sentence features])
    hits: list[tuple[float, float, list[dict]]] = field(default_factory=list)


def capture(paths: list[Path]) -> list[Question]:
    """Ask each question of ``paths`` on a fresh index of its archive; keep its features."""
    truths = [str(p) for p in paths if p.suffix == ".json"]
    lines = [str(p) for p in paths if p.suffix == ".jsonl"]
    out = []
    for name, questions in load_by_archive(truths, lines, None, "figure_questions").items():
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(corpus=ARCHIVES[name], index=Path(tmp) / "i")
            Indexer(settings).ingest([ARCHIVES[name]])
            answerer = Answerer(settings, llm=None)
            out += [_features(answerer, name, q) for q in questions]
        print(f"  {name}: {len(questions)} questions", file=sys.stderr, flush=True)
    return out


def _features(answerer: Answerer, name: str, q: dict) -> Question:
    actual = score(q, answerer.ask(q["question"]).text)["right"]
    parsed = parse_question(validate_question(q["question"]))
    parsed = with_recent_years(parsed, answerer.latest_year)
    timing = answerer.timing(parsed)
    found = Question(name, q["question"], actual, parsed.accented, parsed.language)
    if timing is None:
        return found
    hits = answerer.searcher.search(parsed.clean, k=A.K_TIMED)
    best = max((h.score for h in hits), default=0.0) or 1.0
    topic = timely.without_period(parsed.clean)
    words = topic_text(timely.figure_topic(parsed.gloss or parsed.clean))
    asked = content_words(words if content_words(words) else topic)
    question = answerer.vectors.question(topic)
    for h in hits:
        p = timing.by_source.get(h.chunk.source)
        pool = sentences(h.chunk)
        sims = answerer.vectors.passages([s.text for s in pool]) @ question if pool else []
        rows = []
        for sim, s in zip(sims, pool, strict=True):
            share = len(asked & content_words(s.text)) / len(asked) if asked else 0.0
            rows.append(
                {
                    "key": (s.chunk.source, s.start),
                    "sim": float(sim),
                    "share": share,
                    "named": timely.sentence_fit(s.text, timing.asked, year=p.year if p else None),
                    "ahead": bool(
                        not timing.asked.target
                        and s.chunk.heading
                        and timely.ahead(s.chunk.heading)
                    ),
                    "figure": timing.figure(s.text),
                    "elsewhere": h.chunk.source in timing.elsewhere
                    and not (timing.place and timing.place in fold(s.text)),
                    "right": any(holds(s.text, f) for f in q["expected"]),
                }
            )
        found.hits.append((h.score / best, timing.source(h.chunk.source), rows))
    return found


def replay(q: Question, w: dict) -> bool:
    """Whether the first sentence under weights ``w`` states an expected figure."""
    if not q.hits:
        return q.actual
    hits = sorted(q.hits, key=lambda h: -(h[0] + w["chunk_fit"] * h[1]))[: w["passages"]]
    top = max(h[0] for h in hits) or 1.0
    pool: dict[tuple, tuple[dict, float, float]] = {}
    for rel, doc, rows in hits:
        for r in rows:  # a sentence of two overlapping passages is the later one's
            pool[r["key"]] = (r, rel / top, doc)
    floor, share_weight = (
        (extractive.SENTENCE_FLOOR, extractive.WORD_WEIGHT)
        if q.accented
        else (A.UNACCENTED_FLOOR, A.UNACCENTED_WORD_WEIGHT)
    )
    best: tuple[float, dict] | None = None
    for r, passage, doc in pool.values():
        if r["sim"] < floor or (q.language == "vi" and r["share"] < extractive.MIN_SHARE):
            continue
        named = r["named"]
        if named > 0:
            fit = w["asked"] * named + w["beside"] * doc
        elif named < 0:
            fit = w["other"] * named + w["beside"] * doc
        else:
            fit = w["document"] * doc
        s = (
            r["sim"]
            + share_weight * r["share"]
            + fit
            - timely.AHEAD * r["ahead"]
            - timely.ELSEWHERE * r["elsewhere"]
            + A.FIGURE_FIRST * r["figure"]
            + w["passage"] * passage
        )
        if best is None or s > best[0]:
            best = (s, r)
    return bool(best and best[1]["right"])


def _step(key: str, value: float) -> int:
    """The grid step of ``value`` (the nearest one when it is off the grid)."""
    grid = GRID[key]
    return min(range(len(grid)), key=lambda i: abs(grid[i] - value))


def by_archive(questions: list[Question], w: dict) -> Counter:
    return Counter(q.archive for q in questions if replay(q, w))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", action="store_true", help="score the held-out sets last")
    args = parser.parse_args()
    dev = capture(DEVELOPMENT)
    shipped = by_archive(dev, SHIPPED)
    agree = sum(replay(q, SHIPPED) == q.actual for q in dev)
    print(f"replay agrees with the shipped answer on {agree}/{len(dev)} questions")
    combos = [dict(zip(GRID, v, strict=True)) for v in itertools.product(*GRID.values())]
    counts = [by_archive(dev, w) for w in combos]
    totals = [sum(c.values()) for c in counts]
    archives = sorted({q.archive for q in dev})
    before = by_archive(dev, BEFORE)
    # among weights as good, the nearest to those before (grid steps): the smallest change
    steps = [sum(abs(GRID[k].index(w[k]) - _step(k, BEFORE[k])) for k in GRID) for w in combos]
    left_out = 0
    for name in archives:
        i = max(range(len(combos)), key=lambda i: (totals[i] - counts[i][name], -steps[i]))
        left_out += counts[i][name]
        n = sum(q.archive == name for q in dev)
        print(
            f"  leave out {name:10} chosen {combos[i]}: {counts[i][name]}/{n}"
            f" (shipped {shipped[name]}, before {before[name]})"
        )
    n = len(dev)
    print(
        f"development ({n}): leave-one-archive-out {left_out}, shipped {sum(shipped.values())},"
        f" before {sum(before.values())}"
    )
    chosen = combos[max(range(len(combos)), key=lambda i: (totals[i], -steps[i]))]
    print(f"chosen on every development archive: {chosen} ({max(totals)})")
    if args.heldout:
        held = capture(HELD_OUT)
        print(
            f"held out ({len(held)}): before {sum(by_archive(held, BEFORE).values())},"
            f" shipped {sum(by_archive(held, SHIPPED).values())},"
            f" chosen {sum(by_archive(held, chosen).values())}"
        )


if __name__ == "__main__":
    main()
