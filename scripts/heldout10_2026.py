"""Tenth held-out archive, 2026: the merged Sở Tư pháp of the fictional tỉnh Lạc Giang, to its
Tờ trình of 12/11/2026 (the archive's last document: "nay"). Do not tune on it.

The year's plan; a plan for propaganda and legal education and one for following the
enforcement of law; the ISO decision after the merger (the very same title as the former
Lạc Giang Sở's 45/QĐ-STP of 2024, which it replaces); the 6-month report (a table) and the
9-month report, whose figures differ from each other and from 2025 for every measure; the
one-stop Quy chế of the whole province, signed 30/10/2026 and effective 01/12/2026, after
the last document, replacing both former Sở's; the Tờ trình proposing to repeal two
regulations of the former provinces (a proposal, not an act). Facts:
``bench/data/heldout10_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout10_2025 import M_DIRECTOR, M_NHUNG, M_VINH
from heldout10_early import head
from sample_header import Sample

M_LAN = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nVũ Thị Lan\n"

KH_08 = (
    head(
        "08/KH-STP",
        "ngày 14 tháng 01 năm 2026",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2026 của Sở Tư pháp",
    )
    + """
Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

Căn cứ Quyết định số 19/2025/QĐ-UBND ngày 18/7/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp tỉnh Lạc Giang;

Thực hiện Kế hoạch số 10/KH-UBND ngày 09/01/2026 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2026, Sở Tư pháp ban hành Kế hoạch cải cách hành chính năm 2026 như sau:

I. CHỈ TIÊU

1. Hoàn thành 42 nhiệm vụ của Kế hoạch.

2. Tỷ lệ thủ tục hành chính trực tuyến toàn trình đạt từ 80% trở lên; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt từ 85% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 99,8% trở lên; tỷ lệ Phiếu lý lịch tư pháp cấp qua ứng dụng VNeID đạt từ 60% trở lên.

3. Kiểm tra công tác hộ tịch, chứng thực, cải cách hành chính tại 15 xã, phường; đăng ít nhất 30 tin, bài tuyên truyền; bồi dưỡng 150 lượt công chức tư pháp - hộ tịch cấp xã.

II. NHIỆM VỤ

1. Trong quý I ban hành Kế hoạch kiểm tra, Kế hoạch tuyên truyền cải cách hành chính và phổ biến, giáo dục pháp luật, Kế hoạch theo dõi tình hình thi hành pháp luật năm 2026.

2. Công bố lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 của Sở sau sắp xếp trong quý II.

3. Ban hành quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa thống nhất của Sở trong quý IV.

4. Trình Ủy ban nhân dân tỉnh bãi bỏ văn bản quy phạm pháp luật của hai tỉnh trước sắp xếp không còn phù hợp.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Các phòng thuộc Sở;
- Lưu: VT, VP.
"""
    + M_DIRECTOR
)

KH_11 = (
    head(
        "11/KH-STP",
        "ngày 03 tháng 02 năm 2026",
        "KẾ HOẠCH",
        "Tuyên truyền cải cách hành chính và phổ biến, giáo dục pháp luật năm 2026",
    )
    + """
Thực hiện Kế hoạch số 08/KH-STP ngày 14/01/2026 của Sở Tư pháp về cải cách hành chính năm 2026, Sở Tư pháp ban hành Kế hoạch tuyên truyền cải cách hành chính và phổ biến, giáo dục pháp luật năm 2026 như sau:

1. Nội dung: thẩm quyền đăng ký hộ tịch, chứng thực của Ủy ban nhân dân cấp xã sau sắp xếp; cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID; các luật mới có hiệu lực năm 2026.

2. Hình thức: đăng ít nhất 30 tin, bài trên Trang thông tin điện tử của Sở; tổ chức hội nghị phổ biến pháp luật tại 20 xã, phường; hưởng ứng Ngày Pháp luật Việt Nam 09/11.

3. Tổ chức thực hiện: Phòng Phổ biến, giáo dục pháp luật chủ trì; Văn phòng Sở tổng hợp kết quả cùng báo cáo cải cách hành chính hằng quý.

Nơi nhận:
- Các phòng thuộc Sở;
- UBND các xã, phường;
- Lưu: VT, PBGDPL.
"""
    + M_LAN
)

KH_23 = (
    head(
        "23/KH-STP",
        "ngày 10 tháng 3 năm 2026",
        "KẾ HOẠCH",
        "Theo dõi tình hình thi hành pháp luật năm 2026",
    )
    + """
