"""Twenty-third held-out archive, 2023 – 2024: the Sở Khoa học và Công nghệ of tỉnh Đại Phong
(fictional) and the Chủ tịch UBND tỉnh's list of its procedures. Do not tune on it.

The reform's documents (the yearly CCHC plans, the Quy chế làm việc, the internal procedure for
TTHC and its amendment, the inspection and tuyên truyền plans of CCHC, the Quy chế chữ ký số, the
CCHC reports) filed beside the Sở's sector work: a council for selecting science tasks and its
Quy chế, an acceptance council, a plan to inspect measurement and goods quality, support for
intellectual property, the "quy trình" of selecting science tasks, a commendation for a
technical-innovation contest, a Techmart plan. Written by hand; facts in
``bench/data/heldout23_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout23_common import (
    CT_WHO,
    FUNCS,
    HA,
    HUONG,
    KIEN,
    LUAT_2015,
    LUAT_KHCN,
    ND09,
    ND30,
    ND61,
    ND63,
    NQ76,
    TUAN,
    UB,
    decision,
    paper,
    report,
)
from sample_header import Sample

# ---------------------------------------------------------------- 2023
KH_08_2023 = paper(
    "08/KH-SKHCN",
    "ngày 09 tháng 01 năm 2023",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2023 của Sở Khoa học và Công nghệ",
    f"""{NQ76}

Thực hiện Kế hoạch số 05/KH-UBND ngày 04/01/2023 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2023, Sở Khoa học và Công nghệ ban hành Kế hoạch cải cách hành chính năm 2023 như sau:

1. Ban hành Quy chế làm việc mới của Sở (quý I/2023).

2. Ban hành Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở (quý II/2023).

3. Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt tối thiểu 50%; 100% hồ sơ được giải quyết đúng hạn.

4. Văn phòng Sở là đầu mối tham mưu, theo dõi, tổng hợp, báo cáo kết quả cải cách hành chính; các phòng chuyên môn thực hiện nhiệm vụ chuyên môn theo kế hoạch riêng, không thuộc phạm vi Kế hoạch này.""",
    TUAN,
)

QD_21_2023 = decision(
    "21/QĐ-SKHCN",
    "ngày 20 tháng 02 năm 2023",
    "Ban hành Quy chế làm việc của Sở Khoa học và Công nghệ",
    f"{FUNCS}\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Khoa học và Công nghệ tỉnh Đại Phong.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 95/QĐ-SKHCN ngày 12/7/2019 của Giám đốc Sở Khoa học và Công nghệ ban hành Quy chế làm việc của Sở.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng, Thủ trưởng các đơn vị trực thuộc và công chức, viên chức Sở chịu trách nhiệm thi hành Quyết định này./.""",
    TUAN,
    annex="""
QUY CHẾ LÀM VIỆC CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ

Điều 4. Giám đốc Sở làm việc theo chế độ thủ trưởng; các Phó Giám đốc giúp Giám đốc phụ trách lĩnh vực được phân công.

Điều 7. Văn bản đi, đến được xử lý trên Hệ thống quản lý văn bản và điều hành của tỉnh.

Điều 9. Giao ban lãnh đạo Sở tổ chức vào sáng thứ Hai hằng tuần.
""",
)

QD_35_2023 = decision(
    "35/QĐ-SKHCN",
    "ngày 20 tháng 3 năm 2023",
    "Thành lập Hội đồng tư vấn tuyển chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2023",
    f"{LUAT_KHCN}\n\n{FUNCS}\n\nTheo đề nghị của Trưởng phòng Quản lý khoa học.",
    """Điều 1. Thành lập Hội đồng tư vấn tuyển chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh "Nghiên cứu ứng dụng công nghệ sinh học trong nhân giống cây bưởi đặc sản Đại Phong", gồm 07 thành viên (danh sách kèm theo).

Điều 2. Hội đồng có nhiệm vụ đánh giá hồ sơ đăng ký tuyển chọn và kiến nghị tổ chức, cá nhân chủ trì; Hội đồng tự giải thể sau khi hoàn thành nhiệm vụ.

Điều 3. Chánh Văn phòng, Trưởng phòng Quản lý khoa học, các thành viên Hội đồng và tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.""",
    KIEN,
)

