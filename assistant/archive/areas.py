"""Reform areas, learned from the archive's own past reports.

A department's report files its work under numbered sections ("3. Cải cách tổ chức
bộ máy hành chính nhà nước"); the documents a section cites are labelled examples of
that area, and its text is the area's vocabulary as this department writes it. Each
area's own description (the report's headings, Nghị quyết 76/NQ-CP's wording) is the
prior, so an archive without a past report still gets areas. Terms are weighed against
the archive itself (what every document of a Sở Tư pháp says, "pháp luật", tells no
area apart), a document's title above its body, and a document organised by several
areas (a CCHC plan) is about the reform as a whole. Pure: texts in, codes out; no
file, index or model is read here.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from assistant.archive.relation_text import blank_markup
from assistant.citations.normalize import fold, normalize
from assistant.ingest.sections import Section, parse_sections

# DESIGN.md's codes: the report's opening part, then the six areas of NQ 76/NQ-CP.
OPENING = ("chi_dao_dieu_hanh", "kiem_tra", "tuyen_truyen")
SIX = (
    "the_che",
    "thu_tuc_hanh_chinh",
    "to_chuc_bo_may",
    "che_do_cong_vu",
    "tai_chinh_cong",
    "chinh_quyen_so",
)
CODES = OPENING + SIX

# Each area's name as reports head it, and what NQ 76/NQ-CP (Chương trình tổng thể
# CCHC 2021-2030) and the report outline put under it: the prior, written from those
# texts, not from any test document.
DESCRIPTIONS: dict[str, str] = {
    "chi_dao_dieu_hanh": "Công tác chỉ đạo, điều hành cải cách hành chính. Ban hành kế hoạch "
    "cải cách hành chính năm; ban chỉ đạo; phân công nhiệm vụ; đánh giá, chấm điểm, xác "
    "định chỉ số cải cách hành chính, chỉ số hài lòng; báo cáo kết quả cải cách hành chính; "
    "trách nhiệm người đứng đầu.",
    "kiem_tra": "Kiểm tra cải cách hành chính. Kế hoạch kiểm tra, đoàn kiểm tra, tự kiểm "
    "tra, kiểm tra công vụ; kết luận kiểm tra; chấn chỉnh, khắc phục tồn tại, hạn chế qua "
    "kiểm tra.",
    "tuyen_truyen": "Thông tin, tuyên truyền cải cách hành chính. Tuyên truyền, phổ biến, "
    "tập huấn, hội nghị, hội thi, cuộc thi tìm hiểu; tin, bài trên trang thông tin điện "
    "tử, báo, đài; nâng cao nhận thức của cán bộ, công chức và người dân.",
    "the_che": "Cải cách thể chế. Xây dựng, hoàn thiện thể chế; xây dựng, ban hành văn bản "
    "quy phạm pháp luật; rà soát, hệ thống hóa, kiểm tra, xử lý văn bản quy phạm pháp luật; "
    "tổ chức thi hành pháp luật; cơ chế, chính sách.",
    "thu_tuc_hanh_chinh": "Cải cách thủ tục hành chính. Kiểm soát, rà soát, đơn giản hóa "
    "thủ tục hành chính; công bố, công khai thủ tục hành chính; cơ chế một cửa, một cửa "
    "liên thông; Bộ phận tiếp nhận và trả kết quả; tiếp nhận, giải quyết hồ sơ; phản ánh, "
    "kiến nghị của cá nhân, tổ chức.",
    "to_chuc_bo_may": "Cải cách tổ chức bộ máy hành chính nhà nước. Rà soát, sắp xếp, kiện "
    "toàn tổ chức bộ máy; chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức; thành lập, tổ "
    "chức lại, giải thể, sáp nhập phòng, đơn vị; tinh giản biên chế, quản lý biên chế; đơn "
    "vị sự nghiệp công lập; phân cấp, phân quyền.",
    "che_do_cong_vu": "Cải cách chế độ công vụ. Vị trí việc làm, cơ cấu ngạch công chức, "
    "chức danh nghề nghiệp viên chức; tuyển dụng, sử dụng, đánh giá, xếp loại cán bộ, công "
    "chức, viên chức; đào tạo, bồi dưỡng; bổ nhiệm, luân chuyển; kỷ luật, kỷ cương hành "
    "chính, đạo đức công vụ.",
    "tai_chinh_cong": "Cải cách tài chính công. Quản lý, sử dụng ngân sách nhà nước, tài "
    "sản công; cơ chế tự chủ tài chính của cơ quan hành chính và đơn vị sự nghiệp công lập; "
    "chi tiêu, dự toán, quyết toán kinh phí; thực hành tiết kiệm, chống lãng phí.",
    "chinh_quyen_so": "Xây dựng và phát triển chính quyền điện tử, chính quyền số. Ứng dụng "
    "công nghệ thông tin, chuyển đổi số; dịch vụ công trực tuyến; hệ thống quản lý văn bản "
    "và điều hành, văn bản điện tử, chữ ký số; cơ sở dữ liệu, phần mềm, trang thông tin "
    "điện tử; hiện đại hóa hành chính; hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001.",
}

# How an archive's documents name an area's work where the outline's words do not: the
# two-tier reform's merger (NQ 76/2025/UBTVQH15: the units merged, their seals and
# premises, the staff left over) and a body's working rules (every archive's truth files
# a Quy chế làm việc under chế độ công vụ first). Part of the prior for documents only: a
# question's area is read from the outline's words (``area_of_text``).
DOCUMENT_WORDS: dict[str, str] = {
    "to_chuc_bo_may": "Nhập, sáp nhập, hợp nhất đơn vị hành chính; con dấu, trụ sở, tài "
    "sản của đơn vị cũ; bố trí cán bộ, công chức dôi dư.",
    "che_do_cong_vu": "Quy chế làm việc, chế độ làm việc, lề lối làm việc.",
}
PRIORS: dict[str, str] = {
    area: f"{text} {DOCUMENT_WORDS.get(area, '')}".strip() for area, text in DESCRIPTIONS.items()
}

# Phrases of a section heading that name an area (folded). A heading naming exactly one
# area labels its section; the words every heading shares ("cải cách hành chính") are not here.
HEADINGS: dict[str, tuple[str, ...]] = {
    "chi_dao_dieu_hanh": ("chi dao", "dieu hanh", "ke hoach cai cach hanh chinh", "ke hoach cchc"),
    "kiem_tra": ("kiem tra",),
    # "thông tin" as the work of informing, not "công nghệ thông tin" (chính quyền số's),
    # "trang thông tin điện tử", nor a Sở Thông tin và Truyền thông's name
    "tuyen_truyen": (
        "tuyen truyen",
        "(?<!cong nghe )(?<!trang )(?<!he thong )thong tin(?! va truyen thong)(?! dien tu)",
        "tap huan",
    ),
    "the_che": ("the che", "van ban quy pham"),
    "thu_tuc_hanh_chinh": ("thu tuc hanh chinh", "tthc", "mot cua"),
    "to_chuc_bo_may": ("to chuc bo may", "bo may", "sap xep don vi hanh chinh"),
    "che_do_cong_vu": ("che do cong vu", "cong vu", "doi ngu can bo"),
    "tai_chinh_cong": ("tai chinh cong",),
    "chinh_quyen_so": (
        "chinh quyen dien tu",
        "chinh quyen so",
        "chinh phu dien tu",
        "chinh phu so",
        "chuyen doi so",
        "hien dai hoa",
        "cong nghe thong tin",
        "he thong thong tin",
    ),
}
_HEADING_RES = {
    code: re.compile(
        r"\b(?:" + "|".join(p if "(?" in p else re.escape(p) for p in phrases) + r")\b"
    )
    for code, phrases in HEADINGS.items()
}


def heading_pattern(area: str) -> re.Pattern[str]:
    """The phrases that name ``area`` in a heading (folded text)."""
    return _HEADING_RES[area]


def heading_areas(title: str) -> list[str]:
    """Every area whose heading phrase ``title`` holds, in ``CODES`` order."""
    folded = fold(title)
    return [code for code, pattern in _HEADING_RES.items() if pattern.search(folded)]


def area_of_heading(title: str) -> str | None:
    """The area a report's section heading names, None if none or several."""
    found = heading_areas(title)
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True)
class AreaSection:
    """A stretch of a report filed under one area (or two, under a heading naming both)."""

    area: str
    start: int
    end: int
    title: str
    # Under the opening part's heading and no sub-heading naming one of its areas: the
    # work may be its plan, its inspection or its communication (see ``filed_shares``).
    general: bool = False
    # Under a heading naming two areas ("II. Cải cách thể chế, tổ chức bộ máy", as a
    # commune's short report heads them): the work may be of either (``area`` the first).
    shared: tuple[str, ...] = ()


