"""The shortcuts before end-anchored regexes give exactly what the regexes give."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from reconcile.extraction.knowledge import knowledge
from reconcile.extraction.tails import last_solid, last_tokens, phrase_ends, sub_at_end
from reconcile.text import trie_regex

_PHRASES = frozenset({"has", "also", "had been", "now"})
_TRAILER = re.compile(rf"(?<![\w-])(?:{trie_regex(sorted(_PHRASES))})\s*$")
_PIECES = ["has", "also", "had", "been", "now", "Mr Kent", ",", " ", "  ", "\n", "\t", "-", "(x)"]


def _texts(count: int) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 8))) for _ in range(count)]


@pytest.mark.parametrize("text", _texts(400))
def test_sub_at_end_is_the_regex_substitution(text: str) -> None:
    ends = phrase_ends(_PHRASES)
    assert sub_at_end(_TRAILER, ends, "", text) == _TRAILER.sub("", text)


def test_sub_at_end_skips_only_what_cannot_match() -> None:
    ends = phrase_ends(_PHRASES)
    assert ends == frozenset("sonw")
    assert sub_at_end(_TRAILER, ends, "", "Mr Kent had been \n") == "Mr Kent "
    assert sub_at_end(_TRAILER, ends, "", "Mr Kent has,") == "Mr Kent has,"


def test_phrase_ends_refuses_phrases_ending_in_a_space_or_hyphen() -> None:
    assert phrase_ends(frozenset({"so-", "has"})) is None
    assert phrase_ends(frozenset({""})) is None
    assert phrase_ends(frozenset()) == frozenset()


def test_last_solid() -> None:
    assert last_solid("said ,\u00a0\n", 0, 8) == ","
    assert last_solid("ab  ", 2, 4) == ""
    assert last_solid("abc", 0, 2) == "b"


_TOKENS = re.compile(r"[\w'./-]+|[^\w\s]")


@pytest.mark.parametrize("width", [0, 1, 5, 30, 200])
def test_last_tokens_keeps_the_last_words_and_whether_any_precede(width: int) -> None:
    words = ["Mr", "O'Neil,", "the", "(UN)", "envoy", "a.b/c", "-", "x" * width]
    for n in range(0, 60, 7):
        text = " ".join(itertools.islice(itertools.cycle(words), n))
        full = _TOKENS.findall(text)
        got = last_tokens(_TOKENS, text, 13, 60)
        assert got == full[len(full) - len(got) :]
        assert len(got) == len(full) or len(got) > 13


@pytest.mark.parametrize("lang", ["en", "ru", "ar"])
def test_language_phrases_end_in_letters(lang: str) -> None:
    # the speaker reader relies on these being usable (not None)
    know = knowledge(lang)
    assert phrase_ends(know.lex.speakers.passive_aux) is not None
    assert phrase_ends(know.lex.speakers.name_trailers) is not None
