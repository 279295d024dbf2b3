"""Sentence vectors: what is embedded, how they are stored, and how they blend."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.citations import Registry
from assistant.config import Settings
from assistant.models import Chunk
from assistant.retrieval.indexer import Indexer
from assistant.retrieval.lexical import LexicalIndex
from assistant.retrieval.search import Fusion, Searcher
from assistant.retrieval.sentences import (
    MIN_CHARS,
    SentenceVectors,
    decode,
    encode,
    sentence_texts,
)


def _chunk(text: str, heading: str = "Cải cách thủ tục hành chính") -> Chunk:
    return Chunk(
        id=f"a.txt#0:{abs(hash(text))}", source="a.txt", text=text, section="II > 2",
        heading=heading, page_start=1, page_end=1, start=0, end=len(text),
    )


def test_sentences_carry_their_heading_and_skip_fragments() -> None:
    chunk = _chunk(
        "a) Công bố thủ tục\n\nSở đã niêm yết 120 thủ tục hành chính tại Bộ phận một cửa. "
        "Không có phản ánh, kiến nghị nào về thủ tục hành chính trong năm 2021.\nTrân trọng./."
    )
    texts = sentence_texts(chunk)
    assert texts == [
        "Cải cách thủ tục hành chính: Sở đã niêm yết 120 thủ tục hành chính tại Bộ phận một cửa.",
        "Cải cách thủ tục hành chính: Không có phản ánh, kiến nghị nào về thủ tục hành chính "
        "trong năm 2021.",
    ]
    assert all(len(t.split(": ", 1)[1]) >= MIN_CHARS for t in texts)
    assert sentence_texts(_chunk("Ngắn quá.", heading="")) == []


def test_float16_text_round_trip() -> None:
    vectors = np.random.default_rng(0).standard_normal((3, 8)).astype(np.float32)
    back = decode(encode(vectors), 8)
    assert back.shape == (3, 8)
    assert np.allclose(back, vectors, atol=1e-2)
    assert decode(encode(np.zeros((0, 8))), 8).shape == (0, 8)


def test_best_sentence_per_chunk_honours_the_filter() -> None:
    sv = SentenceVectors(
        np.array([0, 0, 2], dtype=np.int32),
        np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]], dtype=np.float16),
    )
    best = sv.best_per_chunk(np.array([0.0, 1.0], dtype=np.float32), 3)
    assert np.allclose(best[[0, 2]], [0.8, 1.0], atol=1e-3)
    assert np.isneginf(best[1])  # chunk 1 has no sentence
    masked = sv.best_per_chunk(np.array([0.0, 1.0]), 3, np.array([1, 1, 0], dtype=np.float32))
    assert np.isneginf(masked[2])


class _Fixed(Searcher):
    """The real blend over fixed chunk similarities (no store, no embedder)."""

    def __init__(self, chunks: list[Chunk], sentences: SentenceVectors) -> None:
        lexical = LexicalIndex.build(chunks)
        lexical.sentences = sentences
        self._open(lexical, Registry(), Fusion())


def test_a_strong_sentence_lifts_its_chunk_and_a_chunk_without_sentences_keeps_its_own() -> None:
    chunks = [_chunk(f"Đoạn thứ {i} của báo cáo về cải cách hành chính.") for i in range(3)]
    # Chunk 0 has the nearest vector overall; chunk 1 holds one sentence that is the
    # question's; chunk 2 has no sentence vectors at all.
    sentences = SentenceVectors(
        np.array([0, 1], dtype=np.int32),
        np.array([[0.5, 0.866], [1.0, 0.0]], dtype=np.float16),
    )
    searcher = _Fixed(chunks, sentences)
    query = np.array([1.0, 0.0], dtype=np.float32)
    ranked = searcher._with_sentences(query, {0: 0.8, 1: 0.7, 2: 0.75}, k=3, mask=None)
    scores = dict(ranked)
    assert [p for p, _ in ranked] == [1, 2, 0]
    assert scores[1] == np.float32(0.5 * 0.7 + 0.5 * 1.0)
    assert abs(scores[2] - 0.75) < 1e-6  # its own similarity, not a floor
    assert abs(scores[0] - (0.5 * 0.8 + 0.5 * 0.5)) < 1e-3


def test_ingest_publishes_one_vector_per_sentence(settings: Settings, tmp_path: Path) -> None:
    text = (
        "BÁO CÁO MẪU\n\nI. KẾT QUẢ\n\n1. Cải cách thể chế\n\n"
        "Sở đã ban hành Kế hoạch số 28/KH-SKHCN ngày 20/01/2021 về rà soát văn bản. "
        "Kết quả rà soát được báo cáo Ủy ban nhân dân tỉnh đúng hạn.\n\n"
        "2. Cải cách thủ tục hành chính\n\nSở đã công bố đầy đủ các thủ tục hành chính."
    )
    (settings.corpus / "bao-cao.txt").write_text(text, encoding="utf-8")
    Indexer(settings).ingest([settings.corpus])
    searcher = Searcher(settings)
    expected = [t for c in searcher.lexical.chunks for t in sentence_texts(c)]
    assert len(expected) >= 3
    assert searcher.lexical.sentences.vectors.shape == (len(expected), 384)
    assert sorted(set(searcher.lexical.sentences.owner.tolist())) == sorted(
        {i for i, c in enumerate(searcher.lexical.chunks) if sentence_texts(c)}
    )
    hits = searcher.search("Kết quả rà soát có được báo cáo đúng hạn không?", k=1)
    assert "đúng hạn" in hits[0].chunk.text
