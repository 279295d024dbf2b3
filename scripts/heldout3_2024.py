"""Third held-out archive, 2024: the Sở Nội vụ of the fictional tỉnh Tân Lâm. Do not tune on it.

The year's plans, a first-quarter report that files only the quarter's documents, and the
rest of the year known only by their own files: the province's new decision on the Sở
(effective after signing, replacing the 2023 one), the Sở's reorganised divisions, new
working rules (effective later, replacing the 2022 rules and their 2023 amendment), a
partial repeal, spending rules, financial autonomy, digitisation, staff placement and an
inspection's conclusions. Facts: ``bench/data/heldout3_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout3_early import DEPUTY, DIRECTOR, UBND, head
from sample_header import Sample

KH_05_HEAD = head(
    "05/KH-SNV",
    "ngày 09 tháng 01 năm 2024",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2024 của Sở Nội vụ",
)
KH_05_BODY = """
Thực hiện Kế hoạch số 02/KH-UBND ngày 03 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2024; căn cứ Kế hoạch cải cách hành chính của Sở Nội vụ giai đoạn 2021 - 2025 ban hành kèm theo Quyết định số 22/QĐ-SNV ngày 15 tháng 02 năm 2022, Sở Nội vụ ban hành Kế hoạch cải cách hành chính năm 2024 như sau:

I. MỤC ĐÍCH, YÊU CẦU

Gắn nhiệm vụ cải cách hành chính với nhiệm vụ chuyên môn của từng phòng, ban, đơn vị; mỗi nhiệm vụ có sản phẩm, thời hạn và người chịu trách nhiệm cụ thể.

II. CHỈ TIÊU NĂM 2024

1. Hoàn thành 30/30 nhiệm vụ của Kế hoạch.

2. Trên 60% thủ tục hành chính của Sở được cung cấp trực tuyến toàn trình; trên 99% hồ sơ được giải quyết đúng hạn.

3. Đào tạo, bồi dưỡng 75 lượt công chức, viên chức.

4. 100% văn bản đi (trừ văn bản mật) được ký số.

III. NHIỆM VỤ CỤ THỂ

Các nhiệm vụ được phân công tại bảng dưới đây.
"""
TABLE_05 = [
    ["STT", "Nhiệm vụ", "Chủ trì", "Thời gian"],
    [
        "1",
        "Ban hành kế hoạch kiểm tra và kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2024",
        "Phòng Cải cách hành chính",
        "Quý I",
    ],
    [
        "2",
        "Theo dõi thi hành pháp luật, rà soát văn bản quy phạm pháp luật lĩnh vực nội vụ",
        "Thanh tra Sở",
        "Quý I - Quý IV",
    ],
    [
        "3",
        "Trình công bố thủ tục hành chính sửa đổi lĩnh vực công chức, viên chức; rà soát Quy chế Bộ phận Một cửa",
        "Văn phòng Sở",
        "Quý I - Quý II",
    ],
    [
        "4",
        "Tham mưu quy định mới về chức năng, nhiệm vụ của Sở; sắp xếp các phòng, đơn vị",
        "Phòng Tổ chức, biên chế và tổ chức phi chính phủ",
        "Quý II",
    ],
    [
        "5",
        "Đào tạo, bồi dưỡng; bố trí công chức theo vị trí việc làm; sửa đổi quy chế làm việc",
        "Phòng Cán bộ, công chức, viên chức",
        "Cả năm",
    ],
    [
        "6",
        "Quy chế chi tiêu nội bộ năm 2024; tự chủ tài chính của Trung tâm Lưu trữ lịch sử",
        "Văn phòng Sở",
        "Quý I - Quý III",
    ],
    [
        "7",
        "Số hóa kết quả giải quyết thủ tục hành chính và tài liệu lưu trữ",
        "Chi cục Văn thư - Lưu trữ",
        "Quý II - Quý IV",
    ],
]
KH_05_AFTER = (
    """IV. TỔ CHỨC THỰC HIỆN

Phòng Cải cách hành chính theo dõi, đôn đốc; các phòng, ban, đơn vị báo cáo kết quả trước ngày 10 của tháng cuối quý.

Nơi nhận:
- UBND tỉnh (để báo cáo);
- Các phòng, ban, đơn vị thuộc Sở;
- Lưu: VT, CCHC.
"""
    + DIRECTOR
)

KH_11 = (
    head(
        "11/KH-SNV",
        "ngày 23 tháng 01 năm 2024",
        "KẾ HOẠCH",
        "Đào tạo, bồi dưỡng công chức, viên chức của Sở Nội vụ năm 2024",
    )
    + """
