"""Pinpoint lookup: questions that name an article get that article first."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.citations import Registry
from assistant.ingest import chunk_document, load_document
from assistant.models import Chunk
from assistant.retrieval.lexical import LexicalIndex
from assistant.retrieval.pinpoint import ArticleTable, parse_pinpoints
from assistant.retrieval.search import Fusion, Searcher
from assistant.retrieval.texts import chunk_cites, lexical_text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Theo Điều 143, luật Tố tụng hành chính 2015, đương sự có quyền gì?",
            [("143", None, None, "luat to tung hanh chinh 2015", ())],
        ),
        (
            "khoản 2 Điều 3 Nghị định 54/2016/NĐ-CP quy định gì?",
            [("3", "2", None, "nghi dinh 54/2016/nd-cp quy dinh gi", ("54/2016/nd-cp",))],
        ),
        (
            "Điều 5 Quyết định 1753/QĐ-UBND giao việc cho ai",
            [("5", None, None, "quyet dinh 1753/qd-ubnd giao viec cho ai", ("1753/qd-ubnd",))],
        ),
        (
            "Theo Điều 5: Áp dụng tập quán, trong Bộ luật dân sự 2015, tập quán là gì?",
            [("5", None, None, "bo luat dan su 2015", ())],
        ),
        (
            "điểm b khoản 1 Điều 142 của Bộ luật Hình sự",
            [("142", "1", "b", "bo luat hinh su", ())],
        ),
        ("theo dieu 12 luat an ninh mang 2018", [("12", None, None, "luat an ninh mang 2018", ())]),
        # No law named, or "this law": nothing is pinned.
        ("hành vi quy định tại Điều 322 của Bộ luật này thì bị phạt thế nào?", []),
        ("các Điều 125, 126, 127, 128 và 129 của Bộ luật này", []),
        ("Điều kiện để giải quyết tranh chấp bằng trọng tài là gì?", []),
        ("Điều 7 quy định những gì?", []),
    ],
)
def test_parse_pinpoints(question: str, expected: list[tuple]) -> None:
    got = [
        (p.article, p.clause, p.point, p.law, tuple(q.key for q in p.idents))
        for p in parse_pinpoints(question)
    ]
    assert got == expected


ARTICLES = {
    "luat-du-lich__dieu-39.txt": "Luật Du lịch\n\nĐiều 39.\nHợp đồng lữ hành\n\n"
    "1. Hợp đồng lữ hành là sự thỏa thuận giữa doanh nghiệp và khách du lịch.\n\n"
    "2. Hợp đồng lữ hành phải được lập thành văn bản.\n",
    "luat-du-lich__dieu-40.txt": "Luật Du lịch\n\nĐiều 40.\nQuyền của khách du lịch\n\n"
    "Khách du lịch có quyền khởi kiện doanh nghiệp lữ hành.\n",
    "luat-to-tung-hanh-chinh__dieu-39.txt": "Luật Tố tụng hành chính\n\nĐiều 39.\n"
    "Thẩm quyền của Tòa án\n\nTòa án có quyền giải quyết khiếu kiện về hợp đồng.\n",
    "luat-to-tung-hanh-chinh__dieu-143.txt": "Luật Tố tụng hành chính\n\nĐiều 143.\n"
    "Đình chỉ giải quyết vụ án\n\n1. Người khởi kiện rút đơn khởi kiện.\n",
    "91-2015-qh13__dieu-16.txt": "91/2015/QH13\n\nĐiều 16.\nNăng lực pháp luật dân sự của "
    "cá nhân\n\n1. Năng lực pháp luật dân sự của cá nhân là khả năng có quyền dân sự.\n",
    "luat-phong-chong-ma-tuy__dieu-2.txt": "Luật Phòng, chống ma túy\n\nĐiều 2.\n"
    "Giải thích từ ngữ\n\n1. Chất ma túy là chất gây nghiện.\n",
    "qd-1753.txt": "UỶ BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\n\nSố: 1753/QĐ-UBND\n\n"
    "Khánh Hòa, ngày 20 tháng 7 năm 2021\n\nQUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch\n\n"
    "Điều 1. Phê duyệt kế hoạch cải cách hành chính.\n\n"
    "Điều 2. Hợp đồng lữ hành của Sở được lập thành văn bản.\n\n"
    "Điều 5. Sở Nội vụ chịu trách nhiệm thi hành Quyết định này.\n",
}


def chunks_of(texts: dict[str, str], root: Path) -> list[Chunk]:
    """The chunks of ``texts`` (file name → text) written as files under ``root``."""
    out: list[Chunk] = []
    for name, text in texts.items():
        (root / name).write_text(text, encoding="utf-8")
        out.extend(chunk_document(load_document(root / name, root=root)))
    return out


@pytest.fixture(scope="module")
def chunks(tmp_path_factory: pytest.TempPathFactory) -> list[Chunk]:
    return chunks_of(ARTICLES, tmp_path_factory.mktemp("articles"))


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("Theo Điều 39 Luật Du lịch, hợp đồng lữ hành là gì?", "luat-du-lich__dieu-39.txt"),
        ("Theo Điều 39, luật Tố tụng hành chính 2015, Tòa án có quyền gì?",
         "luat-to-tung-hanh-chinh__dieu-39.txt"),
        ("theo dieu 143 luat to tung hanh chinh, khi nao dinh chi?",
         "luat-to-tung-hanh-chinh__dieu-143.txt"),
        ("Điều 5 Quyết định 1753/QĐ-UBND giao việc cho ai?", "qd-1753.txt"),
        # A law the index knows only by its number, named by name and year.
        ("Theo Điều 16, Bộ luật dân sự 2015, năng lực pháp luật là gì?",
         "91-2015-qh13__dieu-16.txt"),
        # The same law named before the article.
        ("Theo Bộ luật dân sự 2015, Điều 16 quy định gì?", "91-2015-qh13__dieu-16.txt"),
    ],
)
def test_article_table_finds_the_named_article(
    chunks: list[Chunk], question: str, source: str
) -> None:
    found = ArticleTable(chunks).lookup(question)
    assert found, question
    assert {chunks[p].source for p in found} == {source}
    if source == "qd-1753.txt":
        assert chunks[found[0]].section.startswith("Điều 5")


@pytest.mark.parametrize(
    "question",
    [
        "Theo Điều 39 Luật Giáo dục, nhà giáo có quyền gì?",  # no such law in the index
        "Theo Điều 99 Luật Du lịch, ai chịu trách nhiệm?",  # no such article
        "Điều 2 Quyết định 999/QĐ-UBND",  # no such document
        "Hợp đồng lữ hành phải được lập thành văn bản, đúng hay sai?",
    ],
)
def test_article_table_pins_nothing_it_cannot_find(chunks: list[Chunk], question: str) -> None:
    assert ArticleTable(chunks).lookup(question) == []


def test_article_titles_for_features(chunks: list[Chunk]) -> None:
    table = ArticleTable(chunks)
    titles = {chunks[p].source: table.title(p) for p in range(len(chunks))}
    assert titles["luat-du-lich__dieu-39.txt"] == "Hợp đồng lữ hành"
    assert titles["luat-to-tung-hanh-chinh__dieu-143.txt"] == "Đình chỉ giải quyết vụ án"


TOURISM = {"luat-du-lich__dieu-39.txt", "luat-du-lich__dieu-40.txt"}
PROCEDURE = {"luat-to-tung-hanh-chinh__dieu-39.txt", "luat-to-tung-hanh-chinh__dieu-143.txt"}


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Theo Luật Du lịch, hợp đồng lữ hành phải lập văn bản?", [("Luật Du lịch", TOURISM)]),
        ("theo quy định của luật du lịch năm 2017, đúng hay sai?",
         [("luật du lịch năm 2017", TOURISM)]),
        ("Theo Điều 143, luật Tố tụng hành chính 2015, khi nào đình chỉ?",
         [("luật Tố tụng hành chính 2015", PROCEDURE)]),
        # A name with a comma in it, and two laws in one question.
        ("Luật Phòng, chống ma túy và Luật Du lịch cùng quy định gì?",
         [("Luật Phòng, chống ma túy", {"luat-phong-chong-ma-tuy__dieu-2.txt"}),
          ("Luật Du lịch", TOURISM)]),
        # Known only by its number: named by name and the year it was passed.
        ("Theo Bộ luật dân sự 2015, lợi tức được hiểu như thế nào?",
         [("Bộ luật dân sự 2015", {"91-2015-qh13__dieu-16.txt"})]),
        # Near-misses: a law the index lacks, "this law", a longer name that only starts
        # like one, a year no law of the index was passed in.
        ("Theo Luật Giáo dục, nhà giáo có quyền gì?", []),
        ("hành vi quy định tại Điều 322 của Bộ luật này", []),
        ("Luật Du lịchh quy định gì?", []),
        ("Theo Bộ luật hình sự 2017, tội phạm là gì?", []),
        ("Hợp đồng ký theo quy định của pháp luật năm 2015 có hiệu lực không?", []),
    ],
)
def test_article_table_finds_the_laws_a_question_names(
    chunks: list[Chunk], question: str, named: list[tuple[str, set[str]]]
) -> None:
    found = ArticleTable(chunks).laws(question)
    assert [(question[m.start : m.end], set(m.sources)) for m in found] == named


class _LexicalSearcher(Searcher):
    """The real ``Searcher.search`` over a real BM25 index, without a vector store."""

    def __init__(self, chunks: list[Chunk]) -> None:
        lexical = LexicalIndex.build(
            chunks, [lexical_text(c) for c in chunks], [chunk_cites(c) for c in chunks]
        )
        self._open(lexical, Registry(), Fusion())

    def _dense(self, query, *, glossed, k, years, codes, legal=""):  # type: ignore[no-untyped-def]
        return []

    def _query_vector(self, text: str) -> np.ndarray:  # pragma: no cover - never called
        raise AssertionError("no dense side in this test")


def test_search_puts_the_named_article_first(chunks: list[Chunk]) -> None:
    searcher = _LexicalSearcher(chunks)
    question = (
        "Theo Điều 39, luật Tố tụng hành chính 2015, hợp đồng lữ hành có phải lập thành văn bản?"
    )
    # Without the lookup, the words of the question favour the tourism law's Điều 39.
    plain = searcher.lexical.search(question, k=5)
    assert searcher.lexical.chunks[plain[0][0]].source == "luat-du-lich__dieu-39.txt"
    hits = searcher.search(question, k=5)
    assert hits[0].chunk.source == "luat-to-tung-hanh-chinh__dieu-39.txt"
    # The rest still ranked: by BM25 over the words left when the named law is cut out.
    rest = searcher.lexical.search(searcher._without_laws(question), k=5)
    assert [h.chunk.id for h in hits[1:3]] == [
        searcher.lexical.chunks[p].id for p, _ in rest if searcher.lexical.chunks[p].id
        != hits[0].chunk.id
    ][:2]
    assert "luat-du-lich__dieu-39.txt" in {h.chunk.source for h in hits[1:3]}
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_search_without_a_pinpoint_keeps_the_fused_order(chunks: list[Chunk]) -> None:
    searcher = _LexicalSearcher(chunks)
    searcher.ranker = None  # no ranker file: fusion's order, here BM25's
    question = "Khách du lịch có quyền khởi kiện doanh nghiệp lữ hành không?"
    hits = searcher.search(question, k=3)
    plain = searcher.lexical.search(question, k=3)
    assert [h.chunk.id for h in hits] == [searcher.lexical.chunks[p].id for p, _ in plain]
    assert hits[0].chunk.source == "luat-du-lich__dieu-40.txt"


def test_bm25_searches_without_the_named_law(chunks: list[Chunk]) -> None:
    searcher = _LexicalSearcher(chunks)
    cut = searcher._without_laws("Theo Luật Du lịch 2017, hợp đồng lữ hành là gì?")
    assert "du lịch" not in cut.lower()
    assert "hợp đồng lữ hành là gì?" in cut
    # A law the index does not hold stays in the words searched.
    kept = "Theo Luật Giáo dục, nhà giáo có quyền gì?"
    assert searcher._without_laws(kept) == kept
    # The law named by name and year: the words left decide within it and beyond.
    hits = searcher.search("Theo Bộ luật dân sự 2015, năng lực pháp luật dân sự là gì?", k=3)
    assert hits[0].chunk.source == "91-2015-qh13__dieu-16.txt"


# An ALQAC-like index of named laws (no numbers), with siblings that share the words.
NAMED_LAWS = {
    "bo-luat-dan-su__dieu-12.txt": "Bộ luật dân sự\n\nĐiều 12.\nTự bảo vệ quyền dân sự\n\n"
    "Việc tự bảo vệ quyền dân sự phải phù hợp với tính chất, mức độ xâm phạm.\n",
    "bo-luat-dan-su__dieu-3.txt": "Bộ luật dân sự\n\nĐiều 3.\nCác nguyên tắc cơ bản\n\n"
    "Mọi cá nhân, pháp nhân đều bình đẳng.\n",
    "luat-to-tung-hanh-chinh__dieu-143.txt": "Luật Tố tụng hành chính\n\nĐiều 143.\n"
    "Đình chỉ giải quyết vụ án\n\n1. Người khởi kiện rút đơn khởi kiện.\n",
    "luat-to-tung-hanh-chinh__dieu-3.txt": "Luật Tố tụng hành chính\n\nĐiều 3.\n"
    "Giải thích từ ngữ\n\nQuyết định hành chính là văn bản do cơ quan ban hành.\n",
    "luat-phong-chong-ma-tuy__dieu-3.txt": "Luật Phòng, chống ma túy\n\nĐiều 3.\n"
    "Nguồn lực cho phòng, chống ma túy\n\nNhà nước bảo đảm nguồn lực.\n",
    "luat-hon-nhan-va-gia-dinh__dieu-3.txt": "Luật Hôn nhân và gia đình\n\nĐiều 3.\n"
    "Giải thích từ ngữ\n\nKết hôn là việc nam và nữ xác lập quan hệ vợ chồng.\n",
    "luat-bao-ve-moi-truong__dieu-3.txt": "Luật Bảo vệ môi trường\n\nĐiều 3.\n"
    "Giải thích từ ngữ\n\nMôi trường bao gồm các yếu tố vật chất tự nhiên.\n",
    "luat-dien-anh__dieu-3.txt": "Luật Điện ảnh\n\nĐiều 3.\nGiải thích từ ngữ\n\n"
    "Phim là tác phẩm điện ảnh.\n",
    "hien-phap__dieu-3.txt": "Hiến pháp\n\nĐiều 3.\n\n"
    "Nhà nước bảo đảm quyền làm chủ của Nhân dân.\n",
}
CIVIL, PROC = "bo-luat-dan-su__dieu-12.txt", "luat-to-tung-hanh-chinh__dieu-143.txt"


@pytest.fixture(scope="module")
def named_laws(tmp_path_factory: pytest.TempPathFactory) -> list[Chunk]:
    return chunks_of(NAMED_LAWS, tmp_path_factory.mktemp("named"))


@pytest.mark.parametrize(
    ("question", "source"),
    [
        # The forms the ALQAC 2023 private test was seen to use, and their kin.
        ("Theo Điều 143, luật Tố tụng hành chính 2015, đương sự có quyền gì?", PROC),
        ("Theo Điều 143 Luật Tố tụng hành chính năm 2015, khi nào đình chỉ?", PROC),
        ("Điều 143 của Luật Tố tụng hành chính quy định gì?", PROC),
        ("tại Điều 143 Luật Tố tụng hành chính, Tòa án đình chỉ khi nào?", PROC),
        ("Theo Điều 12 Bộ luật Dân sự, việc tự bảo vệ phải thế nào?", CIVIL),
        ("Theo Điều 12 Bộ luật dân sự năm 2015, việc tự bảo vệ phải thế nào?", CIVIL),
        # Abbreviated names: "BLDS", "Luật TTHC", "Luật HN&GĐ", "Luật BVMT".
        ("Căn cứ Điều 12 BLDS 2015, việc tự bảo vệ phải thế nào?", CIVIL),
        ("Theo Điều 12 BLDS, tự bảo vệ quyền dân sự thế nào?", CIVIL),
        ("Theo Điều 143 Luật TTHC 2015, khi nào đình chỉ?", PROC),
        ("Theo Điều 3 Luật HN&GĐ 2014, kết hôn là gì?", "luat-hon-nhan-va-gia-dinh__dieu-3.txt"),
        ("Theo Điều 3 Luật HNGĐ, kết hôn là gì?", "luat-hon-nhan-va-gia-dinh__dieu-3.txt"),
        ("Theo Điều 3 Luật BVMT năm 2020, môi trường là gì?", "luat-bao-ve-moi-truong__dieu-3.txt"),
        ("Theo Điều 3 Luật ĐA, phim là gì?", "luat-dien-anh__dieu-3.txt"),
        # A name with a comma in it.
        ("Theo Điều 3 Luật Phòng, chống ma túy, nguồn lực từ đâu?",
         "luat-phong-chong-ma-tuy__dieu-3.txt"),
        # A number the index does not know: the name still decides.
        ("Điều 143 Luật Tố tụng hành chính số 93/2015/QH13 quy định gì?", PROC),
        # The law named before the article.
        ("Theo Luật Tố tụng hành chính 2015, Điều 143 quy định những gì?", PROC),
        ("Luật Tố tụng hành chính tại Điều 143 quy định đình chỉ khi nào?", PROC),
        ("Theo Hiến pháp năm 2013, Điều 3 quy định gì?", "hien-phap__dieu-3.txt"),
        ("Theo khoản 1 Điều 3 Hiến pháp năm 2013, Nhà nước bảo đảm gì?", "hien-phap__dieu-3.txt"),
    ],
)
def test_named_article_forms(named_laws: list[Chunk], question: str, source: str) -> None:
    found = ArticleTable(named_laws).lookup(question)
    assert {named_laws[p].source for p in found} == {source}, question


@pytest.mark.parametrize(
    "question",
    [
        "Điều 3 quy định những gì?",  # no law
        "Theo Luật Du lịch, Điều 3 quy định gì?",  # a law the index lacks
        "Theo Bộ luật dân sự, hành vi quy định tại Điều 3 của Luật này bị xử lý ra sao?",
        # Two laws before the article: which one is not said.
        "Bộ luật dân sự và Luật Tố tụng hành chính cùng có Điều 3 quy định gì?",
        "Theo Điều 3 Luật XYZ, ai chịu trách nhiệm?",  # an abbreviation nothing has
        # Initials are capitals: "luật đã" folds like "Luật ĐA" (Điện ảnh) and is not it.
        "Theo Điều 3 luật đã sửa đổi, phim là gì?",
    ],
)
def test_named_article_forms_pin_nothing_unsaid(named_laws: list[Chunk], question: str) -> None:
    assert ArticleTable(named_laws).lookup(question) == []


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Theo BLDS 2015, tự bảo vệ quyền dân sự thế nào?", "BLDS 2015"),
        ("Theo Luật TTHC, đình chỉ khi nào?", "Luật TTHC"),
        ("Phim được chiếu theo luật đã ban hành, đúng hay sai?", None),
    ],
)
def test_abbreviated_law_is_a_named_law(named_laws: list[Chunk], question: str,
                                        named: str | None) -> None:
    found = ArticleTable(named_laws).laws(question)
    assert [question[m.start : m.end] for m in found] == ([named] if named else [])
