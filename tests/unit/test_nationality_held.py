"""A nationality held, named after the counted noun: who the figure counts (issue 14)."""

from __future__ import annotations

import pytest

from reconcile import Document, extract


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Some 160 fighters with Tajik citizenship were killed in Syria, officials said."),
        ("ar", "قال مسؤولون إن 160 مقاتلا يحملون الجنسية الطاجيكية قتلوا في سوريا."),
        ("ru", "В Сирии уничтожено 160 боевиков с таджикским гражданством, сообщили власти."),
    ],
)
def test_a_nationality_held_after_the_counted_noun_names_their_group(lang, text):
    (claim,) = extract(Document(id="a.txt", text=text, lang=lang))
    assert claim.subject is not None
    assert claim.subject.startswith("Tajik ")
