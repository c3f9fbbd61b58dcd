from orjson import loads
from tortoise import fields, migrations
from tortoise.fields.base import OnDelete
from tortoise.fields.data import JSON_DUMPS
from tortoise.indexes import Index
from tortoise.migrations import operations as ops


class Migration(migrations.Migration):
    dependencies = [("bankpm", "0002_audit_append_only")]

    initial = False

    operations = [
        ops.CreateModel(
            name="Product",
            fields=[
                (
                    "id",
                    fields.IntField(generated=True, primary_key=True, unique=True, db_index=True),
                ),
                ("code", fields.CharField(unique=True, max_length=40)),
                ("name_zh", fields.CharField(max_length=100)),
                ("name_en", fields.CharField(max_length=200)),
                ("family", fields.CharField(db_index=True, max_length=16)),
                ("subtype", fields.CharField(max_length=24)),
                ("currency", fields.CharField(max_length=3)),
                ("risk_level", fields.CharField(max_length=2)),
                ("description", fields.TextField(default="", unique=False)),
                ("highlights", fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                ("target_customers", fields.TextField(default="", unique=False)),
                ("eligibility", fields.JSONField(default=dict, encoder=JSON_DUMPS, decoder=loads)),
                ("channels", fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                ("channel_list", fields.CharField(default="", max_length=100)),
                ("sales_start", fields.DateField(null=True)),
                ("sales_end", fields.DateField(null=True)),
                ("quota_total", fields.DecimalField(null=True, max_digits=20, decimal_places=2)),
                ("quota_used", fields.DecimalField(default=0, max_digits=20, decimal_places=2)),
                ("min_amount", fields.DecimalField(null=True, max_digits=20, decimal_places=2)),
                ("max_amount", fields.DecimalField(null=True, max_digits=20, decimal_places=2)),
                ("fees", fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                ("tags", fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                (
                    "owner",
                    fields.ForeignKeyField(
                        "bankpm.User",
                        source_field="owner_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="owned_products",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("status", fields.CharField(db_index=True, max_length=16)),
                ("status_reason", fields.CharField(null=True, max_length=500)),
                (
                    "submitted_by",
                    fields.ForeignKeyField(
                        "bankpm.User",
                        source_field="submitted_by_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="submitted_products",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                (
                    "approved_by",
                    fields.ForeignKeyField(
                        "bankpm.User",
                        source_field="approved_by_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="approved_products",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("headline_rate", fields.DecimalField(null=True, max_digits=8, decimal_places=4)),
                ("version", fields.IntField(default=1)),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={
                "table": "products_product",
                "app": "bankpm",
                "pk_attr": "id",
                "table_description": "A bank product of one of six families, with its common fields and lifecycle status.",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="ProductChangeRequest",
            fields=[
                (
                    "id",
                    fields.IntField(generated=True, primary_key=True, unique=True, db_index=True),
                ),
                (
                    "product",
                    fields.ForeignKeyField(
                        "bankpm.Product",
                        source_field="product_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="change_requests",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("status", fields.CharField(db_index=True, max_length=16)),
                ("reason", fields.CharField(max_length=500)),
                ("effective_date", fields.DateField()),
                ("terms", fields.JSONField(null=True, encoder=JSON_DUMPS, decoder=loads)),
                ("changes", fields.JSONField(null=True, encoder=JSON_DUMPS, decoder=loads)),
                ("base_version", fields.IntField()),
                (
                    "requested_by",
                    fields.ForeignKeyField(
                        "bankpm.User",
                        source_field="requested_by_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="change_requests_made",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("requested_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                (
                    "decided_by",
                    fields.ForeignKeyField(
                        "bankpm.User",
                        source_field="decided_by_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="change_requests_decided",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("decided_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ("decision_note", fields.CharField(null=True, max_length=500)),
            ],
            options={
                "table": "products_change_request",
                "app": "bankpm",
                "pk_attr": "id",
                "table_description": "A proposed change to a live product, applied only when a second user approves it.",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="ProductChannel",
            fields=[
                (
                    "id",
                    fields.IntField(generated=True, primary_key=True, unique=True, db_index=True),
                ),
                (
                    "product",
                    fields.ForeignKeyField(
                        "bankpm.Product",
                        source_field="product_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="channel_rows",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("channel", fields.CharField(max_length=16)),
                ("publish_from", fields.DateField(null=True)),
                ("publish_to", fields.DateField(null=True)),
            ],
            options={
                "table": "products_channel",
                "app": "bankpm",
                "unique_together": (("product_id", "channel"),),
                "pk_attr": "id",
                "table_description": "A channel a product is published on, with its window (kept in step with Product.channels).",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="ProductDocument",
            fields=[
                (
                    "id",
                    fields.IntField(generated=True, primary_key=True, unique=True, db_index=True),
                ),
                (
                    "product",
                    fields.ForeignKeyField(
                        "bankpm.Product",
                        source_field="product_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="documents",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("kind", fields.CharField(max_length=24)),
                ("title", fields.CharField(max_length=200)),
                ("filename", fields.CharField(max_length=200)),
                ("content_type", fields.CharField(max_length=100)),
                ("size", fields.IntField()),
                ("sha256", fields.CharField(max_length=64)),
                ("version", fields.IntField()),
                (
                    "uploaded_by",
                    fields.ForeignKeyField(
                        "bankpm.User",
                        source_field="uploaded_by_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="documents_uploaded",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("uploaded_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={
                "table": "products_document",
                "app": "bankpm",
                "pk_attr": "id",
                "table_description": "An uploaded document version, stored on disk under the data directory by its SHA-256.",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="ProductTerms",
            fields=[
                (
                    "id",
                    fields.IntField(generated=True, primary_key=True, unique=True, db_index=True),
                ),
                (
                    "product",
                    fields.ForeignKeyField(
                        "bankpm.Product",
                        source_field="product_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="terms_schedule",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("effective_date", fields.DateField()),
                ("terms", fields.JSONField(encoder=JSON_DUMPS, decoder=loads)),
                ("headline_rate", fields.DecimalField(null=True, max_digits=8, decimal_places=4)),
                ("reason", fields.CharField(default="", max_length=500)),
                (
                    "created_by",
                    fields.ForeignKeyField(
                        "bankpm.User",
                        source_field="created_by_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="terms_created",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={
                "table": "products_terms",
                "app": "bankpm",
                "indexes": [Index(fields=["product_id", "effective_date"])],
                "pk_attr": "id",
                "table_description": "Family terms (rates included) in force from an effective date, never overwritten.",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="ProductVersion",
            fields=[
                (
                    "id",
                    fields.IntField(generated=True, primary_key=True, unique=True, db_index=True),
                ),
                (
                    "product",
                    fields.ForeignKeyField(
                        "bankpm.Product",
                        source_field="product_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="versions",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("version", fields.IntField()),
                ("action", fields.CharField(max_length=40)),
                ("reason", fields.CharField(default="", max_length=500)),
                ("diff", fields.JSONField(default=dict, encoder=JSON_DUMPS, decoder=loads)),
                ("snapshot", fields.JSONField(encoder=JSON_DUMPS, decoder=loads)),
                (
                    "changed_by",
                    fields.ForeignKeyField(
                        "bankpm.User",
                        source_field="changed_by_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="versions_made",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("changed_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={
                "table": "products_version",
                "app": "bankpm",
                "unique_together": (("product_id", "version"),),
                "pk_attr": "id",
                "table_description": "One change to a product: who, when, why, the field diff and the resulting snapshot.",
            },
            bases=["Model"],
        ),
    ]
