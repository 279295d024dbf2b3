"""Eleventh held-out archive, 2026: xã Hòa Phong (fictional), to its Tờ trình of 16/10/2026
(the archive's last document: "nay"). Do not tune on it.

The year's plan and a self-inspection plan; a one-clause amendment of the Quy chế of the
Trung tâm Phục vụ hành chính công; the first-quarter report (a text file with stray HTML and
odd white space), the 6-month report (a table) and the 9-month report, whose figures differ
from each other and from 2025; the Chủ tịch's new list of procedures at the centre (the very
same title as the 2025 list it replaces), signed 02/10/2026 and effective 01/11/2026, after the
last document; the Tờ trình on the Đề án vị trí việc làm (a proposal, not an act). Facts:
``bench/data/heldout11_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout11_2025 import LONG_PCT, QUAN, QUAN_CT, THANH_PCT, head
from sample_header import Sample

KH_04 = (
    head(
        "04/KH-UBND",
        "ngày 15 tháng 01 năm 2026",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2026 của Ủy ban nhân dân xã Hòa Phong",
    )
    + """
Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

Căn cứ Nghị quyết số 08/NQ-HĐND ngày 18/12/2025 của Hội đồng nhân dân xã về dự toán thu, chi ngân sách xã Hòa Phong năm 2026;

Căn cứ Quyết định số 12/QĐ-UBND ngày 15/7/2025 của Ủy ban nhân dân xã ban hành Quy chế làm việc của Ủy ban nhân dân xã Hòa Phong;

Thực hiện Kế hoạch số 11/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2026, Ủy ban nhân dân xã Hòa Phong ban hành Kế hoạch cải cách hành chính năm 2026 như sau:

I. CHỈ TIÊU

1. Hoàn thành 22 nhiệm vụ của Kế hoạch; cải thiện thứ hạng Chỉ số cải cách hành chính của xã trong tỉnh.

2. Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt từ 82% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 99,5% trở lên; Chỉ số hài lòng SIPAS đạt từ 92% trở lên; tỷ lệ hồ sơ được số hóa đạt từ 85% trở lên.

II. NHIỆM VỤ

1. Tự kiểm tra công tác cải cách hành chính tại Trung tâm Phục vụ hành chính công xã, Điểm tiếp nhận số 2 và các phòng chuyên môn.

2. Rà soát danh mục thủ tục hành chính tiếp nhận tại Trung tâm khi tỉnh công bố thủ tục sửa đổi.

3. Xây dựng Đề án vị trí việc làm của các cơ quan hành chính thuộc Ủy ban nhân dân xã, trình cấp có thẩm quyền trong quý III.

III. KINH PHÍ

Từ nguồn kinh phí cải cách hành chính, chuyển đổi số 1.250 triệu đồng được giao trong dự toán năm 2026.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Đảng ủy, HĐND xã;
- Lưu: VT, VP.
"""
    + QUAN
)

KH_09 = (
    head(
        "09/KH-UBND",
        "ngày 10 tháng 02 năm 2026",
        "KẾ HOẠCH",
        "Tự kiểm tra công tác cải cách hành chính năm 2026",
    )
    + """
Thực hiện Kế hoạch số 04/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân xã về cải cách hành chính năm 2026, Ủy ban nhân dân xã ban hành Kế hoạch tự kiểm tra như sau:

1. Đối tượng: Trung tâm Phục vụ hành chính công xã, Điểm tiếp nhận số 2, 04 phòng chuyên môn và 12 thôn, tổ dân phố.

2. Nội dung: việc niêm yết thủ tục hành chính, tiếp nhận và số hóa hồ sơ, trả kết quả đúng hạn, thái độ phục vụ, sử dụng chữ ký số.

3. Thời gian: quý II và quý III năm 2026.

4. Đoàn kiểm tra do Phó Chủ tịch Ủy ban nhân dân xã Trần Đức Long làm Trưởng đoàn.

Nơi nhận:
- Các phòng chuyên môn, Trung tâm PVHCC;
- Lưu: VT, VP.
"""
    + LONG_PCT
)

QD_08 = (
    head(
        "08/QĐ-UBND",
        "ngày 10 tháng 3 năm 2026",
        "QUYẾT ĐỊNH",
        "Sửa đổi khoản 2 Điều 7 Quy chế hoạt động của Trung tâm Phục vụ hành chính công xã Hòa Phong",
    )
    + """
ỦY BAN NHÂN DÂN XÃ HÒA PHONG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ;

Theo đề nghị của Giám đốc Trung tâm Phục vụ hành chính công xã.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi khoản 2 Điều 7 Quy chế hoạt động của Trung tâm Phục vụ hành chính công xã Hòa Phong ban hành kèm theo Quyết định số 03/QĐ-UBND ngày 04/7/2025 của Ủy ban nhân dân xã như sau:

"2. Điểm tiếp nhận số 2 làm việc cả ngày các ngày từ thứ Hai đến thứ Sáu."

Các nội dung khác của Quy chế giữ nguyên.

Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2026.

