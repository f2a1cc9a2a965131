"""What follows a figure: the counted noun phrase ("Tajik nationals", "of the returnees")."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Mapping

import attrs

from ..lang import canon
from ..text import fold
from .index import Index, between
from .knowledge import Knowledge, forms

__all__ = ["PART_OF_GROUP", "NounPhrase", "noun_phrase"]

PART_OF_GROUP = "\x00part"
"""The head of a noun phrase that names a part of a group counted before ("two of them")."""

_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*|\d+|[%$€£]")
# the one or two words after a figure; the spaces are read once, without
# backtracking, so a figure followed by 40,000 spaces costs one pass
_PERCENT = re.compile(r"[ \t]?%")
_NEXT_WORDS = re.compile(r"\s*+(?:-\s*+)?([^\W\d_]+(?:[ -][^\W\d_]+)?)")


def _have(tokens: list[tuple[str, int, int]], more: Iterator[re.Match[str]], count: int) -> bool:
    """Read words from ``more`` until ``tokens`` holds ``count`` of them; whether it does.

    Only the first few words after a figure are ever looked at, so they are
    read as they are needed rather than all those of the stretch allowed.
    """
    if len(tokens) < count:
        tokens.extend(
            (m.group(), m.start(), m.end()) for m in itertools.islice(more, count - len(tokens))
        )
    return len(tokens) >= count


def _origin_opening(after: str, origins: Mapping[str, str]) -> str | None:
    """The longest of ``origins`` that is ``after`` or opens it, up to a space.

    Only the openings of ``after`` that end before a space can be one, so
    those few are looked up rather than every origin tried.
    """
    if after in origins:
        return after
    cut = after.rfind(" ")
    while cut >= 0:
        if after[:cut] in origins:
            return after[:cut]
        cut = after.rfind(" ", 0, cut)
    return None


# How many words for a kind of place ("the towns of") may stand between "from" and a place.
_PLACE_NOUNS = 3


def _home_after(
    tokens: list[tuple[str, int, int]], at: int, know: Knowledge
) -> tuple[str, int] | None:
    """A place of a group's home named at ``at`` (after "from"), and where its name ends.

    Words for a kind of place before the name ("the towns of", "مدينة",
    grammar.toml [place_nouns]) are read past: "two from the town of Khujand".
    """
    nouns = know.lex.grammar.place_nouns
    stop = min(len(tokens), at + _PLACE_NOUNS)
    while at < stop and tokens[at][0] in nouns:
        at += 1
    for width in (2, 1):
        key = " ".join(t[0] for t in tokens[at : at + width])
        place = know.place_of.get(key) if len(tokens) >= at + width else None
        if place is not None and _in_a_home(place):
            return place, tokens[at + width - 1][2]
    return None


# How many words after a counted noun a nationality held ("with Russian citizenship") is read.
_HELD = 4


def _nationality_held(index: Index, after: list[tuple[str, int, int]]) -> str | None:
    """The group of a nationality named beside a word for citizenship in ``after``.

    "боевиков ИГ с российским гражданством", "fighters with Russian
    citizenship", "يحملون الجنسية الروسية": the word for citizenship
    (grammar.toml [citizenship]) and the nationality next to it, in either order.
    """
    words = index.know.lex.grammar.citizenship
    for k, (word, start, end) in enumerate(after):
        if word not in words:
            continue
        lo = after[k - 1][1] if k > 0 else start
        hi = after[k + 1][2] if k + 1 < len(after) else end
        named = between(index.demonyms, index.demonym_starts, lo, hi)
        if named:
            return named[0].value
    return None


@attrs.define
class NounPhrase:
    """What follows a figure: "Tajik nationals", "of the returnees", "websites"."""

    end: int
    head: str | None = None
    people: bool = False
    unit: str | None = None
    subject: str | None = None
    role: str | None = None
    not_count: str | None = None
    of_word: int = -1  # where the word after "of (the)" starts: "14 of the injured"


def _alone(text: str, tokens: list[tuple[str, int, int]], n: int, know: Knowledge) -> bool:
    """Whether the word at ``n`` ends its noun phrase, so that it names people itself.

    A punctuation mark, a function word, a measure word or nothing follows
    it: "300 Tajiks, of whom", "300 казахстанцев, из них".
    """
    if n + 1 >= len(tokens):
        return True
    word, start, _ = tokens[n + 1]
    between = text[tokens[n][2] : start]
    return bool(between.strip()) or word in know.stop or word in know.measure_of


@functools.cache
def _in_a_home(place: str) -> bool:
    """Whether a place lies inside the home of a group (a town of Tajikistan, not Syria)."""
    known = canon()
    homes = set(known.homes.values())
    seen = {place}
    while place in known.place_parents and known.place_parents[place] not in seen:
        place = known.place_parents[place]
        if place in homes:
            return True
        seen.add(place)
    return False


def _without_proclitic(word: str, know: Knowledge) -> str:
    """``word`` without the proclitic before a noun of people or a demonym, if it has one."""
    return next(
        (f for f in forms(word, know.lex.prefixes) if f in know.people or f in know.demonym_of),
        word,
    )


def _people_after(tokens: list[tuple[str, int, int]], know: Knowledge) -> str | None:
    """The role of "of <people>" after a measure's noun, one word between at most."""
    for at in (0, 1):
        if at + 1 >= len(tokens):
            return None
        if tokens[at][0] in know.origin_words or tokens[at][0] in know.partitive:
            word = tokens[at + 1][0]
            for form in forms(word, know.lex.prefixes):
                english = know.people.get(form)
                if english is not None and form not in know.generic:
                    return english if isinstance(english, str) else form
            return None
        if tokens[at][0] in know.stop:
            return None
    return None


