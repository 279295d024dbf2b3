"""Citation checks on the archives: each draft's citations against what the archive says.

Each draft of a JSON-lines file (``bench/data/check_dev.jsonl``, ``check_heldout.jsonl``;
or a truth file's ``check_drafts``) is checked on its archive by the real CLI,
``python -m assistant check FILE --json [--as-of DATE]``, against a fresh index of that
archive (default embedder). Each expected citation is matched to the finding whose span
overlaps its ``written`` span most, and scored:

- found: a finding overlaps it;
- status right: the finding's status is the expected one or an ``acceptable`` one; for a
  warning case (``superseded`` / ``partly_superseded``) its warning is; a warning where
  none is expected is not right;
- errors caught: an expected status other than ``verified`` (and no warning case) gets a
  finding that is not ``verified``;
- false alarms: an expected ``verified`` gets a finding that is not; a warning there is a
  false warning, counted apart;
- names the document: for a wrong citation whose ``archive_ident`` is given, the finding's
  ``expected`` names that document (and its date).

A finding may carry a warning as its status (``superseded``) or beside it (a ``warning``
key): both are read. Prints these per archive and in total, a row per expected status,
and with ``--misses`` every miss (development sets only: held-out misses are not read).
Time is printed, not asserted.

usage: python bench/check.py --questions bench/data/check_dev.jsonl [--archive NAME ...] [--misses]
                             [--index-root DIR]   (DIR/NAME kept and brought up to date)
       python bench/check.py --truth bench/data/heldout7_archive_truth.json
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from figures import ARCHIVES, load_by_archive  # noqa: E402

from assistant.citations.check import STATUSES, WARNINGS  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.retrieval.indexer import Indexer  # noqa: E402

# The seventh archive may not be generated (or written) yet: say so and skip it.
ARCHIVE_DIRS = ARCHIVES
STATUS_ORDER = (*STATUSES, *WARNINGS)


@dataclass(frozen=True)
class Verdict:
    """One expected citation against the finding matched to it (None if there is none)."""

    archive: str
    draft: str
    case: dict
    finding: dict | None

    @property
    def got_status(self) -> str | None:
        """The finding's status among the six (a warning as status stands for ``verified``)."""
        if self.finding is None:
            return None
        status = self.finding["status"]
        return self.finding.get("base_status", "verified") if status in WARNINGS else status

    @property
    def got_warning(self) -> str | None:
        """The finding's warning, as its status or beside it."""
        if self.finding is None:
            return None
        status = self.finding["status"]
        return status if status in WARNINGS else self.finding.get("warning")

    @property
    def warning_case(self) -> bool:
        """Whether a warning is expected."""
        return self.case["warning"] is not None

    @property
    def right(self) -> bool:
        """Status (or, for a warning case, the warning) as expected or acceptable."""
        if self.finding is None:
            return False
        allowed = {self.case["status"], *self.case["acceptable"]}
        if self.warning_case:
            # the warning is what is expected, whether the case's status repeats it (the
            # check sets) or keeps "verified" beside it (the seventh truth file)
            warned = {self.case["warning"], *self.case["acceptable"]} - {"verified"}
            return self.got_warning in warned
        return self.got_status in allowed and (
            self.got_warning is None or self.got_warning in allowed
        )

    @property
    def expected_ident(self) -> str | None:
        """The archive document the finding's ``expected`` names."""
        expected = (self.finding or {}).get("expected") or {}
        return expected.get("ident")

    @property
    def expected_date(self) -> str | None:
        """The date the finding's ``expected`` gives."""
        expected = (self.finding or {}).get("expected") or {}
        return expected.get("date")


def fold_ident(ident: str | None) -> str:
    """An ident compared loosely: NFC, upper case, no spaces, Ð read as Đ."""
    text = unicodedata.normalize("NFC", ident or "").replace("\u00d0", "Đ")
    return "".join(text.upper().split())


def normalized(text: str) -> str:
    """The text as the CLI reads a draft (the package's normaliser; NFC without it)."""
    try:
        from assistant.ingest.normalize import normalize_text
    except ImportError:
        return unicodedata.normalize("NFC", text)
    return normalize_text(text)


def span_of(text: str, written: str, draft_id: str) -> tuple[int, int]:
    """Where ``written`` sits in the normalised draft; it must occur exactly once."""
    needle = normalized(written)
    start = text.find(needle)
    if start < 0 or text.find(needle, start + 1) >= 0:
        sys.exit(f"{draft_id}: {written!r} must occur exactly once in its text")
    return start, start + len(needle)


