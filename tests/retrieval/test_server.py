"""Server mode: a real `chroma run` on 127.0.0.1, two workstations sharing it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import IndexMissingError, StoreUnavailableError
from assistant.retrieval.indexer import Indexer
from assistant.retrieval.search import Searcher

REPO = Path(__file__).resolve().parents[2]
CHROMA = Path(sys.executable).with_name("chroma")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """A real Chroma server on a free loopback port; yields the port."""
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-data")
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    proc = subprocess.Popen(
        [str(CHROMA), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(data)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail("chroma run did not start within 60 s")
                time.sleep(0.3)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def workstation(tmp_path: Path, name: str, corpus: Path, port: int) -> Settings:
    return Settings(
        corpus=corpus, index=tmp_path / name, chroma_host="127.0.0.1", chroma_port=port
    )


@pytest.mark.slow
def test_two_workstations_share_one_server(chroma_server: int, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    a = workstation(tmp_path, "station-a", corpus, chroma_server)
    b = workstation(tmp_path, "station-b", corpus, chroma_server)

    with pytest.raises(IndexMissingError, match=r"Chroma server 127\.0\.0\.1"):
        Searcher(b)
    report = Indexer(a).ingest([corpus])
    assert len(report.added) == len([p for p in corpus.iterdir() if p.name != "README.md"])
    # Nothing about the archive is stored locally on A but derived files and caches.
    assert not (Path(a.index) / "manifest.json").exists()
    assert not (Path(a.index) / "chroma").exists()

    # B has never ingested: it rebuilds BM25 and the registry from the server.
    hits = Searcher(b).search("qd 15", k=3)
    assert "15/QĐ-SKHCN" in hits[0].chunk.text
    assert Searcher(b).registry.find("15/QĐ-SKHCN") is not None

    extra = corpus / "cong-van-88.txt"
    extra.write_text(
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 88/SKHCN-VP\nHòa An, ngày 09 tháng 8 năm 2023\n"
        "V/v tổng hợp số liệu chuyển đổi số quý III\n\nKính gửi: các phòng.\n"
        "Đề nghị các phòng gửi số liệu chuyển đổi số trước ngày 25/8/2023.\n",
        encoding="utf-8",
    )
    assert Indexer(a).ingest([corpus]).added == ["cong-van-88.txt"]
    searcher_b = Searcher(b)
    assert searcher_b.registry.find("88/SKHCN-VP") is not None
    assert len(searcher_b.lexical.chunks) == Indexer(b).store.count()
    assert Indexer(b).ingest([corpus]).unchanged  # B sees A's manifest: nothing to redo


def test_unreachable_server_names_host_port_and_what_to_start(tmp_path: Path) -> None:
    port = free_port()
    settings = Settings(index=tmp_path / "i", chroma_host="127.0.0.1", chroma_port=port)
    with pytest.raises(StoreUnavailableError, match=rf"127\.0\.0\.1:{port}.*chroma run"):
        Indexer(settings).ingest([REPO / "corpus"])
