"""What reconciliation finds: relations between claims, questions and their estimates."""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ..errors import InvalidClaimError
from ._fields import (
    Number,
    _enum,
    _get,
    _id_str,
    _nonempty_str,
    _number,
    _optional_str,
    _shaped,
    _strings,
)

__all__ = ["Cluster", "Estimate", "Relation", "RelationKind"]


class RelationKind(enum.Enum):
    """How two claims about the same question relate."""

    CONTRADICTS = "contradicts"
    """Incompatible values for the same subject, measure, place and period."""
    UPDATES = "updates"
    """A later figure revises an earlier one."""
    REPEATS = "repeats"
    """The same claim restated: by another outlet, a translation, or twice in one text."""
    REFINES = "refines"
    """A narrower value inside a wider one."""
    AGREES = "agrees"
    """Independent sources with compatible values."""
    SCOPE_DIFFERS = "scope_differs"
    """Looks alike, but the subject, place or period differ."""


def _to_relation_kind(value: object) -> RelationKind:
    return _enum(RelationKind, value, InvalidClaimError, "kind")


def _claim_ids(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise InvalidClaimError("claims", value, "must be a sequence of claim ids, not one string")
    out = tuple(value)
    if not all(isinstance(v, str) and v for v in out):
        raise InvalidClaimError("claims", out, "every claim id must be a non-empty string")
    return out


@attrs.frozen(weakref_slot=False)  # millions of these: no weak references
class Relation:
    """A finding about two or more claims, with the reason a person can read.

    Examples:
        >>> Relation("contradicts", ["c-1", "c-2"], "approx 300 vs approx 200").kind
        <RelationKind.CONTRADICTS: 'contradicts'>
        >>> Relation("contradicts", ["c-1"], "alone")
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidClaimError: claims=('c-1',): a relation needs at least two ...
    """

    kind: RelationKind = attrs.field(converter=_to_relation_kind)
    claims: tuple[str, ...] = attrs.field(converter=_claim_ids)
    reason: str = attrs.field(validator=_nonempty_str)

    def __attrs_post_init__(self) -> None:
        if len(set(self.claims)) < 2 or len(set(self.claims)) != len(self.claims):
            raise InvalidClaimError(
                "claims", self.claims, "a relation needs at least two distinct claims"
            )

    def _repr_html_(self) -> str:
        from .html import relation_html  # noqa: PLC0415 - html imports this module

        return relation_html(self)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"kind": self.kind.value, "claims": list(self.claims), "reason": self.reason}

    @classmethod
    @_shaped("a relation")
    def from_dict(cls, data: Mapping[str, Any]) -> Relation:
        """Read the JSON form."""
        return cls(
            _get(data, "kind", "a relation"),
            _get(data, "claims", "a relation"),
            _get(data, "reason", "a relation"),
        )


@attrs.frozen(kw_only=True)
class Estimate:
    """A low / best / high estimate for one question, and what it rests on.

    Examples:
        >>> Estimate(low=200, best=250, high=300).best
        250
        >>> Estimate(low=300, best=250, high=300)
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidClaimError: low=300: must not exceed best (250)
    """

    low: Number | None = attrs.field(default=None, converter=_number)
    best: Number | None = attrs.field(default=None, converter=_number)
    high: Number | None = attrs.field(default=None, converter=_number)
    rule: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    claims: tuple[str, ...] = attrs.field(default=(), converter=_claim_ids)

    def __attrs_post_init__(self) -> None:
        named = [("low", self.low), ("best", self.best), ("high", self.high)]
        given = [(n, v) for n, v in named if v is not None]
        for name, value in given:
            if value < 0:
                raise InvalidClaimError(name, value, "must not be negative")
        for (n1, v1), (n2, v2) in itertools.pairwise(given):
            if v1 > v2:
                raise InvalidClaimError(n1, v1, f"must not exceed {n2} ({v2})")

    @classmethod
    def _of_claims(
        cls,
        *,
        low: Number | None,
        best: Number | None,
        high: Number | None,
        rule: str,
        claims: tuple[str, ...],
    ) -> Estimate:
        """An estimate a rule made from checked claims: their ids are not checked again.

        The figures are converted and the order of low, best and high checked
        as ``Estimate()`` does; a hundred thousand questions need not check
        their million claim ids twice. Never for user input.
        """
        estimate = object.__new__(cls)
        object.__setattr__(estimate, "low", _number(low))
        object.__setattr__(estimate, "best", _number(best))
        object.__setattr__(estimate, "high", _number(high))
        object.__setattr__(estimate, "rule", rule)
        object.__setattr__(estimate, "claims", claims)
        estimate.__attrs_post_init__()
        return estimate

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "low": self.low,
            "best": self.best,
            "high": self.high,
            "rule": self.rule,
            "claims": list(self.claims),
        }

    @classmethod
    @_shaped("an estimate")
    def from_dict(cls, data: Mapping[str, Any]) -> Estimate:
        """Read the JSON form."""
        return cls(
            low=data.get("low"),
            best=data.get("best"),
            high=data.get("high"),
            rule=data.get("rule", ""),
            claims=data.get("claims") or (),
        )


