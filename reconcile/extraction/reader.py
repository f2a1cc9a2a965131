"""Reading one number at a position: digits, number words, scales, fractions, vague words.

:class:`Parser` holds one folded text and reads the number that starts at a
position, returning a :class:`Reading` (its bounds, where it ends, the scale it
applied). It knows nothing of qualifiers or of what is counted.
"""

from __future__ import annotations

import re
from decimal import Decimal

import attrs

from ..lang import Lexicon
from ..model import Direction, Qualifier
from ..text import Folded
from .scanner import BLANKS, GROUPED, LETTERS, MAX_DIGITS, MAX_VALUE, Scanner

__all__ = ["Parser", "Reading", "as_number", "plural_scale", "qualifier_of", "word_before"]


@attrs.define
class Reading:
    """A number read at some position: its bounds and where it ends.

    ``scale`` is the multiplier a scale word or suffix applied ("4 million"
    has 1,000,000), so that a range can lend it to its first end.
    """

    low: Decimal
    high: Decimal
    end: int
    vague: bool = False
    scale: Decimal = Decimal(1)


def as_number(value: Decimal) -> int | float:
    """A decimal as the int or float a quantity stores."""
    return int(value) if value == value.to_integral_value() else float(value)


class Parser:
    """Reads one folded text; holds the position so that scanning stays linear."""

    def __init__(self, scanner: Scanner, text: str, folded: Folded | None = None) -> None:
        self.s = scanner
        self.lex = scanner.lex
        self.t = scanner.tables
        # the lexicon builds this set anew each time it is asked; read at every figure
        self.joiners = self.lex.joiners
        self.scales = self.lex.scales  # a property of the lexicon, read after every figure
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
        scales = self.scales
        if word in scales:
            return Decimal(scales[word])
        if word.endswith("s") and word[:-1] in scales:  # plural_scale, asked after every figure
            return Decimal(scales[word[:-1]])
        return None

    def read_digits(self, pos: int, *, currency: bool = False) -> Reading | None:
        """Digits at ``pos``, with a scale word or suffix after them.

        ``currency``: a currency stands before the figure, so that "1MM" is a
        million ([currency_suffixes]).
        """
        text = self.text
        if self.s.skip.match(text, pos):
            m = self.s.digits.match(text, pos)
            assert m is not None
            suffix = LETTERS.match(text, m.end(), m.end() + 4)
            if suffix is None:
                return None
            letters = suffix.group()
            multiplier = self.lex.suffixes.get(letters) or (
                self.t.currency_suffixes.get(letters) if currency else None
            )
            if multiplier is None:
                glued = self._glued_scale(m)
                if glued is not None:
                    return glued
            after = m.end() + len(letters)
            if after < len(text) and text[after].isalnum():
                return None
            value = self._value(m.group())
            if value is None:
                return None
            if multiplier is None:
                # "10kg", "17pc", "45mph": a unit glued to the figure, read by the caller
                return Reading(value, value, m.end()) if letters in self.t.units else None
            scale = Decimal(multiplier)
            return Reading(value * scale, value * scale, after, scale=scale)
        m = self.s.digits.match(text, pos)
        if m is None:
            return None
        value = self._value(m.group())
        if value is None:
            return None
        end = m.end()
        scale = _ONE
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
        reading = Reading(value, value, end, scale=scale)
        if scale >= 100:
            reading = self._continue_after_scale(reading)
            nxt = self._next_word(reading.end)
        return self._fraction_tail_at(reading, nxt)

    def _glued_scale(self, digits: re.Match[str]) -> Reading | None:
        """Digits glued to a whole scale word: "4آلاف", "3ملايين", "10тысяч".

        Hasty typing drops the space; the word is read as it would be after
        one, and a word that only starts with a scale ("5millionth") is none.
        """
        text, end = self.text, digits.end()
        word = LETTERS.match(text, end, end + _LONGEST_SCALE_WORD + 1)
        if word is None or (word.end() < len(text) and text[word.end()].isalnum()):
            return None
        times = self._scale_of(word.group()) or self.t.plural_scales.get(word.group())
        value = self._value(digits.group())
        if times is None or value is None:
            return None
        scale = Decimal(times)
        reading = Reading(value * scale, value * scale, word.end(), scale=scale)
        return self._continue_after_scale(reading) if scale >= 100 else reading

    def _value(self, raw: str) -> Decimal | None:
        if raw.isascii() and raw.isdigit():
            # plain digits ("300"), most figures: no separator to read
            return Decimal(raw) if len(raw) <= MAX_DIGITS else None
        # a comma is a thousands separator before groups of three, else a decimal point
        if GROUPED.fullmatch(raw):
            raw = raw.replace(",", "")
        else:
            raw = raw.replace(" ", "").replace(",", ".")
        raw = raw.replace(" ", "")
        if len(raw.replace(".", "")) > MAX_DIGITS:
            return None
        return Decimal(raw)

    def _continue_after_scale(self, reading: Reading) -> Reading:
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
        return Reading(
            reading.low + more.low, reading.high + more.low, more.end, scale=reading.scale
        )

    def _fraction_tail(self, reading: Reading) -> Reading:
        """:meth:`_fraction_tail_at` the word after ``reading``."""
        return self._fraction_tail_at(reading, self._next_word(reading.end))

    def _fraction_tail_at(self, reading: Reading, nxt: tuple[str, int, int] | None) -> Reading:
        """Add a share after "and": "five and a half million", "3 million and a half".

        "one billion and a half million" adds half a million; "five billion
        and three quarters" three quarters of a billion.
        """
        lex, t = self.lex, self.t
        if nxt is None:
            return reading
        word = nxt[0]
        count = _ONE
        if word in self.joiners:
            frac = self._next_word(nxt[2])
            if frac is not None and (frac[0] in t.articles or frac[0] in lex.cardinals):
                count = Decimal(lex.cardinals.get(frac[0], 1))  # "and a half", "and three quarters"
                frac = self._next_word(frac[2])
        elif word[:1] in self.joiners and word[1:] in t.fractions:
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
                return Reading(value, value, after[2], scale=reading.scale)
            value = reading.low + share * reading.scale  # "3 million and a half"
            return Reading(value, value, frac[2], scale=reading.scale)
        value = reading.low + share  # "one hundred and three quarters" is 100.75
        if scale is not None and after is not None and reading.scale == 1:
            return Reading(value * scale, value * scale, after[2], scale=scale)
        return Reading(value, value, frac[2])

    def _fraction_of_scale(self, share: Decimal, pos: int) -> Reading | None:
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
        return Reading(value, value, nxt[2], scale=scale)

    def read_words(self, pos: int) -> Reading | None:
        """Read number words at ``pos``: "six", "twenty-one", "three hundred and forty"."""
        lex = self.lex
        total = Decimal(0)  # everything before the last scale of a thousand or more
        current = Decimal(0)  # the group being built ("three hundred forty")
        # kind of the previous word: "unit", "ten", "hundred" (one word for a
        # whole hundred: "триста", "ثلاثمائه") or "scale"
        last: str | None = None
        last_scale = 0
        end = cursor = pos
        nxt = self._next_word(pos)
        saved = before_last = (total, current, last, last_scale, end, cursor)
        # the smallest scale of a thousand or more added so far, and the state just after it:
        # "nine thousand and ten thousand" is two figures, since groups only grow smaller
        big_scale, after_big = Decimal(0), saved
        joined = False  # whether a detached joiner stands right before this word
        while nxt is not None:
            if total + current > MAX_VALUE:
                # "one hundred one hundred ...": a chain past any count is two figures
                total, current, last, last_scale, end, cursor = saved
                break
            # the state before this word, and before the word before it
            before_last, saved = saved, (total, current, last, last_scale, end, cursor)
            word, _, w_end = nxt
            after_joiner, joined = joined, False
            if word[:1] in self.joiners and word[1:] in lex.cardinals and last is not None:
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
                if (
                    last == "unit"
                    # Arabic adds a unit only after "و": "مليون واحد" is a million
                    # ("a single"), "600 واحد" six hundred individuals
                    or (
                        last is not None
                        and self.t.joiner_required
                        and not after_joiner
                        and number < _TEN
                    )
                    or (last == "ten" and (number >= 10 or current % 10))
                    or (last == "hundred" and number >= 100)
                ):
                    break  # "one two", "twenty thirty", "сто двести": two numbers, not one
                current += number
                last = _kind(number)
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
                    if current >= 100:
                        # "one hundred one hundred": a hundred multiplies less than a
                        # hundred; the unit before it opens the next figure
                        if last in ("unit", "ten"):
                            total, current, last, last_scale, end, cursor = before_last
                        break
                    current = (current or Decimal(1)) * scale
                else:
                    if big_scale and scale >= big_scale and last != "scale":
                        total, current, last, last_scale, end, cursor = after_big
                        break
                    total += (current or Decimal(1)) * scale
                    current = Decimal(0)
                    big_scale = scale if not big_scale else min(big_scale, scale)
                    after_big = (total, current, "scale", int(scale), w_end, w_end)
                last, last_scale = "scale", int(scale)
            elif word in self.joiners and last is not None:
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
                nxt, joined = peek, True
                continue
            else:
                break
            end = cursor = w_end
            nxt = self._next_word(cursor)
        if total + current > MAX_VALUE:
            total, current, last, last_scale, end, cursor = saved
        if end == pos:
            return None
        value = total + current
        scale = Decimal(last_scale) if last == "scale" else Decimal(1)
        nxt = self._next_word(end)
        if nxt is not None and nxt[0] in self.t.points:
            point = self._decimals(nxt[2])  # "nine point nought four", "two hundred point five"
            if point is not None:
                return Reading(value + point[0], value + point[0], point[1])
        if last in ("unit", "ten", "hundred") and nxt is not None and nxt[0] in self.t.fractions:
            share = value * self.t.fractions[nxt[0]]
            # "two thirds of a million": a count of shares of a scale;
            # alone, "two thirds", "one-half" is the share itself
            read = self._fraction_of_scale(share, nxt[2])
            return read if read is not None else Reading(share, share, nxt[2])
        return self._fraction_tail(Reading(value, value, end, scale=scale))

    def _singular_governed(self, pos: int) -> bool:
        """Whether the word right before ``pos`` is in the language's [singular_after]."""
        if not self.t.singular_after:
            return False
        before = word_before(self.text, pos, max(0, pos - 40))
        return before is not None and before[0] in self.t.singular_after

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

    def read_phrase(self, pos: int, phrase: str, phrase_end: int) -> Reading | None:
        """Read a vague phrase, a multiplied one, or an article with a scale.

        "hundreds", "several hundred", "a hundred", "half a million".
        """
        lex = self.lex
        key = " ".join(phrase.replace("-", " ").split())
        nxt = self._next_word(phrase_end)
        if key in lex.vague_multipliers and nxt is not None and nxt[0] in lex.scales:
            lo, hi = lex.vague_multipliers[key]
            times = lex.scales[nxt[0]]
            # "полторы тысячи" multiplies by one point, 1.5: a figure, not a vague one
            return Reading(Decimal(lo) * times, Decimal(hi) * times, nxt[2], vague=lo != hi)
        if key in lex.vague_multipliers and nxt is not None and nxt[0] in self.t.plural_scales:
            # "in the several thousands", "a few hundreds of": the plural of a
            # scale multiplied as the scale itself, never two figures
            lo, hi = lex.vague_multipliers[key]
            times = self.t.plural_scales[nxt[0]]
            return Reading(Decimal(lo) * times, Decimal(hi) * times, nxt[2], vague=True)
        words = key.split()
        if words[-1] in self.t.fractions and key not in lex.cardinals:
            # "half a million", "a quarter of a million"; alone, a share is no figure
            return self._fraction_of_scale(self.t.fractions[words[-1]], phrase_end)
        if key in lex.scales and key in lex.vague and self._singular_governed(pos):
            # "около тысячи": after a word governing the genitive singular the
            # form shared with the plural ("тысячи") is one thousand, and may go on
            return self.read_words_after_scale(phrase_end, Decimal(lex.scales[key]))
        if key in lex.vague:
            lo, hi = lex.vague[key]
            return Reading(Decimal(lo), Decimal(hi), phrase_end, vague=True)
        if key in lex.duals:  # "طفلاي": a dual noun counts two
            return Reading(Decimal(2), Decimal(2), phrase_end)
        if len(words) == 1 and key in lex.scales and lex.numbers.bare_scales:
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
            return Reading(value, value, phrase_end)
        if key in lex.cardinals:
            return self.read_words(pos)
        return None

    def read_words_after_scale(
        self, end: int, value: Decimal, scale: Decimal | None = None
    ) -> Reading:
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
        joined = self._skip_joiner(end)
        if self.text[joined : joined + 1].isdigit():
            # "ألف و200", "مليونا و670 ألفا": digits after a joiner go on the
            # number as words do (with no joiner, "a million 300 people" is two)
            more = self.read_digits(joined) if self.text[end:joined].strip() else None
        else:
            more = self.read_words(joined)
            if (
                more is not None
                and more.low < _TEN
                and self.t.joiner_required
                and not self.text[end:joined].strip()
            ):
                more = None  # "مليون واحد": with no joiner, a single million
        if more is not None and more.low < scale and value >= 100:
            return Reading(value + more.low, value + more.low, more.end, scale=scale)
        return self._fraction_tail(Reading(value, value, end, scale=scale))

    def _skip_joiner(self, pos: int) -> int:
        """The position after a joiner ("and", "و") and the blanks after it, or after blanks."""
        nxt = self._next_word(pos)
        if nxt is not None and nxt[0] in self.joiners:
            pos = nxt[2]  # "و٢١": the joiner may be glued to the digits after it
        elif nxt is not None and nxt[0][:1] in self.joiners and nxt[0][1:] in self.lex.cardinals:
            return nxt[1] + 1  # "مئه وخمسون": the joiner is glued to the number word
        m = BLANKS.match(self.text, pos)
        return m.end() if m else pos

    def read_at(self, pos: int, anchor_end: int, *, currency: bool = False) -> Reading | None:
        """Whatever number starts at ``pos`` (an anchor match)."""
        if self.text[pos].isdigit() or self.text[pos] == ".":
            return self.read_digits(pos, currency=currency)
        return self.read_phrase(pos, self.text[pos:anchor_end], anchor_end)

    def read_number_after(self, pos: int) -> Reading | None:
        """The number starting at ``pos`` exactly, if any (used for range ends)."""
        cur = self.s.currency_at.match(self.text, pos)
        if cur is not None:
            pos = cur.end()  # "$5m-$10m": the second end repeats the currency
        m = self.s.anchor.match(self.text, pos)
        if m is None:
            # "بين 200 و300", "بين تسعة آلاف وعشرة آلاف": the anchor refuses a
            # number glued to the letter before it
            if self.text[pos : pos + 1].isdigit():
                return self.read_digits(pos)
            return self.read_words(pos) if self.text[pos : pos + 1].isalpha() else None
        start = m.start("d") if m.group("d") else m.start("w")
        return self.read_at(start, m.end(), currency=cur is not None)


