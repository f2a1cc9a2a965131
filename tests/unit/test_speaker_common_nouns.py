"""A speaker named by a common noun or by an office is a role, not a name to transliterate."""

from reconcile import Document, extract


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract(Document(id="a.txt", text=text, lang=lang))]


def test_arabic_doctor_is_a_role():
    text = "وقال طبيب في مستشفى المدينة إن 12 شخصاً أصيبوا بجروح."
    assert _speakers(text, "ar") == ["doctor"]


def test_arabic_named_doctor_is_the_person():
    text = "وقال الطبيب سامي خليل إن 12 شخصاً أصيبوا بجروح."
    assert _speakers(text, "ar") == ["Sami Khalil"]


def test_arabic_hospital_administration_after_according_to():
    text = "ويخضع ثمانية مصابين للعلاج في قسم الطوارئ، بحسب إدارة المستشفى."
    assert _speakers(text, "ar") == ["hospital administration"]


def test_arabic_our_correspondent_is_a_role():
    text = "وأفاد مراسلنا بأن 40 شخصاً أصيبوا في الحادث."
    assert _speakers(text, "ar") == ["correspondent"]


def test_arabic_spokeswoman_before_a_name_is_a_title():
    text = "وقالت المتحدثة باسم الشرطة سلمى حداد إن الشرطة اعتقلت 14 شخصاً."
    (speaker,) = _speakers(text, "ar")
    assert speaker is not None
    assert speaker.endswith("Hadad")


def test_a_national_red_cross_is_not_the_icrc_in_english():
    text = "The Ghana Red Cross said 30 people were injured in the floods."
    assert _speakers(text, "en") == ["Ghana Red Cross"]


def test_a_national_red_crescent_by_its_adjective_in_arabic():
    text = "وقال الهلال الأحمر المصري إن 30 شخصاً أصيبوا في الفيضانات."
    assert _speakers(text, "ar") == ["Egypt Red Crescent"]


def test_a_national_red_cross_by_its_adjective_in_russian():
    text = "Российский Красный Крест сообщил, что пострадали 30 человек."
    assert _speakers(text, "ru") == ["Russia Red Cross"]


def test_the_red_cross_alone_stays_the_icrc():
    text = "The Red Cross said 30 people were injured in the fighting."
    assert _speakers(text, "en") == ["ICRC"]


def test_russian_country_closing_an_office_is_not_part_of_the_name():
    text = "Министр образования Египта Карим Хасан заявил, что пострадали 30 школьников."
    assert _speakers(text, "ru") == ["Karim Khasan"]


def test_russian_unknown_place_closing_an_office_is_not_part_of_the_name():
    text = (
        "В результате пожара пострадали 30 человек, "
        "сообщил глава администрации Ломбары Иван Сорокин."
    )
    assert _speakers(text, "ru") == ["Ivan Sorokin"]


def test_russian_full_name_after_an_office_is_kept_whole():
    text = "Заместитель директора Анна Сергеевна Петрова заявила, что пострадали 30 человек."
    assert _speakers(text, "ru") == ["Anna Sergeevna Petrova"]


def test_arabic_attribution_at_the_end_with_wafq_ma():
    text = "وأصيب 30 شخصاً في انهيار المبنى، وفق ما أعلنته وزارة الصحة اليوم الأربعاء."
    assert _speakers(text, "ar") == ["Health Ministry"]


def test_arabic_attribution_at_the_end_with_wafq():
    text = "ونقل 30 مصاباً إلى المستشفيات، وفق الدفاع المدني."
    assert _speakers(text, "ar") == ["civil defence"]


def test_russian_statement_named_at_the_end_gives_its_body():
    text = "Полиция задержала еще 12 подозреваемых, говорится в заявлении МВД."
    assert _speakers(text, "ru") == ["Interior Ministry"]


def test_russian_body_in_the_genitive_is_the_known_body():
    text = "Пострадали 30 человек, говорится в сообщении Министерства здравоохранения."
    assert _speakers(text, "ru") == ["Health Ministry"]


def test_russian_body_after_po_dannym_is_not_read_as_a_person():
    text = "По данным Министерства здравоохранения, пострадали 30 человек."
    assert _speakers(text, "ru") == ["Health Ministry"]


def test_the_red_cross_after_a_national_society_is_that_society():
    text = (
        "The Ghana Red Cross said 30 people were injured.\n\n"
        "The Red Cross added that 12 people were missing."
    )
    assert _speakers(text, "en") == ["Ghana Red Cross", "Ghana Red Cross"]


