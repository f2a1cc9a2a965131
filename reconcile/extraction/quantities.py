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
from decimal import Decimal

import attrs

from ..lang import Lexicon, detect_language, lexicon
from ..model import Direction, Qualifier, Quantity, Relative, Span
from ..text import Folded, fold_with_offsets, trie_regex

__all__ = ["Found", "quantities", "scan", "to_quantity"]

# The longest digit run read as a figure; longer runs (serial numbers, digit
# noise) are skipped whole. 15 digits keep every value exact in a float.
_MAX_DIGITS = 15
# How far back a qualifier or range opener may start (in folded characters).
_LOOKBACK = 40


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


_LETTERS = re.compile(r"[^\W\d_]+")
_BLANKS = re.compile(r"[ \t]+")
_WORD_BOUNDARY_START = r"(?<![^\W\d_])"
_WORD_BOUNDARY_END = r"(?![^\W\d_])"


@functools.cache
def _scanner(code: str) -> _Scanner:
    lex = lexicon(code)
    articles = sorted(lex.numbers.articles)
    words = {
        *lex.cardinals,
        *lex.vague,
        *lex.vague_multipliers,
        *lex.duals,
        *(f"{a} {s}" for a in articles for s in lex.scales),
        *(lex.scales if lex.numbers.bare_scales else ()),
    }
    # a proclitic ("و" and, "ب" with) may stand glued before a figure or a number word
    prefix = f"(?:{'|'.join(map(re.escape, lex.prefixes))})?" if lex.prefixes else ""
    anchor = re.compile(
        rf"(?<![\w.,]){prefix}(?P<d>\d)"
        rf"|{_WORD_BOUNDARY_START}{prefix}(?P<w>{trie_regex(words)}){_WORD_BOUNDARY_END}"
    )
    digits = re.compile(
        r"""
        \d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?  # 1,000 or 12,345.5: comma-grouped
        | \d+,(?:\d{1,2}|\d{4,})(?![\d,])      # 4,8 or 0,23456: a decimal comma
        | \d+(?:\.\d+)?                       # 300 or 1.5
        """,
        re.VERBOSE,
    )
    openers = {o for o, _ in lex.ranges if o}
    before = re.compile(
        rf"{_WORD_BOUNDARY_START}(?P<q>{trie_regex([*lex.before, *openers])})[ \t]*$"
    )
    after_words = sorted(lex.after, key=len, reverse=True)
    after = re.compile(
        "|".join(
            (rf"[ \t]*{trie_regex([w])}{_WORD_BOUNDARY_END}" if w[-1].isalnum() else re.escape(w))
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
    )


@attrs.define
class _Reading:
    """A number read at some position: its bounds and where it ends."""

    low: Decimal
    high: Decimal
    end: int
    vague: bool = False


def _as_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


class _Parser:
    """Reads one folded text; holds the position so that scanning stays linear."""

    def __init__(self, scanner: _Scanner, text: str) -> None:
        self.s = scanner
        self.lex = scanner.lex
        self.text = text

    # -- single numbers ---------------------------------------------------

    def _next_word(self, pos: int) -> tuple[str, int, int] | None:
        m = self.s.word.match(self.text, pos)
        if m is None:
            return None
        return m.group(1), m.start(1), m.end(1)

    def read_digits(self, pos: int) -> _Reading | None:
        """Digits at ``pos``, with a scale word or suffix after them."""
        text = self.text
        if self.s.skip.match(text, pos):
            m = self.s.digits.match(text, pos)
            assert m is not None
            suffix = _LETTERS.match(text, m.end(), m.end() + 4)
            if suffix is None or suffix.group() not in self.lex.suffixes:
                return None
            if (
                m.end() + len(suffix.group()) < len(text)
                and text[m.end() + len(suffix.group())].isalnum()
            ):
                return None
            scale = Decimal(self.lex.suffixes[suffix.group()])
            value = Decimal(m.group().replace(",", "")) * scale
            return _Reading(value, value, m.end() + len(suffix.group()))
        m = self.s.digits.match(text, pos)
        if m is None:
            return None
        raw = m.group()
        # a comma is a thousands separator before groups of three, else a decimal point
        raw = (
            raw.replace(",", "")
            if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw)
            else (raw.replace(",", "."))
        )
        if len(raw.replace(".", "")) > _MAX_DIGITS:
            return None
        value = Decimal(raw)
        end = m.end()
        # "1.5 million", "3 hundred", "60 thousand"
        nxt = self._next_word(end)
        if nxt is not None and (nxt[0] in self.lex.scales or _plural_scale(nxt[0], self.lex)):
            value *= self.lex.scales.get(nxt[0]) or self.lex.scales[nxt[0][:-1]]
            end = nxt[2]
        return _Reading(value, value, end)

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
            elif last is not None and (word in lex.scales or _plural_scale(word, lex)):
                scale = lex.scales.get(word) or lex.scales[word[:-1]]
                if last == "scale" and not (scale >= 1000 > last_scale):
                    break  # "hundred hundred"; but "hundred thousand" goes on
                if scale < 1000:
                    current = (current or Decimal(1)) * scale
                else:
                    total += (current or Decimal(1)) * scale
                    current = Decimal(0)
                last, last_scale = "scale", scale
            elif word in lex.joiners and last == "scale":
                peek = self._next_word(w_end)
                if peek is None or peek[0] not in lex.cardinals:
                    break
                nxt = peek
                continue
            else:
                break
            end = cursor = w_end
            nxt = self._next_word(cursor)
        if end == pos:
            return None
        value = total + current
        return _Reading(value, value, end)

    def read_phrase(self, pos: int, phrase: str, phrase_end: int) -> _Reading | None:
        """Read a vague phrase, a multiplied one, or an article with a scale.

        "hundreds", "several hundred", "a hundred".
        """
        lex = self.lex
        key = " ".join(phrase.replace("-", " ").split())
        nxt = self._next_word(phrase_end)
        if key in lex.vague_multipliers and nxt is not None and nxt[0] in lex.scales:
            lo, hi = lex.vague_multipliers[key]
            scale = lex.scales[nxt[0]]
            return _Reading(Decimal(lo) * scale, Decimal(hi) * scale, nxt[2], vague=True)
        if key in lex.vague:
            lo, hi = lex.vague[key]
            return _Reading(Decimal(lo), Decimal(hi), phrase_end, vague=True)
        if key in lex.duals:  # "طفلاي": a dual noun counts two
            return _Reading(Decimal(2), Decimal(2), phrase_end)
        words = key.split()
        if len(words) == 1 and key in lex.scales and lex.numbers.bare_scales:
            # Arabic "مئه", "الف": a scale word alone is one of it
            return self.read_words_after_scale(phrase_end, Decimal(lex.scales[key]))
        if len(words) == 2 and words[1] in lex.scales:
            # "a hundred", "a thousand and five"
            rest = self.read_words_after_scale(phrase_end, Decimal(lex.scales[words[1]]))
            return rest
        if key in lex.cardinals and " " in key:  # "اثنا عشر": one number in two words
            return _Reading(Decimal(lex.cardinals[key]), Decimal(lex.cardinals[key]), phrase_end)
        if key in lex.cardinals:
            return self.read_words(pos)
        return None

    def read_words_after_scale(self, end: int, value: Decimal) -> _Reading:
        """Continue "a thousand" into "a thousand two hundred" when it goes on."""
        more = self.read_words(self._skip_joiner(end))
        if more is not None and more.low < value and value >= 100:
            return _Reading(value + more.low, value + more.low, more.end)
        return _Reading(value, value, end)

    def _skip_joiner(self, pos: int) -> int:
        nxt = self._next_word(pos)
        if nxt is not None and nxt[0] in self.lex.joiners:
            return nxt[2]
        if nxt is not None and nxt[0][:1] in self.lex.joiners and nxt[0][1:] in self.lex.cardinals:
            return nxt[1] + 1  # "مئه وخمسون": the joiner is glued to the number word
        m = _BLANKS.match(self.text, pos)
        return m.end() if m else pos

    def read_at(self, pos: int, anchor_end: int) -> _Reading | None:
        """Whatever number starts at ``pos`` (an anchor match)."""
        if self.text[pos].isdigit():
            return self.read_digits(pos)
        return self.read_phrase(pos, self.text[pos:anchor_end], anchor_end)

    def read_number_after(self, pos: int) -> _Reading | None:
        """The number starting at ``pos`` exactly, if any (used for range ends)."""
        m = self.s.anchor.match(self.text, pos)
        if m is None:
            # "بين 200 و300": the anchor refuses digits glued to a letter
            return self.read_digits(pos) if self.text[pos : pos + 1].isdigit() else None
        start = m.start("d") if m.group("d") else m.start("w")
        return self.read_at(start, m.end())


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
    that become claims.
    """

    start: int
    end: int
    low: Decimal
    high: Decimal
    qualifier: Qualifier
    direction: Direction | None = None


def _read_quantity(parser: _Parser, start: int, anchor_end: int, floor: int) -> Found | None:
    """Read the quantity whose number starts at ``start``, with what surrounds it.

    ``floor`` is where the previous quantity ended: a qualifier is never
    looked for before it.
    """
    s, lex, text = parser.s, parser.lex, parser.text
    reading = parser.read_at(start, anchor_end)
    if reading is None:
        return None
    found = Found(
        start,
        reading.end,
        reading.low,
        reading.high,
        Qualifier.VAGUE if reading.vague else Qualifier.EXACT,
    )
    openers = {o for o, _ in lex.ranges if o}

    # 1. what is written before: a qualifier ("around") or a range opener ("between")
    opener, opener_start = "", start
    b = s.before.search(text, max(floor, start - _LOOKBACK), start)
    if b is not None:
        key = " ".join(b.group("q").replace("-", " ").split())
        qd = _qualifier_of(key, lex) if key not in openers else None
        if key in openers:
            opener, opener_start = key, b.start("q")
        elif qd is not None:
            found = _qualify(found, qd, b.start("q"))

    # 2. a second figure joined to the first: "between 200 and 300", "200-300"
    if (not reading.vague and found.qualifier is Qualifier.EXACT) or opener:
        j = s.joiner.match(text, found.end)
        joiners = (
            {jn for op, jn in lex.ranges if op in (opener, "")}
            if opener != "between"
            else {jn for op, jn in lex.ranges if op == opener}
        )
        if j is not None and j.group().strip() in joiners and not reading.vague:
            second = _range_end(parser, j.end())
            if second is not None and second.high > found.low:
                return Found(
                    opener_start if opener else start,
                    second.end,
                    found.low,
                    second.high,
                    Qualifier.RANGE,
                )

    # 3. a qualifier written after the figure: "300 or more", "300+"; a bound
    # written after overrides an approximation before ("about 500 or more")
    if found.qualifier in (Qualifier.EXACT, Qualifier.APPROX):
        a = s.after.match(text, found.end)
        qd = _qualifier_of(a.group(), lex) if a is not None else None
        if (
            a is not None
            and qd is not None
            and (
                found.qualifier is Qualifier.EXACT
                or qd[0] in (Qualifier.AT_LEAST, Qualifier.AT_MOST)
            )
        ):
            found = attrs.evolve(found, qualifier=qd[0], direction=qd[1], end=a.end())
    return found


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


def _qualify(found: Found, qd: tuple[Qualifier, Direction | None], start: int) -> Found:
    """Apply a qualifier written before the figure.

    On a vague figure only a bound means something: "more than a dozen" keeps
    the vague floor, "up to several thousand" its ceiling; "about hundreds"
    stays vague.
    """
    qualifier, direction = qd
    if found.qualifier is Qualifier.VAGUE:
        if qualifier is Qualifier.AT_LEAST:
            return Found(start, found.end, found.low, found.low, qualifier)
        if qualifier is Qualifier.AT_MOST:
            return Found(start, found.end, found.high, found.high, qualifier)
        return attrs.evolve(found, start=start)
    return Found(start, found.end, found.low, found.high, qualifier, direction)


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
    parser = _Parser(scanner, ftext)
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
        out.append(found)
        pos = floor = found.end
    return out


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
    """The :class:`~reconcile.Quantity` of a found expression, its text from the original."""
    o_start, o_end = folded.span(found.start, found.end)
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
    )
