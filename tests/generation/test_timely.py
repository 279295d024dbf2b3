"""Figures of a period: which documents and sentences answer "năm 2023 … bao nhiêu"."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.archive.periods import Period
from assistant.archive.profiles import Profile
from assistant.citations.normalize import fold
from assistant.generation.fit import topic_text, without_agency
from assistant.generation.passages import Sentence
from assistant.generation.timely import (
    RANK,
    Asked,
    Timing,
    ahead,
    asked_period,
    corrections_in,
    counted_unit,
    counts,
    document_fit,
    figure_topic,
    latest_report,
    named_files,
    period_label,
    sentence_fit,
    sentence_period,
    states_figure,
    text_year,
    without_period,
)
from assistant.models import Chunk
from assistant.retrieval.query import parse_question

Y2023 = Period.of_years(2023)
Q1_2024 = Period("2024-01-01", "2024-03-31")


def profile(kind: str, code: str | None, period: Period | None, year: int) -> Profile:
    return Profile(
        ident=f"1/{code or 'X'}-SYT",
        kind=kind,
        date=f"{year}-06-01",
        issuer=None,
        subject=None,
        instrument=None,
        areas=(),
        period=period,
        status="in_force",
        source=f"{kind}-{year}.txt",
        year=year,
        code=code,
        own=True,
    )


REPORT_2023 = profile("Báo cáo", "BC", Y2023, 2023)
REPORT_2022 = profile("Báo cáo", "BC", Period.of_years(2022), 2022)
REPORT_H1_2024 = profile("Báo cáo", "BC", Period("2024-01-01", "2024-06-30"), 2024)
PLAN_2023 = profile("Kế hoạch", "KH", Y2023, 2023)
PLAN_2024 = profile("Kế hoạch", "KH", Period.of_years(2024), 2024)
PLAN_2021_2025 = profile("Kế hoạch", "KH", Period.of_years(2021, 2025), 2020)
RULES_2023 = profile("Quyết định", "QĐ", None, 2023)


@pytest.mark.parametrize(
    ("doc", "target", "expected"),
    [
        (REPORT_2023, False, 1.0),  # the period's own report
        (REPORT_2022, False, -1.0),  # another year's results
        (PLAN_2023, False, -0.5),  # the year's targets, not its results
        (PLAN_2024, False, -0.5),  # another period, though it may recall 2023
        (RULES_2023, False, 0.0),  # a decision of the year: neither
        (PLAN_2023, True, 1.0),  # a target: the period's own plan
        (PLAN_2021_2025, True, 0.5),  # a plan holding the period
        (PLAN_2024, True, -1.0),
        (REPORT_2023, True, -0.5),  # the year's report restates the year's plan
        (REPORT_2022, True, -1.0),  # another year's report tells another plan
        (None, False, 0.0),
    ],
)
def test_document_fit(doc: Profile | None, target: bool, expected: float) -> None:
    assert document_fit(doc, Asked(Y2023, target)) == expected


def test_a_part_of_the_period_is_half_a_fit() -> None:
    assert document_fit(REPORT_H1_2024, Asked(Q1_2024, False)) == 0.5
    assert document_fit(REPORT_H1_2024, Asked(Period.of_years(2024), False)) == 0.5


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("Năm 2023, Sở tiếp nhận 412 hồ sơ.", Y2023, 0.5),
        ("Năm 2022, Sở tiếp nhận 390 hồ sơ.", Y2023, -0.5),
        ("Tỷ lệ hồ sơ nộp trực tuyến đạt 38,5%.", Y2023, 0.0),
        # a part of the year is not the year, nor another part of it
        ("6 tháng đầu năm, Sở cử 38 lượt công chức đi bồi dưỡng.", Q1_2024, -0.5),
        # whole years holding the period: a standing fact of the year
        ("Năm 2024, Sở được giao 31 biên chế công chức.", Q1_2024, 0.0),
        ("Thực hiện Kế hoạch giai đoạn 2021 - 2025 của tỉnh.", Y2023, 0.0),
        # a date or a number holds no period
        ("Theo Quyết định số 07/2022/QĐ-UBND ngày 12/3/2022, Sở kiểm tra 06 đơn vị.", Y2023, 0.0),
        # a later report's figure of the year, labelled with it: the year's final figure
        ("Năm 2024, tỷ lệ đúng hạn 99,1% (năm 2023: 98,5%).", Y2023, 0.5),
        ("Năm 2024, Sở nhận 10.516 hồ sơ, tăng 12% so với năm 2023 (9.390 hồ sơ).", Y2023, 0.5),
        ("Năm 2022, tỷ lệ đúng hạn 97,1% (năm 2021: 96,5%).", Y2023, -0.5),
        # the quarter and the months counted to it, in one sentence: of both
        (
            "Trong quý III năm 2024, Sở tiếp nhận 1.455 hồ sơ; lũy kế 9 tháng tiếp nhận 4.365"
            " hồ sơ; trong đó 2.558 hồ sơ trực tuyến (đạt 58,6%).",
            Period("2024-01-01", "2024-09-30"),
            0.5,
        ),
    ],
)
def test_sentence_fit(text: str, asked: Period, expected: float) -> None:
    assert sentence_fit(text, Asked(asked, False), year=2024) == expected


Q2_2024 = Period("2024-04-01", "2024-06-30")
Q3_2025 = Period("2025-07-01", "2025-09-30")


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        # what a figure is compared with is no period of the sentence's
        (
            "Quý III năm 2024: tiếp nhận 2.790 hồ sơ; so với quý II năm 2024, số hồ sơ tiếp"
            " nhận giảm 40 hồ sơ (giảm 1,4%).",
            Q2_2024,
            -0.5,
        ),
        (
            "So với quý trước tăng 4,0%; so với cùng kỳ năm 2024 (2.790 hồ sơ) tăng 17,0%.",
            Q3_2025,
            0.0,
        ),
        (
            "So với năm 2024, năm 2025 Sở tiếp nhận nhiều hơn 1.618 hồ sơ.",
            Period.of_years(2025),
            0.5,
        ),
        # unless every figure of it is the compared period's
        (
            "So với năm 2021 (tiếp nhận 4.120 hồ sơ, cấp 512 chứng chỉ hành nghề), kết quả năm"
            " 2022 tiếp tục được cải thiện.",
            Period.of_years(2021),
            0.5,
        ),
    ],
)
def test_a_period_compared_with_is_not_the_sentences(
    text: str, asked: Period, expected: float
) -> None:
    assert sentence_fit(text, Asked(asked, False), year=2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đã kiểm tra 06/06 đơn vị, qua kiểm tra đã chấn chỉnh.", True),
        ("Tỷ lệ hồ sơ nộp trực tuyến đạt 38,5%.", True),
        ("Tiếp nhận 18.406 hồ sơ, đúng hạn 99,1%.", True),
        ("6 | Đào tạo, bồi dưỡng 60 lượt công chức | Văn phòng Sở | Tháng 11/2024", True),
        ("Căn cứ Kế hoạch số 07/KH-STP ngày 09/01/2024 của Sở Tư pháp.", False),
        ("Hoàn thành các chỉ tiêu năm 2024 của Kế hoạch giai đoạn 2021 - 2025.", False),
        ("2. Nâng tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình.", False),
        ("Thực hiện theo Điều 3 Quyết định số 12/QĐ-SYT.", False),
    ],
)
def test_states_figure(text: str, expected: bool) -> None:
    assert states_figure(text) is expected


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("Năm 2023 tỷ lệ hồ sơ trực tuyến đạt bao nhiêu?", False),
        ("Kế hoạch CCHC năm 2024 đặt chỉ tiêu tỷ lệ hồ sơ trực tuyến là bao nhiêu?", True),
        # a plan named, and nothing said to be done: what it asks for
        ("Kế hoạch tuyên truyền năm 2024 yêu cầu đăng tối thiểu bao nhiêu tin, bài?", True),
        # named by its code, as staff type it
        ("Theo KH CCHC 2026, Sở TP phải có tối thiểu bao nhiêu tin bài tuyên truyền?", True),
        # a plan named, and what was done of it: a result
        ("How many of the tasks in the 2023 reform plan were completed?", False),
        ("Số liệu 9 tháng 2024: KH CCHC của huyện làm xong mấy nhiệm vụ rồi?", False),
        # "hồ sơ bao nhiêu" asks a figure, not a document's number
        ("Kế hoạch năm 2026 đặt chỉ tiêu tỷ lệ số hóa hồ sơ bao nhiêu?", True),
        ("What was the 2024 target for fully online procedures?", True),
    ],
)
def test_a_target_or_a_result(question: str, target: bool) -> None:
    asked = asked_period(parse_question(question))
    assert asked is not None
    assert asked.target is target
    assert asked.count or "target" in question


@pytest.mark.parametrize(
    "question",
    [
        "Những quyết định nào năm 2023?",  # a list
        "Tỷ lệ hồ sơ trực tuyến hiện nay là bao nhiêu?",  # no period
        "Quyết định 1753/QĐ-UBND năm 2021 quy định gì?",  # a document named
        "Báo cáo 9 tháng năm 2023 là báo cáo số mấy?",  # a document's number
    ],
)
def test_no_period_figure_asked(question: str) -> None:
    assert asked_period(parse_question(question)) is None


def test_a_figure_asked_of_a_plan_named_by_number() -> None:
    question = "KH 05/KH-VP năm 2026 đặt mục tiêu tỷ lệ hài lòng ở mức nào?"
    asked = asked_period(parse_question(question))
    assert asked is not None
    assert asked.target
    assert asked.period == Period.of_years(2026)


def test_a_passage_naming_the_asked_year_is_not_held_back_by_its_file() -> None:
    # the 2023 index told by the 2024 report: its passage is not another year's, nor said so
    report_2024 = profile("Báo cáo", "BC", Period.of_years(2024), 2024)
    by_source = {p.source: p for p in (REPORT_2023, report_2024) if p.source}
    timing = Timing(Asked(Y2023, False, count=True), by_source)
    told = "Tiếp nhận 23.514 hồ sơ.\nChỉ số CCHC năm 2023 của Sở đạt 86,15 điểm, xếp thứ 6/19."
    chunk = Chunk("Báo cáo-2024.txt#0", "Báo cáo-2024.txt", told, "", "", 1, 1, 0, len(told))
    assert timing.chunk(chunk) == 0.0
    plain = "Tiếp nhận 23.514 hồ sơ."
    other = Chunk("Báo cáo-2024.txt#1", "Báo cáo-2024.txt", plain, "", "", 1, 1, 0, len(plain))
    assert timing.chunk(other) == -1.0
    assert timing.caveat("Báo cáo-2024.txt", "Chỉ số CCHC năm 2023 của Sở đạt 86,15 điểm.") == ""


def test_topic_words() -> None:
    assert without_period("6 tháng đầu năm 2024 tỷ lệ hồ sơ trực tuyến là bao nhiêu?") == (
        "tỷ lệ hồ sơ trực tuyến là bao nhiêu?"
    )
    assert figure_topic("Kế hoạch năm 2024 đặt chỉ tiêu bao nhiêu tin, bài tối thiểu?") == (
        "Kế hoạch năm 2024 bao nhiêu tin, bài ?"
    )


def test_a_change_asked_is_answered_by_a_sentence_stating_one() -> None:
    """"… so với cùng kỳ năm trước tăng bao nhiêu %": the sentence of the quarter's figures
    states none; the one comparing them does. Asked a count, a figure compared with is no
    count of the sentence's own."""
    report = profile("Báo cáo", "BC", Q3_2025, 2025)
    parsed = parse_question("quý III năm 2025 so với cùng kỳ năm trước số hồ sơ tăng bao nhiêu %")
    asked = asked_period(parsed)
    assert asked is not None
    assert asked.change
    # beside its target, a figure is no change asked
    beside = asked_period(
        parse_question("Quý I năm 2026 tỷ lệ hồ sơ trực tuyến đạt bao nhiêu, so với chỉ tiêu?")
    )
    assert beside is not None
    assert not beside.change
    timing = Timing(asked, {report.source: report} if report.source else {})
    results = "Quý III năm 2025: tiếp nhận 3.265 hồ sơ; trực tuyến 2.220 hồ sơ (68,0%)."
    compared = "So với quý trước tăng 4,0%; so với cùng kỳ năm 2024 (2.790 hồ sơ) tăng 17,0%."
    assert timing.figure(compared) > timing.figure(results)
    count = Timing(Asked(Q3_2025, False, count=True, unit="ho"), {})
    assert count.figure("So với cùng kỳ năm 2024 (2.790 hồ sơ), số hồ sơ tăng 17,0%.") == 0.5
    assert count.figure("Quý III năm 2025 tiếp nhận 3.265 hồ sơ.") == 1.0


