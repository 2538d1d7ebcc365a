"""Column names in both languages: one vocabulary for tables on screen and for exports.

A reader who sees 报告文件 above a table and downloads it finds 报告文件 in the CSV too; a
column that means something else gets a word of its own (数值 is the amount as officials
write it, 数值（基本单位） the number to compute with).
"""

from __future__ import annotations

COLUMNS: dict[str, dict[str, str]] = {
    "province": {"zh": "省份", "en": "Province"},
    "place": {"zh": "地点", "en": "Place"},
    "level": {"zh": "层级", "en": "Level"},
    "season": {"zh": "救助季", "en": "Season"},
    "metric": {"zh": "指标", "en": "Metric"},
    "status": {"zh": "口径", "en": "Status"},
    "value": {"zh": "数值（基本单位）", "en": "Value (base unit)"},
    "unit": {"zh": "单位", "en": "Unit"},
    "amount": {"zh": "数值", "en": "Value"},
    "qualifier": {"zh": "精度", "en": "Qualifier"},
    "period_start": {"zh": "起始日期", "en": "Period start"},
    "period_end": {"zh": "截止日期", "en": "Period end"},
    "cumulative": {"zh": "跨救助季", "en": "Spans seasons"},
    "quote": {"zh": "原文", "en": "Quote"},
    "title": {"zh": "文章标题", "en": "Article"},
    "article_title": {"zh": "文章标题", "en": "Article"},
    "publisher": {"zh": "发布方", "en": "Publisher"},
    "published": {"zh": "发布日期", "en": "Published"},
    "source_url": {"zh": "来源链接", "en": "Source link"},
    "doc": {"zh": "报告文件", "en": "Report file"},
    "article": {"zh": "文章序号", "en": "Article no."},
    "span": {"zh": "原文位置", "en": "Position in report"},
    "review": {"zh": "审核", "en": "Review"},
    "reviewed_by": {"zh": "审核人", "en": "Reviewed by"},
    "reviewed_at": {"zh": "审核时间", "en": "Reviewed at"},
    "confidence": {"zh": "置信度", "en": "Confidence"},
    "figure_id": {"zh": "编号", "en": "Figure id"},
    "articles": {"zh": "文章数", "en": "Articles"},
    "n_articles": {"zh": "文章数", "en": "Articles"},
    "figures": {"zh": "数字条数", "en": "Figures"},
    "n_figures": {"zh": "数字条数", "en": "Figures"},
    "reports": {"zh": "报告数", "en": "Reports"},
    "n_documents": {"zh": "报告数", "en": "Reports"},
    "newest": {"zh": "最新报告日期", "en": "Newest report"},
    "campaign": {"zh": "活动", "en": "Campaign"},
    "attribution": {"zh": "据", "en": "Attribution"},
    "from_page": {"zh": "取自网页的元数据", "en": "Metadata taken from the page"},
    "reason": {"zh": "原因", "en": "Reason"},
    "per_capita": {"zh": "人均/户均", "en": "Per capita"},
    "per_capita_yuan": {"zh": "人均/户均（元）", "en": "Per capita (yuan)"},
    "aid": {"zh": "发放资金与物资", "en": "Aid"},
    "aid_yuan": {"zh": "发放资金与物资（元）", "en": "Aid (yuan)"},
    "denominator": {"zh": "对象数", "en": "Recipients"},
    "denominator_metric": {"zh": "对象指标", "en": "Recipients metric"},
    "denominator_unit": {"zh": "对象单位", "en": "Recipients unit"},
    "basis": {"zh": "分母口径", "en": "Basis"},
    "median_yuan": {"zh": "中位数（元）", "en": "Median (yuan)"},
    "p25_yuan": {"zh": "下四分位（元）", "en": "Lower quartile (yuan)"},
    "p75_yuan": {"zh": "上四分位（元）", "en": "Upper quartile (yuan)"},
    "key": {"zh": "指标", "en": "Metric"},
    "approximate": {"zh": "近似", "en": "Approximate"},
    "has_report": {"zh": "有报告", "en": "Has report"},
    "n_total": {"zh": "总数", "en": "Total"},
}


def column(key: str, lang: str) -> str:
    """A column's name in `lang` (a column the vocabulary does not know keeps its key)."""
    return COLUMNS.get(key, {}).get(lang) or COLUMNS.get(key, {}).get("zh") or key
