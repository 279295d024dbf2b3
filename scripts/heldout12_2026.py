"""Twelfth held-out archive, 2026: the Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam
(fictional), to its Công văn of 12/11/2026 (the archive's last document: "nay"). Do not tune
on it.

The Văn phòng's plan on digitisation and self-service kiosks for 2026; the Chủ tịch's decision
amending two parts of the list of procedures (signed 10/3, effective 20/3/2026); the centre's
quý I report, its 6-month report (a table of the six months, which corrects February's
figure), its quý III report (with the nine months) and its report for tháng 10; the Chủ
tịch's new list of procedures (the very same title as the 2025 list it replaces), signed
30/10/2026 and effective 01/12/2026, after the last document; the centre's Công văn on
posting the new list. Facts: ``bench/data/heldout12_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout12_2025 import BINH_NL, HANH, HIEU_CT, MAI_ANH_CT, TUAN_PCVP, UB_NL, VP_NL, head
from sample_header import Sample

KH_05 = (
    head(
        "05/KH-VP",
        "ngày 14 tháng 01 năm 2026",
        "KẾ HOẠCH",
        "Số hóa hồ sơ và mở rộng ki-ốt tự phục vụ tại Trung tâm Phục vụ hành chính công năm 2026",
        VP_NL,
    )
    + """
Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;

Căn cứ Quyết định số 47/QĐ-UBND ngày 15/7/2025 của Ủy ban nhân dân tỉnh ban hành Quy chế hoạt động của Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam;

Thực hiện Kế hoạch số 12/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2026, Văn phòng Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. CHỈ TIÊU NĂM 2026

1. Tỷ lệ hồ sơ được số hóa khi tiếp nhận đạt từ 95% trở lên.

2. Tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 70% trở lên; tỷ lệ thanh toán trực tuyến đạt từ 60% trở lên.

3. Tỷ lệ hài lòng của người dân, doanh nghiệp đạt từ 97,5% trở lên.

4. Lắp đặt 40 ki-ốt tự phục vụ (06 ki-ốt tại Trung tâm tỉnh, 34 ki-ốt tại Trung tâm Phục vụ hành chính công các xã, phường).

II. NHIỆM VỤ

1. Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân sử dụng ki-ốt; tổng hợp kết quả hằng tháng.

2. Các sở, ngành số hóa kết quả giải quyết còn hiệu lực của giai đoạn 2020 - 2024.

Nơi nhận:
- UBND tỉnh (b/c);
- Trung tâm PVHCC tỉnh; UBND các xã, phường;
- Lưu: VT, KSTT.
"""
    + TUAN_PCVP
)

QD_215 = (
    head(
        "215/QĐ-UBND",
        "ngày 10 tháng 3 năm 2026",
        "QUYẾT ĐỊNH",
        "Sửa đổi, bổ sung Danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam",
        UB_NL,
    )
    + """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGỌC LAM

Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;

Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung Mục 3 và Mục 6 của Danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam ban hành kèm theo Quyết định số 52/QĐ-UBND ngày 18/7/2025 của Chủ tịch Ủy ban nhân dân tỉnh như sau:

1. Bổ sung 24 thủ tục hành chính lĩnh vực đất đai, môi trường vào Mục 3.

2. Bãi bỏ 11 thủ tục hành chính lĩnh vực thi đua, khen thưởng tại Mục 6.

Sau khi sửa đổi, bổ sung, Trung tâm tiếp nhận 1.217 thủ tục hành chính. Các nội dung khác của Danh mục giữ nguyên.

Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2026.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Trung tâm Phục vụ hành chính công tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, KSTT.
"""
    + MAI_ANH_CT
)

BC_06 = (
    head(
        "06/BC-TTPVHCC",
        "ngày 03 tháng 4 năm 2026",
        "BÁO CÁO",
        "Kết quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh quý I năm 2026",
    )
    + """
Kính gửi: Văn phòng Ủy ban nhân dân tỉnh.

1. Quý I năm 2026, Trung tâm tiếp nhận 48.605 hồ sơ (tháng 01: 17.420; tháng 02: 12.880; tháng 3: 18.305); tỷ lệ đúng hạn 99,35%; tỷ lệ hồ sơ trực tuyến toàn trình 66,2%; thanh toán trực tuyến 55,4%; số hóa hồ sơ 90,2%. Tháng 12/2025 Trung tâm tiếp nhận 18.115 hồ sơ.