QD_47_2023 = decision(
    "47/QĐ-SKHCN",
    "ngày 15 tháng 5 năm 2023",
    "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Khoa học và Công nghệ",
    f"{ND61}\n\n{FUNCS}\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Khoa học và Công nghệ tỉnh Đại Phong.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 6 năm 2023.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở và công chức tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh chịu trách nhiệm thi hành Quyết định này./.""",
    TUAN,
    annex="""
QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH

Điều 4. Hồ sơ được tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua Cổng Dịch vụ công của tỉnh.

Điều 6. Thời hạn phòng chuyên môn thẩm định hồ sơ không quá 05 ngày làm việc kể từ ngày nhận hồ sơ từ bộ phận một cửa.

Điều 8. Kết quả giải quyết được trả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu chính công ích.
""",
)

QD_62_2023 = decision(
    "62/QĐ-SKHCN",
    "ngày 10 tháng 7 năm 2023",
    "Ban hành Quy chế hoạt động của Hội đồng tư vấn xác định, tuyển chọn và đánh giá nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh",
    f"{LUAT_KHCN}\n\n{FUNCS}\n\nTheo đề nghị của Trưởng phòng Quản lý khoa học.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Hội đồng tư vấn xác định, tuyển chọn và đánh giá nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng phòng Quản lý khoa học, các hội đồng tư vấn và tổ chức, cá nhân chủ trì nhiệm vụ chịu trách nhiệm thi hành Quyết định này./.""",
    KIEN,
    annex="""
QUY CHẾ HOẠT ĐỘNG CỦA HỘI ĐỒNG TƯ VẤN

Điều 4. Hội đồng có từ 07 đến 09 thành viên là nhà khoa học, nhà quản lý có chuyên môn phù hợp.

Điều 6. Phiên họp Hội đồng hợp lệ khi có mặt ít nhất 2/3 số thành viên; Hội đồng đánh giá bằng phiếu chấm điểm.
""",
)

BC_158_2023 = report(
    "158/BC-SKHCN",
    "ngày 14 tháng 12 năm 2023",
    "Kết quả công tác cải cách hành chính năm 2023",
    "Thực hiện Kế hoạch số 08/KH-SKHCN ngày 09/01/2023 của Sở, thời gian chốt số liệu từ ngày 15/12/2022 đến ngày 14/12/2023, Sở Khoa học và Công nghệ báo cáo kết quả cải cách hành chính năm 2023 như sau:",
    """1. Công tác chỉ đạo, điều hành: ban hành và triển khai Kế hoạch số 08/KH-SKHCN; Chỉ số cải cách hành chính năm 2022 của Sở đạt 86,45 điểm, xếp thứ 5/20 sở, ban, ngành.

2. Chế độ công vụ: ban hành Quy chế làm việc của Sở (Quyết định số 21/QĐ-SKHCN ngày 20/02/2023).

3. Thủ tục hành chính: ban hành Quy trình nội bộ giải quyết thủ tục hành chính (Quyết định số 47/QĐ-SKHCN ngày 15/5/2023). Trong năm, Sở tiếp nhận 1.184 hồ sơ thủ tục hành chính, giải quyết đúng hạn 1.176 hồ sơ (99,3%); hồ sơ tiếp nhận trực tuyến 742 hồ sơ, đạt 62,7% (chỉ tiêu tối thiểu 50%).""",
    """1. Triển khai Kế hoạch cải cách hành chính năm 2024.

2. Ban hành Quy chế quản lý, sử dụng chữ ký số của Sở.""",
    TUAN,
)

KH_166_2023 = paper(
    "166/KH-SKHCN",
    "ngày 28 tháng 12 năm 2023",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2024 của Sở Khoa học và Công nghệ",
    f"""{NQ76}

Thực hiện Kế hoạch số 260/KH-UBND ngày 22/12/2023 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2024, Sở Khoa học và Công nghệ ban hành Kế hoạch cải cách hành chính năm 2024 như sau:

1. Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở; tuyên truyền cải cách hành chính.

2. Ban hành Quy chế quản lý, sử dụng chữ ký số và thực hiện văn phòng điện tử của Sở.

3. Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt tối thiểu 70%.

Kế hoạch được thực hiện từ ngày 01/01/2024 đến ngày 31/12/2024.""",
    TUAN,
)