def area_sections(text: str) -> list[AreaSection]:
    """The stretches of a report's text filed under each area, innermost first wins.

    A sub-heading of one of the six areas stays in it ("a) Công tác chỉ đạo" under
    "6. Chính quyền số" is that area's); the opening part's headings give way to their
    sub-sections ("I. Công tác chỉ đạo, điều hành" holding "2. Về kiểm tra"). A
    stretch starts at its heading, so work written on the heading's line is filed too.
    A heading naming two areas files its work under both; text copied from the web
    keeps its tags (``<p><b>1. Chỉ đạo, điều hành</b></p>``), read as blanks.
    """
    out: list[AreaSection] = []
    root = parse_sections(blank_markup(text))
    # A short outline (a commune's) heads no inspection or communication of its own:
    # its "Chỉ đạo, điều hành" holds them too, as the opening part's general text does.
    opening_only = not {"kiem_tra", "tuyen_truyen"} & set(_outline_named(root))

    def walk(node: Section, inherited: str | None, shared: tuple[str, ...]) -> None:
        named = heading_areas(node.title) if node.kind != "root" else []
        if not named and inherited is None and _CLOSING_PART.search(fold(node.title)):
            return  # "IV. Phương hướng, nhiệm vụ": next period's tasks, none filed
        own = named[0] if len(named) == 1 else None
        area: str | None
        if inherited in SIX and not shared:
            area = inherited
        elif own:
            area, shared = own, ()
        elif len(named) == 2 and not shared:
            area, shared = named[0], tuple(named)
        else:
            area = inherited
        general = area in OPENING and (own is None or (own == "chi_dao_dieu_hanh" and opening_only))
        # From the heading on: a report may write a section's work on its heading's line
        # ("3. Cải cách tổ chức bộ máy: … theo Quyết định số 162/QĐ-STP …").
        cursor = node.start
        for child in node.children:
            if area and child.start > cursor:
                out.append(AreaSection(area, cursor, child.start, node.title, general, shared))
            walk(child, area, shared)
            cursor = child.end
        if area and node.end > cursor:
            out.append(AreaSection(area, cursor, node.end, node.title, general, shared))

    walk(root, None, ())
    # The report ends at its recipients and signature: an appendix after them (a table of
    # the documents issued in the year, row by row) is filed under no area.
    end = _SIGNED_OFF.search(text)
    stop = end.start() if end else len(text)
    kept = [replace(s, end=min(s.end, stop)) for s in out if s.start < stop]
    return _run_in(blank_markup(text), sorted(kept, key=lambda s: s.start))


