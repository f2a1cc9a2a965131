"""Speakers as output: organisations by their canonical English name, people in Latin letters.

A speaker is read as written ("МВД Таджикистана", "هيئة الأمن الفيدرالي",
"заместитель министра Олег Сыромолотов"). Output names must meet across
languages (CONTRACT.md): an organisation the language's
``[organizations_canonical]`` table knows is given its English name, a person
keeps their name (their title is a role, kept apart) in Latin letters, and
anything else is transliterated.
"""

from __future__ import annotations

import functools
import re

from ..lang import transliteration
from ..text import fold
from .knowledge import Knowledge

__all__ = ["canonical_speaker", "nominative", "to_latin"]

# to_latin lives here, below reconcile.names (which re-exports it): extraction
# may not import the scope layer.
_WORDS = re.compile(r"[^\W\d_]+|[^\w]+|\d+")


@functools.lru_cache(maxsize=65536)
def to_latin(name: str) -> str:
    """A name in Latin letters for output: Cyrillic and Arabic transliterated, Latin kept.

    Uses the ``[letters]``, ``[glides]`` and ``[endings]`` tables of every
    language's ``transliteration.toml`` (BGN/PCGN for Russian, as English
    wire copy writes Russian and Central Asian names; a simplified ALA-LC for
    Arabic, whose short vowels are not written, so the result is only as good
    as the letters allow). Each transliterated word is capitalised; a name
    already in Latin letters is returned unchanged.

    Examples:
        >>> to_latin("Олег Сыромолотов")
        'Oleg Syromolotov'
        >>> to_latin("Сергей Смирнов")
        'Sergei Smirnov'
        >>> to_latin("Associated Press")
        'Associated Press'
        >>> to_latin("نزاروف")
        'Nzaruf'
    """
    if name.isascii():
        return name
    table = transliteration()
    out = []
    for token in _WORDS.findall(name):
        if token.isascii() or not token[0].isalpha():
            out.append(token)
            continue
        word = fold(token)
        ending = ""
        for written, latin in table.endings.items():
            if word.endswith(written) and len(word) > len(written) + 1:
                word, ending = word[: -len(written)], latin
                break
        letters = []
        for i, ch in enumerate(word):
            glide = table.glides.get(ch)
            if glide is not None and i > 0 and word[i - 1].isalpha():
                letters.append(glide)  # a weak letter inside a word is a long vowel
            else:
                letters.append(table.letters.get(ch, ch if ch.isascii() else ""))
        latin_word = "".join(letters) + ending
        out.append(latin_word[:1].upper() + latin_word[1:])
    return "".join(out).strip()


_TOKENS = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")

# The longest organisation name looked for, in words ("министерство внутренних
# дел республики таджикистан" has five): bounds the work per speaker.
_ORG_WORDS = 6


def canonical_speaker(name: str, know: Knowledge) -> str:
    """The speaker's name as output: canonical English, else Latin letters.

    Args:
        name: The speaker as the text writes it (any script).
        know: The compiled lexicon of the document's language.

    Returns:
        The canonical English name of a known organisation when the speaker is
        the organisation itself; the person's name in Latin letters when a
        capitalised name follows the organisation and title words ("глава МВД
        Рахимзода" -> "Rakhimzoda"); otherwise the name transliterated.

    Notes:
        Constant work per speaker: at most ``_ORG_WORDS``-word sequences of a
        name of a bounded number of words are looked up.

    Examples:
        >>> from reconcile.extraction.knowledge import knowledge
        >>> canonical_speaker("МВД Таджикистана", knowledge("ru"))
        'Tajik Interior Ministry'
        >>> canonical_speaker("глава МВД Рахимзода", knowledge("ru"))
        'Rakhimzoda'
        >>> canonical_speaker("the UNHCR", knowledge("en"))
        'UN refugee agency (UNHCR)'
        >>> canonical_speaker("Lemon", knowledge("en"))
        'Lemon'
    """
    tokens = [(m.group(), fold(m.group())) for m in _TOKENS.finditer(name)][:16]
    folded = [f for _, f in tokens]
    best: tuple[int, int, str] | None = None  # (start, end, canonical) of the longest name
    for i in range(len(folded)):
        for j in range(min(len(folded), i + _ORG_WORDS), i, -1):
            canonical = know.organizations.get(" ".join(folded[i:j]))
            if canonical is not None:
                if best is None or j - i > best[1] - best[0]:
                    best = (i, j, canonical)
                break
    if best is None:
        return to_latin(_named_body(name, know))
    _, end, canonical = best
    # a capitalised name after the organisation and the titles is a person
    # speaking for it: the person is the speaker, the office their role
    rest = [
        written
        for written, low in tokens[end:]
        if low not in know.titles and low not in know.title_modifiers and low not in know.links
    ]
    if rest and all(w[:1].isupper() for w in rest) and not _is_place(rest, know):
        return to_latin(" ".join(rest))
    return _of_country(canonical, folded[end : end + _ORG_WORDS], know)


