"""The quantity scanner's compiled knowledge: one set of patterns and tables per language.

Built once per language from its lexicon (``reconcile/lang/<code>/``):
the patterns that find a figure (digits, number words), the qualifiers and
range words around it, and the tables that tell a count from a year, a time,
a unit or a name. :mod:`~reconcile.extraction.reader` and
:mod:`~reconcile.extraction.quantities` read text with them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal

import attrs

from ..lang import Lexicon, lexicon
from ..text import trie_regex

__all__ = [
    "BLANKS",
    "GROUPED",
    "LETTERS",
    "LOOKBACK",
    "MAX_DIGITS",
    "MAX_VALUE",
    "Scanner",
    "Tables",
    "scanner_for",
]

# The longest digit run read as a figure; longer runs (serial numbers, digit
# noise) are skipped whole. 15 digits keep every value exact in a float.
MAX_DIGITS = 15
# The largest value read from number words; a longer chain ("one hundred one
# hundred ...") stops before the word that would pass it. Keep in sync with
# reconcile.model._fields.MAX_VALUE.
MAX_VALUE = Decimal(10**15)
# How far back a qualifier or range opener may start (in folded characters).
LOOKBACK = 40


@attrs.frozen(eq=False)
class Tables:
    """The lexicon tables the scanner reads beyond :class:`Lexicon`'s own, folded."""

    fractions: Mapping[str, Decimal]
    plural_scales: Mapping[str, int]
    spaced_suffixes: frozenset[str]
    currency_suffixes: Mapping[str, int]
    currencies: Mapping[str, str]
    units: Mapping[str, str]
    months: frozenset[str]
    year_markers: frozenset[str]
    day_articles: frozenset[str]
    month_firsts: frozenset[str]
    currency_ends: frozenset[str]
    unit_firsts: frozenset[str]
    names: frozenset[str]
    not_names: frozenset[str]
    counted: frozenset[str]
    joiner_after_units: bool
    joiner_required: bool
    articles: frozenset[str]
    fraction_of: frozenset[str]
    points: frozenset[str]
    one_pronoun: frozenset[str]
    singular_after: frozenset[str]
    weekdays: frozenset[str]


def _tables(lex: Lexicon) -> Tables:
    numbers, subjects, dates = lex.numbers, lex.subjects, lex.dates
    units = dict(numbers.units)
    # month names, and the first word of two-word ones ("كانون الثاني")
    months = frozenset(dates.months) | frozenset(m.split()[0] for m in dates.months)
    scale_values = frozenset(lex.scales.values())
    return Tables(
        fractions={k: Decimal(n) / Decimal(d) for k, (n, d) in numbers.fractions.items()},
        # "thousands", "сотни": a one-word vague phrase starting at a scale's
        # value is that scale's plural ("several thousands" = several thousand)
        plural_scales={
            word: int(low)
            for word, (low, _) in lex.vague.items()
            if " " not in word and low in scale_values
        },
        spaced_suffixes=numbers.spaced_suffixes,
        singular_after=numbers.singular_after,
        # one-word weekdays: "الاثنين" (Monday) is the article and "two", "الاحد" and "one"
        weekdays=frozenset(w for w in dates.weekdays if " " not in w),
        currency_suffixes=dict(numbers.currency_suffixes),
        currencies=dict(numbers.currencies),
        units=units,
        months=months,
        year_markers=dates.year_words,
        day_articles=dates.day_articles,
        month_firsts=frozenset(m[0] for m in months),
        # the last characters of currency signs and codes ("$", "d" of "usd"),
        # so that only a figure after one of them looks for a currency
        currency_ends=frozenset(c[-1] for c in numbers.currencies),
        # the first characters of units: only a figure followed by one looks for a unit
        unit_firsts=frozenset(u[0] for u in units),
        names=numbers.names.words,
        not_names=numbers.names.not_names,
        # a year-like figure followed by one of these counts it ("2019 people", "1350 قتيلا")
        counted=frozenset(
            [
                *subjects.people,
                *subjects.units,
                *subjects.demonyms,
                *units,
                *lex.measures.counted_nouns,
            ]
        ),
        joiner_after_units=numbers.joiner_after_units,
        joiner_required=numbers.joiner_required,
        articles=frozenset(numbers.articles),
        fraction_of=numbers.fractions_of,
        points=numbers.points,
        one_pronoun=numbers.one_pronoun,
    )