def match(span: tuple[int, int], findings: list[dict]) -> dict | None:
    """The finding that overlaps ``span`` most, or None."""
    best, overlap = None, 0
    for f in findings:
        shared = min(span[1], f["end"]) - max(span[0], f["start"])
        if shared > overlap:
            best, overlap = f, shared
    return best


def load(args: argparse.Namespace) -> dict[str, list[dict]]:
    """The drafts by archive, from ``--questions`` and ``--truth``."""
    return load_by_archive(args.truth or [], args.questions or [], args.archive, "check_drafts")


def run_cli(text: str, as_of: str | None, index: Path, corpus: Path, work: Path) -> list[dict]:
    """``assistant check FILE --json [--as-of]`` on one draft; its findings."""
    path = work / "draft.txt"
    path.write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "assistant", "check", str(path), "--json"]
    if as_of:
        command += ["--as-of", as_of]
    env = os.environ | {"ASSISTANT_INDEX": str(index), "ASSISTANT_CORPUS": str(corpus)}
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"assistant check failed ({done.returncode}): {done.stderr.strip()[-800:]}")
    return json.loads(done.stdout)["findings"]


def check_draft(
    archive: str, draft: dict, index: Path, corpus: Path, work: Path
) -> tuple[list[Verdict], list[tuple[str, str, dict]]]:
    """The verdicts on one draft's citations and the findings matched to none."""
    findings = run_cli(draft["text"], draft.get("as_of"), index, corpus, work)
    text = normalized(draft["text"])
    verdicts: list[Verdict] = []
    used: set[int] = set()
    for case in draft["citations"]:
        finding = match(span_of(text, case["written"], draft["id"]), findings)
        verdicts.append(Verdict(archive, draft["id"], case, finding))
        if finding is not None:
            used.add(id(finding))
    unlisted = [
        (draft["id"], text[f["start"] : f["end"]], f) for f in findings if id(f) not in used
    ]
    return verdicts, unlisted


def run_archive(
    name: str, drafts: list[dict], index_root: Path | None = None
) -> tuple[list[Verdict], list[tuple[str, str, dict]], dict[str, float]] | None:
    """Check every draft of one archive; None when it is not generated.

    The index is a fresh one, or ``index_root / name`` brought up to date (kept for the next run).
    """
    corpus = ARCHIVE_DIRS.get(name)
    if corpus is None or not corpus.is_dir():
        print(
            f"{name}: {corpus} is missing (generate it with scripts/make_heldout*_archive.py);"
            " skipped",
            flush=True,
        )
        return None
    verdicts: list[Verdict] = []
    unlisted: list[tuple[str, str, dict]] = []
    with tempfile.TemporaryDirectory(prefix="bench-check-") as tmp:
        index = Path(tmp) / "i" if index_root is None else index_root / name
        started = time.perf_counter()
        Indexer(Settings(corpus=corpus, index=index)).ingest([corpus])
        ingested = time.perf_counter()
        for draft in drafts:
            got, extra = check_draft(name, draft, index, corpus, Path(tmp))
            verdicts += got
            unlisted += extra
        seconds = {"ingest": ingested - started, "check": time.perf_counter() - ingested}
    return verdicts, unlisted, seconds


def share(k: int, n: int) -> str:
    """``k/n (0.xx)``."""
    return f"{k}/{n} ({k / n:.2f})" if n else "0/0"


def names_document(v: Verdict) -> bool:
    """Whether the finding's ``expected`` names the archive document the case gives."""
    return fold_ident(v.expected_ident) == fold_ident(v.case["archive_ident"])


def is_error(v: Verdict) -> bool:
    """A wrong citation (no warning case): an expected status other than ``verified``."""
    return not v.warning_case and v.case["status"] != "verified"


def flagged(v: Verdict) -> bool:
    """The finding calls the citation wrong (a status other than ``verified``)."""
    return v.got_status not in (None, "verified")


