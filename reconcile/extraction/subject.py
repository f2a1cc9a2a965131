"""Who is counted: the subject group and role of a figure."""

from __future__ import annotations

import re

from .index import Index, between, last_between
from .phrases import PART_OF_GROUP, NounPhrase

__all__ = ["read_subject"]

_LETTERS = re.compile(r"[^\W\d_]+")


def read_subject(
    index: Index,
    start: int,
    np: NounPhrase,
    sentence: tuple[int, int],
    *,
    sentence_prev: str | None,
    measure: str | None,
    discourse_prev: str | None = None,
) -> str | None:
    """Who a figure counts: the group and role its noun phrase or the sentence names.

    "Of them" with no group in its sentence takes the last group its
    paragraph counted (``discourse_prev``): "40 children were flown home.
    Twelve of them come from Shymkent." A figure whose own words name no
    group takes the group of "the number of ..." before it in its sentence:
    "the number of Tunisian fighters reached 6,000".
    """
    measure_of = index.know.measure_of
    role = np.role
    if (
        role
        and measure is not None
        and measure
        in (
            role,
            measure_of.get(role),
            measure_of.get(role.removesuffix("s")),
        )
    ):
        # "52 Tajik fighters" counting fighters: the noun repeats the measure
        role = None
    group = np.subject if np.subject is not None else _number_of(index, sentence, start)
    referring = index.know.referring
    if (
        group is None
        and np.people
        and np.head is not None
        and np.head != PART_OF_GROUP
        and np.head not in referring
    ):
        # "1.5 million people": a generic noun names no group of its own;
        # "citizens", "nationals" and "of them" take the group the text names
        return role
    if group is None and np.head in referring:
        # "Tajik authorities say up to 1,000 nationals": the nationality the sentence names
        earlier = last_between(index.demonyms, index.demonym_starts, sentence[0], start)
        group = earlier.value if earlier else None
    if group is None:
        # "61 Tajik nationals had returned, while 148 had been killed": the
        # group of the figure before it in the same sentence
        group = sentence_prev
    if group is None and np.head == PART_OF_GROUP:
        group = discourse_prev
    if role:
        adjective = (
            group.rsplit(" ", 1)[0] if group and group.endswith((" nationals", " people")) else None
        )
        return f"{adjective} {role}" if adjective else role
    if np.head == PART_OF_GROUP and group is not None and _earlier_figure(index, sentence, start):
        # "six Tajiks, one of them a woman": a part of the group just counted
        return f"part of {group}"
    return group


_NUMBER_OF_REACH = 120
"""How far before a figure "the number of ..." is looked for, in characters."""


def _number_of(index: Index, sentence: tuple[int, int], start: int) -> str | None:
    """The group named after "the number of" (grammar.toml [number_of]) before a figure."""
    lo = max(sentence[0], start - _NUMBER_OF_REACH)
    found = index.matches(index.know.number_of_re, lo, start)
    if not found:
        return None
    last = found[-1]
    named = between(index.demonyms, index.demonym_starts, last.end(), start)
    # within the phrase it opens: "the number of Tunisian fighters", "عدد
    # المقاتلين التونسيين"; a demonym further on names something else ("in Iraqi prisons")
    if not named:
        return None
    gap = index.ftext[last.end() : named[0].start]
    words = gap.split()
    if gap and not gap[-1].isspace():
        words = words[:-1]  # a proclitic of the demonym itself ("ال")
    return named[0].value if len(words) <= 1 else None


def _earlier_figure(index: Index, sentence: tuple[int, int], start: int) -> bool:
    return any(ch.isdigit() for ch in index.ftext[sentence[0] : start]) or bool(
        index.know.lex.cardinals.keys() & set(_LETTERS.findall(index.ftext[sentence[0] : start]))
    )
