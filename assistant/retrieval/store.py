"""The vector store: Chroma on disk under ``indexes/chroma`` or a Chroma server.

This is the only module that imports chromadb. One collection per embedding model,
so switching models never mixes vectors. Telemetry is off.
"""

from __future__ import annotations

import json
import logging
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import ChromaAuthError
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.errors import StoreAuthError, StoreUnavailableError
from assistant.models import Chunk

_BATCH = 1000
log = logging.getLogger(__name__)


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
        return _http_client(settings)
    path = Path(settings.index) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def _http_client(settings: Settings) -> chromadb.ClientAPI:
    host, port = settings.chroma_host or "", settings.chroma_port
    auth: dict[str, Any] = {}
    if settings.chroma_token:
        auth = {
            "chroma_client_auth_provider": "chromadb.auth.token_authn.TokenAuthClientProvider",
            "chroma_client_auth_credentials": settings.chroma_token,
        }
    chroma_settings = ChromaSettings(anonymized_telemetry=False, **auth)
    try:
        client = chromadb.HttpClient(host=host, port=port, settings=chroma_settings)
        client.heartbeat()
    except ChromaAuthError as exc:
        what = "refused the token in CHROMA_TOKEN" if auth else "requires a token"
        raise StoreAuthError(
            f"The Chroma server at {host}:{port} {what} ({exc}): set CHROMA_TOKEN to the "
            "token the server was started with (its CHROMA_SERVER_AUTHN_CREDENTIALS)."
        ) from exc
    except Exception as exc:
        raise StoreUnavailableError(
            f"Cannot reach the Chroma server at {host}:{port} ({type(exc).__name__}). "
            f"Start it with: chroma run --host {host} --port {port} --path /srv/cchc-chroma "
            "— or unset CHROMA_HOST to use the index on this machine."
        ) from exc
    if auth:
        _warn_if_open(host, port)
    return client


_checked_open: set[tuple[str, int]] = set()


def _warn_if_open(host: str, port: int) -> None:
    """Say so once when a token is configured but the server answers without one.

    ``chroma run`` (Chroma 1.x's Rust server) has no authentication of its own: the
    token is then sent and ignored, and anyone who can reach the port can write.
    """
    if (host, port) in _checked_open:
        return
    _checked_open.add((host, port))
    url = f"http://{host}:{port}/api/v2/auth/identity"
    try:
        with urllib.request.urlopen(url, timeout=5) as reply:
            open_ = reply.status == 200
    except OSError:  # HTTPError 401/403 included: the server does check
        open_ = False
    if open_:
        log.warning(
            "CHROMA_TOKEN is set but the Chroma server at %s:%s answers without it: it "
            "enforces no authentication (chroma run has none in Chroma 1.x). Start the "
            "authenticating server described in the README.",
            host,
            port,
        )


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

    def export(self, *, batch: int = _BATCH) -> Iterator[dict[str, Any]]:
        """Every record (ids, float32 embeddings, documents, metadatas) in batches, for backups."""
        offset = 0
        while True:
            got = self._collection.get(
                include=["embeddings", "documents", "metadatas"], limit=batch, offset=offset
            )
            if not got["ids"]:
                return
            yield {
                "ids": list(got["ids"]),
                "embeddings": np.asarray(got["embeddings"], dtype=np.float32),
                "documents": list(got["documents"] or []),
                "metadatas": [dict(m) for m in got["metadatas"] or []],
            }
            offset += len(got["ids"])

    def add_records(
        self,
        ids: list[str],
        embeddings: np.ndarray,
        documents: list[str],
        metadatas: list[dict[str, Any]],
    ) -> None:
        """Write records exactly as ``export`` gave them (restoring a backup)."""
        self._collection.upsert(
            ids=ids,
            embeddings=embeddings,
            documents=documents,
            metadatas=metadatas,  # type: ignore[arg-type]  # exported by Chroma itself
        )

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


class LeaseRecords:
    """The writer lease's claims: a small collection of the Chroma server (see ``lease``).

    Each claim is one record whose metadata is the claim; times are the server's clock
    (its heartbeat), so workstations whose clocks disagree still agree on expiry.
    """

    def __init__(self, settings: Settings, *, name: str = "assistant-lease") -> None:
        self._client = _client(settings)
        self._collection = self._client.get_or_create_collection(name)

    def now(self) -> float:
        """The server's clock, in seconds."""
        return float(self._client.heartbeat()) / 1e9

    def claims(self) -> dict[str, dict[str, Any]]:
        """Every claim, by id."""
        got = self._collection.get(include=["metadatas"])
        return {i: dict(m or {}) for i, m in zip(got["ids"], got["metadatas"] or [], strict=True)}

    def put(self, claim_id: str, claim: dict[str, Any]) -> None:
        """Write (or overwrite) one claim."""
        self._collection.upsert(
            ids=[claim_id], metadatas=[claim], embeddings=np.zeros((1, 1), dtype=np.float32)
        )

    def delete(self, claim_ids: Sequence[str]) -> None:
        """Remove claims."""
        if claim_ids:
            self._collection.delete(ids=list(claim_ids))
