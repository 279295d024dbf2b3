"""Thirtieth held-out archive: the REPORTS. The Sở Ngoại vụ of tỉnh Phước Lâm (fictional) to
February 2025, then the Văn phòng UBND tỉnh (its Phòng Ngoại vụ). Do not tune on it.

- the Sở's CCHC reports (2022 – 2024, and its report on handing over its tasks in February 2025),
  the Văn phòng's CCHC reports of the lĩnh vực ngoại vụ (quý I 2025 – quý III 2026) whose 2025
  figures count the Sở's two months and the Văn phòng's ten; the year reports signed in December
  with 11 months and an ESTIMATE, the official figures sent in January by Công văn and restated
  in the next quý I report; the six months of 2026 corrected in the quý III report;
- the province's CCHC reports (…/BC-UBND, incoming, with province-wide figures);
- the reports on foreign affairs (đoàn ra, đoàn vào, khách quốc tế): SECTOR statistics.

Facts in ``bench/data/heldout30_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

import datetime as dt

from heldout30_common import (
    BAO,
    DUC,
    HUONG,
    KHAI,
    NHUNG,
    PHAT,
    SO,
    TO_REPORT,
    TO_UBBC,
    TO_VPBC,
    TRUNG,
    UB,
    VP,
    Doc,
)

END_SO = "Sở Ngoại vụ báo cáo để UBND tỉnh, Sở Nội vụ biết, tổng hợp./."
END_VP = "Văn phòng UBND tỉnh báo cáo để Chủ tịch UBND tỉnh, Sở Nội vụ biết, tổng hợp./."
TASKS = "Tiếp tục thực hiện các nhiệm vụ cải cách hành chính theo kế hoạch; nâng cao tỷ lệ hồ sơ trực tuyến, số hóa hồ sơ, kết quả giải quyết TTHC lĩnh vực ngoại vụ; nâng cao mức độ hài lòng của tổ chức, cá nhân."


def sign(issuer: tuple[str, ...], iso: str, clock: str, later: int = 1) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The issuer's digital signature ``later`` days after the document's date (the clerk signs
    and releases it on the system the next morning)."""
    day = dt.date.fromisoformat(iso) + dt.timedelta(days=later)
    return ((issuer, f"{day:%d.%m.%Y} {clock} +07:00"),)


def so_report(file: str, fmt: str, number: str, iso: str, title: str, paras: list[str], *, signer: tuple[str, ...] = NHUNG, table: list[list[str]] | None = None, clock: str = "", later: int = 1, reg: str = "", sign_line: bool = False) -> Doc:
    """One of the Sở Ngoại vụ's CCHC reports."""
    body = [f"Sở Ngoại vụ báo cáo kết quả thực hiện công tác cải cách hành chính {title} như sau:", "I. KẾT QUẢ THỰC HIỆN", *paras, "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", TASKS, END_SO]
    sigs = sign(SO, iso, clock, later) if clock else ()
    return Doc(file, fmt, number, iso, "BÁO CÁO", f"Kết quả thực hiện công tác cải cách hành chính {title}", "\n\n".join(body), signer, TO_REPORT, table=table, signatures=sigs, reg=reg, sign_line=sign_line)


def vp_report(file: str, fmt: str, number: str, iso: str, title: str, paras: list[str], *, signer: tuple[str, ...] = HUONG, table: list[list[str]] | None = None, clock: str = "", later: int = 1, reg: str = "", sign_line: bool = False) -> Doc:
    """One of the Văn phòng UBND tỉnh's CCHC reports of the lĩnh vực ngoại vụ."""
    body = [f"Văn phòng UBND tỉnh (Phòng Ngoại vụ) báo cáo kết quả thực hiện công tác cải cách hành chính lĩnh vực ngoại vụ {title} như sau:", "I. KẾT QUẢ THỰC HIỆN", *paras, "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", TASKS, END_VP]
    sigs = sign(VP, iso, clock, later) if clock else ()
    return Doc(file, fmt, number, iso, "BÁO CÁO", f"Kết quả thực hiện công tác cải cách hành chính lĩnh vực ngoại vụ {title}", "\n\n".join(body), signer, TO_VPBC, issuer=VP, table=table, signatures=sigs, reg=reg, sign_line=sign_line)