@attrs.frozen(kw_only=True)
class Cluster:
    """Claims that answer one question ("how many Tajiks fight in Syria?").

    Examples:
        >>> Cluster(id="k-1", measure="fighters", claims=["c-1", "c-2"]).claims
        ('c-1', 'c-2')
    """

    id: str = attrs.field(validator=_id_str)
    claims: tuple[str, ...] = attrs.field(converter=_claim_ids)
    measure: str | None = attrs.field(default=None, validator=_optional_str)
    subject: str | None = attrs.field(default=None, validator=_optional_str)
    places: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    estimate: Estimate | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Estimate))
    )

    def __attrs_post_init__(self) -> None:
        if not self.claims:
            raise InvalidClaimError("claims", self.claims, "a cluster holds at least one claim")
        if len(set(self.claims)) != len(self.claims):
            raise InvalidClaimError("claims", self.claims, "claim ids must not repeat")

    def _repr_html_(self) -> str:
        from .html import cluster_html  # noqa: PLC0415 - html imports this module

        return cluster_html(self)

    @classmethod
    def _trusted(
        cls,
        id: str,
        claims: tuple[str, ...],
        measure: str | None,
        subject: str | None,
        places: tuple[str, ...],
    ) -> Cluster:
        """A cluster the clustering made from checked claims, built without checking again.

        Its claim ids are those of distinct claims (checked unique, and each
        a non-empty string, when the claims were), and its measure, subject
        and places are a claim's: a hundred thousand clusters need not hash
        their million ids again. Never for user input.
        """
        cluster = object.__new__(cls)
        object.__setattr__(cluster, "id", id)
        object.__setattr__(cluster, "claims", claims)
        object.__setattr__(cluster, "measure", measure)
        object.__setattr__(cluster, "subject", subject)
        object.__setattr__(cluster, "places", places)
        object.__setattr__(cluster, "estimate", None)
        return cluster

    def _with_estimate(self, estimate: Estimate | None) -> Cluster:
        """This cluster with ``estimate``, as ``attrs.evolve`` makes it, without checking again.

        Its fields were checked when it was built; the pipeline gives each of
        a hundred thousand clusters its estimate, and checking their million
        claim ids again would be a good part of that stage.
        """
        if estimate is not None and not isinstance(estimate, Estimate):
            raise InvalidClaimError("estimate", estimate, "must be an Estimate or None")
        cluster = object.__new__(Cluster)
        for field in attrs.fields(Cluster):  # every field, should one be added
            object.__setattr__(cluster, field.name, getattr(self, field.name))
        object.__setattr__(cluster, "estimate", estimate)
        return cluster

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "id": self.id,
            "measure": self.measure,
            "subject": self.subject,
            "places": list(self.places),
            "claims": list(self.claims),
            "estimate": None if self.estimate is None else self.estimate.to_dict(),
        }

    @classmethod
    @_shaped("a cluster")
    def from_dict(cls, data: Mapping[str, Any]) -> Cluster:
        """Read the JSON form."""
        estimate = data.get("estimate")
        return cls(
            id=_get(data, "id", "a cluster"),
            claims=_get(data, "claims", "a cluster"),
            measure=data.get("measure"),
            subject=data.get("subject"),
            places=data.get("places") or (),
            estimate=None if estimate is None else Estimate.from_dict(estimate),
        )
