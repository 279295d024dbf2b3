"""Thirty-second held-out archive: the decisions, plans, Công văn and Thông báo. The Sở Nội vụ tỉnh
Kiến Phong's own (old to 30/6/2025, new from 01/7/2025, numbered anew from 01), the UBND tỉnh Kiến
Phong's (old and new) sent to it, and the Sở Nội vụ tỉnh Vạn Ninh's reform files of 2023 – 6/2025
with the UBND tỉnh Vạn Ninh's decisions among them (received on the merger, kept in a folder of
their own); the numbers that collide (12/QĐ-SNV of 2023, 25/KH-SNV and 450/SNV-CCHC of 2024,
15/KH-UBND, 01/KH-SNV and 05/QĐ-SNV of 2025, 09/QĐ-SNV of 2023 and 2026); the decision on what
continues to apply where after the merger of the provinces; the lives; the labour and social
work the Sở takes on from 01/3/2025 (no reform area). Fictional. Do not tune on it.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout32_common import (
    HUY,
    KHAI,
    LOC,
    LOCAL,
    LOCAL25,
    ND45,
    ND61B,
    NGUYET,
    NQ76,
    NQ_SX,
    OANH,
    SNV,
    SNV_WHO,
    TAM,
    TO_KH,
    TO_LD,
    TO_QD,
    TO_UBKH,
    TO_UBQD,
    TO_UP,
    TRUONG,
    UB,
    UB_WHO,
    VSNV,
    VSNV_WHO,
    VUB,
    VUB_WHO,
    Doc,
    decision,
)

K, V = "So Noi vu", "Ho so SNV Van Ninh (cu) tiep nhan"
ART_S = "Điều {n}. Chánh Văn phòng Sở, Trưởng các phòng thuộc Sở và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
ART_U = "Điều {n}. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
ART_U25 = "Điều {n}. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
SO_NGANH = "Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố."
SO_NGANH25 = "Các sở, ban, ngành tỉnh; UBND các xã, phường."


def _qd(file: str, fmt: str, number: str, iso: str, subject: str, grounds: list[str], articles: str, signer: tuple[str, ...] = KHAI, *, vn: bool = False, **kw) -> Doc:
    """A decision of the Giám đốc Sở (Kiến Phong's, or Vạn Ninh's with ``vn``)."""
    issuer, who = (VSNV, VSNV_WHO) if vn else (SNV, SNV_WHO)
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, decision(who, grounds, articles), signer, TO_QD, issuer=issuer, **kw)


def _qd_ub(file: str, fmt: str, number: str, iso: str, subject: str, grounds: list[str], articles: str, signer: tuple[str, ...] = OANH, *, vn: bool = False, **kw) -> Doc:
    """A decision of the UBND tỉnh (Kiến Phong's, or Vạn Ninh's with ``vn``)."""
    issuer, who = (VUB, VUB_WHO) if vn else (UB, UB_WHO)
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, decision(who, grounds, articles), signer, TO_UBQD, issuer=issuer, **kw)


def _kh(file: str, fmt: str, number: str, iso: str, subject: str, paras: list[str], signer: tuple[str, ...] = KHAI, issuer: tuple[str, ...] = SNV, to: tuple[str, ...] = (), **kw) -> Doc:
    to = to or (TO_UBKH if issuer in (UB, VUB) else TO_KH)
    return Doc(file, fmt, number, iso, "KẾ HOẠCH", subject, "\n\n".join(paras), signer, to, issuer=issuer, **kw)


def _cv(file: str, fmt: str, number: str, iso: str, subject: str, paras: list[str], kinh_gui: str, signer: tuple[str, ...] = HUY, to: tuple[str, ...] = TO_UP, issuer: tuple[str, ...] = SNV, **kw) -> Doc:
    return Doc(file, fmt, number, iso, "", subject, "\n\n".join(paras), signer, to, issuer=issuer, kinh_gui=kinh_gui, **kw)


def _plan(year: str, where: str, online: str, extra: str = "") -> list[str]:
    """The UBND tỉnh's yearly reform plan."""
    return [
        "I. MỤC ĐÍCH, YÊU CẦU",
        f"Triển khai đồng bộ, hiệu quả Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 {year} trên địa bàn {where}; gắn trách nhiệm người đứng đầu với kết quả cải cách hành chính.",
        "II. NHIỆM VỤ VÀ CHỈ TIÊU",
        f"1. Cải cách thủ tục hành chính: 100% TTHC được công khai đúng quy định; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt tối thiểu {online}; tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 98%.{extra}",
        "2. Cải cách tổ chức bộ máy, chế độ công vụ: thực hiện nghiêm kỷ luật, kỷ cương hành chính.",
        "3. Xây dựng chính quyền số: 100% văn bản được ký số và xử lý trên môi trường điện tử (trừ văn bản mật).",
        "III. TỔ CHỨC THỰC HIỆN",
        "Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh.",
    ]


def _check_plan(lead: str, year: str, count: str, months: str) -> list[str]:
    """A Sở's plan of inspections."""
    return [
        *([lead] if lead else []),
        "I. MỤC ĐÍCH, YÊU CẦU",
        f"Đánh giá việc thực hiện nhiệm vụ cải cách hành chính {year} của các cơ quan, đơn vị; chấn chỉnh kịp thời tồn tại, hạn chế.",
        "II. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA",
        f"Kiểm tra tại {count} cơ quan, đơn vị (sở, ban, ngành và UBND cấp huyện, cấp xã); {months}.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Phòng Cải cách hành chính là đơn vị thường trực Đoàn kiểm tra.",
    ]


