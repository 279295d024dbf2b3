"""An English day a question names, asked of nothing issued that day, is the moment it asks
what held at ("… handled by the department on 1 August 2025"); asked of what was issued,
signed or sent that day, it is no moment."""

from __future__ import annotations

import pytest

from assistant.retrieval.query import fold, moment


@pytest.mark.parametrize(
    ("question", "day"),
    [
        (
            "Which decisions set the list of business-registration procedures handled by the "
            "department on 1 August 2025?",
            "2025-08-01",
        ),
        ("On 13 August 2024, which decisions set out the duties of the divisions?", "2024-08-13"),
        ("Which rules applied as of 1 March 2024?", "2024-03-01"),
    ],
)
def test_a_day_asked_of_what_held(question: str, day: str) -> None:
    found = moment(fold(question))
    assert found is not None
    assert found[0] == day


@pytest.mark.parametrize(
    "question",
    [
        "Which documents did the department issue on 1 July 2025?",
        "What did the department sign on 15 March 2024?",
        "Which letters were sent on 2 May 2024?",
        "What came out on 1 July 2025?",
    ],
)
def test_a_day_asked_of_what_was_issued_is_no_moment(question: str) -> None:
    assert moment(fold(question)) is None
