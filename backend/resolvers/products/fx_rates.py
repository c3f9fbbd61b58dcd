"""Exchange rates: the paged list and its audited mutations (one reference table)."""

from __future__ import annotations

from backend.domains.auth import permissions as perms
from backend.domains.products import fx_rates
from backend.graphql_core.reference import Argument, Delete, Write, reference_fields
from backend.schema.products.fx_rates import (
    FxRate,
    FxRateDeletePayload,
    FxRateInput,
    FxRatePayload,
)

FxRateQuery, FxRateMutation = reference_fields(
    entity="fxRate",
    node=FxRate,
    read_permission=perms.PRODUCT_READ,
    write_permission=perms.FX_RATE_WRITE,
    list_description="Exchange rates (CNY per unit) by currency, the newest first within each.",
    filters=[Argument("currency", str | None, "Only this ISO 4217 currency.")],
    query=lambda currency: fx_rates.fx_rates_query(currency=currency),
    payload=FxRatePayload,
    delete_payload=FxRateDeletePayload,
    writes=[
        Write(
            "set",
            "Set a currency's exchange rate from a date (audited); setting the same currency "
            "and date again corrects that entry.",
            FxRateInput,
            fx_rates.set_fx_rate,
        )
    ],
    delete=Delete(
        "Delete an exchange rate entry (audited).",
        lambda pk, **kw: fx_rates.delete_fx_rate(rate_id=pk, **kw),
    ),
)
