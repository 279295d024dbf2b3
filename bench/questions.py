"""Every list and figure question of the truths and the sets, archive by archive, on indexes
built once; totals by set and by split (development / held out).

The list questions of each archive's truth file (``list_questions``) and of every
``bench/data/lists_*.jsonl`` line naming that archive are scored as ``bench/draft.py
--archive --questions`` scores them (every expected document cited, none outside expected +
also, the expected first one first); the figure questions (``figure_questions``,
``bench/data/figures_*.jsonl``) as ``bench/figures.py`` scores them (the right figure in the
first point). The fact questions (``bench/data/facts_*.jsonl``: a deadline, a signer, a day
of issue or effect, who leads a task, a detail inside one document) are scored as the
figure questions are: an expected string in the first point, which names a source file.
``bench/data/splits.json`` says which archives of each set are held out; a
truth's own questions are development. A held-out question's text is never printed or
written: only its set, line and verdict, so that its misses are not read by accident.

An index is built under ``--index-root``/NAME when missing, and brought up to date (ingest:
changed files, and derived data of a newer version) when present; ``--no-update`` skips that.

usage: python bench/questions.py --index-root DIR [--archive NAME ...] [--lists] [--figures]
                                 [--facts] [--out FILE.json] [--misses]
       python bench/questions.py --compare BEFORE.json AFTER.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from draft import cited_in_order  # noqa: E402
from figures import ARCHIVES, TRUTH_ARCHIVES, first_point  # noqa: E402
from figures import score as figure_score  # noqa: E402

from assistant.citations import lookup_key  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.generation.answer import Answerer  # noqa: E402
from assistant.retrieval.indexer import Indexer  # noqa: E402

DATA = REPO / "bench" / "data"
TRUTH_FILES = {archive: DATA / f"{stem}.json" for stem, archive in TRUTH_ARCHIVES.items()}
KINDS = {
    "lists": ("lists_", "list_questions"),
    "figures": ("figures_", "figure_questions"),
    "facts": ("facts_", "fact_questions"),
}


def splits() -> dict[str, dict]:
    """Each set file's split (``bench/data/splits.json``)."""
    path = DATA / "splits.json"
    return json.loads(path.read_text(encoding="utf-8"))["sets"] if path.is_file() else {}


def side(name: str, archive: str, known: dict[str, dict]) -> str:
    """"dev" or "held" for a question of ``archive`` in the set file ``name``: a truth's own
    questions are development; a set ``known`` does not name counts as held out (nothing of
    it is read)."""
    if name.endswith("_truth.json"):
        return "dev"
    split = known.get(name)
    if split is None:
        return "held"
    for name, key in (("dev", "development"), ("held", "held_out")):
        if split.get(key) == "all" or archive in split.get(key, ()):
            return name
    return "held"


def questions(archive: str, kind: str) -> list[dict]:
    """The ``kind`` questions of one archive, each with its set, line and side."""
    prefix, key = KINDS[kind]
    out = []
    truth = TRUTH_FILES.get(archive)
    if truth and truth.is_file():
        items = json.loads(truth.read_text(encoding="utf-8")).get(key, [])
        out += [dict(q, set=truth.name, line=i) for i, q in enumerate(items)]
    known = splits()
    for path in sorted(DATA.glob(f"{prefix}*.jsonl")):
        for i, raw in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if raw.strip():
                q = json.loads(raw)
                if q.get("archive") == archive:
                    out.append(dict(q, set=path.name, line=i))
    return [dict(q, side=side(q["set"], archive, known)) for q in out]


def list_verdict(q: dict, text: str) -> dict:
    got = cited_in_order(text)
    expected = {lookup_key(i) for i in q["expected"]}
    allowed = expected | {lookup_key(i) for i in q.get("also", ())}
    first_ok = "first" not in q or got[:1] == [lookup_key(q["first"])]
    return {
        "ok": expected <= set(got) and set(got) <= allowed and first_ok,
        "missing": sorted(expected - set(got)),
        "extra": sorted(set(got) - allowed),
        "first_ok": first_ok,
    }


def figure_verdict(q: dict, text: str) -> dict:
    v = figure_score(q, text)
    return {"ok": v["right"] and v["source"], "right": v["right"], "source": v["source"]}


