"""One folding function for all matching, with a map back to the original offsets.

Every comparison of words in reconcile (lexicon lookups, the number parser,
rapidfuzz scorers) runs on *folded* text: NFKC, lower case, format characters
(zero-width joiners, direction marks, soft hyphens) and Arabic diacritics and
tatweel removed, the alef, ya and ta-marbuta variants unified, Arabic-Indic and
Persian digits and separators mapped to ASCII. Lexicons are folded at load
with the same function, so the two sides always meet.

Folding changes lengths, while every span reconcile reports must point into
the text as read. :class:`Folded` therefore keeps a compact offset map:
:meth:`Folded.span` turns a span of the folded text into a span of the
original.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable

import attrs

__all__ = ["Folded", "fold", "fold_with_offsets", "trie_regex"]

# Characters that are dropped: format characters that may sit inside a number
# or a word without changing it (Unicode category Cf that occur in news text),
# Arabic harakat, Quranic marks, superscript alef, and tatweel.
# Keep in sync with _FORMAT_CHARACTERS in tests/unit/test_text.py.
_REMOVE = re.compile(
    "["
    "\u00ad"  # soft hyphen
    "\u061c"  # Arabic letter mark
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"  # Arabic marks
    "\u0640"  # tatweel
    "\u180e"  # Mongolian vowel separator
    "\u200b-\u200f"  # zero width space, (non-)joiner, LRM, RLM
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2060-\u2064\u2066-\u206f"  # word joiner, invisible operators, isolates
    "\ufeff"  # byte order mark / zero width no-break space
    "]"
)

_NON_ASCII = re.compile(r"[^\x00-\x7f]")

# Length-preserving replacements, applied after NFKC and removal.
_ONE_TO_ONE = str.maketrans(
    {
        **{0x0660 + i: str(i) for i in range(10)},  # Arabic-Indic digits
        **{0x06F0 + i: str(i) for i in range(10)},  # Persian digits
        0x066B: ".",  # Arabic decimal separator
        0x066C: ",",  # Arabic thousands separator
        0x060C: ",",  # Arabic comma
        0x061B: ";",  # Arabic semicolon
        0x061F: "?",  # Arabic question mark
        0x0623: "\u0627",  # alef with hamza above -> alef
        0x0625: "\u0627",  # alef with hamza below -> alef
        0x0622: "\u0627",  # alef with madda -> alef
        0x0671: "\u0627",  # alef wasla -> alef
        0x0649: "\u064a",  # alef maksura -> ya
        0x06CC: "\u064a",  # Farsi ya -> ya
        0x0629: "\u0647",  # ta marbuta -> ha
        0x06A9: "\u0643",  # keheh -> kaf
        0x2019: "'",  # right single quotation mark, used as apostrophe
        0x2018: "'",
        0x2010: "-",  # hyphen
        0x2011: "-",  # non-breaking hyphen
        0x2012: "-",  # figure dash
        0x2013: "-",  # en dash
        0x2014: "-",  # em dash
        0x2212: "-",  # minus sign
        0x2044: "/",  # fraction slash, as NFKC writes vulgar fractions (¼ -> 1⁄4)
        0x0130: "i",  # capital I with dot: its lower() would take two characters
    }
)


# str.translate walks every character; a search for the few that change is
# much faster on text where they are rare (curly quotes in English news).
_ONE_TO_ONE_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in _ONE_TO_ONE) + "]")


def _replace_one(m: re.Match[str]) -> str:
    return str(_ONE_TO_ONE[ord(m.group())])


@functools.lru_cache(maxsize=4096)
def _nfkc(char: str) -> str:
    return unicodedata.normalize("NFKC", char)


@attrs.frozen
class Folded:
    """Folded text and the map from its offsets back to the original text.

    Args:
        text: The folded text.
        original: The text it was folded from.
        segments: ``(folded_start, original_start, folded_length, original_length)``
            for each stretch copied from the original; a stretch whose two
            lengths differ came from one character that NFKC expanded or shrank.

    Examples:
        >>> f = fold_with_offsets("about 1\u200b000 people")
        >>> f.text
        'about 1000 people'
        >>> f.span(6, 10)
        (6, 11)
    """

    text: str
    original: str
    segments: tuple[tuple[int, int, int, int], ...]
    _starts: tuple[int, ...] = attrs.field(init=False, repr=False)
    # found once: extraction maps offsets back several times per figure
    _identity: bool = attrs.field(init=False, repr=False, eq=False)

    @_starts.default
    def _index(self) -> tuple[int, ...]:
        return tuple(seg[0] for seg in self.segments)

    @_identity.default
    def _is_identity(self) -> bool:
        return len(self.segments) <= 1 and len(self.text) == len(self.original)

    @property
    def is_identity(self) -> bool:
        """Whether folded offsets equal original offsets."""
        return self._identity

    def _segment(self, i: int) -> tuple[int, int, int, int]:
        return self.segments[bisect.bisect_right(self._starts, i) - 1]

    def offset(self, i: int) -> int:
        """The original offset of folded character ``i`` (0 <= i <= len(text))."""
        if self._identity:
            return i
        if i >= len(self.text):
            return len(self.original)
        f_start, o_start, f_len, o_len = self._segment(i)
        return o_start + (i - f_start) if f_len == o_len else o_start

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` of the folded ``[start, end)``."""
        if self._identity:
            return start, end
        if end <= start:
            o = self.offset(start)
            return o, o
        f_start, o_start, f_len, o_len = self._segment(end - 1)
        o_end = o_start + (end - f_start) if f_len == o_len else o_start + o_len
        return self.offset(start), o_end


