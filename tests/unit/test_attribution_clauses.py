"""Who states a figure when the attribution sits in a clause of its own.

Every sentence is written for this module.
"""

import pytest

from reconcile import Claim, Document, extract
from reconcile.extraction.sources import to_latin


def _by_figure(text: str, lang: str) -> dict[str, Claim]:
    """The claims of ``text``, by their figure as written."""
    return {c.quantity.text: c for c in extract(Document(id="x", text=text, lang=lang))}


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        # the figures the ministry announced, which do not exceed 2,929
        (
            "والرقم أعلى بكثير من الأرقام الرسمية التي أعلنتها وزارة الصحة"
            " والتي لا تتعدى 2929 مصابا.",
            "لا تتعدى 2929",
            "Health Ministry",
        ),
        (
            "والحصيلة أدنى من الأرقام التي ذكرتها منظمة الصحة العالمية والتي تبلغ 310 قتلى.",
            "310",
            "World Health Organization",
        ),
    ],
)
def test_the_source_of_figures_a_relative_clause_gives(
    text: str, figure: str, speaker: str
) -> None:
    assert _by_figure(text, "ar")[figure].speaker == speaker


def test_a_verb_of_a_relative_clause_speaks_for_no_figure_past_its_comma() -> None:
    # the state the group declared in 2019, then the figure of another clause
    text = "ومع سقوط الدولة التي أعلنها التنظيم في الموصل عام 2014، نزح مئات الآلاف من السكان."
    assert all(c.speaker is None for c in extract(Document(id="x", text=text, lang="ar")))


@pytest.mark.parametrize(
    "text",
    [
        "وقال المسؤول بنحو 300 قتيل في القصف.",
        "وقدرت الوزارة القتلى بنحو 300 قتيل.",
    ],
)
def test_a_name_after_its_verb_ends_where_the_figure_begins(text: str) -> None:
    # the qualifier's proclitic ("بنحو") is no word of the speaker's name
    (claim,) = extract(Document(id="x", text=text, lang="ar"))
    assert claim.speaker in {"official", "ministry"}


@pytest.mark.parametrize(
    "text",
    [
        # "his words": the person named before, never a name read after the phrase
        "В Луганске погибли 12 человек, сообщил глава МЧС Иван Петров. По его словам,"
        " на стороне ВСУ воюют более 900 наемников.",
        "В Луганске погибли 12 человек, сообщил глава МЧС Иван Петров.\n\nПо его словам,"
        " на стороне ВСУ воюют более 900 наемников.",
    ],
)
def test_his_words_are_the_person_named_before(text: str) -> None:
    assert _by_figure(text, "ru")["более 900"].speaker == "Ivan Petrov"


def test_his_words_with_no_one_named_before_name_no_one_after() -> None:
    claims = _by_figure("По его словам, на стороне ВСУ воюют более 900 наемников.", "ru")
    assert claims["более 900"].speaker is None


@pytest.mark.parametrize(
    "text",
    [
        # a name ending the figure's own clause, before ", said X", is what was said
        "В Сирии уничтожено 160 боевиков ИГ, сообщил Олег Сыромолотов. По его словам,"
        " на стороне ИГ воюют более 900 наемников.",
    ],
)
def test_a_name_before_the_comma_of_an_inverted_attribution_is_no_speaker(text: str) -> None:
    claims = _by_figure(text, "ru")
    assert claims["160"].speaker == "Oleg Syromolotov"
    assert claims["более 900"].speaker == "Oleg Syromolotov"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("По словам министра, в результате обстрела погибли 30 человек.", "minister"),
        ("Министр заявил, что в результате обстрела погибли 30 человек.", "minister"),
        ("Чиновник сообщил, что в результате обстрела погибли 30 человек.", "official"),
        ("Как сообщил пресс-секретарь губернатора, погибли 30 человек.", "spokesperson"),
    ],
)
def test_a_russian_office_with_no_name_is_named_in_english(text: str, speaker: str) -> None:
    assert _by_figure(text, "ru")["30"].speaker == speaker