Điều 3. Giám đốc Trung tâm và công chức làm việc tại Điểm tiếp nhận số 2 chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, TTPVHCC.
"""
    + THANH_PCT
)

# The first-quarter report was pasted from the commune's web page: stray tags, entities,
# tabs and runs of spaces stay in the text, as staff leave them.
BC_45 = (
    head(
        "45/BC-UBND",
        "ngày 20 tháng 3 năm 2026",
        "BÁO CÁO",
        "Kết quả công tác cải cách hành chính quý I năm 2026",
    )
    + """
<p>Thực hiện Kế hoạch số 04/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân xã về cải cách hành chính năm 2026, Ủy ban nhân dân xã báo cáo kết quả quý I năm 2026 (số liệu đến ngày 15/3/2026) như sau:</p>

<p><b>1. Chỉ đạo, điều hành</b></p>
<p>Hoàn thành 05/22 nhiệm vụ.&nbsp;Ban hành Kế hoạch tự kiểm tra số 09/KH-UBND ngày 10/02/2026.</p>

<p><b>2. Thủ tục hành chính</b></p>
<p>Quý I tiếp nhận   1.742 hồ sơ, trong đó 1.324 hồ sơ trực tuyến, đạt 76,0%;<br>giải quyết đúng hạn 1.740 hồ sơ, đạt 99,89%.	Chỉ số hài lòng SIPAS đạt 91,2%.</p>
<p>(Năm 2025, theo Báo cáo số 210/BC-UBND ngày 12/12/2025: tỷ lệ hồ sơ trực tuyến 73,0%, SIPAS 90,3%.)</p>

<p><b>3. Tổ chức bộ máy</b></p>
<p>Quyết định số 08/QĐ-UBND ngày 10/3/2026 sửa đổi khoản 2 Điều 7 Quy chế hoạt động của Trung tâm ban hành kèm theo Quyết định số 03/QĐ-UBND ngày 04/7/2025, có hiệu lực từ ngày 15/3/2026: Điểm tiếp nhận số 2 làm việc cả ngày.</p>

<p><b>4. Khó khăn</b></p>
<p>Hệ thống thông tin giải quyết thủ tục hành chính đã chuyển mã đơn vị theo kiến nghị tại Công văn số 145/UBND ngày 12/9/2025;&nbsp;&nbsp;còn 212 hồ sơ cũ chưa đồng bộ.</p>

Nơi nhận:
- UBND tỉnh (Sở Nội vụ);
- Lưu: VT, VP.
"""
    + LONG_PCT
)

BC_98_HEAD = head(
    "98/BC-UBND",
    "ngày 15 tháng 6 năm 2026",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026",
)
BC_98_BODY = """
Thực hiện Kế hoạch số 04/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân xã về cải cách hành chính năm 2026, Ủy ban nhân dân xã Hòa Phong báo cáo kết quả 6 tháng đầu năm 2026 (số liệu đến ngày 10/6/2026) như sau:

I. CHỈ ĐẠO, ĐIỀU HÀNH

Hoàn thành 10/22 nhiệm vụ. Chỉ số cải cách hành chính năm 2025 của xã theo Quyết định số 612/QĐ-UBND ngày 10/4/2026 của Ủy ban nhân dân tỉnh đạt 87,45 điểm, xếp thứ 12/68 xã, phường.

Đoàn tự kiểm tra theo Kế hoạch số 09/KH-UBND ngày 10/02/2026 đã kiểm tra Trung tâm, 02 phòng chuyên môn và 06 thôn, tổ dân phố.

II. THỦ TỤC HÀNH CHÍNH

Trung tâm tiếp nhận 286 thủ tục hành chính; khoản 2 Điều 7 Quy chế hoạt động của Trung tâm ban hành kèm theo Quyết định số 03/QĐ-UBND ngày 04/7/2025 đã được sửa đổi bởi Quyết định số 08/QĐ-UBND ngày 10/3/2026. 6 tháng đầu năm tiếp nhận 3.915 hồ sơ, trong đó 3.054 hồ sơ trực tuyến, đạt 78,0%; giải quyết đúng hạn 3.911 hồ sơ, đạt 99,90%. Chỉ số hài lòng SIPAS đạt 91,8%.

III. KẾT QUẢ SO VỚI KẾ HOẠCH
"""
BC_98_TABLE = [
    ["Chỉ tiêu", "Kế hoạch năm 2026", "6 tháng đầu năm 2026"],
    ["Nhiệm vụ hoàn thành", "22", "10/22"],
    ["Tỷ lệ hồ sơ tiếp nhận trực tuyến", "từ 82%", "78,0%"],
    ["Tỷ lệ hồ sơ giải quyết đúng hạn", "từ 99,5%", "99,90%"],
    ["Chỉ số hài lòng SIPAS", "từ 92%", "91,8%"],
    ["Số hồ sơ tiếp nhận", "-", "3.915"],
]
BC_98_AFTER = (
    """IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM

Hoàn thành Đề án vị trí việc làm; tiếp tục đồng bộ hồ sơ cũ; nâng tỷ lệ hồ sơ trực tuyến.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ;
- Lưu: VT, VP."""
    + QUAN
)

BC_156 = (
    head(
        "156/BC-UBND",
        "ngày 18 tháng 9 năm 2026",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2026",
    )
    + """
