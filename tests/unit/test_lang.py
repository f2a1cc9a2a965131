import pytest

from reconcile import UnsupportedLanguageError, fold
from reconcile.lang import available_languages, detect_language, lexicon


def _keys(value):
    if hasattr(value, "items"):
        for key, inner in value.items():
            yield key
            yield from _keys(inner)


@pytest.mark.parametrize("code", available_languages())
def test_every_lexicon_entry_is_already_folded(code):
    lex = lexicon(code)
    keys = [
        *lex.cardinals,
        *lex.scales,
        *lex.suffixes,
        *lex.vague,
        *lex.vague_multipliers,
        *lex.before,
        *lex.after,
    ]
    for table in lex.data.values():
        for inner in table.values():
            keys.extend(_keys(inner))
    assert keys
    for key in keys:
        assert fold(key) == key, key
        assert " ".join(key.split()) == key, key


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
    assert detect_language("قال نزاروف إن 60 ألفا") == "ar"
