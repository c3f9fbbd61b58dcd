"""Translations of messages the API returns, keyed by their English template.

The caller's language comes from ``Accept-Language`` (``zh*`` → Simplified Chinese, else
English). Add a line here with every new user-facing message; a test checks the coverage.
"""

from __future__ import annotations

ZH_CN = "zh-CN"
EN = "en"

_ZH: dict[str, str] = {
    "Invalid username or password.": "用户名或密码错误。",
    "Too many failed sign-ins. Try again in {minutes} minutes.": (
        "登录失败次数过多，请 {minutes} 分钟后再试。"
    ),
    "Too many failed sign-ins from your network address. Try again in {minutes} minutes.": (
        "您所在网络地址的登录失败次数过多，请 {minutes} 分钟后再试。"
    ),
    "Username must be 2–32 characters of a-z, 0-9, '_', '.', '-'.": (
        "用户名须为 2–32 位小写字母、数字、下划线、点或连字符。"
    ),
    "Display name must be 1–100 characters.": "姓名须为 1–100 个字符。",
    "Branch must be at most 100 characters.": "所属机构最多 100 个字符。",
    "Give the user at least one role.": "请至少为用户分配一个角色。",
    "Password must be at least {min} characters.": "密码至少 {min} 位。",
    "Password must be at most {max} characters.": "密码最多 {max} 位。",
    "Password must not start or end with spaces.": "密码首尾不能是空格。",
    "You cannot change your own roles; another admin must.": "不能修改自己的角色，须由另一位管理员操作。",
    "A role change of this user already awaits a second admin.": "该用户已有一项角色变更在等待另一位管理员审批。",
    "The user already has exactly these roles.": "该用户已拥有这些角色。",
    "No such role grant.": "角色授予申请不存在。",
    "This role grant is decided already.": "该角色授予申请已处理。",
    "A second admin must approve this role grant, not the one who asked for it.": (
        "角色授予须由另一位管理员审批，申请人不能自己审批。"
    ),
    "The user's roles changed since this was asked for; reject it and ask again.": (
        "申请后该用户的角色已变化，请驳回后重新申请。"
    ),
    "This password is too common or too easy to guess; choose another.": (
        "该密码过于常见或容易被猜到，请换一个。"
    ),
    "Username '{username}' is taken.": "用户名“{username}”已被占用。",
    "You cannot deactivate yourself or remove your own ADMIN role.": (
        "不能停用自己，也不能移除自己的系统管理员角色。"
    ),
    "No such user.": "用户不存在。",
    "No such API key.": "API 密钥不存在。",
    "No such object.": "对象不存在。",
    "Name must be 1–100 characters.": "名称须为 1–100 个字符。",
    "Choose at least one scope.": "请至少选择一个权限范围。",
    "This API key is already revoked.": "该 API 密钥已被吊销。",
    "Sign in to continue.": "请先登录。",
    "The document has several operations: name the one to run in operationName.": (
        "文档包含多个操作：请在 operationName 中指明要执行的操作。"
    ),
    "This operation costs more than {limit}, the most allowed; ask for fewer fields or "
    "smaller pages.": "该操作的开销超过上限 {limit}；请减少字段或缩小分页。",
    "Text must not contain control characters or bidirectional overrides ({where}).": (
        "文本不能包含控制字符或双向文本覆盖字符（{where}）。"
    ),
    "Variable {name} does not hold a valid {type}.": "变量 {name} 不是有效的 {type}。",
    "A value of {field} does not fit (too long or out of range).": "{field} 的值超出允许范围（过长或越界）。",
    "A filter text is at most {max} characters ({where}).": "筛选文本最多 {max} 个字符（{where}）。",
    "You do not have the '{permission}' permission.": "您没有“{permission}”权限。",
    "No exchange rate for {currency}.": "没有 {currency} 的汇率。",
    "This was changed by someone else (now version {version}); reload it.": (
        "该记录已被他人修改（当前版本 {version}），请刷新后重试。"
    ),
    "This was changed by someone else; reload it.": "该记录已被他人修改，请刷新后重试。",
    # products
    "A co-branded card names its partner brand.": "联名卡须填写合作品牌。",
    "A currency pair is two different ISO 4217 codes, like USD/CNY.": "货币对须为两个不同的 ISO 4217 代码，如 USD/CNY。",
    "A demand deposit has no fixed terms.": "活期存款没有固定期限。",
    "A fixed fee has an amount, not a rate.": "固定收费填写金额，不填费率。",
    "A large-denomination CD starts at ¥{amount}.": "大额存单起存金额为 ¥{amount}。",
    "A mortgage is secured by the property.": "住房按揭贷款须以房产抵押。",
    "A private offering has a cooling-off period of at least {hours} hours.": "私募产品冷静期至少 {hours} 小时。",
    "A private offering starts at ¥{amount}.": "私募产品起投金额为 ¥{amount}。",
    "A secured loan needs a maximum LTV.": "抵押贷款须填写最高抵押率。",
    "A tenor looks like 1W, 3M or 1Y.": "期限格式如 1W、3M、1Y。",
    "Amount must be greater than zero.": "金额须大于零。",
    "Amount must not be negative.": "金额不能为负数。",
    "Amounts have at most 2 decimal places.": "金额最多 2 位小数。",
    "An LPR-linked loan needs an LPR tenor.": "LPR 浮动利率贷款须选择 LPR 期限。",
    "An open-ended product has no fixed term.": "开放式产品没有固定期限。",
    "An option offers at least one tenor.": "期权至少提供一个期限。",
    "At most 20 entries of 200 characters.": "最多 20 项，每项不超过 200 个字符。",
    "At most {max} characters.": "最多 {max} 个字符。",
    "Choose at least one customer type.": "请至少选择一种客户类型。",
    "Choose at least one repayment method.": "请至少选择一种还款方式。",
    "Choose at least one residency.": "请至少选择一种居民身份。",
    "Choose at least one term.": "请至少选择一个期限。",
    "Code must be 3–40 characters of A-Z, 0-9 and '-'.": "产品代码须为 3–40 位大写字母、数字或连字符。",
    "Duplicate term and amount tier.": "期限与金额档次重复。",
    "Each channel may be listed once.": "每个渠道只能出现一次。",
    "Fee rate must be at most {max} %.": "费率不能超过 {max}%。",
    "Give at least one currency pair.": "请至少填写一个货币对。",
    "Give at least one rate.": "请至少填写一个利率。",
    "Give the terms of the {family} family (and only those).": "请填写 {family} 类产品的条款（且仅填写该类）。",
    "LPR plus spread must be between {min} % and {max} %.": "LPR 加点后利率须在 {min}% 与 {max}% 之间。",
    "LTV must be above 0 % and at most 100 %.": "抵押率须大于 0% 且不超过 100%。",
    "Must be between {low} and {high}.": "须在 {low} 与 {high} 之间。",
    "Must not be less than {other}.": "不能小于 {other}。",
    "Offer the product on at least one channel.": "请至少选择一个销售渠道。",
    "Only futures and options are leveraged (leverage 1).": "只有期货和期权可以使用杠杆（其他为 1 倍）。",
    "Paper gold is not delivered physically.": "纸黄金不进行实物交割。",
    "Physical gold is delivered physically.": "实物黄金须实物交割。",
    "Publication window ends before it starts.": "发布结束日期早于开始日期。",
    "Purity is a percentage between {low} and {high}.": "成色须为 {low}% 至 {high}% 之间的百分比。",
    "Rate for a term the product does not offer.": "该期限不在产品提供的期限内。",
    "Rate must be between {min} % and {max} %.": "利率须在 {min}% 与 {max}% 之间。",
    "Rates have at most 4 decimal places.": "利率最多 4 位小数。",
    "Sales window ends before it starts.": "销售结束日期早于开始日期。",
    "Subtype {subtype} does not belong to family {family}.": "子类 {subtype} 不属于 {family} 类产品。",
    "Terms must be among {allowed} months.": "期限须为 {allowed} 个月之一。",
    "This field is required.": "此项必填。",
    "Trading hours look like 09:00-17:00.": "交易时间格式如 09:00-17:00。",
    "Unknown ISO 4217 currency code.": "未知的 ISO 4217 币种代码。",
    "A {status} product cannot be moved to {target}.": "{status} 状态的产品不能变更为 {target}。",
    "Allowed file types: {types}.": "允许的文件类型：{types}。",
    "The amount must be positive, in whole cents.": "金额须为正数，精确到分。",
    "The rate must be between 0 and 100 % a year.": "年利率须在 0 至 100 % 之间。",
    "The term must be 1 to 600 months.": "期限须为 1 至 600 个月。",
    "A fee cannot be negative.": "费用不能为负数。",
    "The payments must repay at least what was received.": "还款总额不能少于实际到手金额。",
    "The database is unavailable right now; try again in a moment (correlation ID {cid}).": (
        "数据库暂时不可用，请稍后重试（关联号 {cid}）。"
    ),
    "The document store is full; nothing was saved. Ask an administrator to free space.": (
        "文档存储空间已满，未保存任何内容。请联系管理员释放空间。"
    ),
    "Change requests are for approved, on-sale or suspended products; edit drafts directly.": (
        "变更申请仅适用于已审批、在售或暂停的产品；草稿请直接编辑。"
    ),
    "Changing the subtype needs new terms.": "修改子类须同时提供新的条款。",
    "Maker-checker: the approver must not be the user who requested it.": "双人复核：审批人不能是申请人本人。",
    "Risk control suspended this product: a risk officer must resume it.": (
        "该产品由风险控制暂停，须由风险管理人员恢复。"
    ),
    "Maker-checker: another risk officer must resume what you suspended.": (
        "双人复核：您暂停的产品须由另一位风险管理人员恢复。"
    ),
    "Maker-checker: the approver must not have created, edited or submitted it.": (
        "双人复核：审批人不能是该产品的创建人、修改人或提交人。"
    ),
    "No such change request.": "变更申请不存在。",
    "No such document.": "文档不存在。",
    "No such product.": "产品不存在。",
    "Compare two to four different products.": "请选择 2 到 4 个不同的产品进行对比。",
    "One of the products does not exist.": "其中有产品不存在。",
    "Only drafts are edited directly; for a {status} product create a change request.": (
        "只有草稿可以直接编辑；{status} 状态的产品请提交变更申请。"
    ),
    "Only the requester can cancel a change request.": "只有申请人可以撤回变更申请。",
    "Product code '{code}' is taken.": "产品代码“{code}”已被占用。",
    "Propose new terms or field changes.": "请提出新的条款或字段变更。",
    "Say why you make this change.": "请说明变更原因。",
    "The effective date must be today or later.": "生效日期须为今天或以后。",
    "The file is empty.": "文件为空。",
    "The file is larger than {limit} MB.": "文件超过 {limit} MB。",
    "The file is not valid base64.": "文件不是有效的 base64 编码。",
    "The file's content does not match its type.": "文件内容与文件类型不符。",
    "The product changed after this request was made; ask for a new request.": (
        "申请提交后产品已发生变化，请重新提交申请。"
    ),
    "This change request was already {status}.": "该变更申请已处理（{status}）。",
}

