"""Which documents a drafted section cites, against the ones the report itself cites there.

For each reform area of the seed report (the sections ``II > 1`` … ``II > 6``), the
drafter is asked for that section ("Soạn mục Cải cách thể chế cho báo cáo CCHC năm
2021", extractive, no LLM). The gold documents are those the report cites inside the
section. Prints precision and recall of the cited documents per section and their mean,
and the same for list answers to "Những văn bản nào về <area>?".

usage: python bench/draft.py
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.citations import extract  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.generation.answer import Answerer  # noqa: E402
from assistant.generation.draft import Drafter  # noqa: E402
from assistant.retrieval.indexer import Indexer  # noqa: E402

SEED = REPO.parent / "shared" / "seed" / "bao-cao-cchc-2021-skhcn-khanh-hoa.txt"
_AREA = re.compile(r"^\d+\.\s+(.+)$")


def cited(text: str) -> set[str]:
    """Lookup keys of the complete citations in ``text``."""
    return {c.key for c in extract(text) if c.key and not c.missing}


def areas(answerer: Answerer) -> dict[str, tuple[str, set[str]]]:
    """Reform area title -> (its section, keys of the documents the report cites there)."""
    out: dict[str, set[str]] = {}
    titles: dict[str, str] = {}
    for c in answerer.searcher.lexical.chunks:
        parts = c.section.split(" > ")
        if len(parts) < 2 or parts[0] != "II" or c.source != SEED.name:
            continue
        key = " > ".join(parts[:2])
        # The area's own heading line, "3. Cải cách tổ chức bộ máy hành chính nhà nước".
        for line in c.text.splitlines():
            m = _AREA.match(line.strip())
            if m and key not in titles and line.strip().startswith(f"{parts[1]}. "):
                titles[key] = m.group(1).strip()
        out.setdefault(key, set()).update(cited(c.text))
    return {titles[k]: (k, v) for k, v in out.items() if k in titles and v}


def score(found: set[str], gold: set[str]) -> tuple[float, float]:
    precision = len(found & gold) / len(found) if found else 0.0
    return precision, len(found & gold) / len(gold)


def main() -> None:
    if not SEED.is_file():
        sys.exit(f"the seed report is not at {SEED}: put ../shared beside the repo")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        (corpus / SEED.name).write_bytes(SEED.read_bytes())
        settings = Settings(corpus=corpus, index=Path(tmp) / "index")
        Indexer(settings).ingest([corpus])
        answerer = Answerer(settings, llm=None)
        drafter = Drafter(answerer)
        rows = []
        found = areas(answerer)
        keys = {title: key for title, (key, _) in found.items()}
        for title, (_, gold) in sorted(found.items()):
            draft = drafter.draft(f"Soạn mục {title} cho báo cáo CCHC năm 2021")
            listed = answerer.ask(f"Những văn bản nào về {title.lower()}?")
            d = score(cited(draft.text), gold)
            a = score(cited(listed.text), gold)
            # The "b) Kết quả" sentences: from the area's own section?
            facts = re.findall(r"\(nguồn: [^,]+, p\. \d+, ([^)]*)\)", draft.text)
            area = keys[title]
            on_topic = sum(f == area or f.startswith(area + " >") for f in facts)
            rows.append((d, a, (on_topic, len(facts))))
            print(f"{title[:48]:48}  gold {len(gold):2}  draft P {d[0]:.2f} R {d[1]:.2f}"
                  f"  list P {a[0]:.2f} R {a[1]:.2f}  results on topic {on_topic}/{len(facts)}")
        for name, i in (("draft", 0), ("list answer", 1)):
            p = statistics.fmean(r[i][0] for r in rows)
            r = statistics.fmean(r[i][1] for r in rows)
            print(f"mean {name:12} precision {p:.2f}  recall {r:.2f}")
        on, total = sum(r[2][0] for r in rows), sum(r[2][1] for r in rows)
        print(f"draft result sentences from the area's own section: {on}/{total}")


if __name__ == "__main__":
    main()
