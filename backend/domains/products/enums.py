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
    ProductFamily.DEPOSIT: (ProductSubtype.DEMAND, ProductSubtype.TIME, ProductSubtype.LARGE_CD),
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


class InterestPayment(StrEnum):
    """When deposit interest is paid."""

    AT_MATURITY = "AT_MATURITY"
    MONTHLY = "MONTHLY"
    QUARTERLY = "QUARTERLY"


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
