"""Answer a question: extractive by default, by an LLM when one is configured.

Whatever writes the answer, it is checked citation by citation before it is
returned (``marking.check_and_mark``); an LLM that is down or too slow gives way
to the extractive answer, with a notice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar

from assistant.archive.lives import Lives, is_draft
from assistant.archive.periods import Period, asked_season, season
from assistant.archive.profiles import Profile
from assistant.archive.validity import ISSUE_DATE
from assistant.citations import Citation, Registry, RegistryEntry, parse_query_ident
from assistant.citations.extract import extract
from assistant.citations.issuers import (
    Organ,
    disagreement,
    organ_of_code,
    organ_of_entry,
    organ_of_header,
)
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.generation import compound, extractive, facts
from assistant.generation.bodies import (
    TOLD_SHARE,
    TOLD_SUBJECT,
    TOLD_WEIGHT,
    BodyIndex,
    asks_telling,
    told_topic,
)
from assistant.generation.continued import continued_documents
from assistant.generation.documents import (
    CONG_VAN,
    COVER_TOP,
    FLOOR,
    OWN_TIE_MARGIN,
    RELEVANCE_GAP,
    TELLS_TOPIC,
    ScoredDocument,
    asks_units_functions,
    bare_facets,
    candidates,
    every_fitting,
    founding_acts,
    issued,
    latest_of,
    may_issue,
    most_facets,
    pair_cover,
    rank_documents,
    same_series,
    same_subject,
    select,
    series_head,
    series_key,
    subject_cover,
    subject_year,
    told_in_subject,
    topic_items,
    topic_pairs,
    topic_syllables,
    whole_period_first,
)
from assistant.generation.fit import (
    OWN_WEIGHT,
    TYPE_WEIGHT,
    Asked,
    Places,
    ProfileMap,
    act_type,
    addressed_organs,
    addressed_to,
    answer_body,
    answering_body,
    archive_places,
    area_only,
    asked_act_on,
    asked_acted_on,
    asked_acts,
    asked_agent,
    asked_answering,
    asked_carrying_out,
    asked_department,
    asked_deputy,
    asked_effect,
    asked_grounds,
    asked_issuer,
    asked_issuers,
    asked_mentioning,
    asked_place,
    asked_proposer,
    asked_recipient,
    asked_signer,
    asked_signing_forms,
    asks_answered_proposal,
    asks_before_merger,
    asks_changed_by_then,
    asks_cited_by,
    asks_earliest,
    asks_everything_about,
    asks_former_and_new,
    asks_held_during,
    asks_history,
    asks_later_changes,
    asks_latest,
    asks_of_both,
    asks_procedure_list,
    asks_reform_plan,
    asks_replacing_old,
    asks_series,
    asks_signing,
    asks_since_merger,
    asks_untouched,
    asks_what_answer_replaced,
    asks_what_it_replaced,
    body_since,
    described_citing,
    described_proposals,
    effect_day,
    en_unit_bodies,
    facet_score,
    header_body,
    held_department,
    includes_changing,
    issued_by,
    issued_by_body,
    latest_body,
    listed_types,
    mentioned_issuer,
    merged_since,
    names_act,
    names_area,
    names_topic,
    old_ones_years,
    other_bodies,
    own_body,
    own_fields,
    own_symbol,
    profile_key,
    proposed_by,
    publishes_procedures,
    said_inside,
    sent_to_in,
    signature_blocks,
    signed_by,
    signed_month,
    signers,
    signing_title,
    subject_bodies,
    topic_text,
    topicless,
    two_areas,
    without_agency,
    without_agent,
    without_before_merger,
    without_body,
    without_effect,
    without_field,
    without_including,
    without_own_date,
    without_place,
    without_since_merger,
    without_untouched,
)
from assistant.generation.marking import Checked, check_and_mark, citation_record, entry_location
from assistant.generation.passages import (
    ChunkMap,
    Sentence,
    VectorCache,
    content_words,
    sentences,
)
from assistant.generation.relational import (
    asks_lifting,
    asks_which_of,
    question_kind,
    relation_answer,
    says_pilot,
)
from assistant.generation.report_documents import is_report, sends_figures
from assistant.generation.standing import (
    archive_present,
    asks_current,
    asks_one,
    noter,
    now_of,
    order,
    order_sources,
    source_noter,
)
from assistant.generation.timely import (
    Correction,
    Timing,
    asked_period,
    corrections_in,
    figure_topic,
    latest_report,
    named_files,
    own_files,
    reports_of,
    states_figure,
    text_year,
    without_period,
)
from assistant.retrieval.glossary import office_words
from assistant.retrieval.query import (
    ParsedQuestion,
    fold,
    for_a_report,
    parse_question,
    with_recent_months,
    with_recent_years,
)
from assistant.retrieval.search import Hit, Searcher
from assistant.retrieval.spelling import Speller

AnswerT = TypeVar("AnswerT", bound="Answer")

# How many of the candidates reading closest to a question may be the document it describes
# when it asks what that one carries out or what carries it out (``_carrying_out``).
CARRIED_OUT_CLOSEST = 3

MAX_QUESTION_CHARS = 2000
# How many passages an answer draws on (and an LLM is given).
K_PASSAGES = 6
# Depth of the ranking used to pre-select list candidates in a large archive.
K_PRIOR = 100
# An act, then the documents it acted on and whose they were (folded): "quyết định bãi bỏ văn
# bản của Sở Ngoại vụ".
_ACTED_ON_WHOSE = re.compile(
    r"\b(?:bai bo|thay the|sua doi|huy bo|dinh chi|tam dung|gia han|thu hoi|dinh chinh)\s+"
    r"(?:\w+\s+){0,4}?(?:cua|do)\s+(?:so|ban|ubnd|uy ban)\b"
)
# A kind of document asked for by "nào" (folded): "báo cáo CCHC nào", "kế hoạch nào".
_KIND_ASKED = re.compile(
    r"\b(?:bao cao|bc|ke hoach|kh|quyet dinh|qd|cong van|cv|van ban|vb|to trinh|thong bao)"
    r"\s+(?:\w+\s+){0,2}?nao\b"
)
# Chunks searched for what documents say inside (``_saying_inside``); of the documents whose
# best chunk reads within INSIDE_SPAN (cosine) of the best one's, those before the widest step
# down when it is INSIDE_GAP or more: the yearly plans setting a satisfaction target read
# 0.867 – 0.872, the next 0.860. Set on five questions of lists_writer25's development half,
# not searched.
K_INSIDE = 200
INSIDE_SPAN = 0.04
INSIDE_GAP = 0.005
# How much less close (score) a document a found one replaced, or was replaced by, may read
# and still be listed beside it (``Answerer._versions``): half the relevance gap of a list.
VERSION_GAP = 0.04
# For a question asking several years: how much less close (score) than the best document
# another year's may read and be that year's (``Answerer._each_year``). Set by hand: the
# development misses it answers read 0.01–0.025 below; no other value was compared.
YEAR_MARGIN = 0.03
# The least share of a topic's weight a trích yếu must hold for its document to join the
# chosen ones as alike (``Answerer._alike_subjects``): ``bodies.TOLD_SHARE``'s value.
ALIKE_SHARE = 0.6
# For a figure of a period: how deep the passages are looked for, how much the
# document's fit to the period (``timely``, −1..1) weighs against a passage's score
# (relative to the best, 0..1), how many of them the answer draws on, and how much a
# passage's score (relative to the best of those) weighs in its sentences' (similarity,
# about 0.8..0.95; the period's weights are ``timely``'s). The last two chosen by
# leave-one-archive-out cross-validation with ``timely``'s (before: 6 and 0).
K_TIMED = 30
CHUNK_FIT = 0.3
K_TIMED_PASSAGES = 10
# A document issued on a proposal, as its file says it (folded): "Theo đề nghị của Giám đốc
# Sở Y tế tại Tờ trình số …", "Xét đề nghị của Phòng Nội vụ tại Tờ trình số …".
_ON_PROPOSAL = re.compile(r"\b(?:theo|xet)\s+de nghi\b")
# a proposal told as what a decision was issued on (folded, up to the proposal's number), and
# the decision then issued (the text as written, from the proposal on)
_ON_IT = re.compile(r"\b(?:tren co so|theo|can cu(?: vao)?)\s+(?:to trinh|ttr)(?:\s+so)?\s*:?\s*$")
_ISSUED_ON_IT = re.compile(
    r"[^.;]{0,160}?\bban hành\s+((?:Quyết định|QĐ)\s+(?:số\s+)?\d+/[^\s,.;]+)"
)
PASSAGE_WEIGHT = 0.05
# When a number is asked: a sentence giving a number of what is counted comes first, then
# one stating another number, then the rest (``Timing.figure``: 1, 0.5, 0, times this).
FIGURE_FIRST = 1.0
# The weight of the question's words in a sentence, for a question typed without
# diacritics (``extractive.WORD_WEIGHT`` otherwise).
UNACCENTED_WORD_WEIGHT = 0.2
# ... and the similarity below which a sentence does not count for it (every sentence
# reads further from such a question: ``extractive.SENTENCE_FLOOR`` otherwise).
UNACCENTED_FLOOR = 0.75
# Events by which a later document takes a document's place.
_REPLACING = ("replaced", "repealed", "ended", "partly_replaced")
_AMENDING = ("amended", "partly_repealed", "partly_replaced")
# Scores this close are a tie, which the trích yếu's cover of the topic breaks (``_lineage``).
LINEAGE_TIE = 0.01
_SYLLABLE = re.compile(r"\w+")
# How many of the documents read closest to a listed one a question asks of a moment are
# followed to what replaced them by then (``Answerer._held_one``).
HELD_FOLLOWED = 3
# The share of a listed item's words, two by two, a trích yếu must say for its document to be
# asked of a moment whatever it read like (``Answerer._held_one``).
HELD_COVER = 0.6
# A document's signature stands in its last characters (name, title, "Nơi nhận" after).
SIGNATURE_CHARS = 800
_WORD = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class Answer:
    """An answer as the user sees it, with what backs it.

    Attributes:
        text: the answer, every unconfirmed citation marked.
        citations: the verified documents cited: ident, date, kind, subject, source, locator.
        findings: the checker's verdict on every citation of ``text``.
        sources: the passages retrieved for the question.
        mode: ``extractive``, ``llm`` or ``fallback`` (LLM failed, extractive shown).
        notice: what the user should know about how the answer was made, if anything.
    """

    text: str
    citations: tuple[dict, ...] = ()
    findings: tuple[Any, ...] = ()
    sources: tuple[dict, ...] = ()
    mode: str = "extractive"
    notice: str | None = None

    def to_json(self) -> dict:
        """The ``assistant ask --json`` record."""
        return {
            "answer": self.text,
            "citations": list(self.citations),
            "findings": [f.to_json() for f in self.findings],
            "sources": list(self.sources),
            "mode": self.mode,
            "notice": self.notice,
        }


def validate_question(text: str) -> str:
    """The question with spaces folded.

    Raises:
        AssistantError: empty, punctuation only, or longer than ``MAX_QUESTION_CHARS``.
    """
    text = " ".join((text or "").split())
    if not text or not _WORD.search(text):
        raise AssistantError(
            "The question has no words: type a question, e.g. "
            "'Những quyết định nào năm 2021?' (câu hỏi không có từ nào)"
        )
    if len(text) > MAX_QUESTION_CHARS:
        raise AssistantError(
            f"The question is {len(text):,} characters long: ask in at most "
            f"{MAX_QUESTION_CHARS:,} characters, or paste the draft into "
            "'assistant check' to check its citations (câu hỏi quá dài)"
        )
    return text


# The types a document carries out: plans, programmes, resolutions, directives.
_PLAN_CODES = frozenset({"KH", "CTr", "NQ", "CT"})
# A report's words before a plan it tells the body carried out: "Sở (tiếp tục) thực hiện",
# "Ban tổ chức thực hiện", "… và thực hiện", a sentence's "Thực hiện" (``_reporting_on``).
_CARRIED_OUT_SAID = re.compile(
    r"(?:(?:^|[.;:,\n]\s*|[-–•]\s*)(?:Sở|Ban|Ủy ban nhân dân|UBND|Trung tâm|Thanh tra|Văn phòng"
    r"|Phòng|Chi cục)\b[^.;\n]{0,120}?\s|(?:^|[.;:\n]\s*|[-–•]\s*))"
    r"(?:đã\s+|tiếp tục\s+)?(?:tổ chức\s+)?(?:[Tt]riển khai(?:\s+thực hiện)?|[Tt]hực hiện)\s+"
    r"(?:(?:Kế hoạch|KH)(?:\s+số)?\s*)?$"
)
# The types whose trích yếu may state the year they are for, and are over after it.
_YEARLY_PLAN_CODES = frozenset({"KH", "CTr"})
# a decision issuing or approving a plan stands for it: "Căn cứ Kế hoạch … ban hành kèm theo
# Quyết định số 22/QĐ-SNV" carries the plan out (folded trích yếu)
_ISSUES_PLAN = re.compile(r"^(?:ban hanh|phe duyet)\s+(?:ke hoach|chuong trinh|de an)\b")


def _is_plan(entry: RegistryEntry, codes: frozenset[str]) -> bool:
    """Whether ``entry`` is of one of ``codes``, or a decision issuing or approving a plan."""
    return entry.code in codes or _ISSUES_PLAN.match(fold(entry.subject or "")) is not None


def held_periods(parsed: ParsedQuestion, folded: str) -> list[Period]:
    """The years (and the period) a question asks what held in ("Quy chế chi tiêu nội bộ áp
    dụng trong năm 2021 và trong năm 2023", "in force during 2023"); [] for a question
    about a moment, one asking when documents took effect, or one naming no time within
    which something applied ("Các QĐ năm 2022 hiện còn hiệu lực": issued then, in force
    now)."""
    if parsed.at or asked_effect(folded) or not asks_held_during(folded):
        return []
    # "… áp dụng trong năm 2024, và QĐ áp dụng từ tháng 3/2025": each year and the period
    periods = [Period.of_years(y) for y in parsed.years]
    if parsed.period and parsed.period not in periods:
        periods.append(parsed.period)
    return periods


# The documents described asked first, what acted on them after, in a clause of its own
# (folded): "Which plan set the 2025 reform targets, and which document amended it?", "QĐ nào
# ban hành quy chế một cửa năm 2021, và QĐ nào thay thế nó".
_DESCRIBED_FIRST = re.compile(
    r"^\W*(?:which|what|(?:\w+\s+){0,6}?nao\b)[^,;?]*(?:,|;)\s*(?:and\s+|va\s+)?(?:by\s+)?"
    r"(?:which|what|(?:van ban|vb|quyet dinh|qd|ke hoach|kh)\s+nao)\b"
)
# A year named (the question as typed).
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A question naming the reform itself (folded): "về CCHC", "cải cách hành chính",
# "administrative reform", "PAR".
_NAMES_REFORM = re.compile(
    r"\b(?:cchc|cai cach hanh chinh|administrative reform|par)\b"
    # "which of the department's reform papers carry …"
    r"|\breform\s+(?:papers?|documents?|work|files?|plans?|reports?|decisions?|letters?)\b"
)
# … or the department's other work: "ko phải CCHC", "không thuộc CCHC", "not administrative
# reform", "sector work rather than PAR" (folded).
_NOT_REFORM = re.compile(
    r"\b(?:ko|khong|chang)\s+(?:phai|thuoc|lien quan (?:den|toi))\s+(?:cong tac\s+)?"
    r"(?:cchc|cai cach hanh chinh)\b|\bngoai\s+(?:cong tac\s+)?(?:cchc|cai cach hanh chinh)\b"
    r"|\b(?:not|rather than|other than|outside|apart from)\s+(?:the\s+)?(?:public\s+)?"
    r"(?:administrative reform|par)\b|\bsector work\b"
)

# A question asking what was issued (folded): "văn bản Ban ban hành năm 2024", "issued".
_ISSUED = re.compile(r"\b(?:ban hanh|issued)\b")


class Answerer:
    """Answers questions over one index; holds the searcher and caches between questions."""

    def __init__(
        self,
        settings: Settings,
        *,
        searcher: Searcher | None = None,
        llm: Any | None = None,
        timeout: float | None = None,
    ) -> None:
        """Open the index; the LLM is built from ``settings.llm`` unless given.

        Args:
            settings: where the index is and which LLM to use.
            searcher: an open searcher (tests and long-lived processes share one).
            llm: a LangChain chat model; None builds one from ``settings.llm``
                (``none`` gives extractive answers).
            timeout: seconds before an LLM request is abandoned for the extractive answer
                (default: ``settings.llm_timeout``).
        """
        from assistant.generation.llm import chat_model

        self.settings = settings
        self.searcher = searcher or Searcher(settings)
        timeout = settings.llm_timeout if timeout is None else timeout
        self.llm = (
            llm
            if llm is not None
            else chat_model(settings.llm, timeout=timeout, api_key=settings.openai_api_key)
        )
        self.timeout = timeout
        self.chunks = ChunkMap(self.searcher.lexical.chunks)
        self.vectors = VectorCache(self.searcher.embeddings)
        self._profiles: ProfileMap | None = None
        self._own_files: dict[str, Profile] | None = None
        self._corrections: list[Correction] | None = None
        self._revisions: list[Revision] | None = None
        self._draft_files: frozenset[str] | None = None
        self._home_organ: tuple[Organ | None] | None = None
        self._timing: tuple[ParsedQuestion, Timing | None] | None = None
        self._signer_names: list[str] | None = None
        self._bodies: BodyIndex | None = None
        self._speller: Speller | None = None

    @property
    def speller(self) -> Speller:
        """The archive's words, to mend a question's typing slips by (read on first use)."""
        if self._speller is None:
            self._speller = Speller(c.text for c in self.searcher.lexical.chunks)
        return self._speller

    @property
    def registry(self) -> Registry:
        """The archive's citation registry."""
        return self.searcher.registry

    @property
    def lives(self) -> Lives:
        """The archive's documents' lives (validity, what replaced what)."""
        return self.searcher.lives

    @property
    def profiles(self) -> ProfileMap:
        """The archive's document profiles by (key, year), read on first use."""
        if self._profiles is None:
            from assistant.archive.profiles import load_profiles
            from assistant.retrieval import paths

            path = paths.profiles(Path(self.settings.index))
            found = load_profiles(path) if path.is_file() else []
            self._profiles = {(p.key, p.year): p for p in found}
        return self._profiles

    def place(self, parsed: ParsedQuestion) -> tuple[str | None, Places]:
        """The place the question names among those the archive's documents were issued
        in (``fit.asked_place``), and those places (``fit.archive_places``)."""
        places = archive_places(self.registry.entries())
        return asked_place(parsed.clean, places.names), places

    @property
    def present(self) -> str | None:
        """The archive's present (``standing.archive_present``)."""
        return archive_present(self.registry)

    @property
    def now(self) -> str:
        """ "Now" for a question: the archive's present, else today (``standing.now_of``)."""
        return now_of(self.lives)

    @property
    def latest_year(self) -> int | None:
        """The last year the archive's own documents were issued in ("hai năm gần đây"
        counts back from it)."""
        present = self.present
        return int(present[:4]) if present else None

    def ask(self, question: str) -> Answer:
        """The checked answer to ``question`` (LLM when configured, else extractive)."""
        stream = self.stream(question)
        for _ in stream:
            pass
        assert stream.answer is not None
        return stream.answer

    def stream(
        self, question: str, *, years: Sequence[int] = (), codes: Sequence[str] = ()
    ) -> AnswerStream:
        """The answer as checked pieces of text; ``.answer`` holds the whole after the last.

        Args:
            question: as typed.
            years: documents of these years only (else what the question says).
            codes: documents of these type codes only (``QĐ``, ``KH``, ``CV``…).
        """
        asked = validate_question(question)
        # "tháng trước": the month before the archive's present
        parsed = parse_question(with_recent_months(asked, self.present))
        # "tuyên truền CCHC": read as the archive writes it ("tuyên truyền"); "quầy tiếp nhận
        # hồ sơ" as the office's documents say it ("bộ phận một cửa")
        mended = office_words(self.speller.mend(asked)) if parsed.language == "vi" else asked
        if mended != asked:
            parsed = parse_question(with_recent_months(mended, self.present))
        parsed = with_recent_years(parsed, self.latest_year)
        if not parsed.wants_list and said_inside(parsed.clean) and _KIND_ASKED.search(
            fold(parsed.clean)
        ):
            # "báo cáo CCHC nào … có ghi số điểm Chỉ số CCHC": the reports, not the score
            parsed = replace(parsed, wants_list=True)
        if years or codes:
            parsed = replace(
                parsed,
                years=tuple(years) or parsed.years,
                codes=tuple(codes) or parsed.codes,
                filter_years=tuple(years),
                filter_codes=tuple(codes),
            )
        return AnswerStream(self, parsed, widen=not years)

    # --- parts -----------------------------------------------------------------------------

    def retrieve(self, parsed: ParsedQuestion) -> list[Hit]:
        """The passages for a question (no year/type filter: those name the cited documents,
        not the reports that mention them). A figure of a period ("năm 2023 … bao nhiêu")
        is looked for deeper, the period's own report first (``timely``)."""
        timing = self.timing(parsed)
        if timing is None:
            return self.searcher.search(parsed.clean, k=K_PASSAGES)
        # With no document of the asked period ("Chỉ số CCHC năm 2018" is told by the 2019
        # report), read without the department's name too, which every file holds: the
        # passage telling the figure may read closer to the rest; each reading's scores
        # against its best.
        readings = [parsed.clean]
        focused = without_agency(parsed.clean)
        if focused != parsed.clean and not timing.covered():
            readings.append(focused)
        fit: dict[str, tuple[float, Hit]] = {}
        for reading in readings:
            found = self.searcher.search(reading, k=K_TIMED)
            best = max((h.score for h in found), default=0.0) or 1.0
            for h in found:
                if h.chunk.id not in fit or h.score / best > fit[h.chunk.id][0]:
                    fit[h.chunk.id] = (h.score / best, h)
        ranked = sorted(
            fit.values(), key=lambda sh: -(sh[0] + CHUNK_FIT * timing.chunk(sh[1].chunk))
        )
        return [h for _, h in ranked[:K_TIMED_PASSAGES]]

    def timing(self, parsed: ParsedQuestion) -> Timing | None:
        """How sources and sentences fit the period the question asks a figure of (kept
        for the last question: retrieval and the answer both ask for it)."""
        if self._timing is not None and self._timing[0] == parsed:
            return self._timing[1]
        if self._own_files is None:
            self._own_files = own_files(self.profiles)
        asked = asked_period(parsed, latest_report(self._own_files))
        timing = None
        if asked is not None:
            named = named_files(parsed.clean, self._own_files, topic_text)
            if parsed.idents:
                # and by number ("KH 05/KH-VP năm 2026 đặt mục tiêu … ở mức nào")
                named |= {e.own_source for e in self.registry.lookup(parsed.clean) if e.own_source}
            if asked.report is not None:
                # and by its period ("theo báo cáo quý I", "the six-month report")
                named |= reports_of(self._own_files, asked.report)
            place, places = self.place(parsed)
            elsewhere = frozenset(
                source
                for source, p in self._own_files.items()
                if place and places.of.get((p.key, p.year)) not in (None, place)
            )
            if _DEPARTMENT_DID.search(parsed.clean):
                # "Quý III năm 2026 Sở tiếp nhận bao nhiêu hồ sơ": the department's own
                # figure, not the province's in the report it drafted for the UBND tỉnh
                elsewhere |= {
                    source
                    for source, p in self._own_files.items()
                    if (p.issuer_code or "").startswith(("UBND", "HĐND"))
                }
            timing = Timing(
                asked, self._own_files, named, elsewhere, place, self.corrections(), self._drafts()
            )
        self._timing = (parsed, timing)
        return timing

    def _drafts(self) -> frozenset[str]:
        """The files marked as drafts ("DỰ THẢO") that are no document's own file."""
        if self._draft_files is None:
            own = {e.own_source for e in self.registry.entries() if e.own_source}
            self._draft_files = frozenset(
                source
                for source in self.chunks.sources()
                if source not in own
                and (first := self.chunks.of_source(source))
                and is_draft(first[0].text)
            )
        return self._draft_files

    def corrections(self) -> list[Correction]:
        """The figures the archive's own reports correct ("Số liệu tháng 10 được điều chỉnh
        từ 9.412 lên 9.421 hồ sơ"), found once."""
        if self._corrections is None:
            if self._own_files is None:
                self._own_files = own_files(self.profiles)
            found: dict[tuple[str, str, str, str], Correction] = {}
            for source, p in self._own_files.items():
                # (a report, or a letter sending the corrected figures: "V/v điều chỉnh số
                # liệu báo cáo … 6 tháng đầu năm 2024")
                # (or a decision correcting another's text: "Đính chính Quyết định số 610/QĐ-UBND
                # …: "87,35" điểm được sửa thành "88,35" điểm")
                correcting = _CORRECTING.match(fold(p.subject or "")) is not None
                if not (is_report(p) or p.code in (None, CONG_VAN) or correcting):
                    continue
                told = (s for c in self.chunks.of_source(source) for s in sentences(c))
                for fix in corrections_in(told, text_year(p)):
                    found.setdefault((source, fix.period.start, fix.old, fix.new), fix)
            self._corrections = list(found.values())
        return self._corrections

    def documents(self, parsed: ParsedQuestion) -> list[ScoredDocument]:
        """For a list question: the relevant documents, those of the implied year, type,
        period and area first (only the user's filters exclude); for "… mới nhất", "gần
        đây nhất", "the newest …", the latest one. Asked for a report of a period ("… để
        đưa vào báo cáo năm"): the period's work, not the next period's plan signed in its
        last days (``report_documents.period_work``'s rule)."""
        # "thành phố đã trả lời những công văn nào của Sở Nội vụ", "các công văn trả lời UBND
        # tỉnh": the letters and their answers, by what the answers say they carry out
        answers = self._answers(parsed) if not parsed.idents else []
        if answers:
            return answers
        # "những KH kiểm tra và tuyên truyền CCHC nào trong 2023": each area's, as if asked
        # alone (together, neither area is the question's)
        parts = two_areas(parsed.clean) if not parsed.idents else ()
        found: list[ScoredDocument] = []
        for part in parts or (parsed.clean,):
            for d in self._documents(replace(parsed, clean=part)):
                if all(d.entry.key != f.entry.key for f in found):
                    found.append(d)
        others = other_bodies(parsed.clean, self.registry.entries())
        carrying = asked_carrying_out(fold(parsed.clean))
        if others and not (carrying and carrying[0] == "carrying_out"):
            # (not of what carries out another body's document: "What did the department do to
            # carry out the provincial chairman's conclusions" names whose conclusions)
            # "văn bản hướng dẫn của Sở Nội vụ", "văn bản đến từ Bộ Ngoại giao": that body's
            found = [d for d in found if fold(d.entry.issuer or "") in others] or found
        found = self._of_bodies(found, subject_bodies(parsed.clean))
        units = en_unit_bodies(parsed.clean) if parsed.language == "en" else []
        if units:
            # "first of the city and then of the ward": those levels' own, not the
            # province's report the city received
            found = [d for d in found if any(_issued_by_body(d.entry, b) for b in units)] or found
        folded = fold(parsed.clean)
        if _NAMES_REFORM.search(folded) and not _NOT_REFORM.search(folded):
            # "các báo cáo CCHC quý, 6 tháng, 9 tháng và năm": whatever step added them (a
            # yearly series, each year's document), not the department's other work whose
            # file the archive holds (no reform area: profiles)
            found = [
                d
                for d in found
                if not (d.entry.own_source and d.profile is not None and not d.profile.areas)
            ] or found
        period = parsed.period
        if period is None or not for_a_report(parsed.text):
            return found
        work = [
            d
            for d in found
            if not (
                d.profile is not None
                and d.profile.period is not None
                and d.profile.period.start > period.end
                and (d.entry.date or "") <= period.end
            )
        ]
        return work or found

    def _documents(self, parsed: ParsedQuestion) -> list[ScoredDocument]:
        """``documents`` before the period's work is told from the next period's."""
        folded = fold(parsed.clean)
        # "the list itself and every later decision that amended … or replaced it", "…: quyết
        # định ban hành và quyết định bãi bỏ" (read before the amending ones are set aside)
        later = asks_later_changes(folded)
        # "…, tính cả QĐ sửa đổi": the amending ones are added to the answer, not asked of it
        including = includes_changing(folded)
        if including:
            parsed = replace(parsed, clean=without_including(parsed.clean))
            folded = fold(parsed.clean)
        # "Quy chế chi tiêu nội bộ áp dụng trong năm 2021 và trong năm 2023": what held at
        # some time of each year asked, whenever it was issued
        during = held_periods(parsed, folded)
        # the moment asked what held at: "tại thời điểm 31/12/2023", "tính đến ngày 15/3/2024
        # … còn hiệu lực"
        at = parsed.at or (parsed.as_of if asks_current(parsed) and not during else None)
        effect = asked_effect(folded)
        effect_period = parsed.period if effect == "in" else None
        # (a body formed anew without a merger of places, "từ khi thành lập": its first file)
        merged = (
            merged_since(self.registry.entries()) or body_since(self.registry.entries())
            if asks_since_merger(folded)
            else None
        )
        if merged and parsed.period is None and not parsed.years:
            # "since the merger": issued from the merged body's first document on
            parsed = replace(parsed, period=Period(merged, self.now))
        before = merged_since(self.registry.entries()) if asks_before_merger(folded) else None
        if before and parsed.period is None and not parsed.years and not parsed.at:
            # "Sở KH&ĐT có những BC nào trước khi hợp nhất vào Sở Tài chính": issued before
            # the merged body's first document
            first = min(e.date for e in self.registry.entries() if e.date)
            end = (dt.date.fromisoformat(before) - dt.timedelta(days=1)).isoformat()
            parsed = replace(parsed, period=Period(min(first, end), end))
        if at or effect_period or during:
            # "Cuối năm 2020 (31/12/2020) … đang áp dụng", "bắt đầu có hiệu lực trong quý
            # II/2024": the moment's year, the period of effect, are no issue years
            parsed = replace(parsed, years=(), period=None)
        correcting = self._correcting(parsed, folded) or self._revising(parsed, folded)
        if correcting:
            return correcting
        found = candidates(self.registry, parsed)
        prior = {h.chunk.id: h.score for h in self.searcher.search(parsed.clean, k=K_PRIOR)}
        asked = self._asked(parsed)
        if during:
            asked = replace(
                asked,
                held=frozenset(
                    profile_key(e) for e in found if any(self._held_during(e, p) for p in during)
                ),
            )
        # who issued them is a facet too ("Giám đốc Sở Nội vụ đã ký những văn bản nào"), and
        # where ("UBND tỉnh Tây Phong đã ban hành …"), whose name is no topic
        has_facets = (
            parsed.years
            or parsed.codes
            or parsed.period
            or parsed.instruments
            or asked.issuer
            or asked.place
            or effect
            or during
        )
        own = parsed
        # the place asked ("UBND tỉnh Tây Phong đã ban hành …"), or the archive's own named
        # ("Có những QĐ nào ở Tân Lâm …"): who, not what about
        names = archive_places(self.registry.entries()).names
        for place in [asked.place] if asked.place else names:
            own = replace(own, clean=without_place(own.clean, place))
        body = own_body(self.registry.entries())
        # the archive's own body named as who issued them ("Sở ban hành những VB nào trong
        # quý III", "thanh tra tinh ban hanh …"): its documents only, not another body's it
        # keeps a file of
        by_own = asked.issuer == "SO" or (
            body is not None and asked.issuer is None and issued_by_body(folded, body)
        )
        if body:
            # "Các TTr của Trung tâm": the archive's own body is who, not a topic
            own = replace(own, clean=without_body(own.clean, body))
        # "các QĐ của Văn phòng về lĩnh vực ngoại vụ" (the Sở Ngoại vụ's archive): its whole work
        own = replace(own, clean=without_field(own.clean, own_fields(self.registry.entries())))
        untouched = asks_untouched(folded)
        if untouched:
            own = replace(own, clean=without_untouched(own.clean))
        if effect:
            own = replace(own, clean=without_effect(own.clean))
        agent = asked_agent(folded)
        if agent:
            own = replace(own, clean=without_agent(own.clean))
        if merged:
            own = replace(own, clean=without_since_merger(own.clean))
        if before:
            own = replace(own, clean=without_before_merger(own.clean))
        # the syllables naming what it is about, which a trích yếu may say (``select``)
        about = topic_text(own.clean)
        topic = topic_syllables(about)
        # A question naming only an area ("quyết định nào về tổ chức bộ máy năm 2024") asks
        # for every document filed under it: its facets decide, not how alike texts read.
        area = area_only(own) if has_facets else None
        if asked.area is not None and self._other_work(found, topic):
            # "kế hoạch lễ hội năm 2025": the "hội" of "hội nghị" names no reform area when the
            # documents saying the topic are all the department's other work
            asked, area = replace(asked, area=None), None
        every = bool(has_facets) and (topicless(own) or area is not None)
        carrying = asked_carrying_out(folded)
        # "Bà … đã ký những văn bản nào": the documents whose signature names her.
        signer = asked_signer(parsed.clean) or self._named_signer(parsed.clean)
        signed = (
            self._signed(found, signer)
            or self._signed_as(found, asked_deputy(parsed.clean))
            or self._signed_in_form(found, asked_signing_forms(folded))
        )
        title = signing_title(parsed.clean) if signer else None
        if signed and signer and title:
            # "ds vb ông … ký từ khi về làm PGĐ": what the person signed under that title
            signed = self._signed_under(signed, signer, title) or signed
        if signed:
            # "PGĐ Đỗ Văn Kiên đã ký những văn bản nào về bưu chính, viễn thông, báo chí": of
            # what the person signed, those on the topic named beside the name, when one's
            # trích yếu says most of it (or of one item); else all
            found, every = _saying_topic(signed, _without_signer(about, signer)), True
        # "các công văn gửi doanh nghiệp lữ hành": the files whose "Kính gửi" names them, of
        # the type asked
        addressed = [
            e
            for e in self._addressed(found, asked_recipient(parsed.clean))
            if not parsed.codes or (e.code or CONG_VAN) in parsed.codes
        ]
        if addressed and not carrying:
            found, every = addressed, True
        # (a Tờ trình asked for is what the unit submitted, not what it proposed)
        proposer = None if parsed.codes == ("TTr",) else asked_proposer(parsed.clean)
        proposed = self._proposed(found, proposer)
        # (of the type asked: "các báo cáo CCHC của UBND tỉnh do Sở Nội vụ tham mưu" asks the
        # province's reports, not its decisions made on the department's proposal)
        proposed = [e for e in proposed if not parsed.codes or (e.code or CONG_VAN) in parsed.codes]
        if proposed:
            # "QĐ nào Sở ban hành theo đề nghị của Trưởng phòng CCHC": the files that say so
            found, every = proposed, True
        ranked = rank_documents(
            found,
            # read by the embedder with its diacritics put back when typed without them
            self.searcher.with_accents(parsed),
            chunks=self.chunks,
            vectors=self.vectors,
            prior=prior,
            profiles=self.profiles,
            # A question naming no topic names no area either ("ký ban hành" is not a plan's).
            asked=replace(asked, area=area) if every else asked,
        )
        lists: list[ScoredDocument] = []
        if asks_procedure_list(folded):
            # "danh mục TTHC … đang áp dụng là QĐ nào": the decisions publishing procedures,
            # not the one-stop rules for receiving them, which read much alike
            lists = [d for d in ranked if publishes_procedures(d.entry, d.context)]
            ranked = lists or ranked
        month = None if parsed.years or parsed.period else signed_month(folded)
        if month is not None:
            # "Which CCHC plans were signed in December for the following year?": of any
            # year, those signed in that month (and of the year after it, when asked)
            ranked = [d for d in ranked if _signed_in(d.entry, *month)]
        by_type = bool(asked.codes) and asked.issuer is None
        # "what did the labour department and the PPC issue …": each body's documents
        bodies = asked_issuers(parsed.clean) if every else frozenset()
        named_area = asked.area if names_area(parsed) else None
        # "QĐ nào … năm 2024 ko phải CCHC", "its sector work rather than administrative
        # reform": chosen among the department's other work (files with no reform area)
        other = bool(_NOT_REFORM.search(folded))
        pool = (
            [d for d in ranked if d.profile is not None and not d.profile.areas]
            if other
            else ranked
        )
        if at:
            # what held at a moment was issued by then: a later one is no candidate ("In
            # mid-June 2023, which decisions governed the working rules" is not the 2026
            # amendment read closest)
            pool = [d for d in pool if (d.entry.date or "") <= at] or pool
        selected = (
            every_fitting(
                pool,
                by_type=by_type,
                by_own=by_own,
                # of a time asked, what another issuer issued, cited or filed; of all time,
                # what the archive holds a file of
                by_other=(asked.issuer not in (None, "SO") or len(bodies) > 1)
                and bool(parsed.years or parsed.period),
            )
            if every
            else _said_of_items(
                select(
                    pool,
                    area=None if other else named_area,
                    instruments=parsed.instruments,
                    founding=founding_acts(folded),
                    topic=topic,
                    units=asks_units_functions(folded),
                    reform_plan=asks_reform_plan(own.clean),
                    named=names_topic(about),
                    within=not asks_one(parsed)
                    and (
                        (parsed.period is not None and not parsed.period.whole_years)
                        # the province's lists of procedures of a time: each one the archive
                        # cites answers as much as the one it holds the file of
                        or (bool(lists) and bool(parsed.years or parsed.period))
                    ),
                    pairs=topic_pairs(about),
                ),
                topic,
                topic_items(about),
            )
        )
        inside = said_inside(parsed.clean)
        saying = self._saying_inside(pool, inside, parsed.codes) if inside else []
        if saying:
            # "báo cáo nào có ghi số điểm Chỉ số CCHC", "plans that include a task on …": of
            # those of the kind, issuer and time asked, the ones whose own text says it (no
            # year's series added to them: "the yearly plans that include …" are some years')
            selected = saying
        if not every and says_pilot(fold(about)):
            # "các quyết định về thí điểm tiếp nhận hồ sơ … qua VNeID": the pilots (what acted
            # on them follows, ``_acting_on``), not the rules for the same procedure
            pilots = [d for d in selected if says_pilot(fold(d.entry.subject or ""))]
            selected = pilots or selected
        if not other and _NAMES_REFORM.search(folded):
            # "những QĐ nào về CCHC năm 2025", "the PAR inspection plans": the reform's work,
            # not the department's other work filed beside it (no reform area: profiles)
            selected = [d for d in selected if d.profile is None or d.profile.areas] or selected
        if len(bodies) > 1:
            selected = [
                d
                for d in selected
                if any(
                    issued_by(d.entry, who, asked.department if who == "SO" else None)
                    for who in bodies
                )
            ] or selected
        if asks_signing(parsed.clean):
            # who signed a document only cited is not known: what was signed has a file
            selected = [d for d in selected if d.entry.own_source] or selected
        if effect:
            # "QĐ nào có hiệu lực sau ngày ký", "… bắt đầu có hiệu lực trong quý II/2024": of
            # those fitting, the ones whose stated date of effect says so
            return [
                d
                for d in (every_fitting(ranked) if every else selected)
                if self._took_effect(d.entry, effect_period)
            ]
        if asked.acting and asks_of_both(folded):
            # the acts that reached both bodies' documents are the whole answer, whatever
            # holds now ("after the merger, which documents replaced those of both")
            return [d for d in ranked if profile_key(d.entry) in asked.acting]
        if asks_latest(folded):
            return latest_of(ranked, every=every) or selected
        if asks_earliest(folded) and asks_one(parsed):
            return latest_of(ranked, every=every, earliest=True) or selected
        if untouched:
            # "Quy chế nào chưa bị sửa đổi, thay thế hay bãi bỏ": none changed, none ended
            now = self.now
            return [
                d
                for d in selected
                if not self._changed(d.entry)
                and self.lives.status(d.entry, now)["status"] != "not_in_force"
            ]
        if every and parsed.period is not None and not (
            (asks_signing(parsed.clean) or _ISSUED.search(folded)) and not parsed.codes
        ):
            # ("văn bản ký năm 2019", "văn bản Ban ban hành năm 2024": what was signed then,
            # in the order it was signed)
            selected = whole_period_first(selected, parsed.period)
        chosen = selected
        if not every and not saying:
            # "KH kiểm tra CCHC cho năm 2023 và năm 2024", "plans … for 2022, 2023 and 2024":
            # each year asked has its document, the ones the archive only cites too
            each = self._each_year(parsed, ranked, chosen)
            selected = selected + [d for d in each if d not in selected]
            if not agent:  # (the acts asked for are listed first below, ``_authors``)
                selected = selected + self._acting_on(selected, ranked, parsed.instruments)
        if asks_series(folded) and not every and selected and not saying:
            # "KH CCHC hằng năm của Ban giai đoạn 2021-2026": the documents of the yearly
            # series the best one of a single year found belongs to, of the period asked
            yearly = self._yearly(selected, ranked, parsed, cited=True)
            selected = selected + [d for d in yearly if d not in selected]
        if later and not every and selected:
            # the one document asked of, and what acted on it after
            selected = selected[:1] + self._later_acts(selected[:1], ranked)
        elif asks_everything_about(folded) and not every and selected:
            # "Toàn bộ văn bản về Kế hoạch chuyển đổi số năm 2025 …: kế hoạch, văn bản đôn đốc
            # và văn bản gia hạn": it, what carries it out or reports on it, what acted on it
            selected = selected[:1] + self._about(selected[0], ranked)
        if asks_history(folded) and not every:
            # "… qua các thời kỳ": what the documents found replaced, and what replaced them
            selected = selected + self._history(selected, ranked)
        # ("các văn bản thực hiện kế hoạch CCHC năm 2025": every plan of that year and area
        # is the one described, and what carries it out is asked)
        if carrying and (not every or (carrying[0] == "carrying_out" and area is not None)):
            # "KH CCHC năm 2022, 2023, 2024 … để thực hiện những KH nào": each year's
            several = len(parsed.years) > 1 and not asks_one(parsed)
            # each year's document of the series, whichever the facets found ("KH CCHC năm
            # 2022, 2023, 2024 … để thực hiện những VB nào của UBND tỉnh": the province's)
            yearly = self._yearly(selected, ranked, parsed) if several else []
            described = selected + [d for d in yearly if d not in selected]
            selected = (
                self._carrying_out(
                    described, ranked, *carrying, several=several, closest=not every
                )
                or selected
            )
        if asks_replacing_old(folded):
            # "Năm 2024 Sở đã ban hành quy chế mới thay cho quy chế cũ ở những QĐ nào": of
            # those found, the ones that replaced another
            replacing = [d for d in selected if self._replaces(d.entry)]
            selected = replacing or selected
        if asks_former_and_new(folded) and not every:
            # "KH CCHC năm 2025 của 2 sở cũ và của Sở Nội vụ sau hợp nhất": the merged body's,
            # and the former bodies' it replaced (one may be known only from its citing)
            former = self._carrying_out(selected, ranked, "carried_out", None, "replaces")
            selected = former + [d for d in selected if d not in former] if former else selected
        if asks_what_it_replaced(folded):
            # "KH CCHC năm 2025 … thay cho những KH nào": what the one described replaced
            # (described by facets alone, "KH CCHC năm 2025", as well as by a topic)
            replaced = self._carrying_out(selected, ranked, "carried_out", None, "replaces")
            if replaced:
                return replaced  # what it replaced is no longer in force: that is the point
        acted_by = asked_acted_on(folded) if not parsed.idents else None
        if acted_by:
            # "Which decisions did the July 2025 decision on the former provinces' documents
            # repeal?": what the one described acted on
            done = self._carrying_out(selected, ranked, "carried_out", None, acted_by)
            if done:
                return done
        grounds = asked_grounds(folded)
        if grounds and not every:
            selected = self._carrying_out(selected, ranked, *grounds, "based_on") or selected
        # "Quyết định năm 2016 … đã được thay bằng quyết định nào": the documents that did it
        # to the ones described come first.
        if agent and not every:
            # "Quy chế một cửa năm 2021 đã bị thay thế bởi quyết định nào": one described,
            # the best of those selected (the instrument named in its trích yếu first)
            described = self._described_one(parsed, selected) if asks_one(parsed) else selected
            authors = self._authors(described, ranked, agent)
            if authors and _DESCRIBED_FIRST.search(folded):
                # "Which plan set the 2025 targets, and which document amended it?": asked in
                # that order
                selected = described + [d for d in authors if d not in described]
            else:
                selected = authors + (described if authors else selected)
        elif agent:
            # "Which documents replaced the department's 2018 decisions?": described by their
            # facets alone; what acted on each, with those it acted on
            acted = [d for d in selected if self._authors([d], ranked, agent)]
            authors = self._authors(acted, ranked, agent)
            selected = authors + acted if authors else selected
        acts = asked_act_on(folded)
        if acts and not every:
            # "KH số hóa hồ sơ năm 2024 được gia hạn bằng văn bản nào": the documents that
            # did it to the ones described, with what else was asked of them ("… thực hiện
            # KH nào, và sau đó được gia hạn bằng văn bản nào")
            # (else of those reading closest: the facets may have chosen others — "the pilot
            # of fully online emulation-and-reward procedures" is read as the procedures' area)
            near = sorted(ranked, key=lambda d: -d.score)[:CARRIED_OUT_CLOSEST]
            doing = self._doing([d.entry for d in chosen], acts) or self._doing(
                [d.entry for d in near], acts
            )
            actors = sorted(
                (d for d in ranked if d.entry.key in doing),
                key=lambda d: (d.entry.date or "", d.entry.ident),
            )
            if "tam dung" in acts and asks_lifting(folded):
                # "Which decision suspended the online licensing rules, and which one lifted
                # the suspension?": what lifted each suspension, after what made it (found
                # by what it suspended, or itself)
                making = actors or [d for d in chosen if names_act(d.entry, acts)]
                lifting = self._lifting([d.entry for d in making + chosen])
                actors = making + [
                    d for d in ranked if d.entry.ident in lifting and d not in making
                ]
            if actors:
                selected = actors + [d for d in selected if d not in chosen and d not in actors]
        # "Từ ngày 01/3/2025 Sở tiếp nhận … theo văn bản nào": what took effect that day
        day = effect_day(folded)
        starting = [
            d
            for d in ranked
            if self._effective_on(d.entry, day)
            # ("ký năm 2024 nhưng có hiệu lực từ ngày 01/01/2025": signed then)
            and (not parsed.years or d.entry.year in parsed.years)
        ] if day else []
        if starting and not every:
            rest = [] if asks_one(parsed) else [d for d in selected if d not in starting]
            selected = starting + rest
        elif starting:
            # "quyết định ký năm 2024 nhưng có hiệu lực từ ngày 01/01/2025": of those the
            # facets chose, the ones taking effect that day
            selected = [d for d in selected if d in starting] or selected
        relational = (
            every
            or asks_current(parsed)
            or at
            or asks_series(folded)
            or asks_history(folded)
            or carrying
            or asks_what_it_replaced(folded)
            or grounds
            or agent
            or acts
            or starting
        )
        plain = not (relational or asks_one(parsed))
        if plain:
            # "Các quyết định quy định chức năng, nhiệm vụ của Sở": the ones the found ones
            # replaced or were replaced by, read as close and meeting as many facets (the
            # 2016 decision the archive only cites, beside the 2022 and 2025 ones it holds)
            versions = self._versions(chosen, ranked, asked.department, topic)
            selected = selected + [d for d in versions if d not in selected]
            # "UBND tỉnh đã ban hành những văn bản nào về Chỉ số CCHC": the criteria and each
            # year's announcement, whose trích yếu all say it, however their scores step
            alike = self._alike_subjects(own, ranked, chosen)
            selected = selected + [d for d in alike if d not in selected]
        telling = asks_telling(parsed.clean)
        if plain or (telling and not relational):
            # "Những VB nào đề cập chuyện Sổ giao việc ghi bằng giấy", "Văn bản nào nói về
            # việc kiểm tra đột xuất Bộ phận Một cửa": the files one of whose sentences tells
            # of it, whatever their trích yếu (and whether one asks for one or several)
            told = self._telling(own, ranked, selected, asked, asked_to_tell=telling)
            selected = selected + [d for d in told if d not in selected]
        part = asked_season(parsed.clean)
        if part == _WHOLE and len(parsed.years) == 1:
            part = None  # "BC CCHC năm 2024 (báo cáo năm)": that year's own (below)
        if part and selected:
            # "các BC quý I trong bốn năm 2023–2026", "reports for a first quarter", "các báo
            # cáo CCHC cả năm": the reports of that part of a year, of whichever year
            selected = self._of_season(selected, ranked, part, every=every)
        elif parsed.codes == ("BC",) and len(parsed.years) == 1 and _PERIODIC.search(folded):
            # "Năm 2025 Sở có những BC CCHC định kỳ nào (quý, 6 tháng, 9 tháng, năm)": every
            # report of a part of that year or the whole, the year's issued the next January too
            year = Period.of_years(parsed.years[0])
            of_year = [
                d
                for d in ranked
                if d.entry.code == "BC"
                and d.profile is not None
                and d.profile.period is not None
                and year.start <= d.profile.period.start
                and d.profile.period.end <= year.end
                # (the reporting body's, whichever year it was issued in)
                and (not selected or d.entry.issuer in {x.entry.issuer for x in selected})
            ]
            selected = (
                sorted(of_year, key=lambda d: (d.entry.date or "", d.entry.ident)) or selected
            )
        elif parsed.codes == ("BC",) and _MONTHLY.search(folded):
            # "các báo cáo CCHC hằng tháng năm 2025": the reports of one month each, of the
            # years asked (December's sent the next January too), the department's own unless
            # another issuer is asked, in the order of their months
            years = set(parsed.years) or set(parsed.period.years if parsed.period else ())
            monthly = [
                d
                for d in ranked
                if d.entry.code == "BC"
                and d.profile is not None
                and d.profile.period is not None
                and _one_month(d.profile.period)
                and (not years or int(d.profile.period.start[:4]) in years)
                and (asked.issuer not in (None, "SO") or issued_by(d.entry, "SO"))
            ]
            selected = sorted(monthly, key=_month_order) or selected
        elif (
            selected
            and parsed.codes in (("BC",), ("KH",))
            and parsed.period is not None
            and _of_part_of_year(parsed, folded)
        ):
            # "BC CCHC 6 tháng năm 2025", "BC quý III/2025": the reports of that period, not
            # those issued in it (the 2024 report of January, the first quarter's); "kế hoạch
            # CCHC 6 tháng cuối năm 2025": the plan for it, not next year's signed in December
            asked_part = parsed.period
            code = parsed.codes[0]
            of_period = [
                d
                for d in selected + [d for d in ranked if d not in selected]
                if d.entry.code == code and d.profile is not None and d.profile.is_of(asked_part)
            ]
            selected = of_period or selected
        if month is not None and not asks_one(parsed):
            # "Which CCHC plans were signed in December for the following year?": each
            # year's, in the order they were signed
            selected = sorted(selected, key=lambda d: (d.entry.date or "", d.entry.ident))
        if during:
            # what held then includes what amended it then (the Quy chế of 2022 and the
            # decision of 2023 amending its Điều 9, asked "áp dụng trong năm 2023")
            for period in during:
                amending = self._amending(selected, ranked, period.end)
                selected = selected + [d for d in amending if d not in selected]
            return selected
        if not (asks_current(parsed) or at):
            if including:
                amending = self._amending(selected, ranked, self.now)
                amending += self._changing(selected + amending, self.now)
                selected = selected + [d for d in amending if d not in selected]
            # (what acted on one, asked, comes first however its series runs)
            return _series_in_order(selected) if plain else selected
        # What is carried out now (or at the moment asked: "tại thời điểm 31/12/2023"): not
        # a plan (or a report, a programme) whose period ended before then, nor a document
        # issued after it.
        present = at or self.present
        if at:
            selected = [d for d in selected if (d.entry.date or "") <= at]
        running = [d for d in selected if not (present and _ended_before(d, present))]
        if not running and present and len(selected) == 1 and not _A_YEAR.search(parsed.text):
            # "kế hoạch CCHC lĩnh vực ngoại vụ hiện hành": the plan found ended; its series'
            # one running then is asked (this year's, its title the same but for the year; not
            # when the question names the year: "KH CCHC năm 2025 … sau hợp nhất")
            running = [
                d
                for d in same_series(selected[0], ranked)
                if (d.entry.date or "") <= present and not _ended_before(d, present)
            ][-1:]
        selected = running or selected
        # ("QĐ nào ban hành 6 tháng đầu năm nay còn hiệu lực": no topic, so every one fitting;
        # "What did the department do to carry out …": what carries it out, however many)
        if asks_one(parsed) and not every and not (carrying and carrying[0] == "carrying_out"):
            selected = self._lineage(selected, ranked, until=at, topic=topic)
            if _NOW_ONLY.search(folded) and not (
                at
                or asks_history(folded)
                or asks_what_it_replaced(folded)
                or _PAST_TOO.search(folded)
            ):
                # "quy chế làm việc hiện hành": the one in force, not the one it replaced (a
                # question whether one still holds shows what ended it, its lineage)
                alive = [
                    d
                    for d in selected
                    if self.lives.status(d.entry, self.now)["status"] != "not_in_force"
                ]
                selected = alive or selected
            if at:
                # what held then, not what was signed by then to take effect later
                held = [
                    d
                    for d in selected
                    if self.lives.status(d.entry, at)["status"] != "not_yet_in_force"
                ]
                selected = held or selected
            # the document an amending act changed is the one asked for: it comes first
            selected = self._amended_by(selected, ranked) + selected
        else:
            # "Những quy chế nào còn hiệu lực": the ones in force, not those replaced (a
            # one-document question shows its lineage instead, the current one first).
            now = at or self.now
            ended = ("not_in_force", "not_yet_in_force") if at else ("not_in_force",)
            alive = [
                d
                for d in selected
                if self.lives.status(d.entry, now)["status"] not in ended
                and not self._moot(d.entry, now)
            ]
            selected = alive or selected
        # What applies now includes what amended it ("Quy chế chi tiêu nội bộ hiện hành gồm
        # những văn bản nào": the rules and the decision amending their Điều 9).
        selected = selected + self._amending(selected, ranked, at or self.now)
        if including:
            # and what corrected it, or lengthened its term, when counted in
            changing = self._changing(selected, at or self.now)
            selected = selected + [d for d in changing if d not in selected]
        # A question about what holds now (or held then) lists the documents in force first,
        # a document still before the act ending it, and in a list of several before the
        # acts amending it (one asked for, "Quy chế chi tiêu nội bộ nào đang có hiệu lực",
        # is the amending one first: what changed it last)
        ordered = order(selected, self.lives, lambda d: d.entry, at)
        return self._amended_first(ordered, amended=not asks_one(parsed) or every)

    def _moot(self, entry: RegistryEntry, now: str) -> bool:
        """Whether ``entry`` only changed parts of documents no longer in force ``now``: the
        decision repealing Điều 9 of spending rules replaced since is not among the rules
        in force, though nothing ended it."""
        parts = [
            s.relation
            for s in self.lives.acts_of(entry)
            if s.relation.type in ("amends", "repeals") and s.relation.target_scope
        ]
        if not parts:
            return False
        targets = [self.lives.entry(r.target) if r.target else None for r in parts]
        return all(
            t is not None and self.lives.status(t, now)["status"] == "not_in_force"
            for t in targets
        )

    def _each_year(
        self, parsed: ParsedQuestion, ranked: list[ScoredDocument], chosen: list[ScoredDocument]
    ) -> list[ScoredDocument]:
        """For a question asking several years (two to six): for each year none of those
        ``chosen`` is of (the year its trích yếu names, else its year of issue), the best of
        ``ranked`` of that year, of a type asked or the best one's, meeting as many facets
        as the best one (having a file aside: a yearly plan is often known only from the
        report citing it) and scoring within ``YEAR_MARGIN`` of it, or, however it scores,
        of the series of one chosen (its issuer and type, its trích yếu the same but for
        its years: "KH tuyên truyền CCHC … 2023 và 2024", the 2024 plan known only from a
        report's citing, which reads less close than the 2023 one with its file)."""
        years = set(parsed.years)
        if len(years) < 2 and parsed.period is not None:
            years = set(parsed.period.years)
        if not chosen or not 2 <= len(years) <= 6:
            return []

        def year_of(d: ScoredDocument) -> int | None:
            return subject_year(d.entry.subject) or d.entry.year

        lead = max(chosen, key=lambda d: d.score)
        codes = {*parsed.codes, lead.entry.code}
        series = {
            (d.entry.code, d.entry.issuer, series_key(d.entry.subject))
            for d in chosen
            if d.entry.subject
        }

        # (one known only from citing has no issuer and a citing text's words: its symbol and
        # the head of its trích yếu tell its series)
        cited_series = {
            (d.entry.code, _symbol(d.entry.ident), series_head(d.entry.subject))
            for d in chosen
            if d.entry.subject
        }

        def of_series(d: ScoredDocument) -> bool:
            e = d.entry
            if not e.subject:
                return False
            if (e.code, e.issuer, series_key(e.subject)) in series:
                return True
            return not e.own_source and (
                (e.code, _symbol(e.ident), series_head(e.subject)) in cited_series
            )

        out = []
        for year in sorted(years - {year_of(d) for d in chosen}):
            fits = [
                d
                for d in ranked
                if year_of(d) == year
                and d.entry.code in codes
                and bare_facets(d) >= bare_facets(lead) - 1e-9
                and (d.score >= lead.score - YEAR_MARGIN or of_series(d))
            ]
            if fits:
                out.append(max(fits, key=lambda d: d.score))
        return out

    def _alike_subjects(
        self, parsed: ParsedQuestion, ranked: list[ScoredDocument], chosen: list[ScoredDocument]
    ) -> list[ScoredDocument]:
        """The documents of ``ranked`` relevant to the question (as ``select`` reads it),
        meeting as many facets as the best of ``chosen``, whose trích yếu holds as much of
        the topic's weight (``BodyIndex.subject_cover``) as the closest of ``chosen`` does,
        and at least ``ALIKE_SHARE``: the documents the score gap cut though their subject
        says what the question asks as fully."""
        if not chosen:
            return []
        best = max(d.score for d in ranked)
        most = max(d.facets for d in chosen)
        # relevant and meeting the facets first: only those are read against the topic
        fitting = [
            d
            for d in ranked
            if d not in chosen
            and d.score >= best - RELEVANCE_GAP
            and d.score - d.evidence >= FLOOR
            and d.facets >= most - 1e-9
        ]
        if not fitting:
            return []
        topic = parsed.gloss if parsed.language == "en" else told_topic(parsed.clean)
        read = [*chosen, *fitting]
        shares = self.bodies.subject_shares(
            topic, [f"{d.entry.kind or ''} {d.entry.subject or ''}" for d in read]
        )
        # a document whose trích yếu is unknown holds nothing of the topic
        cover = [s if d.entry.subject else 0.0 for d, s in zip(read, shares, strict=True)]
        bar = max(ALIKE_SHARE, *cover[: len(chosen)])
        alike = [d for d, c in zip(fitting, cover[len(chosen) :], strict=True) if c >= bar - 1e-9]
        return sorted(alike, key=lambda d: (-d.score, d.entry.ident))

    def _of_season(
        self,
        selected: list[ScoredDocument],
        ranked: list[ScoredDocument],
        part: tuple[str, str],
        *,
        every: bool,
    ) -> list[ScoredDocument]:
        """``selected`` with its reports those of ``part`` of a year (``asked_season``),
        by date: of those selected when the question names no topic (``every``), else of
        those ranked meeting as many facets as the best selected; unchanged when no report
        is of that part."""
        most = max(d.facets for d in selected)
        pool = selected if every else selected + [d for d in ranked if d not in selected]
        fitting = [
            d
            for d in pool
            if d.entry.code == "BC"
            and d.profile is not None
            and d.profile.period is not None
            and part in {season(p) for p in (d.profile.period, *d.profile.quarters())}
            and (every or d.facets >= most - 1e-9)
        ]
        if not fitting:
            # "các KH tuyên truyền 6 tháng cuối năm": the documents of that part of a year,
            # year by year, before the rest
            ours = sorted(
                (
                    d
                    for d in selected
                    if d.profile is not None
                    and d.profile.period is not None
                    and season(d.profile.period) == part
                ),
                key=lambda d: (d.entry.date or "", d.entry.ident),
            )
            return ours + [d for d in selected if d not in ours]
        fitting.sort(key=lambda d: (d.entry.date or "", d.entry.ident))
        return [d for d in selected if d.entry.code != "BC"] + fitting

    @property
    def bodies(self) -> BodyIndex:
        """The sentences of the archive's own files (``bodies.BodyIndex``), read on first use."""
        if self._bodies is None:
            self._bodies = BodyIndex(self.registry.entries(), self.chunks)
        return self._bodies

    def _telling(
        self,
        parsed: ParsedQuestion,
        ranked: list[ScoredDocument],
        selected: list[ScoredDocument],
        asked: Asked,
        *,
        asked_to_tell: bool,
    ) -> list[ScoredDocument]:
        """The documents of ``ranked`` one sentence of whose own file holds at least
        ``TOLD_SHARE`` of what the question's topic says (``BodyIndex.covering``), meeting
        as many of the facets ``asked`` as the best selected (the area and the instruments
        named aside: a plan's task, a report's sentence, tell of a Quy chế whatever area
        their file is filed under).
        None when the topic says little (``TOLD_WEIGHT``) or, unless the question asks what
        tells of it (``asked_to_tell``: "đề cập", "nói về"), when some document's trích yếu
        is about it (``TOLD_SUBJECT``): its subject, not its text, then answers."""
        # an English question by its Vietnamese terms (the archive's words)
        topic = parsed.gloss if parsed.language == "en" else told_topic(parsed.clean)
        bodies = self.bodies
        if bodies.weight(topic) < TOLD_WEIGHT:
            return []
        subjects = [f"{e.kind or ''} {e.subject}" for e in self.registry.entries() if e.subject]
        if not asked_to_tell and bodies.subject_cover(topic, subjects) >= TOLD_SUBJECT:
            return []
        cover = bodies.covering(topic, [d.entry.key for d in ranked if d.entry.own_source])
        unfiled = replace(asked, area=None, instruments=())

        def facets(d: ScoredDocument) -> float:
            own = OWN_WEIGHT if d.entry.own_source else 0.0
            return facet_score(d.entry, d.profile, unfiled) - own

        most = max((facets(d) for d in selected or ranked), default=0.0)
        return sorted(
            (
                d
                for d in ranked
                if cover.get(d.entry.key, 0.0) >= TOLD_SHARE and facets(d) >= most - 1e-9
            ),
            key=lambda d: (-cover[d.entry.key], d.entry.date or "", d.entry.ident),
        )

    def _named_signer(self, clean: str) -> str | None:
        """A signer of the archive's files whom a question about signing names in any case,
        with or without diacritics or a title ("ds quyet dinh ong tran minh khang ky"),
        folded; None if it names none."""
        if not asks_signing(clean):
            return None
        if self._signer_names is None:
            names = {
                name
                for e in self.registry.entries()
                if e.own_source
                for c in self.chunks.of_source(e.own_source)
                for name in signers(c.text)
                if len(name.split()) >= 2
            }
            self._signer_names = sorted(names, key=len, reverse=True)
        folded = " ".join(fold(clean).split())
        return next(
            (n for n in self._signer_names if re.search(rf"\b{re.escape(n)}\b", folded)), None
        )

    def _signed_as(self, entries: list[RegistryEntry], title: str | None) -> list[RegistryEntry]:
        """The entries whose own file's signature carries ``title`` ("PHÓ GIÁM ĐỐC"): in
        its last lines, or in a signature block before an attached text."""
        if title is None:
            return []
        return [e for e in entries if any(title in b for b in self._signature_blocks(e))]

    def _signed_in_form(
        self, entries: list[RegistryEntry], marks: tuple[str, ...]
    ) -> list[RegistryEntry]:
        """The entries whose own file's signature is in one of the forms ``marks`` names
        ("KT. GIÁM ĐỐC", "TL. GIÁM ĐỐC": signed for the head, not by the head)."""
        if not marks:
            return []
        forms = re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, marks)) + r")\s*[A-ZĐÀ-Ỹ]")
        return [e for e in entries if any(forms.search(b) for b in self._signature_blocks(e))]

    def _signed_under(
        self, entries: list[RegistryEntry], signer: str, title: str
    ) -> list[RegistryEntry]:
        """The entries whose signature block names ``signer`` (folded) under ``title`` ("PHÓ
        GIÁM ĐỐC"): what a person signed in one of the posts held."""
        return [
            e
            for e in entries
            if any(title in b and signed_by(b, signer) for b in self._signature_blocks(e))
        ]

    def _signed(self, entries: list[RegistryEntry], signer: str | None) -> list[RegistryEntry]:
        """The entries whose own file's last lines (its signature), or a signature block
        before an attached text (``fit.signers``), name ``signer``."""
        if signer is None:
            return []
        out = []
        for e in entries:
            chunks = self.chunks.of_file(e)
            if not chunks:
                continue
            if signed_by(self._signature(e), signer) or any(
                signer in name for c in chunks for name in signers(c.text)
            ):
                out.append(e)
        return out

    def _of_bodies(self, found: list[ScoredDocument], bodies: list[Organ]) -> list[ScoredDocument]:
        """``found`` of the bodies a question names as their issuers ("UBND tỉnh và Sở Nội
        vụ đã có những công văn nào …": the province's and the Sở's letters, whatever symbol
        the archive's own body shares with them), when none of them is the archive's own
        body (``fit.latest_body``, else the issuer of its latest own file); ``found``
        otherwise."""
        if not bodies:
            return found
        home = self._home()
        if home is None or any(disagreement(b, home) is None for b in bodies):
            return found
        kept = [d for d in found if any(_issued_by_body(d.entry, b) for b in bodies)]
        return kept or found

    def _home(self) -> Organ | None:
        """The archive's own body as its header names it: that of the latest own file of
        ``fit.latest_body`` (of any own file when the archive has no two bodies); found once."""
        if self._home_organ is None:
            entries = self.registry.entries()
            latest = latest_body(entries)
            own = [
                e
                for e in entries
                if e.own_source
                and e.date
                and e.issuer_name
                and (latest is None or header_body(e.issuer_name) == latest)
            ]
            last = max(own, key=lambda e: e.date or "") if own else None
            self._home_organ = (organ_of_header(last.issuer_name) if last else None,)
        return self._home_organ[0]

    def _answers(self, parsed: ParsedQuestion) -> list[ScoredDocument]:
        """For a question about letters and their answers (``fit.asked_answering``): the
        letters answered, or the answers, of the body it names (whose letters were answered,
        or whom the answers went to), of its years. An answer is one of the archive's own
        files carrying out another body's letter ("Thực hiện / Phúc đáp Công văn số …") and
        sent back to it ("Kính gửi: Sở Nội vụ …"); a letter carried out by letters down to the
        communes was not answered. [] when the question asks neither, or none is found."""
        side = asked_answering(fold(parsed.clean))
        if side is None:
            return []
        named = answer_body(parsed.clean)
        answering = answering_body(parsed.clean)
        years = {str(y) for y in parsed.years}
        found: dict[str, RegistryEntry] = {}
        for answer in self.registry.entries():
            if not answer.own_source:
                continue
            for s in self.lives.acts_of(answer):
                r = s.relation
                letter = self.lives.entry(r.target, r.target_date) if r.target else None
                if r.type != "implements" or letter is None or letter.key == answer.key:
                    continue
                if (letter.code or CONG_VAN) != CONG_VAN or not self._sent_back(answer, letter):
                    continue
                whose, by = organ_of_entry(letter), organ_of_entry(answer)
                if named is not None and (whose is None or disagreement(named, whose)):
                    continue
                if answering is not None and (by is None or disagreement(answering, by)):
                    continue
                if years and not {(answer.date or "")[:4], (letter.date or "")[:4]} & years:
                    continue
                chosen = letter if side == "answered" else answer
                found.setdefault(chosen.key, chosen)
        ordered = sorted(found.values(), key=lambda e: (e.date or "", e.key))
        return [_unscored(e) for e in ordered]

    def _sent_back(self, answer: RegistryEntry, letter: RegistryEntry) -> bool:
        """Whether ``answer``'s "Kính gửi" names the body that sent ``letter`` (a body named
        by its kind only, "UBND các phường, xã", is no one body)."""
        sender = organ_of_entry(letter)
        if sender is None:
            return False
        text = " ".join(c.text for c in self.chunks.of_file(answer)[:2])
        return any(
            (to.unit or to.place or to.field) and disagreement(to, sender) is None
            for to in addressed_organs(text)
        )

    def _addressed(
        self, entries: list[RegistryEntry], recipient: tuple[str, ...]
    ) -> list[RegistryEntry]:
        """The entries whose own file's "Kính gửi: …" names ``recipient``
        (``fit.addressed_to``), and those known only from citing whose citing sentence
        says they were sent to it ("… trình UBND tỉnh tại Tờ trình số 96/TTr-SGDĐT":
        ``fit.sent_to_in``)."""
        if not recipient:
            return []
        out = []
        for e in entries:
            chunks = self.chunks.of_file(e)
            if chunks:
                if addressed_to(" ".join(c.text for c in chunks[:2]), recipient):
                    out.append(e)
                continue
            contexts = (self.chunks.context(m) for m in e.mentions)
            if any(c is not None and sent_to_in(fold(c[0]), recipient) for c in contexts):
                out.append(e)
        return out

    def _proposed(self, entries: list[RegistryEntry], who: str | None) -> list[RegistryEntry]:
        """The entries whose own file's preamble names ``who`` as its proposer ("Theo đề
        nghị của Trưởng phòng …", ``fit.proposed_by``)."""
        if who is None:
            return []
        out = []
        for e in entries:
            chunks = self.chunks.of_file(e)
            if chunks and proposed_by(" ".join(c.text for c in chunks[:3]), who):
                out.append(e)
        return out

    def _carrying_out(
        self,
        selected: list[ScoredDocument],
        ranked: list[ScoredDocument],
        side: str,
        code: str | None,
        relation: str = "implements",
        *,
        several: bool = False,
        closest: bool = True,
    ) -> list[ScoredDocument]:
        """For "kế hoạch nào … để thực hiện Kế hoạch X" (``side`` "carrying_out"): the
        documents that carry the one described out; for "X … để cụ thể hóa kế hoạch nào"
        ("carried_out"): what the one described carries out (of type ``code``). Those found,
        by date, then the document described (its grounds alone: it is no ground of itself);
        [] when the archive tells of none. With ``relation`` "based_on": what rests on the one
        described ("resting_on"), or what it rests on ("grounds").

        The document described is the one reading closest to the question of those selected
        and those reading closest (``CARRIED_OUT_CLOSEST``) that the archive says carry out,
        or are carried out by, another: the facets a question implies may have chosen another
        ("KH CCHC năm 2024" beside a decision issuing a 2024 inspection plan). With
        ``several``, each of those selected that the archive says so of counts, not the best
        alone ("KH CCHC năm 2022, 2023, 2024 … để thực hiện những KH nào"). Without
        ``closest``, those selected alone may be the one described (the facets chose them:
        "các văn bản thực hiện kế hoạch CCHC năm 2025")."""
        by_key = {d.entry.key: d for d in ranked}
        near = sorted(ranked, key=lambda d: -d.score)[:CARRIED_OUT_CLOSEST] if closest else []
        described = {d.entry.key: d for d in [*selected, *near]}
        best: tuple[ScoredDocument, list[ScoredDocument]] | None = None
        every: dict[str, ScoredDocument] = {}
        chosen = {d.entry.key for d in selected}
        for d in described.values():
            others = self._related(d.entry, side, relation)
            found = {
                e.key: by_key[e.key]
                for e in others
                if e.key in by_key
                and e.key != d.entry.key
                and (code is None or (e.code or CONG_VAN) == code)
            }
            if found and d.entry.key in chosen:
                every.update(found)
            # having a file breaks a near tie: "KH CCHC từng năm mà huyện lập ra theo KH CCHC
            # giai đoạn 2021–2025 của chính huyện" is the district's plan, not the province's
            # it carries out, which its file cites
            if found and (best is None or _weight(d) > _weight(best[0])):
                best = d, sorted(found.values(), key=lambda f: (f.entry.date or "", f.entry.ident))
        if several and len(every) > len(best[1] if best else ()):
            return sorted(every.values(), key=lambda f: (f.entry.date or "", f.entry.ident))
        if best is None:
            return []
        # what the described one rests on is the answer alone; each ground is shown where
        # its file cites it
        return best[1] if side == "grounds" else [*best[1], best[0]]

    def _yearly(
        self,
        selected: list[ScoredDocument],
        ranked: list[ScoredDocument],
        parsed: ParsedQuestion,
        *,
        cited: bool = False,
    ) -> list[ScoredDocument]:
        """The yearly series of the first document with a file of those ``selected`` (or, with
        ``cited``, of the first selected, known only from citing, when none has a file and
        the question asks another body's; or, failing them, of those ranked) whose trích yếu
        names one year, of the years or period ``parsed`` asks, by date; [] when it has no
        other year's document."""
        named = [d for d in selected if subject_year(d.entry.subject) is not None]
        anchor = next(
            (
                d
                for d in [*named, *ranked]
                if d.entry.own_source and subject_year(d.entry.subject) is not None
            ),
            None,
        )
        if (
            cited
            and named
            and not any(d.entry.own_source for d in named)
            and asked_issuer(parsed.clean) not in (None, "SO")
        ):
            # "liệt kê các KH của tỉnh từ 2022 tới nay": another body's series, known from
            # the department's files citing it
            anchor = named[0]
        if anchor is None:
            return []
        series = same_series(anchor, ranked)
        # of the years asked ("năm 2022, 2023, 2024", "giai đoạn 2022-2024"), as each one's
        # trích yếu names its year
        years = set(parsed.years) or set(parsed.period.years if parsed.period else ())
        if years:
            series = [d for d in series if subject_year(d.entry.subject) in years]
        return series if len(series) > 1 else []

    def _held_during(self, entry: RegistryEntry, period: Period) -> bool:
        """Whether ``entry`` was in force at some time of ``period``: in effect (or issued,
        when no date of effect is known) by its end, and not ended in whole by its start."""
        life = self.lives.life(entry)
        start = (life.effective if life else None) or entry.date
        if start is None or start > period.end:
            return False
        # the plan "Cải cách hành chính năm 2023" is over by 2024, whatever ended it or not (a
        # Quy chế "năm 2022" holds on until it is replaced)
        own = self.profiles.get(profile_key(entry))
        stated = own.period if own is not None else None
        if (
            stated is not None
            and stated.whole_years
            and not stated.overlaps(period)
            and _is_plan(entry, _YEARLY_PLAN_CODES)
        ):
            return False
        return life is None or life.ended_by(period.start) is None

    def _effective_on(self, entry: RegistryEntry, day: str | None) -> bool:
        """Whether the archive states that ``entry`` took effect on ``day``."""
        life = self.lives.life(entry)
        return bool(day) and life is not None and life.effective == day

    def _took_effect(self, entry: RegistryEntry, period: Period | None) -> bool:
        """Whether ``entry`` took effect, as the archive states (not assumed from its date of
        issue), within ``period``, or when None later than it was signed."""
        life = self.lives.life(entry)
        if life is None or life.effective is None or life.effective_basis == ISSUE_DATE:
            return False
        if period is not None:
            return life.effective in period
        return bool(entry.date) and life.effective > (entry.date or "")

    def _replaces(self, entry: RegistryEntry) -> bool:
        """Whether the archive tells that ``entry`` replaced another document."""
        return any(st.relation.type == "replaces" for st in self.lives.acts_of(entry))

    def _changed(self, entry: RegistryEntry) -> bool:
        """Whether any document amended, replaced, repealed or ended ``entry``, in part or
        whole, as the archive tells."""
        changes = ("amends", "replaces", "repeals", "terminates")
        return any(s.relation.type in changes for s in self.lives.acts_on(entry))

    def _related(self, entry: RegistryEntry, side: str, relation: str) -> list[RegistryEntry]:
        """The documents ``entry`` acts on by ``relation`` (``side`` "carried_out" or
        "grounds"), or those acting on it so ("carrying_out", "resting_on")."""
        if side in ("carried_out", "grounds"):
            found = [
                self.lives.entry(st.relation.target, st.relation.target_date)
                for st in self.lives.acts_of(entry)
                if st.relation.type == relation and st.relation.target
            ]
        else:
            # a plan is carried out by what implements it, by what is issued on its ground
            # ("Căn cứ Kế hoạch số 05/KH-SNV …, Sở ban hành Kế hoạch tuyên truyền") and by
            # what adjusts it ("Điều chỉnh, bổ sung Kế hoạch số 05/KH-BQLKCN …")
            types = (
                {relation, "based_on", "amends"}
                if side == "carrying_out" and _is_plan(entry, _PLAN_CODES)
                else {relation}
            )
            found = [
                self.lives.entry(st.relation.source)
                for st in self.lives.acts_on(entry)
                if st.relation.type in types
            ]
            if side == "carrying_out" and _is_plan(entry, _PLAN_CODES):
                found += [e for e in self._reporting_on(entry) if e not in found]
        return [e for e in found if e is not None]

    def _reporting_on(self, plan: RegistryEntry) -> list[RegistryEntry]:
        """The reports whose files say the body carried ``plan`` out ("Sở tiếp tục thực
        hiện Kế hoạch số 04/KH-SXD …", "Thực hiện Kế hoạch số 05/KH-TTT …, Thanh tra tỉnh báo
        cáo"): what a report tells of the work done under a plan, which the archive's
        relations do not hold (a report acts on no plan)."""
        from assistant.generation.report_sources import archive_text

        found: list[RegistryEntry] = []
        owners = {e.own_source: e for e in self.registry.entries() if e.own_source}
        for m in plan.mentions:
            report = owners.get(m.source)
            if report is None or report.code != "BC" or report.key == plan.key or report in found:
                continue
            text = archive_text(self, m.source) or ""
            if _CARRIED_OUT_SAID.search(text[max(0, m.start - 160) : m.start]):
                found.append(report)
        return found

    def mentioning_named(self, parsed: ParsedQuestion) -> list[ScoredDocument] | None:
        """For "Văn bản nào có nhắc tới Nghị định 115/2020/NĐ-CP" (a document named by
        number): the archive's documents whose files cite it, by date — of the issuer and
        type the question names, and without those resting on it when it asks for a mention
        beside the grounds ("… mà không phải để làm căn cứ"); [] when no file does so, None
        when it asks no such thing or names no document the archive knows."""
        folded = fold(parsed.clean)
        mode = asked_mentioning(folded)
        grounds = asked_grounds(folded)
        if (
            parsed.idents
            and grounds is not None
            and grounds[0] == "grounds"
            and _NAMES_GROUNDS.search(folded)
        ):
            # "What legal grounds does decision 88/QĐ-STP cite?", "các văn bản mà 12/QĐ-SYT
            # viện dẫn làm căn cứ": its Căn cứ lines, not the documents citing it
            return None
        if asks_cited_by(folded):
            if not parsed.idents:
                return self._cited_by(parsed)
            # "QĐ 88/QĐ-STP viện dẫn những văn bản nào", "Which documents does decision 88/QĐ-STP
            # cite?": what the named one cites, not what cites it
            citing = self._named_citing(parsed)
            if citing is not None:
                return citing
        national = mentioned_issuer(folded)
        if mode is None or not (parsed.idents or national) or not parsed.wants_list:
            return None
        if parsed.idents:
            named = self.registry.lookup(parsed.clean)
        else:
            # "văn bản nào viện dẫn quyết định của Thủ tướng Chính phủ": every …/QĐ-TTg
            tail = f"-{national}".lower()
            named = [e for e in self.registry.entries() if e.ident.lower().endswith(tail)]
        if not named:
            return None
        keys = {n.key for n in named}
        owners = {e.own_source: e for e in self.registry.entries() if e.own_source}
        asked = self._asked(parsed)
        codes = set(parsed.codes) - {n.code for n in named}
        found: dict[str, RegistryEntry] = {}
        for n in named:
            resting = (
                {e.key for e in self._related(n, "resting_on", "based_on")}
                if mode == "not_grounds"
                else set()
            )
            for m in n.mentions:
                e = owners.get(m.source)
                if e is None or e.key in keys or e.key in resting:
                    continue
                if asked.issuer and not issued_by(e, asked.issuer, asked.department):
                    continue
                if codes and (e.code or CONG_VAN) not in codes:
                    continue
                found[e.key] = e
        if not found:
            return []
        return self._by_date(list(found.values()), parsed)

    def _named_citing(self, parsed: ParsedQuestion) -> list[ScoredDocument] | None:
        """For "Which documents does decision 88/QĐ-STP cite?": what the file of the one
        named in the part describing the citing document cites (``_cited_by``); None when
        it names none there or the archive holds no file of it."""
        described = described_citing(parsed.clean)
        if described == parsed.clean:
            return None
        named = next((e for e in self.registry.lookup(described) if e.own_source), None)
        return None if named is None else self._cited_by(parsed, named)

    def _by_date(
        self, entries: list[RegistryEntry], parsed: ParsedQuestion
    ) -> list[ScoredDocument]:
        """``entries`` as documents of the answer (read against the question), by date."""
        scored = rank_documents(entries, parsed.clean, chunks=self.chunks, vectors=self.vectors)
        return sorted(scored, key=lambda d: (d.entry.date or "", d.entry.ident))

    def _cited_by(
        self, parsed: ParsedQuestion, citing: RegistryEntry | None = None
    ) -> list[ScoredDocument] | None:
        """For "Which documents of the provincial committee does the 2019 report refer to?":
        the documents the file of the one described (``citing``, when named) cites, of the
        issuer named, by date; None when no file fits the description."""
        described = described_citing(parsed.clean)
        if citing is not None:
            return self._cited_in(parsed, described, citing)
        found = self.documents(parse_question(f"{described} là văn bản nào"))
        said = parse_question(described)
        period = said.period or (Period.of_years(said.years[0]) if len(said.years) == 1 else None)
        if period is not None:
            # "BC kết quả năm 2025": the report of the whole year, signed in January 2026
            whole = [
                e
                for e in self.registry.entries()
                if e.own_source
                and (profile := self.profiles.get(profile_key(e))) is not None
                and profile.is_of(period)
                and (not said.codes or (e.code or CONG_VAN) in said.codes)
            ]
            closest = rank_documents(whole, described, chunks=self.chunks, vectors=self.vectors)
            found = sorted(closest, key=lambda d: -d.score) + found
        citing = next((d.entry for d in found if d.entry.own_source), None)
        return None if citing is None else self._cited_in(parsed, described, citing)

    def _cited_in(
        self, parsed: ParsedQuestion, described: str, citing: RegistryEntry
    ) -> list[ScoredDocument]:
        """The documents ``citing``'s file cites, of the issuer, types and time the rest of
        the question (after ``described``) asks for, by date."""
        source = citing.own_source
        rest = without_own_date(parsed.clean.replace(described, " "))
        issuer = asked_issuer(rest) or (
            "UBND"
            if re.search(r"\b(?:ubnd|uy ban nhan dan|people'?s committee)\b", fold(rest))
            else None
        )
        # of the types and the time asked too: "… nêu những QĐ nào do UBND tỉnh ban hành
        # trong năm 2024", "… những quyết định, kế hoạch nào được ban hành sau khi hợp nhất"
        told = parse_question(rest)
        codes = set(told.codes) - {"VB"}
        since = merged_since(self.registry.entries()) if asks_since_merger(fold(rest)) else None
        cited = {
            e.key: e
            for e in self.registry.entries()
            if e.key != citing.key
            and any(m.source == source for m in e.mentions)
            and (issuer is None or issued_by(e, issuer))
            and (not codes or (e.code or CONG_VAN) in codes)
            and (not told.years or e.year in told.years)
            and (since is None or (e.date or "") >= since)
        }
        if asks_replacing_old(fold(rest)):
            # "… nêu những văn bản mới nào được ban hành để thay thế văn bản cũ": of those
            # it cites, the ones that replaced another
            cited = {k: e for k, e in cited.items() if self._replaces(e)}
        if asks_changed_by_then(fold(rest)) and citing.date:
            # "BC … có viện dẫn QĐ nào mà đến ngày lập BC đã bị thay, hoặc bị sửa một phần":
            # of those it cites, the ones replaced, amended or ended (in part or whole) by
            # the day it was written
            cited = {k: e for k, e in cited.items() if self._changed_by(e, citing.date)}
        if not cited:
            return []
        return self._by_date(list(cited.values()), parsed)

    def _changed_by(self, entry: RegistryEntry, day: str) -> bool:
        """Whether a later document replaced, amended or ended ``entry``, in part or whole,
        with effect by ``day``."""
        life = self.lives.life(entry)
        return life is not None and bool(life.events_by(day))

    def answering_named(self, parsed: ParsedQuestion) -> list[ScoredDocument]:
        """For "Tờ trình 88/TTr-SYT …: UBND tỉnh đã ban hành QĐ nào theo tờ trình đó": the
        documents whose files say they were issued on its proposal ("Theo đề nghị … tại Tờ
        trình số 88/TTr-SYT"), by date; with "rồi … ra QĐ gì tiếp theo", the first one
        resting on each of them after it; with "và QĐ ấy thay cho QĐ nào", what each
        replaced; [] when the question asks no such thing."""
        folded = fold(parsed.clean)
        asked, followed = asks_answered_proposal(folded)
        if not asked:
            return []
        proposals = [e for e in self.registry.lookup(parsed.clean) if e.code == "TTr"]
        described = described_proposals(parsed.clean) if not proposals else None
        if described:
            # "Hai tờ trình Phòng Nội vụ gửi UBND huyện trong năm 2023 sau đó được huyện chấp
            # thuận bằng những văn bản nào", "Tờ trinh 31 của Sở … đc UBND tỉnh duyệt bằng QĐ
            # nào": the proposals described, found as a list question finds them
            proposed = replace(parse_question(described), codes=("TTr",))
            proposals = [d.entry for d in self.documents(proposed) if d.entry.code == "TTr"]
        if not proposals:
            return []
        owners = {e.own_source: e for e in self.registry.entries() if e.own_source}
        found: dict[str, RegistryEntry] = {}
        for proposal in proposals:
            for m in proposal.mentions:
                e = owners.get(m.source)
                context = self.chunks.context(m) if e is not None else None
                if e is None or e.key == proposal.key or context is None:
                    continue
                said = fold(context[0])
                cited = said.find(fold(m.ident).split("/")[0] + "/")
                if _ON_PROPOSAL.search(said[: cited if cited >= 0 else len(said)]):
                    found[e.key] = e
                elif cited >= 0 and _ON_IT.search(said[:cited]):
                    # a report tells it: "Trên cơ sở Tờ trình số 57/TTr-SLĐTBXH …, Chủ tịch
                    # UBND tỉnh ban hành Quyết định số 1725/QĐ-UBND …"
                    issued = _ISSUED_ON_IT.match(context[0], cited)
                    for answer in self.registry.lookup(issued.group(1)) if issued else []:
                        found[answer.key] = answer
        if followed:
            for e in list(found.values()):
                after = [
                    r
                    for r in self._related(e, "resting_on", "based_on")
                    if r.own_source and (r.date or "") >= (e.date or "")
                ]
                if after:
                    first = min(after, key=lambda r: (r.date or "", r.ident))
                    found[first.key] = first
        if asks_what_answer_replaced(folded):
            # "…, và QĐ ấy thay cho QĐ nào": what each answer replaced
            for e in list(found.values()):
                for r in self._related(e, "carried_out", "replaces"):
                    found[r.key] = r
        if not found:
            return []
        return self._by_date(list(found.values()), parsed)

    def resting_on_named(self, parsed: ParsedQuestion) -> list[ScoredDocument]:
        """For "Những văn bản nào lấy Nghị định 90/2020/NĐ-CP làm căn cứ" (a document named
        by number): the documents whose grounds cite it, by date; for "Những văn
        bản nào được ban hành để triển khai Kế hoạch 03/KH-SYT", those carrying it out; []
        when the question asks no such thing or the archive tells of none."""
        if not parsed.idents:
            return []
        folded = fold(parsed.clean)
        # (both asked: "Which documents were issued on the basis of, or say they carry out,
        # plan 05/KH-TTT?")
        asks = [
            (asked, relation)
            for asked, relation in (
                (asked_grounds(folded), "based_on"),
                (asked_carrying_out(folded), "implements"),
            )
            if asked is not None
        ]
        if not asks:
            return []
        if len(asks) > 1 and {a[0] for a, _ in asks} != {"resting_on", "carrying_out"}:
            asks = asks[:1]
        named = self.registry.lookup(parsed.clean)
        keys = {n.key for n in named}
        # (of the type asked, or of the types: "những kế hoạch và báo cáo nào thực hiện …")
        several = listed_types(folded)
        found = {
            e.key: e
            for (side, code), relation in asks
            for n in named
            for e in self._related(n, side, relation)
            if e.key not in keys
            and (
                (e.code or CONG_VAN) in several
                if several
                else code is None or (e.code or CONG_VAN) == code
            )
        }
        if not found:
            return []
        asked = self._asked(parsed)
        if asked.issuer and all(side == "resting_on" for (side, _), _ in asks):
            # "qd nao cua so ngoai vu co can cu nghi dinh 61/2018": the issuer's own, not the
            # province's resting on it too (what carries a plan out may be of two bodies: "kế
            # hoạch nào của UBND tỉnh và kế hoạch nào của chính Sở")
            found = {
                k: e for k, e in found.items() if issued_by(e, asked.issuer, asked.department)
            } or found
        if any(side == "carrying_out" for (side, _), _ in asks):
            # a province's plan is carried out through the department's own plan, and so by
            # what carries that one out ("Thực hiện KH 236/KH-UBND …, Ban đã ban hành những KH
            # và BC nào": its plan, then the plans and reports under it)
            issuers = {n.issuer for n in named if n.code in ("KH", "CTr")}
            for plan in [e for e in found.values() if issuers and _is_plan(e, _PLAN_CODES)]:
                if plan.issuer in issuers:
                    continue
                for e in self._related(plan, "carrying_out", "implements"):
                    if (
                        e.key not in keys
                        and e.issuer == plan.issuer
                        and (not several or (e.code or CONG_VAN) in several)
                    ):
                        found.setdefault(e.key, e)
        scored = rank_documents(
            list(found.values()), parsed.clean, chunks=self.chunks, vectors=self.vectors
        )
        listed = {d.entry.key: d for d in scored}
        order_ = sorted(found.values(), key=lambda e: (e.date or "", e.ident))
        # (the ground named is what was asked about, not one of the documents resting on it)
        return [listed[e.key] for e in order_ if e.key in listed]

    def doing_named(self, parsed: ParsedQuestion) -> list[ScoredDocument]:
        """For "Quyết định nào đính chính Quyết định số 27/QĐ-SCT?" (a document named by
        number, an act its life does not record): the documents whose files cite it and whose
        trích yếu names the act, by date; [] when it asks no such thing."""
        acts = asked_act_on(fold(parsed.clean))
        if not (acts and parsed.idents):
            return []
        named = self.registry.lookup(parsed.clean)
        if not named:
            return []
        doing = self._doing(named, acts)
        found = [e for e in self.registry.entries() if e.key in doing]
        return self._by_date(found, parsed) if found else []

    def _lifting(self, entries: Sequence[RegistryEntry]) -> set[str]:
        """The idents of the documents that lifted a suspension of one of ``entries``, or of
        a document one of them suspended."""
        idents = {e.ident for e in entries}
        lives = [self.lives.life(e) for e in entries] + [
            self.lives.life(target)
            for e in entries
            for st in self.lives.acts_of(e)
            if st.relation.type != "based_on"
            and st.relation.target
            and (target := self.lives.entry(st.relation.target, st.relation.target_date))
        ]
        return {
            e.lifted_by
            for i, life in enumerate(lives)
            if life is not None
            for e in life.events
            if e.type == "suspended" and e.lifted_by and (i < len(entries) or e.by in idents)
        }

    def _doing(self, targets: Sequence[RegistryEntry], acts: Sequence[str]) -> set[str]:
        """The keys of the documents with a file whose trích yếu names one of ``acts``
        (folded) and whose file cites one of ``targets``."""
        # (one found among the targets is an actor, not a target: "Which letter extended the
        # 2024 digitisation plan?" finds the letter beside the plan)
        targets = [t for t in targets if not names_act(t, acts)]
        sources = {m.source for t in targets for m in t.mentions}
        keys = {t.key for t in targets}
        # and an extension made by rewriting the term's article ("Sửa đổi Điều 2 Quyết định số
        # 54/QĐ-SNV về thí điểm …": the pilot's time), which its trích yếu does not name
        extending = (
            {a.key for t in targets for a, _ in self.lives.extensions_of(t) if a is not None}
            if "gia han" in acts
            else set()
        )
        return {
            e.key
            for e in self.registry.entries()
            if e.own_source in sources and e.key not in keys and names_act(e, acts)
        } | extending

    def _signature_blocks(self, entry: RegistryEntry) -> list[str]:
        """The entry's own file's last lines and every signature block in it, wherever it
        stands (before an attached text too); [] if the archive holds no file of it."""
        chunks = self.chunks.of_file(entry)
        if not chunks:
            return []
        return [self._signature(entry), *(b for c in chunks for b in signature_blocks(c.text))]

    def _signature(self, entry: RegistryEntry) -> str:
        """The last lines of the entry's own file, where its signature stands ("" if the
        archive holds no file of it)."""
        chunks = self.chunks.of_file(entry)
        return chunks[-1].text[-SIGNATURE_CHARS:] if chunks else ""

    def _amending(
        self, selected: list[ScoredDocument], ranked: list[ScoredDocument], now: str
    ) -> list[ScoredDocument]:
        """The candidates that amend, or end a part of, a selected document in force ``now``
        (the archive's present, or the moment asked)."""
        picked = {d.entry.key for d in selected}
        keys: set[str] = set()
        for d in selected:
            life = self.lives.life(d.entry)
            if life is None or life.status(now) not in ("in_force", "partly_in_force"):
                continue
            keys |= {self._key(e.by, e.by_date) for e in life.events_by(now) if e.type in _AMENDING}
        return [d for d in ranked if d.entry.key in keys - picked]

    def _amended_by(
        self, selected: list[ScoredDocument], ranked: list[ScoredDocument]
    ) -> list[ScoredDocument]:
        """The candidates a selected document amended, or ended a part of."""
        picked = {d.entry.key for d in selected}
        keys = {k for d in selected for k in self._parts_changed(d.entry)}
        return [d for d in ranked if d.entry.key in keys - picked]

    def _parts_changed(self, entry: RegistryEntry) -> set[str]:
        """Registry keys of the documents ``entry`` amended, or ended a part of."""
        return {
            self._key(st.relation.target, st.relation.target_date)
            for st in self.lives.acts_of(entry)
            if st.relation.target
            and (
                st.relation.type == "amends"
                or (st.relation.type in ("repeals", "replaces") and st.relation.target_scope)
            )
        }

    def _amended_first(
        self, selected: list[ScoredDocument], *, amended: bool = True
    ) -> list[ScoredDocument]:
        """``selected`` with each document before the acts of the list that amended it (not
        when ``amended`` is False) or declared it ended ("những VB nào quy định quy trình
        nội bộ … còn hiệu lực": the Quy trình of 2023, then the decisions amending its Điều 5
        and Điều 7; "quy định tạm thời … giờ còn hiệu lực ko": the Quy định, then the
        decision ending it — no successor, unlike a replacing one), the rest in order."""
        out = list(selected)
        for d in selected:
            # (an act about ending it, its trích yếu naming it — "Về việc Quyết định số 96/QĐ-
            # SGDĐT … hết hiệu lực thi hành" —, not a new Quy chế ending the old one)
            named = {self._key(c.ident) for c in extract(d.entry.subject or "") if c.ident}
            changed = (self._parts_changed(d.entry) if amended else set()) | {
                self._key(st.relation.target, st.relation.target_date)
                for st in self.lives.acts_of(d.entry)
                if st.relation.type == "terminates"
                and st.relation.target
                and not st.relation.target_scope
                and self._key(st.relation.target) in named
            }
            if not changed:
                continue
            at = out.index(d)
            later = [x for x in out[at + 1 :] if x.entry.key in changed]
            for x in later:
                out.remove(x)
                out.insert(out.index(d), x)
        return out

    def _described_one(
        self, parsed: ParsedQuestion, selected: list[ScoredDocument]
    ) -> list[ScoredDocument]:
        """The one document of ``selected`` a question describes: the instrument it names
        in its trích yếu ("Quy chế", not a list of procedures), then facets, then score."""
        named = issued(parsed.instruments)
        return sorted(
            selected,
            key=lambda d: (not named or may_issue(d.entry, named), d.facets, d.score),
            reverse=True,
        )[:1]

    def _authors(
        self, selected: list[ScoredDocument], ranked: list[ScoredDocument], types: tuple[str, ...]
    ) -> list[ScoredDocument]:
        """The candidates that brought about an event of ``types`` in a selected document's
        life (what replaced it, what amended it), by date."""
        picked = {d.entry.key for d in selected}
        keys = set()
        for d in selected:
            life = self.lives.life(d.entry)
            events = life.events if life else ()
            keys |= {self._key(e.by, e.by_date) for e in events if e.type in types}
        found = [d for d in ranked if d.entry.key in keys - picked]
        return sorted(found, key=lambda d: (d.entry.date or "", d.entry.ident))

    def _acting_on(
        self,
        selected: list[ScoredDocument],
        ranked: list[ScoredDocument],
        instruments: tuple[str, ...] = (),
    ) -> list[ScoredDocument]:
        """The candidates that amended, ended a part of, or lengthened the time of a selected
        document, meeting as many implied facets as it does: "quyết định nào về cấp Phiếu lý
        lịch tư pháp" lists the decision on it and the one repealing two of its articles;
        "phương án tự chủ tài chính của các đơn vị …" the scheme and the decision extending
        it. An act whose trích yếu names the instrument asked ("Bãi bỏ Điều 9 Quy chế làm
        việc", asked "Quy chế làm việc … từ 2023 đến nay") meets its type: it issues none,
        but acts on one."""
        named = [fold(i) for i in instruments]

        def facets(d: ScoredDocument) -> float:
            subject = fold(d.entry.subject or "")
            return d.facets + (TYPE_WEIGHT if any(n in subject for n in named) else 0.0)

        picked = {d.entry.key for d in selected}
        keys: dict[str, float] = {}
        for d in selected:
            life = self.lives.life(d.entry)
            acting = [
                self._key(e.by, e.by_date)
                for e in (life.events if life else ())
                if e.type in _AMENDING
            ]
            # and what lengthened its time ("Kéo dài thời gian thực hiện phương án tự chủ …")
            acting += [a.key for a, _ in self.lives.extensions_of(d.entry) if a is not None]
            for key in acting:
                keys[key] = min(keys.get(key, d.facets), d.facets)
        return [
            d
            for d in ranked
            if d.entry.key in keys
            and d.entry.key not in picked
            and facets(d) >= keys[d.entry.key] - 1e-9
        ]

    def _lineage(
        self,
        selected: list[ScoredDocument],
        ranked: list[ScoredDocument],
        *,
        until: str | None = None,
        topic: frozenset[str] = frozenset(),
    ) -> list[ScoredDocument]:
        """For "quyết định nào … hiện nay" (one document asked for): the best one, what it
        replaced, and what replaced it, followed to the one now in force (or by ``until``,
        the moment asked) even when the topic score alone had cut that one (``ranked``:
        every candidate). Of those reading as close (``LINEAGE_TIE``), the best is the one
        whose trích yếu says most of the ``topic`` ("quy che lam viec hien hanh": the Quy
        chế làm việc, not the Quy chế chi tiêu nội bộ that reads as close)."""
        if not selected:
            return selected
        best = max(selected, key=lambda d: d.score)
        if topic:
            # of those reading as close, the one whose trích yếu says most of the topic ("quy
            # trình nội bộ giải quyết TTHC": the Quy trình, not the list of procedures)
            best = max(
                (d for d in selected if d.score >= best.score - LINEAGE_TIE),
                key=lambda d: (subject_cover(d.entry, topic) or 0.0, d.score),
            )
        earlier = {
            self._key(st.relation.target, st.relation.target_date)
            for st in self.lives.acts_of(best.entry)
            if st.relation.type in ("replaces", "repeals", "terminates") and st.relation.target
        }
        kin = {best.entry.key}
        entry: RegistryEntry | None = best.entry
        while entry is not None:  # forward along the replacements
            life = self.lives.life(entry)
            later = [
                self._key(e.by, e.by_date)
                for e in (life.events if life else ())
                if e.type in _REPLACING and (until is None or (e.date or e.by_date or "") <= until)
            ]
            entry = None
            for key in later:
                if key not in kin:
                    kin.add(key)
                    entry = next((d.entry for d in ranked if d.entry.key == key), entry)
        if until is not None and self.lives.status(best.entry, until)["status"] == (
            "not_yet_in_force"
        ):
            # signed by the moment but in force only later: what it replaced held then
            kin |= earlier
        picked = {d.entry.key for d in selected}
        # what it replaced, when the topic kept it too; what replaced it, always
        return [d for d in selected if d.entry.key in kin | earlier] + [
            d for d in ranked if d.entry.key in kin and d.entry.key not in picked
        ]

    def _about(
        self, described: ScoredDocument, ranked: list[ScoredDocument]
    ) -> list[ScoredDocument]:
        """The documents that carry ``described`` out, report on it or act on it, by date."""
        entry = described.entry
        found = self._related(entry, "carrying_out", "implements") + [
            e
            for st in self.lives.acts_on(entry)
            if st.relation.type != "based_on"
            and (e := self.lives.entry(st.relation.source)) is not None
        ]
        return _by_date([e for e in found if e.key != entry.key], ranked)

    def _later_acts(
        self, selected: list[ScoredDocument], ranked: list[ScoredDocument]
    ) -> list[ScoredDocument]:
        """The documents of ``ranked`` that amended, repealed or replaced those ``selected``
        (in whole or in part), by date, whatever their own facets."""
        picked = {d.entry.key for d in selected}
        keys: list[str] = []
        for d in selected:
            life = self.lives.life(d.entry)
            keys += [
                self._key(e.by, e.by_date)
                for e in (life.events if life else ())
                if e.type in (*_AMENDING, "replaced", "repealed") and e.by
            ]
        # (one the ranking cut, a decision amending a list that publishes none, counts too)
        entries = {e.key: e for e in self.registry.entries()}
        return _by_date([entries[k] for k in keys if k not in picked and k in entries], ranked)

    def _history(
        self,
        selected: list[ScoredDocument],
        ranked: list[ScoredDocument],
        *,
        partly: bool = True,
        keep: Callable[[ScoredDocument, ScoredDocument], bool] | None = None,
    ) -> list[ScoredDocument]:
        """The documents of ``ranked`` that those ``selected`` replaced or were replaced by
        (in part too, with ``partly``), and so on, back to the first and on to the last;
        with ``keep(known, other)``, only the others it keeps, followed on from."""
        replacing = ("replaced", "partly_replaced") if partly else ("replaced",)
        by_key = {d.entry.key: d for d in ranked}
        seen = {d.entry.key for d in selected}
        found: list[ScoredDocument] = []
        queue = list(selected)
        while queue:
            known = queue.pop()
            life = self.lives.life(known.entry)
            keys = [
                self._key(st.relation.target, st.relation.target_date)
                for st in self.lives.acts_of(known.entry)
                if st.relation.type == "replaces" and st.relation.target
            ] + [
                self._key(e.by, e.by_date)
                for e in (life.events if life else ())
                if e.type in replacing
            ]
            for key in keys:
                other = by_key.get(key)
                if other is not None and key not in seen and (keep is None or keep(known, other)):
                    seen.add(key)
                    found.append(other)
                    queue.append(other)
        return found

    def _versions(
        self,
        selected: list[ScoredDocument],
        ranked: list[ScoredDocument],
        department: str | None = None,
        topic: frozenset[str] = frozenset(),
    ) -> list[ScoredDocument]:
        """The documents of ``ranked`` that those ``selected`` replaced or were replaced by,
        and so on, each read within ``VERSION_GAP`` of the one it replaced or replaced it
        (or, however it reads, with the same trích yếu but for its years and a few words,
        ``same_subject``, when that trích yếu says the question's ``topic``: the versions
        of the rule asked about, not of a rule one of whose articles it tells) and meeting
        as many implied facets (having a file aside), by date; with
        ``department`` (the Sở asked about), not one whose trích yếu is another Sở's (a
        merged Sở's decision replaced the functions decisions of both former ones)."""

        def keep(known: ScoredDocument, other: ScoredDocument) -> bool:
            return (
                (
                    other.score >= known.score - VERSION_GAP
                    or (
                        (subject_cover(known.entry, topic) or 0.0) >= TELLS_TOPIC
                        and same_subject(known.entry.subject, other.entry.subject)
                    )
                )
                and bare_facets(other) >= bare_facets(known) - 1e-9
                and (
                    department is None
                    or asked_department(other.entry.subject or "") in (None, department)
                )
            )

        found = self._history(selected, ranked, partly=False, keep=keep)
        return sorted(found, key=lambda d: (d.entry.date or "", d.entry.ident))

    def _key(self, ident: str, date: str | None = None) -> str:
        """The registry key of ``ident`` (of ``date`` when two documents share it)."""
        entry = self.lives.entry(ident, date)
        return entry.key if entry is not None else ident

    def _other_work(self, found: Sequence[RegistryEntry], topic: frozenset[str]) -> bool:
        """Whether the documents whose trích yếu says most of ``topic`` (half of it at least)
        are all of the department's other work: their profiles name no reform area."""
        covers = {e.key: subject_cover(e, topic) or 0.0 for e in found}
        top = max(covers.values(), default=0.0)
        if top < 0.5:
            return False
        best = [self.profiles.get(profile_key(e)) for e in found if covers[e.key] == top]
        return all(p is not None and not p.areas for p in best)

    def _asked(self, parsed: ParsedQuestion) -> Asked:
        """The facets of a list question, with the documents acting as it asks (its
        "sửa đổi", "thay thế", "bãi bỏ") known from their lives."""
        asked = Asked.of(parsed)
        department = held_department(asked.department, self.registry.entries())
        if asked.issuer == "SO" and department is None:
            # "của Ban" in a Ban's archive: its own symbol's documents
            department = own_symbol(self.registry.entries())
        if department != asked.department:
            asked = replace(asked, department=department)
        folded = fold(parsed.clean)
        # (a history asked — "được quy định và sửa đổi qua những QĐ nào" — wants every
        # document of the lineage, not those that acted alone)
        types = () if asks_history(folded) else asked_acts(folded)
        if not types:
            # where they were issued: not for the documents that acted on one described
            # ("Quyết định nào thay thế Quy chế làm việc của Sở Tư pháp tỉnh Tây Phong")
            place, places = self.place(parsed)
            return replace(asked, place=place, places=places) if place else asked
        if asked.issuer is not None and _ACTED_ON_WHOSE.search(folded):
            # "quyết định bãi bỏ văn bản của Sở Ngoại vụ": whose the ones acted on are, not
            # who acted (the Văn phòng's decision repealing the Sở's)
            asked = replace(asked, issuer=None, department=None)
        both = asks_of_both(folded)
        acting = frozenset(
            profile_key(e)
            for e in self.registry.entries()
            if (
                self._reaches_both(e, types)
                if both
                else any(act_type(s.relation) in types for s in self.lives.acts_of(e))
            )
        )
        return replace(asked, acting=acting)

    def _reaches_both(self, entry: RegistryEntry, types: tuple[str, ...]) -> bool:
        """Whether ``entry``'s acts of ``types`` reach documents of two issuers: two bodies'
        rules replaced by one merged body's ("thay thế … của cả hai sở cũ")."""
        organs: list[tuple[Organ | None, str | None]] = []
        for s in self.lives.acts_of(entry):
            if s.relation.type not in types or s.relation.target is None:
                continue
            target = self.lives.entry(s.relation.target, s.relation.target_date)
            if target is None:
                continue
            organ = organ_of_entry(target)
            if any(
                target.issuer != issuer
                or (organ and other and disagreement(organ, other) is not None)
                for other, issuer in organs
            ):
                return True
            organs.append((organ, target.issuer))
        return False

    def named(self, parsed: ParsedQuestion) -> list[ScoredDocument]:
        """The documents the question names by number (``qd 1753``), as the registry has them."""
        if not parsed.idents:
            return []
        found = self.registry.lookup(parsed.clean)
        return rank_documents(found, parsed.clean, chunks=self.chunks, vectors=self.vectors)

    def extractive(self, parsed: ParsedQuestion, hits: list[Hit], *, widen: bool = True) -> str:
        """The extractive answer text (unchecked).

        ``widen``: a list question whose year finds nothing lists the other years' matches
        (off when the year is a filter the user set, not words of the question). A two-part
        list question (``compound``) is answered part by part.
        """
        # "Các đơn vị gửi báo cáo tự kiểm tra trước ngày nào?", "Ai ký Công văn 245?": one
        # value inside a document, quoted where it stands
        fact = self._fact(parsed, hits)
        if fact is not None:
            return fact
        # ("KH 176/KH-SYT đã được triển khai, báo cáo bằng những KH, BC nào" lists no
        # documents one by one: it asks what carries the plan out)
        carrying = asked_carrying_out(fold(parsed.clean))
        lists = compound.asks_documents(parsed) and not (carrying and carrying[0] == "carrying_out")
        asked = (
            compound.enumerated(parsed.clean)
            or compound.enumerated_en(parsed.clean, parsed.language)
            or (compound.enumerated_activities(parsed.clean) if parsed.at else None)
            if lists
            else None
        )
        if asked:
            each = self._each_listed(asked, widen=widen, at=parsed.at)
            if each:
                return each
        text = self._answer_one(parsed, hits, widen=widen)
        # ("QĐ nào trong số này đã bị thay thế, sửa đổi …, và bằng những QĐ nào" is one ask)
        parts = (
            compound.split(parsed.clean)
            if parsed.wants_list and not asks_which_of(parsed)
            else None
        )
        if parts is None:
            return text
        first = self._parse(parts.first)
        alone = self._answer_one(first, [], widen=widen)
        # "…, và Sở đã căn cứ vào nó ra QĐ nào?": the second part asked of its own, the
        # document it means named
        second = self._second_part(parts, first, alone, widen=widen)
        if second is None:
            return text
        # and the first part alone, when it finds anything: the second's words would be read
        # as the first's ("Chỉ thị nào … làm Chỉ thị 08 hết hiệu lực, và Sở đã ra những văn
        # bản nào để thực hiện chỉ thị mới đó" is no list of plans and letters)
        if first.wants_list and self._listed(alone):
            text = alone
        listed = {e.key for e in self._listed(text)}
        answered = self._listed(second)
        code = compound.asked_code(parts.second)
        if code is not None and any((e.code or CONG_VAN) != code for e in answered):
            # "các BC nào theo dõi …" answered with plans: the second part found nothing
            return text
        # (a document the question names is what it asks about, not an answer to its part)
        named = {e.key for e in self.registry.lookup(parsed.clean)}
        added = [e for e in answered if e.key not in listed and e.key not in named]
        if not added:
            return text
        lead = extractive.SECOND_PART[parsed.language].format(part=parts.second)
        return f"{text}\n\n{lead}\n{second}"

    def _fact(self, parsed: ParsedQuestion, hits: list[Hit]) -> str | None:
        """A fact question's answer (``facts``): the document it describes (named by its
        number, else the first a list question would find) and its signature block, date of
        issue, or the sentences of its life that say when it takes effect or ends; else the
        sentences stating a value of the kind asked, of that document first, then of the
        passages search found. None when the question asks no fact, or nothing states it."""
        kind = facts.asked_fact(parsed.clean)
        if kind is None:
            return None
        if parsed.idents:
            described = [d.entry for d in self.named(parsed)][: facts.DESCRIBED]
        else:
            asked = self._parse(facts.without_asking(parsed.clean))
            if facts.reports_as_verb(parsed.clean):
                # (the reporting asked of a plan or letter, not a report)
                asked = replace(asked, codes=tuple(c for c in asked.codes if c != "BC"))
            described = [d.entry for d in self.documents(asked) if d.entry.own_source]
            described = described[: facts.DESCRIBED]
        language = parsed.language
        # (a number two documents share names both)
        first = described if parsed.idents else described[:1]
        if kind == facts.SIGNER:
            points = facts.signer_points(first, self.chunks, language)
        elif kind == facts.ISSUED:
            points = facts.issued_points(first, self.chunks, language)
        elif kind == facts.EFFECT:
            points = facts.effect_points(first, self.lives, language)
        elif kind == facts.ENDS:
            suspended = facts.asks_suspension(parsed.clean)
            points = facts.ends_points(first, self.lives, language, suspended=suspended)
        else:
            points = []
        # what later texts changed of it (an article amended, a day corrected) is told first
        # (no change is told of a signer or a day of issue)
        later = (
            self._changing_texts(first if points else described)
            if kind not in (facts.SIGNER, facts.ISSUED)
            else []
        )
        changed = [
            s
            for e in later
            for c in self.chunks.of_file(e)
            for s in facts.changes_told(kind, sentences(c))
        ]
        if points:
            return facts.points_answer([*facts.changed_points(later, changed), *points], language)
        if facts.asks_draft(parsed.clean):
            # "góp ý dự thảo … đến ngày nào": the draft's own words, which no document is
            described = []
        own = [s for e in described for c in self.chunks.of_file(e) for s in sentences(c)]
        found = [s for h in hits[: facts.FROM_CHUNKS] for s in sentences(h.chunk)]
        sources = {s.chunk.source for s in [*own, *found, *changed]}
        ranked = facts.rank_sentences(
            kind,
            parsed,
            own,
            found,
            self.vectors,
            stale=self._stale_sources(parsed, sources),
            later=changed,
        )
        if not ranked:
            return None
        owners = {e.own_source: e for e in self.registry.entries() if e.own_source}
        return extractive.sentence_answer(
            parsed,
            [(r.score, r.sentence) for r in ranked],
            note=source_noter(self.lives, language),
            name=lambda source: (
                extractive.document_name(owners[source]) if source in owners else ""
            ),
        )

    def _changing_texts(self, entries: Sequence[RegistryEntry]) -> list[RegistryEntry]:
        """The documents with files that amended a part of ``entries`` (their lives' events),
        or correct their text ("Đính chính Quyết định số 845/QĐ-UBND …": a correction is no
        event of a life), latest first."""
        keys = {e.key for e in entries}
        out: dict[str, RegistryEntry] = {}
        for e in entries:
            life = self.lives.life(e)
            for ev in life.events if life else ():
                if ev.type in _AMENDING and ev.by:
                    acting = self.lives.entry(ev.by, ev.by_date)
                    if acting is not None and acting.own_source:
                        out.setdefault(acting.key, acting)
        for other in self.registry.entries():
            if (
                other.own_source
                and other.key not in keys
                and _CORRECTING.match(fold(other.subject or ""))
                and any(m.source == other.own_source for e in entries for m in e.mentions)
            ):
                out.setdefault(other.key, other)
        return sorted(out.values(), key=lambda e: e.date or "", reverse=True)

    def _stale_sources(self, parsed: ParsedQuestion, sources: set[str]) -> frozenset[str]:
        """Of ``sources``, the own files of the documents no longer in force when the question
        asks (the end of the last year it names, else the archive's present), but those it
        names by number: a rule's value is asked of the rule then in force."""
        day = f"{max(parsed.years)}-12-31" if parsed.years else self.now
        named = {e.key for e in self.registry.lookup(parsed.clean)} if parsed.idents else set()
        return frozenset(
            e.own_source
            for e in self.registry.entries()
            if e.own_source in sources
            and e.key not in named
            and self.lives.status(e, day)["status"] == "not_in_force"
        )

    def _each_listed(
        self, listed: list[compound.Listed], *, widen: bool, at: str | None = None
    ) -> str | None:
        """A question listing the documents it asks for ("KH CCHC năm, KH kiểm tra, KH tuyên
        truyền và BC năm 2023 là những VB nào?"), answered document by document under each
        one's words; a document found for an earlier one is not listed again. Asked of a
        moment (``at``: "Đoàn kiểm tra … ngày 25/6/2024: tại thời điểm kiểm tra, quy chế làm
        việc, quy chế chi tiêu nội bộ … đang áp dụng theo những QĐ nào"), each is the one
        that held then (``_held_one``)."""
        blocks: list[str] = []
        seen: set[str] = set()
        for one in listed:
            text = self._held_one(self._parse(one.own), one.item, at, seen) if at else None
            if text is None:
                # each asked as the list it is ("…: KH kiểm tra — cho xin số, ký hiệu")
                alone = replace(self._parse(one.question), wants_list=True)
                text = self._answer_one(alone, [], widen=widen)
            lines: list[str] = []
            for line in text.splitlines():
                if not _NUMBERED.match(line):
                    continue  # (a note under an item names another document)
                cited = _item_cites(line)
                if cited is None or cited.key in seen:
                    continue
                seen.add(cited.key or "")
                lines.append(_NUMBERED.sub(f"{len(lines) + 1}. ", line, count=1))
            if lines:
                blocks.append("\n".join([f"{one.item}:", *lines]))
        return "\n\n".join(blocks) or None

    def _held_one(self, parsed: ParsedQuestion, item: str, at: str, seen: set[str]) -> str | None:
        """One document a listing question asks of a moment (``item``, asked as ``parsed``):
        of those reading close to its words that held then (issued by then, not ended, in
        effect), the one not listed yet whose trích yếu says most of the item's words two by
        two ("quy chế làm việc" is no "Quy chế hoạt động của Bộ phận Một cửa"), then the
        closest, with what it amended and what amended it by then; None if none held."""
        parsed = replace(parsed, at=at, years=(), period=None)
        found = self.documents(parsed)
        # (one read close that had ended by then: what replaced it held, if anything)
        following = (self._successor(d, at) for d in found[:HELD_FOLLOWED])
        keys = {d.entry.key for d in found}
        found += [d for d in following if d is not None and d.entry.key not in keys]
        # and one whose trích yếu says the item's words, however the question's other words
        # read ("quy dinh chuc nang, nhiem vu cua so" typed without its marks)
        bare = compound.without_asides(item)
        pairs = _word_pairs(bare)
        codes = self._parse(bare).codes
        keys = {d.entry.key for d in found}
        found += [
            _unscored(e)
            for e in self.registry.entries()
            if e.key not in keys
            and e.own_source
            and (not codes or e.code in codes)
            and _pair_share(e, pairs) >= HELD_COVER
        ]
        # (and one read close issued after then: what it replaced held then, if anything —
        # the Quy chế chi tiêu nội bộ of 2023 known only from the 2025 one replacing it)
        keys = {d.entry.key for d in found}
        shares: dict[str, float] = {}
        for d in [d for d in found if (d.entry.date or "") > at]:
            before = self._predecessor(d, at)
            if before is not None and before.entry.key not in keys:
                found.append(before)
                keys.add(before.entry.key)
                shares[before.entry.key] = _pair_share(d.entry, pairs)
        ended = ("not_in_force", "not_yet_in_force")
        held = [
            d
            for d in found
            if d.entry.key not in seen
            and (d.entry.date or "") <= at
            and self.lives.status(d.entry, at)["status"] not in ended
        ]
        if not held:
            return None

        def share(d: ScoredDocument) -> float:
            # one known only as what a later one replaced reads as that one's trích yếu
            return _pair_share(d.entry, pairs) or shares.get(d.entry.key, 0.0)

        best = max(held, key=lambda d: (share(d), d.facets, d.score))
        chosen = [*self._amended_by([best], found), best]
        chosen += [d for d in self._changing(chosen, at) if d not in chosen]
        return extractive.list_answer(parsed, chosen, note=noter(self.lives, parsed.language))

    def _saying_inside(
        self, pool: Sequence[ScoredDocument], said: str, codes: Sequence[str]
    ) -> list[ScoredDocument]:
        """Of the documents meeting the most facets asked that the archive holds the file of,
        those whose text reads closest to ``said`` (the cosine of their best chunk among the
        ``K_INSIDE`` nearest): of those within ``INSIDE_SPAN`` of the best, the ones before
        the widest step down when it is ``INSIDE_GAP`` or more; none when no step stands out
        or no chunk of theirs is near."""
        fitting = [d for d in most_facets(pool) if d.entry.own_source] if pool else []
        if not fitting:
            return []
        # a công văn's chunks carry no type code
        kinds = tuple(dict.fromkeys("" if c == CONG_VAN else c for c in codes))
        # each file's nearest chunk (its own file is a document's source)
        best: dict[str, float] = {}
        for chunk, similarity in self.searcher.nearest(said, k=K_INSIDE, codes=kinds):
            best[chunk.source] = max(best.get(chunk.source, 0.0), similarity)
        scored = [(best.get(d.entry.own_source or "", 0.0), d) for d in fitting]
        scored.sort(key=lambda x: -x[0])
        near = [(s, d) for s, d in scored if s > 0.0 and s >= scored[0][0] - INSIDE_SPAN]
        if len(near) < 2:
            return [d for _, d in near]
        # those before the widest step down, when it stands out
        gaps = [a[0] - b[0] for a, b in pairwise(near)]
        cut = max(range(len(gaps)), key=gaps.__getitem__)
        return [d for _, d in near[: cut + 1]] if gaps[cut] >= INSIDE_GAP else []

    def _correcting(self, parsed: ParsedQuestion, folded: str) -> list[ScoredDocument]:
        """For "Số liệu 6 tháng 2024 đã được điều chỉnh ở văn bản nào?": the documents that
        correct a figure of the period asked (``corrections``), by date; [] for another
        question, or when none does."""
        period = parsed.period
        if period is None or not _FIGURES_CORRECTED.search(folded):
            return []
        sources = {
            c.sentence.chunk.source
            for c in self.corrections()
            if period.start <= c.period.start and c.period.end <= period.end
        }
        found = [e for e in self.registry.entries() if e.own_source in sources]
        found.sort(key=lambda e: (e.date or "", e.ident))
        return [_unscored(e) for e in found]

    def revisions(self) -> list[Revision]:
        """The archive's own reports and letters that revise another report's figures: its
        estimate replaced by the official figure ("báo cáo số liệu chính thức năm 2024 thay
        cho số liệu ước tại Báo cáo số 265/BC-STP"), or figures added or corrected ("Bổ sung,
        đính chính số liệu Báo cáo số 265/BC-STP"), found once."""
        if self._revisions is None:
            found: dict[tuple[str, str], Revision] = {}
            for e in self.registry.entries():
                if not e.own_source or (e.code or CONG_VAN) not in ("BC", CONG_VAN):
                    continue
                for c in self.chunks.of_file(e):
                    folded = fold(c.text)
                    for m in _REVISES.finditer(folded):
                        if len(folded) != len(c.text):
                            break
                        cited = next(iter(extract(c.text[m.end() - 14 : m.end() + 120])), None)
                        target = (
                            self.registry.find(cited.ident, date=cited.date)
                            if cited is not None and cited.ident
                            else None
                        )
                        if target is None or target.key == e.key:
                            continue
                        # ("Số liệu chính thức năm 2025: …. Số liệu này thay cho số liệu ước
                        # tại Báo cáo số 250/BC-STP")
                        said = folded[max(0, m.start() - _OFFICIAL_REACH) : m.start()]
                        official = "so lieu chinh thuc" in said or sends_figures(e.subject)
                        known = found.get((e.key, target.key))
                        if known is None or (official and not known.official):
                            found[(e.key, target.key)] = Revision(e, target, official)
            self._revisions = sorted(
                found.values(), key=lambda r: (r.by.date or "", r.by.ident, r.of.ident)
            )
        return self._revisions

    def _revising(self, parsed: ParsedQuestion, folded: str) -> list[ScoredDocument]:
        """For "báo cáo nào có số liệu ước đã được điều chỉnh": the reports whose figures a
        later document revised; for "các báo cáo bổ sung, điều chỉnh số liệu", "các văn bản
        báo cáo số liệu chính thức": the documents that revised them (of the type asked) —
        of the years asked, by date; [] for another question."""
        revised = _REVISED_ASKED.search(folded)
        revising = _REVISING_ASKED.search(folded)
        if parsed.period is not None and not parsed.period.whole_years:
            return []
        if not (revised or revising) or not self.revisions():
            return []
        years = set(parsed.years)
        official = bool(_OFFICIAL_ASKED.search(folded))
        if revised and not revising:
            found = [r.of for r in self.revisions()]
        else:
            found = [r.by for r in self.revisions() if r.official or not official]
        kept = {
            e.key: e
            for e in found
            if (
                not parsed.codes
                or (e.code or CONG_VAN) in parsed.codes
                or revised
                # (a letter sending the official figures is a report of them, asked so)
                or ("BC" in parsed.codes and sends_figures(e.subject) and official)
            )
            and (not years or e.year in years)
        }
        return [_unscored(e) for e in sorted(kept.values(), key=lambda e: (e.date or "", e.ident))]

    def _successor(self, d: ScoredDocument, at: str) -> ScoredDocument | None:
        """The document that replaced ``d``'s by ``at`` (followed on, replacement after
        replacement, to the last by then), with ``d``'s score; None if none did."""
        entry, seen = d.entry, {d.entry.key}
        while True:
            life = self.lives.life(entry)
            later = [
                self.lives.entry(e.by, e.by_date)
                for e in (life.events if life else ())
                if e.type == "replaced" and e.by and (e.date or e.by_date or "") <= at
            ]
            nxt = next((e for e in later if e is not None and e.key not in seen), None)
            if nxt is None:
                break
            entry = nxt
            seen.add(entry.key)
        if entry is d.entry:
            return None
        return replace(d, entry=entry, source=entry_location(entry)[0])

    def _predecessor(self, d: ScoredDocument, at: str) -> ScoredDocument | None:
        """The document ``d``'s replaced, back replacement after replacement, that was in
        force at ``at`` (with ``d``'s score and, when its own trích yếu is not known, taking
        ``d``'s place in reading); None if none was."""
        entry, seen = d.entry, {d.entry.key}
        for _ in range(8):
            replaced = [
                self.lives.entry(s.relation.target, s.relation.target_date)
                for s in self.lives.acts_of(entry)
                if s.relation.type == "replaces" and s.relation.target
            ]
            nxt = next((e for e in replaced if e is not None and e.key not in seen), None)
            if nxt is None:
                return None
            entry = nxt
            seen.add(entry.key)
            if (entry.date or "") <= at and self.lives.status(entry, at)["status"] == "in_force":
                return replace(d, entry=entry, source=entry_location(entry)[0])
        return None

    def _changing(self, selected: list[ScoredDocument], at: str) -> list[ScoredDocument]:
        """The documents that by ``at`` changed a part of a selected one and left it in
        force: amended or corrected it, lengthened its term, repealed or replaced a part
        ("Quy chế một cửa (kể cả QĐ đính chính)", "KH chuyển đổi số (kể cả CV gia hạn)",
        "danh mục TTHC (kể cả QĐ bãi bỏ một phần)"), by date."""
        picked = {d.entry.key for d in selected}
        out: dict[str, RegistryEntry] = {}
        for d in selected:
            for st in self.lives.acts_on(d.entry):
                r = st.relation
                partly = r.type in ("repeals", "replaces") and r.target_scope
                if not (r.type == "amends" or partly):
                    continue
                by = self.lives.entry(r.source)
                if (
                    by is not None
                    and by.key not in picked
                    and (by.date or "") <= at
                    and self.lives.status(by, at)["status"] != "not_yet_in_force"
                ):
                    out.setdefault(by.key, by)
        found = sorted(out.values(), key=lambda e: (e.date or "", e.ident))
        return [_unscored(e) for e in found]

    def _second_part(
        self, parts: compound.Parts, first: ParsedQuestion, found: str, *, widen: bool
    ) -> str | None:
        """The answer to the second part of a two-part list question, asked of the document
        the first (``first``, answered ``found``) is about or of what the first found
        (``compound.refers_to_answer``); None when neither is known."""
        if parts.topical:
            second = self._parse(parts.second)
            return self._answer_one(second, [], widen=widen) if second.wants_list else None
        about = self.registry.lookup(first.clean) if first.idents else []
        if not about:
            phrase = compound.subject_phrase(parts.first)
            if phrase:
                described = self.documents(parse_question(f"{phrase} là văn bản nào"))
                # the ones reading closest (a list answer comes by date): the second part
                # is asked of each ("KH số hóa hồ sơ TTHC năm 2024" reads as close to the
                # year's reform plan)
                best = max((d.score for d in described), default=0.0)
                about = [d.entry for d in described if d.score >= best - SUBJECT_MARGIN]
        code = (about[0].code or CONG_VAN) if about else None
        if not about or compound.refers_to_answer(parts, code):
            # (what the first part found, less the document it names: a first part listing
            # only its own subject found nothing the second can be asked of)
            subject = {e.key for e in about}
            # of the type it asked for ("… áp dụng theo QĐ nào, Sở triển khai bằng CV nào")
            asked = compound.asked_code(parts.first)
            about = [
                e
                for e in self._listed(found)
                if e.key not in subject and (asked is None or (e.code or CONG_VAN) == asked)
            ]
        if not about:
            return None
        named = " và ".join(f"{e.kind or 'Văn bản'} số {e.ident}" for e in about[:3])
        second = self._parse(compound.second_question(parts, named))
        if not second.wants_list:
            return None
        # the types asked are the part's own, not the named document's ("những văn bản nào
        # để thực hiện Chỉ thị số 14/CT-UBND" asks for no directive)
        asked = compound.asked_code(parts.second)
        second = replace(second, codes=(asked,) if asked else ())
        return self._answer_one(second, [], widen=widen)

    def _parse(self, text: str) -> ParsedQuestion:
        """``text`` read as a question is when asked (recent months and years resolved)."""
        return with_recent_years(
            parse_question(with_recent_months(text, self.present)), self.latest_year
        )

    def _listed(self, text: str) -> list[RegistryEntry]:
        """The documents an answer lists: the first citation of each item ("1. …")."""
        out: list[RegistryEntry] = []
        for line in text.splitlines():
            if not _ITEM.match(line):
                continue
            cited = _item_cites(line)
            if cited is None or cited.ident is None:
                continue
            entry = self.registry.find(cited.ident, cited.year, cited.date)
            if entry is not None and entry not in out:
                out.append(entry)
        return out

    def _answer_one(self, parsed: ParsedQuestion, hits: list[Hit], *, widen: bool) -> str:
        """The extractive answer text to one question (``extractive``'s, but for the parts
        of a two-part question)."""
        note = noter(self.lives, parsed.language)
        mentioning = self.mentioning_named(parsed)
        if mentioning == []:
            return extractive.NOTHING[parsed.language]
        if mentioning:
            # the types named may be the cited one's ("… viện dẫn quyết định của Thủ tướng"):
            # the lead names a type only when every document listed is of it
            kinds = {d.entry.code or CONG_VAN for d in mentioning}
            shown = replace(parsed, codes=tuple(c for c in parsed.codes if kinds == {c}), years=())
            return extractive.list_answer(shown, mentioning, note=note)
        # what answered a proposal comes before the proposal's own life: "Tờ trình … được
        # giải quyết bằng QĐ nào, và QĐ ấy thay cho QĐ nào" asks what the answer replaced
        answering = self.answering_named(parsed)
        if answering:
            # (the types and years named are the proposals', not their answers')
            shown = replace(parsed, codes=(), years=())
            return extractive.list_answer(shown, answering, note=note)
        # "những văn bản của tỉnh Vạn Ninh cũ còn được áp dụng sau sáp nhập": those the new
        # body's decision kept in force, as it says
        kept = continued_documents(parsed, self.lives)
        if kept:
            listed = [_unscored(e) for e in kept]
            return extractive.list_answer(replace(parsed, years=()), listed, note=note)
        relation = relation_answer(parsed, self.lives)
        if relation:
            return relation
        resting = self.resting_on_named(parsed)
        if resting:
            return extractive.list_answer(parsed, resting, note=note)
        doing = self.doing_named(parsed)
        if doing:
            return extractive.list_answer(replace(parsed, codes=(), years=()), doing, note=note)
        # a document named by its number and asked a figure ("KH 05/KH-VP năm 2026 đặt mục
        # tiêu … ở mức nào") is answered from its sentences, not listed
        figure = self.timing(parsed) is not None
        named = [] if figure else self.named(parsed)
        if named:
            return extractive.list_answer(parsed, named, note=note)
        if (
            not figure
            and parsed.idents
            and any(q.complete for q in parse_query_ident(parsed.clean))
        ):
            return extractive.NO_SUCH_NUMBER[parsed.language]
        if parsed.wants_list:
            folded = fold(parsed.clean)
            aside = old_ones_years(folded)
            if aside:
                # "…, kể cả bản cũ năm 2019": the old versions counted in, no year asked
                parsed = replace(
                    parsed, years=tuple(y for y in parsed.years if str(y) not in aside)
                )
            documents = self.documents(parsed)
            grounds = asked_grounds(folded)
            if (
                asked_agent(folded)
                or grounds
                or parsed.at
                or held_periods(parsed, folded)
                or asks_what_it_replaced(folded)
            ):
                # the years named are the described document's, or the moment's ("in force on
                # 31 December 2022"), or those it held in ("áp dụng trong năm 2023"), not the
                # answer's
                parsed = replace(parsed, years=())
            if asked_act_on(folded):
                # and the type: "KH số hóa năm 2024 được gia hạn bằng văn bản nào"
                parsed = replace(parsed, years=(), codes=())
            # (the year's report sent the next January is of that year all the same)
            issued = any(d.entry.year in parsed.years or _of_years(d, parsed) for d in documents)
            if documents and parsed.years and widen and not issued:
                # "the letter on the 2020 inspection": the year the question names may
                # be its subject's, not the document's. Say so, then list what fits.
                return extractive.other_years(parsed) + extractive.list_answer(
                    replace(parsed, years=()), documents, with_intro=False, note=note
                )
            return extractive.list_answer(parsed, documents, note=note)
        timing = self.timing(parsed)
        if timing is None:
            found = extractive.best_sentences(parsed, hits, self.vectors)
        else:
            found = self._timed_sentences(parsed, hits, timing)
        if asks_current(parsed):
            found = order_sources(found, self.lives, lambda f: f[1].chunk.source)
        owners = {e.own_source: e for e in self.registry.entries() if e.own_source}
        text = extractive.sentence_answer(
            parsed,
            found,
            note=source_noter(self.lives, parsed.language),
            name=lambda source: (
                extractive.document_name(owners[source]) if source in owners else ""
            ),
            # a point of another period says so ("[số liệu kỳ khác: năm 2022]")
            caveat=(
                (lambda s: timing.caveat(s.chunk.source, s.text, parsed.language))
                if timing
                else None
            ),
        )
        # (no lead saying the period has no report when the first point names the period:
        # "Chỉ số CCHC năm 2018 …" told by the 2019 report)
        if timing is None or not found or timing.names(found[0][1].text):
            return text
        return timing.lead(parsed.language) + text

    def period_figure(self, question: str) -> Sentence | None:
        """The sentence a figure question of a period is answered with first (the
        extractive answer's first point), None when the question asks no period's figure,
        nothing states one, or that sentence is not of the asked period itself: of another
        period, or of a part of it ("6 tháng đầu năm 2024" asked of the year), or one that
        would carry a caveat (a plan's target) — but for a figure corrected since, whose
        correction ``period_corrections`` gives."""
        parsed = parse_question(validate_question(question))
        timing = self.timing(parsed)
        if timing is None:
            return None
        found = self._timed_sentences(parsed, self.retrieve(parsed), timing)
        if not found:
            return None
        first = found[0][1]
        if not states_figure(first.text):
            return None
        # (a sentence one of whose figures a later document corrects stays the period's:
        # the correction is told beside it, ``period_corrections``)
        caveat = timing.caveat(first.chunk.source, first.text)
        if caveat and timing.correcting(first.chunk.source, first.text) is None:
            return None
        if not timing.exactly(first.chunk.source, first.text):
            return None
        return first

    def period_corrections(self, question: str) -> list[Sentence]:
        """The sentences of the archive's documents correcting a figure of the period a
        figure question asks ("… đã báo cáo tại Báo cáo số 95/BC-SDL … là 1.752 hồ sơ
        (83,0%), nay điều chỉnh thành 1.778 hồ sơ (84,3%)"), the latest document's first;
        [] when it asks no period's figure or none is corrected."""
        timing = self.timing(parse_question(validate_question(question)))
        return [c.sentence for c in timing.corrections] if timing else []

    def _timed_sentences(
        self, parsed: ParsedQuestion, hits: list[Hit], timing: Timing
    ) -> list[tuple[float, Sentence]]:
        """The sentences answering a figure of a period: from every passage retrieved, the
        period's own documents first (and the one it names), a sentence giving a number of
        what is counted first when a number is asked ("bao nhiêu hồ sơ"), matched on the
        question's topic words (not the department's name, nor the period's, nor the words
        asking for it). Typed without diacritics, a question's words count for more: the
        embedder reads such text poorly."""

        best = max((h.score for h in hits), default=0.0) or 1.0
        passage = {h.chunk.id: h.score / best for h in hits}

        def bonus(s: Sentence) -> float:
            return (
                timing.sentence(s.chunk.source, s.text, s.chunk.heading)
                + FIGURE_FIRST * timing.figure(s.text)
                + PASSAGE_WEIGHT * passage.get(s.chunk.id, 0.0)
            )

        topic = without_period(parsed.clean)
        # An English question's words are counted in its Vietnamese gloss.
        words = topic_text(figure_topic(parsed.gloss or parsed.clean))
        words = words if content_words(words) else topic
        found = extractive.best_sentences(
            parsed,
            hits,
            self.vectors,
            bonus=bonus,
            topic=topic,
            words=words,
            word_weight=extractive.WORD_WEIGHT if parsed.accented else UNACCENTED_WORD_WEIGHT,
            floor=extractive.SENTENCE_FLOOR if parsed.accented else UNACCENTED_FLOOR,
            from_chunks=K_TIMED_PASSAGES,
            cells=True,
        )
        # a figure a later report corrected: the correction first
        found = timing.corrected(found, frozenset(content_words(words)))
        # the figure asked from a report named by its period: that report's sentence first
        found = timing.from_named_report(found)
        if any(timing.names_own(s.text) for _, s in found):
            # a sentence naming another period never before one naming the asked period:
            # "What was the PAR index score for 2025?" is the 2026 report's "Chỉ số CCHC năm
            # 2025 …", not the 2025 report's "Chỉ số CCHC năm 2024 …"
            found = sorted(found, key=lambda f: timing.names_other(f[1].text))
        return found

    def checked_extractive(
        self, parsed: ParsedQuestion, hits: list[Hit], *, widen: bool = True
    ) -> Checked:
        """The extractive answer, checked and marked."""
        text = self.extractive(parsed, hits, widen=widen)
        # marked as of the archive's present, as its notes are: a term running out after
        # the last document is no end yet
        return check_and_mark(
            text, self.registry, language=parsed.language, lives=self.lives, as_of=self.now
        )

    def finish(
        self,
        checked: Checked,
        hits: list[Hit],
        mode: str,
        notice: str | None,
        *,
        record: type[AnswerT] = Answer,  # type: ignore[assignment]
    ) -> AnswerT:
        """Bundle a checked text with its citations and sources (as ``record``: an
        ``Answer``, or a ``Draft``)."""
        return record(
            text=checked.text,
            citations=tuple(citation_record(e) for e in checked.entries),
            findings=checked.findings,
            sources=tuple(source_record(i, h) for i, h in enumerate(hits, start=1)),
            mode=mode,
            notice=notice,
        )


