"""The relation grammar, by tables of sentences in the wording real documents use.

Each row: a sentence (or a few lines), and the relations it states as
``(type, source, target, target_scope)``; a target named by title is ``(title, date)``.
The sentences are written here after real preambles, final provisions and reports
(ALQAC laws, Nghị định 30/2020/NĐ-CP, the seed report); none needs ../shared.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.archive.relations import (
    RELATION_TYPES,
    SELF,
    Relation,
    extract_effective,
    extract_relations,
)
from assistant.models import Identity

OWN = Identity(ident="15/2024/QĐ-UBND", number="15", code="QĐ", date="2024-03-05")


def _key(r: Relation) -> tuple:
    target = r.target if r.target is not None else (r.target_title, r.target_date)
    return (r.type, r.source, target, r.target_scope)


def _keys(text: str, identity: Identity | None = None) -> list[tuple]:
    return sorted((_key(r) for r in extract_relations(text, identity=identity)), key=str)


BASED_ON = [
    (
        # one ground, closed by a full stop, then the enacting word
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Quyết định số 12/QĐ-UBND ngày 02/3/2024 của "
        "UBND tỉnh.\nQUYẾT ĐỊNH:\nĐiều 1. Giao nhiệm vụ cho các sở.",
        [("based_on", SELF, "12/QĐ-UBND", None)],
    ),
    (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        [("based_on", SELF, ("Luật Tổ chức chính quyền địa phương", "2015-06-19"), None)],
    ),
    (
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
        "Theo đề nghị của Bộ trưởng Bộ Nội vụ;",
        [("based_on", SELF, ("Luật Tổ chức Chính phủ", "2015-06-19"), None)],
    ),
    (
        "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực "
        "hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;",
        [("based_on", SELF, "61/2018/NĐ-CP", None)],
    ),
    (
        "Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ "
        "chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh; Nghị định số 107/2020/NĐ-CP "
        "ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định "
        "số 24/2014/NĐ-CP;",
        [
            ("amends", "107/2020/NĐ-CP", "24/2014/NĐ-CP", None),
            ("based_on", SELF, "107/2020/NĐ-CP", None),
            ("based_on", SELF, "24/2014/NĐ-CP", None),
        ],
    ),
    (
        "- Căn cứ khoản 2 Điều 3 Quyết định số 1753/QĐ-UBND ngày 28/6/2021 của UBND tỉnh;",
        [("based_on", SELF, "1753/QĐ-UBND", "khoản 2 Điều 3")],
    ),
]

AMENDS = [
    (
        "Đã thực hiện sắp xếp tổ chức bộ máy theo quy định tại Nghị định 107/2020/NĐ-CP ngày "
        "14/9/2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP "
        "ngày 04/4/2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn.",
        [("amends", "107/2020/NĐ-CP", "24/2014/NĐ-CP", None)],
    ),
    (
        "Các cơ sở cai nghiện được thành lập theo quy định của Luật Phòng, chống ma túy số "
        "23/2000/QH10 đã được sửa đổi, bổ sung một số điều theo Luật số 16/2008/QH12 được "
        "tiếp tục hoạt động.",
        [("amends", "16/2008/QH12", "23/2000/QH10", None)],
    ),
    (
        "1. Sửa đổi, bổ sung khoản 1 Điều 9 của Luật Căn cước công dân số 59/2014/QH13 như sau:",
        [("amends", SELF, "59/2014/QH13", "khoản 1 Điều 9")],
    ),
    (
        "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP như sau:\n"
        "1. Điều 5 được sửa đổi, bổ sung như sau:\n"
        "“Điều 5. Bãi bỏ Điều 7 của Luật số 12/2012/QH13.”\n"
        "2. Sửa đổi, bổ sung các điểm a, b khoản 2 Điều 12 như sau:",
        [
            ("amends", SELF, "24/2014/NĐ-CP", None),
            ("amends", SELF, "24/2014/NĐ-CP", "Điều 5"),
            ("amends", SELF, "24/2014/NĐ-CP", "điểm a, b khoản 2 Điều 12"),
        ],
    ),
    (
        "(Khoản 2 Điều 10 Luật số 36/2005/QH11 có nội dung được sửa đổi, bổ sung bởi Khoản 1 "
        "Điều 1 Luật số 28/2018/QH14 có hiệu lực thi hành kể từ ngày 01/01/2019)",
        [("amends", "28/2018/QH14", "36/2005/QH11", "Khoản 2 Điều 10")],
    ),
]

REPLACES_REPEALS = [
    (
        "Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 22/2015/QĐ-UBND "
        "ngày 10/8/2015 của UBND tỉnh.",
        [("replaces", SELF, "22/2015/QĐ-UBND", None)],
    ),
    (
        "Quyết định số 1038/QĐ-UBND ngày 30/12/2011 được thay thế bởi Quyết định số "
        "580/QĐ-UBND ngày 30/8/2017.",
        [("replaces", "580/QĐ-UBND", "1038/QĐ-UBND", None)],
    ),
    (
        "Quyết định 580/QĐ-ĐHKT ngày 30 tháng 8 năm 2017 thay thế cho Quyết định số "
        "1038/QĐ-ĐHKT ngày 30 tháng 12 năm 2011 của Hiệu trưởng.",
        [("replaces", "580/QĐ-ĐHKT", "1038/QĐ-ĐHKT", None)],
    ),
    (
        "Bãi bỏ Điều 9 của Quyết định số 07/2018/QĐ-UBND ngày 12/3/2018 của UBND tỉnh.",
        [("repeals", SELF, "07/2018/QĐ-UBND", "Điều 9")],
    ),
    (
        "3. Bãi bỏ khoản 3 và khoản 4 Điều 19 của Luật Thủ đô số 25/2012/QH13.",
        [("repeals", SELF, "25/2012/QH13", "khoản 3 và khoản 4 Điều 19")],
    ),
    (
        "Điều 2. Bãi bỏ Điều 5 và Điều 9 của Quyết định số 07/2018/QĐ-UBND.",
        [("repeals", SELF, "07/2018/QĐ-UBND", "Điều 5 và Điều 9")],
    ),
    (
        "(Điều 28 Luật số 36/2005/QH11 có nội dung bị bãi bỏ bởi Điều 112 Luật số 05/2017/QH14 "
        "có hiệu lực thi hành kể từ ngày 01/01/2018)",
        [("repeals", "05/2017/QH14", "36/2005/QH11", "Điều 28")],
    ),
]

TERMINATES_GUIDES_IMPLEMENTS = [
    (
        # what brackets hold is no member of the list around them, and their list ends inside
        "Quyết định này thay thế Quyết định số 52/QĐ-STP ngày 12/4/2023 của Giám đốc Sở Tư pháp "
        "tỉnh Lạc Giang (đã được sửa đổi, bổ sung tại Quyết định số 61/QĐ-STP ngày 22/4/2024) và "
        "Quyết định số 73/QĐ-STP ngày 18/9/2023 của Giám đốc Sở Tư pháp tỉnh Tây Phong.",
        [
            ("amends", "61/QĐ-STP", "52/QĐ-STP", None),
            ("replaces", SELF, "52/QĐ-STP", None),
            ("replaces", SELF, "73/QĐ-STP", None),
        ],
    ),
    (
        # a preamble line whose main clause is the next paragraph: the text itself acts
        "Thực hiện Kế hoạch số 08/KH-STP ngày 14/01/2026 của Sở Tư pháp về cải cách hành chính "
        "năm 2026 và Kế hoạch số 23/KH-STP ngày 10/3/2026,\n\nSở Tư pháp kính trình Ủy ban nhân "
        "dân tỉnh như sau:",
        [("implements", SELF, "08/KH-STP", None), ("implements", SELF, "23/KH-STP", None)],
    ),
    (
        "2. Luật Du lịch số 44/2005/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.",
        [("terminates", SELF, "44/2005/QH11", None)],
    ),
    (
        "2. Luật Cư trú số 81/2006/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số "
        "36/2013/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.",
        [
            ("amends", "36/2013/QH13", "81/2006/QH11", None),
            ("terminates", SELF, "81/2006/QH11", None),
        ],
    ),
    (
        "Bộ luật hình sự số 15/1999/QH10 và Luật số 37/2009/QH12 sửa đổi, bổ sung một số điều "
        "của Bộ luật hình sự hết hiệu lực thi hành kể từ ngày Bộ luật này có hiệu lực thi hành.",
        [
            ("amends", "37/2009/QH12", "15/1999/QH10", None),
            ("terminates", SELF, "15/1999/QH10", None),
            ("terminates", SELF, "37/2009/QH12", None),
        ],
    ),
    (
        "Quyết định số 12/2015/QĐ-UBND hết hiệu lực thi hành kể từ ngày 01/01/2022.",
        [("terminates", SELF, "12/2015/QĐ-UBND", None)],
    ),
    (
        "Nghị định này quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú số "
        "68/2020/QH14.",
        [("guides", SELF, "68/2020/QH14", None)],
    ),
    (
        "Thông tư này hướng dẫn thi hành Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.",
        [("guides", SELF, "61/2018/NĐ-CP", None)],
    ),
    (
        "Nghị định số 62/2021/NĐ-CP ngày 29/6/2021 của Chính phủ quy định chi tiết một số điều "
        "của Luật Cư trú.",
        [("guides", "62/2021/NĐ-CP", ("Luật Cư trú", None), None)],
    ),
    (
        "Để triển khai thực hiện Kế hoạch số 4806/KH-UBND ngày 10/6/2021 của UBND tỉnh, Sở Khoa "
        "học và Công nghệ ban hành Kế hoạch kiểm tra như sau:",
        [("implements", SELF, "4806/KH-UBND", None)],
    ),
    (
        "Kế hoạch số 28/KH-SKHCN ngày 08/01/2021 triển khai thực hiện Kế hoạch số 35/KH-UBND "
        "ngày 05/01/2021 của UBND tỉnh.",
        [("implements", "28/KH-SKHCN", "35/KH-UBND", None)],
    ),
    # A lead-in clause: the text itself acts, or the document its main clause issues.
    (
        "Thực hiện Nghị định số 54/2016/NĐ-CP ngày 14/6/2016 của Chính phủ, Sở phê duyệt "
        "phương án tự chủ cho 02 đơn vị sự nghiệp trực thuộc.",
        [("implements", SELF, "54/2016/NĐ-CP", None)],
    ),
    (
        "Triển khai Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 ban hành kèm theo Quyết "
        "định số 2845/QĐ-UBND ngày 18/12/2020 của UBND tỉnh, Sở đã ban hành Kế hoạch số "
        "09/KH-SKHCN ngày 05/01/2023 về cải cách hành chính năm 2023.",
        [("implements", "09/KH-SKHCN", "2845/QĐ-UBND", None)],
    ),
    (
        "Căn cứ Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ; thực hiện Kế hoạch số "
        "09/KH-SKHCN ngày 05/01/2023, Sở Khoa học và Công nghệ kính trình UBND tỉnh như sau:",
        [
            ("based_on", SELF, "107/2020/NĐ-CP", None),
            ("implements", SELF, "09/KH-SKHCN", None),
        ],
    ),
    (
        "Trên cơ sở Quyết định số 356/QĐ-UBND ngày 02/3/2023 của UBND tỉnh, Giám đốc Sở ban "
        "hành Quyết định số 15/QĐ-SKHCN ngày 12/3/2023 về việc sắp xếp các phòng.",
        [("based_on", "15/QĐ-SKHCN", "356/QĐ-UBND", None)],
    ),
    (
        "UBND tỉnh ban hành Quyết định số 1532/QĐ-UBND ngày 22/5/2024 quy định chức năng, nhiệm "
        "vụ của Sở, thay thế Quyết định số 1120/QĐ-UBND ngày 16/8/2021. Trên cơ sở đó, Giám đốc "
        "Sở ban hành Quyết định số 45/QĐ-SKHCN ngày 10/6/2024 về việc sắp xếp các phòng, có "
        "hiệu lực thi hành kể từ ngày 01/7/2024, thay thế Quyết định số 15/QĐ-SKHCN.",
        [
            ("replaces", "1532/QĐ-UBND", "1120/QĐ-UBND", None),
            ("based_on", "45/QĐ-SKHCN", "1532/QĐ-UBND", None),
            ("replaces", "45/QĐ-SKHCN", "15/QĐ-SKHCN", None),
        ],
    ),
]

# The enacting formula after a preamble names the text itself; a report's does not.
ENACTING = [
    (
        "Theo đề nghị của Cục trưởng Cục Văn thư và Lưu trữ nhà nước;\n"
        "Bộ trưởng Bộ Nội vụ ban hành Thông tư hướng dẫn thi hành Nghị định số 30/2020/NĐ-CP "
        "ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư.",
        [("guides", SELF, "30/2020/NĐ-CP", None)],
    ),
    (
        "Theo đề nghị của Bộ trưởng Bộ Nội vụ;\nChính phủ ban hành Nghị định sửa đổi, bổ sung "
        "một số điều của Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ.",
        [("amends", SELF, "24/2014/NĐ-CP", None)],
    ),
    ("Sở đã tham mưu UBND tỉnh ban hành Quyết định sửa đổi Quyết định số 07/2018/QĐ-UBND.", []),
    (
        "Quyết định số 1234/QĐ-UBND ngày 10/3/2022 của UBND tỉnh về việc bãi bỏ Quyết định số "
        "15/2015/QĐ-UBND.",
        [("repeals", "1234/QĐ-UBND", "15/2015/QĐ-UBND", None)],
    ),
    # a decision publishing procedures, its trích yếu holding a comma, then what it replaced
    (
        "Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1725/QĐ-UBND ngày 15/8/2023 công "
        "bố danh mục thủ tục hành chính được sửa đổi, bổ sung lĩnh vực người có công thuộc thẩm "
        "quyền giải quyết của Sở, thay thế Quyết định số 895/QĐ-UBND ngày 20/4/2021.",
        [("replaces", "1725/QĐ-UBND", "895/QĐ-UBND", None)],
    ),
]

# Whole passages: lead-ins lend their document, or their verb, to the items below.
PASSAGES = [
    # grounds after a lead-in's semicolon: the lead-in still implements its plan
    (
        "Thực hiện Kế hoạch số 03/KH-UBND ngày 05/01/2023 của Ủy ban nhân dân tỉnh về cải cách "
        "hành chính năm 2023; căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng "
        "Chính phủ phê duyệt Bộ chỉ số, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:",
        [
            ("implements", SELF, "03/KH-UBND", None),
            ("based_on", SELF, "766/QĐ-TTg", None),
        ],
    ),
    # a grounds list's item without its own "Căn cứ"
    (
        "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực "
        "hiện cơ chế một cửa;\nNghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của "
        "Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;\n"
        "Theo đề nghị của Trưởng phòng Nội vụ.",
        [
            ("based_on", SELF, "61/2018/NĐ-CP", None),
            ("based_on", SELF, "107/2021/NĐ-CP", None),
            ("amends", "107/2021/NĐ-CP", "61/2018/NĐ-CP", None),
        ],
    ),
    (
        "Điều 2. Bãi bỏ các Quyết định sau đây của Ủy ban nhân dân tỉnh:\n"
        "1. Quyết định số 15/2015/QĐ-UBND ngày 05/6/2015 về việc ban hành Quy chế làm việc;\n"
        "2. Quyết định số 30/2016/QĐ-UBND ngày 20/9/2016 về việc sửa đổi Quy chế.\n"
        "Điều 3. Tổ chức thực hiện\n"
        "1. Quyết định số 99/2016/QĐ-UBND giao Sở Nội vụ theo dõi.",
        [
            ("repeals", SELF, "15/2015/QĐ-UBND", None),
            ("repeals", SELF, "30/2016/QĐ-UBND", None),
        ],
    ),
    (
        "2. Các văn bản sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành:\n"
        "a) Quyết định số 12/2015/QĐ-UBND ngày 05/6/2015 của UBND tỉnh;\n"
        "b) Chỉ thị số 06/CT-UBND ngày 21/4/2020 của UBND tỉnh.",
        [
            ("terminates", SELF, "12/2015/QĐ-UBND", None),
            ("terminates", SELF, "06/CT-UBND", None),
        ],
    ),
    (
        "Sửa đổi, bổ sung một số điều của Quy chế làm việc của Ủy ban nhân dân tỉnh ban hành "
        "kèm theo Quyết định số 12/2016/QĐ-UBND ngày 10/5/2016 như sau:\n"
        "1. Khoản 2 Điều 3 được sửa đổi như sau:\n"
        "“2. Bãi bỏ Điều 4 của Quyết định số 01/2010/QĐ-UBND.”\n"
        "2. Bãi bỏ Điều 9.\n"
        "Điều 2. Hiệu lực\n"
        "1. Bãi bỏ Điều 10.",
        [
            ("amends", SELF, "12/2016/QĐ-UBND", None),
            ("amends", SELF, "12/2016/QĐ-UBND", "Khoản 2 Điều 3"),
            ("repeals", SELF, "12/2016/QĐ-UBND", "Điều 9"),
        ],
    ),
    (
        "1. Bãi bỏ, sửa đổi, bổ sung một số điều của Luật Tài nguyên nước số 17/2012/QH13 như "
        "sau:\na) Bãi bỏ Điều 37 và điểm đ khoản 1 Điều 38;\n"
        "b) Sửa đổi, bổ sung khoản 1 Điều 73 như sau:",
        [
            ("amends", SELF, "17/2012/QH13", None),
            ("repeals", SELF, "17/2012/QH13", "một số điều"),
            ("repeals", SELF, "17/2012/QH13", "Điều 37 và điểm đ khoản 1 Điều 38"),
            ("amends", SELF, "17/2012/QH13", "khoản 1 Điều 73"),
        ],
    ),
]

# Near-misses: the words of a relation, and no relation between documents.
TRAPS = [
    "Phối hợp với phòng Quản trị CSVC có thể thay thế hoặc làm mới các cửa gỗ.",
    "Trong quá trình sử dụng, máy móc hư hỏng sẽ được sửa chữa và thay thế thiết bị kịp thời.",
    "12. Giấy phép lao động hết hiệu lực đối với người lao động là người nước ngoài.",
    "Giấy phép lao động hết hiệu lực kể từ ngày 01/01/2022.",
    "Quyết định số 12/2015/QĐ-UBND đã hết hiệu lực từ ngày 01/01/2022.",
    "Trường hợp thỏa ước lao động tập thể doanh nghiệp hết hiệu lực do người sử dụng lao "
    "động chấm dứt hoạt động thì quyền lợi của người lao động được giải quyết theo quy định.",
    "Phụ lục hợp đồng số 02 sửa đổi, bổ sung Điều 3 của Hợp đồng số 12/2021/HĐ-SKHCN ngày "
    "01/3/2021.",
    "Tiếp tục theo dõi, căn cứ kết quả giải quyết TTHC của công chức Sở để đánh giá, xếp loại.",
    "Căn cứ kết quả giải quyết TTHC, Sở đánh giá xếp loại công chức.",
    "Căn cứ Kế hoạch số 12/KH-UBND ngày 02/3/2024, Sở đã ban hành 05 văn bản.\nII. NHIỆM VỤ",
    "Phối hợp xây dựng quy trình theo Quyết định số 3239/QĐ-UBND ngày 04/12/2020 Công bố Danh "
    "mục thủ tục hành chính ban hành mới, danh mục TTHC bị bãi bỏ lĩnh vực Hoạt động KH&CN.",
    "Đã rà soát 44 thủ tục hành chính, trong đó 03 thủ tục hành chính bị bãi bỏ.",
    "Tổ chức rà soát và đề xuất xây dựng quyết định sửa đổi, bổ sung phụ lục biểu mẫu kèm theo "
    "Quyết định số 07/2018/QĐ-UBND, tuy nhiên đang tạm dừng thực hiện.",
    "Kiến nghị Bộ KH&CN sớm ban hành Thông tư hướng dẫn vị trí việc làm để triển khai thực "
    "hiện Nghị định số 62/2020/NĐ-CP của Chính phủ.",
    "Chính phủ quy định chi tiết Điều này.",
    "Tòa án nhân dân tối cao hướng dẫn thi hành Điều này.",
    "Căn cứ theo Kế hoạch công tác CCHC năm 2021, Sở Khoa học và Công nghệ đã xây dựng kế "
    "hoạch kiểm tra.",
    "Tòa án có quyền kiến nghị cơ quan có thẩm quyền xem xét, sửa đổi, bổ sung hoặc bãi bỏ văn "
    "bản quy phạm pháp luật.",
    "Quyết định thành lập, bãi bỏ bộ, cơ quan ngang bộ của Chính phủ.",
    "Phối hợp triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Giám định tư pháp.",
    "(Điều này có nội dung liên quan đến Điều 20 Luật số 05/2017/QH14)",
    "4. Quy chuẩn kỹ thuật quốc gia đã được ban hành trước ngày Luật này có hiệu lực thi hành "
    "thì tiếp tục được áp dụng cho đến khi bị bãi bỏ hoặc thay thế.",
    "Đã tổ chức triển khai thực hiện Kế hoạch kiểm tra số 4806/KH-UBND:",
    "1. Triển khai Quyết định số 45/QĐ-SKHCN từ ngày 01/7/2024, bố trí công chức theo vị trí "
    "việc làm.",
    "Theo Quyết định số 19/QĐ-SKHCN ngày 04/3/2024, Thanh tra Sở đã rà soát 11 văn bản, kiến "
    "nghị bãi bỏ 02 văn bản.",
    "Đề nghị UBND tỉnh sớm ban hành quyết định quy định lại chức năng, nhiệm vụ của Sở thay thế "
    "Quyết định số 1120/QĐ-UBND ngày 16/8/2021.",
    "Bộ trưởng Bộ Nội vụ có trách nhiệm triển khai thực hiện và kiểm tra việc thi hành Nghị "
    "định này.",
    "Giao dịch đã xác lập thì áp dụng Bộ luật dân sự số 33/2005/QH11 và các văn bản quy phạm "
    "pháp luật quy định chi tiết Bộ luật dân sự số 33/2005/QH11.",
]


@pytest.mark.parametrize(("text", "expected"), BASED_ON + AMENDS + REPLACES_REPEALS)
def test_relations_of_real_wording(text: str, expected: list[tuple]) -> None:
    assert _keys(text) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "expected"), TERMINATES_GUIDES_IMPLEMENTS)
def test_terminates_guides_implements(text: str, expected: list[tuple]) -> None:
    assert _keys(text) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "expected"), ENACTING)
def test_enacting_formula_and_reported_subjects(text: str, expected: list[tuple]) -> None:
    assert _keys(text) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "expected"), PASSAGES)
def test_lead_ins_lend_to_items(text: str, expected: list[tuple]) -> None:
    assert _keys(text) == sorted(expected, key=str)


def test_header_subject_is_the_texts_own_act() -> None:
    plan = (
        "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 28/KH-SKHCN\n"
        "Khánh Hòa, ngày 08 tháng 01 năm 2021\nKẾ HOẠCH\nTriển khai thực hiện Chỉ thị số "
        "05/CT-TTg ngày 28/02/2020 của Thủ tướng Chính phủ\nI. MỤC ĐÍCH\nTiếp tục triển khai "
        "thực hiện Kế hoạch số 4806/KH-UBND của UBND tỉnh."
    )
    from assistant.ingest.header import parse_header

    assert _keys(plan, parse_header(plan)) == [("implements", "28/KH-SKHCN", "05/CT-TTg", None)]
    assert _keys(plan) == []  # without its header, a report's line is the Sở's work
    circular = (
        "BỘ NỘI VỤ\nSố: 01/2021/TT-BNV\nHà Nội, ngày 11 tháng 01 năm 2021\nTHÔNG TƯ\n"
        "Hướng dẫn thi hành Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ\n"
    )
    assert _keys(circular, parse_header(circular)) == [
        ("guides", "01/2021/TT-BNV", "30/2020/NĐ-CP", None)
    ]


@pytest.mark.parametrize("text", TRAPS)
def test_near_misses_state_no_relation(text: str) -> None:
    assert extract_relations(text) == []


def test_every_type_is_covered_by_the_tables() -> None:
    rows = BASED_ON + AMENDS + REPLACES_REPEALS + TERMINATES_GUIDES_IMPLEMENTS
    assert {k[0] for _, expected in rows for k in expected} == set(RELATION_TYPES)


def test_source_is_the_header_ident_when_given() -> None:
    found = extract_relations("Bãi bỏ Điều 9 của Quyết định số 07/2018/QĐ-UBND.", identity=OWN)
    assert [r.source for r in found] == ["15/2024/QĐ-UBND"]


PLAN = Identity(
    ident="99/KH-BDT", number="99", code="KH", kind="Kế hoạch", date="2023-12-27"
)


def test_a_plans_change_to_a_decision_is_a_task_not_its_act() -> None:
    task = (
        "II. NHIỆM VỤ\n\n3. Sửa đổi Quy chế chi tiêu nội bộ (Quyết định số 61/QĐ-BDT ngày "
        "10/8/2022) cho phù hợp với việc mua sắm văn phòng phẩm tập trung."
    )
    assert [r for r in extract_relations(task, identity=PLAN) if r.type == "amends"] == []
    # a plan adjusting a plan is its act
    title = "Điều chỉnh, bổ sung Kế hoạch số 05/KH-BDT ngày 06/01/2023 về chuyển đổi số năm 2023"
    adjusting = (
        f"KẾ HOẠCH\n{title}\n\nBan Dân tộc điều chỉnh, bổ sung Kế hoạch số 05/KH-BDT ngày "
        "06/01/2023 về chuyển đổi số năm 2023 như sau:\n\n1. Nâng chỉ tiêu lên 80%."
    )
    found = extract_relations(adjusting, identity=replace(PLAN, subject=title))
    assert ("amends", "99/KH-BDT", "05/KH-BDT") in [(r.type, r.source, r.target) for r in found]
    # a plan told as adjusted by another ("được điều chỉnh tại Kế hoạch số …") is amended by it
    told = (
        "Căn cứ Kế hoạch số 30/KH-BDT ngày 10/02/2023 của Ban Dân tộc, được điều chỉnh tại "
        "Kế hoạch số 45/KH-BDT ngày 15/7/2023;"
    )
    found = extract_relations(told)
    assert ("amends", "45/KH-BDT", "30/KH-BDT") in [(r.type, r.source, r.target) for r in found]
    # a decision adjusting it says so actively; "điều chỉnh" before no document is prose
    decision = replace(PLAN, ident="9/QĐ-BDT", number="9", code="QĐ", kind="Quyết định")
    adjusting = "Điều 1. Điều chỉnh Kế hoạch số 30/KH-BDT ngày 10/02/2023 như sau: thời gian …"
    found = extract_relations(adjusting, identity=decision)
    assert [(r.type, r.target) for r in found] == [("amends", "30/KH-BDT")]
    assert extract_relations("Điều 1. Điều chỉnh lịch công tác tháng 7.", identity=decision) == []


ALPHABET = "Căn cứ Luật số 12/2020/QH14 Điều 5 khoản bãi bỏ thay thế hết hiệu lực ;.:\n“a)1"


@given(st.text(alphabet=ALPHABET, max_size=200))
@settings(max_examples=150, deadline=None)
def test_spans_map_back_onto_the_text(text: str) -> None:
    for r in extract_relations(text):
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start : r.end] == r.quote
        assert r.quote in text


def test_effective_dates() -> None:
    final = "Điều 5. Hiệu lực thi hành\nQuyết định này có hiệu lực kể từ ngày ký."
    assert extract_effective(final, identity=OWN) == "2024-03-05"
    assert extract_effective(final) is None
    law = "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024."
    assert extract_effective(law) == "2024-07-01"
    # A PDF line break inside the date; a paragraph break still ends the provision.
    broken = "Quyết định này có hiệu lực thi hành kể từ ngày 25 tháng 3\nnăm 2024 và thay thế"
    assert extract_effective(broken) == "2024-03-25"
    assert extract_effective("Quyết định này có hiệu lực kể từ\n\nngày 01/7/2024.") is None


def test_source_scope_is_the_article_that_acts() -> None:
    text = (
        "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP như sau:\n"
        "Điều 5 của Nghị định số 24/2014/NĐ-CP được sửa đổi như sau:\n"
        "2. Bãi bỏ Điều 9.\n"
        "### Điều 2. Hiệu lực thi hành\n"
        "Nghị định số 12/2010/NĐ-CP hết hiệu lực kể từ ngày Nghị định này có hiệu lực.\n"
        "(Điều 28 Luật số 36/2005/QH11 có nội dung bị bãi bỏ bởi Điều 112 Luật số 05/2017/QH14)"
    )
    got = [(r.type, r.source_scope, r.target, r.target_scope) for r in extract_relations(text)]
    assert got == [
        ("amends", "Điều 1", "24/2014/NĐ-CP", None),
        # `Điều 5 của …` opening a line is a sentence, not a heading: the lead-in holds.
        ("amends", "Điều 1", "24/2014/NĐ-CP", "Điều 5"),
        ("repeals", "Điều 1", "24/2014/NĐ-CP", "Điều 9"),
        ("terminates", "Điều 2", "12/2010/NĐ-CP", None),
        ("repeals", "Điều 112", "36/2005/QH11", "Điều 28"),
    ]


def test_a_sentence_broken_across_lines_is_read_whole() -> None:
    text = (
        "Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số\n"
        "22/2015/QĐ-UBND ngày 10/8/2015 của UBND tỉnh.\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6\nnăm 2015;\n"
        "a) Bãi bỏ Điều 9;\nb) Bãi bỏ Điều 10."
    )
    found = extract_relations(text, identity=OWN)
    assert [(r.type, r.target, r.target_date, r.effective) for r in found] == [
        ("replaces", "22/2015/QĐ-UBND", "2015-08-10", "2024-03-05"),
        ("based_on", None, "2015-06-19", None),
    ]
    assert found[0].quote == text[found[0].start : found[0].end]
    assert "\n" in found[0].quote  # the quote is the text as written


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Công văn này thay thế Công văn số 1294/UBND-KGVX ngày 23/02/2021 của UBND tỉnh.",
            [("replaces", SELF, "1294/UBND-KGVX", None)],
        ),
        (
            "Căn cứ Điều 21 Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
            [("based_on", SELF, ("Luật Tổ chức chính quyền địa phương", "2015-06-19"), "Điều 21")],
        ),
        (
            "Bãi bỏ các khoản 3, 4 Điều 12 của Thông tư số 01/2011/TT-BNV.",
            [("repeals", SELF, "01/2011/TT-BNV", "khoản 3, 4 Điều 12")],
        ),
        # DESIGN.md's own examples, with their elisions.
        (
            "Nghị định 107/2020/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số "
            "24/2014/NĐ-CP.",
            [("amends", "107/2020/NĐ-CP", "24/2014/NĐ-CP", None)],
        ),
        (
            "Luật … số 23/2000/QH10 đã được sửa đổi, bổ sung một số điều theo Luật số "
            "16/2008/QH12.",
            [("amends", "16/2008/QH12", "23/2000/QH10", None)],
        ),
        (
            "Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 1294/UBND-KGVX ngày 23/02/2021, Sở "
            "Khoa học và Công nghệ triển khai các nội dung sau:",
            [("implements", SELF, "1294/UBND-KGVX", None)],
        ),
        ("Sở đã thực hiện nội dung tại Công văn số 1294/UBND-KGVX ngày 23/02/2021.", []),
        # `Luật hiện hành` is the law in force, not the text itself.
        ("Thực hiện theo quy định của Luật hiện hành và bãi bỏ các quy định trái pháp luật.", []),
    ],
)
def test_other_kinds_and_scopes(text: str, expected: list[tuple]) -> None:
    assert _keys(text) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quyết định này thay thế Quyết định số 12/2015/QĐ-UBND kể từ ngày 01/7/2024.",
            [("replaces", SELF, "12/2015/QĐ-UBND", "2024-07-01")],
        ),
        (
            "Quyết định số 45/QĐ-SKHCN ngày 10/6/2024 (có hiệu lực từ ngày 01/7/2024) thay thế "
            "Quyết định số 15/QĐ-SKHCN.",
            [("replaces", "45/QĐ-SKHCN", "15/QĐ-SKHCN", "2024-07-01")],
        ),
        (
            "Giám đốc Sở ban hành Quyết định số 45/QĐ-SKHCN ngày 10/6/2024 (thay thế Quyết định "
            "số 15/QĐ-SKHCN).",
            [("replaces", "45/QĐ-SKHCN", "15/QĐ-SKHCN", None)],
        ),
        (
            "Kế hoạch này được xây dựng để triển khai thực hiện Quyết định số 1291/QĐ-TTg ngày "
            "07/10/2019.",
            [("implements", SELF, "1291/QĐ-TTg", None)],
        ),
        (
            "Nhằm triển khai thực hiện có hiệu quả Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính "
            "phủ, Sở ban hành Kế hoạch cải cách hành chính năm 2023.",
            [("implements", SELF, "76/NQ-CP", None)],
        ),
    ],
)
def test_reported_dates_and_purposes(text: str, expected: list[tuple]) -> None:
    got = [(r.type, r.source, r.target, r.effective) for r in extract_relations(text)]
    assert got == expected


def test_a_plans_own_aims() -> None:
    plan = (
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 12/KH-SKHCN\nKhánh Hòa, ngày 08 tháng 01 năm 2023\n"
        "KẾ HOẠCH\nCải cách hành chính năm 2023\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "- Triển khai thực hiện có hiệu quả Nghị quyết số 76/NQ-CP ngày 15/7/2021.\n"
    )
    from assistant.ingest.header import parse_header

    found = extract_relations(plan, identity=parse_header(plan))
    assert [(r.type, r.source, r.target) for r in found] == [
        ("implements", "12/KH-SKHCN", "76/NQ-CP")
    ]
    # The same line in a report is a task, not an act of the report.
    report = plan.replace("KH-SKHCN", "BC-SKHCN").replace("KẾ HOẠCH", "BÁO CÁO")
    assert extract_relations(report, identity=parse_header(report)) == []
