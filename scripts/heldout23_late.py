"""Twenty-third held-out archive, 2025 – 2026: the Sở Khoa học và Công nghệ of tỉnh Đại Phong
(fictional), which takes over the Sở Thông tin và Truyền thông's tasks on 01/3/2025, keeping its
name and symbol. Do not tune on it.

The reform's documents (the yearly report of 2024 signed in January 2025, the CCHC inspection and
tuyên truyền plans, the units reorganised after the merger and again in August, the Quy chế làm
việc with an article repealed then replaced, the new Quy chế chữ ký số, the internal procedure
replacing two, the Chủ tịch's list proposed by a Tờ trình, a pilot extended, the CCHC reports,
a commendation for CCHC, the plan for 2026 signed on 29/12/2025, a DỰ THẢO) beside the Sở's
sector work, some close in words: the measurement inspection plans, a tuyên truyền plan on
intellectual property, the province's digital-transformation index, licences for radiation
work, a startup programme, telecom and press letters, a course for staff, the budget
disclosure, and a 6-month report of the Sở's whole work. Written by hand; facts in
``bench/data/heldout23_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout23_common import (
    CT_WHO,
    FUNCS,
    FUNCS25,
    HA,
    HUONG,
    KIEN,
    LUAT_2015,
    LUAT_KHCN,
    MAI,
    ND09,
    ND30,
    ND61,
    ND63,
    NQ76,
    QD749,
    TUAN,
    UB,
    decision,
    head,
    paper,
    report,
)
from sample_header import Sample

# ---------------------------------------------------------------- 2025
BC_04_2025 = report(
    "04/BC-SKHCN",
    "ngày 08 tháng 01 năm 2025",
    "Kết quả công tác cải cách hành chính năm 2024",
    f"{ND09}\n\nThực hiện Kế hoạch số 166/KH-SKHCN ngày 28/12/2023 của Sở, thời gian chốt số liệu từ ngày 15/12/2023 đến ngày 14/12/2024, Sở Khoa học và Công nghệ báo cáo kết quả cải cách hành chính năm 2024 như sau:",
    """1. Chỉ đạo, điều hành: Chỉ số cải cách hành chính năm 2023 của Sở đạt 88,12 điểm, xếp thứ 3/20 sở, ban, ngành.

2. Kiểm tra, tuyên truyền: kiểm tra 05/05 phòng, đơn vị theo Kế hoạch số 12/KH-SKHCN ngày 15/01/2024; đăng 31 tin, bài theo Kế hoạch số 19/KH-SKHCN ngày 26/02/2024.

3. Thủ tục hành chính: thực hiện Danh mục 42 thủ tục (Quyết định số 1085/QĐ-UBND ngày 17/5/2024) và Quy trình nội bộ sửa đổi (Quyết định số 68/QĐ-SKHCN ngày 05/6/2024). Năm 2024, Sở tiếp nhận 1.356 hồ sơ thủ tục hành chính, giải quyết đúng hạn 1.349 hồ sơ (99,5%); trực tuyến 1.012 hồ sơ, đạt 74,6% (chỉ tiêu tối thiểu 70%). Chỉ số hài lòng của người dân, tổ chức (SIPAS) năm 2024 đạt 91,6%. Số liệu theo lĩnh vực tại bảng dưới đây.

4. Chính quyền số: 100% văn bản đi được ký số theo Quy chế ban hành kèm theo Quyết định số 52/QĐ-SKHCN ngày 22/4/2024.""",
    """1. Triển khai Kế hoạch cải cách hành chính năm 2025 (Kế hoạch số 173/KH-SKHCN ngày 27/12/2024).

2. Sắp xếp tổ chức bộ máy khi tiếp nhận nhiệm vụ từ Sở Thông tin và Truyền thông.""",
    TUAN,
)

TABLE_2024 = [
    ["Lĩnh vực", "Hồ sơ tiếp nhận", "Giải quyết đúng hạn"],
    ["Tiêu chuẩn đo lường chất lượng", "1.012", "1.008"],
    ["Năng lượng nguyên tử, an toàn bức xạ và hạt nhân", "116", "115"],
    ["Hoạt động khoa học và công nghệ, sở hữu trí tuệ", "228", "226"],
    ["Tổng cộng năm 2024", "1.356", "1.349"],
]

QD_09_2025 = decision(
    "09/QĐ-SKHCN",
    "ngày 15 tháng 01 năm 2025",
    "Công bố công khai dự toán ngân sách nhà nước năm 2025 của Sở Khoa học và Công nghệ",
    f"{FUNCS}\n\nCăn cứ Quyết định giao dự toán ngân sách nhà nước năm 2025 của Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Công bố công khai dự toán ngân sách nhà nước năm 2025 của Sở Khoa học và Công nghệ, tổng số 38.640 triệu đồng, trong đó kinh phí sự nghiệp khoa học và công nghệ 31.200 triệu đồng (biểu kèm theo).

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Kế toán trưởng và Thủ trưởng các đơn vị trực thuộc chịu trách nhiệm thi hành Quyết định này./.""",
    TUAN,
)

KH_14_2025 = paper(
    "14/KH-SKHCN",
    "ngày 20 tháng 01 năm 2025",
    "KẾ HOẠCH",
    "Kiểm tra công tác cải cách hành chính năm 2025",
    """Thực hiện Kế hoạch số 173/KH-SKHCN ngày 27/12/2024 của Sở về cải cách hành chính năm 2025, Sở Khoa học và Công nghệ ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2025 như sau:

1. Đối tượng: 06 phòng, đơn vị thuộc Sở (kể cả các phòng tiếp nhận từ Sở Thông tin và Truyền thông).

2. Nội dung: thực hiện Quy chế làm việc, Quy trình nội bộ giải quyết thủ tục hành chính, ký số văn bản và việc tiếp nhận hồ sơ trực tuyến.

3. Thời gian: quý II và quý III năm 2025; Văn phòng Sở thông báo kết quả kiểm tra trước ngày 30/11/2025.""",
    HA,
)

