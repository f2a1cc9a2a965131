"""The lexicon table of docs/how-to/add-a-language.md names every key a language file may hold.

A language is added as data: a key the guide does not name is one a new
language's author cannot know to fill in, and its feature then stays off for
that language without a word.
"""

from __future__ import annotations

import re
import typing
from pathlib import Path

import attrs
import pytest

from reconcile.lang import schema

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "how-to" / "add-a-language.md"

FILES = {
    "numbers.toml": schema.Numbers,
    "qualifiers.toml": schema.Qualifiers,
    "measures.toml": schema.Measures,
    "subjects.toml": schema.Subjects,
    "places.toml": schema.Places,
    "speakers.toml": schema.Speakers,
    "grammar.toml": schema.Grammar,
    "dates.toml": schema.Dates,
    "transliteration.toml": schema.Transliteration,
}


def _keys(cls: type) -> list[str]:
    """The keys of a file's schema class, with those of its sub-tables ("verbs.relaying")."""
    hints = typing.get_type_hints(cls)
    out = []
    for field in attrs.fields(cls):
        out.append(field.name)
        inner = hints[field.name]
        if attrs.has(inner):
            # "words" is every plain list's key: the table's own name says what it holds
            out += [f"{field.name}.{f.name}" for f in attrs.fields(inner) if f.name != "words"]
    return out


def _row(file: str) -> str:
    rows = [
        line
        for line in GUIDE.read_text(encoding="utf-8").splitlines()
        if line.startswith(f"| `{file}` |")
    ]
    assert len(rows) == 1, f"one row of the lexicon table for {file}"
    return rows[0]


@pytest.mark.parametrize("file", sorted(FILES))
def test_every_key_of_a_language_file_is_in_the_guide(file):
    named = set(re.findall(r"`([a-z_]+)`", _row(file)))
    missing = [key for key in _keys(FILES[file]) if key.rpartition(".")[2] not in named]
    assert not missing, f"{file}: keys the guide does not name: {missing}"


def test_the_guide_names_no_key_the_schema_lacks():
    # a renamed or removed key must not linger in the guide
    every = {k.rpartition(".")[2] for cls in FILES.values() for k in _keys(cls)} | {"words"}
    for file in FILES:
        named = set(re.findall(r"`([a-z_]+)`", _row(file)))
        assert named <= every, f"{file}: the guide names {sorted(named - every)}"


def test_every_family_noun_is_a_noun_of_people():
    # subjects.toml [kin] marks a figure of people: each noun must count people too
    from reconcile.lang import available_languages, lexicon

    for code in available_languages():
        subjects = lexicon(code).subjects
        assert subjects.kin <= set(subjects.people), code
