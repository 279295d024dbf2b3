"""The Hỏi đáp sources panel: each cited document with its evidence, then the passages.

Archive text is escaped (``safe``): only our own ``<details>``, ``<b>`` and ``<mark>``
are markup. Files are named as in the archive; advice on a citation the archive does
not confirm is in Vietnamese (English for an English question).
"""

from __future__ import annotations

from pathlib import Path

from assistant.errors import AssistantError
from assistant.generation.marking import vn_date
from assistant.retrieval.query import parse_question
from assistant.ui import safe
from assistant.ui.safe import as_html, as_text, inline
from assistant.ui.wording import locator_label, source_label, vi_suggestion


def verified_numbers(answer: object) -> list[str]:
    """The numbers the answer cites that the archive confirms (marked in the chat)."""
    marks = {c.get("ident") for c in answer.citations}  # type: ignore[attr-defined]
    marks |= {f.ident for f in answer.findings if f.status == "verified"}  # type: ignore[attr-defined]
    return sorted(m for m in marks if m)


def sources_markdown(
    answer: object, corpus: Path | str | None = None, *, english: bool = False
) -> str:
    """The sources panel: each cited document expandable to its evidence, then the passages.

    Archive text is escaped (``safe``); only our own ``<details>``, ``<b>`` and
    ``<mark>`` are markup. Files are named as in the archive; advice on a citation the
    archive does not confirm is in Vietnamese (English for an English question).
    """
    from assistant.ui.handlers import STATUS_LABELS  # handlers imports this module

    parts = []
    for c in answer.citations:  # type: ignore[attr-defined]
        title = as_html(" ".join(p for p in (c.get("kind"), c.get("ident")) if p))
        date = f" ngày {vn_date(c['date'])}" if c.get("date") else ""
        where = inline(
            f"{source_label(c.get('source'), corpus)} · {locator_label(c.get('locator'))}"
        )
        parts.append(
            f'<details><summary>✓ <b class="doc-number">{title}</b>{date}</summary>\n\n'
            f"{as_text(c.get('subject'))}\n\nTệp: {where}"
            f"\n\n{_passage_with_mark(answer, c.get('ident'))}\n</details>"
        )
    for f in answer.findings:  # type: ignore[attr-defined]
        if f.status != "verified":
            advice = (f.suggestion or "") if english else vi_suggestion(f)
            number = as_html(f.ident or f.citation.text)
            parts.append(
                f'<details open><summary>⚠ <b class="doc-number">{number}'
                f"</b>: {STATUS_LABELS.get(f.status, f.status)}</summary>\n\n"
                f"{as_text(advice)}\n</details>"
            )
    if answer.sources:  # type: ignore[attr-defined]
        marks = verified_numbers(answer)
        parts.append("**Đoạn văn được truy xuất**")
        for s in answer.sources:  # type: ignore[attr-defined]
            where = as_html(
                f"[{s['n']}] {source_label(s['source'], corpus)} · {locator_label(s['locator'])}"
            )
            parts.append(
                f"<details><summary>{where}</summary>\n\n"
                f"{safe.highlight(s['text'], marks)}\n</details>"
            )
    return "\n\n".join(parts) or "*Không có nguồn.*"


def _passage_with_mark(answer: object, ident: str | None) -> str:
    if not ident:
        return ""
    for s in answer.sources:  # type: ignore[attr-defined]
        if ident in s["text"]:
            at = s["text"].index(ident)
            lo, hi = max(0, at - 200), min(len(s["text"]), at + len(ident) + 200)
            excerpt = " ".join(s["text"][lo:hi].split())
            return f"> …{safe.highlight(excerpt, [ident])}…"
    return ""


def check_question(question: str) -> None:
    """Refuse an empty or overlong question in the staff's language (Vietnamese unless
    the question is English, whose refusal the answerer words itself).

    Raises:
        AssistantError: no words, or longer than the answerer accepts.
    """
    from assistant.generation.answer import _WORD, MAX_QUESTION_CHARS

    text = " ".join((question or "").split())
    if _WORD.search(text) and parse_question(text[:MAX_QUESTION_CHARS]).language == "en":
        return
    if not text or not _WORD.search(text):
        raise AssistantError(
            "Câu hỏi chưa có từ nào: hãy gõ một câu hỏi, ví dụ «Những quyết định nào năm 2021?»."
        )
    if len(text) > MAX_QUESTION_CHARS:
        size, most = (f"{n:,}".replace(",", ".") for n in (len(text), MAX_QUESTION_CHARS))
        raise AssistantError(
            f"Câu hỏi dài {size} ký tự: hãy hỏi trong tối đa {most} ký tự; để kiểm tra "
            "trích dẫn của cả một văn bản, dán nó vào thẻ Kiểm tra trích dẫn."
        )
