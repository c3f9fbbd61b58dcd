"""Chinese messages of benchmark rates (``benchmarks``) and LPR repricing."""

from __future__ import annotations

ZH: dict[str, str] = {
    "No {kind} benchmark rate is in force on {day}.": "{day} 没有生效的 {kind} 基准利率。",
    "Unknown benchmark rate kind.": "未知的基准利率类型。",
    "A benchmark rate is a percentage from 0 to {max}, with at most {places} decimals.": (
        "基准利率为百分比，须在 0 到 {max} 之间，最多 {places} 位小数。"
    ),
    "The LPR is announced and takes effect on the 20th (the next business day when the 20th "
    "is a weekend): in that month {day}.": (
        "LPR 于每月 20 日公布并生效（遇周末顺延至下一工作日），该月应为 {day}。"
    ),
    "A rate cannot take effect before it is announced.": "利率不能早于公布日生效。",
    "The LPR takes effect on the day it is announced.": "LPR 于公布当日生效。",
    "No such benchmark rate.": "基准利率记录不存在。",
    "Someone else entered the same benchmark rate meanwhile; reload.": (
        "他人刚刚录入了相同的基准利率，请刷新后重试。"
    ),
    "The spread must be between {min} and {max} basis points.": (
        "加点须在 {min} 到 {max} 个基点之间。"
    ),
    "The end lies before the drawdown.": "截止日不能早于放款日。",
    "Ask for at most {years} years of history.": "最多查询 {years} 年的利率历史。",
}
