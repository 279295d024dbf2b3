"""Thirty-first held-out archive: the decisions, plans, Công văn, Thông báo and Tờ trình of the
UBND thành phố Bảo An (to 30/6/2025) and of the UBND phường Bảo An (from 01/7/2025); the incoming
letters and decisions of the UBND tỉnh and the Sở Nội vụ; the chains of correspondence (a letter
asks, the city answers "Thực hiện / Phúc đáp Công văn số …", a reminder "lần 2", letters down to
the phường and xã, a hỏa tốc, a letter withdrawn, one corrected, one replaced, a Thông báo kết
luận carried out); the numbers that collide (the province's and the city's 15/KH-UBND,
512/QĐ-UBND and 208/BC-UBND of 2024; the city's and the phường's 01/KH-UBND, 05/QĐ-UBND and
96/UBND-VP of 2025; the province's and the phường's 22/KH-UBND of 2026); the end of the district
level; the lives; the sector's work (land, construction order, schools, a festival) and the DỰ
THẢO of 88/BC-UBND. Fictional. Do not tune on it.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout31_common import (
    BINH,
    HA,
    HA_CV,
    HA_PH,
    HA_PHCV,
    HUNG,
    KHOA,
    LAN,
    LOCAL,
    LOCAL25,
    ND61B,
    NQ76,
    NQ_SX,
    PH,
    PH_WHO,
    PNV,
    QUY,
    SNV,
    THINH,
    TO_DOWN,
    TO_KH,
    TO_PCV,
    TO_PKH,
    TO_PNV,
    TO_PQD,
    TO_QD,
    TO_SNV,
    TO_UBCV,
    TO_UBQD,
    TO_UP,
    TOAN,
    TP,
    TP_WHO,
    UB,
    UB_WHO,
    YEN,
    Doc,
    decision,
)

C, P = "UBND TP Bao An", "UBND phuong Bao An"
ART3 = "Điều 3. Chánh Văn phòng HĐND và UBND thành phố, Trưởng phòng Nội vụ, Thủ trưởng các phòng, ban thuộc UBND thành phố, Chủ tịch UBND các phường, xã và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
ART3_PH = "Điều 3. Chánh Văn phòng HĐND và UBND phường, Giám đốc Trung tâm Phục vụ hành chính công phường, Trưởng các phòng thuộc UBND phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
ART_UB = "Điều {n}. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các {lower} và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
PHUONG_XA = "UBND các phường, xã thuộc thành phố."
SECTOR_TO = ("- Như trên;", "- Chủ tịch, các PCT UBND thành phố;", "- Lưu: VT, VP.")


def _qd(file: str, fmt: str, number: str, iso: str, subject: str, grounds: list[str], articles: str, signer: tuple[str, ...] = HA, **kw) -> Doc:
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, decision(TP_WHO, grounds, articles), signer, TO_QD, issuer=TP, **kw)


def _qd_ph(file: str, fmt: str, number: str, iso: str, subject: str, grounds: list[str], articles: str, signer: tuple[str, ...] = HA_PH, **kw) -> Doc:
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, decision(PH_WHO, grounds, articles), signer, TO_PQD, issuer=PH, **kw)


def _qd_ub(file: str, fmt: str, number: str, iso: str, subject: str, grounds: list[str], articles: str, signer: tuple[str, ...] = BINH, **kw) -> Doc:
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, decision(UB_WHO, grounds, articles), signer, TO_UBQD, issuer=UB, **kw)


def _kh(file: str, fmt: str, number: str, iso: str, subject: str, paras: list[str], signer: tuple[str, ...] = HA, issuer: tuple[str, ...] = TP, **kw) -> Doc:
    to = {TP: TO_KH, PH: TO_PKH}.get(issuer, ("- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố;", "- Lưu: VT, NC."))
    return Doc(file, fmt, number, iso, "KẾ HOẠCH", subject, "\n\n".join(paras), signer, to, issuer=issuer, **kw)


def _cv(file: str, fmt: str, number: str, iso: str, subject: str, paras: list[str], kinh_gui: str, signer: tuple[str, ...] = HA_CV, to: tuple[str, ...] = TO_UP, issuer: tuple[str, ...] = TP, **kw) -> Doc:
    return Doc(file, fmt, number, iso, "", subject, "\n\n".join(paras), signer, to, issuer=issuer, kinh_gui=kinh_gui, **kw)


def _plan(year: str, who: str, online: str, extra: str) -> list[str]:
    return [
        "I. MỤC ĐÍCH, YÊU CẦU",
        f"Triển khai đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính {year} {who}; gắn trách nhiệm người đứng đầu với kết quả thực hiện.",
        "II. NHIỆM VỤ VÀ CHỈ TIÊU",
        f"1. Cải cách thủ tục hành chính: 100% TTHC được công khai đúng quy định; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt tối thiểu {online}; tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 98%.{extra}",
        "2. Cải cách chế độ công vụ: thực hiện nghiêm kỷ luật, kỷ cương hành chính.",
        "3. Xây dựng chính quyền số: 100% văn bản được ký số và xử lý trên môi trường điện tử (trừ văn bản mật).",
        "III. TỔ CHỨC THỰC HIỆN",
        "Phòng Nội vụ là cơ quan thường trực, theo dõi, đôn đốc; các đơn vị định kỳ báo cáo kết quả theo quy định." if issuer_is_city(who) else "Văn phòng HĐND và UBND phường theo dõi, đôn đốc; các đơn vị định kỳ báo cáo kết quả theo quy định.",
    ]


def issuer_is_city(who: str) -> bool:
    return "thành phố" in who


CITY = [
    # ------------------------------------------------------------ 2022
    _kh(f"{C}/2022/Van ban di/KH 08 CCHC 2022.docx", "docx", "08/KH-UBND", "2022-01-14", "Cải cách hành chính năm 2022 trên địa bàn thành phố Bảo An", _plan("năm 2022", "trên địa bàn thành phố", "30%", ""), HUNG),
    _qd(f"{C}/2022/Van ban di/16_QD-UBND_20220120.pdf", "pdf", "16/QĐ-UBND", "2022-01-20",
        "Kiện toàn Ban Chỉ đạo cải cách hành chính thành phố Bảo An",
        [LOCAL, NQ76, "Theo đề nghị của Trưởng phòng Nội vụ."],
        "Điều 1. Kiện toàn Ban Chỉ đạo cải cách hành chính thành phố Bảo An gồm 15 thành viên, do đồng chí Chủ tịch UBND thành phố làm Trưởng ban.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3, HUNG),
    _qd(f"{C}/2022/Van ban di/QD 98 quy dinh cham diem CCHC phuong xa.docx", "docx", "98/QĐ-UBND", "2022-02-22",
        "Ban hành Quy định chấm điểm, xếp loại kết quả cải cách hành chính đối với UBND các phường, xã",
        [LOCAL, NQ76, "Theo đề nghị của Trưởng phòng Nội vụ."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy định chấm điểm, xếp loại kết quả cải cách hành chính hằng năm đối với UBND các phường, xã thuộc thành phố.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3),
    # ------------------------------------------------------------ 2023
    _kh(f"{C}/2023/Van ban di/KH 10 CCHC 2023.docx", "docx", "10/KH-UBND", "2023-01-12", "Cải cách hành chính năm 2023 trên địa bàn thành phố Bảo An", _plan("năm 2023", "trên địa bàn thành phố", "50%", ""), HUNG),
    _qd(f"{C}/2023/Van ban di/QD 88 quy che phoi hop mot cua.docx", "docx", "88/QĐ-UBND", "2023-02-10",
        "Ban hành Quy chế phối hợp giữa Bộ phận Một cửa thành phố và UBND các phường, xã trong giải quyết thủ tục hành chính",
        [LOCAL, ND61B, "Theo đề nghị của Chánh Văn phòng HĐND và UBND thành phố."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Bộ phận Một cửa thành phố và UBND các phường, xã trong tiếp nhận, luân chuyển và trả kết quả giải quyết thủ tục hành chính.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3),
    _qd(f"{C}/2023/Van ban di/230_QD-UBND_20230315.pdf", "pdf", "230/QĐ-UBND", "2023-03-15",
        "Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa thành phố Bảo An",
        [LOCAL, ND61B, "Theo đề nghị của Chánh Văn phòng HĐND và UBND thành phố."],
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Bộ phận Một cửa thành phố Bảo An.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2023.\n\n" + ART3),
    _qd(f"{C}/2023/Van ban di/QD 415 boi thuong GPMB duong Tran Hung Dao.docx", "docx", "415/QĐ-UBND", "2023-05-12",
        "Phê duyệt phương án bồi thường, hỗ trợ, tái định cư dự án đường Trần Hưng Đạo nối dài",
        [LOCAL, "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;", "Theo đề nghị của Trưởng phòng Tài nguyên và Môi trường."],
        "Điều 1. Phê duyệt phương án bồi thường, hỗ trợ, tái định cư dự án đường Trần Hưng Đạo nối dài: diện tích thu hồi 12,6 ha, 214 hộ bị ảnh hưởng; tổng kinh phí bồi thường, hỗ trợ 186,4 tỷ đồng.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3.replace("Trưởng phòng Nội vụ", "Trưởng phòng Tài nguyên và Môi trường"), TOAN),
    _kh(f"{C}/2023/Van ban di/KH 288 CCHC nam 2024.docx", "docx", "288/KH-UBND", "2023-12-25", "Cải cách hành chính năm 2024 trên địa bàn thành phố Bảo An", _plan("năm 2024", "trên địa bàn thành phố", "60%", " Tỷ lệ hồ sơ TTHC được số hóa đạt tối thiểu 75%."), HUNG),
    # ------------------------------------------------------------ 2024
    Doc(f"{C}/2024/Van ban di/To trinh 08 kien toan BCD CCHC.docx", "docx", "08/TTr-PNV", "2024-01-05", "TỜ TRÌNH", "Đề nghị kiện toàn Ban Chỉ đạo cải cách hành chính thành phố Bảo An",
        "Kính gửi: UBND thành phố Bảo An.\n\nDo thay đổi nhân sự lãnh đạo các phòng, ban, Phòng Nội vụ kính trình UBND thành phố kiện toàn Ban Chỉ đạo cải cách hành chính thành phố gồm 17 thành viên, thay thế Ban Chỉ đạo được kiện toàn tại Quyết định số 16/QĐ-UBND ngày 20/01/2022.\n\nPhòng Nội vụ kính trình UBND thành phố xem xét, quyết định./.",
        LAN, TO_PNV, issuer=PNV),
    _kh(f"{C}/2024/Van ban di/KH 15 tuyen truyen CCHC 2024.docx", "docx", "15/KH-UBND", "2024-01-22", "Tuyên truyền cải cách hành chính năm 2024 trên địa bàn thành phố Bảo An",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của cán bộ, công chức và người dân về cải cách hành chính, dịch vụ công trực tuyến.", "II. CHỈ TIÊU", "Đăng tải tối thiểu 120 tin, bài về cải cách hành chính trên Trang thông tin điện tử thành phố và hệ thống truyền thanh cơ sở.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Văn hóa và Thông tin chủ trì, phối hợp Phòng Nội vụ thực hiện."]),
    _cv(f"{C}/2024/Van ban di/CV 38 gop y du thao Bo chi so CCHC cap xa.docx", "docx", "38/UBND-NV", "2024-01-24", "góp ý dự thảo Bộ chỉ số đánh giá cải cách hành chính cấp xã",
        ["Phúc đáp Công văn số 56/SNV-CCHC ngày 15/01/2024 của Sở Nội vụ về việc góp ý dự thảo Bộ chỉ số đánh giá cải cách hành chính cấp xã, UBND thành phố Bảo An thống nhất với dự thảo và đề nghị bổ sung tiêu chí thanh toán trực tuyến phí, lệ phí; giảm điểm tiêu chí tuyên truyền trên loa truyền thanh./."],
        "Sở Nội vụ tỉnh Hạ Uyên."),
    _qd(f"{C}/2024/Van ban di/36_QD-UBND_20240125.pdf", "pdf", "36/QĐ-UBND", "2024-01-25",
        "Kiện toàn Ban Chỉ đạo cải cách hành chính thành phố Bảo An",
        [LOCAL, NQ76, "Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 08/TTr-PNV ngày 05/01/2024."],
        "Điều 1. Kiện toàn Ban Chỉ đạo cải cách hành chính thành phố Bảo An gồm 17 thành viên, do đồng chí Chủ tịch UBND thành phố làm Trưởng ban.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 16/QĐ-UBND ngày 20/01/2022 của UBND thành phố.\n\n" + ART3, HUNG),
    _kh(f"{C}/2024/Van ban di/KH 40 kiem tra CCHC 2024.docx", "docx", "40/KH-UBND", "2024-02-26", "Kiểm tra công tác cải cách hành chính năm 2024",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Đánh giá việc thực hiện nhiệm vụ cải cách hành chính năm 2024 của UBND các phường, xã.", "II. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA", "Kiểm tra tại 10 phường, xã; từ tháng 5 đến tháng 11 năm 2024.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Nội vụ là cơ quan thường trực Đoàn kiểm tra."]),
    Doc(f"{C}/2024/Van ban di/TB 45 ket luan hop CCHC quy I.txt", "txt", "45/TB-UBND", "2024-03-12", "THÔNG BÁO", "Kết luận của Chủ tịch UBND thành phố tại cuộc họp đánh giá công tác cải cách hành chính quý I năm 2024",
        "Ngày 08/3/2024, Chủ tịch UBND thành phố chủ trì cuộc họp đánh giá công tác cải cách hành chính quý I năm 2024. Chủ tịch UBND thành phố kết luận như sau:\n\n1. Giao Phòng Nội vụ đôn đốc UBND các phường, xã nâng tỷ lệ hồ sơ trực tuyến, hoàn thành trước ngày 30/4/2024.\n\n2. Giao Văn phòng HĐND và UBND thành phố rà soát việc niêm yết TTHC tại Bộ phận Một cửa cấp xã.\n\n3. Giao Phòng Nội vụ tham mưu văn bản trả lời UBND tỉnh về kết quả rà soát TTHC đúng hạn.\n\nVăn phòng HĐND và UBND thành phố thông báo để các cơ quan, đơn vị biết, thực hiện./.",
        ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "(Đã ký)", "Phạm Văn Lực"), ("- Các phòng, ban thuộc UBND thành phố;", "- UBND các phường, xã;", "- Lưu: VT."), issuer=TP),
    _cv(f"{C}/2024/Van ban di/145_UBND-NV_20240328.pdf", "pdf", "145/UBND-NV", "2024-03-28", "báo cáo kết quả rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của UBND cấp huyện",
        ["Thực hiện Công văn số 1234/UBND-NC ngày 12/3/2024 của UBND tỉnh về việc rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của UBND cấp huyện, UBND thành phố Bảo An báo cáo như sau:", "UBND thành phố đã rà soát 236 TTHC thuộc thẩm quyền giải quyết của UBND cấp huyện; đề nghị đơn giản hóa 12 TTHC (chi tiết tại Phụ lục kèm theo).", "UBND thành phố Bảo An kính báo cáo UBND tỉnh./."],
        "UBND tỉnh Hạ Uyên."),
    _cv(f"{C}/2024/Van ban di/CV 158 nang ty le ho so truc tuyen.docx", "docx", "158/UBND-NV", "2024-04-02", "nâng tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến",
        ["Thực hiện Thông báo số 45/TB-UBND ngày 12/3/2024 kết luận của Chủ tịch UBND thành phố tại cuộc họp đánh giá công tác cải cách hành chính quý I năm 2024, UBND thành phố đề nghị UBND các phường, xã hướng dẫn người dân nộp hồ sơ trực tuyến, bảo đảm tỷ lệ tiếp nhận trực tuyến đạt tối thiểu 60% trước ngày 30/4/2024./."],
        PHUONG_XA, to=TO_DOWN),
    _qd(f"{C}/2024/Van ban di/QD 512 De an so hoa ho so TTHC.docx", "docx", "512/QĐ-UBND", "2024-06-05",
        "Phê duyệt Đề án số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại UBND thành phố Bảo An giai đoạn 2024 - 2025",
        [LOCAL, ND61B, "Căn cứ Kế hoạch số 288/KH-UBND ngày 25/12/2023 của UBND thành phố về cải cách hành chính năm 2024;", "Theo đề nghị của Trưởng phòng Nội vụ."],
        "Điều 1. Phê duyệt Đề án số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại UBND thành phố Bảo An giai đoạn 2024 - 2025 (kèm theo).\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3),
    _cv(f"{C}/2024/Van ban di/CV 301 bao cao bien che VTVL.docx", "docx", "301/UBND-NV", "2024-06-12", "báo cáo số liệu biên chế, vị trí việc làm năm 2024",
        ["Thực hiện Công văn số 412/SNV-CCHC ngày 10/5/2024 và Công văn số 498/SNV-CCHC ngày 05/6/2024 của Sở Nội vụ, UBND thành phố Bảo An báo cáo như sau:", "Năm 2024, thành phố được giao 142 biên chế công chức, đã sử dụng 136 biên chế; 28 vị trí việc làm đã được phê duyệt. UBND thành phố xin nhận trách nhiệm về việc báo cáo chậm so với thời hạn tại Công văn số 412/SNV-CCHC./."],
        "Sở Nội vụ tỉnh Hạ Uyên."),
    _kh(f"{C}/2024/Van ban di/KH 95 tuyen sinh lop 6 2024-2025.docx", "docx", "95/KH-UBND", "2024-06-18", "Tuyển sinh vào lớp 6 năm học 2024 - 2025 trên địa bàn thành phố Bảo An",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Tuyển sinh đúng quy chế, bảo đảm 100% học sinh hoàn thành chương trình tiểu học được vào lớp 6.", "II. CHỈ TIÊU", "Tuyển 2.460 học sinh vào lớp 6 tại 09 trường trung học cơ sở.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Giáo dục và Đào tạo chủ trì."], TOAN),
    _cv(f"{C}/2024/Van ban di/355_UBND-VP_20240710.pdf", "pdf", "355/UBND-VP", "2024-07-10", "tăng cường quản lý trật tự xây dựng trên địa bàn thành phố",
        ["6 tháng đầu năm 2024, trên địa bàn thành phố phát hiện 46 công trình vi phạm trật tự xây dựng. UBND thành phố đề nghị UBND các phường, xã kiểm tra, xử lý dứt điểm các công trình vi phạm; Đội Quản lý trật tự đô thị tăng cường tuần tra./."],
        PHUONG_XA, TOAN, SECTOR_TO),
    _cv(f"{C}/2024/Van ban di/CV 402 so hoa ho so mot cua cap xa.docx", "docx", "402/UBND-VP", "2024-08-15", "số hóa hồ sơ thủ tục hành chính tại Bộ phận Một cửa cấp xã",
        ["UBND thành phố đề nghị UBND các phường, xã số hóa 100% hồ sơ TTHC tiếp nhận từ ngày 01/9/2024 và nộp báo cáo kết quả số hóa hằng tuần về Văn phòng HĐND và UBND thành phố./."],
        PHUONG_XA, to=TO_DOWN),
    _cv(f"{C}/2024/Van ban di/CV 415 thu hoi CV 402.docx", "docx", "415/UBND-VP", "2024-08-19", "thu hồi Công văn số 402/UBND-VP ngày 15/8/2024",
        ["Do nội dung chưa phù hợp với lộ trình số hóa tại Đề án phê duyệt kèm theo Quyết định số 512/QĐ-UBND ngày 05/6/2024, UBND thành phố thu hồi Công văn số 402/UBND-VP ngày 15/8/2024 của UBND thành phố về việc số hóa hồ sơ thủ tục hành chính tại Bộ phận Một cửa cấp xã. UBND các phường, xã tiếp tục thực hiện theo Đề án./."],
        PHUONG_XA, to=TO_DOWN),
    _cv(f"{C}/2024/Van ban di/CV 445 thi diem tra ket qua qua buu dien.docx", "docx", "445/UBND-NV", "2024-08-30", "thí điểm trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích tại phường",
        ["UBND thành phố đề nghị UBND các phường Bảo An, Bảo Long, Đông Hải thí điểm trả kết quả giải quyết TTHC lĩnh vực hộ tịch qua dịch vụ bưu chính công ích từ ngày 01/9/2024; báo cáo kết quả về Phòng Nội vụ trước ngày 31/10/2024./."],
        "UBND các phường Bảo An, Bảo Long, Đông Hải.", to=TO_DOWN),
    _cv(f"{C}/2024/Van ban di/CV 450 dinh chinh CV 445.docx", "docx", "450/UBND-NV", "2024-09-05", "đính chính Công văn số 445/UBND-NV ngày 30/8/2024",
        ["Do sơ suất trong quá trình soạn thảo, UBND thành phố đính chính Công văn số 445/UBND-NV ngày 30/8/2024 như sau: thời gian bắt đầu thí điểm là từ ngày 16/9/2024 (không phải từ ngày 01/9/2024). Các nội dung khác của Công văn số 445/UBND-NV giữ nguyên./."],
        "UBND các phường Bảo An, Bảo Long, Đông Hải.", to=TO_DOWN),
    _qd(f"{C}/2024/Van ban di/640_QD-UBND_20240912.pdf", "pdf", "640/QĐ-UBND", "2024-09-12",
        "Sửa đổi Điều 5 Quy chế tổ chức và hoạt động của Bộ phận Một cửa thành phố Bảo An",
        [LOCAL, ND61B, "Căn cứ Quyết định số 230/QĐ-UBND ngày 15/3/2023 của UBND thành phố;", "Theo đề nghị của Chánh Văn phòng HĐND và UBND thành phố."],
        "Điều 1. Sửa đổi Điều 5 Quy chế tổ chức và hoạt động của Bộ phận Một cửa thành phố Bảo An ban hành kèm theo Quyết định số 230/QĐ-UBND ngày 15/3/2023 như sau: \"Điều 5. Thời gian tiếp nhận hồ sơ: từ thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ lĩnh vực hộ tịch, chứng thực.\"\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2024.\n\n" + ART3),
    _qd(f"{C}/2024/Van ban di/QD 715 bai bo QD 98.docx", "docx", "715/QĐ-UBND", "2024-10-08",
        "Bãi bỏ Quyết định số 98/QĐ-UBND ngày 22/02/2022 của UBND thành phố",
        [LOCAL, "Theo đề nghị của Trưởng phòng Nội vụ."],
        "Điều 1. Bãi bỏ Quyết định số 98/QĐ-UBND ngày 22/02/2022 của UBND thành phố ban hành Quy định chấm điểm, xếp loại kết quả cải cách hành chính đối với UBND các phường, xã, do UBND tỉnh đã ban hành Bộ chỉ số đánh giá cải cách hành chính cấp xã áp dụng thống nhất trên địa bàn tỉnh.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3),
    _cv(f"{C}/2024/Van ban di/560_UBND-NV_20241021.pdf", "pdf", "560/UBND-NV", "2024-10-21", "triển khai tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024",
        ["Thực hiện Công văn số 905/SNV-CCHC ngày 14/10/2024 của Sở Nội vụ, UBND thành phố đề nghị UBND các phường, xã tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024, gửi kết quả và tài liệu kiểm chứng về Phòng Nội vụ trước ngày 15/11/2024./."],
        PHUONG_XA, to=TO_DOWN),
    _cv(f"{C}/2024/Van ban di/CV 620 huong dan tu danh gia Chi so CCHC 2024.docx", "docx", "620/UBND-NV", "2024-11-18", "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024",
        ["Thực hiện Công văn số 905/SNV-CCHC ngày 14/10/2024 của Sở Nội vụ, UBND thành phố hướng dẫn UBND các phường, xã tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 theo Bộ chỉ số cấp xã; thời hạn gửi kết quả về Phòng Nội vụ là ngày 05/12/2024.", "Công văn này thay thế Công văn số 560/UBND-NV ngày 21/10/2024 của UBND thành phố./."],
        PHUONG_XA, to=TO_DOWN),
    # ------------------------------------------------------------ 2025 (the city, to 30/6)
    _kh(f"{C}/2025/Van ban di/KH 01 CCHC 2025.docx", "docx", "01/KH-UBND", "2025-01-06", "Cải cách hành chính năm 2025 trên địa bàn thành phố Bảo An", _plan("năm 2025", "trên địa bàn thành phố", "65%", " Tỷ lệ hồ sơ TTHC được số hóa đạt tối thiểu 85%."), HUNG),
    _qd(f"{C}/2025/Van ban di/QD 05 giao chi tieu CCHC 2025.docx", "docx", "05/QĐ-UBND", "2025-01-10",
        "Giao chỉ tiêu cải cách hành chính năm 2025 cho các phòng, ban và UBND các phường, xã",
        [LOCAL, "Căn cứ Kế hoạch số 01/KH-UBND ngày 06/01/2025 của UBND thành phố về cải cách hành chính năm 2025;", "Theo đề nghị của Trưởng phòng Nội vụ."],
        "Điều 1. Giao chỉ tiêu cải cách hành chính năm 2025 cho các phòng, ban thuộc UBND thành phố và UBND các phường, xã (chi tiết tại Phụ lục kèm theo).\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3),
    _cv(f"{C}/2025/Van ban di/CV 96 HOA TOC bao cao ho so TTHC.docx", "docx", "96/UBND-VP", "2025-02-20", "báo cáo hồ sơ thủ tục hành chính đang giải quyết phục vụ sắp xếp đơn vị hành chính",
        ["Thực hiện Công văn số 642/UBND-NC ngày 19/02/2025 của UBND tỉnh, UBND thành phố đề nghị UBND các phường, xã rà soát, báo cáo số hồ sơ TTHC đang giải quyết, hồ sơ quá hạn, gửi Văn phòng HĐND và UBND thành phố trước 16 giờ 00 ngày 21/02/2025 để tổng hợp báo cáo UBND tỉnh./."],
        PHUONG_XA, to=TO_DOWN, reg="HỎA TỐC"),
    _cv(f"{C}/2025/Van ban di/102_UBND-NV_20250224.pdf", "pdf", "102/UBND-NV", "2025-02-24", "báo cáo hồ sơ thủ tục hành chính đang giải quyết",
        ["Phúc đáp Công văn số 642/UBND-NC ngày 19/02/2025 của UBND tỉnh, UBND thành phố Bảo An báo cáo: đến ngày 21/02/2025, trên địa bàn thành phố có 1.126 hồ sơ TTHC đang giải quyết, trong đó 03 hồ sơ quá hạn; các hồ sơ được theo dõi, chuyển tiếp khi sắp xếp đơn vị hành chính./."],
        "UBND tỉnh Hạ Uyên."),
    _cv(f"{C}/2025/Van ban di/CV 230 bao cao so hoa ho so TTHC.docx", "docx", "230/UBND-NV", "2025-05-28", "báo cáo kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        ["Thực hiện Công văn số 1850/UBND-NC ngày 20/5/2025 của UBND tỉnh về việc đôn đốc hoàn thành chỉ tiêu số hóa hồ sơ, kết quả giải quyết TTHC, UBND thành phố Bảo An báo cáo: đến ngày 25/5/2025, tỷ lệ hồ sơ TTHC được số hóa đạt 86,2%./."],
        "UBND tỉnh Hạ Uyên."),
]

INCOMING = [
    _kh(f"{C}/2024/Van ban den/KH 15 UBND tinh kiem tra CCHC 2024.pdf", "pdf", "15/KH-UBND", "2024-01-10", "Kiểm tra công tác cải cách hành chính năm 2024 trên địa bàn tỉnh Hạ Uyên",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Đánh giá việc thực hiện nhiệm vụ cải cách hành chính năm 2024 của các sở, ban, ngành và UBND các huyện, thành phố.", "II. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA", "Kiểm tra tại 06 sở, ban, ngành và 04 huyện, thành phố (trong đó có thành phố Bảo An); từ tháng 4 đến tháng 10 năm 2024.", "III. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ là cơ quan thường trực."], BINH, UB),
    _cv(f"{C}/2024/Van ban den/CV 56 SNV gop y Bo chi so cap xa.txt", "txt", "56/SNV-CCHC", "2024-01-15", "góp ý dự thảo Bộ chỉ số đánh giá cải cách hành chính cấp xã",
        ["Sở Nội vụ gửi dự thảo Bộ chỉ số đánh giá cải cách hành chính cấp xã, đề nghị UBND các huyện, thành phố nghiên cứu, góp ý bằng văn bản gửi Sở Nội vụ trước ngày 26/01/2024./."],
        "UBND các huyện, thành phố.", YEN, TO_SNV, SNV),
    _cv(f"{C}/2024/Van ban den/1234_UBND-NC_20240312.pdf", "pdf", "1234/UBND-NC", "2024-03-12", "rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của UBND cấp huyện",
        ["UBND tỉnh đề nghị UBND các huyện, thành phố rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của UBND cấp huyện, đề xuất phương án đơn giản hóa, gửi báo cáo về UBND tỉnh (qua Sở Nội vụ) trước ngày 31/3/2024./."],
        "UBND các huyện, thành phố.", BINH, TO_UBCV, UB),
    _qd_ub(f"{C}/2024/Van ban den/512_QD-UBND tinh_20240314.pdf", "pdf", "512/QĐ-UBND", "2024-03-14",
           "Phê duyệt kết quả Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành tỉnh và UBND các huyện, thành phố",
           [LOCAL, NQ76, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Phê duyệt kết quả Chỉ số cải cách hành chính năm 2023 của 18 sở, ban, ngành tỉnh và 09 UBND huyện, thành phố (chi tiết tại Phụ lục kèm theo).\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_UB.format(n=3, lower="huyện, thành phố"),
           THINH, annex="PHỤ LỤC\n\nKẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA UBND CÁC HUYỆN, THÀNH PHỐ (trích)\n\nSTT | Đơn vị | Điểm | Xếp hạng\n\n1 | Huyện Tân Lạc | 88,05 | 1\n\n5 | Thành phố Bảo An | 84,12 | 5\n\nThành phố Bảo An: 84,12 điểm, xếp thứ 5/9."),
    _cv(f"{C}/2024/Van ban den/CV 412 SNV bao cao bien che.docx", "docx", "412/SNV-CCHC", "2024-05-10", "báo cáo số liệu biên chế, vị trí việc làm năm 2024",
        ["Sở Nội vụ đề nghị UBND các huyện, thành phố báo cáo số liệu biên chế được giao, đã sử dụng và vị trí việc làm năm 2024, gửi Sở Nội vụ trước ngày 25/5/2024./."],
        "UBND các huyện, thành phố.", YEN, TO_SNV, SNV),
    _cv(f"{C}/2024/Van ban den/498_SNV-CCHC_20240605.pdf", "pdf", "498/SNV-CCHC", "2024-06-05", "đôn đốc báo cáo số liệu biên chế, vị trí việc làm năm 2024 (lần 2)",
        ["Ngày 10/5/2024, Sở Nội vụ có Công văn số 412/SNV-CCHC đề nghị báo cáo số liệu biên chế, vị trí việc làm năm 2024. Đến nay, UBND thành phố Bảo An, UBND huyện Tân Lạc chưa gửi báo cáo. Sở Nội vụ đề nghị khẩn trương báo cáo trước ngày 12/6/2024 (lần 2)./."],
        "UBND thành phố Bảo An; UBND huyện Tân Lạc.", QUY, TO_SNV, SNV),
    _cv(f"{C}/2024/Van ban den/CV 905 SNV huong dan Chi so CCHC 2024.docx", "docx", "905/SNV-CCHC", "2024-10-14", "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024",
        ["Sở Nội vụ hướng dẫn các sở, ban, ngành, UBND các huyện, thành phố tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 và chỉ đạo UBND cấp xã tự đánh giá theo Bộ chỉ số cấp xã; gửi kết quả về Sở Nội vụ trước ngày 15/12/2024./."],
        "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố.", YEN, TO_SNV, SNV),
    _cv(f"{C}/2025/Van ban den/642_UBND-NC_20250219.pdf", "pdf", "642/UBND-NC", "2025-02-19", "rà soát, báo cáo hồ sơ thủ tục hành chính đang giải quyết khi sắp xếp đơn vị hành chính",
        ["Để chuẩn bị sắp xếp đơn vị hành chính, UBND tỉnh đề nghị UBND các huyện, thành phố rà soát, báo cáo số hồ sơ TTHC đang giải quyết, hồ sơ quá hạn của cấp huyện và cấp xã, gửi UBND tỉnh (qua Sở Nội vụ) trước ngày 24/02/2025./."],
        "UBND các huyện, thành phố.", BINH, TO_UBCV, UB, reg="KHẨN"),
    _qd_ub(f"{C}/2025/Van ban den/455_QD-UBND_20250318.pdf", "pdf", "455/QĐ-UBND", "2025-03-18",
           "Phê duyệt kết quả Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành tỉnh và UBND các huyện, thành phố",
           [LOCAL, NQ76, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Phê duyệt kết quả Chỉ số cải cách hành chính năm 2024 của 18 sở, ban, ngành tỉnh và 09 UBND huyện, thành phố (chi tiết tại Phụ lục kèm theo).\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART_UB.format(n=3, lower="huyện, thành phố"),
           THINH, annex="PHỤ LỤC\n\nKẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA UBND CÁC HUYỆN, THÀNH PHỐ (trích)\n\n3 | Thành phố Bảo An | 86,40 | 3\n\nThành phố Bảo An: 86,40 điểm, xếp thứ 3/9."),
    _cv(f"{C}/2025/Van ban den/CV 1850 UBND tinh don doc so hoa.docx", "docx", "1850/UBND-NC", "2025-05-20", "đôn đốc hoàn thành chỉ tiêu số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        ["Đến ngày 15/5/2025, tỷ lệ số hóa hồ sơ TTHC của một số huyện, thành phố còn thấp. UBND tỉnh đề nghị UBND các huyện, thành phố khẩn trương hoàn thành số hóa hồ sơ, kết quả giải quyết TTHC trước khi kết thúc hoạt động của cấp huyện, báo cáo kết quả trước ngày 30/5/2025./."],
        "UBND các huyện, thành phố.", BINH, TO_UBCV, UB),
    _qd_ub(f"{C}/2025/Van ban den/1420_QD-UBND_20250627.pdf", "pdf", "1420/QĐ-UBND", "2025-06-27",
           "Tiếp tục áp dụng, chấm dứt hiệu lực các văn bản do UBND cấp huyện ban hành trên địa bàn các xã, phường sau sắp xếp",
           [LOCAL, NQ_SX, "Theo đề nghị của Giám đốc Sở Nội vụ."],
           "Điều 1. Quyết định số 88/QĐ-UBND ngày 10/02/2023 của UBND thành phố Bảo An ban hành Quy chế phối hợp giữa Bộ phận Một cửa thành phố và UBND các phường, xã trong giải quyết thủ tục hành chính tiếp tục được áp dụng trên địa bàn phường Bảo An đến hết ngày 31/12/2025.\n\nĐiều 2. Quyết định số 230/QĐ-UBND ngày 15/3/2023 của UBND thành phố Bảo An ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa thành phố Bảo An hết hiệu lực kể từ ngày Quyết định này có hiệu lực; Bộ phận Một cửa thành phố chuyển thành Trung tâm Phục vụ hành chính công phường Bảo An.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2025.\n\n" + ART_UB.format(n=4, lower="xã, phường"),
           THINH),
]

WARD = [
    # ------------------------------------------------------------ 2025 (the phường, from 01/7)
    _kh(f"{P}/2025/Van ban di/KH 01 CCHC 6 thang cuoi 2025.docx", "docx", "01/KH-UBND", "2025-07-08", "Cải cách hành chính 6 tháng cuối năm 2025 của UBND phường Bảo An", _plan("6 tháng cuối năm 2025", "của UBND phường Bảo An", "70%", ""), HA_PH, PH),
    _qd_ph(f"{P}/2025/Van ban di/05_QD-UBND_20250715.pdf", "pdf", "05/QĐ-UBND", "2025-07-15",
           "Ban hành Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công phường Bảo An",
           [LOCAL25, ND61B, "Căn cứ Quyết định số 1420/QĐ-UBND ngày 27/6/2025 của UBND tỉnh;", "Theo đề nghị của Chánh Văn phòng HĐND và UBND phường."],
           "Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công phường Bảo An.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3_PH),
    _qd_ph(f"{P}/2025/Van ban di/QD 18 quy che phoi hop giai quyet TTHC.docx", "docx", "18/QĐ-UBND", "2025-08-01",
           "Ban hành Quy chế phối hợp giải quyết thủ tục hành chính giữa Trung tâm Phục vụ hành chính công và các phòng thuộc UBND phường Bảo An",
           [LOCAL25, ND61B, "Theo đề nghị của Giám đốc Trung tâm Phục vụ hành chính công phường."],
           "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giải quyết thủ tục hành chính giữa Trung tâm Phục vụ hành chính công và các phòng thuộc UBND phường Bảo An.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nĐiều 3. Tổ dân phố phối hợp hướng dẫn người dân chuẩn bị hồ sơ TTHC.\n\nĐiều 4. Tiếp nhận hồ sơ TTHC lưu động tại nhà văn hóa các tổ dân phố vào ngày thứ Năm hằng tuần.\n\n" + ART3_PH.replace("Điều 3.", "Điều 5.")),
    _qd_ph(f"{P}/2025/Van ban di/24_QD-UBND_20250820.pdf", "pdf", "24/QĐ-UBND", "2025-08-20",
           "Thí điểm tiếp nhận hồ sơ thủ tục hành chính vào sáng thứ Bảy tại Trung tâm Phục vụ hành chính công phường",
           [LOCAL25, ND61B, "Theo đề nghị của Giám đốc Trung tâm Phục vụ hành chính công phường."],
           "Điều 1. Thí điểm tiếp nhận, trả kết quả hồ sơ thủ tục hành chính vào sáng thứ Bảy hằng tuần tại Trung tâm Phục vụ hành chính công phường.\n\nĐiều 2. Thời gian thí điểm từ ngày 01/9/2025 đến ngày 31/12/2025.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2025. Giám đốc Trung tâm Phục vụ hành chính công phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."),
    _cv(f"{P}/2025/Van ban di/CV 96 niem yet TTHC tai Trung tam PVHCC.docx", "docx", "96/UBND-VP", "2025-10-20", "niêm yết, công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường",
        ["UBND phường đề nghị Trung tâm Phục vụ hành chính công phường niêm yết đầy đủ 312 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã; gỡ bỏ các nội dung niêm yết của Bộ phận Một cửa thành phố trước đây; hoàn thành trước ngày 31/10/2025./."],
        "Trung tâm Phục vụ hành chính công phường.", KHOA, TO_PCV, PH),
    _cv(f"{P}/2025/Van ban di/140_UBND-VP_20251105.pdf", "pdf", "140/UBND-VP", "2025-11-05", "bảo đảm an toàn trường học trong mùa mưa bão",
        ["Trên địa bàn phường có 18 trường học với 9.650 học sinh. UBND phường đề nghị các trường rà soát, gia cố phòng học, cây xanh; xây dựng phương án di dời học sinh khi có bão./."],
        "Các trường học trên địa bàn phường.", KHOA, TO_PCV, PH),
    _kh(f"{P}/2025/Van ban di/KH 120 CCHC nam 2026.docx", "docx", "120/KH-UBND", "2025-12-22", "Cải cách hành chính năm 2026 của UBND phường Bảo An", _plan("năm 2026", "của UBND phường Bảo An", "78%", " Tỷ lệ thanh toán trực tuyến đạt tối thiểu 50%."), HA_PH, PH),
    _qd_ph(f"{P}/2025/Van ban di/95_QD-UBND_20251224.pdf", "pdf", "95/QĐ-UBND", "2025-12-24",
           "Gia hạn thời gian thí điểm tiếp nhận hồ sơ thủ tục hành chính vào sáng thứ Bảy",
           [LOCAL25, "Căn cứ Quyết định số 24/QĐ-UBND ngày 20/8/2025 của UBND phường;", "Theo đề nghị của Giám đốc Trung tâm Phục vụ hành chính công phường."],
           "Điều 1. Sửa đổi Điều 2 Quyết định số 24/QĐ-UBND ngày 20/8/2025 như sau: \"Điều 2. Thời gian thí điểm từ ngày 01/9/2025 đến ngày 30/6/2026.\"\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3_PH, KHOA),
    # ------------------------------------------------------------ 2026
    _kh(f"{P}/2026/Van ban di/KH 12 Le hoi xuan Den Bao An 2026.docx", "docx", "12/KH-UBND", "2026-01-12", "Tổ chức Lễ hội xuân Đền Bảo An năm 2026",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Giữ gìn, phát huy giá trị di tích Đền Bảo An; tổ chức lễ hội an toàn, tiết kiệm.", "II. THỜI GIAN, ĐỊA ĐIỂM", "Từ ngày 20/02/2026 đến ngày 22/02/2026 tại Đền Bảo An; dự kiến đón 35.000 lượt khách.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Văn hóa - Xã hội chủ trì."], KHOA, PH),
    _kh(f"{P}/2026/Van ban di/KH 22 kiem tra CCHC 2026.docx", "docx", "22/KH-UBND", "2026-02-05", "Kiểm tra công tác cải cách hành chính năm 2026 của UBND phường Bảo An",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Đánh giá việc hướng dẫn TTHC, tiếp nhận hồ sơ lưu động và công khai TTHC tại các tổ dân phố.", "II. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA", "Kiểm tra tại 06 tổ dân phố; từ tháng 4 đến tháng 10 năm 2026.", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng HĐND và UBND phường là đơn vị thường trực."], KHOA, PH),
    _kh(f"{P}/2026/Van ban di/KH 30 tuyen truyen CCHC 2026.docx", "docx", "30/KH-UBND", "2026-02-10", "Tuyên truyền cải cách hành chính năm 2026 của UBND phường Bảo An",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của người dân về dịch vụ công trực tuyến, thanh toán trực tuyến.", "II. CHỈ TIÊU", "Đăng tải tối thiểu 40 tin, bài về cải cách hành chính trên Trang thông tin điện tử phường và hệ thống truyền thanh.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Văn hóa - Xã hội chủ trì."], KHOA, PH),
    _qd_ph(f"{P}/2026/Van ban di/62_QD-UBND_20260302.pdf", "pdf", "62/QĐ-UBND", "2026-03-02",
           "Bãi bỏ Điều 4 Quy chế phối hợp giải quyết thủ tục hành chính ban hành kèm theo Quyết định số 18/QĐ-UBND ngày 01/8/2025",
           [LOCAL25, "Căn cứ Quyết định số 18/QĐ-UBND ngày 01/8/2025 của UBND phường;", "Theo đề nghị của Giám đốc Trung tâm Phục vụ hành chính công phường."],
           "Điều 1. Bãi bỏ Điều 4 Quyết định số 18/QĐ-UBND ngày 01/8/2025 của UBND phường (tiếp nhận hồ sơ lưu động tại nhà văn hóa các tổ dân phố), do hồ sơ được tiếp nhận trực tuyến và tại Trung tâm Phục vụ hành chính công. Các điều khác của Quyết định số 18/QĐ-UBND giữ nguyên hiệu lực.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2026.\n\n" + ART3_PH),
    _cv(f"{P}/2026/Van ban di/CV 188 trat tu xay dung 7 thang 2026.docx", "docx", "188/UBND-VP", "2026-08-12", "xử lý vi phạm trật tự xây dựng trên địa bàn phường",
        ["7 tháng đầu năm 2026, trên địa bàn phường phát hiện 21 công trình vi phạm trật tự xây dựng. UBND phường đề nghị Phòng Kinh tế, Hạ tầng và Đô thị phối hợp Công an phường xử lý dứt điểm; tổ dân phố kịp thời phát hiện, báo cáo./."],
        "Phòng Kinh tế, Hạ tầng và Đô thị; Công an phường; các tổ dân phố.", KHOA, TO_PCV, PH),
    _cv(f"{P}/2026/Van ban di/215_UBND-VP_20260918.pdf", "pdf", "215/UBND-VP", "2026-09-18", "báo cáo kết quả thanh toán trực tuyến phí, lệ phí thủ tục hành chính",
        ["Thực hiện Công văn số 2210/UBND-NC ngày 08/9/2026 của UBND tỉnh về việc đôn đốc thực hiện chỉ tiêu thanh toán trực tuyến, UBND phường Bảo An báo cáo: 8 tháng đầu năm 2026, tỷ lệ hồ sơ có phát sinh phí, lệ phí được thanh toán trực tuyến đạt 49,3%; UBND phường cam kết đạt tối thiểu 50% từ quý III năm 2026./."],
        "UBND tỉnh Hạ Uyên.", HA_PHCV, TO_PCV, PH),
    _cv(f"{P}/2026/Van ban di/CV 268 huong dan tu danh gia Chi so CCHC 2026.docx", "docx", "268/UBND-VP", "2026-11-20", "tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026",
        ["Thực hiện Công văn số 1105/SNV-CCHC ngày 10/11/2026 của Sở Nội vụ, UBND phường giao Văn phòng HĐND và UBND phường chủ trì tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026, tổng hợp tài liệu kiểm chứng, trình Chủ tịch UBND phường trước ngày 10/12/2026./."],
        "Văn phòng HĐND và UBND phường; các phòng thuộc UBND phường.", KHOA, TO_PCV, PH),
    # ------------------------------------------------------------ incoming to the phường
    _kh(f"{P}/2026/Van ban den/22_KH-UBND tinh_20260115.pdf", "pdf", "22/KH-UBND", "2026-01-15", "Cải cách hành chính năm 2026 của tỉnh Hạ Uyên",
        ["I. MỤC ĐÍCH, YÊU CẦU", "Triển khai Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 trên địa bàn tỉnh năm 2026, sau sắp xếp chính quyền địa phương hai cấp.", "II. NHIỆM VỤ VÀ CHỈ TIÊU", "Tỷ lệ hồ sơ tiếp nhận trực tuyến toàn tỉnh đạt tối thiểu 80%; tỷ lệ thanh toán trực tuyến đạt tối thiểu 50%.", "III. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ là cơ quan thường trực; UBND các xã, phường xây dựng kế hoạch của địa phương."], BINH, UB),
    _cv(f"{P}/2026/Van ban den/2210_UBND-NC_20260908.pdf", "pdf", "2210/UBND-NC", "2026-09-08", "đôn đốc thực hiện chỉ tiêu thanh toán trực tuyến phí, lệ phí thủ tục hành chính",
        ["Đến ngày 31/8/2026, tỷ lệ thanh toán trực tuyến của nhiều xã, phường chưa đạt chỉ tiêu tối thiểu 50% tại Kế hoạch số 22/KH-UBND ngày 15/01/2026 của UBND tỉnh. UBND tỉnh đề nghị UBND các xã, phường khẩn trương khắc phục, báo cáo kết quả trước ngày 20/9/2026./."],
        "UBND các xã, phường.", BINH, TO_UBCV, UB),
    _cv(f"{P}/2026/Van ban den/CV 1105 SNV Chi so CCHC 2026.txt", "txt", "1105/SNV-CCHC", "2026-11-10", "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026",
        ["Sở Nội vụ hướng dẫn các sở, ban, ngành và UBND các xã, phường tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026, gửi kết quả về Sở Nội vụ trước ngày 15/12/2026./."],
        "Các sở, ban, ngành tỉnh; UBND các xã, phường.", YEN, TO_SNV, SNV),
]

DOCS = [*CITY, *INCOMING, *WARD]
_ = (HA_CV, HUNG)

# The DỰ THẢO (lần 1) of 88/BC-UBND: no document of its own.
DRAFT_FILE = f"{P}/2025/Van ban di/Du thao BC CCHC nam 2025 (lan 1).docx"
DRAFT_88 = [
    "ỦY BAN NHÂN DÂN",
    "PHƯỜNG BẢO AN",
    "Số:       /BC-UBND",
    "Bảo An, ngày      tháng 12 năm 2025",
    "DỰ THẢO (lần 1)",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2025",
    "I. KẾT QUẢ THỰC HIỆN",
    "Cải cách thủ tục hành chính: năm 2025, trên địa bàn phường tiếp nhận 11.430 hồ sơ (cộng số liệu của UBND thành phố Bảo An đến ngày 20/6/2025 và của UBND phường đến ngày 30/11/2025). Ước thực hiện cả năm 2025: khoảng 12.100 hồ sơ.",
    "(Ý kiến góp ý gửi Văn phòng HĐND và UBND phường trước ngày 09/12/2025)",
    "TM. ỦY BAN NHÂN DÂN",
    "(chưa ký)",
]

__all__ = ["DOCS", "DRAFT_88", "DRAFT_FILE"]
