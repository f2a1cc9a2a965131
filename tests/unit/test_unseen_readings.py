"""Readings that articles on subjects the library had not seen asked for.

Every sentence is written for this module. Each case states the figure as
written and what the claim must carry.
"""

import pytest

from reconcile import Claim, Document, Quantity, Span, extract, quantities
from reconcile import reconcile as reconcile_documents
from reconcile.estimation import estimate
from reconcile.extraction.knowledge import knowledge
from reconcile.extraction.sources import canonical_speaker
from reconcile.names import same_source
from reconcile.relations import compare
from reconcile.scope import Nesting, Scope, scope_of, subject_relation


def _by_figure(text: str, lang: str) -> dict[str, Claim]:
    """The claims of ``text``, by their figure as written."""
    return {c.quantity.text: c for c in extract(Document(id="x", text=text, lang=lang))}


def _subjects(text: str, lang: str) -> dict[str, str | None]:
    return {figure: c.subject for figure, c in _by_figure(text, lang).items()}


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


def _toll(document: str, quantity: Quantity, subject: str | None) -> Claim:
    return Claim(
        document=document,
        span=Span(0, 2),
        quantity=quantity,
        measure="killed",
        subject=subject,
        places=["Bamako"],
        as_of="2024-05-02",
    )


@pytest.mark.parametrize(
    ("subject", "named", "unnamed", "kind"),
    [
        # two of a named origin or role beside a toll that names no one: a part of it
        ("Russian nationals", Quantity.exact(2), Quantity.at_least(18), "scope_differs"),
        ("Russian nationals", Quantity.exact(11), Quantity.exact(26), "scope_differs"),
        ("soldiers", Quantity.exact(4), Quantity.exact(26), "scope_differs"),
        ("guards", Quantity.exact(2), Quantity.at_least(18), "scope_differs"),
        # close figures: two counts of one group, which disagree
        ("Russian nationals", Quantity.approx(300), Quantity.approx(400), "contradicts"),
        ("guards", Quantity.exact(15), Quantity.exact(20), "contradicts"),
    ],
)
def test_a_named_group_far_below_an_unnamed_toll_is_a_part_of_it(
    subject: str, named: Quantity, unnamed: Quantity, kind: str
) -> None:
    found = compare(_toll("a", named, subject), _toll("b", unnamed, None))
    assert found is not None
    assert found.kind.value == kind


def test_a_role_far_below_an_unnamed_toll_may_still_be_the_whole_toll() -> None:
    # "970 civilians" beside "10,000 people": civilians may be all the dead
    found = compare(
        _toll("a", Quantity.exact(970), "civilians"), _toll("b", Quantity.exact(10000), None)
    )
    assert found is not None
    assert found.kind.value == "contradicts"


# a noun after a comma that opens the figure's attribution counts no one
ATTRIBUTION_AFTER_A_COMMA = [
    ("A gas leak killed 31, police said.", "en", "31", None),
    ("The storm killed 31, rescue workers told reporters.", "en", "31", None),
    ("Погибли 31, сообщили спасатели.", "ru", "31", None),
    # an apposition after the comma still names them
    ("The storm killed 31, mostly fishermen.", "en", "31", "fishermen"),
]


@pytest.mark.parametrize(("text", "lang", "figure", "subject"), ATTRIBUTION_AFTER_A_COMMA)
def test_the_speaker_after_a_comma_is_not_whom_a_figure_counts(
    text: str, lang: str, figure: str, subject: str | None
) -> None:
    assert _subjects(text, lang)[figure] == subject


def test_injuring_says_who_was_injured() -> None:
    claims = extract(
        Document(
            id="x",
            text="The blast tore through a depot, killing 12 and injuring more than 90.",
            lang="en",
        )
    )
    assert [(c.quantity.text, c.measure) for c in claims] == [
        ("12", "killed"),
        ("more than 90", "injured"),
    ]


# words for things, money and perpetrators the lexicons lacked
READINGS = [
    ("Каждая семья получит по 20 млн динаров.", "ru", "20 млн", "unit", "dinars"),
    ("Власти выделили 300 тысяч гривен на ремонт.", "ru", "300 тысяч", "unit", "UAH"),
    ("وخصصت الحكومة 9000 درهم لكل أسرة.", "ar", "9000", "unit", "dirhams"),
    ("Some 45 fire engines fought the fire overnight.", "en", "Some 45", "unit", "vehicles"),
    ("Some 45 firefighters fought the blaze overnight.", "en", "Some 45", "measure", None),
    ("وقالت الشرطة إنها قتلت أربعة من المهاجمين.", "ar", "أربعة", "subject", "attackers"),
    ("Все шестеро нападавших были убиты.", "ru", "шестеро", "subject", "attackers"),
    ("Полиция задержала семерых пособников.", "ru", "семерых", "subject", "accomplices"),
]


@pytest.mark.parametrize(("text", "lang", "figure", "field", "value"), READINGS)
def test_the_lexicons_read_new_words(
    text: str, lang: str, figure: str, field: str, value: str | None
) -> None:
    claims = _by_figure(text, lang)
    assert getattr(claims[figure], field) == value


def _in_hospital(document: str, value: int, as_of: str, measure: str = "hospitalised") -> Claim:
    return Claim(
        document=document,
        span=Span(0, 3),
        quantity=Quantity.exact(value),
        measure=measure,
        places=["Basra"],
        as_of=as_of,
        speaker=f"source {document}",
    )


@pytest.mark.parametrize("measure", ["hospitalised", "missing", "at_large"])
def test_a_count_that_changes_day_by_day_is_updated_the_next_day(measure: str) -> None:
    later = compare(
        _in_hospital("a", 212, "2026-11-10", measure), _in_hospital("b", 97, "2026-11-12", measure)
    )
    same_day = compare(
        _in_hospital("a", 212, "2026-11-10", measure), _in_hospital("b", 97, "2026-11-10", measure)
    )
    assert later is not None
    assert later.kind.value == "updates"
    assert same_day is not None
    assert same_day.kind.value == "contradicts"


def test_a_stock_of_months_still_contradicts_within_its_window() -> None:
    # those fighting in a war are counted over months: two days apart is one period
    found = compare(
        _in_hospital("a", 2000, "2026-11-10", "fighters"),
        _in_hospital("b", 900, "2026-11-12", "fighters"),
    )
    assert found is not None
    assert found.kind.value == "contradicts"


def test_the_estimate_of_a_day_by_day_count_rests_on_the_latest_day() -> None:
    claims = [
        _in_hospital("a", 212, "2026-11-10"),
        _in_hospital("b", 174, "2026-11-11"),
        _in_hospital("c", 97, "2026-11-12"),
    ]
    found = estimate(claims)
    assert found is not None
    assert (found.low, found.best, found.high) == (97, 97, 97)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("МЧС сообщило не более чем о 35 погибших.", "at_most"),
        ("Спасатели говорили как минимум о 35 погибших.", "at_least"),
        ("Источник сообщил более чем об 11 раненых.", "at_least"),
    ],
)
def test_a_russian_qualifier_before_the_preposition_of_reported_speech(
    text: str, qualifier: str
) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="ru"))
    assert claim.quantity.qualifier.value == qualifier


def _scope_of(subject: str) -> Scope:
    return scope_of(_toll("a", Quantity.exact(5), subject))


@pytest.mark.parametrize(
    ("a", "b", "nesting"),
    [
        # where they come from, and what they did: neither holds the other
        ("Russian nationals", "attackers", Nesting.OVERLAP),
        ("part of foreign nationals", "gunmen", Nesting.OVERLAP),
        # a description of a part of the same people still lies within them
        ("Iraqi civilians", "civilians killed by shelling", Nesting.WIDER),
        ("Russian nationals", "Russian nationals held by police", Nesting.WIDER),
    ],
)
def test_a_group_and_a_description_with_nothing_shared_cross(
    a: str, b: str, nesting: Nesting
) -> None:
    assert subject_relation(_scope_of(a), _scope_of(b)) is nesting


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The regional governor's office said 4,500 residents were moved.",
            "regional governor's office",
        ),
        ("The governor’s office said 4,500 residents were moved.", "governor's office"),
        ("The Ugandan Red Cross Society said 4,500 residents were moved.", "Uganda Red Cross"),
        ("The Libyan Red Crescent Society said 4,500 residents were moved.", "Libya Red Crescent"),
    ],
)
def test_a_body_named_with_its_owner_or_its_society_keeps_it(text: str, speaker: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.speaker == speaker


_FILLER = (
    "The water rose fast and many homes were lost, and the roads that link the farms to "
    "the towns were cut for days. Schools were closed for a week and markets shut, while "
    "traders counted their losses and farmers waited for the fields to drain. Aid workers "
    "said the response had been slow and that more boats were needed to reach the people "
    "cut off by the water, many of whom had climbed onto roofs."
)


@pytest.mark.parametrize(
    ("opening", "places"),
    [
        # a province and its country named alike: the article is about the country at least
        ("Floods hit homes in Egypt. Later the rains reached villages in Beni Suef.", ("Egypt",)),
        # three provinces of one country: that country
        (
            "Floods hit homes in Kebbi and Sokoto. The rains reached villages in Zamfara.",
            ("Nigeria",),
        ),
        # two countries named alike: no telling
        ("Floods hit homes in Kenya. Later the rains reached villages in Zamfara.", ()),
    ],
)
def test_places_of_one_country_vote_for_it(opening: str, places: tuple[str, ...]) -> None:
    text = f"{opening}\n\n{_FILLER}\n\nDoctors said 40 people were hurt."
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.places == places


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name Ali, which folding spells as "على" (on) is spelt
        ("وقال المتحدث باسم الشرطة علي الساعدي إن 19 شخصا أصيبوا.", "Ali al-Sadi"),
        # a name, then the title that says who the person is
        ("وقال علي الساعدي المتحدث باسم الشرطة إن 19 شخصا أصيبوا.", "Ali al-Sadi"),
        ("وقال كريم جواد مدير المستشفى إن 19 شخصا أصيبوا.", "Karim Jawad"),
        # a title alone stays the role
        ("وقال المتحدث باسم الشرطة إن 19 شخصا أصيبوا.", "spokesman"),
    ],
)
def test_an_arabic_name_beside_its_title_is_the_speaker(text: str, speaker: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="ar"))
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "figure", "measure"),
    [
        ("وحرر الجنود 35 رهينة بعد اقتحام الفندق.", "ar", "35", "released"),
        ("وقالت الشرطة إنها حررت 12 مختطفا.", "ar", "12", "released"),
        ("Some 35 aid workers have been held captive since May.", "en", "Some 35", "abducted"),
    ],
)
def test_words_of_hostages_freed_and_held(text: str, lang: str, figure: str, measure: str) -> None:
    claims = _by_figure(text, lang)
    assert claims[figure].measure == measure


def test_a_toll_of_years_before_in_one_document_is_no_repeat() -> None:
    def toll(quantity: Quantity, as_of: str, start: int) -> Claim:
        return Claim(
            document="a",
            span=Span(start, start + 2),
            quantity=quantity,
            measure="killed",
            places=["Bamako"],
            as_of=as_of,
        )

    # "since 2015, when 20 hostages died" beside today's "at least 18 dead"
    found = compare(
        toll(Quantity.exact(20), "2015-11", 0), toll(Quantity.at_least(18), "2024-05", 9)
    )
    assert found is None or found.kind.value != "repeats"
    # the same figure twice in one document, days apart, still repeats
    twice = compare(
        toll(Quantity.exact(20), "2024-05-02", 0), toll(Quantity.exact(20), "2024-05-03", 9)
    )
    assert twice is not None
    assert twice.kind.value == "repeats"


