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

import functools
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal

import attrs

from .lang import Lexicon, detect_language, lexicon
from .model import Direction, Qualifier, Quantity, Relative, Span
from .text import Folded, fold, fold_with_offsets

__all__ = ["Found", "quantities", "scan", "to_quantity"]

# The longest digit run read as a figure; longer runs (serial numbers, digit
# noise) are skipped whole. 15 digits keep every value exact in a float.
_MAX_DIGITS = 15
# How far back a qualifier or range opener may start (in folded characters).
_LOOKBACK = 40


def _trie_regex(phrases: Iterable[str]) -> str:
    """A regex matching any of ``phrases``, factored by common prefix.

    Factoring keeps the engine from trying every alternative at every
    position; a space inside a phrase matches any run of spaces or a hyphen.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = []
        for char in sorted(c for c in node if c):
            atom = r"(?:[ \t]+|[ \t]*-[ \t]*)" if char == " " else re.escape(char)
            branches.append(atom + emit(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


@attrs.frozen(eq=False)
class _Tables:
    """The lexicon tables the scanner reads beyond :class:`Lexicon`'s own, folded."""

    fractions: Mapping[str, Decimal]
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
    articles: frozenset[str]
    fraction_of: frozenset[str]
    points: frozenset[str]
    one_pronoun: frozenset[str]


def _tables(lex: Lexicon) -> _Tables:
    numbers = lex.data.get("numbers", {})
    subjects = lex.data.get("subjects", {})

    def words(table: str, key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in numbers.get(table, {}).get(key, []))

    units = {k: str(v) for k, v in numbers.get("units", {}).items()}
    return _Tables(
        fractions={
            k: Decimal(v[0]) / Decimal(v[1]) for k, v in numbers.get("fractions", {}).items()
        },
        spaced_suffixes=words("spaced_suffixes", "words"),
        currency_suffixes=dict(numbers.get("currency_suffixes", {})),
        currencies={k: str(v) for k, v in numbers.get("currencies", {}).items()},
        units=units,
        months=words("dates", "months"),
        year_markers=words("dates", "year_markers"),
        day_articles=words("dates", "day_articles"),
        month_firsts=frozenset(m[0] for m in words("dates", "months")),
        # the last characters of currency signs and codes ("$", "d" of "usd"),
        # so that only a figure after one of them looks for a currency
        currency_ends=frozenset(c[-1] for c in numbers.get("currencies", {})),
        # the first characters of units: only a figure followed by one looks for a unit
        unit_firsts=frozenset(u[0] for u in units),
        names=words("names", "words"),
        not_names=words("names", "not_names"),
        # a year-like figure followed by one of these counts it ("2019 people")
        counted=frozenset(
            [
                *subjects.get("people", {}),
                *subjects.get("units", {}),
                *subjects.get("demonyms", {}),
                *units,
            ]
        ),
        joiner_after_units=bool(numbers.get("joiner_after_units")),
        articles=frozenset(numbers.get("articles", {})),
        fraction_of=words("fractions_of", "words"),
        points=words("points", "words"),
        one_pronoun=words("one_pronoun", "after"),
    )


@attrs.frozen(eq=False)
class _Scanner:
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
    tables: _Tables
    openers: frozenset[str]
    range_joiners: Mapping[str, frozenset[str]]
    bound_joiners: frozenset[str]
    before_lasts: frozenset[str]
    time_firsts: frozenset[str]
    lookback: int


_LETTERS = re.compile(r"[^\W\d_]+")
# commas that group thousands (keep in sync with the first two branches of
# ``digits`` in _scanner): 1,000,000 and the Indian 12,34,567
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?")
_BLANKS = re.compile(r"[ \t]+")
_WORD_BOUNDARY_START = r"(?<![^\W\d_])"
_WORD_BOUNDARY_END = r"(?![^\W\d_])"


def _alternation(keys: Iterable[str]) -> str:
    """A regex matching any of ``keys`` (longest first), factored as a trie; never empty.

    Factoring matters: these run at every figure, and a flat alternation of
    sixty units would try each in turn.
    """
    keys = {k for k in keys if k}
    return f"(?:{_trie_regex(keys)})" if keys else r"(?!)"


