"""What a figure counts: the measure, by where its signalling word stands."""

from __future__ import annotations

import re

from .index import Index, between
from .phrases import NounPhrase

__all__ = ["read_measure"]

_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")
_APPOSITIVE = re.compile(r"\s*,[^,]{0,60},")


def read_measure(
    index: Index,
    start: int,
    end: int,
    np: NounPhrase,
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
    predicate = between(index.measures, index.measure_starts, np.end, c_end)
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
        or first.group(1).endswith(index.know.past_suffixes)
    )
    near_before = between(index.measures, index.measure_starts, max(c_start, start - 30), start)
    if near_before and index.know.verb_first:
        return near_before[-1].value  # Arabic "يعيش نحو 60 الفا": the verb comes first
    if predicate and main:
        return predicate[0].value
    if near_before:
        return near_before[-1].value
    inside = between(index.measures, index.measure_starts, end, np.end)
    if inside:
        return inside[0].value
    if near_only:
        return None
    if first is not None and first.group(1) in index.know.relative_pronouns and predicate:
        return predicate[0].value
    if predicate:
        return predicate[0].value
    earlier = between(index.measures, index.measure_starts, c_start, start)
    return earlier[-1].value if earlier else None
