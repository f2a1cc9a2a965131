"""Readings that reporting on other subjects (disasters, epidemics, protests) needs.

Every sentence is written for this module. Each case states the figure as
written and the attribute the claim must carry.
"""

import pytest

from reconcile import Claim, Document, Quantity, Span, extract, reconcile
from reconcile.documents import parse_document
from reconcile.scope import Nesting, Scope, scope_of, subject_relation


def _claims(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    claims = extract(Document(id="x", text=text, lang=lang))
    return [(c.quantity.text, c.measure, c.speaker) for c in claims]


# a year-like figure before a noun for the people a measure counts is a count
YEAR_LIKE_COUNTS = [
    ("ارتفعت حصيلة الفيضانات إلى 1350 قتيلا.", "ar", "1350", "killed"),
    ("وصل عدد المصابين في العاصفة إلى 1900 جريح.", "ar", "1900", "injured"),
    ("Число жертв наводнения достигло 1450 погибших.", "ru", "1450", None),
    ("The storm left 1850 casualties across the coast.", "en", "1850", "injured"),
]


@pytest.mark.parametrize(("text", "lang", "figure", "measure"), YEAR_LIKE_COUNTS)
def test_a_year_like_figure_before_a_counted_noun_is_a_count(
    text: str, lang: str, figure: str, measure: str | None
) -> None:
    found = {written: m for written, m, _ in _claims(text, lang)}
    assert figure in found
    if measure is not None:
        assert found[figure] == measure


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("في عام 2015 قتل 300 شخص في الفيضانات.", "ar"),
        ("In 2015 the floods killed 300 people.", "en"),
    ],
)
def test_a_year_is_still_no_count(text: str, lang: str) -> None:
    assert [written for written, _, _ in _claims(text, lang)] == ["300"]


def test_russian_do_after_a_verb_of_change_is_where_the_figure_went() -> None:
    (claim,) = extract(Document(id="x", text="Число заболевших выросло до 820 человек.", lang="ru"))
    assert claim.quantity.qualifier.value == "exact"
    assert (claim.quantity.low, claim.quantity.high) == (820, 820)


def test_russian_do_alone_is_still_a_ceiling() -> None:
    (claim,) = extract(Document(id="x", text="В лагерь могут принять до 820 человек.", lang="ru"))
    assert claim.quantity.qualifier.value == "at_most"


@pytest.mark.parametrize(
    "opening",
    ["بحسب ما أعلنت", "حسبما أفادت", "وفقا لما أعلنته", "بحسب ما ذكرت"],
)
def test_an_arabic_according_to_what_clause_names_its_subject(opening: str) -> None:
    text = f"وارتفع عدد المصابين إلى 640 شخصا، {opening} وزارة الصحة."
    plain = "وارتفع عدد المصابين إلى 640 شخصا، بحسب وزارة الصحة."
    assert _claims(text, "ar")[0][2] == _claims(plain, "ar")[0][2]


def test_a_speaker_ending_the_sentence_leaves_its_full_stop() -> None:
    text = "Число пострадавших достигло 640 человек, сообщило агентство Вестник. Дальше."
    mid = "Число пострадавших достигло 640 человек, сообщило агентство Вестник в среду."
    speaker = _claims(text, "ru")[0][2]
    assert speaker == _claims(mid, "ru")[0][2]
    assert speaker is not None
    assert not speaker.endswith(".")


def test_an_abbreviation_keeps_its_points() -> None:
    assert _claims("Some 640 people were hurt, according to the U.S.", "en")[0][2] == "U.S."


def test_each_figure_takes_the_speaker_of_its_own_verb() -> None:
    text = (
        "Some 9,000 workers stopped work, the union said, while the Port Authority "
        "said only 4,200 had joined the stoppage."
    )
    assert [speaker for _, _, speaker in _claims(text, "en")] == ["union", "Port Authority"]


def test_a_pronoun_subject_is_the_speaker_named_earlier_in_the_sentence() -> None:
    text = "Marta Okonjo told reporters that she had counted 61 stranded sailors."
    assert _claims(text, "en")[0][2] == "Marta Okonjo"


def test_a_month_named_twice_after_since_starts_the_period() -> None:
    from reconcile.documents import parse_document

    text = "---\npublished: 2024-10-13\nlang: ar\n---\nقتل المرض 214 شخصا منذ يوليو/تموز."
    (claim,) = extract(parse_document(text, "a.txt"))
    assert claim.as_of == "2024-10-13"


def test_a_russian_body_named_in_lower_case_words_after_its_verb_is_read_whole() -> None:
    text = "Погибли 78 мигрантов, сообщила Международная организация по миграции."
    assert _claims(text, "ru")[0][2] == "International Organization for Migration (IOM)"


def test_an_impersonal_russian_report_names_the_body_after_v() -> None:
    text = "Задержаны 46 демонстрантов, сообщили в МВД."
    assert _claims(text, "ru")[0][2] == "Interior Ministry"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Officials said the number of dead could reach 900.", "en"),
        ("Спасатели заявили, что число погибших может достичь 900.", "ru"),
    ],
)
def test_a_modal_reach_is_a_ceiling(text: str, lang: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.quantity.qualifier.value == "at_most"
    assert claim.quantity.high == 900


def test_yesterday_and_last_week_date_an_english_figure() -> None:
    from reconcile.documents import parse_document

    head = "---\npublished: 2025-03-06\nlang: en\n---\n"
    (said,) = extract(parse_document(head + "Police said yesterday that 46 were held.", "a.txt"))
    (week,) = extract(parse_document(head + "Last week 46 people were held.", "b.txt"))
    assert said.as_of == "2025-03-05"
    assert week.as_of == "2025-02-27"


def test_each_figure_of_an_arabic_sentence_takes_its_own_speaker() -> None:
    text = (
        "وأعلنت جمعية الإغاثة أن حصيلة القتلى بلغت 2100 شخص، "
        "بينما قالت الأمم المتحدة إن العدد يبلغ 3460."
    )
    claims = extract(Document(id="x", text=text, lang="ar"))
    assert [c.quantity.low for c in claims] == [2100, 3460]
    assert claims[1].speaker == "United Nations"
    assert claims[1].measure == claims[0].measure


def test_a_noun_referring_back_is_the_source_named_earlier_in_its_sentence() -> None:
    text = "وبحسب تحقيق أجرته وكالة رويترز، فإن الحصيلة أعلى، فيما تقول الوكالة إن 1460 شخصا قتلوا."
    assert _claims(text, "ar")[0][2] == "Reuters"


@pytest.mark.parametrize(
    "text",
    [
        "The outbreak has infected 11,000 people and killed 230, the WHO said on Tuesday.",
        "The toll rose to 112 from 74, officials said on Tuesday.",
    ],
)
def test_the_day_of_the_telling_dates_every_figure_told(text: str) -> None:
    doc = parse_document("---\npublished: 2025-03-09\nlang: en\n---\n" + text, "a.txt")
    claims = extract(doc)
    assert len(claims) == 2
    assert {c.as_of for c in claims} == {"2025-03-04"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Since the start of the year, 11,000 people have been infected.", "en"),
        ("С начала года холерой заразились 11 тысяч человек.", "ru"),
        ("سجلت 11 ألف إصابة بالكوليرا منذ مطلع العام الجاري.", "ar"),
    ],
)
def test_a_total_since_the_year_began_holds_this_year(text: str, lang: str) -> None:
    doc = parse_document(f"---\npublished: 2025-03-09\nlang: {lang}\n---\n{text}", "a.txt")
    (claim,) = extract(doc)
    assert claim.as_of == "2025"


