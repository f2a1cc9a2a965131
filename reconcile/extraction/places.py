"""Where the counted people are: the canonical places of a figure."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping

from ..lang.canon import canon
from .index import Index, Mention, between
from .phrases import NounPhrase

__all__ = ["away_from_home", "read_places"]


def read_places(
    index: Index,
    start: int,
    np: NounPhrase,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    *,
    remember: bool = True,
    measure: str | None = None,
) -> tuple[str, ...]:
    """The canonical places of a figure: in its clause, its sentence, or the text just before.

    The place of a claim is where the counted people are or were: for a
    return, where they came from ("returned from Syria"), never where they
    went ("to Russia"); for any other count, the place people come from
    ("300 people from Azerbaijan") is who they are, not where. A dateline
    city ("MOSCOW, March 12") is where the report was filed.
    """
    text = index.ftext
    _, c_end = clause
    origin_end = np.end
    kind = canon().kinds.get(measure) if measure else None
    returning = kind is not None and kind.family == _RETURNS

    def usable(mentions: list[Mention]) -> list[Mention]:
        out = []
        for m in mentions:
            if m.start < origin_end and m.start > start:
                continue  # "men from Central Asia": an origin, not a place
            if _in_dateline(index, m) or _at_venue(index, m) or _in_aside(index, m, start):
                continue
            if m.start > start and _role(index, m, returning) is not None:
                continue  # after the figure, "from X" and "to X" say who and whither
            if _list_item(index, m):
                continue  # "تلتها روسيا بـ2400": the label of a figure, not where people are
            # "Islamic Movement of Uzbekistan": a place inside an organisation's name
            o_start, _ = index.folded.span(m.start, m.end)
            before = index.folded.original[max(0, o_start - 30) : o_start]
            if index.know.org_of_before_re.search(before) or _after_body(index, m):
                continue
            out.append(m)
        return out

    c_start = clause[0]
    # before the figure, only places it is located in: "officials in Sughd detained 12"
    located = [
        m
        for m in usable(between(index.places, index.place_starts, c_start, start))
        if index.know.locative_re.search(text[max(0, m.start - 40) : m.start])
    ]
    in_clause = located + usable(between(index.places, index.place_starts, start, c_end))
    if in_clause:
        return _unique(m.value for m in in_clause)
    if index.search(index.know.there_re, start, c_end):
        lo = max(index.paragraph_start(start), start - _PARAGRAPH_REACH)
        group = _last_place_group(index, usable, lo, start)
        if group:
            return group
    s_start, s_end = sentence
    in_sentence = usable(between(index.places, index.place_starts, s_start, s_end))
    if in_sentence:
        return _unique(m.value for m in in_sentence)
    if not remember:
        return ()

    # no place in the sentence: the places the text was just talking about,
    # not where an earlier figure's people came from ("3 آلاف مواطن من آسيا الوسطى")
    def remembered(mentions: list[Mention]) -> list[Mention]:
        return [m for m in usable(mentions) if not _origin_of_figure(index, m)]

    return _last_place_group(index, remembered, max(0, s_start - _PLACE_MEMORY), s_start)


# The measure family whose people are placed where they came from.
_RETURNS = "returned"
# A place that opens a line and is followed by a comma, full stop or dash: a dateline.
_DATELINE_AFTER = re.compile(r"\s*(?:[,.(]|\s[-–—]\s)")
# How near (in characters) a return word stands before "from X" to make X its source.
_SOURCE_REACH = 30


def _in_dateline(index: Index, m: Mention) -> bool:
    """Whether a place opens its line as a dateline: "MOSCOW, March 12", "Москва."."""
    line = index.paragraph_start(m.start)
    return not index.ftext[line : m.start].strip() and bool(
        _DATELINE_AFTER.match(index.ftext, m.end)
    )


def _list_item(index: Index, m: Mention) -> bool:
    """Whether a place is an item of a list or a ranking, not where its figure's people are.

    "Russia (2,400), Turkey (2,100)", "تلتها روسيا بـ2400": the place
    labels the figure after it; "وحلت السعودية ثانية": a verb of ranking
    ([ranking]) puts it in a ranking.
    A place with a preposition of location before it ("في سوريا 300 مقاتل")
    is where that figure's people are, not a label.
    """
    know, text = index.know, index.ftext
    if know.ranking_before_re.search(text, max(0, m.start - 40), m.start):
        return True  # "وحلت المملكة العربية السعودية ثانية": a ranked item
    if know.ranking_after_re.match(text, m.end):
        return True  # "تونس جاءت في المركز السادس"
    if not know.item_figure_re.match(text, m.end):
        return False
    return not know.locative_re.search(text, max(0, m.start - 40), m.start)


def _origin_of_figure(index: Index, m: Mention) -> bool:
    """Whether a place is where a figure's people come from: "3,000 citizens from Central Asia"."""
    text = index.ftext
    lo = max(0, m.start - _SOURCE_REACH)
    return bool(index.know.origin_before_re.search(text, lo, m.start)) and any(
        ch.isdigit() for ch in text[lo : m.start]
    )


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _after_body(index: Index, m: Mention) -> bool:
    """Whether a place names the country of the body before it: "ГКНБ Кыргызстана"."""
    before = _WORD_BEFORE.search(index.ftext, max(0, m.start - 30), m.start)
    if before is None:
        return False
    word = before.group(1)
    return word in index.know.organizations or word in index.know.organization_heads


