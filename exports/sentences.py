"""Key numbers as sentences a briefing can quote: 2024年湖南省计划走访慰问53.6万户困难群众."""

from __future__ import annotations

from etl.extraction.places import gazetteer
from etl.units import format_amount
from presentation.headlines import MAX_COMPARE_GAP, unchanged
from presentation.i18n import season_name, t

TEMPLATES = {
    "households_reached": "走访慰问{amount}困难群众",
    "people_reached": "惠及困难群众{amount}",
    "people_aided": "救助困难群众{amount}",
    "staff_mobilized": "动员工作人员{amount}",
    "funds_raised": "筹集款物{amount}",
    "aid_disbursed": "发放救助资金{amount}",
    "in_kind_value": "发放物资折合{amount}",
    "items_distributed": "发放物资{amount}",
}


def key_sentence(
    season: int, province: str, metric: str, status: str, value: float, unit: str, qualifier: str
) -> str:
    """One headline figure as a sentence, keeping 计划 and 约/余 as the report wrote them."""
    where = gazetteer().full_province_name(province)
    plan = "计划" if status == "planned" else ""
    what = TEMPLATES[metric].format(amount=format_amount(value, unit, qualifier))
    return f"{season}年{where}{plan}{what}"


def change_sentence(
    province: str,
    metric_name: str,
    season: int,
    amount: str,
    previous: int | None,
    change: float | None,
    source: str,
    lang: str = "zh",
    place: str | None = None,
) -> str:
    """A key point that states the latest value, its change and its source, in one language:
    湖南：2024季筹集款物约3.5亿元，较2022季下降7.9%（据公益时报）."""
    # as the overview card says: a change that rounds to 0.0% is none, and a report too far
    # back is no different measure
    flat = unchanged(change)
    far = previous is not None and season - previous > MAX_COMPARE_GAP
    if lang == "zh":
        where = f"{province}（仅{place}）" if place else province
        text = f"{where}：{season}季{metric_name}{amount}"
        if flat:
            text += f"，与{previous}季持平"
        elif change is not None:
            word = "增长" if change >= 0 else "下降"
            text += f"，较{previous}季{word}{abs(change) * 100:.1f}%"
        elif far:
            text += f"，上一次报告在{previous}季，相隔过远，不作比较"
        elif previous is not None:  # tenfold apart, as the card says
            text += "，" + t("previous_not_comparable", "zh", s=previous)
        else:
            text += "，此前无可比报告"
        return text + (f"（据{source}）" if source else "")
    where = f"{province} ({place} only)" if place else province
    named, before = season_name(season, "en"), season_name(previous or "", "en")
    text = f"{where}, season {named}: {metric_name.lower()} {amount}"
    if flat:
        text += f", unchanged on season {before}"
    elif change is not None:
        text += f", {change * 100:+.1f}% on season {before}"
    elif far:
        text += f", last earlier report {before}, too far back to compare"
    elif previous is not None:
        text += ", " + t("previous_not_comparable", "en", s=previous)
    else:
        text += ", no earlier report to compare"
    return text + (f" (source: {source})" if source else "")
