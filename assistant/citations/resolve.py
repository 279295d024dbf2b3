"""Short forms: a later mention with only type and number takes its antecedent's details.

Like eyecite's ``resolve``: the antecedent is the nearest earlier full mention of
the same document (same lookup key, compatible year); the short form keeps its own
span and records the antecedent's index.
"""

from __future__ import annotations

import dataclasses

from assistant.citations.records import Citation


def resolve(citations: list[Citation]) -> list[Citation]:
    """Fill date and subject of short forms from their antecedents.

    Args:
        citations: the citations of one text, in order.

    Returns:
        The same citations; a short form (no date of its own) that has an earlier
        mention of the same document with a date gets that date, year and subject,
        ``antecedent`` set to the earlier mention's index and a note.
    """
    out: list[Citation] = []
    latest: dict[str, int] = {}
    for c in citations:
        key = _key(c)
        j = latest.get(key) if key else None
        full = _dated(c)
        if j is not None and not full and _same_year(c, out[j]):
            c = _from_antecedent(c, out[j], j)
        out.append(c)
        if key and (full or key not in latest):
            latest[key] = len(out) - 1
    return out


def _dated(c: Citation) -> bool:
    """A date was written, even a blank-day or impossible one (`ngày 25/21/2019`)."""
    return c.date is not None or any(
        n == "day left blank" or n.endswith("is not a calendar date") for n in c.notes
    )


def _key(c: Citation) -> str | None:
    if c.ident is None:
        return None
    if c.missing == ("symbol",):  # `Thông báo số 326`: the number within its kind
        return f"{c.kind}#{c.number.lstrip('0') if c.number else ''}"
    return c.key


def _same_year(c: Citation, antecedent: Citation) -> bool:
    return c.year is None or antecedent.year is None or c.year == antecedent.year


def _from_antecedent(c: Citation, antecedent: Citation, index: int) -> Citation:
    if antecedent.date is None and antecedent.antecedent is None:
        return dataclasses.replace(c, antecedent=index)
    return dataclasses.replace(
        c,
        date=antecedent.date,
        year=c.year or antecedent.year,
        subject=c.subject or antecedent.subject,
        antecedent=index,
        notes=(*c.notes, f"short form of {antecedent.ident} (mention {index})"),
    )
