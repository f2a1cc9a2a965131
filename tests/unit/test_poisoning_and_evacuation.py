"""Readings that reporting on a poisoning, an outbreak or an evacuation needs.

Every sentence is written for this module: goods seized and sold are no
people, the gravest patients are in hospital, the blinded are injured, and a
nationality is read in the forms a figure gives it.
"""

import pytest

from reconcile import Document, extract, reconcile


def _read(text: str, lang: str) -> dict[str, tuple[str | None, str, str | None]]:
    """Figure as written -> (measure, unit, subject)."""
    claims = extract(Document(id="x", text=text, lang=lang))
    return {c.quantity.text: (c.measure, c.unit, c.subject) for c in claims}


# figures of goods, shops and money beside a count of people: only the people count
GOODS = [
    ("Officers arrested 19 people and seized 3,500 litres of spirits from 42 kiosks.", "en"),
    ("Inspectors held 19 people and took 800 bottles from 26 shops and 11 bars.", "en"),
    ("اعتقلت الشرطة 19 شخصا وصادرت 3500 لتر من الخمور من 42 منفذا.", "ar"),
    ("Полиция задержала 19 человек и изъяла 3500 литров спирта в 42 торговых точках.", "ru"),
    ("Полиция задержала 19 человек и изъяла 800 бутылок в 26 магазинах.", "ru"),
    ("وأجلت السلطات 19 شخصا في 6 حافلات.", "ar"),
    ("Власти вывезли 19 человек на 6 автобусах.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), GOODS)
def test_goods_and_premises_are_no_people(text: str, lang: str) -> None:
    found = _read(text, lang)
    people = [written for written, (_, unit, _) in found.items() if unit == "people"]
    assert people == ["19"]


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Sellers face fines of 250,000 shillings each.", "en", "shillings"),
        ("ويواجه الباعة غرامة قدرها 250 ألف شلن.", "ar", "shillings"),
        ("Продавцам грозит штраф в 250 тысяч шиллингов.", "ru", "shillings"),
    ],
)
def test_a_currency_written_as_a_word_is_its_unit(text: str, lang: str, unit: str) -> None:
    assert [u for _, u, _ in _read(text, lang).values()] in ([], [unit])
    assert all(u != "people" for _, u, _ in _read(text, lang).values())


HOSPITAL = [
    ("Some 45 people were admitted to hospitals across the county.", "en", "Some 45"),
    ("By Friday 73 people were still admitted.", "en", "73"),
    ("وما زال 64 شخصا يتلقون العلاج في مستشفيات المنطقة.", "ar", "64"),
    ("Ещё 64 человека проходят лечение.", "ru", "64"),
]


@pytest.mark.parametrize(("text", "lang", "figure"), HOSPITAL)
def test_those_admitted_and_treated_are_in_hospital(text: str, lang: str, figure: str) -> None:
    assert _read(text, lang)[figure][0] == "hospitalised"


CRITICAL = [
    ("Of the patients, 16 were in intensive care.", "en", "16"),
    ("At least 9 people remained on ventilators.", "en", "At least 9"),
    ("Between 30 and 35 people were still in a critical condition.", "en", "Between 30 and 35"),
    ("ودخل 16 مريضا العناية المركزة.", "ar", "16"),
    ("وقال المستشفى إن 9 مرضى في حالة حرجة.", "ar", "9"),
    ("Ещё 16 пациентов находятся в реанимации.", "ru", "16"),
    ("От 30 до 35 человек остаются в тяжёлом состоянии.", "ru", "От 30 до 35"),
    ("Девять пациентов подключены к аппаратам искусственной вентиляции лёгких.", "ru", "Девять"),
]


@pytest.mark.parametrize(("text", "lang", "figure"), CRITICAL)
def test_the_gravest_patients_are_critical(text: str, lang: str, figure: str) -> None:
    assert _read(text, lang)[figure][0] == "critical"


