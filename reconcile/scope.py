"""What a claim is about, in a form that can be compared: its scope.

Clustering and relation classification ask the same questions of every claim:
what is counted (a measure, its kind and family), in what unit, of whom (a
group such as "Tajik nationals", roles such as "children", and any further
details), where (places, with every wider place they lie in), and when (a
period of days). A :class:`Scope` holds the answers, computed once per claim
from the canonical data in ``reconcile/lang/canon/``.

Two scopes are compared field by field, each field giving a :class:`Nesting`:
the same, narrower, wider, overlapping, or unknown when one side does not
say. Missing is not different: an unknown field is compatible with any value.

Examples:
    >>> from reconcile import Claim, Quantity, Span
    >>> c = Claim(document="a", span=Span(0, 1), quantity=Quantity.exact(5),
    ...           measure="killed", subject="Tajik nationals", places=["Mosul"], as_of="2015-01")
    >>> s = scope_of(c)
    >>> s.group, sorted(s.reach), s.kind.family
    ('Tajik nationals', ['Iraq', 'Middle East', 'Mosul'], 'dead')
    >>> s.period.start, s.period.end
    (datetime.date(2015, 1, 1), datetime.date(2015, 1, 31))
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
import re
from collections.abc import Mapping

import attrs
from rapidfuzz import fuzz

from .lang import canon, lexicon
from .lang.canon import Kind
from .model import Claim
from .text import fold

__all__ = [
    "Nesting",
    "Period",
    "Scope",
    "group_of",
    "measure_relation",
    "numbers_of",
    "place_relation",
    "scope_of",
    "subject_relation",
    "subject_similarity",
]


class Nesting(enum.Enum):
    """How one field of a scope stands to the same field of another."""

    SAME = "same"
    """The same places, subject or kind of count."""
    NARROWER = "narrower"
    """Inside the other: Syria within Syria and Iraq; Tajik students within Tajik nationals."""
    WIDER = "wider"
    """Around the other: the converse of :attr:`NARROWER`."""
    OVERLAP = "overlap"
    """Sharing part: {Syria, Iraq} and {Iraq, Turkey}; two kinds of one family of counts."""
    UNKNOWN = "unknown"
    """One side does not say: compatible with anything, with less confidence."""


NESTED = frozenset({Nesting.NARROWER, Nesting.WIDER})
"""The two nestings in which one scope lies inside the other."""

# read from module constants in the comparisons run per pair of claims: an enum
# member read through its class costs several times a global
_SAME, _UNKNOWN, _OVERLAP = Nesting.SAME, Nesting.UNKNOWN, Nesting.OVERLAP


@attrs.frozen
class Period:
    """The days an ``as_of`` date covers: a year, a month or one day.

    Examples:
        >>> Period.from_iso("2015-02").end
        datetime.date(2015, 2, 28)
        >>> Period.from_iso("2014-11").gap(Period.from_iso("2015-01"))
        32
        >>> Period.from_iso(None) is None
        True
    """

    start: dt.date
    end: dt.date

    @classmethod
    @functools.lru_cache(maxsize=4096)
    def from_iso(cls, value: str | None) -> Period | None:
        """The period of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``None`` for ``None``."""
        if not value:
            return None
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return cls(dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31))
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return cls(dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last))
        day = dt.date(parts[0], parts[1], parts[2])
        return cls(day, day)

    def gap(self, other: Period) -> int:
        """Days between the two periods; 0 when they overlap."""
        if self.end < other.start:
            return (other.start - self.end).days
        if other.end < self.start:
            return (self.start - other.end).days
        return 0

    def is_before(self, other: Period) -> bool:
        """Whether this period ends before the other one starts."""
        return self.end < other.start


def _ancestors(name: str, parents: Mapping[str, str]) -> list[str]:
    out = []
    seen = {name}
    while name in parents and parents[name] not in seen:
        name = parents[name]
        seen.add(name)
        out.append(name)
    return out


@attrs.frozen(eq=False, weakref_slot=False)
class Subject:
    """A subject read for comparison: its groups, roles and further details."""

    groups: frozenset[str]
    roles: frozenset[str]
    details: frozenset[str]


@attrs.frozen
class Scope:
    """What a claim is about, normalised for comparison.

    Attributes:
        measure: The claim's measure, or ``None``.
        kind: Its kind of count (``canon/measures.toml``), or ``None`` when unknown.
        unit: What one counted item is.
        subject: The claim's subject as written, or ``None``.
        group: The canonical group ("Tajik nationals") when there is one, else ``None``.
        role: The subject beyond its group ("students"), or ``None``.
        parsed: The subject read into groups, roles and details, or ``None``.
        places: The claim's places.
        reach: The places and every wider place they lie in.
        period: The days the claim holds for, or ``None`` when unknown.
        cumulative: Whether the measure only grows over time.
    """

    measure: str | None
    kind: Kind | None
    unit: str
    subject: str | None
    group: str | None
    role: str | None
    parsed: Subject | None
    places: frozenset[str]
    reach: frozenset[str]
    period: Period | None
    cumulative: bool

    @property
    def family(self) -> str | None:
        """The family of the measure's kind; the measure itself when it has no kind."""
        return self.kind.family if self.kind is not None else self.measure


