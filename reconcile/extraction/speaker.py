"""Who states a figure: the subject of a reporting verb, a reporting noun, a pronoun resolved."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable
from typing import NamedTuple

from ..text import fold, trie_regex
from .index import Index, Verb, name_following, organization_ending, speaker_start
from .knowledge import Knowledge
from .reader import word_before
from .sources import (
    canonical_speaker,
    is_organization,
    last_organization,
    movement,
    national_society_before,
    nominative,
    title_without_name,
    titled_person,
)
from .tails import ends_with, last_tokens, phrase_tails, sub_at_end

__all__ = ["read_speaker"]

_LETTERS = re.compile(r"[^\W\d_]+")
# '"...," said', '«...», — заявил': a quote or a comma, and a dash after a
# closing guillemet, before an inverted reporting verb
_QUOTE_OR_COMMA_BEFORE = re.compile(r"(?:[,\"”’\'»]|[,»]\s*[-–—])\s*$")
_QUOTE_OR_COMMA_ENDS = tuple(",\"”’'»-–—")  # what its match ends with, spaces aside
_NAME_TOKENS = re.compile(r"[\w'./-]+|[^\w\s]")
_TRAILING_SHORT_FORM = re.compile(r"\s*\([^()\s]{1,12}\)\s*$")
# a word right after, spaces apart (no comma or stop between)
_WORD_NEXT = re.compile(r"[ \t]+[^\W\d_]")
_COMMA, _CLOSING_PAREN, _GUILLEMET = (",",), (")",), ("»",)
_APPOSITIVE_ENDS = (",", ',"', ",”", ",’", ",»")  # ', titled "No Way Out," says'
_LOWER_WORDS = re.compile(r"[^\W\d_][\w'-]*")


# How far (in characters) before a reporting verb its speaker is looked for,
# and how far after "according to". A name with its title and an appositive
# (", who tracks fighters in Syria,") fits easily; the bound keeps the work for
# each verb constant in a sentence that has no end.
_NAME_REACH = 300
_DIGIT = re.compile(r"\d")

# ", the ministry said": a verb after the figure attributes it when a comma or
# a closing quote and at most nine words stand before the verb (", the
# International Committee of the Red Cross said"). Only the text that close
# to the verb can hold them, so only that much is searched.
# ", the ministry said", ", the Management Authority (AFAD) said": a short form may close the name
_ATTRIBUTION_AFTER = re.compile(
    r"[,،\"”’»](?:\s*[-–—])?\s*(?:[\w.'-]+\s+){0,9}(?:\([^()\s]{1,12}\)\s+)?$"
)
_ATTRIBUTION_REACH = 200


# How far back (in characters, and in reporting verbs) an attribution made
# before a figure's sentence still holds for it: "The ministry said ... It
# added that 27 mothers were among them." News carries a source over a few
# sentences of a paragraph and into the next; the bounds keep the walk back
# constant per figure.
_CARRY_REACH = 1500
_CARRY_VERBS = 8


def read_speaker(index: Index, start: int, end: int, sentence: tuple[int, int]) -> str | None:
    """Who states the figure, as output (canonical English or Latin letters).

    The speaker of its own sentence (a reporting verb's subject, a reporting
    noun); a speaker that only refers back ("the agency", "it") or none at
    all takes the source of the attribution made last before the sentence,
    which holds until another takes over. A figure with no attribution
    before it in reach is the outlet's own: no speaker.
    """
    owner = _count_owner(index, start)
    if owner is not None:
        return canonical_speaker(owner, index.know)
    quiet = index.long_sentences and not _live_around(index, sentence)
    name = _sentence_speaker(index, start, end, sentence, verbs=not quiet)
    if name is None and not index.long_sentences:
        # '"Fourteen have died. Our teams are searching," X told Reuters': a
        # quotation of several sentences is attributed once, after it closes
        close = _quotation_close(index, sentence)
        after = _FIRST_AFTER_MARK.match(index.ftext, close + 1) if close is not None else None
        if close is not None and not (after and after.group(1) in index.know.pronouns):
            # (', he said': a pronoun, whom the sentences before name better)
            # read as a figure at the quotation's end would be, inside it, in
            # what follows it only: the quotation's own last sentence ("The
            # ministry counts only ...") says nothing of who speaks
            at = max(index.sentence(close)[0], close - 1)
            name = _sentence_speaker(index, at, at + 1, (at, index.sentence(close)[1]))
    if name is None:
        caption = _caption_source(index, start) or _colon_source(index, start, sentence)
        if caption is not None:
            return canonical_speaker(caption, index.know)
    if name is None and quiet:
        # no attribution before the sentence can carry into it, nor one after
        # a headline back into it: every path below ends with no speaker
        return None
    if name is None and _unattributed(index, start, sentence):
        return None
    if name is None and (_opening(index, sentence) or _refers_back_next(index, sentence[1])):
        name = _next_attribution(index, sentence[1])
    role = name is not None and _role_only(name, index.know)
    if name is None or role or _refers_back(name, index.know):
        # a sentence that reports ("по его словам", "he added") or names its
        # speaker by an office ("уточнил глава Чечни") goes on with the last
        # speaker even across a paragraph break
        reports = (
            role
            or _any_verb(index, "continues", _continues, *sentence)
            or _opens_with_part(index, sentence)
        )
        paragraph = sentence[0] - _CARRY_REACH if reports else index.paragraph_start(start)
        if name is not None and _is_document(name, index.know):
            # "وأظهرت الدراسة" after "بحسب صحيفة ...": the study is the
            # document named before, not the outlet that reported it
            carried = _carried_speaker(
                index, sentence[0], sentence[0] - _CARRY_REACH, _is_document
            ) or _carried_speaker(index, sentence[0], paragraph)
        else:
            carried = _carried_speaker(index, sentence[0], paragraph)
            if name is not None and role is False:
                # "the ministry said" after "the health ministry said", with
                # volunteers quoted in between: the body of that noun
                kin = _same_kind(index, sentence[0], name)
                if kin is not None:
                    name = carried = kin
        if carried is None and name is None and not reports:
            # a report or a study the article goes on reporting holds past
            # its paragraph: "أورد تقرير ..." then the ranking it gives
            earlier = _carried_speaker(index, sentence[0], sentence[0] - _CARRY_REACH)
            if earlier is not None and _is_document(earlier, index.know):
                carried = earlier
        if carried is None and name is not None and not reports:
            # "агентство пишет" in a new paragraph: the body named before it,
            # further back; a person there is not "the agency"
            further = _carried_speaker(index, sentence[0], sentence[0] - _CARRY_REACH)
            carried = further if further and not _named_person(index, further) else None
        if (
            carried is None
            and name is not None
            and role is False
            and _refers_back(name, index.know)
        ):
            # "The Red Crescent has recovered 31 bodies, the group said": with no
            # source before, the body the sentence itself names
            before = index.ftext[max(sentence[0], start - _BODY_BEFORE_REACH) : start]
            # (read once per text: a page without full stops repeats its phrases)
            carried = index.read(
                ("body before", before), lambda: last_organization(before, index.know)
            )
        if role:
            # "уточнил глава Чечни" after "написал Кадыров": an office with no
            # name is held by the person just quoted, never by a body
            if carried and _is_person(carried, index.know):
                name = carried
        elif carried and (
            name is None or not carried[:1].islower() or fold(carried) in index.know.organizations
        ):
            name = carried  # "the agency" is a body named before, not a spokesman
    if name:
        name = _person_with_title(index, name, sentence[0]) or name
        name = _society_named_before(index, name, sentence[0]) or name
    return canonical_speaker(name, index.know) if name else None


def _quotation_close(index: Index, sentence: tuple[int, int]) -> int | None:
    """Where a quotation the sentence lies in closes, when it goes on past the sentence.

    Quotation marks are read from the paragraph's start, in a paragraph
    that starts at most ``_QUOTE_REACH`` characters before the sentence; the
    closing mark is looked for at most as far after the sentence.
    """
    key = ("quotation close", sentence[0])
    known = index.memo.get(key)
    if not isinstance(known, int):
        known = index.memo[key] = _read_quotation_close(index, sentence)
    return known if known >= 0 else None


def _read_quotation_close(index: Index, sentence: tuple[int, int]) -> int:
    """What :func:`_quotation_close` reads, ``-1`` for none (once per sentence)."""
    text = index.ftext
    s_start, s_end = sentence
    paragraph = index.paragraph_start(s_start)
    if s_start - paragraph > _QUOTE_REACH:
        return -1  # counted from the middle of a long paragraph, the marks pair wrongly
    inside = False
    for ch in text[paragraph:s_end]:
        if ch in _OPENING_MARKS:
            inside = True
        elif ch in _CLOSING_MARKS:
            inside = False
        elif ch == '"':
            inside = not inside
    if not inside:
        return -1
    # within the paragraph: a mark left open never takes a later paragraph's speaker
    stop = text.find("\n", s_end, s_end + _QUOTE_REACH)
    close = _CLOSING_MARK.search(text, s_end, stop if stop >= 0 else s_end + _QUOTE_REACH)
    return close.start() if close is not None else -1


# the first word after a closing quotation mark: ', he said', '», - сказала она'
_FIRST_AFTER_MARK = re.compile(r"[\s,.;:!?\-–—]*([^\W\d_]+)")
# (“ closes a „...“ quotation but opens an English one: read as opening, it may
# leave a quotation open, so the closing mark is looked for in its paragraph only)
_OPENING_MARKS = frozenset("“«„")
_CLOSING_MARKS = frozenset("”»")
_CLOSING_MARK = re.compile(r'[”»"]')
# How far before a sentence its quotation may open, and after it close, in characters.
_QUOTE_REACH = 600


def _society_named_before(index: Index, name: str, before: int) -> str | None:
    """The national society a bare "the Red Cross" refers back to, if one was named before.

    "The Kenya Red Cross said ... The Red Cross added": the second is the
    society named first, not the ICRC. The sources named before ``before``
    (at most ``_CARRY_VERBS`` verbs, within ``_CARRY_REACH``) are read.
    """
    know = index.know
    society = movement(name, know)
    if society is None:
        return None
    return _carried_speaker(
        index,
        before,
        before - _CARRY_REACH,
        lambda n, k: canonical_speaker(n, k).endswith(" " + society),
    )


# A row of a table flattened into lines ("Germany 760") is a short line; the
# caption naming the table's source ("(Source: Soufan Group)") closes the
# block of lines, within a bounded reach so the work per figure is constant.
_ROW_CHARS = 60
_CAPTION_REACH = 600


def _caption_source(index: Index, start: int) -> str | None:
    """The source a caption gives for the table row holding ``start``, else None."""
    text = index.ftext
    line_end = text.find("\n", start, start + _ROW_CHARS + 1)
    if line_end < 0 or line_end - index.paragraph_start(start) > _ROW_CHARS:
        return None  # prose, not a row
    stop = min(len(text), line_end + _CAPTION_REACH)
    block_end = text.find("\n\n", line_end, stop)
    found = index.know.source_caption_re.search(
        text, line_end, stop if block_end < 0 else block_end
    )
    if found is None:
        return None
    return index.original(*found.span("name")).strip(" \t.:;,") or None


def _colon_source(index: Index, start: int, sentence: tuple[int, int]) -> str | None:
    """A known body that opens the figure's line before a colon: "UN: 10 million displaced".

    A headline's way of attributing what follows; a place there ("Sudan: 10
    million displaced") or any other word is a topic, not a source.
    """
    text = index.ftext
    # a headline is short: its line starts at most _HEADLINE_REACH before the
    # figure (so a page of one endless line is not read back for every figure)
    lo = max(sentence[0], start - _HEADLINE_REACH)
    newline = text.rfind("\n", lo, start)
    if newline >= 0:
        line_start = newline + 1
    elif lo == sentence[0] and (lo == 0 or text[lo - 1] == "\n"):
        line_start = lo
    else:
        return None
    colon = text.find(":", line_start, min(start, line_start + _COLON_REACH))
    if colon < 0:
        return None
    name = text[line_start:colon].strip()
    if name not in index.know.organizations:
        return None
    return index.original(line_start, colon).strip() or None


# How far into its line the colon after a source may stand.
_COLON_REACH = 60
# How far before a figure the start of a headline's line may stand.
_HEADLINE_REACH = 200


# A sentence that counts parts of a group named before opens with its word
# for "them" ("Twenty-four of them", "ومنهم 24", "Из них 24"): within a few
# words of its start, so the search is bounded.
_PART_WORDS = 4
_PART_REACH = 40


def _opens_with_part(index: Index, sentence: tuple[int, int]) -> bool:
    """Whether a sentence opens by counting parts of the group just counted.

    "Twenty-four of them come from Dagestan, three from Chechnya" goes on
    with the figures before it, across a paragraph break too, and so with
    their source.
    """
    s_start, s_end = sentence
    # the words read are those of the sentence's opening only: one reading per opening
    opening = index.ftext[s_start : min(s_end, s_start + _PART_REACH)]
    if not index.long_sentences:
        return _part_opens(index.know, opening)
    return index.read(("opens with part", opening), lambda: _part_opens(index.know, opening))


def _part_opens(know: Knowledge, opening: str) -> bool:
    """Whether one of the first words of ``opening`` is a word for "them"."""
    words = _LETTERS.finditer(opening)
    for word in itertools.islice((m.group() for m in words), _PART_WORDS + 1):
        # "ومنهم": a proclitic may stand in front
        if word in know.them or any(
            word.startswith(p) and word[len(p) :] in know.them for p in know.lex.prefixes
        ):
            return True
    return False


def _person_with_title(index: Index, name: str, before: int) -> str | None:
    """The person a bare title refers back to: "وأوضح الرئيس" after "قال رئيس ... رمضان قديروف".

    The speakers named last before ``before`` (at most ``_CARRY_VERBS`` of
    them) are read for one introduced with the same title and a name.
    """
    title = title_without_name(name, index.know)
    if title is None:
        return None
    o_before, _ = index.folded.span(before, before)
    i = bisect.bisect_left(index.named_starts, o_before) - 1
    for _, earlier in index.named[max(0, i - _CARRY_VERBS + 1) : i + 1][::-1]:
        if titled_person(earlier, title, index.know):
            return earlier
    return None


def _is_document(name: str, know: Knowledge) -> bool:
    """Whether a speaker is a document ("تقرير لمجموعة صوفان", "a study by ..."), not a voice."""
    words = fold(name).split()
    return bool(words) and words[0] in know.documents


def _opening(index: Index, sentence: tuple[int, int]) -> bool:
    """Whether a sentence is the first of the text's body: a headline or a lead."""
    if index.folded.offset(sentence[0]) < index.body_start:
        return False
    i = bisect.bisect_right(index.sentence_starts, sentence[0]) - 1
    return i == 0 or index.folded.offset(index.sentence_starts[i - 1]) < index.body_start