# Where a report's body ends: its recipients ("Nơi nhận:") or an appendix heading.
_SIGNED_OFF = re.compile(r"^[ \t]*(?:Nơi nhận\s*:|PHỤ LỤC\b|Phụ lục\s*$)", re.M)


# A paragraph that opens with the work it is about, as a short report writes another
# area's work under the heading at hand ("III. Cải cách thủ tục hành chính … Công tác
# tuyên truyền thực hiện theo Kế hoạch số 14/KH-UBND …"): a heading run into its text.
_RUN_IN = re.compile(r"^[ \t]*(?:[-–•+][ \t]*)?(?:[Vv]ề )?[Cc]ông tác [^\n.:;]+", re.M)


# The closing parts of a report, which file no work under an area (folded): its
# shortcomings, the next period's tasks, its requests.
_CLOSING_PART = re.compile(
    r"\b(?:ton tai|han che|kho khan|vuong mac|phuong huong|nhiem vu trong tam|thoi gian toi"
    r"|ky toi|kien nghi|de xuat)\b"
)


def _run_in(text: str, sections: list[AreaSection]) -> list[AreaSection]:
    """``sections`` with each run-in paragraph naming one other area filed under it."""
    out = list(sections)
    for m in _RUN_IN.finditer(text):
        named = heading_areas(m.group())
        at = next((i for i, s in enumerate(out) if s.start <= m.start() < s.end), None)
        if len(named) != 1 or at is None or out[at].area == named[0]:
            continue
        host, eol = out[at], text.find("\n", m.start())
        end = min(host.end, eol if eol >= 0 else len(text))
        pieces = [
            replace(host, end=m.start()),
            AreaSection(named[0], m.start(), end, m.group().strip()),
            replace(host, start=end),
        ]
        out[at : at + 1] = [p for p in pieces if p.end > p.start]
    return out


def _outline_named(node: Section) -> list[str]:
    """Every area a heading of the tree under ``node`` names."""
    own = heading_areas(node.title) if node.kind != "root" else []
    return own + [a for child in node.children for a in _outline_named(child)]


def section_at(sections: Sequence[AreaSection], offset: int) -> AreaSection | None:
    """The section holding ``offset``, None outside any."""
    return next((s for s in sections if s.start <= offset < s.end), None)


