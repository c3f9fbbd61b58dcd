"""The hash chain: canonical content of an audit event and its SHA-256 link."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

import orjson

GENESIS_HASH = "0" * 64

#: The columns covered by the hash, in the order they are documented.
HASHED_FIELDS = (
    "sequence",
    "occurred_at",
    "actor_type",
    "actor_id",
    "actor_name",
    "action",
    "object_type",
    "object_id",
    "before",
    "after",
    "ip_address",
    "user_agent",
    "outcome",
    "correlation_id",
)


def to_json_safe(value: Any) -> Any:
    """Return the value as plain JSON types (Decimals, dates and enums become strings)."""
    return orjson.loads(orjson.dumps(value, default=str, option=orjson.OPT_NON_STR_KEYS))


def canonical(content: dict[str, Any]) -> bytes:
    """Serialise hashed content deterministically: sorted keys, no spaces, UTF-8."""
    values = {name: content.get(name) for name in HASHED_FIELDS}
    occurred = values["occurred_at"]
    if isinstance(occurred, datetime):
        values["occurred_at"] = occurred.isoformat(timespec="microseconds")
    return orjson.dumps(values, option=orjson.OPT_SORT_KEYS)


def link(prev_hash: str, content: dict[str, Any]) -> str:
    """Return SHA-256 over the previous event's hash and this event's canonical content."""
    return hashlib.sha256(prev_hash.encode("ascii") + canonical(content)).hexdigest()
