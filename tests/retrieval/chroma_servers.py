"""Real Chroma servers on free loopback ports, for the server-mode tests.

``chroma run`` is Chroma 1.x's Rust server (no authentication of its own). The
authenticating server is the Python FastAPI server that ships in the same wheel,
with Chroma's token authentication switched on by environment variables.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMA = Path(sys.executable).with_name("chroma")
TOKEN_PROVIDER = "chromadb.auth.token_authn.TokenAuthenticationServerProvider"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_ready(proc: subprocess.Popen, port: int, what: str) -> None:
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2)
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail(f"{what} did not start within 120 s")
            time.sleep(0.3)


@contextlib.contextmanager
def chroma_run(data: Path) -> Iterator[int]:
    """``chroma run`` on a free port; yields the port."""
    port = free_port()
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    cmd = [str(CHROMA), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(data)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        _wait_ready(proc, port, "chroma run")
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@contextlib.contextmanager
def token_server(data: Path, token: str) -> Iterator[int]:
    """Chroma's Python server with token authentication; yields the port."""
    if importlib.util.find_spec("opentelemetry.instrumentation.fastapi") is None:
        pytest.skip(
            "Chroma's Python server needs opentelemetry-instrumentation-fastapi: "
            "pip install -e '.[test]'"
        )
    port = free_port()
    env = {
        **os.environ,
        "ANONYMIZED_TELEMETRY": "False",
        "IS_PERSISTENT": "TRUE",
        "PERSIST_DIRECTORY": str(data),
        "CHROMA_SERVER_AUTHN_PROVIDER": TOKEN_PROVIDER,
        "CHROMA_SERVER_AUTHN_CREDENTIALS": token,
    }
    cmd = [sys.executable, "-m", "uvicorn", "chromadb.app:app", "--host", "127.0.0.1"]
    proc = subprocess.Popen(
        [*cmd, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    try:
        _wait_ready(proc, port, "Chroma's Python server")
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=20)
