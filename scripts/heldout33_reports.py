"""Thirty-third held-out archive: the REPORTS of the Sở Tư pháp tỉnh Liên Sơn (fictional), 2022 –
2026. Do not tune on it.

- the year reports signed in December with 11 months and an ESTIMATE ("ước thực hiện cả năm"),
  whose official figures come in January by Công văn "thay cho số liệu ước tại Báo cáo số …"
  (2022, 2023, 2024: 08/STP-VP of 2023 and of 2025 share number and symbol) or in the next
  quarter's report (2025: 58/BC-STP);
- a báo cáo bổ sung that corrects a figure and adds one (270/BC-STP of 265/BC-STP), and one that
  corrects the quarter's and the cumulative figures (178/BC-STP of 172/BC-STP);
- the quarterly reports with the quarter's own figure beside the lũy kế từ đầu năm;
- the quý I 2025 report stating the Sở's index score before its correction (87,35), the six-month
  report stating it corrected (88,35).

Facts in ``bench/data/heldout33_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout33_common import CUONG, HA, TO_REPORT, TUAN, Doc

S = "So Tu phap"
TASKS = "Tiếp tục thực hiện các nhiệm vụ cải cách hành chính theo kế hoạch; nâng cao tỷ lệ hồ sơ trực tuyến, số hóa hồ sơ; rà soát kỹ văn bản trước khi ban hành, hạn chế sai sót phải đính chính."


def _f(year: int, name: str) -> str:
    return f"{S}/{year}/Van ban di/{name}"


def report(file: str, fmt: str, number: str, iso: str, title: str, paras: list[str], *, signer: tuple[str, ...] = TUAN, table: list[list[str]] | None = None, subject: str = "") -> Doc:
    """One of the Sở Tư pháp's CCHC reports."""
    lead = f"Sở Tư pháp tỉnh Liên Sơn báo cáo kết quả thực hiện công tác cải cách hành chính {title} như sau:"
    body = [lead, "I. KẾT QUẢ THỰC HIỆN", *paras, "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", TASKS, "Sở Tư pháp tỉnh Liên Sơn báo cáo UBND tỉnh, Sở Nội vụ./."]
    subject = subject or f"Kết quả thực hiện công tác cải cách hành chính {title}"
    return Doc(file, fmt, number, iso, "BÁO CÁO", subject, "\n\n".join(body), signer, TO_REPORT, table=table)


def addendum(file: str, fmt: str, number: str, iso: str, subject: str, paras: list[str], signer: tuple[str, ...]) -> Doc:
    """A báo cáo bổ sung: it names the report it corrects and adds to."""
    body = [*paras, "Các nội dung, số liệu khác tại Báo cáo giữ nguyên. Sở Tư pháp tỉnh Liên Sơn báo cáo UBND tỉnh, Sở Nội vụ./."]
    return Doc(file, fmt, number, iso, "BÁO CÁO", subject, "\n\n".join(body), signer, TO_REPORT)


def official(file: str, fmt: str, number: str, iso: str, subject: str, paras: list[str], signer: tuple[str, ...]) -> Doc:
    """A January letter of the official figures, to the UBND tỉnh and the Sở Nội vụ."""
    to = ("- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, VP.")
    return Doc(file, fmt, number, iso, "", subject, "\n\n".join(paras), signer, to, kinh_gui="UBND tỉnh; Sở Nội vụ.")


