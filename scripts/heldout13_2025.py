"""Thirteenth held-out archive, March – December 2025: the Sở Tài chính of tỉnh Vân Phú
(fictional) formed on 01/3/2025 by merging the Sở Kế hoạch và Đầu tư into the Sở Tài chính,
and the Chủ tịch UBND tỉnh's lists of procedures it answers for. Do not tune on it.

The new Sở keeps the former Sở Tài chính's name, issuer lines and symbols, and numbers anew
from 01/3/2025: its ``10/BC-STC`` of 14/3/2025 (quý I) and ``15/QĐ-STC`` of 20/3/2025 (the
tasks of its phòng) share number and symbol with the former Sở Tài chính's of January 2025.
Its Công văn on receiving dossiers after the merger; its CCHC plan of 2025 (replacing both
former Sở's); its Tờ trình and the Chủ tịch's list of procedures on enterprises and investment
it asked for (a table; replacing three decisions in one sentence); its one-stop Quy chế
(replacing both former Sở's in one sentence); the Chủ tịch's list of the xã's procedures on
household businesses from 01/7/2025, when the district level ended (repealing Phần II of the
list); its 6-month, quý III and annual reports (the annual table corrects quý III). Facts:
``bench/data/heldout13_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout13_early import HUNG, NAM, NHUNG, STC, UB, head
from sample_header import Sample

# The new Sở Tài chính: its Giám đốc Phạm Quốc Hưng (the former Sở Tài chính's), its Phó Giám
# đốc Nguyễn Văn Khải (the former Giám đốc of the Sở KH&ĐT) and Trần Thị Thu Hà.
KHAI_PGD = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nNguyễn Văn Khải\n"
HA_STC = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nTrần Thị Thu Hà\n"


def head_stc(number: str, day: str, kind: str, subject: str) -> str:
    """The header of a document of the Sở Tài chính (the same lines before and after 01/3/2025)."""
    return head(number, day, kind, subject, STC)


CV_05 = (
    head_stc(
        "05/STC-VP",
        "ngày 05 tháng 3 năm 2025",
        "",
        "V/v tiếp nhận, giải quyết thủ tục hành chính sau khi hợp nhất Sở",
    )
    + """
Kính gửi:
- Trung tâm Phục vụ hành chính công tỉnh;
- Các phòng, đơn vị thuộc Sở.

Thực hiện Quyết định số 410/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính, Sở Tài chính thông báo:

1. Từ ngày 01/3/2025, hồ sơ thủ tục hành chính lĩnh vực đăng ký doanh nghiệp, đầu tư trước đây thuộc Sở Kế hoạch và Đầu tư được tiếp nhận tại quầy của Sở Tài chính ở Trung tâm Phục vụ hành chính công tỉnh; Phòng Đăng ký kinh doanh giữ nguyên con dấu, tài khoản trên Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.

2. Trong khi chờ ban hành Quy chế mới, Bộ phận Một cửa tiếp tục áp dụng Quy chế ban hành kèm theo Quyết định số 186/QĐ-SKHĐT ngày 14/3/2023 của Sở Kế hoạch và Đầu tư đối với hồ sơ doanh nghiệp, đầu tư và Quy chế ban hành kèm theo Quyết định số 15/QĐ-STC ngày 20/01/2025 của Sở Tài chính (trước khi hợp nhất) đối với các lĩnh vực còn lại.

3. Hệ thống quản lý chất lượng công bố tại Quyết định số 118/QĐ-STC ngày 25/10/2024 tiếp tục được áp dụng; Văn phòng Sở bổ sung các quy trình lĩnh vực doanh nghiệp, đầu tư.

4. Hồ sơ, tài liệu do Sở Kế hoạch và Đầu tư bàn giao theo Công văn số 318/SKHĐT-VP ngày 25/02/2025 được lưu tại Văn phòng Sở.

Nơi nhận:
- Như trên;
- Văn phòng UBND tỉnh (b/c);
- Lưu: VT, VP.
"""
    + HUNG
)

BC_10_NEW = (
    head_stc(
        "10/BC-STC",
        "ngày 14 tháng 3 năm 2025",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý I năm 2025",
    )
    + """
