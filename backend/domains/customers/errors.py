"""The customers domain's own error codes, beside the generic ones in ``backend.errors``.

Use a specific code where a caller can act on it (a refused lifecycle move, a broken business
rule); keep the generic INVALID / REQUIRED / NOT_FOUND / CONFLICT / FORBIDDEN for plain input
and access problems. Every code here appears in the API's ``ErrorCode`` enum.
"""

from __future__ import annotations

from enum import StrEnum


class CustomerErrorCode(StrEnum):
    """Why a customer, segment, need, feedback and import operation was refused, specifically."""

    #: A segment rule (or need-rule condition) breaks the rule language.
    SEGMENT_RULE_INVALID = "SEGMENT_RULE_INVALID"
    #: Built-in segments stay; they cannot be deleted.
    SEGMENT_BUILT_IN = "SEGMENT_BUILT_IN"
    #: CLUSTER segments come from clustering: they take no rule and no refresh.
    SEGMENT_IS_CLUSTER = "SEGMENT_IS_CLUSTER"
    #: Too few customers for the clustering asked for.
    CLUSTER_TOO_FEW_CUSTOMERS = "CLUSTER_TOO_FEW_CUSTOMERS"
    #: The customers are too alike to form separate clusters.
    CLUSTER_NOT_SEPARABLE = "CLUSTER_NOT_SEPARABLE"
    #: Revealing personal data needs a reason.
    PII_REVEAL_REASON_REQUIRED = "PII_REVEAL_REASON_REQUIRED"
    #: An exact search by phone or ID number needs a reason (it is audited like a reveal).
    PII_SEARCH_REASON_REQUIRED = "PII_SEARCH_REASON_REQUIRED"
    #: The hourly limit of exact searches by personal data is used up.
    PII_SEARCH_LIMIT_REACHED = "PII_SEARCH_LIMIT_REACHED"
    #: Only loan holdings have a five-tier classification.
    HOLDING_NOT_A_LOAN = "HOLDING_NOT_A_LOAN"
    #: The loan already has this classification and days past due.
    CLASSIFICATION_UNCHANGED = "CLASSIFICATION_UNCHANGED"
    #: The class is milder than the loan's days past due allow (the five-tier floor).
    CLASSIFICATION_BELOW_FLOOR = "CLASSIFICATION_BELOW_FLOOR"
    #: A risk assessment dated after today.
    ASSESSMENT_DATE_IN_FUTURE = "ASSESSMENT_DATE_IN_FUTURE"
    #: A risk tolerance may be raised only by an assessment questionnaire, never by hand.
    RISK_TOLERANCE_RAISE_REFUSED = "RISK_TOLERANCE_RAISE_REFUSED"
    #: An import file carries a risk tolerance (or its assessment date): only the assessment
    #: questionnaire sets one, so the column is refused and nothing is written.
    RISK_TOLERANCE_NOT_IMPORTABLE = "RISK_TOLERANCE_NOT_IMPORTABLE"
    #: Only DRAFT surveys can be edited.
    SURVEY_NOT_DRAFT = "SURVEY_NOT_DRAFT"
    #: Only OPEN surveys take responses.
    SURVEY_NOT_OPEN = "SURVEY_NOT_OPEN"
    #: The survey's status does not allow this move (DRAFT → OPEN → CLOSED).
    SURVEY_STATUS_TRANSITION = "SURVEY_STATUS_TRANSITION"
    #: The import file is larger than the limit.
    IMPORT_FILE_TOO_LARGE = "IMPORT_FILE_TOO_LARGE"
    #: The import file cannot be read in the format given.
    IMPORT_FILE_UNREADABLE = "IMPORT_FILE_UNREADABLE"
    #: A pushed batch has more transactions than allowed.
    IMPORT_BATCH_TOO_LARGE = "IMPORT_BATCH_TOO_LARGE"
