"""An appositive that opens with a possessive stands between a name and its verb."""

from reconcile import Document, extract


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract(Document(id="a.txt", text=text, lang="en"))]


def test_possessive_appositive_is_passed_over():
    text = "Anna Petrova, Freedonia's ombudsman, said 27 migrants drowned."
    assert _speakers(text) == ["Anna Petrova"]


def test_possessive_appositive_beats_a_trailing_outlet():
    text = (
        "An aide to Anna Petrova, Freedonia's ombudsman, said that 27 migrants drowned "
        "on Monday, the local news agency reported."
    )
    assert _speakers(text) == ["Anna Petrova"]


def test_typographic_apostrophe_opens_the_appositive_too():
    text = "Anna Petrova, Freedonia\u2019s ombudsman, said 27 migrants drowned."
    assert _speakers(text) == ["Anna Petrova"]


def test_he_is_a_person_not_the_agency_named_after_him():
    text = (
        "Interior Minister Karim Hadi told a summit, the state news agency RIA Novosti reported."
        "\n\nAccording to RIA, he said that up to 20,000 migrants had drowned."
    )
    assert _speakers(text) == ["Karim Hadi"]


def test_a_day_name_opening_the_sentence_is_no_part_of_the_name():
    text = (
        "On Tuesday Anna Berg, a doctor who runs the flood clinic, said that "
        "about 40 patients had been admitted."
    )
    assert _speakers(text) == ["Anna Berg"]
