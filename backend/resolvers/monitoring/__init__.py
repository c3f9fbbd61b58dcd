"""GraphQL root fields of the monitoring domain: rules, alerts, metrics, the dashboard, performance, suggestions, reference data and the live alert stream."""

from __future__ import annotations

import strawberry

from backend.resolvers.monitoring.access_rules import AccessRuleMutation, AccessRuleQuery
from backend.resolvers.monitoring.alerts import AlertMutation, AlertQuery
from backend.resolvers.monitoring.metrics import MetricMutation, MetricQuery
from backend.resolvers.monitoring.overview import OverviewQuery
from backend.resolvers.monitoring.performance import PerformanceQuery
from backend.resolvers.monitoring.reference import ReferenceMutation, ReferenceQuery
from backend.resolvers.monitoring.rules import RiskRuleMutation, RiskRuleQuery
from backend.resolvers.monitoring.subscriptions import AlertSubscription
from backend.resolvers.monitoring.suggestions import SuggestionQuery


@strawberry.type
class MonitoringQuery(
    MetricQuery,
    OverviewQuery,
    AlertQuery,
    RiskRuleQuery,
    PerformanceQuery,
    SuggestionQuery,
    ReferenceQuery,
    AccessRuleQuery,
):
    pass


@strawberry.type
class MonitoringMutation(
    RiskRuleMutation, AlertMutation, MetricMutation, ReferenceMutation, AccessRuleMutation
):
    pass


@strawberry.type(description="Live events of the BankPM API (graphql-transport-ws).")
class Subscription(AlertSubscription):
    pass
