"""The relation rules: small pure functions, tried in order, the first that answers decides.

:data:`CHECKS` is the default tuple. Each rule takes two claims' evidence and
the context and returns a :class:`~reconcile.Relation` or ``None``. A rule
sees only pairs whose scopes are comparable (same measure and unit, related
subject and places), unless it is marked with :func:`any_scope`, as
:func:`translated` is: a translation may name the same figure with another
verb. Pass your own tuple as ``checks=`` to change or extend the rules.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TypeVar

from ..errors import UnsupportedLanguageError
from ..extraction.knowledge import knowledge
from ..lang import available_languages, canon, grammar_words, lexicon
from ..model import Claim, Qualifier, Quantity, Relation, RelationKind, Tolerance
from ..names import same_source
from ..scope import NESTED, Nesting, Scope, measure_relation, place_relation, subject_relation
from ..text import fold
from .evidence import Check, Context, Evidence, comparable, ordered
from .reasons import (
    agreeing,
    explained,
    falling,
    incompatible_values,
    refining,
    stock_undated,
    undated,
)

__all__ = [
    "CHECKS",
    "any_scope",
    "between_questions",
    "compatible",
    "disputed_in_one_sentence",
    "if_apart",
    "if_overlapping",
    "if_question",
    "incompatible",
    "measures_of_one_family",
    "nested_scopes",
    "one_document_unknown_subject",
    "one_sentence",
    "over_time",
    "part_of_an_unknown",
    "repeats",
    "stock_with_a_period_unknown",
    "too_little_known",
    "translated",
    "two_parts",
    "unknown_period",
]

_C = TypeVar("_C", bound=Check)


def any_scope(check: _C) -> _C:
    """Mark a rule as one that sees every pair, comparable scopes or not."""
    check.any_scope = True  # type: ignore[attr-defined]
    return check


def between_questions(check: _C) -> _C:
    """Mark a rule that answers ``None`` for every two claims of one question.

    One question: the same measure (known), unit, subject and places, as
    written. Most pairs are such; the relation stage does not call a rule so
    marked for them (a million calls that could only answer ``None``).
    A rule that comes to answer such a pair must lose the mark;
    ``tests/unit/test_checks_marks.py`` tries each marked rule on pairs of one question.
    """
    check.between_questions = True  # type: ignore[attr-defined]
    return check


def if_overlapping(check: _C) -> _C:
    """Mark a rule that answers ``None`` whenever the two intervals share no value.

    The relation stage tests the two intervals once per pair and calls a rule
    so marked only for pairs whose intervals overlap (about half of a
    million pairs), and one marked :func:`if_apart` only for the others.
    A rule that comes to answer otherwise must lose the mark;
    ``tests/unit/test_checks_marks.py`` tries each marked rule.
    """
    check.if_overlapping = True  # type: ignore[attr-defined]
    return check


def if_question(test: Callable[[Evidence], bool]) -> Callable[[_C], _C]:
    """Mark a rule that answers ``None`` for two claims of one question failing ``test``.

    One question: the same measure (known), unit, subject and places, as
    written. ``test`` reads only those, so any claim of a question answers
    for all of it: the relation stage tests each question once, and calls the
    rule for none of the pairs of a question that fails (millions of calls
    that could only answer ``None``). ``tests/unit/test_checks_marks.py``
    tries each marked rule on pairs of one question.
    """

    def mark(check: _C) -> _C:
        check.if_question = test  # type: ignore[attr-defined]
        return check

    return mark


def if_apart(check: _C) -> _C:
    """Mark a rule that answers ``None`` whenever the two intervals overlap.

    The converse of :func:`if_overlapping`, and checked by the same test.
    """
    check.if_apart = True  # type: ignore[attr-defined]
    return check


# ---------------------------------------------------------------------------
# the checks


@if_overlapping
def repeats(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """One statement restated: in one document, by one origin, by one speaker, or in one sentence.

    Two claims are one voice when their values can both hold and they come
    from the same document (a headline and its body), from documents of one
    origin (a translation, a syndicated copy), from the same speaker in any
    language or spelling, or state the same bounds at the same time with no
    speaker named (one figure relayed). Different kinds of count (those who
    joined and those still fighting) repeat only with the same bounds. The
    same speaker giving another figure at a clearly later date revises it.
    """
    if not a.interval.overlaps(b.interval):
        return None
    ca, cb = a.claim, b.claim
    qa, qb = ca.quantity, cb.quantity
    same_bounds = (qa.low, qa.high) == (qb.low, qb.high)
    ranges = _range(qa) and _range(qb)
    # "more than 2,900" and "2,900", "up to 11,000" and "9,000 to 11,000":
    # the same figure, stated with another qualifier; two ranges state both
    # bounds, and are one figure only with both ("9,000 to 10,000" is not
    # "9,000 to 11,000" restated)
    same_figure = same_bounds or (
        not ranges and (_figure(qa) == _figure(qb) or (qa.high is not None and qa.high == qb.high))
    )
    if not same_figure and (
        measure_relation(a.scope, b.scope) is not Nesting.SAME
        or subject_relation(a.scope, b.scope) in NESTED
        or _places_apart_or_within(a.scope, b.scope)
    ):
        # a part and its whole, or two kinds of count, that happen to agree: "820
        # dead in Morocco" and the next day "1,293 in Al Haouz" from one ministry
        # is no revision of its count
        return None
    same_words = bool(ca.quote) and ca.quote == cb.quote
    same_speaker = _same_speaker(ca, cb)
    relayed = same_figure and (ca.speaker is None or cb.speaker is None) and _close(a, b)
    # in one document, two named speakers remain two voices unless they give the same bounds
    # without one speaker, only figures that differ by rounding at most are one statement
    close = same_figure or (_close_ranges(qa, qb) if ranges else _close_figures(qa, qb))
    one_document = (
        ca.document == cb.document
        and (same_bounds or same_speaker or (close and (ca.speaker is None or cb.speaker is None)))
        # "since 2015, when 20 hostages died" beside today's "at least 18": two events
        and (same_bounds or not _years_apart(a, b))
    )
    one_origin = ca.document != cb.document and a.origin == b.origin and (close or same_speaker)
    if not (same_words or one_document or one_origin or same_speaker or relayed):
        return None
    first, second = ordered(a, b)
    if same_speaker and not same_figure and _apart(a, b):
        why = "the same source gives another figure at a later date: it revises its own count"
        return explained(RelationKind.UPDATES, first, second, why)
    if (
        same_speaker
        and not same_figure
        and not ranges  # (two ranges of one source: which bound is wrong, below)
        and _later_day(a, b)
        and not _rounded(qa, qb)
    ):
        # "at least 40" on Saturday, 45 on Sunday: no rounding (neither is
        # approximate), so the source's new figure replaces its old one
        why = "the same source gives another figure on a later day: it revised its own count"
        return explained(RelationKind.UPDATES, first, second, why)
    if same_speaker and not close:
        # "825,000" and later "839,000" from one agency: neither rounds the other;
        # in one report, "at least 18 dead" in its headline and "raised its toll
        # to 23" in its body
        where = "in two reports" if ca.document != cb.document else "in one report"
        why = (
            f"the same source gives two figures {where}, neither a rounding "
            "of the other: it revised its own count"
        )
        if ranges:
            why = (
                "the same source's range is given with other bounds in two reports: "
                "one of them misstates it, or the source revised it"
            )
        return explained(RelationKind.UPDATES, first, second, why)
    if ca.document == cb.document:
        why = "the same figure stated twice in one document (headline, caption or body)"
    elif same_words and a.origin != b.origin:
        why = "the same sentence in two documents: a copy, not independent support"
    elif one_origin:
        why = "documents of one origin (translation or syndication): not independent support"
    elif same_speaker:
        why = "the same speaker's figure reported twice: one voice, not independent support"
    else:
        why = "the same figure at the same time with no source named: one statement relayed"
    return explained(RelationKind.REPEATS, first, second, why)


def _places_apart_or_within(a: Scope, b: Scope) -> bool:
    """Whether two scopes' places overlap, or one's lie inside the other's.

    Inside: a province within its country ("Al Haouz" within "Morocco"), a
    part of the place. One of several places named together ("Syria" beside
    "Syria, Iraq") is not: reports name one or both for one count.
    """
    relation = place_relation(a, b)
    if relation is Nesting.NARROWER:
        return bool(a.places - b.places)
    if relation is Nesting.WIDER:
        return bool(b.places - a.places)
    return relation is Nesting.OVERLAP


def _figure(q: Quantity) -> float | None:
    """The one figure a quantity states: its lower bound, or its upper one when open below."""
    return q.low if q.low is not None else q.high


def _range(q: Quantity) -> bool:
    """Whether a quantity states both bounds of a range ("between 50 and 80")."""
    return q.qualifier is Qualifier.RANGE and q.low is not None and q.high is not None


def _close_ranges(a: Quantity, b: Quantity) -> bool:
    """Whether two ranges have the same bounds to the precision they are stated in.

    "between 9,000 and 11,000" is stated to the thousand: "9,000 to 10,000"
    differs from it by a whole unit of that precision, while "9 to 11
    thousand" is the same range.
    """
    if a.low is None or a.high is None or b.low is None or b.high is None:
        return False
    unit = min(_unit(x) for x in (a.low, a.high, b.low, b.high))
    return abs(a.low - b.low) < unit and abs(a.high - b.high) < unit


def _unit(x: float) -> float:
    """The place of a figure's last non-zero digit: 1,000 for 9,000; 1 for 970.5."""
    if x != int(x) or x <= 0:
        return 1.0
    unit, rest = 1, int(x)
    while rest % 10 == 0:
        unit, rest = unit * 10, rest // 10
    return float(unit)


