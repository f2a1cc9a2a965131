"""The exceptions reconcile raises.

Every error derives from :class:`ReconcileError`, so ``except ReconcileError``
catches anything the library raises on purpose. Leaves also derive from the
built-in exception whose meaning they share, so callers that already catch
``ValueError`` or ``OSError`` keep working::

    ReconcileError
    ├── InvalidValueError (ValueError)        a model value failed validation
    │   ├── InvalidQuantityError              bounds, qualifier or number wrong
    │   ├── InvalidSpanError                  a span outside its text
    │   └── InvalidClaimError                 a claim, relation, cluster or report
    ├── UnsupportedLanguageError (ValueError) no lexicon for a language code
    ├── FormatError (ValueError)              JSON or front matter that does not parse
    ├── LexiconError (ValueError)             a language data file that does not fit its schema
    └── DocumentError (OSError)               a file that cannot be read or decoded
"""

from __future__ import annotations

__all__ = [
    "DocumentError",
    "FormatError",
    "InvalidClaimError",
    "InvalidQuantityError",
    "InvalidSpanError",
    "InvalidValueError",
    "LexiconError",
    "ReconcileError",
    "UnsupportedLanguageError",
]


class ReconcileError(Exception):
    """Root of every exception reconcile raises on purpose."""


class InvalidValueError(ReconcileError, ValueError):
    """A model value failed validation at construction.

    Args:
        field: The name of the offending field.
        value: The value that was rejected.
        reason: Why it was rejected, in plain words.

    Examples:
        >>> err = InvalidValueError("low", 5, "must not exceed high (3)")
        >>> str(err)
        'low=5: must not exceed high (3)'
    """

    def __init__(self, field: str, value: object, reason: str) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{field}={value!r}: {reason}")

    def __reduce__(self) -> tuple[type, tuple[str, object, str]]:
        return (type(self), (self.field, self.value, self.reason))


class InvalidQuantityError(InvalidValueError):
    """A quantity whose bounds, qualifier or numbers are inconsistent."""


class InvalidSpanError(InvalidValueError):
    """A span that does not lie inside the text it points into."""


class InvalidClaimError(InvalidValueError):
    """A claim, relation, cluster, estimate or report that is inconsistent."""


class UnsupportedLanguageError(ReconcileError, ValueError):
    """A language code for which reconcile has no lexicon.

    Examples:
        >>> str(UnsupportedLanguageError("xx", ("ar", "en")))
        "no lexicon for language 'xx'; available: ar, en"
    """

    def __init__(self, code: str, available: tuple[str, ...]) -> None:
        self.code = code
        self.available = available
        super().__init__(f"no lexicon for language {code!r}; available: {', '.join(available)}")

    def __reduce__(self) -> tuple[type, tuple[str, tuple[str, ...]]]:
        return (type(self), (self.code, self.available))


class FormatError(ReconcileError, ValueError):
    """Serialised data (JSON, front matter) that does not have the documented shape."""


class LexiconError(ReconcileError, ValueError):
    """A language data file (``reconcile/lang/``) with an unknown key or a value of the wrong shape.

    The message names the file and the key, so that a misspelled table is an
    error, never a feature silently switched off.
    """


class DocumentError(ReconcileError, OSError):
    """A document that cannot be read or decoded.

    Examples:
        >>> str(DocumentError("a.txt", "not valid UTF-8 at byte 3"))
        'a.txt: not valid UTF-8 at byte 3'
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (type(self), (self.path, self.reason))