def test_a_report_titled_with_the_asked_quarter_is_its_own() -> None:
    """"quý III và 9 tháng đầu năm 2025" is the nine months' report and the quarter's: its
    sentence naming no period answers for the quarter; the year's report's does not."""
    q3 = Period("2025-07-01", "2025-09-30")
    nine = dataclasses.replace(
        profile("Báo cáo", "BC", Period("2025-01-01", "2025-09-30"), 2025),
        source="bc-q3.txt",
        subject="Kết quả cải cách hành chính quý III và 9 tháng đầu năm 2025",
    )
    year = dataclasses.replace(
        profile("Báo cáo", "BC", Period.of_years(2025), 2025),
        source="bc-2025.txt",
        subject="Kết quả cải cách hành chính quý IV và năm 2025",
    )
    timing = Timing(Asked(q3, False, count=True), {nine.source: nine, year.source: year})
    told = "So với cùng kỳ năm 2024 (2.790 hồ sơ) tăng 475 hồ sơ (tăng 17,0%)."
    later = "So với quý III năm 2025 tăng 3,3%; so với cùng kỳ năm 2024 tăng 16,1%."
    assert timing.sentence(nine.source, told) > timing.sentence(year.source, later)


def test_a_sentence_of_the_reporting_period_and_one_of_a_report_of_another() -> None:
    """"Trong kỳ, Ban tiếp nhận 18 hồ sơ" is of its report's own period; a sentence naming
    none in the year's report is the year's, no answer for its first six months."""
    h1 = Period("2021-01-01", "2021-06-30")
    half = profile("Báo cáo", "BC", h1, 2021)
    half = dataclasses.replace(half, source="BC 6 thang 2021.odt")
    year = profile("Báo cáo", "BC", Period.of_years(2021), 2021)
    timing = Timing(Asked(h1, False, count=True), {half.source: half, year.source: year})
    in_period = timing.sentence(half.source, "Trong kỳ, Ban tiếp nhận trực tuyến 06 hồ sơ.")
    plain = timing.sentence(half.source, "Ban tiếp nhận trực tuyến 06 hồ sơ.")
    of_year = timing.sentence(year.source, "Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 36,6%.")
    assert in_period > plain > of_year
    assert of_year == 0.0


