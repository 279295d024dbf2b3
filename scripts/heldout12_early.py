"""Twelfth held-out archive, January 2024 – June 2025: the Trung tâm Phục vụ hành chính công
of the former tỉnh Ngọc Khê (fictional), under its Văn phòng UBND tỉnh, and three files handed
over by the centre of the former tỉnh Lam Điền (fictional). Do not tune on it.

The centre's monthly and quarterly reports (tháng 3 and tháng 10 năm 2024, quý I năm 2025),
its 2024 report (a table of the twelve months, which corrects October's figure) and its
6-month report of 2025; the Chủ tịch UBND tỉnh's list of procedures received at the centre
(a decision with its attached Danh mục, a table) and the decision amending it; the centre's
Tờ trình and the UBND tỉnh's decision issuing the centre's Quy chế it asked for; the Chủ
tịch's Chỉ thị on discipline at the one-stop desks; the Văn phòng's plans on digitisation
(2024) and on receiving dossiers regardless of place (2025). Both former provinces write
``…/QĐ-UBND``: Ngọc Khê's ``2105/QĐ-UBND`` of 01/10/2024 (the centre's Quy chế) and Lam
Điền's ``2105/QĐ-UBND`` of 14/11/2024 (its list of procedures) are two documents. Written by
hand, before any code ran on it; facts in ``bench/data/heldout12_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from sample_header import Sample, header

MARK = "[MẪU — tài liệu hư cấu: tỉnh Ngọc Khê, tỉnh Lam Điền, tỉnh Ngọc Lam và các cơ quan, cá nhân nêu trong văn bản không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết văn bản — TÀI LIỆU MẪU hư cấu do scripts/make_heldout12_archive.py tạo; tỉnh Ngọc Khê, Lam Điền, Ngọc Lam không có thật; MẪU]"
TT_NK = ("VĂN PHÒNG UBND TỈNH NGỌC KHÊ", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
VP_NK = ("UBND TỈNH NGỌC KHÊ", "VĂN PHÒNG")
UB_NK = ("ỦY BAN NHÂN DÂN", "TỈNH NGỌC KHÊ")
TT_LD = ("VĂN PHÒNG UBND TỈNH LAM ĐIỀN", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
UB_LD = ("ỦY BAN NHÂN DÂN", "TỈNH LAM ĐIỀN")
# Ngọc Khê: the centre's Giám đốc Đặng Minh Tuấn (to 30/6/2025; then Phó Chánh Văn phòng UBND
# tỉnh Ngọc Lam), its Phó Giám đốc Vũ Thanh Bình; the Chủ tịch UBND tỉnh Hoàng Văn Lực, the Phó
# Chủ tịch Trịnh Thị Mai Anh (Phó Chủ tịch of tỉnh Ngọc Lam after the merger); the Chánh Văn
# phòng Nguyễn Hữu Phước. Lam Điền: the centre's Giám đốc Lương Thị Hạnh (then Giám đốc of the
# merged centre), the Chủ tịch UBND tỉnh Phan Quốc Bảo.
TUAN = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nĐặng Minh Tuấn\n"
BINH = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nVũ Thanh Bình\n"
PHUOC = "\nCHÁNH VĂN PHÒNG\n\n(Đã ký)\n\nNguyễn Hữu Phước\n"
LUC = "\nCHỦ TỊCH\n\n(Đã ký)\n\nHoàng Văn Lực\n"
MAI_ANH = "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nTrịnh Thị Mai Anh\n"
HANH_LD = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nLương Thị Hạnh\n"
BAO = "\nCHỦ TỊCH\n\n(Đã ký)\n\nPhan Quốc Bảo\n"


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = TT_NK) -> str:
    """The header of a document of tỉnh Ngọc Khê (its centre, Văn phòng or UBND)."""
    return header(number, day, kind, subject, issuer, place="Ngọc Khê", mark=MARK)


def head_ld(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = TT_LD) -> str:
    """The header of a document of tỉnh Lam Điền (its centre or UBND)."""
    return header(number, day, kind, subject, issuer, place="Lam Điền", mark=MARK)


KH_08 = (
    head(
        "08/KH-VP",
        "ngày 15 tháng 01 năm 2024",
        "KẾ HOẠCH",
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh năm 2024",
        VP_NK,
    )
    + """
Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;

