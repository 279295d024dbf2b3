"""Eleventh held-out archive, July – December 2025: the new UBND xã Hòa Phong (fictional),
formed on 01/7/2025 by merging the former xã Hòa An, xã Phong Lạc and thị trấn Ngã Ba of the
abolished huyện Sông Cầu. Do not tune on it.

The new xã numbers its documents anew from 01/7/2025, so its ``12/QĐ-UBND`` of 15/7/2025 (its
Quy chế làm việc) shares number and symbol with xã Hòa An's ``12/QĐ-UBND`` of 20/02/2025. Its
Thông báo on starting work; the decision founding its Trung tâm Phục vụ hành chính công and
the centre's Quy chế (replacing both former one-stop Quy chế in one sentence); its Quy chế làm
việc (replacing both former ones); the Chủ tịch's list of procedures at the centre (a table);
its plan for the rest of 2025 (replacing both former 2025 plans); a Công văn to the UBND tỉnh
and one to the Sở Nội vụ; the 2025 report for the whole year and area (which dates 03/QĐ-UBND
wrongly); the HĐND xã's budget resolution for 2026. Facts:
``bench/data/heldout11_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout11_early import MARK
from sample_header import Sample, header

HOA_PHONG = ("ỦY BAN NHÂN DÂN", "XÃ HÒA PHONG")
HDND = ("HỘI ĐỒNG NHÂN DÂN", "XÃ HÒA PHONG")
# xã Hòa Phong: Chủ tịch Phạm Minh Quân; Phó Chủ tịch Nguyễn Văn Thành (the former Chủ tịch
# of xã Hòa An) and Trần Đức Long (the former Chủ tịch of thị trấn Ngã Ba) sign KT. CHỦ TỊCH.
QUAN = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nPhạm Minh Quân\n"
QUAN_CT = "\nCHỦ TỊCH\n\n(Đã ký)\n\nPhạm Minh Quân\n"
THANH_PCT = "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Văn Thành\n"
LONG_PCT = "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nTrần Đức Long\n"
MAI = "\nTM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nĐỗ Thị Mai\n"


def head(
    number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = HOA_PHONG
) -> str:
    """The header of a document of xã Hòa Phong (its UBND, or its HĐND)."""
    return header(number, day, kind, subject, issuer, place="Hòa Phong", mark=MARK)


TB_01 = (
    head(
        "01/TB-UBND",
        "ngày 01 tháng 7 năm 2025",
        "THÔNG BÁO",
        "Về việc Ủy ban nhân dân xã Hòa Phong bắt đầu hoạt động và địa điểm tiếp nhận hồ sơ thủ tục hành chính",
    )
    + """
Thực hiện Nghị quyết số 1699/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh An Thạch năm 2025, Ủy ban nhân dân xã Hòa Phong thông báo:

1. Từ ngày 01/7/2025, xã Hòa Phong (trên cơ sở nhập toàn bộ diện tích tự nhiên, quy mô dân số của xã Hòa An, xã Phong Lạc và thị trấn Ngã Ba thuộc huyện Sông Cầu) chính thức hoạt động; chính quyền địa phương cấp huyện kết thúc hoạt động. Chủ tịch Ủy ban nhân dân xã là ông Phạm Minh Quân theo Quyết định số 1405/QĐ-UBND ngày 30/6/2025 của Chủ tịch Ủy ban nhân dân tỉnh.

2. Trụ sở Ủy ban nhân dân xã đặt tại trụ sở Ủy ban nhân dân xã Hòa An cũ. Hồ sơ thủ tục hành chính được tiếp nhận tại Trung tâm Phục vụ hành chính công xã (trụ sở chính) và tại Điểm tiếp nhận số 2 (trụ sở Ủy ban nhân dân thị trấn Ngã Ba cũ, số 12 đường Trần Phú).

3. Hồ sơ đã tiếp nhận trước ngày 01/7/2025 tại xã Hòa An, xã Phong Lạc, thị trấn Ngã Ba tiếp tục được giải quyết, trả kết quả tại Trung tâm.

4. Con dấu của Ủy ban nhân dân xã Hòa An, xã Phong Lạc, thị trấn Ngã Ba không sử dụng từ ngày 01/7/2025 và được nộp lại cơ quan công an.

