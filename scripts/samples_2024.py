"""Sample documents of the fictional Hòa An archive, 2024: the year after the first report.

One or more documents in every reform area, with the lives the archive must follow: the
2024 plan implementing the 2021–2025 plan, an amendment (Điều 5, Điều 9 of the spending
rules), a partial repeal (Điều 4 of 97/QĐ-SKHCN), replacements (118/QĐ-SKHCN,
15/QĐ-SKHCN, 1120/QĐ-UBND), later effect dates, and the Q1 and six-month reports. Their
figures differ from 2023's on purpose, so a test can tell the years apart. All fictional.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from sample_header import UBND, Sample, header

SIGN = "\nGIÁM ĐỐC\n\nTrần Minh Khang\n"

KH_03_HEAD = header(
    "03/KH-SKHCN", "ngày 05 tháng 01 năm 2024", "KẾ HOẠCH", "Cải cách hành chính năm 2024"
)
KH_03_BODY = """Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030; để triển khai thực hiện Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 ban hành kèm theo Quyết định số 2845/QĐ-UBND ngày 18/12/2020 của UBND tỉnh Hòa An, Sở Khoa học và Công nghệ ban hành Kế hoạch cải cách hành chính năm 2024 như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Hoàn thành các chỉ tiêu năm 2024 của Kế hoạch giai đoạn 2021 - 2025; khắc phục hạn chế nêu tại Báo cáo số 310/BC-SKHCN ngày 12/12/2023 về kết quả cải cách hành chính năm 2023.

2. Yêu cầu

Kế hoạch gồm 22 nhiệm vụ, mỗi nhiệm vụ có sản phẩm, thời hạn và đơn vị chủ trì.

II. CHỈ TIÊU NĂM 2024

1. Cung cấp 38/52 thủ tục hành chính dưới hình thức dịch vụ công trực tuyến toàn trình (đạt 73,1%); tỷ lệ hồ sơ nộp trực tuyến đạt từ 60% trở lên.

2. Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%.

3. Đào tạo, bồi dưỡng 60 lượt công chức, viên chức.

4. Đăng ít nhất 36 tin, bài về cải cách hành chính trên Trang thông tin điện tử của Sở.

III. NHIỆM VỤ THEO TỪNG LĨNH VỰC

1. Công tác chỉ đạo, điều hành: ban hành kế hoạch kiểm tra, kế hoạch tuyên truyền cải cách hành chính năm 2024; báo cáo định kỳ quý, 06 tháng, năm.

2. Cải cách thể chế: rà soát văn bản quy phạm pháp luật thuộc lĩnh vực khoa học và công nghệ.

3. Cải cách thủ tục hành chính: ban hành Quy chế mới của Bộ phận Một cửa, thay thế Quy chế năm 2022.

4. Cải cách tổ chức bộ máy: kiện toàn các phòng chuyên môn sau khi UBND tỉnh quy định lại chức năng, nhiệm vụ của Sở; rà soát vị trí việc làm.

5. Cải cách chế độ công vụ: đổi mới đánh giá, xếp loại hằng tháng; đào tạo, bồi dưỡng; kỷ luật, kỷ cương hành chính.

6. Cải cách tài chính công: sửa đổi Quy chế chi tiêu nội bộ; phê duyệt phương án tự chủ tài chính của đơn vị sự nghiệp công lập.

7. Xây dựng chính quyền số: chuyển đổi số, hệ thống quản lý chất lượng TCVN ISO 9001:2015, dịch vụ công trực tuyến.

IV. PHÂN CÔNG THỰC HIỆN