Thực hiện Kế hoạch số 05/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2024, Văn phòng Ủy ban nhân dân tỉnh ban hành Kế hoạch số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh năm 2024 như sau:

I. CHỈ TIÊU

1. Tỷ lệ hồ sơ được số hóa khi tiếp nhận tại Trung tâm đạt từ 80% trở lên; 100% kết quả giải quyết được ký số và lưu trong kho dữ liệu điện tử của tổ chức, cá nhân.

2. Tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến đạt từ 40% trở lên.

II. NHIỆM VỤ

1. Trung tâm bố trí 04 máy quét tại các quầy; hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình.

2. Các sở, ngành có thủ tục hành chính tiếp nhận tại Trung tâm cử công chức thành thạo số hóa.

III. TỔ CHỨC THỰC HIỆN

Giám đốc Trung tâm Phục vụ hành chính công tỉnh tổng hợp kết quả trong báo cáo hằng tháng gửi Văn phòng Ủy ban nhân dân tỉnh.

Nơi nhận:
- UBND tỉnh (b/c);
- Trung tâm PVHCC tỉnh;
- Các sở, ban, ngành;
- Lưu: VT, KSTT.
"""
    + PHUOC
)

QD_142_HEAD = head(
    "142/QĐ-UBND",
    "ngày 26 tháng 01 năm 2024",
    "QUYẾT ĐỊNH",
    "Công bố Danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh Ngọc Khê",
    UB_NK,
)
QD_142_BODY = (
    """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGỌC KHÊ

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 1.126 thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh Ngọc Khê.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1890/QĐ-UBND ngày 12/10/2022 của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Trung tâm Phục vụ hành chính công tỉnh, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Cục Kiểm soát thủ tục hành chính;
- Lưu: VT, KSTT.
"""
    + LUC
    + """
DANH MỤC
Thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh Ngọc Khê
(Ban hành kèm theo Quyết định số 142/QĐ-UBND ngày 26/01/2024 của Chủ tịch Ủy ban nhân dân tỉnh)

Số thủ tục của từng cơ quan theo bảng dưới đây.
"""
)
QD_142_TABLE = [
    ["Mục", "Cơ quan giải quyết", "Số thủ tục"],
    ["1", "Sở Tư pháp", "142"],
    ["2", "Sở Kế hoạch và Đầu tư", "176"],
    ["3", "Sở Tài nguyên và Môi trường (Đất đai)", "118"],
    ["4", "Sở Xây dựng", "64"],
    ["5", "Sở Giao thông vận tải", "121"],
    ["6", "Sở Y tế", "155"],
    ["7", "Sở Lao động - Thương binh và Xã hội", "97"],
    ["8", "Các sở, ngành khác", "253"],
    ["", "Tổng cộng", "1.126"],
]
QD_142_AFTER = "Nội dung chi tiết của từng thủ tục được công khai tại Trung tâm và trên Cổng Dịch vụ công của tỉnh."

CT_05 = (
    head(
        "05/CT-UBND",
        "ngày 12 tháng 3 năm 2024",
        "CHỈ THỊ",
        "Về tăng cường kỷ luật, kỷ cương trong tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công và Bộ phận Một cửa các cấp",
        UB_NK,
    )
    + """
Thời gian qua, việc tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh và Bộ phận Một cửa các cấp có nhiều chuyển biến; tuy nhiên vẫn còn hồ sơ trễ hạn không có văn bản xin lỗi, công chức yêu cầu bổ sung giấy tờ ngoài quy định, bỏ vị trí làm việc trong giờ hành chính.

Để chấn chỉnh tình trạng trên, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:

1. Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân cấp huyện, cấp xã chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả giải quyết hồ sơ của cơ quan mình; mỗi hồ sơ trễ hạn phải có văn bản xin lỗi người dân theo quy định.

2. Công chức làm việc tại Trung tâm và Bộ phận Một cửa không yêu cầu thành phần hồ sơ ngoài quy định; đeo thẻ công chức, có mặt tại quầy đúng giờ.

3. Giám đốc Trung tâm Phục vụ hành chính công tỉnh theo dõi, lắp camera giám sát tại các quầy; hằng tháng công khai tỷ lệ hồ sơ trễ hạn của từng sở, ngành trong báo cáo gửi Ủy ban nhân dân tỉnh.

4. Văn phòng Ủy ban nhân dân tỉnh kiểm tra đột xuất việc thực hiện Chỉ thị này.

Nơi nhận:
- Các sở, ban, ngành;
- UBND các huyện, thị xã, thành phố;
- Trung tâm PVHCC tỉnh;
- Lưu: VT, KSTT.
"""
    + LUC
)

BC_21 = (
    head(
        "21/BC-TTPVHCC",
        "ngày 02 tháng 4 năm 2024",
        "BÁO CÁO",
        "Kết quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh tháng 3 và quý I năm 2024",
    )
    + """
Kính gửi: Văn phòng Ủy ban nhân dân tỉnh.

Trung tâm Phục vụ hành chính công tỉnh báo cáo kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 3 và quý I năm 2024 như sau:

1. Tháng 3 năm 2024: Trung tâm tiếp nhận 9.036 hồ sơ; đã giải quyết 8.954 hồ sơ, trong đó đúng hạn 99,05%; 85 hồ sơ trễ hạn (Sở Tài nguyên và Môi trường 61 hồ sơ, Sở Xây dựng 24 hồ sơ). Tỷ lệ hồ sơ trực tuyến toàn trình đạt 50,3%.

2. Quý I năm 2024: tiếp nhận 23.355 hồ sơ (tháng 01: 8.215; tháng 02: 6.104; tháng 3: 9.036); tỷ lệ đúng hạn 99,12%; tỷ lệ trực tuyến toàn trình 49,4%; thanh toán trực tuyến 36,8%; số hóa hồ sơ 71,5%.

3. Thực hiện Chỉ thị số 05/CT-UBND ngày 12/3/2024 của Chủ tịch Ủy ban nhân dân tỉnh, Trung tâm đã lắp 12 camera giám sát tại các quầy; 85 hồ sơ trễ hạn của tháng 3 đều có văn bản xin lỗi.

4. Trung tâm tiếp nhận 1.126 thủ tục hành chính theo Quyết định số 142/QĐ-UBND ngày 26/01/2024 của Chủ tịch Ủy ban nhân dân tỉnh.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""
    + BINH
)

QD_1530 = (
    head(
        "1530/QĐ-UBND",
        "ngày 15 tháng 7 năm 2024",
        "QUYẾT ĐỊNH",
        "Sửa đổi, bổ sung Danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh Ngọc Khê",
        UB_NK,
    )
    + """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGỌC KHÊ

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;

Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung Mục 3 và Mục 7 của Danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh Ngọc Khê ban hành kèm theo Quyết định số 142/QĐ-UBND ngày 26/01/2024 của Chủ tịch Ủy ban nhân dân tỉnh như sau:

1. Bổ sung 18 thủ tục hành chính lĩnh vực đất đai vào Mục 3.

2. Bãi bỏ 06 thủ tục hành chính lĩnh vực lao động tại Mục 7.

Sau khi sửa đổi, bổ sung, Trung tâm tiếp nhận 1.138 thủ tục hành chính. Các nội dung khác của Danh mục giữ nguyên.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Trung tâm Phục vụ hành chính công tỉnh, Giám đốc Sở Tài nguyên và Môi trường, Giám đốc Sở Lao động - Thương binh và Xã hội chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, KSTT.
"""
    + LUC
)