# ---------------------------------------------------------------- 2024
KH_12_2024 = paper(
    "12/KH-SKHCN",
    "ngày 15 tháng 01 năm 2024",
    "KẾ HOẠCH",
    "Kiểm tra công tác cải cách hành chính năm 2024",
    """Thực hiện Kế hoạch số 166/KH-SKHCN ngày 28/12/2023 của Sở về cải cách hành chính năm 2024, Sở Khoa học và Công nghệ ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 như sau:

1. Đối tượng: 05 phòng, đơn vị thuộc Sở.

2. Nội dung: việc thực hiện Quy chế làm việc, Quy trình nội bộ giải quyết thủ tục hành chính, việc tiếp nhận, giải quyết hồ sơ trên Cổng Dịch vụ công của tỉnh.

3. Thời gian: quý II và quý III năm 2024; Văn phòng Sở chủ trì, thông báo kết quả kiểm tra trước ngày 30/11/2024.""",
    HA,
)

KH_19_2024 = paper(
    "19/KH-SKHCN",
    "ngày 26 tháng 02 năm 2024",
    "KẾ HOẠCH",
    "Tuyên truyền cải cách hành chính năm 2024",
    """Thực hiện Kế hoạch số 166/KH-SKHCN ngày 28/12/2023 của Sở, Sở Khoa học và Công nghệ ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 như sau:

1. Đăng tải ít nhất 24 tin, bài về cải cách hành chính, dịch vụ công trực tuyến của Sở trên Trang thông tin điện tử của Sở.

2. Niêm yết, hướng dẫn người dân, doanh nghiệp nộp hồ sơ thủ tục hành chính trực tuyến tại Trung tâm Phục vụ hành chính công tỉnh.

3. Văn phòng Sở chủ trì thực hiện, báo cáo kết quả trong báo cáo cải cách hành chính định kỳ.""",
    HA,
)

KH_23_2024 = paper(
    "23/KH-SKHCN",
    "ngày 05 tháng 3 năm 2024",
    "KẾ HOẠCH",
    "Kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa năm 2024",
    """Căn cứ Luật Đo lường ngày 11 tháng 11 năm 2011;

Sở Khoa học và Công nghệ ban hành Kế hoạch kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa năm 2024 như sau:

1. Đối tượng: 35 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng, vàng trang sức và cơ sở sử dụng cân trong thương mại bán lẻ trên địa bàn tỉnh.

2. Nội dung: kiểm tra phương tiện đo, lượng của hàng đóng gói sẵn, nhãn hàng hóa và chất lượng sản phẩm, hàng hóa lưu thông trên thị trường.

3. Thời gian: từ tháng 4 đến tháng 10 năm 2024; Phòng Quản lý tiêu chuẩn đo lường chất lượng chủ trì, phối hợp Thanh tra Sở thực hiện.""",
    KIEN,
)

QD_43_2024 = decision(
    "43/QĐ-SKHCN",
    "ngày 02 tháng 4 năm 2024",
    "Thành lập Hội đồng đánh giá nghiệm thu kết quả thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh",
    f"{LUAT_KHCN}\n\n{FUNCS}\n\nCăn cứ Quyết định số 62/QĐ-SKHCN ngày 10/7/2023 của Giám đốc Sở ban hành Quy chế hoạt động của Hội đồng tư vấn xác định, tuyển chọn và đánh giá nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh;\n\nTheo đề nghị của Trưởng phòng Quản lý khoa học.",
    """Điều 1. Thành lập Hội đồng đánh giá nghiệm thu kết quả thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh "Xây dựng mô hình nuôi cá lồng bè ứng dụng cảm biến môi trường tại hồ Phong Lạc", gồm 09 thành viên.

Điều 2. Hội đồng đánh giá kết quả theo Quy chế hoạt động của Hội đồng tư vấn và tự giải thể sau khi hoàn thành nhiệm vụ.

Điều 3. Chánh Văn phòng, Trưởng phòng Quản lý khoa học, các thành viên Hội đồng và tổ chức chủ trì chịu trách nhiệm thi hành Quyết định này./.""",
    KIEN,
)

QD_52_2024 = decision(
    "52/QĐ-SKHCN",
    "ngày 22 tháng 4 năm 2024",
    "Ban hành Quy chế quản lý, sử dụng chữ ký số và thực hiện văn phòng điện tử của Sở Khoa học và Công nghệ",
    f"{ND30}\n\n{FUNCS}\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số và thực hiện văn phòng điện tử của Sở Khoa học và Công nghệ.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 5 năm 2024.

Điều 3. Chánh Văn phòng, Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    TUAN,
    annex="""
QUY CHẾ QUẢN LÝ, SỬ DỤNG CHỮ KÝ SỐ VÀ VĂN PHÒNG ĐIỆN TỬ

Điều 4. 100% văn bản đi của Sở (trừ văn bản mật) được ký số và phát hành trên Hệ thống quản lý văn bản và điều hành.

Điều 6. Văn thư Sở quản lý chứng thư số của cơ quan; lãnh đạo Sở sử dụng chứng thư số cá nhân.
""",
)