@attrs.frozen(eq=False)
class Scanner:
    """Compiled patterns for one lexicon."""

    lex: Lexicon
    anchor: re.Pattern[str]
    digits: re.Pattern[str]
    word: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    joiner: re.Pattern[str]
    skip: re.Pattern[str]
    url: re.Pattern[str]
    currency_before: re.Pattern[str]
    currency_at: re.Pattern[str]
    unit_after: re.Pattern[str]
    month_after: re.Pattern[str]
    time_after: re.Pattern[str]
    tables: Tables
    openers: frozenset[str]
    range_joiners: Mapping[str, frozenset[str]]
    bound_joiners: frozenset[str]
    before_lasts: frozenset[str]
    time_firsts: frozenset[str]
    lookback: int


LETTERS = re.compile(r"[^\W\d_]+")
# commas that group thousands (keep in sync with the first two branches of
# ``digits`` in _scanner): 1,000,000 and the Indian 12,34,567
GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?")
BLANKS = re.compile(r"[ \t]+")
_WORD_BOUNDARY_START = r"(?<![^\W\d_])"
_WORD_BOUNDARY_END = r"(?![^\W\d_])"


# A comma, and the blanks after it, that a qualifier of several words may follow.
_AFTER_COMMA = r"(?:[,،][ \t]*)?"


def _alternation(keys: Iterable[str]) -> str:
    """A regex matching any of ``keys`` (longest first), factored as a trie; never empty.

    Factoring matters: these run at every figure, and a flat alternation of
    sixty units would try each in turn.
    """
    keys = {k for k in keys if k}
    return f"(?:{trie_regex(keys)})" if keys else r"(?!)"


