"""Segments through GraphQL: built-ins, create with live preview, validation paths, refresh,
update with CONFLICT, delete rules, members paging, audit, and clustering."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from backend.domains.audit import models as audit_models
from backend.domains.auth.enums import Role
from backend.domains.customers import models
from backend.domains.customers import segments as seg
from backend.graphql_core.types import to_global_id
from backend.i18n import CATALOGS, ZH_CN
from tests.customers import segment_builders as b
from tests.factories import GraphQLClient, client_for

SEGMENT_FIELDS = "id code name kind builtIn memberCount version rule refreshedAt"
SEGMENTS = f"""
query S($kind: SegmentKind) {{ segments(first: 20, kind: $kind) {{ totalCount
  edges {{ node {{ {SEGMENT_FIELDS} members(first: 20) {{ totalCount edges {{ node {{ id }} }} }} }} }} }} }}
"""
CREATE = f"""
mutation C($input: SegmentCreateInput!) {{ segmentCreate(input: $input) {{
  segment {{ {SEGMENT_FIELDS} }} errors {{ field code message }} }} }}
"""
UPDATE = f"""
mutation U($id: ID!, $v: Int!, $input: SegmentUpdateInput!) {{
  segmentUpdate(id: $id, expectedVersion: $v, input: $input) {{
  segment {{ {SEGMENT_FIELDS} }} errors {{ field code message }} }} }}
"""
DELETE = """
mutation D($id: ID!) { segmentDelete(id: $id) { deletedId errors { field code message } } }
"""
REFRESH = f"""
mutation R($id: ID!) {{ segmentRefresh(id: $id) {{ segment {{ {SEGMENT_FIELDS} }}
  errors {{ field code message }} }} }}
"""
PREVIEW = """
query P($rule: JSON!) { segmentPreview(rule: $rule) { memberCount errors { field code message } } }
"""
MEMBERS = """
query M($id: ID!, $after: String) { segment(id: $id) { code memberCount
  members(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id name } } } } }
"""
CLUSTER = """
mutation K($k: Int) { segmentClusterRun(k: $k) { k silhouetteScore
  segments { id code name description kind memberCount rule
    cluster { index k silhouetteScore descriptionZh descriptionEn profile } }
  errors { field code message } } }
