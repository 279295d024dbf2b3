"""The shipped sample archive: deterministic, loadable, marked, and agreeing with its truth file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.ingest import SUPPORTED_SUFFIXES, load_document

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
TRUTH = json.loads((REPO / "bench" / "data" / "sample_archive_truth.json").read_text("utf-8"))
AREAS = {
    "chi_dao_dieu_hanh",
    "kiem_tra",
    "tuyen_truyen",
    "the_che",
    "thu_tuc_hanh_chinh",
    "to_chuc_bo_may",
    "che_do_cong_vu",
    "tai_chinh_cong",
    "chinh_quyen_so",
}
STATUSES = {"in_force", "partly_in_force", "not_in_force", "not_yet_in_force", "unknown"}
RELATION_TYPES = {"based_on", "amends", "replaces", "repeals", "terminates", "guides", "implements"}


def sample_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.iterdir() if p.suffix in SUPPORTED_SUFFIXES and p.stem != "README"
    )


def make_samples(out: Path) -> dict[str, bytes]:
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "make_samples.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    return {p.name: p.read_bytes() for p in out.iterdir()}


def test_the_script_is_deterministic_and_matches_the_shipped_corpus(tmp_path: Path) -> None:
    first = make_samples(tmp_path / "a")
    second = make_samples(tmp_path / "b")
    assert first == second
    shipped = {p.name: p.read_bytes() for p in sample_files(CORPUS)}
    assert first == shipped, "corpus/ is stale: run scripts/make_samples.py"


def test_the_archive_spans_years_and_formats() -> None:
    files = sample_files(CORPUS)
    suffixes = [p.suffix for p in files]
    assert suffixes.count(".pdf") >= 3
    assert suffixes.count(".docx") >= 3
    years = {d["date"][:4] for d in TRUTH["documents"] if d["source"]}
    assert {"2020", "2021", "2022", "2023", "2024"} <= years


@pytest.mark.parametrize(
    "doc", [d for d in TRUTH["documents"] if d["source"]], ids=lambda d: d["ident"]
)
def test_each_file_header_agrees_with_the_truth(doc: dict) -> None:
    loaded = load_document(CORPUS / doc["source"], root=CORPUS)
    identity = loaded.identity
    assert (identity.ident, identity.date) == (doc["ident"], doc["date"])
    assert (identity.kind, identity.issuer, identity.subject) == (
        doc["kind"],
        doc["issuer"],
        doc["subject"],
    )
    lines = [line for line in loaded.text.splitlines() if line.strip()]
    assert "MẪU" in lines[0]
    assert "MẪU" in lines[-1]
    assert "hư cấu" in lines[0]


def test_every_file_is_in_the_truth_file() -> None:
    sources = {d["source"] for d in TRUTH["documents"]}
    assert {p.name for p in sample_files(CORPUS)} <= sources


def test_the_truth_file_is_consistent() -> None:
    docs = {d["ident"]: d for d in TRUTH["documents"]}
    known = set(docs) | {m["ident"] for m in TRUTH["mentioned"]}
    for doc in docs.values():
        assert doc["areas"], doc["ident"]
        assert set(doc["areas"]) <= AREAS, doc["ident"]
    for rel in TRUTH["relations"]:
        assert rel["type"] in RELATION_TYPES
        assert rel["source"] in known
        assert isinstance(rel["target"], dict) or rel["target"] in known, rel
        assert (CORPUS / rel["stated_in"]).is_file()
    cases = TRUTH["status_cases"]
    assert len(cases) >= 20
    assert {c["status"] for c in cases} == STATUSES
    assert all(c["ident"] in docs for c in cases)
    for question in TRUTH["list_questions"]:
        assert set(question["expected"]) <= set(docs), question["question"]
    for area, idents in TRUTH["report_2024"].items():
        assert area in AREAS
        assert all(docs[i]["date"].startswith("2024") for i in idents)
    assert set(TRUTH["report_2024"]) == AREAS


def test_stated_effects_are_in_the_acting_files() -> None:
    """Each own act in the truth file is written in its file: target number and effect date."""
    docs = {d["ident"]: d for d in TRUTH["documents"]}
    for rel in TRUTH["relations"]:
        if rel["reported"] or rel["type"] == "based_on" or not isinstance(rel["target"], str):
            continue
        text = load_document(CORPUS / rel["stated_in"], root=CORPUS).text
        assert rel["target"] in text, rel
        if rel["effective"] and rel["effective"] != docs[rel["source"]]["date"]:
            y, m, d = rel["effective"].split("-")
            assert f"{d}/{int(m)}/{y}" in text or f"{d}/{m}/{y}" in text, rel
