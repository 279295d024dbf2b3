"""Reform areas: report sections, the classifier's weights, and what generalises to a
department whose every text speaks of its own field."""

from __future__ import annotations

import pytest

from assistant.archive.areas import (
    OPENING,
    AreaModel,
    Weights,
    area_at,
    area_sections,
    filed_shares,
    is_organising,
    is_reform_plan,
    outline_areas,
    rank_areas,
    section_at,
    tells_reform,
    title_area,
)
from assistant.archive.profiles import (
    SourceText,
    areas_of,
    build_profiles,
    cited_titles,
    describe,
    training_examples,
)
from assistant.citations import Registry
from assistant.models import Identity

# A report that writes each area's work on its heading's line, and whose opening part
# lists its plan, inspection and communication without naming them.
REPORT = """BÁO CÁO
Tình hình, kết quả công tác cải cách hành chính năm 2023 của Sở Tư pháp

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Sở ban hành Kế hoạch số 12/KH-STP ngày 10/01/2023 với 21 nhiệm vụ.

2. Kiểm tra: tự kiểm tra 06/06 phòng theo Quyết định số 40/QĐ-STP ngày 02/3/2023.

3. Theo Kế hoạch số 19/KH-STP ngày 05/02/2023, Sở đăng 41 tin, bài.

II. KẾT QUẢ THỰC HIỆN CÁC LĨNH VỰC

1. Cải cách tổ chức bộ máy: Sở giữ ổn định 04 phòng theo Quyết định số 162/QĐ-STP ngày 20/6/2022.

2. Cải cách tài chính công: Quyết định số 31/QĐ-STP ngày 14/02/2023, Quy chế chi tiêu nội bộ.

III. TỒN TẠI, HẠN CHẾ

Tỷ lệ thanh toán trực tuyến còn thấp.
"""


def _at(text: str, phrase: str) -> int:
    return text.index(phrase)


def test_work_written_on_a_heading_line_is_filed() -> None:
    sections = area_sections(REPORT)
    assert area_at(sections, _at(REPORT, "162/QĐ-STP")) == "to_chuc_bo_may"
    assert area_at(sections, _at(REPORT, "31/QĐ-STP")) == "tai_chinh_cong"
    assert area_at(sections, _at(REPORT, "40/QĐ-STP")) == "kiem_tra"
    assert area_at(sections, _at(REPORT, "thanh toán")) is None


def test_the_opening_parts_general_text_files_any_of_its_three_areas() -> None:
    sections = area_sections(REPORT)
    general = section_at(sections, _at(REPORT, "19/KH-STP"))
    assert general is not None
    assert general.general
    assert filed_shares(general) == pytest.approx(dict.fromkeys(OPENING, 1 / 3))
    named = section_at(sections, _at(REPORT, "40/QĐ-STP"))
    assert named is not None
    assert not named.general
    assert filed_shares(named) == {"kiem_tra": 1.0}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kế hoạch Cải cách hành chính năm 2024", True),
        ("Kế hoạch cải cách hành chính tỉnh Bình Sơn giai đoạn 2022 - 2025", True),
        ("Quyết định Về việc ban hành Kế hoạch cải cách hành chính giai đoạn 2021 - 2025", True),
        ("Kế hoạch CCHC năm 2022", True),
        ("Kế hoạch kiểm tra công tác cải cách hành chính năm 2024", False),
        ("Kế hoạch Thông tin, tuyên truyền cải cách hành chính năm 2024", False),
        ("Kế hoạch cải cách hành chính về thủ tục hành chính năm 2024", False),  # names an area
        ("Quyết định Ban hành Quy chế chi tiêu nội bộ năm 2024", False),
    ],
)
def test_the_reforms_own_plan(title: str, expected: bool) -> None:
    assert is_reform_plan(title) is expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Quyết định thành lập Sở Tư pháp tỉnh Lạc Giang trên cơ sở hợp nhất …", True),
        ("Nghị quyết Về việc thành lập Sở Nội vụ trên cơ sở hợp nhất", True),
        ("Quyết định Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở", True),
        ("Nghị quyết sắp xếp các đơn vị hành chính cấp xã của tỉnh năm 2025", True),
        ("Quyết định Ban hành Quy chế làm việc của Sở Tư pháp", False),
        ("Kế hoạch kiểm tra công tác cải cách hành chính năm 2024", False),
        # a working group set up is no act on the organisation; a unit set up is
        ("Quyết định Thành lập Đoàn kiểm tra công tác cải cách hành chính năm 2026", False),
        ("Quyết định Thành lập Tổ công tác rà soát, đơn giản hóa thủ tục hành chính", False),
        ("Quyết định Thành lập Hội đồng thi tuyển công chức năm 2025", False),
        ("Quyết định thành lập Trung tâm Phục vụ hành chính công tỉnh", True),
        ("Quyết định thành lập tổ chức khoa học và công nghệ công lập", True),
    ],
)
def test_an_act_on_the_organisation_itself(title: str, expected: bool) -> None:
    assert is_organising(title) is expected