@functools.lru_cache(maxsize=65536)
def _split_subject(subject: str | None) -> tuple[str | None, str | None]:
    """("Tajik students") -> ("Tajik nationals", "students"); a part of a group keeps its group."""
    if subject is None:
        return None, None
    if subject.startswith("part of "):
        group, role = _split_subject(subject[len("part of ") :])
        return group, " ".join(x for x in ("part", role) if x)
    return canon().split(subject)


_WORDS = re.compile(r"[^\W_]+")
_AGENT = frozenset({"by"})
"""Words of a canonical (English) subject after which it names who acted, not who was counted."""


@functools.lru_cache(maxsize=65536)
def read_subject(subject: str) -> Subject:
    """Read a subject into groups, roles and details.

    Examples:
        >>> s = read_subject("Russian women and children")
        >>> sorted(s.groups), sorted(s.roles), sorted(s.details)
        (['Russian nationals'], ['children', 'women'], [])
        >>> sorted(read_subject("children in orphanages").details)
        ['orphanages']
        >>> sorted(read_subject("children from Moscow").groups)  # a town of Russia: a part of it
        ['Moscow']
    """
    known = canon()
    words = _WORDS.findall(fold(subject))
    places = _origin_places()
    restated = _restating(words)
    groups: set[str] = set()
    roles: set[str] = set()
    details: set[str] = set()
    i = 0
    while i < len(words):
        if words[i] in _AGENT:
            # "civilians killed by Iraqi forces": who did it, not who was counted
            details.update(w for w in words[i + 1 :] if w not in known.ignored_words)
            details.difference_update(words[j] for j in restated)
            break
        pair = f"{words[i]} {words[i + 1]}" if i + 1 < len(words) else ""
        if pair in known.group_words:
            groups.add(known.group_words[pair])
            i += 2
            continue
        if pair in places:
            groups.add(places[pair])
            i += 2
            continue
        word = words[i]
        i += 1
        if word in known.group_words:
            groups.add(known.group_words[word])
        elif word in places:
            # "children from Moscow": a town inside a group's home names a part of that group
            groups.add(places[word])
        elif word in known.role_words:
            roles.add(known.role_words[word])
        elif word in known.generic_words or word in known.ignored_words or i - 1 in restated:
            continue
        else:
            details.add(word)
    if subject.startswith("part of "):
        details.add(_PART)
    # "Russian children from Dagestan": a group named inside a wider one is the narrower
    narrowest = {g for g in groups if not any(_group_within(h, g) for h in groups if h != g)}
    return Subject(frozenset(narrowest), frozenset(roles), frozenset(details))


@functools.lru_cache(maxsize=65536)
def _reach(places: frozenset[str]) -> frozenset[str]:
    reach = set(places)
    for place in places:
        reach.update(_ancestors(place, canon().place_parents))
    return frozenset(reach)


def group_of(subject: str | None) -> str | None:
    """The canonical group a subject belongs to, or ``None``.

    Examples:
        >>> group_of("Tajik students"), group_of("students")
        ('Tajik nationals', None)
    """
    return _split_subject(subject)[0]


def scope_of(claim: Claim) -> Scope:
    """The :class:`Scope` of a claim."""
    return _scope(claim.measure, claim.unit, claim.subject, claim.places, claim.as_of)


