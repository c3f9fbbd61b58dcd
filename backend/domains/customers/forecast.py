"""Demand forecasting (需求预测): monthly sales per product family or product, forecast 1–12
months ahead with prediction intervals, and a backtest error shown beside every forecast.

"Sales" are holdings opened per business month (``Holding.opened_on``): COUNT is how many were
opened, AMOUNT the sum of their principal: a product's in its currency, a family's or the bank's
in CNY, each day's sales converted at that day's exchange rate (``kernel.fx``; a currency
without one is refused). The months (or days × currencies) are summed exactly in the database
(one grouped query) and missing months are filled with 0, from the first month with a sale to
the last complete month.

Models (statsmodels' Holt-Winters ``ExponentialSmoothing``):

* ≥ 24 months of history: additive trend with yearly seasonality (period 12), additive or —
  when every month is positive — multiplicative, whichever has the lower AICc;
* 12–23 months: simple exponential smoothing or Holt's additive trend, lower AICc wins;
* < 12 months: no forecast, the history and the message "history too short".

Prediction intervals (80 % and 95 %): for additive models the exact normal intervals of the
fitted model's state-space form (the h-step variance formula of Hyndman et al.; no parameter
uncertainty); for multiplicative seasonality, which has no closed form, the 10/90 and 2.5/97.5
percentiles of 2,000 paths simulated with ``HoltWintersResults.simulate`` (normal errors of the
fitted variance, fixed seed so a forecast is reproducible). Bounds and points are clipped at 0:
sales are never negative.

Backtest: the same model selection is fitted on the history without its last 6 months and
forecasts them; MAPE is the mean absolute percentage error over the held-out months whose
actual value is not 0. The seasonal-naive baseline (each month equals the same month a year
earlier) is scored on the same months when the history has 18 months or more.

Fitting takes about 100 ms of CPU, so it runs in a worker thread (``asyncio.to_thread``) and
results are kept in a small in-process LRU keyed by scope, metric, horizon, last history
month and a hash of the history, so an unchanged history is never refitted.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib
import threading
import warnings
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from statistics import NormalDist
from typing import Any

import numpy as np

from backend import db
from backend.domains.customers.feedback import add_months, month_start
from backend.domains.products import fx_rates
from backend.domains.products import models as product_models
from backend.domains.products.enums import ProductFamily
from backend.kernel.clock import today
from backend.kernel.exact import Exact
from backend.kernel.money import as_decimal, to_cents

MIN_HISTORY = 12
SEASONAL_HISTORY = 24
SEASON = 12
HOLDOUT = 6
HORIZON_MAX = 12
SIMULATIONS = 2000
SEED = 20240601
CACHE_SIZE = 128

SHORT_MESSAGE = "History too short: at least 12 months of sales are needed for a forecast."
NO_FIT_MESSAGE = "No model could be fitted to this history."
FITTED_MESSAGE = "{model}, fitted on {months} months; backtest on the last {holdout} months."


class Metric(StrEnum):
    """What is counted per month."""

    COUNT = "COUNT"
    AMOUNT = "AMOUNT"


@dataclass(frozen=True)
class ForecastPoint:
    """One forecast month with its 80 % and 95 % prediction intervals."""

    month: date
    value: float
    lower80: float
    upper80: float
    lower95: float
    upper95: float


@dataclass(frozen=True)
class BacktestPoint:
    """One held-out month: what happened, what the model and the baseline said."""

    month: date
    actual: float
    predicted: float
    baseline: float | None


@dataclass(frozen=True)
class Forecast:
    """History, forecast and backtest of one series."""

    history: list[tuple[date, Decimal]]
    points: list[ForecastPoint] = field(default_factory=list)
    model: str | None = None
    mape: float | None = None
    baseline_mape: float | None = None
    backtest: list[BacktestPoint] = field(default_factory=list)
    #: English message template (translated by the caller) and its parameters.
    message: str = ""
    message_params: dict[str, str | int] = field(default_factory=dict)


# --- monthly history in SQL -----------------------------------------------------------------


def _monthly_sql(metric: Metric, *, by_family: bool, by_product: bool) -> str:
    """Holdings opened per month (count or exact principal sum); for a family's or the bank's
    principal, per day and currency instead, to convert at each day's rate."""
    ex = Exact.current()
    converted = metric == Metric.AMOUNT and not by_product
    if db.is_postgres():
        month = "to_char(date_trunc('month', opened_on), 'YYYY-MM')"
        marks = iter(["$1", "$2", "$3"])
    else:
        month = "strftime('%Y-%m', opened_on)"
        marks = iter(["?", "?", "?"])
    where = [f"opened_on < {next(marks)}"]
    if by_family:
        where.append(f"family = {next(marks)}")
    if by_product:
        where.append(f"product_id = {next(marks)}")
    if converted:
        return (
            f"SELECT opened_on AS day, currency, {ex.sum('principal')} AS value "
            f"FROM customers_holding WHERE {' AND '.join(where)} GROUP BY opened_on, currency"
        )
    value = "COUNT(*)" if metric == Metric.COUNT else f"COALESCE({ex.sum('principal')}, 0)"
    return (
        f"SELECT {month} AS month, {value} AS value FROM customers_holding "
        f"WHERE {' AND '.join(where)} GROUP BY 1 ORDER BY 1"
    )


