"""A question's typing slips, mended by the archive's own words.

Staff type fast: "tuyên truền CCHC", "thủ tục hành chín", "kiem tr cchc". One slipped
syllable loses an area, a topic or a type, since every later step reads words as typed.
``Speller`` learns from the archive's text which syllable follows which, and mends a
syllable of a question only when all of these hold:

- the pair it makes with its neighbour never occurs in the archive;
- the syllable itself is rare there (at most ``RARE`` times): a word the archive uses is
  no slip, however odd its pair;
- one edit (a letter dropped, added, changed or two swapped, diacritics aside) turns it
  into a syllable that makes a pair the archive holds at least ``SEEN`` times with the
  same neighbour;
- it is a word of four letters or more, not an initialism typed in capitals ("QĐ", "KH")
  nor a number: short words ("ko" for "không") are too easily another word.

The mended syllable is written as the archive spells the pair most often (its diacritics
too), or without diacritics in a question typed without them. English questions are left
as typed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from assistant.citations.normalize import fold

# How often a mended pair must occur in the archive, and how rare the slip must be.
SEEN = 3
RARE = 1
# The shortest word mended (folded letters).
SHORTEST = 4

_WORD = re.compile(r"[^\W\d_]+")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _edits(word: str) -> set[str]:
    """Every string one edit from ``word`` (folded letters)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changes = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return (deletes | swaps | changes | inserts) - {word}


class Speller:
    """The archive's syllables and the pairs they make, to mend a question's slips by."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._words: Counter[str] = Counter()
        self._pairs: Counter[tuple[str, str]] = Counter()
        # the pair's spellings as the archive writes them (lower case, diacritics kept)
        self._spelt: dict[tuple[str, str], Counter[tuple[str, str]]] = {}
        for text in texts:
            words = [m.group().lower() for m in _WORD.finditer(text)]
            folded = [fold(w) for w in words]
            self._words.update(folded)
            for i in range(len(words) - 1):
                pair = (folded[i], folded[i + 1])
                self._pairs[pair] += 1
                self._spelt.setdefault(pair, Counter())[(words[i], words[i + 1])] += 1

    def mend(self, question: str) -> str:
        """``question`` with each slipped syllable mended (see the module's rules)."""
        found = list(_WORD.finditer(question))
        folded = [fold(m.group().lower()) for m in found]
        accented = fold(question) != question.lower()
        out = question
        # right to left, so that earlier spans keep their offsets
        for i in reversed(range(len(found))):
            m, word = found[i], folded[i]
            if not self._slip(m.group(), word):
                continue
            best = self._best(word, folded[i - 1] if i else None, True)
            if best is None and i + 1 < len(found):
                best = self._best(word, folded[i + 1], False)
            if best is None:
                continue
            mended = best if accented else fold(best)
            if m.group()[:1].isupper():
                mended = mended[:1].upper() + mended[1:]
            out = out[: m.start()] + mended + out[m.end() :]
        return out

    def _slip(self, typed: str, word: str) -> bool:
        """Whether a syllable may be a slip: long enough, not capitals, rare here."""
        return (
            len(word) >= SHORTEST
            and word.isascii()
            and not typed.isupper()
            and self._words[word] <= RARE
        )

    def _best(self, word: str, other: str | None, other_first: bool) -> str | None:
        """The spelling of the syllable one edit from ``word`` that makes the archive's
        most frequent pair with its neighbour ``other`` (before it when ``other_first``),
        None if none is seen ``SEEN`` times or the typed pair is seen at all."""
        if other is None:
            return None

        def pair(w: str) -> tuple[str, str]:
            return (other, w) if other_first else (w, other)

        if self._pairs[pair(word)]:
            return None
        counts = {c: self._pairs[pair(c)] for c in _edits(word) if self._words[c]}
        if not counts:
            return None
        best = max(counts, key=lambda c: (counts[c], c))
        if counts[best] < SEEN:
            return None
        spelt = self._spelt[pair(best)].most_common(1)[0][0]
        return spelt[1] if other_first else spelt[0]