def run(root: Path, archive: str, kinds: list[str], update: bool, misses: bool) -> list[dict]:
    corpus = ARCHIVES[archive]
    if not corpus.is_dir():
        sys.exit(f"{corpus} is missing: generate it (scripts/make_heldout*_archive.py)")
    settings = Settings(corpus=corpus, index=root / archive)
    if update or not (root / archive).exists():
        t = time.perf_counter()
        Indexer(settings).ingest([corpus])
        print(f"[{archive}] index up to date ({time.perf_counter() - t:.0f} s)", flush=True)
    answerer = Answerer(settings, llm=None)
    rows = []
    for kind in kinds:
        for q in questions(archive, kind):
            text = answerer.ask(q["question"]).text
            verdict = list_verdict(q, text) if kind == "lists" else figure_verdict(q, text)
            row = {"kind": kind, "archive": archive, "set": q["set"], "line": q["line"]}
            row |= {"side": q["side"], **verdict}
            if q["side"] == "dev":
                row["question"] = q["question"]
                if misses and not verdict["ok"]:
                    shown = first_point(text) if kind != "lists" else text
                    print(f"  MISS [{archive}] {q['set']}:{q['line']} {q['question']}")
                    print("       " + shown.strip().replace("\n", "\n       ")[:700])
            rows.append(row)
    return rows


def totals(rows: list[dict]) -> None:
    """Right / asked by kind, set and side."""
    asked: Counter = Counter()
    right: Counter = Counter()
    for r in rows:
        for key in ((r["kind"], r["set"], r["side"]), (r["kind"], "ALL", r["side"])):
            asked[key] += 1
            right[key] += r["ok"]
    for key in sorted(asked, key=lambda k: (k[0], k[1] == "ALL", k[1], k[2])):
        print(f"{key[0]:8} {key[1]:36} {key[2]:5} {right[key]:4} / {asked[key]}")


def compare(before: Path, after: Path) -> None:
    """Questions whose verdict changed: development ones in full, held-out ones as counts."""
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (before, after))

    def keyed(rows: list[dict]) -> dict[tuple, dict]:
        return {(r["kind"], r["archive"], r["set"], r["line"]): r for r in rows}

    old, new = keyed(a), keyed(b)
    known = splits()
    for row in [*old.values(), *new.values()]:
        row["side"] = side(row["set"], row["archive"], known)
    held: Counter = Counter()
    for key in sorted(old.keys() & new.keys()):
        o, n = old[key], new[key]
        if o["ok"] == n["ok"]:
            continue
        if n["side"] == "held":
            held[(key[0], key[2], "up" if n["ok"] else "down")] += 1
            continue
        arrow = "UP  " if n["ok"] else "DOWN"
        print(f"{arrow} {key[0]} [{key[1]}] {key[2]}:{key[3]} {n.get('question', '')[:90]}")
        if not n["ok"] and key[0] == "lists":
            print(f"      missing {n['missing']} extra {n['extra']}")
    for (kind, name, way), count in sorted(held.items()):
        print(f"held {kind} {name}: {count} {way}")
    only = (old.keys() ^ new.keys())
    if only:
        print(f"{len(only)} questions in one run only")
    print("before:")
    totals(list(old.values()))
    print("after:")
    totals(list(new.values()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-root", type=Path, help="one index per archive, NAME below it")
    parser.add_argument("--archive", action="append", help="only this archive (repeatable)")
    parser.add_argument("--lists", action="store_true", help="list questions (default: all kinds)")
    parser.add_argument("--figures", action="store_true", help="figure questions")
    parser.add_argument("--facts", action="store_true", help="fact questions")
    parser.add_argument("--out", type=Path, help="write every verdict here (JSON)")
    parser.add_argument("--misses", action="store_true", help="print development misses")
    parser.add_argument("--no-update", action="store_true", help="use the indexes as they are")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
        return
    if args.index_root is None:
        parser.error("give --index-root (or --compare)")
    kinds = [k for k in KINDS if getattr(args, k)] or list(KINDS)
    rows: list[dict] = []
    for archive in args.archive or list(ARCHIVES):
        t = time.perf_counter()
        rows += run(args.index_root, archive, kinds, not args.no_update, args.misses)
        done = [r for r in rows if r["archive"] == archive]
        print(
            f"[{archive}] {sum(r['ok'] for r in done)} / {len(done)} right"
            f" ({time.perf_counter() - t:.0f} s)",
            flush=True,
        )
        if args.out:
            args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    totals(rows)


if __name__ == "__main__":
    main()