async def _in_cny_by_month(rows: list[dict[str, Any]]) -> dict[str, Decimal]:
    """Per-day, per-currency principal summed by month in CNY, each day at its own rate."""
    book = await fx_rates.rate_book()
    out: dict[str, Decimal] = {}
    for row in rows:
        day = row["day"] if isinstance(row["day"], date) else date.fromisoformat(str(row["day"]))
        key = day.strftime("%Y-%m")
        out[key] = out.get(key, Decimal(0)) + book.to_cny(
            as_decimal(row["value"]), row["currency"], day
        )
    return {k: to_cents(v) for k, v in out.items()}


async def monthly_sales(
    *,
    metric: Metric,
    family: ProductFamily | None = None,
    product_id: int | None = None,
    until: date | None = None,
) -> list[tuple[date, Decimal]]:
    """Holdings opened per month (count or principal), before ``until`` (the first day of the
    current business month by default), from the first month with a sale; gaps are 0. A
    product's principal is in its currency; a family's or the bank's in CNY, each day's
    sales at that day's exchange rate (a currency without one is refused)."""
    end = month_start(until or today())
    params: list[Any] = [end]
    if family is not None:
        params.append(family.value)
    if product_id is not None:
        params.append(product_id)
    sql = _monthly_sql(metric, by_family=family is not None, by_product=product_id is not None)
    rows = await db.connection().execute_query_dict(sql, params)
    if metric == Metric.AMOUNT and product_id is None:
        found = await _in_cny_by_month(rows)
    else:
        found = {r["month"]: as_decimal(r["value"]) for r in rows}
    if not found:
        return []
    first = date.fromisoformat(min(found) + "-01")
    out = []
    month = first
    while month < end:
        out.append((month, found.get(month.strftime("%Y-%m"), Decimal(0))))
        month = add_months(month, 1)
    return out


# --- models (pure, run in a worker thread) ----------------------------------------------------

#: Fitting mutates the process-wide warnings filters; one fit at a time keeps that safe
#: (the work is CPU-bound under the GIL anyway).
_FIT_LOCK = threading.Lock()


def _holtwinters() -> Any:
    # Imported on first use: statsmodels takes about a second to import.
    return importlib.import_module("statsmodels.tsa.holtwinters")


@dataclass(frozen=True)
class _Fit:
    name: str
    result: Any