def _coordinated(
    tokens: list[tuple[str, int, int]], n: int, np: NounPhrase, know: Knowledge
) -> int:
    """Widen ``np.role`` to a second people noun joined to it; the index of the last noun read.

    "30 boys and girls" counts children, not boys: two nouns of one wider
    role (``canon/subjects.toml``) name that role, two of different roles
    both ("women and children").
    """
    if n + 2 >= len(tokens) or tokens[n + 1][0] not in know.lex.grammar.conjunctions:
        return n
    word = tokens[n + 2][0]
    english = know.people.get(word)
    if english is None or word in know.generic or np.role is None:
        return n
    second = english if isinstance(english, str) else word
    roles = canon().role_words
    first_role, second_role = roles.get(fold(np.role)), roles.get(fold(second))
    if first_role is None or second_role is None:
        return n
    np.role = first_role if first_role == second_role else f"{np.role} and {second}"
    np.end = tokens[n + 2][2]
    return n + 2


def _instances_of_people(
    tokens: list[tuple[str, int, int]], n: int, more: Iterator[re.Match[str]], know: Knowledge
) -> bool:
    """Whether the unit word at ``n`` counts instances of people named right after it.

    "120 cases of local men": "of", at most one word, then a noun of people.
    """
    _have(tokens, more, n + 4)
    if n + 2 >= len(tokens) or tokens[n + 1][0] not in know.partitive:
        return False
    return any(w in know.people for w, _, _ in tokens[n + 2 : n + 4])


# How far after a figure its noun phrase is read, in characters.
_PHRASE_REACH = 120


def noun_phrase(index: Index, end: int, limit: int, written: str = "") -> NounPhrase:
    """Read what follows a figure ending at ``end``, up to ``limit``: who or what it counts.

    The reading depends only on the figure as written and the text after it
    (the words of at most ``_PHRASE_REACH`` characters, and the one or two
    words first after it however far): figures followed by the same words
    share one (a fresh copy each, as callers amend theirs).
    """
    text = index.ftext
    m = _NEXT_WORDS.match(text, end, limit)
    if not index.long_sentences:
        return _read_noun_phrase(index, end, limit, written, m)
    key = (
        "noun phrase",
        written,
        text[end : min(limit, end + _PHRASE_REACH)],
        m.group(1) if m else None,
    )
    np = index.read(key, lambda: _noun_phrase(index, end, limit, written, m))
    return NounPhrase(end + np.end, np.head, np.people, np.unit, np.subject, np.role, np.not_count)


def _noun_phrase(
    index: Index, end: int, limit: int, written: str, m: re.Match[str] | None
) -> NounPhrase:
    """What :func:`noun_phrase` reads, with ``end`` counted from the figure's end."""
    np = _read_noun_phrase(index, end, limit, written, m)
    np.end -= end
    return np


def _the_speaker(
    text: str,
    end: int,
    tokens: list[tuple[str, int, int]],
    n: int,
    *,
    more: Iterator[re.Match[str]],
    know: Knowledge,
) -> bool:
    """Whether the noun ``tokens[n]``, after a comma, opens the attribution of the figure.

    "killed 90, police said", "погибли 30, сообщили спасатели": a reporting
    verb between the figure and the noun, or within a few words after the
    noun ("police officers said").
    """
    if not any(mark in text[end : tokens[n][1]] for mark in _COMMAS):
        return False
    _have(tokens, more, n + 1 + _SPEAKER_WORDS)
    # the verb before the noun too, after the comma: "погибли 30, сообщили спасатели"
    return any(
        know.verb_re.match(text, t[1])
        for t in (*tokens[:n], *tokens[n + 1 : n + 1 + _SPEAKER_WORDS])
        if t[1] > end
    )


_COMMAS = (",", "\u060c")
_SPEAKER_WORDS = 3


