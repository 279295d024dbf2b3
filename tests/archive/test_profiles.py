"""Document profiles: periods, instruments and areas read from titles and reports."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.archive.areas import area_of_heading, area_sections
from assistant.archive.instruments import action_of, instrument_of
from assistant.archive.periods import Period, period_of
from assistant.archive.profiles import Profile, SourceText, build_profiles, documents_of
from assistant.citations import Registry
from assistant.models import Identity

Y = Period.of_years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kế hoạch cải cách hành chính năm 2024", Y(2024)),
        ("Báo cáo kết quả CCHC 6 tháng đầu năm 2024", Period("2024-01-01", "2024-06-30")),
        ("sáu tháng cuối năm 2023", Period("2023-07-01", "2023-12-31")),
        ("Báo cáo kiểm soát TTHC quý I/2024", Period("2024-01-01", "2024-03-31")),
        ("Báo cáo kiểm soát TTHC quý III năm 2021", Period("2021-07-01", "2021-09-30")),
        ("đào tạo, bồi dưỡng công chức giai đoạn 2021 - 2025", Y(2021, 2025)),
        ("giai đoạn 2021-2025, định hướng đến năm 2030", Y(2021, 2025)),
        ("từ năm 2019 đến năm 2021", Y(2019, 2021)),
        ("a plan for 2021 to 2025", Y(2021, 2025)),
        ("tình hình tháng 5/2024", Period("2024-05-01", "2024-05-31")),
        ("the first half of 2024", Period("2024-01-01", "2024-06-30")),
        ("kế hoạch năm 2023", Y(2023)),
        # the cumulative months of a report: "9 tháng", not the quarter beside them
        ("Báo cáo kết quả CCHC quý III và 9 tháng năm 2024", Period("2024-01-01", "2024-09-30")),
        ("9 tháng đầu năm 2024", Period("2024-01-01", "2024-09-30")),
        ("the first nine months of 2024", Period("2024-01-01", "2024-09-30")),
        ("Báo cáo kết quả 12 tháng năm 2024", Y(2024)),
        # a quarter's report with its year's: of the year (signed in the next January)
        ("Kết quả cải cách hành chính quý IV và năm 2024", Y(2024)),
        ("Báo cáo quý IV và cả năm 2025", Y(2025)),
        # a quarter counted from the year's start
        ("đến hết quý III/2024", Period("2024-01-01", "2024-09-30")),
        ("tính đến hết quý II năm 2024", Period("2024-01-01", "2024-06-30")),
        ("lũy kế đến quý III năm 2024", Period("2024-01-01", "2024-09-30")),
        ("by the end of the third quarter of 2024", Period("2024-01-01", "2024-09-30")),
        # months of a year: to its end, in English, a half in other words
        ("từ tháng 7 đến cuối năm 2022", Period("2022-07-01", "2022-12-31")),
        ("tu thang 7 den het 2025", Period("2025-07-01", "2025-12-31")),  # no "năm"
        ("between April and December 2023", Period("2023-04-01", "2023-12-31")),
        ("from March to June 2024", Period("2024-03-01", "2024-06-30")),
        ("nửa cuối năm 2022", Period("2022-07-01", "2022-12-31")),
        ("đến giữa năm 2022", Period("2022-01-01", "2022-06-30")),
        ("by mid-2022", Period("2022-01-01", "2022-06-30")),
        # English months without "between", and a month alone
        ("May through August 2024", Period("2024-05-01", "2024-08-31")),
        ("April to June 2024", Period("2024-04-01", "2024-06-30")),
        ("anything issued in January 2024", Period("2024-01-01", "2024-01-31")),
        # the last or first quarter by name
        ("issued in the last quarter of 2025", Period("2025-10-01", "2025-12-31")),
        ("quý cuối năm 2025", Period("2025-10-01", "2025-12-31")),
        ("quý đầu năm 2024", Period("2024-01-01", "2024-03-31")),
        ("the 3rd quarter of 2024", Period("2024-07-01", "2024-09-30")),
        # an English part of a year as one word
        ("the first-quarter 2025 figure", Period("2025-01-01", "2025-03-31")),
        # a stretch between two days
        ("từ 01/10/2022 đến 31/3/2023", Period("2022-10-01", "2023-03-31")),
        ("tu ngay 01/6/2022 den ngay 30/6/2023", Period("2022-06-01", "2023-06-30")),
        ("01/10/2022 - 31/3/2023", Period("2022-10-01", "2023-03-31")),
        ("giữa ngày 01/7/2025 và ngày 10/7/2025", Period("2025-07-01", "2025-07-10")),
        ("issued between 1 and 10 July 2025", Period("2025-07-01", "2025-07-10")),
        ("from 1 July 2025 to 10 August 2025", Period("2025-07-01", "2025-08-10")),
        # the counted months with the year straight after ("báo cáo 6 tháng 2026")
        ("kết quả 6 tháng 2026", Period("2026-01-01", "2026-06-30")),
        ("9 tháng đầu 2024", Period("2024-01-01", "2024-09-30")),
    ],
)
def test_period_phrases(text: str, expected: Period) -> None:
    assert period_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hòa An, ngày 15 tháng 9 năm 2022",  # a date, not a period
        "Căn cứ Quyết định số 07/2018/QĐ-UBND",  # a year inside a number
        "kiểm tra ngày 02/3/2023",
        "ban hành Quy chế làm việc",
        "6 tháng đầu năm",  # no year and none given
        "9 tháng đầu năm",
        "Hà Nội, ngày 9 tháng 3 năm 2024",  # a date, not nine months
        # two days, no stretch; a stretch that runs backwards
        "Quyết định ngày 01/3/2023 và Tờ trình ngày 31/3/2023",
        "từ 31/3/2023 đến 01/10/2022",
    ],
)
def test_not_a_period(text: str) -> None:
    assert period_of(text) is None


def test_half_year_without_a_year_takes_the_documents() -> None:
    assert period_of("6 tháng đầu năm", default_year=2022) == Period("2022-01-01", "2022-06-30")


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("ban hành Quy chế hoạt động của Bộ phận Một cửa", None, "Quy chế"),
        ("Về việc phê duyệt Kế hoạch kiểm tra công tác CCHC năm 2023", None, "Kế hoạch"),
        ("phê duyệt Đề án vị trí việc làm", None, "Đề án"),
        ("sửa đổi, bổ sung một số điều của Quy chế làm việc", None, None),  # changes one
        ("Kế hoạch đào tạo, bồi dưỡng công chức năm 2021", None, "Kế hoạch"),
        (
            "về việc kiện toàn Tổ công tác",
            "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Tổ.",
            "Quy chế",
        ),
        ("Quy định chức năng, nhiệm vụ, quyền hạn của Sở", None, None),  # the verb
        ("sắp xếp, kiện toàn cơ cấu tổ chức các phòng", None, None),
    ],
)
def test_instrument_phrases(subject: str, body: str | None, expected: str | None) -> None:
    assert instrument_of(subject, body) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Về việc sắp xếp cơ cấu tổ chức Sở", "sắp xếp"),
        ("ban hành Quy chế làm việc", "ban hành"),
        ("sửa đổi, bổ sung Quy chế chi tiêu nội bộ", "sửa đổi, bổ sung"),
        ("Kết quả thực hiện công tác CCHC năm 2023", "báo cáo kết quả"),
        ("Cải cách hành chính năm 2023", None),
    ],
)
def test_action(subject: str, expected: str | None) -> None:
    assert action_of(subject) == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Cải cách tổ chức bộ máy hành chính nhà nước", "to_chuc_bo_may"),
        ("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "chi_dao_dieu_hanh"),
        ("Về kiểm tra cải cách hành chính", "kiem_tra"),
        ("Thông tin, tuyên truyền, tập huấn CCHC", "tuyen_truyen"),
        ("Cải cách thể chế", "the_che"),
        ("Cải cách thủ tục hành chính", "thu_tuc_hanh_chinh"),
        ("Cải cách chế độ công vụ", "che_do_cong_vu"),
        ("Cải cách tài chính công", "tai_chinh_cong"),
        ("Xây dựng và phát triển chính quyền điện tử, chính quyền số", "chinh_quyen_so"),
        ("KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", None),
        ("PHƯƠNG HƯỚNG NĂM 2024", None),
    ],
)
def test_area_of_heading(heading: str, expected: str | None) -> None:
    assert area_of_heading(heading) == expected


REPORT = """BÁO CÁO
Kết quả cải cách hành chính năm 2024

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH

