"""Extraction on text built to be slow (issue 15): results, and bounds on the work per figure.

Sizes are modest (tens of KB): these tests say what comes out and that the
work for one figure does not grow with the text. How long it takes is for
``benchmarks/bench_adversarial.py``; no test here measures time.
"""

import re
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import Document, extract
from reconcile.documents import parse_document
from reconcile.extraction import speaker
from reconcile.extraction.index import LONG_SENTENCE, REACH, Index
from reconcile.extraction.knowledge import knowledge, presence
from reconcile.lang import detect_language
from reconcile.text import fold

SIZE = 30_000


def build(unit: str, size: int = SIZE) -> str:
    """``unit`` repeated to about ``size`` characters."""
    return unit * max(1, size // len(unit))


def claims_of(text: str, lang: str = "en"):
    claims = extract(Document(id="x.txt", text=text, lang=lang))
    for claim in claims:
        assert text[claim.span.start : claim.span.end] == claim.quantity.text
    return claims


def count_calls(monkeypatch, module, name: str, arg: int) -> list[object]:
    """Wrap ``module.name`` so that each call records its positional argument ``arg``."""
    calls: list[object] = []
    read = getattr(module, name)

    def counting(*args):
        calls.append(args[arg])
        return read(*args)

    monkeypatch.setattr(module, name, counting)
    return calls


# ---------------------------------------------------------------------------
# what comes out


@pytest.mark.parametrize(
    ("unit", "per_unit"),
    [
        ("300 fighters said ", 1),
        ("about 300 fighters ", 1),
        ("Region 300 fighters 412 civilians ", 2),  # a flattened table: no full stop
    ],
    ids=["said", "about", "table"],
)
def test_every_figure_of_a_page_without_full_stops_is_a_claim(unit, per_unit):
    text = build(unit)
    claims = claims_of(text)
    assert len(claims) == text.count(unit) * per_unit
    assert [c.span.start for c in claims] == sorted(c.span.start for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "." * SIZE,
        "1" + " " * SIZE + "2",
        build("Capitalised "),
        "Capitalised " * (SIZE // 12) + "said 300 people fled.",
        build("?!. "),
        build("\n"),
        build(";"),
    ],
    ids=["periods", "spaces", "capitals", "capitals-then-verb", "stops", "lines", "semicolons"],
)
def test_text_with_no_count_in_it_gives_no_claim_or_only_its_one(text):
    claims = claims_of(text)
    assert [c.quantity.low for c in claims] == ([300] if "300" in text else [])


def test_a_long_sentence_still_reads_each_figure_in_its_neighbourhood():
    # one "sentence" of 30 KB: every figure still finds its verb, group, place and speaker
    unit = "Officials said 300 Tajik fighters returned from Syria, "
    claims = claims_of(build(unit))
    assert {(c.measure, c.subject, c.places, c.speaker) for c in claims} == {
        ("returned", "Tajik fighters", ("Syria",), "Officials")
    }


def test_a_long_sentence_reads_as_short_sentences_do():
    long = build("Officials said 300 Tajik fighters returned from Syria, ")
    short = build("Officials said 300 Tajik fighters returned from Syria. ")
    attributes = [
        {(c.quantity.low, c.measure, c.subject, c.places, c.speaker) for c in claims_of(text)}
        for text in (long, short)
    ]
    assert attributes[0] == attributes[1]


def test_a_long_arabic_line_gives_one_claim_per_figure():
    unit = "وقال مسؤولون إن 300 مقاتل عادوا من سوريا، "
    text = build(unit)
    claims = claims_of(text, "ar")
    assert len(claims) == text.count(unit)
    assert {c.places for c in claims} == {("Syria",)}


# ---------------------------------------------------------------------------
# the work for one figure is bounded


def index_of(text: str, lang: str = "en") -> Index:
    return Index.build(Document(id="x.txt", text=text), text, knowledge(lang), 0)


def test_a_figure_reads_at_most_reach_characters_either_side():
    index = index_of(build("about 300 fighters "))
    length = len(index.ftext)
    for pos in range(0, length, 997):
        lo, hi = index.window(pos, pos + 3)
        assert max(0, pos - REACH) == lo
        assert hi == min(length, pos + 3 + REACH)


def test_a_short_sentence_is_read_whole():
    text = "Officials said 300 fighters returned. Another 20 fled on Monday."
    index = index_of(text)
    start = text.index("20")
    assert index.window(start, start + 2) == index.sentence(start) == (38, len(text))


def test_the_text_before_a_verb_is_read_once_however_many_figures_share_it(monkeypatch):
    calls = count_calls(monkeypatch, speaker, "_name_before", 2)
    text = build("300 fighters said ")
    claims = claims_of(text)
    verbs = text.count("said")
    assert len(claims) == verbs
    # every figure sees the verbs of a window around it, ~50 of them; each is read once
    assert len(calls) == len(set(calls)) <= verbs


# ---------------------------------------------------------------------------
# a long sentence's matches are found once; prose is read as before


def test_a_long_sentence_is_searched_once_per_pattern_and_gives_each_window_its_matches():
    index = index_of(build("Rebels held 40 villages near Homs; the army 12 towns; "))
    pattern = index.know.clause_re
    assert index.sentence(0)[1] - index.sentence(0)[0] > LONG_SENTENCE
    for lo in range(0, len(index.ftext) - 900, 131):
        hi = lo + 900
        assert [m.span() for m in index.matches(pattern, lo, hi)] == [
            m.span() for m in pattern.finditer(index.ftext, lo, hi)
        ]
        first, direct = index.search(pattern, lo, hi), pattern.search(index.ftext, lo, hi)
        assert first is not None
        assert direct is not None
        assert first.span() == direct.span()
    assert len(index.found) == 1  # one search of the sentence served every window


def test_a_short_sentence_is_searched_in_the_window_asked():
    # the clause break ", and" needs a verb after it: a window that ends before
    # the verb does not see it, as before (prose reads exactly as it did)
    text = "Rebels held 40 villages, and 300 fighters were killed near Homs."
    index = index_of(text)
    cut = text.index("300")
    pattern = index.know.clause_re
    assert index.matches(pattern, 0, cut) == []
    assert [m.group() for m in index.matches(pattern, 0, len(text))] == [", and "]
    assert index.found == {}


@pytest.mark.parametrize(
    "text",
    [
        "The misreports said data, reports-based claims and 4reports estimate 300 were lost.",
        "Reports say that estimates of 300 are claims",
    ],
)
def test_a_word_of_a_set_is_found_as_reading_every_word_finds_it(text):
    index = index_of(text)
    words = index.know.reporting_nouns
    letters = re.compile(r"[^\W\d_]+")
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1, 7):
            old = next(
                (w.span() for w in letters.finditer(index.ftext, lo, hi) if w.group() in words),
                None,
            )
            assert speaker._first_word(index, words, lo, hi) == old, (lo, hi)