# What holds now, asked alone (folded): "quy chế làm việc hiện hành", "danh mục TTHC đang áp
# dụng", "the current internal procedure" — not "sau hợp nhất", which asks since a merger.
_NOW_ONLY = re.compile(
    r"\b(?:hien nay|hien hanh|hien tai|hien dang|hien gio|bay gio|con hieu luc|current|currently"
    r"|dang (?:co hieu luc|ap dung|thi hanh|dung|su dung)|(?:dang )?(?:con|van) (?:dung|ap dung"
    r"|su dung)|in force|presently|in use|today)\b"
)
# ... but also asks what held before, or whether one still holds: "của 2 sở cũ và …", "Có
# hướng dẫn nào …, cái nào đang dùng?", "… giờ còn hiệu lực ko", "is it still in force?".
_PAST_TOO = re.compile(
    r"\b(?:cu|truoc day|truoc do|former|old|earlier|previous)\b"
    r"|\b(?:khong|ko|chua)\s*\??\s*$|\bco\b.{0,60}\bnao\b.{0,60}\bkhong\b"
    r"|\b(?:is|are|was)\b.{0,60}\bstill\b|\bstill\b.{0,60}\?\s*$|\bcai nao\b"
)
# Figures asked as corrected: "số liệu 6 tháng 2024 đã được điều chỉnh ở văn bản nào",
# "which letter corrected the figures of …" (folded).
@dataclass(frozen=True)
class Revision:
    """A document (``by``) revising another report's (``of``) figures; ``official``: with
    the official figures in place of its estimate."""

    by: RegistryEntry
    of: RegistryEntry
    official: bool