def _measure_in(index: Index, lo: int, hi: int) -> int:
    """Where a measure mention starts inside ``[lo, hi)`` (past an article glued to it), or -1."""
    i = bisect.bisect_left(index.measure_starts, lo)
    if i < len(index.measure_starts) and index.measure_starts[i] < hi:
        return index.measure_starts[i]
    return -1


def _right_after(text: str, tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Whether token ``n + 1`` follows token ``n`` with only spaces between: not "fighters, X"."""
    return n + 1 < len(tokens) and not text[tokens[n][2] : tokens[n + 1][1]].strip()


def _who_after_copula(word: str, know: Knowledge) -> bool:
    """Whether a word after a copula says who the counted were: "were women", "were Egyptians"."""
    return (word in know.people and word not in know.generic) or word in know.demonym_of


def _read_noun_phrase(
    index: Index, end: int, limit: int, written: str, m: re.Match[str] | None
) -> NounPhrase:
    """What follows a figure ending at ``end``; ``m`` is ``_NEXT_WORDS`` matched there."""
    know, text = index.know, index.ftext
    np = NounPhrase(end=end)
    stem = know.lex.duals.get(written)
    if stem is not None:
        # "طفلاي": the figure is the noun itself, a dual of "طفل"
        english = know.people.get(stem)
        np.people, np.head = True, stem
        np.role = english if isinstance(english, str) else stem
        nxt: list[tuple[str, int, int]] = []
        _have(nxt, _WORD.finditer(text, end, min(limit, end + 120)), 2 + _PLACE_NOUNS)
        home = _home_after(nxt, 1, know) if nxt and nxt[0][0] in know.origin_words else None
        if home is not None:
            # "طفلان من مدينة خوجند": two children of that town
            np.role, np.end = f"{home[0]} {np.role}", home[1]
        return np
    # "28-year-old", "five-year war", "30 years old", "1:40 pm": not counts
    if m:
        words = m.group(1).replace("-", " ")
        first = words.split()[0]
        for key in (words, first):
            if key in know.not_counts:
                np.not_count = know.not_counts[key]
                return np
    if _PERCENT.match(text, end, limit):  # "80%", and "80 %" as French and Arabic print it
        np.not_count = "percent"
        return np
    more = _WORD.finditer(text, end, min(limit, end + _PHRASE_REACH))
    tokens: list[tuple[str, int, int]] = []
    _have(tokens, more, 10)
    i = 0
    after_noun = know.lex.numbers.after_noun
    if len(tokens) > 1 and tokens[0][0] in after_noun and tokens[1][0] in know.them:
        del tokens[0]  # "600 واحد منهم": six hundred individuals of them
    if tokens and tokens[0][0] in know.them:  # Arabic "منهم": of them, in one word
        np.people, np.head, np.end = True, PART_OF_GROUP, tokens[0][2]
        i = 1
    elif (
        len(tokens) > 1
        and tokens[0][0] in know.lex.grammar.partitive_definite
        and tokens[1][0].startswith(tuple(know.definite))
        and (at := _measure_in(index, tokens[1][1], tokens[1][2])) >= 0
    ):
        # "ثلاثة من المصابين": three of the injured (the article glued to the noun)
        np.of_word = at
    elif tokens and tokens[0][0] in know.partitive:  # "five of the returnees", "two of them"
        i = 1
        while _have(tokens, more, i + 1) and tokens[i][0] in know.determiners:
            i += 1
        if i < len(tokens) and tokens[i][0] in know.them:
            np.people, np.head, np.end = True, PART_OF_GROUP, tokens[i][2]
            i += 1
        elif i < len(tokens):
            np.of_word = tokens[i][1]
    # the words read below lie at most nine after the first one read
    _have(tokens, more, i + 10)
    if (
        np.of_word >= 0
        and i + 2 < len(tokens)
        and tokens[i + 1][0] in know.copulas
        and _who_after_copula(tokens[i + 2][0], know)
    ):
        # "323 of the dead were Egyptians": who the part was, after the copula
        i += 2
    elif (
        i == 0
        and len(tokens) > 1
        and tokens[0][0] in know.copulas
        and _who_after_copula(tokens[1][0], know)
    ):
        # "Of the 31 dead, 12 were women": who they were, after the copula
        i = 1
    # "24 of them from Khatlon": the part of a group that comes from there (a
    # partitive that opens no "of them" may be "from" itself: "из Москвы")
    o = i if np.head == PART_OF_GROUP else 0
    if o < len(tokens) and tokens[o][0] in know.origin_words:
        # "آلافا من دول آسيا الوسطى": who they are, by where they come from
        for width in (3, 2, 1):
            key = " ".join(t[0] for t in tokens[o + 1 : o + 1 + width])
            if len(tokens) > o + width and key in know.origins:
                np.subject, np.end = know.origins[key], tokens[o + width][2]
                return np
        home = _home_after(tokens, o + 1, know)
        if home is not None:
            # "one from Khujand": a town of a group's home stands for its people
            np.subject, np.end = home
            return np
    for n, (as_written, _, w_end) in enumerate(tokens[i : i + 6], start=i):
        # "مئات الاسري", "120 من الجنود", "40 من السوريين": the first noun read
        # may carry a proclitic (the article) the lexicon lists without
        first = n == i or (n == i + 1 and tokens[i][0] in know.origin_words)
        word = _without_proclitic(as_written, know) if first else as_written
        pair = f"{word} {tokens[n + 1][0]}" if n + 1 < len(tokens) else ""
        if pair in know.demonym_of:
            np.subject = know.demonym_of[pair]
            continue
        # the figure's own noun may be a demonym in the accusative ("214 مصريا")
        group = (know.counted_demonym_of if n == i else know.demonym_of).get(word)
        if group is not None and n + 1 < len(tokens) and tokens[n + 1][0] in know.units:
            # "200,000 Egyptian pounds", "египетских фунтов": a currency of the country
            np.unit, np.head, np.end = (
                know.units[tokens[n + 1][0]],
                tokens[n + 1][0],
                tokens[n + 1][2],
            )
            break
        if group is not None and np.subject is None:
            np.subject = group
            np.end = w_end
            # "около 300 казахстанцев, из них", "699 minor Russians whose": the
            # people themselves (one word before, at most, qualifies them)
            if n <= i + 1 and _alone(text, tokens, n, know):
                np.people = True
            continue
        if pair and pair in know.units:
            np.unit, np.head, np.end = know.units[pair], pair, tokens[n + 1][2]
            break
        if (
            n == i
            and word in know.singulars
            and (written == "1" or know.lex.cardinals.get(written) == 1)
        ):
            word = know.singulars[word]  # "one nurse": one of the nurses
        if word in know.people:
            if _the_speaker(text, end, tokens, n, more=more, know=know):
                break  # "killed 90, police said": who said it, not whom the figure counts
            np.people, np.head, np.end = True, word, w_end
            if _right_after(text, tokens, n) and tokens[n + 1][0] in know.counted_demonym_of:
                # Arabic puts the adjective after its noun: "مواطن طاجيكي", "مواطنا مصريا"
                # (right after it: "6,000 fighters, Saudi Arabia with 2,500" is a list)
                np.subject = np.subject or know.counted_demonym_of[tokens[n + 1][0]]
                np.end = tokens[n + 1][2]
            # the role in English where the lexicon gives one ("رجال" -> "men")
            english = know.people[word]
            np.role = (
                None if word in know.generic else (english if isinstance(english, str) else word)
            )
            last = _coordinated(tokens, n, np, know) if np.role is not None else n
            _have(tokens, more, last + 4)  # the words after a second noun joined to it
            after = " ".join(t[0] for t in tokens[last + 1 : last + 4])
            key = _origin_opening(after, know.origins) if _right_after(text, tokens, last) else None
            if key is not None:
                # "رجال اسيا الوسطي": men of Central Asia
                np.subject = np.subject or know.origins[key]
                np.end = tokens[last + len(key.split())][2]
            if np.subject is None:
                # "160 fighters with Russian citizenship": the nationality they hold
                np.subject = _nationality_held(index, tokens[last + 1 : last + 1 + _HELD])
            # "men from Central Asia": an origin names the subject, not a place
            nxt = tokens[last + 1 : last + 4]
            if nxt and nxt[0][0] in know.origin_words:
                origin = " ".join(t[0] for t in nxt[1:3])
                for key in (origin, nxt[1][0] if len(nxt) > 1 else ""):
                    if key in know.origins:
                        np.subject = np.subject or know.origins[key]
                        np.end = nxt[0][2] + 1 + len(key)
                        break
                    place = know.place_of.get(key)
                    if np.subject is None and np.role and place and _in_a_home(place):
                        np.role = f"{place} {np.role}"  # "Khujand children": their group
                        np.end = nxt[0][2] + 1 + len(key)
                        break
            break
        if word in know.units:
            if word in know.instances and _instances_of_people(tokens, n, more, know):
                continue  # "120 cases of local men": the men are read next
            np.unit, np.head, np.end = know.units[word], word, w_end
            break
        if word in know.measure_of and np.role is None:
            # "eight martyrs, only of the civilians": who the measure's noun counts
            np.role = _people_after(tokens[n + 1 : n + 4], know)
        if (
            word in know.measure_of
            and n + 1 < len(tokens)
            and tokens[n + 1][0] in know.people
            and not text[w_end : tokens[n + 1][1]].strip()
        ):
            continue  # "two injured guards died": a participle before its noun describes them
        if word in know.stop or word in know.measure_of:
            break
        if np.people and np.head == PART_OF_GROUP and word not in know.people:
            break
    return np
