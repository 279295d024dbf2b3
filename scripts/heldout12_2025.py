"""Twelfth held-out archive, July – December 2025: the Trung tâm Phục vụ hành chính công of
the merged tỉnh Ngọc Lam (fictional), formed on 01/7/2025 from tỉnh Ngọc Khê and tỉnh Lam
Điền, under the Văn phòng UBND tỉnh Ngọc Lam. Do not tune on it.

The new province numbers its documents anew from 01/7/2025, so the new centre's
``18/BC-TTPVHCC`` of 06/10/2025 (quý III) shares number and symbol with the Ngọc Khê centre's
``18/BC-TTPVHCC`` of 03/4/2025 (quý I). The centre's Thông báo on its two seats; the UBND
tỉnh's decision organising the centre anew (which ends both former founding decisions); its
Quy chế (replacing both former Quy chế in one sentence, a table); the Chủ tịch's list of
procedures (replacing both former lists and the amendment in one sentence, a table); the
Văn phòng's plan on receiving dossiers regardless of place (replacing Ngọc Khê's); the
centre's quý III report; its 2025 report for the whole province (a table of the twelve months,
which corrects August's figure). Facts: ``bench/data/heldout12_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout12_early import MARK
from sample_header import Sample, header

TT_NL = ("VĂN PHÒNG UBND TỈNH NGỌC LAM", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
VP_NL = ("UBND TỈNH NGỌC LAM", "VĂN PHÒNG")
UB_NL = ("ỦY BAN NHÂN DÂN", "TỈNH NGỌC LAM")
# tỉnh Ngọc Lam: the Chủ tịch Lê Quang Hiếu; the Phó Chủ tịch Trịnh Thị Mai Anh (Phó Chủ tịch of
# tỉnh Ngọc Khê before); the Văn phòng's Phó Chánh Văn phòng Đặng Minh Tuấn (the former Giám
# đốc of the Ngọc Khê centre); the centre's Giám đốc Lương Thị Hạnh (the former Giám đốc of the
# Lam Điền centre) and Phó Giám đốc Vũ Thanh Bình.
HIEU = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nLê Quang Hiếu\n"
HIEU_CT = "\nCHỦ TỊCH\n\n(Đã ký)\n\nLê Quang Hiếu\n"
MAI_ANH_NL = "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nTrịnh Thị Mai Anh\n"
MAI_ANH_CT = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nTrịnh Thị Mai Anh\n"
TUAN_PCVP = "\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\n(Đã ký)\n\nĐặng Minh Tuấn\n"
HANH = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nLương Thị Hạnh\n"
BINH_NL = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nVũ Thanh Bình\n"


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = TT_NL) -> str:
    """The header of a document of tỉnh Ngọc Lam (its centre, Văn phòng or UBND)."""
    return header(number, day, kind, subject, issuer, place="Ngọc Lam", mark=MARK)


TB_01 = (
    head(
        "01/TB-TTPVHCC",
        "ngày 01 tháng 7 năm 2025",
        "THÔNG BÁO",
        "Về địa điểm tiếp nhận hồ sơ thủ tục hành chính của Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam",
    )
    + """
Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh và Quyết định số 18/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh về việc tổ chức lại Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam, Trung tâm thông báo:

1. Từ ngày 01/7/2025, Trung tâm tiếp nhận hồ sơ tại hai địa điểm: Trụ sở chính (số 1 đường Trần Hưng Đạo, trụ sở Trung tâm của tỉnh Ngọc Khê cũ) và Cơ sở 2 (số 5 đường Lê Lợi, trụ sở Trung tâm của tỉnh Lam Điền cũ). Người dân được nộp hồ sơ tại bất kỳ địa điểm nào.

2. Hồ sơ đã tiếp nhận trước ngày 01/7/2025 tại Trung tâm của hai tỉnh cũ tiếp tục được giải quyết và trả kết quả tại nơi đã nộp.

3. Giám đốc Trung tâm là bà Lương Thị Hạnh theo Quyết định số 25/QĐ-UBND ngày 01/7/2025 của Chủ tịch Ủy ban nhân dân tỉnh.

4. Đường dây nóng của Trung tâm: 1900 6868.