D = "Van ban di"
REPORTS = [
    # ------------------------------------------------------------ 2022 – 2023, the Sở
    so_report(f"{D}/2022/BC 168 CCHC nam 2022.docx", "docx", "168/BC-SNgV", "2022-12-13", "năm 2022", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 05/KH-SNgV ngày 14/01/2022 về cải cách hành chính năm 2022; kiện toàn Tổ giúp việc công tác cải cách hành chính (Quyết định số 09/QĐ-SNgV ngày 20/01/2022); ban hành Quy chế làm việc của Sở (Quyết định số 18/QĐ-SNgV ngày 08/3/2022).",
        "2. Cải cách thủ tục hành chính: Sở đang thực hiện 10 TTHC thuộc thẩm quyền giải quyết. Năm 2022 (số liệu từ ngày 15/12/2021 đến ngày 14/12/2022), Sở tiếp nhận 812 hồ sơ, giải quyết đúng hạn 100%; tiếp nhận trực tuyến 289 hồ sơ, đạt 35,6%.",
    ], signer=TRUNG),
    so_report(f"{D}/2023/84_BC-SNgV_20230707.pdf", "pdf", "84/BC-SNgV", "2023-07-07", "6 tháng đầu năm 2023", [
        "1. Công tác chỉ đạo, điều hành: ban hành Quy trình nội bộ giải quyết TTHC lĩnh vực ngoại vụ (Quyết định số 28/QĐ-SNgV ngày 20/3/2023); tham mưu UBND tỉnh công bố Danh mục 09 TTHC lĩnh vực ngoại vụ (Quyết định số 1350/QĐ-UBND ngày 12/6/2023).",
        "2. Cải cách thủ tục hành chính: 6 tháng đầu năm 2023, Sở tiếp nhận 468 hồ sơ, giải quyết đúng hạn 100%; tiếp nhận trực tuyến 193 hồ sơ, đạt 41,2%.",
    ], clock="08:15:32"),
    so_report(f"{D}/2023/BC 172 CCHC nam 2023.docx", "docx", "172/BC-SNgV", "2023-12-14", "năm 2023", [
        "1. Công tác chỉ đạo, điều hành: ban hành Quy chế phối hợp với UBND các huyện, thành phố trong tiếp nhận hồ sơ TTHC lĩnh vực ngoại vụ (Quyết định số 66/QĐ-SNgV ngày 15/9/2023).",
        "2. Cải cách thủ tục hành chính: Sở đang thực hiện 09 TTHC thuộc thẩm quyền giải quyết. Năm 2023 (số liệu từ ngày 15/12/2022 đến ngày 14/12/2023), Sở tiếp nhận 1.006 hồ sơ; tiếp nhận trực tuyến 461 hồ sơ, đạt 45,8%, vượt chỉ tiêu tối thiểu 40% tại Kế hoạch số 08/KH-SNgV ngày 12/01/2023.",
        "3. Cải cách chế độ công vụ: biên chế công chức được giao năm 2023 là 26 biên chế.",
    ], signer=TRUNG),
    # ------------------------------------------------------------ 2024, the Sở
    so_report(f"{D}/2024/38_BC-SNgV_20240405.pdf", "pdf", "38/BC-SNgV", "2024-04-05", "quý I năm 2024", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 06/KH-SNgV ngày 10/01/2024 về tuyên truyền cải cách hành chính năm 2024; kiện toàn Tổ giúp việc công tác cải cách hành chính (Quyết định số 15/QĐ-SNgV ngày 22/01/2024); UBND tỉnh phê duyệt kết quả Chỉ số cải cách hành chính năm 2023 tại Quyết định số 402/QĐ-UBND ngày 26/3/2024: Sở Ngoại vụ đạt 86,21 điểm, xếp thứ 7/20 sở, ban, ngành.",
        "2. Cải cách thủ tục hành chính: quý I năm 2024, Sở tiếp nhận 251 hồ sơ (cùng kỳ năm 2023: 219 hồ sơ), giải quyết đúng hạn 100%; tỷ lệ tiếp nhận trực tuyến đạt 58,2%.",
    ], clock="07:58:10", sign_line=True),
    so_report(f"{D}/2024/BC 96 CCHC 6 thang 2024.docx", "docx", "96/BC-SNgV", "2024-07-05", "6 tháng đầu năm 2024", [
        "1. Công tác chỉ đạo, điều hành: ban hành Quy định tiếp nhận, trả kết quả hồ sơ TTHC lĩnh vực ngoại vụ qua dịch vụ bưu chính công ích (Quyết định số 41/QĐ-SNgV ngày 10/5/2024); kiểm tra công tác cải cách hành chính theo Kế hoạch số 22/KH-SNgV ngày 26/02/2024.",
        "2. Cải cách thủ tục hành chính: 6 tháng đầu năm 2024, Sở tiếp nhận 537 hồ sơ (quý II: 286 hồ sơ; cùng kỳ năm 2023: 468 hồ sơ), giải quyết đúng hạn 100%; tỷ lệ tiếp nhận trực tuyến đạt 60,3%.",
    ], reg="Số đăng ký: 0962/VBĐi-SNgV"),
    so_report(f"{D}/2024/Signed_BC 142-BC-SNgV.pdf", "pdf", "142/BC-SNgV", "2024-10-07", "quý III và 9 tháng năm 2024", [
        "1. Công tác chỉ đạo, điều hành: hướng dẫn các sở, ngành nộp hồ sơ đề nghị cấp hộ chiếu công vụ trực tuyến (Công văn số 312/SNgV-LS ngày 18/7/2024).",
        "2. Cải cách thủ tục hành chính: quý III năm 2024, Sở tiếp nhận 302 hồ sơ (cùng kỳ năm 2023: 284 hồ sơ); lũy kế 9 tháng năm 2024 tiếp nhận 839 hồ sơ (cùng kỳ năm 2023: 752 hồ sơ); tỷ lệ tiếp nhận trực tuyến 9 tháng đạt 62,1%.",
    ], clock="16:40:05"),
    so_report(f"{D}/2024/186_BC-SNgV_20241211.pdf", "pdf", "186/BC-SNgV", "2024-12-11", "năm 2024", [
        "1. Công tác chỉ đạo, điều hành: hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 (Công văn số 805/SNgV-VP ngày 12/11/2024).",
        "2. Công tác kiểm tra: kiểm tra công tác cải cách hành chính tại 03 phòng thuộc Sở theo Kế hoạch số 22/KH-SNgV ngày 26/02/2024 (kế hoạch 04 phòng; Văn phòng Sở tự kiểm tra).",
        "3. Công tác tuyên truyền: đăng tải 46 tin, bài về cải cách hành chính trên Trang thông tin điện tử của Sở (kế hoạch 40 tin, bài).",
        "4. Cải cách thủ tục hành chính: Sở đang thực hiện 09 TTHC thuộc thẩm quyền giải quyết. Từ ngày 01/01/2024 đến ngày 30/11/2024, Sở tiếp nhận 1.043 hồ sơ; giải quyết đúng hạn 1.041 hồ sơ, quá hạn 02 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 63,5%. Ước thực hiện cả năm 2024: tiếp nhận khoảng 1.140 hồ sơ; tỷ lệ trực tuyến ước đạt 64%, vượt chỉ tiêu tối thiểu 60% tại Kế hoạch số 178/KH-SNgV ngày 22/12/2023. Tỷ lệ hài lòng của tổ chức, cá nhân đạt 98,2%.",
        "5. Cải cách tổ chức bộ máy: cơ cấu tổ chức của Sở gồm Văn phòng và 03 phòng chuyên môn (Phòng Lãnh sự - Người Việt Nam ở nước ngoài, Phòng Hợp tác quốc tế, Phòng Biên giới).",
        "6. Cải cách chế độ công vụ: biên chế công chức được giao năm 2024 là 24 biên chế (năm 2023: 26 biên chế); cử 13 lượt công chức tham gia đào tạo, bồi dưỡng.",
        "7. Xây dựng chính quyền số: 99,1% văn bản đi được ký số, phát hành trên Hệ thống quản lý văn bản và điều hành.",
    ], signer=TRUNG, clock="09:12:45"),
    # ------------------------------------------------------------ 2025: the Sở's last report, then the Văn phòng
    so_report(f"{D}/2025/21_BC-SNgV_20250226.pdf", "pdf", "21/BC-SNgV", "2025-02-26", "từ ngày 01/01/2025 đến khi bàn giao chức năng, nhiệm vụ ngoại vụ về Văn phòng UBND tỉnh", [
        "1. Công tác chỉ đạo, điều hành: trình UBND tỉnh chuyển giao chức năng, nhiệm vụ ngoại vụ về Văn phòng UBND tỉnh (Tờ trình số 05/TTr-SNgV ngày 20/01/2025); UBND tỉnh quyết định chuyển giao từ ngày 01/3/2025 tại Quyết định số 388/QĐ-UBND ngày 25/02/2025.",
        "2. Cải cách thủ tục hành chính: từ ngày 01/01/2025 đến ngày 25/02/2025, Sở tiếp nhận 163 hồ sơ, giải quyết đúng hạn 100%; tỷ lệ tiếp nhận trực tuyến đạt 65,0%. Hồ sơ đang giải quyết được bàn giao cho Văn phòng UBND tỉnh theo danh sách kèm theo.",
    ], signer=TRUNG, clock="17:05:51", later=0),
    vp_report(f"{D}/2025/BC 24 CCHC ngoai vu quy I 2025.docx", "docx", "24/BC-VP", "2025-04-08", "quý I năm 2025", [
        "1. Công tác chỉ đạo, điều hành: từ ngày 01/3/2025, Văn phòng UBND tỉnh tiếp nhận chức năng, nhiệm vụ ngoại vụ của Sở Ngoại vụ theo Quyết định số 388/QĐ-UBND ngày 25/02/2025; tham mưu Chủ tịch UBND tỉnh công bố Danh mục 09 TTHC lĩnh vực ngoại vụ thuộc thẩm quyền giải quyết của Văn phòng UBND tỉnh (Quyết định số 512/QĐ-UBND ngày 10/3/2025); ban hành Kế hoạch số 15/KH-VP ngày 20/3/2025 về cải cách hành chính lĩnh vực ngoại vụ năm 2025.",
        "2. Số liệu chính thức năm 2024 của Sở Ngoại vụ (Công văn số 18/SNgV-VP ngày 10/01/2025): tiếp nhận 1.127 hồ sơ, tỷ lệ trực tuyến 64,4%.",
        "3. Cải cách thủ tục hành chính: quý I năm 2025, lĩnh vực ngoại vụ tiếp nhận 268 hồ sơ (cùng kỳ năm 2024: 251 hồ sơ), trong đó Sở Ngoại vụ tiếp nhận từ ngày 01/01 đến ngày 28/02/2025: 171 hồ sơ, Văn phòng UBND tỉnh tiếp nhận từ ngày 01/3/2025: 97 hồ sơ; giải quyết đúng hạn 100%; tỷ lệ tiếp nhận trực tuyến đạt 66,0%.",
        "[[TABLE]]",
    ], table=[["Chỉ tiêu", "Quý I/2025", "Trong đó: Sở Ngoại vụ (01/01 – 28/02)", "Trong đó: Văn phòng (từ 01/3)", "Cùng kỳ 2024"], ["Hồ sơ tiếp nhận", "268", "171", "97", "251"], ["Tỷ lệ trực tuyến", "66,0%", "—", "—", "58,2%"]]),
    vp_report(f"{D}/2025/71_BC-VP_20250707.pdf", "pdf", "71/BC-VP", "2025-07-07", "6 tháng đầu năm 2025", [
        "1. Công tác chỉ đạo, điều hành: ban hành Quy trình nội bộ giải quyết TTHC lĩnh vực ngoại vụ của Văn phòng (Quyết định số 45/QĐ-VP ngày 15/4/2025), áp dụng từ ngày 01/5/2025, thay thế Quy trình tại Quyết định số 28/QĐ-SNgV ngày 20/3/2023 của Sở Ngoại vụ; thí điểm trả kết quả điện tử văn bản cho phép tổ chức hội nghị, hội thảo quốc tế (Quyết định số 52/QĐ-VP ngày 26/5/2025).",
        "2. Công tác tuyên truyền: đăng tải 24 tin, bài về cải cách hành chính lĩnh vực ngoại vụ.",
        "3. Cải cách thủ tục hành chính: 6 tháng đầu năm 2025, lĩnh vực ngoại vụ tiếp nhận 579 hồ sơ (quý II: 311 hồ sơ; cùng kỳ năm 2024: 537 hồ sơ), giải quyết đúng hạn 100%; tỷ lệ tiếp nhận trực tuyến đạt 68,4%.",
    ], clock="10:02:17"),
    vp_report(f"{D}/2025/BC 118 CCHC ngoai vu quy III 2025.docx", "docx", "118/BC-VP", "2025-10-08", "quý III và 9 tháng năm 2025", [
        "1. Công tác chỉ đạo, điều hành: bãi bỏ Quyết định số 66/QĐ-SNgV ngày 15/9/2023 của Sở Ngoại vụ tại Quyết định số 92/QĐ-VP ngày 10/7/2025 do cấp huyện kết thúc hoạt động từ ngày 01/7/2025.",
        "2. Cải cách thủ tục hành chính: quý III năm 2025, lĩnh vực ngoại vụ tiếp nhận 330 hồ sơ (cùng kỳ năm 2024: 302 hồ sơ); lũy kế 9 tháng năm 2025 tiếp nhận 909 hồ sơ (cùng kỳ năm 2024: 839 hồ sơ); tỷ lệ tiếp nhận trực tuyến 9 tháng đạt 70,2%.",
        "[[TABLE]]",
    ], table=[["Chỉ tiêu", "Quý I", "Quý II", "Quý III", "Lũy kế 9 tháng"], ["Hồ sơ tiếp nhận", "268", "311", "330", "909"], ["Cùng kỳ năm 2024", "251", "286", "302", "839"]], reg="Mã văn bản: PL.VP-2025-118-BC"),
    vp_report(f"{D}/2025/165_BC-VP_20251212.pdf", "pdf", "165/BC-VP", "2025-12-12", "năm 2025", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 15/KH-VP ngày 20/3/2025; hướng dẫn tự đánh giá Chỉ số cải cách hành chính năm 2025 đối với lĩnh vực ngoại vụ (Công văn số 402/VP-NgV ngày 13/11/2025).",
        "2. Công tác kiểm tra: kiểm tra công tác cải cách hành chính lĩnh vực ngoại vụ tại 03 xã, phường theo Kế hoạch số 22/KH-VP ngày 28/3/2025 (kế hoạch 04 đơn vị cấp xã).",
        "3. Công tác tuyên truyền: đăng tải 52 tin, bài về cải cách hành chính lĩnh vực ngoại vụ (kế hoạch 50 tin, bài).",
        "4. Cải cách thủ tục hành chính: Văn phòng thực hiện 09 TTHC lĩnh vực ngoại vụ (Quyết định số 512/QĐ-UBND ngày 10/3/2025). Từ ngày 01/01/2025 đến ngày 30/11/2025, lĩnh vực ngoại vụ tiếp nhận 1.122 hồ sơ (Sở Ngoại vụ đến ngày 28/02/2025: 171 hồ sơ; Văn phòng UBND tỉnh từ ngày 01/3/2025: 951 hồ sơ); giải quyết đúng hạn 1.121 hồ sơ, quá hạn 01 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 71,0%; tỷ lệ hài lòng đạt 98,6%. Ước thực hiện cả năm 2025: tiếp nhận khoảng 1.230 hồ sơ; tỷ lệ trực tuyến ước đạt 72%, vượt chỉ tiêu tối thiểu 70% tại Kế hoạch số 15/KH-VP ngày 20/3/2025.",
        "5. Cải cách tổ chức bộ máy: chức năng, nhiệm vụ ngoại vụ do Phòng Ngoại vụ thuộc Văn phòng UBND tỉnh thực hiện từ ngày 01/3/2025 (trước đây do Sở Ngoại vụ với Văn phòng và 03 phòng chuyên môn).",
        "6. Cải cách chế độ công vụ: Phòng Ngoại vụ được bố trí 11 biên chế công chức (Sở Ngoại vụ năm 2024: 24 biên chế); cử 08 lượt công chức tham gia đào tạo, bồi dưỡng.",
        "7. Xây dựng chính quyền số: 99,5% văn bản đi lĩnh vực ngoại vụ được ký số; số liệu chi tiết tại Phụ lục kèm theo Báo cáo.",
    ], signer=BAO, clock="08:47:20"),
    # ------------------------------------------------------------ 2026, the Văn phòng
    vp_report(f"{D}/2026/BC 31 CCHC ngoai vu quy I 2026.docx", "docx", "31/BC-VP", "2026-04-07", "quý I năm 2026", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 30/KH-VP ngày 10/02/2026 về kiểm tra và Kế hoạch số 34/KH-VP ngày 12/02/2026 về tuyên truyền cải cách hành chính lĩnh vực ngoại vụ năm 2026.",
        "2. Số liệu chính thức năm 2025 (thay số liệu ước tại Báo cáo số 165/BC-VP ngày 12/12/2025; Công văn số 09/VP-NgV ngày 08/01/2026): năm 2025, lĩnh vực ngoại vụ tiếp nhận 1.217 hồ sơ (Sở Ngoại vụ: 171 hồ sơ; Văn phòng UBND tỉnh: 1.046 hồ sơ); tiếp nhận trực tuyến 873 hồ sơ, đạt 71,7%.",
        "3. Cải cách thủ tục hành chính: quý I năm 2026, Văn phòng tiếp nhận 301 hồ sơ lĩnh vực ngoại vụ (cùng kỳ năm 2025: 268 hồ sơ), giải quyết đúng hạn 100%; tỷ lệ tiếp nhận trực tuyến đạt 74,8% (chỉ tiêu năm 2026: tối thiểu 75%).",
        "[[TABLE]]",
    ], table=[["Chỉ tiêu", "Quý I/2026", "Cùng kỳ 2025", "Năm 2025 (chính thức)"], ["Hồ sơ tiếp nhận", "301", "268", "1.217"], ["Tỷ lệ trực tuyến", "74,8%", "66,0%", "71,7%"]]),
    vp_report(f"{D}/2026/79_BC-VP_20260706.pdf", "pdf", "79/BC-VP", "2026-07-06", "6 tháng đầu năm 2026", [
        "1. Công tác chỉ đạo, điều hành: gia hạn thí điểm trả kết quả điện tử văn bản cho phép tổ chức hội nghị, hội thảo quốc tế đến ngày 30/6/2026 (Quyết định số 140/QĐ-VP ngày 22/12/2025).",
        "2. Công tác tuyên truyền: đăng tải 26 tin, bài (kế hoạch năm 2026: 55 tin, bài).",
        "3. Cải cách thủ tục hành chính: 6 tháng đầu năm 2026, Văn phòng tiếp nhận 648 hồ sơ lĩnh vực ngoại vụ (quý II: 347 hồ sơ; cùng kỳ năm 2025: 579 hồ sơ), giải quyết đúng hạn 100%; tỷ lệ tiếp nhận trực tuyến đạt 75,6%.",
    ], clock="15:31:09", later=0, sign_line=True),
    vp_report(f"{D}/2026/128_BC-VP_20261007.pdf", "pdf", "128/BC-VP", "2026-10-07", "quý III và 9 tháng năm 2026", [
        "1. Công tác chỉ đạo, điều hành: tham mưu Chủ tịch UBND tỉnh bãi bỏ 01 TTHC lĩnh vực ngoại vụ (Quyết định số 1688/QĐ-UBND ngày 05/8/2026); đôn đốc số hóa hồ sơ TTHC lĩnh vực ngoại vụ (Công văn số 612/VP-NgV ngày 10/9/2026).",
        "2. Công tác kiểm tra: điều chỉnh Kế hoạch kiểm tra năm 2026 tại Kế hoạch số 118/KH-VP ngày 15/7/2026; thành lập Đoàn kiểm tra (Quyết định số 101/QĐ-VP ngày 10/8/2026); quý III kiểm tra 02 xã, phường.",
        "3. Công tác tuyên truyền: quý III đăng tải 15 tin, bài; lũy kế 9 tháng 41 tin, bài.",
        "4. Cải cách thủ tục hành chính: từ ngày 05/8/2026, Văn phòng thực hiện 08 TTHC lĩnh vực ngoại vụ. Quý III năm 2026, Văn phòng tiếp nhận 362 hồ sơ (cùng kỳ năm 2025: 330 hồ sơ), giải quyết đúng hạn 100%; tỷ lệ tiếp nhận trực tuyến đạt 78,5%; tỷ lệ hài lòng 98,9%. Lũy kế 9 tháng năm 2026 tiếp nhận 1.014 hồ sơ (cùng kỳ năm 2025: 909 hồ sơ); tỷ lệ tiếp nhận trực tuyến 9 tháng đạt 76,9%, vượt chỉ tiêu tối thiểu 75% tại Kế hoạch số 188/KH-VP ngày 24/12/2025.",
        "5. Điều chỉnh số liệu: số hồ sơ tiếp nhận 6 tháng đầu năm 2026 đã báo cáo tại Báo cáo số 79/BC-VP ngày 06/7/2026 là 648 hồ sơ, nay điều chỉnh thành 652 hồ sơ do bổ sung 04 hồ sơ nộp qua dịch vụ bưu chính công ích chưa được cập nhật trên Hệ thống thông tin giải quyết TTHC của tỉnh. Số liệu lũy kế 9 tháng đã được điều chỉnh tương ứng.",
        "6. Xây dựng chính quyền số: quý III, 99,7% văn bản đi lĩnh vực ngoại vụ được ký số.",
    ], clock="09:26:41"),
]

