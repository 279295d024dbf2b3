"""Answers from the documents' lives, and list answers that mark replaced documents.

The lives are built from real header identities and hand-written claims (the grammar
has its own tests), so these tests are about what the answer says and cites.
"""

from __future__ import annotations

import pytest

from assistant.archive.lives import FileClaims, Lives, Statement
from assistant.archive.relations import Relation
from assistant.citations import Registry
from assistant.generation.marking import check_and_mark
from assistant.generation.relational import (
    _PARTLY,
    _issuer_of_list,
    _kinds_of_end,
    question_kind,
    relation_answer,
)
from assistant.generation.standing import asks_current, note, order
from assistant.models import Identity
from assistant.retrieval.query import fold, parse_question

OLD = Identity(
    "1908/QĐ-UBND",
    "1908",
    "QĐ",
    "Quyết định",
    None,
    "2021-07-08",
    None,
    "quy định chức năng của Sở",
)
NEW = Identity(
    "2000/QĐ-UBND",
    "2000",
    "QĐ",
    "Quyết định",
    None,
    "2022-08-01",
    None,
    "quy định chức năng của Sở",
)
REPLACES = (
    "Quyết định này có hiệu lực từ ngày 15/8/2022 và thay thế "
    "Quyết định số 1908/QĐ-UBND ngày 08/7/2021."
)
GROUNDS = "Căn cứ Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ;"


# The archive's last document: "now" for its questions (``standing.now_of``).
REPORT = Identity("30/BC-SKHCN", "30", "BC", "Báo cáo", None, "2022-12-15", None, "CCHC 2022")


def _lives(*, last: bool = True) -> Lives:
    registry = Registry()
    registry.add_text("qd-1908.txt", "Quyết định này có hiệu lực kể từ ngày ký.", identity=OLD)
    registry.add_text("qd-2000.txt", f"{GROUNDS}\n{REPLACES}", identity=NEW)
    if last:
        registry.add_text("bc-30.txt", "Báo cáo kết quả cải cách hành chính.", identity=REPORT)
    lives = Lives(registry)
    lives.add(FileClaims("qd-1908.txt", OLD.ident, OLD.date, "2021-07-08"))
    replaces = Relation("replaces", "2000/QĐ-UBND", "1908/QĐ-UBND", quote=REPLACES)
    based = Relation("based_on", "2000/QĐ-UBND", "107/2020/NĐ-CP", quote=GROUNDS)
    lives.add(
        FileClaims(
            "qd-2000.txt",
            NEW.ident,
            NEW.date,
            "2022-08-15",
            {"source": "qd-2000.txt", "locator": "p. 1, Điều 2", "quote": REPLACES},
            (
                Statement(based, "qd-2000.txt", 1, ""),
                Statement(replaces, "qd-2000.txt", 1, "Điều 2"),
            ),
        )
    )
    return lives


@pytest.fixture
def lives() -> Lives:
    return _lives()


