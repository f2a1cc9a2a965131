"""The language registry: which languages have a folder, and their lexicons, loaded once.

A language is a folder of ``reconcile/lang/`` holding a ``numbers.toml``;
:func:`lexicon` reads every file of it through the typed schema of
:mod:`reconcile.lang.schema` into a frozen :class:`Lexicon`. Codes resolve
with regional fallback (``ar-EG`` -> ``ar``).

Examples:
    >>> lexicon("en").numbers.cardinals["twenty"]
    20
    >>> lexicon("en-GB").code
    'en'
    >>> lexicon("xx")
    Traceback (most recent call last):
    ...
    reconcile.errors.UnsupportedLanguageError: no lexicon for language 'xx'; available: ar, en, ru
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

import attrs

from ..errors import LexiconError, UnsupportedLanguageError
from ..text import fold
from .schema import (
    Dates,
    Grammar,
    Measures,
    Numbers,
    Places,
    Qualifiers,
    QualifierWord,
    Speakers,
    Subjects,
    Transliteration,
    structure,
)

__all__ = [
    "Lexicon",
    "available_languages",
    "detect_language",
    "lexicon",
    "opening_vowels",
    "transliteration",
]

# the files a language folder may hold, and the schema class of each
_FILES: dict[str, type] = {
    "numbers": Numbers,
    "qualifiers": Qualifiers,
    "measures": Measures,
    "subjects": Subjects,
    "places": Places,
    "speakers": Speakers,
    "grammar": Grammar,
    "dates": Dates,
    "transliteration": Transliteration,
    "script": dict,
}


@attrs.frozen(eq=False)
class Lexicon:
    """Everything reconcile knows about one language, typed, folded and read-only.

    Attributes:
        code: The language code of the folder it was read from.
        numbers, qualifiers, measures, subjects, places, speakers, grammar,
            dates, transliteration: One typed record per file (see
            :mod:`reconcile.lang.schema`); a missing file gives an empty record.
        script: The Unicode ranges of the language's letters, for detection.

    The remaining attributes are views the quantity scanner reads often.
    """

    code: str
    numbers: Numbers
    qualifiers: Qualifiers
    measures: Measures
    subjects: Subjects
    places: Places
    speakers: Speakers
    grammar: Grammar
    dates: Dates
    transliteration: Transliteration
    script: str

    @property
    def cardinals(self) -> Mapping[str, int]:
        """Number words that add ("twenty" -> 20)."""
        return self.numbers.cardinals

    @property
    def scales(self) -> Mapping[str, int]:
        """Number words that multiply ("hundred" -> 100)."""
        return self.numbers.scales

    @property
    def suffixes(self) -> Mapping[str, int]:
        """Abbreviations that multiply digits ("bn")."""
        return self.numbers.suffixes

    @property
    def vague(self) -> Mapping[str, tuple[int | float, int | float]]:
        """Phrases read as an interval ("hundreds" -> (100, 999))."""
        return self.numbers.vague

    @property
    def vague_multipliers(self) -> Mapping[str, tuple[int | float, int | float]]:
        """Words that make a following scale vague ("several")."""
        return self.numbers.vague_multipliers

    @property
    def joiners(self) -> frozenset[str]:
        """Words allowed between number words ("and")."""
        return frozenset(self.numbers.joiners)

    @property
    def before(self) -> Mapping[str, QualifierWord]:
        """Qualifier phrases written before a figure."""
        return self.qualifiers.before

    @property
    def after(self) -> Mapping[str, QualifierWord]:
        """Qualifier phrases written after a figure."""
        return self.qualifiers.after

    @property
    def ranges(self) -> tuple[tuple[str, str], ...]:
        """(opening word, joining word) pairs that make a range."""
        return self.qualifiers.range

    @functools.cached_property
    def duals(self) -> Mapping[str, str]:
        """Dual noun forms that state a count of two, to their singular ("طفلاي" -> "طفل")."""
        d = self.numbers.duals
        return MappingProxyType({fold(s + x): s for s in d.words for x in d.suffixes})

    @functools.cached_property
    def prefixes(self) -> tuple[str, ...]:
        """Proclitics that may stand before any word (Arabic "و", "ال"), shortest first."""
        return tuple(sorted(self.numbers.prefixes, key=len))

    @property
    def teens(self) -> frozenset[str]:
        """Words that make a teen of the unit before them (Arabic "عشر")."""
        return self.numbers.teens


def _root() -> Any:
    return resources.files(__package__)


@functools.cache
def available_languages() -> tuple[str, ...]:
    """The codes of every language with a lexicon folder, sorted.

    Examples:
        >>> available_languages()
        ('ar', 'en', 'ru')
    """
    return tuple(
        sorted(p.name for p in _root().iterdir() if p.is_dir() and (p / "numbers.toml").is_file())
    )


def _resolve(code: str) -> str:
    if not isinstance(code, str):
        raise TypeError(f"language code must be a str, not {type(code).__name__}")
    base = re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]
    if base not in available_languages():
        raise UnsupportedLanguageError(code, available_languages())
    return base


@functools.cache
def _load(code: str) -> Lexicon:
    folder = _root() / code
    parts: dict[str, Any] = {}
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".toml"):
            continue
        stem = entry.name.removesuffix(".toml")
        where = f"lang/{code}/{entry.name}"
        if stem not in _FILES:
            raise LexiconError(f"{where}: unknown lexicon file; expected one of {sorted(_FILES)}")
        try:
            raw = tomllib.loads(entry.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as err:
            raise LexiconError(f"{where}: not valid TOML: {err}") from None
        if stem != "script":
            parts[stem] = structure(_FILES[stem], raw, where)
    parts["script"] = _script(code)
    for stem, cls in _FILES.items():
        if stem not in parts:
            parts[stem] = cls()
    return Lexicon(code=code, **parts)


@functools.cache
def _script(code: str) -> str:
    """The letters of a language's script (``script.toml``), read without the rest of its lexicon.

    Language detection asks every language for its letters: reading only
    this file spares a document in one language the parsing of every other
    language's lexicon.
    """
    entry = _root() / code / "script.toml"
    if not entry.is_file():
        return ""
    where = f"lang/{code}/script.toml"
    try:
        raw = tomllib.loads(entry.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise LexiconError(f"{where}: not valid TOML: {err}") from None
    ranges = raw.get("letters")
    if set(raw) != {"letters"} or not isinstance(ranges, str):
        raise LexiconError(f"{where}: needs exactly one key, letters = '<ranges>'")
    return ranges


def lexicon(code: str) -> Lexicon:
    """The lexicon for a language code, with regional fallback (``ar-EG`` -> ``ar``).

    Raises:
        UnsupportedLanguageError: If no folder serves the code.
        LexiconError: If a file of the folder does not fit the schema.
        TypeError: If ``code`` is not a string.
    """
    return _load(_resolve(code))


@functools.cache
def transliteration() -> Transliteration:
    """Every language's letters to Latin, merged: the table names are compared with."""
    letters: dict[str, str] = {}
    glides: dict[str, str] = {}
    endings: dict[str, str] = {}
    articles: dict[str, str] = {}
    initials: dict[str, str] = {}
    ending_letters: dict[str, str] = {}
    names: dict[str, str] = {}
    for code in available_languages():
        table = lexicon(code).transliteration
        letters.update(table.letters)
        glides.update(table.glides)
        endings.update(table.endings)
        articles.update(table.articles)
        initials.update(table.initials)
        ending_letters.update(table.ending_letters)
        names.update(table.names)
    return Transliteration(
        MappingProxyType(letters),
        MappingProxyType(glides),
        MappingProxyType(endings),
        MappingProxyType(articles),
        MappingProxyType(initials),
        MappingProxyType(ending_letters),
        MappingProxyType(names),
    )