def _scope(
    measure: str | None,
    unit: str,
    subject: str | None,
    places_written: tuple[str, ...],
    as_of: str | None,
) -> Scope:
    # a question is reported many times, at many dates: its part of the scope is
    # computed once; a cache of whole scopes would mostly miss (a million claims
    # hold most of a million (question, date) pairs) and cost more than it saves
    return _scope_asked(
        _question(measure, unit, subject, places_written), measure, unit, subject, as_of
    )


def _scope_asked(
    question: _Question, measure: str | None, unit: str, subject: str | None, as_of: str | None
) -> Scope:
    """:func:`_scope`, given its question's part (``_question`` of the same fields).

    For the claims of one question, which share that part: it is then found
    once, not looked up once per claim of a million.
    """
    kind, group, role, parsed, places, reach, cumulative = question
    # the fields written as attrs' __init__ would (Scope has no converter nor
    # validator), through each slot's own setter: a scope per claim of a million
    scope = _new_scope(Scope)
    _set_measure(scope, measure)
    _set_kind(scope, kind)
    _set_unit(scope, unit)
    _set_subject(scope, subject)
    _set_group(scope, group)
    _set_role(scope, role)
    _set_parsed(scope, parsed)
    _set_places(scope, places)
    _set_reach(scope, reach)
    _set_period(scope, Period.from_iso(as_of))
    _set_cumulative(scope, cumulative)
    return scope


_new_scope = object.__new__
(
    _set_measure, _set_kind, _set_unit, _set_subject, _set_group, _set_role, _set_parsed,
    _set_places, _set_reach, _set_period, _set_cumulative,
) = (
    getattr(Scope, name).__set__
    for name in (
        "measure", "kind", "unit", "subject", "group", "role", "parsed",
        "places", "reach", "period", "cumulative",
    )
)  # fmt: skip


_Question = tuple[
    Kind | None, str | None, str | None, Subject | None, frozenset[str], frozenset[str], bool
]
"""kind, group, role, parsed subject, places, reach, cumulative: a scope without its period."""


# small: the pipeline reads a question's claims one after another, and a
# larger cache would hold tens of MiB of sets of places at a million claims
@functools.lru_cache(maxsize=1 << 12)
def _question(
    measure: str | None, unit: str, subject: str | None, places_written: tuple[str, ...]
) -> _Question:
    """The fields of a scope that do not depend on its period.

    A question is reported at many dates: its claims' scopes differ only in
    their periods, and share one copy of the rest (one set of places, so that
    comparing two of them is an identity test).
    """
    known = canon()
    group, role = _split_subject(subject)
    places = frozenset(places_written)
    kind = known.kinds.get(measure) if measure is not None else None
    parsed = read_subject(subject) if subject is not None else None
    if parsed is not None and places and not parsed.roles.isdisjoint(known.home_roles):
        # returnees are back home by what they are: "Russian returnees" in Russia
        # are no narrower for it (missing is not different), and meet those
        # counted where they came back from
        places -= {known.homes.get(g) for g in parsed.groups}
    return (
        kind,
        group,
        role,
        parsed,
        places,
        _reach(places),
        kind.cumulative if kind is not None else measure in known.cumulative,
    )


def measure_relation(a: Scope, b: Scope) -> Nesting | None:
    """How ``a``'s measure stands to ``b``'s: same kind, one family, unknown, or ``None``.

    Examples:
        >>> from reconcile import Claim, Quantity, Span
        >>> def s(measure):
        ...     return scope_of(Claim(document="a", span=Span(0, 1),
        ...                           quantity=Quantity.exact(1), measure=measure))
        >>> measure_relation(s("killed"), s("died")), measure_relation(s("joined"), s("fighters"))
        (<Nesting.SAME: 'same'>, <Nesting.OVERLAP: 'overlap'>)
        >>> measure_relation(s("killed"), s("returned")) is None
        True
    """
    if a.measure is None or b.measure is None:
        return _UNKNOWN
    if a.kind is None or b.kind is None:
        return _SAME if a.measure == b.measure else None
    if a.kind.name == b.kind.name:
        return _SAME
    return _OVERLAP if a.kind.family == b.kind.family else None