def test_now_is_the_archive_s_present() -> None:
    # the archive ends the day the replacement is signed, two weeks before it takes effect
    early = _lives(last=False)
    text = relation_answer(parse_question("Quyết định số 1908/QĐ-UBND còn hiệu lực không?"), early)
    assert text is not None
    assert "còn hiệu lực (tính đến ngày 01/8/2022)" in text
    assert "15/8/2022" in text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Quyết định số 1908/QĐ-UBND còn hiệu lực không?", "status"),
        ("Is decision 1908/QĐ-UBND still in force?", "status"),
        ("Văn bản nào thay thế Quyết định 1908/QĐ-UBND?", "replaced_by"),
        ("What replaced decision 1908/QĐ-UBND?", "replaced_by"),
        ("Quyết định 2000/QĐ-UBND căn cứ vào những văn bản nào?", "based_on"),
        ("What is decision 2000/QĐ-UBND based on?", "based_on"),
        ("Những văn bản nào đã sửa đổi Quyết định 1908/QĐ-UBND?", "amended_by"),
        ("Which documents amended decision 1908/QĐ-UBND?", "amended_by"),
        # what acted on the one named, in the passive, with "bằng" and "bởi"
        ("Quy chế một cửa cũ 1908/QĐ-UBND đã được thay bằng quyết định nào?", "replaced_by"),
        ("Quyết định 1908/QĐ-UBND bị thay bởi VB nào?", "replaced_by"),
        ("Quy chế 1908/QĐ-UBND đã được sửa bởi văn bản nào?", "amended_by"),
        ("Decision 1908/QĐ-UBND was replaced by which decision?", "replaced_by"),
        # what the one named acted on
        ("Quyết định 2000/QĐ-UBND thay thế quyết định nào?", "replaces"),
        ("QĐ 2000/QĐ-UBND thay cho những quy chế nào?", "replaces"),
        ("Which decisions did 2000/QĐ-UBND replace?", "replaces"),
        ("2000/QĐ-UBND took the place of which earlier decision?", "replaces"),
        ("Which decisions were replaced by 2000/QĐ-UBND?", "replaces"),
        ("Khi có 2000/QĐ-UBND thì các quy định cũ nào bị thay?", "replaces"),
        ("Quy chế mới ban hành kèm 2000/QĐ-UBND thì bỏ những quyết định cũ nào", "ends"),
        ("Danh mục mới (2000/QĐ-UBND) có hiệu lực thì những QĐ nào hết hiệu lực?", "ends"),
        ("Quyết định 2000/QĐ-UBND sửa đổi, bổ sung những quyết định nào?", "amends"),
        # a time asked, not a document: the status
        ("Quyết định 1908/QĐ-UBND hết hiệu lực từ ngày nào?", "status"),
        # near-misses: no number named, or another question
        ("Quy chế một cửa còn hiệu lực không?", None),
        ("Quyết định 1908/QĐ-UBND quy định gì?", None),
    ],
)
def test_question_kind(question: str, kind: str | None) -> None:
    assert question_kind(parse_question(question)) == kind


def test_status_answer_names_the_replacement_with_evidence(lives: Lives) -> None:
    text = relation_answer(parse_question("Quyết định số 1908/QĐ-UBND còn hiệu lực không?"), lives)
    assert text is not None
    assert "hết hiệu lực" in text
    assert "Quyết định số 2000/QĐ-UBND ngày 01/8/2022" in text
    assert "qd-2000.txt, p. 1, Điều 2" in text
    checked = check_and_mark(text, lives.registry, lives=lives)
    assert not checked.unverified
    assert "⚠" not in checked.text  # the answer says itself that it was replaced
    assert {e.ident for e in checked.entries} == {"1908/QĐ-UBND", "2000/QĐ-UBND"}


def test_replacement_and_amendment_answers(lives: Lives) -> None:
    replaced = relation_answer(
        parse_question("Văn bản nào thay thế Quyết định 1908/QĐ-UBND?"), lives
    )
    assert replaced is not None
    assert "2000/QĐ-UBND" in replaced
    nothing = relation_answer(
        parse_question("Văn bản nào thay thế Quyết định 2000/QĐ-UBND?"), lives
    )
    assert nothing is not None
    assert nothing.startswith("Kho tài liệu không ghi nhận")
    amended = relation_answer(
        parse_question("Which documents amended decision 2000/QĐ-UBND?"), lives
    )
    assert amended is not None
    assert amended.startswith("The archive records no amendment")


def test_what_the_named_document_replaced_is_listed_with_evidence(lives: Lives) -> None:
    text = relation_answer(parse_question("Which decisions did 2000/QĐ-UBND replace?"), lives)
    assert text is not None
    lead, *items = text.splitlines()
    assert "2000/QĐ-UBND" in lead
    assert lead.endswith("replaced:")
    assert len(items) == 1
    assert items[0].startswith("1. Quyết định số 1908/QĐ-UBND ngày 08/7/2021")
    assert "qd-2000.txt, p. 1, Điều 2" in items[0]
    # what the older one replaced: nothing the archive tells of
    asked = parse_question("Quyết định 1908/QĐ-UBND thay thế quyết định nào?")
    none = relation_answer(asked, lives)
    assert none is not None
    assert none.startswith("Kho tài liệu không ghi nhận văn bản nào được Quyết định số 1908")
    # the other side: what replaced the older one
    by = relation_answer(
        parse_question("Quyết định 1908/QĐ-UBND đã được thay bằng quyết định nào?"), lives
    )
    assert by is not None
    assert "- Đã được thay thế bởi Quyết định số 2000/QĐ-UBND" in by