Kính gửi: Sở Nội vụ tỉnh Vân Phú.

1. Theo Quyết định số 410/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh, từ ngày 01/3/2025 Sở Tài chính gồm 08 phòng, đơn vị; lãnh đạo Sở gồm Giám đốc và 04 Phó Giám đốc.

2. Quý I năm 2025 (số liệu từ ngày 15/12/2024 đến ngày 14/3/2025), tiếp nhận 1.688 hồ sơ đăng ký doanh nghiệp (Sở Kế hoạch và Đầu tư tiếp nhận đến ngày 28/02/2025: 1.152 hồ sơ; Sở Tài chính tiếp nhận từ ngày 01/3/2025: 536 hồ sơ); tỷ lệ giải quyết đúng hạn 99,82%; tỷ lệ hồ sơ nộp trực tuyến 96,2%; có 312 doanh nghiệp thành lập mới với tổng vốn đăng ký 3.640 tỷ đồng.

3. Năm 2024 có 1.392 doanh nghiệp thành lập mới (số liệu của Sở Kế hoạch và Đầu tư).

4. Khó khăn: hai hệ thống quản lý văn bản của hai Sở cũ chưa được hợp nhất.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + KHAI_PGD
)

KH_03 = (
    head_stc(
        "03/KH-STC",
        "ngày 14 tháng 3 năm 2025",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2025 của Sở Tài chính",
    )
    + """
Thực hiện Kế hoạch số 04/KH-UBND ngày 03/01/2025 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2025, Sở Tài chính ban hành Kế hoạch cải cách hành chính năm 2025 như sau:

I. CHỈ TIÊU

1. Tỷ lệ hồ sơ đăng ký doanh nghiệp nộp trực tuyến đạt từ 97% trở lên; tỷ lệ giải quyết đúng hạn đạt từ 99,8% trở lên.

2. Số doanh nghiệp thành lập mới đạt từ 1.500 doanh nghiệp trở lên.

3. Chỉ số cải cách hành chính của Sở thuộc nhóm 3 sở, ngành dẫn đầu.

II. NHIỆM VỤ

1. Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa của Sở Tài chính sau hợp nhất trong tháng 4/2025.

2. Trình Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính lĩnh vực doanh nghiệp, đầu tư thuộc phạm vi quản lý của Sở.

3. Hợp nhất hệ thống quản lý văn bản và điều hành của hai Sở cũ.

III. TỔ CHỨC THỰC HIỆN

Kế hoạch này được thực hiện kể từ ngày ký và thay thế Kế hoạch số 09/KH-SKHĐT ngày 08/01/2025 của Sở Kế hoạch và Đầu tư và Kế hoạch số 05/KH-STC ngày 10/01/2025 của Sở Tài chính (trước khi hợp nhất).

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + HUNG
)

TTR_36 = (
    head_stc(
        "36/TTr-STC",
        "ngày 18 tháng 3 năm 2025",
        "TỜ TRÌNH",
        "Đề nghị công bố Danh mục thủ tục hành chính lĩnh vực thành lập và hoạt động của doanh nghiệp, đầu tư tại Việt Nam thuộc phạm vi chức năng quản lý của Sở Tài chính",
    )
    + """
Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh.

Từ ngày 01/3/2025, Sở Tài chính tiếp nhận nhiệm vụ đăng ký doanh nghiệp, đầu tư của Sở Kế hoạch và Đầu tư. Danh mục thủ tục hành chính các lĩnh vực này đang được công bố tại Quyết định số 1205/QĐ-UBND ngày 22/6/2023 và Quyết định số 1788/QĐ-UBND ngày 30/8/2022 (được sửa đổi, bổ sung bởi Quyết định số 845/QĐ-UBND ngày 19/4/2024) của Chủ tịch Ủy ban nhân dân tỉnh, ghi cơ quan giải quyết là Sở Kế hoạch và Đầu tư.

Sở Tài chính kính trình Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Tài chính (dự thảo kèm theo), thay thế các quyết định nêu trên, gồm 88 thủ tục:

1. Phần I - thủ tục cấp tỉnh: 76 thủ tục (đăng ký doanh nghiệp 45, đầu tư tại Việt Nam 31).

2. Phần II - thủ tục cấp huyện: 12 thủ tục đăng ký hộ kinh doanh.

Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định.

Nơi nhận:
- Như trên;
- Văn phòng UBND tỉnh;
- Lưu: VT, ĐKKD.
"""
    + KHAI_PGD
)

QD_15_NEW_HEAD = head_stc(
    "15/QĐ-STC",
    "ngày 20 tháng 3 năm 2025",
    "QUYẾT ĐỊNH",
    "Quy định chức năng, nhiệm vụ, quyền hạn của các phòng chuyên môn thuộc Sở Tài chính",
)
QD_15_NEW_BODY = """
GIÁM ĐỐC SỞ TÀI CHÍNH TỈNH VÂN PHÚ

Căn cứ Quyết định số 410/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Quy định chức năng, nhiệm vụ, quyền hạn của các phòng chuyên môn thuộc Sở Tài chính như bảng dưới đây.
"""
QD_15_NEW_TABLE = [
    ["Phòng", "Nhiệm vụ chính"],
    ["Văn phòng", "Tổng hợp, hành chính, Bộ phận Một cửa, cải cách hành chính"],
    ["Phòng Quản lý ngân sách", "Dự toán, quyết toán ngân sách địa phương"],
    ["Phòng Quản lý giá và công sản", "Quản lý giá, tài sản công"],
    ["Phòng Tổng hợp, quy hoạch", "Kế hoạch phát triển kinh tế - xã hội, quy hoạch tỉnh"],
    ["Phòng Đầu tư", "Đầu tư công, thẩm định, cấp Giấy chứng nhận đăng ký đầu tư"],
    ["Phòng Đăng ký kinh doanh", "Đăng ký doanh nghiệp; hướng dẫn đăng ký hộ kinh doanh"],
    ["Phòng Doanh nghiệp, kinh tế tập thể và tư nhân", "Hỗ trợ doanh nghiệp, hợp tác xã"],
]
QD_15_NEW_AFTER = (
    """Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở, Chánh Thanh tra Sở, Trưởng các phòng chuyên môn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Nội vụ;
- Lưu: VT, VP."""
    + HUNG
)

QD_612_HEAD = head(
    "612/QĐ-UBND",
    "ngày 25 tháng 3 năm 2025",
    "QUYẾT ĐỊNH",
    "Công bố Danh mục thủ tục hành chính lĩnh vực thành lập và hoạt động của doanh nghiệp, đầu tư tại Việt Nam thuộc phạm vi chức năng quản lý của Sở Tài chính tỉnh Vân Phú",
    UB,
)
QD_612_BODY = (
    """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VÂN PHÚ

Căn cứ Nghị định số 01/2021/NĐ-CP ngày 04/01/2021 của Chính phủ về đăng ký doanh nghiệp;

Căn cứ Quyết định số 410/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính;

Xét đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 36/TTr-STC ngày 18/3/2025.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 88 thủ tục hành chính lĩnh vực thành lập và hoạt động của doanh nghiệp, hộ kinh doanh và đầu tư tại Việt Nam thuộc phạm vi chức năng quản lý của Sở Tài chính tỉnh Vân Phú.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2025 và thay thế Quyết định số 1205/QĐ-UBND ngày 22/6/2023, Quyết định số 1788/QĐ-UBND ngày 30/8/2022 và Quyết định số 845/QĐ-UBND ngày 19/4/2024 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Cục Kiểm soát thủ tục hành chính - VPCP;
- Lưu: VT, KSTT.
"""
    + NHUNG
    + """
DANH MỤC
Thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Tài chính
(Ban hành kèm theo Quyết định số 612/QĐ-UBND ngày 25/3/2025 của Chủ tịch Ủy ban nhân dân tỉnh)
"""
)
QD_612_TABLE = [
    ["Phần, mục", "Lĩnh vực", "Cơ quan giải quyết", "Số thủ tục"],
    ["Phần I, Mục 1", "Thành lập và hoạt động của doanh nghiệp", "Sở Tài chính", "45"],
    ["Phần I, Mục 2", "Đầu tư tại Việt Nam", "Sở Tài chính", "31"],
    ["Phần II", "Thành lập và hoạt động của hộ kinh doanh", "UBND cấp huyện", "12"],
    ["", "Tổng cộng", "", "88"],
]
QD_612_AFTER = "Nội dung cụ thể của từng thủ tục được công khai trên Cơ sở dữ liệu quốc gia về thủ tục hành chính và tại Trung tâm Phục vụ hành chính công tỉnh."

QD_24 = (
    head_stc(
        "24/QĐ-STC",
        "ngày 02 tháng 4 năm 2025",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở Tài chính",
    )
    + """
GIÁM ĐỐC SỞ TÀI CHÍNH TỈNH VÂN PHÚ

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 và Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;

Căn cứ Quyết định số 410/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính;

Căn cứ Quyết định số 15/QĐ-STC ngày 20/3/2025 của Giám đốc Sở Tài chính quy định chức năng, nhiệm vụ, quyền hạn của các phòng chuyên môn thuộc Sở;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở Tài chính.

Điều 2. Quyết định này có hiệu lực kể từ ngày 10 tháng 4 năm 2025 và thay thế Quyết định số 186/QĐ-SKHĐT ngày 14/3/2023 của Giám đốc Sở Kế hoạch và Đầu tư và Quyết định số 15/QĐ-STC ngày 20/01/2025 của Giám đốc Sở Tài chính (trước khi hợp nhất).

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + HUNG
    + """
QUY CHẾ
Tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở Tài chính

Điều 4. Nơi tiếp nhận

Hồ sơ của tất cả lĩnh vực được tiếp nhận tại quầy của Sở Tài chính ở Trung tâm Phục vụ hành chính công tỉnh và trên Cổng Dịch vụ công quốc gia; hồ sơ đăng ký doanh nghiệp tiếp tục được tiếp nhận qua Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.

Điều 8. Phối hợp giữa các phòng

Hồ sơ cần ý kiến của nhiều phòng do Văn phòng Sở điều phối; phòng được hỏi trả lời trong 01 ngày làm việc.
"""
)

