"""Risk rules under maker-checker: a change that loosens or disables a rule waits for a second
risk officer (approve, reject, withdraw), tightening applies at once, everything audited."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from backend.domains.audit import models as audit_models
from backend.domains.auth.enums import Role
from backend.domains.monitoring import models, rules
from backend.domains.monitoring.enums import RuleLoosening
from backend.domains.monitoring.rule_changes import loosenings
from backend.graphql_core.types import to_global_id
from tests.factories import GraphQLClient, client_for, create_user, login
from tests.monitoring.loan_book import loan_product, loans, reclassify

RULE = """fragment R on RiskRule { id version enabled warningLevel criticalLevel
  pendingChange { id version status reasons proposedByName proposedBy { username }
    changes { field before after } } }"""
UPDATE = (
    RULE
    + """
mutation($id: ID!, $v: Int!, $input: RiskRuleUpdateInput!) {
  riskRuleUpdate(id: $id, expectedVersion: $v, input: $input) {
    riskRule { ...R } errors { field code } } }"""
)
DECIDE = """mutation($id: ID!, $v: Int!) { riskRuleChange%s(id: $id, expectedVersion: $v) {
  change { id status version decidedBy { username } } errors { field code } } }"""
APPROVE, WITHDRAW = DECIDE % "Approve", DECIDE % "Withdraw"
REJECT = """mutation($id: ID!, $v: Int!, $r: String!) {
  riskRuleChangeReject(id: $id, expectedVersion: $v, reason: $r) {
  change { id status version } errors { field code } } }"""


async def officers(gql: GraphQLClient) -> tuple[GraphQLClient, GraphQLClient]:
    """The risk officer who proposes (maker) and a second one who checks."""
    maker = await client_for(gql, Role.RISK_OFFICER)
    await create_user(Role.RISK_OFFICER, username="risk-checker")
    checker = gql.as_token((await login(gql, "risk-checker"))["token"])
    await rules.seed_default_rules()
    return maker, checker


async def update(
    client: GraphQLClient, code: str, changes: dict[str, Any], version: int | None = None
) -> dict[str, Any]:
    rule = await models.RiskRule.get(code=code)
    body = await client.execute(
        UPDATE,
        {
            "id": str(to_global_id("RiskRule", rule.id)),
            "v": rule.version if version is None else version,
            "input": changes,
        },
    )
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["riskRuleUpdate"]
    return payload


async def decide(
    client: GraphQLClient, doc: str, change: dict[str, Any], **extra: Any
) -> dict[str, Any]:
    body = await client.execute(doc, {"id": change["id"], "v": change["version"], **extra})
    assert "errors" not in body, body
    payload: dict[str, Any] = next(iter(body["data"].values()))
    return payload


async def test_raising_a_threshold_waits_for_a_second_risk_officer(gql: GraphQLClient) -> None:
    # given two risk officers and the NPL rule (warning at 5 %)
    maker, checker = await officers(gql)
    # when one raises the warning level to 6 %
    proposed = await update(maker, "LOAN_NPL_RATIO", {"warningLevel": "6"})
    # then the rule is unchanged and the change waits, saying who proposed what and why
    assert proposed["errors"] == []
    rule = proposed["riskRule"]
    assert (rule["warningLevel"], rule["version"]) == ("5.0000", 1)
    change = rule["pendingChange"]
    assert change["status"] == "PENDING" and change["reasons"] == ["LEVEL_LOOSENED"]
    assert change["changes"] == [{"field": "warningLevel", "before": "5", "after": "6"}]
    assert change["proposedBy"]["username"] == "riskofficer"
    assert (await models.RiskRule.get(code="LOAN_NPL_RATIO")).warning_level == Decimal(5)
    # the rule takes no other change meanwhile
    other = await update(maker, "LOAN_NPL_RATIO", {"warningLevel": "4"})
    assert other["errors"] == [{"field": "id", "code": "RULE_CHANGE_PENDING"}]
    # the proposer cannot approve it
    own = await decide(maker, APPROVE, change)
    assert own["errors"] == [{"field": "id", "code": "SAME_MAKER_CHECKER"}]
    # a stale version is a conflict
    stale = await decide(checker, APPROVE, {**change, "version": change["version"] + 1})
    assert stale["errors"][0]["code"] == "CONFLICT"
    # when the second risk officer approves it
    approved = await decide(checker, APPROVE, change)
    # then it applies, and everything is audited
    assert approved["errors"] == [] and approved["change"]["status"] == "APPROVED"
    assert approved["change"]["decidedBy"]["username"] == "risk-checker"
    stored = await models.RiskRule.get(code="LOAN_NPL_RATIO")
    assert (stored.warning_level, stored.version) == (Decimal(6), 2)
    events = await audit_models.AuditEvent.filter(
        object_type="RiskRule", outcome="SUCCESS"
    ).order_by("sequence")
    assert [e.action for e in events][-3:] == [
        "riskRuleChange.propose",
        "riskRuleChange.approve",
        "riskRule.update",
    ]
    # a decided change is not decided again
    again = await decide(checker, APPROVE, approved["change"])
    assert again["errors"] == [{"field": "id", "code": "CHANGE_REQUEST_CLOSED"}]


async def test_a_tightening_change_applies_at_once(gql: GraphQLClient) -> None:
    # given a risk officer alone
    maker, _ = await officers(gql)
    # when the warning level is lowered and the automatic suspension added
    done = await update(
        maker, "LOAN_NPL_RATIO", {"warningLevel": "4", "autoAction": "SUSPEND_SALES"}
    )
    # then it applies at once, nothing pending
    assert done["errors"] == []
    assert (
        done["riskRule"]["warningLevel"] == "4.0000" and done["riskRule"]["pendingChange"] is None
    )
    assert not await models.RiskRuleChange.all().exists()


async def test_disabling_a_rule_waits_and_its_approval_resolves_the_alerts(
    gql: GraphQLClient,
) -> None:
    # given an open NPL warning
    maker, checker = await officers(gql)
    pm = await client_for(gql, Role.PRODUCT_MANAGER)
    _, pk = await loan_product(pm, maker)
    bad, _ = await loans(pk, ["6000", "94000"])
    await reclassify(maker, bad, "SUBSTANDARD")
    [alert] = await models.Alert.all()
    # when one risk officer disables the rule
    proposed = await update(maker, "LOAN_NPL_RATIO", {"enabled": False})
    change = proposed["riskRule"]["pendingChange"]
    # then the rule still watches and the alert stays open
    assert change["reasons"] == ["DISABLED"] and proposed["riskRule"]["enabled"] is True
    assert (await models.Alert.get(id=alert.id)).status == "OPEN"
    # until a second one approves: disabled, and its alert resolved
    approved = await decide(checker, APPROVE, change)
    assert approved["errors"] == []
    assert not (await models.RiskRule.get(code="LOAN_NPL_RATIO")).enabled
    assert (await models.Alert.get(id=alert.id)).status == "RESOLVED"


async def test_a_pending_change_is_rejected_by_another_officer_or_withdrawn_by_its_proposer(
    gql: GraphQLClient,
) -> None:
    # given a proposal to remove the critical level of the overdue rule
    maker, checker = await officers(gql)
    proposed = await update(maker, "LOAN_OVERDUE_RATIO", {"criticalLevel": None})
    change = proposed["riskRule"]["pendingChange"]
    assert change["reasons"] == ["CRITICAL_LEVEL_REMOVED"]
    # the proposer cannot reject it (they withdraw it), nor may the checker without a reason
    own = await decide(maker, REJECT, change, r="不需要")
    assert own["errors"] == [{"field": "id", "code": "SAME_MAKER_CHECKER"}]
    blank = await decide(checker, REJECT, change, r="  ")
    assert blank["errors"] == [{"field": "reason", "code": "REQUIRED"}]
    # when the checker rejects it with a reason
    rejected = await decide(checker, REJECT, change, r="严重阈值不能取消")
    # then the rule keeps its critical level and takes changes again
    assert rejected["errors"] == [] and rejected["change"]["status"] == "REJECTED"
    assert (await models.RiskRule.get(code="LOAN_OVERDUE_RATIO")).critical_level == 12
    again = await update(maker, "LOAN_OVERDUE_RATIO", {"enabled": False})
    change = again["riskRule"]["pendingChange"]
    # only its proposer withdraws a change
    taken = await decide(checker, WITHDRAW, change)
    assert taken["errors"] == [{"field": "id", "code": "FORBIDDEN"}]
    withdrawn = await decide(maker, WITHDRAW, change)
    assert withdrawn["errors"] == [] and withdrawn["change"]["status"] == "WITHDRAWN"
    assert (await models.RiskRule.get(code="LOAN_OVERDUE_RATIO")).enabled
    actions = set(
        await audit_models.AuditEvent.filter(object_type="RiskRule").values_list(
            "action", flat=True
        )
    )
    assert {"riskRuleChange.reject", "riskRuleChange.withdraw"} <= actions


async def test_an_enabled_rule_is_not_deleted(gql: GraphQLClient) -> None:
    # given a rule that never raised an alert
    maker, _ = await officers(gql)
    rule = await models.RiskRule.get(code="SATISFACTION_LOW")
    # when a risk officer deletes it while it is enabled
    body = await maker.execute(
        """mutation($id: ID!, $v: Int!) { riskRuleDelete(id: $id, expectedVersion: $v) {
          deletedId errors { field code } } }""",
        {"id": str(to_global_id("RiskRule", rule.id)), "v": rule.version},
    )
    # then it is refused (disabling it needs a second officer) and the rule stays
    assert body["data"]["riskRuleDelete"] == {
        "deletedId": None,
        "errors": [{"field": "id", "code": "RULE_STILL_ENABLED"}],
    }
    assert await models.RiskRule.filter(id=rule.id).exists()


ABOVE = {
    "metric": "NPL_RATIO",
    "scope": "FAMILY",
    "family": "LOAN",
    "product_id": None,
    "condition": "ABOVE",
    "normal_low": Decimal(0),
    "normal_high": Decimal(3),
    "warning_level": Decimal(5),
    "critical_level": Decimal(8),
    "window_days": 1,
    "baseline_days": 30,
    "enabled": True,
    "auto_action": "SUSPEND_SALES",
    "name_en": "NPL",
}
BELOW = {
    **ABOVE,
    "metric": "SATISFACTION",
    "condition": "BELOW",
    "normal_low": Decimal("3.5"),
    "warning_level": Decimal(3),
    "critical_level": Decimal("2.5"),
}


@pytest.mark.parametrize(
    ("before", "changes", "expected"),
    [
        (ABOVE, {"warning_level": Decimal(6)}, [RuleLoosening.LEVEL_LOOSENED]),
        (ABOVE, {"critical_level": Decimal(9)}, [RuleLoosening.LEVEL_LOOSENED]),
        (ABOVE, {"warning_level": Decimal(4), "critical_level": Decimal(7)}, []),
        (ABOVE, {"critical_level": None}, [RuleLoosening.CRITICAL_LEVEL_REMOVED]),
        (ABOVE, {"normal_high": Decimal(4)}, [RuleLoosening.NORMAL_RANGE_WIDENED]),
        (ABOVE, {"normal_high": None}, [RuleLoosening.NORMAL_RANGE_WIDENED]),
        (ABOVE, {"auto_action": "NONE"}, [RuleLoosening.AUTO_ACTION_REMOVED]),
        (ABOVE, {"enabled": False}, [RuleLoosening.DISABLED]),
        (ABOVE, {"metric": "OVERDUE_RATIO"}, [RuleLoosening.REDEFINED]),
        (ABOVE, {"window_days": 7}, [RuleLoosening.REDEFINED]),
        (ABOVE, {"name_en": "Loan NPL", "normal_low": None}, []),
        ({**ABOVE, "enabled": False}, {"enabled": True}, []),
        (BELOW, {"warning_level": Decimal("2.8")}, [RuleLoosening.LEVEL_LOOSENED]),
        (BELOW, {"warning_level": Decimal("3.2")}, []),
        (BELOW, {"normal_low": Decimal("3.2")}, [RuleLoosening.NORMAL_RANGE_WIDENED]),
    ],
)
def test_what_loosens_a_rule(
    before: dict[str, Any], changes: dict[str, Any], expected: list[RuleLoosening]
) -> None:
    assert loosenings(before, {**before, **changes}) == expected
