"""What a list question implies: its facets, whether it names a topic, what acts it asks for."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.archive.periods import Period
from assistant.archive.profiles import Profile
from assistant.citations import Registry, RegistryEntry
from assistant.citations.registry import Mention
from assistant.generation.answer import _PERIODIC
from assistant.generation.documents import (
    ScoredDocument,
    every_fitting,
    same_subject,
    select,
    whole_period_first,
)
from assistant.generation.fit import (
    Asked,
    addressed_to,
    archive_places,
    area_only,
    asked_acts,
    asked_agent,
    asked_carrying_out,
    asked_department,
    asked_deputy,
    asked_effect,
    asked_grounds,
    asked_issuer,
    asked_mentioning,
    asked_place,
    asked_proposer,
    asked_recipient,
    asked_signer,
    asked_signing_forms,
    asked_unit,
    asks_cited_by,
    asks_former_and_new,
    asks_history,
    asks_latest,
    asks_untouched,
    asks_what_it_replaced,
    effect_day,
    facet_score,
    issued_by,
    issued_by_body,
    merged_since,
    named_for,
    names_area,
    of_place,
    of_unit,
    own_body,
    own_fields,
    proposed_by,
    sent_to_in,
    signature_blocks,
    signed_month,
    signers,
    signing_title,
    topic_text,
    topicless,
    two_areas,
    without_agent,
    without_body,
    without_field,
    without_place,
)
from assistant.generation.scope import split_basis
from assistant.generation.standing import asks_one
from assistant.models import Identity
from assistant.retrieval.query import fold, parse_question


@pytest.mark.parametrize(
    ("question", "area"),
    [
        # The department's name says who acts, not the topic.
        ("Which decisions restructured the Department of Justice in 2024?", "to_chuc_bo_may"),
        ("Những quyết định nào sắp xếp tổ chức bộ máy của Sở Tư pháp năm 2022?", "to_chuc_bo_may"),
        ("Những văn bản nào về cải cách thể chế của Sở Nội vụ?", "the_che"),
        # The reform's own name and a year name no area; a heading phrase still does.
        ("Những quyết định nào về cải cách hành chính năm 2023?", None),
        ("Các văn bản liên quan đến CCHC năm 2024", None),
        ("Những văn bản nào về kiểm tra cải cách hành chính năm 2023?", "kiem_tra"),
        ("Kế hoạch cải cách hành chính năm 2024 là văn bản nào?", "chi_dao_dieu_hanh"),
    ],
)
def test_the_area_of_a_question_is_read_without_the_department_s_name(
    question: str, area: str | None
) -> None:
    assert Asked.of(parse_question(question)).area == area


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Những văn bản nào được ban hành năm 2022?", True),
        ("Which documents were issued in 2023?", True),
        ("Những kế hoạch nào Sở Tư pháp ban hành năm 2024?", True),
        ("Những quyết định nào sắp xếp tổ chức bộ máy năm 2022?", False),
        ("Văn bản nào năm 2021 về chuyển đổi số?", False),
        # Every document of the archive concerns the reform: its name is no topic.
        ("Những quyết định nào về cải cách hành chính năm 2023?", True),
        ("Các văn bản liên quan đến CCHC từ 2022 đến nay", True),
        ("Which decisions on administrative reform were issued in 2023?", True),
        ("Những quyết định nào về kiểm tra cải cách hành chính năm 2023?", False),
        # Periods, validity, the province, instruments: no topic either.
        ("Trong 6 tháng đầu năm 2024, Sở đã ban hành những quyết định nào?", True),
        ("Những văn bản do UBND tỉnh Bình Sơn ban hành về Sở Tư pháp", True),
        ("Những quy chế nào của Sở hiện còn hiệu lực?", True),
        ("Which documents were issued in the third quarter of 2024?", True),
        ("Which documents came out between July and December 2023?", True),
        # The reform's own plan is one document, not every plan.
        ("Kế hoạch cải cách hành chính năm 2024", False),
        ("KH CCHC năm 2023 và năm 2024 của UBND huyện là những KH nào?", False),
        ("Những quyết định nào về đầu tư?", False),
        # "đã trình (UBND tỉnh)" is how a Tờ trình is asked for
        ("Sở đã trình UBND tỉnh những tờ trình nào?", True),
        ("Những quy trình nào được ban hành năm 2024?", False),  # "quy trình" is a topic
        # A district's bodies are who, as the Sở is
        ("Năm 2021 huyện đã ban hành những văn bản nào về cải cách hành chính?", True),
        ("Năm 2023 Chủ tịch UBND huyện Đông Sơn đã ban hành những quyết định nào?", True),
        ("Năm 2022 Phòng Nội vụ ban hành những văn bản nào?", True),
        ("Năm 2022 Phòng Nội vụ ban hành những văn bản nào về tuyển dụng?", False),
        # where the documents are kept is no topic; the work of keeping them is one
        ("qd nao trong kho luu tru nam 2023", True),
        ("Những văn bản nào năm 2023 về công tác lưu trữ?", False),
        # "gửi đi", "send out": how they left, not what about
        ("cac cong van so vhttdl gui di tu 2021 den het 2025", True),
        ("Which letters did the department send out in 2024?", True),
        # the reform named with two types is the reform's work of both, not its plan
        ("nhung quyet dinh va ke hoach cchc nao trong nam 2024", True),
        ("Năm 2024 có những QĐ, KH CCHC nào?", True),
        # a Sở by its initials is who, whatever they are
        ("Năm 2025, Sở DTTG đã ban hành những QĐ nào?", True),
        ("Năm 2025 Sở DL ban hành những KH nào?", True),
    ],
)
def test_topicless(question: str, expected: bool) -> None:
    assert topicless(parse_question(question)) is expected


@pytest.mark.parametrize(
    ("question", "area"),
    [
        (
            "Từ năm 2022 đến nay Sở Nội vụ có những quyết định nào về tổ chức bộ máy?",
            "to_chuc_bo_may",
        ),
        ("Các QĐ về TTHC năm 2024", "thu_tuc_hanh_chinh"),
        ("Những văn bản nào về lĩnh vực cải cách thể chế?", "the_che"),
        # More than an area's name: its words decide, not the area alone.
        ("Những quyết định nào sắp xếp tổ chức bộ máy của Sở năm 2024?", None),
        ("Những văn bản nào về kiểm tra việc giải quyết hồ sơ?", None),
        # the reform's plan named with another type: no area
        ("nhung quyet dinh va ke hoach cchc nao trong nam 2024", None),
        ("Kế hoạch CCHC năm 2024", "chi_dao_dieu_hanh"),
    ],
)
def test_a_topic_that_is_only_an_area(question: str, area: str | None) -> None:
    assert area_only(parse_question(question)) == area


def test_the_public_is_no_topic_and_two_areas_name_none() -> None:
    parsed = parse_question(
        "Sở đã có những quyết định nào về việc giải quyết hồ sơ của người dân, tổ chức?"
    )
    assert Asked.of(parsed).area == "thu_tuc_hanh_chinh"
    parsed = parse_question(
        "What did the department decide about checking and reviewing legal documents?"
    )
    assert Asked.of(parsed).area is None  # kiểm tra and văn bản quy phạm: two areas


@pytest.mark.parametrize(
    ("question", "issuer"),
    [
        ("UBND tỉnh đã ban hành những quyết định nào đối với Sở Khoa học và Công nghệ?", "UBND"),
        ("Những văn bản do UBND tỉnh Bình Sơn ban hành về Sở Tư pháp", "UBND"),
        ("Which decisions were issued by the provincial People's Committee?", "UBND"),
        ("Which decisions of the provincial People's Committee took effect later?", "UBND"),
        # the committee's office is another body, an issuer of its own
        ("Which plans of the provincial People's Committee office deal with kiosks?", "VP"),
        ("6 tháng đầu năm 2024 Giám đốc Sở Tư pháp đã ký những quyết định nào?", "SO"),
        ("Năm 2023 Sở Tư pháp ban hành những quyết định nào liên quan đến CCHC?", "SO"),
        ("Which decisions did the Department of Justice issue in 2022?", "SO"),
        # "số" is a number, not the Sở; no issuer named.
        ("Quyết định số 15 ban hành quy chế nào?", None),
        ("Những quyết định nào về một cửa?", None),
        # the committee's other verbs of issue
        ("UBND tỉnh công bố Chỉ số cải cách hành chính của Sở bằng những quyết định nào?", "UBND"),
        # the council's
        ("HĐND tỉnh thành lập Sở Nội vụ mới bằng nghị quyết nào", "HĐND"),
        ("các nghị quyết do Hội đồng nhân dân tỉnh ban hành", "HĐND"),
        ("Which resolutions of the People's Council set up the new department?", "HĐND"),
        ("Tờ trình nào trình HĐND tỉnh?", None),
        # the committee's office, not the committee; a Sở by its initials, without diacritics
        ("Văn phòng UBND tỉnh đã ban hành những kế hoạch nào?", "VP"),
        ("Những văn bản do VP UBND tỉnh ban hành", "VP"),
        ("so gddt bac hoa ky nhung quyet dinh nao trong nam 2021", "SO"),
    ],
)
def test_the_issuer_a_question_names(question: str, issuer: str | None) -> None:
    assert Asked.of(parse_question(question)).issuer == issuer


@pytest.mark.parametrize(
    ("question", "signer"),
    [
        ("Bà Phạm Thị Thu Hà đã ký những văn bản nào?", "pham thi thu ha"),
        ("Năm 2023 Giám đốc Trần Minh Khang đã ký những quyết định nào?", "tran minh khang"),
        ("Which documents did Mr Tran Minh Khang sign?", "tran minh khang"),
        # A title without a name, a department, or no signing: no one.
        ("Giám đốc Sở đã ký những văn bản nào?", None),
        ("Giám đốc Sở Tư pháp ký những văn bản gì?", None),
        ("Bà Phạm Thị Thu Hà là ai?", None),
        # a district's titles; the Phòng's name is no one's
        ("Chủ tịch Phạm Quốc Hưng đã ký những văn bản nào?", "pham quoc hung"),
        ("Trưởng phòng Nội vụ Đặng Văn Minh đã ký những văn bản nào?", "dang van minh"),
        ("Which documents did Chairman Pham Quoc Hung sign?", "pham quoc hung"),
        ("Chủ tịch UBND huyện đã ký những văn bản nào?", None),
    ],
)
def test_the_signer_a_question_names(question: str, signer: str | None) -> None:
    assert asked_signer(question) == signer


def test_signature_blocks() -> None:
    """The name under a signer's title, wherever the block stands: a decision signs before
    the Quy chế it attaches; a deputy signs under "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"."""
    decision = (
        "Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.\nNơi nhận:\n"
        "- Lưu: VT, VP.\nGIÁM ĐỐC (Đã ký)\nHoàng Minh Tuấn\nQUY CHẾ\nLàm việc của Sở\n"
        "Điều 1. Giám đốc Sở làm việc theo chế độ thủ trưởng."
    )
    assert signers(decision) == ["hoang minh tuan"]
    assert signers("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nĐỗ Thị Hồng Nhung\n") == ["do thi hong nhung"]
    assert signers("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Bình") == [
        "le van binh"
    ]
    # a name in the body is no signature
    assert signers("Giám đốc Sở Hoàng Minh Tuấn chủ trì hội nghị.\nSở đã kiểm tra 04 đơn vị.") == []


def test_a_deputy_s_signature_before_an_attached_text_carries_the_title() -> None:
    decision = (
        "Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n"
        "(Đã ký)\n\nTrần Quang Vinh\n\nQUY CHẾ\nTiếp nhận hồ sơ\nĐiều 5. Nơi tiếp nhận"
    )
    (block,) = signature_blocks(decision)
    assert "PHÓ GIÁM ĐỐC" in block
    assert block.endswith("Trần Quang Vinh")
    # the director's own block carries no deputy's title
    (own,) = signature_blocks("Điều 3. Thi hành.\nGIÁM ĐỐC\n(Đã ký)\nHoàng Minh Tuấn\nQUY CHẾ")
    assert "PHÓ" not in own
    assert signature_blocks("Giám đốc Sở Hoàng Minh Tuấn chủ trì hội nghị.") == []


@pytest.mark.parametrize(
    "question",
    [
        "Từ tháng 5 đến tháng 8/2022 STP ban hành những văn bản gì",
        "since March 2024 what did the department issue",
        "Năm 2023 SLĐTBXH có những QĐ nào?",
        # a commune's own bodies, by name or not, in both languages
        "Quý III năm 2025 UBND xã Hòa Phong đã ban hành những văn bản nào?",
        "Từ tháng 7/2025 đến nay xã đã ban hành những QĐ nào?",
        "các TTr của UBND xã",
        "What did the Hòa Phong commune people's committee issue in the last quarter of 2025?",
        # "gồm", and the province's office named with its committee
        "CV của Sở gồm những CV nào",
        "6 tháng đầu năm 2025 Văn phòng UBND tỉnh có những văn bản nào?",
        # "Sở" and its initials typed without diacritics, in lower case
        "cac bc cchc cua so vhttdl trong nam 2025",
    ],
)
def test_a_stretch_s_lead_word_and_the_department_s_symbol_name_no_topic(question: str) -> None:
    assert topicless(parse_question(question))


def test_a_topic_beside_the_department_s_symbol_is_kept() -> None:
    assert topic_text("Từ năm 2022 tới nay SNV có những QĐ về tuyển dụng nào") == "tuyển dụng"
    assert topic_text("Tư vấn pháp luật từ 2023") == "Tư vấn pháp luật"
    # "xã hội" is a topic's word, not the commune
    assert topic_text("Văn bản nào về bảo hiểm xã hội năm 2024") == "bảo hiểm xã hội"


def test_a_part_of_a_year_is_read_by_the_date_of_issue() -> None:
    asked = Asked.of(parse_question("Những QĐ nào được ban hành trong quý I/2024?"))
    march = RegistryEntry("5/QĐ-SX", "5/qd-sx", 2024, "Quyết định", "QĐ", "SX", "2024-03-20")
    april = RegistryEntry("6/QĐ-SX", "6/qd-sx", 2024, "Quyết định", "QĐ", "SX", "2024-04-02")
    assert facet_score(march, None, asked) > facet_score(april, None, asked)
    by_committee = RegistryEntry(
        "7/QĐ-UBND", "7/qd-ubnd", 2024, "Quyết định", "QĐ", "UBND", "2024-03-21"
    )
    asked = Asked.of(parse_question("Những quyết định nào do UBND tỉnh ban hành năm 2024?"))
    assert facet_score(by_committee, None, asked) > facet_score(march, None, asked)


@pytest.mark.parametrize(
    ("question", "acts"),
    [
        ("Which decision amended the department's working rules?", ("amends",)),
        ("Quyết định nào thay thế quy chế một cửa?", ("replaces",)),
        ("Quyết định nào bãi bỏ một phần quyết định 201?", ("repeals", "terminates")),
        # Passive: the document acted on is asked for, not the one acting.
        ("Quy chế nào đã được sửa đổi?", ()),
        ("Which rules were replaced in 2024?", ()),
        ("Những quyết định nào về chi tiêu nội bộ?", ()),
    ],
)
def test_asked_acts(question: str, acts: tuple[str, ...]) -> None:
    assert asked_acts(fold(question)) == acts


@pytest.mark.parametrize(
    ("question", "events"),
    [
        # the one that acted on a document the question describes
        ("Quyết định năm 2016 đã được thay bằng quyết định nào?", ("replaced", "partly_replaced")),
        ("The 2019 rules were replaced by which decision?", ("replaced", "partly_replaced")),
        ("Mức công tác phí đã được sửa bằng quyết định nào?", ("amended",)),
        ("Điều 5 của quy chế bị bãi bỏ bởi văn bản nào?", ("repealed", "partly_repealed", "ended")),
        (
            "Văn bản nào làm chấm dứt hiệu lực quy định ban hành năm 2022?",
            ("replaced", "partly_replaced", "repealed", "partly_repealed", "ended"),
        ),
        # in the active voice too: the year is the rules', the one that replaced them asked
        ("Which decision replaced the 2019 rules?", ("replaced", "partly_replaced")),
        ("What replaced the 2021 functions decision?", ("replaced", "partly_replaced")),
        # the one described named before as "them"
        (
            "The 2022 working rules: which decisions later changed them or took their place?",
            ("amended", "replaced", "partly_replaced"),
        ),
        ("The 2022 rules: what amended them?", ("amended",)),
        (
            "Which decision struck an article out of the 2019 rules?",
            ("partly_repealed", "repealed"),
        ),
        # the ones acted on, asked for in the passive, are listed
        ("Những văn bản nào đã bị thay thế?", ()),
        # the agent asked before its verb; every change a chain of verbs names
        (
            "Quy chế chi tiêu ký tháng 2/2023 còn dùng không hay đã bị QĐ nào chấm dứt?",
            ("repealed", "partly_repealed", "ended"),
        ),
        (
            "Quy chế một cửa năm 2023 đã bị sửa đổi hay thay thế bởi những QĐ nào?",
            ("replaced", "partly_replaced", "amended"),
        ),
        (
            "Has anything been struck out of the 2022 working rules, and by which decision?",
            ("partly_repealed", "repealed"),
        ),
        # the changes told as times
        (
            "Quy chế quản lý cụm công nghiệp năm 2020 đã qua những lần sửa, thay bằng QĐ nào?",
            ("replaced", "partly_replaced", "amended"),
        ),
        ("Sở đã qua những lần kiểm tra nào?", ()),
        # who acted on the one described, taken up again as "nó"
        (
            "QĐ nào sửa đổi quy chế chi tiêu nội bộ năm 2023, rồi cái nào thay thế nó?",
            ("replaced", "partly_replaced", "amended"),
        ),
        # the acting documents themselves, with nothing described
        ("Quyết định nào bãi bỏ văn bản khác năm 2024?", ()),
        # the acting one asked first, as staff type it, of one described by its year
        ("văn bản thay thế Quy chế chi tiêu nội bộ năm 2018", ("replaced", "partly_replaced")),
        ("QĐ nào sửa đổi quy trình nội bộ năm 2020", ("amended",)),
    ],
)
def test_asked_agent(question: str, events: tuple[str, ...]) -> None:
    assert asked_agent(fold(question)) == events

    # the year or type it names are the described document's: no act facet for them
    if events:
        assert asked_acts(fold(question)) == ()


@pytest.mark.parametrize(
    ("question", "left"),
    [
        # the verb asked of the described documents is no topic of theirs
        (
            "Which documents replaced the department's 2018 decisions?",
            "Which documents the department's 2018 decisions?",
        ),
        (
            "Văn bản nào đã thay thế các quyết định năm 2018 của Sở?",
            "Văn bản nào đã các quyết định năm 2018 của Sở?",
        ),
        (
            "Quy chế một cửa năm 2021 đã bị thay thế bởi quyết định nào?",
            "Quy chế một cửa năm 2021 đã bị bởi quyết định nào?",
        ),
        # nothing asked of an agent: as typed
        (
            "Những quyết định nào bị thay thế năm 2024?",
            "Những quyết định nào bị thay thế năm 2024?",
        ),
    ],
)
def test_without_agent(question: str, left: str) -> None:
    assert without_agent(question) == left
    # what is left describes the documents; the year is theirs
    if left != question:
        assert topicless(parse_question(left)) == ("Quy chế" not in left)


def test_what_acted_on_them_is_a_list_question() -> None:
    assert parse_question(
        "The 2022 rules: what amended them and what is replacing them?"
    ).wants_list


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("Quy chế Bộ phận Một cửa của Sở: QĐ cũ và QĐ thay thế?", True),
        ("quy che lam viec: van ban cu va moi", True),
        ("The one-stop rules, old and new", True),
        ("Quy chế Bộ phận Một cửa hiện hành", False),
        # its issuing and its changes asked together
        ("Quy chế một cửa đã được ban hành, thay thế và bỏ bớt điều khoản qua những QĐ nào?", True),
        ("Quy chế chi tiêu được quy định và sửa đổi qua những quyết định nào từ 2020?", True),
        ("Sở đã mấy lần đổi quy chế chi tiêu nội bộ kể từ 2022?", True),
        ("Quy chế chi tiêu nội bộ năm 2022 bị sửa đổi bởi QĐ nào?", False),
        ("Những QĐ nào đã bị thay thế hoặc bãi bỏ trong năm 2025?", False),
    ],
)
def test_the_old_and_the_new_asked_is_a_history(question: str, history: bool) -> None:
    assert asks_history(fold(question)) is history


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("KH CCHC năm 2025 của 2 sở cũ và của Sở Nội vụ sau hợp nhất", True),
        ("quy che lam viec cua 2 so cu va cua so nn&mt moi", True),
        # the former bodies' alone
        ("Quy chế làm việc của 2 sở cũ", False),
    ],
)
def test_the_former_bodies_and_the_merged_one_asked(question: str, asked: bool) -> None:
    assert asks_former_and_new(fold(question)) is asked


def test_issuing_names_no_topic() -> None:
    # "ra": issued, as staff say it; "rà soát" is a topic
    assert topicless(parse_question("ubnd tinh ra nhung qd nao nam 2025"))
    assert topic_text("các văn bản rà soát TTHC năm 2024") == "rà soát TTHC"


def test_the_own_body_asked_as_who_issued() -> None:
    body = "thanh tra tinh"
    assert issued_by_body(fold("thanh tra tinh ban hanh nhung vb nao trong quy III/2025"), body)
    assert issued_by_body(fold("Thanh tra tỉnh đã ký những QĐ nào năm 2025?"), body)
    # what they are about, not who issued them
    about = "Năm 2025 có những VB nào về tổ chức bộ máy của Thanh tra tỉnh?"
    assert not issued_by_body(fold(about), body)


def test_the_askers_own_body_names_no_topic() -> None:
    assert topicless(parse_question("Kể từ tháng 3 năm nay, Sở mình đã ký ban hành những QĐ nào?"))
    assert topicless(parse_question("huyen minh co nhung quyet dinh nao nam 2024"))
    assert topicless(parse_question("Give me every plan the transport department drew up in 2023."))
    # a signer's name keeps its "Minh"
    assert "Minh" in topic_text("Những văn bản về Trần Minh Khang năm 2024")


def test_legal_normative_documents_asked_for_are_those_numbered_with_their_year() -> None:
    asked = Asked.of(parse_question("Sở đã tham mưu những văn bản quy phạm pháp luật nào?"))
    legal = RegistryEntry(
        "18/2024/QĐ-UBND", "18/2024/qd-ubnd", 2024, "Quyết định", "QĐ", "UBND", "2024-05-10"
    )
    plain = RegistryEntry(
        "620/QĐ-UBND", "620/qd-ubnd", 2024, "Quyết định", "QĐ", "UBND", "2024-03-22"
    )
    assert facet_score(legal, None, asked) > facet_score(plain, None, asked)
    # a plan to review them asks for the plan
    review = Asked.of(parse_question("Kế hoạch rà soát văn bản quy phạm pháp luật là văn bản nào?"))
    assert not review.legal


@pytest.mark.parametrize(
    ("question", "one"),
    [
        ("Quyết định nào quy định chức năng, nhiệm vụ của Sở hiện nay?", True),
        ("Những quyết định nào còn hiệu lực?", False),
        ("Which decision sets the department's functions now?", True),
        ("Which decisions are in force?", False),
        ("What regulations are in force?", False),
    ],
)
def test_asks_one(question: str, one: bool) -> None:
    assert asks_one(parse_question(question)) is one


def test_every_fitting_keeps_the_archive_s_own_cited_documents() -> None:
    def doc(ident: str, issuer: str, date: str, own: bool, facets: float) -> ScoredDocument:
        entry = RegistryEntry(
            ident,
            ident.lower(),
            int(date[:4]),
            "Kế hoạch",
            "KH",
            issuer,
            date,
            own_source=f"{ident}.txt" if own else None,
        )
        return ScoredDocument(entry, 0.9, "", None, "header", facets=facets)

    with_file = doc("19/KH-SX", "SX", "2022-03-09", True, 0.16)
    cited = doc("17/KH-SX", "SX", "2023-03-02", False, 0.15)  # the Sở's own, cited only
    national = doc("5/KH-BX", "BX", "2023-01-05", False, 0.15)  # a ministry's
    unfit = doc("7/KH-SX", "SX", "2023-05-05", True, 0.06)
    got = every_fitting([with_file, cited, national, unfit])
    assert [d.entry.ident for d in got] == ["19/KH-SX", "17/KH-SX"]
    # Tờ trình asked for, and those with files are the Phòng's while most files are the
    # committee's: the Phòng's cited one is the archive's own too
    many = [doc(f"{n}/KH-UBND", "UBND", "2023-02-01", True, 0.06) for n in range(1, 6)]
    proposal = doc("71/TTr-PNV", "PNV", "2023-12-18", True, 0.16)
    cited_proposal = doc("58/TTr-PNV", "PNV", "2023-08-04", False, 0.15)
    national_proposal = doc("9/TTr-BX", "BX", "2023-08-04", False, 0.15)
    got = every_fitting([*many, proposal, cited_proposal, national_proposal], by_type=True)
    assert [d.entry.ident for d in got] == ["58/TTr-PNV", "71/TTr-PNV"]
    # asked by its issuer, not its type: the archive's main body decides, as before
    got = every_fitting([*many, proposal, cited_proposal, national_proposal])
    assert [d.entry.ident for d in got] == ["71/TTr-PNV"]
    # two departments merged, each with files: a cited one of the smaller is the archive's own
    # too ("các tờ trình của Sở" in the new Sở Tài chính's archive holding the Sở KH&ĐT's)
    finance = [doc(f"{n}/KH-STC", "STC", "2025-05-01", True, 0.06) for n in range(1, 9)]
    planning = [doc(f"{n}/KH-SKHĐT", "SKHĐT", "2023-05-01", True, 0.06) for n in range(1, 4)]
    merged = doc("58/TTr-SKHĐT", "SKHĐT", "2023-06-12", False, 0.15)
    filed = doc("36/TTr-STC", "STC", "2025-03-18", True, 0.16)
    got = every_fitting([*finance, *planning, merged, filed, national_proposal])
    assert [d.entry.ident for d in got] == ["58/TTr-SKHĐT", "36/TTr-STC"]
    # a committee's files beside the department's are not another of its bodies
    committee = [doc(f"{n}/KH-UBND", "UBND", "2024-01-01", True, 0.06) for n in range(1, 5)]
    cited_committee = doc("77/TTr-UBND", "UBND", "2023-06-12", False, 0.15)
    got = every_fitting([*finance, *committee, cited_committee, filed])
    assert [d.entry.ident for d in got] == ["36/TTr-STC"]


def test_the_document_of_the_whole_period_asked_comes_first() -> None:
    def report(ident: str, date: str, period: Period) -> ScoredDocument:
        entry = RegistryEntry(ident, ident.lower(), 2025, "Báo cáo", "BC", "UBND", date)
        profile = Profile(ident, "Báo cáo", date, "UBND", None, None, (), period, "", None)
        return ScoredDocument(entry, 0.9, "", None, "header", facets=0.12, profile=profile)

    half = report("86/BC-UBND", "2025-06-12", Period("2025-01-01", "2025-06-30"))
    year = report("210/BC-UBND", "2025-12-12", Period.of_years(2025))
    got = whole_period_first([half, year], Period.of_years(2025))
    assert [d.entry.ident for d in got] == ["210/BC-UBND", "86/BC-UBND"]
    # a part of the year asked: its own report first, the order kept otherwise
    got = whole_period_first([year, half], Period("2025-01-01", "2025-06-30"))
    assert [d.entry.ident for d in got] == ["86/BC-UBND", "210/BC-UBND"]
    # the reports of the year's parts before one issued in it of the year before
    before = report("03/BC-UBND", "2025-01-09", Period.of_years(2024))
    q1 = report("41/BC-UBND", "2025-04-10", Period("2025-01-01", "2025-03-31"))
    got = whole_period_first([before, q1, half], Period.of_years(2025))
    assert [d.entry.ident for d in got] == ["41/BC-UBND", "86/BC-UBND", "03/BC-UBND"]


@pytest.mark.parametrize(
    ("question", "periodic"),
    [
        ("các báo cáo CCHC theo quý của năm 2025", True),
        ("bao cao cchc quy nam 2024", True),
        ("Which quarterly reports did the department send in 2025?", True),
        ("BC CCHC định kỳ năm 2024", True),
        # one quarter named, or a fund ("quỹ"), is no periodic series
        ("BC CCHC quý I năm 2025", False),
        ("báo cáo quý III/2025", False),
        ("quỹ khen thưởng năm 2024", False),
    ],
)
def test_the_periodic_reports_asked(question: str, periodic: bool) -> None:
    assert bool(_PERIODIC.search(fold(question))) is periodic


def test_the_committee_s_unit_a_question_names() -> None:
    """A district's archive cites its province's decisions, both "…/QĐ-UBND": "UBND tỉnh"
    asks for the province's, by what the headers and the mentions say of each."""
    asked = Asked.of(parse_question("UBND tỉnh đã ban hành những văn bản nào về Chỉ số CCHC?"))
    assert (asked.issuer, asked.unit) == ("UBND", "tinh")
    assert asked_unit("Năm 2023 Ủy ban nhân dân huyện đã ban hành những quyết định nào?") == "huyen"
    assert asked_unit("Những quyết định nào về tổ chức bộ máy?") is None

    def entry(header: str | None, mentioned: str | None) -> RegistryEntry:
        mentions = (
            (Mention("bc.txt", 1, "", 0, 9, "15/QĐ-UBND", 2022, issuer_name=mentioned),)
            if mentioned
            else ()
        )
        return RegistryEntry(
            "15/QĐ-UBND",
            "15/qd-ubnd",
            2022,
            "Quyết định",
            "QĐ",
            "UBND",
            "2022-01-05",
            own_source="qd.txt" if header else None,
            mentions=mentions,
            issuer_name=header,
        )

    assert of_unit(entry("ỦY BAN NHÂN DÂN / HUYỆN ĐÔNG SƠN", None), "huyen")
    assert not of_unit(entry("ỦY BAN NHÂN DÂN / HUYỆN ĐÔNG SƠN", None), "tinh")
    assert of_unit(entry(None, "UBND tỉnh Hà Trung"), "tinh")
    assert not of_unit(entry(None, "UBND tỉnh Hà Trung"), "huyen")
    assert of_unit(entry(None, None), "huyen")  # nothing places it


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Sở Tư pháp có những kế hoạch kiểm tra nào?", True),
        ("Các văn bản về TTHC từ năm 2022 đến nay", True),
        ("Since 2023, what has the department done on administrative procedures?", True),
        # the one-stop shop is a part of the procedures' area; with the procedures, the area
        ("quyet dinh nao ve mot cua nam 2024", False),
        ("Văn bản nào về bộ phận một cửa, giải quyết thủ tục cho dân từ 2022 tới giờ?", True),
        # read as an area only from its words
        ("Những quyết định nào về cấp Phiếu lý lịch tư pháp?", False),
    ],
)
def test_a_question_naming_its_area(question: str, named: bool) -> None:
    assert names_area(parse_question(question)) is named


