"""Eleventh held-out archive, 2024 – June 2025: the former UBND xã Hòa An of the abolished
huyện Sông Cầu (fictional tỉnh An Thạch), and files handed over by the former UBND thị trấn
Ngã Ba. Do not tune on it.

A commune before the 2025 two-tier reform: every Ủy ban nhân dân here (xã Hòa An, thị trấn
Ngã Ba, huyện Sông Cầu, tỉnh An Thạch, and from 01/7/2025 xã Hòa Phong) writes ``…/QĐ-UBND``,
``…/KH-UBND`` and ``…/BC-UBND``, so a number and symbol tell a document only with its date
and issuer: xã Hòa An's ``12/QĐ-UBND`` of 20/02/2025 (the Quy chế of its Bộ phận Một cửa) and
xã Hòa Phong's ``12/QĐ-UBND`` of 15/7/2025 (its Quy chế làm việc) are two documents. Hòa An's
2024 plan, Quy chế làm việc, propaganda plan and 2024 report (a plan-against-result table);
its 2025 plan (a target table), the Quy chế of the Bộ phận Một cửa and the 6-month report of
2025; thị trấn Ngã Ba's 2024 report and its Công văn handing records over. Written by hand,
before any code ran on it; facts in ``bench/data/heldout11_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from sample_header import Sample, header

MARK = "[MẪU — tài liệu hư cấu: tỉnh An Thạch, huyện Sông Cầu, xã Hòa An, thị trấn Ngã Ba, xã Hòa Phong không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết văn bản — TÀI LIỆU MẪU hư cấu do scripts/make_heldout11_archive.py tạo; tỉnh An Thạch và các xã, thị trấn nêu trong văn bản không có thật; MẪU]"
HOA_AN = ("ỦY BAN NHÂN DÂN", "XÃ HÒA AN")
NGA_BA = ("ỦY BAN NHÂN DÂN", "THỊ TRẤN NGÃ BA")
# xã Hòa An: Chủ tịch Nguyễn Văn Thành (to 30/6/2025; then Phó Chủ tịch UBND xã Hòa Phong),
# Phó Chủ tịch Lê Thị Hương. Thị trấn Ngã Ba: Chủ tịch Trần Đức Long (then Phó Chủ tịch of
# xã Hòa Phong).
THANH = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Văn Thành\n"
HUONG = "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nLê Thị Hương\n"
LONG_NB = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nTrần Đức Long\n"


def head(number: str, day: str, kind: str, subject: str) -> str:
    """The header of a document of the former UBND xã Hòa An."""
    return header(number, day, kind, subject, HOA_AN, place="Hòa An", mark=MARK)


def head_nb(number: str, day: str, kind: str, subject: str) -> str:
    """The header of a document of the former UBND thị trấn Ngã Ba."""
    return header(number, day, kind, subject, NGA_BA, place="Ngã Ba", mark=MARK)


KH_06 = (
    head(
        "06/KH-UBND",
        "ngày 12 tháng 01 năm 2024",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2024 của Ủy ban nhân dân xã Hòa An",
    )
    + """
Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

Thực hiện Kế hoạch số 08/KH-UBND ngày 09/01/2024 của Ủy ban nhân dân huyện Sông Cầu về cải cách hành chính năm 2024, Ủy ban nhân dân xã Hòa An ban hành Kế hoạch cải cách hành chính năm 2024 như sau:

I. MỤC TIÊU, CHỈ TIÊU

1. Hoàn thành 18 nhiệm vụ của Kế hoạch; nâng thứ hạng Chỉ số cải cách hành chính của xã trong huyện.

2. Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt từ 50% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên; Chỉ số hài lòng của người dân, tổ chức (SIPAS) đạt từ 85% trở lên.

3. 100% cán bộ, công chức xã sử dụng chữ ký số trong xử lý văn bản.

II. NHIỆM VỤ

1. Ban hành Quy chế làm việc của Ủy ban nhân dân xã thay cho Quy chế năm 2021.

2. Niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận Tiếp nhận và Trả kết quả của xã; rà soát, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.

3. Tuyên truyền cải cách hành chính trên hệ thống loa truyền thanh của xã và tại các thôn.

III. TỔ CHỨC THỰC HIỆN

Công chức Văn phòng - Thống kê là đầu mối theo dõi, tổng hợp, báo cáo Ủy ban nhân dân huyện hằng quý.

Nơi nhận:
- UBND huyện Sông Cầu (b/c);
- TT Đảng ủy, TT HĐND xã;
- Các công chức chuyên môn, các thôn;
- Lưu: VT, VP.
"""
    + THANH
)

QD_28_HEAD = head(
    "28/QĐ-UBND",
    "ngày 05 tháng 3 năm 2024",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế làm việc của Ủy ban nhân dân xã Hòa An nhiệm kỳ 2021 - 2026",
)
QD_28_BODY = (
    """
ỦY BAN NHÂN DÂN XÃ HÒA AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Kế hoạch số 06/KH-UBND ngày 12/01/2024 của Ủy ban nhân dân xã về cải cách hành chính năm 2024;

Theo đề nghị của công chức Văn phòng - Thống kê.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân xã Hòa An nhiệm kỳ 2021 - 2026.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 52/QĐ-UBND ngày 15/7/2021 của Ủy ban nhân dân xã ban hành Quy chế làm việc của Ủy ban nhân dân xã Hòa An.

Điều 3. Các thành viên Ủy ban nhân dân xã, công chức chuyên môn và Trưởng các thôn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND huyện Sông Cầu (b/c);
- Lưu: VT, VP.
"""
    + THANH
    + """
QUY CHẾ
Làm việc của Ủy ban nhân dân xã Hòa An nhiệm kỳ 2021 - 2026

Điều 3. Phân công nhiệm vụ

Chủ tịch, Phó Chủ tịch và Ủy viên Ủy ban nhân dân xã phụ trách các lĩnh vực theo bảng dưới đây.
"""
)
QD_28_TABLE = [
    ["Họ và tên", "Chức vụ", "Lĩnh vực phụ trách"],
    [
        "Nguyễn Văn Thành",
        "Chủ tịch",
        "Điều hành chung; tổ chức bộ máy, cán bộ; cải cách hành chính",
    ],
    [
        "Lê Thị Hương",
        "Phó Chủ tịch",
        "Văn hóa - xã hội; Bộ phận Tiếp nhận và Trả kết quả; chuyển đổi số",
    ],
    ["Hoàng Văn Dũng", "Ủy viên", "Quân sự, quốc phòng"],
]
QD_28_AFTER = """Điều 9. Chế độ họp

1. Ủy ban nhân dân xã họp thường kỳ mỗi tháng một lần vào ngày 25.

2. Giao ban Chủ tịch, Phó Chủ tịch với công chức chuyên môn vào sáng thứ Hai hằng tuần.

Điều 14. Tiếp công dân

Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ vào ngày 10 và ngày 25 hằng tháng tại trụ sở Ủy ban nhân dân xã."""

KH_14 = (
    head(
        "14/KH-UBND",
        "ngày 20 tháng 02 năm 2024",
        "KẾ HOẠCH",
        "Tuyên truyền cải cách hành chính năm 2024 trên địa bàn xã Hòa An",
    )
    + """
Thực hiện Kế hoạch số 06/KH-UBND ngày 12/01/2024 của Ủy ban nhân dân xã về cải cách hành chính năm 2024, Ủy ban nhân dân xã ban hành Kế hoạch tuyên truyền như sau:

I. NỘI DUNG

1. Tuyên truyền việc nộp hồ sơ thủ tục hành chính trực tuyến trên Cổng dịch vụ công quốc gia, thanh toán phí, lệ phí trực tuyến, sử dụng tài khoản định danh điện tử VNeID theo Đề án ban hành kèm theo Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ.