def _candidates(y: np.ndarray) -> list[tuple[str, dict[str, Any]]]:
    if len(y) >= SEASONAL_HISTORY:
        options = [
            (
                "Holt-Winters (additive trend, additive seasonality)",
                {"trend": "add", "seasonal": "add", "seasonal_periods": SEASON},
            )
        ]
        if np.all(y > 0):
            options.append(
                (
                    "Holt-Winters (additive trend, multiplicative seasonality)",
                    {"trend": "add", "seasonal": "mul", "seasonal_periods": SEASON},
                )
            )
        return options
    return [
        ("Simple exponential smoothing", {}),
        ("Holt (additive trend)", {"trend": "add"}),
    ]


def select_and_fit(y: np.ndarray) -> _Fit | None:
    """Fit each candidate for the series length and keep the one with the lowest AICc."""
    hw = _holtwinters()
    best: _Fit | None = None
    best_score = np.inf
    for name, options in _candidates(y):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                result = hw.ExponentialSmoothing(
                    y, initialization_method="estimated", **options
                ).fit()
        except (ValueError, np.linalg.LinAlgError):
            continue
        score = result.aicc if np.isfinite(result.aicc) else result.sse
        if not np.all(np.isfinite(result.fittedvalues)):
            continue
        if best is None or score < best_score:
            best, best_score = _Fit(name, result), score
    return best


def mape(actual: np.ndarray, predicted: np.ndarray) -> float | None:
    """Mean absolute percentage error over the months whose actual value is not 0."""
    mask = actual != 0
    if not mask.any():
        return None
    return round(float(np.mean(np.abs((actual[mask] - predicted[mask]) / actual[mask])) * 100), 2)


_Z = {p: NormalDist().inv_cdf(p) for p in (0.025, 0.1, 0.9, 0.975)}


def _sigma(result: Any) -> float:
    """Residual standard deviation with the degrees of freedom statsmodels' simulate uses."""
    model = result.model
    m = max(model.seasonal_periods or 0, 1)
    n_params = 2 + 2 * model.has_trend + (m + 1) * model.has_seasonal + int(model.damped_trend)
    resid = np.asarray(model._y, dtype=float) - np.asarray(result.fittedvalues, dtype=float)
    return float(np.sqrt(np.sum(resid**2) / max(len(resid) - n_params, 1)))


def _intervals(result: Any, mean: np.ndarray, horizon: int) -> np.ndarray:
    """Rows: 2.5 %, 10 %, 90 %, 97.5 % quantiles of each forecast month.

    Additive models have the exact normal h-step variance σ²(1 + Σ c_j²), c_j = α(1 + βj) + γ
    when j is a whole number of seasons (Hyndman et al., *Forecasting with Exponential
    Smoothing*, class 1) — never narrowing with the horizon. Multiplicative seasonality has
    no closed form: the quantiles of simulated paths are used instead.
    """
    if result.model.seasonal == "mul":
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            paths = result.simulate(
                horizon,
                anchor="end",
                repetitions=SIMULATIONS,
                error="add",
                rng=np.random.default_rng(SEED),
            )
        paths = np.asarray(paths, dtype=float).reshape(horizon, SIMULATIONS)
        return np.asarray(np.percentile(paths, [2.5, 10, 90, 97.5], axis=1))
    params = result.params
    alpha = float(params["smoothing_level"])
    beta = float(params["smoothing_trend"]) if result.model.has_trend else 0.0
    gamma = float(params["smoothing_seasonal"]) if result.model.has_seasonal else 0.0
    season = max(result.model.seasonal_periods or 0, 1)
    c = [alpha * (1 + beta * j) + (gamma if j % season == 0 else 0.0) for j in range(1, horizon)]
    sd = _sigma(result) * np.sqrt(1 + np.concatenate([[0.0], np.cumsum(np.square(c))]))
    return np.array([mean + _Z[p] * sd for p in (0.025, 0.1, 0.9, 0.975)])