def test_an_act_on_the_organisation_is_filed_there_wherever_reports_cite_it() -> None:
    # a report's opening part (chỉ đạo, điều hành) cites the founding decision
    scores = {"to_chuc_bo_may": 0.2, "chi_dao_dieu_hanh": 0.3, "kiem_tra": 0.25}
    filed = {"chi_dao_dieu_hanh": 1.0}
    title = "Quyết định thành lập Sở Tư pháp trên cơ sở hợp nhất hai Sở"
    assert rank_areas(scores, filed, title=title)[0] == "to_chuc_bo_may"
    assert rank_areas(scores, filed, title="Quyết định công bố Chỉ số")[0] != "to_chuc_bo_may"


def test_spending_rules_are_public_finance_wherever_reports_cite_them() -> None:
    # the reports cite them under chỉ đạo, điều hành; the text reads like procedures
    scores = {"thu_tuc_hanh_chinh": 0.3, "chi_dao_dieu_hanh": 0.25, "tai_chinh_cong": 0.2}
    filed = {"chi_dao_dieu_hanh": 1.0}
    for title in (
        "Quyết định Ban hành Quy chế chi tiêu nội bộ năm 2024 của Sở Tài nguyên và Môi trường",
        "Quyết định Sửa đổi Điều 9 Quy chế chi tiêu nội bộ",
        "Quyết định phê duyệt phương án tự chủ tài chính giai đoạn 2024 - 2026 của Trung tâm",
    ):
        assert rank_areas(scores, filed, title=title)[0] == "tai_chinh_cong", title
    assert rank_areas(scores, filed, title="Quyết định Ban hành Quy chế làm việc")[0] != (
        "tai_chinh_cong"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kế hoạch Tổ chức Cuộc thi trực tuyến tìm hiểu về CCHC và chuyển đổi số", "tuyen_truyen"),
        ("Quyết định Ban hành Quy chế làm việc của Sở Xây dựng", "che_do_cong_vu"),
        ("Quyết định Thay thế Điều 7 Quy chế làm việc của Sở", "che_do_cong_vu"),
        # the procedures it serves are named beside it
        ("Kế hoạch Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024", "chinh_quyen_so"),
        ("Kế hoạch Chuyển đổi số trong giải quyết thủ tục hành chính năm 2025", "chinh_quyen_so"),
        ("Công văn gia hạn thời gian thực hiện Kế hoạch số hóa hồ sơ", "chinh_quyen_so"),
        ("Quyết định Thí điểm trả kết quả giải quyết thủ tục hành chính bản điện tử",
         "chinh_quyen_so"),
        ("Quyết định Gia hạn thời gian thí điểm tiếp nhận hồ sơ cấp giấy phép bưu chính "
         "hoàn toàn trực tuyến", "chinh_quyen_so"),
        # urging online filing is the procedures' work
        ("Công văn đẩy mạnh tiếp nhận hồ sơ thủ tục hành chính trực tuyến",
         "thu_tuc_hanh_chinh"),
        ("Quyết định Công bố Hệ thống quản lý chất lượng TCVN ISO 9001:2015", "chinh_quyen_so"),
        ("Quyết định Ban hành Quy trình thẩm định điều kiện kinh doanh dược", "thu_tuc_hanh_chinh"),
        ("Quyết định Ban hành Quy chế hoạt động của Trung tâm Phục vụ hành chính công xã",
         "thu_tuc_hanh_chinh"),
        # founding the centre is an act on the organisation
        ("Quyết định thành lập Trung tâm Phục vụ hành chính công tỉnh", "to_chuc_bo_may"),
        ("Báo cáo Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025",
         "chi_dao_dieu_hanh"),
    ],
)
def test_what_a_title_names_as_its_subject_comes_before_where_reports_cite_it(
    title: str, expected: str
) -> None:
    # the reports cite each in their opening part; the text leans elsewhere
    scores = {"to_chuc_bo_may": 0.3, "chi_dao_dieu_hanh": 0.25, "the_che": 0.2}
    filed = {"chi_dao_dieu_hanh": 0.4, "kiem_tra": 0.3, "tuyen_truyen": 0.3}
    assert rank_areas(scores, filed, title=title)[0] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a Sở Thông tin và Truyền thông's name and "công nghệ thông tin" are no tuyên truyền
        (
            "Kế hoạch Ứng dụng công nghệ thông tin trong hoạt động của Sở Thông tin và Truyền "
            "thông năm 2019",
            "chinh_quyen_so",
        ),
        ("Công văn kiến nghị về Hệ thống thông tin giải quyết thủ tục hành chính", None),
        ("Kế hoạch Thông tin, tuyên truyền cải cách hành chính năm 2022", "tuyen_truyen"),
        ("Kế hoạch Tập huấn công tác thông tin năm 2022", "tuyen_truyen"),
    ],
)
def test_thong_tin_names_informing_not_information_technology(
    title: str, expected: str | None
) -> None:
    assert title_area(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Quyết định Kiện toàn Tổ công tác cải cách hành chính của Sở", "chi_dao_dieu_hanh"),
        ("Quyết định kiện toàn Ban Chỉ đạo cải cách hành chính huyện", "chi_dao_dieu_hanh"),
        ("Quyết định thành lập Tổ công tác rà soát, đối soát số liệu CCHC", "chi_dao_dieu_hanh"),
        # an inspection team is no steering body: kiểm tra's, by its title
        ("Quyết định kiện toàn Tổ kiểm tra công tác cải cách hành chính", "kiem_tra"),
    ],
)
def test_the_reforms_steering_body_is_chi_dao_dieu_hanh(title: str, expected: str) -> None:
    # the text reads like the organisation's structure ("kiện toàn … tổ chức")
    scores = {"to_chuc_bo_may": 0.3, "kiem_tra": 0.28, "thu_tuc_hanh_chinh": 0.27}
    assert rank_areas(scores, title=title)[0] == expected


