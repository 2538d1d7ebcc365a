"""Place names in English: the gazetteer's provinces, cities and counties as romanised names.

`data/places_en.csv` holds one English name per gazetteer name (西宁市 → Xining, 钟山区 →
Zhongshan District, 泾县 → Jing County). It is written by `python -m presentation.places_en`
from etl/data/places.csv: Hanyu Pinyin of the name without its suffix (pypinyin, a development
dependency only), syllables joined with an apostrophe before a, o, e (Xi'an), and the suffix as
a word (区 District, 县 County, 地区 Prefecture, 盟 League). Names whose English is not plain
Pinyin — autonomous areas, the counties of Xinjiang and Tibet, Inner Mongolia's banners — are
left out unless the EXCEPTIONS table below gives their usual English (乌鲁木齐市 → Urumqi);
a name without an English entry stays in Chinese, which is better than a wrong guess.
Places the gazetteer does not know (towns, streets, villages) stay in Chinese too.
"""

from __future__ import annotations

import csv
import sys
from functools import cache
from pathlib import Path

from presentation.i18n import PROVINCE_EN

PLACES_EN = Path(__file__).parent / "data" / "places_en.csv"
COUNTRY_EN = {"全国": "Nationwide"}  # a figure about the whole country (a national body's)

# Names read with another sound in a place name than in common words, or known in English by
# a name other than their Pinyin; each checked against the name as officially romanised.
EXCEPTIONS = {
    "哈尔滨市": "Harbin",
    "齐齐哈尔市": "Qiqihar",
    "呼和浩特市": "Hohhot",
    "包头市": "Baotou",
    "乌海市": "Wuhai",
    "赤峰市": "Chifeng",
    "通辽市": "Tongliao",
    "鄂尔多斯市": "Ordos",
    "呼伦贝尔市": "Hulunbuir",
    "巴彦淖尔市": "Bayannur",
    "乌兰察布市": "Ulanqab",
    "兴安盟": "Hinggan League",
    "锡林郭勒盟": "Xilingol League",
    "阿拉善盟": "Alxa League",
    "拉萨市": "Lhasa",
    "日喀则市": "Shigatse",
    "昌都市": "Qamdo",
    "林芝市": "Nyingchi",
    "山南市": "Shannan",
    "那曲地区": "Nagqu Prefecture",
    "阿里地区": "Ngari Prefecture",
    "乌鲁木齐市": "Urumqi",
    "克拉玛依市": "Karamay",
    "吐鲁番市": "Turpan",
    "哈密市": "Hami",
    "阿克苏地区": "Aksu Prefecture",
    "阿克苏市": "Aksu",
    "喀什地区": "Kashgar Prefecture",
    "喀什市": "Kashgar",
    "和田地区": "Hotan Prefecture",
    "和田市": "Hotan",
    "塔城地区": "Tacheng Prefecture",
    "阿勒泰地区": "Altay Prefecture",
    "石河子市": "Shihezi",
    "库尔勒市": "Korla",
    "天山区": "Tianshan District",
    "新疆生产建设兵团": "Xinjiang Production and Construction Corps",
    "格尔木市": "Golmud",
    "六安市": "Lu'an",
    "六合区": "Luhe District",
    "长治市": "Changzhi",
    "长子县": "Zhangzi County",
    "单县": "Shan County",
    "洪洞县": "Hongtong County",
    "涡阳县": "Guoyang County",
    "筠连县": "Junlian County",
    "繁峙县": "Fanshi County",
    "漯河市": "Luohe",
    "蚌山区": "Bengshan District",
    "朝阳市": "Chaoyang",
    "朝阳区": "Chaoyang District",
    "朝阳县": "Chaoyang County",
    "长垣市": "Changyuan",
    "长垣县": "Changyuan County",
    "郫都区": "Pidu District",
    "曾都区": "Zengdu District",
    "都昌县": "Duchang County",
    "南乐县": "Nanle County",
    "什邡市": "Shifang",
    "马尾区": "Mawei District",
    "泊头市": "Botou",
    "宕昌县": "Tanchang County",
    "龙圩区": "Longxu District",
    "覃塘区": "Qintang District",
    "六枝特区": "Liuzhi Special District",
    "蔚县": "Yu County",
    "浚县": "Xun County",
    "召陵区": "Shaoling District",
    "珲春市": "Hunchun",
    "神农架林区": "Shennongjia Forestry District",
    "万柏林区": "Wanbailin District",
    "西沙群岛": "Xisha Islands",
    "南沙群岛": "Nansha Islands",
    # autonomous prefectures and counties of the four provinces the product started with, and
    # the counties of 湘西 (plain Pinyin, though their prefecture is autonomous)
    "湘西土家族苗族自治州": "Xiangxi Tujia and Miao Autonomous Prefecture",
    "吉首市": "Jishou",
    "泸溪县": "Luxi County",
    "凤凰县": "Fenghuang County",
    "花垣县": "Huayuan County",
    "保靖县": "Baojing County",
    "古丈县": "Guzhang County",
    "永顺县": "Yongshun County",
    "龙山县": "Longshan County",
    "城步苗族自治县": "Chengbu Miao Autonomous County",
    "江华瑶族自治县": "Jianghua Yao Autonomous County",
    "麻阳苗族自治县": "Mayang Miao Autonomous County",
    "新晃侗族自治县": "Xinhuang Dong Autonomous County",
    "芷江侗族自治县": "Zhijiang Dong Autonomous County",
    "靖州苗族侗族自治县": "Jingzhou Miao and Dong Autonomous County",
    "通道侗族自治县": "Tongdao Dong Autonomous County",
    "岫岩满族自治县": "Xiuyan Manchu Autonomous County",
    "新宾满族自治县": "Xinbin Manchu Autonomous County",
    "清原满族自治县": "Qingyuan Manchu Autonomous County",
    "本溪满族自治县": "Benxi Manchu Autonomous County",
    "桓仁满族自治县": "Huanren Manchu Autonomous County",
    "宽甸满族自治县": "Kuandian Manchu Autonomous County",
    "阜新蒙古族自治县": "Fuxin Mongol Autonomous County",
    "喀喇沁左翼蒙古族自治县": "Harqin Left Wing Mongol Autonomous County",
    "杜尔伯特蒙古族自治县": "Dorbod Mongol Autonomous County",
    "大通回族土族自治县": "Datong Hui and Tu Autonomous County",
    "民和回族土族自治县": "Minhe Hui and Tu Autonomous County",
    "互助土族自治县": "Huzhu Tu Autonomous County",
    "化隆回族自治县": "Hualong Hui Autonomous County",
    "循化撒拉族自治县": "Xunhua Salar Autonomous County",
    "门源回族自治县": "Menyuan Hui Autonomous County",
    "河南蒙古族自治县": "Henan Mongol Autonomous County",
    "海北藏族自治州": "Haibei Tibetan Autonomous Prefecture",
    "黄南藏族自治州": "Huangnan Tibetan Autonomous Prefecture",
    "海南藏族自治州": "Hainan Tibetan Autonomous Prefecture",
    "果洛藏族自治州": "Golog Tibetan Autonomous Prefecture",
    "玉树藏族自治州": "Yushu Tibetan Autonomous Prefecture",
    "海西蒙古族藏族自治州": "Haixi Mongol and Tibetan Autonomous Prefecture",
}
# Suffix → English word, longest first; a county-level or prefecture-level 市 is the name alone.
SUFFIXES = (
    ("特别行政区", None),
    ("新区", " New Area"),
    ("矿区", " Mining District"),
    ("地区", " Prefecture"),
    ("区", " District"),
    ("县", " County"),
    ("市", ""),
    ("盟", " League"),
)
# Characters Pinyin tools read with their common sound, where place names use another.
PLACE_READINGS = {
    "长": "chang",
    "都": "du",
    "朝": "chao",
    "蚌": "beng",
    "重": "chong",
    "佛": "fo",
}
NOT_PINYIN_PROVINCES = ("新疆", "西藏")  # county names there are transcribed, not Pinyin


