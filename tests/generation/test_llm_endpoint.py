"""A real OpenAI-compatible HTTP endpoint on 127.0.0.1 that is slow, or answers, through
LangChain's ChatOpenAI: bounded waits, fallback with a notice, checked output."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.retrieval.search import Searcher

QUESTION = "Những quyết định nào sắp xếp lại tổ chức bộ máy của Sở năm 2021?"
REPLY = (
    "Sở đã tham mưu Quyết định số 1753/QĐ-UBND ngày 28/6/2021 [1] và "
    "Quyết định số 1754/QĐ-UBND ngày 28/6/2021 [1]."
)


class Endpoint(BaseHTTPRequestHandler):
    """/v1/chat/completions: sleeps ``delay`` seconds, then answers REPLY (not streamed)."""

    delay = 0.0

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        request = json.loads(self.rfile.read(length) or b"{}")
        time.sleep(self.delay)
        body = {
            "id": "x",
            "object": "chat.completion",
            "created": 0,
            "model": request.get("model", "m"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": REPLY},
                    "finish_reason": "stop",
                }
            ],
        }
        if request.get("stream"):
            self._stream(body)
            return
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _stream(self, body: dict) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        for word in REPLY.split(" "):
            chunk = {
                **body,
                "object": "chat.completion.chunk",
                "choices": [{"index": 0, "delta": {"content": word + " "}, "finish_reason": None}],
            }
            self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
        self.wfile.write(b"data: [DONE]\n\n")

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def endpoint(request: pytest.FixtureRequest) -> Iterator[str]:
    handler = type("Handler", (Endpoint,), {"delay": request.param})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("endpoint", [30.0], indirect=True)
def test_a_slow_endpoint_falls_back_within_the_timeout(
    endpoint: str, seed_settings: Settings, seed_searcher: Searcher
) -> None:
    settings = replace(seed_settings, llm=f"openai:local@{endpoint}", llm_timeout=2.0)
    started = time.perf_counter()
    answer = Answerer(settings, searcher=seed_searcher).ask(QUESTION)
    elapsed = time.perf_counter() - started
    assert answer.mode == "fallback"
    assert answer.notice
    assert "1753/QĐ-UBND" in answer.text
    # It gave up instead of waiting for the reply (which comes after 30 s).
    assert elapsed < 30, f"waited {elapsed:.1f} s for a 2 s timeout"


@pytest.mark.parametrize("endpoint", [0.0], indirect=True)
def test_a_live_endpoint_answers_and_its_citations_are_checked(
    endpoint: str, seed_settings: Settings, seed_searcher: Searcher
) -> None:
    settings = replace(seed_settings, llm=f"openai:local@{endpoint}", llm_timeout=10.0)
    answer = Answerer(settings, searcher=seed_searcher).ask(QUESTION)
    assert answer.mode == "llm"
    status = {f.ident: f.status for f in answer.findings}
    assert status["1753/QĐ-UBND"] == "verified"
    assert status["1754/QĐ-UBND"] == "not_found"
    assert "1754/QĐ-UBND ngày 28/6/2021 ⚠[" in answer.text
