"""GraphQL root fields of the products domain: products, lifecycle, change requests,
documents, the public catalog, the calculator, exchange rates and benchmark rates."""

from __future__ import annotations

import strawberry

from backend.resolvers.products.benchmarks import (
    BenchmarkRateListQuery,
    BenchmarkRateMutation,
    BenchmarkRateQuery,
)
from backend.resolvers.products.calculators import CalculatorQuery
from backend.resolvers.products.catalog import CatalogQuery
from backend.resolvers.products.change_requests import ChangeRequestMutation, ChangeRequestQuery
from backend.resolvers.products.documents import DocumentMutation
from backend.resolvers.products.fx_rates import FxRateMutation, FxRateQuery
from backend.resolvers.products.lifecycle import LifecycleMutation
from backend.resolvers.products.products import ProductsMutation, ProductsQuery


@strawberry.type
class ProductQuery(
    ProductsQuery,
    ChangeRequestQuery,
    CatalogQuery,
    CalculatorQuery,
    FxRateQuery,  # type: ignore[misc]
    BenchmarkRateListQuery,  # type: ignore[misc]
    BenchmarkRateQuery,
):
    pass


@strawberry.type
class ProductMutation(
    ProductsMutation,
    LifecycleMutation,
    ChangeRequestMutation,
    DocumentMutation,
    FxRateMutation,  # type: ignore[misc]
    BenchmarkRateMutation,  # type: ignore[misc]
):
    pass
