"""Names across scripts and spellings: Khalimov, Halimov and حليموف meet.

A name is reduced to a spelling-insensitive Latin key (:func:`latin_key`):
folded, transliterated letter by letter with the tables of every language's
``transliteration.toml``, with sounds that transliterations write
differently merged (``lang/canon/sounds.toml``) and vowels dropped.
"""

from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz

from .extraction.sources import before_vowel, to_latin
from .lang import available_languages, canon, lexicon, transliteration
from .text import fold

__all__ = ["latin_key", "names_match", "same_source", "same_voice", "source_key", "to_latin"]

_VOWELS = re.compile(r"(?<=.)[aeiouy]+")
_REPEATS = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=65536)
def latin_key(name: str) -> str:
    """A spelling-insensitive Latin key of a name, the same across scripts.

    Folds, transliterates Arabic letters, merges sounds that transliterations
    write differently and keeps the consonant skeleton, so that Khalimov,
    Halimov and حليموف give one key.

    Examples:
        >>> latin_key("Khalimov"), latin_key("Halimov"), latin_key("حليموف")
        ('hlmv', 'hlmv', 'hlmv')
        >>> latin_key("Nazarov") == latin_key("نزاروف")
        True
        >>> latin_key("")
        ''
    """
    table = transliteration()
    folded = fold(name)
    out = []
    for i, ch in enumerate(folded):
        glide = table.glides.get(ch)
        if glide is not None and i > 0 and folded[i - 1].isalpha() and not before_vowel(folded, i):
            out.append(glide)  # a weak letter inside a word is a long vowel (Arabic "و", "ي")
        else:
            out.append(table.letters.get(ch, ch))
    text = "".join(out)
    text = re.sub(r"[^a-z ]", "", text)
    for written, sound in canon().sounds:
        text = text.replace(written, sound)
    words = [_REPEATS.sub(r"\1", _VOWELS.sub("", w)) for w in text.split()]
    return " ".join(w for w in words if w)


def names_match(a: str, b: str, *, threshold: float = 0.85) -> bool:
    """Whether two names, in any script or spelling, may name one person or body.

    Compares :func:`latin_key` with rapidfuzz (token-set ratio, 0-1 scale),
    so "Abdul Ahad Rustam Nazarov" matches "نزاروف" and "Gulmurod Khalimov"
    matches "جولمورود حليموف".

    Examples:
        >>> names_match("Gulmurod Khalimov", "Gulmurod Halimov")
        True
        >>> names_match("Abdul Ahad Rustam Nazarov", "نزاروف")
        True
        >>> names_match("Ramazon Rahimzoda", "Emomali Rahmon")
        False
    """
    ka, kb = latin_key(a), latin_key(b)
    if not ka or not kb:
        return False
    if set(ka.split()) & set(kb.split()):
        return True
    return fuzz.token_set_ratio(ka, kb) / 100.0 >= threshold


_TOKENS = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=65536)
def _plain(name: str) -> str:
    return " ".join(_TOKENS.findall(fold(name)))


@functools.lru_cache(maxsize=65536)
def _source(name: str) -> tuple[str, str]:
    """A name's plain words between two spaces, and its last word ("" when it has none).

    Read once per name: a million claims compare hundreds of thousands of
    distinct pairs of speakers, more than a cache of pairs holds.
    """
    x = _plain(name)
    words = x.rsplit(" ", 2)
    # the opening word as short as the list's ("Abdoulaye" has the skeleton of "Abdul")
    if (
        len(words) > 1
        and len(words[-2]) <= _JOINED_LETTERS
        and latin_key(words[-2]) in _joined_keys()
    ):
        # "نافع أبو بكر", "Nafiu Abubakar": a two-word surname written as one
        return f" {x} ", words[-2] + words[-1]
    return f" {x} ", words[-1]


_JOINED_LETTERS = 6
"""The longest word that opens a two-word name ("abdel", "абдель")."""


@functools.cache
def _joined_keys() -> frozenset[str]:
    """:func:`latin_key` of each word that opens a two-word name ("abu": "ab")."""
    return frozenset(latin_key(w) for w in canon().joined_names)


@functools.cache
def _body_words() -> tuple[frozenset[str], frozenset[str]]:
    """Every language's organisation head nouns and link words, as output writes names.

    Speakers reach the relation stage in Latin letters (``to_latin``), so
    the data's "وزارة" is looked for as "wzarh" and "министерство" as
    "ministerstvo"; a name in its own script is read through ``to_latin`` too.
    """
    heads: set[str] = set()
    links: set[str] = set()
    for code in available_languages():
        speakers = lexicon(code).speakers
        heads.update(speakers.organization_heads)
        links.update(speakers.name_links | speakers.articles | speakers.org_links)

    def latin(words: set[str]) -> frozenset[str]:
        # a word of two tokens ("prosecutor's") is never one word of a name
        found = (_TOKENS.findall(fold(to_latin(w))) for w in words)
        return frozenset(t[0] for t in found if len(t) == 1)

    return latin(heads), latin(links)