2. Hướng dẫn người dân tra cứu tình trạng giải quyết hồ sơ; công khai số điện thoại đường dây nóng của xã.

II. HÌNH THỨC

1. Phát trên hệ thống loa truyền thanh của xã 02 buổi mỗi tuần.

2. Tổ công nghệ số cộng đồng tại 09 thôn hướng dẫn trực tiếp tại nhà văn hóa thôn; mỗi quý ít nhất 01 buổi.

3. Đăng tin trên Trang thông tin điện tử của xã và nhóm Zalo của các thôn.

III. TỔ CHỨC THỰC HIỆN

Công chức Văn hóa - Xã hội chủ trì; Đoàn Thanh niên xã phối hợp.

Nơi nhận:
- UBND huyện Sông Cầu (b/c);
- Các thôn;
- Lưu: VT, VHXH.
"""
    + HUONG
)

BC_158_HEAD = head(
    "158/BC-UBND",
    "ngày 10 tháng 12 năm 2024",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2024",
)
BC_158_BODY = """
Thực hiện Kế hoạch số 06/KH-UBND ngày 12/01/2024 của Ủy ban nhân dân xã về cải cách hành chính năm 2024, Ủy ban nhân dân xã Hòa An báo cáo kết quả năm 2024 (số liệu tính đến ngày 30/11/2024) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

Xã hoàn thành 18/18 nhiệm vụ của Kế hoạch. Chỉ số cải cách hành chính năm 2023 của xã theo Quyết định số 265/QĐ-UBND ngày 22/3/2024 của Ủy ban nhân dân huyện Sông Cầu đạt 81,36 điểm, xếp thứ 7/15 xã, thị trấn.

Đoàn kiểm tra của huyện kiểm tra công tác cải cách hành chính tại xã theo Kế hoạch số 35/KH-UBND ngày 04/3/2024 của Ủy ban nhân dân huyện Sông Cầu; xã đã khắc phục 03/03 tồn tại được chỉ ra.

II. CẢI CÁCH THỂ CHẾ, TỔ CHỨC BỘ MÁY

Ngày 05/3/2024, Ủy ban nhân dân xã ban hành Quyết định số 28/QĐ-UBND về Quy chế làm việc của Ủy ban nhân dân xã nhiệm kỳ 2021 - 2026, thay thế Quy chế ban hành kèm theo Quyết định số 52/QĐ-UBND ngày 15/7/2021.

III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH

Bộ phận Tiếp nhận và Trả kết quả của xã tiếp nhận 124 thủ tục hành chính theo Quy chế phối hợp ban hành kèm theo Quyết định số 1520/QĐ-UBND ngày 15/8/2023 của Ủy ban nhân dân huyện Sông Cầu. Năm 2024, xã tiếp nhận 2.148 hồ sơ, trong đó 1.203 hồ sơ trực tuyến, đạt 56,0%; giải quyết đúng hạn 2.139 hồ sơ, đạt 99,58%. Chỉ số hài lòng của người dân, tổ chức (SIPAS) đạt 86,4%.

Công tác tuyên truyền thực hiện theo Kế hoạch số 14/KH-UBND ngày 20/02/2024; phát 96 buổi trên loa truyền thanh.

IV. KẾT QUẢ SO VỚI KẾ HOẠCH
"""
BC_158_TABLE = [
    ["Chỉ tiêu", "Kế hoạch năm 2024", "Thực hiện năm 2024"],
    ["Nhiệm vụ hoàn thành", "18", "18/18"],
    ["Tỷ lệ hồ sơ tiếp nhận trực tuyến", "từ 50%", "56,0%"],
    ["Tỷ lệ hồ sơ giải quyết đúng hạn", "từ 98%", "99,58%"],
    ["Chỉ số hài lòng SIPAS", "từ 85%", "86,4%"],
    ["Số hồ sơ tiếp nhận", "-", "2.148"],
]
BC_158_AFTER = (
    """V. PHƯƠNG HƯỚNG NĂM 2025