def _next_attribution(index: Index, after: int) -> str | None:
    """The source the text names right after its opening sentence.

    A headline or a lead with no source of its own ("Up to 11,000 civilians
    died") states what the next lines attribute ("..., AP said on
    Wednesday", "Эти данные привёл ..."); only the first ``_NAME_REACH``
    characters after it are read. A verb-first language reads the name after
    its verb by position alone, too weakly to carry it back into a headline:
    there only "according to" ("وبحسب تحقيق ...") or a document that speaks
    ("أظهر تحقيق ...") is carried back.
    """
    know = index.know
    first, stop = _verb_range(index, after, after + _NAME_REACH)
    if first >= stop:
        return None
    # only the first sentence that reports: a later one reports something else
    _, s_end = index.sentence(index.verbs[first].start)
    for verb in _live_verbs(index, first, stop):
        if verb.start >= s_end:
            break
        name = _verb_speaker(index, verb)
        if not name or _refers_back(name, know) or _only_articles(name, know):
            continue
        if know.verb_first and verb.verb not in know.after_verbs and not _is_document(name, know):
            continue
        return name
    return None


def _live_around(index: Index, sentence: tuple[int, int]) -> bool:
    """Whether a verb that may name someone stands where a figure's speaker is read.

    The verbs :func:`_carried_speaker` reads before the sentence, those of
    the sentence, and those :func:`_next_attribution` reads after it: one
    range of ``index.verbs``, bisected in the verbs of a page with a
    sentence that has no end (:func:`_all_live`), whose figures mostly have
    none.
    """
    lo = max(0, bisect.bisect_left(index.verb_starts, sentence[0]) - _CARRY_VERBS)
    hi = bisect.bisect_right(index.verb_ends, sentence[1] + _NAME_REACH)
    live = _all_live(index)
    return bisect.bisect_left(live, lo) < bisect.bisect_left(live, hi)


def _place_at(index: Index, pos: int) -> bool:
    """Whether a place the index knows starts at ``pos`` (an article may stand before it)."""
    i = bisect.bisect_left(index.place_starts, pos)
    return i < len(index.place_starts) and index.place_starts[i] - pos <= _ARTICLE_CHARS


# How many characters an article before a place may take ("the ").
_ARTICLE_CHARS = 4


def _refers_back_next(index: Index, end: int) -> bool:
    """Whether the sentence after ``end`` opens by referring back to it: "Об этом сообщил X".

    Its attribution is that of the sentence before (speakers.toml
    [refer_back_openers]).
    """
    pattern = index.know.refer_back_opener_re
    return pattern is not None and pattern.match(index.ftext, end) is not None


# How far before a figure the body a referring noun stands for is looked for, in characters.
_BODY_BEFORE_REACH = 200


def _refers_back(name: str, know: Knowledge) -> bool:
    """Whether a speaker is a noun referring to a source named before ("the agency")."""
    words = fold(name).split()
    # "the agency", "представитель ведомства": the body named before, or its spokesman
    while words and words[0] in know.leading_words:
        words.pop(0)
    return len(words) == 1 and words[0] in know.referring_words


def _unattributed(index: Index, start: int, sentence: tuple[int, int]) -> bool:
    """Whether the text marks a figure as no one's: "are believed to", "where 60,000 live".

    A passive report ("يقدر أن", "сообщается") or a background clause before
    the figure is the writer's voice: no earlier speaker is carried into it.
    """
    know = index.know
    if _any_verb(index, "impersonal", _impersonal, *sentence):
        return True
    lo = max(sentence[0], start - _NAME_REACH)
    if _first_word(index, know.passive, lo, start) is not None:
        return True  # "ويقدر أن آلافا": an impersonal report
    return index.search(know.background_re, lo, start) is not None


def _any_verb(
    index: Index, name: str, test: Callable[[Index, Verb], bool], lo: int, hi: int
) -> bool:
    """Whether ``test`` holds for a reporting verb inside ``[lo, hi)`` (as ``between`` finds them).

    The verbs that pass are found once per document and the range is
    bisected: a sentence with no end holds thousands of verbs, and each of
    its figures asks.
    """
    first, stop = _verb_range(index, lo, hi)
    if stop - first <= _FEW_VERBS:
        return any(test(index, index.verbs[n]) for n in range(first, stop))
    passing = _passing(index, name, test)
    n = bisect.bisect_left(passing, first)
    return n < len(passing) and passing[n] < stop


# Up to this many verbs in a range are tested one by one: a document's verbs
# are all tested only for a range longer than that, as a sentence with no end has.
_FEW_VERBS = 8


def _passing(index: Index, name: str, test: Callable[[Index, Verb], bool]) -> list[int]:
    """The positions in ``index.verbs`` of the verbs that pass ``test`` (found once)."""
    key = (name, -1)  # verb positions are never negative
    passing = index.memo.get(key)
    if not isinstance(passing, list):
        passing = [n for n, verb in enumerate(index.verbs) if test(index, verb)]
        index.memo[key] = passing
    return passing


def _passing_in(
    index: Index, name: str, test: Callable[[Index, Verb], bool], first: int, stop: int
) -> list[int]:
    """The positions in ``[first, stop)`` of ``index.verbs`` whose verbs pass ``test``, in order.

    What :func:`_passing` gives for the range, without testing every verb of
    the document when the range is short.
    """
    if stop - first <= _FEW_VERBS:
        return [n for n in range(first, stop) if test(index, index.verbs[n])]
    passing = _passing(index, name, test)
    i = bisect.bisect_left(passing, first)
    return passing[i : bisect.bisect_left(passing, stop, i)]


def _verb_range(index: Index, lo: int, hi: int) -> tuple[int, int]:
    """The positions in ``index.verbs`` of the verbs inside ``[lo, hi)``, as ``between`` finds them.

    Verbs do not overlap: those inside are the run from the first starting at
    ``lo`` or later to the last ending at ``hi`` or before.
    """
    return bisect.bisect_left(index.verb_starts, lo), bisect.bisect_right(index.verb_ends, hi)


def _verbs_to_read(index: Index, lo: int, hi: int, end: int) -> list[Verb]:
    """The verbs of ``[lo, hi)`` that may attribute a figure ending at ``end``.

    A verb far enough after the figure attributes it only if it attributes
    back from its own last ``_ATTRIBUTION_REACH`` characters, which is found
    once per document: the others are left out here rather than tried for
    every figure of a long sentence.
    """
    first, stop = _verb_range(index, lo, hi)
    if first >= stop:
        return []  # no verb inside: most figures of a page that reports nothing
    near = max(first, min(stop, bisect.bisect_left(index.verb_starts, end + _ATTRIBUTION_REACH)))
    verbs = _live_verbs(index, first, near)
    for n in _passing_in(index, "attributes back", _attributes_back_alone, near, stop):
        if _may_name(index, index.verbs[n]):
            verbs.append(index.verbs[n])
    return verbs


