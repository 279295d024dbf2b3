"""Thirty-fourth held-out archive: the decisions, plans, Công văn and Thông báo. The Ban Quản lý các
khu công nghiệp tỉnh Thanh Bình's own, and the UBND tỉnh's, the Sở Nội vụ's and the Bộ Kế hoạch và
Đầu tư's it received, 2021 – October 2026: LOOK-ALIKES (the UBND tỉnh's lists of TTHC 512 and
1187/QĐ-UBND, the Bộ's 1450/QĐ-BKHĐT and the Ban's own decisions carrying them out; the province's
yearly plans and the Ban's; the province's Quy chế 645/QĐ-UBND, applying to the Ban in some articles
only, and the Ban's 21/QĐ-BQL), the delegation 890/QĐ-UBND (a term, extended by 1020/QĐ-UBND, ended
in part by 1350/QĐ-UBND, a new one 45/QĐ-UBND), the Ban's phân công 30 → 70/QĐ-BQL, the division
renamed from 01/7/2025 (980/QĐ-UBND), the lives; the Ban's sector work (đầu tư, lao động, môi
trường: no reform area). Fictional. Do not tune on it.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout34_common import (
    BAO,
    BO,
    BO_WHO,
    BQL,
    BQL_WHO,
    HAI,
    HANG,
    HANH,
    KHAI,
    LOCAL,
    LOCAL25,
    ND35,
    ND61B,
    NQ76,
    SNV,
    TO_BO,
    TO_KH,
    TO_QD,
    TO_SECTOR,
    TO_SNV,
    TO_UBKH,
    TO_UBQD,
    TO_UP,
    TRUNG,
    UB,
    UB_WHO,
    VINH,
    Doc,
    decision,
)

S = "Ban Quan ly KCN"
ART_B = "Điều {n}. Chánh Văn phòng Ban, Trưởng các phòng thuộc Ban và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
ART_U = "Điều {n}. Chánh Văn phòng UBND tỉnh, Trưởng Ban Quản lý các khu công nghiệp tỉnh, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
PHONGS = "Các phòng thuộc Ban."
DELEGATED = "Căn cứ Quyết định số 890/QĐ-UBND ngày 15/6/2022 của UBND tỉnh ủy quyền cho Ban Quản lý các khu công nghiệp tỉnh Thanh Bình giải quyết một số thủ tục hành chính;"


def _f(year: int, out: bool, name: str) -> str:
    return f"{S}/{year}/{'Van ban di' if out else 'Van ban den'}/{name}"


def _qd(file: str, fmt: str, number: str, iso: str, subject: str, grounds: list[str], articles: str, signer: tuple[str, ...] = KHAI, **kw) -> Doc:
    """A decision of the Trưởng ban."""
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, decision(BQL_WHO, grounds, articles), signer, TO_QD, issuer=BQL, **kw)


def _qd_ub(file: str, fmt: str, number: str, iso: str, subject: str, grounds: list[str], articles: str, signer: tuple[str, ...] = HANH, **kw) -> Doc:
    """A decision of the UBND tỉnh."""
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, decision(UB_WHO, grounds, articles), signer, TO_UBQD, issuer=UB, **kw)


def _kh(file: str, fmt: str, number: str, iso: str, subject: str, paras: list[str], signer: tuple[str, ...] = KHAI, issuer: tuple[str, ...] = BQL, to: tuple[str, ...] = (), **kw) -> Doc:
    to = to or (TO_UBKH if issuer == UB else TO_KH)
    return Doc(file, fmt, number, iso, "KẾ HOẠCH", subject, "\n\n".join(paras), signer, to, issuer=issuer, **kw)


def _cv(file: str, fmt: str, number: str, iso: str, subject: str, paras: list[str], kinh_gui: str, signer: tuple[str, ...] = HANG, to: tuple[str, ...] = TO_UP, issuer: tuple[str, ...] = BQL, **kw) -> Doc:
    return Doc(file, fmt, number, iso, "", subject, "\n\n".join(paras), signer, to, issuer=issuer, kinh_gui=kinh_gui, **kw)


def _plan(year: str, online: str, extra: str = "") -> list[str]:
    """The UBND tỉnh's yearly reform plan."""
    return [
        "I. MỤC ĐÍCH, YÊU CẦU",
        f"Triển khai đồng bộ, hiệu quả công tác cải cách hành chính {year} trên địa bàn tỉnh Thanh Bình; gắn trách nhiệm người đứng đầu với kết quả cải cách hành chính.",
        "II. NHIỆM VỤ VÀ CHỈ TIÊU",
        f"1. Cải cách thủ tục hành chính: 100% TTHC được công khai đúng quy định; tỷ lệ hồ sơ tiếp nhận trực tuyến của toàn tỉnh đạt tối thiểu {online}; tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 98%.{extra}",
        "2. Cải cách tổ chức bộ máy, chế độ công vụ: thực hiện nghiêm kỷ luật, kỷ cương hành chính.",
        "3. Xây dựng chính quyền số: 100% văn bản được ký số và xử lý trên môi trường điện tử (trừ văn bản mật).",
        "III. TỔ CHỨC THỰC HIỆN",
        "Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh. Ban Quản lý các khu công nghiệp tỉnh xây dựng kế hoạch của cơ quan mình.",
    ]


def _own_plan(lead: str, year: str, online: str, unit: str = "Phòng Quản lý doanh nghiệp") -> list[str]:
    """The Ban's yearly reform plan."""
    return [
        lead,
        "I. MỤC ĐÍCH, YÊU CẦU",
        f"Thực hiện đồng bộ các nhiệm vụ cải cách hành chính {year} tại Ban Quản lý các khu công nghiệp; nâng cao chất lượng giải quyết thủ tục hành chính cho nhà đầu tư, doanh nghiệp trong các khu công nghiệp.",
        "II. NHIỆM VỤ VÀ CHỈ TIÊU",
        f"1. Cải cách thủ tục hành chính: tỷ lệ hồ sơ TTHC của Ban tiếp nhận trực tuyến đạt tối thiểu {online}; 100% hồ sơ giải quyết đúng hoặc trước hạn.",
        "2. Chỉ đạo, điều hành: đạt thứ hạng Chỉ số cải cách hành chính trong nhóm 5 sở, ban, ngành dẫn đầu.",
        "III. TỔ CHỨC THỰC HIỆN",
        f"Văn phòng Ban là đơn vị thường trực, theo dõi, đôn đốc, tổng hợp, báo cáo; {unit} chủ trì các nhiệm vụ về thủ tục hành chính lĩnh vực đầu tư.",
    ]


def _check_plan(lead: str, year: str, count: str, months: str, unit: str) -> list[str]:
    """The Ban's plan of inspections."""
    return [
        lead,
        "I. MỤC ĐÍCH, YÊU CẦU",
        f"Đánh giá việc thực hiện nhiệm vụ cải cách hành chính {year} của các phòng thuộc Ban và Bộ phận Một cửa; chấn chỉnh kịp thời tồn tại, hạn chế.",
        "II. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA",
        f"Kiểm tra tại {count} phòng, đơn vị (Văn phòng Ban, {unit}, Phòng Quản lý quy hoạch và xây dựng, Phòng Quản lý môi trường, Bộ phận Một cửa); {months}.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Văn phòng Ban là đơn vị thường trực Đoàn kiểm tra.",
    ]