Tiếp tục nâng tỷ lệ hồ sơ trực tuyến; chuẩn bị các điều kiện khi thực hiện chủ trương sắp xếp đơn vị hành chính cấp xã.

Nơi nhận:
- UBND huyện Sông Cầu (Phòng Nội vụ);
- TT Đảng ủy, TT HĐND xã;
- Lưu: VT, VP."""
    + THANH
)

BC_102 = (
    head_nb(
        "102/BC-UBND",
        "ngày 06 tháng 12 năm 2024",
        "BÁO CÁO",
        "Kết quả công tác cải cách hành chính năm 2024 của Ủy ban nhân dân thị trấn Ngã Ba",
    )
    + """
Thực hiện Kế hoạch số 08/KH-UBND ngày 09/01/2024 của Ủy ban nhân dân huyện Sông Cầu, Ủy ban nhân dân thị trấn Ngã Ba báo cáo kết quả cải cách hành chính năm 2024 (số liệu đến ngày 30/11/2024) như sau:

1. Công tác chỉ đạo, điều hành: thị trấn hoàn thành 16/17 nhiệm vụ đề ra; nhiệm vụ chưa hoàn thành là số hóa hồ sơ hộ tịch giai đoạn 2000 - 2010.

2. Thủ tục hành chính: Bộ phận Một cửa của thị trấn tiếp nhận 127 thủ tục hành chính, thực hiện theo Quy chế ban hành kèm theo Quyết định số 25/QĐ-UBND ngày 12/5/2023 của Ủy ban nhân dân thị trấn. Năm 2024 tiếp nhận 3.472 hồ sơ, trong đó 2.118 hồ sơ trực tuyến, đạt 61,0%; giải quyết đúng hạn 3.463 hồ sơ, đạt 99,74%. Chỉ số hài lòng SIPAS đạt 88,1%.

3. Tổ chức bộ máy: Ủy ban nhân dân thị trấn làm việc theo Quy chế ban hành kèm theo Quyết định số 31/QĐ-UBND ngày 20/4/2022.

4. Chính quyền số: 100% văn bản đi được ký số; 05/05 tổ dân phố có Tổ công nghệ số cộng đồng.

5. Kiến nghị: đề nghị Ủy ban nhân dân huyện hỗ trợ kinh phí số hóa hồ sơ hộ tịch.

Nơi nhận:
- UBND huyện Sông Cầu (Phòng Nội vụ);
- Lưu: VT, VP.
"""
    + LONG_NB
)

KH_05_HEAD = head(
    "05/KH-UBND",
    "ngày 14 tháng 01 năm 2025",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2025 của Ủy ban nhân dân xã Hòa An",
)
KH_05_BODY = """
Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân huyện Sông Cầu về cải cách hành chính năm 2025, Ủy ban nhân dân xã Hòa An ban hành Kế hoạch cải cách hành chính năm 2025 như sau:

I. CHỈ TIÊU

Các chỉ tiêu chủ yếu của năm 2025 theo bảng dưới đây.
"""
KH_05_TABLE = [
    ["Chỉ tiêu", "Năm 2025"],
    ["Nhiệm vụ của Kế hoạch", "20"],
    ["Tỷ lệ hồ sơ tiếp nhận trực tuyến", "từ 60% trở lên"],
    ["Tỷ lệ hồ sơ giải quyết đúng hạn", "từ 98,5% trở lên"],
    ["Chỉ số hài lòng SIPAS", "từ 87% trở lên"],
    ["Tỷ lệ hồ sơ được số hóa", "từ 50% trở lên"],
]
KH_05_AFTER = (
    """II. NHIỆM VỤ

1. Ban hành Quy chế hoạt động của Bộ phận Tiếp nhận và Trả kết quả giải quyết thủ tục hành chính của xã trong quý I.

