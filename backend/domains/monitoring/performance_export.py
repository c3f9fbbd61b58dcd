"""The product performance table as a CSV or XLSX file (one row per product, bilingual
headers); every export is audited with its filter and row count."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from backend import db
from backend.actor import Actor
from backend.domains.audit import service as audit
from backend.domains.auth import permissions as perms
from backend.domains.monitoring.performance import ProductPerformance, evaluate
from backend.kernel.guards import require

#: The export's columns: (Chinese, English) header and how to read the value from a row.
EXPORT_COLUMNS: list[tuple[str, str, str]] = [
    ("产品代码", "Product code", "code"),
    ("产品名称", "Product name", "name"),
    ("产品类别", "Family", "family"),
    ("币种", "Currency", "currency"),
    ("期间开始", "Period start", "start"),
    ("期间结束", "Period end", "end"),
    ("日均余额", "Average balance", "average_balance"),
    ("余额为估算", "Balance estimated", "balance_estimated"),
    ("客户平均利率(%)", "Customer rate (%)", "customer_rate"),
    ("内部资金转移价格(%)", "Transfer rate (%)", "transfer_rate"),
    ("净利息收入", "Net interest margin", "interest_margin"),
    ("手续费收入", "Fee income", "fee_income"),
    ("收入", "Revenue", "revenue"),
    ("成本", "Costs", "costs"),
    ("利润", "Profit", "profit"),
    ("余额增长(%)", "Balance growth (%)", "balance_growth"),
    ("新增销售额", "New sales", "new_sales"),
    ("上期新增销售额", "Previous new sales", "previous_new_sales"),
    ("新增销售增长(%)", "New sales growth (%)", "new_sales_growth"),
    ("行内同类占比(%)", "Share of family (%)", "family_share"),
    ("市场份额(%)", "Market share (%)", "market_share"),
    ("平均评分", "Average rating", "average_rating"),
    ("满意率(%)", "Satisfied share (%)", "satisfied_share"),
    ("净推荐值", "NPS", "nps"),
    ("类内排名", "Rank in family", "rank"),
]


def export_headers() -> list[str]:
    """The header row: each column's Chinese and English name."""
    return [f"{zh} {en}" for zh, en, _ in EXPORT_COLUMNS]


def export_values(row: ProductPerformance, locale: str = "en") -> list[Any]:
    """One product's cells, in column order (None where a figure is not known)."""
    name = row.product.name_zh if locale.startswith("zh") else row.product.name_en
    values: dict[str, Any] = {
        "code": row.product.code,
        "name": name,
        "family": row.family,
        "currency": row.currency,
        "start": row.start,
        "end": row.end,
        "balance_estimated": "Y" if row.balance_estimated else "N",
    }
    return [values[key] if key in values else getattr(row, key) for _zh, _en, key in EXPORT_COLUMNS]


def to_csv(rows: Sequence[ProductPerformance], locale: str = "en") -> bytes:
    """The rows as UTF-8 CSV with a byte-order mark (so spreadsheet programs read Chinese)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(export_headers())
    for row in rows:
        writer.writerow(
            [
                "" if v is None else v.isoformat() if isinstance(v, date) else str(v)
                for v in export_values(row, locale)
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(rows: Sequence[ProductPerformance], locale: str = "en") -> bytes:
    """The rows as an XLSX workbook of one sheet; figures are numbers, dates are dates."""
    from openpyxl import Workbook  # heavy; loaded on the first export only

    book = Workbook()
    sheet = book.active
    sheet.title = "产品绩效 Performance"
    sheet.append(export_headers())
    for row in rows:
        sheet.append(export_values(row, locale))
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_filename(start: date, end: date, extension: str) -> str:
    """The export's file name for a period."""
    return f"product-performance-{start.isoformat()}-{end.isoformat()}.{extension}"


async def export(
    *,
    start: date,
    end: date,
    family: str | None,
    product_ids: Sequence[int] | None,
    fmt: str,
    locale: str,
    actor: Actor,
) -> tuple[str, bytes, int]:
    """The performance table over a period as a CSV or XLSX file, recorded in the audit trail
    with its filter and row count (``productPerformance.export``); returns file name, content
    and the number of rows."""
    require(actor, perms.REPORT_READ)
    rows = await evaluate(start=start, end=end, family=family, product_ids=product_ids)
    if fmt == "XLSX":
        content, extension = to_xlsx(rows, locale), "xlsx"
    else:
        content, extension = to_csv(rows, locale), "csv"
    async with db.transaction():
        await audit.record(
            actor=actor,
            action="productPerformance.export",
            object_type="ProductPerformance",
            after={
                "count": len(rows),
                "format": fmt,
                "filter": {
                    "start": start,
                    "end": end,
                    "family": family,
                    "product_ids": sorted(product_ids) if product_ids else None,
                },
            },
        )
    return export_filename(start, end, extension), content, len(rows)