Thực hiện Kế hoạch số 04/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân xã về cải cách hành chính năm 2026, Ủy ban nhân dân xã Hòa Phong báo cáo kết quả 9 tháng đầu năm 2026 (số liệu đến ngày 15/9/2026) như sau:

1. Chỉ đạo, điều hành: hoàn thành 16/22 nhiệm vụ; đã tự kiểm tra Trung tâm, 04 phòng chuyên môn và 12 thôn, tổ dân phố.

2. Thủ tục hành chính: 9 tháng đầu năm tiếp nhận 6.120 hồ sơ, trong đó 4.896 hồ sơ trực tuyến, đạt 80,0%; giải quyết đúng hạn 6.115 hồ sơ, đạt 99,92%. Chỉ số hài lòng SIPAS đạt 92,5%. Trung tâm đang tiếp nhận 286 thủ tục hành chính; đã rà soát để trình Chủ tịch Ủy ban nhân dân xã công bố danh mục mới trong tháng 10/2026.

3. Tổ chức bộ máy, công vụ: đã hoàn thành dự thảo Đề án vị trí việc làm; Điểm tiếp nhận số 2 làm việc cả ngày theo Quy chế hoạt động của Trung tâm đã được sửa đổi.

4. So với năm 2025: tỷ lệ hồ sơ trực tuyến tăng từ 73,0% lên 80,0%.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ;
- Lưu: VT, VP.
"""
    + THANH_PCT
)

QD_27 = (
    head(
        "27/QĐ-UBND",
        "ngày 02 tháng 10 năm 2026",
        "QUYẾT ĐỊNH",
        "Công bố danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công xã Hòa Phong",
    )
    + """
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA PHONG

Căn cứ Quyết định số 1876/QĐ-UBND ngày 18/9/2026 của Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục thủ tục hành chính được sửa đổi, bổ sung thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã;

Theo đề nghị của Giám đốc Trung tâm Phục vụ hành chính công xã.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục 304 thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công xã Hòa Phong.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 11 năm 2026 và thay thế Quyết định số 19/QĐ-UBND ngày 22/7/2025 của Chủ tịch Ủy ban nhân dân xã công bố danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công xã Hòa Phong.

Điều 3. Giám đốc Trung tâm, Trưởng các phòng chuyên môn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, TTPVHCC.
"""
    + QUAN_CT
)

TTR_24 = (
    head(
        "24/TTr-UBND",
        "ngày 16 tháng 10 năm 2026",
        "TỜ TRÌNH",
        "Đề nghị thẩm định Đề án vị trí việc làm trong các cơ quan hành chính thuộc Ủy ban nhân dân xã Hòa Phong",
    )
    + """
Kính gửi: Ủy ban nhân dân tỉnh An Thạch (qua Sở Nội vụ).

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ;

Thực hiện Kế hoạch số 04/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân xã về cải cách hành chính năm 2026, Ủy ban nhân dân xã Hòa Phong kính trình Ủy ban nhân dân tỉnh thẩm định Đề án vị trí việc làm như sau:

1. Số vị trí việc làm đề nghị: 47 vị trí, với 45 biên chế công chức, trong đó 11 công chức làm việc tại Trung tâm Phục vụ hành chính công xã.

2. Đề án dự kiến được áp dụng từ ngày 01/01/2027. Sau khi Đề án được phê duyệt, Ủy ban nhân dân xã sẽ sửa đổi Quy chế làm việc ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 15/7/2025 cho phù hợp.

3. Hồ sơ kèm theo: dự thảo Đề án; Công văn số 188/UBND-VP ngày 08/10/2025 báo cáo số lượng cán bộ, công chức.

Kính trình Ủy ban nhân dân tỉnh xem xét, thẩm định.

Nơi nhận:
- Như trên;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + QUAN
)

LATE = [
    Sample("ke hoach cchc 2026.pdf", "pdf", (KH_04,), title="Kế hoạch CCHC năm 2026 (MẪU, hư cấu)"),
    Sample("KH tu kiem tra CCHC 2026.txt", "txt", (KH_09,)),
    Sample("tailieu_09.txt", "txt", (QD_08,)),
    Sample("bc quy 1 2026 (copy web).txt", "txt", (BC_45,)),
    Sample(
        "BC 6 thang dau nam 2026.docx",
        "docx",
        (BC_98_HEAD, BC_98_BODY),
        table=BC_98_TABLE,
        after=BC_98_AFTER,
        title="Báo cáo CCHC 6 tháng đầu năm 2026 (MẪU, hư cấu)",
    ),
    Sample(
        "bao cao 9 thang 2026 (ban ky).pdf",
        "pdf",
        (BC_156,),
        title="Báo cáo CCHC 9 tháng đầu năm 2026 (MẪU, hư cấu)",
    ),
    Sample("qd-27-2026-danh-muc-tthc.txt", "txt", (QD_27,)),
    Sample("To trinh de an vi tri viec lam.txt", "txt", (TTR_24,)),
]
