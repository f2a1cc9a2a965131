"""A speaker named by a common noun or by an office is a role, not a name to transliterate."""

from reconcile import Document, extract


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract(Document(id="a.txt", text=text, lang=lang))]


def test_arabic_doctor_is_a_role():
    text = "وقال طبيب في مستشفى المدينة إن 12 شخصاً أصيبوا بجروح."
    assert _speakers(text, "ar") == ["doctor"]


def test_arabic_named_doctor_is_the_person():
    text = "وقال الطبيب سامي خليل إن 12 شخصاً أصيبوا بجروح."
    assert _speakers(text, "ar") == ["Sami Khlil"]


def test_arabic_hospital_administration_after_according_to():
    text = "ويخضع ثمانية مصابين للعلاج في قسم الطوارئ، بحسب إدارة المستشفى."
    assert _speakers(text, "ar") == ["hospital administration"]


def test_arabic_our_correspondent_is_a_role():
    text = "وأفاد مراسلنا بأن 40 شخصاً أصيبوا في الحادث."
    assert _speakers(text, "ar") == ["correspondent"]


def test_arabic_spokeswoman_before_a_name_is_a_title():
    text = "وقالت المتحدثة باسم الشرطة سلمى حداد إن الشرطة اعتقلت 14 شخصاً."
    (speaker,) = _speakers(text, "ar")
    assert speaker is not None and speaker.endswith("Hdad")
