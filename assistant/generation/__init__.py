"""Answers and drafts over the archive, every citation checked before it is shown.

``Answerer(settings).ask(question)`` gives an ``Answer`` (extractive by default,
LLM when ``ASSISTANT_LLM`` is set); ``Drafter(settings).draft(prompt)`` gives a
``Draft`` of a report section; ``check_and_mark`` marks unverified citations in any text.
"""

from __future__ import annotations

from assistant.generation.answer import Answer, Answerer
from assistant.generation.marking import Checked, check_and_mark

__all__ = ["Answer", "Answerer", "Checked", "check_and_mark"]