# ------------------------------------------------------------------ the UBND tỉnh Kiến Phong (old and new), sent to the Sở
UBND_KP = [
    _kh(f"{K}/2023/Van ban den/KH 18 UBND tinh CCHC 2023.pdf", "pdf", "18/KH-UBND", "2023-01-06", "Cải cách hành chính năm 2023 của tỉnh Kiến Phong", _plan("năm 2023", "tỉnh Kiến Phong", "45%"), OANH, UB),
    _qd_ub(f"{K}/2023/Van ban den/268_QD-UBND_20230130.pdf", "pdf", "268/QĐ-UBND", "2023-01-30",
           "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Kiến Phong",
           [LOCAL, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Vị trí và chức năng: Sở Nội vụ là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp UBND tỉnh quản lý nhà nước về tổ chức bộ máy, công chức, viên chức, cải cách hành chính, văn thư, lưu trữ, thi đua, khen thưởng.\n\nĐiều 2. Cơ cấu tổ chức: Văn phòng, Thanh tra, 05 phòng chuyên môn và Chi cục Văn thư - Lưu trữ.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=4), TRUONG),
    _qd_ub(f"{K}/2023/Van ban den/QD 412 Quy che Chi so CCHC.docx", "docx", "412/QĐ-UBND", "2023-03-20",
           "Ban hành Quy chế đánh giá, xác định Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố tỉnh Kiến Phong",
           [LOCAL, NQ76, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Ban hành kèm theo Quyết định này Quy chế đánh giá, xác định Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố tỉnh Kiến Phong.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=3)),
    _qd_ub(f"{K}/2023/Van ban den/590_QD-UBND_20230412.pdf", "pdf", "590/QĐ-UBND", "2023-04-12",
           "Kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh Kiến Phong",
           [LOCAL, NQ76, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh Kiến Phong gồm 21 thành viên, do đồng chí Chủ tịch UBND tỉnh làm Trưởng ban; Giám đốc Sở Nội vụ là Phó Trưởng ban thường trực.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=3), TRUONG),
    _kh(f"{K}/2024/Van ban den/KH 20 UBND tinh CCHC 2024.pdf", "pdf", "20/KH-UBND", "2024-01-08", "Cải cách hành chính năm 2024 của tỉnh Kiến Phong", _plan("năm 2024", "tỉnh Kiến Phong", "60%"), OANH, UB),
    _qd_ub(f"{K}/2024/Van ban den/520_QD-UBND_20240325.pdf", "pdf", "520/QĐ-UBND", "2024-03-25",
           "Phê duyệt kết quả Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố",
           [LOCAL, "Căn cứ Quyết định số 412/QĐ-UBND ngày 20/3/2023 của UBND tỉnh ban hành Quy chế đánh giá, xác định Chỉ số cải cách hành chính;", "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Phê duyệt kết quả Chỉ số cải cách hành chính năm 2023 của 20 sở, ban, ngành tỉnh và 09 UBND huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo).\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=3),
           annex="PHỤ LỤC\n\nKẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA CÁC SỞ, BAN, NGÀNH TỈNH (trích)\n\n1 | Sở Nội vụ | 91,20 | 1\n\n2 | Sở Tư pháp | 90,85 | 2\n\nSở Nội vụ: 91,20 điểm, xếp thứ 1/20."),
    _qd_ub(f"{K}/2024/Van ban den/QD 1045 danh muc TTHC noi vu.docx", "docx", "1045/QĐ-UBND", "2024-05-20",
           "Công bố danh mục thủ tục hành chính lĩnh vực nội vụ thuộc thẩm quyền giải quyết của Sở Nội vụ tỉnh Kiến Phong",
           [LOCAL, ND61B, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Công bố kèm theo Quyết định này danh mục 68 thủ tục hành chính lĩnh vực nội vụ thuộc thẩm quyền giải quyết của Sở Nội vụ tỉnh Kiến Phong.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=3)),
    _kh(f"{K}/2025/Van ban den/KH 15 UBND tinh Kien Phong CCHC 2025.pdf", "pdf", "15/KH-UBND", "2025-01-10", "Cải cách hành chính năm 2025 của tỉnh Kiến Phong", _plan("năm 2025", "tỉnh Kiến Phong", "65%"), OANH, UB),
    _qd_ub(f"{K}/2025/Van ban den/380_QD-UBND_20250228.pdf", "pdf", "380/QĐ-UBND", "2025-02-28",
           "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Kiến Phong",
           [LOCAL, ND45, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Sở Nội vụ tỉnh Kiến Phong tiếp nhận chức năng, nhiệm vụ quản lý nhà nước về lao động, việc làm, tiền lương, bảo hiểm xã hội, an toàn, vệ sinh lao động, người có công và bảo trợ xã hội từ Sở Lao động - Thương binh và Xã hội (hợp nhất vào Sở Nội vụ).\n\nĐiều 2. Cơ cấu tổ chức: Văn phòng, Thanh tra, 08 phòng chuyên môn và Chi cục Văn thư - Lưu trữ.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2025 và thay thế Quyết định số 268/QĐ-UBND ngày 30/01/2023 của UBND tỉnh.\n\n" + ART_U.format(n=4), TRUONG),
    _qd_ub(f"{K}/2025/Van ban den/1580_QD-UBND_20250701.pdf", "pdf", "1580/QĐ-UBND", "2025-07-01",
           "Tiếp tục áp dụng, bãi bỏ, chấm dứt thực hiện các văn bản về cải cách hành chính của UBND tỉnh Kiến Phong (cũ) và UBND tỉnh Vạn Ninh (cũ)",
           [LOCAL25, NQ_SX, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Các văn bản sau tiếp tục được áp dụng trên địa bàn của tỉnh cũ đã ban hành cho đến khi được thay thế: Quyết định số 412/QĐ-UBND ngày 20/3/2023 của UBND tỉnh Kiến Phong (cũ) ban hành Quy chế đánh giá, xác định Chỉ số cải cách hành chính, áp dụng trên địa bàn tỉnh Kiến Phong (cũ); Quyết định số 385/QĐ-UBND ngày 05/4/2023 của UBND tỉnh Vạn Ninh (cũ) ban hành Quy chế đánh giá, xác định Chỉ số cải cách hành chính, áp dụng trên địa bàn tỉnh Vạn Ninh (cũ).\n\n"
           "Điều 2. Quyết định số 702/QĐ-UBND ngày 10/5/2024 của UBND tỉnh Vạn Ninh (cũ) về tiếp nhận hồ sơ thủ tục hành chính vào sáng thứ Bảy tại Trung tâm Phục vụ hành chính công tỉnh Vạn Ninh tiếp tục được áp dụng trên địa bàn tỉnh Vạn Ninh (cũ) đến hết ngày 31/12/2025.\n\n"
           "Điều 3. Bãi bỏ Quyết định số 590/QĐ-UBND ngày 12/4/2023 của UBND tỉnh Kiến Phong (cũ) và Quyết định số 620/QĐ-UBND ngày 08/5/2023 của UBND tỉnh Vạn Ninh (cũ) về kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh.\n\n"
           "Điều 4. Kế hoạch số 15/KH-UBND ngày 10/01/2025 của UBND tỉnh Kiến Phong (cũ) và Kế hoạch số 15/KH-UBND ngày 16/01/2025 của UBND tỉnh Vạn Ninh (cũ) về cải cách hành chính năm 2025 chấm dứt thực hiện kể từ ngày 01/7/2025; nhiệm vụ chưa hoàn thành được chuyển sang kế hoạch cải cách hành chính 6 tháng cuối năm 2025 của tỉnh.\n\n"
           "Điều 5. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2025.\n\n" + ART_U25.format(n=6),
           TRUONG, copy=f"{K}/2025/Van ban den/1580_QD-UBND_20250701.docx"),
    _qd_ub(f"{K}/2025/Van ban den/1602_QD-UBND_20250703.pdf", "pdf", "1602/QĐ-UBND", "2025-07-03",
           "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Kiến Phong sau sắp xếp",
           [LOCAL25, ND45, NQ_SX, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Sở Nội vụ tỉnh Kiến Phong được tổ chức lại trên cơ sở hợp nhất Sở Nội vụ tỉnh Kiến Phong (cũ) và Sở Nội vụ tỉnh Vạn Ninh (cũ); thực hiện chức năng quản lý nhà nước về nội vụ, lao động, người có công và xã hội trên địa bàn tỉnh Kiến Phong.\n\nĐiều 2. Cơ cấu tổ chức: Văn phòng, Thanh tra, 09 phòng chuyên môn và Chi cục Văn thư - Lưu trữ.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 380/QĐ-UBND ngày 28/02/2025 của UBND tỉnh Kiến Phong.\n\n" + ART_U25.format(n=4), TRUONG),
    _kh(f"{K}/2025/Van ban den/168_KH-UBND_20250710.pdf", "pdf", "168/KH-UBND", "2025-07-10", "Cải cách hành chính 6 tháng cuối năm 2025 của tỉnh Kiến Phong",
        ["Căn cứ Quyết định số 1580/QĐ-UBND ngày 01/7/2025 của UBND tỉnh, Kế hoạch này kế thừa các nhiệm vụ chưa hoàn thành của Kế hoạch số 15/KH-UBND ngày 10/01/2025 của UBND tỉnh Kiến Phong (cũ) và Kế hoạch số 15/KH-UBND ngày 16/01/2025 của UBND tỉnh Vạn Ninh (cũ).",
         *_plan("6 tháng cuối năm 2025", "tỉnh Kiến Phong sau sắp xếp", "68%")], OANH, UB),
    _qd_ub(f"{K}/2025/Van ban den/QD 1890 danh muc TTHC noi vu toan tinh.docx", "docx", "1890/QĐ-UBND", "2025-08-15",
           "Công bố danh mục thủ tục hành chính lĩnh vực nội vụ, lao động, người có công và xã hội thuộc thẩm quyền giải quyết của Sở Nội vụ tỉnh Kiến Phong",
           [LOCAL25, ND61B, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Công bố kèm theo Quyết định này danh mục 157 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Nội vụ, áp dụng thống nhất trên địa bàn tỉnh Kiến Phong.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2025; thay thế Quyết định số 1045/QĐ-UBND ngày 20/5/2024 của UBND tỉnh Kiến Phong (cũ) và Quyết định số 980/QĐ-UBND ngày 11/6/2024 của UBND tỉnh Vạn Ninh (cũ).\n\n" + ART_U25.format(n=3)),
    Doc(f"{K}/2025/Van ban den/TB 312 ket luan Hoi nghi CCHC sau hop nhat.txt", "txt", "312/TB-UBND", "2025-08-20", "THÔNG BÁO", "Kết luận của Chủ tịch UBND tỉnh tại Hội nghị triển khai công tác cải cách hành chính sau hợp nhất tỉnh",
        "Ngày 15/8/2025, Chủ tịch UBND tỉnh chủ trì Hội nghị triển khai công tác cải cách hành chính sau hợp nhất tỉnh. Chủ tịch UBND tỉnh kết luận như sau:\n\n1. Giao Sở Nội vụ hướng dẫn các sở, ngành, địa phương rà soát, thống nhất việc áp dụng các văn bản về cải cách hành chính của hai tỉnh cũ; tham mưu ban hành Quy chế đánh giá Chỉ số cải cách hành chính chung của tỉnh trong năm 2025.\n\n2. Giao các sở, ngành bảo đảm không gián đoạn việc giải quyết thủ tục hành chính trên địa bàn hai tỉnh cũ.\n\nVăn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
        ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "(Đã ký)", "Tô Minh Quang"), ("- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT."), issuer=UB),
    _qd_ub(f"{K}/2025/Van ban den/2150_QD-UBND_20251112.pdf", "pdf", "2150/QĐ-UBND", "2025-11-12",
           "Ban hành Quy chế đánh giá, xác định Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh và UBND các xã, phường tỉnh Kiến Phong",
           [LOCAL25, NQ76, "Căn cứ Quyết định số 1580/QĐ-UBND ngày 01/7/2025 của UBND tỉnh;", "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Ban hành kèm theo Quyết định này Quy chế đánh giá, xác định Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh và UBND các xã, phường, áp dụng thống nhất trên địa bàn tỉnh Kiến Phong.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2026; thay thế Quyết định số 412/QĐ-UBND ngày 20/3/2023 của UBND tỉnh Kiến Phong (cũ) và Quyết định số 385/QĐ-UBND ngày 05/4/2023 của UBND tỉnh Vạn Ninh (cũ).\n\n" + ART_U25.format(n=3), TRUONG),
    _kh(f"{K}/2025/Van ban den/KH 305 UBND tinh CCHC 2026.pdf", "pdf", "305/KH-UBND", "2025-12-26", "Cải cách hành chính năm 2026 của tỉnh Kiến Phong", _plan("năm 2026", "tỉnh Kiến Phong", "75%", " Tỷ lệ thanh toán trực tuyến đạt tối thiểu 55%."), OANH, UB),
]

# ------------------------------------------------------------------ the Sở Nội vụ tỉnh Kiến Phong before the merger of the provinces
SO_CU = [
    _kh(f"{K}/2023/Van ban di/KH 10 kiem tra CCHC 2023.docx", "docx", "10/KH-SNV", "2023-01-16", "Kiểm tra công tác cải cách hành chính năm 2023", _check_plan("", "năm 2023", "14", "từ tháng 4 đến tháng 11 năm 2023")),
    _qd(f"{K}/2023/Van ban di/12_QD-SNV_20230208.pdf", "pdf", "12/QĐ-SNV", "2023-02-08",
        "Ban hành Quy chế làm việc của Sở Nội vụ tỉnh Kiến Phong",
        ["Căn cứ Quyết định số 268/QĐ-UBND ngày 30/01/2023 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ;", "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nội vụ tỉnh Kiến Phong.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3)),
    _kh(f"{K}/2023/Van ban di/KH 118 tuyen truyen CCHC 2024.docx", "docx", "118/KH-SNV", "2023-12-26", "Tuyên truyền cải cách hành chính năm 2024",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của cán bộ, công chức và người dân về cải cách hành chính, dịch vụ công trực tuyến trên địa bàn tỉnh.", "II. CHỈ TIÊU", "Đăng tải tối thiểu 200 tin, bài về cải cách hành chính trên Cổng thông tin điện tử tỉnh, Báo Kiến Phong và Đài Phát thanh - Truyền hình tỉnh.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Cải cách hành chính chủ trì, phối hợp các cơ quan báo chí thực hiện."], HUY),
    _kh(f"{K}/2024/Van ban di/KH 25 kiem tra CCHC 2024.docx", "docx", "25/KH-SNV", "2024-02-20", "Kiểm tra công tác cải cách hành chính năm 2024",
        _check_plan("Thực hiện Kế hoạch số 20/KH-UBND ngày 08/01/2024 của UBND tỉnh về cải cách hành chính năm 2024, Sở Nội vụ ban hành Kế hoạch kiểm tra như sau:", "năm 2024", "15", "từ tháng 4 đến tháng 11 năm 2024")),
    _qd(f"{K}/2024/Van ban di/30_QD-SNV_20240315.pdf", "pdf", "30/QĐ-SNV", "2024-03-15",
        "Ban hành Quy chế phối hợp kiểm tra công tác cải cách hành chính giữa Sở Nội vụ và các sở, ban, ngành tỉnh",
        [NQ76, "Căn cứ Quyết định số 268/QĐ-UBND ngày 30/01/2023 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ;", "Theo đề nghị của Trưởng phòng Cải cách hành chính."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp kiểm tra công tác cải cách hành chính giữa Sở Nội vụ và các sở, ban, ngành tỉnh.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nĐiều 3. Thành phần Đoàn kiểm tra gồm đại diện Sở Nội vụ, Sở Tư pháp, Sở Thông tin và Truyền thông.\n\nĐiều 4. Đoàn kiểm tra thông báo kế hoạch kiểm tra cho đơn vị được kiểm tra trước 05 ngày làm việc.\n\n" + ART_S.format(n=5)),
    _kh(f"{K}/2024/Van ban di/KH 60 thu thap tai lieu Luu tru lich su 2024.docx", "docx", "60/KH-SNV", "2024-04-02", "Thu thập hồ sơ, tài liệu vào Lưu trữ lịch sử tỉnh năm 2024",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Thu thập đầy đủ hồ sơ, tài liệu có giá trị lưu trữ vĩnh viễn của các cơ quan thuộc nguồn nộp lưu.", "II. CHỈ TIÊU", "Thu thập khoảng 1.850 mét giá tài liệu của 24 cơ quan, tổ chức thuộc nguồn nộp lưu vào Lưu trữ lịch sử tỉnh.", "III. TỔ CHỨC THỰC HIỆN", "Chi cục Văn thư - Lưu trữ chủ trì."], HUY),
    _qd(f"{K}/2024/Van ban di/QD 88 sua doi Quy che phoi hop kiem tra.docx", "docx", "88/QĐ-SNV", "2024-09-10",
        "Sửa đổi Điều 4 Quy chế phối hợp kiểm tra công tác cải cách hành chính ban hành kèm theo Quyết định số 30/QĐ-SNV ngày 15/3/2024",
        ["Căn cứ Quyết định số 30/QĐ-SNV ngày 15/3/2024 của Giám đốc Sở Nội vụ;", "Theo đề nghị của Trưởng phòng Cải cách hành chính."],
        "Điều 1. Sửa đổi Điều 4 Quyết định số 30/QĐ-SNV ngày 15/3/2024 như sau: \"Điều 4. Đoàn kiểm tra thông báo kế hoạch kiểm tra cho đơn vị được kiểm tra trước 03 ngày làm việc; kiểm tra đột xuất không phải thông báo trước.\"\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2024.\n\n" + ART_S.format(n=3)),
    _cv(f"{K}/2024/Van ban di/450_SNV-CCHC_20241015.pdf", "pdf", "450/SNV-CCHC", "2024-10-15", "đôn đốc nâng tỷ lệ hồ sơ tiếp nhận trực tuyến và thanh toán trực tuyến",
        ["Đến ngày 30/9/2024, tỷ lệ hồ sơ tiếp nhận trực tuyến của một số sở, ngành, địa phương chưa đạt chỉ tiêu tối thiểu 60% tại Kế hoạch số 20/KH-UBND ngày 08/01/2024 của UBND tỉnh. Sở Nội vụ đề nghị các cơ quan, đơn vị khẩn trương khắc phục, báo cáo kết quả trước ngày 31/10/2024./."],
        SO_NGANH),
    _kh(f"{K}/2025/Van ban di/KH 44 kiem tra CCHC 2025.docx", "docx", "44/KH-SNV", "2025-03-12", "Kiểm tra công tác cải cách hành chính năm 2025",
        _check_plan("Thực hiện Kế hoạch số 15/KH-UBND ngày 10/01/2025 của UBND tỉnh về cải cách hành chính năm 2025, Sở Nội vụ ban hành Kế hoạch kiểm tra như sau:", "năm 2025", "12", "từ tháng 4 đến tháng 10 năm 2025")),
    _cv(f"{K}/2025/Van ban di/168_SNV-BTXH_20250415.pdf", "pdf", "168/SNV-BTXH", "2025-04-15", "chi trả trợ cấp xã hội hằng tháng quý II năm 2025",
        ["Thực hiện nhiệm vụ quản lý nhà nước về bảo trợ xã hội tiếp nhận từ ngày 01/3/2025, Sở Nội vụ đề nghị UBND các huyện, thị xã, thành phố chi trả đầy đủ, kịp thời trợ cấp xã hội hằng tháng quý II năm 2025 cho 21.460 đối tượng bảo trợ xã hội; hoàn thành trước ngày 15/5/2025./."],
        "UBND các huyện, thị xã, thành phố.", HUY, TO_LD),
    _kh(f"{K}/2025/Van ban di/KH 52 Ngay hoi viec lam 2025.docx", "docx", "52/KH-SNV", "2025-05-06", "Tổ chức Ngày hội việc làm tỉnh Kiến Phong năm 2025",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Kết nối cung - cầu lao động, hỗ trợ người lao động tìm kiếm việc làm.", "II. THỜI GIAN, ĐỊA ĐIỂM, QUY MÔ", "Ngày 14/6/2025 tại Nhà văn hóa Lao động tỉnh; dự kiến 3.500 lao động và 60 doanh nghiệp tham gia.", "III. TỔ CHỨC THỰC HIỆN", "Trung tâm Dịch vụ việc làm chủ trì."], HUY, to=TO_LD),
    _cv(f"{K}/2025/Van ban di/CV 95 ban giao ho so CCHC hop nhat tinh.docx", "docx", "95/SNV-CCHC", "2025-05-20", "chuẩn bị bàn giao hồ sơ, tài liệu cải cách hành chính phục vụ hợp nhất tỉnh",
        ["Để chuẩn bị hợp nhất tỉnh Kiến Phong và tỉnh Vạn Ninh, Sở Nội vụ tỉnh Kiến Phong đề nghị Sở Nội vụ tỉnh Vạn Ninh phối hợp lập danh mục hồ sơ, tài liệu cải cách hành chính năm 2023 - 2025 (kế hoạch, báo cáo, quyết định), chốt số liệu giải quyết thủ tục hành chính đến ngày 30/6/2025 của mỗi tỉnh; gửi về Sở Nội vụ tỉnh Kiến Phong trước ngày 05/7/2025./."],
        "Sở Nội vụ tỉnh Vạn Ninh.", KHAI),
]

# ------------------------------------------------------------------ the Sở Nội vụ tỉnh Kiến Phong from 01/7/2025 (numbered anew)
SO_MOI = [
    _qd(f"{K}/2025/Van ban di/03_QD-SNV_20250704.pdf", "pdf", "03/QĐ-SNV", "2025-07-04",
        "Ban hành Quy chế làm việc của Sở Nội vụ tỉnh Kiến Phong",
        ["Căn cứ Quyết định số 1602/QĐ-UBND ngày 03/7/2025 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ;", "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nội vụ tỉnh Kiến Phong.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký; thay thế Quyết định số 12/QĐ-SNV ngày 08/02/2023 của Giám đốc Sở Nội vụ tỉnh Kiến Phong (cũ) và Quyết định số 09/QĐ-SNV ngày 02/02/2023 của Giám đốc Sở Nội vụ tỉnh Vạn Ninh (cũ).\n\n" + ART_S.format(n=3), NGUYET),
    _kh(f"{K}/2025/Van ban di/KH 01 kiem tra CCHC 6 thang cuoi 2025.docx", "docx", "01/KH-SNV", "2025-07-14", "Kiểm tra công tác cải cách hành chính 6 tháng cuối năm 2025",
        _check_plan("Thực hiện Kế hoạch số 168/KH-UBND ngày 10/7/2025 của UBND tỉnh về cải cách hành chính 6 tháng cuối năm 2025, Sở Nội vụ ban hành Kế hoạch kiểm tra như sau:", "6 tháng cuối năm 2025 trên địa bàn hai tỉnh cũ", "16", "từ tháng 8 đến tháng 11 năm 2025"), NGUYET),
    _qd(f"{K}/2025/Van ban di/QD 05 phan cong theo doi CCHC sau hop nhat.docx", "docx", "05/QĐ-SNV", "2025-07-15",
        "Phân công Lãnh đạo Sở và các phòng theo dõi công tác cải cách hành chính của các sở, ngành, địa phương sau hợp nhất tỉnh",
        ["Căn cứ Quyết định số 1602/QĐ-UBND ngày 03/7/2025 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ;", "Theo đề nghị của Trưởng phòng Cải cách hành chính."],
        "Điều 1. Phân công Lãnh đạo Sở và các phòng theo dõi công tác cải cách hành chính của 21 sở, ban, ngành và 96 xã, phường (chi tiết kèm theo).\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3), NGUYET),
    _kh(f"{K}/2025/Van ban di/KH 12 giai quyet viec lam 6 thang cuoi 2025.docx", "docx", "12/KH-SNV", "2025-08-05", "Giải quyết việc làm và đưa người lao động đi làm việc ở nước ngoài 6 tháng cuối năm 2025",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Tạo việc làm cho người lao động, nhất là lao động nông thôn sau sắp xếp đơn vị hành chính.", "II. CHỈ TIÊU", "Giải quyết việc làm cho 9.800 lao động; đưa 1.200 lao động đi làm việc ở nước ngoài theo hợp đồng.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Lao động - Việc làm chủ trì."], HUY, to=TO_LD),
    _cv(f"{K}/2025/Van ban di/86_SNV-CCHC_20250828.pdf", "pdf", "86/SNV-CCHC", "2025-08-28", "rà soát, thống nhất áp dụng văn bản về cải cách hành chính sau hợp nhất tỉnh",
        ["Thực hiện Thông báo số 312/TB-UBND ngày 20/8/2025 kết luận của Chủ tịch UBND tỉnh tại Hội nghị triển khai công tác cải cách hành chính sau hợp nhất tỉnh, Sở Nội vụ đề nghị các sở, ngành, địa phương:",
         "1. Trên địa bàn tỉnh Kiến Phong (cũ), tiếp tục đánh giá Chỉ số cải cách hành chính năm 2025 theo Quyết định số 412/QĐ-UBND ngày 20/3/2023; trên địa bàn tỉnh Vạn Ninh (cũ), theo Quyết định số 385/QĐ-UBND ngày 05/4/2023, cho đến khi UBND tỉnh ban hành Quy chế chung.",
         "2. Trên địa bàn tỉnh Vạn Ninh (cũ), Trung tâm Phục vụ hành chính công tiếp tục tiếp nhận hồ sơ vào sáng thứ Bảy theo Quyết định số 702/QĐ-UBND ngày 10/5/2024 đến hết ngày 31/12/2025./."],
        SO_NGANH25, NGUYET),
    _qd(f"{K}/2025/Van ban di/18_QD-SNV_20250905.pdf", "pdf", "18/QĐ-SNV", "2025-09-05",
        "Ban hành Quy chế tiếp nhận, xử lý phản ánh, kiến nghị về thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Nội vụ",
        [ND61B, "Căn cứ Quyết định số 1890/QĐ-UBND ngày 15/8/2025 của UBND tỉnh công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Nội vụ;", "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, xử lý phản ánh, kiến nghị về thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Nội vụ.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nĐiều 3. Phản ánh, kiến nghị được tiếp nhận qua Hệ thống thông tin giải quyết TTHC tỉnh, đường dây nóng và hòm thư góp ý.\n\nĐiều 4. Thời hạn xử lý phản ánh, kiến nghị không quá 10 ngày làm việc.\n\nĐiều 5. Kết quả xử lý được công khai trên Cổng dịch vụ công của tỉnh.\n\nĐiều 6. Văn phòng Sở tiếp nhận phản ánh, kiến nghị bằng văn bản giấy tại trụ sở Sở Nội vụ tỉnh Vạn Ninh (cũ) đến khi chuyển trụ sở.\n\n" + ART_S.format(n=7), NGUYET),
    _qd(f"{K}/2025/Van ban di/22_QD-SNV_20250922.pdf", "pdf", "22/QĐ-SNV", "2025-09-22",
        "Thí điểm tiếp nhận hồ sơ, trả kết quả thủ tục hành chính lĩnh vực nội vụ qua dịch vụ bưu chính công ích tại 12 xã",
        [ND61B, "Theo đề nghị của Trưởng phòng Cải cách hành chính."],
        "Điều 1. Thí điểm tiếp nhận hồ sơ, trả kết quả thủ tục hành chính lĩnh vực nội vụ qua dịch vụ bưu chính công ích tại 12 xã của tỉnh Vạn Ninh (cũ).\n\nĐiều 2. Thời gian thí điểm từ ngày 01/10/2025 đến ngày 31/3/2026.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2025. Chánh Văn phòng Sở, Trưởng phòng Cải cách hành chính và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.", NGUYET),
    _cv(f"{K}/2025/Van ban di/CV 148 ra soat ho ngheo 2025.docx", "docx", "148/SNV-BTXH", "2025-10-02", "rà soát hộ nghèo, hộ cận nghèo năm 2025",
        ["Sở Nội vụ đề nghị UBND các xã, phường tổ chức rà soát hộ nghèo, hộ cận nghèo năm 2025 theo chuẩn nghèo đa chiều; tỷ lệ hộ nghèo toàn tỉnh đầu năm 2025 là 2,85%; báo cáo kết quả trước ngày 30/11/2025./."],
        "UBND các xã, phường.", HUY, TO_LD),
    # ------------------------------------------------------------ 2026 (numbered anew each year)
    _kh(f"{K}/2026/Van ban di/KH 20 kiem tra CCHC 2026.docx", "docx", "20/KH-SNV", "2026-01-20", "Kiểm tra công tác cải cách hành chính năm 2026",
        _check_plan("Thực hiện Kế hoạch số 305/KH-UBND ngày 26/12/2025 của UBND tỉnh về cải cách hành chính năm 2026, Sở Nội vụ ban hành Kế hoạch kiểm tra như sau:", "năm 2026", "20", "từ tháng 3 đến tháng 11 năm 2026"), NGUYET),
    _qd(f"{K}/2026/Van ban di/09_QD-SNV_20260310.pdf", "pdf", "09/QĐ-SNV", "2026-03-10",
        "Bãi bỏ Điều 6 Quy chế tiếp nhận, xử lý phản ánh, kiến nghị về thủ tục hành chính ban hành kèm theo Quyết định số 18/QĐ-SNV ngày 05/9/2025",
        ["Căn cứ Quyết định số 18/QĐ-SNV ngày 05/9/2025 của Giám đốc Sở Nội vụ;", "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Bãi bỏ Điều 6 Quyết định số 18/QĐ-SNV ngày 05/9/2025 của Giám đốc Sở Nội vụ (tiếp nhận phản ánh bằng văn bản giấy tại trụ sở Sở Nội vụ tỉnh Vạn Ninh (cũ)), do Sở đã chuyển trụ sở. Các điều khác của Quyết định số 18/QĐ-SNV giữ nguyên hiệu lực.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2026.\n\n" + ART_S.format(n=3), NGUYET),
    _qd(f"{K}/2026/Van ban di/QD 14 gia han thi diem buu chinh.docx", "docx", "14/QĐ-SNV", "2026-03-25",
        "Gia hạn thời gian thí điểm tiếp nhận hồ sơ, trả kết quả thủ tục hành chính qua dịch vụ bưu chính công ích",
        ["Căn cứ Quyết định số 22/QĐ-SNV ngày 22/9/2025 của Giám đốc Sở Nội vụ;", "Theo đề nghị của Trưởng phòng Cải cách hành chính."],
        "Điều 1. Sửa đổi Điều 2 Quyết định số 22/QĐ-SNV ngày 22/9/2025 như sau: \"Điều 2. Thời gian thí điểm từ ngày 01/10/2025 đến ngày 30/9/2026.\"\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3), HUY),
    _cv(f"{K}/2026/Van ban di/245_SNV-CCHC_20260615.pdf", "pdf", "245/SNV-CCHC", "2026-06-15", "đôn đốc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        ["Đến ngày 31/5/2026, tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của một số xã, phường thuộc tỉnh Vạn Ninh (cũ) còn thấp. Sở Nội vụ đề nghị các cơ quan, đơn vị khẩn trương hoàn thành số hóa theo Kế hoạch số 305/KH-UBND ngày 26/12/2025 của UBND tỉnh, báo cáo kết quả trước ngày 30/6/2026./."],
        SO_NGANH25, HUY),
    _cv(f"{K}/2026/Van ban di/CV 410 quan ly lao dong nuoc ngoai.docx", "docx", "410/SNV-LĐVL", "2026-08-12", "tăng cường quản lý người lao động nước ngoài làm việc trên địa bàn tỉnh",
        ["Hiện trên địa bàn tỉnh có 1.245 người lao động nước ngoài đang làm việc. Sở Nội vụ đề nghị các doanh nghiệp thực hiện đúng quy định về cấp giấy phép lao động; báo cáo tình hình sử dụng lao động nước ngoài 6 tháng một lần./."],
        "Các doanh nghiệp sử dụng người lao động nước ngoài trên địa bàn tỉnh.", HUY, TO_LD),
    _cv(f"{K}/2026/Van ban di/CV 512 huong dan tu danh gia Chi so CCHC 2026.docx", "docx", "512/SNV-CCHC", "2026-10-20", "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026",
        ["Thực hiện Quyết định số 2150/QĐ-UBND ngày 12/11/2025 của UBND tỉnh ban hành Quy chế đánh giá, xác định Chỉ số cải cách hành chính, Sở Nội vụ hướng dẫn các sở, ban, ngành và UBND các xã, phường tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 (lần đầu áp dụng thống nhất trên địa bàn toàn tỉnh), gửi kết quả về Sở Nội vụ trước ngày 15/12/2026./."],
        SO_NGANH25, NGUYET),
]

# ------------------------------------------------------------------ the Sở Nội vụ tỉnh Vạn Ninh's files (received on the merger)
VAN_NINH = [
    _qd(f"{V}/2023/Van ban di/QD 09 Quy che lam viec SNV Van Ninh.docx", "docx", "09/QĐ-SNV", "2023-02-02",
        "Ban hành Quy chế làm việc của Sở Nội vụ tỉnh Vạn Ninh",
        [LOCAL, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nội vụ tỉnh Vạn Ninh.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3), NGUYET, vn=True),
    _kh(f"{V}/2023/Van ban di/KH 22 kiem tra CCHC 2023.docx", "docx", "22/KH-SNV", "2023-01-18", "Kiểm tra công tác cải cách hành chính năm 2023 trên địa bàn tỉnh Vạn Ninh", _check_plan("", "năm 2023", "10", "từ tháng 5 đến tháng 11 năm 2023"), TAM, VSNV),
    _qd(f"{V}/2023/Van ban di/12_QD-SNV_20230315.pdf", "pdf", "12/QĐ-SNV", "2023-03-15",
        "Kiện toàn Tổ giúp việc Ban Chỉ đạo cải cách hành chính tỉnh Vạn Ninh",
        [NQ76, "Theo đề nghị của Trưởng phòng Cải cách hành chính."],
        "Điều 1. Kiện toàn Tổ giúp việc Ban Chỉ đạo cải cách hành chính tỉnh Vạn Ninh gồm 09 thành viên, do Phó Giám đốc Sở Nội vụ làm Tổ trưởng.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3), NGUYET, vn=True),
    _qd_ub(f"{V}/2023/Van ban den/385_QD-UBND_20230405.pdf", "pdf", "385/QĐ-UBND", "2023-04-05",
           "Ban hành Quy chế đánh giá, xác định Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh và UBND các huyện, thị xã tỉnh Vạn Ninh",
           [LOCAL, NQ76, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Ban hành kèm theo Quyết định này Quy chế đánh giá, xác định Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh và UBND các huyện, thị xã tỉnh Vạn Ninh.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=3).replace("huyện, thị xã, thành phố", "huyện, thị xã"), LOC, vn=True),
    _qd_ub(f"{V}/2023/Van ban den/QD 620 kien toan BCD CCHC Van Ninh.docx", "docx", "620/QĐ-UBND", "2023-05-08",
           "Kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh Vạn Ninh",
           [LOCAL, NQ76, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh Vạn Ninh gồm 17 thành viên, do đồng chí Chủ tịch UBND tỉnh làm Trưởng ban.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=3).replace("huyện, thị xã, thành phố", "huyện, thị xã"), LOC, vn=True),
    _kh(f"{V}/2024/Van ban di/25_KH-SNV_20240305.pdf", "pdf", "25/KH-SNV", "2024-03-05", "Tuyên truyền cải cách hành chính năm 2024 trên địa bàn tỉnh Vạn Ninh",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của người dân, doanh nghiệp về dịch vụ công trực tuyến, thanh toán trực tuyến.", "II. CHỈ TIÊU", "Đăng tải tối thiểu 150 tin, bài về cải cách hành chính trên Cổng thông tin điện tử tỉnh Vạn Ninh và Báo Vạn Ninh.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Cải cách hành chính chủ trì."], TAM, VSNV),
    _kh(f"{V}/2024/Van ban di/KH 31 kiem tra CCHC 2024.docx", "docx", "31/KH-SNV", "2024-03-20", "Kiểm tra công tác cải cách hành chính năm 2024 trên địa bàn tỉnh Vạn Ninh", _check_plan("", "năm 2024", "10", "từ tháng 5 đến tháng 11 năm 2024"), TAM, VSNV),
    _qd_ub(f"{V}/2024/Van ban den/702_QD-UBND_20240510.pdf", "pdf", "702/QĐ-UBND", "2024-05-10",
           "Tiếp nhận hồ sơ thủ tục hành chính vào sáng thứ Bảy tại Trung tâm Phục vụ hành chính công tỉnh Vạn Ninh",
           [LOCAL, ND61B, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Trung tâm Phục vụ hành chính công tỉnh Vạn Ninh tiếp nhận hồ sơ, trả kết quả thủ tục hành chính vào sáng thứ Bảy hằng tuần.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2024.\n\n" + ART_U.format(n=3).replace("huyện, thị xã, thành phố", "huyện, thị xã"), LOC, vn=True),
    _qd_ub(f"{V}/2024/Van ban den/QD 980 danh muc TTHC noi vu Van Ninh.docx", "docx", "980/QĐ-UBND", "2024-06-11",
           "Công bố danh mục thủ tục hành chính lĩnh vực nội vụ thuộc thẩm quyền giải quyết của Sở Nội vụ tỉnh Vạn Ninh",
           [LOCAL, ND61B, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Công bố kèm theo Quyết định này danh mục 64 thủ tục hành chính lĩnh vực nội vụ thuộc thẩm quyền giải quyết của Sở Nội vụ tỉnh Vạn Ninh.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=3).replace("huyện, thị xã, thành phố", "huyện, thị xã"), LOC, vn=True),
    _cv(f"{V}/2024/Van ban di/CV 450 don doc cong khai TTHC.docx", "docx", "450/SNV-CCHC", "2024-08-20", "đôn đốc công khai thủ tục hành chính và cập nhật Cơ sở dữ liệu quốc gia về TTHC",
        ["Qua kiểm tra, một số cơ quan, đơn vị trên địa bàn tỉnh Vạn Ninh chưa niêm yết đầy đủ thủ tục hành chính theo Quyết định số 980/QĐ-UBND ngày 11/6/2024 của UBND tỉnh. Sở Nội vụ tỉnh Vạn Ninh đề nghị khẩn trương khắc phục trước ngày 10/9/2024./."],
        "Các sở, ban, ngành tỉnh; UBND các huyện, thị xã.", TAM, issuer=VSNV),
    _kh(f"{V}/2025/Van ban den/15_KH-UBND Van Ninh_20250116.pdf", "pdf", "15/KH-UBND", "2025-01-16", "Cải cách hành chính năm 2025 của tỉnh Vạn Ninh", _plan("năm 2025", "tỉnh Vạn Ninh", "62%"), LOC, VUB),
    _kh(f"{V}/2025/Van ban di/KH 01 tuyen truyen CCHC 2025.docx", "docx", "01/KH-SNV", "2025-01-08", "Tuyên truyền cải cách hành chính năm 2025 trên địa bàn tỉnh Vạn Ninh",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Tuyên truyền về dịch vụ công trực tuyến toàn trình, thanh toán trực tuyến.", "II. CHỈ TIÊU", "Đăng tải tối thiểu 160 tin, bài về cải cách hành chính.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Cải cách hành chính chủ trì."], TAM, VSNV),
    _qd(f"{V}/2025/Van ban di/05_QD-SNV_20250120.pdf", "pdf", "05/QĐ-SNV", "2025-01-20",
        "Giao nhiệm vụ theo dõi công tác cải cách hành chính năm 2025 tại các sở, ban, ngành và UBND cấp huyện tỉnh Vạn Ninh",
        ["Căn cứ Kế hoạch số 15/KH-UBND ngày 16/01/2025 của UBND tỉnh Vạn Ninh về cải cách hành chính năm 2025;", "Theo đề nghị của Trưởng phòng Cải cách hành chính."],
        "Điều 1. Giao các phòng thuộc Sở theo dõi công tác cải cách hành chính năm 2025 tại 18 sở, ban, ngành và 08 UBND huyện, thị xã (chi tiết kèm theo).\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3), NGUYET, vn=True),
]

DOCS = [*UBND_KP, *SO_CU, *SO_MOI, *VAN_NINH]

# The DỰ THẢO (lần 1) of 68/BC-SNV: no document of its own. It forgets the former Vạn Ninh's half year.
DRAFT_FILE = f"{K}/2025/Van ban di/Du thao BC CCHC nam 2025 (lan 1).docx"
DRAFT_68 = [
    "UBND TỈNH KIẾN PHONG",
    "SỞ NỘI VỤ",
    "Số:       /BC-SNV",
    "Kiến Phong, ngày      tháng 12 năm 2025",
    "DỰ THẢO (lần 1)",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2025",
    "I. KẾT QUẢ THỰC HIỆN",
    "Cải cách thủ tục hành chính: năm 2025, toàn tỉnh tiếp nhận 874.050 hồ sơ (số liệu của tỉnh Kiến Phong (cũ) từ ngày 01/01/2025 đến ngày 30/6/2025 và của tỉnh Kiến Phong từ ngày 01/7/2025 đến ngày 30/11/2025). Ước thực hiện cả năm 2025: khoảng 985.000 hồ sơ.",
    "(Ý kiến góp ý gửi Phòng Cải cách hành chính trước ngày 09/12/2025)",
    "KT. GIÁM ĐỐC",
    "(chưa ký)",
]

__all__ = ["DOCS", "DRAFT_68", "DRAFT_FILE"]
