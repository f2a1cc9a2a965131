"""Turn a document into claims: every figure that counts something, with its context.

For each quantity expression the scanner finds, extraction decides whether it
is a count at all (not a year, a date, an age, a duration, a time, page
furniture), what one counted item is (``unit``), and reads from the clause
around it what is counted (``measure``), of whom (``subject``), where
(``places``), who says so (``speaker``) and when it holds (``as_of``).

Everything language-specific comes from ``reconcile/lang/<code>/``. The
document is indexed once (sentences, place names, measure words, demonyms,
reporting verbs, dates); each figure then looks only at a bounded window of
those indexes, so extraction is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re

import attrs

from .._memory import paused_gc
from ..errors import InvalidValueError
from ..frontmatter import body_offset
from ..lang import canon, detect_language, lexicon
from ..model import Claim, Direction, Document, Qualifier, Span
from ..text import fold
from .counts import not_count_reason
from .filters import next_char, word_before
from .index import LONG_SENTENCE, Index
from .knowledge import forms, knowledge
from .measure import (
    measure_of_group,
    read_measure,
    referred_measure,
    row_group,
    table_measure,
    values_a_tally,
)
from .phrases import PART_OF_GROUP, NounPhrase, noun_phrase
from .places import RETURNS, away_from_home, read_places
from .quantities import Found, scan, to_quantity
from .speaker import read_speaker
from .subject import from_home, part_of_the_measured, read_subject
from .time import read_as_of, read_relative

__all__ = ["extract"]


def extract(document: Document, *, language: str | None = None) -> tuple[Claim, ...]:
    """Extract the claims a document states, in order of position.

    A claim is made for every figure that counts people or things; years,
    dates, ages, durations, times of day and page furniture are left out.

    Args:
        document: The document to read; its ``text`` must be present.
        language: Overrides ``document.lang`` (a code with a lexicon).

    Returns:
        The claims, each with a span into ``document.text``; an empty tuple
        when the document states no figure.

    Raises:
        TypeError: If ``document`` is not a :class:`~reconcile.Document`.
        InvalidValueError: If the document carries no text.
        UnsupportedLanguageError: If no lexicon serves the language.

    Notes:
        Linear in the length of the text. Languages: English, Arabic and Russian.
        A "sentence" longer than any prose sentence (a flattened table, a page
        without full stops: over ``index.LONG_SENTENCE`` characters) has its
        clause ends, times and reporting words found once and looked up per
        figure; only there can a figure's window, cut out of the sentence,
        read a match at its cut ends differently. Prose reads as before.

    Examples:
        >>> text = "Officials said 61 Tajik nationals had returned from Syria."
        >>> doc = Document(id="a.txt", text=text)
        >>> [(c.quantity.low, c.measure, c.subject, c.places, c.speaker)
        ...  for c in extract(doc)]
        [(61, 'returned', 'Tajik nationals', ('Syria',), 'Officials')]
        >>> extract(Document(id="b.txt", text="Nothing to count in 2019."))
        ()
    """
    if not isinstance(document, Document):
        raise TypeError(f"document must be a Document, not {type(document).__name__}")
    if document.text is None:
        raise InvalidValueError("text", None, f"document {document.id!r} carries no text")
    # a page of figures makes tens of thousands of claims and none forms a
    # cycle: the collector's passes over them would only cost time
    with paused_gc():
        return _extract(document, document.text, language)


def _extract(document: Document, text: str, language: str | None) -> tuple[Claim, ...]:
    code = lexicon(language or document.lang or _guess(text)).code
    know = knowledge(code)
    index = Index.build(document, text, know, body_offset(text))
    claims: list[Claim] = []
    previous_subject: dict[int, str] = {}
    previous_measure: dict[int, str] = {}
    previous_figure: dict[int, _Figure] = {}
    # the last group each paragraph counted, as its claim names it
    counted: dict[int, str] = {}
    items: dict[int, int] = {}
    # where the people of a figure read with no measure are, should they prove to have returned
    if_returned: dict[int, tuple[str, ...]] = {}
    # the measure of each noun counted in a sentence: (sentence start, noun) -> measure
    by_noun: dict[tuple[int, str], str] = {}
    # where the last figure read as a part of a total ends, by sentence start
    parts: dict[int, int] = {}
    # the measure the last figure of people of a sentence settled on, by sentence start
    settled: dict[int, str] = {}
    founds = scan(index.folded, code, years=True)
    index.hold_counts((f.start, f.end) for f in founds if not f.year)
    for found in founds:
        if index.folded.offset(found.start) < index.body_start:
            continue  # front matter is metadata, not text (both offsets are original)
        claim = _claim(
            index,
            found,
            previous_subject,
            previous_measure,
            previous_figure,
            counted=counted,
            item=(len(claims), items),
            if_returned=if_returned,
            by_noun=by_noun,
            parts=parts,
            settled=settled,
        )
        if claim is not None:
            claims.append(claim)
    measured = _measures_of_list_items(_measures_of_repeated_figures(claims), items)
    return tuple(_places_of_returns(measured, if_returned))


def _places_of_returns(claims: list[Claim], if_returned: dict[int, tuple[str, ...]]) -> list[Claim]:
    """Claims whose measure, known only later, is a return, placed as a return is.

    "A plane bound for Moscow with 30 children on board", once the 30 prove
    to be the 30 children who returned: Moscow is whither they went, home,
    not where they were.
    """
    known = canon()
    for number, places in if_returned.items():
        measure = claims[number].measure
        kind = known.kinds.get(measure) if measure is not None else None
        if kind is not None and kind.family == RETURNS:
            claims[number] = attrs.evolve(claims[number], places=places)
    return claims


def _measures_of_list_items(claims: list[Claim], items: dict[int, int]) -> list[Claim]:
    """A list item with no measure counts what the item before it counts, once that is known.

    "only eight, eight, out of 1,400": the eights take their measure from
    their first statement (``_measures_of_repeated_figures``), and the total
    listed after them counts the same. ``items`` maps a claim's number to the
    number of the item before it; items only look back, so one pass in text
    order carries a measure down the list.
    """
    for number, before in sorted(items.items()):
        measure = claims[before].measure
        if claims[number].measure is None and measure is not None:
            claims[number] = attrs.evolve(claims[number], measure=measure)
    return claims


def _measures_of_repeated_figures(claims: list[Claim]) -> list[Claim]:
    """A figure with no measure takes the measure of the same figure stated before in the text.

    "Only eight women and children were killed ... eight, he repeated": the
    document's second "eight" counts what its first did. The same bounds, the
    same unit and the same subject (or none, or it without its group: "30
    Russian children", then "the 30 children") make it the same figure.
    """
    said: dict[tuple[object, ...], str] = {}
    out = []
    for claim in claims:
        q = claim.quantity
        key = (claim.unit, q.low, q.high)
        if claim.measure is not None:
            said.setdefault((*key, claim.subject), claim.measure)
            said.setdefault((*key, None), claim.measure)
            if claim.subject is not None:
                said.setdefault((*key, canon().split(claim.subject)[1]), claim.measure)
        elif (measure := said.get((*key, claim.subject))) is not None:
            out.append(attrs.evolve(claim, measure=measure))
            continue
        out.append(claim)
    return out


# The key of ``previous_figure`` for the last figure of people in the text
# (sentence starts, its other keys, are never negative).
_LAST_PEOPLE = -1
# How far (in characters) before "of them" the group it takes its measure from is counted.
_GROUP_REACH = 300

# How far before a figure (in characters) a word that makes it an addition is read.
_INCREMENT_REACH = 30

# How far before a figure (in characters) the group it is drawn from is read:
# "Among those killed were" and the like.
_AMONG_REACH = 40

# How far before a figure (in characters) words holding a party to account are read.
_RESPONSIBLE_REACH = 60

# How far before a figure the words of ``_words_before`` are read.
_WORDS_BEFORE_REACH = max(_INCREMENT_REACH, _AMONG_REACH, _RESPONSIBLE_REACH)

# The subject of a part of a total whose people are not named: within any group.
_PART_OF_UNNAMED = "part of people"


def _guess(text: str) -> str:
    return detect_language(text)


# The figure of people counted last in a sentence: where it ends, its measure,
# and the number of its claim in the document.
_Figure = tuple[int, str | None, int]
# How many characters between two figures of a list make the second one's
# noun elided: "روسيا بـ2400 مقاتل، ثم تركيا بـ2100", "24 from Dagestan, three from Chechnya".
_GAP_REACH = 40
# The same for a figure with no noun, measure or unit at all, which may stand
# after a second speaker: "80,000 protesters, while the CGT union claimed 400,000".
_ELLIPSIS_REACH = 60
_LIST_MARK = re.compile(r"[,،;—–]")


def _whole_of(part: str | None) -> str | None:
    """The people a whole with no noun of its own counts, from the part stated before it.

    "eight women and children, out of 1,400": women and children are
    civilians (canon/subjects.toml [within]), so the 1,400 are civilians.
    Only roles that all lie within one wider role name it; a part with a
    group or details names no whole.
    """
    if part is None:
        return None
    known = canon()
    group, rest = known.split(part.removeprefix("part of "))
    if group is not None or rest is None:
        return None
    words = [w for w in rest.split() if w != "and"]
    roles = {known.role_words.get(fold(w)) for w in words}
    if None in roles:
        return None
    wider = {known.role_parents.get(r) for r in roles if r is not None}
    return wider.pop() if len(wider) == 1 and None not in wider else None


def _gapped(index: Index, figure: _Figure | None, start: int, reach: int = _GAP_REACH) -> bool:
    """Whether a figure with no noun of its own is the next item of a list of people counted."""
    if figure is None:
        return False
    end = figure[0]
    if not 0 < start - end <= reach:
        return False
    gap = index.ftext[end:start]
    # a comma between items, or "and" before the last: "24 from Dagestan, three
    # from Chechnya and two from Penza"
    listed = _LIST_MARK.search(gap) or index.know.list_end_re.search(gap)
    return bool(listed) and not any(ch.isdigit() for ch in gap)


def _bounded_by_verb(index: Index, found: Found, lo: int) -> Found:
    """A figure bounded by a verb before the count it values: "تجاوز عدد القتلى 2000".

    Arabic puts the verb first (qualifiers.toml [verb_first]): "the number of
    the dead exceeded 2,000" is more than 2,000, whatever stands right before
    the figure.
    """
    pattern = index.know.verb_bound_re
    assert pattern is not None
    m = pattern.search(index.ftext, max(lo, found.start - _VERB_BOUND_REACH), found.start)
    if m is None:
        return found
    entry = index.know.lex.qualifiers.verb_first[" ".join(m.group("v").split())]
    return found._replace(
        qualifier=Qualifier(entry.qualifier),
        direction=Direction(entry.direction) if entry.direction else None,
    )


# How far before a figure the verb bounding its count is read, in characters.
_VERB_BOUND_REACH = 80


def _listed_year(index: Index, figure: _Figure | None, start: int, end: int) -> bool:
    """Whether a bare year-like figure is the next item of a list of people counted.

    "..., then Turkey with 2100", "..., 2050 in the south,": an item names
    what it counts for ("Turkey with") or ends where the item does (a list
    mark, a full stop). "...; 2019 was the worst year" and "..., mostly in
    1850" (a year word or preposition before it) stay years.
    """
    if not _gapped(index, figure, start) or figure is None:
        return False
    text = index.ftext
    gap = text[figure[0] : start]
    dates = index.know.lex.dates
    word = word_before(text, start, figure[0])
    if word is not None and (word[0] in dates.year_words or word[0] in dates.year_prepositions):
        return False
    named = any(ch.isalpha() for ch in _LIST_MARK.split(gap)[-1])
    return named or next_char(text, end) in _ITEM_ENDS


# what may end an item of a list right after its figure
_ITEM_ENDS = frozenset(",،;.\n")


def _said_a_part(index: Index, start: int, end: int, before: tuple[bool, bool] | None) -> bool:
    """Whether the words around a figure make it a part of a total.

    "another 3,000", "ещё три тысячи", "300 others" (an addition),
    "responsible for 40 civilian deaths", "مسؤولية مقتل 40" (one party's
    share of a toll). ``before`` is ``_words_before`` of the figure, if read.
    """
    text = index.ftext
    after = index.know.increment_after_re
    if after is not None and after.match(text, end):
        return True
    noun_then = index.know.lex.grammar.increment_after_noun
    if noun_then:
        # "13 شخصا آخرين", "ثلاث جثث إضافية": the counted noun, then the word
        noun = _NEXT_WORD.match(text, end)
        if noun is not None:
            nxt = _NEXT_WORD.match(text, noun.end())
            if nxt is not None and nxt.group(1) in noun_then:
                return True
    if before is not None:
        return before[0]
    return _a_part_before(index, start)


def _replaced_before(index: Index, start: int, s_start: int) -> bool:
    """Whether words right before a figure give it as the one another replaced: "up from the 31".

    grammar.toml [revised_from], then at most a determiner.
    """
    pattern = index.know.revised_from_re
    return pattern is not None and (
        index.search(pattern, max(s_start, start - _REPLACED_REACH), start) is not None
    )


# How far before a figure (in characters) "up from (the)" is read.
_REPLACED_REACH = 24


def _among_after(index: Index, end: int, hi: int) -> bool:
    """Whether the figure's people are among a group counted: "12 children are among the dead".

    The group is a measure word or a noun of people ("the dead", "the
    victims", "погибших", "القتلى") after grammar.toml [among], in the
    figure's clause: the figure is a part of it.
    """
    pattern = index.know.among_after_re
    if pattern is None:
        return False
    m = index.search(pattern, end, min(hi, end + _AMONG_AFTER_REACH))
    know = index.know
    if m is None or m.group("w") in know.lex.grammar.them:
        return False  # "were among them": the group named before, read as such elsewhere
    if _CLAUSE_MARK.search(index.ftext, end, m.start()):
        return False  # "Forty people died, among the dead were 12 children": another clause
    return any(
        f in know.measure_of or f in know.people for f in forms(m.group("w"), know.lex.prefixes)
    )


# How far after a figure (in characters) "among the dead" is read.
_AMONG_AFTER_REACH = 60
_CLAUSE_MARK = re.compile(r"[,;:،؛]")


def _alone(index: Index, span: tuple[int, int], clause_end: int, after: int) -> bool:
    """Whether a figure counts one place or group alone: "In Kherson alone, 12 died".

    A word of grammar.toml [alone] makes the figure a part of a wider count
    ("وفي محلية سنكات وحدها", "в одном только Херсоне") when it stands in
    the figure's own stretch: after ``after`` (the figure before it in its
    sentence, or the sentence's start) and before the figure, or after the
    figure in its clause. "killed 40 across the country; in Kherson alone,
    12 died": the 40 is the whole.
    """
    pattern = index.know.alone_re
    if pattern is None:
        return False
    start, end = span
    lo, hi = max(after, start - _ALONE_REACH), min(clause_end, end + _ALONE_REACH)
    return index.search(pattern, lo, hi) is not None


# How far from a figure (in characters) a word saying "alone" is read.
_ALONE_REACH = 80


def _other_measure_before(
    index: Index,
    before: _Figure | None,
    span: tuple[int, int],
    measure: str | None,
    words_before: tuple[bool, bool] | None,
) -> bool:
    """Whether only "others" or "another" makes a figure a part, the figure before of another kind.

    "19 were killed and 43 others injured", "nine died and another 47 were
    hospitalised": an addition of another kind, not more of the dead.
    """
    start, end = span
    after = index.know.increment_after_re
    if before is None or before[1] is None or measure is None:
        return False
    kinds = canon().kinds
    this, that = kinds.get(measure), kinds.get(before[1])
    if this is None or that is None or this.family == that.family:
        return False  # "19 were killed and 43 others died": more of the dead
    more = after.match(index.ftext, end) if after is not None else None
    if more is None:
        return _an_addition_before(index, start)
    nxt = _NEXT_WORD.match(index.ftext, more.end())
    if nxt is not None and nxt.group(1) in index.know.partitive:
        return False  # "three more of the injured died": more of a group named
    part_before = words_before[0] if words_before is not None else _a_part_before(index, start)
    return not part_before


def _an_addition_before(index: Index, start: int) -> bool:
    """Whether "another" ([additions]) right before a figure makes it an addition, not a part.

    Not when a partitive or "among" opens the whole before it ("Of the 40
    people injured, another 10 ..."): that figure is still a part.
    """
    text = index.ftext
    addition = index.know.addition_re
    found = (
        addition.search(text, max(0, start - _INCREMENT_REACH), start)
        if addition is not None
        else None
    )
    if found is None:
        return False
    # the whole's words end where "another" starts
    return not _part_words_before(index, found.start(), increment=False)


def _a_part_before(index: Index, start: int) -> bool:
    """Whether words right before a figure make it a part: "another", "Of the 31 dead, 12"."""
    return _part_words_before(index, start, increment=True)


def _part_words_before(index: Index, start: int, *, increment: bool) -> bool:
    """Whether "among", a party's share or a partitive's whole ends at ``start`` (or "another")."""
    know, text = index.know, index.ftext
    for pattern, reach in (
        (know.increment_re if increment else None, _INCREMENT_REACH),
        (know.among_re, _AMONG_REACH),
        (know.responsible_re, _RESPONSIBLE_REACH),
        (know.of_a_figure_re, _INCREMENT_REACH),
    ):
        if pattern is not None and pattern.search(text, max(0, start - reach), start):
            return True
    return False


def _a_whole_before(index: Index, start: int) -> bool:
    """Whether words right before a figure make it a whole: "out of 1,400"."""
    whole = index.know.whole_re
    return whole.search(index.ftext, max(0, start - _INCREMENT_REACH), start) is not None


def _whole_of_a_part(index: Index, start: int) -> bool:
    """Whether a figure is the whole of a part stated right before it: "Twelve of the 40".

    The word before the partitive must name a figure ("one of the 40", "13
    из 86"): "the deaths of 40 people" and "a total of 40" are no parts.
    """
    pattern = index.know.partitive_before_re
    if pattern is None:
        return False
    m = pattern.search(index.ftext, max(0, start - _PARTITIVE_REACH), start)
    return m is not None and index.names_a_figure(*m.span("figure"))


# How far before a figure "<figure> of the" is read, in characters.
_PARTITIVE_REACH = 40


def _measure_of_a_whole(index: Index, end: int, np_end: int) -> str | None:
    """The measure word right after a whole, if any: "of the 40 injured".

    After a noun it may be the verb of the part ("13 из 86 пассажиров
    погибли", "Twelve of the 40 miners died"): the whole then has none.
    """
    if np_end > end:
        return None
    i = bisect.bisect_left(index.measure_starts, end)
    if i == len(index.measures):
        return None
    m = index.measures[i]
    if m.start - end > _WHOLE_GAP:
        return None  # (no slice to a measure word far off: a page may hold one)
    gap = index.ftext[end : m.start]
    return m.value if not gap or gap.isspace() else None


def _measure_of_a_part_of(index: Index, at: int, clause: tuple[int, int]) -> str | None:
    """The measure of a part of a whole stated at ``at`` ("Three of the 20 injured died").

    The part's own predicate past the whole's words ("died", "were later
    released"), else what the whole counts ("Eight of the 40 killed were
    children": killed). A predicate denied ("were not released") leaves them
    as the whole is.
    """
    text = index.ftext
    token = _TOKEN.match(text, at)
    if token is None or not index.names_a_figure(at, token.end()):
        return None
    whole = _measure_of_a_whole(index, token.end(), token.end())
    measures, starts = index.measures, index.measure_starts
    i = bisect.bisect_left(starts, token.end())
    if whole is not None:
        i += 1  # the whole's own word: "the 20 injured"
    if i < len(measures) and measures[i].start < clause[1]:
        m = measures[i]
        if not index.names_a_figure(token.end(), m.start) and not (
            index.know.negated_before_re.search(text, max(clause[0], m.start - 40), m.start)
        ):
            return m.value
    return whole


# the whole's figure after the partitive, as written (bounded: a page may have no spaces)
_TOKEN = re.compile(r"[^\s]{1,40}")
# How many spaces may part a whole from its measure word.
_WHOLE_GAP = 3


def _words_before(index: Index, start: int) -> tuple[bool, bool]:
    """``_a_part_before`` and ``_a_whole_before``, read once per text before the figure.

    A page with a sentence that has no end: each search tries every position
    of its stretch, and the figures of a repeated row or phrase have the same
    words before them. The patterns end at the figure (in a run of spaces),
    start at most ``_WORDS_BEFORE_REACH`` characters before it and look one
    character behind their start (that no letter or hyphen stands there), so
    the key, the characters before the figure up to one more than that,
    covers all they read; a figure nearer the text's start has a shorter key,
    whose length is its position.
    """
    text = index.ftext
    return index.read(
        ("words before", text[max(0, start - _WORDS_BEFORE_REACH - 1) : start]),
        lambda: (_a_part_before(index, start), _a_whole_before(index, start)),
    )


# How many blank lines may part a paragraph from the one before it.
_BLANK_LINES = 3


_BLANK = re.compile(r"\s*")


def _paragraph_before(index: Index, line: int) -> int | None:
    """Where the last non-blank line before the line starting at ``line`` starts."""
    starts = index.line_starts
    i = bisect.bisect_left(starts, line) - 1
    for _ in range(_BLANK_LINES + 1):
        if i < 0:
            return None
        end = starts[i + 1] if i + 1 < len(starts) else len(index.ftext)
        # a long line fails at its first letter: no copy of it per figure
        if not _BLANK.fullmatch(index.ftext, starts[i], end):
            return starts[i]
        i -= 1
    return None


def _counts_its_speakers(index: Index, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether a figure counts who speaks: "Two officials said 20 people died".

    One or two words after the figure, then a reporting verb, and a figure
    in digits after the verb in its sentence, or before the comma that
    opens the figure's clause ("At least 110 died, two diplomats told
    AP"): what they said is counted there. "300 residents said they had
    fled" still counts them, and "68
    people were admitted" is no report: an auxiliary before the verb makes
    it a passive of another sense. Only where a subject comes before its
    verb: in Arabic the verb comes first, and "وقتل 500 مدني بين مارس 2014"
    spells "between" as the verb "بيّن".
    """
    if index.know.verb_first:
        return False
    s_start, s_end = sentence
    i = bisect.bisect_left(index.verb_starts, end)
    if i == len(index.verb_starts):
        return False
    verb = index.verbs[i]
    if verb.start >= s_end or verb.start - end > _SPEAKER_NOUN_CHARS:
        return False
    if _SPEAKER_NOUN.fullmatch(index.ftext, end, verb.start) is None:
        return False
    if index.know.passive_before_re.search(index.ftext, end, verb.start) is not None:
        return False
    text = index.ftext
    if _DIGIT.search(text, verb.end, min(s_end, verb.end + _SAID_REACH)) is not None:
        return True
    before = text[max(s_start, start - _SAID_REACH) : start].rstrip()
    return before[-1:] in _CLAUSE_MARKS and _DIGIT.search(before) is not None


def _bodies_recovered(index: Index, start: int, end: int, clause: tuple[int, int]) -> bool:
    """Whether a figure counts bodies found: "rescuers recovered 19 bodies".

    Its noun is a word for bodies (measures.toml [body_nouns]), after it or
    right before it ("جثث ثمانية أشخاص", "the bodies of 19"), and a verb of
    finding them ([recovery_verbs]) stands before it in its clause, within a
    few words, or after its noun ("64 bodies have now been recovered"): the
    bodies recovered so far, a part of the dead, not the toll.
    """
    pattern = index.know.recovery_re
    if pattern is None or not index.occurs(pattern):
        return False
    lo, hi = clause
    text, bodies = index.ftext, index.know.lex.measures.body_nouns
    # (a full stop or a comma may close the noun: "rescuers found 19 bodies.")
    after = [
        w.rstrip(_CLOSING) for w in text[end : end + _BODY_REACH + _INCREMENT_REACH].split()[:2]
    ]
    if after and after[0] in index.know.lex.grammar.increment_after:
        after.pop(0)  # "found eight more bodies"
    reach = _RECOVERY_REACH
    if after and after[0] in bodies:
        if _recovered_after(index, pattern, text.index(after[0], end) + len(after[0]), hi):
            return True
    else:
        # the noun before it: "انتشلت جثث ثمانية أشخاص", "recovered the bodies of 19 people"
        before = text[max(lo, start - _BODY_REACH) : start].split()
        if before and before[-1] in index.know.partitive:
            before.pop()
        if not before or before[-1] not in bodies:
            return False
        reach += _BODY_REACH
    return pattern.search(text, max(lo, start - reach), start) is not None


def _recovered_after(index: Index, pattern: re.Pattern[str], at: int, hi: int) -> bool:
    """Whether the bodies' noun ending at ``at`` is the subject of a verb of finding them.

    "64 bodies have now been recovered": auxiliaries and at most one other
    word (an adverb) between; "30 bodies lay there and the army found
    weapons" is another clause's verb. ``pattern`` finds the verbs.
    """
    others = 0
    for word in _WORD.finditer(index.ftext, at, min(hi, at + _RECOVERY_REACH)):
        if pattern.match(index.ftext, word.start()) is not None:
            return True
        if word.group() not in index.know.aux:
            others += 1
            if others > 1:
                return False
    return False


_RECOVERED = "recovered"
# How far after a figure its noun for bodies, and before it the verb of finding them, are read.
_BODY_REACH = 16
# punctuation that may close the word after a figure
_CLOSING = ".,;:!?)»\"'”’،؛"
_RECOVERY_REACH = 40


def _not_one(index: Index, start: int, end: int) -> bool:
    """Whether "one" is denied: "Not one person was hurt" counts no one.

    Only with a noun of people or "of" after it: "two were killed, not one as
    first reported" gives the figure a correction replaced.
    """
    know = index.know
    words = index.ftext[max(0, start - _NOT_REACH) : start].split()
    if not words or words[-1] not in know.lex.measures.negation_markers:
        return False
    after = index.ftext[end : end + _NOT_REACH].split()
    return bool(after) and (after[0] in know.people or after[0] in know.partitive)


def _ranked(index: Index, end: int) -> bool:
    """Whether "one" ranks something: "one of the worst epidemics", "одна из крупнейших".

    Not when people follow: "one of the most seriously injured" is a person.
    """
    know = index.know
    if know.rank_re is None:
        return False
    m = know.rank_re.match(index.ftext, end, end + _RANK_REACH)
    if m is None:
        return False
    after = _WORD.findall(index.ftext, m.end(), m.end() + _RANK_REACH)[:_RANKED_WORDS]
    return not any(w in know.people or w in know.measure_of for w in after)


# How far after "one" its rank is read: the opener, a word, the superlative;
# and how many words after the rank may name people ("most seriously injured").
_RANK_REACH = 60
_RANKED_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+")
# the word after another, a blank or two between: "more of the injured"
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")

# How far before "one" its negation is read ("not ").
_NOT_REACH = 12


def _named_one(index: Index, end: int) -> bool:
    """Whether "one" names a person given by name: "One brewer, Daniel Kariuki, was held".

    A noun of one or two words, then a name in capitals between commas: an
    individual introduced, not a count of one.
    """
    o_end = index.folded.offset(end)
    original = index.folded.original
    return _APPOSED_NAME.match(original, o_end, o_end + _APPOSED_CHARS) is not None


# ", Daniel Kariuki," after the noun: two to four capitalised words between commas
_APPOSED_NAME = re.compile(
    r"[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?,"  # the noun: "brewer,"
    r"[ \t]+[A-ZÀ-ÞА-ЯЁ][\w'-]+(?:[ \t]+[A-ZÀ-ÞА-ЯЁ][\w'-]+){1,3}[ \t]*,"  # " Daniel Kariuki,"
)
_APPOSED_CHARS = 60


# The most speakers a figure counts: "two officials", "three doctors" ("300 fighters
# said" is a count, whatever follows).
_FEW = 12
_SPEAKER_NOUN = re.compile(r"[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]+")
_SPEAKER_NOUN_CHARS = 40
_DIGIT = re.compile(r"\d")
# what ends the clause before an attribution that follows what it attributes
_CLAUSE_MARKS = frozenset(",،—–-")
# How far after the verb of a figure's people the figure they report is looked for.
_SAID_REACH = 120


def _away(subject: str | None, places: tuple[str, ...]) -> bool:
    """Whether a claim's people are foreigners where it places them.

    Its subject names a group with a country, and no place of the claim lies
    in that country ("436 Egyptians were evacuated from Khartoum"; with no
    place, the group alone), or a group of foreigners of no one country.
    """
    known = canon()
    group = known.group_in(subject)
    if group is None:
        return False
    country = known.countries.get(group)
    if country is None:
        while group is not None and group != _FOREIGNERS:
            group = known.group_parents.get(group)
        return group == _FOREIGNERS
    home = frozenset((country,))
    return not any(known.place_within(p, home) for p in places)


_FOREIGNERS = "foreign nationals"


def _of_the_measured(index: Index, np: NounPhrase, end: int) -> bool:
    """Whether a figure is a part of a toll named after it: "140 of the injured".

    With a determiner only: "hundreds of dead civilians" counts them all.
    """
    if not part_of_the_measured(index, np):
        return False
    know = index.know
    between = index.ftext[end : np.of_word].split()
    if know.lex.grammar.partitive_definite and between and between[-1] in know.definite:
        return True  # "ثلاثة من المصابين": the article glued to the noun
    return any(w in know.determiners for w in between)


def _kin_of_someone(index: Index, np: NounPhrase, start: int) -> bool:
    """Whether a figure counts someone's family: "lost two sons", "his three brothers".

    A noun of subjects.toml [kin] after the figure, and a word of
    [kin_before] (a possessive, a verb of loss) right before it: "Three
    brothers were killed" alone may be the whole toll.
    """
    subjects = index.know.lex.subjects
    if np.head is None or np.head not in subjects.kin:
        return False
    words = _WORD.findall(index.ftext, max(0, start - _KIN_REACH), start)
    return bool(words) and words[-1] in subjects.kin_before


# How far before a figure (in characters) the possessor of a family counted is read.
_KIN_REACH = 24


def _of_the_people(index: Index, np: NounPhrase, end: int) -> bool:
    """Whether a figure is a part of a group named after it: "15 of its residents".

    A partitive, a determiner and a noun of people: a part of that group, as
    "140 of the injured" is of a toll (:func:`_of_the_measured`).
    """
    if np.of_word < 0 or np.head == PART_OF_GROUP:
        return False
    between = index.ftext[end : np.of_word].split()
    if not any(w in index.know.determiners for w in between):
        return False
    word = _WORD.match(index.ftext, np.of_word)
    return word is not None and any(
        f in index.know.people for f in forms(word.group(), index.know.lex.prefixes)
    )


def _whole(found: Found) -> bool:
    """Whether a figure's bounds are whole numbers, as a count of people's are."""
    return found.low % 1 == 0 and found.high % 1 == 0


def _named_before(index: Index, counted: dict[int, str], line: int) -> str | None:
    """The last group counted in a figure's paragraph, or else in the paragraph before."""
    here = counted.get(line)
    if here is not None:
        return here
    before = _paragraph_before(index, line)
    return counted.get(before) if before is not None else None


# The longest quote a claim of a page without full stops carries, in
# characters: longer than any clause of prose (the longest sentence of the
# fixtures and the development set is under 400).
_QUOTE_CHARS = 600
_QUOTE_REACH = _QUOTE_CHARS // 2


def _in_long_sentence(index: Index, start: int) -> bool:
    s_start, s_end = index.sentence(start)
    return s_end - s_start > LONG_SENTENCE


def _quoted(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The part of ``[lo, hi)`` a quote of the figure at ``[start, end)`` holds.

    ``_QUOTE_REACH`` characters either side of the figure at most, cut at a
    space so that no word is split.
    """
    if start - lo > _QUOTE_REACH:
        cut = start - _QUOTE_REACH
        space = text.find(" ", cut, start)
        lo = space + 1 if space >= 0 else cut
    if hi - end > _QUOTE_REACH:
        cut = end + _QUOTE_REACH
        space = text.rfind(" ", end, cut)
        hi = space if space >= 0 else cut
    return lo, hi


def _people_unit(index: Index, start: int, end: int, clause: tuple[int, int]) -> str:
    """``"people"``, or a rate of them when the clause says so: "2,000 people a year".

    The rate may stand after the figure or just before it ("Each year, 2,000
    die", "ежегодно гибнут 2 тыс."). A rate is no count of one event:
    "people per year" meets no toll.
    """
    pattern = index.know.rate_re
    if pattern is None or not index.occurs(pattern):
        return "people"
    lo, hi = clause
    text = index.ftext
    m = index.search(pattern, end, min(hi, end + _RATE_REACH))
    if m is None:
        # a page without full stops finds the matches of its sentence once
        found = index.matches(pattern, max(lo, start - _RATE_BEFORE_REACH), start)
        m = found[-1] if found else None
    if m is None:
        return "people"
    grammar = index.know.lex.grammar
    before = word_before(text, m.start(), lo)
    if before is not None and before[0] in grammar.not_rate_before:
        return "people"  # "the worst in a year", "for more than a year"
    return f"people per {grammar.rates[' '.join(m.group('w').split())]}"


# How far after a figure its rate is read: "2,000 people die on the roads each year".
_RATE_REACH = 60
_RATE_BEFORE_REACH = 30


def _claim(
    index: Index,
    found: Found,
    previous_subject: dict[int, str],
    previous_measure: dict[int, str],
    previous_figure: dict[int, _Figure],
    *,
    counted: dict[int, str],
    item: tuple[int, dict[int, int]],
    if_returned: dict[int, tuple[str, ...]],
    by_noun: dict[tuple[int, str], str],
    parts: dict[int, int],
    settled: dict[int, str],
) -> Claim | None:
    start, end = found.start, found.end
    # the sentence as far as the figure reads it: all of a real one, a bounded
    # stretch of a flattened page that has no full stops
    sentence = index.window(start, end)
    s_start, s_end = sentence
    reason = not_count_reason(index, found)
    year = found.year or reason == "year"
    if year:
        # a bare "2100" is a year unless it is the next item of a list of
        # people counted ("روسيا بـ2400 مقاتل، ثم تركيا بـ2100") or a table row
        # ("France 1700" under "the number of foreign fighters")
        if reason not in (None, "year") or not (
            _listed_year(index, previous_figure.get(s_start), start, end)
            or table_measure(index, start) is not None
            # "the death toll rose to 2012", "بلغ عدد القتلى 2000"
            or values_a_tally(index, start, s_start)
        ):
            return None
        index.count_too(start, end)  # no time of its own or of the figures around it
    elif reason is not None:
        return None
    if found.qualifier is Qualifier.EXACT and index.know.verb_bound_re is not None:
        found = _bounded_by_verb(index, found, s_start)
    boundary = index.search(index.know.clause_re, end, s_end)
    clause_end = boundary.start() if boundary else s_end
    boundaries = index.matches(index.know.clause_re, s_start, start)
    clause_start = boundaries[-1].end() if boundaries else s_start
    clause = (clause_start, clause_end)
    np = noun_phrase(index, end, clause_end, index.ftext[start:end])
    if (
        np.not_count is not None
        or (
            found.high is not None
            and found.high <= _FEW
            and _counts_its_speakers(index, start, end, sentence)
        )
        or (
            found.low == found.high == 1
            and (_named_one(index, end) or _not_one(index, start, end) or _ranked(index, end))
        )
    ):
        return None
    o_start, o_end = index.folded.span(start, end)
    if o_start > 0 and index.folded.original[o_start - 1] in "$€£":
        np.unit = {"$": "USD", "€": "EUR", "£": "GBP"}[index.folded.original[o_start - 1]]
        np.people = False
    elif found.unit is not None and np.unit is None:
        # "نحو 110 كيلومترات": the unit the quantity states itself counts no one
        np.unit = found.unit
        np.people = False
    before = previous_figure.get(s_start)
    # a page without full stops reads the words before a figure once for both questions
    words_before = _words_before(index, start) if index.long_sentences else None
    # "eight women and children, out of 1,400": the whole is not the part's group
    whole = words_before[1] if words_before is not None else _a_whole_before(index, start)
    whole_of_part = np.unit is None and (whole or _whole_of_a_part(index, start))
    if whole_of_part:
        # "Twelve of the 40 miners were killed": the verb tells of the twelve;
        # the whole counts what its own words say ("of the 40 injured")
        measure = _measure_of_a_whole(index, end, np.end)
    else:
        measure = read_measure(
            index,
            start,
            end,
            np,
            clause,
            near_only=np.unit is not None,
            # "1.34 million were forced to leave, and 820,000 have not returned": still displaced
            denied=before[1] if before is not None else None,
        )
    if measure is None and np.head is None and np.unit is None and np.of_word >= 0:
        # "Eight of the 40 killed were children": a part of a whole counts as it does
        measure = _measure_of_a_part_of(index, np.of_word, clause)
    if measure is not None and _bodies_recovered(index, start, end, clause):
        measure = _RECOVERED
    if before is not None and before[1] is not None and _replaced_before(index, start, s_start):
        # "34 had died, up from the 31 he announced ... after more bodies were
        # identified": the figure replaced counts what the one replacing it counts
        measure = before[1]
    line = index.paragraph_start(start)
    if np.head is not None and np.head != PART_OF_GROUP:
        if measure is None:
            # "rose to 112 cases, up from 74 cases": one noun in one sentence counts alike
            measure = by_noun.get((s_start, np.head))
        elif not np.people:
            by_noun.setdefault((s_start, np.head), measure)
    if measure is None and np.head == PART_OF_GROUP:
        # "Twenty-four of them come from ...": a part of the group counted
        # before, in the same paragraph, counted the same way
        measure = previous_measure.get(line)
        last = previous_figure.get(_LAST_PEOPLE)
        if measure is None and last is not None and 0 < start - last[0] <= _GROUP_REACH:
            # "... children who had been held, 24 of them from ...": a part of
            # the group counted just before, once its measure is known
            number, items = item
            items[number] = last[2]
    gapped = (
        measure is None
        and not np.people
        and np.unit is None
        and np.head is None
        and _gapped(index, previous_figure.get(s_start), start, _ELLIPSIS_REACH)
    )
    if gapped:
        # "..., then Turkey with 2,100": the noun and measure of the item before
        measure = previous_figure[s_start][1]
        number, items = item
        items[number] = previous_figure[s_start][2]
    tabled = (
        measure is None
        and not np.people
        and np.unit is None
        and np.head is None
        and (measure := table_measure(index, start)) is not None
    )
    if tabled and np.subject is None:
        np.subject = row_group(index, start)
    if not (gapped or tabled or np.unit) and (np.head is None or np.head in index.know.generic):
        # "the real number of returnees ... We estimate it at around 300"; "arrested
        # 270 protesters, a group said, though the ministry put the number at 150":
        # what the number valued counts, not a measure word of another figure
        measure = referred_measure(index, start, previous_measure.get(line)) or measure
    if measure is None and not (np.people or gapped or tabled) and np.unit is None:
        # "women who had been held, 40 from Kazakhstan": with nothing else
        # said of it, the figure counts as the group its list breaks down
        measure = read_measure(index, start, end, np, clause, of_group=True)
    people = np.people or (np.unit is None and measure is not None) or gapped or tabled
    if not people and np.unit is None:
        return None
    if people and np.unit is None and not _whole(found):
        # "магнитудой 6,3", "a 6.3 quake": no count of people has a fraction
        # ("1.5 million" is read whole, its scale applied)
        return None
    if people:
        previous_figure[s_start] = previous_figure[_LAST_PEOPLE] = (end, measure, item[0])
    if people and measure is not None:
        previous_measure[line] = measure
    paragraph = index.sentence(start)[0]  # a subject carries over within its sentence only
    # "of whom 12 were women and five children": the next item of a list of
    # parts is a part as well
    part_before = parts.get(s_start)
    said_part = people and (
        _said_a_part(index, start, end, words_before)
        or (part_before is not None and _gapped(index, (part_before, None, 0), start))
        or _alone(index, (start, end), clause_end, before[0] if before is not None else s_start)
        or _among_after(index, end, clause_end)
    )
    if said_part and _other_measure_before(index, before, (start, end), measure, words_before):
        # "19 were killed and 43 others injured": the others are not more of
        # the killed; the 43 count the injured whole
        said_part = False
    subject = (
        read_subject(
            index,
            start,
            np,
            sentence,
            sentence_prev=None if whole else previous_subject.get(paragraph),
            discourse_prev=None if whole else previous_subject.get(-1 - line),
            named_before=_named_before(index, counted, line),
            measure=measure,
        )
        if people
        else None
    )
    if people and whole and subject is None:
        subject = _whole_of(previous_subject.get(paragraph))
    if subject:
        previous_subject[paragraph] = subject
        if not subject.startswith("part of ") and (
            said_part
            or np.head == PART_OF_GROUP
            or _of_the_people(index, np, end)
            or _of_the_measured(index, np, end)
        ):
            # "another 3,000 residents", "Six of them", "15 of its residents",
            # "323 of the dead were Egyptians": a part
            subject = f"part of {subject}"
        # the paragraph's last subject, for "Twelve of them" in a later sentence
        # (keyed apart from sentence starts, which are never negative); not a
        # part of the figure just before it: "31 passengers, including 11
        # children. Six of them ...": the six are of the passengers
        if not (said_part and before is not None):
            previous_subject[-1 - line] = subject
        if measure is None and np.people and not whole_of_part:
            # "Дети будут доставлены ... Трое детей — из Чечни": what befell the
            # group the figure names itself (a group carried over may be a part's)
            measure = measure_of_group(index, start, subject.removeprefix("part of "))
            if (
                measure is None
                and before is not None
                and _gapped(index, before, start)
                # "12 bodies, adding that 300 volunteers": a clause of its own is no item
                and index.search(index.know.clause_re, before[0], start) is None
            ):
                # "24 of them from Dagestan and two children from Penza": the
                # next item of a list of people, counted as the item before
                number, items = item
                items[number] = before[2]
    elif people and (said_part or _of_the_measured(index, np, end) or np.head == PART_OF_GROUP):
        # "responsibility for only 40 of the deaths", "treating 140 of the
        # injured", "nine of them": a part of a toll whose people are not
        # named; a part of whoever the whole counts
        subject = _PART_OF_UNNAMED
    if people and _kin_of_someone(index, np, start):
        # "a farmer who lost two sons": someone's family, a part of any toll
        subject = _PART_OF_UNNAMED
    if subject is not None and subject.startswith("part of "):
        parts[s_start] = end
    places = read_places(
        index,
        start,
        np,
        clause,
        sentence,
        remember=people,
        measure=measure,
        earlier=before[0] if before is not None and before[0] >= clause[0] else None,
    )
    moved = canon().at_home.get(measure) if people and measure is not None else None
    if subject and subject.startswith("part of ") and before and before[1] == measure:
        # "436 Egyptians evacuated, among them 27 students", "4,500 residents
        # evacuated, 1,100 of them children": a part moved as its whole was
        measure = settled.get(s_start, measure)
    elif moved is not None and not _away(subject, places):
        # "1,200 residents were evacuated": moved within their own country
        measure = moved
    if people and measure is not None:
        settled[s_start] = measure
    if people:
        subject = from_home(index, sentence, subject, measure, places, start=start)
        if subject and not subject.startswith("part of "):
            counted[line] = subject
    if people and measure is None:
        # the measure may come from the same figure stated elsewhere
        # (_measures_of_repeated_figures): if a return, its places are a return's
        returned = read_places(index, start, np, clause, sentence, measure=RETURNS)
        if returned != places:
            if_returned[item[0]] = away_from_home(returned, subject, RETURNS)
    # the claim's span is the one that counts: the quantity carries none
    relative = read_relative(index, sentence, end)
    # a quantity without its span is a value: the same figure written the same
    # way (a repeated row, a recurring phrase) is one immutable Quantity
    o_text = index.folded.original[o_start:o_end]
    quantity = (
        to_quantity(index.folded, found, with_span=False, relative=relative)
        if not index.long_sentences
        else index.read(
            # the bounds as written out: equal decimals may differ in exponent ("3E+6")
            (
                "quantity",
                o_text,
                str(found.low),
                str(found.high),
                # enums by their values: hashing a member is a Python call
                found.qualifier.value,
                None if found.direction is None else found.direction.value,
                found.unit,
                relative,
            ),
            lambda: to_quantity(index.folded, found, with_span=False, relative=relative),
        )
    )
    if clause_end - clause_start > _QUOTE_CHARS and _in_long_sentence(index, start):
        # a page with no full stops: its "clause" may be a window of a thousand
        # characters, no clause a reader could check against (a sentence of
        # prose, however long, is quoted whole)
        clause_start, clause_end = _quoted(index.ftext, clause_start, clause_end, start, end)
    q_start, q_end = index.folded.span(clause_start, clause_end)
    quote = index.folded.original[q_start:q_end].strip(' \t\n,.;:-—"“”')
    return Claim._built(  # checked as Claim() checks, more cheaply
        document=index.doc.id,
        span=Span._built(o_start, o_end),
        quantity=quantity,
        quote=quote,
        measure=measure,
        unit=_people_unit(index, start, end, clause) if people else (np.unit or "items"),
        subject=subject,
        places=away_from_home(places, subject, measure),
        as_of=read_as_of(index, start, end, sentence, clause),
        speaker=read_speaker(index, start, end, sentence),
        outlet=index.doc.outlet,
        lang=index.know.lex.code,
    )
