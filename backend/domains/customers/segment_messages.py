"""Chinese translations of the messages of segments, needs mining and recommendations (keyed by
the English template)."""

ZH: dict[str, str] = {
    # rule language
    "A label is 1–40 letters and digits, starting with a letter.": "标签须为 1–40 位字母或数字，以字母开头。",
    "A rule is an object with op and args, or a condition with field, cmp and value.": (
        "规则须为包含 op 与 args 的对象，或包含 field、cmp 与 value 的条件。"
    ),
    "AND and OR take a non-empty list of rules.": "AND 与 OR 须包含至少一条子规则。",
    "NOT takes exactly one rule.": "NOT 须恰好包含一条子规则。",
    "Give a non-empty list of at most {max} values.": "请给出 1 至 {max} 个取值。",
    "Give a non-negative amount with at most 2 decimals.": "请填写不小于零、最多 2 位小数的金额。",
    "Give a text of 1–100 characters.": "请填写 1–100 个字符的文本。",
    "Give a whole number between {low} and {high}.": "请填写 {low} 至 {high} 之间的整数。",
    "Give two values [low, high] with low ≤ high.": "请给出两个值 [下限, 上限]，且下限不大于上限。",
    "The rule is too deep (at most {max} levels).": "规则嵌套过深（最多 {max} 层）。",
    "The rule is too large (at most {max} conditions).": "规则过大（最多 {max} 个条件）。",
    "Unknown field {field}; use one of {allowed}.": "未知字段 {field}，可用字段：{allowed}。",
    "Unknown key {key}.": "未知的键 {key}。",
    "Unknown operator {op}; use AND, OR or NOT.": "未知运算符 {op}，请使用 AND、OR 或 NOT。",
    "Unknown value {value}; use one of {allowed}.": "未知取值 {value}，可选：{allowed}。",
    "{field} cannot be compared with {cmp}; use one of {allowed}.": (
        "{field} 不能使用 {cmp} 比较，可用：{allowed}。"
    ),
    # segments
    "Built-in segments cannot be deleted.": "内置客群不能删除。",
    "Cluster segments are found in the data; their members cannot be given a rule.": (
        "聚类客群由数据生成，不能为其设置规则。"
    ),
    "Cluster segments are refreshed by running the clustering again.": "聚类客群需重新运行聚类来更新。",
    "Code must be 2–40 characters of A-Z, 0-9 and '_', starting with a letter.": (
        "代码须为 2–40 位大写字母、数字或下划线，以字母开头。"
    ),
    "No such segment.": "客群不存在。",
    "Not enough customers to cluster (at least {min}).": "客户数量不足，无法聚类（至少 {min} 位）。",
    "Segment code '{code}' is taken.": "客群代码“{code}”已被占用。",
    "The customers are too alike to form clusters.": "客户特征过于相似，无法形成聚类。",
    # needs
    "Need rule code '{code}' is taken.": "需求规则代码“{code}”已被占用。",
    "No such need rule.": "需求规则不存在。",
    "Suggest at least one product family or subtype.": "请至少推荐一个产品大类或子类。",
    # recommendation reasons
    "Meets the detected need “{need}” ({evidence}).": "满足已识别的需求“{need}”（{evidence}）。",
    "Suits the customer's segment “{segment}”.": "适合客户所属客群“{segment}”。",
    "Risk level {risk} is within the customer's risk tolerance {tolerance} (valid until {expires}).": (
        "产品风险等级 {risk} 不高于客户风险承受能力 {tolerance}（评估有效期至 {expires}）。"
    ),
    "No current risk assessment: only the lowest-risk products (R1) are offered.": (
        "客户无有效风险评估：仅推荐最低风险（R1）产品。"
    ),
}