def test_the_public_postal_service_alone_tells_no_reform() -> None:
    """A Sở TT&TT's check of the postal service is its sector work; the reform returns
    results through that service beside the procedures it speaks of."""
    sector = "Kiểm tra chất lượng dịch vụ tại các điểm phục vụ bưu chính công ích trên địa bàn."
    assert not tells_reform(sector)
    assert tells_reform(
        "Tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính "
        "công ích."
    )
    assert tells_reform("Mở rộng dịch vụ bưu chính công ích của Sở.")


def test_a_one_stop_desk_inspected_is_not_its_own_rules() -> None:
    title = "Báo cáo Kết quả kiểm tra đột xuất việc tiếp nhận hồ sơ tại Bộ phận Một cửa"
    scores = {"kiem_tra": 0.3, "thu_tuc_hanh_chinh": 0.25}
    assert rank_areas(scores, title=title)[0] == "kiem_tra"
    assert rank_areas(scores, title="Quy chế hoạt động của Bộ phận Một cửa")[0] == (
        "thu_tuc_hanh_chinh"
    )


def test_a_prose_report_on_the_whole_reform_heads_chi_dao_first() -> None:
    text = "I. KẾT QUẢ\n1. Cải cách thủ tục hành chính\nSở đã tiếp nhận 1.245 hồ sơ.\n"
    own = SourceText("bc.txt", text, "BC", "SỞ TÀI CHÍNH")
    model = AreaModel.train([])
    title = "Báo cáo Kết quả thực hiện công tác cải cách hành chính năm 2025"
    assert areas_of(f"{title}\n{text}", model, {}, own)[:2] == (
        "chi_dao_dieu_hanh",
        "thu_tuc_hanh_chinh",
    )
    other = "Báo cáo Kết quả hoạt động của Trung tâm năm 2025"
    assert areas_of(f"{other}\n{text}", model, {}, own)[0] == "thu_tuc_hanh_chinh"


