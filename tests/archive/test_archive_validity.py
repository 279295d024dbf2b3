"""Each document's life and its status on a date, from hand-made claims."""

from __future__ import annotations

import json

import pytest
from archive_builders import CLAIMS, FILES, build, qd, rel

from assistant.archive.lives import Lives
from assistant.archive.validity import Life, parse_as_of
from assistant.models import Identity


@pytest.mark.parametrize(
    ("ident", "as_of", "status"),
    [
        ("1908/QĐ-UBND", "2021-07-01", "not_yet_in_force"),
        ("1908/QĐ-UBND", "2021-07-08", "in_force"),
        ("1908/QĐ-UBND", "2022-08-14", "in_force"),  # replaced, but not yet in effect
        ("1908/QĐ-UBND", "2022-08-15", "not_in_force"),
        ("1908/QĐ-UBND", "2023-02-01", "not_in_force"),
        ("qd 1908", "2023-02-01", "not_in_force"),  # however written
        ("1908/QD-UBND", "2023-02-01", "not_in_force"),
        ("2000/QĐ-UBND", "2022-08-01", "not_yet_in_force"),
        ("2000/QĐ-UBND", "2023-02-01", "in_force"),
        ("1753/QĐ-UBND", "2021-12-31", "in_force"),
        ("1753/QĐ-UBND", "2022-03-01", "partly_in_force"),  # amended: issue date assumed
        ("300/QĐ-UBND", "2024-12-31", "not_yet_in_force"),
        ("300/QĐ-UBND", "2025-01-01", "in_force"),
        ("999/QĐ-UBND", "2025-01-01", "unknown"),
    ],
)
def test_status_on_a_date(lives: Lives, ident: str, as_of: str, status: str) -> None:
    assert lives.status(ident, as_of)["status"] == status


def test_replaced_document_names_the_replacement_with_evidence(lives: Lives) -> None:
    record = lives.status("1908/QĐ-UBND", "2023-01-01")
    assert record["effective"] == "2021-07-08"
    [event] = record["events"]
    assert event["type"] == "replaced"
    assert event["by"] == "2000/QĐ-UBND"
    assert event["date"] == "2022-08-15"
    assert event["scope"] is None
    assert event["evidence"]["source"] == "qd-2000-2022.txt"
    assert event["evidence"]["locator"] == "p. 1, Điều 3"
    assert "replaces" in event["evidence"]["quote"]


def test_amendment_has_its_scope_and_an_assumed_date(lives: Lives) -> None:
    [event] = lives.status("1753/QĐ-UBND")["events"]
    assert event["type"] == "amended"
    assert (event["scope"], event["date"]) == ("khoản 2 Điều 3", "2022-03-01")
    assert event["assumed"] is True


def test_status_record_has_the_design_fields(lives: Lives) -> None:
    record = lives.status("1908/QĐ-UBND", "2023-01-01")
    assert {"ident", "as_of", "status", "effective", "events"} <= set(record)
    assert set(record["events"][0]) >= {"date", "type", "by", "scope", "evidence"}
    assert set(record["events"][0]["evidence"]) >= {"source", "locator", "quote"}
    json.dumps(record)


def test_effective_from_issue_date_is_marked_assumed() -> None:
    claims = dict(CLAIMS)
    claims["qd-55-2022.txt"] = (None, [])
    life = build(claims=claims).life("55/QĐ-UBND")
    assert isinstance(life, Life)
    assert (life.effective, life.effective_basis) == ("2022-03-01", "issue_date_assumed")


def test_removing_the_replacing_file_removes_exactly_its_claims(lives: Lives) -> None:
    lives.remove_source("qd-2000-2022.txt")
    assert lives.status("1908/QĐ-UBND", "2023-01-01")["status"] == "in_force"
    assert lives.status("1753/QĐ-UBND", "2023-01-01")["status"] == "partly_in_force"


def test_round_trip_keeps_every_claim(lives: Lives) -> None:
    again = Lives.from_dict(json.loads(json.dumps(lives.to_dict())), lives.registry)
    for ident in ("1908/QĐ-UBND", "1753/QĐ-UBND", "300/QĐ-UBND"):
        assert again.status(ident, "2023-06-01") == lives.status(ident, "2023-06-01")


def test_two_replacements_are_both_kept_and_shown() -> None:
    files = dict(FILES)
    files["qd-2100-2022.txt"] = (
        qd("2100/QĐ-UBND", "2022-09-01"),
        "thay thế Quyết định số 1908/QĐ-UBND ngày 08/7/2021",
    )
    claims = dict(CLAIMS)
    claims["qd-2100-2022.txt"] = (None, [rel("replaces", "2100/QĐ-UBND", "1908/QĐ-UBND")])
    life = build(files, claims).life("1908/QĐ-UBND")
    assert life is not None
    assert [e.by for e in life.events] == ["2000/QĐ-UBND", "2100/QĐ-UBND"]
    assert any("2000/QĐ-UBND" in c and "2100/QĐ-UBND" in c for c in life.conflicts)


