"""Figures a report counts, and figures that only name who speaks or who is meant.

Every sentence is written for this module.
"""

from reconcile import Document, extract


def _read(text: str, lang: str = "en") -> dict[str, str | None]:
    """Figure as written -> measure."""
    return {c.quantity.text: c.measure for c in extract(Document(id="x", text=text, lang=lang))}


def test_putting_the_number_at_a_figure_counts_what_was_counted_before() -> None:
    found = _read(
        "Some 54 people were admitted to hospital in the valley. "
        "The regional office put the number at 71, saying some had left."
    )
    assert found == {"Some 54": "hospitalised", "71": "hospitalised"}


def test_putting_the_number_at_a_figure_with_nothing_counted_before_is_no_claim() -> None:
    assert _read("The regional office put the figure at 71.") == {}


def test_a_document_released_releases_no_one() -> None:
    found = _read(
        "Some 17 died in the valley and 5 in the hills, according to a breakdown released "
        "by the office. Rebels released 8 hostages on Friday."
    )
    assert found == {"Some 17": "died", "5": "died", "8": "released"}


def test_the_speakers_a_figure_counts_are_no_claim() -> None:
    found = _read("Two nurses said 35 people died. Three engineers told us that 12 were hurt.")
    assert found == {"35": "died", "12": "injured"}


def test_people_who_say_what_befell_them_are_still_counted() -> None:
    # no figure after the verb: what they said is no count, the figure is
    assert "Some 250" in _read("Some 250 villagers said they had fled the fighting.")


def test_one_person_introduced_by_name_is_no_count() -> None:
    text = "One brewer, Peter Njoroge, was arrested. One person died."
    claims = extract(Document(id="x", text=text, lang="en"))
    assert [(c.quantity.text, c.measure) for c in claims] == [("One", "died")]


def test_the_fighting_of_a_battle_counts_no_fighters() -> None:
    found = _read("About 400 civilians were caught in heavy fighting. Some 300 fighters joined.")
    assert found == {"About 400": None, "Some 300": "joined"}


def test_people_admitted_to_hospital_are_counted_though_admitted_can_report() -> None:
    found = _read("Another 61 people were admitted to hospital, of whom 9 were in intensive care.")
    assert found == {"61": "hospitalised", "9": "critical"}


def test_what_befell_a_part_of_the_injured_is_its_measure() -> None:
    found = _read(
        "Four of the injured later died. Some 70 of the injured were taken to a hospital. "
        "Medics were treating about 300 of the injured."
    )
    assert found == {"Four": "died", "Some 70": "hospitalised", "about 300": "injured"}


def test_a_breakdown_after_its_whole_names_who_the_parts_were() -> None:
    claims = extract(
        Document(id="x", text="Of the 44 dead, 17 were women and six were children.", lang="en")
    )
    assert [(c.quantity.text, c.subject) for c in claims] == [
        ("44", None),
        ("17", "part of women"),
        ("six", "part of children"),
    ]


def test_money_after_of_is_no_count_of_people() -> None:
    text = "The kidnappers demanded tens of millions of naira for the release of 30 pupils."
    claims = extract(Document(id="x", text=text, lang="en"))
    assert [(c.quantity.text, c.unit) for c in claims] == [
        ("tens of millions", "NGN"),
        ("30", "people"),
    ]


def test_the_figure_a_correction_replaces_is_the_earlier_one() -> None:
    from reconcile import Document as Doc
    from reconcile import reconcile

    doc = Doc(
        id="a.txt",
        text="Police said two guards were killed, not one as first reported.",
        lang="en",
        published="2026-11-18",
    )
    (relation,) = reconcile([doc]).relations
    assert relation.kind.value == "updates"
    assert "replaced" in relation.reason


def test_each_of_two_joined_figures_keeps_its_own_verb() -> None:
    found = _read("The raid left three guards killed and 14 others wounded.")
    assert found == {"three": "killed", "14": "injured"}


def test_a_participle_before_the_noun_describes_who_then_died() -> None:
    found = _read("Two injured guards died in hospital on Friday.")
    assert found == {"Two": "died"}


def test_a_list_of_names_counts_names_unless_they_are_of_people() -> None:
    claims = extract(
        Document(
            id="x",
            text="Police issued a wanted list of 69 names. "
            "The morgue kept a list of 406 names of people killed.",
            lang="en",
        )
    )
    assert [(c.quantity.text, c.unit) for c in claims] == [("69", "names"), ("406", "people")]


def test_not_one_person_is_no_count_of_one() -> None:
    assert _read("Not one person was hurt in the second blast.") == {}