def _wide(place: str) -> bool:
    return place in canon().wide_places


def place_relation(a: Scope, b: Scope) -> Nesting | None:
    """How ``a``'s places stand to ``b``'s: a :class:`Nesting`, or ``None`` when apart.

    ``a`` is narrower when every place of ``a`` is a place of ``b`` or lies in
    one ({Syria} within {Syria, Iraq}; {Mosul} within {Iraq}; anything within
    "abroad"). Claims without places are compatible with any place.
    """
    if a.places == b.places:
        return _SAME
    if not a.places or not b.places:
        return _UNKNOWN
    return _places_relation(a.places, b.places, a.reach, b.reach)


@functools.lru_cache(maxsize=65536)
def _places_relation(
    a_places: frozenset[str],
    b_places: frozenset[str],
    a_reach: frozenset[str],
    b_reach: frozenset[str],
) -> Nesting | None:
    """:func:`place_relation` of two sets of places (cached: few distinct sets)."""
    # "West Mosul, Mosul" names one place and the place it lies in: an address,
    # read as its narrowest place (a union of the two would be Mosul itself)
    a_places, b_places = _narrowest(a_places), _narrowest(b_places)
    if a_places == b_places:
        return Nesting.SAME
    # every place of the narrower scope is a place of the wider one or lies in one
    if all(p in b_places or not _ancestry(p).isdisjoint(b_places) for p in a_places) or (
        any(_wide(p) for p in b_places) and not any(_wide(p) for p in a_places)
    ):
        return Nesting.NARROWER
    if all(p in a_places or not _ancestry(p).isdisjoint(a_places) for p in b_places) or (
        any(_wide(p) for p in a_places) and not any(_wide(p) for p in b_places)
    ):
        return Nesting.WIDER
    if not a_reach.isdisjoint(b_places) or not b_reach.isdisjoint(a_places):
        return Nesting.OVERLAP
    return None


def _narrowest(places: frozenset[str]) -> frozenset[str]:
    """The places without any that another of them lies in."""
    if len(places) < 2:
        return places
    wider = {a for p in places for a in _ancestry(p)}
    return places - wider if not wider.isdisjoint(places) else places


@functools.lru_cache(maxsize=65536)
def _ancestry(place: str) -> frozenset[str]:
    return frozenset(_ancestors(place, canon().place_parents))


def _group_within(inner: str, outer: str) -> bool:
    return outer in group_ancestors(inner)


def _restating(words: list[str]) -> set[int]:
    """Positions of the words that say what is counted or where, not who.

    A subject is written in canonical English; its words that are a measure's
    triggers in English ("fled", "forced to leave", "killed"), a place
    ("Mosul"), or a month ("since October") repeat the claim's measure,
    places and date, which are compared as such: as details they would part
    two descriptions of the same people ("people who fled Mosul" and
    "displaced people").
    """
    phrases, longest, single = _restating_words()
    out: set[int] = set()
    for i, word in enumerate(words):
        if word in single:
            out.add(i)
            continue
        for n in range(min(longest, len(words) - i), 1, -1):
            if tuple(words[i : i + n]) in phrases:
                out.update(range(i, i + n))
                break
    return out


@functools.cache
def _restating_words() -> tuple[frozenset[tuple[str, ...]], int, frozenset[str]]:
    """Multi-word measure triggers, their greatest length, and single restating words."""
    english = lexicon("en")
    single: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for triggers in english.measures.measures.values():
        for trigger in triggers:
            words = tuple(_WORDS.findall(fold(trigger)))
            if len(words) == 1:
                single.update(words[0] + end for end in english.measures.inflections)
            elif words:
                phrases.add(words)
    single.update(english.dates.months)
    single.update(english.dates.since)
    known = canon()
    for place in (*known.place_parents, *known.place_parents.values()):
        words = tuple(_WORDS.findall(fold(place)))
        if len(words) == 1:
            single.add(words[0])
        elif words:
            phrases.add(words)
    # a word that names a group or a role is never only a restatement
    single -= set(known.group_words) | set(known.role_words)
    longest = max((len(p) for p in phrases), default=1)
    return frozenset(phrases), longest, frozenset(single)


