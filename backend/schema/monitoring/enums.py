"""The monitoring domain's enums as GraphQL enums (registered once, used by every module)."""

from __future__ import annotations

import strawberry

from backend.domains.monitoring.enums import (
    AlertChange,
    AlertEventKind,
    AlertKind,
    AlertStatus,
    AutoAction,
    CostCategory,
    Metric,
    RuleChangeStatus,
    RuleCondition,
    RuleLoosening,
    RuleScope,
    Severity,
)

__all__ = [
    "AlertChange",
    "AlertEventKind",
    "AlertKind",
    "AlertStatus",
    "AutoAction",
    "CostCategory",
    "Metric",
    "RuleChangeStatus",
    "RuleCondition",
    "RuleLoosening",
    "RuleScope",
    "Severity",
]

strawberry.enum(
    Metric,
    name="ProductMetric",
    description=(
        "A product health metric per business day: TX_COUNT / TX_AMOUNT (transactions), "
        "BALANCE (AUM or loans outstanding), NEW_SALES_COUNT / NEW_SALES_AMOUNT (holdings "
        "opened), AVG_RATE (balance-weighted rate, % a year), NPL_RATIO ((substandard + doubtful "
        "+ loss) / outstanding, %), OVERDUE_RATIO (%), COMPLAINT_COUNT, SATISFACTION (average "
        "1–5 rating over 90 days)."
    ),
)
strawberry.enum(RuleScope, description="Which products a rule watches: ALL, a FAMILY, a PRODUCT.")
strawberry.enum(
    RuleCondition,
    description=(
        "ABOVE / BELOW compare the metric with the levels; CHANGE_VS_AVERAGE compares the "
        "percent change of the window's daily mean against the trailing baseline average; "
        "NO_DATA counts the days an on-sale product has had no data (levels in whole days)."
    ),
)
strawberry.enum(
    RuleChangeStatus,
    description="A loosening rule change: PENDING its checker, APPROVED, REJECTED or WITHDRAWN.",
)
strawberry.enum(
    RuleLoosening,
    description=(
        "Why a rule change needs a second risk officer: DISABLED, LEVEL_LOOSENED (an ABOVE "
        "level raised, a BELOW level lowered), CRITICAL_LEVEL_REMOVED, NORMAL_RANGE_WIDENED, "
        "AUTO_ACTION_REMOVED (the automatic suspension), REDEFINED (metric, condition, scope, "
        "window or baseline changed)."
    ),
)
strawberry.enum(AutoAction, description="What a rule does by itself on a CRITICAL breach.")
strawberry.enum(Severity, name="AlertSeverity", description="INFO < WARNING < CRITICAL.")
strawberry.enum(AlertStatus, description="OPEN → ACKNOWLEDGED → RESOLVED.")
strawberry.enum(AlertEventKind, description="One kind of entry in an alert's history.")
strawberry.enum(
    AlertKind,
    description="PRODUCT_RISK: a product's metric breached a risk rule; CUSTOMER_ACCESS: a user "
    "read unusually many customers (an access rule).",
)
strawberry.enum(AlertChange, description="What a live alert event says: RAISED, UPDATED, RESOLVED.")
strawberry.enum(CostCategory, description="Kind of known product cost.")