@functools.cache
def scanner_for(code: str) -> Scanner:
    """The compiled scanner of a language code (cached: built once per language)."""
    lex = lexicon(code)
    tables = _tables(lex)
    articles = sorted(lex.numbers.articles)
    words = {
        *lex.cardinals,
        *lex.vague,
        *lex.vague_multipliers,
        *lex.duals,
        *(f"{a} {s}" for a in articles for s in lex.scales),
        *(lex.scales if lex.numbers.bare_scales else ()),
        # "half a million", "a quarter of a million": read only before a scale
        *tables.fractions,
        *(f"{a} {f}" for a in articles for f in tables.fractions),
    }
    # a proclitic ("و" and, "ب" with) may stand glued before a figure or a number word
    # (factored as a trie: it is tried at every word start)
    prefix = f"{_alternation(lex.prefixes)}?" if lex.prefixes else ""
    # a currency code may be glued before the digits ("USD12m"): the digit is
    # the anchor, the code is read back by ``currency_before``
    codes = [c for c in tables.currencies if c.isalpha()]
    glued = f"(?:{_alternation(codes)})?" if codes else ""
    anchor = re.compile(
        # not after a letter, a digit, a point or a comma ("G7", "1.2.3"), nor "^" (an
        # exponent); ".08" starts at its point, unless more than digits follow
        # (".1/4": "¼" folds to "1/4")
        rf"(?<![\w.,^]){prefix}{glued}(?P<d>(?:\.(?=\d+(?![\d/:.,])))?\d)"
        rf"|{_WORD_BOUNDARY_START}{prefix}(?P<w>{trie_regex(words)}){_WORD_BOUNDARY_END}"
    )
    digits = re.compile(
        r"""
        \d{1,3}(?:,\d{3})+(?!\d|,\d)(?:\.\d+)?        # 1,000, 12,345.5; "1,450, officials"
        | \d{1,2}(?:,\d\d)+,\d{3}(?!\d|,\d)(?:\.\d+)?  # 12,34,567: Indian lakh grouping
        # 1 000, 12 500: a head of 1-3 digits and groups of exactly three
        # (no-break, narrow and thin spaces are folded to spaces), so that
        # "in 2014 300 people" stays two figures
        | \d{1,3}(?:[ ]\d{3})+(?!\d|,\d|\.\d{3})(?:\.\d+)?   # (a comma may follow: "2 900, said")
        | \d+,(?:\d{1,2}|\d{4,})(?!\d|,\d)             # 4,8 or 0,23456: a decimal comma
        | \d+(?:\.\d+)?                                 # 300 or 1.5
        | \.\d+                                         # .08
        """,
        re.VERBOSE,
    )
    openers = {o for o, _ in lex.ranges if o}
    # a proclitic may open the figure after a qualifier: "جاوز المليون" (the million)
    qualifiers = trie_regex([*lex.before, *openers])
    # (each run of blanks stands apart, so that a long run is tried once, not
    # once per way of splitting it between two runs)
    proclitic = rf"(?:{_alternation(lex.prefixes)}[ \t]*)?" if lex.prefixes else ""
    before = re.compile(rf"{_WORD_BOUNDARY_START}{prefix}(?P<q>{qualifiers})[ \t]*{proclitic}$")
    after_words = sorted(lex.after, key=len, reverse=True)
    # a qualifier of several words may stand after a comma: "500 fighters, at
    # most" (not one word: "300 members, plus their families" adds others)
    after = re.compile(
        "|".join(
            (
                rf"[ \t]*{_AFTER_COMMA if ' ' in w else ''}{trie_regex([w])}{_WORD_BOUNDARY_END}"
                if w[-1].isalnum()
                else re.escape(w)
            )
            for w in after_words
        )
    )
    joiners = sorted({j for _, j in lex.ranges}, key=len, reverse=True)

    def joiner_pattern(j: str) -> str:
        if not j.isalnum():
            return rf"[ \t]*{re.escape(j)}[ \t]*"  # "200-300"
        if j in lex.prefixes:
            return rf"[ \t]+{re.escape(j)}[ \t]*"  # Arabic "بين 200 و300": "و" may be glued
        return rf"[ \t]+{re.escape(j)}[ \t]+"

    joiner = re.compile("|".join(joiner_pattern(j) for j in joiners))
    months = _alternation(tables.months)
    times = _alternation(lex.numbers.times)
    return Scanner(
        lex=lex,
        anchor=anchor,
        digits=digits,
        word=re.compile(r"(?:[ \t]+|[ \t]*-[ \t]*)?([^\W\d_]+)"),
        before=before,
        after=after,
        joiner=joiner,
        # Things made of digits that are not figures: times, dates, fractions,
        # versions, phone numbers, and digits glued to letters (G7, 2nd, 1990s).
        skip=re.compile(
            r"""
            \d+(?:[:/]\d+)+                 # 1:40, 4/5, 02/04/2019
            | \d+(?:\.\d+){2,}              # 1.2.3, 11.04.2019
            | \d+(?:-\d+){2,}               # 2019-04-02, 222-2222-2222
            | (?:19|20)\d\d-[01]\d(?!\d)     # 1995-01: a year and month
            | \d+(?:\.\d+)?[^\W\d_]+\w*     # 2nd, 1990s, 10g (suffixes are checked first)
            """,
            re.VERBOSE,
        ),
        url=re.compile(r"(?:https?://|www\.)\S+"),
        # searched in a short window ending at the figure: "$", "US$ ", "usd"
        currency_before=re.compile(
            rf"(?<![^\W\d_])(?P<c>{_alternation(tables.currencies)})[ \t]?$"
        ),
        # a currency sign opening the second end of a range: "$5m-$10m"
        currency_at=re.compile(rf"(?:{_alternation(tables.currencies)})[ \t]?(?=\d)"),
        # right after the figure, glued or after spaces: "20%", "45mph", "10 kg"
        unit_after=re.compile(rf"[ \t]*(?P<u>{_alternation(tables.units)})(?![^\W\d_])"),
        # a month after a day number: "3 March", "3 of March"
        month_after=re.compile(rf"[ \t]+(?:of[ \t]+)?(?:{months})(?![^\W\d_])"),
        # "2 pm", "10 GMT": a time of day
        time_after=re.compile(rf"[ \t]*(?:{times})(?![^\W\d_])"),
        tables=tables,
        openers=frozenset(openers),
        before_lasts=frozenset(
            w
            for p in (*lex.before, *openers)
            for w in (p.replace("-", " ").split()[-1], p.replace("-", " ").split()[-1].rstrip("."))
        ),
        time_firsts=frozenset(w[0] for w in lex.numbers.times),
        # the longest qualifier with a proclitic and doubled blanks
        lookback=min(LOOKBACK, max(map(len, (*lex.before, *openers)), default=0) + 8),
        bound_joiners=lex.qualifiers.bounds,
        # the joining words each opener takes: a strict one ("between") only its
        # own ("and"); no opener (or "from") any joiner of a range without an opener
        range_joiners={
            op: frozenset(
                jn
                for o, jn in lex.ranges
                if (o == op if op in lex.qualifiers.strict_openers else o in (op, ""))
            )
            for op in ("", *openers)
        },
    )