@functools.lru_cache(maxsize=65536)
def _body(name: str) -> tuple[str, tuple[str, ...]] | None:
    """The key of a body's head noun and the keys of the words that tell which body it is.

    ``None`` for a name with no head noun (a person, "Associated Press"). The
    head is the last word when it is one ("Tajik Interior Ministry"), else
    the first one in the name ("Ministry of Health", "Wazarh al-Shh",
    "Sledstvenny Komitet Rossii"): one rule for languages that write the
    head last and those that write it first. Link words ("of", "the", "al")
    tell no body apart; digits stay as written ("Unit 12" is not "Unit 7").
    """
    heads, links = _body_words()
    words = _TOKENS.findall(fold(to_latin(name)))
    if not words:
        return None
    if words[-1] in heads:
        at = len(words) - 1
    else:
        at = next((i for i, w in enumerate(words) if w in heads), -1)
        if at < 0:
            return None
    others = (w for i, w in enumerate(words) if i != at and w not in links)
    return latin_key(words[at]) or words[at], tuple(sorted({latin_key(w) or w for w in others}))


def _meets(word: str, others: tuple[str, ...]) -> bool:
    # an inflected form keeps its stem: "vntrnn" (внутренние) meets "vntrnnkh" (внутренних)
    return any(
        word == o or (min(len(word), len(o)) >= 4 and (o.startswith(word) or word.startswith(o)))
        for o in others
    )


def _within(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return all(_meets(w, b) for w in a)


def same_source(a: str, b: str) -> bool:
    """Whether two speaker names name one source, in any script or spelling.

    Stricter than :func:`names_match`: one name must contain the other
    ("Associated Press" in "Associated Press investigation"); or both name a
    body with one head noun (``organization_heads`` in ``speakers.toml``)
    and the words that tell which body it is meet, those of one name all
    among those of the other ("Interior Ministry" and "Ministry of the
    Interior"; not "Health Ministry" and "Interior Ministry"); or, for
    other names, the last words, the surnames, meet ("Zied El-Heni" and
    "journalist Zied El-Heni"; "Khalimov" and "حليموف"). Names that only
    share a word such as "Tajik" or "of" are two sources.

    Examples:
        >>> same_source("Tajik Interior Ministry", "Interior Ministry")
        True
        >>> same_source("Gulmurod Khalimov", "حليموف")
        True
        >>> same_source("Ramzan Kadyrov", "رمضان قديروف")
        True
        >>> same_source("Health Ministry", "Interior Ministry")
        False
        >>> same_source("Ministry of the Interior", "Tajik Interior Ministry")
        True
        >>> same_source("وزارة الصحة", "وزارة الداخلية")
        False
        >>> same_source("Tajik Interior Ministry", "Tajik authorities")
        False
        >>> same_source("State Committee for National Security", "Edward Lemon of Exeter")
        False
        >>> same_source("Speaker 12", "Speaker 7")
        False
    """
    x, word_x = _source(a)
    y, word_y = _source(b)
    if not word_x or not word_y:
        return False
    if x in y or y in x:
        return True
    body_x, body_y = _body(a), _body(b)
    if body_x is not None or body_y is not None:
        # a body is never a person, and shares a head noun with many others
        return (
            body_x is not None
            and body_y is not None
            and body_x[0] == body_y[0]
            and (_within(body_x[1], body_y[1]) or _within(body_y[1], body_x[1]))
        )
    if min(len(word_x), len(word_y)) < 4:
        return False  # "al", "of", initials: too short to identify anyone
    key = latin_key(word_x)
    # a word of letters no table knows has an empty key, which tells nothing
    return bool(key) and key == latin_key(word_y)


def same_voice(a: str, b: str) -> bool:
    """Whether two speaker names are one voice, whose later figure replaces its earlier one.

    :func:`same_source`, less its last rule: two names that meet only in
    their last word, the other words differing, may be two people or two
    groups ("US officials", "Tajik officials"), and one of them does not
    revise the other's count.

    Examples:
        >>> same_voice("Interior Ministry", "Tajik Interior Ministry")
        True
        >>> same_voice("Khalimov", "حليموف")
        True
        >>> a, b = "US officials", "Tajik officials"
        >>> same_voice(a, b), same_source(a, b)
        (False, True)
    """
    if not same_source(a, b):
        return False
    x, y = _source(a)[0], _source(b)[0]
    if x in y or y in x or _body(a) is not None:
        return True  # (same_source found both bodies alike, or one name holds the other)
    return latin_key(x) == latin_key(y)


@functools.lru_cache(maxsize=65536)
def source_key(name: str) -> str:
    """A key that names of one source mostly share: a body's head noun, else the last word.

    What :func:`same_source` compares when neither name contains the other,
    so that names kept under one key need only be checked against each other.
    Names one of which contains the other with other last words
    ("Associated Press investigation") may fall under two keys.

    Examples:
        >>> source_key("Gulmurod Khalimov") == source_key("حليموف")
        True
        >>> source_key("Tajik Interior Ministry") == source_key("Ministry of Health")
        True
        >>> source_key("وزارة الصحة") == source_key("Wazarh al-Dakhlih")
        True
    """
    body = _body(name)
    if body is not None:
        return body[0]
    word = _source(name)[1]
    return latin_key(word) if len(word) >= 4 else word