BC_88 = (
    head_stc(
        "88/BC-STC",
        "ngày 13 tháng 6 năm 2025",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025",
    )
    + """
Kính gửi: Sở Nội vụ tỉnh Vân Phú.

1. Thực hiện Kế hoạch số 03/KH-STC ngày 14/3/2025 của Sở, Giám đốc Sở đã ban hành Quy chế một cửa tại Quyết định số 24/QĐ-STC ngày 02/4/2025, thay thế Quy chế của hai Sở trước hợp nhất (Quyết định số 186/QĐ-SKHĐT ngày 14/3/2023 và Quyết định số 15/QĐ-STC ngày 20/01/2025).

2. Danh mục 88 thủ tục hành chính được công bố tại Quyết định số 612/QĐ-UBND ngày 25/3/2025 của Chủ tịch Ủy ban nhân dân tỉnh, áp dụng từ ngày 01/4/2025.

3. 6 tháng đầu năm 2025, tiếp nhận 3.904 hồ sơ đăng ký doanh nghiệp (riêng tháng 5/2025: 781 hồ sơ); tỷ lệ giải quyết đúng hạn 99,85%; tỷ lệ hồ sơ nộp trực tuyến 96,8%; có 745 doanh nghiệp thành lập mới với tổng vốn đăng ký 8.920 tỷ đồng.

4. Chỉ số PCI năm 2024 của tỉnh đạt 67,21 điểm, xếp thứ 18/63; Chỉ số PAR Index năm 2024 đạt 88,05%, xếp thứ 12/63; Chỉ số SIPAS năm 2024 đạt 83,10%. Chỉ số cải cách hành chính năm 2024 của Sở Kế hoạch và Đầu tư (cũ) đạt 92,04 điểm, xếp thứ 2/19; của Sở Tài chính (cũ) đạt 89,16 điểm, xếp thứ 6/19.

5. Chuẩn bị thực hiện chính quyền địa phương 02 cấp từ ngày 01/7/2025: không tổ chức cấp huyện; Sở phối hợp bàn giao việc đăng ký hộ kinh doanh cho Ủy ban nhân dân cấp xã.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + HA_STC
)

QD_1498 = (
    head(
        "1498/QĐ-UBND",
        "ngày 01 tháng 7 năm 2025",
        "QUYẾT ĐỊNH",
        "Công bố Danh mục thủ tục hành chính lĩnh vực thành lập và hoạt động của hộ kinh doanh thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã trên địa bàn tỉnh Vân Phú",
        UB,
    )
    + """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VÂN PHÚ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Nghị định số 168/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ về đăng ký doanh nghiệp (thay thế Nghị định số 01/2021/NĐ-CP ngày 04/01/2021 của Chính phủ);

Theo đề nghị của Giám đốc Sở Tài chính.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 11 thủ tục hành chính lĩnh vực thành lập và hoạt động của hộ kinh doanh thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã trên địa bàn tỉnh Vân Phú.

Từ ngày 01/7/2025, thực hiện tổ chức chính quyền địa phương 02 cấp, không tổ chức cấp huyện; hồ sơ đăng ký hộ kinh doanh nộp tại Trung tâm Phục vụ hành chính công cấp xã.

Điều 2. Bãi bỏ Phần II (thủ tục hành chính cấp huyện) của Danh mục ban hành kèm theo Quyết định số 612/QĐ-UBND ngày 25/3/2025 của Chủ tịch Ủy ban nhân dân tỉnh. Các nội dung khác của Danh mục giữ nguyên.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Lưu: VT, KSTT.
"""
    + NAM
)

BC_176 = (
    head_stc(
        "176/BC-STC",
        "ngày 15 tháng 9 năm 2025",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý III năm 2025",
    )
    + """
Kính gửi: Sở Nội vụ tỉnh Vân Phú.

1. Quý III năm 2025, tiếp nhận 1.985 hồ sơ đăng ký doanh nghiệp; tỷ lệ giải quyết đúng hạn 99,87%; tỷ lệ hồ sơ nộp trực tuyến 97,5%; có 381 doanh nghiệp thành lập mới với tổng vốn đăng ký 4.760 tỷ đồng.

2. Từ ngày 01/7/2025, Phần II (thủ tục đăng ký hộ kinh doanh cấp huyện) của Danh mục ban hành kèm theo Quyết định số 612/QĐ-UBND ngày 25/3/2025 đã được bãi bỏ bởi Quyết định số 1498/QĐ-UBND ngày 01/7/2025 của Chủ tịch Ủy ban nhân dân tỉnh; Ủy ban nhân dân cấp xã tiếp nhận 3.214 hồ sơ đăng ký hộ kinh doanh trong quý III.

3. Sở đã tập huấn cho công chức cấp xã về đăng ký hộ kinh doanh theo Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + KHAI_PGD
)

