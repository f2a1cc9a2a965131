"""Whether two speakers are one source: symmetric, reflexive, and kept under one key."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import fold
from reconcile import strategies as rst
from reconcile.names import same_source, source_key

# words that make names of every kind: head nouns of bodies in three scripts
# and cases, the words that tell bodies apart, people's names written two
# ways, link words, digits and letters no table knows
_HEADS = ["Ministry", "ministry", "Committee", "Court", "Office", "Group"]
_HEADS_ELSEWHERE = ["وزارة", "هيئة", "مجلس", "Wzarh", "Министерство", "министерства", "Служба"]
_WHICH = ["Fisheries", "Transport", "Harbour", "Valdoran", "Korvenian", "Coastal", "7", "12"]
_WHICH_ELSEWHERE = ["الزراعة", "النقل", "al-Zraah", "транспорта", "службы", "Федеральная"]
_PEOPLE = ["Farid", "Mansour", "فريد", "منصور", "Ольга", "Петрова", "Olga", "Petrova"]
_OTHER = ["of", "the", "al", "for", "Unit", "Ministerstvo", "transporta", "αβγδ", "--", "'s"]
_WORDS = st.sampled_from(_HEADS + _HEADS_ELSEWHERE + _WHICH + _WHICH_ELSEWHERE + _PEOPLE + _OTHER)
_NAMES = st.lists(_WORDS, min_size=1, max_size=5).map(" ".join) | rst.texts(max_size=30)
_TOKENS = re.compile(r"[^\W_]+")


def _plain(name: str) -> str:
    return f" {' '.join(_TOKENS.findall(fold(name)))} "


@settings(max_examples=300)
@given(_NAMES, _NAMES)
def test_one_source_is_symmetric(a: str, b: str) -> None:
    assert same_source(a, b) is same_source(b, a)


@given(_NAMES)
def test_a_name_with_a_word_is_its_own_source(a: str) -> None:
    if _TOKENS.search(fold(a)):
        assert same_source(a, a)


@settings(max_examples=300)
@given(_NAMES, _NAMES)
def test_names_of_one_source_share_a_key_unless_one_holds_the_other(a: str, b: str) -> None:
    x, y = _plain(a), _plain(b)
    if same_source(a, b) and x not in y and y not in x:
        assert source_key(a) == source_key(b)


_LANGS = ["en", "ru", "ar"]


@st.composite
def _written_bodies(draw: st.DrawFn) -> tuple[str, str]:
    from reconcile.extraction.knowledge import knowledge

    lang = draw(st.sampled_from(_LANGS))
    names = sorted(knowledge(lang).organizations)
    return lang, draw(st.sampled_from(names))


@given(_written_bodies())
@settings(max_examples=300)
def test_a_canonical_speaker_is_its_own_canonical_name(written: tuple[str, str]) -> None:
    # "International Organization for Migration (IOM)" read again is not "IOM"
    from reconcile.extraction.knowledge import knowledge
    from reconcile.extraction.sources import canonical_speaker

    lang, name = written
    know = knowledge(lang)
    once = canonical_speaker(name, know)
    assert canonical_speaker(once, know) == once
