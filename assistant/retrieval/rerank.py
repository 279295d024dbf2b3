"""The learned ranking stage: a small logistic regression over the evidence search has.

Search fuses BM25 and dense similarity into one score; this stage re-orders the
fused top ``depth`` chunks by a linear model over features of each (question,
chunk) pair: the retrievers' scores and ranks, how much of the question the chunk
covers, whether it is the law the question names or the article it numbers, and
the question's form (negation, "là gì" definitions, "đúng hay sai").

The model is chosen by ``bench/retrieval.py --cv --save`` (fixed weights from a grid,
or a pairwise logistic regression in scikit-learn, by cross-validation over fixed
folds, see bench/data/README.md) and shipped as ``ranker.json`` beside this module:
feature names, standardisation, weights and a version that the index's derived state
records. Without the file search keeps the fused order. None ships now: with the dense
side on, no feature moved the ALQAC 2023 CV mean (session 16: weights chosen by CV
are all 0); the file must then be added back to the package data in pyproject.toml.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.citations.normalize import fold
from assistant.models import Chunk

RANKER_FILE = Path(__file__).with_name("ranker.json")

_SYLLABLE = re.compile(r"[^\W_]+")
_PHRASE = re.compile(r"[.,;:!?()\[\]{}\"“”‘’'…\n\t|–—]+")
# Negations whose next word decides a true/false question: "không có quyền", "không
# được phép", "chưa đủ", "cấm".
_NEGATIONS = ("khong", "chua", "cam", "chang")
_TRUE_FALSE = re.compile(r"(dung hay sai|dung khong|phai khong|true or false)\W*$")
_ARTICLE = re.compile(r"\bdieu\s+(\d{1,3}[a-z]?)\b")
# A question asking what a term means, on folded text: "lợi tức được hiểu như thế nào?",
# "Hiệp hội trọng tài là gì?", "khái niệm tình thế cấp thiết là gì". Not "… được gọi là
# gì?", where the term is the answer.
_DEFINITION = re.compile(
    r"(?:^|[,.;:!?]\s*|\b(?:the nao la|khai niem(?: ve)?|dinh nghia(?: ve)?)\s+)"
    r"(?P<term>[^,.;:!?]+?)\s+(?:duoc (?:hieu|dinh nghia|giai thich)(?: la)?"
    r"(?: nhu the nao| the nao| ra sao| gi)?|la gi|la nhu the nao|nghia la gi)\W*$"
)


@dataclass(frozen=True)
class Evidence:
    """What search computed for one question, over its candidate chunks.

    Attributes:
        question: the question as searched (noise like "đúng hay sai" kept: it is a
            feature).
        fused: fused score per candidate position.
        lexical: BM25 ranking, best first: (position, score).
        dense: dense ranking, best first: (position, similarity); empty without vectors.
        laws: the files of the laws the question names (``ArticleTable.laws``).
        titles: each candidate's article title or section heading.
    """

    question: str
    fused: dict[int, float]
    lexical: Sequence[tuple[int, float]]
    dense: Sequence[tuple[int, float]]
    laws: frozenset[str]
    titles: dict[int, str]


FEATURES: tuple[str, ...] = (
    "fused", "fused_rr", "bm25", "bm25_rr", "dense", "dense_rr",
    "cover1", "cover2", "title", "title_recall", "title_syl", "law_name", "article",
    "negation", "negation_tf", "definition", "length",
)


def features(evidence: Evidence, chunks: Sequence[Chunk], positions: Sequence[int]) -> np.ndarray:
    """One row of ``FEATURES`` per candidate position (rows in ``positions`` order)."""
    q = _Question(evidence.question)
    top_fused = max(evidence.fused.values(), default=1.0) or 1.0
    by_fused = sorted(evidence.fused, key=lambda p: -evidence.fused[p])
    fused_rank = {p: r for r, p in enumerate(by_fused, start=1)}
    lex = _normalised(evidence.lexical, by_max=True)
    dense = _normalised(evidence.dense, by_max=False)
    rows = []
    for pos in positions:
        c = _chunk(chunks[pos])
        lx, dn = lex.get(pos, (0.0, 0.0)), dense.get(pos, (0.0, 0.0))
        title = _title_tokens(evidence.titles.get(pos, ""))
        rows.append([
            evidence.fused.get(pos, 0.0) / top_fused,
            1.0 / fused_rank[pos] if pos in fused_rank else 0.0,
            lx[0], lx[1], dn[0], dn[1],
            _share(q.syllables, c.syllables),
            _share(q.bigrams, c.bigrams),
            _share(title[1], q.bigrams),
            _share(q.bigrams, title[1]),
            _share(title[0], q.syllables),
            float(chunks[pos].source in evidence.laws),
            float(bool(q.articles) and c.article in q.articles),
            _share(q.negations, c.bigrams) if q.negations else 0.0,
            _share(q.bigrams, c.bigrams) if q.true_false else 0.0,
            float(bool(q.terms) and any(t.search(c.folded) for t in q.terms)),
            math.log1p(len(c.syllables)) / 10,
        ])
    return np.asarray(rows, dtype=np.float64).reshape(len(rows), len(FEATURES))


@dataclass(frozen=True)
class Ranker:
    """A trained linear ranker: ``score = (x - mean) / scale · weights + bias``.

    Attributes:
        version: bumped with every retrained file; the index's derived state records it.
        depth: how many fused candidates are re-ordered.
        names: the features used, a subset of ``FEATURES``.
        mean: per-feature mean of the training rows.
        scale: per-feature standard deviation of the training rows.
        weights: per-feature weight.
        bias: intercept.
        trained_on: what the model was fitted on and how it was chosen, for people.
    """

    version: int
    depth: int
    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    trained_on: str = ""

    def score(self, rows: np.ndarray) -> np.ndarray:
        """Scores of rows of all ``FEATURES`` (higher is better)."""
        cols = [FEATURES.index(n) for n in self.names]
        x = (rows[:, cols] - np.asarray(self.mean)) / np.asarray(self.scale)
        return x @ np.asarray(self.weights) + self.bias

    def order(self, evidence: Evidence, chunks: Sequence[Chunk]) -> list[int]:
        """The fused top ``depth`` positions, best first by this model."""
        top = sorted(evidence.fused, key=lambda p: -evidence.fused[p])[: self.depth]
        if not top:
            return []
        s = self.score(features(evidence, chunks, top))
        return [top[i] for i in np.argsort(-s, kind="stable")]

    def save(self, path: Path) -> None:
        """Write the model as JSON."""
        path.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1) + "\n", "utf-8")

    @classmethod
    def load(cls, path: Path = RANKER_FILE) -> Ranker | None:
        """The model in ``path``, or None when there is none (search keeps the fused order)."""
        if not path.exists():
            return None
        raw = json.loads(path.read_text("utf-8"))
        return cls(
            version=int(raw["version"]),
            depth=int(raw["depth"]),
            names=tuple(raw["names"]),
            mean=tuple(raw["mean"]),
            scale=tuple(raw["scale"]),
            weights=tuple(raw["weights"]),
            bias=float(raw["bias"]),
            trained_on=str(raw.get("trained_on", "")),
        )


def ranker_version(path: Path = RANKER_FILE) -> int:
    """The shipped ranker's version, 0 when there is none: recorded in the index's
    derived state, so an index says which ranker its searches were ranked with."""
    model = Ranker.load(path)
    return model.version if model else 0


def fit(
    rows: np.ndarray, labels: np.ndarray, groups: np.ndarray, names: Sequence[str], *,
    c: float, depth: int, pairwise: bool = True, version: int = 0, trained_on: str = "",
) -> Ranker:
    """Fit a logistic regression on candidate rows (label 1: the chunk answers).

    Pairwise (the default), it learns which of two candidates of one question answers
    it: the rows' differences, relevant minus not and the reverse, so only the order
    within a question counts. Pointwise, it learns relevance from single rows.

    Args:
        rows: one row of all ``FEATURES`` per candidate.
        labels: 1 for a relevant candidate, else 0.
        groups: the question each row belongs to.
        names: the features to use.
        c: inverse regularisation strength (scikit-learn's ``C``).
        depth: how many fused candidates the model re-orders at search time.
        pairwise: fit on pairs rather than single rows.
        version: the model's version number.
        trained_on: a note on the training data.
    """
    from sklearn.linear_model import LogisticRegression  # training only: not at search time

    cols = [FEATURES.index(n) for n in names]
    x = rows[:, cols]
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    x = (x - mean) / scale
    if pairwise:
        diffs: list[np.ndarray] = []
        for g in np.unique(groups):
            pos, neg = x[(groups == g) & (labels == 1)], x[(groups == g) & (labels == 0)]
            diffs.extend((p - neg).reshape(-1, len(cols)) for p in pos)
        d = np.vstack(diffs)
        x, labels = np.vstack([d, -d]), np.r_[np.ones(len(d)), np.zeros(len(d))]
    model = LogisticRegression(C=c, class_weight=None if pairwise else "balanced",
                               fit_intercept=not pairwise, max_iter=2000)
    model.fit(x, labels)
    return Ranker(
        version, depth, tuple(names), tuple(map(float, mean)), tuple(map(float, scale)),
        tuple(map(float, model.coef_[0])), float(model.intercept_[0]) if not pairwise else 0.0,
        trained_on,
    )


def _normalised(
    ranked: Sequence[tuple[int, float]], *, by_max: bool
) -> dict[int, tuple[float, float]]:
    """Per position: the score rescaled (by the top score, or min-max) and 1/rank."""
    if not ranked:
        return {}
    hi, lo = ranked[0][1], ranked[-1][1]
    out = {}
    for r, (pos, s) in enumerate(ranked, start=1):
        norm = s / hi if by_max and hi else (s - lo) / ((hi - lo) or 1.0)
        out[pos] = (norm, 1.0 / r)
    return out


def _share(wanted: set[str], have: set[str]) -> float:
    return len(wanted & have) / len(wanted) if wanted else 0.0


def _tokens(folded: str) -> tuple[set[str], set[str]]:
    syllables: set[str] = set()
    bigrams: set[str] = set()
    for phrase in _PHRASE.split(folded):
        words = _SYLLABLE.findall(phrase)
        syllables.update(words)
        bigrams.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return syllables, bigrams


class _Question:
    """Folded tokens and form of a question."""

    def __init__(self, text: str) -> None:
        self.folded = " ".join(fold(text).split())
        self.syllables, self.bigrams = _tokens(self.folded)
        self.true_false = bool(_TRUE_FALSE.search(self.folded))
        self.articles = set(_ARTICLE.findall(self.folded))
        words = _SYLLABLE.findall(self.folded)
        self.negations = {
            f"{a} {b}" for a, b in itertools.pairwise(words) if a in _NEGATIONS
        }
        self.terms = _defined(self.folded)


def _defined(folded: str) -> list[re.Pattern[str]]:
    """Patterns for where a chunk defines the term ``folded`` asks about: "<term> là",
    the term's last two or more words too ("mục đích của hình phạt" → "hình phạt là")."""
    m = _DEFINITION.search(folded)
    if not m or m["term"].startswith("theo ") or m["term"].endswith(" goi"):
        return []
    words = m["term"].split()
    tails = [words[i:] for i in range(len(words)) if len(words) - i >= 2] or [words]
    return [re.compile(rf"(?<!\w){re.escape(' '.join(t))} la\b") for t in tails]


@lru_cache(maxsize=8192)
def _title_tokens(title: str) -> tuple[set[str], set[str]]:
    return _tokens(" ".join(fold(title).split()))


@lru_cache(maxsize=8192)
def _chunk(chunk: Chunk) -> _Chunk:
    return _Chunk(chunk)


class _Chunk:
    """Folded tokens, title and article number of a chunk."""

    def __init__(self, chunk: Chunk) -> None:
        self.folded = " ".join(fold(chunk.text).split())
        self.syllables, self.bigrams = _tokens(self.folded)
        labels = [s for s in chunk.section.split(" > ") if s.startswith("Điều ")]
        self.article = labels[0][5:].strip().lower() if labels else ""