def test_timing_scores_the_periods_report_first() -> None:
    by_source = {p.source: p for p in (REPORT_2023, REPORT_2022, PLAN_2023) if p.source}
    timing = Timing(Asked(Y2023, False, count=True), by_source)
    right = timing.sentence("Báo cáo-2023.txt", "Tỷ lệ hồ sơ nộp trực tuyến đạt 45,0%.")
    last_year = timing.sentence("Báo cáo-2022.txt", "Tỷ lệ hồ sơ nộp trực tuyến đạt 23,3%.")
    target = timing.sentence("Kế hoạch-2023.txt", "Tỷ lệ hồ sơ trực tuyến đạt từ 40% trở lên.")
    assert right > target > last_year
    assert timing.source("unknown.txt") == 0.0


def test_a_sentence_naming_the_asked_year_beats_the_years_report_naming_another() -> None:
    # The index of a year is published the next year: the 2023 report tells 2022's, and
    # the next report tells 2023's, naming it.
    report_2024 = profile("Báo cáo", "BC", Period.of_years(2024), 2024)
    by_source = {p.source: p for p in (REPORT_2023, report_2024) if p.source}
    timing = Timing(Asked(Y2023, False, count=True), by_source)
    later = timing.sentence("Báo cáo-2024.txt", "Chỉ số CCHC năm 2023 của Sở đạt 86,02 điểm.")
    own = timing.sentence("Báo cáo-2023.txt", "Chỉ số CCHC năm 2022 của Sở đạt 83,75 điểm.")
    plain = timing.sentence("Báo cáo-2023.txt", "Tiếp nhận 21.087 hồ sơ.")
    assert later > own
    # a sentence naming no period is its document's: the year's own report first
    assert plain > timing.sentence("Báo cáo-2024.txt", "Tiếp nhận 23.514 hồ sơ.")


