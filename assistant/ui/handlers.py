"""Plain functions behind the web interface: tested without a browser."""

from __future__ import annotations

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.retrieval.search import Searcher

MAX_QUERY_CHARS = 2000


class Handlers:
    """State shared by the UI callbacks (one searcher, opened on first use)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._searcher: Searcher | None = None

    @property
    def searcher(self) -> Searcher:
        """The read side of the index."""
        if self._searcher is None:
            self._searcher = Searcher(self.settings)
        return self._searcher

    def search(self, query: str, k: int = 5) -> str:
        """Markdown list of the best passages for ``query``.

        Raises:
            AssistantError: empty query or no index; the message says what to do.
        """
        query = " ".join((query or "").split())[:MAX_QUERY_CHARS]
        if not query:
            raise AssistantError("Hãy nhập câu hỏi hoặc từ khóa (the query is empty).")
        hits = self.searcher.search(query, k=int(k))
        if not hits:
            return "Không tìm thấy đoạn nào phù hợp trong kho tài liệu."
        parts = []
        for i, h in enumerate(hits, start=1):
            c = h.chunk
            title = " ".join(p for p in (c.identity.kind, c.identity.ident) if p)
            parts.append(
                f"**{i}. {c.source}** — {c.locator}"
                + (f" · {title}" if title else "")
                + f"\n\n> {c.text[:600]}"
            )
        return "\n\n".join(parts)
