"""A language's lexicon compiled for extraction: regexes and tables, built once per language.

Every word here comes from ``reconcile/lang/<code>/``; this module only
decides how the words are matched (whole words, behind a proclitic, at the
end of a window of text).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

import attrs

from ..lang import Lexicon, canon, lexicon
from ..lang.schema import Grammar, RelativeTime
from ..text import trie_regex

_V = TypeVar("_V")

__all__ = ["Knowledge", "forms", "knowledge", "words_regex"]

_NOTHING = "(?!)"  # stands for an empty word list: a regex that never matches


def _inflect(words: Iterable[str], suffixes: Sequence[str]) -> dict[str, str]:
    return {w: w for w in words} | {w + s: w for w in words if " " not in w for s in suffixes if s}


@attrs.frozen
class _Inflected:
    """The forms :func:`_inflect` spells (each single word with each suffix), and phrases.

    Its regex lists up to ``listed_up_to`` forms one by one: one walk down a
    trie of forms matches a word fastest. Past that it joins an alternation
    of the words to one of the suffixes: English and Arabic measure words
    have a few thousand forms, Russian's some 28,000, which ``re`` takes
    seconds to compile listed, more than the faster matching saves on a
    corpus of ordinary size.
    """

    words: tuple[str, ...]
    suffixes: tuple[str, ...]
    phrases: tuple[str, ...] = ()
    listed_up_to: int = 5000  # the most forms listed one by one

    def alternation(self) -> str:
        """A regex matching exactly the forms and the phrases.

        Example:
            >>> import re
            >>> forms = _Inflected(("убит", "came back"), ("", "ы", "ых"))
            >>> regex = re.compile(forms.alternation())
            >>> [bool(regex.fullmatch(w)) for w in ("убиты", "убитой", "came back")]
            [True, False, True]
        """
        singles = [w for w in self.words if " " not in w]
        whole = [*(w for w in self.words if " " in w), *self.phrases]
        suffixes = {"", *self.suffixes}
        if len(singles) * len(suffixes) + len(whole) <= self.listed_up_to:
            return _alternatives([*_inflect(self.words, self.suffixes), *self.phrases])
        # a phrase is tried first: it is longer than any single word where both match
        branches = [
            *([trie_regex(whole)] if whole else []),
            *([trie_regex(singles) + f"(?:{trie_regex(suffixes)})"] if singles else []),
        ]
        return "|".join(branches) if branches else _NOTHING


# a word of a place's name: letters, then letters, hyphens or apostrophes
_NAME_WORD = r"[^\W\d_][\w'-]*"


def forms(word: str, prefixes: Iterable[str]) -> tuple[str, ...]:
    """A word as written, then without each proclitic it opens with.

    Example:
        >>> forms("والاطفال", ["و", "وال"])
        ('والاطفال', 'الاطفال', 'اطفال')
    """
    return (word, *(word[len(p) :] for p in prefixes if word.startswith(p)))


def _alternatives(words: Iterable[str] | _Inflected) -> str:
    """A regex alternation of ``words`` that never matches when there are none."""
    if isinstance(words, _Inflected):
        return f"(?:{words.alternation()})"
    listed = list(words)
    return trie_regex(listed) if listed else _NOTHING


@attrs.frozen(eq=False)
class Knowledge:
    """Regexes and tables built once from a lexicon."""

    lex: Lexicon
    measure_re: re.Pattern[str]
    measure_of: Mapping[str, str]
    recovery_re: re.Pattern[str] | None  # a verb of finding before bodies
    plan_before_re: re.Pattern[str]
    planned: Mapping[str, str]
    negated_before_re: re.Pattern[str]
    place_re: re.Pattern[str]
    settlement_re: re.Pattern[str]
    quarter_after_re: re.Pattern[str]
    quarter_before_re: re.Pattern[str]
    reference_before_re: re.Pattern[str]
    reference_alone_re: re.Pattern[str] | None
    unlisted_after_re: re.Pattern[str]
    placed_end_re: re.Pattern[str]
    unlisted_before_re: re.Pattern[str]
    place_of: Mapping[str, str]
    demonym_re: re.Pattern[str]
    demonym_of: Mapping[str, str]
    counted_demonym_of: Mapping[str, str]  # also the forms read only as a figure's noun
    origins: Mapping[str, str]
    people: Mapping[str, object]
    # one person named in the singular -> the people noun of the plural: "nurse" -> "nurses"
    singulars: Mapping[str, str]
    generic: frozenset[str]
    referring: frozenset[str]
    units: Mapping[str, str]
    not_counts: Mapping[str, str]
    verb_re: re.Pattern[str]
    after_verbs: frozenset[str]
    after_clause: frozenset[str]
    citing: frozenset[str]
    relaying: frozenset[str]
    relayed_from: frozenset[str]
    opening_only: frozenset[str]
    object_clause: frozenset[str]
    titles: frozenset[str]
    title_modifiers: frozenset[str]
    organization_heads: frozenset[str]
    complement_endings: tuple[str, ...]
    links: frozenset[str]
    # particles joined to a name by a hyphen: "al-Badri", "ад-Дахиль"
    particles: frozenset[str]
    # the endings of a possessive ("'s"), as str.endswith and startswith take them
    possessive_endings: tuple[str, ...]
    groups: frozenset[str]
    pronouns: frozenset[str]
    first_person: frozenset[str]
    object_markers: frozenset[str]
    articles: frozenset[str]
    definite: frozenset[str]
    abbreviations: frozenset[str]
    reporting_nouns: frozenset[str]
    source_caption_re: re.Pattern[str]
    possessive_appositive_re: re.Pattern[str]
    relative_re: re.Pattern[str] | None
    relative_of: Mapping[str, float]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    relative_times: Mapping[str, RelativeTime]
    since: frozenset[str]
    time_re: re.Pattern[str]
    since_event_re: re.Pattern[str]
    event_time_re: re.Pattern[str] | None  # "the blast that occurred (on) $": the event's time
    since_clause_re: re.Pattern[str] | None  # "since protests erupted (in) $": a start
    period_joiner_re: re.Pattern[str]
    period_joiners: frozenset[str]
    aux: frozenset[str]
    stop: frozenset[str]
    partitive: frozenset[str]
    instances: frozenset[str]
    determiners: frozenset[str]
    them: frozenset[str]
    part_of_them: frozenset[str]
    relative_pronouns: frozenset[str]
    origin_words: frozenset[str]
    origin_before_re: re.Pattern[str]
    place_stops: frozenset[str]
    coordinated_re: re.Pattern[str]
    list_end_re: re.Pattern[str]
    citizens_before_re: re.Pattern[str]
    place_chain_re: re.Pattern[str]
    destination_before_re: re.Pattern[str]
    venue_before_re: re.Pattern[str]
    past_suffixes: tuple[str, ...]
    agent_endings: tuple[str, ...]
    copulas: frozenset[str]
    passive: frozenset[str]
    verb_first: bool
    subject_after_verb: bool
    refer_back_opener_re: re.Pattern[str] | None
    reported_by_re: re.Pattern[str] | None
    count_owner_re: re.Pattern[str] | None
    count_nouns_re: re.Pattern[str]
    described_by: frozenset[str]  # "Hamas-run": the last parts of words describing a body
    addressee_re: re.Pattern[str] | None
    addressee_before_re: re.Pattern[str] | None
    title_appositive_re: re.Pattern[str] | None
    body_region_re: re.Pattern[str] | None
    verb_ends: frozenset[str]
    names_not_ends: frozenset[str]  # words of verb_ends that, written so, are names
    verb_ends_prefixes: tuple[str, ...]
    background_re: re.Pattern[str]
    locative_re: re.Pattern[str]
    clause_re: re.Pattern[str]
    place_joiner: re.Pattern[str]
    there_re: re.Pattern[str]
    disease_re: re.Pattern[str]
    hosting_after_re: re.Pattern[str]
    hosting_before_re: re.Pattern[str]
    complementizer_re: re.Pattern[str]
    named_re: re.Pattern[str]
    age_before_re: re.Pattern[str]
    kin_before_re: re.Pattern[str]
    capacity_before_re: re.Pattern[str] | None
    number_of_re: re.Pattern[str]
    # a verb bounding the count named after it, right before the figure: "تجاوز عدد القتلى "
    verb_bound_re: re.Pattern[str] | None
    refer_back_re: re.Pattern[str] | None
    their_number_re: re.Pattern[str]
    trip_before_re: re.Pattern[str]
    byline_re: re.Pattern[str] | None
    when_after_re: re.Pattern[str] | None
    passive_before_re: re.Pattern[str]
    trailer_re: re.Pattern[str]
    aside_re: re.Pattern[str] | None
    parenthetical_re: re.Pattern[str]
    trailing_appositive_re: re.Pattern[str]
    aside_open_re: re.Pattern[str]
    org_of_before_re: re.Pattern[str]
    capitalised_name_re: re.Pattern[str]
    full_name_re: re.Pattern[str]
    referring_speakers: frozenset[str]
    organizations: Mapping[str, str]
    roles: Mapping[str, str]
    organization_types: Mapping[str, str]
    subject_before_re: re.Pattern[str]
    organization_prefixes: frozenset[str]
    organization_endings: Mapping[str, tuple[str, ...]]  # last word -> names of several words
    # a run of words -> the names of several words that hold it ("shanghai" -> "shanghai
    # cooperation organisation"): a place inside one is the body's name
    organization_spans: Mapping[str, tuple[str, ...]]
    organization_first_words: frozenset[str]
    # the first words of roles: "الدفاع" of "الدفاع المدني"
    role_first_words: frozenset[str]
    documents: frozenset[str]
    item_figure_re: re.Pattern[str]
    ranking_before_re: re.Pattern[str]
    ranking_after_re: re.Pattern[str]
    increment_re: re.Pattern[str] | None
    addition_re: re.Pattern[str] | None
    among_re: re.Pattern[str] | None
    among_after_re: re.Pattern[str] | None
    revised_from_re: re.Pattern[str] | None
    rate_re: re.Pattern[str] | None  # "a year", "annually": a figure per period
    rank_re: re.Pattern[str] | None  # "of the worst": "one" ranks, counts no one
    of_a_figure_re: re.Pattern[str] | None
    responsible_re: re.Pattern[str] | None
    increment_after_re: re.Pattern[str] | None
    alone_re: re.Pattern[str] | None
    whole_re: re.Pattern[str]
    # "Twelve of the", "13 из": a partitive after a figure, right before another
    partitive_before_re: re.Pattern[str] | None
    genitive_after: frozenset[str]
    genitive_endings: tuple[tuple[str, str], ...]  # longest ending first
    # Unions of the tables above that speakers are read against word by word: built
    # once here rather than for every word of every name.
    title_words: frozenset[str] = attrs.field(
        init=False, default=attrs.Factory(lambda k: k.titles | k.title_modifiers, takes_self=True)
    )
    article_words: frozenset[str] = attrs.field(
        init=False, default=attrs.Factory(lambda k: k.articles | k.definite, takes_self=True)
    )
    leading_words: frozenset[str] = attrs.field(
        init=False,
        default=attrs.Factory(lambda k: k.articles | k.definite | k.titles, takes_self=True),
    )
    referring_words: frozenset[str] = attrs.field(
        init=False,
        default=attrs.Factory(lambda k: k.referring_speakers | k.pronouns, takes_self=True),
    )
    links_or_stop: frozenset[str] = attrs.field(
        init=False, default=attrs.Factory(lambda k: k.links | k.stop, takes_self=True)
    )


def words_regex(
    phrases: Iterable[str] | _Inflected, prefixes: Sequence[str] = ()
) -> re.Pattern[str]:
    """Whole words or phrases, optionally behind a proclitic ("والعراق"); group ``w``.

    With no phrases, a pattern that never matches.
    """
    return _led(phrases, r"(?![\w-])", group="w", prefixes=prefixes)


# words_regex patterns (by source) -> the source of a pattern found wherever they are, found faster
_PRESENCE: dict[str, str] = {}


def presence(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern that matches somewhere in every text where ``pattern`` does, searched faster.

    For a :func:`words_regex` pattern, its phrases without the lookbehind;
    any other pattern is its own.
    """
    body = _PRESENCE.get(pattern.pattern)
    # compiled when first asked for: the long lists (places, measure words)
    # are read all through every text and never asked whether they occur
    return pattern if body is None else _compiled(body)


