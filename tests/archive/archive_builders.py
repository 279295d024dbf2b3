"""A small archive for the lives tests: a registry fed real sentences, claims made by hand.

The relation grammar is tested on its own (tests/archive/test_relations*); here the
claims are written out, so the rules of validity are tested whatever the grammar reads.
"""

from __future__ import annotations

import re

from assistant.archive.lives import FileClaims, Lives, Statement
from assistant.archive.relations import Relation
from assistant.citations import Registry, extract, lookup_key
from assistant.models import Identity


def qd(ident: str, date: str, subject: str = "") -> Identity:
    """The header identity of a provincial decision."""
    number = ident.split("/")[0]
    return Identity(
        ident=ident, number=number, code="QĐ", kind="Quyết định", date=date, subject=subject
    )


# file -> (identity, text): each decision's own file, and a report that mentions them.
FILES = {
    "qd-1908-2021.txt": (
        qd("1908/QĐ-UBND", "2021-07-08", "quy định chức năng, nhiệm vụ của Sở"),
        "Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-2000-2022.txt": (
        qd("2000/QĐ-UBND", "2022-08-01", "quy định chức năng, nhiệm vụ của Sở"),
        "Quyết định này có hiệu lực kể từ ngày 15/8/2022 và thay thế Quyết định số "
        "1908/QĐ-UBND ngày 08/7/2021 của UBND tỉnh.",
    ),
    "qd-55-2022.txt": (
        qd("55/QĐ-UBND", "2022-03-01", "quy chế chi tiêu nội bộ"),
        "Sửa đổi khoản 2 Điều 3 Quyết định số 1753/QĐ-UBND ngày 28/6/2021.",
    ),
    "qd-1753-2021.txt": (
        qd("1753/QĐ-UBND", "2021-06-28", "sắp xếp cơ cấu tổ chức"),
        "Quyết định này có hiệu lực từ ngày 01/7/2021.",
    ),
    "qd-300-2024.txt": (
        qd("300/QĐ-UBND", "2024-12-20", "quy chế mới"),
        "Quyết định này có hiệu lực từ ngày 01/01/2025.",
    ),
}


def rel(type_: str, source: str, target: str, **kw: str) -> Relation:
    """A relation as the grammar would give it, its quote naming both documents."""
    quote = f"{source} {type_} {target}"
    return Relation(type=type_, source=source, target=target, quote=quote, **kw)  # type: ignore[arg-type]


# file -> (effective date its text states, relations it states)
CLAIMS = {
    "qd-1908-2021.txt": ("2021-07-08", []),
    "qd-2000-2022.txt": ("2022-08-15", [rel("replaces", "2000/QĐ-UBND", "1908/QĐ-UBND")]),
    "qd-55-2022.txt": (
        None,
        [rel("amends", "55/QĐ-UBND", "1753/QĐ-UBND", target_scope="khoản 2 Điều 3")],
    ),
    "qd-1753-2021.txt": ("2021-07-01", []),
    "qd-300-2024.txt": ("2025-01-01", []),
}


def build(files: dict = FILES, claims: dict = CLAIMS) -> Lives:
    """A registry of ``files`` and the lives of ``claims``."""
    registry = Registry()
    for name, (identity, text) in files.items():
        registry.add_text(name, text, identity=identity)
    lives = Lives(registry)
    for name, (effective, relations) in claims.items():
        identity = files[name][0]
        lives.add(
            FileClaims(
                file=name,
                document=identity.ident,
                date=identity.date,
                effective=effective,
                effective_evidence={"source": name, "locator": "p. 1", "quote": "có hiệu lực"},
                statements=tuple(Statement(r, name, 1, "Điều 3") for r in relations),
            )
        )
    return lives


SAMPLE = "(MẪU — tài liệu mẫu của một cơ quan hư cấu, không có giá trị pháp lý)\n\n"


def document(
    kind: str,
    number: str,
    day: str,
    title: str,
    body: str,
    *,
    issuer: str = "UBND TỈNH KIM SƠN\nSỞ CÔNG THƯƠNG",
    signature: str = "GIÁM ĐỐC\n\nTrần Văn An",
) -> str:
    """The text of a fictional body's document of tỉnh Kim Sơn: its header (``issuer``'s
    lines), title, ``body`` and ``signature`` block."""
    d, m, y = day.split("/")
    return (
        f"{SAMPLE}{issuer}\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        f"Số: {number}\n\nKim Sơn, ngày {d} tháng {m} năm {y}\n\n"
        f"{kind}\n{title}\n\n{body}\n\n{signature}\n"
    )


# The Sở Công Thương's 2024 digitisation plan, which several tests' archives hold.
DIGITISATION_PLAN = document(
    "KẾ HOẠCH",
    "58/KH-SCT",
    "20/3/2024",
    "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024",
    "I. MỤC ĐÍCH, YÊU CẦU\n\nHoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành "
    "chính còn hiệu lực trước ngày 31/12/2024.",
)


def listed(text: str) -> set[str]:
    """The lookup keys of the first document of each numbered line of an answer."""
    lines = [line for line in text.splitlines() if re.match(r"\s*\d+\.\s", line)]
    return {c.key for line in lines for c in extract(line)[:1] if c.key}


def keys(*idents: str) -> set[str]:
    """The lookup keys of ``idents``."""
    return {lookup_key(i) for i in idents}
