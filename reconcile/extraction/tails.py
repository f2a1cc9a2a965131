r"""Cheap exact tests before the end-anchored regexes read near a reporting verb.

A regex ending in ``\s*$`` is tried by ``re`` at every position of the text
it searches; before each reporting verb that is up to a few hundred
characters, five times. Such a regex can only match when the last character
that is not a space is one that its last element can end with: testing that
one character first skips the search when it cannot match, and gives the
same result when it can.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

__all__ = ["last_solid", "last_tokens", "phrase_ends", "sub_at_end"]


def last_solid(text: str, lo: int, hi: int) -> str:
    r"""The last character of ``text[lo:hi]`` that is not a space, or ``""``.

    "Space" is what ``\s`` matches in a ``str`` regex (the characters
    ``str.isspace`` accepts).

    Examples:
        >>> last_solid("he said, \n", 0, 10), last_solid("  ", 0, 2), last_solid("ab", 0, 1)
        (',', '', 'a')
    """
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return text[hi - 1] if hi > lo else ""


@functools.cache
def phrase_ends(phrases: frozenset[str]) -> frozenset[str] | None:
    """The characters that the phrases of a :func:`~reconcile.text.trie_regex` end with.

    ``None`` when a phrase ends with a character that a space run or a hyphen
    of ``trie_regex`` may stand for (or is empty): the test is then not exact
    and must not be used.

    Examples:
        >>> sorted(phrase_ends(frozenset({"has", "also"})))
        ['o', 's']
        >>> phrase_ends(frozenset({"well-"})) is None
        True
    """
    ends = set()
    for phrase in phrases:
        if not phrase or phrase[-1].isspace() or phrase[-1] == "-":
            return None
        ends.add(phrase[-1])
    return frozenset(ends)


def sub_at_end(pattern: re.Pattern[str], ends: Iterable[str] | None, repl: str, text: str) -> str:
    r"""``pattern.sub(repl, text)`` for a pattern whose match ends in ``\s*$``.

    ``ends`` holds every character the match may have as its last one that is
    not a space (``None``: unknown); when the text's last such character is
    not one of them there is no match, and the text is returned as it is.
    """
    if ends is not None and last_solid(text, 0, len(text)) not in ends:
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