_ROUNDING = 0.2
"""Two figures within this share of the larger may be one figure rounded ("nearly 2,000"
for "about 1,700" in a headline)."""


def _close_figures(a: Quantity, b: Quantity) -> bool:
    """Whether one figure is the other rounded: near, and the rounder one's nearest round value.

    "nearly 2,000" rounds "about 1,700" and "some 2,100" rounds "2,117";
    "825,000" and "839,000" are stated to the same thousand and differ: two counts.
    """
    x, y = _figure(a), _figure(b)
    if x is None or y is None or abs(x - y) > _ROUNDING * max(x, y):
        return False
    return _rounds_to(x, y) or _rounds_to(y, x)


def _rounds_to(x: float, y: float) -> bool:
    """Whether ``y`` is ``x`` rounded to the last non-zero digit of ``y``."""
    if y != int(y) or y <= 0:
        return x == y
    unit, rest = 1, int(y)
    while rest % 10 == 0:
        unit, rest = unit * 10, rest // 10
    return abs(x - y) * 2 <= unit


_RELAYED_DAYS = 7
"""Two unattributed figures with the same bounds this close in time are read as one statement."""


def _close(a: Evidence, b: Evidence) -> bool:
    pa, pb = a.scope.period, b.scope.period
    return pa is None or pb is None or pa.gap(pb) <= _RELAYED_DAYS


def _days_apart(a: Evidence, b: Evidence) -> int:
    """The days between two claims' periods; 0 when they meet or one is undated."""
    pa, pb = a.scope.period, b.scope.period
    return pa.gap(pb) if pa is not None and pb is not None else 0


def _years_apart(a: Evidence, b: Evidence) -> bool:
    """Whether two claims are dated a year or more apart: the toll of an earlier event."""
    return _days_apart(a, b) >= _YEAR_DAYS


_YEAR_DAYS = 365


def _later_day(a: Evidence, b: Evidence) -> bool:
    """Whether two claims hold on different days, one wholly after the other."""
    return _days_apart(a, b) > 0


def _rounded(a: Quantity, b: Quantity) -> bool:
    """Whether either figure is stated as approximate, so one may round the other."""
    return Qualifier.APPROX in (a.qualifier, b.qualifier)


