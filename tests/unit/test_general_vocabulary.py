"""People nouns and measure words of general news subjects, in every language.

The vocabulary grew on reports of foreign fighters, returnees and displaced
people; these cases read the people and outcomes of other subjects
(disasters, protests, epidemics, migration, strikes, elections) from the
data of ``reconcile/lang/<lang>/subjects.toml`` and ``measures.toml``: the
figure is found, counts the people its noun names (in the English noun of
the lexicon), and takes the measure its verb says.
"""

import pytest

from reconcile import Document, extract

# language, sentence, figure, measure, subject
CASES: list[tuple[str, str, int, str | None, str | None]] = [
    # disasters
    ("en", "The storm claimed 14 lives.", 14, "killed", None),
    ("en", "Some 300 people were left dead.", 300, "killed", None),
    ("en", "The floods affected the lives of 200,000 people.", 200000, None, None),
    ("en", "Around 200 people were airlifted to safety.", 200, "displaced", None),
    ("en", "Police took 30 people into custody.", 30, "detained", None),
    ("en", "The virus has sickened 400 people.", 400, "infected", None),
    ("en", "Some 40 people were poisoned by fumes.", 40, "injured", None),
    ("ru", "Погибли 12 человек, еще 40 получили отравление угарным газом.", 40, "injured", None),
    ("ar", "قالت السلطات إن 40 شخصا تسمموا بالغاز.", 40, "injured", None),
    ("en", "Officials said 19 evacuees were taken into custody.", 19, "detained", "evacuees"),
    ("en", "Flooding drowned 35 farmers last week.", 35, "died", "farmers"),
    ("en", "The epidemic has claimed the lives of 230 people.", 230, "killed", None),
    ("en", "The ministry said 45 babies died in the hospital fire.", 45, "died", "infants"),
    ("ar", "انتشلت فرق الدفاع المدني 14 ناجيا من تحت الركام.", 14, None, "survivors"),
    ("ar", "أجلت السلطات 8 آلاف شخص من المناطق المنكوبة.", 8000, "displaced", None),
    ("ar", "وتشرد نحو 5 آلاف شخص بسبب السيول.", 5000, "displaced", None),
    ("ar", "ولا يزال 70 شخصا مجهولي المصير بعد الانهيار.", 70, "missing", None),
    ("ar", "وأودت الحرائق بحياة 27 شخصا.", 27, "killed", None),
    ("ar", "ولا يزال 15 صيادا في عداد المفقودين.", 15, "missing", "fishermen"),
    # brought out alive: rescued ("извлекли" with no bodies)
    ("ru", "Спасатели извлекли из-под завалов 14 выживших.", 14, "rescued", "survivors"),
    ("ru", "Около 8 тысяч человек остались без жилья.", 8000, "displaced", None),
    ("ru", "В результате взрыва травмы получили 60 рабочих.", 60, "injured", "workers"),
    ("ru", "Были отселены 900 жителей прибрежных сел.", 900, "displaced", "residents"),
    ("ru", "На шахте погибли 12 горняков.", 12, "killed", "miners"),
    ("ru", "Без вести пропали 12 моряков.", 12, "missing", "sailors"),
    # protests
    ("en", "Troops fired and 22 demonstrators were killed.", 22, "killed", "protesters"),
    ("en", "Police rounded up 85 rioters overnight.", 85, "detained", "rioters"),
    ("en", "About 6,000 strikers rallied outside parliament.", 6000, "protested", "strikers"),
    ("ar", "قتل 22 متظاهرا برصاص قوات الأمن.", 22, "killed", "protesters"),
    ("ar", "وشارك نحو 10 آلاف متظاهر في المسيرة.", 10000, "protested", None),
    ("ar", "وأعلنت الشرطة توقيف 30 شخصا بتهمة الشغب.", 30, "detained", None),
    ("ru", "Были задержаны и доставлены в отделы полиции 40 человек.", 40, "detained", None),
    ("ar", "واعتقل 45 ناشطا وصحفيا.", 45, "detained", "activists"),
    ("ru", "Силовики открыли огонь, погибли 22 демонстранта.", 22, "killed", "protesters"),
    ("ru", "Полиция задержала 120 протестующих в столице.", 120, "detained", "protesters"),
    ("ru", "Полиция задержала 12 правозащитников.", 12, "detained", "activists"),
    # epidemics
    ("ar", "وأصيب 200 شخص بالكوليرا، وتوفي 12 مريضا.", 12, "died", "patients"),
    ("ru", "Эпидемия унесла жизни 27 человек.", 27, "killed", None),
    ("ru", "От коронавируса скончались 120 пациентов.", 120, "died", "patients"),
    # migration
    ("en", "At least 40 migrants drowned off the island.", 40, "died", "migrants"),
    ("en", "The government deported 1,200 migrants in March.", 1200, "repatriated", "migrants"),
    ("ar", "غرق 40 مهاجرا قبالة الجزيرة بحسب خفر السواحل.", 40, "died", "migrants"),
    ("ar", "ورحلت السلطات التركية 450 مهاجرا الشهر الماضي.", 450, "repatriated", "migrants"),
    ("ru", "У побережья утонули 40 мигрантов, сообщила береговая охрана.", 40, "died", "migrants"),
    ("ru", "Власти депортировали 1200 мигрантов в марте.", 1200, "repatriated", "migrants"),
    ("ru", "Были выдворены 200 нелегальных мигрантов.", 200, "repatriated", "migrants"),
    ("ar", "ويقيم نحو 3 آلاف طالبي لجوء في مركز الاستقبال.", 3000, "population", "asylum-seekers"),
    ("ru", "3 тысячи просителей убежища живут в центре.", 3000, "population", "asylum-seekers"),
    # strikes and elections
    ("ar", "وأضرب نحو 3 آلاف موظف عن العمل.", 3000, "striking", "employees"),
    ("ar", "أصيب 60 عاملا في انفجار المصنع.", 60, "injured", "workers"),
    ("ar", "وانتخب الناخبون 120 نائبا في البرلمان الجديد.", 120, None, "lawmakers"),
    ("en", "Voters elected 230 lawmakers.", 230, None, "lawmakers"),
    ("ru", "В акции протеста приняли участие 5 тысяч шахтёров.", 5000, "protested", "miners"),
    ("ru", "На выборах баллотировались 300 кандидатов.", 300, None, "candidates"),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "measure", "subject"), CASES)
def test_general_subject_claim(
    lang: str, sentence: str, figure: int, measure: str | None, subject: str | None
) -> None:
    claims = extract(Document(id="probe.txt", text=sentence, lang=lang))
    read = [(c.quantity.low, c.measure, c.subject) for c in claims]
    assert (figure, measure, subject) in read
