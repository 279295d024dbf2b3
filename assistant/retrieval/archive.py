"""The read side of the archive's documents: the registry and the documents' lives.

Readers that need no search (``assistant status``, ``assistant check``) open these two
files without opening the vector store.
"""

from __future__ import annotations

import json
from pathlib import Path

from assistant.archive.lives import Lives
from assistant.citations import Registry
from assistant.config import Settings
from assistant.errors import IndexMissingError
from assistant.retrieval import paths


def open_archive(settings: Settings) -> tuple[Registry, Lives]:
    """The registry and the lives of the last complete index (rebuilt first if stale).

    Raises:
        IndexMissingError: nothing has been ingested yet.
    """
    from assistant.retrieval.indexer import Indexer

    Indexer(settings).sync_derived()
    root = Path(settings.index)
    registry = Registry.from_dict(_read(paths.registry(root), settings))
    return registry, load_lives(root, registry)


def load_lives(root: Path, registry: Registry) -> Lives:
    """The lives stored under ``root``, resolved against ``registry``.

    An index whose derived files predate the lives (an ingest running elsewhere while
    this reader opened it) gives empty lives rather than failing: statuses say ``in_force``
    or ``unknown`` until the next ingest writes them.
    """
    path = paths.relations(root)
    if not path.exists():
        return Lives(registry)
    return Lives.from_dict(json.loads(path.read_text(encoding="utf-8")), registry)


def _read(path: Path, settings: Settings) -> dict:
    if not path.exists():
        raise IndexMissingError(
            f"No index at {settings.index}/ — run: assistant ingest {settings.corpus}"
        )
    data: dict = json.loads(path.read_text(encoding="utf-8"))
    return data