def test_an_arabic_subject_framed_before_its_verb_may_hold_a_title_and_an_office() -> None:
    text = (
        "وكان المتحدث باسم مديرية الدفاع المدني العميد نوفل الساعدي قد أعلن "
        "يوم الثلاثاء أن 11 من عمال الميناء قتلوا."
    )
    (claim,) = extract(Document(id="x", text=text, lang="ar"))
    assert claim.speaker == "Nufl al-Sadi"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("По данным гражданской обороны, пострадали 16 человек.", "speaker", "civil defence"),
        ("Как сообщало в среду МЧС, пострадали 16 человек.", "speaker", "Emergencies Ministry"),
        ("В больницы доставлены 16 человек.", "measure", "hospitalised"),
    ],
)
def test_russian_sources_and_hospitals_read_in_either_order(
    text: str, field: str, value: str
) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="ru"))
    assert getattr(claim, field) == value


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Turkish embassy in Niamey said three Turkish engineers were hurt.", "en"),
        ("Посольство Турции в Ниамее заявило, что пострадали трое инженеров.", "ru"),
    ],
)
def test_an_embassy_speaks_not_the_city_it_sits_in(text: str, lang: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.speaker is not None
    assert claim.speaker not in ("Niamey", "Niamei")
    assert len(claim.speaker.split()) > 1


# things, animals and money named after a figure: no people
THINGS = [
    (
        "Damage reached 2.4 billion pesos, and 900 head of livestock died.",
        "en",
        "2.4 billion",
        "PHP",
    ),
    ("Damage reached 2.4 billion pesos, and 900 head of livestock died.", "en", "900", "animals"),
    ("Families were moved to 31 evacuation centres.", "en", "31", "centres"),
    ("Погибли 900 голов скота.", "ru", "900", "animals"),
    ("ونفق 900 رأس من الماشية.", "ar", "900", "animals"),
    ("وستدفع الشركة 5 ملايين تنغي لكل أسرة.", "ar", "5 ملايين", "KZT"),
    # a collapsed block and the machines that dig it out
    ("The block held about 40 flats.", "en", "about 40", "homes"),
    ("Eight excavators joined the search.", "en", "Eight", "machines"),
    ("На месте работают восемь экскаваторов, погибли 30 человек.", "ru", "восемь", "machines"),
    ("وأجلي السكان من مبان مجاورة يقطنها 60 شخصا، وانهارت 3 مبان.", "ar", "3", "buildings"),
    ("وسقطت الحافلة من ارتفاع 150 مترا.", "ar", "150", "m"),
    ("She heads a tenants' association in one of the worst-hit blocks.", "en", "one", "buildings"),
    ("Residents live in 12-storey towers near the plant.", "en", "12", "floors"),
]


@pytest.mark.parametrize(("text", "lang", "figure", "unit"), THINGS)
def test_things_and_money_after_a_figure_are_their_own_unit(
    text: str, lang: str, figure: str, unit: str
) -> None:
    claims = _by_figure(text, lang)
    assert claims[figure].unit == unit


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("About 150 relatives of the dead waited at the airport.", "en", "About 150"),
        ("В аэропорту ждали около 150 родственников погибших.", "ru", "около 150"),
        ("وانتظر نحو 150 من ذوي الضحايا في المطار.", "ar", "نحو 150"),
    ],
)
def test_the_relatives_of_the_dead_are_not_the_dead(text: str, lang: str, figure: str) -> None:
    claims = _by_figure(text, lang)
    assert claims[figure].measure is None
    assert claims[figure].subject == "relatives"


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("The plane carried 140 passengers, the airline said.", "en", "airline"),
        ("Как рассказал Тимур Ахметов, погибли 14 человек.", "ru", "Timur Akhmetov"),
    ],
)
def test_more_ways_of_naming_a_source(text: str, lang: str, speaker: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.speaker == speaker


def test_a_given_name_with_the_letters_of_abdul_is_no_part_of_the_surname() -> None:
    assert same_source("Abdoulaye Traore", "عبد الله تراوري")
    assert same_source("Nafiu Abubakar", "نافع أبو بكر")


@pytest.mark.parametrize(
    ("text", "lang", "figure", "measure"),
    [
        ("The aircraft was carrying 96 people when it came down.", "en", "96", "on_board"),
        ("In all, 96 people were on board.", "en", "96", "on_board"),
        # what befell those on board is what their figure counts
        ("All 58 people on board were killed.", "en", "58", "killed"),
        ("Students carrying 300 placards gathered outside.", "en", "300", None),
        ("На борту находились 96 человек.", "ru", "96", "on_board"),
        ("وكانت الطائرة تقل 96 شخصا.", "ar", "96", "on_board"),
    ],
)
def test_those_on_board(text: str, lang: str, figure: str, measure: str | None) -> None:
    claims = _by_figure(text, lang)
    if measure is None:
        assert figure not in claims or claims[figure].measure is None
    else:
        assert claims[figure].measure == measure


def test_two_counts_of_those_on_board_the_same_day_contradict() -> None:
    def aboard(document: str, value: int) -> Claim:
        return Claim(
            document=document,
            span=Span(0, 3),
            quantity=Quantity.exact(value),
            measure="on_board",
            places=["Karaganda"],
            as_of="2026-11-24",
            speaker=f"source {document}",
        )

    found = compare(aboard("a", 168), aboard("b", 171))
    assert found is not None
    assert found.kind.value == "contradicts"


def _dead(document: str, value: int, subject: str | None, place: str) -> Claim:
    return Claim(
        document=document,
        span=Span(0, 3),
        quantity=Quantity.exact(value),
        measure="killed",
        subject=subject,
        places=[place],
        as_of="2026-11-24",
        speaker=f"source {document}",
    )


def test_a_town_toll_of_everyone_beside_a_country_toll_of_children_crosses() -> None:
    # the town's figure may count everyone; the country's only the children
    found = compare(_dead("a", 27, None, "Mosul"), _dead("b", 4, "children", "Iraq"))
    assert found is not None
    assert found.kind.value == "scope_differs"
    # children in the town cannot outnumber everyone in the country
    found = compare(_dead("a", 27, "children", "Mosul"), _dead("b", 4, None, "Iraq"))
    assert found is not None
    assert found.kind.value == "contradicts"


@pytest.mark.parametrize("text", ["والعدد تجاوز 150 مصابا", "وقالت إن الحصيلة تجاوزت 150 مصابا"])
def test_the_arabic_past_of_exceeds_is_a_lower_bound(text: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="ar"))
    assert claim.quantity.qualifier.value == "at_least"


def test_the_injured_flown_to_hospital_are_in_hospital_not_home() -> None:
    text = "Nine survivors were flown to hospitals in the capital."
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.measure == "hospitalised"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Пограничники изъяли 40 паспортов.", "ru"), ("وصادرت الشرطة 40 جواز سفر.", "ar")],
)
def test_passports_are_no_people(text: str, lang: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.unit == "passports"


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("The storm killed 31 people. Eight of them were caught at sea.", "en", "Eight"),
        ("قتل 31 شخصا، 8 منهم في البحر.", "ar", "8"),
    ],
)
def test_a_part_of_them_is_a_part_though_no_group_is_named(
    text: str, lang: str, figure: str
) -> None:
    claims = _by_figure(text, lang)
    assert claims[figure].subject == "part of people"


def test_the_toll_of_a_past_disaster_neither_refines_nor_agrees_with_today_s() -> None:
    def toll(document: str, quantity: Quantity, as_of: str, quote: str) -> Claim:
        return Claim(
            document=document,
            span=Span(0, 3),
            quantity=quantity,
            quote=quote,
            measure="killed",
            places=["Bangladesh"],
            as_of=as_of,
        )

    then = toll("a", Quantity.exact(138000), "1991", "the 1991 cyclone killed 138,000 people")
    now = toll("b", Quantity.at_least(19), "2026-11-23", "the storm killed at least 19 people")
    found = compare(then, now)
    assert found is not None
    assert found.kind.value == "scope_differs"
    assert "past event" in found.reason


# words for what befell people that the first cyclone reports used
MORE_MEASURES = [
    ("За медицинской помощью обратились около 230 человек.", "ru", "около 230", "injured"),
    ("На связь не выходят более 100 рыбаков.", "ru", "более 100", "missing"),
    ("Связь потеряна с 40 рыбаками.", "ru", "40", "missing"),
    ("Шторм погубил от 300 до 500 тыс. человек.", "ru", "от 300 до 500 тыс", "killed"),
    ("В укрытиях находятся 2 тыс. человек.", "ru", "2 тыс", "camp_population"),
    ("В пунктах временного размещения находятся 900 человек.", "ru", "900", "camp_population"),
    ("The coast guard said it had lost contact with 40 fishermen.", "en", "40", "missing"),
    ("About 230 people sought medical help after the storm.", "en", "About 230", "injured"),
    ("Some 70 villagers had to be carried to safety by boat.", "en", "Some 70", "rescued"),
    # the harm of cold is an injury
    ("Some 40 climbers were treated for frostbite.", "en", "Some 40", "injured"),
    ("С обморожениями в больницы обратились 35 человек.", "ru", "35", "injured"),
    ("وعولج 35 شخصا من قضمة الصقيع.", "ar", "35", "injured"),
    # held where a disaster caught them
    (
        "More than 300 motorists were trapped in their vehicles after snow buried the road.",
        "en",
        "More than 300",
        "trapped",
    ),
    ("Avalanche kills at least 27, hundreds trapped in vehicles", "en", "hundreds", "trapped"),
    ("Более 300 водителей оказались заблокированы в своих машинах.", "ru", "Более 300", "trapped"),
    ("Под завалами остаются 12 человек.", "ru", "12", "trapped"),
    ("وما زال 200 شخص عالقين في سياراتهم.", "ar", "200", "trapped"),
    # hostages are abducted
    ("The attackers took 40 people hostage on Tuesday.", "en", "40", "abducted"),
    ("The group still holds 30 hostages.", "en", "30", "abducted"),
    # Arabic "نقل" alone is moved or taken anywhere, not brought home
    ("ونقل 30 شخصا إلى المستشفيات.", "ar", "30", "hospitalised"),
    ("ونقل أكثر من 60 منهم إلى مستشفى المدينة.", "ar", "أكثر من 60", "hospitalised"),
    (
        "وقال الحاكم إن أكثر من 12 ألف ساكن نقلوا من منطقة الخطر.",
        "ar",
        "أكثر من 12 ألف",
        "displaced",
    ),
    # bodies a verb after their noun says were found, among the dead
    ("All 64 bodies have now been recovered.", "en", "64", "recovered"),
    ("58 тел были извлечены из-под обломков.", "ru", "58", "recovered"),
    ("Some 30 bodies lay in the street and the army found weapons.", "en", "Some 30", "killed"),
    ("Rescuers found eight more bodies on Wednesday.", "en", "eight", "recovered"),
    # a comma ends the clause of the verb before: "погибли, еще 11 госпитализированы"
    ("Из них девять погибли, еще 11 госпитализированы.", "ru", "11", "hospitalised"),
    # taken to the hospital, with the article, or with an auxiliary between
    ("Some 52 people were admitted to the hospital on Monday.", "en", "Some 52", "hospitalised"),
    ("В больницу были доставлены 52 пострадавших.", "ru", "52", "hospitalised"),
    # a condition or a fate that "remains": not those still in a war zone
    ("Six people remain in intensive care.", "en", "Six", "critical"),
    ("Судьба еще семи человек остается неизвестной.", "ru", "семи", "missing"),
    ("About 2,000 fighters remain in Syria.", "en", "About 2,000", "in_conflict_zone"),
    # and a governor ("حاكم") tries no one
    (
        "وكان حاكم الإقليم قد قال إن أكثر من 12 ألف ساكن نقلوا من منطقة الخطر.",
        "ar",
        "أكثر من 12 ألف",
        "displaced",
    ),
]


@pytest.mark.parametrize(("text", "lang", "figure", "measure"), MORE_MEASURES)
def test_more_words_for_what_befell_people(text: str, lang: str, figure: str, measure: str) -> None:
    claims = _by_figure(text, lang)
    assert claims[figure].measure == measure


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("وانتشلت فرق الإنقاذ جثث ثمانية أشخاص من تحت الأنقاض.", "ar", "ثمانية"),
        # read so before too, as "recovered the bodies" is a phrase of [recovered]: a guard
        ("Divers recovered the bodies of 19 people on Monday.", "en", "19"),
    ],
)
def test_bodies_named_before_the_figure_are_bodies_recovered(
    text: str, lang: str, figure: str
) -> None:
    claims = _by_figure(text, lang)
    assert claims[figure].measure == "recovered"


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        # the words for the missing before them must not make the boats people
        ("Он заявил, что на связь не выходят более 100 рыбаков с 30 траулеров.", "ru", "30"),
        ("Rescuers lost contact with 22 trawlers at sea.", "en", "22"),
    ],
)
def test_boats_are_no_people(text: str, lang: str, figure: str) -> None:
    claims = _by_figure(text, lang)
    assert figure not in claims or claims[figure].unit != "people"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nasrin Akhter, the state minister, repeated that 1.2 million people had left.",
            "Nasrin Akhter",
        ),
        (
            "Abdul Mannan, who heads the association, disputed that figure, saying around "
            "110 fishermen were missing.",
            "Abdul Mannan",
        ),
    ],
)
def test_restating_or_disputing_a_figure_states_it(text: str, speaker: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.speaker == speaker


def test_a_time_right_after_a_figure_is_its_own_however_long_the_figure() -> None:
    text = "Storms killed more than 300,000 people in 1970 and about 138,000 in 1991."
    claims = _by_figure(text, "en")
    assert claims["more than 300,000"].as_of == "1970"
    assert claims["about 138,000"].as_of == "1991"


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Snow buried a 12-kilometre stretch of the road.", "12", "km"),
        ("The slide left a 4-metre drift across the pass.", "4", "m"),
        ("Crews cleared a 3-mile section by noon.", "3", "miles"),
    ],
)
def test_a_unit_joined_to_its_figure_by_a_hyphen_is_its_unit(
    text: str, figure: str, unit: str
) -> None:
    claims = _by_figure(text, "en")
    assert claims[figure].unit == unit


