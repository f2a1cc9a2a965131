"""What a figure counts: the measure, by where its signalling word stands."""

from __future__ import annotations

import bisect
import collections
import functools
import re
from collections.abc import Iterable, Iterator, Mapping

from ..lang.canon import Kind, canon
from .index import Index, Mention, between, last_between
from .knowledge import Knowledge, forms
from .phrases import NounPhrase

__all__ = [
    "measure_of_group",
    "read_measure",
    "referred_measure",
    "row_group",
    "table_measure",
    "values_a_tally",
]

_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")
_APPOSITIVE = re.compile(r"\s*,[^,]{0,60},")
_WORDS = re.compile(r"([^\W\d_]+)")
_AFTER_FIGURE = re.compile(r"\d\s*$")


def read_measure(
    index: Index,
    start: int,
    end: int,
    np: NounPhrase,
    clause: tuple[int, int],
    *,
    near_only: bool = False,
    denied: str | None = None,
    of_group: bool = False,
) -> str | None:
    """What the figure counts, by where the signalling word stands (see measures.toml).

    With ``near_only``, only a word in the predicate or right before the
    figure counts: a count of things ("500 websites") takes no measure from
    the far end of its sentence. An outcome announced as a plan ("are
    expected to be repatriated") is the planned measure (measures.toml
    [planned]). An outcome denied ("have still not returned",
    measures.toml [negation_markers]) says what did not befall them: they
    are still as ``denied`` (the measure of the figure before in the
    sentence, if any) says. A word in a relative clause closed before the
    figure ("women who had been held, 40 of them from ...") tells of the
    group the figure is part of, and counts only with ``of_group``.
    """
    c_start, c_end = clause
    # every reading below is of a measure word within ``_MARGIN`` of the clause:
    # with none there, there is nothing to read (most figures of a list of numbers)
    first = bisect.bisect_left(index.measure_starts, c_start - _MARGIN - _LONGEST_MENTION)
    if first == len(index.measure_starts) or index.measure_starts[first] >= c_end + _MARGIN:
        return None
    if not index.long_sentences:
        return _read_measure(
            index, start, end, np.end, clause, near_only=near_only, denied=denied, of_group=of_group
        )
    # A page with a sentence that has no end: its figures share a reading of
    # the same stretch of text. The reading depends on the text of the clause
    # and ``_MARGIN`` characters either side (it reads at most 13 before it:
    # a figure 12 before a measure word, and a lookbehind; and 15 after it:
    # a figure right after a measure word), on the measure mentions there
    # (their marks), on the "number of" matches before the figure (found over
    # the whole sentence, given here as they are), on the figure's and its
    # noun's offsets and on the arguments: all in the key, counted from the
    # stretch's start, so equal keys give equal readings by construction.
    lo, hi = max(0, c_start - _MARGIN), c_end + _MARGIN
    mark_starts, mark_ends = index.measure_marks(lo, hi)
    numbers = index.matches(index.know.number_of_re, max(c_start, start - _NUMBER_OF_REACH), start)
    key = (
        "measure",
        index.ftext[lo:hi],
        mark_starts,
        mark_ends,
        tuple((m.start() - lo, m.end() - lo) for m in numbers) if numbers else (),
        start - lo,
        end - lo,
        np.end - lo,
        c_start - lo,
        c_end - lo,
        near_only,
        denied,
        of_group,
    )
    return index.read(
        key,
        lambda: _read_measure(
            index, start, end, np.end, clause, near_only=near_only, denied=denied, of_group=of_group
        ),
    )


# How far outside its clause the measure of a figure is read, at most (see read_measure).
_MARGIN = 16
# Longer than any measure phrase of any lexicon, in characters: one starting this far
# before the clause's margin may still reach into it.
_LONGEST_MENTION = 80


def _read_measure(
    index: Index,
    start: int,
    end: int,
    np_end: int,
    clause: tuple[int, int],
    *,
    near_only: bool,
    denied: str | None,
    of_group: bool,
) -> str | None:
    """What :func:`read_measure` reads, for a noun phrase ending at ``np_end``."""
    found = (
        _number_of_measure(index, start, clause[0])
        or _number_of_after(index, end, clause[1])
        or _measure_word(index, start, end, np_end, clause, near_only=near_only, of_group=of_group)
    )
    if found is None:
        return None
    if index.know.negated_before_re.search(
        index.ftext, max(clause[0], found.start - 40), found.start
    ):
        return denied
    measure = _as_planned(index, found, clause[0])
    if measure in _INJURY and _of_a_disease(index, start, end):
        return _INFECTED
    return measure


# Measures of injury that, near the name of a disease, count infections: "أصيب 11
# ألف شخص بالكوليرا" (أصيب: hurt or taken ill), "ارتفع إجمالي الإصابات إلى 15 ألفا".
_INJURY = frozenset({"injured", "wounded"})
_INFECTED = "infected"
# How far either side of a figure (in characters, inside its sentence) a disease is read.
_DISEASE_REACH = 100


