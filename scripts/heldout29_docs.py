"""Twenty-ninth held-out archive: the Sở's decisions, plans, Công văn, notices and a Tờ trình —
the lives (replacements, an amendment, a repeal, an amended plan), the official figures sent in
January and a đính chính, the sector's work (lữ hành, hướng dẫn viên, hạng sao, festivals, xúc
tiến) — and the DỰ THẢO of the 2025 year report. The Sở Du lịch of tỉnh Ninh Thủy (fictional). Do
not tune on it.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout29_common import (
    FUNCS,
    GD_WHO,
    HUNG,
    LOCAL25,
    ND45,
    ND61B,
    NQ76,
    PHUONG,
    TAM,
    TO_LLH,
    TO_PAPER,
    TO_QD,
    TO_UNITS,
    Doc,
    decision,
)

ART3 = "Điều 3. Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
SECTOR_TO = ("- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, QLLH.")
UNITS = "- Các phòng, đơn vị thuộc Sở."
SNV = "Sở Nội vụ tỉnh Ninh Thủy."


def _qd(file: str, fmt: str, number: str, iso: str, subject: str, grounds: list[str], articles: str, signer: tuple[str, ...] = TAM) -> Doc:
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, decision(GD_WHO, grounds, articles), signer, TO_QD)


def _kh(file: str, fmt: str, number: str, iso: str, subject: str, paras: list[str], signer: tuple[str, ...] = PHUONG) -> Doc:
    return Doc(file, fmt, number, iso, "KẾ HOẠCH", subject, "\n\n".join(paras), signer, TO_PAPER)


def _cv(file: str, fmt: str, number: str, iso: str, subject: str, paras: list[str], kinh_gui: str, signer: tuple[str, ...] = PHUONG, to: tuple[str, ...] = TO_UNITS) -> Doc:
    return Doc(file, fmt, number, iso, "", subject, "\n\n".join(paras), signer, to, kinh_gui=kinh_gui)


def _plan_cchc(year: int, online: str, extra: str) -> list[str]:
    return [
        "I. MỤC ĐÍCH, YÊU CẦU",
        f"Triển khai đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính năm {year} của Sở Du lịch; gắn trách nhiệm người đứng đầu với kết quả thực hiện.",
        "II. NHIỆM VỤ VÀ CHỈ TIÊU",
        f"1. Cải cách thủ tục hành chính: 100% TTHC được công khai đúng quy định; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt tối thiểu {online}; tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%.{extra}",
        "2. Cải cách tổ chức bộ máy, chế độ công vụ: thực hiện nghiêm Quy chế làm việc, kỷ luật, kỷ cương hành chính.",
        "3. Xây dựng chính quyền số: 100% văn bản được ký số và xử lý trên môi trường điện tử (trừ văn bản mật).",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các phòng, đơn vị thuộc Sở căn cứ Kế hoạch này xây dựng kế hoạch thực hiện; Văn phòng Sở theo dõi, tổng hợp, báo cáo Giám đốc Sở.",
    ]


DOCS = [
    # ------------------------------------------------------------ 2023
    _kh("2023/KH CCHC 2023.docx", "docx", "08/KH-SDL", "2023-01-12", "Cải cách hành chính năm 2023 của Sở Du lịch", _plan_cchc(2023, "50%", ""), TAM),
    _qd("2023/QD 15 kien toan To giup viec CCHC.docx", "docx", "15/QĐ-SDL", "2023-02-06",
        "Kiện toàn Tổ giúp việc công tác cải cách hành chính của Sở Du lịch",
        [NQ76, FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Kiện toàn Tổ giúp việc công tác cải cách hành chính của Sở Du lịch gồm 07 thành viên, do đồng chí Nguyễn Thị Lan Phương, Phó Giám đốc Sở làm Tổ trưởng.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3),
    _kh("2023/KH 36 Tuan Van hoa Du lich 2023.docx", "docx", "36/KH-SDL", "2023-03-15", "Tổ chức Tuần Văn hóa - Du lịch Ninh Thủy năm 2023",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Quảng bá hình ảnh, sản phẩm du lịch biển, đảo của tỉnh; thu hút khách du lịch dịp hè 2023.", "II. THỜI GIAN, ĐỊA ĐIỂM", "Từ ngày 28/4/2023 đến ngày 03/5/2023, tại Quảng trường biển thành phố Ninh Thủy.", "III. TỔ CHỨC THỰC HIỆN", "Trung tâm Xúc tiến du lịch chủ trì; các doanh nghiệp lữ hành, cơ sở lưu trú du lịch phối hợp."], HUNG),
    _qd("2023/QD 42 quy che lam viec.pdf", "pdf", "42/QĐ-SDL", "2023-04-18",
        "Ban hành Quy chế làm việc của Sở Du lịch tỉnh Ninh Thủy",
        [FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Du lịch tỉnh Ninh Thủy.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3),
    _cv("2023/CV 310 quan ly lu hanh he 2023.txt", "txt", "310/SDL-QLLH", "2023-05-10", "tăng cường quản lý hoạt động kinh doanh lữ hành dịp hè năm 2023",
        ["Để bảo đảm quyền lợi của khách du lịch dịp hè năm 2023, Sở Du lịch đề nghị các doanh nghiệp kinh doanh dịch vụ lữ hành niêm yết công khai giá tour, sử dụng hướng dẫn viên du lịch có thẻ theo quy định, mua bảo hiểm cho khách du lịch và báo cáo Sở khi xảy ra sự cố.", "Phòng Quản lý lữ hành sẽ tổ chức kiểm tra đột xuất việc chấp hành quy định./."],
        "Các doanh nghiệp kinh doanh dịch vụ lữ hành trên địa bàn tỉnh.", HUNG, SECTOR_TO),
    _qd("2023/QD 130 quy che phoi hop Phong VHTT huyen.docx", "docx", "130/QĐ-SDL", "2023-10-20",
        "Ban hành Quy chế phối hợp giữa Sở Du lịch và Phòng Văn hóa và Thông tin các huyện, thành phố trong giải quyết thủ tục hành chính lĩnh vực du lịch",
        [ND61B, FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Sở Du lịch và Phòng Văn hóa và Thông tin các huyện, thành phố trong giải quyết thủ tục hành chính lĩnh vực du lịch.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3, PHUONG),
    _cv("2023/CV 1012 huong dan tu danh gia chi so CCHC 2023.docx", "docx", "1012/SDL-CCHC", "2023-11-15", "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023",
        ["Sở Du lịch hướng dẫn các phòng, đơn vị thuộc Sở cung cấp tài liệu kiểm chứng phục vụ tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023 của Sở, gửi Văn phòng Sở trước ngày 05/01/2024./."], UNITS),
    _kh("2023/KH CCHC nam 2024.docx", "docx", "186/KH-SDL", "2023-12-26", "Cải cách hành chính năm 2024 của Sở Du lịch", _plan_cchc(2024, "70%", ""), TAM),
    # ------------------------------------------------------------ 2024
    _kh("2024/KH tuyen truyen CCHC 2024.docx", "docx", "22/KH-SDL", "2024-01-22", "Tuyên truyền cải cách hành chính năm 2024",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của công chức, doanh nghiệp du lịch về cải cách hành chính năm 2024.", "II. CHỈ TIÊU", "Đăng tải tối thiểu 50 tin, bài về cải cách hành chính trên Cổng thông tin điện tử của Sở.", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở chủ trì, phối hợp Trung tâm Xúc tiến du lịch thực hiện."]),
    _kh("2024/KH kiem tra CCHC 2024.pdf", "pdf", "30/KH-SDL", "2024-03-01", "Kiểm tra công tác cải cách hành chính năm 2024",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Đánh giá việc thực hiện nhiệm vụ cải cách hành chính năm 2024 của các phòng, đơn vị thuộc Sở.", "II. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA", "Kiểm tra tại 05 phòng, đơn vị thuộc Sở; từ tháng 5 đến tháng 10 năm 2024.", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở là cơ quan thường trực."]),
    _qd("2024/QD 66 quy trinh noi bo the HDV truc tuyen.txt", "txt", "66/QĐ-SDL", "2024-05-08",
        "Ban hành Quy trình nội bộ giải quyết thủ tục cấp, cấp lại, đổi thẻ hướng dẫn viên du lịch theo hình thức trực tuyến toàn trình",
        [ND61B, ND45, FUNCS, "Theo đề nghị của Trưởng phòng Quản lý lữ hành."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết 06 thủ tục cấp, cấp lại, đổi thẻ hướng dẫn viên du lịch nội địa, quốc tế theo hình thức trực tuyến toàn trình.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3, PHUONG),
    Doc("2024/TB 14 ket qua kiem tra nghiep vu HDV 2024.docx", "docx", "14/TB-SDL", "2024-05-20", "THÔNG BÁO",
        "Kết quả kỳ kiểm tra nghiệp vụ hướng dẫn du lịch nội địa năm 2024",
        "Căn cứ kết quả chấm thi, Sở Du lịch thông báo: kỳ kiểm tra nghiệp vụ hướng dẫn du lịch nội địa tổ chức ngày 11/5/2024 có 146 thí sinh dự thi, 128 thí sinh đạt yêu cầu; danh sách kèm theo Thông báo này.\n\nNgười đạt yêu cầu nộp hồ sơ đề nghị cấp thẻ hướng dẫn viên du lịch nội địa theo quy định./.",
        HUNG, SECTOR_TO),
    _cv("2024/CV 1040 huong dan tu danh gia chi so CCHC 2024.docx", "docx", "1040/SDL-CCHC", "2024-11-13", "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024",
        ["Sở Du lịch hướng dẫn các phòng, đơn vị thuộc Sở cung cấp tài liệu kiểm chứng phục vụ tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của Sở, gửi Văn phòng Sở trước ngày 06/01/2025./."], UNITS),
    _kh("2024/KH CCHC 2025.docx", "docx", "190/KH-SDL", "2024-12-24", "Cải cách hành chính năm 2025 của Sở Du lịch", _plan_cchc(2025, "80%", " Tỷ lệ hài lòng của tổ chức, cá nhân đạt tối thiểu 95%."), TAM),
    # ------------------------------------------------------------ 2025
    _cv("2025/CV 45 so lieu chinh thuc CCHC 2024.docx", "docx", "45/SDL-VP", "2025-01-10", "báo cáo số liệu chính thức về cải cách hành chính năm 2024",
        ["Tại Báo cáo số 181/BC-SDL ngày 12/12/2024, Sở Du lịch đã báo cáo số liệu giải quyết TTHC năm 2024 tính đến ngày 30/11/2024 và số liệu ước thực hiện cả năm. Sở Du lịch báo cáo số liệu chính thức năm 2024 như sau:",
         "Năm 2024, Sở tiếp nhận 3.906 hồ sơ; giải quyết đúng hạn 3.899 hồ sơ, quá hạn 07 hồ sơ; tiếp nhận trực tuyến 2.812 hồ sơ, đạt 72,0%; tỷ lệ hài lòng của tổ chức, cá nhân đạt 97,4%.",
         "Sở Du lịch kính gửi Sở Nội vụ tổng hợp./."], SNV, TAM),
    _qd("2025/QD 09 kien toan To giup viec CCHC 2025.docx", "docx", "09/QĐ-SDL", "2025-01-16",
        "Kiện toàn Tổ giúp việc công tác cải cách hành chính của Sở Du lịch",
        [NQ76, FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Kiện toàn Tổ giúp việc công tác cải cách hành chính của Sở Du lịch gồm 08 thành viên, do đồng chí Nguyễn Thị Lan Phương, Phó Giám đốc Sở làm Tổ trưởng.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 15/QĐ-SDL ngày 06/02/2023 của Giám đốc Sở Du lịch.\n\n" + ART3),
    _kh("2025/KH tuyen truyen CCHC 2025.txt", "txt", "20/KH-SDL", "2025-01-20", "Tuyên truyền cải cách hành chính năm 2025",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của công chức, doanh nghiệp du lịch về cải cách hành chính năm 2025.", "II. CHỈ TIÊU", "Đăng tải tối thiểu 60 tin, bài về cải cách hành chính; phối hợp thực hiện 10 buổi phát sóng chuyên mục cải cách hành chính.", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở chủ trì, phối hợp Trung tâm Xúc tiến du lịch thực hiện."]),
    Doc("2025/TTr 12 du thao quy dinh quan ly khu diem du lich.docx", "docx", "12/TTr-SDL", "2025-02-14", "TỜ TRÌNH",
        "Dự thảo Quyết định ban hành Quy định quản lý khu du lịch, điểm du lịch trên địa bàn tỉnh Ninh Thủy",
        "Kính gửi: Ủy ban nhân dân tỉnh Ninh Thủy.\n\nSở Du lịch đã lấy ý kiến các sở, ngành, UBND các huyện, thành phố và tiếp thu ý kiến thẩm định của Sở Tư pháp. Sở Du lịch kính trình UBND tỉnh xem xét, ban hành Quyết định quy định quản lý khu du lịch, điểm du lịch trên địa bàn tỉnh (dự thảo kèm theo)./.",
        TAM, ("- Như trên;", "- Lưu: VT, VP.")),
    _cv("2025/CV 120 huong dan nop ho so giay phep lu hanh truc tuyen.docx", "docx", "120/SDL-QLLH", "2025-02-20", "hướng dẫn nộp hồ sơ cấp giấy phép kinh doanh dịch vụ lữ hành trực tuyến toàn trình",
        ["Từ ngày 01/3/2025, Sở Du lịch tiếp nhận hồ sơ đề nghị cấp, cấp đổi, cấp lại giấy phép kinh doanh dịch vụ lữ hành nội địa, quốc tế theo hình thức trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; kết quả được trả bản điện tử có chữ ký số.", "Đề nghị các doanh nghiệp thực hiện nộp hồ sơ, thanh toán phí thẩm định trực tuyến./."],
        "Các doanh nghiệp kinh doanh dịch vụ lữ hành trên địa bàn tỉnh.", PHUONG, TO_LLH),
    _kh("2025/KH kiem tra CCHC 2025.docx", "docx", "31/KH-SDL", "2025-02-27", "Kiểm tra công tác cải cách hành chính năm 2025",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Đánh giá việc thực hiện nhiệm vụ cải cách hành chính năm 2025 của các phòng, đơn vị thuộc Sở.", "II. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA", "Kiểm tra tại 06 phòng, đơn vị thuộc Sở; từ tháng 4 đến tháng 10 năm 2025.", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở là cơ quan thường trực."]),
    _cv("2025/CV 185 don doc bao cao CCHC quy I.docx", "docx", "185/SDL-CCHC", "2025-03-10", "đôn đốc báo cáo kết quả thực hiện cải cách hành chính quý I năm 2025",
        ["Thực hiện Kế hoạch số 190/KH-SDL ngày 24/12/2024 của Sở Du lịch về cải cách hành chính năm 2025, Sở Du lịch đề nghị các phòng, đơn vị gửi báo cáo kết quả thực hiện cải cách hành chính quý I năm 2025 (kèm số liệu hồ sơ TTHC, tỷ lệ trực tuyến, thanh toán trực tuyến, số hóa hồ sơ) về Văn phòng Sở trước ngày 25/3/2025./."], UNITS),
    _qd("2025/QD 33 cong bo ISO 9001.pdf", "pdf", "33/QĐ-SDL", "2025-03-12",
        "Công bố Hệ thống quản lý chất lượng của Sở Du lịch phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015",
        [FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Công bố Hệ thống quản lý chất lượng của Sở Du lịch phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 đối với các hoạt động giải quyết 38 thủ tục hành chính thuộc thẩm quyền.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3),
    _kh("2025/KH 52 Le hoi Du lich bien 2025.docx", "docx", "52/KH-SDL", "2025-03-18", "Tổ chức Lễ hội Du lịch biển Ninh Thủy năm 2025",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Kích cầu du lịch mùa hè; quảng bá sản phẩm du lịch biển, đảo, ẩm thực của tỉnh.", "II. THỜI GIAN, ĐỊA ĐIỂM", "Từ ngày 30/4/2025 đến ngày 04/5/2025, tại Quảng trường biển thành phố Ninh Thủy; dự kiến đón 120 nghìn lượt khách.", "III. TỔ CHỨC THỰC HIỆN", "Trung tâm Xúc tiến du lịch chủ trì; các doanh nghiệp lữ hành, cơ sở lưu trú du lịch phối hợp."], HUNG),
    _qd("2025/QD 47 cong nhan hang 3 sao KS Song Xanh.docx", "docx", "47/QĐ-SDL", "2025-03-28",
        "Công nhận hạng 3 sao cho Khách sạn Sóng Xanh",
        [FUNCS, "Xét hồ sơ đề nghị công nhận hạng cơ sở lưu trú du lịch của Công ty TNHH Du lịch Sóng Xanh và kết quả thẩm định ngày 20/3/2025;", "Theo đề nghị của Trưởng phòng Quản lý lưu trú."],
        "Điều 1. Công nhận hạng 3 sao cho Khách sạn Sóng Xanh (số 18 đường Hải Đăng, thành phố Ninh Thủy), quy mô 96 buồng; thời hạn 05 năm kể từ ngày ký.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3, HUNG),
    _cv("2025/CV 640 bao cao hoat dong lu hanh 6 thang.txt", "txt", "640/SDL-QLLH", "2025-06-10", "báo cáo tình hình hoạt động kinh doanh lữ hành 6 tháng đầu năm 2025",
        ["Để tổng hợp số liệu thống kê du lịch, Sở Du lịch đề nghị các doanh nghiệp kinh doanh dịch vụ lữ hành báo cáo số lượt khách phục vụ, doanh thu 6 tháng đầu năm 2025 trên Hệ thống cơ sở dữ liệu du lịch trước ngày 25/6/2025./."],
        "Các doanh nghiệp kinh doanh dịch vụ lữ hành trên địa bàn tỉnh.", HUNG, SECTOR_TO),
    _qd("2025/QD 81 quy trinh noi bo TTHC du lich.docx", "docx", "81/QĐ-SDL", "2025-06-20",
        "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực du lịch thuộc thẩm quyền của Sở Du lịch",
        [ND61B, ND45, FUNCS, "Căn cứ Quyết định số 845/QĐ-UBND ngày 16/5/2025 của Chủ tịch UBND tỉnh công bố Danh mục thủ tục hành chính lĩnh vực du lịch;", "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết 34 thủ tục hành chính lĩnh vực du lịch thuộc thẩm quyền của Sở Du lịch.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025 và thay thế Quyết định số 66/QĐ-SDL ngày 08/5/2024 của Giám đốc Sở Du lịch.\n\n" + ART3, PHUONG),
    _qd("2025/QD 92 bai bo QD 130.docx", "docx", "92/QĐ-SDL", "2025-07-08",
        "Bãi bỏ Quyết định số 130/QĐ-SDL ngày 20/10/2023 của Giám đốc Sở Du lịch",
        [LOCAL25, FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Bãi bỏ Quyết định số 130/QĐ-SDL ngày 20/10/2023 của Giám đốc Sở Du lịch ban hành Quy chế phối hợp giữa Sở Du lịch và Phòng Văn hóa và Thông tin các huyện, thành phố trong giải quyết thủ tục hành chính lĩnh vực du lịch, do Phòng Văn hóa và Thông tin các huyện, thành phố chấm dứt hoạt động từ ngày 01/7/2025.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3, PHUONG),
    _qd("2025/QD 118 quy che lam viec 2025.docx", "docx", "118/QĐ-SDL", "2025-09-10",
        "Ban hành Quy chế làm việc của Sở Du lịch tỉnh Ninh Thủy",
        [FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Du lịch tỉnh Ninh Thủy.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 10 năm 2025 và thay thế Quyết định số 42/QĐ-SDL ngày 18/4/2023 của Giám đốc Sở Du lịch ban hành Quy chế làm việc của Sở Du lịch.\n\n" + ART3),
    Doc("2025/TB 26 ket qua kiem tra CCHC 2025.docx", "docx", "26/TB-SDL", "2025-10-22", "THÔNG BÁO",
        "Kết quả kiểm tra công tác cải cách hành chính năm 2025",
        "Thực hiện Kế hoạch số 31/KH-SDL ngày 27/02/2025 của Sở Du lịch, từ tháng 4 đến tháng 10 năm 2025, Tổ kiểm tra đã kiểm tra công tác cải cách hành chính tại 05 phòng, đơn vị thuộc Sở (01 đơn vị chuyển sang năm 2026 do sắp xếp tổ chức). Sở Du lịch thông báo kết quả như sau:\n\n1. Ưu điểm: các phòng, đơn vị thực hiện nghiêm quy trình nội bộ giải quyết TTHC; không có hồ sơ giải quyết quá hạn do lỗi chủ quan.\n\n2. Tồn tại: tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC còn thấp; một số hồ sơ công việc chưa được xử lý trên môi trường mạng./.",
        PHUONG, TO_UNITS, kinh_gui=""),
    _cv("2025/CV 1088 huong dan tu danh gia chi so CCHC 2025.docx", "docx", "1088/SDL-CCHC", "2025-11-14", "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025",
        ["Sở Du lịch hướng dẫn các phòng, đơn vị thuộc Sở cung cấp tài liệu kiểm chứng phục vụ tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Sở, gửi Văn phòng Sở trước ngày 06/01/2026./."], UNITS),
    _kh("2025/KH CCHC 2026.docx", "docx", "178/KH-SDL", "2025-12-23", "Cải cách hành chính năm 2026 của Sở Du lịch", _plan_cchc(2026, "85%", " Tỷ lệ hài lòng của tổ chức, cá nhân đạt tối thiểu 96%."), TAM),
    # ------------------------------------------------------------ 2026
    _cv("2026/CV 28 so lieu chinh thuc CCHC 2025.docx", "docx", "28/SDL-VP", "2026-01-09", "báo cáo số liệu chính thức về cải cách hành chính năm 2025",
        ["Tại Báo cáo số 168/BC-SDL ngày 10/12/2025, Sở Du lịch đã báo cáo số liệu giải quyết TTHC năm 2025 tính đến ngày 30/11/2025 và số liệu ước thực hiện cả năm (khoảng 4.250 hồ sơ). Sở Du lịch báo cáo số liệu chính thức năm 2025 như sau:",
         "Năm 2025, Sở tiếp nhận 4.218 hồ sơ; giải quyết đúng hạn 4.210 hồ sơ, quá hạn 08 hồ sơ; tiếp nhận trực tuyến 3.400 hồ sơ, đạt 80,6%; tỷ lệ giải ngân kế hoạch vốn đầu tư công năm 2025 đạt 97,2%.",
         "Sở Du lịch kính gửi Sở Nội vụ tổng hợp./."], SNV, TAM),
    _kh("2026/KH tuyen truyen CCHC 2026.docx", "docx", "18/KH-SDL", "2026-01-19", "Tuyên truyền cải cách hành chính năm 2026",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của công chức, doanh nghiệp du lịch về cải cách hành chính năm 2026.", "II. CHỈ TIÊU", "Đăng tải tối thiểu 70 tin, bài về cải cách hành chính; phối hợp thực hiện 12 buổi phát sóng chuyên mục cải cách hành chính.", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở chủ trì, phối hợp Trung tâm Xúc tiến du lịch thực hiện."]),
    _kh("2026/KH xuc tien du lich 2026.pdf", "pdf", "24/KH-SDL", "2026-01-26", "Xúc tiến, quảng bá du lịch tỉnh Ninh Thủy năm 2026",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Quảng bá hình ảnh điểm đến Ninh Thủy tại các thị trường trọng điểm; phấn đấu năm 2026 đón 5,3 triệu lượt khách.", "II. NỘI DUNG", "Tham gia 04 hội chợ du lịch trong nước và 02 hội chợ quốc tế; tổ chức 03 chương trình famtrip cho doanh nghiệp lữ hành và báo chí.", "III. TỔ CHỨC THỰC HIỆN", "Trung tâm Xúc tiến du lịch chủ trì."], HUNG),
    _kh("2026/KH kiem tra CCHC 2026.docx", "docx", "29/KH-SDL", "2026-02-26", "Kiểm tra công tác cải cách hành chính năm 2026",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Đánh giá việc thực hiện nhiệm vụ cải cách hành chính năm 2026 của các phòng, đơn vị thuộc Sở.", "II. NỘI DUNG KIỂM TRA", "Công tác chỉ đạo, điều hành; kiểm soát, công khai TTHC; số hóa hồ sơ, kết quả giải quyết TTHC; kỷ luật, kỷ cương hành chính.", "III. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA", "Kiểm tra tại 04 phòng, đơn vị thuộc Sở; trong tháng 6 năm 2026.", "IV. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở là cơ quan thường trực."]),
    _qd("2026/QD 21 sua doi Dieu 7 quy che lam viec.docx", "docx", "21/QĐ-SDL", "2026-03-02",
        "Sửa đổi Điều 7 Quy chế làm việc của Sở Du lịch ban hành kèm theo Quyết định số 118/QĐ-SDL ngày 10/9/2025",
        [FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Sửa đổi Điều 7 Quy chế làm việc của Sở Du lịch ban hành kèm theo Quyết định số 118/QĐ-SDL ngày 10/9/2025 của Giám đốc Sở Du lịch như sau:\n\n\"Điều 7. Chế độ báo cáo: các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện nhiệm vụ hằng quý trước ngày 05 của tháng cuối quý, kèm số liệu giải quyết TTHC có chốt ngày.\"\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 3 năm 2026. Các nội dung khác của Quyết định số 118/QĐ-SDL giữ nguyên hiệu lực.\n\n" + ART3),
    _cv("2026/CV 196 don doc bao cao CCHC quy I.docx", "docx", "196/SDL-CCHC", "2026-03-09", "đôn đốc báo cáo kết quả thực hiện cải cách hành chính quý I năm 2026",
        ["Sở Du lịch đề nghị các phòng, đơn vị gửi báo cáo kết quả thực hiện cải cách hành chính quý I năm 2026 (kèm số liệu hồ sơ TTHC, tỷ lệ trực tuyến, thanh toán trực tuyến, số hóa hồ sơ) về Văn phòng Sở trước ngày 25/3/2026./."], UNITS),
    _kh("2026/KH chuyen doi so 2026.docx", "docx", "40/KH-SDL", "2026-03-10", "Chuyển đổi số của Sở Du lịch năm 2026",
        ["I. MỤC TIÊU", "100% hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ mật); tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt tối thiểu 90%.", "II. NHIỆM VỤ", "Hoàn thiện cơ sở dữ liệu doanh nghiệp lữ hành, hướng dẫn viên du lịch, cơ sở lưu trú du lịch; kết nối với Hệ thống thông tin giải quyết TTHC của tỉnh.", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở chủ trì."]),
    _cv("2026/CV 415 an toan khach du lich he 2026.docx", "docx", "415/SDL-QLLH", "2026-04-15", "bảo đảm an toàn cho khách du lịch mùa hè năm 2026",
        ["Mùa du lịch hè năm 2026, Sở Du lịch đề nghị các doanh nghiệp lữ hành, cơ sở lưu trú du lịch, khu du lịch, điểm du lịch rà soát phương tiện, trang thiết bị cứu hộ, cứu nạn; niêm yết số điện thoại đường dây nóng hỗ trợ khách du lịch 0259.3822.999.", "Sở Du lịch sẽ phối hợp với các xã, phường ven biển kiểm tra việc chấp hành./."],
        "Các doanh nghiệp lữ hành, cơ sở lưu trú du lịch, khu du lịch, điểm du lịch trên địa bàn tỉnh.", HUNG, SECTOR_TO),
    _cv("2026/CV 512 dinh chinh so lieu quy I 2026.docx", "docx", "512/SDL-VP", "2026-05-06", "đính chính số liệu tại Báo cáo kết quả thực hiện cải cách hành chính quý I năm 2026",
        ["Do sơ suất trong tổng hợp, Sở Du lịch đính chính số liệu tại Báo cáo số 26/BC-SDL ngày 08/4/2026 như sau: tỷ lệ hồ sơ thanh toán trực tuyến quý I năm 2026 tại mục 3 phần I là 41,2%, nay đính chính thành 47,2%.", "Các nội dung khác của Báo cáo số 26/BC-SDL giữ nguyên. Sở Du lịch kính gửi Sở Nội vụ tổng hợp./."], SNV, PHUONG),
    Doc("2026/BC ket qua hoat dong du lich 6 thang 2026.docx", "docx", "98/BC-SDL", "2026-07-09", "BÁO CÁO",
        "Kết quả hoạt động du lịch 6 tháng đầu năm 2026",
        "I. KẾT QUẢ HOẠT ĐỘNG DU LỊCH\n\n6 tháng đầu năm 2026, toàn tỉnh đón 2,76 triệu lượt khách du lịch (tăng 9,5% so với cùng kỳ), trong đó 341 nghìn lượt khách quốc tế; tổng thu từ khách du lịch đạt 5.420 tỷ đồng. Cấp mới 14 giấy phép kinh doanh dịch vụ lữ hành nội địa, 06 giấy phép lữ hành quốc tế; cấp 212 thẻ hướng dẫn viên du lịch.\n\nII. CÔNG TÁC QUẢN LÝ NHÀ NƯỚC\n\nThanh tra, kiểm tra chuyên ngành 42 doanh nghiệp lữ hành, cơ sở lưu trú du lịch; xử phạt vi phạm hành chính 07 trường hợp.\n\nIII. NHIỆM VỤ 6 THÁNG CUỐI NĂM\n\nTổ chức các hoạt động xúc tiến du lịch mùa thu; chuẩn bị tham gia Hội chợ Du lịch quốc tế ITE Thành phố Hồ Chí Minh năm 2026.\n\nSở Du lịch báo cáo UBND tỉnh./.",
        HUNG, ("- UBND tỉnh (để b/c);", "- Bộ Văn hóa, Thể thao và Du lịch;", "- Lưu: VT, QLLH.")),
    _cv("2026/CV 702 don doc so hoa ho so TTHC.docx", "docx", "702/SDL-CCHC", "2026-07-16", "đôn đốc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        ["Thực hiện Kế hoạch số 40/KH-SDL ngày 10/3/2026 của Sở Du lịch về chuyển đổi số năm 2026, Sở Du lịch đề nghị các phòng, đơn vị thực hiện số hóa 100% hồ sơ, kết quả giải quyết TTHC còn hiệu lực; cập nhật kết quả trên Hệ thống thông tin giải quyết TTHC của tỉnh trước ngày 31/8/2026./."], UNITS),
    _kh("2026/KH 104 dieu chinh KH kiem tra CCHC 2026.docx", "docx", "104/KH-SDL", "2026-07-20", "Điều chỉnh Kế hoạch kiểm tra công tác cải cách hành chính năm 2026",
        ["Do sắp xếp lịch công tác, Sở Du lịch điều chỉnh Kế hoạch số 29/KH-SDL ngày 26/02/2026 về kiểm tra công tác cải cách hành chính năm 2026 như sau:", "1. Sửa đổi Mục III. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA: kiểm tra tại 03 phòng, đơn vị thuộc Sở (thay 04 phòng, đơn vị); thời gian từ ngày 15/8/2026 đến ngày 30/9/2026.", "2. Các nội dung khác của Kế hoạch số 29/KH-SDL giữ nguyên."]),
    _kh("2026/KH 88 tham gia hoi cho ITE 2026.docx", "docx", "88/KH-SDL", "2026-08-05", "Tham gia Hội chợ Du lịch quốc tế ITE Thành phố Hồ Chí Minh năm 2026",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Giới thiệu sản phẩm du lịch biển, đảo Ninh Thủy; kết nối doanh nghiệp lữ hành. 7 tháng năm 2026, tỉnh đón 3,21 triệu lượt khách du lịch.", "II. THỜI GIAN, ĐỊA ĐIỂM", "Từ ngày 10/9/2026 đến ngày 12/9/2026, tại Trung tâm Hội chợ và Triển lãm Sài Gòn.", "III. TỔ CHỨC THỰC HIỆN", "Trung tâm Xúc tiến du lịch chủ trì; 12 doanh nghiệp du lịch tham gia gian hàng chung của tỉnh."], HUNG),
    _qd("2026/QD 97 thanh lap Doan kiem tra CCHC 2026.docx", "docx", "97/QĐ-SDL", "2026-08-10",
        "Thành lập Đoàn kiểm tra công tác cải cách hành chính năm 2026",
        [FUNCS, "Căn cứ Kế hoạch số 29/KH-SDL ngày 26/02/2026 của Sở Du lịch về kiểm tra công tác cải cách hành chính năm 2026, được điều chỉnh tại Kế hoạch số 104/KH-SDL ngày 20/7/2026;", "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Thành lập Đoàn kiểm tra công tác cải cách hành chính năm 2026 gồm 05 thành viên, do đồng chí Nguyễn Thị Lan Phương, Phó Giám đốc Sở làm Trưởng đoàn.\n\nĐiều 2. Đoàn kiểm tra tại 03 phòng, đơn vị thuộc Sở từ ngày 15/8/2026 đến ngày 30/9/2026; tự giải thể sau khi hoàn thành nhiệm vụ.\n\n" + ART3),
    _cv("2026/CV 860 bao cao giai ngan von dau tu cong.docx", "docx", "860/SDL-VP", "2026-09-08", "báo cáo tình hình giải ngân kế hoạch vốn đầu tư công năm 2026",
        ["Đến ngày 31/8/2026, Sở Du lịch giải ngân kế hoạch vốn đầu tư công năm 2026 đạt 58,4%. Sở Du lịch cam kết hoàn thành giải ngân 100% kế hoạch vốn được giao trước ngày 31/01/2027./."], "Sở Tài chính tỉnh Ninh Thủy.", TAM),
    _cv("2026/CV 1150 huong dan tu danh gia chi so CCHC 2026.docx", "docx", "1150/SDL-CCHC", "2026-11-24", "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026",
        ["Sở Du lịch hướng dẫn các phòng, đơn vị thuộc Sở cung cấp tài liệu kiểm chứng phục vụ tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 của Sở, gửi Văn phòng Sở trước ngày 05/01/2027./."], UNITS),
]

# The DỰ THẢO (lần 1) of 168/BC-SDL: no document of its own.
DRAFT_FILE = "2025/Du thao BC CCHC nam 2025 (lan 1).docx"
DRAFT_168 = [
    "UBND TỈNH NINH THỦY",
    "SỞ DU LỊCH",
    "Số:       /BC-SDL",
    "Ninh Thủy, ngày      tháng 12 năm 2025",
    "DỰ THẢO (lần 1)",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2025",
    "I. KẾT QUẢ THỰC HIỆN",
    "Cải cách thủ tục hành chính: từ ngày 01/01/2025 đến ngày 30/11/2025, Sở tiếp nhận 3.871 hồ sơ. Ước thực hiện cả năm 2025: tiếp nhận khoảng 4.300 hồ sơ.",
    "(Ý kiến góp ý gửi Văn phòng Sở trước ngày 08/12/2025)",
    "GIÁM ĐỐC",
    "(chưa ký)",
]

__all__ = ["DOCS", "DRAFT_168", "DRAFT_FILE"]
