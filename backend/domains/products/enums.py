"""Enumerations of the products domain."""

from enum import StrEnum


class ProductFamily(StrEnum):
    """The six product families a bank sells."""

    DEPOSIT = "DEPOSIT"
    LOAN = "LOAN"
    CREDIT_CARD = "CREDIT_CARD"
    WEALTH = "WEALTH"
    FX = "FX"
    PRECIOUS_METAL = "PRECIOUS_METAL"


class ProductSubtype(StrEnum):
    """The kind of product within its family."""

    DEMAND = "DEMAND"
    TIME = "TIME"
    LARGE_CD = "LARGE_CD"
    NOTICE = "NOTICE"
    MORTGAGE = "MORTGAGE"
    AUTO = "AUTO"
    CONSUMER = "CONSUMER"
    WORKING_CAPITAL = "WORKING_CAPITAL"
    FIXED_ASSET = "FIXED_ASSET"
    STANDARD = "STANDARD"
    CO_BRANDED = "CO_BRANDED"
    PREMIUM = "PREMIUM"
    MONEY_MARKET = "MONEY_MARKET"
    BOND = "BOND"
    MIXED = "MIXED"
    EQUITY = "EQUITY"
    SPOT = "SPOT"
    OPTION = "OPTION"
    STRUCTURED_DEPOSIT = "STRUCTURED_DEPOSIT"
    PHYSICAL_GOLD = "PHYSICAL_GOLD"
    PAPER_GOLD = "PAPER_GOLD"
    GOLD_FUTURES = "GOLD_FUTURES"
    GOLD_OPTION = "GOLD_OPTION"


SUBTYPES: dict[ProductFamily, tuple[ProductSubtype, ...]] = {
    ProductFamily.DEPOSIT: (
        ProductSubtype.DEMAND,
        ProductSubtype.TIME,
        ProductSubtype.LARGE_CD,
        ProductSubtype.NOTICE,
    ),
    ProductFamily.LOAN: (
        ProductSubtype.MORTGAGE,
        ProductSubtype.AUTO,
        ProductSubtype.CONSUMER,
        ProductSubtype.WORKING_CAPITAL,
        ProductSubtype.FIXED_ASSET,
    ),
    ProductFamily.CREDIT_CARD: (
        ProductSubtype.STANDARD,
        ProductSubtype.CO_BRANDED,
        ProductSubtype.PREMIUM,
    ),
    ProductFamily.WEALTH: (
        ProductSubtype.MONEY_MARKET,
        ProductSubtype.BOND,
        ProductSubtype.MIXED,
        ProductSubtype.EQUITY,
    ),
    ProductFamily.FX: (
        ProductSubtype.SPOT,
        ProductSubtype.OPTION,
        ProductSubtype.STRUCTURED_DEPOSIT,
    ),
    ProductFamily.PRECIOUS_METAL: (
        ProductSubtype.PHYSICAL_GOLD,
        ProductSubtype.PAPER_GOLD,
        ProductSubtype.GOLD_FUTURES,
        ProductSubtype.GOLD_OPTION,
    ),
}


class ProductStatus(StrEnum):
    """Where a product is in its lifecycle."""

    DRAFT = "DRAFT"
    PENDING_REVIEW = "PENDING_REVIEW"
    APPROVED = "APPROVED"
    ON_SALE = "ON_SALE"
    SUSPENDED = "SUSPENDED"
    OFFLINE = "OFFLINE"
    RETIRED = "RETIRED"


class RiskLevel(StrEnum):
    """Product risk rating R1 (lowest) to R5 (highest)."""

    R1 = "R1"
    R2 = "R2"
    R3 = "R3"
    R4 = "R4"
    R5 = "R5"


class Channel(StrEnum):
    """Where a product is offered."""

    COUNTER = "COUNTER"
    ONLINE_BANKING = "ONLINE_BANKING"
    MOBILE_BANKING = "MOBILE_BANKING"
    ATM = "ATM"
    PARTNER = "PARTNER"


class CustomerType(StrEnum):
    """Individual or corporate customers."""

    INDIVIDUAL = "INDIVIDUAL"
    CORPORATE = "CORPORATE"