def figures(verdicts: list[Verdict]) -> dict[str, str]:
    """The measures of a group of verdicts, formatted."""
    errors = [v for v in verdicts if is_error(v)]
    plain = [v for v in verdicts if not v.warning_case and v.case["status"] == "verified"]
    warned = [v for v in verdicts if v.warning_case]
    named = [v for v in errors if v.case["archive_ident"]]
    names = [v for v in named if names_document(v)]
    alarms = [v for v in plain if flagged(v) and v.got_status not in v.case["acceptable"]]
    return {
        "citations": str(len(verdicts)),
        "found": share(sum(v.finding is not None for v in verdicts), len(verdicts)),
        "status right": share(sum(v.right for v in verdicts), len(verdicts)),
        "errors caught": share(sum(flagged(v) for v in errors), len(errors)),
        "false alarms": f"{len(alarms)}/{len(plain)}",
        "false warnings": f"{sum(v.got_warning is not None for v in plain)}/{len(plain)}",
        "warnings right": share(sum(v.right for v in warned), len(warned)),
        "names document": f"{len(names)}/{len(named)}"
        f" (+date {sum(v.expected_date == v.case['archive_date'] for v in names)})",
    }


def summary(label: str, verdicts: list[Verdict], unlisted: int) -> str:
    """One line of figures."""
    shown = "  ".join(f"{k} {v}" for k, v in figures(verdicts).items())
    return f"{label:9} {shown}  unlisted findings {unlisted}"


def per_status(verdicts: list[Verdict]) -> list[str]:
    """A row per expected status: right/total, found, and what was given instead."""
    rows = []
    for status in STATUS_ORDER:
        group = [v for v in verdicts if (v.case["warning"] or v.case["status"]) == status]
        if not group:
            continue
        wrong: dict[str, int] = defaultdict(int)
        for v in group:
            if not v.right:
                wrong[v.got_warning or v.got_status or "no finding"] += 1
        given = ", ".join(f"{k} {n}" for k, n in sorted(wrong.items()))
        right = share(sum(v.right for v in group), len(group))
        found = sum(v.finding is not None for v in group)
        rows.append(
            f"  {status:18} right {right:13}  found {found}/{len(group)}"
            + (f"  given instead: {given}" if given else "")
        )
    return rows


def missed(v: Verdict) -> bool:
    """Wrong status, or a wrong citation whose finding names another document (or none)."""
    return not v.right or (is_error(v) and bool(v.case["archive_ident"]) and not names_document(v))


def print_misses(verdicts: list[Verdict], unlisted: list[tuple[str, str, dict]]) -> None:
    """Every miss, with what the finding says; then the findings no citation expected."""
    for v in filter(missed, verdicts):
        f = v.finding or {}
        case = v.case
        also = f" (or {', '.join(case['acceptable'])})" if case["acceptable"] else ""
        print(f"  MISS [{v.draft}] {case['written']}")
        print(
            f"       expected {case['status']}{also} {case['archive_ident']}"
            f" {case['archive_date']}: {case['error']}"
        )
        print(f"       got      {f.get('status', 'no finding')} {f.get('expected')}")
        if f.get("suggestion"):
            print(f"       says     {f['suggestion']}")
    for draft_id, text, f in unlisted:
        print(f"  UNLISTED [{draft_id}] {text!r}: {f['status']} {f.get('expected')}")


def main() -> None:
    """Run the bench and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", action="append", help="JSON lines, each with its archive")
    parser.add_argument("--truth", action="append", help="a truth file with check_drafts")
    parser.add_argument("--archive", action="append", help="only this archive (repeatable)")
    parser.add_argument("--misses", action="store_true", help="print each miss (dev sets only)")
    parser.add_argument("--index-root", type=Path, help="one index per archive, NAME below it")
    args = parser.parse_args()
    if not (args.questions or args.truth):
        parser.error("give --questions or --truth")
    everything: list[Verdict] = []
    all_unlisted: list[tuple[str, str, dict]] = []
    for name, drafts in load(args).items():
        result = run_archive(name, drafts, args.index_root)
        if result is None:
            continue
        verdicts, unlisted, seconds = result
        print(summary(name, verdicts, len(unlisted)), flush=True)
        print(
            f"{'':10} ingest {seconds['ingest']:.1f} s, check {seconds['check']:.1f} s"
            f" for {len(drafts)} drafts",
            flush=True,
        )
        if args.misses:
            print_misses(verdicts, unlisted)
        everything += verdicts
        all_unlisted += unlisted
    if not everything:
        sys.exit("no draft was checked")
    print(summary("all", everything, len(all_unlisted)))
    print("\n".join(per_status(everything)))


if __name__ == "__main__":
    main()