def test_a_plan_named_for_an_area() -> None:
    def entry(subject: str) -> RegistryEntry:
        return RegistryEntry(
            "88/QĐ-SX", "88/qd-sx", 2024, "Quyết định", "QĐ", "SX", None, subject=subject
        )

    assert named_for(entry("Ban hành Kế hoạch kiểm tra, rà soát văn bản QPPL năm 2024"), "kiem_tra")
    assert not named_for(entry("Ban hành Kế hoạch cải cách hành chính năm 2024"), "kiem_tra")
    assert not named_for(entry("Kết luận kiểm tra tại Phòng Hành chính"), "kiem_tra")


def test_a_named_area_keeps_every_relevant_document_filed_under_it() -> None:
    def doc(ident: str, score: float, area: str) -> ScoredDocument:
        entry = RegistryEntry(ident, ident.lower(), 2024, "Quyết định", "QĐ", "SX", "2024-03-01")
        profile = Profile(
            ident, "Quyết định", "2024-03-01", "SX", None, None, (area,), None, "", None
        )
        return ScoredDocument(entry, score, "", None, "header", facets=0.1, profile=profile)

    ranked = [
        doc("1/QĐ-SX", 1.00, "thu_tuc_hanh_chinh"),
        doc("2/QĐ-SX", 0.97, "thu_tuc_hanh_chinh"),
        doc("3/QĐ-SX", 0.93, "thu_tuc_hanh_chinh"),
        doc("4/QĐ-SX", 0.94, "the_che"),  # relevant, another area's
        doc("5/QĐ-SX", 0.80, "thu_tuc_hanh_chinh"),  # not relevant
        *(doc(f"{n}/QĐ-SX", 0.78, "kiem_tra") for n in range(6, 12)),
    ]
    # the widest gap (after the first) cuts a list asked by its topic
    assert [d.entry.ident for d in select(ranked)] == ["1/QĐ-SX"]
    named = select(ranked, area="thu_tuc_hanh_chinh")
    assert [d.entry.ident for d in named] == ["1/QĐ-SX", "2/QĐ-SX", "3/QĐ-SX"]


