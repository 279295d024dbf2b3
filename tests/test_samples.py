"""The sample archives: deterministic, loadable, marked, and agreeing with their truth files.

``corpus/`` ships the Hòa An archive; the held-out Bình Sơn archive is generated into a
temp folder (it is never shipped, and nobody tunes on it).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest

from assistant.ingest import SUPPORTED_SUFFIXES, load_document

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
DATA = REPO / "bench" / "data"
TRUTH = json.loads((DATA / "sample_archive_truth.json").read_text("utf-8"))
HELDOUT = json.loads((DATA / "heldout_archive_truth.json").read_text("utf-8"))
# The fourth archive is blind: only its truth file is checked here, no code reads its documents.
HELDOUT4 = json.loads((DATA / "heldout4_archive_truth.json").read_text("utf-8"))
# So is the fifth (Sở Y tế, fictional tỉnh Tường An): its truth file only.
HELDOUT5 = json.loads((DATA / "heldout5_archive_truth.json").read_text("utf-8"))
# And the sixth (Sở LĐTBXH, fictional tỉnh Phú Khê), with figure questions: its truth file only.
HELDOUT6 = json.loads((DATA / "heldout6_archive_truth.json").read_text("utf-8"))
# And the seventh (UBND huyện Đông Sơn, fictional tỉnh Hà Trung), with check drafts: truth only.
HELDOUT7 = json.loads((DATA / "heldout7_archive_truth.json").read_text("utf-8"))
# And the eighth (Sở GDĐT, fictional tỉnh Bắc Hòa, 2019 – 2022), with check drafts: truth only.
HELDOUT8 = json.loads((DATA / "heldout8_archive_truth.json").read_text("utf-8"))
# And the ninth (Sở LĐTBXH, fictional tỉnh Hưng Lĩnh, 2022 – 2025, merged into the Sở Nội vụ on
# 01/3/2025), with check drafts: truth only.
HELDOUT9 = json.loads((DATA / "heldout9_archive_truth.json").read_text("utf-8"))
# And the tenth (Sở Tư pháp, fictional tỉnh Lạc Giang and Tây Phong, 2023 – 2026, merged on
# 01/7/2025), with check drafts: truth only.
HELDOUT10 = json.loads((DATA / "heldout10_archive_truth.json").read_text("utf-8"))
# And the eleventh (UBND xã Hòa Phong, fictional tỉnh An Thạch, 2024 – 2026, formed on 01/7/2025
# when the district level ended), with check drafts: truth only.
HELDOUT11 = json.loads((DATA / "heldout11_archive_truth.json").read_text("utf-8"))
# And the twelfth (the Trung tâm Phục vụ hành chính công of fictional tỉnh Ngọc Khê, then of the
# merged tỉnh Ngọc Lam, 2024 – 2026), with monthly figures and check drafts: truth only.
HELDOUT12 = json.loads((DATA / "heldout12_archive_truth.json").read_text("utf-8"))
# And the thirteenth (the Sở KH&ĐT of fictional tỉnh Vân Phú, merged on 01/3/2025 into a Sở Tài
# chính that keeps the former Sở Tài chính's name and symbols), with check drafts: truth only.
HELDOUT13 = json.loads((DATA / "heldout13_archive_truth.json").read_text("utf-8"))
# And the fourteenth (the Sở VHTTDL of fictional tỉnh Trà Giang, 2019 – 2026), dense and
# repetitive, numbers restarting each year, with check drafts: truth only.
HELDOUT14 = json.loads((DATA / "heldout14_archive_truth.json").read_text("utf-8"))
# And the fifteenth (the Sở Công Thương of fictional tỉnh Lam Điền, 2020 – 2026), whose documents'
# lives often end without a replacing act, with check drafts: truth only.
HELDOUT15 = json.loads((DATA / "heldout15_archive_truth.json").read_text("utf-8"))
# And the sixteenth (the Ban Quản lý các khu công nghiệp of fictional tỉnh Kim Xuyên, 2021 – 2026),
# whose folder holds files that are not documents of their own, with check drafts: truth only.
HELDOUT16 = json.loads((DATA / "heldout16_archive_truth.json").read_text("utf-8"))
# And the seventeenth (the Sở Nông nghiệp và Môi trường of fictional tỉnh Hà Lâm, 2022 – 2026,
# formed by a merger on 01/3/2025), whose reports end in tables of documents issued: truth only.
HELDOUT17 = json.loads((DATA / "heldout17_archive_truth.json").read_text("utf-8"))
# And the eighteenth (the Sở Xây dựng of fictional tỉnh Xuân Thủy, 2022 – 2026), whose documents
# are suspended, replaced an article at a time or effective before signed: truth only.
HELDOUT18 = json.loads((DATA / "heldout18_archive_truth.json").read_text("utf-8"))
# And the nineteenth (the Sở Y tế of fictional tỉnh An Trường, 2022 – 2026), whose documents are
# suspended in part or whole, extended, annulled, corrected or kept to a day: truth only.
HELDOUT19 = json.loads((DATA / "heldout19_archive_truth.json").read_text("utf-8"))
# And the twentieth (the Sở Tài chính of fictional tỉnh Long Thạnh, 2022 – 2026), whose plans and
# reports give figures by period, corrected and counted anew: truth only.
HELDOUT20 = json.loads((DATA / "heldout20_archive_truth.json").read_text("utf-8"))
# And the twenty-first (the Thanh tra tỉnh of fictional tỉnh Thuận Yên, 2022 – 2026), whose
# documents fill the yearly report area by area, with period traps: truth only.
HELDOUT21 = json.loads((DATA / "heldout21_archive_truth.json").read_text("utf-8"))
# And the twenty-second (the Sở GDĐT of fictional tỉnh Hải Minh, 2023 – 2026), whose reports come
# by part of a year (quý I, 6 tháng, 9 tháng), with boundary traps: truth only.
HELDOUT22 = json.loads((DATA / "heldout22_archive_truth.json").read_text("utf-8"))
# And the twenty-third (the Sở KH&CN of fictional tỉnh Đại Phong, 2023 – 2026), whose archive holds
# the Sở's sector work beside the reform's (sector documents have no reform area): truth only.
HELDOUT23 = json.loads((DATA / "heldout23_archive_truth.json").read_text("utf-8"))
# And the twenty-fourth (the Sở Tài chính of fictional tỉnh Bảo Lâm, 2022 – 2026), whose files
# are laid out as a real office keeps them (header and signature tables, PDFs printed from Word,
# e-office exports, portal pages, Windows-1258, an annex in its own file): truth only.
HELDOUT24 = json.loads((DATA / "heldout24_archive_truth.json").read_text("utf-8"))
# And the twenty-fifth (the Sở TT&TT of fictional tỉnh Minh Giang, 2018 – 2023), an older office's
# files: Word 97–2003 .doc (via LibreOffice) and text typed in the old fonts TCVN3 and VNI.
HELDOUT25 = json.loads((DATA / "heldout25_archive_truth.json").read_text("utf-8"))
# And the twenty-sixth (the Sở Dân tộc và Tôn giáo of fictional tỉnh Quảng Hà, 2021 – 2026, formed
# from the Ban Dân tộc in 2025), an office that works in LibreOffice: .odt, .fodt, .ods, RTF (via
# LibreOffice) and DOCX numbered by Word's automatic numbering.
HELDOUT26 = json.loads((DATA / "heldout26_archive_truth.json").read_text("utf-8"))
# And the twenty-seventh (the Sở Y tế of fictional tỉnh Khánh Lâm, 2023 – 2026), a department that
# reports by quarter and keeps its signed documents as scans (PDFs of page images, no text layer).
HELDOUT27 = json.loads((DATA / "heldout27_archive_truth.json").read_text("utf-8"))
# And the twenty-eighth (the Sở Nội vụ of fictional tỉnh Yên Khê, 2022 – 2026), a large archive of
# long series (monthly, quarterly and provincial reports, lists of TTHC, reminders) in year folders.
HELDOUT28 = json.loads((DATA / "heldout28_archive_truth.json").read_text("utf-8"))
# And the twenty-ninth (the Sở Du lịch of fictional tỉnh Ninh Thủy, 2023 – 2026): the figures each
# area of a periodic report must state (estimates, official figures, corrections, the province's).
HELDOUT29 = json.loads((DATA / "heldout29_archive_truth.json").read_text("utf-8"))
# And the thirtieth (the Sở Ngoại vụ of fictional tỉnh Phước Lâm, 2022 – 2025, whose tasks pass to
# the Văn phòng UBND tỉnh on 01/3/2025, to 2026): an e-office export, incoming and outgoing.
HELDOUT30 = json.loads((DATA / "heldout30_archive_truth.json").read_text("utf-8"))
# And the thirty-first (the UBND thành phố Bảo An of fictional tỉnh Hạ Uyên, 2022 – 30/6/2025, then
# the UBND phường Bảo An, to 2026): mostly correspondence, and numbers that collide.
HELDOUT31 = json.loads((DATA / "heldout31_archive_truth.json").read_text("utf-8"))
# And the thirty-second (the Sở Nội vụ of fictional tỉnh Kiến Phong, 2023 – 2026, with the Sở Nội vụ
# tỉnh Vạn Ninh's files received on the merger of the provinces): what continues to apply where.
HELDOUT32 = json.loads((DATA / "heldout32_archive_truth.json").read_text("utf-8"))
# And the thirty-third (the Sở Tư pháp of fictional tỉnh Liên Sơn, 2022 – 2026): documents
# corrected, withdrawn and re-issued, and figures revised.
HELDOUT33 = json.loads((DATA / "heldout33_archive_truth.json").read_text("utf-8"))
# And the thirty-fourth (the Ban Quản lý các khu công nghiệp of fictional tỉnh Thanh Bình, 2021 –
# 2026): look-alike documents, delegations with a term, and a division renamed.
HELDOUT34 = json.loads((DATA / "heldout34_archive_truth.json").read_text("utf-8"))
# And the thirty-fifth (the Sở Công Thương of fictional tỉnh Phú Diên, 2022 – 2026): the periods'
# figures (preliminary, official, corrected), the Chỉ số of year X decided in X+1, plans' targets.
HELDOUT35 = json.loads((DATA / "heldout35_archive_truth.json").read_text("utf-8"))
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


def run_script(script: str, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "scripts" / script), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )


def make_samples(out: Path, script: str = "make_samples.py") -> dict[str, bytes]:
    assert run_script(script, out).returncode == 0
    return {p.name: p.read_bytes() for p in out.iterdir()}


@pytest.fixture(scope="module")
def heldout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The held-out archive, generated once into a temp folder."""
    out = tmp_path_factory.mktemp("heldout")
    make_samples(out, "make_heldout_archive.py")
    return out


def _report_lists(
    truth: dict, docs: dict, periods: dict[str, tuple[str, str]], sector: set[str]
) -> dict[str, tuple[set[str], set[str]]]:
    """Each report key's listed and accepted documents, once the lists are checked to hold:
    every area in both, each listed document of the period and of its area, none both
    listed and accepted, every accepted one known to the truth, no sector document."""
    known = set(docs) | {m["ident"] for m in truth["mentioned"]}
    out = {}
    for key, (start, end) in periods.items():
        main, acceptable = truth[key], truth[f"{key}_acceptable"]
        assert set(main) == set(acceptable) == AREAS, key
        for area, idents in main.items():
            assert all(start <= docs[i]["date"] <= end for i in idents), (key, area)
            assert all(area in docs[i]["areas"] for i in idents), (key, area)
            assert not set(idents) & set(acceptable[area]), (key, area)
        listed = set().union(*main.values())
        accepted = set().union(*acceptable.values())
        assert accepted <= known, key
        assert not (listed | accepted) & sector, key
        out[key] = (listed, accepted)
    return out


def _named_in_report(truth: dict, key: str) -> set[str]:
    """The documents a report key lists or accepts."""
    return set().union(*truth[key].values(), *truth[f"{key}_acceptable"].values())


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


@pytest.mark.parametrize(
    ("truth", "year"),
    [
        (TRUTH, "2024"),
        (HELDOUT, "2024"),
        (HELDOUT4, "2024"),
        (HELDOUT5, "2024"),
        (HELDOUT6, "2024"),
        (HELDOUT7, "2024"),
        (HELDOUT8, "2022"),
        (HELDOUT9, "2024"),
        (HELDOUT10, "2025"),
        (HELDOUT11, "2025"),
        (HELDOUT12, "2025"),
        (HELDOUT13, "2025"),
        (HELDOUT14, "2025"),
        (HELDOUT15, "2025"),
        (HELDOUT16, "2025"),
        (HELDOUT17, "2025"),
        (HELDOUT18, "2025"),
        (HELDOUT19, "2025"),
        (HELDOUT20, "2025"),
        (HELDOUT21, "2025"),
        (HELDOUT22, "2025"),
        (HELDOUT23, "2025"),
        (HELDOUT24, "2025"),
        (HELDOUT25, "2022"),
        (HELDOUT26, "2025"),
        (HELDOUT27, "2025"),
        (HELDOUT28, "2025"),
        (HELDOUT29, "2025"),
        (HELDOUT30, "2025"),
        (HELDOUT31, "2025"),
        (HELDOUT32, "2025"),
        (HELDOUT33, "2025"),
        (HELDOUT34, "2025"),
        (HELDOUT35, "2025"),
    ],
    ids=[
        "sample",
        "heldout",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
        "heldout18",
        "heldout19",
        "heldout20",
        "heldout21",
        "heldout22",
        "heldout23",
        "heldout24",
        "heldout25",
        "heldout26",
        "heldout27",
        "heldout28",
        "heldout29",
        "heldout30",
        "heldout31",
        "heldout32",
        "heldout33",
        "heldout34",
        "heldout35",
    ],
)
def test_the_truth_file_is_consistent(truth: dict, year: str) -> None:
    """``year``: the archive's last year, whose report lists the truth gives per area."""
    docs = {d["ident"]: d for d in truth["documents"]}
    known = set(docs) | {m["ident"] for m in truth["mentioned"]}
    for doc in docs.values():
        # The twenty-third to thirty-fifth file the sector work too: those documents have
        # no reform area.
        sector_too = (
            HELDOUT23,
            HELDOUT24,
            HELDOUT25,
            HELDOUT26,
            HELDOUT27,
            HELDOUT28,
            HELDOUT29,
            HELDOUT30,
            HELDOUT31,
            HELDOUT32,
            HELDOUT33,
            HELDOUT34,
            HELDOUT35,
        )
        assert doc["areas"] or truth in sector_too, doc["ident"]
        assert set(doc["areas"]) <= AREAS, doc["ident"]
    # From the list, not ``docs``: one ident may name two documents with files (the tenth's).
    sources = {d["source"] for d in truth["documents"]}
    for rel in truth["relations"]:
        assert rel["type"] in RELATION_TYPES
        assert rel["source"] in known
        assert isinstance(rel["target"], dict) or rel["target"] in known, rel
        assert rel["stated_in"] in sources
    cases = truth["status_cases"]
    assert len(cases) >= 20
    assert {c["status"] for c in cases} == STATUSES
    assert all(c["ident"] in docs for c in cases)
    for question in truth["list_questions"]:
        assert set(question["expected"]) <= set(docs), question["question"]
    for area, idents in truth[f"report_{year}"].items():
        assert area in AREAS
        assert all(docs[i]["date"].startswith(year) for i in idents)
    assert set(truth[f"report_{year}"]) == AREAS


FIGURE_KINDS = {"result", "target"}


@pytest.mark.parametrize(
    "truth",
    [
        HELDOUT6,
        HELDOUT7,
        HELDOUT8,
        HELDOUT9,
        HELDOUT10,
        HELDOUT11,
        HELDOUT12,
        HELDOUT13,
        HELDOUT14,
        HELDOUT15,
        HELDOUT16,
        HELDOUT17,
        HELDOUT18,
        HELDOUT19,
        HELDOUT20,
        HELDOUT21,
        HELDOUT22,
        HELDOUT23,
        HELDOUT24,
        HELDOUT25,
        HELDOUT26,
        HELDOUT27,
        HELDOUT28,
        HELDOUT29,
        HELDOUT30,
        HELDOUT31,
        HELDOUT32,
        HELDOUT33,
        HELDOUT34,
        HELDOUT35,
    ],
    ids=[
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
        "heldout18",
        "heldout19",
        "heldout20",
        "heldout21",
        "heldout22",
        "heldout23",
        "heldout24",
        "heldout25",
        "heldout26",
        "heldout27",
        "heldout28",
        "heldout29",
        "heldout30",
        "heldout31",
        "heldout32",
        "heldout33",
        "heldout34",
        "heldout35",
    ],
)
def test_the_figure_questions_are_consistent(truth: dict) -> None:
    """Each figure question names files of the archive, a year, a kind, and wrong values
    distinct from the right ones; its list questions' ``first`` is expected and nothing
    expected is dated after ``as_of``."""
    docs = {d["ident"]: d for d in truth["documents"]}
    # From the list, not ``docs``: one ident may name two documents with files (the twelfth's
    # 18/BC-TTPVHCC, two quarterly reports).
    sources = {d["source"] for d in truth["documents"] if d["source"]}
    questions = truth["figure_questions"]
    assert len(questions) >= 12
    assert {q["kind"] for q in questions} == FIGURE_KINDS
    assert {q["lang"] for q in questions} == {"vi", "en"}
    for q in questions:
        assert q["expected"], q["question"]
        assert set(q["sources"]) <= sources, q["question"]
        assert not set(q["expected"]) & set(q["others"]), q["question"]
        # The twenty-fifth reaches back to 2018.
        assert q["year"] in {str(y) for y in range(2018, 2027)}, q["question"]
        assert q["part"] is None or q["kind"] == "result", q["question"]
        assert all(isinstance(v, str) for v in q["expected"] + q["others"]), q["question"]
    for question in truth["list_questions"]:
        assert question.get("first", question["expected"][0]) in question["expected"]
        assert not set(question["expected"]) & set(question["also"]), question["question"]
        as_of = question.get("as_of", "9999")
        assert all(docs[i]["date"] <= as_of for i in question["expected"]), question["question"]


CHECK_STATUSES = {
    "verified",
    "date_mismatch",
    "kind_mismatch",
    "symbol_variant",
    "not_found",
    "unverifiable",
}
WARNINGS = {None, "superseded", "partly_superseded"}


@pytest.mark.parametrize(
    "truth",
    [
        HELDOUT7,
        HELDOUT8,
        HELDOUT9,
        HELDOUT10,
        HELDOUT11,
        HELDOUT12,
        HELDOUT13,
        HELDOUT14,
        HELDOUT15,
        HELDOUT16,
        HELDOUT17,
        HELDOUT18,
        HELDOUT19,
        HELDOUT20,
        HELDOUT21,
        HELDOUT22,
        HELDOUT23,
        HELDOUT24,
        HELDOUT25,
        HELDOUT26,
        HELDOUT27,
        HELDOUT28,
        HELDOUT29,
        HELDOUT30,
        HELDOUT31,
        HELDOUT32,
        HELDOUT33,
        HELDOUT34,
        HELDOUT35,
    ],
    ids=[
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
        "heldout18",
        "heldout19",
        "heldout20",
        "heldout21",
        "heldout22",
        "heldout23",
        "heldout24",
        "heldout25",
        "heldout26",
        "heldout27",
        "heldout28",
        "heldout29",
        "heldout30",
        "heldout31",
        "heldout32",
        "heldout33",
        "heldout34",
        "heldout35",
    ],
)
def test_the_check_drafts_are_consistent(truth: dict) -> None:
    """Each draft of the seventh to thirteenth archives lists citations written once in its text,
    with a status of ``assistant check``, a warning only on a verified citation of a dated
    draft, and an archive document the truth knows at that date; every status is covered."""
    known: dict[str, set[str]] = {}
    for d in truth["documents"] + truth["mentioned"]:
        known.setdefault(d["ident"], set()).add(d["date"])
    drafts = truth["check_drafts"]
    # The twenty-fourth to thirty-fifth have three drafts of ten citations each.
    three = truth in (
        HELDOUT24,
        HELDOUT25,
        HELDOUT26,
        HELDOUT27,
        HELDOUT28,
        HELDOUT29,
        HELDOUT30,
        HELDOUT31,
        HELDOUT32,
        HELDOUT33,
        HELDOUT34,
        HELDOUT35,
    )
    assert 4 <= len(drafts) <= 5 or (three and len(drafts) == 3)
    assert len({d["id"] for d in drafts}) == len(drafts)
    statuses: list[str] = []
    warnings: list[str] = []
    for draft in drafts:
        assert 600 <= len(draft["text"]) <= 1500, draft["id"]
        for c in draft["citations"]:
            assert draft["text"].count(c["written"]) == 1, c["written"]
            assert c["status"] in CHECK_STATUSES, c["written"]
            assert set(c["acceptable"]) <= CHECK_STATUSES - {c["status"]}, c["written"]
            assert c["warning"] in WARNINGS, c["written"]
            if c["warning"]:
                assert draft["as_of"], c["written"]
                assert c["status"] == "verified", c["written"]
            if c["archive_ident"]:
                assert c["archive_date"] in known[c["archive_ident"]], c["written"]
            assert (c["error"] is None) == (c["status"] == "verified"), c["written"]
            statuses.append(c["status"])
            warnings += [c["warning"]] if c["warning"] else []
    assert set(statuses) == CHECK_STATUSES
    assert statuses.count("verified") - len(warnings) >= 12
    assert warnings.count("superseded") >= 3
    assert warnings.count("partly_superseded") >= 2


def test_the_seventh_archive_has_one_number_for_two_issuers() -> None:
    """15/QĐ-UBND is two documents (the province's and the district's), told apart by date
    and issuer; no status case names it, since a status by ident alone would be ambiguous."""
    pair = [d for d in HELDOUT7["documents"] if d["ident"] == "15/QĐ-UBND"]
    assert len(pair) == 2
    assert len({d["date"] for d in pair}) == 2
    assert len({d["issuer"] for d in pair}) == 2
    assert all(c["ident"] != "15/QĐ-UBND" for c in HELDOUT7["status_cases"])
    idents = [d["ident"] for d in HELDOUT7["documents"]]
    assert len(idents) - len(set(idents)) == 1


def test_the_eighth_archive_ends_in_2022() -> None:
    """The eighth archive's last document is of December 2022: every "now" question is asked
    as of that day, no document is dated later, and the one replacement signed near the end
    takes effect after it (so it is not yet in force on the archive's last day)."""
    last = max(d["date"] for d in HELDOUT8["documents"])
    assert last.startswith("2022-12")
    assert {q["as_of"] for q in HELDOUT8["list_questions"] if "as_of" in q} == {last}
    later = [d for d in HELDOUT8["documents"] if (d["effective"] or "") > last]
    assert [d["ident"] for d in later] == ["1018/QĐ-SGDĐT"]
    cases = {(c["ident"], c["as_of"]): c["status"] for c in HELDOUT8["status_cases"]}
    assert cases[("1018/QĐ-SGDĐT", last)] == "not_yet_in_force"
    assert len(HELDOUT8["list_questions"]) == 25
    assert len(HELDOUT8["figure_questions"]) == 18


def test_the_ninth_archive_ends_after_the_merger() -> None:
    """The ninth archive's last document is the merged Sở Nội vụ's of June 2025: every "now"
    question is asked as of that day, the Sở LĐTBXH issues nothing after 28/02/2025, the
    regulation of the merged Sở ends the two former ones on 01/3/2025, and the one-stop Quy
    chế signed near the end takes effect after it (not yet in force on the last day)."""
    docs = HELDOUT9["documents"]
    last = max(d["date"] for d in docs)
    assert last.startswith("2025-06")
    assert [d["issuer"] for d in docs if d["date"] == last] == ["UBND TỈNH HƯNG LĨNH / SỞ NỘI VỤ"]
    assert {q["as_of"] for q in HELDOUT9["list_questions"] if "as_of" in q} == {last}
    old = [d for d in docs if d["issuer"].endswith("THƯƠNG BINH VÀ XÃ HỘI")]
    assert max(d["date"] for d in old) <= "2025-02-28"
    later = [d for d in docs if (d["effective"] or "") > last]
    assert [d["ident"] for d in later] == ["142/QĐ-SNV"]
    cases = {(c["ident"], c["as_of"]): c["status"] for c in HELDOUT9["status_cases"]}
    assert cases[("142/QĐ-SNV", last)] == "not_yet_in_force"
    assert cases[("09/2022/QĐ-UBND", "2025-03-01")] == "not_in_force"
    ended = {
        r["target"]
        for r in HELDOUT9["relations"]
        if r["source"] == "06/2025/QĐ-UBND" and r["type"] == "terminates"
    }
    assert ended == {"09/2022/QĐ-UBND", "16/2021/QĐ-UBND"}
    assert len(HELDOUT9["list_questions"]) == 30
    assert len(HELDOUT9["figure_questions"]) == 18


def test_the_tenth_archive_spans_the_merger_and_one_number_for_two_departments() -> None:
    """The tenth archive's last document is the merged Sở Tư pháp's Tờ trình of November 2026:
    every "now" question is asked as of that day, the former Tây Phong Sở issues nothing after
    June 2025, the merged province's regulation ends both former ones on 01/8/2025, and the
    one-stop Quy chế signed near the end takes effect after it. 45/QĐ-STP is two documents of
    2024 (the two former Sở), told apart by date and issuer; no status case names it."""
    docs = HELDOUT10["documents"]
    last = max(d["date"] for d in docs)
    assert last.startswith("2026-11")
    assert {q["as_of"] for q in HELDOUT10["list_questions"] if "as_of" in q} == {last}
    tay_phong = [d for d in docs if d["issuer"] == "UBND TỈNH TÂY PHONG / SỞ TƯ PHÁP"]
    assert max(d["date"] for d in tay_phong) <= "2025-06-30"
    later = [d for d in docs if (d["effective"] or "") > last]
    assert [d["ident"] for d in later] == ["88/QĐ-STP"]
    cases = {(c["ident"], c["as_of"]): c["status"] for c in HELDOUT10["status_cases"]}
    assert cases[("88/QĐ-STP", last)] == "not_yet_in_force"
    assert cases[("14/2021/QĐ-UBND", "2025-08-01")] == "not_in_force"
    ended = {
        r["target"]
        for r in HELDOUT10["relations"]
        if r["source"] == "19/2025/QĐ-UBND" and r["type"] == "terminates"
    }
    assert ended == {"14/2021/QĐ-UBND", "31/2022/QĐ-UBND"}
    pair = [d for d in docs if d["ident"] == "45/QĐ-STP"]
    assert len(pair) == 2
    assert len({d["date"] for d in pair}) == 2
    assert len({d["issuer"] for d in pair}) == 2
    assert all(c["ident"] != "45/QĐ-STP" for c in HELDOUT10["status_cases"])
    idents = [d["ident"] for d in docs]
    assert len(idents) - len(set(idents)) == 1
    assert len(HELDOUT10["list_questions"]) == 30
    assert len(HELDOUT10["figure_questions"]) == 18


def test_the_eleventh_archive_spans_the_reform_and_one_number_for_two_communes() -> None:
    """The eleventh archive's last document is xã Hòa Phong's Tờ trình of October 2026: every
    "now" question is asked as of that day, the former xã Hòa An and thị trấn Ngã Ba issue
    nothing after June 2025 and xã Hòa Phong nothing before July, the province ends the
    abolished district's one-stop regulation on 01/7/2025, and the list of procedures signed
    near the end takes effect after it. 12/QĐ-UBND is two documents of 2025 (xã Hòa An's and
    xã Hòa Phong's), told apart by date and issuer; 09/KH-UBND is the province's 2025 plan and
    the xã's 2026 one; no status case names either."""
    docs = HELDOUT11["documents"]
    last = max(d["date"] for d in docs)
    assert last.startswith("2026-10")
    assert {q["as_of"] for q in HELDOUT11["list_questions"] if "as_of" in q} == {last}
    former = [d for d in docs if d["issuer"].endswith(("XÃ HÒA AN", "THỊ TRẤN NGÃ BA"))]
    assert max(d["date"] for d in former) <= "2025-06-30"
    new = [d for d in docs if d["issuer"].endswith("XÃ HÒA PHONG")]
    assert min(d["date"] for d in new) == "2025-07-01"
    later = [d for d in docs if (d["effective"] or "") > last]
    assert [d["ident"] for d in later] == ["27/QĐ-UBND"]
    cases = {(c["ident"], c["as_of"]): c["status"] for c in HELDOUT11["status_cases"]}
    assert cases[("27/QĐ-UBND", last)] == "not_yet_in_force"
    assert cases[("1520/QĐ-UBND", "2025-07-01")] == "not_in_force"
    assert cases[("12/KH-UBND", "2025-09-30")] == "unknown"
    ended = {
        r["target"]
        for r in HELDOUT11["relations"]
        if r["source"] == "1102/QĐ-UBND" and r["type"] == "terminates"
    }
    assert ended == {"1520/QĐ-UBND"}
    for twice in ("12/QĐ-UBND", "09/KH-UBND"):
        pair = [d for d in docs if d["ident"] == twice]
        assert len(pair) == 2
        assert len({d["date"] for d in pair}) == 2
        assert len({d["issuer"] for d in pair}) == 2
        assert all(c["ident"] != twice for c in HELDOUT11["status_cases"])
    idents = [d["ident"] for d in docs]
    assert len(idents) - len(set(idents)) == 2
    assert len(HELDOUT11["list_questions"]) == 30
    assert len(HELDOUT11["figure_questions"]) == 18


