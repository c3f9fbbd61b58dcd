"""Monitoring's tables: daily metrics, risk rules, alerts and their history, reference data.

The reference data is what performance evaluation reads: costs, transfer rates, market
totals and competitor rates.
"""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

from backend.kernel.fields import ClockDatetimeField


class MetricValue(Model):
    """One metric of one product on one business day (Asia/Shanghai). Ratios keep their
    numerator and denominator so families and the whole bank can be aggregated exactly."""

    id = fields.BigIntField(primary_key=True)
    product: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "bankpm.Product", related_name="metric_values", on_delete=fields.CASCADE
    )
    family = fields.CharField(max_length=16)
    metric = fields.CharField(max_length=24)
    business_date = fields.DateField()
    value = fields.DecimalField(max_digits=24, decimal_places=6)
    numerator = fields.DecimalField(max_digits=24, decimal_places=6, null=True)
    denominator = fields.DecimalField(max_digits=24, decimal_places=6, null=True)
    source = fields.CharField(max_length=10, default="COMPUTED")
    updated_at = ClockDatetimeField(auto_now=True)
    product_id: int

    class Meta:
        table = "monitoring_metric_value"
        unique_together = (("product_id", "metric", "business_date"),)
        indexes = (("metric", "business_date"), ("family", "metric", "business_date"))


class RiskRule(Model):
    """A threshold rule on one metric for all products, a family or one product."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=40, unique=True)
    name_zh = fields.CharField(max_length=100)
    name_en = fields.CharField(max_length=200)
    description = fields.TextField(default="")
    metric = fields.CharField(max_length=24)
    scope = fields.CharField(max_length=8, default="ALL")
    family = fields.CharField(max_length=16, null=True)
    product: fields.ForeignKeyNullableRelation[Any] = fields.ForeignKeyField(
        "bankpm.Product", related_name="risk_rules", null=True, on_delete=fields.CASCADE
    )
    condition = fields.CharField(max_length=20)
    normal_low = fields.DecimalField(max_digits=20, decimal_places=4, null=True)
    normal_high = fields.DecimalField(max_digits=20, decimal_places=4, null=True)
    warning_level = fields.DecimalField(max_digits=20, decimal_places=4)
    critical_level = fields.DecimalField(max_digits=20, decimal_places=4, null=True)
    window_days = fields.IntField(default=1)
    baseline_days = fields.IntField(default=30)
    enabled = fields.BooleanField(default=True)
    auto_action = fields.CharField(max_length=16, default="NONE")
    owner_id = fields.IntField(null=True)
    version = fields.IntField(default=1)
    created_at = ClockDatetimeField(auto_now_add=True)
    updated_at = ClockDatetimeField(auto_now=True)
    product_id: int | None

    class Meta:
        table = "monitoring_risk_rule"


class RiskRuleChange(Model):
    """A change to a risk rule that loosens it or disables it, waiting for a second risk
    officer. While it is pending, ``pending_key`` holds the rule id so the database itself
    refuses a second pending change of that rule."""

    id = fields.IntField(primary_key=True)
    rule: fields.ForeignKeyRelation[RiskRule] = fields.ForeignKeyField(
        "bankpm.RiskRule", related_name="changes", on_delete=fields.CASCADE
    )
    pending_key = fields.IntField(null=True, unique=True)
    status = fields.CharField(max_length=10, default="PENDING")
    rule_version = fields.IntField()
    before: Any = fields.JSONField(default=dict)
    changes: Any = fields.JSONField(default=dict)
    reasons: Any = fields.JSONField(default=list)
    proposed_by_id = fields.IntField(null=True)
    proposed_by_name = fields.CharField(max_length=100, default="")
    proposed_at = ClockDatetimeField(auto_now_add=True)
    decided_by_id = fields.IntField(null=True)
    decided_at = fields.DatetimeField(null=True)
    note = fields.TextField(default="")
    version = fields.IntField(default=1)
    rule_id: int

    class Meta:
        table = "monitoring_risk_rule_change"
        indexes = (("rule_id", "status"),)


class AccessRule(Model):
    """When reading customer data is unusual: more different customers than the threshold
    seen (in the kinds of access listed, comma-separated) by one user within the window."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=40, unique=True)
    name_zh = fields.CharField(max_length=100)
    name_en = fields.CharField(max_length=200)
    kinds = fields.CharField(max_length=40, default="VIEW,EXPORT")
    window_minutes = fields.IntField(default=60)
    threshold = fields.IntField()
    critical_threshold = fields.IntField(null=True)
    enabled = fields.BooleanField(default=True)
    created_by_id = fields.IntField(null=True)

    class Meta:
        table = "monitoring_access_rule"


