""" "The study" refers back to the study named before, not to the outlet that reported it."""

from reconcile import Document, extract


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract(Document(id="d.txt", text=text, lang="ar"))]


def test_arabic_the_study_skips_the_newspaper_that_reported_it():
    text = (
        'كشفت دراسة أعدها مركز "الميناء" أن 500 صياد غادروا البلاد. '
        'وبينت الدراسة أن 70 منهم عادوا، بحسب صحيفة "الفجر". '
        "وأظهرت الدراسة كذلك أن 66 امرأة غادرن."
    )
    got = _speakers(text)
    assert len(got) == 3
    assert got[0] is not None
    assert got[2] == got[0]
