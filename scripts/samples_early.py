"""Sample documents of the fictional Hòa An archive, 2020–2023, beside the original seven.

The province's 2020 plan for 2021–2025, its 2021 decision on the Sở's functions, a 2022
decision on working rules (whose Điều 4 a 2024 decision repeals) and the 2023 internal
spending rules (whose Điều 5 and Điều 9 a 2024 decision amends). All fictional.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from sample_header import UBND, Sample, header

QD_2845_2020 = (
    header(
        "2845/QĐ-UBND",
        "ngày 18 tháng 12 năm 2020",
        "QUYẾT ĐỊNH",
        "Về việc ban hành Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 của Sở Khoa học và Công nghệ",
        UBND,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH HÒA AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;

Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020;

Xét đề nghị của Giám đốc Sở Khoa học và Công nghệ và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 của Sở Khoa học và Công nghệ tỉnh Hòa An.

Điều 2. Giám đốc Sở Khoa học và Công nghệ có trách nhiệm cụ thể hóa Kế hoạch thành kế hoạch cải cách hành chính hằng năm, tổ chức thực hiện và báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) trước ngày 15 tháng 12 hằng năm.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Khoa học và Công nghệ và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Bộ Khoa học và Công nghệ;
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đỗ Thị Lan


KẾ HOẠCH
Cải cách hành chính giai đoạn 2021 - 2025 của Sở Khoa học và Công nghệ tỉnh Hòa An
(Ban hành kèm theo Quyết định số 2845/QĐ-UBND ngày 18/12/2020 của UBND tỉnh Hòa An)

I. MỤC TIÊU

1. Mục tiêu chung

Xây dựng nền hành chính của ngành khoa học và công nghệ tỉnh Hòa An dân chủ, chuyên nghiệp, hiện đại, tinh gọn, hiệu lực, hiệu quả; lấy người dân, doanh nghiệp làm trung tâm phục vụ.

2. Mục tiêu cụ thể đến năm 2025

a) 100% thủ tục hành chính thuộc thẩm quyền của Sở được tiếp nhận, giải quyết tại Bộ phận Một cửa; ít nhất 80% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình;

b) Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%; mức độ hài lòng của người dân, doanh nghiệp đạt trên 90%;

c) Giảm tối thiểu 10% số lãnh đạo cấp phòng so với năm 2020; 100% công chức được bố trí theo vị trí việc làm;

d) 100% văn bản đi, đến (trừ văn bản mật) được xử lý trên môi trường mạng; duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.

II. NHIỆM VỤ THEO TỪNG LĨNH VỰC

1. Cải cách thể chế: rà soát, hệ thống hóa định kỳ văn bản quy phạm pháp luật thuộc lĩnh vực khoa học và công nghệ; kiến nghị sửa đổi, bãi bỏ văn bản không còn phù hợp.

2. Cải cách thủ tục hành chính: rà soát, đơn giản hóa thủ tục hành chính; hoàn thiện quy chế hoạt động của Bộ phận Một cửa.

3. Cải cách tổ chức bộ máy: sắp xếp các phòng chuyên môn, đơn vị sự nghiệp theo hướng tinh gọn; hoàn thiện đề án vị trí việc làm.

4. Cải cách chế độ công vụ: đào tạo, bồi dưỡng công chức, viên chức; đổi mới đánh giá, xếp loại chất lượng gắn với kết quả công việc; siết chặt kỷ luật, kỷ cương hành chính.

5. Cải cách tài chính công: thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập; ban hành và thực hiện quy chế chi tiêu nội bộ.

6. Xây dựng chính quyền điện tử, chính quyền số: ứng dụng công nghệ thông tin trong quản lý, điều hành; cung cấp dịch vụ công trực tuyến.

III. TỔ CHỨC THỰC HIỆN

Hằng năm, Sở Khoa học và Công nghệ ban hành kế hoạch cải cách hành chính để triển khai thực hiện Kế hoạch này; Văn phòng Sở là đầu mối tham mưu, theo dõi, tổng hợp.
"""
)