def test_a_day_after_the_earlier_figure_is_still_that_figures() -> None:
    doc = parse_document(
        "---\npublished: 2025-03-09\nlang: en\n---\nThe toll rose to 112, up from 74 on Tuesday.",
        "a.txt",
    )
    claims = {c.quantity.text: c.as_of for c in extract(doc)}
    assert claims["74"] == "2025-03-04"
    assert claims["112"] == "2025-03-09"


def test_a_verb_behind_the_article_is_an_adjective() -> None:
    text = 'وصرح المدير العام لـ"مركز الرصد" التابع لوزارة الداخلية، سامي ناصر، بأن 270 شخصا عادوا.'
    speaker = _claims(text, "ar")[0][2]
    assert speaker is not None
    assert "Dakh" not in speaker


def test_the_toll_alone_is_a_count_of_the_dead() -> None:
    (claim,) = extract(
        Document(id="x", text="The United Nations put the toll at 1,460.", lang="en")
    )
    assert claim.measure == "died"
    assert claim.speaker == "United Nations"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Floods in the Libyan town of Qasr Wadi killed 640 people.", "en"),
        ("أودت الفيضانات في بلدة قصر وادي الليبية بحياة 640 شخصا.", "ar"),
        ("В ливийском городе Каср-Вади погибли 640 человек.", "ru"),
    ],
)
def test_a_town_no_table_knows_is_placed_by_its_demonym(text: str, lang: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.places == ("Libya",)


def test_state_media_names_no_place() -> None:
    (claim,) = extract(
        Document(id="x", text="Some 640 fighters were killed, Russian state media said.", lang="en")
    )
    assert claim.places == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Suspected cases of the fever have passed 8,400, health officials said.", "en"),
        ("Число заболевших лихорадкой превысило 8400 человек.", "ru"),
        ("وتجاوز عدد حالات الإصابة بالحمى 8400 حالة.", "ar"),
    ],
)
def test_an_epidemic_counts_cases(text: str, lang: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.measure == "infected"


@pytest.mark.parametrize(
    "text",
    [
        "Холера заразила 11 тысяч человек в Малави.",
        "В области заражены 500 человек.",
        "Вирусом инфицировали 40 человек.",
    ],
)
def test_a_russian_verb_of_infection_counts_cases(text: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="ru"))
    assert claim.measure == "infected"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The ministry said 1,200 patients had recovered and 45 had died.", "en"),
        ("Выздоровели 1200 пациентов, умерли 45.", "ru"),
        ("وتعافى 1200 مريض وتوفي 45.", "ar"),
    ],
)
def test_patients_who_recovered_are_cured_not_dead(text: str, lang: str) -> None:
    cured, dead = extract(Document(id="x", text=text, lang=lang))
    assert (cured.measure, dead.measure) == ("cured", "died")


def test_people_shot_are_dead_or_injured_unless_shot_dead() -> None:
    text = "Police said 40 people were shot over the weekend, eight of them fatally."
    shot, fatal = extract(Document(id="x", text=text, lang="en"))
    assert (shot.measure, fatal.measure) == ("dead_or_injured", "killed")
    (dead,) = extract(Document(id="x", text="Two men were shot dead.", lang="en"))
    assert dead.measure == "killed"


def test_bodies_recovered_stay_recovered() -> None:
    text = "Rescuers have recovered 45 bodies from the river."
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.measure == "recovered"


def test_cases_of_people_doing_something_stay_instances() -> None:
    text = "Police recorded 120 cases of local men joining the group."
    assert [m for _, m, _ in _claims(text, "en")] == ["joined"]


@pytest.mark.parametrize(
    "text",
    [
        "أفاد مصدر أمني، أمس الاثنين، بأن هناك أكثر من 450 مقاتلا في المنطقة.",
        "وأعلن الوزير يوم الاثنين أن القوات استعادت البلدة بالكامل.",
    ],
)
def test_an_arabic_weekday_is_no_number(text: str) -> None:
    assert all("450" in written for written, _, _ in _claims(text, "ar"))


def test_arabic_things_counted_are_not_people() -> None:
    (claim,) = extract(Document(id="x", text="ودمرت العاصفة 450 منزلا.", lang="ar"))
    assert claim.unit == "homes"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("At least 30 fishermen drowned, and coastguards said 212 people had been rescued.", "en"),
        ("Не менее 30 рыбаков утонули, спасти удалось 212 человек.", "ru"),
        ("غرق 30 صيادا على الأقل، فيما أعلن خفر السواحل أنه تم إنقاذ 212 شخصا.", "ar"),
    ],
)
def test_those_rescued_are_not_counted_with_the_dead(text: str, lang: str) -> None:
    measures = {c.quantity.low: c.measure for c in extract(Document(id="x", text=text, lang=lang))}
    assert measures[212] == "rescued"
    assert measures[30] == "died"


def test_an_island_is_placed_by_its_demonym() -> None:
    text = "Fires on the Greek island of Kalida destroyed more than 400 homes."
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.places == ("Greece",)


def test_a_verb_after_while_speaks_for_its_own_clause() -> None:
    text = "Some 90 people died, while the relief agency put the death toll at 140."
    assert [speaker for _, _, speaker in _claims(text, "en")] == [None, "relief agency"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In the Syrian town of Tal Qadim, shelling killed 45 people.", "en"),
        ("В сирийском городе Тель-Кадим погибли 45 человек.", "ru"),
    ],
)
def test_a_town_of_a_country_whose_people_have_no_home_place_is_placed(
    text: str, lang: str
) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.places == ("Syria",)


def test_a_known_town_is_not_widened_to_its_country() -> None:
    (claim,) = extract(
        Document(id="x", text="In the Iraqi city of Mosul, shelling killed 45 people.", lang="en")
    )
    assert claim.places == ("Mosul",)


