"""One index of the seed report for the whole generation suite (embedding is the slow part)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.retrieval.indexer import Indexer
from assistant.retrieval.search import Searcher


@pytest.fixture(scope="session")
def seed_settings(seed_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings of a temp index holding only the seed report (read from ../shared)."""
    root = tmp_path_factory.mktemp("gen-seed")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(seed_path, corpus / seed_path.name)
    settings = Settings(corpus=corpus, index=root / "indexes")
    Indexer(settings).ingest([corpus])
    return settings


@pytest.fixture(scope="session")
def seed_searcher(seed_settings: Settings) -> Searcher:
    """The read side of the seed index."""
    return Searcher(seed_settings)


@pytest.fixture(scope="session")
def seed_answerer(seed_settings: Settings, seed_searcher: Searcher) -> Answerer:
    """An extractive answerer over the seed (no LLM)."""
    return Answerer(seed_settings, searcher=seed_searcher, llm=None)
