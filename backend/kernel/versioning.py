"""Optimistic concurrency, once for every domain: a write succeeds only on the version read.

Versioned objects (products, rules, segments, alerts, orders, contracts...) carry a ``version``
column. Callers pass the ``expectedVersion`` they saw; a stale one is a CONFLICT on the field
``expectedVersion``, never a silent overwrite. The write itself is a conditional UPDATE on the
version, so two racing writers cannot both win (SQLite has no SELECT ... FOR UPDATE).
"""

from __future__ import annotations

from typing import Any, TypeVar

from tortoise.models import Model

from backend.errors import DomainError, ErrorCode
from backend.kernel import clock

M = TypeVar("M", bound=Model)

#: The field a stale version is reported on.
VERSION_FIELD = "expectedVersion"
STALE = "This was changed by someone else (now version {version}); reload it."
LOST_RACE = "This was changed by someone else; reload it."


def check_version(obj: Model, expected_version: int | None) -> None:
    """Refuse with CONFLICT when the caller saw another version than the stored one."""
    current = obj.version  # type: ignore[attr-defined]
    if expected_version is not None and current != expected_version:
        raise DomainError.single(ErrorCode.CONFLICT, STALE, VERSION_FIELD, version=current)


async def versioned_update(obj: M, *, expected_version: int, changes: dict[str, Any]) -> M:
    """Write ``changes`` and bump the version if nobody else wrote since ``expected_version``.

    Sets ``updated_at`` when the model has one, and applies the changes to ``obj``.
    """
    check_version(obj, expected_version)
    values = {**changes, "version": expected_version + 1}
    if "updated_at" in obj._meta.fields_map and "updated_at" not in values:
        values["updated_at"] = clock.now()
    updated = await type(obj).filter(pk=obj.pk, version=expected_version).update(**values)
    if not updated:
        raise DomainError.single(ErrorCode.CONFLICT, LOST_RACE, VERSION_FIELD)
    for name, value in values.items():
        setattr(obj, name, value)
    return obj