def test_a_verb_that_names_no_one_is_not_tried_for_every_figure():
    text = build("300 fighters said ")
    index = index_of(text)
    start = len(text) // 2
    start = text.index("300", start)
    window = index.window(start, start + 3)
    assert speaker._verbs_to_read(index, *window, start + 3) == []
    # a verb with a name before it still is
    text = build("Officials said 300 fighters left, ")
    index = index_of(text)
    start = text.index("300", len(text) // 2)
    verbs = speaker._verbs_to_read(index, *index.window(start, start + 3), start + 3)
    assert verbs
    assert {v.verb for v in verbs} == {"said"}


# words that name no speaker, no place and no figure: a long sentence's filler
_FILLER = "and the convoy went on through the valley " * 16


def test_a_figure_past_its_verb_in_a_long_sentence_still_carries_the_speaker():
    # the verb stands before the window of the 40: no verb in its window may
    # name anyone, and the speaker is carried from the verbs before the window
    text = "Human Rights Watch said 300 fighters returned, " + _FILLER + "and 40 children "
    text += "were killed, " + _FILLER + "then the road was closed."
    index = index_of(text)
    assert index.long_sentences
    start = text.index("40 children")
    assert not speaker._verbs_to_read(index, *index.window(start, start + 2), start + 2)
    assert [(c.quantity.low, c.speaker) for c in claims_of(text)] == [
        (300, "Human Rights Watch"),
        (40, "Human Rights Watch"),
    ]


def test_a_headline_of_a_long_sentence_takes_the_attribution_after_its_window():
    text = "About 300 fighters crossed into the valley " + _FILLER[: 14 * 42]
    text += "Human Rights Watch said on Monday, " + _FILLER + "then the road was closed."
    assert index_of(text).long_sentences
    assert [(c.quantity.low, c.speaker) for c in claims_of(text)] == [(300, "Human Rights Watch")]


def test_a_figure_with_no_place_in_its_window_remembers_the_place_before_it():
    # Iraq stands before the window of the 40, within the reach of places
    # remembered; the article names two places alike, so it has none of its own
    text = "In Syria 300 fighters were held, and in Iraq 200 fighters were held "
    text += _FILLER[: 14 * 42] + "and 40 children " + _FILLER + "then the road was closed."
    assert index_of(text).long_sentences
    assert [(c.quantity.low, c.places) for c in claims_of(text)] == [
        (300, ("Syria",)),
        (200, ("Iraq",)),
        (40, ("Iraq",)),
    ]


def test_a_figure_far_from_any_place_in_a_long_sentence_has_the_articles_place():
    text = "In Syria 300 fighters were held " + _FILLER + "and 40 children " + _FILLER
    text += "then the road was closed."
    assert index_of(text).long_sentences
    assert [(c.quantity.low, c.places) for c in claims_of(text)] == [
        (300, ("Syria",)),
        (40, ("Syria",)),
    ]


def test_long_sentence_matches_are_kept_per_pattern() -> None:
    # two patterns with the same text are two keys: the matches of one are
    # never answered for the other (the cache is keyed by the pattern itself)
    text = ("about 300 fighters and 200 nurses " * 200).strip() + "."
    index = index_of(text)
    digits = re.compile(r"\d+")
    words = re.compile(r"[a-z]+")
    assert index.long_sentences
    assert [m.group() for m in index.matches(digits, 0, 40)] == ["300", "200"]
    assert [m.group() for m in index.matches(words, 0, 20)] == ["about", "fighters"]
    found = index.search(re.compile(r"\d+"), 10, 40)
    assert found is not None
    assert found.group() == "200"


# ---------------------------------------------------------------------------
# a reading that depends only on the text it reads is kept per text (Index.read)


def test_a_reading_is_run_once_per_key_and_forgotten_past_the_bound(monkeypatch):
    from reconcile.extraction import index as index_module

    monkeypatch.setattr(index_module, "_READINGS_KEPT", 3)
    index = index_of("Nothing here.")
    runs = []

    def reading(value: str | None) -> Callable[[], str | None]:
        def run() -> str | None:
            runs.append(value)
            return value

        return run

    assert [index.read(("k", v), reading(v)) for v in "aab"] == ["a", "a", "b"]
    assert runs == ["a", "b"]
    assert index.read(("k", None), reading(None)) is None  # a reading of None is kept too
    assert index.read(("k", None), reading(None)) is None
    assert runs == ["a", "b", None]
    # past the bound the readings are forgotten, and read again when asked
    assert index.read(("k", "c"), reading("c")) == "c"
    assert index.read(("k", "a"), reading("a")) == "a"
    assert runs == ["a", "b", None, "c", "a"]
    assert len(index.readings) <= 3


def test_the_words_after_a_repeated_figure_are_read_once(monkeypatch):
    from reconcile.extraction import phrases

    calls = count_calls(monkeypatch, phrases, "_read_noun_phrase", 1)
    text = build("about 300 fighters ")
    claims = claims_of(text)
    assert len(claims) == text.count("300")
    # the last figures see the end of the text within their reach: a few readings more
    assert len(calls) <= 10
    assert all(c.measure == "fighters" for c in claims)
    assert [c.span.start for c in claims] == [m.start() for m in re.finditer("about", text)]


def test_each_place_of_a_long_sentence_is_read_once_for_every_figure_near_it(monkeypatch):
    from reconcile.extraction import places

    calls = count_calls(monkeypatch, places, "_standing", 1)
    text = build("in Syria 300 fighters ")
    claims = claims_of(text)
    assert len(claims) == text.count("300")
    assert {c.places for c in claims} == {("Syria",)}
    # dozens of figures read each place in their window; the place is read once
    assert len(calls) == len({m.start for m in calls}) == text.count("Syria")


def test_the_words_before_verbs_that_repeat_are_read_once(monkeypatch):
    calls = count_calls(monkeypatch, speaker, "_name_before", 2)
    text = build("Officials said 300 fighters left, ")
    claims = claims_of(text)
    assert len(claims) == text.count("300")
    assert len(calls) <= 10 < text.count("said")
    assert {c.speaker for c in claims} == {"Officials"}


# texts written to repeat a phrase in changing contexts: after a name or a
# pronoun, a passive, a comma, in another clause, at a sentence start, in a
# dateline, with a year and an age; then the same run together in one long sentence
_REPEATS = {
    "en": [
        "The ministry said 300 fighters returned from Syria.",
        "He said 300 fighters returned from Syria, and 12 women fled.",
        "It is estimated that 300 fighters returned from Syria.",
        '"They came back," said 300 fighters returned from Syria.',
        "Karim Lotfi, 28, said 300 fighters returned from Syria in 2019.",
        "About 300 fighters returned from Syria; another 40 were killed, police said.",
        "Twenty of them returned from Syria, and 300 fighters returned from Iraq.",
        "Officials said 12 Tajik women returned from Syria.",
        "Police said 12 Tajik men were detained in Moscow.",
        "Police in Dushanbe said 12 Tajik children from Khujand returned.",
        "Officials said 300 people from Central Asia returned.",
        "Officials said 300 people from Khujand returned.",
        "Officials said 300 boys and girls returned, and 300 boys and women left.",
        "Nadia Amari of the interior ministry said 40 women returned.",
        "The head of the interior ministry said 40 women returned.",
    ],
    "ru": [
        "По данным МВД, 300 боевиков вернулись из Сирии.",
        "Около 300 боевиков вернулись из Сирии, сообщил министр.",
        "Из них 12 детей вернулись из Ирака.",
    ],
    "ar": [
        "وقال المسؤول إن 300 مقاتل عادوا من سوريا.",
        "ويقدر أن 300 مقاتل عادوا من سوريا، ومنهم 40 امرأة.",
    ],
}


@pytest.mark.parametrize("lang", sorted(_REPEATS))
@pytest.mark.parametrize("joined", ["; ", ", ", "mixed"], ids=["semi", "comma", "mixed"])
def test_readings_kept_per_text_give_the_claims_read_afresh(monkeypatch, lang, joined):
    lines = _REPEATS[lang]
    # each sentence after every other, three times over: the same words in new contexts
    ordered = [lines[(i * 5) % len(lines)] for i in range(max(60, 9 * len(lines)))]
    run_on = [line.rstrip(".") for line in ordered]
    if joined == "mixed":
        # prose, then the same run together: the prose is read with readings kept too
        text = " ".join(ordered) + "\n\n" + ", ".join(run_on) + "."
    else:
        text = joined.join(run_on) + "."
    index = Index.build(Document(id="x.txt", text=text), text, knowledge(lang), 0)
    assert index.long_sentences  # readings are kept only where a sentence has no end
    kept = extract(Document(id="x.txt", text=text, lang=lang))
    monkeypatch.setattr(Index, "read", lambda self, key, reading: reading())
    afresh = extract(Document(id="x.txt", text=text, lang=lang))
    assert kept == afresh
    assert len(kept) >= text.count("300")


def test_the_measure_of_a_repeated_stretch_is_read_once(monkeypatch):
    from reconcile.extraction import measure

    calls: list[int] = []
    read = measure._read_measure

    def counting(index, start, *args, **kwargs):
        calls.append(start)
        return read(index, start, *args, **kwargs)

    monkeypatch.setattr(measure, "_read_measure", counting)
    text = build("300 fighters said ")
    claims = claims_of(text)
    assert len(claims) == text.count("300")
    # the first and last figures see an end of the text within their reach: a few readings more
    assert len(calls) <= 80 < len(claims)
    assert {c.measure for c in claims} == {"fighters"}


def test_measure_marks_name_each_mention_where_it_starts_and_ends():
    text = "Police said 40 people fled and 12 were killed; 40 people fled."
    index = Index.build(Document(id="x.txt", text=text), text, knowledge("en"), 0)
    starts, ends = index.measure_marks(0, len(text))
    assert len(starts) == len(text)
    assert len(ends) == len(text) + 1
    assert [i for i, ch in enumerate(starts) if ch != "\0"] == [m.start for m in index.measures]
    assert [i for i, ch in enumerate(ends) if ch != "\0"] == [m.end for m in index.measures]
    fled = [m for m in index.measures if text[m.start : m.end] == "fled"]
    killed = next(m for m in index.measures if text[m.start : m.end] == "killed")
    # the same value is the same mark; another value another
    assert starts[fled[0].start] == starts[fled[1].start] != starts[killed.start]
    # two stretches holding the same mentions at the same places have equal marks
    a, b = text.index("40 people fled"), text.rindex("40 people fled")
    assert index.measure_marks(a, a + 14) == index.measure_marks(b, b + 14)
    assert index.measure_marks(a, a + 14) != index.measure_marks(a + 1, a + 15)


def test_a_page_without_full_stops_quotes_a_stretch_around_each_figure() -> None:
    # a flattened page: each figure's "clause" is a window of a thousand characters
    text = build("the ministry counted about 300 displaced families in the district ")
    claims = claims_of(text)
    assert len(claims) > 100
    for claim in claims[50:-50]:
        assert claim.quantity.text in claim.quote
        assert 400 < len(claim.quote) <= 600 + len(claim.quantity.text)
        # cut at spaces: no word of the page is split at either end
        assert claim.quote.split()[0] in text.split()
        assert claim.quote.split()[-1] in text.split()


def test_a_long_sentence_of_prose_is_quoted_whole() -> None:
    # under LONG_SENTENCE characters: a sentence, however long, is its own quote
    sentence = (
        "Farmers in the valley " * 17
        + "said 300 families "
        + "and their neighbours in the valley " * 11
        + "had fled."
    )
    assert 600 < len(sentence) < LONG_SENTENCE
    assert sentence.index("300") < REACH
    assert len(sentence) - sentence.index("300") < REACH
    (claim,) = claims_of(sentence)
    assert claim.quote == sentence.rstrip(".")


def test_a_phrase_the_document_never_holds_is_searched_nowhere():
    text = "Officials said 12 people died in the floods."
    index = Index.build(Document(id="x.txt", text=text), text, knowledge("en"), 0)
    absent, present = re.compile(r"alone"), re.compile(r"floods")
    assert not index.occurs(absent)
    assert index.search(absent, 0, len(text)) is None
    assert index.occurs(present)
    assert index.search(present, 0, len(text)) is not None
    # anchored at a stretch's end, a pattern may match a stretch the whole text
    # search cannot see: it counts as held
    ending = re.compile(r"people\s+$")
    assert index.occurs(ending)
    assert index.search(ending, 0, text.index("died")) is not None


_FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _fixture_texts(code: str) -> list[str]:
    """The fixture articles of one language, folded as the index folds them."""
    paths = sorted(_FIXTURES.glob("*/*.txt"))
    texts = [parse_document(p.read_text(encoding="utf-8"), p.name) for p in paths]
    return [fold(doc.text) for doc in texts if detect_language(doc.text) == code]


def _twinned(code: str) -> list[tuple[str, re.Pattern[str]]]:
    """The knowledge's patterns whose presence is searched with a faster pattern."""
    know = knowledge(code)
    fields = ((f.name, getattr(know, f.name)) for f in attrs.fields(type(know)))
    return [(n, p) for n, p in fields if isinstance(p, re.Pattern) and presence(p) is not p]


@pytest.mark.parametrize("code", ["en", "ar", "ru"])
def test_a_faster_presence_pattern_is_found_wherever_its_pattern_is(code):
    twinned = _twinned(code)
    assert len(twinned) >= 5  # the clause, measure, place, verb, number-of patterns at least
    held = 0
    for text in _fixture_texts(code):
        for name, pattern in twinned:
            if pattern.search(text):
                held += 1
                assert presence(pattern).search(text), name
    assert held >= len(twinned)  # the fixtures hold most of them: the test reads something


@settings(max_examples=200, deadline=None)
@given(data=st.data(), code=st.sampled_from(["en", "ar", "ru"]))
def test_presence_never_misses_a_match_in_a_mangled_fixture(data, code):
    # a stretch of an article, cut anywhere and with characters put in, so that
    # phrases meet hyphens, proclitics and word edges in every way
    text = data.draw(st.sampled_from(_fixture_texts(code)))
    lo = data.draw(st.integers(0, len(text)))
    piece = text[lo : lo + data.draw(st.integers(0, 300))]
    at = data.draw(st.integers(0, len(piece)))
    noise = data.draw(st.text(alphabet="-_ ,;\naوبلвx1", max_size=4))
    piece = piece[:at] + noise + piece[at:]
    for name, pattern in _twinned(code):
        if pattern.search(piece):
            assert presence(pattern).search(piece), (name, piece)


def _in_byline_reading_the_whole_line(index: Index, m) -> bool:
    """The oracle: the byline test on the whole line, however long (as it was read before)."""
    from reconcile.extraction import places

    line = index.paragraph_start(m.start)
    end = index.ftext.find("\n", m.end)
    text = index.ftext[line : len(index.ftext) if end < 0 else end].rstrip()
    return (
        len(text) <= places._BYLINE_CHARS
        and not text.endswith((".", "!", "?"))
        and not any(ch.isdigit() for ch in text)
        and index.know.byline_re.match(text) is not None
    )


@given(
    st.sampled_from(["By our correspondent in Kabul", "By staff in Kabul and Herat", "in Kabul"]),
    st.lists(st.sampled_from([" ", "\t", "\n", " x", " Kabul", " .", " 1", " " * 80]), max_size=6),
)
@settings(max_examples=200)
def test_a_byline_is_read_in_its_first_characters_as_on_its_whole_line(opening, rest):
    from reconcile.extraction import places

    text = opening + "".join(rest) + "\n\nThe ministry put the toll at 640."
    index = Index.build(Document(id="x.txt", text=text), text, knowledge("en"), 0)
    assert index.places
    for m in index.places:
        assert places._in_byline(index, m) == _in_byline_reading_the_whole_line(index, m)
