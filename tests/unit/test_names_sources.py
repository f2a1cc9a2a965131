"""Two bodies with one head noun are two sources unless the words that tell them apart meet."""

from __future__ import annotations

import pytest

from reconcile import Claim, Quantity, RelationKind, Span
from reconcile.names import same_source, source_key
from reconcile.relations import compare


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Fisheries Ministry", "Transport Ministry"),
        ("Ministry of Fisheries", "Ministry of Transport"),
        ("Coastal Fisheries Ministry", "Coastal Transport Ministry"),
        ("Valdoran Fisheries Ministry", "Korvenian Fisheries Ministry"),
        ("Fisheries Committee", "Fisheries Council"),
        ("وزارة الزراعة", "وزارة النقل"),
        ("Wazarh al-Zarah", "Wazarh al-Naql"),
        ("Министерство транспорта", "Министерство сельского хозяйства"),
        ("Ministerstvo transporta", "Ministerstvo zdravookhraneniya"),
        ("Harbour Court", "Customs Court"),
        ("Northern Army Unit 12", "Northern Army Unit 7"),
        ("Fisheries Ministry", "Lena Marsh"),
        ("αβγδ", "εζηθ"),
    ],
)
def test_two_bodies_of_one_kind_are_two_sources(a: str, b: str) -> None:
    assert not same_source(a, b)
    assert not same_source(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one name inside the other, or the words of one among the other's
        ("Valdoran Fisheries Ministry", "Fisheries Ministry"),
        ("Ministry of Fisheries", "Fisheries Ministry"),
        ("the Ministry of Fisheries", "Valdoran Fisheries Ministry"),
        ("Fisheries Ministry", "Ministry"),
        # one body in its own script and as a name shown in output writes it
        ("وزارة الزراعة", "Wazarh al-Zarah"),
        ("Министерство транспорта", "Ministerstvo transporta"),
        # one body in two cases: the head and its adjective inflected
        ("Федеральная служба по надзору", "Федеральной службы по надзору"),
        ("министерство транспорта", "министерства транспорта"),
        # people keep meeting across scripts and spellings by their surnames
        ("Farid Mansour", "فريد منصور"),
        ("Ольга Петрова", "Olga Petrova"),
        ("Gulnara Saidova", "Saidova"),
    ],
)
def test_names_of_one_source_meet_and_share_a_key(a: str, b: str) -> None:
    assert same_source(a, b)
    assert same_source(b, a)
    assert source_key(a) == source_key(b)


def _count(document: str, speaker: str, day: int) -> Claim:
    return Claim(
        document=document,
        span=Span(0, 2),
        quantity=Quantity.exact(40),
        quote=f"{speaker} counted 40",
        measure="killed",
        subject="civilians",
        places=["Raqqa"],
        as_of=f"2019-04-{day:02d}",
        speaker=speaker,
    )


@pytest.mark.parametrize("day", [1, 20])
def test_two_ministries_giving_one_figure_agree_rather_than_repeat(day: int) -> None:
    first = _count("a.txt", "Fisheries Ministry", 1)
    relation = compare(first, _count("b.txt", "Transport Ministry", day))
    assert relation is not None
    assert relation.kind is RelationKind.AGREES
    relation = compare(first, _count("b.txt", "Valdoran Fisheries Ministry", day))
    assert relation is not None
    assert relation.kind is RelationKind.REPEATS


def test_a_weak_letter_before_alef_is_a_consonant():
    assert same_source("Ruth Mwangi", "روث موانغي")
    assert same_source("Nawal Saadi", "نوال سعدي")


def test_a_two_word_surname_meets_its_spelling_as_one_word() -> None:
    # "أبو بكر" transliterated as two words, the English press writing one
    assert same_source("Naf Abu Bkr", "Nafiu Abubakar")
    assert source_key("نافع أبو بكر") == source_key("Nafiu Abubakar")
    assert not same_source("Abu Bakr", "Bakr Hassan")