def test_arabic_red_crescent_after_a_national_society_is_that_society():
    text = (
        "وقال الهلال الأحمر المصري إن 30 شخصاً أصيبوا.\n\n"
        "وأوضح الهلال الأحمر في بيان أن 12 شخصاً ما زالوا مفقودين."
    )
    assert _speakers(text, "ar") == ["Egypt Red Crescent", "Egypt Red Crescent"]


def test_an_office_appositive_is_passed_over_for_the_person():
    text = "Amos Kibet, director of Nakuru General Hospital, said 40 people died."
    assert _speakers(text, "en") == ["Amos Kibet"]


def test_a_russian_office_appositive_is_passed_over_for_the_person():
    text = "Иван Петров, глава МВД Дагестана, заявил, что пострадали 30 человек."
    assert _speakers(text, "ru") == ["Ivan Petrov"]


def test_english_doctor_is_a_role():
    text = "A doctor said 40 people were admitted overnight."
    assert _speakers(text, "en") == ["doctor"]


def test_english_hospital_administration_is_the_speaker_not_its_place():
    text = "A hospital administrator in Nakuru said 40 people were admitted overnight."
    assert _speakers(text, "en") == ["hospital administrator in Nakuru"]


def test_russian_doctor_is_a_role_not_a_transliterated_name():
    text = "Погибли 40 человек, сообщил врач районной больницы."
    assert _speakers(text, "ru") == ["doctor"]


def test_a_title_opened_by_its_field_is_stripped_from_the_name():
    text = "Education Cabinet Secretary Tom Mboya said 40 schools were closed."
    assert _speakers(text, "en") == ["Tom Mboya"]


def test_russian_office_of_a_body_named_in_the_sentence_is_that_body():
    text = (
        "Всемирная организация здравоохранения направила в район 30 врачей, "
        "сообщили в представительстве организации в Бейруте."
    )
    assert _speakers(text, "ru") == ["World Health Organization"]


def test_a_number_inside_a_body_name_is_kept():
    text = "Doctors at Nakuru Level 4 Hospital said at least 12 patients were blinded."
    assert _speakers(text, "en") == ["Doctors at Nakuru Level 4 Hospital"]


def test_a_date_before_a_speaker_is_not_part_of_its_name():
    text = "On March 5 Oxfam said 12 patients were blinded."
    assert _speakers(text, "en") == ["Oxfam"]


def test_one_before_a_role_is_no_part_of_it():
    text = "One witness said 40 people were trapped."
    assert _speakers(text, "en")[-1] == "witness"


def test_arabic_unnamed_local_news_agency_is_a_role():
    text = "وقتل 12 شخصاً في الانفجار، وفق ما أوردته وكالة الأنباء المحلية."
    assert _speakers(text, "ar") == ["local news agency"]


def test_an_arabic_name_after_according_to_loses_the_preposition() -> None:
    from reconcile import Document, extract

    text = "ونزحت 90 أسرة من القرى، وفقا للشرطة المحلية."
    (claim,) = extract(Document(id="x", text=text, lang="ar"))
    assert claim.speaker is not None
    assert claim.speaker.startswith("al-")


def test_a_russian_ministry_by_its_full_name_and_of_the_country_speaks() -> None:
    from reconcile import Document, extract

    text = (
        "Министерство внутренних дел страны сообщило, что погибли 41 человек. "
        "По данным ведомства, пропавшими числятся 85 человек."
    )
    claims = extract(Document(id="x", text=text, lang="ru"))
    assert [c.speaker for c in claims] == ["Interior Ministry", "Interior Ministry"]


def test_where_a_speaker_stands_is_not_part_of_its_name() -> None:
    from reconcile import Document, extract

    text = "Police in the capital said 112 inmates had been recaptured. Doctors said 9 died."
    claims = extract(Document(id="x", text=text, lang="en"))
    assert claims[0].speaker == "Police"


def test_people_speaking_for_themselves_are_a_role_in_every_language():
    assert _speakers("Survivors said 40 people were still missing.", "en") == ["Survivors"]
    assert _speakers("Протестующие сообщили, что задержаны 40 человек.", "ru") == ["protesters"]
    assert _speakers("وقال المحتجون إن 40 شخصا اعتقلوا.", "ar") == ["protesters"]