TTR_09 = (
    head(
        "09/TTr-TTPVHCC",
        "ngày 10 tháng 9 năm 2024",
        "TỜ TRÌNH",
        "Đề nghị ban hành Quy chế hoạt động của Trung tâm Phục vụ hành chính công tỉnh Ngọc Khê",
    )
    + """
Kính gửi: Ủy ban nhân dân tỉnh Ngọc Khê (qua Văn phòng Ủy ban nhân dân tỉnh).

Quy chế hoạt động của Trung tâm ban hành kèm theo Quyết định số 1567/QĐ-UBND ngày 20/8/2021 của Ủy ban nhân dân tỉnh đến nay không còn phù hợp: số thủ tục tiếp nhận tăng từ 864 lên 1.138; các quầy đã chuyển sang tiếp nhận theo nhóm lĩnh vực; việc trả kết quả qua dịch vụ bưu chính công ích chưa được quy định.

Trung tâm Phục vụ hành chính công tỉnh kính trình Ủy ban nhân dân tỉnh ban hành Quy chế hoạt động mới của Trung tâm (dự thảo kèm theo), thay thế Quy chế năm 2021, với các nội dung chính:

1. Trung tâm làm việc cả ngày thứ Bảy tại quầy hộ tịch, đất đai.

2. Công chức của các sở được cử đến Trung tâm ít nhất 12 tháng.

3. Mỗi hồ sơ trễ hạn phải có văn bản xin lỗi theo Chỉ thị số 05/CT-UBND ngày 12/3/2024 của Chủ tịch Ủy ban nhân dân tỉnh.

Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""
    + TUAN
)

QD_2105_NK = (
    head(
        "2105/QĐ-UBND",
        "ngày 01 tháng 10 năm 2024",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế hoạt động của Trung tâm Phục vụ hành chính công tỉnh Ngọc Khê",
        UB_NK,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH NGỌC KHÊ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ;

Xét đề nghị của Giám đốc Trung tâm Phục vụ hành chính công tỉnh tại Tờ trình số 09/TTr-TTPVHCC ngày 10/9/2024 và Chánh Văn phòng Ủy ban nhân dân tỉnh.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Trung tâm Phục vụ hành chính công tỉnh Ngọc Khê.

Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 10 năm 2024 và thay thế Quyết định số 1567/QĐ-UBND ngày 20/8/2021 của Ủy ban nhân dân tỉnh ban hành Quy chế hoạt động của Trung tâm Phục vụ hành chính công tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Trung tâm Phục vụ hành chính công tỉnh, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, KSTT.
"""
    + MAI_ANH
    + """
QUY CHẾ
Hoạt động của Trung tâm Phục vụ hành chính công tỉnh Ngọc Khê

Điều 5. Thời gian làm việc

1. Trung tâm làm việc từ thứ Hai đến thứ Sáu; sáng thứ Bảy tại tất cả các quầy.

2. Quầy hộ tịch, đất đai làm việc cả ngày thứ Bảy.

Điều 8. Công chức được cử đến Trung tâm

Công chức của các sở, ngành được cử đến làm việc tại Trung tâm trong thời gian ít nhất 12 tháng; cơ quan cử công chức không giao thêm việc khác trong giờ làm việc tại Trung tâm.

Điều 11. Trả kết quả

Kết quả giải quyết được trả tại quầy, qua dịch vụ bưu chính công ích hoặc trong kho dữ liệu điện tử của tổ chức, cá nhân trên Cổng Dịch vụ công quốc gia.
"""
)