QD_1085_2024 = decision(
    "1085/QĐ-UBND",
    "ngày 17 tháng 5 năm 2024",
    "Công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ tỉnh Đại Phong",
    f"{LUAT_2015}\n\n{ND63}\n\n{ND61}\n\nTheo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 55/TTr-SKHCN ngày 06/5/2024.",
    """Điều 1. Công bố kèm theo Quyết định này Danh mục 42 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ tỉnh Đại Phong.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 1321/QĐ-UBND ngày 20/6/2022 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Khoa học và Công nghệ và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.""",
    HUONG,
    issuer=UB,
    who=CT_WHO,
    to="- Như Điều 3;\n- Cục Kiểm soát thủ tục hành chính;\n- Lưu: VT, KSTT.",
)

LIST_1085 = [
    ["STT", "Lĩnh vực", "Số thủ tục", "Mức độ dịch vụ công"],
    ["1", "Hoạt động khoa học và công nghệ", "14", "Toàn trình: 10"],
    ["2", "Năng lượng nguyên tử, an toàn bức xạ và hạt nhân", "12", "Toàn trình: 12"],
    ["3", "Tiêu chuẩn đo lường chất lượng", "11", "Toàn trình: 9"],
    ["4", "Sở hữu trí tuệ", "05", "Một phần: 5"],
    ["", "Tổng cộng", "42", ""],
]

KH_58_2024 = paper(
    "58/KH-SKHCN",
    "ngày 14 tháng 5 năm 2024",
    "KẾ HOẠCH",
    "Hỗ trợ xác lập, quản lý và bảo vệ quyền sở hữu trí tuệ đối với sản phẩm đặc sản tỉnh Đại Phong năm 2024",
    """Sở Khoa học và Công nghệ ban hành Kế hoạch hỗ trợ xác lập, quản lý và bảo vệ quyền sở hữu trí tuệ năm 2024 như sau:

1. Hỗ trợ 06 tổ chức tập thể đăng ký bảo hộ nhãn hiệu chứng nhận, nhãn hiệu tập thể cho sản phẩm đặc sản (bưởi Phong Lạc, chè Phong Sơn, mắm cá linh Hạ Khê).

2. Tổ chức 02 lớp tập huấn kiến thức sở hữu trí tuệ cho doanh nghiệp, hợp tác xã.

3. Phòng Quản lý chuyên ngành chủ trì thực hiện; kinh phí từ nguồn sự nghiệp khoa học và công nghệ năm 2024.""",
    KIEN,
)

QD_68_2024 = decision(
    "68/QĐ-SKHCN",
    "ngày 05 tháng 6 năm 2024",
    "Sửa đổi Điều 6 Quy trình nội bộ giải quyết thủ tục hành chính ban hành kèm theo Quyết định số 47/QĐ-SKHCN ngày 15/5/2023",
    f"{ND61}\n\n{FUNCS}\n\nCăn cứ Quyết định số 1085/QĐ-UBND ngày 17/5/2024 của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Sửa đổi Điều 6 Quy trình nội bộ giải quyết thủ tục hành chính ban hành kèm theo Quyết định số 47/QĐ-SKHCN ngày 15/5/2023 của Giám đốc Sở như sau:

"Điều 6. Thời hạn phòng chuyên môn thẩm định hồ sơ không quá 03 ngày làm việc kể từ ngày nhận hồ sơ điện tử từ bộ phận một cửa; hồ sơ tiếp nhận trực tuyến được thẩm định trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh."

Các điều khác của Quy trình giữ nguyên.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 6 năm 2024.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    TUAN,
)