# The January letters of the official figures (Công văn to the Sở Nội vụ).
OFFICIAL = [
    Doc(f"{D}/2025/18_SNgV-VP_20250110.pdf", "pdf", "18/SNgV-VP", "2025-01-10", "", "báo cáo số liệu chính thức về cải cách hành chính năm 2024",
        "Tại Báo cáo số 186/BC-SNgV ngày 11/12/2024, Sở Ngoại vụ đã báo cáo số liệu giải quyết TTHC năm 2024 tính đến ngày 30/11/2024 và số liệu ước thực hiện cả năm. Sở Ngoại vụ báo cáo số liệu chính thức năm 2024 như sau:\n\nNăm 2024, Sở tiếp nhận 1.127 hồ sơ; giải quyết đúng hạn 1.125 hồ sơ, quá hạn 02 hồ sơ; tiếp nhận trực tuyến 726 hồ sơ, đạt 64,4%; tỷ lệ hài lòng của tổ chức, cá nhân đạt 98,3%.\n\nSở Ngoại vụ kính gửi Sở Nội vụ tổng hợp./.",
        TRUNG, ("- Như trên;", "- UBND tỉnh (để b/c);", "- Lưu: VT, VP."), kinh_gui="Sở Nội vụ tỉnh Phước Lâm.", signatures=sign(SO, "2025-01-10", "14:22:03", 0)),
    Doc(f"{D}/2026/CV 09 so lieu chinh thuc CCHC ngoai vu 2025.docx", "docx", "09/VP-NgV", "2026-01-08", "", "báo cáo số liệu chính thức về cải cách hành chính lĩnh vực ngoại vụ năm 2025",
        "Tại Báo cáo số 165/BC-VP ngày 12/12/2025, Văn phòng UBND tỉnh đã báo cáo số liệu giải quyết TTHC lĩnh vực ngoại vụ năm 2025 tính đến ngày 30/11/2025 và số liệu ước thực hiện cả năm (khoảng 1.230 hồ sơ). Văn phòng UBND tỉnh báo cáo số liệu chính thức năm 2025 như sau:\n\nNăm 2025, lĩnh vực ngoại vụ tiếp nhận 1.217 hồ sơ, trong đó Sở Ngoại vụ tiếp nhận từ ngày 01/01 đến ngày 28/02/2025: 171 hồ sơ, Văn phòng UBND tỉnh tiếp nhận từ ngày 01/3 đến ngày 31/12/2025: 1.046 hồ sơ; giải quyết đúng hạn 1.216 hồ sơ, quá hạn 01 hồ sơ; tiếp nhận trực tuyến 873 hồ sơ, đạt 71,7%.\n\nVăn phòng UBND tỉnh kính gửi Sở Nội vụ tổng hợp./.",
        BAO, ("- Như trên;", "- Lãnh đạo Văn phòng;", "- Lưu: VT, NgV."), issuer=VP, kinh_gui="Sở Nội vụ tỉnh Phước Lâm.", reg="Số đăng ký: 0031/VBĐi-VP"),
]