KH_18_2025 = paper(
    "18/KH-SKHCN",
    "ngày 07 tháng 02 năm 2025",
    "KẾ HOẠCH",
    "Kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa năm 2025",
    """Căn cứ Luật Đo lường ngày 11 tháng 11 năm 2011;

Sở Khoa học và Công nghệ ban hành Kế hoạch kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa năm 2025 như sau:

1. Đối tượng: 40 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng, vàng trang sức, mũ bảo hiểm và đồ chơi trẻ em trên địa bàn tỉnh.

2. Nội dung: kiểm tra phương tiện đo nhóm 2, lượng của hàng đóng gói sẵn, nhãn hàng hóa, chất lượng sản phẩm, hàng hóa.

3. Thời gian: từ tháng 3 đến tháng 10 năm 2025; Phòng Quản lý tiêu chuẩn đo lường chất lượng chủ trì thực hiện.""",
    KIEN,
)

KH_22_2025 = paper(
    "22/KH-SKHCN",
    "ngày 12 tháng 02 năm 2025",
    "KẾ HOẠCH",
    "Tuyên truyền cải cách hành chính năm 2025",
    """Thực hiện Kế hoạch số 173/KH-SKHCN ngày 27/12/2024 của Sở, Sở Khoa học và Công nghệ ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025 như sau:

1. Đăng tải ít nhất 30 tin, bài về cải cách hành chính, dịch vụ công trực tuyến toàn trình của Sở, nhất là các thủ tục bưu chính, viễn thông, báo chí Sở tiếp nhận từ ngày 01/3/2025.

2. Hướng dẫn tổ chức, doanh nghiệp nộp hồ sơ trực tuyến, thanh toán phí trực tuyến.

3. Văn phòng Sở chủ trì thực hiện.""",
    HA,
)

QD_27_2025 = decision(
    "27/QĐ-SKHCN",
    "ngày 03 tháng 3 năm 2025",
    "Phê duyệt kết quả tuyển chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh bắt đầu thực hiện năm 2025",
    f"{LUAT_KHCN}\n\n{FUNCS25}\n\nCăn cứ Quyết định số 84/QĐ-SKHCN ngày 01/7/2024 của Giám đốc Sở ban hành Quy trình tuyển chọn, giao trực tiếp tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh;\n\nTheo đề nghị của Trưởng phòng Quản lý khoa học.",
    """Điều 1. Phê duyệt kết quả tuyển chọn 07 tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh bắt đầu thực hiện năm 2025 (danh sách kèm theo).

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng phòng Quản lý khoa học và các tổ chức, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.""",
    KIEN,
)

QD_31_2025 = decision(
    "31/QĐ-SKHCN",
    "ngày 05 tháng 3 năm 2025",
    "Quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng, Thanh tra và các phòng chuyên môn thuộc Sở Khoa học và Công nghệ",
    f"{FUNCS25}\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Sở Khoa học và Công nghệ có Văn phòng, Thanh tra và 05 phòng chuyên môn: Phòng Quản lý khoa học; Phòng Quản lý chuyên ngành; Phòng Quản lý tiêu chuẩn đo lường chất lượng; Phòng Bưu chính, Viễn thông và Báo chí; Phòng Chuyển đổi số (tiếp nhận từ Sở Thông tin và Truyền thông). Chức năng, nhiệm vụ của từng phòng quy định tại Phụ lục kèm theo.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    TUAN,
)

KH_34_2025 = paper(
    "34/KH-SKHCN",
    "ngày 18 tháng 3 năm 2025",
    "KẾ HOẠCH",
    "Tuyên truyền, phổ biến pháp luật về sở hữu trí tuệ năm 2025",
    """Sở Khoa học và Công nghệ ban hành Kế hoạch tuyên truyền, phổ biến pháp luật về sở hữu trí tuệ năm 2025 như sau:

1. Đăng tải 20 tin, bài về bảo hộ nhãn hiệu, chỉ dẫn địa lý, sáng chế trên Trang thông tin điện tử của Sở và Báo Đại Phong.

2. Tổ chức 03 hội nghị phổ biến pháp luật về sở hữu trí tuệ cho doanh nghiệp, hợp tác xã, hộ kinh doanh.

3. Phòng Quản lý chuyên ngành chủ trì thực hiện.""",
    KIEN,
)

QD_40_2025 = decision(
    "40/QĐ-SKHCN",
    "ngày 24 tháng 3 năm 2025",
    "Ban hành Quy chế làm việc của Sở Khoa học và Công nghệ",
    f"{FUNCS25}\n\nCăn cứ Quyết định số 31/QĐ-SKHCN ngày 05/3/2025 của Giám đốc Sở quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng, Thanh tra và các phòng chuyên môn thuộc Sở;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Khoa học và Công nghệ tỉnh Đại Phong.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 21/QĐ-SKHCN ngày 20/02/2023 của Giám đốc Sở ban hành Quy chế làm việc của Sở.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng, Thủ trưởng các đơn vị trực thuộc và công chức, viên chức Sở chịu trách nhiệm thi hành Quyết định này./.""",
    TUAN,
    annex="""
QUY CHẾ LÀM VIỆC CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ

Điều 4. Giám đốc Sở làm việc theo chế độ thủ trưởng; các Phó Giám đốc phụ trách lĩnh vực khoa học và công nghệ, lĩnh vực bưu chính, viễn thông, báo chí và chuyển đổi số theo phân công.

Điều 7. Văn bản đi, đến được xử lý, ký số trên Hệ thống quản lý văn bản và điều hành của tỉnh.

Điều 9. Giao ban lãnh đạo Sở tổ chức trực tiếp vào sáng thứ Hai hằng tuần; biên bản giao ban lưu bản giấy tại Văn phòng.
""",
)

QD_45_2025 = decision(
    "45/QĐ-SKHCN",
    "ngày 08 tháng 4 năm 2025",
    "Ban hành Quy chế quản lý, sử dụng chữ ký số, văn phòng điện tử và một cửa điện tử của Sở Khoa học và Công nghệ",
    f"{ND30}\n\n{ND61}\n\n{FUNCS25}\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số, văn phòng điện tử và một cửa điện tử của Sở Khoa học và Công nghệ.

Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 4 năm 2025 và thay thế Quyết định số 52/QĐ-SKHCN ngày 22/4/2024 của Giám đốc Sở.

Điều 3. Chánh Văn phòng, Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    TUAN,
    annex="""
QUY CHẾ QUẢN LÝ, SỬ DỤNG CHỮ KÝ SỐ, VĂN PHÒNG ĐIỆN TỬ VÀ MỘT CỬA ĐIỆN TỬ

Điều 4. 100% văn bản đi của Sở (trừ văn bản mật) được ký số; hồ sơ công việc được lập trên môi trường điện tử.

Điều 6. Hồ sơ thủ tục hành chính được tiếp nhận, luân chuyển và trả kết quả trên Hệ thống thông tin giải quyết thủ tục hành chính (một cửa điện tử) của tỉnh.
""",
)

