"""The per-document index: sentences, lexicon words, years and speaking names, found once.

Every attribute reader looks figures up here in a bounded window (``bisect``
on sorted offsets) instead of rescanning the sentence, so extraction stays
linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple, Protocol, TypeVar

import attrs

from ..lang.canon import canon
from ..model import Document
from ..text import Folded, fold, fold_with_offsets
from .knowledge import Knowledge, forms, presence
from .reader import word_before
from .sources import nominative, to_latin

__all__ = ["LONG_SENTENCE", "REACH", "Index", "Mention", "Verb", "between", "last_between"]

# How far (in characters) on either side of a figure its sentence is read.
# News sentences are shorter (the longest in the fixtures and the development
# set is under 400 characters), so a real sentence is read whole; a flattened
# table or a page without full stops is one "sentence" of any length, and
# reading all of it for each of its figures would make extraction quadratic.
REACH = 500

# A "sentence" longer than this is no prose sentence (see REACH) but a
# flattened table, a list or a page without full stops. A pattern's matches in
# it are found once, over the whole sentence, and each of its figures looks up
# those inside its window (Index.matches): searching the window anew for every
# figure costs the window's length per figure, and such a sentence may hold
# thousands. A window's matches then differ from a search of the window alone
# only at its cut ends; a sentence up to this long is searched as before.
LONG_SENTENCE = 2 * REACH

# A sentence ends at . ! ? or the Arabic question mark, after any closing
# quotes or brackets and a stray comma (". ," joins sentences in some copy),
# or at a line break. A run of stops is matched from its first character only
# and without backtracking, so "." * 40000 is read once, not once per stop.
_SENTENCE_END = re.compile(
    r"""
    (?: (?<![.!?؟])[.!?؟]++          # a run of stops, from its start
        [\"'”’)\],،]*+(?=\s)         # closing quotes or brackets, then a space
      | \n )                         # or a line break
    \s*+
    """,
    re.VERBOSE,
)
# the word right before a full stop, to tell an abbreviation ("ca.", "тыс.") from a sentence end
_WORD_BEFORE_STOP = re.compile(r"(?<![\w.])([^\W\d_]+)\.$")


def _ends_sentence(folded: Folded, m: re.Match[str], know: Knowledge) -> bool:
    """Whether a full stop ends a sentence: not after an abbreviation, not before lower case.

    "ca. 25 people", "10 тыс. смертей" and "Gen. Smith" continue their sentence.
    """
    if m.group()[0] != ".":
        return True  # "!", "?" and line breaks always end one
    at = folded.offset(m.end())  # the folded text is lower case: ask the original
    if folded.original[at : at + 1].islower():
        return False
    before = _WORD_BEFORE_STOP.search(folded.text, max(0, m.start() - 24), m.start() + 1)
    return before is None or before.group(1) not in know.abbreviations


def _an_object(text: str, start: int, know: Knowledge) -> bool:
    """Whether the titles before ``start`` follow a preposition: "hosted by U.S. President".

    A titled name there is an object; the person a later pronoun means is the
    sentence's subject. "according to President X" names a speaker all the same.
    """
    words = _TOKENS_BEFORE.findall(text, max(0, start - 80), start)
    n = len(words) - 1
    while n >= 0 and words[n].lower() in know.title_words:
        n -= 1
    if n < 0 or words[n].lower() not in know.object_markers:
        return False
    return n == 0 or f"{words[n - 1]} {words[n]}".lower() not in know.after_verbs


_TOKENS_BEFORE = re.compile(r"[^\s,;:()\"«»“”]+")


# Small patterns used for every figure, compiled once.
_LINE_BREAK = re.compile(r"\n")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"([^\W\d_]+)")
_YEAR = re.compile(r"(?<![\w.,-])((?:19|20)\d\d)(?![\w-])")
_WORDS_BEFORE = re.compile(r"(?<!\w)(?:[^\W\d_]+[ \t]+){1,3}$")


class Verb(NamedTuple):
    """A reporting verb found in the text ("said", "according to", "وقال")."""

    start: int
    end: int
    verb: str  # the lexicon's words, spaces made single: "according to"
    written: str  # as matched, with any proclitic: "وقال"


class Mention(NamedTuple):
    """A word of a lexicon found in the text: where, and what it stands for."""

    start: int
    end: int
    value: str


# How far before a measure word a document noun is looked for (measures.toml [document_nouns]).
_DOCUMENT_REACH = 24


def _after_a_document(text: str, start: int, documents: frozenset[str]) -> bool:
    """Whether the word right before ``start`` (a space between) is a document noun."""
    before = text[max(0, start - _DOCUMENT_REACH) : start]
    if not before[-1:].isspace():
        return False
    words = before.split()
    return bool(words) and words[-1] in documents


def mentions(pattern: re.Pattern[str], text: str, table: Mapping[str, str]) -> list[Mention]:
    """Every word of ``table`` that ``pattern`` finds in ``text``, with what it stands for."""
    out = []
    for m in pattern.finditer(text):
        found = m.group("w")
        value = table.get(found)
        if value is None:  # written with a hyphen or several spaces: "al-hol", "came  back"
            value = table.get(" ".join(found.replace("-", " ").split())) or table.get(
                " ".join(found.split())
            )
        if value is not None:
            out.append(Mention(m.start("w"), m.end(), value))
    return out


def _placed_by_preposition(text: str, m: Mention, listed: frozenset[str], know: Knowledge) -> bool:
    """Whether a place mention is no name: not listed as one, or after a preposition of place."""
    if " ".join(text[m.start : m.end].split()) not in listed:
        return True
    before = word_before(text, m.start, max(0, m.start - 20))
    return before is not None and before[0] in know.place_stops


def _written_as_place(folded: Folded, m: Mention, capitalised: frozenset[str]) -> bool:
    """Whether a place mention is no common word: capitalised, or not listed as one."""
    if " ".join(folded.text[m.start : m.end].split()) not in capitalised:
        return True
    start, _ = folded.span(m.start, m.end)
    return folded.original[start : start + 1].isupper()


def _without_weak(measures: list[Mention], text: str, weak: frozenset[str]) -> list[Mention]:
    """Mentions where a weak word says what the measure word just before it says.

    "В больницах Караганды остаются 71": the hospital says where they
    remain, and "остаются" stands for it next to the figure; alone (those
    still in Syria) it says what it says itself. Only the mention right
    before is looked at, so the work per mention is constant.
    """
    out: list[Mention] = []
    for m in measures:
        before = out[-1] if out else None
        if (
            before is not None
            and m.start - before.end <= _WEAK_REACH
            and " ".join(text[m.start : m.end].split()) in weak
            and not _SENTENCE_END.search(text, before.end, m.start)
        ):
            m = Mention(m.start, m.end, before.value)  # noqa: PLW2901 - the word, read anew
        out.append(m)
    return out


# How near (in characters) a measure word stands before a weak one to override it.
_WEAK_REACH = 40


class _Found(Protocol):
    """Anything found in the text at ``[start, end)``: a mention, a verb."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_F = TypeVar("_F", bound=_Found)
_R = TypeVar("_R")
_NOT_READ = object()
# How many readings :meth:`Index.read` keeps at most (each key holds up to a
# few hundred characters of text): text that repeats repeats within far fewer.
_READINGS_KEPT = 4096


def between(mentions: Sequence[_F], starts: Sequence[int], lo: int, hi: int) -> list[_F]:
    """The mentions lying inside ``[lo, hi)``, found by bisection on their ``starts``."""
    i, j = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    return [m for m in mentions[i:j] if m.end <= hi]


def last_between(mentions: Sequence[_F], starts: Sequence[int], lo: int, hi: int) -> _F | None:
    """The last of ``between(mentions, starts, lo, hi)``, found without listing the others.

    Mentions of one kind do not overlap: the last one starting before ``hi``
    ends before the next one starts.
    """
    n = bisect.bisect_left(starts, hi) - 1
    while n >= 0 and mentions[n].start >= lo:
        if mentions[n].end <= hi:
            return mentions[n]
        n -= 1
    return None


@attrs.define
class Index:
    """Everything extraction looks up in one document, in folded coordinates."""

    doc: Document
    folded: Folded
    know: Knowledge
    sentence_starts: list[int]
    line_starts: list[int]
    places: list[Mention]
    place_starts: list[int]
    measures: list[Mention]
    measure_starts: list[int]
    demonyms: list[Mention]
    demonym_starts: list[int]
    body_start: int
    years: list[tuple[int, int]]  # (folded position, year)
    year_starts: list[int]
    verbs: list[Verb]
    verb_starts: list[int]
    verb_ends: list[int]  # verbs never overlap: as sorted as their starts
    named: list[tuple[int, str]]  # (original position, name) of people who speak
    named_starts: list[int]
    full_names: dict[str, str]  # surname -> the longest name ending with it
    # What a reader found at one place that is the same for every figure that
    # asks (the speaker written before a verb), keyed by (reader, position):
    # many figures near one verb read it once.
    memo: dict[tuple[str, int], object] = attrs.field(factory=dict)
    # whether each pattern asked for matches anywhere (:meth:`occurs`), by id
    held: dict[int, bool] = attrs.field(factory=dict)
    # What a reader found in a stretch of text, keyed by the reader's name and
    # everything it read there (the text itself, not its position): a page
    # that repeats a row or a phrase reads each copy once (see :meth:`read`).
    readings: dict[tuple[object, ...], object] = attrs.field(factory=dict)
    last_sentence: tuple[int, int] = (0, 0)  # the span :meth:`sentence` found last
    long_sentences: bool = False  # whether a sentence is longer than LONG_SENTENCE
    # start of a long sentence -> id of a pattern -> its matches there, and
    # their starts. Keyed by id: hashing a pattern hashes all its compiled
    # code (tens of microseconds for a large lexicon's); ``patterns`` keeps
    # each pattern alive, so that its id names no other while the index lives.
    found: dict[int, dict[int, tuple[list[re.Match[str]], list[int]]]] = attrs.field(factory=dict)
    patterns: dict[int, re.Pattern[str]] = attrs.field(factory=dict)
    # the span of the long sentence asked for last and its entry of ``found``:
    # its figures ask for a dozen patterns each
    found_in: tuple[int, int] = (0, 0)
    found_here: dict[int, tuple[list[re.Match[str]], list[int]]] = attrs.field(factory=dict)
    # the spans of the figures the scanner read as counts, in order: a year-like
    # one ("возросло до 2012 человек") is then no time of the figures around it
    counts: list[tuple[int, int]] = attrs.field(factory=list)
    count_starts: list[int] = attrs.field(factory=list)
    # the bare year-like figures read as counts ("rose to 2012"), in text order
    counted_years: list[tuple[int, int]] = attrs.field(factory=list)
    counted_year_starts: list[int] = attrs.field(factory=list)
    # the folded text every offset of the index points into (``folded.text``),
    # kept as a field: readers ask for it a dozen times per figure
    ftext: str = attrs.field(init=False)
    _marks: tuple[str, str] | None = attrs.field(init=False, default=None)

    def hold_counts(self, spans: Iterable[tuple[int, int]]) -> None:
        """Hold the spans of the figures the scanner read as counts, in text order."""
        self.counts.extend(spans)
        self.count_starts.extend(start for start, _ in self.counts)

    def count_too(self, start: int, end: int) -> None:
        """Hold a bare year-like figure read as a count ("rose to 2012"), figures in text order."""
        self.counted_years.append((start, end))
        self.counted_year_starts.append(start)

    def read_as_count(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside a figure read as a count."""
        for spans, starts in (
            (self.counts, self.count_starts),
            (self.counted_years, self.counted_year_starts),
        ):
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and end <= spans[i][1]:
                return True
        return False

    def __attrs_post_init__(self) -> None:
        self.ftext = self.folded.text

    @classmethod
    def build(cls, doc: Document, text: str, know: Knowledge, body_start: int) -> Index:
        """Index ``text`` in one pass per kind of word."""
        folded = fold_with_offsets(text)
        ftext = folded.text
        starts = [0] + [
            m.end() for m in _SENTENCE_END.finditer(ftext) if _ends_sentence(folded, m, know)
        ]
        body = _folded_at(folded, body_start)
        if 0 < body < len(ftext) and body not in starts:
            # the front matter is no part of the body's first sentence
            bisect.insort(starts, body)
        places = mentions(know.place_re, ftext, know.place_of)
        capitalised = know.lex.places.capitalised
        if capitalised:
            # "чили" is a pepper, "Чили" Chile: a name that is also a common
            # word is a place only written with a capital (places.toml [capitalised])
            places = [m for m in places if _written_as_place(folded, m, capitalised)]
        first_names = know.lex.places.after_preposition
        if first_names:
            # "Chad" is a first name, "Niger" a river: a place after "in", "to", "from"
            places = [m for m in places if _placed_by_preposition(ftext, m, first_names, know)]
        measures = mentions(know.measure_re, ftext, know.measure_of)
        documents = know.lex.measures.document_nouns
        if documents:
            # "a breakdown released in Nairobi": what was done with a document,
            # not to people (the word before each: constant work per word)
            measures = [m for m in measures if not _after_a_document(ftext, m.start, documents)]
        if know.lex.measures.weak:
            measures = _without_weak(measures, ftext, know.lex.measures.weak)
        demonyms = mentions(know.demonym_re, ftext, know.demonym_of)
        places = _settled(places, demonyms, ftext, know)
        places = _unlisted(places, demonyms, folded, know)
        places = _without_references(places, ftext, know)
        # "the Organization for Security and Co-operation in Europe": a body's name, no place
        places = [
            m
            for m in places
            if organization_ending(ftext, m.end, know) is None
            and not _inside_organization_name(ftext, m, know)
        ]
        # 'صحيفة "الشرق الأوسط اللندنية"', 'газета «Северный Кавказ»': a quoted
        # name that opens with a place and goes on is a title, no place
        places = [m for m in places if not _opens_a_quoted_title(ftext, m, know)]
        years = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(ftext)]
        verbs = []
        spaced: dict[str, str] = {}  # a verb as written -> its words: a page repeats a few
        for m in know.verb_re.finditer(ftext):
            at, word_at = m.start(), m.start("w")
            # "التابع للمخابرات": a verb's letters behind the article are an adjective
            if at != word_at and ftext[at:word_at] in know.definite:
                continue
            written = m.group("w")
            verb = spaced.get(written)
            if verb is None:
                verb = spaced[written] = " ".join(written.split())
            verbs.append(Verb(at, m.end(), verb, m.group()))
        # "Как сообщил", "He said": a pronoun or a function word opening a
        # sentence is capitalised but names no one
        not_names = know.pronouns | know.first_person | know.stop
        named = [
            (m.start(), m.group(1))
            for m in know.named_re.finditer(text)
            if m.group(1).lower() not in not_names
        ]
        full_names: dict[str, str] = {}
        titled: list[tuple[int, str]] = []
        for m in know.full_name_re.finditer(text):
            surname = m.group().split()[-1]
            if len(m.group()) > len(full_names.get(surname, "")):
                full_names[surname] = m.group()
            # "активистка Хеда Саратова обвинила", "leader Ramzan Kadyrov had
            # mentioned": a titled name is a person a later "she" may mean
            if _an_object(text, m.start(), know):
                continue  # "hosted by President X": a later "he" means the subject, not X
            first, _, rest = m.group().partition(" ")
            if first.lower() in know.titles:  # the title opens the sentence
                titled.append((m.start() + len(first) + 1, rest.strip()))
                continue
            # a title at most three words before: "председателя комитета Владимира Жумаканова"
            before = _WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if (
                before is not None
                and any(w.lower() in know.titles for w in before.group().split())
                and not _an_object(text, before.start(), know)
            ):
                # "по словам председателя комитета Владимира Жумаканова": a genitive
                opening = fold(text[max(0, before.start() - 30) : m.start()])
                genitive = any(phrase in opening for phrase in know.genitive_after)
                titled.append((m.start(), nominative(m.group(), know) if genitive else m.group()))
        if titled:
            named = sorted({*named, *titled})
        ends = [*starts[1:], len(ftext)]
        index = cls(
            doc=doc,
            folded=folded,
            know=know,
            long_sentences=any(b - a > LONG_SENTENCE for a, b in zip(starts, ends, strict=True)),
            sentence_starts=starts,
            line_starts=[0] + [m.end() for m in _LINE_BREAK.finditer(ftext)],
            places=places,
            place_starts=[m.start for m in places],
            measures=measures,
            measure_starts=[m.start for m in measures],
            demonyms=demonyms,
            demonym_starts=[m.start for m in demonyms],
            body_start=body_start,
            years=years,
            year_starts=[p for p, _ in years],
            verbs=verbs,
            verb_starts=[v.start for v in verbs],
            verb_ends=[v.end for v in verbs],
            named=named,
            named_starts=[p for p, _ in named],
            full_names=full_names,
        )
        if know.verb_first:
            # speakers named after their verb ("وقال نزاروف"), for verbs that name none
            index.named = [
                (index.folded.offset(v.start), name)
                for v in verbs
                if (name := name_following(index, speaker_start(index, v, len(ftext)), len(ftext)))
            ]
            index.named_starts = [p for p, _ in index.named]
        return index

    def original(self, start: int, end: int) -> str:
        """The original text under a folded span."""
        o_start, o_end = self.folded.span(start, end)
        return self.folded.original[o_start:o_end]

    def once(self, key: tuple[str, int], test: Callable[..., bool], *args: object) -> bool:
        """``test(*args)``, run once per ``key`` (a reader's name and a position) in this document.

        A reading that depends on a place or a verb, not on the figure that
        asks, is shared by every figure near it.
        """
        return bool(self.kept(key, test, *args))

    def kept(self, key: tuple[str, int], reading: Callable[..., _R], *args: object) -> _R:
        """``reading(*args)``, of any value, run once per ``key`` as :meth:`once` is.

        The arguments are passed rather than closed over: a place is read
        this way for every figure of a long sentence.
        """
        known = self.memo.get(key, _NOT_READ)
        if known is _NOT_READ:
            known = self.memo[key] = reading(*args)
        return known  # type: ignore[return-value]  # what ``reading`` gave for this key

    def table(self, name: str) -> dict[Any, Any]:
        """The table a reader named ``name`` keeps its readings in, in this document.

        For a reader that looks up many readings in one loop (every place of
        a figure's window): one dictionary, not a key built per reading.
        """
        key = ("table " + name, 0)
        known = self.memo.get(key)
        if not isinstance(known, dict):
            known = self.memo[key] = {}
        return known

    def occurs(self, pattern: re.Pattern[str]) -> bool:
        """Whether ``pattern`` may match in the folded text (searched once per document).

        ``False`` means it matches nowhere; ``True`` that it may (a phrase
        that stands only inside a longer word is held too, see
        :func:`~reconcile.extraction.knowledge.presence`).

        :meth:`matches` and :meth:`search` ask first, and so do readers that
        work before they search: most documents hold no "alone", "among the
        dead" or "bodies recovered", and their figures then skip the reading.
        """
        known = self.held.get(id(pattern))
        if known is None:
            # a pattern anchored at the end of the stretch searched ("up from
            # (the) $") matches at a stretch's end, not the text's: no one
            # search of the text can tell, so it counts as held
            known = self.held[id(pattern)] = (
                _END_ANCHOR.search(pattern.pattern) is not None
                or presence(pattern).search(self.ftext) is not None
            )
            self.patterns[id(pattern)] = pattern  # ids stay those of live patterns
        return known

    def read(self, key: tuple[object, ...], reading: Callable[[], _R]) -> _R:
        """``reading()``, run once per ``key`` in this document.

        Readers keep readings only in a document with a sentence longer than
        ``LONG_SENTENCE``: a page that repeats a row or a phrase is such a
        page, and in prose the key costs more than the rare repeat saves.
        ``key`` names the reader and holds everything its result depends on:
        the text it reads (never a position) and any setting that steers it,
        so that two stretches of the same text share one reading. Positions in
        a result must be relative to the stretch read.
        """
        readings = self.readings
        known = readings.get(key, _NOT_READ)
        if known is _NOT_READ:
            if len(readings) >= _READINGS_KEPT:
                # keys hold the text read: text that never repeats must not
                # pile up (forgetting changes no result, only the time)
                readings.clear()
            known = readings[key] = reading()
        return known  # type: ignore[return-value]  # what ``reading`` gave for this key

    def sentence(self, pos: int) -> tuple[int, int]:
        """The folded span of the sentence holding ``pos``."""
        last = self.last_sentence
        if last[0] <= pos < last[1]:
            return last  # a figure's readers ask for its own sentence again and again
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        start = self.sentence_starts[i]
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.ftext)
        self.last_sentence = start, end
        return start, end

    def window(self, start: int, end: int) -> tuple[int, int]:
        """The part of the sentence a figure at ``[start, end)`` reads: at most ``REACH`` each side.

        Every attribute reader looks only inside this span (or its own smaller
        one), so the work for one figure is bounded whatever the length of its
        sentence.
        """
        s_start, s_end = self.sentence(start)
        return max(s_start, start - REACH), min(s_end, end + REACH)

    def matches(self, pattern: re.Pattern[str], lo: int, hi: int) -> Sequence[re.Match[str]]:
        """The matches of ``pattern.finditer(self.ftext, lo, hi)``, in order.

        Inside a sentence longer than ``LONG_SENTENCE``, they are the matches
        of the whole sentence lying inside ``[lo, hi)``, found once per
        sentence and pattern; elsewhere the span is searched. A pattern the
        document never holds (:meth:`occurs`) is searched nowhere.
        """
        held = self.held.get(id(pattern))
        if held is None:
            held = self.occurs(pattern)
        if not held:
            return []  # most phrases ("alone", "among the dead") stand in few documents
        if not self.long_sentences:
            return list(pattern.finditer(self.ftext, lo, hi))  # prose: one call the fewer
        known = self._long_sentence_matches(pattern, lo, hi)
        if known is None:
            return list(pattern.finditer(self.ftext, lo, hi))
        found, starts = known
        if not found:
            return []  # most patterns match nowhere in such a sentence: no bisection
        i = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi, lo=i)
        # matches do not overlap, so only the last may run past ``hi``
        if j > i and found[j - 1].end() > hi:
            j -= 1
        return found[i:j]

    def search(self, pattern: re.Pattern[str], lo: int, hi: int) -> re.Match[str] | None:
        """``pattern.search(self.ftext, lo, hi)``, read as :meth:`matches` reads."""
        held = self.held.get(id(pattern))
        if held is None:
            held = self.occurs(pattern)
        if not held:
            return None
        if not self.long_sentences:
            return pattern.search(self.ftext, lo, hi)
        known = self._long_sentence_matches(pattern, lo, hi)
        if known is None:
            return pattern.search(self.ftext, lo, hi)
        found, starts = known
        if not found:
            return None
        i = bisect.bisect_left(starts, lo)
        return found[i] if i < len(found) and found[i].end() <= hi else None

    def _long_sentence_matches(
        self, pattern: re.Pattern[str], lo: int, hi: int
    ) -> tuple[list[re.Match[str]], list[int]] | None:
        """The matches of ``pattern`` in the long sentence holding ``[lo, hi)``, else ``None``."""
        if not self.long_sentences:
            return None  # prose: every search is of the window asked
        f_start, f_end = self.found_in
        if not (f_start <= lo < f_end and hi <= f_end):
            # not inside the long sentence asked for last, whose figures ask most
            s_start, s_end = self.last_sentence
            if not s_start <= lo < s_end:
                s_start, s_end = self.sentence(lo)
            if s_end - s_start <= LONG_SENTENCE or hi > s_end:
                return None
            self.found_in, self.found_here = (s_start, s_end), self.found.setdefault(s_start, {})
        here = self.found_here
        known = here.get(id(pattern))
        if known is None:
            found = list(pattern.finditer(self.ftext, *self.found_in))
            known = here[id(pattern)] = found, [m.start() for m in found]
            self.patterns[id(pattern)] = pattern
        return known

    def measure_marks(self, lo: int, hi: int) -> tuple[str, str]:
        """Where the measure mentions of ``[lo, hi)`` start and end, as text the same length.

        The first string holds, at each mention's start, a character naming
        its value (one per value of the document), the second a mark at each
        mention's end; every other character is NUL. Two stretches with equal
        marks hold the same mentions at the same relative places: a reading
        keyed on them (:meth:`read`) is keyed on every mention it can look up
        there, not only on the text, whose mentions a match before the
        stretch could change. Built once per document, when first asked.
        """
        if self._marks is None:
            starts = ["\0"] * len(self.ftext)
            ends = ["\0"] * (len(self.ftext) + 1)
            names: dict[str, str] = {}
            for m in self.measures:
                starts[m.start] = names.setdefault(m.value, chr(1 + len(names)))
                ends[m.end] = "e"
            self._marks = "".join(starts), "".join(ends)
        return self._marks[0][lo:hi], self._marks[1][lo : hi + 1]

    def paragraph_start(self, pos: int) -> int:
        """Where the line holding ``pos`` starts."""
        return self.line_starts[bisect.bisect_right(self.line_starts, pos) - 1]

    def names_a_figure(self, lo: int, hi: int) -> bool:
        """Whether ``[lo, hi)`` of the folded text holds a figure: digits, a number or scale word.

        A word is read with its proclitics too ("المليون", "the million").
        """
        text, lex = self.ftext, self.know.lex
        if _DIGIT.search(text, lo, hi):
            return True
        for w in _WORD.finditer(text, lo, hi):
            word = w.group(1)
            if any(f in lex.cardinals or f in lex.scales for f in forms(word, lex.prefixes)):
                return True
        return False


def _inside_organization_name(text: str, m: Mention, know: Knowledge) -> bool:
    """Whether a place lies inside a known organisation's name: "منظمة شنغهاي للتعاون"."""
    run = " ".join(text[m.start : m.end].split())
    for name in know.organization_spans.get(run, ()):
        at = name.find(run)
        while at >= 0:
            begin = m.start - at
            if (
                begin >= 0
                and text.startswith(name, begin)
                and (begin == 0 or not text[begin - 1].isalnum())
                and not text[begin + len(name) : begin + len(name) + 1].isalnum()
            ):
                return True
            at = name.find(run, at + 1)
    return False


def organization_ending(text: str, end: int, know: Knowledge) -> str | None:
    """The known organisation of several words that ends at ``end`` of folded ``text``, if any.

    "... co-operation in europe": a place or a speaker read there is that body's name.
    """
    words = text[max(0, end - 40) : end].rsplit(maxsplit=1)
    for name in know.organization_endings.get(words[-1], ()) if words else ():
        at = end - len(name)
        if at >= 0 and text.startswith(name, at) and (at == 0 or not text[at - 1].isalnum()):
            return name
    return None


# "$" not escaped: an end anchor somewhere in a pattern
_END_ANCHOR = re.compile(r"(?<!\\)\$")


def _unlisted(
    places: list[Mention], demonyms: list[Mention], folded: Folded, know: Knowledge
) -> list[Mention]:
    """``places`` and the towns no table lists, named beside a settlement word.

    "the village of Pekha", "в уезде Дур-Баба", "in Achin district": a name
    written with capitals next to a word for a town or a region is a place,
    kept as written (in Latin letters: Cyrillic transliterated). It nests in
    no known place, so a figure there is never set against the figure of the
    province around it (missing is not different, but an unknown town is not
    its province either). A script without capitals (Arabic) names none this
    way.
    """
    text, original = folded.text, folded.original
    taken = sorted((m.start, m.end) for m in (*places, *demonyms))
    starts = [s for s, _ in taken]
    # "The district", "Provincial": capitals that open a sentence or name no place
    dates = know.lex.dates
    common = (
        know.stop
        | know.links
        | know.article_words
        | know.pronouns
        | know.title_words
        | frozenset(dates.weekdays)
        | frozenset(dates.months)
    )
    added: list[Mention] = []
    for pattern, leading in ((know.unlisted_after_re, True), (know.unlisted_before_re, False)):
        for m in pattern.finditer(text):
            if demonyms and _demonym_near(demonyms, m.start()):
                continue  # "the Libyan city of Derna": the demonym's country (_settled)
            words = list(_WORD_SPANS.finditer(text, *m.span("name")))
            capital = [
                original[folded.span(w.start(), w.end())[0]][:1].isupper()
                and w.group() not in common
                for w in words
            ]
            # the run of capitalised words next to the settlement word
            if leading:
                n = capital.index(False) if False in capital else len(capital)
                run = words[:n]
            elif all(capital):
                run = words  # "in Achin district"; not "in the Old City"
            else:
                continue
            if not run:
                continue
            start, end = run[0].start(), run[-1].end()
            i = bisect.bisect_left(starts, end)
            if i > 0 and taken[i - 1][1] > start:
                continue  # a place or a demonym the tables know
            o_start, o_end = folded.span(start, end)
            # in Latin letters, as English names the town: "в селе Риба" meets "Riba"
            added.append(Mention(start, end, to_latin(original[o_start:o_end])))
    return sorted({*places, *added}) if added else places


_WORD_SPANS = re.compile(r"[^\W\d_][\w'-]*")
# How far before a settlement word a demonym names its country, in characters.
_DEMONYM_REACH = 20


def _demonym_near(demonyms: list[Mention], at: int) -> bool:
    """Whether a demonym ends within a few characters before ``at``."""
    i = bisect.bisect_left(demonyms, (at,))
    return i > 0 and at - demonyms[i - 1].end <= _DEMONYM_REACH


def _opens_a_quoted_title(text: str, m: Mention, know: Knowledge) -> bool:
    """Whether a place opens a quoted title: after a noun of a title, more words before the close.

    'صحيفة "الشرق الأوسط اللندنية"', 'the newspaper "Asharq Al-Awsat"': the
    noun (grammar.toml [title_nouns]) says the quotation names something;
    a quotation of what someone said ('"Gaza has lost 300 children," the
    minister said') keeps its place.
    """
    if m.start == 0 or text[m.start - 1] not in _OPENING_QUOTES:
        return False
    noun = _WORD_BEFORE_QUOTE.search(text, max(0, m.start - _TITLE_NOUN_REACH), m.start - 1)
    if noun is None or not any(
        f in know.lex.grammar.title_nouns for f in forms(noun.group(1), know.lex.prefixes)
    ):
        return False
    close = _QUOTE_CLOSE.match(text, m.end, m.end + _QUOTED_TITLE_REACH)
    return close is not None and any(ch.isalpha() for ch in close.group(1))


# the word right before an opening quote, spaces apart
_WORD_BEFORE_QUOTE = re.compile(r"([^\W\d_]+)[ \t]*$")
_TITLE_NOUN_REACH = 24


_OPENING_QUOTES = frozenset('"«“„')
# the rest of a quoted name, up to its closing quote
_QUOTE_CLOSE = re.compile(r'([^"»”«“\n.]*)["»”]')
# How far after a place a quoted title's closing quote is looked for.
_QUOTED_TITLE_REACH = 60


def _without_references(places: list[Mention], text: str, know: Knowledge) -> list[Mention]:
    """``places`` but the names of a town's quarters, and places named for reference.

    Quarters (places.toml [quarters]); a place after a distance and a
    bearing ("110 km south of Cairo") or along a route ("travelling from
    Cairo to Aswan"), places.toml [bearings] and [routes]: where the figure
    is not.

    "the Riyadh district of Khartoum", "حي الرياض في الخرطوم": a quarter
    named like a city elsewhere is no mention of that city. The name before
    its quarter word is dropped only when "of" or "in" and a place follow
    ("the Kandahar district" alone may be the district); the name after a
    quarter word that opens it always. A bounded look on either side of
    each place: the work stays linear.
    """
    if not (know.lex.places.quarters or know.lex.places.bearings or know.lex.places.routes):
        return places
    out: list[Mention] = []
    for n, m in enumerate(places):
        after = know.quarter_after_re.match(text, m.end)
        if after is not None and n + 1 < len(places) and places[n + 1].start == after.end():
            continue
        if know.quarter_before_re.search(text, max(0, m.start - _QUARTER_REACH), m.start):
            continue
        if know.reference_before_re.search(text, max(0, m.start - _REFERENCE_REACH), m.start):
            continue
        alone = (
            know.reference_alone_re.search(text, max(0, m.start - _REFERENCE_REACH), m.start)
            if know.reference_alone_re is not None
            else None
        )
        # after an article, maybe with a word between: "the (far) north of Syria" is in it
        if alone is not None and not any(
            w in know.definite
            for w in text[max(0, alone.start() - 16) : alone.start()].split()[-2:]
        ):
            continue
        out.append(m)
    return out


# How far before a place its quarter word is looked for ("حي " and an article).
_QUARTER_REACH = 16
# How far before a place a distance and bearing, or a route, are looked for
# ("some 110 kilometres south of ", "travelling from Cairo to ").
_REFERENCE_REACH = 60


def _settled(
    places: list[Mention], demonyms: list[Mention], text: str, know: Knowledge
) -> list[Mention]:
    """``places`` and the country of every town its demonym places ("the Libyan city of Derna").

    A town no gazetteer lists is still in a country the text names: a
    demonym right before a settlement word ("Libyan city", "ливийском
    городе") or at most two words after one ("مدينة درنة الليبية") is read
    as that country (at the demonym, or from the settlement word when the
    demonym follows it). One pass over the settlement words and
    a bisection into the demonyms, so the work stays linear.
    """
    if not demonyms:
        return places
    homes = canon().countries
    starts = [d.start for d in demonyms]
    known = [p.start for p in places]
    added: list[Mention] = []
    for m in know.settlement_re.finditer(text):
        k = bisect.bisect_left(known, m.end())
        if k < len(known) and known[k] <= m.end() + _TOWN_NAME_REACH:
            continue  # "the Iraqi city of Mosul": the town is known, and says more
        i = bisect.bisect_left(starts, m.start())
        before = demonyms[i - 1] if i > 0 else None
        if before is not None and _SETTLEMENT_GAP.fullmatch(text, before.end, m.start()):
            home = homes.get(before.value)
            if home is not None:
                added.append(Mention(before.start, before.end, home))
                continue
        j = bisect.bisect_left(starts, m.end())
        after = demonyms[j] if j < len(demonyms) else None
        if after is not None and _SETTLEMENT_NAME.fullmatch(text, m.end(), after.start):
            home = homes.get(after.value)
            if home is not None:
                # the whole phrase, so that "في" before the town word locates it
                added.append(Mention(m.start(), after.end, home))
    if not added:
        return places
    return sorted({*places, *added})


# How far after a settlement word its name stands ("city of Mosul", "مدينه
# الموصل العراقيه"): a known place there is the town itself.
_TOWN_NAME_REACH = 12
# a demonym right before a settlement word ("the Libyan city"), and a
# settlement word, its name and then the demonym ("مدينة درنة الليبية")
_SETTLEMENT_GAP = re.compile(r"[ \t]+[^\W\d_]{0,3}")
# (a demonym's mention starts after its proclitic: "الليبيه" at "ليبيه")
_SETTLEMENT_NAME = re.compile(r"(?:[ \t]+[^\W\d_]+){1,2}[ \t]+[^\W\d_]{0,3}")


_BLANKS = re.compile(r"[ \t]*")


def speaker_start(index: Index, verb: Verb, hi: int) -> int:
    """Where the speaker after a verb begins: past the clause's own verb after "بحسب ما".

    Past whom the speaker told, too, when that stands first: "وقال لرويترز
    مسؤول" (speakers.toml [addressees]).
    """
    if verb.verb not in index.know.after_clause:
        told = index.know.addressee_re
        if told is None:
            return verb.end
        blanks = _BLANKS.match(index.ftext, verb.end, hi)
        m = told.match(index.ftext, blanks.end(), hi) if blanks is not None else None
        return m.end() if m is not None else verb.end
    m = _NAME_WORD.search(index.ftext, verb.end, min(hi, verb.end + _FOLLOWING_REACH))
    return m.end() if m is not None and m.group()[0].isalpha() else verb.end


def _folded_at(folded: Folded, original: int) -> int:
    """The first folded offset at or after ``original`` in the original text (a bisection)."""
    lo, hi = 0, len(folded.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if folded.offset(mid) < original:
            lo = mid + 1
        else:
            hi = mid
    return lo


def name_following(index: Index, verb_end: int, hi: int) -> str | None:
    """The speaker written after its verb (Arabic "وقال نزاروف إن"), up to the complementiser."""
    know = index.know
    words: list[tuple[int, int]] = []
    for m in _NAME_WORD.finditer(index.ftext, verb_end, min(hi, verb_end + _FOLLOWING_REACH)):
        token = m.group()
        if token in _QUOTES and words:
            continue  # a body's name in quotes: 'مجموعة "صوفان"'
        if not words and token in know.weekdays:
            continue  # "قد أعلنت الثلاثاء أن": the day the verb names, before any speaker
        if (
            words
            and token in know.verb_ends
            and (token in know.lex.grammar.locative or token in know.lex.grammar.origin)
            and _role_in_body(index, words, m.end())
        ):
            # "مصدر في الدفاع المدني": a source in a known body speaks for it
            # (not "مسؤول لوكالة رويترز": the agency is whom the official told)
            continue
        if words and token in know.verb_ends and _title_further(index, m.end()):
            # "مدير الدفاع المدني في محافظة كربلاء العميد حامد جبار": the
            # office's place, then the person's rank and name
            continue
        if (
            words
            and token in know.lex.grammar.locative
            and _name_after_office_place(index, words, m.end())
        ):
            # "منسق الحماية المدنية في الإقليم جان باتيست مومبيري أن": a titled
            # office, its place, then the person's name up to the complementiser
            continue
        if (
            (
                token in know.verb_ends
                # "وقال علي الربيعي": the name Ali, which folds as "على" (on) does
                and not (
                    token in know.names_not_ends and index.original(m.start(), m.end()) == token
                )
            )
            or (words and token in know.weekdays)  # "اعلنت الوزارة الثلاثاء": the day ends it
            or (
                words
                and _opens_with_a_preposition(token, know)
                and not _inside_organization(index, words, token)
                # "المدير العام لوزارة الصحة": a bare title's body, not whom it
                # told; but a role with no office ("مسؤول لرويترز") told it
                and not (
                    all(index.ftext[a:b] in know.title_words for a, b in words)
                    and " ".join(index.ftext[a:b] for a, b in words) not in know.roles
                )
            )
            or (token in know.measure_of and not _inside_organization(index, words, token))
            # "العقيد مسعود الترهوني للجزيرة إن": whom a titled person told, right
            # before what they said, is no part of the name
            or (
                words
                and _preposition_with_article(token, know)
                and _complementizer_next(index, m.end())
                and _ends_in_titled_name(index, words)
            )
            or token in know.lex.cardinals
            or not token[0].isalpha()
            or len(words) == _FOLLOWING_WORDS
        ):
            break
        words.append((m.start(), m.end()))
    if not words:
        return None
    return index.original(words[0][0], words[-1][1]).strip() or None


# a word, a run of digits (a figure ends any name: it is never skipped) or a mark
_NAME_WORD = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")


def _opens_with_a_preposition(token: str, know: Knowledge) -> bool:
    """Whether a word after a name opens a phrase of its own: "للصحفيين", "بإجلاء".

    A proclitic of [verbs] ends_prefixes before a measure word or the first
    word of a known organisation's name ("لوكالة فرانس برس"). Other words with
    the article after a preposition may belong to the name ("الوكالة الوطنية
    للصحة"): those that end it are listed in [verbs] ends ("للصحفيين").
    """
    for p in know.verb_ends_prefixes:
        if token.startswith(p) and len(token) > len(p) + 1:
            rest = token[len(p) :]
            # "قال X لوكالة فرانس برس": a known body after the preposition is
            # whom the speaker told, not the speaker
            if rest in know.measure_of or rest in know.organization_first_words:
                return True
    return False


def _preposition_with_article(token: str, know: Knowledge) -> bool:
    """Whether a word opens with a preposition and the article fused: "للجزيرة", "بالمستشفى"."""
    return any(
        token.startswith(p) and len(token) > len(p) + 1
        for p in know.verb_ends_prefixes
        if p in know.definite
    )


def _complementizer_next(index: Index, pos: int) -> bool:
    """Whether the word after ``pos`` is a complementiser ("إن", "أن")."""
    nxt = _NAME_WORD.search(index.ftext, pos, pos + _FOLLOWING_REACH)
    return nxt is not None and index.know.complementizer_re.fullmatch(nxt.group()) is not None


def _ends_in_titled_name(index: Index, words: list[tuple[int, int]]) -> bool:
    """Whether the words read so far end in a person's name after a title ("العقيد مسعود الترهوني").

    No word of the name may be a body's, a group's or a place's: "مدير
    مستشفى صبراتة للاطفال" goes on into the hospital's name.
    """
    know = index.know
    read = [index.ftext[a:b] for a, b in words]
    titles = [n for n, w in enumerate(read) if w in know.title_words]
    name = read[titles[-1] + 1 :] if titles else []
    return bool(name) and not any(
        w in know.groups or w in know.place_of or w in know.organization_first_words for w in name
    )


def _role_in_body(index: Index, words: list[tuple[int, int]], after: int) -> bool:
    """Whether the words read so far are a role and a known body's name follows ``after``."""
    know = index.know
    if " ".join(index.ftext[a:b] for a, b in words) not in know.roles:
        return False
    nxt = _NAME_WORD.search(index.ftext, after, after + _FOLLOWING_REACH)
    return nxt is not None and (
        nxt.group() in know.organization_first_words or nxt.group() in know.role_first_words
    )


def _title_further(index: Index, after: int) -> bool:
    """Whether a title stands among the few words after ``after``, before any other stop."""
    know = index.know
    for n, m in enumerate(_NAME_WORD.finditer(index.ftext, after, after + _FOLLOWING_REACH)):
        token = m.group()
        if n == _TITLE_WORDS or not token[0].isalpha() or token in know.verb_ends:
            return False
        if token in know.titles:
            return True
    return False


# How many words after a preposition the title of a person may stand.
_TITLE_WORDS = 4


def _name_after_office_place(index: Index, words: list[tuple[int, int]], after: int) -> bool:
    """Whether a titled office's place ends at ``after`` and a name follows, to the complementiser.

    The office opens with a title ("منسق", "المتحدث باسم"); the place after
    the preposition is a few words with the article, settlement nouns or
    known places ("في الإقليم", "في ولاية البحر الأحمر"); then words without
    the article, a name of at most four words, and nothing else before a
    word that ends the speaker ("أن").
    """
    know = index.know
    if not any(index.ftext[a:b] in know.titles for a, b in words[:2]):
        return False
    tokens = [m.group() for m in _NAME_WORD.finditer(index.ftext, after, after + _FOLLOWING_REACH)]
    placed = named = 0
    for n, token in enumerate(tokens):
        if token in know.verb_ends or not token[0].isalpha():
            return placed > 0 and named > 0 and token in know.verb_ends
        if not named and (
            token in know.place_of
            or token in know.lex.places.settlements
            or _with_article(token, know)
            or " ".join(tokens[n - 1 : n + 1]) in know.place_of
            or " ".join(tokens[n : n + 2]) in know.place_of
        ):
            placed += 1
        elif placed and named < _NAME_WORDS and token not in know.titles:
            named += 1
        else:
            return False
    return False


# How many words a name after an office's place may have (given name, father's, family).
_NAME_WORDS = 4


def _with_article(token: str, know: Knowledge) -> bool:
    """Whether a folded word carries the article, maybe after a proclitic: "بالولايه"."""
    return any(
        b.startswith(a) and len(b) > len(a) + 1
        for b in forms(token, know.lex.prefixes)
        for a in know.definite
    )


def _inside_organization(index: Index, words: list[tuple[int, int]], token: str) -> bool:
    """Whether the words read so far and ``token`` open a known organisation's name, or are a role.

    A role holds a measure word too: "احد سكان" (one of the residents).
    """
    opening = " ".join([index.ftext[a:b] for a, b in words] + [token])
    return opening in index.know.organization_prefixes or opening in index.know.roles


_QUOTES = frozenset('"«»“”')

# A speaker after its verb is a title, the office and the name ("رئيس جمهورية
# الشيشان رمضان قديروف"): up to ten words, within a bounded reach, so the
# work per verb is constant; the complementiser or [verbs] ends stop it sooner.
_FOLLOWING_WORDS = 10
_FOLLOWING_REACH = 120
