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
# A portal's chrome around the document, which the document does not say: its menus, its
# breadcrumb, its banner, side links and footer (by element, or by class or id), and the page's
# title, shown in no page.
_CHROME_ELEMENTS = frozenset({"nav", "footer", "aside", "head", "title"})
_CHROME_NAMES = re.compile(
    r"(?:^|[\s_-])(?:menu|nav|navbar|navigation|breadcrumbs?|banner|sidebar|side-bar|footer"
    r"|lien-ket|links?|top-bar|topbar|site-header)(?:$|[\s_-])",
    re.IGNORECASE,
)
_CLASS_OR_ID = re.compile(r"""\b(?:class|id)\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
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
    text = _without_chrome(_HIDDEN.sub(" ", text))

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


def _is_chrome(tag: re.Match[str]) -> bool:
    if tag.group(2).lower() in _CHROME_ELEMENTS:
        return True
    names = _CLASS_OR_ID.findall(tag.group(0))
    return any(_CHROME_NAMES.search(f" {name} ") for name in names)


def _without_chrome(text: str) -> str:
    """``text`` without the portal's chrome (``_CHROME_ELEMENTS``, ``_CHROME_NAMES``): each
    such element dropped with all it holds, up to its own end tag (nested ones of its name
    counted); one left open is kept, as a browser shows it."""
    tags = list(_TAG.finditer(text))
    # each start tag's own end tag, by name (one pass: the innermost open one closes first)
    ends: dict[int, int] = {}
    open_tags: dict[str, list[int]] = {}
    for i, tag in enumerate(tags):
        if tag.group(0).endswith("/>"):
            continue
        name = tag.group(2).lower()
        if not tag.group(1):
            open_tags.setdefault(name, []).append(i)
        elif open_tags.get(name):
            ends[open_tags[name].pop()] = i
    out: list[str] = []
    pos = 0
    i = 0
    while i < len(tags):
        tag = tags[i]
        if i not in ends or not _is_chrome(tag):
            i += 1
            continue
        out.append(text[pos : tag.start()])
        out.append("\n")
        pos = tags[ends[i]].end()
        i = ends[i] + 1
    out.append(text[pos:])
    return "".join(out)
