"""Speakers as output: organisations by their canonical English name, people in Latin letters.

A speaker is read as written ("МВД Таджикистана", "هيئة الأمن الفيدرالي",
"заместитель министра Олег Сыромолотов"). Output names must meet across
languages (CONTRACT.md): an organisation the language's
``[organizations_canonical]`` table knows is given its English name, a person
keeps their name (their title is a role, kept apart) in Latin letters, and
anything else is transliterated.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping

from ..lang import available_languages, lexicon, opening_vowels, transliteration
from ..lang.canon import canon
from ..text import fold
from .knowledge import Knowledge

__all__ = [
    "before_vowel",
    "canonical_speaker",
    "is_organization",
    "last_organization",
    "movement",
    "national_society_before",
    "nominative",
    "title_without_name",
    "titled_person",
    "to_latin",
]

# to_latin lives here, below reconcile.names (which re-exports it): extraction
# may not import the scope layer.
_WORDS = re.compile(r"[^\W\d_]+|[^\w]+|\d+")


@functools.lru_cache(maxsize=65536)
@functools.lru_cache(maxsize=4096)
def _in_latin_letters(token: str) -> bool:
    """Whether every letter of a word is a Latin one ("Américo"; not "Олег", "نزاروف")."""
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in token)


def to_latin(name: str) -> str:
    """A name in Latin letters for output: Cyrillic and Arabic transliterated, Latin kept.

    Uses the ``[letters]``, ``[glides]`` and ``[endings]`` tables of every
    language's ``transliteration.toml`` (BGN/PCGN for Russian, as English
    wire copy writes Russian and Central Asian names; a simplified ALA-LC for
    Arabic, whose short vowels are not written, so the result is only as good
    as the letters allow). Each transliterated word is capitalised; a name
    already in Latin letters is returned unchanged.

    Examples:
        >>> to_latin("Олег Сыромолотов")
        'Oleg Syromolotov'
        >>> to_latin("Сергей Смирнов")
        'Sergei Smirnov'
        >>> to_latin("Associated Press")
        'Associated Press'
        >>> to_latin("نزاروف")
        'Nzarov'
        >>> to_latin("العبادي")
        'al-Abadi'
    """
    if name.isascii():
        return name
    table = transliteration()
    out = []
    for token in _WORDS.findall(name):
        if token.isascii() or not token[0].isalpha() or _in_latin_letters(token):
            out.append(token)  # "Américo", "Martínez": Latin letters with accents, kept
            continue
        word = fold(token)
        known = table.names.get(word)
        if known is not None:
            out.append(known)  # a common given name in its usual English spelling
            continue
        ending = ""
        for written, latin in table.endings.items():
            if word.endswith(written) and len(word) > len(written) + 1:
                word, ending = word[: -len(written)], latin
                break
        article = ""
        for written, latin in table.articles.items():
            # as written, not folded: "ألكسندر" opens with a hamza, not the article
            if token.startswith(written) and len(word) > len(written) + 2:
                word, article = word[len(written) :], latin  # "العبادي" -> "al-Abadi"
                break
        letters = []
        for i, ch in enumerate(word):
            glide = table.glides.get(ch)
            if ending and ch in table.ending_letters:
                # a name with a Russian ending reads as Russian: "بورتنيكوف" -> "Bortnikov"
                letters.append(table.ending_letters[ch])
            elif (
                glide is not None and i > 0 and word[i - 1].isalpha() and not before_vowel(word, i)
            ):
                letters.append(glide)  # a weak letter inside a word is a long vowel
            elif i == 0 and ch in table.initials:
                letters.append(table.initials[ch])  # a silent letter opening a word has a vowel
            else:
                letters.append(table.letters.get(ch, ch if ch.isascii() else ""))
        vowel = opening_vowels().get(word[0])
        if (
            vowel is not None
            # (a name with a Russian ending reads as Russian, whose words may
            # open with two consonants: "سميرنوف" is Smirnov)
            and not ending
            and len(letters) > 1
            and letters[0]
            and not set(letters[0]) & _VOWEL_LETTERS
            and letters[1][:1]
            and letters[1][:1] not in _VOWEL_LETTERS
        ):
            # no Arabic word opens with two consonants: "بصل" is Basl, "رمضان" Ramdan
            letters[0] += vowel
        latin_word = "".join(letters) + ending
        out.append(article + latin_word[:1].upper() + latin_word[1:])
    return "".join(out).strip()


def before_vowel(word: str, i: int) -> bool:
    """Whether the letter after ``word[i]`` is read as a vowel: a weak letter there is a consonant.

    "موانغي" is Mwangi, not Muangi: "و" before "ا" is a glide, not a long vowel.
    """
    if i + 1 >= len(word):
        return False
    return transliteration().letters.get(word[i + 1], "") in _VOWEL_LETTERS


_VOWEL_LETTERS = frozenset("aeiou")

_TOKENS = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")

# The longest organisation name looked for, in words ("министерство внутренних
# дел республики таджикистан" has five): bounds the work per speaker.
_ORG_WORDS = 6


def canonical_speaker(name: str, know: Knowledge) -> str:
    """The speaker's name as output: canonical English, else Latin letters.

    Args:
        name: The speaker as the text writes it (any script).
        know: The compiled lexicon of the document's language.

    Returns:
        The canonical English name of a known organisation when the speaker is
        the organisation itself; the person's name in Latin letters when a
        capitalised name follows the organisation and title words ("глава МВД
        Рахимзода" -> "Rakhimzoda"); otherwise the name transliterated.

    Notes:
        Constant work per speaker: at most ``_ORG_WORDS``-word sequences of a
        name of a bounded number of words are looked up.

    Examples:
        >>> from reconcile.extraction.knowledge import knowledge
        >>> canonical_speaker("МВД Таджикистана", knowledge("ru"))
        'Tajik Interior Ministry'
        >>> canonical_speaker("глава МВД Рахимзода", knowledge("ru"))
        'Rakhimzoda'
        >>> canonical_speaker("the UNHCR", knowledge("en"))
        'UN refugee agency (UNHCR)'
        >>> canonical_speaker("Lemon", knowledge("en"))
        'Lemon'
    """
    name = _without_full_stop(name)
    if name in _canonical_names(know):
        # already canonical: "International Organization for Migration (IOM)"
        # again, whose bracketed acronym is no person speaking for the body
        return name
    tokens = [(m.group(), fold(m.group())) for m in _TOKENS.finditer(name)][:16]
    folded = [f for _, f in tokens]
    best = _longest_organization(folded, know) or _inflected_organization(folded, know)
    if best is None:
        # "Oxfam's spokesman": the body's name without the possessive is what the tables know
        endings = know.possessive_endings
        bare = [f[: -len(e)] if (e := _ending(f, endings)) else f for f in folded]
        best = _longest_organization(bare, know)
        folded = bare if best is not None else folded
    if best is not None:
        _, end, canonical = best
        # a name after the organisation and the titles is a person speaking
        # for it: the person is the speaker, the office their role
        # (past the office's region: "وزارة الصحة بالولاية الدكتور أحمد عثمان")
        past = _past_office(tokens, end, know)
        rest = [written for written, low in tokens[past:] if not _office_word(low, know)]
        # (a name without case is two words at least: "ارتفاع" after the body is its object)
        caseless = bool(rest) and not rest[0][:1].isupper()
        if (
            _person_name(rest, know)
            and not _is_place(rest, know)
            and not (caseless and len(rest) < 2)
        ):
            return to_latin(" ".join(rest))
        return _national_society(folded, best, know) or _of_country(
            canonical, folded[end : end + _ORG_WORDS], know, before=folded[best[0] - 1 : best[0]]
        )
    place = _place(folded, know)
    if place is not None:
        return place  # "قالت روسيا": a country speaks through its government
    person = _person_after_title(tokens, know) or _person_before_title(tokens, know)
    if person:
        return to_latin(" ".join(person))
    return (
        _role(folded, know)
        or _body_of_fields(folded, know)
        or _named_organization(name, know)
        or to_latin(_without_preposition(_named_body(name, know), know))
    )


def _body_of_fields(folded: list[str], know: Knowledge) -> str | None:
    """A public body named by its kind and fields, in English.

    "مديرية الصحة" -> "Health Directorate".

    A kind noun (speakers.toml [body_kinds]), maybe after a title ("رئيس
    ادارة الصحة": the body its head speaks for), then one or more fields
    ([body_fields], one or two words each, "و" joining them) and nothing
    else but a country's adjective: "ادارة الكوارث والطوارئ" -> "Disaster
    and Emergencies Department".
    """
    speakers = know.lex.speakers
    if not speakers.body_kinds:
        return None
    words = list(folded)
    while words and words[0] in know.titles:
        words.pop(0)
    kind = _looked_up(words[0], speakers.body_kinds, know) if words else None
    if kind is None:
        return None
    fields: list[str] = []
    i = 1
    while i < len(words):
        two = " ".join(words[i : i + 2])
        if i + 1 < len(words) and two in speakers.body_fields:
            fields.append(speakers.body_fields[two])
            i += 2
            continue
        field = _looked_up(words[i], speakers.body_fields, know)
        if field is None and i + 1 < len(words) and words[i + 1] in know.place_of:
            # "دائرة صحة نينوى": a field before the place it serves has no article
            field = next(
                (
                    speakers.body_fields[a + words[i]]
                    for a in know.definite
                    if a + words[i] in speakers.body_fields
                ),
                None,
            )
        if field is None:
            break
        fields.append(field)
        i += 1
    rest = words[i:]
    # "مركز عمليات الطوارئ الوطني": what the body covers, after its fields
    scope = speakers.body_scopes.get(rest[-1]) if fields and rest else None
    if scope is not None:
        return f"{scope} {' and '.join(fields)} {kind}" if len(rest) == 1 else None
    if fields and len(rest) == 1 and rest[0] in know.place_of:
        # "Nineveh Health Department": the body of a province or a city
        return f"{know.place_of[rest[0]]} {' and '.join(fields)} {kind}"
    countries = _country_words(know)
    if not fields or not all(_looked_up(w, countries, know) for w in rest):
        return None
    return f"{' and '.join(fields)} {kind}"


def _without_preposition(name: str, know: Knowledge) -> str:
    """A name without the preposition glued to its first word: "للشرطة المحلية" -> "الشرطة ...".

    "وفقا للشرطة المحلية": the preposition belongs to "according to", not to
    the name (speakers.toml [name_prefixes]: written opening -> the opening
    the name has alone).
    """
    for written, bare in know.lex.speakers.name_prefixes.items():
        if name.startswith(written) and len(name) > len(written) + 1:
            return bare + name[len(written) :]
    return name


def _organizations_in(folded: list[str], know: Knowledge) -> Iterator[tuple[int, int, str]]:
    """(start, end, canonical) of the longest known organisation starting at each word."""
    for i in range(len(folded)):
        for j in range(min(len(folded), i + _ORG_WORDS), i, -1):
            canonical = know.organizations.get(" ".join(folded[i:j]))
            if canonical is not None:
                yield i, j, canonical
                break


def _longest_organization(folded: list[str], know: Knowledge) -> tuple[int, int, str] | None:
    """(start, end, canonical) of the longest known organisation among ``folded`` words."""
    best: tuple[int, int, str] | None = None
    for found in _organizations_in(folded, know):
        if best is None or found[1] - found[0] > best[1] - best[0]:
            best = found
    return best


@functools.cache
def _canonical_names(know: Knowledge) -> frozenset[str]:
    """The canonical names of the known organisations (what :func:`canonical_speaker` gives)."""
    return frozenset(know.organizations.values())


def last_organization(text: str, know: Knowledge) -> str | None:
    """The canonical name of the last known organisation named in folded ``text``, if any.

    >>> from reconcile.extraction.knowledge import knowledge
    >>> last_organization("the un said rescuers of the red cross found", knowledge("en"))
    'ICRC'
    """
    folded = _TOKENS.findall(text)
    # the one ending last, and of those the longest
    best = max(_organizations_in(folded, know), key=lambda f: (f[1], -f[0]), default=None)
    if best is None:
        return None
    start, end, canonical = best
    # "the libyan red crescent": a national society keeps its country
    written = " ".join(folded[start:end])
    national = national_society_before(" ".join(folded[:end]), written, know)
    return canonical if national == written else canonical_speaker(national, know)


def _inflected_organization(folded: list[str], know: Knowledge) -> tuple[int, int, str] | None:
    """:func:`_longest_organization` for a name in another case than the table's.

    "Министерства здравоохранения", "в Министерстве здравоохранения": cases
    change the end of a word (:func:`_stem`), so the words are compared
    without it, in a language whose speakers.toml lists ``complement_endings``
    (a language with cases) only. The whole name must be a known one.
    """
    if not know.complement_endings or not folded or len(folded) > _ORG_WORDS:
        return None
    canonical = _stemmed_organizations(know).get(" ".join(_stem(w) for w in folded))
    return None if canonical is None else (0, len(folded), canonical)


def is_organization(name: str, know: Knowledge) -> bool:
    """Whether a name is a known organisation's, in the table's case or another one."""
    folded = fold(name)
    return folded in know.organizations or _inflected_organization(folded.split(), know) is not None


def _stem(word: str) -> str:
    """A word without the last two letters, where a case ending stands in a long word."""
    return word[:-2] if len(word) > _SHORT_WORD else word


# words this long or shorter are compared whole: "мвд", "оон", "суд"
_SHORT_WORD = 5


@functools.cache
def _stemmed_organizations(know: Knowledge) -> dict[str, str]:
    """The organisation table keyed by its names' stems (:func:`_stem`); the first listed wins."""
    table: dict[str, str] = {}
    for name, canonical in know.organizations.items():
        table.setdefault(" ".join(_stem(w) for w in name.split()), canonical)
    return table


def _ending(word: str, endings: tuple[str, ...]) -> str:
    """The possessive ending a word closes with ("'s"), if it has more letters before it."""
    return next((e for e in endings if word.endswith(e) and len(word) > len(e)), "")


def _without_full_stop(name: str) -> str:
    """A name that ends its sentence, without the sentence's full stop.

    "сообщило агентство Анадолу." ends with the sentence; "U.S." and "Jr."
    keep theirs (a point inside the word, or a short abbreviation).
    """
    if not name.endswith("."):
        return name
    last = name.rsplit(maxsplit=1)[-1][:-1]
    return name[:-1] if len(last) > 2 and "." not in last else name


def title_without_name(name: str, know: Knowledge) -> str | None:
    """The title a speaker opens with when it names no person ("الرئيس الشيشاني"), else None.

    Returned bare (no article or proclitic) so that "الرئيس" meets "رئيس".
    """
    tokens = [(m.group(), fold(m.group())) for m in _TOKENS.finditer(name)][:16]
    if not tokens or _person_after_title(tokens, know):
        return None
    forms = _bare(tokens[0][1], know)
    if not any(w in know.titles for w in forms):
        return None
    return forms[-1]


def titled_person(name: str, title: str, know: Knowledge) -> bool:
    """Whether a speaker is a person introduced with ``title`` ("رئيس الهيئة ألكسندر ...")."""
    tokens = [(m.group(), fold(m.group())) for m in _TOKENS.finditer(name)][:16]
    return (
        bool(tokens)
        and title in _bare(tokens[0][1], know)
        and bool(_person_after_title(tokens, know))
    )


def _opens_with_article(written: str, know: Knowledge) -> bool:
    """Whether a word of a script without case opens with a joined article ("الامم", "بالاعتماد").

    Read as written: folding makes "ألكسندر" (a hamza, a name) look like the article.
    """
    return not written[:1].isupper() and any(
        written.startswith(article) and len(written) > len(article) + 1 for article in know.definite
    )


def _person_name(words: list[str], know: Knowledge) -> bool:
    """Whether words may be a person's name: capitalised, or (without case) opened by a given name.

    A script without case shows no name: a name of at most four words whose
    first is not a one-letter proclitic or a word with the article is taken as one.
    """
    if not words or any(w[:1].islower() for w in words):
        return False
    if fold(words[-1]) in know.organization_heads:
        return False  # "Prosecutor General's Office": a body, its titles part of its name
    first = words[0]
    if first in know.lex.grammar.locative:
        # "وزارة الصحة في غزة": a place after a preposition, no name (as written:
        # folding spells the name Ali "علي" as the preposition "على" is folded)
        return False
    if first[:1].isupper():
        return True
    return len(words) <= _PERSON_WORDS and len(first) > 1 and not _opens_with_article(first, know)


# The most words a name in a script without case is read as (given name, father's, family).
_PERSON_WORDS = 4


def _bare(word: str, know: Knowledge) -> list[str]:
    """A folded word and its forms without a proclitic ("لمجموعه" -> "مجموعه")."""
    return [word] + [
        word[len(p) :] for p in know.lex.prefixes if word.startswith(p) and len(word) > len(p) + 1
    ]


def _looked_up(word: str, table: Mapping[str, str], know: Knowledge) -> str | None:
    """What ``table`` gives for a folded word, read with or without a proclitic."""
    return next((table[b] for b in _bare(word, know) if b in table), None)


def _office_word(low: str, know: Knowledge) -> bool:
    """Whether a folded word belongs to an office, not a name: a title, a demonym, a place."""
    return any(
        w in know.titles
        or w in know.title_modifiers
        or w in know.links
        or w in know.demonym_of
        or w in know.place_of
        or w in know.referring_speakers
        or w in know.roles
        for w in _bare(low, know)
    )


def _person_after_title(tokens: list[tuple[str, str]], know: Knowledge) -> list[str]:
    """The name after a title and the words of its office: "رئيس الوفد زياد الهاني" -> the name.

    Scripts without case cannot show where a name starts: the name is what
    follows the title once the words of the office (titles, bodies referred
    to, demonyms, places) are passed.
    """
    titled = [
        i for i, (_, low) in enumerate(tokens) if any(w in know.titles for w in _bare(low, know))
    ]
    if not titled or titled[0] != 0:
        return []
    # "مدير مستشفى ننغرهار الاقليمي الدكتور عبد الباري نوري": an office the
    # lexicon does not know, then a title right before the name; the last
    # title is tried first
    for first in reversed(titled):
        rest = [written for written, _ in tokens[_past_office(tokens, first + 1, know) :]]
        if _person_name(rest, know):
            return rest
    return []


def _past_office(tokens: list[tuple[str, str]], n: int, know: Knowledge) -> int:
    """Where the words of an office that run on from ``tokens[n]`` end, in a script without case.

    The office runs on while its words are known or carry the article ("مدير
    الشرطه المحليه كريم"): a name opens without one. Its region may follow a
    settlement noun or a preposition ("والي ولاية البحر الأحمر", "منسق
    الحماية المدنية في شمال كيفو").
    """

    def placed(i: int) -> int:
        # the words of the office's region at ``i``: one, or a known place of two
        if i >= len(tokens):
            return 0
        written, low = tokens[i]
        if _office_word(low, know) or _opens_with_article(written, know):
            return 1
        if any(b in know.lex.places.settlements for b in _bare(low, know)):
            return 1  # "بولاية": a settlement noun behind a proclitic
        return 2 if " ".join(f for _, f in tokens[i : i + 2]) in know.place_of else 0

    while n < len(tokens):
        step = placed(n)
        if not step and tokens[n][1] in know.lex.grammar.locative and placed(n + 1):
            step = 1
        if not step:
            break
        n += step
    return n


def _person_before_title(tokens: list[tuple[str, str]], know: Knowledge) -> list[str]:
    """The name before its title, in a script without case: "علي الربيعي المتحدث باسم الوزارة".

    A name, then the title or role that says who the person is, as an
    appositive: the person is the speaker. At least two words (a given name
    and another) before the title, none of them a word of an office.
    """
    if not tokens or tokens[0][0][:1].isupper() or tokens[0][0][:1].islower():
        return []  # a script with case shows its names by their capitals
    for n, (_, low) in enumerate(tokens[: _PERSON_WORDS + 1]):
        bare = _bare(low, know)
        if any(w in know.titles or w in know.roles for w in bare):
            words = [written for written, _ in tokens[:n]]
            if n >= 2 and not any(_office_word(f, know) for _, f in tokens[:n]):
                return words if _person_name(words, know) else []
            return []
    return []


def _adjective(folded: list[str], know: Knowledge) -> str | None:
    """The English adjective of the first demonym among the words ("التونسيه" -> "Tunisian")."""
    for word in folded:
        for bare in _bare(word, know):
            group = know.demonym_of.get(bare)
            if group is not None:
                return group.rsplit(" ", 1)[0] if " " in group else group
    return None


def _named_organization(name: str, know: Knowledge) -> str | None:
    """A body named after its kind: "مجموعه صوفان" -> "Sufan Group".

    The name is what the text quotes right after the kind noun ('صحيفة
    "الشروق"'), else the words after it that the lexicon does not know, at
    most three: a demonym or a word with the article ends it.
    """
    found = list(_TOKENS.finditer(name))[:16]
    for i, m in enumerate(found):
        word = fold(m.group())
        kind = _looked_up(word, know.organization_types, know)
        if kind is None:
            continue
        quoted = _QUOTED.match(name, m.end())
        if quoted is not None:
            return f"{to_latin(quoted.group(1).strip())} {kind}"
        words = []
        for later in found[i + 1 : i + 4]:
            if _office_word(fold(later.group()), know) or _opens_with_article(later.group(), know):
                break
            words.append(later.group())
        if words:
            return f"{to_latin(' '.join(words))} {kind}"
    return None


# a name in quotes right after a kind noun: 'صحيفة "الشروق"', 'مركز «فيريل»'
# (the speaker read may stop before the closing quote)
_QUOTED = re.compile(r"\s*[\"“«]([^\"”»]{1,60})(?:[\"”»]|$)")


def _role(folded: list[str], know: Knowledge) -> str | None:
    """An unnamed speaker by its role in English, with its country: "Moroccan security official"."""
    best: tuple[int, str] | None = None
    for i in range(len(folded)):
        for j in range(min(len(folded), i + 3), i, -1):
            phrase = " ".join(folded[i:j])
            role = know.roles.get(phrase)
            if role is None and j - i == 1:
                role = _looked_up(phrase, know.roles, know)
            if role is not None:
                if best is None or j - i > best[0]:
                    best = (j - i, role)
                break
    if best is None:
        return None
    adjective = _adjective(folded, know)
    return f"{adjective} {best[1]}" if adjective else best[1]


def _place(folded: list[str], know: Knowledge) -> str | None:
    """The canonical name of a speaker that is a place, read with or without a proclitic."""
    if not folded:
        return None
    whole = " ".join(folded)
    if whole in know.place_of:
        return know.place_of[whole]
    if len(folded) == 1:
        return _looked_up(folded[0], know.place_of, know)
    return None


def _of_country(
    canonical: str, after: list[str], know: Knowledge, *, before: list[str] | None = None
) -> str:
    """An office of no country given the country its name is followed by.

    "МВД Азербайджана": "Interior Ministry" is an office every country has
    (the table also lists it with a nationality: "Tajik Interior
    Ministry"), and the place after it in the genitive names the country
    (subjects.toml [origins]: "азербайджана" -> "Azerbaijani nationals"), so
    the speaker is "Azerbaijani Interior Ministry". So does a demonym right
    before it ("the Russian embassy") or after it with the article
    ("السفارة التركية").
    """
    if canonical not in _offices(know):
        return canonical
    if before:
        # "the Russian embassy": the country's adjective before the office
        group = know.demonym_of.get(before[0])
        if group is not None and group.endswith(_NATIONALS):
            return f"{group.removesuffix(_NATIONALS)} {canonical}"
    for n in range(len(after), 0, -1):
        written = " ".join(after[:n])
        # "السفارة التركية": an adjective after the office, with the article
        group = _looked_up(written, know.origins, know) or _looked_up(
            written, know.demonym_of, know
        )
        if group is not None and group.endswith(_NATIONALS):
            return f"{group.removesuffix(_NATIONALS)} {canonical}"
    return canonical


_NATIONALS = " nationals"


def _national_society(folded: list[str], best: tuple[int, int, str], know: Knowledge) -> str | None:
    """A national society of a movement, by its country: "Kenya Red Cross", not the ICRC.

    "The Kenya Red Cross", "Кенийский Красный Крест" and "الصليب الأحمر
    الكيني" name one society: the movement's name (speakers.toml
    [national_societies]) with a country, or its adjective, right before it
    (a noun for a society may stand between: [society_nouns]) or right after
    it (Arabic puts the adjective after the noun). The
    country comes out as the places table names it, so that every language
    gives one name.
    """
    start, end, _ = best
    society = know.lex.speakers.national_societies.get(" ".join(folded[start:end]))
    if society is None:
        return None
    countries = _country_words(know)
    before = start - 1
    if before > 0 and folded[before] in know.lex.speakers.society_nouns:
        before -= 1  # "Афганское общество Красного Полумесяца": the society's noun between
    for i in (before, end):
        if 0 <= i < len(folded):
            country = _looked_up(folded[i], countries, know)
            if country is not None:
                return f"{country} {society}"
    return None


def movement(name: str, know: Knowledge) -> str | None:
    """The movement a speaker names with no country ("the Red Cross", "الصليب الأحمر"), else None.

    Such a name alone is the movement's international body, unless the
    text has named one of its national societies before (see speaker.py).
    """
    words = [w for w in fold(name).split() if w not in know.definite]
    return know.lex.speakers.national_societies.get(" ".join(words))


def national_society_before(text: str, known: str, know: Knowledge) -> str:
    """A known body's name ending folded ``text``, with the country written before it.

    "... the kenya red cross" ends with "red cross": a national society
    (:func:`_national_society`) keeps its country ("kenya red cross"); any
    other name is returned as it is.
    """
    if known not in know.lex.speakers.national_societies:
        return known
    before = text[: len(text) - len(known)].split()[-2:]
    if len(before) == 2 and before[1] in know.lex.speakers.society_nouns:
        del before[1]  # "кенийское общество красного креста": the society's noun between
    if before and any(b in _country_words(know) for b in _bare(before[-1], know)):
        return f"{before[-1]} {known}"
    return known


@functools.cache
def _country_words(know: Knowledge) -> dict[str, str]:
    """Folded word -> the country it names: a place's name, its adjective, a demonym.

    The adjective is derived from the place's name by speakers.toml
    [country_adjectives] (the ending of the name -> the endings of its
    adjective: "كينيا" -> "كيني", "кения" -> "кенийский", "kenya" -> "kenyan"),
    so no country needs listing twice; a demonym whose group has a country
    (canon groups.toml [country]) covers the irregular ones.
    """
    rules = know.lex.speakers.country_adjectives
    words: dict[str, str] = {}
    for form, country in know.place_of.items():
        if " " in form:
            continue
        words.setdefault(form, country)
        bare = next(
            (
                form[len(a) :]
                for a in know.definite
                if form.startswith(a) and len(form) > len(a) + 2
            ),
            form,
        )
        for ending, adjective_endings in rules.items():
            if bare.endswith(ending) and len(bare) > len(ending) + 2:
                stem = bare[: len(bare) - len(ending)]
                for adjective_ending in adjective_endings:
                    words.setdefault(stem + adjective_ending, country)
    homes = canon().countries
    for word, group in know.demonym_of.items():
        if group in homes:
            words.setdefault(word, homes[group])
    return words


@functools.cache
def _offices(know: Knowledge) -> frozenset[str]:
    """Canonical names of an office every country has.

    Those the organisation table also gives with a nationality before them
    ("Tajik Interior Ministry"), and those ending in the English noun of a
    kind of public body any language lists (speakers.toml [body_kinds]:
    "Health Ministry", "Emergencies Directorate").
    """
    names = set(know.organizations.values())
    kinds = {
        kind
        for code in available_languages()
        for kind in lexicon(code).speakers.body_kinds.values()
    }
    return frozenset(
        name
        for name in names
        if name.rsplit(" ", 1)[-1] in kinds
        or any(o.endswith(" " + name) and o != name for o in names)
    )


def nominative(name: str, know: Knowledge) -> str:
    """A person's name read back from the genitive (speakers.toml [genitive_names]).

    Only capitalised words that are neither acronyms, titles, places nor
    known organisations change ("по данным Минобороны" stays).

    Examples:
        >>> from reconcile.extraction.knowledge import knowledge
        >>> nominative("Рамазона Рахимзоды", knowledge("ru"))
        'Рамазон Рахимзода'
        >>> nominative("Анны Кузнецовой", knowledge("ru"))
        'Анна Кузнецова'
    """
    return " ".join(_nominative_word(word, know) for word in name.split())


def _nominative_word(word: str, know: Knowledge) -> str:
    low = fold(word)
    if (
        not word[:1].isupper()
        or word.isupper()
        or low in know.organizations
        or low in know.place_of
        or low in know.title_words
    ):
        return word
    for ending, nominative_ending in know.genitive_endings:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            return word[: len(word) - len(ending)] + nominative_ending
    return word


def _named_body(name: str, know: Knowledge) -> str:
    """A body by its own name: "Агентство Reuters" is Reuters, the noun its kind.

    Only a speaker noun ([groups]) followed by capitalised words that are not
    a place ("Police Scotland" stays whole) is dropped.
    """
    first, _, rest = name.partition(" ")
    words = rest.split()
    if (
        words
        and fold(first) in know.groups
        and all(w[:1].isupper() for w in words)
        and not _is_place(words, know)
        # "Prosecutor General's Office": the body's own noun ends its name
        and fold(words[-1]) not in know.organization_heads
    ):
        return rest.strip()
    return name


def _is_place(words: list[str], know: Knowledge) -> bool:
    """Whether the words are a place ("Таджикистана"): part of an office, not a person."""
    return " ".join(fold(w) for w in words) in know.place_of
