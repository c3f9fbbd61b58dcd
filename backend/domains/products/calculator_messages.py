"""Chinese translations of the product calculator's messages (keyed by the English template)."""

ZH: dict[str, str] = {
    "Give 1 to 3,650 days.": "请填写 1 至 3,650 天。",
    "Give a date between 1900 and 2999.": "请填写 1900 年至 2999 年之间的日期。",
    "No {tenor} LPR is in force today.": "今日没有生效的 {tenor} LPR。",
    "Give the days held or the withdrawal date, not both.": "存期天数与支取日期只需填写其一。",
    "Give the days held or the withdrawal date.": "请填写存期天数或支取日期。",
    "Give the loan-to-value ratio (LTV) of the loan.": "请填写贷款价值比（LTV）。",
    "Give the term of the deposit.": "请填写存期。",
    "Give the notice in days ({allowed}).": "请填写通知天数（{allowed}）。",
    "Only a notice deposit takes a notice.": "只有通知存款需要通知天数。",
    "The product offers a notice of {allowed} days.": "该产品的通知期为 {allowed} 天。",
    "The LTV must be above 0 % and at most {max} %.": "贷款价值比须大于 0% 且不超过 {max}%。",
    "The card offers instalments over {allowed} months.": "该卡仅提供 {allowed} 期分期。",
    "The prepayment is more than the {balance} left to repay.": (
        "提前还款金额超过剩余本金 {balance}。"
    ),
    "The product does not offer a term of {term} days.": "该产品不提供 {term} 天的期限。",
    "The product does not offer a term of {term} months.": "该产品不提供 {term} 个月的期限。",
    "The product has no rate for this amount, term and LTV.": (
        "该产品没有适用于此金额、期限和贷款价值比的利率。"
    ),
    "The product has no rate for this amount.": "该产品没有适用于此金额的利率。",
    "The product is not repaid by {method}.": "该产品不支持 {method} 还款方式。",
    "The product runs {days} days; it cannot be held for another period.": (
        "该产品期限为 {days} 天，不能按其他期限持有。"
    ),
    "The product has no terms in force today in a form the calculator reads.": (
        "该产品今日没有可供试算的有效条款。"
    ),
    "The rate must be between {min} % and {max} %.": "利率须在 {min}% 至 {max}% 之间。",
    "The withdrawal cannot be before the start ({start}).": "支取日期不能早于起存日（{start}）。",
    "This calculator is for {family} products.": "此试算仅适用于 {family} 类产品。",
    "This deposit has no fixed term.": "该存款没有固定期限。",
    "This deposit's term is counted in days; give days.": "该存款按天计期限，请填写天数。",
    "This deposit's term is counted in months; give termMonths.": (
        "该存款按月计期限，请填写月数。"
    ),
    "A prepayment applies to 等额本息 and 等额本金 schedules.": "提前还款仅适用于等额本息和等额本金。",
    "Prepay after a period before the last one.": "提前还款须在最后一期之前。",
}
