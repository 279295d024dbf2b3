"""``chunk_document``: cut a document along its sections into retrieval-sized chunks.

A section that fits is one chunk; small sibling sections under one parent are
packed together; a long section is split on paragraphs, then lines, then
sentences, with a small overlap. No chunk spans two top-level sections (chapter,
mục, article or roman, and the outermost sections of any document). A heading
with no text of its own before its first sub-section is not left alone: it starts
the first chunk of that sub-section. ``chunk.text == doc.text[chunk.start:chunk.end]`` always.
A later piece of an article carries, as ``context``, what its text leaves out: the article's
number and title (and a law's name line, when the document's identity names nothing).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from assistant.ingest.sections import TOP_RANKS, Section, parse_sections, starts_heading
from assistant.models import Chunk, Document, Identity

_SENTENCE_END = re.compile(r"[.!?;…](?=\s)")
_WHITESPACE = re.compile(r"\s")
# Longest single line before the first section that is taken as the document's title.
_TITLE_LINE_MAX = 150
# Longest title of a section in a chunk's context (an article's title may be long).
_CONTEXT_TITLE_MAX = 200


@dataclass(frozen=True)
class _Span:
    """A stretch of text to become one chunk, with the section it is filed under."""

    start: int
    end: int
    section: Section


class _Cutter:
    """Packs and splits the spans of one document's text."""

    def __init__(self, text: str, max_chars: int, overlap: int) -> None:
        self.text = text
        self.max_chars = max_chars
        self.overlap = overlap

    def trim(self, start: int, end: int) -> tuple[int, int]:
        """``(start, end)`` without surrounding whitespace."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    def size(self, start: int, end: int) -> int:
        s, e = self.trim(start, end)
        return e - s

    def sections(self, node: Section, lead: int | None = None) -> list[_Span]:
        """The spans of ``node`` and its sub-sections, in text order.

        ``lead`` is where a heading-only parent began: its heading joins this node's first span.
        """
        start = node.start if lead is None else lead
        whole = node.kind != "root" and self.size(start, node.end) <= self.max_chars
        if whole and not any(c.rank in TOP_RANKS for c in node.children):
            return [_Span(start, node.end, node)]
        out: list[_Span] = []
        group: list[_Span] = []
        carry: int | None = None
        items: list[_Span | Section] = [*node.children]
        if node.children and (
            self.size(node.head_end, node.body_end) == 0 or self._title_line(node)
        ):
            carry = start  # a bare heading or a lone title line: it goes with what follows
        else:
            items.insert(0, _Span(start, node.body_end, node))
        for item in items:
            if isinstance(item, _Span):
                candidate = item
            else:
                item_lead, carry = carry, None
                item_start = item.start if item_lead is None else item_lead
                if (
                    node.kind == "root"
                    or item.rank in TOP_RANKS
                    or (self.size(item_start, item.end) > self.max_chars)
                ):
                    out += self._flush(group) + self.sections(item, item_lead)
                    group = []
                    continue
                candidate = _Span(item_start, item.end, item)
            if self.size(candidate.start, candidate.end) > self.max_chars:
                out += self._flush(group) + self.split(candidate)
                group = []
                continue
            if group and self.size(group[0].start, candidate.end) > self.max_chars:
                out += self._flush(group)
                group = []
            group.append(candidate)
        return out + self._flush(group)

    def _title_line(self, node: Section) -> bool:
        """Whether the text before a document's first section is one short line.

        A law's name above its first article (``Bộ luật dân sự``) is such a line: as a
        chunk of its own it answers nothing and crowds the results of every query
        naming the law; with the first article it tells which law that is.
        """
        if node.kind != "root":
            return False
        s, e = self.trim(node.head_end, node.body_end)
        return 0 < e - s <= _TITLE_LINE_MAX and "\n" not in self.text[s:e]

    def _flush(self, group: list[_Span]) -> list[_Span]:
        """One span over ``group``, filed under its first section."""
        if not group or self.size(group[0].start, group[-1].end) == 0:
            return []
        return [_Span(group[0].start, group[-1].end, group[0].section)]

    def split(self, span: _Span) -> list[_Span]:
        """``span`` cut into pieces of at most ``max_chars``, consecutive ones overlapping."""
        start, end = self.trim(span.start, span.end)
        pieces = []
        while end - start > self.max_chars:
            cut = self._cut_point(start)
            pieces.append(_Span(*self.trim(start, cut), span.section))
            start = self.trim(self._overlap_start(start, cut), end)[0]
        pieces.append(_Span(start, end, span.section))
        return pieces

    def _cut_point(self, start: int) -> int:
        """The best place to end a piece starting at ``start``: paragraph, line, sentence, word."""
        hi = start + self.max_chars
        lo = start + max(self.overlap + 1, self.max_chars // 3)
        window = self.text[lo:hi]
        for sep in ("\n\n", "\n"):
            i = window.rfind(sep)
            if i >= 0:
                return lo + i
        ends = list(_SENTENCE_END.finditer(window))
        if ends:
            return lo + ends[-1].end()
        spaces = list(_WHITESPACE.finditer(self.text, start + self.overlap + 1, hi))
        return spaces[-1].start() if spaces else hi

    def _overlap_start(self, start: int, cut: int) -> int:
        """Where the next piece starts: a sentence or word start in the last ``overlap`` chars."""
        lo = max(start + 1, cut - self.overlap)
        tail = self.text[lo:cut].rstrip()
        # The first sentence that starts in the tail; a word start if none does.
        ends = [m for m in _SENTENCE_END.finditer(tail) if m.end() < len(tail)]
        m = ends[0] if ends else _WHITESPACE.search(tail)
        return lo + m.end() if m else cut


class _Context:
    """What a chunk's text leaves out of where it sits: the article above its start.

    A law's article is often longer than a chunk; its later clauses would otherwise be
    read, by the embedder and by a person, without the article (and the law) they
    belong to. Only articles: a report's later pieces read without their headings'
    titles (bench/data/README.md, "Context of a later piece of an article").
    """

    def __init__(self, cutter: _Cutter, root: Section, identity: Identity) -> None:
        self.cutter = cutter
        self.article: dict[int, Section] = {}  # section -> the article it is in
        stack = [root]
        while stack:
            node = stack.pop()
            for child in node.children:
                if child.kind == "article":
                    self.article[id(child)] = child
                elif id(node) in self.article:
                    self.article[id(child)] = self.article[id(node)]
                stack.append(child)
        # The document's name, when its identity has none: a law's first line.
        self.name = ""
        if not (identity.kind or identity.ident or identity.subject) and cutter._title_line(root):
            self.name = " ".join(cutter.text[root.head_end : root.body_end].split())

    def __call__(self, section: Section, start: int) -> str:
        """``Bộ luật dân sự — Điều 101. Chủ thể …`` for a chunk starting at ``start`` under
        ``section``; empty outside an article or when the chunk holds its heading."""
        article = self.article.get(id(section))
        if article is None or self.cutter.trim(article.start, article.head_end)[0] >= start:
            return ""
        return " — ".join(p for p in (self.name, self._line(article)) if p)

    def _line(self, article: Section) -> str:
        """``Điều 101. Title``: the heading's own text, or for a heading line that is only
        ``Điều 101.`` the line after it."""
        title = article.title
        if not title:
            body = self.cutter.text[article.head_end : article.end].strip()
            line = body.split("\n", 1)[0].strip()
            if line and not starts_heading(line):
                title = line[:_CONTEXT_TITLE_MAX]
        return f"{article.label}. {title}" if title else article.label


def chunk_document(doc: Document, *, max_chars: int = 1000, overlap: int = 150) -> list[Chunk]:
    """Cut ``doc`` into chunks that follow its sections.

    Args:
        doc: a loaded document.
        max_chars: no chunk is longer than this.
        overlap: characters repeated between consecutive pieces of one long section.

    Returns:
        The chunks in text order, each with its section path (``II > 3 > a``,
        ``Chương II > Điều 5 > 2``), heading, pages, offsets and the doc's identity;
        ``ocr`` set on chunks that span a page read by OCR.

    Raises:
        ValueError: ``max_chars`` is below 100 or ``overlap`` is not under a third of it.
    """
    if max_chars < 100 or not 0 <= overlap < max_chars // 3:
        raise ValueError(
            f"max_chars={max_chars}, overlap={overlap}: use max_chars >= 100 "
            "and 0 <= overlap < max_chars / 3"
        )
    cutter = _Cutter(doc.text, max_chars, overlap)
    root = parse_sections(doc.text)
    spans = cutter.sections(root)
    context = _Context(cutter, root, doc.identity)
    chunks: list[Chunk] = []
    for span in spans:
        start, end = cutter.trim(span.start, span.end)
        if start == end:
            continue
        text = doc.text[start:end]
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
        first, last = doc.page_at(start), doc.page_at(end - 1)
        ocr, confidence = doc.ocr_of_pages(first, last)
        chunks.append(
            Chunk(
                id=f"{doc.source}#{len(chunks)}:{digest}",
                source=doc.source,
                text=text,
                section=" > ".join(span.section.path),
                heading=span.section.title,
                page_start=first,
                page_end=last,
                start=start,
                end=end,
                identity=doc.identity,
                ocr=ocr,
                ocr_confidence=confidence,
                context=context(span.section, start),
            )
        )
    return chunks
