"""Typed errors shared by every domain.

Services raise ``DomainError`` for expected failures (bad input, conflicts, missing objects);
the GraphQL layer turns it into payload ``errors``. Missing sign-in or permission are
top-level GraphQL errors raised by ``backend.graphql_core.permissions``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ErrorCode(StrEnum):
    """Why an operation was refused: the generic codes every domain uses.

    A domain adds its specific codes in ``domains/<d>/errors.py`` (``ProductErrorCode``...);
    the API's ``ErrorCode`` enum is the union of these and those.
    """

    INVALID = "INVALID"
    REQUIRED = "REQUIRED"
    NOT_FOUND = "NOT_FOUND"
    CONFLICT = "CONFLICT"
    DUPLICATE = "DUPLICATE"
    FORBIDDEN = "FORBIDDEN"
    SAME_MAKER_CHECKER = "SAME_MAKER_CHECKER"
    """The checker is the maker (who submitted, requested or edited what is to be approved):
    products, product change requests, risk-rule changes and role grants alike."""
    FX_RATE_MISSING = "FX_RATE_MISSING"
    """No exchange rate of the currency is in force on the day (never converted at 1)."""
    BENCHMARK_RATE_MISSING = "BENCHMARK_RATE_MISSING"
    """No benchmark rate (LPR, deposit benchmark) of the kind is in force on the day."""


@dataclass(frozen=True)
class FieldError:
    """One problem with the input: which field, what kind, and a human message.

    ``template`` is an English message with ``{name}`` placeholders filled from ``params``;
    it is also the key of its translations in ``backend/i18n.py``. Use ``render()`` to read it.
    """

    code: ErrorCode | StrEnum
    template: str
    field: str | None = None
    params: tuple[tuple[str, str | int], ...] = ()

    def render(self, locale: str = "en") -> str:
        """Return the message in the given locale (English when no translation exists)."""
        from backend.i18n import translate

        return translate(self.template, locale, **dict(self.params))


class DomainError(Exception):
    """An expected failure: nothing was written and the caller gets ``errors``."""

    def __init__(self, *errors: FieldError) -> None:
        super().__init__("; ".join(e.render() for e in errors))
        self.errors = list(errors)

    @classmethod
    def single(
        cls,
        code: ErrorCode | StrEnum,
        message: str,
        field: str | None = None,
        /,
        **params: str | int,
    ) -> DomainError:
        """Build an error with one entry."""
        return cls(FieldError(code, message, field, tuple(params.items())))
