"""Customers (PII encrypted), holdings, transactions, daily rollups, feedback, surveys,
segments and needs."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

from backend.kernel.fields import ClockDatetimeField


class Customer(Model):
    """A retail or corporate customer. ID number and phone are stored encrypted, with a keyed
    blind index for exact lookup and a masked copy for display."""

    id = fields.IntField(primary_key=True)
    customer_no = fields.CharField(max_length=20, unique=True)
    external_id = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=100, db_index=True)
    customer_type = fields.CharField(max_length=12)
    gender = fields.CharField(max_length=8, default="UNKNOWN")
    birth_date = fields.DateField(null=True)
    id_type = fields.CharField(max_length=20)
    id_number_enc = fields.TextField()
    id_number_index = fields.CharField(max_length=64, db_index=True)
    id_number_masked = fields.CharField(max_length=40)
    phone_enc = fields.TextField(null=True)
    phone_index = fields.CharField(max_length=64, null=True, db_index=True)
    phone_masked = fields.CharField(max_length=20, null=True)
    email = fields.CharField(max_length=200, null=True)
    occupation = fields.CharField(max_length=50, null=True)
    annual_income = fields.DecimalField(max_digits=16, decimal_places=2, null=True)
    province = fields.CharField(max_length=20, null=True)
    city = fields.CharField(max_length=30, null=True)
    branch = fields.CharField(max_length=100, null=True)
    company_name = fields.CharField(max_length=200, null=True)
    industry = fields.CharField(max_length=50, null=True)
    company_size = fields.CharField(max_length=8, null=True)
    marketing_consent = fields.BooleanField(default=False)
    consent_date = fields.DateField(null=True)
    consent_channel = fields.CharField(max_length=16, null=True)
    risk_tolerance = fields.CharField(max_length=2, null=True)
    risk_assessed_on = fields.DateField(null=True)
    risk_expires_on = fields.DateField(null=True)
    kyc_status = fields.CharField(max_length=10, default="PENDING")
    created_at = ClockDatetimeField(auto_now_add=True)
    updated_at = ClockDatetimeField(auto_now=True)

    class Meta:
        table = "customers_customer"


class Holding(Model):
    """A customer's holding of a product: deposit, loan, card, wealth, FX or metal position."""

    id = fields.IntField(primary_key=True)
    external_id = fields.CharField(max_length=64, unique=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "bankpm.Customer", related_name="holdings", on_delete=fields.CASCADE
    )
    product: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "bankpm.Product", related_name="holdings", on_delete=fields.RESTRICT
    )
    family = fields.CharField(max_length=16, db_index=True)
    opened_on = fields.DateField(db_index=True)
    status = fields.CharField(max_length=8, default="ACTIVE")
    principal = fields.DecimalField(max_digits=18, decimal_places=2, default=0)
    balance = fields.DecimalField(max_digits=18, decimal_places=2, default=0)
    currency = fields.CharField(max_length=3, default="CNY")
    rate_at_opening = fields.DecimalField(max_digits=8, decimal_places=4, null=True)
    maturity_date = fields.DateField(null=True)
    outstanding = fields.DecimalField(max_digits=18, decimal_places=2, null=True)
    days_past_due = fields.IntField(null=True)
    classification = fields.CharField(max_length=16, null=True)
    credit_limit = fields.DecimalField(max_digits=18, decimal_places=2, null=True)
    card_number_enc = fields.TextField(null=True)
    card_number_masked = fields.CharField(max_length=24, null=True)
    updated_at = ClockDatetimeField(auto_now=True)
    customer_id: int
    product_id: int

    class Meta:
        table = "customers_holding"
        indexes = (("customer_id", "status"), ("product_id", "opened_on"))


class LoanClassificationChange(Model):
    """One change of a loan holding's five-tier classification."""

    id = fields.IntField(primary_key=True)
    holding: fields.ForeignKeyRelation[Holding] = fields.ForeignKeyField(
        "bankpm.Holding", related_name="classification_history", on_delete=fields.CASCADE
    )
    classification = fields.CharField(max_length=16)
    days_past_due = fields.IntField(default=0)
    changed_on = fields.DateField()
    holding_id: int

    class Meta:
        table = "customers_loan_classification"


class Transaction(Model):
    """A customer transaction on a holding, from core banking."""

    id = fields.BigIntField(primary_key=True)
    external_id = fields.CharField(max_length=64, unique=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "bankpm.Customer", related_name="transactions", on_delete=fields.CASCADE
    )
    holding: fields.ForeignKeyNullableRelation[Holding] = fields.ForeignKeyField(
        "bankpm.Holding", related_name="transactions", null=True, on_delete=fields.SET_NULL
    )
    product: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "bankpm.Product", related_name="transactions", on_delete=fields.RESTRICT
    )
    channel = fields.CharField(max_length=16)
    type = fields.CharField(max_length=20)
    amount = fields.DecimalField(max_digits=18, decimal_places=2)
    currency = fields.CharField(max_length=3, default="CNY")
    occurred_at = fields.DatetimeField()
    business_date = fields.DateField()
    counterparty_country = fields.CharField(max_length=2, null=True)
    merchant_category = fields.CharField(max_length=4, null=True)
    customer_id: int
    holding_id: int | None
    product_id: int

    class Meta:
        table = "customers_transaction"
        indexes = (("customer_id", "business_date"), ("product_id", "business_date"))