def _apart(a: Evidence, b: Evidence) -> bool:
    return _days_apart(a, b) > _RELAYED_DAYS


def _two_sources_two_days(
    a: Evidence, b: Evidence, context: Context, *, same_day: bool = False
) -> bool:
    """Whether two named sources that are not one gave one measure on two close days.

    Close: within one window (``context.window_days``), the days of one news
    story; a figure from long before is the story's background instead. One
    measure: two verbs of a family ("killed", "died") in one story more often
    tell two events apart than restate one count. With ``same_day``, one day
    will do, and so will two measures of one kind: two sources that give one
    day's toll in two verbs are disputing it.
    """
    sa, sb = a.claim.speaker, b.claim.speaker
    pa, pb = a.scope.period, b.scope.period
    return (
        # (one day, two sources: "had died" and "were killed" are one toll disputed)
        (a.scope.measure == b.scope.measure or (same_day and a.scope.kind == b.scope.kind))
        and sa is not None
        and sb is not None
        and not same_source(sa, sb)
        and pa is not None
        and pb is not None
        and (same_day or pa != pb)
        and pa.gap(pb) <= context.window_days
    )


def _same_speaker(a: Claim, b: Claim) -> bool:
    return a.speaker is not None and b.speaker is not None and same_source(a.speaker, b.speaker)


