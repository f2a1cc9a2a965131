"""The shortcuts before end-anchored regexes give exactly what the regexes give."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from reconcile import Document
from reconcile.extraction.index import Index
from reconcile.extraction.knowledge import knowledge
from reconcile.extraction.phrases import PART_OF_GROUP, NounPhrase, _origin_opening, noun_phrase
from reconcile.extraction.tails import ends_with, last_tokens, phrase_tails, sub_at_end
from reconcile.text import trie_regex

_PHRASES = frozenset({"has", "also", "had been", "now"})
_TRAILER = re.compile(rf"(?<![\w-])(?:{trie_regex(sorted(_PHRASES))})\s*$")
_PIECES = [
    "has",
    "also",
    "had",
    "been",
    "now",
    "Mr Kent",
    "Thas",
    "knows",
    ",",
    " ",
    "  ",
    "\n",
    "\t",
    "-",
    "(x)",
]


def _texts(count: int) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 8))) for _ in range(count)]


@pytest.mark.parametrize("text", _texts(400))
def test_sub_at_end_is_the_regex_substitution(text: str) -> None:
    tails = phrase_tails(_PHRASES)
    assert sub_at_end(_TRAILER, tails, "", text) == _TRAILER.sub("", text)


def test_sub_at_end_skips_only_what_cannot_match() -> None:
    tails = phrase_tails(_PHRASES)
    assert tails == ("also", "been", "has", "now")
    assert sub_at_end(_TRAILER, tails, "", "Mr Kent had been \n") == "Mr Kent "
    assert sub_at_end(_TRAILER, tails, "", "Mr Kent has,") == "Mr Kent has,"
    assert ends_with("Mr Kent had-been\t", 0, 17, tails)
    assert not ends_with("Mr Kent hadbeen", 0, 13, tails)


def test_phrase_tails_refuses_phrases_ending_in_a_space() -> None:
    assert phrase_tails(frozenset({"so ", "has"})) is None
    assert phrase_tails(frozenset({""})) is None
    assert phrase_tails(frozenset()) == ()


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
    assert phrase_tails(know.lex.speakers.passive_aux) is not None
    assert phrase_tails(know.lex.speakers.name_trailers) is not None


def _phrase_after(text: str, figure: str) -> NounPhrase:
    index = Index.build(Document(id="x.txt", text=text), text, knowledge("en"), 0)
    end = text.index(figure) + len(figure)
    return noun_phrase(index, end, len(text))


def test_noun_phrase_reads_words_past_the_first_ten_as_needed() -> None:
    # the words after a figure are read lazily: a long run of determiners
    # still reaches the pronoun, and then the people after it
    run = " ".join(["these", "the", "their"] * 4)
    np = _phrase_after(f"Eight of {run} them left the camp.", "Eight")
    assert np.head == PART_OF_GROUP
    assert np.people
    np = _phrase_after(f"Eight of {run} nurses left the camp.", "Eight")
    assert np.head == "nurses"
    assert np.people
    # the word after a demonym is read too: followed by a verb, "Tajiks" is
    # not taken for the people themselves (as it is when nothing follows)
    assert not _phrase_after(f"Eight of {run} Tajiks left the camp.", "Eight").people


_ORIGINS = {"north": "N", "north east": "NE", "north east coast": "NEC", "east": "E", "": "?"}


@pytest.mark.parametrize(
    "after",
    [
        "north",
        "north east",
        "north east coast",
        "north east coast line",
        "north eastern",
        "east",
        "northern",
        "",
        "south",
        "north  east",
        "east north east",
    ],
)
def test_origin_opening_is_the_longest_origin_that_opens_the_words(after: str) -> None:
    # what trying every origin, longest first, finds
    expected = next(
        (
            k
            for k in sorted(_ORIGINS, key=len, reverse=True)
            if after == k or after.startswith(k + " ")
        ),
        None,
    )
    assert _origin_opening(after, _ORIGINS) == expected
