"""A whole periodic report against a hand-written truth: which documents each area presents.

Ingests an archive (default: the sample corpus) into a temp index, writes the
report for a period (extractive, no LLM) and compares, area by area, the documents
the report presents as the period's work with the truth file's ``report_<period>``
(and ``report_<period>_acceptable``: documents it may also name there). Prints:
area recall and precision (micro over documents, and macro over areas), documents of
another period presented as its work, the period's figures the truth says the report must
state (``report_figures_<period>``, where the truth has it: the right value in its area's
section, anywhere, or a wrong one instead), unverified citations, the Word layout elements
present, and the time to generate (median of runs on an open index; the time to open
it apart).

usage: python bench/report.py [--corpus DIR] [--truth FILE] [--period 2024 ...] [--runs 3]
                              [--index DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from assistant.config import Settings  # noqa: E402
from assistant.generation.answer import Answerer  # noqa: E402
from assistant.generation.docx_export import export_report  # noqa: E402
from assistant.generation.report import Report, Reporter  # noqa: E402
from assistant.retrieval.indexer import Indexer  # noqa: E402

TRUTH = REPO / "bench" / "data" / "sample_archive_truth.json"


def presented(report: Report) -> dict[str, set[str]]:
    """Area -> the documents the report presents there."""
    out: dict[str, set[str]] = {}
    for s in report.sections:
        if s.documents:
            out.setdefault(s.area or "", set()).update(s.documents)
    return out


def scores(found: dict[str, set[str]], gold: dict, acceptable: dict) -> dict:
    """Recall against ``gold``; precision counting ``acceptable`` as right (and strictly)."""
    areas = sorted(set(found) | {a for a, v in gold.items() if v})
    hits = sum(len(found.get(a, set()) & set(gold.get(a, ()))) for a in areas)
    allowed = sum(
        len(found.get(a, set()) & (set(gold.get(a, ())) | set(acceptable.get(a, ()))))
        for a in areas
    )
    n_found = sum(len(v) for v in found.values())
    n_gold = sum(len(v) for v in gold.values())
    per_area = {}
    for a in areas:
        f, g = found.get(a, set()), set(gold.get(a, ()))
        ok = f & (g | set(acceptable.get(a, ())))
        per_area[a] = (len(f & g) / len(g) if g else None, len(ok) / len(f) if f else None)
    recalls = [r for r, _ in per_area.values() if r is not None]
    precisions = [p for _, p in per_area.values() if p is not None]
    return {
        "recall": hits / n_gold if n_gold else None,
        "precision": allowed / n_found if n_found else None,
        "precision_strict": hits / n_found if n_found else None,
        "macro_recall": statistics.mean(recalls) if recalls else None,
        "macro_precision": statistics.mean(precisions) if precisions else None,
        "per_area": per_area,
    }


def other_period(report: Report, found: dict[str, set[str]], reporter: Reporter) -> list[str]:
    """Presented documents that the archive does not date within the report's period."""
    out = []
    for ids in found.values():
        for ident in ids:
            entry = reporter.answerer.registry.find(ident)
            if entry is None or not report.period.contains(entry.date):
                out.append(ident)
    return sorted(out)


