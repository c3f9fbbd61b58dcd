"""Exact search by personal data (phone, ID number): permitted, explained, counted, limited.

A blind-index filter answers "is there a customer with this phone?" for any guess, so the
masked ``158****9127`` beside 10⁴ guesses would give the number back. Every exact search by
phone or ID number — in the customer list, the export, anywhere a customer filter goes —
passes ``authorise`` first: it needs ``customer:read_pii`` and a reason, is written to the
audit trail like a reveal (``customer.piiSearch``, the values masked), and one user may make
at most ``pii.search_limit()`` of them per rolling hour (``BANKPM_PII_SEARCH_PER_HOUR``,
default 20). A search past the limit is refused (``PII_SEARCH_LIMIT_REACHED``, recorded as a
refusal — bounded per user and minute, ``audit.refusals``) and tells monitoring
(``customers.pii_search_limited``), which raises an access alert.
"""

from __future__ import annotations

from datetime import timedelta

from backend import db
from backend.actor import Actor
from backend.domains.audit import access as audit_access
from backend.domains.audit import service as audit
from backend.domains.audit.enums import AuditOutcome
from backend.domains.auth import permissions as perms
from backend.domains.customers import pii
from backend.domains.customers.errors import CustomerErrorCode
from backend.errors import DomainError, FieldError
from backend.kernel import clock, events
from backend.kernel.guards import require

ACTION = "customer.piiSearch"
WINDOW = timedelta(hours=1)
#: Shortest reason accepted (as for a reveal).
MIN_REASON = 4


async def authorise(
    *, id_number: str | None, phone: str | None, reason: str | None, actor: Actor, through: str
) -> None:
    """Let an exact search by phone or ID number run, or refuse it; audited either way past
    the permission and reason checks. A search by neither passes untouched."""
    if not id_number and not phone:
        return
    require(actor, perms.CUSTOMER_PII)
    reason = (reason or "").strip()
    if len(reason) < MIN_REASON:
        raise DomainError.single(
            CustomerErrorCode.PII_SEARCH_REASON_REQUIRED,
            "Say why you search by phone or ID number.",
            "reason",
        )
    searched = {
        **({"id_number": pii.mask_id(id_number)} if id_number else {}),
        **({"phone": pii.mask_phone(phone)} if phone else {}),
    }
    limit = pii.search_limit()
    now = clock.now()
    async with db.transaction():
        # the chain's lock makes count-then-append one step across instances
        await audit.lock_chain()
        used = await audit.count_recent(
            actor=actor, action=ACTION, since=now - WINDOW, outcome=AuditOutcome.SUCCESS
        )
        if used < limit:
            await audit.record(
                actor=actor,
                action=ACTION,
                object_type="Customer",
                after={
                    "fields": sorted(searched),
                    "searched": searched,
                    "reason": reason,
                    "through": through,
                    "used": used + 1,
                    "limit": limit,
                },
            )
            return
    # Past the limit: refused. The refusal is recorded like every other one (bounded per user
    # and minute, so guessing on cannot fill the audit trail) and monitoring raises an alert.
    await events.emit(
        events.PII_SEARCH_LIMITED,
        actor_key=audit_access.actor_key(actor),
        actor_type=actor.type.value,
        actor_id=actor.id,
        actor_name=actor.name,
        count=used + 1,
        limit=limit,
        at=now,
    )
    raise DomainError(
        FieldError(
            CustomerErrorCode.PII_SEARCH_LIMIT_REACHED,
            "You made {limit} searches by phone or ID number within the hour; try again later.",
            "filter",
            (("limit", limit),),
        )
    )
