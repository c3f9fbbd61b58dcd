"""The five-tier classification floor (五级分类): how bad a loan is at least, by days past due."""

from __future__ import annotations

from backend.domains.customers.enums import LoanClassification
from backend.domains.customers.errors import CustomerErrorCode
from backend.errors import FieldError

#: More than this many days past due puts a loan at least in this class (regulatory floor;
#: checked from the longest delay down).
DPD_FLOORS: tuple[tuple[int, LoanClassification], ...] = (
    (360, LoanClassification.LOSS),
    (180, LoanClassification.DOUBTFUL),
    (90, LoanClassification.SUBSTANDARD),
)
_ORDER = list(LoanClassification)
BELOW_FLOOR_MESSAGE = "{days} days past due puts the loan at least in {floor}."


def floor(days_past_due: int) -> LoanClassification:
    """The least severe class a loan this many days past due may have."""
    for days, classification in DPD_FLOORS:
        if days_past_due > days:
            return classification
    return LoanClassification.NORMAL


def below_floor(
    classification: LoanClassification | str, days_past_due: int, field: str = "classification"
) -> FieldError | None:
    """The error when the class is milder than the days past due allow, else None."""
    least = floor(days_past_due)
    if _ORDER.index(LoanClassification(classification)) >= _ORDER.index(least):
        return None
    return FieldError(
        CustomerErrorCode.CLASSIFICATION_BELOW_FLOOR,
        BELOW_FLOOR_MESSAGE,
        field,
        (("days", days_past_due), ("floor", least.value)),
    )