def test_a_range_with_a_hyphen_is_still_a_range() -> None:
    claims = extract(Document(id="x", text="Officials said 2-3 people died.", lang="en"))
    assert [(c.quantity.low, c.quantity.high) for c in claims] == [(2, 3)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The toll rose to 64. Of the dead, 11 were women.", "11"),
        ("Of those killed, 12 were police officers.", "12"),
    ],
)
def test_a_figure_after_of_the_dead_is_a_part(text: str, figure: str) -> None:
    subject = _subjects(text, "en")[figure]
    assert subject is not None
    assert subject.startswith("part of ")


def test_of_a_place_before_a_figure_makes_no_part() -> None:
    subjects = _subjects("In the district of the capital, 300 people were killed.", "en")
    assert not (subjects["300"] or "").startswith("part of")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Как сообщило Афганское общество Красного Полумесяца, около 1200 жителей "
            "были эвакуированы.",
            "Afghanistan Red Crescent",
        ),
        ("Кенийское общество Красного Креста сообщило о 40 погибших.", "Kenya Red Cross"),
        (
            "Госпитализированы 20 человек, сообщили в министерстве здравоохранения.",
            "Health Ministry",
        ),
        # a body whose name Russian capitalises only at its first word, in another case
        (
            "Погибли 14 человек, сообщили в Министерстве по чрезвычайным ситуациям.",
            "Emergencies Ministry",
        ),
        # after a time, a known body of four words in another case
        (
            "Погибли 12 человек, сообщили в среду в Министерстве по чрезвычайным ситуациям.",
            "Emergencies Ministry",
        ),
        # the body's country in the genitive after its name is whose it is, not the speaker
        ("Министерство здравоохранения Турции сообщило о 27 погибших.", "Turkish Health Ministry"),
    ],
)
def test_a_society_or_a_ministry_in_another_case_is_its_body(text: str, speaker: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="ru"))
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال أحد سكان القرية إن 30 شخصا قتلوا.", "resident"),
        ("وقال أحد المسعفين إن 30 شخصا قتلوا.", "paramedic"),
    ],
)
def test_one_of_a_group_speaks_by_the_group_s_role(text: str, speaker: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="ar"))
    assert claim.speaker == speaker
    # the residents who speak are not what the figure counts
    assert claim.measure == "killed"


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        (
            "The Red Crescent had counted 41 bodies, while the provincial police had spoken "
            "of at least 52 dead the same day.",
            "at least 52",
            "provincial police",
        ),
        (
            "Of the dead, 11 were women, according to a list compiled by the provincial "
            "health department.",
            "11",
            "provincial health department",
        ),
    ],
)
def test_who_spoke_of_a_figure_or_compiled_its_list_states_it(
    text: str, figure: str, speaker: str
) -> None:
    claims = _by_figure(text, "en")
    assert claims[figure].speaker == speaker


def test_the_toll_of_a_past_disaster_in_a_narrower_place_is_no_earlier_total() -> None:
    then = Claim(
        document="a",
        span=Span(0, 3),
        quantity=Quantity.at_least(170),
        quote="in 2010, avalanches in Parwan killed more than 170 people",
        measure="killed",
        places=["Parwan"],
        as_of="2010-02",
    )
    now = Claim(
        document="b",
        span=Span(0, 2),
        quantity=Quantity.exact(64),
        quote="the toll in Afghanistan rose to 64",
        measure="killed",
        places=["Afghanistan"],
        as_of="2026-02-12",
    )
    found = compare(then, now)
    assert found is not None
    assert found.kind.value == "scope_differs"
    assert "past event" in found.reason


def test_displacement_two_days_apart_is_an_update_not_a_contradiction() -> None:
    def displaced(document: str, value: int, as_of: str) -> Claim:
        return Claim(
            document=document,
            span=Span(0, 3),
            quantity=Quantity.approx(value),
            measure="displaced",
            places=["Parwan"],
            as_of=as_of,
        )

    found = compare(displaced("a", 1200, "2026-02-10"), displaced("b", 2500, "2026-02-12"))
    assert found is not None
    assert found.kind.value == "updates"
    # the same day, two sources that differ still contradict
    same_day = compare(displaced("a", 1200, "2026-02-12"), displaced("b", 2500, "2026-02-12"))
    assert same_day is not None
    assert same_day.kind.value == "contradicts"


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Погибли под завалами 12 человек.", "ru", "12"),
        ("ويرجح أن مئات القتلى لا يزالون تحت الأنقاض.", "ar", "مئات"),
    ],
)
def test_the_dead_under_the_rubble_are_not_trapped(text: str, lang: str, figure: str) -> None:
    claims = _by_figure(text, lang)
    assert claims[figure].measure != "trapped"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Rescuers found eight more bodies on Wednesday.", "eight"),
        ("The toll of 27 is three more than the police figure.", "three"),
    ],
)
def test_a_figure_more_is_an_addition_not_a_total(text: str, figure: str) -> None:
    subject = _subjects(text, "en")[figure]
    assert subject is not None
    assert subject.startswith("part of ")


@pytest.mark.parametrize(
    ("text", "lang", "figure", "unit"),
    [
        ("More than 2,000 people die on the roads each year.", "en", "More than 2,000", "year"),
        ("Each year, more than 2,000 people die on the roads.", "en", "more than 2,000", "year"),
        ("Road accidents kill about 40 people a day.", "en", "about 40", "day"),
        ("На дорогах ежегодно гибнут более 2 тыс. человек.", "ru", "более 2 тыс", "year"),
        ("ويلقى أكثر من ألفي شخص حتفهم سنويا على الطرق.", "ar", "أكثر من ألفي", "year"),
    ],
)
def test_a_rate_of_people_is_no_count_of_one_event(
    text: str, lang: str, figure: str, unit: str
) -> None:
    assert _by_figure(text, lang)[figure].unit == f"people per {unit}"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The crash killed 27 people, the worst in a year.", "27"),
        ("A year ago, 30 people died in a similar crash.", "30"),
        ("Floods killed 300 people, a year after the drought.", "300"),
    ],
)
def test_a_year_as_a_time_makes_no_rate(text: str, figure: str) -> None:
    assert _by_figure(text, "en")[figure].unit == "people"


@pytest.mark.parametrize(
    "text",
    [
        "The Disaster and Emergency Management Authority (AFAD) said 27 people had died.",
        "At least 27 people died, the Disaster and Emergency Management Authority (AFAD) said.",
        "According to the Disaster and Emergency Management Authority (AFAD), 27 people died.",
    ],
)
def test_a_body_named_with_its_short_form_speaks_by_its_whole_name(text: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.speaker == "Disaster and Emergency Management Authority"


def test_two_sources_joined_by_and_stay_apart() -> None:
    (claim,) = extract(Document(id="x", text="According to Reuters and AP, 30 died.", lang="en"))
    assert claim.speaker == "Reuters"


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("مديرية الصحة", "Health Directorate"),
        ("هيئة الإنقاذ", "Rescue Authority"),
        ("إدارة الكوارث والطوارئ", "Disaster and Emergencies Department"),
        ("رئيس إدارة الصحة", "Health Department"),
        ("وزارة حالات الطوارئ", "Emergencies Ministry"),
        ("إدارة الكوارث والطوارئ التركية", "Disaster and Emergencies Department"),
        # a known body keeps its name, and a place after "في" is no person
        ("وزارة الصحة في غزة", "Health Ministry"),
    ],
)
def test_an_arabic_body_is_named_by_its_kind_and_field(name: str, canonical: str) -> None:
    assert canonical_speaker(name, knowledge("ar")) == canonical


def test_an_arabic_time_of_day_after_the_verb_is_no_name() -> None:
    text = (
        "وقالت إدارة الكوارث والطوارئ إن الجسر انهار.\n"
        "وكانت الإدارة قد أعلنت مساء الثلاثاء مقتل 14 شخصا على الأقل."
    )
    (claim,) = extract(Document(id="x", text=text, lang="ar"))
    assert claim.speaker == "Disaster and Emergencies Department"


# a body's or a person's name as wire copy writes it: owned by a place, a
# title after a body, a particle joined to a surname
NAMED_SPEAKERS = [
    ("Iraq's civil defence directorate said 44 people died.", "en", "civil defence"),
    ("The country's health ministry said 44 people died.", "en", "health ministry"),
    # guards: a role owns its office; a body's noun alone is that body
    ("The governor's office said 44 people died.", "en", "governor's office"),
    ("The directorate said 96 people were injured.", "en", "directorate"),
    ("The civil defence directorate said 44 people died.", "en", "civil defence"),
    (
        "According to health ministry spokesman Saif al-Badri, 43 people were injured.",
        "en",
        "Saif al-Badri",
    ),
    (
        "According to the provincial health directorate spokesman Ahmed Younis, 96 people "
        "were injured.",
        "en",
        "Ahmed Younis",
    ),
    (
        "According to UN spokesman Stephane Dujarric, 96 people were injured.",
        "en",
        "Stephane Dujarric",
    ),
    (
        "According to Nineveh health directorate spokesman Ahmed Younis, 96 people were injured.",
        "en",
        "Ahmed Younis",
    ),
    ("According to Nineveh police, 96 people were injured.", "en", "police"),
    (
        "Как сообщил представитель министерства здравоохранения Ирака Сайф аль-Бадри, "
        "43 человека получили ранения.",
        "ru",
        "Sayf Al-Badri",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker"), NAMED_SPEAKERS)
def test_a_speaker_named_with_its_owner_title_or_particle(
    text: str, lang: str, speaker: str
) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.speaker == speaker


ARABIC_BODIES = [
    # a field before the place it serves, in construct, has no article
    ("وقالت دائرة صحة نينوى في بيان إن عدد المصابين بلغ 78 شخصا.", "Nineveh Health Department"),
    ("وقالت مديرية صحة بغداد إن 78 شخصا أصيبوا.", "Baghdad Health Directorate"),
    # a source in a known body speaks for that body
    ("وأوضح مصدر في الدفاع المدني أن 27 شخصا لقوا حتفهم.", "civil defence"),
    ("وقال مصدر في الشرطة إن 27 شخصا لقوا حتفهم.", "police source"),
    # guard: a source in a place that is no body stays a source
    ("وقال مصدر في المستشفى إن 27 شخصا لقوا حتفهم.", "source"),
]


@pytest.mark.parametrize(("text", "speaker"), ARABIC_BODIES)
def test_an_arabic_body_of_a_place_or_a_source_inside_a_body(text: str, speaker: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="ar"))
    assert claim.speaker == speaker


# figures that count no one the report is about: an age, someone's children, a rank
NOT_COUNTS = [
    ("Most of the dead were children under the age of five.", "en", "five"),
    ("Amina, a mother of three, died on Sunday.", "en", "three"),
    ("وتوفيت أم لثلاثة أطفال يوم الأحد.", "ar", "ثلاثة"),
    ("Среди погибших мать троих детей.", "ru", "троих"),
    ("Two teenagers, aged 16 and 17, died in the fire.", "en", "17"),
    ("A girl of about two was among the dead.", "en", "about two"),
    ("Yemen suffered one of the worst cholera epidemics in modern history.", "en", "one"),
    ("Это одна из крупнейших вспышек холеры в истории страны.", "ru", "одна"),
    # guards: an age written in Arabic, already none
    ("وأغلب الضحايا أطفال دون سن 5 سنوات.", "ar", "5"),
]


@pytest.mark.parametrize(("text", "lang", "figure"), NOT_COUNTS)
def test_an_age_a_family_or_a_rank_is_no_count(text: str, lang: str, figure: str) -> None:
    assert figure not in _by_figure(text, lang)


# a figure of time or of places: no people counted
NOT_PEOPLE = [
    # those who say it, after a comma that ends what they say
    ("At least 110 pilgrims died, two diplomats told AP on Friday.", "en", "two"),
    ("The toll rose to 40, three officials said.", "en", "three"),
    # things counted by the piece
    (
        "Rescuers brought 30 pieces of equipment to the mine, where 16 miners were killed.",
        "en",
        "30",
    ),
    ("More than 120 rescuers and 30 pieces of equipment were at the site.", "en", "30"),
    ('"We buried them ourselves, 14 in one afternoon," a farmer said.', "en", "one"),
    ("The floods killed 40 people in one night.", "en", "one"),
    ("At least 12 died in one village alone.", "en", "one"),
    ("قتل 12 شخصا في يوم واحد.", "ar", "واحد"),
    # (a guard) a village, already none
    ("غمرت المياه قرية واحدة على الأقل.", "ar", "واحدة"),
    # a label: a part and an article of a code, a number after "№"
    (
        "Возбуждено дело по части 3 статьи 238 УК РФ (услуги, повлекшие смерть двух и более лиц).",
        "ru",
        "3",
    ),
    (
        "Возбуждено дело по части 3 статьи 238 УК РФ (услуги, повлекшие смерть двух и более лиц).",
        "ru",
        "238",
    ),
    ("Жильцов разместили в школе № 23, там находятся 40 человек.", "ru", "23"),
    # how many a place or a vehicle holds
    ("Police arrested 18 people at the arena, which can accommodate 40,000 fans.", "en", "40,000"),
    ("The ferry, licensed to carry 80 passengers, was carrying 212 people.", "en", "80"),
    (
        "Полиция задержала 18 человек у стадиона, который вмещает около 25 тысяч зрителей.",
        "ru",
        "около 25 тысяч",
    ),
    ("Паром, рассчитанный на 80 пассажиров, перевозил 212 человек.", "ru", "80"),
    ("اعتقلت الشرطة 18 شخصا قرب الملعب الذي يتسع لنحو 25 ألف متفرج.", "ar", "نحو 25 ألف"),
    ("كانت العبارة التي تتسع ل80 راكبا تقل 212 شخصا.", "ar", "80"),
]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The ferry, licensed to carry 80 passengers, was carrying 212 people.", "en"),
        ("Паром, рассчитанный на 80 пассажиров, перевозил 212 человек.", "ru"),
        ("كانت العبارة التي تتسع ل80 راكبا تقل 212 شخصا.", "ar"),
    ],
)
def test_beside_a_capacity_the_people_aboard_are_still_counted(text: str, lang: str) -> None:
    # (a guard) only the figure right after the capacity words is none
    claims = _by_figure(text, lang)
    assert claims["212"].unit == "people"


