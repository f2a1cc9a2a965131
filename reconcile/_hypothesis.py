"""Hypothesis' entry point: register reconcile's strategies for ``st.from_type``.

Hypothesis calls :func:`_hypothesis_setup_hook` while it is itself being
imported, so this module imports no hypothesis at the top and registers each
type with a function that imports :mod:`reconcile.strategies` only when a
strategy is first asked for: importing ``reconcile.strategies`` from inside
hypothesis' own import would be circular.
"""

from __future__ import annotations

from typing import Any

from .model import Claim, Cluster, Document, Estimate, Interval, Quantity, Relation, Span, Tolerance
from .report import Report


def _lazy(name: str) -> Any:
    def resolve(_: type) -> Any:
        from . import strategies  # noqa: PLC0415 - see the module docstring

        return getattr(strategies, name)()

    return resolve


def _hypothesis_setup_hook() -> None:
    """Register a strategy for every model type (run by hypothesis' entry point)."""
    from hypothesis import strategies as st  # noqa: PLC0415 - only once hypothesis runs us

    for kind, name in (
        (Span, "spans"),
        (Quantity, "quantities"),
        (Interval, "intervals"),
        (Tolerance, "tolerances"),
        (Document, "documents"),
        (Claim, "claims"),
        (Relation, "relations"),
        (Estimate, "estimates"),
        (Cluster, "clusters"),
        (Report, "reports"),
    ):
        st.register_type_strategy(kind, _lazy(name))
