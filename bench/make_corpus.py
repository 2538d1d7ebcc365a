"""Generate a synthetic national corpus of relief reports with their gold figures.

All 31 provinces and their cities, ten seasons, single reports and bulletin pages, every metric,
qualifier and status; part of the files wrapped like PDF columns, part encoded in GB18030.
Distractors (dates, hotlines, counts of towns, percentages) are mixed in.

usage: python bench/make_corpus.py N OUT_DIR [--seed S]
writes OUT_DIR/docs/*.txt and OUT_DIR/gold.jsonl (one line per figure)
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAINLAND_EXCLUDED = {"台湾", "香港", "澳门"}
CN_DIGITS = "零一二三四五六七八九"


@dataclass
class Gold:
    metric: str
    value: float
    unit: str
    qualifier: str
    status: str
    province: str


def load_places() -> dict[str, tuple[str, list[str]]]:
    """Province short name → (full name, prefecture names)."""
    provinces: dict[str, tuple[str, list[str]]] = {}
    with (ROOT / "etl" / "data" / "places.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        if r["level"] == "province" and r["province"] not in MAINLAND_EXCLUDED:
            provinces[r["province"]] = (r["name"], [])
    for r in rows:
        if r["level"] == "prefecture" and r["province"] in provinces and r["name"].endswith("市"):
            provinces[r["province"]][1].append(r["name"])
    return {k: v for k, v in provinces.items() if v[1] or k in ("北京", "上海", "天津", "重庆")}


def chinese(n: int) -> str:
    """Small integers in Chinese numerals (三百二十)."""
    if n < 10:
        return CN_DIGITS[n]
    out, units = "", [(1000, "千"), (100, "百"), (10, "十")]
    for size, word in units:
        digit, n = divmod(n, size)
        if digit:
            out += CN_DIGITS[digit] + word
        elif out and n:
            out += "零" if not out.endswith("零") else ""
    if n:
        out += CN_DIGITS[n]
    return out


def amount(rng: random.Random, base_unit: str, big: bool) -> tuple[str, float, str]:
    """(text, value, qualifier) for an amount in one of the ways reports write them."""
    style = rng.random()
    qualifier = "exact"
    if big and style < 0.35:
        value = round(rng.uniform(1.2, 99.8), 1)
        text, value = f"{value}亿", value * 1e8
    elif (big and style < 0.75) or (not big and style < 0.3):
        value = round(rng.uniform(1.5, 999), rng.choice([0, 1, 2]))
        text, value = f"{value:g}万", value * 1e4
    elif not big and style < 0.4:
        n = rng.randint(11, 999)
        text, value = chinese(n), float(n)
    else:
        n = rng.randint(120, 98000)
        text, value = str(n), float(n)
    pick = rng.random()
    if pick < 0.12:
        text, qualifier = "约" + text, "approx"
    elif pick < 0.2:
        text, qualifier = "近" + text, "approx"
    elif pick < 0.3 and text[-1] in "万亿" and text[0].isdigit() and "." not in text:
        text, qualifier = text[:-1] + rng.choice("余多") + text[-1], "at_least"
    elif pick < 0.36:
        text, qualifier = "超过" + text, "at_least"
    return text + base_unit, value, qualifier


# (metric, unit word, unit, big?, sentence with {n})
ACTUAL = [
    ("households_reached", "户", "households", False, "累计走访慰问困难群众{n}"),
    ("households_reached", "户次", "household_visits", False, "开展入户走访{n}"),
    ("people_reached", "人", "persons", False, "走访摸排困难群众{n}"),
    ("people_reached", "人次", "person_visits", False, "慰问活动惠及困难群众{n}"),
    ("people_aided", "人", "persons", False, "开展各类临时救助共计{n}"),
    ("people_aided", "人次", "person_visits", False, "救助流浪乞讨人员{n}"),
    ("staff_mobilized", "名", "persons", False, "组织{n}工作人员和志愿者参与排查"),
    ("funds_raised", "元", "yuan", True, "筹集慈善款物{n}"),
    ("funds_raised", "元", "yuan", True, "统筹整合各级财政资金{n}"),
    ("aid_disbursed", "元", "yuan", True, "发放救助资金{n}"),
    ("aid_disbursed", "元", "yuan", True, "下拨取暖补助资金{n}"),
    ("in_kind_value", "元", "yuan", True, "发放价值{n}的米面油等慰问物资"),
    ("items_distributed", "件", "items", False, "发放棉衣棉被{n}"),
    ("items_distributed", "份", "items", False, "向困难家庭送去“暖心包”{n}"),
]
PLANNED = [
    ("households_reached", "户", "households", False, "计划走访慰问困难家庭{n}"),
    ("funds_raised", "元", "yuan", True, "预计筹集资金{n}"),
    ("aid_disbursed", "元", "yuan", True, "计划向各地拨付专项资金{n}"),
]
STANDARDS = [
    ("每户", "yuan_per_household"),
    ("每人", "yuan_per_person"),
    ("每人每月", "yuan_per_person_month"),
]
DISTRACTORS = [
    "活动已连续开展{y}年",
    "全市{k}个乡镇（街道）同步行动",
    "救助热线12345全天开通",
    "覆盖面较上年提高{p}%",
    "每天巡查不少于{k}次",
    "{m}月{d}日，启动仪式在市民广场举行",
]
CAMPAIGNS = ["迎新春送温暖", "慈善情暖万家", "暖心敲门", "两节走访慰问", "冬季取暖救助"]


def article(rng: random.Random, places, season: int) -> tuple[str, str, list[Gold], str]:
    """(title, body, gold, attribution) of one article."""
    province = rng.choice(list(places))
    full, cities = places[province]
    city = rng.choice(cities) if cities and rng.random() < 0.5 else None
    where = f"{full}{city}" if city else full
    campaign = rng.choice(CAMPAIGNS)
    sentences, gold = [], []
    opening = (
        f"{rng.randint(1, 2)}月{rng.randint(1, 28)}日，{where}民政局启动{season}年“{campaign}”活动"
    )
    sentences.append(opening)
    for metric, word, unit, big, template in rng.sample(ACTUAL, rng.randint(8, 14)):
        text, value, qualifier = amount(rng, word, big)
        sentences.append(("截至目前，" if rng.random() < 0.3 else "") + template.format(n=text))
        gold.append(Gold(metric, value, unit, qualifier, "actual", province))
    for metric, word, unit, big, template in rng.sample(PLANNED, rng.randint(0, 2)):
        text, value, qualifier = amount(rng, word, big)
        sentences.append(template.format(n=text))
        gold.append(Gold(metric, value, unit, qualifier, "planned", province))
    if rng.random() < 0.5:
        rate, unit = rng.choice(STANDARDS)
        value = rng.choice([50, 200, 300, 500, 600, 800, 1000])
        sentences.append(f"救助标准为城乡低保对象{rate}{value}元")
        gold.append(Gold("aid_standard", float(value), unit, "exact", "standard", province))
    for template in rng.sample(DISTRACTORS, rng.randint(1, 3)):
        sentences.insert(
            rng.randint(1, len(sentences)),
            template.format(
                y=rng.randint(3, 20),
                k=rng.randint(2, 30),
                p=rng.randint(2, 40),
                m=rng.randint(1, 2),
                d=rng.randint(1, 28),
            ),
        )
    body = "。".join(sentences) + "。"
    title = f"{where}开展{season}年“{campaign}”活动"
    return title, body, gold, f"{where}民政局"


def wrap(text: str, rng: random.Random) -> str:
    """PDF column layout: 12-16 characters a line."""
    lines = []
    for para in text.split("\n"):
        i = 0
        while i < len(para):
            n = rng.randint(12, 16)
            lines.append(para[i : i + n])
            i += n
        lines.append("")
    return "\n".join(lines)


def report(rng: random.Random, places, season: int) -> tuple[str, list[tuple[int, Gold]]]:
    """One report file: a single article or a bulletin page of 2-4 articles."""
    count = 1 if rng.random() < 0.7 else rng.randint(2, 4)
    titles_first = rng.random() < 0.5
    parts, gold = [], []
    for index in range(1, count + 1):
        title, body, figures, attribution = article(rng, places, season)
        block = (
            [title, body, f"（据{attribution}）"]
            if titles_first or count == 1
            else [body, f"（据{attribution}）", title]
        )
        parts.append("\n\n".join(block))
        gold += [(index, g) for g in figures]
    return "\n\n".join(parts) + "\n", gold


def main() -> None:
    """Write the corpus."""
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    places = load_places()
    docs = args.out / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    n_figures = 0
    with (args.out / "gold.jsonl").open("w", encoding="utf-8") as gold_file:
        for i in range(args.n):
            season = 2017 + i % 10
            name = f"{season - 1}-12-{1 + i % 28:02d}-syn{i:06d}.txt"
            text, gold = report(rng, places, season)
            if rng.random() < 0.25:
                text = wrap(text, rng)
            data = text.encode("gb18030" if rng.random() < 0.2 else "utf-8")
            (docs / name).write_bytes(data)
            for article_index, g in gold:
                gold_file.write(
                    json.dumps(
                        {"doc": name, "article": article_index, **g.__dict__}, ensure_ascii=False
                    )
                    + "\n"
                )
            n_figures += len(gold)
    print(f"wrote {args.n} reports with {n_figures} gold figures to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
