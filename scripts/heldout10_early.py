"""Tenth held-out archive, 2023 – 2024: the Sở Tư pháp of the fictional tỉnh Lạc Giang before
the 2025 merger, and two files handed over from the Sở Tư pháp of the fictional tỉnh Tây
Phong. Do not tune on it.

A department of justice: its texts speak of hộ tịch, chứng thực, lý lịch tư pháp, phổ biến,
giáo dục pháp luật, kiểm tra văn bản quy phạm pháp luật and Phòng Tư pháp các huyện whatever
reform area they belong to. Both former Sở used the symbol ``STP``: the Lạc Giang Sở's
Quyết định ``45/QĐ-STP`` of 18/3/2024 (ISO) and the Tây Phong Sở's ``45/QĐ-STP`` of 02/5/2024
(its Quy chế làm việc) are two documents with one number and symbol. The Lạc Giang Sở's 2023
plan, Quy chế làm việc, one-stop Quy chế, a Công văn on lý lịch tư pháp and the 2023 report;
in 2024 its plan (a target table), the ISO decision, an inspection plan, a one-clause
amendment of the one-stop Quy chế and the 2024 report (a plan-against-result table); the
Tây Phong Sở's Quy chế làm việc and 2024 report. Written by hand, before any code ran on it;
facts in ``bench/data/heldout10_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from sample_header import Sample, header

MARK = "[MẪU — tài liệu hư cấu: tỉnh Lạc Giang, tỉnh Tây Phong và Sở Tư pháp của hai tỉnh không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết văn bản — TÀI LIỆU MẪU hư cấu do scripts/make_heldout10_archive.py tạo; tỉnh Lạc Giang, tỉnh Tây Phong không có thật; MẪU]"
# The Lạc Giang Sở before and after the merger of 01/7/2025 prints the same issuer lines.
STP = ("UBND TỈNH LẠC GIANG", "SỞ TƯ PHÁP")
STP_TP = ("UBND TỈNH TÂY PHONG", "SỞ TƯ PHÁP")
UBND = ("ỦY BAN NHÂN DÂN", "TỈNH LẠC GIANG")
# Lạc Giang: Giám đốc Trần Quang Vinh (to 30/6/2025, then Phó Giám đốc of the merged Sở),
# Phó Giám đốc Nguyễn Thị Hồng Nhung. Tây Phong: Giám đốc Hà Văn Khải (Giám đốc of the merged
# Sở from 01/7/2025), Phó Giám đốc Vũ Thị Lan.
DIRECTOR = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nTrần Quang Vinh\n"
DEPUTY = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nNguyễn Thị Hồng Nhung\n"
TP_DIRECTOR = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nHà Văn Khải\n"
TP_DEPUTY = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nVũ Thị Lan\n"


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = STP) -> str:
    """The header of a Lạc Giang document (the shared layout, this archive's place and mark)."""
    return header(number, day, kind, subject, issuer, place="Lạc Giang", mark=MARK)


def head_tp(number: str, day: str, kind: str, subject: str) -> str:
    """The header of a document of the former Sở Tư pháp tỉnh Tây Phong."""
    return header(number, day, kind, subject, STP_TP, place="Tây Phong", mark=MARK)


KH_04 = (
    head(
        "04/KH-STP",
        "ngày 10 tháng 01 năm 2023",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2023 của Sở Tư pháp",
    )
    + """
Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

Thực hiện Kế hoạch số 06/KH-UBND ngày 05/01/2023 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2023, Sở Tư pháp ban hành Kế hoạch cải cách hành chính năm 2023 như sau:

I. MỤC TIÊU, CHỈ TIÊU

1. Hoàn thành 28 nhiệm vụ của Kế hoạch; nâng thứ hạng Chỉ số cải cách hành chính của Sở so với năm 2022.

2. Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt từ 40% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên.

3. Kiểm tra công tác cải cách hành chính, hộ tịch, chứng thực tại 04 Phòng Tư pháp cấp huyện; đăng ít nhất 20 tin, bài tuyên truyền cải cách hành chính.

4. Cử 40 lượt công chức đi bồi dưỡng nghiệp vụ.

II. NHIỆM VỤ

1. Ban hành Kế hoạch kiểm tra cải cách hành chính năm 2023 trong tháng 02.

2. Ban hành Quy chế làm việc mới của Sở thay cho Quy chế năm 2018; ban hành quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa của Sở.

3. Đẩy mạnh cấp Phiếu lý lịch tư pháp trực tuyến; kiểm tra, rà soát văn bản quy phạm pháp luật của tỉnh theo thẩm quyền.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở là đầu mối theo dõi, tổng hợp; các phòng báo cáo kết quả hằng quý trước ngày 15 tháng cuối quý.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Ban Giám đốc Sở;
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_38_HEAD = head(
    "38/QĐ-STP",
    "ngày 20 tháng 3 năm 2023",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế làm việc của Sở Tư pháp tỉnh Lạc Giang",
)
QD_38_BODY = (
    """
GIÁM ĐỐC SỞ TƯ PHÁP TỈNH LẠC GIANG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Quyết định số 14/2021/QĐ-UBND ngày 25/5/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp tỉnh Lạc Giang;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Tư pháp tỉnh Lạc Giang.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 112/QĐ-STP ngày 15/6/2018 của Giám đốc Sở Tư pháp ban hành Quy chế làm việc của Sở Tư pháp.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng, Thủ trưởng đơn vị thuộc Sở và công chức, viên chức, người lao động chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
QUY CHẾ
Làm việc của Sở Tư pháp tỉnh Lạc Giang

Điều 4. Phân công lãnh đạo Sở

Giám đốc và các Phó Giám đốc Sở phụ trách các lĩnh vực theo bảng dưới đây.
"""
)
QD_38_TABLE = [
    ["Lãnh đạo Sở", "Chức vụ", "Lĩnh vực phụ trách"],
    [
        "Trần Quang Vinh",
        "Giám đốc",
        "Điều hành chung; tổ chức cán bộ; xây dựng và kiểm tra văn bản",
    ],
    [
        "Nguyễn Thị Hồng Nhung",
        "Phó Giám đốc",
        "Hành chính tư pháp (hộ tịch, chứng thực, lý lịch tư pháp); cải cách hành chính",
    ],
    ["Đoàn Văn Phúc", "Phó Giám đốc", "Phổ biến, giáo dục pháp luật; bổ trợ tư pháp"],
]
QD_38_AFTER = """Điều 10. Giao ban

1. Giao ban lãnh đạo Sở vào sáng thứ Hai hằng tuần.

2. Giao ban với Phòng Tư pháp các huyện, thị xã, thành phố mỗi quý một lần.

Điều 16. Tiếp công dân

Giám đốc Sở tiếp công dân định kỳ vào ngày 20 hằng tháng tại trụ sở Sở."""

QD_52 = (
    head(
        "52/QĐ-STP",
        "ngày 12 tháng 4 năm 2023",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa của Sở Tư pháp tỉnh Lạc Giang",
    )
    + """
GIÁM ĐỐC SỞ TƯ PHÁP TỈNH LẠC GIANG

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, đã được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ;

Căn cứ Quyết định số 14/2021/QĐ-UBND ngày 25/5/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp tỉnh Lạc Giang;

Theo đề nghị của Trưởng phòng Hành chính tư pháp.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa của Sở Tư pháp tỉnh Lạc Giang.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 5 năm 2023.

Điều 3. Chánh Văn phòng, Trưởng phòng Hành chính tư pháp, Trưởng các phòng có thủ tục hành chính và công chức được cử làm việc tại Trung tâm Phục vụ hành chính công tỉnh chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, HCTP.
"""
    + DEPUTY
    + """
QUY CHẾ
Tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa của Sở Tư pháp tỉnh Lạc Giang

Điều 5. Tiếp nhận hồ sơ

1. Hồ sơ thủ tục hành chính thuộc thẩm quyền của Sở (lý lịch tư pháp, quốc tịch, hộ tịch có yếu tố nước ngoài, công chứng, luật sư, giám định tư pháp) được tiếp nhận tại quầy của Sở tại Trung tâm Phục vụ hành chính công tỉnh hoặc trên Cổng dịch vụ công quốc gia.

2. Công chức tiếp nhận kiểm tra, hướng dẫn và cập nhật hồ sơ vào Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh ngay trong ngày.

Điều 8. Trả kết quả

1. Kết quả được trả tại quầy của Sở tại Trung tâm Phục vụ hành chính công tỉnh.

2. Phiếu lý lịch tư pháp được trả trực tiếp tại quầy; tổ chức, cá nhân có yêu cầu được trả qua dịch vụ bưu chính công ích và nộp phí chuyển phát.
"""
)

CV_412 = (
    head(
        "412/STP-HCTP",
        "ngày 22 tháng 8 năm 2023",
        "",
        "V/v đẩy mạnh tiếp nhận yêu cầu cấp Phiếu lý lịch tư pháp trực tuyến",
    )
    + """
Kính gửi:
- Trung tâm Phục vụ hành chính công tỉnh;
- Công an tỉnh;
- Phòng Tư pháp các huyện, thị xã, thành phố.

Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 và Kế hoạch số 04/KH-STP ngày 10/01/2023 của Sở Tư pháp về cải cách hành chính năm 2023, Sở Tư pháp đề nghị các cơ quan, đơn vị:

1. Hướng dẫn người dân nộp yêu cầu cấp Phiếu lý lịch tư pháp trên Cổng dịch vụ công quốc gia, không yêu cầu nộp bản sao giấy tờ đã có trong Cơ sở dữ liệu quốc gia về dân cư.

2. Công an tỉnh phối hợp tra cứu, xác minh thông tin lý lịch tư pháp trong thời hạn 05 ngày làm việc.

3. Phòng Tư pháp các huyện niêm yết hướng dẫn nộp hồ sơ trực tuyến tại Bộ phận Một cửa cấp huyện và cấp xã.

Trân trọng./.

Nơi nhận:
- Như trên;
- Giám đốc Sở (b/c);
- Lưu: VT, HCTP.
"""
    + DEPUTY
)

BC_142 = (
    head(
        "142/BC-STP",
        "ngày 08 tháng 12 năm 2023",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2023",
    )
    + """
Thực hiện Kế hoạch số 04/KH-STP ngày 10/01/2023 của Sở Tư pháp về cải cách hành chính năm 2023, Sở Tư pháp báo cáo kết quả năm 2023 (số liệu đến ngày 30/11/2023) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2023 có 28 nhiệm vụ; đã hoàn thành 27 nhiệm vụ (96,4%).

2. Chỉ số cải cách hành chính năm 2022 của Sở theo Quyết định số 705/QĐ-UBND ngày 18/4/2023 của Ủy ban nhân dân tỉnh đạt 84,37 điểm, xếp thứ 9/19 sở, ban, ngành.

3. Thực hiện Kế hoạch số 30/KH-STP ngày 20/02/2023 về kiểm tra công tác cải cách hành chính năm 2023, Sở đã kiểm tra 04 Phòng Tư pháp cấp huyện; đã đăng 23 tin, bài tuyên truyền.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Xây dựng và tổ chức thi hành pháp luật

Sở đã kiểm tra 58 văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân cấp huyện theo thẩm quyền, kiến nghị xử lý 03 văn bản.

2. Cải cách thủ tục hành chính

Sở ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa kèm theo Quyết định số 52/QĐ-STP ngày 12/4/2023, áp dụng từ ngày 01/5/2023; có Công văn số 412/STP-HCTP ngày 22/8/2023 đề nghị đẩy mạnh tiếp nhận yêu cầu cấp Phiếu lý lịch tư pháp trực tuyến. Sở có 139 thủ tục hành chính, trong đó 41 thủ tục trực tuyến toàn trình. Năm 2023 tiếp nhận 9.842 hồ sơ, trong đó 4.135 hồ sơ trực tuyến (42,0%); giải quyết đúng hạn 9.803 hồ sơ (99,60%). Đã cấp 6.214 Phiếu lý lịch tư pháp.

3. Cải cách chế độ công vụ

Quy chế làm việc của Sở ban hành kèm theo Quyết định số 38/QĐ-STP ngày 20/3/2023, thay thế Quyết định số 112/QĐ-STP ngày 15/6/2018. Đã cử 45 lượt công chức đi bồi dưỡng.

4. Xây dựng chính quyền số

Tỷ lệ văn bản đi được ký số đạt 91%.

III. PHƯƠNG HƯỚNG NĂM 2024

Xây dựng, áp dụng hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015; trả Phiếu lý lịch tư pháp bản điện tử.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

KH_03_HEAD = head(
    "03/KH-STP",
    "ngày 08 tháng 01 năm 2024",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2024 của Sở Tư pháp",
)
KH_03_BODY = """
Thực hiện Kế hoạch số 04/KH-UBND ngày 04/01/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2024, Sở Tư pháp ban hành Kế hoạch cải cách hành chính năm 2024 gồm 31 nhiệm vụ, với các chỉ tiêu sau:
"""
KH_03_TABLE = [
    ["STT", "Chỉ tiêu năm 2024", "Mức phấn đấu"],
    ["1", "Nhiệm vụ của Kế hoạch hoàn thành", "31/31"],
    ["2", "Tỷ lệ thủ tục hành chính trực tuyến toàn trình", "từ 45%"],
    ["3", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "từ 55%"],
    ["4", "Tỷ lệ hồ sơ giải quyết đúng hạn", "từ 99%"],
    ["5", "Tỷ lệ Phiếu lý lịch tư pháp cấp qua ứng dụng VNeID", "từ 25%"],
    ["6", "Phòng Tư pháp cấp huyện được kiểm tra", "06"],
    ["7", "Tin, bài tuyên truyền", "25"],
    ["8", "Lượt công chức được bồi dưỡng", "50"],
]
KH_03_AFTER = (
    """NHIỆM VỤ TRỌNG TÂM

1. Ban hành Kế hoạch kiểm tra công tác cải cách hành chính, hộ tịch, chứng thực năm 2024 trong quý I.

2. Công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 trong quý I.

3. Sửa đổi quy định về trả Phiếu lý lịch tư pháp tại Quy chế một cửa của Sở để trả kết quả bản điện tử.

Văn phòng Sở theo dõi, tổng hợp; báo cáo năm gửi Sở Nội vụ trước ngày 10/12/2024.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP."""
    + DIRECTOR
)

QD_45_LG = (
    head(
        "45/QĐ-STP",
        "ngày 18 tháng 3 năm 2024",
        "QUYẾT ĐỊNH",
        "Công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại Sở Tư pháp tỉnh Lạc Giang",
    )
    + """
GIÁM ĐỐC SỞ TƯ PHÁP TỈNH LẠC GIANG

Căn cứ Quyết định số 14/2021/QĐ-UBND ngày 25/5/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp tỉnh Lạc Giang;

Căn cứ Kế hoạch số 03/KH-STP ngày 08/01/2024 của Sở Tư pháp về cải cách hành chính năm 2024;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Công bố Hệ thống quản lý chất lượng của Sở Tư pháp tỉnh Lạc Giang phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015, áp dụng cho 142 thủ tục hành chính và hoạt động kiểm tra văn bản quy phạm pháp luật của Sở.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Khoa học và Công nghệ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

KH_27 = (
    head(
        "27/KH-STP",
        "ngày 05 tháng 3 năm 2024",
        "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính, hộ tịch, chứng thực năm 2024",
    )
    + """
Thực hiện Kế hoạch số 03/KH-STP ngày 08/01/2024 của Sở Tư pháp về cải cách hành chính năm 2024, Sở Tư pháp ban hành Kế hoạch kiểm tra như sau:

1. Đối tượng: Phòng Tư pháp của 06 huyện, thị xã, thành phố (Lạc Thủy, An Phú, Đồng Tâm, Bình Giang, thị xã Cẩm Khê, thành phố Lạc Giang) và 12 xã, phường do Phòng Tư pháp lựa chọn.

2. Nội dung: việc đăng ký, quản lý hộ tịch; chứng thực bản sao từ bản chính, chứng thực chữ ký; niêm yết, công khai thủ tục hành chính; tiếp nhận hồ sơ trực tuyến; lưu trữ sổ hộ tịch, sổ chứng thực.

3. Thời gian: từ tháng 4 đến tháng 10 năm 2024; Đoàn kiểm tra do Phó Giám đốc phụ trách hành chính tư pháp làm Trưởng đoàn.

4. Phòng Hành chính tư pháp chủ trì, tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 15/11/2024.

Nơi nhận:
- Phòng Tư pháp các huyện, thị xã, thành phố;
- Lưu: VT, HCTP.
"""
    + DEPUTY
)

QD_61 = (
    head(
        "61/QĐ-STP",
        "ngày 22 tháng 4 năm 2024",
        "QUYẾT ĐỊNH",
        "Sửa đổi khoản 2 Điều 8 Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa của Sở Tư pháp tỉnh Lạc Giang",
    )
    + """
GIÁM ĐỐC SỞ TƯ PHÁP TỈNH LẠC GIANG

Căn cứ Quyết định số 14/2021/QĐ-UBND ngày 25/5/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp tỉnh Lạc Giang;

Xét đề nghị của Trưởng phòng Hành chính tư pháp.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi khoản 2 Điều 8 Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa của Sở Tư pháp tỉnh Lạc Giang ban hành kèm theo Quyết định số 52/QĐ-STP ngày 12/4/2023 của Giám đốc Sở Tư pháp như sau:

"2. Phiếu lý lịch tư pháp được trả bản điện tử qua Cổng dịch vụ công quốc gia hoặc ứng dụng VNeID; trường hợp người yêu cầu đề nghị nhận bản giấy thì được trả trực tiếp tại quầy hoặc qua dịch vụ bưu chính công ích."

Điều 2. Quyết định này có hiệu lực kể từ ngày 02 tháng 5 năm 2024. Các nội dung khác của Quy chế giữ nguyên.

Điều 3. Chánh Văn phòng, Trưởng phòng Hành chính tư pháp và công chức làm việc tại Trung tâm Phục vụ hành chính công tỉnh chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, HCTP.
"""
    + DIRECTOR
)

QD_45_TP = (
    head_tp(
        "45/QĐ-STP",
        "ngày 02 tháng 5 năm 2024",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Tư pháp tỉnh Tây Phong",
    )
    + """
GIÁM ĐỐC SỞ TƯ PHÁP TỈNH TÂY PHONG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Quyết định số 31/2022/QĐ-UBND ngày 16/9/2022 của Ủy ban nhân dân tỉnh Tây Phong quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp tỉnh Tây Phong;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Tư pháp tỉnh Tây Phong.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 86/QĐ-STP ngày 10/7/2020 của Giám đốc Sở Tư pháp ban hành Quy chế làm việc của Sở Tư pháp tỉnh Tây Phong.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng thuộc Sở và công chức, người lao động chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh Tây Phong (b/c);
- Lưu: VT, VP.
"""
    + TP_DIRECTOR
    + """
QUY CHẾ
Làm việc của Sở Tư pháp tỉnh Tây Phong

Điều 9. Giao ban

Giao ban lãnh đạo Sở vào chiều thứ Sáu hằng tuần; giao ban trực tuyến với Phòng Tư pháp các huyện mỗi tháng một lần.

Điều 15. Tiếp công dân

Giám đốc Sở tiếp công dân định kỳ vào ngày 05 hằng tháng.
"""
)

BC_118_TP = (
    head_tp(
        "118/BC-STP",
        "ngày 10 tháng 12 năm 2024",
        "BÁO CÁO",
        "Kết quả công tác cải cách hành chính năm 2024 của Sở Tư pháp tỉnh Tây Phong",
    )
    + """
Thực hiện Kế hoạch số 06/KH-STP ngày 10/01/2024 của Sở Tư pháp về cải cách hành chính năm 2024, Sở Tư pháp tỉnh Tây Phong báo cáo kết quả năm 2024 (số liệu đến ngày 30/11/2024) như sau:

1. Kế hoạch năm 2024 có 26 nhiệm vụ; đã hoàn thành 25 nhiệm vụ. Chỉ số cải cách hành chính năm 2023 của Sở theo Quyết định số 540/QĐ-UBND ngày 12/4/2024 của Ủy ban nhân dân tỉnh Tây Phong đạt 83,02 điểm, xếp thứ 11/18.

2. Sở ban hành Quy chế làm việc mới kèm theo Quyết định số 45/QĐ-STP ngày 02/5/2024, thay thế Quyết định số 86/QĐ-STP ngày 10/7/2020. Việc tiếp nhận hồ sơ tiếp tục thực hiện theo Quy chế một cửa ban hành kèm theo Quyết định số 73/QĐ-STP ngày 18/9/2023.

3. Năm 2024 Sở tiếp nhận 7.318 hồ sơ, trong đó 3.805 hồ sơ trực tuyến (52,0%); tỷ lệ giải quyết đúng hạn 99,70%; đã cấp 5.126 Phiếu lý lịch tư pháp.

4. Đã kiểm tra 05 Phòng Tư pháp cấp huyện; đăng 19 tin, bài; cử 38 lượt công chức đi bồi dưỡng.

5. Năm 2025, Sở tiếp tục thực hiện nhiệm vụ cải cách hành chính và chuẩn bị phương án sắp xếp theo chỉ đạo của Ủy ban nhân dân tỉnh.

Nơi nhận:
- UBND tỉnh Tây Phong, Sở Nội vụ tỉnh Tây Phong;
- Lưu: VT, VP.
"""
    + TP_DEPUTY
)

BC_135_HEAD = head(
    "135/BC-STP",
    "ngày 06 tháng 12 năm 2024",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2024",
)
BC_135_BODY = """
Thực hiện Kế hoạch số 03/KH-STP ngày 08/01/2024 của Sở Tư pháp về cải cách hành chính năm 2024, Sở Tư pháp báo cáo kết quả năm 2024 (số liệu đến ngày 30/11/2024) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2024 có 31 nhiệm vụ; đã hoàn thành 31/31 nhiệm vụ (100%).

2. Chỉ số cải cách hành chính năm 2023 của Sở theo Quyết định số 688/QĐ-UBND ngày 16/4/2024 của Ủy ban nhân dân tỉnh đạt 86,15 điểm, xếp thứ 6/19 sở, ban, ngành.

3. Thực hiện Kế hoạch số 27/KH-STP ngày 05/3/2024 về kiểm tra công tác cải cách hành chính, hộ tịch, chứng thực, Sở đã kiểm tra 06 Phòng Tư pháp cấp huyện và 12 xã, phường; đã đăng 27 tin, bài tuyên truyền.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Xây dựng và tổ chức thi hành pháp luật

Sở đã kiểm tra 64 văn bản quy phạm pháp luật theo thẩm quyền, kiến nghị xử lý 02 văn bản.

2. Cải cách thủ tục hành chính

Giám đốc Sở ban hành Quyết định số 61/QĐ-STP ngày 22/4/2024 sửa đổi khoản 2 Điều 8 Quy chế một cửa ban hành kèm theo Quyết định số 52/QĐ-STP ngày 12/4/2023 để trả Phiếu lý lịch tư pháp bản điện tử, có hiệu lực từ ngày 02/5/2024. Sở có 142 thủ tục hành chính, trong đó 63 thủ tục trực tuyến toàn trình (44,4%). Năm 2024 tiếp nhận 11.276 hồ sơ, trong đó 6.540 hồ sơ trực tuyến (58,0%); giải quyết đúng hạn 11.254 hồ sơ (99,80%). Đã cấp 7.905 Phiếu lý lịch tư pháp, trong đó 2.371 Phiếu qua ứng dụng VNeID (30,0%).

3. Cải cách chế độ công vụ

Sở thực hiện Quy chế làm việc ban hành kèm theo Quyết định số 38/QĐ-STP ngày 20/3/2023. Đã cử 52 lượt công chức đi bồi dưỡng.

4. Xây dựng chính quyền số

Sở công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 tại Quyết định số 45/QĐ-STP ngày 18/3/2024. Tỷ lệ văn bản đi được ký số đạt 97%.

Kết quả so với chỉ tiêu của Kế hoạch năm 2024:
"""
BC_135_TABLE = [
    ["Chỉ tiêu", "Kế hoạch", "Kết quả"],
    ["Nhiệm vụ hoàn thành", "31/31", "31/31"],
    ["Tỷ lệ thủ tục trực tuyến toàn trình", "từ 45%", "44,4%"],
    ["Tỷ lệ hồ sơ trực tuyến", "từ 55%", "58,0%"],
    ["Tỷ lệ hồ sơ đúng hạn", "từ 99%", "99,80%"],
    ["Tỷ lệ Phiếu lý lịch tư pháp qua VNeID", "từ 25%", "30,0%"],
    ["Phòng Tư pháp được kiểm tra", "06", "06"],
    ["Tin, bài tuyên truyền", "25", "27"],
    ["Lượt bồi dưỡng", "50", "52"],
]
BC_135_AFTER = (
    """III. PHƯƠNG HƯỚNG NĂM 2025

Bảo đảm hoạt động tiếp nhận, giải quyết thủ tục hành chính liên tục trong quá trình sắp xếp tổ chức bộ máy; nâng tỷ lệ thủ tục trực tuyến toàn trình.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

EARLY = (
    Sample("KH CCHC 2023.txt", "txt", (KH_04,)),
    Sample(
        "qd 38 quy che lam viec.docx",
        "docx",
        (QD_38_HEAD, QD_38_BODY),
        table=QD_38_TABLE,
        after=QD_38_AFTER,
        title="QĐ 38 Quy chế làm việc (MẪU, hư cấu)",
    ),
    Sample(
        "quy che mot cua STP 2023.pdf",
        "pdf",
        (QD_52,),
        title="Quy chế một cửa Sở Tư pháp 2023 (MẪU, hư cấu)",
    ),
    Sample("cong van 412 ly lich tu phap.txt", "txt", (CV_412,)),
    Sample(
        "Bao cao CCHC nam 2023.pdf",
        "pdf",
        (BC_142,),
        title="Báo cáo CCHC năm 2023 (MẪU, hư cấu)",
    ),
    Sample(
        "KHCCHC2024_final.docx",
        "docx",
        (KH_03_HEAD, KH_03_BODY),
        table=KH_03_TABLE,
        after=KH_03_AFTER,
        title="Kế hoạch CCHC năm 2024 (MẪU, hư cấu)",
    ),
    Sample("tailieu_03.pdf", "pdf", (QD_45_LG,), title="tailieu_03 (MẪU, hư cấu)"),
    Sample("ke hoach kiem tra 2024.txt", "txt", (KH_27,)),
    Sample("tailieu_07.txt", "txt", (QD_61,)),
    Sample(
        "TP_qd45_2024 quy che lam viec.pdf",
        "pdf",
        (QD_45_TP,),
        title="QĐ 45 Quy chế làm việc Sở Tư pháp Tây Phong (MẪU, hư cấu)",
    ),
    Sample(
        "bao cao cchc 2024 tay phong.pdf",
        "pdf",
        (BC_118_TP,),
        title="Báo cáo CCHC năm 2024 Sở Tư pháp Tây Phong (MẪU, hư cấu)",
    ),
    Sample(
        "BC CCHC 2024 (gui So Noi vu).docx",
        "docx",
        (BC_135_HEAD, BC_135_BODY),
        table=BC_135_TABLE,
        after=BC_135_AFTER,
        title="Báo cáo CCHC năm 2024 (MẪU, hư cấu)",
    ),
)
