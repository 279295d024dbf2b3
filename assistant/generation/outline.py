"""A report's outline: its headings as written, each mapped to a reform area or a closing part.

The outline of a periodic report is the archive's latest report of the same kind
(annual, six-month, quarterly), its headings kept as written with the period moved
(``PHƯƠNG HƯỚNG NĂM 2024`` becomes ``PHƯƠNG HƯỚNG NĂM 2025``); without one, the
built-in outline of Nghị quyết 76/NQ-CP's six areas with the usual opening and closing
parts. A user's outline (a report, or a list of headings) is read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from assistant.citations.normalize import fold
from assistant.generation.periods import Period, period_in
from assistant.ingest.sections import Section, parse_sections

# Longer than this, a numbered line is a paragraph, not a heading.
MAX_HEADING = 150
# The parts a report closes with, which the archive cannot supply: staff write them.
STAFF_PARTS = ("kho_khan", "phuong_huong", "kien_nghi")
# (code, folded words) in the order they are tried: the first that a heading holds wins,
# so "kiểm tra cải cách hành chính" is kiem_tra before "cải cách hành chính" is anything.
_VOCABULARY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("kho_khan", ("ton tai", "han che", "kho khan", "vuong mac", "nguyen nhan")),
    ("phuong_huong", ("phuong huong", "nhiem vu trong tam", "thoi gian toi", "ky toi")),
    ("kien_nghi", ("kien nghi", "de xuat")),
    ("kiem_tra", ("kiem tra",)),
    ("tuyen_truyen", ("tuyen truyen", "thong tin, tuyen", "thong tin tuyen")),
    ("the_che", ("the che", "quy pham phap luat")),
    ("thu_tuc_hanh_chinh", ("thu tuc hanh chinh", "mot cua")),
    ("to_chuc_bo_may", ("to chuc bo may", "sap xep", "bien che", "co cau to chuc")),
    ("che_do_cong_vu", ("cong vu", "cong chuc", "vien chuc", "can bo")),
    ("tai_chinh_cong", ("tai chinh",)),
    (
        "chinh_quyen_so",
        ("chinh quyen dien tu", "chinh quyen so", "chuyen doi so", " iso", "cong nghe thong tin"),
    ),
    ("chi_dao_dieu_hanh", ("chi dao", "dieu hanh", "ke hoach")),
)
# "NHIỆM VỤ QUÝ III NĂM 2024", "Nhiệm vụ trọng tâm …": a heading that starts with the
# tasks ahead is the phương hướng part ("KẾT QUẢ … CÁC NHIỆM VỤ …" is not).
_TASKS = re.compile(r"^\s*(?:[ivx]+\.|\d+\.)?\s*nhiem vu\b")
AREAS = tuple(code for code, _ in _VOCABULARY if code not in STAFF_PARTS)
# The heading the built-in outline gives each area (Nghị quyết 76/NQ-CP's wording).
AREA_TITLES = {
    "chi_dao_dieu_hanh": "Công tác chỉ đạo, điều hành",
    "kiem_tra": "Công tác kiểm tra cải cách hành chính",
    "tuyen_truyen": "Công tác thông tin, tuyên truyền",
    "the_che": "Cải cách thể chế",
    "thu_tuc_hanh_chinh": "Cải cách thủ tục hành chính",
    "to_chuc_bo_may": "Cải cách tổ chức bộ máy hành chính nhà nước",
    "che_do_cong_vu": "Cải cách chế độ công vụ",
    "tai_chinh_cong": "Cải cách tài chính công",
    "chinh_quyen_so": "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
}
OPENING = ("chi_dao_dieu_hanh", "kiem_tra", "tuyen_truyen")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DECORATION = re.compile(r"^(?:#{1,6}\s+|>\s*)|\*\*|__")


@dataclass(frozen=True)
class Heading:
    """One heading of an outline.

    Attributes:
        text: as written (``1. Về kiểm tra cải cách hành chính``), the period moved.
        level: 1 for ``I.``, 2 for ``1.``, 3 for ``a)``.
        area: the reform-area code its words name, or a closing part
            (``kho_khan``, ``phuong_huong``, ``kien_nghi``), None for a container
            (``II. KẾT QUẢ THỰC HIỆN …``).
    """

    text: str
    level: int
    area: str | None = None


@dataclass(frozen=True)
class Outline:
    """Headings, the report's trích yếu, and where they came from."""

    headings: tuple[Heading, ...]
    source: str
    title: str


def heading_area(text: str) -> str | None:
    """The area (or closing part) a heading's words name, None for none."""
    folded = " " + fold(text)
    if _TASKS.match(folded):
        return "phuong_huong"
    for code, words in _VOCABULARY:
        if any(w in folded for w in words):
            return code
    return None


