"""A report as tables: plain records, or pandas DataFrames when pandas is installed.

Three tables, one row each per claim, per question (cluster) and per
relation. Every cell is a plain string, number or ``None``, so the records
go straight to ``csv.DictWriter``, a database or a DataFrame. pandas is an
optional extra (``pip install 'reconcile-claims[pandas]'``), imported only by
:func:`to_pandas`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ..errors import InvalidValueError
from .report import Report

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "Table", "records", "to_pandas"]

Table = Literal["claims", "clusters", "relations"]
"""The name of one of a report's tables."""

COLUMNS: dict[str, tuple[str, ...]] = {
    "claims": (
        "id", "document", "cluster", "start", "end", "low", "high", "qualifier", "text",
        "measure", "unit", "subject", "places", "as_of", "speaker", "outlet", "lang", "quote",
    ),
    "clusters": (
        "id", "measure", "subject", "places", "claims", "low", "best", "high", "rule",
        "estimate_claims",
    ),
    "relations": ("kind", "first", "second", "claims", "cluster", "reason"),
}  # fmt: skip
"""The columns of each table, in order. Lists (places, claim ids) are joined with "; "."""


def _joined(items: tuple[str, ...]) -> str:
    return "; ".join(items)


def records(report: Report, table: Table = "claims") -> list[dict[str, Any]]:
    """One flat dict per claim, cluster or relation of ``report``.

    Raises:
        ValueError: If ``table`` is not one of :data:`COLUMNS`.

    Examples:
        >>> records(Report(), "relations")
        []
    """
    cluster_of = {cid: k.id for k in report.clusters for cid in k.claims}
    if table == "claims":
        return [
            {
                "id": c.id,
                "document": c.document,
                "cluster": cluster_of.get(c.id),
                "start": c.span.start,
                "end": c.span.end,
                "low": c.quantity.low,
                "high": c.quantity.high,
                "qualifier": c.quantity.qualifier.value,
                "text": c.quantity.text,
                "measure": c.measure,
                "unit": c.unit,
                "subject": c.subject,
                "places": _joined(c.places),
                "as_of": c.as_of,
                "speaker": c.speaker,
                "outlet": c.outlet,
                "lang": c.lang,
                "quote": c.quote,
            }
            for c in report.claims
        ]
    if table == "clusters":
        rows = []
        for k in report.clusters:
            e = k.estimate
            rows.append(
                {
                    "id": k.id,
                    "measure": k.measure,
                    "subject": k.subject,
                    "places": _joined(k.places),
                    "claims": len(k.claims),
                    "low": e.low if e else None,
                    "best": e.best if e else None,
                    "high": e.high if e else None,
                    "rule": e.rule if e else None,
                    "estimate_claims": _joined(e.claims) if e else None,
                }
            )
        return rows
    if table == "relations":
        rows = []
        for r in report.relations:
            homes = {cluster_of.get(cid) for cid in r.claims}
            rows.append(
                {
                    "kind": r.kind.value,
                    "first": r.claims[0],
                    "second": r.claims[1],
                    "claims": _joined(r.claims),
                    "cluster": homes.pop() if len(homes) == 1 else None,
                    "reason": r.reason,
                }
            )
        return rows
    raise InvalidValueError("table", table, f"must be one of {', '.join(COLUMNS)}")


def to_pandas(report: Report, table: Table = "claims") -> pd.DataFrame:
    """One of ``report``'s tables as a pandas DataFrame, with the columns of :data:`COLUMNS`.

    Raises:
        ImportError: If pandas is not installed; the message names the extra.
        ValueError: If ``table`` is not one of :data:`COLUMNS`.
    """
    rows = records(report, table)
    try:
        import pandas as pd  # noqa: PLC0415 - an optional extra, imported only when used
    except ImportError as err:
        raise ImportError(
            "to_pandas() needs pandas, an optional extra: pip install 'reconcile-claims[pandas]'"
        ) from err
    return pd.DataFrame.from_records(rows, columns=list(COLUMNS[table]))