2. Chuẩn bị hồ sơ, tài liệu, con dấu để bàn giao khi sắp xếp đơn vị hành chính cấp xã; nội dung Kế hoạch được điều chỉnh khi có quyết định sắp xếp.

Nơi nhận:
- UBND huyện Sông Cầu (b/c);
- Lưu: VT, VP."""
    + THANH
)

QD_12_HA = (
    head(
        "12/QĐ-UBND",
        "ngày 20 tháng 02 năm 2025",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế hoạt động của Bộ phận Tiếp nhận và Trả kết quả giải quyết thủ tục hành chính xã Hòa An",
    )
    + """
ỦY BAN NHÂN DÂN XÃ HÒA AN

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ;

Căn cứ Quyết định số 1520/QĐ-UBND ngày 15/8/2023 của Ủy ban nhân dân huyện Sông Cầu ban hành Quy chế phối hợp tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Ủy ban nhân dân các xã, thị trấn;

Thực hiện Kế hoạch số 05/KH-UBND ngày 14/01/2025 của Ủy ban nhân dân xã về cải cách hành chính năm 2025.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Bộ phận Tiếp nhận và Trả kết quả giải quyết thủ tục hành chính xã Hòa An.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2025.

Điều 3. Công chức Văn phòng - Thống kê, công chức được cử làm việc tại Bộ phận Tiếp nhận và Trả kết quả chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND huyện Sông Cầu (b/c);
- Lưu: VT, VP.
"""
    + THANH
    + """
QUY CHẾ
Hoạt động của Bộ phận Tiếp nhận và Trả kết quả giải quyết thủ tục hành chính xã Hòa An

Điều 4. Thời gian làm việc

Bộ phận làm việc các ngày từ thứ Hai đến thứ Sáu và sáng thứ Bảy; hồ sơ nộp trực tuyến được tiếp nhận trong ngày làm việc kế tiếp.

Điều 6. Tiếp nhận hồ sơ

Công chức tiếp nhận kiểm tra, số hóa hồ sơ và cập nhật vào Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh ngay trong ngày.
"""
)

BC_86 = (
    head(
        "86/BC-UBND",
        "ngày 12 tháng 6 năm 2025",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025",
    )
    + """
Thực hiện Kế hoạch số 05/KH-UBND ngày 14/01/2025 của Ủy ban nhân dân xã, Ủy ban nhân dân xã Hòa An báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2025 (số liệu đến ngày 10/6/2025) như sau:

1. Chỉ đạo, điều hành: hoàn thành 11/20 nhiệm vụ. Chỉ số cải cách hành chính năm 2024 của xã theo Quyết định số 248/QĐ-UBND ngày 19/3/2025 của Ủy ban nhân dân huyện Sông Cầu đạt 84,10 điểm, xếp thứ 5/15; thị trấn Ngã Ba đạt 86,52 điểm, xếp thứ 2/15.

2. Thủ tục hành chính: từ ngày 01/3/2025, Bộ phận Tiếp nhận và Trả kết quả hoạt động theo Quy chế ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 20/02/2025 của Ủy ban nhân dân xã. 6 tháng đầu năm tiếp nhận 1.036 hồ sơ, trong đó 694 hồ sơ trực tuyến, đạt 67,0%; giải quyết đúng hạn 1.033 hồ sơ, đạt 99,71%; Chỉ số hài lòng SIPAS đạt 87,6%. Xã vẫn tiếp nhận 124 thủ tục hành chính.

3. Sắp xếp đơn vị hành chính: thực hiện Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính năm 2025, xã đã lập danh mục hồ sơ, tài liệu, tài sản, con dấu để bàn giao cho Ủy ban nhân dân xã Hòa Phong (hình thành trên cơ sở nhập xã Hòa An, xã Phong Lạc và thị trấn Ngã Ba theo Nghị quyết số 1699/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội), dự kiến hoạt động từ ngày 01/7/2025.

4. Nhiệm vụ 6 tháng cuối năm sẽ do chính quyền xã mới triển khai.