KH_52_2025 = paper(
    "52/KH-SKHCN",
    "ngày 06 tháng 5 năm 2025",
    "KẾ HOẠCH",
    "Đánh giá, xác định Chỉ số chuyển đổi số của các sở, ban, ngành và Ủy ban nhân dân cấp huyện tỉnh Đại Phong năm 2025",
    f"""{QD749}

Thực hiện Kế hoạch số 88/KH-UBND ngày 10/4/2025 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Đại Phong năm 2025, Sở Khoa học và Công nghệ (cơ quan thường trực Ban Chỉ đạo chuyển đổi số tỉnh) ban hành Kế hoạch đánh giá Chỉ số chuyển đổi số (DTI) năm 2025 như sau:

1. Đối tượng: 15 sở, ban, ngành và 09 Ủy ban nhân dân cấp huyện.

2. Các cơ quan tự đánh giá trên Hệ thống DTI của tỉnh trước ngày 15/01/2026; Sở Khoa học và Công nghệ thẩm định, tổng hợp, báo cáo Ủy ban nhân dân tỉnh trong quý I/2026.

3. Phòng Chuyển đổi số chủ trì thực hiện.""",
    KIEN,
    "- Các sở, ban, ngành;\n- UBND các huyện, thị xã, thành phố;\n- Lưu: VT, CĐS.",
)

TTR_61_2025 = paper(
    "61/TTr-SKHCN",
    "ngày 26 tháng 5 năm 2025",
    "TỜ TRÌNH",
    "Về việc công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ",
    """Kính gửi: Ủy ban nhân dân tỉnh Đại Phong.

Từ ngày 01/3/2025, Sở Khoa học và Công nghệ tiếp nhận chức năng, nhiệm vụ quản lý nhà nước về bưu chính, viễn thông, báo chí, xuất bản và chuyển đổi số từ Sở Thông tin và Truyền thông. Sở Khoa học và Công nghệ kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, công bố Danh mục 61 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở, thay thế Danh mục đã công bố tại Quyết định số 1085/QĐ-UBND ngày 17/5/2024.

(Dự thảo Quyết định và Danh mục kèm theo.)

Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.""",
    TUAN,
    "- Như trên;\n- Lưu: VT, VP.",
)

QD_66_2025 = decision(
    "66/QĐ-SKHCN",
    "ngày 10 tháng 6 năm 2025",
    "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Khoa học và Công nghệ",
    f"{ND61}\n\n{FUNCS25}\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Khoa học và Công nghệ, gồm cả các thủ tục lĩnh vực bưu chính, viễn thông, báo chí, xuất bản.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025 và thay thế Quyết định số 47/QĐ-SKHCN ngày 15/5/2023 và Quyết định số 68/QĐ-SKHCN ngày 05/6/2024 của Giám đốc Sở.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    TUAN,
)

QD_1190_2025 = decision(
    "1190/QĐ-UBND",
    "ngày 12 tháng 6 năm 2025",
    "Công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ tỉnh Đại Phong",
    f"{LUAT_2015}\n\n{ND63}\n\n{ND61}\n\nTheo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 61/TTr-SKHCN ngày 26/5/2025.",
    """Điều 1. Công bố kèm theo Quyết định này Danh mục 61 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ tỉnh Đại Phong.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 1085/QĐ-UBND ngày 17/5/2024 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Khoa học và Công nghệ và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.""",
    HUONG,
    issuer=UB,
    who=CT_WHO,
    to="- Như Điều 3;\n- Cục Kiểm soát thủ tục hành chính;\n- Lưu: VT, KSTT.",
)

LIST_1190 = [
    ["STT", "Lĩnh vực", "Số thủ tục", "Mức độ dịch vụ công"],
    ["1", "Hoạt động khoa học và công nghệ", "14", "Toàn trình: 12"],
    ["2", "Năng lượng nguyên tử, an toàn bức xạ và hạt nhân", "12", "Toàn trình: 12"],
    ["3", "Tiêu chuẩn đo lường chất lượng", "11", "Toàn trình: 10"],
    ["4", "Sở hữu trí tuệ", "05", "Một phần: 5"],
    ["5", "Bưu chính", "06", "Toàn trình: 6"],
    ["6", "Viễn thông và Internet", "04", "Toàn trình: 4"],
    ["7", "Báo chí, xuất bản, in và phát hành", "09", "Toàn trình: 7"],
    ["", "Tổng cộng", "61", ""],
]

BC_70_2025 = report(
    "70/BC-SKHCN",
    "ngày 13 tháng 6 năm 2025",
    "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2025",
    f"{ND09}\n\nThực hiện Kế hoạch số 173/KH-SKHCN ngày 27/12/2024 của Sở, thời gian chốt số liệu từ ngày 15/12/2024 đến ngày 14/6/2025, Sở Khoa học và Công nghệ báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2025 như sau:",
    """1. Chỉ đạo, điều hành: Chỉ số cải cách hành chính năm 2024 của Sở đạt 89,37 điểm, xếp thứ 2/20 sở, ban, ngành.

2. Tổ chức bộ máy: từ ngày 01/3/2025 Sở tiếp nhận chức năng, nhiệm vụ từ Sở Thông tin và Truyền thông; quy định chức năng, nhiệm vụ các phòng (Quyết định số 31/QĐ-SKHCN ngày 05/3/2025); ban hành Quy chế làm việc mới (Quyết định số 40/QĐ-SKHCN ngày 24/3/2025).

3. Thủ tục hành chính: Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục 61 thủ tục (Quyết định số 1190/QĐ-UBND ngày 12/6/2025); ban hành Quy trình nội bộ mới, áp dụng từ ngày 01/7/2025 (Quyết định số 66/QĐ-SKHCN ngày 10/6/2025). 6 tháng đầu năm 2025, Sở tiếp nhận 2.318 hồ sơ thủ tục hành chính, giải quyết đúng hạn 2.309 hồ sơ (99,6%); trực tuyến 1.947 hồ sơ, đạt 84,0%.

4. Chính quyền số: ban hành Quy chế quản lý, sử dụng chữ ký số, văn phòng điện tử và một cửa điện tử (Quyết định số 45/QĐ-SKHCN ngày 08/4/2025).""",
    """1. Kiểm tra cải cách hành chính tại các phòng, đơn vị theo Kế hoạch số 14/KH-SKHCN.

2. Thí điểm trả kết quả bản điện tử đối với thủ tục bưu chính.""",
    HA,
)

