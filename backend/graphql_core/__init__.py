"""GraphQL helpers every domain's schema and resolvers share, below the resolvers.

- ``types``: Node, connections, page info, ``UserError``, order direction, global IDs.
- ``pagination``: Relay paging over a query set.
- ``mutation``: the mutation runner (service errors → payload errors, refusals audited).
- ``permissions``: deny-by-default field policies (``requires``, ``signed_in``, ``public``).

Nothing here holds a business rule; ``backend/api/`` (the app shell) builds on this package,
never the other way round.
"""