def _live_verbs(index: Index, first: int, stop: int) -> list[Verb]:
    """The verbs of ``index.verbs[first:stop]`` that may name a speaker (:func:`_may_name`).

    The others name no one whatever figure asks ("300 fighters said"): a
    sentence with no end holds thousands of them, and each figure asks.
    """
    verbs = index.verbs
    if index.long_sentences:
        # a page with a sentence that has no end: its figures ask for the
        # verbs of overlapping windows again and again, so every verb is read
        # once here (the work per verb is bounded) and a range is bisected
        every = _all_live(index)
        i = bisect.bisect_left(every, first)
        return [verbs[n] for n in every[i : bisect.bisect_left(every, stop, i)]]
    out: list[Verb] = []
    for block in range(first // _VERB_BLOCK, (stop - 1) // _VERB_BLOCK + 1):
        key = ("may name", block)  # the live verbs of one block, read when first asked
        live = index.memo.get(key)
        if not isinstance(live, list):
            lo = block * _VERB_BLOCK
            live = [
                n
                for n in range(lo, min(lo + _VERB_BLOCK, len(verbs)))
                if _may_name(index, verbs[n])
            ]
            index.memo[key] = live
        if not live:
            continue  # most blocks of a page of verbs that name no one
        if first <= live[0] and live[-1] < stop:
            out.extend([verbs[n] for n in live])
        else:
            out.extend([verbs[n] for n in live if first <= n < stop])
    return out


def _all_live(index: Index) -> list[int]:
    """The positions in ``index.verbs`` of the verbs that may name a speaker (found once)."""
    key = ("may name", -1)  # block numbers are never negative
    live = index.memo.get(key)
    if not isinstance(live, list):
        live = [n for n, verb in enumerate(index.verbs) if _may_name(index, verb)]
        index.memo[key] = live
    return live


# How many verbs are read for their liveness at once: a few more than a
# sentence holds, so that prose reads few verbs it needs not, and a sentence
# with no end reads a handful of blocks per figure
_VERB_BLOCK = 8


def _may_name(index: Index, verb: Verb) -> bool:
    """Whether a reporting verb may name the speaker of some figure (read once per verb).

    A passive verb, one after a passive auxiliary, and one with neither a
    name, a pronoun nor a quote or a comma before it name no one, whichever
    figure reads them: :func:`_sentence_speaker` passes them over.
    """
    know = index.know
    if verb.verb in know.passive or verb.written in know.passive:
        return False
    if verb.verb in know.opening_only and not _opens_and_reports(index, verb):
        return False
    if know.verb_first or verb.verb in know.after_verbs:
        return True
    before = _before_verb(index, verb)
    if before.passive:
        return False
    if before.name is not None or before.pronoun or before.quote_or_comma:
        return True
    return (
        know.subject_after_verb
        and not before.first_person
        and _inverted(index, verb, index.sentence(verb.start)[1]) is not None
    )


def _inverted(index: Index, verb: Verb, hi: int) -> str | None:
    """The subject written after a verb that no name precedes: "Об этом сообщил X".

    A fronted object or time ("Об этом в понедельник сообщило министерство")
    puts the subject after its verb; read once per verb.
    """
    key = (f"inverted to {hi}", verb.start)
    if key not in index.memo:
        name = _nominative(_name_after(index, verb.end, hi), verb, index.know)
        # a name (capitalised, as a known body's canonical name is) or a role:
        # "Об этом говорит и то, что ..." names no one
        know = index.know
        if name is not None and not (
            name[:1].isupper()
            or fold(name) in know.roles
            or _role_only(name, know)
            or fold(name).split()[0] in know.groups  # "министерство здравоохранения"
        ):
            name = None
        index.memo[key] = name
    known = index.memo[key]
    return known if isinstance(known, str) else None


# How far after a verb that opens its sentence its complementiser may stand:
# past a speaker's name, title and a short aside ("، في تصريحات أدلى بها أمس،").
_COMPLEMENTISER_REACH = 200


def _opens_and_reports(index: Index, verb: Verb) -> bool:
    """Whether a verb opens its sentence and a complementiser follows it: "وبيّن الوزير ... أن"."""
    s_start, s_end = index.sentence(verb.start)
    if _LETTER.search(index.ftext, s_start, verb.start) is not None:
        return False
    hi = min(s_end, verb.end + _COMPLEMENTISER_REACH)
    return index.search(index.know.complementizer_re, verb.end, hi) is not None


def _impersonal(index: Index, verb: Verb) -> bool:
    """Whether a reporting verb is passive, or has no agent before it (read once per verb)."""
    know = index.know
    return index.once(
        ("impersonal", verb.start),
        lambda: (
            (verb.verb in know.passive or verb.written in know.passive)
            or (
                not know.verb_first
                and verb.verb not in know.after_verbs
                and _before_verb(index, verb).passive
            )
        ),
    )


def _continues(index: Index, verb: Verb) -> bool:
    """Whether a reporting verb goes on with an earlier speaker (read once per verb)."""
    return index.once(("continues", verb.start), lambda: _reads_on(index, verb))


def _reads_on(index: Index, verb: Verb) -> bool:
    """Whether a reporting verb goes on with an earlier speaker: "he added", "по его словам"."""
    know = index.know
    if verb.verb in know.passive or verb.written in know.passive:
        return False
    s_end = index.sentence(verb.start)[1]
    # "وبينت الدراسة": the body named before goes on
    if know.verb_first:
        name = name_following(index, speaker_start(index, verb, s_end), s_end)
        return name is None or _refers_back(name, know)
    if verb.verb in know.after_verbs:
        if _by_pronoun(verb, know):
            return True  # "по его словам": whoever is named after the phrase
        return _name_after(index, verb.end, s_end) is None
    return _before_verb(index, verb).pronoun


def _role_only(name: str, know: Knowledge) -> bool:
    """Whether a speaker is an office and its place, with no one's name: "глава Чечни"."""
    words = fold(name).split()
    i = 0
    while i < len(words) and words[i] in know.title_words:
        i += 1
    return 0 < i < len(words) and " ".join(words[i:]) in know.place_of


def _is_person(name: str, know: Knowledge) -> bool:
    """Whether a speaker is a capitalised name that no organisation table knows."""
    folded = fold(name)
    if not name[:1].isupper() or folded in know.organizations:
        return False
    return not any(w in know.organizations or w in know.organization_heads for w in folded.split())


def _named_person(index: Index, name: str) -> bool:
    """Whether a name is that of someone the text names as a person ("Saidov said").

    A body the tables know ("Amnesty International said") is none, though named alike.
    """
    if not _is_person(name, index.know):
        return False
    key = ("named surnames", 0)
    surnames = index.memo.get(key)
    if not isinstance(surnames, frozenset):
        surnames = frozenset(named.split()[-1] for _, named in index.named)
        index.memo[key] = surnames
    return name.rsplit(maxsplit=1)[-1] in surnames


def _only_articles(name: str, know: Knowledge) -> bool:
    return all(w in know.article_words for w in fold(name).split())


def _same_kind(index: Index, before: int, name: str) -> str | None:
    """The last source before ``before`` whose name holds the noun ``name`` refers back with."""
    noun = fold(name).split()[-1]
    if noun not in index.know.referring_words or noun in index.know.pronouns:
        return None
    return _carried_speaker(
        index,
        before,
        before - _CARRY_REACH,
        lambda n, _: n != name and any(_one_word(noun, w) for w in fold(n).split()),
    )


def _one_word(a: str, b: str) -> bool:
    """Whether two words are one in two case forms: "министерства", "министерство".

    Cases change the end of a word: all but its last two letters agree.
    """
    if a == b:
        return True
    return min(len(a), len(b)) > 5 and abs(len(a) - len(b)) <= 2 and a[:-2] == b[: len(a) - 2]


def _carried_speaker(
    index: Index,
    before: int,
    paragraph: int,
    kind: Callable[[str, Knowledge], bool] | None = None,
) -> str | None:
    """The source of the last attribution made before ``before`` in its paragraph.

    A new paragraph without an attribution is the outlet's own voice; one
    that goes on with "he said" or "the agency said" is resolved by name.
    With ``kind``, the last source of that kind (a document for "the study").
    """
    know = index.know
    i = bisect.bisect_left(index.verb_starts, before) - 1
    lo = max(paragraph, before - _CARRY_REACH)
    for verb in _live_verbs(index, max(0, i - _CARRY_VERBS + 1), i + 1)[::-1]:
        if verb.start < lo:
            break
        name = _verb_speaker(index, verb)
        if not name or _refers_back(name, know) or _only_articles(name, know):
            continue
        if kind is None or kind(name, know):
            return name
    return None


def _verb_speaker(index: Index, verb: Verb) -> str | None:
    """Who a reporting verb names as its speaker, whatever figure asks (read once)."""
    key = ("verb speaker", verb.start)
    if key in index.memo:
        known = index.memo[key]
        return known if isinstance(known, str) else None
    know = index.know
    s_start, s_end = index.sentence(verb.start)
    name: str | None = None
    if verb.verb in know.passive or verb.written in know.passive:
        name = None
    elif verb.verb in know.relaying:
        name = _relayed(index, verb, s_end)
    elif know.verb_first:
        name = name_following(index, speaker_start(index, verb, s_end), s_end) or _framed_before(
            index, verb
        )
    elif verb.verb in know.after_verbs:
        name = _after_verb_name(index, verb, s_start, s_end)
    else:
        before = _before_verb(index, verb)
        if not before.passive:
            name = _resolve_pronoun(index, s_start) if before.pronoun else before.name
            if before.quote_or_comma:
                if _DIGIT.search(index.ftext, max(s_start, verb.start - _NAME_REACH), verb.start):
                    # "уничтожено 160 боевиков ИГ, сообщил X": a name ending a
                    # clause with a figure, before the comma, is what was said
                    name = None
                name = _not_place(name, know)
                name = _titled_after_verb(index, verb.end, s_end) or name
                if name is None:
                    name = _name_after(index, verb.end, s_end) or _pronoun_after(
                        index, verb.end, s_start
                    )
            elif know.subject_after_verb and name is None and not before.pronoun:
                name = _inverted(index, verb, s_end)
    index.memo[key] = name
    return name


def _after_verb_name(index: Index, verb: Verb, lo: int, hi: int) -> str | None:
    """The speaker of a verb that names it after ("according to X", "по словам X").

    A pronoun in the verb's phrase ("по его словам", "приводит его слова
    радио X") is the person named last after ``lo``, whoever is named after.
    """
    if _by_pronoun(verb, index.know):
        # "по его словам, на стороне ИГ воюет ...": the one "his" means, named
        # before (or before the sentence), never a name read after the phrase
        return _resolve_pronoun(index, lo)
    return _nominative(_name_after(index, verb.end, hi), verb, index.know)


def _sentence_speaker(
    index: Index, start: int, end: int, sentence: tuple[int, int], *, verbs: bool = True
) -> str | None:
    """Who states the figure in its own sentence: a reporting verb's subject, or a noun.

    Without ``verbs`` (the caller knows that no verb there may name anyone),
    only a reporting noun is looked for.
    """
    know, text = index.know, index.ftext
    s_start, s_end = sentence
    # attribution belongs to the part of the sentence between semicolons
    part_start = max(s_start, text.rfind(";", s_start, start) + 1)
    if not verbs:
        return _reporting_noun(index, part_start, start)
    part_end = text.find(";", start, s_end)
    part_end = s_end if part_end < 0 else part_end
    # The verbs before the figure are read nearest first: in "the union said
    # 12,000 walked out, while the company said 7,500 did" the second figure is
    # the company's. Background words ("where 60,000 people live") between a
    # verb and the figure hold between every earlier verb and it too, so each
    # verb searches only up to the verb read before it, and once one is found
    # no earlier verb speaks.
    found = _verbs_to_read(index, part_start, part_end, end)
    before_figure = [m for m in found if m.start < start]
    # "up from 37 announced by the fire service": the source named right after
    # the figure is its own, whoever speaks earlier in the sentence
    agent = next((m for m in found[len(before_figure) :] if m.start >= end), None)
    if agent is not None and _agent_right_after(index, agent, end):
        named = _nominative(_name_after(index, agent.end, part_end), agent, know)
        if named:
            return named
    ordered = before_figure[::-1] + found[len(before_figure) :]
    background_from, background_found = start, False
    cited: str | None = None
    # "X told reporters that he has found 52": a pronoun subject nearer the
    # figure is the one named by an earlier verb of the part, read first; so
    # is a noun that refers back ("بحسب تحقيق وكالة ... فيما تقول الوكالة").
    # What they stand for is held until no verb before the figure names anyone.
    held: str | None = None
    for m in ordered:
        if held is not None and m.start >= start:
            return held
        if m.start < end and m.end > start:
            continue  # "an estimated 4,500": part of the figure, not a report
        if m.start < start and _reported_content(index, found, m, end):
            continue  # "X said that rescuers had found 44 bodies": X speaks
        if m.start >= end and not _attributes_back(index, m, end):
            continue  # a verb after the figure attributes it only as ", the ministry said"
        if m.verb in know.object_clause and not _in_object_clause(index, m, start):
            continue  # "الأرقام التي أعلنتها الوزارة" speaks for its own clause only
        if m.start < start:
            if background_found:
                continue  # "X said ..., where 60,000 people live": the writer's background
            if index.search(know.background_re, m.end, background_from) is not None:
                background_found = True
                continue
            background_from = min(background_from, m.end)
        if m.verb in know.passive or m.written in know.passive:
            continue  # "يقدر ان": estimated, by no one named
        if m.verb in know.relaying:
            name = _relayed(index, m, part_end)
        elif know.verb_first:
            # a name after its verb ends where the figure begins, whatever
            # proclitic joins them ("وقال المسؤول بنحو 300": no name "بنحو")
            upto = start if m.start < start else part_end
            name = (
                name_following(index, speaker_start(index, m, upto), upto)
                or _framed_before(index, m)
                or _last_named(index, m.start)
            )
        elif m.verb in know.after_verbs:
            name = _after_verb_name(index, m, part_start, part_end)
        else:
            before = _before_verb(index, m)
            if before.passive or before.first_person:
                # "are estimated to have travelled": no agent; '"We counted 300,"
                # a doctor said': the verb after the quote names who "we" is
                continue
            if before.pronoun and m.start < start:
                held = held or _resolve_pronoun(index, part_start)
                continue
            name = _resolve_pronoun(index, part_start) if before.pronoun else before.name
            if before.quote_or_comma:
                # "уничтожено 160 боевиков ИГ, сообщил X": a name before the comma
                # that ends the figure's own clause is what was said, not who said it
                name = _not_place(name, know) if m.start < start else None
                # inverted attribution after a quote or a comma: '"...," said
                # the minister'; "..., уточнил глава Чечни": a title after the
                # verb opens its subject, not the word before the comma
                name = _titled_after_verb(index, m.end, part_end) or name
                if name is None:
                    name = _name_after(index, m.end, part_end) or _pronoun_after(
                        index, m.end, part_start
                    )
            elif know.subject_after_verb and name is None and m.start < start:
                name = _inverted(index, m, part_end)
        if name and m.start < start and _refers_back(name, know):
            held = held or name
            continue
        if name and m.verb in know.citing:
            # "citing sources, the agency writes": the agency, if named, speaks
            cited = cited or name
        elif name:
            return name
    if held is not None:
        return held
    if cited is not None:
        return cited
    return _reporting_noun(index, part_start, start)


# How far after a verb of [verbs] object_clause its figure may stand, and what may not stand
# between them.
_OBJECT_CLAUSE_REACH = 80
_CLAUSE_MARK = re.compile(r"[,،;؛:.!?\n]")


def _in_object_clause(index: Index, verb: Verb, start: int) -> bool:
    """Whether a figure at ``start`` is in the relative clause a verb of object_clause opens."""
    return (
        verb.end <= start <= verb.end + _OBJECT_CLAUSE_REACH
        and _CLAUSE_MARK.search(index.ftext, verb.end, start) is None
    )


def _reported_content(index: Index, verbs: list[Verb], verb: Verb, end: int) -> bool:
    """Whether a verb of finding before a figure states what another verb reports.

    "the ministry said on Thursday that rescuers had found 44 bodies" (a
    complementiser after an earlier reporting verb) and "volunteers counted
    300 dead, the ministry said" (an attribution after the figure): what was
    found or counted is what the ministry reports (speakers.toml
    [content_verbs]). ``end`` is where the figure ends.
    """
    if verb.verb not in index.know.lex.speakers.content_verbs:
        return False
    earlier = [v for v in verbs if v.end <= verb.start]
    if earlier and index.search(index.know.complementizer_re, earlier[-1].end, verb.start):
        return True
    later = next((v for v in verbs if v.start >= end), None)
    return later is not None and _attributes_back(index, later, end)


def _reporting_noun(index: Index, part_start: int, start: int) -> str | None:
    """The source a reporting noun before the figure names: "IOM data show that", "reports".

    A complementizer after a later reporting noun is also after the first
    one, so only the first reporting noun can be the source.
    """
    know, text = index.know, index.ftext
    word = _first_word(index, know.reporting_nouns, part_start, start)
    if word is not None and _after_first_person(index, part_start, word[0]):
        return None  # "we estimate that": a verb, whose subject names no one
    if word is not None and index.search(know.complementizer_re, word[1], start):
        owner = _name_before(index, max(part_start, word[0] - 60), word[0])
        if owner and owner is not _PRONOUN and owner[:1].isupper():
            return owner  # "IOM data show that": the body whose data it is
        return text[word[0] : word[1]]
    return None


def _after_first_person(index: Index, lo: int, at: int) -> bool:
    """Whether the word before ``at`` (not before ``lo``) is "we" or "I"."""
    before = _LOWER_WORDS.findall(index.ftext, max(lo, at - 12), at)
    return bool(before) and before[-1] in index.know.first_person


# How far after a relaying verb ("ونقل موقع الحدث عن ...") the word that
# introduces the relayed source is looked for: past the outlet's name only.
_RELAY_REACH = 80


def _relayed(index: Index, verb: Verb, hi: int) -> str | None:
    """The source an outlet relays: "ونقل موقع الحدث عن المدير قوله" -> "المدير".

    A relaying verb with no source word after its subject names no speaker:
    "نقل" also means "moved" ("نقل 30 طفلا").
    """
    stop = min(hi, verb.end + _RELAY_REACH)
    for m in _LETTERS.finditer(index.ftext, verb.end, stop):
        if m.group() in index.know.relayed_from:
            return name_following(index, m.end(), hi)
    return None


_LETTER = re.compile(r"[^\W\d_]")


@functools.cache
def _words_re(words: frozenset[str]) -> re.Pattern[str] | None:
    """The words of ``words`` that are one run of letters each, ending one; ``None`` if none.

    Whether a letter stands before is checked on each match: a lookbehind
    first would be tried at every position of the text.
    """
    letters = sorted(w for w in words if _LETTERS.fullmatch(w))
    return re.compile(rf"(?:{trie_regex(letters)})(?![^\W\d_])") if letters else None


def _first_word(index: Index, words: frozenset[str], lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the first of ``_LETTERS.finditer(index.ftext, lo, hi)`` that is in ``words``.

    Found by a search for the words (:meth:`Index.matches`) rather than by
    reading every word of a window that a long sentence's figures share.
    """
    text = index.ftext
    if 0 < lo < hi and _LETTER.match(text, lo - 1) and _LETTER.match(text, lo):
        piece = _LETTERS.match(text, lo, hi)  # the window opens inside a word: its end is one
        assert piece is not None
        if piece.group() in words:
            return piece.span()
        lo = piece.end()
    pattern = _words_re(words)
    if pattern is None:
        return None
    for m in index.matches(pattern, lo, hi):
        # a match inside a longer word is no word ("misreports")
        if m.start() == 0 or not _LETTER.match(text, m.start() - 1):
            return m.span()
    return None


# How far before a verb a framed subject ("وكانت السلطات العراقية قد") is looked for.
_FRAME_REACH = 120


def _framed_before(index: Index, verb: Verb) -> str | None:
    """The subject a verb-first language puts before the verb after an auxiliary.

    "وكانت قوات سوريا الديمقراطية قد أعلنت": the subject stands between
    the auxiliary and the particle ([subject_openers], [subject_closers]).
    """
    lo = max(index.sentence(verb.start)[0], verb.start - _FRAME_REACH)
    m = index.know.subject_before_re.search(index.ftext, lo, verb.start)
    return index.original(m.start("name"), m.end("name")).strip() or None if m else None


def _nominative(name: str | None, verb: Verb, know: Knowledge) -> str | None:
    """A person's name after "по словам" read back from the genitive ("Ивана Петрова")."""
    if name is None or verb.verb not in know.genitive_after:
        return name
    if is_organization(name, know):
        return name  # "по данным Европейского союза": a body the tables know, in any case
    return nominative(name, know)


_WORD = re.compile(r"\s*([^\W\d_]+)")


def _pronoun_after(index: Index, verb_end: int, before: int) -> str | None:
    """The person an inverted "..., — заявил он" means: the one named last before."""
    word = _WORD.match(index.ftext, verb_end)
    if word is not None and word.group(1) in index.know.pronouns:
        return _resolve_pronoun(index, before)
    return None


# How far before a figure the owner of "X's count of" is looked for.
_OWNER_REACH = 80


def _count_owner(index: Index, start: int) -> str | None:
    """Whose count a figure is when the text says so right before it: "the Red Crescent's count of".

    The owner is the run of capitalised words before the possessive ("Red
    Crescent", "UN"), or the one word there if it has none ("the ministry's").
    """
    pattern = index.know.count_owner_re
    nouns = index.know.count_nouns_re
    if pattern is None or index.search(nouns, max(0, start - 20), start) is None:
        return None
    found = pattern.search(index.ftext, max(0, start - _OWNER_REACH), start)
    if found is None:
        return None
    o_start, o_end = index.folded.span(found.start(1), found.end(1))
    words = index.folded.original[o_start:o_end].split()
    named = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(words)))
    return " ".join(reversed(named)) if named else words[-1]


