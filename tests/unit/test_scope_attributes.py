"""Extracted attributes that would hide a real conflict: subject, measure, places (issue 14)."""

from __future__ import annotations

from reconcile import Claim, Document, extract


def _claims(text: str, lang: str = "en") -> list[Claim]:
    return list(extract(Document(id="a.txt", text=text, lang=lang)))


def _by_value(text: str, lang: str = "en") -> dict[float | None, Claim]:
    return {c.quantity.low: c for c in _claims(text, lang)}


# subject


def test_a_noun_that_names_the_measured_role_in_another_language_is_no_role():
    # "مسلحا" reads the role "militants", which canon/subjects.toml names "fighters"
    (claim,) = _claims("قالت الشرطة إن 40 مسلحا يقاتلون في ليبيا.", "ar")
    assert claim.measure == "fighters"
    assert claim.subject is None


def test_fighters_who_joined_are_no_part_of_a_group():
    # canon/subjects.toml [restates]: fighters counted as joining are those who joined
    (claim,) = _claims("Some 450 fighters joined the rebels in Yemen last year.")
    assert claim.measure == "joined"
    assert claim.subject is None


def test_a_figure_whose_noun_restates_its_measure_takes_only_the_group_before():
    # "400 إرهابيا" only says what it counts: the role of the 70 ("militants")
    # is not its subject
    found = _by_value("قال المسؤول إن نحو 70 مسلحا عادوا، فيما لا يزال 400 إرهابيا يقاتلون.", "ar")
    assert found[70].subject == "militants"
    assert found[400].subject is None


def test_people_who_left_are_the_people_of_the_one_home_their_sentence_names():
    found = _by_value("Officials in Uzbekistan said about 500 fighters travelled to Afghanistan.")
    assert found[500].subject == "Uzbek nationals"
    assert found[500].places == ("Afghanistan",)


def test_no_home_group_for_the_dead_for_two_homes_or_for_people_at_home():
    dead = _by_value("Officials in Tajikistan said 30 people were killed in Afghanistan.")
    assert dead[30].subject is None  # a home's forces may have killed them
    two = _by_value(
        "Officials in Tajikistan and Uzbekistan said about 500 fighters travelled to Afghanistan."
    )
    assert two[500].subject is None
    (home,) = _claims("قالت الشرطة إن 40 مسلحا يقاتلون في ليبيا.", "ar")
    assert home.subject is None  # fighting in Libya: Libya is where they are


def test_a_figure_restated_without_its_group_takes_the_measure_of_the_first():
    found = _claims(
        "Twenty Kyrgyz children were flown home from Baghdad on Friday. "
        "Officials in Bishkek later met the 20 children at the airport."
    )
    assert [(c.quantity.low, c.subject, c.measure) for c in found] == [
        (20, "Kyrgyz children", "repatriated"),
        (20, "children", "repatriated"),
    ]


# measure


def test_the_last_item_of_a_list_joined_by_and_counts_as_the_items_before():
    found = _claims(
        "أعيد 20 طفلا من العراق إلى بلدهم. وأوضح الوزير أن الطائرة غادرت أربيل حاملة مجموعة"
        " من الأطفال الذين كانوا محتجزين في المخيمات، 12 منهم من ألماتي، وستة من بيشكيك"
        " وطفلان من أوش.",
        "ar",
    )
    assert [c.quantity.low for c in found] == [20, 12, 6, 2]
    assert {c.measure for c in found} == {"repatriated"}
    english = _claims(
        "Twenty children were brought home from Iraq. The plane left Erbil with children who"
        " had been held in camps, 12 of them from Almaty, six from Bishkek and two children"
        " from Osh."
    )
    assert [c.measure for c in english] == ["repatriated"] * 4


def test_the_number_of_people_who_did_something_says_what_a_figure_counts():
    # "the number of fighters who joined ... reached 3,000": joined, not fighting
    (claim,) = _claims(
        "وقالت الوزارة إن عدد المقاتلين الذين التحقوا بالجماعات المسلحة بلغ ثلاثة آلاف.", "ar"
    )
    assert claim.measure == "joined"
    still = _by_value("عدد المسلحين الباقين في الصومال يقدر بنحو 560 مقاتل.", "ar")
    assert still[560].measure == "in_conflict_zone"


def test_the_number_of_reads_only_up_to_the_figure_it_introduces():
    found = _by_value(
        "The number of Kenyans who travelled to Somalia rose to 700, and 90 fighters returned."
    )
    assert found[90].measure == "returned"


# places


def test_the_home_a_return_went_to_is_not_its_place():
    found = _by_value(
        "Hundreds of Tajiks went to Syria in 2014. "
        "The number of fighters who have returned to Tajikistan stands at 120 fighters."
    )
    assert found[120].measure == "returned"
    assert found[120].places == ("Syria",)


def test_morocco_and_algeria_are_places():
    found = _by_value("About 300 fighters travelled from Morocco and Algeria to Libya in 2016.")
    assert found[300].places == ("Libya",)
    assert found[300].subject is None  # two homes: no one group


def test_a_whole_after_a_part_of_roles_counts_the_wider_role():
    # women and children are civilians (canon/subjects.toml [within])
    found = _by_value("The mayor said the dead included only six women and children, out of 900.")
    assert found[6].subject == "women and children"
    assert found[900].subject == "civilians"
    # a part with a group names no whole of roles
    grouped = _by_value("The mayor said six Afghan women were among them, out of 900.")
    assert grouped[900].subject is None