Các nhiệm vụ chủ yếu được phân công theo bảng sau:"""
KH_03_TABLE = [
    ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"],
    ["1", "Kế hoạch kiểm tra cải cách hành chính năm 2024", "Văn phòng Sở", "Tháng 02/2024"],
    ["2", "Kế hoạch tuyên truyền cải cách hành chính năm 2024", "Văn phòng Sở", "Tháng 01/2024"],
    ["3", "Rà soát văn bản quy phạm pháp luật", "Thanh tra Sở", "Tháng 9/2024"],
    ["4", "Quy chế mới của Bộ phận Một cửa", "Văn phòng Sở", "Quý II/2024"],
    ["5", "Kiện toàn các phòng chuyên môn, vị trí việc làm", "Văn phòng Sở", "Quý II/2024"],
    ["6", "Đào tạo, bồi dưỡng 60 lượt công chức, viên chức", "Văn phòng Sở", "Tháng 11/2024"],
    ["7", "Kế hoạch chuyển đổi số năm 2024", "Phòng Quản lý chuyên ngành", "Tháng 4/2024"],
]
KH_03_END = """V. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, đôn đốc; các phòng, đơn vị báo cáo kết quả định kỳ hằng quý trước ngày 10 của tháng cuối quý.

Nơi nhận:
- UBND tỉnh (để báo cáo);
- Sở Nội vụ;
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.

GIÁM ĐỐC

Trần Minh Khang"""

QD_04 = (
    header(
        "04/QĐ-SKHCN",
        "ngày 15 tháng 01 năm 2024",
        "QUYẾT ĐỊNH",
        "Sửa đổi, bổ sung Điều 5 và Điều 9 của Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 06/QĐ-SKHCN ngày 16/01/2023",
    )
    + """
GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÒA AN

Căn cứ Thông tư số 12/2023/TT-BTC ngày 21/02/2023 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 40/2017/TT-BTC quy định chế độ công tác phí, chế độ chi hội nghị;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung một số điều của Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 06/QĐ-SKHCN ngày 16/01/2023 của Giám đốc Sở như sau:

1. Sửa đổi, bổ sung Điều 5 như sau:

"Điều 5. Chế độ công tác phí

1. Phụ cấp lưu trú: 200.000 đồng/người/ngày khi đi công tác ngoài tỉnh; 100.000 đồng/người/ngày khi đi công tác trong tỉnh, cách trụ sở từ 15 km trở lên.

2. Khoán công tác phí hằng tháng cho công chức thường xuyên đi cơ sở: 500.000 đồng/người/tháng."

2. Sửa đổi, bổ sung Điều 9 như sau:

"Điều 9. Chi hội nghị

Chi nước uống 40.000 đồng/người/ngày; chi hỗ trợ tiền ăn cho đại biểu không hưởng lương 200.000 đồng/người/ngày; hội nghị trực tuyến không chi hỗ trợ tiền ăn."

Điều 2. Các điều khác của Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 06/QĐ-SKHCN ngày 16/01/2023 giữ nguyên hiệu lực.

Điều 3. Quyết định này có hiệu lực kể từ ngày 01/02/2024. Chánh Văn phòng Sở, Kế toán trưởng và các phòng, đơn vị chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Kho bạc Nhà nước tỉnh;
- Lưu: VT, VP.
"""
    + SIGN
)

KH_07 = (
    header(
        "07/KH-SKHCN",
        "ngày 22 tháng 01 năm 2024",
        "KẾ HOẠCH",
        "Thông tin, tuyên truyền cải cách hành chính năm 2024",
    )
    + """
Thực hiện Kế hoạch số 03/KH-SKHCN ngày 05/01/2024 của Sở Khoa học và Công nghệ về cải cách hành chính năm 2024, Sở ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2024 như sau:

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao nhận thức của công chức, viên chức, người dân và doanh nghiệp về cải cách hành chính; công khai thủ tục hành chính và dịch vụ công trực tuyến của Sở.

II. NỘI DUNG TUYÊN TRUYỀN

1. Các chủ trương về cải cách hành chính, Chương trình tổng thể giai đoạn 2021 - 2030 theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.

2. Quy chế mới của Bộ phận Một cửa; danh mục thủ tục hành chính và dịch vụ công trực tuyến toàn trình.

3. Kết quả chuyển đổi số, chỉ số cải cách hành chính của Sở.

III. HÌNH THỨC