class DailyRollup(Model):
    """Transactions summed per product × channel × type × business day, which reports read."""

    id = fields.IntField(primary_key=True)
    business_date = fields.DateField()
    product: fields.ForeignKeyRelation[Any] = fields.ForeignKeyField(
        "bankpm.Product", related_name="rollups", on_delete=fields.CASCADE
    )
    channel = fields.CharField(max_length=16)
    type = fields.CharField(max_length=20)
    tx_count = fields.IntField(default=0)
    amount = fields.DecimalField(max_digits=20, decimal_places=2, default=0)
    product_id: int

    class Meta:
        table = "customers_daily_rollup"
        unique_together = (("business_date", "product_id", "channel", "type"),)


class Survey(Model):
    """A customer survey with its questions and the segment it targets."""

    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=200)
    questions: Any = fields.JSONField(default=list)
    segment: fields.ForeignKeyNullableRelation[Segment] = fields.ForeignKeyField(
        "bankpm.Segment", related_name="surveys", null=True, on_delete=fields.SET_NULL
    )
    product: fields.ForeignKeyNullableRelation[Any] = fields.ForeignKeyField(
        "bankpm.Product", related_name="surveys", null=True, on_delete=fields.SET_NULL
    )
    status = fields.CharField(max_length=8, default="DRAFT")
    created_by_id = fields.IntField(null=True)
    created_at = ClockDatetimeField(auto_now_add=True)
    segment_id: int | None
    product_id: int | None

    class Meta:
        table = "customers_survey"


class SurveyResponse(Model):
    """One customer's answers to a survey."""

    id = fields.IntField(primary_key=True)
    survey: fields.ForeignKeyRelation[Survey] = fields.ForeignKeyField(
        "bankpm.Survey", related_name="responses", on_delete=fields.CASCADE
    )
    customer: fields.ForeignKeyNullableRelation[Customer] = fields.ForeignKeyField(
        "bankpm.Customer", related_name="survey_responses", null=True, on_delete=fields.SET_NULL
    )
    answers: Any = fields.JSONField(default=dict)
    submitted_at = ClockDatetimeField(auto_now_add=True)
    survey_id: int
    customer_id: int | None

    class Meta:
        table = "customers_survey_response"


class Feedback(Model):
    """Customer feedback from a survey, the hotline, a branch or the app."""

    id = fields.IntField(primary_key=True)
    external_id = fields.CharField(max_length=64, null=True, unique=True)
    customer: fields.ForeignKeyNullableRelation[Customer] = fields.ForeignKeyField(
        "bankpm.Customer", related_name="feedback", null=True, on_delete=fields.SET_NULL
    )
    product: fields.ForeignKeyNullableRelation[Any] = fields.ForeignKeyField(
        "bankpm.Product", related_name="feedback", null=True, on_delete=fields.SET_NULL
    )
    survey_response: fields.ForeignKeyNullableRelation[SurveyResponse] = fields.ForeignKeyField(
        "bankpm.SurveyResponse", related_name="feedback", null=True, on_delete=fields.SET_NULL
    )
    source = fields.CharField(max_length=8)
    rating = fields.IntField(null=True)
    nps = fields.IntField(null=True)
    text = fields.TextField(default="")
    received_at = fields.DatetimeField()
    created_by_id = fields.IntField(null=True)
    customer_id: int | None
    product_id: int | None
    survey_response_id: int | None

    class Meta:
        table = "customers_feedback"


class Segment(Model):
    """A customer segment: a rule tree, or a cluster found in the data."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=40, unique=True)
    name = fields.CharField(max_length=100)
    description = fields.TextField(default="")
    kind = fields.CharField(max_length=8, default="RULE")
    rule: Any = fields.JSONField(null=True)
    built_in = fields.BooleanField(default=False)
    member_count = fields.IntField(default=0)
    refreshed_at = fields.DatetimeField(null=True)
    created_by_id = fields.IntField(null=True)
    version = fields.IntField(default=1)
    created_at = ClockDatetimeField(auto_now_add=True)
    updated_at = ClockDatetimeField(auto_now=True)

    class Meta:
        table = "customers_segment"


class SegmentMember(Model):
    """A customer in a segment as of its last refresh."""

    id = fields.IntField(primary_key=True)
    segment: fields.ForeignKeyRelation[Segment] = fields.ForeignKeyField(
        "bankpm.Segment", related_name="members", on_delete=fields.CASCADE
    )
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "bankpm.Customer", related_name="segment_memberships", on_delete=fields.CASCADE
    )
    segment_id: int
    customer_id: int

    class Meta:
        table = "customers_segment_member"
        unique_together = (("segment_id", "customer_id"),)


class NeedRule(Model):
    """An editable needs-mining rule: a condition tree and the product kinds that meet the need."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=40, unique=True)
    name = fields.CharField(max_length=100)
    description = fields.TextField(default="")
    condition: Any = fields.JSONField()
    suggest_families: Any = fields.JSONField(default=list)
    suggest_subtypes: Any = fields.JSONField(default=list)
    enabled = fields.BooleanField(default=True)
    version = fields.IntField(default=1)
    updated_by_id = fields.IntField(null=True)
    updated_at = ClockDatetimeField(auto_now=True)

    class Meta:
        table = "customers_need_rule"


class CustomerNeed(Model):
    """A need detected for a customer by a rule, with the evidence that triggered it."""

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "bankpm.Customer", related_name="needs", on_delete=fields.CASCADE
    )
    rule: fields.ForeignKeyRelation[NeedRule] = fields.ForeignKeyField(
        "bankpm.NeedRule", related_name="matches", on_delete=fields.CASCADE
    )
    evidence: Any = fields.JSONField(default=dict)
    detected_at = fields.DatetimeField()
    customer_id: int
    rule_id: int

    class Meta:
        table = "customers_need"
        unique_together = (("customer_id", "rule_id"),)
