"""User-facing text in Chinese (zh-CN, the default) and English: one table, one lookup.

Every string a page or API shows goes through `t(key, lang)`; service errors carry their own
pair (`FangkongError.message(lang)`). Place names and people's names are data, never translated.
"""

from __future__ import annotations

LANGS: tuple[str, ...] = ("zh", "en")
DEFAULT_LANG = "zh"

# key -> (zh, en). Placeholders use str.format names, e.g. {n}.
MESSAGES: dict[str, tuple[str, str]] = {
    # ---- the shell ------------------------------------------------------------------------
    "app.tagline": ("城市疫情防控平台", "City epidemic prevention and control platform"),
    "app.demo_city": ("演示城市", "Demo city"),
    "nav.home": ("首页", "Home"),
    "nav.registry": ("区划与人员", "Registry"),
    "nav.import": ("数据导入", "Import"),
    "nav.audit": ("审计日志", "Audit log"),
    "nav.api_docs": ("接口文档", "API docs"),
    "nav.logout": ("退出", "Log out"),
    "nav.language": ("语言", "Language"),
    "header.city_wide": ("全市", "City-wide"),
    "footer.note": ("数据均为合成演示数据，与真实人员无关。",
                    "All data are synthetic demonstration data; no real person is shown."),
    "coming.badge": ("即将上线", "Coming in a later release"),
    # ---- login ----------------------------------------------------------------------------
    "login.title": ("登录", "Log in"),
    "login.username": ("用户名", "Username"),
    "login.password": ("密码", "Password"),
    "login.submit": ("登录", "Log in"),
    "login.demo_hint": ("演示账号见启动输出", "Demo accounts are printed when the server starts"),
    "login.form_expired": ("登录表单已过期，请重新输入", "The login form expired; please try again"),
    "login.logged_out": ("您已退出登录", "You have logged out"),
    # ---- errors ---------------------------------------------------------------------------
    "error.400": ("请求有误", "Bad request"),
    "error.401": ("请先登录", "Please log in"),
    "error.403": ("无权访问", "Access denied"),
    "error.404": ("页面不存在", "Not found"),
    "error.405": ("不支持此操作", "Method not allowed"),
    "error.413": ("请求内容过大", "Request too large"),
    "error.422": ("输入有误", "Invalid input"),
    "error.out_of_range": ("编号超出范围，找不到该记录。", "The number is out of range: no such record."),
    "error.500": ("系统出错", "Something went wrong"),
    "error.500_detail": ("系统出现了意外错误，已记录。请稍后重试。",
                         "An unexpected error occurred and was logged. Please try again later."),
    "error.page_missing": ("您要找的页面不存在。", "The page you asked for does not exist."),
    "error.invalid_request": ("请求参数无效。", "The request's parameters are not valid."),
    "error.back_home": ("返回首页", "Back to the home page"),
    "error.go_back": ("返回上一页", "Go back"),
    "error.csrf": ("表单已过期，请刷新页面后重试（CSRF）",
                   "The form expired; reload the page and retry (CSRF)"),
    "error.csrf_api": ("使用登录 Cookie 调用接口时须带 X-CSRF-Token 请求头",
                       "API calls authenticated by the session cookie need the X-CSRF-Token header"),
    # ---- home pages -----------------------------------------------------------------------
    "home.welcome": ("您好，{name}", "Hello, {name}"),
    "home.command_title": ("辖区概况", "Jurisdiction overview"),
    "home.persons": ("人员", "Persons"),
    "home.households": ("住户", "Households"),
    "home.grids": ("网格", "Grids"),
    "home.venues": ("场所", "Venues"),
    "home.browse": ("浏览区划", "Browse the registry"),
    "home.children_title": ("下级区划", "Places below"),
    "home.grid_title": ("我的网格", "My grid"),
    "home.grid_count": ("共 {n} 户", "{n} households"),
    "home.grid_count.one": ("共 {n} 户", "{n} household"),
    "home.resident_title": ("我的信息", "My record"),
    "home.resident_masked_note": ("为防旁人窥屏，号码部分隐藏显示；完整信息以身份证为准。",
                                  "Numbers are partly hidden in case someone looks over your shoulder; "
                                  "your identity card holds the full numbers."),
    "home.staff_title": ("工作台", "Workbench"),
    "home.jurisdiction": ("辖区", "Jurisdiction"),
    "home.venue": ("所属场所/机构", "Venue / institution"),
    "home.venue_id": ("编号 {id}", "No. {id}"),
    "home.no_jurisdiction": ("全市范围", "City-wide"),
    "home.modules_title": ("本角色的功能", "What this role will do here"),
    "home.go_my_code": ("我的健康码（亮码、赋码原因、核酸、申报）",
                        "My health code (QR, reasons, tests, declarations)"),
    "home.go_sentinel": ("数字哨兵：扫码验码", "Digital sentinel: scan and check codes"),
    "home.modules_note": ("以下功能模块尚未上线，届时会出现在本页。",
                          "These modules are not yet available; they will appear on this page."),
    "home.registry_available": ("现在可用：浏览辖区内的区划、住户与人员（号码部分隐藏）。",
                                "Available now: browse the places, households and persons of your "
                                "jurisdiction (numbers masked)."),
    "home.audit_title": ("审计日志", "Audit log"),
    # Modules of the coming releases, per SYSTEM.md.
    "module.sampling": ("采样登记：扫人员码、扫试管条码，混采（10合1）",
                        "Sampling: scan person codes and tube barcodes, pools of 10"),
    "module.lab": ("检测机构：接收试管、上传结果（CSV/Excel）、阳性混管复核",
                   "Laboratory: receive tubes, upload results (CSV/Excel), recheck positive pools"),
    "module.tracing": ("流调溯源：病例、活动轨迹、密接与传播链",
                       "Tracing: cases, trajectories, close contacts and transmission chains"),
    "module.isolation": ("隔离转运：房间、入住、解除隔离检测、点对点转运",
                         "Isolation and transfer: rooms, arrivals, release tests, point-to-point transfers"),
    "module.checkpoint": ("数字哨兵：测温、验码、查证、戴口罩；第一落点登记",
                          "Sentinel: temperature, code, proof, mask; first-landing registration"),
    "module.support": ("服务保障：求助工单（买药、买菜、维修）、生命通道",
                       "Support: help requests (medicine, food, repairs), emergency access"),
    "module.health_code": ("我的健康码及赋码原因", "My health code and why it has its colour"),
    "module.tests": ("我的核酸检测结果", "My nucleic-acid test results"),
    "module.declaration": ("主动申报（抵达、接触）", "Self-declaration (arrival, exposure)"),
    "module.help": ("求助：买药、买菜、就医", "Ask for help: medicine, food, medical care"),
    "module.door_notes": ("门上纸条：核对今日已采样住户",
                          "Door notes: check which households were sampled today"),
    "module.notices": ("风险区通告与解封", "Risk-area notices and lifting"),
    "module.dashboard": ("数据看板与每日研判", "Dashboard and daily assessment"),
    "module.ledger": ("督查台账：问题整改跟踪", "Inspection ledger: findings tracked to rectification"),
    # ---- registry -------------------------------------------------------------------------
    "registry.title": ("区划与人员", "Registry"),
    "registry.all_districts": ("全部县（市、区）", "All districts"),
    "registry.persons_n": ("{n} 人", "{n} persons"),
    "registry.persons_n.one": ("{n} 人", "{n} person"),
    "registry.children": ("下级区划", "Places below"),
    "registry.no_children": ("没有下级区划。", "No places below this one."),
    "registry.households": ("住户", "Households"),
    "registry.households_here": ("查看此处全部住户", "All households here"),
    "registry.no_households": ("没有登记住户。", "No households registered."),
    "registry.members_n": ("{n} 人", "{n} members"),
    "registry.members_n.one": ("{n} 人", "{n} member"),
    "registry.members": ("家庭成员", "Members"),
    "registry.more": ("加载更多", "Load more"),
    "registry.showing": ("显示 {shown} / {total}", "Showing {shown} of {total}"),
    "registry.household": ("住户", "Household"),
    "registry.address": ("地址", "Address"),
    "registry.door": ("门牌", "Door"),
    "registry.person": ("人员信息", "Person"),
    "registry.masked_note": ("身份证号、电话与姓名已部分隐藏。",
                             "Identity number, phone and name are masked."),
    "registry.full_title": ("显示完整号码", "Show full numbers"),
    "registry.full_reason": ("查看事由（必填，将记入审计日志）",
                             "Reason (required; written to the audit log)"),
    "registry.full_reason_placeholder": ("例如：电话联系核实核酸采样情况",
                                         "e.g. phoning to check today's sampling"),
    "registry.full_submit": ("显示完整号码", "Show full numbers"),
    "registry.full_shown": ("已显示完整号码。本次查看及事由已记入审计日志。",
                            "Full numbers shown. This view and its reason are in the audit log."),
    "registry.full_not_allowed": ("您的角色不能查看完整号码。", "Your role may not see full numbers."),
    "registry.level": ("层级", "Level"),
    "registry.code": ("编码", "Code"),
    "person.name": ("姓名", "Name"),
    "person.id_number": ("身份证号", "Identity number"),
    "person.sex": ("性别", "Sex"),
    "person.sex.M": ("男", "male"),
    "person.sex.F": ("女", "female"),
    # A masked name in a list, with enough to tell two members of one household apart (田* 田*).
    "person.who": ("{name}（{sex}，{age}岁）", "{name} ({sex}, {age})"),
    "person.birth_date": ("出生日期", "Date of birth"),
    "person.age": ("年龄", "Age"),
    "person.age_n": ("{n} 岁", "{n}"),
    "person.phone": ("电话", "Phone"),
    "person.household": ("所在住户", "Household"),
    # ---- audit ----------------------------------------------------------------------------
    "audit.title": ("审计日志", "Audit log"),
    "audit.username": ("用户名", "Username"),
    "audit.action": ("操作", "Action"),
    "audit.subject_type": ("对象类型", "Subject type"),
    "audit.subject_id": ("对象编号", "Subject id"),
    "audit.since": ("起始时间", "From"),
    "audit.until": ("截止时间", "Until"),
    "audit.text": ("内容/事由包含", "Detail or reason contains"),
    "audit.search": ("查询", "Search"),
    "audit.reset": ("清空条件", "Clear"),
    "audit.total": ("共 {n} 条", "{n} entries"),
    "audit.total.one": ("共 {n} 条", "{n} entry"),
    "audit.at": ("时间", "Time"),
    "audit.user": ("用户", "User"),
    "audit.role": ("角色", "Role"),
    "audit.subject": ("对象", "Subject"),
    "audit.detail": ("详情", "Detail"),
    "audit.reason": ("事由", "Reason"),
    "audit.none": ("没有符合条件的记录。", "No entries match."),
    "audit.prev": ("上一页", "Previous"),
    "audit.next": ("下一页", "Next"),
    "audit.page": ("第 {page} / {pages} 页", "Page {page} of {pages}"),
    "audit.any": ("全部", "Any"),
    "audit.note": ("每次查询本身也会记入审计日志。", "Every search is itself written to the audit log."),
    # ---- import ---------------------------------------------------------------------------
    "import.title": ("数据导入", "Import"),
    "import.intro": ("上传 CSV 或 Excel（.xlsx）文件。全部行无误才会写入；"
                     "有任何错误则一行也不写入，并列出每行每个字段的问题。",
                     "Upload a CSV or Excel (.xlsx) file. Rows are written only if every row is valid; "
                     "with any error nothing is written and each row's problems are listed."),
    "import.kind": ("导入内容", "What to import"),
    "import.kind.persons": ("人员", "Persons"),
    "import.kind.places": ("区划与地点", "Places"),
    "import.file": ("文件", "File"),
    "import.submit": ("上传并导入", "Upload and import"),
    "import.template": ("下载 Excel 模板：", "Download an Excel template:"),
    "import.done": ("已导入 {n} 行。", "{n} rows imported."),
    "import.done.one": ("已导入 {n} 行。", "{n} row imported."),
    "import.failed": ("发现 {n} 处错误，未写入任何数据。", "{n} errors found; nothing was written."),
    "import.failed.one": ("发现 {n} 处错误，未写入任何数据。", "{n} error found; nothing was written."),
    "import.row": ("行", "Row"),
    "import.field": ("字段", "Field"),
    "import.value": ("值", "Value"),
    "import.message": ("问题", "Problem"),
    "import.no_file": ("请选择要上传的文件", "Choose a file to upload"),
    "import.empty_file": ("文件是空的", "The file is empty"),
    "import.unknown_kind": ("未知的导入类型", "Unknown import kind"),
    "import.too_many": ("仅显示前 {n} 处错误。", "Only the first {n} errors are shown."),
    "import.not_allowed": ("您的角色不能导入数据。", "Your role may not import data."),
}