BC_78 = (
    head(
        "78/BC-TTPVHCC",
        "ngày 04 tháng 11 năm 2024",
        "BÁO CÁO",
        "Kết quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh tháng 10 năm 2024",
    )
    + """
Kính gửi: Văn phòng Ủy ban nhân dân tỉnh.

1. Tháng 10 năm 2024, Trung tâm tiếp nhận 9.412 hồ sơ; đã giải quyết 9.330 hồ sơ, trong đó đúng hạn 99,38%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 56,1%; thanh toán trực tuyến 42,7%; số hóa hồ sơ 80,4%.

2. Từ ngày 15/10/2024, Trung tâm hoạt động theo Quy chế ban hành kèm theo Quyết định số 2105/QĐ-UBND ngày 01/10/2024 của Ủy ban nhân dân tỉnh; quầy hộ tịch, đất đai làm việc cả ngày thứ Bảy.

3. Khảo sát sự hài lòng tháng 10: 2.140 phiếu, tỷ lệ hài lòng 96,0%.

4. Số liệu tháng 10 được lấy từ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh đến ngày 31/10/2024; hồ sơ của Sở Giao thông vận tải đồng bộ chậm sẽ được cập nhật trong báo cáo năm.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""
    + TUAN
)

BC_03_HEAD = head(
    "03/BC-TTPVHCC",
    "ngày 08 tháng 01 năm 2025",
    "BÁO CÁO",
    "Kết quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh năm 2024",
)
BC_03_BODY = """
Kính gửi: Văn phòng Ủy ban nhân dân tỉnh.

I. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ

Năm 2024, Trung tâm tiếp nhận 105.744 hồ sơ, tỷ lệ đúng hạn 99,37%; tỷ lệ hồ sơ trực tuyến toàn trình 53,9%; thanh toán trực tuyến 41,2%; số hóa hồ sơ 78,5%; khảo sát 24.310 phiếu, tỷ lệ hài lòng 96,2%. Số liệu tháng 10 được điều chỉnh từ 9.412 lên 9.421 hồ sơ sau khi đồng bộ hồ sơ của Sở Giao thông vận tải.

Số liệu từng tháng theo bảng dưới đây.
"""
BC_03_TABLE = [
    ["Tháng", "Tiếp nhận", "Đã giải quyết", "Đúng hạn", "Trực tuyến toàn trình"],
    ["01/2024", "8.215", "8.102", "99,12%", "48,6%"],
    ["02/2024", "6.104", "6.011", "99,20%", "49,1%"],
    ["03/2024", "9.036", "8.954", "99,05%", "50,3%"],
    ["04/2024", "8.870", "8.791", "99,31%", "51,0%"],
    ["05/2024", "9.145", "9.020", "99,40%", "52,4%"],
    ["06/2024", "8.932", "8.860", "99,36%", "53,2%"],
    ["07/2024", "9.310", "9.188", "99,42%", "54,0%"],
    ["08/2024", "9.084", "9.001", "99,47%", "54,8%"],
    ["09/2024", "8.766", "8.690", "99,51%", "55,5%"],
    ["10/2024", "9.421", "9.330", "99,38%", "56,1%"],
    ["11/2024", "9.258", "9.176", "99,55%", "57,0%"],
    ["12/2024", "9.603", "9.540", "99,60%", "58,2%"],
    ["Năm 2024", "105.744", "104.663", "99,37%", "53,9%"],
]
BC_03_AFTER = (
    """II. CÔNG TÁC KHÁC

1. Danh mục thủ tục hành chính tiếp nhận tại Trung tâm công bố tại Quyết định số 142/QĐ-UBND ngày 26/01/2024, được sửa đổi, bổ sung bởi Quyết định số 1530/QĐ-UBND ngày 15/7/2024 của Chủ tịch Ủy ban nhân dân tỉnh; Trung tâm tiếp nhận 1.138 thủ tục.

2. Quy chế hoạt động của Trung tâm ban hành kèm theo Quyết định số 2105/QĐ-UBND ngày 01/10/2024 thay thế Quy chế năm 2021 (Quyết định số 1567/QĐ-UBND ngày 20/8/2021).

3. Thực hiện Kế hoạch số 08/KH-VP ngày 15/01/2024 của Văn phòng Ủy ban nhân dân tỉnh, tỷ lệ số hóa đạt 78,5%, chưa đạt chỉ tiêu 80%.

III. PHƯƠNG HƯỚNG NĂM 2025

Triển khai tiếp nhận hồ sơ không phụ thuộc địa giới hành chính; nâng tỷ lệ thanh toán trực tuyến.

Nơi nhận:
- Như trên;
- Lưu: VT."""
    + TUAN
)

KH_12 = (
    head(
        "12/KH-VP",
        "ngày 20 tháng 01 năm 2025",
        "KẾ HOẠCH",
        "Tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh Ngọc Khê năm 2025",
        VP_NK,
    )
    + """
Thực hiện Kế hoạch số 08/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2025, Văn phòng Ủy ban nhân dân tỉnh ban hành Kế hoạch tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc vào địa giới hành chính như sau:

I. MỤC TIÊU

1. Từ ngày 01/3/2025, người dân, doanh nghiệp được nộp hồ sơ của 214 thủ tục hành chính cấp tỉnh và cấp huyện tại Trung tâm Phục vụ hành chính công tỉnh hoặc bất kỳ Bộ phận Một cửa cấp huyện nào trong tỉnh.

2. Tiếp nhận không phụ thuộc địa giới hành chính ít nhất 2.000 hồ sơ trong năm 2025.

II. NHIỆM VỤ

1. Trung tâm Phục vụ hành chính công tỉnh chủ trì hướng dẫn, chuyển hồ sơ giấy qua dịch vụ bưu chính công ích.

2. Các sở, ngành ký số kết quả để trả tại nơi người dân nộp hồ sơ.

Nơi nhận:
- UBND tỉnh (b/c);
- Trung tâm PVHCC tỉnh;
- Lưu: VT, KSTT.
"""
    + PHUOC
)

BC_18_NK = (
    head(
        "18/BC-TTPVHCC",
        "ngày 03 tháng 4 năm 2025",
        "BÁO CÁO",
        "Kết quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh quý I năm 2025",
    )
    + """
Kính gửi: Văn phòng Ủy ban nhân dân tỉnh.

1. Quý I năm 2025, Trung tâm tiếp nhận 27.135 hồ sơ (tháng 01: 9.712; tháng 02: 7.305; tháng 3: 10.118); tỷ lệ đúng hạn 99,58%; tỷ lệ hồ sơ trực tuyến toàn trình 59,4%; thanh toán trực tuyến 47,3%; số hóa hồ sơ 84,1%.

2. Thực hiện Kế hoạch số 12/KH-VP ngày 20/01/2025 của Văn phòng Ủy ban nhân dân tỉnh, từ ngày 01/3/2025 Trung tâm tiếp nhận 312 hồ sơ không phụ thuộc địa giới hành chính.

3. So với quý I năm 2024 (23.355 hồ sơ), số hồ sơ tiếp nhận tăng 16,2%.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""
    + BINH
)