@pytest.mark.parametrize(("office", "text"), [("mayor", "The mayor said 45 people were missing.")])
def test_an_office_with_no_name_speaks(office: str, text: str) -> None:
    assert _claims(text, "en")[0][2] == office


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Officials said 1,200 migrants had landed on Lampedusa since Friday.", "en"),
        ("На Лампедузу прибыли 1200 мигрантов.", "ru"),
        ("وقالت السلطات إن 1200 مهاجر وصلوا إلى لامبيدوزا.", "ar"),
    ],
)
def test_migrants_reaching_a_shore_are_arrivals(text: str, lang: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert (claim.measure, claim.subject, claim.places) == ("arrived", "migrants", ("Lampedusa",))


@pytest.mark.parametrize(
    ("text", "lang", "measure"),
    [
        ("The 30 children who returned from Iraq arrived in Moscow on Sunday.", "en", "returned"),
        ("About 200 refugees arrived in Poland overnight.", "en", "displaced"),
        ("Вернувшиеся из Ирака 30 детей прибыли в Москву.", "ru", "returned"),
    ],
)
def test_an_arrival_after_another_measure_word_says_what_it_says(
    text: str, lang: str, measure: str
) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.measure == measure


def test_asylum_seekers_written_as_two_words_are_named() -> None:
    text = "Greek authorities said 600 asylum seekers were rescued off Crete."
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.subject == "asylum-seekers"


def test_a_figure_reaching_a_level_is_no_arrival() -> None:
    (claim,) = extract(Document(id="x", text="وصل عدد القتلى إلى 40 شخصا.", lang="ar"))
    assert claim.measure == "killed"


@pytest.mark.parametrize(
    "text",
    [
        "The wildfire forced 30,000 residents to evacuate.",
        "Authorities ordered 30,000 residents to evacuate.",
    ],
)
def test_residents_made_to_evacuate_are_displaced(text: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.measure == "displaced"


def test_people_ferried_to_safety_are_displaced_not_residents() -> None:
    (claim,) = extract(
        Document(id="x", text="Some 2,000 residents were ferried to safety by boat.", lang="en")
    )
    assert claim.measure == "displaced"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In Poland, border guards registered 4,500 refugees.", "en"),
        ("В Польше пограничники зарегистрировали 4500 человек.", "ru"),
        ("وسجل حرس الحدود في بولندا وصول 4500 شخص.", "ar"),
    ],
)
def test_any_country_is_a_place(text: str, lang: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.places == ("Poland",)


def test_a_generic_subject_in_one_document_is_another_scope_not_a_contradiction() -> None:
    from reconcile import Claim, Quantity, RelationKind, Span
    from reconcile.relations import compare

    def claim(value: int, subject: str, n: int, as_of: str) -> Claim:
        return Claim(
            document="fire.txt",
            span=Span(n, n + 5),
            quantity=Quantity.exact(value),
            quote=f"{value} {subject} were evacuated",
            measure="displaced",
            subject=subject,
            places=["Greece"],
            as_of=as_of,
        )

    relation = compare(
        claim(2000, "residents", 10, "2021-08-09"), claim(1200, "tourists", 300, "2021-08-02")
    )
    assert relation is not None
    assert relation.kind is RelationKind.SCOPE_DIFFERS


def test_each_figure_of_an_arabic_list_takes_its_own_noun() -> None:
    text = "وأعلنت الوزارة ارتفاع عدد الضحايا إلى 310 قتلى و5400 جريح."
    measures = [c.measure for c in extract(Document(id="x", text=text, lang="ar"))]
    assert measures == ["killed", "injured"]


def test_since_a_day_named_by_its_ordinal_starts_the_period() -> None:
    from reconcile.documents import parse_document

    text = "---\npublished: 2023-10-15\nlang: ar\n---\nونزح 5400 شخص منذ السابع من أكتوبر."
    (claim,) = extract(parse_document(text, "a.txt"))
    assert claim.as_of == "2023-10-15"


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("In Gaza, 5,400 people were displaced.", "en", "Gaza"),
        ("ونزح 5400 شخص في قطاع غزة.", "ar", "Gaza"),
        ("In the DRC, 5,400 people were displaced.", "en", "Democratic Republic of the Congo"),
    ],
)
def test_territories_iso_writes_with_a_comma_are_places(text: str, lang: str, place: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.places == (place,)


def test_a_body_named_by_two_lower_case_words_speaks_for_itself() -> None:
    text = (
        "The mayor of Kalida said four people had died, while the civil protection "
        "agency put the death toll at 140."
    )
    assert _claims(text, "en")[1][2] == "civil protection agency"


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Lena Markova told rescuers at a camp run by Governor Piet Duval that the search "
            "would go on. "
            "She said 48 climbers were still missing.",
            "en",
            "Lena Markova",
        ),
        (
            "Тимур Ахметов заявил в письме для министра Олега Воронина, что поиски "
            "продолжатся. "
            "Он сообщил, что пропали 48 альпинистов.",
            "ru",
            "Timur Akhmetov",  # names are written in Latin letters
        ),
    ],
)
def test_a_pronoun_passes_over_a_titled_name_after_a_preposition(
    text: str, lang: str, speaker: str
) -> None:
    assert _claims(text, lang)[0][2] == speaker


def test_a_pronoun_still_means_a_titled_name_after_according_to() -> None:
    text = (
        "Rescuers spoke to Lena Markova, according to Governor Piet Duval. "
        "He said 48 climbers were still missing."
    )
    assert _claims(text, "en")[0][2] == "Piet Duval"


@pytest.mark.parametrize(
    "text",
    [
        # a body that issued a report is the source of what the report says
        "Mayor Tom Reyes said the river had crested.\n\n"
        "The Harbour Relief Agency issued a report on the floods on Monday.\n\n"
        'The report, titled "Water Everywhere," says 212 people drowned.',
        # a body named before its verb is no person, though named alike
        "The Harbour Relief Agency said on Monday that the river had crested.\n\n"
        "The report says 212 people drowned.",
    ],
)
def test_the_report_says_is_the_body_behind_the_report(text: str) -> None:
    assert _claims(text, "en") == [("212", "died", "Harbour Relief Agency")]


@pytest.mark.parametrize(
    "text",
    [
        '"We estimate that around 300 miners are trapped," Anna Berg told reporters.',
        "Anna Berg said on Monday that 40 miners had been brought out.\n\n"
        '"We estimate that around 300 miners are trapped," she added.',
    ],
)
def test_we_in_a_quote_is_whoever_the_quote_is_attributed_to(text: str) -> None:
    assert _claims(text, "en")[-1][::2] == ("around 300", "Anna Berg")


def _speakers(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(figure, speaker) for figure, _, speaker in _claims(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Crews used 14 helicopters and 6 boats against 11 blazes on the ridge.", "en"),
        ("استخدمت الفرق 14 مروحية و6 قوارب لمكافحة 11 حريقا.", "ar"),
        ("Против 11 очагов пожара работали 14 вертолётов.", "ru"),
    ],
)
def test_the_means_and_the_fires_of_a_disaster_are_no_people(text: str, lang: str) -> None:
    claims = extract(Document(id="x", text=text, lang=lang))
    assert claims
    assert all(c.unit != "people" for c in claims)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Doctors said 63 miners were treated for burns.", "en"),
        ("وقال الأطباء إن 63 عاملا أصيبوا بحروق.", "ar"),
        ("Врачи сообщили, что 63 горняка получили ожоги.", "ru"),
    ],
)
def test_burns_are_injuries(text: str, lang: str) -> None:
    assert [m for _, m, _ in _claims(text, lang)] == ["injured"]


def test_people_who_left_their_homes_are_displaced() -> None:
    text = "About 2,300 villagers have left their homes since the dam cracked."
    assert [m for _, m, _ in _claims(text, "en")] == ["displaced"]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        (
            "Rescuers recovered 12 bodies on Monday, adding that 300 volunteers were searching.",
            "en",
            "300",
        ),
        (
            "وانتشلت الفرق 12 جثة، مشيرا إلى أن 300 متطوع يشاركون في البحث.",
            "ar",
            "300",
        ),
    ],
)
def test_a_clause_opened_by_adding_that_counts_on_its_own(
    text: str, lang: str, figure: str
) -> None:
    measures = {f: m for f, m, _ in _claims(text, lang)}
    assert measures[figure] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a word opening with a preposition and the article ends the name
        ("وقال سمير حداد للصحفيين إن 40 عاملا ما زالوا محاصرين.", "Samir Hadad"),
        # so does a preposition before a measure word ("بإجلاء", with evacuating)
        ("وأفاد خفر السواحل بإجلاء نحو 700 من السكان.", "coast guard"),
        ("وبحسب مسؤولين في المنجم، أصيب 40 عاملا.", "officials"),
    ],
)
def test_an_arabic_speaker_ends_where_a_phrase_of_its_own_opens(text: str, speaker: str) -> None:
    assert _speakers(text, "ar")[0][1] == speaker


