"""Language knowledge as data: one folder per language, and canonical knowledge shared by all.

Each language folder (``reconcile/lang/en/``, ``reconcile/lang/ar/``) holds
TOML files (``numbers.toml``, ``qualifiers.toml``, ...) that open with a
comment on what their fields mean; :mod:`~reconcile.lang.schema` types every
file, and :func:`lexicon` loads a folder into a frozen :class:`Lexicon`.
Knowledge that belongs to no language (places within places, groups within
groups, how measures behave over time) lives in ``reconcile/lang/canon/`` and
is read by :func:`canon`. Adding a language is adding a folder.

Examples:
    >>> lexicon("en").numbers.cardinals["twenty"]
    20
    >>> lexicon("en-GB").code
    'en'
    >>> canon().place_parents["Mosul"]
    'Iraq'
"""

from .canon import Canon as Canon
from .canon import canon as canon
from .registry import Lexicon as Lexicon
from .registry import available_languages as available_languages
from .registry import detect_language as detect_language
from .registry import grammar_words as grammar_words
from .registry import lexicon as lexicon
from .registry import opening_vowels as opening_vowels
from .registry import transliteration as transliteration
from .schema import QualifierWord as QualifierWord

__all__ = [
    "Canon",
    "Lexicon",
    "QualifierWord",
    "available_languages",
    "canon",
    "detect_language",
    "grammar_words",
    "lexicon",
    "opening_vowels",
    "transliteration",
]
