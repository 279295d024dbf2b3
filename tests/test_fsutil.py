from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.errors import IndexBusyError
from assistant.fsutil import atomic_write_json, ingest_lock

HOLDER = """
import sys, time
from pathlib import Path
from assistant.fsutil import ingest_lock
with ingest_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(30)
"""


def test_second_writer_is_told_who_holds_the_lock(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "held"
        started = time.monotonic()
        with (
            pytest.raises(IndexBusyError, match=f"pid {proc.pid}"),
            ingest_lock(tmp_path, wait=0.5),
        ):
            pass
        assert time.monotonic() - started >= 0.5
    finally:
        proc.kill()
        proc.wait()
    with ingest_lock(tmp_path):  # released when its holder died
        pass


def test_atomic_write_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "manifest.json"
    atomic_write_json(target, {"a": 1})
    atomic_write_json(target, {"a": 2})
    assert target.read_text(encoding="utf-8").replace(" ", "").replace("\n", "") == '{"a":2}'
    assert [p.name for p in tmp_path.iterdir()] == ["manifest.json"]