def test_a_russian_body_in_lower_case_words_after_its_verb_is_known() -> None:
    text = (
        "В шахте погибли 19 горняков, сообщило министерство здравоохранения.\n\n"
        "По данным министерства, ещё 40 горняков получили травмы."
    )
    assert [s for _, s in _speakers(text, "ru")] == ["Health Ministry", "Health Ministry"]


def test_the_ministry_is_the_ministry_named_before_not_the_last_voice() -> None:
    text = (
        "At least 19 miners died, the labour ministry said.\n\n"
        "Local volunteers, however, say 30 miners are still underground.\n\n"
        "The ministry said 40 miners were injured."
    )
    assert _speakers(text, "en")[-1] == ("40", "labour ministry")


def test_a_body_named_in_lower_case_words_before_its_verb_speaks() -> None:
    text = "At least 19 miners died, the regional mine rescue service said on Friday."
    assert _speakers(text, "en") == [("At least 19", "regional mine rescue service")]


def test_the_source_named_right_after_a_figure_is_its_own() -> None:
    text = (
        "The toll reached 25, the labour ministry said, up from 19 announced by the "
        "rescue service on Thursday."
    )
    assert _speakers(text, "en") == [("25", "labour ministry"), ("19", "rescue service")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Officials on Tuesday revised the toll of the landslide to 26.", "en", "Officials"),
        ("وخفضت السلطات حصيلة ضحايا الانهيار الأرضي إلى 26 قتيلا.", "ar", "authorities"),
        (
            "Власти пересмотрели число погибших при оползне: погибли 26 человек.",
            "ru",
            "authorities",
        ),
    ],
)
def test_revising_a_toll_states_it(text: str, lang: str, speaker: str) -> None:
    assert _speakers(text, lang)[-1][1] == speaker


def test_a_russian_toll_that_fell_to_a_figure_is_that_figure() -> None:
    claims = extract(Document(id="x", text="Число погибших снизилось до 26.", lang="ru"))
    assert [(c.quantity.low, c.quantity.high) for c in claims] == [(26, 26)]


def test_those_given_first_aid_are_injured() -> None:
    text = "Medics gave first aid to 140 spectators, the Red Cross said."
    assert _claims(text, "en") == [("140", "injured", "ICRC")]


def test_a_capitalised_word_may_stand_among_a_body_s_words() -> None:
    text = "About 9,000 people crossed the border, the UN refugee agency said on Monday."
    assert _speakers(text, "en") == [("About 9,000", "UN refugee agency (UNHCR)")]


@pytest.mark.parametrize(
    "text",
    [
        "---\npublished: 2024-03-06\n---\nThe toll rose to 44, from 31 a day earlier.",
        "---\npublished: 2024-03-06\nlang: ru\n---\nНакануне спасатели сообщали о 31 погибшем.",
        "---\npublished: 2024-03-06\nlang: ar\n---\nوكانت الحصيلة 31 قتيلا في اليوم السابق.",
    ],
)
def test_a_day_earlier_dates_a_figure_the_day_before(text: str) -> None:
    from reconcile.documents import parse_document

    dated = {c.quantity.low: c.as_of for c in extract(parse_document(text, "d.txt"))}
    assert dated[31] == "2024-03-05"


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Спасатели сообщили о 31 погибшем.", "killed"),
        ("Помощь оказана 21 пострадавшему.", "injured"),
        ("Спасатели сообщили о 41 человеке, пропавшем без вести.", "missing"),
    ],
)
def test_the_russian_singular_after_21_or_31_is_counted(text: str, measure: str) -> None:
    assert [m for _, m, _ in _claims(text, "ru")] == [measure]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police said 80 fans were arrested and 15 stewards injured.", "en"),
        ("وأعلنت الشرطة اعتقال 80 مشجعا وإصابة 15 من المنظمين.", "ar"),
    ],
)
def test_each_of_two_coordinated_figures_takes_its_own_predicate(text: str, lang: str) -> None:
    assert [m for _, m, _ in _claims(text, lang)] == ["detained", "injured"]


def test_a_russian_detention_noun_counts_the_detained() -> None:
    text = "Полиция сообщила о задержании 80 болельщиков."
    assert [m for _, m, _ in _claims(text, "ru")] == ["detained"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The organisers said 9,000 people joined the march.", "en"),
        ("وقال المنظمون إن 9 آلاف شخص شاركوا في المسيرة.", "ar"),
        ("Организаторы заявили, что в шествии приняли участие 9 тысяч человек.", "ru"),
    ],
)
def test_organisers_are_one_source_in_every_language(text: str, lang: str) -> None:
    assert _speakers(text, lang)[0][1] == "organisers"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lawyers said 31 students were detained.", "en"),
        ("وقال المحامون إن 31 طالبا اعتقلوا.", "ar"),
        ("Адвокаты сообщили, что задержаны 31 студент.", "ru"),
    ],
)
def test_lawyers_speak_in_every_language(text: str, lang: str) -> None:
    speaker = _speakers(text, lang)[0][1]
    assert speaker is not None
    assert speaker.lower() == "lawyers"


def test_a_lower_case_march_is_no_month() -> None:
    from reconcile.documents import parse_document

    text = (
        "---\npublished: 2024-05-12\n---\n"
        "Organisers said 40,000 people joined the march on Saturday. "
        "In March, 9,000 people marched."
    )
    dated = {c.quantity.low: c.as_of for c in extract(parse_document(text, "m.txt"))}
    assert dated == {40000: "2024-05-11", 9000: "2024-03"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Officials said 340 people had been hospitalised after the storm.", "en"),
        ("وقال مسؤولون إن 340 شخصا نقلوا إلى المستشفيات.", "ar"),
        ("По данным властей, 340 человек госпитализированы.", "ru"),
        # brought to hospital, not brought home ("доставлены" alone is repatriated)
        ("По данным спасателей, 340 человек доставлены в больницу.", "ru"),
    ],
)
def test_those_in_hospital_are_counted_as_such(text: str, lang: str) -> None:
    assert [m for _, m, _ in _claims(text, lang)] == ["hospitalised"]


def test_the_two_sides_of_a_deal_are_no_people() -> None:
    claims = extract(Document(id="x", text="The two sides swapped 230 prisoners.", lang="en"))
    assert [(c.quantity.text, c.unit) for c in claims if c.unit == "people"] == [("230", "people")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Divers said 12 fishermen had been pulled from the hull alive.", "en"),
        ("وقال الغواصون إنهم أخرجوا 12 صيادا أحياء.", "ar"),
        ("Водолазы сообщили, что 12 рыбаков подняты на поверхность живыми.", "ru"),
    ],
)
def test_those_brought_out_alive_are_rescued(text: str, lang: str) -> None:
    assert [m for _, m, _ in _claims(text, lang)] == ["rescued"]


def test_a_weekday_after_an_arabic_speaker_ends_the_name() -> None:
    text = "وأعلنت وزارة النقل الأربعاء ارتفاع عدد القتلى إلى 12 شخصا."
    # the body's kind and field, in English (the weekday inside would leave it transliterated)
    assert _speakers(text, "ar")[0][1] == "Transport Ministry"


