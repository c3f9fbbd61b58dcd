"""Changing a risk rule under maker-checker: tightening applies at once, loosening waits.

A change that loosens a rule or disables it (``loosenings``) is stored as pending — who
proposed it, when, the rule as it was and the proposed values — and applies only when a
second risk officer (``monitoring:approve_rule``, not the proposer) approves it; another risk
officer may reject it with a reason, the proposer may withdraw it. While a change is pending
the rule takes no other change. Every step is audited and versioned.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from tortoise.exceptions import IntegrityError

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.monitoring import evaluation, history, models
from backend.domains.monitoring.enums import (
    AutoAction,
    RuleChangeStatus,
    RuleCondition,
    RuleLoosening,
)
from backend.domains.monitoring.errors import MonitoringErrorCode
from backend.domains.monitoring.rules import check_rule, rule_for_update, rule_snapshot
from backend.domains.products.errors import ProductErrorCode
from backend.errors import DomainError, ErrorCode, FieldError
from backend.kernel import clock
from backend.kernel.guards import raise_if, require
from backend.kernel.versioning import check_version, versioned_update

#: What a rule watches and how: any change of these needs a second risk officer, since
#: whether it watches less depends on the data.
REDEFINING = ("metric", "condition", "scope", "family", "product_id", "window_days")
REDEFINING_CHANGE = ("baseline_days",)


def _rises(rule: dict[str, Any]) -> bool:
    if rule["condition"] == RuleCondition.CHANGE_VS_AVERAGE:
        return Decimal(rule["warning_level"]) >= 0
    return rule["condition"] in (RuleCondition.ABOVE, RuleCondition.NO_DATA)


def _looser(before: Any, after: Any, rises: bool) -> bool:
    """Whether a level moved away from the bad side (None after a value: removed)."""
    if before is None:
        return False
    if after is None:
        return True
    return Decimal(after) > Decimal(before) if rises else Decimal(after) < Decimal(before)


def loosenings(before: dict[str, Any], after: dict[str, Any]) -> list[RuleLoosening]:
    """How a change makes a rule watch less (empty when it only tightens or renames):
    disabling it; raising an ABOVE level or lowering a BELOW one (a change rule by the side it
    watches); removing the critical level; widening the normal range; removing the automatic
    suspension; changing what it watches or how (metric, condition, scope, window, baseline)."""
    found: list[RuleLoosening] = []
    if before["enabled"] and not after["enabled"]:
        found.append(RuleLoosening.DISABLED)
    redefining = REDEFINING + (
        REDEFINING_CHANGE if before["condition"] == RuleCondition.CHANGE_VS_AVERAGE else ()
    )
    if any(_json(before[k]) != _json(after[k]) for k in redefining) or _rises(before) != _rises(
        after
    ):
        found.append(RuleLoosening.REDEFINED)
        return found
    rises = _rises(before)
    if _looser(before["warning_level"], after["warning_level"], rises) or (
        after["critical_level"] is not None
        and _looser(before["critical_level"], after["critical_level"], rises)
    ):
        found.append(RuleLoosening.LEVEL_LOOSENED)
    if before["critical_level"] is not None and after["critical_level"] is None:
        found.append(RuleLoosening.CRITICAL_LEVEL_REMOVED)
    edge = "normal_high" if rises else "normal_low"
    if _looser(before[edge], after[edge], rises):
        found.append(RuleLoosening.NORMAL_RANGE_WIDENED)
    if before["auto_action"] != AutoAction.NONE and after["auto_action"] == AutoAction.NONE:
        found.append(RuleLoosening.AUTO_ACTION_REMOVED)
    return found


def _json(value: Any) -> Any:
    """A snapshot value as JSON (Decimals and dates as text)."""
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _pending_error() -> DomainError:
    return DomainError.single(
        MonitoringErrorCode.RULE_CHANGE_PENDING,
        "A change of this rule awaits a second risk officer; approve, reject or withdraw it first.",
        "id",
    )


async def ensure_none_pending(rule_id: int) -> None:
    """Refuse while a change of the rule awaits its checker."""
    if await models.RiskRuleChange.filter(pending_key=rule_id).exists():
        raise _pending_error()


async def update_rule(
    *, rule_id: int, expected_version: int, data: dict[str, Any], actor: Actor
) -> models.RiskRule:
    """Change a rule with the given fields (the whole rule is validated again; None clears an
    optional level). A tightening change applies at once and its alerts are re-evaluated; a
    loosening one (or disabling) is stored as pending for a second risk officer."""
    require(actor, perms.MONITORING_WRITE)
    rule = await rule_for_update(rule_id, expected_version)
    await ensure_none_pending(rule.id)
    before = rule_snapshot(rule)
    clean, errors = await check_rule({**before, **data})
    if clean["code"] != rule.code and await models.RiskRule.filter(code=clean["code"]).exists():
        errors.append(FieldError(ErrorCode.DUPLICATE, "This code is taken.", "code"))
    raise_if(errors)
    reasons = loosenings(before, clean)
    if reasons:
        await _propose(rule, before, clean, reasons, actor)
        return rule
    async with db.transaction():
        await versioned_update(rule, expected_version=expected_version, changes=clean)
        await audit.record(
            actor=actor,
            action="riskRule.update",
            object_type="RiskRule",
            object_id=rule.id,
            before=before,
            after=rule_snapshot(rule),
        )
    await evaluation.evaluate(rule_ids=[rule.id])
    return rule


async def _propose(
    rule: models.RiskRule,
    before: dict[str, Any],
    clean: dict[str, Any],
    reasons: list[RuleLoosening],
    actor: Actor,
) -> models.RiskRuleChange:
    """Store a loosening change as pending (the database refuses a second one per rule)."""
    changes = {k: _json(v) for k, v in clean.items() if k in before and str(before[k]) != str(v)}
    try:
        async with db.transaction():
            change = await models.RiskRuleChange.create(
                rule_id=rule.id,
                pending_key=rule.id,
                status=RuleChangeStatus.PENDING.value,
                rule_version=rule.version,
                before={k: _json(v) for k, v in before.items()},
                changes=changes,
                reasons=[r.value for r in reasons],
                proposed_by_id=history.user_id(actor),
                proposed_by_name=actor.name,
            )
            await audit.record(
                actor=actor,
                action="riskRuleChange.propose",
                object_type="RiskRule",
                object_id=rule.id,
                before={k: before[k] for k in changes},
                after={**changes, "reasons": change.reasons, "change_id": change.id},
            )
    except IntegrityError:
        raise _pending_error() from None
    return change


async def _pending_change(change_id: int, expected_version: int) -> models.RiskRuleChange:
    change = await models.RiskRuleChange.get_or_none(id=change_id)
    if change is None:
        raise DomainError.single(ErrorCode.NOT_FOUND, "No such rule change.", "id")
    check_version(change, expected_version)
    if change.status != RuleChangeStatus.PENDING:
        raise DomainError.single(
            ProductErrorCode.CHANGE_REQUEST_CLOSED, "This rule change is decided already.", "id"
        )
    return change


def _refuse_maker(change: models.RiskRuleChange, actor: Actor) -> None:
    if change.proposed_by_id is not None and history.user_id(actor) == change.proposed_by_id:
        raise DomainError.single(
            ErrorCode.SAME_MAKER_CHECKER,
            "A second risk officer decides a change you proposed.",
            "id",
        )


async def _close(
    change: models.RiskRuleChange,
    status: RuleChangeStatus,
    expected_version: int,
    actor: Actor,
    note: str = "",
) -> None:
    """Mark a pending change decided (inside the caller's transaction), audited."""
    await versioned_update(
        change,
        expected_version=expected_version,
        changes={
            "status": status.value,
            "pending_key": None,
            "decided_by_id": history.user_id(actor),
            "decided_at": clock.now(),
            "note": note,
        },
    )
    await audit.record(
        actor=actor,
        action=f"riskRuleChange.{status.verb}",
        object_type="RiskRule",
        object_id=change.rule_id,
        before={"change_id": change.id, "status": RuleChangeStatus.PENDING.value},
        after={
            "change_id": change.id,
            "status": status.value,
            "proposed_by_id": change.proposed_by_id,
            "note": note,
        },
    )


async def approve_change(
    *, change_id: int, expected_version: int, actor: Actor
) -> models.RiskRuleChange:
    """Apply a pending change as its second risk officer (not the proposer); the rule's
    alerts are re-evaluated (disabling resolves them)."""
    require(actor, perms.RISK_RULE_APPROVE)
    change = await _pending_change(change_id, expected_version)
    _refuse_maker(change, actor)
    rule = await models.RiskRule.get(id=change.rule_id)
    before = rule_snapshot(rule)
    clean, errors = await check_rule({**before, **change.changes})
    raise_if(errors)
    async with db.transaction():
        await _close(change, RuleChangeStatus.APPROVED, expected_version, actor)
        await versioned_update(rule, expected_version=change.rule_version, changes=clean)
        await audit.record(
            actor=actor,
            action="riskRule.update",
            object_type="RiskRule",
            object_id=rule.id,
            before=before,
            after={**rule_snapshot(rule), "proposed_by_id": change.proposed_by_id},
        )
    await evaluation.evaluate(rule_ids=[rule.id])
    return change


async def reject_change(
    *, change_id: int, expected_version: int, reason: str, actor: Actor
) -> models.RiskRuleChange:
    """Turn down a pending change, with a reason, as a second risk officer; the rule stays."""
    require(actor, perms.RISK_RULE_APPROVE)
    change = await _pending_change(change_id, expected_version)
    _refuse_maker(change, actor)
    note = reason.strip()
    if not note:
        raise DomainError.single(ErrorCode.REQUIRED, "Say why you reject it.", "reason")
    async with db.transaction():
        await _close(change, RuleChangeStatus.REJECTED, expected_version, actor, note[:2000])
    return change


async def withdraw_change(
    *, change_id: int, expected_version: int, actor: Actor
) -> models.RiskRuleChange:
    """Take back a change one proposed; the rule stays as it is."""
    require(actor, perms.MONITORING_WRITE)
    change = await _pending_change(change_id, expected_version)
    if history.user_id(actor) != change.proposed_by_id:
        raise DomainError.single(
            ErrorCode.FORBIDDEN, "Only who proposed a change withdraws it; others reject it.", "id"
        )
    async with db.transaction():
        await _close(change, RuleChangeStatus.WITHDRAWN, expected_version, actor)
    return change


async def pending_by_rule(*, rule_ids: Sequence[int]) -> dict[int, models.RiskRuleChange]:
    """The pending change of each rule that has one."""
    return {
        c.rule_id: c
        for c in await models.RiskRuleChange.filter(
            rule_id__in=list(rule_ids), status=RuleChangeStatus.PENDING.value
        )
    }


async def get_changes(*, ids: Sequence[int]) -> list[models.RiskRuleChange]:
    """Rule changes by id."""
    return await models.RiskRuleChange.filter(id__in=list(ids))
