"""Reform areas of documents: the profiles' first area against a truth file.

Three figures per archive, each for the documents whose own file the archive holds
(the issue's bar) and for all the truth's documents:
- as built: the areas ``assistant documents`` shows (the archive's own reports file
  some documents; the classifier does the rest);
- leave-one-out: each document in turn is one no report has filed yet: its example,
  where the reports file it and every report section citing it are left out of the
  training, and its area comes from its own text (and its own outline);
- no reports: the archive as if it held no report at all (no labelled example, no
  filing): the areas' own descriptions alone, weighed against the archive's texts.
Prints first-area accuracy, and precision/recall of the first area per area code.

``--cv`` chooses the classifier's weights (``areas.Weights``) across two or more
archives: for each archive, the grid's best weights on the others are scored on it
(fit on one, measure on the other), then the best on all of them pooled, which is
what ships. The objective is the mean of the three own-file figures.

usage: python bench/areas.py [--corpus corpus] [--truth bench/data/sample_archive_truth.json]
                             [--index DIR] [--year 2024] [--no-reports]
       python bench/areas.py --cv --archive CORPUS TRUTH [INDEX] --archive CORPUS TRUTH [INDEX]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.archive.areas import CODES, WEIGHTS, AreaModel, Weights, area_sections  # noqa: E402
from assistant.archive.profiles import (  # noqa: E402
    SourceText,
    areas_of,
    build_profiles,
    cited_titles,
    describe,
    is_report,
    training_examples,
)
from assistant.citations import Registry, RegistryEntry  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.retrieval import paths  # noqa: E402
from assistant.retrieval.indexer import Indexer  # noqa: E402

# The grid --cv searches (the shipped values are among them).
GRID = {
    "prior": (0.5, 1.0, 2.0, 4.0, 8.0, 16.0),
    "title": (0.25, 0.5, 0.75, 0.9, 1.0),
    "background": (0.0, 0.5, 1.0),
    "filed": (0.25, 0.5, 1.0),
}
MODES = ("as built", "leave-one-out", "no reports")


@dataclass
class Archive:
    """One ingested archive and its truth, as the classifier sees it."""

    name: str
    texts: dict[str, SourceText]
    registry: Registry
    truth: dict[str, str]  # ident -> first area
    own: set[str]  # idents whose own file the truth lists

    @property
    def entries(self) -> list[RegistryEntry]:
        return self.registry.entries()


@contextmanager
def opened(
    corpus: Path, truth_file: Path, index: Path | None, year: int | None
) -> Iterator[Archive]:
    """The archive of ``corpus``, ingested into a temp index unless ``index`` holds one."""
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    wanted = {
        d["ident"]: d["areas"][0]
        for d in truth["documents"]
        if d.get("areas") and (year is None or str(d["date"]).startswith(str(year)))
    }
    own = {d["ident"] for d in truth["documents"] if d.get("source")}
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(corpus=corpus, index=index or Path(tmp) / "i")
        indexer = Indexer(settings)
        if index is None:
            indexer.ingest([corpus])
        texts = {
            d.source: SourceText(d.source, d.text, d.identity.code, d.identity.issuer)
            for d, _ in indexer._cached_docs(indexer.meta.read_manifest())
        }
        data = json.loads(paths.registry(Path(settings.index)).read_text(encoding="utf-8"))
        name = corpus.name
        yield Archive(name, texts, Registry.from_dict(data), wanted, own)


def as_built(archive: Archive, weights: Weights) -> dict[str, str | None]:
    """Ident -> first area of the profiles built with ``weights``."""
    built = build_profiles(archive.registry, archive.texts.values(), weights=weights)
    return {p.ident: p.area for p in built if p.ident in archive.truth}


def leave_one_out(archive: Archive, weights: Weights) -> dict[str, str | None]:
    """Ident -> first area with the document taken as one no report has filed yet."""
    texts = archive.texts
    sections = {s: area_sections(t.text) for s, t in texts.items() if is_report(t)}
    entries = archive.entries
    cited = cited_titles(entries)
    descriptions = {e.key + str(e.year): describe(e, texts, cited) for e in entries}
    out = {}
    for e in entries:
        k = e.key + str(e.year)
        if e.ident not in archive.truth:
            continue
        examples = training_examples(entries, sections, texts, descriptions, leave_out=k)
        # The document's own file, when it is a report, is not a labelled section either.
        own_text = texts[e.own_source].text if e.own_source in texts else None
        examples = [x for x in examples if own_text is None or x[1] not in own_text]
        model = AreaModel.train(examples, corpus=descriptions.values(), weights=weights)
        areas = areas_of(descriptions[k], model, {}, texts.get(e.own_source or ""))
        out[e.ident] = areas[0] if areas else None
    return out


def no_reports(archive: Archive, weights: Weights) -> dict[str, str | None]:
    """Ident -> first area in the archive with its reports removed: no example, no filing."""
    texts = {s: t for s, t in archive.texts.items() if not is_report(t)}
    entries = [
        e
        for e in archive.entries
        if e.own_source in texts or any(m.source in texts for m in e.mentions)
    ]
    cited = cited_titles(entries)
    descriptions = {e.key + str(e.year): describe(e, texts, cited) for e in entries}
    model = AreaModel.train([], corpus=descriptions.values(), weights=weights)
    out = {}
    for e in entries:
        if e.ident in archive.truth:
            areas = areas_of(
                descriptions[e.key + str(e.year)], model, {}, texts.get(e.own_source or "")
            )
            out[e.ident] = areas[0] if areas else None
    return out


RUNS = {"as built": as_built, "leave-one-out": leave_one_out, "no reports": no_reports}


def own_right(archive: Archive, predicted: dict[str, str | None]) -> tuple[int, int]:
    """(right, of) first areas among the truth's documents held as own files (reports
    removed, a no-reports run holds none)."""
    idents = [i for i in archive.own if i in archive.truth and i in predicted]
    return sum(predicted[i] == archive.truth[i] for i in idents), len(idents)


def per_area(pairs: list[tuple[str, str | None]]) -> dict[str, tuple[float, float, int]]:
    """Area -> (precision, recall, support) of the first area, over (truth, predicted)."""
    out = {}
    for area in CODES:
        predicted = sum(p == area for _, p in pairs)
        actual = sum(t == area for t, _ in pairs)
        hit = sum(t == p == area for t, p in pairs)
        if actual or predicted:
            precision = hit / predicted if predicted else 0.0
            out[area] = (precision, hit / actual if actual else 0.0, actual)
    return out


def report(name: str, pairs: list[tuple[str, str, str | None]], *, detail: bool = True) -> None:
    right = sum(t == p for _, t, p in pairs)
    print(f"{name}: first area right {right}/{len(pairs)}")
    if detail:
        for area, (p, r, n) in per_area([(t, p) for _, t, p in pairs]).items():
            print(f"    {area:20} P {p:.2f} R {r:.2f} (n={n})")
    wrong = [f"{i} {t}→{p}" for i, t, p in pairs if t != p]
    if wrong:
        print("    wrong: " + "; ".join(wrong))


def show(archive: Archive, weights: Weights, modes: Sequence[str]) -> None:
    """Every figure of one archive with ``weights``."""
    print(f"== {archive.name} ({weights})")
    for mode in modes:
        predicted = RUNS[mode](archive, weights)
        rows = [(i, a, predicted[i]) for i, a in archive.truth.items() if i in predicted]
        report(f"{mode}, own files", [r for r in rows if r[0] in archive.own])
        report(f"{mode}, all", rows, detail=False)


# --- choosing the weights ------------------------------------------------------------------


_RUN_CACHE: dict[tuple[str, str, Weights], tuple[int, int]] = {}


def objective(archive: Archive, weights: Weights) -> float:
    """Mean share of own files right over the three runs."""
    shares = []
    for mode, run in RUNS.items():
        # Only the build uses where reports file a document.
        key = (archive.name, mode, weights if mode == "as built" else replace(weights, filed=0))
        if key not in _RUN_CACHE:
            _RUN_CACHE[key] = own_right(archive, run(archive, weights))
        right, of = _RUN_CACHE[key]
        shares.append(right / of if of else 1.0)
    return sum(shares) / len(shares)


def grid() -> list[Weights]:
    """Every combination of ``GRID``, the shipped defaults' other fields kept."""
    keys = list(GRID)
    return [
        replace(WEIGHTS, **dict(zip(keys, values, strict=True)))
        for values in itertools.product(*GRID.values())
    ]


