"""Interface text in Simplified Chinese (default) and English."""

from __future__ import annotations

LANGUAGES = {"zh": "中文", "en": "English"}

METRIC_LABELS = {
    "households_reached": {"zh": "走访慰问户数", "en": "Households reached"},
    "people_reached": {"zh": "覆盖人数", "en": "People reached"},
    "people_aided": {"zh": "救助人数", "en": "People aided"},
    "staff_mobilized": {"zh": "动员人员", "en": "Staff mobilised"},
    "funds_raised": {"zh": "筹集款物", "en": "Funds raised"},
    "aid_disbursed": {"zh": "发放资金", "en": "Aid disbursed"},
    "in_kind_value": {"zh": "物资折价", "en": "Value of goods"},
    "items_distributed": {"zh": "发放物资件数", "en": "Items distributed"},
    "aid_standard": {"zh": "救助标准", "en": "Aid standard"},
}
METRIC_DEFINITIONS = {
    "households_reached": {
        "zh": "走访、慰问、入户、惠及、覆盖的户数",
        "en": "households visited, consoled or reached",
    },
    "people_reached": {"zh": "走访、摸排、慰问、惠及的人数", "en": "people visited or reached"},
    "people_aided": {"zh": "得到救助的人数", "en": "people who received aid"},
    "staff_mobilized": {
        "zh": "组织动员的工作人员、干部、志愿者人数",
        "en": "staff, officials and volunteers mobilised",
    },
    "funds_raised": {
        "zh": "筹集、募集、捐赠、统筹、整合的款物金额",
        "en": "money and goods raised, donated or pooled",
    },
    "aid_disbursed": {"zh": "发放、拨付、下拨的救助资金", "en": "relief money paid out"},
    "in_kind_value": {"zh": "发放物资的折价金额", "en": "value of goods handed out"},
    "items_distributed": {"zh": "发放的物资件数", "en": "items of goods handed out"},
    "aid_standard": {"zh": "每户、每人或每人每月的救助标准", "en": "stated aid rates"},
}
PROVINCE_EN = {
    "北京": "Beijing",
    "天津": "Tianjin",
    "河北": "Hebei",
    "山西": "Shanxi",
    "内蒙古": "Inner Mongolia",
    "辽宁": "Liaoning",
    "吉林": "Jilin",
    "黑龙江": "Heilongjiang",
    "上海": "Shanghai",
    "江苏": "Jiangsu",
    "浙江": "Zhejiang",
    "安徽": "Anhui",
    "福建": "Fujian",
    "江西": "Jiangxi",
    "山东": "Shandong",
    "河南": "Henan",
    "湖北": "Hubei",
    "湖南": "Hunan",
    "广东": "Guangdong",
    "广西": "Guangxi",
    "海南": "Hainan",
    "重庆": "Chongqing",
    "四川": "Sichuan",
    "贵州": "Guizhou",
    "云南": "Yunnan",
    "西藏": "Tibet",
    "陕西": "Shaanxi",
    "甘肃": "Gansu",
    "青海": "Qinghai",
    "宁夏": "Ningxia",
    "新疆": "Xinjiang",
    "台湾": "Taiwan",
    "香港": "Hong Kong",
    "澳门": "Macao",
}
STATUS_LABELS = {
    "actual": {"zh": "实际", "en": "Actual"},
    "planned": {"zh": "计划", "en": "Planned"},
    "standard": {"zh": "标准", "en": "Standard"},
}
QUALIFIER_LABELS = {
    "exact": {"zh": "确数", "en": "exact"},
    "approx": {"zh": "约数", "en": "approximate"},
    "at_least": {"zh": "下限（余/多/超过）", "en": "at least"},
    "at_most": {"zh": "上限（不超过）", "en": "at most"},
}

