"""Canonical knowledge shared by every language: hierarchies and how measures behave.

Read from ``reconcile/lang/canon/``: ``places.toml`` (places within places),
``groups.toml`` (groups within groups), ``measures.toml`` (which counts only
grow) and ``sounds.toml`` (sounds transliterations write differently). Names
here are canonical (English) names, the ones every language file maps to.

Examples:
    >>> c = canon()
    >>> c.group_parents["Tajik nationals"], "killed" in c.cumulative
    ('Central Asian nationals', True)
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

import attrs

from ..errors import LexiconError
from ..text import fold
from .registry import available_languages, lexicon

__all__ = ["Canon", "Kind", "canon"]


@attrs.frozen
class Kind:
    """A kind of count (see ``canon/measures.toml``): its family, behaviour and ceiling.

    Attributes:
        name: The kind's name ("joined", "fighting", "dead").
        family: Kinds of one family are compared; of two families, never.
        behaviour: ``"cumulative"``, ``"stock"`` or ``"plan"``.
        at_most: A kind of the family this one never exceeds, or ``None``.
        closes: The family whose stage this kind only ends (a release ends
            being held), or ``None``: joined after a measure of that family
            ("were amnestied and set free"), it is not what the count counts.
        window_days: For a count that changes from one day to the next (those
            in hospital, the missing), how many days apart two figures are
            still one period; ``None``: the run's window (``Context.window_days``).
    """

    name: str
    family: str
    behaviour: str
    at_most: str | None = None
    closes: str | None = None
    window_days: int | None = None

    @property
    def cumulative(self) -> bool:
        """Whether the count only grows over time."""
        return self.behaviour == "cumulative"

    def window(self, default: int) -> int:
        """How many days apart two figures of this kind are one period, given the run's.

        Examples:
            >>> canon().kinds["hospitalised"].window(183), canon().kinds["killed"].window(183)
            (0, 183)
        """
        return default if self.window_days is None else min(default, self.window_days)


@attrs.frozen
class Canon:
    """Canonical knowledge the comparison stages use.

    Attributes:
        kinds: Measure name -> its :class:`Kind`.
        cumulative: Measures whose counts only grow.
        stock: Measures whose counts can fall.
        place_parents: Place -> the wider place it lies in.
        wide_places: Places every named place lies within ("abroad").
        seats: Capitals whose name stands for their government ("Kyiv said").
        group_parents: Group -> the wider group it belongs to.
        adjectives: ``("Tajik", "Tajik nationals")`` pairs, longest adjective first:
            how a subject's group is recognised ("Tajik students" is a role of
            "Tajik nationals").
        sounds: ``(written, sound)`` pairs merged before names are compared.
        joined_names: Words that open a two-word name other spellings write
            as one ("Abu Bakr", "Abubakar").
        group_words: Folded demonym or origin (any language) -> canonical group.
        role_words: Folded word -> the role it names ("wives" -> "women").
        generic_words: Words that name people in general.
        ignored_words: Words that never narrow a subject.
        role_parents: Role -> the wider role it lies within ("children" -> "civilians").
        wide_roles: The roles others lie within ("civilians"): such a role may
            be everyone a toll counts.
        language_names: A language's name, lower case -> its code ("english" -> "en").
        homes: Group -> the place its people come from ("Tunisian nationals" -> "Tunisia").
        abroad_families: Families of measures that count people away from home.
        leaving_families: Families whose people, with no group named, are the
            people of the one home their sentence names.
        role_restates: Role -> the measures it only restates ("fighters" who joined).
        home_roles: Roles of people back at their group's home ("returnees"): that
            home, as a place, says nothing more of them.
        countries: Group -> its country, for every group with one ("Syrian
            nationals" -> "Syria"): the place a demonym names beside a town
            ("the Syrian city of X"), whether or not it is a [home].
        at_home: Measure -> the measure it is for people moved within their own
            country, or of no known nationality ("evacuated" -> "displaced"):
            foreigners evacuated from a war are brought out, residents
            evacuated from a flood are displaced.
    """

    kinds: Mapping[str, Kind]
    cumulative: frozenset[str]
    stock: frozenset[str]
    place_parents: Mapping[str, str]
    wide_places: frozenset[str]
    group_parents: Mapping[str, str]
    adjectives: tuple[tuple[str, str], ...]
    # each adjective's first group in that order: split looks a subject's
    # opening words up here rather than trying every adjective in turn
    adjective_groups: Mapping[str, str] = attrs.field(
        init=False,
        default=attrs.Factory(
            lambda c: MappingProxyType(
                dict(reversed(c.adjectives))  # the first pair of each wins
            ),
            takes_self=True,
        ),
    )
    sounds: tuple[tuple[str, str], ...]
    group_words: Mapping[str, str]
    role_words: Mapping[str, str]
    generic_words: frozenset[str]
    ignored_words: frozenset[str]
    role_parents: Mapping[str, str]
    wide_roles: frozenset[str] = attrs.field(
        init=False,
        default=attrs.Factory(lambda c: frozenset(c.role_parents.values()), takes_self=True),
    )
    language_names: Mapping[str, str]
    homes: Mapping[str, str]
    abroad_families: frozenset[str]
    leaving_families: frozenset[str] = frozenset()
    role_restates: Mapping[str, frozenset[str]] = MappingProxyType({})
    home_roles: frozenset[str] = frozenset()
    countries: Mapping[str, str] = MappingProxyType({})
    at_home: Mapping[str, str] = MappingProxyType({})
    joined_names: frozenset[str] = frozenset()
    seats: frozenset[str] = frozenset()

    def split(self, subject: str) -> tuple[str | None, str | None]:
        """A canonical subject's group and the words after its adjective, if it names one.

        Examples:
            >>> canon().split("Tajik students"), canon().split("civilians")
            (('Tajik nationals', 'students'), (None, 'civilians'))
        """
        # the longest adjective first: the opening words up to each space, longest first
        space = subject.rfind(" ")
        while space > 0:
            group = self.adjective_groups.get(subject[:space])
            if group is not None:
                return (group, None) if subject == group else (group, subject[space + 1 :])
            space = subject.rfind(" ", 0, space)
        return None, subject

    def group_in(self, subject: str | None) -> str | None:
        """The canonical group a canonical subject names by its adjective, if any.

        Examples:
            >>> canon().group_in("part of Tajik students"), canon().group_in("civilians")
            ('Tajik nationals', None)
        """
        return self.split(subject.removeprefix("part of "))[0] if subject else None

    def place_within(self, place: str, wider: frozenset[str]) -> bool:
        """Whether a canonical place is one of ``wider`` or lies within one of them.

        Examples:
            >>> canon().place_within("Mosul", frozenset({"Iraq"}))
            True
            >>> canon().place_within("Iraq", frozenset({"Mosul"}))
            False
        """
        seen: set[str] = set()
        while place not in seen:  # the hierarchy is data: guard against a loop in it
            if place in wider:
                return True
            seen.add(place)
            if place not in self.place_parents:
                return False
            place = self.place_parents[place]
        return False

    def home_of(self, subject: str | None) -> frozenset[str]:
        """The homes of a canonical subject's group and of every wider group.

        Examples:
            >>> sorted(canon().home_of("part of Chechen nationals"))
            ['Chechnya', 'Russia']
            >>> canon().home_of("civilians")
            frozenset()
        """
        group = self.group_in(subject)
        homes = set()
        while group is not None:
            if group in self.homes:
                homes.add(self.homes[group])
            group = self.group_parents.get(group)
        return frozenset(homes)


def _read(name: str) -> dict[str, Any]:
    path = resources.files(__package__) / "canon" / name
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _only(raw: Mapping[str, Any], keys: tuple[str, ...], where: str) -> None:
    for key in raw:
        if key not in keys:
            raise LexiconError(f"{where}: unknown key {key!r}; expected one of {', '.join(keys)}")


def _names(raw: object, where: str) -> dict[str, str]:
    if not isinstance(raw, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in raw.items()
    ):
        raise LexiconError(f"{where}: must be a table of names")
    return dict(raw)


_BEHAVIOURS = ("cumulative", "stock", "plan")


def _kinds(raw: Mapping[str, Any]) -> dict[str, Kind]:
    """Measure name -> kind, from ``[kinds]`` of ``canon/measures.toml``."""
    where = "canon/measures.toml [kinds]"
    by_measure: dict[str, Kind] = {}
    families = {e.get("family") for e in raw.values() if isinstance(e, Mapping)}
    for name, entry in raw.items():
        if not isinstance(entry, Mapping):
            raise LexiconError(f"{where}: {name!r} must be a table")
        _only(
            entry,
            ("family", "measures", "behaviour", "at_most", "closes", "window_days"),
            f"{where}.{name}",
        )
        behaviour = entry.get("behaviour")
        if behaviour not in _BEHAVIOURS or not isinstance(entry.get("family"), str):
            raise LexiconError(f"{where}.{name}: needs a family and a behaviour of {_BEHAVIOURS}")
        at_most = entry.get("at_most")
        if at_most is not None and at_most not in raw:
            raise LexiconError(f"{where}.{name}: at_most names no kind: {at_most!r}")
        closes = entry.get("closes")
        if closes is not None and closes not in families:
            raise LexiconError(f"{where}.{name}: closes names no family: {closes!r}")
        window = entry.get("window_days")
        if window is not None and (
            not isinstance(window, int) or isinstance(window, bool) or window < 0
        ):
            raise LexiconError(f"{where}.{name}: window_days must be a whole number >= 0")
        kind = Kind(name, entry["family"], behaviour, at_most, closes, window)
        for measure in entry.get("measures", []):
            if measure in by_measure:
                raise LexiconError(f"{where}.{name}: measure {measure!r} is in two kinds")
            by_measure[measure] = kind
    return by_measure


@functools.cache
def canon() -> Canon:
    """The canonical knowledge, loaded once.

    Raises:
        LexiconError: If a file of ``lang/canon/`` has an unknown key or a bad value.
    """
    places = _read("places.toml")
    _only(places, ("within", "wide", "seats"), "canon/places.toml")
    wide = places.get("wide", {})
    _only(wide, ("names",), "canon/places.toml [wide]")
    seats = places.get("seats", {})
    _only(seats, ("names",), "canon/places.toml [seats]")
    seat_names = seats.get("names", [])
    if not isinstance(seat_names, list) or not all(isinstance(n, str) for n in seat_names):
        raise LexiconError("canon/places.toml [seats]: names must be a list of place names")
    groups = _read("groups.toml")
    _only(groups, ("within", "home", "country"), "canon/groups.toml")
    measures = _read("measures.toml")
    _only(measures, ("kinds", "abroad", "at_home"), "canon/measures.toml")
    abroad = measures.get("abroad", {})
    _only(abroad, ("families", "leaving"), "canon/measures.toml [abroad]")
    abroad_families = abroad.get("families", [])
    leaving_families = abroad.get("leaving", [])
    for listed in (abroad_families, leaving_families):
        if not isinstance(listed, list) or not all(isinstance(f, str) for f in listed):
            raise LexiconError("canon/measures.toml [abroad]: families must be a list of names")
    kinds = _kinds(measures.get("kinds", {}))
    moved_at_home = _names(measures.get("at_home", {}), "canon/measures.toml [at_home]")
    for measure, becomes in moved_at_home.items():
        if measure not in kinds or becomes not in kinds:
            raise LexiconError(
                f"canon/measures.toml [at_home]: {measure!r} -> {becomes!r}: unknown measure"
            )
    sounds_raw = _read("sounds.toml")
    _only(sounds_raw, ("sounds", "joined"), "canon/sounds.toml")
    sounds = _names(sounds_raw.get("sounds", {}), "canon/sounds.toml [sounds]")
    joined = sounds_raw.get("joined", {}).get("words", [])
    if not isinstance(joined, list) or not all(isinstance(w, str) for w in joined):
        raise LexiconError("canon/sounds.toml [joined]: words must be a list of strings")
    group_parents = _names(groups.get("within", {}), "canon/groups.toml [within]")
    # every canonical group any language names, and those of the hierarchy
    named = set(group_parents) | set(group_parents.values())
    group_words: dict[str, str] = {}
    for code in available_languages():
        subjects = lexicon(code).subjects
        named |= set(subjects.demonyms.values()) | set(subjects.origins.values())
        for table in (subjects.origins, subjects.demonyms):
            for word, group in table.items():
                group_words.setdefault(word, group)
    for group in named:
        group_words.setdefault(fold(group), group)
        if group.endswith((" nationals", " people")):
            group_words.setdefault(fold(group.rsplit(" ", 1)[0]), group)
    subjects_raw = _read("subjects.toml")
    _only(
        subjects_raw,
        ("roles", "within", "generic", "ignore", "restates", "at_home"),
        "canon/subjects.toml",
    )
    at_home = subjects_raw.get("at_home", {})
    _only(at_home, ("roles",), "canon/subjects.toml [at_home]")
    home_roles = at_home.get("roles", [])
    if not isinstance(home_roles, list) or not all(
        r in subjects_raw.get("roles", {}) for r in home_roles
    ):
        raise LexiconError("canon/subjects.toml [at_home]: roles must be a list of [roles] names")
    restates = subjects_raw.get("restates", {})
    if not isinstance(restates, Mapping) or not all(
        isinstance(v, list) and all(isinstance(m, str) and m in kinds for m in v)
        for v in restates.values()
    ):
        raise LexiconError("canon/subjects.toml [restates]: role = a list of measure names")
    role_words = {
        fold(word): role for role, words in subjects_raw.get("roles", {}).items() for word in words
    }
    adjectives = sorted(
        {(g.rsplit(" ", 1)[0], g) for g in named if g.endswith((" nationals", " people"))},
        key=lambda pair: (-len(pair[0]), pair),
    )
    return Canon(
        kinds=MappingProxyType(kinds),
        cumulative=frozenset(m for m, k in kinds.items() if k.behaviour == "cumulative"),
        stock=frozenset(m for m, k in kinds.items() if k.behaviour == "stock"),
        place_parents=MappingProxyType(_names(places.get("within", {}), "canon/places.toml")),
        wide_places=frozenset(wide.get("names", [])),
        group_parents=MappingProxyType(group_parents),
        adjectives=tuple(adjectives),
        sounds=tuple(sounds.items()),
        joined_names=frozenset(joined),
        seats=frozenset(seat_names),
        group_words=MappingProxyType(group_words),
        role_words=MappingProxyType(role_words),
        generic_words=frozenset(subjects_raw.get("generic", {}).get("words", [])),
        ignored_words=frozenset(subjects_raw.get("ignore", {}).get("words", [])),
        language_names=MappingProxyType(
            _names(_read("languages.toml").get("names", {}), "canon/languages.toml [names]")
        ),
        role_parents=MappingProxyType(
            _names(subjects_raw.get("within", {}), "canon/subjects.toml")
        ),
        homes=MappingProxyType(_names(groups.get("home", {}), "canon/groups.toml [home]")),
        countries=MappingProxyType(
            {
                **_names(groups.get("home", {}), "canon/groups.toml [home]"),
                **_names(groups.get("country", {}), "canon/groups.toml [country]"),
            }
        ),
        abroad_families=frozenset(abroad_families),
        at_home=MappingProxyType(moved_at_home),
        leaving_families=frozenset(leaving_families),
        role_restates=MappingProxyType({r: frozenset(m) for r, m in restates.items()}),
        home_roles=frozenset(home_roles),
    )