def choose(candidates: list[Weights], scores: list[float]) -> int:
    """The best-scoring weights; among ties, the one whose grid neighbours (one step
    along one axis) score best on average: a flat region rather than a lucky point."""
    top = max(scores)

    def neighbours(i: int) -> float:
        w = candidates[i]
        near = []
        for axis, values in GRID.items():
            at = values.index(getattr(w, axis))
            for step in (at - 1, at + 1):
                if 0 <= step < len(values):
                    near.append(candidates.index(replace(w, **{axis: values[step]})))
        return sum(scores[j] for j in near) / len(near)

    tied = [i for i, s in enumerate(scores) if s == top]
    return max(tied, key=neighbours)


def cross_validate(archives: Sequence[Archive]) -> None:
    """Fit on all archives but one, score on that one; then the pooled choice."""
    candidates = grid()
    table = {a.name: [objective(a, w) for w in candidates] for a in archives}
    n = len(candidates)
    print(
        f"{n} weightings tried on {len(archives)} archives (objective: mean share of own "
        f"files right as built, leave-one-out and without reports)"
    )
    held_scores = []
    for held in archives:
        others = [a.name for a in archives if a is not held]
        pooled = [sum(table[o][i] for o in others) / len(others) for i in range(n)]
        best = choose(candidates, pooled)
        score = table[held.name][best]
        held_scores.append(score)
        tied = [table[held.name][i] for i, p in enumerate(pooled) if p == pooled[best]]
        print(
            f"fit on {', '.join(others)}: {_short(candidates[best])} -> {pooled[best]:.3f} "
            f"there, {score:.3f} on {held.name} (the {len(tied)} tied there: "
            f"{min(tied):.3f}–{max(tied):.3f} on {held.name})"
        )
    print(f"held-out archive mean: {sum(held_scores) / len(held_scores):.3f}")
    pooled = [sum(table[a.name][i] for a in archives) / len(archives) for i in range(n)]
    print("mean over the grid by value (pooled):")
    for axis, values in GRID.items():
        means = []
        for v in values:
            picked = [pooled[i] for i, w in enumerate(candidates) if getattr(w, axis) == v]
            means.append(f"{v}: {sum(picked) / len(picked):.3f}")
        print(f"    {axis:10} " + "  ".join(means))
    best = choose(candidates, pooled)
    for label, i in (("pooled choice", best), ("shipped", _index(candidates, WEIGHTS))):
        if i is not None:
            print(
                f"{label}: {_short(candidates[i])} -> {pooled[i]:.3f} ("
                + ", ".join(f"{a.name} {table[a.name][i]:.3f}" for a in archives)
                + ")"
            )


