import subprocess
import sys
import tomllib
from importlib import resources

import pytest

from reconcile import LexiconError, UnsupportedLanguageError, fold
from reconcile.lang import available_languages, canon, detect_language, lexicon
from reconcile.lang.schema import Grammar, Numbers, Places, Qualifiers, structure

LANG = resources.files("reconcile.lang")


def _raw(code):
    for entry in sorted((LANG / code).iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".toml") and entry.name != "script.toml":
            yield entry.name, tomllib.loads(entry.read_text(encoding="utf-8"))


def _matched_strings(value):
    """Every string of a lexicon file that is matched against text: keys and list items."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield key
            yield from _matched_strings(inner)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, str):
                yield item


@pytest.mark.parametrize("code", available_languages())
def test_every_lexicon_entry_is_already_folded(code):
    """Files are written folded, so what a reader sees is what the matcher compares."""
    checked = 0
    for name, raw in _raw(code):
        for text in _matched_strings(raw):
            checked += 1
            assert fold(text) == text, (name, text)
            assert " ".join(text.split()) == text, (name, text)
    assert checked > 300  # every file was walked, not only the number words


@pytest.mark.parametrize("code", available_languages())
def test_every_language_file_fits_the_schema(code):
    lex = lexicon(code)
    assert lex.numbers.cardinals
    assert lex.qualifiers.before
    assert lex.measures.measures
    assert lex.places.places
    assert lex.script


def test_unknown_table_names_file_and_key():
    with pytest.raises(LexiconError, match=r"en/numbers.toml: unknown key 'cardinal'"):
        structure(Numbers, {"cardinal": {"one": 1}}, "en/numbers.toml")


def test_unknown_key_inside_a_table_names_it():
    with pytest.raises(LexiconError, match=r"grammar.toml \[aux\]: unknown key 'word'"):
        structure(Grammar, {"aux": {"word": ["is"]}}, "grammar.toml")


@pytest.mark.parametrize(
    ("cls", "raw"),
    [
        (Numbers, {"cardinals": {"one": "1"}}),
        (Numbers, {"vague": {"dozens": [99, 24]}}),
        (Numbers, {"bare_scales": "yes"}),
        (Qualifiers, {"before": {"about": {"qualifier": "roughly"}}}),
        (Qualifiers, {"before": {"about": {"qualifier": "approx", "direction": "up"}}}),
        (Qualifiers, {"range": {"dash": ["", "-", "x"]}}),
        (Places, {"places": {"syria": {"name": "", "aliases": []}}}),
        (Places, {"places": {"syria": {"name": "Syria", "alias": []}}}),
    ],
)
def test_values_of_the_wrong_shape_are_errors(cls, raw):
    with pytest.raises(LexiconError):
        structure(cls, raw, "x.toml")


def test_keys_and_words_are_folded_on_reading():
    numbers = structure(Numbers, {"cardinals": {"Twenty  One": 21}}, "x.toml")
    assert dict(numbers.cardinals) == {"twenty one": 21}


def test_regional_codes_fall_back():
    assert lexicon("ar-EG").code == "ar"
    assert lexicon("EN_us").code == "en"


def test_unknown_language_is_an_error():
    with pytest.raises(UnsupportedLanguageError, match="available"):
        lexicon("xx")
    with pytest.raises(TypeError):
        lexicon(3)  # type: ignore[arg-type]


def test_detect_language():
    assert detect_language("") == "en"
    assert detect_language("Some 300 people") == "en"
    assert detect_language("قال نزاروف إن 60 ألفا") == "ar"


def test_canonical_hierarchies_name_places_and_groups_the_languages_give():
    """A name in canon/ that no language file produces would never be reached."""
    places = {
        p.name for code in available_languages() for p in lexicon(code).places.places.values()
    }
    groups = {
        g
        for code in available_languages()
        for table in (lexicon(code).subjects.demonyms, lexicon(code).subjects.origins)
        for g in table.values()
    }
    known = canon()
    assert set(known.place_parents) <= places | set(known.place_parents.values()) | {"Baghdad"}
    assert set(known.group_parents) <= groups | set(known.group_parents.values())
    assert known.place_parents["Mosul"] == "Iraq"
    assert "killed" in known.cumulative
    assert "fighters" in known.stock


def test_a_kind_that_closes_a_stage_is_read_and_checked():
    from reconcile.lang.canon import _kinds

    held = {"family": "held", "measures": ["held"], "behaviour": "stock"}
    freed = {"family": "freed", "measures": ["freed"], "behaviour": "cumulative", "closes": "held"}
    assert _kinds({"held": held, "freed": freed})["freed"].closes == "held"
    assert canon().kinds["released"].closes == "held"
    assert canon().kinds["detained"].closes is None
    with pytest.raises(LexiconError, match="closes names no family: 'jail'"):
        _kinds({"freed": {**freed, "closes": "jail"}})


@pytest.mark.parametrize("bad", [-1, "0", True, 1.5])
def test_a_kind_window_is_a_whole_number_of_days(bad: object) -> None:
    from reconcile.lang.canon import _kinds

    missing = {"family": "missing", "measures": ["missing"], "behaviour": "stock"}
    assert _kinds({"missing": {**missing, "window_days": 0}})["missing"].window_days == 0
    assert _kinds({"missing": missing})["missing"].window_days is None
    with pytest.raises(LexiconError, match="window_days must be a whole number"):
        _kinds({"missing": {**missing, "window_days": bad}})


def test_detecting_a_language_reads_no_lexicon_but_the_scripts():
    # a fresh interpreter: this one's lexicons are loaded and shared by other tests
    script = (
        "from reconcile.lang import detect_language, registry;"
        "print(detect_language('Около 300 человек'), registry._load.cache_info().currsize)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["ru", "0"]