def _delegation(terms: str, items: list[str]) -> str:
    arts = "Điều 1. Ủy quyền cho Ban Quản lý các khu công nghiệp tỉnh Thanh Bình giải quyết các thủ tục hành chính sau đối với dự án đầu tư trong các khu công nghiệp trên địa bàn tỉnh:\n\n" + "\n\n".join(items)
    return arts + "\n\n" + terms


# ------------------------------------------------------------------ received: the UBND tỉnh, the Sở Nội vụ, the Bộ
RECEIVED = [
    _kh(_f(2021, False, "KH 10 UBND tinh CCHC 2021.pdf"), "pdf", "10/KH-UBND", "2021-01-12", "Cải cách hành chính năm 2021 của tỉnh Thanh Bình", _plan("năm 2021", "30%"), HANH, UB),
    _qd_ub(_f(2021, False, "402_QD-UBND_20210315.pdf"), "pdf", "402/QĐ-UBND", "2021-03-15",
           "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình",
           [LOCAL, "Theo đề nghị của Trưởng Ban Quản lý các khu công nghiệp tỉnh và Giám đốc Sở Nội vụ."],
           "Điều 1. Vị trí và chức năng: Ban Quản lý các khu công nghiệp tỉnh Thanh Bình là cơ quan trực thuộc UBND tỉnh, thực hiện chức năng quản lý nhà nước trực tiếp đối với các khu công nghiệp trên địa bàn tỉnh.\n\nĐiều 2. Cơ cấu tổ chức: Văn phòng; Phòng Quản lý doanh nghiệp; Phòng Quản lý quy hoạch và xây dựng; Phòng Quản lý môi trường.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=4), VINH),
    _kh(_f(2022, False, "KH 15 UBND tinh CCHC 2022.pdf"), "pdf", "15/KH-UBND", "2022-01-10", "Cải cách hành chính năm 2022 của tỉnh Thanh Bình", _plan("năm 2022", "40%"), HANH, UB),
    _qd_ub(_f(2022, False, "512_QD-UBND_20220408.pdf"), "pdf", "512/QĐ-UBND", "2022-04-08",
           "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình",
           [LOCAL, ND61B, "Theo đề nghị của Trưởng Ban Quản lý các khu công nghiệp tỉnh."],
           "Điều 1. Công bố kèm theo Quyết định này danh mục 48 thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình (lĩnh vực đầu tư, xây dựng, môi trường, lao động).\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nĐiều 3. Giao Ban Quản lý các khu công nghiệp tỉnh niêm yết, công khai danh mục tại Bộ phận Một cửa.\n\n" + ART_U.format(n=4)),
    _qd_ub(_f(2022, False, "QD 645 Quy che phan anh kien nghi tinh.docx"), "docx", "645/QĐ-UBND", "2022-05-05",
           "Ban hành Quy chế tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính trên địa bàn tỉnh Thanh Bình",
           [LOCAL, ND61B, "Theo đề nghị của Chánh Văn phòng UBND tỉnh."],
           "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính trên địa bàn tỉnh Thanh Bình, gồm 3 chương, 14 điều.\n\nĐiều 2. Phạm vi áp dụng: Quy chế áp dụng đối với các sở, ban, ngành tỉnh và UBND các cấp. Ban Quản lý các khu công nghiệp tỉnh áp dụng Chương I và Chương II (từ Điều 1 đến Điều 9) đối với phản ánh, kiến nghị của nhà đầu tư, doanh nghiệp trong các khu công nghiệp; Chương III (từ Điều 10 đến Điều 14, về tổng hợp, báo cáo của UBND cấp huyện, cấp xã) không áp dụng đối với Ban Quản lý các khu công nghiệp tỉnh.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=4), VINH),
    _qd_ub(_f(2022, False, "890_QD-UBND_20220615.pdf"), "pdf", "890/QĐ-UBND", "2022-06-15",
           "Ủy quyền cho Ban Quản lý các khu công nghiệp tỉnh Thanh Bình giải quyết một số thủ tục hành chính",
           [LOCAL, ND61B, "Theo đề nghị của Trưởng Ban Quản lý các khu công nghiệp tỉnh, Giám đốc Sở Tài nguyên và Môi trường và Giám đốc Sở Xây dựng."],
           _delegation("Điều 2. Thời hạn ủy quyền từ ngày 01/7/2022 đến hết ngày 30/6/2024.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2022. Ban Quản lý các khu công nghiệp tỉnh không được ủy quyền tiếp cho cơ quan, đơn vị khác.\n\n" + ART_U.format(n=4),
                       ["1. Thẩm định, phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường.", "2. Cấp, cấp đổi, điều chỉnh giấy phép môi trường.", "3. Thẩm định, phê duyệt điều chỉnh cục bộ quy hoạch chi tiết xây dựng tỷ lệ 1/500."]),
           copy=_f(2022, False, "890_QD-UBND_20220615.docx")),
    _kh(_f(2023, False, "09_KH-UBND_20230109.pdf"), "pdf", "09/KH-UBND", "2023-01-09", "Cải cách hành chính năm 2023 của tỉnh Thanh Bình", _plan("năm 2023", "50%"), HANH, UB),
    Doc(_f(2023, False, "1450_QD-BKHDT_20230810.pdf"), "pdf", "1450/QĐ-BKHĐT", "2023-08-10", "QUYẾT ĐỊNH",
        "Công bố thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực đầu tư tại Việt Nam thuộc phạm vi chức năng quản lý của Bộ Kế hoạch và Đầu tư",
        decision(BO_WHO, ["Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;", "Theo đề nghị của Cục trưởng Cục Quản lý đăng ký kinh doanh và Vụ trưởng Vụ Pháp chế."],
                 "Điều 1. Công bố kèm theo Quyết định này 12 thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực đầu tư tại Việt Nam, trong đó 09 thủ tục thực hiện tại Ban Quản lý các khu công nghiệp, khu chế xuất, khu kinh tế.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nĐiều 3. Chánh Văn phòng Bộ, Thủ trưởng các đơn vị thuộc Bộ, Ban Quản lý các khu công nghiệp, khu chế xuất, khu kinh tế và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."),
        TRUNG, TO_BO, issuer=BO),
    _kh(_f(2024, False, "KH 18 UBND tinh CCHC 2024.pdf"), "pdf", "18/KH-UBND", "2024-01-08", "Cải cách hành chính năm 2024 của tỉnh Thanh Bình", _plan("năm 2024", "60%"), HANH, UB),
    _qd_ub(_f(2024, False, "1187_QD-UBND_20240520.pdf"), "pdf", "1187/QĐ-UBND", "2024-05-20",
           "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình",
           [LOCAL, ND61B, "Căn cứ Quyết định số 1450/QĐ-BKHĐT ngày 10/8/2023 của Bộ trưởng Bộ Kế hoạch và Đầu tư công bố thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực đầu tư tại Việt Nam;", "Theo đề nghị của Trưởng Ban Quản lý các khu công nghiệp tỉnh."],
           "Điều 1. Công bố kèm theo Quyết định này danh mục 56 thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 512/QĐ-UBND ngày 08/4/2022 của UBND tỉnh.\n\nĐiều 3. Giao Ban Quản lý các khu công nghiệp tỉnh cập nhật quy trình nội bộ, niêm yết danh mục tại Bộ phận Một cửa.\n\n" + ART_U.format(n=4)),
    _qd_ub(_f(2024, False, "QD 1020 gia han uy quyen BQL.docx"), "docx", "1020/QĐ-UBND", "2024-06-20",
           "Gia hạn thời hạn ủy quyền cho Ban Quản lý các khu công nghiệp tỉnh Thanh Bình giải quyết một số thủ tục hành chính",
           [LOCAL, "Căn cứ Quyết định số 890/QĐ-UBND ngày 15/6/2022 của UBND tỉnh ủy quyền cho Ban Quản lý các khu công nghiệp tỉnh Thanh Bình giải quyết một số thủ tục hành chính;", "Theo đề nghị của Trưởng Ban Quản lý các khu công nghiệp tỉnh."],
           "Điều 1. Sửa đổi Điều 2 Quyết định số 890/QĐ-UBND ngày 15/6/2022 của UBND tỉnh như sau: \"Điều 2. Thời hạn ủy quyền từ ngày 01/7/2022 đến hết ngày 31/12/2025.\"\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký. Các nội dung khác của Quyết định số 890/QĐ-UBND giữ nguyên.\n\n" + ART_U.format(n=3)),
    _cv(_f(2024, False, "385_SNV-CCHC_20240925.pdf"), "pdf", "385/SNV-CCHC", "2024-09-25", "đôn đốc thực hiện nhiệm vụ cải cách hành chính những tháng cuối năm 2024",
        ["Đến ngày 15/9/2024, một số cơ quan chưa hoàn thành nhiệm vụ tại Kế hoạch số 18/KH-UBND ngày 08/01/2024 của UBND tỉnh, nhất là tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC. Sở Nội vụ đề nghị các sở, ban, ngành khẩn trương khắc phục, báo cáo kết quả trước ngày 31/10/2024./."],
        "Các sở, ban, ngành tỉnh; Ban Quản lý các khu công nghiệp tỉnh.", HAI, TO_SNV, SNV),
    Doc(_f(2024, False, "398_BC-UBND_20241220.pdf"), "pdf", "398/BC-UBND", "2024-12-20", "BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính năm 2024 của tỉnh Thanh Bình",
        "UBND tỉnh Thanh Bình báo cáo kết quả công tác cải cách hành chính năm 2024 như sau:\n\nI. KẾT QUẢ THỰC HIỆN\n\n1. Chỉ đạo, điều hành: ban hành Kế hoạch số 18/KH-UBND ngày 08/01/2024 về cải cách hành chính năm 2024; công bố danh mục 56 TTHC thuộc thẩm quyền giải quyết của Ban Quản lý các khu công nghiệp tỉnh (Quyết định số 1187/QĐ-UBND ngày 20/5/2024).\n\n2. Cải cách thủ tục hành chính: năm 2024, các cơ quan hành chính nhà nước trên địa bàn tỉnh tiếp nhận 1.245.300 hồ sơ TTHC; tỷ lệ hồ sơ tiếp nhận trực tuyến của toàn tỉnh đạt 86,1%; giải quyết đúng hạn 98,4%.\n\nII. NHIỆM VỤ NĂM 2025\n\nTiếp tục đẩy mạnh cải cách thủ tục hành chính, chuyển đổi số./.",
        VINH, ("- Bộ Nội vụ;", "- Các sở, ban, ngành tỉnh;", "- Lưu: VT, NC."), issuer=UB),
    _kh(_f(2025, False, "KH 12 UBND tinh CCHC 2025.pdf"), "pdf", "12/KH-UBND", "2025-01-09", "Cải cách hành chính năm 2025 của tỉnh Thanh Bình", _plan("năm 2025", "70%"), HANH, UB),
    _kh(_f(2025, False, "45_KH-UBND_20250214.pdf"), "pdf", "45/KH-UBND", "2025-02-14", "Rà soát, đánh giá thủ tục hành chính năm 2025 trên địa bàn tỉnh Thanh Bình",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Rà soát, đánh giá thủ tục hành chính để cắt giảm, đơn giản hóa thành phần hồ sơ, thời gian giải quyết.", "II. NỘI DUNG", "Rà soát 120 thủ tục hành chính thuộc thẩm quyền giải quyết của các cơ quan cấp tỉnh; mỗi sở, ban, ngành đề xuất phương án đơn giản hóa ít nhất 10% số TTHC được rà soát.", "III. TỔ CHỨC THỰC HIỆN", "Các sở, ban, ngành, trong đó có Ban Quản lý các khu công nghiệp tỉnh, xây dựng kế hoạch rà soát của cơ quan mình; Văn phòng UBND tỉnh tổng hợp."], HANH, UB),
    _qd_ub(_f(2025, False, "318_QD-UBND_20250328.pdf"), "pdf", "318/QĐ-UBND", "2025-03-28",
           "Phê duyệt kết quả Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố",
           [LOCAL, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Phê duyệt kết quả Chỉ số cải cách hành chính năm 2024 của 20 sở, ban, ngành tỉnh và 9 UBND huyện, thị xã, thành phố; Ban Quản lý các khu công nghiệp tỉnh đạt 86,72 điểm, xếp thứ 5/20 sở, ban, ngành.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=3)),
    _qd_ub(_f(2025, False, "980_QD-UBND_20250620.pdf"), "pdf", "980/QĐ-UBND", "2025-06-20",
           "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình",
           [LOCAL, ND35, "Theo đề nghị của Trưởng Ban Quản lý các khu công nghiệp tỉnh và Giám đốc Sở Nội vụ."],
           "Điều 1. Vị trí và chức năng: Ban Quản lý các khu công nghiệp tỉnh Thanh Bình là cơ quan trực thuộc UBND tỉnh, thực hiện chức năng quản lý nhà nước trực tiếp đối với các khu công nghiệp trên địa bàn tỉnh.\n\nĐiều 2. Cơ cấu tổ chức: Văn phòng; Phòng Quản lý đầu tư và doanh nghiệp; Phòng Quản lý quy hoạch và xây dựng; Phòng Quản lý môi trường. Đổi tên Phòng Quản lý doanh nghiệp thành Phòng Quản lý đầu tư và doanh nghiệp kể từ ngày 01/7/2025.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2025 và thay thế Quyết định số 402/QĐ-UBND ngày 15/3/2021 của UBND tỉnh.\n\n" + ART_U.format(n=4), VINH),
    Doc(_f(2025, False, "TB 162 ket luan Chu tich UBND tinh lam viec voi BQL.txt"), "txt", "162/TB-UBND", "2025-08-05", "THÔNG BÁO", "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Ban Quản lý các khu công nghiệp tỉnh về cải cách hành chính và cải thiện môi trường đầu tư",
        "Ngày 30/7/2025, Chủ tịch UBND tỉnh làm việc với Ban Quản lý các khu công nghiệp tỉnh. Chủ tịch UBND tỉnh kết luận như sau:\n\n1. Ban Quản lý các khu công nghiệp rút ngắn thời gian giải quyết TTHC lĩnh vực đầu tư; Phòng Quản lý đầu tư và doanh nghiệp là đầu mối hỗ trợ nhà đầu tư.\n\n2. Ban Quản lý các khu công nghiệp phối hợp Sở Nội vụ hoàn thành số hóa hồ sơ TTHC trong năm 2025.\n\nVăn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
        ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "(Đã ký)", "Nông Văn Tú"), ("- Ban Quản lý các khu công nghiệp tỉnh;", "- Sở Nội vụ;", "- Lưu: VT."), issuer=UB),
    _qd_ub(_f(2025, False, "QD 1350 bai bo khoan 3 Dieu 1 QD 890.docx"), "docx", "1350/QĐ-UBND", "2025-09-15",
           "Bãi bỏ khoản 3 Điều 1 Quyết định số 890/QĐ-UBND ngày 15/6/2022 của UBND tỉnh ủy quyền cho Ban Quản lý các khu công nghiệp tỉnh Thanh Bình giải quyết một số thủ tục hành chính",
           [LOCAL25, "Căn cứ Quyết định số 890/QĐ-UBND ngày 15/6/2022 của UBND tỉnh ủy quyền cho Ban Quản lý các khu công nghiệp tỉnh Thanh Bình giải quyết một số thủ tục hành chính;", "Theo đề nghị của Giám đốc Sở Xây dựng."],
           "Điều 1. Bãi bỏ khoản 3 Điều 1 Quyết định số 890/QĐ-UBND ngày 15/6/2022 của UBND tỉnh (thẩm định, phê duyệt điều chỉnh cục bộ quy hoạch chi tiết xây dựng tỷ lệ 1/500); Sở Xây dựng tiếp nhận, giải quyết thủ tục này. Các khoản 1 và 2 Điều 1 tiếp tục thực hiện đến hết thời hạn ủy quyền.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2025.\n\n" + ART_U.format(n=3)),
    Doc(_f(2025, False, "415_BC-UBND_20251219.pdf"), "pdf", "415/BC-UBND", "2025-12-19", "BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính năm 2025 của tỉnh Thanh Bình",
        "UBND tỉnh Thanh Bình báo cáo kết quả công tác cải cách hành chính năm 2025 như sau:\n\nI. KẾT QUẢ THỰC HIỆN\n\n1. Chỉ đạo, điều hành: ban hành Kế hoạch số 12/KH-UBND ngày 09/01/2025 về cải cách hành chính năm 2025 và Kế hoạch số 45/KH-UBND ngày 14/02/2025 về rà soát, đánh giá TTHC; quy định lại cơ cấu tổ chức của Ban Quản lý các khu công nghiệp tỉnh (Quyết định số 980/QĐ-UBND ngày 20/6/2025).\n\n2. Cải cách thủ tục hành chính: năm 2025, các cơ quan hành chính nhà nước trên địa bàn tỉnh tiếp nhận 1.318.600 hồ sơ TTHC; tỷ lệ hồ sơ tiếp nhận trực tuyến của toàn tỉnh đạt 90,8%; giải quyết đúng hạn 98,7%.\n\nII. NHIỆM VỤ NĂM 2026\n\nTiếp tục đẩy mạnh cải cách thủ tục hành chính, chuyển đổi số./.",
        VINH, ("- Bộ Nội vụ;", "- Các sở, ban, ngành tỉnh;", "- Lưu: VT, NC."), issuer=UB),
    _kh(_f(2025, False, "268_KH-UBND_20251224.pdf"), "pdf", "268/KH-UBND", "2025-12-24", "Cải cách hành chính năm 2026 của tỉnh Thanh Bình", _plan("năm 2026", "80%", " Tỷ lệ hồ sơ TTHC được số hóa đạt tối thiểu 90%."), HANH, UB),
    _qd_ub(_f(2026, False, "45_QD-UBND_20260106.pdf"), "pdf", "45/QĐ-UBND", "2026-01-06",
           "Ủy quyền cho Ban Quản lý các khu công nghiệp tỉnh Thanh Bình giải quyết một số thủ tục hành chính",
           [LOCAL25, ND61B, "Theo đề nghị của Trưởng Ban Quản lý các khu công nghiệp tỉnh và Giám đốc Sở Nông nghiệp và Môi trường."],
           _delegation("Điều 2. Thời hạn ủy quyền từ ngày 10/01/2026 đến hết ngày 31/12/2027.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày 10 tháng 01 năm 2026. Thời hạn ủy quyền tại Quyết định số 890/QĐ-UBND ngày 15/6/2022 của UBND tỉnh (được gia hạn tại Quyết định số 1020/QĐ-UBND ngày 20/6/2024) đã kết thúc ngày 31/12/2025.\n\n" + ART_U.format(n=4),
                       ["1. Thẩm định, phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường.", "2. Cấp, cấp đổi, điều chỉnh giấy phép môi trường."])),
    _qd_ub(_f(2026, False, "QD 240 Chi so CCHC 2025.docx"), "docx", "240/QĐ-UBND", "2026-03-30",
           "Phê duyệt kết quả Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố",
           [LOCAL25, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Phê duyệt kết quả Chỉ số cải cách hành chính năm 2025 của 20 sở, ban, ngành tỉnh và 9 UBND huyện, thị xã, thành phố; Ban Quản lý các khu công nghiệp tỉnh đạt 88,15 điểm, xếp thứ 3/20 sở, ban, ngành.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_U.format(n=3)),
    _cv(_f(2026, False, "CV 285 SNV don doc CCHC quy III 2026.docx"), "docx", "285/SNV-CCHC", "2026-08-18", "đôn đốc số hóa hồ sơ và báo cáo cải cách hành chính quý III năm 2026",
        ["Đến ngày 31/7/2026, tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của một số cơ quan chưa đạt chỉ tiêu tối thiểu 90% tại Kế hoạch số 268/KH-UBND ngày 24/12/2025 của UBND tỉnh. Sở Nội vụ đề nghị các cơ quan khẩn trương hoàn thành, gửi báo cáo cải cách hành chính quý III trước ngày 08/10/2026./."],
        "Các sở, ban, ngành tỉnh; Ban Quản lý các khu công nghiệp tỉnh.", HAI, TO_SNV, SNV),
]

# ------------------------------------------------------------------ the Ban, 2021 – June 2025
OWN_EARLY = [
    _kh(_f(2021, True, "KH 08 CCHC 2021.docx"), "docx", "08/KH-BQL", "2021-01-25", "Cải cách hành chính năm 2021 của Ban Quản lý các khu công nghiệp",
        _own_plan("Thực hiện Kế hoạch số 10/KH-UBND ngày 12/01/2021 của UBND tỉnh về cải cách hành chính năm 2021, Ban Quản lý các khu công nghiệp ban hành Kế hoạch như sau:", "năm 2021", "40%")),
    _qd(_f(2021, True, "35_QD-BQL_20210405.pdf"), "pdf", "35/QĐ-BQL", "2021-04-05", "Ban hành Quy chế làm việc của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình",
        ["Căn cứ Quyết định số 402/QĐ-UBND ngày 15/3/2021 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình;", "Theo đề nghị của Chánh Văn phòng Ban."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_B.format(n=3)),
    _kh(_f(2022, True, "KH 06 CCHC 2022.docx"), "docx", "06/KH-BQL", "2022-01-20", "Cải cách hành chính năm 2022 của Ban Quản lý các khu công nghiệp",
        _own_plan("Thực hiện Kế hoạch số 15/KH-UBND ngày 10/01/2022 của UBND tỉnh về cải cách hành chính năm 2022, Ban Quản lý các khu công nghiệp ban hành Kế hoạch như sau:", "năm 2022", "55%")),
    _qd(_f(2022, True, "QD 30 phan cong uy quyen Pho Truong ban.docx"), "docx", "30/QĐ-BQL", "2022-06-25", "Phân công nhiệm vụ và ủy quyền cho Phó Trưởng ban ký văn bản giải quyết thủ tục hành chính",
        [DELEGATED, "Theo đề nghị của Chánh Văn phòng Ban."],
        "Điều 1. Phó Trưởng ban Trịnh Thu Hằng phụ trách Phòng Quản lý doanh nghiệp và Phòng Quản lý môi trường.\n\nĐiều 2. Ủy quyền Phó Trưởng ban Trịnh Thu Hằng ký các văn bản giải quyết thủ tục hành chính lĩnh vực đầu tư, lao động và các thủ tục hành chính được UBND tỉnh ủy quyền cho Ban tại Quyết định số 890/QĐ-UBND ngày 15/6/2022.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2022.\n\n" + ART_B.format(n=4)),
    _cv(_f(2022, True, "CV 215 tinh hinh du an 6 thang 2022.docx"), "docx", "215/BQL-QLDN", "2022-07-12", "báo cáo tình hình thực hiện dự án đầu tư trong các khu công nghiệp 6 tháng đầu năm 2022",
        ["Đến ngày 30/6/2022, các khu công nghiệp trên địa bàn tỉnh có 142 dự án đầu tư còn hiệu lực. Ban Quản lý các khu công nghiệp đề nghị các doanh nghiệp báo cáo tình hình thực hiện dự án, vốn đầu tư thực hiện trên Hệ thống thông tin quốc gia về đầu tư trước ngày 31/7/2022./."],
        "Các doanh nghiệp có dự án đầu tư trong các khu công nghiệp.", HANG, TO_SECTOR),
    _kh(_f(2023, True, "KH 12 CCHC.docx"), "docx", "12/KH-BQL", "2023-01-16", "Cải cách hành chính của Ban Quản lý các khu công nghiệp",
        _own_plan("Thực hiện Kế hoạch số 09/KH-UBND ngày 09/01/2023 của UBND tỉnh, Ban Quản lý các khu công nghiệp ban hành Kế hoạch cải cách hành chính như sau:", "năm 2023", "65%")),
    _kh(_f(2023, True, "KH 25 kiem tra moi truong KCN 2023.docx"), "docx", "25/KH-BQL", "2023-03-02", "Kiểm tra công tác bảo vệ môi trường tại các doanh nghiệp trong khu công nghiệp năm 2023",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường của các doanh nghiệp trong khu công nghiệp; phát hiện, xử lý kịp thời vi phạm.", "II. ĐỐI TƯỢNG", "Kiểm tra 24 doanh nghiệp có lưu lượng nước thải lớn trong các khu công nghiệp.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Quản lý môi trường chủ trì."], HANG, to=TO_SECTOR),
    _qd(_f(2023, True, "21_QD-BQL_20230320.pdf"), "pdf", "21/QĐ-BQL", "2023-03-20", "Ban hành Quy chế tiếp nhận, xử lý phản ánh, kiến nghị của doanh nghiệp về thủ tục hành chính tại Ban Quản lý các khu công nghiệp",
        [ND61B, "Căn cứ Quyết định số 645/QĐ-UBND ngày 05/5/2022 của UBND tỉnh ban hành Quy chế tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính trên địa bàn tỉnh Thanh Bình;", "Theo đề nghị của Chánh Văn phòng Ban."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, xử lý phản ánh, kiến nghị của doanh nghiệp về thủ tục hành chính tại Ban Quản lý các khu công nghiệp.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nĐiều 3. Phản ánh, kiến nghị được tiếp nhận qua Cổng dịch vụ công của tỉnh, đường dây nóng và hộp thư góp ý tại Bộ phận Một cửa.\n\nĐiều 4. Văn phòng Ban là đầu mối tiếp nhận; Phòng Quản lý doanh nghiệp, Phòng Quản lý môi trường xử lý theo lĩnh vực.\n\nĐiều 5. Kết quả xử lý được công khai trên Trang thông tin điện tử của Ban.\n\nĐiều 6. Thời hạn xử lý phản ánh, kiến nghị không quá 10 ngày làm việc.\n\n" + ART_B.format(n=7)),
    _qd(_f(2023, True, "QD 40 To cong tac ho tro doanh nghiep.docx"), "docx", "40/QĐ-BQL", "2023-06-01", "Thành lập Tổ công tác hỗ trợ doanh nghiệp giải quyết thủ tục hành chính trong các khu công nghiệp",
        [NQ76, "Theo đề nghị của Chánh Văn phòng Ban."],
        "Điều 1. Thành lập Tổ công tác hỗ trợ doanh nghiệp giải quyết thủ tục hành chính trong các khu công nghiệp gồm 06 thành viên, do Phó Trưởng ban Trịnh Thu Hằng làm Tổ trưởng.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_B.format(n=3)),
    _qd(_f(2023, True, "55_QD-BQL_20230905.pdf"), "pdf", "55/QĐ-BQL", "2023-09-05", "Công bố quy trình nội bộ giải quyết thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực đầu tư tại Việt Nam thuộc thẩm quyền của Ban Quản lý các khu công nghiệp",
        [ND61B, "Căn cứ Quyết định số 1450/QĐ-BKHĐT ngày 10/8/2023 của Bộ trưởng Bộ Kế hoạch và Đầu tư công bố thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực đầu tư tại Việt Nam;", "Theo đề nghị của Trưởng phòng Quản lý doanh nghiệp."],
        "Điều 1. Công bố kèm theo Quyết định này quy trình nội bộ giải quyết 09 thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực đầu tư tại Việt Nam thuộc thẩm quyền của Ban Quản lý các khu công nghiệp.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_B.format(n=3), HANG),
    _kh(_f(2024, True, "05_KH-BQL_20240118.pdf"), "pdf", "05/KH-BQL", "2024-01-18", "Cải cách hành chính năm 2024 của Ban Quản lý các khu công nghiệp",
        _own_plan("Thực hiện Kế hoạch số 18/KH-UBND ngày 08/01/2024 của UBND tỉnh về cải cách hành chính năm 2024, Ban Quản lý các khu công nghiệp ban hành Kế hoạch như sau:", "năm 2024", "85%")),
    _kh(_f(2024, True, "KH 15 kiem tra CCHC 2024.docx"), "docx", "15/KH-BQL", "2024-02-05", "Kiểm tra công tác cải cách hành chính năm 2024",
        _check_plan("Thực hiện Kế hoạch số 05/KH-BQL ngày 18/01/2024 của Ban Quản lý các khu công nghiệp về cải cách hành chính năm 2024, Ban ban hành Kế hoạch kiểm tra như sau:", "năm 2024", "05", "từ tháng 4 đến tháng 11 năm 2024", "Phòng Quản lý doanh nghiệp"), HANG),
    _kh(_f(2024, True, "KH 17 tuyen truyen CCHC 2024.docx"), "docx", "17/KH-BQL", "2024-02-20", "Tuyên truyền cải cách hành chính năm 2024",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của nhà đầu tư, doanh nghiệp về dịch vụ công trực tuyến lĩnh vực đầu tư, lao động trong khu công nghiệp.", "II. CHỈ TIÊU", "Đăng tải tối thiểu 36 tin, bài về cải cách hành chính trên Trang thông tin điện tử của Ban.", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Ban chủ trì."], HANG),
    _qd(_f(2024, True, "QD 28 trien khai danh muc TTHC.docx"), "docx", "28/QĐ-BQL", "2024-05-28", "Triển khai danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình",
        [ND61B, "Căn cứ Quyết định số 1187/QĐ-UBND ngày 20/5/2024 của UBND tỉnh công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình;", "Theo đề nghị của Chánh Văn phòng Ban."],
        "Điều 1. Niêm yết, công khai danh mục 56 thủ tục hành chính tại Bộ phận Một cửa và trên Trang thông tin điện tử của Ban; giao Phòng Quản lý doanh nghiệp cập nhật quy trình nội bộ lĩnh vực đầu tư.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_B.format(n=3)),
    _cv(_f(2024, True, "CV 260 huong dan nop ho so truc tuyen dau tu.docx"), "docx", "260/BQL-QLDN", "2024-06-05", "hướng dẫn nộp hồ sơ thủ tục hành chính lĩnh vực đầu tư trên Cổng dịch vụ công",
        ["Phòng Quản lý doanh nghiệp hướng dẫn nhà đầu tư nộp hồ sơ đề nghị cấp, điều chỉnh Giấy chứng nhận đăng ký đầu tư trên Cổng dịch vụ công quốc gia; hồ sơ nộp trực tuyến được giải quyết trước hạn 01 ngày làm việc./."],
        "Các nhà đầu tư, doanh nghiệp trong các khu công nghiệp.", HANG),
    Doc(_f(2024, True, "142_BC-BQL_20240705.pdf"), "pdf", "142/BC-BQL", "2024-07-05", "BÁO CÁO", "Tình hình hoạt động các khu công nghiệp 6 tháng đầu năm 2024",
        "Ban Quản lý các khu công nghiệp báo cáo tình hình hoạt động các khu công nghiệp 6 tháng đầu năm 2024 như sau:\n\n1. Thu hút đầu tư: 6 tháng đầu năm 2024 cấp mới 11 dự án; lũy kế các khu công nghiệp có 186 dự án còn hiệu lực.\n\n2. Sản xuất, kinh doanh: 158 dự án đã đi vào hoạt động; giá trị xuất khẩu ước đạt 1.240 triệu USD.\n\nBan Quản lý các khu công nghiệp báo cáo UBND tỉnh./.",
        KHAI, ("- UBND tỉnh (để b/c);", "- Sở Tài chính;", "- Lưu: VT, QLDN.")),
    _cv(_f(2024, True, "CV 310 lao dong trong KCN 2024.docx"), "docx", "310/BQL-QLDN", "2024-07-18", "tình hình sử dụng lao động trong các khu công nghiệp năm 2024",
        ["Đến ngày 30/6/2024, các doanh nghiệp trong các khu công nghiệp sử dụng 38.650 lao động. Ban Quản lý các khu công nghiệp đề nghị các doanh nghiệp báo cáo nhu cầu tuyển dụng 6 tháng cuối năm 2024 trước ngày 15/8/2024./."],
        "Các doanh nghiệp trong các khu công nghiệp.", HANG, TO_SECTOR),
    _qd(_f(2024, True, "QD 48 sua doi Dieu 6 Quy che phan anh kien nghi.docx"), "docx", "48/QĐ-BQL", "2024-08-12", "Sửa đổi Điều 6 Quy chế tiếp nhận, xử lý phản ánh, kiến nghị của doanh nghiệp về thủ tục hành chính ban hành kèm theo Quyết định số 21/QĐ-BQL ngày 20/3/2023",
        ["Căn cứ Quyết định số 21/QĐ-BQL ngày 20/3/2023 của Trưởng Ban Quản lý các khu công nghiệp;", "Theo đề nghị của Chánh Văn phòng Ban."],
        "Điều 1. Sửa đổi Điều 6 Quyết định số 21/QĐ-BQL ngày 20/3/2023 như sau: \"Điều 6. Thời hạn xử lý phản ánh, kiến nghị không quá 07 ngày làm việc.\"\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2024.\n\n" + ART_B.format(n=3)),
    _cv(_f(2024, True, "402_BQL-VP_20241003.pdf"), "pdf", "402/BQL-VP", "2024-10-03", "triển khai nhiệm vụ cải cách hành chính những tháng cuối năm 2024",
        ["Thực hiện Công văn số 385/SNV-CCHC ngày 25/9/2024 của Sở Nội vụ, Trưởng ban yêu cầu các phòng thuộc Ban số hóa 100% hồ sơ, kết quả giải quyết TTHC tiếp nhận từ ngày 15/10/2024; báo cáo kết quả về Văn phòng Ban trước ngày 25/10/2024./."],
        PHONGS, HANG),
    _kh(_f(2025, True, "KH 07 CCHC 2025.docx"), "docx", "07/KH-BQL", "2025-01-20", "Cải cách hành chính năm 2025 của Ban Quản lý các khu công nghiệp",
        _own_plan("Thực hiện Kế hoạch số 12/KH-UBND ngày 09/01/2025 của UBND tỉnh về cải cách hành chính năm 2025, Ban Quản lý các khu công nghiệp ban hành Kế hoạch như sau:", "năm 2025", "90%")),
    _kh(_f(2025, True, "12_KH-BQL_20250210.pdf"), "pdf", "12/KH-BQL", "2025-02-10", "Kiểm tra công tác cải cách hành chính năm 2025",
        _check_plan("Thực hiện Kế hoạch số 07/KH-BQL ngày 20/01/2025 của Ban Quản lý các khu công nghiệp về cải cách hành chính năm 2025, Ban ban hành Kế hoạch kiểm tra như sau:", "năm 2025", "05", "từ tháng 4 đến tháng 11 năm 2025", "Phòng Quản lý doanh nghiệp"), HANG),
    _kh(_f(2025, True, "KH 16 ra soat TTHC 2025.docx"), "docx", "16/KH-BQL", "2025-02-25", "Rà soát, đánh giá thủ tục hành chính năm 2025 của Ban Quản lý các khu công nghiệp",
        ["Thực hiện Kế hoạch số 45/KH-UBND ngày 14/02/2025 của UBND tỉnh về rà soát, đánh giá thủ tục hành chính năm 2025, Ban Quản lý các khu công nghiệp ban hành Kế hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU", "Rà soát toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Ban; đề xuất cắt giảm thành phần hồ sơ, thời gian giải quyết.", "II. NỘI DUNG", "Rà soát 56 thủ tục hành chính tại danh mục ban hành kèm theo Quyết định số 1187/QĐ-UBND ngày 20/5/2024 của UBND tỉnh; đề xuất phương án đơn giản hóa tối thiểu 06 thủ tục.", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Ban chủ trì; Phòng Quản lý doanh nghiệp phối hợp."], HANG),
    _kh(_f(2025, True, "KH 28 xuc tien dau tu 2025.docx"), "docx", "28/KH-BQL", "2025-03-10", "Xúc tiến đầu tư vào các khu công nghiệp năm 2025",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Thu hút các dự án công nghệ cao, công nghiệp hỗ trợ vào các khu công nghiệp của tỉnh.", "II. CHỈ TIÊU", "Thu hút tối thiểu 20 dự án mới; tổ chức 03 hội nghị xúc tiến đầu tư tại Hà Nội, Thành phố Hồ Chí Minh và Hàn Quốc.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Quản lý doanh nghiệp chủ trì."], HANG, to=TO_SECTOR),
    _qd(_f(2025, True, "QD 62 Quy che lam viec 2025.docx"), "docx", "62/QĐ-BQL", "2025-06-30", "Ban hành Quy chế làm việc của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình",
        ["Căn cứ Quyết định số 980/QĐ-UBND ngày 20/6/2025 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình;", "Theo đề nghị của Chánh Văn phòng Ban."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2025 và thay thế Quyết định số 35/QĐ-BQL ngày 05/4/2021 của Trưởng Ban Quản lý các khu công nghiệp.\n\n" + ART_B.format(n=3)),
]

# ------------------------------------------------------------------ the Ban, July 2025 – October 2026
OWN_LATE = [
    _qd(_f(2025, True, "63_QD-BQL_20250702.pdf"), "pdf", "63/QĐ-BQL", "2025-07-02", "Quy định chức năng, nhiệm vụ của các phòng thuộc Ban Quản lý các khu công nghiệp tỉnh Thanh Bình",
        ["Căn cứ Quyết định số 980/QĐ-UBND ngày 20/6/2025 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình;", "Theo đề nghị của Chánh Văn phòng Ban."],
        "Điều 1. Phòng Quản lý đầu tư và doanh nghiệp (trước ngày 01/7/2025 là Phòng Quản lý doanh nghiệp) tham mưu quản lý đầu tư, doanh nghiệp, lao động; là đầu mối tiếp nhận, giải quyết thủ tục hành chính lĩnh vực đầu tư.\n\nĐiều 2. Văn phòng, Phòng Quản lý quy hoạch và xây dựng, Phòng Quản lý môi trường thực hiện chức năng, nhiệm vụ theo Quy chế làm việc của Ban.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_B.format(n=4)),
    _qd(_f(2025, True, "QD 70 phan cong uy quyen Pho Truong ban.docx"), "docx", "70/QĐ-BQL", "2025-07-10", "Phân công nhiệm vụ và ủy quyền cho Phó Trưởng ban ký văn bản giải quyết thủ tục hành chính",
        [DELEGATED, "Căn cứ Quyết định số 980/QĐ-UBND ngày 20/6/2025 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình;", "Theo đề nghị của Chánh Văn phòng Ban."],
        "Điều 1. Phó Trưởng ban Hồ Quốc Bảo phụ trách Phòng Quản lý đầu tư và doanh nghiệp và Phòng Quản lý môi trường.\n\nĐiều 2. Ủy quyền Phó Trưởng ban Hồ Quốc Bảo ký các văn bản giải quyết thủ tục hành chính lĩnh vực đầu tư, lao động và các thủ tục hành chính được UBND tỉnh ủy quyền cho Ban.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 30/QĐ-BQL ngày 25/6/2022 của Trưởng Ban Quản lý các khu công nghiệp.\n\n" + ART_B.format(n=4)),
    _cv(_f(2025, True, "380_BQL-VP_20250815.pdf"), "pdf", "380/BQL-VP", "2025-08-15", "triển khai Kết luận của Chủ tịch UBND tỉnh về cải cách hành chính và cải thiện môi trường đầu tư",
        ["Thực hiện Thông báo số 162/TB-UBND ngày 05/8/2025 của UBND tỉnh, Trưởng ban yêu cầu:",
         "1. Phòng Quản lý đầu tư và doanh nghiệp rút ngắn thời gian cấp, điều chỉnh Giấy chứng nhận đăng ký đầu tư còn không quá 10 ngày làm việc.",
         "2. Văn phòng Ban hoàn thành số hóa 100% hồ sơ TTHC tồn trước ngày 31/12/2025./."],
        PHONGS, BAO),
    _cv(_f(2025, True, "CV 455 lao dong 9 thang 2025.docx"), "docx", "455/BQL-QLĐTDN", "2025-10-08", "báo cáo tình hình lao động, tiền lương trong các khu công nghiệp 9 tháng năm 2025",
        ["Đến ngày 30/9/2025, các doanh nghiệp trong các khu công nghiệp sử dụng 41.280 lao động; thu nhập bình quân 9,2 triệu đồng/người/tháng. Phòng Quản lý đầu tư và doanh nghiệp đề nghị các doanh nghiệp báo cáo kế hoạch thưởng Tết trước ngày 15/11/2025./."],
        "Các doanh nghiệp trong các khu công nghiệp.", BAO, TO_SECTOR),
    _kh(_f(2026, True, "05_KH-BQL_20260115.pdf"), "pdf", "05/KH-BQL", "2026-01-15", "Cải cách hành chính năm 2026 của Ban Quản lý các khu công nghiệp",
        _own_plan("Thực hiện Kế hoạch số 268/KH-UBND ngày 24/12/2025 của UBND tỉnh về cải cách hành chính năm 2026, Ban Quản lý các khu công nghiệp ban hành Kế hoạch như sau:", "năm 2026", "95%", "Phòng Quản lý đầu tư và doanh nghiệp")),
    _kh(_f(2026, True, "KH 14 kiem tra CCHC 2026.docx"), "docx", "14/KH-BQL", "2026-02-09", "Kiểm tra công tác cải cách hành chính năm 2026",
        _check_plan("Thực hiện Kế hoạch số 05/KH-BQL ngày 15/01/2026 của Ban Quản lý các khu công nghiệp về cải cách hành chính năm 2026, Ban ban hành Kế hoạch kiểm tra như sau:", "năm 2026", "05", "từ tháng 3 đến tháng 11 năm 2026", "Phòng Quản lý đầu tư và doanh nghiệp"), BAO),
    _kh(_f(2026, True, "KH 18 tuyen truyen CCHC 2026.docx"), "docx", "18/KH-BQL", "2026-02-20", "Tuyên truyền cải cách hành chính năm 2026",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Tuyên truyền dịch vụ công trực tuyến toàn trình lĩnh vực đầu tư, môi trường trong khu công nghiệp.", "II. CHỈ TIÊU", "Đăng tải tối thiểu 48 tin, bài về cải cách hành chính.", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Ban chủ trì."], BAO),
    _qd(_f(2026, True, "08_QD-BQL_20260305.pdf"), "pdf", "08/QĐ-BQL", "2026-03-05", "Bãi bỏ Quyết định số 40/QĐ-BQL ngày 01/6/2023 thành lập Tổ công tác hỗ trợ doanh nghiệp giải quyết thủ tục hành chính trong các khu công nghiệp",
        ["Căn cứ Quyết định số 40/QĐ-BQL ngày 01/6/2023 của Trưởng Ban Quản lý các khu công nghiệp;", "Theo đề nghị của Chánh Văn phòng Ban."],
        "Điều 1. Bãi bỏ Quyết định số 40/QĐ-BQL ngày 01/6/2023 của Trưởng Ban Quản lý các khu công nghiệp thành lập Tổ công tác hỗ trợ doanh nghiệp giải quyết thủ tục hành chính trong các khu công nghiệp; nhiệm vụ của Tổ công tác do Phòng Quản lý đầu tư và doanh nghiệp thực hiện.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_B.format(n=3)),
    _cv(_f(2026, True, "CV 120 huong dan nop ho so truc tuyen toan trinh.docx"), "docx", "120/BQL-QLĐTDN", "2026-04-15", "hướng dẫn nộp hồ sơ thủ tục hành chính lĩnh vực đầu tư trực tuyến toàn trình",
        ["Phòng Quản lý đầu tư và doanh nghiệp hướng dẫn nhà đầu tư nộp hồ sơ đề nghị cấp, điều chỉnh Giấy chứng nhận đăng ký đầu tư trực tuyến toàn trình trên Cổng dịch vụ công quốc gia từ ngày 01/5/2026; kết quả được trả qua tài khoản định danh điện tử của doanh nghiệp./."],
        "Các nhà đầu tư, doanh nghiệp trong các khu công nghiệp.", BAO),
    _qd(_f(2026, True, "QD 96 Quy che chu ky so.docx"), "docx", "96/QĐ-BQL", "2026-07-20", "Ban hành Quy chế quản lý, sử dụng chữ ký số và văn bản điện tử tại Ban Quản lý các khu công nghiệp",
        ["Theo đề nghị của Chánh Văn phòng Ban."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số và văn bản điện tử tại Ban Quản lý các khu công nghiệp.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2026.\n\n" + ART_B.format(n=3), BAO),
    _cv(_f(2026, True, "CV 352 so hoa ho so quy III 2026.docx"), "docx", "352/BQL-VP", "2026-08-25", "hoàn thành số hóa hồ sơ, kết quả giải quyết TTHC",
        ["Thực hiện Công văn số 285/SNV-CCHC ngày 18/8/2026 của Sở Nội vụ, Trưởng ban yêu cầu các phòng thuộc Ban hoàn thành số hóa 100% hồ sơ, kết quả giải quyết TTHC tiếp nhận từ ngày 01/01/2026 trước ngày 15/9/2026./."],
        PHONGS, BAO),
    _qd(_f(2026, True, "110_QD-BQL_20260910.pdf"), "pdf", "110/QĐ-BQL", "2026-09-10", "Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa Ban Quản lý các khu công nghiệp",
        [ND61B, "Căn cứ Quyết định số 1187/QĐ-UBND ngày 20/5/2024 của UBND tỉnh công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý các khu công nghiệp tỉnh Thanh Bình;", "Theo đề nghị của Chánh Văn phòng Ban."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Bộ phận Một cửa Ban Quản lý các khu công nghiệp.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_B.format(n=3)),
    _cv(_f(2026, True, "CV 388 quan trac nuoc thai quy III 2026.docx"), "docx", "388/BQL-MT", "2026-09-15", "kết quả quan trắc nước thải tập trung các khu công nghiệp quý III năm 2026",
        ["Quý III năm 2026, các trạm xử lý nước thải tập trung của các khu công nghiệp vận hành ổn định với tổng công suất 12.500 m3/ngày đêm; kết quả quan trắc tự động đạt QCVN. Phòng Quản lý môi trường đề nghị các chủ đầu tư hạ tầng duy trì truyền số liệu quan trắc liên tục./."],
        "Các công ty đầu tư kinh doanh hạ tầng khu công nghiệp.", BAO, TO_SECTOR),
    _cv(_f(2026, True, "CV 425 huong dan tu danh gia Chi so CCHC 2026.docx"), "docx", "425/BQL-VP", "2026-10-20", "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 của Ban Quản lý các khu công nghiệp",
        ["Thực hiện Kế hoạch số 05/KH-BQL ngày 15/01/2026 của Ban Quản lý các khu công nghiệp về cải cách hành chính năm 2026, Văn phòng Ban hướng dẫn các phòng tự đánh giá, chấm điểm các tiêu chí thành phần Chỉ số cải cách hành chính năm 2026 của Ban, gửi tài liệu kiểm chứng về Văn phòng Ban trước ngày 30/11/2026./."],
        PHONGS, ("TL. TRƯỞNG BAN", "CHÁNH VĂN PHÒNG", "(Đã ký)", "Vi Thị Ngân")),
]

DOCS = [*RECEIVED, *OWN_EARLY, *OWN_LATE]

# The DỰ THẢO (lần 1) of the year report 248/BC-BQL: no document of its own; its figures are not in
# the signed report.
DRAFT_FILE = f"{S}/2025/Van ban di/Du thao BC CCHC nam 2025 (lan 1).docx"
DRAFT_248 = [
    "UBND TỈNH THANH BÌNH",
    "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
    "Số:       /BC-BQL",
    "Thanh Bình, ngày      tháng 12 năm 2025",
    "DỰ THẢO (lần 1)",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2025",
    "I. KẾT QUẢ THỰC HIỆN",
    "Cải cách thủ tục hành chính: từ ngày 01/01/2025 đến ngày 31/10/2025, Ban tiếp nhận 4.270 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 90,5%.",
    "(Ý kiến góp ý gửi Văn phòng Ban trước ngày 05/12/2025)",
    "KT. TRƯỞNG BAN",
    "(chưa ký)",
]

__all__ = ["DOCS", "DRAFT_248", "DRAFT_FILE"]
