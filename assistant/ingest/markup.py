"""Text saved with its HTML: an e-office export (``<p>Số: 1420/SNNMT-VP</p>``, ``&nbsp;``)
in a ``.txt`` file, or an ``.html`` page, read as the text a person sees.

A header line wrapped in ``<p style="…">`` is no header to ``parse_header``, and tags
and entities between a citation's words break it; so the tags go, a block's end (a
paragraph, a line break, a row) becomes a new line, a table's cells are joined by ``|``
as a DOCX table's are (``word._table_lines``), and entities are decoded. Only text that
plainly is markup is touched: tags laying out its blocks, not a stray "<" in a figure nor a
few inline tags quoted in a sentence.
"""

from __future__ import annotations

import html
import re

# Elements whose start or end is a line break in what a browser shows.
_BLOCKS = frozenset(
    {
        "address", "article", "blockquote", "body", "br", "caption", "center", "dd", "div",
        "dl", "dt", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
        "hr", "html", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "thead",
        "tfoot", "title", "tr", "ul",
    }
)
_CELLS = frozenset({"td", "th"})
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*?/?>")
# What no reader sees: scripts, styles, comments, a document type.
_HIDDEN = re.compile(
    r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<!DOCTYPE[^>]*>|<\?xml[^>]*\?>",
    re.IGNORECASE | re.DOTALL,
)
# This many tags laying out blocks or cells make a text markup.
MIN_TAGS = 3


def is_markup(text: str) -> bool:
    """Whether ``text`` is HTML: a page's start, or at least ``MIN_TAGS`` tags that lay out
    blocks (paragraphs, line breaks, rows, cells). A text quoting a few inline tags ("<b>",
    "<img src=x …>", a hostile document's) is text, shown as written."""
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    known = _BLOCKS | _CELLS
    found = 0
    for m in _TAG.finditer(text):
        if m.group(2).lower() in known:
            found += 1
            if found >= MIN_TAGS:
                return True
    return False


def markup_to_text(text: str) -> str:
    """The text a browser would show of ``text``: blocks on their own lines, a row's cells
    joined by `` | ``, entities decoded (``&nbsp;`` a space), no tags."""
    # (the source's own line breaks stay: a page copied with its header typed above the
    # tags keeps its header lines)
    text = _HIDDEN.sub(" ", text)

    def tag(m: re.Match[str]) -> str:
        closing, name = m.group(1), m.group(2).lower()
        if name in _CELLS:
            return " | " if closing else ""
        if name in _BLOCKS:
            return "\n"
        return ""

    text = _TAG.sub(tag, text)
    text = html.unescape(text).replace("\u00a0", " ")
    lines = []
    for line in text.split("\n"):
        line = " ".join(line.split())
        # a row's last cell leaves a separator at its end
        line = re.sub(r"(?:\s*\|)+$", "", line).strip()
        lines.append(line)
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip() + "\n"
