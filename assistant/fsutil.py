"""Small file-system helpers: atomic writes and the one-writer ingest lock."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

from assistant.errors import IndexBusyError


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so a reader sees the old or the new file, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def free_name(path: Path) -> Path:
    """``path`` if it is free, else ``name-1.ext``, ``name-2.ext``… (never overwrite)."""
    candidate, n = path, 0
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def atomic_write_json(path: Path, data: object) -> None:
    """``atomic_write_text`` of a JSON document."""
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1))


@contextlib.contextmanager
def ingest_lock(index_dir: Path, *, wait: float = 0.0) -> Iterator[None]:
    """Hold the index's writer lock; wait up to ``wait`` seconds for another holder.

    Raises:
        IndexBusyError: another process still holds the lock after ``wait`` seconds;
            the message says which process.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    path = index_dir / ".ingest.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = Path(path).read_text(encoding="utf-8").strip() or "another process"
                    raise IndexBusyError(
                        f"Another ingest is running on {index_dir} ({holder}). Wait for it to "
                        "finish, or set ASSISTANT_LOCK_WAIT=600 to wait up to 10 minutes. "
                        "Searches keep working meanwhile."
                    ) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()} on {socket.gethostname()} since {time.ctime()}".encode())
        yield
    finally:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        os.close(fd)