BC_52 = (
    head(
        "52/BC-TTPVHCC",
        "ngày 20 tháng 6 năm 2025",
        "BÁO CÁO",
        "Kết quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh 6 tháng đầu năm 2025",
    )
    + """
Kính gửi: Văn phòng Ủy ban nhân dân tỉnh.

1. 6 tháng đầu năm 2025 (số liệu đến ngày 15/6/2025), Trung tâm tiếp nhận 52.870 hồ sơ; tỷ lệ đúng hạn 99,61%; tỷ lệ hồ sơ trực tuyến toàn trình 61,2%; thanh toán trực tuyến 49,0%; số hóa hồ sơ 86,3%; tỷ lệ hài lòng 96,8%.

2. Hồ sơ tiếp nhận không phụ thuộc địa giới hành chính: 1.245 hồ sơ.

3. Chuẩn bị sắp xếp: thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh, tỉnh Ngọc Khê và tỉnh Lam Điền hợp nhất thành tỉnh Ngọc Lam từ ngày 01/7/2025. Trung tâm đã lập danh mục hồ sơ, tài liệu, trang thiết bị; các hồ sơ đang giải quyết tiếp tục được trả kết quả tại trụ sở hiện nay.

4. Chỉ thị số 05/CT-UBND ngày 12/3/2024 của Chủ tịch Ủy ban nhân dân tỉnh tiếp tục được thực hiện: 100% hồ sơ trễ hạn có văn bản xin lỗi.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""
    + TUAN
)

QD_2105_LD_HEAD = head_ld(
    "2105/QĐ-UBND",
    "ngày 14 tháng 11 năm 2024",
    "QUYẾT ĐỊNH",
    "Công bố Danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh Lam Điền",
    UB_LD,
)
QD_2105_LD_BODY = (
    """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAM ĐIỀN

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ; Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;

Căn cứ Quyết định số 1678/QĐ-UBND ngày 05/8/2022 của Ủy ban nhân dân tỉnh ban hành Quy chế hoạt động của Trung tâm Phục vụ hành chính công tỉnh Lam Điền;

Theo đề nghị của Giám đốc Trung tâm Phục vụ hành chính công tỉnh.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 987 thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh Lam Điền.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Giám đốc Trung tâm Phục vụ hành chính công tỉnh, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.
"""
    + BAO
    + """
DANH MỤC
Thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh Lam Điền
"""
)
QD_2105_LD_TABLE = [
    ["Cơ quan giải quyết", "Số thủ tục"],
    ["Sở Tư pháp", "131"],
    ["Sở Kế hoạch và Đầu tư", "160"],
    ["Sở Tài nguyên và Môi trường", "102"],
    ["Sở Giao thông vận tải", "115"],
    ["Sở Y tế", "138"],
    ["Các sở, ngành khác", "341"],
    ["Tổng cộng", "987"],
]
QD_2105_LD_AFTER = (
    "Danh mục chi tiết được niêm yết tại Trung tâm Phục vụ hành chính công tỉnh Lam Điền."
)

BC_04_LD = (
    head_ld(
        "04/BC-TTPVHCC",
        "ngày 10 tháng 01 năm 2025",
        "BÁO CÁO",
        "Kết quả hoạt động năm 2024 của Trung tâm Phục vụ hành chính công tỉnh Lam Điền",
    )
    + """
Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Lam Điền.

1. Năm 2024, Trung tâm tiếp nhận 71.480 hồ sơ; đã giải quyết 70.912 hồ sơ, tỷ lệ đúng hạn 98,86%; tỷ lệ hồ sơ trực tuyến toàn trình 46,7%; thanh toán trực tuyến 38,5%; số hóa hồ sơ 72,0%; tỷ lệ hài lòng 94,8%.

2. Từ ngày 14/11/2024, Trung tâm tiếp nhận 987 thủ tục hành chính theo Quyết định số 2105/QĐ-UBND ngày 14/11/2024 của Chủ tịch Ủy ban nhân dân tỉnh Lam Điền; Trung tâm hoạt động theo Quy chế ban hành kèm theo Quyết định số 1678/QĐ-UBND ngày 05/8/2022 của Ủy ban nhân dân tỉnh.

3. Kiến nghị: đầu tư ki-ốt tra cứu và máy quét cho các quầy.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""
    + HANH_LD
)

