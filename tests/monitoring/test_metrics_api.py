"""Metric queries: the dashboard overview, time series aggregated exactly over a family
(ratios from their parts, not averaged) and per-product health."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from backend.domains.auth.enums import Role
from backend.domains.monitoring import evaluation, metrics, rules
from backend.domains.monitoring import models as monitoring_models
from backend.domains.monitoring.enums import Metric
from backend.kernel.clock import today
from tests.factories import GraphQLClient, client_for
from tests.monitoring.loan_book import loan_product, loans, reclassify
from tests.monitoring.performance_builders import gid, product

OVERVIEW = """{ monitoringOverview { businessDate totalBalance loanNplRatio watchedProducts
  productsWithAlerts suspendedProducts openAlerts { info warning critical } } }"""
SERIES = """query($m: ProductMetric!, $f: ProductFamily, $p: ID, $s: Date, $e: Date) {
  metricSeries(metric: $m, family: $f, productId: $p, start: $s, end: $e) {
    metric points { date value } } }"""
HEALTH = """{ productHealth(family: LOAN) { product { code } openAlerts worstSeverity
  metrics { metric value } } }"""


async def test_family_ratios_come_from_summed_parts_and_the_overview_adds_up(
    gql: GraphQLClient,
) -> None:
    # given two loan products: 100k with 10k bad (10 %), and 900k with none bad (0 %)
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    risk = await client_for(gql, Role.RISK_OFFICER)
    await rules.seed_default_rules()
    first_id, first = await loan_product(pm, risk, code="T-LOAN-A")
    _, second = await loan_product(pm, risk, code="T-LOAN-B")
    [bad, _] = await loans(first, ["10000", "90000"])
    await loans(second, ["900000"])
    await evaluation.evaluate_all()  # the scheduled job has computed today's metrics
    await reclassify(risk, bad, "LOSS", 400)
    # when risk reads the figures
    overview = (await risk.execute(OVERVIEW))["data"]["monitoringOverview"]
    # then the bank NPL is 10k / 1,000k = 1 %, not the 5 % mean of the two ratios
    assert Decimal(overview["loanNplRatio"]) == Decimal(1)
    assert Decimal(overview["totalBalance"]) == Decimal(1000000)
    assert overview["watchedProducts"] == 2
    assert overview["productsWithAlerts"] == 1
    assert overview["openAlerts"]["critical"] >= 1
    family = (await risk.execute(SERIES, {"m": "NPL_RATIO", "f": "LOAN"}))["data"]["metricSeries"]
    assert Decimal(family["points"][-1]["value"]) == Decimal(1)
    one = (await risk.execute(SERIES, {"m": "NPL_RATIO", "p": first_id}))["data"]["metricSeries"]
    # yesterday the loan was still normal; today it is bad
    assert [Decimal(p["value"]) for p in one["points"]] == [Decimal(0), Decimal(10)]
    health = {
        h["product"]["code"]: h for h in (await risk.execute(HEALTH))["data"]["productHealth"]
    }
    assert health["T-LOAN-A"]["worstSeverity"] == "CRITICAL"
    assert health["T-LOAN-B"]["openAlerts"] == 0
    npl = {m["metric"]: Decimal(m["value"]) for m in health["T-LOAN-A"]["metrics"]}
    assert npl["NPL_RATIO"] == 10 and npl["BALANCE"] == 100000


async def test_past_days_use_the_classification_history(gql: GraphQLClient) -> None:
    from backend.domains.customers import models as customer_models

    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    risk = await client_for(gql, Role.RISK_OFFICER)
    _, pk = await loan_product(pm, risk)
    await loans(pk, ["20000", "80000"], opened=today() - timedelta(days=60))
    small = await customer_models.Holding.get(product_id=pk, principal=20000)
    # the small loan went SUBSTANDARD 10 days ago
    await customer_models.LoanClassificationChange.create(
        holding_id=small.id, classification="NORMAL", changed_on=small.opened_on
    )
    await customer_models.LoanClassificationChange.create(
        holding_id=small.id,
        classification="SUBSTANDARD",
        days_past_due=95,
        changed_on=today() - timedelta(days=10),
    )
    await customer_models.Holding.filter(id=small.id).update(
        classification="SUBSTANDARD", days_past_due=95
    )
    await metrics.backfill(start=today() - timedelta(days=20), end=today())
    points = {
        p.day: p.value
        for p in await metrics.series(
            metric=Metric.NPL_RATIO,
            start=today() - timedelta(days=20),
            end=today(),
            product_id=pk,
        )
    }
    assert points[today() - timedelta(days=11)] == 0
    assert points[today() - timedelta(days=10)] == 20
    assert points[today()] == 20


async def test_series_refuse_a_reversed_or_too_long_range(gql: GraphQLClient) -> None:
    risk = await client_for(gql, Role.RISK_OFFICER)
    end = date(2026, 11, 1)
    reversed_range = await risk.execute(
        SERIES, {"m": "BALANCE", "s": end.isoformat(), "e": (end - timedelta(days=1)).isoformat()}
    )
    assert reversed_range["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    too_long = await risk.execute(SERIES, {"m": "BALANCE", "s": "2020-01-01", "e": end.isoformat()})
    assert too_long["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    marketing = await client_for(gql, Role.MARKETING)
    refused = await marketing.execute(SERIES, {"m": "BALANCE"})
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


FEEDBACK_CREATE = """mutation($input: FeedbackCreateInput!) {
  feedbackCreate(input: $input) { feedback { id } errors { field code } } }"""


async def test_a_complaint_counts_in_the_products_metrics_before_the_call_returns(
    gql: GraphQLClient,
) -> None:
    # given a product on sale with no complaint today
    row = await product("T-FB-EVT")
    service_desk = await client_for(gql, Role.MARKETING)
    # when a complaint (rating 1) about it is recorded
    body = await service_desk.execute(
        FEEDBACK_CREATE,
        {"input": {"source": "HOTLINE", "rating": 1, "productId": gid("Product", row.id)}},
    )
    # then monitoring has already counted it for today (feedback.changed → recompute)
    assert body["data"]["feedbackCreate"]["errors"] == []
    value = await monitoring_models.MetricValue.get(
        product_id=row.id, metric=Metric.COMPLAINT_COUNT, business_date=today()
    )
    assert value.value == Decimal(1)