def _of_a_disease(index: Index, start: int, end: int) -> bool:
    """Whether a disease (measures.toml [diseases]) is named near a figure, in its sentence."""
    pattern = index.know.disease_re
    if not index.occurs(pattern):
        return False
    s_start, s_end = index.sentence(start)
    lo, hi = max(s_start, start - _DISEASE_REACH), min(s_end, end + _DISEASE_REACH)
    return index.search(pattern, lo, hi) is not None


def _as_planned(index: Index, found: Mention, lo: int) -> str:
    """The measure of a word, made a plan by a marker right before it in its clause."""
    planned = index.know.planned.get(found.value)
    # the marker stands in the clause, right before the measure word
    if planned is not None and index.know.plan_before_re.search(
        index.ftext, max(lo, found.start - 40), found.start
    ):
        return planned
    return found.value


# How far before a figure "the number of ..." is read for what it counts, in characters.
_NUMBER_OF_REACH = 120


def _number_of_measure(index: Index, start: int, lo: int) -> Mention | None:
    """The measure word of "the number of ..." right before a figure, other than a noun of people.

    "عدد التونسيين المنضمين ... بلغ نحو 12 ألفا و800 مسلح", "the number of
    fighters still in Syria reached 1,600 people": the phrase says what is
    counted; the noun after the figure ("militants") only names the people,
    and so do nouns inside the phrase ("fighters who left"). A figure between
    the phrase and this one is the phrase's, not this one's; so is a phrase
    of another clause (``lo`` is where the figure's clause starts).
    """
    found = index.matches(index.know.number_of_re, max(lo, start - _NUMBER_OF_REACH), start)
    if not found or index.names_a_figure(found[-1].end(), start):
        return None
    for m in between(index.measures, index.measure_starts, found[-1].end(), start):
        if _people_noun(index.know, index.ftext[m.start : m.end]) is None:
            return m
    return None


def _tally_before(index: Index, start: int, lo: int) -> Mention | None:
    """A tally that a figure gives the value of: "the death toll ... rose to 52 as thousands fled".

    A measure word that names a count (measures.toml [tallies]) before a
    figure in its clause, with no figure between, says what a figure with no
    verb of its own counts, whatever a later clause says ("as rescuers
    pulled more bodies").
    """
    tallies, values = index.know.lex.measures.tallies, index.know.lex.measures.tally_values
    if not tallies:
        return None
    # the figure is given as the tally's value: "rose to 52", "stands at 31"
    word = _WORDS.findall(index.ftext, max(lo, start - _TALLY_VALUE_REACH), start)
    if not word or word[-1] not in values:
        return None
    m = last_between(index.measures, index.measure_starts, max(lo, start - _NUMBER_OF_REACH), start)
    if (
        m is None
        or index.ftext[m.start : m.end] not in tallies
        or index.names_a_figure(m.end, start)
    ):
        return None
    return m


def values_a_tally(index: Index, start: int, lo: int) -> bool:
    """Whether a figure is given as the value of a count named before it in its clause.

    "The death toll rose to 2012", "بلغ عدد القتلى 2000": a figure that looks
    like a year is a count when it is a tally's value (measures.toml
    [tallies] and [tally_values]) or stands right after "the number of"
    and its measure word. "The number of dead in the 2014 war" gives no value.
    """
    if _tally_before(index, start, lo) is not None:
        return True
    found = index.matches(index.know.number_of_re, max(lo, start - _NUMBER_OF_REACH), start)
    if not found or index.names_a_figure(found[-1].end(), start):
        return False
    measure = last_between(index.measures, index.measure_starts, found[-1].end(), start)
    if measure is None:
        return False
    between = _WORDS.findall(index.ftext, measure.end, start)
    values = index.know.lex.measures.tally_values
    return not between or (len(between) <= _VALUE_WORDS and between[-1] in values)


# The most words between "the number of" and its measure word and the value
# they are given: "the number of dead rose to 2012".
_VALUE_WORDS = 3


# How far before a figure the word giving it as a tally's value is read, in characters.
_TALLY_VALUE_REACH = 12


# How far after a figure "the number of" may open: a determiner between.
_NUMBER_OF_AFTER = 12


def _number_of_after(index: Index, end: int, hi: int) -> Mention | None:
    """The measure word of "the number of ..." right after a figure.

    "raised to 41 the number of detainees who died" counts deaths, whatever
    the people are called.
    """
    # bounded: the phrase opens within a few characters of the figure
    m = index.know.number_of_re.search(index.ftext, end, min(hi, end + 2 * _NUMBER_OF_AFTER + 8))
    if (
        m is None
        or m.start() - end > _NUMBER_OF_AFTER
        or any(w not in index.know.determiners for w in index.ftext[end : m.start()].split())
    ):
        return None
    for word in between(index.measures, index.measure_starts, m.end(), hi):
        if _people_noun(index.know, index.ftext[word.start : word.end]) is None:
            return word
    return None


