"""The extractive answerer over the session's seed index (``tests/conftest.py``)."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.retrieval.search import Searcher


@pytest.fixture(scope="session")
def seed_answerer(seed_settings: Settings, seed_searcher: Searcher) -> Answerer:
    """An extractive answerer over the seed (no LLM)."""
    return Answerer(seed_settings, searcher=seed_searcher, llm=None)