CV_96_LD = (
    head_ld(
        "96/TTPVHCC",
        "ngày 26 tháng 6 năm 2025",
        "",
        "V/v bàn giao hồ sơ, tài liệu, trang thiết bị của Trung tâm Phục vụ hành chính công tỉnh Lam Điền",
    )
    + """
Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Ngọc Khê.

Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh, Trung tâm Phục vụ hành chính công tỉnh Lam Điền bàn giao cho Trung tâm Phục vụ hành chính công của tỉnh Ngọc Lam (tỉnh mới):

1. 2.318 hồ sơ thủ tục hành chính đang giải quyết, chưa đến hạn trả kết quả.

2. Trụ sở Trung tâm (số 5 đường Lê Lợi) với 28 quầy, 06 ki-ốt tra cứu, 03 máy quét, hệ thống xếp hàng tự động.

3. Các văn bản đang thực hiện: Quy chế hoạt động ban hành kèm theo Quyết định số 1678/QĐ-UBND ngày 05/8/2022 của Ủy ban nhân dân tỉnh Lam Điền; Danh mục thủ tục hành chính ban hành kèm theo Quyết định số 2105/QĐ-UBND ngày 14/11/2024 của Chủ tịch Ủy ban nhân dân tỉnh Lam Điền; Báo cáo số 04/BC-TTPVHCC ngày 10/01/2025.

Thời gian bàn giao: ngày 30/6/2025.

Nơi nhận:
- Như trên;
- Văn phòng UBND tỉnh Lam Điền (b/c);
- Lưu: VT.
"""
    + HANH_LD
)

