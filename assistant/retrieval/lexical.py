"""The lexical index: BM25 (bm25s) over the same chunks as the vector store.

Vietnamese is written in syllables separated by spaces, and most words are two
or three syllables long (``cải cách``, ``hành chính``), so the tokeniser emits
syllables plus adjacent-syllable bigrams inside a phrase; document numbers
(``1753/qđ-ubnd``) are kept whole as well as split.

The index is a folder written whole and then published by rewriting a pointer
file atomically, so a reader never sees half an index.
"""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from itertools import pairwise
from pathlib import Path

import bm25s
import numpy as np

from assistant.archive.periods import EN_MONTH, EN_MONTHS
from assistant.citations.normalize import fold
from assistant.fsutil import atomic_write_text
from assistant.models import Chunk, Identity

# Phrase boundaries: bigrams never span punctuation.
_PHRASE_SPLIT = re.compile(r"[.,;:!?()\[\]{}\"“”‘’'…\n\t|–—]+")
# A syllable or number: letters/digits, no underscore.
_SYLLABLE = re.compile(r"[^\W_]+")
# A document number kept whole: 1753/QĐ-UBND, 107/2020/NĐ-CP, 12-CTr/TU.
_DOC_NUMBER = re.compile(r"\d+[a-z]?(?:[-/][^\W_]+(?:&[^\W_]+)?)*/[^\W_]+(?:[-&][^\W_]+)*")

# Dates in the forms people write them, so "the letter of October 2021" or "tháng
# 10/2021" meets "ngày 04/10/2021": each becomes a month token (@2021-10) and, with a
# day, a day token (@2021-10-04). Matched on lower-cased text.
_DATES = re.compile(
    # 04/10/2021, 4-10-2021, 04.10.2021 (not inside a document number: 12/2021/nđ-cp)
    r"(?<![\w/.\-])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\w/\-])"
    # [ngày 4] tháng 10 năm 2021, tháng 10/2021, tháng 10-2021
    r"|(?:ngày\s+(?P<d2>\d{1,2})\s+)?tháng\s+(?P<m2>\d{1,2})\s*(?:,?\s*năm\s+|[/\-])"
    r"(?P<y2>(?:19|20)\d\d)(?!\d)"
    # 4 October 2021, October 4, 2021, October 2021, oct. 2021
    rf"|(?:(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?\b(?P<m3>{EN_MONTH})\b\.?"
    r"\s*(?:(?P<d4>\d{1,2})(?:st|nd|rd|th)?,?\s*)?(?:of\s+)?(?P<y3>(?:19|20)\d\d)(?!\d)"
)

_POINTER = "lexical.current"


@dataclass(frozen=True)
class LexicalOptions:
    """How chunks are tokenised and scored; saved with the index, so queries match it."""

    # k1 0.9 (was 1.2): BM25 alone +0.017 MRR@10 on ALQAC 2023 train, +0.006 on ALQAC 2022.
    k1: float = 0.9
    b: float = 0.75
    # Adjacent-syllable pairs stand in for words: without them ALQAC 2022 BM25 drops
    # 0.929 → 0.891 (pyvi's word segmentation on top of them added nothing).
    bigrams: bool = True
    # Each syllable and pair also without diacritics (``~quyet_dinh``), for questions typed
    # without them ("quyet dinh sap xep to chuc"). An index saved before this reads False.
    folded: bool = True


def tokenize(text: str, *, bigrams: bool = True, folded: bool = False) -> list[str]:
    """Tokens for BM25: lower-cased syllables, syllable bigrams, whole document numbers
    and dates (see ``date_tokens``); with ``folded``, the syllables and bigrams again
    without diacritics, marked ``~``.

    Example: ``"Quyết định 1753/QĐ-UBND"`` →
    ``["1753/qđ-ubnd", "quyết", "định", "1753", "qđ", "ubnd", "quyết_định", …]``.
    """
    text = unicodedata.normalize("NFC", text).lower()
    tokens = _numbers_and_dates(text) + _words(text, bigrams=bigrams)
    if folded:
        tokens.extend(f"~{w}" for w in _words(fold(text), bigrams=bigrams))
    return tokens