# Where a document says it revises a report's figures, the report cited after (folded):
# "thay cho số liệu ước tại Báo cáo số 265/BC-STP", "Bổ sung, đính chính số liệu Báo cáo số
# 265/BC-STP", "bổ sung, điều chỉnh số liệu tại Báo cáo số 172/BC-STP".
_REVISES = re.compile(
    r"(?:\bthay cho (?:cac )?so lieu(?: uoc)?"
    r"(?: thuc hien)?\s+(?:tai|trong|cua|da neu tai|neu tai)"
    r"|\b(?:bo sung|dinh chinh|dieu chinh)(?:,?\s+(?:bo sung|dinh chinh|dieu chinh))?"
    r"\s+(?:so lieu\s+)?(?:tai\s+|cua\s+|trong\s+)?)"
    r"\s*bao cao so "
)
# The reports revised asked for: "báo cáo nào có số liệu ước đã được điều chỉnh", "which
# reports had their estimates replaced"; the revising ones: "các báo cáo bổ sung, điều chỉnh
# số liệu", "các văn bản báo cáo số liệu chính thức", "supplementary reports" (folded).
_REVISED_ASKED = re.compile(
    r"\b(?:so lieu|uoc)\b[^?]*\b(?:da|bi|duoc)\s+(?:duoc\s+|bi\s+)?"
    r"(?:dieu chinh|dinh chinh|sua|cap nhat|thay)\b"
    r"|\b(?:estimates?|figures?)\b[^?]*\b(?:were|was|have been|had been|got)\s+"
    r"(?:revised|corrected|replaced|updated)\b"
)
_REVISING_ASKED = re.compile(
    r"\bbao cao bo sung\b|\b(?:bo sung|dieu chinh|dinh chinh),?\s+(?:(?:bo sung|dieu chinh"
    r"|dinh chinh)\s+)?so lieu\b|\bso lieu chinh thuc\b|\bofficial (?:figures|data)\b"
    r"|\bsupplementary reports?\b"
)
# How far before a revision its "số liệu chính thức" may be said (characters).
_OFFICIAL_REACH = 300
_OFFICIAL_ASKED = re.compile(r"\bchinh thuc\b|\bofficial\b")
# A document whose trích yếu says it corrects another (folded).
_CORRECTING = re.compile(r"\s*dinh chinh\b")
_FIGURES_CORRECTED = re.compile(
    r"\bso lieu\b[^?.]*\b(?:dieu chinh|dinh chinh|cap nhat lai|sua lai)\b"
    r"|\b(?:dieu chinh|dinh chinh)\s+so lieu\b"
    r"|\b(?:corrected|revised|adjusted)\b[^?.]*\bfigures?\b|\bfigures?\b[^?.]*\b(?:corrected|revised)\b"
)
# Reports asked as the periodic ones: "BC CCHC định kỳ", "periodic reports", "các báo cáo
# CCHC theo quý của năm 2025", "bao cao cchc quy nam 2024" (no quarter named), "quarterly".
_PERIODIC = re.compile(
    r"\bdinh ky\b|\bperiodic\b|\bquarterly\b|\b(?:theo|hang|tung|cac) quy\b"
    r"|\b(?:bao cao|bc)(?: cchc| cai cach hanh chinh)? quy\b(?!\s*(?:i|ii|iii|iv|[1-4])\b)"
    # "từ BC quý I tới BC cả năm", "from the first-quarter report to the annual one"
    r"|\btu\s+(?:bao cao|bc)\s+quy\s+(?:i|1)\b[^?]*\b(?:toi|den)\s+(?:bao cao|bc)\s+(?:ca\s+)?nam\b"
    r"|\bfrom\s+the\s+first[\s-]quarter\b[^?]*\bto\s+the\s+(?:annual|full[\s-]year|year)"
    # each part listed: "(quý I, 6 tháng, 9 tháng, năm)", "quý I, 6 tháng, 9 tháng và cả năm"
    r"|\bquy\s+(?:i|1)\s*,\s*6\s+thang\s*,\s*9\s+thang\s*(?:,\s*|\s+va\s+)(?:ca\s+)?nam\b"
)
# The department as who did what a figure counts, typed with its diacritics ("Sở tiếp
# nhận", "Sở đã giải quyết"; folded, "so" is also "số").
_DEPARTMENT_DID = re.compile(
    # (or the Ban whose archive it is: "Năm 2024 Ban tiếp nhận bao nhiêu hồ sơ")
    r"\b(?:[Ss]ở|Ban)\s+(?:đã\s+)?(?:tiếp nhận|giải quyết|trả kết quả|cấp|thực hiện|đạt"
    r"|hoàn thành)\b"
)
# Reports asked as a monthly series (folded): "các báo cáo CCHC hằng tháng", "BC tháng",
# "monthly reports"; not one month named ("báo cáo tháng 7").
_MONTHLY = re.compile(
    r"\b(?:hang|tung|moi|cac) thang\b|\bmonthly\b|\bevery month\b"
    r"|\b(?:bao cao|bc)(?: cchc| cai cach hanh chinh)? thang\b(?!\s*\d)"
)
_WHOLE = ("01-01", "12-31")  # a whole year, as ``asked_season`` gives it
_WHOLE_YEAR_REPORT = re.compile(
    r"\bca nam\b|\btong ket nam\b|\bfull[- ]year\b|\bannual report\b"
    # "BC CCHC năm 2024 (báo cáo năm)": the year's report, not one issued in the year
    r"|\b(?:bao cao|bc) nam\b(?! ?(?:19|20)\d\d)"
)
# Issued in a period, not of it: "ban hành trong 6 tháng đầu năm 2025", "issued in".
_ISSUED_IN = re.compile(r"\b(?:ban hanh|ky|gui|issued|signed|sent)\b")