class Alert(Model):
    """A breach of a risk rule by a product, or of an access rule by a user (the subject).
    While it is open, open_key holds rule and product (or rule, user and hour) so the
    database itself refuses a second open alert for them."""

    id = fields.IntField(primary_key=True)
    rule: fields.ForeignKeyNullableRelation[RiskRule] = fields.ForeignKeyField(
        "bankpm.RiskRule", related_name="alerts", on_delete=fields.CASCADE, null=True
    )
    product: fields.ForeignKeyNullableRelation[Any] = fields.ForeignKeyField(
        "bankpm.Product", related_name="alerts", on_delete=fields.CASCADE, null=True
    )
    access_rule: fields.ForeignKeyNullableRelation[AccessRule] = fields.ForeignKeyField(
        "bankpm.AccessRule", related_name="alerts", on_delete=fields.CASCADE, null=True
    )
    subject_name = fields.CharField(max_length=100, null=True)
    subject_user_id = fields.IntField(null=True)
    family = fields.CharField(max_length=16, null=True)
    open_key = fields.CharField(max_length=40, null=True, unique=True)
    severity = fields.CharField(max_length=8)
    status = fields.CharField(max_length=12, default="OPEN")
    metric = fields.CharField(max_length=24)
    value = fields.DecimalField(max_digits=24, decimal_places=6)
    threshold = fields.DecimalField(max_digits=20, decimal_places=4, null=True)
    baseline = fields.DecimalField(max_digits=24, decimal_places=6, null=True)
    business_date = fields.DateField()
    raised_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()
    acknowledged_at = fields.DatetimeField(null=True)
    acknowledged_by_id = fields.IntField(null=True)
    assignee_id = fields.IntField(null=True)
    resolved_at = fields.DatetimeField(null=True)
    resolved_by_id = fields.IntField(null=True)
    resolution_note = fields.TextField(default="")
    auto_resolved = fields.BooleanField(default=False)
    action_taken = fields.CharField(max_length=16, null=True)
    version = fields.IntField(default=1)
    rule_id: int | None
    product_id: int | None
    access_rule_id: int | None

    class Meta:
        table = "monitoring_alert"
        indexes = (("status", "severity"), ("updated_at",), ("product_id", "status"))


class AlertEvent(Model):
    """One entry in an alert's history: raised, escalated, acknowledged, commented..."""

    id = fields.IntField(primary_key=True)
    alert: fields.ForeignKeyRelation[Alert] = fields.ForeignKeyField(
        "bankpm.Alert", related_name="events", on_delete=fields.CASCADE
    )
    kind = fields.CharField(max_length=16)
    severity = fields.CharField(max_length=8, null=True)
    status = fields.CharField(max_length=12)
    value = fields.DecimalField(max_digits=24, decimal_places=6, null=True)
    note = fields.TextField(default="")
    actor_id = fields.IntField(null=True)
    actor_name = fields.CharField(max_length=100, default="system")
    at = fields.DatetimeField()
    alert_id: int

    class Meta:
        table = "monitoring_alert_event"


class ProductCost(Model):
    """A known cost of a product in one month (operations, marketing, channel, risk...)."""

    id = fields.IntField(primary_key=True)
    product: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "bankpm.Product", related_name="costs", on_delete=fields.CASCADE
    )
    month = fields.DateField()
    category = fields.CharField(max_length=12)
    amount = fields.DecimalField(max_digits=20, decimal_places=2)
    note = fields.CharField(max_length=500, default="")
    created_by_id = fields.IntField(null=True)
    created_at = ClockDatetimeField(auto_now_add=True)
    product_id: int

    class Meta:
        table = "monitoring_product_cost"
        indexes = (("product_id", "month"),)


class TransferRate(Model):
    """The bank's funds-transfer-pricing rate per currency from a date (percent a year)."""

    id = fields.IntField(primary_key=True)
    currency = fields.CharField(max_length=3)
    rate = fields.DecimalField(max_digits=8, decimal_places=4)
    effective_from = fields.DateField()
    created_by_id = fields.IntField(null=True)

    class Meta:
        table = "monitoring_transfer_rate"
        unique_together = (("currency", "effective_from"),)


class MarketTotal(Model):
    """The whole market's balance for a product family in a month, entered by the bank."""

    id = fields.IntField(primary_key=True)
    family = fields.CharField(max_length=16)
    month = fields.DateField()
    amount = fields.DecimalField(max_digits=24, decimal_places=2)
    source = fields.CharField(max_length=200, default="")
    created_by_id = fields.IntField(null=True)

    class Meta:
        table = "monitoring_market_total"
        unique_together = (("family", "month"),)


class CompetitorRate(Model):
    """A competitor's published rate for a kind of product, kept by the bank."""

    id = fields.IntField(primary_key=True)
    competitor = fields.CharField(max_length=100)
    family = fields.CharField(max_length=16)
    subtype = fields.CharField(max_length=24)
    term_months = fields.IntField(null=True)
    rate = fields.DecimalField(max_digits=8, decimal_places=4)
    observed_on = fields.DateField()
    source = fields.CharField(max_length=200, default="")
    created_by_id = fields.IntField(null=True)

    class Meta:
        table = "monitoring_competitor_rate"
        indexes = (("family", "subtype"),)