@between_questions
def measures_of_one_family(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Two kinds of one family: a plan and an outcome, or a count bounded by another.

    Those still fighting can never outnumber those who ever joined, for the
    same people and place, at the same time or later (``at_most`` in
    ``canon/measures.toml``): a figure that does is a contradiction.
    Otherwise the two count different things about the same people.
    """
    if measure_relation(a.scope, b.scope) is not Nesting.OVERLAP:
        return None
    ka, kb = a.scope.kind, b.scope.kind
    assert ka is not None
    assert kb is not None
    first, second = ordered(a, b)
    if "plan" in (ka.behaviour, kb.behaviour):
        why = f"a plan and an outcome ({ka.name}, {kb.name}): not a contradiction"
        return explained(RelationKind.SCOPE_DIFFERS, first, second, why)
    for part, whole in ((a, b), (b, a)):
        if part.scope.kind.at_most != whole.scope.kind.name:  # type: ignore[union-attr]
            continue
        if _a_part(whole.claim):
            continue  # "three more were killed": a part of the dead bounds no other count
        subjects = subject_relation(part.scope, whole.scope)
        within = {subjects, place_relation(part.scope, whole.scope)}
        pp, pw = part.scope.period, whole.scope.period
        later_whole = pp is None or pw is None or not pw.is_before(pp)
        # with who was counted unknown on one side, two kinds of count do not bound each other
        if (
            subjects is not Nesting.UNKNOWN
            and within <= _INSIDE
            and later_whole
            and part.interval.low > whole.interval.high
        ):
            why = (
                f"{part.claim.measure} cannot outnumber {whole.claim.measure} "
                "for the same people and place"
            )
            return explained(RelationKind.CONTRADICTS, whole, part, why)
    # a stock bounded by a total that only grows: those fighting now and those
    # who ever joined are one population seen twice, so that a later figure of
    # either revises the picture; the critical are only a part of those in
    # hospital, and the bodies recovered a part of the dead: a later count of
    # the one revises nothing about the other
    bounded = any(
        part.at_most == whole.name and whole.cumulative and not part.cumulative
        for part, whole in ((ka, kb), (kb, ka))
    )
    pa, pb = first.scope.period, second.scope.period
    # a revision only of the very same people: a part ("21 students") revises nothing
    places = place_relation(a.scope, b.scope)
    # missing is not different: a place unknown on one side ("2,400 are fighting",
    # said of no place) does not make other people of the very same group
    same_people = subject_relation(a.scope, b.scope) is Nesting.SAME and (
        places in _AREAS or places is Nesting.UNKNOWN
    )
    if bounded and same_people and pa is not None and pb is not None and pa.is_before(pb):
        # "around 200 are fighting" (2015), then "up to 1,000 have joined" (2016):
        # a later figure for those who went revises the earlier picture
        unknown = "; the place is unknown for one" if places is Nesting.UNKNOWN else ""
        why = (
            f"a later figure for the same people ({second.scope.kind.name} after "  # type: ignore[union-attr]
            f"{first.scope.kind.name}) revises the earlier one{unknown}"  # type: ignore[union-attr]
        )
        return explained(RelationKind.UPDATES, first, second, why)
    told = _told_earlier(a, b) if bounded and same_people else None
    if told is not None:
        # "about 4,500 have gone (2017); earlier statements spoke of 2,900 fighting":
        # the document itself places the undated figure before its own
        later = b if told is a else a
        why = (
            f"a later figure for the same people ({later.scope.kind.name} after "  # type: ignore[union-attr]
            f"{told.scope.kind.name}) revises the one its document gives "  # type: ignore[union-attr]
            "as stated earlier"
        )
        return explained(RelationKind.UPDATES, told, later, why)
    revision = a if a.claim.quantity.relative is not None else b
    if bounded and same_people and revision.claim.quantity.relative is not None:
        # "up to 1,000 have joined, doubling the figure given before": a stated revision
        earlier = b if revision is a else a
        said = revision.claim.quantity.relative.text
        why = f"stated as a revision of the earlier figure: {said!r}"
        return explained(RelationKind.UPDATES, earlier, revision, why)
    why = f"two different counts of the same people: {ka.name} and {kb.name}"
    return explained(RelationKind.SCOPE_DIFFERS, first, second, why)


def _told_earlier(a: Evidence, b: Evidence) -> Evidence | None:
    """The one of two figures of one document its own sentence gives as stated earlier.

    "Earlier statements spoke of 2,900" (``grammar.toml [earlier]``): the
    figure is older than those its document states now. Only an undated
    figure, in a sentence of its own (a sentence holding both figures names
    neither as the earlier); a date, when there is one, decides instead.
    """
    ca, cb = a.claim, b.claim
    if ca.document != cb.document or ca.quote == cb.quote:
        return None
    said_a = a.scope.period is None and _says_earlier(ca.quote)
    said_b = b.scope.period is None and _says_earlier(cb.quote)
    if said_a == said_b:
        return None
    return a if said_a else b


def _opened_as_earlier(a: Evidence, b: Evidence) -> Evidence | None:
    """The one of two figures whose sentence opens by reporting what was said earlier.

    Only when the other's does not and is dated no earlier (grammar.toml
    [earlier_openers]: "Earlier, ...", "Ранее ..."), and not a higher figure
    of a count that only grows: that stays a contradiction.
    """
    said_a, said_b = _opens_earlier(a.claim.quote), _opens_earlier(b.claim.quote)
    if said_a == said_b:
        return None
    told, other = (a, b) if said_a else (b, a)
    pt, po = told.scope.period, other.scope.period
    if pt is not None and po is not None and po.is_before(pt):
        return None
    if told.scope.cumulative and told.interval.low > other.interval.high:
        return None  # a toll that only grows does not fall from an earlier figure
    return told


@functools.lru_cache(maxsize=4096)
def _opens_earlier(quote: str) -> bool:
    text = fold(quote)
    found = grammar_words("earlier_openers").search(text, 0, _OPENER_CHARS)
    return found is not None and not text[: found.start()].strip(_OPENER_PUNCTUATION)


# How far into a quote its opening word is looked for, and what may stand before it.
_OPENER_CHARS = 24
_OPENER_PUNCTUATION = ' \t"“«„(-—'


@functools.lru_cache(maxsize=4096)
def _says_earlier(quote: str) -> bool:
    return bool(quote) and grammar_words("earlier").search(fold(quote)) is not None


_AREAS = frozenset({Nesting.SAME, Nesting.NARROWER, Nesting.WIDER})
"""Places of one count of people seen at two times: the same, or one within the other."""


_INSIDE = frozenset({Nesting.SAME, Nesting.NARROWER, Nesting.UNKNOWN})
"""How a part's subject and places may stand to its whole's."""


@between_questions
def nested_scopes(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """One scope inside the other: a part cannot count more than its whole.

    A narrower subject or place (Tajiks within Central Asians, Syria within
    Syria and Iraq) that counts more than its whole in the same period
    contradicts it, and the reason shows the arithmetic. A wider figure given
    later revises the narrower one; otherwise the two differ in scope.
    """
    sa, sb = a.scope, b.scope
    if sa.subject == sb.subject and sa.places == sb.places:
        return None  # one question (most pairs), told apart without the two relations below
    subjects, places = subject_relation(sa, sb), place_relation(sa, sb)
    if (subjects is Nesting.SAME or subjects is Nesting.UNKNOWN) and (
        places is Nesting.SAME or places is Nesting.UNKNOWN
    ):
        return None  # one question: the value rules decide
    if subjects is Nesting.UNKNOWN and (_part_of_no_one(a) or _part_of_no_one(b)):
        return None  # "1,400 others" beside a named group: part_of_an_unknown decides
    rel = {subjects, places}
    if Nesting.OVERLAP in rel:
        first, second = ordered(a, b)
        return explained(RelationKind.SCOPE_DIFFERS, first, second, "overlapping scopes")
    if rel & NESTED == {Nesting.NARROWER}:
        narrow, wide = a, b
    elif rel & NESTED == {Nesting.WIDER}:
        narrow, wide = b, a
    elif rel & NESTED:
        first, second = ordered(a, b)
        return explained(RelationKind.SCOPE_DIFFERS, first, second, "crossing scopes")
    else:
        return None
    pn, pw = narrow.scope.period, wide.scope.period
    scope = _scope_words_of(narrow, wide)
    if (
        subjects is Nesting.UNKNOWN
        and narrow.claim.subject is None
        and _names_a_group(wide)
        and narrow.interval.low > wide.interval.high
    ):
        # "27 dead in Beni Suef" beside "4 children dead in Egypt": the narrower
        # place's figure may count everyone, the wider one only a group of them
        why = f"crossing scopes: {scope}; who was counted is unknown for the narrower place"
        return explained(RelationKind.SCOPE_DIFFERS, *ordered(a, b), why)
    together = (pn is not None and pw is not None and pn.gap(pw) == 0) or (
        narrow.claim.document == wide.claim.document and pn == pw
    )
    if together and narrow.interval.low > wide.interval.high:
        why = (
            f"a part cannot count more than its whole: {narrow.claim.quantity.describe()} "
            f"> {wide.claim.quantity.describe()} ({scope})"
        )
        return explained(RelationKind.CONTRADICTS, wide, narrow, why)
    if (
        pn is not None
        and pw is not None
        and pw.is_before(pn)
        and narrow.interval.low > wide.interval.high
        and places in (Nesting.SAME, Nesting.UNKNOWN)
        and _a_role_of(narrow.scope, wide.scope)
    ):
        # the whole is at least its part: by the later date it has grown past the earlier figure
        why = (
            f"a later figure for a part exceeds the earlier figure for its whole: "
            f"{narrow.claim.quantity.describe()} > {wide.claim.quantity.describe()} ({scope}); "
            "the whole has grown since"
        )
        return explained(RelationKind.UPDATES, wide, narrow, why)
    subjects = subject_relation(narrow.scope, wide.scope)
    if subjects in NESTED:
        # a part of a group ("one of them", "students") against the group: not a revision
        return explained(
            RelationKind.SCOPE_DIFFERS, *ordered(a, b), f"a part and its whole: {scope}"
        )
    later_wider = pn is not None and pw is not None and pn.is_before(pw)
    if subjects not in (Nesting.SAME, Nesting.UNKNOWN):
        # who was counted differs: no telling a revision from another group
        return explained(RelationKind.SCOPE_DIFFERS, *ordered(a, b), f"different scopes: {scope}")
    # missing is not different: with who was counted unknown on one side, the
    # same rules hold, and the reason says what was not known
    unknown = "; who was counted is unknown for one" if subjects is Nesting.UNKNOWN else ""
    past = _another_event(*ordered(a, b))
    if past is not None:
        return past  # "in 2010, avalanches there killed 170" is no earlier total of this week's
    if later_wider:
        why = f"a later figure for a wider scope ({scope}){unknown}"
        return explained(RelationKind.UPDATES, narrow, wide, why)
    if (
        not unknown
        and wide.claim.quantity.relative is not None
        and not (pn and pw and pw.is_before(pn))
    ):
        said = wide.claim.quantity.relative.text
        why = f"the wider figure ({scope}) is stated as a revision: {said!r}"
        return explained(RelationKind.UPDATES, narrow, wide, why)
    if (
        wide.scope.cumulative
        and (pn is None or pw is None)
        and wide.interval.low >= narrow.interval.low
        and (not unknown or _clearly_a_larger_total(narrow, wide))
    ):
        why = (
            f"a count that only grows, larger over a wider scope ({scope}); "
            f"with a period unknown, read as a later total{unknown}"
        )
        return explained(RelationKind.UPDATES, narrow, wide, why)
    return explained(RelationKind.SCOPE_DIFFERS, *ordered(a, b), f"different scopes: {scope}")


def _a_role_of(part: Scope, whole: Scope) -> bool:
    """Whether ``part`` names ``whole``'s people with more roles and nothing else."""
    p, w = part.parsed, whole.parsed
    return (
        p is not None
        and w is not None
        and bool(p.groups)
        and p.groups == w.groups
        and p.details == w.details
        and p.roles > w.roles
    )


