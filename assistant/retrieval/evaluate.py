"""Retrieval evaluation over a QA file (the ``assistant eval`` contract).

Each line: ``{"question", "relevant_sources": [file names], "relevant_idents":
[citation idents]}``. A retrieved chunk is a hit if its source file's name is in
``relevant_sources`` or it cites one of ``relevant_idents``. An optional
``relevant_text`` list (our extension, for questions over a single long report)
also counts a chunk whose text contains one of its strings.
"""

from __future__ import annotations

import json
import statistics
import unicodedata
from pathlib import Path, PurePosixPath

from assistant.citations import lookup_key
from assistant.retrieval.search import Hit, Searcher


def read_qa(path: Path) -> list[dict]:
    """The questions of a JSON-lines QA file."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).casefold()


def is_hit(hit: Hit, item: dict, searcher: Searcher, pos: int) -> bool:
    """Whether one retrieved chunk answers the question ``item``."""
    if PurePosixPath(hit.chunk.source).name in set(item.get("relevant_sources") or ()):
        return True
    keys = {lookup_key(i) for i in item.get("relevant_idents") or ()}
    if keys & set(searcher.lexical.cites[pos]):
        return True
    text = _fold(hit.chunk.text)
    return any(_fold(t) in text for t in item.get("relevant_text") or ())


def evaluate(searcher: Searcher, items: list[dict], *, k: int = 10) -> dict:
    """hit@1/5/10 and MRR@k over ``items``, with the rank of the first hit per question."""
    per_question = []
    for item in items:
        hits = searcher.search(item["question"], k=k)
        rank = next(
            (
                r
                for r, h in enumerate(hits, start=1)
                if is_hit(h, item, searcher, searcher.lexical.by_id[h.chunk.id])
            ),
            None,
        )
        per_question.append({"question": item["question"], "rank": rank})
    ranks = [q["rank"] for q in per_question]

    def hit_at(n: int) -> float:
        return statistics.fmean(1.0 if r is not None and r <= n else 0.0 for r in ranks)

    def mrr_at(n: int) -> float:
        return statistics.fmean(1.0 / r if r is not None and r <= n else 0.0 for r in ranks)

    if not items:
        return {"n": 0, "hit@1": 0.0, "hit@5": 0.0, "hit@10": 0.0, "mrr@10": 0.0,
                "per_question": []}
    result = {"n": len(items), "hit@1": hit_at(1), "hit@5": hit_at(5), "hit@10": hit_at(10),
              "mrr@10": mrr_at(10)}
    if k != 10:
        result[f"mrr@{k}"] = mrr_at(k)
    return {**result, "per_question": per_question}
