"""Sentences of retrieved chunks, and the context around each mention of a document.

The chunks come from the lexical index (every chunk of the archive, with its
offsets), so a registry mention (source + offset) can be read back in place.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from assistant.citations import Mention, RegistryEntry
from assistant.citations.normalize import fold
from assistant.ingest.sections import heading_title
from assistant.models import Chunk
from assistant.retrieval.glossary import blend
from assistant.retrieval.query import parse_question

# A sentence ends at . ! ? followed by space, or at a line break. Dates (28/6/2021),
# numbers (9001:2015) and symbols (QĐ-UBND) hold no such break, so citations stay whole.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
# A sentence longer than this is cut to a window around the point of interest.
MAX_CONTEXT = 420


@dataclass(frozen=True)
class Sentence:
    """One sentence of a chunk, with where it is."""

    text: str
    chunk: Chunk
    start: int  # offset in the document text

    @property
    def locator(self) -> str:
        """Page and section, as in ``Chunk.locator``."""
        return self.chunk.locator


# A numbering marker alone before a break (``2. Cải cách``) does not end a sentence.
_MARKER = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]")


def _runs_on(text: str, m: re.Match[str]) -> bool:
    """Whether a line break goes on with the same sentence: the line before ends with no
    punctuation and the next starts in lower case, not with a marker (``a)``). A text
    made from a PDF has such breaks where its pages broke ("theo\n\nđúng quy định")."""
    before = text[m.start() - 1] if m.start() else "."
    after = text[m.end()] if m.end() < len(text) else ""
    return (
        "\n" in m.group()
        and before not in ".!?…:;"
        and after.islower()
        and not _MARKER.match(text, m.end())
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty sentence of ``text``, stripped."""
    spans = []
    pos = 0
    for m in [*_SENTENCE_END.finditer(text), None]:
        if m is not None and (
            _MARKER.fullmatch(text, pos, m.start())
            or _runs_on(text, m)
            # a line break inside brackets goes on ("(tháng 01: 9.712; tháng 02:\n7.305; …)"
            # as a PDF wraps it)
            or (
                "\n" in m.group()
                and text.count("(", pos, m.start()) > text.count(")", pos, m.start())
            )
        ):
            continue
        end = m.start() if m else len(text)
        piece = text[pos:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((pos + lead, pos + len(piece.rstrip())))
        pos = m.end() if m else len(text)
    return spans


def sentences(chunk: Chunk, *, cells: bool = False) -> list[Sentence]:
    """The sentences of a chunk, without its bare heading lines (``3. Cải cách …``) nor
    short bits; a table row giving a figure is one however short ("Hồ sơ tiếp nhận | 12.164").
    With ``cells`` (a figure asked), a row under a table's header gives a sentence for each
    of its figures, quoted with its column's name (``table_cells``): "Chỉ tiêu | Quý II …
    Hồ sơ tiếp nhận năm 2023 | 900" is the quarter's figure, which the whole row gives
    beside three others; "Quý | Tiếp nhận (hồ sơ) … Quý II | 2.830", a row of a period."""
    out: list[Sentence] = []
    header = caption = said = ""
    for s, e in sentence_spans(chunk.text):
        text, before, said = chunk.text[s:e], said, chunk.text[s:e]
        if cells and _RULE_ROW.fullmatch(text):
            continue  # "|-----|------|": a Markdown table's rule under its header
        if _is_table_header(text.strip().strip("|") if cells else text):
            header = text  # "Tháng | Tiếp nhận | Đúng hạn": what the next rows' cells are
            # the line leading to it ("Số hồ sơ tiếp nhận theo lĩnh vực năm 2023:")
            caption = before if before.endswith(":") and "|" not in before else ""
            continue
        if "|" not in text:
            header = ""
        elif header:
            # (a row of a period too: "Quý II | 2.830 | 2.824" gives the quarter's dossiers
            # received, and those settled on time, each under its column's name)
            split = table_cells(header, text, caption) if cells else []
            out.extend(Sentence(t, chunk, chunk.start + s + at) for t, at in split)
            if _PERIOD_ROW.match(text):
                # "02/2026 | 512 | 94": a row of figures by period says what it counts only
                # through its table's header, quoted with it (after its cells: the whole
                # row names every column)
                text = f"{header} {ROW_AFTER_HEADER} {text}"
            elif split:
                continue
        short = len(text) < 25 and not _FIGURE_ROW.search(text)
        if short or text == chunk.heading or _is_heading(text) or FILE_NOTE.fullmatch(text):
            continue
        out.append(Sentence(text, chunk, chunk.start + s))
    return out


# A Markdown table's rule row: "|-----|:---:|".
_RULE_ROW = re.compile(r"[\s|:-]*-[\s|:-]*")
# A table's numbering column ("STT", "TT"), folded: no figure of what the row counts.
_NUMBERING_COLUMN = re.compile(r"(?:s\.?\s*)?tt|so tt|so thu tu")
# A table cell giving a figure: "900", "1.620", "98,7%", "98,7 %".
_FIGURE_CELL = re.compile(r"\d[\d.,]*\s*%?")


def _cells(row: str) -> list[tuple[str, int]]:
    """A table row's cells, a Markdown row's outer bars aside, each with where it starts in
    ``row``."""
    body = row.strip()
    lead = len(row) - len(row.lstrip()) + (1 if body.startswith("|") else 0)
    body = body.strip("|")
    out, at = [], lead
    for cell in body.split("|"):
        out.append((cell.strip(), at + len(cell) - len(cell.lstrip())))
        at += len(cell) + 1
    return out


def table_cells(header: str, row: str, caption: str = "") -> list[tuple[str, int]]:
    """The figures of a table ``row`` under its ``header``, each quoted with its column's
    name (after the table's ``caption``, the line leading to it) and where it is in the
    row: "Số hồ sơ tiếp nhận theo lĩnh vực năm 2023: Lĩnh vực | Đất đai … Số hồ sơ |
    5.470" for the row "Số hồ sơ | 5.470 | 760 | …" under "Lĩnh vực | Đất đai | Môi
    trường | …"; none when the two do not have as many cells, or the row gives fewer than
    two figures (a single figure is quoted with its whole row). A numbering column ("STT")
    is no figure."""
    names = [name for name, _ in _cells(header)]
    cells = _cells(row)
    values = [value for value, _ in cells]
    if len(names) != len(values) or len(names) < 3:
        return []
    if _NUMBERING_COLUMN.fullmatch(fold(names[0]).strip()):
        names, values, cells = names[1:], values[1:], cells[1:]
    if len(names) < 2 or _FIGURE_CELL.fullmatch(values[0]):
        return []
    figures = [j for j in range(1, len(values)) if _FIGURE_CELL.fullmatch(values[j])]
    if len(figures) < 2:
        return []
    lead = f"{caption} " if caption else ""
    return [
        (
            f"{lead}{names[0]} | {names[j]} {ROW_AFTER_HEADER} {values[0]} | {values[j]}",
            cells[j][1],
        )
        for j in figures
    ]


# A table's header row: cells of words, no figure ("Tháng | Hồ sơ tiếp nhận | Vốn đăng ký");
# a year names a column ("Cùng kỳ năm 2023 (lũy kế)"), it counts nothing.
_TABLE_HEADER = re.compile(r"^[^\d|]+(?:\|[^\d|]+)+$")
_COLUMN_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,])")


