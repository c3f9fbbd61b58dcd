"""Shape-1 terms move to shape 2 with no loss (issue #12).

``fixtures/terms_v1.json`` holds every terms row of the demo products as shape 1 stored them
(dumped before the change, 80 rows, all six families). Every one is read the old way and the
new way for each term and around every amount tier, and must read the same; the upgraded
terms pass today's checks unchanged; the data migration 0012 does this to a database.
"""

from __future__ import annotations

import importlib
import json
from decimal import Decimal as D
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from tortoise import connections

from backend.domains.products import models, rules, terms_parts, terms_rules, terms_upgrade
from backend.domains.products.enums import LprTenor, ProductFamily, ProductSubtype
from backend.kernel import clock

ROWS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "fixtures" / "terms_v1.json").read_text(encoding="utf-8")
)
#: The LPRs in force when the fixture was taken (from 2025-05-20).
LPR = {LprTenor.ONE_YEAR: D("3.0000"), LprTenor.FIVE_YEAR: D("3.5000")}


def ids(row: dict[str, Any]) -> str:
    return f"{row['code']}@{row['effective_date']}"


def old_deposit_rate(old: dict[str, Any], term: int | None, amount: D) -> D | None:
    """Shape 1's reading: the row of the term with the highest minimum at or below amount."""
    rows = [
        r for r in old["rate_table"] if r["term_months"] == term and D(r["min_amount"]) <= amount
    ]
    if not rows:
        return None
    return D(max(rows, key=lambda r: D(r["min_amount"]))["rate"])


def new_deposit_rate(new: dict[str, Any], term: int | None, amount: D) -> D | None:
    """Shape 2's reading: the tier whose bands hold the term and the amount."""
    found = []
    for tier in new["rate_tiers"]:
        values = {"AMOUNT": amount, "TERM_MONTHS": D(term) if term is not None else None}
        if all(
            values.get(b["unit"]) is not None and terms_parts.band_contains(b, values[b["unit"]])
            for b in tier["bands"]
        ):
            found.append(D(tier["rate"]))
    assert len(found) <= 1, "tiers overlap"
    return found[0] if found else None


def probe_amounts(old: dict[str, Any]) -> list[D]:
    out = {D("0"), D("1000000000")}
    for r in old["rate_table"]:
        m = D(r["min_amount"])
        out |= {m, m - D("0.01"), m + D("0.01")}
    return sorted(a for a in out if a >= 0)


def test_the_fixture_covers_every_family() -> None:
    assert {r["family"] for r in ROWS} == {f.value for f in ProductFamily}
    assert len(ROWS) == 80


@pytest.mark.parametrize("row", ROWS, ids=ids)
def test_upgraded_terms_pass_todays_checks_unchanged(row: dict[str, Any]) -> None:
    family = ProductFamily(row["family"])
    new = terms_upgrade.upgrade(family, row["terms"])
    normalised, errors = terms_rules.check_terms(
        family, ProductSubtype(row["subtype"]), {terms_rules.FAMILY_KEY[family]: new}, lpr=LPR
    )
    assert errors == []
    assert normalised == new
    assert terms_upgrade.upgrade(family, new) is new  # idempotent


