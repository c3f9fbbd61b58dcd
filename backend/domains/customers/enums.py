"""Enumerations of the customers domain (customers, holdings, transactions, feedback, segments)."""

from enum import StrEnum

# One customer-type enum for products' eligibility and for customers.
from backend.domains.products.enums import CustomerType

__all__ = ["CustomerType"]


class Gender(StrEnum):
    """Gender as recorded at account opening."""

    MALE = "MALE"
    FEMALE = "FEMALE"
    UNKNOWN = "UNKNOWN"


class IdType(StrEnum):
    """Identity document type."""

    ID_CARD = "ID_CARD"
    PASSPORT = "PASSPORT"
    HK_MACAO_PERMIT = "HK_MACAO_PERMIT"
    TAIWAN_PERMIT = "TAIWAN_PERMIT"
    BUSINESS_LICENSE = "BUSINESS_LICENSE"


class RiskTolerance(StrEnum):
    """Assessed risk tolerance C1 (conservative) to C5 (aggressive)."""

    C1 = "C1"
    C2 = "C2"
    C3 = "C3"
    C4 = "C4"
    C5 = "C5"


class KycStatus(StrEnum):
    """Know-your-customer verification status."""

    PENDING = "PENDING"
    VERIFIED = "VERIFIED"
    EXPIRED = "EXPIRED"
    REJECTED = "REJECTED"


class CompanySize(StrEnum):
    """Enterprise size class (工信部 standard)."""

    MICRO = "MICRO"
    SMALL = "SMALL"
    MEDIUM = "MEDIUM"
    LARGE = "LARGE"


class ConsentChannel(StrEnum):
    """Where marketing consent was given."""

    BRANCH = "BRANCH"
    ONLINE_BANKING = "ONLINE_BANKING"
    MOBILE_BANKING = "MOBILE_BANKING"
    HOTLINE = "HOTLINE"


class HoldingStatus(StrEnum):
    """State of a customer's holding of a product."""

    ACTIVE = "ACTIVE"
    MATURED = "MATURED"
    CLOSED = "CLOSED"


class LoanClassification(StrEnum):
    """Five-tier loan classification (五级分类)."""

    NORMAL = "NORMAL"
    SPECIAL_MENTION = "SPECIAL_MENTION"
    SUBSTANDARD = "SUBSTANDARD"
    DOUBTFUL = "DOUBTFUL"
    LOSS = "LOSS"


class TransactionChannel(StrEnum):
    """Where a transaction happened."""

    COUNTER = "COUNTER"
    ONLINE_BANKING = "ONLINE_BANKING"
    MOBILE_BANKING = "MOBILE_BANKING"
    ATM = "ATM"
    POS = "POS"
    THIRD_PARTY = "THIRD_PARTY"


class TransactionType(StrEnum):
    """What a transaction did."""

    DEPOSIT = "DEPOSIT"
    WITHDRAWAL = "WITHDRAWAL"
    TRANSFER_IN = "TRANSFER_IN"
    TRANSFER_OUT = "TRANSFER_OUT"
    SALARY = "SALARY"
    PURCHASE = "PURCHASE"
    REDEMPTION = "REDEMPTION"
    LOAN_DISBURSEMENT = "LOAN_DISBURSEMENT"
    REPAYMENT = "REPAYMENT"
    CARD_SPEND = "CARD_SPEND"
    FX_EXCHANGE = "FX_EXCHANGE"
    INTEREST = "INTEREST"
    FEE = "FEE"


class FeedbackSource(StrEnum):
    """Where feedback came from."""

    SURVEY = "SURVEY"
    HOTLINE = "HOTLINE"
    BRANCH = "BRANCH"
    APP = "APP"


class SurveyStatus(StrEnum):
    """Whether a survey collects responses."""

    DRAFT = "DRAFT"
    OPEN = "OPEN"
    CLOSED = "CLOSED"


class SegmentKind(StrEnum):
    """Rule-defined or found by clustering."""

    RULE = "RULE"
    CLUSTER = "CLUSTER"