EARLY = [
    Sample("KH so hoa 2024 (VP).txt", "txt", (KH_08,)),
    Sample(
        "QD 142 danh muc TTHC tai Trung tam.docx",
        "docx",
        (QD_142_HEAD, QD_142_BODY),
        table=QD_142_TABLE,
        after=QD_142_AFTER,
        title="QĐ 142 Danh mục TTHC tại Trung tâm PVHCC tỉnh Ngọc Khê (MẪU, hư cấu)",
    ),
    Sample("chi thi 05 ky cuong mot cua.txt", "txt", (CT_05,)),
    Sample("bc thang 3 + quy I-2024.txt", "txt", (BC_21,)),
    Sample("tailieu_07.txt", "txt", (QD_1530,)),
    Sample("TTr 09 quy che TT (trinh UBND).txt", "txt", (TTR_09,)),
    Sample(
        "QD 2105 quy che hoat dong TTPVHCC [NK].pdf",
        "pdf",
        (QD_2105_NK,),
        title="QĐ 2105 Quy chế hoạt động Trung tâm PVHCC tỉnh Ngọc Khê (MẪU, hư cấu)",
    ),
    Sample(
        "BC T10.2024.pdf", "pdf", (BC_78,), title="Báo cáo tháng 10/2024 Trung tâm (MẪU, hư cấu)"
    ),
    Sample(
        "BC nam 2024 TTPVHCC_final.docx",
        "docx",
        (BC_03_HEAD, BC_03_BODY),
        table=BC_03_TABLE,
        after=BC_03_AFTER,
        title="Báo cáo năm 2024 Trung tâm PVHCC tỉnh Ngọc Khê (MẪU, hư cấu)",
    ),
    Sample("kh phi dia gioi 2025.txt", "txt", (KH_12,)),
    Sample(
        "bao cao quy I 2025 (ban ky).pdf",
        "pdf",
        (BC_18_NK,),
        title="Báo cáo quý I/2025 Trung tâm PVHCC tỉnh Ngọc Khê (MẪU, hư cấu)",
    ),
    Sample(
        "BC 6 thang 2025 TT Ngoc Khe.pdf",
        "pdf",
        (BC_52,),
        title="Báo cáo 6 tháng đầu năm 2025 Trung tâm PVHCC tỉnh Ngọc Khê (MẪU, hư cấu)",
    ),
    Sample(
        "LD_danh muc TTHC 2105.docx",
        "docx",
        (QD_2105_LD_HEAD, QD_2105_LD_BODY),
        table=QD_2105_LD_TABLE,
        after=QD_2105_LD_AFTER,
        title="QĐ 2105 Danh mục TTHC tỉnh Lam Điền (MẪU, hư cấu)",
    ),
    Sample(
        "bao cao nam 2024 [TT Lam Dien].pdf",
        "pdf",
        (BC_04_LD,),
        title="Báo cáo năm 2024 Trung tâm PVHCC tỉnh Lam Điền (MẪU, hư cấu)",
    ),
    Sample("cv ban giao TT Lam Dien.txt", "txt", (CV_96_LD,)),
]