def test_his_words_after_a_paragraph_break_go_on_with_the_speaker_before() -> None:
    text = (
        "В Сирии уничтожено 160 боевиков ИГ, сообщил заместитель министра иностранных дел"
        " Олег Сыромолотов.\n\nПо его словам, на стороне ИГ воюют более 900 наемников."
    )
    assert _by_figure(text, "ru")["более 900"].speaker == "Oleg Syromolotov"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the body's own words before its noun stay with it, whatever place follows
        ("The health ministry in Gaza said 300 people had been killed.", "health ministry in Gaza"),
        (
            "The interior ministry in Baghdad said 300 people were killed.",
            "interior ministry in Baghdad",
        ),
        # (guards) a group noun alone; a nationality before it
        ("Officials in Gaza said 300 people were killed.", "Officials in Gaza"),
        (
            "The Russian embassy in Baghdad said 300 people were evacuated.",
            "Russian Embassy",
        ),
    ],
)
def test_a_body_named_with_its_place_keeps_its_field(text: str, speaker: str) -> None:
    (claim,) = _by_figure(text, "en").values()
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Israel says it has killed about 10,000 militants in the fighting.",
        "Russia said 300 Ukrainian soldiers were killed in the attack.",
    ],
)
def test_a_country_speaking_is_no_place_of_its_figure(text: str) -> None:
    (claim,) = _by_figure(text, "en").values()
    assert claim.places == ()
    assert claim.speaker in {"Israel", "Russia"}


def test_a_country_ending_a_headline_is_no_speaker_of_the_next_line() -> None:
    text = "عودة 30 طفلا إلى روسيا من العراق\n\nقال رئيس الشيشان إن الطائرة أقلعت."
    assert _by_figure(text, "ar")["30"].places == ("Iraq",)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an outlet right after its verb, then whom it cites: the outlet reports
        ("Число погибших достигло 45, сообщает ТАСС со ссылкой на экстренные службы.", "TASS"),
        # (guards) whom a source told, then the source; the services named alone
        ("Число погибших достигло 45, сообщили ТАСС в экстренных службах.", "emergency services"),
        ("По данным экстренных служб, погибли 45 человек.", "emergency services"),
    ],
)
def test_an_outlet_citing_a_source_reports_its_figure(text: str, speaker: str) -> None:
    (claim,) = _by_figure(text, "ru").values()
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # who runs or backs a body describes it and is no word of its name
        ("The Hamas-run health ministry said 300 children had been killed.", "health ministry"),
        ("The UN-backed government said 300 people were killed.", "government"),
        # (guard) how a coalition is named
        ("The Saudi-led coalition said 300 people were killed.", "Saudi-led coalition"),
    ],
)
def test_a_body_described_by_who_runs_it(text: str, speaker: str) -> None:
    (claim,) = _by_figure(text, "en").values()
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("written", "latin"),
    [
        # no Arabic word opens with two consonants: the unwritten vowel after the first
        ("محمود بصل", "Mahmoud Basl"),
        ("زياد بدر", "Ziad Badr"),
        ("رمضان", "Ramdan"),
        # (guards) a name with a Russian ending reads as Russian: "Smirnov"
        ("سيرغي سميرنوف", "Sergei Smirnov"),
        # (guards) a vowel written second; the article; a given name of the table
        ("هيدا ساراتوفا", "Hida Saratova"),
        ("العبادي", "al-Abadi"),
        ("زياد الهاني", "Ziad al-Hani"),
        ("Олег Сыромолотов", "Oleg Syromolotov"),
    ],
)
def test_a_name_in_latin_letters_opens_with_a_vowel_the_script_leaves_unwritten(
    written: str, latin: str
) -> None:
    assert to_latin(written) == latin