Nơi nhận:
- UBND tỉnh, Văn phòng UBND tỉnh (b/c);
- Các sở, ban, ngành; UBND các xã, phường;
- Niêm yết tại Trung tâm;
- Lưu: VT.
"""
    + HANH
)

QD_18 = (
    head(
        "18/QĐ-UBND",
        "ngày 01 tháng 7 năm 2025",
        "QUYẾT ĐỊNH",
        "Về việc tổ chức lại Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam",
        UB_NL,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH NGỌC LAM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;

Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;

Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh.

QUYẾT ĐỊNH:

Điều 1. Tổ chức lại Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam trên cơ sở hợp nhất Trung tâm Phục vụ hành chính công tỉnh Ngọc Khê và Trung tâm Phục vụ hành chính công tỉnh Lam Điền. Trung tâm là đơn vị hành chính đặc thù trực thuộc Văn phòng Ủy ban nhân dân tỉnh, có trụ sở chính và Cơ sở 2.

Điều 2. Trung tâm có Giám đốc, 02 Phó Giám đốc và công chức của Văn phòng Ủy ban nhân dân tỉnh; công chức các sở, ngành được cử đến làm việc theo Quy chế hoạt động của Trung tâm.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Quyết định số 1023/QĐ-UBND ngày 15/5/2019 của Ủy ban nhân dân tỉnh Ngọc Khê và Quyết định số 877/QĐ-UBND ngày 22/4/2019 của Ủy ban nhân dân tỉnh Lam Điền về việc thành lập Trung tâm Phục vụ hành chính công tỉnh hết hiệu lực kể từ ngày Quyết định này có hiệu lực.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Trung tâm Phục vụ hành chính công tỉnh chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Bộ Nội vụ (b/c);
- Lưu: VT.
"""
    + HIEU
)

QD_47_HEAD = head(
    "47/QĐ-UBND",
    "ngày 15 tháng 7 năm 2025",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế hoạt động của Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam",
    UB_NL,
)
QD_47_BODY = (
    """
ỦY BAN NHÂN DÂN TỈNH NGỌC LAM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ (thay thế Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 và Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ);

Căn cứ Quyết định số 18/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh về việc tổ chức lại Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam;

Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam.

Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 7 năm 2025 và thay thế Quyết định số 2105/QĐ-UBND ngày 01/10/2024 của Ủy ban nhân dân tỉnh Ngọc Khê và Quyết định số 1678/QĐ-UBND ngày 05/8/2022 của Ủy ban nhân dân tỉnh Lam Điền ban hành Quy chế hoạt động của Trung tâm Phục vụ hành chính công tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Trung tâm Phục vụ hành chính công tỉnh, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, KSTT.
"""
    + MAI_ANH_NL
    + """
QUY CHẾ
Hoạt động của Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam

Điều 4. Địa điểm làm việc

Trung tâm làm việc tại Trụ sở chính và Cơ sở 2; mỗi địa điểm tiếp nhận hồ sơ của tất cả thủ tục hành chính trong Danh mục do Chủ tịch Ủy ban nhân dân tỉnh công bố.

Điều 6. Thời gian làm việc

1. Từ thứ Hai đến thứ Sáu; sáng thứ Bảy tại Trụ sở chính.

2. Cơ sở 2 không làm việc ngày thứ Bảy.

Các quầy của Trung tâm theo bảng dưới đây.
"""
)
QD_47_TABLE = [
    ["Địa điểm", "Số quầy", "Lĩnh vực"],
    ["Trụ sở chính", "36", "Tất cả lĩnh vực"],
    ["Cơ sở 2", "28", "Tất cả lĩnh vực (trừ đăng ký doanh nghiệp)"],
    ["Trụ sở chính", "04", "Ki-ốt tự phục vụ, thanh toán trực tuyến"],
]
QD_47_AFTER = """Điều 9. Tiếp nhận không phụ thuộc địa giới hành chính

Trung tâm tiếp nhận hồ sơ của thủ tục hành chính đủ điều kiện không phụ thuộc vào nơi cư trú của người dân theo kế hoạch của Văn phòng Ủy ban nhân dân tỉnh.

Điều 12. Kỷ luật, kỷ cương

Công chức làm việc tại Trung tâm chấp hành nội quy; mỗi hồ sơ trễ hạn phải có văn bản xin lỗi của cơ quan giải quyết."""

QD_52_HEAD = head(
    "52/QĐ-UBND",
    "ngày 18 tháng 7 năm 2025",
    "QUYẾT ĐỊNH",
    "Công bố Danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam",
    UB_NL,
)
QD_52_BODY = (
    """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGỌC LAM

Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;

Căn cứ Quyết định số 47/QĐ-UBND ngày 15/7/2025 của Ủy ban nhân dân tỉnh ban hành Quy chế hoạt động của Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam;

Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 1.204 thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2025 và thay thế Quyết định số 142/QĐ-UBND ngày 26/01/2024, Quyết định số 1530/QĐ-UBND ngày 15/7/2024 của Chủ tịch Ủy ban nhân dân tỉnh Ngọc Khê và Quyết định số 2105/QĐ-UBND ngày 14/11/2024 của Chủ tịch Ủy ban nhân dân tỉnh Lam Điền.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Trung tâm Phục vụ hành chính công tỉnh, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, KSTT.
"""
    + HIEU_CT
    + """
DANH MỤC
Thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam
"""
)
QD_52_TABLE = [
    ["Mục", "Cơ quan giải quyết", "Số thủ tục"],
    ["1", "Sở Tư pháp", "149"],
    ["2", "Sở Tài chính", "188"],
    ["3", "Sở Nông nghiệp và Môi trường", "203"],
    ["4", "Sở Xây dựng", "176"],
    ["5", "Sở Y tế", "161"],
    ["6", "Sở Nội vụ", "132"],
    ["7", "Các sở, ngành khác", "195"],
    ["", "Tổng cộng", "1.204"],
]
QD_52_AFTER = (
    "Danh mục chi tiết được công khai tại Trụ sở chính, Cơ sở 2 và trên Cổng Dịch vụ công của tỉnh."
)