def test_grounds_answer_lists_what_it_rests_on(lives: Lives) -> None:
    text = relation_answer(
        parse_question("Quyết định 2000/QĐ-UBND căn cứ vào những văn bản nào?"), lives
    )
    assert text is not None
    assert "1. Nghị định số 107/2020/NĐ-CP ngày 14/9/2020" in text
    assert "«Căn cứ Nghị định" in text


def test_list_notes_and_order(lives: Lives) -> None:
    old, new = lives.registry.find("1908/QĐ-UBND"), lives.registry.find("2000/QĐ-UBND")
    assert old is not None
    assert new is not None
    assert note(old, lives) == " (đã được thay thế bởi Quyết định số 2000/QĐ-UBND ngày 01/8/2022)"
    assert note(new, lives) == ""
    assert order([old, new], lives, lambda e: e) == [new, old]
    assert asks_current(parse_question("Quyết định nào quy định chức năng của Sở hiện nay?"))
    assert not asks_current(parse_question("Quyết định nào quy định chức năng của Sở năm 2021?"))
    assert asks_current(parse_question("Chức năng nhiệm vụ của Sở hiện do QĐ nào quy định?"))


@pytest.mark.parametrize(
    "question",
    [
        "Điểm tiếp nhận số 2 hiện đang làm việc theo quy chế nào?",
        "Khoán văn phòng phẩm cho công chức hiện giờ áp dụng theo QĐ nào",
        "Kế hoạch CCHC năm 2025 đang thực hiện là kế hoạch nào?",
        "Sau sáp nhập, kế hoạch CCHC năm 2025 nào được thực hiện?",
        "After the merger, which working rules apply?",
        "Quy chế nội bộ của Sở đang còn dùng tới nay là những QĐ nào?",
        "Quy chế phối hợp này vẫn áp dụng chứ?",
    ],
)
def test_what_holds_now_as_staff_ask_it(question: str) -> None:
    assert asks_current(parse_question(question))


def test_a_generated_citation_of_a_replaced_document_is_marked(lives: Lives) -> None:
    text = "Sở thực hiện theo Quyết định số 1908/QĐ-UBND ngày 08/7/2021."
    checked = check_and_mark(text, lives.registry, lives=lives, as_of="2023-01-01")
    assert checked.findings[0].status == "superseded"
    assert "⚠[đã được thay thế từ ngày 15/8/2022]" in checked.text
    earlier = check_and_mark(text, lives.registry, lives=lives, as_of="2022-01-01")
    assert earlier.findings[0].status == "verified"
    assert "⚠" not in earlier.text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Những quyết định nào đã bị thay thế?", "ended_list"),
        ("Which decisions have been replaced?", "ended_list"),
        (
            "Những văn bản nào ban hành năm 2022 sửa đổi, thay thế hoặc bãi bỏ văn bản khác?",
            "acting_list",
        ),
        ("Which documents amend or replace other documents?", "acting_list"),
        ("Những quyết định nào về thay thế thiết bị năm 2022?", None),  # a subject, not an act
        # the one in force and what amended it: a list answer, not every amended document
        ("Quy chế làm việc của Sở hiện nay là quyết định nào, đã sửa đổi gì chưa?", None),
        ("Những quy chế nào của Sở không còn được áp dụng nữa?", "ended_list"),
        # "văn bản nào" asks for one, but "không còn hiệu lực" for every ended one
        ("Văn bản nào của Sở không còn hiệu lực?", "ended_list"),
        ("Quy chế làm việc nào của Sở còn hiệu lực?", None),
    ],
)
def test_list_question_kind(question: str, kind: str | None) -> None:
    assert question_kind(parse_question(question)) == kind