@pytest.mark.parametrize(("text", "lang", "figure"), NOT_PEOPLE)
def test_a_figure_of_time_or_places_counts_no_one(text: str, lang: str, figure: str) -> None:
    claims = _by_figure(text, lang)
    assert figure not in claims or claims[figure].unit != "people"


def _counted(doc: str, low: int, measure: str, subject: str | None = None) -> Claim:
    """A claim of ``low`` people, in one place on one day."""
    return Claim(
        document=doc,
        span=Span(0, 2),
        quantity=Quantity.exact(low),
        measure=measure,
        subject=subject,
        places=["Goma"],
        as_of="2026-03-04",
    )


def test_the_dead_or_missing_meet_neither_the_dead_nor_the_missing() -> None:
    both = _counted("a", 90, "dead_or_missing")
    assert compare(both, _counted("b", 58, "died")) is None
    assert compare(both, _counted("c", 35, "missing")) is None
    casualties = _counted("d", 186, "dead_or_injured")
    assert compare(casualties, _counted("e", 37, "killed")) is None
    assert compare(casualties, _counted("f", 140, "injured")) is None


def test_two_sources_give_one_days_toll_in_two_verbs_and_dispute_it() -> None:
    # one document, one day: "34 people had died" (the government), "at least 56
    # were killed" (a rights group): rival counts of one toll
    text = (
        "Government spokesman Mamadi Kourouma said on Tuesday that 34 people had died in Conakry. "
        "The rights group OGDH said on Tuesday that at least 56 people were killed in Conakry."
    )
    report = reconcile_documents([Document(id="x", text=text, lang="en", published="2026-03-03")])
    assert [r.kind.value for r in report.relations] == ["contradicts"]


def test_a_part_of_the_dead_bounds_no_count_of_bodies() -> None:
    # "three more were killed" and "six more bodies were recovered": two parts
    part = "part of people"
    relation = compare(_counted("a", 6, "recovered", part), _counted("b", 3, "killed", part))
    assert relation is None or relation.kind.value != "contradicts"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Heavy rains since late February have killed more than 130 people.", "en"),
        ("С конца февраля погибли более 130 человек.", "ru"),
    ],
)
def test_a_toll_since_a_part_of_a_month_holds_when_published(text: str, lang: str) -> None:
    doc = Document(id="x", text=text, lang=lang, published="2026-03-05")
    (claim,) = extract(doc)
    assert claim.as_of == "2026-03-05"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("At least 34 people died in the crush at the 28 September Stadium.", "en"),
        ("В давке на стадионе «28 сентября» погибли 34 человека.", "ru"),
        ("لقي 34 شخصا حتفهم في تدافع بملعب 28 سبتمبر.", "ar"),
    ],
)
def test_a_place_named_for_a_date_dates_nothing(text: str, lang: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang, published="2026-03-04"))
    assert claim.as_of == "2026-03-04"


def test_a_lower_case_word_after_a_date_names_no_place() -> None:
    # (a guard) "By 5 March hospital officials said": the date holds
    text = "By 5 March hospital officials said 40 people had died."
    (claim,) = extract(Document(id="x", text=text, lang="en", published="2026-03-06"))
    assert claim.as_of == "2026-03-05"


def test_a_figure_not_counted_is_not_replaced() -> None:
    # (a guard) "not counting the 12": no update of one figure by the other
    text = "The agency said 58 people had died, not counting the 12 killed on Monday."
    report = reconcile_documents([Document(id="x", text=text, lang="en", published="2026-03-03")])
    assert all(r.kind.value != "updates" for r in report.relations)


def test_a_date_beside_no_name_still_dates_its_figure() -> None:
    # (a guard) "28 September" with no place's noun beside it is when the figure holds
    text = "At least 34 people died on 28 September, officials said."
    (claim,) = extract(Document(id="x", text=text, lang="en", published="2026-03-04"))
    assert claim.as_of == "2025-09-28"


def test_one_after_a_toll_may_still_be_a_person() -> None:
    claims = _by_figure("Twelve people were killed overnight and one in the morning.", "en")
    assert claims["one"].unit == "people"
    assert _by_figure("قتل شخص واحد وأصيب أربعة.", "ar")["واحد"].measure == "killed"


def test_one_of_a_rank_of_people_is_still_a_person() -> None:
    claims = _by_figure("One of the latest victims was a nurse.", "en")
    assert claims["One"].subject == "victims"


def test_one_person_named_in_the_singular_is_of_that_group() -> None:
    claims = _by_figure("The outbreak has killed 41 people. One nurse died on Monday.", "en")
    assert claims["One"].subject == "nurses"
    assert claims["41"].subject is None


def test_a_singular_noun_after_a_figure_of_many_is_not_its_group() -> None:
    claims = _by_figure("At least eight miners, including a young woman, were rescued.", "en")
    assert claims["At least eight"].subject == "miners"


def test_a_short_form_after_a_bodys_lower_case_noun_is_its_name() -> None:
    text = "The disaster and emergency management agency AFAD said 11 miners were rescued."
    assert _by_figure(text, "en")["11"].speaker == "AFAD"


def test_arabic_commemorating_is_no_rescue() -> None:
    # "إحياء ذكرى" folds as "احياء" (alive)
    claims = _by_figure("وتجمع الآلاف لإحياء ذكرى 40 من الضحايا.", "ar")
    assert claims["40"].measure != "rescued"


def test_a_russian_name_in_the_genitive_ending_in_lya() -> None:
    claims = _by_figure("По словам губернатора Кемаля Айдогду, погибли 28 горняков.", "ru")
    assert claims["28"].speaker == "Kemal Aydogdu"


def test_the_time_inside_a_russian_participle_aside_is_the_events() -> None:
    text = "В среду число погибших в давке, произошедшей во вторник, выросло до 31."
    doc = Document(id="x", text=text, lang="ru", published="2026-03-05")
    (claim,) = extract(doc)
    assert claim.as_of == "2026-03-04"  # Wednesday, not Tuesday


TITLED_SPEAKERS = [
    (
        "Of the dead, 11 were women, ministry spokesman Saif al-Badri told reporters.",
        "en",
        "11",
        "Saif al-Badri",
    ),
    (
        "Interior Ministry spokesman Ahmed Younis said 96 people were injured.",
        "en",
        "96",
        "Ahmed Younis",
    ),
    (
        "The head of the civil defence directorate, Brigadier Hamid Jabbar, said 60 people "
        "were trapped.",
        "en",
        "60",
        "Hamid Jabbar",
    ),
    (
        "According to the Karbala health directorate, 152 people were injured.",
        "en",
        "152",
        "health directorate",
    ),
    (
        "The ministry, which had put the toll at 27 on Wednesday, also raised its count of "
        "the injured to 168.",
        "en",
        "168",
        "ministry",
    ),
    (
        "Как сообщил в среду источник в полиции провинции Кербела, погибли 45 человек.",
        "ru",
        "45",
        "police source",
    ),
    (
        "وقال مدير الدفاع المدني في محافظة كربلاء العميد حامد جبار إن 60 شخصا عالقون.",
        "ar",
        "60",
        "Hamed Jabar",
    ),
    # guards: a body's spokesman with no name is the body; a place's body
    ("Oxfam's spokesman said 2,000 families had fled the floods.", "en", "2,000", "Oxfam"),
    ("وقال مدير المستشفى في تصريح للصحفيين إن 60 شخصا أصيبوا.", "ar", "60", "hospital"),
]


@pytest.mark.parametrize(("text", "lang", "figure", "speaker"), TITLED_SPEAKERS)
def test_a_titled_speaker_after_the_words_of_its_office(
    text: str, lang: str, figure: str, speaker: str
) -> None:
    assert _by_figure(text, lang)[figure].speaker == speaker


def test_the_same_statement_refers_back_and_a_background_time_after_is_not_the_figures() -> None:
    text = (
        "The health ministry said 38 people had died, eleven of them overnight in the port, "
        "where the outbreak began three weeks ago. Of the 38 dead, 16 were children, a "
        "ministry statement said. Suspected cases have passed 1,900, according to the same "
        "statement."
    )
    doc = Document(id="x", text=text, lang="en", published="2026-03-02")
    claims = {c.quantity.text: c for c in extract(doc)}
    assert claims["eleven"].as_of == "2026-03-02"
    assert claims["passed 1,900"].speaker == "ministry statement"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The civil defence directorate said on Thursday that rescuers had found 44 bodies.",
            "civil defence",
        ),
        ("Volunteers counted 300 dead, the ministry said.", "ministry"),
        # guards: a study that finds is its own source; counters with no one after them
        ("A UN study found 44 people had died.", "United Nations"),
        ("Volunteers counted 300 dead.", "Volunteers"),
    ],
)
def test_what_others_found_inside_a_report_is_the_reporters(text: str, speaker: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.speaker == speaker


def test_helpers_who_join_a_search_join_no_group() -> None:
    assert _by_figure("Some 300 volunteers joined the search.", "en")["Some 300"].measure is None


def test_relief_handed_out_counts_no_one() -> None:
    text = "وزع المتطوعون أكثر من ألفي بطانية على 520 شخصا."
    assert _by_figure(text, "ar")["أكثر من ألفي"].unit == "blankets"


def test_more_of_a_named_group_stays_a_part_after_a_figure_of_another_kind() -> None:
    text = "Some 40 people were injured on Monday, and three more of the injured died overnight."
    assert _by_figure(text, "en")["three"].subject == "part of people"


def test_a_day_that_names_the_event_is_no_time_of_the_figure() -> None:
    text = "Three more of the injured died overnight, bringing the toll from Tuesday's crush to 34."
    doc = Document(id="x", text=text, lang="en", published="2026-03-05")
    assert {c.quantity.text: c.as_of for c in extract(doc)}["34"] == "2026-03-05"


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("وقتل 12 شخصا، وفق بيان صادر عن وزارة الداخلية.", "ar", "Interior Ministry"),
        ("Как сообщили в среду в МЧС, погибли 12 человек.", "ru", "Emergencies Ministry"),
        ("Погибли 12 человек, сообщили в местной администрации.", "ru", "local authorities"),
        # guard: a known body in the prepositional after the time
        (
            "Погибли 12 человек, сообщили в среду в министерстве здравоохранения.",
            "ru",
            "Health Ministry",
        ),
    ],
)
def test_a_body_named_after_a_statement_or_a_preposition(
    text: str, lang: str, speaker: str
) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.speaker == speaker