@functools.cache
def _scanner(code: str) -> _Scanner:
    lex = lexicon(code)
    tables = _tables(lex)
    articles = sorted(lex.data.get("numbers", {}).get("articles", {}))
    words = {
        *lex.cardinals,
        *lex.vague,
        *lex.vague_multipliers,
        *lex.duals,
        *(f"{a} {s}" for a in articles for s in lex.scales),
        *(lex.scales if lex.data.get("numbers", {}).get("bare_scales") else ()),
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
        rf"|{_WORD_BOUNDARY_START}{prefix}(?P<w>{_trie_regex(words)}){_WORD_BOUNDARY_END}"
    )
    digits = re.compile(
        r"""
        \d{1,3}(?:,\d{3})+(?!\d|,\d)(?:\.\d+)?        # 1,000, 12,345.5; "1,450, officials"
        | \d{1,2}(?:,\d\d)+,\d{3}(?!\d|,\d)(?:\.\d+)?  # 12,34,567: Indian lakh grouping
        # 1 000, 12 500: a head of 1-3 digits and groups of exactly three
        # (no-break, narrow and thin spaces are folded to spaces), so that
        # "in 2014 300 people" stays two figures
        | \d{1,3}(?:[ ]\d{3})+(?![\d,]|\.\d{3})(?:\.\d+)?
        | \d+,(?:\d{1,2}|\d{4,})(?!\d|,\d)             # 4,8 or 0,23456: a decimal comma
        | \d+(?:\.\d+)?                                 # 300 or 1.5
        | \.\d+                                         # .08
        """,
        re.VERBOSE,
    )
    openers = {o for o, _ in lex.ranges if o}
    before = re.compile(
        rf"{_WORD_BOUNDARY_START}{prefix}(?P<q>{_trie_regex([*lex.before, *openers])})[ \t]*$"
    )
    after_words = sorted(lex.after, key=len, reverse=True)
    after = re.compile(
        "|".join(
            (rf"[ \t]*{_trie_regex([w])}{_WORD_BOUNDARY_END}" if w[-1].isalnum() else re.escape(w))
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
    times = _alternation(
        fold(w) for w in lex.data.get("numbers", {}).get("times", {}).get("words", [])
    )
    return _Scanner(
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
        time_firsts=frozenset(
            fold(w)[0] for w in lex.data.get("numbers", {}).get("times", {}).get("words", [])
        ),
        # the longest qualifier with a proclitic and doubled blanks
        lookback=min(_LOOKBACK, max(map(len, (*lex.before, *openers)), default=0) + 8),
        bound_joiners=frozenset(
            fold(w) for w in lex.data.get("qualifiers", {}).get("bounds", {}).get("joiners", [])
        ),
        # the joining words each opener takes: "between" only "and"; no
        # opener (or "from") any joiner of a range without an opener
        range_joiners={
            op: frozenset(
                jn for o, jn in lex.ranges if (o == op if op == "between" else o in (op, ""))
            )
            for op in ("", *openers)
        },
    )


@attrs.define
class _Reading:
    """A number read at some position: its bounds and where it ends.

    ``scale`` is the multiplier a scale word or suffix applied ("4 million"
    has 1,000,000), so that a range can lend it to its first end.
    """

    low: Decimal
    high: Decimal
    end: int
    vague: bool = False
    scale: Decimal = Decimal(1)


def _as_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


class _Parser:
    """Reads one folded text; holds the position so that scanning stays linear."""

    def __init__(self, scanner: _Scanner, text: str, folded: Folded | None = None) -> None:
        self.s = scanner
        self.lex = scanner.lex
        self.t = scanner.tables
        self.text = text
        # the original text, for what folding loses: capitals mark names
        self.folded = folded

    # -- single numbers ---------------------------------------------------

    def _next_word(self, pos: int) -> tuple[str, int, int] | None:
        m = self.s.word.match(self.text, pos)
        if m is None:
            return None
        return m.group(1), m.start(1), m.end(1)

    def _scale_of(self, word: str) -> Decimal | None:
        if word in self.lex.scales:
            return Decimal(self.lex.scales[word])
        if _plural_scale(word, self.lex):
            return Decimal(self.lex.scales[word[:-1]])
        return None

    def read_digits(self, pos: int, *, currency: bool = False) -> _Reading | None:
        """Digits at ``pos``, with a scale word or suffix after them.

        ``currency``: a currency stands before the figure, so that "1MM" is a
        million ([currency_suffixes]).
        """
        text = self.text
        if self.s.skip.match(text, pos):
            m = self.s.digits.match(text, pos)
            assert m is not None
            suffix = _LETTERS.match(text, m.end(), m.end() + 4)
            if suffix is None:
                return None
            letters = suffix.group()
            multiplier = self.lex.suffixes.get(letters) or (
                self.t.currency_suffixes.get(letters) if currency else None
            )
            after = m.end() + len(letters)
            if after < len(text) and text[after].isalnum():
                return None
            value = self._value(m.group())
            if value is None:
                return None
            if multiplier is None:
                # "10kg", "17pc", "45mph": a unit glued to the figure, read by the caller
                return _Reading(value, value, m.end()) if letters in self.t.units else None
            scale = Decimal(multiplier)
            return _Reading(value * scale, value * scale, after, scale=scale)
        m = self.s.digits.match(text, pos)
        if m is None:
            return None
        value = self._value(m.group())
        if value is None:
            return None
        end = m.end()
        scale = Decimal(1)
        # "1.5 million", "3 hundred", "4 hundred million", "10 bln", "3 lakh crore"
        nxt = self._next_word(end)
        while nxt is not None:
            s = self._scale_of(nxt[0])
            if s is None and nxt[0] in self.t.spaced_suffixes:
                s = Decimal(self.lex.suffixes[nxt[0]])
            if s is None or s <= scale:
                break
            scale *= s
            end = nxt[2]
            nxt = self._next_word(end)
        value *= scale
        reading = _Reading(value, value, end, scale=scale)
        if scale >= 100:
            reading = self._continue_after_scale(reading)
            nxt = self._next_word(reading.end)
        return self._fraction_tail_at(reading, nxt)

    def _value(self, raw: str) -> Decimal | None:
        # a comma is a thousands separator before groups of three, else a decimal point
        if _GROUPED.fullmatch(raw):
            raw = raw.replace(",", "")
        else:
            raw = raw.replace(" ", "").replace(",", ".")
        raw = raw.replace(" ", "")
        if len(raw.replace(".", "")) > _MAX_DIGITS:
            return None
        return Decimal(raw)

    def _continue_after_scale(self, reading: _Reading) -> _Reading:
        """Add a smaller part written after a scale: "4 thousand 3 hundred and 21"."""
        pos = reading.end
        joined = self._skip_joiner(pos)
        if joined == pos:
            return reading
        had_joiner = self.text[pos:joined].strip() != ""
        if self.text[joined : joined + 1].isdigit():
            more = self.read_digits(joined)
        elif had_joiner:
            more = self.read_words(joined)  # "3 hundred and one", "6 crore and two hundred"
        else:
            return reading
        if more is None or more.low >= reading.scale:
            return reading
        if not had_joiner and more.scale == 1:
            return reading  # "5 million 300 people": two figures
        return _Reading(
            reading.low + more.low, reading.high + more.low, more.end, scale=reading.scale
        )

    def _fraction_tail(self, reading: _Reading) -> _Reading:
        """:meth:`_fraction_tail_at` the word after ``reading``."""
        return self._fraction_tail_at(reading, self._next_word(reading.end))

    def _fraction_tail_at(self, reading: _Reading, nxt: tuple[str, int, int] | None) -> _Reading:
        """Add a share after "and": "five and a half million", "3 million and a half".

        "one billion and a half million" adds half a million; "five billion
        and three quarters" three quarters of a billion.
        """
        lex, t = self.lex, self.t
        if nxt is None:
            return reading
        word = nxt[0]
        count = Decimal(1)
        if word in lex.joiners:
            frac = self._next_word(nxt[2])
            if frac is not None and (frac[0] in t.articles or frac[0] in lex.cardinals):
                count = Decimal(lex.cardinals.get(frac[0], 1))  # "and a half", "and three quarters"
                frac = self._next_word(frac[2])
        elif word[:1] in lex.joiners and word[1:] in t.fractions:
            frac = (word[1:], nxt[1] + 1, nxt[2])  # Arabic "مليون ونصف": "و" glued
        else:
            return reading
        if frac is None or frac[0] not in t.fractions:
            return reading
        share = count * t.fractions[frac[0]]
        after = self._next_word(frac[2])
        scale = self._scale_of(after[0]) if after is not None else None
        if reading.scale >= 1000:
            if scale is not None and after is not None and scale < reading.scale:
                value = reading.low + share * scale  # "one billion and a half million"
                return _Reading(value, value, after[2], scale=reading.scale)
            value = reading.low + share * reading.scale  # "3 million and a half"
            return _Reading(value, value, frac[2], scale=reading.scale)
        value = reading.low + share  # "one hundred and three quarters" is 100.75
        if scale is not None and after is not None and reading.scale == 1:
            return _Reading(value * scale, value * scale, after[2], scale=scale)
        return _Reading(value, value, frac[2])

    def _fraction_of_scale(self, share: Decimal, pos: int) -> _Reading | None:
        """The scale after a fraction word: "[half] a million", "[thirds] of a million"."""
        t = self.t
        nxt = self._next_word(pos)
        if nxt is not None and nxt[0] in t.fraction_of:
            nxt = self._next_word(nxt[2])
        if nxt is not None and nxt[0] in t.articles:
            nxt = self._next_word(nxt[2])
        scale = self._scale_of(nxt[0]) if nxt is not None else None
        if scale is None or nxt is None:
            return None
        value = share * scale
        return _Reading(value, value, nxt[2], scale=scale)

    def read_words(self, pos: int) -> _Reading | None:
        """Read number words at ``pos``: "six", "twenty-one", "three hundred and forty"."""
        lex = self.lex
        total = Decimal(0)  # everything before the last scale of a thousand or more
        current = Decimal(0)  # the group being built ("three hundred forty")
        last: str | None = None  # kind of the previous word: "unit", "ten" or "scale"
        last_scale = 0
        end = cursor = pos
        nxt = self._next_word(pos)
        while nxt is not None:
            word, _, w_end = nxt
            if word[:1] in lex.joiners and word[1:] in lex.cardinals and last is not None:
                # "خمسه وعشرون", "مئه وخمسون", "الفين ومائتين": "و" glued to a number word
                number = lex.cardinals[word[1:]]
                unit_then_ten = last == "unit" and number % 10 == 0 and 20 <= number < 100
                if not (unit_then_ten or last == "scale" or number < current):
                    break
                current += number
                last = "ten" if unit_then_ten else "unit"
                end = cursor = w_end
                nxt = self._next_word(cursor)
                continue
            if word in lex.teens and last == "unit" and current % 100 < 10:
                current += 10  # Arabic "سته عشر": a unit and "ten" make a teen
                end = cursor = w_end
                nxt = self._next_word(cursor)
                continue
            if word in lex.cardinals:
                number = lex.cardinals[word]
                if last == "unit" or (last == "ten" and (number >= 10 or current % 10)):
                    break  # "one two", "twenty thirty": two numbers, not one
                current += number
                last = "ten" if number >= 20 and number % 10 == 0 and number < 100 else "unit"
            elif last is not None and (scale := self._scale_of(word)) is not None:
                if last == "scale" and not (scale >= 1000 > last_scale):
                    if scale > last_scale and current == 0 and total:
                        total *= scale  # "three lakh crore": a scale of a scale
                        last_scale = int(scale)
                        end = cursor = w_end
                        nxt = self._next_word(cursor)
                        continue
                    break  # "hundred hundred"; but "hundred thousand" goes on
                if scale < 1000:
                    current = (current or Decimal(1)) * scale
                else:
                    total += (current or Decimal(1)) * scale
                    current = Decimal(0)
                last, last_scale = "scale", int(scale)
            elif word in lex.joiners and last is not None:
                # "three hundred and forty"; Arabic also "سته و عشرون", "ثلاثمائه و واحد"
                peek = self._next_word(w_end)
                if peek is None or peek[0] not in lex.cardinals:
                    break
                after_peek = self._next_word(peek[2])
                if after_peek is not None and after_peek[0] in self.t.fractions:
                    break  # "one billion and three quarters": a share, read by _fraction_tail
                number = lex.cardinals[peek[0]]
                if last != "scale":
                    unit_then_ten = last == "unit" and number % 10 == 0 and 20 <= number < 100
                    smaller = current >= 100 and current % 100 == 0 and number < current
                    if not (self.t.joiner_after_units and (unit_then_ten or smaller)):
                        break
                    current += number
                    last = "ten" if unit_then_ten else "unit"
                    end = cursor = peek[2]
                    nxt = self._next_word(cursor)
                    continue
                nxt = peek
                continue
            else:
                break
            end = cursor = w_end
            nxt = self._next_word(cursor)
        if end == pos:
            return None
        value = total + current
        scale = Decimal(last_scale) if last == "scale" else Decimal(1)
        nxt = self._next_word(end)
        if nxt is not None and nxt[0] in self.t.points:
            point = self._decimals(nxt[2])  # "nine point nought four", "two hundred point five"
            if point is not None:
                return _Reading(value + point[0], value + point[0], point[1])
        if last in ("unit", "ten") and nxt is not None and nxt[0] in self.t.fractions:
            share = value * self.t.fractions[nxt[0]]
            # "two thirds of a million": a count of shares of a scale;
            # alone, "two thirds", "one-half" is the share itself
            read = self._fraction_of_scale(share, nxt[2])
            return read if read is not None else _Reading(share, share, nxt[2])
        return self._fraction_tail(_Reading(value, value, end, scale=scale))

    def _decimals(self, pos: int) -> tuple[Decimal, int] | None:
        """The digits after a decimal point word: "[point] zero three", "[point] seventy-one"."""
        lex = self.lex
        digits, end = "", pos
        nxt = self._next_word(pos)
        while nxt is not None and nxt[0] in lex.cardinals and lex.cardinals[nxt[0]] < 10:
            digits += str(lex.cardinals[nxt[0]])
            end = nxt[2]
            nxt = self._next_word(end)
        if not digits:
            more = self.read_words(pos)
            if more is None or more.low >= 100 or more.scale > 1:
                return None
            digits, end = str(int(more.low)), more.end  # "point seventy-one", "point eleven"
        return Decimal("0." + digits), end

    def read_phrase(self, pos: int, phrase: str, phrase_end: int) -> _Reading | None:
        """Read a vague phrase, a multiplied one, or an article with a scale.

        "hundreds", "several hundred", "a hundred", "half a million".
        """
        lex = self.lex
        key = " ".join(phrase.replace("-", " ").split())
        nxt = self._next_word(phrase_end)
        if key in lex.vague_multipliers and nxt is not None and nxt[0] in lex.scales:
            lo, hi = lex.vague_multipliers[key]
            times = lex.scales[nxt[0]]
            return _Reading(Decimal(lo) * times, Decimal(hi) * times, nxt[2], vague=True)
        words = key.split()
        if words[-1] in self.t.fractions and key not in lex.cardinals:
            # "half a million", "a quarter of a million"; alone, a share is no figure
            return self._fraction_of_scale(self.t.fractions[words[-1]], phrase_end)
        if key in lex.vague:
            lo, hi = lex.vague[key]
            return _Reading(Decimal(lo), Decimal(hi), phrase_end, vague=True)
        if key in lex.duals:  # "طفلاي": a dual noun counts two
            return _Reading(Decimal(2), Decimal(2), phrase_end)
        if len(words) == 1 and key in lex.scales and lex.data["numbers"].get("bare_scales"):
            # Arabic "مئه", "الف": a scale word alone is one of it
            return self.read_words_after_scale(phrase_end, Decimal(lex.scales[key]))
        if len(words) == 2 and words[1] in lex.scales:
            # "a hundred", "a thousand and five"
            rest = self.read_words_after_scale(phrase_end, Decimal(lex.scales[words[1]]))
            return rest
        if key in lex.cardinals and " " in key:  # "اثنا عشر": one number in two words
            value = Decimal(lex.cardinals[key])
            scale = self._scale_of(nxt[0]) if nxt is not None else None
            if scale is not None and nxt is not None:
                # "اثنا عشر الف", "اثني عشر مليار": a two-word teen before a scale
                return self.read_words_after_scale(nxt[2], value * scale, scale)
            return _Reading(value, value, phrase_end)
        if key in lex.cardinals:
            return self.read_words(pos)
        return None

    def read_words_after_scale(
        self, end: int, value: Decimal, scale: Decimal | None = None
    ) -> _Reading:
        """Continue "a thousand" into "a thousand two hundred" when it goes on.

        A larger scale multiplies ("مئه الف" is 100,000, "a hundred thousand").
        """
        scale = value if scale is None else scale
        nxt = self._next_word(end)
        bigger = self._scale_of(nxt[0]) if nxt is not None else None
        while nxt is not None and bigger is not None and bigger > scale:
            value, scale, end = value * bigger, scale * bigger, nxt[2]
            nxt = self._next_word(end)
            bigger = self._scale_of(nxt[0]) if nxt is not None else None
        more = self.read_words(self._skip_joiner(end))
        if more is not None and more.low < scale and value >= 100:
            return _Reading(value + more.low, value + more.low, more.end, scale=scale)
        return self._fraction_tail(_Reading(value, value, end, scale=scale))

    def _skip_joiner(self, pos: int) -> int:
        """The position after a joiner ("and", "و") and the blanks after it, or after blanks."""
        nxt = self._next_word(pos)
        if nxt is not None and nxt[0] in self.lex.joiners:
            pos = nxt[2]  # "و٢١": the joiner may be glued to the digits after it
        elif (
            nxt is not None and nxt[0][:1] in self.lex.joiners and nxt[0][1:] in self.lex.cardinals
        ):
            return nxt[1] + 1  # "مئه وخمسون": the joiner is glued to the number word
        m = _BLANKS.match(self.text, pos)
        return m.end() if m else pos

    def read_at(self, pos: int, anchor_end: int, *, currency: bool = False) -> _Reading | None:
        """Whatever number starts at ``pos`` (an anchor match)."""
        if self.text[pos].isdigit() or self.text[pos] == ".":
            return self.read_digits(pos, currency=currency)
        return self.read_phrase(pos, self.text[pos:anchor_end], anchor_end)

    def read_number_after(self, pos: int) -> _Reading | None:
        """The number starting at ``pos`` exactly, if any (used for range ends)."""
        cur = self.s.currency_at.match(self.text, pos)
        if cur is not None:
            pos = cur.end()  # "$5m-$10m": the second end repeats the currency
        m = self.s.anchor.match(self.text, pos)
        if m is None:
            # "بين 200 و300": the anchor refuses digits glued to a letter
            return self.read_digits(pos) if self.text[pos : pos + 1].isdigit() else None
        start = m.start("d") if m.group("d") else m.start("w")
        return self.read_at(start, m.end(), currency=cur is not None)


def _plural_scale(word: str, lex: Lexicon) -> bool:
    """Whether a plural scale word multiplies like the singular ("three dozens")."""
    return word.endswith("s") and word[:-1] in lex.scales


def _qualifier_of(word: str, lex: Lexicon) -> tuple[Qualifier, Direction | None] | None:
    key = " ".join(word.replace("-", " ").split())
    entry = lex.before.get(key) or lex.after.get(key)
    if entry is None:
        return None
    return Qualifier(entry.qualifier), Direction(entry.direction) if entry.direction else None


@attrs.frozen
class Found:
    """One quantity expression in folded coordinates, before it becomes a Quantity.

    The extractor reads the context of each figure from these and builds a
    :class:`~reconcile.Quantity` (:func:`to_quantity`) only for the figures
    that become claims. ``start``/``end`` cover the qualifier and the figure;
    ``outer`` also covers a currency before it and a unit after it ("$75m",
    "20%"), kept apart so that the extractor still reads the words after the
    figure itself ("%" makes it a share, not a count).
    """

    start: int
    end: int
    low: Decimal
    high: Decimal
    qualifier: Qualifier
    direction: Direction | None = None
    unit: str | None = None
    outer: tuple[int, int] | None = None


_YEARS = (Decimal(1900), Decimal(2099))
# where a sentence (or a headline, a list item) starts: a capitalised word
# right after one of these is no evidence of a name
# the figure of a time of day: hours, maybe a point and two digits of minutes
_TIME = re.compile(r"\d{1,2}(?:\.\d\d)?")
_SENTENCE_START = frozenset(".!?:;\"'“”‘’()[]\n\r—–-•*#|")


def _next_char(text: str, pos: int) -> str:
    """The first character at or after ``pos`` that is not a blank ("" at the end)."""
    if pos < len(text) and text[pos] in " \t":
        pos += 1
    return text[pos : pos + 1]


def _year_like(parser: _Parser, start: int, reading: _Reading) -> bool:
    """Four plain digits from 1900 to 2099 ("2019", not "2,019" nor "2019m")."""
    return (
        reading.scale == 1
        and reading.end - start == 4
        and _YEARS[0] <= reading.low <= _YEARS[1]
        and parser.text[start : reading.end].isdigit()
    )


def _counted_after(parser: _Parser, end: int) -> bool:
    """Whether a people noun or a unit follows ``end`` ("2019 people", "1950 km")."""
    nxt = parser._next_word(end)
    return nxt is not None and nxt[0] in parser.t.counted


def _word_before(text: str, pos: int, floor: int) -> tuple[str, int] | None:
    """The word ending right before ``pos`` (past blanks, a comma, a period), and its start.

    A plain backward walk over a few characters: cheaper than a regex search
    over a window, and it runs once or twice per figure.
    """
    i = pos - 1
    while i >= floor and text[i] in " \t,":
        i -= 1
    if i >= floor and text[i] == ".":
        i -= 1  # "Sept. 3", "No. 5"
    end = i + 1
    while i >= floor and text[i].isalpha():
        i -= 1
    if end - i <= 1:
        return None
    return text[i + 1 : end], i + 1


def _year_marker(parser: _Parser, start: int, floor: int) -> bool:
    """Whether a month or a marker like "in" makes the year-like figure at ``start`` a year.

    "in 2019", "March 2017", "March 3, 2017", "the end of 2019".
    """
    t, text = parser.t, parser.text
    w = _word_before(text, start, floor)
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
        w = _word_before(text, j + 1, floor)
        return w is not None and w[0] in t.months
    word, w_start = w
    if word in t.months or word in t.year_markers:
        return True
    w2 = _word_before(text, w_start, floor)
    return w2 is not None and f"{w2[0]} {word}" in t.year_markers  # "end of 2019"


def _not_a_count(
    parser: _Parser,
    start: int,
    reading: _Reading,
    floor: int,
    w: tuple[str, int] | None,
) -> bool:
    """Whether the plain figure at ``start`` is a day, a time or part of a name.

    "March 3", "3 March", "2 pm", "Route 66", "Boeing 737", "Game 3". Only
    plain digits are judged: "3 million" or "10kg" are never names. ``w``
    is the word before the figure (:func:`_word_before`), read once by the caller.
    """
    s, t, text = parser.s, parser.t, parser.text
    written = text[start : reading.end]
    if reading.scale != 1 or len(written) > 5:
        return False
    after = _next_char(text, reading.end)
    if (
        after in s.time_firsts
        and s.time_after.match(text, reading.end)
        and _TIME.fullmatch(written)
    ):
        return True  # "2 pm", "2.13 am"; not "2.1 pm" (picometres)
    if len(written) > 4 or not written.isdigit():
        return False
    window = max(floor, start - _LOOKBACK)
    if len(written) <= 2 and reading.low <= 31:
        # a day: "March 3", "March the 3", "3 March", "3 of March"
        if w is not None and w[0] in t.months:
            return True
        if w is not None and w[0] in t.day_articles:
            w2 = _word_before(text, w[1], window)
            if w2 is not None and w2[0] in t.months:
                return True
        if after in t.month_firsts and s.month_after.match(text, reading.end):
            return True
    if w is None or text[w[1] + len(w[0]) : start].strip(" \t") not in ("", "."):
        return False  # a name is written right before its number: "Route 66", "No. 5"
    word = w[0]
    if word in t.names or f"{word}." in t.names:
        return True
    return _capitalised_name(parser, w[1], word) and not _counted_after(parser, reading.end)


def _capitalised_name(parser: _Parser, w_start: int, word: str) -> bool:
    """A capitalised word inside a sentence right before a figure names it ("a Boeing 737").

    Sentence-initial words ("About 300") and function words are not names,
    nor a run of capitalised words (a headline: "Floods Kill 300").
    """
    folded, lex, t = parser.folded, parser.lex, parser.t
    if folded is None or word.upper() == word:
        return False  # a script without capitals (Arabic) says nothing here
    if word in t.not_names or word in t.months:
        return False
    if word in lex.cardinals or word in lex.scales or word in lex.before or word in lex.vague:
        return False
    original = folded.original
    o = folded.offset(w_start)
    if not original[o : o + 1].isupper():
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


def _unit_of(parser: _Parser, m: re.Match[str]) -> str:
    return parser.t.units[" ".join(m.group("u").split())]


def _read_quantity(parser: _Parser, start: int, anchor_end: int, floor: int) -> Found | None:
    """Read the quantity whose number starts at ``start``, with what surrounds it.

    ``floor`` is where the previous quantity ended: a qualifier is never
    looked for before it.
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
    window = max(floor, start - _LOOKBACK)
    last = _word_before(text, lead, window)
    if cur is None and _not_a_count(parser, start, reading, floor, last):
        return None
    if (
        last is not None
        and last[0] in t.one_pronoun
        and not text[start].isdigit()
        and lex.cardinals.get(text[start : reading.end]) == 1
    ):
        return None  # "which one", "that one": a pronoun
    # a unit written right after it: "20%", "45mph", "10 kg"
    u = (
        s.unit_after.match(text, reading.end)
        if _next_char(text, reading.end) in t.unit_firsts
        else None
    )
    if u is not None and unit is None:
        unit = _unit_of(parser, u)
    outer_end = u.end() if u is not None else reading.end
    q_start, end, low, high = start, reading.end, reading.low, reading.high
    qualifier = Qualifier.VAGUE if reading.vague else Qualifier.EXACT
    direction: Direction | None = None

    # 1. what is written before: a qualifier ("around") or a range opener ("between")
    opener, opener_start = "", start
    b = None
    # search only when the word before is the last word of some qualifier or
    # opener (maybe with a proclitic): the search tries every position of its
    # window, the check is a short walk and a lookup or two
    if last is not None and (
        last[0] in s.before_lasts
        or any(last[0][len(p) :] in s.before_lasts for p in lex.prefixes if last[0].startswith(p))
    ):
        b = s.before.search(text, max(floor, lead - s.lookback), lead)
    if b is not None:
        key = " ".join(b.group("q").replace("-", " ").split())
        qd = _qualifier_of(key, lex) if key not in s.openers else None
        if key in s.openers:
            opener, opener_start = key, b.start("q")
        elif qd is not None:
            q_start = b.start("q")
            low, high, qualifier, direction = _qualify(low, high, qualifier, qd)
    year = unit is None and _year_like(parser, start, reading)

    # 2. a second figure joined to the first: "between 200 and 300", "200-300",
    # "some 400-500", "$5m-$10m", "20%-30%"
    if (not reading.vague and qualifier in (Qualifier.EXACT, Qualifier.APPROX)) or opener:
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
            if u is not None and (u2 is None or _unit_of(parser, u) != _unit_of(parser, u2)):
                # "from 44 ml to 50 mg", "rose 2.5 percent to 1,245 points": two
                # measures, not a range ("20-30%" writes the unit once, at the end)
                second = None
            if second is not None and second.high > low:
                end2 = u2.end() if u2 is not None else second.end
                if unit is None and u2 is not None:
                    unit = _unit_of(parser, u2)
                if (
                    year
                    and _year_like(parser, j.end(), second)
                    and not _counted_after(parser, end2)
                ):
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
        window = max(floor, start - _LOOKBACK)
        if _year_marker(parser, start, window) or not _counted_after(parser, reading.end):
            return None

    # 3. a qualifier written after the figure: "300 or more", "300+"; a bound
    # written after overrides an approximation before ("about 500 or more")
    if qualifier in (Qualifier.EXACT, Qualifier.APPROX):
        a = s.after.match(text, end)
        at_unit = a is None and u is not None
        if at_unit:
            a = s.after.match(text, outer_end)  # "20% or more"
        qd = _qualifier_of(a.group(), lex) if a is not None else None
        if (
            a is not None
            and qd is not None
            and (qualifier is Qualifier.EXACT or qd[0] in (Qualifier.AT_LEAST, Qualifier.AT_MOST))
        ):
            qualifier, direction = qd
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


def _range_end(parser: _Parser, pos: int) -> _Reading | None:
    """The upper end of a range, which may carry its own qualifier ("to over 500")."""
    second = parser.read_number_after(pos)
    if second is not None:
        return second
    b = re.compile(r"(?:[^\W\d_]+[ \t]+){1,3}").match(parser.text, pos)
    if b is None:
        return None
    qd = _qualifier_of(parser.text[pos : b.end()], parser.lex)
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


def scan(folded: Folded, language: str) -> list[Found]:
    """Find the quantity expressions of already folded text, in folded coordinates."""
    scanner = _scanner(lexicon(language).code)
    ftext = folded.text
    parser = _Parser(scanner, ftext, folded)
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
        found = _read_quantity(parser, start, m.end(), floor)
        if found is None:
            # skip the whole token, so that a long digit run is never re-read
            pos = max(_TOKEN.match(ftext, start).end(), m.end())  # type: ignore[union-attr]
            continue
        if (
            out
            and found.qualifier in _BOUNDS
            and out[-1].qualifier in _BOUNDS
            and (merged := _bounds_range(scanner, ftext, out[-1], found)) is not None
        ):
            out[-1] = merged
        else:
            out.append(found)
        # go on after the unit too: "في المئه" is a percent sign, not a hundred
        pos = floor = max(found.end, found.outer[1] if found.outer else 0)
    return out


_BOUNDS = frozenset((Qualifier.AT_LEAST, Qualifier.AT_MOST))


def _bounds_range(scanner: _Scanner, text: str, first: Found, second: Found) -> Found | None:
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


def _urls(scanner: _Scanner, text: str) -> list[tuple[int, int]]:
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
    low: int | float | None = _as_number(found.low)
    high: int | float | None = _as_number(found.high)
    if found.qualifier is Qualifier.AT_LEAST:
        high = None
    elif found.qualifier is Qualifier.AT_MOST:
        low = None
    return Quantity(
        low,
        high,
        found.qualifier,
        folded.original[o_start:o_end],
        span=Span(o_start, o_end) if with_span else None,
        direction=found.direction,
        relative=relative,
        unit=found.unit,
    )
