"""Exchange rates through GraphQL: effective-dated reference data kept by risk officers,
audited, and refused where money enters in a currency without a rate."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from backend.domains.audit import models as audit_models
from backend.domains.auth.enums import Role
from backend.domains.products import fx_rates
from backend.domains.products import models as product_models
from backend.domains.products.rules import CURRENCIES
from backend.kernel.clock import today
from tests.factories import GraphQLClient, client_for, create_product_via_api, product_input

ERRORS = "errors { field code message }"
FX_SET = f"""
mutation F($input: FxRateInput!) {{
  fxRateSet(input: $input) {{ fxRate {{ id currency rate effectiveFrom createdBy {{ username }} }} {ERRORS} }}
}}
"""
FX_DELETE = f"""
mutation D($id: ID!) {{ fxRateDelete(id: $id) {{ deletedId {ERRORS} }} }}
"""
FX_RATES = """
query R($currency: String) {
  fxRates(currency: $currency) { totalCount edges { node { currency rate effectiveFrom } } }
}
"""
PRODUCT_UPDATE = f"""
mutation U($id: ID!, $v: Int!, $input: ProductUpdateInput!) {{
  productUpdate(id: $id, expectedVersion: $v, reason: "改币种", input: $input) {{
    product {{ currency version }} {ERRORS}
  }}
}}
"""
PRODUCT_CREATE = f"""
mutation C($input: ProductCreateInput!) {{ productCreate(input: $input) {{ product {{ id }} {ERRORS} }} }}
"""


def payload(result: dict[str, Any], name: str) -> dict[str, Any]:
    assert "errors" not in result, result
    data: dict[str, Any] = result["data"][name]
    return data


def test_every_currency_a_product_may_use_has_an_indicative_rate() -> None:
    assert set(fx_rates.INDICATIVE_RATES) == CURRENCIES - {"CNY"}
    assert all(rate > 0 for rate in fx_rates.INDICATIVE_RATES.values())


async def test_a_rate_applies_from_its_date_until_the_next_and_every_change_is_audited(
    gql: GraphQLClient,
) -> None:
    # given a risk officer
    risk = await client_for(gql, Role.RISK_OFFICER)
    # when they set USD from two dates, then correct the first
    first = await risk.execute(
        FX_SET, {"input": {"currency": "usd", "rate": "7.1234", "effectiveFrom": "2026-03-01"}}
    )
    later = await risk.execute(
        FX_SET, {"input": {"currency": "USD", "rate": "7.25", "effectiveFrom": "2026-06-01"}}
    )
    fixed = await risk.execute(
        FX_SET, {"input": {"currency": "USD", "rate": "7.12", "effectiveFrom": "2026-03-01"}}
    )
    # then history is kept, the same day is corrected, each change audited
    stored = payload(first, "fxRateSet")["fxRate"]
    assert stored["currency"] == "USD" and stored["rate"] == "7.123400"
    assert stored["createdBy"]["username"]
    assert payload(later, "fxRateSet")["errors"] == []
    assert payload(fixed, "fxRateSet")["fxRate"]["id"] == stored["id"]
    listed = payload(await risk.execute(FX_RATES, {"currency": "USD"}), "fxRates")
    assert [(e["node"]["effectiveFrom"], e["node"]["rate"]) for e in listed["edges"]] == [
        ("2026-06-01", "7.250000"),
        ("2026-03-01", "7.120000"),
        ("2000-01-01", "7.100000"),
    ]
    assert await fx_rates.rate_on(currency="USD", day=date(2026, 5, 31)) == Decimal("7.12")
    assert await fx_rates.rate_on(currency="USD", day=date(2026, 6, 1)) == Decimal("7.25")
    audited = await audit_models.AuditEvent.filter(action="fxRate.set").order_by("sequence")
    assert len(audited) == 3 and audited[2].before is not None
    # and deleting an entry is audited too
    deleted = await risk.execute(FX_DELETE, {"id": stored["id"]})
    assert payload(deleted, "fxRateDelete")["errors"] == []
    assert await audit_models.AuditEvent.filter(action="fxRate.delete").count() == 1


async def test_bad_rates_are_refused_and_write_nothing(gql: GraphQLClient) -> None:
    # given a risk officer and the seeded rates
    risk = await client_for(gql, Role.RISK_OFFICER)
    before = await product_models.FxRate.all().count()
    # when they enter the base currency, an unknown one, a zero or an over-precise rate
    cases = [
        ({"currency": "CNY", "rate": "1", "effectiveFrom": "2026-01-01"}, "currency", "INVALID"),
        ({"currency": "XXX", "rate": "1", "effectiveFrom": "2026-01-01"}, "currency", "INVALID"),
        ({"currency": "USD", "rate": "0", "effectiveFrom": "2026-01-01"}, "rate", "INVALID"),
        (
            {"currency": "USD", "rate": "7.1234567", "effectiveFrom": "2026-01-01"},
            "rate",
            "INVALID",
        ),
    ]
    for data, field, code in cases:
        result = payload(await risk.execute(FX_SET, {"input": data}), "fxRateSet")
        # then each is a typed error on its field
        assert [(e["field"], e["code"]) for e in result["errors"]] == [(field, code)], data
    assert await product_models.FxRate.all().count() == before


async def test_others_read_rates_but_cannot_change_them(gql: GraphQLClient) -> None:
    # given a product manager
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    # when they read and try to set a rate
    listed = payload(await pm.execute(FX_RATES, {"currency": "JPY"}), "fxRates")
    refused = await pm.execute(
        FX_SET, {"input": {"currency": "JPY", "rate": "1", "effectiveFrom": "2026-01-01"}}
    )
    # then reading works and the change is forbidden
    assert listed["totalCount"] == 1
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_product_in_a_currency_without_a_rate_is_refused(gql: GraphQLClient) -> None:
    # given SEK has no rate, and NOK has one only from next month
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    await product_models.FxRate.filter(currency__in=["SEK", "NOK"]).delete()
    await product_models.FxRate.create(
        currency="NOK", rate=Decimal("0.66"), effective_from=today() + timedelta(days=31)
    )
    # when products are created in them
    for currency in ("SEK", "NOK"):
        result = await pm.execute(
            PRODUCT_CREATE,
            {"input": product_input("TIME", code=f"FX-{currency}", currency=currency)},
        )
        errors = payload(result, "productCreate")["errors"]
        # then FX_RATE_MISSING on the currency, and nothing is written
        assert [(e["field"], e["code"]) for e in errors] == [("currency", "FX_RATE_MISSING")]
        assert currency in errors[0]["message"]
    assert not await product_models.Product.filter(code__startswith="FX-").exists()
    # and a currency with a rate is fine
    created = await create_product_via_api(pm, "TIME", code="FX-USD", currency="USD")
    assert created["id"]


async def test_a_draft_cannot_move_to_a_currency_without_a_rate(gql: GraphQLClient) -> None:
    # given a CNY draft and no SEK rate
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    draft = await create_product_via_api(pm, "TIME", code="FX-DRAFT")
    await product_models.FxRate.filter(currency="SEK").delete()
    # when its currency is changed to SEK, then to USD
    refused = await pm.execute(
        PRODUCT_UPDATE, {"id": draft["id"], "v": draft["version"], "input": {"currency": "SEK"}}
    )
    moved = await pm.execute(
        PRODUCT_UPDATE, {"id": draft["id"], "v": draft["version"], "input": {"currency": "USD"}}
    )
    # then SEK is refused and nothing changed, USD is fine
    errors = payload(refused, "productUpdate")["errors"]
    assert [(e["field"], e["code"]) for e in errors] == [("currency", "FX_RATE_MISSING")]
    assert payload(moved, "productUpdate")["product"] == {"currency": "USD", "version": 2}