def _signed_in(entry: RegistryEntry, month: int, for_next_year: bool) -> bool:
    """Whether ``entry`` was signed in ``month`` (of any year), for the year after it when
    ``for_next_year`` (its trích yếu naming that year)."""
    if not entry.date or int(entry.date[5:7]) != month:
        return False
    return not for_next_year or subject_year(entry.subject) == int(entry.date[:4]) + 1


def _of_years(d: ScoredDocument, parsed: ParsedQuestion) -> bool:
    """Whether ``d`` is a report or a plan of whole years the question names (the 2024
    report, sent in January 2025, asked "BC năm 2024"; the plan for 2025, signed on
    26/12/2024, asked "KH CCHC năm 2025"); a letter about a year's inspection is of its own."""
    period = d.profile.period if d.profile else None
    return bool(
        (d.entry.code in ("BC", "KH") or sends_figures(d.entry.subject))
        and period
        and period.whole_years
        and set(period.years) <= set(parsed.years)
    )


def _by_date(found: list[RegistryEntry], ranked: list[ScoredDocument]) -> list[ScoredDocument]:
    """``found`` once each, by date: as ``ranked`` scored them, or unscored (``_unscored``)
    where the ranking cut them."""
    by_key = {d.entry.key: d for d in ranked}
    unique = {e.key: e for e in found}
    out = [by_key.get(k) or _unscored(e) for k, e in unique.items()]
    return sorted(out, key=lambda d: (d.entry.date or "", d.entry.ident))