BC_71_2025 = paper(
    "71/BC-SKHCN",
    "ngày 16 tháng 6 năm 2025",
    "BÁO CÁO",
    "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2025",
    """Sở Khoa học và Công nghệ báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025 như sau:

1. Hoạt động khoa học và công nghệ: nghiệm thu 9 nhiệm vụ khoa học và công nghệ cấp tỉnh; phê duyệt kết quả tuyển chọn 07 nhiệm vụ mới (Quyết định số 27/QĐ-SKHCN ngày 03/3/2025).

2. An toàn bức xạ: tiếp nhận 64 hồ sơ đề nghị cấp giấy phép tiến hành công việc bức xạ, đã cấp 61 giấy phép, tỷ lệ giải quyết đúng hạn 100%.

3. Tiêu chuẩn đo lường chất lượng: kiểm tra 22 cơ sở, 128 phương tiện đo theo Kế hoạch số 18/KH-SKHCN ngày 07/02/2025.

4. Bưu chính, viễn thông, báo chí (từ ngày 01/3/2025): cấp 05 giấy phép bưu chính; quản lý 14 cơ quan báo chí, văn phòng đại diện trên địa bàn.

5. Chuyển đổi số của tỉnh: ban hành Kế hoạch số 52/KH-SKHCN ngày 06/5/2025 đánh giá Chỉ số chuyển đổi số các sở, ngành, huyện.

6. Cải cách hành chính: thực hiện theo Báo cáo số 70/BC-SKHCN ngày 13/6/2025; 6 tháng tiếp nhận 2.318 hồ sơ thủ tục hành chính, 99,6% đúng hạn.

Số liệu chủ yếu tại bảng dưới đây.""",
    TUAN,
    "- UBND tỉnh (để b/c);\n- Bộ Khoa học và Công nghệ (để b/c);\n- Lưu: VT, VP.",
)

TABLE_71 = [
    ["Chỉ tiêu", "Kế hoạch năm 2025", "Thực hiện 6 tháng", "Tỷ lệ"],
    ["Nhiệm vụ KH&CN cấp tỉnh nghiệm thu", "18", "9", "50,0%"],
    ["Giấy phép tiến hành công việc bức xạ được cấp", "120", "61", "50,8%"],
    ["Cơ sở được kiểm tra đo lường, chất lượng", "40", "22", "55,0%"],
    ["Hồ sơ thủ tục hành chính tiếp nhận", "-", "2.318", "99,6% đúng hạn"],
]

