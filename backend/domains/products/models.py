"""Products, their effective-dated terms, versions, change requests and documents."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

from backend.domains.auth.models import User
from backend.kernel.fields import ClockDatetimeField


class Product(Model):
    """A bank product of one of six families, with its common fields and lifecycle status."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=40, unique=True)
    name_zh = fields.CharField(max_length=100)
    name_en = fields.CharField(max_length=200)
    family = fields.CharField(max_length=16, db_index=True)
    subtype = fields.CharField(max_length=24)
    currency = fields.CharField(max_length=3)
    risk_level = fields.CharField(max_length=2)
    description = fields.TextField(default="")
    highlights: Any = fields.JSONField(default=list)
    target_customers = fields.TextField(default="")
    eligibility: Any = fields.JSONField(default=dict)
    channels: Any = fields.JSONField(default=list)
    channel_list = fields.CharField(max_length=100, default="")
    sales_start = fields.DateField(null=True)
    sales_end = fields.DateField(null=True)
    quota_total = fields.DecimalField(max_digits=20, decimal_places=2, null=True)
    quota_used = fields.DecimalField(max_digits=20, decimal_places=2, default=0)
    min_amount = fields.DecimalField(max_digits=20, decimal_places=2, null=True)
    max_amount = fields.DecimalField(max_digits=20, decimal_places=2, null=True)
    fees: Any = fields.JSONField(default=list)
    tags: Any = fields.JSONField(default=list)
    owner: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "bankpm.User", related_name="owned_products", null=True, on_delete=fields.SET_NULL
    )
    status = fields.CharField(max_length=16, db_index=True)
    status_reason = fields.CharField(max_length=500, null=True)
    #: Suspended by risk control (automatically or by a risk officer): only a risk officer
    #: other than the one who suspended it may resume it, once the suspending alert is closed.
    suspended_by_risk = fields.BooleanField(default=False, db_default=False)
    submitted_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "bankpm.User", related_name="submitted_products", null=True, on_delete=fields.SET_NULL
    )
    approved_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "bankpm.User", related_name="approved_products", null=True, on_delete=fields.SET_NULL
    )
    headline_rate = fields.DecimalField(max_digits=8, decimal_places=4, null=True)
    version = fields.IntField(default=1)
    owner_id: int | None
    submitted_by_id: int | None
    approved_by_id: int | None
    created_at = ClockDatetimeField(auto_now_add=True)
    updated_at = ClockDatetimeField(auto_now=True)

    class Meta:
        table = "products_product"


class ProductTerms(Model):
    """Family terms (rates included) in force from an effective date, never overwritten."""

    id = fields.IntField(primary_key=True)
    product: fields.ForeignKeyRelation[Product] = fields.ForeignKeyField(
        "bankpm.Product", related_name="terms_schedule", on_delete=fields.CASCADE
    )
    effective_date = fields.DateField()
    terms: Any = fields.JSONField()
    headline_rate = fields.DecimalField(max_digits=8, decimal_places=4, null=True)
    reason = fields.CharField(max_length=500, default="")
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "bankpm.User", related_name="terms_created", null=True, on_delete=fields.SET_NULL
    )
    created_at = ClockDatetimeField(auto_now_add=True)
    product_id: int
    created_by_id: int | None

    class Meta:
        table = "products_terms"
        indexes = (("product_id", "effective_date"),)


class ProductVersion(Model):
    """One change to a product: who, when, why, the field diff and the resulting snapshot."""

    id = fields.IntField(primary_key=True)
    product: fields.ForeignKeyRelation[Product] = fields.ForeignKeyField(
        "bankpm.Product", related_name="versions", on_delete=fields.CASCADE
    )
    version = fields.IntField()
    action = fields.CharField(max_length=40)
    reason = fields.CharField(max_length=500, default="")
    diff: Any = fields.JSONField(default=dict)
    snapshot: Any = fields.JSONField()
    changed_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "bankpm.User", related_name="versions_made", null=True, on_delete=fields.SET_NULL
    )
    changed_at = fields.DatetimeField()
    product_id: int
    changed_by_id: int | None

    class Meta:
        table = "products_version"
        unique_together = (("product_id", "version"),)