5. Theo Quyết định số 1102/QĐ-UBND ngày 27/6/2025 của Ủy ban nhân dân tỉnh, Quyết định số 1520/QĐ-UBND ngày 15/8/2023 của Ủy ban nhân dân huyện Sông Cầu về Quy chế phối hợp một cửa tại các xã, thị trấn hết hiệu lực kể từ ngày 01/7/2025.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Đảng ủy, HĐND xã;
- Niêm yết tại trụ sở, các thôn, tổ dân phố;
- Lưu: VT, VP.
"""
    + QUAN
)

QD_01 = (
    head(
        "01/QĐ-UBND",
        "ngày 01 tháng 7 năm 2025",
        "QUYẾT ĐỊNH",
        "Về việc thành lập Trung tâm Phục vụ hành chính công xã Hòa Phong",
    )
    + """
ỦY BAN NHÂN DÂN XÃ HÒA PHONG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;

Căn cứ Nghị quyết số 1699/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh An Thạch năm 2025.

QUYẾT ĐỊNH:

Điều 1. Thành lập Trung tâm Phục vụ hành chính công xã Hòa Phong trực thuộc Ủy ban nhân dân xã; Trung tâm là Bộ phận Một cửa của xã, có trụ sở chính và Điểm tiếp nhận số 2.

Điều 2. Trung tâm có Giám đốc (Phó Chủ tịch Ủy ban nhân dân xã kiêm nhiệm), 01 Phó Giám đốc và công chức được cử đến làm việc.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Điều 4. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, các phòng chuyên môn và Trung tâm chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- UBND tỉnh, Sở Nội vụ (b/c);
- Lưu: VT, VP.
"""
    + QUAN
)

QD_03_HEAD = head(
    "03/QĐ-UBND",
    "ngày 04 tháng 7 năm 2025",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế hoạt động của Trung tâm Phục vụ hành chính công xã Hòa Phong",
)
QD_03_BODY = (
    """
ỦY BAN NHÂN DÂN XÃ HÒA PHONG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ;

Căn cứ Quyết định số 01/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân xã về việc thành lập Trung tâm Phục vụ hành chính công xã Hòa Phong.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Trung tâm Phục vụ hành chính công xã Hòa Phong.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 12/QĐ-UBND ngày 20/02/2025 của Ủy ban nhân dân xã Hòa An ban hành Quy chế hoạt động của Bộ phận Tiếp nhận và Trả kết quả giải quyết thủ tục hành chính xã Hòa An, Quyết định số 25/QĐ-UBND ngày 12/5/2023 của Ủy ban nhân dân thị trấn Ngã Ba ban hành Quy chế hoạt động của Bộ phận Một cửa thị trấn.

Điều 3. Giám đốc Trung tâm, công chức làm việc tại Trung tâm chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, TTPVHCC.
"""
    + THANH_PCT
    + """
QUY CHẾ
Hoạt động của Trung tâm Phục vụ hành chính công xã Hòa Phong

Điều 5. Lãnh đạo Trung tâm

Giám đốc Trung tâm là ông Nguyễn Văn Thành, Phó Chủ tịch Ủy ban nhân dân xã, theo Quyết định số 05/QĐ-UBND ngày 02/7/2025 của Chủ tịch Ủy ban nhân dân xã; Phó Giám đốc là bà Lê Thị Hương.

Điều 7. Địa điểm và thời gian tiếp nhận hồ sơ

1. Trụ sở chính làm việc các ngày từ thứ Hai đến thứ Sáu và sáng thứ Bảy.

2. Điểm tiếp nhận số 2 làm việc buổi sáng các ngày từ thứ Hai đến thứ Sáu.

Các quầy của Trung tâm theo bảng dưới đây.
"""
)
QD_03_TABLE = [
    ["Quầy", "Địa điểm", "Lĩnh vực tiếp nhận"],
    ["Quầy 1, 2", "Trụ sở chính", "Hộ tịch, chứng thực, tư pháp"],
    ["Quầy 3", "Trụ sở chính", "Đất đai, xây dựng, môi trường"],
    ["Quầy 4", "Trụ sở chính", "Lao động, người có công, bảo trợ xã hội"],
    ["Quầy 5", "Điểm tiếp nhận số 2", "Tất cả lĩnh vực (chỉ tiếp nhận, chuyển về trụ sở chính)"],
]
QD_03_AFTER = """Điều 9. Số hóa hồ sơ

