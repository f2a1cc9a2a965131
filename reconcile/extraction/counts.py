"""Whether a figure is a count at all: not a year, a date or an age."""

from __future__ import annotations

import re
from decimal import Decimal

from .index import Index
from .knowledge import Knowledge
from .quantities import Found

__all__ = ["not_count_reason"]

# "Nazarov, 28, a Tajik": a figure set off by commas right after a name is an age
_NAME_COMMA = re.compile(r"[A-Z][\w'-]+,\s*$")
_FOUR_DIGITS = re.compile(r"\d{4}")
_LETTERS = re.compile(r"[^\W\d_]+")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")


def not_count_reason(index: Index, found: Found) -> str | None:
    """Why a found figure is not a count ("year", "date", "age"), or ``None``.

    "year" is a bare four-digit figure from 1000 to 2100 with nothing counted
    after it: the one reason a list or a table around it can overturn.
    """
    text = index.ftext
    start, end = found.start, found.end
    written = text[start:end]  # folded: format characters inside the figure are gone
    before = text[max(0, start - 24) : start]
    value = found.low
    if 0 < found.high < 1:
        # "about one-third of the deaths", "half": a share of a whole, no count of anyone
        return "share"
    plain_digits = _FOUR_DIGITS.fullmatch(written) is not None
    if plain_digits and value is not None and 1000 <= value <= 2100:
        # a year, unless people or things are counted right after it ("2000 people")
        nxt = _FIRST_WORD.match(text, end)
        know = index.know
        counted = nxt is not None and (
            nxt.group(1) in know.people
            or nxt.group(1) in know.demonym_of
            or nxt.group(1) in know.units
            or nxt.group(1) in know.lex.measures.counted_nouns
        )
        if not counted:
            return "year"
    o_start, _ = index.folded.span(start, end)
    original_before = index.folded.original[max(0, o_start - 40) : o_start]
    after = text[end : end + 20]

    def around() -> str | None:
        return _reason_around(
            index.know,
            written,
            value,
            before=before,
            after_text=after,
            original_before=original_before,
        )

    if not index.long_sentences:
        return around()
    # the rest reads only these few characters around the figure: one reading per text
    return index.read(("not a count", written, before, after, value, original_before), around)


def _reason_around(
    know: Knowledge,
    written: str,
    value: Decimal,
    *,
    before: str,
    after_text: str,
    original_before: str,
) -> str | None:
    """Why a figure written ``written`` is not a count, by the text around it."""
    words_before = _LETTERS.findall(before)
    if words_before and words_before[-1] in know.months and written.isdigit():
        return "date"
    after = _FIRST_WORD.match(after_text)
    if (
        after
        and after.group(1) in know.months
        and written.isdigit()
        and value is not None
        and value <= 31
    ):
        return "date"
    if after_text[:1] == "-" and not after_text[1:2].isalnum():
        # "one- or two-year terms", a page cut off at "about one- ...": the
        # figure is the first part of a word, not a count
        return "part of a word"
    if know.age_before_re.search(before):
        return "age"
    if _NAME_COMMA.search(original_before) and after_text[:1] == ",":
        return "age"
    return None