def builtin_outline(period: Period) -> Outline:
    """Nghị quyết 76/NQ-CP's six areas, opened by chỉ đạo điều hành, kiểm tra, tuyên truyền
    and closed by khó khăn, phương hướng and kiến nghị."""
    h = [Heading("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", 1)]
    h += [Heading(f"{i}. {AREA_TITLES[a]}", 2, a) for i, a in enumerate(OPENING, start=1)]
    h.append(Heading("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", 1))
    results = [a for a in AREAS if a not in OPENING]
    h += [Heading(f"{i}. {AREA_TITLES[a]}", 2, a) for i, a in enumerate(results, start=1)]
    h += [
        Heading("III. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC", 1, "kho_khan"),
        Heading(f"IV. PHƯƠNG HƯỚNG, NHIỆM VỤ {period.next().label.upper()}", 1, "phuong_huong"),
        Heading("V. KIẾN NGHỊ, ĐỀ XUẤT", 1, "kien_nghi"),
    ]
    title = f"Kết quả thực hiện công tác cải cách hành chính {period.label}"
    return Outline(tuple(h), "built-in", title)


def outline_from_text(
    text: str, period: Period, *, source: str, title: str | None = None
) -> Outline:
    """The headings of a report (or of a plain list of headings), the period moved.

    Args:
        text: the report's normalised text, or headings one a line.
        period: the period of the report being written.
        source: what to call the outline's origin (``310/BC-SKHCN``, a file name).
        title: the report's trích yếu, when known (its header's subject).

    Returns:
        The outline; no headings when ``text`` holds none.
    """
    was = period_in(title) or _first_period(text) or period
    headings = [
        replace(h, text=move_period(h.text, was, period))
        for h in _headings(text, parse_sections(text))
    ]
    moved = move_period(title, was, period) if title else None
    fallback = f"Kết quả thực hiện công tác cải cách hành chính {period.label}"
    return Outline(tuple(headings), source, moved or fallback)


def _first_period(text: str) -> Period | None:
    for line in text.splitlines()[:40]:
        found = period_in(line)
        if found is not None:
            return found
    return None


def _headings(text: str, root: Section) -> Iterable[Heading]:
    """Section headings that are headings: short, not a sentence; none under a closing part
    (a past report's phương hướng lists its own tasks, not the outline's)."""

    def walk(node: Section, level: int) -> Iterable[Heading]:
        for child in node.children:
            line = _line(text, child)
            if not line or len(line) > MAX_HEADING or line.rstrip().endswith((".", ";")):
                continue
            area = heading_area(line)
            yield Heading(line, level, area)
            if area not in STAFF_PARTS:
                yield from walk(child, level + 1)

    yield from walk(root, 1)


def section_bodies(text: str) -> list[tuple[str, str]]:
    """(heading line, its own text up to its first sub-heading) of every section of ``text``."""
    out: list[tuple[str, str]] = []

    def walk(node: Section) -> None:
        for child in node.children:
            out.append((_line(text, child), text[child.head_end : child.body_end]))
            walk(child)

    walk(parse_sections(text))
    return out


def bare_title(heading: str) -> str:
    """A heading without its label, in running-text case: ``1. Về kiểm tra`` → ``về kiểm tra``."""
    title = re.sub(r"^\s*(?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\))\s+", "", heading).strip()
    return title.lower() if title.isupper() else title[:1].lower() + title[1:]


def _line(text: str, section: Section) -> str:
    """The heading line as written, Markdown decoration dropped."""
    line = " ".join(text[section.start : section.head_end].split())
    return _DECORATION.sub("", line).strip()


def move_period(text: str, was: Period, now: Period) -> str:
    """``text`` with the period ``was`` (and the one after it) named as ``now`` (and its next).

    ``năm 2023`` → ``năm 2024``; ``PHƯƠNG HƯỚNG NĂM 2024`` → ``… NĂM 2025``; capitals kept.
    """
    if was == now:
        return text
    labels = {was.label: now.label, was.next().label: now.next().label}
    years = {str(was.year): str(now.year), str(was.next().year): str(now.next().year)}
    pattern = re.compile(
        "|".join(re.escape(k) for k in sorted(labels, key=len, reverse=True))
        + r"|"
        + _YEAR.pattern,
        re.IGNORECASE,
    )

    def swap(m: re.Match[str]) -> str:
        found = m.group()
        new = next((v for k, v in labels.items() if k.lower() == found.lower()), None)
        if new is None:
            return years.get(found, found)
        return new.upper() if found.isupper() else new

    return pattern.sub(swap, text)