QD_82_2025 = decision(
    "82/QĐ-SKHCN",
    "ngày 14 tháng 7 năm 2025",
    "Thí điểm tiếp nhận hồ sơ và trả kết quả bản điện tử đối với thủ tục cấp giấy phép bưu chính",
    f"{ND61}\n\n{FUNCS25}\n\nCăn cứ Quyết định số 1190/QĐ-UBND ngày 12/6/2025 của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Thí điểm tiếp nhận hồ sơ trực tuyến toàn trình và trả kết quả bản điện tử (giấy phép có chữ ký số) đối với thủ tục cấp giấy phép bưu chính.

Điều 2. Kết quả bản điện tử có giá trị pháp lý như bản giấy; tổ chức đề nghị được nhận thêm bản giấy tại Trung tâm Phục vụ hành chính công tỉnh.

Điều 3. Thời gian thí điểm: từ ngày 01 tháng 8 năm 2025 đến hết ngày 31 tháng 10 năm 2025.

Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2025.

Điều 5. Chánh Văn phòng, Trưởng phòng Bưu chính, Viễn thông và Báo chí chịu trách nhiệm thi hành Quyết định này./.""",
    KIEN,
    to="- Như Điều 5;\n- UBND tỉnh (để b/c);\n- Trung tâm Phục vụ hành chính công tỉnh;\n- Lưu: VT, VP.",
)

CV_1320_2025 = paper(
    "1320/SKHCN-VP",
    "ngày 25 tháng 7 năm 2025",
    "",
    "V/v rà soát, chỉnh trang cáp viễn thông treo trên cột điện lực năm 2025",
    """Kính gửi: Các doanh nghiệp viễn thông trên địa bàn tỉnh Đại Phong.

Thực hiện chức năng quản lý nhà nước về viễn thông tiếp nhận từ ngày 01/3/2025, Sở Khoa học và Công nghệ đề nghị các doanh nghiệp:

1. Rà soát, thu hồi cáp viễn thông không sử dụng, chỉnh trang cáp treo trên các tuyến phố trung tâm thành phố Đại Phong trước ngày 30/10/2025.

2. Báo cáo kết quả về Sở (qua Phòng Bưu chính, Viễn thông và Báo chí) trước ngày 15/11/2025.""",
    KIEN,
    "- Như trên;\n- Điện lực Đại Phong;\n- Lưu: VT, BCVT.",
)

QD_97_2025 = decision(
    "97/QĐ-SKHCN",
    "ngày 15 tháng 8 năm 2025",
    "Quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng, Thanh tra và các phòng chuyên môn thuộc Sở Khoa học và Công nghệ (sau sắp xếp)",
    f"{FUNCS25}\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Sắp xếp lại các phòng chuyên môn thuộc Sở: hợp nhất Phòng Bưu chính, Viễn thông và Báo chí với Phòng Chuyển đổi số thành Phòng Bưu chính, Viễn thông và Chuyển đổi số; Sở có Văn phòng, Thanh tra và 04 phòng chuyên môn. Chức năng, nhiệm vụ của từng phòng quy định tại Phụ lục kèm theo.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2025 và thay thế Quyết định số 31/QĐ-SKHCN ngày 05/3/2025 của Giám đốc Sở.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    TUAN,
)

QD_102_2025 = decision(
    "102/QĐ-SKHCN",
    "ngày 02 tháng 9 năm 2025",
    "Cử công chức tham dự khóa đào tạo chuyên môn về kiểm soát an toàn bức xạ trong y tế và công nghiệp",
    f"{FUNCS25}\n\nCăn cứ thông báo chiêu sinh của Cục An toàn bức xạ và hạt nhân;\n\nTheo đề nghị của Trưởng phòng Quản lý chuyên ngành.",
    """Điều 1. Cử 03 công chức Phòng Quản lý chuyên ngành tham dự khóa đào tạo chuyên môn về kiểm soát an toàn bức xạ trong y tế và công nghiệp, từ ngày 15/9 đến ngày 26/9/2025 tại cơ sở đào tạo của Cục.

Điều 2. Kinh phí đi lại, lưu trú thanh toán theo quy định hiện hành.

Điều 3. Chánh Văn phòng, Trưởng phòng Quản lý chuyên ngành và các công chức có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.""",
    HA,
)

KH_104_2025 = paper(
    "104/KH-SKHCN",
    "ngày 10 tháng 9 năm 2025",
    "KẾ HOẠCH",
    "Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Đại Phong năm 2025 - 2026",
    """Sở Khoa học và Công nghệ ban hành Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Đại Phong năm 2025 - 2026 như sau:

1. Hỗ trợ 15 dự án khởi nghiệp đổi mới sáng tạo hoàn thiện sản phẩm, thương mại hóa công nghệ.

2. Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh (tháng 11/2025) và cuộc thi Ý tưởng khởi nghiệp sinh viên (năm 2026).

3. Trung tâm Ứng dụng tiến bộ khoa học và công nghệ chủ trì thực hiện.""",
    KIEN,
)

BC_110_2025 = paper(
    "110/BC-SKHCN",
    "ngày 30 tháng 9 năm 2025",
    "BÁO CÁO",
    "Tình hình cấp giấy phép tiến hành công việc bức xạ và kiểm tra an toàn bức xạ 9 tháng năm 2025",
    """Kính gửi: Cục An toàn bức xạ và hạt nhân.

Sở Khoa học và Công nghệ báo cáo tình hình cấp giấy phép tiến hành công việc bức xạ 9 tháng năm 2025 như sau:

1. Tiếp nhận 97 hồ sơ đề nghị cấp giấy phép tiến hành công việc bức xạ (sử dụng thiết bị X-quang chẩn đoán trong y tế, nguồn phóng xạ trong công nghiệp); đã cấp 95 giấy phép; tỷ lệ giải quyết đúng hạn 97,9% (02 hồ sơ quá hạn do cơ sở bổ sung hồ sơ chậm).

2. Kiểm tra an toàn bức xạ tại 18 cơ sở X-quang y tế; nhắc nhở 03 cơ sở chưa đo liều cá nhân đúng định kỳ.""",
    KIEN,
    "- Như trên;\n- Lưu: VT, QLCN.",
)

QD_118_2025 = decision(
    "118/QĐ-SKHCN",
    "ngày 20 tháng 10 năm 2025",
    "Kéo dài thời gian thí điểm tiếp nhận hồ sơ và trả kết quả bản điện tử đối với thủ tục cấp giấy phép bưu chính",
    f"{FUNCS25}\n\nCăn cứ Quyết định số 82/QĐ-SKHCN ngày 14/7/2025 của Giám đốc Sở;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Sửa đổi Điều 3 Quyết định số 82/QĐ-SKHCN ngày 14/7/2025 như sau:

"Điều 3. Thời gian thí điểm: từ ngày 01 tháng 8 năm 2025 đến hết ngày 31 tháng 12 năm 2025."

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng phòng Bưu chính, Viễn thông và Chuyển đổi số chịu trách nhiệm thi hành Quyết định này./.""",
    KIEN,
)

TB_126_2025 = paper(
    "126/TB-SKHCN",
    "ngày 18 tháng 11 năm 2025",
    "THÔNG BÁO",
    "Kết quả kiểm tra công tác cải cách hành chính năm 2025",
    """Thực hiện Kế hoạch số 14/KH-SKHCN ngày 20/01/2025, Sở Khoa học và Công nghệ đã kiểm tra công tác cải cách hành chính tại 06/06 phòng, đơn vị thuộc Sở. Kết quả:

1. 06/06 phòng, đơn vị thực hiện đúng Quy chế làm việc và Quy trình nội bộ giải quyết thủ tục hành chính; 100% văn bản đi được ký số.

2. Tồn tại: Phòng Bưu chính, Viễn thông và Chuyển đổi số còn 04 hồ sơ cập nhật trạng thái chậm trên Hệ thống một cửa điện tử.

3. Yêu cầu các phòng khắc phục trước ngày 15/12/2025.""",
    HA,
)

