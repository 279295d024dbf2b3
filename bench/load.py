"""Load: concurrent users asking through the running web app (Gradio queue, gradio_client).

Starts `assistant serve` on a free loopback port over an index (default: the sample
corpus plus the seed report, ingested into a temp folder), then N users each send a
fixed number of questions. Prints errors (must be 0), throughput, and the median and
95th-percentile latency per request.

usage: python bench/load.py [--users 20] [--requests 5] [--index DIR --corpus DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "bao-cao-cchc-2021-skhcn-khanh-hoa.txt"
QUESTIONS = [
    "Những quyết định nào sắp xếp lại tổ chức bộ máy của Sở năm 2021?",
    "which decisions reorganized the department in 2021",
    "Quyết định nào sắp xếp tổ chức các phòng năm 2023?",
    "Kế hoạch kiểm tra hệ thống quản lý chất lượng năm 2021",
    "qd 1753",
    "số hồ sơ thủ tục hành chính tiếp nhận trực tuyến",
    "Tờ trình phương án sắp xếp tổ chức",
    "Công văn của UBND tỉnh về khắc phục tồn tại qua kiểm tra CCHC năm 2020",
    "kiến nghị về vị trí việc làm",
    "Nghị định 107/2020/NĐ-CP",
]


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def prepare(workdir: Path) -> tuple[Path, Path]:
    """The sample corpus plus the seed, ingested into a fresh index."""
    corpus = workdir / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    if SEED.exists():
        shutil.copy(SEED, corpus / SEED.name)
    index = workdir / "indexes"
    env = {**os.environ, "ASSISTANT_INDEX": str(index)}
    subprocess.run(
        [sys.executable, "-m", "assistant", "ingest", str(corpus), "--json"],
        check=True,
        env=env,
        capture_output=True,
    )
    return corpus, index


def serve(corpus: Path, index: Path, port: int) -> subprocess.Popen:
    """`assistant serve` in the background; returns once it answers."""
    env = {
        **os.environ,
        "ASSISTANT_CORPUS": str(corpus),
        "ASSISTANT_INDEX": str(index),
        "ASSISTANT_PORT": str(port),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
            return proc
        except OSError:
            time.sleep(0.5)
    proc.kill()
    sys.exit("the app did not start within 120 s")


def user(url: str, n: int, offset: int) -> list[tuple[float, str | None]]:
    """One user: ``n`` questions in a row; (seconds, error) per request."""
    from gradio_client import Client

    client = Client(url, verbose=False)
    out = []
    for i in range(n):
        question = QUESTIONS[(offset + i) % len(QUESTIONS)]
        started = time.perf_counter()
        try:
            client.predict(question, [], [], [], api_name="/ask")
            out.append((time.perf_counter() - started, None))
        except Exception as exc:  # every failure counts, whatever it is
            out.append((time.perf_counter() - started, f"{type(exc).__name__}: {exc}"))
    return out


def main() -> None:
    """Run the load and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--requests", type=int, default=5, help="per user")
    parser.add_argument("--index", type=Path, help="an existing index (with --corpus)")
    parser.add_argument("--corpus", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.index:
            corpus, index = args.corpus or REPO / "corpus", args.index
        else:
            corpus, index = prepare(Path(tmp))
        port = free_port()
        proc = serve(corpus, index, port)
        url = f"http://127.0.0.1:{port}/"
        try:
            user(url, 1, 0)  # warm-up: load models and indexes once
            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.users) as pool:
                results = [
                    r
                    for rs in pool.map(lambda i: user(url, args.requests, i), range(args.users))
                    for r in rs
                ]
            wall = time.perf_counter() - started
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    latencies = sorted(t for t, _ in results)
    errors = [e for _, e in results if e]
    p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
    total = len(results)
    print(f"{args.users} users x {args.requests} questions = {total} requests in {wall:.1f} s")
    print(f"errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    print(f"throughput: {len(results) / wall:.2f} requests/s")
    print(f"latency: median {statistics.median(latencies):.2f} s, p95 {p95:.2f} s")


if __name__ == "__main__":
    main()
