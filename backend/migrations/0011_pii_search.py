from tortoise import migrations
from tortoise.migrations import operations as ops
from orjson import loads
from tortoise.fields.data import JSON_DUMPS
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('bankpm', '0010_role_grants')]

    initial = False

    operations = [
        ops.CreateModel(
            name='RefusalCount',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('actor_key', fields.CharField(max_length=80)),
                ('actor_type', fields.CharField(max_length=16)),
                ('actor_id', fields.CharField(null=True, max_length=64)),
                ('actor_name', fields.CharField(max_length=100)),
                ('minute', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('first_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('last_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('count', fields.IntField(default=1)),
            ],
            options={'table': 'audit_refusal_count', 'app': 'bankpm', 'unique_together': (('actor_key', 'minute'),), 'indexes': [Index(fields=['last_at'])], 'pk_attr': 'id', 'table_description': 'How many requests of one principal were refused (FORBIDDEN...) in one minute. The first'},
            bases=['Model'],
        ),
        ops.AddField(
            model_name='ProductChangeRequest',
            name='document',
            field=fields.JSONField(null=True, description='A customer-facing document to attach when approved (kind, title, file name, type,', encoder=JSON_DUMPS, decoder=loads),
        ),
    ]
