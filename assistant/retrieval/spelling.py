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
- it is a word of four letters or more shaped as a syllable, not an initialism, typed in
  capitals ("QĐ", "KH") or not ("ldtbxh"), nor a number: short words ("ko" for "không")
  are too easily another word; nor one of the words a question is asked with ("bao
  nhiêu", "những", "không"), which an archive of reports may never write;
- the pair is the one it makes with the syllable before it, as the office's compounds
  are read ("tuyên truyền", "hành chính"); a first word is left as typed.

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
# The words a question is asked with, never mended (folded; of ``SHORTEST`` letters or more:
# a shorter one is never mended anyway).
_ASKING = frozenset(
    {
        "nhieu", "nhung", "khong", "chua", "hoac", "duoc", "dang", "muon", "biet", "giup", "liet",
        "cung", "nhau", "minh", "chung", "rang", "trong", "ngoai", "truoc", "theo", "tung", "nhat",
        "hien", "cuoi", "giua", "luon", "them", "khoang", "phai", "bang", "kiem", "lieu"
    }
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# The shape of a Vietnamese syllable (folded): consonants, one run of vowels, consonants. An
# initialism typed in lower case ("ldtbxh", "vhttdl", "sgddt") is none, and no slip.
_SYLLABLE = re.compile(r"[^aeiouy]{0,3}[aeiouy]{1,3}[^aeiouy]{0,2}")


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
            best = self._best(word, folded[i - 1]) if i else None
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
            and word not in _ASKING
            and _SYLLABLE.fullmatch(word) is not None
            and self._words[word] <= RARE
        )

    def _best(self, word: str, before: str) -> str | None:
        """The spelling of the syllable one edit from ``word`` that makes the archive's
        most frequent pair after ``before``, None if none is seen ``SEEN`` times or the
        typed pair is seen at all."""
        if self._pairs[(before, word)]:
            return None
        counts = {
            c: self._pairs[(before, c)]
            for c in _edits(word)
            if self._words[c] and _SYLLABLE.fullmatch(c)
        }
        if not counts:
            return None
        best = max(counts, key=lambda c: (counts[c], c))
        if counts[best] < SEEN:
            return None
        return self._spelt[(before, best)].most_common(1)[0][0][1]
