from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('bankpm', '0006_product_suspended_by_risk')]

    initial = False

    operations = [
        ops.CreateModel(
            name='FxRate',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('currency', fields.CharField(max_length=3)),
                ('rate', fields.DecimalField(max_digits=18, decimal_places=6)),
                ('effective_from', fields.DateField()),
                ('created_by_id', fields.IntField(null=True)),
            ],
            options={'table': 'products_fx_rate', 'app': 'bankpm', 'unique_together': (('currency', 'effective_from'),), 'pk_attr': 'id', 'table_description': "CNY per unit of a currency from a date, until the currency's next entry (reference data)."},
            bases=['Model'],
        ),
    ]
