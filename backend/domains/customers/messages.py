"""Chinese translations of the customers domain's messages (keyed by the English template)."""

ZH: dict[str, str] = {
    "Say why you need to see this.": "请说明查看原因。",
    "Customer number or external id is taken.": "客户号或外部编号已被占用。",
    "The file could not be read as {format}.": "无法按 {format} 格式读取该文件。",
    "No such customer.": "客户不存在。",
    "Too long.": "内容过长。",
    "Not an email address.": "不是有效的电子邮箱地址。",
    "Not a valid resident ID number (check digit).": "不是有效的居民身份证号码（校验位不符）。",
    "Not a valid document number.": "不是有效的证件号码。",
    "Not a mainland mobile number.": "不是有效的大陆手机号码。",
    "Not a plausible birth date.": "出生日期不合理。",
    "Consent needs the date and channel it was given.": "营销授权须填写授权日期和渠道。",
    "A risk tolerance needs its assessment date.": "风险承受能力须填写评估日期。",
    "A corporate customer needs its company name.": "对公客户须填写企业名称。",
}