def test_a_point_of_another_period_says_so() -> None:
    by_source = {p.source: p for p in (REPORT_2022, PLAN_2023, REPORT_H1_2024) if p.source}
    timing = Timing(Asked(Y2023, False), by_source)
    assert timing.caveat("Báo cáo-2022.txt", "Đạt 23,3%.") == " [số liệu kỳ khác: năm 2022]"
    assert timing.caveat("Kế hoạch-2023.txt", "Đạt từ 40%.") == (
        " [chỉ tiêu kế hoạch, không phải kết quả]"
    )
    assert timing.caveat("Kế hoạch-2023.txt", "Đạt từ 40%.", "en") == (
        " [a plan's target, not a result]"
    )
    # no report of 2023 at all: the answer says so before its points
    assert timing.lead() == (
        "Kho tài liệu không có báo cáo nào của năm 2023: các điểm dưới đây thuộc kỳ khác.\n"
    )
    # the half-year report is a fit for quý I, but its "6 tháng đầu năm" sentence is not
    q1 = Timing(Asked(Q1_2024, False), by_source)
    assert q1.lead() == ""
    assert q1.caveat("Báo cáo-2024.txt", "Sở tiếp nhận 98 hồ sơ.") == ""
    assert q1.caveat("Báo cáo-2024.txt", "6 tháng đầu năm, Sở tiếp nhận 236 hồ sơ.") == (
        " [số liệu kỳ khác: 6 tháng đầu năm 2024]"
    )


@pytest.mark.parametrize(
    ("period", "vi", "en"),
    [
        (Y2023, "năm 2023", "2023"),
        (Q1_2024, "quý I/2024", "Q1 2024"),
        (Period("2024-01-01", "2024-09-30"), "9 tháng đầu năm 2024", "the first 9 months of 2024"),
        (Period("2023-07-01", "2023-12-31"), "6 tháng cuối năm 2023", "the second half of 2023"),
        (Period("2024-02-01", "2024-02-29"), "tháng 2/2024", "02/2024"),
        (Period.of_years(2021, 2025), "giai đoạn 2021 - 2025", "2021 - 2025"),
    ],
)
def test_period_label(period: Period, vi: str, en: str) -> None:
    assert period_label(period) == vi
    assert period_label(period, "en") == en


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("Năm 2023 Sở tiếp nhận tổng cộng bao nhiêu hồ sơ thủ tục hành chính?", "ho"),
        ("Đến hết quý III/2024 Sở đã kiểm tra được bao nhiêu đơn vị?", "don"),
        ("Quý I/2024 Sở cử bao nhiêu lượt công chức đi bồi dưỡng?", "luot"),
        # a rate is a percentage, not the count a table's cell beside it gives
        ("Năm 2023 tỷ lệ hồ sơ trực tuyến đạt bao nhiêu?", "phan"),
        ("What share of dossiers was digitised on receipt in 2024?", "phan"),
        ("Số hồ sơ năm 2023 là bao nhiêu?", ""),
        # "mấy", and a unit as staff abbreviate it
        ("Theo BC gần nhất, Sở đang có tổng cộng mấy TTHC thuộc thẩm quyền?", "thu"),
        ("Năm 2024 Sở nhận mấy HS trực tuyến?", "ho"),
        # a rank, a score asked in English, and what an English "how many" counts (its
        # head noun, before the verb)
        ("Chỉ số CCHC năm 2022 của huyện xếp thứ mấy?", RANK),
        ("What rank did the commune get in the 2025 reform index?", RANK),
        ("What score did the district get in the reform index for 2023?", "diem"),
        ("How many work permits did the Board issue in 2021?", "giay"),
        ("How many administrative procedure dossiers were received online?", "ho"),
        ("In 2023, how many procedures was the department responsible for?", "thu"),
        ("How many were received in 2023?", ""),
        ("How many divisions and units did the department inspect in 2023?", ""),
    ],
)
def test_what_a_number_counts(question: str, unit: str) -> None:
    assert counted_unit(fold(question)) == unit


