"""A part and its whole stated together: "Twelve of the 40 miners were killed".

The verb of such a sentence tells of the part; the whole counts only what its
own words say. A part whose whole is stated as a figure with a measure word
("Eight of the 40 killed") counts as its own predicate says, else as the whole.
"""

from __future__ import annotations

import pytest

from reconcile import Document, extract


def _measures(text: str, lang: str) -> list[tuple[str, str | None]]:
    claims = extract(Document(id="x", text=text, lang=lang))
    return [(c.quantity.text, c.measure) for c in claims]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Twelve of the 40 miners were killed.", "en", [("Twelve", "killed"), ("40", None)]),
        ("12 out of 40 miners were killed.", "en", [("12", "killed"), ("40", None)]),
        ("13 из 86 пассажиров погибли.", "ru", [("13", "killed"), ("86", None)]),
        ("Пятеро из 40 горняков погибли.", "ru", [("Пятеро", "killed"), ("40", None)]),
    ],
)
def test_the_verb_of_a_part_is_no_measure_of_its_whole(text, lang, expected):
    assert _measures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole's own word
        ("Eight of the 40 killed were children.", [("Eight", "killed"), ("40", "killed")]),
        # the part's own predicate, past the whole's word
        ("Three of the 20 injured died in hospital.", [("Three", "died"), ("20", "injured")]),
        ("Two of the 12 arrested were later released.", [("Two", "released"), ("12", "detained")]),
        # a predicate denied: still as the whole
        ("Two of the 12 arrested were not released.", [("Two", "detained"), ("12", "detained")]),
    ],
)
def test_a_part_of_a_stated_whole_counts_as_its_predicate_or_its_whole(text, expected):
    assert _measures(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # (guards) no figure before "of": no part, no whole
        ("The deaths of 40 people were confirmed.", "en"),
        ("A total of 40 people were killed.", "en"),
    ],
)
def test_of_after_a_word_that_is_no_figure_makes_no_whole(text, lang):
    ((_, measure),) = _measures(text, lang)
    assert measure is not None


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Only 13 of the 86 people on board survived.", "en", "13"),
        ("At least 13 people survived the crash.", "en", "At least 13"),
        ("В катастрофе выжили 13 человек.", "ru", "13"),
        ("نجا 13 راكبا من الحادث.", "ar", "13"),
    ],
)
def test_those_a_wreck_left_alive_are_rescued(text, lang, figure):
    assert (figure, "rescued") in _measures(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hamas freed 24 hostages, including 13 Israelis.", "en"),
        ("Hamas on Friday freed 24 hostages, among them 13 children.", "en"),
        ("ХАМАС освободил 24 заложника, в том числе 13 израильтян.", "ru"),
        ("أفرجت حماس عن 24 رهينة، من بينهم 13 طفلا.", "ar"),
    ],
)
def test_a_part_named_inside_its_whole_befell_what_the_whole_did(text, lang):
    # the hostages' noun says what they were; the verb says what befell them all
    assert [m for _, m in _measures(text, lang)] == ["released", "released"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The militants hold 240 hostages, including 30 children.", "en"),
        ("Боевики удерживают 240 заложников, в том числе 30 детей.", "ru"),
    ],
)
def test_a_figures_own_measure_noun_beats_the_people_who_act(text, lang):
    assert [m for _, m in _measures(text, lang)] == ["abducted", "abducted"]


def test_russian_israelis_are_a_group():
    (_, part) = extract(
        Document(id="x", text="ХАМАС освободил 24 заложника, в том числе 13 израильтян.", lang="ru")
    )
    assert part.subject == "part of Israeli nationals"
