"""Thirty-fifth held-out archive: the decisions, plans, Công văn, Tờ trình and Thông báo. The Sở
Công Thương tỉnh Phú Diên's own, and the UBND tỉnh's, the Sở Nội vụ's and the Bộ Công Thương's it
received, 2022 – November 2026: the yearly plans with targets (the 2026 plan amended mid-year by
45/KH-SCT), the province's plans and its Chỉ số CCHC decisions (index of year X decided in year
X+1), the lists of TTHC (615 → 1290/QĐ-UBND, 1290 repealed in part by 455/QĐ-UBND), the Quy chế
làm việc (25 → 88/QĐ-SCT), the Quy chế một cửa (40/QĐ-SCT, Điều 5 amended by 70/QĐ-SCT), the
internal procedure 52/QĐ-SCT suspended for a time by 30/QĐ-SCT, the pilot 60/QĐ-SCT extended by
92/QĐ-SCT, the Tờ trình 21/TTr-SCT answered by 1290/QĐ-UBND, the letters of official figures and
the đính chính; the Sở's sector work (xúc tiến thương mại, quản lý chợ, an toàn điện, khuyến công:
no reform area). Fictional. Do not tune on it.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout35_common import (
    BO,
    BO_WHO,
    HUY,
    KHANG,
    LAN,
    LOCAL,
    LOCAL25,
    LONG,
    ND61B,
    ND63,
    NQ76,
    SCT,
    SCT_WHO,
    SNV,
    TAM,
    TO_BO,
    TO_KH,
    TO_QD,
    TO_SECTOR,
    TO_SNV,
    TO_UBKH,
    TO_UBQD,
    TO_UP,
    TRANG,
    UB,
    UB_WHO,
    Doc,
    decision,
)

S = "So Cong Thuong"
ART_S = "Điều {n}. Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
ART_U = "Điều {n}. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
PHONGS = "Các phòng, đơn vị thuộc Sở."
SO_NGANH = "Các sở, ban, ngành tỉnh."


def _f(year: int, out: bool, name: str) -> str:
    return f"{S}/{year}/{'Van ban di' if out else 'Van ban den'}/{name}"


def _qd(file: str, fmt: str, number: str, iso: str, subject: str, grounds: list[str], articles: str, signer: tuple[str, ...] = LONG, **kw) -> Doc:
    """A decision of the Giám đốc Sở."""
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, decision(SCT_WHO, grounds, articles), signer, TO_QD, issuer=SCT, **kw)


def _qd_ub(file: str, fmt: str, number: str, iso: str, subject: str, grounds: list[str], articles: str, signer: tuple[str, ...] = LAN, **kw) -> Doc:
    """A decision of the UBND tỉnh."""
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, decision(UB_WHO, grounds, articles), signer, TO_UBQD, issuer=UB, **kw)


def _kh(file: str, fmt: str, number: str, iso: str, subject: str, paras: list[str], signer: tuple[str, ...] = LONG, issuer: tuple[str, ...] = SCT, to: tuple[str, ...] = (), **kw) -> Doc:
    to = to or (TO_UBKH if issuer == UB else TO_KH)
    return Doc(file, fmt, number, iso, "KẾ HOẠCH", subject, "\n\n".join(paras), signer, to, issuer=issuer, **kw)


def _cv(file: str, fmt: str, number: str, iso: str, subject: str, paras: list[str], kinh_gui: str, signer: tuple[str, ...] = TRANG, to: tuple[str, ...] = TO_UP, issuer: tuple[str, ...] = SCT, **kw) -> Doc:
    return Doc(file, fmt, number, iso, "", subject, "\n\n".join(paras), signer, to, issuer=issuer, kinh_gui=kinh_gui, **kw)


def _plan(year: str, online: str) -> list[str]:
    """The UBND tỉnh's yearly reform plan."""
    return [
        "I. MỤC ĐÍCH, YÊU CẦU",
        f"Triển khai đồng bộ, hiệu quả công tác cải cách hành chính {year} trên địa bàn tỉnh Phú Diên; gắn trách nhiệm người đứng đầu với kết quả cải cách hành chính.",
        "II. NHIỆM VỤ VÀ CHỈ TIÊU",
        f"1. Cải cách thủ tục hành chính: 100% TTHC được công khai đúng quy định; tỷ lệ hồ sơ tiếp nhận trực tuyến của toàn tỉnh đạt tối thiểu {online}.",
        "2. Xây dựng chính quyền số: 100% văn bản được ký số và xử lý trên môi trường điện tử (trừ văn bản mật).",
        "III. TỔ CHỨC THỰC HIỆN",
        "Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh. Các sở, ban, ngành xây dựng kế hoạch cải cách hành chính của cơ quan mình.",
    ]


def _own_plan(lead: str, year: str, online: str, on_time: str, digitised: str) -> list[str]:
    """The Sở's yearly reform plan with its targets (chỉ tiêu) in khoản 1 Mục II."""
    return [
        lead,
        "I. MỤC ĐÍCH, YÊU CẦU",
        f"Thực hiện đồng bộ các nhiệm vụ cải cách hành chính {year} tại Sở Công Thương; nâng cao chất lượng giải quyết thủ tục hành chính cho người dân, doanh nghiệp.",
        "II. NHIỆM VỤ VÀ CHỈ TIÊU",
        f"1. Chỉ tiêu: tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến đạt tối thiểu {online}; tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu {on_time}; tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa đạt tối thiểu {digitised}.",
        "2. Nhiệm vụ: rà soát, đơn giản hóa TTHC; kiểm tra công tác cải cách hành chính tại các phòng, đơn vị; tuyên truyền cải cách hành chính.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Văn phòng Sở là đơn vị thường trực, theo dõi, đôn đốc, tổng hợp, báo cáo kết quả thực hiện theo quý, 6 tháng, 9 tháng và năm.",
    ]


