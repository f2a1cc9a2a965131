"""Language knowledge as data: one folder per language, loaded once.

Each folder (``reconcile/lang/en/``, ``reconcile/lang/ar/``) holds TOML files
(``numbers.toml``, ``qualifiers.toml``, ...) that open with a comment on what
their fields mean. :func:`lexicon` loads a folder into a frozen
:class:`Lexicon`, folding every key with :func:`reconcile.text.fold` so that
lookups and text always meet. Adding a language is adding a folder.

Examples:
    >>> lexicon("en").cardinals["twenty"]
    20
    >>> lexicon("en-GB").code
    'en'
    >>> lexicon("xx")
    Traceback (most recent call last):
    ...
    reconcile.errors.UnsupportedLanguageError: no lexicon for language 'xx'; available: ar, en
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

from ..errors import UnsupportedLanguageError
from ..text import fold

__all__ = ["Lexicon", "QualifierWord", "available_languages", "detect_language", "lexicon"]


@attrs.frozen
class QualifierWord:
    """What a qualifier phrase means: a qualifier name and, for approx, a direction."""

    qualifier: str
    direction: str | None = None


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


@attrs.frozen(eq=False)
class Lexicon:
    """Everything reconcile knows about one language, folded and read-only.

    Attributes:
        code: The language code of the folder it was read from.
        cardinals: Number words that add ("twenty" -> 20).
        scales: Number words that multiply ("hundred" -> 100).
        suffixes: Abbreviations that multiply digits ("bn").
        vague: Phrases read as an interval ("hundreds" -> (100, 999)).
        vague_multipliers: Words that make a following scale vague ("several").
        joiners: Words allowed between number words ("and").
        before: Qualifier phrases written before a figure.
        after: Qualifier phrases written after a figure.
        ranges: (opening word, joining word) pairs that make a range.
        duals: Dual noun forms that state a count of two, to their singular ("طفلاي" -> "طفل").
        prefixes: Proclitics that may stand before any word (Arabic "و", "ال").
        teens: Words that make a teen of the unit before them (Arabic "عشر").
        data: Every table of every file, folded, for the later stages
            (measures, places, speakers) keyed by file stem.
    """

    code: str
    cardinals: Mapping[str, int]
    scales: Mapping[str, int]
    suffixes: Mapping[str, int]
    vague: Mapping[str, tuple[int, int]]
    vague_multipliers: Mapping[str, tuple[int, int]]
    joiners: frozenset[str]
    before: Mapping[str, QualifierWord]
    after: Mapping[str, QualifierWord]
    ranges: tuple[tuple[str, str], ...]
    duals: Mapping[str, str]
    prefixes: tuple[str, ...]
    teens: frozenset[str]
    data: Mapping[str, Mapping[str, Any]]


def _fold_keys(table: Mapping[str, Any]) -> dict[str, Any]:
    return {" ".join(fold(k).split()): v for k, v in table.items()}


def _root() -> Any:
    return resources.files(__name__)


@functools.cache
def available_languages() -> tuple[str, ...]:
    """The codes of every language with a lexicon folder, sorted.

    Examples:
        >>> available_languages()
        ('ar', 'en')
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
    data: dict[str, Mapping[str, Any]] = {}
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".toml"):
            raw = tomllib.loads(entry.read_text(encoding="utf-8"))
            data[entry.name.removesuffix(".toml")] = _frozen(
                {
                    name: _frozen(_fold_keys(t)) if isinstance(t, dict) else t
                    for name, t in raw.items()
                }
            )
    numbers = data.get("numbers", {})
    qualifiers = data.get("qualifiers", {})

    def words(table: Mapping[str, Any]) -> dict[str, QualifierWord]:
        return {k: QualifierWord(v["qualifier"], v.get("direction")) for k, v in table.items()}

    return Lexicon(
        code=code,
        cardinals=_frozen(numbers.get("cardinals", {})),
        scales=_frozen(numbers.get("scales", {})),
        suffixes=_frozen(numbers.get("suffixes", {})),
        vague=_frozen({k: (v[0], v[1]) for k, v in numbers.get("vague", {}).items()}),
        vague_multipliers=_frozen(
            {k: (v[0], v[1]) for k, v in numbers.get("vague_multipliers", {}).items()}
        ),
        joiners=frozenset(numbers.get("joiners", {})),
        before=_frozen(words(qualifiers.get("before", {}))),
        after=_frozen(words(qualifiers.get("after", {}))),
        ranges=tuple((fold(v[0]), fold(v[1])) for v in qualifiers.get("range", {}).values()),
        duals=_frozen(
            {
                fold(stem + suffix): fold(stem)
                for stem in numbers.get("duals", {}).get("words", [])
                for suffix in numbers.get("duals", {}).get("suffixes", [])
            }
        ),
        prefixes=tuple(
            sorted((fold(p) for p in numbers.get("prefixes", {}).get("words", [])), key=len)
        ),
        teens=frozenset(fold(w) for w in numbers.get("teens", {}).get("words", [])),
        data=_frozen(data),
    )


def lexicon(code: str) -> Lexicon:
    """The lexicon for a language code, with regional fallback (``ar-EG`` -> ``ar``).

    Raises:
        UnsupportedLanguageError: If no folder serves the code.
        TypeError: If ``code`` is not a string.
    """
    return _load(_resolve(code))


_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str:
    """Guess the language of ``text`` from its script: ``"ar"`` or ``"en"``.

    Counts Arabic-script against Latin letters in the first 20,000 characters;
    text with neither is taken as English.

    Examples:
        >>> detect_language("Around 300 Tajiks")
        'en'
        >>> detect_language("نحو 60 ألفا")
        'ar'
    """
    sample = text[:20000]
    arabic = len(_ARABIC.findall(sample))
    return "ar" if arabic > len(_LATIN.findall(sample)) else "en"
