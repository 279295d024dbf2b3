"""The vectors answers are matched with: a question's, glossed when it is English."""

from __future__ import annotations

import numpy as np

from assistant.generation.passages import VectorCache


class _Axes:
    """Embeds each known text as one axis, so blends are easy to read."""

    def __init__(self) -> None:
        self.axes = {"Which decisions reorganized the department?": 0, "quyết định sắp xếp sở": 1}
        self.asked: list[str] = []

    def embed_query(self, text: str) -> list[float]:
        self.asked.append(text)
        v = [0.0, 0.0, 0.0]
        v[self.axes.get(text, 2)] = 1.0
        return v


def test_an_english_question_is_blended_with_its_gloss() -> None:
    embedder = _Axes()
    v = VectorCache(embedder).question("Which decisions reorganized the department?")
    assert embedder.asked[1] == "quyết định sắp xếp sở"
    assert np.allclose(v, [2**-0.5, 2**-0.5, 0.0])


def test_a_vietnamese_question_is_its_own_vector() -> None:
    embedder = _Axes()
    v = VectorCache(embedder).question("Những quyết định nào sắp xếp tổ chức Sở?")
    assert embedder.asked == ["Những quyết định nào sắp xếp tổ chức Sở?"]
    assert np.allclose(v, [0.0, 0.0, 1.0])
