"""The vector store: Chroma on disk under ``indexes/chroma`` or a Chroma server.

This is the only module that imports chromadb. One collection per embedding model,
so switching models never mixes vectors. Telemetry is off.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.errors import StoreUnavailableError
from assistant.models import Chunk

_BATCH = 1000


def chunk_metadata(chunk: Chunk) -> dict[str, str | int | float | bool]:
    """Flat metadata for one chunk (Chroma takes scalars only, no None)."""
    ident = chunk.identity
    meta: dict[str, str | int | float | bool | None] = {
        "source": chunk.source,
        "section": chunk.section,
        "heading": chunk.heading,
        "page_start": chunk.page_start,
        "page_end": chunk.page_end,
        "start": chunk.start,
        "end": chunk.end,
        "ident": ident.ident,
        "kind": ident.kind,
        "code": ident.code,
        "date": ident.date,
        "year": ident.year,
        "issuer": ident.issuer,
        "subject": ident.subject,
        "ocr": chunk.ocr,
        "ocr_confidence": chunk.ocr_confidence,
    }
    return {k: v for k, v in meta.items() if v is not None and v != ""}


def _client(settings: Settings) -> chromadb.ClientAPI:
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.server_mode:
        host, port = settings.chroma_host or "", settings.chroma_port
        try:
            client = chromadb.HttpClient(host=host, port=port, settings=chroma_settings)
            client.heartbeat()
        except Exception as exc:
            raise StoreUnavailableError(
                f"Cannot reach the Chroma server at {host}:{port} ({type(exc).__name__}). "
                f"Start it with: chroma run --host {host} --port {port} --path /srv/cchc-chroma "
                "— or unset CHROMA_HOST to use the index on this machine."
            ) from exc
        return client
    path = Path(settings.index) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


class VectorIndex:
    """Chunks and their vectors in one Chroma collection."""

    def __init__(self, settings: Settings, *, model_slug: str) -> None:
        self.settings = settings
        self.collection_name = f"cchc-{model_slug}"
        self._client = _client(settings)
        self._collection = self._client.get_or_create_collection(
            self.collection_name, metadata={"hnsw:space": "cosine"}
        )

    def where(self) -> str:
        """Where the store lives, for messages and the UI."""
        if self.settings.server_mode:
            return f"Chroma server {self.settings.chroma_host}:{self.settings.chroma_port}"
        return str(Path(self.settings.index) / "chroma")

    def upsert(self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]]) -> None:
        """Write chunks with their precomputed vectors (idempotent by chunk id)."""
        for lo in range(0, len(chunks), _BATCH):
            part = chunks[lo : lo + _BATCH]
            self._collection.upsert(
                ids=[c.id for c in part],
                embeddings=np.asarray(vectors[lo : lo + _BATCH], dtype=np.float32),
                documents=[c.text for c in part],
                metadatas=[chunk_metadata(c) for c in part],
            )

    def delete(self, ids: Sequence[str]) -> None:
        """Remove chunks by id."""
        for lo in range(0, len(ids), _BATCH):
            self._collection.delete(ids=list(ids[lo : lo + _BATCH]))

    def ids(self) -> set[str]:
        """Every chunk id in the collection."""
        out: set[str] = set()
        offset = 0
        while True:
            got = self._collection.get(include=[], limit=5000, offset=offset)
            out.update(got["ids"])
            if len(got["ids"]) < 5000:
                return out
            offset += 5000

    def count(self) -> int:
        """How many chunks the collection holds."""
        return self._collection.count()

    def query(
        self, vector: Sequence[float], *, k: int, where: dict[str, Any] | None = None
    ) -> list[tuple[str, float]]:
        """The ``k`` nearest chunk ids with cosine similarity."""
        n = self.count()
        if n == 0:
            return []
        res = self._collection.query(
            query_embeddings=np.asarray([vector], dtype=np.float32),
            n_results=min(k, n),
            where=where or None,
            include=["distances"],
        )
        return [
            (cid, 1.0 - float(dist))
            for cid, dist in zip(res["ids"][0], res["distances"][0], strict=True)  # type: ignore[index]
        ]

    def as_langchain(self, embeddings: Embeddings) -> Chroma:
        """The same collection as a LangChain ``VectorStore`` (for retrievers and chains)."""
        return Chroma(
            collection_name=self.collection_name,
            embedding_function=embeddings,
            client=self._client,
        )


class MetaCollection:
    """A small key → JSON store kept in the Chroma server beside the vectors.

    In server mode the manifest and the per-document cache live here, so every
    workstation sees the same archive; each one rebuilds its own BM25 index and
    registry from it. Records carry a one-number placeholder vector: Chroma needs
    one, and nothing here is searched by similarity.
    """

    def __init__(self, settings: Settings, *, model_slug: str) -> None:
        self._collection = _client(settings).get_or_create_collection(f"cchc-meta-{model_slug}")

    def get(self, key: str) -> dict | None:
        """The record stored under ``key``, or None."""
        got = self._collection.get(ids=[key], include=["documents"])
        docs = got.get("documents") or []
        return json.loads(docs[0]) if docs and docs[0] is not None else None

    def put(self, key: str, value: dict) -> None:
        """Store ``value`` under ``key`` (replacing any)."""
        self._collection.upsert(
            ids=[key],
            documents=[json.dumps(value, ensure_ascii=False)],
            embeddings=np.zeros((1, 1), dtype=np.float32),
        )

    def keys(self, prefix: str) -> set[str]:
        """Every key that starts with ``prefix``."""
        out: set[str] = set()
        offset = 0
        while True:
            got = self._collection.get(include=[], limit=5000, offset=offset)
            out.update(k for k in got["ids"] if k.startswith(prefix))
            if len(got["ids"]) < 5000:
                return out
            offset += 5000

    def delete(self, keys: Sequence[str]) -> None:
        """Remove records."""
        for lo in range(0, len(keys), _BATCH):
            self._collection.delete(ids=list(keys[lo : lo + _BATCH]))