KH_09 = (
    head(
        "09/KH-VP",
        "ngày 28 tháng 7 năm 2025",
        "KẾ HOẠCH",
        "Tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc vào địa giới hành chính trên địa bàn tỉnh Ngọc Lam",
        VP_NL,
    )
    + """
Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;

Căn cứ Quyết định số 47/QĐ-UBND ngày 15/7/2025 của Ủy ban nhân dân tỉnh ban hành Quy chế hoạt động của Trung tâm Phục vụ hành chính công tỉnh Ngọc Lam;

Văn phòng Ủy ban nhân dân tỉnh ban hành Kế hoạch tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc vào địa giới hành chính trên địa bàn tỉnh như sau:

I. PHẠM VI

Kế hoạch áp dụng từ ngày 01/8/2025 tại Trung tâm Phục vụ hành chính công tỉnh (Trụ sở chính, Cơ sở 2) và Trung tâm Phục vụ hành chính công các xã, phường; thay thế Kế hoạch số 12/KH-VP ngày 20/01/2025 của Văn phòng Ủy ban nhân dân tỉnh Ngọc Khê.

II. CHỈ TIÊU

1. 100% thủ tục hành chính đủ điều kiện được tiếp nhận không phụ thuộc địa giới hành chính trong toàn tỉnh.

2. Từ tháng 8 đến hết năm 2025 tiếp nhận ít nhất 6.000 hồ sơ không phụ thuộc địa giới hành chính; tỷ lệ hồ sơ được số hóa đạt từ 90% trở lên.

III. TỔ CHỨC THỰC HIỆN

Trung tâm Phục vụ hành chính công tỉnh tổng hợp kết quả trong báo cáo quý.

Nơi nhận:
- UBND tỉnh (b/c);
- Trung tâm PVHCC tỉnh; UBND các xã, phường;
- Lưu: VT, KSTT.
"""
    + TUAN_PCVP
)

