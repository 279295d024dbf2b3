"""Which documents of the archive answer a list question, ranked by how well they fit.

The list is complete from the registry, not limited to the top-k chunks: every
registry entry is a candidate (only filters the user set exclude), scored by how close
its mention contexts (the sentence that cites it, led by the section heading) and its
subject are to the question, and by the facets of its profile the question implies
(year, period, type or instrument, area: ``fit``); among the documents relevant to the
question, those meeting the most facets and close to the best are kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from assistant.archive.areas import is_reform_plan
from assistant.archive.periods import Period
from assistant.archive.profiles import Profile
from assistant.citations import Registry, RegistryEntry
from assistant.generation.fit import (
    AREA_WEIGHT,
    MAIN_SHARE,
    OWN_WEIGHT,
    PERIOD_WEIGHT,
    TYPE_WEIGHT,
    YEAR_WEIGHT,
    Asked,
    ProfileMap,
    facet_score,
    meets_area,
    profile_key,
    without_agencies,
)
from assistant.generation.marking import entry_location
from assistant.generation.passages import ChunkMap, VectorCache, topic_of
from assistant.retrieval.query import ParsedQuestion, fold

# Scoring more candidates than this costs seconds of embedding; beyond it, the ones
# whose mentions the retrievers ranked highest are scored.
MAX_CANDIDATES = 120
# Beyond them, up to this many more that meet every facet the question asks, when it asks
# two or more (a year and a type: ``_fitting``); search ranks a month's report exported as
# text below 120 others of the archive, yet "các báo cáo CCHC hằng tháng năm 2025" asks it.
MAX_FITTING = 60
# A document is kept when its score is within this share of the spread (best minus
# median of the candidates) of the best score, and at least within MIN_MARGIN.
KEEP_SHARE = 0.7
MIN_MARGIN = 0.012
# Below this similarity nothing is relevant (e5 scores of unrelated text sit near 0.7).
FLOOR = 0.74
# Weight of the retrieval evidence: a document cited in the sections that search ranks
# first for the question is more likely what it asks for than one whose single mention
# happens to read alike. bench/draft.py (documents the seed cites per reform area):
# drafts' precision 0.25 → 0.74, recall 0.19 → 0.54; list answers' 0.20 → 0.62, 0.34 → 1.00.
EVIDENCE_WEIGHT = 0.1
# "CV" stands for công văn (no code in the symbol).
CONG_VAN = "CV"
# Documents whose topic score is this far below the best are not relevant, whatever
# facets they meet: a question's year or type does not make an unrelated document an answer.
RELEVANCE_GAP = 0.08
# The kept documents are cut at their widest gap when it is at least GAP_MIN and at least
# GAP_SHARE of their spread (``_before_gap``).
GAP_MIN = 0.02
GAP_SHARE = 0.4
# How much closer (score) a document only cited must read than the best one with a file for
# having a file not to decide between them (``select``): chosen on the development list
# questions among 0.02, 0.04, 0.06, 0.1 (250, 251, 250, 250 of 288; bench/data/README.md).
OWN_TIE_MARGIN = 0.04


# A trích yếu about the department's units, not the department: "của các phòng …", "của
# Trung tâm …" (folded).
_UNIT = re.compile(
    r"\b(cua|thuoc)\s+(cac\s+)?(phong|van phong|thanh tra|don vi|trung tam|chi cuc|bo phan|to)\b"
)
_UNIT_WORD = re.compile(r"\b(phong|don vi|trung tam|chi cuc|bo phan|unit|office|centre|center)s?\b")
_OF_DEPARTMENT = re.compile(r"\b(cua|thuoc)\s+so\b|\bof the department\b")
UNIT_PENALTY = 0.03
# The other way round: a question about its units' functions ("chức năng các phòng thuộc
# Sở") is not answered by the decision on the department's own ("… quyền hạn và cơ cấu tổ
# chức của Sở"), unless it asks the department's too ("chức năng của Sở và của các phòng"):
# ``select``'s ``units``.
_FUNCTION = r"(?:chuc nang|nhiem vu|quyen han|co cau to chuc)"
_FUNCTIONS = re.compile(rf"\b{_FUNCTION}\b")
_UNITS_FUNCTIONS = re.compile(
    rf"\b{_FUNCTION}\b[^?.;]{{0,30}}?\b(?:cac\s+)?(?:phong|van phong|thanh tra|don vi|chi cuc"
    r"|bo phan)\b"
)
_DEPARTMENT_FUNCTIONS = re.compile(
    rf"\b{_FUNCTION}(?:(?:\s*,\s*|\s+va\s+|\s+){_FUNCTION})*\s+(?:cua\s+)?so\b"
)


def asks_units_functions(folded: str) -> bool:
    """Whether a (folded) question asks its units' functions and not the department's own:
    "chức năng, nhiệm vụ các phòng thuộc Sở", not "chức năng của Sở và của các phòng"."""
    return bool(_UNITS_FUNCTIONS.search(folded)) and not _DEPARTMENT_FUNCTIONS.search(folded)


def _title(entry: RegistryEntry) -> str:
    """Its kind and trích yếu ("Kế hoạch Cải cách hành chính năm 2024")."""
    return f"{entry.kind or ''} {entry.subject or ''}"


def _of_units(group: list[ScoredDocument]) -> list[ScoredDocument]:
    """``group`` less the decisions on the department's own functions (a trích yếu naming
    functions and no unit), when one of them is on its units' ("… của các phòng …")."""
    subjects = {d.entry.key: fold(d.entry.subject or "") for d in group}

    def functions(d: ScoredDocument) -> bool:
        return bool(_FUNCTIONS.search(subjects[d.entry.key]))

    if not any(functions(d) and _UNIT.search(subjects[d.entry.key]) for d in group):
        return group
    return [d for d in group if not functions(d) or _UNIT.search(subjects[d.entry.key])]


