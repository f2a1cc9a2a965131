"""Turn a document into claims: every figure that counts something, with its context.

For each quantity expression the parser finds, extraction decides whether it
is a count at all (not a year, a date, an age, a duration, a time, page
furniture), what one counted item is (``unit``), and reads from the clause
around it what is counted (``measure``), of whom (``subject``), where
(``places``), who says so (``speaker``) and when it holds (``as_of``).

Everything language-specific comes from ``reconcile/lang/<code>/``. The
document is indexed once (sentences, place names, measure words, demonyms,
reporting verbs, dates); each figure then looks only at a bounded window of
those indexes, so extraction is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple

import attrs

from .dates import MONTHS, resolve_month
from .errors import InvalidValueError
from .lang import Lexicon, lexicon
from .model import Claim, Document, Relative, Span
from .parse import Found, _trie_regex, scan, to_quantity
from .text import Folded, fold_with_offsets

__all__ = ["extract"]

# ---------------------------------------------------------------------------
# compiled knowledge, one per language

_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*|\d+|[%$€£]")
# "Nazarov, 28, a Tajik": a figure set off by commas right after a name is an age
_NAME_COMMA = re.compile(r"[A-Z][\w'-]+,\s*$")
# A sentence ends at . ! ? or the Arabic question mark, after any closing
# quotes or brackets and a stray comma (". ," joins sentences in some copy),
# or at a line break.
_SENTENCE_END = re.compile(r"(?:[.!?؟]+[\"'”’)\],،]*(?=\s)|\n)\s*")

# Small patterns used for every figure, compiled once.
_YEAR = re.compile(r"(?<![\w.,-])((?:19|20)\d\d)(?![\w-])")
_NEXT_WORDS = re.compile(r"\s*-?\s*([^\W\d_]+(?:[ -][^\W\d_]+)?)")
_FOUR_DIGITS = re.compile(r"\d{4}")
_LETTERS = re.compile(r"[^\W\d_]+")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s*$")
_APPOSITIVE = re.compile(r"\s*,[^,]{0,60},")
_ORG_OF_BEFORE = re.compile(r"[A-Z][a-z]+\s+(?:of|for)\s+(?:the\s+)?$")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")
_QUOTE_OR_COMMA_BEFORE = re.compile(r"[,\"”’\']\s*$")
_TRAILING_APPOSITIVE = re.compile(r",\s*(?:who|which)\b[^,]*,\s*$")
_PARENTHETICAL_WORD = re.compile(r",\s*[a-z]+\s*,\s*(?=(?:has|have|had)?\s*$)")
_TRAILING_AUX = re.compile(r"\b(?:has|have|had|also)\s*$")
_NAME_TOKENS = re.compile(r"[\w'./-]+|[^\w\s]")
_CAPITALISED_NAME = re.compile(
    r"\s*((?:the\s+)?[A-Z][\w'.-]*(?:[ \t]+(?:[A-Z][\w'.-]*|of|for|the))*)"
)
_LOWER_WORDS = re.compile(r"[a-z][\w'-]*")
_UNTIL_PUNCTUATION = re.compile(r"[^.,;]*")


def _inflect(words: Iterable[str], suffixes: Sequence[str]) -> dict[str, str]:
    return {w: w for w in words} | {w + s: w for w in words if " " not in w for s in suffixes if s}


@attrs.frozen(eq=False)
class _Knowledge:
    """Regexes and tables built once from a lexicon."""

    lex: Lexicon
    measure_re: re.Pattern[str]
    measure_of: Mapping[str, str]
    place_re: re.Pattern[str]
    place_of: Mapping[str, str]
    demonym_re: re.Pattern[str]
    demonym_of: Mapping[str, str]
    origins: Mapping[str, str]
    people: Mapping[str, object]
    generic: frozenset[str]
    units: Mapping[str, str]
    not_counts: Mapping[str, str]
    verb_re: re.Pattern[str]
    after_verbs: frozenset[str]
    titles: frozenset[str]
    title_modifiers: frozenset[str]
    organizations: frozenset[str]
    links: frozenset[str]
    groups: frozenset[str]
    pronouns: frozenset[str]
    reporting_nouns: frozenset[str]
    relative_re: re.Pattern[str] | None
    relative_of: Mapping[str, float]
    time_re: re.Pattern[str]
    aux: frozenset[str]
    stop: frozenset[str]
    partitive: frozenset[str]
    determiners: frozenset[str]
    them: frozenset[str]
    relative_pronouns: frozenset[str]
    origin_words: frozenset[str]
    past_suffixes: tuple[str, ...]
    passive: frozenset[str]
    verb_first: bool
    verb_ends: frozenset[str]
    background_re: re.Pattern[str]
    locative_re: re.Pattern[str]
    clause_re: re.Pattern[str]
    place_joiner: re.Pattern[str]
    there_re: re.Pattern[str]
    complementizer_re: re.Pattern[str]
    named_re: re.Pattern[str]


def _words_regex(phrases: Iterable[str], prefixes: Sequence[str] = ()) -> re.Pattern[str]:
    """Whole words or phrases, optionally behind a proclitic ("والعراق"); group ``w``."""
    body = _trie_regex(phrases)
    prefix = f"(?:{'|'.join(map(re.escape, prefixes))})?" if prefixes else ""
    return re.compile(rf"(?<![\w-]){prefix}(?P<w>{body})(?![\w-])")


def _clause_pattern(grammar: Mapping[str, Any]) -> re.Pattern[str]:
    """Where a clause ends, for a language's grammar table.

    At ";", a line break, a clause word ("while", "بينما"), or a comma and a
    conjunction before a new verb ("..., and 1.5 million remain").
    """
    breaks = grammar.get("clause_breaks", {}).get("words", []) or ["\x00"]
    conjunctions = grammar.get("conjunctions", {}).get("words", []) or ["\x00"]
    aux = grammar.get("aux", {}).get("words", []) or ["\x00"]
    return re.compile(
        rf"""
        ; | \n
        | (?<![\w-])(?:{_trie_regex(breaks)})(?![\w-])
        | [,،]\s*(?:{_trie_regex(conjunctions)})\s+
          (?=(?:[\w.,-]+\s+){{1,4}}(?:{_trie_regex(aux)})(?![\w-]))
        """,
        re.VERBOSE,
    )


@functools.cache
def _knowledge(code: str) -> _Knowledge:
    lex = lexicon(code)
    data = lex.data
    suffixes = data.get("measures", {}).get("inflections", {}).get("suffixes", [""])
    measure_of: dict[str, str] = {}
    for measure, triggers in data.get("measures", {}).get("measures", {}).items():
        for form, _ in _inflect(triggers, suffixes).items():
            measure_of.setdefault(form, measure)
    place_of: dict[str, str] = {}
    for key, entry in data.get("places", {}).get("places", {}).items():
        for alias in (key, *entry.get("aliases", ())):
            place_of[" ".join(alias.split())] = entry["name"]
    subjects = data.get("subjects", {})
    demonym_of = dict(subjects.get("demonyms", {}))
    origins = dict(subjects.get("origins", {}))
    speakers = data.get("speakers", {})
    verbs = speakers.get("verbs", {})
    relative = data.get("qualifiers", {}).get("relative", {})
    month_names = sorted(MONTHS)
    grammar = data.get("grammar", {})
    prefixes = lex.prefixes

    def words(table: Mapping[str, Any], name: str) -> frozenset[str]:
        return frozenset(table.get(name, {}).get("words", []))

    return _Knowledge(
        lex=lex,
        measure_re=_words_regex(measure_of, prefixes),
        measure_of=measure_of,
        place_re=_words_regex(place_of, prefixes),
        place_of=place_of,
        demonym_re=_words_regex(demonym_of, prefixes),
        demonym_of=demonym_of,
        origins=origins,
        people=dict(subjects.get("people", {})),
        generic=frozenset(subjects.get("generic", {}).get("words", [])),
        units=dict(subjects.get("units", {})),
        not_counts=dict(subjects.get("not_counts", {})),
        verb_re=_words_regex([*verbs.get("before", []), *verbs.get("after", [])], prefixes),
        after_verbs=frozenset(verbs.get("after", [])),
        titles=frozenset(speakers.get("titles", {}).get("words", [])),
        title_modifiers=frozenset(speakers.get("titles", {}).get("modifiers", [])),
        organizations=frozenset(speakers.get("titles", {}).get("organizations", [])),
        links=frozenset(speakers.get("name_links", {}).get("words", [])),
        groups=frozenset(speakers.get("groups", {}).get("words", [])),
        pronouns=frozenset(speakers.get("pronouns", {}).get("words", [])),
        reporting_nouns=frozenset(speakers.get("reporting_nouns", {}).get("words", [])),
        relative_re=_words_regex(relative) if relative else None,
        relative_of={k: float(v) for k, v in relative.items()},
        time_re=re.compile(
            rf"""
            (?<![\w-])(?:(?P<month>{"|".join(month_names)})\.?
                (?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?
                (?:,?\s+(?P<year>(?:19|20)\d\d))?
              | (?P<day2>\d{{1,2}})\s+(?P<month2>{"|".join(month_names)})
                (?:,?\s+(?P<year2>(?:19|20)\d\d))?
              | (?P<last>last|this|earlier\s+this|later\s+this)\s+(?P<unit>year|month)
              | (?:in|since|of|by|during)\s+(?P<year3>(?:19|20)\d\d)
            )(?![\w-])
            """,
            re.VERBOSE,
        ),
        aux=words(grammar, "aux"),
        stop=words(grammar, "aux") | words(grammar, "stop"),
        partitive=words(grammar, "partitive"),
        determiners=words(grammar, "determiners"),
        them=words(grammar, "them"),
        relative_pronouns=words(grammar, "relative"),
        origin_words=words(grammar, "origin"),
        past_suffixes=tuple(words(grammar, "past_suffix")),
        passive=words(speakers, "passive"),
        verb_first=bool(speakers.get("verb_first", False)),
        named_re=_named_pattern(
            [v for v in (*verbs.get("before", []), *words(speakers, "thought")) if " " not in v]
            or ["\x00"]
        ),
        background_re=_words_regex(words(speakers, "background") or {"\x00"}),
        # a preposition of place, then at most two words before the place:
        # "in Sughd", "in the city of", "في مخيم"
        clause_re=_clause_pattern(grammar),
        # what joins places named together: "Syria and Iraq", "Syria, Iraq", "سوريا والعراق"
        place_joiner=re.compile(
            rf"\s*[,،]?\s*(?:(?:{_trie_regex(words(grammar, 'conjunctions') or {chr(0)})})\s*)?"
        ),
        there_re=_words_regex(words(grammar, "there") or {"\x00"}, prefixes),
        locative_re=re.compile(
            rf"(?<![\w-])(?:{_trie_regex(words(grammar, 'locative') or {chr(0)})})"
            r"\s+(?:[^\W\d_]+\s+){0,2}$"
        ),
        complementizer_re=_words_regex(words(grammar, "complementizers") or {"\x00"}, prefixes),
        verb_ends=frozenset(verbs.get("ends", [])),
    )


# ---------------------------------------------------------------------------
# the per-document index


class _Mention(NamedTuple):
    """A word of a lexicon found in the text: where, and what it stands for."""

    start: int
    end: int
    value: str


def _mentions(pattern: re.Pattern[str], text: str, table: Mapping[str, str]) -> list[_Mention]:
    out = []
    for m in pattern.finditer(text):
        found = m.group("w")
        value = table.get(found)
        if value is None:  # written with a hyphen or several spaces: "al-hol", "came  back"
            value = table.get(" ".join(found.replace("-", " ").split())) or table.get(
                " ".join(found.split())
            )
        if value is not None:
            out.append(_Mention(m.start("w"), m.end(), value))
    return out


def _between(
    mentions: Sequence[_Mention], starts: Sequence[int], lo: int, hi: int
) -> list[_Mention]:
    i = bisect.bisect_left(starts, lo)
    out = []
    while i < len(mentions) and mentions[i].start < hi:
        if mentions[i].end <= hi:
            out.append(mentions[i])
        i += 1
    return out


@attrs.define
class _Index:
    """Everything extraction looks up in one document, in folded coordinates."""

    doc: Document
    folded: Folded
    know: _Knowledge
    sentence_starts: list[int]
    places: list[_Mention]
    place_starts: list[int]
    measures: list[_Mention]
    measure_starts: list[int]
    demonyms: list[_Mention]
    demonym_starts: list[int]
    body_start: int
    years: list[tuple[int, int]]  # (folded position, year)
    year_starts: list[int]
    named: list[tuple[int, str]]  # (original position, name) of people who speak
    named_starts: list[int]
    full_names: dict[str, str]  # surname -> the longest name ending with it

    @classmethod
    def build(cls, doc: Document, text: str, know: _Knowledge, body_start: int) -> _Index:
        folded = fold_with_offsets(text)
        ftext = folded.text
        starts = [0] + [m.end() for m in _SENTENCE_END.finditer(ftext)]
        places = _mentions(know.place_re, ftext, know.place_of)
        measures = _mentions(know.measure_re, ftext, know.measure_of)
        demonyms = _mentions(know.demonym_re, ftext, know.demonym_of)
        years = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(ftext)]
        named = [(m.start(), m.group(1)) for m in know.named_re.finditer(text)]
        full_names: dict[str, str] = {}
        for m in _FULL_NAME.finditer(text):
            surname = m.group().split()[-1]
            if len(m.group()) > len(full_names.get(surname, "")):
                full_names[surname] = m.group()
        index = cls(
            doc=doc,
            folded=folded,
            know=know,
            sentence_starts=starts,
            places=places,
            place_starts=[m.start for m in places],
            measures=measures,
            measure_starts=[m.start for m in measures],
            demonyms=demonyms,
            demonym_starts=[m.start for m in demonyms],
            body_start=body_start,
            years=years,
            year_starts=[p for p, _ in years],
            named=named,
            named_starts=[p for p, _ in named],
            full_names=full_names,
        )
        if know.verb_first:
            # speakers named after their verb ("وقال نزاروف"), for verbs that name none
            index.named = [
                (index.folded.offset(m.start()), name)
                for m in know.verb_re.finditer(ftext)
                if (name := _name_following(index, m.end(), len(ftext)))
            ]
            index.named_starts = [p for p, _ in index.named]
        return index

    @property
    def ftext(self) -> str:
        return self.folded.text

    def original(self, start: int, end: int) -> str:
        o_start, o_end = self.folded.span(start, end)
        return self.folded.original[o_start:o_end]

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        start = self.sentence_starts[i]
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.ftext)
        return start, end

    def paragraph_start(self, pos: int) -> int:
        return self.ftext.rfind("\n", 0, pos) + 1


# ---------------------------------------------------------------------------
# extraction


def extract(document: Document, *, language: str | None = None) -> tuple[Claim, ...]:
    """Extract the claims a document states, in order of position.

    A claim is made for every figure that counts people or things; years,
    dates, ages, durations, times of day and page furniture are left out.

    Args:
        document: The document to read; its ``text`` must be present.
        language: Overrides ``document.lang`` (a code with a lexicon).

    Returns:
        The claims, each with a span into ``document.text``; an empty tuple
        when the document states no figure.

    Raises:
        TypeError: If ``document`` is not a :class:`~reconcile.Document`.
        InvalidValueError: If the document carries no text.
        UnsupportedLanguageError: If no lexicon serves the language.

    Notes:
        Linear in the length of the text. Languages: English and Arabic.

    Examples:
        >>> text = "Officials said 61 Tajik nationals had returned from Syria."
        >>> doc = Document(id="a.txt", text=text)
        >>> [(c.quantity.low, c.measure, c.subject, c.places, c.speaker)
        ...  for c in extract(doc)]
        [(61, 'returned', 'Tajik nationals', ('Syria',), 'Officials')]
        >>> extract(Document(id="b.txt", text="Nothing to count in 2019."))
        ()
    """
    if not isinstance(document, Document):
        raise TypeError(f"document must be a Document, not {type(document).__name__}")
    if document.text is None:
        raise InvalidValueError("text", None, f"document {document.id!r} carries no text")
    from .documents import body_offset  # noqa: PLC0415 - documents imports this module's peers

    text = document.text
    code = lexicon(language or document.lang or _guess(text)).code
    know = _knowledge(code)
    index = _Index.build(document, text, know, body_offset(text))
    claims: list[Claim] = []
    previous_subject: dict[int, str] = {}
    for found in scan(index.folded, code):
        if index.folded.offset(found.start) < index.body_start:
            continue  # front matter is metadata, not text (both offsets are original)
        claim = _claim(index, found, previous_subject)
        if claim is not None:
            claims.append(claim)
    return tuple(claims)


def _guess(text: str) -> str:
    from .lang import detect_language  # noqa: PLC0415

    return detect_language(text)


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


@attrs.define
class _NounPhrase:
    """What follows a figure: "Tajik nationals", "of the returnees", "websites"."""

    end: int
    head: str | None = None
    people: bool = False
    unit: str | None = None
    subject: str | None = None
    role: str | None = None
    not_count: str | None = None


def _noun_phrase(index: _Index, end: int, limit: int, written: str = "") -> _NounPhrase:
    know, text = index.know, index.ftext
    np = _NounPhrase(end=end)
    stem = know.lex.duals.get(written)
    if stem is not None:
        # "طفلاي": the figure is the noun itself, a dual of "طفل"
        english = know.people.get(stem)
        np.people, np.head = True, stem
        np.role = english if isinstance(english, str) else stem
        return np
    rest = text[end:limit]
    # "28-year-old", "five-year war", "30 years old", "1:40 pm": not counts
    m = _NEXT_WORDS.match(rest)
    if m:
        words = m.group(1).replace("-", " ")
        first = words.split()[0]
        for key in (words, first):
            if key in know.not_counts:
                np.not_count = know.not_counts[key]
                return np
    if rest[:1] == "%":
        np.not_count = "percent"
        return np
    tokens = _tokens(text, end, min(limit, end + 120))
    i = 0
    if tokens and tokens[0][0] in know.them:  # Arabic "منهم": of them, in one word
        np.people, np.head, np.end = True, "them", tokens[0][2]
        i = 1
    elif tokens and tokens[0][0] in know.partitive:  # "five of the returnees", "two of them"
        i = 1
        while i < len(tokens) and tokens[i][0] in know.determiners:
            i += 1
        if i < len(tokens) and tokens[i][0] in know.them:
            np.people, np.head, np.end = True, "them", tokens[i][2]
            i += 1
    if tokens and tokens[0][0] in know.origin_words:
        # "آلافا من دول آسيا الوسطى": who they are, by where they come from
        for width in (3, 2, 1):
            key = " ".join(t[0] for t in tokens[1 : 1 + width])
            if len(tokens) > width and key in know.origins:
                np.subject, np.end = know.origins[key], tokens[width][2]
                return np
    for n, (word, _, w_end) in enumerate(tokens[i : i + 6], start=i):
        pair = f"{word} {tokens[n + 1][0]}" if n + 1 < len(tokens) else ""
        if pair in know.demonym_of:
            np.subject = know.demonym_of[pair]
            continue
        if word in know.demonym_of and np.subject is None:
            np.subject = know.demonym_of[word]
            np.end = w_end
            continue
        if pair and pair in know.units:
            np.unit, np.head, np.end = know.units[pair], pair, tokens[n + 1][2]
            break
        if word in know.people:
            np.people, np.head, np.end = True, word, w_end
            if n + 1 < len(tokens) and tokens[n + 1][0] in know.demonym_of:
                # Arabic puts the adjective after its noun: "مواطن طاجيكي"
                np.subject = np.subject or know.demonym_of[tokens[n + 1][0]]
                np.end = tokens[n + 1][2]
            # the role in English where the lexicon gives one ("رجال" -> "men")
            english = know.people[word]
            np.role = (
                None if word in know.generic else (english if isinstance(english, str) else word)
            )
            after = " ".join(t[0] for t in tokens[n + 1 : n + 4])
            for key in sorted(know.origins, key=len, reverse=True):
                if after == key or after.startswith(key + " "):
                    # "رجال اسيا الوسطي": men of Central Asia
                    np.subject = np.subject or know.origins[key]
                    np.end = tokens[n + len(key.split())][2]
                    break
            # "men from Central Asia": an origin names the subject, not a place
            nxt = tokens[n + 1 : n + 4]
            if nxt and nxt[0][0] == "from":
                origin = " ".join(t[0] for t in nxt[1:3])
                for key in (origin, nxt[1][0] if len(nxt) > 1 else ""):
                    if key in know.origins:
                        np.subject = np.subject or know.origins[key]
                        np.end = nxt[0][2] + 1 + len(key)
                        break
            break
        if word in know.units:
            np.unit, np.head, np.end = know.units[word], word, w_end
            break
        if word in know.stop or word in know.measure_of:
            break
        if np.people and np.head == "them" and word not in know.people:
            break
    return np


def _is_count_context(index: _Index, found: Found) -> str | None:
    """Why a found figure is not a count ("date", "age"...), or ``None``."""
    text = index.ftext
    start, end = found.start, found.end
    written = text[start:end]  # folded: format characters inside the figure are gone
    before = text[max(0, start - 24) : start]
    value = found.low
    plain_digits = _FOUR_DIGITS.fullmatch(written) is not None
    if plain_digits and value is not None and 1000 <= value <= 2100:
        # a year, unless people or things are counted right after it ("2000 people")
        nxt = _FIRST_WORD.match(text, end)
        know = index.know
        counted = nxt is not None and (
            nxt.group(1) in know.people
            or nxt.group(1) in know.demonym_of
            or nxt.group(1) in know.units
        )
        if not counted:
            return "date"
    words_before = _LETTERS.findall(before)
    if words_before and words_before[-1] in MONTHS and written.isdigit():
        return "date"
    after = _FIRST_WORD.match(text[end : end + 20])
    if (
        after
        and after.group(1) in MONTHS
        and written.isdigit()
        and value is not None
        and value <= 31
    ):
        return "date"
    if _AGE_BEFORE.search(before):
        return "age"
    o_start, _ = index.folded.span(start, end)
    original_before = index.folded.original[max(0, o_start - 40) : o_start]
    if _NAME_COMMA.search(original_before) and text[end : end + 1] == ",":
        return "age"
    return None


def _measure(
    index: _Index,
    start: int,
    end: int,
    np: _NounPhrase,
    clause: tuple[int, int],
    *,
    near_only: bool = False,
) -> str | None:
    """What the figure counts, by where the signalling word stands (see measures.toml).

    With ``near_only``, only a word in the predicate or right before the
    figure counts: a count of things ("500 websites") takes no measure from
    the far end of its sentence.
    """
    text = index.ftext
    c_start, c_end = clause
    predicate = _between(index.measures, index.measure_starts, np.end, c_end)
    after_np = text[np.end : c_end]
    # skip an appositive: "six Tajiks, including a young woman, have returned"
    appositive = _APPOSITIVE.match(after_np)
    lead = after_np[appositive.end() :] if appositive else after_np
    first = _FIRST_WORD.match(lead)
    # a main verb follows the counted noun: an auxiliary, a measure word, or
    # a past-tense verb ("five of the returnees received amnesties")
    main = first is not None and (
        first.group(1) in index.know.aux
        or first.group(1) in index.know.measure_of
        or first.group(1).endswith(index.know.past_suffixes or ("\x00",))
    )
    near_before = _between(index.measures, index.measure_starts, max(c_start, start - 30), start)
    if near_before and index.know.verb_first:
        return near_before[-1].value  # Arabic "يعيش نحو 60 الفا": the verb comes first
    if predicate and main:
        return predicate[0].value
    if near_before:
        return near_before[-1].value
    inside = _between(index.measures, index.measure_starts, end, np.end)
    if inside:
        return inside[0].value
    if near_only:
        return None
    if first is not None and first.group(1) in index.know.relative_pronouns and predicate:
        return predicate[0].value
    if predicate:
        return predicate[0].value
    earlier = _between(index.measures, index.measure_starts, c_start, start)
    return earlier[-1].value if earlier else None


def _subject(
    index: _Index,
    start: int,
    np: _NounPhrase,
    sentence: tuple[int, int],
    *,
    sentence_prev: str | None,
    measure: str | None,
) -> str | None:
    measure_of = index.know.measure_of
    if (
        np.role
        and measure is not None
        and measure
        in (
            np.role,
            measure_of.get(np.role),
            measure_of.get(np.role.removesuffix("s")),
        )
    ):
        # "52 Tajik fighters" counting fighters: the noun repeats the measure
        np = attrs.evolve(np, role=None)
    group = np.subject
    if group is None and np.people and np.head not in (None, "citizens", "nationals", "them"):
        # "1.5 million people": a generic noun names no group of its own;
        # "citizens", "nationals" and "of them" take the group the text names
        return np.role
    if group is None and np.head in ("citizens", "nationals"):
        # "Tajik authorities say up to 1,000 nationals": the nationality the sentence names
        earlier = _between(index.demonyms, index.demonym_starts, sentence[0], start)
        group = earlier[-1].value if earlier else None
    if group is None:
        # "61 Tajik nationals had returned, while 148 had been killed": the
        # group of the figure before it in the same sentence
        group = sentence_prev
    if np.role:
        adjective = (
            group.rsplit(" ", 1)[0] if group and group.endswith((" nationals", " people")) else None
        )
        return f"{adjective} {np.role}" if adjective else np.role
    if np.head == "them" and group is not None and _earlier_figure(index, sentence, start):
        # "six Tajiks, one of them a woman": a part of the group just counted
        return f"part of {group}"
    return group


def _earlier_figure(index: _Index, sentence: tuple[int, int], start: int) -> bool:
    return any(ch.isdigit() for ch in index.ftext[sentence[0] : start]) or bool(
        index.know.lex.cardinals.keys() & set(_LETTERS.findall(index.ftext[sentence[0] : start]))
    )


def _places(
    index: _Index,
    start: int,
    np: _NounPhrase,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    *,
    remember: bool = True,
) -> tuple[str, ...]:
    text = index.ftext
    _, c_end = clause
    origin_end = np.end

    def usable(mentions: list[_Mention]) -> list[_Mention]:
        out = []
        for m in mentions:
            if m.start < origin_end and m.start > start:
                continue  # "men from Central Asia": an origin, not a place
            # "Islamic Movement of Uzbekistan": a place inside an organisation's name
            o_start, _ = index.folded.span(m.start, m.end)
            before = index.folded.original[max(0, o_start - 30) : o_start]
            if _ORG_OF_BEFORE.search(before):
                continue
            out.append(m)
        return out

    c_start = clause[0]
    # before the figure, only places it is located in: "officials in Sughd detained 12"
    located = [
        m
        for m in usable(_between(index.places, index.place_starts, c_start, start))
        if index.know.locative_re.search(text[max(0, m.start - 40) : m.start])
    ]
    in_clause = located + usable(_between(index.places, index.place_starts, start, c_end))
    if in_clause:
        return _unique(m.value for m in in_clause)
    if index.know.there_re.search(text, start, c_end):
        group = _last_place_group(index, usable, index.paragraph_start(start), start)
        if group:
            return group
    s_start, s_end = sentence
    in_sentence = usable(_between(index.places, index.place_starts, s_start, s_end))
    if in_sentence:
        return _unique(m.value for m in in_sentence)
    if not remember:
        return ()
    # no place in the sentence: the places the text was just talking about
    return _last_place_group(index, usable, max(0, s_start - _PLACE_MEMORY), s_start)


# How far back (in characters) a sentence without a place inherits one.
_PLACE_MEMORY = 400


def _last_place_group(
    index: _Index, usable: Callable[[list[_Mention]], list[_Mention]], lo: int, hi: int
) -> tuple[str, ...]:
    """The last place named before ``hi``, with those joined to it ("Syria and Iraq")."""
    earlier = usable(_between(index.places, index.place_starts, lo, hi))
    if not earlier:
        return ()
    group = [earlier[-1]]
    for m in reversed(earlier[:-1]):
        if index.know.place_joiner.fullmatch(index.ftext[m.end : group[0].start]):
            group.insert(0, m)
        else:
            break
    return _unique(m.value for m in group)


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _speaker(index: _Index, start: int, end: int, sentence: tuple[int, int]) -> str | None:
    """Who states the figure: a reporting verb's subject, or a reporting noun."""
    know, text = index.know, index.ftext
    s_start, s_end = sentence
    # attribution belongs to the part of the sentence between semicolons
    part_start = max(s_start, text.rfind(";", s_start, start) + 1)
    part_end = text.find(";", start, s_end)
    part_end = s_end if part_end < 0 else part_end
    for m in know.verb_re.finditer(text, part_start, part_end):
        verb = " ".join(m.group("w").split())
        if m.start() < end and m.end() > start:
            continue  # "an estimated 4,500": part of the figure, not a report
        if m.start() >= end and not re.search(
            r"[,،\"”’]\s*(?:[\w.'-]+\s+){0,6}$", text[end : m.start()]
        ):
            continue  # a verb after the figure attributes it only as ", the ministry said"
        if m.start() < start and know.background_re.search(text, m.end(), start):
            continue  # "X said ..., where 60,000 people live": the writer's background
        if verb in know.passive or m.group() in know.passive:
            continue  # "يقدر ان": estimated, by no one named
        if know.verb_first:
            name = _name_following(index, m.end(), part_end) or _last_named(index, m.start())
        elif verb in know.after_verbs:
            name = _name_after(index, m.end(), part_end)
        else:
            if _PASSIVE_BEFORE.search(text[part_start : m.start()]):
                continue  # "are estimated to have travelled": no agent
            name = _name_before(index, part_start, m.start())
            if name is None and _QUOTE_OR_COMMA_BEFORE.search(text[part_start : m.start()]):
                # inverted attribution after a quote: '"...," said the minister'
                name = _name_after(index, m.end(), part_end)
        if name:
            return name
    # "reports ... that hundreds of militants": a report as the source
    for word in _LETTERS.finditer(text, part_start, start):
        if word.group() in know.reporting_nouns and know.complementizer_re.search(
            text, word.end(), start
        ):
            return word.group()
    return None


def _name_following(index: _Index, verb_end: int, hi: int) -> str | None:
    """The speaker written after its verb (Arabic "وقال نزاروف إن"), up to the complementiser."""
    know = index.know
    words: list[tuple[int, int]] = []
    for m in _NAME_WORD.finditer(index.ftext, verb_end, min(hi, verb_end + 80)):
        token = m.group()
        if (
            token in know.verb_ends
            or token in know.measure_of
            or token in know.lex.cardinals
            or not token[0].isalpha()
            or len(words) == 3
        ):
            break
        words.append((m.start(), m.end()))
    if not words:
        return None
    return index.original(words[0][0], words[-1][1]).strip() or None


_NAME_WORD = re.compile(r"[^\W\d_]+|[^\w\s]")


def _last_named(index: _Index, before: int) -> str | None:
    """The speaker named last before ``before`` (a verb with no name continues it)."""
    o_before, _ = index.folded.span(before, before)
    i = bisect.bisect_left(index.named_starts, o_before) - 1
    return index.named[i][1] if i >= 0 else None


# A person named as the subject of a speech or thought verb: "Nazarov said".
def _named_pattern(verbs: Iterable[str]) -> re.Pattern[str]:
    """A capitalised name right before one of ``verbs``: "Nazarov said"."""
    return re.compile(
        rf"\b([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*)[ \t]+(?:{_trie_regex(verbs)})(?![\w-])"
    )


# A capitalised name of two to five words, for the fullest form of a surname.
_FULL_NAME = re.compile(r"\b(?:[A-Z][a-z]+[ \t]+){1,4}[A-Z][a-z]+\b")


def _name_before(index: _Index, lo: int, verb_start: int) -> str | None:
    """The speaker written right before a reporting verb."""
    know = index.know
    o_lo, o_verb = index.folded.span(lo, verb_start)
    original = index.folded.original[o_lo:o_verb]
    # drop a trailing appositive (", who tracks fighters in Syria,") and auxiliaries
    original = _TRAILING_APPOSITIVE.sub(" ", original)
    # "The ministry, however, has said": a parenthetical word between name and verb
    original = _PARENTHETICAL_WORD.sub(" ", original)
    original = re.sub(
        r"\b(?:has|have|had|also|previously|earlier|then|now)\s*$", "", original
    ).rstrip()
    original = _TRAILING_AUX.sub("", original).rstrip()
    tokens = _NAME_TOKENS.findall(original.rstrip(" ,\"”’'"))
    if tokens and tokens[-1].lower() in know.pronouns:
        return _resolve_pronoun(index, lo)
    words: list[str] = []
    for n in range(len(tokens) - 1, max(-1, len(tokens) - 13), -1):
        token, low = tokens[n], tokens[n].lower()
        if token[:1].isupper() or low in know.groups or (low in know.links and words):
            words.insert(0, token)
        elif (
            words
            and words[-1].lower() in know.groups
            and token.isalpha()
            and (n > 0 and tokens[n - 1].lower() in ("the", "a", "an", "its", "their"))
        ):
            words.insert(0, token)  # "the health ministry", "a ministry statement"
        else:
            break
    while words and words[0].lower() in know.links:
        words.pop(0)
    if not words:
        return None
    if len(words) == 1 and words[0].lower() in know.pronouns:
        return _resolve_pronoun(index, lo)
    if all(w.lower() in know.links for w in words):
        return None
    name = _strip_titles(words, know)
    return " ".join(name) if name else None


def _strip_titles(words: list[str], know: _Knowledge) -> list[str]:
    """Drop "the" and a leading run of titles before a person's name (see speakers.toml)."""
    if words and words[0].lower() == "the":
        words = words[1:]
    i = 0
    while i < len(words) and words[i].lower() in know.titles | know.title_modifiers:
        i += 1
    rest = words[i:]
    has_title = any(w.lower() in know.titles for w in words[:i])
    is_org = bool(rest) and rest[-1].lower() in know.organizations
    if has_title and rest and rest[0][:1].isupper() and not is_org:
        return rest
    return words


def _name_after(index: _Index, verb_end: int, hi: int) -> str | None:
    """The speaker written right after "according to" or an inverted "said"."""
    know = index.know
    o_start, o_end = index.folded.span(verb_end, hi)
    original = index.folded.original[o_start:o_end]
    m = _CAPITALISED_NAME.match(original)
    if m is not None:
        name = _strip_titles(m.group(1).split(), know)
        while name and name[-1].lower() in know.links:
            name.pop()
        return " ".join(name) or None
    # lower case: "according to prosecutors", "according to a ministry statement"
    words = _LOWER_WORDS.findall(original[:60].lower())[:4]
    while words and words[0] in ("the", "a", "an"):
        words.pop(0)
    for n, word in enumerate(words):
        if word in know.groups:
            return " ".join(words[: n + 1])
    return None


def _resolve_pronoun(index: _Index, before: int) -> str | None:
    """The person named last before ``before``, with the fullest form of the name."""
    o_before, _ = index.folded.span(before, before)
    i = bisect.bisect_left(index.named_starts, o_before) - 1
    if i < 0:
        return None
    last = index.named[i][1].split()[-1]
    return _clean_name(index.full_names.get(last, last), index.know)


def _clean_name(name: str, know: _Knowledge) -> str:
    words = name.split()
    return " ".join(_strip_titles(words, know))


def _as_of(index: _Index, start: int, sentence: tuple[int, int]) -> str | None:
    """When the figure holds: the time its sentence states nearest to it, else publication."""
    know, text = index.know, index.ftext
    part_start, part_end = sentence
    published = index.doc.published
    if know.relative_re is not None:
        # "doubling the figure given last year": that time belongs to the earlier figure
        rel = know.relative_re.search(text, start, part_end)
        part_end = rel.start() if rel else part_end
    best: tuple[int, str] | None = None
    for m in know.time_re.finditer(text, part_start, part_end):
        if text[m.start() : m.start() + 5] == "since":
            continue  # "since 2014": a start, not when the figure holds
        iso = _time_value(m, index, m.start(), published)
        if iso is None:
            continue
        distance = abs(m.start() - start)
        if best is None or distance < best[0]:
            best = (distance, iso)
    if best is not None:
        return best[1]
    return published


def _time_value(m: re.Match[str], index: _Index, pos: int, published: str | None) -> str | None:
    """The ISO date a time expression names, at the precision it gives."""
    if m.group("last"):
        return _relative_time(" ".join(m.group("last").split()), m.group("unit"), published)
    if m.group("year3"):
        return str(m.group("year3"))
    month = MONTHS[m.group("month") or m.group("month2")]
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


def _relative_time(which: str, unit: str, published: str | None) -> str | None:
    """Resolve "last year" or "this month" against the publication date."""
    if published is None:
        return None
    year = int(published[:4])
    if unit == "year":
        return str(year - 1 if which == "last" else year)
    if len(published) < 7:
        return None
    month = int(published[5:7])
    if which == "last":
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return f"{year:04d}-{month:02d}"


def _relative(index: _Index, sentence: tuple[int, int], end: int) -> Relative | None:
    know = index.know
    if know.relative_re is None:
        return None
    _s_start, s_end = sentence
    m = know.relative_re.search(index.ftext, end, s_end)
    if m is None:
        return None
    factor = know.relative_of.get(" ".join(m.group().split()))
    if factor is None:
        return None
    phrase_end = _UNTIL_PUNCTUATION.match(index.ftext[m.start() : s_end])
    assert phrase_end is not None
    return Relative(factor, index.original(m.start(), m.start() + phrase_end.end()).strip())


def _claim(index: _Index, found: Found, previous_subject: dict[int, str]) -> Claim | None:
    start, end = found.start, found.end
    if _is_count_context(index, found) is not None:
        return None
    sentence = index.sentence(start)
    s_start, s_end = sentence
    boundary = index.know.clause_re.search(index.ftext, end, s_end)
    clause_end = boundary.start() if boundary else s_end
    clause_start = s_start
    for boundary in index.know.clause_re.finditer(index.ftext, s_start, start):
        clause_start = boundary.end()
    clause = (clause_start, clause_end)
    np = _noun_phrase(index, end, clause_end, index.ftext[start:end])
    if np.not_count is not None:
        return None
    o_start, o_end = index.folded.span(start, end)
    if o_start > 0 and index.folded.original[o_start - 1] in "$€£":
        np.unit = {"$": "USD", "€": "EUR", "£": "GBP"}[index.folded.original[o_start - 1]]
        np.people = False
    measure = _measure(index, start, end, np, clause, near_only=np.unit is not None)
    people = np.people or (np.unit is None and measure is not None)
    if not people and np.unit is None:
        return None
    paragraph = sentence[0]  # a subject carries over within its sentence only
    subject = (
        _subject(
            index,
            start,
            np,
            sentence,
            sentence_prev=previous_subject.get(paragraph),
            measure=measure,
        )
        if people
        else None
    )
    if subject:
        previous_subject[paragraph] = subject
    # the claim's span is the one that counts: the quantity carries none
    quantity = to_quantity(
        index.folded, found, with_span=False, relative=_relative(index, sentence, end)
    )
    q_start, q_end = index.folded.span(clause_start, clause_end)
    quote = index.folded.original[q_start:q_end].strip(' \t\n,.;:-—"“”')
    return Claim(
        document=index.doc.id,
        span=Span(o_start, o_end),
        quantity=quantity,
        quote=quote,
        measure=measure,
        unit="people" if people else (np.unit or "items"),
        subject=subject,
        places=_places(index, start, np, clause, sentence, remember=people),
        as_of=_as_of(index, start, sentence),
        speaker=_speaker(index, start, end, sentence),
        outlet=index.doc.outlet,
        lang=index.know.lex.code,
    )
