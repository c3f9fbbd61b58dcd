"""Thin GraphQL resolvers of customers, holdings, transactions and data import."""

from __future__ import annotations

import strawberry


@strawberry.type
class CustomerQuery:
    pass


@strawberry.type
class CustomerMutation:
    pass