def _people_noun(know: Knowledge, word: str) -> str | None:
    """The English noun of people a word is ("детей": "children", "النساء": "women"), if any."""
    for form in forms(word, know.lex.prefixes):
        english = know.people.get(form)
        if english is not None:
            return form if english is True else str(english)
    return None


# How far back (in characters) a figure with no measure looks for what befell its group.
_GROUP_REACH = 600
# How many measure words before a figure are read for its group, the nearest first.
_GROUP_WORDS_READ = 4
# How near (in characters) a measure word and the noun of the group it tells of stand.
_GROUP_NEAR = 40


def measure_of_group(index: Index, start: int, subject: str) -> str | None:
    """What befell a figure's group, as the text before it says it.

    "Дети будут доставлены ... Трое детей — из Чечни": the children's figure
    counts a planned return.

    A figure whose own clause has no measure word counts its group as the
    text just before stated it: the last measure word there that stands
    next to a noun of the same people ("children", "women"), in a sentence
    that states no figure of its own. Only the few sentences before the
    figure are read.
    """
    head = subject.rsplit(maxsplit=1)[-1]
    know, text = index.know, index.ftext
    s_start = index.sentence(start)[0]
    lo = max(0, start - _GROUP_REACH)
    found = between(index.measures, index.measure_starts, lo, s_start)
    for m in found[: -_GROUP_WORDS_READ - 1 : -1]:
        m_start, m_end = index.window(m.start, m.end)
        if _states_a_figure(index, m_start, m_end):
            continue  # "only 12 women had been repatriated": that figure's measure, not a group's
        near = _WORDS.finditer(
            text, max(m_start, m.start - _GROUP_NEAR), min(m_end, m.end + _GROUP_NEAR)
        )
        if any(_people_noun(know, w.group(1)) == head for w in near):
            return _as_planned(index, m, m_start)
    return None


_DIGIT = re.compile(r"\d")


def _states_a_figure(index: Index, lo: int, hi: int) -> bool:
    """Whether a stretch of text states a figure, in digits or in words."""
    text, cardinals = index.ftext, index.know.lex.cardinals
    return index.once(
        ("states_a_figure", lo),
        lambda: (
            bool(_DIGIT.search(text, lo, hi))
            or any(w.group(1) in cardinals for w in _WORDS.finditer(text, lo, hi))
        ),
    )


# what may stand between a figure and a measure noun right after it: spaces and a proclitic
_UP_TO_NOUN = re.compile(r"\s*[^\W\d_]{0,3}")
# how far after a figure (in characters) its measure noun may end
_NOUN_REACH = 30


def _measure_right_after(index: Index, end: int, hi: int) -> Mention | None:
    """A measure noun right after a figure ("عشرات المفقودين", "40 dead"), ending by ``hi``."""
    found = between(index.measures, index.measure_starts, end, min(hi, end + _NOUN_REACH))
    if found and _UP_TO_NOUN.fullmatch(index.ftext, end, found[0].start):
        return found[0]
    return None


def _conjoined(index: Index, start: int) -> bool:
    """Whether a conjunction stands right before a figure, as a word or glued to it ("وعشرات")."""
    words = index.ftext[max(0, start - 12) : start].split()
    return bool(words) and words[-1] in index.know.lex.grammar.conjunctions


