"""Demo customers, holdings and two years of transactions, loaded through the importer.

Deterministic for a seed. The book obeys every rule it demonstrates: each holding is opened
within its product's sales window, in its currency, within its minimum and maximum, by an
eligible customer whose current risk assessment allows the product, within the quota (the services' own
``recommend.eligible`` and ``recommend.suitable`` decide); a few customers' assessments have
expired on purpose (``EXPIRED_ASSESSMENTS``), for the re-assessment screens. The data is shaped so every screen says something: seasonal sales
(开门红 deposits in January–February, cards around 双十一), cross-border travellers without FX
products, idle demand balances, young salaried customers without a credit card, and the
quick consumer loan's classifications deteriorating over the last months.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.customers import import_rows, importer, models, recommend
from backend.domains.customers.service import RISK_VALIDITY, id_check_digit
from backend.domains.products import models as product_models
from backend.kernel.clock import BUSINESS_TZ, today

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆雪琳晨欣怡子涵梓轩"
PLACES = [
    ("北京", "北京", "110105"),
    ("上海", "上海", "310115"),
    ("广东", "广州", "440106"),
    ("广东", "深圳", "440305"),
    ("浙江", "杭州", "330106"),
    ("江苏", "南京", "320102"),
    ("四川", "成都", "510107"),
    ("湖北", "武汉", "420106"),
    ("山东", "青岛", "370202"),
]
JOBS = [
    ("软件工程师", 300000),
    ("教师", 150000),
    ("医生", 280000),
    ("公务员", 180000),
    ("销售", 160000),
    ("会计", 140000),
    ("企业主", 800000),
    ("个体工商户", 250000),
    ("退休", 80000),
    ("自由职业", 120000),
    ("设计师", 200000),
]
INDUSTRIES = ["制造业", "批发零售", "信息技术", "建筑业", "交通运输", "餐饮住宿"]
COUNTRIES = ["JP", "TH", "US", "FR", "SG", "KR", "AU", "GB"]
#: Risk tolerances of the demo customers and how often each occurs.
TOLERANCES = (("C1", 5), ("C2", 25), ("C3", 35), ("C4", 25), ("C5", 10))
#: Share of customers whose risk assessment has expired (labelled: deliberate, for the
#: re-assessment screens); everyone else was assessed within the last eleven months.
EXPIRED_ASSESSMENTS = 0.06
#: How many dates a holding tries before the customer is taken not to hold the product.
DRAWS = 6
#: Monthly weight of new holdings by family (index 0 = January).
SEASON = {
    "DEPOSIT": [2.2, 1.8, 1.1, 0.9, 0.9, 1.0, 0.9, 0.8, 0.9, 1.0, 0.9, 1.2],
    "CREDIT_CARD": [0.8, 0.7, 0.9, 0.9, 1.0, 1.1, 0.9, 0.9, 1.0, 1.3, 1.8, 1.4],
    "WEALTH": [1.6, 1.2, 1.2, 1.0, 1.0, 1.1, 0.9, 0.8, 0.9, 1.0, 1.0, 1.1],
    "LOAN": [0.7, 0.6, 1.2, 1.2, 1.1, 1.0, 1.0, 1.0, 1.1, 1.2, 1.0, 0.9],
    "FX": [0.9, 1.3, 0.9, 0.9, 1.0, 1.1, 1.5, 1.4, 1.0, 1.3, 0.8, 0.8],
    "PRECIOUS_METAL": [1.5, 1.3, 0.9, 0.9, 1.2, 0.9, 0.8, 0.8, 0.9, 1.0, 1.0, 1.2],
}


def id_number(rng: random.Random, region: str, born: date, female: bool) -> str:
    """A resident ID number with a valid check digit (GB 11643)."""
    seq = rng.randint(0, 499) * 2 + (0 if female else 1)
    body = f"{region}{born:%Y%m%d}{seq:03d}"
    return body + id_check_digit(body)


def _month_day(rng: random.Random, start: date, end: date, family: str) -> date:
    months = []
    cursor = date(start.year, start.month, 1)
    while cursor <= end:
        months.append(cursor)
        cursor = date(cursor.year + (cursor.month == 12), cursor.month % 12 + 1, 1)
    weights = [SEASON[family][m.month - 1] * (1 + 0.015 * i) for i, m in enumerate(months)]
    month = rng.choices(months, weights)[0]
    last = (date(month.year + (month.month == 12), month.month % 12 + 1, 1) - timedelta(days=1)).day
    return min(month.replace(day=rng.randint(1, last)), end)


Rows = list[dict[str, str]]


def generate(
    count: int, products: Mapping[str, product_models.Product], seed: int = 2026
) -> tuple[Rows, Rows, Rows, Rows]:
    """Build the customer, holding, transaction and risk assessment rows (strings, as in an
    import file) over the given products."""
    rng = random.Random(seed)
    end = today()
    start = end - timedelta(days=730)
    customers, holdings, txs, assessments = [], [], [], []
    persons: dict[str, models.Customer] = {}
    taken: dict[str, Decimal] = {code: Decimal(p.quota_used or 0) for code, p in products.items()}
    tx_no = 0

    def tx(
        c: dict[str, Any],
        h: dict[str, str],
        product: str,
        when: datetime,
        kind: str,
        amount: Decimal,
        channel: str,
        country: str = "",
        mcc: str = "",
    ) -> None:
        nonlocal tx_no
        tx_no += 1
        txs.append(
            {
                "external_id": f"T{tx_no:08d}",
                "customer_external_id": c["external_id"],
                "holding_external_id": h["external_id"],
                "product_code": product,
                "channel": channel,
                "type": kind,
                "amount": str(amount.quantize(Decimal("0.01"))),
                "currency": h["currency"],
                "occurred_at": when.isoformat(),
                "counterparty_country": country,
                "merchant_category": mcc,
            }
        )

    counters: dict[str, int] = {}

    def may_open(person: models.Customer, p: product_models.Product, day: date) -> bool:
        in_window = (p.sales_start is None or day >= p.sales_start) and (
            p.sales_end is None or day <= p.sales_end
        )
        return (
            in_window and recommend.eligible(person, p, day) and recommend.suitable(person, p, day)
        )

    def holding(
        c: dict[str, Any],
        product: str,
        family: str,
        principal: Decimal,
        opened: date | None = None,
        **extra: str,
    ) -> dict[str, str] | None:
        """A holding opened on a day the customer could have bought it, or None."""
        p, person = products[product], persons[c["external_id"]]
        days = [opened] if opened else []
        days += [_month_day(rng, start, end, family) for _ in range(DRAWS)]
        day = next((d for d in days if may_open(person, p, d)), None)
        if day is None:
            return None
        if p.min_amount is not None:
            principal = max(principal, Decimal(p.min_amount))
        if p.max_amount is not None:
            principal = min(principal, Decimal(p.max_amount))
        if p.quota_total is not None and taken[product] + principal > Decimal(p.quota_total):
            return None
        taken[product] += principal
        n = counters[c["external_id"]] = counters.get(c["external_id"], 0) + 1
        h = {
            "external_id": f"H{c['external_id'][1:]}-{n}",
            "customer_external_id": c["external_id"],
            "product_code": product,
            "opened_on": day.isoformat(),
            "status": "ACTIVE",
            "principal": str(principal.quantize(Decimal("0.01"))),
            "balance": str(principal.quantize(Decimal("0.01"))),
            "currency": p.currency,
            **extra,
        }
        holdings.append(h)
        return h

    def first_holding(
        c: dict[str, Any], codes: list[str], family: str, principal: Decimal, **extra: str
    ) -> dict[str, str] | None:
        """A holding of the first of the products (in random order) the customer may buy."""
        for code in rng.sample(codes, len(codes)):
            h = holding(c, code, family, principal, None, **extra)
            if h is not None:
                return h
        return None

    def opening(c: dict[str, Any], h: dict[str, str], at: time, kind: str) -> None:
        """The transaction that funded a holding on the day it was opened."""
        when = datetime.combine(date.fromisoformat(h["opened_on"]), at, BUSINESS_TZ)
        channel = rng.choice(["COUNTER", "MOBILE_BANKING"])
        tx(c, h, h["product_code"], when, kind, Decimal(h["principal"]), channel)

    for i in range(count):
        corporate = rng.random() < 0.12
        province, city, region = rng.choice(PLACES)
        job, income = rng.choice(JOBS)
        female = rng.random() < 0.5
        age = rng.randint(60, 82) if job == "退休" else rng.randint(22, 58)
        born = date(end.year - age, rng.randint(1, 12), rng.randint(1, 28))
        name = (
            rng.choice(SURNAMES)
            + rng.choice(GIVEN)
            + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
        )
        # Exactly one customer in 1 / EXPIRED_ASSESSMENTS has an expired assessment, spread
        # evenly (a draw varied with the products the holdings pick); the draw stays so the
        # rest of the demo is the same whatever the share.
        rng.random()
        expired = int((i + 1) * EXPIRED_ASSESSMENTS) > int(i * EXPIRED_ASSESSMENTS)
        assessed = end - timedelta(days=rng.randint(380, 540) if expired else rng.randint(10, 330))
        tolerance = rng.choices([t for t, _ in TOLERANCES], [w for _, w in TOLERANCES])[0]
        c: dict[str, Any] = {
            "external_id": f"C{i:07d}",
            "customer_no": f"6{i:010d}",
            "name": name
            if not corporate
            else f"{city}{rng.choice(['恒信', '瑞丰', '华创', '鼎盛', '博远'])}"
            f"{rng.choice(INDUSTRIES)[:2]}有限公司",
            "customer_type": "CORPORATE" if corporate else "INDIVIDUAL",
            "gender": "FEMALE" if female else "MALE",
            "id_type": "BUSINESS_LICENSE" if corporate else "ID_CARD",
            "id_number": (
                f"91{region}MA{rng.randint(10**8, 10**9 - 1)}X"
                if corporate
                else id_number(rng, region, born, female)
            ),
            "phone": f"1{rng.choice('3456789')}{rng.randint(0, 10**9 - 1):09d}",
            "birth_date": "" if corporate else born.isoformat(),
            "occupation": "" if corporate else job,
            "annual_income": str(int(income * rng.uniform(0.6, 1.8))) if not corporate else "",
            "province": province,
            "city": city,
            "branch": f"{city}分行营业部",
            "company_name": "",
            "industry": rng.choice(INDUSTRIES) if corporate else "",
            "company_size": rng.choice(["MICRO", "SMALL", "MEDIUM"]) if corporate else "",
            "marketing_consent": "true" if rng.random() < 0.7 else "false",
            "consent_date": (end - timedelta(days=rng.randint(30, 700))).isoformat(),
            "consent_channel": rng.choice(["BRANCH", "MOBILE_BANKING", "ONLINE_BANKING"]),
            "kyc_status": "VERIFIED",
        }
        if corporate:
            c["company_name"] = c["name"]
        customers.append(c)
        assessments.append(
            {
                "external_id": c["external_id"],
                "risk_tolerance": tolerance,
                "risk_assessed_on": assessed.isoformat(),
            }
        )
        persons[c["external_id"]] = models.Customer(
            customer_type=c["customer_type"],
            id_type=c["id_type"],
            birth_date=None if corporate else born,
            annual_income=Decimal(c["annual_income"]) if c["annual_income"] else None,
            risk_tolerance=tolerance,
            risk_expires_on=assessed + RISK_VALIDITY,
        )
        traveller = not corporate and rng.random() < 0.08
        idle = not corporate and rng.random() < 0.10
        young_salaried = not corporate and age <= 35 and job not in ("退休", "企业主", "个体工商户")
        # demand deposit for everyone: salary in, spending out
        demand_product = (
            "DEP-DM-CORP" if corporate else "DEP-DM-SALARY" if job != "退休" else "DEP-DM-STD"
        )
        balance = Decimal(rng.randint(55000, 300000) if idle else rng.randint(2000, 45000))
        # The current account predates the two-year window: the book was built over years
        # (opened once the customer came of age, if that was later).
        first_day = start - timedelta(days=rng.randint(1, 2500))
        if not corporate:
            first_day = max(first_day, born.replace(year=born.year + 18))
        demand = holding(c, demand_product, "DEPOSIT", balance, opened=first_day)
        assert demand is not None, f"{c['external_id']} cannot open {demand_product}"
        salary = (
            Decimal(int(income / 12))
            if not corporate and job not in ("退休", "企业主", "个体工商户")
            else None
        )
        month = date(start.year, start.month, 1)
        while month <= end:
            payday = datetime.combine(month.replace(day=min(10, 28)), time(9, 5), BUSINESS_TZ)
            if salary and payday.date() <= end:
                tx(
                    c,
                    demand,
                    demand_product,
                    payday,
                    "SALARY",
                    salary * Decimal(rng.uniform(0.95, 1.05)),
                    "THIRD_PARTY",
                )
            if not idle:
                month_days = (
                    date(month.year + (month.month == 12), month.month % 12 + 1, 1) - month
                ).days
                for _ in range(rng.randint(1, 3)):
                    day = month + timedelta(days=rng.randint(0, month_days - 1))
                    if day <= end:
                        when = datetime.combine(
                            day, time(rng.randint(8, 21), rng.randint(0, 59)), BUSINESS_TZ
                        )
                        tx(
                            c,
                            demand,
                            demand_product,
                            when,
                            rng.choice(["TRANSFER_OUT", "WITHDRAWAL"]),
                            Decimal(rng.randint(200, 8000)),
                            rng.choice(["MOBILE_BANKING", "MOBILE_BANKING", "ATM", "COUNTER"]),
                        )
            month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        if not corporate and rng.random() < (0.15 if young_salaried else 0.45):
            card = first_holding(
                c,
                ["CC-STD-GOLD", "CC-STD-CLASSIC", "CC-CO-AIR", "CC-PR-PLAT"],
                "CREDIT_CARD",
                Decimal("0"),
                credit_limit=str(rng.choice([10000, 30000, 50000])),
                card_number=f"6225{rng.randint(10**11, 10**12 - 1)}",
            )
            card_product = card["product_code"] if card else ""
            for _ in range(rng.randint(6, 30) if card else 0):
                assert card is not None
                day = date.fromisoformat(card["opened_on"]) + timedelta(days=rng.randint(0, 700))
                if day <= end:
                    country = (
                        rng.choice(COUNTRIES)
                        if traveller and day > end - timedelta(days=80)
                        else ""
                    )
                    tx(
                        c,
                        card,
                        card_product,
                        datetime.combine(day, time(rng.randint(9, 22), 0), BUSINESS_TZ),
                        "CARD_SPEND",
                        Decimal(rng.randint(30, 3000)),
                        "POS",
                        country,
                        rng.choice(["5411", "5812", "4511", "5311"]),
                    )
        if traveller and not any(h["product_code"].startswith("CC-") for h in holdings[-3:]):
            for k in range(rng.randint(3, 6)):
                day = end - timedelta(days=rng.randint(1, 80))
                tx(
                    c,
                    demand,
                    demand_product,
                    datetime.combine(day, time(14, k), BUSINESS_TZ),
                    "TRANSFER_OUT",
                    Decimal(rng.randint(500, 20000)),
                    "MOBILE_BANKING",
                    rng.choice(COUNTRIES),
                )
        if rng.random() < 0.55:
            codes = (
                ["DEP-TD-2026A", "DEP-TD-2026B", "DEP-CD-2026-01"]
                if not corporate
                else ["DEP-CD-CORP-2026"]
            )
            amount = (
                Decimal(rng.choice([1000000, 2000000, 5000000])) * 10
                if corporate
                else Decimal(rng.choice([50000, 100000, 200000, 300000, 500000]))
            )
            h = first_holding(c, codes, "DEPOSIT", amount, rate_at_opening="1.5500")
            if h is not None:
                opening(c, h, time(10, 0), "DEPOSIT")
        if not corporate and Decimal(c["annual_income"] or 0) > 200000 and rng.random() < 0.6:
            codes = ["WM-MM-DAILY", "WM-BD-90D", "WM-BD-180D", "WM-MX-BAL", "WM-EQ-SEL"]
            amount = Decimal(rng.choice([50000, 100000, 300000, 1000000, 3000000]))
            h = first_holding(c, codes, "WEALTH", amount)
            if h is not None:
                opening(c, h, time(11, 0), "PURCHASE")
        if not corporate and 25 <= age <= 50 and rng.random() < 0.25:
            amount = Decimal(rng.choice([800000, 1200000, 2000000]))
            holding(
                c,
                "LN-MTG-FIRST",
                "LOAN",
                amount,
                outstanding=str(amount * Decimal("0.8")),
                days_past_due="0",
                classification="NORMAL",
                rate_at_opening="3.0500",
            )
        if not corporate and rng.random() < 0.15:
            amount = Decimal(rng.choice([20000, 50000, 100000, 200000]))
            state = _loan_state(rng)
            holding(
                c,
                "LN-CON-QUICK",
                "LOAN",
                amount,
                outstanding=str(amount * Decimal("0.6")),
                days_past_due=str(state[1]),
                classification=state[0],
                rate_at_opening="3.4500",
            )
        if corporate and rng.random() < 0.5:
            amount = Decimal(rng.choice([1000000, 3000000, 5000000]))
            holding(
                c,
                "LN-WC-SME",
                "LOAN",
                amount,
                outstanding=str(amount),
                days_past_due="0",
                classification="NORMAL",
                rate_at_opening="3.3500",
            )
        if not corporate and rng.random() < 0.08:
            first_holding(
                c,
                ["PM-PG-BAR-50G", "PM-PAPER-CNY"],
                "PRECIOUS_METAL",
                Decimal(rng.choice([30000, 60000])),
            )
        if not corporate and rng.random() < 0.05 and not traveller:
            holding(c, "FX-SD-USD-90", "FX", Decimal(rng.choice([10000, 50000])))
        demand["balance"] = str(balance)
    return customers, holdings, txs, assessments


def _loan_state(rng: random.Random) -> tuple[str, int]:
    """Where a quick-loan holding stands now: the book has been deteriorating."""
    roll = rng.random()
    if roll < 0.72:
        return "NORMAL", 0
    if roll < 0.86:
        return "SPECIAL_MENTION", rng.randint(30, 89)
    if roll < 0.94:
        return "SUBSTANDARD", rng.randint(90, 179)
    if roll < 0.98:
        return "DOUBTFUL", rng.randint(180, 359)
    return "LOSS", rng.randint(360, 400)


def _rows(
    items: list[dict[str, str]],
) -> Iterator[tuple[int, dict[str, Any] | import_rows.RowInvalid]]:
    return ((n, row) for n, row in enumerate(items, 1))


async def load(*, count: int = 2000, seed: int = 2026) -> dict[str, int]:
    """Generate and import the demo customers, their risk assessments, holdings and
    transactions."""
    products = {p.code: p for p in await product_models.Product.all()}
    customers, holdings, txs, assessments = generate(count, products, seed)
    actor = Actor.system("demo-data")
    out = {}
    for kind, rows in (("CUSTOMERS", customers), ("HOLDINGS", holdings), ("TRANSACTIONS", txs)):
        result = await importer.import_rows(
            kind=kind, rows=_rows(rows), mode="ALL_OR_NOTHING", actor=actor
        )
        if not result.committed:
            raise RuntimeError(f"demo {kind.lower()} did not import: {result.errors[:3]}")
        out[kind.lower()] = result.inserted
        if kind == "CUSTOMERS":
            out["assessments"] = await _record_assessments(assessments, actor)
    await _deteriorate_quick_loans(seed)
    return out


async def _record_assessments(rows: Rows, actor: Actor) -> int:
    """Give the demo customers the risk assessments they took before the demo begins.

    A tolerance is never imported (only the questionnaire sets one); these stand for the
    questionnaires the customers answered in the bank's earlier system.
    """
    by_external = {r["external_id"]: r for r in rows}
    customers = await models.Customer.filter(external_id__in=list(by_external))
    for c in customers:
        row = by_external[c.external_id]
        c.risk_tolerance = row["risk_tolerance"]
        c.risk_assessed_on = date.fromisoformat(row["risk_assessed_on"])
        c.risk_expires_on = c.risk_assessed_on + RISK_VALIDITY
    await models.Customer.bulk_update(
        customers, fields=["risk_tolerance", "risk_assessed_on", "risk_expires_on"], batch_size=500
    )
    await audit.record(
        actor=actor,
        action="customer.assessmentsLoad",
        object_type="Customer",
        after={"customers": len(customers), "source": "demo questionnaires"},
    )
    return len(customers)


async def _deteriorate_quick_loans(seed: int) -> None:
    """Give the quick consumer loans a monthly classification history that worsens lately."""
    rng = random.Random(seed + 1)
    end = today()
    loans = await models.Holding.filter(product__code="LN-CON-QUICK")
    ladder = ["NORMAL", "SPECIAL_MENTION", "SUBSTANDARD", "DOUBTFUL", "LOSS"]
    rows = []
    for h in loans:
        final = ladder.index(h.classification or "NORMAL")
        if final == 0:
            continue
        steps = list(range(1, final + 1))
        for k, level in enumerate(steps):
            months_ago = len(steps) - k + rng.randint(0, 1)
            rows.append(
                models.LoanClassificationChange(
                    holding_id=h.id,
                    classification=ladder[level],
                    days_past_due=30 * level,
                    changed_on=end - timedelta(days=30 * months_ago),
                )
            )
    await models.LoanClassificationChange.filter(holding__product__code="LN-CON-QUICK").delete()
    await models.LoanClassificationChange.bulk_create(rows)
