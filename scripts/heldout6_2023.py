"""Sixth held-out archive, 2023: the Sở Lao động - Thương binh và Xã hội of the fictional
tỉnh Phú Khê. Do not tune on it.

The year's plan, the inspection plan and one of its conclusions, the province's amendment
of one clause of its 2021 decision on the Sở (effective after signing), a Tờ trình on
người có công procedures, and the annual report (which cites the inspection plan with a
wrong date). The Giám đốc changed in July. Facts: ``bench/data/heldout6_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout6_early import DEPUTY, DIRECTOR, NEW_DIRECTOR, UBND, VICE_CHAIR_UBND, head
from sample_header import Sample

KH_05 = (
    head(
        "05/KH-SLĐTBXH",
        "ngày 10 tháng 01 năm 2023",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2023",
    )
    + """
Thực hiện Kế hoạch số 07/KH-UBND ngày 04/01/2023 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2023, Sở Lao động - Thương binh và Xã hội ban hành Kế hoạch cải cách hành chính năm 2023 như sau:

I. CHỈ TIÊU

1. Hoàn thành 30 nhiệm vụ của Kế hoạch.

2. Tỷ lệ thủ tục hành chính trực tuyến toàn trình đạt từ 50% trở lên; tỷ lệ hồ sơ trực tuyến đạt từ 40% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 99% trở lên.

3. Kiểm tra 05 đơn vị; đăng ít nhất 36 tin, bài tuyên truyền.

4. Cử 60 lượt công chức, viên chức đi bồi dưỡng; tỷ lệ văn bản đi được ký số đạt từ 90% trở lên.

II. NHIỆM VỤ

1. Chỉ đạo, điều hành: ban hành kế hoạch kiểm tra, kế hoạch tuyên truyền, kế hoạch chuyển đổi số năm 2023.

2. Thể chế: tham mưu Hội đồng nhân dân tỉnh chính sách hỗ trợ đào tạo nghề cho lao động nông thôn.

3. Thủ tục hành chính: rà soát thủ tục lĩnh vực người có công theo Nghị định số 131/2021/NĐ-CP; trình công bố danh mục thủ tục được sửa đổi, bổ sung.

4. Tổ chức bộ máy: trình Ủy ban nhân dân tỉnh sửa đổi cơ cấu tổ chức của Sở, hợp nhất Phòng Lao động - Việc làm và Phòng Giáo dục nghề nghiệp.

5. Chế độ công vụ: ban hành quy định văn hóa công sở; siết chặt kỷ luật trong tiếp nhận hồ sơ người có công.

6. Tài chính công: giao tự chủ tài chính cho Trung tâm Dịch vụ việc làm tỉnh.

7. Chính quyền số: số hóa hồ sơ người có công đang quản lý; mở rộng chi trả trợ cấp xã hội không dùng tiền mặt.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, đôn đốc; báo cáo Giám đốc Sở hằng quý.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Nội vụ;
- Các phòng, đơn vị;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

KH_18 = (
    head(
        "18/KH-SLĐTBXH",
        "ngày 06 tháng 3 năm 2023",
        "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2023",
    )
    + """
Thực hiện Kế hoạch số 05/KH-SLĐTBXH ngày 10/01/2023 của Sở Lao động - Thương binh và Xã hội về cải cách hành chính năm 2023, Sở ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2023 như sau:

I. MỤC ĐÍCH

Đánh giá việc tiếp nhận, giải quyết hồ sơ trợ cấp thất nghiệp, hồ sơ người có công, hồ sơ trợ giúp xã hội; việc niêm yết thủ tục hành chính và chấp hành kỷ luật, kỷ cương hành chính.

II. ĐƠN VỊ VÀ THỜI GIAN KIỂM TRA

Kiểm tra 05 đơn vị: Trung tâm Dịch vụ việc làm tỉnh (tháng 6); Trường Cao đẳng Nghề Phú Khê (tháng 7); Cơ sở Bảo trợ xã hội tổng hợp tỉnh (tháng 8); Phòng Lao động - Thương binh và Xã hội huyện Đông Khê (tháng 9); Phòng Lao động - Thương binh và Xã hội thị xã Khê Sơn (tháng 10).

III. NỘI DUNG

1. Việc ban hành và thực hiện kế hoạch cải cách hành chính của đơn vị.

2. Việc niêm yết, công khai thủ tục; tỷ lệ hồ sơ giải quyết đúng hạn; xin lỗi người dân khi trễ hạn.

3. Việc bảo đảm an toàn, vệ sinh lao động và quyền lợi của trẻ em, đối tượng bảo trợ xã hội tại cơ sở.

IV. TỔ CHỨC THỰC HIỆN

Văn phòng Sở chủ trì, phối hợp Thanh tra Sở; sau mỗi cuộc kiểm tra, Sở ban hành thông báo kết luận.

Nơi nhận:
- Các đơn vị được kiểm tra;
- Lưu: VT, VP.
"""
    + DEPUTY
)

