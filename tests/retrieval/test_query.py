"""Question parsing: years and ranges, document types, numbers, list intent, language."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.archive.periods import Period
from assistant.retrieval.query import (
    fold,
    parse_question,
    with_recent_months,
    with_recent_years,
    years_text,
)


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("Những quyết định nào sắp xếp tổ chức Sở năm 2021?", (2021,)),
        ("Which decisions reorganised the department in 2021?", (2021,)),
        # A range alone is the period a document concerns, not the years it was issued in.
        ("kế hoạch giai đoạn 2021 - 2025", ()),
        ("kế hoạch giai đoạn 2021–2025", ()),
        ("2016-2020", ()),
        ("giai đoạn từ năm 2021 đến năm 2025", ()),
        # A stretch of issue ("từ … đến …", "since") names the years documents were issued
        # in (and is a period too, see test_periods): "nay" is this year.
        ("plans from 2019 to 2021", (2019, 2020, 2021)),
        ("từ năm 2019 đến năm 2021", (2019, 2020, 2021)),
        ("quyết định từ 2021 - 2023", (2021, 2022, 2023)),
        ("documents issued between 2022 and 2023", (2022, 2023)),
        ("văn bản ban hành từ tháng 3/2023 đến tháng 6/2024", (2023, 2024)),
        ("báo cáo năm 2020 và năm 2021", (2020, 2021)),
        # Not years: a date, a document number, a count.
        ("Quyết định 1753/QĐ-UBND ngày 28/6/2021", ()),
        ("Nghị định 107/2020/NĐ-CP", ()),
        ("1753 hồ sơ", ()),
        ("có bao nhiêu biên chế", ()),
    ],
)
def test_years(question: str, years: tuple[int, ...]) -> None:
    assert parse_question(question).years == years


@pytest.mark.parametrize(
    ("question", "codes"),
    [
        ("Những quyết định nào sắp xếp tổ chức Sở?", ("QĐ",)),
        ("quyet dinh sap xep to chuc", ("QĐ",)),
        ("kế hoạch và công văn năm 2021", ("KH", "CV")),
        ("Tờ trình kiện toàn Trung tâm", ("TTr",)),
        ("thông báo kết luận kiểm tra", ("TB",)),
        ("Which decree applies?", ("NĐ",)),
        ("official letters on the satisfaction index", ("CV",)),
        ("list the plans and reports of 2021", ("KH", "BC")),
        ("cải cách hành chính", ()),
    ],
)
def test_document_types(question: str, codes: tuple[str, ...]) -> None:
    assert parse_question(question).codes == codes


@pytest.mark.parametrize(
    ("question", "idents"),
    [
        ("Quyết định 1753/QĐ-UBND ngày 28/6/2021", ("1753/qd-ubnd",)),
        ("quyet dinh 1753/QD-UBND", ("1753/qd-ubnd",)),
        ("qd 1753", ("1753/qd",)),
        ("công văn 1294/UBND", ("1294/ubnd",)),
        ("thong tu 01/2021/TT-BKHCN", ("1/2021/tt-bkhcn",)),
        ("1753 2021", ()),
        ("năm 2021", ()),
    ],
)
def test_document_numbers(question: str, idents: tuple[str, ...]) -> None:
    assert parse_question(question).idents == idents


@pytest.mark.parametrize(
    ("question", "wants_list"),
    [
        ("Những quyết định nào sắp xếp tổ chức Sở năm 2021?", True),
        ("Các kế hoạch năm 2021", True),
        ("liệt kê các văn bản về CCHC", True),
        ("văn bản nào quy định", True),
        ("Which decisions reorganised the department?", True),
        ("list all plans of 2021", True),
        ("Sở có bao nhiêu biên chế?", False),
        ("Quyết định 1753/QĐ-UBND về việc gì?", False),
        ("How many dossiers were received online?", False),
        # a rate of documents asked for, not the documents
        ("What share of the department's outgoing documents was digitally signed?", False),
        ("What on-time rate did the 2023 reform plan set as its target?", False),
        ("What plans set targets for online services in 2024?", True),
        ("What documents were issued in 2022?", True),
        # a type named by its subject, then "nào"
        ("Sở đã có thông báo kết luận kiểm tra CCHC nào?", True),
        ("Công văn hướng dẫn tự kiểm tra nào đã được gửi?", True),
        # other types, asked "<type> nào"
        ("Chỉ thị nào của UBND tỉnh về CCHC còn hiệu lực?", True),
        ("Có hướng dẫn nào của Sở về nộp hồ sơ trực tuyến không, cái nào đang dùng?", True),
        # asked as staff type them: no asking word, "ds", "give me every", "anything … issued"
        ("Decisions signed by the department in May 2024?", True),
        ("ds ke hoach nam 2023", True),
        ("Give me every plan the department drew up in 2023.", True),
        ("Anything the department signed in March 2024?", True),
        ("List the department's paperwork dated April through June 2024.", True),
        # whether it has one: the documents that are; where a rule is: the document holding it
        ("Sở có ban hành kế hoạch tuyên truyền CCHC năm 2024 không?", True),
        ("Quy định về giờ làm việc của Sở nằm ở đâu?", True),
        # a type, then "gì": which ones; what a document says is no list
        ("Gần đây nhất Sở vừa ra quy chế gì?", True),
        ("Quy chế làm việc quy định gì về giờ làm việc?", False),
        # a decision named by its trích yếu ("Quyết định quy định chức năng …"): a list
        ("Quyết định quy định chức năng, nhiệm vụ của Sở hiện hành", True),
        ("Quyết định quy định gì?", False),
        # a figure of a document is no list
        ("Kế hoạch CCHC năm 2024 có chỉ tiêu về tỷ lệ hồ sơ đúng hạn không?", False),
        ("Năm 2024 Sở có bao nhiêu quyết định?", False),
        ("Former Nga Ba township, 2024: what satisfaction (SIPAS) score did it report?", False),
        # the documents counted, then named
        ("Từ 2016 tới giờ Sở đã trải qua mấy QĐ về chức năng, nhiệm vụ? Kể tên.", True),
        # a document described, asked for by its number or whether it still holds
        ("Báo cáo 9 tháng năm 2023 là báo cáo số mấy?", True),
        ("Phụ lục quy trình nội bộ kèm theo quyết định số mấy?", True),
        ("quy che phoi hop voi cuc quan ly thi truong con hieu luc khong", True),
        ("Quy chế phối hợp cấp giấy phép lao động bây giờ còn dùng được không?", True),
        ("Danh mục thủ tục hành chính của Sở còn hiệu lực", True),
        # one named by its number is read by the routes on named documents
        ("Quyết định 1753/QĐ-UBND còn hiệu lực không?", False),
        # lists in words seldom used: published procedure lists, an English type, "bản nào"
        ("Chủ tịch UBND tỉnh đã công bố những danh mục TTHC nào?", True),
        ("Bỏ nhận hồ sơ sáng thứ Bảy là theo decision nào?", True),
        ("2024 Sở lập được mấy bản báo cáo kết quả CCHC, những bản nào?", True),
        ("Kế hoạch năm 2024 đặt chỉ tiêu bao nhiêu?", False),
    ],
)
def test_list_intent(question: str, wants_list: bool) -> None:
    assert parse_question(question).wants_list is wants_list


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Sở có bao nhiêu biên chế?", "vi"),
        ("so co bao nhieu bien che", "vi"),
        ("qd 1753", "vi"),
        ("How many dossiers were received online?", "en"),
        ("Which decree applies?", "en"),
        ("plans from 2019 to 2021", "en"),
        ("What is Quyết định 1753?", "vi"),  # Vietnamese letters decide
        # without diacritics, "thay the" or "in" is no English: the common words decide
        ("Quy che mot cua nam 2019 bi thay the khi nao, boi qd nao", "vi"),
        ("cac van ban in an cua so nam 2024", "vi"),
        # a type's abbreviation is no Vietnamese prose
        ("how many QĐ has the justice dept signed off during 2024", "en"),
        # an English question naming Vietnamese places and units is English
        ("What rank did xã Hòa Phong get in the 2025 administrative reform index?", "en"),
        ("How many dossiers did the former Lam Điền centre take in during 2024?", "en"),
        ("Which decisions set out the duties of the Văn phòng and the divisions?", "en"),
        ("Sở có bao nhiêu hồ sơ online in 2023?", "vi"),
        ("Năm 2023 có bao nhiêu hồ sơ của Sở Nội vụ được giải quyết đúng hạn?", "vi"),
        # words of the trade decide against a "the" that is a thẻ
        ("quy trinh noi bo cap the huong dan vien", "vi"),
    ],
)
def test_language(question: str, language: str) -> None:
    assert parse_question(question).language == language


@pytest.mark.parametrize(
    ("question", "clean"),
    [
        ("Người nghiện ma túy bị xử lý, đúng hay sai?", "Người nghiện ma túy bị xử lý"),
        (
            "Hợp đồng lữ hành phải lập thành văn bản. Đúng hay sai?",
            "Hợp đồng lữ hành phải lập thành văn bản.",
        ),
        (
            "Viên chức có quyền đơn phương chấm dứt hợp đồng, đúng không?",
            "Viên chức có quyền đơn phương chấm dứt hợp đồng",
        ),
        ("  cải   cách\nhành chính ", "cải cách hành chính"),
        ("đúng hay sai?", "đúng hay sai?"),  # nothing left: keep the text
    ],
)
def test_clean_drops_true_false_tail(question: str, clean: str) -> None:
    assert parse_question(question).clean == clean


@pytest.mark.parametrize(
    ("question", "language", "accented"),
    [
        ("Những quyết định nào năm 2021?", "vi", True),
        ("nhung quyet dinh nao nam 2021", "vi", False),
        ("Which decisions in 2021?", "en", False),
    ],
)
def test_accented(question: str, language: str, accented: bool) -> None:
    parsed = parse_question(question)
    assert (parsed.language, parsed.accented) == (language, accented)


def test_fold() -> None:
    assert fold("Quyết Định ĐÀ") == "quyet dinh da"


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("Kế hoạch CCHC giai đoạn 2021 - 2025 được ban hành kèm theo văn bản nào?", (2021, 2025)),
        ("plans from 2019 to 2021", (2019, 2021)),
        ("Báo cáo CCHC năm 2024", (2024, 2024)),
        ("Quyết định 1753/QĐ-UBND ngày 28/6/2021", None),
        ("văn bản ban hành từ tháng 3/2023 đến tháng 6/2024", (2023, 2024)),
    ],
)
def test_period_is_apart_from_issue_years(question: str, period: tuple[int, int] | None) -> None:
    found = parse_question(question).period
    assert (found and (int(found.start[:4]), int(found.end[:4]))) == period


def test_a_month_range_is_one_period() -> None:
    found = parse_question("văn bản từ tháng 3/2023 đến tháng 6/2024").period
    assert (found.start, found.end) == ("2023-03-01", "2024-06-30")
    found = parse_question("công văn từ tháng 3 đến tháng 5/2024").period
    assert (found.start, found.end) == ("2024-03-01", "2024-05-31")


@pytest.mark.parametrize(
    "question",
    [
        "Các quyết định về tổ chức bộ máy từ 2021 đến nay",
        "kể từ năm 2021, Sở ban hành những quyết định nào?",
        "Which decisions has the department issued since 2021?",
        "decisions from 2021 to date",
        "Từ đầu năm 2021 tới nay Sở đã làm những báo cáo nào?",
    ],
)
def test_since_a_year_is_every_year_to_this_one(question: str) -> None:
    this_year = dt.date.today().year
    assert parse_question(question).years == tuple(range(2021, this_year + 1))


@pytest.mark.parametrize(
    ("question", "codes", "listing"),
    [
        # A type written as its code, in capitals.
        ("Những QĐ nào được ban hành trong quý I/2024?", ("QĐ",), True),
        ("Năm 2023 Sở có những CV và tờ trình nào?", ("CV", "TTr"), True),
        # "KH&CN" is the department (khoa học và công nghệ), not a plan.
        ("Sở KH&CN có những quyết định nào?", ("QĐ",), True),
        ("Quyết định 1753/QĐ-UBND quy định gì?", ("QĐ",), False),
        # typed in lower case in a chat box; "tb" stays "trung bình"
        ("qđ về một cửa năm 2024?", ("QĐ",), True),
        ("cv nào về số hóa năm 2023", ("CV",), True),
        ("Điểm tb của Sở năm 2023 là bao nhiêu?", (), False),
        # a document's number after its type: a fact about it, not a list
        ("Quyết định 1753 có hiệu lực từ ngày nào?", ("QĐ",), False),
        # files submitted online are no Tờ trình
        ("What online-submission target did the 2025 plan set?", ("KH",), False),
        ("How many online submissions were received in 2024?", (), False),
        # reporting as the topic of a rule asked for: no report asked
        ("VB nào quy định mốc chốt số liệu báo cáo năm của Sở (30/11)?", (), True),
        ("QĐ nào quy định chế độ báo cáo nội bộ?", ("QĐ",), True),
        ("Số liệu báo cáo năm 2024 nằm ở BC nào?", ("BC",), True),
    ],
)
def test_type_codes(question: str, codes: tuple[str, ...], listing: bool) -> None:
    parsed = parse_question(question)
    assert (parsed.codes, parsed.wants_list) == (codes, listing)


@pytest.mark.parametrize(
    ("question", "listing"),
    [
        # A document asked for by its name, as typed into a search box.
        ("ke hoach chuyen doi so nam 2024 cua so", True),
        ("Kế hoạch cải cách hành chính năm 2024", True),
        ("Quy chế chi tiêu nội bộ của Sở", True),
        ("Danh mục TTHC thuộc Sở đang công bố hiện nay?", True),
        # named after a lead and a colon
        ("Thí điểm trả kết quả bản điện tử: QĐ thí điểm và QĐ gia hạn?", True),
        # What a department did is answered with the documents that did it.
        ("What has the department done to work paperless and go digital?", True),
        ("Sở đã làm gì để cải cách thủ tục hành chính?", True),
        # what it issued or signed
        ("What did the department issue in 2023?", True),
        ("Quý I/2024 Giám đốc đã ký những gì?", True),
        # A fact about one.
        ("Kế hoạch CCHC năm 2024 có mấy nhiệm vụ?", False),
        ("Quy chế chi tiêu nội bộ quy định mức chi công tác phí là bao nhiêu", False),
        ("Danh mục TTHC của Sở gồm bao nhiêu thủ tục?", False),
        ("Lưu ý: quyết định này có hiệu lực khi nào?", False),
        # a level asked of a plan named by its subject
        ("KH CCHC năm 2025 của xã Hòa An đặt chỉ tiêu chỉ số hài lòng SIPAS ở mức nào?", False),
    ],
)
def test_a_document_asked_by_name_is_a_list_question(question: str, listing: bool) -> None:
    assert parse_question(question).wants_list is listing


def test_a_quarter_in_english() -> None:
    found = parse_question("Which documents were issued in the third quarter of 2024?").period
    assert (found.start, found.end) == ("2024-07-01", "2024-09-30")


@pytest.mark.parametrize(
    ("question", "recent"),
    [
        ("Sở có những báo cáo CCHC nào trong hai năm gần đây?", 2),
        ("các quyết định 3 năm qua", 3),
        ("Which plans were issued over the past two years?", 2),
        ("Những quyết định nào năm 2023?", 0),
    ],
)
def test_recent_years_are_counted_back_from_the_archive(question: str, recent: int) -> None:
    parsed = parse_question(question)
    assert parsed.recent == recent
    resolved = with_recent_years(parsed, 2024)
    assert resolved.years == (tuple(range(2025 - recent, 2025)) if recent else parsed.years)


@pytest.mark.parametrize(
    ("question", "as_of"),
    [
        ("Đến hết tháng 6/2024, những quyết định nào đã hết hiệu lực?", "2024-06-30"),
        ("Tính đến ngày 15/3/2024 quy chế nào còn hiệu lực?", "2024-03-15"),
        ("Đến hết năm 2023, những quyết định nào đã hết hiệu lực?", "2023-12-31"),
        ("Which decisions were no longer in force as of 30/6/2024?", "2024-06-30"),
        ("Những quyết định nào đã hết hiệu lực?", None),
        ("Quyết định 1753/QĐ-UBND ngày 28/6/2021 còn hiệu lực không?", None),
    ],
)
def test_the_date_a_question_asks_as_of(question: str, as_of: str | None) -> None:
    assert parse_question(question).as_of == as_of


def test_years_as_an_answer_names_them() -> None:
    this_year = dt.date.today().year
    assert years_text((2023,)) == "2023"
    assert years_text((2022, 2023)) == "2022, 2023"
    assert years_text((2020, 2021, 2022)) == "2020–2022"
    assert years_text((2020, 2022, 2023)) == "2020, 2022, 2023"
    since = tuple(range(2021, this_year + 1))
    assert years_text(since) == "2021 đến nay"
    assert years_text(since, "en") == "2021 onwards"


@pytest.mark.parametrize(
    ("question", "instruments", "codes"),
    [
        ("Quy chế hoạt động của Bộ phận Một cửa là quy chế nào?", ("Quy chế",), ()),
        # (English "regulation" names a Quy chế or a Quy định alike)
        ("Which regulation governs the one-stop shop?", ("Quy chế", "Quy định"), ()),
        ("Which plans did the department issue in 2024?", ("Kế hoạch",), ("KH",)),
        ("Đề án vị trí việc làm được phê duyệt khi nào?", ("Đề án",), ()),
        ("Những quyết định nào năm 2021?", (), ("QĐ",)),
        # the department's own procedure for handling them, not the procedures themselves
        ("What internal procedure for handling procedures is in force?", ("Quy trình",), ()),
        ("Which administrative procedures were published in 2024?", (), ()),
    ],
)
def test_instrument_apart_from_type(
    question: str, instruments: tuple[str, ...], codes: tuple[str, ...]
) -> None:
    parsed = parse_question(question)
    assert (parsed.instruments, parsed.codes) == (instruments, codes)


@pytest.mark.parametrize(
    ("question", "current"),
    [
        ("Quyết định nào quy định chức năng, nhiệm vụ của Sở hiện nay?", True),
        ("Quy chế một cửa đang áp dụng là quy chế nào?", True),
        ("Which rules are in force?", True),
        ("Những quyết định nào năm 2021?", False),
    ],
)
def test_current(question: str, current: bool) -> None:
    assert parse_question(question).current is current


def test_words_never_set_the_users_filters() -> None:
    parsed = parse_question("Những quyết định nào năm 2021?")
    assert (parsed.filter_years, parsed.filter_codes) == ((), ())


@pytest.mark.parametrize(
    ("question", "wants_list"),
    [
        ("Quy chế chi tiêu nội bộ nào đang có hiệu lực?", True),
        ("Kế hoạch tuyên truyền nào của Sở năm 2024?", True),
        ("Quyết định thành lập Ban chỉ đạo gồm những thành viên nào?", False),
        ("Quyết định 1753 có hiệu lực từ ngày nào?", False),
    ],
)
def test_a_document_named_by_its_subject_then_nao_asks_for_a_list(
    question: str, wants_list: bool
) -> None:
    assert parse_question(question).wants_list is wants_list


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("Năm nay Sở đã kiểm tra bao nhiêu đơn vị?", (2024,)),
        ("Năm ngoái Sở đăng bao nhiêu tin, bài?", (2023,)),
        ("Những quyết định nào năm vừa qua?", (2023,)),
        ("How many news items were posted last year?", (2023,)),
        ("Hai năm qua Sở ban hành những quyết định nào?", (2023, 2024)),
        ("Năm 2022 và năm nay", (2022,)),  # a year written wins
        # a stretch from a year named relative to the archive to its present
        ("Từ năm ngoái đến nay có những báo cáo CCHC nào?", (2023, 2024)),
        ("Which plans has the department issued since last year?", (2023, 2024)),
        ("Việt Nam nay có bao nhiêu tỉnh?", ()),
    ],
)
def test_a_year_relative_to_the_archive(question: str, years: tuple[int, ...]) -> None:
    assert with_recent_years(parse_question(question), 2024).years == years


def test_months_of_a_year_named_relative_to_the_archive() -> None:
    parsed = with_recent_years(parse_question("Kể từ tháng 3 năm nay, Sở ký những QĐ nào?"), 2024)
    assert parsed.years == (2024,)
    assert parsed.period is not None
    assert parsed.period.start == "2024-03-01"
    parsed = with_recent_years(parse_question("quý I năm ngoái có những kế hoạch nào"), 2024)
    assert parsed.period == Period("2023-01-01", "2023-03-31")


@pytest.mark.parametrize(
    ("question", "present", "written"),
    [
        ("Tháng trước Trung tâm tiếp nhận bao nhiêu hồ sơ?", "2026-11-12", "tháng 10 năm 2026"),
        ("thang truoc tiep nhan bao nhieu ho so", "2026-01-05", "thang 12 nam 2025"),
        ("How many dossiers were received last month?", "2026-11-12", "October 2026"),
        ("Tháng này có những văn bản nào?", "2026-11-12", "tháng 11 năm 2026"),
        # a quarter too
        ("Quý trước Sở tiếp nhận bao nhiêu hồ sơ?", "2026-11-16", "quý III năm 2026"),
        ("quy truoc co bao nhieu doanh nghiep thanh lap moi", "2026-02-10", "quy IV nam 2025"),
        ("Which reports came out last quarter?", "2026-11-16", "Q3 2026"),
        ("Quý này có những văn bản nào?", "2026-11-16", "quý IV năm 2026"),
    ],
)
def test_a_month_named_relative_to_the_archive_s_present(
    question: str, present: str, written: str
) -> None:
    rewritten = with_recent_months(question, present)
    assert written in rewritten
    assert parse_question(rewritten).period is not None


def test_two_months_back_and_no_present_are_left_alone() -> None:
    assert with_recent_months("tháng trước nữa có gì", "2026-11-12") == "tháng trước nữa có gì"
    assert with_recent_months("Tháng trước có gì?", None) == "Tháng trước có gì?"
    named = "What was issued in the last quarter of 2025?"
    assert with_recent_months(named, "2026-11-12") == named


@pytest.mark.parametrize(
    ("question", "at"),
    [
        ("tai thoi diem 31/12/2023 so dang ap dung nhung quy che nao", "2023-12-31"),
        ("Ngày 30/6/2025, Quy chế làm việc của xã là những QĐ nào?", "2025-06-30"),
        ("Cuối năm 2020 (31/12/2020) Sở đang áp dụng những quy chế nào?", "2020-12-31"),
        ("Cuối năm 2020 những quy chế nào còn hiệu lực?", "2020-12-31"),
        ("Which regulations were in force on 31 December 2023?", "2023-12-31"),
        ("Quy chế một cửa nào còn hiệu lực ngày 31/12/2022?", "2022-12-31"),
        # how a body worked then, and a moment opened by "tính đến", "hôm"
        ("Tính đến 25/7/2024, Sở vận hành theo văn bản quy định chức năng nào?", "2024-07-25"),
        ("Ngày 30/6/2024 Sở làm việc theo quy chế làm việc nào?", "2024-06-30"),
        ("hom 5/10/2023 chuc nang cua so con ap dung quyet dinh nao", "2023-10-05"),
        (
            "As of 25 August 2024, which decisions held the published list of procedures?",
            "2024-08-25",
        ),
        # the day of an inspection, pointed back at ("tại thời điểm kiểm tra", "lúc đó")
        (
            "Đoàn kiểm tra CCHC của tỉnh làm việc với Sở ngày 25/6/2024: tại thời điểm kiểm "
            "tra, quy chế làm việc của Sở đang áp dụng theo những QĐ nào?",
            "2024-06-25",
        ),
        (
            "doan kiem tra ngay 31/3/2026: luc do quy che lam viec dang ap dung theo vb nao",
            "2026-03-31",
        ),
        (
            "For an inspection at the end of May 2025: which rules was it still applying?",
            "2025-05-31",
        ),
        # two days named: which one "lúc đó" means is not told
        ("doan den ngay 01/3/2025 va ngay 30/6/2025, luc do quy che nao dang ap dung", None),
        # a day something was done, not one something held at
        ("Ngày 15/3/2024, Sở ban hành những văn bản nào?", None),
        ("Quyết định số 12/QĐ-UBND ngày 01/3/2023 còn hiệu lực không?", None),
        ("Những quy chế nào còn hiệu lực?", None),
        # the first half of a year is a period, not its first day
        ("Kế hoạch kiểm tra mà Sở ký trong nửa đầu năm 2026 là những KH nào?", None),
        ("Đầu năm 2023 quy chế làm việc nào đang áp dụng?", "2023-01-01"),
        # a part of a month in English, "khoảng tháng …" (its middle), and "theo những quy
        # chế, quy trình nào" as the verb of holding
        (
            "In mid-June 2023, which decisions governed the working rules and spending rules?",
            "2023-06-15",
        ),
        ("Which rules were in force in early March 2024?", "2024-03-01"),
        (
            "Vào khoảng tháng 6/2024, Ban làm việc và ký số theo những quy chế, quy trình nào?",
            "2024-06-15",
        ),
        ("Which decisions were issued in early June 2023?", None),
    ],
)
def test_the_moment_a_question_asks_what_held_at(question: str, at: str | None) -> None:
    assert parse_question(question).at == at


@pytest.mark.parametrize(
    ("question", "codes"),
    [
        ("Năm 2023 Sở Kế hoạch và Đầu tư ban hành những văn bản nào?", ()),
        ("Phòng Kế hoạch - Tài chính đã trình những quyết định nào?", ("QĐ",)),
        ("What did the Department of Planning and Investment issue in 2023?", ()),
        # the plans of that department are plans
        ("Sở Kế hoạch và Đầu tư có những kế hoạch nào?", ("KH",)),
    ],
)
def test_a_body_named_with_a_type_word_is_no_type(question: str, codes: tuple[str, ...]) -> None:
    assert parse_question(question).codes == codes


@pytest.mark.parametrize(
    ("question", "period"),
    [
        (
            "Sở Tài chính cũ (trước ngày 01/3/2025) có những văn bản nào?",
            Period("1900-01-01", "2025-02-28"),
        ),
        ("Which decisions were issued before 1 March 2025?", Period("1900-01-01", "2025-02-28")),
        # a figure's deadline is no stretch of issue
        ("Trước ngày 15/12/2025 phải báo cáo bao nhiêu hồ sơ?", None),
    ],
)
def test_a_list_of_documents_issued_before_a_day(question: str, period: Period | None) -> None:
    assert parse_question(question).period == period


def test_chat_words_read_as_the_archive_writes_them() -> None:
    parsed = parse_question("Năm nay Sở Y tế phấn đấu bao nhiêu % HS nộp online?")
    assert parsed.clean == "Năm nay Sở Y tế phấn đấu bao nhiêu % hồ sơ nộp trực tuyến?"
    # in English, and inside a code, they stay
    assert parse_question("How many files were filed online?").clean.endswith("online?")
    assert "HS-01" in parse_question("Mẫu HS-01 dùng để làm gì?").clean
    typed = parse_question("how many QĐ has the justice dept signed off during 2024")
    assert "justice department signed" in typed.clean
    assert typed.wants_list  # a count of what it issued is answered with the documents
    assert parse_question("Trung tâm đã trình bao nhiêu tờ trình?").wants_list
    # a report's figure of documents is no list
    assert not parse_question("Năm 2024 Sở đã kiểm tra bao nhiêu văn bản?").wants_list
    advised = "Năm 2022 Sở tham mưu UBND tỉnh ban hành bao nhiêu văn bản quy phạm pháp luật?"
    assert not parse_question(advised).wants_list


def test_chat_abbreviations_and_named_instruments() -> None:
    typed = parse_question("van ban nao ban hanh quy III/2025 nay ko con hieu luc")
    assert typed.clean.endswith("nay khong con hieu luc")  # no diacritics put in
    assert parse_question("Quy chế này còn dùng đc ko?").clean == "Quy chế này còn dùng được không?"
    # a Quy trình or a Quy định named and asked whether it holds: the document is wanted
    assert parse_question("Quy trình nội bộ giải quyết TTHC hiện hành?").wants_list
    assert parse_question("quy định tạm thời nhận hồ sơ qua bưu chính còn hiệu lực ko").wants_list
    # the day it was signed bounds what is listed
    assert parse_question("QĐ nào ký ngày 30/6/2025 nhưng có hiệu lực từ 01/7/2025?").period == (
        Period("2025-06-30", "2025-06-30")
    )


def test_half_a_year_is_written_as_reports_write_it() -> None:
    assert "6 tháng đầu năm nay" in parse_question("Nửa đầu năm nay xã nhận bao nhiêu hồ sơ?").clean
    assert "6 thang cuoi nam 2024" in parse_question("nua cuoi nam 2024 tiep nhan may ho so").clean
    assert parse_question("Nửa số hồ sơ đầu năm").clean == "Nửa số hồ sơ đầu năm"


@pytest.mark.parametrize(
    "question",
    [
        "so gddt: cac qd cua so ky trong 2019 (khong tinh qd cua ubnd)",
        "Các QĐ của Sở ký trong năm 2019, không tính QĐ của UBND tỉnh?",
        "Decisions the department signed in 2019, excluding those of the UBND",
    ],
)
def test_what_the_asker_leaves_out_is_no_facet(question: str) -> None:
    parsed = parse_question(question)
    assert "ubnd" not in parsed.clean.lower()
    assert parsed.years == (2019,)


@pytest.mark.parametrize(
    ("question", "clean"),
    [
        # a Telex tone key left after a word ("nàof", "truyenf"), as typed in a hurry
        (
            "Quy chế chi tiêu nội bộ gồm những QĐ nàof?",
            "Quy chế chi tiêu nội bộ gồm những QĐ nào?",
        ),
        ("ke hoach tuyen truyenf nam 2024", "ke hoach tuyen truyen nam 2024"),
        # words that end so: not slips
        ("Kế hoạch CCHC năm 2024 (tax, fax)", "Kế hoạch CCHC năm 2024 (tax, fax)"),
        # the tone on the wrong syllable: "ban hàng" is "ban hành"; "bán hàng" stays
        ("Các QĐ Sở ban hàng trong quý II/2025?", "Các QĐ Sở ban hành trong quý II/2025?"),
        ("Các QĐ về bán hàng năm 2024", "Các QĐ về bán hàng năm 2024"),
    ],
)
def test_telex_slips_mended(question: str, clean: str) -> None:
    assert parse_question(question).clean == clean


@pytest.mark.parametrize(
    "question",
    [
        "Ngày 20/4/2024 quy chế chi tiêu nội bộ gồm những QĐ nào?",
        "Ngày 20-4-2024 quy chế gồm những QĐ nào",
    ],
)
def test_what_a_rule_was_made_of_on_a_day(question: str) -> None:
    assert parse_question(question).at == "2024-04-20"


def test_reports_a_letter_asks_for_are_its_topic() -> None:
    # the letters are asked for; the reports are what they urge
    assert parse_question("các công văn đôn đốc báo cáo CCHC quý I").codes == ("CV",)
    assert parse_question("Công văn nào yêu cầu báo cáo kết quả CCHC?").codes == ("CV",)
    # with no other type before it, a report asked stays asked
    assert parse_question("đôn đốc báo cáo CCHC").codes == ("BC",)
    assert parse_question("các báo cáo CCHC quý I").codes == ("BC",)


@pytest.mark.parametrize(
    ("question", "codes"),
    [
        # the report being written, around the question, is no type asked
        (
            "For the first-half 2026 reform report, which plans and decisions did the "
            "Department issue between January and June 2026?",
            ("KH", "QĐ"),
        ),
        ("Báo cáo CCHC năm 2024 phần cải cách TTHC cần dẫn những QĐ nào do Sở ban hành?", ("QĐ",)),
        ("Phần kiểm tra trong BC CCHC năm 2025: Sở có những KH nào và VB nào thực hiện?", ("KH",)),
        ("Phần kiểm tra CCHC của báo cáo năm 2025: Sở đã ban hành những văn bản nào?", ()),
        ("Trước khi viết BC CCHC quý III/2026, Sở đã có những báo cáo nào?", ("BC",)),
        (
            "ban dan toc da ky nhung quyet dinh va ke hoach nao nam 2024 de dua vao bao cao nam",
            ("QĐ", "KH"),
        ),
        # reports asked stay asked
        ("Cho biết các báo cáo CCHC năm 2025, gồm những báo cáo nào?", ("BC",)),
        ("For the 2025 reports, which ones were signed late?", ("BC",)),
        ("Những báo cáo nào được ban hành năm 2025?", ("BC",)),
    ],
)
def test_the_report_being_written_is_no_type_asked(question: str, codes: tuple) -> None:
    parsed = parse_question(question)
    assert parsed.codes == codes
    # its period stays the question's
    assert parsed.years or parsed.period


def test_a_tour_guide_is_no_guidance_document() -> None:
    # "hướng dẫn viên" is a person; "văn bản hướng dẫn" still asks for a Hướng dẫn
    assert parse_question("quy trình nội bộ cấp thẻ hướng dẫn viên du lịch").codes == ()
    assert parse_question("các hướng dẫn năm 2025").codes == ("HD",)
