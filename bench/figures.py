"""Figure questions over the multi-year archives: the right year's figure, from the right document.

"Năm 2023 tỷ lệ hồ sơ trực tuyến đạt bao nhiêu?" has an answer in the 2023 report, a
target in the 2023 plan, and other values in the 2022 and 2024 reports. Each question of
a JSON-lines file (``bench/data/figures_dev.jsonl``, ``figures_heldout.jsonl``; or a truth
file's ``figure_questions``) is asked on its archive, extractively (no LLM), and its
answer's first point is read:

- right: it holds one of the ``expected`` strings (as the document writes the figure);
- source: it is quoted from one of the ``sources`` files;
- wrong value first: it holds one of the ``others`` (the same measure of another year or
  part of a year, the target for a result, the result for a target) and no expected one;
- anywhere: an expected string is somewhere in the answer.

Prints these per archive and in total, by kind (result / target) and language, and with
``--misses`` each question missed and the first point given.

usage: python bench/figures.py --questions bench/data/figures_dev.jsonl [--archive NAME ...]
       python bench/figures.py --truth bench/data/heldout6_archive_truth.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.config import Settings  # noqa: E402
from assistant.generation.answer import Answerer  # noqa: E402
from assistant.retrieval.indexer import Indexer  # noqa: E402

# Each archive's files (generate the held-out ones with scripts/make_heldout*_archive.py).
ARCHIVES = {
    "samples": REPO / "corpus",
    "binh-son": REPO / "bench/out/heldout-archive",
    "tan-lam": REPO / "bench/out/heldout3-archive",
    "vinh-ha": REPO / "bench/out/heldout4-archive",
    "tuong-an": REPO / "bench/out/heldout5-archive",
    "phu-khe": REPO / "bench/out/heldout6-archive",
    "dong-son": REPO / "bench/out/heldout7-archive",
    "bac-hoa": REPO / "bench/out/heldout8-archive",
    "hung-linh": REPO / "bench/out/heldout9-archive",
    "lac-giang": REPO / "bench/out/heldout10-archive",
    "hoa-phong": REPO / "bench/out/heldout11-archive",
    "ngoc-lam": REPO / "bench/out/heldout12-archive",
    "van-phu": REPO / "bench/out/heldout13-archive",
    "tra-giang": REPO / "bench/out/heldout14-archive",
    "lam-dien": REPO / "bench/out/heldout15-archive",
    "kim-xuyen": REPO / "bench/out/heldout16-archive",
    "ha-lam": REPO / "bench/out/heldout17-archive",
    "xuan-thuy": REPO / "bench/out/heldout18-archive",
    "an-truong": REPO / "bench/out/heldout19-archive",
    "long-thanh": REPO / "bench/out/heldout20-archive",
    "thuan-yen": REPO / "bench/out/heldout21-archive",
    "hai-minh": REPO / "bench/out/heldout22-archive",
    "dai-phong": REPO / "bench/out/heldout23-archive",
    "bao-lam": REPO / "bench/out/heldout24-archive",
    "minh-giang": REPO / "bench/out/heldout25-archive",
    "quang-ha": REPO / "bench/out/heldout26-archive",
    "khanh-lam": REPO / "bench/out/heldout27-archive",
    "yen-khe": REPO / "bench/out/heldout28-archive",
    "ninh-thuy": REPO / "bench/out/heldout29-archive",
    "phuoc-lam": REPO / "bench/out/heldout30-archive",
    "ha-uyen": REPO / "bench/out/heldout31-archive",
    "kien-phong": REPO / "bench/out/heldout32-archive",
    "lien-son": REPO / "bench/out/heldout33-archive",
    "thanh-binh": REPO / "bench/out/heldout34-archive",
    "phu-dien": REPO / "bench/out/heldout35-archive",
}
# A truth file's archive, by its name.
TRUTH_ARCHIVES = {
    "sample_archive_truth": "samples",
    "heldout_archive_truth": "binh-son",
    "heldout3_archive_truth": "tan-lam",
    "heldout4_archive_truth": "vinh-ha",
    "heldout5_archive_truth": "tuong-an",
    "heldout6_archive_truth": "phu-khe",
    "heldout7_archive_truth": "dong-son",
    "heldout8_archive_truth": "bac-hoa",
    "heldout9_archive_truth": "hung-linh",
    "heldout10_archive_truth": "lac-giang",
    "heldout11_archive_truth": "hoa-phong",
    "heldout12_archive_truth": "ngoc-lam",
    "heldout13_archive_truth": "van-phu",
    "heldout14_archive_truth": "tra-giang",
    "heldout15_archive_truth": "lam-dien",
    "heldout16_archive_truth": "kim-xuyen",
    "heldout17_archive_truth": "ha-lam",
    "heldout18_archive_truth": "xuan-thuy",
    "heldout19_archive_truth": "an-truong",
    "heldout20_archive_truth": "long-thanh",
    "heldout21_archive_truth": "thuan-yen",
    "heldout22_archive_truth": "hai-minh",
    "heldout23_archive_truth": "dai-phong",
    "heldout24_archive_truth": "bao-lam",
    "heldout25_archive_truth": "minh-giang",
    "heldout26_archive_truth": "quang-ha",
    "heldout27_archive_truth": "khanh-lam",
    "heldout28_archive_truth": "yen-khe",
    "heldout29_archive_truth": "ninh-thuy",
    "heldout30_archive_truth": "phuoc-lam",
    "heldout31_archive_truth": "ha-uyen",
    "heldout32_archive_truth": "kien-phong",
    "heldout33_archive_truth": "lien-son",
    "heldout34_archive_truth": "thanh-binh",
    "heldout35_archive_truth": "phu-dien",
}
_POINT = re.compile(r"^\s*2\.\s", re.M)


def first_point(answer: str) -> str:
    """The answer up to its second numbered point."""
    m = _POINT.search(answer)
    return answer[: m.start()] if m else answer


def holds(text: str, figure: str) -> bool:
    """Whether ``text`` states ``figure`` as a whole number (``45,0%`` is not in ``145,0%``)."""
    text = " ".join(text.split())
    return re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d])", text) is not None


def quotes_from(point: str, name: str) -> bool:
    """Whether ``point`` names the file ``name`` as where it quotes from ("…; BC CCHC
    2021.docx, p. 1"): file names as staff save them hold spaces and brackets, which a
    pattern for any file name cannot tell from the text around it."""
    return re.search(rf"(?:^|[\s;(/]){re.escape(name)}(?=[,;)\s]|$)", point) is not None


def score(question: dict, answer: str) -> dict:
    """One question's verdict."""
    point = first_point(answer)
    right = any(holds(point, f) for f in question["expected"])
    return {
        "right": right,
        "source": any(quotes_from(point, name) for name in question.get("sources", [])),
        "other_first": not right and any(holds(point, f) for f in question.get("others", [])),
        "anywhere": any(holds(answer, f) for f in question["expected"]),
    }


def load_by_archive(
    truths: list[str], question_files: list[str], archives: list[str] | None, key: str
) -> dict[str, list[dict]]:
    """The items of each archive: a truth file's ``key`` list (its archive by the file's
    name, ``TRUTH_ARCHIVES``; a file not written yet is skipped) and JSON-lines files whose
    items name their archive; only ``archives`` when given."""
    by_archive: dict[str, list[dict]] = defaultdict(list)
    for path in truths:
        name = TRUTH_ARCHIVES.get(Path(path).stem)
        if name is None:
            sys.exit(f"no archive is known for {path}: name it in TRUTH_ARCHIVES")
        if not Path(path).is_file():
            print(f"{path} does not exist (not written yet?): skipped", flush=True)
            continue
        truth = json.loads(Path(path).read_text(encoding="utf-8"))
        by_archive[name] += [dict(item, archive=name) for item in truth.get(key, [])]
    for path in question_files:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                by_archive[item["archive"]].append(item)
    if archives:
        by_archive = defaultdict(list, {a: by_archive[a] for a in archives})
    return {a: items for a, items in by_archive.items() if items}


def load(args: argparse.Namespace) -> dict[str, list[dict]]:
    """The questions by archive."""
    return load_by_archive(
        [args.truth] if args.truth else [],
        [args.questions] if args.questions else [],
        args.archive,
        "figure_questions",
    )


def run_archive(name: str, questions: list[dict], misses: bool) -> list[dict]:
    """Ask every question of one archive on a fresh index; the verdicts."""
    corpus = ARCHIVES[name]
    if not corpus.is_dir():
        sys.exit(f"{corpus} is missing: generate it (scripts/make_heldout*_archive.py)")
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(corpus=corpus, index=Path(tmp) / "i")
        Indexer(settings).ingest([corpus])
        answerer = Answerer(settings, llm=None)
        for q in questions:
            answer = answerer.ask(q["question"]).text
            verdict = dict(score(q, answer), kind=q.get("kind"), lang=q.get("lang"))
            out.append(verdict)
            if misses and not (verdict["right"] and verdict["source"]):
                print(f"  MISS [{name}] {q['question']}")
                print(f"       expected {q['expected']} from {q.get('sources')}")
                print("       " + first_point(answer).strip().replace("\n", "\n       ")[:600])
    return out


def line(label: str, verdicts: list[dict]) -> str:
    n = len(verdicts)
    count = {k: sum(v[k] for v in verdicts) for k in ("right", "source", "other_first", "anywhere")}
    both = sum(v["right"] and v["source"] for v in verdicts)
    return (
        f"{label:22} n {n:3}  right first {count['right']:3} ({count['right'] / n:.2f})"
        f"  + right source {both:3}  other value first {count['other_first']:3}"
        f"  anywhere {count['anywhere']:3}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", help="JSON lines, each with its archive")
    parser.add_argument("--truth", help="a truth file with figure_questions")
    parser.add_argument("--archive", action="append", help="only this archive (repeatable)")
    parser.add_argument("--misses", action="store_true", help="print each miss (dev sets only)")
    args = parser.parse_args()
    if not (args.questions or args.truth):
        parser.error("give --questions or --truth")
    everything: list[dict] = []
    for name, questions in load(args).items():
        verdicts = run_archive(name, questions, args.misses)
        print(line(name, verdicts), flush=True)
        everything += verdicts
    if not everything:
        sys.exit("no question to ask")
    print(line("all", everything))
    for key in ("kind", "lang"):
        for value in sorted({str(v[key]) for v in everything}):
            print(line(f"  {key} {value}", [v for v in everything if str(v[key]) == value]))


if __name__ == "__main__":
    main()