BC_245_HEAD = head_stc(
    "245/BC-STC",
    "ngày 12 tháng 12 năm 2025",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2025",
)
BC_245_BODY = """
Kính gửi: Sở Nội vụ tỉnh Vân Phú.

Sở Tài chính báo cáo kết quả công tác cải cách hành chính năm 2025 (số liệu từ ngày 15/12/2024 đến ngày 12/12/2025; đến ngày 28/02/2025 là số liệu của Sở Kế hoạch và Đầu tư) như sau:

I. KẾT QUẢ CHỦ YẾU

1. Thực hiện Kế hoạch số 03/KH-STC ngày 14/3/2025 của Sở, đã hoàn thành 100% nhiệm vụ.

2. Năm 2025, tiếp nhận 7.892 hồ sơ đăng ký doanh nghiệp (năm 2024: 7.315 hồ sơ), tỷ lệ giải quyết đúng hạn 99,86%, tỷ lệ hồ sơ nộp trực tuyến 97,4%; có 1.518 doanh nghiệp thành lập mới (năm 2024: 1.392 doanh nghiệp) với tổng vốn đăng ký 18.940 tỷ đồng. Số hồ sơ quý III được điều chỉnh từ 1.985 lên 2.012 sau khi đồng bộ dữ liệu với Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.

3. Từ ngày 01/7/2025, Ủy ban nhân dân cấp xã tiếp nhận 6.905 hồ sơ đăng ký hộ kinh doanh.

Số liệu theo quý như bảng dưới đây.
"""
BC_245_TABLE = [
    ["Quý", "Hồ sơ tiếp nhận", "Doanh nghiệp thành lập mới", "Vốn đăng ký (tỷ đồng)"],
    ["Quý I/2025", "1.688", "312", "3.640"],
    ["Quý II/2025", "2.216", "433", "5.280"],
    ["Quý III/2025", "2.012", "381", "4.760"],
    ["Quý IV/2025", "1.976", "392", "5.260"],
    ["Năm 2025", "7.892", "1.518", "18.940"],
]
BC_245_AFTER = (
    """II. CÔNG TÁC TỔ CHỨC BỘ MÁY

1. Sở Tài chính được thành lập trên cơ sở hợp nhất Sở Kế hoạch và Đầu tư và Sở Tài chính theo Nghị quyết số 12/NQ-HĐND ngày 26/02/2025 của Hội đồng nhân dân tỉnh; chức năng, nhiệm vụ quy định tại Quyết định số 410/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh, thay thế Quyết định số 1876/QĐ-UBND ngày 28/9/2023 và Quyết định số 2350/QĐ-UBND ngày 30/9/2022.

2. Nhiệm vụ của các phòng quy định tại Quyết định số 15/QĐ-STC ngày 20/3/2025 của Giám đốc Sở.

III. PHƯƠNG HƯỚNG NĂM 2026

Rà soát, trình ban hành Quy chế một cửa mới phù hợp với Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ.

Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Lưu: VT, VP."""
    + HUNG
)

