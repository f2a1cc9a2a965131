"""Dates in text: when a document was published, and when a claim holds.

Dates are kept as ISO strings at the precision the text gives: ``YYYY``,
``YYYY-MM`` or ``YYYY-MM-DD``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

import attrs

from ..lang import lexicon
from ..text import fold, trie_regex

__all__ = ["find_published", "resolve_month"]


@attrs.frozen(eq=False)
class _DatePatterns:
    full_date: re.Pattern[str]
    dateline: re.Pattern[str]
    lead_date: re.Pattern[str]
    weekday_before: re.Pattern[str]
    not_ours_before: re.Pattern[str]
    since_before: re.Pattern[str]
    months: Mapping[str, int]


@functools.cache
def _patterns(code: str) -> _DatePatterns:
    dates = lexicon(code).dates
    months = trie_regex(dates.months) if dates.months else "(?!)"
    suffixes = trie_regex(dates.day_suffixes) if dates.day_suffixes else "(?!)"
    weekdays = trie_regex(dates.weekdays) if dates.weekdays else "(?!)"
    not_ours = trie_regex(dates.not_ours) if dates.not_ours else "(?!)"
    since = trie_regex(dates.since) if dates.since else "(?!)"
    return _DatePatterns(
        # "April 11, 2019", "11 April 2019", "2019-04-11"
        full_date=re.compile(
            rf"""
            \b(?P<month>{months})\.?\s+(?P<day>\d{{1,2}})(?:{suffixes})?,?\s+
                (?P<year>(?:19|20)\d\d)\b
            | \b(?P<day2>\d{{1,2}})\s+(?P<month2>{months})\.?,?\s+(?P<year2>(?:19|20)\d\d)\b
            | \b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b
            """,
            re.VERBOSE,
        ),
        # a dateline with no year: "MOSCOW, March 12.", "Москва, 19 ноября."; a
        # place of at most three words opens a line, then the day and month
        dateline=re.compile(
            rf"""
            (?:^|\n)\s*[^\W\d_][^\W\d_ ]*(?:[ -][^\W\d_]+){{0,2}}\s*[,.]\s*
            (?:(?P<month>{months})\.?\s+(?P<day>\d{{1,2}})(?:{suffixes})?
              | (?P<day2>\d{{1,2}})\s+(?P<month2>{months}))
            (?![\w-])(?!,?\s+(?:19|20)\d\d)
            """,
            re.VERBOSE,
        ),
        # a day and month with no year in the opening sentence ("Как сообщает
        # 20 декабря агентство", "said on March 12"): news opens with the day
        # it reports, not with a start ("since March 12")
        lead_date=re.compile(
            rf"""
            \A\s*[^.!?\n]{{0,200}}?(?<![\w-])
            (?:(?P<month>{months})\.?\s+(?P<day>\d{{1,2}})(?:{suffixes})?
              | (?P<day2>\d{{1,2}})\s+(?P<month2>{months}))
            (?![\w-])(?!,?\s+(?:19|20)\d\d)
            """,
            re.VERBOSE,
        ),
        # a weekday before the date marks a page header showing when the page was viewed
        weekday_before=re.compile(rf"(?:{weekdays}),?\s*$"),
        # words that introduce a date that belongs to something else
        not_ours_before=re.compile(rf"(?:{not_ours})[^\n]{{0,40}}\n\s*(?:\n\s*)?$"),
        # "с 24 марта 2016 года по ...", "since May 3, 2015": the start of a period
        since_before=re.compile(rf"(?<![\w-])(?:{since})\s+$"),
        months=dates.months,
    )


# The most characters between the two dates of a period ("года по ", " to "):
# a date that close after one opening a period closes it.
_RANGE_GAP = 12
_BREAK = re.compile(r"[.!?;\n]")

# A time right after a date marks a dateline: "April 11, 2019 1:40 pm".
_TIME_AFTER = re.compile(r"\s*(?:\||-|,)?\s*\d{1,2}:\d\d\b")
# A year written in the text, for a dateline that gives none.
_YEAR = re.compile(r"(?<![\w.,-])((?:19|20)\d\d)(?![\w-])")


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


def _iso(m: re.Match[str], months: Mapping[str, int]) -> str | None:
    if m.group("iso"):
        return m.group("iso")
    month = months[m.group("month") or m.group("month2")]
    day = int(m.group("day") or m.group("day2"))
    year = int(m.group("year") or m.group("year2"))
    if not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_published(text: str, *, language: str = "en", head: int = 3000) -> str | None:
    r"""Find the publication date of an article in its own text, or ``None``.

    Looks at the first ``head`` characters, for the month names of
    ``language``. A date followed by a time of day (a dateline) wins;
    otherwise the first date that neither follows a weekday (a page header
    showing the day the page was viewed) nor heads a "related coverage" link.

    Examples:
        >>> find_published("Saturday, January 29th 2022\n\nApril 11, 2019 1:40 pm\n\nTitle")
        '2019-04-11'
        >>> find_published("Posted 3 May 2016 by staff")
        '2016-05-03'
        >>> find_published("No date in here.") is None
        True
    """
    patterns = _patterns(lexicon(language).code)
    sample = fold(text[:head])
    candidates: list[str] = []
    others: list[tuple[int, int]] = []  # dates of page headers and links: not the text's years
    since_end = -_RANGE_GAP - 1  # where the last date opening a period ended
    for m in patterns.full_date.finditer(sample):
        iso = _iso(m, patterns.months)
        if iso is None:
            continue
        before = sample[max(0, m.start() - 80) : m.start()]
        if _TIME_AFTER.match(sample, m.end()):
            if patterns.not_ours_before.search(before):
                others.append(m.span())
                continue
            return iso
        closes = m.start() - since_end <= _RANGE_GAP and not _BREAK.search(
            sample[since_end : m.start()]
        )
        if patterns.since_before.search(before) or closes:
            # "с 24 марта 2016 года по 10 июля 2017 года": a period, both ends,
            # though its years are the text's own
            since_end = m.end()
            continue
        if patterns.weekday_before.search(before) or patterns.not_ours_before.search(before):
            others.append(m.span())
            continue
        candidates.append(iso)
    year = _latest_year(fold(text), others)
    if candidates:
        # a yearless day opening the text, later than the first full date the
        # body names ("15 июля 2017 года" in the last paragraph), is the day
        # the news reports
        lead = _lead_date(sample, patterns, year)
        return lead if lead is not None and lead > candidates[0] else candidates[0]
    return _dateline(sample, patterns, year)


def _latest_year(text: str, others: list[tuple[int, int]]) -> int | None:
    """The latest year the text names: an article is rarely older than the years it names.

    Years inside ``others`` (the dates of page headers and related links,
    which a fold of the head locates in the fold of the whole) are not the
    text's.
    """
    years = [
        int(m.group(1))
        for m in _YEAR.finditer(text)
        if not any(lo <= m.start() < hi for lo, hi in others)
    ]
    return max(years) if years else None


def _dateline(sample: str, patterns: _DatePatterns, year: int | None) -> str | None:
    """The date of a dateline that names no year, in the latest year the text names.

    Without a dateline, nothing: the latest year named alone is too weak a
    guess (an article of 2015 may name no year after 2010), and a wrong
    publication date misorders revisions.
    """
    if year is None:
        return None
    m = patterns.dateline.search(sample)
    if m is None:
        return _lead_date(sample, patterns, year)
    return _in_year(m, patterns, year)


def _lead_date(sample: str, patterns: _DatePatterns, year: int | None) -> str | None:
    """A day and month with no year in the text's opening sentence, in ``year``.

    "Как сообщает 20 декабря агентство ...": news opens with the day it
    reports; a day after "since" ("с 24 марта") opens a period instead.
    """
    m = patterns.lead_date.search(sample)
    if m is None or year is None:
        return None
    at = m.start("month") if m.group("month") else m.start("day2")
    if patterns.since_before.search(sample, max(0, at - 24), at):
        return None
    return _in_year(m, patterns, year)


def _in_year(m: re.Match[str], patterns: _DatePatterns, year: int) -> str:
    """The ISO date of a day and month found with no year, put in ``year``."""
    month = patterns.months[m.group("month") or m.group("month2")]
    day = int(m.group("day") or m.group("day2"))
    if not 1 <= day <= 31:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"