#: Modules that add their own Chinese messages as ``ZH: dict[str, str]`` (one per area, so
#: people working on different areas do not edit one file).
MESSAGE_MODULES = (
    "backend.domains.customers.messages",
    "backend.domains.customers.segment_messages",
    "backend.domains.customers.feedback_messages",
    "backend.domains.monitoring.messages",
    "backend.domains.monitoring.performance_messages",
    "backend.domains.products.sales_messages",
    "backend.domains.products.fx_messages",
    "backend.domains.products.terms_messages",
    "backend.domains.products.calculator_messages",
    "backend.domains.products.benchmark_messages",
    "backend.domains.monitoring.access_messages",
)


def _merged() -> dict[str, str]:
    import importlib
    import importlib.util

    merged = dict(_ZH)
    for name in MESSAGE_MODULES:
        if importlib.util.find_spec(name) is not None:
            merged.update(importlib.import_module(name).ZH)
    return merged


CATALOGS: dict[str, dict[str, str]] = {ZH_CN: _merged()}


def locale_from_header(accept_language: str | None) -> str:
    """Pick the response language from an Accept-Language header."""
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("zh"):
            return ZH_CN
        if tag.startswith("en"):
            return EN
    return EN


def translate(template: str, locale: str = EN, **params: str | int) -> str:
    """Render an English template in the locale, filling its placeholders."""
    text = CATALOGS.get(locale, {}).get(template, template)
    return text.format(**params) if params else text