def test_a_council_s_resolution_is_issued_by_the_council() -> None:
    resolution = RegistryEntry(
        "12/NQ-HĐND", "12/nq-hdnd", 2025, "Nghị quyết", "NQ", "HĐND", "2025-02-26"
    )
    decision = RegistryEntry("8/QĐ-UBND", "8/qd-ubnd", 2025, "Quyết định", "QĐ", "UBND", None)
    assert issued_by(resolution, "HĐND")
    assert not issued_by(decision, "HĐND")
    assert not issued_by(resolution, "UBND")


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("Phó Giám đốc Sở đã ký những văn bản nào trong năm 2020?", "PHÓ GIÁM ĐỐC"),
        ("Which documents did the deputy director sign in 2023?", "PHÓ GIÁM ĐỐC"),
        ("Năm 2023 Phó Chủ tịch UBND huyện đã ký những quyết định nào?", "PHÓ CHỦ TỊCH"),
        # a deputy by name is a signer, read by asked_signer; a head is no deputy
        ("Phó Giám đốc Lê Quang Vinh đã ký những văn bản nào?", None),
        ("Giám đốc Sở đã ký những quyết định nào năm 2024?", None),
    ],
)
def test_a_deputy_asked_for_by_title(question: str, title: str | None) -> None:
    assert asked_deputy(question) == title