Hồ sơ nộp trực tiếp được số hóa ngay khi tiếp nhận theo Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử; kết quả giải quyết được lưu trong kho dữ liệu điện tử của tổ chức, cá nhân trên Cổng Dịch vụ công quốc gia."""

QD_12_HP = (
    head(
        "12/QĐ-UBND",
        "ngày 15 tháng 7 năm 2025",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Ủy ban nhân dân xã Hòa Phong",
    )
    + """
ỦY BAN NHÂN DÂN XÃ HÒA PHONG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Nghị định số 150/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh và Ủy ban nhân dân xã, phường, đặc khu;

Theo đề nghị của Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân xã Hòa Phong.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 28/QĐ-UBND ngày 05/3/2024 của Ủy ban nhân dân xã Hòa An và Quyết định số 31/QĐ-UBND ngày 20/4/2022 của Ủy ban nhân dân thị trấn Ngã Ba ban hành Quy chế làm việc.

Điều 3. Các thành viên Ủy ban nhân dân xã, Trưởng các phòng chuyên môn, Giám đốc Trung tâm Phục vụ hành chính công xã chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- Lưu: VT, VP.
"""
    + QUAN
    + """
QUY CHẾ
Làm việc của Ủy ban nhân dân xã Hòa Phong

Điều 4. Phân công nhiệm vụ

1. Chủ tịch Ủy ban nhân dân xã (ông Phạm Minh Quân) lãnh đạo, điều hành chung; phụ trách tổ chức bộ máy, cán bộ, tài chính.

2. Phó Chủ tịch Nguyễn Văn Thành phụ trách kinh tế, Trung tâm Phục vụ hành chính công xã và cải cách hành chính.

3. Phó Chủ tịch Trần Đức Long phụ trách văn hóa - xã hội và chuyển đổi số.

Điều 11. Chế độ họp

Ủy ban nhân dân xã họp thường kỳ mỗi tháng một lần; giao ban lãnh đạo vào sáng thứ Hai hằng tuần.
"""
)

QD_19_HEAD = head(
    "19/QĐ-UBND",
    "ngày 22 tháng 7 năm 2025",
    "QUYẾT ĐỊNH",
    "Công bố danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công xã Hòa Phong",
)
QD_19_BODY = (
    """
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA PHONG

Căn cứ Quyết định số 1350/QĐ-UBND ngày 30/6/2025 của Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã;

Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;

Căn cứ Quyết định số 03/QĐ-UBND ngày 04/7/2025 của Ủy ban nhân dân xã ban hành Quy chế hoạt động của Trung tâm Phục vụ hành chính công xã Hòa Phong.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục 286 thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công xã Hòa Phong.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Giám đốc Trung tâm, Trưởng các phòng chuyên môn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, TTPVHCC.
"""
    + QUAN_CT
    + """
DANH MỤC
Thủ tục hành chính tiếp nhận tại Trung tâm (tổng hợp theo lĩnh vực)
"""
)
QD_19_TABLE = [
    ["Lĩnh vực", "Số thủ tục"],
    ["Hộ tịch", "38"],
    ["Chứng thực", "16"],
    ["Đất đai", "41"],
    ["Xây dựng", "19"],
    ["Đăng ký kinh doanh hộ", "12"],
    ["Bảo trợ xã hội", "35"],
    ["Người có công", "28"],
    ["Nội vụ, tôn giáo", "17"],
    ["Giáo dục và đào tạo", "22"],
    ["Các lĩnh vực khác", "58"],
    ["Tổng cộng", "286"],
]
QD_19_AFTER = "Danh mục chi tiết từng thủ tục được niêm yết tại Trung tâm và Điểm tiếp nhận số 2."

KH_07_HEAD = head(
    "07/KH-UBND",
    "ngày 25 tháng 7 năm 2025",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2025 của Ủy ban nhân dân xã Hòa Phong",
)
KH_07_BODY = """
Căn cứ Quyết định số 12/QĐ-UBND ngày 15/7/2025 của Ủy ban nhân dân xã ban hành Quy chế làm việc của Ủy ban nhân dân xã Hòa Phong;

Căn cứ Quyết định số 01/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân xã về việc thành lập Trung tâm Phục vụ hành chính công xã Hòa Phong;