def _measure_word(
    index: Index,
    start: int,
    end: int,
    np_end: int,
    clause: tuple[int, int],
    *,
    near_only: bool = False,
    of_group: bool = False,
) -> Mention | None:
    """The word that says what the figure counts, by where it stands (its noun ends at np_end)."""
    text = index.ftext
    c_start, c_end = clause
    predicate = _Predicate(index, np_end, c_end)
    # skip an appositive: "six Tajiks, including a young woman, have returned"
    appositive = _APPOSITIVE.match(text, np_end, c_end)
    first = _FIRST_WORD.match(text, appositive.end() if appositive else np_end, c_end)
    # a main verb follows the counted noun: an auxiliary, a measure word, or
    # a past-tense verb ("five of the returnees received amnesties")
    # (a noun of people there is theirs, not a predicate: "около ста жен и детей
    # боевиков", wives and children of fighters)
    main = first is not None and (
        first.group(1) in index.know.aux
        or (first.group(1) in index.know.measure_of and first.group(1) not in index.know.people)
        or first.group(1).endswith(index.know.past_suffixes)
        # a measure phrase opens there: "230 محتجزا نقلوا جوا" (flown out)
        or _phrase_at(index, first.start(1))
        # an infinitive of a measure verb: "forced 30,000 residents to evacuate"
        or (
            first.group(1) in index.know.lex.grammar.infinitive
            and _measure_next(index, first.end(), c_end)
        )
    )
    befell = _what_befell_the_part(index, end, predicate)
    if befell is not None:
        return befell
    # "the death toll rose to 52 as thousands fled": with no verb of its own,
    # the figure is the value of the tally before it
    tally = None if main else _tally_before(index, start, c_start)
    if tally is not None:
        return tally
    if main and first is not None and index.know.part_of_them:
        part = _FIRST_WORD.match(text, first.end(), c_end)
        if part is not None and part.group(1) in index.know.part_of_them:
            # "2400 مقاتل قتل نصفهم": what befell half of them, not what the figure counts
            return _measure_in_noun(index, end, np_end)
    whole = _whole_noun_before(index, start, c_start)
    near_before = [
        m
        for m in between(index.measures, index.measure_starts, max(c_start, start - 30), start)
        # "800 مقاتل، الى جانب 700 امراه": the noun of the figure before is not this one's,
        # nor a word before that figure ("عدد الشهداء الى 2670 شهيدا و9600 جريح")
        if not _after_a_figure(text, m)
        and m != whole
        and not index.names_a_figure(m.end, start)
        and (of_group or not _in_closed_relative(index, m, c_start, start))
        and not _predicate_of_figure_before(index, m, c_start, start)
        # "وقال السكان إن 40 شخصا قتلوا": a word of the attribution, before
        # the complementiser that opens what was said, is no word of the figure
        and index.know.complementizer_re.search(text, m.end, start) is None
    ]
    if (
        near_before
        and _as_planned(index, near_before[-1], c_start) in index.know.planned.values()
        and (first_pred := predicate.first()) is not None
        and _relative_between(index, np_end, first_pred.start)
    ):
        # "calls to repatriate 300 men who were detained": a plan has befallen
        # no one yet; the relative clause says what the counted did
        return first_pred
    if near_before and index.know.verb_first:
        # "غرق عبارة وعشرات المفقودين": a second conjunct's own noun says what befell it
        own = _measure_right_after(index, end, c_end) if _conjoined(index, start) else None
        if own is not None:
            return own
        last = near_before[-1]
        if (
            len(near_before) > 1
            and index.know.agent_endings
            and text.endswith(index.know.agent_endings, last.start, last.end)
        ):
            # "قتل مسلحون 14 مدنيا": the noun between verb and figure is who
            # acted, in the case of a subject; the verb says what befell them
            return near_before[-2]
        return last  # Arabic "يعيش نحو 60 الفا": the verb comes first
    if first is not None and first.group(1) in index.know.origin_words and index.know.verb_first:
        verb = _verb_after_group(index, predicate.all(), np_end)
        if verb is not None:
            return verb  # "198 من هؤلاء المتشددين قتلوا": the group, then what befell it
    if (
        first is not None
        and index.know.verb_first
        and index.ftext.startswith(tuple(index.know.definite), first.start(1))
    ):
        # "40 من الاسري المفرج عنهم نقلوا الي المستشفيات": a word with the article
        # after the counted noun describes it (the released); a verb after says what befell them
        verb = _verb_after_group(index, predicate.all(), np_end)
        if verb is not None:
            return verb
    first_said = predicate.first()
    if (
        near_before
        and first is not None
        and first_said is not None
        and first_said.start == first.start(1)
        and first.group(1) not in index.know.aux
        and not _relative_between(index, end, first_said.start)
        and not _conjoined_after(index, near_before[-1], start)
        # "toll disputed as thousands displaced": a tally's noun takes no object
        and index.ftext[near_before[-1].start : near_before[-1].end]
        not in index.know.lex.measures.tallies
    ):
        # "brought back 120 soldiers captured by the rebels": a measure verb
        # right before the figure takes it as its object; a participle right
        # after its noun, with no auxiliary, only describes the people
        return near_before[-1]
    if first_said is not None and main:
        return _last_coordinated(index, predicate.all()) or first_said
    if near_before:
        last = near_before[-1]
        if text[last.start : last.end] in index.know.people:
            # "The militants hold 240 hostages": the noun before is who acts; the
            # figure's own noun, if it is a measure word, says what it counts
            own = _measure_in_noun(index, end, np_end)
            if own is not None:
                return own
        return last
    if (
        first_said is not None
        and predicate.several()
        and _relative_between(index, np_end, first_said.start)
    ):
        # "children of Russians who had joined ISIS were brought back": the
        # relative clause describes them; the main predicate comes after it
        return predicate.last()
    inside = _measure_in_noun(index, end, np_end)
    if inside is not None:
        return inside
    if near_only:
        return None
    if first_said is not None:
        return first_said
    before = last_between(index.measures, index.measure_starts, c_start, start)
    if before is not None and before == whole:
        before = last_between(index.measures, index.measure_starts, c_start, whole.start)
    if before is not None and _coordinated_after(index, before, start):
        # "killed 300 militants and 40 civilians": the noun is the figure before's
        # own; the verb before that figure says what befell both
        governing = last_between(index.measures, index.measure_starts, c_start, before.start)
        before = governing if governing is not None else before
    if before is not None and not of_group and _in_closed_relative(index, before, c_start, start):
        return None
    return before


