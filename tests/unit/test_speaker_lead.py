"""A lead with no source of its own takes the one the next sentence names, in Arabic with care."""

from reconcile import Document, extract


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract(Document(id="l.txt", text=text, lang="ar"))]


def test_arabic_lead_takes_the_source_named_by_according_to():
    text = "قتل 40 مدنيا في المدينة الشهر الماضي. وبحسب منظمة العفو الدولية فإن القصف استمر."
    assert _speakers(text)[0] == "Amnesty International"


def test_arabic_lead_takes_a_study_that_shows():
    text = "فر 900 شخص من القرية. وأظهرت دراسة أعدها مركز الميناء أن الأسر غادرت معا."
    assert _speakers(text)[0] is not None


def test_arabic_lead_is_not_given_a_name_read_after_a_plain_verb():
    # a name read after "وقال" by position alone is too weak to carry back
    text = "فر 900 شخص من القرية. وقال سامر خليل إن الأسر غادرت معا."
    assert _speakers(text)[0] is None