def _clearly_a_larger_total(narrow: Evidence, wide: Evidence) -> bool:
    """With one subject unknown: a wider total above the whole of a narrower one of a group.

    "21 students" (a part) or "up to 1,000" (a bound) against "hundreds" is
    no revision of one count by another.
    """
    known = narrow if narrow.scope.subject is not None else wide
    parsed = known.scope.parsed
    part = parsed is None or bool(parsed.roles) or not parsed.groups
    return not part and wide.interval.low > narrow.interval.high


def _scope_words_of(narrow: Evidence, wide: Evidence) -> str:
    """What lies within what, in a few words."""
    parts = []
    if narrow.scope.subject != wide.scope.subject and narrow.scope.subject and wide.scope.subject:
        parts.append(f"{narrow.scope.subject} within {wide.scope.subject}")
    if narrow.scope.places != wide.scope.places and narrow.scope.places and wide.scope.places:
        inner = ", ".join(sorted(narrow.scope.places))
        outer = ", ".join(sorted(wide.scope.places))
        parts.append(f"{inner} within {outer}")
    return "; ".join(parts) or "a narrower scope"


def _says_nothing(e: Evidence) -> bool:
    """Whether a claim leaves both who was counted and where unknown.

    One side without a subject and the other without places is not that:
    each knows what the other does not, and together they are compared.
    """
    return e.scope.subject is None and not e.scope.places


def _names_no_one(e: Evidence) -> bool:
    """Whether a claim's subject names no one in particular: none, or "people", "residents"."""
    parsed = e.scope.parsed
    return e.claim.subject is None or (
        parsed is not None and not (parsed.groups or parsed.roles or parsed.details)
    )