QD_135_2025 = decision(
    "135/QĐ-SKHCN",
    "ngày 05 tháng 12 năm 2025",
    "Khen thưởng tập thể, cá nhân có thành tích xuất sắc trong công tác cải cách hành chính năm 2025",
    f"{FUNCS25}\n\nCăn cứ Thông báo số 126/TB-SKHCN ngày 18/11/2025 về kết quả kiểm tra công tác cải cách hành chính năm 2025;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Tặng Giấy khen của Giám đốc Sở Khoa học và Công nghệ cho 02 tập thể và 05 cá nhân có thành tích xuất sắc trong công tác cải cách hành chính năm 2025 (danh sách kèm theo).

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.""",
    TUAN,
)

BC_140_2025 = report(
    "140/BC-SKHCN",
    "ngày 12 tháng 12 năm 2025",
    "Kết quả công tác cải cách hành chính năm 2025",
    f"{ND09}\n\nThực hiện Kế hoạch số 173/KH-SKHCN ngày 27/12/2024 của Sở, thời gian chốt số liệu từ ngày 15/12/2024 đến ngày 14/12/2025, Sở Khoa học và Công nghệ báo cáo kết quả cải cách hành chính năm 2025 như sau:",
    """1. Chỉ đạo, điều hành: Chỉ số cải cách hành chính năm 2024 của Sở đạt 89,37 điểm, xếp thứ 2/20 sở, ban, ngành.

2. Kiểm tra: kiểm tra 06/06 phòng, đơn vị theo Kế hoạch số 14/KH-SKHCN ngày 20/01/2025 (Thông báo số 126/TB-SKHCN ngày 18/11/2025). Tuyên truyền: đăng 36 tin, bài theo Kế hoạch số 22/KH-SKHCN ngày 12/02/2025.

3. Tổ chức bộ máy: Quyết định số 31/QĐ-SKHCN ngày 05/3/2025 được thay thế bởi Quyết định số 97/QĐ-SKHCN ngày 15/8/2025 từ ngày 01/9/2025; Sở còn 04 phòng chuyên môn.

4. Thủ tục hành chính: thực hiện Danh mục 61 thủ tục (Quyết định số 1190/QĐ-UBND ngày 12/6/2025) và Quy trình nội bộ (Quyết định số 66/QĐ-SKHCN ngày 10/6/2025). Năm 2025, Sở tiếp nhận 4.905 hồ sơ thủ tục hành chính, giải quyết đúng hạn 4.890 hồ sơ (99,7%); trực tuyến 4.218 hồ sơ, đạt 86,0% (chỉ tiêu tối thiểu 80%). Chỉ số hài lòng của người dân, tổ chức (SIPAS) năm 2025 đạt 93,4%. Số liệu theo lĩnh vực tại bảng dưới đây.

5. Chính quyền số: thực hiện Quy chế chữ ký số, văn phòng điện tử và một cửa điện tử (Quyết định số 45/QĐ-SKHCN ngày 08/4/2025); thí điểm trả kết quả bản điện tử thủ tục cấp giấy phép bưu chính (Quyết định số 82/QĐ-SKHCN ngày 14/7/2025, kéo dài đến hết ngày 31/12/2025 theo Quyết định số 118/QĐ-SKHCN ngày 20/10/2025).""",
    """1. Triển khai Kế hoạch cải cách hành chính năm 2026.

2. Đánh giá kết quả thí điểm trả kết quả bản điện tử.""",
    TUAN,
)

TABLE_2025 = [
    ["Lĩnh vực", "Hồ sơ tiếp nhận", "Giải quyết đúng hạn"],
    ["Tiêu chuẩn đo lường chất lượng", "1.420", "1.417"],
    ["Năng lượng nguyên tử, an toàn bức xạ và hạt nhân", "128", "124"],
    ["Hoạt động khoa học và công nghệ, sở hữu trí tuệ", "305", "305"],
    ["Bưu chính, viễn thông, báo chí, xuất bản (từ 01/3/2025)", "3.052", "3.044"],
    ["Tổng cộng năm 2025", "4.905", "4.890"],
]

KH_148_2025 = paper(
    "148/KH-SKHCN",
    "ngày 29 tháng 12 năm 2025",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2026 của Sở Khoa học và Công nghệ",
    f"""{NQ76}

Thực hiện Kế hoạch số 228/KH-UBND ngày 24/12/2025 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2026, Sở Khoa học và Công nghệ ban hành Kế hoạch cải cách hành chính năm 2026 như sau:

1. Rà soát, sửa đổi Quy chế làm việc của Sở cho phù hợp với tổ chức bộ máy sau sắp xếp.

2. Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt tối thiểu 90%; mức độ hài lòng (SIPAS) đạt trên 92%.

3. Kiểm tra cải cách hành chính tại 100% phòng, đơn vị thuộc Sở.

Kế hoạch được thực hiện từ ngày 01/01/2026 đến ngày 31/12/2026.""",
    TUAN,
)

# ---------------------------------------------------------------- 2026
KH_16_2026 = paper(
    "16/KH-SKHCN",
    "ngày 22 tháng 01 năm 2026",
    "KẾ HOẠCH",
    "Kiểm tra công tác cải cách hành chính năm 2026",
    """Thực hiện Kế hoạch số 148/KH-SKHCN ngày 29/12/2025 của Sở về cải cách hành chính năm 2026, Sở Khoa học và Công nghệ ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026 như sau:

1. Đối tượng: 100% (06/06) phòng, đơn vị thuộc Sở (Văn phòng, Thanh tra và 04 phòng chuyên môn).

2. Nội dung: thực hiện Quy chế làm việc, Quy trình nội bộ giải quyết thủ tục hành chính, cập nhật trạng thái hồ sơ trên Hệ thống một cửa điện tử.

3. Thời gian: quý II và quý III năm 2026.""",
    HA,
)

KH_21_2026 = paper(
    "21/KH-SKHCN",
    "ngày 03 tháng 02 năm 2026",
    "KẾ HOẠCH",
    "Kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa năm 2026",
    """Căn cứ Luật Đo lường ngày 11 tháng 11 năm 2011;

Sở Khoa học và Công nghệ ban hành Kế hoạch kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa năm 2026 như sau:

1. Đối tượng: 45 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng, vàng trang sức, phân bón trên địa bàn tỉnh.

2. Nội dung: kiểm tra phương tiện đo, lượng của hàng đóng gói sẵn, nhãn và chất lượng hàng hóa.

3. Thời gian: từ tháng 3 đến tháng 10 năm 2026.""",
    KIEN,
)

BC_27_2026 = paper(
    "27/BC-SKHCN",
    "ngày 05 tháng 3 năm 2026",
    "BÁO CÁO",
    "Kết quả đánh giá Chỉ số chuyển đổi số (DTI) của các sở, ban, ngành và Ủy ban nhân dân cấp huyện tỉnh Đại Phong năm 2025",
    """Kính gửi: Ủy ban nhân dân tỉnh Đại Phong.

Thực hiện Kế hoạch số 52/KH-SKHCN ngày 06/5/2025, Sở Khoa học và Công nghệ báo cáo kết quả đánh giá Chỉ số chuyển đổi số năm 2025 như sau:

1. Khối sở, ban, ngành: bình quân đạt 0,684 điểm; Sở Khoa học và Công nghệ đạt 0,812 điểm, xếp thứ 4/15 sở, ban, ngành; dẫn đầu là Sở Tài chính (0,861 điểm).

2. Khối Ủy ban nhân dân cấp huyện: bình quân đạt 0,597 điểm; 09/09 đơn vị hoàn thành tự đánh giá.

3. Đề nghị Ủy ban nhân dân tỉnh công bố kết quả và chỉ đạo các đơn vị có điểm thấp khắc phục.""",
    KIEN,
    "- Như trên;\n- Ban Chỉ đạo chuyển đổi số tỉnh;\n- Lưu: VT, CĐS.",
)

QD_38_2026 = decision(
    "38/QĐ-SKHCN",
    "ngày 10 tháng 4 năm 2026",
    "Bãi bỏ Điều 9 Quy chế làm việc của Sở Khoa học và Công nghệ ban hành kèm theo Quyết định số 40/QĐ-SKHCN ngày 24/3/2025",
    f"{FUNCS25}\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Bãi bỏ Điều 9 Quy chế làm việc của Sở Khoa học và Công nghệ ban hành kèm theo Quyết định số 40/QĐ-SKHCN ngày 24/3/2025 của Giám đốc Sở. Các điều khác của Quy chế giữ nguyên.

Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 4 năm 2026.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    TUAN,
)

BC_57_2026 = report(
    "57/BC-SKHCN",
    "ngày 12 tháng 6 năm 2026",
    "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2026",
    f"{ND09}\n\nThực hiện Kế hoạch số 148/KH-SKHCN ngày 29/12/2025 của Sở, thời gian chốt số liệu từ ngày 15/12/2025 đến ngày 14/6/2026, Sở Khoa học và Công nghệ báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2026 như sau:",
    """1. Chỉ đạo, điều hành: Chỉ số cải cách hành chính năm 2025 của Sở đạt 91,02 điểm, xếp thứ 1/15 sở, ban, ngành (tăng 1 bậc so với năm 2024).

2. Chế độ công vụ: bãi bỏ Điều 9 (giao ban trực tiếp) của Quy chế làm việc (Quyết định số 38/QĐ-SKHCN ngày 10/4/2026).

3. Thủ tục hành chính: 6 tháng đầu năm 2026, Sở tiếp nhận 2.596 hồ sơ thủ tục hành chính, giải quyết đúng hạn 2.591 hồ sơ (99,8%); trực tuyến 2.310 hồ sơ, đạt 89,0% (chỉ tiêu năm tối thiểu 90%).

4. Chính quyền số: thí điểm trả kết quả bản điện tử thủ tục cấp giấy phép bưu chính (Quyết định số 82/QĐ-SKHCN ngày 14/7/2025) kết thúc ngày 31/12/2025 theo thời hạn đã kéo dài; từ ngày 01/01/2026, kết quả bản điện tử được trả theo Quy trình nội bộ hiện hành.""",
    """1. Ban hành Quy chế làm việc mới thay thế Quy chế năm 2025.

2. Kiểm tra cải cách hành chính tại các phòng, đơn vị.""",
    HA,
)

CV_1105_2026 = paper(
    "1105/SKHCN-VP",
    "ngày 08 tháng 7 năm 2026",
    "",
    "V/v chấn chỉnh hoạt động thông tin của văn phòng đại diện, phóng viên thường trú cơ quan báo chí trên địa bàn tỉnh",
    """Kính gửi: Các văn phòng đại diện, phóng viên thường trú của cơ quan báo chí trên địa bàn tỉnh Đại Phong.

Thực hiện chức năng quản lý nhà nước về báo chí, Sở Khoa học và Công nghệ đề nghị các văn phòng đại diện, phóng viên thường trú:

1. Hoạt động đúng tôn chỉ, mục đích; thông báo bằng văn bản về Sở khi thay đổi trụ sở, trưởng văn phòng đại diện.

2. Báo cáo tình hình hoạt động 6 tháng về Sở (qua Phòng Bưu chính, Viễn thông và Chuyển đổi số) trước ngày 31/7/2026.""",
    KIEN,
    "- Như trên;\n- Ban Tuyên giáo Tỉnh ủy (để p/h);\n- Lưu: VT, BCVT.",
)

QD_88_2026 = decision(
    "88/QĐ-SKHCN",
    "ngày 20 tháng 8 năm 2026",
    "Ban hành Quy chế làm việc của Sở Khoa học và Công nghệ",
    f"{FUNCS25}\n\nCăn cứ Quyết định số 97/QĐ-SKHCN ngày 15/8/2025 của Giám đốc Sở quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng, Thanh tra và các phòng chuyên môn thuộc Sở;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Khoa học và Công nghệ tỉnh Đại Phong.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2026 và thay thế Quyết định số 40/QĐ-SKHCN ngày 24/3/2025 của Giám đốc Sở ban hành Quy chế làm việc của Sở.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng, Thủ trưởng các đơn vị trực thuộc và công chức, viên chức Sở chịu trách nhiệm thi hành Quyết định này./.""",
    TUAN,
    annex="""
QUY CHẾ LÀM VIỆC CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ

Điều 4. Giám đốc Sở làm việc theo chế độ thủ trưởng; các Phó Giám đốc phụ trách lĩnh vực theo phân công.

Điều 7. Văn bản đi, đến được xử lý, ký số trên Hệ thống quản lý văn bản và điều hành của tỉnh; giao ban lãnh đạo Sở tổ chức trực tuyến.
""",
)

