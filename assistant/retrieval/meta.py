"""Where the manifest and the per-document cache live: the index folder, or the Chroma server.

Embedded mode keeps both under ``indexes/``. In server mode they go into the Chroma
server beside the vectors, so that every workstation pointed at one server sees one
archive: each rebuilds its own BM25 index and citation registry (derived data, kept in
its local ``ASSISTANT_INDEX``) whenever the server's manifest generation changes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Protocol

from assistant.config import Settings
from assistant.fsutil import atomic_write_json
from assistant.retrieval import paths


class Meta(Protocol):
    """The manifest and document cache, wherever they are kept."""

    def read_manifest(self) -> dict | None: ...
    def write_manifest(self, manifest: dict) -> None: ...
    def has_docs(self, keys: set[str]) -> set[str]: ...
    def read_doc(self, key: str) -> dict: ...
    def write_doc(self, key: str, data: dict) -> None: ...
    def prune_docs(self, keep: set[str]) -> None: ...


class LocalMeta:
    """Files under the index folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def read_manifest(self) -> dict | None:
        """The last committed manifest, or None before the first ingest."""
        path = paths.manifest(self.root)
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None

    def write_manifest(self, manifest: dict) -> None:
        """Commit a manifest (atomically)."""
        atomic_write_json(paths.manifest(self.root), manifest)

    def has_docs(self, keys: set[str]) -> set[str]:
        """Which of ``keys`` have a cached document."""
        return {k for k in keys if paths.doc_cache(self.root, k).exists()}

    def read_doc(self, key: str) -> dict:
        """A cached document (text, identity, chunks)."""
        return json.loads(paths.doc_cache(self.root, key).read_text(encoding="utf-8"))

    def write_doc(self, key: str, data: dict) -> None:
        """Cache a document."""
        atomic_write_json(paths.doc_cache(self.root, key), data)

    def prune_docs(self, keep: set[str]) -> None:
        """Drop cached documents no manifest entry refers to."""
        for path in paths.doc_cache_dir(self.root).glob("*.json"):
            if path.stem not in keep:
                path.unlink(missing_ok=True)


class ServerMeta:
    """Records in a collection of the Chroma server."""

    def __init__(self, settings: Settings, *, model_slug: str) -> None:
        from assistant.retrieval.store import MetaCollection

        self._records = MetaCollection(settings, model_slug=model_slug)

    def read_manifest(self) -> dict | None:
        """The last committed manifest, or None before the first ingest."""
        return self._records.get("manifest")

    def write_manifest(self, manifest: dict) -> None:
        """Commit a manifest (one record: readers see the old or the new one)."""
        self._records.put("manifest", manifest)

    def has_docs(self, keys: set[str]) -> set[str]:
        """Which of ``keys`` have a cached document."""
        return {k.removeprefix("doc:") for k in self._records.keys("doc:")} & keys

    def read_doc(self, key: str) -> dict:
        """A cached document (text, identity, chunks)."""
        data = self._records.get(f"doc:{key}")
        if data is None:
            raise KeyError(key)
        return data

    def write_doc(self, key: str, data: dict) -> None:
        """Cache a document."""
        self._records.put(f"doc:{key}", data)

    def prune_docs(self, keep: set[str]) -> None:
        """Drop cached documents no manifest entry refers to."""
        stale = [k for k in self._records.keys("doc:") if k.removeprefix("doc:") not in keep]
        self._records.delete(stale)


def open_meta(settings: Settings, *, model_slug: str) -> Meta:
    """The manifest store for ``settings``: the server's in server mode, else local files."""
    if settings.server_mode:
        return ServerMeta(settings, model_slug=model_slug)
    return LocalMeta(Path(settings.index))