@pytest.mark.parametrize("row", ROWS, ids=ids)
def test_old_and_new_readings_agree(row: dict[str, Any]) -> None:
    family = ProductFamily(row["family"])
    old, new = row["terms"], terms_upgrade.upgrade(family, row["terms"])
    headline = D(row["headline_rate"]) if row["headline_rate"] is not None else None
    assert rules.headline_rate(family, new, LPR) == headline
    if family == ProductFamily.DEPOSIT:
        terms: list[int | None] = list(old["terms_months"]) or [None]
        for term in terms:
            for amount in probe_amounts(old):
                assert new_deposit_rate(new, term, amount) == old_deposit_rate(old, term, amount), (
                    term,
                    amount,
                )
        offered = terms_rules.offered_terms(new["term"], new["rate_tiers"]) if new["term"] else []
        assert offered == old["terms_months"]
        assert [
            new["minimum_deposit"],
            new["early_withdrawal_rate"],
            new["auto_renewal"],
        ] == [old["minimum_deposit"], old["early_withdrawal_rate"], old["auto_renewal"]]
        if old["terms_months"]:
            assert new["interest"]["posting"] == old["interest_payment"]
        else:  # demand interest is settled quarterly and joins the balance
            assert new["interest"]["posting"] == new["interest"]["compounding"] == "QUARTERLY"
    elif family == ProductFamily.LOAN:
        if old["rate_type"] == "LPR":
            rate = LPR[LprTenor(old["lpr_tenor"])] + D(old["spread_bps"]) / 100
        else:
            rate = D(old["fixed_rate"])
        assert rules.loan_rate_now(new, LPR) == rate == D(new["effective_rate"])
        assert rules.loan_rate_now(new, None) == D(old["effective_rate"])
        kept = {k: v for k, v in old.items() if k not in ("fixed_rate", "spread_bps")}
        assert {k: new[k] for k in kept} == kept
    elif family == ProductFamily.CREDIT_CARD:
        assert new["fee_waiver_note"] == old["fee_waiver_rule"]
        assert new["annual_fee"] == old["annual_fee"]
        kept = {k: v for k, v in old.items() if k != "fee_waiver_rule"}
        assert {k: new[k] for k in kept} == kept
    else:
        assert new == {**old, "shape": 2}


def test_shape1_fees_upgrade_to_typed_fees_with_their_usual_base() -> None:
    old = {
        "type": "MANAGEMENT",
        "basis": "RATE",
        "amount": None,
        "rate": "0.5000",
        "min_amount": None,
        "max_amount": None,
        "cap": "100.00",
        "frequency": "ANNUAL",
    }
    new = terms_parts.upgrade_fee(old)
    assert new["charged_on"] == "NAV"
    assert new["cap_period"] == "ANNUAL"  # shape 1's cap was over a year
    assert new["waivers"] == [] and new["currency"] is None
    assert terms_parts.upgrade_fee(new) is new


async def test_the_migration_moves_stored_terms_changes_and_fees_to_shape_2() -> None:
    # given products stored as shape 1 left them: terms rows, a pending change, and fees
    samples = {}
    for row in ROWS:
        samples.setdefault(row["family"], row)
    made = []
    for i, row in enumerate(samples.values()):
        product = await models.Product.create(
            code=f"V1-{i}",
            name_zh="旧产品",
            name_en="Old product",
            family=row["family"],
            subtype=row["subtype"],
            currency="CNY",
            risk_level="R2",
            status="ON_SALE",
            fees=[
                {
                    "type": "TRANSFER",
                    "basis": "RATE",
                    "amount": None,
                    "rate": "0.1000",
                    "min_amount": "1.00",
                    "max_amount": "50.00",
                    "cap": None,
                    "frequency": "PER_TRANSACTION",
                }
            ],
        )
        await models.ProductTerms.create(
            product=product, effective_date=clock.today(), terms=row["terms"]
        )
        await models.ProductChangeRequest.create(
            product=product,
            status="PENDING",
            reason="旧的待审变更",
            effective_date=clock.today(),
            changes={},
            terms=row["terms"],
            base_version=1,
        )
        made.append((product.id, row))
    # when the migration runs
    migration = importlib.import_module("backend.migrations.0012_terms_shape2")
    await migration._forward(None, SimpleNamespace(client=connections.get("default")))
    # then everything reads as shape 2, exactly as the upgrade makes it
    for product_id, row in made:
        expected = terms_upgrade.upgrade(row["family"], row["terms"])
        stored = await models.ProductTerms.get(product_id=product_id)
        assert stored.terms == expected
        request = await models.ProductChangeRequest.get(product_id=product_id)
        assert request.terms == expected
        product = await models.Product.get(id=product_id)
        assert product.fees[0]["charged_on"] == "TRANSACTION_AMOUNT"
        assert product.fees[0]["waivers"] == []
    # and running it again changes nothing
    await migration._forward(None, SimpleNamespace(client=connections.get("default")))
    for product_id, row in made:
        stored = await models.ProductTerms.get(product_id=product_id)
        assert stored.terms == terms_upgrade.upgrade(row["family"], row["terms"])