def _unscored(entry: RegistryEntry) -> ScoredDocument:
    """``entry`` as a listed document no ranking scored (found by its relations, its
    citations or its life), located at its own file's header."""
    return ScoredDocument(entry, 0.0, "", *entry_location(entry))


def _symbol(ident: str) -> str:
    """The symbol of a document's number: "QĐ-SNNPTNT" of "06/QĐ-SNNPTNT"."""
    return ident.rsplit("/", 1)[-1]


def _of_part_of_year(parsed: ParsedQuestion, folded: str) -> bool:
    """Whether a question asks for the documents of a part of a year ("6 tháng năm 2025"),
    not of whole years nor issued in it."""
    period = parsed.period
    if period is None or _ISSUED_IN.search(folded):
        return False
    # ("BC cả năm 2025", "BC tổng kết năm 2025": the year's own report)
    return not period.whole_years or bool(_WHOLE_YEAR_REPORT.search(folded))


def _word_pairs(text: str) -> frozenset[tuple[str, str]]:
    """The syllables of ``text`` two by two, folded, as they stand."""
    return frozenset(pairwise(_SYLLABLE.findall(fold(text))))


def _issued_by_body(entry: RegistryEntry, body: Organ) -> bool:
    """Whether ``entry`` was issued by ``body``: by its header's issuer lines, unless they
    contradict its symbol (a decision of the UBND tỉnh saved under the Sở's letterhead), then
    by the symbol and what its mentions name."""
    header = organ_of_header(entry.issuer_name)
    symbol = organ_of_code(entry.issuer)
    if header is not None and (symbol is None or disagreement(symbol, header) is None):
        return disagreement(body, header) is None
    named = organ_of_entry(replace(entry, issuer_name=None))
    return named is not None and disagreement(body, named) is None


