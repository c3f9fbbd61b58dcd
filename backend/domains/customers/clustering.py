"""Data-driven customer segments: k-means clustering on RFM and demographics, described in
plain words, stored as CLUSTER segments."""

from __future__ import annotations

import asyncio
import math
import warnings
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.customers import models
from backend.domains.customers.enums import (
    CustomerType,
    SegmentKind,
)
from backend.domains.customers.errors import CustomerErrorCode
from backend.domains.customers.holdings import AUM_FAMILIES
from backend.domains.customers.segment_sql import open_sql
from backend.errors import DomainError, ErrorCode
from backend.kernel import clock
from backend.kernel.clock import today
from backend.kernel.guards import require

CLUSTER_K_RANGE = range(2, 9)
MIN_CLUSTER_CUSTOMERS = 20


#: Fit on at most this many customers (the rest are assigned to the nearest centre).
FIT_SAMPLE = 20_000


SILHOUETTE_SAMPLE = 4_000
FEATURES = ("recency_days", "frequency", "monetary", "age", "aum", "income", "counter_share")


@dataclass
class ClusterResult:
    """The outcome of a clustering run: the chosen k, its silhouette score and the segments."""

    k: int
    score: float
    segments: list[models.Segment] = field(default_factory=list)


@dataclass
class _Features:
    ids: list[int]
    raw: list[list[float]]
    corporate: list[bool]
    has_age: list[bool]


def _as_float(value: Any) -> float:
    return float(value) if value is not None else 0.0


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


async def _cluster_features(day: date) -> _Features:
    """RFM over 365 days, age, AUM, income and counter share per customer (three queries)."""
    conn = db.connection()
    sql = await open_sql(day=day)
    _, customers = await conn.execute_query(
        "SELECT id, birth_date, annual_income, customer_type FROM customers_customer ORDER BY id"
    )
    since = day - timedelta(days=365)
    amount = sql.exact.abs(sql.moved_in_cny("amount", "currency", "business_date", since))
    tx_sql = (
        "SELECT customer_id, MAX(business_date), "
        f"SUM(CASE WHEN business_date >= {sql.p(since)} THEN 1 ELSE 0 END), "
        f"{sql.exact.sum(f'CASE WHEN business_date >= {sql.p(since)} THEN {amount} ELSE 0 END')}, "
        f"SUM(CASE WHEN business_date >= {sql.p(since)} AND channel = 'COUNTER' THEN 1 ELSE 0 END) "
        f"FROM customers_transaction WHERE business_date <= {sql.p(day)} GROUP BY customer_id"
    )
    tx_rows = await sql.run(tx_sql)
    families = ", ".join(f"'{f}'" for f in AUM_FAMILIES)
    _, aum_rows = await conn.execute_query(
        f"SELECT customer_id, {sql.exact.sum(sql.held_in_cny('balance', 'currency'))} "
        "FROM customers_holding "
        f"WHERE status = 'ACTIVE' AND family IN ({families}) GROUP BY customer_id"
    )
    tx = {int(r[0]): r for r in tx_rows}
    aum = {int(r[0]): _as_float(r[1]) for r in aum_rows}
    out = _Features([], [], [], [])
    for row in customers:
        cid = int(row[0])
        birth = _as_date(row[1])
        age = None
        if birth is not None:
            age = day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
        stats = tx.get(cid)
        last = _as_date(stats[1]) if stats else None
        recency = min((day - last).days, 730) if last else 730
        frequency = _as_float(stats[2]) if stats else 0.0
        monetary = _as_float(stats[3]) if stats else 0.0
        counter = _as_float(stats[4]) if stats else 0.0
        out.ids.append(cid)
        out.raw.append(
            [
                float(recency),
                frequency,
                monetary,
                float(age) if age is not None else math.nan,
                aum.get(cid, 0.0),
                _as_float(row[2]) if row[2] is not None else math.nan,
                counter / frequency if frequency else 0.0,
            ]
        )
        out.corporate.append(row[3] == CustomerType.CORPORATE.value)
        out.has_age.append(age is not None)
    return out


