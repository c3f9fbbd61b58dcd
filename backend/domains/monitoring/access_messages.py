"""Chinese translations of the access-rule messages (异常访问), keyed by the English template."""

ZH: dict[str, str] = {
    "{user} read {value} different customers within {minutes} minutes (level {threshold}).": (
        "{user} 在 {minutes} 分钟内查看了 {value} 位不同客户（阈值 {threshold}）。"
    ),
    "Choose one or more of: {choices}.": "请选择一项或多项：{choices}。",
    "Between 1 and 1440 minutes.": "须在 1 至 1440 分钟之间。",
    "A whole number of at least 1.": "须为不小于 1 的整数。",
    "Above the warning threshold.": "须高于预警阈值。",
    "No such access rule.": "访问规则不存在。",
}
