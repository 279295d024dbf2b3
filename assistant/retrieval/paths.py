"""Where each part of an index lives under the index folder (``indexes/`` by default).

In server mode the vectors live in the Chroma server; the manifest, BM25 index,
registry, document cache and vector cache stay in this folder.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def manifest(root: Path) -> Path:
    """Content hash and chunk ids of every ingested file; written last."""
    return root / "manifest.json"


def registry(root: Path) -> Path:
    """The citation registry: documents of the archive and their mentions."""
    return root / "registry.json"


def derived_state(root: Path) -> Path:
    """Which manifest generation the local BM25 index and registry were built from."""
    return root / "derived.json"


def embedding_cache(root: Path) -> Path:
    """Passage vectors by (model, text) hash."""
    return root / "embeddings.sqlite"


def doc_cache_dir(root: Path) -> Path:
    """Normalised text and chunks of each ingested file."""
    return root / "docs"


def doc_cache_key(source: str, sha256: str) -> str:
    """The cache key of one version of one file (two files with equal bytes stay apart)."""
    return hashlib.sha1(f"{source}\0{sha256}".encode()).hexdigest()


def doc_cache(root: Path, key: str) -> Path:
    """The cache file for ``key``."""
    return doc_cache_dir(root) / f"{key}.json"


def relations(root: Path) -> Path:
    """Relations each source states between documents, and the lives derived from them."""
    return root / "relations.json"


def profiles(root: Path) -> Path:
    """Each document's profile: reform areas, period, instrument (derived from the archive)."""
    return root / "profiles.json"


def users(root: Path) -> Path:
    """Accounts of the UI: name, role and password hash (argon2); kept with the index."""
    return root / "users.json"


def history(root: Path) -> Path:
    """Each user's saved conversations (SQLite)."""
    return root / "history.sqlite"


def audit(root: Path) -> Path:
    """The append-only audit log: who did what, when (SQLite)."""
    return root / "audit.sqlite"
