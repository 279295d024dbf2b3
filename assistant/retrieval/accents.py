"""Diacritics put back into a question typed without them, from the archive's own words.

"cac quyet dinh ve quy che lam viec cua so tu phap" reads, to the embedder, as nothing
much: typed without diacritics, Vietnamese loses most of what tells its syllables apart
("so" is số, sở, sổ). The archive writes the same phrases with their marks; a run of
syllables the archive writes one way ("quy chế làm việc", "của Sở") gets that writing
back. The runs that restore the most syllables are chosen; a lone syllable only when
the archive nearly always writes it one way. Pure: texts in, text out; nothing is read
from disk or the network.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from assistant.citations.normalize import fold

# Runs of this many syllables at most are looked up (a longer one is made of these).
MAX_RUN = 3
# A lone syllable is restored only when at least this share of its writings, and this
# many of them, are one form ("việc", not "so").
SINGLE_SHARE = 0.9
SINGLE_MIN = 3
# A run of two or more syllables needs this many writings in the archive.
RUN_MIN = 2

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# A break between phrases: a run never spans one.
_BREAK = re.compile(r"[.,;:!?()\[\]{}\"“”'’…\n\t|–—/-]")


# How questions ask, which an archive of decisions and reports seldom writes: counted as
# if written this many times, beside the archive's own words.
ASKING = (
    "những văn bản nào; các quyết định nào; kế hoạch nào; bao nhiêu; là gì; như thế nào; "
    "đã ban hành những gì; đã ký những gì; đã làm gì; hiện nay; hiện hành; còn hiệu lực; "
    "hết hiệu lực; đang áp dụng; không còn áp dụng; bị thay thế; được sửa đổi; từ năm; "
    "đến nay; tới giờ; năm nay; năm ngoái; gần đây; liệt kê; danh sách; có những; của sở; "
    "về việc; trong năm; quý; tháng đầu năm; tháng cuối năm; công văn nào; tờ trình nào"
)
ASKING_WEIGHT = 20


class Accents:
    """The archive's writings of each run of syllables, keyed by its folded form."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._forms: dict[str, Counter[str]] = defaultdict(Counter)
        for text in [*texts, *[ASKING] * ASKING_WEIGHT]:
            for phrase in _BREAK.split(text):
                words = [w.lower() for w in _WORD.findall(phrase)]
                for n in range(1, MAX_RUN + 1):
                    for i in range(len(words) - n + 1):
                        run = " ".join(words[i : i + n])
                        self._forms[fold(run)][run] += 1

    def restore(self, text: str) -> str:
        """``text`` with each run of unmarked syllables the archive writes one way written
        so; syllables with a mark of their own, numbers and unknown words are kept."""
        out: list[str] = []
        for piece in re.split(r"(" + _BREAK.pattern + r")", text):
            out.append(self._restore_phrase(piece))
        return "".join(out)

    def _restore_phrase(self, phrase: str) -> str:
        spans = [(m.start(), m.end()) for m in _WORD.finditer(phrase)]
        words = [phrase[s:e] for s, e in spans]
        new = list(words)
        for i, form in self._cover(words):
            for j, written in enumerate(form.split()):
                new[i + j] = _cased_like(written, words[i + j])
        chars = list(phrase)
        for (s, e), word in reversed(list(zip(spans, new, strict=True))):
            chars[s:e] = word
        return "".join(chars)

    def _cover(self, words: list[str]) -> list[tuple[int, str]]:
        """The runs (start, archive's form) that restore the most syllables of ``words``,
        with the fewest runs among those: "cong bo chi so" is "công bố" and "chỉ số", not
        "công bố chỉ" and a "so" left as typed."""
        m = len(words)
        # best[i]: (syllables restored, -runs) of words[i:], and the run chosen at i
        best: list[tuple[int, int]] = [(0, 0)] * (m + 1)
        choice: list[tuple[int, str] | None] = [None] * (m + 1)
        for i in range(m - 1, -1, -1):
            best[i], choice[i] = best[i + 1], None
            for n in range(1, min(MAX_RUN, m - i) + 1):
                run = words[i : i + n]
                if any(fold(w) != w.lower() for w in run):  # already written with marks
                    break
                form = self._form(" ".join(w.lower() for w in run), n)
                if form is None:
                    continue
                done, runs = best[i + n]
                score = (done + n, runs - 1)
                if score > best[i]:
                    best[i], choice[i] = score, (n, form)
        out, i = [], 0
        while i < m:
            picked = choice[i]
            if picked is None:
                i += 1
                continue
            out.append((i, picked[1]))
            i += picked[0]
        return out

    def _form(self, key: str, n: int) -> str | None:
        forms = self._forms.get(key)
        if not forms:
            return None
        form, count = forms.most_common(1)[0]
        if n > 1:
            return form if count >= RUN_MIN and len(form.split()) == n else None
        total = sum(forms.values())
        return form if count >= SINGLE_MIN and count >= SINGLE_SHARE * total else None


def _cased_like(form: str, written: str) -> str:
    """``form`` (lower case) in the case ``written`` was typed in."""
    if written.isupper() and len(written) > 1:
        return form.upper()
    if written[:1].isupper():
        return form[:1].upper() + form[1:]
    return form
