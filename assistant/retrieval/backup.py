"""Backup and restore of a whole index: one ``.tar.gz`` file, taken while readers read.

A backup holds, whatever the mode (embedded or Chroma server) it was taken in:

- ``meta/manifest.json`` and ``meta/docs/KEY.json``: the committed manifest and the
  document cache it names (the index folder's, or the Chroma server's in server mode);
- ``vectors/NNNNN.npy`` + ``.json``: every record of the model's Chroma collection
  (float32 embeddings; ids, texts, metadata), in batches;
- ``files/…``: every other file under the index folder (BM25, registry, relations,
  profiles, embedding cache, users, history, audit…), SQLite databases copied through
  SQLite's own backup API so a UI writing history meanwhile cannot tear them;
- ``backup.json`` last: format version, model, counts and the SHA-256 of every member.

It is taken under the writer lock (and the server's lease), so no ingest changes the
index meanwhile; searches go on. A restore unpacks and checks everything before it
writes anything, so a truncated or corrupt file leaves the target as it was.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING

import numpy as np

from assistant import __version__
from assistant.config import Settings
from assistant.errors import BackupError, IndexMissingError
from assistant.retrieval import paths
from assistant.retrieval.embeddings import cache_namespace, embedder_id, model_slug, read_cache
from assistant.retrieval.lease import writer_lock
from assistant.retrieval.lexical import chunk_from_record
from assistant.retrieval.texts import embedding_text

if TYPE_CHECKING:
    from assistant.retrieval.indexer import Indexer

FORMAT = 1
HEADER = "backup.json"
_CHUNK = 1 << 20
_SQLITE_MAGIC = b"SQLite format 3\x00"
# Under the index folder but not copied as files: the embedded Chroma store and the
# manifest and document cache (exported as records), the lock, and restore leftovers.
_NOT_FILES = {
    "chroma",
    paths.doc_cache_dir(Path()).name,
    paths.manifest(Path()).name,
    ".ingest.lock",
}


@dataclass
class Report:
    """What a backup or restore did (the ``--json`` output)."""

    file: str
    vectors: int
    documents: int
    files: int
    bytes: int
    seconds: float

    def to_json(self) -> dict[str, object]:
        """Counts, size and time."""
        return {**vars(self), "seconds": round(self.seconds, 3)}


def backup(settings: Settings, target: Path) -> Report:
    """Write a consistent snapshot of the whole index to ``target`` (a .tar.gz file).

    Raises:
        IndexMissingError: there is no index to back up.
        IndexBusyError: an ingest holds the index longer than ``ASSISTANT_LOCK_WAIT``.
        BackupError: ``target`` cannot be written.
    """
    from assistant.retrieval.indexer import Indexer

    started = time.perf_counter()
    indexer = Indexer(settings)
    indexer.sync_derived()  # derived files current; IndexMissingError when nothing to save
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with writer_lock(settings), tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
            manifest = indexer.meta.read_manifest()
            if manifest is None:
                raise IndexMissingError(
                    f"No index to back up — run: assistant ingest {settings.corpus}"
                )
            if not indexer._derived_current(manifest):  # an ingest committed since the sync
                indexer._rebuild_derived(manifest)
            out = _Writer(tar)
            counts = _write_index(out, indexer, manifest, skip={target.resolve(), tmp.resolve()})
            header = {
                "format": FORMAT,
                "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "by": f"cchc-assistant {__version__}",
                "mode": "server" if settings.server_mode else "embedded",
                "embeddings": settings.embeddings,
                "collection": indexer.store.collection_name,
                "generation": manifest.get("generation"),
                "counts": counts,
                "members": out.hashes,
            }
            out.add_bytes(HEADER, json.dumps(header, ensure_ascii=False, indent=1).encode())
        os.replace(tmp, target)
    except OSError as exc:
        raise BackupError(
            f"Cannot write the backup {target} ({exc.strerror or exc}): choose a folder with "
            "free space that you can write to. The index was not changed."
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    seconds = time.perf_counter() - started
    return Report(str(target), **counts, bytes=target.stat().st_size, seconds=seconds)


def _write_index(
    out: _Writer, indexer: Indexer, manifest: dict, *, skip: set[Path]
) -> dict[str, int]:
    """Every part of the index into the archive; returns the counts for the header."""
    out.add_bytes("meta/manifest.json", _json(manifest))
    keys = sorted({e["cache"] for e in manifest["files"].values()})
    texts: dict[str, str] = {}
    for key in keys:
        doc = indexer.meta.read_doc(key)
        out.add_bytes(f"meta/docs/{key}.json", _json(doc))
        texts.update({r["id"]: embedding_text(chunk_from_record(r)) for r in doc["chunks"]})
    vectors = _write_vectors(out, indexer, manifest, texts)
    files = 0
    root = Path(indexer.settings.index)
    with tempfile.TemporaryDirectory() as scratch:
        for path in _index_files(root, skip=skip):
            name = f"files/{path.relative_to(root).as_posix()}"
            out.add_file(name, _stable_copy(path, Path(scratch)))
            files += 1
    return {"vectors": vectors, "documents": len(keys), "files": files}


def _write_vectors(out: _Writer, indexer: Indexer, manifest: dict, texts: dict[str, str]) -> int:
    """The collection's records in batches; returns how many.

    Chroma hands back each vector as it keeps it, rescaled to unit length; adding that
    again rescales it once more and may move its last bit, and with it a score's sixth
    decimal. So where the embedding cache holds the very vector ingest wrote (the same
    direction), that one is saved: a restore then stores exactly what ingest stored.
    """
    cache = paths.embedding_cache(Path(indexer.settings.index))
    made_by = manifest.get("embedder") or embedder_id(indexer.settings.embeddings)
    space = cache_namespace(indexer.slug, made_by)
    n = 0
    for i, batch in enumerate(indexer.store.export()):
        stored = batch.pop("embeddings")
        wanted = [texts.get(cid, "") for cid in batch["ids"]]
        for row, vec in enumerate(read_cache(cache, namespace=space, texts=wanted)):
            if vec is not None and vec.shape == stored[row].shape:
                unit = vec / max(float(np.linalg.norm(vec)), 1e-12)
                if float(np.abs(unit - stored[row]).max()) < 1e-5:
                    stored[row] = vec
        buf = io.BytesIO()
        np.save(buf, stored, allow_pickle=False)
        out.add_bytes(f"vectors/{i:05d}.npy", buf.getvalue())
        out.add_bytes(f"vectors/{i:05d}.json", _json(batch))
        n += len(batch["ids"])
    return n


def _index_files(root: Path, *, skip: set[Path]) -> Iterator[Path]:
    """The files of the index folder to copy: all but the store, caches of old BM25
    builds, SQLite side files (their content comes through the backup API) and temp files."""
    pointer = root / "lexical.current"
    current = pointer.read_text(encoding="utf-8").strip() if pointer.exists() else None
    for path in sorted(root.rglob("*")):
        top = path.relative_to(root).parts[0]
        if (
            not path.is_file()
            or top in _NOT_FILES
            or top.startswith(".restore-")
            or (top.startswith("lexical-") and top != current)
            or path.name.endswith((".tmp", "-wal", "-shm", "-journal"))
            or path.resolve() in skip
        ):
            continue
        yield path


def _stable_copy(path: Path, scratch: Path) -> Path:
    """``path`` itself, or for a SQLite database a consistent copy made by SQLite."""
    with open(path, "rb") as f:
        if f.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
            return path
    copy = scratch / f"{len(list(scratch.iterdir()))}.sqlite"
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    dst = sqlite3.connect(copy)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return copy


class _Writer:
    """Adds members to a tar file, recording each one's SHA-256."""

    def __init__(self, tar: tarfile.TarFile) -> None:
        self.tar = tar
        self.hashes: dict[str, str] = {}

    def add_bytes(self, name: str, data: bytes) -> None:
        if name != HEADER:
            self.hashes[name] = hashlib.sha256(data).hexdigest()
        self._add(name, len(data), io.BytesIO(data))

    def add_file(self, name: str, path: Path) -> None:
        digest = hashlib.sha256()
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(_CHUNK), b""):
                digest.update(block)
            self.hashes[name] = digest.hexdigest()
            size = f.tell()
            f.seek(0)
            self._add(name, size, f)

    def _add(self, name: str, size: int, data: IO[bytes]) -> None:
        info = tarfile.TarInfo(name)
        info.size, info.mtime, info.mode = size, int(time.time()), 0o644
        self.tar.addfile(info, data)


