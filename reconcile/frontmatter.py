"""Front matter: the optional ``---`` block of ``key: value`` lines that opens a file.

Kept apart from :mod:`reconcile.documents` because extraction needs to know
where a document's body starts (figures in the front matter are metadata, not
claims) and must not depend on the reading of files.
"""

from __future__ import annotations

import re

from .errors import FormatError

__all__ = ["body_offset", "front_matter"]

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>(?:.*\r?\n)*?)---[ \t]*(?:\r?\n|\Z)")


def front_matter(text: str) -> dict[str, str]:
    r"""The front matter's keys (lower case) and values; empty when there is none.

    Examples:
        >>> front_matter("---\nTitle: T\n---\nBody")
        {'title': 'T'}
    """
    m = _FRONT_MATTER.match(text)
    if m is None:
        return {}
    meta: dict[str, str] = {}
    for number, line in enumerate(m.group("body").splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            raise FormatError(f"front matter line {number} is not 'key: value': {line!r}")
        meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta


def body_offset(text: str) -> int:
    r"""Where the text after the front matter starts (0 when there is none).

    Examples:
        >>> body_offset("---\ntitle: T\n---\nBody")
        17
        >>> body_offset("Body")
        0
    """
    m = _FRONT_MATTER.match(text)
    return m.end() if m else 0