BC_79_2024 = report(
    "79/BC-SKHCN",
    "ngày 14 tháng 6 năm 2024",
    "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024",
    f"{ND09}\n\nThực hiện Kế hoạch số 166/KH-SKHCN ngày 28/12/2023 của Sở, thời gian chốt số liệu từ ngày 15/12/2023 đến ngày 14/6/2024, Sở Khoa học và Công nghệ báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2024 như sau:",
    """1. Chỉ đạo, điều hành: Chỉ số cải cách hành chính năm 2023 của Sở đạt 88,12 điểm, xếp thứ 3/20 sở, ban, ngành (tăng 2 bậc so với năm 2022).

2. Kiểm tra, tuyên truyền: ban hành Kế hoạch kiểm tra cải cách hành chính (Kế hoạch số 12/KH-SKHCN ngày 15/01/2024) và Kế hoạch tuyên truyền cải cách hành chính (Kế hoạch số 19/KH-SKHCN ngày 26/02/2024).

3. Thủ tục hành chính: Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục 42 thủ tục hành chính (Quyết định số 1085/QĐ-UBND ngày 17/5/2024); Sở sửa đổi Điều 6 Quy trình nội bộ (Quyết định số 68/QĐ-SKHCN ngày 05/6/2024). 6 tháng đầu năm 2024, Sở tiếp nhận 642 hồ sơ thủ tục hành chính, 100% giải quyết đúng hạn; trực tuyến 455 hồ sơ, đạt 70,9%.

4. Chính quyền số: ban hành Quy chế quản lý, sử dụng chữ ký số và thực hiện văn phòng điện tử (Quyết định số 52/QĐ-SKHCN ngày 22/4/2024).""",
    """1. Hoàn thành kiểm tra cải cách hành chính tại các phòng, đơn vị.

2. Duy trì tỷ lệ hồ sơ trực tuyến trên 70%.""",
    HA,
)

QD_84_2024 = decision(
    "84/QĐ-SKHCN",
    "ngày 01 tháng 7 năm 2024",
    "Ban hành Quy trình tuyển chọn, giao trực tiếp tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh",
    f"{LUAT_KHCN}\n\n{FUNCS}\n\nTheo đề nghị của Trưởng phòng Quản lý khoa học.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy trình tuyển chọn, giao trực tiếp tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh sử dụng ngân sách nhà nước.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng phòng Quản lý khoa học và các tổ chức, cá nhân đăng ký chủ trì nhiệm vụ chịu trách nhiệm thi hành Quyết định này./.""",
    KIEN,
    annex="""
QUY TRÌNH TUYỂN CHỌN, GIAO TRỰC TIẾP

Bước 1. Thông báo danh mục nhiệm vụ đặt hàng trên Trang thông tin điện tử của Sở ít nhất 30 ngày.

Bước 2. Mở hồ sơ, thành lập Hội đồng tư vấn tuyển chọn theo Quy chế hoạt động của Hội đồng.

Bước 3. Thẩm định kinh phí và trình phê duyệt tổ chức, cá nhân chủ trì.
""",
)

QD_120_2024 = decision(
    "120/QĐ-SKHCN",
    "ngày 25 tháng 9 năm 2024",
    "Khen thưởng các tập thể, cá nhân đạt giải Hội thi Sáng tạo kỹ thuật tỉnh Đại Phong lần thứ IX (2023 - 2024)",
    f"{FUNCS}\n\nCăn cứ kết quả chấm giải của Ban Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX;\n\nTheo đề nghị của Trưởng phòng Quản lý khoa học.",
    """Điều 1. Tặng Giấy khen của Giám đốc Sở Khoa học và Công nghệ cho 12 tập thể và 25 cá nhân đạt giải Hội thi Sáng tạo kỹ thuật tỉnh Đại Phong lần thứ IX (2023 - 2024) (danh sách kèm theo).

Điều 2. Kinh phí khen thưởng chi từ nguồn kinh phí tổ chức Hội thi.

Điều 3. Chánh Văn phòng, Trưởng phòng Quản lý khoa học và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.""",
    TUAN,
)

KH_138_2024 = paper(
    "138/KH-SKHCN",
    "ngày 21 tháng 10 năm 2024",
    "KẾ HOẠCH",
    "Tổ chức Chợ công nghệ và thiết bị (Techmart) tỉnh Đại Phong năm 2024",
    """Sở Khoa học và Công nghệ ban hành Kế hoạch tổ chức Chợ công nghệ và thiết bị (Techmart) tỉnh Đại Phong năm 2024 như sau:

1. Thời gian, địa điểm: từ ngày 12/12 đến ngày 14/12/2024, tại Nhà Văn hóa Thanh niên tỉnh.

2. Quy mô: 80 gian trưng bày công nghệ, thiết bị của doanh nghiệp, viện, trường; hội thảo kết nối cung - cầu công nghệ.

3. Trung tâm Ứng dụng tiến bộ khoa học và công nghệ chủ trì; Phòng Quản lý chuyên ngành phối hợp.""",
    KIEN,
)