Căn cứ Nghị định số 101/2017/NĐ-CP ngày 01 tháng 9 năm 2017 của Chính phủ về đào tạo, bồi dưỡng cán bộ, công chức, viên chức; Nghị định số 89/2021/NĐ-CP ngày 18 tháng 10 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 101/2017/NĐ-CP;

Sở Nội vụ xây dựng Kế hoạch đào tạo, bồi dưỡng công chức, viên chức năm 2024 như sau:

I. ĐỐI TƯỢNG, SỐ LƯỢNG

Tổng số 75 lượt công chức, viên chức, gồm:

1. Cao cấp lý luận chính trị: 02 người.

2. Bồi dưỡng ngạch chuyên viên chính: 05 người.

3. Bồi dưỡng theo tiêu chuẩn chức danh lãnh đạo cấp phòng: 08 người.

4. Bồi dưỡng kiến thức, kỹ năng theo vị trí việc làm: 30 lượt.

5. Bồi dưỡng kỹ năng số, khai thác dữ liệu: 20 lượt.

6. Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4: 10 người.

II. KINH PHÍ

Dự kiến 385 triệu đồng từ nguồn kinh phí đào tạo, bồi dưỡng của tỉnh và kinh phí tự chủ của Sở.

III. TỔ CHỨC THỰC HIỆN

Phòng Cán bộ, công chức, viên chức cử người đi học theo chiêu sinh của cơ sở đào tạo; người được cử đi học không hoàn thành khóa học phải hoàn trả chi phí theo quy định.

Nơi nhận:
- Các phòng, ban, đơn vị thuộc Sở;
- Lưu: VT, CBCCVC.
"""
    + DEPUTY
)

KH_14 = (
    head(
        "14/KH-SNV",
        "ngày 01 tháng 02 năm 2024",
        "KẾ HOẠCH",
        "Thông tin, tuyên truyền cải cách hành chính năm 2024",
    )
    + """
Căn cứ Kế hoạch số 05/KH-SNV ngày 09 tháng 01 năm 2024 của Sở Nội vụ về cải cách hành chính năm 2024, Sở Nội vụ ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2024 như sau:

1. Duy trì chuyên mục "Cải cách hành chính" trên Cổng thông tin điện tử của Sở; đăng tối thiểu 50 tin, bài trong năm.

2. Phối hợp với Đài Phát thanh và Truyền hình tỉnh thực hiện 06 phóng sự về kết quả cải cách hành chính và dịch vụ công trực tuyến.

3. Tổ chức cuộc thi trực tuyến "Tìm hiểu cải cách hành chính tỉnh Tân Lâm" trong quý III năm 2024.

4. Hướng dẫn người dự tuyển công chức, viên chức nộp hồ sơ trực tuyến qua Cổng dịch vụ công; niêm yết hướng dẫn tại Bộ phận Một cửa.

5. Lồng ghép nội dung cải cách hành chính trong các hội nghị chuyên đề của ngành nội vụ.

Phòng Cải cách hành chính chủ trì; Văn phòng Sở bảo đảm kinh phí.

Nơi nhận:
- Các phòng, ban, đơn vị thuộc Sở;
- Đài Phát thanh và Truyền hình tỉnh;
- Lưu: VT, CCHC.
"""
    + DEPUTY
)

QD_27 = (
    head(
        "27/QĐ-SNV",
        "ngày 27 tháng 02 năm 2024",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế chi tiêu nội bộ, quản lý và sử dụng tài sản công của Sở Nội vụ tỉnh Tân Lâm",
    )
    + """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH TÂN LÂM

Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17 tháng 10 năm 2005 của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước;

Căn cứ Thông tư liên tịch số 71/2014/TTLT-BTC-BNV ngày 30 tháng 5 năm 2014 của Bộ Tài chính và Bộ Nội vụ;

Căn cứ Quyết định số 2310/QĐ-UBND ngày 20 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh về việc giao dự toán thu, chi ngân sách nhà nước năm 2024;

Xét đề nghị của Chánh Văn phòng Sở và ý kiến của Ban Chấp hành Công đoàn cơ sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ, quản lý và sử dụng tài sản công của Sở Nội vụ tỉnh Tân Lâm.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 18/QĐ-SNV ngày 09 tháng 02 năm 2023 của Giám đốc Sở Nội vụ.

Điều 3. Chánh Văn phòng, kế toán trưởng, Trưởng các phòng, ban và công chức, người lao động của Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Tài chính;
- Kho bạc Nhà nước tỉnh;
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
QUY CHẾ CHI TIÊU NỘI BỘ (trích)

Điều 4. Kinh phí giao tự chủ năm 2024 là 10.615 triệu đồng.

