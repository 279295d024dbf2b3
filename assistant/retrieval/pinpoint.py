"""Pinpoint lookup: a question that names an article of a law or document gets it first.

``"Theo Điều 143, luật Tố tụng hành chính 2015, …"``, ``"khoản 2 Điều 3 Nghị định
54/2016/NĐ-CP"`` and ``"Điều 5 Quyết định 1753/QĐ-UBND"`` name one article exactly,
so, like a document number, they are looked up rather than searched for.

An article is a chunk whose section path has the label ``Điều N``; the law or
document is recognised by its number (the chunk's identity, or a number on the
document's first line) or by its name: the document's first line when short
(ALQAC files start with ``Luật Du lịch``), or its kind and subject. Names are
compared without diacritics, so ``luật Tố tụng hành chính 2015`` finds a document
whose first line is ``Luật Tố tụng hành chính``. A law's name is matched as the index
holds it, commas included (``Luật Phòng, chống ma túy``), or by its initials when one
law of the index has them (``BLDS``, ``Luật TTHC``, ``Luật HN&GĐ``); a law's number the
index does not know (``số 93/2015/QH13``) leaves the name to decide; the law may come
first (``Theo Luật Tố tụng hành chính 2015, Điều 143 …``) when it is the one law named.
A reference to ``Điều 322 của Bộ luật này`` names no law and pins nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.citations import QueryIdent, lookup_key, parse_query_ident
from assistant.citations.normalize import fold, normalize
from assistant.models import Chunk

# On folded text: [điểm a] [khoản 2] Điều 143 — not "Điều này", not "các Điều 125, 126".
_ARTICLE = re.compile(
    r"(?<![\w])(?:diem\s+(?P<point>[a-z])\s*,?\s*(?:cua\s+)?)?"
    r"(?:khoan\s+(?P<clause>\d{1,3})\s*,?\s*(?:cua\s+)?)?"
    r"dieu\s+(?P<article>\d{1,3}[a-z]?)\b"
)
# The law or document the article belongs to, written after it: "Bộ luật Dân sự 2015",
# "Luật Tố tụng hành chính", "Hiến pháp", "Nghị định 54/2016/NĐ-CP", "Bộ luật này".
_TARGET = re.compile(
    r"\b(?P<law>(?:bo\s+)?luat|hien\s+phap|phap\s+lenh|nghi\s+dinh|nghi\s+quyet|quyet\s+dinh"
    r"|thong\s+tu|chi\s+thi|ke\s+hoach|van\s+ban\s+hop\s+nhat|bl[a-z]{2,5})\b"
)
# A name ends at punctuation, so "luật Tố tụng hành chính 2015, …" keeps "… 2015".
_NAME_END = re.compile(r"[,.;:?!()\"“”]")
# The law is named within this many characters after the article.
_NEAR = 90
# A document's first line is taken for its name when at most this long.
_NAME_CHARS = 90
# Where a question names a law ("theo Luật Du lịch", "Bộ luật Dân sự 2015", "Hiến pháp"),
# or a code by its initials ("BLDS": no Vietnamese word starts with "bl").
_LAW_WORD = re.compile(r"(?<!\w)(?:bo\s+luat|luat|hien\s+phap|phap\s+lenh|bl[a-z]{2,5})(?!\w)")
# Initials a law's name is abbreviated to: at least 2, at most this many.
_INITIALS = 6
# A law's number, as a lookup key: 91/2015/qh13 (the National Assembly passes laws).
_LAW_NUMBER = re.compile(r"^\d+/((?:19|20)\d\d)/qh\d+$")
# The year a law is named with, after its name: "… 2015", "… năm 2015".
_LAW_YEAR = re.compile(r"\s*(?:nam\s+)?((?:19|20)\d\d)(?!\w)")


@dataclass(frozen=True)
class LawMention:
    """A law or code a question names, found in the index.

    Attributes:
        start: where the mention starts in the question (``normalize``-d text).
        end: where it ends: after the name and the year written with it.
        sources: the files of that law's chunks (ALQAC keeps each article in a file).
    """

    start: int
    end: int
    sources: frozenset[str]


@dataclass(frozen=True)
class Pinpoint:
    """An article a question names.

    Attributes:
        article: the article number as written (``143``, ``5a``).
        clause: the khoản number, if named.
        point: the điểm letter, if named.
        law: the folded words naming the law or document, from its type word to the
            next punctuation (``luat to tung hanh chinh 2015``).
        idents: document numbers named with it (``54/2016/nd-cp``).
        at: where ``law`` starts in the ``normalize``-d question (-1: not known).
    """

    article: str
    clause: str | None = None
    point: str | None = None
    law: str = ""
    idents: tuple[QueryIdent, ...] = ()
    at: int = -1


def parse_pinpoints(question: str) -> list[Pinpoint]:
    """The articles ``question`` names together with their law or document.

    Example: ``"Theo Điều 143, luật Tố tụng hành chính 2015, …"`` →
    ``[Pinpoint("143", law="luat to tung hanh chinh 2015")]``. An article followed by
    "của Bộ luật này", or by no law at all, is left out.
    """
    text = normalize(question)
    folded = fold(text)
    found: list[Pinpoint] = []
    for m in _ARTICLE.finditer(folded):
        target = _TARGET.search(folded, m.end(), m.end() + _NEAR)
        if target is None:
            continue
        # Another article between this one and the law: "Điều 125, 126 … của Bộ luật
        # này" or a list; only the article nearest the law is pinned.
        if _ARTICLE.search(folded, m.end(), target.start()):
            continue
        tail = folded[target.start() :]
        end = _NAME_END.search(tail)
        law = " ".join(tail[: end.start() if end else len(tail)].split())
        if re.match(r"(?:bo\s+)?luat\s+nay\b|\w+(?:\s+\w+)?\s+nay\b", law):
            continue
        idents = tuple(parse_query_ident(text[target.start() : target.start() + len(law)]))
        found.append(Pinpoint(m["article"], m["clause"], m["point"], law, idents,
                              target.start()))
    return found


def _bare_articles(folded: str) -> list[re.Match[str]]:
    """The articles named with no law or document after them ("Theo Luật Tố tụng hành
    chính, Điều 143 quy định gì?"), "Điều này" and "Điều 5 của Luật này" excluded."""
    return [m for m in _ARTICLE.finditer(folded)
            if _TARGET.search(folded, m.end(), m.end() + _NEAR) is None]


class ArticleTable:
    """Where each article of each document is, for pinpoint lookups."""

    def __init__(self, chunks: Sequence[Chunk]) -> None:
        self._articles: dict[str, list[int]] = {}
        self._article_of: dict[int, str] = {}
        self._titles: dict[tuple[str, str], str] = {}
        names: dict[str, set[str]] = {}
        keys: dict[str, set[str]] = {}
        for pos, c in enumerate(chunks):
            names.setdefault(c.source, set()).update(_names(c))
            keys.setdefault(c.source, set()).update(_keys(c))
            for label in c.section.split(" > "):
                if label.startswith("Điều "):
                    number = label[5:].strip().lower()
                    self._articles.setdefault(number, []).append(pos)
                    self._article_of[pos] = number
                    title = _article_title(c.text, number)
                    if title:
                        self._titles.setdefault((c.source, number), title)
                    break
        self._chunks = chunks
        self._names = names
        self._keys = keys
        self._named: dict[str, set[str]] = {}
        for source, found in names.items():
            for name in found:
                if _LAW_WORD.match(name):
                    self._named.setdefault(name, set()).add(source)
        # Abbreviated names ("blds", "luat tthc", "luat hn&gd"), each of one law only.
        short: dict[str, set[frozenset[str]]] = {}
        for name, sources in self._named.items():
            for abbr in _abbreviations(name):
                short.setdefault(abbr, set()).add(frozenset(sources))
        self._initials: dict[str, int] = {}  # abbreviated name -> length of its initials
        for abbr, laws in short.items():
            if len(laws) == 1 and abbr not in self._named:
                self._named[abbr] = set(next(iter(laws)))
                self._initials[abbr] = len(abbr) - (5 if abbr.startswith("luat ") else 0)
        # Laws by number: the National Assembly's, "91/2015/QH13" (year → keys → files).
        self._law_numbers: dict[str, dict[str, set[str]]] = {}
        for source, found in keys.items():
            for key in found:
                m = _LAW_NUMBER.search(key)
                if m:
                    self._law_numbers.setdefault(m[1], {}).setdefault(key, set()).add(source)

    @property
    def holds_laws(self) -> bool:
        """Whether some document of the index is a law ("Luật …", "Bộ luật …", "Hiến
        pháp") by its name."""
        return bool(self._named)

    def names(self, source: str) -> set[str]:
        """Folded names of the document ``source`` (see ``_names``)."""
        return self._names.get(source, set())

    def title(self, pos: int) -> str:
        """The title of the article chunk ``pos`` belongs to (``Hợp đồng lữ hành``), else
        the chunk's section heading; a later piece of a long article has it too."""
        number = self._article_of.get(pos)
        c = self._chunks[pos]
        found = self._titles.get((c.source, number)) if number else None
        return found or c.heading

    def laws(self, question: str) -> list[LawMention]:
        """The laws ``question`` names that the index holds, by name ("Luật Phòng,
        chống ma túy": the document's name as it starts the words) or, for a law the
        index knows only by its number, by name and year ("Bộ luật Dân sự 2015" →
        ``91/2015/QH13``, when it is the one law numbered in 2015). "Bộ luật này" names none.

        Spans index ``normalize(question)``.
        """
        text = normalize(question)
        return self._laws(text, fold(text))

    def _laws(self, text: str, folded: str) -> list[LawMention]:
        """``laws`` of a question already normalised (``text``) and folded."""
        if len(folded) != len(text):  # spans must map back onto the question
            return []
        out: list[LawMention] = []
        for m in _LAW_WORD.finditer(folded):
            if out and m.start() < out[-1].end:
                continue
            mention = (self._by_name(text, folded, m.start())
                       or self._by_number(folded, m.start()))
            if mention:
                out.append(mention)
        return out

    def _by_name(self, text: str, folded: str, start: int) -> LawMention | None:
        best = ""
        for name in self._named:
            if len(name) > len(best) and folded.startswith(name, start):
                after = folded[start + len(name) : start + len(name) + 1]
                # Initials are written in capitals: "Luật ĐA" is not "luật đã".
                initials = text[start + len(name) - self._initials.get(name, 0) :
                                start + len(name)]
                if (not after or not after.isalnum()) and (
                        initials.isupper() or name not in self._initials):
                    best = name
        if not best:
            return None
        end = start + len(best)
        year = _LAW_YEAR.match(folded, end)
        return LawMention(start, year.end() if year else end, frozenset(self._named[best]))

    def _by_number(self, folded: str, start: int) -> LawMention | None:
        tail = folded[start:]
        stop = _NAME_END.search(tail)
        name = tail[: stop.start() if stop else len(tail)]
        year = re.search(r"(?<!\w)(?:19|20)\d\d(?!\w)", name)
        # "pháp luật năm 2015" is the law in general, "Bộ luật này" the code quoted.
        general = folded[max(0, start - 5) : start] == "phap "
        if not year or general or re.match(r"(?:bo\s+)?luat\s+nay\b", name):
            return None
        laws = self._law_numbers.get(year.group(), {})
        if len(laws) != 1:
            return None
        (sources,) = laws.values()
        return LawMention(start, start + year.end(), frozenset(sources))

    def lookup(self, question: str) -> list[int]:
        """Positions of the chunks of the articles ``question`` names, the named clause's
        first; empty when it names none or none is in the index."""
        text = normalize(question)
        folded = fold(text)
        found = [(pin, self._match(pin, text, folded)) for pin in parse_pinpoints(question)]
        bare = _bare_articles(folded)
        if bare:
            # The law named before the article: one law, named once or more, all before.
            mentions = self._laws(text, folded)
            if len({m.sources for m in mentions}) == 1:
                sources = mentions[0].sources
                found += [
                    (Pinpoint(m["article"], m["clause"], m["point"]),
                     [p for p in self._articles.get(m["article"], [])
                      if self._chunks[p].source in sources])
                    for m in bare if mentions[-1].end <= m.start()
                ]
        out: list[int] = []
        for pin, matched in found:
            if pin.clause:
                want = f"Điều {pin.article} > {pin.clause}"
                matched.sort(key=lambda p: want not in self._chunks[p].section)
            out.extend(p for p in matched if p not in out)
        return out

    def _match(self, pin: Pinpoint, text: str, folded: str) -> list[int]:
        candidates = self._articles.get(pin.article.lower(), [])
        if pin.idents:
            found = [
                p for p in candidates
                if any(q.matches(k) for q in pin.idents for k in self._keys[self._chunks[p].source])
            ]
            # A law's number the index does not know ("Luật … số 93/2015/QH13", ALQAC
            # files carry names only): its name still decides.
            if found or not pin.law.startswith(("luat", "bo luat", "hien phap")):
                return found
        # The law by the name the question starts there ("Luật Phòng, chống ma túy",
        # "BLDS"), the longest the index holds.
        named = (self._by_name(text, folded, pin.at)
                 if 0 <= pin.at < len(folded) == len(text) else None)
        if named:
            return [p for p in candidates if self._chunks[p].source in named.sources]
        # The longest document name the law's words start with: "luật giáo dục đại học"
        # is not "luật giáo dục" when both are in the index.
        best, out = 0, []
        for p in candidates:
            length = max(
                (len(n) for n in self._names[self._chunks[p].source] if _starts(pin.law, n)),
                default=0,
            )
            if length > best:
                best, out = length, [p]
            elif length == best and length:
                out.append(p)
        return out or self._by_year(pin, candidates)

    def _by_year(self, pin: Pinpoint, candidates: list[int]) -> list[int]:
        """A law the index knows only by its number (``91/2015/QH13``), named by its
        name and year (``Bộ luật dân sự 2015``): the one document of that year."""
        year = re.search(r"\b(?:19|20)\d\d\b", pin.law)
        if not year or not pin.law.startswith(("luat", "bo luat")):
            return []
        mark = f"/{year.group()}/"
        out = [p for p in candidates if any(mark in k for k in self._keys[self._chunks[p].source])]
        return out if len({self._chunks[p].source for p in out}) == 1 else []


def _article_title(text: str, number: str) -> str:
    """The title of ``Điều <number>`` in a chunk's text: the rest of its line, or the
    next line when the heading line is only ``Điều 39.``."""
    m = re.search(rf"^\s*Điều\s+{re.escape(number)}\s*[.:]?[ \t]*(.*)$", text,
                  re.MULTILINE | re.IGNORECASE)
    if not m:
        return ""
    title = m.group(1).strip() or text[m.end() :].lstrip().split("\n", 1)[0].strip()
    return title[:200]


def _abbreviations(name: str) -> set[str]:
    """How a law's folded name is abbreviated: "bo luat dan su" → "blds"; "luat to tung
    hanh chinh" → "luat tthc"; "luat hon nhan va gia dinh" → "luat hngd", "luat hn&gd"."""
    words = re.findall(r"[a-z0-9]+", name)
    if words[:2] == ["bo", "luat"]:
        head, rest = "bl", words[2:]
    elif words[:1] == ["luat"]:
        head, rest = "luat ", words[1:]
    else:
        return set()
    if not 2 <= len(rest) <= _INITIALS or any(w.isdigit() for w in rest):
        return set()
    plain = "".join(w[0] for w in rest if w != "va")
    amp = "".join("&" if w == "va" else w[0] for w in rest)
    return {head + plain, head + amp} if len(plain) >= 2 else set()


def _starts(law: str, name: str) -> bool:
    return law == name or law.startswith(name + " ")


def _names(chunk: Chunk) -> set[str]:
    """Folded names of the chunk's document: its short first line, its kind + subject."""
    out: set[str] = set()
    if chunk.start == 0:
        first = chunk.text.strip().split("\n", 1)[0].strip()
        if 0 < len(first) <= _NAME_CHARS and not first.lower().startswith("điều"):
            out.add(" ".join(fold(first).split()))
    ident = chunk.identity
    if ident.kind and ident.subject:
        out.add(" ".join(fold(f"{ident.kind} {ident.subject}").split()))
    return {n for n in out if len(n) >= 8}


def _keys(chunk: Chunk) -> set[str]:
    """Lookup keys of the chunk's document: its identity, numbers on its first line."""
    out: set[str] = set()
    if chunk.identity.ident:
        out.add(lookup_key(chunk.identity.ident))
    if chunk.start == 0:
        first = chunk.text.strip().split("\n", 1)[0]
        if len(first) <= _NAME_CHARS:
            out.update(q.key for q in parse_query_ident(first) if q.complete)
    return out
