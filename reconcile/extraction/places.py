"""Where the counted people are: the canonical places of a figure."""

from __future__ import annotations

import bisect
import collections
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from ..lang.canon import canon
from ..text import fold
from .index import Index, Mention, Verb, between
from .knowledge import Knowledge, forms
from .phrases import NounPhrase

__all__ = ["RETURNS", "away_from_home", "read_places"]


def read_places(
    index: Index,
    start: int,
    np: NounPhrase,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    *,
    remember: bool = True,
    measure: str | None = None,
    earlier: int | None = None,
) -> tuple[str, ...]:
    """The canonical places of a figure: in its clause, its sentence, or the text just before.

    The place of a claim is where the counted people are or were: for a
    return, where they came from ("returned from Syria"), never where they
    went ("to Russia"); for any other count, the place people come from
    ("300 people from Azerbaijan") is who they are, not where. A dateline
    city ("MOSCOW, March 12") is where the report was filed. ``earlier``:
    where the figure of people before it in its clause ends, if one does.
    """
    c_start, c_end = clause
    s_start, s_end = sentence
    # every place read below starts inside [reach, s_end): with none there the
    # figure has the article's places (a page with no end has thousands of
    # figures, most of them far from any place)
    reach = max(0, min(start - _PARAGRAPH_REACH, s_start - _PLACE_MEMORY, c_start))
    starts = index.place_starts
    if bisect.bisect_left(starts, reach) == bisect.bisect_left(starts, s_end):
        return article_places(index) if remember else ()
    origin_end = np.end
    kind = canon().kinds.get(measure) if measure else None
    returning = kind is not None and kind.family == RETURNS

    standings: dict[int, _Standing] = index.table("standings")
    homes: list[Mention] = []  # whither the figure's people returned, named in its sentence
    # (not for those evacuated, who may have been moved within their own country)
    home_known = returning and measure not in canon().at_home

    def usable(mentions: list[Mention]) -> list[Mention]:
        out = []
        for m in mentions:
            st = standings.get(m.start) or _standing(index, m)
            if st.never or (st.aside is not None and not st.aside[0] < start < st.aside[1]):
                continue  # "ИГ (запрещена в РФ) убили 30": a gloss's place is no one's
            if m.start > start:
                if m.start < origin_end:
                    continue  # "men from Central Asia": an origin, not a place
                if (st.role_returning if returning else st.role) is not None:
                    if home_known and st.role_returning == "destination":
                        homes.append(m)
                    continue  # after the figure, "from X" and "to X" say who and whither
            elif st.origin_of_figure:
                continue  # "24 из Дагестана и трое из Чечни": who another figure's people are
            elif returning and _of_reporter(index, m, start):
                continue  # "officials in Tunisia say 800 returned": where they speak
            elif returning and (
                (c_start <= m.start and _before_return(index, m, start))
                or (sentence[0] <= m.start and _destination(index, m))
            ):
                # "в РФ вернулись 100", "have returned to Morocco at 199", "a plane
                # bound for Moscow with 30 children on board": for a return, home,
                # not where they were
                if home_known:
                    homes.append(m)
                continue
            out.append(m)
        return out

    # before the figure, only places it is located in: "officials in Sughd detained 12"
    located = [
        m
        for m in usable(between(index.places, index.place_starts, c_start, start))
        if standings[m.start].located
    ]
    in_clause = located + usable(between(index.places, index.place_starts, start, c_end))
    if in_clause:
        own = _own_places(index, in_clause, start, origin_end, earlier)
        return _unique(m.value for m in own)
    if index.search(index.know.there_re, start, c_end):
        lo = max(index.paragraph_start(start), start - _PARAGRAPH_REACH)
        seat = _seat_before(index, max(lo, s_start), start)
        if seat is not None:
            # "Syria's health ministry reported 3,377 deaths in the country's
            # northwest": the country pointed back to is the one whose office speaks
            return (seat.value,)
        group = _last_place_group(index, usable, lo, start)
        if group:
            return group
    # in the figure's own sentence "из X" before it names who other figures
    # count ("Трое — из Чечни, а 24 — из Дагестана"), unless people returned from it
    in_sentence = [
        m
        for m in usable(between(index.places, index.place_starts, s_start, s_end))
        if m.start > start or not _origin_of_people(index, m)
    ]
    if in_sentence:
        return _unique(m.value for m in in_sentence)
    if not remember:
        return ()

    # no place in the sentence: the places the text was just talking about,
    # not where an earlier figure's people came from ("3 آلاف مواطن من آسيا الوسطى")
    def remembered(mentions: list[Mention]) -> list[Mention]:
        return [
            m
            for m in usable(mentions)
            if not _origin_of_figure(index, m)
            # whither earlier people returned: where those held on return are
            # now, not where a return (or a figure with no measure) happened
            and not ((returning or measure is None) and _return_destination(index, m))
        ]

    recent = _last_place_group(index, remembered, max(0, s_start - _PLACE_MEMORY), s_start)
    found = recent or article_places(index)
    if homes:
        # "В Россию вернулись 230": the home the sentence names is no place of
        # the figure, though the article's place or the one just before be it
        home = {m.value for m in homes}
        found = tuple(p for p in found if p not in home)
    return found