Điều 6. Khoán văn phòng phẩm: 170.000 đồng/người/tháng; giấy in giảm 30% so với năm 2023 do văn bản được phát hành điện tử.

Điều 10. Chi thu nhập tăng thêm: từ kinh phí tiết kiệm, tối đa 1,0 lần quỹ tiền lương ngạch, bậc, chi theo kết quả đánh giá hằng tháng.
"""
)

QD_36 = (
    head(
        "36/QĐ-SNV",
        "ngày 07 tháng 3 năm 2024",
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 tại các phòng, ban, đơn vị thuộc Sở Nội vụ",
    )
    + """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH TÂN LÂM

Căn cứ Kế hoạch số 05/KH-SNV ngày 09 tháng 01 năm 2024 của Sở Nội vụ về cải cách hành chính năm 2024;

Xét đề nghị của Trưởng phòng Cải cách hành chính.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 tại các phòng, ban, đơn vị thuộc Sở Nội vụ, với các nội dung:

1. Đơn vị được kiểm tra: Ban Thi đua - Khen thưởng; Ban Tôn giáo; Văn phòng Sở (Bộ phận Một cửa); Trung tâm Lưu trữ lịch sử.

2. Nội dung: việc thực hiện kế hoạch cải cách hành chính của đơn vị; giải quyết thủ tục hành chính; chấp hành kỷ luật, kỷ cương hành chính và văn hóa công vụ.

3. Thời gian: trong tháng 8 và tháng 9 năm 2024.

Điều 2. Phòng Cải cách hành chính chủ trì, thành lập Đoàn kiểm tra, báo cáo Giám đốc Sở kết quả kiểm tra trước ngày 15 tháng 10 năm 2024.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng, ban, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, CCHC.
"""
    + DIRECTOR
)

QD_41_HEAD = head(
    "41/QĐ-SNV",
    "ngày 11 tháng 3 năm 2024",
    "QUYẾT ĐỊNH",
    "Ban hành Kế hoạch theo dõi tình hình thi hành pháp luật và rà soát, hệ thống hóa văn bản quy phạm pháp luật lĩnh vực nội vụ năm 2024",
)
QD_41_BODY = (
    """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH TÂN LÂM

Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015 (đã được sửa đổi, bổ sung năm 2020);

Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ về theo dõi tình hình thi hành pháp luật; Nghị định số 32/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 59/2012/NĐ-CP;

Xét đề nghị của Chánh Thanh tra Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch theo dõi tình hình thi hành pháp luật và rà soát, hệ thống hóa văn bản quy phạm pháp luật lĩnh vực nội vụ năm 2024.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Thanh tra, Chánh Văn phòng, Trưởng các phòng, ban thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Tư pháp;
- Lưu: VT, TTr.
"""
    + DIRECTOR
    + """
KẾ HOẠCH
Theo dõi tình hình thi hành pháp luật và rà soát, hệ thống hóa văn bản quy phạm pháp luật lĩnh vực nội vụ năm 2024

1. Theo dõi thi hành pháp luật về tuyển dụng, sử dụng và quản lý viên chức, trọng tâm là Nghị định số 115/2020/NĐ-CP ngày 25 tháng 9 năm 2020 của Chính phủ và các văn bản sửa đổi, bổ sung; khảo sát tại 06 đơn vị sự nghiệp công lập.

2. Rà soát 52 văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh về tổ chức bộ máy, biên chế, chế độ chính sách đối với cán bộ, công chức, thi đua, khen thưởng, văn thư, lưu trữ; lập danh mục văn bản cần sửa đổi, bổ sung, thay thế hoặc bãi bỏ.

3. Hệ thống hóa văn bản quy phạm pháp luật lĩnh vực nội vụ còn hiệu lực đến ngày 31 tháng 12 năm 2023, công bố trước ngày 31 tháng 3 năm 2024.

4. Đánh giá 01 năm thi hành Quy định phân cấp quản lý của tỉnh; nếu cần, đề xuất sửa đổi Quyết định số 25/2023/QĐ-UBND ngày 14 tháng 9 năm 2023 của Ủy ban nhân dân tỉnh.

Thanh tra Sở chủ trì; các phòng, ban phối hợp cung cấp thông tin trước ngày 15 tháng 11 năm 2024.
"""
)

QD_612_HEAD = head(
    "612/QĐ-UBND",
    "ngày 12 tháng 3 năm 2024",
    "QUYẾT ĐỊNH",
    "Công bố danh mục thủ tục hành chính được sửa đổi, bổ sung lĩnh vực công chức, viên chức thuộc phạm vi chức năng quản lý của Sở Nội vụ tỉnh Tân Lâm",
    UBND,
)
QD_612_BODY = """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂN LÂM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;