def _whole_noun_before(index: Index, start: int, c_start: int) -> Mention | None:
    """The noun of the whole a part is drawn from, when a word of a part opens the figure.

    "freed 24 hostages, including 13 women": the 13 are of the hostages, and
    what befell the hostages (freed) befell them; the noun says what they
    were, not what the figure counts. Only where a verb before governs the
    noun, and not after an addition ("another").
    """
    know, text = index.know, index.ftext
    if know.increment_re is None:
        return None
    opener = know.increment_re.search(text, max(c_start, start - _OPENER_REACH), start)
    if opener is None or " ".join(opener.group().split()) in know.lex.grammar.additions:
        return None
    noun = last_between(index.measures, index.measure_starts, c_start, opener.start())
    if noun is None or text[noun.start : noun.end] not in know.people:
        return None
    # only a verb's object: "militants hold 240 hostages, including 30 children" are held
    verb = last_between(index.measures, index.measure_starts, c_start, noun.start)
    if verb is None or text[verb.start : verb.end] in know.people:
        return None
    return noun


# How far before a figure the word that makes it a part is read ("including", "among them").
_OPENER_REACH = 30


def _measure_next(index: Index, pos: int, hi: int) -> bool:
    """Whether a measure word starts at the word after ``pos``, before ``hi``."""
    word = _FIRST_WORD.match(index.ftext, pos, hi)
    return word is not None and _measure_at(index, word.start(1)) is not None


def _measure_at(index: Index, pos: int) -> Mention | None:
    """The measure word that starts at ``pos``, if one does."""
    i = bisect.bisect_left(index.measure_starts, pos)
    if i == len(index.measure_starts) or index.measure_starts[i] != pos:
        return None
    return index.measures[i]


def _phrase_at(index: Index, pos: int) -> bool:
    """Whether a measure phrase of more than one word starts at ``pos``."""
    m = _measure_at(index, pos)
    return m is not None and " " in index.ftext[m.start : m.end]


def _coordinated_after(index: Index, m: Mention, start: int) -> bool:
    """Whether a measure word is an earlier figure's noun, joined to this figure by "and" alone.

    "300 militants and 40 civilians", "300 مسلح و40 مدنيا", "300 боевиков и 40".
    """
    text = index.ftext
    if not _after_a_figure(text, m):
        return False
    return text[m.end : start].strip() in index.know.lex.grammar.conjunctions


def _conjoined_after(index: Index, m: Mention, start: int) -> bool:
    """Whether a conjunction or a comma stands between a measure word and a figure after it.

    "left four guards killed and 11 others wounded", "девять погибли, еще 11
    госпитализированы": the word ends the clause of the figure before, so it
    takes no object.
    """
    between = index.ftext[m.end : start]
    if _LIST_COMMA.search(between) is not None:
        return True
    words = _WORDS.findall(between)
    return any(w in index.know.lex.grammar.conjunctions for w in words)


_LIST_COMMA = re.compile(r"[,،]")


def _after_a_figure(text: str, m: Mention) -> bool:
    """Whether a measure word stands right after a figure, as its noun: "300 militants"."""
    return _AFTER_FIGURE.search(text, max(0, m.start - 12), m.start) is not None


# How far before a measure word a figure it may be the predicate of stands.
_PREDICATE_REACH = 40


def _predicate_of_figure_before(index: Index, m: Mention, lo: int, start: int) -> bool:
    """Whether a measure word closes an earlier figure's clause, joined to this one.

    "46 protesters were arrested and 12 officers injured", "41 were brought
    out alive, while 9 are missing": the word is what befell the first
    figure; after "and" or a comma the next has a predicate of its own.
    """
    text = index.ftext
    joined = _COMMA.search(text, m.end, start) is not None or any(
        w in index.know.lex.grammar.conjunctions for w in _WORDS.findall(text, m.end, start)
    )
    # the figure before is looked for within the clause (``lo`` is where it starts)
    return joined and _DIGIT.search(text, max(lo, m.start - _PREDICATE_REACH), m.start) is not None


