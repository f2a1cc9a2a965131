"""The typed schema of a language folder: one frozen class per lexicon file.

Every TOML file of ``reconcile/lang/<code>/`` is read into the class of the
same name (``numbers.toml`` into :class:`Numbers`, ...). Each field of a class
says how its table is read (a word list, a table of numbers, ...); a table or
key the schema does not know is an error naming the file and the key, so a
misspelled table never switches a feature off silently. Every key and word is
folded (:func:`reconcile.text.fold`) as it is read, so that lookups and text
always meet.

Examples:
    >>> grammar = structure(Grammar, {"aux": {"words": ["Is", "was"]}}, "en/grammar.toml")
    >>> sorted(grammar.aux)
    ['is', 'was']
    >>> structure(Grammar, {"auxx": {"words": []}}, "en/grammar.toml")
    Traceback (most recent call last):
    ...
    reconcile.errors.LexiconError: en/grammar.toml: unknown key 'auxx'; ...
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

from ..errors import LexiconError
from ..text import fold

__all__ = [
    "Dates",
    "Grammar",
    "Measures",
    "NameLetters",
    "Numbers",
    "Place",
    "Places",
    "QualifierWord",
    "Qualifiers",
    "RelativeTime",
    "Speakers",
    "Subjects",
    "Transliteration",
    "structure",
]

_T = TypeVar("_T")
Reader = Callable[[object, str], Any]


def _folded(text: str) -> str:
    return " ".join(fold(text).split())


def _frozen(mapping: Mapping[str, _T]) -> Mapping[str, _T]:
    return MappingProxyType(dict(mapping))


def _table(raw: object, where: str) -> Mapping[str, Any]:
    if not isinstance(raw, Mapping):
        raise LexiconError(f"{where}: must be a table, not {type(raw).__name__}")
    return raw


def _only(raw: Mapping[str, Any], keys: tuple[str, ...], where: str) -> None:
    for key in raw:
        if key not in keys:
            expected = ", ".join(repr(k) for k in keys)
            raise LexiconError(f"{where}: unknown key {key!r}; expected {expected}")


def _strings(raw: object, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(w, str) for w in raw):
        raise LexiconError(f"{where}: must be a list of strings")
    return tuple(_folded(w) for w in raw)


# -- readers: raw TOML value and where it was read -> typed value -------------


def word_list(raw: object, where: str) -> frozenset[str]:
    """A table ``{words = [...]}`` -> the folded words."""
    table = _table(raw, where)
    _only(table, ("words",), where)
    return frozenset(_strings(table.get("words", []), f"{where}.words"))


def ordered_words(raw: object, where: str) -> tuple[str, ...]:
    """A table ``{words = [...]}`` -> the folded words in the order written."""
    table = _table(raw, where)
    _only(table, ("words",), where)
    return _strings(table.get("words", []), f"{where}.words")


def _values(kind: type | tuple[type, ...], name: str) -> Reader:
    def read(raw: object, where: str) -> Mapping[str, Any]:
        table = _table(raw, where)
        out = {}
        for key, value in table.items():
            if isinstance(value, bool) and bool not in (
                kind if isinstance(kind, tuple) else (kind,)
            ):
                raise LexiconError(f"{where}: {key!r} must be {name}, not {value!r}")
            if not isinstance(value, kind):
                raise LexiconError(f"{where}: {key!r} must be {name}, not {value!r}")
            out[_folded(key)] = value
        return _frozen(out)

    return read


integers = _values(int, "an integer")
numbers = _values((int, float), "a number")
strings = _values(str, "a string")
flags = _values(bool, "true")
people_nouns = _values((bool, str), "true or a string")


def intervals(raw: object, where: str) -> Mapping[str, tuple[int | float, int | float]]:
    """A table of ``phrase = [low, high]``."""
    out = {}
    for key, value in _table(raw, where).items():
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
            or value[0] > value[1]
        ):
            raise LexiconError(f"{where}: {key!r} must be [low, high] numbers, not {value!r}")
        out[_folded(key)] = (value[0], value[1])
    return _frozen(out)


def string_lists(raw: object, where: str) -> Mapping[str, tuple[str, ...]]:
    """A table of ``name = [phrases...]``; the name is kept as written."""
    return _frozen(
        {key: _strings(value, f"{where}.{key}") for key, value in _table(raw, where).items()}
    )


def pairs(raw: object, where: str) -> tuple[tuple[str, str], ...]:
    """A table of ``name = [first, second]`` -> the pairs in the order written."""
    out = []
    for key, value in _table(raw, where).items():
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(isinstance(v, str) for v in value)
        ):
            raise LexiconError(f"{where}: {key!r} must be a pair of strings, not {value!r}")
        out.append((fold(value[0]), fold(value[1])))
    return tuple(out)


# -- numbers.toml and qualifiers.toml ------------------------------------------


def _field(read: Reader, default: Any) -> Any:
    return attrs.field(default=default, metadata={"read": read})


_NO_WORDS: frozenset[str] = frozenset()
_EMPTY: Mapping[str, Any] = MappingProxyType({})


@attrs.frozen
class Duals:
    """Dual noun forms that state a count of two (Arabic "طفلاي"): stems and endings."""

    words: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()


_NO_DUALS = Duals()


def _duals(raw: object, where: str) -> Duals:
    table = _table(raw, where)
    _only(table, ("words", "suffixes"), where)
    return Duals(
        _strings(table.get("words", []), f"{where}.words"),
        _strings(table.get("suffixes", []), f"{where}.suffixes"),
    )


def _flag(raw: object, where: str) -> bool:
    if not isinstance(raw, bool):
        raise LexiconError(f"{where}: must be true or false, not {raw!r}")
    return raw


def _letters(raw: object, where: str) -> str:
    """A few Latin letters: the vowel a script leaves unwritten ("a")."""
    if not isinstance(raw, str) or not raw.isascii() or not raw.isalpha():
        raise LexiconError(f"{where}: must be Latin letters, not {raw!r}")
    return raw


def _fractions(raw: object, where: str) -> Mapping[str, tuple[int, int]]:
    """A table of ``word = [numerator, denominator]`` ("half" = [1, 2])."""
    out = {}
    for key, value in _table(raw, where).items():
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value)
        ):
            raise LexiconError(f"{where}: {key!r} must be [numerator, denominator], not {value!r}")
        out[_folded(key)] = (value[0], value[1])
    return _frozen(out)


def _after_words(raw: object, where: str) -> frozenset[str]:
    table = _table(raw, where)
    _only(table, ("after",), where)
    return frozenset(_strings(table.get("after", []), f"{where}.after"))


@attrs.frozen
class NameWords:
    """Words that make the figure after them part of a name ("Route 66"), and exceptions."""

    words: frozenset[str] = _NO_WORDS
    not_names: frozenset[str] = _NO_WORDS


_NO_NAMES = NameWords()


def _name_words(raw: object, where: str) -> NameWords:
    table = _table(raw, where)
    _only(table, ("words", "not_names"), where)
    return NameWords(
        frozenset(_strings(table.get("words", []), f"{where}.words")),
        frozenset(_strings(table.get("not_names", []), f"{where}.not_names")),
    )


@attrs.frozen
class Numbers:
    """``numbers.toml``: number words, scales, vague quantities (see the file's header)."""

    cardinals: Mapping[str, int] = _field(integers, _EMPTY)
    scales: Mapping[str, int] = _field(integers, _EMPTY)
    suffixes: Mapping[str, int] = _field(integers, _EMPTY)
    vague: Mapping[str, tuple[int | float, int | float]] = _field(intervals, _EMPTY)
    vague_multipliers: Mapping[str, tuple[int | float, int | float]] = _field(intervals, _EMPTY)
    joiners: Mapping[str, bool] = _field(flags, _EMPTY)
    articles: Mapping[str, bool] = _field(flags, _EMPTY)
    duals: Duals = _field(_duals, _NO_DUALS)  # noqa: RUF009 - a frozen value
    prefixes: tuple[str, ...] = _field(ordered_words, ())
    teens: frozenset[str] = _field(word_list, _NO_WORDS)
    bare_scales: bool = _field(_flag, False)
    spaced_suffixes: frozenset[str] = _field(word_list, _NO_WORDS)
    currency_suffixes: Mapping[str, int] = _field(integers, _EMPTY)
    fractions: Mapping[str, tuple[int, int]] = _field(_fractions, _EMPTY)
    fractions_of: frozenset[str] = _field(word_list, _NO_WORDS)
    points: frozenset[str] = _field(word_list, _NO_WORDS)
    one_pronoun: frozenset[str] = _field(_after_words, _NO_WORDS)
    currencies: Mapping[str, str] = _field(strings, _EMPTY)
    units: Mapping[str, str] = _field(strings, _EMPTY)
    times: frozenset[str] = _field(word_list, _NO_WORDS)
    names: NameWords = _field(_name_words, _NO_NAMES)  # noqa: RUF009 - a frozen value
    joiner_after_units: bool = _field(_flag, False)
    joiner_required: bool = _field(_flag, False)
    singular_after: frozenset[str] = _field(word_list, _NO_WORDS)
    ordinals: frozenset[str] = _field(word_list, _NO_WORDS)
    after_noun: frozenset[str] = _field(word_list, _NO_WORDS)


@attrs.frozen
class QualifierWord:
    """What a qualifier phrase means: a qualifier name and, for approx, a direction."""

    qualifier: str
    direction: str | None = None


_QUALIFIERS = ("exact", "approx", "at_least", "at_most")


def _qualifier_words(raw: object, where: str) -> Mapping[str, QualifierWord]:
    out = {}
    for key, value in _table(raw, where).items():
        entry = _table(value, f"{where}.{key}")
        _only(entry, ("qualifier", "direction"), f"{where}.{key}")
        qualifier, direction = entry.get("qualifier"), entry.get("direction")
        if qualifier not in _QUALIFIERS:
            raise LexiconError(f"{where}.{key}: qualifier must be one of {_QUALIFIERS}")
        if direction not in (None, "below", "above"):
            raise LexiconError(f"{where}.{key}: direction must be 'below' or 'above'")
        out[_folded(key)] = QualifierWord(qualifier, direction)
    return _frozen(out)


def _bound_joiners(raw: object, where: str) -> frozenset[str]:
    table = _table(raw, where)
    _only(table, ("joiners",), where)
    return frozenset(_strings(table.get("joiners", []), f"{where}.joiners"))


@attrs.frozen
class Qualifiers:
    """``qualifiers.toml``: words before and after a figure, range words, relative statements."""

    before: Mapping[str, QualifierWord] = _field(_qualifier_words, _EMPTY)
    after: Mapping[str, QualifierWord] = _field(_qualifier_words, _EMPTY)
    range: tuple[tuple[str, str], ...] = _field(pairs, ())
    relative: Mapping[str, float] = _field(numbers, _EMPTY)
    bounds: frozenset[str] = _field(_bound_joiners, _NO_WORDS)
    strict_openers: frozenset[str] = _field(word_list, _NO_WORDS)
    verb_first: Mapping[str, QualifierWord] = _field(_qualifier_words, _EMPTY)
    """Verbs that bound a count named after them, before its figure, where the
    verb comes first: Arabic "تجاوز عدد القتلى 2000" (more than 2,000)."""


# -- what is counted, of whom, where -------------------------------------------


def _inflections(raw: object, where: str) -> tuple[str, ...]:
    table = _table(raw, where)
    _only(table, ("suffixes",), where)
    return _strings(table.get("suffixes", [""]), f"{where}.suffixes")


@attrs.frozen
class Measures:
    """``measures.toml``: canonical measures and the words that signal them."""

    inflections: tuple[str, ...] = _field(_inflections, ("",))
    measures: Mapping[str, tuple[str, ...]] = _field(string_lists, _EMPTY)
    plan_markers: frozenset[str] = _field(word_list, _NO_WORDS)
    planned: Mapping[str, str] = _field(strings, _EMPTY)
    negation_markers: frozenset[str] = _field(word_list, _NO_WORDS)
    counted_nouns: frozenset[str] = _field(word_list, _NO_WORDS)
    document_nouns: frozenset[str] = _field(word_list, _NO_WORDS)
    weak: frozenset[str] = _field(word_list, _NO_WORDS)
    not_measures: frozenset[str] = _field(word_list, _NO_WORDS)
    body_nouns: frozenset[str] = _field(word_list, _NO_WORDS)
    recovery_verbs: frozenset[str] = _field(word_list, _NO_WORDS)
    tallies: frozenset[str] = _field(word_list, _NO_WORDS)
    tally_values: frozenset[str] = _field(word_list, _NO_WORDS)
    diseases: frozenset[str] = _field(word_list, _NO_WORDS)


@attrs.frozen
class Subjects:
    """``subjects.toml``: demonyms, origins, people nouns, units and non-counts.

    ``inflections`` are endings a people noun may take after a figure (Arabic
    "طفلا", the accusative of "طفل"), ``demonym_inflections`` those of a
    demonym ("تونسيين", a plural of "تونسي"); the empty ending is always tried.
    ``demonym_accusative`` are endings a demonym takes only as a figure's
    counted noun or right after it ("214 مصريا", "436 مواطنا مصريا"): read
    anywhere, the same letters spell a country ("روسيا").
    """

    demonyms: Mapping[str, str] = _field(strings, _EMPTY)
    demonym_inflections: tuple[str, ...] = _field(_inflections, ("",))
    demonym_accusative: tuple[str, ...] = _field(_inflections, ("",))
    origins: Mapping[str, str] = _field(strings, _EMPTY)
    inflections: tuple[str, ...] = _field(_inflections, ("",))
    people: Mapping[str, bool | str] = _field(people_nouns, _EMPTY)
    singulars: Mapping[str, str] = _field(strings, _EMPTY)
    generic: frozenset[str] = _field(word_list, _NO_WORDS)
    referring: frozenset[str] = _field(word_list, _NO_WORDS)
    units: Mapping[str, str] = _field(strings, _EMPTY)
    not_counts: Mapping[str, str] = _field(strings, _EMPTY)
    kin: frozenset[str] = _field(word_list, _NO_WORDS)
    kin_before: frozenset[str] = _field(word_list, _NO_WORDS)


@attrs.frozen
class Place:
    """A place: its canonical name and the folded spellings that name it."""

    name: str
    aliases: tuple[str, ...]


def _places(raw: object, where: str) -> Mapping[str, Place]:
    out = {}
    for key, value in _table(raw, where).items():
        entry = _table(value, f"{where}.{key}")
        _only(entry, ("name", "aliases"), f"{where}.{key}")
        name = entry.get("name")
        if not isinstance(name, str) or not name:
            raise LexiconError(f"{where}.{key}: name must be a non-empty string")
        aliases = _strings(entry.get("aliases", []), f"{where}.{key}.aliases")
        out[_folded(key)] = Place(name, aliases)
    return _frozen(out)


@attrs.frozen
class Places:
    """``places.toml``: place names to canonical places."""

    places: Mapping[str, Place] = _field(_places, _EMPTY)
    settlements: frozenset[str] = _field(word_list, _NO_WORDS)
    quarters: frozenset[str] = _field(word_list, _NO_WORDS)
    bearings: frozenset[str] = _field(word_list, _NO_WORDS)
    bearings_alone: bool = _field(_flag, False)
    routes: frozenset[str] = _field(word_list, _NO_WORDS)
    capitalised: frozenset[str] = _field(word_list, _NO_WORDS)
    after_preposition: frozenset[str] = _field(word_list, _NO_WORDS)
    article_variants: tuple[str, ...] = _field(ordered_words, ())
    """Openings of a name written for one another (Russian "аль-" and "эль-" for
    the Arabic article): a place listed with one is read with each."""


# -- who says so ---------------------------------------------------------------


@attrs.frozen
class Verbs:
    """Reporting verbs: speaker ``before`` them, ``after`` them, and words that end a name.

    ``citing``: phrases of ``after`` that name the source of a source
    ("citing", "со ссылкой на"): another speaker in the sentence goes first.
    ``relaying``: verbs whose subject only relays another's words ("نقل موقع
    ... عن الوزير"); the speaker is the name after a word of ``relayed_from``.
    ``opening_only``: verbs whose letters are also another word ("بين" is
    "showed" and "between"): read as verbs only when they open their sentence
    and a complementiser follows them.
    ``object_clause``: verbs of ``before`` whose object pronoun is the figures
    of a relative clause ("الأرقام التي أعلنتها السلطات والتي لا تتعدى 2929",
    the figures the authorities announced, which do not exceed 2,929): they
    name the source of a figure only right after their subject, in one clause.
    ``after_clause``: phrases of ``after`` that open a clause ("بحسب ما اعلنت
    الوزارة", according to what the ministry announced): the source is the
    subject of the clause's verb, after it.
    """

    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    ends: tuple[str, ...] = ()
    citing: tuple[str, ...] = ()
    relaying: tuple[str, ...] = ()
    relayed_from: tuple[str, ...] = ()
    opening_only: tuple[str, ...] = ()
    object_clause: tuple[str, ...] = ()
    after_clause: tuple[str, ...] = ()
    ends_prefixes: tuple[str, ...] = ()
    """Proclitics that end a name after its verb when a word opens with them
    ("للصحفيين", to the reporters), and that are read off a word to find a
    measure word in it ("بإجلاء")."""
    ends_unless_written: tuple[str, ...] = ()
    """Words of ``ends`` that, written in the text exactly so, are a name's
    word instead: folding spells "على" (on) as "علي", the name Ali."""


_NO_VERBS = Verbs()
_VERB_KEYS = (
    "before",
    "after",
    "ends",
    "citing",
    "relaying",
    "relayed_from",
    "opening_only",
    "object_clause",
    "after_clause",
    "ends_prefixes",
    "ends_unless_written",
)


def _verbs(raw: object, where: str) -> Verbs:
    table = _table(raw, where)
    _only(table, _VERB_KEYS, where)
    return Verbs(*(_strings(table.get(k, []), f"{where}.{k}") for k in _VERB_KEYS))


@attrs.frozen
class Titles:
    """Titles stripped from a name, the modifiers around them, and organisation nouns."""

    words: frozenset[str] = _NO_WORDS
    modifiers: frozenset[str] = _NO_WORDS
    organizations: frozenset[str] = _NO_WORDS


_NO_TITLES = Titles()


def _titles(raw: object, where: str) -> Titles:
    table = _table(raw, where)
    _only(table, ("words", "modifiers", "organizations"), where)
    return Titles(
        *(
            frozenset(_strings(table.get(k, []), f"{where}.{k}"))
            for k in ("words", "modifiers", "organizations")
        )
    )


@attrs.frozen
class GenitiveNames:
    """Names written in the genitive after some phrases, and how to read them back.

    ``after``: the phrases ("по словам", "по данным") after which a person's
    name is in the genitive ("по словам Ивана Петрова"); ``endings``: a
    genitive ending -> the nominative one ("ова" -> "ов"), the longest that
    fits a word being used.
    """

    after: frozenset[str] = _NO_WORDS
    endings: Mapping[str, str] = _EMPTY


def _genitive_names(raw: object, where: str) -> GenitiveNames:
    table = _table(raw, where)
    _only(table, ("after", "endings"), where)
    return GenitiveNames(
        after=frozenset(_strings(table.get("after", []), f"{where}.after")),
        endings=strings(table.get("endings", {}), f"{where}.endings"),
    )


@attrs.frozen
class NameLetters:
    """Which letters open and continue a capitalised name, as regex character-class bodies.

    ``capitals`` "A-Z" in English, "А-ЯЁ" in Russian; ``lowercase`` likewise.
    Read as written (not folded): folding would lower the capitals.
    """

    capitals: str = "A-Z"
    lowercase: str = "a-z"


def _name_letters(raw: object, where: str) -> NameLetters:
    table = _table(raw, where)
    _only(table, ("capitals", "lowercase"), where)
    for key, value in table.items():
        if not isinstance(value, str) or not value:
            raise LexiconError(f"{where}.{key}: must be a non-empty string of letter ranges")
    return NameLetters(**table)


@attrs.frozen
class Speakers:
    """``speakers.toml``: reporting verbs, titles, speaker nouns and pronouns."""

    verb_first: bool = _field(_flag, False)
    subject_after_verb: bool = _field(_flag, False)
    refer_back_openers: frozenset[str] = _field(word_list, _NO_WORDS)
    reported_by: frozenset[str] = _field(word_list, _NO_WORDS)
    addressees: frozenset[str] = _field(word_list, _NO_WORDS)
    addressees_before: frozenset[str] = _field(word_list, _NO_WORDS)
    body_regions: frozenset[str] = _field(word_list, _NO_WORDS)
    verbs: Verbs = _field(_verbs, _NO_VERBS)  # noqa: RUF009 - a frozen value
    titles: Titles = _field(_titles, _NO_TITLES)  # noqa: RUF009 - a frozen value
    name_links: frozenset[str] = _field(word_list, _NO_WORDS)
    name_particles: frozenset[str] = _field(word_list, _NO_WORDS)
    groups: frozenset[str] = _field(word_list, _NO_WORDS)
    pronouns: frozenset[str] = _field(word_list, _NO_WORDS)
    object_markers: frozenset[str] = _field(word_list, _NO_WORDS)
    first_person: frozenset[str] = _field(word_list, _NO_WORDS)
    thought: frozenset[str] = _field(word_list, _NO_WORDS)
    reporting_nouns: frozenset[str] = _field(word_list, _NO_WORDS)
    source_captions: frozenset[str] = _field(word_list, _NO_WORDS)
    asides: frozenset[str] = _field(word_list, _NO_WORDS)
    possessive_endings: frozenset[str] = _field(word_list, _NO_WORDS)
    count_nouns: frozenset[str] = _field(word_list, _NO_WORDS)
    described_by: frozenset[str] = _field(word_list, _NO_WORDS)
    content_verbs: frozenset[str] = _field(word_list, _NO_WORDS)
    name_prefixes: Mapping[str, str] = _field(strings, _EMPTY)
    background: frozenset[str] = _field(word_list, _NO_WORDS)
    passive: frozenset[str] = _field(word_list, _NO_WORDS)
    passive_aux: frozenset[str] = _field(word_list, _NO_WORDS)
    name_trailers: frozenset[str] = _field(word_list, _NO_WORDS)
    articles: frozenset[str] = _field(word_list, _NO_WORDS)
    org_links: frozenset[str] = _field(word_list, _NO_WORDS)
    organizations_canonical: Mapping[str, str] = _field(strings, _EMPTY)
    name_letters: NameLetters = _field(_name_letters, NameLetters())  # noqa: RUF009 - frozen
    genitive_names: GenitiveNames = _field(_genitive_names, GenitiveNames())  # noqa: RUF009 - frozen
    referring: frozenset[str] = _field(word_list, _NO_WORDS)
    roles: Mapping[str, str] = _field(strings, _EMPTY)
    organization_types: Mapping[str, str] = _field(strings, _EMPTY)
    subject_openers: frozenset[str] = _field(word_list, _NO_WORDS)
    documents: frozenset[str] = _field(word_list, _NO_WORDS)
    background_not_after: frozenset[str] = _field(word_list, _NO_WORDS)
    subject_closers: frozenset[str] = _field(word_list, _NO_WORDS)
    complement_endings: tuple[str, ...] = _field(ordered_words, ())
    organization_heads: frozenset[str] = _field(word_list, _NO_WORDS)
    kind_nouns: frozenset[str] = _field(word_list, _NO_WORDS)
    national_societies: Mapping[str, str] = _field(strings, _EMPTY)
    society_nouns: frozenset[str] = _field(word_list, _NO_WORDS)
    body_kinds: Mapping[str, str] = _field(strings, _EMPTY)
    body_fields: Mapping[str, str] = _field(strings, _EMPTY)
    body_scopes: Mapping[str, str] = _field(strings, _EMPTY)
    country_adjectives: Mapping[str, tuple[str, ...]] = _field(string_lists, _EMPTY)


@attrs.frozen
class Grammar:
    """``grammar.toml``: the small closed word classes that delimit clauses and phrases."""

    aux: frozenset[str] = _field(word_list, _NO_WORDS)
    stop: frozenset[str] = _field(word_list, _NO_WORDS)
    relative: frozenset[str] = _field(word_list, _NO_WORDS)
    appositive: frozenset[str] = _field(word_list, _NO_WORDS)
    origin: frozenset[str] = _field(word_list, _NO_WORDS)
    citizens: frozenset[str] = _field(word_list, _NO_WORDS)
    destination: frozenset[str] = _field(word_list, _NO_WORDS)
    venues: frozenset[str] = _field(word_list, _NO_WORDS)
    past_suffix: tuple[str, ...] = _field(ordered_words, ())
    agent_endings: tuple[str, ...] = _field(ordered_words, ())
    copulas: frozenset[str] = _field(word_list, _NO_WORDS)
    partitive: frozenset[str] = _field(word_list, _NO_WORDS)
    partitive_definite: frozenset[str] = _field(word_list, _NO_WORDS)
    instances: frozenset[str] = _field(word_list, _NO_WORDS)
    determiners: frozenset[str] = _field(word_list, _NO_WORDS)
    them: frozenset[str] = _field(word_list, _NO_WORDS)
    part_of_them: frozenset[str] = _field(word_list, _NO_WORDS)
    complementizers: frozenset[str] = _field(word_list, _NO_WORDS)
    locative: frozenset[str] = _field(word_list, _NO_WORDS)
    hosting: frozenset[str] = _field(word_list, _NO_WORDS)
    clause_breaks: frozenset[str] = _field(word_list, _NO_WORDS)
    conjunctions: frozenset[str] = _field(word_list, _NO_WORDS)
    there: frozenset[str] = _field(word_list, _NO_WORDS)
    age: frozenset[str] = _field(word_list, _NO_WORDS)
    kin: frozenset[str] = _field(word_list, _NO_WORDS)
    capacity: frozenset[str] = _field(word_list, _NO_WORDS)
    title_nouns: frozenset[str] = _field(word_list, _NO_WORDS)
    media_nouns: frozenset[str] = _field(word_list, _NO_WORDS)
    clause_break_exceptions: frozenset[str] = _field(word_list, _NO_WORDS)
    earlier_openers: frozenset[str] = _field(word_list, _NO_WORDS)
    participles: frozenset[str] = _field(word_list, _NO_WORDS)
    event_verbs: frozenset[str] = _field(word_list, _NO_WORDS)
    number_of: frozenset[str] = _field(word_list, _NO_WORDS)
    refer_back: frozenset[str] = _field(word_list, _NO_WORDS)
    their_number: frozenset[str] = _field(word_list, _NO_WORDS)
    trips: frozenset[str] = _field(word_list, _NO_WORDS)
    byline: frozenset[str] = _field(word_list, _NO_WORDS)
    when: frozenset[str] = _field(word_list, _NO_WORDS)
    revised_from: frozenset[str] = _field(word_list, _NO_WORDS)
    remainder: frozenset[str] = _field(word_list, _NO_WORDS)
    earlier: frozenset[str] = _field(word_list, _NO_WORDS)
    place_nouns: frozenset[str] = _field(word_list, _NO_WORDS)
    citizenship: frozenset[str] = _field(word_list, _NO_WORDS)
    increment: frozenset[str] = _field(word_list, _NO_WORDS)
    additions: frozenset[str] = _field(word_list, _NO_WORDS)
    among: frozenset[str] = _field(word_list, _NO_WORDS)
    responsible: frozenset[str] = _field(word_list, _NO_WORDS)
    increment_after: frozenset[str] = _field(word_list, _NO_WORDS)
    increment_after_noun: frozenset[str] = _field(word_list, _NO_WORDS)
    infinitive: frozenset[str] = _field(word_list, _NO_WORDS)
    alone: frozenset[str] = _field(word_list, _NO_WORDS)
    rates: Mapping[str, str] = _field(strings, _EMPTY)
    not_rate_before: frozenset[str] = _field(word_list, _NO_WORDS)
    not_rate_after: frozenset[str] = _field(word_list, _NO_WORDS)
    rank_openers: frozenset[str] = _field(word_list, _NO_WORDS)
    superlatives: frozenset[str] = _field(word_list, _NO_WORDS)
    superlative_endings: frozenset[str] = _field(word_list, _NO_WORDS)
    whole: frozenset[str] = _field(word_list, _NO_WORDS)
    item_markers: frozenset[str] = _field(word_list, _NO_WORDS)
    ranking: frozenset[str] = _field(word_list, _NO_WORDS)
    definite: frozenset[str] = _field(word_list, _NO_WORDS)
    abbreviations: frozenset[str] = _field(word_list, _NO_WORDS)


# -- when ----------------------------------------------------------------------


@attrs.frozen
class RelativeTime:
    """A phrase naming a period relative to the publication date: "last year" is year, -1.

    ``unit`` is ``"year"``, ``"month"``, ``"week"`` or ``"day"``.
    """

    unit: str
    offset: int


_TIME_UNITS = ("year", "month", "week", "day")


def _time_units(raw: object, where: str) -> Mapping[str, str]:
    units: Mapping[str, str] = strings(raw, where)
    for key, unit in units.items():
        if unit not in _TIME_UNITS:
            raise LexiconError(f"{where}.{key}: a time unit is one of {_TIME_UNITS}")
    return units


def _relative_times(raw: object, where: str) -> Mapping[str, RelativeTime]:
    out = {}
    for key, value in _table(raw, where).items():
        entry = _table(value, f"{where}.{key}")
        _only(entry, ("unit", "offset"), f"{where}.{key}")
        unit, offset = entry.get("unit"), entry.get("offset")
        if unit not in _TIME_UNITS or not isinstance(offset, int) or isinstance(offset, bool):
            raise LexiconError(f"{where}.{key}: needs a unit of {_TIME_UNITS} and an int offset")
        out[_folded(key)] = RelativeTime(unit, offset)
    return _frozen(out)


@attrs.frozen
class Dates:
    """``dates.toml``: month and weekday names, and words around dates."""

    months: Mapping[str, int] = _field(integers, _EMPTY)
    weekdays: Mapping[str, int] = _field(integers, _EMPTY)
    day_suffixes: frozenset[str] = _field(word_list, _NO_WORDS)
    relative: Mapping[str, RelativeTime] = _field(_relative_times, _EMPTY)
    year_prepositions: frozenset[str] = _field(word_list, _NO_WORDS)
    year_markers: frozenset[str] = _field(word_list, _NO_WORDS)
    year_words: frozenset[str] = _field(word_list, _NO_WORDS)
    day_articles: frozenset[str] = _field(word_list, _NO_WORDS)
    name_nouns: frozenset[str] = _field(word_list, _NO_WORDS)
    since: frozenset[str] = _field(word_list, _NO_WORDS)
    not_ours: frozenset[str] = _field(word_list, _NO_WORDS)
    since_events: frozenset[str] = _field(word_list, _NO_WORDS)
    period_joiners: frozenset[str] = _field(word_list, _NO_WORDS)
    time_units: Mapping[str, str] = _field(_time_units, _EMPTY)
    time_duals: Mapping[str, str] = _field(_time_units, _EMPTY)
    ago_after: frozenset[str] = _field(word_list, _NO_WORDS)
    ago_before: frozenset[str] = _field(word_list, _NO_WORDS)
    months_capitalised: bool = _field(_flag, False)
    """Month names are written with a capital ("March"): "joined the march" names none."""


@attrs.frozen
class Transliteration:
    """``transliteration.toml``: letters to Latin, and weak letters read as vowels inside words."""

    letters: Mapping[str, str] = _field(strings, _EMPTY)
    glides: Mapping[str, str] = _field(strings, _EMPTY)
    endings: Mapping[str, str] = _field(strings, _EMPTY)
    articles: Mapping[str, str] = _field(strings, _EMPTY)
    initials: Mapping[str, str] = _field(strings, _EMPTY)
    ending_letters: Mapping[str, str] = _field(strings, _EMPTY)
    names: Mapping[str, str] = _field(strings, _EMPTY)
    opening_vowel: str | None = _field(_letters, None)
    """The vowel read after a word's first consonant when another consonant
    follows it, in a script that writes no short vowels ("بصل" is "Basl")."""


def structure(cls: type[_T], raw: Mapping[str, Any], where: str) -> _T:
    """Read one parsed TOML file into ``cls``, rejecting tables and keys it does not know.

    Args:
        cls: One of the schema classes of this module.
        raw: The file as :mod:`tomllib` parsed it.
        where: The file's name, for error messages.

    Raises:
        LexiconError: On an unknown table or key, or a value of the wrong shape.
    """
    fields = {f.name: f for f in attrs.fields(cls)}  # type: ignore[arg-type]
    kwargs = {}
    for key, value in raw.items():
        field = fields.get(key)
        if field is None:
            expected = ", ".join(sorted(fields))
            raise LexiconError(f"{where}: unknown key {key!r}; expected one of {expected}")
        kwargs[key] = field.metadata["read"](value, f"{where} [{key}]")
    return cls(**kwargs)
