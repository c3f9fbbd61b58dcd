"""The built-in segments shipped with the system (seeded by ``segments.seed_defaults``)."""

from __future__ import annotations

from typing import Any

#: Occupations counted as office jobs (白领) by the young-professionals segment.
OFFICE_OCCUPATIONS = [
    "职员",
    "公司职员",
    "白领",
    "工程师",
    "软件工程师",
    "程序员",
    "设计师",
    "会计",
    "律师",
    "教师",
    "医生",
    "护士",
    "公务员",
    "销售",
    "经理",
    "金融从业者",
    "咨询顾问",
]


BUILT_INS: list[dict[str, Any]] = [
    {
        "code": "YOUNG_PROFESSIONALS",
        "name": "年轻上班族",
        "description": "22–35 岁个人客户，有代发工资入账或从事办公室工作。"
        " Individuals aged 22–35 with salary inflows or an office job.",
        "rule": {
            "op": "AND",
            "args": [
                {"field": "age", "cmp": "BETWEEN", "value": [22, 35]},
                {"field": "customer_type", "cmp": "EQ", "value": "INDIVIDUAL"},
                {
                    "op": "OR",
                    "args": [
                        {
                            "field": "tx_count",
                            "type": "SALARY",
                            "window_days": 90,
                            "cmp": "GTE",
                            "value": 1,
                        },
                        {"field": "occupation", "cmp": "IN", "value": OFFICE_OCCUPATIONS},
                    ],
                },
            ],
        },
    },
    {
        "code": "RETIREES",
        "name": "退休人员",
        "description": "60 岁及以上或职业为退休。 Aged 60 or more, or retired.",
        "rule": {
            "op": "OR",
            "args": [
                {"field": "age", "cmp": "GTE", "value": 60},
                {"field": "occupation", "cmp": "EQ", "value": "退休"},
            ],
        },
    },
    {
        "code": "BUSINESS_OWNERS",
        "name": "企业主",
        "description": "对公客户，或职业为企业主、个体工商户。"
        " Corporate customers, business owners and sole proprietors.",
        "rule": {
            "op": "OR",
            "args": [
                {"field": "customer_type", "cmp": "EQ", "value": "CORPORATE"},
                {"field": "occupation", "cmp": "IN", "value": ["企业主", "个体工商户"]},
            ],
        },
    },
    {
        "code": "HIGH_NET_WORTH",
        "name": "高净值客户",
        "description": "金融资产（AUM）不低于 600 万元。 Assets under management of ¥6,000,000 or more.",
        "rule": {"field": "aum", "cmp": "GTE", "value": 6000000},
    },
    {
        "code": "MIDDLE_HIGH_INCOME",
        "name": "中高收入人群",
        "description": "年收入不低于 20 万元。 Annual income of ¥200,000 or more.",
        "rule": {"field": "annual_income", "cmp": "GTE", "value": 200000},
    },
]