def _what_befell_the_part(index: Index, end: int, predicate: _Predicate) -> Mention | None:
    """The verb after a partitive's measure noun: "five of the injured had died".

    The noun after "of (the)" names the whole the part is drawn from (the
    injured); a measure word right after it, with at most a few words and no
    comma between, says what befell the part (died). With none ("treating
    400 of the injured"), the noun's measure stands. Where the verb comes
    first (Arabic), a figure's own measure noun is read alike: "11 مصابا في
    حالة حرجة" counts the critical.
    """
    know = index.know
    found = predicate.all()
    noun = next(found, None)
    if noun is None:
        return None
    words = index.ftext[end : noun.start].split()
    if words and words[0] in know.lex.grammar.increment_after:
        words = words[1:]  # "three more of the injured died"
    if not words:
        if not know.verb_first:
            return None  # the figure's own noun: its predicate is read as any other
    elif (
        not know.partitive
        or words[0] not in know.partitive
        or not all(w in know.partitive or w in know.determiners for w in words)
    ):
        return None
    verb = next(found, None)
    if verb is None:
        return None
    between = index.ftext[noun.end : verb.start]
    if "," in between or len(between.split()) > _PART_VERB_WORDS:
        return None
    if _figure_right_after(index, verb.end):
        return None  # "12 وفاة بالتسمم وتوقيف أربعة": the word is the next figure's
    return verb


# How many words may stand between a partitive's noun and the verb of its part ("had been").
_PART_VERB_WORDS = 3


def _measure_in_noun(index: Index, end: int, np_end: int) -> Mention | None:
    """The measure word inside the counted noun phrase ("2400 مقاتل": fighters), if any.

    A measure phrase that opens with the noun counts too, running past it:
    "700 حالة إصابة", cases of infection (the noun read is the unit, "cases").
    """
    i = bisect.bisect_left(index.measure_starts, end)
    if i < len(index.measures) and index.measures[i].start < np_end:
        return index.measures[i]
    return None


# How far (in characters) before a measure word the relative pronoun of its clause stands.
_RELATIVE_REACH = 40
# How far (in characters) before a figure a relative clause on its group ends.
_CLOSED_REACH = 120


def _in_closed_relative(index: Index, m: Mention, lo: int, start: int) -> bool:
    """Whether a measure word before a figure stands in a relative clause closed before it.

    "children who had been held in Iraqi prisons, 24 of them from Dagestan":
    the relative clause tells of the group the list breaks down, not what
    befell the parts; they are counted as the whole is.
    """
    text = index.ftext
    if start - m.end > _CLOSED_REACH or not any(text.find(c, m.end, start) >= 0 for c in _COMMAS):
        return False  # far from the figure: read no more than a short stretch per figure
    return _relative_between(index, max(lo, m.start - _RELATIVE_REACH), m.start)


class _Predicate:
    """The measure words of a figure's predicate, from ``after`` to the clause end ``hi``.

    Those that say what the next figure counts (:func:`_governs_next_figure`)
    are left out, and a later figure's own words (:func:`_of_later_figure`)
    end it. Read lazily from the front: a figure mostly asks for the first
    words only, and a flattened page's clause holds hundreds.
    """

    def __init__(self, index: Index, after: int, hi: int) -> None:
        self.index, self.after, self.hi = index, after, hi
        # the mentions inside [after, hi), as ``between`` finds them
        self.lo_n = bisect.bisect_left(index.measure_starts, after)
        self.hi_n = bisect.bisect_left(index.measure_starts, hi, lo=self.lo_n)
        self._comma = -1  # found when first needed: most figures never ask

    @property
    def comma(self) -> int:
        """Where the first comma after the figure's noun stands (``hi`` if none)."""
        if self._comma < 0:
            index, after, hi = self.index, self.after, self.hi
            if index.long_sentences:
                # looked up among a long sentence's commas, found once (a
                # search of the clause for each figure reads it all if it has none)
                comma = index.search(_COMMA, after, hi)
                self._comma = comma.start() if comma is not None else hi
            else:
                text = index.ftext
                commas = [p for c in _COMMAS if (p := text.find(c, after, hi)) >= 0]
                self._comma = min(commas) if commas else hi
        return self._comma

    def _passes(self, m: Mention) -> bool:
        return m.end <= self.hi and not _governs_next_figure(self.index.ftext, self.comma, m)

    def all(self) -> Iterator[Mention]:
        measures = self.index.measures
        for n in range(self.lo_n, self.hi_n):
            m = measures[n]
            if _of_later_figure(self.index, self.after, m):
                return  # "... and left 700,000 displaced and thousands killed": theirs from here on
            if self._passes(m):
                yield m

    def first(self) -> Mention | None:
        return next(self.all(), None)

    def several(self) -> bool:
        found = self.all()
        return next(found, None) is not None and next(found, None) is not None

    def last(self) -> Mention | None:
        # read forwards: a later figure's own words end the predicate
        last = collections.deque(self.all(), maxlen=1)
        return last[0] if last else None


# How many words after a figure its group ("من هؤلاء المتشددين") and verb are looked for.
_GROUP_WORDS = 4


