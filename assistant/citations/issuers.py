"""Who issued a document: read from a name ("của UBND tỉnh Phú Khê", "Bộ Nội vụ"), a
header's issuer lines ("UBND TỈNH HÒA AN / SỞ KHOA HỌC VÀ CÔNG NGHỆ") or the issuer
part of a symbol (``UBND``, ``SNV``, ``TTg``), and whether two of them can be one body.

A draft's "Quyết định số 19/2021/QĐ-UBND … của Bộ Nội vụ" names the wrong issuer: the
symbol and the archive say a provincial People's Committee. The comparison is made only
on what both sides state (a level, a field, a tỉnh or huyện and its name), so a loose
"của Sở" or "của UBND tỉnh" agrees with any Sở or any provincial committee, and a name
that reads as no body ("của đơn vị", "của mình") is no evidence at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.citations.normalize import canonical_issuer, fold

if TYPE_CHECKING:
    from assistant.citations.registry import RegistryEntry

# Bodies whose documents a draft may attribute to either: the Prime Minister signs for
# the Government, a committee's chairman for the committee.
_SAME_BODY = {"thu_tuong": "chinh_phu"}

# Levels read at the start of a name (folded words), longest first.
_LEVELS = (
    ("uy ban thuong vu quoc hoi", "ubtvqh"),
    ("ubtvqh", "ubtvqh"),
    ("ban chap hanh trung uong", "dang_tw"),
    ("ban bi thu", "dang_tw"),
    ("bo chinh tri", "dang_tw"),
    ("ban thuong vu tinh uy", "dang_tinh"),
    ("ban chap hanh dang bo tinh", "dang_tinh"),
    ("tinh uy", "dang_tinh"),
    ("ban thuong vu huyen uy", "dang_huyen"),
    ("ban chap hanh dang bo huyen", "dang_huyen"),
    ("huyen uy", "dang_huyen"),
    ("uy ban nhan dan", "ubnd"),
    ("ubnd", "ubnd"),
    ("hoi dong nhan dan", "hdnd"),
    ("hdnd", "hdnd"),
    ("thu tuong chinh phu", "thu_tuong"),
    ("thu tuong", "thu_tuong"),
    ("chinh phu", "chinh_phu"),
    ("quoc hoi", "quoc_hoi"),
    ("van phong", "van_phong"),
    ("tong cuc", "tong_cuc"),
    ("chi cuc", "chi_cuc"),
    ("cuc", "cuc"),
    ("trung tam", "trung_tam"),
    ("bo", "bo"),
    ("so", "so"),
    ("phong", "phong"),
    ("ban", "ban"),
)
# Levels that name a field after them ("Sở Nội vụ", "Bộ Tài chính").
_FIELDED = {"bo", "so", "phong", "ban", "cuc", "tong_cuc", "chi_cuc", "trung_tam", "van_phong"}
# Titles before a body: "Chủ tịch UBND tỉnh", "Bộ trưởng Bộ Nội vụ", "Giám đốc Sở".
_TITLES = (
    "pho chu tich",
    "chu tich",
    "bo truong",
    "thu truong",
    "pho giam doc",
    "giam doc",
    "chanh van phong",
)
# "Trưởng phòng Nội vụ" is the Phòng's head: read as "Phòng Nội vụ".
_HEAD_OF = (("pho truong phong", "phong"), ("truong phong", "phong"))
# Administrative units as written (lower case, with their diacritics: "quận" is not
# "Quản lý"), and the one spelling kept. "Xã hội" is a field's words, not a xã.
_UNITS = {
    "tỉnh": "tinh",
    "thành phố": "thanh pho",
    "tp": "thanh pho",
    "tp.": "thanh pho",
    "huyện": "huyen",
    "thị xã": "thi xa",
    "quận": "quan",
    "xã": "xa",
    "phường": "phuong",
    "thị trấn": "thi tran",
}
# … as typed without diacritics ("ubnd tinh", "thanh pho"): the same spelling kept.
FOLDED_UNITS = {fold(written).rstrip("."): unit for written, unit in _UNITS.items()}


def unit_name(unit: str) -> str:
    """An administrative unit as a report writes it: ``huyen`` → "huyện"."""
    return next((written for written, u in _UNITS.items() if u == unit), unit)


_CONNECTORS = {"va", "-", "–", "&", ","}
# Words that end a body's name and start the clause ("Sở Nội vụ phối hợp với các xã").
_CLAUSE = {
    "phoi",
    "gui",
    "chi",
    "trien",
    "to",
    "thuc",
    "giao",
    "de",
    "yeu",
    "co",
    "duoc",
    "da",
    "se",
    "cung",
    "cac",
    "nhung",
    "nay",
    "do",
    "tren",
    "duoi",
    "ve",
    "voi",
    "tai",
    "theo",
    "cho",
    "trong",
    "nham",
    "ky",
    "ngay",
    "so",
    "nam",
}
_WORD = re.compile(r"[\w&.]+|[-–]", re.UNICODE)


@dataclass(frozen=True)
class Organ:
    """A body as far as a name or symbol tells it.

    Attributes:
        levels: what kind of body it may be (``ubnd``, ``so``, ``bo``, …; a symbol
            ``B…`` may be a Bộ or a Ban).
        field: folded initials of its field (``nv`` for Nội vụ, ``khcn``), None if unsaid.
        unit: the administrative unit it belongs to (``tinh``, ``huyen``), None if unsaid.
        place: the unit's folded name (``phu khe``), None if unsaid.
    """

    levels: frozenset[str]
    field: str | None = None
    unit: str | None = None
    place: str | None = None


def organ_of_name(name: str | None) -> Organ | None:
    """The body a name denotes: "UBND tỉnh Phú Khê", "Giám đốc Sở KH&CN", "Bộ Nội vụ";
    None when it names no body this module knows ("đơn vị", "mình")."""
    if not name:
        return None
    words = _WORD.findall(name)
    if not words:
        return None
    shouting = not any(ch.islower() for ch in name)
    folded = [fold(w) for w in words]
    i = _skip_titles(folded)
    if folded[i : i + 2] == ["bo", "phan"]:
        return None  # "Bộ phận Một cửa": a unit of a body, not a ministry
    level, i, head = _level_at(folded, i)
    if level is None:
        return None
    field = None
    if level in _FIELDED or head:
        field, i = _field(words, folded, i, shouting)
    unit, place = _unit_and_place(words, folded, i, shouting)
    return Organ(frozenset({level}), field, unit, place)


_TRAILING = re.compile(r"(?:\s+(?:và|cùng|với|các|những|đã|đang))+\s*$")


def clean_name(name: str) -> str:
    """A name without the words of the next clause it caught ("UBND tỉnh và" → "UBND tỉnh")."""
    return _TRAILING.sub("", name).strip()


def organ_of_header(issuer: str | None) -> Organ | None:
    """The issuing body of a header's issuer lines, joined by " / ": the last body named,
    in the unit and place of the one above it ("UBND TỈNH HÒA AN / SỞ KHOA HỌC VÀ CÔNG
    NGHỆ" is a Sở of tỉnh Hòa An; "ỦY BAN NHÂN DÂN / TỈNH PHÚ KHÊ" one committee)."""
    if not issuer:
        return None
    parts: list[str] = []
    for line in (p.strip() for p in issuer.split("/")):
        if not line:
            continue
        if parts and organ_of_name(line) is None:
            parts[-1] = f"{parts[-1]} {line}"
        else:
            parts.append(line)
    organs = [o for o in (organ_of_name(p) for p in parts) if o is not None]
    if not organs:
        return None
    last = organs[-1]
    if last.unit is None and len(organs) > 1:
        above = organs[-2]
        return Organ(last.levels, last.field, above.unit, above.place)
    return last


# Symbol issuers whose body is certain.
_CODE_LEVELS = {
    "ubnd": "ubnd",
    "hdnd": "hdnd",
    "ttg": "thu_tuong",
    "cp": "chinh_phu",
    "tu": "dang_tinh",
    "hu": "dang_huyen",
    "tw": "dang_tw",
}
_QH = re.compile(r"^(ubtvqh|qh)\d*$")


# The ministries' symbol codes ("5123/BYT-QLD"): a B… code may as well be a provincial Ban's
# ("BQLKCN"), so only these are read as national.
_MINISTRIES = frozenset(
    {
        "bnv", "bkhcn", "bkh&cn", "bct", "byt", "btc", "btp", "bxd", "bca", "bqp", "bng",
        "bgddt", "bgtvt", "btnmt", "bkhdt", "btttt", "bvhttdl", "bldtbxh", "bnnptnt", "bnnmt",
    }
)  # fmt: skip
_NATIONAL_LEVELS = frozenset({"thu_tuong", "chinh_phu", "dang_tw", "quoc_hoi", "ubtvqh"})


def is_national_issuer(issuer: str | None) -> bool:
    """Whether a symbol's issuer part is a national body's: the Government, the Prime
    Minister, the National Assembly of any term (``QH15``) and its Standing Committee,
    the Party's Central Committee, the Government Office, a ministry."""
    if not issuer:
        return False
    code = fold(canonical_issuer(issuer))
    organ = organ_of_code(issuer)
    return code in _MINISTRIES or code == "vpcp" or bool(organ and organ.levels & _NATIONAL_LEVELS)


def organ_of_code(issuer: str | None) -> Organ | None:
    """The body a symbol's issuer part denotes, when it is unambiguous: ``UBND``, ``HĐND``,
    ``TTg``, ``CP``, ``QH14``; ``S…`` a Sở of that field (``SNV``, ``SKH&CN``), ``B…`` a Bộ
    or a Ban, ``P…`` a Phòng. None for anything else (``VP``, a unit's own code)."""
    if not issuer:
        return None
    code = fold(canonical_issuer(issuer))
    if code in _CODE_LEVELS:
        return Organ(frozenset({_CODE_LEVELS[code]}))
    m = _QH.match(code)
    if m:
        return Organ(frozenset({"ubtvqh" if m.group(1) == "ubtvqh" else "quoc_hoi"}))
    if len(code) < 3 or not code.isalpha():
        return None
    head, field = code[0], code[1:]
    if head == "s":
        return Organ(frozenset({"so"}), field)
    if head == "b":
        return Organ(frozenset({"bo", "ban"}), field)
    if head == "p":
        return Organ(frozenset({"phong"}), field)
    return None


def archive_organ(
    code_issuer: str | None, header: str | None, named: Iterable[str]
) -> Organ | None:
    """What the archive says of a document's issuer: its header's issuer lines when it has
    a file, else its symbol, with the unit and place its mentions agree on ("của UBND
    tỉnh Hòa An" in every mention that names one)."""
    own = organ_of_header(header)
    if own is not None:
        return own
    base = organ_of_code(code_issuer)
    if base is None:
        return None
    said = [
        o
        for o in (organ_of_name(n) for n in named)
        if o is not None and o.levels & base.levels and o.unit
    ]
    units = {o.unit for o in said}
    places = {o.place for o in said if o.place}
    if len(units) != 1:
        return base
    place = next(iter(places)) if len(places) == 1 else None
    return Organ(base.levels, base.field, next(iter(units)), place)


def organ_of_entry(entry: RegistryEntry) -> Organ | None:
    """``archive_organ`` of a registry entry: its symbol's issuer, its header's issuer lines
    and the issuers its mentions name."""
    named = [m.issuer_name for m in entry.mentions if m.issuer_name]
    return archive_organ(entry.issuer, entry.issuer_name, named)


def disagreement(named: Organ, archive: Organ) -> str | None:
    """Why ``named`` cannot be the body ``archive`` is (None when it can): another kind of
    body, another field, another unit, another place. Only what both state is compared."""
    if not {_SAME_BODY.get(x, x) for x in named.levels} & {
        _SAME_BODY.get(x, x) for x in archive.levels
    }:
        return "another body"
    if named.field and archive.field and not _prefix_either(named.field, archive.field):
        return "another field"
    if named.unit and archive.unit and named.unit != archive.unit:
        return "another administrative unit"
    if named.place and archive.place and not _prefix_either(named.place, archive.place):
        return "another place"
    return None


def _prefix_either(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _skip_titles(folded: list[str]) -> int:
    i = 0
    for _ in range(2):  # "Phó Chủ tịch" then the body
        for title in _TITLES:
            n = _match_words(folded, i, title)
            if n:
                i += n
                break
    return i


def _level_at(folded: list[str], i: int) -> tuple[str | None, int, bool]:
    """The level named at word ``i``, the index after it, and whether it came from a
    head's title ("Trưởng phòng Nội vụ": the field follows the title)."""
    for title, level in _HEAD_OF:
        n = _match_words(folded, i, title)
        if n:
            return level, i + n, True
    for words, level in _LEVELS:
        n = _match_words(folded, i, words)
        if n:
            return level, i + n, False
    return None, i, False


def _match_words(folded: list[str], i: int, phrase: str) -> int:
    want = phrase.split()
    return len(want) if folded[i : i + len(want)] == want else 0


def _field(words: list[str], folded: list[str], i: int, shouting: bool) -> tuple[str | None, int]:
    """Initials of the field named from word ``i`` ("Lao động - Thương binh và Xã hội" →
    ``ldtbxh``; "KH&CN" → ``khcn``), and the index after it. The field starts with a
    capital ("Sở gửi …" names none) and stops at a unit word ("tỉnh")."""
    if i >= len(words) or not words[i][:1].isupper():
        return None, i
    initials = []
    lower = _unit_words(words, shouting)
    j = i
    while j < len(words) and not _unit_at(lower, j)[1] and (j == i or folded[j] not in _CLAUSE):
        w = words[j]
        if folded[j] not in _CONNECTORS:
            if not shouting and len(w) >= 2 and w.replace("&", "").isupper():
                initials.append(fold(w).replace("&", ""))
            else:
                initials.append(fold(w)[:1])
        j += 1
    field = "".join(initials)
    return (field or None), j


def _unit_words(words: list[str], shouting: bool) -> list[str]:
    """Words to find a unit in, lower-cased; in a name not in capitals a "Xã" with a capital
    is a field's "Xã hội" (cut off or not), never a commune."""
    return [w if (w == "Xã" and not shouting) else w.lower() for w in words]


def _unit_at(lower: list[str], j: int) -> tuple[str | None, int]:
    """The unit written at word ``j`` and how many words it takes (0 if none)."""
    for spelled, unit in sorted(_UNITS.items(), key=lambda kv: -len(kv[0])):
        n = _match_words(lower, j, spelled)
        if n and not (unit == "xa" and n == 1 and lower[j + 1 : j + 2] == ["hội"]):
            return unit, n
    return None, 0


def _unit_and_place(
    words: list[str], folded: list[str], i: int, shouting: bool
) -> tuple[str | None, str | None]:
    """The unit named right at word ``i`` ("tỉnh", "huyện") and the capitalised name after
    it ("Phú Khê"); nothing when another word stands there ("Sở … phối hợp với các xã")."""
    unit, n = _unit_at(_unit_words(words, shouting), i)
    if unit is None:
        return None, None
    name = []
    for k in range(i + n, len(words)):
        if not words[k][:1].isupper():
            break
        name.append(folded[k])
    return unit, (" ".join(name) or None)