def test_a_number_of_what_is_counted() -> None:
    assert counts("Tiếp nhận 18.406 hồ sơ, đúng hạn 99,1%.", "ho")
    assert counts("Sở đã kiểm tra 04/06 đơn vị.", "don")
    assert not counts("phê duyệt 127 quy trình nội bộ; 52/127 thủ tục trực tuyến.", "ho")
    # a table row: what is counted in one cell, the number in the next
    assert counts("Hồ sơ tiếp nhận | 3.045", "ho")
    assert not counts("Nội dung | 6 tháng đầu năm 2022", "ho")
    assert not counts("Số quy trình | 127", "ho")
    assert counts("hồ sơ trực tuyến đạt 48,0%", "phan")
    # a rate of it is no number of it
    assert not counts("Tỷ lệ hồ sơ đúng hạn | 99,92%", "ho")
    assert counts("Hồ sơ trực tuyến | 9.853 (81,0%)", "ho")
    timing = Timing(Asked(Y2023, False, count=True, unit="ho"), {})
    assert timing.figure("Tiếp nhận 18.406 hồ sơ.") == 1.0
    assert timing.figure("Có 127 quy trình nội bộ.") == 0.5
    assert timing.figure("Sở tiếp tục cải cách thủ tục.") == 0.0
    # a rank: "xếp thứ 5/11", not the points beside it or another number
    assert counts("huyện đạt 84,12 điểm, xếp thứ 5/11, tăng 03 bậc", RANK)
    assert not counts("đã kiểm tra 06 đơn vị, chỉ ra 09 tồn tại", RANK)
    ranked = Timing(Asked(Y2023, False, count=True, unit=RANK), {})
    assert ranked.figure("Chỉ số năm 2023 đạt 87,45 điểm, xếp thứ 3/11.") == 1.0
    assert ranked.figure("Đã kiểm tra 06 đơn vị năm 2023.") == 0.5


