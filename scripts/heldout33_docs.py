"""Thirty-third held-out archive: the decisions, plans, Công văn and Thông báo. The Sở Tư pháp tỉnh
Liên Sơn's own, the UBND tỉnh's and the Sở Nội vụ's sent to it, 2022 – November 2026: the
corrections (902/QĐ-UBND of 845/QĐ-UBND's effective day, 11/QĐ-STP of a date cited in 06/KH-STP,
655/QĐ-UBND of the Sở's score in 610/QĐ-UBND); the decision withdrawn and re-issued (38 → 41 →
42/QĐ-STP); the plan issued again (04 → 20/KH-STP); the Công văn cancelled (145 → 152/STP-VP);
decisions effective later than signed (2345/QĐ-UBND, 95/QĐ-STP); the lives; the Sở's sector work
(hộ tịch, công chứng, phổ biến giáo dục pháp luật: no reform area). Fictional. Do not tune on it.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout33_common import (
    BINH,
    CUONG,
    HA,
    LAN,
    LOCAL,
    LOCAL25,
    LOI,
    ND61B,
    NQ76,
    SNV,
    STP,
    STP_WHO,
    TO_KH,
    TO_QD,
    TO_SECTOR,
    TO_SNV,
    TO_UBKH,
    TO_UBQD,
    TO_UP,
    TUAN,
    UB,
    UB_WHO,
    Doc,
    decision,
)

S = "So Tu phap"
ART_S = "Điều {n}. Chánh Văn phòng Sở, Trưởng các phòng, Thủ trưởng các đơn vị thuộc Sở và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
ART_U = "Điều {n}. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tư pháp, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
UNITS = "Các phòng, đơn vị thuộc Sở; Phòng Tư pháp các huyện, thị xã, thành phố."


def _f(year: int, out: bool, name: str) -> str:
    return f"{S}/{year}/{'Van ban di' if out else 'Van ban den'}/{name}"


def _qd(file: str, fmt: str, number: str, iso: str, subject: str, grounds: list[str], articles: str, signer: tuple[str, ...] = HA, **kw) -> Doc:
    """A decision of the Giám đốc Sở Tư pháp."""
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, decision(STP_WHO, grounds, articles), signer, TO_QD, issuer=STP, **kw)


def _qd_ub(file: str, fmt: str, number: str, iso: str, subject: str, grounds: list[str], articles: str, signer: tuple[str, ...] = LAN, **kw) -> Doc:
    """A decision of the UBND tỉnh."""
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, decision(UB_WHO, grounds, articles), signer, TO_UBQD, issuer=UB, **kw)


def _kh(file: str, fmt: str, number: str, iso: str, subject: str, paras: list[str], signer: tuple[str, ...] = HA, issuer: tuple[str, ...] = STP, to: tuple[str, ...] = (), **kw) -> Doc:
    to = to or (TO_UBKH if issuer == UB else TO_KH)
    return Doc(file, fmt, number, iso, "KẾ HOẠCH", subject, "\n\n".join(paras), signer, to, issuer=issuer, **kw)


def _cv(file: str, fmt: str, number: str, iso: str, subject: str, paras: list[str], kinh_gui: str, signer: tuple[str, ...] = TUAN, to: tuple[str, ...] = TO_UP, issuer: tuple[str, ...] = STP, **kw) -> Doc:
    return Doc(file, fmt, number, iso, "", subject, "\n\n".join(paras), signer, to, issuer=issuer, kinh_gui=kinh_gui, **kw)


def _plan(year: str, online: str, extra: str = "") -> list[str]:
    """The UBND tỉnh's yearly reform plan."""
    return [
        "I. MỤC ĐÍCH, YÊU CẦU",
        f"Triển khai đồng bộ, hiệu quả Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 {year} trên địa bàn tỉnh Liên Sơn; gắn trách nhiệm người đứng đầu với kết quả cải cách hành chính.",
        "II. NHIỆM VỤ VÀ CHỈ TIÊU",
        f"1. Cải cách thủ tục hành chính: 100% TTHC được công khai đúng quy định; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt tối thiểu {online}; tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 98%.{extra}",
        "2. Cải cách tổ chức bộ máy, chế độ công vụ: thực hiện nghiêm kỷ luật, kỷ cương hành chính.",
        "3. Xây dựng chính quyền số: 100% văn bản được ký số và xử lý trên môi trường điện tử (trừ văn bản mật).",
        "III. TỔ CHỨC THỰC HIỆN",
        "Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh.",
    ]


def _own_plan(lead: str, year: str, online: str) -> list[str]:
    """The Sở's yearly reform plan."""
    return [
        lead,
        "I. MỤC ĐÍCH, YÊU CẦU",
        f"Thực hiện đồng bộ các nhiệm vụ cải cách hành chính {year} tại Sở Tư pháp; nâng cao chất lượng giải quyết thủ tục hành chính lĩnh vực tư pháp.",
        "II. NHIỆM VỤ VÀ CHỈ TIÊU",
        f"1. Cải cách thủ tục hành chính: tỷ lệ hồ sơ TTHC của Sở tiếp nhận trực tuyến đạt tối thiểu {online}; 100% hồ sơ giải quyết đúng hoặc trước hạn.",
        "2. Chỉ đạo, điều hành: đạt thứ hạng Chỉ số cải cách hành chính trong nhóm 5 sở, ban, ngành dẫn đầu.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Văn phòng Sở là đơn vị thường trực, theo dõi, đôn đốc, tổng hợp, báo cáo.",
    ]


def _check_plan(lead: str, year: str, count: str, months: str) -> list[str]:
    """The Sở's plan of inspections."""
    return [
        lead,
        "I. MỤC ĐÍCH, YÊU CẦU",
        f"Đánh giá việc thực hiện nhiệm vụ cải cách hành chính {year} của các phòng, đơn vị thuộc Sở và Phòng Tư pháp cấp huyện; chấn chỉnh kịp thời tồn tại, hạn chế.",
        "II. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA",
        f"Kiểm tra tại {count} đơn vị; {months}.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Văn phòng Sở là đơn vị thường trực Đoàn kiểm tra.",
    ]


