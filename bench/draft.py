"""Which documents drafts and list answers cite, against what the archive's truth says.

Two benches. ``--archive`` (the multi-year sample archive and its truth file, or a
held-out one): the truth's list questions (right = every expected document cited, none
outside expected + also, and the expected first one first), and a section of the
year's report drafted per area (precision/recall of the documents presented, against
the truth's per-area lists; result sentences drawn from documents of the asked period;
citations the checker cannot verify). Without ``--archive``: for each reform area of
the seed report (the sections ``II > 1`` … ``II > 6``), the
drafter is asked for that section ("Soạn mục Cải cách thể chế cho báo cáo CCHC năm
2021", extractive, no LLM). The gold documents are those the report cites inside the
section. Prints precision and recall of the cited documents per section and their mean,
and the same for list answers to "Những văn bản nào về <area>?".

usage: python bench/draft.py                       # the seed report
       python bench/draft.py --archive [--corpus corpus] [--truth FILE] [--year 2024]
       python bench/draft.py --archive ... --questions bench/data/lists_dev.jsonl [--name NAME]

``--questions FILE`` (JSON lines, each with ``archive``): the list questions of FILE whose
``archive`` is NAME (by default inferred from the truth file's name, see ``ARCHIVE_NAMES``)
are scored instead of the truth's own, the same way.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.archive.areas import DESCRIPTIONS  # noqa: E402
from assistant.archive.profiles import load_profiles  # noqa: E402
from assistant.citations import extract, lookup_key  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.generation.answer import Answerer  # noqa: E402
from assistant.generation.draft import Drafter  # noqa: E402
from assistant.retrieval import paths  # noqa: E402
from assistant.retrieval.indexer import Indexer  # noqa: E402

# The name a questions file gives each archive, by its truth file's name.
ARCHIVE_NAMES = {
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
SEED = REPO.parent / "shared" / "seed" / "bao-cao-cchc-2021-skhcn-khanh-hoa.txt"
_AREA = re.compile(r"^\d+\.\s+(.+)$")


def cited(text: str) -> set[str]:
    """Lookup keys of the complete citations in ``text``."""
    return {c.key for c in extract(text) if c.key and not c.missing}


def areas(answerer: Answerer) -> dict[str, tuple[str, set[str]]]:
    """Reform area title -> (its section, keys of the documents the report cites there)."""
    out: dict[str, set[str]] = {}
    titles: dict[str, str] = {}
    for c in answerer.searcher.lexical.chunks:
        parts = c.section.split(" > ")
        if len(parts) < 2 or parts[0] != "II" or c.source != SEED.name:
            continue
        key = " > ".join(parts[:2])
        # The area's own heading line, "3. Cải cách tổ chức bộ máy hành chính nhà nước".
        for line in c.text.splitlines():
            m = _AREA.match(line.strip())
            if m and key not in titles and line.strip().startswith(f"{parts[1]}. "):
                titles[key] = m.group(1).strip()
        out.setdefault(key, set()).update(cited(c.text))
    return {titles[k]: (k, v) for k, v in out.items() if k in titles and v}


def score(found: set[str], gold: set[str]) -> tuple[float, float]:
    precision = len(found & gold) / len(found) if found else 0.0
    return precision, len(found & gold) / len(gold)


def cited_in_order(text: str) -> list[str]:
    """Lookup keys of the documents ``text`` lists, in order: the first citation of each
    list item ("1. …", "- …"; a note after it, "đã được thay thế bởi …", names another
    document, not one listed); all citations when the text is no list."""
    items = [line for line in text.splitlines() if re.match(r"\s*(?:\d+\.|-)\s", line)]
    keys = []
    for line in items or [text]:
        found = [c.key for c in extract(line) if c.key and not c.missing]
        keys += found[:1] if items else found
    return list(dict.fromkeys(keys))


def list_questions(answerer: Answerer, questions: list[dict]) -> int:
    """Ask each list question; print what was cited; return how many were right."""
    right = 0
    for q in questions:
        got = cited_in_order(answerer.ask(q["question"]).text)
        expected = {lookup_key(i) for i in q["expected"]}
        allowed = expected | {lookup_key(i) for i in q.get("also", ())}
        first_ok = "first" not in q or (got[:1] == [lookup_key(q["first"])])
        ok = expected <= set(got) and set(got) <= allowed and first_ok
        right += ok
        missing = sorted(expected - set(got))
        extra = sorted(set(got) - allowed)
        print(
            f"{'ok ' if ok else 'BAD'} {q['question'][:70]:70} missing {missing} extra {extra}"
            + ("" if first_ok else f" first {got[:1]}")
        )
    print(f"list questions right: {right}/{len(questions)}")
    return right


def area_title(code: str) -> str:
    """The area's heading as reports write it (the first sentence of its description)."""
    return DESCRIPTIONS[code].split(". ")[0]