def test_a_section_of_tasks_ahead_is_no_result() -> None:
    assert ahead("NHIỆM VỤ QUÝ IV NĂM 2024")
    assert ahead("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    assert ahead("II. NHIỆM VỤ TRỌNG TÂM KỲ TỚI")
    assert not ahead("KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ")
    by_source = {p.source: p for p in (REPORT_2023,) if p.source}
    timing = Timing(Asked(Y2023, False), by_source)
    done = timing.sentence("Báo cáo-2023.txt", "Kiểm tra 04/06 đơn vị.", "I. CHỈ ĐẠO")
    still = timing.sentence(
        "Báo cáo-2023.txt", "Kiểm tra 02 đơn vị còn lại.", "IV. NHIỆM VỤ NĂM 2024"
    )
    assert done > still


def test_a_document_named_by_its_subject() -> None:
    digital = profile("Kế hoạch", "KH", Period.of_years(2024), 2024)
    digital = dataclasses.replace(
        digital, subject="Chuyển đổi số năm 2024 của Sở", source="cds.pdf"
    )
    reform = dataclasses.replace(PLAN_2024, subject="Cải cách hành chính năm 2024")
    by_source = {"cds.pdf": digital, "cchc.txt": reform}
    question = "Kế hoạch chuyển đổi số năm 2024 đặt chỉ tiêu ký số bao nhiêu?"
    assert named_files(question, by_source, topic_text) == frozenset({"cds.pdf"})
    timing = Timing(Asked(Period.of_years(2024), True), by_source, frozenset({"cds.pdf"}))
    assert timing.source("cds.pdf") > timing.source("cchc.txt")
    # the reform's own plan, named by the reform's name alone ("Kế hoạch CCHC năm 2024"),
    # its trích yếu the reform's name, the year and its issuer
    district = dataclasses.replace(
        reform, subject="Cải cách hành chính năm 2024 của Ủy ban nhân dân huyện Đông Sơn"
    )
    by_source = {"cds.pdf": digital, "cchc.txt": district}
    question = "Kế hoạch CCHC năm 2024 của huyện đặt chỉ tiêu tỷ lệ hồ sơ trực tuyến là bao nhiêu?"
    assert named_files(question, by_source, topic_text) == frozenset({"cchc.txt"})
    asked_digital = "Kế hoạch chuyển đổi số năm 2024 đặt chỉ tiêu ký số bao nhiêu?"
    assert named_files(asked_digital, by_source, topic_text) == frozenset({"cds.pdf"})


def test_no_profiles_no_lead() -> None:
    """Without document profiles the archive is not said to lack the period's report."""
    assert Timing(Asked(Y2023, False), {}).lead() == ""


def test_the_latest_figure_is_the_latest_reports() -> None:
    by_source = {p.source: p for p in (REPORT_2022, REPORT_2023, PLAN_2024) if p.source}
    assert latest_report(by_source) == Y2023
    latest = latest_report(by_source)
    asked = asked_period(parse_question("Tỷ lệ hồ sơ trực tuyến hiện nay là bao nhiêu?"), latest)
    assert asked == Asked(Y2023, False, True, "phan")
    # a target, or no figure asked, takes no latest period
    assert asked_period(parse_question("Chỉ tiêu hiện nay là bao nhiêu?"), latest) is None
    assert asked_period(parse_question("Quy chế nào hiện nay áp dụng?"), latest) is None
    assert latest_report({}) is None


def test_a_relative_year_leaves_the_topic() -> None:
    assert without_period("Năm ngoái Sở đăng bao nhiêu tin, bài?") == "Sở đăng bao nhiêu tin, bài?"
    assert without_period("Tỷ lệ hồ sơ trực tuyến hiện nay là bao nhiêu?") == (
        "Tỷ lệ hồ sơ trực tuyến là bao nhiêu?"
    )
    # a part of the relative year goes with it, the two phrases overlapping
    assert without_period("SIPAS của xã 6 tháng đầu năm nay đạt bao nhiêu?") == (
        "SIPAS của xã đạt bao nhiêu?"
    )
    assert without_period("quý I năm ngoái tiếp nhận bao nhiêu hồ sơ") == (
        "tiếp nhận bao nhiêu hồ sơ"
    )


def test_a_figure_counted_to_a_day_well_before_the_period_ends_is_a_parts() -> None:
    nine_months = Asked(Period("2026-01-01", "2026-09-30"), False, count=True)
    early = "Kế hoạch năm 2026 có 42 nhiệm vụ; đến ngày 10/6/2026 đã hoàn thành 17/42 nhiệm vụ."
    assert sentence_fit(early, nine_months) == -0.5
    # a year's figure to date ("từ đầu năm nay", asked before the year ends) is the year's
    to_date = "Kế hoạch năm 2024 có 34 nhiệm vụ; đến ngày 30/9/2024 đã hoàn thành 26 nhiệm vụ."
    assert sentence_fit(to_date, Asked(Period.of_years(2024), False)) == 0.5


def test_a_rank_is_a_figure() -> None:
    asked = asked_period(parse_question("What rank did the department get in the 2024 index?"))
    assert asked is not None
    assert asked.count


def test_a_file_of_another_province_than_asked_comes_last() -> None:
    report_tp = dataclasses.replace(REPORT_2023, source="bc-tay-phong.txt")
    by_source = {p.source: p for p in (REPORT_2023, report_tp) if p.source}
    timing = Timing(
        Asked(Y2023, False, count=True),
        by_source,
        elsewhere=frozenset({"bc-tay-phong.txt"}),
        place="lac giang",
    )
    ours = timing.sentence("Báo cáo-2023.txt", "Năm 2023 tỷ lệ hồ sơ trực tuyến đạt 58,0%.")
    theirs = timing.sentence("bc-tay-phong.txt", "Năm 2023 tỷ lệ hồ sơ trực tuyến đạt 52,0%.")
    assert ours - theirs > 0.9
    # unless it names the asked place ("… của Sở Tư pháp tỉnh Lạc Giang (cũ) xếp thứ 5/18")
    named = timing.sentence("bc-tay-phong.txt", "Sở Tư pháp tỉnh Lạc Giang (cũ) xếp thứ 5/18.")
    assert named > theirs


@pytest.mark.parametrize(
    ("text", "year", "period"),
    [
        # the period named outside brackets is the sentence's
        (
            "Năm 2025, trên địa bàn tỉnh (6 tháng đầu năm là số liệu của hai tỉnh cũ), Trung "
            "tâm tiếp nhận 195.967 hồ sơ (năm 2024: 105.744)",
            2025,
            Period.of_years(2025),
        ),
        (
            "Số liệu tháng 8 được điều chỉnh từ 15.930 lên 15.993 hồ sơ.",
            2025,
            Period.of_month(2025, 8),
        ),
        # a month's item of a breakdown is not the sentence's period
        ("7.305; tháng 3: 10.118); tỷ lệ đúng hạn 99,58%", 2025, None),
        ("Tiếp nhận 9.412 hồ sơ ngày 15 tháng 10 năm 2024", 2024, None),
        ("Số liệu tháng 8 được điều chỉnh.", None, None),
    ],
)
def test_the_period_a_sentence_is_about(text: str, year: int | None, period: Period | None) -> None:
    assert sentence_period(text, year) == period


def test_a_report_signed_next_year_means_its_periods_year() -> None:
    annual = dataclasses.replace(REPORT_2023, date="2024-01-09", year=2024)
    assert text_year(annual) == 2023
    assert text_year(PLAN_2021_2025) == 2020
    assert text_year(None) is None


def _sentence(text: str, source: str) -> Sentence:
    chunk = Chunk(f"{source}#0", source, text, "", "", 1, 1, 0, len(text))
    return Sentence(text, chunk, 0)


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        (
            "Số liệu tháng 10 được điều chỉnh từ 9.412 lên 9.421 hồ sơ sau khi đồng bộ.",
            "9.412",
            "9.421",
        ),
        ("Số liệu tháng 02 được cập nhật từ 12.880 lên 12.908 hồ sơ.", "12.880", "12.908"),
        ("Đính chính tỷ lệ tháng 3 từ 56,1% thành 56,3%.", "56,1%", "56,3%"),
        ("The October 2024 figure was revised from 9,412 to 9,421 files.", "9,412", "9,421"),
        (
            "Số liệu tháng 3 đã báo cáo tại Báo cáo số 41/BC-SYT ngày 10/4/2024 là 2.918"
            " hồ sơ, nay điều chỉnh thành 2.981 hồ sơ do bổ sung hồ sơ tiếp nhận trực tiếp.",
            "2.918",
            "2.981",
        ),
    ],
)
def test_a_corrected_figure_is_read(text: str, old: str, new: str) -> None:
    (fix,) = corrections_in([_sentence(text, "bc-nam-2024.txt")], 2024)
    assert (fix.old, fix.new) == (old, new)
    assert fix.period.start[:4] == "2024"
    assert fix.period.start == fix.period.end[:8] + "01"