Thực hiện Kế hoạch số 08/KH-STP ngày 14/01/2026 của Sở Tư pháp về cải cách hành chính năm 2026, Sở Tư pháp ban hành Kế hoạch theo dõi tình hình thi hành pháp luật năm 2026 như sau:

1. Lĩnh vực trọng tâm: đăng ký hộ tịch, chứng thực tại Ủy ban nhân dân cấp xã sau khi không tổ chức cấp huyện; xử lý vi phạm hành chính trong lĩnh vực tư pháp.

2. Hình thức: thu thập thông tin từ báo cáo của Ủy ban nhân dân các xã, phường; kiểm tra tại 08 xã, phường; tổng hợp kiến nghị của người dân tại Trung tâm Phục vụ hành chính công tỉnh.

3. Sản phẩm: báo cáo kết quả theo dõi tình hình thi hành pháp luật trình Ủy ban nhân dân tỉnh trước ngày 05/12/2026; kiến nghị sửa đổi, bãi bỏ văn bản không còn phù hợp.

Nơi nhận:
- Các phòng thuộc Sở;
- UBND các xã, phường;
- Lưu: VT, XDKTVB.
"""
    + M_NHUNG
)

QD_33 = (
    head(
        "33/QĐ-STP",
        "ngày 20 tháng 4 năm 2026",
        "QUYẾT ĐỊNH",
        "Công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại Sở Tư pháp tỉnh Lạc Giang",
    )
    + """
GIÁM ĐỐC SỞ TƯ PHÁP TỈNH LẠC GIANG

Căn cứ Quyết định số 19/2025/QĐ-UBND ngày 18/7/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp tỉnh Lạc Giang;

Căn cứ Kế hoạch số 08/KH-STP ngày 14/01/2026 của Sở Tư pháp về cải cách hành chính năm 2026;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Công bố Hệ thống quản lý chất lượng của Sở Tư pháp tỉnh Lạc Giang phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015, áp dụng cho 131 thủ tục hành chính và hoạt động kiểm tra, rà soát văn bản quy phạm pháp luật của Sở tại trụ sở chính và cơ sở 2.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 45/QĐ-STP ngày 18/3/2024 của Giám đốc Sở Tư pháp tỉnh Lạc Giang (trước sắp xếp) công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Khoa học và Công nghệ;
- Lưu: VT, VP.
"""
    + M_DIRECTOR
)

BC_71_HEAD = head(
    "71/BC-STP",
    "ngày 15 tháng 6 năm 2026",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026",
)
BC_71_BODY = """
Thực hiện Kế hoạch số 08/KH-STP ngày 14/01/2026 của Sở Tư pháp về cải cách hành chính năm 2026, Sở Tư pháp báo cáo kết quả 6 tháng đầu năm 2026 (số liệu đến ngày 10/6/2026) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2026 có 42 nhiệm vụ; đến ngày 10/6/2026 đã hoàn thành 17/42 nhiệm vụ.

2. Chỉ số cải cách hành chính năm 2025 của Sở theo Quyết định số 402/QĐ-UBND ngày 15/4/2026 của Ủy ban nhân dân tỉnh đạt 89,64 điểm, xếp thứ 3/17 sở, ban, ngành.

3. Sở đã ban hành Kế hoạch số 19/KH-STP ngày 24/02/2026 về kiểm tra công tác cải cách hành chính năm 2026, Kế hoạch số 11/KH-STP ngày 03/02/2026 về tuyên truyền cải cách hành chính và phổ biến, giáo dục pháp luật và Kế hoạch số 23/KH-STP ngày 10/3/2026 về theo dõi tình hình thi hành pháp luật.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Sở công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 tại Quyết định số 33/QĐ-STP ngày 20/4/2026, thay thế Quyết định số 45/QĐ-STP ngày 18/3/2024 của Sở Tư pháp tỉnh Lạc Giang trước sắp xếp.

2. Việc tiếp nhận hồ sơ tiếp tục thực hiện theo Quy chế ban hành kèm theo Quyết định số 52/QĐ-STP ngày 12/4/2023 tại cơ sở 1 và Quyết định số 73/QĐ-STP ngày 18/9/2023 tại cơ sở 2; dự thảo quy chế một cửa thống nhất đang được lấy ý kiến.

