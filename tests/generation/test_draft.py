"""Drafts of report sections: composed without an LLM, generated with one, exported to Word."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from langchain_core.language_models.fake_chat_models import (
    FakeListChatModel,
    GenericFakeChatModel,
)
from langchain_core.messages import AIMessage

from assistant.citations import RegistryEntry
from assistant.citations.issuers import Organ
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.docx_export import export_docx
from assistant.generation.draft import Draft, Drafter, Home, document_sentence
from assistant.retrieval.search import Searcher

PROMPT = "Soạn mục Cải cách tổ chức bộ máy cho báo cáo CCHC năm 2021"


@pytest.fixture(scope="module")
def seed_draft(seed_answerer: Answerer) -> Draft:
    return Drafter(seed_answerer).draft(PROMPT)


def test_draft_without_llm_has_the_report_shape(seed_draft: Draft) -> None:
    lines = seed_draft.text.splitlines()
    assert lines[0] == "1. Cải cách tổ chức bộ máy"
    assert "a) Công tác tham mưu, ban hành văn bản" in lines
    assert "b) Kết quả thực hiện" in lines
    assert (
        "- Đã tham mưu UBND tỉnh ban hành Quyết định số 1753/QĐ-UBND ngày 28/6/2021 "
        "về việc sắp xếp cơ cấu tổ chức Sở Khoa học và Công nghệ." in lines
    )
    assert seed_draft.mode == "extractive"


def test_every_citation_of_the_draft_verifies(seed_draft: Draft) -> None:
    assert seed_draft.findings
    assert {f.status for f in seed_draft.findings} == {"verified"}
    assert "⚠" not in seed_draft.text
    assert {c["ident"] for c in seed_draft.citations} >= {"1753/QĐ-UBND"}
    assert {f.ident for f in seed_draft.findings} == {c["ident"] for c in seed_draft.citations}


def test_the_draft_keeps_to_its_topic(seed_draft: Draft) -> None:
    # Before the drafter weighed which sections search lifts (bench/draft.py), this
    # section cited inspection notices and ISO plans, and quoted a Covid-19 sentence.
    cited = {c["ident"] for c in seed_draft.citations}
    assert {"1753/QĐ-UBND", "1908/QĐ-UBND", "2573/QĐ-UBND", "3789/QĐ-UBND"} <= cited
    assert not cited & {"81/TB-VPCP", "1503/TB-SKH&CN", "4806/KH-UBND", "28/KH-SKHHCN"}
    results = seed_draft.text.split("b) Kết quả thực hiện", 1)[1]
    assert "Trung tâm Kỹ thuật TĐC: 16 người" in results
    assert "32 biên chế" in results
    assert "Covid" not in results


def test_no_draft_cites_a_year_it_was_not_asked_for(seed_draft: Draft) -> None:
    assert all(c["date"] is None or c["date"].startswith("2021") for c in seed_draft.citations)


def test_docx_export_reads_back(seed_draft: Draft, tmp_path: Path) -> None:
    path = export_docx(seed_draft, tmp_path / "out" / "muc-3.docx")
    document = docx.Document(str(path))
    styled = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Heading 1", "1. Cải cách tổ chức bộ máy") in styled
    assert ("Heading 2", "a) Công tác tham mưu, ban hành văn bản") in styled
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Quyết định số 1753/QĐ-UBND ngày 28/6/2021" in body
    assert "1753/QĐ-UBND (2021-06-28)" in body  # the closing list of cited documents


def test_llm_draft_is_checked_and_exports_its_markers(
    seed_settings: Settings, seed_searcher: Searcher, tmp_path: Path
) -> None:
    reply = (
        "1. Cải cách tổ chức bộ máy\n\na) Sắp xếp tổ chức\n\n"
        "- Đã tham mưu UBND tỉnh ban hành Quyết định số 1753/QĐ-UBND ngày 29/6/2021 "
        "về việc sắp xếp cơ cấu tổ chức Sở.\n"
        "- Đã ban hành Quyết định số 9999/QĐ-UBND ngày 01/01/2021.\n"
    )
    llm = GenericFakeChatModel(messages=iter([AIMessage(content=reply)]))
    draft = Drafter(Answerer(seed_settings, searcher=seed_searcher, llm=llm)).draft(PROMPT)
    assert draft.mode == "llm"
    assert [f.status for f in draft.findings] == ["date_mismatch", "not_found"]
    assert draft.text.count("⚠[chưa xác minh") == 2
    path = export_docx(draft, tmp_path / "llm.docx")
    runs = [r for p in docx.Document(str(path)).paragraphs for r in p.runs if "⚠" in r.text]
    assert len(runs) == 2
    assert all(r.font.color.rgb is not None for r in runs)


def test_llm_draft_falls_back_when_the_model_fails(
    seed_settings: Settings, seed_searcher: Searcher
) -> None:
    down = FakeListChatModel(responses=["x"], error_on_chunk_number=0)
    draft = Drafter(Answerer(seed_settings, searcher=seed_searcher, llm=down)).draft(PROMPT)
    assert draft.mode == "fallback"
    assert "không phản hồi" in (draft.notice or "")
    assert {f.status for f in draft.findings} == {"verified"}


def test_the_sentence_for_a_document_follows_whose_archive_it_is() -> None:
    """A district's own decisions are its own ("Đã ban hành"), the province's are carried
    out; a Sở advises its tỉnh's committee; its own Tờ trình "Sở đã có"."""

    def entry(ident: str, issuer: str, code: str, header: str | None, kind: str) -> RegistryEntry:
        return RegistryEntry(
            ident,
            ident.lower(),
            2024,
            kind,
            code,
            issuer,
            "2024-03-20",
            own_source="f.txt" if header else None,
            issuer_name=header,
        )

    district = Home("UBND", Organ(frozenset({"ubnd"}), None, "huyen", "dong son"))
    own = entry("57/KH-UBND", "UBND", "KH", "ỦY BAN NHÂN DÂN / HUYỆN ĐÔNG SƠN", "Kế hoạch")
    assert document_sentence(own, home=district).startswith("Đã ban hành Kế hoạch số 57/KH-UBND")
    province = entry("612/QĐ-UBND", "UBND", "QĐ", "ỦY BAN NHÂN DÂN / TỈNH HÀ TRUNG", "Quyết định")
    assert document_sentence(province, home=district).startswith("Thực hiện Quyết định số 612")
    proposal = entry("71/TTr-PNV", "PNV", "TTr", "UBND HUYỆN ĐÔNG SƠN / PHÒNG NỘI VỤ", "Tờ trình")
    phong = Home("PNV", Organ(frozenset({"phong"}), "nv", "huyen", "dong son"))
    assert document_sentence(proposal, home=phong).startswith("Đã trình Tờ trình số 71/TTr-PNV")
    committee = entry("15/QĐ-UBND", "UBND", "QĐ", "ỦY BAN NHÂN DÂN / HUYỆN ĐÔNG SƠN", "Quyết định")
    assert document_sentence(committee, home=phong).startswith(
        "Đã tham mưu UBND huyện ban hành Quyết định số 15/QĐ-UBND"
    )
    sở = Home("STP", Organ(frozenset({"so"}), "tp", "tinh", "binh son"))
    mine = entry("41/QĐ-STP", "STP", "QĐ", "UBND TỈNH BÌNH SƠN / SỞ TƯ PHÁP", "Quyết định")
    assert document_sentence(mine, home=sở).startswith("Sở đã ban hành Quyết định số 41/QĐ-STP")
    on_it = entry("1120/QĐ-UBND", "UBND", "QĐ", "ỦY BAN NHÂN DÂN / TỈNH BÌNH SƠN", "Quyết định")
    assert document_sentence(on_it, home=sở).startswith("Đã tham mưu UBND tỉnh ban hành")