QD_1120_2021 = (
    header(
        "1120/QĐ-UBND",
        "ngày 16 tháng 8 năm 2021",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ tỉnh Hòa An",
        UBND,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH HÒA AN

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;

Căn cứ Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP;

Căn cứ Thông tư số 02/2021/TT-BKHCN ngày 30/6/2021 của Bộ trưởng Bộ Khoa học và Công nghệ hướng dẫn chức năng, nhiệm vụ, quyền hạn của cơ quan chuyên môn về khoa học và công nghệ thuộc Ủy ban nhân dân cấp tỉnh, cấp huyện;

Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Hòa An, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về hoạt động khoa học, công nghệ, đổi mới sáng tạo; tiêu chuẩn, đo lường, chất lượng; sở hữu trí tuệ; năng lượng nguyên tử, an toàn bức xạ và hạt nhân.

Điều 2. Nhiệm vụ và quyền hạn

1. Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch dài hạn, 05 năm và hằng năm về khoa học và công nghệ.

2. Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt; thông tin, tuyên truyền, phổ biến pháp luật về khoa học và công nghệ.

3. Quản lý tổ chức bộ máy, vị trí việc làm, biên chế công chức, số lượng người làm việc trong đơn vị sự nghiệp công lập theo phân cấp.

Điều 3. Cơ cấu tổ chức

1. Lãnh đạo Sở gồm Giám đốc và không quá 03 Phó Giám đốc.

2. Các phòng chuyên môn, nghiệp vụ: Văn phòng Sở; Thanh tra Sở; Phòng Quản lý khoa học; Phòng Quản lý công nghệ; Phòng Quản lý chuyên ngành.

3. Đơn vị sự nghiệp công lập: Trung tâm Ứng dụng tiến bộ khoa học và công nghệ; Trung tâm Kỹ thuật tiêu chuẩn đo lường chất lượng.

Điều 4. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 2156/QĐ-UBND ngày 20/7/2016 của UBND tỉnh Hòa An quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ.

Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Khoa học và Công nghệ và Thủ trưởng các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Bộ Khoa học và Công nghệ;
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Phạm Quốc Huy
"""
)

QD_97_2022 = (
    header(
        "97/QĐ-SKHCN",
        "ngày 05 tháng 8 năm 2022",
        "QUYẾT ĐỊNH",
        "Quy định chế độ làm việc, kỷ luật lao động và đánh giá công chức, viên chức của Sở Khoa học và Công nghệ",
    )
    + """
GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÒA AN

Căn cứ Quyết định số 1120/QĐ-UBND ngày 16/8/2021 của UBND tỉnh Hòa An quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ;

Căn cứ Nghị định số 90/2020/NĐ-CP ngày 13/8/2020 của Chính phủ về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Phạm vi, đối tượng áp dụng

Quyết định này quy định chế độ làm việc, kỷ luật lao động và đánh giá công chức, viên chức, người lao động thuộc Sở Khoa học và Công nghệ tỉnh Hòa An.

Điều 2. Thời giờ làm việc

Công chức, viên chức làm việc 08 giờ mỗi ngày, từ thứ Hai đến thứ Sáu; việc ra ngoài cơ quan trong giờ làm việc phải báo cáo lãnh đạo phòng.

Điều 3. Kỷ luật, kỷ cương hành chính

1. Không uống rượu, bia trong giờ làm việc và giờ nghỉ trưa của ngày làm việc.

2. Mặc trang phục lịch sự, đeo thẻ công chức, viên chức khi thi hành công vụ.

Điều 4. Đánh giá, xếp loại hằng tháng

1. Hằng tháng, công chức, viên chức tự đánh giá kết quả công việc theo phiếu mẫu; Trưởng phòng nhận xét và đề xuất mức xếp loại trước ngày 05 của tháng sau.

2. Kết quả xếp loại hằng tháng là căn cứ để đánh giá, xếp loại chất lượng cuối năm và bình xét thi đua.

Điều 5. Tổ chức thực hiện

Chánh Văn phòng Sở theo dõi, kiểm tra việc thực hiện Quyết định này; định kỳ 06 tháng báo cáo Giám đốc Sở.

Điều 6. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng các phòng, Thủ trưởng các đơn vị trực thuộc và công chức, viên chức chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 6;
- Lưu: VT, VP.

GIÁM ĐỐC

Trần Minh Khang
"""
)

QD_06_2023 = (
    header(
        "06/QĐ-SKHCN",
        "ngày 16 tháng 01 năm 2023",
        "QUYẾT ĐỊNH",
        "Về việc ban hành Quy chế chi tiêu nội bộ của Sở Khoa học và Công nghệ",
    )
    + """
GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÒA AN

Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước;

Căn cứ Thông tư số 40/2017/TT-BTC ngày 28/4/2017 của Bộ trưởng Bộ Tài chính quy định chế độ công tác phí, chế độ chi hội nghị;

Theo đề nghị của Chánh Văn phòng Sở sau khi thống nhất với Ban Chấp hành Công đoàn cơ sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Sở Khoa học và Công nghệ tỉnh Hòa An.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở, Kế toán trưởng, Trưởng các phòng và công chức, người lao động chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Kho bạc Nhà nước tỉnh;
- Sở Tài chính;
- Lưu: VT, VP.

GIÁM ĐỐC

Trần Minh Khang


QUY CHẾ
Chi tiêu nội bộ của Sở Khoa học và Công nghệ tỉnh Hòa An
(Ban hành kèm theo Quyết định số 06/QĐ-SKHCN ngày 16/01/2023 của Giám đốc Sở)

Điều 1. Mục đích

Quy chế tạo quyền chủ động trong quản lý, sử dụng kinh phí được giao tự chủ; sử dụng tiết kiệm, hiệu quả ngân sách nhà nước.

Điều 2. Nguồn kinh phí

Kinh phí ngân sách nhà nước giao thực hiện chế độ tự chủ năm 2023 là 6.850 triệu đồng.

Điều 3. Nguyên tắc chi tiêu

Mọi khoản chi phải có trong dự toán được giao, đúng chế độ, tiêu chuẩn, định mức và có chứng từ hợp lệ.

Điều 4. Chi thanh toán cá nhân

Tiền lương, phụ cấp chi theo quy định hiện hành; thu nhập tăng thêm chi từ nguồn tiết kiệm, tối đa 0,3 lần quỹ tiền lương ngạch, bậc.

Điều 5. Chế độ công tác phí

1. Phụ cấp lưu trú: 150.000 đồng/người/ngày khi đi công tác ngoài tỉnh; 80.000 đồng/người/ngày khi đi công tác trong tỉnh, cách trụ sở từ 15 km trở lên.

2. Khoán công tác phí hằng tháng cho công chức thường xuyên đi cơ sở: 400.000 đồng/người/tháng.

Điều 6. Sử dụng văn phòng phẩm

Khoán văn phòng phẩm 100.000 đồng/người/tháng.

Điều 7. Sử dụng điện thoại công vụ

Chi theo tiêu chuẩn, định mức của UBND tỉnh.

Điều 8. Sử dụng xe ô tô

Xe ô tô phục vụ công tác chung được điều động theo lịch công tác của lãnh đạo Sở.

Điều 9. Chi hội nghị

Chi nước uống 30.000 đồng/người/ngày; chi hỗ trợ tiền ăn cho đại biểu không hưởng lương 150.000 đồng/người/ngày.

Điều 10. Tổ chức thực hiện

Văn phòng Sở hướng dẫn, kiểm tra việc thực hiện Quy chế; trong quá trình thực hiện, nếu có vướng mắc, các phòng phản ánh về Văn phòng Sở để tổng hợp, trình Giám đốc Sở sửa đổi, bổ sung.
"""
)

DOCS = (
    Sample("qd-2845-2020-ubnd-ke-hoach-cchc-2021-2025.txt", "txt", (QD_2845_2020,)),
    Sample("qd-1120-2021-ubnd-chuc-nang-nhiem-vu.txt", "txt", (QD_1120_2021,)),
    Sample("qd-97-2022-che-do-lam-viec.txt", "txt", (QD_97_2022,)),
    Sample("qd-06-2023-quy-che-chi-tieu-noi-bo.txt", "txt", (QD_06_2023,)),
)
