"""Hybrid search: dense (Chroma) and lexical (BM25), with English questions glossed.

The two rankings are fused by their scores rescaled to 0..1 (reciprocal-rank fusion
is kept as an option: ``Fusion.method``; bench/retrieval.py compares them).

Filters by the document's year and type are applied inside both retrievers, and a
chunk that cites a document number named in the query is lifted to the top. A law the
question names ("theo Bộ luật Dân sự 2015, …") is cut out of the words BM25 looks for:
its name would otherwise favour any article of any code that says "Bộ luật này". The
fused top candidates are then re-ordered by the learned ranker (``rerank``) when one
is shipped (none is now: it did not measure better than fusion), and an
article the question names ("Điều 143 Luật Tố tụng hành chính") goes first
(``pinpoint``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.archive.lives import Lives
from assistant.citations import Registry, parse_query_ident
from assistant.citations.normalize import normalize
from assistant.config import Settings
from assistant.models import Chunk
from assistant.retrieval import paths
from assistant.retrieval.accents import Accents
from assistant.retrieval.archive import load_lives
from assistant.retrieval.embeddings import load_embeddings, model_slug
from assistant.retrieval.glossary import LEGAL_WEIGHT, blend
from assistant.retrieval.lexical import LexicalIndex
from assistant.retrieval.pinpoint import ArticleTable
from assistant.retrieval.query import ParsedQuestion, parse_question
from assistant.retrieval.rerank import Evidence, Ranker
from assistant.retrieval.store import VectorIndex


@dataclass(frozen=True)
class Fusion:
    """How the dense and lexical rankings are combined (tuned with bench/retrieval.py)."""

    dense: float = 0.5
    lexical: float = 0.5
    ident_boost: float = 1.0
    # "score": each retriever's scores rescaled to 0..1 over its own top ``depth``
    # (min-max), then weighted and added; it keeps how far apart the candidates
    # are, which ranks alone lose. "rrf": reciprocal-rank fusion.
    method: str = "score"
    # Reciprocal-rank fusion constant (Cormack et al. use 60); smaller favours the top ranks.
    rrf_k: int = 60
    # How deep each retriever looks before fusion.
    depth: int = 50


@dataclass(frozen=True)
class Hit:
    """One ranked chunk."""

    chunk: Chunk
    score: float
    dense_rank: int | None = None
    lexical_rank: int | None = None

    def to_json(self) -> dict[str, object]:
        """The ``assistant search --json`` record."""
        c = self.chunk
        return {
            "text": c.text,
            "source": c.source,
            "locator": c.locator,
            "score": round(self.score, 6),
            "id": c.id,
            "page": c.page_start,
            "section": c.section,
            "document": {k: v for k, v in vars(c.identity).items() if v},
        }


class Searcher:
    """Read side of an index: opens what the last complete ingest published."""

    def __init__(self, settings: Settings, *, fusion: Fusion | None = None) -> None:
        from assistant.retrieval.indexer import Indexer

        root = Path(settings.index)
        # Raises IndexMissingError with what to run; rebuilds BM25 and the registry
        # when the committed manifest (here or on the Chroma server) moved on.
        Indexer(settings).sync_derived()
        self.settings = settings
        self.store = VectorIndex(settings, model_slug=model_slug(settings.embeddings))
        self._embeddings: Embeddings | None = None
        self._open(
            LexicalIndex.load(root) or LexicalIndex([], None),
            Registry.from_dict(json.loads(paths.registry(root).read_text(encoding="utf-8"))),
            fusion or Fusion(),
        )

    def _open(self, lexical: LexicalIndex, registry: Registry, fusion: Fusion) -> None:
        self.fusion = fusion
        self.lexical = lexical
        self.registry = registry
        self._lives: Lives | None = None
        self._years = np.array([c.identity.year or 0 for c in lexical.chunks])
        self._codes = np.array([(c.identity.code or "") for c in lexical.chunks], dtype=object)
        self.articles = ArticleTable(lexical.chunks)
        # None: the fused order is kept (no ranker file shipped, or switched off).
        self.ranker = Ranker.load()
        self._accents: Accents | None = None

    def with_accents(self, parsed: ParsedQuestion) -> str:
        """A Vietnamese question typed without diacritics, its clean text with the archive's
        writing of its phrases put back (``accents``); any other, its clean text as it is."""
        if parsed.language != "vi" or parsed.accented:
            return parsed.clean
        if self._accents is None:
            self._accents = Accents(c.text for c in self.lexical.chunks)
        return self._accents.restore(parsed.clean)

    @property
    def lives(self) -> Lives:
        """The documents' lives of this index (read on first use)."""
        if self._lives is None:
            self._lives = load_lives(Path(self.settings.index), self.registry)
        return self._lives

    @property
    def embeddings(self) -> Embeddings:
        """The query embedder, loaded on first use."""
        if self._embeddings is None:
            self._embeddings = load_embeddings(self.settings.embeddings, search=True)
        return self._embeddings

    def search(
        self,
        query: str,
        *,
        k: int = 10,
        years: Sequence[int] = (),
        codes: Sequence[str] = (),
    ) -> list[Hit]:
        """The ``k`` best chunks for ``query``.

        Args:
            query: the question or keywords, Vietnamese or English.
            k: how many chunks to return.
            years: keep only chunks of documents issued in these years.
            codes: keep only chunks of documents of these type codes (``QĐ``, ``KH``…).
        """
        if not self.lexical.chunks:
            return []
        parsed = parse_question(query)
        depth = max(k, self.fusion.depth)
        # An English question also searches as its Vietnamese terms, and, in an index that
        # holds laws, a Vietnamese one in everyday words as the law's words for them (see
        # ``glossary``; a report's own everyday words are left as they are).
        legal = parsed.legal if self.articles.holds_laws else ""
        # The embedder reads a question typed without diacritics with them put back; BM25
        # matches it on the folded words as typed.
        dense = self._dense(self.with_accents(parsed), glossed=parsed.gloss,
                            legal=legal, k=depth, years=years, codes=codes)
        lexical = self.lexical.search(
            f"{self._without_laws(parsed.clean)} {parsed.gloss} {legal}".strip(),
            k=depth,
            mask=self._mask(years, codes),
            unaccented=parsed.language == "vi" and not parsed.accented,
        )
        scores: dict[int, float] = {}
        self._add(scores, dense, self.fusion.dense)
        self._add(scores, lexical, self.fusion.lexical)
        dense_rank = {pos: r for r, (pos, _) in enumerate(dense, start=1)}
        lexical_rank = {pos: r for r, (pos, _) in enumerate(lexical, start=1)}
        self._boost_named_documents(query, scores)
        ranked = self._order(query, scores, dense, lexical)[:k]
        return [
            Hit(self.lexical.chunks[pos], s, dense_rank.get(pos), lexical_rank.get(pos))
            for pos, s in ranked
        ]

    def _order(
        self,
        query: str,
        scores: dict[int, float],
        dense: list[tuple[int, float]],
        lexical: list[tuple[int, float]],
    ) -> list[tuple[int, float]]:
        """Positions best first: the named article, then the ranker's order, then fusion's.

        The fused scores, sorted, are handed out in the new order, so a hit's score
        keeps its scale and falls with its rank (callers compare scores to the best).
        """
        order = sorted(scores, key=lambda p: -scores[p])
        values = [scores[p] for p in order]
        if self.ranker is not None and order:
            top = order[: self.ranker.depth]
            titles = {p: self.articles.title(p) for p in top}
            evidence = Evidence(query, scores, lexical, dense, self._laws(query), titles)
            head = self.ranker.order(evidence, self.lexical.chunks)
            order = head + order[len(head) :]
        pinned = self.articles.lookup(query)
        if pinned:
            order = pinned + [p for p in order if p not in set(pinned)]
            best = (values[0] if values else 0.0) + self.fusion.ident_boost
            values = [best] * len(pinned) + values
        return list(zip(order, values, strict=False))

    def _laws(self, query: str) -> frozenset[str]:
        """The files of the laws ``query`` names (see ``ArticleTable.laws``)."""
        return frozenset(s for m in self.articles.laws(query) for s in m.sources)

    def _without_laws(self, text: str) -> str:
        """``text`` with the laws it names cut out, for BM25: "Theo Bộ luật Dân sự 2015,
        lợi tức được hiểu như thế nào?" searches for lợi tức, not for every article of
        another code that says "Bộ luật này". The named law is a feature of the ranker's.
        """
        mentions = self.articles.laws(text)
        if not mentions:
            return text
        text = normalize(text)
        for m in reversed(mentions):
            text = f"{text[: m.start]} , {text[m.end :]}"
        return text

    def _add(
        self, scores: dict[int, float], ranked: list[tuple[int, float]], weight: float
    ) -> None:
        """Add one retriever's ranking, best first, into the fused ``scores``."""
        if not ranked or not weight:
            return
        if self.fusion.method == "score":
            hi, lo = ranked[0][1], ranked[-1][1]
            span = (hi - lo) or 1.0
            for pos, s in ranked:
                scores[pos] = scores.get(pos, 0.0) + weight * (s - lo) / span
            return
        for rank, (pos, _) in enumerate(ranked, start=1):
            scores[pos] = scores.get(pos, 0.0) + weight / (self.fusion.rrf_k + rank)

    def nearest(
        self, query: str, *, k: int, codes: Sequence[str] = ()
    ) -> list[tuple[Chunk, float]]:
        """The ``k`` chunks whose vectors are nearest to ``query``'s, with their cosine
        similarity: the dense half of ``search``, unfused (a fused score tells a rank, not
        how close a chunk reads)."""
        parsed = parse_question(query)
        near = self._dense(
            self.with_accents(parsed), glossed=parsed.gloss, k=k, years=(), codes=codes
        )
        return [(self.lexical.chunks[pos], s) for pos, s in near]

    def _query_vector(self, text: str) -> np.ndarray:
        return np.asarray(self.embeddings.embed_query(text), dtype=np.float32)

    def _dense(
        self,
        query: str,
        *,
        glossed: str,
        k: int,
        years: Sequence[int],
        codes: Sequence[str],
        legal: str = "",
    ) -> list[tuple[int, float]]:
        vector = self._query_vector(query)
        if glossed:
            vector = blend(vector, self._query_vector(glossed))
        if legal:
            vector = blend(vector, self._query_vector(legal), LEGAL_WEIGHT)
        sims = self._chunk_similarities(vector, k, years, codes)
        return sorted(sims.items(), key=lambda kv: -kv[1])[:k]

    def _chunk_similarities(
        self, vector: np.ndarray, k: int, years: Sequence[int], codes: Sequence[str]
    ) -> dict[int, float]:
        """The ``k`` chunks nearest to ``vector`` in the vector store, by position."""
        hits = self.store.query(vector.tolist(), k=k, where=_where(years, codes))
        return {self.lexical.by_id[cid]: s for cid, s in hits if cid in self.lexical.by_id}

    def _mask(self, years: Sequence[int], codes: Sequence[str]) -> np.ndarray | None:
        if not years and not codes:
            return None
        keep = np.ones(len(self.lexical.chunks), dtype=bool)
        if years:
            keep &= np.isin(self._years, list(years))
        if codes:
            keep &= np.isin(self._codes, list(codes))
        return keep.astype(np.float32)

    def _boost_named_documents(self, query: str, scores: dict[int, float]) -> None:
        """Lift chunks that cite (or are) a document the query names by number."""
        named = parse_query_ident(query)
        if not named:
            return
        top = 1.0 if self.fusion.method == "score" else 1.0 / (self.fusion.rrf_k + 1)
        boost = self.fusion.ident_boost * 2 * top
        for key in self.lexical.cited_keys():
            if any(q.matches(key) for q in named):
                for pos in self.lexical.positions_citing(key):
                    scores[pos] = scores.get(pos, 0.0) + boost


def _where(years: Sequence[int], codes: Sequence[str]) -> dict | None:
    clauses: list[dict] = []
    if years:
        clauses.append({"year": {"$in": list(years)}})
    if codes:
        clauses.append({"code": {"$in": list(codes)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