def test_a_figure_given_beside_the_one_first_reported_is_a_correction() -> None:
    lead = "Ngày 17/6/2024, Sở gửi Báo cáo số 101/BC-STC kết quả 6 tháng đầu năm 2024."
    told = [
        _sentence(lead, "cv-1254.txt"),
        # the period is the lead's
        _sentence("- Tỷ lệ hồ sơ trực tuyến toàn trình: 36,1% (đã báo cáo 36,5%).", "cv-1254.txt"),
        _sentence(
            "Số liệu quý III năm 2024: 2.214 hồ sơ (Báo cáo số 163/BC-STC nêu 2.187 hồ sơ).",
            "cv-1254.txt",
        ),
    ]
    first, second = corrections_in(told, 2024)
    assert (first.old, first.new, first.period) == (
        "36,5%",
        "36,1%",
        Period("2024-01-01", "2024-06-30"),
    )
    assert (second.old, second.new, second.period.start) == ("2.187", "2.214", "2024-07-01")


def test_no_correction_without_a_period_nor_in_a_plain_amendment() -> None:
    plain = [
        _sentence("Số liệu được điều chỉnh từ 9.412 lên 9.421 hồ sơ.", "a.txt"),
        _sentence("Quyết định sửa đổi từ ngày 01/7/2025 thành Quy chế mới.", "b.txt"),
    ]
    assert corrections_in(plain, 2024) == []


def test_a_corrected_figure_answers_before_the_first_stated_one() -> None:
    october = Period.of_month(2024, 10)
    monthly = dataclasses.replace(
        REPORT_2023, source="bc-t10.txt", period=october, date="2024-11-04", year=2024
    )
    annual = dataclasses.replace(
        REPORT_2023,
        source="bc-2024.txt",
        period=Period.of_years(2024),
        date="2025-01-10",
        year=2025,
    )
    by_source = {p.source: p for p in (monthly, annual)}
    fix = _sentence("Số liệu tháng 10 được điều chỉnh từ 9.412 lên 9.421 hồ sơ.", "bc-2024.txt")
    first = _sentence(
        "Tháng 10 năm 2024, Trung tâm tiếp nhận 9.412 hồ sơ; đã giải quyết 9.330 hồ sơ.",
        "bc-t10.txt",
    )
    corrections = corrections_in([fix], text_year(annual))
    assert [c.period for c in corrections] == [october]
    timing = Timing(Asked(october, False, True, "ho"), by_source, corrections=corrections)
    received = frozenset({"tiep", "nhan", "ho", "so"})
    assert [s for _, s in timing.corrected([(2.0, first)], received)] == [fix, first]
    assert "9.421" in timing.caveat("bc-t10.txt", first.text)
    # the clause answering "đã giải quyết" holds no corrected figure
    resolved = frozenset({"giai", "quyet", "ho", "so"})
    assert [s for _, s in timing.corrected([(2.0, first)], resolved)] == [first]
    # another month's question is not corrected
    other = Timing(
        Asked(Period.of_month(2024, 9), False, True, "ho"), by_source, corrections=corrections
    )
    assert other.corrected([(2.0, first)], received) == [(2.0, first)]


def test_the_figure_first_reported_is_answered_by_its_correction() -> None:
    """"… ban đầu báo cáo số hồ sơ tiếp nhận là bao nhiêu": the corrected figure answers
    another question; the correction states the first one beside it."""
    half = dataclasses.replace(
        REPORT_2023, source="bc-6t.txt", period=Period("2025-01-01", "2025-06-30"), year=2025
    )
    fix = _sentence(
        "Số liệu quý I năm 2025 đã báo cáo tại Báo cáo số 41/BC-SYT ngày 10/4/2025 là 2.918 hồ"
        " sơ, nay điều chỉnh thành 2.981 hồ sơ.",
        "bc-6t.txt",
    )
    corrected = _sentence("Quý I năm 2025 (đã điều chỉnh): tiếp nhận 2.981 hồ sơ.", "bc-9t.txt")
    corrections = corrections_in([fix], 2025)
    asked = asked_period(
        parse_question("Báo cáo quý I năm 2025 ban đầu báo cáo số hồ sơ tiếp nhận là bao nhiêu?")
    )
    assert asked is not None
    assert asked.original
    timing = Timing(asked, {half.source: half}, corrections=corrections)
    received = frozenset({"tiep", "nhan", "ho", "so"})
    assert next(s for _, s in timing.corrected([(2.0, corrected)], received)) == fix
    # asked plainly, the corrected figure stays first
    plain = Timing(
        dataclasses.replace(asked, original=False), {half.source: half}, corrections=corrections
    )
    assert next(s for _, s in plain.corrected([(2.0, corrected)], received)) == corrected


