"""Checks of a GraphQL request made once, before validation or execution, for every operation.

Pure functions over the parsed document; ``extensions.DocumentGuard`` applies them:

- the operation to run (several operations need ``operationName``);
- the root fields an anonymous caller may select (those declared ``public()``);
- the cost of the operation: each field costs 1, times the page size of the connection or
  list of objects it sits in (``first``/``last``, else 20 for a connection page and 2 for a
  plain list; a list of scalars is one field; fragments on the concrete types of an interface
  or union count as the dearest of them, an object being of one type), plus each repeat of a response name within one selection set (validation compares every
  such pair, so 240 ``me { id }`` cost 28,680, not 480);
- text input: no control characters (but tab, newline, carriage return) and no bidirectional
  overrides, in literals and in variables alike; filter texts at most ``MAX_FILTER_TEXT``.
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    StringValueNode,
    VariableNode,
    get_named_type,
    is_list_type,
    print_ast,
    value_from_ast,
)
from graphql.language import Visitor, visit
from graphql.validation import ASTValidationRule
from strawberry.schema.schema import validate_document

#: The cost of a connection page without ``first``/``last`` (the default page size).
DEFAULT_PAGE_COST = 20
#: The most a page can hold (larger pages are refused by the connection anyway).
MAX_PAGE_COST = 100
#: What a list of objects without a page size counts for: its length is bounded by the
#: data (a rule's changes, a product's fees), not chosen by the caller as a page is.
LIST_COST = 2
#: The longest text a filter (any ``...Filter`` input) may search for.
MAX_FILTER_TEXT = 200

#: C0 controls but tab, newline and carriage return; DEL and C1 controls; bidi overrides.
FORBIDDEN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class CostExceeded(Exception):
    """The operation costs more than the caller may spend (raised as soon as it does)."""

    def __init__(self, cost: int) -> None:
        super().__init__(cost)
        self.cost = cost


def operations(document: DocumentNode) -> list[OperationDefinitionNode]:
    """The operations a document defines."""
    return [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]


def fragments(document: DocumentNode) -> dict[str, FragmentDefinitionNode]:
    """The fragments a document defines, by name."""
    return {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}


def selected_operation(
    document: DocumentNode, operation_name: str | None
) -> OperationDefinitionNode | None:
    """The operation a request runs: the named one, or the only one (None when ambiguous)."""
    ops = operations(document)
    if operation_name is None:
        return ops[0] if len(ops) == 1 else None
    return next((op for op in ops if op.name and op.name.value == operation_name), None)


def root_type(
    schema: GraphQLSchema, operation: OperationDefinitionNode
) -> GraphQLObjectType | None:
    """The root object type an operation selects from."""
    kind = operation.operation.value
    if kind == "query":
        return schema.query_type
    if kind == "mutation":
        return schema.mutation_type
    return schema.subscription_type


def root_field_names(
    operation: OperationDefinitionNode, frags: dict[str, FragmentDefinitionNode]
) -> set[str]:
    """The root fields an operation selects, through fragments."""
    names: set[str] = set()
    seen: set[str] = set()

    def walk(selection_set: SelectionSetNode) -> None:
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                names.add(selection.name.value)
            elif isinstance(selection, InlineFragmentNode):
                walk(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name not in seen and name in frags:
                    seen.add(name)
                    walk(frags[name].selection_set)

    walk(operation.selection_set)
    return names


@dataclass
class _Costing:
    schema: GraphQLSchema
    frags: dict[str, FragmentDefinitionNode]
    variables: dict[str, Any]
    limit: int

    def check(self, cost: int) -> int:
        """Stop as soon as a part of the operation alone costs more than the limit."""
        if cost > self.limit:
            raise CostExceeded(cost)
        return cost

    def page_size(self, node: FieldNode) -> int:
        """The ``first``/``last`` of a paged field (the default page when it has none)."""
        sizes: list[int] = []
        for argument in node.arguments or ():
            if argument.name.value not in ("first", "last"):
                continue
            value = argument.value
            if isinstance(value, IntValueNode):
                sizes.append(int(value.value))
            elif isinstance(value, VariableNode):
                given = self.variables.get(value.name.value)
                if isinstance(given, int) and not isinstance(given, bool):
                    sizes.append(given)
        return max(1, min(max(sizes, default=DEFAULT_PAGE_COST), MAX_PAGE_COST))

    def selection_set(
        self,
        selection_set: SelectionSetNode,
        parent: GraphQLNamedType | None,
        page: int | None,
        stack: tuple[str, ...],
    ) -> int:
        """The cost of one selection set: the fields every object answers, plus the dearest
        of the fragments on one concrete type (an object is of one type only)."""
        groups: dict[str, list[FieldNode]] = {}
        for node, owner in self._fields(selection_set, parent, stack):
            name = owner.name if owner is not None and owner is not parent else ""
            groups.setdefault(name, []).append(node)
        owners = {name: self.schema.get_type(name) if name else parent for name in groups}
        common = self._group(groups.get("", []), parent, page, stack)
        dearest = max(
            (
                self._group(nodes + groups.get("", []), owners[name], page, stack) - common
                for name, nodes in groups.items()
                if name
            ),
            default=0,
        )
        return self.check(common + dearest)

    def _group(
        self,
        nodes: list[FieldNode],
        owner: GraphQLNamedType | None,
        page: int | None,
        stack: tuple[str, ...],
    ) -> int:
        keys: Counter[str] = Counter()
        cost = 0
        for node in nodes:
            key = node.alias.value if node.alias else node.name.value
            keys[key] += 1
            # validation compares each pair of fields answering under one name
            cost = self.check(cost + keys[key] - 1 + self.field(node, owner, page, stack))
        return cost

    def _fields(
        self,
        selection_set: SelectionSetNode,
        parent: GraphQLNamedType | None,
        stack: tuple[str, ...],
    ) -> Iterator[tuple[FieldNode, GraphQLNamedType | None]]:
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                yield selection, parent
            elif isinstance(selection, InlineFragmentNode):
                owner = (
                    self.schema.get_type(selection.type_condition.name.value)
                    if selection.type_condition
                    else parent
                )
                yield from self._fields(selection.selection_set, owner, stack)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.frags.get(name)
                if fragment is None or name in stack:  # unknown or cyclic: validation says so
                    continue
                owner = self.schema.get_type(fragment.type_condition.name.value)
                yield from self._fields(fragment.selection_set, owner, (*stack, name))

    def field(
        self,
        node: FieldNode,
        parent: GraphQLNamedType | None,
        page: int | None,
        stack: tuple[str, ...],
    ) -> int:
        """The cost of one field: 1 plus its selections, times the size of its list."""
        name = node.name.value
        if name in ("__schema", "__type"):
            return 0  # introspection is refused in production and costs nothing here
        definition = getattr(parent, "fields", {}).get(name)
        if definition is None:
            return 1  # __typename, or a field validation will refuse
        multiplier = 1
        child_page: int | None = None
        is_list = is_list_type(_nullable(definition.type))
        if "first" in definition.args or "last" in definition.args:
            size = self.page_size(node)
            if is_list:
                multiplier = size
            else:
                child_page = size
        elif is_list and node.selection_set is not None:
            multiplier = page if page is not None else LIST_COST
        inner = 0
        if node.selection_set is not None:
            child = get_named_type(definition.type)
            inner = self.selection_set(node.selection_set, child, child_page, stack)
        return self.check(multiplier * (1 + inner))


def _nullable(type_: Any) -> Any:
    return type_.of_type if isinstance(type_, GraphQLNonNull) else type_


def operation_cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: dict[str, Any] | None,
    limit: int,
) -> int:
    """The cost of an operation; raises ``CostExceeded`` once it passes the limit."""
    costing = _Costing(schema, fragments(document), variables or {}, limit)
    return costing.selection_set(operation.selection_set, root_type(schema, operation), None, ())


# --- text ---------------------------------------------------------------------------------


def bad_text_in_value(value: Any, path: str) -> str | None:
    """The path of the first string (or key) holding a forbidden character, if any."""
    if isinstance(value, str):
        return path if FORBIDDEN_TEXT.search(value) else None
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and FORBIDDEN_TEXT.search(key):
                return path
            found = bad_text_in_value(item, f"{path}.{key}")
            if found:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = bad_text_in_value(item, f"{path}[{index}]")
            if found:
                return found
    return None


class _StringLiterals(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.found: StringValueNode | None = None

    def enter_string_value(self, node: StringValueNode, *_: Any) -> Any:
        if FORBIDDEN_TEXT.search(node.value):
            self.found = node
            return self.BREAK
        return None


def bad_text_in_document(document: DocumentNode) -> StringValueNode | None:
    """The first string literal of a document holding a forbidden character, if any."""
    visitor = _StringLiterals()
    visit(document, visitor)
    return visitor.found


def long_filter_text(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: dict[str, Any],
) -> str | None:
    """The path of the first filter text longer than ``MAX_FILTER_TEXT``, if any.

    ``variables`` are the coerced variable values; every argument of every field of the
    operation (through fragments) is read with its type.
    """
    frags = fragments(document)

    def check(type_: GraphQLInputType, value: Any, path: str, in_filter: bool) -> str | None:
        type_ = _nullable(type_)
        if value is None:
            return None
        if isinstance(type_, GraphQLList):
            items = value if isinstance(value, list) else [value]
            for index, item in enumerate(items):
                found = check(type_.of_type, item, f"{path}[{index}]", in_filter)
                if found:
                    return found
            return None
        if isinstance(type_, GraphQLInputObjectType) and isinstance(value, dict):
            is_filter = in_filter or type_.name.endswith("Filter")
            for name, field in type_.fields.items():
                key = field.out_name or name
                found = check(
                    field.type, value.get(key, value.get(name)), f"{path}.{name}", is_filter
                )
                if found:
                    return found
            return None
        if in_filter and isinstance(value, str) and len(value) > MAX_FILTER_TEXT:
            return path
        return None

    def walk(selection_set: SelectionSetNode, parent: Any, seen: frozenset[str]) -> str | None:
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                definition = getattr(parent, "fields", {}).get(selection.name.value)
                if definition is None:
                    continue
                for argument in selection.arguments or ():
                    arg = definition.args.get(argument.name.value)
                    if arg is None:
                        continue
                    value = value_from_ast(argument.value, arg.type, variables)
                    found = check(arg.type, value, argument.name.value, False)
                    if found:
                        return found
                if selection.selection_set is not None:
                    found = walk(selection.selection_set, get_named_type(definition.type), seen)
                    if found:
                        return found
            elif isinstance(selection, InlineFragmentNode):
                owner = (
                    schema.get_type(selection.type_condition.name.value)
                    if selection.type_condition
                    else parent
                )
                found = walk(selection.selection_set, owner, seen)
                if found:
                    return found
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name in seen or name not in frags:
                    continue
                fragment = frags[name]
                owner = schema.get_type(fragment.type_condition.name.value)
                found = walk(fragment.selection_set, owner, seen | {name})
                if found:
                    return found
        return None

    return walk(operation.selection_set, root_type(schema, operation), frozenset())


# --- validation cache -----------------------------------------------------------------------


class ValidationCache:
    """Validation results by the document's printed form (comments, spacing and a trailing
    ``#nonce`` do not make a new entry) and the rules; least recently used entries go first."""

    def __init__(self, maxsize: int = 512) -> None:
        self.maxsize = maxsize
        self._entries: OrderedDict[
            tuple[str, tuple[type[ASTValidationRule], ...]], list[GraphQLError]
        ] = OrderedDict()
        self._printed: OrderedDict[str, str] = OrderedDict()
        self.misses = 0

    def _key(self, text: str | None, document: DocumentNode) -> str:
        """The printed form of a document, remembered by its text (printing is not free)."""
        if text is None:
            return print_ast(document)
        printed = self._printed.get(text)
        if printed is None:
            printed = self._printed[text] = print_ast(document)
            if len(self._printed) > self.maxsize:
                self._printed.popitem(last=False)
        return printed

    def validate(
        self,
        schema: GraphQLSchema,
        document: DocumentNode,
        rules: tuple[type[ASTValidationRule], ...],
        text: str | None = None,
    ) -> list[GraphQLError]:
        """Validate a document (Strawberry's rules added to the given ones), or return the
        cached result of one printed the same."""
        key = (self._key(text, document), rules)
        if key in self._entries:
            self._entries.move_to_end(key)
            return self._entries[key]
        self.misses += 1
        errors = validate_document(schema, document, rules)
        self._entries[key] = errors
        if len(self._entries) > self.maxsize:
            self._entries.popitem(last=False)
        return errors


def string_literals(document: DocumentNode) -> list[str]:
    """Every string literal of a document (for scrubbing logs)."""
    found: list[str] = []

    class Collect(Visitor):
        def enter_string_value(self, node: StringValueNode, *_: Any) -> None:
            found.append(node.value)

    visit(document, Collect())
    return found
