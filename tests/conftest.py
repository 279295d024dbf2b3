"""Fixtures shared by the whole suite: an isolated index folder, the shared texts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.config import Settings

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
