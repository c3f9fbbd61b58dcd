from tortoise import migrations
from tortoise.migrations import operations as ops
from backend.kernel.fields import ClockDatetimeField
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('bankpm', '0005_monitoring')]

    initial = False

    operations = [
        ops.AlterField(
            model_name='ApiKey',
            name='created_at',
            field=ClockDatetimeField(auto_now=False, auto_now_add=True),
        ),
        ops.AlterField(
            model_name='Customer',
            name='created_at',
            field=ClockDatetimeField(auto_now=False, auto_now_add=True),
        ),
        ops.AlterField(
            model_name='Customer',
            name='updated_at',
            field=ClockDatetimeField(auto_now=True, auto_now_add=False),
        ),
        ops.AlterField(
            model_name='Holding',
            name='updated_at',
            field=ClockDatetimeField(auto_now=True, auto_now_add=False),
        ),
        ops.AlterField(
            model_name='LoginThrottle',
            name='updated_at',
            field=ClockDatetimeField(auto_now=True, auto_now_add=False),
        ),
        ops.AlterField(
            model_name='MetricValue',
            name='updated_at',
            field=ClockDatetimeField(auto_now=True, auto_now_add=False),
        ),
        ops.AlterField(
            model_name='NeedRule',
            name='updated_at',
            field=ClockDatetimeField(auto_now=True, auto_now_add=False),
        ),
        ops.AlterField(
            model_name='Product',
            name='created_at',
            field=ClockDatetimeField(auto_now=False, auto_now_add=True),
        ),
        ops.AlterField(
            model_name='Product',
            name='updated_at',
            field=ClockDatetimeField(auto_now=True, auto_now_add=False),
        ),
        ops.AddField(
            model_name='Product',
            name='suspended_by_risk',
            field=fields.BooleanField(default=False, description='Suspended by risk control (automatically or by a risk officer): only a risk officer', db_default=False),
        ),
        ops.AlterField(
            model_name='ProductChangeRequest',
            name='requested_at',
            field=ClockDatetimeField(auto_now=False, auto_now_add=True),
        ),
        ops.AlterField(
            model_name='ProductCost',
            name='created_at',
            field=ClockDatetimeField(auto_now=False, auto_now_add=True),
        ),
        ops.AlterField(
            model_name='ProductDocument',
            name='uploaded_at',
            field=ClockDatetimeField(auto_now=False, auto_now_add=True),
        ),
        ops.AlterField(
            model_name='ProductTerms',
            name='created_at',
            field=ClockDatetimeField(auto_now=False, auto_now_add=True),
        ),
        ops.AlterField(
            model_name='RiskRule',
            name='created_at',
            field=ClockDatetimeField(auto_now=False, auto_now_add=True),
        ),
        ops.AlterField(
            model_name='RiskRule',
            name='updated_at',
            field=ClockDatetimeField(auto_now=True, auto_now_add=False),
        ),
        ops.AlterField(
            model_name='Segment',
            name='created_at',
            field=ClockDatetimeField(auto_now=False, auto_now_add=True),
        ),
        ops.AlterField(
            model_name='Segment',
            name='updated_at',
            field=ClockDatetimeField(auto_now=True, auto_now_add=False),
        ),
        ops.AlterField(
            model_name='Session',
            name='created_at',
            field=ClockDatetimeField(auto_now=False, auto_now_add=True),
        ),
        ops.AlterField(
            model_name='Survey',
            name='created_at',
            field=ClockDatetimeField(auto_now=False, auto_now_add=True),
        ),
        ops.AlterField(
            model_name='SurveyResponse',
            name='submitted_at',
            field=ClockDatetimeField(auto_now=False, auto_now_add=True),
        ),
        ops.AlterField(
            model_name='User',
            name='created_at',
            field=ClockDatetimeField(auto_now=False, auto_now_add=True),
        ),
        ops.AlterField(
            model_name='User',
            name='updated_at',
            field=ClockDatetimeField(auto_now=True, auto_now_add=False),
        ),
    ]