@pytest.mark.parametrize(
    ("question", "symbol"),
    [
        ("Văn bản nào của Sở LĐTBXH không còn áp dụng?", "SLĐTBXH"),
        ("Sở Lao động - Thương binh và Xã hội đã ban hành những quyết định nào?", "SLĐTBXH"),
        ("Sở Giáo dục và Đào tạo ban hành", "SGDĐT"),
        ("Sở KH&CN ban hành", "SKHCN"),
        ("sở gtvt đã ban hành những kế hoạch nào", "SGTVT"),
        # typed without diacritics: the name's own letters ("Đ")
        ("so giao duc va dao tao ky nhung qd nao", "SGDĐT"),
        ("cac qd cua so tu phap nam 2024", "STP"),
        # a district's phòng, by its symbol
        ("phong noi vu ban hanh nhung vb gi", "PNV"),
        ("Which of the labour department's own decisions are no longer applied?", "SLĐTBXH"),
        ("decisions of the Department of Justice", "STP"),
        # the department with no name, a district's phòng
        ("Sở đã ban hành những quyết định nào?", None),
        ("Phòng Nội vụ đã trình những tờ trình nào?", "PNV"),
        # a province's Ban, its symbol made the same way ("các" left out)
        ("văn bản Ban Dân tộc ký năm 2023", "BDT"),
        ("van ban ban ton giao ban hanh nam 2024", "BTG"),
        ("Ban Quản lý các khu công nghiệp ban hành những QĐ nào năm 2024", "BQLKCN"),
    ],
)
def test_the_department_a_question_names_by_its_symbol(question: str, symbol: str | None) -> None:
    assert asked_department(question) == symbol
    if symbol and symbol.startswith("B"):
        # and who issued them
        assert asked_issuer(question) == "SO"


