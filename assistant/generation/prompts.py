"""Prompt templates, read at run time from ``prompts/`` so staff can edit them.

Each task has a system and a user template (``answer.system.md``,
``answer.user.md``, ``draft.system.md``, ``draft.user.md``); placeholders are
``{name}``. Retrieved passages go in as numbered, fenced sources: text inside a
fence is data, never instructions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from assistant.errors import ConfigError
from assistant.models import Chunk

PROMPTS_DIR = Path(__file__).resolve().parents[2] / "prompts"
# Placeholders each template must contain.
REQUIRED = {
    "answer.user": ("question", "sources"),
    "draft.user": ("request", "sources", "documents"),
    "report.user": ("sections", "heading", "ask"),
}
# Anything in a passage that could close or open a fence is defused.
_FENCE = re.compile(r"</?\s*nguon\b", re.IGNORECASE)


def load_template(name: str, directory: Path | None = None) -> str:
    """The text of ``prompts/<name>.md``.

    Raises:
        ConfigError: the file is missing or lacks a required placeholder.
    """
    path = (directory or PROMPTS_DIR) / f"{name}.md"
    if not path.is_file():
        raise ConfigError(
            f"No prompt template at {path}: restore it from git (git checkout -- prompts/) "
            "or copy it from prompts/README.md"
        )
    text = path.read_text(encoding="utf-8")
    for key in REQUIRED.get(name, ()):
        if "{" + key + "}" not in text:
            raise ConfigError(f"{path} must contain the placeholder {{{key}}}: put it back")
    return text


def messages(task: str, directory: Path | None = None, **values: str) -> list:
    """System and user messages of ``task`` (``answer`` or ``draft``) with ``values`` filled in.

    Raises:
        ConfigError: a template is missing or has a stray brace.
    """
    from langchain_core.prompts import ChatPromptTemplate

    system = load_template(f"{task}.system", directory)
    user = load_template(f"{task}.user", directory)
    try:
        template = ChatPromptTemplate.from_messages([("system", system), ("human", user)])
        return template.format_messages(**values)
    except (KeyError, ValueError) as exc:
        raise ConfigError(
            f"The {task} prompt templates in {directory or PROMPTS_DIR} do not fill in "
            f"({exc}): write literal braces as {{{{ and }}}}"
        ) from exc


def fence_sources(chunks: Sequence[Chunk]) -> str:
    """Passages as numbered, fenced sources: ``<nguon so="1" …>…</nguon>``."""
    parts = []
    for i, c in enumerate(chunks, start=1):
        text = _FENCE.sub(lambda m: m.group().replace("<", "‹"), c.text)
        parts.append(f'<nguon so="{i}" tep="{c.source}" vi_tri="{c.locator}">\n{text}\n</nguon>')
    return "\n\n".join(parts) if parts else "(không có đoạn nào)"
