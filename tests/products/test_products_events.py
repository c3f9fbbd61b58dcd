"""A product's status change is told to other domains as ``product.status_changed``."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from backend.actor import Actor
from backend.domains.auth.enums import Role
from backend.domains.products import quota
from backend.graphql_core.types import pk_of
from backend.kernel import events
from tests.factories import (
    GraphQLClient,
    client_for,
    on_sale_product,
    product_action,
)


@pytest.fixture
def status_changes(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every product.status_changed event emitted during the test, in order."""
    seen: list[dict[str, Any]] = []

    async def record(**payload: Any) -> None:
        seen.append(payload)

    events._load()  # register the domains' own handlers first, so the patch below keeps them
    topic = events.PRODUCT_STATUS_CHANGED
    monkeypatch.setitem(events._handlers, topic, [*events._handlers.get(topic, []), record])
    return seen


async def test_each_lifecycle_move_emits_one_event(
    gql: GraphQLClient, status_changes: list[dict[str, Any]]
) -> None:
    # given
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    risk = await client_for(gql, Role.RISK_OFFICER)

    # when: submit, approve, launch; then a refused move
    product = await on_sale_product(pm, risk)
    refused = await product_action(pm, "retire", product["id"], product["version"])

    # then
    assert refused["data"]["result"]["errors"][0]["code"] == "INVALID_TRANSITION"
    pk = pk_of(product["id"], "Product")
    assert status_changes == [
        {"product_id": pk, "old": "DRAFT", "new": "PENDING_REVIEW"},
        {"product_id": pk, "old": "PENDING_REVIEW", "new": "APPROVED"},
        {"product_id": pk, "old": "APPROVED", "new": "ON_SALE"},
    ]


async def test_quota_exhaustion_emits_the_suspension(
    gql: GraphQLClient, status_changes: list[dict[str, Any]]
) -> None:
    # given
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    risk = await client_for(gql, Role.RISK_OFFICER)
    product = await on_sale_product(pm, risk, quotaTotal="1000")
    pk = pk_of(product["id"], "Product")
    assert pk is not None
    status_changes.clear()
    system = Actor.system("sales")

    # when: part of the quota, then the rest
    await quota.record_quota_use(product_id=pk, amount=Decimal("400"), actor=system)
    await quota.record_quota_use(product_id=pk, amount=Decimal("600"), actor=system)

    # then: only the second use changed the status
    assert status_changes == [{"product_id": pk, "old": "ON_SALE", "new": "SUSPENDED"}]
