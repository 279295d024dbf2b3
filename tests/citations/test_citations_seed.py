"""The seed report end to end, against a hand annotation (seed_annotation.json)."""

from __future__ import annotations

import json
from difflib import SequenceMatcher
from pathlib import Path

from assistant.citations import extract

ANNOTATION = json.loads((Path(__file__).parent / "seed_annotation.json").read_text("utf-8"))


def _align(found: list[tuple[str, str | None]], gold: list[tuple[str, str | None]]):
    """Pairs (found, gold) of the same ident, in order (longest common subsequence)."""
    matcher = SequenceMatcher(a=[f[0] for f in found], b=[g[0] for g in gold], autojunk=False)
    pairs = []
    for block in matcher.get_matching_blocks():
        pairs += [(found[block.a + k], gold[block.b + k]) for k in range(block.size)]
    return pairs


def test_seed_recall_precision_and_dates(seed_text: str) -> None:
    found = [(c.ident, c.date) for c in extract(seed_text)]
    gold = [(g["ident"], g["date"]) for g in ANNOTATION["citations"]]
    pairs = _align(found, gold)
    recall, precision = len(pairs) / len(gold), len(pairs) / len(found)
    dates = sum(f[1] == g[1] for f, g in pairs) / len(pairs)
    missed = sorted(set(gold) - set(found))
    assert recall >= 0.98, missed
    assert precision >= 0.98, sorted(set(found) - set(gold))
    assert dates >= 0.95, [(f, g) for f, g in pairs if f[1] != g[1]]


def test_seed_specific_readings(seed_text: str) -> None:
    by_ident = {}
    for c in extract(seed_text):
        by_ident.setdefault(c.ident, []).append(c)
    assert by_ident["2320/SNV-TCBC-CCVC"][0].date == "2021-09-23"  # date written first
    assert by_ident["1753/QĐ-UBND"][0].subject.startswith("sắp xếp cơ cấu tổ chức Sở")
    pins = [c.pinpoint for c in by_ident["54/2016/NĐ-CP"]]
    assert pins == [None, "điểm b khoản 2 Điều 3", "điểm c khoản 2 Điều 3"]
    later = by_ident["4806/KH-UBND"][1:]
    assert all(c.antecedent is not None and c.date == "2021-06-03" for c in later)
    assert by_ident["4806/KH-UBND"][1].type_word == "Kế hoạch kiểm tra"
    assert by_ident["821/TTr-SKHHCN"][0].kind == "Công văn"
    for look_alike in ("02/2021", "05/2021", "9001:2015", "30/6/2021"):
        assert look_alike not in by_ident