@if_apart
@if_question(_names_no_one)
def one_document_unknown_subject(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Two different figures of one document, one of them for people it does not name.

    A writer who gives "3,000 went" and later "about 1,600 are still there"
    knows they count different things, and so does a source that lists
    "6,000 ... 1,200 ... 8,000" country by country; when the text leaves one
    figure's subject unknown, a part and its whole, or two groups, is a
    likelier reading than a document contradicting itself. Not when two named
    sources gave the figures on different days of one story: the writer then
    reports one statement and a later one ("on Monday the governor said at
    least 620 had left; on Friday his deputy said 540"), not a part and its whole.
    Nor when two named sources gave them the same day and neither names its
    people: rival counts of one toll ("the mayor said at least three had died;
    the fire service put the toll at two"). Two tolls, one for a group named
    ("2,670 Palestinians" beside "1,300 people" from the other side), stay apart.
    """
    ca, cb = a.claim, b.claim
    no_a, no_b = _names_no_one(a), _names_no_one(b)
    if (
        ca.document != cb.document
        or not (no_a or no_b)
        or a.interval.overlaps(b.interval)
        or _two_sources_two_days(a, b, context, same_day=no_a and no_b)
    ):
        return None
    why = "two figures of one document, one for people it does not name: likely different scopes"
    return explained(RelationKind.SCOPE_DIFFERS, *ordered(a, b), why)


@between_questions
@if_apart
def part_of_an_unknown(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """A part of a group ("another 3,000 residents") against a figure for people not named.

    Missing is not different: the figure that names no one may be the total
    the part belongs to, so a smaller part does not contradict it. Nor does a
    larger one: a figure below a part of its group counts less than that
    group, so it cannot be its whole, and is likelier another part of it
    (those "still buried", those killed by one side) than a rival count.
    A part that names no one ("more than 1,400 others") beside a named group
    is no part of that group either: it may count anyone. Those of a narrow
    role alone ("nine women", "four children") below a figure that names no
    one are likely among them too: women and children are counted out of a
    toll.
    """
    for part, other in ((a, b), (b, a)):
        subject = part.claim.subject
        if subject is None:
            continue
        if not subject.startswith("part of "):
            if (
                other.claim.subject is None
                and _of_a_role_alone(part)
                and part.interval.high < other.interval.low
            ):
                why = "a count of a role below a figure for people not named: it may lie within it"
                return explained(RelationKind.SCOPE_DIFFERS, *ordered(a, b), why)
            if (
                (other.claim.subject is None or _of_no_group_among(other, part))
                and part.claim.document != other.claim.document
                # with a period unknown, the rules of unknown periods say more
                and part.scope.period is not None
                and other.scope.period is not None
                and _names_a_group(part)
                and part.interval.high < other.interval.low * NAMED_SHARE
            ):
                why = (
                    "a figure for people of a named origin or role, a small share of a figure "
                    "for people not named: likely a part of that toll, not a rival count"
                )
                return explained(RelationKind.SCOPE_DIFFERS, *ordered(a, b), why)
            continue
        if other.claim.subject is not None and (
            other.claim.subject == subject or not _part_of_no_one(part)
        ):
            continue
        if part.interval.high < other.interval.low:
            why = "a part of a group below a figure for people not named: it may lie within it"
            return explained(RelationKind.SCOPE_DIFFERS, *ordered(a, b), why)
        if part.interval.low > other.interval.high:
            why = (
                "a part of a group above a figure for people not named: "
                "likely another part of the group, not its whole"
            )
            return explained(RelationKind.SCOPE_DIFFERS, *ordered(a, b), why)
    return None


NAMED_SHARE = 0.5
"""A figure for people of a named origin or a narrow role below this share
of a figure for people not named ("two Russians", "nine troops" beside "at
least 18 dead") reads as a part of that toll; two counts of one group rarely
differ by half or more. A wide role ("970 civilians") may be the whole toll,
and is not read so."""


def _names_a_group(e: Evidence) -> bool:
    """Whether a claim names who its people are, short of a whole toll.

    The origin of its people ("Russian nationals", "foreigners"), or a role
    or a word that holds no other (troops, guards, attackers): not one such as
    civilians, which holds women and children (canon/subjects.toml
    [within]) and may be everyone a toll counts.
    """
    parsed = e.scope.parsed
    if parsed is None:
        return False
    if parsed.groups:
        return True
    wide = canon().wide_roles
    if any(role in wide for role in parsed.roles):
        return False
    return bool(parsed.roles or parsed.details)


def _of_no_group_among(e: Evidence, named: Evidence) -> bool:
    """Whether a claim counts the roles of a named group's claim with no group of its own.

    "30 children" beside "three Chechen children": the three may be among
    the thirty, as they may be among a figure that names no one.
    """
    mine, theirs = e.scope.parsed, named.scope.parsed
    return (
        mine is not None
        and theirs is not None
        and not mine.groups
        and bool(theirs.groups)
        and mine.roles <= theirs.roles
        and mine.details <= theirs.details
    )


def _of_a_role_alone(e: Evidence) -> bool:
    """Whether a claim counts people of a narrower role and names no group: "nine women".

    Narrower: a role within a wider one (women and children within civilians,
    canon/subjects.toml [within]); "1,400 civilians" may be a whole toll.
    """
    parsed = e.scope.parsed
    if parsed is None or parsed.groups or not parsed.roles:
        return False
    parents = canon().role_parents
    return all(role in parents for role in parsed.roles)


def _part_of_no_one(e: Evidence) -> bool:
    """Whether a claim counts a part of a whole it does not name ("1,400 others")."""
    parsed = e.scope.parsed
    return _a_part(e.claim) and parsed is not None and not parsed.groups and not parsed.roles


def _a_part(claim: Claim) -> bool:
    """Whether a claim counts a part of its group ("another 3,000": "part of residents")."""
    return claim.subject is not None and claim.subject.startswith("part of ")


@if_apart
@if_question(lambda e: _a_part(e.claim))
def two_parts(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Two parts of one group given apart ("another 3,000", "responsible for 400").

    Each says it counts only a part of its group, and neither says which:
    those killed by one side and those killed by another, an addition and an
    earlier one. Different figures for two parts are two parts, not a
    contradiction; the same figures are left to :func:`repeats`.
    """
    if not (_a_part(a.claim) and _a_part(b.claim)) or a.interval.overlaps(b.interval):
        return None
    why = "two parts of a group, each a part of it: likely different parts, not one count"
    return explained(RelationKind.SCOPE_DIFFERS, *ordered(a, b), why)


@if_apart
@if_question(_says_nothing)
def too_little_known(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Different values with neither subject nor places known on one side: no verdict.

    Missing is not different, but two unknowns leave too little to call
    differing figures a contradiction; they are reported as possibly about
    different scopes.
    """
    if a.interval.overlaps(b.interval) or not (_says_nothing(a) or _says_nothing(b)):
        return None
    why = "subject and places unknown for one of them: they may count different people"
    return explained(RelationKind.SCOPE_DIFFERS, *ordered(a, b), why)


@if_overlapping
def compatible(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Same scope, values that can both hold: one refines the other, or they agree.

    Not the toll of a past event beside today's ("the 1991 cyclone killed
    138,000" beside "at least 19 dead"): two events, whatever their figures.
    """
    if not a.interval.overlaps(b.interval):
        return None
    past = _another_event(*ordered(a, b))
    if past is not None:
        return past
    if a.interval != b.interval and a.interval.contains(b.interval):
        wide, narrow = a, b
    elif a.interval != b.interval and b.interval.contains(a.interval):
        wide, narrow = b, a
    else:
        return explained(RelationKind.AGREES, *ordered(a, b), agreeing, context.tolerance)
    return explained(RelationKind.REFINES, wide, narrow, refining, context.tolerance)


def over_time(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Incompatible values far apart in time, or given as a revision: an update.

    A count that only grows and falls over time stays a contradiction.
    """
    first, second = ordered(a, b)
    p1, p2 = first.scope.period, second.scope.period
    gap = p1.gap(p2) if p1 is not None and p2 is not None else 0
    kind = first.scope.kind
    # those in hospital, the missing: a count an emergency changes day by day
    apart = gap > (context.window_days if kind is None else kind.window(context.window_days))
    relative = a.claim.quantity.relative or b.claim.quantity.relative
    if (
        not apart
        and relative is None
        and first.scope.cumulative
        and (p1 is None or p2 is None)
        and a.claim.document != b.claim.document
    ):
        # a count that only grows, one period unknown: the larger figure is the later total
        small, large = (a, b) if a.interval.high < b.interval.low else (b, a)
        why = (
            "a count that only grows; with a period unknown, "
            "the larger figure reads as the later total"
        )
        return explained(RelationKind.UPDATES, small, large, why)
    if (
        not apart
        and relative is None
        and first.scope.cumulative
        and p1 is not None
        and p2 is not None
        and p1.is_before(p2)
        and first.interval.high < second.interval.low
    ):
        why = "a count that only grows is higher in a later period: a later total"
        return explained(RelationKind.UPDATES, first, second, why)
    if not apart and relative is None:
        return None
    if apart and relative is None:
        past = _another_event(first, second)
        if past is not None:
            return past
    if apart and first.scope.cumulative and second.interval.high < first.interval.low:
        return explained(RelationKind.CONTRADICTS, first, second, falling, context.tolerance)
    if apart:
        why = _revises_after(gap)
    else:
        assert relative is not None
        why = f"stated as a revision: {relative.text!r}"
    return explained(RelationKind.UPDATES, first, second, why)


def _another_event(first: Evidence, second: Evidence) -> Relation | None:
    """The toll of a past event beside a later one (in time order), if ``first`` is one."""
    if not (first.scope.cumulative and _a_past_event(first, second)):
        return None
    period = first.scope.period
    assert period is not None
    why = (
        f"a figure its sentence dates to {period.start.year}, told years later as a past "
        "event: the toll of another event, not an earlier total"
    )
    return explained(RelationKind.SCOPE_DIFFERS, first, second, why)


PAST_EVENT_YEARS = 2
"""A total whose own sentence names its year, this many years or more before
the other figure's, tells of a past event (see :func:`_a_past_event`)."""


def _a_past_event(first: Evidence, second: Evidence) -> bool:
    """Whether ``first`` is a past event's figure, told beside a later one.

    "In November 2000, more than 130 people died" in a report of 2026: the
    sentence names the year of its figure, years before the other figure's.
    A total that only grows does not fall from it; it is the toll of
    another event (the deadliest "since 2015, when 400 drowned").
    """
    p1, p2 = first.scope.period, second.scope.period
    if p1 is None or p2 is None or p2.start.year - p1.start.year < PAST_EVENT_YEARS:
        return False
    year = _year_re(p1.start.year)
    return year.search(first.claim.quote) is not None and year.search(second.claim.quote) is None


@functools.lru_cache(maxsize=512)
def _year_re(year: int) -> re.Pattern[str]:
    """A year as a number of its own: "2000", not the digits of "12,000" or "20001".

    Compiled once per year: ``compatible`` asks for it on pairs of millions.
    """
    return re.compile(rf"(?<![\d,.]){year}(?![\d])")


@functools.lru_cache(maxsize=4096)
def _revises_after(gap: int) -> str:
    """The reason of an update ``gap`` days later.

    A few hundred distinct gaps among millions of updates: one copy of each,
    written once rather than once per relation.
    """
    return f"a later figure ({gap} days apart) revises the earlier one"


@if_apart
def disputed_in_one_sentence(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """One sentence sets two sources' values of one count against each other: a contradiction.

    "More than 270 were arrested, a rights group said, though the ministry put
    the figure at 150": two named speakers, one measure of the same people in
    the same places, values that cannot both hold. Without two speakers, two
    figures of a sentence are a part and its whole or two groups
    (:func:`one_sentence`).
    """
    ca, cb = a.claim, b.claim
    if ca.document != cb.document or not ca.quote or ca.quote != cb.quote:
        return None
    if a.interval.overlaps(b.interval):
        return None
    if ca.speaker is None or cb.speaker is None or _same_speaker(ca, cb):
        return None
    sa, sb = a.scope, b.scope
    if sa.measure is None or (sa.measure, sa.unit, sa.subject, sa.places) != (
        sb.measure,
        sb.unit,
        sb.subject,
        sb.places,
    ):
        return None
    first, second = ordered(a, b)
    return explained(RelationKind.CONTRADICTS, first, second, _disputed, context.tolerance)


def _disputed(first: Claim, second: Claim, tolerance: Tolerance) -> str:
    values = incompatible_values(first, second, tolerance)
    return f"{values}: two sources dispute it in one sentence"


def one_sentence(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Two different figures in one sentence: a part and its whole, or two groups."""
    if a.claim.document != b.claim.document or not a.claim.quote or a.claim.quote != b.claim.quote:
        return None
    why = "two figures of one sentence: a part and its whole, or two groups, not a contradiction"
    return explained(RelationKind.SCOPE_DIFFERS, *ordered(a, b), why)


@if_apart
def replaced_in_one_sentence(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """One sentence gives one figure as the one the other replaced: an update.

    "The toll rose to 41, up from 37", "выросло до 58 против 44", "مقابل 44"
    (``grammar.toml [revised_from]``): the same count at two times, whatever
    else is unknown of who was counted.
    """
    ca, cb = a.claim, b.claim
    if ca.document != cb.document or not ca.quote or ca.quote != cb.quote:
        return None
    if a.scope.kind is None or a.scope.kind != b.scope.kind or a.interval.overlaps(b.interval):
        return None
    replaced = _replaced(ca.quote, ca.quantity.text, cb.quantity.text)
    if replaced is None:
        return None
    earlier, later = (a, b) if replaced == 0 else (b, a)
    why = "one sentence gives the earlier figure the later one replaced"
    return explained(RelationKind.UPDATES, earlier, later, why)


@functools.cache
def _revision_phrases() -> str:
    """The alternation of every language's ``revised_from`` entries of two words or more."""
    phrases = sorted(
        {
            w
            for code in available_languages()
            for w in lexicon(code).grammar.revised_from
            if " " in w
        },
        key=len,
        reverse=True,
    )
    return "|".join(map(re.escape, phrases)) or "(?!)"


@functools.lru_cache(maxsize=4096)
def _replaced(quote: str, first: str, second: str) -> int | None:
    """Which of two figures (0 or 1) the quote gives as the one replaced, if exactly one."""
    folded = fold(quote)
    words = grammar_words("revised_from").pattern
    # a few words may stand between: "up from the 18 he reported", "up from its
    # earlier estimate of 1,200"
    phrases = _revision_phrases()
    said = [
        bool(
            re.search(rf"(?:{words})\s+{re.escape(fold(text))}(?![\w.,])", folded)
            or re.search(
                # a few words after a phrase ("up from the 18 he reported"), not
                # after a word ("not counting the 12")
                rf"(?:{phrases})\s+(?:[^\W\d_]+\s+){{1,4}}{re.escape(fold(text))}(?![\w.,])",
                folded,
            )
        )
        for text in (first, second)
    ]
    if said[0] == said[1]:
        return None
    return 0 if said[0] else 1


@if_apart
def unknown_period(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Different documents, one undated: no telling a contradiction from a change over time.

    Unless one source gives both figures: a source that changes its figure has
    revised its count, whenever it did.
    """
    if a.claim.document == b.claim.document or (
        a.scope.period is not None and b.scope.period is not None
    ):
        return None
    if a.interval.overlaps(b.interval):
        return None
    first, second = ordered(a, b)
    if _same_speaker(a.claim, b.claim):
        why = (
            "the same source gives another figure in another report: it revised its "
            "own count (a period is unknown, so which came later is not known)"
        )
        return explained(RelationKind.UPDATES, first, second, why)
    return explained(RelationKind.SCOPE_DIFFERS, first, second, undated, context.tolerance)


@if_apart
def stock_with_a_period_unknown(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Two sources' differing figures for one count that can rise and fall, a period unknown.

    Missing is not different, for time as for scope: if both figures describe
    one time they contradict each other, if two times the later revises the
    earlier, and either way they do not stand together. Read as an update
    (the weaker reading: which came first is not known, and the reason says
    so). Only when both claims name who was counted and where: with the
    subject or place unknown too ("2" and "about 6,000" fighters, nationality
    unstated), they more likely count different people; and only for the
    same people as read, not those "still displaced" against all who ever were.
    Two figures that name nobody but "people" ("700,000 people", "1.2 million
    persons") for one measure and place read alike too: each says no more than
    the measure, as "displaced people" does.
    """
    ca, cb = a.claim, b.claim
    kind = a.scope.kind
    if (
        (a.scope.period is not None and b.scope.period is not None)  # most pairs: first
        or ca.document == cb.document
        or kind is None
        or kind.behaviour != "stock"
        or measure_relation(a.scope, b.scope) is not Nesting.SAME
        or (ca.subject is None) != (cb.subject is None)
        or _same_speaker(ca, cb)
        or a.interval.overlaps(b.interval)
        or place_relation(a.scope, b.scope) is not Nesting.SAME
        or not (
            _read_alike(a.scope, b.scope)
            if ca.subject is not None
            else _only_people(ca) and _only_people(cb)
        )
    ):
        return None
    return explained(RelationKind.UPDATES, *ordered(a, b), stock_undated, context.tolerance)


def _read_alike(a: Scope, b: Scope) -> bool:
    """Whether two subjects name the same people, or read alike.

    "Displaced people" and "people who fled": neither says more than the
    measure. "People still displaced" is not all who ever were.
    """
    if subject_relation(a, b) is Nesting.SAME:
        return True
    x, y = a.parsed, b.parsed
    return (
        x is not None
        and y is not None
        and (x.groups, x.roles, x.details) == (y.groups, y.roles, y.details)
    )


_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")


def _only_people(claim: Claim) -> bool:
    """Whether a claim with no subject writes its figure with a noun for people in general.

    "700,000 people displaced": the count is of people, and nothing narrows
    it. A bare figure ("825,000 remain displaced") may stand for a group the
    sentence names elsewhere, and "1,000 nationals" for a country's people:
    neither is read as people in general.
    """
    return claim.subject is None and _people_noun_follows(
        claim.quote, claim.quantity.text, claim.lang
    )


@functools.lru_cache(maxsize=4096)
def _people_noun_follows(quote: str, figure: str | None, lang: str | None) -> bool:
    if not figure or lang is None:
        return False
    text, written = fold(quote), fold(figure)
    at = text.find(written)
    if at < 0:
        return False
    word = _NEXT_WORD.match(text, at + len(written))
    try:
        know = knowledge(lang)
    except UnsupportedLanguageError:
        return False
    return word is not None and word[1] in know.generic and word[1] not in know.referring


@if_apart
def incompatible(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Same subject, places and period, values that cannot both hold: a contradiction.

    Unless one is reported as said earlier ("Ранее OCHA сообщало о 870"), the
    other not, and no earlier than it: the older figure, revised.
    """
    if a.interval.overlaps(b.interval):
        return None
    told = _opened_as_earlier(a, b)
    if told is not None:
        later = b if told is a else a
        why = "a figure its sentence reports as said earlier, revised by a figure of its day"
        return explained(RelationKind.UPDATES, told, later, why)
    first, second = ordered(a, b)
    return explained(
        RelationKind.CONTRADICTS, first, second, incompatible_values, context.tolerance
    )


@any_scope
@between_questions
def translated(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """The same figure for a related place in two documents of one origin.

    A translation or a rewrite may describe a figure with another verb or
    name the group differently ("two children starved" against a translation
    saying they were starving); the same bounds for a related place in a
    dependent document are one claim restated.
    """
    qa, qb = a.claim.quantity, b.claim.quantity
    if (
        a.claim.document == b.claim.document
        or a.origin != b.origin
        or a.scope.unit != b.scope.unit
        or (qa.low, qa.high) != (qb.low, qb.high)
        or place_relation(a.scope, b.scope) is None
        or comparable(a.scope, b.scope)  # comparable scopes are the other rules' business
    ):
        return None
    why = "the same figure for the same place in documents of one origin (a translation or a copy)"
    return explained(RelationKind.REPEATS, *ordered(a, b), why)


CHECKS: tuple[Check, ...] = (
    translated,
    repeats,
    measures_of_one_family,
    replaced_in_one_sentence,
    disputed_in_one_sentence,
    one_document_unknown_subject,
    nested_scopes,
    compatible,
    part_of_an_unknown,
    two_parts,
    too_little_known,
    over_time,
    one_sentence,
    stock_with_a_period_unknown,
    unknown_period,
    incompatible,
)
"""The default rules, in the order they are tried."""