def restore(settings: Settings, source: Path) -> Report:
    """Restore a backup into an empty index (folder and, in server mode, Chroma collection).

    Raises:
        BackupError: the file is missing, truncated or corrupt, made for another
            embedding model, or the target index is not empty. Nothing is written then.
    """
    started = time.perf_counter()
    if not source.is_file():
        raise BackupError(
            f"{source}: no such file — give the path of a file written by 'assistant backup'"
        )
    root = Path(settings.index)
    _refuse_non_empty(settings, root)
    existed = root.exists()
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=root))
    try:
        header = _unpack(source, staging)
        _check_model(header, settings, source)
        with writer_lock(settings):
            _refuse_non_empty(settings, root)
            try:
                _apply(staging, header, settings)
            except (OSError, ValueError, KeyError) as exc:
                raise BackupError(
                    f"The restore stopped midway ({exc}): the index at {root} is incomplete. "
                    "Delete it (in server mode also the server's collections) and run the "
                    "restore again."
                ) from exc
    except BaseException:
        if not existed:
            shutil.rmtree(root, ignore_errors=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    c = header["counts"]
    seconds = time.perf_counter() - started
    return Report(
        str(source), c["vectors"], c["documents"], c["files"], source.stat().st_size, seconds
    )


def _refuse_non_empty(settings: Settings, root: Path) -> None:
    what: list[str] = []
    if root.is_dir():
        what = sorted(
            p.name
            for p in root.iterdir()
            if p.name != ".ingest.lock" and not p.name.startswith(".restore-")
        )
    if settings.server_mode:
        from assistant.retrieval.meta import open_meta
        from assistant.retrieval.store import VectorIndex

        slug = model_slug(settings.embeddings)
        if open_meta(settings, model_slug=slug).read_manifest() is not None:
            what.append("the Chroma server's manifest")
        if VectorIndex(settings, model_slug=slug).count():
            what.append(f"vectors in the Chroma server's collection cchc-{slug}")
    if what:
        raise BackupError(
            f"The index at {root} is not empty ({', '.join(what[:5])}). A backup is restored "
            "only into an empty index: set ASSISTANT_INDEX to a new folder (and, in server "
            "mode, CHROMA_HOST/CHROMA_PORT to an empty server), or move the old index away first."
        )


def _unpack(source: Path, staging: Path) -> dict:
    """Extract every member into ``staging`` and check it against the header."""
    hashes: dict[str, str] = {}
    try:
        with tarfile.open(source, "r:gz") as tar:
            for member in tar:
                hashes[member.name] = _extract(tar, member, staging)
    except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile, UnicodeError) as exc:
        raise _unreadable(source, f"{type(exc).__name__}: {exc}") from exc
    header_path = staging / HEADER
    if not header_path.is_file():
        raise _unreadable(source, "it has no backup.json; it was cut short")
    try:
        header = json.loads(header_path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise _unreadable(source, f"its backup.json is damaged ({exc})") from exc
    if header.get("format") != FORMAT:
        raise BackupError(
            f"{source} is a backup of format {header.get('format')!r}; this version reads "
            f"format {FORMAT}. Restore it with the version of the assistant that made it."
        )
    hashes.pop(HEADER)
    if hashes != header.get("members"):
        raise _unreadable(source, "its contents do not match its own list of checksums")
    return header


def _extract(tar: tarfile.TarFile, member: tarfile.TarInfo, staging: Path) -> str:
    """One regular file, safely named, into ``staging``; returns its SHA-256."""
    parts = PurePosixPath(member.name).parts
    if not member.isfile() or not parts or parts[0] == "/" or ".." in parts:
        raise tarfile.TarError(f"unexpected member {member.name!r}")
    dest = staging.joinpath(*parts)
    dest.parent.mkdir(parents=True, exist_ok=True)
    data = tar.extractfile(member)
    assert data is not None  # a regular file always has data
    digest = hashlib.sha256()
    with open(dest, "wb") as f:
        for block in iter(lambda: data.read(_CHUNK), b""):
            digest.update(block)
            f.write(block)
    return digest.hexdigest()


def _unreadable(source: Path, why: str) -> BackupError:
    return BackupError(
        f"{source} is not a complete backup ({why}). Nothing was restored and the index was "
        "not touched: use another copy of the backup, or make a new one with 'assistant backup'."
    )


def _check_model(header: dict, settings: Settings, source: Path) -> None:
    if model_slug(header["embeddings"]) != model_slug(settings.embeddings):
        raise BackupError(
            f"{source} holds vectors of the embedding model {header['embeddings']!r}, but "
            f"ASSISTANT_EMBEDDINGS is {settings.embeddings!r}: set ASSISTANT_EMBEDDINGS="
            f"{header['embeddings']} to restore it."
        )


def _apply(staging: Path, header: dict, settings: Settings) -> None:
    """Write vectors, files, documents, then the manifest last; then check the counts."""
    from assistant.retrieval.meta import open_meta
    from assistant.retrieval.store import VectorIndex

    slug = model_slug(settings.embeddings)
    store = VectorIndex(settings, model_slug=slug)
    for npy in sorted((staging / "vectors").glob("*.npy")):
        batch = json.loads(npy.with_suffix(".json").read_text(encoding="utf-8"))
        embeddings = np.load(npy, allow_pickle=False)
        store.add_records(batch["ids"], embeddings, batch["documents"], batch["metadatas"])
    root = Path(settings.index)
    files = staging / "files"
    for path in sorted(files.rglob("*")) if files.is_dir() else []:
        if path.is_file():
            dest = root / path.relative_to(files)
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, dest)
    meta = open_meta(settings, model_slug=slug)
    for doc in sorted((staging / "meta" / "docs").glob("*.json")):
        meta.write_doc(doc.stem, json.loads(doc.read_text(encoding="utf-8")))
    meta.write_manifest(
        json.loads((staging / "meta" / "manifest.json").read_text(encoding="utf-8"))
    )
    if store.count() != header["counts"]["vectors"]:
        raise BackupError(
            f"The restored collection holds {store.count()} vectors, the backup "
            f"{header['counts']['vectors']}: the index at {root} is incomplete. Delete it and "
            "run the restore again."
        )


def _json(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")