Thực hiện Kế hoạch số 09/KH-UBND ngày 08/01/2025 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2025, Ủy ban nhân dân xã Hòa Phong ban hành Kế hoạch cải cách hành chính từ tháng 7 đến hết năm 2025 như sau:

I. PHẠM VI

Kế hoạch áp dụng trên toàn địa bàn xã Hòa Phong và thay thế Kế hoạch số 05/KH-UBND ngày 14/01/2025 của Ủy ban nhân dân xã Hòa An, Kế hoạch số 03/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân thị trấn Ngã Ba.

II. CHỈ TIÊU

Các chỉ tiêu đến hết năm 2025 theo bảng dưới đây.
"""
KH_07_TABLE = [
    ["Chỉ tiêu", "Đến hết năm 2025"],
    ["Nhiệm vụ của Kế hoạch", "15"],
    ["Tỷ lệ hồ sơ tiếp nhận trực tuyến", "từ 70% trở lên"],
    ["Tỷ lệ hồ sơ giải quyết đúng hạn", "từ 99% trở lên"],
    ["Chỉ số hài lòng SIPAS", "từ 90% trở lên"],
    ["Tỷ lệ hồ sơ được số hóa", "từ 70% trở lên"],
]
KH_07_AFTER = (
    """III. NHIỆM VỤ

1. Vận hành Trung tâm Phục vụ hành chính công xã và Điểm tiếp nhận số 2 bảo đảm không gián đoạn.

2. Đồng bộ dữ liệu hồ sơ của ba đơn vị cũ lên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.

3. Rà soát, sắp xếp cán bộ, công chức theo vị trí việc làm.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Lưu: VT, VP."""
    + THANH_PCT
)

CV_145 = (
    head(
        "145/UBND",
        "ngày 12 tháng 9 năm 2025",
        "",
        "V/v kiến nghị về Hệ thống thông tin giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã",
    )
    + """
Kính gửi: Ủy ban nhân dân tỉnh An Thạch.

Từ ngày 01/7/2025 đến ngày 10/9/2025, Trung tâm Phục vụ hành chính công xã Hòa Phong tiếp nhận 2.416 hồ sơ thủ tục hành chính. Trong thời gian này, Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh gián đoạn 14 lần; dữ liệu hồ sơ của xã Hòa An, xã Phong Lạc và thị trấn Ngã Ba cũ chưa được chuyển đầy đủ sang mã đơn vị của xã Hòa Phong; Điểm tiếp nhận số 2 chưa có đường truyền riêng.

Để bảo đảm việc đánh giá theo Bộ chỉ số ban hành kèm theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ được chính xác, Ủy ban nhân dân xã Hòa Phong kính đề nghị Ủy ban nhân dân tỉnh:

1. Chỉ đạo đơn vị vận hành Hệ thống chuyển toàn bộ hồ sơ của ba đơn vị cũ sang mã đơn vị của xã Hòa Phong.

2. Hỗ trợ đường truyền cho Điểm tiếp nhận số 2.

Nơi nhận:
- Như trên;
- Sở Khoa học và Công nghệ;
- Lưu: VT, TTPVHCC.
"""
    + LONG_PCT
)

CV_188 = (
    head(
        "188/UBND-VP",
        "ngày 08 tháng 10 năm 2025",
        "",
        "V/v báo cáo số lượng cán bộ, công chức và kết quả bố trí sau sắp xếp",
    )
    + """
Kính gửi: Sở Nội vụ tỉnh An Thạch.

Thực hiện Công văn số 2150/SNV-CCVC ngày 26/9/2025 của Sở Nội vụ về việc báo cáo số lượng cán bộ, công chức cấp xã sau sắp xếp, Ủy ban nhân dân xã Hòa Phong báo cáo như sau:

1. Tổng số cán bộ, công chức hiện có là 58 người (từ xã Hòa An 21 người, xã Phong Lạc 17 người, thị trấn Ngã Ba 20 người); số được giao là 45 người.

2. Đã bố trí 11 công chức làm việc tại Trung tâm Phục vụ hành chính công xã (kể cả Điểm tiếp nhận số 2).

3. Có 06 người nghỉ thôi việc theo Nghị định số 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ; 07 người dôi dư sẽ được bố trí trong năm 2026 theo Đề án vị trí việc làm.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + QUAN
)

