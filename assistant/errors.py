"""Domain errors. Each message says what went wrong and what to do next.

They are raised deep in the package and turned into output once, at the edge:
the CLI prints the message and exits non-zero; the UI raises ``gr.Error``.
"""

from __future__ import annotations


class AssistantError(Exception):
    """Base class: anything the user can act on."""


class LoadError(AssistantError):
    """A source file could not be read into text (corrupt, encrypted, scanned, empty…)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class IndexMissingError(AssistantError):
    """No index has been built yet."""


class IndexBusyError(AssistantError):
    """Another process holds the ingest lock."""


class IndexWriteError(AssistantError):
    """The index folder cannot be written (disk full, read-only, permissions)."""


class StoreUnavailableError(AssistantError):
    """The vector store (e.g. a Chroma server) cannot be reached."""


class StoreAuthError(StoreUnavailableError):
    """The Chroma server refused our token (or we sent none)."""


class BackupError(AssistantError):
    """A backup cannot be written, or a backup file cannot be restored."""


class ConfigError(AssistantError):
    """A setting is invalid or names something that is not installed."""