# How far (in characters) from a place the brackets of an aside around it are looked for.
_ASIDE_REACH = 120


def _in_aside(index: Index, m: Mention, start: int) -> bool:
    """Whether a place stands in brackets the figure is not in: "ИГ (запрещена в РФ) убили 30".

    A bracketed aside glosses a name ("banned in Russia"); its place is not
    where the counted people are.
    """
    text = index.ftext
    opening = text.rfind("(", max(0, m.start - _ASIDE_REACH), m.start)
    if opening < 0 or text.find(")", opening, m.start) >= 0:
        return False
    closing = text.find(")", m.end, m.end + _ASIDE_REACH)
    return closing >= 0 and not opening < start < closing


def _at_venue(index: Index, m: Mention) -> bool:
    """Whether a place is where a figure was announced: "at a forum in Almaty"."""
    return bool(index.know.venue_before_re.search(index.ftext, max(0, m.start - 80), m.start))


def _role(index: Index, m: Mention, returning: bool) -> str | None:
    """Why a place named after a figure is not where its people are, or ``None``."""
    text = index.ftext
    before = text[max(0, m.start - 30) : m.start]
    line = index.paragraph_start(m.start)
    if index.know.origin_before_re.search(before):
        # "returned from Syria": the return's source; "people from Azerbaijan": origin
        if returning and between(
            index.measures, index.measure_starts, max(line, m.start - _SOURCE_REACH), m.start
        ):
            return None
        return "origin"
    if returning and index.know.destination_before_re.search(before):
        return "destination"  # "brought back to Russia": home, not where they were
    return None


# How far back (in characters) a sentence without a place inherits one.
_PLACE_MEMORY = 400
# How far back (in characters) "there" looks for its place within the
# paragraph. News paragraphs are shorter (about 1,000 characters at most in
# the fixtures); a page with no line breaks is one paragraph of any length.
_PARAGRAPH_REACH = 2000


def _last_place_group(
    index: Index, usable: Callable[[list[Mention]], list[Mention]], lo: int, hi: int
) -> tuple[str, ...]:
    """The last place named before ``hi``, with those joined to it ("Syria and Iraq").

    Walks back from ``hi`` and stops at the first place not joined to the
    group, so a long stretch of places costs only the group it ends with.
    """
    places = index.places
    group: list[Mention] = []
    i = bisect.bisect_left(index.place_starts, hi) - 1
    while i >= 0 and places[i].start >= lo:
        m = places[i]
        i -= 1
        if m.end > hi or not usable([m]):
            continue
        if group and not index.know.place_joiner.fullmatch(index.ftext, m.end, group[0].start):
            break
        group.insert(0, m)
    return _unique(m.value for m in group)


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def away_from_home(
    places: tuple[str, ...], subject: str | None, measure: str | None
) -> tuple[str, ...]:
    """The places of people counted away from home, without the home they came from.

    "Tunisian fighters ... from Tunisia to Syria" are counted in Syria: for
    the families of ``canon/measures.toml [abroad]``, a place within the home
    of the subject's group (``canon/groups.toml [home]``) is dropped when the
    claim names a place outside it. A claim whose only place is the home
    keeps it ("returned to Russia and detained there").

    Examples:
        >>> away_from_home(("Tunisia", "Syria"), "Tunisian nationals", "joined")
        ('Syria',)
        >>> away_from_home(("Tunisia", "Syria"), "Tunisian nationals", "detained")
        ('Tunisia', 'Syria')
        >>> away_from_home(("Grozny",), "Chechen nationals", "killed")
        ('Grozny',)
    """
    if len(places) < 2 or measure is None:
        return places
    known = canon()
    kind = known.kinds.get(measure)
    if kind is None or kind.family not in known.abroad_families:
        return places
    homes = known.home_of(subject)
    if not homes:
        return places
    away = tuple(p for p in places if not _within_any(p, homes, known.place_parents))
    return away or places


def _within_any(place: str, homes: frozenset[str], parents: Mapping[str, str]) -> bool:
    seen: set[str] = set()
    while place not in seen:
        if place in homes:
            return True
        seen.add(place)
        if place not in parents:
            return False
        place = parents[place]
    return False
