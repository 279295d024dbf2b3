"""Questions about a period's figures: the period's own report first, not another year's.

"Năm 2023 tỷ lệ hồ sơ trực tuyến đạt bao nhiêu?" is answered by the report of 2023. The
same measure is also stated by the 2023 plan (its target, "đạt từ 40% trở lên"), by the
2022 report and by the 2024 plan (which recalls 2023's result): the words match as well,
and the embedder cannot tell them apart. What tells them apart is what each document is
(a report, a plan) and the period it concerns (``Profile.period``), the period a sentence
names, whether its section tells what is still to do, and whether it gives a number of
what the question counts ("bao nhiêu hồ sơ"). This module scores those (``Timing``);
``Answerer`` orders the passages it draws sentences from by the document's fit, and adds
the sentence's to each sentence's score (``extractive.best_sentences``). A point of
another period, or a plan's target given for a result, is marked as such (``caveat``).

A question asks for a result unless it asks for a target ("chỉ tiêu", "mục tiêu", "phấn
đấu", "kế hoạch … đề ra", "target"): then the plans of the period answer it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.archive.periods import Period, find_period
from assistant.archive.profiles import Profile
from assistant.citations.normalize import fold
from assistant.generation.fit import REFORM_PLAN
from assistant.generation.passages import ROW_AFTER_HEADER, Sentence, content_words
from assistant.generation.report_documents import is_report, sends_figures
from assistant.models import Chunk
from assistant.retrieval.query import RELATIVE_RE, ParsedQuestion

# "chỉ tiêu", "mục tiêu", "phấn đấu", "kế hoạch đề ra / đặt ra / giao", "dự kiến",
# "target", "goal", "aim", "planned".
_TARGET = re.compile(
    r"\b(chi tieu|muc tieu|phan dau|de ra|dat ra|du kien|giao chi|"
    r"targets?|goals?|aims?|aimed|planned|plan to|set out)\b"
)
# Whether the result met its target, asked beside the result: "đạt bao nhiêu, có đạt chỉ tiêu
# không", "met the target?" — the result is asked, not the target. On the text as typed, lower
# case: folded, "đạt" (reached) is "đặt" (set: "Kế hoạch đặt chỉ tiêu … bao nhiêu"); typed
# without diacritics, only asked as a yes or no.
_MET_TARGET = re.compile(
    r"\b(?:có\s+)?(?:đạt|vượt|hoàn thành)\s+(?:được\s+)?(?:chỉ tiêu|mục tiêu|kế hoạch)\b"
    r"|\b(?:co\s+)?(?:dat|vuot|hoan thanh)\s+(?:duoc\s+)?(?:chi tieu|muc tieu|ke hoach)"
    r"(?:\s+(?:de ra|dat ra|duoc giao))?\s+(?:khong|chua|hay khong)\b"
    r"|\b(?:meet|met|reach|reached|hit)\s+(?:the\s+|its\s+)?(?:target|goal)s?\b"
)
# Words asking for a figure, not naming what it counts: "đạt / đặt", "yêu cầu", "tối
# thiểu", "tổng cộng".
_ASKING = re.compile(r"\b(dat|yeu cau|toi thieu|it nhat|tong cong|tong so)\b")
# A plan named, and what was done or reached (a result, even of a plan).
_PLAN_NAMED = re.compile(r"\b(ke hoach|chuong trinh|de an|plans?|programmes?|programs?)\b")
_DONE = re.compile(
    r"\b(da|duoc|dat duoc|hoan thanh|(?:lam )?xong|ket qua|thuc hien duoc|completed?|achieved"
    r"|done|did|finished"
    r"|were|was|has|have|result|results)\b"
)
# Years a sentence names: "năm 2022", "2022", "2021 - 2025"; not inside a date or a
# document number ("28/6/2021", "07/2018/QĐ-UBND").
_YEAR = re.compile(r"(?<![\d/.\-])(?:19[5-9]\d|20\d\d)(?![\d/])")
_RANGE = re.compile(r"(?<![\d/.\-])((?:19|20)\d\d)\s*[-–—]\s*(?:nam\s+)?((?:19|20)\d\d)(?![\d/])")
_DATE_OR_NUMBER = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d+[a-z]?/\d{4}/|\d{4}\s*:\s*\d")
_PLAN_CODES = frozenset({"KH", "CTr", "ĐA"})


# "bao nhiêu", "mấy", "tỷ lệ", "số lượng", "số liệu", "how many", "what percentage".
_COUNT = re.compile(
    r"\b(bao nhieu|may|ty le|so luong|con so|so lieu|muc nao|how many|how much|what (?:percentage"
    r"|share|rate|proportion|number|rank|position|score)|percent|rate|figures?|ranked"
    # a score or an index asked for: "Điểm Chỉ số CCHC … năm 2022?" (not "địa điểm")
    r"|(?<!dia )diem|chi so|xep (?:thu|hang)|scores?|index)\b"
)
# What is not a figure in a sentence: dates, years, numbers of documents, list markers
# and a table row's number ("6 | …"), structure numbers ("Điều 3", "khoản 2").
_NOT_FIGURE = re.compile(
    r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\bngay\s+\d{1,2}/\d{1,2}|\d+[a-z]?/\d{4}/\S*"
    r"|\d+/[a-z]+[\-\w]*"
    r"|(?<![\d.,])(?:19[5-9]\d|20\d\d)(?![\d]|[.,]\d)|^\s*(?:\d{1,2}|[a-z])\s*[.)|]\s"
    r"|\b(?:dieu|khoan|diem|muc|quy|thang|ngay|phu luc)\s+[\divx]+\b"
    # a period's name: "6 tháng đầu năm 2024", "9 tháng năm 2024"
    r"|\b(?:[1-9]|1[01])\s+thang\s+(?:dau\s+|cuoi\s+)?nam\b"
)
_DIGIT = re.compile(r"\d")
_WORDS = re.compile(r"[a-z]{2,}")


# The latest figure asked for: "hiện nay", "mới nhất", "gần đây nhất", "đến nay", "latest".
_LATEST = re.compile(
    r"\b(hien nay|hien tai|moi nhat|gan day nhat|gan nhat|den nay|latest|most recent"
    r"|currently|current|so far|now)\b"
)
# What a number counts, named after "bao nhiêu": "bao nhiêu hồ sơ", "bao nhiêu lượt".
_UNIT = re.compile(r"\b(?:bao nhieu|may)\s+(?P<u>[a-z]+)")
_NOT_UNIT = frozenset({"la", "nam", "thang", "trong", "tai", "cua", "duoc", "da", "so"})
# a unit as staff abbreviate it, by the first syllable reports write ("mấy TTHC")
_UNIT_ABBREVIATIONS = {"tthc": "thu", "hs": "ho", "vb": "van", "gp": "giay", "cbcc": "can"}
# Sections telling what is still to do, not what was done: "IV. NHIỆM VỤ QUÝ IV NĂM 2024",
# "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "ĐỀ XUẤT, KIẾN NGHỊ".
_AHEAD = re.compile(
    r"\b(phuong huong|nhiem vu (?:trong tam |chu yeu )?(?:quy|nam|6 thang|thoi gian|giai doan"
    r"|ky toi|ky sau|tiep theo|sap toi)"
    r"|de xuat|kien nghi)\b"
)


# Weights, in a sentence's score (its similarity, about 0.8..0.95, and word share), of
# what the period says of it (``Timing.sentence``): its document's fit (−1..1.5) when it
# names no period; the period it names (±0.5: the asked one, another) and its document's
# fit beside it when it names one; a section of tasks ahead. Chosen by leave-one-archive-
# out cross-validation over the development figure questions (bench/data/README.md,
# "Figure weights chosen by cross-validation"): before, one weight 0.04 for all.
DOCUMENT_FIT = 0.08
NAMED_ASKED = 0.15
NAMED_OTHER = 0.04
DOCUMENT_BESIDE = 0.04
AHEAD = 0.04
# A sentence of another province's body's file than the question names: below any of the
# named one's (a difference of place is no matter of degree).
ELSEWHERE = 1.0
# What a sentence estimating the asked period's figure loses against one counting it: a
# named period's weight (``NAMED_ASKED`` × 0.5) less a little, so that an estimate still
# comes before a sentence of another period.
ESTIMATE = 0.06


# A sentence speaking of its document's own period (folded): "Trong kỳ, Ban tiếp nhận 18
# hồ sơ", "trong kỳ báo cáo", "in the reporting period".
_THIS_PERIOD = re.compile(
    r"\b(?:trong ky(?! hop)(?: bao cao)?|ky bao cao nay|in the (?:reporting )?period)\b"
)


@dataclass(frozen=True)
class Asked:
    """A question's period, whether it asks for a target (else a result), whether it asks
    for a number ("bao nhiêu", "tỷ lệ"), and what that number counts ("hồ sơ")."""

    period: Period
    target: bool
    count: bool = False
    unit: str = ""
    # a change asked ("so với cùng kỳ … tăng bao nhiêu %"): a sentence stating one answers
    change: bool = False
    # the figure as first reported asked ("ban đầu báo cáo … là bao nhiêu"): a correction
    # of it answers, stating both
    original: bool = False
    # the period of the report the figure is asked from ("… quý I theo báo cáo quý I", "in
    # the six-month report"): that report's own sentence answers first
    report: Period | None = None
    # the corrected figure asked ("(số liệu đã điều chỉnh)", "the revised figure"): a
    # correction of the period's figure answers first
    revised: bool = False
    # an estimate asked ("ước thực hiện cả năm", "dự kiến", "estimated"): else a sentence
    # estimating the figure comes after one stating it
    estimate: bool = False


def asked_period(parsed: ParsedQuestion, latest: Period | None = None) -> Asked | None:
    """The period a non-list question asks a figure of, None when it names none.

    A target is asked in words ("chỉ tiêu", "mục tiêu", "target"), or by naming a plan
    without asking what was done ("Kế hoạch tuyên truyền năm 2024 yêu cầu đăng bao
    nhiêu tin, bài?"; not "… hoàn thành bao nhiêu nhiệm vụ của Kế hoạch …"). A result
    asked "hiện nay", "mới nhất", "latest" is one of ``latest`` (the period of the
    archive's latest report), when it names no period itself.
    """
    if parsed.wants_list:
        return None
    folded = fold(parsed.clean)
    if _NUMBER_ASKED.search(folded):
        return None  # "Báo cáo 9 tháng năm 2023 là báo cáo số mấy?": a document's number
    # a plan named by its code too ("Theo KH CCHC 2026, … tối thiểu bao nhiêu tin bài")
    plan = bool(_PLAN_NAMED.search(folded)) or any(c in _PLAN_CODES for c in parsed.codes)
    # ("… đạt bao nhiêu, có đạt chỉ tiêu không": the result, then whether it met its target)
    met = _MET_TARGET.search(parsed.clean.lower()) is not None and _COUNT.search(folded) is not None
    target = not met and bool(_TARGET.search(folded) or (plan and not _DONE.search(folded)))
    # a target asked for is a number too ("What training target … did the plan set")
    count = bool(_COUNT.search(folded)) or target
    if parsed.idents and not (_COUNT.search(folded) or _TARGET.search(folded)):
        # a document named by its number is asked a figure only in words ("KH 05/KH-VP năm
        # 2026 đặt mục tiêu … ở mức nào"); else it is asked about ("… có hiệu lực không")
        return None
    period = parsed.period
    if period is None and len(parsed.years) == 1:  # "the 2023 plan", "số liệu 2023"
        period = Period.of_years(parsed.years[0])
    if period is None and latest is not None and count and not target and _LATEST.search(folded):
        period = latest
    if period is None:
        return None
    change = bool(_CHANGE_ASKED.search(folded))
    original = bool(_ORIGINAL_ASKED.search(folded))
    return Asked(
        period,
        target,
        count,
        counted_unit(folded),
        change,
        original,
        _named_report(folded, period),
        bool(_REVISED_ASKED.search(folded)),
        bool(ESTIMATED.search(folded)),
    )


# A figure estimated, not yet counted (folded): "Ước thực hiện cả năm 2025: tiếp nhận khoảng
# 4.250 hồ sơ", "tỷ lệ trực tuyến ước đạt 80%", "dự kiến cả năm đạt …", "estimated".
ESTIMATED = re.compile(
    r"\b(?:uoc (?:thuc hien|dat|tinh|ca nam)|du kien (?:dat|ca nam|thuc hien)|du bao"
    r"|estimated?|projected)\b"
)


# The corrected figure asked (folded): "(số liệu đã điều chỉnh)", "sau điều chỉnh", "the
# revised figure", "as corrected".
_REVISED_ASKED = re.compile(
    r"\b(?:da|sau(?: khi)?) (?:duoc )?(?:dieu chinh|dinh chinh|cap nhat)\b"
    r"|\b(?:revised|corrected|updated) (?:figure|number|count)\b|\bas (?:revised|corrected)\b"
)


# The report a figure is asked from, named by its period (folded): "theo báo cáo quý I",
# "trong BC 6 tháng năm 2025", "according to the Q1 report", "in the six-month report".
_FROM_REPORT = re.compile(
    r"\b(?:theo|trong|tai)\s+(?:bao cao|bc)\s+(?P<vi>(?:\S+\s*){1,5})"
    r"|\b(?:in|according to)\s+the\s+(?P<en>(?:\S+\s+){1,4}?)report\b"
)


def _named_report(folded: str, period: Period) -> Period | None:
    """The period of the report a (folded) question asks its figure from, the year the asked
    period's when it names none; None when it names no report by its period."""
    m = _FROM_REPORT.search(folded)
    if m is None:
        return None
    year = int(period.start[:4])
    named = m.group("vi") or m.group("en")
    for pattern, said in _REPORT_NAMES:
        named = pattern.sub(said.format(year=year), named)
    found = find_period(named, default_year=year)
    return found[0] if found else None


# A report's name for its period as staff shorten it, in the words ``find_period`` reads:
# "báo cáo 6 tháng", "BC năm", "the Q1 report", "the six-month report" (folded).
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_REPORT_NAMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bq([1-4])\b"), r"quy \1"),
    *(
        (re.compile(rf"\b{word}[\s-]+quarter\b"), f"quy {n}")
        for word, n in _ORDINALS.items()
    ),
    (
        re.compile(
            r"\b(?:6 thang|six[\s-]+months?|half[\s-]+year(?:ly)?|first[\s-]+half"
            r"|mid[\s-]+year)\b(?!\s+(?:dau|cuoi))"
        ),
        "6 thang dau nam",
    ),
    (re.compile(r"\b(?:9 thang|nine[\s-]+months?)\b(?!\s+dau)"), "9 thang dau nam"),
    (re.compile(r"^(?:nam|annual|year[\s-]+end|yearly)\b(?!\s+\d)"), "nam {year}"),
)


def reports_of(by_source: Mapping[str, Profile], period: Period) -> set[str]:
    """The files of the reports of ``period`` (the one a question names: "theo báo cáo quý
    I")."""
    return {source for source, p in by_source.items() if is_report(p) and p.period == period}


def latest_report(by_source: Mapping[str, Profile]) -> Period | None:
    """The period of the archive's latest report (by date of issue), None without one."""
    reports = [p for p in by_source.values() if is_report(p) and p.date]
    if not reports:
        return None
    last = max(reports, key=lambda p: p.date or "")
    return last.period or (Period.of_years(last.year) if last.year else None)


# A rank asked ("xếp thứ mấy", "đứng thứ bao nhiêu", "xếp hạng", "what rank", "ranked"), and
# a rank given ("xếp thứ 5/11", "đứng thứ 3", "xếp hạng 7", "ranked 4th"); a score asked
# in English ("what score", "how many points": "84,12 điểm"). Folded.
_RANK_ASKED = re.compile(
    r"\b(?:xep|dung) thu (?:may|bao nhieu)\b|\bxep hang\b|\bthu hang\b|\bwhat (?:rank|place)\b"
    r"|\brank(?:ed|ing)?\b"
)
_RANK_GIVEN = re.compile(
    r"\b(?:xep|dung)\s+(?:o\s+)?(?:vi tri\s+)?thu\s+\d+|\bxep hang\s+\d+|\brank(?:ed)?\s+\d+"
)
_SCORE_ASKED = re.compile(
    # "what was the department's PAR index score": the score asked after what it is of
    r"\bwhat (?:\w+\s+)?score\b|\bhow many points\b"
    r"|\bwhat\s+(?:was|is|were)\s+(?:[\w'-]+\s+){0,5}?score\b"
)
RANK = "xep hang"
# What an English "how many" counts, by the first syllable reports write it with: "how many
# work permits" → "giay" (giấy phép lao động), "how many dossiers" → "ho" (hồ sơ).
_EN_COUNTED = re.compile(r"\bhow many\s+(?P<w>(?:[a-z-]+\s+){0,3}[a-z-]+)")
# what ends the noun counted: "how many dossiers | did …", "… permits | in 2021"
_EN_NOUN_END = frozenset(
    {"did", "do", "does", "were", "was", "is", "are", "has", "had", "have", "in", "of", "for",
     "at", "on", "by", "during", "the", "to", "will", "would", "could", "can", "from", "that"}
)
_EN_UNITS = {
    "dossier": "ho",
    "application": "ho",
    "file": "ho",
    "procedure": "thu",
    "permit": "giay",
    "licence": "giay",
    "license": "giay",
    "certificate": "giay",
    "task": "nhiem",
    "article": "tin",
    "post": "tin",
    "visitor": "luot",
    "visit": "luot",
    "tourist": "luot",
    "unit": "don",
    "division": "phong",
    "civil servant": "cong",
    "official": "can",
    "staff": "cong",
    "kiosk": "kiosk",
    "document": "van",
    "letter": "van",
}


def counted_unit(folded: str) -> str:
    """What "bao nhiêu" (or "mấy") counts, by its first syllable, folded ("ho" of "hồ sơ",
    "don" of "đơn vị", "luot", "thu" of "TTHC"; ``RANK`` for a rank, "diem" for a score),
    "" if it names nothing: a sentence giving a number of it answers ("Tiếp nhận 18.406 hồ
    sơ"), a number of something else does not ("127 quy trình")."""
    if _RANK_ASKED.search(folded):
        return RANK
    if _SCORE_ASKED.search(folded):
        return "diem"
    english = _EN_COUNTED.search(folded)
    if english:
        words: list[str] = []
        for w in english.group("w").split():
            if w in _EN_NOUN_END:
                break
            words.append(w.rstrip("s") if len(w) > 3 else w)
        if {"and", "or"} & set(words):
            return ""  # "how many divisions and units": reports count them together
        # the head noun is the last: "administrative procedure dossiers" counts dossiers
        for n in range(len(words)):
            unit = _EN_UNITS.get(" ".join(words[n:]))
            if unit:
                return unit
        return ""
    m = _UNIT.search(folded)
    first = m.group("u").split()[0] if m else ""
    first = _UNIT_ABBREVIATIONS.get(first, first)
    if first in _NOT_UNIT or not first:
        # a rate asked ("Tỷ lệ hồ sơ giải quyết đúng hạn năm 2025?") is a percentage, not
        # the count a table's cell beside it gives
        return "phan" if _RATE_ASKED.search(folded) else ""
    return first


_RATE_ASKED = re.compile(r"\b(?:ty le|percentage|proportion|share|rate)\b")


def counts(text: str, unit: str) -> bool:
    """Whether ``text`` gives a number of ``unit`` ("9.486 hồ sơ", "04/06 đơn vị"; for
    "phan", of "phần trăm": a percentage), or is a table row naming it in one cell and
    giving the number in the next ("Hồ sơ tiếp nhận | 3.045"; not a rate of it, "Tỷ lệ hồ
    sơ đúng hạn | 99,92%")."""
    if not unit:
        return False
    folded = fold(text)
    if unit == RANK:
        return bool(_RANK_GIVEN.search(folded))
    what = r"%" if unit == "phan" else rf"(?:\([^)]*\)\s*)?{re.escape(unit)}\b"
    if re.search(rf"\d[\d.,/]*\s*{what}", folded):
        return True
    if unit == "phan":
        return False
    cell = table_cell(text)
    if cell is not None:
        # "Lĩnh vực | Hồ sơ tiếp nhận … Đất đai | 5.470", "Chỉ tiêu | Quý II … Hồ sơ tiếp
        # nhận năm 2023 | 900": what it counts named by its column or its row
        named = [fold(c) for c in cell]
        return not text.rstrip().endswith("%") and any(
            _names_counted(n, unit) and not _RATE.match(n) for n in named
        )
    if f" {ROW_AFTER_HEADER} " in text and _counted_in_column(text, unit):
        return True
    row = re.search(
        rf"(?:^|\|)(?P<name>[^|\d]*\b{re.escape(unit)}\b[^|\d]*)\|\s*\d[\d.,/]*\s*(?P<rate>%)?",
        folded,
    )
    return row is not None and not row.group("rate") and not _RATE.match(row.group("name").strip())


def _counted_in_column(text: str, unit: str) -> bool:
    """Whether a table row quoted after its header (``passages.sentences``: "Tháng | Hồ sơ
    tiếp nhận | Vốn đăng ký (tỷ đồng) … 02/2026 | 512 | 1.105") gives a number under a
    column naming ``unit`` (not a rate of it)."""
    head, row = text.split(f" {ROW_AFTER_HEADER} ", 1)
    names = [fold(c).strip() for c in head.split("|")]
    cells = [c.strip() for c in row.split("|")]
    return len(names) == len(cells) and any(
        _names_counted(name, unit) and not _RATE.match(name) and _DIGIT.match(cell)
        for name, cell in zip(names[1:], cells[1:], strict=True)
    )


# A table column of dossiers named by what was done with them (folded): "Tiếp nhận", "Đúng
# hạn", "Trực tuyến" count hồ sơ in a report's table of procedures.
_DOSSIER_COLUMN = re.compile(
    r"\b(?:tiep nhan|giai quyet|dung han|qua han|truoc han|truc tuyen|tra ket qua)\b"
)


def _names_counted(name: str, unit: str) -> bool:
    """Whether a table's column or row ``name`` (folded) names what ``unit`` counts."""
    return bool(
        re.search(rf"\b{re.escape(unit)}\b", name)
        or (unit == "ho" and _DOSSIER_COLUMN.search(name))
    )


# A rate named in a table's first cell ("Tỷ lệ hồ sơ đúng hạn"), folded.
_RATE = re.compile(r"(?:ty le|rate|share|percentage)\b")


def named_files(
    question: str, by_source: Mapping[str, Profile], topic: Callable[[str], str]
) -> frozenset[str]:
    """The files whose document the question names by its trích yếu: every topic word of
    the subject (at least two; ``topic`` drops the reform's name, the department, the
    period) is among the question's."""
    asked = set(_WORDS.findall(fold(topic(question))))
    reform_plan = bool(REFORM_PLAN.search(fold(question)))
    out = set()
    for source, p in by_source.items():
        words = set(_WORDS.findall(fold(topic(p.subject or ""))))
        # "Kế hoạch CCHC năm 2024" names the reform's own plan, whose trích yếu is nothing
        # but the reform's name, a year and its issuer ("Cải cách hành chính năm 2024 của
        # Ủy ban nhân dân huyện Đông Sơn")
        own_plan = reform_plan and p.code == "KH" and not words
        if (len(words) >= 2 and words <= asked) or (
            own_plan and _REFORM_NAME.search(fold(p.subject or ""))
        ):
            out.add(source)
    return frozenset(out)


# A document's number asked for, not a figure: "… là báo cáo số mấy?", "… số hiệu gì?" (not
# "hồ sơ bao nhiêu", folded "ho so bao nhieu").
_NUMBER_ASKED = re.compile(r"(?<!ho )\bso\s+(?:may|hieu(?:\s+(?:gi|nao))?)\s*\??\s*$")
# "mấy" as typed: folded, it would be "máy" of "bộ máy".
_HOW_MANY = re.compile(r"\bmấy\b", re.IGNORECASE)
# The reform's name in a trích yếu (folded).
_REFORM_NAME = re.compile(r"\b(?:cai cach hanh chinh|cchc)\b")


def ahead(heading: str) -> bool:
    """Whether a section heading is about what is still to do (tasks ahead, proposals)."""
    return bool(_AHEAD.search(fold(heading)))


def without_period(text: str) -> str:
    """The question without the phrase naming its period ("6 tháng đầu năm 2024", "năm
    ngoái", "hiện nay"): what its sentences are matched on, their period being scored
    apart."""
    found = find_period(text)
    spans = [found[1:]] if found else []
    folded = fold(text)
    if len(folded) == len(text):
        relative = list(RELATIVE_RE.finditer(folded))
        spans += [m.span() for m in (*relative, *_LATEST.finditer(folded))]
        if not found and relative:
            # a part of a year named relative to now ("6 tháng đầu năm nay"): the part too
            # (its year is the relative one's, whichever: only the phrase is wanted)
            part = find_period(text, default_year=2000)
            spans += [part[1:]] if part else []
    if not spans:
        return text
    merged: list[list[int]] = []
    for start, end in sorted(spans):  # overlapping phrases ("6 tháng đầu năm" / "năm nay")
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    rest = text
    for start, end in reversed(merged):
        rest = f"{rest[:start]} {rest[end:]}"
    rest = " ".join(rest.split()).strip(" ,;")
    return rest if len(rest) >= 8 else text


def figure_topic(text: str) -> str:
    """``text`` without the words asking for a figure or a target ("đạt", "tổng cộng",
    "đặt chỉ tiêu", "tối thiểu", "mấy"): how it asks, not what about."""
    text = _HOW_MANY.sub(" ", text)
    folded = fold(text)
    if len(folded) != len(text):
        return text
    spans = [m.span() for m in _TARGET.finditer(folded)]
    # ("đất", land, folds as "đạt" does: "hồ sơ lĩnh vực đất đai" names what is counted)
    spans += [
        m.span()
        for m in _ASKING.finditer(folded)
        if m.group() != "dat" or "ấ" not in text[m.start() : m.end()].lower()
    ]
    spans.sort()
    for start, end in reversed(spans):
        text = text[:start] + " " + text[end:]
    return " ".join(text.split())


def states_figure(text: str) -> bool:
    """Whether a sentence holds a number once dates, years, document numbers and
    structure numbers are taken out."""
    return bool(_DIGIT.search(_NOT_FIGURE.sub(" ", fold(text))))


def is_plan(p: Profile) -> bool:
    """A plan, programme or scheme, or a decision issuing one."""
    return (
        p.code in _PLAN_CODES
        or (p.kind or "").lower() in ("kế hoạch", "chương trình", "đề án")
        or p.instrument in ("Kế hoạch", "Chương trình", "Đề án")
    )


def document_fit(p: Profile | None, asked: Asked) -> float:
    """How well a document answers for the asked period, from −1 to 1.

    Result asked: the period's own report 1; a report of a part of it, or of a stretch
    holding it, 0.5; a report of another period −1; a plan of the period −0.5 (it states
    targets); another document of another period −0.5; anything else 0. Target asked: the
    period's own plan 1, a plan holding it 0.5, a plan of another period −1, a report of the
    period −0.5, of another −1.
    """
    if p is None:
        return 0.0
    own = p.period or (Period.of_years(p.year) if p.year else None)
    if own is None:
        return 0.0
    same = own == asked.period
    overlap = own.overlaps(asked.period)
    if asked.target:
        if is_plan(p):
            return 1.0 if same else 0.5 if overlap else -1.0
        if is_report(p):
            # a report restates its own period's plan ("Sở ban hành Kế hoạch số 12/KH-STP …
            # với 21 nhiệm vụ" in the 2023 report), not another period's
            return -0.5 if overlap else -1.0
        return 0.0
    if is_report(p) or sends_figures(p.subject):
        return 1.0 if same else 0.5 if overlap else -1.0
    if is_plan(p) and overlap:
        return -0.5
    return 0.0 if overlap or p.period is None else -0.5



# A year a sentence names ("năm 2024", "2024"), not inside a date, a number's symbol or a
# standard's ("TCVN ISO 9001:2015").
_NAMED_YEAR = re.compile(r"(?<![\d/.\-:])((?:19|20)\d\d)(?![\d/\-])")
# A change asked of a figure (folded): "so với cùng kỳ năm trước … tăng bao nhiêu %", "giảm
# bao nhiêu phần trăm", "by how much did … increase".
_CHANGE_ASKED = re.compile(
    # (with another period: "so với chỉ tiêu cả năm" asks the figure beside its target)
    r"\bso voi\s+(?:cung ky|quy|nam|thang|ky|[69] thang|dau nam)\b"
    r"|\b(?:tang|giam)(?: them)?\s+(?:bao nhieu|may)\b"
    r"|\bby how (?:much|many)\b"
    r"|\b(?:increase|decrease|growth|drop|rise|fall)\b[^?]*\b(?:compared|than|over)\b"
)
# The figure as first reported asked (folded): "Báo cáo quý I năm 2025 ban đầu báo cáo số hồ
# sơ tiếp nhận là bao nhiêu", "as originally reported".
_ORIGINAL_ASKED = re.compile(
    r"\b(?:ban dau|luc dau|thoat dau|truoc khi (?:dieu chinh|dinh chinh))\b"
    r"|\b(?:originally|initially|first) reported\b|\bbefore (?:the |it was )?correct"
)
# A sentence stating a change (folded): "so với quý trước tăng 4,0%", "giảm 167 hồ sơ".
_STATES_CHANGE = re.compile(r"\bso voi\b|\b(?:tang|giam)(?: them)?\s+[\d(]")
# What a sentence compares its figure with, to the clause's end (a number's dot or comma
# does not end it) and the brackets after it: "so với quý II năm 2024", "so với cùng kỳ năm
# 2025 (6.121 hồ sơ)", "So với năm 2024 (tiếp nhận 4.871 hồ sơ, …, cấp 566 chứng chỉ)".
_COMPARED_WITH = re.compile(
    r"\b(?:so với|so voi|compared (?:with|to))\b"
    # (not the change told after it: "so với quý III năm 2025 tăng 3,3%")
    r"(?:(?!\s(?:tăng|giảm|tang|giam|increased?|decreased?|up|down)\b)"
    r"(?:[^,;.()]|(?<=\d)[.,](?=\d)))*(?:\s*\([^()]*\))?",
    re.IGNORECASE,
)
# The period a figure is compared with, not its own: "tăng 0,6 điểm phần trăm so với năm 2023
# (97,8%)", "giảm 5,8% so với cùng kỳ năm 2025 (623 lượt)".
_COMPARED = re.compile(
    r"\b(?:so với|so voi)\s+(?:cùng kỳ\s+|cung ky\s+)?(?:năm\s+|nam\s+)?(?:19|20)\d\d[^,;.]*"
    r"|\b(?:cùng kỳ|cung ky)\s+(?:năm\s+|nam\s+)?(?:19|20)\d\d[^,;.]*",
    re.IGNORECASE,
)


def sentence_fit(text: str, asked: Asked, *, year: int | None = None) -> float:
    """What the period a sentence names says of it, from −0.5 to 0.5.

    The asked period itself 0.5; whole years holding it ("năm 2024" for quý I/2024, "giai
    đoạn 2021 - 2025") 0; any other period −0.5: a part of it, a part holding it, another
    ("6 tháng đầu năm" for the year 2024 or for quý I/2024; "năm 2022" for 2023); none 0.
    Years named besides count as well: only other years −0.5. A figure counted to a day
    well before the asked period ends ("đến ngày 10/6/2026" for nine months) −0.5. What
    the figure is compared with ("so với cùng kỳ năm 2024") names no period of the
    sentence's. ``year``: the year the document's text means by a part of a year written
    without one ("6 tháng đầu năm", "tháng 8"; ``text_year``).
    """
    if _labels_year(fold(text), asked.period):
        return 0.5
    if _cut_off_before(fold(text), asked.period):
        return -0.5
    # (a period a figure is compared with is not the sentence's: "So với quý trước tăng
    # 4,0%; so với cùng kỳ năm 2024 (2.790 hồ sơ) tăng 475 hồ sơ" in quý III's report)
    own = _COMPARED_WITH.sub(lambda m: " " * len(m.group()), text)
    if not states_figure(own):
        # all its figures are the compared period's: "So với năm 2021 (… cấp 512 chứng chỉ
        # hành nghề), kết quả năm 2022 tiếp tục được cải thiện" is of 2021
        own = text
    named = sentence_period(own, year)
    if named is not None:
        if named == asked.period:
            return 0.5
        if (
            not named.whole_years
            and not asked.period.whole_years
            and table_cell(own) is None  # (a cell's period is its column's or row's)
            and asked.period in named_periods(own, year)
        ):
            # "Trong quý III …, tiếp nhận 1.702 hồ sơ; lũy kế 9 tháng 4.862 hồ sơ": of both
            # parts of the year (a year named besides may be a plan's title's; a part it is
            # compared with is not: "quý III …: tiếp nhận 2.790 hồ sơ; so với quý II năm
            # 2024, … giảm 40 hồ sơ" is no figure of quý II)
            return 0.5
        if _itemises(text, asked.period) and named.start <= asked.period.start <= named.end:
            return 0.5  # "Quý III …, tiếp nhận 54.825 hồ sơ (tháng 7: 18.640; …)" for July
        holds = named.start <= asked.period.start and asked.period.end <= named.end
        if named.whole_years and holds:
            return 0.0
        return -0.5
    blanked = _DATE_OR_NUMBER.sub(" ", fold(own))
    years: set[int] = set()
    for m in _RANGE.finditer(blanked):
        lo, hi = int(m.group(1)), int(m.group(2))
        if lo < hi <= lo + 30:
            years |= set(range(lo, hi + 1))
    years |= {int(y) for y in _YEAR.findall(_RANGE.sub(" ", blanked))}
    if not years:
        return 0.0
    return 0.5 if years & set(asked.period.years) else -0.5


# A figure a sentence labels with a year beside its own period's (folded): "Tỷ lệ … 99,1%
# (năm 2024: 98,5%)", "tăng 132,1% so với năm 2024 (4.530 hồ sơ)".
_LABELLED_YEAR = re.compile(
    r"\(\s*nam\s+((?:19|20)\d\d)\s*:\s*\d|\bso voi (?:cung ky )?nam\s+((?:19|20)\d\d)\s*\(\s*\d"
)


def _labels_year(folded: str, asked: Period) -> bool:
    """Whether a sentence gives a figure it labels with the one year asked (``asked`` a
    whole year): the later report's restated, often final, figure of it."""
    if not asked.whole_years or len(asked.years) != 1:
        return False
    year = str(asked.years[0])
    return any(year in m.groups() for m in _LABELLED_YEAR.finditer(folded))


def text_year(p: Profile | None) -> int | None:
    """The year a document's text means by a part of a year written without one ("quý
    IV", "tháng 8"): its period's when that lies within one year (the 2025 report, signed
    in January 2026), else its year of issue."""
    if p is None:
        return None
    if p.period is not None and p.period.start[:4] == p.period.end[:4]:
        return int(p.period.start[:4])
    return p.year


# A month named without its year, folded: "tháng 8", "tháng 02"; not "tháng 8/2025" nor
# "tháng 8 năm 2025" (``find_period`` reads those), nor an item of a breakdown by month
# ("… 27.135 hồ sơ (tháng 01: 9.712; tháng 02: 7.305 …)").
_BARE_MONTH = re.compile(r"\bthang\s+(1[0-2]|0?[1-9])\b(?!\s*(?:/|nam\b|:))")
# A table row of a month, after its header (``passages.sentences``): "… 02/2026 | 512 | 94".
_ROW_MONTH = re.compile(r"(?:^|… )(1[0-2]|0?[1-9])/((?:19|20)\d\d)\s*\|")
# What a sentence says in brackets: "(6 tháng đầu năm là số liệu của …)", "(năm 2024: …)".
_BRACKETS = re.compile(r"\([^()]*\)")


# An item of a breakdown by month (folded): "(tháng 7: 18.640; tháng 8: …)".
_MONTH_ITEM = r"\bthang\s+0?{}\s*:\s*\d"


def _itemises(text: str, asked: Period) -> bool:
    """Whether ``text`` gives an item of a breakdown by month for ``asked``, one month."""
    month = int(asked.start[5:7])
    if asked.start[:7] != asked.end[:7] or not asked.start.endswith("-01"):
        return False
    return re.search(_MONTH_ITEM.format(month), fold(text)) is not None


def _month_item(text: str, asked: Period) -> str:
    """The figure ``text`` gives for ``asked`` (one month) in a breakdown by month, ""
    when it gives none."""
    if not _itemises(text, asked):
        return ""
    m = re.search(_MONTH_ITEM.format(int(asked.start[5:7])) + r"[\d.,]*%?", fold(text))
    return m.group().split(":")[-1].strip() if m else ""


def sentence_period(text: str, year: int | None) -> Period | None:
    """The period a sentence is about: the first it names outside brackets ("Năm 2025, …
    (6 tháng đầu năm là số liệu của …) … (năm 2024: …)" is about 2025), else the first in
    them; a month named without its year ("Số liệu tháng 8 …") is of ``year``."""
    row = _ROW_MONTH.search(text)
    if row:  # "Tháng | Tiếp nhận … 02/2026 | 512 | 94": a table's row of a month
        return Period.of_month(int(row.group(2)), int(row.group(1)))
    to_month = _TO_MONTH.search(fold(text))
    of = int(to_month.group("y") or year or 0) if to_month else 0
    if to_month and of:  # "Lũy kế từ đầu năm đến hết tháng 4 năm 2025": January to April
        return Period(f"{of}-01-01", Period.of_month(of, int(to_month.group("m"))).end)
    column = _column_period(text, year)
    if column is not None:
        return column
    outside = _BRACKETS.sub(lambda m: " " * len(m.group()), text)
    for part in (outside, text) if outside != text else (text,):
        found = find_period(part, default_year=year)
        if found is not None:
            return found[0]
    m = _BARE_MONTH.search(fold(text)) if year else None
    return Period.of_month(year, int(m.group(1))) if m and year else None


# A cumulative figure from the year's start to a month's end (folded): "lũy kế từ đầu năm
# đến hết tháng 4 năm 2025", "từ đầu năm đến cuối tháng 10/2026".
_TO_MONTH = re.compile(
    r"\btu dau nam\s+(?:den|toi)\s+(?:het\s+|cuoi\s+)?thang\s+(?P<m>1[0-2]|0?[1-9])\b"
    r"(?:\s*(?:/|nam)\s*(?P<y>(?:19|20)\d\d))?"
)
# A table's cell quoted with its column's name (``passages.table_cells``): "Chỉ tiêu | Quý II
# … Hồ sơ tiếp nhận năm 2023 | 900".
_CELL = re.compile(
    rf"^(?P<head>[^|]*)\|(?P<column>[^|]+) {re.escape(ROW_AFTER_HEADER)} (?P<row>[^|]+)\|"
    r"(?P<cell>[^|]+)$"
)
# A column of the whole year beside its parts ("Cả năm", "Tổng số"), folded.
_WHOLE_YEAR_COLUMN = re.compile(r"(?:ca nam|tong(?: so| cong)?|cong|luy ke ca nam)")


def _column_period(text: str, year: int | None) -> Period | None:
    """The period a table cell's column names ("Quý II", "9 tháng", "Cả năm"), or else its
    row, of the year its row or else the document names; None for a cell naming none."""
    cell = _CELL.match(text)
    if cell is None:
        return None
    column = cell.group("column").strip()
    years = _NAMED_YEAR.findall(cell.group("row")) or _NAMED_YEAR.findall(cell.group("head"))
    of = int(years[0]) if len(set(years)) == 1 else year
    if of is None:
        return None
    if _WHOLE_YEAR_COLUMN.fullmatch(fold(column)):
        return Period.of_years(of)
    # the column's period, else the row's ("Quý | Tiếp nhận (hồ sơ) … Quý II | 2.830": a
    # table of a year's quarters, row by row); the year added is no period of the name's
    # ("Đất đai năm 2023")
    for name in (column, cell.group("row").strip()):
        found = find_period(f"{name} năm {of}", default_year=of)
        if found is not None and found[1] < len(name):
            return found[0]
    return None


def table_cell(text: str) -> tuple[str, str] | None:
    """A table cell's column and row names (``passages.table_cells``), None for a sentence
    of another kind."""
    cell = _CELL.match(text)
    return (cell.group("column").strip(), cell.group("row").strip()) if cell else None


def named_periods(text: str, year: int | None) -> list[Period]:
    """Every period a sentence names outside brackets (at most six)."""
    outside = _BRACKETS.sub(lambda m: " " * len(m.group()), text)
    out: list[Period] = []
    found = find_period(outside, default_year=year)
    while found is not None and len(out) < 6:
        out.append(found[0])
        _, start, end = found
        outside = outside[:start] + " " * (end - start) + outside[end:]
        found = find_period(outside, default_year=year)
    return out


# Where a passage's sentences end: its lines, and a full stop or semicolon before a space.
_SENTENCE_END = re.compile(r"\n+|(?<=[.;])\s+")
# A sentence's clauses: "Tháng 10 …, Trung tâm tiếp nhận 9.412 hồ sơ; đã giải quyết …".
_CLAUSE = re.compile(r"[;,]\s+")


def _closest_clauses(text: str, words: frozenset[str]) -> list[str]:
    """The clauses of ``text`` holding the most of ``words`` (one or several as many)."""
    held = [(len(words & content_words(c)), c) for c in _CLAUSE.split(text)]
    most = max((n for n, _ in held), default=0)
    return [c for n, c in held if n == most and n > 0]


def _closest_clause(text: str, words: frozenset[str]) -> str:
    """The clause of ``text`` holding the most of ``words``, "" when two hold as many (which
    figure the sentence answers with is then not told)."""
    held = sorted(((len(words & content_words(c)), c) for c in _CLAUSE.split(text)), reverse=True)
    if not held or (len(held) > 1 and held[0][0] == held[1][0]):
        return ""
    return held[0][1]


# A figure a document corrects, folded: "(số liệu tháng 10) được điều chỉnh từ 9.412 lên
# 9.421 (hồ sơ)", "cập nhật từ 12.880 lên 12.908", "đính chính từ 56,1% thành 56,3%",
# "revised from 9,412 to 9,421".
_FIGURE = r"\d(?:[\d.,]*\d)?\s*%?"
_CORRECTION = re.compile(
    rf"\b(?:dieu chinh|cap nhat|dinh chinh|sua lai|sua)(?:\s+[a-z\d]+){{0,4}}?\s+tu\s+"
    rf"(?P<old>{_FIGURE})"
    rf"(?:\s+[a-z]+){{0,2}}\s+(?:len|xuong|thanh|con)\s+(?P<new>{_FIGURE})"
    rf"|\b(?:revised|corrected|updated|adjusted|restated)\s+(?:\w+\s+){{0,3}}?from\s+"
    rf"(?P<eold>{_FIGURE})(?:\s+[a-z]+){{0,2}}\s+to\s+(?P<enew>{_FIGURE})"
    # "Số hồ sơ …: 2.214 hồ sơ (đã báo cáo 2.187 hồ sơ)", "36,1% (trước đây báo cáo 36,5%)",
    # "2.214 hồ sơ (Báo cáo số 101/BC-STC nêu 2.187 hồ sơ)"
    # "6.310 hồ sơ TTHC (thay cho số liệu 6.240 hồ sơ đã báo cáo)", "11 đơn vị (không phải 9
    # đơn vị như đã báo cáo)"
    rf"|(?P<bnew>{_FIGURE})(?:\s+[a-z]+){{0,3}}\s*\(\s*(?:(?:da|truoc day(?:\s+da)?|previously)"
    r"\s+(?:bao cao|neu|reported|stated)|bao cao so \S+(?:\s+ngay \S+)?\s+(?:da\s+)?neu"
    r"|thay cho(?:\s+so lieu)?|khong phai)"
    rf"\s+(?:la\s+)?(?P<bold>{_FIGURE})"
    # "số liệu quý I … đã báo cáo tại Báo cáo số 41/BC-SYT ngày 10/4/2025 là 2.918 hồ sơ,
    # nay điều chỉnh thành 2.981 hồ sơ"
    # (a rate in brackets after either: "là 1.752 hồ sơ (83,0%), nay điều chỉnh thành …")
    rf"|\bda (?:bao cao|neu)\b[^.;]{{0,80}}?\bla\s+(?P<aold>{_FIGURE})(?:\s+[a-z]+){{0,2}}"
    r"(?:\s*\([^()]{0,30}\))?,?"
    rf"\s+nay\s+(?:duoc\s+)?(?:dieu chinh|dinh chinh|cap nhat|sua)(?:\s+lai)?\s+"
    rf"(?:thanh|la|len|xuong|con)\s+(?P<anew>{_FIGURE})"
    # a decision's text corrected: "… của Sở Tư pháp "87,35" điểm được sửa thành "88,35" điểm"
    rf"|[\"“](?P<qold>{_FIGURE})[\"”](?:\s+[a-z]+){{0,2}}\s+(?:duoc\s+)?"
    rf"(?:sua|dinh chinh|dieu chinh)(?:\s+lai)?\s+thanh\s+[\"“](?P<qnew>{_FIGURE})[\"”]"
    # a phrase quoted and its corrected wording quoted: ""quý II năm 2026 giải quyết trễ hạn
    # 52 hồ sơ" sửa thành "quý II năm 2026 giải quyết trễ hạn 25 hồ sơ"" (the one figure
    # that differs, ``_corrected_pair``)
    r"|[\"“](?P<pold>[^\"“”]{1,160})[\"”]\s+(?:duoc\s+)?(?:sua|dinh chinh|dieu chinh)"
    r"(?:\s+lai)?\s+thanh\s+[\"“](?P<pnew>[^\"“”]{1,160})[\"”]"
    # "đính chính số liệu tại Báo cáo số 26/BC-SDL …: tỷ lệ … quý I năm 2026 … là 41,2%, nay
    # đính chính thành 47,2%" (no "đã báo cáo" before it)
    rf"|\bla\s+(?P<nold>{_FIGURE})(?:\s+[a-z]+){{0,2}}(?:\s*\([^()]{{0,30}}\))?,?"
    r"\s+nay\s+(?:duoc\s+)?(?:dieu chinh|dinh chinh|cap nhat|sua)(?:\s+lai)?\s+"
    rf"(?:thanh|la|len|xuong|con)\s+(?P<nnew>{_FIGURE})"
)


# Several figures corrected in one sentence, each named by what it counts (folded): "đã báo
# cáo … là 291 hồ sơ tiếp nhận, 252 hồ sơ trực tuyến, nay điều chỉnh thành 297 hồ sơ tiếp
# nhận, 258 hồ sơ trực tuyến".
_FIGURES = re.compile(_FIGURE)
_FIGURE_LIST = rf"{_FIGURE}(?:\s+[a-z]+){{0,4}}(?:\s*,\s*{_FIGURE}(?:\s+[a-z]+){{0,4}})+"
_LISTED_CORRECTION = re.compile(
    rf"\bda (?:bao cao|neu)\b[^.;]{{0,80}}?\bla\s+(?P<olds>{_FIGURE_LIST}),?\s+nay\s+"
    r"(?:duoc\s+)?(?:dieu chinh|dinh chinh|cap nhat|sua)(?:\s+lai)?\s+(?:thanh|la|len|xuong|con)"
    rf"\s+(?P<news>{_FIGURE_LIST})"
)


@dataclass(frozen=True)
class Correction:
    """A figure of a period a document corrects ("Số liệu tháng 10 được điều chỉnh từ
    9.412 lên 9.421 hồ sơ"): the period, the figure as first stated, the corrected one,
    and the sentence saying so."""

    period: Period
    old: str
    new: str
    sentence: Sentence


def corrections_in(found: Iterable[Sentence], year: int | None) -> list[Correction]:
    """The corrections ``found`` (one document's sentences) state; ``year``: the year its
    text means by a month named without one (``text_year``)."""
    out = []
    before: list[Sentence] = []
    for s in found:
        folded = fold(s.text)
        m = _CORRECTION.search(folded)
        listed = _LISTED_CORRECTION.search(folded)
        # (a line of a list of corrections names no period: the one named last before it
        # does, "… Báo cáo số 101/BC-STC kết quả … 6 tháng đầu năm 2024 …: - Tỷ lệ …: 36,1%
        # (đã báo cáo 36,5%)."); read only for a correction
        period = (
            (sentence_period(s.text, year) or _named_last(before, year)) if m or listed else None
        )
        before.append(s)
        olds = _FIGURES.findall(listed.group("olds")) if listed else []
        news = _FIGURES.findall(listed.group("news")) if listed else []
        if period is not None and len(olds) > 1 and len(olds) == len(news):
            # "… là 291 hồ sơ tiếp nhận, 252 hồ sơ trực tuyến, nay điều chỉnh thành 297 hồ sơ
            # tiếp nhận, 258 hồ sơ trực tuyến": each figure in its turn
            for old, new in zip(olds, news, strict=True):
                out.append(Correction(period, "".join(old.split()), "".join(new.split()), s))
        elif m and period is not None:
            # each figure corrected in its own clause, of the period that clause names ("quý
            # III năm 2026, … 6.310 hồ sơ (thay cho số liệu 6.240 …); lũy kế 9 tháng năm 2026
            # … 17.640 hồ sơ (thay cho số liệu 17.570 hồ sơ)")
            start = 0
            for found_one in _CORRECTION.finditer(folded):
                clause = s.text[start : found_one.end()] if len(folded) == len(s.text) else ""
                own = sentence_period(clause, year) if clause else None
                old, new = _corrected_pair(found_one)
                if not old:
                    continue
                out.append(
                    Correction(own or period, "".join(old.split()), "".join(new.split()), s)
                )
                start = found_one.end()
    return out


def _corrected_pair(m: re.Match[str]) -> tuple[str, str]:
    """The figure first stated and the corrected one a match of ``_CORRECTION`` names."""
    pairs = (("old", "new"), ("eold", "enew"), ("aold", "anew"), ("nold", "nnew"), ("qold", "qnew"))
    for old, new in pairs:
        if m.group(old):
            return m.group(old), m.group(new)
    if m.group("pold"):
        # the figure the corrected wording changes (the period's own stays)
        olds, news = _FIGURES.findall(m.group("pold")), _FIGURES.findall(m.group("pnew"))
        changed = [
            (a, b)
            for a, b in zip(olds, news, strict=False)
            if "".join(a.split()) != "".join(b.split())
        ]
        return changed[0] if changed else ("", "")
    return m.group("bold"), m.group("bnew")


def _named_last(found: list[Sentence], year: int | None) -> Period | None:
    """The period the last of ``found`` naming one names (``sentence_period``), None if none."""
    return next(
        (p for s in reversed(found) if (p := sentence_period(s.text, year)) is not None), None
    )


def states(text: str, figure: str) -> bool:
    """Whether ``text`` gives ``figure`` as a whole number ("45,0%" is not in "145,0%")."""
    return re.search(rf"(?<![\d.,]){re.escape(figure)}(?!\d|[.,]\d)", text) is not None


# The day a figure is counted to: "đến ngày 10/6/2026", "tính đến hết ngày 30/11/2024".
_CUT_OFF = re.compile(r"\bden\s+(?:het\s+)?ngay\s+(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
# A report's figures are counted to some weeks before its period ends.
_CUT_OFF_SLACK = 45


def _cut_off_before(folded: str, asked: Period) -> bool:
    """Whether a sentence counts its figure to a day well before the asked part of a year
    ends ("đến ngày 10/6/2026 đã hoàn thành 17/42" for the first nine months of 2026): a
    figure of an earlier stretch, not of the asked one. Not for a whole year: "năm nay" is
    asked before it ends, and a figure to date is what there is."""
    m = _CUT_OFF.search(folded)
    if m is None or asked.whole_years:
        return False
    try:
        day = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        end = dt.date.fromisoformat(asked.end)
    except ValueError:
        return False
    return day < end - dt.timedelta(days=_CUT_OFF_SLACK)


class Timing:
    """Scores sources and sentences for one question's period."""

    def __init__(
        self,
        asked: Asked,
        by_source: Mapping[str, Profile],
        named: frozenset[str] = frozenset(),
        elsewhere: frozenset[str] = frozenset(),
        place: str | None = None,
        corrections: Sequence[Correction] = (),
        drafts: frozenset[str] = frozenset(),
    ) -> None:
        """``named``: the files of the documents the question names by their trích yếu
        ("Kế hoạch chuyển đổi số năm 2024 …": the digital plan, not the CCHC plan);
        ``elsewhere``: the files of another province's bodies than the one it names ("…
        năm 2024 của Sở Tư pháp tỉnh Lạc Giang", in an archive holding Tây Phong's too),
        ``place`` (folded); ``corrections``: the figures the archive's documents correct
        (those of the asked period are kept, the latest document's first); ``drafts``: the
        files marked "DỰ THẢO" with no number (their figures were not sent: they come after
        every signed document's)."""
        self.asked = asked
        self.drafts = drafts
        self.by_source = by_source
        self.named = named
        self.elsewhere = elsewhere
        self.place = place
        fixes = [c for c in corrections if c.period == asked.period and not asked.target]
        self.corrections = sorted(fixes, key=lambda c: self._date(c.sentence.chunk.source))[::-1]

    def _date(self, source: str) -> str:
        p = self.by_source.get(source)
        return (p.date or "") if p else ""

    def source(self, source: str) -> float:
        """``document_fit`` of the document whose own file ``source`` is, 0.5 more for a
        document the question names, and −1 for one of another place than it names (its
        passages come after the asked place's) or a draft."""
        named = 0.5 if source in self.named else 0.0
        other = -1.0 if source in self.elsewhere or source in self.drafts else 0.0
        return document_fit(self.by_source.get(source), self.asked) + named + other

    def from_named_report(
        self, found: list[tuple[float, Sentence]]
    ) -> list[tuple[float, Sentence]]:
        """``found`` with the best sentence stating a figure of the report the question
        names by its period (``Asked.report``: "theo báo cáo quý I") first; as it was when
        none names one, or none of that report's sentences states a figure."""
        if self.asked.report is None:
            return found
        files = reports_of(self.by_source, self.asked.report)
        first = next(
            (f for f in found if f[1].chunk.source in files and states_figure(f[1].text)), None
        )
        if first is None:
            return found
        return [first, *(f for f in found if f is not first)]

    def names(self, text: str) -> bool:
        """Whether a sentence names the asked period itself."""
        return sentence_fit(text, self.asked) > 0

    def names_own(self, text: str) -> bool:
        """Whether a sentence names the asked period as that of its figures, not only as
        the one they are compared with ("… so với năm 2023", "cùng kỳ năm 2025")."""
        return self.names(_COMPARED.sub(" ", text))

    def names_other(self, text: str) -> bool:
        """Whether a sentence names only years outside the asked period as those of its
        figures ("Chỉ số CCHC năm 2024 …" asked of 2025; not "… so với năm 2024", nor a part
        of the asked year: "02 đơn vị còn lại kiểm tra trong quý III")."""
        years = {int(y) for y in _NAMED_YEAR.findall(_COMPARED.sub(" ", text))}
        return bool(years) and not years & set(self.asked.period.years)

    def chunk(self, chunk: Chunk) -> float:
        """``source`` of a passage's file, but never below 0 for a passage with a sentence
        naming the asked period: "Chỉ số CCHC năm 2023 của Sở … đạt 86,15 điểm" is told by
        the 2024 report, whose file is of another year."""
        fit = self.source(chunk.source)
        if fit < 0 and any(self.names(part) for part in _SENTENCE_END.split(chunk.text)):
            return 0.0
        return fit

    def sentence(self, source: str, text: str, heading: str = "") -> float:
        """What the period says of a sentence: the period it names, else its document's
        fit; and for a result, whether its section tells what is still to do (``heading``:
        "NHIỆM VỤ QUÝ IV"). A sentence naming the asked period counts for more than its
        document: "Chỉ số CCHC năm 2022 … xếp thứ 8/20" is told by the 2023 report, while
        the 2022 report tells 2021's (``NAMED_ASKED`` …, weights of a sentence's score)."""
        doc = self.source(source)
        profile = self.by_source.get(source)
        own = sentence_fit(text, self.asked, year=text_year(profile))
        if own == 0 and profile is not None and profile.period is not None:
            if _THIS_PERIOD.search(fold(text)):
                # "Trong kỳ, Ban tiếp nhận 18 hồ sơ": of its document's own period
                own = 0.5 if profile.period == self.asked.period else -0.5
            elif is_report(profile) and profile.period != self.asked.period:
                # a report's sentence naming no period gives its own period's figure, not
                # that of a part of it or of a stretch holding it ("Tỷ lệ … đạt 36,6%" of
                # the year's report, asked of the first six months) — unless its title
                # names the asked one too ("quý III và 9 tháng đầu năm 2025": the quarter's)
                fit = max(document_fit(profile, self.asked), 0.0)
                titled = named_periods(profile.subject or "", text_year(profile))
                doc += 1.0 - fit if self.asked.period in titled else -fit
        if own > 0:
            score = NAMED_ASKED * own + DOCUMENT_BESIDE * doc
        elif own < 0:
            score = NAMED_OTHER * own + DOCUMENT_BESIDE * doc
        else:
            score = DOCUMENT_FIT * doc
        if not self.asked.target and heading and ahead(heading):
            score -= AHEAD
        if not self.asked.estimate and ESTIMATED.search(fold(text)):
            # the year's report signed in December estimates the year ("Ước thực hiện cả
            # năm 2025: … khoảng 4.250 hồ sơ"); the figure counted since comes first
            score -= ESTIMATE
        # another province's body's file: not what was asked, unless the sentence names the
        # asked one ("… của Sở Tư pháp tỉnh Tây Phong (cũ) xếp thứ 7/18" in the merged Sở's)
        if source in self.elsewhere and not (self.place and self.place in fold(text)):
            score -= ELSEWHERE
        if source in self.drafts:
            # a draft's figure was never sent: any signed document's first
            score -= ELSEWHERE
        return score

    def exactly(self, source: str, text: str) -> bool:
        """Whether a sentence gives a figure of the asked period itself, not of a part of
        it ("6 tháng đầu năm 2024 …" asked of the year): the period it names is the asked
        one (or the asked one is among those it names), or it names none and its document
        reports on the asked period."""
        profile = self.by_source.get(source)
        year = text_year(profile)
        if sentence_fit(text, self.asked, year=year) > 0:
            return True
        if sentence_period(text, year) is not None:
            return False
        return profile is not None and is_report(profile) and profile.period == self.asked.period

    def figure(self, text: str) -> float:
        """For a question asking "bao nhiêu": 1 for a sentence giving a number of what it
        counts ("18.406 hồ sơ" for "bao nhiêu hồ sơ"), 0.5 for one stating another number,
        0 for none; 1 for any number when the question names nothing counted. A change
        asked ("so với quý trước giảm bao nhiêu %"): 0.5 for a sentence stating none."""
        if not self.asked.count or not states_figure(text):
            return 0.0
        if self.asked.change and not _STATES_CHANGE.search(fold(text)):
            return 0.5
        if not self.asked.change:
            # the figure compared with is not the sentence's: "So với cùng kỳ năm 2025
            # (6.121 hồ sơ), số hồ sơ … tăng 6,6%" gives no count of its own period's —
            # unless that period is the one asked ("So với năm 2021 (… cấp 512 chứng chỉ)")
            text = _COMPARED_WITH.sub(lambda m: self._compared(m.group()), text)
        if not self.asked.unit or counts(text, self.asked.unit):
            return 1.0
        return 0.5

    def _compared(self, span: str) -> str:
        """A comparison's words, kept when they name the asked period, else blanked."""
        found = find_period(span)
        return span if found is not None and found[0] == self.asked.period else " "

    def covered(self) -> bool:
        """Whether the archive holds a document of the asked kind for the period (a report
        for a result, a plan for a target); an archive without document profiles is not
        said to lack one."""
        fits = (document_fit(p, self.asked) for p in self.by_source.values())
        return not self.by_source or any(f > 0 for f in fits)

    def caveat(self, source: str, text: str, language: str = "vi") -> str:
        """What a quoted sentence from ``source`` must say about its period, "" when it is
        the period's (or says nothing of periods): a plan's target given for a result, a
        document of another period, or a sentence naming another period ("6 tháng đầu năm"
        for quý II)."""
        words = _CAVEATS["en" if language == "en" else "vi"]
        p = self.by_source.get(source)
        if p is None:
            return ""
        fix = self.correcting(source, text)
        if fix is not None:
            return words["corrected"].format(fix.old, fix.new)
        if document_fit(p, self.asked) < 0 and self.names(text):
            return ""  # it names the asked period: "Chỉ số CCHC năm 2023 …" in the 2024 report
        if document_fit(p, self.asked) >= 0:
            year = text_year(p)
            named = sentence_period(text, year)
            if named is None or sentence_fit(text, self.asked, year=year) >= 0:
                return ""
            asked = self.asked.period
            if asked.start <= named.start and named.end <= asked.end:
                return ""  # a part of the asked period ("quý III" of the year) is of it
            return words["other"].format(period_label(named, language))
        own = p.period or (Period.of_years(p.year) if p.year else None)
        if own is None:
            return words["unknown"]
        if not self.asked.target and is_plan(p) and own.overlaps(self.asked.period):
            return words["target"]
        if own == self.asked.period:
            return ""  # of the asked period: a report restating its plan's target
        return words["other"].format(period_label(own, language))

    def correcting(self, source: str, text: str) -> Correction | None:
        """The correction of a figure ``text`` gives for the asked period as first stated
        (another document's, later corrected), None if it gives none."""
        return next(
            (
                c
                for c in self.corrections
                if c.sentence.chunk.source != source and states(text, c.old)
            ),
            None,
        )

    def corrected(
        self, found: list[tuple[float, Sentence]], words: frozenset[str]
    ) -> list[tuple[float, Sentence]]:
        """``found`` with a correction of the asked period's figure first only when it
        corrects the answer: when the clause of the best other sentence that reads closest
        to the question (``words``: its content words; one clause, not two as close) gives
        the figure as first stated
        ("Tháng 10 … tiếp nhận 9.412 hồ sơ; đã giải quyết …", then "Số liệu tháng 10 được
        điều chỉnh từ 9.412 lên 9.421 hồ sơ"), or when that sentence is not of the asked
        period and the correction counts what is asked ("bao nhiêu hồ sơ"). Otherwise the
        best other sentence comes first: a correction of another figure of the period
        ("… đã giải quyết bao nhiêu hồ sơ") does not answer."""
        if not found or not self.corrections:
            return found

        def key(s: Sentence) -> tuple[str, int]:
            return (s.chunk.source, s.start)

        fixes = {key(c.sentence) for c in self.corrections}
        others = [f for f in found if key(f[1]) not in fixes]
        if not others:
            return found
        best, top = others[0]
        clause = _closest_clause(top.text, words)
        fix = self.correcting(top.chunk.source, clause) if clause else None
        if not clause:
            # two clauses read as close ("quý II … trễ hạn 52 hồ sơ; lũy kế 6 tháng … trễ hạn
            # 55 hồ sơ"): the one naming the asked period, when its figure was corrected since
            year = text_year(self.by_source.get(top.chunk.source))
            own = [
                c
                for c in _closest_clauses(top.text, words)
                if sentence_period(c, year) == self.asked.period
            ]
            fix = self.correcting(top.chunk.source, own[0]) if len(own) == 1 else None
        if self.asked.original:
            # the figure first reported: the correction states it, beside the new one
            fix = next((c for c in self.corrections if c.period == self.asked.period), fix)
        if fix is None and self.asked.revised:
            # the corrected one asked: a correction of a figure the best sentence states
            fix = next((c for c in self.corrections if states(top.text, c.old)), None)
        item = _month_item(top.text, self.asked.period)
        if fix is None and item:
            # "(tháng 01: 17.420; tháng 02: 12.880; …)" for February, later corrected
            fix = next((c for c in self.corrections if c.old == item), None)
        year = text_year(self.by_source.get(top.chunk.source))
        fit = sentence_fit(top.text, self.asked, year=year)
        if (
            fix is None
            and self.asked.unit
            and (
                fit < 0
                or (
                    fit == 0
                    and (
                        sentence_period(top.text, year) is not None
                        or self.source(top.chunk.source) <= 0
                    )
                )
            )
        ):
            # the best sentence is not of the asked period: a correction of its figure of
            # what is counted is ("Số liệu tháng 8 được điều chỉnh … lên 15.993 hồ sơ", not
            # "Năm 2025, … tiếp nhận 195.967 hồ sơ" for August) — a sentence naming no
            # period in the period's own report is of it ("Tỷ lệ hài lòng | 98,3% | …")
            fix = next(
                (c for c in self.corrections if counts(c.sentence.text, self.asked.unit)), None
            )
        if fix is None and key(found[0][1]) in fixes and not self.asked.original:
            # a correction of the asked period's figure read closest of all answers as it
            # ranked ("lũy kế 9 tháng năm 2026 tiếp nhận 17.640 hồ sơ (thay cho số liệu 17.570
            # hồ sơ)" for the first nine months)
            return found
        first = (max(found[0][0], best), fix.sentence) if fix else others[0]
        return [first, *(f for f in found if key(f[1]) != key(first[1]))]

    def lead(self, language: str = "vi") -> str:
        """The line before an answer whose period the archive has no report (or plan) of."""
        if self.covered():
            return ""
        words = _CAVEATS["en" if language == "en" else "vi"]
        kind = words["plan" if self.asked.target else "report"]
        return words["lead"].format(kind, period_label(self.asked.period, language)) + "\n"


_CAVEATS = {
    "vi": {
        "other": " [số liệu kỳ khác: {}]",
        "unknown": " [số liệu kỳ khác]",
        "target": " [chỉ tiêu kế hoạch, không phải kết quả]",
        "corrected": " [số liệu {} sau đó được điều chỉnh thành {}]",
        "lead": "Kho tài liệu không có {} nào của {}: các điểm dưới đây thuộc kỳ khác.",
        "plan": "kế hoạch",
        "report": "báo cáo",
    },
    "en": {
        "other": " [another period: {}]",
        "unknown": " [another period]",
        "target": " [a plan's target, not a result]",
        "corrected": " [{} was later corrected to {}]",
        "lead": "The archive holds no {} for {}: the points below are of other periods.",
        "plan": "plan",
        "report": "report",
    },
}


_ROMAN = ("I", "II", "III", "IV")


def period_label(p: Period, language: str = "vi") -> str:
    """``năm 2023``, ``quý I/2024``, ``6 tháng đầu năm 2024``, ``9 tháng đầu năm 2024``,
    ``giai đoạn 2021 - 2025`` (English: ``2023``, ``Q1 2024``, ``the first 6 months of
    2024`` …); a stretch of days otherwise."""
    y1, m1, d1 = (int(x) for x in p.start.split("-"))
    y2, m2, _ = (int(x) for x in p.end.split("-"))
    whole_end = p.end[5:] in _MONTH_ENDS[m2]
    if (m1, d1) == (1, 1) and p.end[5:] == "12-31":
        if y1 == y2:
            return str(y1) if language == "en" else f"năm {y1}"
        return f"{y1} - {y2}" if language == "en" else f"giai đoạn {y1} - {y2}"
    if y1 == y2 and d1 == 1 and whole_end:
        if m1 == m2:
            return f"{m1:02d}/{y1}" if language == "en" else f"tháng {m1}/{y1}"
        if m2 - m1 == 2 and m1 % 3 == 1:
            q = (m1 + 2) // 3
            return f"Q{q} {y1}" if language == "en" else f"quý {_ROMAN[q - 1]}/{y1}"
        if m1 == 1:
            if language == "en":
                return f"the first {m2} months of {y1}"
            return f"{m2} tháng đầu năm {y1}"
        if (m1, m2) == (7, 12):
            return f"the second half of {y1}" if language == "en" else f"6 tháng cuối năm {y1}"
    return f"{p.start} – {p.end}"


# The last day of each month ("MM-DD"; February either way).
_MONTH_ENDS = {
    m: (f"{m:02d}-{d}",) if m != 2 else ("02-28", "02-29")
    for m, d in zip(range(1, 13), (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), strict=True)
}


def own_files(profiles: Mapping[Any, Profile]) -> dict[str, Profile]:
    """Each own file's profile, by the file's path."""
    return {p.source: p for p in profiles.values() if p.own and p.source}
