"""The JSON Schema of reconcile's interchange format, shipped with the package.

One file, ``reconcile.schema.json`` (JSON Schema draft 2020-12), defines a
claim, a report and their parts under ``$defs``; :func:`json_schema` gives a
schema for any of them. Objects allow fields not listed: the format may grow.
"""

from __future__ import annotations

import copy
import functools
import json
from importlib import resources
from typing import Any, Literal

__all__ = ["Definition", "json_schema"]

Definition = Literal["report", "claim", "quantity", "document", "cluster", "estimate", "relation"]
"""The parts of the format the schema defines."""


@functools.cache
def _schema() -> dict[str, Any]:
    text = resources.files(__name__).joinpath("reconcile.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def json_schema(definition: Definition = "report") -> dict[str, Any]:
    """The JSON Schema of a report (``reconcile report --format json``) or of one of its parts.

    Validate with any draft 2020-12 validator, e.g. ``jsonschema``.

    Raises:
        KeyError: If ``definition`` names no part of the format.

    Examples:
        >>> json_schema("claim")["$ref"]
        '#/$defs/claim'
        >>> sorted(json_schema()["$defs"]["claim"]["required"])
        ['document', 'id', 'quantity', 'span']
    """
    schema = copy.deepcopy(_schema())
    if definition not in schema["$defs"]:
        raise KeyError(definition)
    schema["$ref"] = f"#/$defs/{definition}"
    return schema