@functools.cache
def opening_vowels() -> Mapping[str, str]:
    """Each letter of a script that writes no short vowels -> the vowel that opens a word after it.

    From the ``opening_vowel`` of every language's ``transliteration.toml``
    (Arabic "a": "بصل" is "Basl").
    """
    vowels: dict[str, str] = {}
    for code in available_languages():
        table = lexicon(code).transliteration
        if table.opening_vowel is not None:
            vowels.update(dict.fromkeys(table.letters, table.opening_vowel))
    return MappingProxyType(vowels)


@functools.cache
def _scripts() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (code, re.compile(f"[{_script(code)}]")) for code in available_languages() if _script(code)
    )


def detect_language(text: str) -> str:
    """Guess the language of ``text`` from its script.

    Counts the letters of each language's script (``script.toml``) in the
    first 20,000 characters; the language with most wins, and ties go to
    the first in code order. Text with no letters of any is taken as English.

    Examples:
        >>> detect_language("Around 300 Tajiks")
        'en'
        >>> detect_language("نحو 60 ألفا")
        'ar'
    """
    sample = text[:20000]
    best, most = "en", 0
    for code, letters in _scripts():
        count = len(letters.findall(sample))
        if count > most:
            best, most = code, count
    return best


@functools.cache
def grammar_words(key: str) -> re.Pattern[str]:
    """Every language's words of one ``grammar.toml`` table, as whole words, longest first.

    For a stage that reads a claim's quote without knowing its language: the
    words of one script never occur in another's text.

    Example:
        >>> bool(grammar_words("remainder").search("the rest came home"))
        True
    """
    words = sorted(
        {w for code in available_languages() for w in getattr(lexicon(code).grammar, key)},
        key=len,
        reverse=True,
    )
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