TEXT = {
    "view": {"zh": "显示方式", "en": "View"},
    "denominator_per_person": {
        "zh": "分母为救助人数或覆盖人数（人）；人次不作分母",
        "en": "divided by people aided or reached; person-visits never divide",
    },
    "denominator_per_household": {
        "zh": "分母为走访慰问户数（户）；户次不作分母",
        "en": "divided by households reached; household-visits never divide",
    },
    "per_capita_subject_per_person": {"zh": "人均救助", "en": "Aid per person"},
    "per_capita_subject_per_household": {"zh": "户均救助", "en": "Aid per household"},
    "per_month": {"zh": "（每人每月）", "en": " (per person a month)"},
    "no_province_level": {
        "zh": "所选范围内没有关于全省的“{m}”数字，无法做省际比较；下方可查看各省的市县数字。",
        "en": "No whole-province figure of “{m}” in this range to compare provinces; open a "
        "province below for its cities and counties.",
    },
    "nothing_for_metric": {
        "zh": "{p}在所选救助季没有“{m}”数字；可在侧边栏换一个指标。",
        "en": "{p} has no “{m}” figure in the chosen seasons; choose another metric.",
    },
    "places_title": {"zh": "{p}：{m}，全省与市县", "en": "{p}: {m}, province and places"},
    "places_note": {
        "zh": "方点为市县数字，圆点为全省数字；各级分列，不相加。",
        "en": "Squares: cities and counties; circles: the whole province; never added up.",
    },
    "overview_note": {
        "zh": "每张卡片取该省最近一次有报告的救助季中关于全省的最大数字（不同报告不相加）；"
        "没有全省数字时显示一个市县的数字并注明，不计入全省；变化与上一个有报告的救助季相比。"
        "人均/户均为同一报道中的发放金额除以人数或户数（人次、户次不作分母）。",
        "en": "Each card is the province's largest whole-province figure of its latest reported "
        "season (reports are never added); without one, a named city or county figure, never "
        "counted as the province; the change compares with the previous reported season. Per "
        "person / household: aid of one article divided by people or households (never visits).",
    },
    # one short word a line in English: a phone's four columns are about 55 px wide each
    "grid_households_reached": {"zh": "走访慰问<br>户数（户）", "en": "Households<br>reached"},
    "grid_people_reached": {"zh": "覆盖<br>人数（人）", "en": "People<br>reached"},
    "grid_funds_raised": {"zh": "筹集<br>款物（元）", "en": "Funds<br>(yuan)"},
    "grid_aid_delivered": {"zh": "发放资金<br>与物资（元）", "en": "Aid<br>(yuan)"},
    "level_note_province": {
        "zh": "省级口径：关于全省的数字，取每季最大值，不同报告不相加",
        "en": "province level: figures about the whole province, the season's largest",
    },
    "level_note_mixed": {
        "zh": "省级口径；无省级数字的省份列出其市县（单列，不相加）",
        "en": "province level; provinces without one show their cities and counties apart",
    },
    "city_series": {"zh": "{p}·{c}（{k}）", "en": "{p} · {c} ({k})"},
    # the bracket of a place's series in Chinese, by the end of its name; else 市县
    "level_town": {"zh": "乡镇街道", "en": "township"},
    "level_village": {"zh": "村社区", "en": "village or community"},
    "level_city": {"zh": "市县", "en": "city/county"},
    "several_places_series": {"zh": "{p}·多个市县", "en": "{p} · several places"},
    "several_places": {"zh": "多个市县", "en": "several places"},
    "each_place_series": {"zh": "{p}·各地", "en": "{p} · its places"},
    "clipped_note": {
        "zh": "高于{v}的数值画在纵轴顶端，以↑标注其数值。",
        "en": "Values above {v} are drawn at the top of the axis, marked ↑ with their amount.",
    },
    "legend_title": {"zh": "省份 · 口径", "en": "Province · status"},
    "subject_coverage": {"zh": "报告覆盖", "en": "Report coverage"},
    "subject_reports": {"zh": "报告清单", "en": "Report list"},
    "legend_more": {
        "zh": "另有{n}个系列未列入图例（见表格与XLSX）",
        "en": "{n} more series not listed (see the table and XLSX)",
    },
    "date_axis": {"zh": "数字截止日期", "en": "Date the figure runs to"},
    "bridge_note": {
        "zh": "细虚线连接相隔的报告季，中间各季无报告；相隔三季以上或相差十倍以上的数字不连线，"
        "多为不同项目。",
        "en": "A thin dotted line joins reported seasons across seasons without a report; "
        "reports over three seasons or tenfold apart, likely different programmes, are not "
        "joined.",
    },
    "view_chart": {"zh": "图表", "en": "Chart"},
    "view_table": {"zh": "表格", "en": "Table"},
    "series": {"zh": "系列", "en": "Series"},
    "value_number": {"zh": "数值", "en": "Value"},
    "value_text": {"zh": "数值（格式化）", "en": "Value (formatted)"},
    "focus_provinces": {"zh": "重点省份（黑龙江、青海、湖南、辽宁）", "en": "Focus provinces"},
    "overview_lead": {
        "zh": "每省一行：最近一次报告的数值、所属救助季、与上一次报告季相比的变化，以及历年走势。",
        "en": "One row per province: the latest reported value, its season, the change "
        "against the previous reported season, and the seasons before.",
    },
    "level_province": {"zh": "全省", "en": "whole province"},
    "level_place": {
        "zh": "仅{p}（{k}数字，不计入全省）",
        "en": "{p} only ({k} figure, not the province)",
    },
    "card_label_place": {"zh": "{m}（仅{p}）", "en": "{m} ({p} only)"},
    "card_season": {"zh": "{s}季 · {l}", "en": "Season {s} · {l}"},
    "vs_season": {"zh": "较{s}季", "en": "vs season {s}"},
    "no_previous": {"zh": "无更早报告可比", "en": "no earlier report to compare"},
    "per_capita_not_compared": {
        "zh": "各季人均数出自不同项目，不作跨季比较",
        "en": "each season's value comes from another programme: not compared",
    },
    "previous_too_far": {
        "zh": "上一次报告在{s}季，相隔过远，不计变化",
        "en": "last earlier report {s}, too far back to compare",
    },
    "previous_not_comparable": {
        "zh": "与{s}季数字相差十倍以上，多为不同项目，不作比较",
        "en": "over tenfold apart from season {s}, likely another programme: not compared",
    },
    "nothing_reported": {
        "zh": "本省在所选救助季没有这项数字",
        "en": "no such figure for the chosen seasons",
    },
    "joint_total": {"zh": "{n}省合计（{s}季）", "en": "{n} provinces together (season {s})"},
    "per_capita_card": {"zh": "人均/户均救助", "en": "Aid per person or household"},
    "headline_sources": {"zh": "卡片数字的出处", "en": "Where the card numbers come from"},
    "level": {"zh": "层级", "en": "Level"},
    "places_only": {
        "zh": "{p}：仅有市县数字",
        "en": "{p}: city and county figures only",
    },
    "places_only_status": {
        "zh": "{p}：{s}数仅有市县数字",
        "en": "{p}: {s} figures from cities and counties only",
    },
    "campaign_title": {"zh": "{p}：历年成效一览", "en": "{p}: the campaign season by season"},
    "campaign_note": {
        "zh": "蓝格为该季最大的省级数字；橙格为一地的数字，格中注明地名（不代表全省，不相加）；"
        "空白为无报告。",
        "en": "A blue cell is the season's largest province-level figure; an orange cell is one "
        "place's figure and names the place (not the province's, never added); blank: no report.",
    },
    "nothing_for_province": {
        "zh": "{p}在所选救助季没有任何数字。请把该省的报告放入 reports/ 目录，然后运行 "
        "`python -m etl build`。",
        "en": "No figure for {p} in the chosen seasons. Put its reports into reports/ and run "
        "`python -m etl build`.",
    },
    "sign_in": {"zh": "分析员登录", "en": "Analyst sign-in"},
    "sign_out": {"zh": "退出登录", "en": "Sign out"},
    "analyst_password": {"zh": "分析员密码", "en": "Analyst password"},
    "wrong_password": {"zh": "密码不正确", "en": "Wrong password"},
    "url_ignored": {
        "zh": "链接中的部分筛选条件无效，已忽略或调整：{p}",
        "en": "Some filters in the link were not valid and were ignored or adjusted: {p}",
    },
    "sign_in_locked": {
        "zh": "登录失败次数过多，请 {m} 分钟后再试。",
        "en": "Too many failed sign-ins: try again in {m} minutes.",
    },
    "analysts_only": {
        "zh": "此页面仅供分析员使用，请先在侧边栏登录。",
        "en": "This page is for analysts: sign in from the sidebar first.",
    },
    "page_upload": {"zh": "上传报告", "en": "Upload reports"},
    "upload_files": {
        "zh": "报告文件（TXT、MD、PDF、DOCX、HTML）",
        "en": "Report files (TXT, MD, PDF, DOCX, HTML)",
    },
    "publisher": {"zh": "发布方", "en": "Publisher"},
    "published": {"zh": "发布日期", "en": "Published"},
    "source_url": {"zh": "来源链接", "en": "Source URL"},
    "report_title": {"zh": "标题", "en": "Title"},
    "from_page_note": {
        "zh": "取自网页（元数据中没有）：{f}",
        "en": "taken from the page (not in the metadata): {f}",
    },
    "prefilled": {
        "zh": "已按网页 {n} 预填：{f}（请核对）",
        "en": "Pre-filled from the page {n}: {f} (please check)",
    },
    "store": {"zh": "保存报告", "en": "Store reports"},
    "stored": {"zh": "已保存：{n}", "en": "Stored: {n}"},
    "refused": {"zh": "未接收：{n}（{r}）", "en": "Refused: {n} ({r})"},
    "rebuild": {"zh": "重新构建仓库", "en": "Rebuild the warehouse"},
    "building": {"zh": "正在读取 {d}/{t}：{n}", "en": "Reading {d}/{t}: {n}"},
    "built": {
        "zh": "已发布：{l} 份报告，{f} 条数字；{r} 份未能读取。",
        "en": "Published: {l} reports, {f} figures; {r} could not be read.",
    },
    "build_failed": {"zh": "构建未发布：{e}", "en": "Nothing published: {e}"},
    "not_applied": {
        "zh": "更正 #{c}（{n}）未应用：{r}",
        "en": "Correction #{c} on {n} not applied: {r}",
    },
    "review": {"zh": "审核", "en": "Review"},
    "confirm": {"zh": "确认无误", "en": "Confirm"},
    "reject_figure": {"zh": "驳回（不是成效数字）", "en": "Reject (not a figure)"},
    "correct": {"zh": "保存更正", "en": "Save correction"},
    "add_figure": {"zh": "补录遗漏的数字", "en": "Add a missed figure"},
    "number_as_written": {
        "zh": "原文中的数字（如 30801名）",
        "en": "Number as written (e.g. 30801名)",
    },
    "sentence": {"zh": "所在句子", "en": "Sentence"},
    "saved_review": {
        "zh": "已记录，下次构建时生效。",
        "en": "Recorded; applied by the next build.",
    },
    "not_found": {
        "zh": "在文章中找不到该句子或数字。",
        "en": "The sentence or number is not in the article.",
    },
    "reviewed_label": {"zh": "已审核", "en": "Reviewed"},
    "page_review": {"zh": "待复核", "en": "Review queue"},
    "queue_lead": {
        "zh": "置信度低于阈值的数字（待复核）排在最前，置信度最低的在先；其后是尚未审核的数字，"
        "最新的在先。选择一行，查看原文并确认、更正或驳回。",
        "en": "Figures the extractor was unsure of (needs review) come first, least confident "
        "first; then figures nobody has reviewed yet, newest first. Select a row to see its "
        "sentence and confirm, correct or reject it.",
    },
    "queue_count": {
        "zh": "待复核 {n} 条（置信度低于 {th}）· 尚未审核共 {m} 条",
        "en": "{n} need review (confidence under {th}) · {m} not yet reviewed in all",
    },
    "queue_pending": {
        "zh": "已记录 {n} 项决定，已移出队列；下次构建仓库时生效（“上传报告”页 → 重新构建仓库），"
        "在此之前图表和数据明细仍显示原值。",
        "en": "{n} decision(s) recorded and taken off the queue; they take effect at the next "
        "build (Upload reports → Rebuild the warehouse) — until then charts and the figures "
        "table show the old values.",
    },
    "queue_empty": {
        "zh": "所选省份没有等待审核的数字。",
        "en": "No figure waits for review in the chosen provinces.",
    },
    "queue_saved": {
        "zh": "已记录并移出队列，下次构建时生效。",
        "en": "Recorded and taken off the queue; applied by the next build.",
    },
    "queue_select": {
        "zh": "选择一行，查看原文并审核。",
        "en": "Select a row to see its sentence and review it.",
    },
    "unreviewed": {"zh": "未审核", "en": "not reviewed"},
    "whole_article": {"zh": "查看全文", "en": "Whole article"},
    "amount_value": {"zh": "数值（基本单位）", "en": "Value (base unit)"},
    "unit": {"zh": "单位", "en": "Unit"},
    "qualifier": {"zh": "精度", "en": "Qualifier"},
    "place": {"zh": "地点", "en": "Place"},
    "period_start": {"zh": "起始日期", "en": "Period start"},
    "period_end": {"zh": "截止日期", "en": "Period end"},
    "briefing_pack": {
        "zh": "下载简报（PPTX，所选救助季）",
        "en": "Briefing pack (PPTX, chosen seasons)",
    },
    "median_hover": {
        "zh": "{p}：中位数 {v}（{n} 篇报道，四分位 {lo}–{hi}）",
        "en": "{p}: median {v} ({n} articles, quartiles {lo}–{hi})",
    },
    "showing_newest_of": {
        "zh": "显示最新的 {k} 条（共 {n} 条）。",
        "en": "Showing the newest {k} of {n}.",
    },
    "showing_newest": {
        "zh": "显示最新的 {k} 条（共 {n} 条）；选择省份可缩小范围，下载可得全部。",
        "en": "Showing the newest {k} of {n}; choose provinces to narrow them, or download all.",
    },
    "amount_reads": {
        "zh": "现值读作：{a}。请输入以元、户或人为单位的数值。",
        "en": "The stored value reads {a}. Type the amount in yuan, households or persons.",
    },
    "showing_top": {
        "zh": "显示前 {k} 条（共 {n} 条）；缩小筛选范围可看到其余。",
        "en": "Showing the first {k} of {n}; narrow the filters to see the rest.",
    },
    "showing_first": {
        "zh": "显示最新的 {k} 条（共 {n} 条）；缩小筛选范围或下载完整数据。",
        "en": "Showing the newest {k} of {n}; narrow the filters or download them all.",
    },
    "per_capita_median": {"zh": "{n} 篇报道测算值的中位数", "en": "median of {n} article(s)"},
    "provinces_this_season": {
        "zh": "{s}季各省数字（实际）",
        "en": "Provinces in season {s} (actual)",
    },
    "status_actual": {"zh": "实际", "en": "actual"},
    "status_planned": {"zh": "计划", "en": "planned"},
    "status_both": {"zh": "实际+计划", "en": "Actual + planned"},
    "derived": {"zh": "测算人均（同一报道）", "en": "Derived (same article)"},
    "stated_standard": {"zh": "公布的救助标准", "en": "Stated standard"},
    "stated_standard_series": {"zh": "公布的救助标准", "en": "stated standard"},
    "stated_times": {"zh": "{n}篇报告公布了这一标准", "en": "stated in {n} reports"},
    "cell_counts": {"zh": "{d}份/{f}条", "en": "{d} rep. / {f} fig."},
    "trend_title": {"zh": "{m}：各省历年变化", "en": "{m} by season and province"},
    "trend_note": {
        "zh": "实线为实际数，虚线空心点为计划数；约=约数，余=下限；断点表示该季无报告。"
        "每点为该省当季省级口径最大数字，不同报告不相加。",
        "en": "Solid: actual; dashed, hollow: planned; ~ approximate, ≥ lower bound; a gap "
        "means no report. Each point is the province's largest province-level figure.",
    },
    "within_title": {"zh": "{m}：{s}季内按日期", "en": "{m} within season {s}, by date"},
    "within_note": {
        "zh": "横轴为数字截止日期。",
        "en": "Dates are the end of the period each figure covers.",
    },
    "cumulative_title": {
        "zh": "{m}：跨救助季的数字（按覆盖年份）",
        "en": "{m}: figures spanning seasons, by the years they cover",
    },
    "cumulative_note": {
        "zh": "多年累计数与全年合计数跨越两个以上救助季，"
        "只按其覆盖年份显示，不计入任何单一救助季。",
        "en": "Multi-year totals and calendar-year totals span two seasons or more; they are "
        "drawn over the years they cover and never count as one season's value.",
    },
    "province_title": {"zh": "{m}：{s}季各省比较", "en": "{m}: provinces in season {s}"},
    "map_title": {"zh": "{m}：{s}季分布", "en": "{m}: season {s} map"},
    "map_note": {
        "zh": "方块图：每省一格，位置示意；灰色为本季无全省口径数字（不等于零）。",
        "en": "Tile map: one square per province at its rough position; grey: no "
        "province-level figure this season (which is not zero).",
    },
    "places_of": {
        "zh": "{p}：市县数字（单独列示，不计入全省）",
        "en": "{p}: city and county figures (shown apart, never added to the province)",
    },
    "reports_of": {"zh": "{p}：报告", "en": "{p}: reports"},
    "choose_province": {"zh": "查看省份", "en": "Open province"},
    "per_person": {"zh": "人均（每人）", "en": "Per person"},
    "per_household": {"zh": "户均（每户）", "en": "Per household"},
    "per_capita_title": {"zh": "{b}救助：测算值与公布标准", "en": "{b} aid: derived and stated"},
    "per_capita_note": {
        "zh": "测算值 =（发放资金 + 物资折价）÷ 救助人数（无则覆盖人数，再无则户数），"
        "只用同一报道、同一地点、同一期间的数字；公布标准单独显示，不参与测算。",
        "en": "Derived = (aid disbursed + value of goods) ÷ people aided (else people "
        "reached, else households), from figures of one article, place and period; stated "
        "standards are shown beside it, never mixed in.",
    },
    "per_capita_note_per_person": {
        "zh": "测算值 =（发放资金 + 物资折价）÷ 救助人数（无则覆盖人数），"
        "只用同一报道、同一地点、同一期间的数字；公布标准单独显示，不参与测算。",
        "en": "Derived = (aid disbursed + value of goods) ÷ people aided (else people "
        "reached), from figures of one article, place and period; stated standards are "
        "shown beside it, never mixed in.",
    },
    "per_capita_note_per_household": {
        "zh": "测算值 =（发放资金 + 物资折价）÷ 走访慰问户数（只在报道未给人数时），"
        "只用同一报道、同一地点、同一期间的数字；公布标准单独显示，不参与测算。",
        "en": "Derived = (aid disbursed + value of goods) ÷ households reached (only where "
        "the article gives no count of people), from figures of one article, place and "
        "period; stated standards are shown beside it, never mixed in.",
    },
    "province_from_text": {"zh": "不指定（由正文判断）", "en": "Not given (read from the text)"},
    "inputs": {"zh": "测算依据", "en": "Inputs"},
    "figures_count": {"zh": "共 {n} 条数字", "en": "{n} figures"},
    "all_metrics": {"zh": "全部指标", "en": "All metrics"},
    "with_standards": {"zh": "含救助标准", "en": "Include aid standards"},
    "standards_listed": {"zh": "含救助标准", "en": "incl. aid standards"},
    "standards_help": {
        "zh": "救助标准（如每户600元）既非实际也非计划，打开时与所选状态的数字一并列出。",
        "en": "Aid standards (such as 600 yuan a household) are neither actual nor planned; "
        "when on, they are listed beside the figures of the chosen status.",
    },
    "select_row": {
        "zh": "选择一行，查看原文出处。",
        "en": "Select a row to see the sentence in its article.",
    },
    "from_article": {"zh": "原文：{t}", "en": "Source article: {t}"},
    "coverage_title": {"zh": "报告覆盖：省份 × 救助季", "en": "Report coverage: province × season"},
    "coverage_note": {
        "zh": "格内数字为报告份数（悬停可见数字条数）；灰色为无报告，不等于零。",
        "en": "Cells: number of reports (hover for figures); grey: no report, which is not zero.",
    },
    "coverage_slide_note": {
        "zh": "格内数字为该省该季的报告份数；灰色为无报告，不等于零。",
        "en": "Each cell: the number of reports of that province and season; grey: no "
        "report, which is not zero.",
    },
    "freshness": {"zh": "各省最新报告", "en": "Newest report per province"},
    "rejected": {"zh": "未能读取的文件", "en": "Files that could not be read"},
    "no_rejects": {"zh": "没有被拒绝的文件。", "en": "No file was rejected."},
    "reports": {"zh": "报告与文章", "en": "Reports and articles"},
    "season_pick": {"zh": "查看救助季", "en": "Season shown"},
    "no_figures": {"zh": "当前筛选条件下没有数字。", "en": "No figures for these filters."},
    "app_title": {"zh": "冬季救助成效分析", "en": "Winter relief outcomes"},
    "language": {"zh": "语言", "en": "Language"},
    "filters": {"zh": "筛选", "en": "Filters"},
    "province": {"zh": "省份", "en": "Province"},
    "all_provinces": {"zh": "全部省份", "en": "All provinces"},
    "seasons": {"zh": "救助季", "en": "Seasons"},
    "season": {"zh": "救助季", "en": "Season"},
    "season_fmt": {"zh": "{s}季", "en": "Season {s}"},
    "season_range": {"zh": "{s}季–{s_to}季", "en": "Seasons {s} to {s_to}"},
    "season_tick": {"zh": "{s}季", "en": "{s}"},
    "season_help": {
        "zh": "救助季以春节所在年份命名：2024季 = 2023年10月1日至2024年9月30日。",
        "en": "A season runs from 1 October to 30 September and holds one Spring Festival: "
        "2023–24 = 1 Oct 2023 – 30 Sep 2024.",
    },
    "metric": {"zh": "指标", "en": "Metric"},
    "status": {"zh": "口径", "en": "Status"},
    "page_overview": {"zh": "总览", "en": "Overview"},
    "page_trends": {"zh": "趋势", "en": "Trends"},
    "page_provinces": {"zh": "省份", "en": "Provinces"},
    "page_per_capita": {"zh": "人均救助", "en": "Per-capita aid"},
    "page_figures": {"zh": "数据明细", "en": "Figures"},
    "page_sources": {"zh": "报告来源", "en": "Sources"},
    "no_data": {"zh": "暂无数据", "en": "No data yet"},
    "no_data_help": {
        "zh": "仓库中还没有已发布的报告数据。请把报告放入 reports/ 目录，然后运行 "
        "`python -m etl build`（或 `python3 run.py`）。",
        "en": "No published report data yet. Put reports into reports/ and run "
        "`python -m etl build` (or `python3 run.py`).",
    },
    "no_report": {"zh": "无报告", "en": "no report"},
    "source_line": {"zh": "数据来源：{src}", "en": "Source: {src}"},
    "reports_behind": {"zh": "{n} 份报告 · 最新 {d}", "en": "{n} report(s) · newest {d}"},
    "vs_previous": {"zh": "较{s}季", "en": "vs season {s}"},
    "planned_apart": {
        "zh": "计划数（单独列示，不与实际数相加）",
        "en": "Planned (shown apart, never added to actual)",
    },
    "aid_delivered": {"zh": "发放资金与物资", "en": "Aid delivered (cash and goods)"},
    "aid_delivered_short": {"zh": "发放资金与物资", "en": "Aid delivered"},
    "per_capita": {"zh": "人均救助", "en": "Per-capita aid"},
    "latest_season": {"zh": "最新救助季：{s}季", "en": "Latest season: {s}"},
    "provinces_reporting": {"zh": "报告省份：{p}", "en": "Provinces reporting: {p}"},
    "computed_note": {
        "zh": "计算方法：每个省份取该季省级口径的最大单项数字（不同报告不相加），各省分列、"
        "不相加；市县数字、多年累计数与计划数均不计入。",
        "en": "Computed as the largest province-level figure per province and season (reports "
        "are never added together), one bar per province, never summed; city figures, "
        "multi-year cumulative figures and plans are left out.",
    },
    "computed_note_planned": {
        "zh": "计算方法：每个省份取该季省级口径的最大单项数字（不同报告不相加），各省分列、"
        "不相加；计划数以斜线柱单独显示，不与实际数相加；市县数字与多年累计数不计入。",
        "en": "Computed as the largest province-level figure per province and season (reports "
        "are never added together), one bar per province, never summed; plans are hatched "
        "bars of their own, never added to actual figures; city figures and multi-year "
        "cumulative figures are left out.",
    },
}