QD_11_2023 = (
    head(
        "11/2023/QĐ-UBND",
        "ngày 14 tháng 4 năm 2023",
        "QUYẾT ĐỊNH",
        "Sửa đổi, bổ sung khoản 2 Điều 3 Quyết định số 19/2021/QĐ-UBND ngày 25 tháng 8 năm 2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội tỉnh Phú Khê",
        UBND,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH PHÚ KHÊ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương; Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP;

Căn cứ Thông tư số 11/2021/TT-BLĐTBXH ngày 30 tháng 9 năm 2021 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn chức năng, nhiệm vụ, quyền hạn của cơ quan chuyên môn về lao động, người có công và xã hội thuộc Ủy ban nhân dân cấp tỉnh, cấp huyện;

Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 21/TTr-SLĐTBXH ngày 15/3/2023 về việc sửa đổi cơ cấu tổ chức của Sở và ý kiến thẩm định của Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung khoản 2 Điều 3 Quyết định số 19/2021/QĐ-UBND ngày 25 tháng 8 năm 2021 của Ủy ban nhân dân tỉnh như sau:

"2. Các tổ chức tham mưu, tổng hợp và chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Kế hoạch - Tài chính; Phòng Lao động - Việc làm - Giáo dục nghề nghiệp; Phòng Người có công; Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới."

Điều 2. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 01 tháng 5 năm 2023. Các nội dung khác của Quyết định số 19/2021/QĐ-UBND giữ nguyên hiệu lực.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Lao động - Thương binh và Xã hội và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Bộ Lao động - Thương binh và Xã hội;
- Cục Kiểm tra văn bản QPPL (Bộ Tư pháp);
- Lưu: VT, KGVX.
"""
    + VICE_CHAIR_UBND
)

TB_96 = (
    head(
        "96/TB-SLĐTBXH",
        "ngày 27 tháng 6 năm 2023",
        "THÔNG BÁO",
        "Kết luận kiểm tra công tác cải cách hành chính tại Trung tâm Dịch vụ việc làm tỉnh",
    )
    + """
Thực hiện Kế hoạch số 18/KH-SLĐTBXH ngày 06/3/2023 của Sở Lao động - Thương binh và Xã hội về kiểm tra công tác cải cách hành chính năm 2023, ngày 15/6/2023 Đoàn kiểm tra của Sở đã kiểm tra tại Trung tâm Dịch vụ việc làm tỉnh. Phó Giám đốc Sở, Trưởng đoàn kiểm tra, kết luận như sau:

I. ƯU ĐIỂM

1. Trung tâm ban hành kế hoạch cải cách hành chính năm 2023 kịp thời; 100% hồ sơ đề nghị hưởng trợ cấp thất nghiệp trong 5 tháng đầu năm được giải quyết đúng hạn.

2. Sàn giao dịch việc làm định kỳ được tổ chức cả trực tiếp và trực tuyến.

II. TỒN TẠI, HẠN CHẾ

1. Chưa niêm yết đầy đủ 03 thủ tục lĩnh vực việc làm mới được sửa đổi.

2. 12 hồ sơ giới thiệu việc làm chưa được cập nhật kết quả lên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.

III. YÊU CẦU

Giám đốc Trung tâm chỉ đạo khắc phục các tồn tại nêu trên, báo cáo kết quả về Sở (qua Văn phòng) trước ngày 31/7/2023.

Nơi nhận:
- Trung tâm Dịch vụ việc làm tỉnh;
- Giám đốc Sở (b/c);
- Lưu: VT, VP.
"""
    + DEPUTY
)

TTR_57_HEAD = head(
    "57/TTr-SLĐTBXH",
    "ngày 24 tháng 7 năm 2023",
    "TỜ TRÌNH",
    "Đề nghị công bố danh mục thủ tục hành chính được sửa đổi, bổ sung lĩnh vực người có công thuộc thẩm quyền giải quyết của Sở Lao động - Thương binh và Xã hội",
)
TTR_57_BODY = """
Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Phú Khê.

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;

Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 09/12/2020 và Nghị định số 131/2021/NĐ-CP ngày 30/12/2021 của Chính phủ quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng;

Sở Lao động - Thương binh và Xã hội kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, công bố danh mục 05 thủ tục hành chính được sửa đổi, bổ sung lĩnh vực người có công, thay thế danh mục tại Quyết định số 895/QĐ-UBND ngày 20/4/2021 của Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục thủ tục hành chính lĩnh vực người có công, cụ thể:
"""
TTR_57_TABLE = [
    ["STT", "Tên thủ tục hành chính", "Thời hạn giải quyết", "Nội dung sửa đổi"],
    [
        "1",
        "Công nhận và giải quyết chế độ ưu đãi đối với thân nhân liệt sĩ",
        "12 ngày",
        "Thành phần hồ sơ",
    ],
    ["2", "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", "12 ngày", "Thời hạn giải quyết"],
    ["3", "Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ", "05 ngày", "Cách thức thực hiện"],
    ["4", "Di chuyển hồ sơ người có công đi ngoài tỉnh", "05 ngày", "Cách thức thực hiện"],
    ["5", "Cấp bổ sung hoặc cấp lại giấy chứng nhận người có công", "05 ngày", "Thành phần hồ sơ"],
]
TTR_57_AFTER = (
    """Hồ sơ kèm theo: dự thảo Quyết định công bố; ý kiến của Văn phòng Ủy ban nhân dân tỉnh (Phòng Kiểm soát thủ tục hành chính).

Sở Lao động - Thương binh và Xã hội kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Văn phòng UBND tỉnh;
- Lưu: VT, NCC.
"""
    + NEW_DIRECTOR
)

BC_298_HEAD = head(
    "298/BC-SLĐTBXH",
    "ngày 12 tháng 12 năm 2023",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2023",
)
BC_298_BODY = """
Thực hiện Kế hoạch số 05/KH-SLĐTBXH ngày 10/01/2023 của Sở Lao động - Thương binh và Xã hội về cải cách hành chính năm 2023, Sở báo cáo kết quả năm 2023 như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2023 có 30 nhiệm vụ, đã hoàn thành 28 nhiệm vụ (93,3%).

2. Kiểm tra: thực hiện Kế hoạch số 18/KH-SLĐTBXH ngày 16/3/2023 về kiểm tra công tác cải cách hành chính năm 2023, Sở đã kiểm tra 05 đơn vị và ban hành 05 thông báo kết luận, trong đó có Thông báo số 96/TB-SLĐTBXH ngày 27/6/2023 kết luận kiểm tra tại Trung tâm Dịch vụ việc làm tỉnh.

3. Tuyên truyền: thực hiện Kế hoạch số 22/KH-SLĐTBXH ngày 14/3/2023 về thông tin, tuyên truyền cải cách hành chính năm 2023, Sở đăng 41 tin, bài; tổ chức 03 hội nghị đối thoại với người lao động, người có công.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Sở tham mưu Hội đồng nhân dân tỉnh ban hành Nghị quyết số 14/2023/NQ-HĐND ngày 12/7/2023 quy định chính sách hỗ trợ đào tạo nghề cho lao động nông thôn trên địa bàn tỉnh.

2. Cải cách thủ tục hành chính

Trên cơ sở Tờ trình số 57/TTr-SLĐTBXH ngày 24/7/2023 của Sở, Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1725/QĐ-UBND ngày 15/8/2023 công bố danh mục thủ tục hành chính được sửa đổi, bổ sung lĩnh vực người có công thuộc thẩm quyền giải quyết của Sở Lao động - Thương binh và Xã hội, thay thế Quyết định số 895/QĐ-UBND ngày 20/4/2021.

3. Cải cách tổ chức bộ máy

Ủy ban nhân dân tỉnh ban hành Quyết định số 11/2023/QĐ-UBND ngày 14/4/2023 sửa đổi, bổ sung khoản 2 Điều 3 Quyết định số 19/2021/QĐ-UBND ngày 25/8/2021 (có hiệu lực từ ngày 01/5/2023): hợp nhất Phòng Lao động - Việc làm và Phòng Giáo dục nghề nghiệp thành Phòng Lao động - Việc làm - Giáo dục nghề nghiệp; Sở giảm 01 phòng.

4. Cải cách chế độ công vụ

Giám đốc Sở ban hành Quyết định số 165/QĐ-SLĐTBXH ngày 09/10/2023 ban hành Quy định văn hóa công sở tại cơ quan Sở. Sở được giao 56 biên chế công chức, có mặt 54 người; cử 63 lượt công chức, viên chức đi đào tạo, bồi dưỡng.

5. Cải cách tài chính công

Giám đốc Sở ban hành Quyết định số 72/QĐ-SLĐTBXH ngày 30/5/2023 giao quyền tự chủ tài chính giai đoạn 2023 - 2025 cho Trung tâm Dịch vụ việc làm tỉnh. Kinh phí tiết kiệm năm 2023 là 205 triệu đồng.

6. Xây dựng chính quyền điện tử, chính quyền số

Sở ban hành Kế hoạch số 47/KH-SLĐTBXH ngày 10/4/2023 về chuyển đổi số năm 2023; đã số hóa 18.400 hồ sơ người có công; 68% đối tượng bảo trợ xã hội nhận trợ cấp qua tài khoản.

III. SỐ LIỆU SO VỚI KẾ HOẠCH NĂM 2023
"""
BC_298_TABLE = [
    ["Chỉ tiêu", "Kế hoạch năm 2023", "Thực hiện năm 2023"],
    ["Nhiệm vụ hoàn thành", "30", "28 (93,3%)"],
    ["Thủ tục trực tuyến toàn trình", "từ 50%", "69/131 thủ tục (52,7%)"],
    ["Hồ sơ trực tuyến", "từ 40%", "4.725/11.358 hồ sơ (41,6%)"],
    ["Hồ sơ giải quyết đúng hạn", "từ 99%", "11.329 hồ sơ (99,74%)"],
    ["Đơn vị được kiểm tra", "05", "05"],
    ["Tin, bài tuyên truyền", "36", "41"],
    ["Lượt công chức, viên chức được bồi dưỡng", "60", "63"],
    ["Văn bản đi được ký số", "từ 90%", "93%"],
]
BC_298_AFTER = (
    """IV. TỒN TẠI, HẠN CHẾ

Còn 29 hồ sơ trễ hạn, chủ yếu hồ sơ người có công phải xác minh ngoài tỉnh; 02 nhiệm vụ của Kế hoạch chưa hoàn thành (quy chế làm việc mới, kết nối cơ sở dữ liệu trẻ em).

V. PHƯƠNG HƯỚNG NĂM 2024

Ban hành Quy chế làm việc mới thay thế Quy chế năm 2021; liên thông thủ tục khai tử, mai táng phí, tử tuất; bãi bỏ khoản hỗ trợ cước điện thoại trong Quy chế chi tiêu nội bộ.

Nơi nhận:
- UBND tỉnh;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
)

MID = (
    Sample(
        "kh-05-2023-cchc-nam-2023.pdf",
        "pdf",
        (KH_05,),
        title="Kế hoạch CCHC năm 2023 (MẪU, hư cấu)",
    ),
    Sample("kh-18-2023-kiem-tra-cchc.txt", "txt", (KH_18,)),
    Sample("qd-11-2023-qd-ubnd-sua-doi-co-cau-so.txt", "txt", (QD_11_2023,)),
    Sample("tb-96-2023-ket-luan-kiem-tra-tt-dich-vu-viec-lam.txt", "txt", (TB_96,)),
    Sample(
        "ttr-57-2023-de-nghi-cong-bo-tthc-nguoi-co-cong.docx",
        "docx",
        (TTR_57_HEAD, TTR_57_BODY),
        table=TTR_57_TABLE,
        after=TTR_57_AFTER,
        title="Tờ trình 57/TTr-SLĐTBXH (MẪU, hư cấu)",
    ),
    Sample(
        "bc-298-2023-ket-qua-cchc-nam-2023.docx",
        "docx",
        (BC_298_HEAD, BC_298_BODY),
        table=BC_298_TABLE,
        after=BC_298_AFTER,
        title="Báo cáo CCHC năm 2023 (MẪU, hư cấu)",
    ),
)