def test_the_twelfth_archive_spans_the_merger_with_two_reused_idents() -> None:
    """The twelfth archive's last document is the Ngọc Lam centre's Công văn of November 2026:
    every "now" question is asked as of that day, the former Ngọc Khê and Lam Điền bodies
    issue nothing after June 2025 and the Ngọc Lam ones nothing before July, the decision
    organising the centre anew ends both founding decisions on 01/7/2025, the Chỉ thị has no
    stated end, and the list of procedures signed near the end takes effect after it.
    2105/QĐ-UBND is two documents of 2024 (the two former provinces') and 18/BC-TTPVHCC two of
    2025 (numbering restarts in the new province), told apart by date and issuer; no status
    case names either."""
    docs = HELDOUT12["documents"]
    last = max(d["date"] for d in docs)
    assert last.startswith("2026-11")
    assert {q["as_of"] for q in HELDOUT12["list_questions"] if "as_of" in q} == {last}
    former = [d for d in docs if d["issuer"].endswith(("NGỌC KHÊ", "LAM ĐIỀN", "HÀNH CHÍNH CÔNG"))]
    former = [d for d in former if "NGỌC LAM" not in d["issuer"]]
    assert max(d["date"] for d in former) <= "2025-06-30"
    new = [d for d in docs if "NGỌC LAM" in d["issuer"]]
    assert min(d["date"] for d in new) == "2025-07-01"
    later = [d for d in docs if (d["effective"] or "") > last]
    assert [d["ident"] for d in later] == ["1120/QĐ-UBND"]
    cases = {(c["ident"], c["as_of"]): c["status"] for c in HELDOUT12["status_cases"]}
    assert cases[("1120/QĐ-UBND", last)] == "not_yet_in_force"
    assert cases[("1023/QĐ-UBND", "2025-07-01")] == "not_in_force"
    assert cases[("05/CT-UBND", "2025-12-31")] == "unknown"
    ended = {
        r["target"]
        for r in HELDOUT12["relations"]
        if r["source"] == "18/QĐ-UBND" and r["type"] == "terminates"
    }
    assert ended == {"1023/QĐ-UBND", "877/QĐ-UBND"}
    for twice in ("2105/QĐ-UBND", "18/BC-TTPVHCC"):
        pair = [d for d in docs if d["ident"] == twice]
        assert len(pair) == 2
        assert len({d["date"] for d in pair}) == 2
        assert len({d["issuer"] for d in pair}) == 2
        assert all(c["ident"] != twice for c in HELDOUT12["status_cases"])
    idents = [d["ident"] for d in docs]
    assert len(idents) - len(set(idents)) == 2
    assert len(HELDOUT12["list_questions"]) == 30
    assert len(HELDOUT12["figure_questions"]) == 20


def test_the_thirteenth_archive_keeps_one_name_for_two_bodies() -> None:
    """The thirteenth archive's last document is the new Sở Tài chính's Công văn of November
    2026: every "now" question is asked as of that day, the Sở KH&ĐT issues nothing after
    28/02/2025, the merged Sở's functions decision replaces both former ones on 01/3/2025, the
    Quy chế phối hợp has no stated end, and the one-stop Quy chế signed near the end takes effect
    after it. The former and the new Sở Tài chính print the SAME issuer lines: 15/QĐ-STC and
    10/BC-STC are two documents of 2025 each, one on either side of 01/3/2025, and 05/KH-STC the
    former Sở's 2025 plan and the new Sở's 2026 plan, told apart only by date; no status case
    names them."""
    docs = HELDOUT13["documents"]
    last = max(d["date"] for d in docs)
    assert last.startswith("2026-11")
    assert {q["as_of"] for q in HELDOUT13["list_questions"] if "as_of" in q} == {last}
    planning = [d for d in docs if d["issuer"].endswith("KẾ HOẠCH VÀ ĐẦU TƯ")]
    assert max(d["date"] for d in planning) <= "2025-02-28"
    later = [d for d in docs if (d["effective"] or "") > last]
    assert [d["ident"] for d in later] == ["138/QĐ-STC"]
    cases = {(c["ident"], c["as_of"]): c["status"] for c in HELDOUT13["status_cases"]}
    assert cases[("138/QĐ-STC", last)] == "not_yet_in_force"
    assert cases[("1876/QĐ-UBND", "2025-03-01")] == "not_in_force"
    assert cases[("203/QĐ-SKHĐT", "2025-12-31")] == "unknown"
    replaced = {
        r["target"]
        for r in HELDOUT13["relations"]
        if r["source"] == "410/QĐ-UBND" and r["type"] == "replaces" and not r["reported"]
    }
    assert replaced == {"1876/QĐ-UBND", "2350/QĐ-UBND"}
    for twice in ("15/QĐ-STC", "10/BC-STC", "05/KH-STC"):
        pair = [d for d in docs if d["ident"] == twice]
        assert len(pair) == 2
        assert len({d["date"] for d in pair}) == 2
        assert {d["issuer"] for d in pair} == {"UBND TỈNH VÂN PHÚ / SỞ TÀI CHÍNH"}
        assert min(d["date"] for d in pair) < "2025-03-01" <= max(d["date"] for d in pair)
        assert all(c["ident"] != twice for c in HELDOUT13["status_cases"])
    idents = [d["ident"] for d in docs]
    assert len(idents) - len(set(idents)) == 3
    assert len(HELDOUT13["list_questions"]) == 30
    assert len(HELDOUT13["figure_questions"]) == 20


def test_the_fourteenth_archive_is_dense_with_numbers_restarting_each_year() -> None:
    """The fourteenth archive's last document is the Sở VHTTDL's Công văn of November 2026: every
    "now" question is asked as of that day; a plan for every year 2019 – 2026; the one-stop Quy
    chế reissued four times and the functions decision replaced twice; the Quy chế chi tiêu nội
    bộ of 2027, signed near the end, takes effect after it. Four idents name two documents each
    of the same issuer in different years, told apart only by date; no status case names them."""
    docs = HELDOUT14["documents"]
    last = max(d["date"] for d in docs)
    assert last == "2026-11-25"
    assert {q["as_of"] for q in HELDOUT14["list_questions"] if "as_of" in q} == {last}
    plans = {d["date"][:4] for d in docs if d["kind"] == "Kế hoạch" and d["source"]}
    assert plans == {str(y) for y in range(2019, 2027)}
    assert sum(1 for d in docs if d["source"]) == 59
    later = [d for d in docs if (d["effective"] or "") > last]
    assert [d["ident"] for d in later] == ["212/QĐ-SVHTTDL"]
    cases = {(c["ident"], c["as_of"]): c["status"] for c in HELDOUT14["status_cases"]}
    assert cases[("212/QĐ-SVHTTDL", last)] == "not_yet_in_force"
    assert cases[("46/QĐ-SVHTTDL", last)] == "in_force"
    assert cases[("1642/QĐ-UBND", "2025-03-01")] == "not_in_force"
    one_stop = [
        r["target"]
        for r in HELDOUT14["relations"]
        if r["type"] == "replaces" and not r["reported"] and r["source"].endswith("QĐ-SVHTTDL")
        and r["target"] in {"86/QĐ-SVHTTDL", "57/QĐ-SVHTTDL", "124/QĐ-SVHTTDL", "38/QĐ-SVHTTDL"}
    ]
    assert len(one_stop) == 4
    for twice in ("01/KH-SVHTTDL", "112/BC-SVHTTDL", "74/BC-SVHTTDL", "15/QĐ-SVHTTDL"):
        pair = [d for d in docs if d["ident"] == twice]
        assert len(pair) == 2
        assert len({d["date"][:4] for d in pair}) == 2
        assert len({d["issuer"] for d in pair}) == 1
        assert all(d["source"] for d in pair)
        assert all(c["ident"] != twice for c in HELDOUT14["status_cases"])
    idents = [d["ident"] for d in docs]
    assert len(idents) - len(set(idents)) == 4
    assert len(HELDOUT14["list_questions"]) == 30
    assert len(HELDOUT14["figure_questions"]) == 24


def test_the_fifteenth_archive_has_lives_that_end_without_a_replacing_act() -> None:
    """The fifteenth archive's last document is the Sở Công Thương's Công văn of November 2026:
    every "now" question is asked as of that day. Four documents end with no acting document: two
    by a stated end day (31/12/2023), the Đề án by its period (2021 – 2025) and a plan by the day
    a Công văn extended it to; each is in force on its last day and not in force the day after,
    and nothing replaces, repeals or terminates it. The Chủ tịch's yearly lists of ended legal
    documents state only reported relations. The extension and the correction are amends, not
    replacements. The functions decision signed near the end takes effect after it."""
    docs = HELDOUT15["documents"]
    last = max(d["date"] for d in docs)
    assert last == "2026-11-20"
    assert {q["as_of"] for q in HELDOUT15["list_questions"] if "as_of" in q} == {last}
    assert sum(1 for d in docs if d["source"]) == 51
    later = [d for d in docs if (d["effective"] or "") > last]
    assert [d["ident"] for d in later] == ["21/2026/QĐ-UBND"]
    cases = {(c["ident"], c["as_of"]): c["status"] for c in HELDOUT15["status_cases"]}
    assert cases[("21/2026/QĐ-UBND", last)] == "not_yet_in_force"
    assert cases[("12/2023/QĐ-UBND", last)] == "in_force"
    assert cases[("66/QĐ-SCT", last)] == "unknown"
    ended = {
        "08/2021/QĐ-UBND": ("2023-12-31", "2024-01-01"),
        "21/QĐ-SCT": ("2023-06-30", "2024-01-01"),
        "95/QĐ-SCT": ("2025-12-31", "2026-01-01"),
        "58/KH-SCT": ("2025-03-31", "2025-07-01"),
    }
    acted = {
        r["target"]
        for r in HELDOUT15["relations"]
        if r["type"] in {"replaces", "repeals", "terminates"} and isinstance(r["target"], str)
    }
    for ident, (alive, gone) in ended.items():
        assert cases[(ident, alive)] == "in_force", ident
        assert cases[(ident, gone)] == "not_in_force", ident
        assert ident not in acted, ident
    listed = {"danh muc VB het hieu luc 2023.docx", "QD 142 danh muc VB het hieu luc 2024.pdf"}
    told = [
        r
        for r in HELDOUT15["relations"]
        if r["stated_in"] in listed and r["type"] != "based_on" and "/NĐ-CP" not in r["source"]
    ]
    assert all(r["reported"] for r in told)
    assert {r["target"] for r in told} == {
        "22/2019/QĐ-UBND",
        "05/2021/QĐ-UBND",
        "17/2020/QĐ-UBND",
        "14/2022/QĐ-UBND",
        "15/2023/QĐ-UBND",
    }
    own = {
        (r["type"], r["source"], r["target"], r["target_scope"])
        for r in HELDOUT15["relations"]
        if not r["reported"] and isinstance(r["target"], str)
    }
    assert ("amends", "2011/SCT-VP", "58/KH-SCT", "thời gian thực hiện") in own
    assert ("amends", "34/QĐ-SCT", "27/QĐ-SCT", "Điều 3") in own
    assert not [r for r in own if r[1] == "34/QĐ-SCT" and r[0] == "replaces"]
    assert cases[("27/QĐ-SCT", last)] == "in_force"
    assert len(HELDOUT15["list_questions"]) == 30
    assert len(HELDOUT15["figure_questions"]) == 22


def test_the_sixteenth_archive_holds_files_that_are_not_documents() -> None:
    """The sixteenth archive's last document is the Ban Quản lý các khu công nghiệp's Công văn of
    November 2026: every "now" question is asked as of that day. Its folder holds 51 files but
    47 documents with files: two documents each in two files (a signed PDF and its Word file),
    an unsigned draft beside the signed decision it became, and an annex of a decision in a file
    of its own; none of these four files is a document's source, and the draft states no
    relation. A decision annulled ("hủy bỏ") is repealed whole and not in force from that day; a
    plan is adjusted (amends, with its scope); 05/KH-BQLKCN names two plans of different years,
    told apart by date, and no status case names it. The one-stop Quy chế signed near the end
    takes effect after it."""
    docs = HELDOUT16["documents"]
    last = max(d["date"] for d in docs)
    assert last == "2026-11-18"
    assert {q["as_of"] for q in HELDOUT16["list_questions"] if "as_of" in q} == {last}
    sources = [d["source"] for d in docs if d["source"]]
    assert len(sources) == len(set(sources)) == 47
    others = {n["file"] for n in HELDOUT16["not_documents"]}
    assert len(others) == 4
    assert not others & set(sources)
    assert set(HELDOUT16["second_files"].values()) <= others
    assert all(n["of"] in {d["ident"] for d in docs} for n in HELDOUT16["not_documents"])
    assert not [r for r in HELDOUT16["relations"] if r["stated_in"] in others]
    later = [d for d in docs if (d["effective"] or "") > last]
    assert [d["ident"] for d in later] == ["71/QĐ-BQLKCN"]
    cases = {(c["ident"], c["as_of"]): c["status"] for c in HELDOUT16["status_cases"]}
    assert cases[("71/QĐ-BQLKCN", last)] == "not_yet_in_force"
    assert cases[("35/QĐ-BQLKCN", last)] == "in_force"
    assert cases[("47/QĐ-BQLKCN", "2023-07-01")] == "in_force"
    assert cases[("47/QĐ-BQLKCN", "2023-08-04")] == "not_in_force"
    assert cases[("19/QĐ-BQLKCN", last)] == "unknown"
    own = {
        (r["type"], r["source"], r["target"], r["target_scope"])
        for r in HELDOUT16["relations"]
        if not r["reported"] and isinstance(r["target"], str)
    }
    assert ("repeals", "58/QĐ-BQLKCN", "47/QĐ-BQLKCN", None) in own
    assert ("amends", "09/KH-BQLKCN", "05/KH-BQLKCN", "điểm a khoản 2 Mục I; Mục II") in own
    pair = [d for d in docs if d["ident"] == "05/KH-BQLKCN"]
    assert len(pair) == 2
    assert len({d["date"][:4] for d in pair}) == 2
    assert len({d["issuer"] for d in pair}) == 1
    assert all(c["ident"] != "05/KH-BQLKCN" for c in HELDOUT16["status_cases"])
    idents = [d["ident"] for d in docs]
    assert len(idents) - len(set(idents)) == 1
    assert len(HELDOUT16["list_questions"]) == 30
    assert len(HELDOUT16["figure_questions"]) == 22


def test_the_seventeenth_archive_lists_documents_in_report_tables() -> None:
    """The seventeenth archive's last document is the Sở Nông nghiệp và Môi trường's Công văn of
    24/11/2026: every "now" question is asked as of that day. 53 files, each one document's
    source. Two annual reports end in an appendix table of the documents issued (text lines in
    a PDF, a DOCX table); five documents are known only from those rows (no file, no relation).
    05/QĐ-SNNMT names two documents of the merged Sở (2025 and 2026), never asked for in a list
    question nor named in a status case. A Công văn keeps its e-office HTML and a report is
    saved in Windows-1258: ordinary documents in the truth. The Sở TN&MT's 2025 plan, ended by
    the merger with no stated replacement, is unknown; internal procedures signed near the end
    take effect after it."""
    truth = HELDOUT17
    docs = truth["documents"]
    last = max(d["date"] for d in docs)
    assert last == "2026-11-24"
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = [d["source"] for d in docs if d["source"]]
    assert len(sources) == len(set(sources)) == 53
    assert not truth["second_files"]
    assert not truth["not_documents"]
    only = [i for table in truth["appendix_tables"] for i in table["only_here"]]
    assert len(only) == len(set(only)) == 5
    by_ident = {d["ident"]: d for d in docs}
    assert all(by_ident[i]["source"] is None for i in only)
    for table in truth["appendix_tables"]:
        assert table["file"] in sources
        assert set(table["only_here"]) <= set(table["rows"]) <= set(by_ident)
    named = {r["source"] for r in truth["relations"]} | {
        r["target"] for r in truth["relations"] if isinstance(r["target"], str)
    }
    assert not named & set(only)
    assert set(truth["special_files"]) == {"cv1420_eoffice_export.txt", "BC quy I-2026 (ANSI).txt"}
    assert set(truth["special_files"]) <= set(sources)
    pair = [d for d in docs if d["ident"] == "05/QĐ-SNNMT"]
    assert sorted(d["date"] for d in pair) == truth["ambiguous_idents"]["05/QĐ-SNNMT"]
    idents = [d["ident"] for d in docs]
    assert len(idents) - len(set(idents)) == 1
    for q in truth["list_questions"]:
        assert "05/QĐ-SNNMT" not in q["expected"] + q["also"], q["question"]
    assert all(c["ident"] != "05/QĐ-SNNMT" for c in truth["status_cases"])
    later = [d["ident"] for d in docs if (d["effective"] or "") > last]
    assert later == ["62/QĐ-SNNMT"]
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("62/QĐ-SNNMT", last)] == "not_yet_in_force"
    assert cases[("33/QĐ-SNNMT", last)] == "in_force"
    assert cases[("02/KH-STNMT", "2025-06-30")] == "unknown"
    assert cases[("615/QĐ-UBND", last)] == "partly_in_force"
    assert len(truth["list_questions"]) == 30
    assert len(truth["figure_questions"]) == 21


def test_the_seventeenth_script_writes_html_and_windows_1258(tmp_path: Path) -> None:
    """The generator (not the assistant) writes one file per source, the e-office export with
    its HTML and the report in Windows-1258, and refuses corpus/."""
    out = tmp_path / "h17"
    assert run_script("make_heldout17_archive.py", out).returncode == 0
    sources = {d["source"] for d in HELDOUT17["documents"] if d["source"]}
    assert {p.name for p in out.iterdir()} == sources
    html = (out / "cv1420_eoffice_export.txt").read_text("utf-8")
    for piece in ("<p", "<br>", "&nbsp;", "Số: 1420/SNNMT-VP"):
        assert piece in html
    raw = (out / "BC quy I-2026 (ANSI).txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = unicodedata.normalize("NFC", raw.decode("cp1258"))
    assert "Số: 40/BC-SNNMT" in text
    assert "MẪU" in text.splitlines()[0]
    refused = run_script("make_heldout17_archive.py", REPO / "corpus" / "heldout17")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout17").exists()


def test_the_eighteenth_archive_has_lives_of_their_own_kind() -> None:
    """The eighteenth archive's last document is the Sở Xây dựng's Công văn of 27/11/2026: every
    "now" question is asked as of that day. 51 files, 50 documents' sources and one unsigned
    draft (no document, no relation). A decision suspended (terminates) is not in force during
    its suspension and in force again once the suspension is repealed; an article replaced
    ("Thay thế Điều …") leaves its decision partly in force; the spending rules take effect
    before they are signed; two provincial decisions are in the Sở's certified copies (their
    "SAO Y" numbers are no documents); three file names mislead; a Quyết định đính chính fixes
    a wrong number (an amends), and the wrong number is known to nothing; the internal
    procedures signed near the end take effect after it."""
    truth = HELDOUT18
    docs = truth["documents"]
    last = max(d["date"] for d in docs)
    assert last == "2026-11-27"
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = [d["source"] for d in docs if d["source"]]
    assert len(sources) == len(set(sources)) == 50
    assert not truth["second_files"]
    assert not truth["appendix_tables"]
    assert not truth["ambiguous_idents"]
    drafts = {n["file"] for n in truth["not_documents"]}
    assert drafts == {"Du thao QD quy trinh noi bo 2027.docx"}
    assert not drafts & set(sources)
    assert not [r for r in truth["relations"] if r["stated_in"] in drafts]
    by_ident = {d["ident"]: d for d in docs}
    assert len(by_ident) == len(docs)
    assert set(truth["special_files"]) <= set(sources)
    copies = {c["file"]: c for c in truth["copies"]}
    assert set(copies) <= set(truth["special_files"])
    for c in truth["copies"]:
        assert by_ident[c["of"]]["source"] == c["file"]
        assert c["copy_number"] not in by_ident
    own = {
        (r["type"], r["source"], r["target"], r["target_scope"])
        for r in truth["relations"]
        if not r["reported"] and isinstance(r["target"], str)
    }
    assert ("terminates", "44/QĐ-SXD", "27/QĐ-SXD", None) in own
    assert ("repeals", "61/QĐ-SXD", "44/QĐ-SXD", None) in own
    assert ("replaces", "63/QĐ-SXD", "41/QĐ-SXD", "Điều 3") in own
    assert ("replaces", "24/QĐ-SXD", "35/QĐ-SXD", "Điều 7") in own
    assert ("amends", "55/QĐ-SXD", "52/QĐ-SXD", "Điều 2") in own
    assert not [r for r in own if r[1] == "55/QĐ-SXD" and r[0] == "replaces"]
    named = {r["source"] for r in truth["relations"]} | {
        r["target"] for r in truth["relations"] if isinstance(r["target"], str)
    }
    assert "36/QĐ-SXD" not in named | set(by_ident)
    (pause,) = truth["suspensions"]
    assert (pause["ident"], pause["suspended_by"], pause["restored_by"]) == (
        "27/QĐ-SXD",
        "44/QĐ-SXD",
        "61/QĐ-SXD",
    )
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("27/QĐ-SXD", "2025-06-30")] == "in_force"
    assert cases[("27/QĐ-SXD", pause["from"])] == "not_in_force"
    assert cases[("27/QĐ-SXD", pause["to"])] == "not_in_force"
    assert cases[("27/QĐ-SXD", pause["restored_from"])] == "in_force"
    assert cases[("44/QĐ-SXD", pause["restored_from"])] == "not_in_force"
    assert cases[("41/QĐ-SXD", "2024-10-01")] == "partly_in_force"
    assert cases[("35/QĐ-SXD", last)] == "partly_in_force"
    assert cases[("52/QĐ-SXD", last)] == "in_force"
    early = sorted(d["ident"] for d in docs if d["effective"] and d["effective"] < d["date"])
    assert early == ["09/QĐ-SXD", "18/QĐ-SXD", "25/QĐ-SXD", "30/QĐ-SXD"]
    assert cases[("25/QĐ-SXD", by_ident["18/QĐ-SXD"]["date"])] == "not_in_force"
    later = [d["ident"] for d in docs if (d["effective"] or "") > last]
    assert later == ["71/QĐ-SXD"]
    assert cases[("71/QĐ-SXD", last)] == "not_yet_in_force"
    assert cases[("39/QĐ-SXD", last)] == "in_force"
    assert cases[("86/QĐ-UBND", "2025-09-01")] == "unknown"
    assert len(truth["list_questions"]) == 30
    assert len(truth["figure_questions"]) == 21


def test_the_eighteenth_script_writes_copies_misleading_names_and_a_draft(tmp_path: Path) -> None:
    """The generator (not the assistant) writes one file per source and the draft, the certified
    copies with their "SAO Y" block under the original, the misleadingly named files with
    another document's number inside, and refuses corpus/."""
    out = tmp_path / "h18"
    assert run_script("make_heldout18_archive.py", out).returncode == 0
    sources = {d["source"] for d in HELDOUT18["documents"] if d["source"]}
    drafts = {n["file"] for n in HELDOUT18["not_documents"]}
    assert {p.name for p in out.iterdir()} == sources | drafts
    copy = (out / "1046 danh muc TTHC 2025 - sao y.txt").read_text("utf-8")
    assert copy.index("Số: 1046/QĐ-UBND") < copy.index("SAO Y") < copy.index("Số: 21/SY-SXD")
    plan = (out / "KH CCHC 2025 (sua).txt").read_text("utf-8")
    assert "Số: 05/KH-SXD" in plan
    assert "năm 2026" in plan
    with zipfile.ZipFile(out / "Du thao QD quy trinh noi bo 2027.docx") as docx_file:
        draft = docx_file.read("word/document.xml").decode("utf-8")
    assert "DỰ THẢO" in draft
    assert "(chưa ký)" in draft
    refused = run_script("make_heldout18_archive.py", REPO / "corpus" / "heldout18")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout18").exists()


def test_the_nineteenth_archive_has_suspensions_extensions_and_a_district_kept_to_a_day() -> None:
    """The nineteenth archive's last document is the Sở Y tế's Công văn of 26/11/2026: every "now"
    question is asked as of that day. 52 files, 51 documents' sources and one consolidated text
    (no document, no relation). One article suspended (terminates with a scope) leaves its
    decision partly in force until the suspension is ended; a whole decision's execution
    suspended by the Chủ tịch is never lifted and then replaced; a pilot extended (amends) ends
    by its time; a công bố annulled (repeals); a wrong date corrected (amends) ends nothing;
    postal rules take effect weeks after signing; a district's rules are kept to a stated day
    after the district ends, another district's are unknown; internal procedures signed near
    the end take effect after it."""
    truth = HELDOUT19
    docs = truth["documents"]
    last = max(d["date"] for d in docs)
    assert last == "2026-11-26"
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = [d["source"] for d in docs if d["source"]]
    assert len(sources) == len(set(sources)) == 51
    assert not truth["second_files"]
    assert not truth["appendix_tables"]
    assert not truth["ambiguous_idents"]
    assert not truth["copies"]
    others = {n["file"] for n in truth["not_documents"]}
    assert others == {"VBHN chuc nang nhiem vu SYT 2022.docx"}
    assert not others & set(sources)
    assert not [r for r in truth["relations"] if r["stated_in"] in others]
    by_ident = {d["ident"]: d for d in docs}
    assert len(by_ident) == len(docs)
    assert "05/VBHN-UBND" not in by_ident
    assert set(truth["special_files"]) <= set(sources) | others
    own = {
        (r["type"], r["source"], r["target"], r["target_scope"])
        for r in truth["relations"]
        if not r["reported"] and isinstance(r["target"], str)
    }
    assert ("terminates", "29/QĐ-SYT", "19/QĐ-SYT", "Điều 6") in own
    assert ("terminates", "64/QĐ-SYT", "29/QĐ-SYT", None) in own
    assert ("terminates", "1285/QĐ-UBND", "55/QĐ-SYT", None) in own
    assert ("replaces", "70/QĐ-SYT", "55/QĐ-SYT", None) in own
    assert ("amends", "80/QĐ-SYT", "71/QĐ-SYT", "Điều 2") in own
    assert ("repeals", "44/QĐ-SYT", "38/QĐ-SYT", None) in own
    assert ("amends", "53/QĐ-SYT", "49/QĐ-SYT", "căn cứ thứ hai") in own
    assert ("terminates", "1402/QĐ-UBND", "215/QĐ-UBND", None) in own
    assert not [r for r in own if r[1] == "92/QĐ-SYT" and r[0] != "based_on"]
    part, whole = truth["suspensions"]
    assert (part["ident"], part["suspended_by"], part["restored_by"]) == (
        "19/QĐ-SYT",
        "29/QĐ-SYT",
        "64/QĐ-SYT",
    )
    assert (whole["ident"], whole["suspended_by"], whole["restored_by"]) == (
        "55/QĐ-SYT",
        "1285/QĐ-UBND",
        None,
    )
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("19/QĐ-SYT", "2024-05-09")] == "in_force"
    assert cases[("19/QĐ-SYT", part["from"])] == "partly_in_force"
    assert cases[("19/QĐ-SYT", part["to"])] == "partly_in_force"
    assert cases[("19/QĐ-SYT", part["restored_from"])] == "in_force"
    assert cases[("29/QĐ-SYT", part["restored_from"])] == "not_in_force"
    assert cases[("55/QĐ-SYT", "2025-08-05")] == "in_force"
    assert cases[("55/QĐ-SYT", whole["from"])] == "not_in_force"
    assert cases[("55/QĐ-SYT", whole["replaced_from"])] == "not_in_force"
    assert cases[("71/QĐ-SYT", "2025-06-30")] == "in_force"
    assert cases[("71/QĐ-SYT", "2025-07-01")] == "not_in_force"
    assert cases[("38/QĐ-SYT", "2023-06-23")] == "not_in_force"
    assert cases[("49/QĐ-SYT", last)] == "in_force"
    assert cases[("77/QĐ-SYT", "2024-12-05")] == "not_yet_in_force"
    assert cases[("77/QĐ-SYT", "2025-01-01")] == "in_force"
    assert cases[("215/QĐ-UBND", "2025-09-01")] == "in_force"
    assert cases[("215/QĐ-UBND", "2026-01-01")] == "not_in_force"
    assert cases[("87/QĐ-UBND", "2025-09-01")] == "unknown"
    later = [d["ident"] for d in docs if (d["effective"] or "") > last]
    assert later == ["81/QĐ-SYT"]
    assert cases[("81/QĐ-SYT", last)] == "not_yet_in_force"
    assert cases[("60/QĐ-SYT", last)] == "in_force"
    assert len(truth["list_questions"]) == 32
    assert len(truth["figure_questions"]) == 21


