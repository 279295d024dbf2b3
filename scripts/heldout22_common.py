"""Twenty-second held-out archive: what its texts share. The Sở Giáo dục và Đào tạo of tỉnh Hải
Minh (fictional), January 2023 – November 2026. Do not tune on it.

The marks, the Sở's and the UBND tỉnh's issuer blocks, signers, a decision's, a plan's and a
periodic report's frame (a quarterly, 6-month, 9-month or yearly report: its figures "trong
quý", "6 tháng", "lũy kế 9 tháng", against "cùng kỳ năm trước" and the plan's target, its
data closed "chốt số liệu" as the reporting regime has it). Facts in
``bench/data/heldout22_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from sample_header import header

MARK = "[MẪU — văn bản hư cấu: tỉnh Hải Minh, Sở Giáo dục và Đào tạo và mọi cá nhân nêu tên đều không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết — TÀI LIỆU MẪU hư cấu do scripts/make_heldout22_archive.py tạo; tỉnh Hải Minh không có thật; MẪU]"
SO = ("UBND TỈNH HẢI MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
UB = ("ỦY BAN NHÂN DÂN", "TỈNH HẢI MINH")
PLACE = "Hải Minh"
# Signers. Sở GDĐT: Giám đốc Lê Văn Thành; Phó Giám đốc Nguyễn Thị Hồng and Trần Quốc Khánh;
# Chánh Văn phòng Phan Thị Yến. UBND tỉnh: Chủ tịch Vũ Đức Hải; Phó Chủ tịch Đinh Thị Ngân.
THANH = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nLê Văn Thành\n"
HONG = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nNguyễn Thị Hồng\n"
KHANH = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nTrần Quốc Khánh\n"
YEN = "\nTL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n(Đã ký)\n\nPhan Thị Yến\n"
NGAN = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nĐinh Thị Ngân\n"

NQ76 = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"
ND09 = "Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ quy định về chế độ báo cáo của cơ quan hành chính nhà nước;"
ND61 = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;"
ND63 = "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;"
ND30 = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;"
ND130 = "Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước;"
LUAT_2015 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
FUNCS = "Căn cứ Quyết định số 14/2021/QĐ-UBND ngày 22/4/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo tỉnh Hải Minh;"
GD = "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HẢI MINH"
CT_WHO = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẢI MINH"
TO_SO = "- Như Điều 3;\n- UBND tỉnh (để b/c);\n- Giám đốc, các Phó Giám đốc Sở;\n- Lưu: VT, VP."
TO_PAPER = "- Các phòng thuộc Sở;\n- Các đơn vị trực thuộc Sở;\n- Lưu: VT, VP."


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = SO) -> str:
    """The stacked header of a document of tỉnh Hải Minh (the Sở GDĐT, the UBND tỉnh)."""
    return header(number, day, kind, subject, issuer, place=PLACE, mark=MARK)


def decision(
    number: str,
    day: str,
    subject: str,
    grounds: str,
    articles: str,
    signer: str,
    *,
    issuer: tuple[str, ...] = SO,
    who: str = GD,
    to: str = TO_SO,
    annex: str = "",
) -> str:
    """A Quyết định: header, who decides, grounds, articles, recipients, signer, annex."""
    return (
        head(number, day, "QUYẾT ĐỊNH", subject, issuer)
        + f"\n{who}\n\n{grounds}\n\nQUYẾT ĐỊNH:\n\n{articles}\n\nNơi nhận:\n{to}\n"
        + signer
        + annex
    )


def paper(
    number: str, day: str, kind: str, subject: str, body: str, signer: str, to: str = ""
) -> str:
    """A Kế hoạch, Thông báo, Tờ trình or Công văn (kind empty): header, body, recipients, signer."""
    return head(number, day, kind, subject) + f"\n{body}\n\nNơi nhận:\n{to or TO_PAPER}\n" + signer


def report(
    number: str, day: str, title: str, opening: str, sections: str, tasks: str, signer: str
) -> str:
    """A periodic CCHC report: its figures and what was done, area by area, then the next tasks."""
    return (
        head(number, day, "BÁO CÁO", title)
        + f"""
{opening}

I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH

{sections}

II. NHIỆM VỤ TRỌNG TÂM KỲ TỚI

{tasks}

Nơi nhận:
- UBND tỉnh (để b/c);
- Sở Nội vụ (để t/h);
- Giám đốc, các Phó Giám đốc Sở;
- Lưu: VT, VP.
"""
        + signer
    )
