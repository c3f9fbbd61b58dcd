from orjson import loads
from tortoise import fields, migrations
from tortoise.fields.base import OnDelete
from tortoise.fields.data import JSON_DUMPS
from tortoise.migrations import operations as ops


class Migration(migrations.Migration):
    initial = True

    operations = [
        ops.CreateModel(
            name="AuditEvent",
            fields=[
                (
                    "id",
                    fields.IntField(generated=True, primary_key=True, unique=True, db_index=True),
                ),
                ("sequence", fields.BigIntField(unique=True)),
                ("occurred_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ("actor_type", fields.CharField(max_length=16)),
                ("actor_id", fields.CharField(null=True, max_length=64)),
                ("actor_name", fields.CharField(max_length=100)),
                ("action", fields.CharField(db_index=True, max_length=64)),
                ("object_type", fields.CharField(null=True, db_index=True, max_length=64)),
                ("object_id", fields.CharField(null=True, max_length=64)),
                ("before", fields.JSONField(null=True, encoder=JSON_DUMPS, decoder=loads)),
                ("after", fields.JSONField(null=True, encoder=JSON_DUMPS, decoder=loads)),
                ("ip_address", fields.CharField(null=True, max_length=64)),
                ("user_agent", fields.CharField(null=True, max_length=300)),
                ("outcome", fields.CharField(max_length=16)),
                ("correlation_id", fields.CharField(max_length=64)),
                ("prev_hash", fields.CharField(max_length=64)),
                ("hash", fields.CharField(max_length=64)),
            ],
            options={
                "table": "audit_event",
                "app": "bankpm",
                "pk_attr": "id",
                "table_description": "One audited action, hash-chained to the event before it.",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="LoginThrottle",
            fields=[
                (
                    "username",
                    fields.CharField(primary_key=True, unique=True, db_index=True, max_length=64),
                ),
                ("failures", fields.IntField(default=0)),
                (
                    "locked_until",
                    fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
                ),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={
                "table": "auth_login_throttle",
                "app": "bankpm",
                "pk_attr": "username",
                "table_description": "Failed sign-in count per username (known or not), so lockout reveals nothing.",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="User",
            fields=[
                (
                    "id",
                    fields.IntField(generated=True, primary_key=True, unique=True, db_index=True),
                ),
                ("username", fields.CharField(unique=True, max_length=32)),
                ("display_name", fields.CharField(max_length=100)),
                ("branch", fields.CharField(default="", max_length=100)),
                ("roles", fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                ("password_hash", fields.CharField(max_length=255)),
                ("is_active", fields.BooleanField(default=True)),
                ("is_demo", fields.BooleanField(default=False)),
                (
                    "last_login_at",
                    fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("updated_at", fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={
                "table": "auth_user",
                "app": "bankpm",
                "pk_attr": "id",
                "table_description": "A member of staff who signs in to the console or the API.",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="ApiKey",
            fields=[
                (
                    "id",
                    fields.IntField(generated=True, primary_key=True, unique=True, db_index=True),
                ),
                ("name", fields.CharField(max_length=100)),
                ("prefix", fields.CharField(unique=True, max_length=16)),
                ("key_hash", fields.CharField(unique=True, max_length=64)),
                ("scopes", fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                (
                    "created_by",
                    fields.ForeignKeyField(
                        "bankpm.User",
                        source_field="created_by_id",
                        null=True,
                        db_constraint=True,
                        to_field="id",
                        related_name="api_keys",
                        on_delete=OnDelete.SET_NULL,
                    ),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                (
                    "last_used_at",
                    fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
                ),
                ("revoked_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={
                "table": "auth_api_key",
                "app": "bankpm",
                "pk_attr": "id",
                "table_description": "A service account key with its scopes and the SHA-256 of the secret shown once.",
            },
            bases=["Model"],
        ),
        ops.CreateModel(
            name="Session",
            fields=[
                (
                    "id",
                    fields.IntField(generated=True, primary_key=True, unique=True, db_index=True),
                ),
                ("token_hash", fields.CharField(unique=True, max_length=64)),
                (
                    "user",
                    fields.ForeignKeyField(
                        "bankpm.User",
                        source_field="user_id",
                        db_constraint=True,
                        to_field="id",
                        related_name="sessions",
                        on_delete=OnDelete.CASCADE,
                    ),
                ),
                ("created_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("last_seen_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ("ip_address", fields.CharField(null=True, max_length=64)),
                ("user_agent", fields.CharField(null=True, max_length=300)),
            ],
            options={
                "table": "auth_session",
                "app": "bankpm",
                "pk_attr": "id",
                "table_description": "A signed-in browser or API session, stored by the SHA-256 of its token.",
            },
            bases=["Model"],
        ),
    ]
