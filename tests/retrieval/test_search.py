"""Hybrid search over the real seed report, ingested into Chroma on disk."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import pytest

from assistant.citations.normalize import fold
from assistant.config import Settings
from assistant.errors import IndexMissingError
from assistant.retrieval.evaluate import evaluate, read_qa
from assistant.retrieval.query import parse_question
from assistant.retrieval.search import Fusion, Searcher

BENCH_DATA = Path(__file__).resolve().parents[2] / "bench" / "data"


def test_reciprocal_rank_fusion_still_available(seed_searcher: Searcher) -> None:
    rrf = Searcher(seed_searcher.settings, fusion=Fusion(method="rrf", dense=1.0, lexical=1.0))
    hits = rrf.search("qd 1753", k=5)
    assert "1753/QĐ-UBND" in hits[0].chunk.text
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_no_index_says_what_to_run(settings: Settings) -> None:
    with pytest.raises(IndexMissingError, match="assistant ingest"):
        Searcher(settings)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("qd 1753", "1753/QĐ-UBND"),
        ("quyet dinh 1753/QD-UBND", "1753/QĐ-UBND"),
        ("Kế hoạch 4806/KH-UBND", "4806/KH-UBND"),
    ],
)
def test_named_document_number_comes_first(
    seed_searcher: Searcher, query: str, expected: str
) -> None:
    hits = seed_searcher.search(query, k=5)
    assert expected in hits[0].chunk.text


def test_results_carry_source_locator_and_score(seed_searcher: Searcher) -> None:
    hits = seed_searcher.search("cải cách thủ tục hành chính một cửa", k=5)
    assert len(hits) == 5
    record = hits[0].to_json()
    assert {"text", "source", "locator", "score"} <= set(record)
    assert record["source"].endswith("bao-cao-cchc-2021-skhcn-khanh-hoa.txt")
    assert record["locator"].startswith("p. 1, II")
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_vietnamese_typed_without_diacritics(seed_searcher: Searcher) -> None:
    # The tuning set's Vietnamese questions with their diacritics stripped: MRR@10 0.54
    # before BM25 had unaccented tokens, 0.93 after (0.975 as written).
    items = [
        {**item, "question": fold(item["question"])}
        for name in ("seed_qa_tune.jsonl", "seed_qa_tune2.jsonl")
        for item in read_qa(BENCH_DATA / name)
        if parse_question(item["question"]).language == "vi"
    ]
    assert all(not parse_question(item["question"]).accented for item in items)
    result = evaluate(seed_searcher, items)
    assert result["mrr@10"] >= 0.90, json.dumps(result["per_question"], ensure_ascii=False)


def test_filters_apply_to_both_retrievers(seed_searcher: Searcher) -> None:
    assert seed_searcher.search("cải cách hành chính", k=5, years=[2019]) == []
    assert seed_searcher.search("cải cách hành chính", k=5, codes=["QĐ"]) == []
    assert seed_searcher.search("cải cách hành chính", k=5, years=[2021], codes=["BC"])


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        # 44 questions, 20 English (bench/retrieval.py: 0.959).
        ("seed_qa_tune.jsonl", 0.95),
        # 30 questions written blind by a helper, half English paraphrases (0.908).
        ("seed_qa_tune2.jsonl", 0.89),
    ],
)
def test_tuning_questions_over_the_seed(seed_searcher: Searcher, name: str, floor: float) -> None:
    result = evaluate(seed_searcher, read_qa(BENCH_DATA / name))
    assert result["mrr@10"] >= floor, json.dumps(result["per_question"], ensure_ascii=False)


HELD_OUT = [f"seed_qa_heldout{n}.jsonl" for n in ("", "2", "3", "4")]


def test_held_out_questions_over_the_seed(seed_searcher: Searcher) -> None:
    """The issue's bar, MRR@10 >= 0.90, on questions never tuned on (bench/data/README.md).

    Held-out 4 (30 questions, 15 English) was written blind and first run once the search
    was frozen: 0.917. All four sets pooled (92 questions): 0.904.
    """
    per_set = {n: evaluate(seed_searcher, read_qa(BENCH_DATA / n)) for n in HELD_OUT}
    pooled = statistics.fmean(
        1 / q["rank"] if q["rank"] else 0.0
        for r in per_set.values()
        for q in r["per_question"]
    )
    blind = per_set["seed_qa_heldout4.jsonl"]
    assert blind["mrr@10"] >= 0.90, json.dumps(blind["per_question"], ensure_ascii=False)
    assert pooled >= 0.90, {n: round(r["mrr@10"], 3) for n, r in per_set.items()}