@dataclass(frozen=True)
class ScoredDocument:
    """A registry entry with its score and the context that earned it."""

    entry: RegistryEntry
    score: float
    context: str
    source: str | None
    locator: str
    # The part of ``score`` that came from retrieval (``EVIDENCE_WEIGHT`` at most).
    evidence: float = 0.0
    # The implied facets it meets (``fit.facet_score``): ranks before ``score``.
    facets: float = 0.0
    profile: Profile | None = None
    # The question implies a reform area and the document is not filed under it.
    off_area: bool = False


def candidates(registry: Registry, parsed: ParsedQuestion) -> list[RegistryEntry]:
    """Registry entries of the years and types the user filtered on (all if none).

    Only filters the user set (``filter_years``, ``filter_codes``) exclude: what the
    question's words imply ranks (``rank_documents``).
    """
    years = set(parsed.filter_years)
    wanted = set(parsed.filter_codes)
    out = []
    for e in registry.entries():
        if years and e.year not in years:
            continue
        if wanted and (e.code or CONG_VAN) not in wanted:
            continue
        if (e.code or CONG_VAN) in parsed.excluded_codes:
            continue
        out.append(e)
    return out


def rank_documents(
    entries: Sequence[RegistryEntry],
    question: str,
    *,
    chunks: ChunkMap,
    vectors: VectorCache,
    prior: dict[str, float] | None = None,
    profiles: ProfileMap | None = None,
    asked: Asked | None = None,
) -> list[ScoredDocument]:
    """Score every entry against ``question``, best first.

    Args:
        entries: the candidates.
        question: the question (its clean text).
        chunks: every chunk of the archive, to read mention contexts.
        vectors: the embedding cache.
        prior: chunk id -> fused retrieval score for the question: the retrieval
            evidence added to each score (``EVIDENCE_WEIGHT``), and which candidates
            are scored when there are more than ``MAX_CANDIDATES``.
        profiles: the archive's document profiles (facets, own files).
        asked: the facets the question implies (none: topic only).
    """
    prior = prior or {}
    profiles = profiles or {}
    asked = asked or Asked()
    entries = _cap(entries, chunks, prior, _fitting(entries, profiles, asked))
    rows: list[tuple[RegistryEntry, str, str | None, str]] = []
    owners: list[int] = []
    for i, e in enumerate(entries):
        for text, source, locator in _contexts(e, chunks):
            rows.append((e, text, source, locator))
            owners.append(i)
    if not rows:
        return []
    q = vectors.question(question)
    sims = vectors.passages([r[1] for r in rows]) @ q
    best: dict[int, tuple[float, int]] = {}
    for row, (i, s) in enumerate(zip(owners, sims, strict=True)):
        if i not in best or s > best[i][0]:
            best[i] = (float(s), row)
    topics = chunks.by_topic(prior)
    retrieved = {i: _retrieved(entries[i], chunks, prior, topics) for i in best}
    top = max(retrieved.values(), default=0.0) or 1.0
    # A question about the department's own ("chức năng, nhiệm vụ của Sở") is not answered
    # by a document about one of its units' ("… của các phòng chuyên môn thuộc Sở").
    folded = fold(question)
    unit_only = bool(_OF_DEPARTMENT.search(folded)) and not _UNIT_WORD.search(folded)
    scored = []
    for i, (s, r) in best.items():
        e = entries[i]
        if unit_only and _UNIT.search(fold(e.subject or "")):
            s -= UNIT_PENALTY
        evidence = EVIDENCE_WEIGHT * retrieved[i] / top
        profile = profiles.get(profile_key(e))
        # The document's own file is its evidence, not a report that mentions it.
        source, locator = entry_location(e) if e.own_source else (rows[r][2], rows[r][3])
        facets = facet_score(e, profile, asked)
        off_area = bool(asked.area) and not meets_area(e, profile, asked.area or "")
        scored.append(
            ScoredDocument(
                e, s + evidence, rows[r][1], source, locator, evidence, facets, profile, off_area
            )
        )
    return sorted(scored, key=lambda d: (-(d.facets + d.score), d.entry.ident))