def test_a_title_naming_one_area_files_its_document_there() -> None:
    # a report's "Công tác tổ chức, thể chế" section cites the centre's plan
    scores = {"the_che": 0.3, "thu_tuc_hanh_chinh": 0.1}
    filed = {"the_che": 1.0}
    title = "Kế hoạch Tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc vào địa giới hành chính"
    assert rank_areas(scores, filed, title=title)[0] == "thu_tuc_hanh_chinh"
    # "điều hành" of a document system is no chỉ đạo, điều hành: the text decides
    scores = {"chinh_quyen_so": 0.3, "chi_dao_dieu_hanh": 0.1}
    title = "Quyết định Ban hành Quy chế quản lý Hệ thống quản lý văn bản và điều hành"
    assert rank_areas(scores, title=title)[0] == "chinh_quyen_so"
    # a phrase far into the title names no area: this directive is about discipline
    scores = {"che_do_cong_vu": 0.3, "thu_tuc_hanh_chinh": 0.2}
    title = "Chỉ thị tăng cường kỷ luật, kỷ cương trong tiếp nhận, giải quyết thủ tục hành chính"
    assert rank_areas(scores, title=title)[0] == "che_do_cong_vu"


def test_a_document_organised_by_several_areas_is_about_the_whole_reform() -> None:
    scores = {"to_chuc_bo_may": 0.4, "chi_dao_dieu_hanh": 0.1, "the_che": 0.2}
    outline = ("the_che", "thu_tuc_hanh_chinh", "to_chuc_bo_may")
    assert rank_areas(scores, outline=outline) == ("chi_dao_dieu_hanh", *outline)
    # Two areas are not the whole reform: the text decides.
    assert rank_areas(scores, outline=outline[:2])[0] == "to_chuc_bo_may"


def test_a_term_every_document_shares_weighs_nothing() -> None:
    corpus = [
        "Quy chế chi tiêu nội bộ; kinh phí theo quy định của pháp luật",
        "Kế hoạch phổ biến, giáo dục pháp luật",
        "Quy định chức năng của phòng theo pháp luật",
    ]
    model = AreaModel.train([], corpus=corpus)
    vector = model.vector("Quy chế chi tiêu nội bộ theo pháp luật")
    assert vector.get("phap_luat", 0.0) == 0.0
    assert vector["chi_tieu"] > 0
    # With a floor under the term weights, the shared term counts again.
    floored = AreaModel.train([], corpus=corpus, weights=Weights(background=1.0))
    assert floored.vector("Quy chế chi tiêu nội bộ theo pháp luật")["phap_luat"] > 0


# A body that speaks of the department's field, under a title that says what it does.
FUNCTIONS = (
    "Quyết định Quy định chức năng, nhiệm vụ của các phòng chuyên môn thuộc Sở Tư pháp\n"
    "Phòng Xây dựng và kiểm tra văn bản quy phạm pháp luật: thẩm định, rà soát, hệ thống "
    "hóa văn bản quy phạm pháp luật; theo dõi thi hành pháp luật. Phòng Phổ biến pháp luật: "
    "xây dựng văn bản quy phạm pháp luật, kiểm tra, xử lý văn bản trái pháp luật."
)


