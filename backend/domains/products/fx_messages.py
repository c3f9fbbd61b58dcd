"""Chinese messages of exchange rates (``fx_rates``) and conversions (``kernel.fx``)."""

from __future__ import annotations

ZH: dict[str, str] = {
    "No exchange rate for {currency} is in force on {day}.": "{day} 没有生效的 {currency} 汇率。",
    "A rate is CNY per unit, above 0 and at most {max}, with at most {places} decimals.": (
        "汇率为每单位外币折合的人民币金额，须大于 0、不超过 {max}，最多 {places} 位小数。"
    ),
    "CNY is the base currency: its rate is always 1.": "人民币为本位币，汇率恒为 1。",
    "No such exchange rate.": "汇率记录不存在。",
    "Give a date.": "请填写日期。",
    "Someone else entered the same exchange rate meanwhile; reload.": "他人刚刚录入了相同的汇率，请刷新后重试。",
}
