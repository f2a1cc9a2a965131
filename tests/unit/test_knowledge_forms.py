"""Inflected words as one regex: the forms it matches are exactly the forms listed."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.extraction.index import mentions
from reconcile.extraction.knowledge import _inflect, _Inflected, knowledge, words_regex

_LETTERS = st.text(alphabet="abcй", min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.one_of(_LETTERS, st.builds("{} {}".format, _LETTERS, _LETTERS)), max_size=6),
    suffixes=st.lists(st.text(alphabet="abcй", max_size=3), max_size=5),
    phrases=st.lists(_LETTERS, max_size=3),
    others=st.lists(st.text(alphabet="abcй ", max_size=8), max_size=10),
)
def test_the_regex_of_inflected_words_matches_their_forms_and_nothing_else(
    words, suffixes, phrases, others
):
    forms = set(_inflect(words, suffixes)) | set(phrases)
    # every form, each stem with endings that are not its suffixes, and strings at random
    tried = forms | {w + x for w in words for x in others} | set(others)
    # forms listed one by one, and words joined to their suffixes
    for listed_up_to in (10**6, 0):
        inflected = _Inflected(tuple(words), tuple(suffixes), tuple(phrases), listed_up_to)
        pattern = re.compile(inflected.alternation())
        for text in tried:
            # a space of a phrase matches any run of them (trie_regex), in both ways
            spelled = re.sub(r"[ \t]+", " ", text)
            assert (pattern.fullmatch(text) is not None) == (spelled in forms), text


def test_no_words_give_a_regex_that_never_matches():
    for listed_up_to in (10**6, 0):
        pattern = re.compile(_Inflected((), ("", "s"), (), listed_up_to).alternation())
        assert pattern.search("anything at all") is None


@pytest.mark.parametrize("code", ["en", "ar", "ru"])
def test_measure_words_are_found_as_a_regex_listing_every_form_finds_them(code):
    know = knowledge(code)
    measures = know.lex.measures
    listed = words_regex([*know.measure_of, *measures.not_measures], know.lex.prefixes)
    forms = sorted(know.measure_of)
    assert len(forms) > 500  # the lexicons inflect: the test reads many forms
    # each form alone, then run on into the next word, then glued behind a proclitic
    prefix = (know.lex.prefixes or ("",))[0]
    text = " . ".join(
        [
            *forms,
            *measures.not_measures,
            *(f"{f} {g}" for f, g in itertools.pairwise(forms)),
            *(prefix + f for f in forms),
        ]
    )

    def found(pattern: re.Pattern[str]) -> list[tuple[int, int, str]]:
        return [(m.start, m.end, m.value) for m in mentions(pattern, text, know.measure_of)]

    assert found(know.measure_re) == found(listed)
    assert len(found(listed)) > len(forms)