JUSTICE = [
    FUNCTIONS,
    "Kế hoạch kiểm tra, rà soát văn bản quy phạm pháp luật năm 2024",
    "Quy chế chi tiêu nội bộ theo quy định của pháp luật",
    "Kế hoạch phổ biến, giáo dục pháp luật năm 2024",
]


@pytest.mark.parametrize(("title", "expected"), [(0.9, "to_chuc_bo_may"), (0.0, "the_che")])
def test_the_title_says_what_a_document_does(title: float, expected: str) -> None:
    model = AreaModel.train([], corpus=JUSTICE, weights=Weights(title=title))
    scores = model.scores(FUNCTIONS)
    assert max(scores, key=scores.__getitem__) == expected


def _decision(number: str, date: str, subject: str, body: str) -> tuple[str, str, Identity]:
    day, month, year = date[8:], date[5:7], date[:4]
    text = (
        f"UBND TỈNH BÌNH SƠN\nSỞ TƯ PHÁP\nSố: {number}/QĐ-STP\n"
        f"Bình Sơn, ngày {day} tháng {month} năm {year}\n\nQUYẾT ĐỊNH\n{subject}\n\n"
        f"GIÁM ĐỐC SỞ TƯ PHÁP\n\n{body}\n"
    )
    identity = Identity(
        ident=f"{number}/QĐ-STP",
        number=number,
        code="QĐ",
        kind="Quyết định",
        date=date,
        subject=subject,
    )
    return f"qd-{number}.txt", text, identity


ARCHIVE = [
    _decision(
        "201",
        "2022-08-12",
        "Phân công tiếp nhận, giải quyết thủ tục hành chính lĩnh vực lý lịch tư pháp",
        "Căn cứ Luật Lý lịch tư pháp; Điều 1. Bộ phận Một cửa tiếp nhận hồ sơ, trả kết quả "
        "giải quyết thủ tục hành chính cấp Phiếu lý lịch tư pháp theo quy định của pháp luật.",
    ),
    _decision(
        "96",
        "2024-04-03",
        "Bãi bỏ Điều 3 và Điều 5 của Quyết định số 201/QĐ-STP ngày 12 tháng 8 năm 2022",
        "Căn cứ quy định của pháp luật; Điều 1. Bãi bỏ Điều 3 và Điều 5. Điều 2. Quyết định "
        "có hiệu lực kể từ ngày ký.",
    ),
    _decision(
        "44",
        "2024-02-20",
        "Ban hành Quy chế chi tiêu nội bộ năm 2024 của Sở Tư pháp",
        "Căn cứ quy định của pháp luật về ngân sách; Điều 1. Ban hành kèm theo Quyết định "
        "này Quy chế chi tiêu nội bộ; kinh phí giao tự chủ năm 2024 là 5.960 triệu đồng.",
    ),
]


def _registry(files: list[tuple[str, str, Identity | None]]) -> tuple[Registry, list[SourceText]]:
    registry = Registry()
    texts = []
    for source, text, identity in files:
        registry.add_text(source, text, identity=identity)
        code = identity.code if identity else None
        texts.append(SourceText(source, text, code))
    return registry, texts


def test_a_department_that_speaks_of_pham_luat_everywhere() -> None:
    registry, texts = _registry(list(ARCHIVE))
    areas = {p.ident: p.area for p in build_profiles(registry, texts)}
    assert areas["44/QĐ-STP"] == "tai_chinh_cong"
    assert areas["201/QĐ-STP"] == "thu_tuc_hanh_chinh"
    # Its title cites 201 and says nothing else of what it is about: 201's title does.
    assert areas["96/QĐ-STP"] == "thu_tuc_hanh_chinh"


