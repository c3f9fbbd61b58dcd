"""Chinese translations of the feedback, survey and forecast messages (keyed by the English
template)."""

ZH: dict[str, str] = {
    # feedback
    "A rating is a whole number from 1 to 5.": "评分须为 1 到 5 的整数。",
    "An NPS answer is a whole number from 0 to 10.": "净推荐值（NPS）须为 0 到 10 的整数。",
    "An external id is 1–64 characters.": "外部编号须为 1–64 个字符。",
    "At most {max} characters.": "最多 {max} 个字符。",
    "Feedback cannot be received in the future.": "反馈的接收时间不能晚于当前时间。",
    "Feedback with external id '{external_id}' was already recorded.": (
        "外部编号为“{external_id}”的反馈已录入。"
    ),
    "Give a rating, an NPS answer or a comment.": "请至少填写评分、净推荐值或意见内容之一。",
    "No such customer.": "客户不存在。",
    "No such product.": "产品不存在。",
    "No such segment.": "客户细分不存在。",
    "This field is required.": "此项必填。",
    "Unknown feedback source.": "未知的反馈来源。",
    "You do not have the '{permission}' permission.": "您没有“{permission}”权限。",
    # surveys
    "A choice question has 2 to {max} different options of at most 200 characters.": (
        "选择题须有 2 到 {max} 个互不相同的选项，每项不超过 200 个字符。"
    ),
    "A question id is 1–40 characters of A-Z, a-z, 0-9, '_' and '-'.": (
        "题目编号须为 1–40 位字母、数字、下划线或连字符。"
    ),
    "A question is an object.": "每道题须为一个对象。",
    "A question kind is RATING, NPS, TEXT or CHOICE.": "题型须为 RATING、NPS、TEXT 或 CHOICE。",
    "A survey has 1 to {max} questions.": "问卷须有 1 到 {max} 道题。",
    "A text answer is a string of at most {max} characters.": "文字回答最多 {max} 个字符。",
    "A title is 1–{max} characters.": "标题须为 1–{max} 个字符。",
    "A {status} survey cannot be moved to {target}.": "{status} 状态的问卷不能变更为 {target}。",
    "Answers are an object of question id to answer.": "答案须为“题目编号: 回答”的对象。",
    "Choose one of: {options}.": "请从以下选项中选择一项：{options}。",
    "No such question in this survey.": "本问卷没有这道题。",
    "No such survey.": "问卷不存在。",
    "Only choice questions have options.": "只有选择题才有选项。",
    "Only draft surveys can be edited; this one is {status}.": (
        "只有草稿状态的问卷可以编辑；该问卷当前为 {status}。"
    ),
    "Question ids must be unique.": "题目编号不能重复。",
    "Question text is 1–{max} characters.": "题目内容须为 1–{max} 个字符。",
    "Questions are a list of question objects.": "题目须为题目对象的列表。",
    "Required is true or false.": "“必答”须为 true 或 false。",
    "The survey was changed by someone else; reload it.": "问卷已被他人修改，请刷新后重试。",
    "This customer already answered this survey.": "该客户已回答过本问卷。",
    "This question must be answered.": "此题为必答题。",
    "This survey is {status}; only open surveys take responses.": (
        "该问卷当前为 {status}，只有进行中的问卷才接受回答。"
    ),
    "Unknown question fields: {fields}.": "未知的题目字段：{fields}。",
    # forecasting
    "History too short: at least 12 months of sales are needed for a forecast.": (
        "历史数据太短：至少需要 12 个月的销售数据才能预测。"
    ),
    "No model could be fitted to this history.": "无法用这段历史数据拟合预测模型。",
    "{model}, fitted on {months} months; backtest on the last {holdout} months.": (
        "{model}，基于 {months} 个月数据拟合；以最近 {holdout} 个月回测。"
    ),
    "Choose a product family or a product, not both.": "请选择产品类别或单个产品，不能同时选择。",
    "The horizon is 1 to 12 months.": "预测期须为 1 到 12 个月。",
}
