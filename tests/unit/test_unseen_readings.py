"""Readings that articles on subjects the library had not seen asked for.

Every sentence is written for this module. Each case states the figure as
written and what the claim must carry.
"""

import pytest

from reconcile import Document, extract


def _subjects(text: str, lang: str) -> dict[str, str | None]:
    return {c.quantity.text: c.subject for c in extract(Document(id="x", text=text, lang=lang))}


# the group a figure is drawn from, named before it: a part of that group
AMONG = [
    ("A landslide buried 60 villagers. Among the dead were 14 schoolchildren.", "en", "14"),
    ("The fire killed 33 people. Among those killed were two firefighters.", "en", "two"),
    ("Погибли 60 жителей. Среди погибших — девять школьников.", "ru", "девять"),
    ("Пострадали 40 человек, среди раненых трое детей.", "ru", "трое"),
    ("لقي 60 قرويا حتفهم. ومن بين الضحايا تسعة تلاميذ.", "ar", "تسعة"),
]


@pytest.mark.parametrize(("text", "lang", "figure"), AMONG)
def test_a_figure_among_a_named_group_is_a_part(text: str, lang: str, figure: str) -> None:
    subject = _subjects(text, lang)[figure]
    assert subject is not None
    assert subject.startswith("part of ")


def test_among_a_counted_whole_the_whole_is_no_part() -> None:
    # "among the 300": the determiner alone names no group; 300 is the whole
    subjects = _subjects("Among the 300 people killed in the floods, 40 were children.", "en")
    assert not (subjects["300"] or "").startswith("part of")