def select(
    ranked: Sequence[ScoredDocument],
    *,
    area: str | None = None,
    instruments: Sequence[str] = (),
    founding: Sequence[tuple[str, str]] = (),
    topic: frozenset[str] = frozenset(),
    units: bool = False,
    reform_plan: bool = False,
    named: bool = True,
    within: bool = False,
    pairs: frozenset[tuple[str, str]] = frozenset(),
) -> list[ScoredDocument]:
    """The documents that answer: relevant to the topic, meeting the most implied facets,
    and close to the best of those (none if even the best is unrelated). ``area``: the
    reform area the question names ("văn bản nào về một cửa, giải quyết TTHC từ 2022"), so
    every relevant document filed under it (or named for it) and meeting the most facets
    answers, not only those that read most like the question's other words. ``instruments``:
    those the question names ("Các quyết định ban hành Quy chế một cửa"): of the relevant
    documents, those whose trích yếu names one, when some do (not a list of procedures).
    ``founding``: the acts on a body the question names (``founding_acts``: "QĐ thành lập Sở
    Tư pháp mới"): else, of the relevant documents, those whose trích yếu names one (or is
    unknown), when some name one; those naming one and meeting the most facets answer, as
    close as they read. ``topic``: the question's topic syllables (``topic_syllables``): of
    those meeting the most facets, when one's trích yếu says most of them, those whose trích
    yếu says none of them go (``told_in_subject``). ``units``: the question asks its units'
    functions (``asks_units_functions``), so not the department's own (``_of_units``).
    ``reform_plan``: it asks the reform's own plan ("KH CCHC của từng năm"), so not the
    year's communication or inspection plan when a reform plan is among those found.
    ``named``: the question names a topic beyond its facets; when it names none ("Trong năm
    2025 có những KH CCHC năm nào … trước và sau sắp xếp"), how alike the documents read
    makes no step to cut at (``_before_gap``). A document meeting the most facets whose trích
    yếu says most of the topic (``COVER_TOP``) is relevant however far its mentions read, and
    one meeting them all but the area the question implies answers when its trích yếu says
    half the topic's syllable pairs (``pairs``, ``TELLS_TOPIC``): both are added after the
    cuts by score. ``within``: the question asks a part of a year (a quarter, "6 tháng cuối
    năm 2023", months): of the few documents of that time, every relevant one meeting the
    most facets answers, those the archive only cites too, with no cut by how close they
    read."""
    if not ranked or max(d.score - d.evidence for d in ranked) < FLOOR:
        return []
    best = max(d.score for d in ranked)
    # A trích yếu saying most of the topic makes a document meeting the most facets relevant,
    # however far its mentions read ("danh mục TTHC … được đề nghị và công bố" in 2026: the
    # committee's decision "Công bố Danh mục thủ tục hành chính …", 0.09 below the Tờ trình)
    top_facets = max(d.facets for d in ranked if d.score - d.evidence >= FLOOR)
    relevant = [
        d
        for d in ranked
        if d.score - d.evidence >= FLOOR
        and (
            d.score >= best - RELEVANCE_GAP
            or (
                len(topic) > 2
                and d.facets >= top_facets - 1e-9
                and (subject_cover(d.entry, topic) or 0.0) >= COVER_TOP
            )
        )
    ]
    relevant = _issuing(relevant, instruments) or _founding(relevant, founding) or relevant
    most = max(d.facets for d in relevant)
    group = told_in_subject([d for d in relevant if d.facets >= most - 1e-9], topic)
    group = _of_units(group) if units else group
    if reform_plan:
        group = [
            d for d in group if not d.entry.subject or is_reform_plan(_title(d.entry))
        ] or group
    # Those its trích yếu makes relevant stay, however the others' scores step; and the area
    # is read from the topic's words, so a trích yếu saying half its pairs is that evidence
    # itself: "tiếp nhận, giải quyết TTHC tại Trung tâm PVHCC của xã" in quý III/2025 is also
    # the centre's founding and its Quy chế hoạt động, filed under tổ chức bộ máy.
    told = [d for d in group if d.score < best - RELEVANCE_GAP]
    if len(pairs) > 2 and not (units or reform_plan):
        told += [
            d
            for d in relevant
            if d.off_area
            and abs(d.facets + AREA_WEIGHT - most) < 1e-9
            and (pair_cover(d.entry, pairs) or 0.0) >= TELLS_TOPIC
        ]

    def with_told(found: list[ScoredDocument]) -> list[ScoredDocument]:
        return found + sorted(
            (d for d in told if d not in found), key=lambda d: (-d.score, d.entry.ident)
        )

    # Having a file is the least facet: it breaks a tie, but does not cut a document the
    # archive only cites that reads far closer to the question than any with a file ("các
    # quyết định phê duyệt vị trí việc làm": the committee's decision the reports cite).
    tied = most_facets(relevant)
    # "Văn bản nào về thành lập, tổ chức lại Trung tâm": each relevant one that names it,
    # however their scores step (the 2025 reorganisation, the two 2019 foundings it ended)
    founded = [d for d in tied if names_founding(d.entry, founding)]
    if founded:
        return sorted(founded, key=lambda d: (-d.score, d.entry.ident))
    lead = max(tied, key=lambda d: d.score)
    if not lead.entry.own_source and lead.score - max(d.score for d in group) > OWN_TIE_MARGIN:
        group = tied
    elif within:
        # of a quarter's documents, those the archive only cites are as much the answer
        group = group + [d for d in told_in_subject(tied, topic) if d not in group]
    filed = [d for d in group if area and meets_area(d.entry, d.profile, area)]
    if filed:
        return with_told(sorted(filed, key=lambda d: (-d.score, d.entry.ident)))
    if within:
        # the months asked have chosen the few documents; each relevant one answers
        return with_told(sorted(group, key=lambda d: (-d.score, d.entry.ident)))
    top = max(d.score for d in group)
    median = float(np.median([d.score for d in ranked]))
    margin = max(MIN_MARGIN, KEEP_SHARE * (top - median))
    kept = sorted(
        (d for d in group if d.score >= top - margin), key=lambda d: (-d.score, d.entry.ident)
    )
    return with_told(_before_gap(kept) if named else kept)


