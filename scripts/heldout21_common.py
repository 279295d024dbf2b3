"""Twenty-first held-out archive: what its texts share. The Thanh tra tỉnh of tỉnh Thuận Yên
(fictional), January 2022 – November 2026. Do not tune on it.

The marks, the Thanh tra tỉnh's and the UBND tỉnh's issuer blocks, signers, a decision's, a
plan's and a periodic report's frame (a report tells, AREA BY AREA, what was done, citing the
documents by number and date). Facts in ``bench/data/heldout21_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from sample_header import header

MARK = "[MẪU — văn bản hư cấu: tỉnh Thuận Yên, Thanh tra tỉnh và mọi cá nhân nêu tên đều không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết — TÀI LIỆU MẪU hư cấu do scripts/make_heldout21_archive.py tạo; tỉnh Thuận Yên không có thật; MẪU]"
TTT = ("UBND TỈNH THUẬN YÊN", "THANH TRA TỈNH")
UB = ("ỦY BAN NHÂN DÂN", "TỈNH THUẬN YÊN")
PLACE = "Thuận Yên"
# Signers. Thanh tra tỉnh: Chánh Thanh tra Đỗ Minh Quang; Phó Chánh Thanh tra Vũ Thị Lan and
# Phạm Hữu Nghĩa; Chánh Văn phòng Trịnh Thu Hà. UBND tỉnh: Chủ tịch Nguyễn Văn Bảo; Phó Chủ
# tịch Hồ Thị Mai.
QUANG = "\nCHÁNH THANH TRA\n\n(Đã ký)\n\nĐỗ Minh Quang\n"
LAN = "\nKT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA\n\n(Đã ký)\n\nVũ Thị Lan\n"
NGHIA = "\nKT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA\n\n(Đã ký)\n\nPhạm Hữu Nghĩa\n"
HA = "\nTL. CHÁNH THANH TRA\nCHÁNH VĂN PHÒNG\n\n(Đã ký)\n\nTrịnh Thu Hà\n"
BAO_UB = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Văn Bảo\n"
MAI = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nHồ Thị Mai\n"

NQ76 = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"
ND61 = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;"
ND63 = "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;"
ND30 = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;"
ND130 = "Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước;"
LUAT_TT = "Căn cứ Luật Thanh tra ngày 14 tháng 11 năm 2022;"
LUAT_2015 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
LUAT_2025 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
CTT = "CHÁNH THANH TRA TỈNH THUẬN YÊN"
UBND_WHO = "ỦY BAN NHÂN DÂN TỈNH THUẬN YÊN"
CT_WHO = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THUẬN YÊN"
TO_UB_LAW = "- Như Điều 3;\n- Thanh tra Chính phủ;\n- Cục Kiểm tra văn bản QPPL - Bộ Tư pháp;\n- Lưu: VT, NC."


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = TTT) -> str:
    """The stacked header of a document of tỉnh Thuận Yên (the Thanh tra tỉnh, the UBND tỉnh)."""
    return header(number, day, kind, subject, issuer, place=PLACE, mark=MARK)


def decision(
    number: str,
    day: str,
    subject: str,
    grounds: str,
    articles: str,
    signer: str,
    *,
    issuer: tuple[str, ...] = TTT,
    who: str = CTT,
    to: str = "- Như Điều 3;\n- UBND tỉnh (để b/c);\n- Lưu: VT, VP.",
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
    to = to or "- Các phòng thuộc Thanh tra tỉnh;\n- Lưu: VT, VP."
    return head(number, day, kind, subject) + f"\n{body}\n\nNơi nhận:\n{to}\n" + signer


def report(
    number: str, day: str, title: str, opening: str, sections: str, tasks: str, signer: str
) -> str:
    """A periodic CCHC report: its sections tell per area what was done, then the next tasks."""
    return (
        head(number, day, "BÁO CÁO", title)
        + f"""
{opening}

I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH

{sections}

II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI

{tasks}

Nơi nhận:
- UBND tỉnh (để b/c);
- Sở Nội vụ;
- Lưu: VT, VP.
"""
        + signer
    )
