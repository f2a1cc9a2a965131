"""Who states a figure: the subject of a reporting verb, a reporting noun, a pronoun resolved."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from .index import Index, Verb, between, name_following
from .knowledge import Knowledge

__all__ = ["read_speaker"]

_LETTERS = re.compile(r"[^\W\d_]+")
_QUOTE_OR_COMMA_BEFORE = re.compile(r"[,\"”’\']\s*$")
_NAME_TOKENS = re.compile(r"[\w'./-]+|[^\w\s]")
_LOWER_WORDS = re.compile(r"[a-z][\w'-]*")


# How far (in characters) before a reporting verb its speaker is looked for,
# and how far after "according to". A name with its title and an appositive
# (", who tracks fighters in Syria,") fits easily; the bound keeps the work for
# each verb constant in a sentence that has no end.
_NAME_REACH = 300

# ", the ministry said": a verb after the figure attributes it when a comma or
# a closing quote and at most six words stand before the verb. Only the text
# that close to the verb can hold them, so only that much is searched.
_ATTRIBUTION_AFTER = re.compile(r"[,،\"”’]\s*(?:[\w.'-]+\s+){0,6}$")
_ATTRIBUTION_REACH = 200


def read_speaker(index: Index, start: int, end: int, sentence: tuple[int, int]) -> str | None:
    """Who states the figure: a reporting verb's subject, or a reporting noun."""
    know, text = index.know, index.ftext
    s_start, s_end = sentence
    # attribution belongs to the part of the sentence between semicolons
    part_start = max(s_start, text.rfind(";", s_start, start) + 1)
    part_end = text.find(";", start, s_end)
    part_end = s_end if part_end < 0 else part_end
    # Background words ("where 60,000 people live") after a verb and before the
    # figure: a search from a later verb finds only what one from an earlier
    # verb finds, so one search serves every verb up to the word it finds, and
    # after a search that finds none no verb needs one.
    background_until, background_none = -1, False
    for m in between(index.verbs, index.verb_starts, part_start, part_end):
        if m.start < end and m.end > start:
            continue  # "an estimated 4,500": part of the figure, not a report
        if m.start >= end and not _ATTRIBUTION_AFTER.search(
            text, max(end, m.start - _ATTRIBUTION_REACH), m.start
        ):
            continue  # a verb after the figure attributes it only as ", the ministry said"
        if m.start < start and not background_none and m.end <= background_until:
            continue  # "X said ..., where 60,000 people live": the writer's background
        if m.start < start and not background_none:
            background = know.background_re.search(text, m.end, start)
            if background is not None:
                background_until = background.start()
                continue
            background_none = True
        if m.verb in know.passive or m.written in know.passive:
            continue  # "يقدر ان": estimated, by no one named
        if know.verb_first:
            name = name_following(index, m.end, part_end) or _last_named(index, m.start)
        elif m.verb in know.after_verbs:
            name = _name_after(index, m.end, part_end)
        else:
            before = _before_verb(index, m)
            if before.passive:
                continue  # "are estimated to have travelled": no agent
            name = _resolve_pronoun(index, part_start) if before.pronoun else before.name
            if name is None and before.quote_or_comma:
                # inverted attribution after a quote: '"...," said the minister'
                name = _name_after(index, m.end, part_end)
        if name:
            return name
    # "reports ... that hundreds of militants": a report as the source. A
    # complementizer after a later reporting noun is also after the first one,
    # so only the first reporting noun can be the source.
    for word in _LETTERS.finditer(text, part_start, start):
        if word.group() in know.reporting_nouns:
            if know.complementizer_re.search(text, word.end(), start):
                return word.group()
            return None
    return None


def _last_named(index: Index, before: int) -> str | None:
    """The speaker named last before ``before`` (a verb with no name continues it)."""
    o_before, _ = index.folded.span(before, before)
    i = bisect.bisect_left(index.named_starts, o_before) - 1
    return index.named[i][1] if i >= 0 else None


class _BeforeVerb(NamedTuple):
    """What the text before a reporting verb says of its speaker."""

    passive: bool  # "are estimated to have travelled": no agent
    name: str | None  # the speaker written right before the verb
    pronoun: bool  # "he said": the speaker is the person named last
    quote_or_comma: bool  # '"...," said the minister': the speaker may follow the verb