# Syllables (folded) that name no topic of a trích yếu: what documents do to one another and
# the asking words ``fit.topic_text`` leaves ("quy định chức năng các phòng …, và bị thay
# bằng QĐ nào" is about "chức năng … phòng").
_NO_COVER = frozenset(
    {
        "quy", "dinh", "ban", "hanh", "thay", "the", "bang", "boi", "sua", "doi", "bo", "sung",
        "bai", "bi", "duoc", "sau", "truoc", "khi", "moi", "cu", "nao", "gi", "ai", "dau",
        "nhung", "cac", "mot", "hay", "hoac", "va", "voi", "ma", "thi", "la", "de", "nhu",
        "ra", "lam", "thuoc", "sang", "no", "ay", "do",
    }
)
# A trích yếu saying this share of the topic's syllables makes the others of the group
# answer only if theirs say some of it: "Những quyết định nào sắp xếp lại tổ chức bộ máy"
# keeps "Quy định chức năng, nhiệm vụ, quyền hạn của Sở" (one syllable of six) beside
# "sắp xếp cơ cấu tổ chức Sở" (four); a half of the best's share cut it.
COVER_TOP = 0.6
# A document off the area the question implies, but meeting its other facets, answers when
# its trích yếu says this share of the topic (set once, not searched).
TELLS_TOPIC = 0.5
_SYLLABLE = re.compile(r"[a-z0-9]+")
_SO = re.compile(r"\b[Ss]ở\b")


# A number that names a subject ("ISO 9001", "TCVN 9001"): four digits or more, no year.
_NAMING_NUMBER = re.compile(r"\d{4,}")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _kept_syllables(text: str) -> list[str]:
    """The syllables of ``text`` (folded, in order) that may name what a document is about:
    not numbers (but those naming a standard, "9001"), single letters or ``_NO_COVER``; nor
    "Sở", which folds to "so" as "số" does ("số hóa"): a topic names no department
    (``fit.topic_text``)."""
    return [
        w
        for w in _SYLLABLE.findall(fold(_SO.sub(" ", text)))
        if len(w) > 1
        and (not w.isdigit() or (_NAMING_NUMBER.fullmatch(w) and not _YEAR.fullmatch(w)))
        and w not in _NO_COVER
    ]


# Where a topic lists its items: "lao động, việc làm, bảo trợ xã hội", "một cửa hoặc dịch vụ
# công" (folded).
_ITEM_SEP = re.compile(r"\s*[,;/]\s*|\s+(?:va|hoac|cung nhu|and|or)\s+")


