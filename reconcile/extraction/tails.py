r"""Cheap exact tests before the end-anchored regexes read near a reporting verb.

A regex ending in ``\s*$`` is tried by ``re`` at every position of the text
it searches; before each reporting verb that is up to a few hundred
characters, five times. Such a regex can only match when the text, spaces
aside, ends with what its last element can end with (one of a few words, a
comma): testing that first skips the search when it cannot match, and gives
the same result when it can.
"""

from __future__ import annotations

import functools
import re

__all__ = ["ends_with", "last_tokens", "phrase_tails", "sub_at_end"]


def _solid_end(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


@functools.cache
def phrase_tails(phrases: frozenset[str]) -> tuple[str, ...] | None:
    """The last words of the phrases of a :func:`~reconcile.text.trie_regex`.

    A match of that regex ends with one of them as written: a space inside a
    phrase may match a run of spaces or a hyphen, but its last word is
    matched letter by letter. ``None`` when a phrase is empty or ends with a
    space (the test would then not be exact).

    Examples:
        >>> sorted(phrase_tails(frozenset({"has", "had been", "so-called"})))
        ['been', 'has', 'so-called']
        >>> phrase_tails(frozenset({"well "})) is None
        True
    """
    tails = set()
    for phrase in phrases:
        if not phrase or phrase[-1].isspace():
            return None
        tails.add(phrase.rsplit(" ", 1)[-1])
    return tuple(sorted(tails))


def ends_with(text: str, lo: int, hi: int, tails: tuple[str, ...] | None) -> bool:
    """Whether ``text[lo:hi]``, trailing spaces aside, ends with one of ``tails`` (``None``: yes).

    Examples:
        >>> ends_with("they have  ", 0, 11, ("has", "have")), ends_with("x,", 0, 2, (")",))
        (True, False)
    """
    return tails is None or text.endswith(tails, lo, _solid_end(text, lo, hi))


def sub_at_end(
    pattern: re.Pattern[str], tails: tuple[str, ...] | None, repl: str, text: str
) -> str:
    r"""``pattern.sub(repl, text)`` for a pattern whose match ends in ``\s*$``.

    ``tails`` holds what the match may end with, spaces aside (``None``:
    unknown); when the text ends with none of them there is no match, and the
    text is returned as it is.
    """
    if not ends_with(text, 0, len(text), tails):
        return text
    return pattern.sub(repl, text)


def last_tokens(pattern: re.Pattern[str], text: str, count: int, reach: int) -> list[str]:
    """``pattern.findall(text)``, or only its last items when enough lie near the end.

    Only the last ``reach`` characters are read when more than ``count``
    matches lie there.
    ``pattern`` must match no space character, so that a space ends every
    match and starting to read at one gives the same matches after it. The
    caller reads only the last ``count`` items, and which items come before
    them only by whether there are any: both hold for the shorter list.
    """
    cut = len(text) - reach
    if cut > 0:
        space = text.find(" ", cut)
        if space >= 0:
            tail: list[str] = pattern.findall(text, space)
            if len(tail) > count:
                return tail
    found: list[str] = pattern.findall(text)
    return found