def _seat_before(index: Index, lo: int, hi: int) -> Mention | None:
    """The place named last in ``[lo, hi)`` if a body it governs speaks ("Syria's ministry")."""
    i = bisect.bisect_left(index.place_starts, hi) - 1
    if i < 0 or index.places[i].start < lo:
        return None
    m = index.places[i]
    return m if _of_office(index, m) or _after_body(index, m) else None


def _own_places(
    index: Index, places: list[Mention], start: int, np_end: int, earlier: int | None
) -> list[Mention]:
    """The places of a clause that are the figure's own when each figure names its own.

    "1,500 died in Turkey and 430 in Syria": a place after the next figure
    is that figure's, once one stands between (Turkey is 1,500's); and a
    place after an earlier figure is that figure's, once one follows this
    one (Syria is 430's; ``earlier`` is where the figure before in the
    clause ends, if one does). A place shared by figures that name none of
    their own stays shared: "In Turkey, 1,500 died and 430 were injured".
    """
    own_after = _up_to_a_figure(index, [m for m in places if m.start >= start], np_end)
    if not own_after:
        return places
    return [
        m for m in places if m.start < start and (earlier is None or m.start < earlier)
    ] + own_after


def _up_to_a_figure(index: Index, places: list[Mention], at: int) -> list[Mention]:
    """The places, in text order, before the first figure after ``at`` (one scan for all)."""
    out = []
    for m in places:
        if index.names_a_figure(at, m.start):
            break
        out.append(m)
        at = max(at, m.end)
    return out


# The measure family whose people are placed where they came from.
RETURNS = "returned"
# Kinds of other families whose people are placed where they left: "fled from Mosul".
_LEAVING = frozenset({"displaced"})
# A place that opens a line and is followed by a comma, full stop or dash: a dateline.
_DATELINE_AFTER = re.compile(r"\s*(?:[,.(]|\s[-–—]\s)")
# How far into its line the last place of a dateline may start ("KYIV/MOSCOW/ANKARA").
_DATELINE_REACH = 80
_DATELINE_JOINED = re.compile(r"(?:[^\W\d_][^\W\d_ .'-]*(?:[ .'-][^\W\d_]+){0,3}/)+")
_DATELINE_NEXT = re.compile(
    r"/[^\W\d_][^\W\d_ .'-]*(?:[ .'-][^\W\d_]+){0,3}(?:/|\s*[,.(]|\s[-–—]\s)"
)
# How near (in characters) a return word stands before "from X" to make X its source.
_SOURCE_REACH = 30


def _in_dateline(index: Index, m: Mention) -> bool:
    """Whether a place opens its line as a dateline: "MOSCOW, March 12", "Москва."."""
    line = index.paragraph_start(m.start)
    if m.start - line > _DATELINE_REACH:
        return False  # (a dateline opens its line: no long slice per place of a long line)
    before = index.ftext[line : m.start]
    # "ANKARA/DAMASCUS, Feb 8": places of one dateline joined by slashes
    if before.strip() and not _DATELINE_JOINED.fullmatch(before):
        return False
    return bool(
        _DATELINE_AFTER.match(index.ftext, m.end) or _DATELINE_NEXT.match(index.ftext, m.end)
    )