def test_ended_and_acting_lists(lives: Lives) -> None:
    ended = relation_answer(parse_question("Những quyết định nào đã bị thay thế?"), lives)
    assert ended is not None
    assert ended.startswith("Theo kho tài liệu, có 1 văn bản đã được thay thế")
    assert "1. Quyết định số 1908/QĐ-UBND" in ended
    assert "Quyết định số 2000/QĐ-UBND ngày 01/8/2022" in ended
    acting = relation_answer(
        parse_question(
            "Những văn bản nào ban hành năm 2022 sửa đổi, thay thế hoặc bãi bỏ văn bản khác?"
        ),
        lives,
    )
    assert acting is not None
    assert "1. Quyết định số 2000/QĐ-UBND" in acting
    assert "thay thế Quyết định số 1908/QĐ-UBND ngày 08/7/2021" in acting
    none_in_2021 = relation_answer(
        parse_question(
            "Những văn bản nào ban hành năm 2021 sửa đổi, thay thế hoặc bãi bỏ văn bản khác?"
        ),
        lives,
    )
    assert none_in_2021 == "Kho tài liệu không ghi nhận văn bản nào như vậy."
    # asked for repeals only: a replacement is no repeal
    repeals = relation_answer(parse_question("Những văn bản nào bãi bỏ văn bản khác?"), lives)
    assert repeals == "Kho tài liệu không ghi nhận văn bản nào như vậy."
    replacing = relation_answer(parse_question("Which documents replace other documents?"), lives)
    assert replacing is not None
    assert replacing.startswith("The archive holds 1 document that replaces others:")


def test_an_ended_list_of_one_way_of_ending_or_one_day(lives: Lives) -> None:
    """1908/QĐ-UBND was replaced (not repealed) from 15/8/2022."""
    annulled = relation_answer(parse_question("Những quyết định nào đã bị hủy bỏ?"), lives)
    assert annulled == "Kho tài liệu không ghi nhận văn bản nào như vậy."
    that_day = relation_answer(
        parse_question("Which documents stopped applying on 15 August 2022?"), lives
    )
    assert that_day is not None
    assert "1908/QĐ-UBND" in that_day
    other_day = relation_answer(
        parse_question("Which documents stopped applying on 1 May 2022?"), lives
    )
    assert other_day == "The archive records no such document."


def test_an_ended_list_reads_the_year_as_the_ending_s(lives: Lives) -> None:
    """1908/QĐ-UBND, issued in 2021, was replaced from 15/8/2022."""
    in_2022 = relation_answer(
        parse_question("Những văn bản nào hết hiệu lực toàn bộ hoặc một phần trong năm 2022?"),
        lives,
    )
    assert in_2022 is not None
    assert in_2022.startswith(
        "Theo kho tài liệu, có 1 văn bản đã được thay thế, bãi bỏ hoặc hết hiệu lực toàn bộ "
        "hoặc một phần trong năm 2022:"
    )
    assert "1. Quyết định số 1908/QĐ-UBND" in in_2022
    in_2021 = relation_answer(
        parse_question("Những văn bản nào hết hiệu lực trong năm 2021?"), lives
    )
    assert in_2021 == "Kho tài liệu không ghi nhận văn bản nào như vậy."


def test_an_ended_list_of_what_was_issued_in_part_of_a_year(lives: Lives) -> None:
    """1908/QĐ-UBND was signed on 08/7/2021 and replaced in 2022."""
    asked = "van ban nao ban hanh quy III/2021 nay ko con hieu luc"
    text = relation_answer(parse_question(asked), lives)
    assert text is not None
    assert "1. Quyết định số 1908/QĐ-UBND" in text
    earlier = parse_question("VB nào ban hành quý II/2021 nay ko còn hiệu lực")
    assert relation_answer(earlier, lives) == "Kho tài liệu không ghi nhận văn bản nào như vậy."


def test_a_citation_beside_the_act_on_it_is_not_a_warning(lives: Lives) -> None:
    text = (
        "Quyết định số 2000/QĐ-UBND ngày 01/8/2022 thay thế Quyết định số 1908/QĐ-UBND "
        "ngày 08/7/2021."
    )
    checked = check_and_mark(text, lives.registry, lives=lives, as_of="2023-01-01")
    assert [f.status for f in checked.findings] == ["verified", "verified"]
    apart = (
        text
        + " "
        + "Các phòng tiếp tục rà soát quy trình. " * 8
        + ("Sở thực hiện theo Quyết định số 1908/QĐ-UBND ngày 08/7/2021.")
    )
    checked = check_and_mark(apart, lives.registry, lives=lives, as_of="2023-01-01")
    assert [f.status for f in checked.findings] == ["verified", "verified", "superseded"]
    # close by but in the next sentence: that sentence does not state the replacement
    after = (
        "Sở thực hiện Quyết định số 2000/QĐ-UBND ngày 01/8/2022. "
        "Một số phòng vẫn áp dụng Quyết định số 1908/QĐ-UBND."
    )
    checked = check_and_mark(after, lives.registry, lives=lives, as_of="2023-01-01")
    assert [f.status for f in checked.findings] == ["verified", "superseded"]
    # the act cited with a wrong date still states the replacement it makes
    misdated = (
        "Quyết định số 2000/QĐ-UBND ngày 02/8/2022 thay thế Quyết định số 1908/QĐ-UBND "
        "ngày 08/7/2021."
    )
    checked = check_and_mark(misdated, lives.registry, lives=lives, as_of="2023-01-01")
    assert [f.status for f in checked.findings] == ["date_mismatch", "verified"]
    # listed beside its replacement as both in force: no act stated, a warning
    listed = (
        "Quy chế đang áp dụng là Quyết định số 1908/QĐ-UBND ngày 08/7/2021 và Quyết định số "
        "2000/QĐ-UBND ngày 01/8/2022."
    )
    checked = check_and_mark(listed, lives.registry, lives=lives, as_of="2023-01-01")
    assert [f.status for f in checked.findings] == ["superseded", "verified"]