BC_18_NL = (
    head(
        "18/BC-TTPVHCC",
        "ngày 06 tháng 10 năm 2025",
        "BÁO CÁO",
        "Kết quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh quý III năm 2025",
    )
    + """
Kính gửi: Văn phòng Ủy ban nhân dân tỉnh.

1. Quý III năm 2025 (quý đầu tiên sau hợp nhất), Trung tâm tiếp nhận 49.977 hồ sơ (tháng 7: 16.842; tháng 8: 15.930; tháng 9: 17.205); tỷ lệ đúng hạn 99,12%; tỷ lệ hồ sơ trực tuyến toàn trình 63,5%; thanh toán trực tuyến 52,1%; số hóa hồ sơ 88,0%.

2. Thực hiện Kế hoạch số 09/KH-VP ngày 28/7/2025 của Văn phòng Ủy ban nhân dân tỉnh, từ ngày 01/8/2025 tiếp nhận 3.406 hồ sơ không phụ thuộc địa giới hành chính.

3. Trung tâm hoạt động theo Quy chế ban hành kèm theo Quyết định số 47/QĐ-UBND ngày 15/7/2025 của Ủy ban nhân dân tỉnh; từ ngày 01/8/2025 tiếp nhận 1.204 thủ tục hành chính theo Quyết định số 52/QĐ-UBND ngày 18/7/2025 của Chủ tịch Ủy ban nhân dân tỉnh.

4. Khó khăn: Cơ sở 2 chưa kết nối đường truyền riêng; hồ sơ tháng 8 của một số sở chưa đồng bộ đầy đủ.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""
    + BINH_NL
)

BC_02_HEAD = head(
    "02/BC-TTPVHCC",
    "ngày 09 tháng 01 năm 2026",
    "BÁO CÁO",
    "Kết quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh năm 2025",
)
BC_02_BODY = """
Kính gửi: Văn phòng Ủy ban nhân dân tỉnh.

I. KẾT QUẢ CHUNG

Năm 2025, trên địa bàn tỉnh Ngọc Lam (6 tháng đầu năm là số liệu của Trung tâm hai tỉnh Ngọc Khê và Lam Điền cũ), Trung tâm tiếp nhận 195.967 hồ sơ (năm 2024: tỉnh Ngọc Khê 105.744, tỉnh Lam Điền 71.480); tỷ lệ đúng hạn 99,27%; tỷ lệ hồ sơ trực tuyến toàn trình 62,8%; thanh toán trực tuyến 50,6%; số hóa hồ sơ 87,4%; tỷ lệ hài lòng 97,1%. Số liệu tháng 8 được điều chỉnh từ 15.930 lên 15.993 hồ sơ sau khi đồng bộ hồ sơ của các sở.

Tiếp nhận không phụ thuộc địa giới hành chính: 7.215 hồ sơ.

Số liệu từng tháng theo bảng dưới đây.
"""
BC_02_TABLE = [
    ["Tháng", "Tiếp nhận", "Đúng hạn", "Trực tuyến toàn trình"],
    ["01/2025", "15.960", "99,40%", "58,7%"],
    ["02/2025", "12.011", "99,45%", "59,0%"],
    ["03/2025", "16.705", "99,52%", "60,1%"],
    ["04/2025", "16.120", "99,50%", "60,8%"],
    ["05/2025", "16.530", "99,55%", "61,5%"],
    ["06/2025", "15.844", "99,48%", "62,0%"],
    ["07/2025", "16.842", "98,96%", "62,9%"],
    ["08/2025", "15.993", "99,10%", "63,4%"],
    ["09/2025", "17.205", "99,28%", "64,2%"],
    ["10/2025", "17.610", "99,30%", "64,6%"],
    ["11/2025", "17.032", "99,33%", "65,0%"],
    ["12/2025", "18.115", "99,35%", "65,3%"],
    ["Năm 2025", "195.967", "99,27%", "62,8%"],
]
BC_02_AFTER = (
    """II. CÔNG TÁC TỔ CHỨC, THỂ CHẾ

1. Trung tâm được tổ chức lại theo Quyết định số 18/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh; các quyết định thành lập Trung tâm của hai tỉnh cũ hết hiệu lực.

2. Quy chế hoạt động ban hành kèm theo Quyết định số 47/QĐ-UBND ngày 15/7/2025 thay thế Quy chế của Trung tâm tỉnh Ngọc Khê (Quyết định số 2105/QĐ-UBND ngày 01/10/2024) và của Trung tâm tỉnh Lam Điền.

3. Danh mục 1.204 thủ tục hành chính công bố tại Quyết định số 52/QĐ-UBND ngày 18/7/2025 của Chủ tịch Ủy ban nhân dân tỉnh thay thế Danh mục của hai tỉnh cũ từ ngày 01/8/2025.

4. Kế hoạch số 09/KH-VP ngày 28/7/2025 của Văn phòng Ủy ban nhân dân tỉnh được triển khai tại Trụ sở chính, Cơ sở 2 và các xã, phường.

III. PHƯƠNG HƯỚNG NĂM 2026

Mở rộng ki-ốt tự phục vụ; nâng tỷ lệ hồ sơ trực tuyến toàn trình và thanh toán trực tuyến.

Nơi nhận:
- Như trên;
- Lưu: VT."""
    + HANH
)

MID = [
    Sample("thong bao 01 dia diem tiep nhan.txt", "txt", (TB_01,)),
    Sample(
        "QD 18 to chuc lai TTPVHCC tinh Ngoc Lam.pdf",
        "pdf",
        (QD_18,),
        title="QĐ 18 tổ chức lại Trung tâm PVHCC tỉnh Ngọc Lam (MẪU, hư cấu)",
    ),
    Sample(
        "quy che hoat dong TT (tinh moi).docx",
        "docx",
        (QD_47_HEAD, QD_47_BODY),
        table=QD_47_TABLE,
        after=QD_47_AFTER,
        title="QĐ 47 Quy chế hoạt động Trung tâm PVHCC tỉnh Ngọc Lam (MẪU, hư cấu)",
    ),
    Sample(
        "danh-muc-tthc-trung-tam-2025.docx",
        "docx",
        (QD_52_HEAD, QD_52_BODY),
        table=QD_52_TABLE,
        after=QD_52_AFTER,
        title="QĐ 52 Danh mục TTHC tại Trung tâm PVHCC tỉnh Ngọc Lam (MẪU, hư cấu)",
    ),
    Sample("KH 09 phi dia gioi (VP tinh moi).txt", "txt", (KH_09,)),
    Sample("bc quy III 2025.txt", "txt", (BC_18_NL,)),
    Sample(
        "BC nam 2025 Trung tam PVHCC.docx",
        "docx",
        (BC_02_HEAD, BC_02_BODY),
        table=BC_02_TABLE,
        after=BC_02_AFTER,
        title="Báo cáo năm 2025 Trung tâm PVHCC tỉnh Ngọc Lam (MẪU, hư cấu)",
    ),
]