def _is_table_header(text: str) -> bool:
    return bool(_TABLE_HEADER.match(_COLUMN_YEAR.sub("", text)))
# A row whose first cell is a period ("02/2026", "Quý II/2023", "Năm 2024", "6 tháng 2026").
_PERIOD_ROW = re.compile(
    r"^\s*(?:\d{1,2}/\d{4}|(?:[Qq]uý|[Tt]háng|[Nn]ăm|\d{1,2}\s+tháng)\b[^|]*)\s*\|\s*\d"
)
# Between a table's header and a row of it, where the two are quoted as one.
ROW_AFTER_HEADER = "…"


_HEADING = re.compile(r"^(?:[IVX]+\.|\d+\.|[a-zđ]\))\s+\S")
# A note about the file in square brackets, not the document's words: "[Hết — TÀI LIỆU
# MẪU …]", "[Trang 2]", "[Bản sao điện tử]".
FILE_NOTE = re.compile(r"\[[^\[\]]*\]")
# A table row naming what it counts, then a number: "Hồ sơ tiếp nhận | 12.164".
_FIGURE_ROW = re.compile(r"[^\W\d_]{2,}.*\|\s*\d")


def _is_heading(text: str) -> bool:
    return bool(_HEADING.match(text)) and len(text) < 160 and not text.endswith(".")


_TOKEN = re.compile(r"[^\W_]+")
# Words that carry no topic, folded (no diacritics).
_STOP_WORDS = (
    "nhung cac nao la gi co cua va duoc da bao nhieu hom nay khong nam trong theo ve cho "
    "voi tai mot nhu the nao sao ai o den tu "
    # asking words: "trước khi", "vào", "rồi", "chưa", "sẽ", "bị" (not "mấy", "đang", "thì",
    # "mà": folded, they are "bộ máy", "đăng tin", "thi hành", "mã")
    "truoc khi vao roi chua se bi "
    "the of in on a an what which how many much is are was were did does do to for and "
    "by from with who when where why list all"
)
_STOP = frozenset(_STOP_WORDS.split())


def content_words(text: str) -> set[str]:
    """Folded words of ``text`` that carry its topic (no stop words, no one-letter words)."""
    return {w for w in _TOKEN.findall(fold(text)) if len(w) > 1 and w not in _STOP}


def topic_of(chunk: Chunk) -> str:
    """The section two levels deep that holds ``chunk`` (``II > 3`` for ``II > 3 > a``)."""
    return " > ".join(chunk.section.split(" > ")[:2])