def test_the_nineteenth_script_writes_a_consolidated_text_and_a_suspension(tmp_path: Path) -> None:
    """The generator (not the assistant) writes one file per source and the consolidated text,
    whose own number follows "VĂN BẢN HỢP NHẤT"; the nondescript scan holds the Chủ tịch's
    suspension; the article's suspension and its restoration are in their files; corpus/ is
    refused."""
    out = tmp_path / "h19"
    assert run_script("make_heldout19_archive.py", out).returncode == 0
    sources = {d["source"] for d in HELDOUT19["documents"] if d["source"]}
    others = {n["file"] for n in HELDOUT19["not_documents"]}
    assert {p.name for p in out.iterdir()} == sources | others
    scan = (out / "scan_0812.pdf").read_bytes()
    assert scan.startswith(b"%PDF")
    pause = (out / "QD 29 tam dung Dieu 6.txt").read_text("utf-8")
    assert "Tạm dừng áp dụng Điều 6" in pause
    assert "Số: 29/QĐ-SYT" in pause
    with zipfile.ZipFile(out / "VBHN chuc nang nhiem vu SYT 2022.docx") as docx_file:
        merged = docx_file.read("word/document.xml").decode("utf-8")
    assert "VĂN BẢN HỢP NHẤT" in merged
    assert "05/VBHN-UBND" in merged
    with zipfile.ZipFile(out / "QD 64 khoi phuc Dieu 6.docx") as docx_file:
        restored = docx_file.read("word/document.xml").decode("utf-8")
    assert "Khôi phục hiệu lực thi hành Điều 6" in restored
    refused = run_script("make_heldout19_archive.py", REPO / "corpus" / "heldout19")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout19").exists()


def test_the_twentieth_archive_has_figures_by_period_corrected_and_lives() -> None:
    """The twentieth archive's last document is the Sở Tài chính's Công văn of 25/11/2026: every
    "now" question is asked as of that day. 50 files, 49 documents' sources and one DỰ THẢO (no
    document, no relation). The procedure 61 is amended twice (partly in force) and replaced;
    the reporting rules lose one article (repeals with a scope); a UBND decision is repealed
    whole; a working group's decision is ended; a pilot ends by its time; the scoring rules are
    suspended to a stated day and apply again after it; a former body's procedure is unknown.
    The figure questions ask corrected figures, cumulative and in-period ones, targets."""
    truth = HELDOUT20
    docs = truth["documents"]
    last = max(d["date"] for d in docs)
    assert last == "2026-11-25"
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = [d["source"] for d in docs if d["source"]]
    assert len(sources) == len(set(sources)) == 49
    assert not truth["second_files"]
    assert not truth["appendix_tables"]
    assert not truth["ambiguous_idents"]
    assert not truth["copies"]
    others = {n["file"] for n in truth["not_documents"]}
    assert others == {"Du thao QD quy che lam viec (lan 2).docx"}
    assert not others & set(sources)
    assert not [r for r in truth["relations"] if r["stated_in"] in others]
    by_ident = {d["ident"]: d for d in docs}
    assert len(by_ident) == len(docs)
    assert set(truth["special_files"]) <= set(sources) | others
    own = {
        (r["type"], r["source"], r["target"], r["target_scope"])
        for r in truth["relations"]
        if not r["reported"] and isinstance(r["target"], str)
    }
    assert ("amends", "15/QĐ-STC", "61/QĐ-STC", "Điều 5") in own
    assert ("amends", "33/QĐ-STC", "61/QĐ-STC", "Điều 7") in own
    assert ("repeals", "09/QĐ-STC", "102/QĐ-STC", "Điều 4") in own
    assert ("repeals", "12/2024/QĐ-UBND", "25/2021/QĐ-UBND", None) in own
    assert ("terminates", "20/QĐ-STC", "37/QĐ-STC", None) in own
    assert ("terminates", "18/QĐ-STC", "55/QĐ-STC", None) in own
    assert {r[2] for r in own if r[:2] == ("replaces", "36/QĐ-STC")} == {
        "61/QĐ-STC",
        "15/QĐ-STC",
        "33/QĐ-STC",
    }
    assert not [r for r in own if r[1] in {"09/BC-STC", "1254/STC-VP", "16/TTr-STC"}]
    (pause,) = truth["suspensions"]
    assert (pause["ident"], pause["suspended_by"], pause["restored_by"]) == (
        "55/QĐ-STC",
        "18/QĐ-STC",
        None,
    )
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("55/QĐ-STC", "2026-03-31")] == "in_force"
    assert cases[("55/QĐ-STC", pause["from"])] == "not_in_force"
    assert cases[("55/QĐ-STC", pause["to"])] == "not_in_force"
    assert cases[("55/QĐ-STC", pause["restored_from"])] == "in_force"
    assert cases[("61/QĐ-STC", "2024-03-14")] == "in_force"
    assert cases[("61/QĐ-STC", "2024-03-15")] == "partly_in_force"
    assert cases[("61/QĐ-STC", "2026-09-01")] == "not_in_force"
    assert cases[("102/QĐ-STC", "2025-01-25")] == "in_force"
    assert cases[("102/QĐ-STC", last)] == "partly_in_force"
    assert cases[("52/QĐ-STC", "2025-06-30")] == "in_force"
    assert cases[("52/QĐ-STC", "2025-07-01")] == "not_in_force"
    assert cases[("86/QĐ-SKHĐT", "2025-06-01")] == "unknown"
    assert cases[("36/QĐ-STC", last)] == "in_force"
    figures = {q["question"]: q for q in truth["figure_questions"]}
    corrected = [q for q in figures.values() if "CORRECTED" in q["note"]]
    assert {v for q in corrected for v in q["expected"]} == {"2.214", "36,1%", "99,0%"}
    assert {v for q in corrected for v in q["others"]} >= {"2.187", "36,5%", "99,2%"}
    assert len(truth["list_questions"]) == 26
    assert len(truth["figure_questions"]) == 32


def test_the_twentieth_script_writes_reports_a_correction_and_a_draft(tmp_path: Path) -> None:
    """The generator (not the assistant) writes one file per source and the DỰ THẢO; the
    correcting Công văn and the official year's report say whose figures they replace; the
    nondescript scan holds the decision ending the working group; corpus/ is refused."""
    out = tmp_path / "h20"
    assert run_script("make_heldout20_archive.py", out).returncode == 0
    sources = {d["source"] for d in HELDOUT20["documents"] if d["source"]}
    others = {n["file"] for n in HELDOUT20["not_documents"]}
    assert {p.name for p in out.iterdir()} == sources | others
    assert (out / "scan_20250324.pdf").read_bytes().startswith(b"%PDF")
    fix = (out / "CV 1254 dieu chinh so lieu 6 thang 2024.txt").read_text("utf-8")
    assert "thay thế số liệu tại Báo cáo số 101/BC-STC" in fix
    assert "2.214 hồ sơ" in fix
    table = (out / "BC CCHC nam 2024.txt").read_text("utf-8")
    assert "| 2   | Tin học - thống kê     | 1.386     |" in table
    with zipfile.ZipFile(out / "BC CCHC nam 2025 chinh thuc.docx") as docx_file:
        official = docx_file.read("word/document.xml").decode("utf-8")
    assert "thay thế số liệu tại Báo cáo số 248/BC-STC" in official
    assert "10.516" in official
    with zipfile.ZipFile(out / "Du thao QD quy che lam viec (lan 2).docx") as docx_file:
        draft = docx_file.read("word/document.xml").decode("utf-8")
    assert "DỰ THẢO" in draft
    refused = run_script("make_heldout20_archive.py", REPO / "corpus" / "heldout20")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout20").exists()


def test_the_twenty_first_archive_fills_the_yearly_report_area_by_area() -> None:
    """The twenty-first archive's last document is the Thanh tra tỉnh's Công văn of 24/11/2026:
    every "now" question is asked as of that day. 57 files, 56 documents' sources and one DỰ
    THẢO (no document, no relation). The report lists of 2024 and 2025 fill most areas (2025
    every one) with documents dated in their year, keeping out the budget act, the ceremony's
    plan and the next year's plan signed on 30/12; documents known only from a report's
    citation are mentioned and acceptable. Lives: an amendment, a replacement within the year,
    a partial and a whole repeal, an article suspended to a stated day, a pilot extended and
    ended by its time, a decision ended, an unknown."""
    truth = HELDOUT21
    docs = truth["documents"]
    last = max(d["date"] for d in docs)
    assert last == "2026-11-24"
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = [d["source"] for d in docs if d["source"]]
    assert len(sources) == len(set(sources)) == 56
    assert not truth["second_files"]
    assert not truth["appendix_tables"]
    assert not truth["ambiguous_idents"]
    assert not truth["copies"]
    others = {n["file"] for n in truth["not_documents"]}
    assert others == {"Du thao QC chu ky so 2025.docx"}
    assert not others & set(sources)
    assert not [r for r in truth["relations"] if r["stated_in"] in others]
    by_ident = {d["ident"]: d for d in docs}
    assert len(by_ident) == len(docs)
    assert set(truth["special_files"]) <= set(sources) | others
    report = truth["report_2025"]
    assert all(report[area] for area in AREAS)
    assert sum(1 for area in AREAS if truth["report_2024"][area]) == 8
    listed: set[str] = set()
    accepted: set[str] = set()
    for year in ("2024", "2025"):
        listed.update(*truth[f"report_{year}"].values())
        accepted.update(*truth[f"report_{year}_acceptable"].values())
    assert not {"09/QĐ-TTT", "90/KH-TTT", "126/KH-TTT"} & (listed | accepted)
    assert "121/QĐ-TTT" in accepted - listed
    mentioned = {m["ident"] for m in truth["mentioned"]}
    assert {"19/QĐ-TTT", "85/TB-TTT", "36/QĐ-TTT"} <= mentioned & accepted
    own = {
        (r["type"], r["source"], r["target"], r["target_scope"])
        for r in truth["relations"]
        if not r["reported"] and isinstance(r["target"], str)
    }
    assert ("amends", "37/QĐ-TTT", "45/QĐ-TTT", "Điều 6") in own
    assert ("amends", "64/QĐ-TTT", "54/QĐ-TTT", "Điều 4") in own
    assert ("amends", "70/QĐ-TTT", "73/QĐ-TTT", "Điều 2") in own
    assert ("repeals", "74/QĐ-TTT", "31/QĐ-TTT", "Điều 3, Điều 10") in own
    assert ("repeals", "18/2024/QĐ-UBND", "27/2020/QĐ-UBND", None) in own
    assert ("terminates", "63/QĐ-TTT", "44/QĐ-TTT", "Điều 5") in own
    assert ("terminates", "05/QĐ-TTT", "44/QĐ-TTT", None) in own
    assert ("replaces", "68/QĐ-TTT", "25/QĐ-TTT", None) in own
    assert {r[2] for r in own if r[:2] == ("replaces", "1320/QĐ-UBND")} == {
        "54/QĐ-TTT",
        "64/QĐ-TTT",
    }
    assert not [r for r in own if r[1] in {"79/TTr-TTT", "690/TTT-VP", "88/TB-TTT"}]
    (pause,) = truth["suspensions"]
    assert (pause["ident"], pause["suspended_by"], pause["scope"]) == (
        "44/QĐ-TTT",
        "63/QĐ-TTT",
        "Điều 5",
    )
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("44/QĐ-TTT", "2025-06-30")] == "in_force"
    assert cases[("44/QĐ-TTT", pause["from"])] == "partly_in_force"
    assert cases[("44/QĐ-TTT", pause["to"])] == "partly_in_force"
    assert cases[("44/QĐ-TTT", pause["restored_from"])] == "in_force"
    assert cases[("44/QĐ-TTT", "2026-02-01")] == "not_in_force"
    assert cases[("73/QĐ-TTT", "2025-08-15")] == "in_force"
    assert cases[("73/QĐ-TTT", "2026-01-01")] == "not_in_force"
    assert cases[("25/QĐ-TTT", "2025-07-15")] == "not_in_force"
    assert cases[("31/QĐ-TTT", last)] == "partly_in_force"
    assert cases[("121/QĐ-TTT", "2024-12-31")] == "not_yet_in_force"
    assert cases[("1650/QĐ-UBND", last)] == "unknown"
    assert len(truth["list_questions"]) == 26
    assert len(truth["figure_questions"]) == 18


def test_the_twenty_first_script_writes_reports_by_area_and_a_draft(tmp_path: Path) -> None:
    """The generator (not the assistant) writes one file per source and the DỰ THẢO; the
    yearly report tells nine numbered areas; the spending rules signed on 30/12/2024 take
    effect in 2025; the suspension states its last day; corpus/ is refused."""
    out = tmp_path / "h21"
    assert run_script("make_heldout21_archive.py", out).returncode == 0
    sources = {d["source"] for d in HELDOUT21["documents"] if d["source"]}
    others = {n["file"] for n in HELDOUT21["not_documents"]}
    assert {p.name for p in out.iterdir()} == sources | others
    with zipfile.ZipFile(out / "BC CCHC nam 2024.docx") as docx_file:
        yearly = docx_file.read("word/document.xml").decode("utf-8")
    assert "8. Cải cách tài chính công" in yearly
    assert "9. Xây dựng chính quyền số" in yearly
    assert ">213<" in yearly
    spending = zipfile.ZipFile(out / "QD 121 quy che chi tieu 2025.docx").read("word/document.xml")
    assert "ngày 30 tháng 12 năm 2024" in spending.decode("utf-8")
    pause = (out / "QD 63 tam dung Dieu 5.txt").read_text("utf-8")
    assert "đến hết ngày 30 tháng 9 năm 2025" in pause
    with zipfile.ZipFile(out / "Du thao QC chu ky so 2025.docx") as docx_file:
        draft = docx_file.read("word/document.xml").decode("utf-8")
    assert "DỰ THẢO" in draft
    assert (out / "BC CCHC nam 2025.pdf").read_bytes().startswith(b"%PDF")
    refused = run_script("make_heldout21_archive.py", REPO / "corpus" / "heldout21")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout21").exists()


PART_PERIODS = {
    "report_2025_H1": ("2025-01-01", "2025-06-30"),
    "report_2025_Q3": ("2025-07-01", "2025-09-30"),
    "report_2024_H1": ("2024-01-01", "2024-06-30"),
    "report_2026_H1": ("2026-01-01", "2026-06-30"),
    "report_2025": ("2025-01-01", "2025-12-31"),
    "report_2024": ("2024-01-01", "2024-12-31"),
}


def test_the_twenty_second_archive_reports_parts_of_years() -> None:
    """The twenty-second archive's last document is the Sở's Công văn of 23/11/2026: every "now"
    question is asked as of that day. 55 files, 54 documents' sources and one DỰ THẢO. Its report
    truths for parts of years (2025-H1, 2025-Q3, 2024-H1, 2026-H1) have every area, their main
    lists hold only documents signed within the part, and the boundary traps sit where the
    truth's notes say: the procedure signed 30/6/2025 (effective 01/7) is the first half's, the
    list signed 01/7/2025 is in no list of the first half, a plan for the second half signed in
    June is only acceptable in the first, documents of 15 – 31/12 the year before are acceptable
    and never main, a decision replaced within quý III is acceptable beside its replacement, the
    next year's plan is in no list of the year it was signed in, the quota decision in none."""
    truth = HELDOUT22
    docs = {d["ident"]: d for d in truth["documents"]}
    last = max(d["date"] for d in docs.values())
    assert last == "2026-11-23"
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = [d["source"] for d in truth["documents"] if d["source"]]
    assert len(sources) == len(set(sources)) == 54
    assert len(docs) == len(truth["documents"])
    assert {n["file"] for n in truth["not_documents"]} == {"Du thao QC lam viec 2026.docx"}
    report_keys = {f"{k}{a}" for k in PART_PERIODS for a in ("", "_acceptable")}
    assert set(truth) == set(HELDOUT21) | report_keys
    lists = _report_lists(truth, docs, PART_PERIODS, sector=set())
    for main, acceptable in lists.values():
        assert "64/QĐ-SGDĐT" not in main | acceptable

    def listed(key: str) -> set[str]:
        return lists[key][0]

    def accepted(key: str) -> set[str]:
        return lists[key][1]

    assert "75/QĐ-SGDĐT" in listed("report_2025_H1") & accepted("report_2025_Q3")
    assert "1425/QĐ-UBND" in listed("report_2025_Q3")
    assert "1425/QĐ-UBND" not in listed("report_2025_H1") | accepted("report_2025_H1")
    assert {"79/KH-SGDĐT"} <= accepted("report_2024_H1") - listed("report_2024_H1")
    assert {"72/KH-SGDĐT"} <= accepted("report_2025_H1") & listed("report_2025")
    assert {"165/BC-SGDĐT", "170/QĐ-SGDĐT", "172/KH-SGDĐT"} <= accepted("report_2025_H1")
    assert {"168/BC-SGDĐT", "175/KH-SGDĐT"} <= accepted("report_2024_H1")
    assert {"150/BC-SGDĐT", "158/KH-SGDĐT"} <= accepted("report_2026_H1")
    assert ("83/QĐ-SGDĐT", "94/QĐ-SGDĐT") in {
        (a, b) for a in accepted("report_2025_Q3") for b in listed("report_2025_Q3")
    }
    assert "172/KH-SGDĐT" not in listed("report_2024") | accepted("report_2024")
    assert "158/KH-SGDĐT" not in listed("report_2025") | accepted("report_2025")
    assert "40/BC-SGDĐT" in accepted("report_2025_H1")
    assert "101/BC-SGDĐT" in accepted("report_2025_Q3")
    own = {
        (r["type"], r["source"], r["target"], r["target_scope"])
        for r in truth["relations"]
        if not r["reported"] and isinstance(r["target"], str)
    }
    assert ("amends", "52/QĐ-SGDĐT", "66/QĐ-SGDĐT", "Điều 5") in own
    assert ("amends", "103/QĐ-SGDĐT", "31/QĐ-SGDĐT", "Điều 3") in own
    assert ("repeals", "88/QĐ-SGDĐT", "28/QĐ-SGDĐT", "Điều 8") in own
    assert ("terminates", "90/QĐ-SGDĐT", "48/QĐ-SGDĐT", "Điều 7") in own
    assert ("terminates", "57/QĐ-SGDĐT", "96/QĐ-SGDĐT", None) in own
    assert ("replaces", "94/QĐ-SGDĐT", "83/QĐ-SGDĐT", None) in own
    assert {r[2] for r in own if r[:2] == ("replaces", "75/QĐ-SGDĐT")} == {
        "66/QĐ-SGDĐT",
        "52/QĐ-SGDĐT",
    }
    assert not [r for r in own if r[1] in {"70/TTr-SGDĐT", "1187/SGDĐT-VP", "131/TB-SGDĐT"}]
    (pause,) = truth["suspensions"]
    assert (pause["ident"], pause["suspended_by"], pause["scope"]) == (
        "48/QĐ-SGDĐT",
        "90/QĐ-SGDĐT",
        "Điều 7",
    )
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("48/QĐ-SGDĐT", pause["from"])] == "partly_in_force"
    assert cases[("48/QĐ-SGDĐT", pause["to"])] == "partly_in_force"
    assert cases[("48/QĐ-SGDĐT", pause["restored_from"])] == "in_force"
    assert cases[("75/QĐ-SGDĐT", "2025-06-30")] == "not_yet_in_force"
    assert cases[("66/QĐ-SGDĐT", "2025-06-30")] == "in_force"
    assert cases[("66/QĐ-SGDĐT", "2025-07-01")] == "not_in_force"
    assert cases[("31/QĐ-SGDĐT", "2026-01-01")] == "not_in_force"
    assert cases[("28/QĐ-SGDĐT", "2026-04-30")] == "partly_in_force"
    assert cases[("14/2021/QĐ-UBND", last)] == "unknown"
    assert len(truth["list_questions"]) == 26
    assert len(truth["figure_questions"]) == 18
    parts = {q["part"] for q in truth["figure_questions"]}
    assert {"quý I", "quý II", "quý III", "quý IV", "6 tháng", "9 tháng", None} <= parts


def test_the_twenty_second_script_writes_part_year_reports_and_a_draft(tmp_path: Path) -> None:
    """The generator (not the assistant) writes one file per source and the DỰ THẢO; the
    6-month report closes its figures on 14/6; the procedure signed 30/6/2025 takes effect on
    01/7; the yearly report's DOCX table goes by quarter; the suspension states its last day;
    two runs give the same bytes; corpus/ is refused."""
    out = tmp_path / "h22"
    assert run_script("make_heldout22_archive.py", out).returncode == 0
    again = tmp_path / "h22b"
    assert run_script("make_heldout22_archive.py", again).returncode == 0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == {
        p.name: p.read_bytes() for p in again.iterdir()
    }
    sources = {d["source"] for d in HELDOUT22["documents"] if d["source"]}
    others = {n["file"] for n in HELDOUT22["not_documents"]}
    assert {p.name for p in out.iterdir()} == sources | others
    assert (out / "BC 6 thang dau nam 2025.pdf").read_bytes().startswith(b"%PDF")
    procedure = zipfile.ZipFile(out / "QD 75 quy trinh noi bo 2025.docx").read("word/document.xml")
    assert "ngày 30 tháng 6 năm 2025" in procedure.decode("utf-8")
    assert "kể từ ngày 01 tháng 7 năm 2025" in procedure.decode("utf-8")
    with zipfile.ZipFile(out / "BC CCHC nam 2025.docx") as docx_file:
        yearly = docx_file.read("word/document.xml").decode("utf-8")
    assert ">Quý III<" in yearly
    assert ">1.702<" in yearly
    assert ">4.862<" in yearly
    quarter = (out / "BC quy I 2025.txt").read_text("utf-8")
    assert "ngày 03 tháng 4 năm 2025" in quarter
    assert "từ ngày 15/12/2024 đến ngày 14/3/2025" in quarter
    pause = (out / "QD 90 tam dung Dieu 7 QC chu ky so.txt").read_text("utf-8")
    assert "đến hết ngày 15 tháng 10 năm 2025" in pause
    with zipfile.ZipFile(out / "Du thao QC lam viec 2026.docx") as docx_file:
        draft = docx_file.read("word/document.xml").decode("utf-8")
    assert "DỰ THẢO" in draft
    refused = run_script("make_heldout22_archive.py", REPO / "corpus" / "heldout22")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout22").exists()



def test_the_twenty_third_archive_sets_the_reform_among_sector_work() -> None:
    """The twenty-third archive (the Sở KH&CN of tỉnh Đại Phong) files the Sở's sector work beside
    the reform's: its sector documents have no reform area and stand in no report list, the two
    borderline ones (the whole-work 6-month report, the commendation for CCHC) only in
    ``_acceptable``; the word traps (measurement inspection plans, the IP tuyên truyền plan, the
    science councils' Quy chế and Quy trình, the province's DTI) are not the reform's; the period
    traps are where the notes put them; the lives are an amendment, an extension, a partial
    repeal and replacements; no suspension; the report keys are 2025, 2024 and 2025-H1 only."""
    truth = HELDOUT23
    docs = {d["ident"]: d for d in truth["documents"]}
    last = max(d["date"] for d in docs.values())
    assert last == "2026-11-24"
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = [d["source"] for d in truth["documents"] if d["source"]]
    assert len(sources) == len(set(sources)) == 55
    assert len(docs) == len(truth["documents"])
    assert {n["file"] for n in truth["not_documents"]} == {"Du thao QC lam viec 2026.docx"}
    parts = ("report_2025_Q3", "report_2024_H1", "report_2026_H1")
    dropped = {f"{k}{a}" for k in parts for a in ("", "_acceptable")}
    assert set(truth) == set(HELDOUT22) - dropped
    assert truth["suspensions"] == []
    sector = {i for i, d in docs.items() if d["source"] and not d["areas"]}
    assert len(sector) == 20
    assert {"23/KH-SKHCN", "18/KH-SKHCN", "21/KH-SKHCN", "34/KH-SKHCN", "62/QĐ-SKHCN"} <= sector
    assert {"84/QĐ-SKHCN", "52/KH-SKHCN", "27/BC-SKHCN", "120/QĐ-SKHCN", "09/QĐ-SKHCN"} <= sector
    border = {"71/BC-SKHCN", "135/QĐ-SKHCN"}
    periods = {
        "report_2025": ("2025-01-01", "2025-12-31"),
        "report_2024": ("2024-01-01", "2024-12-31"),
        "report_2025_H1": ("2025-01-01", "2025-06-30"),
    }
    for key, (listed, _) in _report_lists(truth, docs, periods, sector).items():
        assert not listed & border, key
    assert border <= set().union(*truth["report_2025_acceptable"].values())

    assert "173/KH-SKHCN" not in _named_in_report(truth, "report_2024")
    assert "148/KH-SKHCN" not in _named_in_report(truth, "report_2025")
    for key in periods:
        assert "04/BC-SKHCN" not in set().union(*truth[key].values())
        assert "04/BC-SKHCN" in set().union(*truth[f"{key}_acceptable"].values())
    assert "66/QĐ-SKHCN" in truth["report_2025_H1"]["thu_tuc_hanh_chinh"]
    assert "82/QĐ-SKHCN" not in _named_in_report(truth, "report_2025_H1")
    own = {
        (r["type"], r["source"], r["target"], r["target_scope"])
        for r in truth["relations"]
        if not r["reported"] and isinstance(r["target"], str)
    }
    assert ("amends", "68/QĐ-SKHCN", "47/QĐ-SKHCN", "Điều 6") in own
    assert ("amends", "118/QĐ-SKHCN", "82/QĐ-SKHCN", "Điều 3") in own
    assert ("repeals", "38/QĐ-SKHCN", "40/QĐ-SKHCN", "Điều 9") in own
    assert ("replaces", "88/QĐ-SKHCN", "40/QĐ-SKHCN", None) in own
    assert ("replaces", "97/QĐ-SKHCN", "31/QĐ-SKHCN", None) in own
    replaced = {r[2] for r in own if r[:2] == ("replaces", "66/QĐ-SKHCN")}
    assert replaced == {"47/QĐ-SKHCN", "68/QĐ-SKHCN"}
    quiet = {"61/TTr-SKHCN", "126/TB-SKHCN", "1320/SKHCN-VP", "1105/SKHCN-VP", "1652/SKHCN-VP"}
    assert not [r for r in own if r[1] in quiet]
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("40/QĐ-SKHCN", "2026-04-15")] == "partly_in_force"
    assert cases[("40/QĐ-SKHCN", "2026-08-31")] == "partly_in_force"
    assert cases[("40/QĐ-SKHCN", "2026-09-01")] == "not_in_force"
    assert cases[("82/QĐ-SKHCN", "2025-11-15")] == "in_force"
    assert cases[("82/QĐ-SKHCN", "2026-01-01")] == "not_in_force"
    assert cases[("66/QĐ-SKHCN", "2025-06-30")] == "not_yet_in_force"
    assert cases[("18/2021/QĐ-UBND", last)] == "unknown"
    questions = truth["list_questions"]
    assert len(questions) == 28
    assert [q["lang"] for q in questions].count("en") == 6
    inspections = [q for q in questions if q["question"] == "các KH kiểm tra CCHC"]
    assert inspections[0]["expected"] == ["12/KH-SKHCN", "14/KH-SKHCN", "16/KH-SKHCN"]
    figures = truth["figure_questions"]
    assert len(figures) == 15
    assert [q["lang"] for q in figures].count("en") == 2
    for draft in truth["check_drafts"]:
        cited = [c for c in draft["citations"] if c["archive_ident"] in sector]
        assert len(cited) == 1, draft["id"]
        assert (cited[0]["status"], cited[0]["warning"]) == ("verified", None), draft["id"]