MID = [
    Sample("cv 05 tiep nhan ho so sau sap xep.txt", "txt", (CV_05,)),
    Sample("bc quy I-2025.txt", "txt", (BC_10_NEW,)),
    Sample(
        "KH CCHC 2025 (So Tai chinh moi).pdf",
        "pdf",
        (KH_03,),
        title="Kế hoạch CCHC năm 2025 Sở Tài chính sau hợp nhất (MẪU, hư cấu)",
    ),
    Sample("TTr cong bo danh muc DN-DT.txt", "txt", (TTR_36,)),
    Sample(
        "QD 15 chuc nang cac phong.docx",
        "docx",
        (QD_15_NEW_HEAD, QD_15_NEW_BODY),
        table=QD_15_NEW_TABLE,
        after=QD_15_NEW_AFTER,
        title="QĐ 15 chức năng các phòng Sở Tài chính (MẪU, hư cấu)",
    ),
    Sample(
        "danh-muc-tthc-dkdn-dau-tu-2025.docx",
        "docx",
        (QD_612_HEAD, QD_612_BODY),
        table=QD_612_TABLE,
        after=QD_612_AFTER,
        title="QĐ 612 Danh mục TTHC doanh nghiệp, đầu tư (MẪU, hư cấu)",
    ),
    Sample(
        "QD 24 quy che mot cua STC.pdf",
        "pdf",
        (QD_24,),
        title="QĐ 24 Quy chế một cửa Sở Tài chính (MẪU, hư cấu)",
    ),
    Sample(
        "BC 6 thang dau nam 2025.pdf",
        "pdf",
        (BC_88,),
        title="Báo cáo CCHC 6 tháng đầu năm 2025 Sở Tài chính (MẪU, hư cấu)",
    ),
    Sample("tailieu_11.txt", "txt", (QD_1498,)),
    Sample("bc quy 3 2025 (gui SNV).txt", "txt", (BC_176,)),
    Sample(
        "BC CCHC 2025 So Tai chinh.docx",
        "docx",
        (BC_245_HEAD, BC_245_BODY),
        table=BC_245_TABLE,
        after=BC_245_AFTER,
        title="Báo cáo CCHC năm 2025 Sở Tài chính (MẪU, hư cấu)",
    ),
]