def _by_pronoun(verb: Verb, know: Knowledge) -> bool:
    """Whether a verb's phrase names its speaker by a pronoun: "по его словам", "in her words"."""
    return any(word in know.pronouns for word in verb.verb.split())


def _attributes_back(index: Index, verb: Verb, end: int) -> bool:
    """Whether the text from ``end`` to ``verb`` reads as ", the ministry said".

    Only the last ``_ATTRIBUTION_REACH`` characters before the verb can hold
    it: when the figure ends before them, the answer is the verb's own, read
    once for every figure of a long sentence.
    """
    lo = verb.start - _ATTRIBUTION_REACH
    if end > lo:
        return _attribution_after(index, end, verb)
    return _attributes_back_alone(index, verb)


# How far after a figure a phrase naming its source may stand with no comma
# between: past the figure's noun ("37 deaths announced by ...").
_AGENT_REACH = 40
_NO_AGENT_BETWEEN = re.compile(r"[,،.;:!?\n\"”»]")


def _agent_right_after(index: Index, verb: Verb, end: int) -> bool:
    """Whether a phrase whose source follows stands right after the figure: "37 announced by X"."""
    if verb.verb not in index.know.after_verbs or verb.start - end > _AGENT_REACH:
        return False
    between = index.ftext[end : verb.start]
    return _NO_AGENT_BETWEEN.search(between) is None and (
        index.know.clause_re.search(between) is None
    )