3. Kết quả chủ yếu 6 tháng đầu năm 2026:
"""
BC_71_TABLE = [
    ["Chỉ tiêu", "Kết quả 6 tháng đầu năm 2026"],
    ["Nhiệm vụ hoàn thành", "17/42"],
    ["Thủ tục hành chính trực tuyến toàn trình", "104/131 (79,4%)"],
    ["Hồ sơ tiếp nhận", "12.164"],
    ["Hồ sơ trực tuyến", "9.853 (81,0%)"],
    ["Tỷ lệ hồ sơ đúng hạn", "99,92%"],
    ["Phiếu lý lịch tư pháp đã cấp", "8.037"],
    ["Phiếu lý lịch tư pháp qua VNeID", "4.420 (55,0%)"],
    ["Xã, phường được kiểm tra", "06"],
    ["Văn bản quy phạm pháp luật được kiểm tra", "41"],
    ["Tin, bài tuyên truyền", "24"],
    ["Lượt bồi dưỡng công chức cấp xã", "68"],
]
BC_71_AFTER = (
    """III. NHIỆM VỤ 6 THÁNG CUỐI NĂM

Hoàn thành kiểm tra 09 xã, phường còn lại; ban hành quy chế một cửa thống nhất; trình Ủy ban nhân dân tỉnh bãi bỏ văn bản không còn phù hợp.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Lưu: VT, VP.
"""
    + M_VINH
)

BC_112 = (
    head(
        "112/BC-STP",
        "ngày 28 tháng 9 năm 2026",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2026",
    )
    + """
Thực hiện Kế hoạch số 08/KH-STP ngày 14/01/2026 của Sở Tư pháp về cải cách hành chính năm 2026, Sở Tư pháp báo cáo kết quả 9 tháng đầu năm 2026 (số liệu đến ngày 15/9/2026) như sau:

1. Công tác chỉ đạo, điều hành: đã hoàn thành 29/42 nhiệm vụ của Kế hoạch; kiểm tra 10 xã, phường theo Kế hoạch số 19/KH-STP ngày 24/02/2026; đăng 35 tin, bài tuyên truyền; tổ chức 109 lượt bồi dưỡng công chức tư pháp - hộ tịch cấp xã.

2. Xây dựng và tổ chức thi hành pháp luật: đã kiểm tra 66 văn bản quy phạm pháp luật theo thẩm quyền; hoàn thành rà soát văn bản quy phạm pháp luật của hai tỉnh trước sắp xếp, chuẩn bị hồ sơ trình Ủy ban nhân dân tỉnh bãi bỏ văn bản không còn phù hợp.

3. Cải cách thủ tục hành chính: Sở có 131 thủ tục hành chính, trong đó 108 thủ tục trực tuyến toàn trình (82,4%). Chín tháng đầu năm 2026 tiếp nhận 18.655 hồ sơ, trong đó 15.297 hồ sơ trực tuyến (82,0%); giải quyết đúng hạn 18.646 hồ sơ (99,95%). Đã cấp 12.481 Phiếu lý lịch tư pháp, trong đó 7.364 Phiếu qua ứng dụng VNeID (59,0%).

4. Cải cách chế độ công vụ: Sở thực hiện Quy chế làm việc ban hành kèm theo Quyết định số 09/QĐ-STP ngày 14/7/2025; duy trì Hệ thống quản lý chất lượng theo Quyết định số 33/QĐ-STP ngày 20/4/2026.

5. Nhiệm vụ quý IV: ban hành quy chế một cửa thống nhất thay cho các quy chế của hai sở trước sắp xếp; hoàn thành các chỉ tiêu năm 2026.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Lưu: VT, VP.
"""
    + M_DIRECTOR
)

QD_88 = (
    head(
        "88/QĐ-STP",
        "ngày 30 tháng 10 năm 2026",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông của Sở Tư pháp tỉnh Lạc Giang",
    )
    + """
GIÁM ĐỐC SỞ TƯ PHÁP TỈNH LẠC GIANG

Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;

Căn cứ Quyết định số 19/2025/QĐ-UBND ngày 18/7/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp tỉnh Lạc Giang;

Theo đề nghị của Trưởng phòng Hành chính tư pháp.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông của Sở Tư pháp tỉnh Lạc Giang.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2026 và thay thế Quyết định số 52/QĐ-STP ngày 12/4/2023 của Giám đốc Sở Tư pháp tỉnh Lạc Giang (đã được sửa đổi, bổ sung tại Quyết định số 61/QĐ-STP ngày 22/4/2024) và Quyết định số 73/QĐ-STP ngày 18/9/2023 của Giám đốc Sở Tư pháp tỉnh Tây Phong.

