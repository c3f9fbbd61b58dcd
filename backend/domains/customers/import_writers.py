"""The chunk writers of an import: customers, holdings and transactions (COPY on PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Protocol

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.customers import classification as classification_rules
from backend.domains.customers import models, pii
from backend.domains.customers.enums import (
    CustomerType,
    HoldingStatus,
    IdType,
    LoanClassification,
    TransactionChannel,
    TransactionType,
)
from backend.domains.customers.import_openings import Openings
from backend.domains.customers.import_rows import (
    ImportResult,
    RowInvalid,
    check_required,
    parse_choice,
    parse_date,
    parse_decimal,
    refuse_risk_columns,
)
from backend.domains.customers.service import check_customer, snapshot
from backend.kernel import clock
from backend.kernel.clock import BUSINESS_TZ

#: Queued audit events of changed records appended to the chain once this many wait.
AUDIT_FLUSH_AT = 50_000

#: Numbered rows of a chunk, and the callback that records a rejected row.
Chunk = list[tuple[int, dict[str, Any]]]


class Reject(Protocol):
    """Record a rejected row and every problem found in it."""

    def __call__(self, number: int, /, *problems: RowInvalid) -> None: ...


async def _existing(model: Any, ids: list[str]) -> dict[str, int]:
    rows = await model.filter(external_id__in=ids).values_list("external_id", "id")
    return {ext: pk for ext, pk in rows}


def _as_stored(model: Any, fields: dict[str, Any]) -> dict[str, Any]:
    """Values as the database keeps them (decimals at their column's places), so an audited
    after-image differs from the before-image only where the data really changed."""
    out = dict(fields)
    for name, value in fields.items():
        column = model._meta.fields_map.get(name)
        places = getattr(column, "decimal_places", None)
        if isinstance(value, Decimal) and places is not None:
            out[name] = value.quantize(Decimal(1).scaleb(-places))
    return out


def _imported(after: dict[str, Any], result: ImportResult) -> dict[str, Any]:
    """An audited after-image, naming the import it came from."""
    return {**after, "import": result.source or result.kind.lower()}


async def _audit_changes(
    actor: Actor,
    result: ImportResult,
    entity: str,
    model: Any,
    updates: list[audit.Entry],
    creates: list[tuple[str, dict[str, Any]]],
) -> None:
    """Queue the audit events of every created and changed record of a chunk; they reach the
    chain in the import's transaction (so they commit or roll back with it) at its end, or
    when ``AUDIT_FLUSH_AT`` are waiting — appending takes the chain's lock until commit, so
    it is done as late as memory allows."""
    entries = list(updates)
    if creates:
        ids = await _existing(model, [ext for ext, _ in creates])
        entries += [
            audit.Entry(
                action=f"{entity[0].lower()}{entity[1:]}.create",
                object_type=entity,
                object_id=ids.get(ext),
                after=_imported(after, result),
            )
            for ext, after in creates
        ]
    result.pending_audit += entries
    if len(result.pending_audit) >= AUDIT_FLUSH_AT:
        await flush_audit(actor, result)


async def flush_audit(actor: Actor, result: ImportResult) -> None:
    """Append the queued audit events of changed records to the chain, in batches."""
    result.audited += await audit.record_many(actor=actor, entries=result.pending_audit)
    result.pending_audit = []


def holding_snapshot(holding: models.Holding) -> dict[str, Any]:
    """The audited view of a holding: the card number masked only."""
    return {
        "external_id": holding.external_id,
        "customer_id": holding.customer_id,
        "product_id": holding.product_id,
        "status": holding.status,
        "opened_on": holding.opened_on,
        "principal": holding.principal,
        "balance": holding.balance,
        "currency": holding.currency,
        "rate_at_opening": holding.rate_at_opening,
        "maturity_date": holding.maturity_date,
        "outstanding": holding.outstanding,
        "days_past_due": holding.days_past_due,
        "classification": holding.classification,
        "credit_limit": holding.credit_limit,
        "card_number": holding.card_number_masked,
    }


async def write_customers(
    chunk: Chunk,
    result: ImportResult,
    reject: Reject,
    products: dict[str, int],
    product_family: dict[int, str],
    touched: set[date],
    write: bool,
    actor: Actor,
    openings: Openings,
) -> None:
    refuse_risk_columns(chunk)
    current = {
        c.external_id: c
        for c in await models.Customer.filter(
            external_id__in=[r.get("external_id", "") for _, r in chunk]
        )
    }
    existing = {ext: c.id for ext, c in current.items()}
    updates: list[audit.Entry] = []
    created: list[tuple[str, dict[str, Any]]] = []
    seen_no = dict(
        await models.Customer.filter(
            customer_no__in=[r.get("customer_no", "") for _, r in chunk]
        ).values_list("customer_no", "external_id")
    )
    creates: list[models.Customer] = []
    for number, row in chunk:
        try:
            check_required("CUSTOMERS", row)
            data: dict[str, Any] = {
                "external_id": row["external_id"],
                "customer_no": row["customer_no"],
                "name": row["name"],
                "customer_type": parse_choice(row, "customer_type", CustomerType, required=True),
                "id_type": parse_choice(row, "id_type", IdType) or "ID_CARD",
                "id_number": row["id_number"],
                "phone": row.get("phone") or None,
                "email": row.get("email") or None,
                "occupation": row.get("occupation") or None,
                "province": row.get("province") or None,
                "city": row.get("city") or None,
                "branch": row.get("branch") or None,
                "company_name": row.get("company_name") or None,
                "industry": row.get("industry") or None,
                "annual_income": parse_decimal(row, "annual_income"),
                "gender": (row.get("gender") or "UNKNOWN").upper(),
                "company_size": (row.get("company_size") or "").upper() or None,
                "kyc_status": (row.get("kyc_status") or "PENDING").upper(),
            }
            if row.get("birth_date"):
                data["birth_date"] = parse_date(row, "birth_date")
            if row.get("marketing_consent"):
                data["marketing_consent"] = row["marketing_consent"].lower() in (
                    "1",
                    "true",
                    "yes",
                    "y",
                )
                data["consent_date"] = parse_date(row, "consent_date")
                data["consent_channel"] = (row.get("consent_channel") or "").upper() or None
            if data["gender"] not in ("MALE", "FEMALE", "UNKNOWN"):
                raise RowInvalid(
                    "gender", "INVALID", "One of: {choices}.", choices="MALE, FEMALE, UNKNOWN"
                )
            fields, errors = check_customer(data, creating=True)
            if errors:
                e = errors[0]
                raise RowInvalid(_snake(e.field), e.code.value, e.template, **dict(e.params))
            owner = seen_no.get(fields["customer_no"])
            if owner is not None and owner != fields["external_id"]:
                raise RowInvalid(
                    "customer_no", "DUPLICATE", "Customer number belongs to another external id."
                )
        except (RowInvalid, ValueError) as exc:
            reject(
                number,
                exc if isinstance(exc, RowInvalid) else RowInvalid(None, "INVALID", str(exc)),
            )
            continue
        seen_no[fields["customer_no"]] = fields["external_id"]
        if not write:
            continue
        if fields["external_id"] in existing:
            await models.Customer.filter(id=existing[fields["external_id"]]).update(**fields)
            result.updated += 1
            held = current.get(fields["external_id"])
            if held is not None:
                before = snapshot(held)
                for name, value in _as_stored(models.Customer, fields).items():
                    setattr(held, name, value)
                if (after := snapshot(held)) != before:
                    updates.append(
                        audit.Entry(
                            action="customer.update",
                            object_type="Customer",
                            object_id=held.id,
                            before=before,
                            after=_imported(after, result),
                        )
                    )
        else:
            creates.append(models.Customer(**fields))
            stored = models.Customer(**_as_stored(models.Customer, fields))
            created.append((fields["external_id"], snapshot(stored)))
            existing[fields["external_id"]] = -1
    if creates:
        await models.Customer.bulk_create(creates, batch_size=1000)
        result.inserted += len(creates)
    await _audit_changes(actor, result, "Customer", models.Customer, updates, created)


def _snake(name: str | None) -> str | None:
    if name is None:
        return None
    return "".join("_" + c.lower() if c.isupper() else c for c in name)


async def write_holdings(
    chunk: Chunk,
    result: ImportResult,
    reject: Reject,
    products: dict[str, int],
    product_family: dict[int, str],
    touched: set[date],
    write: bool,
    actor: Actor,
    openings: Openings,
) -> None:
    customers = await _existing(
        models.Customer, [r.get("customer_external_id", "") for _, r in chunk]
    )
    existing_rows = {
        h.external_id: h
        for h in await models.Holding.filter(
            external_id__in=[r.get("external_id", "") for _, r in chunk]
        )
    }
    ring = pii.keyring()
    creates: list[models.Holding] = []
    history: list[tuple[str, str, int, date]] = []
    updates: list[audit.Entry] = []
    created: list[tuple[str, dict[str, Any]]] = []
    for number, row in chunk:
        try:
            check_required("HOLDINGS", row)
            if row["customer_external_id"] not in customers:
                raise RowInvalid(
                    "customer_external_id", "NOT_FOUND", "No customer with this external id."
                )
            product_id = products.get(row["product_code"].upper())
            if product_id is None:
                raise RowInvalid("product_code", "NOT_FOUND", "No product with this code.")
            family = product_family[product_id]
            principal = parse_decimal(row, "principal", required=True)
            balance = parse_decimal(row, "balance")
            classification = parse_choice(row, "classification", LoanClassification)
            if classification and family != "LOAN":
                raise RowInvalid("classification", "INVALID", "Only loans are classified.")
            card = (row.get("card_number") or "").replace(" ", "")
            if card and (not card.isdigit() or not 12 <= len(card) <= 19):
                raise RowInvalid("card_number", "INVALID", "A card number has 12–19 digits.")
            dpd = row.get("days_past_due") or ""
            if dpd and (not dpd.isdigit()):
                raise RowInvalid("days_past_due", "INVALID", "A whole number of days.")
            currency = (row.get("currency") or "").upper() or openings.products[product_id].currency
            if len(currency) != 3 or not currency.isalpha():
                raise RowInvalid("currency", "INVALID", "Unknown ISO 4217 currency code.")
            held = existing_rows.get(row["external_id"])
            if held is not None and not classification:
                classification = held.classification  # a file without the column keeps it
            was = held.classification if held is not None else LoanClassification.NORMAL.value
            if classification and classification != was and not actor.can(perms.LOAN_CLASSIFY):
                raise RowInvalid(
                    "classification",
                    "FORBIDDEN",
                    "Changing a loan's classification needs the loan:classify permission.",
                )
            if classification and (
                problem := classification_rules.below_floor(classification, int(dpd or 0))
            ):
                raise RowInvalid(
                    "classification", problem.code, problem.template, **dict(problem.params)
                )
            fields = {
                "external_id": row["external_id"],
                "customer_id": customers[row["customer_external_id"]],
                "product_id": product_id,
                "family": family,
                "opened_on": parse_date(row, "opened_on", required=True),
                "status": parse_choice(row, "status", HoldingStatus) or "ACTIVE",
                "principal": principal,
                "balance": balance if balance is not None else principal,
                "currency": currency,
                "rate_at_opening": parse_decimal(row, "rate_at_opening", places=4),
                "maturity_date": parse_date(row, "maturity_date"),
                "outstanding": parse_decimal(row, "outstanding"),
                "days_past_due": int(dpd) if dpd else None,
                "classification": classification,
                "credit_limit": parse_decimal(row, "credit_limit"),
                "card_number_enc": ring.encrypt(card) if card else None,
                "card_number_masked": (card[:6] + "*" * (len(card) - 10) + card[-4:])
                if card
                else None,
            }
            assert principal is not None and fields["opened_on"] is not None
        except RowInvalid as exc:
            reject(number, exc)
            continue
        if held is None and (
            problems := openings.check(
                product_id, amount=principal, currency=currency, on_date=fields["opened_on"]
            )
        ):
            reject(number, *problems)
            continue
        if not write:
            continue
        result.product_ids.add(product_id)
        current = existing_rows.get(fields["external_id"])
        if current is not None:
            if classification and classification != current.classification:
                history.append(
                    (
                        fields["external_id"],
                        classification,
                        fields["days_past_due"] or 0,
                        clock.today(),
                    )
                )
            await models.Holding.filter(id=current.id).update(**fields)
            result.updated += 1
            before = holding_snapshot(current)
            for name, value in _as_stored(models.Holding, fields).items():
                setattr(current, name, value)
            if (after := holding_snapshot(current)) != before:
                updates.append(
                    audit.Entry(
                        action="holding.update",
                        object_type="Holding",
                        object_id=current.id,
                        before=before,
                        after=_imported(after, result),
                    )
                )
        else:
            creates.append(models.Holding(**fields))
            stored_holding = models.Holding(**_as_stored(models.Holding, fields))
            created.append((fields["external_id"], holding_snapshot(stored_holding)))
            if classification:
                history.append(
                    (
                        fields["external_id"],
                        classification,
                        fields["days_past_due"] or 0,
                        fields["opened_on"],
                    )
                )
    if creates:
        await models.Holding.bulk_create(creates, batch_size=1000)
        result.inserted += len(creates)
    await _audit_changes(actor, result, "Holding", models.Holding, updates, created)
    if history:
        ids = await _existing(models.Holding, [h[0] for h in history])
        await models.LoanClassificationChange.bulk_create(
            [
                models.LoanClassificationChange(
                    holding_id=ids[ext], classification=c, days_past_due=d, changed_on=on
                )
                for ext, c, d, on in history
            ]
        )


def _moment(row: dict[str, Any]) -> datetime:
    raw = row.get("occurred_at", "")
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        raise RowInvalid(
            "occurred_at", "INVALID", "Times look like 2026-01-31T09:30:00+08:00."
        ) from exc
    if value.tzinfo is None:
        value = value.replace(tzinfo=BUSINESS_TZ)
    return value.astimezone(UTC)


async def write_transactions(
    chunk: Chunk,
    result: ImportResult,
    reject: Reject,
    products: dict[str, int],
    product_family: dict[int, str],
    touched: set[date],
    write: bool,
    actor: Actor,
    openings: Openings,
) -> None:
    ids = [r.get("external_id", "") for _, r in chunk]
    present = set(
        await models.Transaction.filter(external_id__in=ids).values_list("external_id", flat=True)
    )
    customers = await _existing(
        models.Customer, [r.get("customer_external_id", "") for _, r in chunk]
    )
    holdings = await _existing(
        models.Holding,
        [r.get("holding_external_id", "") for _, r in chunk if r.get("holding_external_id")],
    )
    fresh: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, row in chunk:
        try:
            check_required("TRANSACTIONS", row)
            customer_id = customers.get(row["customer_external_id"])
            if customer_id is None:
                raise RowInvalid(
                    "customer_external_id", "NOT_FOUND", "No customer with this external id."
                )
            product_id = products.get(row["product_code"].upper())
            if product_id is None:
                raise RowInvalid("product_code", "NOT_FOUND", "No product with this code.")
            holding_id = None
            if row.get("holding_external_id"):
                holding_id = holdings.get(row["holding_external_id"])
                if holding_id is None:
                    raise RowInvalid(
                        "holding_external_id", "NOT_FOUND", "No holding with this external id."
                    )
            channel = parse_choice(row, "channel", TransactionChannel, required=True)
            type_ = parse_choice(row, "type", TransactionType, required=True)
            amount = parse_decimal(row, "amount", required=True)
            assert amount is not None
            if amount <= 0:
                raise RowInvalid("amount", "INVALID", "Amount must be greater than zero.")
            occurred = _moment(row)
            country = (row.get("counterparty_country") or "").upper() or None
            if country and (len(country) != 2 or not country.isalpha()):
                raise RowInvalid("counterparty_country", "INVALID", "A two-letter ISO 3166 code.")
            mcc = row.get("merchant_category") or None
            if mcc and (len(mcc) != 4 or not mcc.isdigit()):
                raise RowInvalid(
                    "merchant_category", "INVALID", "A four-digit merchant category code."
                )
        except RowInvalid as exc:
            reject(number, exc)
            continue
        ext = row["external_id"]
        if ext in present or ext in seen:
            result.unchanged += 1
            continue
        seen.add(ext)
        business_date = occurred.astimezone(BUSINESS_TZ).date()
        fresh.append(
            {
                "external_id": ext,
                "customer_id": customer_id,
                "holding_id": holding_id,
                "product_id": product_id,
                "channel": channel,
                "type": type_,
                "amount": amount,
                "currency": (row.get("currency") or "CNY").upper()[:3],
                "occurred_at": occurred,
                "business_date": business_date,
                "counterparty_country": country,
                "merchant_category": mcc,
            }
        )
    if not write or not fresh:
        return
    touched.update(r["business_date"] for r in fresh)
    result.product_ids.update(r["product_id"] for r in fresh)
    if db.is_postgres():
        await _copy_transactions(fresh)
    else:
        await _insert_transactions(fresh)
    result.inserted += len(fresh)


TX_COLUMNS = (
    "external_id",
    "customer_id",
    "holding_id",
    "product_id",
    "channel",
    "type",
    "amount",
    "currency",
    "occurred_at",
    "business_date",
    "counterparty_country",
    "merchant_category",
)


async def _insert_transactions(rows: list[dict[str, Any]]) -> None:
    """SQLite path: one prepared INSERT for all rows, values converted by the model's own
    fields (building a model object per row costs more than the insert itself)."""
    meta = models.Transaction._meta
    converters: list[Any] = []
    for name in TX_COLUMNS:
        fld = meta.fields_map.get(name)
        if fld is None or name in ("customer_id", "holding_id", "product_id"):
            converters.append(None)
        else:
            converters.append(fld)
    sql = (
        f"INSERT INTO customers_transaction ({', '.join(TX_COLUMNS)}) "
        f"VALUES ({', '.join('?' for _ in TX_COLUMNS)})"
    )
    values = [
        [
            r[name] if f is None else f.to_db_value(r[name], models.Transaction)
            for name, f in zip(TX_COLUMNS, converters, strict=True)
        ]
        for r in rows
    ]
    await db.connection().execute_many(sql, values)


async def _copy_transactions(rows: list[dict[str, Any]]) -> None:
    """PostgreSQL fast path: COPY the rows in binary form on the transaction's connection."""
    conn = db.connection()
    async with conn.acquire_connection() as raw:
        await raw.copy_records_to_table(
            "customers_transaction",
            records=[tuple(r[c] for c in TX_COLUMNS) for r in rows],
            columns=list(TX_COLUMNS),
        )


#: The chunk writer of each kind.
WRITERS = {
    "CUSTOMERS": write_customers,
    "HOLDINGS": write_holdings,
    "TRANSACTIONS": write_transactions,
}
