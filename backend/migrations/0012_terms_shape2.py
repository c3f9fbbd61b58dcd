"""Move every stored product's terms, pending terms changes and fees to shape 2 (issue #12):
banded rate tiers, interest mechanics, typed fees and waivers. Nothing is lost: every rate
read from the old shape for a term and amount reads the same from the new one
(``products.terms_upgrade``; tests/products/test_terms_upgrade.py). Version snapshots keep
what they recorded and are upgraded when read."""

from typing import Any

import orjson
from tortoise import migrations
from tortoise.migrations import operations as ops

from backend.domains.products.terms_parts import upgrade_fee
from backend.domains.products.terms_upgrade import upgrade


def _load(value: Any) -> Any:
    return orjson.loads(value) if isinstance(value, (str, bytes)) else value


async def _forward(apps: Any, schema_editor: Any) -> None:
    client = schema_editor.client
    pg = client.capabilities.dialect == "postgres"

    def sql(text: str) -> str:
        if not pg:
            return text
        n = 0
        out = ""
        for ch in text:
            if ch == "?":
                n += 1
                out += f"${n}"
            else:
                out += ch
        return out

    cast = "::jsonb" if pg else ""
    families = {
        row["id"]: row["family"]
        for row in (await client.execute_query("SELECT id, family, fees FROM products_product"))[1]
    }
    for table in ("products_terms", "products_change_request"):
        _, rows = await client.execute_query(
            f"SELECT id, product_id, terms FROM {table} WHERE terms IS NOT NULL"
        )
        for row in rows:
            terms = _load(row["terms"])
            new = upgrade(families[row["product_id"]], terms)
            if new is not terms:
                await client.execute_query(
                    sql(f"UPDATE {table} SET terms = ?{cast} WHERE id = ?"),
                    [orjson.dumps(new).decode(), row["id"]],
                )
    _, rows = await client.execute_query("SELECT id, fees FROM products_product")
    for row in rows:
        fees = _load(row["fees"]) or []
        new_fees = [upgrade_fee(f) for f in fees]
        if new_fees != fees:
            await client.execute_query(
                sql(f"UPDATE products_product SET fees = ?{cast} WHERE id = ?"),
                [orjson.dumps(new_fees).decode(), row["id"]],
            )


class Migration(migrations.Migration):
    dependencies = [("bankpm", "0011_pii_search")]

    operations = [ops.RunPython(_forward, atomic=True)]
