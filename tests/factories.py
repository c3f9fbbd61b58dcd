"""Small builders so a test states only what matters (users per role, signed-in clients)."""

from __future__ import annotations

from typing import Any

import httpx

from backend.actor import Actor
from backend.domains.auth import models as auth_models
from backend.domains.auth import service as auth_service
from backend.domains.auth.enums import Role

PASSWORD = "correct-horse-battery"

LOGIN = """
mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    user { id username roles }
    errors { field code message }
  }
}
"""


class GraphQLClient:
    """Posts GraphQL documents to the app, optionally with a bearer token."""

    def __init__(self, http: httpx.AsyncClient, token: str | None = None) -> None:
        self.http = http
        self.token = token

    async def post(
        self, query: str, variables: dict[str, Any] | None = None, **headers: str
    ) -> httpx.Response:
        """Send one operation and return the raw response."""
        all_headers = {"content-type": "application/json", **headers}
        if self.token:
            all_headers["authorization"] = f"Bearer {self.token}"
        body: dict[str, Any] = {"query": query}
        if variables is not None:
            body["variables"] = variables
        return await self.http.post("/graphql", json=body, headers=all_headers)

    async def execute(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        """Send one operation and return the decoded JSON body (asserts HTTP 200)."""
        response = await self.post(query, variables)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    def as_token(self, token: str | None) -> GraphQLClient:
        """Return a client sending this bearer token."""
        return GraphQLClient(self.http, token)


async def create_user(
    role: Role | list[Role] = Role.ADMIN,
    *,
    username: str | None = None,
    password: str = PASSWORD,
    is_active: bool = True,
) -> auth_models.User:
    """Create a user with the given role(s)."""
    roles = role if isinstance(role, list) else [role]
    user = await auth_service.create_user(
        username=username or f"{roles[0].value.lower().replace('_', '')}",
        display_name=f"Test {roles[0].value}",
        branch="Test branch",
        roles=roles,
        password=password,
        actor=Actor.system("tests"),
    )
    if not is_active:
        user.is_active = False
        await user.save()
    return user


async def login(gql: GraphQLClient, username: str, password: str = PASSWORD) -> dict[str, Any]:
    """Sign in through the API and return the login payload."""
    result = await gql.execute(LOGIN, {"username": username, "password": password})
    payload: dict[str, Any] = result["data"]["login"]
    return payload


async def client_for(gql: GraphQLClient, role: Role) -> GraphQLClient:
    """Create a user with the role, sign in, and return a client carrying their token."""
    user = await create_user(role)
    payload = await login(gql, user.username)
    assert payload["token"], payload
    return gql.as_token(payload["token"])


# --- products -------------------------------------------------------------------------------

#: Valid GraphQL terms input per subtype (camelCase, as a client sends them).
TERMS: dict[str, dict[str, Any]] = {
    "DEMAND": {
        "deposit": {
            "termsMonths": [],
            "rateTable": [{"minAmount": "0", "rate": "0.1500"}],
            "minimumDeposit": "1",
            "interestPayment": "QUARTERLY",
            "earlyWithdrawalRate": "0.0500",
            "autoRenewal": False,
        }
    },
    "TIME": {
        "deposit": {
            "termsMonths": [12, 36],
            "rateTable": [
                {"termMonths": 12, "minAmount": "50", "rate": "1.3000"},
                {"termMonths": 36, "minAmount": "50", "rate": "1.7500"},
            ],
            "minimumDeposit": "50",
            "interestPayment": "AT_MATURITY",
            "earlyWithdrawalRate": "0.1000",
            "autoRenewal": True,
        }
    },
    "LARGE_CD": {
        "deposit": {
            "termsMonths": [36],
            "rateTable": [{"termMonths": 36, "minAmount": "200000", "rate": "2.0000"}],
            "minimumDeposit": "200000",
            "interestPayment": "AT_MATURITY",
            "earlyWithdrawalRate": "0.1000",
            "autoRenewal": False,
        }
    },
}
_LOAN = {
    "rateType": "LPR",
    "lprTenor": "FIVE_YEAR",
    "spreadBps": -30,
    "amountMin": "10000",
    "amountDefault": "500000",
    "amountMax": "5000000",
    "termMonthsMin": 12,
    "termMonthsDefault": 240,
    "termMonthsMax": 360,
    "repaymentMethods": ["EQUAL_INSTALLMENT", "EQUAL_PRINCIPAL"],
    "collateralRequired": True,
    "maxLtv": "80",
    "gracePeriodDays": 3,
    "penaltyRate": "4.8000",
}
for _sub in ("MORTGAGE", "AUTO", "CONSUMER", "WORKING_CAPITAL", "FIXED_ASSET"):
    TERMS[_sub] = {"loan": dict(_LOAN)}
_CARD = {
    "tier": "GOLD",
    "annualFee": "200",
    "feeWaiverRule": "刷卡 6 次免年费",
    "interestFreeDaysMax": 56,
    "interestRate": "18.2500",
    "pointsPerYuan": "1",
    "categoryMultipliers": [{"category": "餐饮", "multiplier": "2"}],
    "creditLimitMin": "5000",
    "creditLimitMax": "50000",
    "cashAdvanceFeeRate": "1.0000",
    "cashAdvanceFeeMin": "10",
    "benefits": ["机场贵宾厅"],
}
for _sub in ("STANDARD", "PREMIUM"):
    TERMS[_sub] = {"creditCard": dict(_CARD)}
TERMS["CO_BRANDED"] = {"creditCard": {**_CARD, "partnerBrand": "中国东方航空"}}
_WEALTH = {
    "benchmarkMin": "2.5000",
    "benchmarkMax": "3.2000",
    "openEnded": False,
    "termDays": 180,
    "minimumInvestment": "10000",
    "subscriptionFeeRate": "0",
    "managementFeeRate": "0.3000",
    "custodyFeeRate": "0.0200",
    "offering": "PUBLIC",
    "coolingOffHours": 0,
}
for _sub in ("MONEY_MARKET", "BOND", "MIXED", "EQUITY"):
    TERMS[_sub] = {"wealth": dict(_WEALTH)}
_FX = {
    "currencyPairs": ["USD/CNY"],
    "spreadBps": 30,
    "minimumAmount": "100",
    "tradingHours": "09:00-23:00",
}
TERMS["SPOT"] = {"fx": dict(_FX)}
TERMS["OPTION"] = {"fx": {**_FX, "tenors": ["1M", "3M"], "premiumRate": "1.2000"}}
TERMS["STRUCTURED_DEPOSIT"] = {
    "fx": {
        **_FX,
        "linkedPair": "EUR/USD",
        "principalProtected": True,
        "yieldMin": "1.0000",
        "yieldMax": "3.5000",
    }
}
_METAL = {
    "metal": "GOLD",
    "unit": "GRAM",
    "purity": "99.99",
    "spread": "0.80",
    "minimumTradeUnits": "1",
    "physicalDelivery": False,
    "leverage": "1",
}
TERMS["PHYSICAL_GOLD"] = {"preciousMetal": {**_METAL, "physicalDelivery": True}}
TERMS["PAPER_GOLD"] = {"preciousMetal": dict(_METAL)}
TERMS["GOLD_FUTURES"] = {"preciousMetal": {**_METAL, "leverage": "10"}}
TERMS["GOLD_OPTION"] = {"preciousMetal": {**_METAL, "leverage": "5"}}

FAMILY_OF = {
    **dict.fromkeys(("DEMAND", "TIME", "LARGE_CD"), "DEPOSIT"),
    **dict.fromkeys(("MORTGAGE", "AUTO", "CONSUMER", "WORKING_CAPITAL", "FIXED_ASSET"), "LOAN"),
    **dict.fromkeys(("STANDARD", "CO_BRANDED", "PREMIUM"), "CREDIT_CARD"),
    **dict.fromkeys(("MONEY_MARKET", "BOND", "MIXED", "EQUITY"), "WEALTH"),
    **dict.fromkeys(("SPOT", "OPTION", "STRUCTURED_DEPOSIT"), "FX"),
    **dict.fromkeys(
        ("PHYSICAL_GOLD", "PAPER_GOLD", "GOLD_FUTURES", "GOLD_OPTION"), "PRECIOUS_METAL"
    ),
}


def product_input(
    subtype: str = "TIME", code: str | None = None, **overrides: Any
) -> dict[str, Any]:
    """A valid productCreate input for a subtype; overrides replace top-level fields."""
    import copy

    data: dict[str, Any] = {
        "code": code or f"T-{subtype.replace('_', '-')}-1",
        "nameZh": f"测试产品 {subtype}",
        "nameEn": f"Test {subtype}",
        "family": FAMILY_OF[subtype],
        "subtype": subtype,
        "currency": "CNY",
        "riskLevel": "R2",
        "description": "**测试**",
        "highlights": ["稳健"],
        "eligibility": {
            "minAge": 18,
            "maxAge": 70,
            "customerTypes": ["INDIVIDUAL"],
            "residency": ["RESIDENT"],
        },
        "channels": [{"channel": "MOBILE_BANKING"}, {"channel": "COUNTER"}],
        "minAmount": "50",
        "fees": [],
        "terms": copy.deepcopy(TERMS[subtype]),
    }
    data.update(overrides)
    return data


PRODUCT_CREATE = """
mutation ProductCreate($input: ProductCreateInput!) {
  productCreate(input: $input) {
    product { id code status version headlineRate family subtype terms { __typename } }
    errors { field code message }
  }
}
"""

PRODUCT_ACTIONS = {
    "submit": "productSubmit(id: $id, expectedVersion: $v)",
    "approve": "productApprove(id: $id, expectedVersion: $v)",
    "reject": "productReject(id: $id, expectedVersion: $v, reason: $reason)",
    "launch": "productLaunch(id: $id, expectedVersion: $v)",
    "suspend": "productSuspend(id: $id, expectedVersion: $v, reason: $reason)",
    "resume": "productResume(id: $id, expectedVersion: $v)",
    "take_offline": "productTakeOffline(id: $id, expectedVersion: $v, reason: $reason)",
    "retire": "productRetire(id: $id, expectedVersion: $v)",
}


async def product_action(
    client: GraphQLClient, action: str, product_id: str, version: int, reason: str = "测试原因"
) -> dict[str, Any]:
    """Run one lifecycle mutation; returns the whole response body."""
    call = PRODUCT_ACTIONS[action]
    uses_reason = "$reason" in call
    params = "$id: ID!, $v: Int!" + (", $reason: String!" if uses_reason else "")
    doc = (
        f"mutation Act({params}) {{ result: {call} {{ product {{ id status version statusReason }} "
        f"errors {{ field code message }} }} }}"
    )
    variables: dict[str, Any] = {"id": product_id, "v": version}
    if uses_reason:
        variables["reason"] = reason
    return await client.execute(doc, variables)


async def create_product_via_api(
    client: GraphQLClient, subtype: str = "TIME", **overrides: Any
) -> dict[str, Any]:
    """Create a product as the client and return it (asserting no errors)."""
    result = await client.execute(PRODUCT_CREATE, {"input": product_input(subtype, **overrides)})
    payload = result["data"]["productCreate"]
    assert payload["errors"] == [], payload["errors"]
    product: dict[str, Any] = payload["product"]
    return product


async def on_sale_product(
    pm: GraphQLClient, risk: GraphQLClient, subtype: str = "TIME", **overrides: Any
) -> dict[str, Any]:
    """Create a product and take it through submit, approve and launch."""
    product = await create_product_via_api(pm, subtype, **overrides)
    for actor, action in ((pm, "submit"), (risk, "approve"), (pm, "launch")):
        body = await product_action(actor, action, product["id"], product["version"])
        result = body["data"]["result"]
        assert result["errors"] == [], (action, result["errors"])
        product = {**product, **result["product"]}
    return product