def _attribution_after(index: Index, lo: int, verb: Verb) -> bool:
    """Whether ``[lo, verb)`` ends as ", the ministry said", with no clause opening after the comma.

    ", while the agency put the toll at two" opens a clause of its own: its
    verb speaks for the figure after it, not for the one before the comma.
    """
    m = _ATTRIBUTION_AFTER.search(index.ftext, lo, verb.start)
    return m is not None and index.search(index.know.clause_re, m.start(), verb.start) is None


def _attributes_back_alone(index: Index, verb: Verb) -> bool:
    """:func:`_attributes_back` for a figure that ends ``_ATTRIBUTION_REACH`` or more before."""
    lo = max(0, verb.start - _ATTRIBUTION_REACH)
    return index.once(("attributes back", verb.start), lambda: _attribution_after(index, lo, verb))


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
    first_person: bool  # '"We counted 300," a doctor said': the quote's speaker, named elsewhere
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
    if not index.long_sentences:
        found = index.memo[key] = _read_before_verb(index, lo, verb.start)
        return found
    # the reading depends only on the text read (and the character before it,
    # which a look-behind sees): a verb after the same words reads the same
    o_lo, o_verb = index.folded.span(lo, verb.start)
    found = index.read(
        (
            "before verb",
            text[max(0, lo - 1) : lo],
            text[lo : verb.start],
            index.folded.original[o_lo:o_verb],
        ),
        lambda: _read_before_verb(index, lo, verb.start),
    )
    index.memo[key] = found
    return found


def _read_before_verb(index: Index, lo: int, verb_start: int) -> _BeforeVerb:
    """What ``_before_verb`` reads in ``[lo, verb_start)``."""
    text = index.ftext
    told = index.know.addressee_before_re
    found = told.search(text, lo, verb_start) if told is not None else None
    if found is not None:
        # "в ГУ МЧС Интерфаксу сообщили": the outlet told stands between the
        # speaker and the verb ([addressees_before]: dative forms only, so
        # that "ТАСС сообщил" is still TASS speaking)
        verb_start = found.start()
    passive = phrase_tails(index.know.lex.speakers.passive_aux)
    aux_end = verb_start
    if not ends_with(text, lo, aux_end, passive):
        # "it was earlier reported": a word of [name_trailers] after the auxiliary
        trailer = index.know.trailer_re.search(text, max(lo, verb_start - _TRAILER_REACH), aux_end)
        if trailer is not None:
            aux_end = trailer.start()
    if ends_with(text, lo, aux_end, passive) and index.know.passive_before_re.search(
        text, lo, aux_end
    ):
        return _BeforeVerb(
            passive=True, name=None, pronoun=False, first_person=False, quote_or_comma=False
        )
    name = _name_before(index, lo, verb_start)
    return _BeforeVerb(
        passive=False,
        name=None if name is _PRONOUN or name is _FIRST_PERSON else name,
        pronoun=name is _PRONOUN,
        first_person=name is _FIRST_PERSON,
        quote_or_comma=ends_with(text, lo, verb_start, _QUOTE_OR_COMMA_ENDS)
        and _QUOTE_OR_COMMA_BEFORE.search(text, lo, verb_start) is not None,
    )


# How far (in characters) before a verb the words of [name_trailers] are looked for.
_TRAILER_REACH = 40

# a short name in guillemets right before the verb: "агентство «24.kg» пишет"
_QUOTED_NAME = re.compile(r"«([^«»,.;:!?\n]{1,40}(?:\.[a-z]{2,6})?)»\s*$")
# ... or right after it: "как сообщает «Медуза»"
_QUOTED_NAME_AFTER = re.compile(r"\s*«([^«»,.;:!?\n]{1,40}(?:\.[a-z]{2,6})?)»")

# what _name_before returns for "he said": a pronoun to resolve against the figure's sentence
_PRONOUN = "\x00pronoun"
# and for "we said": the speaker of the quote the words stand in, named by another verb
_FIRST_PERSON = "\x00first person"


def _without_kind(tokens: list[str], know: Knowledge) -> list[str]:
    """A name's tokens less the words after it that say what kind of body it is.

    "the White Helmets rescue group": a capitalised name, lower-case words
    describing it and a noun of its kind (speakers.toml [kind_nouns]); the
    name speaks. A place or a nationality before them is no such name ("the
    Syrian rescue group" is the group).
    """
    kinds = know.lex.speakers.kind_nouns
    if len(tokens) < 3 or tokens[-1] not in kinds:
        return tokens
    j = len(tokens) - 2
    while j >= len(tokens) - 1 - _KIND_WORDS and tokens[j].isalpha() and tokens[j].islower():
        j -= 1
    if j == len(tokens) - 2 or j < 0 or not tokens[j][:1].isupper():
        return tokens  # no describing word, or no name before them
    name = fold(tokens[j])
    if (
        name in know.place_of
        or name in know.demonym_of
        or name in know.links_or_stop
        or name in know.article_words  # "A monitoring group said": an article opening the sentence
    ):
        return tokens
    return tokens[: j + 1]


# The most lower-case words that describe a body between its name and its kind.
_KIND_WORDS = 2


