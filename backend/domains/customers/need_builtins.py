"""The need rules every installation starts with (seeded by ``needs.seed_defaults``)."""

from __future__ import annotations

from typing import Any

#: The rules every installation starts with (by code; edits made later are kept).
DEFAULT_RULES: list[dict[str, Any]] = [
    {
        "code": "CROSS_BORDER_FINANCE",
        "name": "跨境金融需求",
        "description": "90 天内跨境交易不少于 3 笔且未持有外汇产品。"
        " At least 3 cross-border transactions in 90 days and no FX product.",
        "condition": {
            "op": "AND",
            "args": [
                {
                    "field": "cross_border_count",
                    "window_days": 90,
                    "cmp": "GTE",
                    "value": 3,
                    "as": "crossBorderCount",
                },
                {
                    "op": "NOT",
                    "args": [
                        {"field": "holds_family", "cmp": "EQ", "value": "FX", "as": "fxHoldings"}
                    ],
                },
            ],
        },
        "suggest_families": ["FX"],
        "suggest_subtypes": ["STRUCTURED_DEPOSIT"],
    },
    {
        "code": "IDLE_BALANCE",
        "name": "闲置资金理财需求",
        "description": "活期余额不少于 5 万元且 90 天内无 1 万元以上的取款、转出或购买。"
        " A demand balance of ¥50,000 or more and no withdrawal, transfer out or purchase"
        " above ¥10,000 in 90 days.",
        "condition": {
            "op": "AND",
            "args": [
                {
                    "field": "holds_subtype",
                    "cmp": "EQ",
                    "value": "DEMAND",
                    "min_balance": 50000,
                    "as": "demandBalance",
                },
                {
                    "field": "tx_count",
                    "window_days": 90,
                    "type": ["WITHDRAWAL", "TRANSFER_OUT", "PURCHASE"],
                    "min_amount": 10000,
                    "cmp": "EQ",
                    "value": 0,
                    "as": "largeOutflows",
                },
            ],
        },
        "suggest_families": [],
        "suggest_subtypes": ["TIME", "LARGE_CD", "MONEY_MARKET", "BOND"],
    },
    {
        "code": "CREDIT_CARD",
        "name": "信用卡需求",
        "description": "近 3 个月每月都有代发工资入账，22–35 岁，未持有信用卡。"
        " Salary inflows in each of the last 3 months, aged 22–35, no credit card.",
        "condition": {
            "op": "AND",
            "args": [
                {
                    "field": "tx_months",
                    "type": "SALARY",
                    "months": 3,
                    "cmp": "GTE",
                    "value": 3,
                    "as": "salaryMonths",
                },
                {"field": "age", "cmp": "BETWEEN", "value": [22, 35]},
                {
                    "op": "NOT",
                    "args": [
                        {
                            "field": "holds_family",
                            "cmp": "EQ",
                            "value": "CREDIT_CARD",
                            "as": "creditCards",
                        }
                    ],
                },
            ],
        },
        "suggest_families": ["CREDIT_CARD"],
        "suggest_subtypes": [],
    },
    {
        "code": "MORTGAGE_PROTECTION",
        "name": "房贷客户保障需求",
        "description": "持有住房按揭贷款，适合稳健理财与定期存款组合。"
        " Mortgage holders: a bond-fund and time-deposit bundle.",
        "condition": {
            "field": "holds_subtype",
            "cmp": "EQ",
            "value": "MORTGAGE",
            "as": "mortgages",
        },
        "suggest_families": [],
        "suggest_subtypes": ["BOND", "TIME"],
    },
]
