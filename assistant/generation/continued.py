"""Documents kept in force after a reorganisation, asked for.

When provinces, districts or communes are merged, a decision of the new body lists which of
the former bodies' documents "tiếp tục được áp dụng trên địa bàn …" (to a stated day, or
until replaced). Staff ask for them: "những văn bản của tỉnh Vạn Ninh cũ còn được áp dụng sau
sáp nhập", "Which decision of the former city still applied in the ward after 1 July 2025?";
or for the decision that says so: "quyết định của UBND tỉnh về các văn bản của thành phố tiếp
tục áp dụng sau sắp xếp". ``lives.continued`` holds what the files say (read at derivation,
``relation_terms.extract_continuations``); this module reads the question.
"""

from __future__ import annotations

import re

from assistant.archive.lives import Lives
from assistant.citations import RegistryEntry
from assistant.generation.fit import (
    archive_places,
    asked_department,
    asked_place,
    held_department,
    issued_by,
    of_place,
)
from assistant.retrieval.query import ParsedQuestion, day_named, fold

# Asking for documents kept in force (folded).
_KEPT = re.compile(
    r"\btiep tuc (?:duoc )?(?:ap dung|thuc hien|co hieu luc)\b"
    # (not "không còn hiệu lực sau khi hợp nhất": the ended ones)
    r"|(?<!khong )\bcon (?:duoc )?(?:ap dung|hieu luc)\b[^?]*\b(?:sau (?:khi )?(?:sap nhap|sap xep"
    r"|hop nhat)|tren dia ban)\b"
    r"|\bsau (?:khi )?(?:sap nhap|sap xep|hop nhat)\b[^?]*(?<!khong )\bcon (?:duoc )?(?:ap dung"
    r"|hieu luc)\b"
    r"|\bstill (?:appl(?:y|ied|ies)|in force)\b[^?]*\b(?:after|in the|on)\b"
    r"|\bcontinu(?:e|ed|es) to (?:apply|be applied|be in force)\b"
    r"|\bapplied only on\b|\bon (?:its|their) own territory\b"
)
# Asking for the document that says which are kept: "quyết định của UBND tỉnh về các văn bản
# … tiếp tục áp dụng", "the decision on which documents continued to apply" (folded).
_SAYER = re.compile(
    r"\b(?:quyet dinh|qd|decision)\b[^?]{0,40}?\b(?:ve|on|about)\s+(?:viec\s+)?(?:cac\s+|nhung\s+"
    r"|which\s+|the\s+)?(?:van ban|vb|documents?)\b"
)


# A suspension's end asked ("văn bản tạm dừng QĐ 72 và văn bản cho tiếp tục thực hiện"): no
# reorganisation's (folded).
_PAUSED = re.compile(r"\btam (?:dung|ngung)\b|\bdinh chi\b|\bsuspen\w*|\bpaus\w*")


def asks_continued(folded: str) -> str | None:
    """``kept`` for a question asking which documents were kept in force after a
    reorganisation, ``sayer`` for one asking which document kept them; None for others."""
    if not _KEPT.search(folded) or _PAUSED.search(folded):
        return None
    return "sayer" if _SAYER.search(folded) else "kept"


def continued_documents(parsed: ParsedQuestion, lives: Lives) -> list[RegistryEntry]:
    """The documents a question about those kept in force asks for (``asks_continued``): the
    ones kept, of the place it names ("của tỉnh Vạn Ninh cũ", "trên địa bàn tỉnh Kiến Phong
    cũ": the documents that place's bodies issued) and the types it names; or the documents
    that kept them. By date, those kept to the day it names ("until 31 December 2025")
    first; [] when it asks no such thing or the archive tells of none."""
    folded = fold(parsed.clean)
    ask = asks_continued(folded) if not parsed.idents else None
    if ask is None:
        return []
    told = lives.continued()
    if ask == "sayer":
        found = [by for _, by, _, _ in told if by is not None]
    else:
        entries = lives.registry.entries()
        places = archive_places(entries)
        place = asked_place(parsed.clean, places.names)
        # "VB nào của Sở KH&ĐT cũ …": that department's
        department = held_department(asked_department(parsed.clean), entries)
        found = [
            kept
            for kept, _, _, _ in told
            if (place is None or of_place(kept, place, places))
            and (department is None or issued_by(kept, "SO", department))
        ]
    if parsed.codes:
        found = [e for e in found if (e.code or "CV") in parsed.codes]
    unique = {e.key: e for e in found}
    day = day_named(folded, _UNTIL_LEAD)
    to_day = {kept.key for kept, _, _, said in told if day and said.get("until") == day}
    return sorted(unique.values(), key=lambda e: (e.key not in to_day, e.date or "", e.ident))


# What leads the last day asked (folded): "until 31 December 2025", "đến hết ngày 31/12/2025".
_UNTIL_LEAD = r"\b(?:until|till|to|den(?: het)?(?: ngay)?|toi)\s+"