1. Đăng 36 tin, bài trên Trang thông tin điện tử của Sở (bình quân 03 tin, bài mỗi tháng).

2. Phối hợp với Đài Phát thanh và Truyền hình tỉnh thực hiện 02 phóng sự chuyên đề.

3. Tổ chức 01 cuộc thi trực tuyến tìm hiểu về cải cách hành chính trong quý III.

IV. TỔ CHỨC THỰC HIỆN

Văn phòng Sở chủ trì; các phòng chuyên môn cung cấp thông tin; báo cáo kết quả cùng báo cáo cải cách hành chính định kỳ.

Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + SIGN
)

QD_17 = (
    header(
        "17/QĐ-SKHCN",
        "ngày 26 tháng 02 năm 2024",
        "QUYẾT ĐỊNH",
        "Về việc phê duyệt Kế hoạch kiểm tra công tác cải cách hành chính năm 2024",
    )
    + """
GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÒA AN

Căn cứ Kế hoạch số 03/KH-SKHCN ngày 05/01/2024 của Sở Khoa học và Công nghệ về cải cách hành chính năm 2024;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 (kèm theo Quyết định này) với các nội dung chính:

1. Đối tượng kiểm tra: 04 đơn vị, gồm Phòng Quản lý khoa học và công nghệ, Phòng Quản lý chuyên ngành, Trung tâm Ứng dụng tiến bộ khoa học và công nghệ, Trung tâm Kỹ thuật tiêu chuẩn đo lường chất lượng.

2. Nội dung kiểm tra trọng tâm:

a) Việc giải quyết hồ sơ trực tuyến toàn trình và số hóa kết quả giải quyết thủ tục hành chính;

b) Việc thực hiện Quy chế chi tiêu nội bộ và phương án tự chủ tài chính;

c) Việc chấp hành kỷ luật, kỷ cương hành chính và đánh giá, xếp loại công chức, viên chức hằng tháng.

3. Thời gian: từ tháng 5 đến tháng 9 năm 2024.

Điều 2. Văn phòng Sở chủ trì thành lập Đoàn kiểm tra, tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 31/10/2024.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Thủ trưởng các đơn vị được kiểm tra chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
"""
    + SIGN
)

QD_19 = (
    header(
        "19/QĐ-SKHCN",
        "ngày 04 tháng 3 năm 2024",
        "QUYẾT ĐỊNH",
        "Về việc ban hành Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực khoa học và công nghệ năm 2024",
    )
    + """
GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÒA AN

Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật;

Căn cứ Kế hoạch số 03/KH-SKHCN ngày 05/01/2024 của Sở Khoa học và Công nghệ về cải cách hành chính năm 2024;

Theo đề nghị của Chánh Thanh tra Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực khoa học và công nghệ năm 2024, gồm các nội dung:

1. Rà soát 11 văn bản quy phạm pháp luật do HĐND, UBND tỉnh Hòa An ban hành thuộc lĩnh vực khoa học và công nghệ.

2. Kiến nghị sửa đổi, bổ sung, thay thế hoặc bãi bỏ văn bản không còn phù hợp với Luật Khoa học và công nghệ và Luật Tiêu chuẩn và quy chuẩn kỹ thuật.

3. Cập nhật kết quả rà soát vào Cơ sở dữ liệu quốc gia về pháp luật trước ngày 30/9/2024.

Điều 2. Thanh tra Sở chủ trì, phối hợp với các phòng chuyên môn tổ chức thực hiện.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Thanh tra Sở, Chánh Văn phòng Sở và Trưởng các phòng chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Tư pháp;
- Lưu: VT, TTr.
"""
    + SIGN
)