def _before_verb(index: Index, verb: Verb) -> _BeforeVerb:
    """Read the text before ``verb`` for its speaker, once per verb.

    The text read is that of the verb's own sentence part, at most
    ``_NAME_REACH`` characters: it does not depend on the figure, so every
    figure near the verb shares one reading.
    """
    key = ("before verb", verb.start)
    known = index.memo.get(key)
    if isinstance(known, _BeforeVerb):
        return known
    text = index.ftext
    lo = max(index.sentence(verb.start)[0], verb.start - _NAME_REACH)
    lo = max(lo, text.rfind(";", lo, verb.start) + 1)  # within the verb's part of the sentence
    if index.know.passive_before_re.search(text, lo, verb.start):
        found = _BeforeVerb(passive=True, name=None, pronoun=False, quote_or_comma=False)
    else:
        name = _name_before(index, lo, verb.start)
        found = _BeforeVerb(
            passive=False,
            name=None if name is _PRONOUN else name,
            pronoun=name is _PRONOUN,
            quote_or_comma=_QUOTE_OR_COMMA_BEFORE.search(text, lo, verb.start) is not None,
        )
    index.memo[key] = found
    return found


# what _name_before returns for "he said": a pronoun to resolve against the figure's sentence
_PRONOUN = "\x00pronoun"


def _name_before(index: Index, lo: int, verb_start: int) -> str | None:
    """The speaker written right before a reporting verb, or ``_PRONOUN``."""
    know = index.know
    o_lo, o_verb = index.folded.span(lo, verb_start)
    original = index.folded.original[o_lo:o_verb]
    # drop a trailing appositive (", who tracks fighters in Syria,") and auxiliaries
    original = know.trailing_appositive_re.sub(" ", original)
    # "The ministry, however, has said": a parenthetical word between name and verb
    original = know.parenthetical_re.sub(" ", original)
    # "has also said": words between name and verb that are not the name
    original = know.trailer_re.sub("", original).rstrip()
    original = know.trailer_re.sub("", original).rstrip()
    tokens = _NAME_TOKENS.findall(original.rstrip(" ,\"”’'"))
    if tokens and tokens[-1].lower() in know.pronouns:
        return _PRONOUN
    words: list[str] = []
    for n in range(len(tokens) - 1, max(-1, len(tokens) - 13), -1):
        token, low = tokens[n], tokens[n].lower()
        if token[:1].isupper() or low in know.groups or (low in know.links and words):
            words.insert(0, token)
        elif (
            words
            and words[-1].lower() in know.groups
            and token.isalpha()
            and (n > 0 and tokens[n - 1].lower() in know.articles)
        ):
            words.insert(0, token)  # "the health ministry", "a ministry statement"
        else:
            break
    while words and words[0].lower() in know.links:
        words.pop(0)
    if not words:
        return None
    if len(words) == 1 and words[0].lower() in know.pronouns:
        return _PRONOUN
    if all(w.lower() in know.links for w in words):
        return None
    name = _strip_titles(words, know)
    return " ".join(name) if name else None


def _strip_titles(words: list[str], know: Knowledge) -> list[str]:
    """Drop "the" and a leading run of titles before a person's name (see speakers.toml)."""
    if words and words[0].lower() in know.definite:
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


def _name_after(index: Index, verb_end: int, hi: int) -> str | None:
    """The speaker written right after "according to" or an inverted "said"."""
    know = index.know
    o_start, o_end = index.folded.span(verb_end, min(hi, verb_end + _NAME_REACH))
    original = index.folded.original[o_start:o_end]
    m = know.capitalised_name_re.match(original)
    if m is not None:
        name = _strip_titles(m.group(1).split(), know)
        while name and name[-1].lower() in know.links:
            name.pop()
        return " ".join(name) or None
    # lower case: "according to prosecutors", "according to a ministry statement"
    words = _LOWER_WORDS.findall(original[:60].lower())[:4]
    while words and words[0] in know.articles:
        words.pop(0)
    for n, word in enumerate(words):
        if word in know.groups:
            return " ".join(words[: n + 1])
    return None


def _resolve_pronoun(index: Index, before: int) -> str | None:
    """The person named last before ``before``, with the fullest form of the name."""
    o_before, _ = index.folded.span(before, before)
    i = bisect.bisect_left(index.named_starts, o_before) - 1
    if i < 0:
        return None
    last = index.named[i][1].split()[-1]
    return _clean_name(index.full_names.get(last, last), index.know)


def _clean_name(name: str, know: Knowledge) -> str:
    words = name.split()
    return " ".join(_strip_titles(words, know))
