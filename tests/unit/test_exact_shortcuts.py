"""Shortcuts taken for speed give exactly what the plain formulation gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import Document
from reconcile.extraction import places, speaker
from reconcile.extraction.index import Index
from reconcile.extraction.knowledge import knowledge

# The plain formulation: searched in place, trying every start.
_PLAIN_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]*[ \t]+){1,6}$")


def _plain(text: str, lo: int, hi: int) -> str | None:
    found = _PLAIN_WORDS_BEFORE.search(text, lo, hi)
    return found.group() if found else None


def _fast(text: str, lo: int, hi: int) -> str | None:
    return places._words_before(text, lo, hi)


@pytest.mark.parametrize(
    ("text", "lo"),
    [
        ("the regional head of Narnia", 0),
        ("the regional head of Narnia", 5),  # the window starts inside a word
        ("x 1abc head of Narnia", 0),  # a word opened after a digit
        ("one two three four five six seven eight Narnia", 0),  # more than six words
        ("said:\nhead \nNarnia", 0),  # a line break right before the place
        ("глава республики Нарния", 0),
        ("a-b 'c d\t\tNarnia", 0),
        ("\nNarnia", 0),
    ],
)
def test_words_before_a_place_are_those_of_the_plain_search(text: str, lo: int) -> None:
    hi = text.rindex("N") if "Narnia" in text else text.rindex("Н")
    assert _fast(text, lo, hi) == _plain(text, lo, hi)


@settings(max_examples=1000, deadline=None)
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


def _index(text: str) -> Index:
    return Index.build(Document(id="x.txt", text=text), text, knowledge("en"), 0)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 40 left, the ministry said. It was reported that 12 were held, "
        "he added, and analysts estimated that 30 more were said to have gone. " * 3,
        "It is estimated that 40 left, officials said, and he added that 9 stayed. " * 4,
    ],
)
def test_passing_verbs_of_a_range_are_those_found_for_the_whole_document(text: str) -> None:
    index = _index(text)
    tests = [
        ("attributes back", speaker._attributes_back_alone),
        ("impersonal", speaker._impersonal),
        ("continues", speaker._continues),
    ]
    count = len(index.verbs)
    assert count > speaker._FEW_VERBS
    found = 0
    for name, test in tests:
        whole = speaker._passing(index, name, test)
        found += len(whole)
        for first in range(count + 1):
            for stop in range(first, count + 1):
                expected = [n for n in whole if first <= n < stop]
                assert speaker._passing_in(index, name, test, first, stop) == expected
                if first < stop:
                    lo, hi = index.verbs[first].start, index.verbs[stop - 1].end
                    assert speaker._any_verb(index, name, test, lo, hi) == bool(expected)
    assert found  # some verb passes some test, so the ranges say something


def test_a_reading_kept_once_is_run_once_per_key_and_keeps_false() -> None:
    index = _index("Officials said 12 fighters returned.")
    calls: list[str] = []

    def reading(answer: bool, name: str) -> bool:
        calls.append(name)
        return answer

    assert index.once(("no", 3), lambda: reading(False, "no")) is False
    assert index.once(("no", 3), lambda: reading(True, "again")) is False
    assert index.once(("yes", 3), lambda: reading(True, "yes")) is True
    assert index.once(("yes", 3), lambda: reading(False, "again")) is True
    assert calls == ["no", "yes"]
