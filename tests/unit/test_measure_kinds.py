"""Measures as kinds of a family, in every language, on sentences written for these tests."""

from __future__ import annotations

import pytest

from reconcile import Document, extract


def _measures(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    doc = Document(id="t.txt", text=text, lang=lang)
    return [(c.quantity.low, c.measure) for c in extract(doc)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Officials said 140 Uzbeks had joined the group abroad.", "en", "joined"),
        ("Officials said 140 Uzbek militants are fighting in Libya.", "en", "fighters"),
        (
            "Officials said 35 Kyrgyz women were flown home from the camps on Friday.",
            "en",
            "repatriated",
        ),
        (
            "Some 35 Kyrgyz women are expected to be repatriated next month.",
            "en",
            "repatriation_planned",
        ),
        (
            "About 90 Kyrgyz nationals remain in the conflict zone, the ministry said.",
            "en",
            "in_conflict_zone",
        ),
        ("Nine Kazakh men died in the clashes, the agency said.", "en", "died"),
        ("Some 4,000 people are housed in the camp, the agency said.", "en", "camp_population"),
        ("قالت الوزارة إن 140 أوزبكيا انضموا إلى التنظيم.", "ar", "joined"),
        ("قالت الوزارة إن 140 مقاتلا أوزبكيا يقاتلون في ليبيا.", "ar", "fighters"),
        (
            "وأوضحت الوزارة أن 35 امرأة سيعودون إلى بلادهم الشهر المقبل.",
            "ar",
            "repatriation_planned",
        ),
        ("وأفاد المسؤول بنزوح 12 ألف شخص من المدينة.", "ar", "displaced"),
        ("В министерстве сообщили, что 140 граждан Узбекистана выехали в Ливию.", "ru", "joined"),
        ("По данным ведомства, 90 боевиков воюют в Ливии.", "ru", "fighters"),
        ("Как сообщили в МИД, 35 детей будут возвращены на родину.", "ru", "repatriation_planned"),
        (
            "В лагере находятся в общей сложности 4000 человек, в Ливии остается ещё 90 человек.",
            "ru",
            "in_conflict_zone",
        ),
    ],
)
def test_measure_kind(text: str, lang: str, expected: str) -> None:
    assert _measures(text, lang)[-1][1] == expected


def test_relative_clause_does_not_give_the_measure() -> None:
    text = (
        "Officials said 40 children of Kazakhs who had joined the group"
        " were brought back to Almaty."
    )
    assert _measures(text, "en") == [(40, "repatriated")]


def test_part_of_them_takes_the_measure_of_its_group() -> None:
    text = (
        "Officials said 40 children were brought back on Friday. Twelve of them come from Shymkent."
    )
    assert [m for _, m in _measures(text, "en")] == ["repatriated", "repatriated"]


@pytest.mark.parametrize(
    ("second", "measure"),
    [
        ("The minister visited the 12 Kazakh women on Monday.", "repatriated"),
        # another figure, or the same figure of other people, keeps no measure
        ("The minister visited 9 Kazakh women on Monday.", None),
        ("The minister visited the 12 Kazakh men on Monday.", None),
    ],
)
def test_a_figure_repeated_with_no_measure_counts_what_it_counted_first(
    second: str, measure: str | None
) -> None:
    text = "Officials said only 12 Kazakh women had been repatriated. " + second
    claims = extract(Document(id="a.txt", text=text, lang="en"))
    assert [c.measure for c in claims] == ["repatriated", measure]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # joined predicates name stages: the last says where the count stands
        ("Officials said 52 of them returned and were convicted.", "en", "convicted"),
        ("Власти сообщили, что 52 из них вернулись и осуждены.", "ru", "convicted"),
        ("Officials said 52 men were detained and charged.", "en", "charged"),
        # one predicate: nothing changes
        ("Officials said 52 men were detained in Bishkek.", "en", "detained"),
    ],
)
def test_joined_predicates_give_the_last_stage(text: str, lang: str, expected: str) -> None:
    assert _measures(text, lang)[0] == (52, expected)


def test_a_participle_after_a_later_figure_is_that_figures() -> None:
    text = "The siege involved 4,000 Kenyan police officers and left 9,000 people displaced."
    assert _measures(text, "en") == [(4000, None), (9000, "displaced")]


def test_a_shared_verb_after_an_auxiliary_stays_shared() -> None:
    text = "Officials said 30 men and 12 women were killed in the raid."
    assert _measures(text, "en") == [(30, "killed"), (12, "killed")]


def test_bringing_back_is_a_repatriation() -> None:
    text = "A plane landed on Friday bringing back 27 Kyrgyz children."
    assert _measures(text, "en") == [(27, "repatriated")]


