"""A list answer names the asked types in words, never by their codes."""

from __future__ import annotations

import pytest

from assistant.generation.extractive import _intro
from assistant.retrieval.query import parse_question


@pytest.mark.parametrize(
    ("question", "words", "code"),
    [
        # A Quy chế is an instrument a Quyết định issues, not a type: the answer lists
        # documents (the decisions that issue one), never "QC".
        ("Những quy chế nào ban hành năm 2022?", "văn bản", "QC"),
        ("Which regulations were issued in 2022?", "1 document from", "QC"),
        ("Những quyết định nào năm 2023?", "quyết định", "QĐ"),
    ],
)
def test_types_in_prose(question: str, words: str, code: str) -> None:
    intro = _intro(parse_question(question), 1)
    assert words in intro
    assert code not in intro
