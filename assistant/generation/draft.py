"""Draft a report section in the register of Vietnamese official reports.

Without an LLM the section is composed from the registry (one sentence per
relevant document: ``Đã tham mưu UBND tỉnh ban hành Quyết định số … ngày … về việc …``)
and from retrieved sentences that carry figures, each with its source. With an LLM
the section is generated from the same material. Either way every citation is
checked and marked before the draft is returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.citations import RegistryEntry
from assistant.generation.answer import Answer, Answerer, validate_question
from assistant.generation.documents import ScoredDocument, candidates, rank_documents, select
from assistant.generation.extractive import document_phrase
from assistant.generation.marking import Checked, check_and_mark
from assistant.generation.passages import Sentence, content_words, sentences
from assistant.retrieval.query import ParsedQuestion, parse_question
from assistant.retrieval.search import Hit

# Issuers whose documents the department drafts for the province to issue.
_PROVINCE = {"UBND", "HĐND"}
# National bodies: their documents are implemented, not drafted.
_NATIONAL = {"CP", "TTg", "QH", "VPCP", "BKHCN", "BKH&CN", "BNV", "TW"}
# The section title the prompt names: "Soạn mục <title> cho báo cáo …".
_TITLE = re.compile(
    r"(?:mục|phần|section)\s+(?P<t>.+?)(?:\s+(?:cho|trong|của|for|in)\s+|[.?!]?$)", re.IGNORECASE
)
_DIGIT = re.compile(r"\d")
MAX_FIGURES = 4
MAX_DOCUMENTS = 8


@dataclass(frozen=True)
class Draft(Answer):
    """A drafted section as the user sees it: the fields of ``Answer``.

    ``text`` is the section, every unconfirmed citation marked; ``sources`` are the
    passages drawn on; ``notice`` says what the user should know (no document of the
    asked year, LLM down…).
    """

    def to_json(self) -> dict:
        """The ``assistant draft --json`` record: ``text`` where an answer has ``answer``."""
        record = super().to_json()
        return {"text": record.pop("answer"), **record}


class Drafter:
    """Drafts report sections over one index (shares the answerer's searcher and caches)."""

    def __init__(self, answerer: Answerer) -> None:
        self.answerer = answerer

    def draft(self, request: str) -> Draft:
        """A checked draft of the section ``request`` asks for (LLM if configured)."""
        from assistant.generation.llm import LLMUnavailableError, generate_draft

        parsed = parse_question(validate_question(request))
        title = section_title(parsed, [])
        hits = self.answerer.searcher.search(title, k=8)
        documents, notice = self.documents(parsed, title)
        if self.answerer.llm is not None:
            gen = generate_draft(self.answerer, parsed, hits, [d.entry for d in documents])
            try:
                for _ in gen:
                    pass
                return self._finish(gen.checked(), hits, "llm", notice)
            except LLMUnavailableError as exc:
                notice = _join(
                    notice,
                    f"⚠ Mô hình ngôn ngữ không phản hồi ({exc}); bản nháp "
                    "dưới đây được soạn từ kho tài liệu.",
                )
                text = compose(title, documents, figures(parsed, hits))
                checked = check_and_mark(text, self.answerer.registry)
                return self._finish(checked, hits, "fallback", notice)
        text = compose(title, documents, figures(parsed, hits))
        return self._finish(
            check_and_mark(text, self.answerer.registry), hits, "extractive", notice
        )

    def documents(
        self, parsed: ParsedQuestion, topic: str
    ) -> tuple[list[ScoredDocument], str | None]:
        """Documents relevant to ``topic``, of the request's year and type.

        The year filter is dropped (with a notice) when no document has that year.
        """
        codes = [c for c in parsed.codes if c != "BC"]  # "báo cáo" names the output here
        a = self.answerer
        notice = None
        found = candidates(a.registry, parsed, codes=codes)
        if not found and parsed.years:
            years = ", ".join(map(str, parsed.years))
            notice = (
                f"Kho tài liệu không có văn bản năm {years}; bản nháp dùng các văn bản gần nhất."
            )
            found = candidates(a.registry, replace(parsed, years=()), codes=codes)
        ranked = rank_documents(found, topic, chunks=a.chunks, vectors=a.vectors)
        return select(ranked)[:MAX_DOCUMENTS], notice

    def _finish(self, checked: Checked, hits: list[Hit], mode: str, notice: str | None) -> Draft:
        return self.answerer.finish(checked, hits, mode, notice, record=Draft)


def _join(a: str | None, b: str) -> str:
    return f"{a} {b}" if a else b


def section_title(parsed: ParsedQuestion, hits: list[Hit]) -> str:
    """The title the request names, else the heading of the best passage."""
    m = _TITLE.search(parsed.clean)
    if m:
        title = m.group("t").strip(" .:")
        return title[:1].upper() + title[1:]
    if hits and hits[0].chunk.heading:
        return hits[0].chunk.heading.strip(" .:")
    return parsed.clean.rstrip(" .?")


def figures(parsed: ParsedQuestion, hits: list[Hit]) -> list[Sentence]:
    """Sentences of the best passages that carry figures and no document number."""
    asked = content_words(parsed.clean)
    out: list[Sentence] = []
    for h in hits[:4]:
        if not h.chunk.section:  # the header: place, date, title
            continue
        for s in sentences(h.chunk):
            if not _DIGIT.search(s.text) or "/" in s.text or not 40 <= len(s.text) <= 400:
                continue
            if asked and len(asked & content_words(s.text)) < min(2, len(asked)):
                continue
            out.append(s)
    return out[:MAX_FIGURES]


def document_sentence(entry: RegistryEntry) -> str:
    """One report sentence for a document, in the usual register."""
    phrase = document_phrase(entry)
    issuer = entry.issuer or ""
    if issuer in _PROVINCE and entry.code in {"QĐ", "KH", "CT"}:
        return f"Đã tham mưu UBND tỉnh ban hành {phrase}."
    if issuer in _NATIONAL or entry.code in {"NĐ", "TT", "NQ"}:
        return f"Triển khai thực hiện {phrase}."
    if issuer.startswith("SKH") or issuer.startswith("SKHCN"):
        return f"Sở đã ban hành {phrase}." if entry.code != "TTr" else f"Sở đã có {phrase}."
    return f"Thực hiện {phrase}."


def compose(title: str, documents: list[ScoredDocument], found: list[Sentence]) -> str:
    """The section: ``1. Title``, ``a)`` documents, ``b)`` results with their sources."""
    lines = [f"1. {title}", "", "a) Công tác tham mưu, ban hành văn bản", ""]
    if documents:
        lines += [f"- {document_sentence(d.entry)}" for d in documents]
    else:
        lines.append("- Chưa tìm thấy văn bản liên quan trong kho tài liệu (cần bổ sung).")
    lines += ["", "b) Kết quả thực hiện", ""]
    if found:
        lines += [f"- {s.text.rstrip('.')} (nguồn: {s.chunk.source}, {s.locator})." for s in found]
    else:
        lines.append("- Chưa có số liệu trong kho tài liệu (cần bổ sung).")
    return "\n".join(lines)