def _name_before(index: Index, lo: int, verb_start: int) -> str | None:
    """The speaker written right before a reporting verb, or ``_PRONOUN``."""
    know = index.know
    o_lo, o_verb = index.folded.span(lo, verb_start)
    original = index.folded.original[o_lo:o_verb]
    # drop a trailing appositive (", who tracks fighters in Syria,") and auxiliaries
    # (each regex below ends in "\s*$": tried only when the last character allows)
    original = sub_at_end(know.trailing_appositive_re, _APPOSITIVE_ENDS, " ", original)
    # ", Russia's children's rights commissioner,": an appositive that opens
    # with a possessive stands between a name and its verb
    original = sub_at_end(know.possessive_appositive_re, _COMMA, " ", original)
    if know.title_appositive_re is not None:
        # "Hisham al-Saidi, deputy governor of Hadramawt, said": the office
        # between the name and its verb is no part of the name
        original = sub_at_end(know.title_appositive_re, _COMMA, " ", original)
    # "в ГУ МЧС по Оренбургской области сообщили": the region a body's short
    # name covers, after it, is no part of who speaks
    region = know.body_region_re.search(original) if know.body_region_re is not None else None
    if region is not None and _acronym(region.group(1)):
        original = original[: region.start(1) + len(region.group(1))]
    # "The ministry, however, has said": a parenthetical word between name and verb
    if original.count(",") >= 2:
        original = know.parenthetical_re.sub(" ", original)
    # "has also said": words between name and verb that are not the name
    if know.aside_re is not None:
        aside = know.aside_re.search(original)
        if aside is not None:
            original = original[: aside.start()]
    trailers = _any_case(phrase_tails(know.lex.speakers.name_trailers))
    original = sub_at_end(know.trailer_re, trailers, "", original).rstrip()
    original = sub_at_end(know.trailer_re, trailers, "", original).rstrip()
    # "The ministry, which had put the toll at 31 on Wednesday, also raised":
    # the appositive the trailers stood after
    original = sub_at_end(know.trailing_appositive_re, _APPOSITIVE_ENDS, " ", original).rstrip()
    # "Syrian Democratic Forces (SDF) say": the short form after a name is not its end
    original = sub_at_end(_TRAILING_SHORT_FORM, _CLOSING_PAREN, "", original)
    if _placed(original, know):
        return None  # "killed in Tazarine, said X": the reported clause ends in a place
    quoted = (
        _QUOTED_NAME.search(original) if ends_with(original, 0, len(original), _GUILLEMET) else None
    )
    if quoted is not None:
        return quoted.group(1)  # 'агентство «24.kg» пишет': a name in quotation marks
    # "the Organization for Security and Co-operation in Europe said": a known
    # body's name, lower-case links and places inside it, read whole
    tail = fold(original[-_NAME_REACH:]).rstrip(" ,")
    known = organization_ending(tail, len(tail), know)
    if known is not None:
        return national_society_before(tail, known, know)
    head, _, last = tail.rpartition(" ")
    if head and know.complement_endings and last in know.place_of:
        # "Министерство здравоохранения Турции сообщило": the body's country
        # in the genitive after its name, not the place speaking (a language
        # that writes a body's field in the genitive after its noun)
        known = organization_ending(head, len(head), know)
        if known is not None:
            return f"{national_society_before(head, known, know)} {last}"
    # only the last 13 words are read (see below)
    # a curly apostrophe read as a straight one: "governor’s" is one word
    tokens = last_tokens(_NAME_TOKENS, original.rstrip(" ,\"”’'»-–—").replace("’s", "'s"), 13, 150)
    tokens = _without_kind(tokens, know)
    if tokens and tokens[-1].lower() in know.pronouns:
        return _PRONOUN
    if tokens and tokens[-1].lower() in know.first_person:
        return _FIRST_PERSON
    # "служба гражданской обороны сообщила": the words naming a body's field
    # after its noun, in lower case, are read with it
    k = _complement_before(tokens, know)
    words: list[str] = tokens[len(tokens) - k :] if k else []
    stop = -1  # where the name ends on the left
    for n in range(len(tokens) - 1 - k, max(-1, len(tokens) - 13), -1):
        token, low = tokens[n], tokens[n].lower()
        if words and token[:1].isupper() and _described_by(token, know):
            stop = n  # "the Hamas-run health ministry": who runs it, not its name
            break
        if (
            token[:1].isupper()
            or low in know.groups
            or (
                low in know.links
                and words
                # "the ministry and the White Helmets said": two bodies, not one
                # name ("Disaster and Emergency Management Authority")
                and not (low in know.lex.grammar.conjunctions and words[0].lower() in know.articles)
            )
            or _linked_name(token, know)
        ):
            words.insert(0, token)
        elif low in know.title_modifiers and n > 0 and tokens[n - 1][:1].isupper():
            words.insert(0, token)  # "МВД республики": a modifier inside a body's name
        elif (
            token.isdigit()
            and words
            and words[0][:1].isupper()
            and n > 0
            and tokens[n - 1][:1].isupper()
            and tokens[n - 1].lower() not in know.lex.dates.months
        ):
            words.insert(0, token)  # "Level 5 Hospital": a number inside a name, not a date
        elif (
            words
            and words[-1].lower() in know.groups
            and token.isalpha()
            and n > 0
            and (tokens[n - 1].lower() in know.articles or _possessive_word(tokens[n - 1], know))
        ):
            # "the health ministry", "a ministry statement", "Iraq's civil defence"
            words.insert(0, token)
        elif (
            words
            and words[-1].lower() in know.groups
            and token.endswith("'s")
            and token[:-2].isalpha()
        ):
            words.insert(0, token)  # "the governor's office": whose office it is
        elif (
            words
            and words[-1].lower() in know.groups
            and words[0].lower() not in know.articles
            and token.isalpha()
            and token.islower()
            and low not in know.links_or_stop
            and _modifies_after_article(tokens, n, know)
        ):
            # "the civil protection agency": words between the article and the
            # body's noun; without them "agency" would refer back to another
            words.insert(0, token)
        else:
            stop = n
            break
    if words and stop >= 2 and tokens[stop].lower() not in know.lex.grammar.locative:
        # "doctors in southern Kyrgyzstan say", "officials in the north of Syria
        # said": up to three lower-case words between the preposition and the place
        for j in range(stop - 1, max(0, stop - _PLACE_MODIFIERS - 1), -1):
            low = tokens[j].lower()
            if low in know.lex.grammar.locative:
                if tokens[j - 1].lower() in know.groups:
                    words, stop = tokens[j + 1 : stop + 1] + words, j
                break
            if not (tokens[j].isalpha() and tokens[j].islower()):
                break
    if words and stop >= 1 and tokens[stop].lower() in know.lex.grammar.locative:
        if tokens[stop - 1].lower() in know.groups:
            # "officials in Tunisia said": the officials speak, not the country
            words = [tokens[stop - 1], tokens[stop], *words]
            if stop >= 2 and fold(tokens[stop - 2]) in know.demonym_of:
                words.insert(0, tokens[stop - 2])  # "the Russian embassy in Baghdad"
            elif (
                stop >= 3
                and tokens[stop - 2].isalpha()
                and tokens[stop - 2].islower()
                and tokens[stop - 2] not in know.links_or_stop
                and tokens[stop - 3].lower() in know.articles
            ):
                words.insert(0, tokens[stop - 2])  # "the health ministry in Gaza"
        elif (
            stop >= 2 and tokens[stop - 2].lower() in know.groups and tokens[stop - 1][:1].isupper()
        ):
            # "Посольство России в Багдаде заявило": the embassy of a country speaks
            words = tokens[stop - 2 : stop + 1] + words
    # "Как ранее писало", "Ранее МВД сообщало": a capitalised function word or
    # adverb opens the sentence; "A Pentagon investigation found": so does an
    # article; "On Tuesday Grigory ... said": so does a day's name
    dates = know.lex.dates
    if len(words) > 2 and _place_possessive(words[0], know):
        # "Indonesia's health ministry" is the Indonesian health ministry, as
        # other languages name it ("وزارة الصحة الإندونيسية")
        adjective = _country_adjective(_possessive_stem(words[0], know) or "", know)
        if adjective is not None:
            words = [adjective, *words[1:]]
    while words and (
        # an acronym is a name, whatever word its letters spell: "The WHO said"
        (words[0].lower() in know.links_or_stop and not _acronym(words[0]))
        or (len(words) > 1 and words[0].lower() in dates.weekdays)
        or know.trailer_re.fullmatch(words[0].lower())
        or (len(words) > 1 and words[0].lower() in know.articles)
        # "one nurse said": a count of one is no part of the role
        or (len(words) > 1 and words[0].lower() in know.lex.cardinals)
        # "Iraq's health ministry", "the country's civil defence": whose body
        # it is stands as an article does (a place, read as the claim's place)
        or (len(words) > 1 and _place_possessive(words[0], know))
    ):
        words.pop(0)
    if not words:
        return None
    if len(words) == 1 and words[0].lower() in know.pronouns:
        return _PRONOUN
    if all(w.lower() in know.links for w in words):
        return None
    if len(words) > 1 and _acronym(words[-1]) and words[-2].lower() in know.organization_heads:
        # "the disaster and emergency management agency AFAD said": the
        # short form after the body's lower-case noun is its name
        return words[-1]
    if stop >= 0:
        words = _without_office_place(words, tokens[stop], know)
    name = _strip_titles(words, know)
    return " ".join(name) if name else None


# How many lower-case words may stand between "in" and a place in a speaker ("in the north of").
_PLACE_MODIFIERS = 3


def _without_office_place(run: list[str], before: str, know: Knowledge) -> list[str]:
    """A capitalised run without the place that closes the office before it.

    "министр здравоохранения Кении Грейс Ваньиру": the office's words stand
    in the genitive (speakers.toml ``complement_endings``) and so does the
    place that ends them; the person's name after it is in the nominative.
    The first word of the run is that place when the places table knows it,
    or when it alone of three or more words reads back from the genitive
    ("комиссара Кандары Питер Отиено"). A language without the table keeps
    the run as it is.
    """
    if len(run) >= 2 and fold(before) in know.lex.grammar.locative and _place(run[:1], know):
        return run[1:]  # "представитель МОМ в Ливии Фатима Бенсалем": where the office is
    if len(run) < 2 or not _field_word(before, know):
        return run
    rest = run[1:]
    if _place(rest, know) or any(fold(w) in know.organization_heads for w in rest):
        return run
    if _place(run[:1], know):
        return rest
    genitive = [nominative(w, know) != w for w in run]
    # "-а", "-я" end a nominative as well ("губернатор штата Мустафа Мухаммед
    # Нур"): only another genitive ending marks the place ("Кандары")
    if len(run) >= 3 and genitive[0] and not any(genitive[1:]) and fold(run[0])[-1:] not in "ая":
        return rest
    return run


# How many lower-case words may stand between an article and a body's noun
# ("the regional mine rescue service").
_BODY_MODIFIERS = 4


def _modifies_after_article(tokens: list[str], n: int, know: Knowledge) -> bool:
    """Whether ``tokens[n]`` is one of a few lower-case words after an article.

    Every word from the article to ``tokens[n]`` is a word that is no link or
    function word: "the regional mine rescue service", "the UN refugee agency".
    """
    for k in range(n - 1, max(-1, n - _BODY_MODIFIERS - 1), -1):
        low = tokens[k].lower()
        if low in know.articles or _possessive_word(tokens[k], know):
            return k < n - 1  # the word right after the article is read with it
        if not (tokens[k].isalpha() or _described_by(tokens[k], know)) or low in know.links_or_stop:
            return False
    return False


def _described_by(token: str, know: Knowledge) -> bool:
    """Whether a word says who runs or backs a body: "Hamas-run", "UN-backed" ([described_by]).

    It describes the body after it and is no word of its name (but "US-led
    coalition" is how a coalition is named).
    """
    head, _, last = token.rpartition("-")
    return bool(head) and last in know.described_by


def _possessive_stem(token: str, know: Knowledge) -> str | None:
    """Whose a possessive standing as an article does is: "Iraq's" -> "Iraq", else ``None``."""
    for e in know.possessive_endings:
        if token.endswith(e) and token[: -len(e)].isalpha():
            return token[: -len(e)]
    return None


def _country_adjective(name: str, know: Knowledge) -> str | None:
    """The adjective of a place's nationals: "Indonesia" -> "Indonesian", else ``None``.

    Read from the origins the lexicon knows (a country's spellings name its
    nationals: knowledge.origins).
    """
    group = know.origins.get(fold(name))
    if group is None or not group.endswith(" nationals"):
        return None
    return group.removesuffix(" nationals")


def _possessive_word(token: str, know: Knowledge) -> bool:
    """Whether a word is a possessive standing as an article does: "Iraq's", "the city's"."""
    return _possessive_stem(token, know) is not None


def _place_possessive(token: str, know: Knowledge) -> bool:
    """Whether a word is a place's possessive: "Iraq's", "the country's"."""
    stem = _possessive_stem(token, know)
    if stem is None:
        return False
    if stem.islower():
        # "the governor's office" is the governor's: a role owns its office
        return stem not in know.groups and stem not in know.titles
    return fold(stem) in know.place_of