def _verb_after_group(index: Index, predicate: Iterable[Mention], after: int) -> Mention | None:
    """The measure verb after a group named with "من" right after the figure, if any.

    The group's own noun carries the article ("المتشددين"); the verb that
    follows it does not ("قتلوا"). Only the first few words are read.
    """
    words: list[tuple[int, int]] = []
    for w in _WORDS.finditer(index.ftext, after):
        words.append(w.span(1))
        if len(words) == _GROUP_WORDS:
            break
    if not words:
        return None
    definite = tuple(index.know.definite)
    seen_group = False
    for m in predicate:
        word = next(((a, b) for a, b in words if a <= m.start < b), None)
        if word is None:
            break  # past the words read
        if index.ftext.startswith(definite, word[0]):
            seen_group = True
        elif seen_group:
            return m
    return None


# How near (in characters) after a measure word a figure it governs stands: "عادت منهن 99".
_NEXT_FIGURE_REACH = 15
_COMMAS = ",،"
_COMMA = re.compile(f"[{_COMMAS}]")


def _governs_next_figure(text: str, comma: int, m: Mention) -> bool:
    """Whether a measure word after a comma says what the next figure counts, not this one.

    "عددهن بلغ حوالي 288، عادت منهن 99": "returned" is 99's; 288 takes its
    measure from the words before it. ``comma`` is where the first comma
    after the figure's noun stands.
    """
    if comma >= m.start:
        return False
    return any(ch.isdigit() for ch in text[m.end : m.end + _NEXT_FIGURE_REACH])


def _last_coordinated(index: Index, predicate: Iterable[Mention]) -> Mention | None:
    """The last of the measure words joined to the first: "73 returned and were convicted".

    Joined predicates name the stages the people went through; the last
    says where the count stands now, unless it only closes the stage before
    it ("five were amnestied and set free": canon ``closes``).
    """
    kinds = canon().kinds
    last = None
    for m in predicate:
        if last is not None and not index.know.coordinated_re.fullmatch(
            index.ftext, last.end, m.start
        ):
            break
        if last is not None and _closes(kinds, last.value, m.value):
            break
        last = m
    return last


def _figure_right_after(index: Index, pos: int) -> bool:
    """Whether the word right after ``pos`` is a figure (digits, a number or scale word)."""
    nxt = _NEXT_TOKEN.match(index.ftext, pos)
    return nxt is not None and index.names_a_figure(nxt.start(1), nxt.end(1))


_NEXT_TOKEN = re.compile(r"[^\S\n]*([^\s,.;:،]+)")


def _closes(kinds: Mapping[str, Kind], before: str, after: str) -> bool:
    """Whether measure ``after`` only ends the stage that ``before`` names."""
    kind, earlier = kinds.get(after), kinds.get(before)
    if kind is None or earlier is None:
        return False
    return kind.closes == earlier.family


# Another figure and at most two words of its noun, right before a measure word.
_OTHER_FIGURE_BEFORE = re.compile(r"\d\s+((?:[^\W\d_]+\s+){0,2})$")
# How far back (in characters) from a measure word that other figure is looked for.
_OTHER_FIGURE_REACH = 40


def _of_later_figure(index: Index, after: int, m: Mention) -> bool:
    """Whether a measure word right after a later figure's noun is that figure's alone.

    "100,000 troops ... and left 700,000 people displaced": "displaced"
    describes the 700,000, not the troops. With an auxiliary between ("12
    civilians were killed") the verb may be shared, and is not taken away.
    """
    lo = max(after, m.start - _OTHER_FIGURE_REACH)
    if not index.long_sentences:
        return _figure_noun_before(index, index.ftext, lo, m.start)
    # the search tries every position of the stretch: read once per stretch of text
    before = index.ftext[lo : m.start]
    return index.read(
        ("of later figure", before), lambda: _figure_noun_before(index, before, 0, len(before))
    )