def test_a_russian_body_s_field_in_lower_case_words_is_read_with_it() -> None:
    text = (
        "Погибли 19 рыбаков, сообщило в среду министерство рыболовства.\n\n"
        "По данным министерства, 7 рыбаков спасены.\n\n"
        "Ранее служба портового контроля сообщала о 15 погибших."
    )
    assert [s for _, s in _speakers(text, "ru")] == [
        "Ministerstvo Rybolovstva",
        "Ministerstvo Rybolovstva",
        "Sluzhba Portovogo Kontrolya",
    ]


def test_a_measure_word_before_a_comma_is_the_earlier_figure_s() -> None:
    text = "وانتشلت الفرق 12 صيادا أحياء، فيما لا يزال 5 في عداد المفقودين."
    assert [m for _, m, _ in _claims(text, "ar")] == ["rescued", "missing"]


def test_an_acronym_is_a_name_whatever_word_its_letters_spell() -> None:
    text = "The WHO said 300 people had died of cholera."
    assert _speakers(text, "en") == [("300", "World Health Organization")]


def test_a_known_body_speaking_through_its_spokesman_is_the_body() -> None:
    text = "Oxfam's spokesman said 2,000 families had fled the floods."
    assert _speakers(text, "en") == [("2,000", "Oxfam")]


def test_a_known_body_s_name_is_read_whole_and_names_no_place() -> None:
    text = (
        "The Organization for Security and Co-operation in Europe said 12 monitors were detained."
    )
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert (claim.speaker, claim.places) == ("OSCE", ())


def test_a_part_of_those_a_measure_counts_is_not_of_the_group_before() -> None:
    text = (
        "The mayor said 80 volunteers had joined the search and that 9 of the injured "
        "were children."
    )
    claims = extract(Document(id="x", text=text, lang="en"))
    # a part of the injured, who the copula says were children, not of the volunteers
    assert [(c.quantity.text, c.subject) for c in claims][-1] == ("9", "part of children")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a known body after "ل" is whom the speaker told
        ("وقال المتحدث باسم الشرطة سامي حداد لوكالة فرانس برس إن 12 شخصا اعتقلوا.", "Sami Hadad"),
        ("وقال وزير الصحة سامي حداد لرويترز إن 40 شخصا قتلوا.", "Sami Hadad"),
        # so is a medium: "لإذاعة محلية", to a local radio
        ("وقال المتحدث باسمها سامي حداد لإذاعة محلية إن 30 عاملا قتلوا.", "Sami Hadad"),
    ],
)
def test_whom_an_arabic_speaker_told_is_not_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text, "ar")[0][1] == speaker


def test_a_preposition_with_the_article_inside_a_body_s_name_keeps_it_whole() -> None:
    text = "وأعلنت الهيئة الوطنية للإغاثة الخميس وفاة 40 شخصا."
    assert _speakers(text, "ar")[0][1] == "al-Hih al-Watnih Lalaghathh"


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "---\npublished: 2024-09-01\n---\n"
            "Floods killed 212 people in the delta between March 3 and July 30.",
            "2024-07-30",
        ),
        (
            "---\npublished: 2024-09-01\nlang: ru\n---\n"
            "С марта по июль наводнения унесли жизни 212 человек.",
            "2024-07",
        ),
    ],
)
def test_a_figure_over_a_period_holds_at_its_end(text: str, as_of: str) -> None:
    from reconcile.documents import parse_document

    (claim,) = extract(parse_document(text, "p.txt"))
    assert claim.as_of == as_of


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("He drowned on his seventy-first birthday; 40 others were rescued.", "en", ["40"]),
        ("وغرق في عيد ميلاده الحادي والسبعين، وأنقذ 40 آخرون.", "ar", ["40"]),
        ("Он утонул в свой семьдесят первый день рождения, спасены 40 человек.", "ru", ["40"]),
        # a count with the article stays a count, and so do digits before an ordinal word
        ("وقال خفر السواحل إن السبعين صيادا أنقذوا.", "ar", ["سبعين"]),
        ("Guards said 70 third-country nationals were rescued.", "en", ["70"]),
    ],
)
def test_the_tens_of_a_compound_ordinal_are_no_count(
    text: str, lang: str, figures: list[str]
) -> None:
    assert [written for written, _, _ in _claims(text, lang)] == figures


def _dated(text: str, lang: str) -> dict[str, str | None]:
    doc = parse_document(f"---\npublished: 2024-10-12\nlang: {lang}\n---\n{text}\n", "x.txt")
    return {c.quantity.text: c.as_of for c in extract(doc)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Rescuers said on Friday that 61 miners were trapped, up from 45 on Tuesday.", "en"),
        ("وقال المسعفون الجمعة إن 61 عاملا محاصرون، بعد أن كانوا 45 الثلاثاء.", "ar"),
    ],
)
def test_a_time_after_a_later_figure_is_that_figure_s(text: str, lang: str) -> None:
    assert _dated(text, lang) == {"61": "2024-10-11", "45": "2024-10-08"}


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("In June, 640 families left the valley.", "en", "640"),
        ("In June 640 families left the valley.", "en", "640"),
        ("في يونيو 640 أسرة غادرت الوادي.", "ar", "640"),
    ],
)
def test_a_month_before_a_figure_that_is_no_day_leaves_it_a_count(
    text: str, lang: str, figure: str
) -> None:
    assert _dated(text, lang) == {figure: "2024-06"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The number of deaths rose to 230 cases, up from 190 cases a week ago.", "en"),
        ("ارتفع عدد الوفيات إلى 230 حالة، بعد أن كان 190 حالة قبل أسبوع.", "ar"),
    ],
)
def test_one_noun_in_one_sentence_counts_alike(text: str, lang: str) -> None:
    assert [(w, m) for w, m, _ in _claims(text, lang)] == [("230", "died"), ("190", "died")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("The barge held 90 workers, according to the river authority.", "en", "river authority"),
        ("Из реки подняли 17 рыбаков, сообщила береговая охрана.", "ru", "coast guard"),
        ("По данным береговой охраны, 17 рыбаков пропали.", "ru", "coast guard"),
        ("وقدرت الشرطة عدد المحتجين بنحو 900 شخص.", "ar", "police"),
    ],
)
def test_bodies_that_count_at_sea_and_in_the_street(text: str, lang: str, speaker: str) -> None:
    assert [s for _, _, s in _claims(text, lang)] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The provincial governor put the toll at 12.", "en"),
        ("Губернатор провинции оценивал число погибших в 12 человек.", "ru"),
        ("وقال محافظ الإقليم إن 12 شخصا لقوا حتفهم.", "ar"),
    ],
)
def test_a_governor_with_no_name_is_one_source_in_every_language(text: str, lang: str) -> None:
    assert [s for _, _, s in _claims(text, lang)] == ["provincial governor"]


def test_russian_bodies_found_are_the_dead() -> None:
    text = "К утру водолазы насчитали 23 тела, ещё 40 человек ищут."
    assert next((w, m) for w, m, _ in _claims(text, "ru")) == ("23", "killed")


def test_who_they_are_and_what_befell_them_overlap() -> None:
    # some survivors are children: neither count holds the other, so 9 > 3 says nothing
    text = "Nine survivors, among them three children, were rescued from the hull."
    report = reconcile([parse_document(f"---\nlang: en\n---\n{text}\n", "x.txt")])
    assert [r.kind.value for r in report.relations] == ["scope_differs"]
    assert subject_relation(_scope("children"), _scope("survivors")) is Nesting.OVERLAP
    assert subject_relation(_scope("survivors"), _scope("children")) is Nesting.OVERLAP
    # a part of a group still lies within it
    assert subject_relation(_scope("part of civilians"), _scope("civilians")) is Nesting.NARROWER


