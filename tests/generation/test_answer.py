"""Extractive answers over the real seed report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.errors import AssistantError
from assistant.generation.answer import Answer, Answerer

BENCH_DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
REORGANISED = ["1753/QĐ-UBND", "1908/QĐ-UBND"]
OF_2020 = ["252/QĐ-SKH&CN", "251/QĐ-SKHHCN", "3239/QĐ-UBND"]


def cited(answer: Answer) -> set[str]:
    return {f.ident for f in answer.findings}


def years_cited(answerer: Answerer, answer: Answer) -> set[int | None]:
    return {
        (answerer.registry.find(f.expected["ident"]) or None).year
        for f in answer.findings
        if f.expected
    }


@pytest.mark.parametrize(
    ("question", "frame"),
    [
        ("Những quyết định nào sắp xếp lại tổ chức bộ máy của Sở năm 2021?", "Theo kho tài liệu"),
        ("which decisions reorganized the department in 2021", "The archive holds"),
    ],
)
def test_reorganisation_decisions_of_2021(
    seed_answerer: Answerer, question: str, frame: str
) -> None:
    answer = seed_answerer.ask(question)
    assert answer.text.startswith(frame)
    assert set(REORGANISED) <= cited(answer), answer.text
    assert not set(OF_2020) & cited(answer), answer.text
    assert years_cited(seed_answerer, answer) == {2021}
    assert "Quyết định số 1753/QĐ-UBND ngày 28/6/2021" in answer.text
    assert "Quyết định số 1908/QĐ-UBND ngày 08/7/2021" in answer.text
    assert all(f.status == "verified" for f in answer.findings)
    record = next(c for c in answer.citations if c["ident"] == "1753/QĐ-UBND")
    assert record["date"] == "2021-06-28"
    assert record["kind"] == "Quyết định"
    assert record["source"].endswith("bao-cao-cchc-2021-skhcn-khanh-hoa.txt")
    assert record["locator"] == "p. 1, II > 3 > a"


def _table() -> list[dict]:
    lines = (BENCH_DATA / "seed_answers.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_seed_answer_table(seed_answerer: Answerer) -> None:
    """12 questions: every required document cited, none of a wrong year; 11 must pass."""
    rows = _table()
    assert len(rows) == 12
    failures = []
    for row in rows:
        answer = seed_answerer.ask(row["question"])
        missing = set(row["required"]) - cited(answer)
        wrong = sorted(years_cited(seed_answerer, answer) & set(row["forbidden_years"]))
        if missing or wrong:
            failures.append({"q": row["question"], "missing": sorted(missing), "wrong": wrong})
    assert len(rows) - len(failures) >= 11, json.dumps(failures, ensure_ascii=False, indent=1)


def test_a_fact_is_answered_with_quoted_sentences(seed_answerer: Answerer) -> None:
    answer = seed_answerer.ask("Trung tâm Ứng dụng có bao nhiêu người làm việc?")
    assert "11 người" in answer.text
    assert "II > 3 > c" in answer.text
    assert answer.sources
    assert answer.sources[0]["source"].endswith(".txt")


def test_an_english_fact_question_is_answered_from_the_vietnamese_text(
    seed_answerer: Answerer,
) -> None:
    # Before the glossary took part in picking sentences, this got "Nothing in the
    # archive answers this question." (13 of our 34 English tuning questions did).
    answer = seed_answerer.ask(
        "How many administrative procedure dossiers were received online during the period?"
    )
    assert answer.text.startswith("The archive says (quoted in Vietnamese)")
    assert "trực tuyến: 80" in answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Which provincial letter asked to fix shortcomings found in the 2020 "
            "administrative reform inspection?",
            "No official letters of 2020 match the question; these of other years do:",
        ),
        (
            "Công văn nào yêu cầu khắc phục tồn tại qua kiểm tra CCHC năm 2020?",
            "Không có công văn năm 2020 phù hợp với câu hỏi; các văn bản năm khác:",
        ),
    ],
)
def test_a_year_that_is_the_subjects_widens_to_other_years(
    seed_answerer: Answerer, question: str, lead: str
) -> None:
    answer = seed_answerer.ask(question)
    assert answer.text.startswith(lead)
    assert "Công văn số 1294/UBND ngày 23/02/2021" in answer.text


def test_a_year_the_user_filtered_on_is_not_widened(seed_answerer: Answerer) -> None:
    stream = seed_answerer.stream(
        "Which provincial letter asked to fix shortcomings in the inspection?", years=[2020]
    )
    text = "".join(stream)
    # The year is the user's filter: nothing of another year, and no widening. The type
    # ("letter") is only the question's word: it ranks, it does not empty the answer.
    assert "1294/UBND" not in text
    assert "other years" not in text
    assert stream.answer is not None
    assert years_cited(seed_answerer, stream.answer) <= {2020}


def test_a_named_document_is_answered_from_the_registry(seed_answerer: Answerer) -> None:
    answer = seed_answerer.ask("qd 1753")
    assert "Quyết định số 1753/QĐ-UBND ngày 28/6/2021" in answer.text
    assert [f.status for f in answer.findings] == ["verified"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What is the capital of France?", "Nothing in the archive answers this question."),
        ("Giá vàng hôm nay bao nhiêu?", "Không tìm thấy thông tin trong kho tài liệu"),
        ("Tell me about Quyết định số 9999/QĐ-UBND", "Kho tài liệu không có văn bản"),
    ],
)
def test_unsupported_questions_say_so(seed_answerer: Answerer, question: str, said: str) -> None:
    answer = seed_answerer.ask(question)
    assert answer.text.startswith(said)
    assert not answer.citations


@pytest.mark.parametrize(
    ("question", "message"),
    [("x" * 10_000, "10,000 characters"), ("?!... ;", "no words"), ("   ", "no words")],
)
def test_unusable_questions_get_a_clear_message(
    seed_answerer: Answerer, question: str, message: str
) -> None:
    with pytest.raises(AssistantError, match=message):
        seed_answerer.ask(question)


def test_json_record_has_the_design_fields(seed_answerer: Answerer) -> None:
    record = seed_answerer.ask("qd 1908").to_json()
    assert {"answer", "citations", "findings", "sources"} <= set(record)
    assert set(record["citations"][0]) == {"ident", "date", "kind", "subject", "source", "locator"}
    assert {"ident", "start", "end", "status", "expected", "evidence"} <= set(record["findings"][0])
    json.dumps(record, ensure_ascii=False)
