from tortoise import migrations
from tortoise.migrations import operations as ops
from backend.kernel.fields import ClockDatetimeField
from orjson import loads
from tortoise.fields.base import OnDelete
from tortoise.fields.data import JSON_DUMPS
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('bankpm', '0007_fx_rates')]

    initial = False

    operations = [
        ops.CreateModel(
            name='RiskRuleChange',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('rule', fields.ForeignKeyField('bankpm.RiskRule', source_field='rule_id', db_constraint=True, to_field='id', related_name='changes', on_delete=OnDelete.CASCADE)),
                ('pending_key', fields.IntField(null=True, unique=True)),
                ('status', fields.CharField(default='PENDING', max_length=10)),
                ('rule_version', fields.IntField()),
                ('before', fields.JSONField(default=dict, encoder=JSON_DUMPS, decoder=loads)),
                ('changes', fields.JSONField(default=dict, encoder=JSON_DUMPS, decoder=loads)),
                ('reasons', fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                ('proposed_by_id', fields.IntField(null=True)),
                ('proposed_by_name', fields.CharField(default='', max_length=100)),
                ('proposed_at', ClockDatetimeField(auto_now=False, auto_now_add=True)),
                ('decided_by_id', fields.IntField(null=True)),
                ('decided_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('note', fields.TextField(default='', unique=False)),
                ('version', fields.IntField(default=1)),
            ],
            options={'table': 'monitoring_risk_rule_change', 'app': 'bankpm', 'indexes': [Index(fields=['rule_id', 'status'])], 'pk_attr': 'id', 'table_description': 'A change to a risk rule that loosens it or disables it, waiting for a second risk'},
            bases=['Model'],
        ),
    ]
