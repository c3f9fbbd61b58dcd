"""Resolve the products, users and references that customer-domain types point at."""

from __future__ import annotations

import strawberry

from backend.graphql_core.types import pk_of
from backend.schema.auth.users import User
from backend.schema.products.loaders import ProductByIdLoader
from backend.schema.products.types import Product


async def load_product(info: strawberry.Info, product_id: int | None) -> Product | None:
    """The product with this id as a GraphQL type (None for no id or no such product)."""
    if product_id is None:
        return None
    product = await info.context.loaders.get(ProductByIdLoader).load(product_id)
    return Product.from_model(product) if product else None


async def load_user(info: strawberry.Info, user_id: int | None) -> User | None:
    """The user with this id as a GraphQL type (None for no id or no such user)."""
    if user_id is None:
        return None
    user = await info.context.loaders.user_by_id.load(user_id)
    return User.from_model(user) if user else None


#: Stands for an ID that does not decode to the expected type: it names no row.
NO_ROW = 0


def ref_pk(global_id: strawberry.ID | None, type_name: str) -> int | None:
    """The primary key an optional reference names (NO_ROW when it names nothing)."""
    if global_id is None:
        return None
    pk = pk_of(global_id, type_name)
    return NO_ROW if pk is None else pk
