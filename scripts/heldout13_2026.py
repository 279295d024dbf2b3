"""Thirteenth held-out archive, 2026: the Sở Tài chính of tỉnh Vân Phú (fictional), to its
Công văn of 16/11/2026 (the archive's last document: "nay"). Do not tune on it.

Its CCHC plan of 2026 (``05/KH-STC``, the same number and symbol as the former Sở Tài
chính's plan of 2025 that the new Sở's 2025 plan replaced); its 6-month report (a table of
the six months, with the year's PCI, PAR Index and SIPAS); its quý III and 9-month report,
which corrects the first half's new enterprises; its new one-stop Quy chế, signed 02/11/2026
and effective 01/01/2027, after the last document; the Công văn asking for the year's
figures. Facts: ``bench/data/heldout13_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout13_2025 import HA_STC, KHAI_PGD, head_stc
from heldout13_early import HUNG
from sample_header import Sample

KH_05 = (
    head_stc(
        "05/KH-STC",
        "ngày 09 tháng 01 năm 2026",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2026 của Sở Tài chính",
    )
    + """
Căn cứ Quyết định số 410/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính;

Thực hiện Kế hoạch số 03/KH-UBND ngày 06/01/2026 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2026, Sở Tài chính ban hành Kế hoạch cải cách hành chính năm 2026 như sau:

I. CHỈ TIÊU

1. Tỷ lệ hồ sơ đăng ký doanh nghiệp nộp trực tuyến đạt từ 98% trở lên; tỷ lệ giải quyết đúng hạn đạt từ 99,9% trở lên.

2. Số doanh nghiệp thành lập mới đạt từ 1.600 doanh nghiệp trở lên.

3. Chỉ số PAR Index của tỉnh thuộc nhóm 10 tỉnh, thành phố dẫn đầu; Chỉ số cải cách hành chính của Sở đạt từ 93 điểm trở lên.

II. NHIỆM VỤ

1. Xây dựng, trình Giám đốc Sở ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa mới theo Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ, thay thế Quy chế năm 2025.

2. Hướng dẫn Ủy ban nhân dân cấp xã đăng ký hộ kinh doanh; kiểm tra 20 xã, phường.

3. Cập nhật Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 cho các quy trình lĩnh vực doanh nghiệp, đầu tư.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + HUNG
)

BC_121_HEAD = head_stc(
    "121/BC-STC",
    "ngày 12 tháng 6 năm 2026",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026",
)
BC_121_BODY = """
Kính gửi: Sở Nội vụ tỉnh Vân Phú.

1. Thực hiện Kế hoạch số 05/KH-STC ngày 09/01/2026 của Sở, đã kiểm tra việc đăng ký hộ kinh doanh tại 12/20 xã, phường.

2. 6 tháng đầu năm 2026, tiếp nhận 4.236 hồ sơ đăng ký doanh nghiệp; tỷ lệ giải quyết đúng hạn 99,90%; tỷ lệ hồ sơ nộp trực tuyến 98,1%; có 815 doanh nghiệp thành lập mới với tổng vốn đăng ký 10.150 tỷ đồng.

3. Chỉ số PCI năm 2025 của tỉnh đạt 68,74 điểm, xếp thứ 11/34; Chỉ số PAR Index năm 2025 đạt 89,36%, xếp thứ 8/34; Chỉ số SIPAS năm 2025 đạt 84,52%. Chỉ số cải cách hành chính năm 2025 của Sở Tài chính đạt 92,60 điểm, xếp thứ 2/14 sở, ban, ngành.

Số liệu từng tháng như bảng dưới đây.
"""
BC_121_TABLE = [
    ["Tháng", "Hồ sơ tiếp nhận", "Doanh nghiệp thành lập mới", "Vốn đăng ký (tỷ đồng)"],
    ["01/2026", "668", "126", "1.480"],
    ["02/2026", "512", "94", "1.105"],
    ["03/2026", "632", "124", "1.440"],
    ["04/2026", "801", "157", "2.010"],
    ["05/2026", "828", "161", "2.065"],
    ["06/2026", "795", "153", "2.050"],
    ["6 tháng 2026", "4.236", "815", "10.150"],
]
BC_121_AFTER = (
    """II. NHIỆM VỤ 6 THÁNG CUỐI NĂM

Hoàn thiện dự thảo Quy chế một cửa mới; hoàn thành kiểm tra các xã, phường.

Nơi nhận:
- Như trên;
- Lưu: VT, VP."""
    + HA_STC
)

