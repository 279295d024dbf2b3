"""The closing parts of a periodic report (khó khăn, phương hướng, kiến nghị) written by an
LLM from the sections already composed, then checked like any generated text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from assistant.generation.llm import CheckedGeneration, LLMUnavailableError
from assistant.generation.marking import Checked
from assistant.generation.prompts import messages

if TYPE_CHECKING:
    from assistant.generation.answer import Answerer

# The composed sections given to the model, at most this many characters.
MAX_CONTEXT = 6000


def write_staff_part(
    answerer: Answerer, heading: str, ask: str, before: Sequence[Any]
) -> tuple[Checked | None, str | None]:
    """The LLM's text for a closing part, checked and marked for staff review; None and a
    notice when the model does not answer.

    Args:
        answerer: holds the LLM and the registry.
        heading: the part's heading as written.
        ask: what the part must say.
        before: the sections composed so far (``heading``, ``text``).
    """
    context = "\n\n".join(f"{s.heading}\n{s.text}" for s in before if s.text)[:MAX_CONTEXT]
    prompt = messages("report", sections=context or "(chưa có)", heading=heading, ask=ask)
    generation = CheckedGeneration(answerer.llm, prompt, answerer.registry, "vi")
    try:
        for _ in generation:
            pass
    except LLMUnavailableError as exc:
        return None, (
            f"⚠ Mô hình ngôn ngữ không phản hồi ({exc}); các mục khó khăn, phương hướng, "
            "kiến nghị để cán bộ bổ sung."
        )
    checked = generation.checked()
    # Appended after the text: the findings' offsets stay right.
    review = "\n[Cán bộ rà soát: đoạn trên do mô hình ngôn ngữ viết.]"
    return Checked(checked.text + review, checked.findings, checked.entries), None
