"""``assistant documents``: DESIGN.md's contract over a real on-disk index of the samples."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.cli import main

REPO = Path(__file__).resolve().parents[2]
KEYS = ["ident", "kind", "date", "issuer", "subject", "instrument", "areas", "period"]
KEYS += ["status", "source"]


@pytest.fixture(scope="module")
def _workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("documents")
    shutil.copytree(REPO / "corpus", workdir / "corpus")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(workdir)
        mp.setenv("ASSISTANT_INDEX", str(workdir / "indexes"))
        assert main(["ingest", "corpus", "--json"]) == 0
    return workdir


@pytest.fixture
def sample_index(_workdir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(_workdir)
    monkeypatch.setenv("ASSISTANT_CORPUS", str(_workdir / "corpus"))
    monkeypatch.setenv("ASSISTANT_INDEX", str(_workdir / "indexes"))
    return _workdir


def documents(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    capsys.readouterr()
    assert main(["documents", "--json", *argv]) == 0
    return json.loads(capsys.readouterr().out)


def test_contract_keys_and_own_files(
    sample_index: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = documents(capsys)
    assert found
    for d in found:
        assert list(d)[: len(KEYS)] == KEYS
        assert d["status"] in {
            "in_force",
            "partly_in_force",
            "not_in_force",
            "not_yet_in_force",
            "unknown",
        }
    by_ident = {d["ident"]: d for d in found}
    # A decision whose own file the archive holds is sourced there, not in the report.
    assert by_ident["15/QĐ-SKHCN"]["source"] == "qd-15-2023-sap-xep-to-chuc.pdf"
    assert by_ident["15/QĐ-SKHCN"]["areas"][0] == "to_chuc_bo_may"
    assert by_ident["118/QĐ-SKHCN"]["instrument"] == "Quy chế"
    assert by_ident["42/QĐ-SKHCN"]["instrument"] == "Kế hoạch"
    assert by_ident["42/QĐ-SKHCN"]["period"] == {"from": "2023-01-01", "to": "2023-12-31"}
    # Known only from a mention: sourced where it is mentioned.
    unheld = by_ident["356/QĐ-UBND"]
    assert unheld["own"] is False
    assert unheld["source"] in unheld["mentioned_in"]
    assert unheld["source"] in {p.name for p in (sample_index / "corpus").iterdir()}


def test_filters(sample_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    decisions = documents(capsys, "--year", "2023", "--type", "QĐ")
    assert {d["ident"] for d in decisions} >= {"15/QĐ-SKHCN", "42/QĐ-SKHCN"}
    assert all(d["date"].startswith("2023") and d["kind"] == "Quyết định" for d in decisions)
    same = documents(capsys, "--year", "2023", "--type", "quyet dinh")
    assert same == decisions
    organisation = documents(capsys, "--year", "2023", "--area", "to_chuc_bo_may")
    assert "15/QĐ-SKHCN" in {d["ident"] for d in organisation}
    assert "42/QĐ-SKHCN" not in {d["ident"] for d in organisation}
    assert all(d["areas"][0] == "to_chuc_bo_may" for d in organisation)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--area", "organisation"], "use one of"),
        (["--type", "XYZ"], "Unknown document type"),
    ],
)
def test_bad_filters_say_what_to_use(
    sample_index: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    capsys.readouterr()
    assert main(["documents", *argv]) == 1
    assert message in capsys.readouterr().err


def test_no_index_says_what_to_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASSISTANT_INDEX", str(tmp_path / "none"))
    assert main(["documents", "--json"]) == 1
    assert "assistant ingest" in capsys.readouterr().err