def topic_items(topic: str) -> tuple[frozenset[str], ...]:
    """The items of a topic that lists two or more, each of two syllables or more that may
    name a subject (``_kept_syllables``); () when it lists fewer."""
    items = tuple(
        part
        for text in _ITEM_SEP.split(fold(topic))
        if len(part := frozenset(_kept_syllables(text))) >= 2
    )
    return items if len(items) >= 2 else ()


def topic_syllables(topic: str) -> frozenset[str]:
    """The syllables of a question's topic (``fit.topic_text``) that may name what a document
    is about (``_kept_syllables``)."""
    return frozenset(_kept_syllables(topic))


def topic_pairs(topic: str) -> frozenset[tuple[str, str]]:
    """The topic's syllables two by two, as they stand (``topic_syllables`` in order): "Trung
    tâm Phục vụ hành chính công" is ("trung", "tam"), ("tam", "phuc") …, so that "quản lý"
    alone does not say "quản lý, sử dụng tài sản công"."""
    return frozenset(pairwise(_kept_syllables(topic)))


def pair_cover(entry: RegistryEntry, pairs: frozenset[tuple[str, str]]) -> float | None:
    """The share of ``pairs`` the trích yếu of ``entry`` says; None when it is not known."""
    if not entry.subject or not pairs:
        return None
    return len(pairs & set(pairwise(_kept_syllables(entry.subject)))) / len(pairs)


def subject_cover(entry: RegistryEntry, topic: frozenset[str]) -> float | None:
    """The share of ``topic`` the trích yếu of ``entry`` says; None when it is not known."""
    if not entry.subject or not topic:
        return None
    return len(topic & set(_kept_syllables(without_agencies(entry.subject)))) / len(topic)


def told_in_subject(
    group: list[ScoredDocument], topic: frozenset[str], items: Sequence[frozenset[str]] = ()
) -> list[ScoredDocument]:
    """``group`` less the documents whose trích yếu says nothing of the topic, when one's
    says most of it (or most of one of its ``items``: "văn bản về lao động, việc làm, bảo
    trợ xã hội" is said by a plan on jobs alone; a list's answer is cut so, not the
    documents ``select`` reads among): e5 reads "Quy chế chi tiêu nội bộ" as close to "chức năng
    các phòng" as the decision on the divisions' functions, but their trích yếu do not say
    it. A document whose trích yếu is not known stays."""
    if len(topic) < 2:
        return group
    covers = {d.entry.key: subject_cover(d.entry, topic) for d in group}
    top = max(
        (c for part in (topic, *items) for d in group if (c := subject_cover(d.entry, part))),
        default=0.0,
    )
    if top < COVER_TOP:
        return group
    kept = [d for d in group if (c := covers[d.entry.key]) is None or c > 0]
    return kept or group


# Instruments a decision issues, which its trích yếu names ("Ban hành Quy chế …"); a plan is
# a type of its own, named or not in its trích yếu. "Quy định" is asked only in English
# ("the online licensing rules": ``query._ENGLISH_RULES``).
_ISSUED_INSTRUMENTS = frozenset({"Quy chế", "Quy định", "Đề án", "Phương án"})


def issued(instruments: Sequence[str]) -> list[str]:
    """The instruments of ``instruments`` a decision issues, folded: "Quy chế", not "Kế
    hoạch" (a plan's own trích yếu seldom names it)."""
    return [fold(i) for i in instruments if i in _ISSUED_INSTRUMENTS]


def _issuing(group: Sequence[ScoredDocument], instruments: Sequence[str]) -> list[ScoredDocument]:
    """The documents of ``group`` whose trích yếu names an instrument of ``instruments``, or
    is unknown (a document only cited)."""
    named = issued(instruments)
    if not named:
        return []
    return [d for d in group if may_issue(d.entry, named)]


# The acts that make or remake a body, and the bodies, as a question names them before it
# ("QĐ thành lập Sở Tư pháp mới", "văn bản về thành lập, tổ chức lại Trung tâm"); not a
# merger ("hợp nhất Sở", "sáp nhập xã"), which questions ask with all it brought. Folded.
_FOUNDING_ACT = r"thanh lap|to chuc lai|kien toan|giai the|chia tach"
_FOUNDED_BODY = (
    r"so|trung tam|ban|to|hoi dong|phong|bo phan|van phong|chi cuc|doan|don vi|co quan"
    r"|xa|phuong|thi tran|huyen"
)
_FOUNDING_RE = re.compile(
    rf"\b(?P<acts>(?:{_FOUNDING_ACT})(?:(?:\s*,\s*|\s+(?:va|hoac)\s+)(?:{_FOUNDING_ACT}))*)"
    rf"\s+(?P<body>{_FOUNDED_BODY})\b"
)
_FOUNDING_ONE = re.compile(rf"\b(?:{_FOUNDING_ACT})\b")