# Each domain keeps its page texts in `fangkong/<domain>/messages.py` (a MESSAGES dict of the same
# shape), merged here once, so domains add texts without editing this shared table. Found by file, not
# by a list of domains; imported by name at run time, so core depends on no domain's code.


def _merge_domain_catalogues() -> None:
    import importlib
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.glob("*/messages.py")):
        name = f"fangkong.{path.parent.name}.messages"
        for key, pair in importlib.import_module(name).MESSAGES.items():
            if key in MESSAGES and MESSAGES[key] != pair:
                raise RuntimeError(f"i18n key {key!r} is defined twice ({name})")
            MESSAGES[key] = pair


_merge_domain_catalogues()


def normalize_lang(value: str | None) -> str:
    """'en', 'en-US', 'EN' -> 'en'; anything else (zh-CN, missing) -> the default."""
    if value and value.lower().split("-")[0] in LANGS:
        return value.lower().split("-")[0]
    return DEFAULT_LANG


def t(key: str, lang: str = DEFAULT_LANG, **params: object) -> str:
    """The text for `key` in `lang`; an unknown key shows itself, so a gap is visible, not fatal.
    English needs a singular: with n == 1 a `key.one` entry is preferred when there is one."""
    if params.get("n") in (1, "1") and f"{key}.one" in MESSAGES:
        key = f"{key}.one"
    pair = MESSAGES.get(key)
    if pair is None:
        return key
    text = pair[1] if lang == "en" else pair[0]
    return text.format(**params) if params else text