DRAFT_88_2026 = (
    "DỰ THẢO (lần 2)\n\n"
    + head(
        "      /QĐ-SKHCN",
        "ngày      tháng 8 năm 2026",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Khoa học và Công nghệ",
    )
    + """
GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐẠI PHONG

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Khoa học và Công nghệ tỉnh Đại Phong.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

GIÁM ĐỐC

(chưa ký)
"""
)

CV_1652_2026 = paper(
    "1652/SKHCN-VP",
    "ngày 24 tháng 11 năm 2026",
    "",
    "V/v cung cấp số liệu xác định Chỉ số cải cách hành chính năm 2026",
    """Kính gửi: Sở Nội vụ tỉnh Đại Phong.

Sở Khoa học và Công nghệ nhận được Công văn của Sở Nội vụ đề nghị cung cấp số liệu xác định Chỉ số cải cách hành chính năm 2026. Sở Khoa học và Công nghệ gửi kèm theo Công văn này:

1. Báo cáo số 57/BC-SKHCN ngày 12/6/2026 (6 tháng đầu năm 2026).

2. Các văn bản: Kế hoạch số 16/KH-SKHCN ngày 22/01/2026, Quyết định số 38/QĐ-SKHCN ngày 10/4/2026, Quyết định số 88/QĐ-SKHCN ngày 20/8/2026 (Quy chế làm việc hiện hành).

Các văn bản chuyên môn của Sở (nhiệm vụ khoa học và công nghệ, đo lường, an toàn bức xạ, chuyển đổi số của tỉnh) không thuộc phạm vi số liệu cải cách hành chính.""",
    MAI,
    "- Như trên;\n- Giám đốc Sở (để b/c);\n- Lưu: VT, VP.",
)