def _check_plan(lead: str, year: str, count: str, months: str) -> list[str]:
    """The Sở's plan of inspections."""
    return [
        lead,
        "I. MỤC ĐÍCH, YÊU CẦU",
        f"Đánh giá việc thực hiện nhiệm vụ cải cách hành chính {year} của các phòng, đơn vị thuộc Sở và Bộ phận Một cửa; chấn chỉnh kịp thời tồn tại, hạn chế.",
        "II. NỘI DUNG, THỜI GIAN KIỂM TRA",
        f"Tổ chức {count} kiểm tra tại Văn phòng Sở, Phòng Quản lý thương mại, Phòng Kỹ thuật an toàn - Môi trường, Phòng Quản lý công nghiệp, Trung tâm Khuyến công và Xúc tiến thương mại; {months}.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Văn phòng Sở là đơn vị thường trực Đoàn kiểm tra.",
    ]


def _index(year: str, score: str, rank: str) -> str:
    return (
        f"Điều 1. Phê duyệt kết quả Chỉ số cải cách hành chính năm {year} của 19 sở, ban, ngành tỉnh và 9 UBND huyện, thị xã, thành phố; Sở Công Thương đạt {score} điểm, xếp thứ {rank} sở, ban, ngành.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=3)
    )


INDEX_GROUNDS = [LOCAL, "Theo đề nghị của Giám đốc Sở Nội vụ."]
INDEX_SUBJECT = "Phê duyệt kết quả Chỉ số cải cách hành chính năm {y} của các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố"
LIST_SUBJECT = "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Công Thương tỉnh Phú Diên"

