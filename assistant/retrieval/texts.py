"""What each index reads for a chunk: the embedder, BM25, and the named-number boost.

Changing any of these changes what gets indexed. ``embedding_text``: bump
``CHUNKING_VERSION`` in ``indexer`` (every file is cut again from the document cache and
its changed chunks embedded again); ``lexical_text`` or ``chunk_cites``: bump
``DERIVED_VERSION`` (BM25 and the registry are rebuilt).
"""

from __future__ import annotations

from assistant.citations import extract, lookup_key
from assistant.models import Chunk


def embedding_text(chunk: Chunk) -> str:
    """What the embedder reads for a chunk: document title and where the chunk sits (the
    article a later piece of it leaves out, else its section's title), then the text."""
    ident = chunk.identity
    title = " ".join(p for p in (ident.kind, ident.ident, ident.subject) if p)
    head = " — ".join(p for p in (title, chunk.context or chunk.heading) if p)
    return f"{head}\n{chunk.text}" if head else chunk.text


def lexical_text(chunk: Chunk) -> str:
    """What BM25 reads for a chunk: its section heading, then the text."""
    return f"{chunk.heading}\n{chunk.text}" if chunk.heading else chunk.text


def chunk_cites(chunk: Chunk) -> list[str]:
    """Lookup keys of the documents a chunk cites, and of the document it belongs to."""
    keys = [c.key for c in extract(chunk.text) if c.key and not c.missing]
    if chunk.identity.ident and chunk.identity.number:
        keys.append(lookup_key(chunk.identity.ident))
    return list(dict.fromkeys(keys))
