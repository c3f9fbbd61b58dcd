"""Chinese messages of product terms in shape 2 (``terms_rules``, ``terms_parts``,
``checker``): rate bands and tiers, interest mechanics, conditions, bonus rates, typed fees."""

from __future__ import annotations

ZH: dict[str, str] = {
    "Enter a number.": "请输入数字。",
    "This field is deprecated: give the terms in the new fields only, not both.": (
        "该字段已弃用：请只用新字段填写条款，不要新旧混用。"
    ),
    "Give a product or a draft.": "请指定产品或提供草稿。",
    "Give a product or a draft, not both.": "请指定产品或提供草稿，二者只能选一。",
    "A term is a whole number.": "期限须为整数。",
    "These rates are not banded by {unit}; use {allowed}.": "该利率不能按 {unit} 分档；可用：{allowed}。",
    "One band per unit in a tier.": "同一档位每个维度只能有一个区间。",
    "An LPR-linked rate is a spread in basis points.": "LPR 浮动利率以加点（基点）表示。",
    "A fixed rate has no spread.": "固定利率没有加点。",
    "At most {max} rate tiers.": "利率档位最多 {max} 个。",
    "Every tier gives a band for {units}, as the others do.": "每个档位都须给出 {units} 的区间，与其他档位一致。",
    "This tier overlaps tier {other}.": "该档位与第 {other} 档重叠。",
    "Two rates for the same tier.": "同一档位给出了两个利率。",
    "The amount bands start at {lower}, above the minimum {floor}.": (
        "金额分档从 {lower} 开始，高于起存/起贷金额 {floor}。"
    ),
    "Bands must meet: this one starts at {lower}, the one before ends at {upper}.": (
        "金额分档须首尾相接、不留空隙也不重叠：本档从 {lower} 开始，上一档止于 {upper}。"
    ),
    "The last amount band must be open-ended (or go past {ceiling}).": (
        "最后一个金额分档须不设上限（或超过 {ceiling}）。"
    ),
    "Give at least one condition.": "请至少给出一个条件。",
    "At most {max} conditions.": "条件最多 {max} 个。",
    "Each condition type may be given once.": "每种条件只能出现一次。",
    "A {type} condition does not take this.": "{type} 条件不使用此项。",
    "Give a lowest or a highest age.": "请给出最低或最高年龄。",
    "An introductory period lasts a number of months or until a date (one of them).": (
        "优惠期为开户后若干个月或截至某日（二者选一）。"
    ),
    "A bonus adds more than 0 and at most {max} percentage points.": "加息须大于 0 且不超过 {max} 个百分点。",
    "Each bonus rate has its own name.": "每项加息须有不同的名称。",
    "The share waived is above 0 % and at most 100 %.": "减免比例须大于 0% 且不超过 100%。",
    "A fixed fee is not charged on anything.": "固定金额的费用没有计费基数。",
    "A percentage fee has a rate, not an amount.": "按比例收取的费用填写费率，而非金额。",
    "A cap applies over a period.": "封顶金额须指明期间。",
    "Give the cap for the period.": "请填写该期间的封顶金额。",
    "Give the interest mechanics.": "请填写计息规则。",
    "Interest compounds when it is posted: choose no compounding or {posting}.": (
        "利息在结息时复利：请选择不复利或 {posting}。"
    ),
    "A demand deposit has no maturity; post interest periodically.": "活期存款没有到期日，请选择定期结息。",
    "A demand deposit has no fixed term.": "活期存款没有固定期限。",
    "Give the terms offered (shortest, longest, in multiples of).": "请填写可选期限（最短、最长及步长）。",
    "A notice deposit's notice is counted in days.": "通知存款的通知期以天计。",
    "The shortest term is a multiple of {multiple}.": "最短期限须为 {multiple} 的整数倍。",
    "Give the term this rate is for.": "请填写该利率适用的期限。",
    "No term offered ({min}–{max}, in multiples of {multiple}) falls in this band.": (
        "可选期限（{min}–{max}，步长 {multiple}）中没有落在该区间的期限。"
    ),
    "A fixed-rate loan does not follow the LPR.": "固定利率贷款不挂钩 LPR。",
    "Say when the loan takes a new LPR.": "请选择重定价方式。",
    "No rate is given for a term of {months} months (terms {min}–{max} are offered).": (
        "{months} 个月的期限没有对应利率（可选期限为 {min}–{max} 个月）。"
    ),
    "Only a fixed-day first payment names a day of the month.": "只有“固定还款日”才需填写每月还款日。",
    "Offer at least one number of instalments.": "请至少提供一种分期期数。",
    "Instalments are among {allowed}.": "分期期数须为 {allowed} 之一。",
    "A monthly fee rate is at most {max} %.": "月手续费率不超过 {max}%。",
    "An LPR-linked loan needs an LPR tenor.": "LPR 浮动利率贷款须选择 LPR 期限品种。",
    "LPR plus spread must be between {min} % and {max} %.": "LPR 加点后的利率须在 {min}% 至 {max}% 之间。",
}