"""


@pytest.fixture
async def marketing(gql: GraphQLClient) -> GraphQLClient:
    return await client_for(gql, Role.MARKETING)


def cid(customer: models.Customer) -> str:
    return str(to_global_id("Customer", customer.id))


async def _people() -> dict[str, models.Customer]:
    """One customer for each built-in segment, and one who fits none."""
    deposit = await b.product("SEG-DEMAND", "DEPOSIT", "DEMAND")
    wealth = await b.product("SEG-WEALTH", "WEALTH", "BOND")
    young = await b.customer(birth_date=b.born(28), occupation="自由职业")
    await b.transaction(young, deposit, days_ago=20, type="SALARY", amount=15000)
    clerk = await b.customer(birth_date=b.born(24), occupation="职员")
    retiree = await b.customer(birth_date=b.born(67), occupation="退休")
    retired_early = await b.customer(birth_date=b.born(55), occupation="退休")
    company = await b.customer(customer_type="CORPORATE", name="某某科技有限公司")
    shopkeeper = await b.customer(birth_date=b.born(45), occupation="个体工商户")
    rich = await b.customer(birth_date=b.born(50), occupation="医生")
    await b.holding(rich, deposit, 2_000_000)
    await b.holding(rich, wealth, 4_000_000)
    nearly_rich = await b.customer(birth_date=b.born(50))
    await b.holding(nearly_rich, wealth, Decimal("5999999.99"))
    earner = await b.customer(birth_date=b.born(40), annual_income=Decimal("200000"))
    nobody = await b.customer(birth_date=b.born(40), annual_income=Decimal("199999.99"))
    return {
        "young": young,
        "clerk": clerk,
        "retiree": retiree,
        "retired_early": retired_early,
        "company": company,
        "shopkeeper": shopkeeper,
        "rich": rich,
        "nearly_rich": nearly_rich,
        "earner": earner,
        "nobody": nobody,
    }


async def test_built_in_segments_are_seeded_once_and_find_their_members(
    marketing: GraphQLClient,
) -> None:
    # given
    people = await _people()
    await seg.seed_defaults()
    await seg.seed_defaults()
    # when
    for segment in await models.Segment.all():
        body = await marketing.execute(REFRESH, {"id": str(to_global_id("Segment", segment.id))})
        assert body["data"]["segmentRefresh"]["errors"] == []
    body = await marketing.execute(SEGMENTS)
    # then
    nodes = {e["node"]["code"]: e["node"] for e in body["data"]["segments"]["edges"]}
    assert list(nodes) == [
        "BUSINESS_OWNERS",
        "HIGH_NET_WORTH",
        "MIDDLE_HIGH_INCOME",
        "RETIREES",
        "YOUNG_PROFESSIONALS",
    ]
    members = {
        code: {e["node"]["id"] for e in node["members"]["edges"]} for code, node in nodes.items()
    }
    ids = {name: cid(c) for name, c in people.items()}
    assert members["YOUNG_PROFESSIONALS"] == {ids["young"], ids["clerk"]}
    assert members["RETIREES"] == {ids["retiree"], ids["retired_early"]}
    assert members["BUSINESS_OWNERS"] == {ids["company"], ids["shopkeeper"]}
    assert members["HIGH_NET_WORTH"] == {ids["rich"]}
    assert members["MIDDLE_HIGH_INCOME"] == {ids["earner"]}
    assert all(n["builtIn"] and n["memberCount"] == len(members[c]) for c, n in nodes.items())


async def test_built_in_segments_cannot_be_deleted(marketing: GraphQLClient) -> None:
    await seg.seed_defaults()
    retirees = await models.Segment.get(code="RETIREES")
    body = await marketing.execute(DELETE, {"id": str(to_global_id("Segment", retirees.id))})
    assert body["data"]["segmentDelete"]["errors"] == [
        {
            "field": "id",
            "code": "SEGMENT_BUILT_IN",
            "message": "Built-in segments cannot be deleted.",
        }
    ]
    assert await models.Segment.filter(code="RETIREES").exists()


async def test_create_matches_the_preview_and_is_audited(marketing: GraphQLClient) -> None:
    # given
    people = await _people()
    rule = {
        "op": "OR",
        "args": [
            {"field": "aum", "cmp": "GTE", "value": "5000000"},
            {"field": "occupation", "cmp": "IN", "value": ["退休", "职员"]},
        ],
    }
    # when
    preview = await marketing.execute(PREVIEW, {"rule": rule})
    body = await marketing.execute(
        CREATE, {"input": {"code": "wealthy_or_retired", "name": "富裕或退休", "rule": rule}}
    )
    # then
    payload = body["data"]["segmentCreate"]
    assert payload["errors"] == []
    segment = payload["segment"]
    assert (segment["code"], segment["kind"], segment["builtIn"], segment["version"]) == (
        "WEALTHY_OR_RETIRED",
        "RULE",
        False,
        1,
    )
    assert preview["data"]["segmentPreview"] == {"memberCount": 5, "errors": []}
    assert segment["memberCount"] == 5 and segment["refreshedAt"]
    expected = {people[n].id for n in ("rich", "nearly_rich", "retiree", "retired_early", "clerk")}
    stored = await models.SegmentMember.all().values_list("customer_id", flat=True)
    assert set(stored) == expected
    event = await audit_models.AuditEvent.get(action="segment.create")
    assert event.outcome == "SUCCESS" and event.after["member_count"] == 5


async def test_bad_rules_are_refused_with_the_path_and_nothing_is_written(
    marketing: GraphQLClient,
) -> None:
    # given
    rule = {
        "op": "AND",
        "args": [
            {"field": "age", "cmp": "GTE", "value": 30},
            {"field": "age", "cmp": "GTE", "value": -1},
            {"field": "tx_count", "cmp": "GTE", "value": 1, "channel": "PIGEON"},
        ],
    }
    # when
    preview = await marketing.execute(PREVIEW, {"rule": rule})
    created = await marketing.post(
        CREATE,
        {"input": {"code": "BAD", "name": "坏规则", "rule": rule}},
        **{"accept-language": "zh-CN"},
    )
    # then
    assert preview["data"]["segmentPreview"]["memberCount"] is None
    assert [(e["field"], e["code"]) for e in preview["data"]["segmentPreview"]["errors"]] == [
        ("rule.args.1.value", "SEGMENT_RULE_INVALID"),
        ("rule.args.2.channel", "SEGMENT_RULE_INVALID"),
    ]
    errors = created.json()["data"]["segmentCreate"]["errors"]
    assert errors[0] == {
        "field": "rule.args.1.value",
        "code": "SEGMENT_RULE_INVALID",
        "message": "请填写 0 至 150 之间的整数。",
    }
    assert not await models.Segment.exists()
    failure = await audit_models.AuditEvent.get(action="segment.create")
    assert failure.outcome == "FAILURE"


async def test_duplicate_codes_and_stale_versions_are_refused(marketing: GraphQLClient) -> None:
    # given
    await _people()
    rule = {"field": "age", "cmp": "GTE", "value": 60}
    first = await marketing.execute(
        CREATE, {"input": {"code": "OLD", "name": "老年", "rule": rule}}
    )
    segment = first["data"]["segmentCreate"]["segment"]
    # when
    duplicate = await marketing.execute(
        CREATE, {"input": {"code": "OLD", "name": "又一个", "rule": rule}}
    )
    changed = await marketing.execute(
        UPDATE,
        {
            "id": segment["id"],
            "v": 1,
            "input": {"name": "中老年", "rule": {"field": "age", "cmp": "GTE", "value": 45}},
        },
    )
    stale = await marketing.execute(UPDATE, {"id": segment["id"], "v": 1, "input": {"name": "x"}})
    # then
    assert duplicate["data"]["segmentCreate"]["errors"][0]["code"] == "DUPLICATE"
    after = changed["data"]["segmentUpdate"]["segment"]
    assert (after["name"], after["version"], after["memberCount"]) == ("中老年", 2, 5)
    assert segment["memberCount"] == 1
    assert stale["data"]["segmentUpdate"]["errors"] == [
        {
            "field": "expectedVersion",
            "code": "CONFLICT",
            "message": "This was changed by someone else (now version 2); reload it.",
        }
    ]


async def test_members_are_paged_and_deleting_removes_them(marketing: GraphQLClient) -> None:
    # given
    for age in (61, 62, 63):
        await b.customer(birth_date=b.born(age))
    created = await marketing.execute(
        CREATE,
        {
            "input": {
                "code": "SENIORS",
                "name": "老年",
                "rule": {"field": "age", "cmp": "GT", "value": 60},
            }
        },
    )
    segment_id = created["data"]["segmentCreate"]["segment"]["id"]
    # when
    page1 = (await marketing.execute(MEMBERS, {"id": segment_id}))["data"]["segment"]
    cursor = page1["members"]["pageInfo"]["endCursor"]
    page2 = (await marketing.execute(MEMBERS, {"id": segment_id, "after": cursor}))["data"][
        "segment"
    ]
    deleted = await marketing.execute(DELETE, {"id": segment_id})
    # then
    assert page1["members"]["totalCount"] == 3 and page1["members"]["pageInfo"]["hasNextPage"]
    assert len(page1["members"]["edges"]) == 2 and len(page2["members"]["edges"]) == 1
    assert deleted["data"]["segmentDelete"] == {"deletedId": segment_id, "errors": []}
    assert not await models.SegmentMember.exists()


async def test_readers_cannot_write_segments(gql: GraphQLClient) -> None:
    sales = await client_for(gql, Role.SALES)
    body = await sales.execute(
        CREATE,
        {"input": {"code": "X1", "name": "x", "rule": {"field": "age", "cmp": "GT", "value": 1}}},
    )
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await sales.execute(PREVIEW, {"rule": {"field": "age", "cmp": "GT", "value": 1}}))[
        "data"
    ]["segmentPreview"] == {"memberCount": 0, "errors": []}


# --- clustering ---------------------------------------------------------------------------------


async def _three_groups() -> None:
    """Young digital savers, older counter customers with large deposits, and dormant
    corporates: three groups any sensible clustering separates."""
    deposit = await b.product("CL-DEMAND", "DEPOSIT", "DEMAND")
    rows = []
    for i in range(20):
        young = await b.customer(birth_date=b.born(24 + i % 6), annual_income=Decimal(80000 + i))
        await b.holding(young, deposit, 5000 + i * 10)
        rows += [
            b.transaction_row(
                young.id, deposit.id, days_ago=d, channel="MOBILE_BANKING", amount=300
            )
            for d in range(1, 60, 3)
        ]
        old = await b.customer(birth_date=b.born(62 + i % 8), annual_income=Decimal(150000 + i))
        await b.holding(old, deposit, 3_000_000 + i * 1000)
        rows += [
            b.transaction_row(old.id, deposit.id, days_ago=d, channel="COUNTER", amount=20000)
            for d in (5, 90, 200)
        ]
        await b.customer(customer_type="CORPORATE")
    await models.Transaction.bulk_create(rows)


async def test_clustering_picks_k_by_silhouette_and_describes_each_cluster(
    gql: GraphQLClient,
) -> None:
    # given
    analyst = await client_for(gql, Role.ANALYST)
    await _three_groups()
    # when
    body = await analyst.execute(CLUSTER)
    again = await analyst.execute(CLUSTER, {"k": 2})
    # then
    result = body["data"]["segmentClusterRun"]
    assert result["errors"] == []
    assert result["k"] == 3 and result["silhouetteScore"] > 0.5
    sizes = sorted(s["memberCount"] for s in result["segments"])
    assert sizes == [20, 20, 20]
    for segment in result["segments"]:
        assert segment["kind"] == "CLUSTER" and segment["rule"] is None
        assert segment["cluster"]["k"] == 3 and segment["description"]
        assert segment["cluster"]["descriptionZh"] == segment["description"]
    described = {s["cluster"]["descriptionEn"] for s in result["segments"]}
    assert any("mostly counter" in d and "high AUM" in d for d in described)
    assert any("mostly corporate" in d and "dormant" in d for d in described)
    assert any(re.search(r"aged 2\d–3\d", d) and "digital" in d for d in described)
    replaced = again["data"]["segmentClusterRun"]
    assert replaced["k"] == 2 and len(replaced["segments"]) == 2
    assert await models.Segment.filter(kind="CLUSTER").count() == 2
    refresh = await analyst.execute(REFRESH, {"id": replaced["segments"][0]["id"]})
    assert refresh["data"]["segmentRefresh"]["errors"][0]["code"] == "SEGMENT_IS_CLUSTER"
    assert await models.SegmentMember.all().count() == 60


async def test_clustering_needs_enough_customers_and_a_sane_k(gql: GraphQLClient) -> None:
    analyst = await client_for(gql, Role.ANALYST)
    await b.customer()
    few = await analyst.execute(CLUSTER)
    bad_k = await analyst.execute(CLUSTER, {"k": 9})
    assert few["data"]["segmentClusterRun"]["errors"][0]["field"] == "k"
    assert few["data"]["segmentClusterRun"]["errors"][0]["code"] == "CLUSTER_TOO_FEW_CUSTOMERS"
    assert bad_k["data"]["segmentClusterRun"]["errors"][0]["message"] == (
        "Must be between 2 and 8."
    )


def test_every_message_of_segments_needs_and_recommendations_is_translated() -> None:
    backend = Path(__file__).resolve().parents[2] / "backend"
    files = [
        backend / "domains/customers/segment_rules.py",
        backend / "domains/customers/segments.py",
        backend / "domains/customers/clustering.py",
        backend / "domains/customers/needs.py",
        backend / "domains/customers/recommend.py",
    ]
    pattern = re.compile(
        r'(?:\bfail\(\s*\w+,\s*[^,]+,\s*|DomainError\.single\(\s*\w+\.\w+,\s*)((?:"[^"]*"\s*)+)'
    )
    found: set[Any] = set()
    for path in files:
        text = path.read_text()
        found |= {"".join(re.findall(r'"([^"]*)"', m)) for m in pattern.findall(text)}
        found |= set(re.findall(r'^[A-Z_]+_MESSAGE = \(?\s*"([^"]+)"', text, re.M))
    assert len(found) > 30
    assert sorted(t for t in found if t not in CATALOGS[ZH_CN]) == []