def unaccented_tokens(text: str, *, bigrams: bool = True) -> list[str]:
    """Query tokens for a question typed without diacritics: its document numbers and
    dates as written, its syllables and bigrams as ``~`` tokens (see ``tokenize``)."""
    text = unicodedata.normalize("NFC", text).lower()
    return _numbers_and_dates(text) + [f"~{w}" for w in _words(fold(text), bigrams=bigrams)]


def _numbers_and_dates(text: str) -> list[str]:
    """Whole document numbers and date tokens of lower-cased ``text``: kept as written."""
    return [m.group(0) for m in _DOC_NUMBER.finditer(text)] + date_tokens(text)


def _words(text: str, *, bigrams: bool) -> list[str]:
    """Syllables, and adjacent pairs inside a phrase (bigrams never span punctuation)."""
    words: list[str] = []
    for phrase in _PHRASE_SPLIT.split(text):
        syllables = _SYLLABLE.findall(phrase)
        words.extend(syllables)
        if bigrams:
            words.extend(f"{a}_{b}" for a, b in pairwise(syllables))
    return words


def date_tokens(text: str) -> list[str]:
    """Month and day tokens for the dates in lower-cased ``text`` (see ``_DATES``).

    Example: ``"ngày 04/10/2021"`` → ``["@2021-10", "@2021-10-04"]``; ``"october 2021"``
    → ``["@2021-10"]``.
    """
    tokens: list[str] = []
    for m in _DATES.finditer(text):
        if m.group("y"):
            day, month, year = m.group("d"), int(m.group("m")), m.group("y")
        elif m.group("y2"):
            day, month, year = m.group("d2"), int(m.group("m2")), m.group("y2")
        else:
            day, year = m.group("d3") or m.group("d4"), m.group("y3")
            month = EN_MONTHS[m.group("m3")]
        if not 1 <= month <= 12:
            continue
        tokens.append(f"@{year}-{month:02d}")
        if day and 1 <= int(day) <= 31:
            tokens.append(f"@{year}-{month:02d}-{int(day):02d}")
    return tokens


def chunk_to_record(chunk: Chunk) -> dict[str, object]:
    """A chunk as a JSON-ready dict."""
    return asdict(chunk)


def chunk_from_record(rec: dict) -> Chunk:
    """The inverse of ``chunk_to_record``."""
    fields = dict(rec)
    fields["identity"] = Identity(**fields.get("identity") or {})
    return Chunk(**fields)


