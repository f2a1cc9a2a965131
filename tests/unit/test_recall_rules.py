"""Figures the extractor used to miss or misread (issues 13/14): general rules of reporting."""

from __future__ import annotations

from reconcile import Document, extract


def _read(text: str, lang: str) -> list[tuple[str, float | None, float | None, str]]:
    return [
        (c.quantity.text, c.quantity.low, c.quantity.high, c.quantity.qualifier.value)
        for c in extract(Document(id="a.txt", text=text, lang=lang))
    ]


def test_a_year_named_as_one_starts_no_range_ar():
    text = "وذكر المسؤول أن عدد النازحين وصل خلال سنة 2019 إلى 3500 نازح بسبب الفيضانات."
    assert _read(text, "ar") == [("3500", 3500, 3500, "exact")]


def test_a_year_named_as_one_starts_no_range_en():
    text = "The number of flood victims rose in 2019 to 3500 people, officials said."
    assert _read(text, "en") == [("3500", 3500, 3500, "exact")]


def test_a_negated_upper_bound_is_a_ceiling_ar():
    text = "وقال مسؤولون إن عدد النازحين كان لا يتجاوز 300 شخص."
    assert _read(text, "ar") == [("لا يتجاوز 300", None, 300, "at_most")]


def test_a_negated_upper_bound_is_a_ceiling_en():
    text = "Officials said the number of patients admitted did not exceed 300 people."
    assert _read(text, "en") == [("not exceed 300", None, 300, "at_most")]


def test_a_year_like_figure_listed_after_a_count_of_people_is_a_count_ar():
    text = "وأحصت السلطات نزوح نحو 3000 شخص في الشمال، تلاه الجنوب بـ2050، ثم الشرق بـ1450."
    assert [low for _, low, _, _ in _read(text, "ar")] == [3000, 2050, 1450]


def test_a_year_like_figure_listed_after_a_count_of_people_is_a_count_en():
    text = "Floods displaced 3,000 people in Kent, then Sussex with 2050, then Essex with 1450."
    assert [low for _, low, _, _ in _read(text, "en")] == [3000, 2050, 1450]


def test_a_year_like_figure_in_a_table_row_is_a_count_en():
    text = (
        "The number of people displaced by the floods rose sharply this week.\n\n"
        "Kent 1850\nSussex 920\nEssex 410\n"
    )
    assert [low for _, low, _, _ in _read(text, "en")] == [1850, 920, 410]


def test_a_bare_year_outside_a_list_stays_a_year():
    assert _read("Floods displaced 3,000 people; 2019 was the worst year.", "en") == [
        ("3,000", 3000, 3000, "exact")
    ]
    assert _read("Floods displaced 3,000 people, most of them in 1950.", "en") == [
        ("3,000", 3000, 3000, "exact")
    ]
    assert _read("نزح نحو 3000 شخص، معظمهم عام 1950.", "ar") == [("نحو 3000", 3000, 3000, "approx")]


def test_a_bare_reaches_states_the_figure_and_only_ma_or_qad_make_it_a_ceiling_ar():
    assert _read("وقال المسؤول إن عدد النازحين يصل إلى ثلاثة آلاف شخص.", "ar") == [
        ("ثلاثة آلاف", 3000, 3000, "exact")
    ]
    assert _read("وقال المسؤول إن عدد النازحين قد يصل إلى ثلاثة آلاف شخص.", "ar") == [
        ("قد يصل إلى ثلاثة آلاف", None, 3000, "at_most")
    ]
    assert _read("ونزح ما يصل إلى 3000 شخص بسبب السيول.", "ar") == [
        ("ما يصل إلى 3000", None, 3000, "at_most")
    ]


def test_the_construct_dual_of_million_is_two_million_ar():
    text = "وكان عدد سكان البلدة يبلغ حوالي مليوني نسمة قبل الزلزال."
    assert _read(text, "ar") == [("حوالي مليوني", 2000000, 2000000, "approx")]


def test_people_still_buried_under_rubble_are_counted_as_killed_ar():
    text = "وأفادت فرق الإنقاذ بأن الآلاف من الأشخاص لا يزالون مدفونين تحت أنقاض المباني المنهارة."
    claims = extract(Document(id="a.txt", text=text, lang="ar"))
    assert [(c.quantity.low, c.quantity.high, c.measure) for c in claims] == [
        (1000, 9999, "killed")
    ]


def test_a_strong_force_counts_its_members_en():
    text = "The city sent a 300-strong team of rescuers into the flooded district."
    claims = extract(Document(id="a.txt", text=text, lang="en"))
    assert [(c.quantity.low, c.unit) for c in claims] == [(300, "people")]


def test_cases_of_people_count_the_people_and_cases_of_a_disease_do_not_en():
    people = "Doctors said they knew of about 120 cases of local men falling ill after the floods."
    disease = "Doctors said they knew of about 120 cases of cholera after the floods."
    assert [c.unit for c in extract(Document(id="a.txt", text=people, lang="en"))] == ["people"]
    assert [c.unit for c in extract(Document(id="a.txt", text=disease, lang="en"))] == ["cases"]


def test_a_figure_valuing_a_number_named_before_counts_what_it_counts_en():
    text = (
        '"The official count does not reflect the real number of displaced families. '
        'We estimate it at around 900," a volunteer told reporters.'
    )
    claims = extract(Document(id="a.txt", text=text, lang="en"))
    assert [(c.quantity.text, c.measure, c.unit) for c in claims] == [
        ("around 900", "displaced", "people")
    ]


def test_a_verb_before_half_of_them_tells_of_the_part_not_the_figure_ar():
    text = "وأفادت الشرطة بأن أفراد العصابة كانوا 300 مسلح قتل نصفهم في الاشتباكات مع الأمن."
    claims = extract(Document(id="a.txt", text=text, lang="ar"))
    assert [(c.quantity.low, c.measure) for c in claims] == [(300, "fighters")]
