"""The periodic CCHC reports of the fictional Hòa An archive: 2023 annual, 2024 Q1 and H1.

The 2023 annual report 310/BC-SKHCN is "the first year's report": its numbered parts
(I. chỉ đạo, điều hành with kiểm tra and tuyên truyền; II. the six areas of Nghị quyết
76/NQ-CP; III. khó khăn, hạn chế; IV. phương hướng; V. kiến nghị; Nơi nhận) are the
outline the 2024 reports reuse. Figures differ between the years on purpose.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from sample_header import Sample, header

BC_310 = (
    header(
        "310/BC-SKHCN",
        "ngày 12 tháng 12 năm 2023",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2023",
    )
    + """
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH

1. Về kế hoạch cải cách hành chính

Triển khai Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 ban hành kèm theo Quyết định số 2845/QĐ-UBND ngày 18/12/2020 của UBND tỉnh, Sở đã ban hành Kế hoạch số 09/KH-SKHCN ngày 05/01/2023 về cải cách hành chính năm 2023 với 18 nhiệm vụ, giao cụ thể cho từng phòng, đơn vị. Đến ngày 30/11/2023, đã hoàn thành 16/18 nhiệm vụ, 02 nhiệm vụ đang triển khai theo tiến độ.

2. Về kiểm tra cải cách hành chính

Giám đốc Sở ban hành Quyết định số 42/QĐ-SKHCN ngày 20/4/2023 phê duyệt Kế hoạch kiểm tra công tác cải cách hành chính năm 2023; Văn phòng Sở có Công văn số 245/SKHCN-VP ngày 10/5/2023 hướng dẫn các đơn vị tự kiểm tra. Đã kiểm tra 06/06 đơn vị, qua kiểm tra đã chấn chỉnh việc cập nhật hồ sơ trễ hạn trên Hệ thống thông tin giải quyết thủ tục hành chính.

3. Về thông tin, tuyên truyền

Sở đăng 24 tin, bài về cải cách hành chính trên Trang thông tin điện tử của Sở; tổ chức 01 hội nghị tập huấn nghiệp vụ văn thư theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư cho 45 công chức, viên chức.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH

1. Cải cách thể chế

Sở đã rà soát 07 văn bản quy phạm pháp luật thuộc lĩnh vực khoa học và công nghệ do tỉnh ban hành; kiến nghị sửa đổi 01 văn bản không còn phù hợp.

2. Cải cách thủ tục hành chính

Bộ phận Một cửa của Sở hoạt động theo Quy chế ban hành kèm theo Quyết định số 118/QĐ-SKHCN ngày 15/9/2022. Sở có 46 thủ tục hành chính thuộc thẩm quyền giải quyết, trong đó 21 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình (đạt 45,7%). Năm 2023, Sở tiếp nhận 412 hồ sơ thủ tục hành chính, giải quyết đúng hạn 409 hồ sơ, đạt tỷ lệ 99,3%; 03 hồ sơ trễ hạn đã có văn bản xin lỗi tổ chức, cá nhân.

3. Cải cách tổ chức bộ máy hành chính nhà nước

a) Sắp xếp tổ chức bộ máy

Thực hiện Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ, Sở đã có Tờ trình số 31/TTr-SKHCN ngày 20/02/2023 đề nghị UBND tỉnh phê duyệt phương án sắp xếp. Trên cơ sở Quyết định số 356/QĐ-UBND ngày 02/3/2023 của UBND tỉnh, Giám đốc Sở ban hành Quyết định số 15/QĐ-SKHCN ngày 12/3/2023 về việc sắp xếp, kiện toàn cơ cấu tổ chức các phòng chuyên môn thuộc Sở. Sau sắp xếp, Sở còn 04 phòng chuyên môn, giảm 01 phòng.

b) Quản lý biên chế

Năm 2023, Sở được giao 32 biên chế công chức, hiện có 30 công chức; không để phát sinh hợp đồng lao động làm công việc chuyên môn trái quy định.

4. Cải cách chế độ công vụ

Sở thực hiện nghiêm Quyết định số 97/QĐ-SKHCN ngày 05/8/2022 quy định chế độ làm việc, kỷ luật lao động và đánh giá công chức, viên chức; cử 12 lượt công chức, viên chức tham gia các lớp bồi dưỡng; không có công chức, viên chức bị xử lý kỷ luật.

5. Cải cách tài chính công

