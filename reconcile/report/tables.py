"""A report as tables: plain records, or pandas DataFrames when pandas is installed.

Three tables, one row each per claim, per question (cluster) and per
relation. Every cell is a plain string, number or ``None``, so the records
go straight to ``csv.DictWriter``, a database or a DataFrame. pandas is an
optional extra (``pip install 'reconcile-claims[pandas]'``), imported only by
:func:`to_pandas`.

The claims table reads back: :func:`claims_from_records` and
:func:`claims_from_pandas` turn rows with those columns (from a spreadsheet,
a CSV file, a database) into claims for :func:`reconcile.reconcile`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from ..errors import InvalidClaimError, InvalidValueError, ReconcileError
from ..model import Claim, Quantity, Relative, Span

if TYPE_CHECKING:
    import pandas as pd

    from .report import Report

__all__ = ["COLUMNS", "Table", "claims_from_pandas", "claims_from_records", "records", "to_pandas"]

Table = Literal["claims", "clusters", "relations"]
"""The name of one of a report's tables."""

COLUMNS: dict[str, tuple[str, ...]] = {
    "claims": (
        "id", "document", "cluster", "start", "end", "low", "high", "qualifier", "text",
        "measure", "unit", "subject", "places", "as_of", "speaker", "outlet", "lang", "quote",
        "direction", "relative", "relative_text", "quantity_unit",
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
        >>> from reconcile import Report
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
                "direction": c.quantity.direction.value if c.quantity.direction else None,
                "relative": c.quantity.relative.factor if c.quantity.relative else None,
                "relative_text": c.quantity.relative.text if c.quantity.relative else None,
                "quantity_unit": c.quantity.unit,
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


def _missing(value: object) -> bool:
    """Whether a cell is empty: ``None``, NaN, pandas' NA or NaT, or blank text."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, float):
        return math.isnan(value)
    try:  # pandas.NA, pandas.NaT and numpy's NaN scalars, without importing either
        return bool(value != value)  # noqa: PLR0124 - NaN-likes differ from themselves
    except (TypeError, ValueError):
        return False


def _cell(row: Mapping[str, Any], name: str) -> Any:
    value: Any = row.get(name)
    if value is None or _missing(value):
        return None
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, str):
        return item()  # a numpy scalar as the Python value
    return value


def _text(row: Mapping[str, Any], name: str) -> str | None:
    value = _cell(row, name)
    return None if value is None else str(value)


def _figure(row: Mapping[str, Any], name: str) -> int | float | None:
    value = _cell(row, name)
    if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
        return value
    try:
        return float(str(value).replace(",", ""))
    except ValueError as err:
        raise InvalidClaimError(name, value, "must be a number") from err


def _offset(row: Mapping[str, Any], name: str) -> int | None:
    """A span offset: a whole number, never truncated (1.0 from a CSV is one, 1.5 is not)."""
    value = _figure(row, name)
    if value is None:
        return None
    if not float(value).is_integer():
        raise InvalidClaimError(name, value, "must be a whole number of characters")
    return int(value)


def _qualifier(low: float | None, high: float | None) -> str:
    """The qualifier a row without one implies by the bounds it gives."""
    if low is not None and high is not None:
        return "exact" if low == high else "range"
    return "at_least" if low is not None else "at_most"


def _places(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value.split(";") if isinstance(value, str) else value
    return tuple(str(x).strip() for x in items if not _missing(x))


def _claim(row: Mapping[str, Any]) -> Claim:
    low, high = _figure(row, "low"), _figure(row, "high")
    if low is None and high is None:
        raise InvalidClaimError("low", None, "a claim needs its figure: low, high or both")
    start, end = _offset(row, "start"), _offset(row, "end")
    factor = _figure(row, "relative")
    quantity = Quantity(
        low,
        high,
        _text(row, "qualifier") or _qualifier(low, high),
        _text(row, "text") or "",
        direction=_text(row, "direction"),
        relative=None if factor is None else Relative(factor, _text(row, "relative_text") or ""),
        unit=_text(row, "quantity_unit"),
    )
    fields: dict[str, Any] = {
        "document": _text(row, "document"),
        "span": Span(start or 0, end if end is not None else start or 0),
        "quantity": quantity,
        "quote": _text(row, "quote") or "",
        "measure": _text(row, "measure"),
        "unit": _text(row, "unit") or "people",
        "subject": _text(row, "subject"),
        "places": _places(_cell(row, "places")),
        "as_of": _text(row, "as_of"),
        "speaker": _text(row, "speaker"),
        "outlet": _text(row, "outlet"),
        "lang": _text(row, "lang"),
    }
    claim_id = _text(row, "id")
    if claim_id is not None:
        fields["id"] = claim_id
    return Claim(**fields)


def claims_from_records(rows: Iterable[Mapping[str, Any]]) -> tuple[Claim, ...]:
    """Claims from rows with the columns of the claims table (``COLUMNS["claims"]``).

    The reverse of ``report.to_records("claims")``: rows from a spreadsheet, a
    CSV file (``csv.DictReader``) or a database become claims to pass to
    :func:`reconcile.reconcile`. Only ``document`` and a bound (``low`` or
    ``high``) are needed. A missing cell (absent, ``None``, NaN, pandas' NA,
    blank text) means the field is unknown; ``places`` is a list or a
    ``"; "``-joined string; without ``qualifier`` the bounds tell it (equal:
    exact, different: range, one: at least or at most); without ``start`` and
    ``end`` the span is empty; without ``id`` the claim's id is derived from
    its document, span and quote. The ``cluster`` column is ignored: questions
    are found again by :func:`reconcile.reconcile`.

    Raises:
        InvalidClaimError: If a row does not make a valid claim; the error
            notes the row's position.

    Examples:
        >>> rows = [{"document": "sheet-1", "low": 300, "high": 300, "qualifier": "approx",
        ...          "measure": "fighters", "places": "Syria; Iraq", "speaker": float("nan")}]
        >>> claim, = claims_from_records(rows)
        >>> claim.quantity.describe(), claim.places, claim.speaker
        ('about 300', ('Syria', 'Iraq'), None)
    """
    out = []
    for number, row in enumerate(rows):
        try:
            out.append(_claim(row))
        except ReconcileError as err:
            err.add_note(f"in record {number} (counting from 0)")
            raise
        except (AttributeError, LookupError, TypeError, ValueError) as err:
            # a row that is no mapping, a list cell where text belongs
            raise InvalidClaimError(
                f"record {number}", row, f"does not make a claim (counting from 0): {err}"
            ) from None
    return tuple(out)


def claims_from_pandas(frame: pd.DataFrame) -> tuple[Claim, ...]:
    """Claims from a DataFrame with the columns of ``report.to_pandas("claims")``.

    The rows are read as :func:`claims_from_records` reads them (NaN means
    missing). pandas itself is not imported: any object with
    ``to_dict("records")`` will do.
    """
    rows: list[dict[str, Any]] = frame.to_dict("records")
    return claims_from_records(rows)
