"""Demand forecasting: the model on synthetic seasonal data against the seasonal-naive
baseline, prediction intervals, short histories, the monthly SQL aggregation (run on SQLite
and PostgreSQL) and the cache."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from backend import db
from backend.domains.customers import forecast
from backend.domains.customers.feedback import add_months
from backend.domains.customers.forecast import Metric
from backend.domains.products.enums import ProductFamily
from tests.customers import feedback_builders as build


def _history(values: list[int], start: date = date(2023, 1, 1)) -> list[tuple[date, Decimal]]:
    return [(add_months(start, i), Decimal(v)) for i, v in enumerate(values)]


@pytest.mark.parametrize("seed", [1, 3, 4])
def test_forecast_of_seasonal_data_beats_the_seasonal_naive_baseline(seed: int) -> None:
    # given 36 months of trend + yearly seasonality + noise
    history = _history(build.seasonal_series(36, seed=seed))
    # when
    result = forecast.forecast_series(history, 12)
    # then
    assert result.model is not None and result.model.startswith("Holt-Winters")
    assert result.mape is not None and result.baseline_mape is not None
    assert result.mape < result.baseline_mape, (result.mape, result.baseline_mape)
    assert [b.month for b in result.backtest] == [m for m, _ in history[-6:]]
    assert [b.actual for b in result.backtest] == [float(v) for _, v in history[-6:]]
    assert [b.baseline for b in result.backtest] == [float(v) for _, v in history[-18:-12]]


def test_over_many_series_the_model_beats_the_baseline_almost_always() -> None:
    # noise can make the seasonal-naive forecast luckier on one series, not on most
    results = [
        forecast.forecast_series(_history(build.seasonal_series(36, s)), 6) for s in range(1, 13)
    ]
    wins = sum(
        1
        for r in results
        if r.mape is not None and r.baseline_mape is not None and r.mape < r.baseline_mape
    )
    assert wins >= 10
    assert sum(r.mape or 0 for r in results) < 0.6 * sum(r.baseline_mape or 0 for r in results)


def test_intervals_contain_the_forecast_and_widen_with_the_horizon() -> None:
    history = _history(build.seasonal_series(36, seed=1))
    result = forecast.forecast_series(history, 12)
    assert result.model == "Holt-Winters (additive trend, additive seasonality)"
    assert [p.month for p in result.points] == [add_months(date(2026, 1, 1), i) for i in range(12)]
    for p in result.points:
        assert p.lower95 <= p.lower80 <= p.value <= p.upper80 <= p.upper95
    widths = [p.upper95 - p.lower95 for p in result.points]
    assert all(b >= a - 1e-9 for a, b in zip(widths, widths[1:], strict=False)), widths
    assert widths[-1] > widths[0] * 1.5
    widths80 = [p.upper80 - p.lower80 for p in result.points]
    assert widths80[-1] > widths80[0] * 1.5


def test_additive_model_intervals_never_narrow() -> None:
    checked = 0
    for seed in range(1, 13):
        result = forecast.forecast_series(_history(build.seasonal_series(36, seed)), 12)
        if result.model and "multiplicative" in result.model:
            continue  # simulated intervals, which follow the season
        widths = [p.upper95 - p.lower95 for p in result.points]
        assert all(b >= a - 1e-9 for a, b in zip(widths, widths[1:], strict=False)), seed
        checked += 1
    assert checked >= 10


def test_multiplicative_seasonality_intervals_come_from_simulation() -> None:
    # a season that scales with the level: multiplicative seasonality fits better
    values = [
        round((100 + 8 * t) * (1 + 0.4 * ((t % 12) in (2, 3, 4)) - 0.3 * ((t % 12) in (8, 9))))
        + (t * 7919 % 11 - 5)
        for t in range(36)
    ]
    result = forecast.forecast_series(_history(values), 12)
    assert result.model == "Holt-Winters (additive trend, multiplicative seasonality)"
    for p in result.points:
        assert 0 <= p.lower95 <= p.lower80 <= p.value <= p.upper80 <= p.upper95
    # fixed seed: the same history gives the same intervals
    assert forecast.forecast_series(_history(values), 12).points == result.points


def test_12_to_23_months_use_a_simpler_model_and_still_backtest() -> None:
    result = forecast.forecast_series(_history(build.seasonal_series(20)), 6)
    assert result.model in ("Simple exponential smoothing", "Holt (additive trend)")
    assert len(result.points) == 6 and result.mape is not None
    assert result.baseline_mape is not None  # 20 months: 14 before the holdout, ≥ 12
    short = forecast.forecast_series(_history(build.seasonal_series(14)), 6)
    assert short.points and short.mape is not None and short.baseline_mape is None


def test_less_than_12_months_gives_no_forecast_but_a_message() -> None:
    history = _history(build.seasonal_series(11))
    result = forecast.forecast_series(history, 6)
    assert result.points == [] and result.model is None and result.mape is None
    assert result.message == forecast.SHORT_MESSAGE
    assert result.history == history


def test_mape_skips_months_without_sales() -> None:
    import numpy as np

    assert forecast.mape(np.array([100.0, 0.0, 50.0]), np.array([90.0, 5.0, 55.0])) == 10.0
    assert forecast.mape(np.array([0.0, 0.0]), np.array([1.0, 1.0])) is None


# --- SQL monthly aggregation (SQLite strftime, PostgreSQL date_trunc) -------------------------


async def test_monthly_sales_are_grouped_in_sql_with_gaps_filled() -> None:
    # given holdings in three of five months, a newer one in the current month (excluded) and
    # one of another family
    until = date(2025, 7, 20)
    card = await build.product(family="CREDIT_CARD", subtype="STANDARD")
    deposit = await build.product(family="DEPOSIT", subtype="TIME")
    await build.holdings(
        card,
        {
            date(2025, 2, 1): [Decimal("100.50"), Decimal("200")],
            date(2025, 4, 1): [Decimal("50")],
            date(2025, 6, 1): [Decimal("1"), Decimal("2"), Decimal("3")],
            date(2025, 7, 1): [Decimal("999")],
        },
    )
    await build.holdings(deposit, {date(2025, 1, 1): [Decimal("10000")]})
    # when
    counts = await forecast.monthly_sales(
        metric=Metric.COUNT, family=ProductFamily.CREDIT_CARD, until=until
    )
    amounts = await forecast.monthly_sales(metric=Metric.AMOUNT, product_id=card.id, until=until)
    everything = await forecast.monthly_sales(metric=Metric.COUNT, until=until)
    # then
    months = [date(2025, m, 1) for m in (2, 3, 4, 5, 6)]
    assert counts == list(zip(months, [Decimal(n) for n in (2, 0, 1, 0, 3)], strict=True))
    assert [v for _, v in amounts] == [Decimal("300.50"), 0, Decimal("50"), 0, Decimal("6")]
    assert [m for m, _ in everything] == [date(2025, 1, 1), *months]
    assert (
        await forecast.monthly_sales(metric=Metric.COUNT, family=ProductFamily.FX, until=until)
        == []
    )
    assert db.is_postgres() in (True, False)  # runs on the database chosen by BANKPM_TEST_DB


async def test_unchanged_history_is_served_from_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    # given
    forecast.clear_cache()
    product = await build.product()
    months = build.last_months(14)
    await build.holdings(product, {m: [Decimal(1)] * (i % 4 + 1) for i, m in enumerate(months)})
    calls = []
    real = forecast.forecast_series

    def counting(history: list[tuple[date, Decimal]], horizon: int) -> forecast.Forecast:
        calls.append(horizon)
        return real(history, horizon)

    monkeypatch.setattr(forecast, "forecast_series", counting)
    # when
    first = await forecast.demand_forecast(metric=Metric.COUNT, horizon=6, product_id=product.id)
    again = await forecast.demand_forecast(metric=Metric.COUNT, horizon=6, product_id=product.id)
    await forecast.demand_forecast(metric=Metric.COUNT, horizon=7, product_id=product.id)
    await build.holdings(product, {months[-1]: [Decimal(1)]})
    changed = await forecast.demand_forecast(metric=Metric.COUNT, horizon=6, product_id=product.id)
    # then
    assert again is first
    assert calls == [6, 7, 6]
    assert changed.history[-1][1] == first.history[-1][1] + 1