class ChunkMap:
    """Every chunk of the archive by source and offset: reads mentions in place."""

    def __init__(self, chunks: Sequence[Chunk]) -> None:
        self._by_source: dict[str, list[Chunk]] = {}
        for c in chunks:
            self._by_source.setdefault(c.source, []).append(c)
        for cs in self._by_source.values():
            cs.sort(key=lambda c: c.start)
        self._starts = {s: [c.start for c in cs] for s, cs in self._by_source.items()}

    def by_topic(self, scores: dict[str, float]) -> dict[tuple[str, str], float]:
        """The best of ``scores`` (chunk id -> score) in each (source, topic), a topic being
        a section two levels deep (``II > 3`` holds ``II > 3 > a`` and ``II > 3 > c``)."""
        best: dict[tuple[str, str], float] = {}
        for source, chunks in self._by_source.items():
            for c in chunks:
                if c.id in scores:
                    key = (source, topic_of(c))
                    best[key] = max(best.get(key, 0.0), scores[c.id])
        return best

    def sources(self) -> list[str]:
        """Every file the chunks are of."""
        return sorted(self._by_source)

    def of_source(self, source: str) -> list[Chunk]:
        """Every chunk of ``source``, in text order."""
        return list(self._by_source.get(source, []))

    def of_file(self, entry: RegistryEntry) -> list[Chunk]:
        """Every chunk of ``entry``'s own file, in text order; [] if the archive holds none."""
        return self.of_source(entry.own_source) if entry.own_source else []

    def in_topic(self, chunk: Chunk) -> list[Chunk]:
        """The chunks of ``chunk``'s source and topic (see ``topic_of``), in text order."""
        topic = topic_of(chunk)
        return [c for c in self._by_source.get(chunk.source, []) if topic_of(c) == topic]

    def chunk_at(self, source: str, offset: int) -> Chunk | None:
        """The chunk of ``source`` that holds ``offset`` (the later one where chunks overlap)."""
        chunks = self._by_source.get(source)
        if not chunks:
            return None
        i = bisect.bisect_right(self._starts[source], offset) - 1
        while i >= 0 and not chunks[i].start <= offset < chunks[i].end:
            i -= 1
        return chunks[i] if i >= 0 else None

    def context(self, mention: Mention) -> tuple[str, Chunk] | None:
        """The sentence around a mention, led by its section heading, and its chunk."""
        chunk = self.chunk_at(mention.source, mention.start)
        if chunk is None:
            return None
        rel = mention.start - chunk.start
        for s, e in sentence_spans(chunk.text):
            if s <= rel < e:
                lo, hi = s, e
                break
        else:
            lo, hi = max(0, rel - MAX_CONTEXT // 2), rel + MAX_CONTEXT // 2
        if hi - lo > MAX_CONTEXT:
            lo, hi = max(lo, rel - MAX_CONTEXT // 3), min(hi, rel + 2 * MAX_CONTEXT // 3)
        text = " ".join(chunk.text[lo:hi].split())
        heading = heading_at(chunk, rel)
        # (a sentence that opens its section already holds the heading line)
        return (f"{heading}: {text}" if heading and heading not in text else text), chunk


class VectorCache:
    """Passage vectors by text, kept for the life of the process (contexts repeat)."""

    def __init__(self, embeddings: object, *, limit: int = 20000) -> None:
        self.embeddings = embeddings
        self.limit = limit
        self._vectors: dict[str, np.ndarray] = {}
        self._queries: dict[str, np.ndarray] = {}

    def passages(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised row per text."""
        todo = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if todo:
            if len(self._vectors) + len(todo) > self.limit:
                self._vectors.clear()
            vectors = self.embeddings.embed_documents(todo)  # type: ignore[attr-defined]
            self._vectors.update(zip(todo, (_unit(v) for v in vectors), strict=True))
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([self._vectors[t] for t in texts])

    def question(self, text: str) -> np.ndarray:
        """The vector a question is matched with: an English one is blended with its
        Vietnamese gloss, as search does (``retrieval.glossary``)."""
        q = self.query(text)
        glossed = parse_question(text).gloss
        return blend(q, self.query(glossed)) if glossed else q

    def query(self, text: str) -> np.ndarray:
        """The query vector (the last few are kept: one answer asks for it several times)."""
        if text not in self._queries:
            if len(self._queries) >= 64:
                self._queries.pop(next(iter(self._queries)))
            self._queries[text] = _unit(self.embeddings.embed_query(text))  # type: ignore[attr-defined]
        return self._queries[text]


def _unit(v: Sequence[float]) -> np.ndarray:
    a = np.asarray(v, dtype=np.float32)
    n = float(np.linalg.norm(a))
    return a / n if n else a


def heading_at(chunk: Chunk, offset: int) -> str:
    """The title of the section ``offset`` (in ``chunk.text``) lies in: the last heading
    line of the chunk at or before it, else the chunk's own heading. Small sibling
    sections are packed into one chunk filed under the first ("1. Cải cách thể chế",
    "2. Cải cách thủ tục hành chính"): a sentence of the second is not the first's."""
    line_end = chunk.text.find("\n", offset)
    head = chunk.text[: len(chunk.text) if line_end < 0 else line_end]
    titles = [t for line in head.splitlines() if (t := heading_title(line))]
    return titles[-1] if titles else chunk.heading