def _fit(raw: list[list[float]], k: int | None) -> tuple[int, float, list[int], Any]:
    """Standardise the features and pick k by silhouette (CPU work, run in a thread)."""
    import numpy as np
    from sklearn.cluster import KMeans  # type: ignore[import-untyped]
    from sklearn.metrics import silhouette_score  # type: ignore[import-untyped]

    data = np.array(raw, dtype=float)
    for col in (3, 5):  # age, income: fill unknowns with the median of the known
        column = data[:, col]
        known = column[~np.isnan(column)]
        column[np.isnan(column)] = float(np.median(known)) if known.size else 0.0
    transformed = data.copy()
    for col in (1, 2, 4, 5):  # counts and money are skewed
        transformed[:, col] = np.log1p(np.maximum(transformed[:, col], 0))
    std = transformed.std(axis=0)
    scaled = (transformed - transformed.mean(axis=0)) / np.where(std > 0, std, 1.0)
    rng = np.random.default_rng(0)
    n = len(scaled)
    fit_rows = scaled if n <= FIT_SAMPLE else scaled[rng.choice(n, FIT_SAMPLE, replace=False)]
    score_idx = rng.choice(len(fit_rows), min(SILHOUETTE_SAMPLE, len(fit_rows)), replace=False)
    candidates = [k] if k is not None else [c for c in CLUSTER_K_RANGE if c < len(fit_rows)]
    best: tuple[float, int, Any] | None = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate points make KMeans warn; the score tells
        for candidate in candidates:
            model = KMeans(n_clusters=candidate, n_init=4, random_state=0).fit(fit_rows)
            labels = model.labels_[score_idx]
            if len(set(labels.tolist())) < 2:
                continue
            score = float(silhouette_score(fit_rows[score_idx], labels, random_state=0))
            if best is None or score > best[0]:
                best = (score, candidate, model)
        if best is None:
            raise ValueError("no clustering separates these customers")
        score, chosen, model = best
        labels_all = model.predict(scaled).tolist()
    return chosen, score, labels_all, data


