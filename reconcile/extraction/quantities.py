"""Find quantity expressions in text: figures, number words, qualifiers, ranges.

This is the first half of extraction: it reads *how much* is stated and
nothing about *what* is counted. :func:`quantities` scans a whole text,
:meth:`reconcile.Quantity.from_text` reads a single expression.

The scanner runs on folded text (:mod:`reconcile.text`) and maps every span
back to the original. It is built from a language's lexicon, so every word it
knows comes from ``reconcile/lang/<code>/*.toml``. Each step looks at a bounded
window around the figure it is reading, so time is linear in the length of
the text.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from ..lang import detect_language, lexicon
from ..model import Direction, Qualifier, Quantity, Relative, Span
from ..text import Folded, fold_with_offsets
from .filters import (
    counted_after,
    next_char,
    not_a_count,
    unit_of,
    word_before,
    year_like,
    year_marker,
)
from .reader import Parser, Reading, as_number, qualifier_of
from .scanner import LOOKBACK, Scanner, scanner_for

__all__ = ["Found", "quantities", "scan", "to_quantity"]


class Found(NamedTuple):
    """One quantity expression in folded coordinates, before it becomes a Quantity.

    The extractor reads the context of each figure from these and builds a
    :class:`~reconcile.Quantity` (:func:`to_quantity`) only for the figures
    that become claims. ``start``/``end`` cover the qualifier and the figure;
    ``outer`` also covers a currency before it and a unit after it ("$75m",
    "20%"), kept apart so that the extractor still reads the words after the
    figure itself ("%" makes it a share, not a count). A named tuple: one is
    built per figure, and a page with no full stops holds tens of thousands.
    """

    start: int
    end: int
    low: Decimal
    high: Decimal
    qualifier: Qualifier
    direction: Direction | None = None
    unit: str | None = None
    outer: tuple[int, int] | None = None
    # a bare year-like figure ("2100" with no year word before it nor noun
    # after it), found only for the extractor, which keeps it as a count only
    # as an item of a list or a table of counts ("... then Turkey with 2100")
    year: bool = False


def _read_quantity(
    parser: Parser, start: int, anchor_end: int, floor: int, *, years: bool = False
) -> Found | None:
    """Read the quantity whose number starts at ``start``, with what surrounds it.

    ``floor`` is where the previous quantity ended: a qualifier is never
    looked for before it. With ``years``, a bare year-like figure is found,
    marked ``year``, instead of being left out.
    """
    s, lex, text, t = parser.s, parser.lex, parser.text, parser.t
    # 0. a currency written before the figure: "$75m", "US$ 1MM", "USD12m";
    # looked for only when the character before could end one
    cur = None
    if start > 0 and (
        text[start - 1] in t.currency_ends or text[start - 2 : start - 1] in t.currency_ends
    ):
        cur = s.currency_before.search(text, max(floor, start - 6), start)
    lead = cur.start("c") if cur is not None else start
    unit = t.currencies[" ".join(cur.group("c").split())] if cur is not None else None
    reading = parser.read_at(start, anchor_end, currency=cur is not None)
    if reading is None:
        return None
    window = max(floor, start - LOOKBACK)
    last = word_before(text, lead, window)
    if cur is None and not_a_count(parser, start, reading, floor, last):
        return None
    if (
        last is not None
        and last[0] in t.one_pronoun
        and not text[start].isdigit()
        and lex.cardinals.get(text[start : reading.end]) == 1
    ):
        return None  # "which one", "that one": a pronoun
    # a unit written right after it: "20%", "45mph", "10 kg", or joined by a
    # hyphen into a modifier: "a 12-kilometre stretch"
    u: re.Match[str] | None = None
    if next_char(text, reading.end) in t.unit_firsts:
        u = s.unit_after.match(text, reading.end)
    elif (
        text[reading.end : reading.end + 1] == "-"
        and text[reading.end + 1 : reading.end + 2] in t.unit_firsts
    ):
        u = s.unit_after.match(text, reading.end + 1)
    if u is not None and unit is None:
        unit = unit_of(parser, u)
    outer_end = u.end() if u is not None else reading.end
    q_start, end, low, high = start, reading.end, reading.low, reading.high
    qualifier = Qualifier.VAGUE if reading.vague else Qualifier.EXACT
    direction: Direction | None = None

    # 1. what is written before: a qualifier ("around") or a range opener ("between")
    opener, opener_start = "", start
    b = None
    # a proclitic that opens the figure ("جاوز المليون", "ليقارب الـ 8 آلاف")
    # stands between it and its qualifier
    q_last = last
    if last is not None and last[0] in lex.prefixes:
        q_last = word_before(text, last[1], window)
    # search only when the word before is the last word of some qualifier or
    # opener (maybe with a proclitic): the search tries every position of its
    # window, the check is a short walk and a lookup or two
    if (
        q_last is not None
        and (
            q_last[0] in s.before_lasts
            or (
                lex.prefixes  # most languages have none: no generator to build
                and any(
                    q_last[0][len(p) :] in s.before_lasts
                    for p in lex.prefixes
                    if q_last[0].startswith(p)
                )
            )
        )
    ):
        b = s.before.search(text, max(floor, lead - s.lookback), lead)
    if b is not None:
        key = " ".join(b.group("q").replace("-", " ").split())
        qd = qualifier_of(key, lex) if key not in s.openers else None
        if key in s.openers:
            opener, opener_start = key, b.start("q")
        elif qd is not None:
            q_start = b.start("q")
            low, high, qualifier, direction = _qualify(low, high, qualifier, qd)
    year = unit is None and year_like(parser, start, reading)
    # "in 2014 to 2,400 fighters", "خلال سنة 2014 إلى 2400 مقاتل": a year named
    # as one starts no range; the figure after it is read on its own
    named_year = year and year_marker(parser, start, window)

    # 2. a second figure joined to the first: "between 200 and 300", "200-300",
    # "some 400-500", "$5m-$10m", "20%-30%"
    if (
        (not reading.vague and qualifier in (Qualifier.EXACT, Qualifier.APPROX)) or opener
    ) and not named_year:
        j = s.joiner.match(text, outer_end)
        joiners = s.range_joiners.get(opener, frozenset())
        if j is not None and j.group().strip() in joiners and not reading.vague:
            second = _range_end(parser, j.end())
            if (
                second is not None
                and reading.scale == 1
                and second.scale > 1
                and low * second.scale <= second.low
            ):
                low *= second.scale  # "between 3 and 4 million", "3-4 million": one scale
            u2 = s.unit_after.match(text, second.end) if second is not None else None
            if u is not None and (u2 is None or unit_of(parser, u) != unit_of(parser, u2)):
                # "from 44 ml to 50 mg", "rose 2.5 percent to 1,245 points": two
                # measures, not a range ("20-30%" writes the unit once, at the end)
                second = None
            if second is not None and second.high > low:
                end2 = u2.end() if u2 is not None else second.end
                if unit is None and u2 is not None:
                    unit = unit_of(parser, u2)
                if year and year_like(parser, j.end(), second) and not counted_after(parser, end2):
                    return None  # "from 2010 to 2015", "2010-2015": years
                first = opener_start if opener else q_start
                return Found(
                    first,
                    second.end,
                    low,
                    second.high,
                    Qualifier.RANGE,
                    unit=unit,
                    outer=(min(first, lead), end2),
                )

    # a year is no count unless qualified ("more than 2000", "نحو 1900") or
    # followed by what it counts ("2019 people"): "in 2019", "March 3, 2017"
    if year and qualifier is Qualifier.EXACT:
        if named_year:
            return None
        if not counted_after(parser, reading.end):
            if not years:
                return None
            return Found(q_start, end, low, high, qualifier, unit=unit, year=True)

    # 3. a qualifier written after the figure: "300 or more", "300+"; a bound
    # written after overrides an approximation before ("about 500 or more")
    if qualifier in (Qualifier.EXACT, Qualifier.APPROX):
        a = s.after.match(text, end)
        at_unit = a is None and u is not None
        if at_unit:
            a = s.after.match(text, outer_end)  # "20% or more"
        past_noun = False
        if a is None and (noun := _ONE_WORD.match(text, outer_end)) is not None:
            # "قتل 30 شخصا على الاقل", "300 people or more": the bound follows
            # the counted noun; the figure's span stays the figure's own
            a = s.after.match(text, noun.end())
            past_noun = a is not None
        if a is not None and _OPENS_A_FIGURE.match(text, a.end()) is not None:
            a = None  # "2300 قتيل وأكثر من 10 آلاف": the words bound the next figure
        qd = qualifier_of(a.group(), lex) if a is not None else None
        if (
            a is not None
            and qd is not None
            and (qualifier is Qualifier.EXACT or qd[0] in (Qualifier.AT_LEAST, Qualifier.AT_MOST))
        ):
            qualifier, direction = qd
            if not past_noun:
                if not at_unit:
                    end = a.end()
                outer_end = max(a.end(), outer_end)
    return Found(
        q_start,
        end,
        low,
        high,
        qualifier,
        direction,
        unit=unit,
        outer=(min(q_start, lead), outer_end),
    )


# A bound written after a figure that a short word and digits follow opens the
# next figure instead: "وأكثر من 10" is "more than 10", not "2300 or more"
_OPENS_A_FIGURE = re.compile(r"\s*(?:[^\W\d_]{1,4}\s+)?\d")


def _range_end(parser: Parser, pos: int) -> Reading | None:
    """The upper end of a range, which may carry its own qualifier ("to over 500")."""
    second = parser.read_number_after(pos)
    if second is not None:
        return second
    b = re.compile(r"(?:[^\W\d_]+[ \t]+){1,3}").match(parser.text, pos)
    if b is None:
        return None
    qd = qualifier_of(parser.text[pos : b.end()], parser.lex)
    return None if qd is None else parser.read_number_after(b.end())


def _qualify(
    low: Decimal, high: Decimal, qualifier: Qualifier, qd: tuple[Qualifier, Direction | None]
) -> tuple[Decimal, Decimal, Qualifier, Direction | None]:
    """Apply a qualifier written before the figure: the new bounds and qualifier.

    On a vague figure only a bound means something: "more than a dozen" keeps
    the vague floor, "up to several thousand" its ceiling; "about hundreds"
    stays vague.
    """
    new, direction = qd
    if qualifier is Qualifier.VAGUE:
        if new is Qualifier.AT_LEAST:
            return low, low, new, None
        if new is Qualifier.AT_MOST:
            return high, high, new, None
        return low, high, qualifier, None
    return low, high, new, direction


def quantities(text: str, *, language: str = "auto") -> tuple[Quantity, ...]:
    """Find every quantity expression in ``text``, in order of position.

    Reads digits (with thousands separators, decimals, scale words and
    suffixes), number words, vague quantities, qualifiers before and after a
    figure, and ranges. Times, dates, fractions, ordinals, digits glued to
    letters and numbers inside URLs are not quantities.

    Args:
        text: Any string.
        language: A language code with a lexicon, or ``"auto"`` to detect it.

    Returns:
        The quantities found, each with its span into ``text`` and the words
        it was read from; an empty tuple when there are none.

    Raises:
        TypeError: If ``text`` is not a ``str``.
        UnsupportedLanguageError: If no lexicon serves ``language``.

    Notes:
        Linear in ``len(text)``: each step looks at a bounded window.

    Examples:
        >>> [(q.low, q.high, q.qualifier.value) for q in quantities("around 300 fighters")]
        [(300, 300, 'approx')]
        >>> [q.text for q in quantities("between 200 and 300, at least six, hundreds")]
        ['between 200 and 300', 'at least six', 'hundreds']
        >>> quantities("Up to 1,000 people")[0].high
        1000
        >>> quantities("no figures here")
        ()
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    code = detect_language(text) if language == "auto" else language
    folded = fold_with_offsets(text)
    return tuple(to_quantity(folded, found) for found in scan(folded, code))