2. Từ ngày 20/3/2026, Trung tâm tiếp nhận 1.217 thủ tục hành chính theo Danh mục ban hành kèm theo Quyết định số 52/QĐ-UBND ngày 18/7/2025, được sửa đổi, bổ sung bởi Quyết định số 215/QĐ-UBND ngày 10/3/2026 của Chủ tịch Ủy ban nhân dân tỉnh.

3. Thực hiện Kế hoạch số 05/KH-VP ngày 14/01/2026 của Văn phòng Ủy ban nhân dân tỉnh, đã lắp 06 ki-ốt tại Trung tâm tỉnh.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""
    + BINH_NL
)

BC_41_HEAD = head(
    "41/BC-TTPVHCC",
    "ngày 06 tháng 7 năm 2026",
    "BÁO CÁO",
    "Kết quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh 6 tháng đầu năm 2026",
)
BC_41_BODY = """
Kính gửi: Văn phòng Ủy ban nhân dân tỉnh.

I. KẾT QUẢ

6 tháng đầu năm 2026, Trung tâm tiếp nhận 101.903 hồ sơ; tỷ lệ đúng hạn 99,41%; tỷ lệ hồ sơ trực tuyến toàn trình 67,5%; thanh toán trực tuyến 57,0%; số hóa hồ sơ 91,0%; tỷ lệ hài lòng 97,4%. Số liệu tháng 02 được cập nhật từ 12.880 lên 12.908 hồ sơ do đồng bộ hồ sơ của Sở Nội vụ.

Số liệu từng tháng theo bảng dưới đây.
"""
BC_41_TABLE = [
    ["Tháng", "Tiếp nhận", "Đúng hạn", "Trực tuyến toàn trình"],
    ["01/2026", "17.420", "99,30%", "65,8%"],
    ["02/2026", "12.908", "99,36%", "66,0%"],
    ["03/2026", "18.305", "99,39%", "66,7%"],
    ["04/2026", "17.760", "99,44%", "67,9%"],
    ["05/2026", "18.012", "99,47%", "68,6%"],
    ["06/2026", "17.498", "99,49%", "69,0%"],
    ["6 tháng 2026", "101.903", "99,41%", "67,5%"],
]
BC_41_AFTER = (
    """II. CÔNG TÁC KHÁC

1. Danh mục thủ tục hành chính ban hành kèm theo Quyết định số 52/QĐ-UBND ngày 18/7/2025 đã được sửa đổi, bổ sung bởi Quyết định số 215/QĐ-UBND ngày 10/3/2026 của Chủ tịch Ủy ban nhân dân tỉnh (bổ sung 24, bãi bỏ 11 thủ tục).

2. Đã lắp 22/40 ki-ốt theo Kế hoạch số 05/KH-VP ngày 14/01/2026.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM

Rà soát Danh mục thủ tục hành chính để trình Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục mới; hoàn thành lắp đặt ki-ốt.

Nơi nhận:
- Như trên;
- Lưu: VT."""
    + HANH
)

BC_63 = (
    head(
        "63/BC-TTPVHCC",
        "ngày 05 tháng 10 năm 2026",
        "BÁO CÁO",
        "Kết quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh quý III và 9 tháng năm 2026",
    )
    + """
Kính gửi: Văn phòng Ủy ban nhân dân tỉnh.

1. Quý III năm 2026, Trung tâm tiếp nhận 54.825 hồ sơ (tháng 7: 18.640; tháng 8: 17.955; tháng 9: 18.230); tỷ lệ đúng hạn 99,48%; tỷ lệ hồ sơ trực tuyến toàn trình 69,1%; thanh toán trực tuyến 58,6%; số hóa hồ sơ 92,4%.

2. 9 tháng năm 2026, Trung tâm tiếp nhận 156.728 hồ sơ; tỷ lệ đúng hạn 99,44%; tỷ lệ hài lòng 97,6%.

3. Đã lắp 34/40 ki-ốt tự phục vụ theo Kế hoạch số 05/KH-VP ngày 14/01/2026 của Văn phòng Ủy ban nhân dân tỉnh.

4. Trung tâm đã trình Chủ tịch Ủy ban nhân dân tỉnh Danh mục thủ tục hành chính mới (1.236 thủ tục).

Nơi nhận:
- Như trên;
- Lưu: VT.
"""
    + HANH
)