def area_at(sections: Sequence[AreaSection], offset: int) -> str | None:
    """The area of the section holding ``offset``, None outside any."""
    found = section_at(sections, offset)
    return found.area if found else None


def filed_shares(section: AreaSection) -> dict[str, float]:
    """What a mention in ``section`` says of the area of the document it cites: its area,
    or, in the opening part's general text, any of the opening part's three alike, or,
    under a heading naming two areas, either of them alike."""
    if section.general:
        return dict.fromkeys(OPENING, 1 / len(OPENING))
    if section.shared:
        return dict.fromkeys(section.shared, 1 / len(section.shared))
    return {section.area: 1.0}


# --- the classifier ------------------------------------------------------------------------

_SYLLABLE = re.compile(r"[a-z]+")
_CLAUSE = re.compile(r"[^,.;:()\n]+")
# Syllables that carry no area ("của", "năm", "về việc"; "cấp" of "cấp tỉnh", "cấp xã",
# "cấp phép"); bigrams keep them in phrases ("phân cấp").
_STOP_WORDS = (
    "va cua cac nhung ve viec nam so ngay thang theo tai trong cho voi duoc da la mot "
    "nay do tren den tu khi de co thuc hien cong tac cai cach hanh chinh cap"
)
_STOP = frozenset(_STOP_WORDS.split())


@dataclass(frozen=True)
class Weights:
    """The classifier's weights. ``prior``, ``title`` and ``background`` were chosen by
    cross-validation across two archives (``python bench/areas.py --cv``, figures in
    bench/data/README.md), none fitted to one test set; ``filed`` scored the same at every
    value tried, so its earlier value stays; ``keep_share`` only trims the areas after
    the first, which no bench scores.

    Attributes:
        prior: how many labelled examples an area's own description counts as: with few
            examples the prior leads, with many the archive's own filing does.
        title: share of the trích yếu (what the document does) in its vector, against
            the rest of its text (the body of its own file, or the sentences citing it).
        background: IDF added to every term: 0 gives the vocabulary every document of
            the archive shares ("pháp luật" in a Sở Tư pháp) no weight at all.
        filed: weight of where the archive's reports file a document (share of its
            report mentions in each area) against the text similarity.
        keep_share: areas kept after the first score within this share of the best.
    """

    prior: float = 8.0
    title: float = 0.9
    background: float = 0.0
    filed: float = 0.5
    keep_share: float = 0.75


WEIGHTS = Weights()
MAX_AREAS = 3
# A document whose own outline files its text under this many of the six areas (a
# Kế hoạch CCHC năm, a Báo cáo CCHC) is about the reform as a whole: chỉ đạo, điều hành.
CROSS_AREAS = 3

Vector = dict[str, float]


def features(text: str) -> Mapping[str, int]:
    """Folded syllables (no stop words) and syllable bigrams within a clause (cached: an
    archive's texts are weighed again for every area model trained on them)."""
    return _features(text)


@functools.lru_cache(maxsize=4096)
def _features(text: str) -> Mapping[str, int]:
    # A syllable keeps its tone marks ("đoàn kiểm tra" is not "giai đoạn"); a two-syllable
    # word is folded, so a text typed without them still matches.
    folded, marked = fold(text), normalize(text).lower()
    counts: Counter[str] = Counter()
    for clause in _CLAUSE.finditer(folded):
        spans = [m.span() for m in _SYLLABLE.finditer(folded, *clause.span())]
        words = [folded[a:b] for a, b in spans]
        counts.update(
            marked[a:b]
            for (a, b), w in zip(spans, words, strict=True)
            if w not in _STOP and len(w) > 1
        )
        counts.update(f"{a}_{b}" for a, b in itertools.pairwise(words))
    return MappingProxyType(dict(counts))


def _unit(v: Vector) -> Vector:
    n = math.sqrt(sum(x * x for x in v.values()))
    return {k: x / n for k, x in v.items()} if n else v


def _cosine(a: Vector, b: Vector) -> float:
    small, big = (a, b) if len(a) < len(b) else (b, a)
    return sum(x * big.get(k, 0.0) for k, x in small.items())


def _add(into: Vector, v: Mapping[str, float], scale: float = 1.0) -> None:
    for k, x in v.items():
        into[k] = into.get(k, 0.0) + scale * x


