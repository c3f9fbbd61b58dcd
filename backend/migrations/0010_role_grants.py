from tortoise import migrations
from tortoise.migrations import operations as ops
from backend.kernel.fields import ClockDatetimeField
from orjson import loads
from tortoise.fields.base import OnDelete
from tortoise.fields.data import JSON_DUMPS
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('bankpm', '0009_customer_access')]

    initial = False

    operations = [
        ops.CreateModel(
            name='LoginIpThrottle',
            fields=[
                ('ip', fields.CharField(primary_key=True, unique=True, db_index=True, max_length=64)),
                ('failures', fields.IntField(default=0)),
                ('window_started_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('blocked_until', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('updated_at', ClockDatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'auth_login_ip_throttle', 'app': 'bankpm', 'pk_attr': 'ip', 'table_description': 'Failed sign-ins from one address, whatever the usernames: sprays are slowed, then refused.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='RoleGrant',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('user', fields.ForeignKeyField('bankpm.User', source_field='user_id', db_constraint=True, to_field='id', related_name='role_grants', on_delete=OnDelete.CASCADE)),
                ('roles_before', fields.JSONField(default=list, description="The roles of the user when it was asked for: approval applies only if they are still these.", encoder=JSON_DUMPS, decoder=loads)),
                ('roles', fields.JSONField(default=list, description='The whole set of roles asked for.', encoder=JSON_DUMPS, decoder=loads)),
                ('status', fields.CharField(default='PENDING', db_index=True, max_length=16)),
                ('requested_by', fields.ForeignKeyField('bankpm.User', source_field='requested_by_id', null=True, db_constraint=True, to_field='id', related_name='role_grants_requested', on_delete=OnDelete.SET_NULL)),
                ('requested_at', ClockDatetimeField(auto_now=False, auto_now_add=True)),
                ('decided_by', fields.ForeignKeyField('bankpm.User', source_field='decided_by_id', null=True, db_constraint=True, to_field='id', related_name='role_grants_decided', on_delete=OnDelete.SET_NULL)),
                ('decided_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('reason', fields.CharField(default='', max_length=500)),
            ],
            options={'table': 'auth_role_grant', 'app': 'bankpm', 'pk_attr': 'id', 'table_description': 'A role change that grants PII or approval rights: pending until a second admin decides.'},
            bases=['Model'],
        ),
    ]