def test_a_night_that_names_the_event_is_no_time_of_the_figure() -> None:
    text = "The ministry on Thursday raised its toll from Monday night's shipwreck to 31."
    doc = Document(id="x", text=text, lang="en", published="2026-03-05")
    (claim,) = extract(doc)
    assert claim.as_of == "2026-03-05"


def test_a_body_that_raises_its_toll_states_it_whatever_the_toll_is_called() -> None:
    text = "Yemen's health ministry on Thursday raised its cholera death toll to 38."
    assert _by_figure(text, "en")["38"].speaker == "Yemeni health ministry"


# what probes p34-p40 asked of the readers, as (text, language, figure, field,
# value): measures, parts and speakers of unseen reporting
PROBE_READINGS = [
    (
        "В стационарах остаются 128 человек, из них девять в тяжелом состоянии.",
        "ru",
        "128",
        "measure",
        "hospitalised",
    ),
    ("Под завалами по-прежнему остаются 13 горняков.", "ru", "13", "measure", "trapped"),
    ("В больницах Караганды остаются 71 пострадавший.", "ru", "71", "measure", "hospitalised"),
    (
        "По данным ЮНИСЕФ, в руках похитителей остаются около 45 детей.",
        "ru",
        "около 45",
        "measure",
        "abducted",
    ),
    (
        "Police detained four people, including two workers.",
        "en",
        "two",
        "subject",
        "part of workers",
    ),
    (
        "The blast killed 36 miners, including three rescuers.",
        "en",
        "three",
        "subject",
        "part of rescuers",
    ),
    (
        "Задержаны четыре человека, в том числе два инженера.",
        "ru",
        "два",
        "subject",
        "part of people",
    ),
    ("The ministry put the number of inpatients at 410.", "en", "410", "measure", "hospitalised"),
    ("More than 300 people have fallen ill.", "en", "More than 300", "measure", "infected"),
    ("وتمكنت فرق الإنقاذ من إنقاذ 35 شخصا.", "ar", "35", "measure", "rescued"),
    ("Three more of the injured died in hospital overnight.", "en", "Three", "measure", "died"),
    ("В больницы Зонгулдака были доставлены 27 горняков.", "ru", "27", "measure", "hospitalised"),
    (
        "وأعلنت وزارة الصحة أن 20 شخصا قتلوا. وقال رئيسها إن 27 شخصا في المستشفى.",
        "ar",
        "27",
        "speaker",
        "Health Ministry",
    ),
    ("Nineteen workers were killed and 43 others injured.", "en", "43", "subject", None),
    ("The blaze broke out at 3 am, trapping 40 workers.", "en", "40", "measure", "trapped"),
    (
        "وكان قد صرح بأن أكثر من 600 من السكان تم إجلاؤهم من الأحياء المنخفضة.",
        "ar",
        "أكثر من 600",
        "measure",
        "displaced",
    ),
    ("Rescuers pulled 42 people from the river.", "en", "42", "measure", "rescued"),
    ("Rescuers were still searching for 25 people on Wednesday.", "en", "25", "measure", "missing"),
    ("Спасатели извлекли из воды 42 человека.", "ru", "42", "measure", "rescued"),
    ("Fourteen people were stuck in lifts.", "en", "Fourteen", "measure", "trapped"),
    ("В лифтах застряли 14 человек.", "ru", "14", "measure", "trapped"),
    ("واندلع 23 حريقا في المدينة.", "ar", "23", "unit", "fires"),
    ("На борту лодки находились 60 человек.", "ru", "60", "measure", "on_board"),
    ("Береговая охрана спасла 12 человек.", "ru", "12", "measure", "rescued"),
    # guards: readings that held before these rules and must not move
    (
        "В Сирии остаются около двух тысяч граждан России.",
        "ru",
        "около двух тысяч",
        "measure",
        "in_conflict_zone",
    ),
    ("وأخرجت فرق الإنقاذ 12 عاملا أحياء.", "ar", "12", "measure", "rescued"),
    ("На родину были доставлены 30 детей.", "ru", "30", "measure", "repatriated"),
    (
        "Nineteen workers were killed and 43 others died in hospital.",
        "en",
        "43",
        "subject",
        "part of people",
    ),
    ("Thirty inmates broke out of the prison.", "en", "Thirty", "measure", "escaped"),
    ("Rescuers pulled 12 bodies from the river.", "en", "12", "measure", "recovered"),
    ("Спасатели извлекли из-под завалов тела 12 погибших.", "ru", "12", "measure", "recovered"),
    # a clause ending in a place no table lists, before ", said": the speaker follows the verb
    (
        "At least 12 people died in Tazarine, said Ahmed Saleh.",
        "en",
        "At least 12",
        "speaker",
        "Ahmed Saleh",
    ),
    # a name of two words, each capitalised
    (
        "At least 12 people died in Tazarine Oued, said Ahmed Saleh.",
        "en",
        "At least 12",
        "speaker",
        "Ahmed Saleh",
    ),
    ("Погибли 12 человек в селе Тазарин, сообщили власти.", "ru", "12", "speaker", "authorities"),
    (
        "Погибли 12 человек в Тазарине, сообщил Магомед Алиев.",
        "ru",
        "12",
        "speaker",
        "Magomed Aliev",
    ),
    # a fronted "Об этом" (or a time) puts the subject after its verb: the
    # next sentence names the source of the one before
    (
        "Число погибших возросло до 41. Об этом во вторник сообщило министерство здравоохранения.",
        "ru",
        "возросло до 41",
        "speaker",
        "Health Ministry",
    ),
    (
        "Не менее 34 человек утонули. Об этом сообщил координатор гражданской защиты Жан Мумбере.",
        "ru",
        "Не менее 34",
        "speaker",
        "Zhan Mumbere",
    ),
    # a given name in "-а" is no place in the genitive closing the office
    (
        "Погибли 12 человек, сообщил губернатор штата Мустафа Мухаммед Нур.",
        "ru",
        "12",
        "speaker",
        "Mustafa Mukhammed Nur",
    ),
    (
        "34 people drowned, said territory administrator Thomas Bakenga.",
        "en",
        "34",
        "speaker",
        "Thomas Bakenga",
    ),
    # Arabic: a title, its office and the office's region, then the person's name
    (
        "وأوضح منسق الحماية المدنية في الإقليم جان مومبيري أن 112 شخصا أنقذوا.",
        "ar",
        "112",
        "speaker",
        "Jan Mumbiri",
    ),
    (
        "قال والي ولاية البحر الأحمر مصطفى محمد نور إن 23 شخصا لقوا حتفهم.",
        "ar",
        "23",
        "speaker",
        "Mustafa Mohammed Nur",
    ),
    (
        "وقال المدير العام لوزارة الصحة بالولاية الدكتور أحمد عثمان إن 23 شخصا لقوا حتفهم.",
        "ar",
        "23",
        "speaker",
        "Ahmed Athman",
    ),
    (
        "قال المتحدث باسم جمعية المجتمع المدني في شمال كيفو جان بامبازا إن 85 شخصا قتلوا.",
        "ar",
        "85",
        "speaker",
        "Jan Bambaza",
    ),
    (
        "أعلنت وزارة الصحة بولاية البحر الأحمر ارتفاع الحصيلة إلى 41 قتيلا.",
        "ar",
        "41",
        "speaker",
        "Health Ministry",
    ),
    ("وأوضح الوالي أن 23 شخصا لقوا حتفهم.", "ar", "23", "speaker", "governor"),
    # (a guard) a name, then whom it told: "لوكالة" is no office of the name
    (
        "وقال أحمد عثمان لوكالة فرانس برس إن 23 شخصا لقوا حتفهم.",
        "ar",
        "23",
        "speaker",
        "Ahmed Athman",
    ),
    # "from" after a figure in words names where its people come from, not where they are
    (
        "The 40 children were flown home. Twelve of them come from Dagestan, five from Chechnya.",
        "en",
        "five",
        "places",
        (),
    ),
    # "of them" after a whole and its part ("including") means the whole
    (
        "The hospital treated 31 passengers, including 11 children. Six of them were critical.",
        "en",
        "Six",
        "subject",
        "part of passengers",
    ),
    (
        "В больнице остаются 19 пострадавших, в том числе пятеро детей. Двое из них в коме.",
        "ru",
        "Двое",
        "subject",
        "part of victims",
    ),
    # (a guard) a part named in a sentence of its own is what a later "of them" means
    (
        "Among the dead were 12 children. Five of them were girls.",
        "en",
        "Five",
        "subject",
        "part of children",
    ),
    # a sentence opening "Об этом" attributes the sentence before it
    (
        "Оползень сошел 1 марта.\n\nЧисло погибших возросло до 31 человека. Об этом сообщил"
        " губернатор провинции Джозеф Кандаи.",
        "ru",
        "возросло до 31",
        "speaker",
        "Dzhozef Kandai",
    ),
    # (a guard) a sentence that does not refer back attributes nothing before it
    (
        "Оползень сошел 1 марта.\n\nПогибли 31 человек. Губернатор Джозеф Кандаи прибыл на место.",
        "ru",
        "31",
        "speaker",
        None,
    ),
    # after "according to", what is cited and whose it is
    (
        "Fires killed 41 people, according to a report by Amnesty International.",
        "en",
        "41",
        "speaker",
        "Amnesty International",
    ),
    (
        "Fires killed 41 people, according to new figures from the fire service.",
        "en",
        "41",
        "speaker",
        "fire service",
    ),
    # the figure's people among a group counted: a part of it
    (
        "Twenty-two of our people are among the dead, he said.",
        "en",
        "Twenty-two",
        "subject",
        "part of people",
    ),
    (
        "Погибли 40 человек. Двенадцать детей оказались среди погибших.",
        "ru",
        "Двенадцать",
        "subject",
        "part of children",
    ),
    ("قتل 40 شخصا. وكان 12 طفلا من بين القتلى.", "ar", "12", "subject", "part of children"),
    # a province no table lists, after its country's possessive
    (
        "A landslide killed 31 people in Papua New Guinea's Tari province.",
        "en",
        "31",
        "places",
        ("Papua New Guinea", "Tari"),
    ),
    # (a guard) where a figure was said, with a possessive before the place
    (
        "Speaking at a forum in Iraq's Kurdistan region, he said 12 people died in Mosul.",
        "en",
        "12",
        "places",
        ("Mosul",),
    ),
    # (guards from a review of the rules above) a toll earlier in the clause
    # leaves a figure given as no value of it; a clause after a comma; a
    # sentence that names no one; a bearing after "the far"; a lower-case
    # word after a date; nurses, not sisters
    (
        "The toll is expected to climb, with 25 people still unaccounted for.",
        "en",
        "25",
        "measure",
        "missing",
    ),
    ("Forty people died, among the dead were 12 children.", "en", "Forty", "subject", None),
    (
        "Погибли 12 человек. Об этом говорит и то, что больницы переполнены.",
        "ru",
        "12",
        "speaker",
        None,
    ),
    (
        "At least 23 people died in the far north of Syria.",
        "en",
        "At least 23",
        "places",
        ("Syria",),
    ),
    ("В больнице остаются 12 медицинских сестер.", "ru", "12", "subject", None),
    (
        "Three brothers were killed in the strike on their home.",
        "en",
        "Three",
        "subject",
        "brothers",
    ),
    ("The attack left 12 dead and wounded 30, police said.", "en", "30", "measure", "injured"),
    ("According to reports from Kyiv, 12 people were killed.", "en", "12", "speaker", None),
    ("В результате взрыва на газе погибли 11 человек.", "ru", "11", "places", ()),
    (
        "Bodies may have been counted twice at the two morgues in Cangallo.",
        "en",
        "two",
        "unit",
        "morgues",
    ),
    # the figure replaced counts what the one replacing it counts
    (
        "He said 34 people had died, up from the 31 he gave on Monday, after more bodies were"
        " identified at the morgue.",
        "en",
        "31",
        "measure",
        "died",
    ),
    # Arabic "من" before a measure word with the article: of the injured, a part
    (
        "ارتفعت الحصيلة إلى 37 قتيلا بعد وفاة ثلاثة من المصابين.",
        "ar",
        "ثلاثة",
        "subject",
        "part of people",
    ),
    # (a guard) "من" before a place is where they come from
    (
        "قتل 30 طفلا، 24 منهم من داغستان وثلاثة من الشيشان.",
        "ar",
        "ثلاثة",
        "subject",
        "part of Chechen children",
    ),
    # a partitive and a group of people: a part of that group
    ("The mayor said 15 of its residents had died.", "en", "15", "subject", "part of residents"),
    # (a guard) no partitive, no part
    (
        "Gunmen abducted at least 87 pupils from the school.",
        "en",
        "at least 87",
        "subject",
        "pupils",
    ),
    # one place or group alone: a part of a wider count
    ("In Kherson alone, 12 people died.", "en", "12", "subject", "part of people"),
    ("وفي محلية سنكات وحدها، لقي 18 شخصا حتفهم.", "ar", "18", "subject", "part of people"),
    # (guards) the whole before the part alone; "только в" a time; "وحدة", a unit
    (
        "The storm killed 40 people across the country; in Kherson alone, 12 died.",
        "en",
        "40",
        "subject",
        None,
    ),
    ("Только в понедельник погибли 40 человек.", "ru", "40", "subject", None),
    ("قتل 12 شخصا ونقل المصابون إلى وحدة العناية المركزة.", "ar", "12", "subject", None),
    # an addition after its noun, as Arabic writes it
    ("وأضاف أن 13 شخصا آخرين لقوا حتفهم.", "ar", "13", "subject", "part of people"),
    ("وانتشلت فرق الإنقاذ ثلاث جثث إضافية.", "ar", "ثلاث", "subject", "part of people"),
    # (a guard) a comparative is no addition in English
    ("Officials said 12 people more than last year died.", "en", "12", "subject", None),
    # the word gas in the genitive is no Gaza
    ("В результате взрыва бытового газа погибли 11 человек.", "ru", "11", "places", ()),
    # (a guard) the Gaza Strip is
    ("В секторе Газа погибли 11 человек.", "ru", "11", "places", ("Gaza",)),
    # an outlet relays the words of the person named before
    (
        'Губернатор Джозеф Кандаи прибыл на место. "Погибли 31 человек", - приводит его слова'
        " радио NBC.",
        "ru",
        "31",
        "speaker",
        "Dzhozef Kandai",
    ),
    # someone's family is a part of any toll
    ("Mohamed Ali, a farmer who lost two sons, wept.", "en", "two", "subject", "part of people"),
    ("Погибли 40 человек. Фермер потерял двух сыновей.", "ru", "двух", "subject", "part of people"),
    # the dead and the missing in one figure: neither alone
    (
        "More than 90 people are now dead or missing.",
        "en",
        "More than 90",
        "measure",
        "dead_or_missing",
    ),
    (
        "Более 110 человек погибли или числятся пропавшими без вести.",
        "ru",
        "Более 110",
        "measure",
        "dead_or_missing",
    ),
    ("خلفت الكارثة أكثر من 90 بين قتيل ومفقود.", "ar", "أكثر من 90", "measure", "dead_or_missing"),
    # those whose fate is unknown are missing
    (
        "Rescuers saved 30 people, but the fate of 12 traders is unknown.",
        "en",
        "12",
        "measure",
        "missing",
    ),
    ("Судьба 21 жильца пока неизвестна.", "ru", "21", "measure", "missing"),
    # (a guard) "unknown" of something else leaves the figure's own verb
    (
        "The cause of the fire that killed 12 people remains unknown.",
        "en",
        "12",
        "measure",
        "killed",
    ),
    # the dead and the injured in one figure: neither alone
    (
        "Общее число погибших и пострадавших достигло 186.",
        "ru",
        "186",
        "measure",
        "dead_or_injured",
    ),
    ("A total of 186 people were killed and injured.", "en", "186", "measure", "dead_or_injured"),
    ("خلف التدافع 186 بين قتيل وجريح.", "ar", "186", "measure", "dead_or_injured"),
    # (a guard) two figures, each its own
    ("At least 12 people were killed and 40 injured.", "en", "At least 12", "measure", "killed"),
    # a tally before a figure with no verb of its own is what it counts, whatever follows
    ("Death toll from dam collapse climbs to 52 as thousands flee", "en", "52", "measure", "died"),
    (
        "The death toll from the landslide rose to 52 on Friday, the health office in the"
        " province said, as rescuers pulled more bodies from the mud.",
        "en",
        "52",
        "measure",
        "died",
    ),
    # (a guard) a figure with a verb of its own says what befell it
    ("The floods took a heavy toll: 40 people were displaced.", "en", "40", "measure", "displaced"),
    # a bearing with no distance makes its place a reference point, outside which people are
    ("A dam burst, and 23 people died in villages north of Kassala.", "en", "23", "places", ()),
    (
        "Не менее 23 человек погибли в деревнях к северу от Кассалы.",
        "ru",
        "Не менее 23",
        "places",
        (),
    ),
    # (a guard) after an article the bearing names a part of the place
    ("At least 23 people died in the north of Syria.", "en", "At least 23", "places", ("Syria",)),
    # (a guard) English has no such inversion: "told X" names whom the source told
    ("A source told Raseef22 that 300 fighters had returned.", "en", "300", "speaker", "source"),
    # an appositive ending in a place is not the clause the figure ends
    (
        "Ahmed Saleh, who works in Tazarine, said 12 people died.",
        "en",
        "12",
        "speaker",
        "Ahmed Saleh",
    ),
    # who was told, right after the verb, is no speaker: who told them follows
    (
        "Число погибших выросло до 12, сообщили в среду РИА Новости в министерстве "
        "здравоохранения республики.",
        "ru",
        "выросло до 12",
        "speaker",
        "Health Ministry",
    ),
    (
        "Число погибших выросло до 12, сообщили ТАСС в МЧС.",
        "ru",
        "выросло до 12",
        "speaker",
        "Emergencies Ministry",
    ),
    # (a guard) the people told, in lower case, were passed over already
    (
        "Число погибших выросло до 12, рассказал журналистам глава района Иван Петров.",
        "ru",
        "выросло до 12",
        "speaker",
        "Ivan Petrov",
    ),
    # (a guard) with no one after it, the outlet itself reports
    ("Число погибших выросло до 12, сообщает ТАСС.", "ru", "выросло до 12", "speaker", "TASS"),
    # a body's press office, in lower-case words, speaks for the body
    (
        "Число погибших выросло до 12, сообщили в пресс-службе министерства здравоохранения.",
        "ru",
        "выросло до 12",
        "speaker",
        "Health Ministry",
    ),
    # (a guard) a person named after the office's body is the speaker
    (
        "Число погибших выросло до 12, сообщил глава министерства здравоохранения Иван Петров.",
        "ru",
        "выросло до 12",
        "speaker",
        "Ivan Petrov",
    ),
    # a titled person's name ends before "to the ...": whom they told
    (
        "وقال الناطق باسم خفر السواحل العقيد مسعود الترهوني للجزيرة إن نحو 38 مهاجرا مفقودون.",
        "ar",
        "نحو 38",
        "speaker",
        "Masud al-Tarhuni",
    ),
    # intensive care in Russian, after the word for its wards
    (
        "В больницах 47 человек, из них 14 - в отделениях реанимации.",
        "ru",
        "14",
        "measure",
        "critical",
    ),
    ("11 из них остаются в отделениях реанимации.", "ru", "11", "measure", "critical"),
    # no body found: missing
    ("The coastguard said 33 people were presumed dead at sea.", "en", "33", "measure", "missing"),
    (
        "More than 2,400 migrants died or went missing in 2025.",
        "en",
        "More than 2,400",
        "measure",
        "dead_or_missing",
    ),
    # bodies a hospital took in, and bodies found with a full stop after them
    ("The hospital has received nine bodies since Monday.", "en", "nine", "measure", "recovered"),
    ("Rescuers found 19 bodies.", "en", "19", "measure", "recovered"),
    (
        "وقال مدير المستشفى إن المستشفى استقبل منذ الاثنين تسع جثث.",
        "ar",
        "تسع",
        "measure",
        "recovered",
    ),
    # a rescue named by its noun
    ("Береговая охрана ранее сообщала о спасении 47 человек.", "ru", "47", "measure", "rescued"),
    # currencies and packs
    ("The vodka had been sold for 150 soms a bottle.", "en", "150", "unit", "KGS"),
    ("Из Бишкека доставлены около 200 упаковок антидота.", "ru", "около 200", "unit", "packs"),
    ("ونقلت طائرة خاصة نحو 200 عبوة من الترياق.", "ar", "نحو 200", "unit", "packs"),
    # a Russian body's name, written in lower case after its first word and with its
    # short form in brackets, then where the office is, then the person
    (
        "Не менее 61 мигранта пропали без вести. Об этом сообщила во вторник официальный "
        "представитель Международной организации по миграции (МОМ) в Ливии Фатима Бенсалем.",
        "ru",
        "Не менее 61",
        "speaker",
        "Fatima Bensalem",
    ),
    # (a guard) a name with lower-case words after it and no one named later stays
    (
        "Число погибших достигло 12, сообщил директор ФСБ генерал армии Сергей Смирнов по "
        "итогам совещания.",
        "ru",
        "12",
        "speaker",
        "Sergei Smirnov",
    ),
    # who speaks "in" a place, with words between the preposition and the place
    (
        "Doctors in southern Kyrgyzstan say at least 14 people have died.",
        "en",
        "at least 14",
        "speaker",
        "Doctors in southern Kyrgyzstan",
    ),
    (
        "Officials in the north of Syria said 14 people had died.",
        "en",
        "14",
        "speaker",
        "Officials in the north of Syria",
    ),
    # (a guard) with none between
    (
        "Officials in Libya say at least 14 people have died.",
        "en",
        "at least 14",
        "speaker",
        "Officials in Libya",
    ),
    # a body whose name holds a title: the title is no part of a person's name
    (
        "The Prosecutor General's Office said five people had been charged.",
        "en",
        "five",
        "speaker",
        "Prosecutor General's Office",
    ),
    # (a guard) a title before a person's name
    (
        "Prosecutor General Ahmed Ali said five people had been charged.",
        "en",
        "five",
        "speaker",
        "Ahmed Ali",
    ),
    # a measure noun followed by its own figure belongs to that figure
    (
        "قرغيزستان: 12 وفاة بالتسمم بالميثانول وتوقيف أربعة مشتبه بهم.",
        "ar",
        "12",
        "measure",
        "died",
    ),
    # (a guard) a state after the figure's own noun still says what befell it
    ("وأصيب 11 مصابا في حالة حرجة.", "ar", "11", "measure", "critical"),
    # "فيما" (whereas) opens a clause of its own: the part takes its whole's measure
    (
        "وانتشلت فرق الإنقاذ 11 جثة، بينهم ثلاثة أطفال، فيما لا يزال نحو 50 شخصا في عداد "
        "المفقودين.",
        "ar",
        "ثلاثة",
        "measure",
        "killed",
    ),
    # a quoted title that opens with a place names no place
    (
        'وقال مسؤولون إن 12 شخصا قتلوا في سوريا، بحسب صحيفة "الشرق الأوسط اللندنية".',
        "ar",
        "12",
        "places",
        ("Syria",),
    ),
    # (a guard) a place quoted alone is still a place
    (
        "В Сирии погибли 12 человек, сообщает газета «Северный Кавказ».",
        "ru",
        "12",
        "places",
        ("Syria", "North Caucasus"),
    ),
    # "another" after a figure of another kind adds people, no part of the first
    ("Nine people died and another 47 were hospitalised.", "en", "47", "subject", None),
    ("Скончались девять человек, еще 47 госпитализированы.", "ru", "47", "subject", None),
    # (a guard) more of the same kind are a part
    (
        "Nine people died on Monday and another three died on Tuesday.",
        "en",
        "three",
        "subject",
        "part of people",
    ),
    # (a guard) "из них" after a figure of another kind is still a part
    (
        "Из России выехали 2719 граждан, из них 160 уничтожены.",
        "ru",
        "160",
        "subject",
        "part of people",
    ),
    # parts of a building are things
    (
        "The explosion brought down one of its six entrances, killing four people.",
        "en",
        "six",
        "unit",
        "entrances",
    ),
    (
        "Взрыв обрушил один из шести подъездов, погибли четыре человека.",
        "ru",
        "шести",
        "unit",
        "entrances",
    ),
    # (a guard) the figure of the clause after a code's article and part
    (
        "Дело возбуждено по части 3 статьи 238 УК РФ, погибли 11 человек.",
        "ru",
        "11",
        "measure",
        "killed",
    ),
    # a tally's noun takes no figure as its object
    (
        "Yemen flood toll disputed as thousands displaced in Hadramawt",
        "en",
        "thousands",
        "measure",
        "displaced",
    ),
    # a later figure written in words owns the measure words after it
    (
        "Число жертв паводков, вызванных дождями в провинции, возросло до 21 человека, еще шесть "
        "числятся пропавшими без вести.",
        "ru",
        "возросло до 21",
        "measure",
        "killed",
    ),
    # a figure in words inside the partitive after a figure is its whole, no later figure
    (
        '"Of the 412 cases, 260 were recorded in Memba district alone, along with six of the '
        'nine deaths," an official said.',
        "en",
        "six",
        "measure",
        "died",
    ),
    # (a guard) a word after digits goes with them: "600 of them returned"
    ("وقالت الوزارة إن 600 واحد منهم رجعوا إلى تونس.", "ar", "600", "measure", "returned"),
    # a modifier, a field and a title before a person's name
    (
        "Regional Health Minister Irina Sokolova said 16 people had been injured.",
        "en",
        "16",
        "speaker",
        "Irina Sokolova",
    ),
    # a governor's title in Arabic
    (
        "وقال حاكم المقاطعة أليكسي غريتشكو إن 112 شخصا أجلوا.",
        "ar",
        "112",
        "speaker",
        "Alexei Gharitshku",
    ),
    # the day right after an Arabic verb is no speaker
    (
        "وكانت لجنة التحقيق قد أعلنت الثلاثاء أن عدد القتلى سبعة.",
        "ar",
        "سبعة",
        "speaker",
        "Lajnh al-Tahqiq",
    ),
    # the Investigative Committee by its short name
    (
        "СК сообщил о семи погибших при обрушении подъезда.",
        "ru",
        "семи",
        "speaker",
        "Russian Investigative Committee",
    ),
    # who was told, before the verb, and the region a body covers, after its name
    (
        "В ГУ МЧС по Оренбургской области Интерфаксу сообщили о девяти погибших.",
        "ru",
        "девяти",
        "speaker",
        "Emergencies Ministry",
    ),
    (
        "В ГУ МЧС по Оренбургской области сообщили о девяти погибших.",
        "ru",
        "девяти",
        "speaker",
        "Emergencies Ministry",
    ),
    # (a guard) an outlet before a verb of its own reports
    ("ТАСС сообщил о девяти погибших.", "ru", "девяти", "speaker", "TASS"),
    # a quotation of several sentences, attributed once after it closes
    (
        'The river burst its banks. "Fourteen people have died. Our teams are searching the '
        'valleys," Brigadier Saleh al-Kathiri told Reuters.',
        "en",
        "Fourteen",
        "speaker",
        "Saleh al-Kathiri",
    ),
    (
        "Спасатели работали всю ночь. «Погибли девять человек. Поиски продолжаются», - сказал "
        "глава района Иван Петров.",
        "ru",
        "девять",
        "speaker",
        "Ivan Petrov",
    ),
    # a quotation closed by "he said": the person named before it, not a body its
    # last sentence names
    (
        "The Emergencies Ministry said 23 people had died. Gadzhimurad Aliyev, head of the "
        "district, told AP that at least 31 people had been "
        'killed. "We have buried 31 of our people. The ministry counts only those whose '
        'documents were found," he said.',
        "en",
        "31",
        "speaker",
        "Gadzhimurad Aliyev",
    ),
    # (a guard) a quotation closed in its own sentence
    (
        'The river burst its banks. "Fourteen people have died," Saleh al-Kathiri said.',
        "en",
        "Fourteen",
        "speaker",
        "Saleh al-Kathiri",
    ),
    # the office in an appositive between a name and its verb
    (
        "Hisham al-Saidi, deputy governor of Hadramawt, said 27 people had died.",
        "en",
        "27",
        "speaker",
        "Hisham al-Saidi",
    ),
    # (a guard) a body and its relative clause
    (
        "The ministry, which had put the toll at 31, said 27 people had died.",
        "en",
        "27",
        "speaker",
        "ministry",
    ),
    # thousands grouped with a space, a comma right after them
    (
        "Погибли 1 480 человек, ранены почти 2 900, сообщил представитель.",
        "ru",
        "почти 2 900",
        "measure",
        "injured",
    ),
    # graves and villages are things
    ('"We buried them this morning, in one long grave," he said.', "en", "one", "unit", "graves"),
    (
        "Землетрясение разрушило дома в 40 деревнях, погибли 1 140 человек.",
        "ru",
        "40",
        "unit",
        "villages",
    ),
    # accented Latin letters of a name are kept
    (
        "Provincial health director Américo Nhamussua said 12 people died.",
        "en",
        "12",
        "speaker",
        "Américo Nhamussua",
    ),
    # an Arabic infection named by its disease; a currency of Mozambique
    ("وسجلت وزارة الصحة 702 إصابة بالكوليرا.", "ar", "702", "measure", "infected"),
    (
        "The government released 4.5 million meticais for the response.",
        "en",
        "4.5 million",
        "unit",
        "MZN",
    ),
    # (guards, from a review) an outlet that reports, before a comma or its verb
    ("Как сообщает ТАСС, 12 человек погибли.", "ru", "12", "speaker", "TASS"),
    ("РБК сообщил, что 12 человек погибли.", "ru", "12", "speaker", "RBC"),
    (
        "Об этом сообщила газете Известия глава района Ольга Петрова: 12 человек погибли.",
        "ru",
        "12",
        "speaker",
        "Olga Petrova",
    ),
    # (guards, from a review) a place, then a count: no label
    ("В квартире 5 человек погибли при пожаре.", "ru", "5", "measure", "killed"),
    ("В части 30 военнослужащих заболели.", "ru", "30", "measure", "infected"),
    # (guards, from a review) a figure in words after a preposition owns no measure
    ("About 40 migrants on two boats drowned off Libya.", "en", "About 40", "measure", "died"),
    ("30 человек в двух селах погибли.", "ru", "30", "measure", "killed"),
    # (guards, from a review) a quotation of what was said keeps its place
    (
        '"Gaza has lost 300 children this week," the minister said.',
        "en",
        "300",
        "places",
        ("Gaza",),
    ),
    # (guards, from a review) "فيما يتعلق" (regarding) ends no clause
    ("ارتفع عدد القتلى فيما يتعلق بالفيضانات إلى 30 شخصا.", "ar", "30", "measure", "killed"),
    # (guards, from a review) "another" after a partitive's whole is still a part
    (
        "Of the 40 people injured, another 10 were later hospitalised.",
        "en",
        "10",
        "subject",
        "part of people",
    ),
    # (from a review) a surname and a poetic word are no places; the island and the town are
    ("Ben Rhodes said 12 people died.", "en", "12", "places", ()),
    ("Волны выбросили на брега 12 тел.", "ru", "12", "places", ()),
    ("A boat sank off the island of Rhodes, killing 12 people.", "en", "12", "places", ("Rhodes",)),
    ("В Бреге погибли 12 человек.", "ru", "12", "places", ("Brega",)),
    # those a hospital took in are in hospital, a part of any toll of the injured
    (
        "The director said the hospital had received 480 injured people.",
        "en",
        "480",
        "measure",
        "hospitalised",
    ),
    ("وقال مدير المستشفى إن المستشفى استقبل 480 مصابا.", "ar", "480", "measure", "hospitalised"),
    # (a guard) the bodies it took in are recovered
    ("The hospital has received nine bodies since Monday.", "en", "nine", "measure", "recovered"),
    # out of a mine alive, beside those still missing
    (
        "By Wednesday 207 miners had been brought to the surface and 36 remained unaccounted for.",
        "en",
        "207",
        "measure",
        "rescued",
    ),
    (
        "By Wednesday 207 miners had been brought to the surface and 36 remained unaccounted for.",
        "en",
        "36",
        "measure",
        "missing",
    ),
    ("The company said contact had been lost with 31 miners.", "en", "31", "measure", "missing"),
    # (a guard) bodies brought up are no one rescued
    ("Rescuers brought the bodies of 12 miners to the surface.", "en", "12", "measure", "killed"),
    # (a guard) what the speakers after the comma said is still a figure
    (
        "At least 110 pilgrims died, two diplomats told AP on Friday.",
        "en",
        "At least 110",
        "measure",
        "died",
    ),
    # (a guard) a figure of people after a comma, its verb no report of a figure
    (
        "Officials said 40 people died, and two children were injured.",
        "en",
        "two",
        "measure",
        "injured",
    ),
    # (a guard) a body's name goes on after the preposition and the article
    (
        "وقالت الهيئة الوطنية للصحة إن 38 شخصا لقوا حتفهم.",
        "ar",
        "38",
        "speaker",
        "al-Hih al-Watnih Lalshh",
    ),
]


