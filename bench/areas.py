"""Reform areas of documents: the profiles' first area against a truth file.

Two figures per archive:
- as built: the areas ``assistant documents`` shows (the archive's own reports file
  some documents; the classifier does the rest);
- leave-one-out: each document in turn is taken out of the training (its example and
  where the reports file it), and its area is predicted from its own text alone: how
  the classifier does on a document no report has filed yet.
Prints first-area accuracy, and precision/recall of the first area per area code.

usage: python bench/areas.py [--corpus corpus] [--truth bench/data/sample_archive_truth.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.archive.areas import CODES, AreaModel, area_sections, rank_areas  # noqa: E402
from assistant.archive.profiles import (  # noqa: E402
    SourceText,
    describe,
    is_report,
    load_profiles,
    training_examples,
)
from assistant.citations import Registry  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.retrieval import paths  # noqa: E402
from assistant.retrieval.indexer import Indexer  # noqa: E402


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


def leave_one_out(root: Path, settings: Settings, keys: set[str]) -> dict[str, str | None]:
    """Key+year -> first area predicted with the document left out of the training."""
    indexer = Indexer(settings)
    manifest = indexer.meta.read_manifest()
    texts = {
        d.source: SourceText(d.source, d.text, d.identity.code, d.identity.issuer)
        for d, _ in indexer._cached_docs(manifest)
    }
    registry = Registry.from_dict(json.loads(paths.registry(root).read_text(encoding="utf-8")))
    sections = {s: area_sections(t.text) for s, t in texts.items() if is_report(t)}
    entries = registry.entries()
    descriptions = {e.key + str(e.year): describe(e, texts) for e in entries}
    out = {}
    for e in entries:
        k = e.key + str(e.year)
        if e.ident not in keys:
            continue
        examples = training_examples(entries, sections, texts, descriptions, leave_out=k)
        # The document's own file, when it is a report, is not a labelled section either.
        own = _own_sections(e.own_source, texts, sections) if e.own_source else set()
        examples = [x for x in examples if x[1] not in own]
        model = AreaModel.train(examples, corpus=descriptions.values())
        ranked = rank_areas(model.scores(descriptions[k]))
        out[e.ident] = ranked[0] if ranked else None
    return out


def _own_sections(source: str, texts: dict, sections: dict) -> set[str]:
    return {texts[source].text[s.start : s.end] for s in sections.get(source, ())}


def report(name: str, pairs: list[tuple[str, str, str | None]]) -> None:
    right = sum(t == p for _, t, p in pairs)
    print(f"{name}: first area right {right}/{len(pairs)}")
    for area, (p, r, n) in per_area([(t, p) for _, t, p in pairs]).items():
        print(f"    {area:20} P {p:.2f} R {r:.2f} (n={n})")
    wrong = [f"{i} {t}→{p}" for i, t, p in pairs if t != p]
    if wrong:
        print("    wrong: " + "; ".join(wrong))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(REPO / "corpus"))
    parser.add_argument("--truth", default=str(REPO / "bench/data/sample_archive_truth.json"))
    parser.add_argument("--year", type=int, help="only documents issued this year")
    parser.add_argument("--index", help="an index of --corpus already built (profiles are rebuilt)")
    args = parser.parse_args()
    truth = json.loads(Path(args.truth).read_text(encoding="utf-8"))
    wanted = {
        d["ident"]: d["areas"][0]
        for d in truth["documents"]
        if d.get("areas") and (args.year is None or str(d["date"]).startswith(str(args.year)))
    }
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(corpus=Path(args.corpus), index=Path(args.index or Path(tmp) / "i"))
        indexer = Indexer(settings)
        if args.index:
            indexer._rebuild_derived(indexer.meta.read_manifest())
        else:
            indexer.ingest([Path(args.corpus)])
        root = Path(settings.index)
        built = {p.ident: p for p in load_profiles(paths.profiles(root))}
        own = {d["ident"] for d in truth["documents"] if d.get("source")}
        rows = [(i, a, built[i].area if i in built else None) for i, a in wanted.items()]
        report("as built, own files", [r for r in rows if r[0] in own])
        report("as built, all", rows)
        loo = leave_one_out(root, settings, set(wanted))
        held = [(i, a, loo.get(i)) for i, a in wanted.items()]
        report("leave-one-out, own files", [r for r in held if r[0] in own])
        report("leave-one-out, all", held)
        counts = Counter(len(p.areas) for p in built.values())
        print(f"areas per document: {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