ALL = [
    report(_f(2022, "228_BC-STP_20221212.pdf"), "pdf", "228/BC-STP", "2022-12-12", "năm 2022", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 15/KH-STP ngày 24/01/2022 về cải cách hành chính năm 2022 và Quy chế làm việc của Sở (Quyết định số 25/QĐ-STP ngày 02/3/2022); UBND tỉnh công bố danh mục 62 TTHC thuộc thẩm quyền giải quyết của Sở (Quyết định số 410/QĐ-UBND ngày 16/5/2022).",
        "2. Cải cách thủ tục hành chính: từ ngày 01/01/2022 đến ngày 30/11/2022, Sở tiếp nhận 14.250 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 38,5%. Ước thực hiện cả năm 2022: tiếp nhận khoảng 15.600 hồ sơ.",
    ], signer=HA),
    official(_f(2023, "CV 08 so lieu chinh thuc CCHC 2022.docx"), "docx", "08/STP-VP", "2023-01-10", "báo cáo số liệu chính thức về cải cách hành chính năm 2022", [
        "Sở Tư pháp báo cáo số liệu chính thức năm 2022 thay cho số liệu ước tại Báo cáo số 228/BC-STP ngày 12/12/2022 như sau:",
        "Năm 2022, Sở tiếp nhận 15.482 hồ sơ TTHC; giải quyết đúng hạn 98,7%; tỷ lệ tiếp nhận trực tuyến đạt 39,2%.",
        "Sở Tư pháp kính báo cáo./.",
    ], HA),
    report(_f(2023, "BC 232 CCHC nam 2023.docx"), "docx", "232/BC-STP", "2023-12-11", "năm 2023", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 05/KH-STP ngày 16/01/2023; thành lập Tổ công tác rà soát, đơn giản hóa thủ tục hành chính (Quyết định số 55/QĐ-STP ngày 18/4/2023); ban hành Quy chế tiếp nhận, xử lý phản ánh, kiến nghị về TTHC (Quyết định số 62/QĐ-STP ngày 10/5/2023).",
        "2. Cải cách thủ tục hành chính: từ ngày 01/01/2023 đến ngày 30/11/2023, Sở tiếp nhận 15.900 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 46,0%. Ước thực hiện cả năm 2023: tiếp nhận khoảng 17.300 hồ sơ.",
    ], signer=HA),
    official(_f(2024, "07_STP-VP_20240110.pdf"), "pdf", "07/STP-VP", "2024-01-10", "báo cáo số liệu chính thức về cải cách hành chính năm 2023", [
        "Sở Tư pháp báo cáo số liệu chính thức năm 2023 thay cho số liệu ước tại Báo cáo số 232/BC-STP ngày 11/12/2023 như sau:",
        "Năm 2023, Sở tiếp nhận 17.215 hồ sơ TTHC; giải quyết đúng hạn 98,9%; tỷ lệ tiếp nhận trực tuyến đạt 47,3%.",
        "Sở Tư pháp kính báo cáo./.",
    ], HA),
    report(_f(2024, "BC 96 CCHC quy I 2024.docx"), "docx", "96/BC-STP", "2024-04-03", "quý I năm 2024", [
        "1. Công tác chỉ đạo, điều hành: ban hành lại Kế hoạch cải cách hành chính năm 2024 (Kế hoạch số 20/KH-STP ngày 01/3/2024), Kế hoạch kiểm tra (Kế hoạch số 12/KH-STP ngày 05/02/2024), Kế hoạch tuyên truyền (Kế hoạch số 22/KH-STP ngày 20/02/2024) và Kế hoạch chuyển đổi số (Kế hoạch số 28/KH-STP ngày 05/3/2024).",
        "2. Số liệu chính thức năm 2023 (Công văn số 07/STP-VP ngày 10/01/2024): Sở tiếp nhận 17.215 hồ sơ TTHC, tỷ lệ trực tuyến 47,3%.",
        "3. Cải cách thủ tục hành chính: quý I năm 2024, Sở tiếp nhận 4.420 hồ sơ TTHC (cùng kỳ năm 2023: 3.980 hồ sơ); tỷ lệ tiếp nhận trực tuyến đạt 58,1%.",
    ]),
    report(_f(2024, "265_BC-STP_20241213.pdf"), "pdf", "265/BC-STP", "2024-12-13", "năm 2024", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 20/KH-STP ngày 01/3/2024; UBND tỉnh công bố danh mục 71 TTHC được chuẩn hóa thuộc thẩm quyền giải quyết của Sở (Quyết định số 845/QĐ-UBND ngày 22/4/2024, được đính chính tại Quyết định số 902/QĐ-UBND ngày 03/5/2024, có hiệu lực từ ngày 01/6/2024); sửa đổi thời hạn xử lý phản ánh, kiến nghị (Quyết định số 120/QĐ-STP ngày 26/8/2024).",
        "2. Công tác kiểm tra: kiểm tra 9 đơn vị theo Kế hoạch số 12/KH-STP ngày 05/02/2024 (kế hoạch 12 đơn vị).",
        "3. Công tác tuyên truyền: đăng tải 74 tin, bài (kế hoạch 60 tin, bài tại Kế hoạch số 22/KH-STP ngày 20/02/2024).",
        "4. Cải cách thủ tục hành chính: từ ngày 01/01/2024 đến ngày 30/11/2024, Sở tiếp nhận 17.840 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 68,2%. Ước thực hiện cả năm 2024: tiếp nhận khoảng 19.500 hồ sơ; tỷ lệ trực tuyến ước đạt 68,5%, vượt chỉ tiêu tối thiểu 55% tại Kế hoạch số 08/KH-UBND ngày 08/01/2024.",
        "5. Xây dựng chính quyền số: thực hiện Công văn số 285/STP-VP ngày 08/10/2024 về số hóa hồ sơ TTHC.",
    ], signer=HA),
    addendum(_f(2024, "BC 270 bo sung BC 265.docx"), "docx", "270/BC-STP", "2024-12-20", "Bổ sung, đính chính số liệu Báo cáo số 265/BC-STP ngày 13/12/2024 về kết quả công tác cải cách hành chính năm 2024", [
        "Sở Tư pháp bổ sung, đính chính Báo cáo số 265/BC-STP ngày 13/12/2024 như sau:",
        "1. Tại mục 2 (Công tác kiểm tra): năm 2024 Sở đã kiểm tra 11 đơn vị (không phải 9 đơn vị như đã báo cáo, do chưa tổng hợp 02 đơn vị được kiểm tra trong tháng 11/2024); kế hoạch 12 đơn vị.",
        "2. Bổ sung tại mục 5 (Xây dựng chính quyền số): tỷ lệ hồ sơ TTHC được số hóa năm 2024 đạt 81,6% (chỉ tiêu tối thiểu 75%).",
    ], HA),
    official(_f(2025, "08_STP-VP_20250109.pdf"), "pdf", "08/STP-VP", "2025-01-09", "báo cáo số liệu chính thức về cải cách hành chính năm 2024", [
        "Sở Tư pháp báo cáo số liệu chính thức năm 2024 thay cho số liệu ước tại Báo cáo số 265/BC-STP ngày 13/12/2024 như sau:",
        "Năm 2024, Sở tiếp nhận 19.386 hồ sơ TTHC; giải quyết đúng hạn 99,2%; tỷ lệ tiếp nhận trực tuyến đạt 69,1%.",
        "Sở Tư pháp kính báo cáo./.",
    ], HA),
    report(_f(2025, "BC 72 CCHC quy I 2025.docx"), "docx", "72/BC-STP", "2025-04-04", "quý I năm 2025", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 06/KH-STP ngày 14/01/2025 về cải cách hành chính năm 2025 (được đính chính tại Quyết định số 11/QĐ-STP ngày 21/01/2025), Kế hoạch kiểm tra (Kế hoạch số 14/KH-STP ngày 10/02/2025); ban hành Quy chế tiếp nhận, giải quyết TTHC cấp Phiếu lý lịch tư pháp trên môi trường điện tử (Quyết định số 42/QĐ-STP ngày 25/3/2025, có hiệu lực từ ngày 01/4/2025). Từ ngày 01/01/2025, Chỉ số cải cách hành chính được đánh giá theo Quy chế ban hành kèm theo Quyết định số 2345/QĐ-UBND ngày 18/12/2024 của UBND tỉnh.",
        "2. Theo Quyết định số 610/QĐ-UBND ngày 02/4/2025 của UBND tỉnh, Chỉ số cải cách hành chính năm 2024 của Sở Tư pháp đạt 87,35 điểm, xếp thứ 6/19 sở, ban, ngành.",
        "3. Số liệu chính thức năm 2024 (Công văn số 08/STP-VP ngày 09/01/2025): Sở tiếp nhận 19.386 hồ sơ TTHC, tỷ lệ trực tuyến 69,1%.",
        "4. Cải cách thủ tục hành chính: quý I năm 2025, Sở tiếp nhận 5.020 hồ sơ TTHC (cùng kỳ năm 2024: 4.420 hồ sơ); tỷ lệ tiếp nhận trực tuyến đạt 70,4%.",
    ], signer=HA),
    report(_f(2025, "118_BC-STP_20250623.pdf"), "pdf", "118/BC-STP", "2025-06-23", "6 tháng đầu năm 2025", [
        "1. Công tác chỉ đạo, điều hành: Chỉ số cải cách hành chính năm 2024 của Sở Tư pháp đạt 88,35 điểm, xếp thứ 4/19 sở, ban, ngành (Quyết định số 610/QĐ-UBND ngày 02/4/2025, được đính chính tại Quyết định số 655/QĐ-UBND ngày 10/4/2025 của UBND tỉnh). Ban hành Quy chế làm việc mới của Sở (Quyết định số 95/QĐ-STP ngày 20/6/2025, có hiệu lực từ ngày 01/7/2025).",
        "2. Chính quyền số: thí điểm tiếp nhận hồ sơ cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID tại 03 huyện từ ngày 01/6/2025 (Quyết định số 88/QĐ-STP ngày 15/5/2025).",
        "3. Cải cách thủ tục hành chính: 6 tháng đầu năm 2025, Sở tiếp nhận 10.480 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 71,8%.",
    ], signer=HA),
    report(_f(2025, "BC 182 CCHC quy III 2025.docx"), "docx", "182/BC-STP", "2025-10-06", "quý III năm 2025", [
        "1. Công tác chỉ đạo, điều hành: triển khai Thông báo số 156/TB-UBND ngày 10/6/2025 của UBND tỉnh (Công văn số 175/STP-VP ngày 20/6/2025).",
        "2. Cải cách thủ tục hành chính: quý III năm 2025, Sở tiếp nhận 5.560 hồ sơ TTHC; lũy kế 9 tháng năm 2025 tiếp nhận 16.040 hồ sơ; tỷ lệ tiếp nhận trực tuyến 9 tháng đạt 73,5%.",
        "3. Chính quyền số: thí điểm qua ứng dụng VNeID tiếp nhận 812 hồ sơ đến ngày 30/9/2025.",
    ], signer=CUONG),
    report(_f(2025, "250_BC-STP_20251212.pdf"), "pdf", "250/BC-STP", "2025-12-12", "năm 2025", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 06/KH-STP ngày 14/01/2025; gia hạn thí điểm tiếp nhận hồ sơ cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID đến ngày 31/5/2026 (Quyết định số 160/QĐ-STP ngày 20/11/2025).",
        "2. Công tác kiểm tra: kiểm tra 12 đơn vị theo Kế hoạch số 14/KH-STP ngày 10/02/2025 (đạt 100% kế hoạch).",
        "3. Công tác tuyên truyền: đăng tải 86 tin, bài (kế hoạch 70 tin, bài tại Kế hoạch số 16/KH-STP ngày 12/02/2025).",
        "4. Chế độ công vụ: cử 48 lượt công chức, viên chức tham gia bồi dưỡng (kế hoạch 45 lượt tại Kế hoạch số 18/KH-STP ngày 20/02/2025).",
        "5. Cải cách thủ tục hành chính: từ ngày 01/01/2025 đến ngày 30/11/2025, Sở tiếp nhận 20.150 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 74,6%. Ước thực hiện cả năm 2025: tiếp nhận khoảng 22.000 hồ sơ; tỷ lệ trực tuyến ước đạt 74,8%, vượt chỉ tiêu tối thiểu 65% tại Kế hoạch số 09/KH-UBND ngày 06/01/2025.",
        "6. Chính quyền số: thí điểm qua ứng dụng VNeID tiếp nhận 1.284 hồ sơ đến ngày 30/11/2025.",
    ], signer=CUONG),
    report(_f(2026, "BC 58 CCHC quy I 2026.docx"), "docx", "58/BC-STP", "2026-04-03", "quý I năm 2026", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 03/KH-STP ngày 08/01/2026 về cải cách hành chính năm 2026 và Kế hoạch số 12/KH-STP ngày 12/01/2026 về kiểm tra; bãi bỏ Quyết định thành lập Tổ công tác rà soát, đơn giản hóa thủ tục hành chính (Quyết định số 24/QĐ-STP ngày 02/3/2026).",
        "2. Số liệu chính thức năm 2025: Sở tiếp nhận 21.874 hồ sơ TTHC; giải quyết đúng hạn 99,4%; tỷ lệ tiếp nhận trực tuyến đạt 75,3%. Số liệu này thay cho số liệu ước tại Báo cáo số 250/BC-STP ngày 12/12/2025.",
        "3. Cải cách thủ tục hành chính: quý I năm 2026, Sở tiếp nhận 5.420 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 77,1% (chỉ tiêu năm 2026: tối thiểu 80%).",
    ], signer=CUONG),
    report(_f(2026, "112_BC-STP_20260703.pdf"), "pdf", "112/BC-STP", "2026-07-03", "quý II và 6 tháng đầu năm 2026", [
        "1. Công tác chỉ đạo, điều hành: theo Quyết định số 702/QĐ-UBND ngày 08/4/2026 của UBND tỉnh, Chỉ số cải cách hành chính năm 2025 của Sở Tư pháp đạt 90,12 điểm, xếp thứ 3/19.",
        "2. Cải cách thủ tục hành chính: quý II năm 2026, Sở tiếp nhận 5.910 hồ sơ TTHC; lũy kế 6 tháng đầu năm 2026 tiếp nhận 11.330 hồ sơ; tỷ lệ tiếp nhận trực tuyến 6 tháng đạt 78,0%.",
        "3. Chính quyền số: tỷ lệ hồ sơ TTHC được số hóa đạt 88,7%; thí điểm qua ứng dụng VNeID kết thúc ngày 31/5/2026, lũy kế tiếp nhận 2.930 hồ sơ.",
        "[[TABLE]]",
    ], signer=CUONG, table=[["Chỉ tiêu", "Quý I/2026", "Quý II/2026", "6 tháng"], ["Hồ sơ tiếp nhận", "5.420", "5.910", "11.330"], ["Tỷ lệ trực tuyến", "77,1%", "78,8%", "78,0%"]]),
    report(_f(2026, "172_BC-STP_20261005.pdf"), "pdf", "172/BC-STP", "2026-10-05", "quý III năm 2026", [
        "1. Công tác chỉ đạo, điều hành: bãi bỏ Điều 5 Quy chế cấp Phiếu lý lịch tư pháp trên môi trường điện tử (Quyết định số 118/QĐ-STP ngày 20/7/2026, có hiệu lực từ ngày 01/8/2026); hướng dẫn báo cáo số liệu quý III (Công văn số 152/STP-VP ngày 14/8/2026); công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 (Quyết định số 132/QĐ-STP ngày 08/9/2026).",
        "2. Công tác kiểm tra: quý III kiểm tra 04 đơn vị; lũy kế 9 tháng kiểm tra 9 đơn vị (kế hoạch năm 12 đơn vị tại Kế hoạch số 12/KH-STP ngày 12/01/2026).",
        "3. Cải cách thủ tục hành chính: quý III năm 2026 (từ ngày 01/7/2026 đến ngày 30/9/2026), Sở tiếp nhận 6.240 hồ sơ TTHC; lũy kế 9 tháng năm 2026 tiếp nhận 17.570 hồ sơ; tỷ lệ tiếp nhận trực tuyến quý III đạt 78,6%, lũy kế 9 tháng đạt 78,2%; giải quyết đúng hạn quý III 99,5%.",
        "4. Chính quyền số: tỷ lệ hồ sơ TTHC được số hóa đạt 90,4% (thực hiện Công văn số 188/STP-VP ngày 25/8/2026).",
    ], signer=CUONG),
    addendum(_f(2026, "BC 178 bo sung so lieu quy III 2026.docx"), "docx", "178/BC-STP", "2026-10-20", "Bổ sung, điều chỉnh số liệu tại Báo cáo số 172/BC-STP ngày 05/10/2026 về kết quả công tác cải cách hành chính quý III năm 2026", [
        "Sở Tư pháp bổ sung, điều chỉnh số liệu tại Báo cáo số 172/BC-STP ngày 05/10/2026 như sau:",
        "Tại mục 3: quý III năm 2026, Sở tiếp nhận 6.310 hồ sơ TTHC (thay cho số liệu 6.240 hồ sơ đã báo cáo); lũy kế 9 tháng năm 2026 tiếp nhận 17.640 hồ sơ (thay cho số liệu 17.570 hồ sơ), do Trung tâm Trợ giúp pháp lý nhà nước báo cáo bổ sung 70 hồ sơ tiếp nhận trong tháng 9/2026.",
    ], CUONG),
]
