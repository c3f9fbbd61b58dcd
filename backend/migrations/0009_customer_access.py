from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('bankpm', '0008_risk_rule_changes')]

    initial = False

    operations = [
        ops.CreateModel(
            name='AccessRule',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('code', fields.CharField(unique=True, max_length=40)),
                ('name_zh', fields.CharField(max_length=100)),
                ('name_en', fields.CharField(max_length=200)),
                ('kinds', fields.CharField(default='VIEW,EXPORT', max_length=40)),
                ('window_minutes', fields.IntField(default=60)),
                ('threshold', fields.IntField()),
                ('critical_threshold', fields.IntField(null=True)),
                ('enabled', fields.BooleanField(default=True)),
                ('created_by_id', fields.IntField(null=True)),
            ],
            options={'table': 'monitoring_access_rule', 'app': 'bankpm', 'pk_attr': 'id', 'table_description': 'When reading customer data is unusual: more different customers than the threshold'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='CustomerAccess',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('actor_key', fields.CharField(max_length=80)),
                ('actor_type', fields.CharField(max_length=16)),
                ('actor_id', fields.CharField(null=True, max_length=64)),
                ('actor_name', fields.CharField(max_length=100)),
                ('customer_id', fields.IntField(db_index=True)),
                ('kind', fields.CharField(max_length=8)),
                ('through', fields.CharField(max_length=40)),
                ('hour', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('first_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('last_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('count', fields.IntField(default=1)),
            ],
            options={'table': 'audit_customer_access', 'app': 'bankpm', 'unique_together': (('actor_key', 'customer_id', 'kind', 'through', 'hour'),), 'indexes': [Index(fields=['actor_key', 'last_at']), Index(fields=['last_at'])], 'pk_attr': 'id', 'table_description': 'Who saw which customer, how and in which hour: one row per actor, customer, kind,'},
            bases=['Model'],
        ),
        ops.AlterModelOptions(
            name='Alert',
            options={'table': 'monitoring_alert', 'app': 'bankpm', 'indexes': [Index(fields=['status', 'severity']), Index(fields=['updated_at']), Index(fields=['product_id', 'status'])], 'pk_attr': 'id', 'table_description': 'A breach of a risk rule by a product, or of an access rule by a user (the subject).'},
        ),
        ops.AlterField(
            model_name='Alert',
            name='family',
            field=fields.CharField(null=True, max_length=16),
        ),
        ops.AlterField(
            model_name='Alert',
            name='product',
            field=fields.ForeignKeyField('bankpm.Product', source_field='product_id', null=True, db_constraint=True, to_field='id', related_name='alerts', on_delete=OnDelete.CASCADE),
        ),
        ops.AlterField(
            model_name='Alert',
            name='rule',
            field=fields.ForeignKeyField('bankpm.RiskRule', source_field='rule_id', null=True, db_constraint=True, to_field='id', related_name='alerts', on_delete=OnDelete.CASCADE),
        ),
        ops.AddField(
            model_name='Alert',
            name='access_rule',
            field=fields.ForeignKeyField('bankpm.AccessRule', source_field='access_rule_id', null=True, db_constraint=True, to_field='id', related_name='alerts', on_delete=OnDelete.CASCADE),
        ),
        ops.AddField(
            model_name='Alert',
            name='subject_name',
            field=fields.CharField(null=True, max_length=100),
        ),
        ops.AddField(
            model_name='Alert',
            name='subject_user_id',
            field=fields.IntField(null=True),
        ),
    ]
