"""Turning Strawberry input objects into the plain dicts domain services take."""

from __future__ import annotations

import dataclasses
from typing import Any

import strawberry


def to_plain(value: Any) -> Any:
    """Turn input objects into dicts of snake_case keys, leaving out fields not given."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if getattr(value, f.name) is not strawberry.UNSET
        }
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    return value
