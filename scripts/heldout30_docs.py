"""Thirtieth held-out archive: the decisions, plans, Công văn and a Tờ trình of the Sở Ngoại vụ
and, from 01/3/2025, of the Văn phòng UBND tỉnh; the incoming documents (the UBND tỉnh's
decisions and plan, the Sở Nội vụ's guidance, the Bộ Ngoại giao's letter) with their stamps; the
lives (replacements across the change of body, a Sở document kept in force, a Quy chế ended, a
whole and a partial repeal, an amended plan, an extended pilot); the sector's work (đoàn ra, đoàn
vào, hội nghị quốc tế, lãnh sự, tổ chức phi chính phủ nước ngoài, biên giới, người Việt Nam ở
nước ngoài); the register of outgoing documents of 2024, the annex of 165/BC-VP in a file of its
own and the DỰ THẢO of 165/BC-VP. The Sở Ngoại vụ of tỉnh Phước Lâm (fictional). Do not tune on it.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout30_common import (
    BAO,
    BNG,
    CT_WHO,
    CVP_WHO,
    DUC,
    FUNCS,
    FUNCS_VP,
    GD_WHO,
    HUONG,
    KHAI,
    LOCAL,
    LOCAL25,
    ND61B,
    NHUNG,
    NQ76,
    PHAT,
    SNV_ISSUER,
    SO,
    SON,
    TO_LS,
    TO_PAPER,
    TO_QD,
    TO_UBQD,
    TO_UNITS,
    TO_VP,
    TO_VPQD,
    TRUNG,
    TUAN,
    UB,
    VP,
    Doc,
    decision,
)
from heldout30_reports import sign

ART3 = "Điều 3. Chánh Văn phòng Sở, Trưởng các phòng thuộc Sở và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
ART3_VP = "Điều 3. Trưởng phòng Ngoại vụ, Trưởng phòng Hành chính - Tổ chức thuộc Văn phòng UBND tỉnh và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
ART3_UB = "Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các {lower} và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
UNITS = "- Các phòng thuộc Sở."
D, N = "Van ban di", "Van ban den"
SECTOR_TO = ("- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, HTQT.")


def _qd(file: str, fmt: str, number: str, iso: str, subject: str, grounds: list[str], articles: str, signer: tuple[str, ...] = TRUNG, **kw) -> Doc:
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, decision(GD_WHO, grounds, articles), signer, TO_QD, **kw)


def _qd_vp(file: str, fmt: str, number: str, iso: str, subject: str, grounds: list[str], articles: str, signer: tuple[str, ...] = BAO, **kw) -> Doc:
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, decision(CVP_WHO, grounds, articles), signer, TO_VPQD, issuer=VP, **kw)


def _qd_ub(file: str, fmt: str, number: str, iso: str, subject: str, grounds: list[str], articles: str, signer: tuple[str, ...] = DUC, **kw) -> Doc:
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, decision(CT_WHO, grounds, articles), signer, TO_UBQD, issuer=UB, **kw)


def _kh(file: str, fmt: str, number: str, iso: str, subject: str, paras: list[str], signer: tuple[str, ...] = NHUNG, issuer: tuple[str, ...] = SO, **kw) -> Doc:
    to = TO_PAPER if issuer == SO else ("- Phòng Ngoại vụ;", "- Lãnh đạo Văn phòng;", "- Lưu: VT, NgV.")
    return Doc(file, fmt, number, iso, "KẾ HOẠCH", subject, "\n\n".join(paras), signer, to, issuer=issuer, **kw)


def _cv(file: str, fmt: str, number: str, iso: str, subject: str, paras: list[str], kinh_gui: str, signer: tuple[str, ...] = NHUNG, to: tuple[str, ...] = TO_UNITS, issuer: tuple[str, ...] = SO, **kw) -> Doc:
    return Doc(file, fmt, number, iso, "", subject, "\n\n".join(paras), signer, to, issuer=issuer, kinh_gui=kinh_gui, **kw)


def _plan(year: int, who: str, online: str, extra: str) -> list[str]:
    return [
        "I. MỤC ĐÍCH, YÊU CẦU",
        f"Triển khai đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính năm {year} {who}; gắn trách nhiệm người đứng đầu với kết quả thực hiện.",
        "II. NHIỆM VỤ VÀ CHỈ TIÊU",
        f"1. Cải cách thủ tục hành chính: 100% TTHC lĩnh vực ngoại vụ được công khai đúng quy định; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt tối thiểu {online}; 100% hồ sơ giải quyết đúng hạn.{extra}",
        "2. Cải cách chế độ công vụ: thực hiện nghiêm kỷ luật, kỷ cương hành chính.",
        "3. Xây dựng chính quyền số: 100% văn bản được ký số và xử lý trên môi trường điện tử (trừ văn bản mật).",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các đơn vị căn cứ Kế hoạch này tổ chức thực hiện; định kỳ báo cáo kết quả theo quy định.",
    ]


PROC_ANNEX = "PHỤ LỤC\n\nDANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC NGOẠI VỤ{what}\n\n(Kèm theo Quyết định số {number} ngày {date} của Chủ tịch UBND tỉnh Phước Lâm)\n\n1. Thủ tục cho phép tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền của Chủ tịch UBND tỉnh\n\n2. Thủ tục cho chủ trương sử dụng thẻ đi lại của doanh nhân APEC (ABTC)\n\n3. Thủ tục tiếp nhận hồ sơ đề nghị cử cán bộ, công chức đi công tác nước ngoài\n\n…"

DOCS = [
    # ------------------------------------------------------------ 2022 (the Sở)
    _kh(f"{D}/2022/KH 05 CCHC 2022.docx", "docx", "05/KH-SNgV", "2022-01-14", "Cải cách hành chính năm 2022 của Sở Ngoại vụ", _plan(2022, "của Sở Ngoại vụ", "30%", ""), TRUNG),
    _qd(f"{D}/2022/09_QD-SNgV_20220120.pdf", "pdf", "09/QĐ-SNgV", "2022-01-20",
        "Kiện toàn Tổ giúp việc công tác cải cách hành chính của Sở Ngoại vụ",
        [NQ76, FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Kiện toàn Tổ giúp việc công tác cải cách hành chính của Sở Ngoại vụ gồm 06 thành viên, do đồng chí Lê Thị Hồng Nhung, Phó Giám đốc Sở làm Tổ trưởng.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3,
        signatures=sign(SO, "2022-01-20", "15:44:02", 1)),
    _qd(f"{D}/2022/QD 18 quy che lam viec.docx", "docx", "18/QĐ-SNgV", "2022-03-08",
        "Ban hành Quy chế làm việc của Sở Ngoại vụ tỉnh Phước Lâm",
        [FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Ngoại vụ tỉnh Phước Lâm.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3),
    _cv(f"{D}/2022/245_SNgV-LS_20220615.pdf", "pdf", "245/SNgV-LS", "2022-06-15", "hướng dẫn hồ sơ cử cán bộ đi công tác nước ngoài và đề nghị cấp hộ chiếu công vụ",
        ["Sở Ngoại vụ hướng dẫn các sở, ban, ngành, UBND các huyện, thành phố chuẩn bị hồ sơ cử cán bộ, công chức đi công tác nước ngoài (quyết định cử đi, thư mời của đối tác, lịch trình) và hồ sơ đề nghị cấp hộ chiếu công vụ gửi Sở trước chuyến đi tối thiểu 15 ngày làm việc./."],
        "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố.", PHAT, TO_LS, signatures=sign(SO, "2022-06-15", "09:30:11", 1)),
    _kh(f"{D}/2022/KH 110 don doan Xieng Khoang.docx", "docx", "110/KH-SNgV", "2022-08-10", "Đón Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) thăm, làm việc tại tỉnh Phước Lâm",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Tăng cường quan hệ hữu nghị, hợp tác toàn diện với tỉnh Xiêng Khoảng; bảo đảm lễ tân đối ngoại trang trọng, an toàn.", "II. THỜI GIAN, THÀNH PHẦN", "Từ ngày 22/8/2022 đến ngày 25/8/2022; Đoàn gồm 18 thành viên do Phó Tỉnh trưởng dẫn đầu.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Hợp tác quốc tế chủ trì; Văn phòng Sở bảo đảm hậu cần."], PHAT),
    # ------------------------------------------------------------ 2023
    _kh(f"{D}/2023/KH 08 CCHC 2023.docx", "docx", "08/KH-SNgV", "2023-01-12", "Cải cách hành chính năm 2023 của Sở Ngoại vụ", _plan(2023, "của Sở Ngoại vụ", "40%", ""), TRUNG),
    _qd(f"{D}/2023/Signed_QD 28-QD-SNgV.pdf", "pdf", "28/QĐ-SNgV", "2023-03-20",
        "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực ngoại vụ thuộc thẩm quyền của Sở Ngoại vụ",
        [ND61B, FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết 10 thủ tục hành chính lĩnh vực ngoại vụ thuộc thẩm quyền của Sở Ngoại vụ.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3, NHUNG,
        signatures=sign(SO, "2023-03-20", "08:03:47", 1)),
    _qd_ub(f"{N}/2023/1350_QD-UBND_20230612.pdf", "pdf", "1350/QĐ-UBND", "2023-06-12",
           "Công bố Danh mục thủ tục hành chính lĩnh vực ngoại vụ thuộc thẩm quyền giải quyết của Sở Ngoại vụ tỉnh Phước Lâm",
           [LOCAL, ND61B, "Theo đề nghị của Giám đốc Sở Ngoại vụ."],
           "Điều 1. Công bố kèm theo Quyết định này Danh mục 09 thủ tục hành chính lĩnh vực ngoại vụ thuộc thẩm quyền giải quyết của Sở Ngoại vụ tỉnh Phước Lâm.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n" + ART3_UB.format(lower="huyện, thành phố").replace("Điều 4.", "Điều 3."),
           annex=PROC_ANNEX.format(what=" THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ NGOẠI VỤ", number="1350/QĐ-UBND", date="12/6/2023"),
           incoming=("0896", "14/6/2023"), signatures=(*sign(UB, "2023-06-12", "17:20:15", 0), (SO, "14.06.2023 08:12:09 +07:00"))),
    _qd(f"{D}/2023/QD 66 quy che phoi hop UBND huyen.docx", "docx", "66/QĐ-SNgV", "2023-09-15",
        "Ban hành Quy chế phối hợp giữa Sở Ngoại vụ và UBND các huyện, thành phố trong tiếp nhận hồ sơ thủ tục hành chính lĩnh vực ngoại vụ",
        [ND61B, FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Sở Ngoại vụ và UBND các huyện, thành phố trong tiếp nhận hồ sơ thủ tục hành chính lĩnh vực ngoại vụ.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3, NHUNG),
    _cv(f"{D}/2023/455_SNgV-VP_20231005.pdf", "pdf", "455/SNgV-VP", "2023-10-05", "tăng cường quản lý hoạt động của các tổ chức phi chính phủ nước ngoài trên địa bàn tỉnh",
        ["Thực hiện chỉ đạo của UBND tỉnh, Sở Ngoại vụ đề nghị các cơ quan, địa phương theo dõi chặt chẽ hoạt động của các tổ chức phi chính phủ nước ngoài tại địa bàn; báo cáo Sở các chương trình, dự án viện trợ mới ký kết trước ngày 15 của tháng cuối quý./."],
        "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố.", PHAT, SECTOR_TO, signatures=sign(SO, "2023-10-05", "10:47:30", 1)),
    _kh(f"{D}/2023/KH 178 CCHC nam 2024.docx", "docx", "178/KH-SNgV", "2023-12-22", "Cải cách hành chính năm 2024 của Sở Ngoại vụ", _plan(2024, "của Sở Ngoại vụ", "60%", " Tỷ lệ hài lòng của tổ chức, cá nhân đạt tối thiểu 95%."), TRUNG),
    # ------------------------------------------------------------ 2024
    _kh(f"{D}/2024/KH 06 tuyen truyen CCHC 2024.docx", "docx", "06/KH-SNgV", "2024-01-10", "Tuyên truyền cải cách hành chính năm 2024",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của công chức, người dân, doanh nghiệp về cải cách hành chính lĩnh vực ngoại vụ năm 2024.", "II. CHỈ TIÊU", "Đăng tải tối thiểu 40 tin, bài về cải cách hành chính trên Trang thông tin điện tử của Sở.", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở chủ trì thực hiện."], reg="Số đăng ký: 0014/VBĐi-SNgV"),
    _qd(f"{D}/2024/Signed_QD 15-QD-SNgV.pdf", "pdf", "15/QĐ-SNgV", "2024-01-22",
        "Kiện toàn Tổ giúp việc công tác cải cách hành chính của Sở Ngoại vụ",
        [NQ76, FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Kiện toàn Tổ giúp việc công tác cải cách hành chính của Sở Ngoại vụ gồm 07 thành viên, do đồng chí Lê Thị Hồng Nhung, Phó Giám đốc Sở làm Tổ trưởng.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 09/QĐ-SNgV ngày 20/01/2022 của Giám đốc Sở Ngoại vụ.\n\n" + ART3,
        signatures=sign(SO, "2024-01-22", "08:20:31", 1), sign_line=True),
    _kh(f"{D}/2024/KH 22 kiem tra CCHC 2024.docx", "docx", "22/KH-SNgV", "2024-02-26", "Kiểm tra công tác cải cách hành chính năm 2024",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Đánh giá việc thực hiện nhiệm vụ cải cách hành chính năm 2024 của các phòng thuộc Sở.", "II. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA", "Kiểm tra tại 04 phòng thuộc Sở; từ tháng 5 đến tháng 10 năm 2024.", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở là cơ quan thường trực."]),
    _qd_ub(f"{N}/2024/VBDen_2024_0588.pdf", "pdf", "402/QĐ-UBND", "2024-03-26",
           "Phê duyệt kết quả Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành tỉnh và UBND các huyện, thành phố",
           [LOCAL, NQ76, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Phê duyệt kết quả Chỉ số cải cách hành chính năm 2023 của 20 sở, ban, ngành tỉnh và 09 UBND huyện, thành phố (chi tiết tại Phụ lục kèm theo).\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3_UB.format(lower="huyện, thành phố").replace("Điều 4.", "Điều 3."),
           KHAI, annex="PHỤ LỤC\n\nKẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA CÁC SỞ, BAN, NGÀNH TỈNH (trích)\n\nSTT | Cơ quan, đơn vị | Điểm | Xếp hạng\n\n1 | Sở Tư pháp | 91,40 | 1\n\n7 | Sở Ngoại vụ | 86,21 | 7\n\nSở Ngoại vụ: 86,21 điểm, xếp thứ 7/20.",
           incoming=("0588", "28/3/2024"), signatures=(*sign(UB, "2024-03-26", "16:02:51", 0), (SO, "28.03.2024 07:49:26 +07:00"))),
    _qd(f"{D}/2024/41_QD-SNgV_20240510 (sao y).pdf", "pdf", "41/QĐ-SNgV", "2024-05-10",
        "Ban hành Quy định tiếp nhận, trả kết quả hồ sơ thủ tục hành chính lĩnh vực ngoại vụ qua dịch vụ bưu chính công ích",
        [ND61B, FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy định tiếp nhận, trả kết quả hồ sơ thủ tục hành chính lĩnh vực ngoại vụ qua dịch vụ bưu chính công ích.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2024.\n\n" + ART3, NHUNG,
        signatures=(*sign(SO, "2024-05-10", "11:05:09", 1), (VP, "05.03.2025 09:40:18 +07:00")),
        copy_stamp=("SAO Y", "Số: 07/SY-VP", "Phước Lâm, ngày 05 tháng 3 năm 2025", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Người ký: Đinh Thị Mai Hương")),
    _cv(f"{N}/2024/VBDen_2024_1102.pdf", "pdf", "2150/BNG-LS", "2024-06-20", "thực hiện thủ tục cấp hộ chiếu ngoại giao, hộ chiếu công vụ trên Cổng Dịch vụ công quốc gia",
        ["Từ ngày 01/7/2024, Bộ Ngoại giao tiếp nhận hồ sơ đề nghị cấp hộ chiếu ngoại giao, hộ chiếu công vụ trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia. Đề nghị Sở Ngoại vụ các tỉnh, thành phố hướng dẫn các cơ quan, đơn vị tại địa phương thực hiện./."],
        "Sở Ngoại vụ các tỉnh, thành phố trực thuộc trung ương.", TUAN, ("- Như trên;", "- Lưu: VT, LS."), issuer=BNG,
        incoming=("1102", "24/6/2024"), signatures=((BNG, "20.06.2024 15:12:40 +07:00"), (SO, "24.06.2024 08:30:55 +07:00"))),
    _cv(f"{D}/2024/CV 312 ho chieu cong vu truc tuyen.docx", "docx", "312/SNgV-LS", "2024-07-18", "hướng dẫn nộp hồ sơ đề nghị cấp hộ chiếu công vụ trực tuyến",
        ["Thực hiện Công văn số 2150/BNG-LS ngày 20/6/2024 của Bộ Ngoại giao, Sở Ngoại vụ hướng dẫn các sở, ban, ngành, UBND các huyện, thành phố nộp hồ sơ đề nghị cấp hộ chiếu công vụ trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; Sở Ngoại vụ tiếp nhận, cho ý kiến hồ sơ cử cán bộ đi công tác nước ngoài trên Hệ thống thông tin giải quyết TTHC của tỉnh./."],
        "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố.", NHUNG, TO_LS, reg="Số đăng ký: 0731/VBĐi-SNgV"),
    _kh(f"{D}/2024/KH 138 hoi thao quoc te bien gioi.docx", "docx", "138/KH-SNgV", "2024-09-05", "Tổ chức Hội thảo quốc tế về hợp tác phát triển kinh tế vùng biên giới năm 2024",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Trao đổi kinh nghiệm hợp tác phát triển kinh tế cửa khẩu với các tỉnh của Lào và Campuchia.", "II. THỜI GIAN, ĐỊA ĐIỂM", "Ngày 15/10/2024, tại thành phố Phước Lâm; dự kiến 120 đại biểu, trong đó 35 đại biểu quốc tế.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Biên giới chủ trì; Phòng Hợp tác quốc tế phối hợp."], PHAT),
    _cv(f"{D}/2024/CV 805 huong dan tu danh gia chi so CCHC 2024.docx", "docx", "805/SNgV-VP", "2024-11-12", "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024",
        ["Sở Ngoại vụ hướng dẫn các phòng thuộc Sở cung cấp tài liệu kiểm chứng phục vụ tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của Sở, gửi Văn phòng Sở trước ngày 06/01/2025./."], UNITS),
    _cv(f"{N}/2024/VBDen_2024_2043.pdf", "pdf", "1560/SNV-CCHC", "2024-11-20", "hướng dẫn báo cáo cải cách hành chính năm 2024 và chốt số liệu",
        ["Để tổng hợp báo cáo cải cách hành chính năm 2024 của tỉnh, Sở Nội vụ đề nghị các sở, ban, ngành gửi báo cáo trước ngày 12/12/2024 với số liệu giải quyết TTHC tính đến ngày 30/11/2024 và ước thực hiện cả năm; số liệu chính thức cả năm gửi trước ngày 15/01/2025./."],
        "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố.", SON, ("- Như trên;", "- UBND tỉnh (để b/c);", "- Lưu: VT, CCHC."), issuer=SNV_ISSUER,
        incoming=("2043", "21/11/2024"), signatures=((SNV_ISSUER, "20.11.2024 16:45:02 +07:00"), (SO, "21.11.2024 08:02:33 +07:00"))),
    _kh(f"{D}/2024/Signed_KH 182-KH-SNgV.pdf", "pdf", "182/KH-SNgV", "2024-12-26", "Cải cách hành chính năm 2025 của Sở Ngoại vụ", _plan(2025, "của Sở Ngoại vụ", "68%", ""), TRUNG,
        signatures=sign(SO, "2024-12-26", "08:55:14", 1)),
    # ------------------------------------------------------------ 2025: the Sở's last two months
    _kh(f"{N}/2025/VBDen_2025_0087.pdf", "pdf", "25/KH-UBND", "2025-01-15", "Cải cách hành chính năm 2025 của tỉnh Phước Lâm",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Thực hiện đồng bộ các nhiệm vụ cải cách hành chính năm 2025; gắn cải cách hành chính với sắp xếp tổ chức bộ máy.", "II. CHỈ TIÊU", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến toàn tỉnh đạt tối thiểu 65%; Chỉ số hài lòng đạt trên 90%.", "III. TỔ CHỨC THỰC HIỆN", "Các sở, ban, ngành, UBND các huyện, thành phố xây dựng kế hoạch thực hiện; Sở Nội vụ theo dõi, tổng hợp."],
        DUC, issuer=UB, incoming=("0087", "17/01/2025"), signatures=((UB, "15.01.2025 17:32:08 +07:00"), (SO, "17.01.2025 07:58:44 +07:00"))),
    Doc(f"{D}/2025/Tờ trình 05.docx", "docx", "05/TTr-SNgV", "2025-01-20", "TỜ TRÌNH",
        "Đề nghị chuyển giao chức năng, nhiệm vụ quản lý nhà nước về ngoại vụ của Sở Ngoại vụ về Văn phòng UBND tỉnh",
        "Kính gửi: Ủy ban nhân dân tỉnh Phước Lâm.\n\nThực hiện chủ trương sắp xếp tổ chức bộ máy, Sở Ngoại vụ kính trình UBND tỉnh chuyển giao chức năng, nhiệm vụ quản lý nhà nước về ngoại vụ, hồ sơ, tài liệu và 09 TTHC lĩnh vực ngoại vụ của Sở Ngoại vụ về Văn phòng UBND tỉnh từ ngày 01/3/2025 (dự thảo Quyết định kèm theo)./.",
        TRUNG, ("- Như trên;", "- Sở Nội vụ;", "- Lưu: VT, VP.")),
    _qd_ub(f"{N}/2025/VBDen_2025_0412.txt", "eoffice", "388/QĐ-UBND", "2025-02-25",
           "Chuyển giao chức năng, nhiệm vụ quản lý nhà nước về ngoại vụ từ Sở Ngoại vụ về Văn phòng UBND tỉnh",
           [LOCAL, "Căn cứ Tờ trình số 05/TTr-SNgV ngày 20/01/2025 của Sở Ngoại vụ;", "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Chuyển giao chức năng, nhiệm vụ quản lý nhà nước về ngoại vụ, biên chế, hồ sơ, tài liệu của Sở Ngoại vụ về Văn phòng UBND tỉnh kể từ ngày 01/3/2025. Văn phòng UBND tỉnh thực hiện nhiệm vụ ngoại vụ thông qua Phòng Ngoại vụ.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2025.\n\nĐiều 3. Các văn bản do Sở Ngoại vụ ban hành tiếp tục được thực hiện cho đến khi Văn phòng UBND tỉnh ban hành văn bản thay thế. Quyết định số 41/QĐ-SNgV ngày 10/5/2024 của Giám đốc Sở Ngoại vụ ban hành Quy định tiếp nhận, trả kết quả hồ sơ thủ tục hành chính lĩnh vực ngoại vụ qua dịch vụ bưu chính công ích tiếp tục có hiệu lực thi hành; Văn phòng UBND tỉnh tổ chức thực hiện. Quyết định số 18/QĐ-SNgV ngày 08/3/2022 của Giám đốc Sở Ngoại vụ ban hành Quy chế làm việc của Sở Ngoại vụ hết hiệu lực kể từ ngày Quyết định này có hiệu lực.\n\n" + ART3_UB.format(lower="huyện, thành phố"),
           KHAI, incoming=("0412", "26/02/2025")),
    # ------------------------------------------------------------ 2025: the Văn phòng from 01/3
    _cv(f"{N}/2025/VBDen_2025_0455.pdf", "pdf", "412/SNV-CCHC", "2025-03-05", "hướng dẫn chuyển giao hồ sơ, tài liệu và số liệu cải cách hành chính khi sắp xếp tổ chức bộ máy",
        ["Sở Nội vụ đề nghị các cơ quan tiếp nhận chức năng, nhiệm vụ sau sắp xếp tổng hợp số liệu cải cách hành chính năm 2025 bao gồm cả số liệu của cơ quan chuyển giao từ ngày 01/01/2025 đến ngày chuyển giao, bảo đảm số liệu cả năm liên tục, không trùng lặp./."],
        "Các cơ quan, đơn vị sau sắp xếp.", SON, ("- Như trên;", "- Lưu: VT, CCHC."), issuer=SNV_ISSUER,
        incoming=("0455", "06/3/2025"), signatures=((SNV_ISSUER, "05.03.2025 10:10:10 +07:00"), (VP, "06.03.2025 08:14:37 +07:00"))),
    _qd_ub(f"{N}/2025/512_QD-UBND_20250310.pdf", "pdf", "512/QĐ-UBND", "2025-03-10",
           "Công bố Danh mục thủ tục hành chính lĩnh vực ngoại vụ thuộc thẩm quyền giải quyết của Văn phòng UBND tỉnh Phước Lâm",
           [LOCAL, ND61B, "Căn cứ Quyết định số 388/QĐ-UBND ngày 25/02/2025 của UBND tỉnh về chuyển giao chức năng, nhiệm vụ quản lý nhà nước về ngoại vụ;", "Theo đề nghị của Chánh Văn phòng UBND tỉnh."],
           "Điều 1. Công bố kèm theo Quyết định này Danh mục 09 thủ tục hành chính lĩnh vực ngoại vụ thuộc thẩm quyền giải quyết của Văn phòng UBND tỉnh Phước Lâm.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 1350/QĐ-UBND ngày 12/6/2023 của Chủ tịch UBND tỉnh công bố Danh mục thủ tục hành chính lĩnh vực ngoại vụ thuộc thẩm quyền giải quyết của Sở Ngoại vụ.\n\n" + ART3_UB.format(lower="huyện, thành phố").replace("Điều 4.", "Điều 3."),
           annex=PROC_ANNEX.format(what=" THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA VĂN PHÒNG UBND TỈNH", number="512/QĐ-UBND", date="10/3/2025"),
           incoming=("0498", "11/3/2025"), signatures=(*sign(UB, "2025-03-10", "17:48:29", 0), (VP, "11.03.2025 07:40:03 +07:00"))),
    _cv(f"{D}/2025/CV 36 tiep nhan ho so TTHC ngoai vu.docx", "docx", "36/VP-NgV", "2025-03-14", "tiếp nhận hồ sơ thủ tục hành chính lĩnh vực ngoại vụ từ ngày 01/3/2025",
        ["Thực hiện Quyết định số 388/QĐ-UBND ngày 25/02/2025 của UBND tỉnh, từ ngày 01/3/2025 Văn phòng UBND tỉnh (Phòng Ngoại vụ) tiếp nhận, giải quyết 09 TTHC lĩnh vực ngoại vụ tại Trung tâm Phục vụ hành chính công tỉnh và trên Hệ thống thông tin giải quyết TTHC của tỉnh. Hồ sơ nộp qua dịch vụ bưu chính công ích tiếp tục thực hiện theo Quyết định số 41/QĐ-SNgV ngày 10/5/2024 của Sở Ngoại vụ./."],
        "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố.", HUONG, TO_VP, issuer=VP, reg="Mã văn bản: PL.VP-2025-0036-NgV"),
    _kh(f"{D}/2025/KH 15 CCHC ngoai vu 2025.docx", "docx", "15/KH-VP", "2025-03-20", "Cải cách hành chính lĩnh vực ngoại vụ năm 2025 của Văn phòng UBND tỉnh",
        [*_plan(2025, "lĩnh vực ngoại vụ", "70%", " Tỷ lệ hài lòng của tổ chức, cá nhân đạt tối thiểu 96%."), "Kế hoạch này thay thế Kế hoạch số 182/KH-SNgV ngày 26/12/2024 của Sở Ngoại vụ về cải cách hành chính năm 2025."], BAO, VP),
    _kh(f"{D}/2025/KH 22 kiem tra CCHC ngoai vu 2025.docx", "docx", "22/KH-VP", "2025-03-28", "Kiểm tra công tác cải cách hành chính lĩnh vực ngoại vụ năm 2025",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Đánh giá việc tiếp nhận, giải quyết TTHC lĩnh vực ngoại vụ và công tác quản lý đoàn ra, đoàn vào tại cấp xã.", "II. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA", "Kiểm tra tại 04 đơn vị cấp xã; từ tháng 5 đến tháng 11 năm 2025.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Ngoại vụ là đơn vị thường trực."], HUONG, VP),
    _kh(f"{D}/2025/KH 26 tuyen truyen CCHC ngoai vu 2025.docx", "docx", "26/KH-VP", "2025-04-02", "Tuyên truyền cải cách hành chính lĩnh vực ngoại vụ năm 2025",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Thông tin kịp thời việc chuyển giao TTHC lĩnh vực ngoại vụ về Văn phòng UBND tỉnh đến người dân, doanh nghiệp.", "II. CHỈ TIÊU", "Đăng tải tối thiểu 50 tin, bài về cải cách hành chính lĩnh vực ngoại vụ.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Ngoại vụ chủ trì, phối hợp Cổng thông tin điện tử tỉnh thực hiện."], HUONG, VP),
    _qd_vp(f"{D}/2025/45_QD-VP_20250415.pdf", "pdf", "45/QĐ-VP", "2025-04-15",
           "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực ngoại vụ thuộc thẩm quyền của Văn phòng UBND tỉnh",
           [ND61B, FUNCS_VP, "Căn cứ Quyết định số 512/QĐ-UBND ngày 10/3/2025 của Chủ tịch UBND tỉnh công bố Danh mục thủ tục hành chính lĩnh vực ngoại vụ;", "Theo đề nghị của Trưởng phòng Ngoại vụ."],
           "Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết 09 thủ tục hành chính lĩnh vực ngoại vụ thuộc thẩm quyền của Văn phòng UBND tỉnh.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2025 và thay thế Quyết định số 28/QĐ-SNgV ngày 20/3/2023 của Giám đốc Sở Ngoại vụ ban hành Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực ngoại vụ.\n\n" + ART3_VP,
           copy=f"{D}/2025/45_QD-VP_20250415.docx", signatures=sign(VP, "2025-04-15", "16:58:12", 1)),
    _qd_vp(f"{D}/2025/QD 52 thi diem tra ket qua dien tu hoi nghi quoc te.docx", "docx", "52/QĐ-VP", "2025-05-26",
           "Thí điểm trả kết quả điện tử văn bản cho phép tổ chức hội nghị, hội thảo quốc tế",
           [ND61B, FUNCS_VP, "Theo đề nghị của Trưởng phòng Ngoại vụ."],
           "Điều 1. Thí điểm trả kết quả giải quyết thủ tục cho phép tổ chức hội nghị, hội thảo quốc tế dưới dạng bản điện tử có chữ ký số trên Hệ thống thông tin giải quyết TTHC của tỉnh.\n\nĐiều 2. Thời gian thí điểm từ ngày 01/6/2025 đến ngày 31/12/2025.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2025. Trưởng phòng Ngoại vụ và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.", HUONG),
    _qd_vp(f"{D}/2025/92_QD-VP_20250710.pdf", "pdf", "92/QĐ-VP", "2025-07-10",
           "Bãi bỏ Quyết định số 66/QĐ-SNgV ngày 15/9/2023 của Giám đốc Sở Ngoại vụ",
           [LOCAL25, FUNCS_VP, "Theo đề nghị của Trưởng phòng Ngoại vụ."],
           "Điều 1. Bãi bỏ Quyết định số 66/QĐ-SNgV ngày 15/9/2023 của Giám đốc Sở Ngoại vụ ban hành Quy chế phối hợp giữa Sở Ngoại vụ và UBND các huyện, thành phố trong tiếp nhận hồ sơ thủ tục hành chính lĩnh vực ngoại vụ, do cấp huyện kết thúc hoạt động từ ngày 01/7/2025.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3_VP, HUONG,
           signatures=sign(VP, "2025-07-10", "09:09:09", 1), sign_line=True),
    _cv(f"{D}/2025/CV 215 quan ly to chuc phi chinh phu sau sap xep.docx", "docx", "215/VP-NgV", "2025-08-12", "quản lý hoạt động của tổ chức phi chính phủ nước ngoài và người nước ngoài tại các xã, phường sau sắp xếp",
        ["Từ ngày 01/7/2025, chính quyền địa phương tổ chức theo hai cấp. Văn phòng UBND tỉnh đề nghị UBND các xã, phường theo dõi hoạt động của các tổ chức phi chính phủ nước ngoài, người nước ngoài tại địa bàn; báo cáo định kỳ hằng quý về Phòng Ngoại vụ./."],
        "UBND các xã, phường.", HUONG, TO_VP, issuer=VP),
    _cv(f"{D}/2025/CV 402 huong dan tu danh gia chi so CCHC 2025.docx", "docx", "402/VP-NgV", "2025-11-13", "hướng dẫn tự đánh giá Chỉ số cải cách hành chính năm 2025 đối với lĩnh vực ngoại vụ",
        ["Văn phòng UBND tỉnh hướng dẫn Phòng Ngoại vụ tổng hợp tài liệu kiểm chứng lĩnh vực ngoại vụ phục vụ tự đánh giá Chỉ số cải cách hành chính năm 2025, bao gồm tài liệu của Sở Ngoại vụ từ ngày 01/01/2025 đến ngày 28/02/2025, gửi Phòng Hành chính - Tổ chức trước ngày 06/01/2026./."],
        "Phòng Ngoại vụ.", HUONG, TO_VP, issuer=VP),
    _qd_vp(f"{D}/2025/140_QD-VP_20251222.pdf", "pdf", "140/QĐ-VP", "2025-12-22",
           "Gia hạn thời gian thí điểm trả kết quả điện tử văn bản cho phép tổ chức hội nghị, hội thảo quốc tế",
           [FUNCS_VP, "Căn cứ Quyết định số 52/QĐ-VP ngày 26/5/2025 của Chánh Văn phòng UBND tỉnh;", "Theo đề nghị của Trưởng phòng Ngoại vụ."],
           "Điều 1. Sửa đổi Điều 2 Quyết định số 52/QĐ-VP ngày 26/5/2025 như sau: \"Điều 2. Thời gian thí điểm từ ngày 01/6/2025 đến ngày 30/6/2026.\"\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3_VP, HUONG,
           signatures=sign(VP, "2025-12-22", "10:44:56", 1)),
    _kh(f"{D}/2025/KH 188 CCHC ngoai vu 2026.docx", "docx", "188/KH-VP", "2025-12-24", "Cải cách hành chính lĩnh vực ngoại vụ năm 2026 của Văn phòng UBND tỉnh", _plan(2026, "lĩnh vực ngoại vụ", "75%", " Tỷ lệ hài lòng của tổ chức, cá nhân đạt tối thiểu 97%."), BAO, VP),
    # ------------------------------------------------------------ 2026
    _kh(f"{D}/2026/KH 30 kiem tra CCHC ngoai vu 2026.docx", "docx", "30/KH-VP", "2026-02-10", "Kiểm tra công tác cải cách hành chính lĩnh vực ngoại vụ năm 2026",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Đánh giá việc tiếp nhận, giải quyết TTHC lĩnh vực ngoại vụ tại cấp xã.", "II. NỘI DUNG KIỂM TRA", "Công khai TTHC; số hóa hồ sơ; quản lý đoàn ra, đoàn vào.", "III. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA", "Kiểm tra tại 04 xã, phường; từ tháng 6 đến tháng 9 năm 2026.", "IV. TỔ CHỨC THỰC HIỆN", "Phòng Ngoại vụ là đơn vị thường trực."], HUONG, VP),
    _kh(f"{D}/2026/KH 34 tuyen truyen CCHC ngoai vu 2026.docx", "docx", "34/KH-VP", "2026-02-12", "Tuyên truyền cải cách hành chính lĩnh vực ngoại vụ năm 2026",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của người dân, doanh nghiệp về TTHC lĩnh vực ngoại vụ.", "II. CHỈ TIÊU", "Đăng tải tối thiểu 55 tin, bài về cải cách hành chính lĩnh vực ngoại vụ.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Ngoại vụ chủ trì."], HUONG, VP),
    _kh(f"{D}/2026/KH 88 gap mat kieu bao 2026.docx", "docx", "88/KH-VP", "2026-05-20", "Tổ chức Chương trình gặp mặt người Việt Nam ở nước ngoài về thăm quê hương năm 2026",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Thông tin đến kiều bào tình hình phát triển của tỉnh; khuyến khích kiều bào đầu tư, đóng góp cho quê hương.", "II. THỜI GIAN, ĐỊA ĐIỂM", "Ngày 18/8/2026, tại thành phố Phước Lâm; dự kiến 150 kiều bào tham dự.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Ngoại vụ chủ trì."], HUONG, VP),
    _kh(f"{D}/2026/KH 118 dieu chinh KH kiem tra CCHC 2026.docx", "docx", "118/KH-VP", "2026-07-15", "Điều chỉnh Kế hoạch kiểm tra công tác cải cách hành chính lĩnh vực ngoại vụ năm 2026",
        ["Do điều chỉnh lịch công tác, Văn phòng UBND tỉnh điều chỉnh Kế hoạch số 30/KH-VP ngày 10/02/2026 về kiểm tra công tác cải cách hành chính lĩnh vực ngoại vụ năm 2026 như sau:", "1. Sửa đổi Mục III. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA: kiểm tra tại 03 xã, phường (thay 04 xã, phường); thời gian từ ngày 15/8/2026 đến ngày 30/10/2026.", "2. Các nội dung khác của Kế hoạch số 30/KH-VP giữ nguyên."], HUONG, VP),
    _cv(f"{D}/2026/455_VP-NgV_20260722.pdf", "pdf", "455/VP-NgV", "2026-07-22", "tăng cường quản lý đường biên, mốc quốc giới mùa mưa lũ năm 2026",
        ["Văn phòng UBND tỉnh đề nghị Bộ Chỉ huy Bộ đội Biên phòng tỉnh, UBND các xã biên giới tăng cường tuần tra, kiểm tra hệ thống mốc quốc giới trong mùa mưa lũ; kịp thời báo cáo khi mốc bị hư hỏng, xê dịch./."],
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; UBND các xã biên giới.", HUONG, TO_VP, issuer=VP, signatures=sign(VP, "2026-07-22", "08:38:21", 1)),
    _qd_ub(f"{N}/2026/VBDen_2026_1377.pdf", "pdf", "1688/QĐ-UBND", "2026-08-05",
           "Công bố Danh mục thủ tục hành chính bị bãi bỏ lĩnh vực ngoại vụ thuộc thẩm quyền giải quyết của Văn phòng UBND tỉnh Phước Lâm",
           [LOCAL25, ND61B, "Theo đề nghị của Chánh Văn phòng UBND tỉnh."],
           "Điều 1. Công bố kèm theo Quyết định này Danh mục 01 thủ tục hành chính bị bãi bỏ lĩnh vực ngoại vụ thuộc thẩm quyền giải quyết của Văn phòng UBND tỉnh Phước Lâm.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Bãi bỏ 01 thủ tục hành chính có số thứ tự 05 (Thủ tục xác nhận lý lịch cán bộ đi học tập ở nước ngoài) tại Danh mục ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 10/3/2025 của Chủ tịch UBND tỉnh; các thủ tục hành chính khác tại Quyết định số 512/QĐ-UBND giữ nguyên hiệu lực.\n\n" + ART3_UB.format(lower="xã, phường").replace("Điều 4.", "Điều 3."),
           incoming=("1377", "06/8/2026"), signatures=(*sign(UB, "2026-08-05", "16:27:38", 0), (VP, "06.08.2026 07:52:14 +07:00"))),
    _qd_vp(f"{D}/2026/QD 101 thanh lap Doan kiem tra CCHC ngoai vu 2026.docx", "docx", "101/QĐ-VP", "2026-08-10",
           "Thành lập Đoàn kiểm tra công tác cải cách hành chính lĩnh vực ngoại vụ năm 2026",
           [FUNCS_VP, "Căn cứ Kế hoạch số 30/KH-VP ngày 10/02/2026 của Văn phòng UBND tỉnh về kiểm tra công tác cải cách hành chính lĩnh vực ngoại vụ năm 2026, được điều chỉnh tại Kế hoạch số 118/KH-VP ngày 15/7/2026;", "Theo đề nghị của Trưởng phòng Ngoại vụ."],
           "Điều 1. Thành lập Đoàn kiểm tra công tác cải cách hành chính lĩnh vực ngoại vụ năm 2026 gồm 05 thành viên, do đồng chí Đinh Thị Mai Hương, Phó Chánh Văn phòng làm Trưởng đoàn.\n\nĐiều 2. Đoàn kiểm tra tại 03 xã, phường từ ngày 15/8/2026 đến ngày 30/10/2026; tự giải thể sau khi hoàn thành nhiệm vụ.\n\n" + ART3_VP, HUONG),
    _cv(f"{D}/2026/CV 612 don doc so hoa ho so TTHC ngoai vu.docx", "docx", "612/VP-NgV", "2026-09-10", "đôn đốc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực ngoại vụ",
        ["Văn phòng UBND tỉnh đề nghị Phòng Ngoại vụ số hóa 100% hồ sơ, kết quả giải quyết TTHC lĩnh vực ngoại vụ còn hiệu lực, bao gồm hồ sơ do Sở Ngoại vụ bàn giao, và cập nhật trên Kho quản lý dữ liệu điện tử của tổ chức, cá nhân trước ngày 31/10/2026./."],
        "Phòng Ngoại vụ.", HUONG, TO_VP, issuer=VP, reg="Mã văn bản: PL.VP-2026-0612-NgV"),
    _cv(f"{D}/2026/CV 805 huong dan tu danh gia chi so CCHC 2026.docx", "docx", "805/VP-NgV", "2026-11-18", "hướng dẫn tự đánh giá Chỉ số cải cách hành chính năm 2026 đối với lĩnh vực ngoại vụ",
        ["Văn phòng UBND tỉnh hướng dẫn Phòng Ngoại vụ tổng hợp tài liệu kiểm chứng lĩnh vực ngoại vụ phục vụ tự đánh giá Chỉ số cải cách hành chính năm 2026, gửi Phòng Hành chính - Tổ chức trước ngày 06/01/2027./."],
        "Phòng Ngoại vụ.", HUONG, TO_VP, issuer=VP),
]

_ = (PHAT, KHAI)

# The DỰ THẢO (lần 1) of 165/BC-VP: no document of its own.
DRAFT_FILE = f"{D}/2025/Du thao BC CCHC ngoai vu 2025 (lan 1).docx"
DRAFT_165 = [
    "UBND TỈNH PHƯỚC LÂM",
    "VĂN PHÒNG",
    "Số:       /BC-VP",
    "Phước Lâm, ngày      tháng 12 năm 2025",
    "DỰ THẢO (lần 1)",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính lĩnh vực ngoại vụ năm 2025",
    "I. KẾT QUẢ THỰC HIỆN",
    "Cải cách thủ tục hành chính: từ ngày 01/3/2025 đến ngày 30/11/2025, Văn phòng UBND tỉnh tiếp nhận 951 hồ sơ lĩnh vực ngoại vụ. Ước thực hiện cả năm 2025: tiếp nhận khoảng 1.080 hồ sơ.",
    "(Ý kiến góp ý gửi Phòng Ngoại vụ trước ngày 09/12/2025)",
    "CHÁNH VĂN PHÒNG",
    "(chưa ký)",
]

# The annex of 165/BC-VP, kept in a file of its own: not a document.
ANNEX_FILE = f"{D}/2025/Phu luc kem BC 165-BC-VP.docx"
ANNEX_165 = [
    "Phụ lục",
    "SỐ LIỆU GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC NGOẠI VỤ NĂM 2025",
    "(Kèm theo Báo cáo số 165/BC-VP ngày 12/12/2025 của Văn phòng UBND tỉnh)",
]
ANNEX_TABLE = [
    ["Cơ quan, thời gian", "Hồ sơ tiếp nhận", "Tỷ lệ trực tuyến"],
    ["Sở Ngoại vụ (01/01 – 28/02/2025)", "171", "65,5%"],
    ["Văn phòng UBND tỉnh (01/3 – 30/11/2025)", "951", "72,0%"],
    ["Cộng 11 tháng", "1.122", "71,0%"],
    ["Ước cả năm 2025", "1.230", "72%"],
]

# The register of outgoing documents of the Sở in 2024: not a document; its rows agree with the
# documents (number, date as the system prints it, trích yếu, signer).
REGISTER_FILE = f"{D}/2024/So dang ky van ban di 2024.txt"
REGISTER_TITLE = "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2024 — SỞ NGOẠI VỤ TỈNH PHƯỚC LÂM (trích các văn bản lưu trong hồ sơ)"

__all__ = ["ANNEX_165", "ANNEX_FILE", "ANNEX_TABLE", "DOCS", "DRAFT_165", "DRAFT_FILE", "REGISTER_FILE", "REGISTER_TITLE"]
