"""When a figure holds, and whether it is stated relative to an earlier one."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ..lang.schema import RelativeTime
from ..model import Relative
from .dates import resolve_month
from .index import Index
from .knowledge import Knowledge, forms

__all__ = ["read_as_of", "read_relative"]

_UNTIL_PUNCTUATION = re.compile(r"[^.,;]*")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def read_as_of(
    index: Index,
    start: int,
    end: int,
    sentence: tuple[int, int],
    clause: tuple[int, int] | None = None,
) -> str | None:
    """When the figure at ``[start, end)`` holds: the time its sentence states nearest to it.

    Else the publication date. A time after another figure is that figure's:
    "the toll rose to 112, up from 74 on Wednesday" (112 holds at another
    time). A time of the figure's own ``clause`` comes before one of another
    clause: "The quake struck on Monday; 120 bodies were recovered on Tuesday".
    """
    know, text = index.know, index.ftext
    part_start, part_end = sentence
    c_start, c_end = clause if clause is not None else sentence
    published = index.doc.published
    if know.relative_re is not None:
        # "doubling the figure given last year": that time belongs to the earlier figure
        rel = index.search(know.relative_re, start, part_end)
        part_end = rel.start() if rel else part_end
    best: tuple[bool, bool, int, str] | None = None
    # a possessive after a time ("Tuesday's crush") names the event by its day
    possessives = know.possessive_endings
    times = [m for m in index.matches(know.time_re, part_start, part_end) if _a_time(index, m)]
    started = False  # whether the time before was a start ("since ...")
    for n, m in enumerate(times):
        if started and _SAME_TIME.fullmatch(text, times[n - 1].end(), m.start()):
            continue  # "منذ يوليو/تموز": the month's second name starts the period too
        started = True
        before = _WORD_BEFORE.search(text, max(part_start, m.start() - 24), m.start())
        # "since 2014", "since October 2016", "с октября 2016 года": a start, not
        # when the figure holds; unless the figure is of the clause the time
        # opens ("the deadliest since 2022, when 1,000 died"): it holds then
        if (
            m.group("prep") in know.since or (before is not None and before.group(1) in know.since)
        ) and not (
            know.when_after_re is not None
            and m.end() <= start
            and know.when_after_re.match(text, m.end()) is not None
        ):
            continue
        if know.since_event_re.search(text, max(part_start, m.start() - _SINCE_REACH), m.start()):
            continue  # "since the start of the operation in October 2016"
        if know.since_clause_re is not None and know.since_clause_re.search(
            text, max(part_start, m.start() - _SINCE_REACH), m.start()
        ):
            continue  # "since protests erupted last month": when the period began
        started = False
        if possessives and _possessive_after(text, m.end(), possessives):
            continue  # "the toll from Tuesday's crush": the day names the event
        if know.event_time_re is not None and know.event_time_re.search(
            text, max(part_start, m.start() - _EVENT_REACH), m.start()
        ):
            continue  # "the blast that occurred on Monday": the event's day
        if m.end() <= start and _in_aside(index, m, part_start, start):
            continue  # "X, who reported on it in December 2017, said": X's time, not the figure's
        if m.start() >= end and index.know.aside_open_re.search(text, end, m.start()):
            continue  # "11 died in Hodeidah, where the outbreak began three weeks ago"
        if n + 1 < len(times) and _starts_period(know, m, times[n + 1]):
            continue  # "between October 2016 and July 2017": the figure holds at its end
        if n + 1 < len(times) and _SAME_TIME.fullmatch(text, m.end(), times[n + 1].start()):
            continue  # "مارس/آذار 2014": one month in two calendars' names, the year on the last
        iso = _time_value(m, index, m.start(), published)
        if iso is None:
            continue
        # the gap between the time and the figure's words: "300,000 in 1970 and
        # about 138,000 in 1991" (138,000 holds in 1991, however long the figure)
        distance = m.start() - end if m.start() >= end else max(0, start - m.end())
        if m.start() >= end:
            if _figure_between(index, times[:n], end, m.start()) and not _told_at(
                index, end, m.start()
            ):
                continue  # "112, up from 74 on Wednesday": the time of the figure between
            apart = False
        else:
            # "In March 300 joined and 200 returned": 200 holds in March too, unless
            # a time with no figure between is its own
            apart = _figure_between(index, times[n + 1 :], m.end(), start)
        elsewhere = not (c_start <= m.start() and m.end() <= c_end)
        if best is None or (apart, elsewhere, distance) < best[:3]:
            best = (apart, elsewhere, distance, iso)
    if best is not None:
        return best[3]
    return published


def _possessive_after(text: str, at: int, possessives: tuple[str, ...]) -> bool:
    """Whether a possessive ends the time at ``at``, maybe after one word: "Monday night's"."""
    if text.startswith(possessives, at):
        return True
    word = _ONE_WORD.match(text, at)
    return word is not None and text.startswith(possessives, word.end())


_ONE_WORD = re.compile(r"[ \t]+[^\W\d_]+")


def _figure_between(index: Index, times: list[re.Match[str]], lo: int, hi: int) -> bool:
    """Whether ``[lo, hi)`` holds a figure outside ``times`` (a date's digits are no figure).

    "5,805 civilians between Feb. 19 and June 19": no figure stands between
    the count and the end of its period.
    """
    at = lo
    for t in times:
        if t.end() <= at or t.start() >= hi:
            continue
        if index.names_a_figure(at, t.start()):
            return True
        at = t.end()
    return index.names_a_figure(at, hi)


def _told_at(index: Index, lo: int, hi: int) -> bool:
    """Whether a time at ``hi`` dates the telling of every figure before it.

    A reporting verb after the last figure of ``[lo, hi)`` says when the
    whole statement was made: "has infected 11,000 and killed 230, the WHO
    said on Tuesday" (both figures hold on Tuesday), unlike "112, up from 74
    on Wednesday".
    """
    last = bisect.bisect_left(index.verb_starts, hi) - 1
    if last < 0:
        return False
    verb = index.verbs[last]
    return verb.start >= lo and verb.end <= hi and not index.names_a_figure(verb.end, hi)


# How far before a date the relative pronoun opening its aside is looked for.
_ASIDE_REACH = 120
_ASIDE_CLOSE = re.compile(r"[^,،.;!?]*[,،]")


def _in_aside(index: Index, m: re.Match[str], part_start: int, start: int) -> bool:
    """Whether a date before the figure sits in an aside closed before it.

    ", who reported on the toll in December 2017," describes the one it
    follows; the figure after the closing comma holds at another time.
    """
    text = index.ftext
    opened = index.know.aside_open_re.search(
        text, max(part_start, m.start() - _ASIDE_REACH), m.start()
    )
    if opened is None:
        return False
    closed = _ASIDE_CLOSE.match(text, m.end(), start)
    return closed is not None


# A slash between two month names: the same month, as Arab copy names it twice.
_SAME_TIME = re.compile(r"\s*/\s*")
# How far before a date "since the start of ..." is looked for (a few words).
_SINCE_REACH = 80
# How far before a date "which occurred on" is looked for.
_EVENT_REACH = 70


def _starts_period(know: Knowledge, m: re.Match[str], after: re.Match[str]) -> bool:
    """Whether a time opens a period the next time closes: "from X to Y", "بين X وY"."""
    if know.period_joiner_re.fullmatch(m.string, m.end(), after.start()):
        return True
    glued = after.groupdict().get("clitic")  # "ويوليو": the joiner written on the next time
    return glued in know.period_joiners and not m.string[m.end() : after.start()].strip()


def _a_time(index: Index, m: re.Match[str]) -> bool:
    """Whether a match of the time pattern is written as a time.

    Where month names take a capital (dates.toml ``months_capitalised``),
    "joined the march" and "may reach" name no month.
    """
    if _names_a_place(index, m):
        return False
    for year in ("year", "year2", "year3"):
        if m.group(year) and index.read_as_count(m.start(year), m.end(year)):
            return False  # "возросло до 2012 человек": a count, however like a year
    month = m.start("month") if m.group("month") else m.start("month2")
    if month < 0 or not index.know.lex.dates.months_capitalised:
        return True
    at = index.folded.offset(month)
    return index.folded.original[at : at + 1].isupper()


def _names_a_place(index: Index, m: re.Match[str]) -> bool:
    """Whether a date is the name of a place: "the 28 September Stadium", "ملعب 28 سبتمبر".

    A noun of dates.toml [name_nouns] right before or after it, or quotation
    marks around it ("стадион «28 сентября»"), make it a name, not a time.
    """
    text, nouns = index.ftext, index.know.lex.dates.name_nouns
    before = text[max(0, m.start() - _NAME_NOUN_CHARS) : m.start()].rstrip()
    raw_after = text[m.end() : m.end() + _NAME_NOUN_CHARS]
    after = raw_after.lstrip()
    if before[-1:] in _OPENING_QUOTES and after[:1] in _CLOSING_QUOTES:
        return True
    if not nouns:
        return False
    words_before, words_after = before.split()[-1:], after.split()[:1]
    # after the date, a name's noun is written as a name: "the 28 September Stadium",
    # not "by 5 March hospital officials" (a script without case shows none)
    o_after = index.folded.offset(m.end() + len(raw_after) - len(after))
    if index.folded.original[o_after : o_after + 1].islower():
        words_after = []
    prefixes = index.know.lex.prefixes
    return any(
        f in nouns for w in (*words_before, *words_after) for f in forms(w.strip(".,;:"), prefixes)
    )


_OPENING_QUOTES = frozenset("«\"“'‘")
_CLOSING_QUOTES = frozenset("»\"”'’")
# How far either side of a date the noun of a place named for it is read, in characters.
_NAME_NOUN_CHARS = 20


def _time_value(m: re.Match[str], index: Index, pos: int, published: str | None) -> str | None:
    """The ISO date a time expression names, at the precision it gives."""
    know = index.know
    if m.group("relative"):
        period = know.relative_times[" ".join(m.group("relative").replace("-", " ").split())]
        return _relative_time(period, published)
    back = m.group("ago_count") or m.group("ago_count2")
    if back or m.group("ago_dual"):
        return _ago(know, m, back, published)
    if m.group("year3"):
        return str(m.group("year3"))
    if m.group("weekday"):
        return _weekday(know.weekdays[" ".join(m.group("weekday").split())], published)
    month = know.months[m.group("month") or m.group("month2")]
    day = m.group("day") or m.group("day2")
    year_text = m.group("year") or m.group("year2")
    if year_text:
        year: int | None = int(year_text)
    else:
        i = bisect.bisect_left(index.year_starts, pos) - 1
        year = resolve_month(month, published, index.years[i][1] if i >= 0 else None)
    if year is None:
        return None
    if day and 1 <= int(day) <= 31:
        return f"{year:04d}-{month:02d}-{int(day):02d}"
    return f"{year:04d}-{month:02d}"


def _ago(know: Knowledge, m: re.Match[str], back: str | None, published: str | None) -> str | None:
    """The period "three months ago" or "قبل عامين" names, from the publication date."""
    dates = know.lex.dates
    if back is None:  # a dual: "عامين" is two years
        return _relative_time(RelativeTime(dates.time_duals[m.group("ago_dual")], -2), published)
    n = int(back) if back.isdigit() else int(know.lex.numbers.cardinals[" ".join(back.split())])
    unit = dates.time_units[" ".join((m.group("ago_unit") or m.group("ago_unit2")).split())]
    return _relative_time(RelativeTime(unit, -n), published)


def _weekday(day: int, published: str | None) -> str | None:
    """The day a weekday names: the last one on or before the publication day.

    News reports what happened ("said on Wednesday"); without the day the
    article appeared the weekday names no date.

    Examples:
        >>> _weekday(3, "2017-12-21")  # a Thursday: "в среду" is the day before
        '2017-12-20'
        >>> _weekday(4, "2017-12-21")
        '2017-12-21'
        >>> _weekday(3, "2017-12") is None
        True
    """
    if published is None or len(published) < 10:
        return None
    date = dt.date.fromisoformat(published[:10])
    return (date - dt.timedelta(days=(date.isoweekday() - day) % 7)).isoformat()


def _relative_time(period: RelativeTime, published: str | None) -> str | None:
    """Resolve "last year" or "this month" against the publication date.

    Examples:
        >>> _relative_time(RelativeTime("month", -1), "2015-01-20")
        '2014-12'
        >>> _relative_time(RelativeTime("year", -1), None) is None
        True
        >>> _relative_time(RelativeTime("day", -1), "2016-03-01")
        '2016-02-29'
        >>> _relative_time(RelativeTime("week", -1), "2016-03") is None
        True
    """
    if published is None:
        return None
    year = int(published[:4])
    if period.unit == "year":
        return str(year + period.offset)
    if len(published) < 7:
        return None
    if period.unit == "month":
        months = year * 12 + int(published[5:7]) - 1 + period.offset
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if len(published) < 10:
        return None  # "last week" needs the day the article appeared
    days = period.offset * (7 if period.unit == "week" else 1)
    return (dt.date.fromisoformat(published[:10]) + dt.timedelta(days=days)).isoformat()


def read_relative(index: Index, sentence: tuple[int, int], end: int) -> Relative | None:
    """A statement after the figure relating it to an earlier one ("doubling the figure")."""
    know = index.know
    if know.relative_re is None:
        return None
    _s_start, s_end = sentence
    m = index.search(know.relative_re, end, s_end)
    if m is None:
        return None
    factor = know.relative_of.get(" ".join(m.group().split()))
    if factor is None:
        return None
    phrase_end = _UNTIL_PUNCTUATION.match(index.ftext, m.start(), s_end)
    assert phrase_end is not None
    return Relative(factor, index.original(m.start(), phrase_end.end()).strip())