# Arguments of the interface texts that are always a season (its Spring Festival year).
_SEASON_ARGS = ("s", "s_to")


def season_name(season: int | str, lang: str) -> str:
    """A season as its readers name it: 2024 in Chinese (the 2024季), 2023–24 in English, where
    a bare 2024 reads as a calendar year. Anything not a season year is returned as it is."""
    text = str(season)
    if lang != "en" or not (len(text) == 4 and text.isdigit()):
        return text
    year = int(text)
    return f"{year - 1}–{year % 100:02d}"


def seasons_text(first: int, last: int, lang: str) -> str:
    """One season (Season 2023–24, 2024季) or a range of them (Seasons 2019–20 to 2023–24)."""
    if first == last:
        return t("season_fmt", lang, s=first)
    return t("season_range", lang, s=first, s_to=last)


def t(key: str, lang: str, **kwargs) -> str:
    """The interface text for `key` in `lang`, formatted with `kwargs` (seasons named as
    `season_name` does)."""
    entry = TEXT[key]
    for arg in _SEASON_ARGS:
        if arg in kwargs:
            kwargs[arg] = season_name(kwargs[arg], lang)
    return entry.get(lang, entry["zh"]).format(**kwargs)


def metric_label(metric: str, lang: str) -> str:
    """A metric's name in the interface language."""
    return METRIC_LABELS.get(metric, {}).get(lang, metric)


