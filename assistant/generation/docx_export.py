"""Export a draft or a whole report to Word, in the layout of Nghị định 30/2020, Phụ lục I.

Staff finish their reports in Word: the file has the issuer block, Quốc hiệu and
Tiêu ngữ, ``Số: /BC-…``, the place and date line, ``BÁO CÁO`` with its trích yếu,
the body, Nơi nhận and the signature block (``docx_layout``). In the body ``I.``/``1.``
lines are headings, ``-`` and ``+`` lines items; markers of unverified citations are
set in red; a closing list gives every cited document and where the archive shows it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from assistant.generation import docx_layout as layout
from assistant.generation.docx_layout import Letterhead

_H1 = re.compile(r"^(?:\d+|[IVX]+)\.\s+\S")
_H2 = re.compile(r"^[a-zđ]\)\s+\S")


def export_docx(
    draft: Any, path: Path, *, title: str = "DỰ THẢO", letterhead: Letterhead | None = None
) -> Path:
    """Write ``draft`` (a ``Draft``) to ``path`` as a .docx file in the official layout.

    Args:
        draft: the draft (``text``, ``notice``, ``citations``).
        path: where to write.
        title: the mark above the header (a draft is not yet a text).
        letterhead: issuer, place and symbol; placeholders for staff when None.

    Raises:
        ConfigError: python-docx is not installed.
        AssistantError: the file cannot be written.
    """
    document = layout.new_document()
    if title:
        layout.add_body_line(document, title)
        document.paragraphs[-1].runs[0].bold = True
    layout.add_header(document, letterhead or Letterhead())
    layout.add_title(document, "BÁO CÁO", _subject(draft.text))
    if draft.notice:
        layout.add_body_line(document, draft.notice)
        for r in document.paragraphs[-1].runs:
            r.italic = True
    for line in draft.text.splitlines():
        line = line.strip()
        level = 1 if _H1.match(line) else 2 if _H2.match(line) else None
        layout.add_body_line(document, line, level=level)
    layout.add_closing(document, letterhead or Letterhead())
    _cited(document, draft.citations)
    return layout.save(document, path)


def export_report(report: Any, path: Path, *, text: str | None = None) -> Path:
    """Write a ``Report`` to ``path`` as a .docx file in the official layout.

    Args:
        report: the report (sections, title, letterhead).
        path: where to write.
        text: the body as edited by staff (headings and text as ``Report.text()`` gives
            them); the report's own sections when None.
    """
    document = layout.new_document()
    layout.add_header(document, report.letterhead)
    layout.add_title(document, "BÁO CÁO", report.title)
    if text is None:
        for s in report.sections:
            layout.add_body_line(document, s.heading, level=s.level)
            for line in s.text.splitlines():
                layout.add_body_line(document, line)
    else:
        for line in text.splitlines():
            line = line.strip()
            level = _level(line)
            layout.add_body_line(document, line, level=level)
    layout.add_body_line(
        document,
        f"Trên đây là báo cáo {report.title[:1].lower() + report.title[1:]}"
        f"{' của ' + _title_case(report.letterhead.issuer) if report.letterhead.issuer else ''}./.",
    )
    layout.add_closing(document, report.letterhead)
    citations = [c for s in report.sections for c in getattr(s, "citations", ())]
    _cited(document, citations)
    return layout.save(document, path)


def _level(line: str) -> int | None:
    if re.match(r"^[IVX]+\.\s+\S", line):
        return 1
    if re.match(r"^\d+\.\s+\S", line) and not line.endswith("."):
        return 2
    if _H2.match(line) and len(line) < 120 and not line.endswith("."):
        return 3
    return None


def _title_case(issuer: str) -> str:
    words = issuer.lower().split()
    return " ".join([words[0].capitalize(), *words[1:]]) if words else issuer


def _subject(text: str) -> str:
    """The draft's trích yếu: its first heading's title."""
    for line in text.splitlines():
        line = line.strip()
        if _H1.match(line):
            return line.split(" ", 1)[1]
    return "Dự thảo báo cáo"


def _cited(document: Any, citations: Any) -> None:
    """The cited documents and where the archive shows them, on a page of their own."""
    if not citations:
        return
    from docx.enum.text import WD_BREAK

    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Văn bản được trích dẫn", level=1)
    for c in citations:
        where = ", ".join(p for p in (c.get("source"), c.get("locator")) if p)
        layout.add_body_line(
            document, f"- {c['ident']} ({c.get('date') or 'không rõ ngày'}): {where}"
        )
