"""Assemble the GraphQL schema from every domain's root types.

Adding a domain adds one base class to ``Query`` / ``Mutation``.
"""

from __future__ import annotations

from collections.abc import Callable

import strawberry
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)

from backend.api.extensions import MaskUnexpectedErrors, OperationMetrics
from backend.api.refusals import AuditRefusals
from backend.resolvers.audit import AuditQuery
from backend.resolvers.auth import AuthMutation, AuthQuery
from backend.resolvers.customers import CustomerMutation, CustomerQuery
from backend.resolvers.monitoring import MonitoringMutation, MonitoringQuery, Subscription
from backend.resolvers.node import NodeQuery
from backend.resolvers.products import ProductMutation, ProductQuery
from backend.schema.audit.events import AuditEvent
from backend.schema.auth.api_keys import ApiKey
from backend.schema.auth.users import User
from backend.schema.products.types import ProductChangeRequest, ProductDocument

MAX_DEPTH = 10
MAX_ALIASES = 15
MAX_TOKENS = 1000


@strawberry.type(description="Read operations of the BankPM API.")
class Query(
    NodeQuery,
    AuthQuery,
    AuditQuery,
    ProductQuery,
    CustomerQuery,
    MonitoringQuery,
):
    pass


@strawberry.type(
    description="Write operations of the BankPM API; each returns a payload with errors."
)
class Mutation(
    AuthMutation,
    ProductMutation,
    CustomerMutation,
    MonitoringMutation,
):
    pass


def build_schema(*, production: bool = False) -> strawberry.Schema:
    """Build the schema with the security limits; production also disables introspection."""
    extensions: list[Callable[[], SchemaExtension] | type[SchemaExtension]] = [
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: QueryDepthLimiter(max_depth=MAX_DEPTH),
        lambda: MaxAliasesLimiter(max_alias_count=MAX_ALIASES),
        lambda: ParserCache(maxsize=512),
        lambda: ValidationCache(maxsize=512),
        MaskUnexpectedErrors,
        OperationMetrics,
        AuditRefusals,
    ]
    if production:
        extensions.append(lambda: AddValidationRules([NoSchemaIntrospectionCustomRule]))
    return strawberry.Schema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=[User, ApiKey, AuditEvent, ProductDocument, ProductChangeRequest],
        extensions=extensions,
    )


#: The development schema, exported to ``schema.graphql`` by ``make schema``.
schema = build_schema()