# ------------------------------------------------------------------ received: the UBND tỉnh, the Sở Nội vụ, the Bộ
RECEIVED = [
    _kh(_f(2022, False, "KH 10 UBND CCHC 2022.pdf"), "pdf", "10/KH-UBND", "2022-01-07", "Cải cách hành chính năm 2022 của tỉnh Phú Diên", _plan("năm 2022", "50%"), LAN, UB),
    _qd_ub(_f(2022, False, "615_QD-UBND_20220520.pdf"), "pdf", "615/QĐ-UBND", "2022-05-20", LIST_SUBJECT,
           [LOCAL, ND61B, "Theo đề nghị của Giám đốc Sở Công Thương."],
           "Điều 1. Công bố kèm theo Quyết định này danh mục 128 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Công Thương tỉnh Phú Diên (Mục I: lĩnh vực lưu thông hàng hóa trong nước; Mục II: lĩnh vực kinh doanh khí; Mục III: lĩnh vực an toàn thực phẩm; Mục IV: các lĩnh vực khác).\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=3)),
    _kh(_f(2023, False, "08_KH-UBND_20230109.pdf"), "pdf", "08/KH-UBND", "2023-01-09", "Cải cách hành chính năm 2023 của tỉnh Phú Diên", _plan("năm 2023", "60%"), LAN, UB),
    _qd_ub(_f(2023, False, "385_QD-UBND_20230410.pdf"), "pdf", "385/QĐ-UBND", "2023-04-10", INDEX_SUBJECT.format(y=2022), INDEX_GROUNDS, _index("2022", "84,15", "9/19")),
    Doc(_f(2023, False, "2150_QD-BCT_20230821.pdf"), "pdf", "2150/QĐ-BCT", "2023-08-21", "QUYẾT ĐỊNH",
        "Công bố thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực lưu thông hàng hóa trong nước thuộc phạm vi chức năng quản lý của Bộ Công Thương",
        decision(BO_WHO, [ND63, "Theo đề nghị của Vụ trưởng Vụ Thị trường trong nước và Vụ trưởng Vụ Pháp chế."],
                 "Điều 1. Công bố kèm theo Quyết định này 14 thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực lưu thông hàng hóa trong nước, trong đó 09 thủ tục thực hiện tại Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2023.\n\nĐiều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Thị trường trong nước, Giám đốc Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."),
        KHANG, TO_BO, issuer=BO),
    _kh(_f(2024, False, "14_KH-UBND_20240110.pdf"), "pdf", "14/KH-UBND", "2024-01-10", "Cải cách hành chính năm 2024 của tỉnh Phú Diên", _plan("năm 2024", "70%"), LAN, UB),
    _qd_ub(_f(2024, False, "QD 356 Chi so CCHC 2023.docx"), "docx", "356/QĐ-UBND", "2024-04-05", INDEX_SUBJECT.format(y=2023), INDEX_GROUNDS, _index("2023", "86,02", "6/19")),
    _qd_ub(_f(2024, False, "1290_QD-UBND_20240614.pdf"), "pdf", "1290/QĐ-UBND", "2024-06-14", LIST_SUBJECT,
           [LOCAL, ND61B, "Căn cứ Quyết định số 2150/QĐ-BCT ngày 21/8/2023 của Bộ trưởng Bộ Công Thương công bố thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực lưu thông hàng hóa trong nước;", "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 21/TTr-SCT ngày 03/6/2024."],
           "Điều 1. Công bố kèm theo Quyết định này danh mục 121 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Công Thương tỉnh Phú Diên (Mục I: lĩnh vực lưu thông hàng hóa trong nước; Mục II: lĩnh vực kinh doanh khí, 05 thủ tục; Mục III: lĩnh vực an toàn thực phẩm; Mục IV: các lĩnh vực khác).\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2024 và thay thế Quyết định số 615/QĐ-UBND ngày 20/5/2022 của UBND tỉnh.\n\n" + ART_U.format(n=3),
           copy=_f(2024, False, "1290_QD-UBND_20240614.docx")),
    Doc(_f(2024, False, "VB den 312 SNV don doc CCHC cuoi nam 2024.txt"), "eoffice", "312/SNV-CCHC", "2024-09-20", "", "đôn đốc thực hiện nhiệm vụ cải cách hành chính những tháng cuối năm 2024",
        "Đến ngày 15/9/2024, một số cơ quan chưa hoàn thành nhiệm vụ tại Kế hoạch số 14/KH-UBND ngày 10/01/2024 của UBND tỉnh, nhất là tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC. Sở Nội vụ đề nghị các sở, ban, ngành khẩn trương khắc phục, báo cáo kết quả trước ngày 31/10/2024./.",
        HUY, TO_SNV, issuer=SNV, kinh_gui=SO_NGANH, incoming=("1845", "23/9/2024")),
    _kh(_f(2025, False, "11_KH-UBND_20250108.pdf"), "pdf", "11/KH-UBND", "2025-01-08", "Cải cách hành chính năm 2025 của tỉnh Phú Diên", _plan("năm 2025", "80%"), LAN, UB),
    _qd_ub(_f(2025, False, "298_QD-UBND_20250328.pdf"), "pdf", "298/QĐ-UBND", "2025-03-28", INDEX_SUBJECT.format(y=2024), INDEX_GROUNDS, _index("2024", "88,47", "4/19")),
    Doc(_f(2025, False, "TB 205 ket luan kiem tra CCHC tai So Cong Thuong.txt"), "txt", "205/TB-UBND", "2025-08-12", "THÔNG BÁO", "Kết luận kiểm tra công tác cải cách hành chính tại Sở Công Thương năm 2025",
        "Ngày 29/7/2025, Đoàn kiểm tra cải cách hành chính của UBND tỉnh kiểm tra tại Sở Công Thương. Phó Chủ tịch UBND tỉnh, Trưởng đoàn kiểm tra kết luận như sau:\n\n1. Sở Công Thương thực hiện tốt việc công khai TTHC, tỷ lệ hồ sơ trực tuyến cao.\n\n2. Tồn tại: tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC năm 2024 chưa đạt chỉ tiêu; còn hồ sơ trễ hạn lĩnh vực an toàn thực phẩm.\n\n3. Yêu cầu Sở Công Thương khắc phục tồn tại, báo cáo kết quả về Sở Nội vụ trước ngày 30/9/2025.\n\nVăn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
        ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "(Đã ký)", "Đinh Quang Sơn"), ("- Sở Công Thương;", "- Sở Nội vụ;", "- Lưu: VT."), issuer=UB),
    _cv(_f(2025, False, "scan_0412.pdf"), "scan", "268/SNV-CCHC", "2025-09-22", "đôn đốc thực hiện nhiệm vụ cải cách hành chính quý IV năm 2025",
        ["Thực hiện Kế hoạch số 11/KH-UBND ngày 08/01/2025 của UBND tỉnh, Sở Nội vụ đề nghị các sở, ban, ngành hoàn thành số hóa hồ sơ, kết quả giải quyết TTHC, gửi báo cáo cải cách hành chính năm 2025 (số liệu đến ngày 30/11/2025 và ước thực hiện cả năm) trước ngày 12/12/2025; số liệu chính thức cả năm gửi trước ngày 10/01/2026./."],
        SO_NGANH, HUY, TO_SNV, SNV),
    _kh(_f(2025, False, "275_KH-UBND_20251223.pdf"), "pdf", "275/KH-UBND", "2025-12-23", "Cải cách hành chính năm 2026 của tỉnh Phú Diên", _plan("năm 2026", "90%"), LAN, UB),
    _qd_ub(_f(2026, False, "QD 310 Chi so CCHC 2025.docx"), "docx", "310/QĐ-UBND", "2026-03-27", INDEX_SUBJECT.format(y=2025), [LOCAL25, "Theo đề nghị của Giám đốc Sở Nội vụ."], _index("2025", "90,12", "2/19")),
    _cv(_f(2026, False, "195_SNV-CCHC_20260508.pdf"), "pdf", "195/SNV-CCHC", "2026-05-08", "điều chỉnh chỉ tiêu số hóa hồ sơ, kết quả giải quyết TTHC năm 2026",
        ["Thực hiện chỉ đạo của UBND tỉnh, Sở Nội vụ đề nghị các sở, ban, ngành điều chỉnh chỉ tiêu tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa năm 2026 trong kế hoạch cải cách hành chính của cơ quan mình lên 100%, hoàn thành trước ngày 15/6/2026./."],
        SO_NGANH, HUY, TO_SNV, SNV),
    _qd_ub(_f(2026, False, "QD 455 bai bo TTHC kinh doanh khi.docx"), "docx", "455/QĐ-UBND", "2026-05-15",
           "Bãi bỏ một phần danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Công Thương tỉnh Phú Diên ban hành kèm theo Quyết định số 1290/QĐ-UBND ngày 14/6/2024",
           [LOCAL25, "Căn cứ Quyết định số 1290/QĐ-UBND ngày 14/6/2024 của UBND tỉnh công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Công Thương tỉnh Phú Diên;", "Theo đề nghị của Giám đốc Sở Công Thương."],
           "Điều 1. Bãi bỏ Mục II (lĩnh vực kinh doanh khí, 05 thủ tục hành chính) danh mục thủ tục hành chính ban hành kèm theo Quyết định số 1290/QĐ-UBND ngày 14/6/2024 của UBND tỉnh. Các mục khác của danh mục tiếp tục thực hiện.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2026.\n\n" + ART_U.format(n=3)),
]

