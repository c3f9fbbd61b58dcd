"""Benchmark rates (LPR, PBoC deposit benchmarks) as effective-dated reference data, starting
from the rates in force when it was written (``benchmarks.CURRENT_RATES``), so a new
installation prices LPR loans without demo data."""

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from tortoise import fields, migrations
from tortoise.migrations import operations as ops

from backend.kernel import clock
from backend.kernel.fields import ClockDatetimeField

#: (kind, effective_from = announced_on, rate %, note) — frozen copy of CURRENT_RATES.
SEED = (
    ("LPR_1Y", "2025-05-20", "3.0000", ""),
    ("LPR_5Y", "2025-05-20", "3.5000", ""),
    ("DEPOSIT_DEMAND", "2015-10-24", "0.3500", ""),
    ("DEPOSIT_3M", "2015-10-24", "1.1000", ""),
    ("DEPOSIT_6M", "2015-10-24", "1.3000", ""),
    ("DEPOSIT_1Y", "2015-10-24", "1.5000", ""),
    ("DEPOSIT_2Y", "2015-10-24", "2.1000", ""),
    ("DEPOSIT_3Y", "2015-10-24", "2.7500", ""),
    (
        "DEPOSIT_5Y",
        "2015-10-24",
        "2.7500",
        "人民银行未公布五年期存款基准利率，取三年期利率 "
        "(the PBoC publishes no 5-year deposit benchmark; the 3-year rate is used)",
    ),
)


async def _seed(apps: Any, schema_editor: Any) -> None:
    client = schema_editor.client
    postgres = client.capabilities.dialect == "postgres"
    marks = ", ".join(f"${i}" if postgres else "?" for i in range(1, 7))
    sql = (
        "INSERT INTO products_benchmark_rate "
        "(kind, effective_from, announced_on, rate, note, created_at) "
        f"VALUES ({marks})"
    )
    now = clock.now()
    for kind, day, rate, note in SEED:
        if postgres:
            values: list[Any] = [
                kind,
                date.fromisoformat(day),
                date.fromisoformat(day),
                Decimal(rate),
                note,
                now,
            ]
        else:
            values = [kind, day, day, rate, note, now.isoformat(sep=" ")]
        await client.execute_query(sql, values)


async def _unseed(apps: Any, schema_editor: Any) -> None:
    await schema_editor.client.execute_script("DELETE FROM products_benchmark_rate;")


class Migration(migrations.Migration):
    dependencies = [('bankpm', '0012_terms_shape2')]

    initial = False

    operations = [
        ops.CreateModel(
            name='BenchmarkRate',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('kind', fields.CharField(max_length=16)),
                ('effective_from', fields.DateField()),
                ('rate', fields.DecimalField(max_digits=8, decimal_places=4)),
                ('announced_on', fields.DateField()),
                ('note', fields.CharField(default='', max_length=200)),
                ('created_by_id', fields.IntField(null=True)),
                ('created_at', ClockDatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'products_benchmark_rate', 'app': 'bankpm', 'unique_together': (('kind', 'effective_from'),), 'pk_attr': 'id', 'table_description': 'A benchmark rate (LPR or PBoC deposit benchmark) in percent from a date, until the next'},
            bases=['Model'],
        ),
        ops.RunPython(_seed, _unseed),
    ]
