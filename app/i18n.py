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
    "app_title": {"zh": "冬季救助成效分析", "en": "Winter relief outcomes"},
    "language": {"zh": "语言", "en": "Language"},
    "filters": {"zh": "筛选", "en": "Filters"},
    "province": {"zh": "省份", "en": "Province"},
    "all_provinces": {"zh": "全部省份", "en": "All provinces"},
    "seasons": {"zh": "救助季", "en": "Seasons"},
    "season": {"zh": "救助季", "en": "Season"},
    "season_fmt": {"zh": "{s}季", "en": "Season {s}"},
    "season_help": {
        "zh": "救助季以春节所在年份命名：2024季 = 2023年10月1日至2024年9月30日。",
        "en": "A season is named by its Spring Festival year: 2024 = 1 Oct 2023 – 30 Sep 2024.",
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
    "per_capita": {"zh": "人均救助", "en": "Per-capita aid"},
    "latest_season": {"zh": "最新救助季：{s}季", "en": "Latest season: {s}"},
    "provinces_reporting": {"zh": "报告省份：{p}", "en": "Provinces reporting: {p}"},
    "computed_note": {
        "zh": "计算方法：每个省份取该季省级口径的最大单项数字（不同报告不相加），再按省份相加；"
        "市县数字、多年累计数与计划数均不计入。",
        "en": "Computed as the largest province-level figure per province and season (reports "
        "are never added together), summed over provinces; city figures, multi-year "
        "cumulative figures and plans are left out.",
    },
}


def t(key: str, lang: str, **kwargs) -> str:
    """The interface text for `key` in `lang`, formatted with `kwargs`."""
    entry = TEXT[key]
    return entry.get(lang, entry["zh"]).format(**kwargs)


def metric_label(metric: str, lang: str) -> str:
    """A metric's name in the interface language."""
    return METRIC_LABELS.get(metric, {}).get(lang, metric)


def status_label(status: str, lang: str) -> str:
    """A status's name in the interface language."""
    return STATUS_LABELS.get(status, {}).get(lang, status)


def qualifier_label(qualifier: str, lang: str) -> str:
    """A qualifier's name in the interface language."""
    return QUALIFIER_LABELS.get(qualifier, {}).get(lang, qualifier)
