"""Chinese translations of the product sales checks' messages (keyed by the English template)."""

ZH: dict[str, str] = {
    "The product is {status}: only a product on sale can be opened.": (
        "该产品状态为 {status}，只有在售产品可以开立。"
    ),
    "{date} is before the product's sales start ({start}).": "{date} 早于产品销售开始日（{start}）。",
    "{date} is after the product's sales end ({end}).": "{date} 晚于产品销售截止日（{end}）。",
    "The product is sold in {expected}, not {currency}.": "该产品以 {expected} 销售，不是 {currency}。",
    "The product's minimum amount is {minimum}.": "该产品起购金额为 {minimum}。",
    "The product's maximum amount is {maximum}.": "该产品最高金额为 {maximum}。",
    "Only {left} of the product's quota is left.": "该产品剩余额度仅为 {left}。",
}
