"""Whether a figure is a count at all: not a year, a date or an age."""

from __future__ import annotations

import re
from decimal import Decimal

from .index import Index
from .knowledge import Knowledge, forms
from .quantities import Found

__all__ = ["not_count_reason"]

# "Nazarov, 28, a Tajik": a figure set off by commas right after a name is an age
_NAME_COMMA = re.compile(r"[A-Z][\w'-]+,\s*$")
_FOUR_DIGITS = re.compile(r"\d{4}")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")
# the word right before a figure, spaces apart: "March 3" (no comma between)
_MONTH_RIGHT_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]*\Z")


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


# the first word after a figure, joined by a hyphen or spaces: "sixty-fifth", "шестьдесят пятый"
_NEXT_WORD = re.compile(r"(-?)[^\S\n]*([^\W\d_]+)")
# the last two words before a figure, the second glued to it: "الخامسه وال|ستين"
_LAST_TWO = re.compile(r"([^\W\d_]+)[^\S\n]+([^\W\d_]+)\Z")


def _an_ordinal(
    know: Knowledge, written: str, value: Decimal | None, before: str, after_text: str
) -> bool:
    """Whether a figure is the tens of a compound ordinal, a rank or an age, no count.

    Tens (or hundreds) joined to the unit of an ordinal (``numbers.toml
    [ordinals]``): by a hyphen ("sixty-fifth", "twenty-first"), by a space
    after tens written in words ("шестьдесят пятый"), or by a conjunction
    glued to the tens after the unit ("الخامسة والستين"). Digits before a
    word ("300 first responders", "300 third-country nationals") stay counts.
    """
    ordinals = know.lex.numbers.ordinals
    if "-" in written and written.rsplit("-", 1)[1] in ordinals:
        return True  # read as a share of the tens ("sixty-fifth": 60/5), which it is not
    if not ordinals or value is None or value < 20 or value % 10:
        return False
    after = _NEXT_WORD.match(after_text)
    if after is not None and after.group(2) in ordinals:
        return bool(after.group(1)) or not any(ch.isdigit() for ch in written)
    last = _LAST_TWO.search(before)
    if last is None or last.group(1) not in ordinals:
        return False
    numbers = know.lex.numbers
    return last.group(2) in {j + p for j in numbers.joiners for p in ("", *numbers.prefixes)}


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
    month = _MONTH_RIGHT_BEFORE.search(before)
    if (
        month is not None
        and month.group(1) in know.months
        and written.isdigit()
        and value is not None
        and (value <= 31 or 1000 <= value <= 2100)
    ):
        # "March 3", "March 2017"; not "In March 300 fighters joined" (no day, no year)
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
    if _an_ordinal(know, written, value, before, after_text):
        return "ordinal"
    if know.age_before_re.search(before):
        return "age"
    if know.kin_before_re.search(before):
        return "kin"
    if know.capacity_before_re is not None and know.capacity_before_re.search(before):
        return "capacity"
    if _NAME_COMMA.search(original_before) and after_text[:1] == ",":
        return "age"
    if written in know.lex.numbers.after_noun:
        # "في يوم واحد", "قرية واحدة": a numeral after its noun counts that noun
        words = before.split()
        noun = words[-1] if words and before[-1:].isspace() else None
        if noun is not None and (
            noun[-1].isdigit() or noun in know.lex.cardinals or noun in know.lex.scales
        ):
            # "600 واحد منهم": "one" after a figure counts its individuals (600 of them)
            return "individuals of the figure before"
        if noun is not None:
            for bare in forms(noun, know.lex.prefixes):
                if bare in know.not_counts:
                    return know.not_counts[bare]
                if bare in know.units:
                    return "unit"
    return _of_a_definite_noun(know, before)


def _of_a_definite_noun(know: Knowledge, before: str) -> str | None:
    """The reason a figure with the article after a noun of time is none: "الساعات الأربع".

    Arabic puts a number with the article after its noun, as an adjective:
    "خلال الساعات الأربع والعشرين" is a duration (24 hours), in both its
    halves. A noun of [not_counts] one or two words before, the words
    between numbers with the article, makes the figure what that noun says.
    """
    definite = tuple(know.definite)
    if not definite or not before.endswith(definite):
        return None
    words = before.split()
    # the article glued to the figure stands alone at the end of ``before``
    words = words[:-1] if words and words[-1].endswith(definite) and len(words[-1]) <= 3 else words
    for word in reversed(words[-2:]):
        for article in definite:
            if word.startswith(article):
                reason = know.not_counts.get(word[len(article) :])
                if reason is not None:
                    return reason
    return None
