"""The files an ingest covers, and the keys they are known by in the index."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from assistant.errors import AssistantError


def source_name(path: Path, corpus: Path) -> str:
    """The key of a file in the index.

    Relative to the corpus folder for files inside it, so that workstations that mount
    one shared archive at different places agree on the keys (server mode); absolute
    for files elsewhere.
    """
    resolved = path.resolve()
    try:
        return resolved.relative_to(corpus.resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def source_path(source: str, corpus: Path) -> Path:
    """Where the file of a source key is on this machine."""
    path = Path(source)
    return path if path.is_absolute() else corpus / path


def discover(targets: Iterable[Path], corpus: Path) -> tuple[list[Path], list[str]]:
    """Files to ingest under ``targets``, and the source prefixes they cover (for removals)."""
    files: list[Path] = []
    scopes: list[str] = []
    for target in targets:
        if target.is_dir():
            scope = source_name(target, corpus)
            # The corpus folder itself covers every key relative to it.
            scopes.append("" if scope == "." else scope.rstrip("/") + "/")
            files.extend(
                p
                for p in sorted(target.rglob("*"))
                if p.is_file()
                # Hidden files and folders (.removed/, .git/) and the folder's README are not
                # documents of the archive.
                and not any(part.startswith(".") for part in p.relative_to(target).parts)
                and p.name.lower() != "readme.md"
            )
        elif target.is_file():
            scopes.append(source_name(target, corpus))
            files.append(target)
        else:
            raise AssistantError(f"{target}: no such file or folder — check the path")
    return files, scopes


def file_sha256(path: Path) -> str:
    """Content hash of a file, read in blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