def _band(values: list[float]) -> tuple[int, int]:
    ordered = sorted(values)
    low = ordered[len(ordered) // 4]
    high = ordered[(len(ordered) * 3) // 4]
    return int(low // 5 * 5), int(math.ceil(high / 5) * 5)


def describe_cluster(
    members: Any, population: Any, corporate_share: float, has_age_share: float
) -> tuple[str, str, dict[str, float]]:
    """Plain words (Chinese, English) for a cluster from its means relative to everyone's,
    and the profile numbers behind them."""
    import numpy as np

    def z(col: int, log: bool) -> float:
        pop = np.log1p(population[:, col]) if log else population[:, col]
        mine = np.log1p(members[:, col]) if log else members[:, col]
        spread = float(pop.std()) or 1.0
        return (float(mine.mean()) - float(pop.mean())) / spread

    zh: list[str] = []
    en: list[str] = []
    if corporate_share >= 0.5:
        zh.append("以对公客户为主")
        en.append("mostly corporate")
    elif has_age_share >= 0.5:
        low, high = _band(members[:, 3].tolist())
        zh.append(f"{low}–{high} 岁")
        en.append(f"aged {low}–{high}")
    aum_z, income_z, freq_z = z(4, True), z(5, True), z(1, True)
    if aum_z > 0.5:
        zh.append("高资产")
        en.append("high AUM")
    elif aum_z < -0.5:
        zh.append("低资产")
        en.append("low AUM")
    else:
        zh.append("中等资产")
        en.append("mid AUM")
    if income_z > 0.5:
        zh.append("高收入")
        en.append("high income")
    elif income_z < -0.5:
        zh.append("收入偏低")
        en.append("lower income")
    recency = float(np.median(members[:, 0]))
    if recency > 180:
        zh.append("近半年无交易")
        en.append("dormant for 6+ months")
    elif freq_z > 0.5:
        zh.append("交易活跃")
        en.append("transacts often")
    elif freq_z < -0.5:
        zh.append("交易较少")
        en.append("transacts rarely")
    counter = float(members[:, 6].mean())
    if counter >= 0.5:
        zh.append("主要使用柜台")
        en.append("mostly counter")
    elif float(members[:, 1].mean()) > 0 and counter <= 0.15:
        zh.append("主要使用电子渠道")
        en.append("mostly digital channels")
    profile = {
        "size": float(len(members)),
        "recencyDaysMedian": recency,
        "frequencyMean": round(float(members[:, 1].mean()), 2),
        "monetaryMean": round(float(members[:, 2].mean()), 2),
        "ageMedian": round(float(np.median(members[:, 3])), 1),
        "aumMean": round(float(members[:, 4].mean()), 2),
        "incomeMedian": round(float(np.median(members[:, 5])), 2),
        "counterShare": round(counter, 3),
        "corporateShare": round(corporate_share, 3),
    }
    return "，".join(zh), ", ".join(en), profile


async def run_clustering(*, k: int | None, actor: Actor) -> ClusterResult:
    """Cluster customers on RFM and demographics (k given, or 2–8 chosen by silhouette score)
    and replace the previous CLUSTER segments with one segment per cluster."""
    import numpy as np

    require(actor, perms.SEGMENT_WRITE)
    if k is not None and k not in CLUSTER_K_RANGE:
        raise DomainError.single(
            ErrorCode.INVALID, "Must be between {low} and {high}.", "k", low=2, high=8
        )
    day = today()
    features = await _cluster_features(day)
    needed = max(MIN_CLUSTER_CUSTOMERS, (k or 2) * 5)
    if len(features.ids) < needed:
        raise DomainError.single(
            CustomerErrorCode.CLUSTER_TOO_FEW_CUSTOMERS,
            "Not enough customers to cluster (at least {min}).",
            "k",
            min=needed,
        )
    try:
        chosen, score, labels, data = await asyncio.to_thread(_fit, features.raw, k)
    except ValueError as exc:
        raise DomainError.single(
            CustomerErrorCode.CLUSTER_NOT_SEPARABLE,
            "The customers are too alike to form clusters.",
            "k",
        ) from exc
    by_cluster: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        by_cluster.setdefault(int(label), []).append(index)
    ordered = sorted(by_cluster.values(), key=len, reverse=True)
    corporate = np.array(features.corporate)
    has_age = np.array(features.has_age)
    result = ClusterResult(k=chosen, score=round(score, 4))
    now = clock.now()
    async with db.transaction():
        old = await models.Segment.filter(kind=SegmentKind.CLUSTER.value).values_list(
            "id", flat=True
        )
        await models.SegmentMember.filter(segment_id__in=list(old)).delete()
        await models.Segment.filter(id__in=list(old)).delete()
        for number, rows in enumerate(ordered, start=1):
            zh, en, profile = describe_cluster(
                data[rows],
                data,
                float(corporate[rows].mean()),
                float(has_age[rows].mean()),
            )
            segment = await models.Segment.create(
                code=f"CLUSTER_{number:02d}",
                name=f"聚类 {number}：{zh}"[:100],
                description=zh,
                kind=SegmentKind.CLUSTER.value,
                rule={
                    "cluster": {
                        "index": number,
                        "k": chosen,
                        "silhouette": result.score,
                        "descriptionEn": en,
                        "profile": profile,
                    }
                },
                member_count=len(rows),
                refreshed_at=now,
                created_by_id=actor.id if actor.type.value == "USER" else None,
                version=1,
            )
            await models.SegmentMember.bulk_create(
                [
                    models.SegmentMember(segment_id=segment.id, customer_id=features.ids[i])
                    for i in rows
                ],
                batch_size=5000,
            )
            result.segments.append(segment)
        await audit.record(
            actor=actor,
            action="segment.cluster",
            object_type="Segment",
            after={
                "k": chosen,
                "silhouette": result.score,
                "replaced": len(old),
                "segments": [
                    {"code": s.code, "members": s.member_count, "description": s.description}
                    for s in result.segments
                ],
            },
        )
    return result


def cluster_info(segment: models.Segment) -> dict[str, Any] | None:
    """The stored profile of a CLUSTER segment (k, score, English description, numbers)."""
    if segment.kind != SegmentKind.CLUSTER.value or not isinstance(segment.rule, dict):
        return None
    info = segment.rule.get("cluster")
    return info if isinstance(info, dict) else None