def archive_drafts(answerer: Answerer, truth: dict, year: int) -> None:
    """Draft each area's section of the year's report; score documents and results."""
    gold_all = truth.get(f"report_{year}") or {}
    acceptable = truth.get(f"report_{year}_acceptable") or {}
    profiles = {
        p.source: p for p in load_profiles(paths.profiles(Path(answerer.settings.index))) if p.own
    }
    drafter = Drafter(answerer)
    rows = []
    for code, gold_idents in gold_all.items():
        gold = {lookup_key(i) for i in gold_idents}
        ok = gold | {lookup_key(i) for i in acceptable.get(code, ())}
        draft = drafter.draft(f"Soạn mục {area_title(code)} cho báo cáo CCHC năm {year}")
        # Part a) presents the period's work; a basis ("Căn cứ …") before it is said to be one.
        part_a = draft.text.split("a) Công tác")[-1].split("b) Kết quả")[0]
        got = set(cited_in_order(part_a))
        wrong = got - ok
        precision = len(got & ok) / len(got) if got else (1.0 if not gold else 0.0)
        recall = len(got & gold) / len(gold) if gold else 1.0
        facts = re.findall(r"\(nguồn: ([^,]+), p\. ?\d+", draft.text)
        in_period = sum(1 for f in facts if f in profiles and profiles[f].concerns_year(year))
        unverified = sum(f.status != "verified" for f in draft.findings)
        rows.append((precision, recall, in_period, len(facts), unverified, len(wrong)))
        print(
            f"{code:20} gold {len(gold)} got {len(got)} P {precision:.2f} R {recall:.2f}"
            f"  wrong {sorted(wrong)}  results from {year}: {in_period}/{len(facts)}"
            f"  unverified {unverified}"
        )
    n = len(rows)
    print(
        f"drafts {year}: mean P {statistics.fmean(r[0] for r in rows):.2f}"
        f"  mean R {statistics.fmean(r[1] for r in rows):.2f}"
        f"  other-area/other-year documents {sum(r[5] for r in rows)}"
        f"  results from {year} {sum(r[2] for r in rows)}/{sum(r[3] for r in rows)}"
        f"  unverified citations {sum(r[4] for r in rows)}  ({n} sections)"
    )


def questions_for(path: Path, name: str) -> list[dict]:
    """The questions of a JSON-lines file whose ``archive`` is ``name``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [q for q in map(json.loads, filter(str.strip, lines)) if q.get("archive") == name]


def archive_main(args: argparse.Namespace) -> None:
    truth = json.loads(Path(args.truth).read_text(encoding="utf-8"))
    questions = truth.get("list_questions", [])
    if args.questions:
        name = args.name or ARCHIVE_NAMES.get(Path(args.truth).stem)
        if not name:
            sys.exit(f"give --name: no archive name is known for {args.truth}")
        questions = questions_for(Path(args.questions), name)
        if not questions:
            sys.exit(f"no question of {args.questions} has archive {name!r}")
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(corpus=Path(args.corpus), index=Path(args.index or Path(tmp) / "i"))
        if not args.index:
            Indexer(settings).ingest([Path(args.corpus)])
        answerer = Answerer(settings, llm=None)
        list_questions(answerer, questions)
        archive_drafts(answerer, truth, args.year)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", action="store_true", help="the multi-year archive bench")
    parser.add_argument("--corpus", default=str(REPO / "corpus"))
    parser.add_argument("--truth", default=str(REPO / "bench/data/sample_archive_truth.json"))
    parser.add_argument("--year", type=int, default=2024)
    parser.add_argument("--index", help="an index of --corpus already built")
    parser.add_argument(
        "--questions", help="with --archive: score the list questions of this JSON-lines file"
    )
    parser.add_argument(
        "--name",
        help="the archive's name in --questions (default: from the truth file's name: "
        + ", ".join(f"{k} -> {v}" for k, v in ARCHIVE_NAMES.items())
        + ")",
    )
    args = parser.parse_args()
    if args.archive:
        archive_main(args)
    else:
        seed_main()


def seed_main() -> None:
    if not SEED.is_file():
        sys.exit(f"the seed report is not at {SEED}: put ../shared beside the repo")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        (corpus / SEED.name).write_bytes(SEED.read_bytes())
        settings = Settings(corpus=corpus, index=Path(tmp) / "index")
        Indexer(settings).ingest([corpus])
        answerer = Answerer(settings, llm=None)
        drafter = Drafter(answerer)
        rows = []
        found = areas(answerer)
        keys = {title: key for title, (key, _) in found.items()}
        for title, (_, gold) in sorted(found.items()):
            draft = drafter.draft(f"Soạn mục {title} cho báo cáo CCHC năm 2021")
            listed = answerer.ask(f"Những văn bản nào về {title.lower()}?")
            d = score(cited(draft.text), gold)
            a = score(cited(listed.text), gold)
            # The "b) Kết quả" sentences: from the area's own section?
            facts = re.findall(r"\(nguồn: [^,]+, p\. \d+, ([^)]*)\)", draft.text)
            area = keys[title]
            on_topic = sum(f == area or f.startswith(area + " >") for f in facts)
            rows.append((d, a, (on_topic, len(facts))))
            print(
                f"{title[:48]:48}  gold {len(gold):2}  draft P {d[0]:.2f} R {d[1]:.2f}"
                f"  list P {a[0]:.2f} R {a[1]:.2f}  results on topic {on_topic}/{len(facts)}"
            )
        for name, i in (("draft", 0), ("list answer", 1)):
            p = statistics.fmean(r[i][0] for r in rows)
            r = statistics.fmean(r[i][1] for r in rows)
            print(f"mean {name:12} precision {p:.2f}  recall {r:.2f}")
        on, total = sum(r[2][0] for r in rows), sum(r[2][1] for r in rows)
        print(f"draft result sentences from the area's own section: {on}/{total}")


if __name__ == "__main__":
    main()
