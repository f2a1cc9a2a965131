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
from .registry import available_languages, lexicon

__all__ = ["Canon", "canon"]


@attrs.frozen
class Canon:
    """Canonical knowledge the comparison stages use.

    Attributes:
        cumulative: Measures whose counts only grow.
        stock: Measures whose counts can fall.
        place_parents: Place -> the wider place it lies in.
        group_parents: Group -> the wider group it belongs to.
        adjectives: ``("Tajik", "Tajik nationals")`` pairs, longest adjective first:
            how a subject's group is recognised ("Tajik students" is a role of
            "Tajik nationals").
        sounds: ``(written, sound)`` pairs merged before names are compared.
    """

    cumulative: frozenset[str]
    stock: frozenset[str]
    place_parents: Mapping[str, str]
    group_parents: Mapping[str, str]
    adjectives: tuple[tuple[str, str], ...]
    sounds: tuple[tuple[str, str], ...]


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


@functools.cache
def canon() -> Canon:
    """The canonical knowledge, loaded once.

    Raises:
        LexiconError: If a file of ``lang/canon/`` has an unknown key or a bad value.
    """
    places = _read("places.toml")
    _only(places, ("within",), "canon/places.toml")
    groups = _read("groups.toml")
    _only(groups, ("within",), "canon/groups.toml")
    measures = _read("measures.toml")
    _only(measures, ("kinds",), "canon/measures.toml")
    kinds = measures.get("kinds", {})
    _only(kinds, ("cumulative", "stock"), "canon/measures.toml [kinds]")
    sounds = _names(_read("sounds.toml").get("sounds", {}), "canon/sounds.toml [sounds]")
    group_parents = _names(groups.get("within", {}), "canon/groups.toml [within]")
    # every canonical group any language names, and those of the hierarchy
    named = set(group_parents) | set(group_parents.values())
    for code in available_languages():
        subjects = lexicon(code).subjects
        named |= set(subjects.demonyms.values()) | set(subjects.origins.values())
    adjectives = sorted(
        {(g.rsplit(" ", 1)[0], g) for g in named if g.endswith((" nationals", " people"))},
        key=lambda pair: (-len(pair[0]), pair),
    )
    return Canon(
        cumulative=frozenset(kinds.get("cumulative", [])),
        stock=frozenset(kinds.get("stock", [])),
        place_parents=MappingProxyType(_names(places.get("within", {}), "canon/places.toml")),
        group_parents=MappingProxyType(group_parents),
        adjectives=tuple(adjectives),
        sounds=tuple(sounds.items()),
    )