def _split(text: str) -> tuple[str, str]:
    """A report's text before and after its 'II. NHIỆM VỤ TRỌNG TÂM' (the DOCX table between)."""
    first, rest = text.split("II. NHIỆM VỤ TRỌNG TÂM")
    return first, "II. NHIỆM VỤ TRỌNG TÂM" + rest


LATE: list[Sample] = [
    Sample(
        "BC CCHC nam 2024 (ky 08-01-2025).docx",
        "docx",
        (_split(BC_04_2025)[0],),
        table=TABLE_2024,
        after=_split(BC_04_2025)[1],
        title="BC 04/BC-SKHCN (MẪU)",
    ),
    Sample("QD 09 cong khai du toan 2025.txt", "txt", (QD_09_2025,)),
    Sample("KH kiem tra CCHC 2025.txt", "txt", (KH_14_2025,)),
    Sample(
        "KH 18 kiem tra do luong 2025.pdf",
        "pdf",
        (KH_18_2025,),
        title="KH 18/KH-SKHCN (MẪU, hư cấu)",
    ),
    Sample("KH tuyen truyen CCHC 2025.txt", "txt", (KH_22_2025,)),
    Sample("QD 27 ket qua tuyen chon nhiem vu 2025.txt", "txt", (QD_27_2025,)),
    Sample("QD 31 chuc nang cac phong 2025.docx", "docx", (QD_31_2025,), title="QĐ 31/QĐ-SKHCN (MẪU)"),
    Sample("KH 34 tuyen truyen so huu tri tue 2025.txt", "txt", (KH_34_2025,)),
    Sample(
        "QD 40 quy che lam viec 2025.pdf",
        "pdf",
        (QD_40_2025,),
        title="QĐ 40/QĐ-SKHCN (MẪU, hư cấu)",
    ),
    Sample(
        "QD 45 quy che chu ky so mot cua dien tu.docx",
        "docx",
        (QD_45_2025,),
        title="QĐ 45/QĐ-SKHCN (MẪU)",
    ),
    Sample(
        "KH 52 danh gia chi so chuyen doi so 2025.docx",
        "docx",
        (KH_52_2025,),
        title="KH 52/KH-SKHCN (MẪU)",
    ),
    Sample("TTr 61 danh muc TTHC 2025.txt", "txt", (TTR_61_2025,)),
    Sample(
        "QD 66 quy trinh noi bo 2025.pdf",
        "pdf",
        (QD_66_2025,),
        title="QĐ 66/QĐ-SKHCN (MẪU, hư cấu)",
    ),
    Sample(
        "QD 1190-QD-UBND danh muc TTHC 2025.docx",
        "docx",
        (QD_1190_2025,),
        table=LIST_1190,
        after="(Nội dung cụ thể từng thủ tục được công khai trên Cổng Dịch vụ công của tỉnh.)",
        title="QĐ 1190/QĐ-UBND (MẪU)",
    ),
    Sample("BC CCHC 6 thang 2025.txt", "txt", (BC_70_2025,)),
    Sample(
        "BC 71 tong hop nhiem vu 6 thang 2025.docx",
        "docx",
        (BC_71_2025.split("\nNơi nhận:")[0],),
        table=TABLE_71,
        after="Nơi nhận:" + BC_71_2025.split("\nNơi nhận:")[1],
        title="BC 71/BC-SKHCN (MẪU)",
    ),
    Sample("QD 82 thi diem giay phep buu chinh dien tu.txt", "txt", (QD_82_2025,)),
    Sample("CV 1320 cap vien thong.txt", "txt", (CV_1320_2025,)),
    Sample("QD 97 sap xep cac phong (thay QD 31).txt", "txt", (QD_97_2025,)),
    Sample("QD 102 cu cong chuc dao tao buc xa.txt", "txt", (QD_102_2025,)),
    Sample(
        "KH 104 khoi nghiep doi moi sang tao.pdf",
        "pdf",
        (KH_104_2025,),
        title="KH 104/KH-SKHCN (MẪU, hư cấu)",
    ),
    Sample("BC 110 giay phep buc xa 9 thang 2025.txt", "txt", (BC_110_2025,)),
    Sample("QD 118 keo dai thi diem.txt", "txt", (QD_118_2025,)),
    Sample("TB 126 ket qua kiem tra CCHC 2025.txt", "txt", (TB_126_2025,)),
    Sample("QD 135 khen thuong CCHC 2025.txt", "txt", (QD_135_2025,)),
    Sample(
        "BC CCHC nam 2025.docx",
        "docx",
        (_split(BC_140_2025)[0],),
        table=TABLE_2025,
        after=_split(BC_140_2025)[1],
        title="BC 140/BC-SKHCN (MẪU)",
    ),
    Sample("KH CCHC nam 2026.txt", "txt", (KH_148_2025,)),
    Sample("KH kiem tra CCHC 2026.txt", "txt", (KH_16_2026,)),
    Sample("KH 21 kiem tra do luong 2026.txt", "txt", (KH_21_2026,)),
    Sample(
        "BC 27 chi so chuyen doi so DTI 2025.pdf",
        "pdf",
        (BC_27_2026,),
        title="BC 27/BC-SKHCN (MẪU, hư cấu)",
    ),
    Sample("QD 38 bai bo Dieu 9 QCLV.txt", "txt", (QD_38_2026,)),
    Sample("BC CCHC 6 thang 2026.txt", "txt", (BC_57_2026,)),
    Sample("CV 1105 hoat dong bao chi.txt", "txt", (CV_1105_2026,)),
    Sample(
        "QD 88 quy che lam viec 2026.pdf",
        "pdf",
        (QD_88_2026,),
        title="QĐ 88/QĐ-SKHCN (MẪU, hư cấu)",
    ),
    Sample(
        "Du thao QC lam viec 2026.docx",
        "docx",
        (DRAFT_88_2026,),
        title="Dự thảo QĐ Quy chế làm việc",
    ),
    Sample("CV 1652 so lieu chi so CCHC 2026.txt", "txt", (CV_1652_2026,)),
]
