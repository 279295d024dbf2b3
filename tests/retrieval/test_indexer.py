"""Incremental, crash-safe ingest on Chroma on disk in a temp dir."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from assistant.config import Settings
from assistant.errors import IndexBusyError
from assistant.fsutil import ingest_lock
from assistant.retrieval import paths
from assistant.retrieval.indexer import DERIVED_VERSION, Indexer
from assistant.retrieval.lexical import LexicalIndex
from assistant.retrieval.store import VectorIndex

DECISION = """UBND TỈNH HÒA AN
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: {n}/QĐ-SKHCN
Hòa An, ngày 12 tháng 3 năm 2023
QUYẾT ĐỊNH
Về việc {subject}

Điều 1. {subject} theo Kế hoạch số 28/KH-SKHCN ngày 08/01/2023.
Điều 2. Giao Văn phòng Sở tổ chức thực hiện; báo cáo kết quả trước ngày 30/6/2023.
Điều 3. Quyết định có hiệu lực kể từ ngày ký.
"""


def write_decision(folder: Path, n: int, subject: str = "kiện toàn tổ chức bộ máy") -> Path:
    path = folder / f"qd-{n:03d}.txt"
    path.write_text(DECISION.format(n=n, subject=subject), encoding="utf-8")
    return path


def state(settings: Settings) -> tuple[dict, set[str], list[str]]:
    """Manifest, the ids in Chroma, and the ids in the BM25 index."""
    root = Path(settings.index)
    manifest = json.loads(paths.manifest(root).read_text(encoding="utf-8"))
    store = VectorIndex(settings, model_slug="e5small-q4")
    lexical = LexicalIndex.load(root)
    assert lexical is not None
    return manifest, store.ids(), [c.id for c in lexical.chunks]


def manifest_ids(manifest: dict) -> set[str]:
    return {cid for e in manifest["files"].values() for cid in e["chunks"]}


def test_add_change_remove(settings: Settings) -> None:
    corpus = Path(settings.corpus)
    for n in (1, 2, 3):
        write_decision(corpus, n)
    first = Indexer(settings).ingest([corpus])
    assert (len(first.added), len(first.unchanged), len(first.removed)) == (3, 0, 0)
    manifest, chroma_ids, lexical_ids = state(settings)
    assert chroma_ids == manifest_ids(manifest) == set(lexical_ids)
    assert first.chunks == len(chroma_ids)

    indexer = Indexer(settings)
    again = indexer.ingest([corpus])
    assert (len(again.added), len(again.updated), len(again.unchanged)) == (0, 0, 3)
    assert indexer._embeddings is None  # nothing was embedded, not even loaded

    write_decision(corpus, 2, subject="thành lập Tổ công tác chuyển đổi số")
    (corpus / "qd-003.txt").unlink()
    third = Indexer(settings).ingest([corpus])
    assert (len(third.updated), len(third.removed), len(third.unchanged)) == (1, 1, 1)
    manifest, chroma_ids, lexical_ids = state(settings)
    assert chroma_ids == manifest_ids(manifest) == set(lexical_ids)
    assert len(lexical_ids) == len(set(lexical_ids))
    lexical = LexicalIndex.load(Path(settings.index))
    assert lexical is not None
    texts = " ".join(c.text for c in lexical.chunks)
    assert "chuyển đổi số" in texts
    assert not any(c.source.endswith("qd-003.txt") for c in lexical.chunks)


def test_bad_file_is_reported_and_the_rest_ingested(settings: Settings) -> None:
    corpus = Path(settings.corpus)
    write_decision(corpus, 1)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (corpus / "notes.xyz").write_text("?", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in corpus.iterdir()}
    report = Indexer(settings).ingest([corpus])
    assert len(report.added) == 1
    failed = {Path(f["source"]).name: f["error"] for f in report.failed}
    assert set(failed) == {"empty.txt", "binary.txt", "notes.xyz"}
    assert all(name in message for name, message in failed.items())
    # Source files are never modified or deleted.
    assert {p.name: p.read_bytes() for p in corpus.iterdir()} == before


def test_a_file_that_turns_bad_keeps_its_last_good_version(settings: Settings) -> None:
    corpus = Path(settings.corpus)
    path = write_decision(corpus, 1)
    Indexer(settings).ingest([corpus])
    _, ids_before, _ = state(settings)
    path.write_bytes(b"")
    report = Indexer(settings).ingest([corpus])
    assert report.failed
    _, ids_after, _ = state(settings)
    assert ids_after == ids_before


def test_second_ingest_is_refused_while_one_runs(settings: Settings) -> None:
    write_decision(Path(settings.corpus), 1)
    with (
        ingest_lock(Path(settings.index)),
        pytest.raises(IndexBusyError, match="ASSISTANT_LOCK_WAIT"),
    ):
        Indexer(settings).ingest([Path(settings.corpus)])


def test_switching_models_uses_another_collection(settings: Settings) -> None:
    write_decision(Path(settings.corpus), 1)
    Indexer(settings).ingest([Path(settings.corpus)])
    other = replace(settings, embeddings="hf:/models/other")
    assert Indexer(other).store.collection_name != Indexer(settings).store.collection_name


KILLED = """
import sys
from pathlib import Path
from assistant.config import Settings
from assistant.retrieval import indexer
settings = Settings(corpus=Path(sys.argv[1]), index=Path(sys.argv[2]))
indexer.BATCH_CHUNKS = 4  # documents are stored a few at a time: the kill lands mid-run
indexer.Indexer(settings).ingest([Path(sys.argv[1])])
"""


@pytest.mark.slow
def test_killed_ingest_is_repaired_by_the_next_run(settings: Settings, tmp_path: Path) -> None:
    corpus = Path(settings.corpus)
    for n in range(1, 61):
        write_decision(corpus, n, subject=f"nhiệm vụ số {n} về cải cách hành chính")
    proc = subprocess.Popen([sys.executable, "-c", KILLED, str(corpus), str(settings.index)])
    docs = paths.doc_cache_dir(Path(settings.index))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(docs.glob("*.json"))) < 10:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not paths.manifest(Path(settings.index)).exists()  # killed before it finished

    Indexer(settings).ingest([corpus])
    manifest, chroma_ids, lexical_ids = state(settings)

    clean = replace(settings, index=tmp_path / "clean-index")
    Indexer(clean).ingest([corpus])
    clean_manifest = json.loads(paths.manifest(Path(clean.index)).read_text(encoding="utf-8"))
    assert chroma_ids == manifest_ids(manifest) == set(lexical_ids) == manifest_ids(clean_manifest)
    assert len(lexical_ids) == len(set(lexical_ids))


def test_a_new_tokeniser_rebuilds_bm25_without_re_embedding(settings: Settings) -> None:
    write_decision(Path(settings.corpus), 1)
    Indexer(settings).ingest([Path(settings.corpus)])
    root = Path(settings.index)
    # An index whose derived files predate date tokens (no version in their state file,
    # and a BM25 vocabulary without them).
    state_file = paths.derived_state(root)
    generation = json.loads(state_file.read_text(encoding="utf-8"))["generation"]
    state_file.write_text(json.dumps({"generation": generation}), encoding="utf-8")
    indexer = Indexer(settings)
    before = indexer.embeddings.misses
    indexer.sync_derived()
    assert json.loads(state_file.read_text(encoding="utf-8"))["version"] == DERIVED_VERSION
    assert indexer.embeddings.misses == before
    lexical = LexicalIndex.load(root)
    assert lexical is not None
    # "ngày 08/01/2023" in the decision is now also the day and month tokens.
    assert {"@2023-01", "@2023-01-08"} <= set(lexical._bm25.vocab_dict)


def test_files_are_embedded_together_and_reported_one_by_one(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = Path(settings.corpus)
    for n in (1, 2, 3, 4, 5):
        write_decision(corpus, n, subject=f"nhiệm vụ số {n}")
    (corpus / "qd-003-empty.txt").write_bytes(b"")  # fails between good files
    indexer = Indexer(settings)
    calls: list[int] = []
    embed = indexer.embeddings.embed_documents

    def counted(texts: list[str]) -> list[list[float]]:
        calls.append(len(texts))
        return embed(texts)

    monkeypatch.setattr(indexer.embeddings, "embed_documents", counted)
    steps: list[tuple[float, str]] = []
    report = indexer.ingest([corpus], progress=lambda f, message: steps.append((f, message)))
    assert len(report.added) == 5
    assert len(report.failed) == 1
    assert calls == [report.chunks]  # one call for every chunk of the five files
    # One report per file, failed ones too, in the folder's order, never going back.
    assert [m for _, m in steps] == sorted(p.name for p in corpus.iterdir())
    assert [f for f, _ in steps] == [i / 6 for i in range(1, 7)]
    manifest, chroma_ids, lexical_ids = state(settings)
    assert chroma_ids == manifest_ids(manifest) == set(lexical_ids)


def test_a_batch_that_fails_to_embed_leaves_the_previous_index_whole(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.retrieval import indexer as indexer_module

    corpus = Path(settings.corpus)
    for n in (1, 2, 3):
        write_decision(corpus, n)
    Indexer(settings).ingest([corpus])
    before = state(settings)
    for n in (1, 2, 3):
        write_decision(corpus, n, subject=f"sửa đổi lần {n}")
    monkeypatch.setattr(indexer_module, "BATCH_CHUNKS", 1)  # one file per batch
    failing = Indexer(settings)
    embed = failing.embeddings.embed_documents
    calls: list[int] = []

    def fail_second(texts: list[str]) -> list[list[float]]:
        calls.append(len(texts))
        if len(calls) == 2:
            raise RuntimeError("embedder crashed")
        return embed(texts)

    monkeypatch.setattr(failing.embeddings, "embed_documents", fail_second)
    with pytest.raises(RuntimeError, match="embedder crashed"):
        failing.ingest([corpus])
    manifest, chroma_ids, lexical_ids = state(settings)
    assert manifest == before[0]
    assert lexical_ids == before[2]
    assert chroma_ids >= manifest_ids(manifest)  # the old chunks are all still there

    monkeypatch.undo()
    again = Indexer(settings).ingest([corpus])
    assert len(again.updated) == 3
    manifest, chroma_ids, lexical_ids = state(settings)
    assert chroma_ids == manifest_ids(manifest) == set(lexical_ids)
    lexical = LexicalIndex.load(Path(settings.index))
    assert lexical is not None
    assert "sửa đổi lần 3" in " ".join(c.text for c in lexical.chunks)


LAW = (
    "Bộ luật dân sự\n\nĐiều 586.\nNăng lực chịu trách nhiệm bồi thường thiệt hại của cá nhân\n\n"
    + "".join(f"{i}. Người gây thiệt hại thuộc trường hợp thứ {i} phải bồi thường. "
              + "Mức bồi thường do các bên thỏa thuận. " * 12 + "\n\n" for i in range(1, 4))
)


def test_an_index_cut_by_an_older_chunker_is_cut_again_without_reading_files(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.ingest import chunk as chunking
    from assistant.retrieval import indexer as indexing
    from assistant.retrieval.texts import embedding_text

    law = Path(settings.corpus) / "bo-luat-dan-su__dieu-586.txt"
    law.write_text(LAW, encoding="utf-8")
    write_decision(Path(settings.corpus), 1)
    with monkeypatch.context() as old:  # chunking version 1: no chunk had a context
        old.setattr(indexing, "CHUNKING_VERSION", 1)
        old.setattr(chunking._Context, "__call__", lambda self, section, start: "")
        Indexer(settings).ingest([Path(settings.corpus)])
    manifest = json.loads(paths.manifest(Path(settings.index)).read_text(encoding="utf-8"))
    del manifest["chunking"]  # as an index made before the key existed
    paths.manifest(Path(settings.index)).write_text(json.dumps(manifest), encoding="utf-8")

    def vectors() -> dict[str, np.ndarray]:
        store = VectorIndex(settings, model_slug="e5small-q4")
        return {i: v for part in store.export() for i, v in
                zip(part["ids"], part["embeddings"], strict=True)}

    before = vectors()

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("a file was read again")

    monkeypatch.setattr(indexing, "load_document", no_reading)  # a scan is not OCR'd twice
    indexer = Indexer(settings)
    report = indexer.ingest([Path(settings.corpus)])
    assert sorted(report.unchanged) == sorted([law.name, "qd-001.txt"])
    assert report.rechunked == 2
    assert any("cut again" in n for n in report.notices)
    manifest, chroma_ids, lexical_ids = state(settings)
    assert manifest["chunking"] == indexing.CHUNKING_VERSION
    assert chroma_ids == manifest_ids(manifest) == set(lexical_ids)
    lexical = LexicalIndex.load(Path(settings.index))
    assert lexical is not None
    later = [c for c in lexical.chunks if c.source == law.name and c.start > 0]
    assert later
    assert all(c.context.startswith("Bộ luật dân sự — Điều 586. Năng lực") for c in later)
    after = vectors()
    for c in later:  # stored: the vector of the text with its context, not the old one
        made = np.asarray(indexer.embeddings.embed_documents([embedding_text(c)])[0], np.float32)
        assert np.allclose(after[c.id], made, atol=1e-6)
        assert c.id in before
        assert float(before[c.id] @ after[c.id]) < 0.999
    decision = [c.id for c in lexical.chunks if c.source == "qd-001.txt"]
    assert decision
    assert all(np.array_equal(before[i], after[i]) for i in decision)  # its text is unchanged
    # Done once: the next run has nothing to cut again.
    assert Indexer(settings).ingest([Path(settings.corpus)]).rechunked == 0


@pytest.mark.parametrize(
    ("key", "again"), [("text_loading", "qd-001.txt"), ("docx_loading", "qd-002.docx")]
)
def test_a_loading_change_reads_only_the_files_of_its_kind_again(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, key: str, again: str
) -> None:
    from docx import Document as Docx

    from assistant.retrieval import indexer as indexer_module

    corpus = Path(settings.corpus)
    write_decision(corpus, 1)
    docx = Docx()
    for line in DECISION.format(n=2, subject="ban hành quy chế làm việc").splitlines():
        docx.add_paragraph(line)
    docx.save(str(corpus / "qd-002.docx"))
    Indexer(settings).ingest([corpus])
    # an index built before this loading had a version (an e-office export kept its tags, a
    # DOCX header table was read row by row)
    manifest_path = paths.manifest(Path(settings.index))
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    version = indexer_module.LOADING_VERSIONS[key][0]
    assert manifest[key] == version
    del manifest[key]
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    read: list[str] = []
    load = indexer_module.load_document

    def counted(path: Path, **kw: object) -> object:
        read.append(path.name)
        return load(path, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(indexer_module, "load_document", counted)
    report = Indexer(settings).ingest([corpus])
    assert read == [again]  # the other file (or a scan) is not read again
    assert not report.failed
    manifest, chroma_ids, lexical_ids = state(settings)
    assert manifest[key] == version
    assert chroma_ids == manifest_ids(manifest) == set(lexical_ids)
    read.clear()
    Indexer(settings).ingest([corpus])
    assert read == []
