"""Export a draft to Word (staff finish their reports there).

``1.`` lines become level-1 headings, ``a)`` lines level-2 headings, ``- `` lines
bulleted paragraphs; markers of unverified citations are set in red; a closing
list gives every cited document and where the archive shows it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError, ConfigError

_H1 = re.compile(r"^(?:\d+|[IVX]+)\.\s+\S")
_H2 = re.compile(r"^[a-zđ]\)\s+\S")
_MARK = re.compile(r"( ?⚠\[[^\]]*\])")


def export_docx(draft: Any, path: Path, *, title: str = "DỰ THẢO") -> Path:
    """Write ``draft`` (a ``Draft``) to ``path`` as a .docx file.

    Raises:
        ConfigError: python-docx is not installed.
        AssistantError: the file cannot be written.
    """
    try:
        import docx
        from docx.shared import RGBColor
    except ImportError as exc:
        raise ConfigError("DOCX export needs python-docx: pip install python-docx") from exc
    document = docx.Document()
    document.add_heading(title, level=0)
    if draft.notice:
        document.add_paragraph(draft.notice)
    for line in draft.text.splitlines():
        _add_line(document, line.strip(), RGBColor(0xC0, 0x00, 0x00))
    if draft.citations:
        document.add_heading("Văn bản được trích dẫn", level=1)
        for c in draft.citations:
            where = ", ".join(p for p in (c.get("source"), c.get("locator")) if p)
            document.add_paragraph(
                f"{c['ident']} ({c.get('date') or 'không rõ ngày'}): {where}", style="List Bullet"
            )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        document.save(str(path))
    except OSError as exc:
        raise AssistantError(f"Cannot write {path} ({exc}): choose another --docx path") from exc
    return path


def _add_line(document: Any, line: str, red: Any) -> None:
    if not line:
        return
    if _H1.match(line):
        document.add_heading(line, level=1)
        return
    if _H2.match(line):
        document.add_heading(line, level=2)
        return
    bullet = line.startswith("- ")
    paragraph = document.add_paragraph(style="List Bullet" if bullet else None)
    for part in _MARK.split(line[2:] if bullet else line):
        if not part:
            continue
        run = paragraph.add_run(part)
        if _MARK.fullmatch(part):
            run.font.color.rgb = red
            run.bold = True
