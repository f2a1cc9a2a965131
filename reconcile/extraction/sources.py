"""Speakers as output: organisations by their canonical English name, people in Latin letters.

A speaker is read as written ("МВД Таджикистана", "هيئة الأمن الفيدرالي",
"заместитель министра Олег Сыромолотов"). Output names must meet across
languages (CONTRACT.md): an organisation the language's
``[organizations_canonical]`` table knows is given its English name, a person
keeps their name (their title is a role, kept apart) in Latin letters, and
anything else is transliterated.
"""

from __future__ import annotations

import re

from ..names import to_latin
from ..text import fold
from .knowledge import Knowledge

__all__ = ["canonical_speaker"]

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
        return to_latin(name)
    start, end, canonical = best
    # a capitalised name after the organisation and the titles is a person
    # speaking for it: the person is the speaker, the office their role
    rest = [
        written
        for written, low in tokens[end:]
        if low not in know.titles and low not in know.title_modifiers and low not in know.links
    ]
    if rest and all(w[:1].isupper() for w in rest) and not _is_place(rest, know):
        return to_latin(" ".join(rest))
    return canonical


def _is_place(words: list[str], know: Knowledge) -> bool:
    """Whether the words are a place ("Таджикистана"): part of an office, not a person."""
    return " ".join(fold(w) for w in words) in know.place_of