def test_a_named_department_s_documents_only() -> None:
    old = RegistryEntry(
        "8/QĐ-SLĐTBXH", "8/qd-sldtbxh", 2024, "Quyết định", "QĐ", "SLĐTBXH", "2024-03-02"
    )
    merged = RegistryEntry("9/QĐ-SNV", "9/qd-snv", 2025, "Quyết định", "QĐ", "SNV", "2025-04-02")
    assert issued_by(old, "SO")
    assert issued_by(merged, "SO")
    assert issued_by(old, "SO", "SLĐTBXH")
    assert not issued_by(merged, "SO", "SLĐTBXH")


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("PGĐ Sở LĐTBXH ký những văn bản gì năm 2024?", "PHÓ GIÁM ĐỐC"),
        ("pgd so ky van ban nao", "PHÓ GIÁM ĐỐC"),
        ("PCT UBND tỉnh đã ký những quyết định nào?", "PHÓ CHỦ TỊCH"),
        # the chief of the office, who signs "TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG"
        ("VB nào do CVP Sở ký?", "CHÁNH VĂN PHÒNG"),
        ("What did the chief of office sign?", "CHÁNH VĂN PHÒNG"),
    ],
)
def test_a_deputy_by_the_title_s_initials(question: str, title: str) -> None:
    assert asked_deputy(question) == title


def test_the_post_a_named_signer_held_is_read_beside_the_name() -> None:
    question = "ds vb ong tran quang vinh ky tu khi ve lam pgd so tu phap moi"
    assert signing_title(question) == "PHÓ GIÁM ĐỐC"
    # a named person is asked for by name: no deputy stands for the question
    assert asked_deputy("Phó Giám đốc Trần Quang Vinh đã ký những văn bản nào?") is None
    assert signing_title("Phó Giám đốc Trần Quang Vinh đã ký những văn bản nào?") == "PHÓ GIÁM ĐỐC"
    assert signing_title("Ông Trần Quang Vinh đã ký những văn bản nào?") is None


def _two_provinces() -> Registry:
    """The archive of a Sở after a merger: its files, a former province's, and citations."""
    registry = Registry()
    for source, ident, issuer in (
        ("kh.txt", "03/KH-STP", "UBND TỈNH LẠC GIANG / SỞ TƯ PHÁP"),
        ("kh2.txt", "05/KH-STP", "UBND TỈNH LẠC GIANG / SỞ TƯ PHÁP"),
        ("bc-tp.txt", "118/BC-STP", "UBND TỈNH TÂY PHONG / SỞ TƯ PHÁP"),
    ):
        number, code = ident.split("/")[0], ident.split("/")[1].split("-")[0]
        identity = Identity(ident=ident, number=number, code=code, issuer=issuer, date="2024-12-10")
        text = f"Số: {ident}\n"
        if source == "bc-tp.txt":
            text += (
                "Thực hiện Kế hoạch số 06/KH-STP ngày 10/01/2024 của Sở Tư pháp; Quyết định số "
                "540/QĐ-UBND ngày 12/4/2024 của Ủy ban nhân dân tỉnh Tây Phong.\n"
            )
        else:
            text += "Thực hiện Kế hoạch số 04/KH-UBND ngày 04/01/2024 của Ủy ban nhân dân tỉnh.\n"
        registry.add_text(source, text, identity=identity)
    return registry


def test_the_places_of_an_archive_of_two_provinces() -> None:
    places = archive_places(_two_provinces().entries())
    assert places.names == ("lac giang", "tay phong")
    assert places.home == "lac giang"
    by_ident = {e.ident: e for e in _two_provinces().entries()}
    # its header; a mention naming the province; the Sở's own plan its report cites; nothing
    assert of_place(by_ident["118/BC-STP"], "tay phong", places)
    assert of_place(by_ident["540/QĐ-UBND"], "tay phong", places)
    assert of_place(by_ident["06/KH-STP"], "tay phong", places)
    assert of_place(by_ident["04/KH-UBND"], "lac giang", places)
    assert not of_place(by_ident["03/KH-STP"], "tay phong", places)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("UBND tỉnh Tây Phong đã ban hành những văn bản nào?", "tay phong"),
        ("cac van ban cua so tu phap tay phong cu", "tay phong"),
        ("What did the Lạc Giang justice department issue in 2023?", "lac giang"),
        ("Sở đã ban hành những văn bản nào năm 2024?", None),
        # two named: the former one, not the one merged into
        ("Báo cáo của STP Tây Phong cũ trước khi hợp nhất vào Sở Tư pháp Lạc Giang", "tay phong"),
        ("bao cao cua so tu phap tay phong truoc khi hop nhat vao lac giang", "tay phong"),
    ],
)
def test_the_place_a_question_names(question: str, place: str | None) -> None:
    assert asked_place(question, ("lac giang", "tay phong")) == place
    # one place restricts nothing
    assert asked_place(question, ("tay phong",)) is None


def test_a_former_place_is_who_not_what() -> None:
    assert without_place("cac van ban cua so tu phap tay phong cu", "tay phong") == (
        "cac van ban cua so tu phap"
    )
    assert topicless(parse_question("cac van ban cua so tu phap"))
    assert without_place("the former Tây Phong justice department", "tay phong") == (
        "the justice department"
    )