@functools.cache
def _origin_places() -> dict[str, str]:
    """Folded name -> canonical place, for places that lie inside the home of a group.

    Such a place in a subject ("children from Moscow") stands for its people,
    a group of its own within the group whose home it lies in (Moscow within
    Russia, the home of Russian nationals): see :func:`group_ancestors`.
    """
    known = canon()
    return {
        fold(place): place
        for place in known.place_parents
        if _home_group(place) is not None and fold(place) not in known.group_words
    }


@functools.cache
def _home_group(place: str) -> str | None:
    """The group whose home is the nearest wider place of ``place``, if any."""
    known = canon()
    by_home = {home: group for group, home in sorted(known.homes.items())}
    for wider in _ancestors(place, known.place_parents):
        if wider in by_home:
            return by_home[wider]
    return None


@functools.lru_cache(maxsize=4096)
def group_ancestors(group: str) -> tuple[str, ...]:
    """Every wider group of ``group``, nearest first (``canon/groups.toml [within]``).

    A place standing for its people (see :func:`read_subject`) lies within the
    group whose home it lies in.

    Examples:
        >>> group_ancestors("Chechen nationals")
        ('Russian nationals', 'foreign nationals')
        >>> group_ancestors("Moscow")
        ('Russian nationals', 'foreign nationals')
    """
    parents = canon().group_parents
    first = parents.get(group) or _home_group(group)
    if first is None or first == group:
        return ()
    return (first, *(g for g in _ancestors(first, parents) if g != group))


def _groups_relation(a: frozenset[str], b: frozenset[str]) -> Nesting | None:
    if a == b:
        return Nesting.SAME
    if not a or not b:
        return Nesting.UNKNOWN
    if all(any(x == y or _group_within(x, y) for y in b) for x in a):
        return Nesting.NARROWER
    if all(any(y == x or _group_within(y, x) for x in a) for y in b):
        return Nesting.WIDER
    return None


def _sets_relation(a: frozenset[str], b: frozenset[str], *, more_is_narrower: bool) -> Nesting:
    if a == b:
        return Nesting.SAME
    if a < b:
        return Nesting.WIDER if more_is_narrower else Nesting.NARROWER
    if b < a:
        return Nesting.NARROWER if more_is_narrower else Nesting.WIDER
    return Nesting.OVERLAP


def _combine(parts: list[Nesting]) -> Nesting:
    kinds = set(parts) - {Nesting.SAME}
    if not kinds:
        return Nesting.SAME
    if kinds == {Nesting.UNKNOWN}:
        return Nesting.UNKNOWN
    kinds.discard(Nesting.UNKNOWN)
    if len(kinds) == 1:
        return kinds.pop()
    return Nesting.OVERLAP


def subject_relation(a: Scope, b: Scope) -> Nesting | None:
    """How ``a``'s subject stands to ``b``'s: a :class:`Nesting`, or ``None`` when apart.

    Groups nest through ``canon/groups.toml`` ("Tajik nationals" within
    "Central Asian nationals"); a subject with roles lies within the same
    group without them ("Tajik students" within "Tajik nationals"), fewer
    roles within more ("children" within "women and children"), and more
    details within fewer ("children in orphanages" within "children"). A
    subject nobody gave is compatible with every subject.
    """
    if a.subject is None or b.subject is None:
        return _UNKNOWN
    if a.subject == b.subject:
        return _SAME
    return _subjects_relation(a.subject, b.subject)


_PART = "part of"
"""The detail of a subject that counts a part of its group ("part of residents")."""
_ONLY_A_PART = frozenset((_PART,))