def test_a_month_in_a_table_row_or_a_breakdown_is_the_month_asked() -> None:
    february = Period.of_month(2026, 2)
    asked = Asked(february, False, True, "ho")
    row = "Tháng | Hồ sơ tiếp nhận | Vốn đăng ký (tỷ đồng) … 02/2026 | 512 | 1.105"
    assert sentence_period(row, 2026) == february
    assert sentence_fit(row, asked) == 0.5
    # the row gives a number under the column naming what is counted
    assert counts(row, "ho")
    assert counts(row, "ty")
    assert not counts("Tháng | Tỷ lệ hồ sơ đúng hạn … 02/2026 | 99,36%", "ho")
    # a quarter's sentence breaking its figure down by month tells February's too
    quarter = "Quý I năm 2026, tiếp nhận 48.605 hồ sơ (tháng 01: 17.420; tháng 02: 12.880)"
    assert sentence_fit(quarter, asked) == 0.5
    assert sentence_fit(quarter, Asked(Period.of_month(2026, 3), False, True, "ho")) < 0.5


def test_a_score_asked_is_a_figure_and_a_date_in_words_no_period() -> None:
    asked = asked_period(parse_question("Điểm Chỉ số CCHC của Sở Tư pháp năm 2022?"))
    assert asked is not None
    assert asked.count
    # the day a cited decision was signed, written in words, is no period of the sentence
    said = "Quyết định số 31/2022/QĐ-UBND ngày 16 tháng 9 năm 2022 của Ủy ban nhân dân tỉnh."
    assert sentence_period(said, None) is None


def test_a_figure_question_read_without_the_department_s_name() -> None:
    question = "Chỉ số CCHC năm 2018 của Sở Giáo dục và Đào tạo tỉnh Bắc Hòa đạt mấy điểm?"
    read = without_agency(question)
    assert "Giáo dục" not in read
    assert "Bắc Hòa" not in read
    assert read.startswith("Chỉ số CCHC năm 2018")


def test_a_cumulative_figure_to_a_months_end_is_of_the_year_so_far() -> None:
    text = "b) Lũy kế từ đầu năm đến hết tháng 4 năm 2025, Sở: tiếp nhận 867 hồ sơ."
    assert sentence_period(text, None) == Period("2025-01-01", "2025-04-30")
    # the year the document means, when the sentence names none
    bare = "Lũy kế từ đầu năm đến hết tháng 2, Sở tiếp nhận 398 hồ sơ."
    assert sentence_period(bare, 2025) == Period("2025-01-01", "2025-02-28")
    # the month alone stays the month
    month = "Trong tháng 7 năm 2026, Sở tiếp nhận 291 hồ sơ."
    assert sentence_period(month, 2026) == Period.of_month(2026, 7)


def test_several_figures_corrected_in_one_sentence_and_the_revised_one_asked() -> None:
    fix = _sentence(
        "c) Điều chỉnh số liệu: số liệu tháng 7 năm 2026 đã báo cáo tại Báo cáo số "
        "101/BC-SNV ngày 05/8/2026 là 291 hồ sơ tiếp nhận, 252 hồ sơ trực tuyến, nay điều "
        "chỉnh thành 297 hồ sơ tiếp nhận, 258 hồ sơ trực tuyến.",
        "bc-thang-8.txt",
    )
    corrections = corrections_in([fix], 2026)
    assert {(c.old, c.new) for c in corrections} == {("291", "297"), ("252", "258")}
    first = _sentence("a) Trong tháng 7 năm 2026, Sở: tiếp nhận 291 hồ sơ.", "bc-thang-7.txt")
    asked = asked_period(
        parse_question("Số hồ sơ Sở tiếp nhận trong tháng 7 năm 2026 (số liệu đã điều chỉnh)?")
    )
    assert asked is not None
    assert asked.revised
    timing = Timing(asked, {}, corrections=corrections)
    # the words "số liệu đã điều chỉnh" read close to no clause: the correction answers all
    # the same
    words = frozenset({"so", "lieu", "dieu", "chinh", "tiep", "nhan", "ho"})
    assert next(s for _, s in timing.corrected([(2.0, first)], words)) == fix
    plain = asked_period(parse_question("Tháng 7 năm 2026 Sở tiếp nhận bao nhiêu hồ sơ?"))
    assert plain is not None
    assert not plain.revised


def test_a_correction_told_without_the_report_first_reporting_it() -> None:
    text = (
        "Sở đính chính số liệu tại Báo cáo số 26/BC-SDL ngày 08/4/2026 như sau: tỷ lệ hồ sơ "
        "thanh toán trực tuyến quý I năm 2026 tại mục 3 phần I là 41,2%, nay đính chính "
        "thành 47,2%."
    )
    (fix,) = corrections_in([_sentence(text, "cv-512.txt")], 2026)
    assert (fix.old, fix.new) == ("41,2%", "47,2%")
    assert (fix.period.start, fix.period.end) == ("2026-01-01", "2026-03-31")