class AreaModel:
    """A centroid per area over TF-IDF features: the prior plus labelled examples.

    Term weights are relative to the archive: a term every document of the department
    uses says nothing about which area one of them is in.
    """

    def __init__(
        self, idf: Mapping[str, float], centroids: Mapping[str, Vector], weights: Weights = WEIGHTS
    ) -> None:
        self.idf = dict(idf)
        self.centroids = dict(centroids)
        self.weights = weights

    @classmethod
    def train(
        cls,
        examples: Iterable[tuple[str, str]],
        *,
        corpus: Iterable[str] = (),
        weights: Weights = WEIGHTS,
        priors: Mapping[str, str] = PRIORS,
    ) -> AreaModel:
        """Learn from ``(area, text)`` examples, with ``priors`` as the prior.

        Args:
            examples: labelled texts (report sections, the documents they cite).
            corpus: the archive's documents (their descriptions): the background the term
                weights are taken against. Without one, the priors are.
            weights: see ``Weights``.
            priors: each area's own text (``PRIORS``: its description and how documents
                name its work; ``DESCRIPTIONS`` alone for a question).
        """
        bags = [features(t) for t in corpus] or [features(t) for t in priors.values()]
        df: Counter[str] = Counter()
        for bag in bags:
            df.update(bag.keys())
        n = len(bags)
        idf = {w: math.log((1 + n) / (1 + d)) + weights.background for w, d in df.items()}
        model = cls(idf, {}, weights)
        sums: dict[str, Vector] = {a: {} for a in priors}
        counts: Counter[str] = Counter()
        for area, text in examples:
            if area in sums:
                counts[area] += 1
                _add(sums[area], model.vector(text))
        for area, prior in priors.items():
            _add(sums[area], model.vector(prior), weights.prior)
            model.centroids[area] = _unit(sums[area])
        return model

    def _weigh(self, text: str) -> Vector:
        # A term the background never saw is as rare as can be.
        rare = max(self.idf.values(), default=1.0)
        return _unit(
            {k: (1 + math.log(c)) * self.idf.get(k, rare) for k, c in features(text).items()}
        )

    def vector(self, text: str) -> Vector:
        """A text's unit vector: its first line (the kind and trích yếu) weighs
        ``weights.title``, the rest the remainder."""
        title, _, body = text.partition("\n")
        head, rest = self._weigh(title), self._weigh(body)
        if not rest:
            return head
        if not head:
            return rest
        out: Vector = {}
        _add(out, head, self.weights.title)
        _add(out, rest, 1 - self.weights.title)
        return _unit(out)

    def scores(self, text: str) -> dict[str, float]:
        """Cosine similarity of ``text`` (first line its title) to each area."""
        v = self.vector(text)
        return {a: _cosine(v, c) for a, c in self.centroids.items()}


# A question names an area when its own vocabulary scores it this many times the next.
CLEAR_RATIO = 2.0
_PRIOR_MODEL: AreaModel | None = None