QD_26 = (
    header(
        "26/QĐ-SKHCN",
        "ngày 25 tháng 3 năm 2024",
        "QUYẾT ĐỊNH",
        "Về việc ban hành Quy chế đánh giá, xếp loại chất lượng công chức, viên chức hằng tháng của Sở Khoa học và Công nghệ",
    )
    + """
GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÒA AN

Căn cứ Nghị định số 90/2020/NĐ-CP ngày 13/8/2020 của Chính phủ về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức; Nghị định số 48/2023/NĐ-CP ngày 17/7/2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 90/2020/NĐ-CP;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế đánh giá, xếp loại chất lượng công chức, viên chức hằng tháng của Sở Khoa học và Công nghệ tỉnh Hòa An. Việc đánh giá thực hiện trên phần mềm quản lý công việc, theo 04 mức: hoàn thành xuất sắc, hoàn thành tốt, hoàn thành, không hoàn thành nhiệm vụ.

Điều 2. Bãi bỏ Điều 4 của Quyết định số 97/QĐ-SKHCN ngày 05/8/2022 của Giám đốc Sở quy định chế độ làm việc, kỷ luật lao động và đánh giá công chức, viên chức. Các điều khác của Quyết định số 97/QĐ-SKHCN tiếp tục có hiệu lực.

Điều 3. Quyết định này có hiệu lực kể từ ngày 01/4/2024.

Chánh Văn phòng Sở, Trưởng các phòng, Thủ trưởng các đơn vị trực thuộc và công chức, viên chức chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + SIGN
)

KH_25 = (
    header(
        "25/KH-SKHCN",
        "ngày 10 tháng 4 năm 2024",
        "KẾ HOẠCH",
        "Chuyển đổi số, duy trì hệ thống quản lý chất lượng và cung cấp dịch vụ công trực tuyến năm 2024",
    )
    + """
Thực hiện Kế hoạch số 03/KH-SKHCN ngày 05/01/2024 của Sở Khoa học và Công nghệ về cải cách hành chính năm 2024, Sở ban hành Kế hoạch chuyển đổi số năm 2024 như sau:

I. MỤC TIÊU

1. 100% văn bản đi, đến (trừ văn bản mật) được xử lý, ký số trên môi trường mạng.

2. Cung cấp 38 dịch vụ công trực tuyến toàn trình trên tổng số 52 thủ tục hành chính; tỷ lệ hồ sơ nộp trực tuyến đạt từ 60% trở lên.

3. 100% kết quả giải quyết thủ tục hành chính được số hóa.

II. NHIỆM VỤ

1. Chuyển đổi số

a) Kết nối phần mềm quản lý văn bản với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh;

b) Triển khai phần mềm quản lý công việc, đánh giá công chức, viên chức hằng tháng.

2. Hệ thống quản lý chất lượng

Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; cập nhật quy trình nội bộ phù hợp với Quy chế mới của Bộ phận Một cửa; đánh giá nội bộ trong quý III năm 2024.

3. Dịch vụ công trực tuyến

Rà soát, tái cấu trúc quy trình để đưa thêm 17 thủ tục hành chính lên dịch vụ công trực tuyến toàn trình.

III. KINH PHÍ

Kinh phí thực hiện: 480 triệu đồng từ nguồn sự nghiệp khoa học và công nghệ năm 2024.

IV. TỔ CHỨC THỰC HIỆN

Phòng Quản lý chuyên ngành chủ trì; Văn phòng Sở phối hợp về hệ thống quản lý chất lượng; báo cáo kết quả trước ngày 30/11/2024.

Nơi nhận:
- Sở Thông tin và Truyền thông;
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, QLCN.
"""
    + SIGN
)

QD_33 = (
    header(
        "33/QĐ-SKHCN",
        "ngày 22 tháng 4 năm 2024",
        "QUYẾT ĐỊNH",
        "Về việc phê duyệt phương án tự chủ tài chính giai đoạn 2024 - 2026 của Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
    )
    + """
GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÒA AN

Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập;

Xét đề nghị của Giám đốc Trung tâm Ứng dụng tiến bộ khoa học và công nghệ và Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt phương án tự chủ tài chính giai đoạn 2024 - 2026 của Trung tâm Ứng dụng tiến bộ khoa học và công nghệ:

1. Loại hình: đơn vị sự nghiệp công lập tự bảo đảm một phần chi thường xuyên.

