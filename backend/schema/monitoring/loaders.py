"""Dataloaders of the monitoring domain (created per request by ``Context.loaders``)."""

from __future__ import annotations

import strawberry
from aiodataloader import DataLoader

from backend.domains.monitoring import access_anomaly, alerts, models, rule_changes, rules
from backend.schema.auth.users import User
from backend.schema.products.loaders import ProductByIdLoader
from backend.schema.products.types import Product


class RiskRuleByIdLoader(DataLoader[int, models.RiskRule | None]):
    """Risk rules by id."""

    async def batch_load_fn(self, keys: list[int]) -> list[models.RiskRule | None]:
        found = {r.id: r for r in await rules.get_rules(ids=keys)}
        return [found.get(k) for k in keys]


class PendingRiskRuleChangeByRuleLoader(DataLoader[int, models.RiskRuleChange | None]):
    """The pending (loosening) change of each rule, by rule id."""

    async def batch_load_fn(self, keys: list[int]) -> list[models.RiskRuleChange | None]:
        found = await rule_changes.pending_by_rule(rule_ids=keys)
        return [found.get(k) for k in keys]


class AccessRuleByIdLoader(DataLoader[int, models.AccessRule | None]):
    """Access rules by id."""

    async def batch_load_fn(self, keys: list[int]) -> list[models.AccessRule | None]:
        found = {r.id: r for r in await access_anomaly.get_access_rules(ids=keys)}
        return [found.get(k) for k in keys]


class AlertEventsByAlertIdLoader(DataLoader[int, list[models.AlertEvent]]):
    """An alert's history entries by alert id, oldest first."""

    async def batch_load_fn(self, keys: list[int]) -> list[list[models.AlertEvent]]:
        found = await alerts.alert_history(alert_ids=keys)
        return [found[k] for k in keys]


async def load_product(info: strawberry.Info, product_id: int | None) -> Product | None:
    """The product with this id as its GraphQL type, through the request's loader."""
    if product_id is None:
        return None
    row = await info.context.loaders.get(ProductByIdLoader).load(product_id)
    return Product.from_model(row) if row else None


async def load_user(info: strawberry.Info, user_id: int | None) -> User | None:
    """The user with this id as its GraphQL type, through the request's loader."""
    if user_id is None:
        return None
    user = await info.context.loaders.user_by_id.load(user_id)
    return User.from_model(user) if user else None