def area_of_text(text: str) -> str | None:
    """The one area a short text (a question, a section title) is clearly about, or None.

    A heading phrase decides ("tổ chức bộ máy"); else the areas' own descriptions do,
    when one scores ``CLEAR_RATIO`` times the next.
    """
    named = area_of_heading(text)
    if named:
        return named
    global _PRIOR_MODEL
    if _PRIOR_MODEL is None:
        # No archive here: the descriptions are the background, and a term they all
        # share keeps some weight, as when question understanding was tuned.
        _PRIOR_MODEL = AreaModel.train(
            [], weights=replace(WEIGHTS, background=1.0), priors=DESCRIPTIONS
        )
    ranked = sorted(_PRIOR_MODEL.scores(text).items(), key=lambda kv: -kv[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top > 0 and top >= CLEAR_RATIO * second else None


# A plan or programme of the reform as a whole ("Kế hoạch cải cách hành chính năm 2024",
# "ban hành Kế hoạch CCHC giai đoạn 2021 - 2025"): the instrument of chỉ đạo, điều hành
# (one of its area's own criteria), unless its title names an area.
_REFORM_PLAN = re.compile(
    r"^(?:(?:quyet dinh|cong van|to trinh) )?(?:ve viec )?"
    r"(?:(?:ban hanh|phe duyet|trien khai) )?(?:ke hoach|chuong trinh) "
    r"(?:thuc hien )?(?:cong tac )?(?:cai cach hanh chinh|cchc)\b"
)


def is_reform_plan(title: str) -> bool:
    """Whether a title (kind and trích yếu) is the plan of the reform as a whole."""
    folded = " ".join(fold(title).split())
    return bool(_REFORM_PLAN.match(folded)) and not _names_other_area(folded)


def _names_other_area(folded: str, *also: str) -> bool:
    """Whether a folded title holds the heading phrase of an area other than chỉ đạo, điều
    hành (and ``also``)."""
    skip = ("chi_dao_dieu_hanh", *also)
    return any(p.search(folded) for a, p in _HEADING_RES.items() if a not in skip)


# A report on the reform as a whole ("Báo cáo Kết quả thực hiện công tác cải cách hành chính 6
# tháng đầu năm 2025"): chỉ đạo, điều hành first, as in all 174 such titles of the twenty
# archives' truth files, though a report written in prose heads only one or two areas.
_REFORM_REPORT = re.compile(r"^bao cao\b(?:\W+\w+){0,8}?\W+(?:cai cach hanh chinh|cchc)\b")


def is_reform_report(title: str) -> bool:
    """Whether a title (kind and trích yếu) is a report on the reform as a whole."""
    folded = " ".join(fold(title).split())
    return bool(_REFORM_REPORT.match(folded)) and not _names_other_area(folded)


# The reform's own words, one of which a text of its work says (folded). Of the 857 own files
# of the twenty-three archives' documents (reports aside), 833 of the 837 their truths file
# under a reform area say one outside their "Căn cứ" lines or are cited by a report of the
# reform (a Tờ trình on delegating building permits, and a budget disclosure, a ceremony and
# a grade-10 quota that the truths leave out of every report, do neither); none of the
# twenty-third archive's twenty files of the department's other work (science tasks,
# measurement checks, licences, telecoms) does.
_REFORM_TERMS = re.compile(
    r"cai cach hanh chinh|\bcchc\b|thu tuc hanh chinh|\btthc\b|mot cua|dich vu cong"
    r"|chinh quyen (?:dien tu|so)|chu ky so|quan ly van ban va dieu hanh|van phong dien tu"
    r"|quy che lam viec|chi tieu noi bo|tu chu (?:ve )?tai chinh|tai san cong|vi tri viec lam"
    r"|bien che|co cau to chuc|chuc nang, nhiem vu|ky luat, ky cuong|cong vu"
    r"|van ban quy pham phap luat|iso 9001|he thong quan ly chat luong|so hoa ho so"
    r"|danh gia, xep loai|chi so cai cach|sipas|hai long|tiep nhan ho so|tra ket qua"
    r"|buu chinh cong ich|phan anh, kien nghi|hanh chinh cong|to chuc lai|hop nhat|sap nhap"
)
# A "Căn cứ" line names the grounds, not the work: a science council's decision rests on the
# department's functions decision too.
_GROUNDS_LINE = re.compile(r"^\s*[-–]?\s*căn cứ\b.*$", re.IGNORECASE | re.MULTILINE)


# Words the reform shares with a department's own field: a Sở Tài chính checks public assets
# across the province ("Kiểm tra việc quản lý, sử dụng tài sản công tại các cơ quan, đơn
# vị"), and any letter may go "qua Hệ thống quản lý văn bản và điều hành". They tell the
# reform only of the department's own ("tài sản công của Sở") or beside another of its words
# (no file of the twenty-four archives' reform work says them alone; four of the Sở Tài
# chính's other work do). So does a Sở Thông tin và Truyền thông's checking of the public
# postal service ("các điểm phục vụ bưu chính công ích"), where the reform returns results
# "qua dịch vụ bưu chính công ích" beside the procedures it speaks of.
_SHARED_TERMS = frozenset({"tai san cong", "quan ly van ban va dieu hanh", "buu chinh cong ich"})
_OWN_UNIT = re.compile(r"\s*(?:,\s*)?(?:cua|tai|trong) (?:so|co quan|van phong so)\b")


def tells_reform(text: str) -> bool:
    """Whether a document's own text says one of the reform's words (``_REFORM_TERMS``)
    outside its "Căn cứ" lines (a word it shares with a department's field, ``_SHARED_TERMS``,
    only of the department's own)."""
    folded = fold(_GROUNDS_LINE.sub(" ", text))
    for m in _REFORM_TERMS.finditer(folded):
        if m.group(0) not in _SHARED_TERMS or _OWN_UNIT.match(folded, m.end()):
            return True
    return False


# An act on the organisation itself ("Quyết định thành lập Sở Tư pháp … trên cơ sở hợp nhất
# …", "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở", "sắp xếp các đơn vị
# hành chính cấp xã"): tổ chức bộ máy by its title, wherever a report happens to cite it (all
# 38 such titles of the eleven archives' truth files are filed there); not the setting up of
# a working group ("Thành lập Đoàn kiểm tra công tác CCHC", "Thành lập Tổ công tác rà soát
# TTHC", "Thành lập Hội đồng …": none of the seven such titles of the twenty-eight archives'
# truth files is filed there). Folded.
_ORGANISING = re.compile(
    r"^(?:(?:quyet dinh|nghi quyet|to trinh|cong van|ke hoach|de an|phuong an) )?(?:ve viec )?"
    r"(?:thanh lap(?!\s+(?:doan|to(?!\s+chuc)|hoi dong)\b)|hop nhat|sap nhap|to chuc lai"
    r"|giai the|sap xep"
    r"|quy dinh chuc nang,? nhiem vu)\b"
)


# The reform's own steering bodies ("Kiện toàn Ban Chỉ đạo cải cách hành chính", "Kiện toàn
# Tổ công tác cải cách hành chính của Sở"): chỉ đạo, điều hành, not the organisation's
# structure (11 of the 12 such titles of the twenty-five archives' truth files). Folded.
_STEERING = re.compile(
    r"\b(?:ban chi dao|to cong tac|to giup viec)\b(?:(?!\bkiem tra\b)[^.;])*?"
    r"\b(?:cai cach hanh chinh|cchc)\b"
)


def is_steering(title: str) -> bool:
    """Whether a title (kind and trích yếu) is about the reform's own steering body."""
    return bool(_STEERING.search(" ".join(fold(title).split())))


def is_organising(title: str) -> bool:
    """Whether a title (kind and trích yếu) is an act on the organisation itself."""
    return bool(_ORGANISING.match(" ".join(fold(title).split())))


# A department's spending rules or its units' financial autonomy ("Ban hành Quy chế chi tiêu
# nội bộ năm 2024", "phê duyệt phương án tự chủ tài chính"): tài chính công by its title,
# wherever a report cites it (all 36 such titles of the seventeen archives' truth files are
# filed there; one archive's reports cite them under chỉ đạo, điều hành). Folded.
_PUBLIC_FINANCE = re.compile(r"\b(?:chi tieu noi bo|tu chu (?:ve )?tai chinh)\b")


def is_public_finance(title: str) -> bool:
    """Whether a title (kind and trích yếu) is a department's spending rules or autonomy."""
    return bool(_PUBLIC_FINANCE.search(" ".join(fold(title).split())))


# What a title names as its own subject wherever a report cites it (folded): a contest or
# communication ("Tổ chức Cuộc thi trực tuyến tìm hiểu về CCHC và chuyển đổi số"), thông tin,
# tuyên truyền in all 26 such titles of the twenty-one archives' truth files; a body's working
# rules ("Ban hành Quy chế làm việc của Sở", "Sửa đổi Điều 8 Quy chế làm việc …"), chế độ
# công vụ in all 42 such titles of the twenty archives' truth files; digitising, digital
# transformation, digital signatures, ISO 9001 ("Kế hoạch Số hóa hồ sơ, kết quả giải quyết
# thủ tục hành chính", "Chuyển đổi số trong giải quyết TTHC"), chính quyền số in 38 of 39,
# though the procedures they serve are named beside them and reports cite them anywhere, and
# so is a pilot of electronic results or fully online service ("Thí điểm trả kết quả … bản
# điện tử", "… hoàn toàn trực tuyến") and its extension, in 9 of the 11 such titles;
# a procedure ("Ban hành Quy trình nội bộ giải quyết TTHC", "Quy trình thẩm định điều kiện
# kinh doanh dược tại cơ sở"), thủ tục hành chính in all 25. The first that matches names it.
TITLE_SUBJECTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("tuyen_truyen", re.compile(r"\b(?:cuoc thi|hoi thi|tim hieu|tuyen truyen)\b")),
    ("che_do_cong_vu", re.compile(r"\bquy che lam viec\b")),
    (
        "chinh_quyen_so",
        re.compile(
            r"\b(?:chuyen doi so|so hoa|chu ky so|iso 9001)\b"
            # a pilot of electronic results or fully online service, and its extension
            r"|\bthi diem\b.{0,160}?\b(?:ban dien tu|hoan toan truc tuyen|truc tuyen toan trinh)\b"
        ),
    ),
    ("thu_tuc_hanh_chinh", re.compile(r"\bquy trinh\b")),
)
# Weaker: what a title's heading phrase near its start names comes first. A one-stop
# centre's or desk's own rules and results ("Quy chế hoạt động của Trung tâm Phục vụ hành
# chính công", "Kết quả hoạt động của Trung tâm …"): thủ tục hành chính in 40 of the 42
# titles of the truth files no other rule names (its founding is tổ chức bộ máy, by
# ``is_organising``).
_ONE_STOP = re.compile(r"\b(?:trung tam phuc vu hanh chinh cong|bo phan mot cua)\b")


def is_one_stop(title: str) -> bool:
    """Whether a title (kind and trích yếu) is a one-stop centre's or desk's own, naming no
    other area's heading phrase ("Kết quả kiểm tra … tại Bộ phận Một cửa" is not)."""
    folded = " ".join(fold(title).split())
    return bool(_ONE_STOP.search(folded)) and not _names_other_area(folded, "thu_tuc_hanh_chinh")


def title_subject(title: str) -> str | None:
    """The area a title (kind and trích yếu) names by its subject (``TITLE_SUBJECTS``)."""
    folded = " ".join(fold(title).split())
    return next((a for a, p in TITLE_SUBJECTS if p.search(folded)), None)


# A title's heading phrase names its area when it starts within this many syllables: "Kế
# hoạch Tiếp nhận hồ sơ thủ tục hành chính …" is about procedures; "Chỉ thị tăng cường kỷ
# luật, kỷ cương trong tiếp nhận, giải quyết thủ tục hành chính" is about discipline.
TITLE_HEAD = 10


def title_area(title: str) -> str | None:
    """The one area a title (kind and trích yếu) names by a heading phrase near its start
    ("Kế hoạch rà soát văn bản quy phạm pháp luật" → thể chế), None if none or several;
    never chỉ đạo, điều hành ("Hệ thống quản lý văn bản và điều hành" is none). Of the
    titles in the truth files naming one so, 100 of 102 agree (132 of 139 with the phrase
    anywhere in the title)."""
    folded = " ".join(fold(title).split())
    found = [(code, m) for code, p in _HEADING_RES.items() if (m := p.search(folded))]
    if len(found) != 1 or found[0][0] == "chi_dao_dieu_hanh":
        return None
    code, m = found[0]
    return code if len(folded[: m.start()].split()) < TITLE_HEAD else None


def outline_areas(text: str) -> tuple[str, ...]:
    """The areas a document's own outline files its text under, in ``CODES`` order."""
    found = {a for s in area_sections(text) for a in (s.shared or (s.area,))}
    return tuple(a for a in CODES if a in found)


def rank_areas(
    text_scores: Mapping[str, float],
    filed: Mapping[str, float] | None = None,
    *,
    outline: Sequence[str] = (),
    title: str = "",
    weights: Weights = WEIGHTS,
) -> tuple[str, ...]:
    """Areas most likely first: text similarity plus where reports file the document.

    Args:
        text_scores: ``AreaModel.scores`` of the document's text.
        filed: area -> how many of its report mentions sit in that area's sections.
        outline: ``outline_areas`` of its own file: one organised by ``CROSS_AREAS`` or
            more of the six areas is about the reform as a whole (chỉ đạo, điều hành
            first, then the areas it covers).
        title: its kind and trích yếu: the reform's plan or report (``is_reform_plan``,
            ``is_reform_report``) is chỉ đạo, điều hành's too.
    """
    if sum(a in SIX for a in outline) >= CROSS_AREAS:
        return tuple(dict.fromkeys(("chi_dao_dieu_hanh", *outline)))
    if title and (is_reform_plan(title) or is_reform_report(title) or is_steering(title)):
        return ("chi_dao_dieu_hanh",)
    first: tuple[str, ...] = ("to_chuc_bo_may",) if title and is_organising(title) else ()
    if title and not first and is_public_finance(title):
        first = ("tai_chinh_cong",)
    subject = title_subject(title) if title and not first else None
    if subject:
        first = (subject,)
    named = title_area(title) if title and not first else None
    if named:
        first = (named,)
    elif title and not first and is_one_stop(title):
        first = ("thu_tuc_hanh_chinh",)
    filed = filed or {}
    total = sum(filed.values())
    combined = {
        a: s + (weights.filed * filed.get(a, 0) / total if total else 0.0)
        for a, s in text_scores.items()
    }
    ranked = sorted(combined.items(), key=lambda kv: (-kv[1], CODES.index(kv[0])))
    if not ranked or ranked[0][1] <= 0:
        return first  # a text that says nothing apart (an archive of two alike) keeps its title's
    best = ranked[0][1]
    kept = tuple(a for a, s in ranked[:MAX_AREAS] if s >= weights.keep_share * best)
    return tuple(dict.fromkeys((*first, *kept)))[:MAX_AREAS] if first else kept
