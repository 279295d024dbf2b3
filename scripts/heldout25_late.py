"""Twenty-fifth held-out archive, 2021 – 2023: the Sở Thông tin và Truyền thông of tỉnh Minh Giang
(fictional). Do not tune on it.

The Sở reorganised in 2021 (``15/2021/QĐ-UBND``, cited only; its phòng set anew by ``62/QĐ``), a
long Quy chế làm việc kept as ``.doc``, the 2021 yearly report signed in January 2022 and other
``.doc`` files the offices still saved, a pilot extended, an article of the Quy chế chi tiêu nội
bộ repealed, the internal procedure amended then replaced (its DỰ THẢO kept as ``.doc``), a page
saved from the portal, and the Sở's sector work (press, telecom, frequencies). Written by hand;
facts in ``bench/data/heldout25_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout25_common import (
    CT_WHO,
    FUNCS21,
    GD,
    HA,
    KHAI,
    MANH,
    ND45,
    ND61B,
    ND130,
    NQ76,
    TO_REPORT,
    TO_SO,
    TOAN,
    UB,
    Doc,
    decision,
)

TO_DN = ("- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, VP.")
PHONG = ["Văn phòng Sở", "Thanh tra Sở", "Phòng Thông tin - Báo chí - Xuất bản", "Phòng Chuyển đổi số và Bưu chính, Viễn thông", "Trung tâm Công nghệ thông tin và Truyền thông"]


def _quy_che() -> str:
    """The Quy chế làm việc of 2021 annexed to its decision: six chapters, 36 articles (a long
    file: its .doc runs past ten pages)."""
    chapters = [
        ("Chương I", "QUY ĐỊNH CHUNG", ["Phạm vi điều chỉnh và đối tượng áp dụng", "Nguyên tắc làm việc", "Trách nhiệm thi hành Quy chế"]),
        ("Chương II", "TRÁCH NHIỆM, PHẠM VI GIẢI QUYẾT CÔNG VIỆC", ["Trách nhiệm và phạm vi giải quyết công việc của Giám đốc Sở", "Trách nhiệm và phạm vi giải quyết công việc của Phó Giám đốc Sở", "Trách nhiệm của Chánh Văn phòng Sở", "Trách nhiệm của Chánh Thanh tra Sở", "Trách nhiệm của Trưởng phòng chuyên môn", "Trách nhiệm của Giám đốc Trung tâm", "Trách nhiệm của công chức, viên chức", "Quan hệ công tác với các sở, ban, ngành"]),
        ("Chương III", "CHƯƠNG TRÌNH, KẾ HOẠCH CÔNG TÁC", ["Các loại chương trình, kế hoạch công tác", "Trình tự xây dựng chương trình công tác năm", "Chương trình công tác quý, tháng, tuần", "Theo dõi, đánh giá việc thực hiện chương trình công tác", "Điều chỉnh chương trình công tác"]),
        ("Chương IV", "GIẢI QUYẾT CÔNG VIỆC VÀ THỦ TỤC HÀNH CHÍNH", ["Cách thức giải quyết công việc", "Thẩm tra hồ sơ trình Giám đốc Sở", "Tiếp nhận và giải quyết thủ tục hành chính", "Xử lý văn bản đến", "Ký văn bản", "Phát hành văn bản đi", "Quản lý văn bản trên Hệ thống quản lý văn bản và điều hành", "Sử dụng chữ ký số", "Lập hồ sơ và nộp lưu hồ sơ"]),
        ("Chương V", "HỘI HỌP, TIẾP KHÁCH VÀ ĐI CÔNG TÁC", ["Các loại cuộc họp", "Giao ban của Lãnh đạo Sở", "Họp trực tuyến", "Tiếp khách và làm việc với cơ quan, tổ chức", "Đi công tác trong nước", "Chế độ thông tin, báo cáo", "Tiếp công dân", "Phát ngôn và cung cấp thông tin cho báo chí"]),
        ("Chương VI", "ĐIỀU KHOẢN THI HÀNH", ["Khen thưởng và xử lý vi phạm", "Tổ chức thực hiện", "Sửa đổi, bổ sung Quy chế"]),
    ]
    khoan = [
        "{unit} có trách nhiệm tổ chức thực hiện nhiệm vụ về {topic} đúng quy định của pháp luật và Quy chế này; chủ động phối hợp với các phòng, đơn vị liên quan; chịu trách nhiệm trước Giám đốc Sở về kết quả thực hiện.",
        "Trường hợp nội dung liên quan đến nhiều phòng, đơn vị, {unit} chủ trì, lấy ý kiến bằng văn bản hoặc qua Hệ thống quản lý văn bản và điều hành; thời hạn trả lời không quá 03 ngày làm việc, trừ trường hợp có yêu cầu khác của Lãnh đạo Sở.",
        "Hằng tháng, trước ngày 20, {unit} báo cáo kết quả thực hiện nhiệm vụ về {topic} gửi Văn phòng Sở để tổng hợp, báo cáo Giám đốc Sở tại cuộc họp giao ban; nội dung báo cáo nêu rõ việc đã hoàn thành, việc chậm và nguyên nhân.",
        "Công chức, viên chức được giao nhiệm vụ về {topic} phải thực hiện đúng thời hạn, bảo đảm chất lượng; không chuyển hồ sơ, tài liệu vượt cấp; không gây phiền hà cho tổ chức, cá nhân có liên quan.",
    ]
    parts = ["QUY CHẾ LÀM VIỆC CỦA SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "(Ban hành kèm theo Quyết định số 68/QĐ-STTTT ngày 21 tháng 6 năm 2021 của Giám đốc Sở Thông tin và Truyền thông)"]
    n = 0
    for chapter, name, titles in chapters:
        parts += [chapter, name]
        for title in titles:
            n += 1
            unit = PHONG[n % len(PHONG)]
            topic = title[0].lower() + title[1:]
            parts.append(f"Điều {n}. {title}")
            parts += [f"{k + 1}. " + khoan[(n + k) % len(khoan)].format(unit=unit, topic=topic) for k in range(3 + n % 2)]
    return "\n\n".join(parts)


QUY_CHE_2021 = _quy_che()

LATE: list[Doc] = [
    Doc(
        "KH kiem tra CCHC 2021.txt", "txt", "12/KH-STTTT", "2021-01-20", "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2021",
        """Thực hiện Kế hoạch số 170/KH-STTTT ngày 28/12/2020 của Sở về cải cách hành chính năm 2021, Sở Thông tin và Truyền thông ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2021 như sau:

1. Đối tượng: các phòng chuyên môn, Trung tâm Công nghệ thông tin và Truyền thông và Bộ phận tiếp nhận và trả kết quả của Sở.

2. Nội dung: việc giải quyết thủ tục hành chính theo Quy trình nội bộ ban hành kèm theo Quyết định số 95/QĐ-STTTT ngày 10/7/2020; việc thực hiện kỷ luật, kỷ cương hành chính.

3. Thời gian: quý II và quý IV năm 2021.

Văn phòng Sở chủ trì thực hiện Kế hoạch này./.""",
        HA,
    ),
    Doc(
        "KH chinh quyen so 2021.txt", "eoffice", "30/KH-STTTT", "2021-03-15", "KẾ HOẠCH",
        "Ứng dụng công nghệ thông tin, xây dựng chính quyền số trong hoạt động của Sở năm 2021",
        """Thực hiện Kế hoạch số 170/KH-STTTT ngày 28/12/2020 của Sở về cải cách hành chính năm 2021, Sở Thông tin và Truyền thông ban hành Kế hoạch ứng dụng công nghệ thông tin, xây dựng chính quyền số trong hoạt động của Sở năm 2021 như sau:

1. 100% văn bản đi của Sở (trừ văn bản mật) được ký số và gửi nhận trên môi trường điện tử.

2. 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 4 trên Cổng Dịch vụ công của tỉnh.

3. Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt tối thiểu 50%.

