"""The ``node(id:)`` field: fetch any object by global ID, with that type's permission."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import strawberry

from backend.actor import Actor
from backend.domains.audit import service as audit_service
from backend.domains.auth import permissions as perms
from backend.domains.auth import service as auth_service
from backend.domains.customers import access as customers_access
from backend.domains.customers import feedback as feedback_service
from backend.domains.customers import needs as needs_service
from backend.domains.customers import segments as segments_service
from backend.domains.customers import service as customers_service
from backend.domains.customers import surveys as surveys_service
from backend.domains.monitoring import access_anomaly as monitoring_access
from backend.domains.monitoring import alerts as monitoring_alerts
from backend.domains.monitoring import reference as monitoring_reference
from backend.domains.monitoring import rule_changes as monitoring_rule_changes
from backend.domains.monitoring import rules as monitoring_rules
from backend.domains.products import change_requests as product_change_requests
from backend.domains.products import documents as documents_service
from backend.domains.products import service as products_service
from backend.graphql_core.permissions import forbidden_error, signed_in
from backend.graphql_core.types import Node, from_global_id, parse_pk
from backend.schema.audit.events import AuditEvent
from backend.schema.auth.api_keys import ApiKey
from backend.schema.auth.role_grants import RoleGrant
from backend.schema.auth.users import User
from backend.schema.customers.customers import Customer
from backend.schema.customers.feedback import Feedback
from backend.schema.customers.needs import NeedRule
from backend.schema.customers.segments import Segment
from backend.schema.customers.surveys import Survey
from backend.schema.monitoring.access_rules import AccessRule
from backend.schema.monitoring.alerts import Alert
from backend.schema.monitoring.reference import (
    CompetitorRate,
    MarketTotal,
    ProductCost,
    TransferRate,
)
from backend.schema.monitoring.rules import RiskRule, RiskRuleChange
from backend.schema.products.types import Product, ProductChangeRequest, ProductDocument


@dataclass(frozen=True)
class NodeType:
    """How to fetch one type by primary key and which permission reading it needs."""

    permission: str
    fetch: Callable[[list[int]], Awaitable[list[Any]]]
    convert: Callable[[Any], Node]
    #: Records the read where reading is itself on the record (customers: the access log).
    record: Callable[[list[int], Actor], Awaitable[Any]] | None = None


#: Every type reachable through node(id:); a domain adds its types here.
NODE_TYPES: dict[str, NodeType] = {
    "User": NodeType(perms.USER_READ, lambda ids: auth_service.get_users(ids=ids), User.from_model),
    "RoleGrant": NodeType(
        perms.USER_READ, lambda ids: auth_service.get_role_grants(ids=ids), RoleGrant.from_model
    ),
    "ApiKey": NodeType(
        perms.APIKEY_READ, lambda ids: auth_service.get_api_keys(ids=ids), ApiKey.from_model
    ),
    "Product": NodeType(
        perms.PRODUCT_READ, lambda ids: products_service.get_many(ids=ids), Product.from_model
    ),
    "ProductDocument": NodeType(
        perms.PRODUCT_READ,
        lambda ids: documents_service.get_many(ids=ids),
        ProductDocument.from_model,
    ),
    "ProductChangeRequest": NodeType(
        perms.PRODUCT_READ,
        lambda ids: product_change_requests.get_change_requests(ids=ids),
        ProductChangeRequest.from_model,
    ),
    "Customer": NodeType(
        perms.CUSTOMER_READ,
        lambda ids: customers_service.get_customers(ids=ids),
        Customer.from_model,
        lambda ids, actor: customers_access.viewed(customer_ids=ids, actor=actor, through="node"),
    ),
    "Feedback": NodeType(
        perms.CUSTOMER_READ,
        lambda ids: feedback_service.get_feedback(ids=ids),
        Feedback.from_model,
    ),
    "Survey": NodeType(
        perms.CUSTOMER_READ, lambda ids: surveys_service.get_surveys(ids=ids), Survey.from_model
    ),
    "Segment": NodeType(
        perms.CUSTOMER_READ, lambda ids: segments_service.get_many(ids=ids), Segment.from_model
    ),
    "NeedRule": NodeType(
        perms.CUSTOMER_READ, lambda ids: needs_service.get_rules(ids=ids), NeedRule.from_model
    ),
    "RiskRule": NodeType(
        perms.MONITORING_READ,
        lambda ids: monitoring_rules.get_rules(ids=ids),
        RiskRule.from_model,
    ),
    "RiskRuleChange": NodeType(
        perms.MONITORING_READ,
        lambda ids: monitoring_rule_changes.get_changes(ids=ids),
        RiskRuleChange.from_model,
    ),
    "Alert": NodeType(
        perms.MONITORING_READ,
        lambda ids: monitoring_alerts.get_alerts(ids=ids),
        Alert.from_model,
    ),
    "AccessRule": NodeType(
        perms.MONITORING_READ,
        lambda ids: monitoring_access.get_access_rules(ids=ids),
        AccessRule.from_model,
    ),
    "ProductCost": NodeType(
        perms.MONITORING_READ,
        lambda ids: monitoring_reference.get_costs(ids=ids),
        ProductCost.from_model,
    ),
    "TransferRate": NodeType(
        perms.MONITORING_READ,
        lambda ids: monitoring_reference.get_transfer_rates(ids=ids),
        TransferRate.from_model,
    ),
    "MarketTotal": NodeType(
        perms.MONITORING_READ,
        lambda ids: monitoring_reference.get_market_totals(ids=ids),
        MarketTotal.from_model,
    ),
    "CompetitorRate": NodeType(
        perms.MONITORING_READ,
        lambda ids: monitoring_reference.get_competitor_rates(ids=ids),
        CompetitorRate.from_model,
    ),
    "AuditEvent": NodeType(
        perms.AUDIT_READ, lambda ids: audit_service.get_many(ids=ids), AuditEvent.from_model
    ),
}


@strawberry.type
class NodeQuery:
    @strawberry.field(
        extensions=signed_in(),
        description="Fetch any object by its global ID; the caller needs that type's read "
        "permission. Null when the ID names nothing.",
    )
    async def node(self, info: strawberry.Info, id: strawberry.ID) -> Node | None:
        decoded = from_global_id(id)
        pk = parse_pk(decoded[1]) if decoded is not None else None
        if decoded is None or decoded[0] not in NODE_TYPES or pk is None:
            return None
        node_type = NODE_TYPES[decoded[0]]
        if not info.context.actor.can(node_type.permission):
            raise forbidden_error(node_type.permission, info.context.actor.locale)
        found = await node_type.fetch([pk])
        if found and node_type.record is not None:
            await node_type.record([pk], info.context.actor)
        return node_type.convert(found[0]) if found else None