def layout_elements(path: Path) -> dict[str, bool]:
    """Which parts of Nghị định 30/2020 Phụ lục I the Word file shows."""
    import docx

    document = docx.Document(str(path))
    section = document.sections[0]
    cells = "\n".join(c.text for t in document.tables for c in t._cells)
    paragraphs = [p.text for p in document.paragraphs]
    normal = document.styles["Normal"]
    return {
        "A4": (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297),
        "margins": 20 <= round(section.top_margin.mm) <= 25
        and 20 <= round(section.bottom_margin.mm) <= 25
        and 30 <= round(section.left_margin.mm) <= 35
        and 15 <= round(section.right_margin.mm) <= 20,
        "Times New Roman 13-14": normal.font.name == "Times New Roman"
        and 13 <= normal.font.size.pt <= 14,
        "issuer block": bool(cells.split("\n", 1)[0].strip()),
        "Quốc hiệu": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in cells,
        "Tiêu ngữ": "Độc lập - Tự do - Hạnh phúc" in cells,
        "Số: /BC-": "Số:" in cells and "/BC" in cells,
        "place and date": ", ngày" in cells,
        "BÁO CÁO + trích yếu": "BÁO CÁO" in paragraphs
        and bool(paragraphs[paragraphs.index("BÁO CÁO") + 1].strip()),
        "Nơi nhận": "Nơi nhận:" in cells,
        "signature block": "(Ký, ghi rõ họ tên)" in cells,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus")
    parser.add_argument("--truth", type=Path, default=TRUTH)
    parser.add_argument(
        "--period", action="append", help="2024 (default), 2023…: each needs report_<period>"
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--index", type=Path, help="keep the index here, the corpus read in place (default: temp)"
    )
    parser.add_argument(
        "--figures",
        type=Path,
        default=REPO / "bench" / "data" / "report_figures_dev.jsonl",
        help="figures reports must state, JSON lines with archive and period (the lead's)",
    )
    args = parser.parse_args()
    truth = json.loads(args.truth.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if args.index is None:
            corpus = Path(tmp) / "corpus"
            shutil.copytree(args.corpus, corpus)
        settings = Settings(corpus=corpus, index=args.index or Path(tmp) / "indexes")
        started = time.perf_counter()
        Indexer(settings).ingest([corpus])
        ingest = time.perf_counter() - started
        started = time.perf_counter()
        answerer = Answerer(settings, llm=None)
        opened = time.perf_counter() - started
        print(f"archive {args.corpus} ({truth.get('archive', '?')})")
        print(f"ingest {ingest:.1f} s; opening the index {opened:.1f} s")
        extra = report_figures(args.figures, args.truth)
        for period in args.period or ["2024"]:
            bench_period(answerer, truth, period, args.runs, Path(tmp), extra)


def bench_period(
    answerer: Answerer, truth: dict, period: str, runs: int, tmp: Path, extra: list[dict]
) -> None:
    """Write the report ``runs`` times and print its figures against ``truth`` (and the
    figures of ``extra`` it must state)."""
    key = f"report_{period.replace('-', '_')}"
    gold, acceptable = truth[key], truth.get(f"{key}_acceptable", {})
    times, report, reporter = [], None, None
    for _ in range(runs):
        started = time.perf_counter()
        reporter = Reporter(answerer)  # reads the profiles and the outline afresh
        report = reporter.report(period)
        times.append(time.perf_counter() - started)
    assert report is not None
    assert reporter is not None
    found = presented(report)
    other = other_period(report, found, reporter)
    elements = layout_elements(export_report(report, tmp / f"report-{period}.docx"))
    result = scores(found, gold, acceptable)
    print(f"\nperiod {period}; outline: {report.outline_source}; {len(report.sections)} sections")
    for area, (r, p) in result.pop("per_area").items():
        got = ", ".join(sorted(found.get(area, ()))) or "-"
        print(f"  {area:20} recall {_f(r)}  precision {_f(p)}  [{got}]")
    print(", ".join(f"{k} {_f(v)}" for k, v in result.items()))
    print(f"documents of another period presented: {len(other)} {other}")
    print(f"unverified citations: {report.summary()['unverified']}")
    missing = [k for k, v in elements.items() if not v]
    print(f"layout elements: {sum(elements.values())}/{len(elements)} {missing or ''}")
    print(f"generate: median {statistics.median(times):.2f} s of {runs} (first {times[0]:.2f} s)")
    items = truth.get(f"report_figures_{period.replace('-', '_')}", []) + [
        i for i in extra if i["period"] == period
    ]
    if items:
        figures_against(report, items)


def report_figures(path: Path, truth: Path) -> list[dict]:
    """The lines of ``path`` on the archive of the truth file ``truth``."""
    from figures import TRUTH_ARCHIVES

    name = TRUTH_ARCHIVES.get(truth.stem)
    if not path.is_file() or name is None:
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [i for i in map(json.loads, filter(str.strip, lines)) if i["archive"] == name]


def holds(text: str, figure: str) -> bool:
    """Whether ``text`` states ``figure`` as a whole number (``45,0%`` is not in ``145,0%``)."""
    text = " ".join(text.split())
    return re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d])", text) is not None


def figures_against(report: Report, items: list[dict]) -> None:
    """The period's figures a report must state (``report_figures_<period>``): each item's
    right value (one of ``expected``) in its area's section, anywhere in the report, and a
    wrong value (one of ``others``: the estimate, another period's, the province's, the
    target, the uncorrected one) stated where no right one is; an ``absent`` item (a sector
    figure, no reform result) is right when none of its values is stated."""
    by_area: dict[str, str] = {}
    for s in report.sections:
        by_area[s.area or ""] = by_area.get(s.area or "", "") + "\n" + s.text
    whole = report.text()
    in_area = anywhere = wrong = absent_ok = n_absent = 0
    print(f"figures the report must state: {len(items)}")
    for item in items:
        if item.get("absent"):
            n_absent += 1
            stated = [f for f in item.get("others", []) if holds(whole, f)]
            absent_ok += not stated
            print(f"  {'ok ' if not stated else 'BAD'} absent {item['measure'][:50]:50} {stated}")
            continue
        section = by_area.get(item["area"], "")
        here = any(holds(section, f) for f in item["expected"])
        there = any(holds(whole, f) for f in item["expected"])
        others = [f for f in item.get("others", []) if holds(whole, f)]
        in_area += here
        anywhere += there
        wrong += bool(others) and not there
        mark = "ok " if here else "elsewhere" if there else "BAD"
        print(
            f"  {mark} {item['area'][:18]:18} {item['measure'][:50]:50} "
            f"expected {item['expected']} others stated {others}"
        )
    n = len(items) - n_absent
    print(
        f"report figures: right in the area's section {in_area}/{n}, anywhere {anywhere}/{n},"
        f" a wrong value instead {wrong}/{n}; absent ones not stated {absent_ok}/{n_absent}"
    )


def _f(v: float | None) -> str:
    return "  - " if v is None else f"{v:.2f}"


if __name__ == "__main__":
    main()
