"""Who is counted: the subject group and role of a figure."""

from __future__ import annotations

import bisect
import functools
import re

from ..lang import canon
from ..text import fold
from .index import Index, Mention, between, last_between
from .phrases import PART_OF_GROUP, NounPhrase
from .places import RETURNS

__all__ = ["from_home", "read_subject"]

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
    named_before: str | None = None,
) -> str | None:
    """Who a figure counts: the group and role its noun phrase or the sentence names.

    "Of them" with no group in its sentence takes the last group its
    paragraph counted (``discourse_prev``): "40 children were flown home.
    Twelve of them come from Shymkent." A figure whose own words name no
    group takes the group of "the number of ..." before it in its sentence:
    "the number of Tunisian fighters reached 6,000". A figure that values a
    number a pronoun points back to ("their number reached 2,400", "we
    estimate it at 300") counts the group counted last before it, in its
    paragraph or the one before (``named_before``).
    """
    role = np.role
    if role and measure is not None and _restates(index, role, measure):
        # "52 Tajik fighters" counting fighters: the noun repeats the measure
        role = None
    group = np.subject if np.subject is not None else _number_of(index, sentence, start)
    if group is None and named_before is not None and _refers_back(index, sentence, start):
        group = named_before
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
        named = between(index.demonyms, index.demonym_starts, sentence[0], start)
        # "The Jordanian foreign ministry said 68 of its citizens": a nationality
        # with a home before one with none ("foreign" inside a body's name)
        homed = [m for m in named if m.value in canon().homes]
        earlier = (homed or named)[-1] if named else None
        group = earlier.value if earlier else None
        if group is None:
            # "Jordan said 68 of its citizens had died": the people of the country it names
            place = last_between(index.places, index.place_starts, sentence[0], start)
            group = _groups_of_homes().get(place.value) if place is not None else None
    if group is None and not part_of_the_measured(index, np):
        # "61 Tajik nationals had returned, while 148 had been killed": the
        # group of the figure before it in the same sentence ("14 of the
        # injured" is a part of the injured, whoever was counted before)
        group = sentence_prev
        if group is not None and ((np.role and role is None) or _measure_noun(index, np.end)):
            # "800 militants returned, of 2,929 fighters": the figure's own noun
            # only restated its measure; the roles of the figure before are not
            # its own, only their group is
            group = canon().group_in(group)
    if group is None and np.head == PART_OF_GROUP:
        group = discourse_prev
    if not np.role and np.head in (None, PART_OF_GROUP) and np.subject is not None:
        # "three children are from Khujand and 30 from Sughd": a list item
        # leaves out the noun of the item before it in its sentence; "40
        # children ... 24 of them from Khatlon": a part takes the noun of its whole
        if np.head is None:
            role = _elided_role(sentence_prev)
        else:
            role = next(
                filter(None, map(_elided_role, (sentence_prev, discourse_prev, named_before))),
                None,
            )
        if role is not None and not np.subject.endswith((" nationals", " people")):
            return f"{np.subject} {role}"  # a town's people: "Khujand children"
    if role:
        adjective = (
            group.rsplit(" ", 1)[0] if group and group.endswith((" nationals", " people")) else None
        )
        return f"{adjective} {role}" if adjective else role
    if np.head == PART_OF_GROUP and group is not None and _earlier_figure(index, sentence, start):
        # "six Tajiks, one of them a woman": a part of the group just counted
        return f"part of {group}"
    return group


def _restates(index: Index, role: str, measure: str) -> bool:
    """Whether a figure's noun of people only restates what it counts.

    "52 Tajik fighters" counting fighters; "40 مسلحا" reads the role
    "militants", which canon/subjects.toml names "fighters"; and a role that
    names the people of a family of counts ([restates]: fighters who joined,
    or are still there) is no part of a group.
    """
    if measure == role:
        return True  # the most common case first, before folding the role
    measure_of = index.know.measure_of
    canonical = canon().role_words.get(fold(role))
    if measure in (measure_of.get(role), measure_of.get(role.removesuffix("s")), canonical):
        return True
    return canonical is not None and measure in canon().role_restates.get(canonical, ())


