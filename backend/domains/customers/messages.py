"""Chinese translations of the customers domain's messages (keyed by the English template)."""

ZH: dict[str, str] = {
    "Say why you need to see this.": "请说明查看原因。",
    "Say why you search by phone or ID number.": "请说明按手机号或证件号查询的原因。",
    "You made {limit} searches by phone or ID number within the hour; try again later.": (
        "您在一小时内已按手机号或证件号查询 {limit} 次，请稍后再试。"
    ),
    "Customer number or external id is taken.": "客户号或外部编号已被占用。",
    "The file could not be read as {format}.": "无法按 {format} 格式读取该文件。",
    "No such customer.": "客户不存在。",
    "{count} customers match; an export holds at most {limit}. Narrow the filter.": (
        "符合条件的客户有 {count} 位，一次导出最多 {limit} 位，请缩小筛选范围。"
    ),
    "Too long.": "内容过长。",
    "Not an email address.": "不是有效的电子邮箱地址。",
    "Not a valid resident ID number (check digit).": "不是有效的居民身份证号码（校验位不符）。",
    "Not a valid document number.": "不是有效的证件号码。",
    "Not a mainland mobile number.": "不是有效的大陆手机号码。",
    "Not a plausible birth date.": "出生日期不合理。",
    "Consent needs the date and channel it was given.": "营销授权须填写授权日期和渠道。",
    "A risk tolerance needs its assessment date.": "风险承受能力须填写评估日期。",
    "A corporate customer needs its company name.": "对公客户须填写企业名称。",
    "At most {limit} transactions per batch.": "每批最多 {limit} 笔交易。",
    # import row errors
    "Not a JSON object.": "不是 JSON 对象。",
    "Not a number.": "不是数字。",
    "At most {places} decimal places.": "最多 {places} 位小数。",
    "Dates look like 2026-01-31.": "日期格式如 2026-01-31。",
    "One of: {choices}.": "取值须为：{choices}。",
    "At most 64 characters.": "最多 64 个字符。",
    "Customer number belongs to another external id.": "该客户号属于另一个外部编号。",
    "No customer with this external id.": "没有该外部编号的客户。",
    "No product with this code.": "没有该代码的产品。",
    "No holding with this external id.": "没有该外部编号的持仓。",
    "Only loans are classified.": "只有贷款有五级分类。",
    "Changing a loan's classification needs the loan:classify permission.": (
        "调整贷款五级分类需要 loan:classify 权限。"
    ),
    "An assessment cannot be dated in the future.": "风险评估日期不能晚于今天。",
    "A risk tolerance is raised only by an assessment questionnaire, not by hand.": (
        "风险承受能力只能通过风险评估问卷调高，不能手工调高。"
    ),
    "The {column} column cannot be imported (row {row}): a risk tolerance is set only by the risk assessment questionnaire. Remove the column.": (
        "{column} 列不能导入（第 {row} 行）：风险承受能力只能通过风险评估问卷设定，请删除该列。"
    ),
    "{days} days past due puts the loan at least in {floor}.": "逾期 {days} 天的贷款五级分类不能优于 {floor}。",
    "A card number has 12–19 digits.": "卡号为 12–19 位数字。",
    "A whole number of days.": "须为整数天数。",
    "Times look like 2026-01-31T09:30:00+08:00.": "时间格式如 2026-01-31T09:30:00+08:00。",
    "A two-letter ISO 3166 code.": "须为两位 ISO 3166 国家代码。",
    "A four-digit merchant category code.": "须为四位商户类别码。",
}