def _relation(first: str, second: str) -> set[str]:
    """The kinds relating the figures of two reports of one day about one town."""
    docs = [
        Document(id=f"{n}.txt", text=text, lang="en", published="2026-05-04", outlet=f"o{n}")
        for n, text in enumerate((first, second))
    ]
    report = reconcile(docs)
    return {r.kind.value for r in report.relations}


def test_the_critical_are_a_part_of_those_in_hospital() -> None:
    kinds = _relation(
        "In Thika, 40 patients were in a critical condition, the hospital said.",
        "In Thika, 95 people were in hospital, the governor said.",
    )
    assert "contradicts" not in kinds


def test_a_later_count_in_hospital_revises_nothing_about_the_critical() -> None:
    docs = [
        Document(
            id="a.txt",
            text="In Thika, 40 patients were in a critical condition.",
            lang="en",
            published="2026-05-04",
            outlet="a",
        ),
        Document(
            id="b.txt",
            text="In Thika, 95 patients were in hospital.",
            lang="en",
            published="2026-05-06",
            outlet="b",
        ),
    ]
    assert {r.kind.value for r in reconcile(docs).relations} == {"scope_differs"}


def test_more_critical_than_in_hospital_is_a_contradiction() -> None:
    kinds = _relation(
        "In Thika, 140 patients were in a critical condition, the hospital said.",
        "In Thika, 95 patients were in hospital, the governor said.",
    )
    assert "contradicts" in kinds


BLINDED = [
    ("At least four drinkers lost their sight.", "en", "At least four"),
    ("Nearly 30 people were left permanently blind.", "en", "Nearly 30"),
    ("وقال الأطباء إن 12 مريضا فقدوا بصرهم.", "ar", "12"),
    ("Как минимум семь человек ослепли.", "ru", "Как минимум семь"),
]


@pytest.mark.parametrize(("text", "lang", "figure"), BLINDED)
def test_the_blinded_are_injured_not_missing(text: str, lang: str, figure: str) -> None:
    assert _read(text, lang)[figure][0] == "injured"


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("وغادر البلاد 214 مصريا عبر المعبر.", "214", "Egyptian nationals"),
        ("ووصل إلى المطار 436 مواطنا أردنيا.", "436", "Jordanian nationals"),
        ("وقتل 15 مقاتلا تونسيا في المعارك.", "15", "Tunisian fighters"),
    ],
)
def test_an_arabic_nationality_in_the_accusative_after_a_figure(
    text: str, figure: str, subject: str
) -> None:
    assert _read(text, "ar")[figure][2] == subject


def test_the_accusative_alone_elsewhere_is_still_a_country() -> None:
    # "روسيا" is Russia: only as a figure's noun is it "Russians" (a count of
    # the dead, which no home names: a return would make them Russia's own)
    found = _read("وقالت روسيا إن 40 شخصا قتلوا في القصف.", "ar")
    assert found["40"][2] != "Russian nationals"


@pytest.mark.parametrize(
    ("text", "lang", "figure", "subject"),
    [
        ("Из столицы вывезли 120 граждан Египта.", "ru", "120", "Egyptian nationals"),
        ("Из столицы вывезли 45 граждан Украины.", "ru", "45", "Ukrainian nationals"),
        ("Из столицы вывезли 30 граждан Белоруссии.", "ru", "30", "Belarusian nationals"),
        ("Some 300 from Jordan died in the fighting.", "en", "Some 300", "Jordanian nationals"),
    ],
)
def test_the_citizens_of_a_country_are_its_nationals(
    text: str, lang: str, figure: str, subject: str
) -> None:
    assert _read(text, lang)[figure][2] == subject


def _two_reports(first: tuple[str, str], second: tuple[str, str]) -> set[str]:
    docs = [
        Document(id=f"{n}.txt", text=text, lang="en", published=day, outlet=f"o{n}")
        for n, (text, day) in enumerate((first, second))
    ]
    return {r.kind.value for r in reconcile(docs).relations}