# ------------------------------------------------------------------ the province's reports (incoming)


def province(file: str, number: str, iso: str, title: str, para: str, den: tuple[str, str], recv: tuple[tuple[tuple[str, ...], str], ...], signer: tuple[str, ...] = DUC) -> Doc:
    body = [
        f"UBND tỉnh Phước Lâm báo cáo kết quả thực hiện công tác cải cách hành chính {title} như sau:",
        "I. KẾT QUẢ THỰC HIỆN",
        para,
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
        "Tiếp tục đẩy mạnh cải cách thủ tục hành chính, chuyển đổi số; nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, doanh nghiệp.",
        f"UBND tỉnh Phước Lâm báo cáo Bộ Nội vụ kết quả cải cách hành chính {title}./.",
    ]
    return Doc(file, "pdf", number, iso, "BÁO CÁO", f"Kết quả thực hiện công tác cải cách hành chính {title} của tỉnh Phước Lâm", "\n\n".join(body), signer, TO_UBBC, issuer=UB, incoming=den, signatures=sign(UB, iso, "16:10:44", 0) + recv)


N = "Van ban den"
PROVINCE = [
    province(f"{N}/2024/VBDen_2024_2187.pdf", "305/BC-UBND", "2024-12-20", "năm 2024",
             "Năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 412.560 hồ sơ TTHC, trong đó trực tuyến đạt 61,7%; tỷ lệ giải quyết đúng hạn đạt 98,9%.",
             ("2187", "23/12/2024"), ((SO, "23.12.2024 08:05:12 +07:00"),), KHAI),
    province(f"{N}/2025/VBDen_2025_2240.pdf", "318/BC-UBND", "2025-12-19", "năm 2025",
             "Tính đến ngày 15/12/2025, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 438.905 hồ sơ TTHC, trong đó trực tuyến đạt 66,3%; chức năng, nhiệm vụ ngoại vụ được chuyển giao từ Sở Ngoại vụ về Văn phòng UBND tỉnh từ ngày 01/3/2025 (Quyết định số 388/QĐ-UBND ngày 25/02/2025).",
             ("2240", "22/12/2025"), ((VP, "22.12.2025 07:55:40 +07:00"),)),
    province(f"{N}/2026/VBDen_2026_1904.pdf", "250/BC-UBND", "2026-10-15", "quý III và 9 tháng năm 2026",
             "9 tháng năm 2026, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 356.214 hồ sơ TTHC (riêng quý III: 128.530 hồ sơ), trong đó trực tuyến đạt 79,2%.",
             ("1904", "16/10/2026"), ((VP, "16.10.2026 08:31:02 +07:00"),)),
]