def test_different_effective_dates_are_a_conflict() -> None:
    claims = dict(CLAIMS)
    # A later report says 2000/QĐ-UBND took effect on another day.
    claims["qd-55-2022.txt"] = (
        None,
        [rel("replaces", "2000/QĐ-UBND", "1908/QĐ-UBND", effective="2022-09-01")],
    )
    life = build(claims=claims).life("2000/QĐ-UBND")
    assert life is not None
    assert life.effective == "2022-08-15"  # its own text wins
    assert {c["date"] for c in life.effective_claims} == {"2022-08-15", "2022-09-01"}
    assert life.conflicts


def test_partial_repeal_and_termination() -> None:
    claims = dict(CLAIMS)
    claims["qd-55-2022.txt"] = (
        "2022-03-10",
        [
            rel("repeals", "55/QĐ-UBND", "1753/QĐ-UBND", target_scope="Điều 4"),
            rel("terminates", "55/QĐ-UBND", "1908/QĐ-UBND"),
        ],
    )
    lives = build(claims=claims)
    assert lives.status("1753/QĐ-UBND", "2022-03-10")["status"] == "partly_in_force"
    assert lives.status("1753/QĐ-UBND", "2022-03-09")["status"] == "in_force"
    assert lives.status("1908/QĐ-UBND", "2022-03-10")["status"] == "not_in_force"
    types = [e["type"] for e in lives.status("1753/QĐ-UBND")["events"]]
    assert types == ["partly_repealed"]


def test_an_act_ends_a_document_from_the_later_day_its_sentence_names() -> None:
    """In force from its signing on 10/3/2022, it says 1908 ends from 01/4/2022."""
    claims = dict(CLAIMS)
    claims["qd-55-2022.txt"] = (
        "2022-03-10",
        [rel("terminates", "55/QĐ-UBND", "1908/QĐ-UBND", effective="2022-04-01")],
    )
    lives = build(claims=claims)
    assert lives.status("1908/QĐ-UBND", "2022-03-31")["status"] == "in_force"
    assert lives.status("1908/QĐ-UBND", "2022-04-01")["status"] == "not_in_force"


def test_an_acts_own_partial_repeal_outweighs_a_report_read_as_whole() -> None:
    """A report retelling it ("… tiếp tục được thực hiện, trừ Điều 4 đã bị bãi bỏ tại Quyết
    định số 55/…") may read as a repeal of the whole; 55's own file says Điều 4 only."""
    files = dict(FILES)
    report = Identity(
        ident="90/BC-SKHCN", number="90", code="BC", kind="Báo cáo", date="2022-05-01"
    )
    files["bc-90-2022.txt"] = (report, "trừ Điều 4 đã bị bãi bỏ tại Quyết định số 55/QĐ-UBND")
    claims = dict(CLAIMS)
    claims["qd-55-2022.txt"] = (
        "2022-03-10",
        [rel("repeals", "55/QĐ-UBND", "1753/QĐ-UBND", target_scope="Điều 4")],
    )
    claims["bc-90-2022.txt"] = (None, [rel("repeals", "55/QĐ-UBND", "1753/QĐ-UBND")])
    lives = build(files, claims)
    assert lives.status("1753/QĐ-UBND", "2022-06-01")["status"] == "partly_in_force"
    # without the act's own file, the report's reading stands
    del files["qd-55-2022.txt"], claims["qd-55-2022.txt"]
    assert build(files, claims).status("1753/QĐ-UBND", "2022-06-01")["status"] == "not_in_force"


@pytest.mark.parametrize(
    ("typed", "iso"),
    [("2024-03-01", "2024-03-01"), ("01/03/2024", "2024-03-01"), ("", None)],
)
def test_parse_as_of(typed: str, iso: str | None) -> None:
    assert parse_as_of(typed) == iso


def test_parse_as_of_refuses_a_non_date() -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_as_of("31/02/2024")


def test_a_document_only_cited_is_of_unknown_status() -> None:
    files = dict(FILES)
    files["bao-cao.txt"] = (
        Identity(ident="5/BC-SKHCN", number="5", code="BC", kind="Báo cáo", date="2023-12-01"),
        "Thực hiện Quyết định số 356/QĐ-UBND ngày 02/3/2023 của UBND tỉnh.",
    )
    lives = build(files, CLAIMS)
    assert lives.registry.find("356/QĐ-UBND") is not None
    assert lives.status("356/QĐ-UBND", "2024-01-01")["status"] == "unknown"