Trung tâm Công nghệ thông tin và Truyền thông chủ trì thực hiện./.""",
        KHAI,
    ),
    Doc(
        "QD 62-STTTT 2021 chuc nang cac phong.docx", "docx", "62/QĐ-STTTT", "2021-06-08", "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ của các phòng chuyên môn thuộc Sở Thông tin và Truyền thông",
        decision(GD, [FUNCS21, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Các phòng chuyên môn thuộc Sở gồm: Văn phòng Sở; Thanh tra Sở; Phòng Thông tin - Báo chí - Xuất bản; Phòng Chuyển đổi số và Bưu chính, Viễn thông (hợp nhất Phòng Công nghệ thông tin và Phòng Bưu chính, Viễn thông).

Điều 2. Phòng Chuyển đổi số và Bưu chính, Viễn thông tham mưu về chuyển đổi số, công nghệ thông tin, bưu chính, viễn thông và tần số vô tuyến điện; Văn phòng Sở tham mưu về tổ chức, cải cách hành chính và tiếp nhận, trả kết quả thủ tục hành chính.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng và công chức, viên chức thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        KHAI, to=TO_SO, layout="two_rows",
    ),
    Doc(
        "BC 6 thang 2021.pdf", "pdf", "65/BC-STTTT", "2021-06-14", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2021",
        """Thực hiện Kế hoạch số 170/KH-STTTT ngày 28/12/2020, Sở Thông tin và Truyền thông báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2021 (số liệu từ ngày 15/12/2020 đến ngày 14/6/2021) như sau:

1. Tổ chức bộ máy: UBND tỉnh ban hành Quyết định số 15/2021/QĐ-UBND ngày 20/5/2021 quy định chức năng, nhiệm vụ của Sở; Sở đã quy định chức năng, nhiệm vụ các phòng tại Quyết định số 62/QĐ-STTTT ngày 08/6/2021.

2. Cải cách thủ tục hành chính: Sở tiếp nhận 268 hồ sơ, giải quyết đúng hạn 268 hồ sơ, đạt 100%; tiếp nhận trực tuyến 139 hồ sơ, đạt 51,9%.

