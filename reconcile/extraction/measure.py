"""What a figure counts: the measure, by where its signalling word stands."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from .index import Index, Mention, between, last_between
from .phrases import NounPhrase

__all__ = ["read_measure"]

_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")
_APPOSITIVE = re.compile(r"\s*,[^,]{0,60},")
_WORDS = re.compile(r"([^\W\d_]+)")
_AFTER_FIGURE = re.compile(r"\d\s*$")


def read_measure(
    index: Index,
    start: int,
    end: int,
    np: NounPhrase,
    clause: tuple[int, int],
    *,
    near_only: bool = False,
) -> str | None:
    """What the figure counts, by where the signalling word stands (see measures.toml).

    With ``near_only``, only a word in the predicate or right before the
    figure counts: a count of things ("500 websites") takes no measure from
    the far end of its sentence. An outcome announced as a plan ("are
    expected to be repatriated") is the planned measure (measures.toml
    [planned]).
    """
    found = _measure_word(index, start, end, np, clause, near_only=near_only)
    if found is None:
        return None
    planned = index.know.planned.get(found.value)
    if planned is not None:
        # the marker stands in the clause, right before the measure word
        lo = max(clause[0], found.start - 40)
        if index.know.plan_before_re.search(index.ftext, lo, found.start):
            return planned
    return found.value


def _measure_word(
    index: Index,
    start: int,
    end: int,
    np: NounPhrase,
    clause: tuple[int, int],
    *,
    near_only: bool = False,
) -> Mention | None:
    """The word that says what the figure counts, by where it stands."""
    text = index.ftext
    c_start, c_end = clause
    predicate = _Predicate(index, np.end, c_end)
    after_np = text[np.end : c_end]
    # skip an appositive: "six Tajiks, including a young woman, have returned"
    appositive = _APPOSITIVE.match(after_np)
    lead = after_np[appositive.end() :] if appositive else after_np
    first = _FIRST_WORD.match(lead)
    # a main verb follows the counted noun: an auxiliary, a measure word, or
    # a past-tense verb ("five of the returnees received amnesties")
    main = first is not None and (
        first.group(1) in index.know.aux
        or first.group(1) in index.know.measure_of
        or first.group(1).endswith(index.know.past_suffixes)
    )
    near_before = [
        m
        for m in between(index.measures, index.measure_starts, max(c_start, start - 30), start)
        # "800 مقاتل، الى جانب 700 امراه": the noun of the figure before is not this one's
        if not _AFTER_FIGURE.search(text, max(0, m.start - 12), m.start)
    ]
    if near_before and index.know.verb_first:
        return near_before[-1]  # Arabic "يعيش نحو 60 الفا": the verb comes first
    if first is not None and first.group(1) in index.know.origin_words and index.know.verb_first:
        verb = _verb_after_group(index, predicate.all(), np.end)
        if verb is not None:
            return verb  # "198 من هؤلاء المتشددين قتلوا": the group, then what befell it
    first_said = predicate.first()
    if first_said is not None and main:
        return first_said
    if near_before:
        return near_before[-1]
    if (
        first_said is not None
        and predicate.several()
        and _relative_between(index, np.end, first_said.start)
    ):
        # "children of Russians who had joined ISIS were brought back": the
        # relative clause describes them; the main predicate comes after it
        return predicate.last()
    inside = between(index.measures, index.measure_starts, end, np.end)
    if inside:
        return inside[0]
    if near_only:
        return None
    if first_said is not None:
        return first_said
    return last_between(index.measures, index.measure_starts, c_start, start)


class _Predicate:
    """The measure words of a figure's predicate, from ``after`` to the clause end ``hi``.

    Those that say what the next figure counts (:func:`_governs_next_figure`)
    are left out. Read lazily from either end: a figure asks for the first,
    the second or the last, and a flattened page's clause holds hundreds.
    """

    def __init__(self, index: Index, after: int, hi: int) -> None:
        self.index, self.after, self.hi = index, after, hi
        # the mentions inside [after, hi), as ``between`` finds them
        self.lo_n = bisect.bisect_left(index.measure_starts, after)
        self.hi_n = bisect.bisect_left(index.measure_starts, hi, lo=self.lo_n)
        text = index.ftext
        commas = [p for c in _COMMAS if (p := text.find(c, after, hi)) >= 0]
        self.comma = min(commas) if commas else hi

    def _passes(self, m: Mention) -> bool:
        return m.end <= self.hi and not _governs_next_figure(self.index.ftext, self.comma, m)

    def all(self) -> Iterator[Mention]:
        measures = self.index.measures
        return (measures[n] for n in range(self.lo_n, self.hi_n) if self._passes(measures[n]))

    def first(self) -> Mention | None:
        return next(self.all(), None)

    def several(self) -> bool:
        found = self.all()
        return next(found, None) is not None and next(found, None) is not None

    def last(self) -> Mention | None:
        measures = self.index.measures
        for n in range(self.hi_n - 1, self.lo_n - 1, -1):
            if self._passes(measures[n]):
                return measures[n]
        return None


# How many words after a figure its group ("من هؤلاء المتشددين") and verb are looked for.
_GROUP_WORDS = 4


def _verb_after_group(index: Index, predicate: Iterable[Mention], after: int) -> Mention | None:
    """The measure verb after a group named with "من" right after the figure, if any.

    The group's own noun carries the article ("المتشددين"); the verb that
    follows it does not ("قتلوا"). Only the first few words are read.
    """
    words: list[tuple[int, int]] = []
    for w in _WORDS.finditer(index.ftext, after):
        words.append(w.span(1))
        if len(words) == _GROUP_WORDS:
            break
    if not words:
        return None
    definite = tuple(index.know.definite)
    seen_group = False
    for m in predicate:
        word = next(((a, b) for a, b in words if a <= m.start < b), None)
        if word is None:
            break  # past the words read
        if index.ftext.startswith(definite, word[0]):
            seen_group = True
        elif seen_group:
            return m
    return None


# How near (in characters) after a measure word a figure it governs stands: "عادت منهن 99".
_NEXT_FIGURE_REACH = 15
_COMMAS = ",،"


def _governs_next_figure(text: str, comma: int, m: Mention) -> bool:
    """Whether a measure word after a comma says what the next figure counts, not this one.

    "عددهن بلغ حوالي 288، عادت منهن 99": "returned" is 99's; 288 takes its
    measure from the words before it. ``comma`` is where the first comma
    after the figure's noun stands.
    """
    if comma >= m.start:
        return False
    return any(ch.isdigit() for ch in text[m.end : m.end + _NEXT_FIGURE_REACH])


def _relative_between(index: Index, lo: int, hi: int) -> bool:
    """Whether a relative pronoun ("who", "الذين", "которые") stands in ``[lo, hi)``."""
    return any(
        m.group(1) in index.know.relative_pronouns for m in _WORDS.finditer(index.ftext, lo, hi)
    )