def test_the_twenty_third_script_writes_sector_and_reform_documents(tmp_path: Path) -> None:
    """The generator (not the assistant) writes one file per source and the DỰ THẢO; the yearly
    report of 2024 is dated in January 2025; the 2025 yearly table counts the postal, telecom and
    press dossiers taken over on 01/3/2025; the whole-work report sets the sector figures beside
    the CCHC one; the pilot's first and extended ends; two runs give the same bytes; corpus/ is
    refused."""
    out = tmp_path / "h23"
    assert run_script("make_heldout23_archive.py", out).returncode == 0
    again = tmp_path / "h23b"
    assert run_script("make_heldout23_archive.py", again).returncode == 0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == {
        p.name: p.read_bytes() for p in again.iterdir()
    }
    sources = {d["source"] for d in HELDOUT23["documents"] if d["source"]}
    others = {n["file"] for n in HELDOUT23["not_documents"]}
    assert {p.name for p in out.iterdir()} == sources | others
    assert (out / "QD 66 quy trinh noi bo 2025.pdf").read_bytes().startswith(b"%PDF")
    with zipfile.ZipFile(out / "BC CCHC nam 2024 (ky 08-01-2025).docx") as docx_file:
        yearly_2024 = docx_file.read("word/document.xml").decode("utf-8")
    assert "ngày 08 tháng 01 năm 2025" in yearly_2024
    assert ">1.356<" in yearly_2024
    with zipfile.ZipFile(out / "BC CCHC nam 2025.docx") as docx_file:
        yearly = docx_file.read("word/document.xml").decode("utf-8")
    assert ">4.905<" in yearly
    assert ">3.052<" in yearly
    with zipfile.ZipFile(out / "BC 71 tong hop nhiem vu 6 thang 2025.docx") as docx_file:
        whole = docx_file.read("word/document.xml").decode("utf-8")
    assert "64 hồ sơ đề nghị cấp giấy phép" in whole
    assert ">2.318<" in whole
    pilot = (out / "QD 82 thi diem giay phep buu chinh dien tu.txt").read_text("utf-8")
    assert "đến hết ngày 31 tháng 10 năm 2025" in pilot
    extension = (out / "QD 118 keo dai thi diem.txt").read_text("utf-8")
    assert "đến hết ngày 31 tháng 12 năm 2025" in extension
    measurement = (out / "KH kiem tra do luong chat luong 2024.txt").read_text("utf-8")
    assert "Kiểm tra nhà nước về đo lường" in measurement
    with zipfile.ZipFile(out / "Du thao QC lam viec 2026.docx") as docx_file:
        draft = docx_file.read("word/document.xml").decode("utf-8")
    assert "DỰ THẢO" in draft
    refused = run_script("make_heldout23_archive.py", REPO / "corpus" / "heldout23")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout23").exists()



def test_the_twenty_fourth_archive_keeps_files_as_an_office_does() -> None:
    """The twenty-fourth archive's truth: its last day, 45 sources plus the DỰ THẢO and the
    annex file (neither a document), heldout23's keys, the 10 sector documents without an area
    and in no report list, the period traps, the lives (an amendment, an extension, a suspension
    of one article, a whole repeal, replacements), three drafts of ten citations."""
    truth = HELDOUT24
    docs = {d["ident"]: d for d in truth["documents"]}
    last = max(d["date"] for d in docs.values())
    assert last == "2026-11-24"
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = [d["source"] for d in truth["documents"] if d["source"]]
    assert len(sources) == len(set(sources)) == 45
    assert len(docs) == len(truth["documents"])
    others = {n["file"]: n["is"] for n in truth["not_documents"]}
    assert others == {"Du thao sua doi QCLV 2026.docx": "draft", "Phu luc QD 47-STC.docx": "annex"}
    assert not set(others) & set(sources)
    assert set(others) <= set(truth["special_files"])
    assert "Document (3).docx" in sources
    assert list(truth) == list(HELDOUT23)
    sector = {i for i, d in docs.items() if d["source"] and not d["areas"]}
    assert len(sector) == 10
    assert {"19/QĐ-STC", "12/QĐ-STC", "16/QĐ-STC", "102/KH-STC", "20/KH-STC"} <= sector
    assert {"98/TB-STC", "48/TB-STC", "1285/STC-VP", "1140/STC-VP", "1865/STC-VP"} <= sector
    periods = {
        "report_2025": ("2025-01-01", "2025-12-31"),
        "report_2024": ("2024-01-01", "2024-12-31"),
        "report_2025_H1": ("2025-01-01", "2025-06-30"),
    }
    for listed, accepted in _report_lists(truth, docs, periods, sector).values():
        assert "04/BC-STC" not in listed
        assert "04/BC-STC" in accepted

    assert "189/KH-STC" not in _named_in_report(truth, "report_2024")
    assert "150/KH-STC" not in _named_in_report(truth, "report_2025")
    assert "78/QĐ-STC" in truth["report_2025_H1"]["thu_tuc_hanh_chinh"]
    assert not {"90/QĐ-STC", "98/QĐ-STC", "131/QĐ-STC"} & _named_in_report(truth, "report_2025_H1")
    assert {"35/QĐ-STC", "90/QĐ-STC"} <= set(truth["report_2025"]["tai_chinh_cong"])
    own = {
        (r["type"], r["source"], r["target"], r["target_scope"])
        for r in truth["relations"]
        if not r["reported"] and isinstance(r["target"], str)
    }
    assert ("amends", "64/QĐ-STC", "47/QĐ-STC", "Điều 2") in own
    assert ("amends", "131/QĐ-STC", "98/QĐ-STC", "Điều 3") in own
    assert ("amends", "95/QĐ-STC", "44/QĐ-STC", "Điều 8") in own
    assert ("terminates", "90/QĐ-STC", "35/QĐ-STC", "Điều 12") in own
    assert ("repeals", "36/QĐ-STC", "74/QĐ-STC", None) in own
    replaced = {r[2] for r in own if r[:2] == ("replaces", "78/QĐ-STC")}
    assert replaced == {"47/QĐ-STC", "64/QĐ-STC"}
    quiet = {"57/TTr-STC", "125/TB-STC", "1285/STC-VP", "1140/STC-VP", "1865/STC-VP", "2210/STC-VP"}
    assert not [r for r in own if r[1] in quiet]
    [suspension] = truth["suspensions"]
    assert (suspension["ident"], suspension["scope"]) == ("35/QĐ-STC", "Điều 12")
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("35/QĐ-STC", "2025-09-01")] == "partly_in_force"
    assert cases[("35/QĐ-STC", "2026-01-01")] == "in_force"
    assert cases[("98/QĐ-STC", "2025-12-15")] == "in_force"
    assert cases[("98/QĐ-STC", "2026-04-01")] == "not_in_force"
    assert cases[("74/QĐ-STC", "2026-04-01")] == "not_in_force"
    assert cases[("78/QĐ-STC", "2025-06-30")] == "not_yet_in_force"
    assert cases[("44/QĐ-STC", last)] == "in_force"
    assert cases[("14/2021/QĐ-UBND", last)] == "unknown"
    questions = truth["list_questions"]
    assert len(questions) == 28
    assert [q["lang"] for q in questions].count("en") == 5
    figures = truth["figure_questions"]
    assert len(figures) == 15
    assert [q["lang"] for q in figures].count("en") == 2
    drafts = truth["check_drafts"]
    assert [len(d["citations"]) for d in drafts] == [10, 10, 10]
    for draft in drafts:
        cited = [c for c in draft["citations"] if c["archive_ident"] in sector]
        assert len(cited) == 1, draft["id"]
        assert (cited[0]["status"], cited[0]["warning"]) == ("verified", None), draft["id"]


def test_the_twenty_fourth_script_writes_office_layouts(tmp_path: Path) -> None:
    """The generator (not the assistant) writes one file per source, the DỰ THẢO and the annex;
    a DOCX header is a borderless table with the number in its left cell and the date in its
    right; a PDF draws the header in two columns and numbers its later pages at the top; an
    e-office export opens with its metadata; a portal page wraps the document; one file is in
    Windows-1258; two runs give the same bytes; corpus/ is refused."""
    out = tmp_path / "h24"
    assert run_script("make_heldout24_archive.py", out).returncode == 0
    again = tmp_path / "h24b"
    assert run_script("make_heldout24_archive.py", again).returncode == 0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == {
        p.name: p.read_bytes() for p in again.iterdir()
    }
    sources = {d["source"] for d in HELDOUT24["documents"] if d["source"]}
    others = {n["file"] for n in HELDOUT24["not_documents"]}
    assert {p.name for p in out.iterdir()} == sources | others
    with zipfile.ZipFile(out / "QD 47-STC.docx") as docx_file:
        decision = docx_file.read("word/document.xml").decode("utf-8")
    assert decision.index("<w:tbl>") < decision.index("Số: 47/QĐ-STC")
    assert '<w:insideV w:val="none"' in decision
    assert "ngày 05 tháng 4 năm 2022" in decision
    with zipfile.ZipFile(out / "KH CCHC 2025 (final).docx") as docx_file:
        merged = docx_file.read("word/document.xml").decode("utf-8")
    assert '<w:gridSpan w:val="2"/>' in merged
    with zipfile.ZipFile(out / "BC CCHC nam 2025.docx") as docx_file:
        yearly = docx_file.read("word/document.xml").decode("utf-8")
    assert ">6.874<" in yearly
    assert ">5.124<" in yearly
    with zipfile.ZipFile(out / "Phu luc QD 47-STC.docx") as docx_file:
        annex = docx_file.read("word/document.xml").decode("utf-8")
    assert "Kèm theo Quyết định số 47/QĐ-STC" in annex
    assert "Số:" not in annex
    assert (out / "scan_bao cao 6 thang.pdf").read_bytes().startswith(b"%PDF")
    exported = (out / "KH kiem tra CCHC 2024.txt").read_text("utf-8").splitlines()
    assert exported[2].startswith("THÔNG TIN VĂN BẢN")
    assert "Số ký hiệu: 11/KH-STC" in exported
    assert "Ngày ban hành: 17/01/2024" in exported
    page = (out / "QD 685-QD-UBND cong bo TTHC So Tai chinh.html").read_text("utf-8")
    assert page.index("breadcrumb") < page.index("Số: 685/QĐ-UBND") < page.index('class="footer"')
    ansi = (out / "BC 6 thang 2024 (ANSI).txt").read_bytes()
    try:
        ansi.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        raise AssertionError("the 6-month report of 2024 must be in Windows-1258")
    assert "289 hồ sơ" in unicodedata.normalize("NFC", ansi.decode("cp1258"))
    import pypdf

    pages = pypdf.PdfReader(out / "QD 98 thi diem tra ket qua dien tu.pdf").pages
    assert len(pages) == 2
    assert pages[1].extract_text().splitlines()[0] == "2"
    first = pages[0].extract_text()
    assert first.index("Số: 98/QĐ-STC") < first.index("CỘNG HÒA") < first.index("ngày 22 tháng 8")
    refused = run_script("make_heldout24_archive.py", REPO / "corpus" / "heldout24")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout24").exists()


def test_the_twenty_fifth_archive_keeps_an_older_offices_files() -> None:
    """The twenty-fifth archive's truth: its last day, 48 sources plus the DỰ THẢO (a .doc),
    heldout24's keys, 22 .doc documents, the old-font files, the 8 sector documents without an
    area and in no report list, the period traps, the lives (replacements across the years, an
    amendment, an extension, an article repealed), three drafts of ten citations."""
    truth = HELDOUT25
    docs = {d["ident"]: d for d in truth["documents"]}
    last = max(d["date"] for d in docs.values())
    assert last == "2023-11-24"
    assert min(d["date"] for d in docs.values() if d["source"]) == "2018-01-12"
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = [d["source"] for d in truth["documents"] if d["source"]]
    assert len(sources) == len(set(sources)) == 48
    assert len(docs) == len(truth["documents"]) == 54
    assert [n["file"] for n in truth["not_documents"]] == ["Du thao QD quy trinh noi bo 2023.doc"]
    assert list(truth) == [
        *[k for k in HELDOUT24 if not k.startswith("report_2025")][:16],
        "report_2022",
        "report_2022_acceptable",
        "report_2021",
        "report_2021_acceptable",
        "report_2022_H1",
        "report_2022_H1_acceptable",
        "figures",
        "figure_questions",
        "check_drafts",
    ]
    old = [d for d in truth["documents"] if d["source"] and d["date"] < "2021-01-01"]
    assert sum(d["source"].endswith(".doc") for d in old) >= len(old) // 2
    assert sum(s.endswith(".doc") for s in sources) == 22
    for name in ("KH CCHC 2018.doc", "QD 12-STTTT.doc", "Doc1.doc", "KH CNTT 2019.doc"):
        assert name in sources
    special = truth["special_files"]
    assert "TCVN3" in special["bc6thang2019.txt"]
    assert "VNI" in special["cong van 612 tan so.txt"]
    assert "TRACKED" in special["KH CNTT 2019.doc"]
    sector = {i for i, d in docs.items() if d["source"] and not d["areas"]}
    assert sector == {
        "156/STTTT-VP",
        "612/STTTT-VP",
        "97/TB-STTTT",
        "28/KH-STTTT",
        "130/TB-STTTT",
        "22/KH-STTTT",
        "1120/STTTT-VP",
        "81/KH-STTTT",
    }
    periods = {
        "report_2022": ("2022-01-01", "2022-12-31"),
        "report_2021": ("2021-01-01", "2021-12-31"),
        "report_2022_H1": ("2022-01-01", "2022-06-30"),
    }
    for listed, accepted in _report_lists(truth, docs, periods, sector).values():
        assert "06/BC-STTTT" in accepted - listed

    assert "178/KH-STTTT" not in _named_in_report(truth, "report_2021")
    assert "176/KH-STTTT" not in _named_in_report(truth, "report_2022")
    assert not {"112/QĐ-STTTT", "118/QĐ-STTTT"} & _named_in_report(truth, "report_2022_H1")
    assert {"08/QĐ-STTTT", "118/QĐ-STTTT"} <= set(truth["report_2022"]["tai_chinh_cong"])
    own = {
        (r["type"], r["source"], r["target"], r["target_scope"])
        for r in truth["relations"]
        if not r["reported"] and isinstance(r["target"], str)
    }
    assert ("amends", "41/QĐ-STTTT", "95/QĐ-STTTT", "Điều 3") in own
    assert ("amends", "112/QĐ-STTTT", "30/QĐ-STTTT", "Điều 2") in own
    assert ("repeals", "118/QĐ-STTTT", "08/QĐ-STTTT", "Điều 12") in own
    assert ("replaces", "68/QĐ-STTTT", "12/QĐ-STTTT", None) in own
    assert ("replaces", "95/QĐ-STTTT", "74/QĐ-STTTT", None) in own
    assert {r[2] for r in own if r[:2] == ("replaces", "52/QĐ-STTTT")} == {
        "95/QĐ-STTTT",
        "41/QĐ-STTTT",
    }
    assert truth["suspensions"] == []
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("08/QĐ-STTTT", "2022-10-01")] == "partly_in_force"
    assert cases[("30/QĐ-STTTT", "2022-12-31")] == "in_force"
    assert cases[("30/QĐ-STTTT", "2023-04-01")] == "not_in_force"
    assert cases[("12/QĐ-STTTT", "2021-06-21")] == "not_in_force"
    assert cases[("27/2016/QĐ-UBND", last)] == "unknown"
    questions = truth["list_questions"]
    assert len(questions) == 28
    assert [q["lang"] for q in questions].count("en") == 5
    figures = truth["figure_questions"]
    assert len(figures) == 15
    assert [q["lang"] for q in figures].count("en") == 2
    drafts = truth["check_drafts"]
    assert [len(d["citations"]) for d in drafts] == [10, 10, 10]
    for draft in drafts:
        cited = [c for c in draft["citations"] if c["archive_ident"] in sector]
        assert len(cited) == 1, draft["id"]
        assert (cited[0]["status"], cited[0]["warning"]) == ("verified", None), draft["id"]


def _old_font_decoders() -> tuple[dict[str, str], dict[str, str]]:
    """TCVN3 bytes (as Latin-1 characters) → letters, and VNI sequences → letters, from the
    generator's own tables (a round trip, not a second standard)."""
    sys.path.insert(0, str(REPO / "scripts"))
    import heldout25_common as common

    tcvn3 = {code: letter for letter, code in common.TCVN3.items()}
    vni: dict[str, str] = {}
    for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐ":
        for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"):
            letter = unicodedata.normalize("NFC", base + tone)
            if len(letter) == 1 and not letter.isascii():
                vni[common.vni_char(letter)] = letter
    return tcvn3, vni


def test_the_old_vietnamese_fonts_are_encoded_as_the_standards_have_them() -> None:
    """TCVN3: 'Quyết định' is 'QuyÕt ®Þnh', a toned capital the lower-case code point in
    .VnTimeH, ư the byte 0xAD; VNI: 'Quyết định' is 'Quyeát ñònh'; every Vietnamese letter
    comes back by the decoder."""
    sys.path.insert(0, str(REPO / "scripts"))
    import heldout25_common as common

    assert common.to_tcvn3("Quyết định") == "QuyÕt ®Þnh"
    assert common.to_tcvn3("người") == "ng\xadêi"
    assert common.tcvn3_runs("CỘNG HÒA") == [("CéNG HßA", ".VnTimeH")]
    assert common.tcvn3_runs("Ủy ban") == [("ñ", ".VnTimeH"), ("y ban", ".VnTime")]
    assert common.to_vni("Quyết định") == "Quyeát ñònh"
    assert common.to_vni("Trường Ỵ") == "Tröôøng YÎ"
    tcvn3, vni = _old_font_decoders()
    assert len(tcvn3) == 74
    text = "Sở Thông tin và Truyền thông tỉnh Minh Giang báo cáo kết quả ứng dụng"
    assert "".join(tcvn3.get(c, c) for c in common.to_tcvn3(text)) == text
    encoded, out, i = common.to_vni(text), "", 0
    keys = sorted(vni, key=len, reverse=True)
    while i < len(encoded):
        key = next((k for k in keys if encoded.startswith(k, i)), encoded[i])
        out += vni.get(key, key)
        i += len(key)
    assert out == text


@pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="the twenty-fifth archive's .doc files are written by LibreOffice, absent here",
)
def test_the_twenty_fifth_script_writes_doc_and_old_font_files(tmp_path: Path) -> None:
    """The generator (not the assistant) writes one file per source and the DỰ THẢO; the .doc
    files are Word 97–2003 (OLE2) — LibreOffice may stamp them differently on two runs, so their
    count is compared and every other file's bytes; the TCVN3 and VNI files hold the old bytes;
    the tracked changes, footnotes and field survive in the .doc; corpus/ is refused."""
    out = tmp_path / "h25"
    assert run_script("make_heldout25_archive.py", out).returncode == 0
    again = tmp_path / "h25b"
    assert run_script("make_heldout25_archive.py", again).returncode == 0
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    second = {p.name: p.read_bytes() for p in again.iterdir()}
    assert set(first) == set(second)
    assert {n: b for n, b in first.items() if not n.endswith(".doc")} == {
        n: b for n, b in second.items() if not n.endswith(".doc")
    }
    sources = {d["source"] for d in HELDOUT25["documents"] if d["source"]}
    others = {n["file"] for n in HELDOUT25["not_documents"]}
    assert set(first) == sources | others
    docs = [n for n in first if n.endswith(".doc")]
    assert len(docs) == 23
    assert all(first[n].startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") for n in docs)
    tracked = first["KH CNTT 2019.doc"]
    assert "Phấn đấu tỷ lệ hồ sơ".encode("utf-16-le") in tracked
    assert " (tối thiểu 15% số hồ sơ)".encode("utf-16-le") in tracked
    assert "HYPERLINK".encode("utf-16-le") in first["CV 1085 dich vu cong truc tuyen.doc"]
    assert "xếp thứ 8/20".encode("utf-16-le") in first["BC 6 thang 2020.doc"]
    assert len(first["Quy che lam viec 2021.doc"]) > 80_000
    assert "QuyÕt ®Þnh".encode("utf-16-le") in first["QD 12-STTTT.doc"]
    report = first["bc6thang2019.txt"]
    assert b"\r\n" in report
    assert "tiÕp nhËn 221 hå s¬".encode("latin-1") in report
    with zipfile.ZipFile(out / "QD kien toan To CCHC 2019.docx") as docx_file:
        vni = docx_file.read("word/document.xml").decode("utf-8")
    assert 'w:ascii="VNI-Times"' in vni
    assert "Kieän toaøn" in vni
    with zipfile.ZipFile(out / "KH kiem tra CCHC 2018.docx") as docx_file:
        pasted = docx_file.read("word/document.xml").decode("utf-8")
    assert "Số: 20/KH-STTTT" in pasted
    assert "Thùc hiÖn KÕ ho¹ch sè 05/KH-STTTT" in pasted
    assert (out / "cong van 612 tan so.txt").read_bytes().decode("cp1252").count("STTTT-VP") == 1
    import pypdf

    layer = pypdf.PdfReader(out / "BC CCHC 2018.pdf").pages[0].extract_text()
    assert "tiÕp nhËn 412 hå s¬" in layer
    refused = run_script("make_heldout25_archive.py", REPO / "corpus" / "heldout25")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout25").exists()


def test_the_twenty_sixth_archive_keeps_an_open_format_offices_files() -> None:
    """The twenty-sixth archive's truth: its last day, 50 sources plus the DỰ THẢO (.odt) and an
    .ods annex, heldout25's keys with the 2025 / 2024 / 2025-H1 reports, 17 .odt, a .fodt, an
    .ods document, 6 RTF (one named .doc), 10 auto-numbered DOCX, the 9 sector documents in no
    report list, the replacements across the merger, the period traps, three drafts of ten."""
    truth = HELDOUT26
    docs = {d["ident"]: d for d in truth["documents"]}
    last = max(d["date"] for d in docs.values())
    assert last == "2026-11-24"
    assert min(d["date"] for d in docs.values() if d["source"]) == "2021-01-08"
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = [d["source"] for d in truth["documents"] if d["source"]]
    assert len(sources) == len(set(sources)) == 50
    assert len(docs) == len(truth["documents"]) == 56
    assert [(n["file"], n["is"]) for n in truth["not_documents"]] == [
        ("Du thao Quy che lam viec So (lan 2).odt", "draft"),
        ("Danh muc van ban 2024 (phu luc BC 04).ods", "annex"),
    ]
    assert list(truth) == [
        *[k for k in HELDOUT25 if not k.startswith(("report_2022", "report_2021"))][:16],
        "report_2025",
        "report_2025_acceptable",
        "report_2024",
        "report_2024_acceptable",
        "report_2025_H1",
        "report_2025_H1_acceptable",
        "figures",
        "figure_questions",
        "check_drafts",
    ]
    suffixes = [Path(s).suffix for s in sources]
    assert (suffixes.count(".odt"), suffixes.count(".fodt"), suffixes.count(".ods")) == (17, 1, 1)
    assert suffixes.count(".rtf") + suffixes.count(".doc") == 6
    special = truth["special_files"]
    assert "RTF" in special["KH CCHC 2024.doc"]
    assert "TRACKED" in special["KH chuyen doi so 2023.odt"]
    assert "HIDDEN" in special["QD 05-SDTTG To cong tac CCHC.docx"]
    assert "CHAPTER" in special["QD 12-BDT quy che lam viec.odt"]
    before = [d for d in docs.values() if d["issuer"].endswith("BAN DÂN TỘC")]
    after = [d for d in docs.values() if d["issuer"].endswith("SỞ DÂN TỘC VÀ TÔN GIÁO")]
    assert max(d["date"] for d in before) < "2025-03-01" <= min(d["date"] for d in after)
    sector = {i for i, d in docs.items() if d["source"] and not d["areas"]}
    assert len(sector) == 9
    periods = {
        "report_2025": ("2025-01-01", "2025-12-31"),
        "report_2024": ("2024-01-01", "2024-12-31"),
        "report_2025_H1": ("2025-01-01", "2025-06-30"),
    }
    for listed, accepted in _report_lists(truth, docs, periods, sector).values():
        assert "04/BC-BDT" in accepted - listed

    assert "95/KH-BDT" not in _named_in_report(truth, "report_2024")
    assert "102/KH-SDTTG" not in _named_in_report(truth, "report_2025")
    assert "95/QĐ-SDTTG" not in _named_in_report(truth, "report_2025_H1")
    own = {
        (r["type"], r["source"], r["target"], r["target_scope"])
        for r in truth["relations"]
        if not r["reported"] and isinstance(r["target"], str)
    }
    assert ("repeals", "52/QĐ-BDT", "61/QĐ-BDT", "Điều 9") in own
    assert ("amends", "95/QĐ-SDTTG", "52/QĐ-SDTTG", "Điều 2") in own
    assert ("amends", "18/QĐ-SDTTG", "21/QĐ-SDTTG", "Điều 3") in own
    across = {(r[1], r[2]) for r in own if r[0] == "replaces"}
    assert {
        ("08/QĐ-SDTTG", "12/QĐ-BDT"),
        ("05/QĐ-SDTTG", "08/QĐ-BDT"),
        ("10/KH-SDTTG", "95/KH-BDT"),
        ("21/QĐ-SDTTG", "25/QĐ-BDT"),
        ("21/QĐ-SDTTG", "36/QĐ-BTG"),
        ("30/QĐ-SDTTG", "61/QĐ-BDT"),
    } <= across
    assert truth["suspensions"] == []
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("61/QĐ-BDT", "2024-08-01")] == "partly_in_force"
    assert cases[("36/QĐ-BTG", "2025-05-01")] == "not_in_force"
    assert cases[("52/QĐ-SDTTG", "2026-07-01")] == "not_in_force"
    assert cases[("15/2021/QĐ-UBND", last)] == "unknown"
    # The hidden clerk's note of 05/QĐ-SDTTG is in no question, case or draft.
    assert "Lục Văn Sinh" not in json.dumps(
        [truth[k] for k in ("list_questions", "figure_questions", "status_cases", "check_drafts")],
        ensure_ascii=False,
    )
    questions = truth["list_questions"]
    assert len(questions) == 28
    assert [q["lang"] for q in questions].count("en") == 5
    figures = truth["figure_questions"]
    assert len(figures) == 15
    assert [q["lang"] for q in figures].count("en") == 2
    assert any(s.endswith(".ods") for q in figures for s in q["sources"])
    drafts = truth["check_drafts"]
    assert [len(d["citations"]) for d in drafts] == [10, 10, 10]
    for draft in drafts:
        cited = [c for c in draft["citations"] if c["archive_ident"] in sector]
        assert len(cited) == 1, draft["id"]
        assert (cited[0]["status"], cited[0]["warning"]) == ("verified", None), draft["id"]


def test_the_twenty_sixth_numbering_prints_as_a_clerk_reads_it() -> None:
    """The generator's typed form of automatic numbers: Điều never restarting, khoản restarting
    under each điều, điểm under each khoản, a chương on its own line; marks and hidden text
    gone from the signed text."""
    sys.path.insert(0, str(REPO / "scripts"))
    import heldout26_common as common

    paras = ["#C", "CHUNG", "#D A", "#K x", "#K y", "#P p", "#C", "RIÊNG", "#D B", "#K z"]
    assert common.typed(paras) == [
        "Chương I",
        "CHUNG",
        "Điều 1. A",
        "1. x",
        "2. y",
        "a) p",
        "Chương II",
        "RIÊNG",
        "Điều 2. B",
        "1. z",
    ]
    marked = "tối thiểu {+80%+}{-50%-}.[^1][[HIDDEN: (Ghi chú)]]"
    assert common.signed_text(marked) == "tối thiểu 80%."


@pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="the twenty-sixth archive's OpenDocument and RTF files are written by LibreOffice",
)
def test_the_twenty_sixth_script_writes_open_formats_and_numbered_docx(tmp_path: Path) -> None:
    """The generator (not the assistant) writes one file per source, the DỰ THẢO and the annex;
    files LibreOffice writes may differ in their properties on two runs, so only the others'
    bytes are compared; the .odt keep tracked changes, footnotes, chapter numbering; the RTF
    named .doc is RTF; the DOCX number their articles by numbering.xml, not typed; the hidden
    text is a w:vanish run; corpus/ is refused."""
    out = tmp_path / "h26"
    assert run_script("make_heldout26_archive.py", out).returncode == 0
    again = tmp_path / "h26b"
    assert run_script("make_heldout26_archive.py", again).returncode == 0
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    second = {p.name: p.read_bytes() for p in again.iterdir()}
    assert set(first) == set(second)
    converted = (".odt", ".fodt", ".ods", ".rtf", ".doc")
    assert {n: b for n, b in first.items() if not n.endswith(converted)} == {
        n: b for n, b in second.items() if not n.endswith(converted)
    }
    sources = {d["source"] for d in HELDOUT26["documents"] if d["source"]}
    others = {n["file"] for n in HELDOUT26["not_documents"]}
    assert set(first) == sources | others
    assert first["KH CCHC 2024.doc"].startswith(b"{\\rtf1")
    assert first["bao cao nam 2023 (ban cuoi).rtf"].startswith(b"{\\rtf1")
    assert b"office:document" in first["KH CCHC 2023.fodt"][:2000]

    def member(name: str, part: str = "content.xml") -> str:
        with zipfile.ZipFile(out / name) as z:
            return z.read(part).decode("utf-8")

    tracked = member("KH chuyen doi so 2023.odt")
    assert "<text:tracked-changes" in tracked
    assert "<text:insertion>" in tracked
    assert "<text:deletion>" in tracked
    assert "<text:note " in member("BC 6 thang 2021.odt")
    assert 'style:num-prefix="Chương "' in member("QD 12-BDT quy che lam viec.odt", "styles.xml")
    assert "Chương I" not in member("QD 12-BDT quy che lam viec.odt")
    assert "Quý III" in member("Bieu so lieu TTHC theo quy 2025.ods")
    numbering = member("QD 21-SDTTG quy trinh noi bo.docx", "word/numbering.xml")
    assert 'w:lvlText w:val="Điều %1."' in numbering
    body = member("QD 21-SDTTG quy trinh noi bo.docx", "word/document.xml")
    assert "<w:numPr>" in body
    assert "Điều 1." not in body
    assert "Điều 2." not in body
    styled = member("QD 52-BDT bai bo Dieu 9.docx", "word/document.xml")
    assert "<w:numPr>" not in styled
    assert 'w:pStyle w:val="DieuDieu"' in styled
    hidden = member("QD 05-SDTTG To cong tac CCHC.docx", "word/document.xml")
    assert "<w:vanish/>" in hidden
    assert "Ghi chú nội bộ" in hidden
    refused = run_script("make_heldout26_archive.py", REPO / "corpus" / "heldout26")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout26").exists()


def test_the_twenty_seventh_archive_reports_by_quarter_and_keeps_scans() -> None:
    """The twenty-seventh (the Sở Y tế of fictional tỉnh Khánh Lâm): the last day, the 46 sources,
    the DỰ THẢO, heldout26's keys with this archive's report keys, seven scans, two Word files
    beside their scans, the quarterly reports of 2024 – 2026, the sector documents in no report
    list, the period traps, the suspension lifted then replaced, and the figure questions on
    quarters."""
    truth = HELDOUT27
    docs = {d["ident"]: d for d in truth["documents"]}
    last = max(d["date"] for d in docs.values())
    assert last == "2026-11-23"
    assert docs["1385/SYT-VP"]["date"] == last
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = {d["source"] for d in docs.values() if d["source"]}
    assert len(sources) == 46
    assert [n["file"] for n in truth["not_documents"]] == ["Du thao QD thay the QD 58 (lan 1).docx"]
    assert list(truth) == [
        *[k for k in HELDOUT26 if not k.startswith("report_")][:16],
        "report_2025",
        "report_2025_acceptable",
        "report_2025_Q3",
        "report_2025_Q3_acceptable",
        "report_2026_H1",
        "report_2026_H1_acceptable",
        "figures",
        "figure_questions",
        "check_drafts",
    ]
    special = truth["special_files"]
    scans = {f for f, v in special.items() if "SCANNED PDF" in v}
    assert len(scans) == 7
    assert scans <= sources
    assert truth["second_files"] == {
        "26/QĐ-SYT": "QD 26 (ban word).docx",
        "86/QĐ-SYT": "QD 86 (ban word).docx",
    }
    assert {docs[i]["source"] for i in truth["second_files"]} <= scans
    assert "NOT filled in" in special["QD 86 (ban word).docx"]
    quarterly = {
        i for i, d in docs.items() if d["kind"] == "Báo cáo" and d["date"] >= "2024-04-01"
    }
    assert len(quarterly) == 11
    sector = {i for i, d in docs.items() if d["source"] and not d["areas"]}
    assert len(sector) == 7
    assert sum(len(d["areas"]) == 2 and d["kind"] == "Quyết định" for d in docs.values()) == 2
    periods = {
        "report_2025": ("2025-01-01", "2025-12-31"),
        "report_2025_Q3": ("2025-07-01", "2025-09-30"),
        "report_2026_H1": ("2026-01-01", "2026-06-30"),
    }
    lists = _report_lists(truth, docs, periods, sector)
    # Reports are acceptable, never main; the year reports signed in January are no main work.
    for listed, _accepted in lists.values():
        assert not {i for i in listed if docs[i]["kind"] == "Báo cáo"}
    assert "04/BC-SYT" in lists["report_2025"][1] - lists["report_2025"][0]
    assert "03/BC-SYT" in lists["report_2026_H1"][1] - lists["report_2026_H1"][0]
    assert "196/KH-SYT" not in _named_in_report(truth, "report_2025")
    assert "176/KH-SYT" in lists["report_2025"][1]
    assert {"80/BC-SYT", "805/SYT-VP", "130/BC-SYT"} <= lists["report_2025_Q3"][1]
    (suspension,) = truth["suspensions"]
    assert (suspension["ident"], suspension["suspended_by"], suspension["restored_by"]) == (
        "58/QĐ-SYT",
        "86/QĐ-SYT",
        "112/QĐ-SYT",
    )
    assert (suspension["replaced_by"], suspension["replaced_from"]) == ("30/QĐ-SYT", "2026-04-01")
    own = {
        (r["type"], r["source"], r["target"], r["target_scope"])
        for r in truth["relations"]
        if not r["reported"] and isinstance(r["target"], str)
    }
    assert {
        ("terminates", "86/QĐ-SYT", "58/QĐ-SYT", None),
        ("terminates", "112/QĐ-SYT", "86/QĐ-SYT", None),
        ("replaces", "30/QĐ-SYT", "58/QĐ-SYT", None),
        ("replaces", "26/QĐ-SYT", "40/QĐ-SYT", None),
        ("replaces", "09/QĐ-SYT", "12/QĐ-SYT", None),
        ("repeals", "62/QĐ-SYT", "95/QĐ-SYT", "Điều 8"),
        ("amends", "190/QĐ-SYT", "125/QĐ-SYT", "Điều 2"),
        ("amends", "14/QĐ-SYT", "18/QĐ-SYT", "Điều 12"),
    } <= own
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("58/QĐ-SYT", "2025-07-21")] == "not_in_force"
    assert cases[("58/QĐ-SYT", "2025-09-16")] == "in_force"
    assert cases[("58/QĐ-SYT", "2026-04-01")] == "not_in_force"
    assert cases[("95/QĐ-SYT", "2025-07-01")] == "partly_in_force"
    assert cases[("28/2021/QĐ-UBND", last)] == "unknown"
    assert 30 <= len(cases) <= 34
    questions = truth["list_questions"]
    assert [q["lang"] for q in questions].count("en") == 5
    figures = truth["figure_questions"]
    assert 14 <= len(figures) <= 18
    assert [q["lang"] for q in figures].count("en") == 3
    assert sum(q["part"] is not None and q["part"].startswith("quý") for q in figures) >= 9
    assert any(q["sources"] == ["scan_0412.pdf"] for q in figures)
    drafts = truth["check_drafts"]
    assert [len(d["citations"]) for d in drafts] == [10, 10, 10]
    for draft in drafts:
        cited = [c for c in draft["citations"] if c["archive_ident"] in sector]
        assert len(cited) == 1, draft["id"]
        assert (cited[0]["status"], cited[0]["warning"]) == ("verified", None), draft["id"]


def test_the_twenty_seventh_script_writes_scans_without_text_and_word_files(
    tmp_path: Path,
) -> None:
    """The generator (not the assistant) writes one file per source, the two Word files and the
    DỰ THẢO, byte-identical on two runs; each scan is a PDF of page images with no text layer,
    its sample mark and footer drawn in; the Word file of 86 keeps the number and the day blank;
    the footnote is a DOCX footnote; corpus/ is refused."""
    import pypdf

    sys.path.insert(0, str(REPO / "scripts"))
    import heldout27_common as common
    import heldout27_late

    out = tmp_path / "h27"
    assert run_script("make_heldout27_archive.py", out).returncode == 0
    again = tmp_path / "h27b"
    assert run_script("make_heldout27_archive.py", again).returncode == 0
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    second = {p.name: p.read_bytes() for p in again.iterdir()}
    assert first == second
    truth = HELDOUT27
    sources = {d["source"] for d in truth["documents"] if d["source"]}
    others = set(truth["second_files"].values()) | {n["file"] for n in truth["not_documents"]}
    assert set(first) == sources | others
    scans = {f for f, v in truth["special_files"].items() if "SCANNED PDF" in v}
    for name in scans:
        reader = pypdf.PdfReader(out / name)
        assert not "".join(page.extract_text() or "" for page in reader.pages).strip(), name
        assert all(page.images for page in reader.pages), name
    assert len(pypdf.PdfReader(out / "IMG_20250310_0001.pdf").pages) == 2
    # The quý I 2025 report is one page of 240 dpi (A4 in pixels), drawn from its text.
    report = next(d for d in heldout27_late.LATE if d.number == "41/BC-SYT")
    assert [page.size for page in common.render_scan(report)] == [(1985, 2806)]

    def member(name: str, part: str = "word/document.xml") -> str:
        with zipfile.ZipFile(out / name) as z:
            return z.read(part).decode("utf-8")

    blank = member("QD 86 (ban word).docx")
    assert "86/QĐ-SYT" not in blank
    assert "/QĐ-SYT" in blank
    assert "ngày      tháng      năm 2025" in blank
    assert "(Đã ký)" not in blank
    assert "26/QĐ-SYT" in member("QD 26 (ban word).docx")
    assert "1.535" in member("BC quy III va 9 thang 2024.docx", "word/footnotes.xml")
    assert "1.535" not in member("BC quy III va 9 thang 2024.docx")
    row = pypdf.PdfReader(out / "BC quy III 2025.pdf").pages[0].extract_text()
    assert "Quý I: 2.981 | Quý II: 3.140 | Quý III: 3.265 | Lũy kế 9 tháng: 9.386" in row
    refused = run_script("make_heldout27_archive.py", REPO / "corpus" / "heldout27")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout27").exists()


def test_the_twenty_eighth_archive_is_large_and_made_of_long_series() -> None:
    """The twenty-eighth (the Sở Nội vụ of fictional tỉnh Yên Khê): the last day, over a hundred
    sources in folders, heldout27's keys with this archive's report keys, the monthly series
    (no month 3, 6, 9; one late, December signed in January, July 2026 corrected), the province's
    reports beside the Sở's, the TTHC lists by lĩnh vực, the decision saved twice, the DỰ THẢO, the
    sector documents in no report list, the period traps, the suspension and its lifting."""
    truth = HELDOUT28
    docs = {d["ident"]: d for d in truth["documents"]}
    last = max(d["date"] for d in docs.values())
    assert last == "2026-11-25"
    assert docs["1240/SNV-CCHC"]["date"] == last
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = {d["source"] for d in docs.values() if d["source"]}
    assert len(sources) == 116
    assert sum("/" in s for s in sources) == len(sources)
    assert [n["file"] for n in truth["not_documents"]] == ["2025/Du thao KH CCHC 2026 (lan 2).docx"]
    keys = [k for k in HELDOUT27 if not k.startswith("report_")]
    assert list(truth) == [
        *keys[:16],
        "report_2025",
        "report_2025_acceptable",
        "report_2026_Q3",
        "report_2026_Q3_acceptable",
        "report_2025_H1",
        "report_2025_H1_acceptable",
        *keys[16:],
    ]
    assert truth["second_files"] == {"1385/QĐ-UBND": "2025/QD 1385-QD-UBND TDKT.docx"}
    assert truth["copies"] == []
    monthly = {
        i
        for i, d in docs.items()
        if d["kind"] == "Báo cáo" and d["subject"].startswith("Tình hình thực hiện")
    }
    assert len(monthly) == 16
    assert not any(" tháng 3 năm" in docs[i]["subject"] for i in monthly)
    assert not any(" tháng 6 năm" in docs[i]["subject"] for i in monthly)
    assert docs["68/BC-SNV"]["date"] == "2025-06-12"
    assert docs["03/BC-SNV"]["period"] == {"from": "2025-12-01", "to": "2025-12-31"}
    province = {i for i in docs if i.endswith("/BC-UBND")}
    assert len(province) == 7
    tthc = "Danh mục thủ tục hành chính"
    lists = {i for i, d in docs.items() if d["subject"] and tthc in d["subject"]}
    assert len(lists) == 17
    sector = {i for i, d in docs.items() if d["source"] and not d["areas"]}
    assert len(sector) == 7
    assert sum(len(d["areas"]) == 2 for d in docs.values() if d["source"]) == 3
    periods = {
        "report_2025": ("2025-01-01", "2025-12-31"),
        "report_2026_Q3": ("2026-07-01", "2026-09-30"),
        "report_2025_H1": ("2025-01-01", "2025-06-30"),
    }
    lists_ = _report_lists(truth, docs, periods, sector)
    for listed, _accepted in lists_.values():
        assert not {i for i in listed if docs[i]["kind"] == "Báo cáo"}
    assert "03/BC-SNV" in lists_["report_2025"][1]
    assert "169/KH-SNV" not in _named_in_report(truth, "report_2025")
    assert "176/KH-SNV" in lists_["report_2025"][1] & lists_["report_2025_H1"][1]
    assert {"83/BC-SNV", "175/BC-UBND"} <= lists_["report_2025_H1"][1]
    july = {"862/SNV-CCHC", "1120/QĐ-UBND", "105/QĐ-SNV"}
    assert not july & _named_in_report(truth, "report_2025_H1")
    (suspension,) = truth["suspensions"]
    assert (suspension["ident"], suspension["suspended_by"], suspension["restored_by"]) == (
        "72/QĐ-SNV",
        "105/QĐ-SNV",
        "118/QĐ-SNV",
    )
    own = {
        (r["type"], r["source"], r["target"], r["target_scope"])
        for r in truth["relations"]
        if not r["reported"]
    }
    assert {
        ("terminates", "105/QĐ-SNV", "72/QĐ-SNV", None),
        ("terminates", "118/QĐ-SNV", "105/QĐ-SNV", None),
        ("replaces", "260/QĐ-UBND", "1460/QĐ-UBND", None),
        ("repeals", "410/QĐ-UBND", "1460/QĐ-UBND", "02 TTHC (số thứ tự 12 và 17)"),
        ("repeals", "110/QĐ-SNV", "36/QĐ-SNV", None),
        ("amends", "150/QĐ-SNV", "54/QĐ-SNV", "Điều 2"),
        ("amends", "121/KH-SNV", "35/KH-SNV", "Mục III"),
    } <= own
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("72/QĐ-SNV", "2025-07-10")] == "not_in_force"
    assert cases[("72/QĐ-SNV", "2025-09-08")] == "in_force"
    assert cases[("1460/QĐ-UBND", "2025-03-17")] == "partly_in_force"
    assert cases[("19/2021/QĐ-UBND", last)] == "unknown"
    assert 30 <= len(cases) <= 34
    questions = truth["list_questions"]
    assert 26 <= len(questions) <= 30
    assert [q["lang"] for q in questions].count("en") == 5
    assert max(len(q["expected"]) for q in questions) >= 9
    figures = truth["figure_questions"]
    assert 16 <= len(figures) <= 20
    assert [q["lang"] for q in figures].count("en") == 3
    drafts = truth["check_drafts"]
    assert [len(d["citations"]) for d in drafts] == [10, 10, 10]
    for draft in drafts:
        cited = [c for c in draft["citations"] if c["archive_ident"] in sector]
        assert len(cited) == 1, draft["id"]
        assert (cited[0]["status"], cited[0]["warning"]) == ("verified", None), draft["id"]


def test_the_twenty_eighth_script_writes_a_tree_of_series(tmp_path: Path) -> None:
    """The generator (not the assistant) writes one file per source in its folder, the second
    file of 1385/QĐ-UBND (byte-identical) and the DỰ THẢO, byte-identical on two runs; the
    monthly DOCX carry a table of the month and the lũy kế; the August 2026 report states the
    correction; corpus/ is refused."""
    out = tmp_path / "h28"
    assert run_script("make_heldout28_archive.py", out).returncode == 0
    again = tmp_path / "h28b"
    assert run_script("make_heldout28_archive.py", again).returncode == 0

    def tree(root: Path) -> dict[str, bytes]:
        files = (p for p in root.rglob("*") if p.is_file())
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in files}

    first, second = tree(out), tree(again)
    assert first == second
    truth = HELDOUT28
    sources = {d["source"] for d in truth["documents"] if d["source"]}
    others = set(truth["second_files"].values()) | {n["file"] for n in truth["not_documents"]}
    assert set(first) == sources | others
    ((ident, copy),) = truth["second_files"].items()
    source = next(d["source"] for d in truth["documents"] if d["ident"] == ident)
    assert first[copy] == first[source]

    def member(name: str) -> str:
        with zipfile.ZipFile(out / name) as z:
            return z.read("word/document.xml").decode("utf-8")

    august = member("2026/Bao cao thang/BC thang 08-2026.docx")
    assert "nay điều chỉnh thành 297" in august
    assert "Lũy kế 8 tháng" in august
    assert "<w:tbl>" in member("2025/Bao cao thang/BC thang 1.2025.docx")
    refused = run_script("make_heldout28_archive.py", REPO / "corpus" / "heldout28")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout28").exists()


def test_the_twenty_ninth_archive_asks_a_report_for_the_right_figures() -> None:
    """The twenty-ninth (the Sở Du lịch of fictional tỉnh Ninh Thủy): the last day, the sources in
    year folders, heldout28's keys with this archive's report keys and the figures each report must
    state, the periodic reports, the estimates and the official figures sent in January, the
    province's reports, the sector documents in no report list, the period traps, the lives."""
    truth = HELDOUT29
    docs = {d["ident"]: d for d in truth["documents"]}
    last = max(d["date"] for d in docs.values())
    assert last == "2026-11-24"
    assert docs["1150/SDL-CCHC"]["date"] == last
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = {d["source"] for d in docs.values() if d["source"]}
    assert len(sources) == 73
    assert all(s[:5] in {"2023/", "2024/", "2025/", "2026/"} for s in sources)
    draft = "2025/Du thao BC CCHC nam 2025 (lan 1).docx"
    assert [n["file"] for n in truth["not_documents"]] == [draft]
    keys = [k for k in HELDOUT28 if not k.startswith("report_")]
    periods = {
        "report_2025": ("2025-01-01", "2025-12-31"),
        "report_2026_H1": ("2026-01-01", "2026-06-30"),
        "report_2026_Q3": ("2026-07-01", "2026-09-30"),
    }
    figure_keys = [f"report_figures_{k.removeprefix('report_')}" for k in periods]
    assert list(truth) == [
        *keys[:16],
        *[k for key in periods for k in (key, f"{key}_acceptable")],
        *figure_keys,
        *keys[16:],
    ]
    assert truth["second_files"] == {}
    assert truth["copies"] == truth["suspensions"] == []
    periodic = {
        i
        for i, d in docs.items()
        if i.endswith("/BC-SDL") and d["subject"].startswith("Kết quả thực hiện công tác cải cách")
    }
    assert len(periodic) == 15
    assert {i for i in docs if i.endswith("/BC-UBND")} == {
        "318/BC-UBND",
        "176/BC-UBND",
        "254/BC-UBND",
        "12/BC-UBND",
    }
    # The year reports are signed in December; the official figures come in January.
    assert docs["168/BC-SDL"]["date"] == "2025-12-10"
    assert docs["28/SDL-VP"]["date"] == "2026-01-09"
    assert docs["45/SDL-VP"]["date"] == "2025-01-10"
    sector = {i for i, d in docs.items() if d["source"] and not d["areas"]}
    assert len(sector) == 11
    assert {"12/BC-UBND", "98/BC-SDL", "47/QĐ-SDL"} <= sector
    lists = _report_lists(truth, docs, periods, sector)
    for listed, _accepted in lists.values():
        assert not {i for i in listed if docs[i]["kind"] == "Báo cáo"}
    assert "178/KH-SDL" not in _named_in_report(truth, "report_2025")
    assert {"190/KH-SDL", "388/QĐ-UBND", "45/SDL-VP", "28/SDL-VP"} <= lists["report_2025"][1]
    assert {"95/BC-SDL", "176/BC-UBND", "28/SDL-VP"} <= lists["report_2026_H1"][1]
    assert "702/SDL-CCHC" not in _named_in_report(truth, "report_2026_H1")
    assert "152/BC-SDL" in lists["report_2026_Q3"][1]
    own = {
        (r["type"], r["source"], r["target"], r["target_scope"])
        for r in truth["relations"]
        if not r["reported"]
    }
    assert {
        ("replaces", "09/QĐ-SDL", "15/QĐ-SDL", None),
        ("replaces", "118/QĐ-SDL", "42/QĐ-SDL", None),
        ("replaces", "81/QĐ-SDL", "66/QĐ-SDL", None),
        ("replaces", "845/QĐ-UBND", "1120/QĐ-UBND", None),
        ("amends", "21/QĐ-SDL", "118/QĐ-SDL", "Điều 7"),
        ("amends", "104/KH-SDL", "29/KH-SDL", "Mục III"),
        ("repeals", "92/QĐ-SDL", "130/QĐ-SDL", None),
        ("repeals", "1502/QĐ-UBND", "845/QĐ-UBND", "01 TTHC (số thứ tự 21)"),
    } <= own
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("845/QĐ-UBND", "2026-08-12")] == "partly_in_force"
    assert cases[("118/QĐ-SDL", "2025-09-20")] == "not_yet_in_force"
    assert cases[("14/2022/QĐ-UBND", last)] == "unknown"
    questions = truth["list_questions"]
    assert 20 <= len(questions) <= 24
    assert [q["lang"] for q in questions].count("en") == 4
    figures = truth["figure_questions"]
    assert 14 <= len(figures) <= 18
    assert [q["lang"] for q in figures].count("en") == 3
    drafts = truth["check_drafts"]
    assert [len(d["citations"]) for d in drafts] == [10, 10, 10]
    for draft in drafts:
        cited = [c for c in draft["citations"] if c["archive_ident"] in sector]
        assert len(cited) == 1, draft["id"]
        assert (cited[0]["status"], cited[0]["warning"]) == ("verified", None), draft["id"]
    for key in figure_keys:
        items = truth[key]
        assert 8 <= len(items) <= 14, key
        assert {i["area"] for i in items} <= AREAS, key
        absent = [i for i in items if i.get("absent")]
        assert 1 <= len(absent) <= 2, key
        for i in items:
            assert bool(i.get("absent")) == (not i["expected"]) == (not i["sources"]), i
            assert set(i["sources"]) <= sources, i
            assert not set(i["expected"]) & set(i["others"]), i
            assert i["others"], i
    year = truth["report_figures_2025"]
    official = next(i for i in year if i["measure"].startswith("hồ sơ tiếp"))
    assert (official["expected"], official["others"][0]) == (["4.218"], "4.250")


def _docx_or_pdf_text(path: Path) -> str:
    """A file's text as the generator wrote it, read with python-docx (paragraphs and tables) or
    pypdf (the text layer), white space made single spaces — not with the assistant's loaders."""
    import docx
    import pypdf

    if path.suffix == ".docx":
        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    elif path.suffix == ".pdf":
        parts = [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]
    else:
        parts = [path.read_text("utf-8")]
    return " ".join(unicodedata.normalize("NFC", "\n".join(parts)).split())


def test_the_twenty_ninth_script_writes_the_figures_the_truth_names(tmp_path: Path) -> None:
    """The generator (not the assistant) writes one file per source and the DỰ THẢO, byte-identical
    on two runs; every expected figure of ``report_figures_*`` and of the figure questions is
    written in each of its sources, every wrong value somewhere in the archive, the sector
    statistics nowhere in a CCHC report of the Sở; the year report's estimate, the đính chính and
    the correction are in their files; corpus/ is refused."""
    out = tmp_path / "h29"
    assert run_script("make_heldout29_archive.py", out).returncode == 0
    again = tmp_path / "h29b"
    assert run_script("make_heldout29_archive.py", again).returncode == 0

    def tree(root: Path) -> dict[str, bytes]:
        files = (p for p in root.rglob("*") if p.is_file())
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in files}

    first = tree(out)
    assert first == tree(again)
    truth = HELDOUT29
    sources = {d["source"] for d in truth["documents"] if d["source"]}
    assert set(first) == sources | {n["file"] for n in truth["not_documents"]}
    texts = {name: _docx_or_pdf_text(out / name) for name in first}
    archive = "\n".join(texts.values())
    items = [i for k in truth if k.startswith("report_figures_") for i in truth[k]]
    for i in [*items, *truth["figure_questions"]]:
        for source in i["sources"]:
            for value in i["expected"]:
                assert value in texts[source], (i.get("measure", i.get("question")), source)
        for value in i["others"]:
            assert value in archive, value
    reports = [
        texts[d["source"]]
        for d in truth["documents"]
        if d["ident"].endswith("/BC-SDL") and "cải cách hành chính" in d["subject"]
    ]
    sector_values = {v for i in items if i.get("absent") for v in i["others"]}
    assert not any(v in text for v in sector_values for text in reports)
    estimate = "Ước thực hiện cả năm 2025: tiếp nhận khoảng 4.250 hồ sơ"
    assert estimate in texts["2025/BC CCHC nam 2025.docx"]
    assert "nay đính chính thành 47,2%" in texts["2026/CV 512 dinh chinh so lieu quy I 2026.docx"]
    assert "nay điều chỉnh thành 1.778 hồ sơ" in texts["2026/BC CCHC quy III 2026.docx"]
    assert "4.300" in texts["2025/Du thao BC CCHC nam 2025 (lan 1).docx"]
    refused = run_script("make_heldout29_archive.py", REPO / "corpus" / "heldout29")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout29").exists()