def test_two_parts_of_one_whole_named_differently_overlap() -> None:
    # "47 in hospital, 14 of them in intensive care ... six women among the
    # hospitalised": the 14 and the six are parts side by side, neither inside the other
    for a, b in [("part of patients", "part of women"), ("part of survivors", "children")]:
        assert subject_relation(_scope(a), _scope(b)) is Nesting.OVERLAP, (a, b)
        assert subject_relation(_scope(b), _scope(a)) is Nesting.OVERLAP, (b, a)
    text = (
        "Officials said 47 patients were in hospital, 14 of them in intensive care. "
        "Six women were among those in hospital."
    )
    report = reconcile([parse_document(f"---\nlang: en\n---\n{text}\n", "x.txt")])
    assert "contradicts" not in [r.kind.value for r in report.relations]
    # (a guard) a part of survivors still lies within the survivors
    assert subject_relation(_scope("part of survivors"), _scope("survivors")) is Nesting.NARROWER


def _scope(subject: str) -> Scope:
    return scope_of(
        Claim(document="x", span=Span(0, 1), quantity=Quantity.exact(3), subject=subject)
    )


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("انهيار مبنى سكني في المدينة وعشرات المفقودين", "missing"),
        ("غرق قارب صيد وعشرات الجرحى", "injured"),
        # a noun that names no measure leaves the verb's
        ("غرق قارب وعشرات الركاب", "died"),
    ],
)
def test_an_arabic_second_conjunct_s_own_noun_says_what_befell_it(text: str, measure: str) -> None:
    assert [m for _, m, _ in _claims(text, "ar")] == [measure]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The raid killed 70 gunmen and 12 villagers.", "en"),
        ("Налёт убил 70 боевиков и 12 сельских жителей.", "ru"),
        ("قتلت الغارة 70 مسلحا و12 قرويا.", "ar"),
    ],
)
def test_a_verb_before_two_coordinated_figures_says_what_befell_both(text: str, lang: str) -> None:
    assert [m for _, m, _ in _claims(text, lang)] == ["killed", "killed"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The UN migration agency said 61 migrants were missing.",
            "International Organization for Migration (IOM)",
        ),
        ("The UN children's agency said 61 pupils were missing.", "UNICEF"),
    ],
)
def test_a_un_agency_described_not_named_is_that_agency(text: str, speaker: str) -> None:
    assert [s for _, _, s in _claims(text, "en")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a body's name of seven words after the comma
        "Some 260 captives were flown home, the International Committee of the Red Cross said.",
        "Some 260 captives were flown home, the Office of the High Commissioner said.",
    ],
)
def test_a_long_name_after_the_figure_still_attributes_it(text: str) -> None:
    ((_, _, speaker),) = _claims(text, "en")
    assert speaker in ("ICRC", "Office of the High Commissioner")


def test_an_aside_between_speaker_and_verb_is_skipped() -> None:
    text = "A police officer, speaking on condition of anonymity, said 31 prisoners had escaped."
    ((_, _, speaker),) = _claims(text, "en")
    assert speaker == "police officer"


@pytest.mark.parametrize(
    ("text", "lang", "qualifier"),
    [
        ("قتل 25 شخصا على الأقل في انهيار المبنى.", "ar", "at_least"),
        ("أصيب 60 عاملا تقريبا في الحريق.", "ar", "approx"),
        ("Rescuers said 140 miners or more were trapped.", "en", "at_least"),
    ],
)
def test_a_bound_written_after_the_counted_noun_qualifies_the_figure(
    text: str, lang: str, qualifier: str
) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.quantity.qualifier.value == qualifier
    # the span stays the figure's own: the noun between is not part of it
    assert claim.quantity.text.isdigit()


def _kinds_of(text: str) -> list[str]:
    doc = parse_document(f"---\nlang: en\npublished: 2025-05-02\n---\n{text}\n", "x.txt")
    return [r.kind.value for r in reconcile([doc]).relations]


def test_two_sources_the_same_day_for_people_not_named_are_rival_counts() -> None:
    text = (
        "At least 14 people died in the landslide in Bolivia, the mayor said. "
        "The national rescue service put the death toll at nine."
    )
    assert _kinds_of(text) == ["contradicts"]


def test_a_toll_for_a_named_group_beside_one_for_people_not_named_stays_apart() -> None:
    text = (
        "At least 14 miners died in the landslide in Bolivia, the mayor said. "
        "The national rescue service put the death toll at nine."
    )
    assert _kinds_of(text) == ["scope_differs"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("The agency on Monday raised to 57 the number of people who drowned.", "en", "agency"),
        ("Rescuers raised the death toll to 57 on Monday.", "en", "Rescuers"),
        ("В МЧС уточняют, что утонули 57 человек.", "ru", "Emergencies Ministry"),
    ],
)
def test_revising_a_count_and_an_impersonal_present_name_the_source(
    text: str, lang: str, speaker: str
) -> None:
    assert [s for _, _, s in _claims(text, lang)] == [speaker]


def test_the_figure_after_estimates_of_counts_what_they_count() -> None:
    text = "Estimates of the displaced vary widely. The governor said the figure exceeded 9,000."
    assert [(w, m) for w, m, _ in _claims(text, "en")] == [("exceeded 9,000", "displaced")]


def test_a_release_and_a_detention_are_counts_of_two_families() -> None:
    text = "Police detained 300 marchers on Monday. On Friday 120 marchers were released."
    assert _kinds_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Most of those freed are civilians, and their ages range from 16 to 74.",
        "The victims, ranging in age from 3 to 80, were buried on Friday.",
    ],
)
def test_a_range_of_ages_is_no_count(text: str) -> None:
    assert _claims(text, "en") == []


def test_a_deal_that_provides_for_a_release_plans_it() -> None:
    text = "The accord provides for the release of 430 detainees held by both sides."
    assert [m for _, m, _ in _claims(text, "en")] == ["release_planned"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Губернатор Иван Сомов в беседе с журналистами заявил, что погибли 14 человек.",
            "Ivan Somov",
        ),
        ("Глава МЧС на брифинге сообщил, что спасены 40 человек.", "Emergencies Ministry"),
    ],
)
def test_a_russian_aside_between_speaker_and_verb_is_not_the_name(text: str, speaker: str) -> None:
    assert [s for _, _, s in _claims(text, "ru")] == [speaker]


def test_where_a_source_told_reporters_is_not_where_the_people_are() -> None:
    text = "The governor told reporters in Kabul that 80 villagers had died in the landslide."
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert "Kabul" not in claim.places


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Заголовок\n\nПо словам местных старейшин, погибли 34 человека.", "elders"),
        ("Заголовок\n\nКак заявило управление, погибли 33 человека.", "department"),
    ],
)
def test_russian_elders_and_a_department_in_the_neuter_speak(text: str, speaker: str) -> None:
    assert [s for _, _, s in _claims(text, "ru")] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("Землетрясение магнитудой 5,9 унесло жизни 210 человек.", "ru", ["210"]),
        ("Some 1.5 million people fled the fighting.", "en", ["Some 1.5 million"]),
    ],
)
def test_a_figure_with_a_fraction_counts_no_people(
    text: str, lang: str, figures: list[str]
) -> None:
    claims = extract(Document(id="x", text=text, lang=lang))
    assert [c.quantity.text for c in claims if c.unit == "people"] == figures