def _sector_plan(subject_line: str, target: str) -> list[str]:
    return [
        "I. MỤC ĐÍCH, YÊU CẦU",
        subject_line,
        "II. NỘI DUNG, CHỈ TIÊU",
        target,
        "III. TỔ CHỨC THỰC HIỆN",
        "Phòng Phổ biến, giáo dục pháp luật chủ trì, phối hợp các cơ quan thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh.",
    ]


# ------------------------------------------------------------------ the UBND tỉnh and the Sở Nội vụ, sent to the Sở
RECEIVED = [
    _kh(_f(2022, False, "KH 12 UBND tinh CCHC 2022.pdf"), "pdf", "12/KH-UBND", "2022-01-10", "Cải cách hành chính năm 2022 của tỉnh Liên Sơn", _plan("năm 2022", "40%"), LAN, UB),
    _qd_ub(_f(2022, False, "318_QD-UBND_20220415.pdf"), "pdf", "318/QĐ-UBND", "2022-04-15",
           "Ban hành Quy chế đánh giá, xác định Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố tỉnh Liên Sơn",
           [LOCAL, NQ76, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Ban hành kèm theo Quyết định này Quy chế đánh giá, xác định Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố tỉnh Liên Sơn.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=3).replace("Giám đốc Sở Tư pháp", "Giám đốc Sở Nội vụ"), BINH),
    _qd_ub(_f(2022, False, "QD 410 danh muc TTHC linh vuc tu phap.docx"), "docx", "410/QĐ-UBND", "2022-05-16",
           "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp tỉnh Liên Sơn",
           [LOCAL, ND61B, "Theo đề nghị của Giám đốc Sở Tư pháp."],
           "Điều 1. Công bố kèm theo Quyết định này danh mục 62 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp tỉnh Liên Sơn.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=3)),
    _kh(_f(2023, False, "KH 10 UBND tinh CCHC 2023.pdf"), "pdf", "10/KH-UBND", "2023-01-09", "Cải cách hành chính năm 2023 của tỉnh Liên Sơn", _plan("năm 2023", "45%"), LAN, UB),
    _kh(_f(2024, False, "08_KH-UBND_20240108.pdf"), "pdf", "08/KH-UBND", "2024-01-08", "Cải cách hành chính năm 2024 của tỉnh Liên Sơn", _plan("năm 2024", "55%", " Tỷ lệ hồ sơ TTHC được số hóa đạt tối thiểu 75%."), LAN, UB),
    _qd_ub(_f(2024, False, "845_QD-UBND_20240422.pdf"), "pdf", "845/QĐ-UBND", "2024-04-22",
           "Công bố danh mục thủ tục hành chính được chuẩn hóa thuộc thẩm quyền giải quyết của Sở Tư pháp tỉnh Liên Sơn",
           [LOCAL, ND61B, "Theo đề nghị của Giám đốc Sở Tư pháp."],
           "Điều 1. Công bố kèm theo Quyết định này danh mục 71 thủ tục hành chính được chuẩn hóa thuộc thẩm quyền giải quyết của Sở Tư pháp tỉnh Liên Sơn.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 15/5/2024 và thay thế Quyết định số 410/QĐ-UBND ngày 16/5/2022 của UBND tỉnh.\n\n" + ART_U.format(n=3)),
    _qd_ub(_f(2024, False, "QD 902 dinh chinh QD 845.docx"), "docx", "902/QĐ-UBND", "2024-05-03",
           "Đính chính Quyết định số 845/QĐ-UBND ngày 22/4/2024 của UBND tỉnh công bố danh mục thủ tục hành chính được chuẩn hóa thuộc thẩm quyền giải quyết của Sở Tư pháp",
           [LOCAL, "Theo đề nghị của Giám đốc Sở Tư pháp."],
           "Điều 1. Đính chính Quyết định số 845/QĐ-UBND ngày 22/4/2024 của UBND tỉnh như sau: tại Điều 2, \"ngày 15/5/2024\" được sửa thành \"ngày 01/6/2024\", do sai sót về thời điểm có hiệu lực so với thời điểm cập nhật Cơ sở dữ liệu quốc gia về thủ tục hành chính.\n\nĐiều 2. Các nội dung khác của Quyết định số 845/QĐ-UBND giữ nguyên. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=3)),
    _cv(_f(2024, False, "412_SNV-CCHC_20241002.pdf"), "pdf", "412/SNV-CCHC", "2024-10-02", "đôn đốc nâng tỷ lệ hồ sơ trực tuyến và số hóa hồ sơ, kết quả giải quyết TTHC",
        ["Đến ngày 30/9/2024, tỷ lệ hồ sơ tiếp nhận trực tuyến và tỷ lệ số hóa hồ sơ của một số sở, ngành chưa đạt chỉ tiêu tại Kế hoạch số 08/KH-UBND ngày 08/01/2024 của UBND tỉnh. Sở Nội vụ đề nghị các cơ quan khẩn trương khắc phục, báo cáo kết quả trước ngày 31/10/2024./."],
        "Các sở, ban, ngành tỉnh.", LOI, TO_SNV, SNV),
    _qd_ub(_f(2024, False, "2345_QD-UBND_20241218.pdf"), "pdf", "2345/QĐ-UBND", "2024-12-18",
           "Ban hành Quy chế đánh giá, xác định Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố tỉnh Liên Sơn",
           [LOCAL, NQ76, "Căn cứ Quyết định số 318/QĐ-UBND ngày 15/4/2022 của UBND tỉnh ban hành Quy chế đánh giá, xác định Chỉ số cải cách hành chính;", "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Ban hành kèm theo Quyết định này Quy chế đánh giá, xác định Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố tỉnh Liên Sơn (áp dụng từ kỳ đánh giá năm 2025).\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2025 và thay thế Quyết định số 318/QĐ-UBND ngày 15/4/2022 của UBND tỉnh.\n\n" + ART_U.format(n=3).replace("Giám đốc Sở Tư pháp", "Giám đốc Sở Nội vụ"), BINH,
           copy=_f(2024, False, "2345_QD-UBND_20241218.docx")),
    _kh(_f(2025, False, "KH 09 UBND tinh CCHC 2025.pdf"), "pdf", "09/KH-UBND", "2025-01-06", "Cải cách hành chính năm 2025 của tỉnh Liên Sơn", _plan("năm 2025", "65%"), LAN, UB),
    _qd_ub(_f(2025, False, "610_QD-UBND_20250402.pdf"), "pdf", "610/QĐ-UBND", "2025-04-02",
           "Phê duyệt kết quả Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố",
           [LOCAL, "Căn cứ Quyết định số 318/QĐ-UBND ngày 15/4/2022 của UBND tỉnh ban hành Quy chế đánh giá, xác định Chỉ số cải cách hành chính;", "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Phê duyệt kết quả Chỉ số cải cách hành chính năm 2024 của 19 sở, ban, ngành tỉnh và 10 UBND huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo).\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=3).replace("Giám đốc Sở Tư pháp", "Giám đốc Sở Nội vụ"),
           annex="PHỤ LỤC\n\nKẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA CÁC SỞ, BAN, NGÀNH TỈNH (trích)\n\n1 | Sở Nội vụ | 90,40 | 1\n\n6 | Sở Tư pháp | 87,35 | 6\n\nSở Tư pháp: 87,35 điểm, xếp thứ 6/19."),
    _qd_ub(_f(2025, False, "QD 655 dinh chinh QD 610 Chi so CCHC 2024.docx"), "docx", "655/QĐ-UBND", "2025-04-10",
           "Đính chính Quyết định số 610/QĐ-UBND ngày 02/4/2025 của UBND tỉnh phê duyệt kết quả Chỉ số cải cách hành chính năm 2024",
           [LOCAL, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Đính chính Phụ lục kèm theo Quyết định số 610/QĐ-UBND ngày 02/4/2025 của UBND tỉnh như sau: kết quả Chỉ số cải cách hành chính năm 2024 của Sở Tư pháp \"87,35\" điểm được sửa thành \"88,35\" điểm; thứ hạng \"6/19\" được sửa thành \"4/19\" (do tổng hợp thiếu điểm tiêu chí thành phần 3.2).\n\nĐiều 2. Các nội dung khác của Quyết định số 610/QĐ-UBND giữ nguyên. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=3).replace("Giám đốc Sở Tư pháp", "Giám đốc Sở Nội vụ")),
    Doc(_f(2025, False, "TB 156 ket luan Chu tich UBND tinh ve CCHC.txt"), "txt", "156/TB-UBND", "2025-06-10", "THÔNG BÁO", "Kết luận của Chủ tịch UBND tỉnh tại Hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm 2025",
        "Ngày 05/6/2025, Chủ tịch UBND tỉnh chủ trì Hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm 2025. Chủ tịch UBND tỉnh kết luận như sau:\n\n1. Các sở, ngành rà soát, đính chính kịp thời các sai sót trong văn bản đã ban hành; không để xảy ra việc ban hành văn bản có sai sót phải thu hồi.\n\n2. Giao Sở Tư pháp chủ trì nâng tỷ lệ hồ sơ cấp Phiếu lý lịch tư pháp trực tuyến; Sở Nội vụ tổng hợp số liệu chính thức khi kết thúc năm.\n\nVăn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
        ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "(Đã ký)", "Đỗ Hữu Nghĩa"), ("- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT."), issuer=UB),
    _kh(_f(2025, False, "288_KH-UBND_20251222.pdf"), "pdf", "288/KH-UBND", "2025-12-22", "Cải cách hành chính năm 2026 của tỉnh Liên Sơn", _plan("năm 2026", "80%", " Tỷ lệ hồ sơ TTHC được số hóa đạt tối thiểu 90%."), LAN, UB),
    _qd_ub(_f(2026, False, "QD 702 Chi so CCHC 2025.docx"), "docx", "702/QĐ-UBND", "2026-04-08",
           "Phê duyệt kết quả Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố",
           [LOCAL25, "Căn cứ Quyết định số 2345/QĐ-UBND ngày 18/12/2024 của UBND tỉnh ban hành Quy chế đánh giá, xác định Chỉ số cải cách hành chính;", "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Phê duyệt kết quả Chỉ số cải cách hành chính năm 2025 của 19 sở, ban, ngành tỉnh và 10 UBND huyện, thị xã, thành phố; Sở Tư pháp đạt 90,12 điểm, xếp thứ 3/19.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=3).replace("Giám đốc Sở Tư pháp", "Giám đốc Sở Nội vụ")),
    _cv(_f(2026, False, "CV 388 SNV don doc bao cao CCHC quy III 2026.docx"), "docx", "388/SNV-CCHC", "2026-08-20", "đôn đốc số hóa hồ sơ và báo cáo cải cách hành chính quý III năm 2026",
        ["Đến ngày 31/7/2026, tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của một số sở, ngành chưa đạt chỉ tiêu tối thiểu 90% tại Kế hoạch số 288/KH-UBND ngày 22/12/2025 của UBND tỉnh. Sở Nội vụ đề nghị các cơ quan khẩn trương hoàn thành, gửi báo cáo cải cách hành chính quý III trước ngày 10/10/2026; số liệu bổ sung (nếu có) gửi trước ngày 25/10/2026./."],
        "Các sở, ban, ngành tỉnh.", LOI, TO_SNV, SNV),
]

# ------------------------------------------------------------------ the Sở Tư pháp, 2022 – 2024
OWN_EARLY = [
    _kh(_f(2022, True, "KH 06 PBGDPL 2022.docx"), "docx", "06/KH-STP", "2022-01-20", "Phổ biến, giáo dục pháp luật năm 2022",
        _sector_plan("Phổ biến kịp thời các văn bản pháp luật mới đến cán bộ, công chức và Nhân dân trên địa bàn tỉnh.", "Tổ chức 95 hội nghị phổ biến pháp luật; cấp phát 12.000 tài liệu pháp luật."), TUAN, to=TO_SECTOR),
    _kh(_f(2022, True, "KH 15 CCHC 2022.docx"), "docx", "15/KH-STP", "2022-01-24", "Cải cách hành chính năm 2022 của Sở Tư pháp",
        _own_plan("Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2022 của UBND tỉnh về cải cách hành chính năm 2022, Sở Tư pháp ban hành Kế hoạch như sau:", "năm 2022", "40%")),
    _qd(_f(2022, True, "25_QD-STP_20220302.pdf"), "pdf", "25/QĐ-STP", "2022-03-02",
        "Ban hành Quy chế làm việc của Sở Tư pháp tỉnh Liên Sơn",
        [LOCAL, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Tư pháp tỉnh Liên Sơn.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3)),
    _kh(_f(2023, True, "KH 05 CCHC 2023.docx"), "docx", "05/KH-STP", "2023-01-16", "Cải cách hành chính năm 2023 của Sở Tư pháp",
        _own_plan("Thực hiện Kế hoạch số 10/KH-UBND ngày 09/01/2023 của UBND tỉnh về cải cách hành chính năm 2023, Sở Tư pháp ban hành Kế hoạch như sau:", "năm 2023", "45%")),
    _qd(_f(2023, True, "55_QD-STP_20230418.pdf"), "pdf", "55/QĐ-STP", "2023-04-18",
        "Thành lập Tổ công tác rà soát, đơn giản hóa thủ tục hành chính của Sở Tư pháp",
        [NQ76, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Thành lập Tổ công tác rà soát, đơn giản hóa thủ tục hành chính của Sở Tư pháp gồm 07 thành viên, do Phó Giám đốc Sở làm Tổ trưởng.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3)),
    _qd(_f(2023, True, "QD 62 Quy che tiep nhan phan anh kien nghi.docx"), "docx", "62/QĐ-STP", "2023-05-10",
        "Ban hành Quy chế tiếp nhận, xử lý phản ánh, kiến nghị về thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp",
        [ND61B, "Căn cứ Quyết định số 410/QĐ-UBND ngày 16/5/2022 của UBND tỉnh công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp;", "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, xử lý phản ánh, kiến nghị về thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nĐiều 3. Phản ánh, kiến nghị được tiếp nhận qua Cổng dịch vụ công của tỉnh, đường dây nóng và hòm thư góp ý.\n\nĐiều 4. Thời hạn xử lý phản ánh, kiến nghị không quá 10 ngày làm việc.\n\n" + ART_S.format(n=5)),
    _cv(_f(2023, True, "CV 140 huong dan nghiep vu ho tich.docx"), "docx", "140/STP-HCTP", "2023-06-12", "hướng dẫn cấp bản sao trích lục hộ tịch và cập nhật sổ hộ tịch",
        ["Sở Tư pháp hướng dẫn UBND cấp xã thực hiện cấp bản sao trích lục hộ tịch từ Cơ sở dữ liệu hộ tịch điện tử; cập nhật đầy đủ 1.245 sổ hộ tịch đã số hóa; báo cáo kết quả về Sở trước ngày 30/7/2023./."],
        "UBND các huyện, thị xã, thành phố; Phòng Tư pháp các huyện, thị xã, thành phố.", TUAN, TO_SECTOR),
    _kh(_f(2024, True, "KH 04 CCHC 2024.docx"), "docx", "04/KH-STP", "2024-01-15", "Cải cách hành chính năm 2024 của Sở Tư pháp",
        _own_plan("Thực hiện Kế hoạch số 08/KH-UBND ngày 08/01/2024 của UBND tỉnh về cải cách hành chính năm 2024, Sở Tư pháp ban hành Kế hoạch như sau:", "năm 2024", "50%")),
    _kh(_f(2024, True, "12_KH-STP_20240205.pdf"), "pdf", "12/KH-STP", "2024-02-05", "Kiểm tra công tác cải cách hành chính năm 2024",
        _check_plan("Thực hiện Kế hoạch số 04/KH-STP ngày 15/01/2024 của Sở Tư pháp về cải cách hành chính năm 2024, Sở Tư pháp ban hành Kế hoạch kiểm tra như sau:", "năm 2024", "12", "từ tháng 4 đến tháng 11 năm 2024")),
    _kh(_f(2024, True, "KH 22 tuyen truyen CCHC 2024.docx"), "docx", "22/KH-STP", "2024-02-20", "Tuyên truyền cải cách hành chính năm 2024",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của người dân về dịch vụ công trực tuyến lĩnh vực tư pháp (lý lịch tư pháp, quốc tịch, chứng thực).", "II. CHỈ TIÊU", "Đăng tải tối thiểu 60 tin, bài về cải cách hành chính trên Trang thông tin điện tử của Sở.", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở chủ trì."], TUAN),
    _kh(_f(2024, True, "20_KH-STP_20240301 (ban hanh lai).pdf"), "pdf", "20/KH-STP", "2024-03-01", "Cải cách hành chính năm 2024 của Sở Tư pháp (ban hành lại)",
        [*_own_plan("Thực hiện Kế hoạch số 08/KH-UBND ngày 08/01/2024 của UBND tỉnh về cải cách hành chính năm 2024, Sở Tư pháp ban hành lại Kế hoạch cải cách hành chính năm 2024 (cập nhật chỉ tiêu trực tuyến theo chỉ tiêu của tỉnh) như sau:", "năm 2024", "55%"),
         "Kế hoạch này thay thế Kế hoạch số 04/KH-STP ngày 15/01/2024 của Sở Tư pháp."]),
    _kh(_f(2024, True, "KH 28 chuyen doi so 2024.docx"), "docx", "28/KH-STP", "2024-03-05", "Chuyển đổi số năm 2024 của Sở Tư pháp",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Đẩy mạnh giải quyết TTHC trên môi trường điện tử; số hóa hồ sơ, kết quả giải quyết TTHC.", "II. CHỈ TIÊU", "Tỷ lệ hồ sơ TTHC được số hóa đạt tối thiểu 75%; 100% văn bản đi được ký số.", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở chủ trì."], TUAN),
    _kh(_f(2024, True, "KH 38 PBGDPL 2024.docx"), "docx", "38/KH-STP", "2024-03-12", "Phổ biến, giáo dục pháp luật năm 2024",
        _sector_plan("Phổ biến các luật mới được Quốc hội thông qua năm 2023 đến cán bộ và Nhân dân.", "Tổ chức 120 hội nghị phổ biến pháp luật; cấp phát 15.000 tài liệu pháp luật."), TUAN, to=TO_SECTOR),
    _qd(_f(2024, True, "QD 45 Quy che chi tieu noi bo 2024.docx"), "docx", "45/QĐ-STP", "2024-04-10",
        "Ban hành Quy chế chi tiêu nội bộ năm 2024 của Sở Tư pháp",
        ["Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ năm 2024 của Sở Tư pháp.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký và áp dụng cho năm ngân sách 2024.\n\n" + ART_S.format(n=3), TUAN),
    _qd(_f(2024, True, "52_QD-STP_20240416.pdf"), "pdf", "52/QĐ-STP", "2024-04-16",
        "Thành lập Tổ công tác triển khai Đề án 06 tại Sở Tư pháp",
        ["Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Thành lập Tổ công tác triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06) tại Sở Tư pháp gồm 05 thành viên.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3)),
    _cv(_f(2024, True, "190_STP-BTTP_20240715.pdf"), "pdf", "190/STP-BTTP", "2024-07-15", "tăng cường quản lý hoạt động công chứng 6 tháng cuối năm 2024",
        ["6 tháng đầu năm 2024, 14 tổ chức hành nghề công chứng trên địa bàn tỉnh đã công chứng 32.540 việc. Sở Tư pháp đề nghị các tổ chức hành nghề công chứng thực hiện đúng quy định về lưu trữ hồ sơ công chứng, báo cáo định kỳ đúng hạn./."],
        "Các tổ chức hành nghề công chứng trên địa bàn tỉnh.", TUAN, TO_SECTOR),
    _qd(_f(2024, True, "QD 120 sua doi Quy che phan anh kien nghi.docx"), "docx", "120/QĐ-STP", "2024-08-26",
        "Sửa đổi Điều 4 Quy chế tiếp nhận, xử lý phản ánh, kiến nghị về thủ tục hành chính ban hành kèm theo Quyết định số 62/QĐ-STP ngày 10/5/2023",
        ["Căn cứ Quyết định số 62/QĐ-STP ngày 10/5/2023 của Giám đốc Sở Tư pháp;", "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Sửa đổi Điều 4 Quyết định số 62/QĐ-STP ngày 10/5/2023 như sau: \"Điều 4. Thời hạn xử lý phản ánh, kiến nghị không quá 07 ngày làm việc.\"\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2024.\n\n" + ART_S.format(n=3)),
    _cv(_f(2024, True, "CV 285 don doc truc tuyen so hoa.docx"), "docx", "285/STP-VP", "2024-10-08", "đôn đốc nâng tỷ lệ hồ sơ trực tuyến và số hóa hồ sơ TTHC",
        ["Thực hiện Công văn số 412/SNV-CCHC ngày 02/10/2024 của Sở Nội vụ, Giám đốc Sở yêu cầu các phòng, đơn vị thuộc Sở hướng dẫn người dân nộp hồ sơ trực tuyến, số hóa 100% hồ sơ tiếp nhận từ ngày 15/10/2024; báo cáo kết quả về Văn phòng Sở trước ngày 25/10/2024./."],
        "Các phòng, đơn vị thuộc Sở.", TUAN),
]

# ------------------------------------------------------------------ the Sở Tư pháp, 2025 – 2026
OWN_LATE = [
    _kh(_f(2025, True, "06_KH-STP_20250114.pdf"), "pdf", "06/KH-STP", "2025-01-14", "Cải cách hành chính năm 2025 của Sở Tư pháp",
        _own_plan("Thực hiện Kế hoạch số 09/KH-UBND ngày 08/01/2025 của UBND tỉnh về cải cách hành chính năm 2025, Sở Tư pháp ban hành Kế hoạch như sau:", "năm 2025", "65%")),
    _qd(_f(2025, True, "QD 11 dinh chinh KH 06.docx"), "docx", "11/QĐ-STP", "2025-01-21",
        "Đính chính Kế hoạch số 06/KH-STP ngày 14/01/2025 của Sở Tư pháp về cải cách hành chính năm 2025",
        ["Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Đính chính Kế hoạch số 06/KH-STP ngày 14/01/2025 của Sở Tư pháp như sau: tại phần mở đầu, ngày ban hành Kế hoạch cải cách hành chính năm 2025 của UBND tỉnh \"08/01/2025\" được sửa thành \"06/01/2025\".\n\nĐiều 2. Các nội dung khác của Kế hoạch số 06/KH-STP giữ nguyên. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3)),
    _kh(_f(2025, True, "KH 14 kiem tra CCHC 2025.docx"), "docx", "14/KH-STP", "2025-02-10", "Kiểm tra công tác cải cách hành chính năm 2025",
        _check_plan("Thực hiện Kế hoạch số 09/KH-UBND ngày 06/01/2025 của UBND tỉnh về cải cách hành chính năm 2025, Sở Tư pháp ban hành Kế hoạch kiểm tra như sau:", "năm 2025", "12", "từ tháng 4 đến tháng 11 năm 2025")),
    _kh(_f(2025, True, "KH 16 tuyen truyen CCHC 2025.docx"), "docx", "16/KH-STP", "2025-02-12", "Tuyên truyền cải cách hành chính năm 2025",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Tuyên truyền dịch vụ công trực tuyến toàn trình cấp Phiếu lý lịch tư pháp và chứng thực bản sao điện tử.", "II. CHỈ TIÊU", "Đăng tải tối thiểu 70 tin, bài về cải cách hành chính.", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở chủ trì."], TUAN),
    _kh(_f(2025, True, "KH 18 dao tao boi duong 2025.docx"), "docx", "18/KH-STP", "2025-02-20", "Đào tạo, bồi dưỡng công chức, viên chức năm 2025 của Sở Tư pháp",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao kỹ năng giải quyết thủ tục hành chính, kỹ năng số của công chức, viên chức.", "II. CHỈ TIÊU", "Cử 45 lượt công chức, viên chức tham gia bồi dưỡng chuyên môn, kỹ năng số.", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở chủ trì."], TUAN),
    _qd(_f(2025, True, "38_QD-STP_20250318.pdf"), "pdf", "38/QĐ-STP", "2025-03-18",
        "Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính cấp Phiếu lý lịch tư pháp trên môi trường điện tử",
        [ND61B, "Căn cứ Quyết định số 845/QĐ-UBND ngày 22/4/2024 của UBND tỉnh công bố danh mục thủ tục hành chính được chuẩn hóa thuộc thẩm quyền giải quyết của Sở Tư pháp;", "Theo đề nghị của Giám đốc Trung tâm Lý lịch tư pháp."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, giải quyết thủ tục hành chính cấp Phiếu lý lịch tư pháp trên môi trường điện tử.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2025.\n\nĐiều 3. Thời hạn trả Phiếu lý lịch tư pháp cấp trực tuyến không quá 10 ngày.\n\n" + ART_S.format(n=4)),
    _qd(_f(2025, True, "QD 41 thu hoi QD 38.docx"), "docx", "41/QĐ-STP", "2025-03-24",
        "Thu hồi Quyết định số 38/QĐ-STP ngày 18/3/2025 của Giám đốc Sở Tư pháp",
        ["Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Thu hồi Quyết định số 38/QĐ-STP ngày 18/3/2025 của Giám đốc Sở Tư pháp ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính cấp Phiếu lý lịch tư pháp trên môi trường điện tử, do Điều 3 quy định thời hạn trả Phiếu lý lịch tư pháp không đúng quy định của pháp luật. Quyết định số 38/QĐ-STP không có hiệu lực thi hành.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3)),
    _qd(_f(2025, True, "42_QD-STP_20250325.pdf"), "pdf", "42/QĐ-STP", "2025-03-25",
        "Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính cấp Phiếu lý lịch tư pháp trên môi trường điện tử",
        [ND61B, "Căn cứ Quyết định số 845/QĐ-UBND ngày 22/4/2024 của UBND tỉnh công bố danh mục thủ tục hành chính được chuẩn hóa thuộc thẩm quyền giải quyết của Sở Tư pháp;", "Theo đề nghị của Giám đốc Trung tâm Lý lịch tư pháp."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, giải quyết thủ tục hành chính cấp Phiếu lý lịch tư pháp trên môi trường điện tử (Quyết định số 38/QĐ-STP ngày 18/3/2025 đã bị thu hồi tại Quyết định số 41/QĐ-STP ngày 24/3/2025).\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2025.\n\nĐiều 3. Thời hạn trả Phiếu lý lịch tư pháp cấp trực tuyến không quá 07 ngày làm việc.\n\nĐiều 4. Trung tâm Lý lịch tư pháp trả kết quả qua tài khoản định danh điện tử của người yêu cầu.\n\nĐiều 5. Người yêu cầu nộp bản giấy tờ tùy thân đã chứng thực khi nhận kết quả trực tiếp.\n\n" + ART_S.format(n=6)),
    _kh(_f(2025, True, "KH 75 Ngay Phap luat 2025.docx"), "docx", "75/KH-STP", "2025-04-22", "Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2025",
        _sector_plan("Nâng cao ý thức chấp hành pháp luật của cán bộ, công chức và Nhân dân.", "Tổ chức 01 hội thi tìm hiểu pháp luật trực tuyến với khoảng 25.000 lượt người tham gia."), TUAN, to=TO_SECTOR),
    _qd(_f(2025, True, "88_QD-STP_20250515.pdf"), "pdf", "88/QĐ-STP", "2025-05-15",
        "Thí điểm tiếp nhận hồ sơ cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID tại 03 huyện",
        [ND61B, "Theo đề nghị của Giám đốc Trung tâm Lý lịch tư pháp."],
        "Điều 1. Thí điểm tiếp nhận hồ sơ, trả kết quả cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID đối với người yêu cầu cư trú tại 03 huyện Tân Lạc, Yên Hòa, Phú Sơn.\n\nĐiều 2. Thời gian thí điểm từ ngày 01/6/2025 đến ngày 30/11/2025.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2025. Chánh Văn phòng Sở, Giám đốc Trung tâm Lý lịch tư pháp và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."),
    _qd(_f(2025, True, "QD 95 Quy che lam viec 2025.docx"), "docx", "95/QĐ-STP", "2025-06-20",
        "Ban hành Quy chế làm việc của Sở Tư pháp tỉnh Liên Sơn",
        [LOCAL, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Tư pháp tỉnh Liên Sơn.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2025 và thay thế Quyết định số 25/QĐ-STP ngày 02/3/2022 của Giám đốc Sở Tư pháp.\n\n" + ART_S.format(n=3)),
    _cv(_f(2025, True, "175_STP-VP_20250620.pdf"), "pdf", "175/STP-VP", "2025-06-20", "triển khai Kết luận của Chủ tịch UBND tỉnh về cải cách hành chính",
        ["Thực hiện Thông báo số 156/TB-UBND ngày 10/6/2025 của UBND tỉnh, Giám đốc Sở yêu cầu:",
         "1. Các phòng, đơn vị rà soát kỹ thể thức, nội dung, số liệu trước khi trình ký; văn bản có sai sót phải được đính chính bằng văn bản trong 05 ngày làm việc.",
         "2. Trung tâm Lý lịch tư pháp nâng tỷ lệ hồ sơ cấp Phiếu lý lịch tư pháp trực tuyến đạt tối thiểu 80% trong 6 tháng cuối năm 2025./."],
        UNITS, CUONG),
    _cv(_f(2025, True, "CV 128 dang ky khai sinh 2025.docx"), "docx", "128/STP-HCTP", "2025-08-18", "thống kê đăng ký khai sinh, khai tử 7 tháng năm 2025",
        ["7 tháng đầu năm 2025, toàn tỉnh đăng ký khai sinh cho 28.450 trường hợp, đăng ký khai tử 6.120 trường hợp. Sở Tư pháp đề nghị Phòng Tư pháp cấp huyện đôn đốc UBND cấp xã cập nhật đầy đủ dữ liệu hộ tịch, báo cáo trước ngày 15/9/2025./."],
        "Phòng Tư pháp các huyện, thị xã, thành phố.", TUAN, TO_SECTOR),
    _qd(_f(2025, True, "QD 160 gia han thi diem VNeID.docx"), "docx", "160/QĐ-STP", "2025-11-20",
        "Gia hạn thời gian thí điểm tiếp nhận hồ sơ cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID",
        ["Căn cứ Quyết định số 88/QĐ-STP ngày 15/5/2025 của Giám đốc Sở Tư pháp;", "Theo đề nghị của Giám đốc Trung tâm Lý lịch tư pháp."],
        "Điều 1. Sửa đổi Điều 2 Quyết định số 88/QĐ-STP ngày 15/5/2025 như sau: \"Điều 2. Thời gian thí điểm từ ngày 01/6/2025 đến ngày 31/5/2026.\"\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3), CUONG),
    _kh(_f(2026, True, "KH 03 CCHC 2026.docx"), "docx", "03/KH-STP", "2026-01-08", "Cải cách hành chính năm 2026 của Sở Tư pháp",
        _own_plan("Thực hiện Kế hoạch số 288/KH-UBND ngày 22/12/2025 của UBND tỉnh về cải cách hành chính năm 2026, Sở Tư pháp ban hành Kế hoạch như sau:", "năm 2026", "80%"), CUONG),
    _kh(_f(2026, True, "KH 12 kiem tra CCHC 2026.docx"), "docx", "12/KH-STP", "2026-01-12", "Kiểm tra công tác cải cách hành chính năm 2026",
        _check_plan("Thực hiện Kế hoạch số 288/KH-UBND ngày 22/12/2025 của UBND tỉnh về cải cách hành chính năm 2026, Sở Tư pháp ban hành Kế hoạch kiểm tra như sau:", "năm 2026", "12", "từ tháng 3 đến tháng 11 năm 2026"), CUONG),
    _kh(_f(2026, True, "KH 60 PBGDPL 2026.docx"), "docx", "60/KH-STP", "2026-02-25", "Phổ biến, giáo dục pháp luật năm 2026",
        _sector_plan("Phổ biến các luật mới có hiệu lực năm 2026 đến cán bộ và Nhân dân.", "Tổ chức 130 hội nghị phổ biến pháp luật; cấp phát 16.500 tài liệu pháp luật."), TUAN, to=TO_SECTOR),
    _qd(_f(2026, True, "24_QD-STP_20260302.pdf"), "pdf", "24/QĐ-STP", "2026-03-02",
        "Bãi bỏ Quyết định số 55/QĐ-STP ngày 18/4/2023 của Giám đốc Sở Tư pháp thành lập Tổ công tác rà soát, đơn giản hóa thủ tục hành chính",
        ["Căn cứ Quyết định số 55/QĐ-STP ngày 18/4/2023 của Giám đốc Sở Tư pháp;", "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Bãi bỏ Quyết định số 55/QĐ-STP ngày 18/4/2023 của Giám đốc Sở Tư pháp thành lập Tổ công tác rà soát, đơn giản hóa thủ tục hành chính, do Tổ công tác đã hoàn thành nhiệm vụ.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3), CUONG),
    _qd(_f(2026, True, "QD 118 bai bo Dieu 5 Quy che LLTP.docx"), "docx", "118/QĐ-STP", "2026-07-20",
        "Bãi bỏ Điều 5 Quy chế tiếp nhận, giải quyết thủ tục hành chính cấp Phiếu lý lịch tư pháp trên môi trường điện tử ban hành kèm theo Quyết định số 42/QĐ-STP ngày 25/3/2025",
        ["Căn cứ Quyết định số 42/QĐ-STP ngày 25/3/2025 của Giám đốc Sở Tư pháp;", "Theo đề nghị của Giám đốc Trung tâm Lý lịch tư pháp."],
        "Điều 1. Bãi bỏ Điều 5 Quyết định số 42/QĐ-STP ngày 25/3/2025 của Giám đốc Sở Tư pháp (nộp bản giấy tờ tùy thân đã chứng thực khi nhận kết quả trực tiếp), do dữ liệu được khai thác từ Cơ sở dữ liệu quốc gia về dân cư. Các điều khác của Quyết định số 42/QĐ-STP giữ nguyên hiệu lực.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2026.\n\n" + ART_S.format(n=3), CUONG),
    _cv(_f(2026, True, "145_STP-VP_20260810.pdf"), "pdf", "145/STP-VP", "2026-08-10", "báo cáo số liệu giải quyết thủ tục hành chính quý III năm 2026",
        ["Để tổng hợp báo cáo cải cách hành chính quý III năm 2026, Văn phòng Sở đề nghị các phòng, đơn vị báo cáo số liệu giải quyết TTHC từ ngày 01/7/2026 đến ngày 31/8/2026 theo biểu mẫu số 01 kèm theo, gửi trước ngày 20/8/2026./."],
        "Các phòng, đơn vị thuộc Sở.", ("TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "(Đã ký)", "Mạc Thị Hồng")),
    _cv(_f(2026, True, "CV 152 huy bo CV 145.docx"), "docx", "152/STP-VP", "2026-08-14", "hủy bỏ Công văn số 145/STP-VP và hướng dẫn báo cáo số liệu quý III năm 2026",
        ["Công văn số 145/STP-VP ngày 10/8/2026 của Văn phòng Sở gửi kèm biểu mẫu không đúng mẫu của Sở Nội vụ và kỳ số liệu không đủ quý. Văn phòng Sở hủy bỏ Công văn số 145/STP-VP ngày 10/8/2026.",
         "Đề nghị các phòng, đơn vị báo cáo số liệu giải quyết TTHC quý III năm 2026 (từ ngày 01/7/2026 đến ngày 30/9/2026) theo biểu mẫu kèm theo Công văn này, gửi trước ngày 03/10/2026./."],
        "Các phòng, đơn vị thuộc Sở.", ("TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "(Đã ký)", "Mạc Thị Hồng")),
    _cv(_f(2026, True, "CV 188 so hoa ho so quy III 2026.docx"), "docx", "188/STP-VP", "2026-08-25", "hoàn thành số hóa hồ sơ, kết quả giải quyết TTHC",
        ["Thực hiện Công văn số 388/SNV-CCHC ngày 20/8/2026 của Sở Nội vụ, Giám đốc Sở yêu cầu các phòng, đơn vị thuộc Sở hoàn thành số hóa 100% hồ sơ, kết quả giải quyết TTHC tiếp nhận từ ngày 01/01/2026 trước ngày 15/9/2026./."],
        "Các phòng, đơn vị thuộc Sở.", TUAN),
    _qd(_f(2026, True, "132_QD-STP_20260908.pdf"), "pdf", "132/QĐ-STP", "2026-09-08",
        "Công bố Hệ thống quản lý chất lượng của Sở Tư pháp phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015",
        ["Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Công bố Hệ thống quản lý chất lượng của Sở Tư pháp phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 đối với 71 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3), CUONG),
    _cv(_f(2026, True, "CV 165 cong chung 9 thang 2026.docx"), "docx", "165/STP-BTTP", "2026-09-21", "thống kê hoạt động công chứng 9 tháng năm 2026",
        ["Đến ngày 15/9/2026, 16 tổ chức hành nghề công chứng trên địa bàn tỉnh đã công chứng 51.280 việc. Sở Tư pháp đề nghị các tổ chức hành nghề công chứng hoàn thành báo cáo thống kê 9 tháng trước ngày 05/10/2026./."],
        "Các tổ chức hành nghề công chứng trên địa bàn tỉnh.", TUAN, TO_SECTOR),
    _cv(_f(2026, True, "CV 210 huong dan tu danh gia Chi so CCHC 2026.docx"), "docx", "210/STP-VP", "2026-11-16", "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 của Sở Tư pháp",
        ["Thực hiện Quyết định số 2345/QĐ-UBND ngày 18/12/2024 của UBND tỉnh ban hành Quy chế đánh giá, xác định Chỉ số cải cách hành chính, Văn phòng Sở hướng dẫn các phòng, đơn vị tự đánh giá, chấm điểm các tiêu chí thành phần Chỉ số cải cách hành chính năm 2026 của Sở, gửi tài liệu kiểm chứng về Văn phòng Sở trước ngày 05/12/2026; số liệu năm 2026 ghi rõ số liệu ước hay số liệu chính thức./."],
        "Các phòng, đơn vị thuộc Sở.", CUONG),
]

DOCS = [*RECEIVED, *OWN_EARLY, *OWN_LATE]

# The DỰ THẢO (lần 1) of the year report 250/BC-STP: no document of its own; its figures are not in
# the signed report.
DRAFT_FILE = f"{S}/2025/Van ban di/Du thao BC CCHC nam 2025 (lan 1).docx"
DRAFT_250 = [
    "UBND TỈNH LIÊN SƠN",
    "SỞ TƯ PHÁP",
    "Số:       /BC-STP",
    "Liên Sơn, ngày      tháng 12 năm 2025",
    "DỰ THẢO (lần 1)",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2025",
    "I. KẾT QUẢ THỰC HIỆN",
    "Cải cách thủ tục hành chính: từ ngày 01/01/2025 đến ngày 31/10/2025, Sở tiếp nhận 19.870 hồ sơ TTHC (chưa gồm số liệu của Trung tâm Lý lịch tư pháp tháng 10). Ước thực hiện cả năm 2025: khoảng 21.500 hồ sơ.",
    "(Ý kiến góp ý gửi Văn phòng Sở trước ngày 08/12/2025)",
    "KT. GIÁM ĐỐC",
    "(chưa ký)",
]

__all__ = ["DOCS", "DRAFT_250", "DRAFT_FILE"]