def test_a_past_event_told_as_background_is_another_toll() -> None:
    kinds = _two_reports(
        (
            "In March 2011, more than 200 people died in a landslide in the town of Kandara.",
            "2026-06-02",
        ),
        ("Exactly 45 people died in the town of Kandara, police said.", "2026-06-03"),
    )
    assert kinds == {"scope_differs"}


def test_a_total_that_falls_years_later_still_contradicts() -> None:
    # no year named in the sentence: two reports of one toll, the later lower
    kinds = _two_reports(
        ("More than 200 people died in the town of Kandara, the governor said.", "2019-06-02"),
        ("Exactly 45 people died in the town of Kandara, police said.", "2026-06-03"),
    )
    assert "contradicts" in kinds


@pytest.mark.parametrize(
    ("text", "lang", "figure", "measure"),
    [
        ("Navy ships evacuated 436 Egyptians from Port Sudan.", "en", "436", "evacuated"),
        ("About 300 foreigners were evacuated by air.", "en", "About 300", "evacuated"),
        (
            "Some 1,200 residents were evacuated from the flooded valley.",
            "en",
            "Some 1,200",
            "displaced",
        ),
        ("وتم إجلاء 436 مواطنا مصريا من الخرطوم.", "ar", "436", "evacuated"),
        ("وأجلت السلطات 1500 شخص من القرى المغمورة.", "ar", "1500", "displaced"),
        ("Из Хартума эвакуированы 143 гражданина России.", "ru", "143", "evacuated"),
        ("Из зоны подтопления эвакуированы 5 тысяч жителей.", "ru", "5 тысяч", "displaced"),
    ],
)
def test_foreigners_are_evacuated_and_residents_displaced(
    text: str, lang: str, figure: str, measure: str
) -> None:
    assert _read(text, lang)[figure][0] == measure


def test_nationals_evacuated_within_their_own_country_are_displaced() -> None:
    found = _read("Troops evacuated 800 Sudanese from villages near Khartoum.", "en")
    assert found["800"][:3:2] == ("displaced", "Sudanese nationals")


