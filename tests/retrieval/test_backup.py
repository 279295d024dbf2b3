"""Backup and restore of a whole embedded index (Chroma on disk in temp dirs, the real embedder)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tarfile
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.config import Settings
from assistant.errors import BackupError, IndexBusyError
from assistant.fsutil import ingest_lock
from assistant.retrieval import paths
from assistant.retrieval.backup import backup, restore
from assistant.retrieval.indexer import Indexer
from assistant.retrieval.search import Searcher

REPO = Path(__file__).resolve().parents[2]
# Seven of the sample documents (a PDF, a DOCX, texts): enough for every part of an index.
SAMPLE = [
    "bao-cao-310-2023-ket-qua-cchc.txt",
    "cong-van-245-2023-trien-khai-kiem-tra.txt",
    "ke-hoach-09-2023-cchc.docx",
    "qd-118-2022-quy-che-mot-cua.txt",
    "qd-15-2023-sap-xep-to-chuc.pdf",
    "qd-42-2023-phe-duyet-ke-hoach-kiem-tra.txt",
    "to-trinh-31-2023-phuong-an-sap-xep.txt",
]


def copy_sample(corpus: Path) -> Path:
    corpus.mkdir(parents=True, exist_ok=True)
    for name in SAMPLE:
        shutil.copy(REPO / "corpus" / name, corpus / name)
    return corpus


QUERIES = [
    "qd 15",
    "kế hoạch kiểm tra cải cách hành chính",
    "which decisions reorganized the department",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The sample corpus ingested, with a user list, history and audit log beside it."""
    root = tmp_path_factory.mktemp("backup-src")
    copy_sample(root / "corpus")
    settings = Settings(corpus=root / "corpus", index=root / "indexes")
    Indexer(settings).ingest([Path(settings.corpus)])
    index = Path(settings.index)
    paths.users(index).write_text(json.dumps({"lan": {"role": "editor"}}), encoding="utf-8")
    for db_path in (paths.history(index), paths.audit(index)):
        with sqlite3.connect(db_path) as db:
            db.execute("CREATE TABLE log (who TEXT, what TEXT)")
            db.execute("INSERT INTO log VALUES ('lan', 'hỏi về QĐ 15')")
    return settings


def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, index: Path, *argv: str
) -> str:
    monkeypatch.setenv("ASSISTANT_INDEX", str(index))
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_round_trip_gives_identical_search_json(
    built: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    source, target = Path(built.index), tmp_path / "restored"
    before = [cli(monkeypatch, capsys, source, "search", q, "--json") for q in QUERIES]
    file = tmp_path / "index.tar.gz"
    report = json.loads(cli(monkeypatch, capsys, source, "backup", str(file), "--json"))
    assert report["vectors"] == Indexer(built).store.count() > 0
    assert report["documents"] == len(SAMPLE)

    cli(monkeypatch, capsys, target, "restore", str(file))
    after = [cli(monkeypatch, capsys, target, "search", q, "--json") for q in QUERIES]
    assert after == before
    assert all(json.loads(out) for out in after)  # non-empty rankings, compared byte for byte
    # The files of other parts (users, history, audit) come back as they were.
    assert paths.users(target).read_bytes() == paths.users(source).read_bytes()
    with sqlite3.connect(paths.history(target)) as db:
        assert db.execute("SELECT * FROM log").fetchall() == [("lan", "hỏi về QĐ 15")]
    assert paths.audit(target).exists()
    # The restored index is a normal index: nothing to redo on the next ingest.
    again = Indexer(replace(built, index=target)).ingest([Path(built.corpus)])
    assert len(again.unchanged) == len(SAMPLE)
    assert not (again.added)
    assert not (again.updated)
    assert not (again.repaired)


def test_restore_refuses_a_non_empty_index(built: Settings, tmp_path: Path) -> None:
    file = tmp_path / "b.tar.gz"
    backup(built, file)
    manifest = paths.manifest(Path(built.index)).read_bytes()
    with pytest.raises(BackupError, match=r"not empty.*ASSISTANT_INDEX"):
        restore(built, file)
    assert paths.manifest(Path(built.index)).read_bytes() == manifest


@pytest.mark.parametrize("damage", ["truncate", "flip", "not-gzip"])
def test_a_damaged_backup_is_refused_and_leaves_the_target_untouched(
    built: Settings, tmp_path: Path, damage: str
) -> None:
    file = tmp_path / "b.tar.gz"
    backup(built, file)
    data = bytearray(file.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        data[len(data) // 2] ^= 0xFF
    else:
        data = bytearray(b"PK\x03\x04 this is a zip, not a backup")
    file.write_bytes(bytes(data))
    empty = tmp_path / "empty"
    empty.mkdir()
    for target in (empty, tmp_path / "absent"):
        with pytest.raises(BackupError, match=r"not a complete backup.*Nothing was restored"):
            restore(replace(built, index=target), file)
    assert list(empty.iterdir()) == []
    assert not (tmp_path / "absent").exists()


def test_a_backup_with_a_member_changed_inside_is_refused(built: Settings, tmp_path: Path) -> None:
    """A well-formed archive whose content does not match its own checksums."""
    file = tmp_path / "b.tar.gz"
    backup(built, file)
    unpacked = tmp_path / "unpacked"
    with tarfile.open(file) as tar:
        tar.extractall(unpacked, filter="data")
        names = tar.getnames()
    (unpacked / "meta" / "manifest.json").write_text("{}", encoding="utf-8")
    with tarfile.open(file, "w:gz") as tar:
        for name in names:
            tar.add(unpacked / name, arcname=name)
    with pytest.raises(BackupError, match="checksums"):
        restore(replace(built, index=tmp_path / "t"), file)
    assert not (tmp_path / "t").exists()


def test_backup_runs_while_readers_search_and_waits_for_an_ingest(
    built: Settings, tmp_path: Path
) -> None:
    searcher = Searcher(built)
    errors: list[BaseException] = []
    results: list[int] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                results.append(len(searcher.search("kiểm tra cải cách hành chính", k=5)))
            except BaseException as exc:  # the test reports it below
                errors.append(exc)
                return

    reader = threading.Thread(target=read)
    reader.start()
    try:
        report = backup(built, tmp_path / "b.tar.gz")
    finally:
        stop.set()
        reader.join()
    assert not errors
    assert results
    assert all(n == 5 for n in results)
    assert report.vectors > 0

    with ingest_lock(Path(built.index)), pytest.raises(IndexBusyError, match="Another ingest"):
        backup(built, tmp_path / "during-ingest.tar.gz")
    assert not (tmp_path / "during-ingest.tar.gz").exists()


def test_restore_refuses_another_embedding_model(built: Settings, tmp_path: Path) -> None:
    file = tmp_path / "b.tar.gz"
    backup(built, file)
    other = replace(built, index=tmp_path / "t", embeddings="hf:/models/other")
    with pytest.raises(BackupError, match=f"ASSISTANT_EMBEDDINGS={built.embeddings}"):
        restore(other, file)
    assert not (tmp_path / "t").exists()


def test_backup_of_no_index_says_what_to_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("ASSISTANT_INDEX", str(tmp_path / "none"))
    assert main(["backup", str(tmp_path / "b.tar.gz")]) == 1
    assert "assistant ingest" in capsys.readouterr().err
    assert not (tmp_path / "b.tar.gz").exists()
