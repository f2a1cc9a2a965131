"""An outlet relaying another's words is not the speaker; the one it quotes is."""

from reconcile import Document, extract
from reconcile.names import to_latin


def _speakers(text: str, lang: str = "ar") -> list[str | None]:
    return [c.speaker for c in extract(Document(id="s.txt", text=text, lang=lang))]


def test_arabic_outlet_relaying_a_named_person():
    text = "ونقلت إذاعة المدينة عن الباحث سامر خليل قوله إن 40 مقاتلا عادوا إلى البلاد."
    assert _speakers(text) == [to_latin("سامر خليل")]


def test_arabic_relaying_verb_without_a_source_names_no_one():
    # "نقل" also means "moved": no source word after it, no speaker from it
    assert _speakers("نقل 25 جريحا إلى المستشفى.") == [None]


def test_arabic_outlet_cited_before_the_speaker_gives_way_to_it():
    text = 'ونقلا عن صحيفة "الفجر"، قال الباحث كريم بوعزيز إن 70 مقاتلا قتلوا.'
    assert _speakers(text) == [to_latin("كريم بوعزيز")]


def test_arabic_showed_opening_its_sentence_names_its_speaker():
    text = "وبيّن الباحث سامر خليل، في حديث أمس، أن 35 مقاتلا عادوا إلى البلاد."
    assert _speakers(text) == [to_latin("سامر خليل")]


def test_arabic_between_inside_a_sentence_is_no_verb():
    # "بين" is also "between": not opening its sentence, it names no one
    text = "ويتوزع بين الجيش والشرطة نحو 35 مقاتلا أن يعودوا."
    assert _speakers(text) == [None]


def test_english_according_to_an_outlet_gives_way_to_the_one_who_said_it():
    text = "According to Reuters, Interior Minister Karim Hadi said that 300 fighters had returned."
    assert _speakers(text, "en") == ["Karim Hadi"]


def test_english_according_to_alone_names_the_source():
    assert _speakers("According to the Harbour Institute, 300 migrants drowned.", "en") == [
        "Harbour Institute"
    ]
