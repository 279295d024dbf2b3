"""Word's automatic list numbers written as Word writes them (``word_numbering``); the
counting over a whole document is tested with a built DOCX in ``test_ingest_layouts``."""

from __future__ import annotations

import pytest

from assistant.ingest.word_numbering import formatted_count


@pytest.mark.parametrize(
    ("n", "fmt", "shown"),
    [
        (3, "decimal", "3"),
        (3, "decimalZero", "03"),
        (1, "lowerLetter", "a"),
        (26, "lowerLetter", "z"),
        (27, "lowerLetter", "aa"),  # Word repeats the letter
        (2, "upperLetter", "B"),
        (4, "lowerRoman", "iv"),
        (14, "upperRoman", "XIV"),
        (1999, "upperRoman", "MCMXCIX"),
        # a kind Vietnamese documents do not use: as a decimal
        (5, "ordinal", "5"),
    ],
)
def test_a_count_written_in_its_format(n: int, fmt: str, shown: str) -> None:
    assert formatted_count(n, fmt) == shown
