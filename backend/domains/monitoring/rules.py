"""Risk rules: validate, create, change and delete them, and the bank's default rules."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from tortoise.queryset import QuerySet

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.monitoring import history, models
from backend.domains.monitoring.enums import (
    LOAN_ONLY,
    AutoAction,
    Metric,
    RuleCondition,
    RuleScope,
)
from backend.domains.monitoring.errors import MonitoringErrorCode
from backend.domains.monitoring.history import SYSTEM
from backend.domains.products import models as product_models
from backend.domains.products.enums import ProductFamily
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel.guards import raise_if, require
from backend.kernel.versioning import check_version

CODE_RE = re.compile(r"^[A-Z][A-Z0-9_]{1,39}$")
MAX_WINDOW_DAYS = 366
MAX_BASELINE_DAYS = 730


def rule_snapshot(rule: models.RiskRule) -> dict[str, Any]:
    """The audited fields of a rule."""
    return {
        "code": rule.code,
        "name_zh": rule.name_zh,
        "name_en": rule.name_en,
        "description": rule.description,
        "metric": rule.metric,
        "scope": rule.scope,
        "family": rule.family,
        "product_id": rule.product_id,
        "condition": rule.condition,
        "normal_low": rule.normal_low,
        "normal_high": rule.normal_high,
        "warning_level": rule.warning_level,
        "critical_level": rule.critical_level,
        "window_days": rule.window_days,
        "baseline_days": rule.baseline_days,
        "enabled": rule.enabled,
        "auto_action": rule.auto_action,
        "owner_id": rule.owner_id,
        "version": rule.version,
    }


def parse_number(data: dict[str, Any], key: str, errors: list[FieldError], path: str) -> Any:
    value = data.get(key)
    if value is None:
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        errors.append(FieldError(ErrorCode.INVALID, "Not a number.", path))
        return None
    if not number.is_finite() or abs(number) >= Decimal("1e15"):
        errors.append(FieldError(ErrorCode.INVALID, "Not a number.", path))
        return None
    return number.quantize(Decimal("0.0001"))


async def check_rule(data: dict[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
    """Validate a whole rule; returns the cleaned fields and every problem found."""
    errors: list[FieldError] = []
    clean: dict[str, Any] = {}
    code = str(data.get("code") or "").strip().upper()
    if not CODE_RE.match(code):
        errors.append(
            FieldError(ErrorCode.INVALID, "2–40 capital letters, digits or underscores.", "code")
        )
    clean["code"] = code
    for key, path, limit in (("name_zh", "nameZh", 100), ("name_en", "nameEn", 200)):
        text = str(data.get(key) or "").strip()
        if not text:
            errors.append(FieldError(ErrorCode.REQUIRED, "Required.", path))
        elif len(text) > limit:
            errors.append(FieldError(ErrorCode.INVALID, "Too long.", path))
        clean[key] = text
    clean["description"] = str(data.get("description") or "").strip()[:2000]
    metric = Metric(data["metric"])
    scope = RuleScope(data.get("scope") or RuleScope.ALL)
    condition = RuleCondition(data["condition"])
    clean.update(metric=metric.value, scope=scope.value, condition=condition.value)
    family = data.get("family")
    product_id = data.get("product_id")
    clean["family"] = None
    clean["product_id"] = None
    if scope == RuleScope.FAMILY:
        if not family:
            errors.append(
                FieldError(ErrorCode.REQUIRED, "A family rule needs its family.", "family")
            )
        else:
            clean["family"] = ProductFamily(family).value
    if scope == RuleScope.PRODUCT:
        product = await product_models.Product.get_or_none(id=product_id) if product_id else None
        if product is None:
            errors.append(
                FieldError(ErrorCode.REQUIRED, "A product rule needs its product.", "productId")
            )
        else:
            clean["product_id"] = product.id
            family = product.family
    if metric in LOAN_ONLY and scope != RuleScope.ALL and family and family != "LOAN":
        errors.append(
            FieldError(
                MonitoringErrorCode.METRIC_ONLY_FOR_LOANS,
                "This metric only applies to loans.",
                "metric",
            )
        )
    normal_low = parse_number(data, "normal_low", errors, "normalLow")
    normal_high = parse_number(data, "normal_high", errors, "normalHigh")
    warning = parse_number(data, "warning_level", errors, "warningLevel")
    critical = parse_number(data, "critical_level", errors, "criticalLevel")
    if warning is None and data.get("warning_level") is None:
        errors.append(FieldError(ErrorCode.REQUIRED, "Required.", "warningLevel"))
    clean.update(
        normal_low=normal_low,
        normal_high=normal_high,
        warning_level=warning,
        critical_level=critical,
    )
    if warning is not None:
        rising = (
            warning >= 0
            if condition == RuleCondition.CHANGE_VS_AVERAGE
            else condition in (RuleCondition.ABOVE, RuleCondition.NO_DATA)
        )
        if critical is not None and (critical < warning if rising else critical > warning):
            errors.append(
                FieldError(
                    MonitoringErrorCode.RULE_LEVELS_OUT_OF_ORDER,
                    "The critical level must be beyond the warning level.",
                    "criticalLevel",
                )
            )
        edge, path = (normal_high, "normalHigh") if rising else (normal_low, "normalLow")
        if edge is not None and (edge > warning if rising else edge < warning):
            errors.append(
                FieldError(
                    MonitoringErrorCode.RULE_LEVELS_OUT_OF_ORDER,
                    "The normal range must end before the warning level.",
                    path,
                )
            )
    if normal_low is not None and normal_high is not None and normal_low > normal_high:
        errors.append(FieldError(ErrorCode.INVALID, "The range starts after it ends.", "normalLow"))
    for key, path, top in (
        ("window_days", "windowDays", MAX_WINDOW_DAYS),
        ("baseline_days", "baselineDays", MAX_BASELINE_DAYS),
    ):
        value = data.get(key)
        value = {"window_days": 1, "baseline_days": 30}[key] if value is None else value
        if not isinstance(value, int) or not 1 <= value <= top:
            errors.append(
                FieldError(
                    ErrorCode.INVALID,
                    "Between {low} and {high} days.",
                    path,
                    (("low", 1), ("high", top)),
                )
            )
        clean[key] = value
    action = AutoAction(data.get("auto_action") or AutoAction.NONE)
    if condition == RuleCondition.NO_DATA:
        errors.extend(_check_no_data(warning, critical, normal_low, normal_high, action))
    elif action != AutoAction.NONE and critical is None:
        errors.append(
            FieldError(
                MonitoringErrorCode.AUTO_ACTION_NEEDS_CRITICAL_LEVEL,
                "An automatic action needs a critical level.",
                "autoAction",
            )
        )
    clean["auto_action"] = action.value
    clean["enabled"] = bool(data.get("enabled", True))
    clean["owner_id"] = data.get("owner_id")
    return clean, errors


#: The most days a "no data" rule waits (the scheduler catches up at most 35 days).
MAX_NO_DATA_DAYS = 35


def _check_no_data(
    warning: Decimal | None,
    critical: Decimal | None,
    normal_low: Decimal | None,
    normal_high: Decimal | None,
    action: AutoAction,
) -> list[FieldError]:
    """A "no data" rule counts days: whole levels from 1 to ``MAX_NO_DATA_DAYS``, no normal
    range, and no automatic action (missing data says nothing about the product itself)."""
    errors = [
        FieldError(
            MonitoringErrorCode.NO_DATA_LEVEL_NOT_DAYS,
            "A no-data level is a whole number of days from 1 to {high}.",
            path,
            (("high", MAX_NO_DATA_DAYS),),
        )
        for level, path in ((warning, "warningLevel"), (critical, "criticalLevel"))
        if level is not None
        and (level != level.to_integral_value() or not 1 <= level <= MAX_NO_DATA_DAYS)
    ]
    errors += [
        FieldError(ErrorCode.INVALID, "A no-data rule has no normal range.", path)
        for level, path in ((normal_low, "normalLow"), (normal_high, "normalHigh"))
        if level is not None
    ]
    if action != AutoAction.NONE:
        errors.append(
            FieldError(ErrorCode.INVALID, "A no-data rule takes no automatic action.", "autoAction")
        )
    return errors


async def create_rule(*, data: dict[str, Any], actor: Actor) -> models.RiskRule:
    """Create a risk rule."""
    require(actor, perms.MONITORING_WRITE)
    clean, errors = await check_rule(data)
    if clean["code"] and await models.RiskRule.filter(code=clean["code"]).exists():
        errors.append(FieldError(ErrorCode.DUPLICATE, "This code is taken.", "code"))
    raise_if(errors)
    if clean["owner_id"] is None:
        clean["owner_id"] = history.user_id(actor)
    async with db.transaction():
        rule = await models.RiskRule.create(**clean)
        await audit.record(
            actor=actor,
            action="riskRule.create",
            object_type="RiskRule",
            object_id=rule.id,
            after=rule_snapshot(rule),
        )
    return rule


async def rule_for_update(rule_id: int, expected_version: int | None) -> models.RiskRule:
    """A rule to change; NOT_FOUND when it is gone, CONFLICT when the caller read an older
    version."""
    rule = await models.RiskRule.get_or_none(id=rule_id)
    if rule is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such rule.", "id")
    check_version(rule, expected_version)
    return rule


async def delete_rule(*, rule_id: int, expected_version: int, actor: Actor) -> int:
    """Delete a disabled rule that never raised an alert (otherwise disable it, keeping the
    history): deleting an enabled rule would drop a control without its checker."""
    require(actor, perms.MONITORING_WRITE)
    rule = await rule_for_update(rule_id, expected_version)
    if await models.Alert.filter(rule_id=rule.id).exists():
        raise DomainError.single(
            MonitoringErrorCode.RULE_HAS_ALERTS,
            "This rule has raised alerts; disable it instead to keep their history.",
            "id",
        )
    if rule.enabled:
        raise DomainError.single(
            MonitoringErrorCode.RULE_STILL_ENABLED,
            "Disable the rule first (a second risk officer approves that); then delete it.",
            "id",
        )
    async with db.transaction():
        await audit.record(
            actor=actor,
            action="riskRule.delete",
            object_type="RiskRule",
            object_id=rule.id,
            before=rule_snapshot(rule),
        )
        await rule.delete()
    return rule_id


def rules_query(
    *, enabled: bool | None = None, metric: Metric | None = None
) -> QuerySet[models.RiskRule]:
    """Rules, by code."""
    query = models.RiskRule.all()
    if enabled is not None:
        query = query.filter(enabled=enabled)
    if metric is not None:
        query = query.filter(metric=metric.value)
    return query.order_by("code")


async def get_rules(*, ids: Sequence[int]) -> list[models.RiskRule]:
    """Rules by id."""
    return await models.RiskRule.filter(id__in=list(ids))


#: The bank's monitoring table (监控指标表) as default rules.
DEFAULT_RULES: tuple[dict[str, Any], ...] = (
    {
        "code": "LOAN_NPL_RATIO",
        "name_zh": "贷款不良率",
        "name_en": "Loan NPL ratio",
        "description": "正常 0–3 %，3–5 % 关注，≥ 5 % 预警，≥ 8 % 严重。",
        "metric": Metric.NPL_RATIO,
        "scope": RuleScope.FAMILY,
        "family": "LOAN",
        "condition": RuleCondition.ABOVE,
        "normal_low": Decimal(0),
        "normal_high": Decimal(3),
        "warning_level": Decimal(5),
        "critical_level": Decimal(8),
        "window_days": 1,
    },
    {
        "code": "TX_VOLUME_DROP",
        "name_zh": "产品交易量",
        "name_en": "Product transaction volume",
        "description": "近 7 日日均交易笔数较此前 28 日均值下降 ≥ 30 % 预警，≥ 50 % 严重。",
        "metric": Metric.TX_COUNT,
        "scope": RuleScope.ALL,
        "condition": RuleCondition.CHANGE_VS_AVERAGE,
        "normal_low": Decimal(-30),
        "warning_level": Decimal(-30),
        "critical_level": Decimal(-50),
        "window_days": 7,
        "baseline_days": 28,
    },
    {
        "code": "LOAN_OVERDUE_RATIO",
        "name_zh": "贷款逾期率",
        "name_en": "Loan overdue ratio",
        "description": "正常 ≤ 5 %，≥ 8 % 预警，≥ 12 % 严重。",
        "metric": Metric.OVERDUE_RATIO,
        "scope": RuleScope.FAMILY,
        "family": "LOAN",
        "condition": RuleCondition.ABOVE,
        "normal_high": Decimal(5),
        "warning_level": Decimal(8),
        "critical_level": Decimal(12),
        "window_days": 1,
    },
    {
        "code": "SATISFACTION_LOW",
        "name_zh": "客户满意度",
        "name_en": "Customer satisfaction",
        "description": "近 90 日平均评分低于 3.5 关注，≤ 3.0 预警，≤ 2.5 严重。",
        "metric": Metric.SATISFACTION,
        "scope": RuleScope.ALL,
        "condition": RuleCondition.BELOW,
        "normal_low": Decimal("3.5"),
        "warning_level": Decimal("3.0"),
        "critical_level": Decimal("2.5"),
        "window_days": 1,
    },
)


async def seed_default_rules(*, actor: Actor = SYSTEM) -> int:
    """Create the default rules that do not exist yet; returns how many were created."""
    created = 0
    for data in DEFAULT_RULES:
        if not await models.RiskRule.filter(code=data["code"]).exists():
            await create_rule(data=dict(data), actor=actor)
            created += 1
    return created