Căn cứ Nghị định số 85/2023/NĐ-CP ngày 07 tháng 12 năm 2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 115/2020/NĐ-CP ngày 25 tháng 9 năm 2020 của Chính phủ quy định về tuyển dụng, sử dụng và quản lý viên chức;

Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 39/TTr-SNV ngày 05 tháng 3 năm 2024.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục 07 thủ tục hành chính được sửa đổi, bổ sung lĩnh vực công chức, viên chức thuộc phạm vi chức năng quản lý của Sở Nội vụ tỉnh Tân Lâm, gồm:

1. Thi tuyển viên chức.

2. Xét tuyển viên chức.

3. Tiếp nhận vào làm viên chức.

4. Thăng hạng chức danh nghề nghiệp viên chức hạng II lên hạng I.

5. Thăng hạng chức danh nghề nghiệp viên chức hạng III lên hạng II.

6. Xét thăng hạng chức danh nghề nghiệp viên chức.

7. Chuyển chức danh nghề nghiệp viên chức.

Điều 2. Sở Nội vụ cập nhật các thủ tục trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, điều chỉnh quy trình nội bộ giải quyết và cấu hình dịch vụ công trực tuyến trong 10 ngày làm việc.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Cục Kiểm soát TTHC - Văn phòng Chính phủ;
- Lưu: VT, KSTT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

(Đã ký)

Hồ Thanh Bình
"""

BC_68 = (
    head(
        "68/BC-SNV",
        "ngày 19 tháng 3 năm 2024",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý I năm 2024 của Sở Nội vụ",
    )
    + """
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH

1. Sở ban hành Kế hoạch số 05/KH-SNV ngày 09/01/2024 về cải cách hành chính năm 2024 với 30 nhiệm vụ; trong quý I hoàn thành 06/30 nhiệm vụ.

2. Kiểm tra: Giám đốc Sở ban hành Quyết định số 36/QĐ-SNV ngày 07/3/2024 ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024; việc kiểm tra 04 đơn vị thực hiện trong quý III.

3. Tuyên truyền: Sở ban hành Kế hoạch số 14/KH-SNV ngày 01/02/2024 về thông tin, tuyên truyền cải cách hành chính năm 2024; quý I đăng 12 tin, bài.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH

1. Cải cách thể chế

Giám đốc Sở ban hành Quyết định số 41/QĐ-SNV ngày 11/3/2024 ban hành Kế hoạch theo dõi tình hình thi hành pháp luật và rà soát, hệ thống hóa văn bản quy phạm pháp luật lĩnh vực nội vụ năm 2024.

2. Cải cách thủ tục hành chính

Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 612/QĐ-UBND ngày 12/3/2024 công bố 07 thủ tục hành chính được sửa đổi, bổ sung lĩnh vực công chức, viên chức. Sở có 101 thủ tục hành chính, 52 thủ tục trực tuyến toàn trình (51,5%). Quý I tiếp nhận 296 hồ sơ, giải quyết đúng hạn 100%.

3. Cải cách tổ chức bộ máy

Sở đang hoàn thiện dự thảo quyết định của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở để thay thế Quyết định số 08/2023/QĐ-UBND ngày 17/3/2023, trong đó giải thể Chi cục Văn thư - Lưu trữ và hợp nhất hai phòng chuyên môn.

4. Cải cách chế độ công vụ

Sở ban hành Kế hoạch số 11/KH-SNV ngày 23/01/2024 về đào tạo, bồi dưỡng công chức, viên chức năm 2024 (75 lượt); quý I cử 14 lượt đi bồi dưỡng.

5. Cải cách tài chính công

Giám đốc Sở ban hành Quyết định số 27/QĐ-SNV ngày 27/02/2024 ban hành Quy chế chi tiêu nội bộ, quản lý và sử dụng tài sản công; kinh phí giao tự chủ năm 2024 là 10.615 triệu đồng.

6. Xây dựng, phát triển Chính quyền điện tử, Chính quyền số

Tỷ lệ văn bản đi được ký số đạt 98,6%; 100% hồ sơ thủ tục hành chính được cập nhật trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.

III. NHIỆM VỤ QUÝ II