def from_home(
    index: Index,
    sentence: tuple[int, int],
    subject: str | None,
    measure: str | None,
    places: tuple[str, ...],
    *,
    start: int | None = None,
) -> str | None:
    """A subject with the group of the one home its sentence names, for people who left it.

    "Tunisia ranked first, with about 6,000 fighters": those who went or came
    back (``canon/measures.toml [abroad] leaving``) are the people of the
    home the sentence names (``canon/groups.toml [home]``), when it names
    one home only and the subject no group ("militants": "Tunisian militants").
    A home the figure's people are in ("40 fighters are in Libya") is where
    they are, not whence they left; a place after "to" is where they went,
    and for a return a place after "from" is where they came back from.
    A home that labels the figure as an item of a list ("followed by Russia
    with 2,400, then Turkey with 2,100") is that figure's home, however
    many the sentence names (``start``: where the figure starts).
    """
    known = canon()
    if subject is not None and subject.startswith("part of "):
        # "300 Kyrgyz nationals are in Syria, of them 120 women": a part of
        # the people of that home, as the whole is; a part of people not
        # named ("of whom 12") stays a part of whoever the whole counts
        rest = subject.removeprefix("part of ")
        if fold(rest) in known.generic_words:
            return subject
        return f"part of {from_home(index, sentence, rest, measure, places, start=start)}"
    kind = known.kinds.get(measure) if measure is not None else None
    if (
        kind is None
        or kind.family not in known.leaving_families
        or (subject is not None and known.group_in(subject))
    ):
        return subject
    starts = index.place_starts
    if bisect.bisect_left(starts, sentence[0]) == bisect.bisect_left(starts, sentence[1]):
        return subject  # no place named, so no home (most windows of a page with no end)
    returning = kind.family == RETURNS
    label = _item_label(index, start) if start is not None else None
    if label is not None:
        return f"{label.rsplit(' ', 1)[0]} {subject}" if subject else label
    # per stretch read: a long sentence is read in windows (Index.window)
    homes: dict[tuple[bool, int, int], str] = index.table("sentence homes")
    key = (returning, *sentence)
    group = homes.get(key)
    if group is None:
        # the group each place is home to, read once per place: whence people
        # came back ("returned from Libya"), whither they went ("travelled to
        # Afghanistan") is no home ("")
        read: dict[int, str] = index.table("homes returning" if returning else "homes")
        groups = set()
        for m in between(index.places, index.place_starts, *sentence):
            home = read.get(m.start)
            if home is None:
                home = read[m.start] = _home_read(index, m, returning)
            groups.add(home)
        groups.discard("")
        group = homes[key] = groups.pop() if len(groups) == 1 else ""
    if not group:
        return subject
    home = known.homes[group]
    if places and all(known.place_within(p, frozenset({home})) for p in places):
        return subject  # counted at home: the home names where they are
    return f"{group.rsplit(' ', 1)[0]} {subject}" if subject else group


def _item_label(index: Index, start: int) -> str | None:
    """The group whose home labels a figure as a list item: "تلتها روسيا بـ2400" (Russians)."""
    i = bisect.bisect_left(index.place_starts, start) - 1
    if i < 0:
        return None
    m = index.places[i]
    know, text = index.know, index.ftext
    if start - m.end > _LABEL_GAP:
        return None
    item = know.item_figure_re.match(text, m.end)
    ranked = item is None and (
        know.ranking_after_re.match(text, m.end) is not None
        or know.ranking_before_re.search(text, max(0, m.start - 40), m.start) is not None
    )
    if ranked and any(ch.isdigit() or ch in ".;" for ch in text[m.end : start]):
        return None  # a figure or a stop between them: the label is an earlier item's
    if not ranked and (item is None or item.end() != start + 1):
        return None  # the pattern ends on the figure's first digit
    return _groups_of_homes().get(m.value)


# How far (in characters) the label of a list item may stand before its figure.
_LABEL_GAP = 30


def _home_read(index: Index, m: Mention, returning: bool) -> str:
    away = index.know.origin_before_re if returning else index.know.destination_before_re
    if away.search(index.ftext, max(0, m.start - _AWAY_REACH), m.start):
        return ""
    return _groups_of_homes().get(m.value) or ""


# How far before a place (in characters) "from" or "to" is read.
_AWAY_REACH = 40


@functools.cache
def _groups_of_homes() -> dict[str, str]:
    return {place: group for group, place in canon().homes.items()}


def part_of_the_measured(index: Index, np: NounPhrase) -> bool:
    """Whether a measure word follows the partitive: "14 of the injured", "half of the dead"."""
    if np.of_word < 0:
        return False
    i = bisect.bisect_left(index.measure_starts, np.of_word)
    return i < len(index.measures) and index.measures[i].start == np.of_word


def _measure_noun(index: Index, after: int) -> bool:
    """Whether a measure word stands right after a figure, as its noun ("2,929 terrorists")."""
    i = bisect.bisect_left(index.measure_starts, after)
    if i == len(index.measures):
        return False
    return not index.ftext[after : index.measures[i].start].strip()


def _elided_role(previous: str | None) -> str | None:
    """The role of the subject of a sentence's figure before, when it is only roles."""
    role = canon().split(previous)[1] if previous else None
    if role is None:
        return None
    # "Khujand children": the role is the words that name roles
    roles = canon().role_words
    words = [w for w in role.split() if fold(w) in roles or w == "and"]
    return " ".join(words) if words and words[-1] != "and" and words[0] != "and" else None


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


_REFERENCE_REACH = 80
"""How far before a figure "their number" is looked for, in characters."""


def _refers_back(index: Index, sentence: tuple[int, int], start: int) -> bool:
    """Whether a figure values a number a pronoun points back to, named before it.

    "Their number reached 2,400 in 2014" (grammar.toml [their_number], in
    the figure's sentence, shortly before it) or "we estimate it at 300"
    ([refer_back], right before the figure).
    """
    know = index.know
    if know.refer_back_re is not None and know.refer_back_re.search(
        index.ftext, max(0, start - 40), start
    ):
        return True
    lo = max(sentence[0], start - _REFERENCE_REACH)
    return bool(index.matches(know.their_number_re, lo, start))


def _earlier_figure(index: Index, sentence: tuple[int, int], start: int) -> bool:
    return any(ch.isdigit() for ch in index.ftext[sentence[0] : start]) or bool(
        index.know.lex.cardinals.keys() & set(_LETTERS.findall(index.ftext[sentence[0] : start]))
    )