class LexicalIndex:
    """BM25 over chunk texts, plus the chunk records themselves."""

    def __init__(
        self,
        chunks: list[Chunk],
        bm25: bm25s.BM25 | None,
        cites: Sequence[Sequence[str]] | None = None,
        options: LexicalOptions | None = None,
    ) -> None:
        self.chunks = chunks
        self.options = options or LexicalOptions()
        self.by_id = {c.id: i for i, c in enumerate(chunks)}
        self._bm25 = bm25
        self.cites = [list(c) for c in cites] if cites is not None else [[] for _ in chunks]
        self._citing: dict[str, list[int]] = {}
        for pos, keys in enumerate(self.cites):
            for key in keys:
                self._citing.setdefault(key, []).append(pos)

    @classmethod
    def build(
        cls,
        chunks: Sequence[Chunk],
        texts: Sequence[str] | None = None,
        cites: Sequence[Sequence[str]] | None = None,
        **options: object,
    ) -> LexicalIndex:
        """Index ``chunks``.

        Args:
            chunks: the chunks, in a fixed order.
            texts: what gets tokenised for each chunk (default: the chunk text).
            cites: lookup keys of the documents each chunk cites or belongs to.
            options: fields of ``LexicalOptions`` that differ from the defaults.
        """
        chunks = list(chunks)
        opts = LexicalOptions(**options)  # type: ignore[arg-type]
        if not chunks:
            return cls([], None, options=opts)
        corpus = [cls._tokens(t, opts) for t in (texts or [c.text for c in chunks])]
        bm25 = bm25s.BM25(k1=opts.k1, b=opts.b)
        bm25.index(corpus, show_progress=False)
        return cls(chunks, bm25, cites, opts)

    @staticmethod
    def _tokens(text: str, options: LexicalOptions) -> list[str]:
        return tokenize(text, bigrams=options.bigrams, folded=options.folded)

    def cited_keys(self) -> list[str]:
        """Lookup keys of every document some chunk cites or belongs to."""
        return list(self._citing)

    def positions_citing(self, key: str) -> list[int]:
        """Positions of the chunks that cite the document with lookup key ``key``."""
        return self._citing.get(key, [])

    def search(
        self, query: str, *, k: int, mask: np.ndarray | None = None, unaccented: bool = False
    ) -> list[tuple[int, float]]:
        """Top ``k`` (chunk position, BM25 score) pairs.

        Args:
            query: the question or keywords.
            k: how many.
            mask: 0/1 per chunk, to filter.
            unaccented: the query is Vietnamese typed without diacritics: match it
                against the folded tokens (when the index has them).
        """
        if self._bm25 is None or not self.chunks:
            return []
        if unaccented and self.options.folded:
            candidates = unaccented_tokens(query, bigrams=self.options.bigrams)
        else:
            candidates = tokenize(query, bigrams=self.options.bigrams)
        tokens = [t for t in candidates if t in self._bm25.vocab_dict]
        if not tokens:
            return []
        k = min(k, len(self.chunks))
        docs, scores = self._bm25.retrieve(
            [tokens], k=k, show_progress=False, weight_mask=mask, n_threads=1
        )
        return [(int(d), float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]

    def save(self, index_dir: Path) -> None:
        """Write the index to a fresh folder, then publish it atomically."""
        index_dir.mkdir(parents=True, exist_ok=True)
        name = f"lexical-{uuid.uuid4().hex[:12]}"
        target = index_dir / name
        target.mkdir()
        with open(target / "chunks.jsonl", "w", encoding="utf-8") as f:
            for c in self.chunks:
                f.write(json.dumps(chunk_to_record(c), ensure_ascii=False) + "\n")
        (target / "cites.json").write_text(json.dumps(self.cites, ensure_ascii=False), "utf-8")
        (target / "options.json").write_text(json.dumps(asdict(self.options)), "utf-8")
        if self._bm25 is not None:
            self._bm25.save(str(target / "bm25"), show_progress=False)
        atomic_write_text(index_dir / _POINTER, name)
        _remove_stale(index_dir, keep=name)

    @classmethod
    def load(cls, index_dir: Path) -> LexicalIndex | None:
        """The last published index, or None if there is none."""
        pointer = index_dir / _POINTER
        if not pointer.exists():
            return None
        folder = index_dir / pointer.read_text(encoding="utf-8").strip()
        with open(folder / "chunks.jsonl", encoding="utf-8") as f:
            chunks = [chunk_from_record(json.loads(line)) for line in f if line.strip()]
        bm25 = bm25s.BM25.load(str(folder / "bm25")) if (folder / "bm25").exists() else None
        cites = json.loads((folder / "cites.json").read_text("utf-8"))
        options_file = folder / "options.json"
        saved = json.loads(options_file.read_text("utf-8")) if options_file.exists() else {}
        # An option missing from the file was not in use when the index was built.
        options = LexicalOptions(**{"folded": False, **saved})
        return cls(chunks, bm25, cites, options)


def _remove_stale(index_dir: Path, *, keep: str) -> None:
    # The previous folder is kept one more round: a reader may be loading it right now.
    old = sorted(
        (p for p in _lexical_dirs(index_dir) if p.name != keep),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for stale in old[1:]:
        shutil.rmtree(stale, ignore_errors=True)


def _lexical_dirs(index_dir: Path) -> Iterable[Path]:
    return (p for p in index_dir.glob("lexical-*") if p.is_dir())