@pytest.mark.parametrize(("text", "lang", "figure", "field", "value"), PROBE_READINGS)
def test_what_the_probes_asked(
    text: str, lang: str, figure: str, field: str, value: str | None
) -> None:
    assert getattr(_by_figure(text, lang)[figure], field) == value


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Almost 1,300 people have died on the central Mediterranean route this year.",
            "en",
            "Mediterranean",
        ),
        ("The boat sank off the Kerkennah Islands, and 31 people died.", "en", "Kerkennah"),
        ("وغرق 31 شخصا قبالة جزر قرقنة.", "ar", "Kerkennah"),
        ("У острова Лампедуза погибли 31 человек.", "ru", "Lampedusa"),
    ],
)
def test_the_seas_and_islands_of_the_migration_routes_are_places(
    text: str, lang: str, place: str
) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.places == (place,)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Посольство России в Багдаде заявило, что среди пострадавших 12 россиян.", "ru"),
        ("В посольстве России в Ираке сообщили, что среди пострадавших 12 россиян.", "ru"),
        ("The Russian embassy in Baghdad said 12 Russians were among the injured.", "en"),
        ("وقالت السفارة الروسية إن 12 روسيا أصيبوا.", "ar"),
    ],
)
def test_a_countrys_embassy_is_named_by_its_country_in_every_language(text: str, lang: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.speaker == "Russian Embassy"


def test_an_embassy_of_a_country_no_table_lists_is_named_by_its_adjective() -> None:
    for text, lang in [
        ("Посольство Турции сообщило, что среди пострадавших 12 граждан.", "ru"),
        ("The Turkish embassy said 12 Turks were among the injured.", "en"),
        ("وقالت السفارة التركية إن 12 تركيا أصيبوا.", "ar"),
    ]:
        (claim,) = extract(Document(id="x", text=text, lang=lang))
        assert claim.speaker == "Turkish Embassy", text


def test_a_toll_that_climbs_past_a_figure_is_at_least_that() -> None:
    (found,) = quantities(
        "Afghan quake death toll climbs past 1,100 as rescuers dig", language="en"
    )
    assert (found.qualifier.value, found.low, found.high) == ("at_least", 1100, None)
    # (a guard) "the past 24 hours" is no bound
    assert [
        q.qualifier.value for q in quantities("In the past 24 hours 12 died.", language="en")
    ] == [
        "exact",
        "exact",
    ]


def _reported(document: str, low: int, quote: str, as_of: str = "2026-03-04") -> Claim:
    return Claim(
        document=document,
        span=Span(0, 2),
        quantity=Quantity.exact(low),
        quote=quote,
        measure="killed",
        places=["Herat"],
        as_of=as_of,
        speaker="OCHA" if document == "a" else "Disaster Management Ministry",
    )


def test_a_figure_reported_as_said_earlier_is_revised_by_one_of_its_day() -> None:
    earlier = _reported("a", 870, "Ранее OCHA сообщало о 870 подтвержденных погибших")
    today = _reported("b", 1480, "the toll rose to 1,480, the ministry said")
    found = compare(earlier, today)
    assert found is not None
    assert found.kind.value == "updates"
    # (a guard) a higher earlier figure of a toll that only grows still contradicts
    higher = _reported("a", 2000, "Earlier, OCHA had put the toll at 2,000")
    falling = compare(higher, today)
    assert falling is not None
    assert falling.kind.value == "contradicts"
    # (a guard) without "earlier", two sources on one day contradict
    plain = _reported("a", 870, "OCHA said 870 were confirmed dead")
    both = compare(plain, today)
    assert both is not None
    assert both.kind.value == "contradicts"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("شارك مليونا و670 ألف حاج في الحج.", 1_670_000),
        ("قتل ألف و200 شخص.", 1200),
        ("رصدت الحكومة مليارا و200 مليون دولار.", 1_200_000_000),
        # (a guard) with no joiner, two figures
        ("A million 300 people were there.", 1_000_000),
    ],
)
def test_a_scale_word_alone_goes_on_with_digits_after_a_joiner(text: str, value: int) -> None:
    assert quantities(text)[0].low == value