def _of_country(canonical: str, after: list[str], know: Knowledge) -> str:
    """An office of no country given the country its name is followed by.

    "МВД Азербайджана": "Interior Ministry" is an office every country has
    (the table also lists it with a nationality: "Tajik Interior
    Ministry"), and the place after it in the genitive names the country
    (subjects.toml [origins]: "азербайджана" -> "Azerbaijani nationals"), so
    the speaker is "Azerbaijani Interior Ministry".
    """
    if canonical not in _offices(know):
        return canonical
    for n in range(len(after), 0, -1):
        group = know.origins.get(" ".join(after[:n]))
        if group is not None and group.endswith(_NATIONALS):
            return f"{group.removesuffix(_NATIONALS)} {canonical}"
    return canonical


_NATIONALS = " nationals"


@functools.cache
def _offices(know: Knowledge) -> frozenset[str]:
    """Canonical names the organisation table also gives with a nationality before them."""
    names = set(know.organizations.values())
    return frozenset(
        name for name in names if any(o.endswith(" " + name) and o != name for o in names)
    )


def nominative(name: str, know: Knowledge) -> str:
    """A person's name read back from the genitive (speakers.toml [genitive_names]).

    Only capitalised words that are neither acronyms, titles, places nor
    known organisations change ("по данным Минобороны" stays).

    Examples:
        >>> from reconcile.extraction.knowledge import knowledge
        >>> nominative("Рамазона Рахимзоды", knowledge("ru"))
        'Рамазон Рахимзода'
        >>> nominative("Анны Кузнецовой", knowledge("ru"))
        'Анна Кузнецова'
    """
    return " ".join(_nominative_word(word, know) for word in name.split())


def _nominative_word(word: str, know: Knowledge) -> str:
    low = fold(word)
    if (
        not word[:1].isupper()
        or word.isupper()
        or low in know.organizations
        or low in know.place_of
        or low in know.titles | know.title_modifiers
    ):
        return word
    for ending, nominative_ending in know.genitive_endings:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            return word[: len(word) - len(ending)] + nominative_ending
    return word


def _named_body(name: str, know: Knowledge) -> str:
    """A body by its own name: "Агентство Reuters" is Reuters, the noun its kind.

    Only a speaker noun ([groups]) followed by capitalised words that are not
    a place ("Police Scotland" stays whole) is dropped.
    """
    first, _, rest = name.partition(" ")
    words = rest.split()
    if (
        words
        and fold(first) in know.groups
        and all(w[:1].isupper() for w in words)
        and not _is_place(words, know)
    ):
        return rest.strip()
    return name


def _is_place(words: list[str], know: Knowledge) -> bool:
    """Whether the words are a place ("Таджикистана"): part of an office, not a person."""
    return " ".join(fold(w) for w in words) in know.place_of