@functools.cache
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source)


def _led(
    words: Iterable[str] | _Inflected,
    rest: str = "",
    *,
    group: str | None = None,
    prefixes: Sequence[str] = (),
) -> re.Pattern[str]:
    """Whole words or phrases at a word's start, then ``rest``; :func:`presence` knows it.

    With ``group``, the phrase is captured under that name; with
    ``prefixes``, a proclitic may stand glued before it.
    """
    body = _alternatives(words)
    prefix = f"(?:{'|'.join(map(re.escape, prefixes))})?" if prefixes else ""
    led = f"(?P<{group}>{body})" if group else f"(?:{body})"
    pattern = re.compile(rf"(?<![\w-]){prefix}{led}{rest}")
    # whether a text holds the phrases is asked of a whole document: without
    # the lookbehind, which is tried at every character, the regex engine
    # skips to the phrases' first letters
    _PRESENCE.setdefault(pattern.pattern, body)
    return pattern


def _possessives(endings: Iterable[str]) -> str:
    """An alternation of possessive endings as written: the text's apostrophe may be typographic.

    Lexicon entries are folded ("'s"); the appositive is read in the original
    text, where "’s" is written as often.
    """
    return _alternatives(endings).replace("'", "['’]")


def _caption_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A line that names the source of the lines above it: "(Source: X)"; group ``name``.

    With no words, a pattern that never matches.
    """
    body = _alternatives(words)
    return re.compile(rf"(?m)^[ \t]*\(?[ \t]*(?:{body})[ \t]*:[ \t]*(?P<name>[^\n()]+)")


def _clause_pattern(grammar: Grammar) -> re.Pattern[str]:
    """Where a clause ends, for a language's grammar.

    At ";", a line break, a clause word ("while", "بينما"), or a comma and a
    conjunction before a new verb ("..., and 1.5 million remain").
    """
    breaks = _alternatives(grammar.clause_breaks)
    # "فيما يتعلق": a word after the break word that makes it none
    unless = (
        rf"(?!\s+(?:{_alternatives(grammar.clause_break_exceptions)})(?![\w-]))"
        if grammar.clause_break_exceptions
        else ""
    )
    pattern = re.compile(
        rf"""
        ; | \n
        | (?<![\w-])(?:{breaks})(?![\w-]){unless}
        | [,،]\s*(?:{_alternatives(grammar.conjunctions)})\s+
          (?=(?:[\w.,-]+\s+){{1,4}}(?:{_alternatives(grammar.aux)})(?![\w-]))
        """,
        re.VERBOSE,
    )
    _PRESENCE.setdefault(pattern.pattern, rf"[;\n,،]|{breaks}")
    return pattern


def _time_pattern(lex: Lexicon) -> re.Pattern[str]:
    """Times a sentence states: a month (with day and year), a relative period, a year."""
    dates = lex.dates
    months = _alternatives(dates.months)
    suffixes = _alternatives(dates.day_suffixes)
    # a proclitic may stand before the time: "ويوليو 2017", "وفي 2015"
    prefix = f"(?P<clitic>{'|'.join(map(re.escape, lex.prefixes))})?" if lex.prefixes else ""
    # "three months ago", "قبل ثلاثة أشهر": a count of units back from publication
    count = rf"\d{{1,2}}|{_alternatives(_small_cardinals(lex))}"
    units = _alternatives(dates.time_units)
    # "الأحد عشر" is eleven: a weekday a teen word follows is the unit of a number
    not_a_teen = (
        rf"(?!\s+(?:{_alternatives(lex.numbers.teens)})(?![\w-]))" if lex.numbers.teens else ""
    )
    return re.compile(
        rf"""
        (?<![\w-]){prefix}(?:(?P<month>{months})\.?             # "March", "Dec."
            (?:\s+(?P<day>\d{{1,2}})(?:{suffixes})?)?   # "March 3rd"
            (?:,?\s+(?P<year>(?:19|20)\d\d))?           # "March 3, 2017"
          | (?P<day2>\d{{1,2}})\s+(?P<month2>{months})   # "3 March"
            (?:,?\s+(?P<year2>(?:19|20)\d\d))?
          | (?P<relative>{_alternatives(dates.relative)})  # "last year"
          | (?P<weekday>{_alternatives(dates.weekdays)}){not_a_teen}  # "on Wednesday", "в среду"
          | (?P<ago_count>{count})\s+(?P<ago_unit>{units})\s+(?:{_alternatives(dates.ago_after)})
          | (?:{_alternatives(dates.ago_before)})\s+
            (?:(?P<ago_count2>{count})\s+(?P<ago_unit2>{units})
              | (?P<ago_dual>{_alternatives(dates.time_duals)}))
          | (?P<prep>{_alternatives(dates.year_prepositions)})\s+(?P<year3>(?:19|20)\d\d)
        )(?![\w-])
        """,
        re.VERBOSE,
    )


def _small_cardinals(lex: Lexicon) -> list[str]:
    """Number words up to 99, for counts of time units ("three months ago")."""
    return [word for word, value in lex.numbers.cardinals.items() if 0 < value < 100]


@functools.cache
def knowledge(code: str) -> Knowledge:
    """The compiled knowledge of one language (cached)."""
    lex = lexicon(code)
    measure_of: dict[str, str] = {}
    for measure, triggers in lex.measures.measures.items():
        for form in _inflect(triggers, lex.measures.inflections):
            measure_of.setdefault(form, measure)
    # the same forms as one regex
    measure_words = _Inflected(
        tuple(word for words in lex.measures.measures.values() for word in words),
        tuple(lex.measures.inflections),
    )
    counted_nouns = tuple(lex.measures.counted_nouns)
    place_of: dict[str, str] = {}
    variants = lex.places.article_variants
    for key, entry in lex.places.places.items():
        for alias in (key, *entry.aliases):
            place_of[" ".join(alias.split())] = entry.name
    for spelling, name in list(place_of.items()):
        opening = next((v for v in variants if spelling.startswith(v)), None)
        if opening is not None:
            # "эль-хауз" is also written "аль-хауз": a name listed one way is read either way
            for other in variants:
                place_of.setdefault(other + spelling[len(opening) :], name)
    subjects, speakers, grammar = lex.subjects, lex.speakers, lex.grammar
    demonyms = _inflected(subjects.demonyms, subjects.demonym_inflections)
    verbs = speakers.verbs
    relative = lex.qualifiers.relative
    prefixes = lex.prefixes
    trailers = _alternatives(speakers.name_trailers)
    links = _alternatives(speakers.org_links)
    particle_words = speakers.name_particles | speakers.name_links
    particles = _alternatives(particle_words)
    definite = _alternatives(grammar.definite)
    place_prepositions = _alternatives(grammar.locative | grammar.origin | grammar.destination)
    # a possessive ending, folded as the text is ("'s"); none where no table lists one
    possessive = (
        _alternatives(speakers.possessive_endings) if speakers.possessive_endings else "(?!)"
    )
    # words that end a stretch of a place's own words: prepositions, conjunctions
    function_words = _alternatives(
        grammar.stop
        | grammar.locative
        | grammar.destination
        | grammar.origin
        | grammar.conjunctions
    )
    # the letters of a capitalised name in this language's script (speakers.toml [name_letters])
    cap, low = speakers.name_letters.capitals, speakers.name_letters.lowercase
    told = _alternatives(speakers.addressees)  # who a reporting verb's speaker told
    event_verb = _alternatives(grammar.event_verbs)  # "occurred", "وقع", "произошел"
    return Knowledge(
        lex=lex,
        # phrases that hold a measure word and count no one ("heavy fighting"):
        # found by the same pattern, so that they cover the word, and then dropped
        measure_re=words_regex(
            attrs.evolve(measure_words, phrases=tuple(lex.measures.not_measures)),
            prefixes,
        ),
        measure_of=measure_of,
        # a plan marker and at most two words before a measure word: "will be flown home"
        plan_before_re=re.compile(
            rf"(?<![\w-])(?:{_alternatives(lex.measures.plan_markers)})\s+(?:[^\W\d_]+\s+){{0,2}}$"
        ),
        planned=dict(lex.measures.planned),
        # a negation and at most two words before a measure word: "have still not returned"
        negated_before_re=re.compile(
            rf"(?<![\w-])(?:{_alternatives(lex.measures.negation_markers)})\s+(?:[^\W\d_]+\s+){{0,2}}$"
        ),
        place_re=words_regex(place_of, prefixes),
        settlement_re=words_regex(lex.places.settlements, prefixes),
        # "recovered 19 bodies", "انتشلت فرق الانقاذ 22 جثه": a verb of finding before bodies
        recovery_re=(
            words_regex(lex.measures.recovery_verbs, prefixes)
            if lex.measures.recovery_verbs and lex.measures.body_nouns
            else None
        ),
        # a town's quarter named like a place: "the Riyadh district of Khartoum"
        # (the name, then the quarter word and "of"), "حي الرياض" (the word first)
        quarter_after_re=re.compile(
            rf"[ \t]+(?:{_alternatives(lex.places.quarters)})[ \t]+"
            rf"(?:{_alternatives(speakers.org_links | grammar.locative)})[ \t]+"
        ),
        # a place only named to say where another is or where a vehicle ran:
        # "110 km south of Cairo", "a train travelling from Cairo to Aswan"
        # (the second end of a route after "to" as well)
        reference_before_re=re.compile(
            rf"(?:\d[\d,.]*[ \t]*[^\W\d_]*[ \t]+(?:{_alternatives(lex.places.bearings)})"
            rf"|(?<![\w-])(?:{_alternatives(lex.places.routes)})"
            rf"(?:[ \t]+[^\W\d_][\w'-]*){{0,3}}[ \t]+(?:{_alternatives(grammar.destination)}))"
            rf"[ \t]+(?:(?:{definite})[ \t]*)?$"
            rf"|(?<![\w-])(?:{_alternatives(lex.places.routes)})[ \t]+(?:(?:{definite})[ \t]*)?$"
        ),
        quarter_before_re=re.compile(
            rf"(?<![\w-])(?:{_alternatives(lex.places.quarters)})[ \t]+(?:{definite})?$"
        ),
        # "villages north of Port Sudan": a reference point with no distance
        # before it (the word before is read: "the north of Syria" is in it)
        reference_alone_re=re.compile(
            rf"(?<![\w-])(?:{_alternatives(lex.places.bearings)})[ \t]+(?:(?:{definite})[ \t]*)?$"
        )
        if lex.places.bearings_alone and lex.places.bearings
        else None,
        # a name no table lists beside a settlement word, after a preposition of
        # place ("in the village of Pekha", "в уезде Дур-Баба", "in Achin
        # district"): up to three words, whose capitals Index.build checks in
        # the original text ("Border Region Counts Its Losses" is a headline)
        unlisted_after_re=re.compile(
            rf"(?<![\w-])(?:{place_prepositions})[ \t]+(?:(?:{definite})[ \t]+)?"
            rf"(?:{_alternatives(lex.places.settlements)})[ \t]+"
            rf"(?:(?:{_alternatives(speakers.org_links)})[ \t]+)?"
            rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
        ),
        # a clause that ends in a place before ", said": "killed in Tazarine, said
        # X", "погибли в селе Тазарин, сообщили власти"; the name there (in
        # capitals, which speaker._placed checks in the original) is no speaker
        placed_end_re=re.compile(
            rf"(?<![\w-])(?:{_alternatives(grammar.locative)})[ \t]+(?:(?:{definite})[ \t]+)?"
            rf"(?:(?:{_alternatives(lex.places.settlements)})[ \t]+"
            rf"(?:(?:{_alternatives(speakers.org_links)})[ \t]+)?)?"
            rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
            rf"[ \t]*[,\"”’'»]+[ \t]*[-–—]?[ \t]*$"
        ),
        # (no article before the name: "in the Old City" names no place "Old")
        unlisted_before_re=re.compile(
            rf"(?<![\w-])(?:{place_prepositions})[ \t]+"
            # "in Papua New Guinea's Enga province": a place's possessive between
            rf"(?:{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}(?:{possessive})[ \t]+)?"
            rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]+"
            rf"(?:{_alternatives(lex.places.settlements)})(?![\w-])"
        ),
        place_of=place_of,
        demonym_re=words_regex(demonyms, prefixes),
        demonym_of=demonyms,
        counted_demonym_of={
            **_inflected(subjects.demonyms, subjects.demonym_accusative),
            **demonyms,
        },
        origins={**_countries_as_origins(place_of), **subjects.origins},
        people=_inflected(subjects.people, subjects.inflections),
        singulars=subjects.singulars,
        generic=frozenset(w + e for w in subjects.generic for e in subjects.inflections),
        referring=subjects.referring,
        units=dict(subjects.units),
        not_counts=dict(subjects.not_counts),
        verb_re=words_regex(
            [*verbs.before, *verbs.after, *verbs.relaying, *verbs.opening_only], prefixes
        ),
        after_verbs=frozenset(verbs.after),
        after_clause=frozenset(verbs.after_clause),
        citing=frozenset(verbs.citing),
        relaying=frozenset(verbs.relaying),
        relayed_from=frozenset(verbs.relayed_from),
        opening_only=frozenset(verbs.opening_only),
        object_clause=frozenset(verbs.object_clause),
        titles=speakers.titles.words,
        title_modifiers=speakers.titles.modifiers,
        organization_heads=speakers.titles.organizations,
        complement_endings=speakers.complement_endings,
        links=speakers.name_links,
        particles=particle_words,
        # longest first: a stem is cut at the longest ending that fits
        possessive_endings=tuple(sorted(speakers.possessive_endings, key=lambda e: (-len(e), e))),
        groups=speakers.groups,
        pronouns=speakers.pronouns,
        first_person=speakers.first_person,
        object_markers=speakers.object_markers,
        articles=speakers.articles,
        definite=grammar.definite,
        abbreviations=grammar.abbreviations,
        reporting_nouns=speakers.reporting_nouns,
        source_caption_re=_caption_pattern(speakers.source_captions),
        # ", Russia's children's rights commissioner," between a name and its verb
        possessive_appositive_re=re.compile(
            rf"(?<=[^\W\d_]),\s*[^\W\d_][\w-]*(?:{_possessives(speakers.possessive_endings)})"
            r"\s[^,]{1,80},\s*$"
        ),
        relative_re=words_regex(relative) if relative else None,
        relative_of={k: float(v) for k, v in relative.items()},
        months=lex.dates.months,
        weekdays=lex.dates.weekdays,
        relative_times=lex.dates.relative,
        since=lex.dates.since,
        time_re=_time_pattern(lex),
        # "منذ انطلاق عمليات الموصل في اكتوبر 2016": a date at most five words
        # after "since the start of" starts a period as "since" does
        since_event_re=re.compile(
            rf"(?<![\w-])(?:{'|'.join(map(re.escape, prefixes))})?"
            rf"(?:{_alternatives(lex.dates.since)})\s+(?:{_alternatives(lex.dates.since_events)})"
            rf"(?:\s+[^\s.,;:،]+){{0,5}}\s+$"
        ),
        # "since protests erupted last month": "since", a clause of an event
        # happening (its verb, [event_verbs]) and then the time it began
        since_clause_re=(
            re.compile(
                rf"(?<![\w-])(?:{_alternatives(lex.dates.since)})(?:\s+[^\s\d.,;:،]+){{1,4}}\s+"
                rf"(?:{event_verb})(?:\s+[^\s\d.,;:،]+){{0,2}}\s+$"
            )
            if grammar.event_verbs and lex.dates.since
            else None
        ),
        # "the blast that occurred on Monday", "الذي وقع ليل الاثنين": a relative
        # pronoun, a verb of the event happening, at most four words (a place:
        # "الذي ضرب شمال غرب سوريا فجر الاثنين"), then the time
        event_time_re=(
            re.compile(
                rf"(?<![\w-])(?:{_alternatives(grammar.relative)})\s+"
                rf"(?:{event_verb})(?:\s+[^\s\d.,;:،]+){{0,4}}\s+$"
            )
            if grammar.event_verbs
            else None
        ),
        # "من اكتوبر 2016 حتي سقوط التنظيم في يوليو 2017": what joins the start
        # of a period to its end, with at most five words (an event) between
        period_joiner_re=re.compile(
            rf"\s*(?:{_alternatives(lex.dates.period_joiners)})(?:\s+[^\s\d.,;:،]+){{0,5}}\s*"
        ),
        period_joiners=lex.dates.period_joiners,
        aux=grammar.aux,
        stop=grammar.aux | grammar.stop,
        partitive=grammar.partitive,
        instances=grammar.instances,
        determiners=grammar.determiners,
        them=grammar.them,
        part_of_them=grammar.part_of_them,
        relative_pronouns=grammar.relative,
        origin_words=grammar.origin,
        # the preposition right before a place, behind an article at most: "from (the) X"
        # the preposition, then at most two words that are not themselves
        # function words, before a place: "from (the) X", "из арабских стран, Европы"
        origin_before_re=re.compile(
            rf"(?<![\w-])(?:{_alternatives(grammar.origin)})\s+(?:(?:{definite})\s+)?"
            rf"(?:(?!(?:{function_words})[\s,،])[^\W\d_]+[,،]?\s+){{0,2}}$"
        ),
        # what joins two predicates of one figure: "returned and (were) convicted"
        coordinated_re=re.compile(
            rf"\s*(?:{_alternatives(grammar.conjunctions)})\s+(?:(?:{_alternatives(grammar.aux)})\s+){{0,2}}"
        ),
        # the conjunction that joins the last item of a list to the one before it,
        # standing right before the figure: "three from Chechnya and two
        # children"; written joined to the word where a language does ("وطفلان")
        list_end_re=re.compile(rf"(?<![^\W\d_])(?:{_alternatives(grammar.conjunctions)})\s*$"),
        # prepositions that place what follows them: an office's seat never stands after one
        place_stops=grammar.locative | grammar.origin | grammar.destination,
        # the word of a nationality right before a place: "граждан РФ", "citizens
        # of Tunisia", "مواطني تونس"; the place is who the people are, not where
        citizens_before_re=re.compile(
            rf"(?<![\w-])(?:{'|'.join(map(re.escape, prefixes))})?"
            rf"(?:{_alternatives(grammar.citizens)})\s+(?:(?:{definite})\s+)?$"
        ),
        # what joins a place to the one before it in a list, with at most one
        # word that is not a function word: "России и стран Центральной Азии"
        place_chain_re=re.compile(
            rf"\s*[,،]?\s*(?:(?:{_alternatives(grammar.conjunctions)})\s*)?"
            rf"(?:(?!(?:{function_words})\s)[^\W\d_]+\s+)?"
        ),
        # an event, at most six words, then a preposition of place and at most
        # two words before the place: "at a forum in", "خلال اجتماع عقدته ... في"
        venue_before_re=re.compile(
            rf"(?<![\w-])(?:{_alternatives(grammar.venues)})(?![\w-])(?:\s+[^\s.;]+){{0,6}}?"
            # (a word may be a possessive: "at a forum in Iraq's Kurdistan region")
            rf"\s+(?:{_alternatives(grammar.locative)})\s+(?:[^\W\d_][\w'’-]*\s+){{0,2}}$"
        ),
        destination_before_re=re.compile(
            rf"(?<![\w-])(?:{_alternatives(grammar.destination)})\s+(?:(?:{definite})\s+)?$"
        ),
        # "during the delegation's visit to Damascus": where someone travelled
        trip_before_re=re.compile(
            rf"(?<![\w-])(?:{_alternatives(grammar.trips)})(?![\w-])"
            rf"(?:\s+[^\s.;,:]+){{0,4}}?\s+(?:{_alternatives(grammar.destination)})"
            rf"\s+(?:(?:{definite})\s+)?$"
        ),
        # "By our correspondent in Peshawar": a line that opens with one of these
        byline_re=(
            re.compile(rf"[ \t]*(?:{_alternatives(grammar.byline)})(?![\w-])")
            if grammar.byline
            else None
        ),
        # ", when 1,000 died" right after a time (and its word for "year": "с
        # 2022 года, когда"): a clause of what happened then
        when_after_re=(
            re.compile(
                rf"(?:[ \t]+[^\W\d_]+)?[ \t]*[,،]?[ \t]*(?:{_alternatives(grammar.when)})(?![\w-])"
            )
            if grammar.when
            else None
        ),
        past_suffixes=tuple(sorted(set(grammar.past_suffix))),
        agent_endings=tuple(sorted(set(grammar.agent_endings))),
        copulas=grammar.copulas,
        passive=speakers.passive,
        verb_first=speakers.verb_first,
        subject_after_verb=speakers.subject_after_verb,
        # "according to figures from the fire service": the noun of what is
        # cited, then whose it is
        reported_by_re=re.compile(
            rf"(?:(?:{_alternatives(speakers.articles)})\s+)?"
            rf"(?:[^\W\d_]+\s+)?(?:{_alternatives(speakers.reporting_nouns)})\s+"
            rf"(?:{_alternatives(speakers.reported_by)})\s+"
        )
        if speakers.reported_by and speakers.reporting_nouns
        else None,
        # "the Red Crescent's count of 11,300": whose count it is, right before
        # the figure; the owner's words are read on the original text
        count_owner_re=re.compile(
            rf"([^\W\d_][\w.-]*(?:[ \t]+[^\W\d_][\w.-]*){{0,3}})(?:{possessive})"
            rf"[ \t]+(?:[^\W\d_]+[ \t]+)?(?:{_alternatives(speakers.count_nouns)})[ \t]*$"
        )
        if speakers.count_nouns and speakers.possessive_endings
        else None,
        # the same nouns alone, looked for first: most documents hold none
        count_nouns_re=words_regex(speakers.count_nouns),
        described_by=speakers.described_by,
        # "сообщили ТАСС в МВД": who was told, right after the verb, then who told
        addressee_re=re.compile(rf"(?:{told})(?:[ \t]+(?:{told}))*(?![\w-])")
        if speakers.addressees
        else None,
        # "Hisham al-Saidi, deputy governor of Hadramawt, said": the person's
        # office in an appositive between the name and the verb
        title_appositive_re=re.compile(
            rf"(?<=[^\W\d_]),\s*(?:[^\W\d_][\w-]*\s+){{0,2}}"
            # (in lower case: ", Brigadier Hamid Jabbar," is a titled name)
            rf"(?:{_alternatives(speakers.titles.words)})(?![\w-])[^,]{{0,80}},\s*$"
        )
        if speakers.titles.words
        else None,
        # "ГУ МЧС по Оренбургской области": a body's short name, then its region
        body_region_re=re.compile(
            rf"(\S+)[ \t]+(?:{_alternatives(speakers.body_regions)})[ \t]+"
            rf"(?:[^\s,.;:]+[ \t]+){{0,2}}[^\s,.;:]+[ \t]*$"
        )
        if speakers.body_regions
        else None,
        # "в МЧС Интерфаксу сообщили": who was told, right before the verb
        addressee_before_re=re.compile(
            rf"(?<![\w-])(?:{_alternatives(speakers.addressees_before)})[ \t]*$"
        )
        if speakers.addressees_before
        else None,
        refer_back_opener_re=re.compile(
            rf"\s*(?:{_alternatives(speakers.refer_back_openers)})(?![\w-])"
        )
        if speakers.refer_back_openers
        else None,
        named_re=_named_pattern(
            [v for v in (*verbs.before, *speakers.thought) if " " not in v], cap, low
        ),
        # "حيث" (where) opens background, but not in "من حيث" (in terms of)
        background_re=re.compile(
            "".join(rf"(?<!(?<![\w-]){re.escape(w)}\s)" for w in speakers.background_not_after)
            + words_regex(speakers.background).pattern
        ),
        clause_re=_clause_pattern(grammar),
        # what joins places named together: "Syria and Iraq", "Syria, Iraq", "سوريا والعراق"
        place_joiner=re.compile(rf"\s*[,،]?\s*(?:(?:{_alternatives(grammar.conjunctions)})\s*)?"),
        there_re=words_regex(grammar.there, prefixes),
        # a disease named near a word of injury makes it one of infection
        disease_re=words_regex(lex.measures.diseases, prefixes),
        # a verb of hosting right after a place, a word at most between: "Chad
        # alone hosts 600,000 refugees" (the place is where they are)
        hosting_after_re=re.compile(
            rf"\s+(?:[^\W\d_]+\s+)?(?:{_alternatives(grammar.hosting)})(?![\w-])"
        ),
        # and right before it, where the verb comes first: "وتستضيف تركيا"
        hosting_before_re=re.compile(
            rf"(?<![\w-])(?:{_alternatives(lex.prefixes)})?"
            rf"(?:{_alternatives(grammar.hosting)})\s+$"
        ),
        # a preposition of place, then at most two words before the place:
        # "in Sughd", "in the city of", "في مخيم"
        locative_re=re.compile(
            rf"(?<![\w-])(?:{_alternatives(grammar.locative)})\s+(?:[^\W\d_]+\s+){{0,2}}$"
        ),
        complementizer_re=words_regex(grammar.complementizers, prefixes),
        verb_ends=frozenset(verbs.ends),
        names_not_ends=frozenset(verbs.ends_unless_written),
        verb_ends_prefixes=verbs.ends_prefixes,
        # on the figure's own line: a heading "Age" above a count does not make it an age
        # "aged 28"; the next age of a list, "aged 16 and 17"; a person of an
        # age, "a girl of about two" (a noun of one person, then the partitive)
        age_before_re=re.compile(
            rf"(?<![\w-])(?:(?:{_alternatives(grammar.age)})"
            rf"(?:[^\S\n]+\w+[^\S\n]*(?:,|-|(?:{_alternatives(grammar.conjunctions)})(?![\w-])))?"
            rf"|(?:{_alternatives(subjects.singulars)})[^\S\n]+(?:{_alternatives(grammar.partitive)}))"
            rf"[^\S\n]*\Z"
        ),
        # "a mother of three": how many children someone has, no count of the event's people
        kin_before_re=re.compile(rf"(?<![\w-])(?:{_alternatives(grammar.kin)})[^\S\n]*\Z"),
        # "a stadium that seats 25,000": how many a place holds, no count of anyone
        capacity_before_re=(
            re.compile(rf"(?<![\w-])(?:{_alternatives(grammar.capacity)})[^\S\n]*\Z")
            if grammar.capacity
            else None
        ),
        number_of_re=_led(grammar.number_of, r"(?![\w-])"),
        verb_bound_re=(
            re.compile(
                rf"(?<![\w-])(?:{'|'.join(map(re.escape, prefixes))})?"
                rf"(?P<v>{_alternatives(lex.qualifiers.verb_first)})[ \t]+"
                rf"(?:{_alternatives(grammar.number_of)})(?:[ \t]+[^\W\d_]+){{1,4}}[ \t]+$"
            )
            if lex.qualifiers.verb_first and grammar.number_of
            else None
        ),
        # "we estimate it at": the figure after it counts a number named before
        refer_back_re=(
            re.compile(rf"(?<![\w-])(?:{_alternatives(grammar.refer_back)})\s*$")
            if grammar.refer_back
            else None
        ),
        # "their number reached 2,400": the figure counts a group named before
        their_number_re=words_regex(grammar.their_number, prefixes),
        passive_before_re=re.compile(rf"(?<![\w-])(?:{_alternatives(speakers.passive_aux)})\s+$"),
        # in any case: "Authorities on Sunday revised" (the text read is not folded)
        trailer_re=re.compile(rf"(?<![\w-])(?i:{trailers})\s*$"),
        # "Министр X в беседе с корреспондентом агентства заявил": an aside
        # opened by one of these words, up to the verb, is not the name
        aside_re=(
            re.compile(rf"\s(?i:{_alternatives(speakers.asides)})\s[^,.;:!?«»\"]*$")
            if speakers.asides
            else None
        ),
        # "The ministry, however, has said": a parenthetical word between name and verb
        parenthetical_re=re.compile(rf",\s*[a-z]+\s*,\s*(?=(?:{trailers})?\s*$)"),
        # ", who tracks fighters in Syria," between a name and its verb; and
        # an office (", head of surgery at X Hospital,"): the person speaks,
        # not the body the office is at
        trailing_appositive_re=re.compile(
            rf",\s*(?:{_alternatives(grammar.appositive | speakers.titles.words)})(?![\w-])"
            rf"[^,]*,[\"”’»]?\s*$"
        ),
        # ", who reported on the toll in December 2017": a relative clause set
        # off by a comma, still open where the search stops
        aside_open_re=re.compile(
            rf"[,،]\s*(?:{_alternatives(grammar.relative | grammar.participles)})(?![\w-])"
            rf"[^,،.;!?]*$"
        ),
        # "Islamic Movement of Uzbekistan": a place inside an organisation's name
        org_of_before_re=re.compile(rf"[{cap}][{low}]+\s+(?:{links})\s+(?:(?:{definite})\s+)?$"),
        # a capitalised name, with the links inside names: "the State Committee for Security"
        # and particles joined to a name: "Saif al-Badri"
        capitalised_name_re=re.compile(
            rf"\s*((?:(?:{definite})\s+)?[{cap}][\w'.-]*"
            rf"(?:[ \t]+(?:[{cap}][\w'.-]*|{links}|{definite}|{particles}-[{cap}][\w'.-]*))*)"
        ),
        # a capitalised name of two to five words, for the fullest form of a surname
        full_name_re=re.compile(rf"\b(?:[{cap}][{low}]+[ \t]+){{1,4}}[{cap}][{low}]+\b"),
        referring_speakers=speakers.referring,
        organizations=speakers.organizations_canonical,
        roles=speakers.roles,
        organization_types=speakers.organization_types,
        documents=speakers.documents,
        # a figure right after a place labels it as a list item: "روسيا بـ2400",
        # "Russia (2,400)"; read at the place's end
        # a verb of ranking, then at most two words, right before a place: "تلتها روسيا",
        # "وحلت المملكة": the place is an item of a ranking, not where people are
        ranking_before_re=re.compile(
            rf"(?<![\w-])(?:{'|'.join(map(re.escape, prefixes))})?"
            rf"(?:{_alternatives(grammar.ranking)})\s+(?:[^\W\d_]+\s+){{0,2}}$"
        ),
        # ... or right after it: "تونس جاءت في المركز السادس"
        ranking_after_re=re.compile(rf"\s+(?:{_alternatives(grammar.ranking)})(?![\w-])"),
        item_figure_re=re.compile(
            rf"\s*(?:[:(]\s*)?(?:(?:{_alternatives(grammar.item_markers)})\s*)?\d"
        ),
        # every opening of a known organisation's name, word by word: a name
        # read after its verb runs on through "منظمه العفو" though "العفو"
        # (amnesty) is also a measure word
        organization_prefixes=frozenset(
            " ".join(words[:n])
            for words in (name.split() for name in speakers.organizations_canonical)
            for n in range(2, len(words) + 1)
        ),
        organization_endings=_by_last_word(speakers.organizations_canonical),
        organization_spans=_by_inner_words(speakers.organizations_canonical),
        organization_first_words=frozenset(
            name.split()[0] for name in speakers.organizations_canonical
        ),
        role_first_words=frozenset(role.split()[0] for role in speakers.roles),
        # a speaker framed before its verb in a verb-first language: "وكانت
        # السلطات قد اعلنت" (an auxiliary, the subject, a particle, the verb)
        subject_before_re=re.compile(
            rf"(?<![\w-])(?:{'|'.join(map(re.escape, prefixes))})?"
            rf"(?:{_alternatives(speakers.subject_openers)})\s+"
            # a title, the office and the name: as many words as a name after its verb
            rf"(?P<name>(?:[^\W\d_]+\s+){{1,10}}?)(?:{_alternatives(speakers.subject_closers)})\s+$"
        ),
        # "another 3,000", "ещё три тысячи": an addition to a total, read right before the figure
        # "out of 1,400": the figure right after is the whole the figure before is part of
        whole_re=re.compile(rf"(?<![\w-])(?:{_alternatives(grammar.whole)})\s+$"),
        # "Twelve of the 40 miners", "13 из 86 пассажиров": the word before the
        # partitive (read apart) is a figure, and the figure after is its whole
        partitive_before_re=(
            re.compile(
                rf"(?P<figure>[\w.,-]+)\s+(?:{_alternatives(grammar.partitive)})\s+"
                rf"(?:(?:{_alternatives(grammar.determiners)})\s+)?$"
            )
            if grammar.partitive
            else None
        ),
        increment_re=(
            re.compile(rf"(?<![\w-])(?:{_alternatives(grammar.increment)})\s+$")
            if grammar.increment
            else None
        ),
        # "another 47 were hospitalised": more people, not a part of a total named
        addition_re=(
            re.compile(rf"(?<![\w-])(?:{_alternatives(grammar.additions)})\s+$")
            if grammar.additions
            else None
        ),
        # "Among the dead were 12 women", "Среди погибших - двое": the group a
        # figure is drawn from, named by a word (not a determiner alone: "among
        # the 300 killed" counts the whole) and a copula or a dash, if anything
        # "2,000 people a year": a rate, not a count of one event; not "a year
        # ago" nor "in a year"
        rate_re=(
            _led(
                grammar.rates,
                rf"(?![\w-])(?!\s+(?:{_alternatives(grammar.not_rate_after)})(?![\w-]))",
                group="w",
            )
            if grammar.rates
            else None
        ),
        # "one of the worst epidemics", "одна из крупнейших": a rank; at most
        # one word between the opener and the superlative ("of the country's worst")
        rank_re=(
            re.compile(
                rf"\s*(?:{_alternatives(grammar.rank_openers)})\s+(?:[^\W\d_]+\s+)?"
                rf"(?:{_alternatives(grammar.superlatives)}"
                rf"|[^\W\d_]+(?:{_alternatives(grammar.superlative_endings)}))(?![\w-])"
            )
            if grammar.rank_openers and (grammar.superlatives or grammar.superlative_endings)
            else None
        ),
        # "up from (the) 31": the figure given as the one replaced, right before it
        revised_from_re=re.compile(
            rf"(?<![\w-])(?:{_alternatives(grammar.revised_from)})\s+"
            rf"(?:(?:{_alternatives(grammar.determiners)})\s+)?$"
        )
        if grammar.revised_from
        else None,
        # "12 children are among the dead": the group after the figure; group ``w``
        among_after_re=(
            _led(
                grammar.among,
                rf"\s+(?:(?:{_alternatives(grammar.determiners)})\s+)?(?P<w>[^\W\d_]+)",
            )
            if grammar.among
            else None
        ),
        among_re=(
            re.compile(
                rf"(?<![\w-])(?:{_alternatives(grammar.among)})\s+"
                rf"(?:(?:{_alternatives(grammar.determiners)})\s+)?"
                rf"(?!(?:{_alternatives(grammar.determiners)})\s+$)"
                rf"[^\W\d_]+(?:\s+[^\W\d_]+)?"
                rf"(?:\s*[-\u2013\u2014:,]\s*|\s+(?:(?:{_alternatives(grammar.copulas)})\s+)?)$"
            )
            if grammar.among
            else None
        ),
        # "Of the 31 dead, 12 were women", "Of the dead, 11 were women": a
        # whole stated with a partitive opens the clause (with no figure of its
        # own, a measure word names it); the figure after its comma is a part
        of_a_figure_re=(
            re.compile(
                rf"(?<![\w-])(?:{_alternatives(grammar.partitive)})\s+"
                rf"(?:(?:(?:{_alternatives(grammar.determiners)})\s+)?\d[\d,.]*"
                rf"(?:\s+[^\W\d_]+){{1,2}}"
                rf"|(?:{_alternatives(grammar.determiners)})\s+"
                rf"{_alternatives(attrs.evolve(measure_words, phrases=counted_nouns))}"
                rf"(?:\s+[^\W\d_]+)?)\s*,\s*$"
            )
            if grammar.partitive
            else None
        ),
        # "responsibility for only 326 of the deaths", "مسؤولية مقتل 40": a
        # party's share of a toll; up to two words ("for only", "за гибель")
        # lie between them and the figure, no more: "the official responsible
        # for the camp said 300" is no share
        responsible_re=(
            re.compile(
                rf"(?<![\w-])(?:{_alternatives(grammar.responsible)})(?:\s+[^\W\d_]+){{0,2}}\s+$"
            )
            if grammar.responsible
            else None
        ),
        # "300 others", "الاف اخرون": an addition to a total, read right after the figure
        alone_re=words_regex(grammar.alone, ()) if grammar.alone else None,
        increment_after_re=(
            re.compile(rf"\s+(?:{_alternatives(grammar.increment_after)})(?![\w-])")
            if grammar.increment_after
            else None
        ),
        genitive_after=speakers.genitive_names.after,
        genitive_endings=tuple(
            sorted(speakers.genitive_names.endings.items(), key=lambda e: -len(e[0]))
        ),
    )


# The most capitalised words read as one speaking name. A name is rarely longer
# than five words; the bound keeps the search linear on a page of capitalised
# words, where an unbounded run would be re-read from each of its words. Only
# the last word of a longer run's name is used (the surname), and that is kept.
_NAME_WORDS = 10


# A person named as the subject of a speech or thought verb: "Nazarov said".
def _named_pattern(verbs: Iterable[str], cap: str, low: str) -> re.Pattern[str]:
    """A capitalised name right before one of ``verbs``: "Nazarov said", "Рахимзода заявил"."""
    return re.compile(
        rf"""
        \b([{cap}][{low}]+(?:[ \t]+[{cap}][{low}]+){{0,{_NAME_WORDS - 1}}})  # one to ten words
        [ \t]+(?:{_alternatives(verbs)})(?![\w-])                  # then the verb
        """,
        re.VERBOSE,
    )


def _by_last_word(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Names of several words by their last word, the longest first."""
    found: dict[str, list[str]] = {}
    for name in names:
        if " " in name:
            found.setdefault(name.rsplit(maxsplit=1)[-1], []).append(name)
    return {last: tuple(sorted(group, key=len, reverse=True)) for last, group in found.items()}


def _by_inner_words(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Names of several words by each run of up to three of their words."""
    found: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) < 2:
            continue
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 3) + 1):
                if j - i < len(words):
                    found.setdefault(" ".join(words[i:j]), set()).add(name)
    return {run: tuple(sorted(group)) for run, group in found.items()}


def _countries_as_origins(place_of: Mapping[str, str]) -> dict[str, str]:
    """Each spelling of a country whose people the canon names -> that group.

    "120 граждан Египта", "300 from Jordan": the citizens of a country are its
    nationals, in every language that spells the country, without a list of
    origins per language (a language's own ``origins`` still come first).
    """
    people_of: dict[str, str] = {}
    for group, country in sorted(canon().countries.items()):
        people_of.setdefault(country, group)
    return {spelling: people_of[p] for spelling, p in place_of.items() if p in people_of}


def _inflected(words: Mapping[str, _V], endings: Iterable[str]) -> dict[str, _V]:
    """Each word with each ending; a form the lexicon lists itself keeps its own entry."""
    forms = {word + ending: value for ending in endings for word, value in words.items()}
    forms.update(words)
    return forms