def _pair_share(entry: RegistryEntry, pairs: frozenset[tuple[str, str]]) -> float:
    """The share of ``pairs`` the trích yếu of ``entry`` says (0 when it has none)."""
    if not pairs or not entry.subject:
        return 0.0
    return len(pairs & _word_pairs(entry.subject)) / len(pairs)


def _ended_before(d: ScoredDocument, present: str) -> bool:
    """Whether the period ``d`` concerns ended before ``present``: its profile's, or for a
    plan whose period nothing states (cited only, "Theo Kế hoạch số 35/KH-SNV"), its year
    of issue — a plan that runs longer says so ("giai đoạn 2021 - 2025")."""
    period = d.profile.period if d.profile else None
    if period is not None:
        return period.end < present
    return d.entry.code == "KH" and d.entry.year is not None and str(d.entry.year) < present[:4]


def _series_in_order(selected: list[ScoredDocument]) -> list[ScoredDocument]:
    """``selected`` by date when every one is of one series (``same_series``: "KH CCHC năm
    2022" … "năm 2026", each year's "Phê duyệt kết quả Chỉ số CCHC"), its trích yếu read
    the same but for years and a few words (``same_subject``: the index decisions "… UBND
    các huyện, thành phố" before the 2025 merger and "… UBND các xã, phường" after it; the
    province's reports of a year, a half and nine months); as it is otherwise."""
    if len(selected) < 2:
        return selected
    series = same_series(selected[0], selected)
    if len(series) == len(selected):
        return series
    first = selected[0].entry
    alike = [
        d
        for d in selected
        if d.entry.own_source
        and d.entry.code == first.code
        and d.entry.issuer == first.issuer
        and same_subject(first.subject, d.entry.subject)
    ]
    if first.own_source and len(alike) == len(selected):
        return sorted(selected, key=lambda d: (d.entry.date or "", d.entry.ident))
    return selected