def founding_acts(folded: str) -> tuple[tuple[str, str], ...]:
    """The acts on a body a (folded) question names, with the body: "qd thanh lap so tu
    phap moi" gives (("thanh lap", "so"),); "thanh lap, to chuc lai trung tam" both acts
    on "trung tam"; "ho so thanh lap cum cong nghiep" (a procedure's subject) none."""
    found = [
        (act, m["body"])
        for m in _FOUNDING_RE.finditer(folded)
        for act in _FOUNDING_ONE.findall(m["acts"])
    ]
    return tuple(dict.fromkeys(found))


def names_founding(entry: RegistryEntry, founding: Sequence[tuple[str, str]]) -> bool:
    """Whether ``entry``'s trích yếu names one of the acts of ``founding`` on its body
    ("thành lập Trung tâm Phục vụ hành chính công tỉnh" for ("thanh lap", "trung tam"))."""
    subject = fold(entry.subject or "")
    return any(re.search(rf"\b{act}\s+{body}\b", subject) for act, body in founding)


def _founding(
    group: Sequence[ScoredDocument], founding: Sequence[tuple[str, str]]
) -> list[ScoredDocument]:
    """The documents of ``group`` whose trích yếu names an act of ``founding`` on its body,
    or is unknown; none when no trích yếu names one."""
    named = [d for d in group if names_founding(d.entry, founding)]
    if not named:
        return []
    return [d for d in group if d in named or not d.entry.subject]


def may_issue(entry: RegistryEntry, named: Sequence[str]) -> bool:
    """Whether ``entry``'s trích yếu names one of the (folded) instruments ``named``, or is
    not known."""
    subject = fold(entry.subject or "")
    return not subject or any(n in subject for n in named)


def latest_of(
    ranked: Sequence[ScoredDocument], *, every: bool, earliest: bool = False
) -> list[ScoredDocument]:
    """For "kế hoạch mới nhất", "QĐ công bố TTHC gần đây nhất": of the documents meeting the
    most facets the question implies (having a file aside), those relevant to its topic
    (within ``RELEVANCE_GAP`` of the best, as for any list; all when it names none,
    ``every``), the last issued (the first, ``earliest``: "QĐ đầu tiên năm 2023"); [] when
    none is dated."""
    if not ranked:
        return []
    group = most_facets(ranked)
    if not every:
        best = max(d.score for d in group)
        group = [d for d in group if d.score >= best - RELEVANCE_GAP]
    dated = [d for d in group if d.entry.date]
    if not dated:
        return []
    latest = (min if earliest else max)(d.entry.date or "" for d in dated)
    return [d for d in dated if d.entry.date == latest]


def most_facets(docs: Sequence[ScoredDocument]) -> list[ScoredDocument]:
    """The documents meeting the most implied facets, having a file aside: it is the least
    facet (``fit.OWN_WEIGHT``), not what makes one fit."""
    top = max(map(bare_facets, docs))
    return [d for d in docs if bare_facets(d) >= top - 1e-9]


def bare_facets(d: ScoredDocument) -> float:
    """The implied facets ``d`` meets, having a file aside (``fit.OWN_WEIGHT``)."""
    return d.facets - (OWN_WEIGHT if d.entry.own_source else 0.0)


def _before_gap(kept: list[ScoredDocument]) -> list[ScoredDocument]:
    """``kept`` (best first) cut at its widest gap when that gap stands out: the documents
    the question names read alike and then the merely related ones follow, a step lower
    (the Sở's functions, then its units' functions and its working rules)."""
    if len(kept) < 3:
        return kept
    scores = [d.score for d in kept]
    gaps = [a - b for a, b in pairwise(scores)]
    cut = max(range(len(gaps)), key=gaps.__getitem__)
    spread = scores[0] - scores[-1]
    if gaps[cut] >= GAP_MIN and gaps[cut] >= GAP_SHARE * spread:
        return kept[: cut + 1]
    return kept


# A department's own symbol (SKHĐT, STC, SNV); another department's files must reach a
# MAIN_SHARE-th of the archive's main issuer's to be one of its own bodies.
_DEPARTMENT = re.compile(r"S[A-ZĐ]")


