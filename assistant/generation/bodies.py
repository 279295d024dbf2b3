"""Which documents' own text speaks of a thing, sentence by sentence.

A list question about something told inside documents ("Những văn bản nào đề cập chuyện
Sổ giao việc ghi bằng giấy", "VB nào nói về việc kiểm tra đột xuất Bộ phận Một cửa") is
answered by files whose trích yếu says nothing of it: a plan's task ("bỏ Sổ giao việc bằng
giấy"), a Quy chế's article, a report's sentence. Their mention contexts and subjects, which
list answers rank by, read far from the question; one sentence of their own text holds
nearly every distinctive word of it.

``BodyIndex`` reads every own file's sentences once. ``covering`` weighs each word and
word pair of a question's topic by how rare it is among the archive's sentences (so "Sổ
giao việc" counts, "cải cách" little) and gives, per document, the share of that weight
its best sentence holds.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from assistant.citations import RegistryEntry
from assistant.generation.fit import topic_text
from assistant.generation.passages import ChunkMap
from assistant.retrieval.query import fold

# A document is told of when one sentence of its file holds this share of the topic's weight:
# 0.6 and 0.7 tied on the development list questions (684 of 787 each; bench/data/README.md),
# 0.6, the value set first, kept.
TOLD_SHARE = 0.6
# A topic weighing less (a word or two, common ones) says too little to find sentences by
# (a rare word weighs 5 to 6 in an archive of a few thousand sentences). Set, not tuned.
TOLD_WEIGHT = 15.0
# A topic some document's trích yếu holds this share of is what that document is about. Set,
# not tuned.
TOLD_SUBJECT = 0.5
# The words that ask what tells of a thing, not the thing.
_TELLING = re.compile(
    r"\b(?:đề cập(?:\s+(?:đến|tới))?|nhắc\s+(?:tới|đến)|nói\s+(?:tới|về|đến)|chuyện|nêu"
    r"|đặt ra|bàn về|mention\w*|deal\w*\s+with|refer\w*(?:\s+to)?"
    # typed without diacritics (not "chuyen", "neu": "chuyển đổi", "nếu")
    r"|de cap(?:\s+(?:den|toi))?|nhac\s+(?:toi|den)|noi\s+(?:toi|ve|den)|dat ra|ban ve)\b",
    re.IGNORECASE,
)

# Sentences: lines, or text after a full stop, semicolon or colon; shorter ones are headings.
_SENTENCE = re.compile(r"\n|(?<=[.;:])\s")
MIN_SENTENCE = 20
_WORD = re.compile(r"\w+")


def told_topic(question: str) -> str:
    """What a list question asks to be told of: its topic (``fit.topic_text``) without the
    words asking for it ("đề cập chuyện", "nói về")."""
    return topic_text(_TELLING.sub(" ", question))


def asks_telling(question: str) -> bool:
    """Whether a list question asks which documents tell of a thing ("đề cập", "nói về",
    "mention", "deal with")."""
    return _TELLING.search(question) is not None


def _grams(words: list[str]) -> set[str]:
    """Words and adjacent word pairs: a Vietnamese term is mostly two syllables."""
    return set(words) | {f"{a} {b}" for a, b in pairwise(words)}


def _words(text: str, *, folded: bool) -> list[str]:
    text = unicodedata.normalize("NFC", text.lower())
    return _WORD.findall(fold(text) if folded else text)


class BodyIndex:
    """How many of the own files' sentences hold each word and word pair; each file's
    sentences as word sets, read when first asked for."""

    # files whose sentences are kept read (a large archive's are read again past it)
    KEPT = 2000

    def __init__(self, entries: Iterable[RegistryEntry], chunks: ChunkMap) -> None:
        self._chunks = chunks
        self._source = {e.key: e.own_source for e in entries if e.own_source}
        # sentence frequencies, of the words as written and folded
        self._df: tuple[Counter[str], Counter[str]] = (Counter(), Counter())
        self._count = 0
        for source in dict.fromkeys(self._source.values()):
            for line in self._lines(source):
                self._count += 1
                self._df[0].update(_grams(_words(line, folded=False)))
                self._df[1].update(_grams(_words(line, folded=True)))
        self._read: dict[tuple[str, int], list[set[str]]] = {}

    def _lines(self, source: str) -> list[str]:
        text = " ".join(c.text for c in self._chunks.of_source(source))
        return [s for s in _SENTENCE.split(text) if len(s) >= MIN_SENTENCE]

    def _sentences(self, key: str, folded: int) -> list[set[str]]:
        source = self._source.get(key)
        if source is None:
            return []
        if (source, folded) not in self._read:
            if len(self._read) >= self.KEPT:
                self._read.clear()
            lines = self._lines(source)
            self._read[source, folded] = [_grams(_words(s, folded=bool(folded))) for s in lines]
        return self._read[source, folded]

    def weights(self, topic: str) -> dict[str, float]:
        """Each word and word pair of ``topic`` the archive's sentences hold, by its inverse
        sentence frequency (a word none holds is no evidence either way)."""
        folded = self._typed_folded(topic)
        df = self._df[folded]
        n = self._count
        return {
            g: math.log((n + 1) / (df[g] + 0.5))
            for g in _grams(_words(topic, folded=bool(folded)))
            if df[g]
        }

    def covering(self, topic: str, keys: Iterable[str]) -> dict[str, float]:
        """For each of ``keys`` with a file: the share of ``topic``'s weight (``weights``)
        its best sentence holds, 0 to 1."""
        weights = self.weights(topic)
        total = sum(weights.values())
        if not total:
            return {}
        folded = self._typed_folded(topic)
        out = {}
        for key in keys:
            if key not in self._source:
                continue
            best = max(
                (
                    sum(w for g, w in weights.items() if g in s)
                    for s in self._sentences(key, folded)
                ),
                default=0.0,
            )
            out[key] = best / total
        return out

    def subject_shares(self, topic: str, subjects: Iterable[str]) -> list[float]:
        """For each of ``subjects`` (trích yếu), the share of ``topic``'s weight it holds,
        0 to 1 (all 0 when the topic weighs nothing)."""
        weights = self.weights(topic)
        total = sum(weights.values())
        folded = bool(self._typed_folded(topic))
        shares = []
        for subject in subjects:
            grams = _grams(_words(subject, folded=folded))
            held = sum(w for g, w in weights.items() if g in grams)
            shares.append(held / total if total else 0.0)
        return shares

    def subject_cover(self, topic: str, subjects: Iterable[str]) -> float:
        """The share of ``topic``'s weight the closest of ``subjects`` (trích yếu) holds."""
        return max(self.subject_shares(topic, subjects), default=0.0)

    def weight(self, topic: str) -> float:
        """How much ``topic`` says: the sum of its weights."""
        return sum(self.weights(topic).values())

    @staticmethod
    def _typed_folded(text: str) -> int:
        """1 when ``text`` is typed without diacritics (read folded), else 0."""
        return int(fold(text) == text.lower())