def test_a_weekday_a_teen_word_follows_is_a_number() -> None:
    # published on a Thursday: "الأحد عشر" is eleven, not last Sunday
    doc = Document(
        id="x", text="وُجد المفقودون الأحد عشر الباقون جثثا.", lang="ar", published="2026-03-12"
    )
    assert [c.as_of for c in extract(doc)] == ["2026-03-12"]
    # (a guard) the weekday alone
    doc = Document(
        id="y", text="وقالت الوزارة الأحد إن 11 شخصا قتلوا.", lang="ar", published="2026-03-12"
    )
    assert [c.as_of for c in extract(doc)] == ["2026-03-08"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("لترتفع حصيلة قتلى انفجار غاز الميثان الذي وقع ليل الاثنين إلى 38 قتيلا.", "ar"),
        ("The blast that occurred on Monday has killed 38 miners.", "en"),
    ],
)
def test_the_day_an_event_happened_is_no_time_of_its_toll(text: str, lang: str) -> None:
    doc = Document(id="x", text=text, lang=lang, published="2026-03-12")
    assert [c.as_of for c in extract(doc)] == ["2026-03-12"]


def test_the_day_a_body_said_it_is_still_the_time_of_the_toll() -> None:
    # (a guard) no event verb: the day is when the figure was given
    doc = Document(
        id="x", text="وقالت الوزارة الاثنين إن 38 عاملا قتلوا.", lang="ar", published="2026-03-12"
    )
    assert [c.as_of for c in extract(doc)] == ["2026-03-09"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The earthquake struck on Monday; 120 bodies were recovered on Tuesday.", "en"),
        (
            "Землетрясение произошло в понедельник; "
            "120 погибших извлекли из-под завалов во вторник.",
            "ru",
        ),
        ("وقع الزلزال يوم الاثنين؛ 120 شخصا انتشلت جثثهم من تحت الأنقاض يوم الثلاثاء.", "ar"),
    ],
)
def test_a_time_of_the_figures_own_clause_is_its_time_before_a_nearer_one(
    text: str, lang: str
) -> None:
    # published on a Thursday: Monday the 9th, Tuesday the 10th
    doc = Document(id="x", text=text, lang=lang, published="2026-03-12")
    assert [c.as_of for c in extract(doc)] == ["2026-03-10"]


