"""What is not a quantity: years, dates, times of day, and numbers inside names.

"In 2019", "March 3, 2017", "10:30", "Boeing 737", "Game 3" are read and
set aside; a figure followed by what it counts stays ("2019 people"). Every
check looks at a short window before or after the figure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .reader import Parser, Reading, word_before
from .scanner import LOOKBACK

__all__ = [
    "counted_after",
    "next_char",
    "not_a_count",
    "unit_of",
    "word_before",
    "year_like",
    "year_marker",
]


_YEARS = (Decimal(1900), Decimal(2099))
# where a sentence (or a headline, a list item) starts: a capitalised word
# right after one of these is no evidence of a name
# the figure of a time of day: hours, maybe a point and two digits of minutes
_TIME = re.compile(r"\d{1,2}(?:\.\d\d)?")
# a dot and a common top-level domain right after a figure: the figure names a
# site ("24.kg"); listed, so that a missing space ("killed 40.The") is no site
_DOMAIN_AFTER = re.compile(
    r"\.(?:com|org|net|info|gov|ru|kg|kz|uz|tj|tm|az|am|ge|ua|by|uk|de|fr|tr|eu|tv|io)"
    r"(?![\w-])(?!\.[a-z])"
)
_SENTENCE_START = frozenset(".!?:;\"'“”‘’()[]\n\r—–-•*#|")


def next_char(text: str, pos: int) -> str:
    """The first character at or after ``pos`` that is not a blank ("" at the end)."""
    if pos < len(text) and text[pos] in " \t":
        pos += 1
    return text[pos : pos + 1]


def year_like(parser: Parser, start: int, reading: Reading) -> bool:
    """Four plain digits from 1900 to 2099 ("2019", not "2,019" nor "2019m")."""
    return (
        reading.scale == 1
        and reading.end - start == 4
        and _YEARS[0] <= reading.low <= _YEARS[1]
        and parser.text[start : reading.end].isdigit()
    )


def counted_after(parser: Parser, end: int) -> bool:
    """Whether a people noun or a unit follows ``end`` ("2019 people", "1950 km")."""
    nxt = parser._next_word(end)
    return nxt is not None and nxt[0] in parser.t.counted


def year_marker(parser: Parser, start: int, floor: int) -> bool:
    """Whether a month or a marker like "in" makes the year-like figure at ``start`` a year.

    "in 2019", "March 2017", "March 3, 2017", "the end of 2019".
    """
    t, text = parser.t, parser.text
    w = word_before(text, start, floor)
    if w is None:
        # "March 3, 2017": a day number, then the month before it
        i = start - 1
        while i >= floor and text[i] in " \t,":
            i -= 1
        j = i
        while j >= floor and text[j].isdigit():
            j -= 1
        if not 1 <= i - j <= 2:
            return False
        w = word_before(text, j + 1, floor)
        return w is not None and w[0] in t.months
    word, w_start = w
    if word in t.months or word in t.year_markers:
        return True
    w2 = word_before(text, w_start, floor)
    return w2 is not None and f"{w2[0]} {word}" in t.year_markers  # "end of 2019"


def _weekday(text: str, start: int, end: int, weekdays: frozenset[str]) -> bool:
    """Whether the number word at ``start`` and the letters glued before it name a weekday."""
    i = start
    while i > max(0, start - 4) and text[i - 1].isalpha():
        i -= 1  # a proclitic or an article, a few letters at most
    return i < start and text[i:end] in weekdays


def not_a_count(
    parser: Parser,
    start: int,
    reading: Reading,
    floor: int,
    w: tuple[str, int] | None,
) -> bool:
    """Whether the plain figure at ``start`` is a day, a time or part of a name.

    "March 3", "3 March", "2 pm", "Route 66", "Boeing 737", "Game 3". Only
    plain digits are judged: "3 million" or "10kg" are never names. ``w``
    is the word before the figure (:func:`word_before`), read once by the caller.
    """
    s, t, text = parser.s, parser.t, parser.text
    written = text[start : reading.end]
    if reading.scale != 1 or len(written) > 5:
        return False
    if not written[:1].isdigit() and _weekday(text, start, reading.end, t.weekdays):
        return True  # "يوم الاثنين": Monday, whose letters after the article are "two"
    after = next_char(text, reading.end)
    if (
        after in s.time_firsts
        and s.time_after.match(text, reading.end)
        and _TIME.fullmatch(written)
    ):
        return True  # "2 pm", "2.13 am"; not "2.1 pm" (picometres)
    if len(written) > 4 or not written.isdigit():
        return False
    if _DOMAIN_AFTER.match(text, reading.end):
        return True  # "24.kg", "1tv.ru": part of a web address
    window = max(floor, start - LOOKBACK)
    if len(written) <= 2 and reading.low <= 31:
        # a day: "March 3", "March the 3", "3 March", "3 of March"
        if w is not None and w[0] in t.months:
            return True
        if w is not None and w[0] in t.day_articles:
            w2 = word_before(text, w[1], window)
            if w2 is not None and w2[0] in t.months:
                return True
        if after in t.month_firsts and s.month_after.match(text, reading.end):
            return True
    if w is None or text[w[1] + len(w[0]) : start].strip(" \t") not in ("", "."):
        return False  # a name is written right before its number: "Route 66", "No. 5"
    word = w[0]
    if word in t.names or f"{word}." in t.names:
        # "части 3 статьи 238"; not "в части 30 военнослужащих": people counted after it
        return not counted_after(parser, reading.end)
    return _capitalised_name(parser, w[1], word) and not counted_after(parser, reading.end)


def _capitalised_name(parser: Parser, w_start: int, word: str) -> bool:
    """A capitalised word inside a sentence right before a figure names it ("a Boeing 737").

    Sentence-initial words ("About 300") and function words are not names,
    nor a run of capitalised words (a headline: "Floods Kill 300").
    """
    folded, lex, t = parser.folded, parser.lex, parser.t
    if folded is None or word.upper() == word:
        return False  # a script without capitals (Arabic) says nothing here
    original = folded.original
    o = folded.offset(w_start)
    if not original[o : o + 1].isupper():
        return False  # tested first: most words before a figure are not capitalised
    if word in t.not_names or word in t.months:
        return False
    if word in lex.cardinals or word in lex.scales or word in lex.before or word in lex.vague:
        return False
    # the character before the word, past blanks: a sentence start is no evidence
    i = w_start - 1
    while i >= 0 and parser.text[i] in " \t":
        i -= 1
    if i < 0 or parser.text[i] in _SENTENCE_START:
        return False
    if parser.text[i].isalpha():
        k = folded.offset(i)
        while k > 0 and original[k - 1].isalpha():
            k -= 1
        if original[k : k + 1].isupper():
            return False  # "Floods Kill 300": title case, not a name
    return True


def unit_of(parser: Parser, m: re.Match[str]) -> str:
    """The unit code a matched unit word stands for ("20%" -> "percent")."""
    return parser.t.units[" ".join(m.group("u").split())]
