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

from .extraction.sources import to_latin
from .lang import canon, transliteration
from .text import fold

__all__ = ["latin_key", "names_match", "same_source", "source_key", "to_latin"]

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
        if glide is not None and i > 0 and folded[i - 1].isalpha():
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
    return f" {x} ", x.rsplit(" ", 1)[-1]


def same_source(a: str, b: str) -> bool:
    """Whether two speaker names name one source, in any script or spelling.

    Stricter than :func:`names_match`: one name must contain the other
    ("Associated Press" in "Associated Press investigation"), or the last
    words, the surname or the head noun, must meet ("Zied El-Heni" and
    "journalist Zied El-Heni"; "Khalimov" and "حليموف"). Names that only
    share a word such as "Tajik" or "of" are two sources.

    Examples:
        >>> same_source("Tajik Interior Ministry", "Interior Ministry")
        True
        >>> same_source("Gulmurod Khalimov", "حليموف")
        True
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
    if min(len(word_x), len(word_y)) < 4:
        return False  # "al", "of", initials: too short to identify anyone
    return latin_key(word_x) == latin_key(word_y)


@functools.lru_cache(maxsize=65536)
def source_key(name: str) -> str:
    """A key that names of one source mostly share: the Latin key of the last word.

    What :func:`same_source` compares when neither name contains the other,
    so that names kept under one key need only be checked against each other.
    Names one of which contains the other with other last words
    ("Associated Press investigation") may fall under two keys.

    Examples:
        >>> source_key("Gulmurod Khalimov") == source_key("حليموف")
        True
        >>> source_key("Tajik Interior Ministry") == source_key("Interior Ministry")
        True
    """
    word = _source(name)[1]
    return latin_key(word) if len(word) >= 4 else word