2. Mức tự bảo đảm chi thường xuyên: 30% (năm 2023 là 22%).

3. Nguồn thu sự nghiệp dự kiến: 2.150 triệu đồng/năm.

Điều 2. Trung tâm có trách nhiệm sử dụng kinh phí đúng mục đích, ban hành quy chế chi tiêu nội bộ của đơn vị, công khai tài chính theo quy định.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Giám đốc Trung tâm và các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Tài chính;
- Lưu: VT, VP.
"""
    + SIGN
)

QD_38 = (
    header(
        "38/QĐ-SKHCN",
        "ngày 20 tháng 5 năm 2024",
        "QUYẾT ĐỊNH",
        "Về việc ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Khoa học và Công nghệ",
    )
    + """
GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÒA AN

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Khoa học và Công nghệ tỉnh Hòa An.

Điều 2. Phạm vi tiếp nhận

1. Bộ phận Một cửa tiếp nhận, trả kết quả 52 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở, trong đó 38 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình.

2. Hồ sơ nộp trực tiếp được số hóa ngay khi tiếp nhận; kết quả giải quyết được trả qua Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.

Điều 3. Trách nhiệm của công chức tại Bộ phận Một cửa

Hướng dẫn, tiếp nhận, số hóa hồ sơ; theo dõi tiến độ; xin lỗi tổ chức, cá nhân bằng văn bản khi hồ sơ trễ hạn.

Điều 4. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 118/QĐ-SKHCN ngày 15/9/2022 của Giám đốc Sở ban hành Quy chế hoạt động của Bộ phận Một cửa Sở Khoa học và Công nghệ.

Chánh Văn phòng Sở, Trưởng các phòng chuyên môn và công chức làm việc tại Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công);
- Lưu: VT, VP.
"""
    + SIGN
)

QD_1532 = (
    header(
        "1532/QĐ-UBND",
        "ngày 22 tháng 5 năm 2024",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ tỉnh Hòa An",
        UBND,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH HÒA AN

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương; Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP;

Căn cứ Thông tư số 02/2021/TT-BKHCN ngày 30/6/2021 của Bộ trưởng Bộ Khoa học và Công nghệ;

Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Hòa An, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số trong lĩnh vực được giao; tiêu chuẩn, đo lường, chất lượng; sở hữu trí tuệ; an toàn bức xạ và hạt nhân.

Điều 2. Nhiệm vụ và quyền hạn

1. Trình Ủy ban nhân dân tỉnh kế hoạch 05 năm, hằng năm về khoa học, công nghệ và đổi mới sáng tạo.

2. Hướng dẫn, kiểm tra việc thực hiện cơ chế tự chủ của tổ chức khoa học và công nghệ công lập.

3. Quản lý vị trí việc làm, biên chế công chức, số lượng người làm việc theo phân cấp.

Điều 3. Cơ cấu tổ chức

1. Lãnh đạo Sở gồm Giám đốc và không quá 03 Phó Giám đốc.

2. Các phòng chuyên môn, nghiệp vụ: Văn phòng Sở; Thanh tra Sở; Phòng Quản lý khoa học và công nghệ; Phòng Quản lý chuyên ngành.

3. Đơn vị sự nghiệp công lập: Trung tâm Ứng dụng tiến bộ khoa học và công nghệ; Trung tâm Kỹ thuật tiêu chuẩn đo lường chất lượng.

Điều 4. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1120/QĐ-UBND ngày 16/8/2021 của UBND tỉnh Hòa An quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ.

Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Khoa học và Công nghệ và Thủ trưởng các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Bộ Khoa học và Công nghệ;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Phạm Quốc Huy
"""
)