def every_fitting(
    ranked: Sequence[ScoredDocument],
    *,
    by_type: bool = False,
    by_other: bool = False,
    by_own: bool = False,
) -> list[ScoredDocument]:
    """For a question that names no topic ("văn bản nào ban hành năm 2022"): every document
    meeting the most implied facets, by date; the archive's own documents when it holds
    any such — those it has a file of, and those it only cites that the issuer of most of
    its files of that kind issued (the Sở's inspection plan a report cites is one of its
    documents; a decree or a province's decision its files cite is not; with ``by_type``,
    the Phòng Nội vụ's Tờ trình a decision cites is, when the Tờ trình with files are the
    Phòng's). ``by_other``: the question names another issuer than the archive's own and a
    time ("Năm 2022 UBND tỉnh đã ban hành những văn bản nào"), whose documents the archive
    mostly cites: every one meeting the most facets answers. ``by_own``: the question names
    the archive's own body as the issuer ("Sở ban hành những VB nào trong quý III"): not
    another body's document the archive keeps a file of (the province's list of the Sở's
    procedures)."""
    if not ranked:
        return []
    group = most_facets(ranked)
    if by_other:
        return sorted(group, key=lambda d: (d.entry.date or "", d.entry.ident))
    issuers = Counter(d.entry.issuer for d in ranked if d.entry.own_source and d.entry.issuer)
    mains = set()
    if issuers:
        top, most = issuers.most_common(1)[0]
        # and a department merged with it, whose files the archive holds too (the Sở Kế
        # hoạch và Đầu tư's, in the new Sở Tài chính's archive)
        mains = {top} | {
            i
            for i, n in issuers.items()
            if n * MAIN_SHARE >= most and _DEPARTMENT.match(i) and _DEPARTMENT.match(top)
        }
    # and, for a type asked for by no issuer (``by_type``), the one body whose files of that
    # type the archive holds (the Phòng's Tờ trình, where most files are the committee's)
    asked = {d.entry.issuer for d in group if d.entry.own_source and d.entry.issuer}
    if by_type and len(asked) == 1:
        mains |= asked
    own = [
        d
        for d in group
        if (d.entry.own_source and not (by_own and mains and d.entry.issuer not in {None, *mains}))
        or d.entry.issuer in mains
    ]
    return sorted(own or group, key=lambda d: (d.entry.date or "", d.entry.ident))


# A year, a period's span or a number in a trích yếu: what differs between a series' members
# ("Cải cách hành chính năm 2024", "… năm 2025").
_YEARLY = re.compile(r"\b(?:nam\s+)?(?:19|20)\d\d\b|\d+")


def series_key(subject: str) -> str:
    """A trích yếu without its years and numbers (folded): the same for each year's document
    of a series."""
    return " ".join(_YEARLY.sub(" ", fold(subject)).split())


# Where a series key's own words end: the issuer named after them, a citing text's clause.
_KEY_TAIL = re.compile(r"\s(?:cua|,)\s.*$|\s,.*$|\s+thay the$")


def series_head(subject: str) -> str:
    """``series_key`` without the issuer it names and what a citing text adds after a
    comma: "ban hanh quy che chi tieu noi bo" both of a decision's own trích yếu "… năm 2022
    của Sở Nông nghiệp …" and of the words a report cites the next year's by ("ban hành Quy
    chế chi tiêu nội bộ năm 2023, thay thế")."""
    return _KEY_TAIL.sub("", series_key(subject)).strip()


# The share of their words (years and numbers aside) two trích yếu must have in common for
# two documents one replaced to be versions of one instrument (``same_subject``): "Bộ tiêu
# chí … Chỉ số CCHC của UBND các xã, thị trấn" and its successor "… thuộc huyện Đông Sơn"
# (0.85), not "Cải cách hành chính năm 2023" and "Kiểm tra công tác cải cách hành chính năm
# 2024" (0.57). Set by hand, high: a rule's versions say the same thing.
SAME_SUBJECT = 0.75
_WORD = re.compile(r"\w+")


def same_subject(a: str | None, b: str | None) -> bool:
    """Whether two trích yếu say the same, but for years, numbers and a few words."""
    if not (a and b):
        return False
    x, y = set(_WORD.findall(series_key(a))), set(_WORD.findall(series_key(b)))
    return len(x & y) >= 3 and len(x & y) >= SAME_SUBJECT * len(x | y)


_ONE_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def subject_year(subject: str | None) -> int | None:
    """The one year a trích yếu names ("Cải cách hành chính năm 2024" → 2024), None when it
    names none or several ("… giai đoạn 2021 - 2025")."""
    found = _ONE_YEAR.findall(subject or "")
    return int(found[0]) if len(found) == 1 else None


