"""Assemble the GraphQL schema from every domain's root types.

Adding a domain adds one base class to ``Query`` / ``Mutation``.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import strawberry
from graphql import GraphQLError
from graphql.validation import ASTValidationRule, NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    max_aliases,
    query_depth_limiter,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext

from backend.api.extensions import DocumentGuard, MaskUnexpectedErrors, OperationMetrics
from backend.api.guards import ValidationCache
from backend.api.refusals import AuditRefusals
from backend.graphql_core.permissions import policy_of
from backend.graphql_core.scalars import DecimalScalar
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


class BankSchema(strawberry.Schema):
    """Strawberry's schema without its error log: expected errors (bad input, refusals) are
    answered, not logged, and unexpected ones are logged once, scrubbed of submitted values,
    by ``MaskUnexpectedErrors``."""

    #: Validation results by printed document, shared by every request to this schema.
    validation_cache: ValidationCache | None = None

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        return None


def public_root_fields() -> frozenset[str]:
    """The root fields declared ``public()`` — all an anonymous caller may select."""
    converter = StrawberryConfig().name_converter
    names = set()
    for root in (Query, Mutation, Subscription):
        for field in root.__strawberry_definition__.fields:  # type: ignore[union-attr]
            policy = policy_of(field.extensions)
            if policy is not None and not policy.authenticated:
                names.add(converter.get_graphql_name(field))
    return frozenset(names)


def build_schema(*, production: bool = False) -> strawberry.Schema:
    """Build the schema with the security limits; production also disables introspection."""
    # The limits' rule classes are made once, so the validation cache's key (document and
    # rules) repeats from one request to the next.
    rules: list[type[ASTValidationRule]] = [
        query_depth_limiter.create_validator(MAX_DEPTH, None, None),
        max_aliases.create_validator(MAX_ALIASES),
    ]
    if production:
        rules.append(NoSchemaIntrospectionCustomRule)
    cache = ValidationCache(maxsize=512)
    public = public_root_fields()
    extensions: list[Callable[[], SchemaExtension] | type[SchemaExtension]] = [
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: AddValidationRules(rules),
        lambda: ParserCache(maxsize=512),
        lambda: DocumentGuard(cache=cache, public_fields=public),
        MaskUnexpectedErrors,
        OperationMetrics,
        AuditRefusals,
    ]
    built = BankSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=[User, ApiKey, AuditEvent, ProductDocument, ProductChangeRequest],
        extensions=extensions,
        config=StrawberryConfig(scalar_map={Decimal: DecimalScalar}),
    )
    built.validation_cache = cache
    return built


#: The development schema, exported to ``schema.graphql`` by ``make schema``.
schema = build_schema()