# A byline is a short line of its own.
_BYLINE_CHARS = 100
_BLANK_TO_LINE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")


def _in_byline(index: Index, m: Mention) -> bool:
    """Whether a place is in a byline, "By our correspondent in Peshawar" (grammar [byline])."""
    pattern = index.know.byline_re
    if pattern is None:
        return False
    line = index.paragraph_start(m.start)
    # a place of a long line is in no byline: not a slice of the line per place
    limit = line + _BYLINE_CHARS
    if m.end > limit:
        return False
    end = index.ftext.find("\n", m.end, limit)
    if end < 0:
        if not _BLANK_TO_LINE_END.match(index.ftext, limit):
            return False  # words go on past a byline's length
        end = limit
    text = index.ftext[line:end].rstrip()
    # not a sentence: "By Friday, 300 people had fled Mosul." states a figure
    return (
        len(text) <= _BYLINE_CHARS
        and not text.endswith((".", "!", "?"))
        and not any(ch.isdigit() for ch in text)
        and pattern.match(text) is not None
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
    return not _located(index, m)


def article_places(index: Index) -> tuple[str, ...]:
    """The one place (or group of places) an article names for its subject, else none.

    A figure whose sentence and recent text name no place is counted where
    the article's people are, but only when the article names one place for
    them ("in Syria and Iraq", later "in Syria") more often than all others
    together: with two places named alike a figure could be in either,
    unless one place holds more than half of them ("in Egypt", "in Beni
    Suef": Egypt). Places that say who the people are ("граждан РФ", "from
    Dagestan"), whither they returned, where it was said, and datelines,
    asides and footnotes do not count. Found once per document.
    """
    key = ("article_places", 0)
    if key in index.memo:
        return index.memo[key]  # type: ignore[return-value]
    groups: list[list[Mention]] = []
    text = index.ftext
    for m in index.places:
        if index.folded.offset(m.start) < index.body_start or not _where_people_are(index, m):
            continue
        last = groups[-1][-1] if groups else None
        if last is not None and index.know.place_joiner.fullmatch(text, last.end, m.start):
            groups[-1].append(m)
        else:
            groups.append([m])
    # a group counts for the widest group that holds it: "in Syria" for "in Syria and Iraq"
    widest: dict[str, frozenset[str]] = {}
    for g in groups:
        values = frozenset(m.value for m in g)
        for v in values:
            if len(values) > len(widest.get(v, ())):
                widest[v] = values
    votes: dict[frozenset[str], int] = {}
    first: dict[frozenset[str], list[Mention]] = {}
    for g in groups:
        values = frozenset(m.value for m in g)
        wider = widest[g[0].value]
        if not values <= wider:
            wider = values
        votes[wider] = votes.get(wider, 0) + 1
        if values == wider:
            first.setdefault(wider, g)
    found: tuple[str, ...] = ()
    if votes:
        top = max(votes, key=lambda n: votes[n])
        if 2 * votes[top] > sum(votes.values()):  # named more often than all others together
            found = _unique(m.value for m in first[top])
        else:
            found = _holding_most(votes)
    index.memo[key] = found
    return found


def _holding_most(votes: dict[frozenset[str], int]) -> tuple[str, ...]:
    """The narrowest place that holds more than half of the places named, if one does.

    "in Beni Suef" twice and "in Egypt" twice: a province is no rival of its
    country, and the article is about Egypt at least. Each place named alone
    counts for every wider place it lies in (``canon/places.toml``), and places
    named together for every place that holds them all.
    """
    parents = canon().place_parents
    held: dict[str, int] = {}
    for places, count in votes.items():
        # "in Kebbi and Sokoto" counts for Nigeria, which holds both
        wider = set.intersection(*(set(_chain(p, parents)) for p in places))
        for place in wider:
            held[place] = held.get(place, 0) + count
    total = sum(votes.values())
    most = [p for p, n in held.items() if 2 * n > total]
    # those that hold a majority lie one within the next: the narrowest is the deepest
    return (max(most, key=lambda p: (len(_chain(p, parents)), p)),) if most else ()


def _chain(place: str, parents: Mapping[str, str]) -> list[str]:
    """``place`` and every wider place it lies in."""
    out: list[str] = []
    while place not in out:
        out.append(place)
        if place not in parents:
            break
        place = parents[place]
    return out


def _never_where(index: Index, m: Mention) -> bool:
    """Whether a place is never where a figure's people are, whatever the figure (cached).

    A dateline, where a figure was said, where a visit went, a footnote, a nationality ("граждан
    РФ"), the seat of an office ("глава Чечни"), the label of a list item
    ("تلتها روسيا بـ2400"), a place inside an organisation's name ("Islamic
    Movement of Uzbekistan") or after a body ("ГКНБ Кыргызстана"). Each
    place is judged once, however many figures look at it.
    """
    return index.once(("never_where", m.start), _never_where_read, index, m)


def _never_where_read(index: Index, m: Mention) -> bool:
    o_start, _ = index.folded.span(m.start, m.end)
    before = index.folded.original[max(0, o_start - 30) : o_start]
    return (
        _in_dateline(index, m)
        or _in_byline(index, m)
        or _at_venue(index, m)
        or _after_trip(index, m)
        or _in_footnote(index, m)
        or _of_citizens(index, m)
        or _of_office(index, m)
        or _list_item(index, m)
        or bool(index.know.org_of_before_re.search(before))
        or _after_body(index, m)
        or _in_outlet_name(index, m)
        or _government_speaking(index, m)
        or _in_speaker_name(index, m)
    )


@functools.cache
def _name_rest(capitals: str) -> re.Pattern[str]:
    """One or two capitalised words (speakers.toml [name_letters]): the rest of a person's name."""
    return re.compile(rf"(?:[ \t]+[{capitals}][^\W\d_]+){{1,2}}[ \t]*,?[ \t]*")


def _in_speaker_name(index: Index, m: Mention) -> bool:
    """Whether a place opens the name of whoever speaks: "Milan Kundera said", "Sydney Smith told".

    A capitalised word or two that is no place, then a reporting verb: a
    person's name (a script with case shows it). Read on the original text.
    """
    if _located(index, m):
        return False  # "officials in Mosul Governorate said": where, not who
    _, o_end = index.folded.span(m.start, m.end)
    original = index.folded.original
    rest = _name_rest(index.know.lex.speakers.name_letters.capitals).match(original, o_end)
    if rest is None:
        return False
    after = _verb_after(index, m.end)
    if after is None:
        return False
    gap = index.folded.span(m.end, after.start)
    if rest.end() != gap[1]:
        return False  # something other than a name stands before the verb
    # a place or a weekday after a place is no name: "in Sydney, Australia", "Houston Sunday"
    words = original[o_end : rest.end()].replace(",", " ").split()
    know = index.know
    return not any(
        fold(w) in know.place_of
        or fold(w) in know.weekdays
        or fold(w) in know.lex.places.settlements
        for w in words
    )


_SPACES = re.compile(r"[ \t]*")  # on one line: a headline's last word is no subject


def _located(index: Index, m: Mention) -> bool:
    """Whether a place is where: after "in" ("в", "في") or before "hosts" ("Jordan hosts")."""
    know = index.know
    return (
        know.locative_re.search(index.ftext, max(0, m.start - 40), m.start) is not None
        or know.hosting_after_re.match(index.ftext, m.end) is not None
        or know.hosting_before_re.search(index.ftext, max(0, m.start - 20), m.start) is not None
    )


def _verb_after(index: Index, pos: int) -> Verb | None:
    """The first reporting verb starting at ``pos`` or later, if any."""
    i = bisect.bisect_left(index.verb_starts, pos)
    return index.verbs[i] if i < len(index.verbs) else None


def _government_speaking(index: Index, m: Mention) -> bool:
    """Whether a capital or a country stands for its government as the subject of a reporting verb.

    "Kyiv said", "Москва заявила", "وقالت موسكو" (canon/places.toml
    [seats]), "Israel says it killed 10,000 militants": the one who speaks,
    not where the people counted are. A verb is read after the place, and
    before it in a language that writes the subject after its verb.
    """
    if (m.value not in canon().seats and m.value not in _countries()) or _located(index, m):
        return False  # "protesters in Moscow said": where they are, not who speaks
    text, verbs = index.ftext, index.verbs
    after = _verb_after(index, m.end)
    if after is not None and _SPACES.fullmatch(text, m.end, after.start):
        return True
    if not (index.know.verb_first or index.know.subject_after_verb):
        return False
    before = bisect.bisect_right(index.verb_ends, m.start) - 1
    return before >= 0 and _SPACES.fullmatch(text, verbs[before].end, m.start) is not None


@functools.cache
def _countries() -> frozenset[str]:
    return frozenset(canon().countries.values())


def _where_people_are(index: Index, m: Mention) -> bool:
    """Whether a place, read apart from any figure, can be where counted people are."""
    if _never_where(index, m) or _in_aside(index, m, -1):
        return False
    role = _role(index, m, returning=False)
    if role is not None and not _after_return(index, m):
        return False  # "from Dagestan": who the people are, unless they returned from it
    return not _return_destination(index, m)


def _return_destination(index: Index, m: Mention) -> bool:
    """Whether a place is whither people came back: "returned to Russia"."""
    return _destination(index, m) and _after_return(index, m)


def _destination(index: Index, m: Mention) -> bool:
    """Whether a place follows a word for whither (grammar.toml [destination]): "to Russia"."""
    return bool(index.know.destination_before_re.search(index.ftext, max(0, m.start - 30), m.start))


def _after_return(index: Index, m: Mention) -> bool:
    """Whether a word of leaving stands just before a place: "returned from Syria", "fled Mosul"."""
    return index.once(("after_return", m.start), lambda: _leaving_before(index, m))


def _leaving_before(index: Index, m: Mention) -> bool:
    line = index.paragraph_start(m.start)
    known = canon()
    return any(
        (kind := known.kinds.get(w.value)) is not None
        and (kind.family == RETURNS or kind.name in _LEAVING)
        for w in between(
            index.measures, index.measure_starts, max(line, m.start - _SOURCE_REACH), m.start
        )
    )


def _before_return(index: Index, m: Mention, start: int) -> bool:
    """Whether a place before a return's figure is its destination: "в РФ вернулись 100"."""
    if not _destination(index, m):
        return False
    known = canon()
    return any(
        (kind := known.kinds.get(w.value)) is not None and kind.family == RETURNS
        for w in between(index.measures, index.measure_starts, m.end, start)
    )


def _in_footnote(index: Index, m: Mention) -> bool:
    """Whether a place stands in a footnote line ("*Организация запрещена в РФ")."""
    line = index.paragraph_start(m.start)
    return index.ftext[line : line + 1] == "*"


def _of_citizens(index: Index, m: Mention) -> bool:
    """Whether a place names the nationality of people: "граждан РФ", "citizens of Tunisia"."""
    return _opens_list(index, m, index.know.citizens_before_re)


# The words around a place read for the office it names: at most six before, four after.
# The words before are read backwards from the place (see `_words_before`).
_WORDS_BEFORE_REVERSED = re.compile(r"(?:[ \t]+[\w'’-]*[^\W\d_]){1,6}")
_POSSESSIVE_AFTER = re.compile(r"['’]s?((?:[ \t]+[^\W\d_][\w'’-]*){1,4})")


def _of_office(index: Index, m: Mention) -> bool:
    """Whether a place is the seat of an office: "глава Чечни", "Russia's rights commissioner".

    The place a title governs ("president of the region of Chechnya", "رئيس
    جمهورية الشيشان") says whose office speaks, not where the counted
    people are. Between title and place only the words of an office may
    stand, with one other word at most ("region"; two after a possessive:
    "Russia's children's rights commissioner"); a preposition of place
    ("the head of police in Mosul") makes it a place again.
    """
    text, know = index.ftext, index.know
    before = _words_before(text, max(0, m.start - 80), m.start)
    if before is not None and _governed(know, reversed(before.split())):
        return True
    after = _POSSESSIVE_AFTER.match(text, m.end)
    return after is not None and _governed(know, after.group(1).split(), possessive=True)


def _words_before(text: str, lo: int, hi: int) -> str | None:
    r"""The one to six words (each with the blanks after it) that end ``text[lo:hi]``, else None.

    What ``re.search(r"(?:[^\W\d_][\w'’-]*[ \t]+){1,6}$", text[lo:hi])`` finds
    (``$`` may stand before a final line break), read backwards from ``hi``
    in one match: a search from the left tries every start, and it is made
    for every place of a document. Read backwards, the longest match is the
    greedy one, since a word cut short can only end the run of words.
    """
    if hi > lo and text[hi - 1] == "\n":
        hi -= 1
    found = _WORDS_BEFORE_REVERSED.match(text[lo:hi][::-1])
    return text[hi - found.end() : hi] if found is not None else None


def _governed(know: Knowledge, words: Iterable[str], *, possessive: bool = False) -> bool:
    """Whether ``words``, read away from a place, reach a title through words of an office."""
    others = 0
    for word in words:
        bare = word.rstrip("'’s") if possessive else word
        if _is_title(know, word) or (bare != word and _is_title(know, bare)):
            return True
        if word in know.place_stops:
            return False
        if word in know.links or word in know.definite or word in know.title_modifiers:
            continue
        others += 1
        if others > (2 if possessive else 1):
            return False
    return False


def _is_title(know: Knowledge, word: str) -> bool:
    if word in know.titles or word in know.organization_heads:
        return True
    return any(word.startswith(p) and word[len(p) :] in know.titles for p in know.lex.prefixes)


def _origin_of_figure(index: Index, m: Mention) -> bool:
    """Whether a place is where a figure's people come from: "3,000 citizens from Central Asia".

    Read once per place, whichever figure asks (a sentence with no end has
    dozens of figures reading each place).
    """
    return index.once(("origin of figure", m.start), _origin_of_figure_read, index, m)


def _origin_of_figure_read(index: Index, m: Mention) -> bool:
    if _origin_of_people(index, m):
        return True
    # a figure just before "from": "3,000 citizens from Central Asia"
    at = _list_opening(index, m, index.know.origin_before_re)
    if at < 0 or _after_return(index, m):
        return False
    # within its sentence: the front matter or the sentence before has figures of its own
    before = index.ftext[max(index.sentence(m.start)[0], at - _SOURCE_REACH) : at]
    # the figure in digits or in words: "Twenty-four of them come from Dagestan"
    cardinals = index.know.lex.cardinals
    return any(ch.isdigit() for ch in before) or any(
        w in cardinals for w in _LETTERS.findall(before)
    )


_LETTERS = re.compile(r"[^\W\d_]+")


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


# How far (in characters) a reporting verb stands from a place in its subject's noun phrase.
_REPORTER_REACH = 60
_NO_PHRASE_BREAK = re.compile(r"[^\d.,;:!?()\n\"«»،؛]*")


def _of_reporter(index: Index, m: Mention, start: int) -> bool:
    """Whether a place before a figure locates the subject of a reporting verb.

    "Security services in Tunisia say 800 returned", "وتؤكد الأجهزة الأمنية
    في تونس عودة 800": the place says where the speaker is, not where the
    counted people are. The place must follow a preposition of place inside
    the noun phrase of the verb's subject, with no figure, punctuation or
    complementiser between; a verb of the measure itself ("officials in
    Sughd detained 12") is no reporting verb, so its agent's place stays.
    """
    text, know = index.ftext, index.know
    if not _located(index, m):
        return False
    if know.verb_first:
        lo = max(index.paragraph_start(m.start), m.start - _REPORTER_REACH)
        last = collections.deque(know.verb_re.finditer(text, lo, m.start), maxlen=1)
        if not last:
            return False
        gap = (last[0].end(), m.start)
    else:
        verb = know.verb_re.search(text, m.end, min(start, m.end + _REPORTER_REACH))
        if verb is None:
            return False
        gap = (m.end, verb.start())
    if _NO_PHRASE_BREAK.fullmatch(text, *gap) is None:
        return False
    if know.complementizer_re.search(text, *gap) is not None:
        return False
    return not between(index.measures, index.measure_starts, *gap)


def _after_body(index: Index, m: Mention) -> bool:
    """Whether a place names the country of the body before it: "ГКНБ Кыргызстана"."""
    before = _WORD_BEFORE.search(index.ftext, max(0, m.start - 30), m.start)
    if before is None:
        return False
    word = before.group(1)
    return word in index.know.organizations or word in index.know.organization_heads


def _in_outlet_name(index: Index, m: Mention) -> bool:
    """Whether a place is a word of an outlet's name: "Syria TV", "Radio Free Europe".

    A noun of the press (grammar.toml [media_nouns]) stands right before or
    after the place, or one capitalised word away from it ("the Asia Times
    newspaper"); read in the original text, where capitals show.
    """
    media = index.know.lex.grammar.media_nouns
    if not media:
        return False
    original = index.folded.original
    o_start, o_end = index.folded.span(m.start, m.end)
    prefixes = index.know.lex.prefixes
    near = _TWO_WORDS_BEFORE.search(original, max(0, o_start - _OUTLET_REACH), o_start)
    after = _TWO_WORDS_AFTER.match(original, o_end)
    sides: list[tuple[str, str | None]] = []  # the word beside the place, the one beyond it
    if near is not None:
        sides.append((near.group(2), near.group(1)))
    if after is not None:
        sides.append((after.group(1), after.group(2)))
    for beside, beyond in sides:
        if any(f in media for f in forms(fold(beside), prefixes)):
            return True
        if beyond and beside[0].isupper() and fold(beyond) in media:
            return True
    return False


# How far (in characters) before a place the words of an outlet's name are looked for.
_OUTLET_REACH = 40
_TWO_WORDS_BEFORE = re.compile(r"(?:([^\W\d_]+)[ \t]+)?([^\W\d_]+)[ \t]+$")
_TWO_WORDS_AFTER = re.compile(r"[ \t]+([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?")


# How far (in characters) from a place the brackets of an aside around it are looked for.
_ASIDE_REACH = 120


def _in_aside(index: Index, m: Mention, start: int) -> bool:
    """Whether a place stands in brackets the figure is not in: "ИГ (запрещена в РФ) убили 30".

    A bracketed aside glosses a name ("banned in Russia"); its place is not
    where the counted people are.
    """
    aside = _aside(index, m)
    return aside is not None and not aside[0] < start < aside[1]


def _aside(index: Index, m: Mention) -> tuple[int, int] | None:
    """The brackets around a place, as the offsets of "(" and ")", or ``None``."""
    text = index.ftext
    opening = text.rfind("(", max(0, m.start - _ASIDE_REACH), m.start)
    if opening < 0 or text.find(")", opening, m.start) >= 0:
        return None
    closing = text.find(")", m.end, m.end + _ASIDE_REACH)
    return (opening, closing) if closing >= 0 else None


class _Standing(NamedTuple):
    """What a place is whichever figure reads it: one reading per place, not per figure."""

    never: bool  # never where counted people are (:func:`_never_where`)
    aside: tuple[int, int] | None  # the brackets it stands in
    origin_of_figure: bool  # who another figure's people are (:func:`_origin_of_figure`)
    located: bool  # a preposition of place just before it ("in", "в", "في")
    role: str | None  # after a figure: why it is not where its people are
    role_returning: str | None  # the same after a figure of people who returned


def _standing(index: Index, m: Mention) -> _Standing:
    """The standing of a place, read once (a sentence with no end has dozens of figures a place)."""
    standing = _Standing(
        never=_never_where(index, m),
        aside=_aside(index, m),
        origin_of_figure=_origin_of_figure(index, m),
        located=_located(index, m),
        role=_role(index, m, returning=False),
        role_returning=_role(index, m, returning=True),
    )
    index.table("standings")[m.start] = standing
    return standing


def _at_venue(index: Index, m: Mention) -> bool:
    """Whether a place is where a figure was announced: "at a forum in Almaty"."""
    return bool(index.know.venue_before_re.search(index.ftext, max(0, m.start - 80), m.start))


def _after_trip(index: Index, m: Mention) -> bool:
    """Whether a place is where someone's visit went: "after a visit by officials to Kabul".

    The reporter's or a delegation's trip (grammar.toml [trips], then a
    [destination] preposition) says where they travelled, not where the
    people they count are.
    """
    return bool(index.know.trip_before_re.search(index.ftext, max(0, m.start - 80), m.start))


def _role(index: Index, m: Mention, returning: bool) -> str | None:
    """Why a place named after a figure is not where its people are, or ``None``.

    Read once per place and kind of figure (returning or not).
    """
    key = ("place role returning" if returning else "place role", m.start)
    return index.kept(key, _role_read, index, m, returning)


def _role_read(index: Index, m: Mention, returning: bool) -> str | None:
    text = index.ftext
    before = text[max(0, m.start - 30) : m.start]
    line = index.paragraph_start(m.start)
    if _after_origin(index, m):
        # "returned from Syria": the return's source; "people from Azerbaijan": origin
        if _after_return(index, m):
            return None
        if returning and between(
            index.measures, index.measure_starts, max(line, m.start - _SOURCE_REACH), m.start
        ):
            return None
        return "origin"
    if returning and index.know.destination_before_re.search(before):
        return "destination"  # "brought back to Russia": home, not where they were
    return None


# How many places named in a row a list that opens with "from" runs over.
_CHAIN = 6


def _after_origin(index: Index, m: Mention) -> bool:
    """Whether "from" (or its like) opens the list a place stands in: "из России и стран Азии"."""
    return index.once(
        ("after_origin", m.start), lambda: _opens_list(index, m, index.know.origin_before_re)
    )


def _opens_list(index: Index, m: Mention, opening: re.Pattern[str]) -> bool:
    """Whether ``opening`` ends right before the list of places ``m`` stands in."""
    return _list_opening(index, m, opening) >= 0


def _list_opening(index: Index, m: Mention, opening: re.Pattern[str]) -> int:
    """Where ``opening`` starts before the list of places ``m`` stands in, else -1."""
    text, places = index.ftext, index.places
    i = bisect.bisect_left(index.place_starts, m.start)
    for _ in range(_CHAIN):
        found = opening.search(text, max(0, m.start - _SOURCE_REACH), m.start)
        if found is not None:
            return found.start()
        if i == 0 or not index.know.place_chain_re.fullmatch(text, places[i - 1].end, m.start):
            return -1
        i -= 1
        m = places[i]
    return -1


_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$|([\d—–-])\s*$")


def _origin_of_people(index: Index, m: Mention) -> bool:
    """Whether "from X" follows people or their figure: "24 детях из Дагестана", "трое — из Чечни".

    After a verb or a thing ("obtained from the Mosul morgue") it says
    where something came from, not who the people are.
    """
    at = _list_opening(index, m, index.know.origin_before_re)
    if at < 0 or _after_return(index, m):
        return False
    last = _LAST_WORD.search(index.ftext, max(index.sentence(m.start)[0], at - 30), at)
    if last is None:
        return False
    word = last.group(1)
    know = index.know
    if word is None:
        return True
    # "وثلاثة من الشيشان": a figure behind a proclitic conjunction
    return any(w in know.people or w in know.lex.cardinals for w in forms(word, know.lex.prefixes))


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
            if len(group) == 1 and _address(index, m, group[0]):
                # "the city of Mosul in northern Iraq": an address, read as its
                # narrowest place where scopes are compared
                return (m.value, group[0].value)
            break
        group.insert(0, m)
    return _unique(m.value for m in group)


# How many characters may part a place from the wider place it is said to lie in.
_ADDRESS_GAP = 30


def _address(index: Index, place: Mention, wider: Mention) -> bool:
    """Whether ``wider`` follows ``place`` as where it lies: "Mosul in northern Iraq"."""
    if wider.start - place.end > _ADDRESS_GAP:
        return False
    gap = index.ftext[place.end : wider.start].lstrip(" ,")
    if gap and not gap[-1].isspace():
        gap = gap[: gap.rfind(" ") + 1]  # a proclitic of the wider place itself ("ال")
    if not index.know.locative_re.match(gap):
        return False
    return place.value != wider.value and canon().place_within(
        place.value, frozenset({wider.value})
    )


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
    away = tuple(p for p in places if not known.place_within(p, homes))
    return away or places
