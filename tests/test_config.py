from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import ConfigError


def test_defaults_are_the_offline_laptop() -> None:
    s = Settings.from_env({})
    assert s.index == Path("indexes")
    assert s.embeddings == "e5"
    assert s.llm == "none"
    assert not s.server_mode
    assert s.host == "127.0.0.1"


def test_environment_and_overrides() -> None:
    env = {"ASSISTANT_INDEX": "/tmp/x", "CHROMA_HOST": "10.0.0.5", "CHROMA_PORT": "9000"}
    s = Settings.from_env(env, llm="ollama:qwen")
    assert s.index == Path("/tmp/x")
    assert s.server_mode
    assert s.chroma_port == 9000
    assert s.llm == "ollama:qwen"


def test_bad_number_names_the_variable() -> None:
    with pytest.raises(ConfigError, match="CHROMA_PORT"):
        Settings.from_env({"CHROMA_PORT": "eighty"})


def test_every_setting_is_described() -> None:
    described = Settings().describe()
    assert "ASSISTANT_EMBEDDINGS" in described
    assert all("(" in v for v in described.values())