def test_the_thirtieth_archive_is_an_e_office_export_across_a_change_of_body() -> None:
    """The thirtieth (the Sở Ngoại vụ of fictional tỉnh Phước Lâm, whose tasks pass to the Văn
    phòng UBND tỉnh on 01/3/2025): the last day, the sources in "Van ban di" / "Van ban den" year
    folders, heldout29's keys with this archive's report keys and report figures, the incoming
    documents, the decision exported twice, the certified copy, the DỰ THẢO, the annex and the
    register that are no documents, the two bodies' reports and official figures, the sector
    documents in no report list, the period traps, the lives across the change of body."""
    truth = HELDOUT30
    docs = {d["ident"]: d for d in truth["documents"]}
    last = max(d["date"] for d in docs.values())
    assert last == "2026-11-18"
    assert docs["805/VP-NgV"]["date"] == last
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = {d["source"] for d in docs.values() if d["source"]}
    assert len(sources) == 70
    years = {f"{box}/{y}/" for box in ("Van ban di", "Van ban den") for y in range(2022, 2027)}
    assert all("/".join(s.split("/")[:2]) + "/" in years for s in sources)
    incoming = {s for s in sources if s.startswith("Van ban den/")}
    assert len(incoming) == 12
    assert {n["is"] for n in truth["not_documents"]} == {"draft", "annex", "register"}
    assert {n["file"] for n in truth["not_documents"]} <= set(truth["special_files"])
    keys = [k for k in HELDOUT29 if not k.startswith("report_")]
    periods = {
        "report_2024": ("2024-01-01", "2024-12-31"),
        "report_2025": ("2025-01-01", "2025-12-31"),
        "report_2026_Q3": ("2026-07-01", "2026-09-30"),
    }
    figure_keys = [f"report_figures_{k.removeprefix('report_')}" for k in periods]
    assert list(truth) == [
        *keys[:16],
        *[k for key in periods for k in (key, f"{key}_acceptable")],
        *figure_keys,
        *keys[16:],
    ]
    assert truth["second_files"] == {"45/QĐ-VP": "Van ban di/2025/45_QD-VP_20250415.docx"}
    assert docs["45/QĐ-VP"]["source"].endswith(".pdf")
    assert truth["suspensions"] == []
    (copy,) = truth["copies"]
    assert (copy["of"], copy["copy_number"]) == ("41/QĐ-SNgV", "07/SY-VP")
    assert copy["copy_number"] not in docs
    assert copy["file"] in truth["special_files"]
    # The Sở's documents end on 28/02/2025, the Văn phòng's start on 01/3/2025.
    so = [d["date"] for i, d in docs.items() if "SNgV" in i]
    vp_kinds = {"QĐ-VP", "KH-VP", "BC-VP", "VP-NgV"}
    vp = [d["date"] for i, d in docs.items() if i.split("/")[-1] in vp_kinds]
    assert max(so) < "2025-03-01" <= min(vp)
    assert docs["388/QĐ-UBND"]["effective"] == "2025-03-01"
    assert docs["388/QĐ-UBND"]["source"].endswith(".txt")
    # The year reports are signed in December; the official figures come in January.
    year_2024 = (docs["186/BC-SNgV"]["date"], docs["18/SNgV-VP"]["date"])
    assert year_2024 == ("2024-12-11", "2025-01-10")
    assert (docs["165/BC-VP"]["date"], docs["09/VP-NgV"]["date"]) == ("2025-12-12", "2026-01-08")
    province = {i for i in docs if i.endswith("/BC-UBND")}
    assert province == {"305/BC-UBND", "318/BC-UBND", "250/BC-UBND"}
    sector = {i for i, d in docs.items() if d["source"] and not d["areas"]}
    assert len(sector) == 10
    assert {"190/BC-SNgV", "170/BC-VP", "136/BC-VP", "455/VP-NgV"} <= sector
    lists = _report_lists(truth, docs, periods, sector)
    for listed, _accepted in lists.values():
        assert not {i for i in listed if docs[i]["kind"] == "Báo cáo"}
    assert "182/KH-SNgV" not in _named_in_report(truth, "report_2024")
    assert "182/KH-SNgV" in lists["report_2025"][1]
    assert "188/KH-VP" not in _named_in_report(truth, "report_2025")
    assert {"178/KH-SNgV", "18/SNgV-VP", "2150/BNG-LS"} <= lists["report_2024"][1]
    assert {"21/BC-SNgV", "24/BC-VP", "09/VP-NgV"} <= lists["report_2025"][1]
    assert {"05/TTr-SNgV", "388/QĐ-UBND"} <= lists["report_2025"][0]
    own = {
        (r["type"], r["source"], r["target"], r["target_scope"])
        for r in truth["relations"]
        if not r["reported"]
    }
    assert {
        ("replaces", "15/QĐ-SNgV", "09/QĐ-SNgV", None),
        ("replaces", "512/QĐ-UBND", "1350/QĐ-UBND", None),
        ("replaces", "45/QĐ-VP", "28/QĐ-SNgV", None),
        ("replaces", "15/KH-VP", "182/KH-SNgV", None),
        ("terminates", "388/QĐ-UBND", "18/QĐ-SNgV", None),
        ("repeals", "92/QĐ-VP", "66/QĐ-SNgV", None),
        ("repeals", "1688/QĐ-UBND", "512/QĐ-UBND", "01 TTHC (số thứ tự 05)"),
        ("amends", "140/QĐ-VP", "52/QĐ-VP", "Điều 2"),
        ("amends", "118/KH-VP", "30/KH-VP", "Mục III"),
    } <= own
    assert not [r for r in own if r[2] == "41/QĐ-SNgV"]
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("41/QĐ-SNgV", last)] == "in_force"
    assert cases[("18/QĐ-SNgV", "2025-03-01")] == "not_in_force"
    assert cases[("512/QĐ-UBND", "2026-08-05")] == "partly_in_force"
    assert cases[("388/QĐ-UBND", "2025-02-27")] == "not_yet_in_force"
    assert cases[("22/2021/QĐ-UBND", last)] == "unknown"
    questions = truth["list_questions"]
    assert 20 <= len(questions) <= 24
    assert [q["lang"] for q in questions].count("en") == 4
    figures = truth["figure_questions"]
    assert 14 <= len(figures) <= 18
    assert [q["lang"] for q in figures].count("en") == 3
    drafts = truth["check_drafts"]
    assert [len(d["citations"]) for d in drafts] == [10, 10, 10]
    for draft in drafts:
        cited = [c for c in draft["citations"] if c["archive_ident"] in sector]
        assert len(cited) == 1, draft["id"]
        assert (cited[0]["status"], cited[0]["warning"]) == ("verified", None), draft["id"]
    for key in figure_keys:
        items = truth[key]
        assert 8 <= len(items) <= 14, key
        assert {i["area"] for i in items} <= AREAS, key
        absent = [i for i in items if i.get("absent")]
        assert 1 <= len(absent) <= 2, key
        for i in items:
            assert bool(i.get("absent")) == (not i["expected"]) == (not i["sources"]), i
            assert set(i["sources"]) <= sources, i
            assert not set(i["expected"]) & set(i["others"]), i
            assert i["others"], i
    year = truth["report_figures_2025"]
    official = next(i for i in year if i["measure"].startswith("hồ sơ tiếp"))
    assert (official["expected"], official["others"][:2]) == (["1.217"], ["1.046", "1.230"])


def test_the_thirtieth_script_writes_stamps_signatures_and_the_figures_the_truth_names(
    tmp_path: Path,
) -> None:
    """The generator (not the assistant) writes one file per source, the second file, the DỰ
    THẢO, the annex and the register, byte-identical on two runs; incoming files carry their
    stamp, signed PDFs the CA's lines; every expected figure of ``report_figures_*`` and of the
    figure questions is written in each of its sources, every other value somewhere in the
    archive, the foreign-affairs statistics in no CCHC report; the register's rows agree with
    the documents; corpus/ is refused."""
    out = tmp_path / "h30"
    assert run_script("make_heldout30_archive.py", out).returncode == 0
    again = tmp_path / "h30b"
    assert run_script("make_heldout30_archive.py", again).returncode == 0

    def tree(root: Path) -> dict[str, bytes]:
        files = (p for p in root.rglob("*") if p.is_file())
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in files}

    first = tree(out)
    assert first == tree(again)
    truth = HELDOUT30
    docs = {d["ident"]: d for d in truth["documents"]}
    sources = {d["source"] for d in truth["documents"] if d["source"]}
    others = set(truth["second_files"].values()) | {n["file"] for n in truth["not_documents"]}
    assert set(first) == sources | others
    texts = {name: _docx_or_pdf_text(out / name) for name in first}
    archive = "\n".join(texts.values())
    items = [i for k in truth if k.startswith("report_figures_") for i in truth[k]]
    for i in [*items, *truth["figure_questions"]]:
        for source in i["sources"]:
            for value in i["expected"]:
                assert value in texts[source], (i.get("measure", i.get("question")), source)
        for value in i["others"]:
            assert value in archive, value
    reports = [
        texts[d["source"]]
        for d in truth["documents"]
        if d["kind"] == "Báo cáo" and "cải cách hành chính" in d["subject"]
    ]
    sector_values = {v for i in items if i.get("absent") for v in i["others"]}
    assert not any(v in text for v in sector_values for text in reports)
    decree = texts[docs["512/QĐ-UBND"]["source"]]
    assert "VĂN BẢN ĐẾN — Số đến: 0498 — Ngày đến: 11/3/2025" in decree
    assert "Thời gian ký: 11.03.2025 07:40:03 +07:00" in decree
    assert "Số đến: 0412" in texts[docs["388/QĐ-UBND"]["source"]]
    assert "Người ký: Đinh Thị Mai Hương" in texts[docs["41/QĐ-SNgV"]["source"]]
    assert "Thời gian ký: 12.12.2024" in texts[docs["186/BC-SNgV"]["source"]]
    (second,) = truth["second_files"].values()
    assert "Số: 45/QĐ-VP" in texts[second]
    assert "Ký bởi" not in texts[second]
    assert "nay điều chỉnh thành 652 hồ sơ" in texts[docs["128/BC-VP"]["source"]]
    draft = "Van ban di/2025/Du thao BC CCHC ngoai vu 2025 (lan 1).docx"
    assert "khoảng 1.080 hồ sơ" in texts[draft]
    register = (out / "Van ban di/2024/So dang ky van ban di 2024.txt").read_text("utf-8")
    rows = [line.split("\t") for line in register.splitlines() if line[:1].isdigit()]
    assert len(rows) == 13
    for _, ident, date, subject, _signer in rows:
        day, month, year = (int(x) for x in date.split("/"))
        assert docs[ident]["date"] == f"{year}-{month:02d}-{day:02d}"
        assert docs[ident]["subject"] == subject
    refused = run_script("make_heldout30_archive.py", REPO / "corpus" / "heldout30")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout30").exists()


def test_the_thirty_first_archive_is_correspondence_with_numbers_that_collide() -> None:
    """The thirty-first (the UBND thành phố Bảo An of fictional tỉnh Hạ Uyên to 30/6/2025, then
    the UBND phường Bảo An): the last day, the sources in the two bodies' year folders, the
    thirtieth's keys, seven idents naming two documents each (of different issuers or years,
    none in a status case), the chains of letters (answers, a reminder, a withdrawal, a
    replacement, a Thông báo carried out) as relations, the end of the district level, the
    estimates and the January letters, the sector documents in no report list, the period
    traps, and drafts that cite colliding numbers both rightly and with the other's date."""
    truth = HELDOUT31
    assert list(truth) == list(HELDOUT30)
    docs = truth["documents"]
    by_ident: dict[str, list[dict]] = {}
    for d in docs:
        by_ident.setdefault(d["ident"], []).append(d)
    last = max(d["date"] for d in docs)
    assert last == "2026-11-20"
    assert [d["ident"] for d in docs if d["date"] == last] == ["268/UBND-VP"]
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = {d["source"] for d in docs}
    assert len(sources) == len(docs) == 79
    bodies = ("UBND TP Bao An", "UBND phuong Bao An")
    boxes = ("Van ban di", "Van ban den")
    folders = {f"{b}/{y}/{x}" for b in bodies for y in range(2022, 2027) for x in boxes}
    assert all("/".join(s.split("/")[:3]) in folders for s in sources)
    city, ward = "ỦY BAN NHÂN DÂN / THÀNH PHỐ BẢO AN", "ỦY BAN NHÂN DÂN / PHƯỜNG BẢO AN"
    assert max(d["date"] for d in docs if d["issuer"] == city) < "2025-07-01"
    assert min(d["date"] for d in docs if d["issuer"] == ward) >= "2025-07-01"
    assert all(not d["source"].startswith(bodies[1]) or d["date"] >= "2025-07-01" for d in docs)
    letters = [d for d in docs if d["kind"] == "Công văn"]
    assert len(letters) >= 25
    assert all(d["ident"].split("/")[1].split("-")[0] in {"UBND", "SNV"} for d in letters)
    # The collisions: each ident names two documents of different issuers or years, and the
    # truth lists every ident that names two.
    twice = {i: sorted(d["date"] for d in ds) for i, ds in by_ident.items() if len(ds) > 1}
    assert twice == truth["ambiguous_idents"]
    assert len(twice) == 7
    for ident in twice:
        pair = by_ident[ident]
        assert len(pair) == 2
        issuers, years = {d["issuer"] for d in pair}, {d["date"][:4] for d in pair}
        assert len(issuers) == 2 or len(years) == 2, ident
    same_year = [i for i in twice if len({d["date"][:4] for d in by_ident[i]}) == 1]
    assert len(same_year) == 7
    province = "ỦY BAN NHÂN DÂN / TỈNH HẠ UYÊN"
    with_province = [i for i in twice if province in {d["issuer"] for d in by_ident[i]}]
    assert len(with_province) >= 3
    assert all(c["ident"] not in twice for c in truth["status_cases"])
    assert truth["not_documents"][0]["is"] == "draft"
    assert not truth["second_files"]
    assert not truth["copies"]
    assert not truth["suspensions"]
    # The chains of letters.
    own = {
        (r["type"], r["source"], r["target"], r["target_scope"])
        for r in truth["relations"]
        if not r["reported"]
    }
    assert {
        ("implements", "38/UBND-NV", "56/SNV-CCHC", None),
        ("implements", "145/UBND-NV", "1234/UBND-NC", None),
        ("implements", "301/UBND-NV", "412/SNV-CCHC", None),
        ("implements", "301/UBND-NV", "498/SNV-CCHC", None),
        ("implements", "158/UBND-NV", "45/TB-UBND", None),
        ("implements", "102/UBND-NV", "642/UBND-NC", None),
        ("implements", "215/UBND-VP", "2210/UBND-NC", None),
        ("repeals", "415/UBND-VP", "402/UBND-VP", None),
        ("replaces", "620/UBND-NV", "560/UBND-NV", None),
        ("replaces", "36/QĐ-UBND", "16/QĐ-UBND", None),
        ("amends", "640/QĐ-UBND", "230/QĐ-UBND", "Điều 5"),
        ("repeals", "715/QĐ-UBND", "98/QĐ-UBND", None),
        ("terminates", "1420/QĐ-UBND", "230/QĐ-UBND", None),
        ("terminates", "1420/QĐ-UBND", "88/QĐ-UBND", None),
        ("amends", "95/QĐ-UBND", "24/QĐ-UBND", "Điều 2"),
        ("repeals", "62/QĐ-UBND", "18/QĐ-UBND", "Điều 4"),
    } <= own
    assert not [r for r in own if "450/UBND-NV" in (r[1], r[2])]
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("88/QĐ-UBND", "2025-09-01")] == "in_force"
    assert cases[("88/QĐ-UBND", "2026-01-01")] == "not_in_force"
    assert cases[("230/QĐ-UBND", "2025-07-01")] == "not_in_force"
    assert cases[("402/UBND-VP", "2024-08-19")] == "not_in_force"
    assert cases[("18/QĐ-UBND", last)] == "partly_in_force"
    assert cases[("36/QĐ-UBND", last)] == "unknown"
    # Reports, estimates, the January letters.
    first = {d["ident"]: d for d in docs}
    year_2024 = (first["296/BC-UBND"]["date"], first["12/UBND-NV"]["date"])
    assert year_2024 == ("2024-12-12", "2025-01-09")
    year_2025 = (first["88/BC-UBND"]["date"], first["05/UBND-VP"]["date"])
    assert year_2025 == ("2025-12-12", "2026-01-08")
    sector = {d["ident"] for d in docs if not d["areas"]}
    assert sector == {
        "415/QĐ-UBND",
        "95/KH-UBND",
        "355/UBND-VP",
        "140/UBND-VP",
        "12/KH-UBND",
        "188/UBND-VP",
    }
    known = set(by_ident) | {m["ident"] for m in truth["mentioned"]}
    periods = {
        "report_2024": ("2024-01-01", "2024-12-31"),
        "report_2025": ("2025-01-01", "2025-12-31"),
        "report_2026_Q3": ("2026-07-01", "2026-09-30"),
    }
    for key, (start, end) in periods.items():
        main, acceptable = truth[key], truth[f"{key}_acceptable"]
        assert set(main) == set(acceptable) == AREAS, key
        for area, idents in main.items():
            for i in idents:
                # A colliding ident is right if one of its documents fits.
                fits = [
                    d for d in by_ident[i] if start <= d["date"] <= end and area in d["areas"]
                ]
                assert fits, (key, area, i)
                assert all(d["kind"] != "Báo cáo" for d in fits), (key, area, i)
            assert not set(idents) & set(acceptable[area]), (key, area)
        named = set().union(*main.values(), *acceptable.values())
        assert named <= known, key
        assert not named & sector, key
    assert "120/KH-UBND" not in _named_in_report(truth, "report_2025")
    assert "288/KH-UBND" in truth["report_2024_acceptable"]["chi_dao_dieu_hanh"]
    assert "402/UBND-VP" not in set().union(*truth["report_2024"].values())
    assert {"01/KH-UBND", "05/QĐ-UBND"} <= set(truth["report_2025"]["chi_dao_dieu_hanh"])
    questions = truth["list_questions"]
    assert 20 <= len(questions) <= 24
    assert [q["lang"] for q in questions].count("en") == 4
    figures = truth["figure_questions"]
    assert 14 <= len(figures) <= 18
    assert [q["lang"] for q in figures].count("en") == 3
    drafts = truth["check_drafts"]
    assert [len(d["citations"]) for d in drafts] == [10, 10, 10]
    colliding = [c for d in drafts for c in d["citations"] if c["archive_ident"] in twice]
    assert {c["status"] for c in colliding} == {"verified", "date_mismatch"}
    for draft in drafts:
        cited = [c for c in draft["citations"] if c["archive_ident"] in sector]
        assert len(cited) == 1, draft["id"]
        assert (cited[0]["status"], cited[0]["warning"]) == ("verified", None), draft["id"]
    for key in (f"report_figures_{k.removeprefix('report_')}" for k in periods):
        items = truth[key]
        assert 8 <= len(items) <= 14, key
        assert {i["area"] for i in items} <= AREAS, key
        assert len([i for i in items if i.get("absent")]) == 1, key
        for i in items:
            assert bool(i.get("absent")) == (not i["expected"]) == (not i["sources"]), i
            assert set(i["sources"]) <= sources, i
            assert not set(i["expected"]) & set(i["others"]), i
            assert i["others"], i
    year = truth["report_figures_2024"]
    official = next(i for i in year if i["measure"].startswith("hồ sơ tiếp"))
    assert (official["expected"], official["others"][:2]) == (["18.312"], ["18.400", "16.940"])


def test_the_thirty_first_script_writes_letters_and_the_figures_the_truth_names(
    tmp_path: Path,
) -> None:
    """The generator (not the assistant) writes one file per source and the DỰ THẢO,
    byte-identical on two runs; each file states its own number and date; every citation
    "… số … ngày …" of a colliding ident names one of its documents by date, and where the
    issuer is written it agrees; every expected figure of ``report_figures_*`` and of the figure
    questions is written in each of its sources, every other value somewhere in the archive, the
    sector statistics in no CCHC report; the answers, the withdrawal, the correction and the
    hỏa tốc are in their files; corpus/ is refused."""
    out = tmp_path / "h31"
    assert run_script("make_heldout31_archive.py", out).returncode == 0
    again = tmp_path / "h31b"
    assert run_script("make_heldout31_archive.py", again).returncode == 0

    def tree(root: Path) -> dict[str, bytes]:
        files = (p for p in root.rglob("*") if p.is_file())
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in files}

    first = tree(out)
    assert first == tree(again)
    truth = HELDOUT31
    docs = truth["documents"]
    sources = {d["source"] for d in docs}
    assert set(first) == sources | {n["file"] for n in truth["not_documents"]}
    texts = {name: _docx_or_pdf_text(out / name) for name in first}
    for d in docs:
        assert f"Số: {d['ident']}" in texts[d["source"]], d["source"]
    archive = "\n".join(texts.values())
    items = [i for k in truth if k.startswith("report_figures_") for i in truth[k]]
    for i in [*items, *truth["figure_questions"]]:
        for source in i["sources"]:
            for value in i["expected"]:
                assert value in texts[source], (i.get("measure", i.get("question")), source)
        for value in i["others"]:
            assert value in archive, value
    reports = [
        texts[d["source"]]
        for d in docs
        if d["kind"] == "Báo cáo" and "cải cách hành chính" in d["subject"]
    ]
    sector_values = {v for i in items if i.get("absent") for v in i["others"]}
    assert not any(v in text for v in sector_values for text in reports)
    issuers = {"UBND tỉnh": "TỈNH HẠ UYÊN", "UBND thành phố": "THÀNH PHỐ BẢO AN"}
    seen = 0
    for ident, dates in truth["ambiguous_idents"].items():
        written = r" ngày (\d{2})/(\d{1,2})/(\d{4})( của UBND (?:tỉnh|thành phố))?"
        pattern = re.escape(ident) + written
        for m in re.finditer(pattern, archive):
            iso = f"{m.group(3)}-{int(m.group(2)):02d}-{m.group(1)}"
            assert iso in dates, m.group(0)
            if m.group(4):
                doc = next(d for d in docs if d["ident"] == ident and d["date"] == iso)
                assert doc["issuer"].endswith(issuers[m.group(4).removeprefix(" của ")])
            seen += 1
    assert seen >= 15
    src = {(d["ident"], d["date"]): d["source"] for d in docs}
    assert "Phúc đáp Công văn số 56/SNV-CCHC" in texts[src[("38/UBND-NV", "2024-01-24")]]
    assert "(lần 2)" in texts[src[("498/SNV-CCHC", "2024-06-05")]]
    assert "thu hồi Công văn số 402/UBND-VP" in texts[src[("415/UBND-VP", "2024-08-19")]]
    assert "thay thế Công văn số 560/UBND-NV" in texts[src[("620/UBND-NV", "2024-11-18")]]
    assert "không phải từ ngày 01/9/2024" in texts[src[("450/UBND-NV", "2024-09-05")]]
    assert "HỎA TỐC" in texts[src[("96/UBND-VP", "2025-02-20")]]
    assert "đến hết ngày 31/12/2025" in texts[src[("1420/QĐ-UBND", "2025-06-27")]]
    draft = truth["not_documents"][0]["file"]
    assert "11.430" in texts[draft]
    assert "11.430" not in "\n".join(texts[s] for s in sources)
    refused = run_script("make_heldout31_archive.py", REPO / "corpus" / "heldout31")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout31").exists()


def test_the_thirty_second_archive_holds_two_predecessors_and_what_applies_where() -> None:
    """The thirty-second (the Sở Nội vụ of fictional tỉnh Kiến Phong, 2023 – 2026, with the Sở Nội
    vụ tỉnh Vạn Ninh's files received on the merger of the provinces): the last day, the two
    folders, the thirty-first's keys, idents naming two documents (of different issuers or years,
    none in a status case), the decision on what continues to apply where and the Quy chế for the
    whole province as relations and status cases, the Sở's functions across both mergers, the
    labour and social documents with no reform area, the two former provinces' reports and the
    year that sums them, the period traps, and drafts that cite colliding numbers both rightly
    and with the other province's date."""
    truth = HELDOUT32
    assert list(truth) == [k.replace("2026_Q3", "2026_Q2") for k in HELDOUT31]
    docs = truth["documents"]
    by_ident: dict[str, list[dict]] = {}
    for d in docs:
        by_ident.setdefault(d["ident"], []).append(d)
    last = max(d["date"] for d in docs)
    assert last == "2026-10-20"
    assert [d["ident"] for d in docs if d["date"] == last] == ["512/SNV-CCHC"]
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = {d["source"] for d in docs}
    assert len(sources) == len(docs) == 73
    own, received = "So Noi vu", "Ho so SNV Van Ninh (cu) tiep nhan"
    folders = {
        f"{b}/{y}/{x}"
        for b in (own, received)
        for y in range(2023, 2027)
        for x in ("Van ban di", "Van ban den")
    }
    assert all("/".join(s.split("/")[:3]) in folders for s in sources)
    kp, vn = "UBND TỈNH KIẾN PHONG / SỞ NỘI VỤ", "UBND TỈNH VẠN NINH / SỞ NỘI VỤ"
    vn_ub = "ỦY BAN NHÂN DÂN / TỈNH VẠN NINH"
    assert all(d["source"].startswith(received) == (d["issuer"] in (vn, vn_ub)) for d in docs)
    assert max(d["date"] for d in docs if d["issuer"] in (vn, vn_ub)) < "2025-07-01"
    # The collisions: each ident names two documents of different issuers or years, all listed.
    twice = {i: sorted(d["date"] for d in ds) for i, ds in by_ident.items() if len(ds) > 1}
    assert twice == truth["ambiguous_idents"]
    assert len(twice) == 8
    for ident in twice:
        pair = by_ident[ident]
        assert len(pair) == 2
        issuers, years = {d["issuer"] for d in pair}, {d["date"][:4] for d in pair}
        assert len(issuers) == 2 or len(years) == 2, ident
    between = [
        i
        for i in twice
        if {d["issuer"] for d in by_ident[i]}
        in ({kp, vn}, {"ỦY BAN NHÂN DÂN / TỈNH KIẾN PHONG", vn_ub})
    ]
    same_year = [i for i in between if len({d["date"][:4] for d in by_ident[i]}) == 1]
    assert len(same_year) >= 4
    renumbered = [
        i
        for i in twice
        if any(d["issuer"] == kp and d["date"] >= "2025-07-01" for d in by_ident[i])
    ]
    assert len(renumbered) >= 2
    assert all(c["ident"] not in twice for c in truth["status_cases"])
    assert truth["not_documents"][0]["is"] == "draft"
    assert truth["second_files"] == {
        "1580/QĐ-UBND": "So Noi vu/2025/Van ban den/1580_QD-UBND_20250701.docx"
    }
    assert not truth["copies"]
    assert not truth["suspensions"]
    acts = {
        (r["type"], r["source"], r["target"], r["target_scope"], r["effective"])
        for r in truth["relations"]
        if not r["reported"]
    }
    assert {
        ("replaces", "380/QĐ-UBND", "268/QĐ-UBND", None, "2025-03-01"),
        ("replaces", "1602/QĐ-UBND", "380/QĐ-UBND", None, "2025-07-03"),
        ("replaces", "2150/QĐ-UBND", "412/QĐ-UBND", None, "2026-01-01"),
        ("replaces", "2150/QĐ-UBND", "385/QĐ-UBND", None, "2026-01-01"),
        ("replaces", "1890/QĐ-UBND", "1045/QĐ-UBND", None, "2025-09-01"),
        ("replaces", "1890/QĐ-UBND", "980/QĐ-UBND", None, "2025-09-01"),
        ("replaces", "03/QĐ-SNV", "12/QĐ-SNV", None, "2025-07-04"),
        ("replaces", "03/QĐ-SNV", "09/QĐ-SNV", None, "2025-07-04"),
        ("repeals", "1580/QĐ-UBND", "590/QĐ-UBND", None, "2025-07-01"),
        ("repeals", "1580/QĐ-UBND", "620/QĐ-UBND", None, "2025-07-01"),
        ("terminates", "1580/QĐ-UBND", "702/QĐ-UBND", None, "2026-01-01"),
        ("terminates", "1580/QĐ-UBND", "15/KH-UBND", None, "2025-07-01"),
        ("amends", "88/QĐ-SNV", "30/QĐ-SNV", "Điều 4", "2024-10-01"),
        ("amends", "14/QĐ-SNV", "22/QĐ-SNV", "Điều 2", "2026-03-25"),
        ("repeals", "09/QĐ-SNV", "18/QĐ-SNV", "Điều 6", "2026-03-15"),
        ("implements", "86/SNV-CCHC", "312/TB-UBND", None, None),
    } <= acts
    # Keeping 412 and 385 on their territories is no relation.
    assert not [
        a for a in acts if a[1] == "1580/QĐ-UBND" and a[2] in ("412/QĐ-UBND", "385/QĐ-UBND")
    ]
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("412/QĐ-UBND", "2025-09-01")] == "in_force"
    assert cases[("412/QĐ-UBND", "2026-01-01")] == "not_in_force"
    assert cases[("702/QĐ-UBND", "2025-12-31")] == "in_force"
    assert cases[("702/QĐ-UBND", "2026-01-01")] == "not_in_force"
    assert cases[("380/QĐ-UBND", "2025-07-03")] == "not_in_force"
    assert cases[("18/QĐ-SNV", last)] == "partly_in_force"
    assert cases[("22/QĐ-SNV", last)] == "not_in_force"
    assert cases[("30/QĐ-SNV", last)] == "unknown"
    # The year reports of December and the January letters of official figures.
    dated = {(d["ident"], d["date"]) for d in docs}
    assert {
        ("298/BC-SNV", "2024-12-13"),
        ("12/SNV-CCHC", "2025-01-10"),
        ("275/BC-SNV", "2024-12-10"),
        ("08/SNV-CCHC", "2025-01-09"),
        ("68/BC-SNV", "2025-12-12"),
        ("04/SNV-CCHC", "2026-01-09"),
    } <= dated
    sector = {d["ident"] for d in docs if not d["areas"]}
    assert sector == {
        "60/KH-SNV",
        "168/SNV-BTXH",
        "52/KH-SNV",
        "12/KH-SNV",
        "148/SNV-BTXH",
        "35/BC-SNV",
        "410/SNV-LĐVL",
    }
    assert all(
        d["date"] >= "2025-03-01" for d in docs if not d["areas"] and d["ident"] != "60/KH-SNV"
    )
    known = set(by_ident) | {m["ident"] for m in truth["mentioned"]}
    periods = {
        "report_2024": ("2024-01-01", "2024-12-31"),
        "report_2025": ("2025-01-01", "2025-12-31"),
        "report_2026_Q2": ("2026-04-01", "2026-06-30"),
    }
    for key, (start, end) in periods.items():
        main, acceptable = truth[key], truth[f"{key}_acceptable"]
        assert set(main) == set(acceptable) == AREAS, key
        for area, idents in main.items():
            for i in idents:
                # A colliding ident is right if one of its documents fits: the Sở's own.
                fits = [
                    d
                    for d in by_ident[i]
                    if start <= d["date"] <= end and area in d["areas"] and d["issuer"] == kp
                ]
                assert fits, (key, area, i)
                assert all(d["kind"] != "Báo cáo" for d in fits), (key, area, i)
            assert not set(idents) & set(acceptable[area]), (key, area)
        named = set().union(*main.values(), *acceptable.values())
        assert named <= known, key
        assert not named & sector, key
    vn_2024 = {"31/KH-SNV", "275/BC-SNV", "980/QĐ-UBND", "702/QĐ-UBND"}
    assert not vn_2024 & _named_in_report(truth, "report_2024")
    assert "118/KH-SNV" in truth["report_2024_acceptable"]["tuyen_truyen"]
    assert "305/KH-UBND" not in _named_in_report(truth, "report_2025")
    assert {"44/KH-SNV", "01/KH-SNV"} <= set(truth["report_2025"]["kiem_tra"])
    questions = truth["list_questions"]
    assert 20 <= len(questions) <= 24
    assert [q["lang"] for q in questions].count("en") == 4
    figures = truth["figure_questions"]
    assert 14 <= len(figures) <= 18
    assert [q["lang"] for q in figures].count("en") == 3
    drafts = truth["check_drafts"]
    assert [len(d["citations"]) for d in drafts] == [10, 10, 10]
    colliding = [c for d in drafts for c in d["citations"] if c["archive_ident"] in twice]
    assert {c["status"] for c in colliding} == {"verified", "date_mismatch"}
    for draft in drafts:
        cited = [c for c in draft["citations"] if c["archive_ident"] in sector]
        assert len(cited) == 1, draft["id"]
        assert (cited[0]["status"], cited[0]["warning"]) == ("verified", None), draft["id"]
    for key in (f"report_figures_{k.removeprefix('report_')}" for k in periods):
        items = truth[key]
        assert 8 <= len(items) <= 14, key
        assert {i["area"] for i in items} <= AREAS, key
        assert len([i for i in items if i.get("absent")]) == 1, key
        for i in items:
            assert bool(i.get("absent")) == (not i["expected"]) == (not i["sources"]), i
            assert set(i["sources"]) <= sources, i
            assert not set(i["expected"]) & set(i["others"]), i
            assert i["others"], i
    year = truth["report_figures_2024"]
    official = next(i for i in year if i["measure"].startswith("hồ sơ TTHC"))
    assert (official["expected"], official["others"][:3]) == (
        ["698.240"],
        ["701.500", "642.800", "465.720"],
    )
    year = truth["report_figures_2025"]
    assert [i["expected"] for i in year[:3]] == [["1.236.480"], ["361.450"], ["247.100"]]


