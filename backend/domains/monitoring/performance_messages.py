"""Chinese translations of performance and reference-data messages, keyed by the English."""

ZH: dict[str, str] = {
    # shared validation
    "This field is required.": "此项必填。",
    "Give a number.": "请填写数字。",
    "Give a date.": "请填写日期。",
    "Give a text.": "请填写文本。",
    "At most {max} characters.": "最多 {max} 个字符。",
    "Amount must not be negative.": "金额不能为负数。",
    "Amounts have at most 2 decimal places.": "金额最多 2 位小数。",
    "The amount is too large.": "金额过大。",
    "Rate must be between {min} % and {max} %.": "利率须在 {min}% 与 {max}% 之间。",
    "Rates have at most 4 decimal places.": "利率最多 4 位小数。",
    "Give the first day of a month.": "请填写月份的第一天（如 2026-05-01）。",
    "Unknown product family.": "未知的产品类别。",
    "Unknown ISO 4217 currency code.": "未知的 ISO 4217 币种代码。",
    "Subtype {subtype} does not belong to family {family}.": "子类 {subtype} 不属于 {family} 类产品。",
    "No such product.": "产品不存在。",
    "You do not have the '{permission}' permission.": "您没有“{permission}”权限。",
    # product costs
    "Unknown cost category.": "未知的成本类别。",
    "A {category} cost of this product for {month} is already recorded; update it.": (
        "该产品 {month} 的 {category} 成本已录入，请修改原记录。"
    ),
    "No such cost entry.": "成本记录不存在。",
    # transfer rates and market totals
    "Someone else entered the same rate meanwhile; reload.": "他人刚刚录入了相同的利率，请刷新后重试。",
    "No such transfer rate.": "内部资金转移价格记录不存在。",
    "Someone else entered the same total meanwhile; reload.": "他人刚刚录入了相同的市场总量，请刷新后重试。",
    "No such market total.": "市场总量记录不存在。",
    # competitor rates
    "A term is 1 to {max} months.": "期限须为 1 到 {max} 个月。",
    "The observation date cannot be in the future.": "采集日期不能晚于今天。",
    "This competitor's rate for the same kind, term and day is already recorded.": (
        "该同业机构同类产品、同期限、同一采集日期的利率已录入。"
    ),
    "No such competitor rate.": "同业利率记录不存在。",
    # performance evaluation
    "The end date must not be before the start date.": "结束日期不能早于开始日期。",
    "A period is at most {max} days.": "统计期间最长 {max} 天。",
    "No transfer rate for {currency} is in force on {day}: the interest margin, revenue and profit are not computed.": (
        "{day} 没有生效的 {currency} 内部资金转移价格（FTP），未计算净利息收入、收入和利润。"
    ),
    "Neither the holdings nor the product give a customer rate: the interest margin, revenue and profit are not computed.": (
        "持仓和产品均未提供客户利率，未计算净利息收入、收入和利润。"
    ),
    "No daily balances were recorded in the period: the average balance is today's balance of the active holdings.": (
        "期间内没有每日余额记录，日均余额以当前有效持仓余额估算。"
    ),
    "No holding records its rate: the product's headline rate stands in for the customer rate.": (
        "持仓未记录利率，以产品挂牌利率代替客户平均利率。"
    ),
    "No market total is entered for {family} in {month}.": "尚未录入 {family} 类产品 {month} 的市场总量。",
}
