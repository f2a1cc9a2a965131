"""Shortcuts taken for speed give exactly what the plain formulation gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.extraction import places
from reconcile.extraction.knowledge import knowledge

# The plain formulation: searched in place, trying every start.
_PLAIN_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]*[ \t]+){1,6}$")


def _plain(text: str, lo: int, hi: int) -> str | None:
    found = _PLAIN_WORDS_BEFORE.search(text, lo, hi)
    return found.group() if found else None


def _fast(text: str, lo: int, hi: int) -> str | None:
    found = places._WORDS_BEFORE.search(text[lo:hi])
    return found.group() if found else None


@pytest.mark.parametrize(
    ("text", "lo"),
    [
        ("the regional head of Narnia", 0),
        ("the regional head of Narnia", 5),  # the window starts inside a word
        ("x 1abc head of Narnia", 0),  # a word opened after a digit
        ("one two three four five six seven eight Narnia", 0),  # more than six words
        ("said:\nhead \nNarnia", 0),  # a line break right before the place
        ("глава республики Нарния", 0),
    ],
)
def test_words_before_a_place_are_those_of_the_plain_search(text: str, lo: int) -> None:
    hi = text.rindex("N") if "Narnia" in text else text.rindex("Н")
    assert _fast(text, lo, hi) == _plain(text, lo, hi)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="ab1_-'’ \t\n.,ZяЖ", max_size=40),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_words_before_any_text_are_those_of_the_plain_search(text: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    assert _fast(text, lo, hi) == _plain(text, lo, hi)


@pytest.mark.parametrize("code", ["en", "ar", "ru"])
def test_unions_of_speaker_tables_are_built_from_the_tables(code: str) -> None:
    know = knowledge(code)
    assert know.title_words == know.titles | know.title_modifiers
    assert know.article_words == know.articles | know.definite
    assert know.leading_words == know.articles | know.definite | know.titles
    assert know.referring_words == know.referring_speakers | know.pronouns
    assert know.links_or_stop == know.links | know.stop