# ------------------------------------------------------------------ the Sở, 2022 – 2024
OWN_EARLY = [
    _kh(_f(2022, True, "KH 05 CCHC 2022.docx"), "docx", "05/KH-SCT", "2022-01-17", "Cải cách hành chính năm 2022 của Sở Công Thương",
        _own_plan("Thực hiện Kế hoạch số 10/KH-UBND ngày 07/01/2022 của UBND tỉnh về cải cách hành chính năm 2022, Sở Công Thương ban hành Kế hoạch như sau:", "năm 2022", "80%", "98%", "40%")),
    _qd(_f(2022, True, "25_QD-SCT_20220302.pdf"), "pdf", "25/QĐ-SCT", "2022-03-02", "Ban hành Quy chế làm việc của Sở Công Thương tỉnh Phú Diên",
        [NQ76, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Công Thương tỉnh Phú Diên.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3)),
    _qd(_f(2022, True, "QD 40 Quy che Bo phan Mot cua.docx"), "docx", "40/QĐ-SCT", "2022-04-12", "Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Công Thương",
        [ND61B, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Công Thương theo các Điều 2 đến Điều 6 Quyết định này.\n\nĐiều 2. Bộ phận Một cửa đặt tại Văn phòng Sở, tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính của Sở.\n\nĐiều 3. Hồ sơ được tiếp nhận trực tiếp, qua dịch vụ bưu chính công ích và trực tuyến trên Cổng dịch vụ công.\n\nĐiều 4. Công chức Bộ phận Một cửa do Chánh Văn phòng Sở phân công.\n\nĐiều 5. Thời gian tiếp nhận hồ sơ: từ thứ Hai đến thứ Sáu hằng tuần (trừ ngày nghỉ lễ, Tết).\n\nĐiều 6. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=7)),
    _cv(_f(2022, True, "CV 118 quan ly cho.docx"), "docx", "118/SCT-QLTM", "2022-06-15", "tăng cường quản lý, phòng cháy, chữa cháy tại các chợ",
        ["Trên địa bàn tỉnh hiện có 215 chợ (04 chợ hạng I, 23 chợ hạng II, 188 chợ hạng III). Sở Công Thương đề nghị UBND các huyện, thị xã, thành phố chỉ đạo ban quản lý chợ kiểm tra hệ thống điện, phương tiện phòng cháy, chữa cháy trước ngày 30/7/2022./."],
        "UBND các huyện, thị xã, thành phố.", TRANG, TO_SECTOR),
    _kh(_f(2023, True, "KH 06 CCHC.docx"), "docx", "06/KH-SCT", "2023-01-12", "Cải cách hành chính năm 2023 của Sở Công Thương",
        _own_plan("Thực hiện Kế hoạch số 08/KH-UBND ngày 09/01/2023 của UBND tỉnh về cải cách hành chính năm 2023, Sở Công Thương ban hành Kế hoạch như sau:", "năm 2023", "90%", "98%", "60%")),
    _kh(_f(2023, True, "KH 35 xuc tien thuong mai 2023.docx"), "docx", "35/KH-SCT", "2023-03-15", "Xúc tiến thương mại năm 2023",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Hỗ trợ doanh nghiệp tỉnh Phú Diên quảng bá sản phẩm, mở rộng thị trường trong nước và xuất khẩu.", "II. NỘI DUNG", "Tổ chức 03 hội chợ, triển lãm; hỗ trợ 42 doanh nghiệp tham gia hội chợ trong nước.", "III. TỔ CHỨC THỰC HIỆN", "Trung tâm Khuyến công và Xúc tiến thương mại chủ trì."], TRANG, to=TO_SECTOR),
    _qd(_f(2023, True, "52_QD-SCT_20230508.pdf"), "pdf", "52/QĐ-SCT", "2023-05-08", "Ban hành quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực an toàn thực phẩm thuộc thẩm quyền của Sở Công Thương",
        [ND61B, "Căn cứ Quyết định số 615/QĐ-UBND ngày 20/5/2022 của UBND tỉnh công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Công Thương tỉnh Phú Diên;", "Theo đề nghị của Trưởng phòng Kỹ thuật an toàn - Môi trường."],
        "Điều 1. Ban hành kèm theo Quyết định này quy trình nội bộ giải quyết 07 thủ tục hành chính lĩnh vực an toàn thực phẩm thuộc thẩm quyền của Sở Công Thương.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3), TRANG),
    _qd(_f(2023, True, "QD 78 To cong tac ra soat TTHC.docx"), "docx", "78/QĐ-SCT", "2023-07-10", "Thành lập Tổ công tác rà soát, đơn giản hóa thủ tục hành chính của Sở Công Thương",
        [NQ76, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Thành lập Tổ công tác rà soát, đơn giản hóa thủ tục hành chính của Sở Công Thương gồm 07 thành viên, do Phó Giám đốc Lê Thị Thu Trang làm Tổ trưởng.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3)),
    _kh(_f(2024, True, "09_KH-SCT_20240116.pdf"), "pdf", "09/KH-SCT", "2024-01-16", "Cải cách hành chính năm 2024 của Sở Công Thương",
        _own_plan("Thực hiện Kế hoạch số 14/KH-UBND ngày 10/01/2024 của UBND tỉnh về cải cách hành chính năm 2024, Sở Công Thương ban hành Kế hoạch như sau:", "năm 2024", "95%", "99%", "80%")),
    _kh(_f(2024, True, "KH 18 kiem tra CCHC 2024.docx"), "docx", "18/KH-SCT", "2024-02-20", "Kiểm tra công tác cải cách hành chính năm 2024",
        _check_plan("Thực hiện Kế hoạch số 09/KH-SCT ngày 16/01/2024 của Sở Công Thương về cải cách hành chính năm 2024, Sở ban hành Kế hoạch kiểm tra như sau:", "năm 2024", "05 cuộc", "từ tháng 4 đến tháng 11 năm 2024"), TRANG),
    Doc(_f(2024, True, "TTr 21 de nghi cong bo danh muc TTHC.docx"), "docx", "21/TTr-SCT", "2024-06-03", "TỜ TRÌNH", "Đề nghị công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Công Thương tỉnh Phú Diên",
        "Kính gửi: Ủy ban nhân dân tỉnh Phú Diên.\n\nThực hiện Quyết định số 2150/QĐ-BCT ngày 21/8/2023 của Bộ trưởng Bộ Công Thương, Sở Công Thương đã rà soát các thủ tục hành chính thuộc thẩm quyền giải quyết của Sở: danh mục hiện hành gồm 128 thủ tục hành chính (Quyết định số 615/QĐ-UBND ngày 20/5/2022 của UBND tỉnh); đề nghị công bố danh mục mới gồm 121 thủ tục hành chính, thay thế danh mục hiện hành.\n\nSở Công Thương kính trình UBND tỉnh xem xét, quyết định./.",
        LONG, ("- Như trên;", "- Văn phòng UBND tỉnh;", "- Lưu: VT, VP.")),
    _qd(_f(2024, True, "60_QD-SCT_20240625.pdf"), "pdf", "60/QĐ-SCT", "2024-06-25", "Thí điểm trả kết quả giải quyết thủ tục hành chính tại nhà qua dịch vụ bưu chính công ích không thu phí",
        [ND61B, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Thí điểm trả kết quả giải quyết thủ tục hành chính lĩnh vực lưu thông hàng hóa trong nước tại địa chỉ của tổ chức, cá nhân qua dịch vụ bưu chính công ích, Sở Công Thương chi trả cước phí.\n\nĐiều 2. Thời gian thí điểm từ ngày 01/7/2024 đến hết ngày 31/12/2024.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2024.\n\n" + ART_S.format(n=4)),
    _qd(_f(2024, True, "QD 70 sua doi Dieu 5 Quy che Mot cua.docx"), "docx", "70/QĐ-SCT", "2024-07-22", "Sửa đổi Điều 5 Quyết định số 40/QĐ-SCT ngày 12/4/2022 ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Công Thương",
        ["Căn cứ Quyết định số 40/QĐ-SCT ngày 12/4/2022 của Giám đốc Sở Công Thương;", "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Sửa đổi Điều 5 Quyết định số 40/QĐ-SCT ngày 12/4/2022 như sau: \"Điều 5. Thời gian tiếp nhận hồ sơ: từ thứ Hai đến thứ Sáu và sáng thứ Bảy hằng tuần (trừ ngày nghỉ lễ, Tết).\"\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2024. Các điều khác của Quyết định số 40/QĐ-SCT giữ nguyên.\n\n" + ART_S.format(n=3)),
    _cv(_f(2024, True, "CV 205 an toan dien mua mua bao 2024.docx"), "docx", "205/SCT-KTAT", "2024-08-05", "bảo đảm an toàn công trình điện mùa mưa bão năm 2024",
        ["Trên địa bàn tỉnh có 1.286 km đường dây trung áp và 2.140 trạm biến áp. Sở Công Thương đề nghị Công ty Điện lực Phú Diên kiểm tra hành lang an toàn lưới điện, phương án ứng phó mưa bão, báo cáo trước ngày 30/8/2024./."],
        "Công ty Điện lực Phú Diên; các chủ đầu tư công trình điện.", TRANG, TO_SECTOR),
    _cv(_f(2024, True, "318_SCT-VP_20241002.pdf"), "pdf", "318/SCT-VP", "2024-10-02", "triển khai nhiệm vụ cải cách hành chính những tháng cuối năm 2024",
        ["Thực hiện Công văn số 312/SNV-CCHC ngày 20/9/2024 của Sở Nội vụ, Giám đốc Sở yêu cầu các phòng, đơn vị số hóa 100% hồ sơ, kết quả giải quyết TTHC tiếp nhận từ ngày 15/10/2024; báo cáo kết quả về Văn phòng Sở trước ngày 25/10/2024./."],
        PHONGS, TRANG),
    _qd(_f(2024, True, "QD 92 gia han thi diem tra ket qua tai nha.docx"), "docx", "92/QĐ-SCT", "2024-12-05", "Gia hạn thời gian thí điểm trả kết quả giải quyết thủ tục hành chính tại nhà qua dịch vụ bưu chính công ích không thu phí",
        ["Căn cứ Quyết định số 60/QĐ-SCT ngày 25/6/2024 của Giám đốc Sở Công Thương;", "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Sửa đổi Điều 2 Quyết định số 60/QĐ-SCT ngày 25/6/2024 như sau: \"Điều 2. Thời gian thí điểm từ ngày 01/7/2024 đến hết ngày 30/6/2025.\"\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký. Các nội dung khác của Quyết định số 60/QĐ-SCT giữ nguyên.\n\n" + ART_S.format(n=3)),
]

# ------------------------------------------------------------------ the Sở, 2025 – November 2026
OWN_LATE = [
    _cv(_f(2025, True, "CV 05 so lieu chinh thuc CCHC 2024.docx"), "docx", "05/SCT-VP", "2025-01-07", "số liệu chính thức kết quả cải cách hành chính năm 2024",
        ["Ngày 10/12/2024, Sở Công Thương gửi Báo cáo số 262/BC-SCT về kết quả cải cách hành chính năm 2024 với số liệu đến ngày 30/11/2024 và ước thực hiện cả năm. Sở Công Thương gửi số liệu chính thức năm 2024, thay cho số liệu tại Báo cáo số 262/BC-SCT ngày 10/12/2024, như sau:",
         "1. Năm 2024, Sở tiếp nhận 15.618 hồ sơ TTHC; giải quyết đúng hạn 99,6%; giải quyết trễ hạn 21 hồ sơ.",
         "2. Tỷ lệ hồ sơ tiếp nhận trực tuyến năm 2024 đạt 96,1%, tăng so với 93,4% năm 2023 (chỉ tiêu 95%: đạt).",
         "3. Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa đạt 78,6% (chỉ tiêu 80%: chưa đạt).",
         "Các nội dung khác giữ nguyên như Báo cáo số 262/BC-SCT./."],
        "Sở Nội vụ.", TRANG, ("- Như trên;", "- UBND tỉnh (để b/c);", "- Lưu: VT, VP.")),
    _kh(_f(2025, True, "KH 07 CCHC 2025.docx"), "docx", "07/KH-SCT", "2025-01-15", "Cải cách hành chính năm 2025 của Sở Công Thương",
        _own_plan("Thực hiện Kế hoạch số 11/KH-UBND ngày 08/01/2025 của UBND tỉnh về cải cách hành chính năm 2025, Sở Công Thương ban hành Kế hoạch như sau:", "năm 2025", "96%", "99%", "85%")),
    _kh(_f(2025, True, "15_KH-SCT_20250218.pdf"), "pdf", "15/KH-SCT", "2025-02-18", "Kiểm tra công tác cải cách hành chính năm 2025",
        _check_plan("Thực hiện Kế hoạch số 07/KH-SCT ngày 15/01/2025 của Sở Công Thương về cải cách hành chính năm 2025, Sở ban hành Kế hoạch kiểm tra như sau:", "năm 2025", "06 cuộc", "từ tháng 3 đến tháng 11 năm 2025"), TRANG),
    _kh(_f(2025, True, "KH 40 khuyen cong 2025.docx"), "docx", "40/KH-SCT", "2025-03-20", "Khuyến công năm 2025",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Hỗ trợ cơ sở công nghiệp nông thôn đổi mới máy móc, thiết bị, phát triển sản phẩm công nghiệp nông thôn tiêu biểu.", "II. NỘI DUNG", "Thực hiện 18 đề án khuyến công địa phương với tổng kinh phí 6.450 triệu đồng.", "III. TỔ CHỨC THỰC HIỆN", "Trung tâm Khuyến công và Xúc tiến thương mại chủ trì."], TRANG, to=TO_SECTOR),
    _qd(_f(2025, True, "QD 30 tam dung quy trinh noi bo ATTP.docx"), "docx", "30/QĐ-SCT", "2025-03-25", "Tạm dừng áp dụng quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực an toàn thực phẩm ban hành kèm theo Quyết định số 52/QĐ-SCT ngày 08/5/2023",
        ["Căn cứ Quyết định số 52/QĐ-SCT ngày 08/5/2023 của Giám đốc Sở Công Thương;", "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Tạm dừng áp dụng quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực an toàn thực phẩm ban hành kèm theo Quyết định số 52/QĐ-SCT ngày 08/5/2023 từ ngày 01/4/2025 đến hết ngày 30/6/2025, trong thời gian chuyển đổi Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh. Trong thời gian tạm dừng, hồ sơ được giải quyết theo quy trình chung của Bộ phận Một cửa.\n\nĐiều 2. Từ ngày 01/7/2025, quy trình nội bộ tại Quyết định số 52/QĐ-SCT tiếp tục được áp dụng.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2025.\n\n" + ART_S.format(n=4), TRANG),
    _qd(_f(2025, True, "88_QD-SCT_20250718.pdf"), "pdf", "88/QĐ-SCT", "2025-07-18", "Ban hành Quy chế làm việc của Sở Công Thương tỉnh Phú Diên",
        [NQ76, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Công Thương tỉnh Phú Diên.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2025 và thay thế Quyết định số 25/QĐ-SCT ngày 02/3/2022 của Giám đốc Sở Công Thương.\n\n" + ART_S.format(n=3)),
    _cv(_f(2025, True, "CV 352 khac phuc ton tai sau kiem tra.docx"), "docx", "352/SCT-VP", "2025-08-25", "khắc phục tồn tại sau kiểm tra cải cách hành chính",
        ["Thực hiện Thông báo số 205/TB-UBND ngày 12/8/2025 của UBND tỉnh, Giám đốc Sở yêu cầu:",
         "1. Phòng Kỹ thuật an toàn - Môi trường rà soát toàn bộ hồ sơ an toàn thực phẩm, không để phát sinh hồ sơ trễ hạn.",
         "2. Văn phòng Sở hoàn thành số hóa hồ sơ, kết quả giải quyết TTHC, báo cáo kết quả khắc phục trước ngày 20/9/2025./."],
        PHONGS, TRANG),
    _cv(_f(2025, True, "368_SCT-VP_20250929.pdf"), "pdf", "368/SCT-VP", "2025-09-29", "triển khai nhiệm vụ cải cách hành chính quý IV năm 2025",
        ["Thực hiện Công văn số 268/SNV-CCHC ngày 22/9/2025 của Sở Nội vụ, Giám đốc Sở yêu cầu các phòng, đơn vị gửi số liệu cải cách hành chính đến ngày 30/11/2025 về Văn phòng Sở trước ngày 05/12/2025 và số liệu chính thức cả năm trước ngày 05/01/2026./."],
        PHONGS, TRANG),
    _cv(_f(2026, True, "CV 05 so lieu chinh thuc CCHC 2025.docx"), "docx", "05/SCT-VP", "2026-01-07", "số liệu chính thức kết quả cải cách hành chính năm 2025",
        ["Ngày 10/12/2025, Sở Công Thương gửi Báo cáo số 255/BC-SCT về kết quả cải cách hành chính năm 2025 với số liệu đến ngày 30/11/2025 và ước thực hiện cả năm. Sở Công Thương gửi số liệu chính thức năm 2025, thay cho số liệu tại Báo cáo số 255/BC-SCT ngày 10/12/2025, như sau:",
         "1. Năm 2025, Sở tiếp nhận 17.246 hồ sơ TTHC; giải quyết đúng hạn 99,8%; giải quyết trễ hạn 14 hồ sơ.",
         "2. Tỷ lệ hồ sơ tiếp nhận trực tuyến năm 2025 đạt 97,8%, tăng so với 96,1% năm 2024 (chỉ tiêu 96%: đạt).",
         "3. Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa đạt 88,9% (chỉ tiêu 85%: đạt).",
         "Các nội dung khác giữ nguyên như Báo cáo số 255/BC-SCT./."],
        "Sở Nội vụ.", TRANG, ("- Như trên;", "- UBND tỉnh (để b/c);", "- Lưu: VT, VP.")),
    _kh(_f(2026, True, "06_KH-SCT_20260114.pdf"), "pdf", "06/KH-SCT", "2026-01-14", "Cải cách hành chính năm 2026 của Sở Công Thương",
        _own_plan("Thực hiện Kế hoạch số 275/KH-UBND ngày 23/12/2025 của UBND tỉnh về cải cách hành chính năm 2026, Sở Công Thương ban hành Kế hoạch như sau:", "năm 2026", "97%", "99,5%", "90%")),
    _kh(_f(2026, True, "KH 12 kiem tra CCHC 2026.docx"), "docx", "12/KH-SCT", "2026-02-10", "Kiểm tra công tác cải cách hành chính năm 2026",
        _check_plan("Thực hiện Kế hoạch số 06/KH-SCT ngày 14/01/2026 của Sở Công Thương về cải cách hành chính năm 2026, Sở ban hành Kế hoạch kiểm tra như sau:", "năm 2026", "06 cuộc", "từ tháng 3 đến tháng 11 năm 2026"), TRANG),
    _cv(_f(2026, True, "CV 218 Hoi cho Cong Thuong 2026.docx"), "docx", "218/SCT-QLTM", "2026-03-18", "tham gia Hội chợ Công Thương tỉnh Phú Diên năm 2026",
        ["Hội chợ Công Thương tỉnh Phú Diên năm 2026 tổ chức từ ngày 20/4/2026 đến ngày 26/4/2026 tại Quảng trường tỉnh với quy mô 160 gian hàng. Sở Công Thương đề nghị các doanh nghiệp đăng ký tham gia trước ngày 05/4/2026./."],
        "Các doanh nghiệp, hợp tác xã trên địa bàn tỉnh.", TRANG, TO_SECTOR),
    _qd(_f(2026, True, "QD 38 Quy che chu ky so.docx"), "docx", "38/QĐ-SCT", "2026-04-20", "Ban hành Quy chế quản lý, sử dụng chữ ký số và văn bản điện tử tại Sở Công Thương",
        [NQ76, "Theo đề nghị của Chánh Văn phòng Sở."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số và văn bản điện tử tại Sở Công Thương.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_S.format(n=3)),
    _cv(_f(2026, True, "CV 215 cap nhat danh muc TTHC.docx"), "docx", "215/SCT-VP", "2026-05-25", "cập nhật danh mục thủ tục hành chính sau khi bãi bỏ thủ tục lĩnh vực kinh doanh khí",
        ["Thực hiện Quyết định số 455/QĐ-UBND ngày 15/5/2026 của UBND tỉnh, Văn phòng Sở gỡ bỏ niêm yết 05 thủ tục hành chính lĩnh vực kinh doanh khí tại Bộ phận Một cửa và trên Cổng dịch vụ công từ ngày 01/6/2026; danh mục niêm yết còn 116 thủ tục hành chính./."],
        PHONGS, TAM),
    _kh(_f(2026, True, "45_KH-SCT_20260612.pdf"), "pdf", "45/KH-SCT", "2026-06-12", "Sửa đổi, bổ sung Kế hoạch số 06/KH-SCT ngày 14/01/2026 về cải cách hành chính năm 2026 của Sở Công Thương",
        ["Thực hiện Công văn số 195/SNV-CCHC ngày 08/5/2026 của Sở Nội vụ, Sở Công Thương sửa đổi, bổ sung Kế hoạch số 06/KH-SCT ngày 14/01/2026 như sau:",
         "1. Sửa đổi khoản 1 Mục II như sau: \"1. Chỉ tiêu: tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến đạt tối thiểu 98%; tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 99,5%; tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa đạt 100%.\"",
         "2. Các nội dung khác của Kế hoạch số 06/KH-SCT giữ nguyên. Kế hoạch này có hiệu lực kể từ ngày ký."]),
    _cv(_f(2026, True, "CV 298 dinh chinh BC 142.docx"), "docx", "298/SCT-VP", "2026-07-10", "đính chính Báo cáo số 142/BC-SCT ngày 03/7/2026",
        ["Do sơ suất trong tổng hợp, Báo cáo số 142/BC-SCT ngày 03/7/2026 của Sở Công Thương về kết quả cải cách hành chính quý II và 6 tháng đầu năm 2026 ghi sai số liệu hồ sơ trễ hạn. Sở Công Thương đính chính như sau:",
         "1. Tại khoản 3 Mục I: \"quý II năm 2026 giải quyết trễ hạn 52 hồ sơ\" sửa thành \"quý II năm 2026 giải quyết trễ hạn 25 hồ sơ\".",
         "2. Tại khoản 3 Mục I và bảng số liệu: \"lũy kế 6 tháng giải quyết trễ hạn 55 hồ sơ\" sửa thành \"lũy kế 6 tháng giải quyết trễ hạn 28 hồ sơ\".",
         "Các nội dung khác của Báo cáo số 142/BC-SCT giữ nguyên./."],
        "Sở Nội vụ.", TRANG, ("- Như trên;", "- UBND tỉnh (để b/c);", "- Lưu: VT, VP.")),
    _cv(_f(2026, True, "CV 268 an toan dien mua mua bao 2026.docx"), "docx", "268/SCT-KTAT", "2026-08-06", "bảo đảm an toàn đập, hồ chứa thủy điện mùa mưa lũ năm 2026",
        ["Trên địa bàn tỉnh có 37 công trình thủy điện đang vận hành. Sở Công Thương đề nghị các chủ đập kiểm tra phương án ứng phó thiên tai, vận hành hồ chứa đúng quy trình, báo cáo trước ngày 25/8/2026./."],
        "Các chủ đập, hồ chứa thủy điện trên địa bàn tỉnh.", TRANG, TO_SECTOR),
    _cv(_f(2026, True, "CV 470 tu danh gia Chi so CCHC 2026.docx"), "docx", "470/SCT-VP", "2026-11-20", "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 của Sở Công Thương",
        ["Thực hiện Kế hoạch số 06/KH-SCT ngày 14/01/2026 của Sở Công Thương về cải cách hành chính năm 2026 (được sửa đổi, bổ sung tại Kế hoạch số 45/KH-SCT ngày 12/6/2026), Văn phòng Sở hướng dẫn các phòng, đơn vị tự đánh giá, chấm điểm các tiêu chí thành phần Chỉ số cải cách hành chính năm 2026, gửi tài liệu kiểm chứng về Văn phòng Sở trước ngày 05/12/2026./."],
        PHONGS, TAM),
]

DOCS = [*RECEIVED, *OWN_EARLY, *OWN_LATE]

# The DỰ THẢO (lần 1) of the report 142/BC-SCT: no document of its own; its figures (to 20/6/2026)
# are not in the signed report.
DRAFT_FILE = f"{S}/Bao cao/Du thao BC CCHC quy II 2026 (lan 1).docx"
DRAFT_142 = [
    "UBND TỈNH PHÚ DIÊN",
    "SỞ CÔNG THƯƠNG",
    "Số:       /BC-SCT",
    "Phú Diên, ngày      tháng 6 năm 2026",
    "DỰ THẢO (lần 1)",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính quý II và 6 tháng đầu năm 2026",
    "I. KẾT QUẢ THỰC HIỆN",
    "Cải cách thủ tục hành chính: từ ngày 01/01/2026 đến ngày 20/6/2026, Sở tiếp nhận 8.260 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 97,7%.",
    "(Ý kiến góp ý gửi Văn phòng Sở trước ngày 26/6/2026)",
    "KT. GIÁM ĐỐC",
    "(chưa ký)",
]

__all__ = ["DOCS", "DRAFT_142", "DRAFT_FILE"]