# ------------------------------------------------------------------ foreign affairs: SECTOR statistics


def affairs(file: str, fmt: str, number: str, iso: str, issuer: tuple[str, ...], title: str, text: str, signer: tuple[str, ...], clock: str = "") -> Doc:
    who = "Sở Ngoại vụ" if issuer == SO else "Văn phòng UBND tỉnh"
    sigs = sign(issuer, iso, clock) if clock else ()
    return Doc(file, fmt, number, iso, "BÁO CÁO", f"Kết quả công tác đối ngoại {title}", f"{text}\n\n{who} báo cáo UBND tỉnh./.", signer, ("- UBND tỉnh (để b/c);", "- Bộ Ngoại giao;", "- Lưu: VT."), issuer=issuer, signatures=sigs)


SECTOR = [
    affairs(f"{D}/2024/190_BC-SNgV_20241218.pdf", "pdf", "190/BC-SNgV", "2024-12-18", SO, "năm 2024",
            "I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI\n\nNăm 2024, Sở Ngoại vụ tham mưu UBND tỉnh cử 86 đoàn ra với 412 lượt người; đón 154 đoàn vào với 2.318 lượt khách quốc tế; cho phép tổ chức 27 hội nghị, hội thảo quốc tế. Có 31 tổ chức phi chính phủ nước ngoài hoạt động trên địa bàn tỉnh, giải ngân viện trợ 4,6 triệu USD.\n\nII. CÔNG TÁC BIÊN GIỚI VÀ NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI\n\nPhối hợp tuần tra song phương 12 đợt; đón 03 đoàn kiều bào về thăm quê hương.",
            PHAT, "10:18:33"),
    affairs(f"{D}/2025/BC 170 cong tac doi ngoai 2025.docx", "docx", "170/BC-VP", "2025-12-16", VP, "năm 2025",
            "I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI\n\nNăm 2025, tỉnh cử 92 đoàn ra; đón 168 đoàn vào với 2.640 lượt khách quốc tế; cho phép tổ chức 31 hội nghị, hội thảo quốc tế. Từ ngày 01/3/2025, Văn phòng UBND tỉnh tiếp nhận nhiệm vụ quản lý đoàn ra, đoàn vào từ Sở Ngoại vụ.\n\nII. CÔNG TÁC BIÊN GIỚI\n\nPhối hợp tuần tra song phương 14 đợt.",
            HUONG),
    affairs(f"{D}/2026/136_BC-VP_20261012.pdf", "pdf", "136/BC-VP", "2026-10-12", VP, "9 tháng năm 2026",
            "I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI\n\n9 tháng năm 2026, tỉnh cử 71 đoàn ra; đón 126 đoàn vào với 1.985 lượt khách quốc tế; cho phép tổ chức 22 hội nghị, hội thảo quốc tế.\n\nII. NHIỆM VỤ QUÝ IV\n\nChuẩn bị Chương trình gặp mặt người Việt Nam ở nước ngoài dịp Tết Nguyên đán 2027.",
            HUONG, "08:02:55"),
]

ALL = [*REPORTS, *OFFICIAL, *PROVINCE, *SECTOR]