@functools.lru_cache(maxsize=16)
def _any_case(tails: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """``tails`` also capitalised: the text read before a verb is not folded ("on Sunday")."""
    return None if tails is None else (*tails, *(t.capitalize() for t in tails))


def _acronym(token: str) -> bool:
    """Whether a word is written in capitals, as an acronym is: "WHO", "UN"."""
    return len(token) > 1 and token.isupper()


def _linked_name(token: str, know: Knowledge) -> bool:
    """A name written with a joined particle: "al-Abadi", "el-Heni", "bin-Laden"."""
    head, _, rest = token.partition("-")
    return bool(rest) and head.lower() in know.particles and rest[:1].isupper()


def _strip_titles(words: list[str], know: Knowledge) -> list[str]:
    """Drop "the" and a leading run of titles before a person's name (see speakers.toml)."""
    if words and words[0].lower() in know.definite:
        words = words[1:]
    # "ministry spokesman Saif al-Badri", "Interior Ministry spokesman Ahmed
    # Younis": the body's words before the title of its person
    i = 0
    while (
        i < min(len(words), _FIELD_WORDS)
        and words[i].isalpha()
        and words[i].lower() not in know.titles
    ):
        i += 1
    if not (
        i
        and i < len(words)
        and words[i].lower() in know.titles
        and (words[i - 1].islower() or fold(words[i - 1]) in know.organization_heads)
    ):
        i = 0
    while i < len(words) and words[i].lower() in know.title_words:
        i += 1
    if i == 0:
        # "Health Cabinet Secretary Grace Wanjiru": the field of an office,
        # capitalised words no table lists, before its title
        i = _title_after_field(words, know)
    elif i < len(words):
        # "Regional Health Minister Irina Sokolova": a modifier, then the field
        i += _title_after_field(words[i:], know)
    rest = words[i:]
    has_title = any(w.lower() in know.titles for w in words[:i])
    is_org = bool(rest) and rest[-1].lower() in know.organization_heads
    if has_title and rest and rest[0][:1].isupper() and not is_org and not _place(rest, know):
        return rest
    return words


# How many capitalised words may name an office's field before its title.
_FIELD_WORDS = 3


def _title_after_field(words: list[str], know: Knowledge) -> int:
    """Where the name starts after a title that a few capitalised words open, else 0.

    "Health Cabinet Secretary Grace Wanjiru" -> 3; a capitalised word that
    is a place or a body's noun ("Interior Ministry spokesman") keeps the
    words as they are, as does a title with no capitalised name after it.
    """
    for j in range(1, min(len(words) - 1, _FIELD_WORDS + 1)):
        if not words[j - 1][:1].isupper() or fold(words[j - 1]) in know.organization_heads:
            return 0
        if words[j].lower() in know.titles:
            end = j + 1
            while end < len(words) and words[end].lower() in know.title_words:
                end += 1
            return end if end < len(words) and words[end][:1].isupper() else 0
    return 0


def _placed(original: str, know: Knowledge) -> bool:
    """Whether text before ", said" ends in a place: "killed in the village of Tazarine,".

    A capitalised name after a preposition of place (maybe with an article
    and a settlement word between: "в селе Тазарин") ends the reported
    clause, whether or not a table lists it; the speaker follows the verb.
    """
    tail = original[-_PLACED_REACH:]
    if tail.rstrip()[-1:] not in _QUOTE_OR_COMMA_ENDS:
        return False  # no comma, no quote: the name before the verb may be its subject
    folded = fold(tail)
    m = know.placed_end_re.search(folded)
    # capitals are read where folding kept every offset (it lowers them)
    return (
        m is not None
        and len(folded) == len(tail)
        and all(tail[w.start()].isupper() for w in _LETTERS.finditer(folded, *m.span("name")))
    )


# How far before a verb the place ending the clause before it is read, in characters.
_PLACED_REACH = 80


def _not_place(name: str | None, know: Knowledge) -> str | None:
    """A name before ", said": a place there ends the reported clause ("... в Россию, написал")."""
    if name is None:
        return None
    words = [w for w in name.split() if w.lower() not in know.links]
    # "в Сирии и Ираке, сообщает ...": places, however many, end the clause
    return None if all(_place([w], know) for w in words) or _place(words, know) else name


def _person_after_name(original: str, at: int, know: Knowledge) -> str | None:
    """A titled person named right after a body's or a place's name: "UN spokesman X".

    At most ``_TITLE_AFTER_WORDS`` lower-case words ("health directorate")
    may stand between the name and the title; the clause must go on to a name.
    """
    stop = _CLAUSE_STOP.search(original, at)
    tokens = original[at : stop.start() if stop else len(original)].split()
    for k, token in enumerate(tokens[: _TITLE_AFTER_WORDS + 1]):
        if token.lower() in know.titles:
            person = _titled_name(tokens[k:], know)
            return " ".join(person) if person else None
        if not (token.isalpha() and token.islower()) or token in know.links_or_stop:
            return None
    return None


# How many lower-case words may part a body's name from the title of its
# person: "according to Nineveh health directorate spokesman Ahmed Younis".
_TITLE_AFTER_WORDS = 3
# the word next: lower case in "Nineveh police"
_NEXT_LETTERS = re.compile(r"[ \t]+([^\W\d_]+)")


def _place(words: list[str], know: Knowledge) -> bool:
    """Whether the words name a place ("Чечни"): the seat of an office, not a person."""
    return " ".join(fold(w) for w in words) in know.place_of


def _past_a_time(index: Index, pos: int, hi: int) -> int:
    """Where a time written right after ``pos`` ends (within ``hi``), else ``pos``."""
    when = index.know.time_re.match(index.ftext, pos + _space_after(index.ftext, pos, hi))
    return when.end() if when is not None and when.end() <= hi else pos


def _cites_next(index: Index, at: int, hi: int) -> bool:
    """Whether a phrase of [verbs] citing opens right after ``at``: "со ссылкой на"."""
    citing = index.know.citing
    reach = max(map(len, citing), default=0) + _CITING_BLANKS
    after = index.ftext[at : min(hi, at + reach)].lstrip(" \t,")
    return any(
        after.startswith(phrase) and not after[len(phrase) : len(phrase) + 1].isalnum()
        for phrase in citing
    )


# The blanks and comma that may stand between an outlet and the phrase it cites by.
_CITING_BLANKS = 4


def _name_after(index: Index, verb_end: int, hi: int) -> str | None:
    """The speaker written right after "according to" or an inverted "said"."""
    know = index.know
    # "как сообщает 20 декабря агентство": a time between verb and speaker
    verb_end = _past_a_time(index, verb_end, hi)
    # "according to figures from the fire service", "a report by Amnesty": whose they are
    cited = (
        know.reported_by_re.match(index.ftext, verb_end + _space_after(index.ftext, verb_end, hi))
        if know.reported_by_re is not None
        else None
    )
    if cited is not None and cited.end() < hi and not _place_at(index, cited.end()):
        verb_end = cited.end()  # (not "reports from Kyiv": where they come from)
    told = (
        know.addressee_re.match(index.ftext, verb_end + _space_after(index.ftext, verb_end, hi))
        if know.addressee_re is not None
        else None
    )
    if (
        told is not None
        and _WORD_NEXT.match(index.ftext, told.end(), hi) is not None
        # "сообщает ТАСС со ссылкой на службы": the outlet reports, citing them
        and not _cites_next(index, told.end(), hi)
    ):
        # "сообщили ТАСС в министерстве", "рассказал журналистам глава района":
        # the outlet or the people told are no speaker, who follows them (with
        # a comma or the end after it, "как сообщает ТАСС, ...": the outlet reports)
        verb_end = _past_a_time(index, told.end(), hi)  # "ТАСС в среду в МВД"
    o_start, o_end = index.folded.span(verb_end, min(hi, verb_end + _NAME_REACH))
    original = index.folded.original[o_start:o_end]
    quoted = _QUOTED_NAME_AFTER.match(original)
    if quoted is not None and " " not in quoted.group(1):
        # "как пишут «Известия»", "по данным «Коммерсанта»": a name of one word
        # in quotation marks (one of several words is read as capitalised below)
        return quoted.group(1)
    m = know.capitalised_name_re.match(original)
    if m is not None:
        # "according to UN spokesman Stephane Dujarric": the person speaks
        person = _person_after_name(original, m.end(1), know)
        if person is not None:
            return person
        known = _known_organization(original, m.start(1), know)
        if known is not None:
            return known  # "сообщила Международная организация по миграции"
        named = m.group(1).split()
        while named and named[0].lower() in know.definite:
            named.pop(0)
        nxt = _NEXT_LETTERS.match(original, m.end(1))
        if _place(named, know) and nxt is not None and nxt.group(1).islower():
            # "according to Nineveh police": the place's body speaks, read
            # as a body in lower-case words is
            original, m = original[m.end(1) :], None
    if m is not None:
        joined = _JOINED_NAME.match(original, m.end(1))
        if joined is not None and joined.group(1).lower() in know.lex.grammar.conjunctions:
            # "the Disaster and Emergency Management Authority (AFAD)": a short
            # form after the whole shows that "and" joins one body's name
            head = m.group(1).split()
            while head and head[0].lower() in know.articles:
                head.pop(0)
            return " ".join([*head, joined.group(1), joined.group(2)])
        name = _strip_titles(m.group(1).split(), know)
        while name and name[-1].lower() in know.links:
            name.pop()
        if len(name) == 1 and m.group(1).strip() == name[0]:
            inflected = _inflected_known(original, m.start(1), know)
            if inflected is not None:
                return inflected  # "сообщили в Министерстве по чрезвычайным ситуациям"
            society = _SOCIETY.match(original, m.end(1))
            if society is not None and fold(society.group(1)) in know.lex.speakers.society_nouns:
                # "сообщило Афганское общество Красного Полумесяца": a country's
                # adjective, the society's noun, the movement's name
                return f"{name[0]} {society.group(1)} {society.group(2)}"
            # "говорится в заявлении Национальной полицейской службы": Russian
            # writes only the first word of a body's name in capitals
            name += _complement(original, m.end(1), know)
        if name and name[-1].endswith(("'s", "’s")):
            # "according to Iraq's prime minister": the role the possessive owns
            name += _role_words(original[m.end() :], know)
        return " ".join(name) or None
    titled = _titled_after(original, know)
    if titled is not None:
        return titled
    # lower case: "according to prosecutors", "according to a ministry statement"
    found = list(itertools.islice(_LOWER_WORDS.finditer(original, 0, 60), 4))
    while found and (
        found[0].group().lower() in know.articles or found[0].group().lower() in know.lex.cardinals
    ):
        found.pop(0)  # "said one nurse": the role, not its count
    if found:
        # "по данным гражданской обороны": a known body whose name has no noun of a body
        known = _known_organization(original, found[0].start(), know)
        if known is not None:
            return known
    for n, word in enumerate(found):
        if word.group().lower() in know.groups:
            # "сообщило министерство здравоохранения": a known body in lower-case words
            known = _known_organization(original, found[0].start(), know)
            if known is not None:
                return known
            quoted = _QUOTED_NAME_AFTER.match(original, word.end())
            if quoted is not None:
                return quoted.group(1)  # "агентство «Интерфакс»": its name in quotation marks
            # "агентство Associated Press": a body's noun, then its name
            named = know.capitalised_name_re.match(original, word.end())
            # (the name pattern keeps a full stop for initials: not the sentence's own)
            body = named.group(1).rstrip(".") if named is not None else ""
            if body[:1].isupper() and not _place(body.split(), know):
                return body
            if (
                n > 0
                and fold(word.group()) in know.referring_speakers
                and _field_word(word.group(), know)
            ):
                # "сообщили в представительстве организации": the office of a
                # body named before, in its sentence if it is there
                return _body_named_before(index, verb_end, fold(word.group())) or word.group()
            # "сообщили в местной администрации": the body, not the preposition
            first = 1 if n > 0 and fold(found[0].group()) in know.lex.grammar.locative else 0
            head = [w.group().lower() for w in found[first : n + 1]]
            return " ".join([*head, *_complement(original, word.end(), know)])
    # "сообщили в министерстве здравоохранения": a known body in the case a
    # preposition governs, read in any case
    if found and fold(found[0].group()) in know.lex.grammar.locative:
        found.pop(0)
    for word in found:
        if _acronym(word.group()):
            # "сообщили в среду в МЧС", "в региональном управлении МЧС": a
            # body by its short form, after the lower-case words of its office
            return _known_organization(original, word.start(), know) or word.group()
        if not word.group().islower():
            break
    return _inflected_known(original, found[0].start(), know) if found else None


_CAPITALISED = re.compile(r"(?<![\w-])[^\W\d_a-zа-яё]")
# a conjunction, capitalised words and a short form in brackets:
# " and Emergency Management Authority (AFAD)"
_JOINED_NAME = re.compile(
    r"[ \t]+(\w+)[ \t]+((?:[^\W\d_a-zа-яё][\w'-]*[ \t]+){0,6}[^\W\d_a-zа-яё][\w'-]*)"
    r"[ \t]*\([^()\s]{1,12}\)"
)
# a lower-case noun, then two capitalised words: "общество Красного Полумесяца"
_SOCIETY = re.compile(r"[ \t]+([^\W\d_]+)[ \t]+([^\W\d_a-zа-яё]\w+[ \t]+[^\W\d_a-zа-яё]\w+)")


def _body_named_before(index: Index, verb_end: int, noun: str) -> str | None:
    """The known body a noun refers back to, named earlier in the verb's sentence.

    "Всемирная организация здравоохранения направила ..., сообщили в
    представительстве организации": the last known body, within
    ``_NAME_REACH`` characters, whose name holds the noun in any case.
    """
    know = index.know
    s_start = index.sentence(verb_end)[0]
    o_lo, o_hi = index.folded.span(max(s_start, verb_end - _NAME_REACH), verb_end)
    original = index.folded.original[o_lo:o_hi]
    found: str | None = None
    for m in _CAPITALISED.finditer(original):
        known = _known_organization(original, m.start(), know)
        if known is not None and any(_one_word(noun, w) for w in fold(known).split()):
            found = known
    return found


# Up to two lower-case words right after a body's noun, with only spaces between.
_COMPLEMENT = re.compile(r"(?:[ \t]+[^\W\d_]+){1,2}")


def _complement(text: str, at: int, know: Knowledge) -> list[str]:
    """The words after a body's noun that name its field: "министерство энергетики".

    Lower-case words with an ending of speakers.toml ``complement_endings``
    (the Russian genitive), up to a function word; none where the table is empty.
    """
    if not know.complement_endings:
        return []
    m = _COMPLEMENT.match(text, at)
    words: list[str] = []
    for word in m.group().split() if m is not None else []:
        if not _field_word(word, know):
            break
        words.append(word)
    return words


def _field_word(word: str, know: Knowledge) -> bool:
    """A lower-case word with an ending of ``complement_endings``, no function word."""
    low = fold(word)
    return (
        word.islower() and low not in know.links_or_stop and low.endswith(know.complement_endings)
    )


def _complement_before(tokens: list[str], know: Knowledge) -> int:
    """How many of the last ``tokens`` name a body's field after its noun (:func:`_complement`)."""
    if not know.complement_endings:
        return 0
    for k in (1, 2):
        if len(tokens) <= k or tokens[-k - 1].lower() not in know.groups:
            continue
        if all(_field_word(w, know) for w in tokens[-k:]):
            return k
    return 0


def _known_organization(text: str, start: int, know: Knowledge) -> str | None:
    """A known organisation's name written from ``start``, lower-case words and all.

    Russian writes only the first word of a body's name in capitals
    ("Международная организация по миграции"): the capitalised run stops
    after one word, so the name is read on word by word while it opens a
    name of ``organizations_canonical`` (a bounded number of words).
    """
    # hyphenated words whole first ("поисково-спасательное агентство"), then split
    for pattern in (_ORG_WORD_HYPHENATED, _ORG_WORD):
        words = pattern.findall(text, start, start + 120)[:_ORG_MAX_WORDS]
        best: str | None = None
        for n in range(2, len(words) + 1):
            opening = fold(" ".join(words[:n]))
            if opening in know.organizations:
                best = " ".join(words[:n])
            elif opening not in know.organization_prefixes:
                break
        if best is not None:
            return best
    return None


def _inflected_known(text: str, start: int, know: Knowledge) -> str | None:
    """A known organisation's name written from ``start`` in another case, longest first.

    "в Министерстве по чрезвычайным ситуациям": the table holds the
    nominative; :func:`is_organization` reads the name in any case.
    """
    words = _ORG_WORD.findall(text, start, start + 120)[:_ORG_MAX_WORDS]
    for n in range(len(words), 1, -1):
        if is_organization(" ".join(words[:n]), know):
            return " ".join(words[:n])
    return None


_ORG_WORD = re.compile(r"[^\W\d_]+")
_ORG_WORD_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# the longest organisation name read word by word ("управление верховного
# комиссара оон по делам беженцев")
_ORG_MAX_WORDS = 8


def _role_words(text: str, know: Knowledge) -> list[str]:
    """The run of title words opening ``text`` ("prime minister said" -> prime minister)."""
    words: list[str] = []
    for token in text.split()[:4]:
        word = token.rstrip(",.;:")
        if word.lower() not in know.title_words:
            break
        words.append(word)
        if word != token:
            break  # the clause ends here
    return words if any(w.lower() in know.titles for w in words) else []


_SPACES = re.compile(r"\s*")


def _space_after(text: str, pos: int, hi: int) -> int:
    """How many spaces follow ``pos``."""
    m = _SPACES.match(text, pos, hi)
    return m.end() - pos if m else 0


def _titled_after_verb(index: Index, verb_end: int, hi: int) -> str | None:
    """A speaker after an inverted verb that opens with a title ("уточнил глава Чечни")."""
    o_start, o_end = index.folded.span(verb_end, min(hi, verb_end + _NAME_REACH))
    return _titled_after(index.folded.original[o_start:o_end], index.know)


_SHORT_FORM = re.compile(r"[ \t]*\([^\W\d_a-zа-яё]{2,8}\)")
_CLAUSE_STOP = re.compile(r"[,.;:!?«»\"“”()]")


def _abbreviated(text: str, stop: re.Match[str], know: Knowledge) -> bool:
    """Whether a full stop ends an abbreviation ("Dr.", "Gen.") rather than a clause."""
    if stop.group() != ".":
        return False
    word = word_before(text, stop.start(), 0)
    return word is not None and word[0].lower() in know.abbreviations


def _titled_after(original: str, know: Knowledge) -> str | None:
    """A speaker after the verb that opens with a title, further on in its clause.

    Russian puts the subject of an inverted report last: "сообщил на
    заседании клуба заместитель министра Олег Сыромолотов". The speaker runs
    from the first title word to the end of the clause; a capitalised name at
    its end is the person, the words before it their role.
    """
    # a body's short form in brackets is part of its name: "организации по миграции (МОМ)"
    original = _SHORT_FORM.sub("", original)
    stop = _CLAUSE_STOP.search(original)
    while stop is not None and _abbreviated(original, stop, know):
        stop = _CLAUSE_STOP.search(original, stop.end())  # "said Dr. Ahmed Hassan"
    clause = original[: stop.start()] if stop else original
    tokens = clause.split()
    for n, token in enumerate(tokens):
        low = token.lower()
        if low in know.titles:
            words = tokens[n:]
            person = _titled_name(words, know) or _trailing_name(words, know)
            if not person and len(words) > 1 and not words[1][:1].isupper():
                # "в пресс-службе министерства здравоохранения": a known body
                # in lower-case words after an office of it, no one named, speaks
                body = _inflected_known(" ".join(words[1:]), 0, know)
                if body is not None:
                    return body
            return " ".join(person or _strip_titles(words, know)) or None
        if know.complementizer_re.fullmatch(low):
            return None
    return None


def _titled_name(words: list[str], know: Knowledge) -> list[str]:
    """The name right after a run of titles: "директора ФСБ генерал армии Сергей Смирнов по ...".

    Titles, their modifiers and places ("министр ... Таджикистана") may
    stand before the name; any other word ends the search.
    """
    lows = [w.lower() for w in words]
    roles = know.title_words | know.organization_heads
    n = 0
    while n < len(words) and (lows[n] in roles or lows[n] in know.place_of):
        n += 1
    end = n
    while end < len(words) and (
        (words[end][:1].isupper() and lows[end] not in roles)
        # "спикер Сайф аль-Бадри": a particle joined to the name's next word
        or (end > n and _linked_name(words[end], know))
    ):
        end += 1
    if 0 < n < end and not _place(words[n:end], know):
        if end < len(words) and words[end][:1].islower():
            # "представитель Международной организации по миграции в Ливии
            # Фатима Бенсалем": the capital opens a body's name, written on in
            # lower case; the person is named at the end
            person = _trailing_name(words[end:], know)
            if person:
                return person
        return words[n:end]
    return []


def _trailing_name(words: list[str], know: Knowledge) -> list[str]:
    """The capitalised name ending ``words`` after a lower-case role word, else nothing."""
    n = len(words)
    while n > 0 and (words[n - 1][:1].isupper() or _linked_name(words[n - 1], know)):
        n -= 1
    if 0 < n < len(words) and words[n - 1].lower() not in know.links:
        return (
            [] if _place(words[n:], know) else _without_office_place(words[n:], words[n - 1], know)
        )
    return []


def _resolve_pronoun(index: Index, before: int) -> str | None:
    """The person named last before ``before``, with the fullest form of the name."""
    o_before, _ = index.folded.span(before, before)
    i = bisect.bisect_left(index.named_starts, o_before) - 1
    if i < 0:
        return None
    # "he" is a person: a name right after a body's noun ("the news agency
    # RIA Novosti reported") is passed over for the person named before it
    for j in range(i, max(-1, i - _CARRY_VERBS), -1):
        if not _after_body_noun(index, index.named_starts[j]):
            i = j
            break
    named = index.named[i][1]
    fuller = index.full_names.get(named.rsplit(maxsplit=1)[-1], named)
    return _clean_name(fuller if len(fuller) > len(named) else named, index.know)


def _after_body_noun(index: Index, o_start: int) -> bool:
    """Whether a name (original offset) follows a body's noun: "agency RIA Novosti", "agency TASS".

    One of the two words before it: a body's name may be two words and the
    name read only its last.
    """
    words = _LOWER_WORDS.findall(index.folded.original, max(0, o_start - 40), o_start)
    return any(fold(w) in index.know.organization_heads for w in words[-2:])


def _clean_name(name: str, know: Knowledge) -> str:
    words = name.split()
    return " ".join(_strip_titles(words, know))