def _figure_noun_before(index: Index, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends with a figure and its noun, with no auxiliary between."""
    other = _OTHER_FIGURE_BEFORE.search(text, lo, hi)
    if other is not None:
        return not any(w in index.know.aux for w in other.group(1).split())
    # a figure in words opening a coordinated clause: "еще шесть числятся пропавшими"
    tokens = text[lo:hi].split()[-_OTHER_FIGURE_WORDS:]
    lex = index.know.lex
    for n, token in enumerate(tokens[1:], 1):
        before = tokens[n - 1]
        if not (
            before.endswith((",", "،"))
            or before in lex.grammar.conjunctions
            or before in lex.grammar.additions
        ):
            # only a figure that opens a coordinated clause ("..., еще шесть
            # числятся", "and six more"), not one after a preposition ("40
            # migrants on two boats drowned"), inside a partitive ("six of the
            # nine deaths") or after digits it counts ("600 واحد منهم رجعوا")
            continue
        if any(f in lex.cardinals for f in forms(token, lex.prefixes)):
            after = tokens[n + 1 :]
            return len(after) <= _OTHER_FIGURE_WORDS - 1 and not any(
                w in index.know.aux or not w.isalpha() for w in after
            )
    return False


# How many words a later figure in words and its noun take before a measure word.
_OTHER_FIGURE_WORDS = 3


def _relative_between(index: Index, lo: int, hi: int) -> bool:
    """Whether a relative pronoun ("who", "الذين", "которые") stands in ``[lo, hi)``."""
    return any(
        m.group(1) in index.know.relative_pronouns for m in _WORDS.finditer(index.ftext, lo, hi)
    )


# A row of a flattened table: a short name, then a bare figure, alone on its line.
_ROW = re.compile(r"[ \t]*[^\W\d_][^\d\n]{0,40}?[ \t]+\d[\d,.]*[ \t]*")
# How far (in characters) after "the number of" in a table's caption its measure word is read.
_CAPTION_REACH = 60


def table_measure(index: Index, start: int) -> str | None:
    """What the rows of a flattened table count, as its caption says.

    "... the largest numbers of European foreign fighters ...", then lines
    "France 1700", "Germany 760": rows of a name and a bare figure, two or more together,
    count what the paragraph right before them counts after "the number of"
    (grammar.toml [number_of]); a caption that names no count gives rows no
    measure (and no claim). Each row's first row and each table's caption
    are found once (``index.memo``), so a long table is read once.
    """
    i = bisect.bisect_right(index.line_starts, start) - 1
    if not (_is_row(index, i) and (_is_row(index, i - 1) or _is_row(index, i + 1))):
        return None
    walked = [i]
    while ("table_first", walked[-1]) not in index.memo and _is_row(index, walked[-1] - 1):
        walked.append(walked[-1] - 1)
    known = index.memo.get(("table_first", walked[-1]))
    first = known if isinstance(known, int) else walked[-1]
    for line in walked:
        index.memo["table_first", line] = first
    key = ("table_caption", first)
    if key not in index.memo:
        index.memo[key] = _caption_measure(index, first)
    found = index.memo[key]
    return found if isinstance(found, str) else None


def row_group(index: Index, start: int) -> str | None:
    """The people a table row's name makes its figure count ("France 1700": French nationals).

    The row names the place its people come from (canon/groups.toml [home]).
    """
    lo = index.line_starts[bisect.bisect_right(index.line_starts, start) - 1]
    named = between(index.places, index.place_starts, lo, start)
    if len(named) != 1:
        return None
    return _groups_of_homes().get(named[0].value)


@functools.cache
def _groups_of_homes() -> dict[str, str]:
    return {place: group for group, place in canon().homes.items()}


def _line(index: Index, i: int) -> tuple[int, int]:
    lines = index.line_starts
    end = lines[i + 1] - 1 if i + 1 < len(lines) else len(index.ftext)
    return lines[i], end


def _is_row(index: Index, i: int) -> bool:
    if not 0 <= i < len(index.line_starts):
        return False
    lo, hi = _line(index, i)
    return hi - lo <= _ROW_LONGEST and _ROW.fullmatch(index.ftext, lo, hi) is not None


_ROW_LONGEST = 64


def _caption_measure(index: Index, first: int) -> str | None:
    """The measure counted after "the number of" in the paragraph right before row ``first``."""
    i = first - 1
    while i >= 0 and not index.ftext[slice(*_line(index, i))].strip():
        i -= 1  # blank lines between the caption and its table
    if i < 0:
        return None
    lo, hi = _line(index, i)
    for counted in index.know.number_of_re.finditer(index.ftext, lo, hi):
        reach = min(hi, counted.end() + _CAPTION_REACH)
        after = between(index.measures, index.measure_starts, counted.end(), reach)
        if after:
            return after[0].value
    return None


# How far back (in characters) "we estimate it at" looks for the number it values.
_REFERRED_REACH = 200


def referred_measure(index: Index, start: int, last: str | None = None) -> str | None:
    """What a figure valuing a number named before counts (grammar.toml [refer_back]).

    "The official numbers do not reflect the real number of returnees. We
    estimate it at around 300": the figure counts what the last "number of"
    before it counts. With no "number of" named, what ``last`` (the measure
    of the paragraph's last figure of people) counts: "68 were admitted to
    hospital ... but the ministry put the number at 87". Read only for a
    figure right after such words.
    """
    pattern = index.know.refer_back_re
    if pattern is None or pattern.search(index.ftext, max(0, start - 40), start) is None:
        return None
    lo = max(index.paragraph_start(start), start - _REFERRED_REACH)
    named = index.matches(index.know.number_of_re, lo, start)
    if not named:
        return last
    counted = named[-1]
    after = between(
        index.measures, index.measure_starts, counted.end(), counted.end() + _CAPTION_REACH
    )
    return after[0].value if after else None
