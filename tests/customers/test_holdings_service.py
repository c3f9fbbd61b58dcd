"""Loan reclassification through the holdings service: the refusals carry their own codes."""

from __future__ import annotations

import pytest

from backend.actor import Actor
from backend.domains.customers import classification, holdings, models
from backend.domains.customers.enums import LoanClassification
from backend.domains.customers.errors import CustomerErrorCode
from backend.errors import DomainError
from tests.customers import segment_builders as b


async def _refusal(holding_id: int, classification: LoanClassification) -> list[tuple[str, str]]:
    with pytest.raises(DomainError) as refused:
        await holdings.reclassify_loan(
            holding_id=holding_id,
            classification=classification,
            days_past_due=0,
            reason="月末五级分类复核",
            actor=Actor.system("tests"),
        )
    return [(e.field or "", str(e.code)) for e in refused.value.errors]


async def test_only_a_loan_whose_class_changes_is_reclassified() -> None:
    # given a deposit and a NORMAL loan of one customer
    owner = await b.customer()
    deposit = await b.holding(owner, await b.product(), 1000)
    loan = await b.holding(owner, await b.product(family="LOAN", subtype="CONSUMER"), 5000)
    await models.Holding.filter(id=loan.id).update(classification="NORMAL", days_past_due=0)
    # when / then: a deposit has no class, and the same class is no change
    assert await _refusal(deposit.id, LoanClassification.SUBSTANDARD) == [
        ("holdingId", CustomerErrorCode.HOLDING_NOT_A_LOAN.value)
    ]
    assert await _refusal(loan.id, LoanClassification.NORMAL) == [
        ("classification", CustomerErrorCode.CLASSIFICATION_UNCHANGED.value)
    ]
    assert not await models.LoanClassificationChange.exists()


@pytest.mark.parametrize(
    ("days", "least"),
    [
        (0, LoanClassification.NORMAL),
        (90, LoanClassification.NORMAL),
        (91, LoanClassification.SUBSTANDARD),
        (180, LoanClassification.SUBSTANDARD),
        (181, LoanClassification.DOUBTFUL),
        (360, LoanClassification.DOUBTFUL),
        (361, LoanClassification.LOSS),
    ],
)
def test_days_past_due_set_the_least_class(days: int, least: LoanClassification) -> None:
    assert classification.floor(days) == least
    assert classification.below_floor(least, days) is None


async def test_a_loan_is_never_classified_milder_than_its_days_past_due_allow() -> None:
    # given a NORMAL loan
    owner = await b.customer()
    loan = await b.holding(owner, await b.product(family="LOAN", subtype="CONSUMER"), 5000)
    await models.Holding.filter(id=loan.id).update(classification="NORMAL", days_past_due=0)
    # when it is kept NORMAL (or only SUBSTANDARD) at 400 days past due
    for milder in (LoanClassification.SPECIAL_MENTION, LoanClassification.DOUBTFUL):
        with pytest.raises(DomainError) as refused:
            await holdings.reclassify_loan(
                holding_id=loan.id,
                classification=milder,
                days_past_due=400,
                reason="逾期复核",
                actor=Actor.system("tests"),
            )
        # then the floor is named and nothing changes
        [error] = refused.value.errors
        assert (error.field, error.code) == (
            "classification",
            CustomerErrorCode.CLASSIFICATION_BELOW_FLOOR,
        )
        assert dict(error.params) == {"days": 400, "floor": "LOSS"}
    assert not await models.LoanClassificationChange.exists()
    assert (await models.Holding.get(id=loan.id)).classification == "NORMAL"
    # and LOSS at 400 days is accepted
    await holdings.reclassify_loan(
        holding_id=loan.id,
        classification=LoanClassification.LOSS,
        days_past_due=400,
        reason="逾期复核",
        actor=Actor.system("tests"),
    )
    assert (await models.Holding.get(id=loan.id)).classification == "LOSS"