def test_an_end_signed_by_now_that_takes_effect_later_is_told_as_coming() -> None:
    early = _lives(last=False)
    ended = relation_answer(parse_question("Những quyết định nào đã bị thay thế?"), early)
    assert ended is not None
    assert "1908/QĐ-UBND" in ended
    assert "sẽ có hiệu lực từ ngày 15/8/2022" in ended


@pytest.mark.parametrize(
    ("question", "issuer"),
    [
        # the department by its name, in English: its own documents, not those it cites
        (
            "Which decisions of the former Ban Dân tộc were replaced by decisions of the new "
            "department?",
            "SO",
        ),
        ("Which documents of the Sở Tư pháp were repealed in 2024?", "SO"),
        ("Quyết định nào của Sở đã bị thay thế?", "SO"),
        ("Which decisions were replaced in 2024?", None),
    ],
)
def test_whose_ended_documents_are_asked(question: str, issuer: str | None) -> None:
    assert _issuer_of_list(parse_question(question)) == issuer


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Những QĐ nào đã hết thời hạn áp dụng?", ("expired",)),
        # an act asked beside the term running out: both
        (
            "Trong 6 tháng đầu năm 2026, quyết định nào thôi áp dụng, do bị bãi bỏ hay do hết "
            "thời hạn?",
            ("repealed", "partly_repealed", "expired"),
        ),
        ("Những QĐ nào đã bị thay thế?", ("replaced", "partly_replaced")),
        ("Văn bản nào đã hết hiệu lực?", None),
    ],
)
def test_the_ways_of_ending_a_question_asks(question: str, kinds: tuple | None) -> None:
    assert _kinds_of_end(fold(question)) == kinds


@pytest.mark.parametrize(
    ("question", "partly"),
    [
        ("QĐ nào vẫn còn áp dụng nhưng đã bị bãi bỏ bớt một số thủ tục?", True),
        ("Which lists still apply though some procedures were repealed?", True),
        ("Những QĐ nào đã bị bãi bỏ một phần?", True),
        ("Những QĐ nào đã bị bãi bỏ?", False),
    ],
)
def test_an_end_asked_in_part(question: str, partly: bool) -> None:
    assert bool(_PARTLY.search(fold(question))) is partly


def test_replaced_anew_or_paused_by_the_department_itself() -> None:
    parsed = parse_question(
        "Năm 2025 Sở đã thay mới, bãi bỏ hoặc cho tạm dừng những quyết định nào do chính Sở "
        "ký trước đó?"
    )
    assert question_kind(parsed) == "ended_list"
    assert _issuer_of_list(parsed) == "SO"


def test_replaced_outright_by_a_new_one_is_an_end_asked() -> None:
    parsed = parse_question("Năm 2025 Sở có những quy chế, quy trình cũ nào bị bản mới thay hẳn?")
    assert question_kind(parsed) == "ended_list"
    assert _kinds_of_end(fold(parsed.clean)) == ("replaced", "partly_replaced")


def test_an_act_denied_is_no_end_asked() -> None:
    question = "Những văn bản nào hết hiệu lực vì hết thời hạn áp dụng, không có văn bản thay thế?"
    assert _kinds_of_end(fold(question)) == ("expired",)