def _month_order(d: ScoredDocument) -> tuple[str, str]:
    """A monthly report's place in its series: its month, then its number."""
    period = d.profile.period if d.profile is not None else None
    return (period.start if period is not None else "", d.entry.ident)


def _one_month(period: Period) -> bool:
    """Whether ``period`` is one calendar month."""
    return period.start[:7] == period.end[:7] and period.start[8:] == "01"


def _weight(d: ScoredDocument) -> float:
    """How closely ``d`` reads to the question, a file counting as ``OWN_TIE_MARGIN``."""
    return d.score + (OWN_TIE_MARGIN if d.entry.own_source else 0.0)


# How much less closely than the best a document the first part of a two-part question
# describes may read and still be the one the second part is asked of.
SUBJECT_MARGIN = 0.02

# An item of a list answer ("1. …", "- …").
_ITEM = re.compile(r"\s*(?:\d+\.|-)\s")
_NUMBERED = re.compile(r"\d+\.\s")


def _item_cites(line: str) -> Citation | None:
    """The document an item of a list answer lists: its line's first whole citation."""
    return next((c for c in extract(line) if c.key and not c.missing), None)

# Words naming a legal ground (folded): "căn cứ", "grounds", "basis".
_NAMES_GROUNDS = re.compile(r"\bcan cu\b|\b(?:legal )?(?:grounds?|basis|bases)\b")