def _short(w: Weights) -> str:
    return ", ".join(f"{axis} {getattr(w, axis)}" for axis in GRID)


def _index(candidates: list[Weights], w: Weights) -> int | None:
    return candidates.index(w) if w in candidates else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(REPO / "corpus"))
    parser.add_argument("--truth", default=str(REPO / "bench/data/sample_archive_truth.json"))
    parser.add_argument("--year", type=int, help="only documents issued this year")
    parser.add_argument("--index", help="an index of --corpus already built (profiles are rebuilt)")
    parser.add_argument("--no-reports", action="store_true", help="also the run without reports")
    parser.add_argument("--cv", action="store_true", help="choose the weights across --archive's")
    parser.add_argument(
        "--archive",
        nargs="+",
        action="append",
        metavar="CORPUS TRUTH [INDEX]",
        help="with --cv: an archive, its truth file and optionally its index",
    )
    args = parser.parse_args()
    if args.cv:
        with _archives(args.archive or [], args.year) as archives:
            cross_validate(archives)
        return
    modes = MODES if args.no_reports else MODES[:2]
    index = Path(args.index) if args.index else None
    with opened(Path(args.corpus), Path(args.truth), index, args.year) as archive:
        show(archive, WEIGHTS, modes)
        built = build_profiles(archive.registry, archive.texts.values())
        counts = Counter(len(p.areas) for p in built)
        print(f"areas per document: {dict(sorted(counts.items()))}")


@contextmanager
def _archives(specs: list[list[str]], year: int | None) -> Iterator[list[Archive]]:
    if len(specs) < 2:
        raise SystemExit("--cv needs two or more --archive CORPUS TRUTH [INDEX]")
    with ExitStack() as stack:
        yield [
            stack.enter_context(
                opened(Path(s[0]), Path(s[1]), Path(s[2]) if len(s) > 2 else None, year)
            )
            for s in specs
        ]


if __name__ == "__main__":
    main()
