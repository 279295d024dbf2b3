"""The glossaries questions are searched with: English → Vietnamese administrative
terms, and everyday Vietnamese → the law's words."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.citations import Registry
from assistant.ingest import chunk_document, load_document
from assistant.models import Chunk
from assistant.retrieval.glossary import LEGAL_WEIGHT, blend, gloss, legal_terms, office_words
from assistant.retrieval.lexical import LexicalIndex
from assistant.retrieval.query import parse_question
from assistant.retrieval.search import Fusion, Searcher
from assistant.retrieval.texts import chunk_cites, lexical_text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Longest phrase first: the system, not "quality" alone.
        (
            "Which plan covered quality management systems in 2021?",
            "kế hoạch hệ thống quản lý chất lượng 2021",
        ),
        ("Which decisions reorganized the department in 2021", "quyết định sắp xếp sở 2021"),
        # Numbers, document numbers and acronyms are kept as written.
        (
            "Which decree 107/2020/NĐ-CP amended the organisation of ISO units?",
            "nghị định sửa đổi bổ sung tổ chức đơn vị 107/2020/NĐ-CP ISO",
        ),
        ("How many dossiers were received online?", "số lượng hồ sơ tiếp nhận trực tuyến"),
        ("What online-submission target was set?", "nộp trực tuyến chỉ tiêu"),
        # An inflected word is read as the form the glossary holds.
        (
            "Which plans for inspecting administrative reform did the department issue?",
            "kế hoạch kiểm tra cải cách hành chính sở ban hành",
        ),
        ("Which rules were reviewed?", "quy chế rà soát"),
        # a plural of a word the glossary holds only within a phrase
        ("What did we issue on digital signatures last year?", "ban hành chữ ký số năm"),
        # a department's own sector work: ethnic affairs and religion
        (
            "Which documents concern religious festivals or belief establishments?",
            "văn bản tôn giáo lễ hội cơ sở tín ngưỡng",
        ),
        # Words it does not know give no gloss; a pronoun is not "information technology".
        ("What is it?", ""),
        ("hello world 2021", ""),
    ],
)
def test_gloss(question: str, expected: str) -> None:
    assert gloss(question) == expected


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # Ranked 9th and 8th before the glossary (bench/retrieval.py, seed tuning set).
        ("How many administrative procedure dossiers were received online during the period?",
         "trực tuyến: 80"),
        ("Which notice concluded the internal administrative reform inspection of the divisions?",
         "1503/TB-SKH&CN"),
    ],
)
def test_english_question_finds_the_vietnamese_passage(
    seed_searcher: Searcher, question: str, answer: str
) -> None:
    assert answer in seed_searcher.search(question, k=1)[0].chunk.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Vợ chồng bỏ nhau thì chia của chung thế nào?", "ly hôn tài sản chung"),
        # Longest phrase first: "nhập hộ khẩu", not "hộ khẩu" as well.
        ("Tôi muốn nhập hộ khẩu vào nhà bố mẹ", "đăng ký thường trú cha mẹ"),
        ("Bị đuổi việc khi đang nghỉ đẻ có được không?",
         "chấm dứt hợp đồng sa thải nghỉ thai sản"),
        # Whole words only: "công bố" is not "bố", "nhóm" is not "ốm".
        ("Ủy ban công bố kế hoạch của nhóm công tác", ""),
        # A question already in the law's words, or typed without diacritics, gets nothing.
        ("Điều kiện đăng ký thường trú là gì?", ""),
        ("vo chong bo nhau", ""),
    ],
)
def test_legal_terms(question: str, expected: str) -> None:
    assert legal_terms(question) == expected


def test_only_vietnamese_questions_get_legal_terms() -> None:
    assert parse_question("Vợ chồng bỏ nhau thì ai nuôi con?").legal == "ly hôn nuôi dưỡng con"
    assert parse_question("Which plan covered the commune in 2021?").legal == ""


def test_blend_weighs_the_terms() -> None:
    q, t = np.array([1.0, 0.0]), np.array([0.0, 1.0])
    assert np.allclose(blend(q, t), [2**-0.5, 2**-0.5])
    v = blend(q, t, 0.3)
    assert np.allclose(v, np.array([1.0, 0.3]) / np.hypot(1.0, 0.3))


MARRIAGE = {
    "luat-hon-nhan-va-gia-dinh__dieu-19.txt": "Luật Hôn nhân và gia đình\n\nĐiều 19.\n"
    "Tình nghĩa vợ chồng\n\n1. Vợ chồng có nghĩa vụ thương yêu, chung thủy, tôn trọng, "
    "quan tâm, chăm sóc, giúp đỡ nhau; cùng nhau chia sẻ, thực hiện các công việc trong "
    "gia đình.\n",
    "luat-hon-nhan-va-gia-dinh__dieu-51.txt": "Luật Hôn nhân và gia đình\n\nĐiều 51.\n"
    "Quyền yêu cầu giải quyết ly hôn\n\n1. Vợ, chồng hoặc cả hai người có quyền yêu cầu "
    "Tòa án giải quyết ly hôn.\n",
}


class _Searcher(Searcher):
    """The real ``Searcher.search`` over a real BM25 index; the dense side records the
    vector it is asked with and finds nothing."""

    def __init__(self, chunks: list[Chunk]) -> None:
        lexical = LexicalIndex.build(
            chunks, [lexical_text(c) for c in chunks], [chunk_cites(c) for c in chunks]
        )
        self._open(lexical, Registry(), Fusion())
        self.asked: list[np.ndarray] = []

    def _query_vector(self, text: str) -> np.ndarray:
        return np.array([0.0, 1.0]) if text == "ly hôn" else np.array([1.0, 0.0])

    def _chunk_similarities(self, vector, k, years, codes):  # type: ignore[no-untyped-def]
        self.asked.append(vector)
        return {}


@pytest.fixture
def marriage(tmp_path: Path) -> _Searcher:
    chunks: list[Chunk] = []
    for name, text in MARRIAGE.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        chunks.extend(chunk_document(load_document(tmp_path / name, root=tmp_path)))
    return _Searcher(chunks)


def test_everyday_words_find_the_article_in_the_law_words(marriage: _Searcher) -> None:
    # "vợ chồng … nhau" alone ranks Điều 19 first; "bỏ nhau" is "ly hôn" (Điều 51).
    hits = marriage.search("Vợ chồng muốn bỏ nhau thì ai được đề nghị?", k=2)
    assert hits[0].chunk.source == "luat-hon-nhan-va-gia-dinh__dieu-51.txt"
    # The dense side is asked with the question's vector and its terms' at LEGAL_WEIGHT.
    assert np.allclose(marriage.asked[-1], blend(np.array([1.0, 0.0]),
                                                 np.array([0.0, 1.0]), LEGAL_WEIGHT))


def test_an_index_without_laws_searches_the_question_as_written(tmp_path: Path) -> None:
    # A report's own everyday words are its words: no law's words are added.
    name = "bao-cao.txt"
    (tmp_path / name).write_text(
        "BÁO CÁO\nKết quả cải cách hành chính năm 2021\n\nVợ chồng bỏ nhau được hướng dẫn "
        "thủ tục tại bộ phận một cửa.\n", encoding="utf-8")
    searcher = _Searcher(chunk_document(load_document(tmp_path / name, root=tmp_path)))
    assert not searcher.articles.holds_laws
    searcher.search("Vợ chồng bỏ nhau thì làm thủ tục ở đâu?", k=1)
    assert np.allclose(searcher.asked[-1], [1.0, 0.0])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Quy chế cho quầy tiếp nhận hồ sơ của huyện ban hành năm nào?",
            "Quy chế cho bộ phận một cửa của huyện ban hành năm nào?",
        ),
        (
            "Các khoản chi, mức chi trong cơ quan Sở được quy định ở đâu?",
            "quy chế chi tiêu nội bộ trong cơ quan Sở được quy định ở đâu?",
        ),
        # typed without diacritics, the office's words come without them
        ("quy che ky dien tu cua so", "quy che chu ky so cua so"),
        ("cac xa tu cham diem theo huong dan nao", "cac xa tu danh gia theo huong dan nao"),
        # the office's own words are left as they are
        ("Quy chế Bộ phận Một cửa năm 2024", "Quy chế Bộ phận Một cửa năm 2024"),
    ],
)
def test_staff_words_are_read_as_the_offices(question: str, expected: str) -> None:
    assert office_words(question) == expected


def test_a_foreign_affairs_departments_sector_is_glossed() -> None:
    assert gloss("Reports on foreign affairs: delegations going abroad") == (
        "báo cáo đối ngoại đoàn ra"
    )


def test_the_offices_things_in_staffs_english_are_glossed() -> None:
    glossed = gloss("Which decisions set what its divisions do and placing staff into their posts?")
    assert "chức năng nhiệm vụ các phòng" in glossed
    assert "vị trí việc làm" in glossed
    assert "kiện toàn" in gloss("Which decisions reshuffled the steering committee?")


def test_fees_paid_online_are_the_online_payment_of_fees() -> None:
    glossed = gloss("What share of fees was paid online at the ward in Q3 2026?")
    assert "thanh toán trực tuyến" in glossed
    assert "phí, lệ phí" in glossed
    # filing online stays filing
    assert "thanh toán" not in gloss("What share of applications were filed online in 2025?")