def _counts(text: str, lang: str) -> list[tuple[float | None, str]]:
    return [(c.quantity.low, c.unit) for c in extract(Document(id="t.txt", text=text, lang=lang))]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a figure with no noun of its own, next in a list, counts what the item before did
        (
            "Twenty of the children come from Osh, three from Bishkek and the rest from Naryn.",
            "en",
            [(20, "people"), (3, "people")],
        ),
        (
            "Пятеро детей — из Бишкека, по одному — из Оша и Нарына, а 12 — из Таласа.",
            "ru",
            [(5, "people"), (1, "people"), (12, "people")],
        ),
        # a figure after a full stop is no item of the list before
        ("Twenty of the children come from Osh. It took 3.", "en", [(20, "people")]),
    ],
)
def test_a_list_item_without_a_noun_counts_what_the_item_before_did(
    text: str, lang: str, expected: list[tuple[float, str]]
) -> None:
    assert _counts(text, lang) == expected


def test_a_list_item_without_a_noun_takes_the_measure_before() -> None:
    text = "وحلت مصر ثانية بنحو 900 مقاتل، تلتها ليبيا بـ700 مقاتل، ثم اليمن بـ600."
    assert _measures(text, "ar") == [(900, "fighters"), (700, "fighters"), (600, "fighters")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # what befell a group, said before with no figure, is what its figure counts
        (
            "Дети будут доставлены из Ирака в Казахстан.\n\nТрое детей — из Шымкента.",
            "ru",
            [(3, "repatriation_planned")],
        ),
        (
            "Officials said the women were flown home from Syria on Friday.\n\n"
            "Three women are from Osh.",
            "en",
            [(3, "repatriated")],
        ),
        # another group: nothing befell it
        (
            "Officials said the women were flown home from Syria on Friday.\n\n"
            "Three children are from Osh.",
            "en",
            [(3, None)],
        ),
    ],
)
def test_a_figure_counts_what_befell_its_group_before(
    text: str, lang: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _measures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a denied return leaves them as the figure before says
        (
            "About 9,000 villagers were forced to flee the valley, and 4,000 have still not "
            "returned.",
            "en",
            [(9000, "displaced"), (4000, "displaced")],
        ),
        (
            "Some 700 Kenyans joined the group abroad, and 250 haven't returned.",
            "en",
            [(700, "joined"), (250, "joined")],
        ),
        # with no figure before, a denial says nothing of what the figure counts
        ("Officials said 60 students never returned to class.", "en", [(60, None)]),
    ],
)
def test_a_denied_outcome_is_not_the_measure(
    text: str, lang: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _measures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Police said about 80 of the volunteers were left in the enclave.",
            "en",
            "in_conflict_zone",
        ),
        ("The mayor said 600 families were left homeless by the flood.", "en", "displaced"),
    ],
)
def test_those_left_behind_remain(text: str, lang: str, expected: str) -> None:
    assert _measures(text, lang)[0][1] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a plan has befallen no one: the relative clause says what the counted did
        (
            "Lawmakers called for the repatriation of 90 women who were detained in the north.",
            "en",
            "detained",
        ),
        (
            "The debate turned to the expected return of 3,000 Kenyans who joined the group.",
            "en",
            "joined",
        ),
        (
            "طالب النواب بالنظر في الدعوات إلى ترحيل 90 رجلا الذين اعتقلوا في الشمال.",
            "ar",
            "detained",
        ),
        (
            "دار النقاش حول العودة المتوقعة لآلاف الكينيين الذين انضموا إلى الجماعة.",
            "ar",
            "joined",
        ),
        # an outcome that happened is still the measure
        (
            "The ministry said it repatriated 300 women who were detained abroad.",
            "en",
            "repatriated",
        ),
    ],
)
def test_a_planned_outcome_yields_to_what_the_counted_did(
    text: str, lang: str, expected: str
) -> None:
    assert _measures(text, lang)[0][1] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the whole after a part counts what the part counted, of no group the part named
        (
            "The governor said 12 nurses died in the fire. He repeated it: twelve nurses, "
            "twelve, out of 300.",
            "en",
            (300, "died", None),
        ),
        (
            "قال المحافظ إن 12 مدنيا قتلوا في الحريق. وكرر: 12 مدنيا، 12، من اصل 300.",
            "ar",
            (300, "killed", None),
        ),
    ],
)
def test_a_whole_after_its_part_counts_the_same_of_its_own_people(
    text: str, lang: str, expected: tuple[float, str | None, str | None]
) -> None:
    doc = Document(id="t.txt", text=text, lang=lang)
    assert [(c.quantity.low, c.measure, c.subject) for c in extract(doc)][-1] == expected