Giám đốc Sở ban hành Quyết định số 06/QĐ-SKHCN ngày 16/01/2023 ban hành Quy chế chi tiêu nội bộ; kinh phí tự chủ năm 2023 là 6.850 triệu đồng, tiết kiệm chi 312 triệu đồng. Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tự bảo đảm 22% chi thường xuyên.

6. Xây dựng và phát triển chính quyền điện tử, chính quyền số

100% văn bản đi, đến (trừ văn bản mật) được xử lý trên môi trường mạng; 100% văn bản đi được ký số theo quy định. Tỷ lệ hồ sơ nộp trực tuyến đạt 38,5%. Sở duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.

III. KHÓ KHĂN, HẠN CHẾ

Việc cập nhật quy trình nội bộ sau sắp xếp tổ chức còn chậm; một số công chức mới chưa thành thạo kỹ năng soạn thảo văn bản điện tử. Tỷ lệ hồ sơ nộp trực tuyến còn thấp so với chỉ tiêu của tỉnh.

IV. PHƯƠNG HƯỚNG NĂM 2024

1. Tiếp tục kiện toàn tổ chức bộ máy sau sắp xếp, hoàn thiện vị trí việc làm.

2. Nâng tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình.

3. Tổ chức kiểm tra cải cách hành chính nội bộ năm 2024.

V. KIẾN NGHỊ

Đề nghị UBND tỉnh sớm ban hành quyết định quy định lại chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở thay thế Quyết định số 1120/QĐ-UBND ngày 16/8/2021, làm cơ sở kiện toàn các phòng chuyên môn.

Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính năm 2023 của Sở Khoa học và Công nghệ tỉnh Hòa An./.

Nơi nhận:
- UBND tỉnh (để báo cáo);
- Sở Nội vụ;
- Lãnh đạo Sở;
- Lưu: VT, VP.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Nguyễn Văn An
"""
)

BC_61 = (
    header(
        "61/BC-SKHCN",
        "ngày 14 tháng 3 năm 2024",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý I năm 2024",
    )
    + """
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH

Sở ban hành Kế hoạch số 03/KH-SKHCN ngày 05/01/2024 về cải cách hành chính năm 2024 với 22 nhiệm vụ; đến ngày 10/3/2024 đã hoàn thành 05/22 nhiệm vụ. Giám đốc Sở ban hành Quyết định số 17/QĐ-SKHCN ngày 26/02/2024 phê duyệt Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 và Kế hoạch số 07/KH-SKHCN ngày 22/01/2024 về thông tin, tuyên truyền cải cách hành chính năm 2024; trong quý đã đăng 06 tin, bài.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH

1. Cải cách thể chế

Ban hành Quyết định số 19/QĐ-SKHCN ngày 04/3/2024 về Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2024.

2. Cải cách thủ tục hành chính

Quý I, Sở tiếp nhận 98 hồ sơ, giải quyết đúng hạn 98 hồ sơ (đạt 100%).

3. Cải cách chế độ công vụ

Cử 09 lượt công chức, viên chức tham gia bồi dưỡng.

4. Cải cách tài chính công

Ban hành Quyết định số 04/QĐ-SKHCN ngày 15/01/2024 sửa đổi, bổ sung Điều 5 và Điều 9 của Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 06/QĐ-SKHCN ngày 16/01/2023.

III. NHIỆM VỤ QUÝ II NĂM 2024

Ban hành Quy chế đánh giá công chức, viên chức hằng tháng; Kế hoạch chuyển đổi số năm 2024; Quy chế mới của Bộ phận Một cửa.

Nơi nhận:
- Sở Nội vụ;
- Lưu: VT, VP.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Nguyễn Văn An
"""
)

BC_142 = (
    header(
        "142/BC-SKHCN",
        "ngày 14 tháng 6 năm 2024",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024",
    )
    + """
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH

1. Về kế hoạch cải cách hành chính

Triển khai Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 ban hành kèm theo Quyết định số 2845/QĐ-UBND ngày 18/12/2020 của UBND tỉnh, Sở ban hành Kế hoạch số 03/KH-SKHCN ngày 05/01/2024 về cải cách hành chính năm 2024 với 22 nhiệm vụ. Đến ngày 10/6/2024, đã hoàn thành 11/22 nhiệm vụ.

2. Về kiểm tra cải cách hành chính

Thực hiện Quyết định số 17/QĐ-SKHCN ngày 26/02/2024 phê duyệt Kế hoạch kiểm tra công tác cải cách hành chính năm 2024, Đoàn kiểm tra đã kiểm tra 02/04 đơn vị; 02 đơn vị còn lại kiểm tra trong quý III.