def source_record(n: int, hit: Hit) -> dict:
    """One retrieved passage as listed under ``sources``."""
    c = hit.chunk
    return {
        "n": n,
        "source": c.source,
        "locator": c.locator,
        "score": round(hit.score, 6),
        "text": c.text,
    }


@dataclass
class AnswerStream:
    """Iterate for checked pieces of the answer; ``answer`` is set after the last piece."""

    answerer: Answerer
    parsed: ParsedQuestion
    # Whether the years may be widened (see ``Answerer.extractive``): not a set filter.
    widen: bool = True
    answer: Answer | None = field(default=None, init=False)

    def __iter__(self) -> Iterator[str]:
        from assistant.generation.llm import LLMUnavailableError, generate_answer

        a, parsed = self.answerer, self.parsed
        hits = a.retrieve(parsed)
        # A question about a document's life is answered from the archive's statements.
        if a.llm is None or question_kind(parsed) is not None:
            checked = a.checked_extractive(parsed, hits, widen=self.widen)
            self.answer = a.finish(checked, hits, "extractive", None)
            yield checked.text
            return
        gen = generate_answer(a, parsed, hits)
        try:
            yield from gen
            self.answer = gen.result(a, hits)
        except LLMUnavailableError as exc:
            notice = fallback_notice(parsed.language, str(exc))
            checked = prefixed(
                notice + "\n\n", a.checked_extractive(parsed, hits, widen=self.widen)
            )
            self.answer = a.finish(checked, hits, "fallback", notice)
            yield ("\n\n" if gen.emitted else "") + checked.text


def prefixed(prefix: str, checked: Checked) -> Checked:
    """``checked`` with ``prefix`` (holding no citation) put before its text."""
    n = len(prefix)
    findings = tuple(
        dataclasses.replace(f, start=f.start + n, end=f.end + n) for f in checked.findings
    )
    return Checked(prefix + checked.text, findings, checked.entries)


def fallback_notice(language: str, reason: str) -> str:
    """The notice shown when the LLM could not answer."""
    if language == "en":
        return f"⚠ The language model did not answer ({reason}); extractive answer below."
    return (
        f"⚠ Mô hình ngôn ngữ không phản hồi ({reason}); "
        "dưới đây là câu trả lời trích từ kho tài liệu."
    )


# The words naming who signed ("PGĐ", "Phó Giám đốc", "Deputy Director", "ông"), folded.
_SIGNER_TITLES = re.compile(
    r"\b(?:pho giam doc|giam doc|pho chu tich|chu tich|pho truong phong|truong phong"
    r"|chanh van phong|pgd|gd|pct|ct|deputy director|director|vice chair(?:man|woman)?"
    r"|chair(?:man|woman)?|ong|ba|mr|mrs|ms)\b"
)


def _saying_topic(entries: list[RegistryEntry], about: str) -> list[RegistryEntry]:
    """``entries`` less those whose trích yếu says none of the topic ``about`` names, when
    one's says most of it or of one of its items (``documents.told_in_subject``'s rule): a
    trích yếu says it by two of its syllables together ("bưu chính", not the "nhận" of "cá
    nhân" for "Từ khi Sở nhận thêm mảng bưu chính …"), or by most of it."""
    topic = topic_syllables(about)
    if len(topic) < 2:
        return entries
    parts = (topic, *topic_items(about))
    covers = {e.key: max(subject_cover(e, p) or 0.0 for p in parts) for e in entries}
    if max(covers.values(), default=0.0) < COVER_TOP:
        return entries
    pairs = topic_pairs(about)
    return [
        e
        for e in entries
        if not e.subject or covers[e.key] >= COVER_TOP or (pair_cover(e, pairs) or 0.0) > 0
    ] or entries


def _said_of_items(
    found: list[ScoredDocument], topic: frozenset[str], items: tuple[frozenset[str], ...]
) -> list[ScoredDocument]:
    """``found`` less what says none of a topic listing ``items`` when one says most of an
    item ("văn bản về lao động, việc làm, bảo trợ xã hội": ``told_in_subject``)."""
    return told_in_subject(found, topic, items) if items else found


def _without_signer(about: str, signer: str | None) -> str:
    """A question's topic text (``topic_text``) without the signer's name and titles: what
    the documents asked of that person are about, if anything."""
    text = _SIGNER_TITLES.sub(" ", fold(about))
    for syllable in (signer or "").split():
        text = re.sub(rf"\b{re.escape(syllable)}\b", " ", text)
    return " ".join(text.split())