Trình Ủy ban nhân dân tỉnh quy định mới về chức năng, nhiệm vụ của Sở; xây dựng kế hoạch số hóa năm 2024.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT, CCHC.
"""
    + DEPUTY
)

QD_84 = (
    head(
        "84/QĐ-SNV",
        "ngày 16 tháng 4 năm 2024",
        "QUYẾT ĐỊNH",
        "Bãi bỏ khoản 3 Điều 6 và Điều 9 của Quy chế hoạt động của Bộ phận Một cửa Sở Nội vụ ban hành kèm theo Quyết định số 95/QĐ-SNV ngày 18 tháng 5 năm 2022",
    )
    + """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH TÂN LÂM

Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Căn cứ Quyết định số 468/QĐ-TTg ngày 27 tháng 3 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Bãi bỏ khoản 3 Điều 6 và Điều 9 của Quy chế hoạt động của Bộ phận Một cửa Sở Nội vụ ban hành kèm theo Quyết định số 95/QĐ-SNV ngày 18 tháng 5 năm 2022 của Giám đốc Sở Nội vụ.

Từ ngày Quyết định này có hiệu lực, Bộ phận Một cửa tiếp nhận hồ sơ vào sáng thứ Bảy theo lịch làm việc của Trung tâm Phục vụ hành chính công tỉnh; việc theo dõi hồ sơ thực hiện trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, không lập sổ giấy.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng, ban có thủ tục hành chính và công chức làm việc tại Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_14_2024 = (
    head(
        "14/2024/QĐ-UBND",
        "ngày 22 tháng 5 năm 2024",
        "QUYẾT ĐỊNH",
        "Ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Tân Lâm",
        UBND,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH TÂN LÂM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương; Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP;

Căn cứ Thông tư số 05/2021/TT-BNV ngày 12 tháng 8 năm 2021 của Bộ trưởng Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ, quyền hạn của Sở Nội vụ thuộc Ủy ban nhân dân cấp tỉnh và Phòng Nội vụ thuộc Ủy ban nhân dân cấp huyện;

Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 93/TTr-SNV ngày 08 tháng 5 năm 2024.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Tân Lâm.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 05 tháng 6 năm 2024 và thay thế Quyết định số 08/2023/QĐ-UBND ngày 17 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Tân Lâm.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Bộ Nội vụ;
- Cục Kiểm tra văn bản QPPL - Bộ Tư pháp;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

(Đã ký)

Vũ Đình Toàn

QUY ĐỊNH
Chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Tân Lâm

Điều 1. Vị trí và chức năng

Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về tổ chức bộ máy, vị trí việc làm, biên chế; cải cách hành chính; cán bộ, công chức, viên chức; chính quyền địa phương; văn thư, lưu trữ; tôn giáo; thi đua, khen thưởng; công tác thanh niên.

Điều 2. Nhiệm vụ và quyền hạn

Trình Ủy ban nhân dân tỉnh dự thảo văn bản thuộc lĩnh vực nội vụ; thẩm định đề án tổ chức bộ máy, vị trí việc làm của các cơ quan, đơn vị; hướng dẫn, kiểm tra công tác cải cách hành chính; quản lý công chức, viên chức theo phân cấp; quản lý tài liệu lưu trữ lịch sử của tỉnh; các nhiệm vụ khác do Ủy ban nhân dân tỉnh giao.

Điều 3. Cơ cấu tổ chức

1. Các tổ chức tham mưu: Văn phòng; Thanh tra; Phòng Tổ chức, biên chế và tổ chức phi chính phủ; Phòng Cán bộ, công chức, viên chức; Phòng Xây dựng chính quyền, cải cách hành chính và công tác thanh niên; Phòng Văn thư - Lưu trữ.

2. Ban Thi đua - Khen thưởng; Ban Tôn giáo.

3. Đơn vị sự nghiệp công lập: Trung tâm Lưu trữ lịch sử.

Điều 4. Sắp xếp tổ chức

1. Giải thể Chi cục Văn thư - Lưu trữ; chức năng quản lý nhà nước về văn thư, lưu trữ chuyển về Phòng Văn thư - Lưu trữ; Trung tâm Lưu trữ lịch sử chuyển về trực thuộc Sở.

2. Hợp nhất Phòng Xây dựng chính quyền và công tác thanh niên với Phòng Cải cách hành chính.

Điều 5. Biên chế

Năm 2024, Sở được giao 57 biên chế công chức; Trung tâm Lưu trữ lịch sử được giao 14 người làm việc.
"""
)

KH_131 = (
    head(
        "131/KH-SNV",
        "ngày 30 tháng 5 năm 2024",
        "KẾ HOẠCH",
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và tài liệu lưu trữ của Sở Nội vụ năm 2024",
    )
    + """
Thực hiện Kế hoạch chuyển đổi số của Sở Nội vụ giai đoạn 2022 - 2025 ban hành kèm theo Quyết định số 236/QĐ-SNV ngày 23 tháng 11 năm 2022; căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử, Sở Nội vụ xây dựng Kế hoạch số hóa năm 2024 như sau:

I. CHỈ TIÊU

1. Số hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực từ năm 2019 đến nay, gắn với hồ sơ điện tử của tổ chức, cá nhân.

2. Số hóa 35.000 trang hồ sơ công chức, viên chức do Sở quản lý; cập nhật vào phần mềm quản lý hồ sơ cán bộ, công chức, viên chức và đồng bộ với Cơ sở dữ liệu quốc gia.

3. Số hóa 120 mét giá tài liệu lưu trữ lịch sử có tần suất khai thác cao; phục vụ tra cứu trực tuyến.

II. PHÂN CÔNG

1. Văn phòng Sở: số hóa kết quả giải quyết thủ tục hành chính.

2. Phòng Cán bộ, công chức, viên chức: số hóa hồ sơ công chức, viên chức.

3. Chi cục Văn thư - Lưu trữ (từ ngày 05/6/2024 là Phòng Văn thư - Lưu trữ) và Trung tâm Lưu trữ lịch sử: số hóa tài liệu lưu trữ lịch sử.

III. KINH PHÍ

640 triệu đồng từ nguồn sự nghiệp công nghệ thông tin năm 2024.

Nơi nhận:
- Sở Thông tin và Truyền thông;
- Các phòng, ban, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + DEPUTY
)

QD_152_HEAD = head(
    "152/QĐ-SNV",
    "ngày 14 tháng 6 năm 2024",
    "QUYẾT ĐỊNH",
    "Quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng, Thanh tra và các phòng chuyên môn, nghiệp vụ thuộc Sở Nội vụ",
)
QD_152_BODY = (
    """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH TÂN LÂM

Căn cứ Quyết định số 14/2024/QĐ-UBND ngày 22 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Tân Lâm;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Văn phòng Sở: tổng hợp, hành chính, quản trị, tài chính, kế toán; quản lý Bộ phận Một cửa của Sở.

Điều 2. Thanh tra Sở: thanh tra hành chính, thanh tra chuyên ngành; tiếp công dân; phòng, chống tham nhũng; theo dõi thi hành pháp luật lĩnh vực nội vụ.

Điều 3. Phòng Tổ chức, biên chế và tổ chức phi chính phủ: tổ chức bộ máy, vị trí việc làm, biên chế, số lượng người làm việc; hội, quỹ.

Điều 4. Phòng Cán bộ, công chức, viên chức: tuyển dụng, sử dụng, quản lý, đào tạo, bồi dưỡng công chức, viên chức; tiền lương.

Điều 5. Phòng Xây dựng chính quyền, cải cách hành chính và công tác thanh niên: chính quyền địa phương, địa giới hành chính; theo dõi, đánh giá cải cách hành chính của tỉnh và của Sở; công tác thanh niên.

Điều 6. Phòng Văn thư - Lưu trữ: quản lý nhà nước về văn thư, lưu trữ; hướng dẫn, kiểm tra nghiệp vụ; quản lý Trung tâm Lưu trữ lịch sử về chuyên môn.

Điều 7. Lãnh đạo cấp phòng

Sau sắp xếp, Sở có 04 phòng chuyên môn cùng Văn phòng và Thanh tra; số lãnh đạo cấp phòng giảm từ 13 người xuống 10 người. Người dôi dư được bố trí theo lộ trình đến hết năm 2025.

Điều 8. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày ký. Quyết định số 73/QĐ-SNV ngày 12 tháng 4 năm 2022 của Giám đốc Sở Nội vụ hết hiệu lực kể từ ngày Quyết định này có hiệu lực.

Điều 9. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng chuyên môn, nghiệp vụ chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 9;
- UBND tỉnh (để báo cáo);
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_166 = (
    head(
        "166/QĐ-SNV",
        "ngày 25 tháng 6 năm 2024",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Nội vụ tỉnh Tân Lâm",
    )
    + """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH TÂN LÂM

Căn cứ Quyết định số 14/2024/QĐ-UBND ngày 22 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Tân Lâm;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nội vụ tỉnh Tân Lâm, gồm 05 chương, 26 điều.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2024 và thay thế Quyết định số 128/QĐ-SNV ngày 05 tháng 7 năm 2022 và Quyết định số 49/QĐ-SNV ngày 07 tháng 3 năm 2023 của Giám đốc Sở Nội vụ.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng, ban, Giám đốc Trung tâm Lưu trữ lịch sử và công chức, viên chức, người lao động của Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Ban Giám đốc Sở;
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
QUY CHẾ LÀM VIỆC CỦA SỞ NỘI VỤ TỈNH TÂN LÂM (trích)

Điều 4. Nguyên tắc làm việc

Đề cao trách nhiệm người đứng đầu; mỗi việc một đầu mối; công việc được giao, theo dõi và đánh giá trên Hệ thống quản lý văn bản và điều hành.

Điều 9. Chế độ họp

Lãnh đạo Sở giao ban sáng thứ Hai hằng tuần; họp toàn cơ quan 06 tháng một lần; cuộc họp không quá 90 phút.

Điều 16. Xử lý văn bản đến

Văn bản đến được xử lý hoàn toàn trên Hệ thống; văn bản giấy được số hóa trong 02 giờ làm việc.

Điều 22. Văn hóa công vụ

Công chức, viên chức đeo thẻ khi làm việc; không sử dụng điện thoại khi tiếp công dân; thái độ chuẩn mực khi giao tiếp với người dân.

Điều 24. Đánh giá hằng tháng

Công chức, viên chức tự đánh giá kết quả công việc trước ngày 25 hằng tháng; người đứng đầu phòng, ban xếp loại; kết quả là căn cứ chi thu nhập tăng thêm và xếp loại cuối năm.
"""
)

QD_203 = (
    head(
        "203/QĐ-SNV",
        "ngày 06 tháng 8 năm 2024",
        "QUYẾT ĐỊNH",
        "Phê duyệt danh sách bố trí công chức vào vị trí việc làm tại các phòng, ban thuộc Sở Nội vụ",
    )
    + """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH TÂN LÂM

Căn cứ Nghị định số 62/2020/NĐ-CP ngày 01 tháng 6 năm 2020 của Chính phủ về vị trí việc làm và biên chế công chức;

Căn cứ Quyết định số 1560/QĐ-UBND ngày 15 tháng 8 năm 2023 của Ủy ban nhân dân tỉnh phê duyệt danh mục vị trí việc làm, bản mô tả công việc và khung năng lực vị trí việc làm của Sở Nội vụ;

Căn cứ Quyết định số 152/QĐ-SNV ngày 14 tháng 6 năm 2024 của Giám đốc Sở Nội vụ quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng, Thanh tra và các phòng chuyên môn, nghiệp vụ thuộc Sở;

Xét đề nghị của Trưởng phòng Cán bộ, công chức, viên chức.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt danh sách bố trí 55 công chức vào 46 vị trí việc làm tại Văn phòng, Thanh tra, các phòng và ban thuộc Sở, gồm: 16 vị trí lãnh đạo, quản lý; 24 vị trí chuyên môn, nghiệp vụ; 06 vị trí hỗ trợ, phục vụ (danh sách kèm theo).

Điều 2. Công chức chưa đáp ứng đủ khung năng lực của vị trí việc làm được bố trí phải hoàn thành chương trình bồi dưỡng trước ngày 31 tháng 12 năm 2025.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng, ban và công chức có tên trong danh sách chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, CBCCVC.
"""
    + DIRECTOR
)

QD_241 = (
    head(
        "241/QĐ-SNV",
        "ngày 17 tháng 9 năm 2024",
        "QUYẾT ĐỊNH",
        "Giao quyền tự chủ tài chính cho Trung tâm Lưu trữ lịch sử tỉnh Tân Lâm giai đoạn 2024 - 2026",
    )
    + """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH TÂN LÂM

Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21 tháng 6 năm 2021 của Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập;

Căn cứ Thông tư số 56/2022/TT-BTC ngày 16 tháng 9 năm 2022 của Bộ Tài chính hướng dẫn một số nội dung về cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập;

Căn cứ Quyết định số 2140/QĐ-UBND ngày 18 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh về việc ủy quyền cho thủ trưởng các sở, ban, ngành giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập trực thuộc;

Xét đề nghị của Giám đốc Trung tâm Lưu trữ lịch sử và Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Giao quyền tự chủ tài chính giai đoạn 2024 - 2026 cho Trung tâm Lưu trữ lịch sử tỉnh Tân Lâm là đơn vị tự bảo đảm một phần chi thường xuyên; mức tự bảo đảm 14% năm 2024, 16% năm 2025, 18% năm 2026.

Điều 2. Nguồn thu sự nghiệp gồm phí khai thác, sử dụng tài liệu lưu trữ và thu dịch vụ chỉnh lý tài liệu; Trung tâm ban hành quy chế chi tiêu nội bộ trong 30 ngày kể từ ngày Quyết định này có hiệu lực.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký và áp dụng từ năm ngân sách 2024.

Điều 4. Chánh Văn phòng Sở, Giám đốc Trung tâm Lưu trữ lịch sử chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Sở Tài chính;
- Kho bạc Nhà nước tỉnh;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

TB_205 = (
    head(
        "205/TB-SNV",
        "ngày 18 tháng 10 năm 2024",
        "THÔNG BÁO",
        "Kết luận kiểm tra công tác cải cách hành chính năm 2024 tại các phòng, ban, đơn vị thuộc Sở Nội vụ",
    )
    + """
Thực hiện Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 ban hành kèm theo Quyết định số 36/QĐ-SNV ngày 07 tháng 3 năm 2024 của Giám đốc Sở Nội vụ, từ ngày 12/8 đến ngày 20/9/2024, Đoàn kiểm tra của Sở đã kiểm tra 04 đơn vị. Giám đốc Sở kết luận như sau:

1. Ưu điểm

Các đơn vị ban hành kế hoạch cải cách hành chính đúng thời hạn; Bộ phận Một cửa không để hồ sơ quá hạn; kỷ luật, kỷ cương hành chính được chấp hành.

2. Hạn chế

a) Ban Tôn giáo chưa điều chỉnh quy trình nội bộ giải quyết 02 thủ tục sau khi thủ tục được chuẩn hóa.

b) Ban Thi đua - Khen thưởng giải quyết trễ hạn 03/112 hồ sơ khen thưởng.

c) Trung tâm Lưu trữ lịch sử chưa ban hành quy chế chi tiêu nội bộ theo Quyết định số 241/QĐ-SNV ngày 17 tháng 9 năm 2024.

3. Yêu cầu

Các đơn vị khắc phục hạn chế, báo cáo kết quả về Phòng Xây dựng chính quyền, cải cách hành chính và công tác thanh niên trước ngày 30 tháng 11 năm 2024.

Nơi nhận:
- Các đơn vị được kiểm tra;
- Ban Giám đốc Sở;
- Lưu: VT, XDCQ-CCHC.
"""
    + DIRECTOR
)

LATE = (
    Sample(
        "ke-hoach-05-2024-cchc.docx",
        "docx",
        (KH_05_HEAD, KH_05_BODY),
        table=TABLE_05,
        after=KH_05_AFTER,
        title="Kế hoạch CCHC năm 2024 (MẪU)",
    ),
    Sample("ke-hoach-11-2024-dao-tao-boi-duong.txt", "txt", (KH_11,)),
    Sample("ke-hoach-14-2024-tuyen-truyen.txt", "txt", (KH_14,)),
    Sample(
        "qd-27-2024-quy-che-chi-tieu-noi-bo.pdf",
        "pdf",
        (QD_27,),
        title="Quy chế chi tiêu nội bộ 2024 (MẪU, hư cấu)",
    ),
    Sample("qd-36-2024-ke-hoach-kiem-tra.txt", "txt", (QD_36,)),
    Sample(
        "qd-41-2024-theo-doi-thi-hanh-phap-luat.docx",
        "docx",
        (QD_41_HEAD, QD_41_BODY),
        title="Kế hoạch theo dõi thi hành pháp luật 2024 (MẪU)",
    ),
    Sample(
        "qd-612-2024-cong-bo-tthc-cong-chuc-vien-chuc.pdf",
        "pdf",
        (QD_612_HEAD, QD_612_BODY),
        title="Công bố TTHC lĩnh vực công chức, viên chức (MẪU, hư cấu)",
    ),
    Sample("bc-68-2024-cchc-quy-1.txt", "txt", (BC_68,)),
    Sample("qd-84-2024-bai-bo-mot-phan-quy-che-mot-cua.txt", "txt", (QD_84,)),
    Sample(
        "qd-14-2024-qd-ubnd-chuc-nang-so-noi-vu.pdf",
        "pdf",
        (QD_14_2024,),
        title="Quyết định 14/2024 (MẪU, hư cấu)",
    ),
    Sample("ke-hoach-131-2024-so-hoa.txt", "txt", (KH_131,)),
    Sample(
        "qd-152-2024-chuc-nang-cac-phong.docx",
        "docx",
        (QD_152_HEAD, QD_152_BODY),
        title="Chức năng các phòng (MẪU)",
    ),
    Sample("qd-166-2024-quy-che-lam-viec.txt", "txt", (QD_166,)),
    Sample(
        "qd-203-2024-bo-tri-vi-tri-viec-lam.docx",
        "docx",
        (QD_203,),
        title="Bố trí công chức theo vị trí việc làm (MẪU)",
    ),
    Sample("qd-241-2024-tu-chu-tai-chinh.txt", "txt", (QD_241,)),
    Sample(
        "tb-205-2024-ket-luan-kiem-tra.pdf",
        "pdf",
        (TB_205,),
        title="Kết luận kiểm tra CCHC 2024 (MẪU, hư cấu)",
    ),
)