def same_series(best: ScoredDocument, ranked: Sequence[ScoredDocument]) -> list[ScoredDocument]:
    """The documents of ``ranked`` of the series ``best`` belongs to: of its issuer and type,
    whose trích yếu reads the same but for its years, by date; with a file, or, of a series
    the archive knows only from citing (the province's yearly plans each plan of the
    department carries out), without."""
    e = best.entry
    if not e.subject:
        return []
    key = series_key(e.subject)
    found = [
        d
        for d in ranked
        if (d.entry.own_source or not e.own_source)
        and d.entry.subject
        and d.entry.code == e.code
        and d.entry.issuer == e.issuer
        and series_key(d.entry.subject) == key
    ]
    return sorted(found, key=lambda d: (d.entry.date or "", d.entry.ident))


def whole_period_first(documents: list[ScoredDocument], period: Period) -> list[ScoredDocument]:
    """``documents`` with those concerning the whole ``period`` first, then those concerning
    a part of it, each in their order: "Năm ngoái kết quả CCHC được báo cáo ở văn bản nào"
    asks for the year's report before the six-month one, "Năm 2024 có những kế hoạch nào"
    for the year's plan first; "Các báo cáo CCHC năm 2026" for the year's quarters before the
    2025 report issued in its January."""

    def place(d: ScoredDocument) -> int:
        own = d.profile.period if d.profile is not None else None
        if own == period:
            return 0
        return 1 if own is not None and period.start <= own.start and own.end <= period.end else 2

    return sorted(documents, key=place)  # (stable: each group in its order)


def _contexts(e: RegistryEntry, chunks: ChunkMap) -> list[tuple[str, str | None, str]]:
    """(text, source, locator) for each mention, plus the document's own subject."""
    out: list[tuple[str, str | None, str]] = []
    for m in e.mentions:
        found = chunks.context(m)
        if found is not None:
            text, chunk = found
            out.append((text, m.source, chunk.locator))
    if e.subject:
        source, locator = (out[0][1], out[0][2]) if out else (e.own_source, "header")
        out.append((f"{e.kind or ''} {e.subject}".strip(), source, locator))
    return out


def _cap(
    entries: Sequence[RegistryEntry],
    chunks: ChunkMap,
    prior: dict[str, float],
    fitting: frozenset[int] = frozenset(),
) -> list[RegistryEntry]:
    """The ``MAX_CANDIDATES`` entries search ranks highest, then up to ``MAX_FITTING`` of
    the others whose index is in ``fitting``."""
    if len(entries) <= MAX_CANDIDATES:
        return list(entries)
    order = sorted(
        range(len(entries)), key=lambda i: _retrieved(entries[i], chunks, prior), reverse=True
    )
    more = [i for i in order[MAX_CANDIDATES:] if i in fitting][:MAX_FITTING]
    return [entries[i] for i in order[:MAX_CANDIDATES] + more]


def _fitting(
    entries: Sequence[RegistryEntry], profiles: ProfileMap, asked: Asked
) -> frozenset[int]:
    """The indexes of the entries meeting the most facets, when those are two or more (a
    year and a type at least); having a file is no facet here."""
    if len(entries) <= MAX_CANDIDATES:
        return frozenset()
    scores = [
        facet_score(e, profiles.get(profile_key(e)), asked) - (OWN_WEIGHT if e.own_source else 0.0)
        for e in entries
    ]
    best = max(scores)
    if best < min(YEAR_WEIGHT, PERIOD_WEIGHT) + TYPE_WEIGHT - 1e-9:
        return frozenset()
    return frozenset(i for i, s in enumerate(scores) if s >= best - 1e-9)


def _retrieved(
    e: RegistryEntry,
    chunks: ChunkMap,
    prior: dict[str, float],
    topics: dict[tuple[str, str], float] | None = None,
) -> float:
    """The best retrieval score among the chunks that mention ``e`` or, when ``topics``
    is given, among all the chunks of their topics (see ``ChunkMap.by_topic``): a report
    section is about one thing, and search lifts the chunk that names it, not
    necessarily the one that cites the document."""
    scores = [
        max(prior.get(c.id, 0.0), (topics or {}).get((c.source, topic_of(c)), 0.0))
        for m in e.mentions
        if (c := chunks.chunk_at(m.source, m.start)) is not None
    ]
    # Its own file's opening (header, trích yếu, first article) says what it is: a decision
    # no other file mentions yet is found there; and a rule stated only in its body ("cấm
    # uống rượu, bia trong giờ làm việc" in a Quy chế's Điều 9) is found in that body — not a
    # report's, which tells of every other document.
    own = chunks.of_file(e)
    if e.code == "BC":
        own = own[:1]
    scores += [prior.get(c.id, 0.0) for c in own]
    return max(scores, default=0.0)
