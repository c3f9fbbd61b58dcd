"""Root fields of a reference table, declared once: a paged list and its audited mutations.

``reference_fields(...)`` builds a ``Query`` and a ``Mutation`` class for one table from its
GraphQL type, payloads and service calls; a domain's resolvers compose them like any other
root classes. The list takes Relay paging (``first/after/last/before``) plus the table's own
filter arguments; each mutation runs its service call through ``mutation.run`` (payload
errors, refusals audited as ``<entity>.<verb>``). Field names, arguments and payloads come
from the declaration, so a new table (branches, channels, FX rates, holidays) is one call.
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Annotated, Any

import strawberry
from tortoise.queryset import QuerySet

from backend.actor import Actor
from backend.graphql_core import mutation
from backend.graphql_core.pagination import paginate
from backend.graphql_core.permissions import requires
from backend.graphql_core.types import Connection, pk_of, to_global_id

First = Annotated[
    int | None,
    strawberry.argument(description="Page size from the start or `after` (0–100, default 20)."),
]
After = Annotated[
    str | None, strawberry.argument(description="Cursor to continue after (forward paging).")
]
Last = Annotated[
    int | None,
    strawberry.argument(description="Page size from the end or `before` (0–100)."),
]
Before = Annotated[
    str | None, strawberry.argument(description="Cursor to stop before (backward paging).")
]
IdArg = Annotated[strawberry.ID, strawberry.argument(description="ID of the entry.")]
PAGING = (("first", First), ("after", After), ("last", Last), ("before", Before))


@dataclass(frozen=True)
class Argument:
    """A filter argument of the list field (default null)."""

    name: str
    annotation: Any
    description: str


@dataclass(frozen=True)
class Write:
    """A mutation that creates, sets or updates an entry from an input.

    ``call(data=..., actor=...)`` (``pk=`` too when ``by_id``) is the service function;
    ``prepare`` turns the input into its ``data`` (default: the fields given, enums as values).
    """

    verb: str
    description: str
    input: Any
    call: Callable[..., Awaitable[Any]]
    by_id: bool = False
    prepare: Callable[[Any], dict[str, Any]] | None = None


@dataclass(frozen=True)
class Delete:
    """The mutation that deletes an entry: ``call(pk=..., actor=...)``."""

    description: str
    call: Callable[..., Awaitable[Any]]


def input_data(input: Any) -> dict[str, Any]:
    """The input's fields that were given (UNSET ones left out), enums as their values."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(input):
        value = getattr(input, f.name)
        if value is strawberry.UNSET:
            continue
        out[f.name] = value.value if isinstance(value, Enum) else value
    return out


def _param(name: str, annotation: Any, default: Any = inspect.Parameter.empty) -> inspect.Parameter:
    return inspect.Parameter(
        name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation
    )


def _resolver(
    function: Callable[..., Any], name: str, params: list[inspect.Parameter], returns: Any
) -> Callable[..., Any]:
    """Give a generic resolver the signature Strawberry reads its arguments from."""
    own = [
        inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD),
        _param("info", strawberry.Info),
        *params,
    ]
    function.__signature__ = inspect.Signature(own, return_annotation=returns)  # type: ignore[attr-defined]
    function.__annotations__ = {p.name: p.annotation for p in own[1:]} | {"return": returns}
    function.__name__ = name
    return function


def _camel(name: str) -> str:
    return name[:1].upper() + name[1:]


def reference_fields(
    *,
    entity: str,
    node: Any,
    read_permission: str,
    write_permission: str,
    list_description: str,
    filters: Sequence[Argument],
    query: Callable[..., QuerySet[Any]],
    payload: Any,
    delete_payload: Any,
    writes: Sequence[Write],
    delete: Delete,
) -> tuple[type, type]:
    """The Query and Mutation classes of one table.

    ``entity`` is the camelCase name (``productCost``): the list is ``<entity>s``, mutations
    ``<entity><Verb>`` audited as ``<entity>.<verb>``; ``node`` is the GraphQL type (with
    ``from_model``) whose name is the global ID's type; ``query(**filters)`` returns the rows.
    """
    type_name = node.__name__
    payload_field = "".join("_" + c.lower() if c.isupper() else c for c in entity)

    async def list_entries(self: Any, info: strawberry.Info, **kwargs: Any) -> Any:
        paging = {name: kwargs.pop(name) for name, _ in PAGING}
        return await paginate(query(**kwargs), node.from_model, **paging)

    params = [_param(n, a, None) for n, a in PAGING] + [
        _param(
            a.name, Annotated[a.annotation, strawberry.argument(description=a.description)], None
        )
        for a in filters
    ]
    list_field = strawberry.field(
        resolver=_resolver(list_entries, f"{entity}s", params, Connection[node]),
        name=f"{entity}s",
        description=list_description,
        extensions=requires(read_permission),
    )

    async def run(info: strawberry.Info, verb: str, call: Awaitable[Any], pk: int | None) -> Any:
        actor: Actor = info.context.actor
        return await mutation.run(
            call, actor=actor, action=f"{entity}.{verb}", object_type=type_name, object_id=pk
        )

    def write_field(spec: Write) -> Any:
        prepare = spec.prepare or input_data

        async def write(
            self: Any, info: strawberry.Info, input: Any, id: strawberry.ID | None = None
        ) -> Any:
            actor = info.context.actor
            pk = pk_of(id, type_name) if spec.by_id and id is not None else None
            data = prepare(input)
            if not spec.by_id:
                call = spec.call(data=data, actor=actor)
            elif pk is None:
                call = mutation.not_found()
            else:
                call = spec.call(pk=pk, data=data, actor=actor)
            row, errors = await run(info, spec.verb, call, pk)
            return payload(**{payload_field: node.from_model(row) if row else None}, errors=errors)

        params = [_param("id", IdArg)] if spec.by_id else []
        params.append(
            _param("input", Annotated[spec.input, strawberry.argument(description="The values.")])
        )
        name = f"{entity}{_camel(spec.verb)}"
        return strawberry.mutation(
            resolver=_resolver(write, name, params, payload),
            name=name,
            description=spec.description,
            extensions=requires(write_permission),
        )

    async def delete_entry(self: Any, info: strawberry.Info, id: strawberry.ID) -> Any:
        pk = pk_of(id, type_name)
        call = mutation.not_found() if pk is None else delete.call(pk=pk, actor=info.context.actor)
        row, errors = await run(info, "delete", call, pk)
        deleted = to_global_id(type_name, row.id) if row else None
        return delete_payload(deleted_id=deleted, errors=errors)

    delete_name = f"{entity}Delete"
    delete_field = strawberry.mutation(
        resolver=_resolver(delete_entry, delete_name, [_param("id", IdArg)], delete_payload),
        name=delete_name,
        description=delete.description,
        extensions=requires(write_permission),
    )
    query_class = strawberry.type(
        type(f"{type_name}Query", (), {"__annotations__": {}, f"{payload_field}s": list_field})
    )
    members: dict[str, Any] = {"__annotations__": {}}
    for spec in writes:
        members[f"{payload_field}_{spec.verb}"] = write_field(spec)
    members[f"{payload_field}_delete"] = delete_field
    mutation_class = strawberry.type(type(f"{type_name}Mutation", (), members))
    return query_class, mutation_class
