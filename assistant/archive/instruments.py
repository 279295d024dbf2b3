"""What a document does and the instrument it issues.

A Quyết định "ban hành kèm theo Quyết định này Quy chế …" issues a Quy chế; one that
"phê duyệt Kế hoạch kiểm tra …" issues a Kế hoạch. Someone asking "quy chế nào" wants
that decision, whose type is Quyết định. Pure functions over text, matched on the
folded text (no diacritics, lower case).
"""

from __future__ import annotations

import re

from assistant.citations.normalize import fold

# The kinds of text a decision issues or approves, folded -> as written in titles.
INSTRUMENTS: dict[str, str] = {
    "quy che": "Quy chế",
    "quy dinh": "Quy định",
    "ke hoach": "Kế hoạch",
    "de an": "Đề án",
    "chuong trinh": "Chương trình",
    "phuong an": "Phương án",
    "dieu le": "Điều lệ",
    "huong dan": "Hướng dẫn",
    "danh muc": "Danh mục",
    "quy trinh": "Quy trình",
    "noi quy": "Nội quy",
    "bo tieu chi": "Bộ tiêu chí",
    "tieu chi": "Bộ tiêu chí",
    "chien luoc": "Chiến lược",
    "du an": "Dự án",
    "quy hoach": "Quy hoạch",
}
_NOUN = "|".join(sorted(map(re.escape, INSTRUMENTS), key=len, reverse=True))
# The verb that issues it, then the instrument: "ban hành Quy chế", "phê duyệt Đề án".
# An amendment ("sửa đổi, bổ sung Điều 5 của Quy chế …") issues none: it changes one.
_ISSUES = re.compile(
    r"\b(?:ban hanh(?: kem theo (?:quyet dinh|van ban) nay)?|phe duyet|cong bo)"
    rf"\s+(?:cac\s+|ban\s+)?(?P<noun>{_NOUN})\b"
)
_AMENDS = re.compile(r"^(?:ve viec\s+|ve\s+)?(?:sua doi|bai bo|dieu chinh|thay the)\b")
# A body's own statement: "Ban hành kèm theo Quyết định này Quy chế …".
_ATTACHED = re.compile(
    rf"\b(?:ban hanh )?kem theo (?:quyet dinh|van ban) nay\s+(?:ban\s+)?(?P<noun>{_NOUN})\b"
    rf"|\b(?P<noun2>{_NOUN})\b[^.;\n]{{0,160}}\bban hanh kem theo (?:quyet dinh|van ban) nay"
)
# A decision's title that is the instrument's own ("Quyết định 252/QĐ-… Kế hoạch đào
# tạo …"); not "Quy định", which there reads as the verb ("Quy định chức năng …").
_LEADING = re.compile(rf"^(?:ve viec\s+|ve\s+)?(?P<noun>{_NOUN})\b")
# How much of a body is read: the Điều 1 of a decision sits near its start.
BODY_CHARS = 3000

# What a document does, from its title (folded verb -> as written), first found first.
ACTIONS: dict[str, str] = {
    "sua doi, bo sung": "sửa đổi, bổ sung",
    "sua doi bo sung": "sửa đổi, bổ sung",
    "sua doi": "sửa đổi, bổ sung",
    "bai bo": "bãi bỏ",
    "thay the": "thay thế",
    "ban hanh": "ban hành",
    "phe duyet": "phê duyệt",
    "thanh lap": "thành lập",
    "giai the": "giải thể",
    "sap xep": "sắp xếp",
    "kien toan": "kiện toàn",
    "to chuc lai": "tổ chức lại",
    "quy dinh": "quy định",
    "cong bo": "công bố",
    "phan cong": "phân công",
    "giao": "giao",
    "trien khai": "triển khai",
    "huong dan": "hướng dẫn",
    "de nghi": "đề nghị",
    "ket qua": "báo cáo kết quả",
    "tong ket": "báo cáo kết quả",
}
_ACTION = re.compile(
    r"^(?:ve viec\s+|ve\s+)?(?P<verb>"
    + "|".join(sorted(map(re.escape, ACTIONS), key=len, reverse=True))
    + r")\b"
)


def instrument_of(subject: str | None, body: str | None = None) -> str | None:
    """The kind of text a document issues (``Quy chế``, ``Kế hoạch`` …), or None.

    Args:
        subject: its trích yếu (``Về việc ban hành Quy chế hoạt động …``).
        body: its own text, when the archive holds it (``Điều 1. Ban hành kèm theo …``).
    """
    folded = fold(subject or "").strip()
    if _AMENDS.search(folded):
        return None
    m = _ISSUES.search(folded) or _LEADING.search(folded)
    if m and not (m.re is _LEADING and m.group("noun") == "quy dinh"):
        return INSTRUMENTS[m.group("noun")]
    if body:
        head = fold(body[:BODY_CHARS])
        m = _ATTACHED.search(head)
        if m:
            return INSTRUMENTS[m.group("noun") or m.group("noun2")]
    return None


def action_of(subject: str | None) -> str | None:
    """What the document does, from its title: ``ban hành``, ``sắp xếp``, ``phê duyệt`` …"""
    m = _ACTION.search(fold(subject or "").strip())
    return ACTIONS[m.group("verb")] if m else None