def scan(folded: Folded, language: str, *, years: bool = False) -> list[Found]:
    """Find the quantity expressions of already folded text, in folded coordinates.

    With ``years``, bare year-like figures are found too, marked ``year``
    (:class:`Found`), for a caller that can tell a year from a listed count.
    """
    scanner = scanner_for(lexicon(language).code)
    ftext = folded.text
    parser = Parser(scanner, ftext, folded)
    urls = _urls(scanner, ftext)
    out: list[Found] = []
    pos = floor = next_url = 0
    while (m := scanner.anchor.search(ftext, pos)) is not None:
        start = m.start("d") if m.group("d") else m.start("w")
        while next_url < len(urls) and urls[next_url][1] <= start:
            next_url += 1
        if next_url < len(urls) and urls[next_url][0] <= start:
            pos = urls[next_url][1]  # a number inside a URL or an address
            continue
        if start > 1 and ftext[start - 1] == "-" and ftext[start - 2].isalpha():
            pos = _TOKEN.match(ftext, start).end()  # type: ignore[union-attr]  # COVID-19
            continue
        found = _read_quantity(parser, start, m.end(), floor, years=years)
        if found is not None and found.year:
            # a year bounds no qualifier search: the floor stays where it was
            out.append(found)
            pos = found.end
            continue
        if found is None:
            # skip the whole token, so that a long digit run is never re-read
            pos = max(_TOKEN.match(ftext, start).end(), m.end())  # type: ignore[union-attr]
            continue
        if (
            out
            # (compared by identity: hashing an enum member is a Python call)
            and (found.qualifier is _AT_LEAST or found.qualifier is _AT_MOST)
            and (out[-1].qualifier is _AT_LEAST or out[-1].qualifier is _AT_MOST)
            and (merged := _bounds_range(scanner, ftext, out[-1], found)) is not None
        ):
            out[-1] = merged
        else:
            out.append(found)
        # go on after the unit too: "في المئه" is a percent sign, not a hundred
        pos = floor = max(found.end, found.outer[1] if found.outer else 0)
    return out