KH_173_2024 = paper(
    "173/KH-SKHCN",
    "ngày 27 tháng 12 năm 2024",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2025 của Sở Khoa học và Công nghệ",
    f"""{NQ76}

Thực hiện Kế hoạch số 210/KH-UBND ngày 20/12/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2025, Sở Khoa học và Công nghệ ban hành Kế hoạch cải cách hành chính năm 2025 như sau:

1. Sắp xếp, kiện toàn tổ chức bộ máy các phòng thuộc Sở khi tiếp nhận chức năng, nhiệm vụ từ Sở Thông tin và Truyền thông; ban hành Quy chế làm việc mới.

2. Ban hành Quy trình nội bộ giải quyết thủ tục hành chính mới, bao gồm thủ tục lĩnh vực bưu chính, viễn thông, báo chí.

3. Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt tối thiểu 80%; mức độ hài lòng của người dân, tổ chức (SIPAS) đạt trên 90%.

4. Ban hành Quy chế chữ ký số, văn phòng điện tử mới thay cho Quy chế năm 2024.

Kế hoạch được thực hiện từ ngày 01/01/2025 đến ngày 31/12/2025.""",
    TUAN,
)

EARLY: list[Sample] = [
    Sample("KH CCHC nam 2023.txt", "txt", (KH_08_2023,)),
    Sample("QD 21 quy che lam viec 2023.docx", "docx", (QD_21_2023,), title="QĐ 21/QĐ-SKHCN (MẪU)"),
    Sample("QD 35 HD tuyen chon nhiem vu KHCN 2023.txt", "txt", (QD_35_2023,)),
    Sample(
        "QD 47 quy trinh noi bo TTHC.pdf",
        "pdf",
        (QD_47_2023,),
        title="QĐ 47/QĐ-SKHCN (MẪU, hư cấu)",
    ),
    Sample(
        "QD 62 quy che hoi dong tu van KHCN.docx",
        "docx",
        (QD_62_2023,),
        title="QĐ 62/QĐ-SKHCN (MẪU)",
    ),
    Sample("BC CCHC nam 2023.txt", "txt", (BC_158_2023,)),
    Sample("KH CCHC 2024 (ky 28-12-2023).txt", "txt", (KH_166_2023,)),
    Sample("KH kiem tra CCHC 2024.txt", "txt", (KH_12_2024,)),
    Sample("KH tuyen truyen CCHC 2024.docx", "docx", (KH_19_2024,), title="KH 19/KH-SKHCN (MẪU)"),
    Sample("KH kiem tra do luong chat luong 2024.txt", "txt", (KH_23_2024,)),
    Sample(
        "QD 43 HD nghiem thu nhiem vu KHCN.docx",
        "docx",
        (QD_43_2024,),
        title="QĐ 43/QĐ-SKHCN (MẪU)",
    ),
    Sample("QD 52 quy che chu ky so.docx", "docx", (QD_52_2024,), title="QĐ 52/QĐ-SKHCN (MẪU)"),
    Sample(
        "QD 1085-QD-UBND danh muc TTHC KHCN.docx",
        "docx",
        (QD_1085_2024,),
        table=LIST_1085,
        after="(Nội dung cụ thể từng thủ tục được công khai trên Cổng Dịch vụ công của tỉnh.)",
        title="QĐ 1085/QĐ-UBND (MẪU)",
    ),
    Sample(
        "KH 58 ho tro so huu tri tue 2024.pdf",
        "pdf",
        (KH_58_2024,),
        title="KH 58/KH-SKHCN (MẪU, hư cấu)",
    ),
    Sample("QD 68 sua doi Dieu 6 quy trinh.txt", "txt", (QD_68_2024,)),
    Sample("BC 6 thang CCHC 2024.pdf", "pdf", (BC_79_2024,), title="BC 79/BC-SKHCN (MẪU, hư cấu)"),
    Sample(
        "QD 84 quy trinh tuyen chon nhiem vu KHCN.pdf",
        "pdf",
        (QD_84_2024,),
        title="QĐ 84/QĐ-SKHCN (MẪU, hư cấu)",
    ),
    Sample("QD 120 khen thuong hoi thi sang tao ky thuat.txt", "txt", (QD_120_2024,)),
    Sample("KH 138 Techmart 2024.docx", "docx", (KH_138_2024,), title="KH 138/KH-SKHCN (MẪU)"),
    Sample("KH CCHC nam 2025.txt", "txt", (KH_173_2024,)),
]
