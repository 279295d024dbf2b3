"""Incremental, crash-safe ingest: files → documents → chunks → Chroma, BM25, registry.

The manifest (content hash and chunk ids of every ingested file) is committed last
and atomically. Everything before it is either idempotent (Chroma upserts by
deterministic chunk id) or rebuilt whole from the per-document cache (``indexes/docs/``,
or the Chroma server in server mode, see ``meta``); chunks no committed file owns are
deleted only after the commit. So an ingest killed or failing at any point leaves the
previous index searchable, and the next run repairs it: no duplicates, no orphans.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from assistant.archive.lives import Lives
from assistant.archive.profiles import SourceText, build_profiles, profiles_to_json
from assistant.citations import Registry
from assistant.config import Settings
from assistant.errors import (
    IndexBusyError,
    IndexMissingError,
    IndexWriteError,
    LoadError,
)
from assistant.fsutil import atomic_write_json, free_name, ingest_lock
from assistant.ingest import chunk_document, load_document, parse_header
from assistant.ingest.loaders import (
    ODF_SUFFIXES,
    SHEET_SUFFIXES,
    TEXT_SUFFIXES,
    WEB_ARCHIVE_SUFFIXES,
)
from assistant.ingest.ocr import OcrOptions, PageProgress
from assistant.models import Chunk, Document, Identity
from assistant.retrieval import paths
from assistant.retrieval.embeddings import (
    CachedEmbeddings,
    cache_namespace,
    embedder_id,
    load_embeddings,
    model_slug,
)
from assistant.retrieval.files import discover, file_sha256, source_name, source_path
from assistant.retrieval.lease import Lease, writer_lock
from assistant.retrieval.lexical import LexicalIndex, chunk_from_record, chunk_to_record
from assistant.retrieval.meta import Meta, open_meta
from assistant.retrieval.rerank import ranker_version
from assistant.retrieval.store import VectorIndex
from assistant.retrieval.texts import chunk_cites, embedding_text, lexical_text

log = logging.getLogger(__name__)

# Bump when loading changes: every file is then read again.
PIPELINE_VERSION = 2
# Bump when loading files of some suffixes changes, other loading not: only those files
# are then read again, no scan is OCR'd again. Manifest key: (version, suffixes).
# text_loading 1: a text file holding HTML (an e-office export) is read as the text it
# shows; 2: an e-office record above the text ("Số ký hiệu:", "Ngày ban hành:") fills what
# the header does not show. docx_loading 1: a table laying out a header or a signature
# block is read column by column; tracked changes are read accepted. pdf_loading 1: a
# page's printed number is dropped and a sentence broken by a page break is joined (a
# scanned PDF is OCR'd again, once). doc_loading 1: Word 97–2003 files are read (they
# were refused before, so an index holds none yet; the key starts their own count).
# text_loading 3, docx_loading 2, pdf_loading 2: lines typed in the old TCVN3 and VNI
# fonts are converted to Unicode (a text file's bytes in them are read as them).
# sheet_loading 1: Excel workbooks are read (refused before); web archives (.mht) are read
# with the .doc files (refused before too). rtf_loading 1: RTF files are read (refused
# before); doc_loading 2: a .doc that is an RTF file is read (it was refused; its loading is
# the .doc files', so their key is bumped and they are read again).
# odf_loading 1: OpenDocument files (.odt, .ods, flat .fodt, .fods) are read (refused before),
# their lists' automatic numbers counted from the list styles.
# docx_loading 3: a DOCX's hidden text (w:vanish: of a run, its character or paragraph style)
# is not read, as it is not in a .doc, an RTF or an OpenDocument file; Word's automatic list
# numbers ("Điều 1.", "a)") are read before their paragraphs, as an RTF holds them; a table
# nested in a cell is read into it, and endnotes after the footnotes.
# doc_loading 3: a .doc's automatic list numbers are read ("Điều 1.", "a)").
# odf_loading 2: headings numbered by the outline ("Chương I", "Điều 1.") are read with
# their numbers; a number followed by nothing is not set apart by a space; a sheet's truth
# value (saved as 1 or 0 by TRUE(), or in a boolean format) reads "có"/"không" as an Excel one's.
# rtf_loading 2: an RTF whose text is UTF-8 ({\urtf1) is read (refused before).
# docx_loading 4, doc_loading 3, sheet_loading 2 (and odf_loading 2, rtf_loading 2): a file
# whose name lies about its kind (a .docx that is an RTF, a .doc, an ODT or a web page; a .xlsx
# that is a .ods …) is read as what its bytes say it is, with a note (refused before).
# docx_loading 5, doc_loading 4, rtf_loading 3, odf_loading 3: a footnote or endnote is read
# in brackets after the paragraph marking it (``ingest.notes``), not after the whole text.
LOADING_VERSIONS: dict[str, tuple[int, tuple[str, ...]]] = {
    "text_loading": (3, TEXT_SUFFIXES),
    "docx_loading": (5, (".docx",)),
    "pdf_loading": (2, (".pdf",)),
    "doc_loading": (4, (".doc", *WEB_ARCHIVE_SUFFIXES)),
    "sheet_loading": (2, SHEET_SUFFIXES),
    "rtf_loading": (3, (".rtf",)),
    "odf_loading": (3, ODF_SUFFIXES),
}
# Bump when chunking or what the embedder reads changes, loading not: every file is then
# cut again from the document cache (not read again: no scan is OCR'd twice), and only the
# chunks whose embedding text changed are embedded again (the vector cache has the rest).
# 2: a later piece of an article carries the article's number and title (``Chunk.context``).
CHUNKING_VERSION = 2
# Bump when what BM25 or the registry reads changes (tokens, citation grammar): readers
# then rebuild both from the document cache, and nothing is re-embedded. 2: date tokens;
# 3: syllables without diacritics; 4: relations.json (documents' lives);
# 5: document profiles (profiles.json); 6: a document's own effective date read across a
# PDF's line break (relation grammar); 7: reform areas weighed against the archive;
# 8: each document's header read again from its cached text (a trích yếu stops where a
# PDF's re-flowed body starts: "… Thực hiện Kế hoạch số …"); "Quyết định số … công bố
# danh mục …, thay thế …" in the relation grammar; 9: each mention keeps the issuer it
# names ("… của UBND tỉnh Hòa An", "Ủy ban nhân dân huyện ban hành …"), which the checker
# compares with a draft's; grounds after a lead-in's semicolon and a grounds list's item
# without its own "Căn cứ" in the relation grammar; 10: a preamble line ("Thực hiện Kế
# hoạch số …,") whose main clause is the next paragraph, and brackets in a list of
# documents, in the relation grammar; 11: the date written after a target's number kept
# (two documents of one number and year are told apart by it: ``registry._apart``);
# 12: the relation grammar reads "Theo Y, X hết hiệu lực …" and "X hết hiệu lực từ ngày D
# theo Y" (Y ends X), "các kế hoạch này" (the plans of the sentence before), a report's
# "Quy chế này" (the Quy chế named before, never the report), a decision in brackets after
# its instrument, a plan's bare "Kế hoạch … thay thế …", a preamble's last "Thực hiện …."
# and a ground's amending decree; web markup and a PDF subject line run on into the text;
# profiles read "quý cuối năm", "the last quarter of" as a quarter; 13: "Nhằm cụ thể hóa Kế
# hoạch số …, Sở xây dựng …" implements, in the relation grammar; 14: profiles' areas read
# a commune's short reports (two areas under one heading, a run-in "Công tác …" paragraph);
# 15: an act on the organisation itself ("thành lập …", "quy định chức năng, nhiệm vụ …") is
# tổ chức bộ máy by its title; 16: the relation grammar reads a verb right after a
# semicolon as the same subject's ("Kế hoạch áp dụng từ …; thay thế …") and "Mục 3" as a
# part of a document; 17: a title naming one area's heading phrase near its start files
# its document there first; 18: a lead-in clause followed by another ("Thực hiện Kế hoạch
# số …; căn cứ Quyết định số …, Sở Y tế thông báo:") still implements; 19: procedures of
# a list as the part acted on ("bãi bỏ các TTHC số 3, 5 tại Phần II của Danh mục ban hành
# kèm theo Quyết định số …"), and a verb joined by "và" to an earlier one has its actor;
# 20: a list's part in Roman numerals ("Mục II Phần I (lĩnh vực gia đình) của Danh mục …");
# 21: a sentence a PDF broke at a name's dash ("Sở Lao động -" + "Thương binh và Xã hội");
# 22: a repeal of "một số điều", or joined to an amendment ("Sửa đổi, bổ sung, bãi bỏ Danh
# mục …"), repeals a part, not the whole; 23: stated terms ("áp dụng đến hết ngày …", "thực
# hiện trong năm 2024", "gia hạn … đến ngày …") in each file's claims (``relation_terms``);
# 24: an extension's evidence is the sentence naming the document it extends.
# 25: an annulment ("Hủy bỏ Quyết định số …") repeals, a plan's "điều chỉnh, bổ sung" amends
# it, and a draft ("DỰ THẢO", no number) states nothing.
# 26: a lone "Căn cứ … ." line before "QUYẾT ĐỊNH:" is a ground (based_on).
# 27: a purpose clause ("; để …,") between a lead-in and its main clause leaves it one.
# 28: two months running ("tháng 9 và tháng 10/2025", "tháng 9, 10/2025") are one period.
# 29: a cited document's trích yếu may open with "công bố", "phê duyệt", "thành lập", …
# after its issuer ("… của UBND tỉnh công bố Chỉ số cải cách hành chính năm 2021"), and the
# issuer's name stops there.
# 30: a cited document no mention gives a subject takes one read near a mention: the thing
# named before it ("Chỉ số cải cách hành chính năm 2022 của Sở theo Quyết định số …") or the
# subject of the citation "và" joins it to (Mention.subject_near); a subject stops at "hết/có
# hiệu lực (kể) từ" and "đạt <number>".
# 31: a list announced by its type and issuer and a colon ("thay thế các Quyết định của Chủ
# tịch UBND tỉnh: số 968/QĐ-UBND ngày …, số 1540/QĐ-UBND … và số 1877/QĐ-UBND …"): each
# member is acted on, "số" after a list's comma or "và" included; a table row of documents
# ("3 | 26/KH-SNNMT | 15/02/2025 | Tuyên truyền … | Sở NN&MT", a report's appendix) gives
# the date and trích yếu of the document it numbers.
# 42: a trích yếu stops where a report's opening sentence, wrapped under it with no blank
# line, begins ("Sở … báo cáo kết quả … như sau:").
# 43: "lũy kế 9 tháng" (no year) is the first nine months of the text's year, in periods;
# 44: and "lũy kế 9 tháng năm 2024" keeps its year (43 read it yearless).
# 45: a file saying none of the reform's words, cited by no report of the reform, is the
# department's other work: no reform area (``profiles.reform_work``); a decision titled as an
# extension that rewrites its target's term article extends it (``relation_terms``).
# 46: a report's suspension or extension told with no "được/bị" ("… tạm dừng áp dụng từ … theo
# Quyết định số …"); no effective day after "tiếp tục áp dụng" (``relation_verbs``); "tài
# sản công", "quản lý văn bản và điều hành" tell the reform only of the department's own
# (``areas.tells_reform``).
# 47: "thông tin" of "công nghệ thông tin", "hệ thống thông tin" or a Sở Thông tin và
# Truyền thông's name is no tuyên truyền heading, "công nghệ thông tin" is chính quyền số's;
# the reform's steering body (Ban chỉ đạo, Tổ công tác CCHC) is chỉ đạo, điều hành's; a pilot
# of electronic results or fully online service is chính quyền số's; "bưu chính công ích"
# alone tells no reform.
# 48: a "Đ" OCR read twice in a symbol's code ("26/QĐĐĐ-SYT") is read once (citation grammar).
# 49: the Word file kept beside a signed scan, its number and day blank, states no act (lives).
# 50: "quý IV và năm 2024" in a report's title is of the year 2024 (profiles' periods), not of
# a quarter of the year it was signed in.
# 51: procedures of a list named by their numbers in it, "Bãi bỏ 02 thủ tục hành chính có số
# thứ tự 12 và 17 tại Danh mục ban hành kèm theo Quyết định số …", are a part repealed
# (relation grammar: ``PROCEDURES_RE``).
# 52: a working group set up ("Thành lập Đoàn kiểm tra công tác CCHC", "Thành lập Tổ công tác
# …") is no act on the organisation (areas: ``is_organising``).
# 53: what an e-office system stamps on a file is no part of its header (the incoming
# stamp "VĂN BẢN ĐẾN — Số đến: …", "Ký bởi: … Thời gian ký: …", "Số đăng ký: …"), and the
# register's number ("Số đăng ký: 0962/VBĐi-SNgV", "Số đến: 2043") is no citation; "điều
# chỉnh Kế hoạch số 30/KH-VP …" in a decision, "được điều chỉnh tại Kế hoạch số 118/KH-VP",
# amend the plan (relation grammar); a pilot's extension whose title runs on to a "Căn cứ"
# line extends the decision whose article it rewrites, not the ground's (``relation_terms``).
# 54: a number cited with another date and another body than every file of that number and
# year (the province's "15/KH-UBND ngày 05/01/2024 của UBND tỉnh" beside the city's own
# 15/KH-UBND) is a document of its own, known from citations (registry ``_apart``).
# 55: a letter or decision acting in its issuer's name ("…, UBND thành phố thu hồi Công văn số
# …") states its own act; a letter withdrawn ("thu hồi Công văn số …") is repealed; an answer
# ("Phúc đáp Công văn số …") carries the letter out (relation grammar).
# 56: an article rewritten that is the term itself ("Sửa đổi Điều 2 Quyết định số 54/QĐ-SNV
# … như sau: "Điều 2. Thời gian thực hiện thí điểm: … đến hết ngày 30/6/2025"") moves the
# amended document's end, under any title, and is not the amending one's own term.
# 57: a plan "… chấm dứt thực hiện kể từ ngày 01/7/2025" after its citation is ended then by
# the text saying so (relation grammar: ``TERMINATE_RE``).
# 58: the documents a text keeps in force after a reorganisation ("Quyết định số 88/QĐ-UBND …
# tiếp tục được áp dụng trên địa bàn phường Bảo An đến hết ngày 31/12/2025", "Các văn bản sau
# tiếp tục được áp dụng …: …"), read into each file's claims (``continuations``).
# 59: … and the document followed ("tạm thời tiếp tục thực hiện theo Quy trình … ban hành kèm
# theo Quyết định số 86/QĐ-SKHĐT"), not a pause's end ("Hết thời hạn tạm dừng, Quyết định số
# 55/QĐ-STC tiếp tục được áp dụng") nor a day it resumes ("… kể từ ngày …").
# 60: an instrument written in running text, lower case, is the decision it was issued with
# ("Tạm dừng áp dụng quy trình nội bộ … ban hành kèm theo Quyết định số 52/QĐ-SCT", "Bãi bỏ
# Mục II (…) danh mục thủ tục hành chính ban hành kèm theo …"): the suspension and the
# partial repeal are read.
DERIVED_VERSION = 60

Progress = Callable[[float, str], None]

# New and changed files are embedded together, this many chunks at a time: the embedder
# is fastest on many rows, one Chroma upsert and one vector-cache commit serve them all,
# and an archive of one-article files would otherwise embed one or two rows per call.
# More gains little (bench/ingest.py) and delays the progress a file reports.
BATCH_CHUNKS = 128


@dataclass
class _Loaded:
    """A file read and chunked, waiting to be embedded and stored."""

    path: Path
    source: str
    sha: str
    doc: Document
    chunks: list[Chunk]
    new: bool  # not in the manifest before this run


@dataclass
class IngestReport:
    """What one ingest run did (the ``--json`` output of ``assistant ingest``)."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    repaired: int = 0
    reembedded: int = 0
    rechunked: int = 0
    chunks: int = 0
    seconds: float = 0.0
    notices: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        """The JSON contract of ``assistant ingest --json`` (counts plus details)."""
        return {
            "added": len(self.added),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "removed": len(self.removed),
            "chunks": self.chunks,
            "seconds": round(self.seconds, 3),
            "failed": self.failed,
            "repaired": self.repaired,
            "reembedded": self.reembedded,
            "rechunked": self.rechunked,
            "notices": self.notices,
            "files": {"added": self.added, "updated": self.updated, "removed": self.removed},
        }