_TABLE = (
    "Kenya tops the region as a source of volunteers\n\n"
    "Kenyans and Ugandans account for the largest numbers of volunteers who fought "
    "in the rebel ranks, a study shows.\n\n"
    "Germany 640\nFrance 520\nRwanda 75\n\n"
    "The study gives no dates."
)


def test_rows_of_a_flattened_table_count_what_its_caption_counts() -> None:
    doc = Document(id="t.txt", text=_TABLE, lang="en")
    assert [(c.quantity.low, c.measure, c.subject) for c in extract(doc)] == [
        (640, "fighters", "German nationals"),
        (520, "fighters", "French nationals"),
        (75, "fighters", None),
    ]


def test_rows_under_a_caption_that_counts_nothing_are_no_claims() -> None:
    text = _TABLE.replace("the largest numbers of volunteers who fought", "most volunteers")
    assert extract(Document(id="t.txt", text=text, lang="en")) == ()


def test_a_lone_name_and_figure_line_is_no_table() -> None:
    text = _TABLE.replace("Germany 640\nFrance 520\nRwanda 75", "Germany 640")
    assert extract(Document(id="t.txt", text=text, lang="en")) == ()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # one word before a demonym qualifies the people it names
        (
            "The office listed 410 young Tajiks whose parents took them to conflict zones.",
            "en",
            (410, "in_conflict_zone", "Tajik nationals"),
        ),
    ],
)
def test_a_qualified_demonym_names_the_people(
    text: str, lang: str, expected: tuple[float, str | None, str | None]
) -> None:
    doc = Document(id="t.txt", text=text, lang=lang)
    assert [(c.quantity.low, c.measure, c.subject) for c in extract(doc)] == [expected]


def test_every_row_of_a_long_table_reads_its_caption() -> None:
    rows = "\n".join(f"Germany {100 + k}" for k in range(60))
    text = _TABLE.replace("Germany 640\nFrance 520\nRwanda 75", rows)
    measures = {c.measure for c in extract(Document(id="t.txt", text=text, lang="en"))}
    assert measures == {"fighters"}
    assert len(extract(Document(id="t.txt", text=text, lang="en"))) == 60


def test_a_people_noun_after_the_counted_is_theirs_not_the_predicate() -> None:
    # "жен и детей боевиков": wives and children of fighters, who returned
    text = "В Киргизию вернулись около двухсот жен и детей боевиков, сообщило МВД."
    assert _measures(text, "ru") == [(200, "returned")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The militia freed 118 hostages near the border on Sunday.", "en", "released"),
        ("Some 260 detainees were released from the northern prison.", "en", "released"),
        ("Under the truce the army is to free 75 captives.", "en", "release_planned"),
        ("The ministry agreed to release 64 detainees.", "en", "release_planned"),
        ("Another 90 captives will be released next month.", "en", "release_planned"),
        ("Of the group, 17 remain in custody in the capital.", "en", "imprisoned"),
        ("Nineteen of the miners remain in hospital.", "en", "hospitalised"),
        ("أفرجت السلطات عن 118 معتقلا يوم الأحد.", "ar", "released"),
        ("وتم إطلاق سراح 260 أسيرا من السجن الشمالي.", "ar", "released"),
        ("سيفرج الجيش عن 75 أسيرا بموجب الهدنة.", "ar", "release_planned"),
        ("Боевики освободили 118 заложников в воскресенье.", "ru", "released"),
        ("На свободу вышли 260 задержанных.", "ru", "released"),
        ("Ещё 17 человек остаются под стражей.", "ru", "imprisoned"),
    ],
)
def test_a_release_is_a_measure_of_its_own(text: str, lang: str, expected: str) -> None:
    assert _measures(text, lang)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven of the men were pardoned and set free in June.", "amnestied"),
        ("Police detained 35 marchers, who were later released.", "detained"),
        ("Some 35 marchers were detained and released on bail.", "detained"),
        # a release closes only its own family's stage
        ("Some 35 marchers were injured and released.", "released"),
    ],
)
def test_a_release_joined_after_its_family_leaves_the_earlier_measure(
    text: str, expected: str
) -> None:
    assert _measures(text, "en")[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A convoy brought back 85 sailors captured by pirates.", "repatriated"),
        ("Police arrested 40 marchers wounded in the clashes.", "detained"),
        # no measure verb before the figure: the word after it is the predicate
        ("Officials said 85 sailors were captured by pirates.", "detained"),
    ],
)
def test_a_participle_after_the_object_of_a_measure_verb_describes_it(
    text: str, expected: str
) -> None:
    assert _measures(text, "en")[-1][1] == expected