def test_the_thirty_second_script_writes_two_provinces_and_the_figures_the_truth_names(
    tmp_path: Path,
) -> None:
    """The generator (not the assistant) writes one file per source, the second file and the
    DỰ THẢO, byte-identical on two runs; each file states its own number; every citation
    "… số … ngày …" of a colliding ident names one of its documents by date, and where the
    province is written it agrees; every expected figure of ``report_figures_*`` and of the figure
    questions is written in each of its sources, every other value somewhere in the archive, the
    sector statistics in no CCHC report; what continues to apply where is in 1580/QĐ-UBND; the
    year report says it sums both former provinces; corpus/ is refused."""
    out = tmp_path / "h32"
    assert run_script("make_heldout32_archive.py", out).returncode == 0
    again = tmp_path / "h32b"
    assert run_script("make_heldout32_archive.py", again).returncode == 0

    def tree(root: Path) -> dict[str, bytes]:
        files = (p for p in root.rglob("*") if p.is_file())
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in files}

    first = tree(out)
    assert first == tree(again)
    truth = HELDOUT32
    docs = truth["documents"]
    sources = {d["source"] for d in docs}
    others = {n["file"] for n in truth["not_documents"]} | set(truth["second_files"].values())
    assert set(first) == sources | others
    texts = {name: _docx_or_pdf_text(out / name) for name in first}
    for d in docs:
        assert f"Số: {d['ident']}" in texts[d["source"]], d["source"]
    archive = "\n".join(texts.values())
    items = [i for k in truth if k.startswith("report_figures_") for i in truth[k]]
    for i in [*items, *truth["figure_questions"]]:
        for source in i["sources"]:
            for value in i["expected"]:
                assert value in texts[source], (i.get("measure", i.get("question")), source)
        for value in i["others"]:
            assert value in archive, value
    reports = [
        texts[d["source"]]
        for d in docs
        if d["kind"] == "Báo cáo" and "cải cách hành chính" in d["subject"]
    ]
    sector_values = {v for i in items if i.get("absent") for v in i["others"]}
    assert not any(v in text for v in sector_values for text in reports)
    provinces = {"Kiến Phong": "KIẾN PHONG", "Vạn Ninh": "VẠN NINH"}
    seen = 0
    for ident, dates in truth["ambiguous_idents"].items():
        whose = (
            r"(?: của (?:UBND tỉnh|Giám đốc Sở Nội vụ tỉnh|Sở Nội vụ tỉnh) (Kiến Phong|Vạn Ninh))?"
        )
        written = r" ngày (\d{2})/(\d{1,2})/(\d{4})" + whose
        for m in re.finditer(re.escape(ident) + written, archive):
            iso = f"{m.group(3)}-{int(m.group(2)):02d}-{m.group(1)}"
            assert iso in dates, m.group(0)
            if m.group(4):
                doc = next(d for d in docs if d["ident"] == ident and d["date"] == iso)
                assert provinces[m.group(4)] in doc["issuer"], m.group(0)
            seen += 1
    assert seen >= 15
    src = {(d["ident"], d["date"]): d["source"] for d in docs}
    decision = texts[src[("1580/QĐ-UBND", "2025-07-01")]]
    assert "áp dụng trên địa bàn tỉnh Vạn Ninh (cũ)" in decision
    assert "đến hết ngày 31/12/2025" in decision
    assert "chấm dứt thực hiện kể từ ngày 01/7/2025" in decision
    assert "(Đã ký)" not in texts[truth["second_files"]["1580/QĐ-UBND"]]
    year = texts[src[("68/BC-SNV", "2025-12-12")]]
    assert "gồm số liệu 6 tháng đầu năm của hai tỉnh cũ" in year
    draft = truth["not_documents"][0]["file"]
    assert "874.050" in texts[draft]
    assert "874.050" not in "\n".join(texts[s] for s in sources)
    refused = run_script("make_heldout32_archive.py", REPO / "corpus" / "heldout32")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout32").exists()


def test_the_thirty_third_archive_holds_corrections_withdrawals_and_revised_figures() -> None:
    """The thirty-third (the Sở Tư pháp of fictional tỉnh Liên Sơn, 2022 – 2026): the last day,
    the year folders, the thirty-second's keys, idents naming two documents (of different issuers
    or years, none in a status case), the corrections (no relation; the corrected effective day),
    the decision withdrawn before its day and re-issued, the plan issued again, the Công văn
    cancelled, the decisions effective later than signed, the year reports of December and the
    official figures after them, the reports bổ sung, the sector documents with no reform area,
    the period traps, and drafts that cite a withdrawn decision, a pre-correction date and a
    corrected document rightly."""
    truth = HELDOUT33
    assert list(truth) == [k.replace("2026_Q2", "2026_Q3") for k in HELDOUT32]
    docs = truth["documents"]
    by_ident: dict[str, list[dict]] = {}
    for d in docs:
        by_ident.setdefault(d["ident"], []).append(d)
    last = max(d["date"] for d in docs)
    assert last == "2026-11-16"
    assert [d["ident"] for d in docs if d["date"] == last] == ["210/STP-VP"]
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = {d["source"] for d in docs}
    assert len(sources) == len(docs) == 75
    kept = ("Van ban di", "Van ban den")
    folders = {f"So Tu phap/{y}/{x}" for y in range(2022, 2027) for x in kept}
    assert all("/".join(s.split("/")[:3]) in folders for s in sources)
    stp = "UBND TỈNH LIÊN SƠN / SỞ TƯ PHÁP"
    assert all(("/Van ban di/" in d["source"]) == (d["issuer"] == stp) for d in docs)
    # The collisions: each ident names two documents of different issuers or years, all listed.
    twice = {i: sorted(d["date"] for d in ds) for i, ds in by_ident.items() if len(ds) > 1}
    assert twice == truth["ambiguous_idents"]
    assert len(twice) >= 2
    for ident in twice:
        pair = by_ident[ident]
        assert len(pair) == 2
        issuers, years = {d["issuer"] for d in pair}, {d["date"][:4] for d in pair}
        assert len(issuers) == 2 or len(years) == 2, ident
    assert all(c["ident"] not in twice for c in truth["status_cases"])
    assert truth["not_documents"][0]["is"] == "draft"
    assert truth["second_files"] == {
        "2345/QĐ-UBND": "So Tu phap/2024/Van ban den/2345_QD-UBND_20241218.docx"
    }
    assert not truth["copies"]
    assert not truth["suspensions"]
    acts = {
        (r["type"], r["source"], r["target"], r["target_scope"], r["effective"])
        for r in truth["relations"]
        if not r["reported"]
    }
    assert {
        ("replaces", "845/QĐ-UBND", "410/QĐ-UBND", None, "2024-06-01"),
        ("replaces", "20/KH-STP", "04/KH-STP", None, None),
        ("replaces", "2345/QĐ-UBND", "318/QĐ-UBND", None, "2025-01-01"),
        ("replaces", "95/QĐ-STP", "25/QĐ-STP", None, "2025-07-01"),
        ("repeals", "41/QĐ-STP", "38/QĐ-STP", None, "2025-03-24"),
        ("repeals", "24/QĐ-STP", "55/QĐ-STP", None, "2026-03-02"),
        ("repeals", "118/QĐ-STP", "42/QĐ-STP", "Điều 5", "2026-08-01"),
        ("repeals", "152/STP-VP", "145/STP-VP", None, None),
        ("amends", "120/QĐ-STP", "62/QĐ-STP", "Điều 4", "2024-09-01"),
        ("amends", "160/QĐ-STP", "88/QĐ-STP", "Điều 2", "2025-11-20"),
        ("implements", "175/STP-VP", "156/TB-UBND", None, None),
        ("implements", "285/STP-VP", "412/SNV-CCHC", None, None),
    } <= acts
    # A correction is no relation; the re-issued decision neither replaces nor repeals the other.
    correcting = {"902/QĐ-UBND", "11/QĐ-STP", "655/QĐ-UBND", "270/BC-STP", "178/BC-STP"}
    assert not [a for a in acts if a[1] in correcting and a[0] != "based_on"]
    assert not [a for a in acts if a[1] == "42/QĐ-STP" and a[2] == "38/QĐ-STP"]
    dates = {(d["ident"], d["date"]): d for d in docs}
    assert dates[("845/QĐ-UBND", "2024-04-22")]["effective"] == "2024-06-01"
    assert dates[("2345/QĐ-UBND", "2024-12-18")]["effective"] == "2025-01-01"
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("845/QĐ-UBND", "2024-05-20")] == "not_yet_in_force"
    assert cases[("410/QĐ-UBND", "2024-05-20")] == "in_force"
    assert cases[("845/QĐ-UBND", last)] == "in_force"
    assert cases[("610/QĐ-UBND", last)] == "in_force"
    assert cases[("38/QĐ-STP", "2025-03-20")] == "not_yet_in_force"
    assert cases[("38/QĐ-STP", "2025-04-01")] == "not_in_force"
    assert "in_force" not in {s for (i, _), s in cases.items() if i == "38/QĐ-STP"}
    assert cases[("42/QĐ-STP", last)] == "partly_in_force"
    assert cases[("318/QĐ-UBND", "2024-12-31")] == "in_force"
    assert cases[("318/QĐ-UBND", "2025-01-01")] == "not_in_force"
    assert cases[("2345/QĐ-UBND", "2024-12-20")] == "not_yet_in_force"
    assert cases[("88/QĐ-STP", last)] == "not_in_force"
    assert cases[("52/QĐ-STP", last)] == "unknown"
    # The year reports of December and what gave the official figures after them.
    dated = {(d["ident"], d["date"]) for d in docs}
    assert {
        ("228/BC-STP", "2022-12-12"),
        ("08/STP-VP", "2023-01-10"),
        ("232/BC-STP", "2023-12-11"),
        ("07/STP-VP", "2024-01-10"),
        ("265/BC-STP", "2024-12-13"),
        ("270/BC-STP", "2024-12-20"),
        ("08/STP-VP", "2025-01-09"),
        ("250/BC-STP", "2025-12-12"),
        ("58/BC-STP", "2026-04-03"),
        ("172/BC-STP", "2026-10-05"),
        ("178/BC-STP", "2026-10-20"),
    } <= dated
    sector = {d["ident"] for d in docs if not d["areas"]}
    assert sector == {
        "06/KH-STP",
        "140/STP-HCTP",
        "38/KH-STP",
        "190/STP-BTTP",
        "75/KH-STP",
        "128/STP-HCTP",
        "60/KH-STP",
        "165/STP-BTTP",
    }
    sector_docs = [d for d in docs if not d["areas"]]
    sector = {i for i in sector if i not in twice}
    known = set(by_ident) | {m["ident"] for m in truth["mentioned"]}
    periods = {
        "report_2024": ("2024-01-01", "2024-12-31"),
        "report_2025": ("2025-01-01", "2025-12-31"),
        "report_2026_Q3": ("2026-07-01", "2026-09-30"),
    }
    for key, (start, end) in periods.items():
        main, acceptable = truth[key], truth[f"{key}_acceptable"]
        assert set(main) == set(acceptable) == AREAS, key
        for area, idents in main.items():
            for i in idents:
                # A colliding ident is right if one of its documents fits: the Sở's own.
                fits = [
                    d
                    for d in by_ident[i]
                    if start <= d["date"] <= end and area in d["areas"] and d["issuer"] == stp
                ]
                assert fits, (key, area, i)
                assert all(d["kind"] != "Báo cáo" for d in fits), (key, area, i)
            assert not set(idents) & set(acceptable[area]), (key, area)
        named = set().union(*main.values(), *acceptable.values())
        assert named <= known, key
        assert not named & sector, key
        assert not [d for d in sector_docs if start <= d["date"] <= end and d["ident"] in named]
    # The withdrawn, the replaced plan and the cancelled letter only acceptable; the traps.
    assert "38/QĐ-STP" not in set().union(*truth["report_2025"].values())
    assert "38/QĐ-STP" in _named_in_report(truth, "report_2025")
    assert "04/KH-STP" in truth["report_2024_acceptable"]["chi_dao_dieu_hanh"]
    assert "145/STP-VP" in truth["report_2026_Q3_acceptable"]["chi_dao_dieu_hanh"]
    assert "2345/QĐ-UBND" in _named_in_report(truth, "report_2024")
    assert "288/KH-UBND" not in _named_in_report(truth, "report_2025")
    questions = truth["list_questions"]
    assert 20 <= len(questions) <= 24
    assert 2 <= [q["lang"] for q in questions].count("en") <= 5
    figures = truth["figure_questions"]
    assert 14 <= len(figures) <= 18
    assert 2 <= [q["lang"] for q in figures].count("en") <= 3
    revised = [q for q in figures if q["note"].startswith(("REVISED", "CORRECTED"))]
    assert len(revised) >= 5
    drafts = truth["check_drafts"]
    assert [len(d["citations"]) for d in drafts] == [10, 10, 10]
    cited = {c["written"]: c for d in drafts for c in d["citations"]}
    withdrawn = cited["Quyết định số 38/QĐ-STP ngày 18/3/2025"]
    assert (withdrawn["status"], withdrawn["warning"]) == ("verified", "superseded")
    assert cited["Kế hoạch số 09/KH-UBND ngày 08/01/2025"]["status"] == "date_mismatch"
    corrected = cited["Quyết định số 845/QĐ-UBND ngày 22/4/2024"]
    assert (corrected["status"], corrected["warning"]) == ("verified", None)
    colliding = [c for d in drafts for c in d["citations"] if c["archive_ident"] in twice]
    assert {c["status"] for c in colliding} == {"verified", "date_mismatch"}
    for draft in drafts:
        # By ident and date: 06/KH-STP names a sector plan (2022) and the CCHC plan of 2025.
        pairs = {(d["ident"], d["date"]) for d in sector_docs}
        cited_sector = [
            c for c in draft["citations"] if (c["archive_ident"], c["archive_date"]) in pairs
        ]
        assert len(cited_sector) == 1, draft["id"]
        assert (cited_sector[0]["status"], cited_sector[0]["warning"]) == ("verified", None)
    for key in (f"report_figures_{k.removeprefix('report_')}" for k in periods):
        items = truth[key]
        assert 8 <= len(items) <= 14, key
        assert {i["area"] for i in items} <= AREAS, key
        assert len([i for i in items if i.get("absent")]) == 1, key
        for i in items:
            assert bool(i.get("absent")) == (not i["expected"]) == (not i["sources"]), i
            assert set(i["sources"]) <= sources, i
            assert not set(i["expected"]) & set(i["others"]), i
            assert i["others"], i
    first = [truth[f"report_figures_{k}"][0] for k in ("2024", "2025", "2026_Q3")]
    assert [(i["expected"], i["others"][0]) for i in first] == [
        (["19.386"], "19.500"),
        (["21.874"], "22.000"),
        (["6.310"], "6.240"),
    ]


def test_the_thirty_third_script_writes_corrections_and_the_figures_the_truth_names(
    tmp_path: Path,
) -> None:
    """The generator (not the assistant) writes one file per source, the second file and the
    DỰ THẢO, byte-identical on two runs; each file states its own number; every citation
    "… số … ngày …" of a colliding ident names one of its documents by date; every expected
    figure of ``report_figures_*`` and of the figure questions is written in each of its sources,
    every other value somewhere in the archive, the sector statistics in no CCHC report; the
    corrections state the old and the new text, the withdrawal and the cancellation are written,
    the pre-correction date is in the corrected plan only; corpus/ is refused."""
    out = tmp_path / "h33"
    assert run_script("make_heldout33_archive.py", out).returncode == 0
    again = tmp_path / "h33b"
    assert run_script("make_heldout33_archive.py", again).returncode == 0

    def tree(root: Path) -> dict[str, bytes]:
        files = (p for p in root.rglob("*") if p.is_file())
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in files}

    first = tree(out)
    assert first == tree(again)
    truth = HELDOUT33
    docs = truth["documents"]
    sources = {d["source"] for d in docs}
    others = {n["file"] for n in truth["not_documents"]} | set(truth["second_files"].values())
    assert set(first) == sources | others
    texts = {name: _docx_or_pdf_text(out / name) for name in first}
    for d in docs:
        assert f"Số: {d['ident']}" in texts[d["source"]], d["source"]
    archive = "\n".join(texts.values())
    items = [i for k in truth if k.startswith("report_figures_") for i in truth[k]]
    for i in [*items, *truth["figure_questions"]]:
        for source in i["sources"]:
            for value in i["expected"]:
                assert value in texts[source], (i.get("measure", i.get("question")), source)
        for value in i["others"]:
            assert value in archive, value
    reports = [
        texts[d["source"]]
        for d in docs
        if d["kind"] == "Báo cáo" and "cải cách hành chính" in d["subject"]
    ]
    sector_values = {v for i in items if i.get("absent") for v in i["others"]}
    assert not any(v in text for v in sector_values for text in reports)
    seen = 0
    for ident, dates in truth["ambiguous_idents"].items():
        for m in re.finditer(re.escape(ident) + r" ngày (\d{2})/(\d{1,2})/(\d{4})", archive):
            assert f"{m.group(3)}-{int(m.group(2)):02d}-{m.group(1)}" in dates, m.group(0)
            seen += 1
    assert seen >= 6
    src = {(d["ident"], d["date"]): d["source"] for d in docs}

    def at(ident: str, date: str) -> str:
        return texts[src[(ident, date)]]

    assert '"ngày 15/5/2024" được sửa thành "ngày 01/6/2024"' in at("902/QĐ-UBND", "2024-05-03")
    assert "có hiệu lực kể từ ngày 15/5/2024" in at("845/QĐ-UBND", "2024-04-22")
    assert '"87,35" điểm được sửa thành "88,35" điểm' in at("655/QĐ-UBND", "2025-04-10")
    assert '"08/01/2025" được sửa thành "06/01/2025"' in at("11/QĐ-STP", "2025-01-21")
    wrong = "Kế hoạch số 09/KH-UBND ngày 08/01/2025"
    assert [s for s in sources if wrong in texts[s]] == [src[("06/KH-STP", "2025-01-14")]]
    assert "Thu hồi Quyết định số 38/QĐ-STP ngày 18/3/2025" in at("41/QĐ-STP", "2025-03-24")
    assert "hủy bỏ Công văn số 145/STP-VP ngày 10/8/2026" in at("152/STP-VP", "2026-08-14")
    assert "thay cho số liệu ước tại Báo cáo số 250/BC-STP" in at("58/BC-STP", "2026-04-03")
    assert "(Đã ký)" not in texts[truth["second_files"]["2345/QĐ-UBND"]]
    draft = truth["not_documents"][0]["file"]
    assert "19.870" in texts[draft]
    assert "19.870" not in "\n".join(texts[s] for s in sources)
    refused = run_script("make_heldout33_archive.py", REPO / "corpus" / "heldout33")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout33").exists()


def test_the_thirty_fourth_archive_holds_look_alikes_delegations_and_a_renamed_division() -> None:
    """The thirty-fourth archive's truth: the last day, the 71 sources in the year folders, the
    Ban's own in "Van ban di", the thirty-third's keys, idents naming two documents (of different
    issuers or years, none in a status case), the second file, the look-alikes of several issuers
    and years (the same trích yếu, told apart by issuer and year), the delegation with its term,
    extension, partial end and the new one, the Ban's phân công replaced, the provincial Quy chế
    applying in part, the division renamed, the lives as relations and status cases, the sector
    documents with no reform area, the report lists and period traps, drafts that give the
    province's number with the Ban's date and the Ban's plan with the province's date, cite a
    delegation after its term and look-alikes rightly, and figure questions whose look-alike
    report of another year or issuer holds a near figure."""
    truth = HELDOUT34
    assert list(truth) == list(HELDOUT33)
    docs = truth["documents"]
    by_ident: dict[str, list[dict]] = {}
    for d in docs:
        by_ident.setdefault(d["ident"], []).append(d)
    last = max(d["date"] for d in docs)
    assert last == "2026-10-20"
    assert [d["ident"] for d in docs if d["date"] == last] == ["425/BQL-VP"]
    assert min(d["date"] for d in docs).startswith("2021")
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = {d["source"] for d in docs}
    assert len(sources) == len(docs) == 71
    kept = ("Van ban di", "Van ban den")
    folders = {f"Ban Quan ly KCN/{y}/{x}" for y in range(2021, 2027) for x in kept}
    assert all("/".join(s.split("/")[:3]) in folders for s in sources)
    bql = "UBND TỈNH THANH BÌNH / BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP"
    ub = "ỦY BAN NHÂN DÂN / TỈNH THANH BÌNH"
    assert all(("/Van ban di/" in d["source"]) == (d["issuer"] == bql) for d in docs)
    assert {d["issuer"] for d in docs} == {
        bql,
        ub,
        "UBND TỈNH THANH BÌNH / SỞ NỘI VỤ",
        "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
    }
    # The collisions: each ident names two documents of different issuers or years, all listed.
    twice = {i: sorted(d["date"] for d in ds) for i, ds in by_ident.items() if len(ds) > 1}
    assert twice == truth["ambiguous_idents"]
    assert len(twice) >= 2
    for ident in twice:
        pair = by_ident[ident]
        assert len(pair) == 2
        issuers, years = {d["issuer"] for d in pair}, {d["date"][:4] for d in pair}
        assert len(issuers) == 2 or len(years) == 2, ident
    assert all(c["ident"] not in twice for c in truth["status_cases"])
    assert truth["not_documents"][0]["is"] == "draft"
    assert truth["second_files"] == {
        "890/QĐ-UBND": "Ban Quan ly KCN/2022/Van ban den/890_QD-UBND_20220615.docx"
    }
    assert not truth["copies"]
    assert not truth["suspensions"]
    # Same subject, several issuers and years: one trích yếu, several documents.
    subjects: dict[str, set[str]] = {}
    for d in docs:
        subjects.setdefault(d["subject"], set()).add(d["ident"])
    assert {"512/QĐ-UBND", "1187/QĐ-UBND"} in subjects.values()
    assert {"890/QĐ-UBND", "45/QĐ-UBND"} in subjects.values()
    assert {"30/QĐ-BQL", "70/QĐ-BQL"} in subjects.values()
    assert {"402/QĐ-UBND", "980/QĐ-UBND"} in subjects.values()
    assert {"35/QĐ-BQL", "62/QĐ-BQL"} in subjects.values()
    # By the year each plan is for: 268/KH-UBND (for 2026) is signed in December 2025.
    plans = {
        (d["period"]["from"][:4], d["issuer"]): d["ident"]
        for d in docs
        if d["kind"] == "Kế hoạch" and d["subject"].startswith("Cải cách hành chính")
    }
    for year in ("2021", "2022", "2023", "2024", "2025"):
        assert (year, bql) in plans, year
        assert (year, ub) in plans, year
    assert plans[("2025", bql)] == "07/KH-BQL"
    assert plans[("2025", ub)] == "12/KH-UBND"
    assert "2023" not in next(d["subject"] for d in by_ident["12/KH-BQL"] if d["date"] < "2024")
    acts = {
        (r["type"], r["source"], r["target"], r["target_scope"], r["effective"])
        for r in truth["relations"]
        if not r["reported"]
    }
    assert {
        ("replaces", "1187/QĐ-UBND", "512/QĐ-UBND", None, "2024-05-20"),
        ("replaces", "980/QĐ-UBND", "402/QĐ-UBND", None, "2025-07-01"),
        ("replaces", "62/QĐ-BQL", "35/QĐ-BQL", None, "2025-07-01"),
        ("replaces", "70/QĐ-BQL", "30/QĐ-BQL", None, "2025-07-10"),
        ("amends", "48/QĐ-BQL", "21/QĐ-BQL", "Điều 6", "2024-09-01"),
        ("amends", "1020/QĐ-UBND", "890/QĐ-UBND", "Điều 2", "2024-06-20"),
        ("repeals", "1350/QĐ-UBND", "890/QĐ-UBND", "khoản 3 Điều 1", "2025-10-01"),
        ("repeals", "08/QĐ-BQL", "40/QĐ-BQL", None, "2026-03-05"),
        ("implements", "07/KH-BQL", "12/KH-UBND", None, None),
        ("implements", "380/BQL-VP", "162/TB-UBND", None, None),
        ("implements", "402/BQL-VP", "385/SNV-CCHC", None, None),
        ("implements", "352/BQL-VP", "285/SNV-CCHC", None, None),
    } <= acts
    # The new delegation neither replaces nor amends the old; the Quy chế applying in part is
    # no partial repeal.
    assert not [a for a in acts if a[1] == "45/QĐ-UBND" and a[2] == "890/QĐ-UBND"]
    assert not [a for a in acts if a[2] == "645/QĐ-UBND" and a[0] != "based_on"]
    dates = {(d["ident"], d["date"]): d for d in docs}
    assert dates[("890/QĐ-UBND", "2022-06-15")]["period"] == {
        "from": "2022-07-01",
        "to": "2024-06-30",
    }
    assert dates[("45/QĐ-UBND", "2026-01-06")]["effective"] == "2026-01-10"
    assert dates[("980/QĐ-UBND", "2025-06-20")]["effective"] == "2025-07-01"
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("890/QĐ-UBND", "2022-06-20")] == "not_yet_in_force"
    assert cases[("890/QĐ-UBND", "2024-07-01")] == "in_force"
    assert cases[("890/QĐ-UBND", "2025-10-01")] == "partly_in_force"
    assert cases[("890/QĐ-UBND", "2026-01-01")] == "not_in_force"
    assert cases[("45/QĐ-UBND", "2026-01-08")] == "not_yet_in_force"
    assert cases[("45/QĐ-UBND", last)] == "in_force"
    assert cases[("512/QĐ-UBND", "2024-05-20")] == "not_in_force"
    assert cases[("402/QĐ-UBND", "2025-06-30")] == "in_force"
    assert cases[("402/QĐ-UBND", "2025-07-01")] == "not_in_force"
    assert cases[("30/QĐ-BQL", "2025-07-10")] == "not_in_force"
    assert cases[("645/QĐ-UBND", last)] == "in_force"
    assert cases[("21/QĐ-BQL", last)] == "in_force"
    assert cases[("55/QĐ-BQL", last)] == "unknown"
    # The division renamed: its letters before and after carry its old and new symbol.
    assert {d["date"] < "2025-07-01" for d in docs if d["ident"].endswith("/BQL-QLDN")} == {True}
    assert {d["date"] >= "2025-07-01" for d in docs if d["ident"].endswith("/BQL-QLĐTDN")} == {
        True
    }
    sector = {d["ident"] for d in docs if not d["areas"]}
    assert sector == {
        "215/BQL-QLDN",
        "25/KH-BQL",
        "142/BC-BQL",
        "310/BQL-QLDN",
        "28/KH-BQL",
        "455/BQL-QLĐTDN",
        "388/BQL-MT",
    }
    known = set(by_ident) | {m["ident"] for m in truth["mentioned"]}
    periods = {
        "report_2024": ("2024-01-01", "2024-12-31"),
        "report_2025": ("2025-01-01", "2025-12-31"),
        "report_2026_Q3": ("2026-07-01", "2026-09-30"),
    }
    for key, (start, end) in periods.items():
        main, acceptable = truth[key], truth[f"{key}_acceptable"]
        assert set(main) == set(acceptable) == AREAS, key
        for area, idents in main.items():
            for i in idents:
                # A colliding ident is right if one of its documents fits: the Ban's own.
                fits = [
                    d
                    for d in by_ident[i]
                    if start <= d["date"] <= end and area in d["areas"] and d["issuer"] == bql
                ]
                assert fits, (key, area, i)
                assert all(d["kind"] != "Báo cáo" for d in fits), (key, area, i)
            assert not set(idents) & set(acceptable[area]), (key, area)
        named = set().union(*main.values(), *acceptable.values())
        assert named <= known, key
        assert not named & sector, key
    assert "268/KH-UBND" not in _named_in_report(truth, "report_2025")
    assert "12/KH-UBND" not in _named_in_report(truth, "report_2024")
    assert "05/KH-BQL" in truth["report_2024"]["chi_dao_dieu_hanh"]
    assert "198/BC-BQL" in truth["report_2026_Q3_acceptable"]["thu_tuc_hanh_chinh"]
    questions = truth["list_questions"]
    assert 20 <= len(questions) <= 24
    assert 2 <= [q["lang"] for q in questions].count("en") <= 5
    asked = {q["question"]: q for q in questions}
    assert asked["kế hoạch CCHC năm 2025 của Ban (không phải của tỉnh)"]["expected"] == [
        "07/KH-BQL"
    ]
    delegated = next(q for q in questions if q["question"].startswith("Which decisions delegated"))
    assert set(delegated["expected"]) == {"890/QĐ-UBND", "45/QĐ-UBND"}
    figures = truth["figure_questions"]
    assert 14 <= len(figures) <= 18
    assert 2 <= [q["lang"] for q in figures].count("en") <= 3
    alike = [q for q in figures if q["note"].startswith("LOOK-ALIKE")]
    assert len(alike) >= 5
    drafts = truth["check_drafts"]
    assert [len(d["citations"]) for d in drafts] == [10, 10, 10]
    by_draft = {d["id"]: {c["written"]: c for c in d["citations"]} for d in drafts}
    swapped = by_draft["d1"]["Kế hoạch số 18/KH-UBND ngày 18/01/2024"]
    assert (swapped["status"], swapped["archive_date"]) == ("date_mismatch", "2024-01-08")
    swapped = by_draft["d2"]["Kế hoạch số 07/KH-BQL ngày 09/01/2025"]
    assert (swapped["status"], swapped["archive_date"]) == ("date_mismatch", "2025-01-20")
    ended = by_draft["d3"]["Quyết định số 890/QĐ-UBND ngày 15/6/2022"]
    assert (ended["status"], ended["warning"]) == ("verified", "superseded")
    new = by_draft["d3"]["Quyết định số 45/QĐ-UBND ngày 06/01/2026"]
    assert (new["status"], new["warning"]) == ("verified", None)
    colliding = [c for d in drafts for c in d["citations"] if c["archive_ident"] in twice]
    assert {c["status"] for c in colliding} == {"verified"}
    assert len(colliding) >= 3
    sector_docs = [d for d in docs if not d["areas"]]
    for draft in drafts:
        pairs = {(d["ident"], d["date"]) for d in sector_docs}
        cited_sector = [
            c for c in draft["citations"] if (c["archive_ident"], c["archive_date"]) in pairs
        ]
        assert len(cited_sector) == 1, draft["id"]
        assert (cited_sector[0]["status"], cited_sector[0]["warning"]) == ("verified", None)
    for key in (f"report_figures_{k.removeprefix('report_')}" for k in periods):
        items = truth[key]
        assert 8 <= len(items) <= 14, key
        assert {i["area"] for i in items} <= AREAS, key
        assert len([i for i in items if i.get("absent")]) == 1, key
        for i in items:
            assert bool(i.get("absent")) == (not i["expected"]) == (not i["sources"]), i
            assert set(i["sources"]) <= sources, i
            assert not set(i["expected"]) & set(i["others"]), i
            assert i["others"], i
    first = [truth[f"report_figures_{k}"][0] for k in ("2024", "2025", "2026_Q3")]
    assert [(i["expected"], i["others"][0]) for i in first] == [
        (["4.630"], "5.118"),
        (["5.118"], "4.630"),
        (["1.412"], "1.373"),
    ]