def test_having_a_file_does_not_cut_a_cited_document_reading_far_closer() -> None:
    def doc(ident: str, score: float, own: bool) -> ScoredDocument:
        entry = RegistryEntry(
            ident,
            ident.lower(),
            2024,
            "Quyết định",
            "QĐ",
            "X",
            "2024-03-01",
            own_source=f"{ident[:3]}.txt" if own else None,
        )
        facets = 0.05 + (0.01 if own else 0.0)  # the type, and having a file
        return ScoredDocument(entry, score, "", None, "header", facets=facets)

    fillers = [doc(f"{n}/QĐ-Y", 0.80, own=False) for n in range(10, 20)]
    # the committee's decision the reports cite reads far closer than the Sở's own files
    ranked = [doc("2218/QĐ-UBND", 1.00, own=False), doc("22/QĐ-SX", 0.95, own=True), *fillers]
    assert [d.entry.ident for d in select(ranked)] == ["2218/QĐ-UBND", "22/QĐ-SX"]
    # about as close: having a file decides
    ranked = [doc("2218/QĐ-UBND", 0.97, own=False), doc("22/QĐ-SX", 0.95, own=True), *fillers]
    assert [d.entry.ident for d in select(ranked)] == ["22/QĐ-SX"]


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "KH CCHC năm 2024 của Sở được xây dựng để cụ thể hóa kế hoạch nào của UBND tỉnh?",
            ("carried_out", "KH"),
        ),
        ("Which provincial plan does the 2024 reform plan implement?", ("carried_out", "KH")),
        (
            "Những kế hoạch nào được ban hành để thực hiện Kế hoạch CCHC giai đoạn 2021 - 2025?",
            ("carrying_out", None),
        ),
        ("Which plans were issued to implement the 2021-2025 plan?", ("carrying_out", None)),
        # … passive, active, and "issued on the plan's ground"
        ("KH CCHC năm 2024 của Sở được thực hiện qua những văn bản nào?", ("carrying_out", None)),
        ("Kế hoạch tuyên truyền 2023 đã được triển khai bằng văn bản nào?", ("carrying_out", None)),
        ("Những văn bản nào thực hiện Nghị quyết 1699/NQ-UBTVQH15?", ("carrying_out", None)),
        ("co vb nao dua tren hoac thuc thi ke hoach cchc 2024", ("carrying_out", None)),
        ("Những vb nào đc ban hành căn cứ KH CCHC 2024?", ("carrying_out", None)),
        # what is carried out now, or what the department carries out: neither
        ("Kế hoạch CCHC năm 2025 đang thực hiện là kế hoạch nào?", None),
        ("Sau sáp nhập, kế hoạch CCHC năm 2025 nào được thực hiện?", None),
        ("Sở thực hiện những kế hoạch nào năm 2024?", None),
        # said in other words: the verb, the plan and the documents asked for anywhere
        ("Huyện triển khai KH CCHC năm 2024 bằng những văn bản nào?", ("carrying_out", None)),
        (
            "KH CCHC năm 2024 của STP đc triển khai cụ thể bằng nhưng VB nào?",
            ("carrying_out", None),
        ),
        (
            "Which documents put the department's 2024 plan 03/KH-SKHCN into practice?",
            ("carrying_out", None),
        ),
        # the documents asked for are the verb's object: their own facets find them
        ("KH CCHC năm 2024 được xây dựng để thực hiện KH nào của UBND tỉnh?", None),
        # what held, not what carries out: "thực hiện theo"
        ("Ngày 1/1/2022 chức năng của Sở thực hiện theo quyết định nào của UBND tỉnh?", None),
        # a letter answering another carries it out
        ("CV 188/UBND-VP được xã gửi để trả lời văn bản nào?", ("carried_out", None)),
        ("Which letter did letter 188/UBND-VP reply to?", ("carried_out", "CV")),
        # the kind's words between the type asked and "nào"
        (
            "KH CCHC 5 năm 2021-2025 của Sở được cụ thể hóa bằng những KH CCHC từng năm nào?",
            ("carrying_out", None),
        ),
        (
            "KH CCHC 2021-2025 được cụ thể hóa bằng những kế hoạch hằng năm nào?",
            ("carrying_out", None),
        ),
        # the reports carrying a plan out, asked as staff type them, with no asking word
        ("KH CCHC năm 2024 của Sở KH&ĐT và các BC thực hiện", ("carrying_out", "BC")),
        ("Các báo cáo kết quả triển khai KH số hóa năm 2024", ("carrying_out", "BC")),
        # reports of a reform's work, no plan named: a topic
        ("Các báo cáo thực hiện nhiệm vụ CCHC năm 2024", None),
        # opening bare, what is carried out named by its number: a notice, a letter too
        ("văn bản thực hiện Thông báo kết luận số 45/TB-UBND", ("carrying_out", None)),
        ("VB triển khai Công văn 905/SNV-CCHC", ("carrying_out", None)),
        ("văn bản thực hiện cải cách hành chính năm 2024", None),
    ],
)
def test_what_a_described_document_carries_out(question: str, asked: tuple | None) -> None:
    assert asked_carrying_out(fold(question)) == asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("KH CCHC năm 2025 của Sở sau hợp nhất thay cho những KH nào?", True),
        ("Quy chế làm việc ban hành năm 2024 thay thế QĐ nào?", True),
        # what replaced it, asked in the passive: not what it replaced
        ("Quy chế làm việc năm 2021 đã được thay bằng QĐ nào?", False),
        ("Quy chế một cửa năm 2019 bị thay thế bởi quyết định nào?", False),
        ("Which decisions did the department's new 2026 internal procedure replace?", True),
        ("Which decision replaced the 2023 internal procedure?", False),
    ],
)
def test_what_a_described_document_replaced(question: str, asked: bool) -> None:
    assert asks_what_it_replaced(fold(question)) is asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Những văn bản nào của Sở lấy Nghị định 90/2020/NĐ-CP làm căn cứ?", ("resting_on", None)),
        ("Những QĐ nào căn cứ vào quy định chức năng, nhiệm vụ năm 2021?", ("resting_on", "QĐ")),
        ("Những văn bản viện dẫn quyết định thành lập Trung tâm làm căn cứ?", ("resting_on", None)),
        ("Which decisions are based on the 2021 regulation?", ("resting_on", "QĐ")),
        ("quy che chu ky so cua so can cu vao nhung van ban nao", ("grounds", None)),
        ("What is the digital signature regulation based on?", ("grounds", None)),
        ("QĐ ban hành KH chuyển đổi số của Sở dựa trên các căn cứ nào?", ("grounds", None)),
        (
            "QĐ công bố hệ thống quản lý chất lượng ISO của Sở Văn hóa, Thể thao và Du lịch căn cứ "
            "vào những văn bản nào?",
            ("grounds", None),
        ),
        # a question of what sets a unit's tasks, and "căn cứ" leading a clause: neither
        ("Các phòng làm nhiệm vụ gì thì căn cứ vào QĐ nào?", None),
        ("Căn cứ quy chế, Sở đã ban hành những kế hoạch nào?", None),
        # the document named as who cites
        (
            "What legal grounds does decision 88/QĐ-STP on reviewing legal documents cite?",
            ("grounds", None),
        ),
        ("Liệt kê các văn bản mà 12/QĐ-SYT viện dẫn làm căn cứ", ("grounds", None)),
        ("VB nào được ban hành căn cứ Quyết định số 31/2025/QĐ-UBND?", ("resting_on", None)),
        ("Quy chế một cửa ký năm 2026 lấy những văn bản nào làm căn cứ?", ("grounds", None)),
        # the kind's words between the type asked and "nào"
        (
            "KH CCHC từng năm nào của Sở ghi căn cứ vào KH CCHC giai đoạn 2021-2025?",
            ("resting_on", "KH"),
        ),
        # a link between the type and "nào" is no kind: which year, which department
        ("QĐ được ký năm nào, căn cứ vào đâu?", None),
        # the grounds asked after a verb of citing
        ("QĐ tháng 4/2024 sửa quy chế một cửa dẫn những căn cứ pháp lý nào?", ("grounds", None)),
        ("Tờ trình năm 2023 viện dẫn căn cứ những nghị định nào?", ("grounds", "NĐ")),
        ("QĐ của UBND tỉnh năm 2025 được ban hành dựa trên những văn bản nào?", ("grounds", None)),
        ("QC hoạt động của Trung tâm dựa trên những căn cứ nào?", ("grounds", None)),
        ("Những văn bản nào dựa trên KH CCHC 2024?", None),
    ],
)
def test_a_document_s_legal_grounds_asked_either_way(question: str, asked: tuple | None) -> None:
    assert asked_grounds(fold(question)) == asked


def _own_file(ident: str, issuer_name: str) -> RegistryEntry:
    number, _, symbol = ident.partition("/")
    code, _, issuer = symbol.partition("-")
    return RegistryEntry(
        ident,
        ident.lower(),
        2025,
        None,
        code,
        issuer,
        "2025-08-01",
        own_source=f"{number}.txt",
        issuer_name=issuer_name,
    )


def test_the_archive_s_own_body_is_who_not_a_topic() -> None:
    centre = "VĂN PHÒNG UBND TỈNH NGỌC LAM / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"
    entries = [
        _own_file("02/BC-TTPVHCC", centre),
        _own_file("09/TTr-TTPVHCC", centre),
        _own_file("47/QĐ-UBND", "ỦY BAN NHÂN DÂN / TỈNH NGỌC LAM"),
    ]
    body = own_body(entries)
    assert body == "trung tam phuc vu hanh chinh cong"
    assert topicless(parse_question(without_body("Các TTr của Trung tâm", body)))
    asked = without_body("Quý III có những văn bản nào về Trung tâm Phục vụ hành chính công?", body)
    assert topicless(parse_question(asked))
    # a Sở's archive: its words are read as who elsewhere
    assert own_body([_own_file("12/QĐ-STP", "UBND TỈNH BÌNH SƠN / SỞ TƯ PHÁP")]) is None
    # a body named by its work and level: who by its whole name, typed without diacritics
    # too; its head noun alone is a topic ("kế hoạch thanh tra công vụ")
    inspectorate = own_body([_own_file("60/QĐ-TTT", "UBND TỈNH THUẬN YÊN / THANH TRA TỈNH")])
    assert inspectorate == "thanh tra tinh"
    asked = without_body("ISO 9001 ap dung o Thanh tra tinh theo QĐ nào", inspectorate)
    assert "thanh" not in fold(topic_text(asked))
    kept = without_body("Kế hoạch thanh tra công vụ năm 2025", inspectorate)
    assert "thanh tra" in fold(topic_text(kept))


@pytest.mark.parametrize(
    ("question", "latest"),
    [
        ("ke hoach moi nhat so vua ban hanh la ke hoach nao", True),
        ("QĐ công bố danh mục TTHC gần đây nhất của xã là QĐ nào?", True),
        ("What is the newest one-stop-shop regulation?", True),
        ("Những kế hoạch nào gần đây về chuyển đổi số?", False),
        ("Các quyết định năm 2024 của Sở", False),
    ],
)
def test_the_latest_of_a_kind_asked(question: str, latest: bool) -> None:
    assert asks_latest(fold(question)) is latest


@pytest.mark.parametrize(
    ("question", "untouched"),
    [
        ("Quy chế nào chưa hề bị sửa đổi, thay thế hay bãi bỏ?", True),
        ("Quy chế nào tới giờ chưa bị sửa đổi, bãi bỏ hay thay thế lần nào?", True),
        ("decisions still in force with nothing amended, repealed or replaced", True),
        ("decisions in force without any article changed", True),
        # the changed ones, and the acting ones
        ("Quy chế nào đã bị sửa đổi?", False),
        ("Quyết định nào thay thế quy chế làm việc?", False),
    ],
)
def test_documents_no_later_one_changed_asked(question: str, untouched: bool) -> None:
    assert asks_untouched(fold(question)) is untouched


@pytest.mark.parametrize(
    ("question", "proposer"),
    [
        ("Những QĐ nào Sở ban hành theo đề nghị của Trưởng phòng CCHC?", "truong phong cchc"),
        (
            "Phòng Kế hoạch - Tài chính đã trình Giám đốc ký những QĐ nào?",
            "phong ke hoach - tai chinh",
        ),
        ("Quyết định nào được ban hành trên cơ sở tờ trình của Trung tâm?", "trung tam"),
        ("Những quyết định nào về một cửa?", None),
    ],
)
def test_the_proposer_a_question_names(question: str, proposer: str | None) -> None:
    assert asked_proposer(question) == proposer


def test_a_proposer_by_its_initials() -> None:
    preamble = "Căn cứ …;\nTheo đề nghị của Trưởng phòng Cải cách hành chính.\nQUYẾT ĐỊNH:"
    assert proposed_by(preamble, "truong phong cchc")
    assert not proposed_by("Xét đề nghị của Chánh Văn phòng Sở.", "truong phong cchc")


