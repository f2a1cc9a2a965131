"""Validators and converters shared by the value types (private to :mod:`reconcile.model`)."""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import json
import math
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ParamSpec, TypeVar

import attrs

from ..errors import FormatError, InvalidClaimError, InvalidQuantityError, ReconcileError

Number = int | float
_E = TypeVar("_E", bound=enum.Enum)
_T = TypeVar("_T")
_P = ParamSpec("_P")


MAX_VALUE = 10**15
"""The largest value a quantity holds: no count of people or things comes near it,
and larger ints would not survive float arithmetic or JSON readers."""


def _number(value: object) -> Number | None:
    """Integral floats become ints so that 300.0 and 300 are one value."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidQuantityError("value", value, "must be an int, a float or None")
    if abs(value) > MAX_VALUE:
        raise InvalidQuantityError("value", value, "must not exceed 10**15 in size")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidQuantityError("value", value, "must be finite")
        if value.is_integer() and abs(value) < 2**53:
            return int(value)
    return value


def _enum(
    kind: type[_E], value: object, error: type[InvalidQuantityError | InvalidClaimError], field: str
) -> _E:
    if isinstance(value, kind):
        return value
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in kind)
        raise error(field, value, f"must be one of {allowed}") from None


def _shared(value: str | None) -> str | None:
    """One copy of a string that many claims repeat (outlets, measures, dates, speakers).

    A million claims name a few thousand outlets, places and speakers; keeping
    one copy of each saves a good part of their memory.
    """
    return sys.intern(value) if type(value) is str else value


def _strings(value: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(value, str):
        raise InvalidClaimError("places", value, "must be a sequence of strings, not one string")
    out = tuple(value)
    for item in out:
        if not isinstance(item, str):
            raise InvalidClaimError("places", out, "every item must be a string")
    return tuple(sys.intern(p) if type(p) is str else p for p in out)


_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")  # ASCII, as the JSON Schema says


def _check_date(field: str, value: str | None) -> None:
    """Accept ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` naming a real calendar date."""
    if value is None:
        return
    match = _DATE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise InvalidClaimError(field, value, "must be YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits")
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        _dt.date(year, month, day)
    except ValueError:
        raise InvalidClaimError(field, value, "is not a calendar date") from None


def _date_field(_: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    _check_date(attribute.name, value)


def _optional_str(_: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidClaimError(attribute.name, value, "must be a string or None")


def _nonempty_str(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value:
        raise InvalidClaimError(attribute.name, value, "must be a non-empty string")


# characters XML 1.0 cannot carry, even as character references
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _id_str(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    """An id: a non-empty string that every output (GraphML's XML too) can carry as it is."""
    _nonempty_str(_, attribute, value)
    assert isinstance(value, str)
    if XML_ILLEGAL.search(value) is not None:
        raise InvalidClaimError(
            attribute.name, value, "must hold no control characters, surrogates or U+FFFE/U+FFFF"
        )


def _get(data: Mapping[str, Any], key: str, kind: str) -> Any:
    try:
        return data[key]
    except (KeyError, TypeError):
        raise FormatError(f"{kind} is missing the required field {key!r}") from None


def _tuple_of(kind: type[_T], value: Iterable[Any]) -> tuple[_T, ...]:
    out = tuple(value)
    for item in out:
        if not isinstance(item, kind):
            name = kind.__name__
            raise InvalidClaimError(name.lower() + "s", item, f"must be a {name}")
    return out


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise FormatError(f"not valid JSON: {err}") from None
    except RecursionError:
        raise FormatError("not valid JSON: nested too deeply to read") from None


def _shaped(kind: str) -> Callable[[Callable[_P, _T]], Callable[_P, _T]]:
    """A reader of JSON data that raises :class:`FormatError` for data of the wrong shape.

    A reader walks the data expecting the documented shape: a number where
    a list belongs, ``null`` for an object, fail deep inside it with
    whatever Python raises there. The library's own errors (a field's
    validation) pass as they are.
    """

    def wrap(read: Callable[_P, _T]) -> Callable[_P, _T]:
        @functools.wraps(read)
        def reading(*args: _P.args, **kwargs: _P.kwargs) -> _T:
            try:
                return read(*args, **kwargs)
            except ReconcileError:
                raise
            except (ArithmeticError, AttributeError, LookupError, TypeError, ValueError) as err:
                raise FormatError(f"{kind} does not have the documented shape: {err}") from None
            except RecursionError:
                raise FormatError(f"{kind} is nested too deeply to read") from None

        return reading

    return wrap