class Residency(StrEnum):
    """Tax/foreign-exchange residency of a customer."""

    RESIDENT = "RESIDENT"
    NON_RESIDENT = "NON_RESIDENT"


class FeeType(StrEnum):
    """What a fee is charged for."""

    SUBSCRIPTION = "SUBSCRIPTION"
    REDEMPTION = "REDEMPTION"
    MANAGEMENT = "MANAGEMENT"
    CUSTODY = "CUSTODY"
    ANNUAL = "ANNUAL"
    ACCOUNT = "ACCOUNT"
    TRANSFER = "TRANSFER"
    EARLY_REPAYMENT = "EARLY_REPAYMENT"
    CASH_ADVANCE = "CASH_ADVANCE"
    ARRANGEMENT = "ARRANGEMENT"
    INSTALMENT = "INSTALMENT"
    LATE_PAYMENT = "LATE_PAYMENT"
    OTHER = "OTHER"


class FeeBasis(StrEnum):
    """A fixed amount or a percentage rate."""

    FIXED = "FIXED"
    RATE = "RATE"


class FeeFrequency(StrEnum):
    """How often a fee is charged."""

    ONE_TIME = "ONE_TIME"
    PER_TRANSACTION = "PER_TRANSACTION"
    MONTHLY = "MONTHLY"
    QUARTERLY = "QUARTERLY"
    ANNUAL = "ANNUAL"


class FeeChargeBase(StrEnum):
    """What a percentage fee is charged on."""

    BALANCE = "BALANCE"
    TRANSACTION_AMOUNT = "TRANSACTION_AMOUNT"
    DISBURSED_AMOUNT = "DISBURSED_AMOUNT"
    OUTSTANDING_PRINCIPAL = "OUTSTANDING_PRINCIPAL"
    INTEREST = "INTEREST"
    NAV = "NAV"
    INSTALMENT_AMOUNT = "INSTALMENT_AMOUNT"
    OVERDUE_AMOUNT = "OVERDUE_AMOUNT"


class InterestPayment(StrEnum):
    """When deposit interest is posted (paid or capitalised)."""

    AT_MATURITY = "AT_MATURITY"
    MONTHLY = "MONTHLY"
    QUARTERLY = "QUARTERLY"
    ANNUALLY = "ANNUALLY"


class DayCount(StrEnum):
    """Day-count convention: how a daily rate and the days of a period are counted."""

    ACT_360 = "ACT_360"
    """Actual days / 360 — the Chinese deposit and loan convention (日利率 = 年利率 / 360)."""
    ACT_365 = "ACT_365"
    """Actual days / 365."""
    THIRTY_360 = "THIRTY_360"
    """Every month 30 days, a year 360."""


class Compounding(StrEnum):
    """How often posted interest is added to the principal (NONE: simple interest)."""

    NONE = "NONE"
    MONTHLY = "MONTHLY"
    QUARTERLY = "QUARTERLY"
    ANNUALLY = "ANNUALLY"


class TermUnit(StrEnum):
    """Unit of a deposit's term."""

    MONTH = "MONTH"
    DAY = "DAY"


class TierUnit(StrEnum):
    """What a rate band is measured in."""

    AMOUNT = "AMOUNT"
    TERM_MONTHS = "TERM_MONTHS"
    TERM_DAYS = "TERM_DAYS"
    LTV_PERCENT = "LTV_PERCENT"


class TierApplication(StrEnum):
    """How amount-band rates apply to a balance."""

    WHOLE_BALANCE = "WHOLE_BALANCE"
    """The whole balance earns the rate of the band it falls in."""
    PER_BAND = "PER_BAND"
    """Each slice of the balance earns its own band's rate."""


