"""Draw the candidate sentences of the relation sets, by a fixed rule, before any annotation.

Reads the real texts of ../shared (never copied into the repo whole) and prints JSON lines
``{"text", "source_doc", "split"}`` for a person to annotate by hand:
    .venv/bin/python bench/relations_sample.py > /tmp/candidates.jsonl

The rule: every paragraph (a line of the text; an ALQAC article's line) that holds one of
the relation words ``KEYWORDS`` is cut into sentences, and the sentences holding such a
word are the pool of that source. From each source every ``STEP[source]``-th pooled
sentence is kept (in text order, starting with the first), and every sentence naming a
numbered document (``NUMBERED``); sentences over ``MAX_CHARS`` are left out. Each
kept sentence goes to ``heldout`` with probability 0.4, drawn by
``random.Random(SPLIT_SEED)`` in that order, else to ``tune``. The grammar was never run
on the held-out sentences before they were annotated and committed.

``--offset N`` draws a second sample from what the first left: every ``STEP``-th pooled
sentence starting with the (N+1)-th, sources with a step of 1 and numbered sentences
left out (the first sample took them all), every sentence marked ``heldout2``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(
    os.environ.get("ASSISTANT_SHARED", Path(__file__).resolve().parents[1].parent / "shared")
)
KEYWORDS = re.compile(
    r"[Cc]ăn cứ|thay thế|bãi bỏ|sửa đổi|hết hiệu lực|hướng dẫn thi hành|quy định chi tiết"
    r"|triển khai thực hiện|[Tt]hực hiện (?:Kế hoạch|Quyết định|Chỉ thị|Nghị quyết)"
)
# Cut after . ; : when a capital, a digit or a list marker follows.
SENTENCE_END = re.compile(r"(?<=[.;:])\s+(?=[A-ZĐÀ-Ỹ0-9“\"(-])")
MAX_CHARS = 700
STEP = {"alqac": 6, "nd30": 1, "seed": 1, "admin": 2}
# A sentence naming a numbered document (`23/2000/QH10`) is always kept: they are few.
NUMBERED = re.compile(r"\d+/\d{4}/")
SPLIT_SEED = 11


def _paragraphs() -> Iterator[tuple[str, str, str]]:
    """``(source, where, paragraph)`` of every text, in a fixed order."""
    for name in ("alqac2023_law.json", "alqac2022_law.json"):
        for law in json.loads((SHARED / "data" / "alqac" / name).read_text("utf-8")):
            for article in law["articles"]:
                for line in article["text"].split("\n"):
                    yield "alqac", f"ALQAC {name[5:9]} {law['id']}, Điều {article['id']}", line
    texts = {
        "nd30": SHARED / "reference" / "nghi-dinh-30-2020-ND-CP.md",
        "seed": SHARED / "seed" / "bao-cao-cchc-2021-skhcn-khanh-hoa.txt",
        "admin": SHARED / "data" / "admin-text" / "university-admin-text-2023.txt",
    }
    for source, path in texts.items():
        for i, line in enumerate(path.read_text("utf-8").split("\n"), start=1):
            yield source, f"{path.name}, line {i}", line


def candidates(offset: int = 0) -> Iterator[dict]:
    """The kept sentences with their source and split (see the module's docstring)."""
    seen: set[str] = set()
    counts: dict[str, int] = {}
    rng = random.Random(SPLIT_SEED)
    for source, where, paragraph in _paragraphs():
        paragraph = unicodedata.normalize("NFC", paragraph).strip()
        if not KEYWORDS.search(paragraph):
            continue
        for sentence in SENTENCE_END.split(paragraph):
            sentence = " ".join(sentence.split())
            if not KEYWORDS.search(sentence) or sentence in seen:
                continue
            seen.add(sentence)
            counts[source] = counts.get(source, 0) + 1
            if len(sentence) > MAX_CHARS:
                continue
            if offset:
                nth = (counts[source] - 1 - offset) % STEP[source] == 0
                if STEP[source] > 1 and nth and not NUMBERED.search(sentence):
                    yield {"text": sentence, "source_doc": where, "split": "heldout2"}
                continue
            sampled = NUMBERED.search(sentence) or (counts[source] - 1) % STEP[source] == 0
            if not sampled:
                continue
            split = "heldout" if rng.random() < 0.4 else "tune"
            yield {"text": sentence, "source_doc": where, "split": split}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Candidate sentences for the relation sets.")
    parser.add_argument("--offset", type=int, default=0, help="draw the second sample")
    for row in candidates(parser.parse_args().offset):
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