def test_a_cited_title_joins_the_citing_title() -> None:
    registry, texts = _registry(list(ARCHIVE))
    by_source = {t.source: t for t in texts}
    entry = registry.find("96/QĐ-STP", 2024)
    assert entry is not None
    title = describe(entry, by_source, cited_titles(registry.entries())).split("\n")[0]
    assert "lý lịch tư pháp" in title
    assert "lý lịch tư pháp" not in describe(entry, by_source).split("\n")[0]


def test_a_document_left_out_takes_the_sections_citing_it_along() -> None:
    report = ("bao-cao.txt", REPORT, Identity(ident="/BC-STP", code="BC", kind="Báo cáo"))
    registry, texts = _registry([report])
    by_source = {t.source: t for t in texts}
    sections = {"bao-cao.txt": area_sections(REPORT)}
    entries = registry.entries()
    descriptions = {e.key + str(e.year): describe(e, by_source) for e in entries}
    left = registry.find("162/QĐ-STP", 2022)
    assert left is not None
    kept = training_examples(entries, sections, by_source, descriptions)
    assert any("162/QĐ-STP" in text for _, text in kept)
    held = training_examples(
        entries, sections, by_source, descriptions, leave_out=left.key + str(left.year)
    )
    assert not any("162/QĐ-STP" in text for _, text in held)
    assert any("31/QĐ-STP" in text for _, text in held)
    # The opening part's general text labels no area.
    assert not any("19/KH-STP" in text for _, text in kept)


# A commune's short report: two areas under one heading, its inspection written under
# "Chỉ đạo, điều hành", another area's work run into a section, headings in web markup.
SHORT_REPORT = """BÁO CÁO
Kết quả công tác cải cách hành chính năm 2023 của Ủy ban nhân dân xã Tân Mỹ

1. Chỉ đạo, điều hành: đoàn kiểm tra của huyện kiểm tra xã theo Kế hoạch số 21/KH-UBND.

2. Cải cách thủ tục hành chính: tiếp nhận 1.912 hồ sơ theo Quyết định số 40/QĐ-UBND ngày 10/02/2023.
Công tác thông tin, tuyên truyền thực hiện theo Kế hoạch số 17/KH-UBND ngày 15/02/2023.
Tỷ lệ hồ sơ trực tuyến đạt 58,2%.

3. Cải cách tổ chức bộ máy, công vụ: Quyết định số 33/QĐ-UBND phân công công chức.

4. Tồn tại: đường truyền chậm.
"""

WEB_REPORT = (
    "<p>Ủy ban nhân dân xã báo cáo như sau:</p>\n"
    "<p><b>1. Thủ tục hành chính</b></p>\n"
    "<p>Tiếp nhận 410 hồ sơ theo Quyết định số 40/QĐ-UBND.&nbsp;</p>\n"
    "<p><b>2. Chính quyền số</b></p>\n"
    "<p>100% văn bản được ký số theo Kế hoạch số 25/KH-UBND.</p>\n"
)


def test_a_heading_naming_two_areas_files_either() -> None:
    sections = area_sections(SHORT_REPORT)
    both = section_at(sections, _at(SHORT_REPORT, "33/QĐ-UBND"))
    assert both is not None
    assert both.shared == ("to_chuc_bo_may", "che_do_cong_vu")
    assert filed_shares(both) == pytest.approx({"to_chuc_bo_may": 0.5, "che_do_cong_vu": 0.5})
    assert outline_areas(SHORT_REPORT)[-2:] == ("to_chuc_bo_may", "che_do_cong_vu")


def test_a_short_outlines_direction_holds_its_inspection() -> None:
    # No heading of the report names inspection or communication: "Chỉ đạo, điều hành"
    # holds them, as the opening part's general text does.
    sections = area_sections(SHORT_REPORT)
    opening = section_at(sections, _at(SHORT_REPORT, "21/KH-UBND"))
    assert opening is not None
    assert opening.general
    # Where a heading names inspection (REPORT's "2. Kiểm tra"), the heading's own text is
    # chỉ đạo, điều hành's.
    heading = section_at(area_sections(REPORT), _at(REPORT, "I. CÔNG TÁC"))
    assert heading is not None
    assert not heading.general


