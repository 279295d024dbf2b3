"""The learned ranking stage: features, fitting, the shipped model, the search hook."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.ingest import chunk_document, load_document
from assistant.models import Chunk
from assistant.retrieval.rerank import FEATURES, RANKER_FILE, Evidence, Ranker, features, fit

TEXTS = {
    "a.txt": "Luật Du lịch\n\nĐiều 39.\nHợp đồng lữ hành\n\nHợp đồng lữ hành phải được lập "
    "thành văn bản.\n",
    "b.txt": "Luật Du lịch\n\nĐiều 40.\nQuyền của khách du lịch\n\nKhách du lịch không có "
    "quyền hủy hợp đồng lữ hành.\n",
    "c.txt": "Luật Trọng tài thương mại\n\nĐiều 3.\nGiải thích từ ngữ\n\nTrọng tài thương mại "
    "là phương thức giải quyết tranh chấp do các bên thỏa thuận.\n",
}


@pytest.fixture(scope="module")
def chunks(tmp_path_factory: pytest.TempPathFactory) -> list[Chunk]:
    root = tmp_path_factory.mktemp("rerank")
    out: list[Chunk] = []
    for name, text in TEXTS.items():
        (root / name).write_text(text, encoding="utf-8")
        out.extend(chunk_document(load_document(root / name, root=root)))
    assert len(out) == 3
    return out


def _evidence(question: str, laws: frozenset[str] = frozenset()) -> Evidence:
    return Evidence(
        question,
        fused={0: 1.0, 1: 0.5, 2: 0.25},
        lexical=[(0, 8.0), (1, 4.0), (2, 2.0)],
        dense=[],
        laws=laws,
        titles={0: "Hợp đồng lữ hành", 1: "Quyền của khách du lịch", 2: "Giải thích từ ngữ"},
    )


def _col(rows: np.ndarray, name: str) -> np.ndarray:
    return rows[:, FEATURES.index(name)]


def test_features_read_the_evidence(chunks: list[Chunk]) -> None:
    # Search found the tourism law named (ArticleTable.laws): its files are a.txt, b.txt.
    question = "Theo Luật Du lịch, khách du lịch có quyền gì?"
    rows = features(_evidence(question, frozenset({"a.txt", "b.txt"})), chunks, [0, 1, 2])
    assert rows.shape == (3, len(FEATURES))
    assert list(_col(rows, "fused")) == [1.0, 0.5, 0.25]
    assert list(_col(rows, "bm25")) == [1.0, 0.5, 0.25]
    assert list(_col(rows, "bm25_rr")) == pytest.approx([1.0, 0.5, 1 / 3])
    assert list(_col(rows, "dense")) == [0.0, 0.0, 0.0]  # no dense side
    assert list(_col(rows, "law_name")) == [1.0, 1.0, 0.0]
    # "Quyền của khách du lịch": of its bigrams, "khách du" and "du lịch" are asked.
    title = _col(rows, "title")
    assert title[1] == pytest.approx(2 / 4)
    assert title[0] == 0.0
    assert _col(rows, "negation_tf").max() == 0.0  # not a true/false question


def test_question_form_features(chunks: list[Chunk]) -> None:
    neg = features(
        _evidence("Khách du lịch không có quyền hủy hợp đồng, đúng hay sai?"), chunks, [0, 1]
    )
    # "không có" is in chunk 1 only; the true/false coverage is on for both.
    assert list(_col(neg, "negation")) == [0.0, 1.0]
    assert (_col(neg, "negation_tf") > 0).all()
    definition = features(_evidence("Trọng tài thương mại là gì?"), chunks, [0, 1, 2])
    assert list(_col(definition, "definition")) == [0.0, 0.0, 1.0]
    article = features(_evidence("Điều 40 quy định gì?"), chunks, [0, 1, 2])
    assert list(_col(article, "article")) == [0.0, 1.0, 0.0]


@pytest.mark.parametrize(
    ("question", "defines"),
    [
        ("Trọng tài thương mại là gì?", [0.0, 0.0, 1.0]),
        ("Theo Luật Trọng tài thương mại, trọng tài thương mại được hiểu như thế nào?",
         [0.0, 0.0, 1.0]),
        # The term's last words are enough: "… thương mại là".
        ("Khái niệm hoạt động thương mại là gì?", [0.0, 0.0, 1.0]),
        # Near-misses: the term is the answer, or no term is asked about.
        ("Phương thức giải quyết tranh chấp do các bên thỏa thuận được gọi là gì?",
         [0.0, 0.0, 0.0]),
        ("Trọng tài thương mại là phương thức giải quyết tranh chấp, đúng hay sai?",
         [0.0, 0.0, 0.0]),
    ],
)
def test_definition_feature(chunks: list[Chunk], question: str, defines: list[float]) -> None:
    rows = features(_evidence(question), chunks, [0, 1, 2])
    assert list(_col(rows, "definition")) == defines


def test_fit_learns_and_round_trips(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    rows = rng.random((200, len(FEATURES)))
    groups = np.repeat(np.arange(20), 10)
    # Within each question the candidate with the best title answers.
    title = rows[:, FEATURES.index("title")]
    labels = np.zeros(200, dtype=int)
    for g in range(20):
        idx = np.flatnonzero(groups == g)
        labels[idx[np.argmax(title[idx])]] = 1
    model = fit(rows, labels, groups, ["fused", "title"], c=1.0, depth=10, version=3)
    assert model.weights[1] > abs(model.weights[0])
    path = tmp_path / "ranker.json"
    model.save(path)
    loaded = Ranker.load(path)
    assert loaded == model
    assert np.allclose(loaded.score(rows), model.score(rows))
    assert Ranker.load(tmp_path / "absent.json") is None


def test_ranker_orders_the_fused_top(chunks: list[Chunk]) -> None:
    names = ("title",)
    model = Ranker(1, 2, names, (0.0,), (1.0,), (1.0,), 0.0)
    order = model.order(_evidence("Quyền của khách du lịch là gì?"), chunks)
    assert order == [1, 0]  # only the fused top 2 are re-ordered


def test_shipped_ranker_is_usable() -> None:
    if not RANKER_FILE.exists():
        pytest.skip("no ranker.json shipped: search keeps fusion's order (bench/data/README.md)")
    model = Ranker.load(RANKER_FILE)
    assert model is not None
    assert model.version >= 1
    assert model.depth >= 1
    assert set(model.names) <= set(FEATURES)
    assert len(model.names) == len(model.weights) == len(model.mean) == len(model.scale)
    assert all(s > 0 for s in model.scale)
    # The fused score stays the main evidence.
    assert model.weights[model.names.index("fused")] > 0