BC_205 = (
    head_stc(
        "205/BC-STC",
        "ngày 14 tháng 9 năm 2026",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý III và 9 tháng năm 2026",
    )
    + """
Kính gửi: Sở Nội vụ tỉnh Vân Phú.

1. Quý III năm 2026, tiếp nhận 2.356 hồ sơ đăng ký doanh nghiệp; tỷ lệ giải quyết đúng hạn 99,91%; tỷ lệ hồ sơ nộp trực tuyến 98,4%; có 448 doanh nghiệp thành lập mới với tổng vốn đăng ký 5.870 tỷ đồng.

2. 9 tháng năm 2026, tiếp nhận 6.592 hồ sơ; có 1.269 doanh nghiệp thành lập mới với tổng vốn đăng ký 16.020 tỷ đồng. Số doanh nghiệp thành lập mới 6 tháng đầu năm được điều chỉnh từ 815 lên 821 sau khi rà soát dữ liệu.

3. Bộ phận Một cửa thực hiện theo Quy chế ban hành kèm theo Quyết định số 24/QĐ-STC ngày 02/4/2025; Văn phòng Sở đã hoàn thiện dự thảo Quy chế mới, trình Giám đốc Sở.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + KHAI_PGD
)

QD_138 = (
    head_stc(
        "138/QĐ-STC",
        "ngày 02 tháng 11 năm 2026",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở Tài chính",
    )
    + """
GIÁM ĐỐC SỞ TÀI CHÍNH TỈNH VÂN PHÚ

Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;

Căn cứ Quyết định số 410/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính;

Theo đề nghị của Chánh Văn phòng Sở và Trưởng phòng Đăng ký kinh doanh.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở Tài chính.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2027 và thay thế Quyết định số 24/QĐ-STC ngày 02/4/2025 của Giám đốc Sở Tài chính.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + HUNG
)

CV_2318 = (
    head_stc(
        "2318/STC-VP",
        "ngày 16 tháng 11 năm 2026",
        "",
        "V/v chuẩn bị số liệu báo cáo cải cách hành chính năm 2026",
    )
    + """
Kính gửi: Các phòng, đơn vị thuộc Sở.

Để xây dựng báo cáo cải cách hành chính năm 2026, Giám đốc Sở đề nghị các phòng, đơn vị:

1. Phòng Đăng ký kinh doanh tổng hợp số liệu đến ngày 14/12/2026, so sánh với năm 2025 (1.518 doanh nghiệp thành lập mới, vốn đăng ký 18.940 tỷ đồng theo Báo cáo số 245/BC-STC ngày 12/12/2025) và quý III năm 2026 (2.356 hồ sơ, 448 doanh nghiệp theo Báo cáo số 205/BC-STC ngày 14/9/2026). Tháng 10 năm 2026, Sở tiếp nhận 842 hồ sơ đăng ký doanh nghiệp, có 163 doanh nghiệp thành lập mới.

2. Văn phòng Sở chuẩn bị triển khai Quy chế ban hành kèm theo Quyết định số 138/QĐ-STC ngày 02/11/2026, có hiệu lực từ ngày 01/01/2027, thay thế Quyết định số 24/QĐ-STC ngày 02/4/2025; đến hết ngày 31/12/2026, Bộ phận Một cửa vẫn thực hiện theo Quy chế hiện hành. Hệ thống quản lý chất lượng theo Quyết định số 118/QĐ-STC ngày 25/10/2024 tiếp tục được duy trì.

3. Số liệu gửi về Văn phòng Sở trước ngày 05/12/2026.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + KHAI_PGD
)

LATE = [
    Sample(
        "KH CCHC nam 2026.pdf",
        "pdf",
        (KH_05,),
        title="Kế hoạch CCHC năm 2026 Sở Tài chính (MẪU, hư cấu)",
    ),
    Sample(
        "bao cao 6 thang 2026_v2.docx",
        "docx",
        (BC_121_HEAD, BC_121_BODY),
        table=BC_121_TABLE,
        after=BC_121_AFTER,
        title="Báo cáo CCHC 6 tháng đầu năm 2026 Sở Tài chính (MẪU, hư cấu)",
    ),
    Sample(
        "BC quy III va 9 thang 2026.pdf",
        "pdf",
        (BC_205,),
        title="Báo cáo CCHC quý III và 9 tháng năm 2026 (MẪU, hư cấu)",
    ),
    Sample("tailieu_27.txt", "txt", (QD_138,)),
    Sample("CV 2318 so lieu bao cao CCHC 2026.txt", "txt", (CV_2318,)),
]