def test_a_time_of_another_clause_holds_when_the_figures_own_clause_has_none() -> None:
    # (a guard) the clause rule ranks times; it drops none
    text = "The earthquake struck on Monday; 120 bodies were recovered."
    doc = Document(id="x", text=text, lang="en", published="2026-03-12")
    assert [c.as_of for c in extract(doc)] == ["2026-03-09"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police detained 40 people, an official told the Syria TV channel.", "en"),
        ("The Asia Times newspaper said 15 people were detained.", "en"),
        ("An official told Radio Free Europe that 40 people were detained.", "en"),
        ("ونقلت صحيفة الشرق الأوسط عن مصادر أن 52 شخصا قتلوا.", "ar"),
        ("Как сообщил телеканал Россия 24, задержаны 40 человек.", "ru"),
    ],
)
def test_a_place_in_an_outlets_name_is_nowhere_a_figure_is(text: str, lang: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.places == ()


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        # (guards) a place beside other words, and a press noun past a comma
        ("People die in Syria daily: 40 were killed on Monday.", "en", "Syria"),
        ("Police in Syria detained 40 people, the agency said.", "en", "Syria"),
        ("In Syria, state television said 40 people were killed.", "en", "Syria"),
        ("قالت الوكالة إن 52 شخصا قتلوا في العراق.", "ar", "Iraq"),
    ],
)
def test_a_place_beside_no_outlets_name_is_kept(text: str, lang: str, place: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.places == (place,)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("More than 300 people were treated for heat stress in hospitals.", "en"),
        ("Some 40 people suffered heatstroke.", "en"),
        ("أصيب 40 شخصا بضربات الشمس.", "ar"),
        ("40 человек получили тепловой удар.", "ru"),
    ],
)
def test_harm_of_heat_is_an_injury(text: str, lang: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.measure == "injured"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The mayor said 300 were evacuated. It was earlier reported that 9 people died.", "en"),
        ("The mayor said 300 were evacuated. It has also been reported that 9 people died.", "en"),
        ("Мэр заявил, что эвакуированы 300 жителей. Ранее сообщалось о 9 погибших.", "ru"),
    ],
)
def test_an_impersonal_report_takes_no_speaker_from_the_sentence_before(
    text: str, lang: str
) -> None:
    claims = extract(Document(id="x", text=text, lang=lang))
    assert [c.speaker for c in claims] == ["mayor", None]


def test_a_speaker_with_an_adverb_before_the_verb_still_speaks() -> None:
    # (a guard) "also" after a name, not after an auxiliary
    text = "The mayor said 300 were evacuated. The ministry also said 9 people died."
    claims = extract(Document(id="x", text=text, lang="en"))
    assert [c.speaker for c in claims] == ["mayor", "ministry"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("A union leader told reporters that 35 miners had died.", "en", "union leader"),
        ("The union leader, however, said 35 miners had died.", "en", "union leader"),
        ("A police chief, for his part, said 35 people had died.", "en", "police chief"),
        (
            "Министр Иван Петров, в свою очередь, заявил, что погибли 35 горняков.",
            "ru",
            "Ivan Petrov",
        ),
        ("МВД, однако, заявило, что погибли 35 горняков.", "ru", "Interior Ministry"),
    ],
)
def test_a_speaker_past_an_aside_or_named_by_a_common_noun(
    text: str, lang: str, speaker: str
) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.speaker == speaker


def test_a_body_named_alone_still_refers_back_to_the_one_named_before() -> None:
    text = (
        "МВД Таджикистана сообщило, что задержаны 12 человек. "
        "Ведомство также заявило, что погибли 35 горняков."
    )
    claims = extract(Document(id="x", text=text, lang="ru"))
    assert [c.speaker for c in claims] == ["Tajik Interior Ministry"] * 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "قال الدفاع المدني إن 120 شخصا قتلوا في الزلزال الذي ضرب شمال غرب سوريا فجر الاثنين.",
            "ar",
        ),
        (
            "The earthquake that struck northwestern Syria early on Monday has killed 120 people.",
            "en",
        ),
    ],
)
def test_a_place_between_an_event_and_its_day_leaves_the_day_the_events(
    text: str, lang: str
) -> None:
    doc = Document(id="x", text=text, lang=lang, published="2026-03-12")
    assert [c.as_of for c in extract(doc)] == ["2026-03-12"]


@pytest.mark.parametrize(
    "text",
    [
        "Эвакуированы 4 208 человек, сообщили в управлении МЧС.",
        "Эвакуированы 4 208 человек, сообщили в региональном управлении МЧС во вторник.",
        # (a guard) the short form right after the preposition
        "Эвакуированы 4 208 человек, сообщили в МЧС.",
    ],
)
def test_a_body_by_its_short_form_after_the_words_of_its_office(text: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="ru"))
    assert claim.speaker == "Emergencies Ministry"


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        ("323 of the dead were Egyptians, officials said.", "en", "part of Egyptian nationals"),
        ("Five of the injured were children.", "en", "part of children"),
        # (guards) the copula before the figure; no copula
        ("Of the dead, 323 were Egyptians.", "en", "part of Egyptian nationals"),
        ("Five of the injured were taken to hospital.", "en", "part of people"),
    ],
)
def test_who_a_part_of_a_toll_was_after_a_copula(text: str, lang: str, subject: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Tunisia sent 6,000 fighters, Saudi officials said.", None),
        # the home labelling the item before the figure names its people; the one
        # after the comma does not
        ("They came from Tunisia with 6,000 fighters, Russia with 2,400.", "Tunisian nationals"),
    ],
)
def test_a_nationality_past_a_comma_is_no_adjective_of_the_noun(
    text: str, subject: str | None
) -> None:
    claims = extract(Document(id="x", text=text, lang="en"))
    assert claims[0].subject == subject


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        # (guards) the adjective right after its noun, and a genitive
        ("قتل 300 مواطن طاجيكي.", "ar", "Tajik nationals"),
        ("قتل 300 رجل من آسيا الوسطى.", "ar", "Central Asian men"),
        ("В Сирии воюют 300 граждан России.", "ru", "Russian nationals"),
    ],
)
def test_a_nationality_right_after_its_noun_is_who_they_are(
    text: str, lang: str, subject: str
) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Zambia has recorded 20,000 cholera cases.", "infected"),
        ("Around 2,000 people remain in treatment centres.", "hospitalised"),
        # (a guard) those who remain somewhere else
        ("Some 300 fighters remain in Syria.", "in_conflict_zone"),
    ],
)
def test_an_outbreaks_cases_and_wards(text: str, measure: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.measure == measure


@pytest.mark.parametrize(
    ("text", "lang", "measure"),
    [
        ("سجلت زامبيا 700 حالة إصابة بالكوليرا.", "ar", "infected"),
        ("ولا يزال نحو ألفي شخص في مراكز العلاج.", "ar", "hospitalised"),
        ("В Замбии зарегистрировано 20 тысяч случаев холеры.", "ru", "infected"),
    ],
)
def test_an_outbreaks_cases_and_wards_in_arabic_and_russian(
    text: str, lang: str, measure: str
) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.measure == measure


@pytest.mark.parametrize(
    "text",
    [
        "At least 215, including 27 children, have been killed since protests erupted last month.",
        "More than 500,000 have died since the uprising against the government began in 2011.",
        "Since the earthquake struck on Monday, 120 bodies have been recovered.",
    ],
)
def test_the_time_an_event_began_after_since_starts_the_period(text: str) -> None:
    doc = Document(id="x", text=text, lang="en", published="2022-10-20")
    assert {c.as_of for c in extract(doc)} == {"2022-10-20"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال وزير الصحة إن 40 شخصا توفوا.", "Health Minister"),
        ("وتشير تقديرات الأمم المتحدة إلى أن أكثر من 38 ألف شخص نزحوا.", "United Nations"),
        ("وذكرت تقارير إعلامية أن 40 شخصا قتلوا.", "media reports"),
    ],
)
def test_arabic_ministers_estimates_and_reports_as_speakers(text: str, speaker: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="ar"))
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("UN: Sudan displaced top 10 million\n\nThe war goes on.", "en", "United Nations"),
        ("الأمم المتحدة: عدد النازحين يتجاوز 10 ملايين\n\nتتواصل الحرب.", "ar", "United Nations"),
        (
            "ООН: число беженцев превысило 10 миллионов\n\nВойна продолжается.",
            "ru",
            "United Nations",
        ),
        # (guards) a place or any other word before a colon is a topic
        ("Sudan: 10 million displaced\n\nThe war goes on.", "en", None),
        ("Note: 300 people were evacuated.", "en", None),
    ],
)
def test_a_known_body_before_a_headlines_colon_is_its_source(
    text: str, lang: str, speaker: str | None
) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("ANKARA/DAMASCUS, Feb 8 - At least 40 people died in Syria.", ("Syria",)),
        ("KYIV/MOSCOW/ANKARA (Reuters) - At least 40 people died.", ()),
        # (a guard) places joined by a slash inside a sentence are places
        ("Flights between Ankara/Damascus were cut as 40 people died.", ("Ankara", "Damascus")),
    ],
)
def test_a_dateline_of_several_places_is_where_the_report_was_filed(
    text: str, places: tuple[str, ...]
) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.places == places