1. Về kế hoạch

Sở ban hành Kế hoạch số 05/KH-SKHCN ngày 04/01/2024 về cải cách hành chính năm 2024.

2. Về kiểm tra

Sở ban hành Quyết định số 40/QĐ-SKHCN ngày 10/4/2024 phê duyệt Kế hoạch kiểm tra năm 2024.

II. KẾT QUẢ THỰC HIỆN

1. Cải cách tổ chức bộ máy hành chính nhà nước

a) Công tác chỉ đạo

UBND tỉnh ban hành Quyết định số 812/QĐ-UBND ngày 03/5/2024 quy định chức năng, nhiệm vụ,
quyền hạn và cơ cấu tổ chức của Sở.

2. Cải cách thủ tục hành chính

Sở ban hành Quyết định số 77/QĐ-SKHCN ngày 02/6/2024 ban hành Quy chế hoạt động của Bộ phận Một cửa.

III. PHƯƠNG HƯỚNG NĂM 2025

Tiếp tục thực hiện Kế hoạch số 05/KH-SKHCN.
"""


def test_area_sections_follow_the_outline() -> None:
    sections = area_sections(REPORT)

    def at(phrase: str) -> str | None:
        offset = REPORT.index(phrase)
        return next((s.area for s in sections if s.start <= offset < s.end), None)

    assert at("05/KH-SKHCN ngày") == "chi_dao_dieu_hanh"
    assert at("40/QĐ-SKHCN") == "kiem_tra"
    # "a) Công tác chỉ đạo" under area 1 of the six stays in that area.
    assert at("812/QĐ-UBND") == "to_chuc_bo_may"
    assert at("77/QĐ-SKHCN") == "thu_tuc_hanh_chinh"
    assert at("Tiếp tục thực hiện") is None


DECISION = """UBND TỈNH HÒA AN
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 77/QĐ-SKHCN
Hòa An, ngày 02 tháng 6 năm 2024
QUYẾT ĐỊNH
Về việc ban hành Quy chế hoạt động của Bộ phận Một cửa
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Bộ phận Một cửa.
"""


def _archive() -> list[Profile]:
    registry = Registry()
    registry.add_text(
        "bao-cao.txt", REPORT, identity=Identity(ident="/BC-SKHCN", code="BC", kind="Báo cáo")
    )
    own = Identity(
        ident="77/QĐ-SKHCN",
        number="77",
        code="QĐ",
        kind="Quyết định",
        date="2024-06-02",
        subject="ban hành Quy chế hoạt động của Bộ phận Một cửa",
    )
    registry.add_text("qd-77.txt", DECISION, identity=own)
    texts = [SourceText("bao-cao.txt", REPORT, "BC"), SourceText("qd-77.txt", DECISION, "QĐ")]
    return build_profiles(registry, texts)


def test_profiles_of_a_small_archive() -> None:
    by_ident = {p.ident: p for p in _archive()}
    qd = by_ident["77/QĐ-SKHCN"]
    assert qd.source == "qd-77.txt"
    assert qd.own
    assert qd.locator == "header"
    assert qd.instrument == "Quy chế"
    assert qd.area == "thu_tuc_hanh_chinh"
    assert qd.status == "unknown"
    assert qd.mentioned_in == ("bao-cao.txt",)
    mentioned = by_ident["812/QĐ-UBND"]
    assert not mentioned.own
    assert mentioned.source == "bao-cao.txt"
    assert mentioned.area == "to_chuc_bo_may"
    plan = by_ident["05/KH-SKHCN"]
    assert plan.period == Y(2024)
    assert plan.instrument is None  # a Kế hoạch is one, it issues none


def test_profile_json_round_trip_and_keys() -> None:
    for p in _archive():
        data = p.to_json()
        assert list(data)[:10] == [
            "ident",
            "kind",
            "date",
            "issuer",
            "subject",
            "instrument",
            "areas",
            "period",
            "status",
            "source",
        ]
        assert Profile.from_json(data) == p


def test_documents_of_filters() -> None:
    profiles = _archive()
    assert [p.ident for p in documents_of(profiles, area="to_chuc_bo_may")] == ["812/QĐ-UBND"]
    assert {p.ident for p in documents_of(profiles, codes=["KH"])} == {"05/KH-SKHCN"}
    assert [p.ident for p in documents_of(profiles, own_only=True)] == ["77/QĐ-SKHCN"]
    in_2024 = documents_of(profiles, period=Y(2024), codes=["QĐ"])
    assert {p.ident for p in in_2024} == {"40/QĐ-SKHCN", "812/QĐ-UBND", "77/QĐ-SKHCN"}
    assert documents_of(profiles, year=2023) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Kể từ tháng 3 năm 2024, Sở đã ký những QĐ nào?", "2024-03-01"),
        ("các kế hoạch từ tháng 9/2023 đến nay", "2023-09-01"),
        ("documents since March 2024", "2024-03-01"),
    ],
)
def test_a_stretch_from_a_month_runs_to_today(text: str, start: str) -> None:
    assert period_of(text) == Period(start, dt.date.today().isoformat())


def test_a_month_with_an_end_is_not_a_stretch_to_today() -> None:
    assert period_of("từ tháng 3/2024 đến tháng 6/2024") == Period("2024-03-01", "2024-06-30")
    # a plain "từ tháng 3/2024" stays that month
    assert period_of("từ tháng 3/2024") == Period("2024-03-01", "2024-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tháng 9 và tháng 10/2025 xã gửi những công văn nào?", ("2025-09-01", "2025-10-31")),
        ("các công văn tháng 9, 10/2025", ("2025-09-01", "2025-10-31")),
        # two months apart are no stretch: the one with its year
        ("tháng 3 và tháng 6/2024", ("2024-06-01", "2024-06-30")),
    ],
)
def test_two_months_running_are_one_stretch(text: str, expected: tuple[str, str]) -> None:
    assert period_of(text) == Period(*expected)
