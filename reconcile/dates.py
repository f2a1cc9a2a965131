"""Dates in text: when a document was published, and when a claim holds.

Dates are kept as ISO strings at the precision the text gives: ``YYYY``,
``YYYY-MM`` or ``YYYY-MM-DD``.
"""

from __future__ import annotations

import re

__all__ = ["MONTHS", "find_published", "resolve_month"]

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

# "April 11, 2019", "11 April 2019", "2019-04-11"
_FULL_DATE = re.compile(
    rf"""
    \b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b
    | \b(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})\.?,?\s+(?P<year2>(?:19|20)\d\d)\b
    | \b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A time right after a date marks a dateline: "April 11, 2019 1:40 pm".
_TIME_AFTER = re.compile(r"\s*(?:\||-|,)?\s*\d{1,2}:\d\d\b")
# A weekday before the date marks a page header showing when the page was viewed.
_WEEKDAY_BEFORE = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*$", re.IGNORECASE
)
# Words that introduce a date that belongs to something else.
_NOT_OURS_BEFORE = re.compile(
    r"(?:related|read more|see also|more from|latest|updated)[^\n]{0,40}\n\s*(?:\n\s*)?$",
    re.IGNORECASE,
)


def resolve_month(month: int, published: str | None, context_year: int | None) -> int | None:
    """The year of a month named without one ("in November").

    The latest such month not after the publication date; without a
    publication date, the year most recently named before it in the text.

    Examples:
        >>> resolve_month(12, "2015-01", None)
        2014
        >>> resolve_month(1, "2016-01", None)
        2016
        >>> resolve_month(11, None, 2014)
        2014
        >>> resolve_month(11, None, None) is None
        True
    """
    if published is not None:
        year = int(published[:4])
        if len(published) >= 7 and month > int(published[5:7]):
            return year - 1
        return year
    return context_year


def _iso(m: re.Match[str]) -> str | None:
    if m.group("iso"):
        return m.group("iso")
    month = MONTHS[(m.group("month") or m.group("month2")).lower()]
    day = int(m.group("day") or m.group("day2"))
    year = int(m.group("year") or m.group("year2"))
    if not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_published(text: str, *, head: int = 3000) -> str | None:
    r"""Find the publication date of an article in its own text, or ``None``.

    Looks at the first ``head`` characters. A date followed by a time of day
    (a dateline) wins; otherwise the first date that neither follows a
    weekday (a page header showing the day the page was viewed) nor heads a
    "related coverage" link.

    Examples:
        >>> find_published("Saturday, January 29th 2022\n\nApril 11, 2019 1:40 pm\n\nTitle")
        '2019-04-11'
        >>> find_published("Posted 3 May 2016 by staff")
        '2016-05-03'
        >>> find_published("No date in here.") is None
        True
    """
    sample = text[:head]
    candidates: list[str] = []
    for m in _FULL_DATE.finditer(sample):
        iso = _iso(m)
        if iso is None:
            continue
        before = sample[max(0, m.start() - 80) : m.start()]
        if _TIME_AFTER.match(sample, m.end()):
            if _NOT_OURS_BEFORE.search(before):
                continue
            return iso
        if _WEEKDAY_BEFORE.search(before) or _NOT_OURS_BEFORE.search(before):
            continue
        candidates.append(iso)
    return candidates[0] if candidates else None