class ProductChangeRequest(Model):
    """A proposed change to a live product, applied only when a second user approves it."""

    id = fields.IntField(primary_key=True)
    product: fields.ForeignKeyRelation[Product] = fields.ForeignKeyField(
        "bankpm.Product", related_name="change_requests", on_delete=fields.CASCADE
    )
    status = fields.CharField(max_length=16, db_index=True)
    reason = fields.CharField(max_length=500)
    effective_date = fields.DateField()
    terms: Any = fields.JSONField(null=True)
    changes: Any = fields.JSONField(null=True)
    #: A customer-facing document to attach when approved (kind, title, file name, type,
    #: size, sha256; the file is stored by its hash).
    document: Any = fields.JSONField(null=True)
    base_version = fields.IntField()
    requested_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "bankpm.User", related_name="change_requests_made", null=True, on_delete=fields.SET_NULL
    )
    requested_at = ClockDatetimeField(auto_now_add=True)
    decided_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "bankpm.User", related_name="change_requests_decided", null=True, on_delete=fields.SET_NULL
    )
    decided_at = fields.DatetimeField(null=True)
    decision_note = fields.CharField(max_length=500, null=True)
    product_id: int
    requested_by_id: int | None
    decided_by_id: int | None

    class Meta:
        table = "products_change_request"


class ProductDocument(Model):
    """An uploaded document version, stored on disk under the data directory by its SHA-256."""

    id = fields.IntField(primary_key=True)
    product: fields.ForeignKeyRelation[Product] = fields.ForeignKeyField(
        "bankpm.Product", related_name="documents", on_delete=fields.CASCADE
    )
    kind = fields.CharField(max_length=24)
    title = fields.CharField(max_length=200)
    filename = fields.CharField(max_length=200)
    content_type = fields.CharField(max_length=100)
    size = fields.IntField()
    sha256 = fields.CharField(max_length=64)
    version = fields.IntField()
    uploaded_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "bankpm.User", related_name="documents_uploaded", null=True, on_delete=fields.SET_NULL
    )
    uploaded_at = ClockDatetimeField(auto_now_add=True)
    product_id: int
    uploaded_by_id: int | None

    class Meta:
        table = "products_document"


class ProductChannel(Model):
    """A channel a product is published on, with its window (kept in step with Product.channels)."""

    id = fields.IntField(primary_key=True)
    product: fields.ForeignKeyRelation[Product] = fields.ForeignKeyField(
        "bankpm.Product", related_name="channel_rows", on_delete=fields.CASCADE
    )
    channel = fields.CharField(max_length=16)
    publish_from = fields.DateField(null=True)
    publish_to = fields.DateField(null=True)
    product_id: int

    class Meta:
        table = "products_channel"
        unique_together = (("product_id", "channel"),)


class FxRate(Model):
    """CNY per unit of a currency from a date, until the currency's next entry (reference data)."""

    id = fields.IntField(primary_key=True)
    currency = fields.CharField(max_length=3)
    rate = fields.DecimalField(max_digits=18, decimal_places=6)
    effective_from = fields.DateField()
    created_by_id = fields.IntField(null=True)

    class Meta:
        table = "products_fx_rate"
        unique_together = (("currency", "effective_from"),)


class BenchmarkRate(Model):
    """A benchmark rate (LPR or PBoC deposit benchmark) in percent from a date, until the next
    entry of the same kind (reference data)."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharField(max_length=16)
    effective_from = fields.DateField()
    rate = fields.DecimalField(max_digits=8, decimal_places=4)
    announced_on = fields.DateField()
    note = fields.CharField(max_length=200, default="")
    created_by_id = fields.IntField(null=True)
    created_at = ClockDatetimeField(auto_now_add=True)

    class Meta:
        table = "products_benchmark_rate"
        unique_together = (("kind", "effective_from"),)