def test_a_russian_noun_in_the_singular_after_51_names_its_people() -> None:
    found = _read("Из столицы вывезли 143 гражданина России, в том числе 51 женщину.", "ru")
    # "в том числе" makes the 51 a part of the 143
    assert found["51"][2] == "part of Russian women"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Snipers killed 11 civilians in the Riyadh district of Khartoum.", "en"),
        ("وقتل قناصة 11 مدنيا في حي الرياض في الخرطوم.", "ar"),
        ("Снайперы убили 11 мирных жителей в квартале Эр-Рияд в Хартуме.", "ru"),
    ],
)
def test_a_quarter_named_like_a_city_is_no_mention_of_that_city(text: str, lang: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.places == ("Khartoum",)


def test_the_city_itself_is_still_read() -> None:
    (claim,) = extract(
        Document(id="x", text="Shelling killed 9 people in Riyadh, the Saudi capital.", lang="en")
    )
    assert "Riyadh" in claim.places


def test_a_part_of_foreigners_evacuated_is_evacuated_too() -> None:
    found = _read("وأعلنت الوزارة إجلاء 436 مواطنا مصريا من الخرطوم، بينهم 27 طالبا.", "ar")
    assert (found["436"][0], found["27"][0]) == ("evacuated", "evacuated")


def test_a_part_of_no_one_named_lies_in_no_named_group() -> None:
    from reconcile.scope import Nesting, _subjects_relation

    assert _subjects_relation("part of people", "Russian nationals") is Nesting.UNKNOWN
    assert _subjects_relation("part of Russian nationals", "Russian nationals") is not None


def test_others_counted_beside_a_named_group_do_not_contradict_it() -> None:
    docs = [
        Document(
            id="a.txt",
            text="Two Russian citizens were injured in Khartoum, the ministry said.",
            lang="en",
            published="2026-04-14",
            outlet="a",
        ),
        Document(
            id="b.txt",
            text="In Khartoum, 80 people were killed and more than 1,400 others "
            "were injured, the UN said.",
            lang="en",
            published="2026-04-14",
            outlet="b",
        ),
    ]
    assert "contradicts" not in {r.kind.value for r in reconcile(docs).relations}


@pytest.mark.parametrize(
    ("text", "lang", "figure", "subject"),
    [
        ("Some 40 Indians were evacuated by sea.", "en", "Some 40", "Indian nationals"),
        ("وأجلت الهند 300 مواطن هندي.", "ar", "300", "Indian nationals"),
        ("Эвакуированы 25 белорусов.", "ru", "25", "Belarusian nationals"),
    ],
)
def test_nationalities_of_an_evacuation_story(
    text: str, lang: str, figure: str, subject: str
) -> None:
    assert _read(text, lang)[figure][2] == subject


def test_an_arabic_agent_between_verb_and_figure_is_who_acted() -> None:
    found = _read("وقتل مسلحون 17 مدنيا في السوق.", "ar")
    assert found["17"][0] == "killed"


def test_one_source_raising_its_figure_in_one_report_updates_it() -> None:
    from reconcile import Claim, Quantity, Span

    def said(start: int, quantity: Quantity) -> Claim:
        return Claim(
            document="w.txt",
            span=Span(start, start + 2),
            quantity=quantity,
            measure="killed",
            places=["Beni Suef"],
            as_of="2026-11-23",
            speaker="Health Ministry",
        )

    report = reconcile([said(0, Quantity.at_least(18)), said(90, Quantity.exact(23))])
    assert [r.kind.value for r in report.relations] == ["updates"]


@pytest.mark.parametrize(
    ("text", "lang", "people"),
    [
        ("Two passenger trains collided and 18 people died.", "en", ["18"]),
        ("Each family of the 18 dead will get 250,000 Egyptian pounds.", "en", ["18"]),
        ("Столкнулись два пассажирских поезда, погибли 18 человек.", "ru", ["18"]),
        ("Семьям 18 погибших выплатят по 250 тысяч египетских фунтов.", "ru", ["18"]),
        ("وصل 60 مسلحا على متن 40 دراجة نارية.", "ar", ["60"]),
        ("С рельсов сошли семь вагонов, погибли 18 человек.", "ru", ["18"]),
    ],
)
def test_vehicles_and_money_of_a_crash_or_raid_are_no_people(
    text: str, lang: str, people: list[str]
) -> None:
    found = _read(text, lang)
    assert [written for written, (_, unit, _) in found.items() if unit == "people"] == people


@pytest.mark.parametrize(
    ("text", "lang", "figure", "subject"),
    [
        ("Gunmen abducted at least 87 pupils from the school.", "en", "at least 87", "pupils"),
        ("وقال إن المسلحين خطفوا 87 تلميذا من المدرسة.", "ar", "87", "pupils"),
        ("Были похищены 64 ученика.", "ru", "64", "pupils"),
        ("Боевики похитили более 270 школьниц.", "ru", "более 270", "schoolchildren"),
    ],
)
def test_those_taken_by_force_are_abducted(text: str, lang: str, figure: str, subject: str) -> None:
    assert _read(text, lang)[figure][::2] == ("abducted", subject)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A train travelling from Cairo to Aswan crashed near Minya, killing 14 people.", "en"),
        ("A bus crashed near Minya, some 80 kilometres south of Cairo, killing 14 people.", "en"),
        ("Поезд, следовавший из Каира в Асуан, сошёл с рельсов у Миньи, погибли 14 человек.", "ru"),
        ("اصطدم القطار القادم من القاهرة إلى أسوان قرب المنيا، ما أدى إلى مقتل 14 شخصا.", "ar"),
    ],
)
def test_a_route_or_a_reference_point_is_not_where_it_happened(text: str, lang: str) -> None:
    (claim,) = [c for c in extract(Document(id="x", text=text, lang=lang)) if c.unit == "people"]
    assert "Cairo" not in claim.places
    assert "Aswan" not in claim.places


