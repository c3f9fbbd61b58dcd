"""Reference tables (costs, rates, totals, branches, holidays...): one validated, audited CRUD.

A domain declares each table once as a ``ReferenceTable``: its model, the entity name its audit
actions start with (``productCost`` → ``productCost.record``), the fields a snapshot holds, the
natural key, and an async ``check`` that validates a whole entry (camelCase field errors) and
returns the clean values. The table then offers:

- ``create``: a new entry; an existing one with the same key is refused (``duplicate``).
- ``put``: create or correct the entry with the same key ("set": same currency and day again
  corrects the rate).
- ``update``: change the fields given of an entry (``fixed`` fields never change), re-validated
  as a whole; ``delete``: remove an entry, returned as it was.
- ``query`` / ``get_many``: the entries for paging, in the table's order.

Every change needs the table's permission, runs in one transaction with its audit event, and a
refused one writes nothing. The kernel imports no domain: the permission name and the audit
recorder are given by the declaring domain.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from tortoise.exceptions import IntegrityError
from tortoise.models import Model
from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor, ActorType
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel.guards import raise_if, require

M = TypeVar("M", bound=Model)

Clean = dict[str, Any]
#: Validate a whole entry: the clean values and every problem found.
Check = Callable[[dict[str, Any]], Awaitable[tuple[Clean, list[FieldError]]]]


class AuditRecorder(Protocol):
    """The audit trail's ``record`` (given by the declaring domain)."""

    def __call__(
        self,
        *,
        actor: Actor,
        action: str,
        object_type: str | None = None,
        object_id: str | int | None = None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> Awaitable[Any]: ...


def created_by(actor: Actor) -> int | None:
    """The user who entered an entry (None for API keys and the system)."""
    return actor.id if actor.type == ActorType.USER else None


@dataclass(frozen=True)
class ReferenceTable(Generic[M]):
    """One reference table's rules: validation, natural key, audit names, order."""

    model: type[M]
    #: Audit actions are ``<entity>.<verb>``; the object type is the model's name.
    entity: str
    #: Fields of the audit snapshots (``id`` first).
    fields: tuple[str, ...]
    #: Fields that identify an entry (one entry per key).
    key: tuple[str, ...]
    check: Check
    permission: str
    audit: AuditRecorder
    #: The NOT_FOUND message for an id that names no entry.
    missing: str
    #: Order of ``query`` (ties broken by the last field, usually ``id``).
    order_by: tuple[str, ...]
    #: The error for a second entry with the same key (``create`` and ``update``).
    duplicate: Callable[[Clean], FieldError] | None = None
    #: The error when another writer created the same key during ``put``.
    race: FieldError | None = None
    #: Fields an update keeps from the stored entry (e.g. the product a cost belongs to).
    fixed: tuple[str, ...] = ()

    @property
    def object_type(self) -> str:
        """The audited object type (the model's name)."""
        return self.model.__name__

    def snapshot(self, row: M) -> dict[str, Any]:
        """The audited fields of an entry."""
        return {name: getattr(row, name) for name in self.fields}

    async def _record(self, actor: Actor, verb: str, row: M, **changes: Any) -> None:
        await self.audit(
            actor=actor,
            action=f"{self.entity}.{verb}",
            object_type=self.object_type,
            object_id=row.pk,
            **changes,
        )

    def _same_key(self, clean: Clean) -> QuerySet[M]:
        lookups = {
            (name if clean[name] is not None else f"{name}__isnull"): (
                clean[name] if clean[name] is not None else True
            )
            for name in self.key
        }
        return self.model.filter(**lookups)

    async def _refuse_duplicate(self, clean: Clean, exclude_id: Any = None) -> None:
        if self.duplicate is None:
            return
        query = self._same_key(clean)
        if exclude_id is not None:
            query = query.exclude(pk=exclude_id)
        if await query.exists():
            raise DomainError(self.duplicate(clean))

    async def _get(self, pk: Any) -> M:
        row = await self.model.get_or_none(pk=pk)
        if row is None:
            raise DomainError.single(ErrorCode.NOT_FOUND, self.missing, "id")
        return row

    async def create(self, *, data: dict[str, Any], actor: Actor, verb: str = "create") -> M:
        """Add an entry; one with the same key is refused."""
        require(actor, self.permission)
        clean, errors = await self.check(data)
        raise_if(errors)
        async with db.transaction():
            await self._refuse_duplicate(clean)
            row = await self.model.create(**clean, created_by_id=created_by(actor))
            await self._record(actor, verb, row, after=self.snapshot(row))
        return row

    async def put(self, *, data: dict[str, Any], actor: Actor, verb: str = "set") -> M:
        """Create the entry of this key, or correct the one there (its other fields)."""
        require(actor, self.permission)
        clean, errors = await self.check(data)
        raise_if(errors)
        async with db.transaction():
            row = await self._same_key(clean).first()
            before = self.snapshot(row) if row else None
            if row is None:
                try:
                    row = await self.model.create(**clean, created_by_id=created_by(actor))
                except IntegrityError as exc:
                    if self.race is None:
                        raise
                    raise DomainError(self.race) from exc
            else:
                changes = {k: v for k, v in clean.items() if k not in self.key}
                await self.model.filter(pk=row.pk).update(**changes)
                for name, value in changes.items():
                    setattr(row, name, value)
            await self._record(actor, verb, row, before=before, after=self.snapshot(row))
        return row

    async def update(
        self, *, pk: Any, data: dict[str, Any], actor: Actor, verb: str = "update"
    ) -> M:
        """Change the fields given; the whole entry is validated again."""
        require(actor, self.permission)
        async with db.transaction():
            row = await self._get(pk)
            before = self.snapshot(row)
            merged = {**before, **{k: v for k, v in data.items() if k in self.fields}}
            merged.update({name: getattr(row, name) for name in self.fixed})
            clean, errors = await self.check(merged)
            raise_if(errors)
            await self._refuse_duplicate(clean, exclude_id=row.pk)
            await self.model.filter(pk=row.pk).update(**clean)
            for name, value in clean.items():
                setattr(row, name, value)
            await self._record(actor, verb, row, before=before, after=self.snapshot(row))
        return row

    async def delete(self, *, pk: Any, actor: Actor, verb: str = "delete") -> M:
        """Remove an entry; returns it as it was."""
        require(actor, self.permission)
        async with db.transaction():
            row = await self._get(pk)
            await self.model.filter(pk=row.pk).delete()
            await self._record(actor, verb, row, before=self.snapshot(row))
        return row

    def query(self, **lookups: Any) -> QuerySet[M]:
        """Entries matching the lookups (those given as None or empty are left out), in order."""
        query = self.model.all()
        given = {k: v for k, v in lookups.items() if v is not None and v != ""}
        if given:
            query = query.filter(**given)
        return query.order_by(*self.order_by)

    async def get_many(self, *, ids: Sequence[Any]) -> list[M]:
        """The entries with these ids."""
        return await self.model.filter(pk__in=list(ids))