def test_the_thirty_fourth_script_writes_look_alikes_and_the_figures_the_truth_names(
    tmp_path: Path,
) -> None:
    """The generator (not the assistant) writes one file per source, the second file and the
    DỰ THẢO, byte-identical on two runs; each file states its own number; every citation
    "… số … ngày …" of a colliding ident names one of its documents by date; every expected
    figure of ``report_figures_*`` and of the figure questions is written in each of its sources,
    every other value somewhere in the archive, the sector statistics in no CCHC report; the
    delegation's term, extension, partial end and its end, the Quy chế's scope, the renaming and
    the near figures of the province's reports are written; corpus/ is refused."""
    out = tmp_path / "h34"
    assert run_script("make_heldout34_archive.py", out).returncode == 0
    again = tmp_path / "h34b"
    assert run_script("make_heldout34_archive.py", again).returncode == 0

    def tree(root: Path) -> dict[str, bytes]:
        files = (p for p in root.rglob("*") if p.is_file())
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in files}

    first = tree(out)
    assert first == tree(again)
    truth = HELDOUT34
    docs = truth["documents"]
    sources = {d["source"] for d in docs}
    others = {n["file"] for n in truth["not_documents"]} | set(truth["second_files"].values())
    assert set(first) == sources | others
    texts = {name: _docx_or_pdf_text(out / name) for name in first}
    for d in docs:
        assert f"Số: {d['ident']}" in texts[d["source"]], d["source"]
    archive = "\n".join(texts.values())
    items = [i for k in truth if k.startswith("report_figures_") for i in truth[k]]
    for i in [*items, *truth["figure_questions"]]:
        for source in i["sources"]:
            for value in i["expected"]:
                assert value in texts[source], (i.get("measure", i.get("question")), source)
        for value in i["others"]:
            assert value in archive, value
    reports = [
        texts[d["source"]]
        for d in docs
        if d["kind"] == "Báo cáo" and "cải cách hành chính" in d["subject"]
    ]
    sector_values = {v for i in items if i.get("absent") for v in i["others"]}
    assert not any(v in text for v in sector_values for text in reports)
    seen = 0
    for ident, dates in truth["ambiguous_idents"].items():
        for m in re.finditer(re.escape(ident) + r" ngày (\d{2})/(\d{1,2})/(\d{4})", archive):
            assert f"{m.group(3)}-{int(m.group(2)):02d}-{m.group(1)}" in dates, m.group(0)
            seen += 1
    assert seen >= 6
    src = {(d["ident"], d["date"]): d["source"] for d in docs}

    def at(ident: str, date: str) -> str:
        return texts[src[(ident, date)]]

    assert "từ ngày 01/7/2022 đến hết ngày 30/6/2024" in at("890/QĐ-UBND", "2022-06-15")
    assert "đến hết ngày 31/12/2025" in at("1020/QĐ-UBND", "2024-06-20")
    assert "Bãi bỏ khoản 3 Điều 1 Quyết định số 890/QĐ-UBND" in at("1350/QĐ-UBND", "2025-09-15")
    assert "đã kết thúc ngày 31/12/2025" in at("45/QĐ-UBND", "2026-01-06")
    assert "Chương III" in at("645/QĐ-UBND", "2022-05-05")
    renamed = "Đổi tên Phòng Quản lý doanh nghiệp thành Phòng Quản lý đầu tư và doanh nghiệp"
    assert renamed in at("980/QĐ-UBND", "2025-06-20")
    assert "86,1%" in at("398/BC-UBND", "2024-12-20")
    assert "86,4%" in at("205/BC-BQL", "2024-12-12")
    assert "86,4%" not in at("398/BC-UBND", "2024-12-20")
    assert "năm 2023" in at("12/KH-BQL", "2023-01-16")
    assert "(Đã ký)" not in texts[truth["second_files"]["890/QĐ-UBND"]]
    draft = truth["not_documents"][0]["file"]
    assert "4.270" in texts[draft]
    assert "4.270" not in "\n".join(texts[s] for s in sources)
    refused = run_script("make_heldout34_archive.py", REPO / "corpus" / "heldout34")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout34").exists()



def test_the_thirty_fifth_archive_holds_the_periods_figures_official_and_corrected() -> None:
    """The thirty-fifth (blind) archive's truth: the last day, the sources in the year folders
    and the "Bao cao" folder, the Sở's own in "Van ban di" or "Bao cao", the thirty-fourth's keys
    with this archive's report keys, the colliding idents (each two documents of different
    issuers or years, all listed, none in a status case), the second file, the suspension, the
    reports of every period, the year reports of December and the letters of official figures
    that replace them, the đính chính, the Chỉ số of year X decided in X+1, the plans' targets
    and the plan amended mid-year, the lives as relations and status cases, the sector documents
    with no reform area, the report lists and period traps, drafts that cite a replaced Quy chế
    and a report with another period's date, and figure questions whose other period or
    preliminary value is a near figure."""
    truth = HELDOUT35
    assert [k.replace("2026_Q2", "2026_Q3") for k in truth] == list(HELDOUT34)
    docs = truth["documents"]
    by_ident: dict[str, list[dict]] = {}
    for d in docs:
        by_ident.setdefault(d["ident"], []).append(d)
    last = max(d["date"] for d in docs)
    assert last == "2026-11-20"
    assert [d["ident"] for d in docs if d["date"] == last] == ["470/SCT-VP"]
    assert min(d["date"] for d in docs).startswith("2022")
    assert {q["as_of"] for q in truth["list_questions"] if "as_of" in q} == {last}
    sources = {d["source"] for d in docs}
    assert len(sources) == len(docs) == 67
    kept = ("Van ban di", "Van ban den")
    folders = {f"So Cong Thuong/{y}/{x}" for y in range(2022, 2027) for x in kept}
    in_reports = "So Cong Thuong/Bao cao/"
    assert all("/".join(s.split("/")[:3]) in folders or s.startswith(in_reports) for s in sources)
    sct = "UBND TỈNH PHÚ DIÊN / SỞ CÔNG THƯƠNG"
    ub = "ỦY BAN NHÂN DÂN / TỈNH PHÚ DIÊN"
    own = ("/Van ban di/", "/Bao cao/")
    assert all(any(o in d["source"] for o in own) == (d["issuer"] == sct) for d in docs)
    assert len([s for s in sources if "/Bao cao/" in s]) >= 6
    assert any(s.endswith("/scan_0412.pdf") for s in sources)
    snv = "UBND TỈNH PHÚ DIÊN / SỞ NỘI VỤ"
    assert {d["issuer"] for d in docs} == {sct, ub, snv, "BỘ CÔNG THƯƠNG"}
    twice = {i: sorted(d["date"] for d in ds) for i, ds in by_ident.items() if len(ds) > 1}
    assert twice == truth["ambiguous_idents"]
    assert len(twice) >= 2
    for ident in twice:
        pair = by_ident[ident]
        assert len(pair) == 2
        issuers, years = {d["issuer"] for d in pair}, {d["date"][:4] for d in pair}
        assert len(issuers) == 2 or len(years) == 2, ident
    assert all(c["ident"] not in twice for c in truth["status_cases"])
    assert truth["not_documents"][0]["is"] == "draft"
    assert truth["second_files"] == {
        "1290/QĐ-UBND": "So Cong Thuong/2024/Van ban den/1290_QD-UBND_20240614.docx"
    }
    assert not truth["copies"]
    assert [(s["ident"], s["by"], s["from"], s["to"]) for s in truth["suspensions"]] == [
        ("52/QĐ-SCT", "30/QĐ-SCT", "2025-04-01", "2025-06-30")
    ]
    # Reports of every period, several years.
    reports = [d for d in docs if d["kind"] == "Báo cáo" and d["areas"]]
    periods = {(d["period"]["from"], d["period"]["to"]) for d in reports}
    for year in ("2024", "2025"):
        for end in ("03-31", "06-30", "09-30", "12-31"):
            assert (f"{year}-01-01", f"{year}-{end}") in periods, (year, end)
    assert ("2026-04-01", "2026-06-30") in periods
    # The Chỉ số of year X, decided in year X+1.
    index = {
        d["period"]["from"][:4]: d["date"][:4]
        for d in docs
        if d["subject"].startswith("Phê duyệt kết quả Chỉ số")
    }
    assert index == {"2022": "2023", "2023": "2024", "2024": "2025", "2025": "2026"}
    # The plans of each year, and the 2026 plan amended mid-year.
    plans = {
        d["period"]["from"][:4]: d["ident"]
        for d in docs
        if d["issuer"] == sct and d["subject"].startswith("Cải cách hành chính năm")
    }
    assert plans == {
        "2022": "05/KH-SCT",
        "2023": "06/KH-SCT",
        "2024": "09/KH-SCT",
        "2025": "07/KH-SCT",
        "2026": "06/KH-SCT",
    }
    acts = {
        (r["type"], r["source"], r["target"], r["target_scope"], r["effective"])
        for r in truth["relations"]
        if not r["reported"]
    }
    assert {
        ("replaces", "1290/QĐ-UBND", "615/QĐ-UBND", None, "2024-07-01"),
        ("replaces", "88/QĐ-SCT", "25/QĐ-SCT", None, "2025-08-01"),
        ("amends", "70/QĐ-SCT", "40/QĐ-SCT", "Điều 5", "2024-08-01"),
        ("amends", "92/QĐ-SCT", "60/QĐ-SCT", "Điều 2", "2024-12-05"),
        ("repeals", "455/QĐ-UBND", "1290/QĐ-UBND", "Mục II", "2026-06-01"),
        ("amends", "45/KH-SCT", "06/KH-SCT", "khoản 1 Mục II", "2026-06-12"),
        ("implements", "352/SCT-VP", "205/TB-UBND", None, None),
        ("implements", "318/SCT-VP", "312/SNV-CCHC", None, None),
        ("implements", "368/SCT-VP", "268/SNV-CCHC", None, None),
        ("implements", "45/KH-SCT", "195/SNV-CCHC", None, None),
        ("implements", "06/KH-SCT", "275/KH-UBND", None, None),
    } <= acts
    # The letters of official figures, the đính chính and the suspension are no relation.
    assert not [a for a in acts if a[1] in ("05/SCT-VP", "298/SCT-VP")]
    assert not [a for a in acts if a[1] == "30/QĐ-SCT" and a[0] != "based_on"]
    cases = {(c["ident"], c["as_of"]): c["status"] for c in truth["status_cases"]}
    assert cases[("615/QĐ-UBND", "2024-06-20")] == "in_force"
    assert cases[("615/QĐ-UBND", "2024-07-01")] == "not_in_force"
    assert cases[("1290/QĐ-UBND", last)] == "partly_in_force"
    assert cases[("25/QĐ-SCT", "2025-08-01")] == "not_in_force"
    assert cases[("40/QĐ-SCT", last)] == "in_force"
    assert cases[("52/QĐ-SCT", "2025-05-15")] == "not_in_force"
    assert cases[("52/QĐ-SCT", "2025-07-01")] == "in_force"
    assert cases[("60/QĐ-SCT", "2025-01-15")] == "in_force"
    assert cases[("60/QĐ-SCT", "2025-07-01")] == "not_in_force"
    assert cases[("78/QĐ-SCT", last)] == "unknown"
    sector = {d["ident"] for d in docs if not d["areas"]}
    assert sector == {
        "118/SCT-QLTM",
        "35/KH-SCT",
        "205/SCT-KTAT",
        "40/KH-SCT",
        "75/BC-SCT",
        "218/SCT-QLTM",
        "268/SCT-KTAT",
    }
    known = set(by_ident) | {m["ident"] for m in truth["mentioned"]}
    periods_ = {
        "report_2024": ("2024-01-01", "2024-12-31"),
        "report_2025": ("2025-01-01", "2025-12-31"),
        "report_2026_Q2": ("2026-04-01", "2026-06-30"),
    }
    for key, (start, end) in periods_.items():
        main, acceptable = truth[key], truth[f"{key}_acceptable"]
        assert set(main) == set(acceptable) == AREAS, key
        for area, idents in main.items():
            for i in idents:
                fits = [
                    d
                    for d in by_ident[i]
                    if start <= d["date"] <= end and area in d["areas"] and d["issuer"] == sct
                ]
                assert fits, (key, area, i)
                assert all(d["kind"] != "Báo cáo" for d in fits), (key, area, i)
            assert not set(idents) & set(acceptable[area]), (key, area)
        named = set().union(*main.values(), *acceptable.values())
        assert named <= known, key
        assert not named & sector, key
        assert not {"05/SCT-VP", "298/SCT-VP"} & set().union(*main.values()), key
    assert "275/KH-UBND" not in _named_in_report(truth, "report_2025")
    assert "142/BC-SCT" in truth["report_2026_Q2_acceptable"]["thu_tuc_hanh_chinh"]
    questions = truth["list_questions"]
    assert 20 <= len(questions) <= 24
    assert 2 <= [q["lang"] for q in questions].count("en") <= 5
    asked = {q["question"]: q for q in questions}
    assert set(asked["kế hoạch CCHC năm 2026 và văn bản điều chỉnh"]["expected"]) == {
        "06/KH-SCT",
        "45/KH-SCT",
    }
    assert set(asked["which letters corrected or replaced a report's figures"]["expected"]) == {
        "05/SCT-VP",
        "298/SCT-VP",
    }
    assert asked["Quyết định công bố Chỉ số CCHC năm 2024"]["expected"] == ["298/QĐ-UBND"]
    figures = truth["figure_questions"]
    assert 18 <= len(figures) <= 22
    assert 3 <= [q["lang"] for q in figures].count("en") <= 4
    notes = [q["note"] for q in figures]
    assert len([n for n in notes if n.startswith("OTHER PERIOD")]) >= 8
    assert len([n for n in notes if n.startswith(("OFFICIAL", "CORRECTED"))]) >= 2
    index_q = next(q for q in figures if q["question"].startswith("Chỉ số cải cách hành chính"))
    assert (index_q["year"], index_q["expected"], index_q["others"][0]) == (
        "2024",
        ["88,47"],
        "86,02",
    )
    drafts = truth["check_drafts"]
    assert [len(d["citations"]) for d in drafts] == [10, 10, 10]
    by_draft = {d["id"]: {c["written"]: c for c in d["citations"]} for d in drafts}
    other_period = by_draft["d1"]["Báo cáo số 141/BC-SCT ngày 03/4/2024"]
    assert (other_period["status"], other_period["archive_date"]) == ("date_mismatch", "2024-07-02")
    replaced = by_draft["d2"]["Quyết định số 25/QĐ-SCT ngày 02/3/2022"]
    assert (replaced["status"], replaced["warning"]) == ("verified", "superseded")
    corrected = by_draft["d3"]["Báo cáo số 142/BC-SCT ngày 03/7/2026"]
    assert (corrected["status"], corrected["warning"]) == ("verified", None)
    colliding = [c for d in drafts for c in d["citations"] if c["archive_ident"] in twice]
    assert {c["status"] for c in colliding} == {"verified"}
    assert len(colliding) >= 3
    sector_docs = {(d["ident"], d["date"]) for d in docs if not d["areas"]}
    for draft in drafts:
        cited = [
            c
            for c in draft["citations"]
            if (c["archive_ident"], c["archive_date"]) in sector_docs
        ]
        assert len(cited) == 1, draft["id"]
        assert (cited[0]["status"], cited[0]["warning"]) == ("verified", None)
    for key in (f"report_figures_{k.removeprefix('report_')}" for k in periods_):
        items = truth[key]
        assert 8 <= len(items) <= 14, key
        assert {i["area"] for i in items} <= AREAS, key
        assert len([i for i in items if i.get("absent")]) == 1, key
        for i in items:
            assert bool(i.get("absent")) == (not i["expected"]) == (not i["sources"]), i
            assert set(i["sources"]) <= sources, i
            assert not set(i["expected"]) & set(i["others"]), i
            assert i["others"], i
    first = [truth[f"report_figures_{k}"][0] for k in ("2024", "2025", "2026_Q2")]
    assert [(i["expected"], i["others"][0]) for i in first] == [
        (["15.618"], "14.362"),
        (["17.246"], "15.904"),
        (["4.470"], "4.105"),
    ]


def test_the_thirty_fifth_script_writes_the_periods_figures_the_truth_names(
    tmp_path: Path,
) -> None:
    """The generator (not the assistant) writes one file per source, the second file and the
    DỰ THẢO, byte-identical on two runs; each file states its own number; every citation
    "… số … ngày …" of a colliding ident names one of its documents by date; every expected
    figure of ``report_figures_*`` and of the figure questions is written in each of its sources,
    every other value somewhere in the archive, the sector statistics in no CCHC report; the
    preliminary figures and their official replacements, the wrong figure and its đính chính, the
    last-year figures beside this year's, the amended target and the suspension are written;
    corpus/ is refused."""
    out = tmp_path / "h35"
    assert run_script("make_heldout35_archive.py", out).returncode == 0
    again = tmp_path / "h35b"
    assert run_script("make_heldout35_archive.py", again).returncode == 0

    def tree(root: Path) -> dict[str, bytes]:
        files = (p for p in root.rglob("*") if p.is_file())
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in files}

    first = tree(out)
    assert first == tree(again)
    truth = HELDOUT35
    docs = truth["documents"]
    sources = {d["source"] for d in docs}
    others = {n["file"] for n in truth["not_documents"]} | set(truth["second_files"].values())
    assert set(first) == sources | others
    texts = {name: _docx_or_pdf_text(out / name) for name in first}
    for d in docs:
        assert f"Số: {d['ident']}" in texts[d["source"]], d["source"]
    archive = "\n".join(texts.values())
    items = [i for k in truth if k.startswith("report_figures_") for i in truth[k]]
    for i in [*items, *truth["figure_questions"]]:
        for source in i["sources"]:
            for value in i["expected"]:
                assert value in texts[source], (i.get("measure", i.get("question")), source)
        for value in i["others"]:
            assert value in archive, value
    reports = [
        texts[d["source"]]
        for d in docs
        if d["kind"] == "Báo cáo" and "cải cách hành chính" in d["subject"]
    ]
    sector_values = {v for i in items if i.get("absent") for v in i["others"]}
    assert not any(v in text for v in sector_values for text in reports)
    seen = 0
    for ident, dates in truth["ambiguous_idents"].items():
        for m in re.finditer(re.escape(ident) + r" ngày (\d{2})/(\d{1,2})/(\d{4})", archive):
            assert f"{m.group(3)}-{int(m.group(2)):02d}-{m.group(1)}" in dates, m.group(0)
            seen += 1
    assert seen >= 6
    src = {(d["ident"], d["date"]): d["source"] for d in docs}

    def at(ident: str, date: str) -> str:
        return texts[src[(ident, date)]]

    assert "ước cả năm 15.700 hồ sơ" in at("262/BC-SCT", "2024-12-10")
    assert "15.618" not in at("262/BC-SCT", "2024-12-10")
    official = at("05/SCT-VP", "2025-01-07")
    assert "thay cho số liệu tại Báo cáo số 262/BC-SCT" in official
    assert "tăng so với 93,4% năm 2023" in official
    assert "thay cho số liệu tại Báo cáo số 255/BC-SCT" in at("05/SCT-VP", "2026-01-07")
    assert "17.246" not in at("255/BC-SCT", "2025-12-10")
    assert "trễ hạn 52 hồ sơ" in at("142/BC-SCT", "2026-07-03")
    assert "trễ hạn 25 hồ sơ" not in at("142/BC-SCT", "2026-07-03")
    assert "sửa thành" in at("298/SCT-VP", "2026-07-10")
    assert "Chỉ số cải cách hành chính năm 2024" in at("298/QĐ-UBND", "2025-03-28")
    assert "88,47" not in at("356/QĐ-UBND", "2024-04-05")
    assert "Sửa đổi khoản 1 Mục II" in at("45/KH-SCT", "2026-06-12")
    assert "tối thiểu 90%" in at("06/KH-SCT", "2026-01-14")
    assert "từ ngày 01/4/2025 đến hết ngày 30/6/2025" in at("30/QĐ-SCT", "2025-03-25")
    assert "Tờ trình số 21/TTr-SCT" in at("1290/QĐ-UBND", "2024-06-14")
    assert "(Đã ký)" not in texts[truth["second_files"]["1290/QĐ-UBND"]]
    draft = truth["not_documents"][0]["file"]
    assert "8.260" in texts[draft]
    assert "8.260" not in "\n".join(texts[s] for s in sources)
    refused = run_script("make_heldout35_archive.py", REPO / "corpus" / "heldout35")
    assert refused.returncode != 0
    assert not (REPO / "corpus" / "heldout35").exists()

def check_stated_effects(truth: dict, folder: Path) -> None:
    """Each own act in ``truth`` is written in its file: the target's number, the effect date."""
    docs = {d["ident"]: d for d in truth["documents"]}
    checked = 0
    for rel in truth["relations"]:
        if rel["reported"] or rel["type"] == "based_on" or not isinstance(rel["target"], str):
            continue
        # PDF lines wrap: compare with runs of white space made single spaces.
        text = " ".join(load_document(folder / rel["stated_in"], root=folder).text.split())
        assert rel["target"] in text, rel
        if rel["effective"] and rel["effective"] != docs[rel["source"]]["date"]:
            y, m, d = rel["effective"].split("-")
            written = (f"{d}/{int(m)}/{y}", f"{d}/{m}/{y}", f"ngày {d} tháng {int(m)} năm {y}")
            assert any(w in text for w in written), rel
        checked += 1
    assert checked >= 5


def test_stated_effects_are_in_the_acting_files() -> None:
    check_stated_effects(TRUTH, CORPUS)


def test_heldout_stated_effects_are_in_the_acting_files(heldout: Path) -> None:
    check_stated_effects(HELDOUT, heldout)


def test_the_heldout_script_is_deterministic_and_stays_out_of_corpus(
    heldout: Path, tmp_path: Path
) -> None:
    again = make_samples(tmp_path / "again", "make_heldout_archive.py")
    assert again == {p.name: p.read_bytes() for p in heldout.iterdir()}
    refused = run_script("make_heldout_archive.py", REPO / "corpus" / "heldout")
    assert refused.returncode != 0
    assert "corpus/" in refused.stderr
    assert not (REPO / "corpus" / "heldout").exists()


def test_the_heldout_archive_agrees_with_its_truth(heldout: Path) -> None:
    files = sorted(heldout.iterdir())
    assert {".pdf", ".docx", ".txt"} == {p.suffix for p in files}
    expected = {d["source"]: d for d in HELDOUT["documents"] if d["source"]}
    assert {p.name for p in files} == set(expected)
    for path in files:
        doc = expected[path.name]
        loaded = load_document(path, root=heldout)
        identity = loaded.identity
        assert (identity.ident, identity.date, identity.kind, identity.issuer) == (
            doc["ident"],
            doc["date"],
            doc["kind"],
            doc["issuer"],
        ), path.name
        assert identity.subject == doc["subject"], path.name
        lines = [line for line in loaded.text.splitlines() if line.strip()]
        assert "MẪU" in lines[0]
        assert "MẪU" in lines[-1]
    sample_idents = {d["ident"] for d in TRUTH["documents"]}
    assert not sample_idents & {d["ident"] for d in HELDOUT["documents"]}