@functools.lru_cache(maxsize=65536)
def _subjects_relation(subject_a: str, subject_b: str) -> Nesting | None:
    """:func:`subject_relation` of two subjects as written (cached: few distinct subjects)."""
    x, y = read_subject(subject_a), read_subject(subject_b)
    groups = _groups_relation(x.groups, y.groups)
    if groups is None:
        return None
    if not (x.groups or x.roles or x.details - _ONLY_A_PART) or not (
        y.groups or y.roles or y.details - _ONLY_A_PART
    ):
        # "people", and "part of people" ("1,400 others"): a part of a whole
        # it does not name lies in no group that the other names
        return Nesting.UNKNOWN
    if not x.roles or not y.roles:
        # a subject with roles is a part of the same group without them ("Russian
        # children" within "Russian nationals"); with no group, roles are unknown;
        # roles with no group of their own cross a group: "children" and
        # "Chechen nationals" share only Chechen children
        bare, roled = (y, x) if not y.roles else (x, y)
        if not bare.groups:
            roles = Nesting.UNKNOWN
        elif roled.roles and not roled.groups:
            roles = Nesting.OVERLAP
        else:
            roles = _sets_relation(x.roles, y.roles, more_is_narrower=True)
    else:
        found = _roles_relation(x.roles, y.roles)
        if found is None:
            return None  # children and troops: two subjects, not one inside the other
        roles = found
    x_said, y_said = x.details - _ONLY_A_PART, y.details - _ONLY_A_PART
    if (x.roles and not x_said and y_said and not y.roles) or (
        y.roles and not y_said and x_said and not x.roles
    ):
        # "children" and "survivors": who they are and what befell them; some
        # survivors are children, and neither count holds the other. So too
        # for parts: "part of patients" (those in intensive care) and "part
        # of women" (those among the patients) are two parts of one whole
        details = Nesting.OVERLAP
    elif not (x.roles or y.roles) and (
        (_only_a_group(x) and _only_described(y)) or (_only_a_group(y) and _only_described(x))
    ):
        # "Russian nationals" and "attackers": where they come from and what
        # they did, as a group and a role cross; the attackers are no part of
        # the Russians (or of a part of them), whom nothing else describes
        details = Nesting.OVERLAP
    elif (
        groups is Nesting.UNKNOWN
        and x.details != y.details
        and not (x.details > y.details and not x.groups)
        and not (y.details > x.details and not y.groups)
    ):
        # words of a description, with no group to anchor them; but the side
        # that names no group and says more ("civilians killed by shelling"
        # beside "Iraqi civilians") describes a part
        details = Nesting.UNKNOWN
    else:
        details = _sets_relation(x.details, y.details, more_is_narrower=True)
    if _numbers(x.details) != _numbers(y.details):
        return None  # "Brigade 1" and "Brigade 11": numbers in a name identify
    return _combine([groups, roles, details])


def _only_a_group(s: Subject) -> bool:
    """Whether a subject says only where its people come from ("Russian nationals")."""
    return bool(s.groups) and not s.details - _ONLY_A_PART


def _only_described(s: Subject) -> bool:
    """Whether a subject says only what its people are or did ("attackers"), of no group."""
    return not s.groups and bool(s.details - _ONLY_A_PART)


def _roles_relation(a: frozenset[str], b: frozenset[str]) -> Nesting | None:
    """Roles nest by set ("children" within "women and children") and by ``[within]``."""
    if a == b:
        return Nesting.SAME
    parents = canon().role_parents

    def inside(x: frozenset[str], y: frozenset[str]) -> bool:
        return all(r in y or parents.get(r) in y for r in x)

    if inside(a, b):
        return Nesting.NARROWER
    if inside(b, a):
        return Nesting.WIDER
    # women and children share a wider role but are disjoint: only a shared role overlaps
    return Nesting.OVERLAP if not a.isdisjoint(b) else None


def _numbers(details: frozenset[str]) -> frozenset[str]:
    return frozenset(d for d in details if d.isdigit())


def subject_similarity(a: str, b: str) -> float:
    """How alike two subjects are as written, on a 0-1 scale (folded first).

    Examples:
        >>> subject_similarity("suspected members", "Suspected Members")
        1.0
        >>> subject_similarity("students", "soldiers") < 0.9
        True
        >>> subject_similarity("Brigade 1 members", "Brigade 11 members")
        0.0
    """
    if _DIGITS.findall(a) != _DIGITS.findall(b):
        return 0.0  # "Group 1" and "Group 11": numbers in a name identify, they are not typos
    return fuzz.ratio(a, b, processor=fold) / 100.0


_DIGITS = re.compile(r"\d+")


def numbers_of(subject: str) -> tuple[str, ...]:
    """The numbers written in a subject: two subjects whose numbers differ are never alike.

    Examples:
        >>> numbers_of("Brigade 11 members"), numbers_of("students")
        (('11',), ())
    """
    return tuple(_DIGITS.findall(subject))
