"""Every root field, called as every role: allowed exactly when the role map says so.

The list of fields and the permission each needs are read from the schema itself, so a new
query or mutation is covered without touching this file — and one without a declared
policy fails here.
"""

from __future__ import annotations

from typing import Any

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    get_named_type,
    is_leaf_type,
)
from graphql.pyutils import Undefined

from backend.api.schema import schema
from backend.domains.auth import permissions as perms
from backend.domains.auth.enums import Role
from backend.domains.auth.permissions import ROLE_PERMISSIONS
from backend.graphql_core.permissions import Policy, policy_of
from tests.factories import GraphQLClient, client_for

SCALAR_LITERALS = {
    "ID": '"eDox"',
    "String": '"x"',
    "Int": "1",
    "Float": "1.5",
    "Boolean": "true",
    "DateTime": '"2026-01-01T00:00:00+00:00"',
    "Date": '"2026-01-01"',
    "Decimal": '"1.00"',
    "JSON": '"x"',
}


def literal(type_: GraphQLInputType) -> str:
    """A valid literal for a required argument of this type."""
    if isinstance(type_, GraphQLNonNull):
        return literal(type_.of_type)
    if isinstance(type_, GraphQLList):
        return f"[{literal(type_.of_type)}]"
    if isinstance(type_, GraphQLEnumType):
        return next(iter(type_.values))
    if isinstance(type_, GraphQLInputObjectType):
        if getattr(schema.get_type_by_name(type_.name), "is_one_of", False):
            name, field = next(iter(type_.fields.items()))
            return f"{{{name}: {literal(field.type)}}}"
        required = [
            f"{name}: {literal(f.type)}"
            for name, f in type_.fields.items()
            if isinstance(f.type, GraphQLNonNull) and f.default_value is Undefined
        ]
        return "{" + ", ".join(required) + "}"
    assert isinstance(type_, GraphQLScalarType)
    return SCALAR_LITERALS[type_.name]


def document(kind: str, name: str, field: GraphQLField) -> str:
    """A minimal operation calling one root field."""
    args = [
        f"{arg_name}: {literal(arg.type)}"
        for arg_name, arg in field.args.items()
        if isinstance(arg.type, GraphQLNonNull)
    ]
    call = f"{name}({', '.join(args)})" if args else name
    selection = "" if is_leaf_type(get_named_type(field.type)) else " { __typename }"
    return f"{kind} {{ {call}{selection} }}"


def root_fields() -> list[tuple[str, str, Policy | None]]:
    """(operation document, field name, declared policy) for every root field."""
    out = []
    converter = schema.config.name_converter
    for kind, root in (("query", schema.query), ("mutation", schema.mutation)):
        gql_type = schema._schema.get_type(root.__strawberry_definition__.name)  # type: ignore[union-attr]
        for field in root.__strawberry_definition__.fields:  # type: ignore[union-attr]
            name = converter.get_graphql_name(field)
            out.append(
                (document(kind, name, gql_type.fields[name]), name, policy_of(field.extensions))
            )
    # logout ends the caller's session, so it goes last
    return sorted(out, key=lambda item: item[1] == "logout")


FIELDS = root_fields()


def codes(result: dict[str, Any]) -> set[str]:
    return {e.get("extensions", {}).get("code", "") for e in result.get("errors") or []}


def test_every_root_field_declares_a_policy() -> None:
    missing = [name for _, name, policy in FIELDS if policy is None]
    assert missing == [], f"root fields without requires()/signed_in()/public(): {missing}"
    assert len(FIELDS) >= 12


#: The permissions behind the controls (docs/architecture.md "Controls"), pinned to the roles
#: that must hold them: a change to the role map that widens a control fails here.
CONTROL_HOLDERS: dict[str, set[Role]] = {
    perms.CUSTOMER_IMPORT: {Role.ADMIN},
    perms.LOAN_CLASSIFY: {Role.RISK_OFFICER},
    perms.PRODUCT_APPROVE: {Role.RISK_OFFICER},
    perms.PRODUCT_RESUME_RISK: {Role.RISK_OFFICER},
    perms.CUSTOMER_PII: {Role.SALES, Role.SERVICE_AGENT},
    perms.MONITORING_WRITE: {Role.RISK_OFFICER},
    perms.AUDIT_READ: {Role.ADMIN, Role.AUDITOR},
    perms.FX_RATE_WRITE: {Role.RISK_OFFICER},
    perms.BENCHMARK_RATE_WRITE: {Role.RISK_OFFICER},
    perms.RISK_RULE_APPROVE: {Role.RISK_OFFICER},
    perms.ROLE_GRANT_APPROVE: {Role.ADMIN},
}


@pytest.mark.parametrize("permission", sorted(CONTROL_HOLDERS))
def test_a_control_permission_is_held_by_exactly_its_roles(permission: str) -> None:
    holders = {role for role, granted in ROLE_PERMISSIONS.items() if permission in granted}
    assert holders == CONTROL_HOLDERS[permission]


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
async def test_role_gets_exactly_its_permissions(gql: GraphQLClient, role: Role) -> None:
    # given
    client = await client_for(gql, role)
    granted = ROLE_PERMISSIONS[role]
    # when / then
    for doc, name, policy in FIELDS:
        assert policy is not None
        result = await client.execute(doc)
        allowed = policy.permission is None or policy.permission in granted
        if allowed:
            assert not codes(result) & {"FORBIDDEN", "UNAUTHENTICATED"}, (name, result)
        else:
            assert "FORBIDDEN" in codes(result), (name, result)


async def test_anonymous_caller_is_unauthenticated_everywhere_but_sign_in(
    gql: GraphQLClient,
) -> None:
    for doc, name, policy in FIELDS:
        assert policy is not None
        result = await gql.execute(doc)
        if policy.authenticated:
            assert "UNAUTHENTICATED" in codes(result), (name, result)
        else:
            assert not codes(result), (name, result)


def test_only_risk_officers_check_risk_rule_changes() -> None:
    # the checker's permission guards approving and rejecting, and only risk officers hold it
    from backend.domains.auth.permissions import RISK_RULE_APPROVE

    guarded = {
        name for _, name, policy in FIELDS if policy and policy.permission == RISK_RULE_APPROVE
    }
    assert guarded == {"riskRuleChangeApprove", "riskRuleChangeReject"}
    holders = {role for role, granted in ROLE_PERMISSIONS.items() if RISK_RULE_APPROVE in granted}
    assert holders == {Role.RISK_OFFICER}