Điều 3. Chánh Văn phòng, Trưởng phòng Hành chính tư pháp, Trưởng các phòng có thủ tục hành chính và công chức làm việc tại Trung tâm Phục vụ hành chính công tỉnh chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, HCTP.
"""
    + M_VINH
    + """
QUY CHẾ
Tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông của Sở Tư pháp tỉnh Lạc Giang

Điều 5. Nơi tiếp nhận

Hồ sơ được tiếp nhận tại quầy của Sở tại Trung tâm Phục vụ hành chính công tỉnh (cơ sở 1 và cơ sở 2), qua dịch vụ bưu chính công ích hoặc trên Cổng Dịch vụ công quốc gia; hồ sơ nộp trực tiếp được số hóa ngay khi tiếp nhận.

Điều 8. Trả kết quả

Phiếu lý lịch tư pháp và các kết quả khác được trả bản điện tử; bản giấy được trả tại quầy hoặc qua dịch vụ bưu chính công ích khi người yêu cầu đề nghị.
"""
)

TTR_96 = (
    head(
        "96/TTr-STP",
        "ngày 12 tháng 11 năm 2026",
        "TỜ TRÌNH",
        "Đề nghị ban hành Quyết định bãi bỏ văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh Lạc Giang và Ủy ban nhân dân tỉnh Tây Phong ban hành trước sắp xếp",
    )
    + """
Kính gửi: Ủy ban nhân dân tỉnh Lạc Giang.

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Thực hiện Kế hoạch số 08/KH-STP ngày 14/01/2026 của Sở Tư pháp về cải cách hành chính năm 2026 và Kế hoạch số 23/KH-STP ngày 10/3/2026 về theo dõi tình hình thi hành pháp luật năm 2026,

Sở Tư pháp kính trình Ủy ban nhân dân tỉnh như sau:

1. Kết quả rà soát: Sở đã rà soát 312 văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh Lạc Giang và Ủy ban nhân dân tỉnh Tây Phong ban hành trước ngày 01/7/2025. Hai văn bản sau đây hiện vẫn còn hiệu lực nhưng quy định nhiệm vụ của Ủy ban nhân dân cấp huyện, Phòng Tư pháp cấp huyện, không còn phù hợp với mô hình chính quyền địa phương 02 cấp:

a) Quyết định số 08/2019/QĐ-UBND ngày 20/5/2019 của Ủy ban nhân dân tỉnh Lạc Giang ban hành Quy chế phối hợp trong công tác chứng thực trên địa bàn tỉnh Lạc Giang;

b) Quyết định số 15/2020/QĐ-UBND ngày 03/7/2020 của Ủy ban nhân dân tỉnh Tây Phong quy định trách nhiệm quản lý nhà nước về hộ tịch của Ủy ban nhân dân cấp huyện, cấp xã trên địa bàn tỉnh Tây Phong.

2. Đề xuất: Ủy ban nhân dân tỉnh ban hành Quyết định bãi bỏ toàn bộ hai văn bản nêu trên, dự kiến có hiệu lực từ ngày 01/01/2027. Dự thảo Quyết định đã được lấy ý kiến các sở, ngành và Ủy ban nhân dân các xã, phường.

Sở Tư pháp kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Lưu: VT, XDKTVB.
"""
    + M_DIRECTOR
)

LATE = (
    Sample("ke hoach cchc 2026.pdf", "pdf", (KH_08,), title="Kế hoạch CCHC năm 2026 (MẪU, hư cấu)"),
    Sample("KH tuyen truyen PBGDPL 2026.txt", "txt", (KH_11,)),
    Sample("kh theo doi thi hanh phap luat 2026.txt", "txt", (KH_23,)),
    Sample(
        "quyet dinh ISO 2026 [ban ky].pdf",
        "pdf",
        (QD_33,),
        title="Quyết định ISO 2026 (MẪU, hư cấu)",
    ),
    Sample(
        "BC 6 thang 2026.docx",
        "docx",
        (BC_71_HEAD, BC_71_BODY),
        table=BC_71_TABLE,
        after=BC_71_AFTER,
        title="Báo cáo CCHC 6 tháng đầu năm 2026 (MẪU, hư cấu)",
    ),
    Sample(
        "bao cao 9 thang 2026 (final).pdf",
        "pdf",
        (BC_112,),
        title="Báo cáo CCHC 9 tháng đầu năm 2026 (MẪU, hư cấu)",
    ),
    Sample("qd-88-2026-quy-che-mot-cua.txt", "txt", (QD_88,)),
    Sample("to trinh bai bo VBQPPL (trinh UBND).txt", "txt", (TTR_96,)),
)
