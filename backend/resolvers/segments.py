"""Thin GraphQL resolvers of segmentation, needs mining and recommendations."""

from __future__ import annotations

import strawberry


@strawberry.type
class SegmentQuery:
    pass


@strawberry.type
class SegmentMutation:
    pass
