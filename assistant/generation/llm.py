"""LLM backends through LangChain chat models, and checked, streamed generation.

``ASSISTANT_LLM`` is ``none``, ``openai:MODEL@BASE_URL`` (any OpenAI-compatible
server; key from ``OPENAI_API_KEY``, a dummy key is fine locally) or
``ollama:MODEL[@BASE_URL]``. Generated text is released to the caller a sentence
or a line at a time, each piece checked and marked before it leaves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from assistant.archive.validity import today
from assistant.citations import Finding, Registry, RegistryEntry
from assistant.errors import AssistantError, ConfigError
from assistant.generation.marking import Checked, check_and_mark
from assistant.generation.prompts import fence_sources, messages

if TYPE_CHECKING:
    from assistant.generation.answer import Answer, Answerer
    from assistant.retrieval.query import ParsedQuestion
    from assistant.retrieval.search import Hit

# A piece of generated text is released at a line break or a sentence end.
_RELEASE = re.compile(r"\n|[.!?;](?=\s)")


class LLMUnavailableError(AssistantError):
    """The language model could not be reached, timed out or returned nothing."""


def chat_model(spec: str, *, timeout: float = 30.0, api_key: str | None = None) -> Any | None:
    """The LangChain chat model an ``ASSISTANT_LLM`` value names (None for ``none``).

    Raises:
        ConfigError: the value is not understood, or the backend's package is missing.
    """
    spec = (spec or "none").strip()
    if spec.lower() in {"", "none", "off"}:
        return None
    backend, _, rest = spec.partition(":")
    model, _, base_url = rest.partition("@")
    if not model:
        raise ConfigError(_usage(spec))
    if backend == "openai":
        return _openai(model, base_url or None, timeout, api_key)
    if backend == "ollama":
        return _ollama(model, base_url or None, timeout)
    raise ConfigError(_usage(spec))


def _usage(spec: str) -> str:
    return (
        f"ASSISTANT_LLM={spec!r} is not understood: use 'none', "
        "'openai:MODEL@BASE_URL' (e.g. openai:qwen2.5-7b@http://localhost:8000/v1) "
        "or 'ollama:MODEL' (e.g. ollama:qwen2.5:7b)"
    )


def _openai(model: str, base_url: str | None, timeout: float, api_key: str | None) -> Any:
    try:
        from langchain_openai import ChatOpenAI
    except ImportError as exc:
        raise ConfigError(
            "ASSISTANT_LLM=openai:… needs langchain-openai: pip install langchain-openai"
        ) from exc
    key = api_key or ("not-needed" if base_url else None)
    if key is None:
        raise ConfigError(
            "No key for the OpenAI API: set OPENAI_API_KEY, or give a local server "
            "as openai:MODEL@http://host:port/v1 (any key works there)"
        )
    from pydantic import SecretStr

    return ChatOpenAI(
        model=model, base_url=base_url, api_key=SecretStr(key), timeout=timeout, max_retries=0
    )


def _ollama(model: str, base_url: str | None, timeout: float) -> Any:
    try:
        from langchain_ollama import ChatOllama
    except ImportError as exc:
        raise ConfigError(
            "ASSISTANT_LLM=ollama:… needs langchain-ollama: pip install langchain-ollama"
        ) from exc
    extra: dict[str, Any] = {"base_url": base_url} if base_url else {}
    return ChatOllama(model=model, client_kwargs={"timeout": timeout}, **extra)


class CheckedGeneration:
    """Stream a chat model's reply as checked, marked pieces; keep the whole afterwards."""

    def __init__(
        self,
        llm: Any,
        prompt: list,
        registry: Registry,
        language: str,
        lives: Any = None,
        as_of: str | None = None,
    ) -> None:
        self.llm = llm
        self.prompt = prompt
        self.registry = registry
        self.language = language
        # The documents' lives: a replaced document the model cites is marked as such, as of
        # ``as_of`` (default today).
        self.lives = lives
        self.as_of = as_of
        self.emitted = False
        self._parts: list[str] = []
        self._findings: list[Finding] = []
        self._entries: dict[tuple[str, int | None], RegistryEntry] = {}

    def __iter__(self) -> Iterator[str]:
        buffer = ""
        for piece in self._pieces():
            buffer += piece
            cut = _last_release(buffer)
            if cut:
                yield self._release(buffer[:cut])
                buffer = buffer[cut:]
        if buffer or not self._parts:
            if not buffer.strip() and not self._parts:
                raise LLMUnavailableError("the model returned an empty reply")
            yield self._release(buffer)

    def _pieces(self) -> Iterator[str]:
        """Text pieces from the model; any backend failure becomes ``LLMUnavailableError``."""
        try:
            for chunk in self.llm.stream(self.prompt):
                content = getattr(chunk, "content", chunk)
                if isinstance(content, list):  # content blocks
                    content = "".join(b.get("text", "") for b in content if isinstance(b, dict))
                if content:
                    yield str(content)
        except Exception as exc:  # any backend error: connection, timeout, HTTP status…
            reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            raise LLMUnavailableError(reason[:300]) from exc

    def _release(self, text: str) -> str:
        checked = check_and_mark(
            text, self.registry, language=self.language, lives=self.lives, as_of=self.as_of
        )
        offset = sum(len(p) for p in self._parts)
        self._parts.append(checked.text)
        self._findings.extend(_shift(f, offset) for f in checked.findings)
        for e in checked.entries:
            self._entries.setdefault((e.key, e.year), e)
        self.emitted = True
        return checked.text

    def checked(self) -> Checked:
        """The whole reply as released: text, findings (offsets into it), verified entries."""
        return Checked("".join(self._parts), tuple(self._findings), tuple(self._entries.values()))