QD_1120 = (
    head(
        "1120/QĐ-UBND",
        "ngày 30 tháng 10 năm 2026",
        "QUYẾT ĐỊNH",
        "Công bố Danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam",
        UB_NL,
    )
    + """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGỌC LAM

Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;

Căn cứ Quyết định số 47/QĐ-UBND ngày 15/7/2025 của Ủy ban nhân dân tỉnh ban hành Quy chế hoạt động của Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam;

Xét đề nghị của Giám đốc Trung tâm Phục vụ hành chính công tỉnh tại Tờ trình số 31/TTr-TTPVHCC ngày 20/10/2026.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 1.236 thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2026 và thay thế Quyết định số 52/QĐ-UBND ngày 18/7/2025 và Quyết định số 215/QĐ-UBND ngày 10/3/2026 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Trung tâm Phục vụ hành chính công tỉnh, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, KSTT.
"""
    + HIEU_CT
)

BC_70 = (
    head(
        "70/BC-TTPVHCC",
        "ngày 04 tháng 11 năm 2026",
        "BÁO CÁO",
        "Kết quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh tháng 10 năm 2026",
    )
    + """
Kính gửi: Văn phòng Ủy ban nhân dân tỉnh.

1. Tháng 10 năm 2026, Trung tâm tiếp nhận 19.012 hồ sơ, tăng 4,3% so với tháng 9 (18.230 hồ sơ); đã giải quyết 18.870 hồ sơ, tỷ lệ đúng hạn 99,52%; 91 hồ sơ trễ hạn, đều có văn bản xin lỗi. Tỷ lệ hồ sơ trực tuyến toàn trình 70,3%; thanh toán trực tuyến 59,8%; số hóa hồ sơ 93,1%.

2. Khảo sát sự hài lòng: 5.420 phiếu, tỷ lệ hài lòng 97,8%.

3. Đã lắp 38/40 ki-ốt tự phục vụ.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""
    + BINH_NL
)

CV_245 = (
    head(
        "245/TTPVHCC-NV",
        "ngày 12 tháng 11 năm 2026",
        "",
        "V/v rà soát, niêm yết Danh mục thủ tục hành chính trước ngày 01/12/2026",
    )
    + """
Kính gửi: Các sở, ban, ngành tỉnh.

Ngày 30/10/2026, Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1120/QĐ-UBND công bố Danh mục 1.236 thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh, có hiệu lực từ ngày 01/12/2026, thay thế Danh mục ban hành kèm theo Quyết định số 52/QĐ-UBND ngày 18/7/2025 (đã được sửa đổi, bổ sung bởi Quyết định số 215/QĐ-UBND ngày 10/3/2026).

Để chuẩn bị, Trung tâm đề nghị các sở, ban, ngành:

1. Rà soát quy trình nội bộ, cấu hình 19 thủ tục mới trên Hệ thống thông tin giải quyết thủ tục hành chính trước ngày 25/11/2026.

2. Cử công chức tiếp nhận các thủ tục mới đến Trụ sở chính và Cơ sở 2 từ ngày 01/12/2026.

Đến hết ngày 30/11/2026, Trung tâm vẫn tiếp nhận theo Danh mục hiện hành.

Nơi nhận:
- Như trên;
- Văn phòng UBND tỉnh (b/c);
- Lưu: VT.
"""
    + HANH
)

LATE = [
    Sample(
        "KH so hoa + kiosk 2026.pdf",
        "pdf",
        (KH_05,),
        title="Kế hoạch số hóa và ki-ốt năm 2026 (MẪU, hư cấu)",
    ),
    Sample("qd-215-2026-sua-doi-danh-muc.txt", "txt", (QD_215,)),
    Sample("bc quy 1-2026.txt", "txt", (BC_06,)),
    Sample(
        "BC 6 thang dau nam 2026 (TT).docx",
        "docx",
        (BC_41_HEAD, BC_41_BODY),
        table=BC_41_TABLE,
        after=BC_41_AFTER,
        title="Báo cáo 6 tháng đầu năm 2026 Trung tâm PVHCC (MẪU, hư cấu)",
    ),
    Sample(
        "bao cao quy III + 9 thang 2026.pdf",
        "pdf",
        (BC_63,),
        title="Báo cáo quý III và 9 tháng năm 2026 (MẪU, hư cấu)",
    ),
    Sample("tailieu_29.txt", "txt", (QD_1120,)),
    Sample("bc thang 10-2026.txt", "txt", (BC_70,)),
    Sample("CV 245 niem yet danh muc moi.txt", "txt", (CV_245,)),
]
