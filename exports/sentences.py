"""Key numbers as sentences a briefing can quote: 2024年湖南省计划走访慰问53.6万户困难群众."""

from __future__ import annotations

from etl.extraction.places import gazetteer
from etl.units import format_amount

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