class AnswerGeneration(CheckedGeneration):
    """A checked generation that knows how to become an ``Answer``."""

    def result(self, answerer: Answerer, hits: list[Hit]) -> Answer:
        """The finished answer."""
        return answerer.finish(self.checked(), hits, "llm", None)


def generate_answer(
    answerer: Answerer, parsed: ParsedQuestion, hits: list[Hit]
) -> AnswerGeneration:
    """A checked generation of the answer to ``parsed`` from the passages ``hits``."""
    chunks = [h.chunk for h in hits]
    sources = fence_sources(chunks)
    if parsed.wants_list:
        from assistant.generation.extractive import list_answer
        from assistant.generation.standing import noter

        note = noter(answerer.lives, parsed.language)
        listed = list_answer(parsed, answerer.documents(parsed), with_intro=False, note=note)
        sources += f'\n\n<nguon so="{len(chunks) + 1}" tep="so-dang-ky" vi_tri="danh mục">\n'
        sources += listed + "\n</nguon>"
    prompt = messages("answer", question=parsed.text, sources=sources)
    return AnswerGeneration(
        answerer.llm,
        prompt,
        answerer.registry,
        parsed.language,
        lives=answerer.lives,
        as_of=answerer.now,
    )


def _last_release(buffer: str) -> int:
    last = 0
    for m in _RELEASE.finditer(buffer):
        last = m.end()
    return last


def _shift(f: Finding, offset: int) -> Finding:
    import dataclasses

    return dataclasses.replace(f, start=f.start + offset, end=f.end + offset)


def generate_draft(
    answerer: Answerer, parsed: ParsedQuestion, hits: list[Hit], entries: list[RegistryEntry]
) -> CheckedGeneration:
    """A checked generation of a report section from passages and registry documents."""
    from assistant.generation.draft import document_sentence, home_of, spoken_of
    from assistant.generation.standing import noter

    note = noter(answerer.lives, now=today())
    home = home_of(answerer.registry)
    documents = (
        "\n".join(f"- {document_sentence(e, note, home=home)}" for e in entries) or "(không có)"
    )
    prompt = messages(
        "draft",
        request=parsed.text,
        sources=fence_sources([h.chunk for h in hits]),
        documents=documents,
    )
    return CheckedGeneration(
        answerer.llm, prompt, answerer.registry, "vi", lives=answerer.lives, as_of=spoken_of(parsed)
    )
