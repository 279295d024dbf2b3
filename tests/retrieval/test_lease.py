"""The writer lease held in a real `chroma run`: one writer across workstations."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from chroma_servers import chroma_run

from assistant.config import Settings
from assistant.errors import IndexBusyError
from assistant.retrieval.embeddings import model_slug
from assistant.retrieval.indexer import Indexer
from assistant.retrieval.lease import Lease, writer_lock
from assistant.retrieval.store import LeaseRecords, MetaCollection

DECISION = """SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: {n}/QĐ-SKHCN
Hòa An, ngày 12 tháng 3 năm 2023
QUYẾT ĐỊNH
Về việc {subject}

Điều 1. {subject} theo Kế hoạch số 28/KH-SKHCN ngày 08/01/2023.
Điều 2. Giao Văn phòng Sở tổ chức thực hiện; báo cáo kết quả trước ngày 30/6/2023.
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    with chroma_run(tmp_path_factory.mktemp("chroma-lease")) as port:
        yield port


def station(tmp_path: Path, name: str, port: int, **kw: object) -> Settings:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    base = Settings(corpus=corpus, index=tmp_path / name, chroma_host="127.0.0.1", chroma_port=port)
    return replace(base, **kw)  # type: ignore[arg-type]


def decisions(folder: Path, first: int, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(first, first + n):
        subject = f"nhiệm vụ số {i} về cải cách hành chính và chuyển đổi số"
        (folder / f"qd-{i:03d}.txt").write_text(DECISION.format(n=i, subject=subject), "utf-8")


def test_a_second_writer_is_told_who_holds_the_lease(server: int, tmp_path: Path) -> None:
    a = station(tmp_path, "a", server, lease_ttl=5.0)
    b = station(tmp_path, "b", server, lease_ttl=5.0)
    with writer_lock(a) as lease:
        assert lease is not None
        with pytest.raises(IndexBusyError, match=rf"127\.0\.0\.1:{server}.*pid {os.getpid()}"):
            Indexer(b).ingest([Path(b.corpus)])
        assert lease.renew()  # still ours after the other's attempt
    with writer_lock(b) as lease_b:  # released: free at once
        assert lease_b is not None


def test_a_holder_paused_past_its_lease_loses_it_and_may_not_commit(
    server: int, tmp_path: Path
) -> None:
    a = Lease(station(tmp_path, "a", server, lease_ttl=1.0))
    a.acquire(wait=0)
    a._stop.set()  # a process paused: it renews no more
    b = Lease(station(tmp_path, "b", server, lease_ttl=1.0))
    b.acquire(wait=10)  # waits for the claim to lapse, then takes it
    try:
        assert not a.renew()
        with pytest.raises(IndexBusyError, match="lost its writer lease"):
            a.ensure()
        b.ensure()
    finally:
        b.release()
        a.release()


HOLD = """
import sys, time
from pathlib import Path
from assistant.config import Settings
from assistant.retrieval.lease import writer_lock
s = Settings(index=Path(sys.argv[1]), chroma_host="127.0.0.1", chroma_port=int(sys.argv[2]),
             lease_ttl=float(sys.argv[3]))
with writer_lock(s):
    print("held", flush=True)
    time.sleep(600)
"""


def test_a_late_renewal_keeps_the_lease_when_no_one_else_claimed(
    server: int, tmp_path: Path
) -> None:
    """A busy machine renews late: its claim lapsed, but no one took it meanwhile."""
    a = Lease(station(tmp_path, "a", server, lease_ttl=1.0))
    a.acquire(wait=0)
    a._stop.set()
    time.sleep(1.5)
    try:
        assert a.renew()
        a.ensure()
        with pytest.raises(IndexBusyError, match=rf"pid {os.getpid()}"):
            Lease(station(tmp_path, "b", server, lease_ttl=1.0)).acquire(wait=0)
    finally:
        a.release()


@pytest.mark.slow
def test_a_killed_holders_lease_lapses(server: int, tmp_path: Path) -> None:
    ttl = 3.0
    holder = station(tmp_path, "holder", server, lease_ttl=ttl)
    cmd = [sys.executable, "-c", HOLD, str(holder.index), str(server), str(ttl)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "held"
        other = station(tmp_path, "other", server, lease_ttl=ttl)
        decisions(Path(other.corpus), 1, 2)
        with pytest.raises(IndexBusyError, match=rf"pid {proc.pid}\b"):
            Indexer(other).ingest([Path(other.corpus)])
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        killed = time.monotonic()
        report = Indexer(replace(other, lock_wait=60.0)).ingest([Path(other.corpus)])
        waited = time.monotonic() - killed
    finally:
        if proc.poll() is None:
            proc.kill()
    assert len(report.added) == 2
    assert waited < 60  # it went ahead once the dead holder's claim lapsed


KILLED = """
import sys
from pathlib import Path
from assistant.config import Settings
from assistant.retrieval.indexer import Indexer
corpus, index, port, ttl = sys.argv[1:5]
s = Settings(corpus=Path(corpus).parent, index=Path(index), chroma_host="127.0.0.1",
             chroma_port=int(port), lease_ttl=float(ttl))
Indexer(s).ingest([Path(corpus)])
"""


@pytest.mark.slow
def test_an_ingest_killed_mid_write_leaves_a_lease_that_lapses(server: int, tmp_path: Path) -> None:
    ttl = 3.0
    writer = station(tmp_path, "writer", server, lease_ttl=ttl)
    corpus = Path(writer.corpus) / "killed"
    decisions(corpus, 300, 20)
    docs = MetaCollection(writer, model_slug=model_slug(writer.embeddings))
    before = len(docs.keys("doc:"))
    cmd = [sys.executable, "-c", KILLED, str(corpus), str(writer.index), str(server), str(ttl)]
    proc = subprocess.Popen(cmd)
    try:
        deadline = time.monotonic() + 300
        while len(docs.keys("doc:")) < before + 3:  # it is writing
            assert proc.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.1)
        held = [c["holder"] for c in LeaseRecords(writer).claims().values() if c["state"] == "held"]
        assert len(held) == 1
        assert held[0].endswith(f"pid {proc.pid}")
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()

    other = station(tmp_path, "other", server, lease_ttl=ttl, lock_wait=60.0)
    report = Indexer(other).ingest([corpus])
    assert len(report.added) == 20  # the killed run had committed nothing
    indexer = Indexer(other)
    manifest = indexer.meta.read_manifest()
    assert manifest is not None
    assert {cid for e in manifest["files"].values() for cid in e["chunks"]} <= indexer.store.ids()


WRITER = """
import json, sys, time
from pathlib import Path
from assistant.config import Settings
from assistant.retrieval import meta, store
from assistant.retrieval.indexer import Indexer

log_path, corpus, index, port, part = sys.argv[1:6]

def logged(cls, name):
    inner = getattr(cls, name)
    def wrapper(self, *args, **kwargs):
        t0 = time.time()
        try:
            return inner(self, *args, **kwargs)
        finally:
            with open(log_path, "a") as f:
                f.write(json.dumps({"who": part, "op": name, "t0": t0, "t1": time.time()}) + "\\n")
    setattr(cls, name, wrapper)

for cls, name in [(store.VectorIndex, "upsert"), (store.VectorIndex, "delete"),
                  (meta.ServerMeta, "write_doc"), (meta.ServerMeta, "write_manifest"),
                  (meta.ServerMeta, "prune_docs")]:
    logged(cls, name)
s = Settings(corpus=Path(corpus), index=Path(index), chroma_host="127.0.0.1",
             chroma_port=int(port), lock_wait=600, lease_ttl=5)
with open(log_path, "a") as f:
    f.write(json.dumps({"who": part, "op": "start", "t0": time.time(), "t1": time.time()}) + "\\n")
report = Indexer(s).ingest([Path(corpus) / part])
print(json.dumps(report.to_json()))
"""


@pytest.mark.slow
def test_two_ingests_against_one_server_never_write_at_once(server: int, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    decisions(corpus / "a", 100, 15)
    decisions(corpus / "b", 200, 15)
    log = tmp_path / "writes.jsonl"
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WRITER,
                str(log),
                str(corpus),
                str(tmp_path / f"ws-{p}"),
                str(server),
                p,
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for p in ("a", "b")
    ]
    outputs = [proc.communicate(timeout=600)[0] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0]
    assert [json.loads(o)["added"] for o in outputs] == [15, 15]

    events = [json.loads(line) for line in log.read_text().splitlines()]
    starts = {e["who"]: e["t0"] for e in events if e["op"] == "start"}
    writes = {w: [e for e in events if e["who"] == w and e["op"] != "start"] for w in "ab"}
    spans = {w: (min(e["t0"] for e in ws), max(e["t1"] for e in ws)) for w, ws in writes.items()}
    first, second = sorted("ab", key=lambda w: spans[w][0])
    # Every write of one ended before the other's first write began…
    assert spans[first][1] <= spans[second][0]
    # …though both were running at once: the second started before the first had finished.
    assert starts[second] < spans[first][1]