def test_two_areas_asked_side_by_side_are_two_questions() -> None:
    assert two_areas("Sở lập những KH kiểm tra và tuyên truyền CCHC nào trong 2023?") == (
        "Sở lập những KH kiểm tra CCHC nào trong 2023?",
        "Sở lập những KH tuyên truyền CCHC nào trong 2023?",
    )
    assert two_areas("Kế hoạch tuyên truyền và kế hoạch kiểm tra CCHC năm 2026") == (
        "Kế hoạch tuyên truyền CCHC năm 2026",
        "Kế hoạch kiểm tra CCHC năm 2026",
    )
    # one topic naming two areas' words apart, and one area: no split
    assert two_areas("Kết quả kiểm tra tại Bộ phận Một cửa năm 2024") == ()
    assert two_areas("Các kế hoạch tuyên truyền CCHC năm 2025") == ()


@pytest.mark.parametrize(
    ("question", "recipient"),
    [
        ("các công văn gửi doanh nghiệp lữ hành", ("doanh", "nghiep", "lu", "hanh")),
        ("Sở Nội vụ đã có những tờ trình nào gửi UBND tỉnh?", ("ubnd", "tinh")),
        ("Sở đã có những CV nào gửi Phòng LĐTBXH các huyện?", ("phong", "ldtbxh", "huyen")),
        ("Sở LĐTBXH có công văn nào gửi Sở Y tế và Sở Giáo dục?", ("so", "y", "te")),
        # in English, through the glossary
        (
            "Which letters did the department send to travel businesses?",
            ("doanh", "nghiep", "lu", "hanh"),
        ),
        ("letters sent to the Department of Home Affairs in 2024", ("so", "noi", "vu")),
        ("Which reports did the department send in 2024?", ()),
        # what was sent, sent out, or whom a described document went to: no recipient asked
        ("Trong 2 năm 2023 - 2024 Sở đã gửi những báo cáo CCHC nào?", ()),
        ("cac cong van so gui di tu 2021 den het 2025", ()),
        ("BC số lượng CBCC sau sắp xếp của xã gửi Sở Nội vụ là làm theo CV nào?", ()),
        ("Văn bản giấy gửi đến Sở phải số hoá trong bao lâu?", ()),
        # one syllable is too loose to read a file's recipients by
        ("Những công văn nào gửi huyện năm 2024?", ()),
    ],
)
def test_whom_the_documents_asked_for_were_sent_to(
    question: str, recipient: tuple[str, ...]
) -> None:
    assert asked_recipient(question) == recipient


def test_a_recipient_said_in_a_citing_sentence_is_after_a_verb_of_sending() -> None:
    said = "so da trinh ubnd tinh tai to trinh so 96/ttr-sgddt ngay 12/9/2022"
    assert sent_to_in(said, ("ubnd", "tinh"))
    # the province named as who issued a decision is not whom it was sent to
    assert not sent_to_in("quyet dinh so 12/qd-ubnd cua ubnd tinh ve chuc nang", ("ubnd", "tinh"))


def test_a_recipient_by_its_full_name_or_initials() -> None:
    letter = "Số: 12/SLĐTBXH-VP\n\nKính gửi:\n- Phòng Lao động - Thương binh và Xã hội các huyện;"
    assert addressed_to(letter + "\n- Sở Y tế.\n\nNội dung", ("phong", "ldtbxh", "huyen"))
    assert addressed_to("Kính gửi: Ủy ban nhân dân tỉnh Kim Sơn.\n\n", ("ubnd", "tinh"))
    # the recipients end with their paragraph: the body's words are not whom it was sent to
    body = "Kính gửi: Sở Nội vụ.\n\nĐề nghị các doanh nghiệp lữ hành báo cáo."
    assert not addressed_to(body, ("doanh", "nghiep", "lu", "hanh"))


@pytest.mark.parametrize(
    ("question", "effect"),
    [
        ("Những quyết định nào không có hiệu lực ngay khi ký mà từ một ngày sau đó?", "later"),
        ("Năm 2026 những QĐ nào có hiệu lực sau ngày ký?", "later"),
        ("Which decisions took effect later than the day they were signed?", "later"),
        ("qd nao trong kho luu tru co ngay hieu luc ghi sau ngay ky", "later"),
        ("Có QĐ nào ký rồi nhưng phải sang năm 2027 mới áp dụng không?", "in"),
        ("Which decisions have an effective date later than their signing date?", "later"),
        ("Văn bản nào bắt đầu có hiệu lực trong quý II/2024?", "in"),
        ("Which decisions came into force in 2024?", "in"),
        ("Những quyết định nào phải chờ tới một ngày cụ thể sau khi ký mới áp dụng?", "later"),
        ("Những quy chế nào còn hiệu lực?", None),
        ("Sau khi ký, Sở triển khai những văn bản nào?", None),
        # months, not a day: "từ tháng 7 đến tháng 12"
        ("nhung qd nao bat dau co hieu luc tu thang 7 den thang 12 nam 2025", "in"),
        ("Which decisions took effect between July and December 2025?", "in"),
        ("Quyết định nào có hiệu lực từ ngày 01/7/2025?", None),
        # signed first, in force from a later day
        ("Sở có những QĐ nào ký trước nhưng đến một ngày sau mới có hiệu lực?", "later"),
        ("Which decisions were signed but only took effect later?", "later"),
    ],
)
def test_when_the_documents_asked_took_effect(question: str, effect: str | None) -> None:
    assert asked_effect(fold(question)) == effect


@pytest.mark.parametrize(
    ("question", "mode"),
    [
        ("Những văn bản nào có nhắc tới Nghị định 115/2020/NĐ-CP?", "mentions"),
        ("Which documents cite Decree 61/2018/NĐ-CP?", "mentions"),
        ("văn bản nào nhắc đến nd 61/2018 nhưng không lấy làm căn cứ", "not_grounds"),
        (
            "… có nhắc tới Nghị định 107/2021/NĐ-CP mà không phải để làm căn cứ ban hành?",
            "not_grounds",
        ),
        ("Những văn bản nào lấy Nghị định 90/2020/NĐ-CP làm căn cứ?", None),
    ],
)
def test_a_question_about_mentions(question: str, mode: str | None) -> None:
    assert asked_mentioning(fold(question)) == mode


@pytest.mark.parametrize(
    ("question", "marks", "title"),
    [
        ("những VB nào không do GĐ ký trực tiếp mà ký thay hoặc thừa lệnh?", ("KT.", "TL."), None),
        ("kh nao do pho chanh van phong ubnd tinh ky", (), "PHÓ CHÁNH VĂN PHÒNG"),
        ("Phó Giám đốc Sở đã ký những văn bản nào?", (), "PHÓ GIÁM ĐỐC"),
        ("van ban nao do chanh van phong ky", (), "CHÁNH VĂN PHÒNG"),
    ],
)
def test_how_the_documents_asked_were_signed(
    question: str, marks: tuple[str, ...], title: str | None
) -> None:
    assert asked_signing_forms(fold(question)) == marks
    assert signing_title(question) == title


def test_a_document_stating_another_year_is_not_of_the_year_asked() -> None:
    """"Quy chế chi tiêu nội bộ năm 2026": the rules for 2026, not those for 2027 signed in
    November 2026."""

    def rules(question: str, ident: str, date: str, year: int) -> float:
        entry = RegistryEntry(ident, ident.lower(), 2026, "Quyết định", "QĐ", "SVHTTDL", date)
        period = Period.of_years(year)
        profile = Profile(ident, "Quyết định", date, "SVHTTDL", None, None, (), period, "", None)
        return facet_score(entry, profile, Asked.of(parse_question(question)))

    asked = "Quy chế chi tiêu nội bộ năm 2026 là quyết định nào?"
    now = rules(asked, "15/QĐ-SVHTTDL", "2026-01-14", 2026)
    assert now > rules(asked, "212/QĐ-SVHTTDL", "2026-11-20", 2027)
    # a stretch of years holds the later one; "ban hành năm 2026" asks the issue year
    stretch = "Các quy chế chi tiêu nội bộ từ năm 2025 đến nay"
    assert rules(stretch, "212/QĐ-SVHTTDL", "2026-11-20", 2027) == rules(
        stretch, "15/QĐ-SVHTTDL", "2026-01-14", 2026
    )
    issued = "Những quyết định nào được ban hành năm 2026?"
    assert rules(issued, "212/QĐ-SVHTTDL", "2026-11-20", 2027) == rules(
        issued, "15/QĐ-SVHTTDL", "2026-01-14", 2026
    )


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("Từ ngày 01/3/2025 Sở tiếp nhận quản lý báo chí theo văn bản nào?", "2025-03-01"),
        ("Kể từ ngày 15/11/2024, Bộ phận Một cửa làm việc theo quy chế nào?", "2024-11-15"),
        # what was issued since a day is another question
        ("Từ ngày 01/3/2025 Sở đã ban hành những văn bản nào?", None),
        ("Quy chế nào có hiệu lực?", None),
    ],
)
def test_the_day_a_change_began(question: str, day: str | None) -> None:
    assert effect_day(fold(question)) == day