class ConditionType(StrEnum):
    """A typed condition under which a bonus rate or a fee waiver applies."""

    MIN_BALANCE = "MIN_BALANCE"
    NEW_MONEY = "NEW_MONEY"
    MIN_DEPOSITS_A_MONTH = "MIN_DEPOSITS_A_MONTH"
    MIN_TRANSACTIONS_A_MONTH = "MIN_TRANSACTIONS_A_MONTH"
    MIN_TRANSACTIONS_A_YEAR = "MIN_TRANSACTIONS_A_YEAR"
    MIN_SPEND_A_YEAR = "MIN_SPEND_A_YEAR"
    PAYROLL_DEPOSIT = "PAYROLL_DEPOSIT"
    CUSTOMER_TYPE = "CUSTOMER_TYPE"
    AGE_BAND = "AGE_BAND"
    BUNDLE_MEMBER = "BUNDLE_MEMBER"
    INTRODUCTORY = "INTRODUCTORY"


class RepaymentFrequency(StrEnum):
    """How often a loan is repaid."""

    MONTHLY = "MONTHLY"
    QUARTERLY = "QUARTERLY"


class FirstPayment(StrEnum):
    """When a loan's first payment falls."""

    ONE_PERIOD_AFTER_DRAWDOWN = "ONE_PERIOD_AFTER_DRAWDOWN"
    FIXED_DAY = "FIXED_DAY"
    """On a fixed day of the month (the first one at least a period after drawdown)."""


class LoanRateType(StrEnum):
    """Fixed rate or linked to the Loan Prime Rate."""

    FIXED = "FIXED"
    LPR = "LPR"


class LprTenor(StrEnum):
    """Which LPR a floating loan follows."""

    ONE_YEAR = "ONE_YEAR"
    FIVE_YEAR = "FIVE_YEAR"


class Repricing(StrEnum):
    """When an LPR-linked loan takes the LPR then in force (重定价日): until then it keeps the
    LPR of its drawdown or last repricing."""

    JANUARY_FIRST = "JANUARY_FIRST"
    ANNIVERSARY = "ANNIVERSARY"
    MONTHLY = "MONTHLY"


class BenchmarkKind(StrEnum):
    """A benchmark rate: the Loan Prime Rates (1-year, 5-year and over) and the PBoC deposit
    benchmark rates (demand and time deposits by term)."""

    LPR_1Y = "LPR_1Y"
    LPR_5Y = "LPR_5Y"
    DEPOSIT_DEMAND = "DEPOSIT_DEMAND"
    DEPOSIT_3M = "DEPOSIT_3M"
    DEPOSIT_6M = "DEPOSIT_6M"
    DEPOSIT_1Y = "DEPOSIT_1Y"
    DEPOSIT_2Y = "DEPOSIT_2Y"
    DEPOSIT_3Y = "DEPOSIT_3Y"
    DEPOSIT_5Y = "DEPOSIT_5Y"


class RepaymentMethod(StrEnum):
    """How a loan is repaid."""

    EQUAL_INSTALLMENT = "EQUAL_INSTALLMENT"
    EQUAL_PRINCIPAL = "EQUAL_PRINCIPAL"
    BULLET = "BULLET"
    INTEREST_ONLY = "INTEREST_ONLY"


class CardTier(StrEnum):
    """Credit card tier."""

    CLASSIC = "CLASSIC"
    GOLD = "GOLD"
    PLATINUM = "PLATINUM"
    DIAMOND = "DIAMOND"


class Offering(StrEnum):
    """Public or private offering of a wealth product."""

    PUBLIC = "PUBLIC"
    PRIVATE = "PRIVATE"


class Metal(StrEnum):
    """The precious metal traded."""

    GOLD = "GOLD"
    SILVER = "SILVER"
    PLATINUM = "PLATINUM"


class MetalUnit(StrEnum):
    """Unit of a precious-metal quantity."""

    GRAM = "GRAM"
    OUNCE = "OUNCE"


class DocumentKind(StrEnum):
    """What a product document is."""

    CONTRACT_TEMPLATE = "CONTRACT_TEMPLATE"
    BROCHURE = "BROCHURE"
    PROSPECTUS = "PROSPECTUS"
    RISK_DISCLOSURE = "RISK_DISCLOSURE"
    OTHER = "OTHER"


class ChangeRequestStatus(StrEnum):
    """Where a change request to a live product stands."""

    PENDING = "PENDING"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    CANCELLED = "CANCELLED"