def forecast_series(history: list[tuple[date, Decimal]], horizon: int) -> Forecast:
    """Forecast a monthly series ``horizon`` months ahead with intervals and a backtest."""
    if len(history) < MIN_HISTORY:
        return Forecast(history=history, message=SHORT_MESSAGE)
    y = np.array([float(v) for _, v in history])
    with _FIT_LOCK:
        fit = select_and_fit(y)
        if fit is None:
            return Forecast(history=history, message=NO_FIT_MESSAGE)
        raw = np.asarray(fit.result.forecast(horizon), dtype=float)
        q = np.maximum(_intervals(fit.result, raw, horizon), 0)
        mean = np.maximum(raw, 0)
        backtest, model_mape, baseline_mape = _backtest(history, y)
    last = history[-1][0]
    points = [
        ForecastPoint(
            month=add_months(last, i + 1),
            value=float(mean[i]),
            lower95=float(min(q[0][i], mean[i])),
            lower80=float(min(q[1][i], mean[i])),
            upper80=float(max(q[2][i], mean[i])),
            upper95=float(max(q[3][i], mean[i])),
        )
        for i in range(horizon)
    ]
    return Forecast(
        history=history,
        points=points,
        model=fit.name,
        mape=model_mape,
        baseline_mape=baseline_mape,
        backtest=backtest,
        message=FITTED_MESSAGE,
        message_params={"model": fit.name, "months": len(history), "holdout": HOLDOUT},
    )


def _backtest(
    history: list[tuple[date, Decimal]], y: np.ndarray
) -> tuple[list[BacktestPoint], float | None, float | None]:
    """Refit the same model selection without the last 6 months and score its forecast of
    them, beside the seasonal-naive forecast of the same months."""
    train, actual = y[:-HOLDOUT], y[-HOLDOUT:]
    fit = select_and_fit(train)
    if fit is None:
        return [], None, None
    predicted = np.maximum(np.asarray(fit.result.forecast(HOLDOUT), dtype=float), 0)
    baseline = y[-HOLDOUT - SEASON : -SEASON] if len(y) >= HOLDOUT + SEASON else None
    points = [
        BacktestPoint(
            month=history[len(y) - HOLDOUT + i][0],
            actual=float(actual[i]),
            predicted=float(predicted[i]),
            baseline=float(baseline[i]) if baseline is not None else None,
        )
        for i in range(HOLDOUT)
    ]
    return (
        points,
        mape(actual, predicted),
        mape(actual, baseline) if baseline is not None else None,
    )


# --- the service, with its cache ------------------------------------------------------------

_CACHE: OrderedDict[tuple[Any, ...], Forecast] = OrderedDict()


def _history_key(history: list[tuple[date, Decimal]]) -> str:
    text = ";".join(f"{m.isoformat()}={v}" for m, v in history)
    return hashlib.sha256(text.encode()).hexdigest()


def clear_cache() -> None:
    """Forget every cached forecast."""
    _CACHE.clear()


async def request_problem(
    *, horizon: int, family: ProductFamily | None, product_id: int | None
) -> str | None:
    """Why a forecast request cannot be answered (a message to translate), or None."""
    if not 1 <= horizon <= HORIZON_MAX:
        return "The horizon is 1 to 12 months."
    if family is not None and product_id is not None:
        return "Choose a product family or a product, not both."
    if product_id is not None and not await product_models.Product.exists(id=product_id):
        return "No such product."
    return None


async def demand_forecast(
    *,
    metric: Metric,
    horizon: int,
    family: ProductFamily | None = None,
    product_id: int | None = None,
    until: date | None = None,
) -> Forecast:
    """Monthly sales of a family, a product (or every product when neither is given) and
    their forecast ``horizon`` months ahead (1–12; the caller validates)."""
    history = await monthly_sales(metric=metric, family=family, product_id=product_id, until=until)
    key = (
        family.value if family else None,
        product_id,
        metric.value,
        horizon,
        history[-1][0] if history else None,
        _history_key(history),
    )
    cached = _CACHE.get(key)
    if cached is not None:
        _CACHE.move_to_end(key)
        return cached
    result = await asyncio.to_thread(forecast_series, history, horizon)
    _CACHE[key] = result
    while len(_CACHE) > CACHE_SIZE:
        _CACHE.popitem(last=False)
    return result