@pytest.mark.parametrize(
    ("question", "issuer"),
    [
        ("how many QĐ has the justice department signed off during 2024", "SO"),
        ("Which decisions did the department sign in 2024?", "SO"),
        ("Những quyết định nào do Sở ban hành năm 2024?", "SO"),
        ("Những quyết định nào do UBND tỉnh ban hành năm 2024?", "UBND"),
        # a department named as a topic, not as who issued
        ("Which decisions of the province concern the justice department?", None),
        # typed without diacritics, and a district's phòng
        ("so tu phap ban hanh nhung qd nao nam 2024", "SO"),
        ("phong noi vu ban hanh nhung vb gi nam 2024", "SO"),
        ("Phòng Nội vụ đã ban hành những văn bản nào?", "SO"),
        ("cac qd ve so tu phap nam 2024", None),
    ],
)
def test_who_issued_the_documents_asked(question: str, issuer: str | None) -> None:
    assert asked_issuer(question) == issuer


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Báo cáo năm 2019 viện dẫn những văn bản nào của UBND tỉnh?", True),
        # a report telling of documents in other words
        ("BC quý III và 9 tháng 2024 của Sở Y tế nêu những QĐ nào do UBND tỉnh ban hành?", True),
        ("Trong báo cáo kết quả CCHC năm 2023, Sở kể ra những QĐ nào do Giám đốc Sở ký?", True),
        # no document before the verb: none described
        ("Sở đã nêu những QĐ nào?", False),
    ],
)
def test_which_documents_a_described_one_cites(question: str, asked: bool) -> None:
    assert asks_cited_by(fold(question)) is asked


def test_a_merger_dates_from_the_decision_founding_the_merged_body() -> None:
    def entry(ident: str, date: str, subject: str) -> RegistryEntry:
        code = ident.split("/")[1]
        return RegistryEntry(
            ident, ident.lower(), int(date[:4]), "Quyết định", "QĐ", code[3:], date, subject=subject
        )

    old = entry("12/QĐ-STP", "2023-01-10", "Ban hành Quy chế làm việc của Sở Tư pháp")
    founded = entry(
        "08/QĐ-UBND",
        "2025-07-01",
        "Thành lập Sở Tư pháp tỉnh Lạc Giang trên cơ sở hợp nhất Sở Tư pháp tỉnh Lạc Giang và "
        "Sở Tư pháp tỉnh Tây Phong",
    )
    assert merged_since([old]) is None
    assert merged_since([old, founded]) == "2025-07-01"



def test_issued_within_part_of_a_year_is_the_issue_date_not_the_period_told() -> None:
    """The quý I report signed in April concerns the quarter; it was not issued in it."""
    entry = RegistryEntry("30/BC-TTT", "30/bc-ttt", 2025, "Báo cáo", "BC", "TTT", "2025-04-03")
    quarter = Period("2025-01-01", "2025-03-31")
    date = "2025-04-03"
    profile = Profile("30/BC-TTT", "Báo cáo", date, "TTT", None, None, (), quarter, "", None)

    def score(question: str) -> float:
        return facet_score(entry, profile, Asked.of(parse_question(question)))

    assert score("Những văn bản nào ban hành trong quý I/2025?") < score(
        "Báo cáo quý I/2025 gửi ngày nào?"
    )


def test_a_plan_stating_the_year_asked_is_of_it_wherever_signed() -> None:
    """"KH CCHC năm 2025" is the plan for 2025 signed on 26/12/2024; asked when it was
    signed, still."""
    date = "2024-12-26"
    entry = RegistryEntry("172/KH-SGDĐT", "172/kh-sgddt", 2024, "Kế hoạch", "KH", "SGDĐT", date)
    plan = Profile("172/KH-SGDĐT", "Kế hoạch", date, "SGDĐT", None, None, (), None, "", None)
    of_2025 = replace(plan, period=Period.of_years(2025))

    def score(question: str, profile: Profile) -> float:
        return facet_score(entry, profile, Asked.of(parse_question(question)))

    for question in ("KH CCHC năm 2025 là KH nào, ký ngày nào?", "KH CCHC năm 2025"):
        assert score(question, of_2025) > score(question, plan)
    # "ban hành năm 2025" asks the year of signing: the year it states only helps
    assert score("KH nào được ban hành năm 2025?", of_2025) < score("KH CCHC năm 2025", of_2025)


def test_a_report_on_the_year_asked_is_of_it_though_sent_the_next_january() -> None:
    """"BC kết quả CCHC năm 2024" is the yearly report signed on 10/01/2025, as the plan for a
    year signed the December before is that year's."""
    date = "2025-01-10"
    entry = RegistryEntry("04/BC-STC", "04/bc-stc", 2025, "Báo cáo", "BC", "STC", date)
    report = Profile("04/BC-STC", "Báo cáo", date, "STC", None, None, (), None, "", None)
    of_2024 = replace(report, period=Period.of_years(2024))

    def score(question: str, profile: Profile) -> float:
        return facet_score(entry, profile, Asked.of(parse_question(question)))

    assert score("BC kết quả CCHC năm 2024", of_2024) > score("BC kết quả CCHC năm 2024", report)
    # signed in 2025, it is no report "ban hành năm 2024"
    assert score("BC nào ban hành năm 2024?", of_2024) < score("BC kết quả CCHC năm 2024", of_2024)


def test_a_part_of_a_year_named_relatively_is_no_topic() -> None:
    assert topic_text("QĐ nào ban hành 6 tháng đầu năm nay còn hiệu lực").strip() == ""
    assert "bưu chính" in topic_text("các QĐ quý I năm nay về bưu chính")


def test_a_plan_signed_for_the_next_year_is_not_the_year_s_work_in_a_draft() -> None:
    def doc(ident: str, date: str, period: Period) -> ScoredDocument:
        entry = RegistryEntry(ident, ident.lower(), 2025, "Kế hoạch", "KH", "SGDĐT", date)
        profile = Profile(ident, "Kế hoạch", date, "SGDĐT", None, None, (), period, "", None)
        return ScoredDocument(entry, 1.0, "", None, "", profile=profile)

    this_year = doc("172/KH-SGDĐT", "2025-01-06", Period.of_years(2025))
    next_year = doc("158/KH-SGDĐT", "2025-12-29", Period.of_years(2026))
    work, _ = split_basis([this_year, next_year], [], Period.of_years(2025))
    assert work == [this_year]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # a rule's successor says what it said, of the district named
        (
            "ban hành Bộ tiêu chí đánh giá, xác định Chỉ số cải cách hành chính của Ủy ban "
            "nhân dân các xã, thị trấn",
            "Ban hành Bộ tiêu chí đánh giá, xác định Chỉ số cải cách hành chính của Ủy ban "
            "nhân dân các xã, thị trấn thuộc huyện Đông Sơn",
            True,
        ),
        ("Quy chế chi tiêu nội bộ năm 2023", "Quy chế chi tiêu nội bộ năm 2024", True),
        # the year's reform plan is not the year's inspection plan
        ("Cải cách hành chính năm 2023", "Kiểm tra công tác cải cách hành chính năm 2024", False),
        ("Quy chế làm việc", "", False),
    ],
)
def test_versions_of_one_instrument_say_the_same(a: str, b: str, same: bool) -> None:
    assert same_subject(a, b) is same


@pytest.mark.parametrize(
    ("question", "one"),
    [
        # the plural told by its verb, however many words the noun takes
        ("What internal spending rules are currently in force?", False),
        ("Which rules are in force?", False),
        ("Which decision currently sets out the functions of the department?", True),
        ("What is the current one-stop rule?", True),
    ],
)
def test_one_document_or_several_asked_in_english(question: str, one: bool) -> None:
    assert asks_one(parse_question(question)) is one


@pytest.mark.parametrize(
    ("question", "month"),
    [
        ("Which CCHC plans were signed in December for the following year?", (12, True)),
        ("Những KH CCHC nào ký vào tháng 12 cho năm sau?", (12, True)),
        ("QĐ ban hành trong tháng 6", (6, False)),
        # a month of a year is a period, read as one
        ("KH CCHC ký tháng 12/2024", None),
        ("Văn bản ký tháng 3 năm 2024", None),
        ("plans signed in December 2024", None),
    ],
)
def test_a_month_of_signing_of_any_year(question: str, month: tuple[int, bool] | None) -> None:
    assert signed_month(fold(question)) == month


def test_the_departments_own_field_is_no_topic() -> None:
    entries = [
        RegistryEntry(
            f"{n}/KH-SNgV",
            f"{n}/kh-sngv",
            2025,
            "Kế hoạch",
            "KH",
            "SNgV",
            "2025-03-01",
            own_source=f"kh-{n}.docx",
            issuer_name="UBND TỈNH PHƯỚC LÂM / SỞ NGOẠI VỤ",
        )
        for n in (1, 2, 3)
    ]
    fields = own_fields(entries)
    assert fields == frozenset({"ngoai vu"})
    assert " ".join(without_field("các QĐ về lĩnh vực ngoại vụ năm 2025", fields).split()) == (
        "các QĐ về năm 2025"
    )
    # another Sở's field is a topic
    assert without_field("các QĐ về lĩnh vực du lịch", fields) == "các QĐ về lĩnh vực du lịch"
