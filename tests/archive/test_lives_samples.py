"""Documents' lives end to end on the shipped multi-year sample archive (corpus/).

The statuses are the hand-written ``status_cases`` of bench/data/sample_archive_truth.json
(written by another helper from its design of the documents, not by running this code).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.archive.lives import Lives
from assistant.archive.supersession import flag_superseded
from assistant.citations import Registry, check
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.retrieval.archive import open_archive
from assistant.retrieval.indexer import Indexer

REPO = Path(__file__).resolve().parents[2]
TRUTH = json.loads((REPO / "bench" / "data" / "sample_archive_truth.json").read_text("utf-8"))
DRAFT_2025 = (
    "Năm 2025, Sở tiếp tục thực hiện Quyết định số 1120/QĐ-UBND ngày 16/8/2021 của UBND tỉnh "
    "quy định chức năng, nhiệm vụ; Quy chế ban hành kèm theo Quyết định số 118/QĐ-SKHCN ngày "
    "15/9/2022; cơ cấu tổ chức theo Quyết định số 15/QĐ-SKHCN ngày 12/3/2023; chế độ làm việc "
    "theo Quyết định số 97/QĐ-SKHCN ngày 05/8/2022 và Quyết định số 1532/QĐ-UBND ngày 22/5/2024."
)


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("sample-lives")
    shutil.copytree(REPO / "corpus", root / "corpus")
    settings = Settings(corpus=root / "corpus", index=root / "indexes")
    Indexer(settings).ingest([root / "corpus"])
    return settings


@pytest.fixture(scope="module")
def archive(settings: Settings) -> tuple[Registry, Lives]:
    return open_archive(settings)


@pytest.mark.parametrize("case", TRUTH["status_cases"], ids=lambda c: f"{c['ident']}@{c['as_of']}")
def test_status_case(archive: tuple[Registry, Lives], case: dict) -> None:
    _, lives = archive
    assert lives.status(case["ident"], case["as_of"])["status"] == case["status"], case["why"]


def test_a_2025_draft_is_warned_of_each_replaced_decision(
    archive: tuple[Registry, Lives],
) -> None:
    registry, lives = archive
    result = flag_superseded(check(DRAFT_2025, registry), lives, as_of="2025-01-15")
    found = {f.ident: f for f in result.findings}
    replaced_by = {
        "1120/QĐ-UBND": "1532/QĐ-UBND",
        "118/QĐ-SKHCN": "38/QĐ-SKHCN",
        "15/QĐ-SKHCN": "45/QĐ-SKHCN",
    }
    for cited, by in replaced_by.items():
        assert found[cited].status == "superseded"
        assert found[cited].expected is not None
        assert found[cited].expected["ident"] == by
        assert by in (found[cited].suggestion or "")
        assert found[cited].evidence is not None
        assert by in found[cited].evidence["quote"] or cited in found[cited].evidence["quote"]
    assert found["97/QĐ-SKHCN"].status == "partly_superseded"
    assert found["1532/QĐ-UBND"].status == "verified"
    assert result.summary["superseded"] == 3


def test_the_same_draft_dated_before_the_replacements_is_verified(
    archive: tuple[Registry, Lives],
) -> None:
    registry, lives = archive
    early = DRAFT_2025.replace(" và Quyết định số 1532/QĐ-UBND ngày 22/5/2024", "")
    result = flag_superseded(check(early, registry), lives, as_of="2023-12-31")
    assert {f.status for f in result.findings} == {"verified"}


CITED_1120 = "Quyết định số 1120/QĐ-UBND ngày 16/8/2021 của UBND tỉnh"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a clause about a time when 1120 stood (1532 replaced it on 22/5/2024)
        (f"Giai đoạn 2021 - 2023, Sở thực hiện nhiệm vụ theo {CITED_1120}.", "verified"),
        (f"Trước ngày 22/5/2024, Sở thực hiện nhiệm vụ theo {CITED_1120}.", "verified"),
        (f"Trước khi sắp xếp, Sở thực hiện nhiệm vụ theo {CITED_1120}.", "verified"),
        (f"Năm 2022, Sở thực hiện nhiệm vụ theo {CITED_1120}.", "verified"),
        (f"Về tổ chức bộ máy, năm 2022 Sở thực hiện nhiệm vụ theo {CITED_1120}.", "verified"),
        # … and clauses about now, or naming no time
        (f"Hiện nay Sở thực hiện nhiệm vụ theo {CITED_1120}.", "superseded"),
        (f"Hồ sơ năm 2022 còn lưu theo {CITED_1120}.", "superseded"),
        (f"Sở thực hiện nhiệm vụ theo {CITED_1120}.", "superseded"),
        # a year that dates a thing, not the clause: "kiến nghị phát sinh năm 2022"
        (f"Việc xem xét kiến nghị phát sinh năm 2022 áp dụng theo {CITED_1120}.", "superseded"),
        (
            f"Năm 2022, Sở sắp xếp các phòng; hiện Sở thực hiện nhiệm vụ theo {CITED_1120}.",
            "superseded",
        ),
    ],
)
def test_a_clause_about_the_past_may_cite_what_stood_then(
    archive: tuple[Registry, Lives], sentence: str, status: str
) -> None:
    registry, lives = archive
    result = flag_superseded(check(sentence, registry), lives, as_of="2025-01-15", text=sentence)
    [found] = result.findings
    assert found.status == status


def test_removing_a_replacing_file_removes_exactly_its_claims(
    archive: tuple[Registry, Lives],
) -> None:
    registry, stored = archive
    lives = Lives.from_dict(stored.to_dict(), registry)
    replacing = "qd-1532-2024-ubnd-chuc-nang-nhiem-vu.txt"
    [own] = lives.status("1120/QĐ-UBND", "2025-01-01")["events"]
    assert own["evidence"]["source"] == replacing  # its own file is the best evidence
    lives.remove_source(replacing)
    # What the reports say of it stays (second-hand evidence), and only that.
    record = lives.status("1120/QĐ-UBND", "2025-01-01")
    tellers = {e["evidence"]["source"] for e in record["events"]}
    assert replacing not in tellers
    for teller in tellers:
        assert teller.startswith("bao-cao-")
        lives.remove_source(teller)
    assert lives.status("1120/QĐ-UBND", "2025-01-01")["status"] == "in_force"
    assert lives.status("118/QĐ-SKHCN", "2025-01-01")["status"] == "not_in_force"
    assert lives.status("2156/QĐ-UBND", "2025-01-01")["status"] == "not_in_force"


def test_a_question_about_now_lists_the_decision_in_force_first(settings: Settings) -> None:
    answer = Answerer(settings).ask("Quyết định nào quy định chức năng, nhiệm vụ của Sở hiện nay?")
    lines = [line for line in answer.text.splitlines() if line[:1].isdigit()]
    assert "1532/QĐ-UBND" in lines[0]
    # the one it replaced is no answer to what holds now (session 55)
    assert not [line for line in lines if "số 1120/QĐ-UBND" in line.split("(")[0]]
    assert not [
        f
        for f in answer.findings
        if f.status not in ("verified", "superseded", "partly_superseded")
    ]


def test_is_it_in_force_names_the_replacement(settings: Settings) -> None:
    answer = Answerer(settings).ask("Quyết định số 1120/QĐ-UBND còn hiệu lực không?")
    assert "hết hiệu lực" in answer.text
    assert "Quyết định số 1532/QĐ-UBND ngày 22/5/2024" in answer.text
    assert {c["ident"] for c in answer.citations} >= {"1120/QĐ-UBND", "1532/QĐ-UBND"}
