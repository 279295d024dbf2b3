"""Fixtures shared by the whole suite: an isolated index folder, the shared texts."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.retrieval.indexer import Indexer
from assistant.retrieval.search import Searcher

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ASSISTANT_SHARED", REPO.parent / "shared"))
SEED = SHARED / "seed" / "bao-cao-cchc-2021-skhcn-khanh-hoa.txt"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the developer's settings, index or a Chroma server by accident."""
    for var in (
        "ASSISTANT_CORPUS",
        "ASSISTANT_INDEX",
        "ASSISTANT_EMBEDDINGS",
        "ASSISTANT_LLM",
        "CHROMA_HOST",
        "CHROMA_PORT",
        "ASSISTANT_HOST",
        "ASSISTANT_AUTH",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("ASSISTANT_INDEX", str(tmp_path / "indexes"))
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with a fresh index and corpus under the test's temp dir."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    return Settings(corpus=corpus, index=tmp_path / "indexes")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The real 2021 report in ../shared/seed (skips where ../shared is absent)."""
    if not SEED.is_file():
        pytest.skip(f"the seed report is not at {SEED}: put ../shared beside the repo")
    return SEED


@pytest.fixture(scope="session")
def seed_settings(seed_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A temp index holding only the seed report, built once for the session (embedding is
    the slow part); tests only read it."""
    root = tmp_path_factory.mktemp("seed-index")
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
def ingest_files(
    tmp_path_factory: pytest.TempPathFactory,
) -> Callable[[str, dict[str, str]], Settings]:
    """A maker of small archives: ``files`` (file name → text) written into a fresh corpus
    named ``name`` and ingested on disk; the settings of it."""

    def make(name: str, files: dict[str, str]) -> Settings:
        root = tmp_path_factory.mktemp(name)
        corpus = root / "corpus"
        corpus.mkdir()
        for file, text in files.items():
            (corpus / file).write_text(text, encoding="utf-8")
        made = Settings(corpus=corpus, index=root / "indexes")
        Indexer(made).ingest([corpus])
        return made

    return make