BC_210_HEAD = head(
    "210/BC-UBND",
    "ngày 12 tháng 12 năm 2025",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2025",
)
BC_210_BODY = """
Thực hiện Kế hoạch số 07/KH-UBND ngày 25/7/2025 của Ủy ban nhân dân xã về cải cách hành chính năm 2025, Ủy ban nhân dân xã Hòa Phong báo cáo kết quả cả năm 2025 trên toàn địa bàn xã (6 tháng đầu năm là số liệu của xã Hòa An, xã Phong Lạc và thị trấn Ngã Ba; số liệu tính đến ngày 30/11/2025) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

6 tháng đầu năm, từng đơn vị cũ thực hiện kế hoạch của mình (Kế hoạch số 05/KH-UBND ngày 14/01/2025 của Ủy ban nhân dân xã Hòa An, Kế hoạch số 03/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân thị trấn Ngã Ba). Từ tháng 7, Kế hoạch số 07/KH-UBND thay thế các kế hoạch này; xã hoàn thành 14/15 nhiệm vụ.

Chỉ số cải cách hành chính năm 2024 (Quyết định số 248/QĐ-UBND ngày 19/3/2025 của Ủy ban nhân dân huyện Sông Cầu): xã Hòa An đạt 84,10 điểm, thị trấn Ngã Ba đạt 86,52 điểm.

II. CẢI CÁCH THỂ CHẾ, TỔ CHỨC BỘ MÁY

Trung tâm Phục vụ hành chính công xã được thành lập theo Quyết định số 01/QĐ-UBND ngày 01/7/2025, hoạt động theo Quy chế ban hành kèm theo Quyết định số 03/QĐ-UBND ngày 07/7/2025 của Ủy ban nhân dân xã. Quy chế này thay thế Quy chế của Bộ phận Tiếp nhận và Trả kết quả xã Hòa An ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 20/02/2025 của Ủy ban nhân dân xã Hòa An.

Quy chế làm việc ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 15/7/2025 thay thế Quy chế làm việc của xã Hòa An (Quyết định số 28/QĐ-UBND ngày 05/3/2024).

Quyết định số 1520/QĐ-UBND ngày 15/8/2023 của Ủy ban nhân dân huyện Sông Cầu hết hiệu lực từ ngày 01/7/2025 theo Quyết định số 1102/QĐ-UBND ngày 27/6/2025 của Ủy ban nhân dân tỉnh.

Xã đã báo cáo Sở Nội vụ số lượng cán bộ, công chức tại Công văn số 188/UBND-VP ngày 08/10/2025.

III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH

Trung tâm tiếp nhận 286 thủ tục hành chính theo Quyết định số 19/QĐ-UBND ngày 22/7/2025 của Chủ tịch Ủy ban nhân dân xã. Cả năm 2025, trên địa bàn xã tiếp nhận 7.864 hồ sơ (6 tháng đầu năm ba đơn vị cũ tiếp nhận 3.905 hồ sơ; từ 01/7 đến 30/11/2025 Trung tâm tiếp nhận 3.959 hồ sơ), trong đó 5.741 hồ sơ trực tuyến, đạt 73,0% (năm 2024: xã Hòa An 56,0%, thị trấn Ngã Ba 61,0%); giải quyết đúng hạn 7.848 hồ sơ, đạt 99,80%. Chỉ số hài lòng SIPAS đạt 90,3%.

IV. KẾT QUẢ SO VỚI KẾ HOẠCH
"""
BC_210_TABLE = [
    ["Chỉ tiêu", "Kế hoạch (07/KH-UBND)", "Thực hiện năm 2025"],
    ["Nhiệm vụ hoàn thành", "15", "14/15"],
    ["Tỷ lệ hồ sơ tiếp nhận trực tuyến", "từ 70%", "73,0%"],
    ["Tỷ lệ hồ sơ giải quyết đúng hạn", "từ 99%", "99,80%"],
    ["Chỉ số hài lòng SIPAS", "từ 90%", "90,3%"],
    ["Số hồ sơ tiếp nhận", "-", "7.864"],
]
BC_210_AFTER = (
    """V. TÀI CHÍNH CÔNG, CHÍNH QUYỀN SỐ

Dự toán kinh phí cải cách hành chính, chuyển đổi số năm 2026 đã trình Hội đồng nhân dân xã tại Tờ trình số 31/TTr-UBND ngày 08/12/2025. 100% văn bản đi được ký số.

VI. PHƯƠNG HƯỚNG NĂM 2026

Ổn định hoạt động Trung tâm; rà soát danh mục thủ tục hành chính; xây dựng Đề án vị trí việc làm.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ;
- Đảng ủy, HĐND xã;
- Lưu: VT, VP."""
    + QUAN
)

