"""Model fields that read the business clock instead of the wall clock."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise import fields, timezone

from backend.kernel import clock


class ClockDatetimeField(fields.DatetimeField[datetime]):
    """A ``DatetimeField`` whose ``auto_now``/``auto_now_add`` stamp comes from the kernel clock.

    Same column and same description as Tortoise's field (so no migration), but a pinned clock
    (tests, drills) stamps ``created_at``/``updated_at`` at the pinned instant, as every other
    "now" in the code.
    """

    def to_db_value(self, value: Any, instance: Any) -> Any:
        if hasattr(instance, "_saved_in_db") and (
            self.auto_now
            or (self.auto_now_add and getattr(instance, self.model_field_name) is None)
        ):
            stamp: datetime = timezone.localtime(clock.now())
            setattr(instance, self.model_field_name, self.to_python_value(stamp))
            return stamp
        return super().to_db_value(value, instance)