def test_a_paragraph_opening_with_another_areas_work_is_filed_there() -> None:
    sections = area_sections(SHORT_REPORT)
    assert area_at(sections, _at(SHORT_REPORT, "17/KH-UBND")) == "tuyen_truyen"
    # The section goes on after it.
    assert area_at(sections, _at(SHORT_REPORT, "40/QĐ-UBND")) == "thu_tuc_hanh_chinh"
    assert area_at(sections, _at(SHORT_REPORT, "58,2%")) == "thu_tuc_hanh_chinh"


def test_headings_in_web_markup_are_read() -> None:
    sections = area_sections(WEB_REPORT)
    assert area_at(sections, _at(WEB_REPORT, "40/QĐ-UBND")) == "thu_tuc_hanh_chinh"
    assert area_at(sections, _at(WEB_REPORT, "25/KH-UBND")) == "chinh_quyen_so"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The two-tier reform's work is tổ chức bộ máy's.
        (
            "Công văn bàn giao con dấu, trụ sở và tài sản của Ủy ban nhân dân xã cũ khi "
            "sáp nhập đơn vị hành chính",
            "to_chuc_bo_may",
        ),
        ("Công văn về việc sắp xếp đơn vị hành chính cấp xã", "to_chuc_bo_may"),
        # A working regulation is the civil service's.
        ("Quyết định ban hành Quy chế làm việc của Ủy ban nhân dân xã", "che_do_cong_vu"),
    ],
)
def test_the_areas_own_words(text: str, expected: str) -> None:
    scores = AreaModel.train([]).scores(text)
    assert max(scores, key=scores.__getitem__) == expected


def test_a_reports_closing_parts_and_appendix_file_nothing() -> None:
    text = (
        "BÁO CÁO\nKết quả thực hiện công tác cải cách hành chính năm 2025\n\n"
        "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\nSở thực hiện Kế hoạch số 08/KH-SNNMT.\n\n"
        "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CCHC\n"
        "1. Về thủ tục hành chính: thực hiện Quyết định số 615/QĐ-UBND.\n\n"
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI\n"
        "1. Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.\n\n"
        "Nơi nhận:\n- UBND tỉnh;\n\nPhụ lục\nDANH MỤC VĂN BẢN ĐÃ BAN HÀNH NĂM 2025\n"
        "1 | 19/QĐ-SNNMT | Kiện toàn Tổ công tác cải cách hành chính\n"
    )
    at = text.index("615/QĐ-UBND")
    assert area_at(area_sections(text), at) == "thu_tuc_hanh_chinh"
    # next year's tasks and the appendix's rows are filed under no area
    assert area_at(area_sections(text), text.index("Đẩy mạnh")) is None
    assert area_at(area_sections(text), text.index("19/QĐ-SNNMT")) is None


@pytest.mark.parametrize(
    ("text", "reform"),
    [
        # a Sở Tài chính's field: public assets across the province, a letter sent by e-office
        ("Kiểm tra việc quản lý, sử dụng tài sản công tại các cơ quan, đơn vị năm 2023.", False),
        ("Đề nghị các đơn vị cập nhật dữ liệu tài sản công năm 2024 trên phần mềm.", False),
        ("Văn bản gửi qua Hệ thống quản lý văn bản và điều hành của tỉnh.", False),
        # ... the reform's work when it is the department's own, or beside another reform word
        ("Ban hành Quy chế quản lý, sử dụng tài sản công của Sở Tài chính.", True),
        ("Chỉ đạo sử dụng Hệ thống quản lý văn bản và điều hành, chữ ký số trong Sở.", True),
        ("Căn cứ Quy chế làm việc của Sở;\nKiểm tra đo lường hàng đóng gói sẵn.", False),
    ],
)
def test_words_the_reform_shares_with_a_departments_field(text: str, reform: bool) -> None:
    assert tells_reform(text) is reform

