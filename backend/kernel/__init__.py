"""The kernel: rules every domain shares, written once.

- ``clock``: the business clock (Asia/Shanghai business date, end of business day), pinnable.
- ``money``: Decimal quantisation and the one rounding rule per purpose.
- ``fx``: currency conversion from a rates table.
- ``guards``: ``require(actor, permission)`` and ``raise_if(errors)``.
- ``versioning``: ``versioned_update`` for optimistic concurrency.
- ``events``: domain events dispatched synchronously after commit to other domains' handlers.

The kernel imports no domain; every domain may import the kernel.
"""
