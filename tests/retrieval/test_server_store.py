"""Server mode made safe: Chroma's token authentication, and backup/restore through a server.

Chroma 1.x's ``chroma run`` (the Rust server) has no authentication: the test below shows
a token is then ignored and the client warns. Chroma's own token authentication runs in
the Python server of the same wheel (see chroma_servers.token_server and the README).
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path

import pytest
from chroma_servers import chroma_run, token_server
from test_backup import SAMPLE, copy_sample

from assistant.cli import main
from assistant.config import Settings
from assistant.errors import BackupError, StoreAuthError
from assistant.retrieval.backup import backup, restore
from assistant.retrieval.indexer import Indexer
from assistant.retrieval.search import Searcher

TOKEN = "s3cret-token-for-tests"
QUERIES = ["qd 15", "kế hoạch kiểm tra cải cách hành chính"]


def server_settings(tmp_path: Path, name: str, port: int, token: str | None = None) -> Settings:
    corpus = tmp_path / "corpus"
    if not corpus.exists():
        copy_sample(corpus)
    return Settings(
        corpus=corpus,
        index=tmp_path / name,
        chroma_host="127.0.0.1",
        chroma_port=port,
        chroma_token=token,
    )


@pytest.mark.slow
def test_token_authentication(tmp_path: Path) -> None:
    with token_server(tmp_path / "data", TOKEN) as port:
        anonymous = server_settings(tmp_path, "anon", port)
        with pytest.raises(StoreAuthError, match=r"requires a token.*set CHROMA_TOKEN"):
            Indexer(anonymous).ingest([Path(anonymous.corpus)])
        wrong = server_settings(tmp_path, "wrong", port, token="guess")
        with pytest.raises(StoreAuthError, match="refused the token in CHROMA_TOKEN"):
            Searcher(wrong)

        good = server_settings(tmp_path, "good", port, token=TOKEN)
        assert len(Indexer(good).ingest([Path(good.corpus)]).added) == len(SAMPLE)
        hits = Searcher(replace(good, index=tmp_path / "reader")).search("qd 15", k=3)
        assert "15/QĐ-SKHCN" in hits[0].chunk.text


@pytest.mark.slow
def test_the_cli_says_to_set_the_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    with token_server(tmp_path / "data", TOKEN) as port:
        monkeypatch.setenv("CHROMA_HOST", "127.0.0.1")
        monkeypatch.setenv("CHROMA_PORT", str(port))
        assert main(["search", "qd 15", "--json"]) == 1
        err = capsys.readouterr().err
        assert "CHROMA_TOKEN" in err
        assert "Traceback" not in err


def test_chroma_run_ignores_a_token_and_the_client_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with chroma_run(tmp_path / "data") as port:
        # No token at all is accepted: nothing is enforced by chroma run.
        assert Indexer(server_settings(tmp_path, "anon", port)).store.count() == 0
        with caplog.at_level(logging.WARNING, logger="assistant.retrieval.store"):
            Indexer(server_settings(tmp_path, "tok", port, token=TOKEN)).store.count()
    assert "enforces no authentication" in caplog.text


def search_json(settings: Settings, query: str) -> str:
    hits = Searcher(settings).search(query, k=10)
    return json.dumps([h.to_json() for h in hits], ensure_ascii=False, indent=2)


def same_hits(got: str, want: str) -> bool:
    """The same hits in the same order, every field equal, scores to float32 precision.

    The Chroma server and the embedded store keep the very same vectors (a backup writes
    them bit for bit) but compute a distance in float32 each in its own way: a score may
    differ by ~1e-7, and so a rounded score's sixth decimal. Anything larger is a bug."""
    a, b = json.loads(got), json.loads(want)
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if abs(x.pop("score") - y.pop("score")) > 2e-6 or x != y:
            return False
    return True


@pytest.mark.slow
def test_round_trip_through_servers_gives_identical_results(tmp_path: Path) -> None:
    with chroma_run(tmp_path / "one") as first, chroma_run(tmp_path / "two") as second:
        source = server_settings(tmp_path, "station", first)
        Indexer(source).ingest([Path(source.corpus)])
        before = [search_json(source, q) for q in QUERIES]
        file = tmp_path / "server.tar.gz"
        report = backup(source, file)
        assert report.vectors == Indexer(source).store.count()

        with pytest.raises(BackupError, match="not empty"):
            restore(replace(source, index=tmp_path / "fresh-folder"), file)  # server not empty

        fresh = server_settings(tmp_path, "new-station", second)
        restore(fresh, file)
        assert [search_json(fresh, q) for q in QUERIES] == before
        # And the server backup restores into an embedded index just as well.
        embedded = Settings(corpus=source.corpus, index=tmp_path / "laptop")
        restore(embedded, file)
        after = [search_json(embedded, q) for q in QUERIES]
        assert all(same_hits(got, want) for got, want in zip(after, before, strict=True))
        assert not same_hits(after[0], before[1])  # the comparison can fail