3. Về thông tin, tuyên truyền

Thực hiện Kế hoạch số 07/KH-SKHCN ngày 22/01/2024, Sở đăng 14 tin, bài về cải cách hành chính trên Trang thông tin điện tử của Sở.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH

1. Cải cách thể chế

Theo Quyết định số 19/QĐ-SKHCN ngày 04/3/2024, Thanh tra Sở đã rà soát 11 văn bản quy phạm pháp luật, kiến nghị bãi bỏ 02 văn bản.

2. Cải cách thủ tục hành chính

Giám đốc Sở ban hành Quyết định số 38/QĐ-SKHCN ngày 20/5/2024 ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa, thay thế Quyết định số 118/QĐ-SKHCN ngày 15/9/2022. Sở có 52 thủ tục hành chính, trong đó 38 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình (đạt 73,1%). 6 tháng đầu năm 2024, Sở tiếp nhận 236 hồ sơ, giải quyết đúng hạn 235 hồ sơ, đạt tỷ lệ 99,6%.

3. Cải cách tổ chức bộ máy hành chính nhà nước

UBND tỉnh ban hành Quyết định số 1532/QĐ-UBND ngày 22/5/2024 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở, thay thế Quyết định số 1120/QĐ-UBND ngày 16/8/2021. Trên cơ sở đó, Giám đốc Sở ban hành Quyết định số 45/QĐ-SKHCN ngày 10/6/2024 về việc sắp xếp, kiện toàn các phòng chuyên môn và vị trí việc làm, có hiệu lực thi hành kể từ ngày 01/7/2024, thay thế Quyết định số 15/QĐ-SKHCN ngày 12/3/2023. Năm 2024, Sở được giao 31 biên chế công chức, hiện có 29 công chức.

4. Cải cách chế độ công vụ

Giám đốc Sở ban hành Quyết định số 26/QĐ-SKHCN ngày 25/3/2024 ban hành Quy chế đánh giá, xếp loại chất lượng công chức, viên chức hằng tháng, bãi bỏ Điều 4 của Quyết định số 97/QĐ-SKHCN ngày 05/8/2022. 6 tháng đầu năm, Sở cử 38 lượt công chức, viên chức tham gia đào tạo, bồi dưỡng.

5. Cải cách tài chính công

Giám đốc Sở ban hành Quyết định số 04/QĐ-SKHCN ngày 15/01/2024 sửa đổi, bổ sung Điều 5 và Điều 9 của Quy chế chi tiêu nội bộ; Quyết định số 33/QĐ-SKHCN ngày 22/4/2024 phê duyệt phương án tự chủ tài chính giai đoạn 2024 - 2026 của Trung tâm Ứng dụng tiến bộ khoa học và công nghệ, mức tự bảo đảm chi thường xuyên 30%.

6. Xây dựng và phát triển chính quyền điện tử, chính quyền số

Sở ban hành Kế hoạch số 25/KH-SKHCN ngày 10/4/2024 về chuyển đổi số, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 và cung cấp dịch vụ công trực tuyến năm 2024. Tỷ lệ hồ sơ nộp trực tuyến đạt 61,4%.

III. KHÓ KHĂN, HẠN CHẾ

Một số thủ tục hành chính có ít hồ sơ phát sinh nên chưa đánh giá được hiệu quả của dịch vụ công trực tuyến toàn trình; việc số hóa kết quả giải quyết hồ sơ trước năm 2022 còn chậm.

IV. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2024

1. Triển khai Quyết định số 45/QĐ-SKHCN từ ngày 01/7/2024, bố trí công chức theo vị trí việc làm.

2. Hoàn thành kiểm tra 02 đơn vị còn lại và đánh giá nội bộ hệ thống quản lý chất lượng.

V. KIẾN NGHỊ

Đề nghị Sở Nội vụ tổ chức lớp bồi dưỡng kỹ năng số cho công chức làm việc tại Bộ phận Một cửa.

Nơi nhận:
- UBND tỉnh (để báo cáo);
- Sở Nội vụ;
- Lưu: VT, VP.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Nguyễn Văn An
"""
)

REPORTS = (
    Sample("bao-cao-310-2023-ket-qua-cchc.txt", "txt", (BC_310,)),
    Sample("bao-cao-61-2024-quy-1-cchc.txt", "txt", (BC_61,)),
    Sample("bao-cao-142-2024-6-thang-cchc.txt", "txt", (BC_142,)),
)