class Indexer:
    """Owns the write side of an index folder (and a Chroma collection)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.root = Path(settings.index)
        self.slug = model_slug(settings.embeddings)
        self._embeddings: CachedEmbeddings | None = None
        self._store: VectorIndex | None = None
        self._meta: Meta | None = None
        self._lease: Lease | None = None  # the server's writer lease while writing

    @property
    def embeddings(self) -> CachedEmbeddings:
        """The cached embedder, loaded on first use."""
        if self._embeddings is None:
            inner = load_embeddings(self.settings.embeddings)
            cache = paths.embedding_cache(self.root)
            space = cache_namespace(self.slug, embedder_id(self.settings.embeddings))
            self._embeddings = CachedEmbeddings(inner, cache, namespace=space)
        return self._embeddings

    @property
    def meta(self) -> Meta:
        """Where the manifest and document cache live (index folder or Chroma server)."""
        if self._meta is None:
            self._meta = open_meta(self.settings, model_slug=self.slug)
        return self._meta

    @property
    def store(self) -> VectorIndex:
        """The Chroma collection for this embedding model."""
        if self._store is None:
            self._store = VectorIndex(self.settings, model_slug=self.slug)
        return self._store

    def ingest(
        self, targets: Iterable[Path], *, progress: Progress | None = None, bar: bool = False
    ) -> IngestReport:
        """Bring the index in line with the files under ``targets``.

        Args:
            targets: files and folders; files under a folder that were ingested
                before and are gone now are removed from the index.
            progress: called with (fraction done, message) after each file (for the UI).
            bar: show a tqdm progress bar on stderr (for the CLI).
        """
        started = time.perf_counter()
        files, scopes = discover(targets, Path(self.settings.corpus))
        report = IngestReport()
        with self._writing(), writer_lock(self.settings) as self._lease:
            manifest = self._read_manifest()
            other_embedder = self._embedder_changed(manifest, report)
            self._process_files(files, manifest, report, progress=progress, bar=bar)
            self._drop_removed(files, scopes, manifest, report)
            done = {*report.added, *report.updated}
            rechunked = self._rechunk(manifest, done, report)
            if other_embedder:
                report.reembedded = self._reembed(manifest, done | rechunked)
            changed = bool(
                report.added or report.updated or report.removed or other_embedder or rechunked
            )
            report.repaired = self._restore_missing(manifest)
            if changed or report.repaired or not self._derived_current(manifest):
                self._commit(manifest)
            report.repaired += self._delete_orphans(manifest)
        report.chunks = sum(len(e["chunks"]) for e in manifest["files"].values())
        report.seconds = time.perf_counter() - started
        return report

    def documents(self) -> list[dict]:
        """Every ingested file with its identity, chunk count, encoding and ingest time."""
        manifest = self.meta.read_manifest()
        if manifest is None:
            return []
        files = manifest["files"]
        return [
            {
                "source": source,
                "identity": entry["identity"],
                "chunks": len(entry["chunks"]),
                "encoding": entry["encoding"],
                "notes": entry["notes"],
                "ingested_at": entry["ingested_at"],
            }
            for source, entry in sorted(files.items())
        ]

    def remove(self, sources: Iterable[str], *, trash: Path | None = None) -> list[str]:
        """Drop documents from every index; with ``trash``, move their files there.

        Moving rather than deleting keeps the file (nothing is lost) while stopping the
        next ingest of the corpus folder from adding it back.

        Returns:
            The sources that were removed.
        """
        removed: list[str] = []
        with self._writing(), writer_lock(self.settings) as self._lease:
            manifest = self._read_manifest()
            for source in sources:
                if manifest["files"].pop(source, None) is None:
                    continue
                removed.append(source)
                path = source_path(source, Path(self.settings.corpus))
                if trash is not None and path.is_file():
                    trash.mkdir(parents=True, exist_ok=True)
                    path.rename(free_name(trash / path.name))
            if removed:
                self._commit(manifest)
                self._delete_orphans(manifest)
        return removed

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """Turn a failed write (disk full, read-only folder) into an error that says what to do."""
        try:
            yield
        except OSError as exc:
            raise IndexWriteError(
                f"Cannot write the index at {self.root} ({exc.strerror or exc}): free some "
                "disk space or make the folder writable, then run the ingest again. The "
                "previous index is intact and searches keep using it."
            ) from exc

    def sync_derived(self) -> dict:
        """Make the local BM25 index and registry match the committed manifest.

        Readers call this: after an ingest elsewhere (another workstation on the same
        Chroma server) or an ingest killed between its last two steps, the derived
        files are rebuilt from the document cache. While an ingest runs, the last
        complete derived files are used as they are.

        Returns:
            The committed manifest.

        Raises:
            IndexMissingError: nothing has been ingested yet.
        """
        manifest = self.meta.read_manifest()
        if manifest is None:
            where = (
                f"the Chroma server {self.settings.chroma_host}:{self.settings.chroma_port}"
                if self.settings.server_mode
                else f"{self.root}/"
            )
            raise IndexMissingError(
                f"No index at {where} — run: assistant ingest {self.settings.corpus}"
            )
        if self._derived_current(manifest):
            return manifest
        try:
            with ingest_lock(self.root, wait=0 if paths.registry(self.root).exists() else 60):
                self._rebuild_derived(manifest)
        except IndexBusyError:
            log.info("an ingest is running: searching the last complete index")
        return manifest

    def _derived_current(self, manifest: dict) -> bool:
        state = paths.derived_state(self.root)
        derived = (paths.registry(self.root), paths.relations(self.root), paths.profiles(self.root))
        if not state.exists() or not all(p.exists() for p in derived):
            return False
        built = json.loads(state.read_text(encoding="utf-8"))
        return (
            built.get("generation") == manifest.get("generation")
            and built.get("version", 1) == DERIVED_VERSION
        )

    def _commit(self, manifest: dict) -> None:
        """Rebuild the derived indexes, then commit the manifest, then drop stale caches."""
        manifest["generation"] = uuid.uuid4().hex
        self._rebuild_derived(manifest)
        if self._lease is not None:
            self._lease.ensure()  # a writer that lost the server's lease must not commit
        self.meta.write_manifest(manifest)
        self.meta.prune_docs({e["cache"] for e in manifest["files"].values()})

    def _read_manifest(self) -> dict:
        fresh = {
            "version": PIPELINE_VERSION,
            "chunking": CHUNKING_VERSION,
            **{key: version for key, (version, _) in LOADING_VERSIONS.items()},
            "embeddings": self.settings.embeddings,
            "files": {},
        }
        manifest = self.meta.read_manifest()
        if manifest is None:
            return fresh
        if manifest.get("version") != PIPELINE_VERSION:
            log.info("pipeline version changed: every file will be re-ingested")
            manifest["files"] = {s: {**e, "sha256": ""} for s, e in manifest["files"].items()}
            manifest["version"] = PIPELINE_VERSION
        for key, (version, suffixes) in LOADING_VERSIONS.items():
            if manifest.get(key, 0) != version:
                log.info("loading of %s files changed: they will be read again", "/".join(suffixes))
                manifest["files"] = {
                    s: {**e, "sha256": ""} if s.lower().endswith(suffixes) else e
                    for s, e in manifest["files"].items()
                }
                manifest[key] = version
        return manifest

    def _embedder_changed(self, manifest: dict, report: IngestReport) -> bool:
        """Whether the stored vectors were made by another embedder than the configured one
        (then every chunk is re-embedded: an index never mixes two embedders' vectors)."""
        spec = self.settings.embeddings
        made_by = manifest.get("embedder") or embedder_id(manifest.get("embeddings", spec))
        manifest["embedder"] = now = embedder_id(spec)
        if made_by == now or not manifest["files"]:
            return False
        notice = (
            f"The index's vectors were made by {made_by}; ASSISTANT_EMBEDDINGS={spec} embeds "
            f"with {now}: re-embedding every chunk so that the two are not mixed."
        )
        log.info(notice)  # the CLI prints the report's notices (a warning would print twice)
        report.notices.append(notice)
        return True

    def _rechunk(self, manifest: dict, done: set[str], report: IngestReport) -> set[str]:
        """Cut again, from the document cache, every file an older chunker cut
        (``CHUNKING_VERSION``) and not ingested in this run; store their chunks, embedding
        those whose text for the embedder changed. Returns their sources.

        The cached documents are rewritten before the commit: a run that dies here leaves
        the manifest's older version, and the next run cuts them again.
        """
        if manifest.get("chunking", 1) == CHUNKING_VERSION:
            return set()
        manifest["chunking"] = CHUNKING_VERSION
        entries = manifest["files"]
        redo = {s: e for s, e in entries.items() if s not in done}
        if not redo:
            return set()
        misses = self.embeddings.misses
        batch: list[Chunk] = []
        for doc, _ in self._cached_docs({"files": redo}):
            chunks = chunk_document(doc)
            self._write_doc_cache(entries[doc.source]["cache"], doc, chunks)
            entries[doc.source]["chunks"] = [c.id for c in chunks]
            batch += chunks
            if len(batch) >= BATCH_CHUNKS:
                self._embed_and_store(batch)
                batch = []
        self._embed_and_store(batch)
        report.rechunked = len(redo)
        notice = (
            f"This index was cut into chunks by an older version: {len(redo)} files cut again "
            f"from the document cache (not read again), "
            f"{self.embeddings.misses - misses} chunks embedded again."
        )
        log.info(notice)
        report.notices.append(notice)
        return set(redo)

    def _embed_and_store(self, chunks: list[Chunk]) -> None:
        """Embed ``chunks`` (the vector cache has those seen before) and upsert them."""
        if chunks:
            vectors = self.embeddings.embed_documents([embedding_text(c) for c in chunks])
            self.store.upsert(chunks, vectors)

    def _reembed(self, manifest: dict, done: set[str]) -> int:
        """Embed again the cached chunks of every file not (re)ingested in this run."""
        chunks = [c for _, c in self._cached_chunks(manifest) if c.source not in done]
        for lo in range(0, len(chunks), 256):
            self._embed_and_store(chunks[lo : lo + 256])
        return len(chunks)

    def _process_files(
        self,
        files: list[Path],
        manifest: dict,
        report: IngestReport,
        *,
        progress: Progress | None,
        bar: bool,
    ) -> None:
        """Load and chunk each new or changed file, and embed and store them in batches.

        Files wait, read and chunked, until they hold ``BATCH_CHUNKS`` chunks; then one
        call embeds them all (an archive of one-article files would otherwise give the
        embedder one or two rows at a time) and one upsert stores them; a scan, slow to
        read, is stored with those waiting as soon as it is read. A file is reported done
        (``progress``, the bar) once stored, in the order of ``files``.
        """
        from tqdm import tqdm

        entries = manifest["files"]
        cached = self.meta.has_docs({e["cache"] for e in entries.values() if "cache" in e})
        pending: list[_Loaded] = []
        finished: list[str] = []  # sources done or waiting, not yet reported
        reported = 0
        with tqdm(
            total=len(files), desc="ingest", unit="file", disable=not bar, leave=False
        ) as shown:
            for path in files:
                source = source_name(path, Path(self.settings.corpus))
                try:
                    sha = file_sha256(path)
                    old = entries.get(source)
                    key = paths.doc_cache_key(source, sha)
                    if old is not None and old["sha256"] == sha and key in cached:
                        report.unchanged.append(source)
                    else:
                        # A scan's page progress counts from the files reported so far
                        # (those waiting are reported after it), and the scan is stored
                        # at once: the fraction never goes back.
                        pages = _page_progress(progress, reported, len(files))
                        pending.append(self._load_file(path, source, sha, pages, old is None))
                except LoadError as exc:
                    report.failed.append({"source": source, "error": str(exc)})
                except OSError as exc:
                    error = f"{source}: cannot read ({exc})"
                    report.failed.append({"source": source, "error": error})
                finished.append(source)
                if pending and (
                    pending[-1].doc.ocr_pages or sum(len(f.chunks) for f in pending) >= BATCH_CHUNKS
                ):
                    self._store_files(pending, entries, report)
                    pending = []
                if not pending:
                    reported = _report_done(finished, reported, len(files), progress, shown)
            self._store_files(pending, entries, report)
            _report_done(finished, reported, len(files), progress, shown)

    def _load_file(
        self, path: Path, source: str, sha: str, pages: PageProgress | None, new: bool
    ) -> _Loaded:
        ocr = OcrOptions(command=self.settings.tesseract, progress=pages)
        doc = load_document(path, root=path.parent, max_bytes=self.settings.max_file_bytes, ocr=ocr)
        doc = replace(doc, source=source)
        chunks = chunk_document(doc)
        if not chunks:
            raise LoadError(source, "no text to index after loading: check the file's content")
        return _Loaded(path, source, sha, doc, chunks, new)

    def _store_files(self, loaded: list[_Loaded], entries: dict, report: IngestReport) -> None:
        """Embed the chunks of loaded files in one call, cache the documents, upsert."""
        if not loaded:
            return
        chunks = [c for f in loaded for c in f.chunks]
        vectors = self.embeddings.embed_documents([embedding_text(c) for c in chunks])
        for f in loaded:
            self._write_doc_cache(paths.doc_cache_key(f.source, f.sha), f.doc, f.chunks)
        # The old version's chunks stay until the new manifest is committed (then they are
        # orphans and go): a run that fails before that leaves the previous index whole.
        self.store.upsert(chunks, vectors)
        for f in loaded:
            entries[f.source] = {
                "sha256": f.sha,
                "cache": paths.doc_cache_key(f.source, f.sha),
                "size": f.path.stat().st_size,
                "chunks": [c.id for c in f.chunks],
                "identity": asdict(f.doc.identity),
                "encoding": f.doc.encoding,
                "notes": list(f.doc.notes),
                "ingested_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
            }
            (report.added if f.new else report.updated).append(f.source)

    def _write_doc_cache(self, key: str, doc: Document, chunks: list[Chunk]) -> None:
        # Inside the per-file loop, where an OSError means an unreadable source: a failed
        # write to the index must stop the run instead.
        with self._writing():
            self._write_doc(key, doc, chunks)

    def _write_doc(self, key: str, doc: Document, chunks: list[Chunk]) -> None:
        self.meta.write_doc(
            key,
            {
                "document": {**asdict(doc), "identity": asdict(doc.identity)},
                "chunks": [chunk_to_record(c) for c in chunks],
            },
        )

    def _drop_removed(
        self, files: list[Path], scopes: list[str], manifest: dict, report: IngestReport
    ) -> None:
        corpus = Path(self.settings.corpus)
        present = {source_name(p, corpus) for p in files}
        entries = manifest["files"]
        for source in sorted(entries):
            covered = any(
                source == s
                or (s == "" and not source.startswith("/"))
                or (s.endswith("/") and source.startswith(s))
                for s in scopes
            )
            if covered and source not in present:
                del entries[source]
                report.removed.append(source)

    def _restore_missing(self, manifest: dict) -> int:
        """Re-add chunks the manifest lists but the store lost; returns how many."""
        expected = {cid for e in manifest["files"].values() for cid in e["chunks"]}
        missing = expected - self.store.ids()
        if missing:
            self._embed_and_store([c for _, c in self._cached_chunks(manifest) if c.id in missing])
        return len(missing)

    def _delete_orphans(self, manifest: dict) -> int:
        """After a commit: delete chunks no file owns (old versions, removed files, chunks
        left by a killed run); returns how many."""
        expected = {cid for e in manifest["files"].values() for cid in e["chunks"]}
        orphans = sorted(self.store.ids() - expected)
        if orphans:
            self.store.delete(orphans)
        return len(orphans)

    def _cached_docs(self, manifest: dict) -> Iterable[tuple[Document, list[Chunk]]]:
        for entry in manifest["files"].values():
            data = self.meta.read_doc(entry["cache"])
            raw = data["document"]
            doc = Document(
                source=raw["source"],
                text=raw["text"],
                page_starts=tuple(raw["page_starts"]),
                encoding=raw["encoding"],
                identity=Identity(**raw["identity"]),
                notes=tuple(raw["notes"]),
                ocr_pages=tuple(raw.get("ocr_pages", ())),
                ocr_confidences=tuple(raw.get("ocr_confidences", ())),
                ocr_confidence=raw.get("ocr_confidence"),
            )
            yield doc, [chunk_from_record(r) for r in data["chunks"]]

    def _cached_chunks(self, manifest: dict) -> Iterable[tuple[Document, Chunk]]:
        for doc, chunks in self._cached_docs(manifest):
            for c in chunks:
                yield doc, c

    def _rebuild_derived(self, manifest: dict) -> None:
        """Rebuild the BM25 index, the citation registry and the document profiles from the
        document cache."""
        all_chunks: list[Chunk] = []
        registry = Registry()
        texts: list[SourceText] = []
        lives = Lives(registry)
        for doc, chunks in self._cached_docs(manifest):
            all_chunks.extend(chunks)
            # read again: the cache keeps what an older header parser read
            identity = parse_header(doc.text)
            texts.append(SourceText(doc.source, doc.text, identity.code, identity.issuer))
            registry.add_text(
                doc.source,
                doc.text,
                identity=identity,
                locate=_locator(doc, chunks),
                ocr=doc.ocr_spans(),
            )
            lives.add_text(doc.source, doc.text, identity=identity, locate=_locator(doc, chunks))
        LexicalIndex.build(
            all_chunks, [lexical_text(c) for c in all_chunks], [chunk_cites(c) for c in all_chunks]
        ).save(self.root)
        atomic_write_json(paths.registry(self.root), registry.to_dict())
        atomic_write_json(paths.relations(self.root), lives.to_dict())
        profiles = build_profiles(registry, texts, lives=lives)
        atomic_write_json(paths.profiles(self.root), profiles_to_json(profiles))
        atomic_write_json(
            paths.derived_state(self.root),
            {
                "generation": manifest.get("generation"),
                "version": DERIVED_VERSION,
                "ranker": ranker_version(),
            },
        )


def _locator(doc: Document, chunks: list[Chunk]) -> Callable[[int], tuple[int, str]]:
    starts = [c.start for c in chunks]

    def locate(offset: int) -> tuple[int, str]:
        import bisect

        i = max(0, bisect.bisect_right(starts, offset) - 1)
        section = chunks[i].section if chunks else ""
        return doc.page_at(offset), section

    return locate


def _report_done(
    finished: list[str], reported: int, n: int, progress: Progress | None, shown: Any
) -> int:
    """Report the files in ``finished`` done (and empty it); returns how many are now."""
    for source in finished:
        reported += 1
        shown.update()
        if progress is not None:
            progress(reported / max(1, n), source)
    finished.clear()
    return reported


def _page_progress(progress: Progress | None, i: int, n: int) -> PageProgress | None:
    """Per-page OCR progress of file ``i`` of ``n`` as (fraction of the run, message)."""
    if progress is None:
        return None
    call = progress
    return lambda done, total, message: call((i + done / max(1, total)) / max(1, n), message)