def _romanised(stem: str) -> str:
    from pypinyin import lazy_pinyin  # development dependency: only to write the table

    phrase = lazy_pinyin(stem, v_to_u=True)  # the phrase dictionary knows most names
    out = []
    for i, ch in enumerate(stem):
        sound = PLACE_READINGS.get(ch) or (phrase[i] if len(phrase) == len(stem) else "")
        if not sound or not sound.isalpha():
            return ""
        if i and sound[0] in "aoe":
            sound = "'" + sound  # Xi'an, Yan'an: where one syllable ends and the next begins
        out.append(sound)
    text = "".join(out)
    return text[:1].upper() + text[1:]


def english_name(name: str, level: str, province: str, prefecture: str = "") -> str | None:
    """The English of one gazetteer name, or None when it is not reliably plain Pinyin."""
    if name in EXCEPTIONS:
        return EXCEPTIONS[name]
    if level == "province":
        short = next((p for p in PROVINCE_EN if name.startswith(p)), None)
        return PROVINCE_EN.get(short) if short else None
    # autonomous areas and the places inside them, ethnic districts, banners: their English
    # follows the language of the people who named them, not Pinyin
    if "自治" in name or "自治" in prefecture or "族" in name or name.endswith("旗"):
        return None
    if province in NOT_PINYIN_PROVINCES or province == "内蒙古":
        return None
    for suffix, word in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            if word is None:
                return None
            stem = _romanised(name[: -len(suffix)])
            return stem + word if stem else None
    return None


@cache
def english_places() -> dict[str, str]:
    """Gazetteer name → English name, as data/places_en.csv holds them."""
    if not PLACES_EN.exists():
        return {}
    with PLACES_EN.open(encoding="utf-8") as handle:
        return {row["name"]: row["english"] for row in csv.DictReader(handle)}


def place_label(name: str | None, lang: str) -> str | None:
    """A place as the reader's language names it: English where the table has it, else as
    written (Chinese). Short province names (青海) are provinces too."""
    if not name or lang != "en":
        return name
    return english_places().get(name) or PROVINCE_EN.get(name) or COUNTRY_EN.get(name) or name


def write_table(gazetteer: Path, target: Path = PLACES_EN) -> int:
    """Write data/places_en.csv from the gazetteer; returns how many names have English."""
    rows: dict[str, str] = {}
    formers: dict[str, str] = {}
    with gazetteer.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            english = english_name(
                row["name"], row["level"], row["province"], row.get("prefecture") or ""
            )
            if english and row["name"] not in rows:
                rows[row["name"]] = english
            former = row["name"][:-1] + "县"
            if row["level"] == "county" and row["name"].endswith("市"):
                # a county-level city that was a county (宁乡市, 宁乡县 before 2017) is still
                # written by its old name in older reports
                old = english_name(former, "county", row["province"], row.get("prefecture") or "")
                if old:
                    formers[former] = old
    for former, english in formers.items():
        rows.setdefault(former, english)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "english"])
        writer.writerows(sorted(rows.items()))
    return len(rows)


if __name__ == "__main__":
    from etl.paths import PLACES_FILE

    n = write_table(PLACES_FILE)
    print(f"{n} place names in English written to {PLACES_EN}", file=sys.stderr)