def test_people_from_a_country_keep_it_as_their_origin() -> None:
    found = _read("Some 300 fighters from Tajikistan joined. In Cairo, 40 people died.", "en")
    assert found["Some 300"][2] == "Tajik nationals"
    (claim,) = extract(Document(id="x", text="In Cairo, 40 people died.", lang="en"))
    assert claim.places == ("Cairo",)


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Of those, 76 have been discharged.", "en", "76"),
        ("Из больниц выписаны 76 человек.", "ru", "76"),
    ],
)
def test_those_sent_home_from_hospital_are_discharged(text: str, lang: str, figure: str) -> None:
    assert _read(text, lang)[figure][0] == "discharged"


def test_a_distance_after_a_toll_counts_no_one() -> None:
    text = "وأعلنت الوزارة مقتل 23 شخصا في حادث وقع على بعد نحو 90 كيلومترات جنوب المدينة."
    found = _read(text, "ar")
    assert [w for w, (_, unit, _) in found.items() if unit == "people"] == ["23"]


def _kinds_of(first: str, second: str) -> set[str]:
    docs = [
        Document(id=f"{n}.txt", text=text, lang="en", published="2026-11-24", outlet=f"o{n}")
        for n, text in enumerate((first, second))
    ]
    return {r.kind.value for r in reconcile(docs).relations}


def test_women_killed_below_a_toll_of_no_one_named_are_among_them() -> None:
    kinds = _kinds_of(
        "Nine women were killed in Cairo, a doctor said.",
        "Exactly 27 people were killed in Cairo, the ministry said.",
    )
    assert "contradicts" not in kinds


def test_civilians_below_a_toll_of_no_one_named_still_contradict_it() -> None:
    kinds = _kinds_of(
        "Exactly 900 civilians were killed in Cairo, the monitor said.",
        "Exactly 9,000 people were killed in Cairo, the ministry said.",
    )
    assert "contradicts" in kinds


def test_a_russian_town_no_table_lists_is_named_in_latin_letters() -> None:
    (claim,) = extract(Document(id="x", text="В селе Риба похищены 64 ученика.", lang="ru"))
    assert claim.places == ("Riba",)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Some 340 inmates escaped. Police recaptured 95 escapees; about 200 remain at large.",
            "en",
            {"Some 340": "escaped", "95": "detained", "about 200": "at_large"},
        ),
        (
            "Из колонии сбежали 340 заключенных. Около 200 беглецов остаются в бегах.",
            "ru",
            {"340": "escaped", "Около 200": "at_large"},
        ),
        (
            "وقالت الشرطة إن 340 سجينا فروا من السجن، وأعيد القبض على 95 منهم.",
            "ar",
            {"340": "escaped", "95": "detained"},
        ),
    ],
)
def test_a_prison_break_counts_the_escaped_the_recaptured_and_those_at_large(
    text: str, lang: str, expected: dict[str, str]
) -> None:
    assert {w: m for w, (m, _, _) in _read(text, lang).items()} == expected


@pytest.mark.parametrize(
    ("text", "lang", "figure", "measure"),
    [
        ("Some 23 inmates returned to the prison on their own.", "en", "Some 23", "returned"),
        ("The toll among prison staff has risen to six.", "en", "six", "died"),
        ("В тюрьму добровольно вернулись 23 заключенных.", "ru", "23", "returned"),
    ],
)
def test_the_word_prison_alone_imprisons_no_one(
    text: str, lang: str, figure: str, measure: str
) -> None:
    assert _read(text, lang)[figure][0] == measure