3. Phương hướng 6 tháng cuối năm: ban hành Quy chế làm việc mới của Sở.""",
        HA, to=TO_REPORT,
    ),
    Doc(
        "Quy che lam viec 2021.doc", "doc", "68/QĐ-STTTT", "2021-06-21", "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Thông tin và Truyền thông",
        decision(GD, [FUNCS21, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Thông tin và Truyền thông tỉnh Minh Giang.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 12/QĐ-STTTT ngày 25/01/2018 của Giám đốc Sở ban hành Quy chế làm việc.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng, đơn vị thuộc Sở và công chức, viên chức của Sở chịu trách nhiệm thi hành Quyết định này./."""),
        KHAI, to=TO_SO, annex=QUY_CHE_2021, running="Quy chế làm việc của Sở Thông tin và Truyền thông (Quyết định số 68/QĐ-STTTT)",
    ),
    Doc(
        "TB 130 kiem tra bao chi 2021.pdf", "pdf", "130/TB-STTTT", "2021-10-12", "THÔNG BÁO",
        "Kết quả kiểm tra hoạt động báo chí trên địa bàn tỉnh năm 2021",
        """Từ ngày 20/9/2021 đến ngày 01/10/2021, Đoàn kiểm tra của Sở đã kiểm tra hoạt động của 05 cơ quan báo chí và 03 văn phòng đại diện, phóng viên thường trú của cơ quan báo chí trung ương trên địa bàn tỉnh. Sở thông báo kết quả như sau:

1. Các cơ quan báo chí hoạt động đúng tôn chỉ, mục đích ghi trong giấy phép.

2. 01 văn phòng đại diện chưa thông báo thay đổi trưởng văn phòng theo quy định; đề nghị thực hiện trước ngày 30/10/2021.

Các cơ quan có tên nêu trên thực hiện theo Thông báo này./.""",
        MANH, to=TO_DN,
    ),
    Doc(
        "KH CCHC 2022.docx", "docx", "178/KH-STTTT", "2021-12-28", "KẾ HOẠCH",
        "Cải cách hành chính năm 2022 của Sở Thông tin và Truyền thông",
        f"""{NQ76}

Thực hiện Kế hoạch số 245/KH-UBND ngày 20/12/2021 của UBND tỉnh về cải cách hành chính năm 2022, Sở Thông tin và Truyền thông ban hành Kế hoạch cải cách hành chính năm 2022 như sau:

I. MỤC TIÊU

Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt tối thiểu 60%; mức độ hài lòng (SIPAS) đạt trên 90%.

II. NHIỆM VỤ

1. Ban hành Quy chế chi tiêu nội bộ mới trong tháng 01 năm 2022.

2. Thí điểm tiếp nhận hồ sơ cấp phép bưu chính hoàn toàn trực tuyến.

3. Kiểm tra công tác cải cách hành chính năm 2022.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, tổng hợp, báo cáo Giám đốc Sở.""",
        KHAI, to=TO_REPORT,
    ),
    Doc(
        "BC CCHC nam 2021 (ky 12-01-2022).doc", "doc", "06/BC-STTTT", "2022-01-12", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2021",
        """Thực hiện Kế hoạch số 170/KH-STTTT ngày 28/12/2020, Sở Thông tin và Truyền thông báo cáo kết quả cải cách hành chính năm 2021 (số liệu từ ngày 15/12/2020 đến ngày 14/12/2021) như sau:

1. Tổ chức bộ máy: quy định chức năng, nhiệm vụ các phòng chuyên môn (Quyết định số 62/QĐ-STTTT ngày 08/6/2021); ban hành Quy chế làm việc mới (Quyết định số 68/QĐ-STTTT ngày 21/6/2021) thay thế Quyết định số 12/QĐ-STTTT ngày 25/01/2018.

2. Cải cách thủ tục hành chính: Sở tiếp nhận 552 hồ sơ, giải quyết đúng hạn 551 hồ sơ, đạt 99,8%; tiếp nhận trực tuyến 296 hồ sơ, đạt 53,6% (chỉ tiêu tối thiểu 50%); mức độ hài lòng (SIPAS) đạt 88,4%.

3. Chỉ số cải cách hành chính năm 2020 của Sở đạt 84,05 điểm, xếp thứ 6/20 sở, ban, ngành.

4. Phương hướng năm 2022: triển khai Kế hoạch số 178/KH-STTTT ngày 28/12/2021.""",
        KHAI, to=TO_REPORT,
    ),
    Doc(
        "QD 08-STTTT QCCTNB 2022.doc", "doc", "08/QĐ-STTTT", "2022-01-14", "QUYẾT ĐỊNH",
        "Ban hành Quy chế chi tiêu nội bộ của Sở Thông tin và Truyền thông",
        decision(GD, [ND130, FUNCS21, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Sở Thông tin và Truyền thông, gồm 04 chương, 20 điều; Điều 12 quy định mức khoán văn phòng phẩm theo phòng.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 02 năm 2022 và thay thế Quyết định số 25/QĐ-STTTT ngày 08/3/2018 của Giám đốc Sở ban hành Quy chế chi tiêu nội bộ.

Điều 3. Chánh Văn phòng, Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        KHAI, to=TO_SO, layout="two_rows",
    ),
    Doc(
        "KH kiem tra vien thong 2022.doc", "doc", "22/KH-STTTT", "2022-02-18", "KẾ HOẠCH",
        "Kiểm tra hoạt động viễn thông, Internet trên địa bàn tỉnh năm 2022",
        """Sở Thông tin và Truyền thông ban hành Kế hoạch kiểm tra hoạt động viễn thông, Internet trên địa bàn tỉnh năm 2022 như sau:

1. Đối tượng: 05 doanh nghiệp viễn thông và 12 đại lý cung cấp dịch vụ Internet công cộng.

2. Nội dung: việc quản lý thông tin thuê bao di động trả trước; chất lượng dịch vụ; việc xây dựng, lắp đặt cột ăng ten theo quy hoạch hạ tầng viễn thông thụ động.

3. Thời gian: quý II và quý III năm 2022.

Phòng Chuyển đổi số và Bưu chính, Viễn thông chủ trì thực hiện Kế hoạch này./.""",
        MANH,
    ),
    Doc(
        "KH kiem tra CCHC 2022.txt", "eoffice", "27/KH-STTTT", "2022-03-02", "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2022",
        """Thực hiện Kế hoạch số 178/KH-STTTT ngày 28/12/2021 của Sở về cải cách hành chính năm 2022, Sở Thông tin và Truyền thông ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2022 như sau:

1. Đối tượng: các phòng chuyên môn, Trung tâm Công nghệ thông tin và Truyền thông.

2. Nội dung: việc thực hiện Quy chế làm việc, Quy chế chi tiêu nội bộ và Quy trình nội bộ giải quyết thủ tục hành chính.

3. Thời gian: tháng 6 và tháng 11 năm 2022.

Văn phòng Sở chủ trì thực hiện Kế hoạch này./.""",
        HA,
    ),
    Doc(
        "QD 30 thi diem buu chinh truc tuyen.docx", "docx", "30/QĐ-STTTT", "2022-03-25", "QUYẾT ĐỊNH",
        "Thí điểm tiếp nhận, giải quyết hồ sơ cấp giấy phép bưu chính hoàn toàn trực tuyến",
        decision(GD, [ND45, FUNCS21, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Thí điểm tiếp nhận, giải quyết hoàn toàn trực tuyến hồ sơ đề nghị cấp giấy phép bưu chính và văn bản xác nhận thông báo hoạt động bưu chính trên Cổng Dịch vụ công của tỉnh; kết quả được trả bằng bản điện tử có ký số.

Điều 2. Thời gian thí điểm: từ ngày 01 tháng 4 năm 2022 đến hết ngày 30 tháng 9 năm 2022.

Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2022. Chánh Văn phòng, Trưởng Phòng Chuyển đổi số và Bưu chính, Viễn thông chịu trách nhiệm thi hành Quyết định này./."""),
        HA, to=TO_SO,
    ),
    Doc(
        "QD 41 sua doi Dieu 3 QD 95.txt", "txt", "41/QĐ-STTTT", "2022-04-20", "QUYẾT ĐỊNH",
        "Sửa đổi Điều 3 Quyết định số 95/QĐ-STTTT ngày 10/7/2020 ban hành Quy trình nội bộ giải quyết thủ tục hành chính",
        decision(GD, [ND61B, FUNCS21, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Sửa đổi Điều 3 Quyết định số 95/QĐ-STTTT ngày 10/7/2020 của Giám đốc Sở như sau:

"Điều 3. Thời gian giải quyết thực hiện theo Quy trình kèm theo; công chức được phân công giải quyết hồ sơ chuyển kết quả cho Bộ phận tiếp nhận và trả kết quả chậm nhất 02 ngày làm việc trước hạn trả kết quả; hồ sơ nộp trực tuyến được xử lý, ký số và trả kết quả trên Cổng Dịch vụ công của tỉnh."

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2022. Các điều khác của Quyết định số 95/QĐ-STTTT giữ nguyên.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        KHAI, to=TO_SO,
    ),
    Doc(
        "QD 1138-QD-UBND cong bo TTHC.html", "html", "1138/QĐ-UBND", "2022-06-06", "QUYẾT ĐỊNH",
        "Công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Thông tin và Truyền thông tỉnh Minh Giang",
        decision(CT_WHO, ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;", ND61B, "Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông."], """Điều 1. Công bố kèm theo Quyết định này Danh mục 69 thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Thông tin và Truyền thông tỉnh Minh Giang.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 1123/QĐ-UBND ngày 18/6/2019 của Chủ tịch UBND tỉnh.

Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Thông tin và Truyền thông và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."""),
        TOAN, to=("- Như Điều 3;", "- Cục Kiểm soát TTHC, Văn phòng Chính phủ;", "- Lưu: VT, KSTT."), issuer=UB,
    ),
    Doc(
        "BC 6 thang 2022.doc", "doc", "72/BC-STTTT", "2022-06-15", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2022",
        """Thực hiện Kế hoạch số 178/KH-STTTT ngày 28/12/2021, Sở Thông tin và Truyền thông báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2022 (số liệu từ ngày 15/12/2021 đến ngày 14/6/2022) như sau:

1. Công tác chỉ đạo, điều hành: ban hành Quy chế chi tiêu nội bộ mới (Quyết định số 08/QĐ-STTTT ngày 14/01/2022); thí điểm tiếp nhận hồ sơ cấp phép bưu chính hoàn toàn trực tuyến từ ngày 01/4/2022.

2. Cải cách thủ tục hành chính: Danh mục 69 thủ tục hành chính của Sở được công bố tại Quyết định số 1138/QĐ-UBND ngày 06/6/2022; Sở tiếp nhận 301 hồ sơ, giải quyết đúng hạn 301 hồ sơ, đạt 100%; tiếp nhận trực tuyến 205 hồ sơ, đạt 68,1%.

3. Phương hướng 6 tháng cuối năm: đánh giá kết quả thí điểm để đề xuất gia hạn.""",
        HA, to=TO_REPORT,
    ),
    Doc(
        "CV 1120 ngam hoa cap vien thong.txt", "txt", "1120/STTTT-VP", "2022-08-08", "",
        "chỉnh trang, ngầm hóa mạng cáp viễn thông tại khu vực đô thị",
        """Thực hiện chỉ đạo của UBND tỉnh về chỉnh trang đô thị, Sở Thông tin và Truyền thông đề nghị các doanh nghiệp:

1. Rà soát, thu hồi cáp viễn thông không còn sử dụng trên các tuyến phố chính của thành phố Minh Giang trước ngày 30/9/2022.

2. Phối hợp với đơn vị điện lực treo cáp đúng quy chuẩn; xây dựng kế hoạch ngầm hóa cáp viễn thông năm 2023 gửi Sở trước ngày 15/10/2022.

Sở Thông tin và Truyền thông đề nghị các doanh nghiệp nghiêm túc thực hiện./.""",
        MANH, to=TO_DN, kinh_gui="Các doanh nghiệp viễn thông trên địa bàn tỉnh",
    ),
    Doc(
        "QD 112 gia han thi diem.docx", "docx", "112/QĐ-STTTT", "2022-09-26", "QUYẾT ĐỊNH",
        "Gia hạn thời gian thí điểm tiếp nhận, giải quyết hồ sơ cấp giấy phép bưu chính hoàn toàn trực tuyến",
        decision(GD, [ND45, FUNCS21, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Sửa đổi Điều 2 Quyết định số 30/QĐ-STTTT ngày 25/3/2022 của Giám đốc Sở như sau:

"Điều 2. Thời gian thí điểm: từ ngày 01 tháng 4 năm 2022 đến hết ngày 31 tháng 3 năm 2023."

Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng Phòng Chuyển đổi số và Bưu chính, Viễn thông chịu trách nhiệm thi hành Quyết định này./."""),
        HA, to=("- Như Điều 2;", *TO_SO[1:]), layout="two_rows",
    ),
    Doc(
        "QD 118 bai bo Dieu 12 QCCTNB.pdf", "pdf", "118/QĐ-STTTT", "2022-09-29", "QUYẾT ĐỊNH",
        "Bãi bỏ Điều 12 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 08/QĐ-STTTT ngày 14/01/2022",
        decision(GD, [ND130, FUNCS21, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Bãi bỏ Điều 12 (khoán văn phòng phẩm theo phòng) của Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 08/QĐ-STTTT ngày 14/01/2022 của Giám đốc Sở; văn phòng phẩm được cấp theo nhu cầu thực tế qua Văn phòng Sở. Các điều khác của Quy chế giữ nguyên.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2022.

Điều 3. Chánh Văn phòng, Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        KHAI, to=TO_SO,
    ),
    Doc(
        "BC CCHC nam 2022.docx", "docx", "165/BC-STTTT", "2022-12-14", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2022",
        """Thực hiện Kế hoạch số 178/KH-STTTT ngày 28/12/2021, Sở Thông tin và Truyền thông báo cáo kết quả cải cách hành chính năm 2022 (số liệu từ ngày 15/12/2021 đến ngày 14/12/2022) như sau:

1. Công tác chỉ đạo, điều hành: ban hành Quy chế chi tiêu nội bộ (Quyết định số 08/QĐ-STTTT ngày 14/01/2022), bãi bỏ Điều 12 của Quy chế từ ngày 01/10/2022 (Quyết định số 118/QĐ-STTTT ngày 29/9/2022); sửa đổi Điều 3 Quyết định số 95/QĐ-STTTT ngày 10/7/2020 về Quy trình nội bộ (Quyết định số 41/QĐ-STTTT ngày 20/4/2022); thí điểm tiếp nhận hồ sơ cấp phép bưu chính hoàn toàn trực tuyến (Quyết định số 30/QĐ-STTTT ngày 25/3/2022), được gia hạn đến hết ngày 31/3/2023 theo Quyết định số 112/QĐ-STTTT ngày 26/9/2022.

2. Cải cách thủ tục hành chính: Sở tiếp nhận 618 hồ sơ, giải quyết đúng hạn 616 hồ sơ, đạt 99,7%; tiếp nhận trực tuyến 402 hồ sơ, đạt 65,0% (chỉ tiêu tối thiểu 60%); mức độ hài lòng (SIPAS) đạt 90,1%. Kết quả theo lĩnh vực:

[[TABLE]]

3. Chỉ số cải cách hành chính năm 2021 của Sở đạt 86,31 điểm, xếp thứ 4/20 sở, ban, ngành.""",
        KHAI, to=TO_REPORT,
        table=[
            ["Lĩnh vực", "Tiếp nhận", "Đúng hạn", "Trực tuyến"],
            ["Báo chí", "71", "71", "52"],
            ["Xuất bản, in và phát hành", "254", "253", "176"],
            ["Bưu chính", "57", "57", "51"],
            ["Viễn thông và Internet", "178", "177", "94"],
            ["Phát thanh, truyền hình và thông tin điện tử", "58", "58", "29"],
            ["Tổng cộng", "618", "616", "402"],
        ],
    ),
    Doc(
        "KH CCHC 2023.doc", "doc", "176/KH-STTTT", "2022-12-28", "KẾ HOẠCH",
        "Cải cách hành chính năm 2023 của Sở Thông tin và Truyền thông",
        f"""{NQ76}

Sở Thông tin và Truyền thông ban hành Kế hoạch cải cách hành chính năm 2023 như sau:

I. MỤC TIÊU

Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt tối thiểu 70%; mức độ hài lòng (SIPAS) đạt trên 90%.

II. NHIỆM VỤ

1. Ban hành Quy trình nội bộ giải quyết thủ tục hành chính mới thay thế Quyết định số 95/QĐ-STTTT ngày 10/7/2020.

2. Đánh giá kết quả thí điểm tiếp nhận hồ sơ cấp phép bưu chính hoàn toàn trực tuyến.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, tổng hợp, báo cáo Giám đốc Sở.""",
        KHAI, to=TO_REPORT, layout="two_rows",
    ),
    Doc(
        "KH kiem tra CCHC 2023.txt", "txt", "10/KH-STTTT", "2023-01-16", "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2023",
        """Thực hiện Kế hoạch số 176/KH-STTTT ngày 28/12/2022 của Sở về cải cách hành chính năm 2023, Sở Thông tin và Truyền thông ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2023 như sau:

1. Đối tượng: các phòng chuyên môn, Trung tâm Công nghệ thông tin và Truyền thông và Bộ phận tiếp nhận và trả kết quả của Sở.

2. Nội dung: việc giải quyết thủ tục hành chính, thực hiện Quy chế làm việc và Quy chế chi tiêu nội bộ.

3. Thời gian: quý II và quý IV năm 2023.

Văn phòng Sở chủ trì thực hiện Kế hoạch này./.""",
        HA,
    ),
    Doc(
        "QD 52-STTTT quy trinh noi bo 2023.docx", "docx", "52/QĐ-STTTT", "2023-05-22", "QUYẾT ĐỊNH",
        "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Thông tin và Truyền thông",
        decision(GD, [ND61B, ND45, FUNCS21, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết 69 thủ tục hành chính thuộc thẩm quyền của Sở Thông tin và Truyền thông theo Danh mục công bố tại Quyết định số 1138/QĐ-UBND ngày 06/6/2022 của Chủ tịch UBND tỉnh.

Điều 2. Hồ sơ được tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh hoặc trên Cổng Dịch vụ công của tỉnh; kết quả điện tử có giá trị pháp lý như bản giấy.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 6 năm 2023 và thay thế Quyết định số 95/QĐ-STTTT ngày 10/7/2020 và Quyết định số 41/QĐ-STTTT ngày 20/4/2022 của Giám đốc Sở.

Điều 4. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        KHAI, to=("- Như Điều 4;", *TO_SO[1:]),
    ),
    Doc(
        "BC 6 thang 2023.pdf", "pdf", "66/BC-STTTT", "2023-06-14", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023",
        """Thực hiện Kế hoạch số 176/KH-STTTT ngày 28/12/2022, Sở Thông tin và Truyền thông báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2023 (số liệu từ ngày 15/12/2022 đến ngày 14/6/2023) như sau:

1. Công tác chỉ đạo, điều hành: ban hành Quy trình nội bộ giải quyết thủ tục hành chính mới (Quyết định số 52/QĐ-STTTT ngày 22/5/2023, có hiệu lực từ ngày 01/6/2023); kết thúc thí điểm tiếp nhận hồ sơ cấp phép bưu chính hoàn toàn trực tuyến ngày 31/3/2023.

2. Cải cách thủ tục hành chính: Sở tiếp nhận 336 hồ sơ, giải quyết đúng hạn 336 hồ sơ, đạt 100%; tiếp nhận trực tuyến 251 hồ sơ, đạt 74,7%.

3. Chỉ số cải cách hành chính năm 2022 của Sở đạt 88,72 điểm, xếp thứ 3/20 sở, ban, ngành.""",
        HA, to=TO_REPORT,
    ),
    Doc(
        "KH kiem tra tan so 2023.txt", "txt", "81/KH-STTTT", "2023-07-10", "KẾ HOẠCH",
        "Kiểm tra việc sử dụng tần số vô tuyến điện của các đài truyền thanh cơ sở năm 2023",
        """Sở Thông tin và Truyền thông ban hành Kế hoạch kiểm tra việc sử dụng tần số vô tuyến điện của các đài truyền thanh cơ sở năm 2023 như sau:

1. Đối tượng: 24 đài truyền thanh cấp xã sử dụng tần số vô tuyến điện tại 04 huyện.

2. Nội dung: giấy phép sử dụng tần số, thiết bị phát sóng, việc chuyển đổi sang truyền thanh ứng dụng công nghệ thông tin - viễn thông.

3. Thời gian: tháng 8 và tháng 9 năm 2023.

Phòng Chuyển đổi số và Bưu chính, Viễn thông chủ trì thực hiện Kế hoạch này./.""",
        MANH,
    ),
    Doc(
        "CV 1865 so lieu CCHC 2023.docx", "docx", "1865/STTTT-VP", "2023-11-24", "",
        "cung cấp số liệu phục vụ xác định Chỉ số cải cách hành chính năm 2023",
        """Thực hiện đề nghị của Sở Nội vụ về việc cung cấp số liệu phục vụ xác định Chỉ số cải cách hành chính năm 2023, Sở Thông tin và Truyền thông cung cấp như sau:

1. Văn bản hiện hành về tổ chức và hoạt động của Sở: Quy chế làm việc ban hành kèm theo Quyết định số 68/QĐ-STTTT ngày 21/6/2021; Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 08/QĐ-STTTT ngày 14/01/2022 (Điều 12 đã được bãi bỏ từ ngày 01/10/2022); Quy trình nội bộ giải quyết thủ tục hành chính ban hành kèm theo Quyết định số 52/QĐ-STTTT ngày 22/5/2023.

2. Kết quả giải quyết thủ tục hành chính 11 tháng năm 2023 (từ ngày 01/01/2023 đến ngày 20/11/2023): Sở tiếp nhận 649 hồ sơ, giải quyết đúng hạn 649 hồ sơ, đạt 100%; tiếp nhận trực tuyến 512 hồ sơ, đạt 78,9%.

Sở Thông tin và Truyền thông gửi Sở Nội vụ tổng hợp./.""",
        HA, to=("- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, VP."), kinh_gui="Sở Nội vụ tỉnh Minh Giang",
    ),
]

DRAFT_52 = [
    "DỰ THẢO",
    "UBND TỈNH MINH GIANG",
    "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
    "Số:       /QĐ-STTTT",
    "Minh Giang, ngày      tháng 5 năm 2023",
    "QUYẾT ĐỊNH",
    "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Thông tin và Truyền thông",
    "Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết 66 thủ tục hành chính thuộc thẩm quyền của Sở Thông tin và Truyền thông.",
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 95/QĐ-STTTT ngày 10/7/2020 của Giám đốc Sở.",
    "Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.",
    "GIÁM ĐỐC",
    "(chưa ký)",
]