NQ_08 = (
    head(
        "08/NQ-HĐND",
        "ngày 18 tháng 12 năm 2025",
        "NGHỊ QUYẾT",
        "Về dự toán thu, chi ngân sách xã Hòa Phong năm 2026",
        HDND,
    )
    + """
HỘI ĐỒNG NHÂN DÂN XÃ HÒA PHONG
KỲ HỌP THỨ BA

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;

Xét Tờ trình số 31/TTr-UBND ngày 08/12/2025 của Ủy ban nhân dân xã; báo cáo thẩm tra của Ban Kinh tế - Ngân sách và ý kiến thảo luận của đại biểu Hội đồng nhân dân xã tại kỳ họp.

QUYẾT NGHỊ:

Điều 1. Dự toán thu ngân sách nhà nước trên địa bàn xã năm 2026 là 48.650 triệu đồng; dự toán chi ngân sách xã là 48.650 triệu đồng, trong đó kinh phí cải cách hành chính, chuyển đổi số 1.250 triệu đồng, kinh phí hoạt động của Trung tâm Phục vụ hành chính công xã 620 triệu đồng.

Điều 2. Giao Ủy ban nhân dân xã tổ chức thực hiện; Thường trực Hội đồng nhân dân, các Ban và đại biểu Hội đồng nhân dân xã giám sát.

Điều 3. Nghị quyết này được Hội đồng nhân dân xã Hòa Phong thông qua ngày 18 tháng 12 năm 2025 và có hiệu lực kể từ ngày thông qua./.

Nơi nhận:
- TT HĐND tỉnh, UBND tỉnh;
- Đảng ủy, UBND xã;
- Lưu: VT.
"""
    + MAI
)

MID = [
    Sample("thong bao 01 (xa moi).txt", "txt", (TB_01,)),
    Sample(
        "QD thanh lap trung tam PVHCC.pdf",
        "pdf",
        (QD_01,),
        title="QĐ thành lập Trung tâm PVHCC xã Hòa Phong (MẪU, hư cấu)",
    ),
    Sample(
        "quy che hoat dong TTPVHCC xa.docx",
        "docx",
        (QD_03_HEAD, QD_03_BODY),
        table=QD_03_TABLE,
        after=QD_03_AFTER,
        title="Quy chế hoạt động Trung tâm PVHCC (MẪU, hư cấu)",
    ),
    Sample(
        "QD12 quy che lam viec 2025.pdf",
        "pdf",
        (QD_12_HP,),
        title="QĐ 12 Quy chế làm việc UBND xã Hòa Phong (MẪU, hư cấu)",
    ),
    Sample(
        "danh muc TTHC mot cua xa Hoa Phong.docx",
        "docx",
        (QD_19_HEAD, QD_19_BODY),
        table=QD_19_TABLE,
        after=QD_19_AFTER,
        title="Danh mục TTHC tại Trung tâm PVHCC (MẪU, hư cấu)",
    ),
    Sample(
        "KH CCHC 2025 (sau sap xep).docx",
        "docx",
        (KH_07_HEAD, KH_07_BODY),
        table=KH_07_TABLE,
        after=KH_07_AFTER,
        title="Kế hoạch CCHC năm 2025 xã Hòa Phong (MẪU, hư cấu)",
    ),
    Sample("cv 145 gui UBND tinh.txt", "txt", (CV_145,)),
    Sample(
        "CV bao cao so luong CBCC gui So Noi vu.pdf",
        "pdf",
        (CV_188,),
        title="Công văn 188 gửi Sở Nội vụ (MẪU, hư cấu)",
    ),
    Sample(
        "Bao cao CCHC nam 2025 - xa Hoa Phong.docx",
        "docx",
        (BC_210_HEAD, BC_210_BODY),
        table=BC_210_TABLE,
        after=BC_210_AFTER,
        title="Báo cáo CCHC năm 2025 xã Hòa Phong (MẪU, hư cấu)",
    ),
    Sample("NQ HDND du toan 2026.txt", "txt", (NQ_08,)),
]