def test_relief_items_are_not_people() -> None:
    text = "The agency sent 3,000 tents and 8,000 blankets to families left homeless."
    claims = extract(Document(id="x", text=text, lang="en"))
    assert [c.unit for c in claims] == ["tents", "blankets"]


def test_a_place_in_a_byline_is_where_the_report_was_written() -> None:
    text = "Quake toll rises\n\nBy our correspondent in Kabul\n\nThe ministry put the toll at 640."
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert "Kabul" not in claim.places
    # a short line opening with "By" that states a figure is no byline
    text = "Quake toll rises\n\nBy Friday, 300 villagers had fled Kabul"
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert "Kabul" in claim.places


def test_rescue_teams_are_no_rescue_of_the_counted() -> None:
    text = (
        "The agency raised its death toll from the weekend landslide to 640 on Friday, "
        "up from 515 a day earlier, as rescue teams reached the valley."
    )
    assert "rescued" not in {m for _, m, _ in _claims(text, "en")}


@pytest.mark.parametrize(
    ("text", "lang", "qualifier"),
    [
        ("شرد الفيضان ما يقارب 12 ألف شخص.", "ar", "approx"),
        ("The toll passed 640 on Tuesday.", "en", "at_least"),
    ],
)
def test_more_words_of_approach_and_excess(text: str, lang: str, qualifier: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.quantity.qualifier.value == qualifier


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It was the worst flood since 2019, when more than 400 people drowned.", "en"),
        ("Это самое сильное наводнение с 2019 года, когда утонули более 400 человек.", "ru"),
        ("وهو أسوأ فيضان منذ عام 2019، حين غرق أكثر من 400 شخص.", "ar"),
    ],
)
def test_a_figure_in_a_clause_of_what_happened_since_a_time_holds_then(
    text: str, lang: str
) -> None:
    doc = Document(id="x", text=text, lang=lang, published="2026-03-10")
    (claim,) = extract(doc)
    assert claim.as_of == "2019"


@pytest.mark.parametrize(
    ("text", "lang", "subjects"),
    [
        ("In the valley, 31 people died, of whom 12 were herders.", "en", [None, "part of people"]),
        ("Погиб 31 человек, из них 12 женщин.", "ru", [None, "part of women"]),
        ("قتل 31 شخصا بينهم 12 امرأة.", "ar", [None, "part of women"]),
    ],
)
def test_a_figure_after_of_whom_is_a_part_of_the_total(
    text: str, lang: str, subjects: list[str | None]
) -> None:
    claims = extract(Document(id="x", text=text, lang=lang))
    assert [c.subject for c in claims] == subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The clinic was treating around 300 of the injured.", "part of people"),
        # a vague number "of" its people counts them all (the participle
        # before the noun describes them: the villagers are the subject)
        ("Hundreds of dead villagers lie under the mud.", "villagers"),
    ],
)
def test_a_figure_of_the_counted_toll_is_a_part_of_it(text: str, subject: str | None) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.subject == subject


def test_the_next_item_after_a_part_is_a_part_too() -> None:
    text = "The blast killed 52 people, among them 14 miners and nine rescuers."
    claims = extract(Document(id="x", text=text, lang="en"))
    assert [c.subject for c in claims] == [None, "part of miners", "part of rescuers"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The agency raised the toll to 58 on Friday, up from 44 a day earlier.", "en"),
        ("Число погибших выросло до 58 против 44 накануне.", "ru"),
        ("وارتفعت حصيلة القتلى إلى 58 مقابل 44 أمس.", "ar"),
        # a few words between: the article, a pronoun, "earlier estimate of"
        ("Officials said 58 people were confirmed dead, up from the 44 they reported.", "en"),
        ("The agency said 58 people had died, up from its earlier estimate of 44.", "en"),
    ],
)
def test_a_figure_given_as_the_one_replaced_is_updated_by_the_other(text: str, lang: str) -> None:
    doc = parse_document(f"---\nlang: {lang}\npublished: 2025-05-02\n---\n{text}\n", "x.txt")
    report = reconcile([doc])
    assert [(r.kind.value, report.claim(r.claims[0]).quantity.low) for r in report.relations] == [
        ("updates", 44)
    ]


def test_the_number_of_right_after_a_figure_says_what_it_counts() -> None:
    text = "The ministry raised to 63 the number of prisoners who died in custody."
    assert [(w, m) for w, m, _ in _claims(text, "en")] == [("63", "died")]


def test_russian_jobs_cut_count_no_workers() -> None:
    claims = extract(Document(id="x", text="Компания сократит 1200 рабочих мест.", lang="ru"))
    assert [c.unit for c in claims] == ["jobs"]


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("Some 80,000 protesters marched through the capital.", "en", ["Some 80,000"]),
        ("About 12,000 nurses went on strike on Monday.", "en", ["About 12,000"]),
        (
            "The ministry counted 80,000 protesters, while the union claimed 400,000.",
            "en",
            ["80,000", "400,000"],
        ),
        ("В акции протеста приняли участие 5 тысяч шахтёров.", "ru", ["5 тысяч"]),
        ("В забастовке участвуют 12 тысяч медсестёр.", "ru", ["12 тысяч"]),
        ("وتظاهر نحو 10 آلاف شخص في العاصمة.", "ar", ["نحو 10 آلاف"]),
        ("وأضرب نحو 3 آلاف موظف عن العمل.", "ar", ["نحو 3 آلاف"]),
    ],
)
def test_a_crowd_or_a_strike_is_counted_as_such(text: str, lang: str, figures: list[str]) -> None:
    claims = extract(Document(id="x", text=text, lang=lang))
    striking = "strike" in text or "забастов" in text or "أضرب" in text
    want = "striking" if striking else "protested"
    assert [(c.quantity.text, c.measure) for c in claims] == [(f, want) for f in figures]


def test_a_figure_after_a_second_speaker_counts_what_the_first_counted() -> None:
    text = "The ministry counted 80,000 protesters, while the CGT union claimed 400,000."
    claims = extract(Document(id="x", text=text, lang="en"))
    assert [(c.quantity.text, c.speaker) for c in claims] == [
        ("80,000", "ministry"),
        ("400,000", "CGT union"),
    ]


def test_fighters_taking_part_in_an_assault_are_no_crowd() -> None:
    (claim,) = extract(
        Document(id="x", text="Some 300 fighters took part in the assault.", lang="en")
    )
    assert claim.measure == "fighters"


def test_the_police_and_the_organisers_counting_one_march_contradict() -> None:
    docs = [
        parse_document(f"---\nlang: {lang}\npublished: 2023-03-07\n---\n{text}\n", f"{name}.txt")
        for name, lang, text in [
            ("a", "en", "Police said 80,000 protesters marched in Paris on Tuesday."),
            ("b", "en", "The CGT union said 400,000 people marched in Paris on Tuesday."),
            ("c", "ru", "Во вторник в Париже вышли на улицы 80 тысяч человек, сообщила полиция."),
        ]
    ]
    report = reconcile(docs)
    assert sorted(r.kind.value for r in report.relations) == [
        "contradicts",
        "contradicts",
        "repeats",
    ]


