"""Domain events between domains: what happened, told to whoever reacts, after commit.

A domain that changed something calls ``await emit(HOLDINGS_CHANGED, product_ids=[...])``
after its transaction committed. Handlers of other domains registered with ``@on(topic)`` run
at once, in the same request, in registration order — so "re-evaluated before the call
returns" holds — and a failing handler is logged and counted, never undoing the change that
already committed. The emitting domain imports nothing of the reacting one.

Before some changes a domain asks instead: ``await objections(PRODUCT_RESUMING, product_id=7)``
collects the reasons against the change from checks other domains registered with
``@objects_to(topic)`` (monitoring: "the alert that suspended it is still open"), so a rule
of one domain guards another's change without an import between them.

Handler modules are listed in ``HANDLER_MODULES`` and imported on first use, so a CLI command,
a test or the app each get the same reactions without wiring them up. Cross-instance fan-out
to subscribers (GraphQL subscriptions on every API instance) is ``backend.events``'s job.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger("bankpm.domain_events")

#: Holdings were created, changed or reclassified: ``product_ids``, optional ``dates``.
HOLDINGS_CHANGED = "holdings.changed"
#: Transactions were imported or ingested: ``product_ids``, ``dates`` (business dates).
TRANSACTIONS_IMPORTED = "transactions.imported"
#: Customer feedback arrived or changed: ``product_ids``, ``dates``.
FEEDBACK_CHANGED = "feedback.changed"
#: A product's lifecycle status changed: ``product_id``, ``old``, ``new``.
PRODUCT_STATUS_CHANGED = "product.status_changed"
#: Asked before a risk-suspended product is resumed (objections): ``product_id``.
PRODUCT_RESUMING = "product.resuming"
#: Customer data was read (viewed, listed, exported): ``actor_key``, ``actor_type``,
#: ``actor_id``, ``actor_name``, ``kind``, ``count`` (customers in this read), ``at``.
CUSTOMERS_ACCESSED = "customers.accessed"
#: A user went past the hourly limit of exact searches by personal data (phone, ID number):
#: ``actor_key``, ``actor_type``, ``actor_id``, ``actor_name``, ``count``, ``limit``, ``at``.
PII_SEARCH_LIMITED = "customers.pii_search_limited"

#: Modules whose import registers handlers (one per reacting domain).
HANDLER_MODULES = ("backend.domains.monitoring.handlers",)

Handler = Callable[..., Awaitable[None]]
#: Answers a question before a change: the reasons against it (empty when none).
Check = Callable[..., Awaitable[list[Any]]]
_handlers: dict[str, list[Handler]] = {}
_checks: dict[str, list[Check]] = {}
_loaded = False
_failures = 0


def on(topic: str) -> Callable[[Handler], Handler]:
    """Register an async handler for a topic (called with the event's keyword arguments)."""

    def register(handler: Handler) -> Handler:
        _handlers.setdefault(topic, []).append(handler)
        return handler

    return register


def objects_to(topic: str) -> Callable[[Check], Check]:
    """Register an async check asked before a change (returns FieldErrors against it)."""

    def register(check: Check) -> Check:
        _checks.setdefault(topic, []).append(check)
        return check

    return register


async def objections(topic: str, **payload: Any) -> list[Any]:
    """Ask every check of the topic before the change; their reasons against it, in order.
    Unlike ``emit`` a failing check is not swallowed: a change is never made unchecked."""
    _load()
    found: list[Any] = []
    for check in _checks.get(topic, []):
        found += await check(**payload)
    return found


def _load() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        for name in HANDLER_MODULES:
            importlib.import_module(name)


async def emit(topic: str, **payload: Any) -> None:
    """Run every handler of the topic now; call only after the change has committed."""
    global _failures
    _load()
    for handler in _handlers.get(topic, []):
        try:
            await handler(**payload)
        except Exception:
            _failures += 1
            log.exception("handler %s of %s failed", handler.__qualname__, topic)


def failures() -> int:
    """How many handler runs raised since start (also on /metrics)."""
    return _failures