def fold_with_offsets(text: str) -> Folded:
    """Fold ``text`` for matching and keep the way back to its offsets.

    Runs in time linear in ``len(text)``; ASCII text takes a fast path.

    Examples:
        >>> fold_with_offsets("Around ٣٠٠").text
        'around 300'
        >>> fold_with_offsets("نَحْوَ").text
        'نحو'
    """
    if text.isascii():
        return Folded(text.lower(), text, ((0, 0, len(text), len(text)),) if text else ())
    nfkc = not unicodedata.is_normalized("NFKC", text)
    pieces: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    out_len = 0
    copied = 0  # original offset up to which text has been handled

    def copy(upto: int) -> None:
        nonlocal out_len, copied
        if upto > copied:
            n = upto - copied
            if (
                segments
                and segments[-1][2] == segments[-1][3]
                and (segments[-1][1] + segments[-1][3] == copied)
            ):
                f0, o0, fl, _ = segments[-1]
                segments[-1] = (f0, o0, fl + n, fl + n)
            else:
                segments.append((out_len, copied, n, n))
            pieces.append(text[copied:upto])
            out_len += n
        copied = upto

    pattern = _NON_ASCII if nfkc else _REMOVE
    for match in pattern.finditer(text):
        i = match.start()
        char = text[i]
        if _REMOVE.match(char):
            copy(i)
            copied = i + 1
            continue
        if not nfkc:
            continue
        norm = _nfkc(char)
        if norm == char:
            continue
        copy(i)
        norm = _REMOVE.sub("", norm)
        if norm:
            segments.append((out_len, i, len(norm), 1))
            pieces.append(norm)
            out_len += len(norm)
        copied = i + 1
    copy(len(text))
    folded = "".join(pieces)
    if _ONE_TO_ONE_CHARS.search(folded):
        folded = _ONE_TO_ONE_CHARS.sub(_replace_one, folded)
    folded = folded.lower()
    return Folded(folded, text, tuple(segments))


def fold(text: str) -> str:
    """Fold ``text`` for matching: the form every lexicon entry is stored in.

    Idempotent: ``fold(fold(s)) == fold(s)``. Usable as a rapidfuzz ``processor``.

    Examples:
        >>> fold("  Tajik\u200d Citizens")
        '  tajik citizens'
        >>> fold("حَلِيمُوف") == fold("حليموف")
        True
        >>> fold("")
        ''

    Raises:
        TypeError: If ``text`` is not a str.
    """
    try:
        ascii_only = text.isascii()
    except AttributeError:  # a try costs nothing on the str that every caller passes
        raise TypeError(f"text must be a str, not {type(text).__name__}") from None
    if ascii_only:
        return text.lower()  # what fold_with_offsets gives, without its offsets
    return _fold_short(text) if len(text) <= _SHORT else fold_with_offsets(text).text


# Names, titles and words are folded again and again as claims are read: the
# short ones are kept (a bounded number, so memory stays bounded).
_SHORT = 80


@functools.lru_cache(maxsize=4096)
def _fold_short(text: str) -> str:
    return fold_with_offsets(text).text


def trie_regex(phrases: Iterable[str]) -> str:
    """A regex matching any of ``phrases``, factored by common prefix.

    Examples:
        >>> import re
        >>> re.fullmatch(trie_regex(["came back", "come"]), "came  back") is not None
        True

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