def test_a_body_counting_a_crowd_speaks_for_it() -> None:
    text = "Полиция насчитала 80 тысяч протестующих."
    (claim,) = extract(Document(id="x", text=text, lang="ru"))
    assert (claim.measure, claim.speaker) == ("protested", "police")


def test_people_made_to_leave_their_homes_are_displaced() -> None:
    text = "أجبرت الحرائق أكثر من 30 ألف شخص على مغادرة منازلهم."
    (claim,) = extract(Document(id="x", text=text, lang="ar"))
    assert claim.measure == "displaced"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In Turkey, 17,674 people were killed, the disaster agency said, while Syria's "
            "health ministry reported 3,377 deaths in the country's northwest.",
            "en",
        ),
        (
            "قتل 17674 شخصا في تركيا، بينما أعلنت وزارة الصحة في سوريا عن 3377 قتيلا في "
            "شمال غرب البلاد.",
            "ar",
        ),
    ],
)
def test_the_country_pointed_back_to_is_the_one_whose_office_speaks(text: str, lang: str) -> None:
    claims = extract(Document(id="x", text=text, lang=lang))
    assert [c.places for c in claims] == [("Turkey",), ("Syria",)]


def test_prisoners_still_in_captivity_are_held() -> None:
    text = "About 3,000 soldiers are still in captivity, officials said."
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.measure == "imprisoned"


def test_a_place_in_a_news_site_name_is_no_place() -> None:
    text = "Mosul: up to 1,260 civilians killed – Houston News\n\nThe battle lasted nine months."
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.places == ("Mosul",)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The UN cut the toll to 3,958, after earlier publishing the Red Crescent's count "
            "of 11,300.",
            ["United Nations", "Red Crescent"],
        ),
        ("Officials cited the ministry's death toll of 58.", ["ministry"]),
    ],
)
def test_whose_count_a_figure_is_speaks_for_it(text: str, speakers: list[str]) -> None:
    claims = extract(Document(id="x", text=text, lang="en"))
    assert [c.speaker for c in claims] == speakers


def test_the_destruction_of_soldiers_counts_the_dead() -> None:
    text = "Киев заявил об уничтожении 1200 российских военных."
    (claim,) = extract(Document(id="x", text=text, lang="ru"))
    assert (claim.measure, claim.speaker) == ("killed", "Kyiv")


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("أصيب 11 ألف شخص بالكوليرا.", "ar", "11 ألف"),
        ("سجلت 1200 إصابة جديدة بالكوليرا.", "ar", "1200"),
        ("ارتفع إجمالي الإصابات بالحصبة إلى 15 ألفا.", "ar", "15 ألفا"),
        ("От холеры пострадали 200 человек.", "ru", "200"),
    ],
)
def test_a_word_of_injury_near_a_disease_counts_infections(
    text: str, lang: str, figure: str
) -> None:
    claims = extract(Document(id="x", text=text, lang=lang))
    assert [(c.quantity.text, c.measure) for c in claims] == [(figure, "infected")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("قتل 5 أشخاص وأصيب 20 آخرون في هجوم.", "ar"), ("При взрыве пострадали 20 человек.", "ru")],
)
def test_a_word_of_injury_with_no_disease_counts_the_injured(text: str, lang: str) -> None:
    claims = extract(Document(id="x", text=text, lang=lang))
    assert claims[-1].measure == "injured"


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Jordan alone hosts 600,000 refugees.", "en", "Jordan"),
        ("Lebanon is home to 1.5 million Syrian refugees.", "en", "Lebanon"),
        ("Турция приняла 3,6 млн сирийских беженцев.", "ru", "Turkey"),
        ("وتستضيف تركيا 3.6 مليون لاجئ سوري.", "ar", "Turkey"),
    ],
)
def test_a_country_hosting_refugees_is_where_they_are(text: str, lang: str, place: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert (claim.measure, claim.places) == ("displaced", (place,))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وأصيب 375 شخصا، وفقا لمركز عمليات الطوارئ الوطني.",
            "National Emergency Operations Centre",
        ),
        ("وقال مركز عمليات الطوارئ إن 375 شخصا أصيبوا.", "Emergency Operations Centre"),
    ],
)
def test_a_body_named_by_its_kind_fields_and_scope_speaks_in_english(
    text: str, speaker: str
) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="ar"))
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Tunisia ranked first with 6,000 fighters, followed by Russia with 2,400 and "
            "Turkey with 2,100.",
            "en",
        ),
        ("حلت تونس أولى بستة آلاف مقاتل، تلتها روسيا بـ2400 مقاتل، ثم تركيا بـ2100.", "ar"),
    ],
)
def test_a_home_labelling_a_list_item_names_its_people(text: str, lang: str) -> None:
    claims = extract(Document(id="x", text=text, lang=lang))
    assert [c.subject for c in claims] == [
        "Tunisian nationals",
        "Russian nationals",
        "Turkish nationals",
    ]


def test_a_named_group_well_below_the_same_role_unnamed_in_another_report_is_a_part() -> None:
    docs = [
        parse_document(f"---\nlang: en\npublished: 2019-01-02\n---\n{text}\n", f"{name}.txt")
        for name, text in [
            ("a", "Thirty children were rescued in Idlib on Sunday."),
            ("b", "Three Turkish children were rescued in Idlib on Sunday."),
        ]
    ]
    kinds = [r.kind.value for r in reconcile(docs).relations]
    assert kinds == ["scope_differs"]


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("The campaign involved 5,000 soldiers and 29,000 coalition bombs.", "en", "bombs"),
        ("Армия сбросила 200 бомб на город.", "ru", "bombs"),
        ("وزرعت القوات 300 لغم قرب الحدود.", "ar", "mines"),
    ],
)
def test_munitions_are_counted_as_things(text: str, lang: str, unit: str) -> None:
    claims = extract(Document(id="x", text=text, lang=lang))
    assert claims[-1].unit == unit


@pytest.mark.parametrize(
    ("text", "lang", "measure"),
    [
        ("Some 4,500 residents were evacuated, among them 1,100 children.", "en", "displaced"),
        ("Эвакуированы 4,5 тысячи человек, в том числе 1100 детей.", "ru", "displaced"),
        # (guard) foreigners brought out, and a part of them, stay evacuated
        ("Some 436 Egyptians were evacuated, among them 27 students.", "en", "evacuated"),
    ],
)
def test_a_part_of_people_evacuated_is_moved_as_its_whole(
    text: str, lang: str, measure: str
) -> None:
    claims = extract(Document(id="x", text=text, lang=lang))
    assert [c.measure for c in claims] == [measure, measure]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Thirty people died, said Dr. Ahmed Hassan, director of the hospital.", "Ahmed Hassan"),
        (
            "At least 30 people were killed, according to a statement from the provincial "
            "governor's office.",
            "provincial governor's office",
        ),
    ],
)
def test_a_speaker_after_an_abbreviated_title_or_a_statement_is_read_whole(
    text: str, speaker: str
) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Some 600,000 Sudanese refugees have fled to Chad.", ("Chad",)),
        ("In Niger, 40 soldiers were killed.", ("Niger",)),
        # a first name and a river are no places
        ("Chad Smith said 30 people died.", ()),
        ("Twelve people drowned in the Niger river.", ()),
    ],
)
def test_a_name_that_is_also_a_first_name_is_a_place_after_a_preposition(
    text: str, places: tuple[str, ...]
) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.places == places