QD_45_HEAD = header(
    "45/QĐ-SKHCN",
    "ngày 10 tháng 6 năm 2024",
    "QUYẾT ĐỊNH",
    "Về việc sắp xếp, kiện toàn các phòng chuyên môn và vị trí việc làm thuộc Sở Khoa học và Công nghệ",
)
QD_45_BODY = """GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÒA AN

Căn cứ Quyết định số 1532/QĐ-UBND ngày 22/5/2024 của UBND tỉnh Hòa An quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ;

Căn cứ Nghị định số 62/2020/NĐ-CP ngày 01/6/2020 của Chính phủ về vị trí việc làm và biên chế công chức;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Sắp xếp các phòng chuyên môn

1. Chuyển nhiệm vụ chuyển đổi số và sở hữu trí tuệ từ Văn phòng Sở sang Phòng Quản lý chuyên ngành; Văn phòng Sở là đầu mối duy nhất về cải cách hành chính và Bộ phận Một cửa.

2. Sở có 04 phòng chuyên môn, nghiệp vụ: Văn phòng Sở, Thanh tra Sở, Phòng Quản lý khoa học và công nghệ, Phòng Quản lý chuyên ngành. Số lãnh đạo cấp phòng giảm từ 09 người xuống 07 người.

Điều 2. Vị trí việc làm

Sở có 29 vị trí việc làm và 31 biên chế công chức được giao năm 2024, bố trí theo bảng sau:"""
QD_45_TABLE = [
    ["TT", "Đơn vị", "Số vị trí việc làm", "Biên chế"],
    ["1", "Lãnh đạo Sở", "2", "4"],
    ["2", "Văn phòng Sở", "9", "9"],
    ["3", "Thanh tra Sở", "4", "4"],
    ["4", "Phòng Quản lý khoa học và công nghệ", "7", "7"],
    ["5", "Phòng Quản lý chuyên ngành", "7", "7"],
]
QD_45_END = """Điều 3. Hiệu lực thi hành

Quyết định này có hiệu lực thi hành kể từ ngày 01/7/2024 và thay thế Quyết định số 15/QĐ-SKHCN ngày 12/3/2023 của Giám đốc Sở về việc sắp xếp, kiện toàn cơ cấu tổ chức các phòng chuyên môn thuộc Sở Khoa học và Công nghệ.

Chánh Văn phòng Sở, Trưởng các phòng chuyên môn, Chánh Thanh tra Sở và công chức có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (để báo cáo);
- Sở Nội vụ;
- Lưu: VT, VP.

GIÁM ĐỐC

Trần Minh Khang"""

DOCS_2024 = (
    Sample(
        "ke-hoach-03-2024-cchc.docx",
        "docx",
        (KH_03_HEAD, KH_03_BODY),
        table=KH_03_TABLE,
        after=KH_03_END,
        title="Kế hoạch 03/KH-SKHCN (MẪU)",
    ),
    Sample("qd-04-2024-sua-doi-quy-che-chi-tieu.txt", "txt", (QD_04,)),
    Sample("ke-hoach-07-2024-tuyen-truyen-cchc.txt", "txt", (KH_07,)),
    Sample("qd-17-2024-ke-hoach-kiem-tra-cchc.txt", "txt", (QD_17,)),
    Sample("qd-19-2024-ra-soat-van-ban.txt", "txt", (QD_19,)),
    Sample("qd-26-2024-danh-gia-cong-chuc.txt", "txt", (QD_26,)),
    Sample(
        "ke-hoach-25-2024-chuyen-doi-so.pdf", "pdf", (KH_25,), title="Kế hoạch 25/KH-SKHCN (MẪU)"
    ),
    Sample("qd-33-2024-tu-chu-tai-chinh.txt", "txt", (QD_33,)),
    Sample("qd-38-2024-quy-che-mot-cua.pdf", "pdf", (QD_38,), title="Quyết định 38/QĐ-SKHCN (MẪU)"),
    Sample("qd-1532-2024-ubnd-chuc-nang-nhiem-vu.txt", "txt", (QD_1532,)),
    Sample(
        "qd-45-2024-sap-xep-to-chuc.docx",
        "docx",
        (QD_45_HEAD, QD_45_BODY),
        table=QD_45_TABLE,
        after=QD_45_END,
        title="Quyết định 45/QĐ-SKHCN (MẪU)",
    ),
)