# longer than any scale word or vague plural of one ("миллиардами"), so a
# glued word is matched whole without scanning a long run of letters
_LONGEST_SCALE_WORD = 16
# one, built once: decimals are immutable, and a plain figure asks for it twice
_ONE = Decimal(1)
_TEN = 10


def word_before(text: str, pos: int, floor: int) -> tuple[str, int] | None:
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


def _kind(number: int) -> str:
    """What a cardinal lets follow it: a ten a unit, a hundred a ten or a unit."""
    if 100 <= number < 1000 and number % 100 == 0:
        return "hundred"  # "триста пятьдесят семь": 357 in three words, no scale among them
    return "ten" if 20 <= number < 100 and number % 10 == 0 else "unit"


def plural_scale(word: str, lex: Lexicon) -> bool:
    """Whether a plural scale word multiplies like the singular ("three dozens")."""
    return word.endswith("s") and word[:-1] in lex.scales


def qualifier_of(word: str, lex: Lexicon) -> tuple[Qualifier, Direction | None] | None:
    """What a qualifier phrase means in a language, or ``None`` if it is none."""
    # the comma a qualifier written after its noun may follow: "500 fighters, at most"
    key = " ".join(word.replace("-", " ").lstrip(" \t,،").split())
    entry = lex.before.get(key) or lex.after.get(key)
    if entry is None:
        return None
    return Qualifier(entry.qualifier), Direction(entry.direction) if entry.direction else None