_AT_LEAST, _AT_MOST = Qualifier.AT_LEAST, Qualifier.AT_MOST


def _bounds_range(scanner: Scanner, text: str, first: Found, second: Found) -> Found | None:
    """A lower and an upper bound joined into a range: "more than 100 and fewer than 300"."""
    bounds = {first.qualifier, second.qualifier}
    if bounds != {Qualifier.AT_LEAST, Qualifier.AT_MOST}:
        return None
    between = text[first.end : second.start].strip(" \t,")
    if between and between not in scanner.bound_joiners:
        return None
    lower, upper = (first, second) if first.qualifier is Qualifier.AT_LEAST else (second, first)
    if lower.low >= upper.high:
        return None  # "more than 40 and less than 10": two bounds, no range
    return Found(
        first.start,
        second.end,
        lower.low,
        upper.high,
        Qualifier.RANGE,
        unit=first.unit or second.unit,
        outer=(
            first.outer[0] if first.outer else first.start,
            second.outer[1] if second.outer else second.end,
        ),
    )


def _urls(scanner: Scanner, text: str) -> list[tuple[int, int]]:
    """Spans of web addresses and e-mail addresses, in order: figures inside are skipped."""
    spans = [m.span() for m in scanner.url.finditer(text)] if "/" in text or "www." in text else []
    at, floor = text.find("@"), 0
    while at >= 0:
        # expand over the address around the "@" (no regex, never over the same
        # characters twice: linear however the "@" are placed)
        start, end = at, at + 1
        while start > floor and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        spans.append((start, end))
        floor = end
        at = text.find("@", end)
    return sorted(spans)


_TOKEN = re.compile(r"[\w.,:/-]*")
# one word of letters after a figure: the noun an after-qualifier may follow
_ONE_WORD = re.compile(r"[ \t]+[^\W\d_]+")


def to_quantity(
    folded: Folded, found: Found, *, with_span: bool = True, relative: Relative | None = None
) -> Quantity:
    """The :class:`~reconcile.Quantity` of a found expression, its text from the original.

    With its span, the quantity covers the currency and unit around the
    figure ("$75m", "20%"); without (a claim carries its own span, which
    must hold exactly the quantity's text) only the figure and its qualifier.
    """
    start, end = found.outer if with_span and found.outer else (found.start, found.end)
    o_start, o_end = folded.span(start, end)
    low: int | float | None = as_number(found.low)
    high: int | float | None = as_number(found.high)
    if found.qualifier is Qualifier.AT_LEAST:
        high = None
    elif found.qualifier is Qualifier.AT_MOST:
        low = None
    return Quantity._built(  # checked as Quantity() checks, more cheaply
        low,
        high,
        found.qualifier,
        folded.original[o_start:o_end],
        span=Span(o_start, o_end) if with_span else None,
        direction=found.direction,
        relative=relative,
        unit=found.unit,
    )