def test_an_arabic_number_with_the_article_after_a_noun_of_time_is_a_duration() -> None:
    text = "وانتشلت فرق الإنقاذ 22 جثة خلال الساعات الأربع والعشرين الماضية."
    assert list(_read(text, "ar")) == ["22"]


def test_fugitives_caught_are_detained_not_escaped() -> None:
    found = _read("Муса Данлади заявил, что 112 беглецов были пойманы к утру.", "ru")
    assert found["112"][0] == "detained"


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("وقال المحافظ إن 9 مصابين في حالة حرجة.", "9", "critical"),
        ("وقال إن 35 مصابا ما زالوا يتلقون العلاج في المستشفيات.", "35", "hospitalised"),
        ("وأسفر الحادث عن 20 قتيلا و40 جريحا.", "40", "injured"),
    ],
)
def test_an_arabic_measure_noun_then_the_state_of_those_it_counts(
    text: str, figure: str, measure: str
) -> None:
    assert _read(text, "ar")[figure][0] == measure


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("By Thursday 17 bodies had been recovered from the river.", "en", "17"),
        ("وتم انتشال جثث 17 شخصا من النهر.", "ar", "17"),
        ("Судмедэксперты опознали тела 17 погибших.", "ru", "17"),
    ],
)
def test_bodies_recovered_are_a_part_of_the_toll(text: str, lang: str, figure: str) -> None:
    assert _read(text, lang)[figure][0] == "recovered"


def test_bodies_recovered_below_a_later_toll_neither_contradict_nor_update_it() -> None:
    docs = [
        Document(
            id="a.txt",
            text="In Cairo, 17 bodies were recovered, police said.",
            lang="en",
            published="2026-05-04",
            outlet="a",
        ),
        Document(
            id="b.txt",
            text="In Cairo, exactly 41 people died, the ministry said.",
            lang="en",
            published="2026-05-06",
            outlet="b",
        ),
    ]
    assert {r.kind.value for r in reconcile(docs).relations} == {"scope_differs"}


def test_more_bodies_than_dead_is_a_contradiction() -> None:
    docs = [
        Document(
            id="a.txt",
            text="In Cairo, police recovered the bodies of 57 villagers.",
            lang="en",
            published="2026-05-04",
            outlet="a",
        ),
        Document(
            id="b.txt",
            text="In Cairo, exactly 41 villagers died, the ministry said.",
            lang="en",
            published="2026-05-04",
            outlet="b",
        ),
    ]
    assert "contradicts" in {r.kind.value for r in reconcile(docs).relations}


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Divers retrieved 23 bodies from the reservoir.", "en", "23"),
        ("وانتشلت فرق الإنقاذ 23 جثة من النهر.", "ar", "23"),
        ("Водолазы подняли 23 тела из водохранилища.", "ru", "23"),
    ],
)
def test_a_verb_of_finding_before_bodies_counts_the_recovered(
    text: str, lang: str, figure: str
) -> None:
    assert _read(text, lang)[figure][0] == "recovered"


def test_bodies_alone_are_still_the_dead() -> None:
    found = _read("Thousands of bodies still lie under the rubble.", "en")
    assert found["Thousands"][0] == "killed"


def test_a_year_is_read_as_a_number_of_its_own_not_digits_of_a_figure() -> None:
    from reconcile import Claim, Quantity, Span

    def said(doc: str, quantity: Quantity, as_of: str, quote: str, who: str) -> Claim:
        return Claim(
            document=doc,
            span=Span(0, 2),
            quantity=quantity,
            measure="killed",
            places=["Cairo"],
            as_of=as_of,
            speaker=who,
            quote=quote,
        )

    # dated 2000 by its report, the figure 12000 holds the digits "2000" but names no year
    earlier = said("a.txt", Quantity.exact(12000), "2000-11-20", "Some 12000 people died", "A")
    later = said("b.txt", Quantity.exact(400), "2026-11-20", "Some 400 people died", "B")
    assert [r.kind.value for r in reconcile([earlier, later]).relations] == ["contradicts"]
