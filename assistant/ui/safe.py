"""Archive text shown as text: escaped for the UI's Markdown and HTML renderers.

Gradio renders a Chatbot message or a ``gr.Markdown`` value as Markdown with HTML
allowed, then sanitises it: scripts are stopped, markup is not. A document whose text
holds ``<img src=x onerror=…>``, ``</details><details open>`` or ``[link](javascript:…)``
would become elements in the page. Every piece of archive (or model) text goes through
``as_text`` before it joins our own markup; the cited numbers are then marked with
``highlight``, which escapes first and adds ``<mark>`` itself.

The escaped string still holds document numbers and dates as written (``15/QĐ-SKHCN``,
``12/3/2023``): only characters that Markdown or HTML would read as syntax change, and
they render back to themselves.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

# Characters that open inline Markdown syntax anywhere in a line: emphasis, code,
# links and images, strikethrough, tables, LaTeX ($$ is Gradio's default delimiter),
# and the backslash itself. A backslash before ASCII punctuation renders the character.
_INLINE = re.compile(r"([\\`*_\[\]~|$])")
# What makes a line a block: heading, list item, ordered item, setext underline,
# thematic break, blockquote (already &gt; by then) — at the line's start.
_LINE_START = re.compile(r"^([#+=-])", re.MULTILINE)
# An ordered item's number is not punctuation: its dot or parenthesis is escaped instead.
_ORDERED = re.compile(r"^(\d{1,9})([.)])", re.MULTILINE)
# Four spaces or a tab would start a code block: the indentation carries no meaning here.
_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)
# Bare URLs and e-mail addresses, which GFM turns into links by itself.
_AUTOLINK = re.compile(r"(?i)\b(https?|ftp)://|\bwww\.|@")
_AUTOLINK_SAFE = {"www.": "www&#46;", "@": "&#64;"}

# Private-use characters that stand for <mark> and </mark> while the text is escaped
# (removed from the input first, so a document cannot forge them).
_OPEN, _CLOSE = "\ue000", "\ue001"
_PRIVATE = str.maketrans({_OPEN: None, _CLOSE: None})


def as_text(text: str | None) -> str:
    """``text`` escaped so that Gradio's Markdown shows it exactly as written.

    HTML special characters become entities; Markdown syntax is backslash-escaped;
    line starts that would make headings, lists or code blocks are neutralised; bare
    URLs are not turned into links. Line breaks are kept.

    Example: ``"<b>x</b> [a](javascript:y)"`` →
    ``"&lt;b&gt;x&lt;/b&gt; \\[a\\](javascript:y)"``.
    """
    return _escape((text or "").translate(_PRIVATE))


def _escape(text: str) -> str:
    out = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = _INLINE.sub(r"\\\1", out)
    out = _INDENT.sub("", out)
    out = _ORDERED.sub(r"\1\\\2", out)
    out = _LINE_START.sub(r"\\\1", out)
    return _AUTOLINK.sub(_unlink, out)


def _unlink(m: re.Match[str]) -> str:
    word = m.group(0)
    if m.group(1):
        return f"{m.group(1)}&#58;//"
    return _AUTOLINK_SAFE.get(word.lower(), word)


def highlight(text: str | None, marks: Iterable[str]) -> str:
    """``as_text(text)`` with each occurrence of the strings in ``marks`` in ``<mark>``.

    The text is escaped first; the only markup in the result is ours.

    Example: ``highlight("Theo 15/QĐ-SKHCN <b>", ["15/QĐ-SKHCN"])`` →
    ``"Theo <mark>15/QĐ-SKHCN</mark> &lt;b&gt;"``.
    """
    plain = (text or "").translate(_PRIVATE)
    words = sorted({m for m in marks if m and m.strip()}, key=len, reverse=True)
    if words:
        pattern = re.compile("|".join(re.escape(w) for w in words))
        plain = pattern.sub(lambda m: f"{_OPEN}{m.group(0)}{_CLOSE}", plain)
    return _escape(plain).replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")


def as_html(text: str | None) -> str:
    """``text`` for inside an HTML tag of ours (``<summary>…</summary>``), on one line.

    Markdown is not read inside an HTML block, so only HTML's characters are escaped
    (a backslash would show); ``$`` too, since Gradio finds LaTeX before Markdown.
    """
    out = html.escape(" ".join((text or "").split()), quote=True)
    return out.replace("$", "&#36;")


def inline(text: str | None) -> str:
    """``as_text`` on one line: line breaks become spaces (for a summary or a table cell)."""
    return as_text(" ".join((text or "").split()))


_BACKSLASHED = re.compile(r"\\([!-/:-@\[-`{-~])")


def plain(shown: str | None) -> str:
    """Undo ``as_text``/``highlight`` for reading back what the chat shows (not for display).

    Example: ``plain("&lt;b&gt; \\*x\\* <mark>15/QĐ-SKHCN</mark>")`` →
    ``"<b> *x* 15/QĐ-SKHCN"``.
    """
    text = (shown or "").replace("<mark>", "").replace("</mark>", "")
    return html.unescape(_BACKSLASHED.sub(r"\1", text))