Nơi nhận:
- UBND huyện Sông Cầu (Phòng Nội vụ);
- Lưu: VT, VP.
"""
    + HUONG
)

CV_118 = (
    head_nb(
        "118/UBND",
        "ngày 25 tháng 6 năm 2025",
        "",
        "V/v bàn giao hồ sơ, tài liệu và con dấu của Ủy ban nhân dân thị trấn Ngã Ba",
    )
    + """
Kính gửi: Ủy ban nhân dân xã Hòa Phong.

Thực hiện Nghị quyết số 1699/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh An Thạch năm 2025, Ủy ban nhân dân thị trấn Ngã Ba bàn giao cho Ủy ban nhân dân xã Hòa Phong:

1. Hồ sơ, tài liệu lưu trữ từ năm 2015 đến ngày 30/6/2025 (42 hộp), đã chỉnh lý theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ; sổ hộ tịch, sổ chứng thực.

2. 37 hồ sơ thủ tục hành chính đang giải quyết, chưa đến hạn trả kết quả.

3. Con dấu của Ủy ban nhân dân thị trấn và con dấu của Chủ tịch Ủy ban nhân dân thị trấn, để nộp lại cơ quan công an theo quy định.

4. Các văn bản còn đang thực hiện: Kế hoạch số 03/KH-UBND ngày 10/01/2025 về cải cách hành chính năm 2025; Quy chế làm việc ban hành kèm theo Quyết định số 31/QĐ-UBND ngày 20/4/2022; Quy chế Bộ phận Một cửa ban hành kèm theo Quyết định số 25/QĐ-UBND ngày 12/5/2023; Báo cáo số 102/BC-UBND ngày 06/12/2024.

Thời gian bàn giao: ngày 30/6/2025, tại trụ sở Ủy ban nhân dân thị trấn (số 12 đường Trần Phú).

Nơi nhận:
- Như trên;
- UBND huyện Sông Cầu (b/c);
- Lưu: VT.
"""
    + LONG_NB
)

EARLY = [
    Sample("KH CCHC 2024 xa Hoa An.txt", "txt", (KH_06,)),
    Sample(
        "QD 28 quy che lam viec UBND xa.docx",
        "docx",
        (QD_28_HEAD, QD_28_BODY),
        table=QD_28_TABLE,
        after=QD_28_AFTER,
        title="QĐ 28 Quy chế làm việc UBND xã Hòa An (MẪU, hư cấu)",
    ),
    Sample("ke hoach tuyen truyen cchc 2024.txt", "txt", (KH_14,)),
    Sample(
        "BC CCHC 2024_final.docx",
        "docx",
        (BC_158_HEAD, BC_158_BODY),
        table=BC_158_TABLE,
        after=BC_158_AFTER,
        title="Báo cáo CCHC năm 2024 xã Hòa An (MẪU, hư cấu)",
    ),
    Sample(
        "bao cao cchc 2024 TT Nga Ba.pdf",
        "pdf",
        (BC_102,),
        title="Báo cáo CCHC năm 2024 thị trấn Ngã Ba (MẪU, hư cấu)",
    ),
    Sample(
        "KHCCHC2025 (HoaAn).docx",
        "docx",
        (KH_05_HEAD, KH_05_BODY),
        table=KH_05_TABLE,
        after=KH_05_AFTER,
        title="Kế hoạch CCHC năm 2025 xã Hòa An (MẪU, hư cấu)",
    ),
    Sample("tailieu_05.pdf", "pdf", (QD_12_HA,), title="tailieu_05 (MẪU, hư cấu)"),
    Sample(
        "BC 6 thang 2025 xa Hoa An.pdf",
        "pdf",
        (BC_86,),
        title="Báo cáo CCHC 6 tháng đầu năm 2025 xã Hòa An (MẪU, hư cấu)",
    ),
    Sample("cv ban giao ho so TT Nga Ba.txt", "txt", (CV_118,)),
]