def metric_definition(metric: str, lang: str) -> str:
    """What a metric counts, in one short line (chart subtitles, export notes)."""
    return METRIC_DEFINITIONS.get(metric, {}).get(lang, "")


def province_label(province: str | None, lang: str) -> str:
    """A province's short name in the interface language (Chinese names stay as written)."""
    if not province:
        return "—"
    return PROVINCE_EN.get(province, province) if lang == "en" else province


def status_label(status: str, lang: str) -> str:
    """A status's name in the interface language."""
    return STATUS_LABELS.get(status, {}).get(lang, status)


def qualifier_label(qualifier: str, lang: str) -> str:
    """A qualifier's name in the interface language."""
    return QUALIFIER_LABELS.get(qualifier, {}).get(lang, qualifier)


# How the names of places below a county end: a town's, a village's or a community's.
_TOWN_ENDINGS = ("镇", "乡", "街道", "苏木")
_VILLAGE_ENDINGS = ("村", "社区", "嘎查", "居委会", "村委会")


def place_level(place: str | None, lang: str) -> str:
    """The kind of place a name is, by how it ends: 市县, 乡镇街道 or 村社区."""
    name = place or ""
    if name.endswith(_VILLAGE_ENDINGS):
        return t("level_village", lang)
    if name.endswith(_TOWN_ENDINGS):
        return t("level_town", lang)
    return t("level_city", lang)
