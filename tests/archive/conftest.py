"""Archive fixtures: the small archive of ``archive_builders``, and the shipped
multi-year sample archive ingested once for the session."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from archive_builders import build

from assistant.archive.lives import Lives
from assistant.config import Settings
from assistant.retrieval.indexer import Indexer

REPO = Path(__file__).resolve().parents[2]
TRUTH = REPO / "bench" / "data" / "sample_archive_truth.json"


@pytest.fixture
def lives() -> Lives:
    """Five decisions, one replacing another, one amending another."""
    return build()


@pytest.fixture(scope="session")
def sample_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """corpus/ copied and ingested into a temp index (tests only read it)."""
    root = tmp_path_factory.mktemp("sample-archive")
    shutil.copytree(REPO / "corpus", root / "corpus")
    settings = Settings(corpus=root / "corpus", index=root / "indexes")
    Indexer(settings).ingest([root / "corpus"])
    return settings


@pytest.fixture(scope="session")
def truth() -> dict:
    """The samples helper's hand-written facts of the archive."""
    return json.loads(TRUTH.read_text(encoding="utf-8"))
