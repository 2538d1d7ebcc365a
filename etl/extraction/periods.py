"""Seasons and the time a figure covers.

A season is named by the year of its Spring Festival and runs from 1 October of the year
before to 30 September: season 2024 = 2023-10-01 … 2024-09-30.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from etl.extraction.context import heading_before
from etl.extraction.cues import cues
from etl.extraction.numbers import parse_number
from etl.paths import HOLIDAYS_FILE

_CN_OR_ARABIC = r"(\d+|[一二两三四五六七八九十]+)"
# "近5年", "过去五年" (过去一年 is the last calendar year), "5年来", and a few years right
# before what was done over them ("10年救助近50万人")
# (Not "…以来持续时间最长": a record compared with, no time a figure covers.)
_RECORD = r"(?![^，。；]{0,8}?(?:最|首次|罕见|少有|未遇|不遇))"
MULTI_YEAR = re.compile(
    rf"(?:近|过去(?![一1]年)){_CN_OR_ARABIC}年{_RECORD}|{_CN_OR_ARABIC}年(?:来|以来|间|里){_RECORD}"
    r"|(?<![\d年])(\d{1,2}|[两三四五六七八九十]+)年(?=累计|共|救助|帮扶|资助|筹集|募集|发放|慰问)"
)
# How long a campaign has run: "连续开展20年", "已有18年", "已经连续举办12年", "第21个年头".
RUNNING_YEARS = re.compile(
    rf"(?:连续|已有|已经|已)(?:连续)?(?:开展|举办|实施)?(?:了)?{_CN_OR_ARABIC}[多余]?(?:年|个年头)"
    rf"|第{_CN_OR_ARABIC}个年头"
)
THIS_SEASON = re.compile(r"今年|今冬|本年|本次|此次|这次|本届|今春|当年")
# "截至1月14日", "截至2022年12月30日": the figure runs to that day.
AS_OF = re.compile(
    r"截至(?:(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日)?|目前|当前|今天|现在)"
)
# "截至2019年底，已累计…": a running total up to an earlier year's end.
RUNNING_TO_YEAR_END = re.compile(r"截[至止](\d{4})年(?:底|末)[^。！？]*?累计")
# "截至去年底，…共联系困难户4231户": what stood at an earlier year's end is that year's.
YEAR_END_AS_OF = re.compile(r"截[至止](?:(\d{4})年|(?:去|上)年)年?(?:底|末)")
# A sentence opening with one of these states where a run begun before stands now.
AS_OF_OPENERS = ("截至目前", "截至当前", "截止目前", "目前", "至今")
SINCE_DAY = re.compile(r"自?(?:今年)?(\d{1,2})月(\d{1,2})日(?:起|以来|启动以来|开始|至今)")
BEFORE_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日前")
# A sentence opening with its own date reports one day's event: "2月2日，…慰问了…3人".
EVENT_DAY = re.compile(r"^(\d{1,2})月(\d{1,2})日(?:上午|下午|晚上|晚)?[，,]")
MONTH_ONLY = re.compile(r"当月|(?<!\d)(\d{1,2})月份")
_MONTH_ONLY_REACH = 12  # how far before the figure "当月", "12月份" still dates it
# "1月15日", not glued to a digit on its left. The look-behind stands after the first digit, so
# that the pattern opens with a digit, which re skips to in C.
MONTH_DAY = re.compile(r"(\d(?<!\d\d)\d?)月(\d{1,2})日")
FULL_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
# "2022年，全省…" / "2022年全年…": the figure covers that calendar year. (A year's patterns look
# behind its digits after reading them: a pattern opening with a digit is skipped to in C, one
# opening with a look-behind is tried at every character.)
STATED_YEAR = re.compile(r"(\d{4})(?<![\d比较]\d{4})年(?:全年|度|以来|[，,])")
# In a paragraph's opening sentence any plain year sets the frame ("2022年青海省依据…"),
# but not a date or a campaign's name (2023年1月, 2023年“两节”, 2024年元旦春节, 2024年新春), a
# year of a modifier (2023年新评定的3户), nor a year compared with (比2013年多25.5万户). The
# region may follow it ("2017年新疆兵团共发放…").
OPENING_YEAR = re.compile(r"(\d{4})(?<![\d比较]\d{4})年(?![\d月“\"元春两冬底末初]|新(?!疆))")
WHOLE_YEAR = re.compile(r"全年")
# "活动从2003年启动至今", "自2010年以来", "从2009年到现在": since a year, up to the report;
# not "自2017年11月9日持续至今年3月15日", a span to a day of this year.
SINCE_YEAR = re.compile(
    r"(?:从|自)(\d{4})年[^，。；]{0,30}?(?:以来|至今(?!年)|起|开始|到现在|到目前|到今天)"
    r"|(?<!\d)(\d{4})年(?:以来|至今(?!年))"
)
# "自去年以来，…", "据悉，去年以来，…", "…去年至今共资助": from the January of last year up to
# the report, when it is a clause of its own or stands in the figure's clause ("考虑到去年以来
# 疫情的影响" dates no figure).
SINCE_LAST_YEAR = re.compile(
    r"(?:^|[，,])(?:自|从)?去年(?:以来|至今)[，,]|去年(?:以来|至今)(?=[^，,；;]*$)"
)
# "每年为…送去", "该市还每年从财政中拿出5万元": so much every year, no one season's outcome.
EVERY_YEAR = re.compile(r"每年(?!春节|元旦|两节|新春|冬|入冬)")
# "2010年6月至2016年末": a stated range of months or years.
YEAR_RANGE = re.compile(
    r"(\d{4})(?<!\d\d{4})年(?:(\d{1,2})月(?:份)?)?(?:至|到|—|－|-|~)(\d{4})年(?:(\d{1,2})月(?:份)?|末|底)?"
)
# "1-11月份", "1至10月", "3月至6月", "2022年1—9月": a range of months of one year.
MONTH_RANGE = re.compile(
    r"(?:(\d{4})年)?(?<![\d.])(\d{1,2})(?:月份?)?(?:-|—|–|－|~|～|至|到)(\d{1,2})月(?!\d{1,2}日)"
    # "前11个月": the year's first months
    r"|(?:(\d{4})年)?前(\d{1,2})个月"
)
# How far into a clause a range of months may start and still open it ("今年1~11月份，…"),
# and what may follow it in a clause that says only when.
_OPENING_REACH = 4
_TIME_CLAUSE_ENDS = ("", "份", "间", "份以来", "以来", "期间")
# "8月1日至12月31日", "2023年12月20日至2024年2月5日": a range of days.
DAY_RANGE = re.compile(
    r"(?:(\d{4})年)?(?<![\d.])(\d{1,2})月(\d{1,2})日(?:起)?(?:-|—|–|－|~|至|到)"
    r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日"
)
# "2007年10月": a month of a named year, not a day of it, a range's end or a run's start.
YEAR_MONTH = re.compile(
    r"(\d{4})(?<![\d至到~～\-—–－]\d{4})年(\d{1,2})月(?!\d|份?(?:至|到|-|—|–|－|~|～|以来|起|初|中|底|末))"
)
_A_MONTH = re.compile(r"[\d一二三四五六七八九十]月")  # "11月中旬", not 每月
# The marks that end a clause within a sentence.
_CLAUSE_ENDS = re.compile(r"[，,；;]")
# "多年来", "历年发放的": over the years of a body or campaign, from a start not stated.
OVER_THE_YEARS = re.compile(r"多年来|历年|几年来|近年来|这些年来")
# "自我省帮扶政策实施以来": since a policy or body began, years ago, a running total.
LONG_SINCE = re.compile(r"自[^，。；\d]{2,20}?(?:实施|成立|建立|设立|创立|组建)以来")
# "2022年四季度": a quarter of a year.
QUARTER = re.compile(r"(\d{4})(?<!\d\d{4})年(?:第)?([一二三四1-4])季度")
# "今年", "年内" in a report of October to December: the calendar year ending, not the coming
# winter ("今年内蒙古…" names the region, not the year).
THIS_YEAR = re.compile(
    r"今年(?!以来|冬|春节|元旦|两节|新春|上半年|下半年|内蒙古|\d)|(?<!今)年内(?!蒙古)"
)
# "今年下半年募集的善款": half a calendar year, from July (or January) to the report date.
HALF_YEAR = re.compile(r"(?:今年)?(上|下)半年")
# "去年，…共支出…", "过去一年，…": a clause opening with last year states last year's total.
LAST_YEAR = re.compile(r"(?:^|[，,；;])(?:去年|上年|上一年|过去一年|过去的一年)(?:全年|度)?[，,]")
# "这一政策去年惠及…": 去年 in the figure's own clause dates it, unless it opens a time of
# the season itself ("去年入冬以来", "去年12月") or a comparison ("比去年").
LAST_YEAR_IN_CLAUSE = re.compile(
    r"(?<![比较与同])(?:去年|上年)(?!同期|以来|底|末|冬|入冬|年底|\d|[一二三四五六七八九十]{1,2}月)"
)
# The times a sentence sets for itself: its own season or day, and the festivals.
_OWN_TIMES = r"以来|今冬|入冬|冬季|此次|这次|本次|当天|当日|\d{1,2}月"
_FESTIVALS = r"春节|两节|元旦|新春"
OWN_TIME = re.compile(rf"{_OWN_TIMES}|{_FESTIVALS}")
# A festival recurs every year: named alone it sets no year of its own, so a paragraph opening
# with an earlier year frames it ("2018年，…。全省开展“两节”送温暖活动，走访…" is 2018's).
# These set one: the other times of OWN_TIME, and a festival given its year ("今年春节").
_OWN_YEAR_OF_A_SENTENCE = re.compile(
    rf"{_OWN_TIMES}|(?:今年|明年|去年|上年|本年|\d{{4}}\s*年)度?[^，。；]{{0,4}}?(?:{_FESTIVALS})"
)
# A review of several years frames the figures it holds: its headline ("青海红十字事业五年综述"),
# a section's heading ("七年募集慈善款物成效显著") or a paragraph's opening ("五年来，…").
REVIEW_YEARS = re.compile(
    rf"近{_CN_OR_ARABIC}年{_RECORD}|{_CN_OR_ARABIC}年(?:来|以来|间|综述|回眸|回顾|巡礼|历程){_RECORD}"
)
HEADING_YEARS = re.compile(rf"^{_CN_OR_ARABIC}年(?![\d月度])")
# What every match of REVIEW_YEARS holds: 近, or 年 and the word after it.
_REVIEW_MARKS = re.compile(r"近|年(?:来|以来|间|综述|回眸|回顾|巡礼|历程)")
_REVIEW_MAX_YEARS = 30  # "2015年来" names a year, not thirty years
# "提前下达2026年困难群众救助补助资金114.48亿元", "预拨了…提前安排的2014年抚恤补助资金",
# "提前下达今年各项民生保障资金": a year's budget paid ahead of it covers that calendar year,
# not the winter it was paid in (a quarter or months of it are dated by their own patterns).
# Only the amount the year names: no number, clause or sentence end between the year and the
# amount.
ADVANCE_BUDGET = re.compile(
    r"(?:提前|预先?)(?:下达|下拨|下发|拨付|拨|安排)了?[^，,；;。\d]{0,8}?(\d{4}|今|本|明|下一?)年度?"
    r"(?![\d月第一二三四季春冬元两新])[^，,；;。\d]*$"
)
CAMPAIGN_YEAR = re.compile(r"(\d{4})\s*年(?:度)?\s*[“\"]?(?:元旦|春节|两节|“两节”|新春)")


def season_of(day: date) -> int:
    """The season a date belongs to (the year of the Spring Festival it leads up to)."""
    return day.year + 1 if day.month >= 10 else day.year


def season_bounds(season: int) -> tuple[date, date]:
    """First and last day of a season."""
    return date(season - 1, 10, 1), date(season, 9, 30)


@cache
def _festivals() -> dict[int, date]:
    with HOLIDAYS_FILE.open(encoding="utf-8", newline="") as f:
        return {int(r["year"]): date.fromisoformat(r["spring_festival"]) for r in csv.DictReader(f)}


def festival_end(season: int) -> date:
    """End of the 元旦春节 drive: the Lantern Festival (正月十五) of the season's year."""
    sf = _festivals().get(season)
    return sf + timedelta(days=14) if sf else date(season, 2, 28)


def _int(token: str) -> int:
    return int(parse_number(token))


_FIRST_CALENDAR_YEAR = 1949  # a number of years from here on is a year itself ("2019年以来")
_LONGEST_RUN = 80  # years a campaign or a review can span ("新中国成立70年来")


def _first_year(years: int, published: date) -> int | None:
    """The first calendar year of a run of `years` years up to the report's year; a calendar
    year written in the run's place ("2019年以来") is itself the first; None for a number no
    run of years has."""
    if _FIRST_CALENDAR_YEAR <= years <= published.year:
        return years
    if years > _LONGEST_RUN:
        return None
    return published.year - years + 1


def _month_day(month: int, day: int, published: date) -> date | None:
    """A 'M月D日' of the report's season: months after the report month belong to last year."""
    year = published.year - 1 if month > published.month + 1 else published.year
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class Period:
    """The time a figure covers; cumulative figures span several seasons."""

    start: date | None
    end: date | None
    cumulative: bool = False

    @property
    def season(self) -> int | None:
        """The season of the figure, or None for multi-season cumulative figures."""
        if self.cumulative or self.end is None:
            return None
        return season_of(self.end)


def figure_period(
    status: str,
    sentence_left: str,
    article_left: str,
    article_text: str,
    published: date | None,
    title: str = "",
) -> Period:
    """Derive the period a figure covers from the words around it and the report date."""
    if published is None:
        return Period(None, None)
    # Most patterns below hold 年: a sentence without it skips them in one C scan.
    dated = "年" in sentence_left
    m = MULTI_YEAR.search(sentence_left) if dated else None
    if m and (first := _first_year(_int(m.group(1) or m.group(2) or m.group(3)), published)):
        return Period(date(first, 1, 1), date(published.year, 12, 31), True)
    if (years := _years_run(sentence_left, article_text)) and (
        first := _first_year(years, published)
    ):
        return Period(date(first, 1, 1), published, True)
    if LONG_SINCE.search(sentence_left) or _over_the_years(sentence_left):
        return Period(None, published, True)
    if (first := _running_since(sentence_left, article_left, published)) is not None:
        return Period(date(first, 1, 1), published, True)
    if (
        dated
        and (m := RUNNING_TO_YEAR_END.search(sentence_left))
        and (int(m.group(1)) < published.year)
    ):
        # "截至2019年底，已累计受捐近2亿元": a running total to an earlier year's end, its
        # start unsaid
        return Period(None, date(int(m.group(1)), 12, 31), True)
    if dated and (m := QUARTER.search(sentence_left)):
        quarter = "一二三四".find(m.group(2)) + 1 or int(m.group(2))
        start = date(int(m.group(1)), 3 * quarter - 2, 1)
        end = min(_month_end(date(int(m.group(1)), 3 * quarter, 1)), published)
        if start <= end:
            return Period(start, end, season_of(start) != season_of(end))
    if dated and (m := YEAR_RANGE.search(sentence_left)):
        first, last = int(m.group(1)), int(m.group(3))
        if first <= last <= published.year:
            start = date(first, int(m.group(2) or 1), 1)
            end = _month_end(date(last, int(m.group(4)), 1)) if m.group(4) else date(last, 12, 31)
            end = min(end, published)
            return Period(start, end, season_of(start) != season_of(end))
    m = (
        SINCE_YEAR.search(sentence_left)
        if dated
        else _since_year_carried(sentence_left, article_left)
    )
    if m and int(m.group(1) or m.group(2)) < published.year:
        start = date(int(m.group(1) or m.group(2)), 1, 1)
        return Period(start, published, season_of(start) != season_of(published))
    if dated and status == "actual" and _every_year(sentence_left):
        # the calendar year the report looks back on (the one ending, in a report of October
        # to December), which straddles two seasons
        year = published.year if published.month >= 10 else published.year - 1
        return Period(date(year, 1, 1), min(date(year, 12, 31), published), True)
    if dated and SINCE_LAST_YEAR.search(sentence_left):
        start = date(published.year - 1, 1, 1)
        return Period(start, published, season_of(start) != season_of(published))
    if "日" in sentence_left and (days := _day_range(sentence_left, published)):
        start, end = days
        return Period(start, end, season_of(start) != season_of(end))
    if "月" in sentence_left and (months := _month_range(sentence_left, published)):
        start, end = months
        return Period(start, end, season_of(start) != season_of(end))
    if dated and (month := _past_month(sentence_left, published)):
        return Period(month, _month_end(month))  # "2007年10月，…曾向23万困难人员发放…"
    if dated and (year := _advance_budget_year(sentence_left, published)):
        return Period(date(year, 1, 1), date(year, 12, 31), True)
    if dated and (m := YEAR_END_AS_OF.search(sentence_left)):
        year = int(m.group(1) or published.year - 1)
        if year < published.year:
            return Period(date(year, 1, 1), date(year, 12, 31), True)
    if (
        (year := _stated_year(sentence_left, article_left, published, status))
        or (
            status == "actual"
            and (year := _reviewed_year(sentence_left, article_left, title, published))
        )
        or (
            status == "actual"
            and (year := _headed_year(sentence_left, article_left, title, published))
        )
    ):
        start, end = date(year, 1, 1), min(date(year, 12, 31), published)
        if "以来" in sentence_left or "截至" in sentence_left:
            end = published
        # A calendar year straddles two seasons: it must not stand for either.
        return Period(start, end, season_of(start) != season_of(end))
    if (
        published.month >= 10
        and (this_year := THIS_YEAR.search(sentence_left))
        and "截至" not in sentence_left
        and not _winter_in_clause(sentence_left, this_year.end(), article_text, article_left)
    ):
        start = date(published.year, 1, 1)
        return Period(start, published, True)  # Jan..Dec straddles two seasons
    if dated and (m := HALF_YEAR.search(sentence_left)):
        start = date(published.year, 1 if m.group(1) == "上" else 7, 1)
        end = published if m.group(1) == "下" else min(published, date(published.year, 6, 30))
        if start <= end:
            return Period(start, end, season_of(start) != season_of(end))
    if (years := _review_years(sentence_left, article_left)) and (
        first := _first_year(years, published)
    ):
        return Period(date(first, 1, 1), published, True)
    if dated and (m := CAMPAIGN_YEAR.search(sentence_left)):
        earlier = int(m.group(1))
        if published.year - 3 <= earlier < season_of(published):
            # "2013年春节前夕，…" in a report of the next winter: that festival's season
            return Period(season_bounds(earlier)[0], festival_end(earlier))
    season = season_of(published)
    if (
        status == "actual"
        and (lead := _lead_days(article_text))
        and season_of(lead[0]) < season
        and not OWN_TIME.search(sentence_left)
    ):
        # "2026年2月3日至6日，…开展走访" on a page dated in the next winter: the days the
        # article's lead gives, for a figure whose sentence sets no time of its own
        return Period(*lead)
    start, _ = season_bounds(season)
    end = published if status == "actual" else max(published, festival_end(season))
    if "今年以来" in sentence_left or ("截至" in sentence_left and THIS_YEAR.search(sentence_left)):
        start = date(published.year, 1, 1)
    if m := _since_day(article_left, article_text):
        start = _month_day(int(m.group(1)), int(m.group(2)), published) or start
    if m := AS_OF.search(sentence_left):
        end = _as_of_day(m, published)
    if status != "actual" and (m := BEFORE_DAY.search(sentence_left)):
        end = _month_day(int(m.group(1)), int(m.group(2)), published) or end
    if status == "actual" and (m := EVENT_DAY.match(sentence_left)):
        day = _month_day(int(m.group(1)), int(m.group(2)), published)
        if day and day <= published:
            return Period(day, day)
    # (searched from a position, not in a slice, which can cut "12月份" to "2月份"; one
    # character earlier, so that a month whose last digit the reach takes in is read whole)
    reach = max(0, len(sentence_left) - _MONTH_ONLY_REACH - 1)
    if m := MONTH_ONLY.search(sentence_left, reach):
        month = int(m.group(1)) if m.group(1) else published.month
        first = _month_day(month, 1, published) or start
        start, end = first, _month_end(first)
    if start > end:
        start = date(end.year, 1, 1) if date(end.year, 1, 1) <= end else end
    # From January to a report of October or later straddles two seasons ("今年以来…").
    return Period(start, end, season_of(start) != season_of(end))


def _since_year_carried(sentence_left: str, article_left: str) -> re.Match | None:
    """The year a run began, from the sentence before in the paragraph, for a sentence that
    states only where the run stands now ("2011年以来，某县妇联…。截至目前，已为162人发放…")."""
    if not sentence_left.startswith(AS_OF_OPENERS):
        return None
    before = article_left[: len(article_left) - len(sentence_left)].rstrip()
    previous = before[
        max(before.rfind("\n"), *(before.rfind(e, 0, len(before) - 1) for e in "。！？")) + 1 :
    ]
    return SINCE_YEAR.search(previous)


_FIRST: dict[tuple[int, int], tuple[str, re.Match | None]] = {}


def _first(pattern: re.Pattern, text: str) -> re.Match | None:
    """`pattern.search(text)`, once per article text (every figure of it asks again)."""
    key = (id(text), id(pattern))  # a pattern's own hash reads its whole compiled code
    hit = _FIRST.get(key)
    if hit is None or hit[0] is not text:
        hit = _FIRST[key] = (text, pattern.search(text, _earliest(pattern, text)))
        if len(_FIRST) > 16:
            _FIRST.pop(next(iter(_FIRST)))
    return hit[1]


# The date part every match of SINCE_DAY holds, at most 3 characters (自今年) after the match
# starts. It opens with a digit, which re skips to in C; SINCE_DAY opens with optional words
# and is tried at every character.
_SINCE_DAY_DATE = re.compile(r"\d{1,2}月\d{1,2}日(?:起|以来|启动以来|开始|至今)")
_SINCE_DAY_REACH = len("自今年")


def _earliest(pattern: re.Pattern, text: str) -> int:
    """Where a match of `pattern` in `text` can start at the earliest (SINCE_DAY: a few
    characters before its first date part; past the end when there is none)."""
    if pattern is not SINCE_DAY:
        return 0
    date = _SINCE_DAY_DATE.search(text)
    return max(0, date.start() - _SINCE_DAY_REACH) if date else len(text)


def _since_day(article_left: str, article_text: str) -> re.Match | None:
    """`SINCE_DAY.search(article_left)` without scanning the article up to every figure.

    A match of SINCE_DAY is one length wherever it starts, and matches that overlap end
    together, so within a prefix of the article the first match is the article's first
    match if that ends inside the prefix, and there is none otherwise."""
    if not article_text.startswith(article_left):
        return SINCE_DAY.search(article_left)
    m = _first(SINCE_DAY, article_text)
    return m if m is not None and m.end() <= len(article_left) else None


_SENTENCE_ENDS = re.compile(r"[。！？]")


# 全年 in a report of the first quarter, when last year's results are published, is last year
_ANNUAL_REPORTS_UNTIL = 3


# A lead opening with its full date, or days of one month ("2026年2月3日至6日，…").
_LEAD_DAYS = re.compile(
    r"\s*(?:[^\n，。]{0,24}?[）)])?\s*(\d{4})年(\d{1,2})月(\d{1,2})日"
    r"(?:(?:至|到|—|-)(?:(\d{1,2})月)?(\d{1,2})日)?[，,]"
)


@lru_cache(maxsize=8)  # asked for each figure of an article that sets no time of its own
def _lead_days(article_text: str) -> tuple[date, date] | None:
    """The days an article's lead opens with (after its outlet's tag), first and last, when
    its paragraph names no other day (a chronicle's paragraph moves on through the year)."""
    m = _LEAD_DAYS.match(article_text)
    if m is None:
        return None
    paragraph_end = article_text.find("\n", m.end())
    rest = article_text[m.end() : paragraph_end if paragraph_end >= 0 else len(article_text)]
    if MONTH_DAY.search(rest):
        return None
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        first = date(year, month, day)
        last = date(year, int(m.group(4) or month), int(m.group(5) or day))
    except ValueError:
        return None
    return (first, last) if first <= last else None


def _advance_budget_year(sentence_left: str, published: date) -> int | None:
    """The year whose budget the figure's amount was paid ahead of, this year or the next."""
    if "提前" not in sentence_left and "预" not in sentence_left:
        return None  # the pattern opens with an alternation: skip it in one C scan
    m = ADVANCE_BUDGET.search(sentence_left)
    if m is None:
        return None
    named = m.group(1)
    year = int(named) if named.isdigit() else published.year + (named in ("明", "下", "下一"))
    return year if published.year <= year <= published.year + 1 else None


# A paragraph opening with these goes on with the one before ("此外，…惠及会员6.4万多人次").
_CONTINUING = ("此外，", "此外,", "另外，", "另外,", "与此同时，", "与此同时,", "同时，", "同时,")


def _last_paragraph(text: str) -> str:
    """What `text` holds after its last line break."""
    return text[text.rfind("\n") + 1 :]


def _first_sentence(text: str) -> str:
    """`text` up to its first full stop, question or exclamation mark."""
    return _SENTENCE_ENDS.split(text, maxsplit=1)[0]


def _previous_opening(before: str) -> str:
    """The opening sentence of the last paragraph of `before`, when it sets a plain year and
    no time within it ("2018年，…", not "自2023年入冬以来，…")."""
    opening = _first_sentence(_last_paragraph(before.rstrip()))
    return "" if _OWN_YEAR_OF_A_SENTENCE.search(opening) else opening


def _stated_year(sentence_left: str, article_left: str, published: date, status: str) -> int | None:
    """An earlier calendar year the figure's sentence (or its paragraph's opening sentence)
    names: "2022年，…累计支出…"; "全年" in a report of the first quarter: last year."""
    # Every pattern here holds 年: a text without it is skipped in one C scan.
    paragraph = _last_paragraph(article_left)
    named = "年" in paragraph and paragraph != sentence_left
    opening = _first_sentence(paragraph) if named else ""
    if "年" not in opening and paragraph.startswith(_CONTINUING):
        opening = _previous_opening(article_left[: -len(paragraph)])
    # The sentence sets its own time ("今冬以来", "今年春节期间", "1月"); a festival planned for
    # is the coming one.
    own_time = OWN_TIME if status != "actual" else _OWN_YEAR_OF_A_SENTENCE
    if "年" not in opening or own_time.search(sentence_left):
        opening = ""
    if "年" not in sentence_left and not opening:
        return None
    # In the figure's own sentence a plain earlier year sets its time too ("继2014年向我省捐赠").
    for text, pattern in (
        (sentence_left, STATED_YEAR),
        (sentence_left, OPENING_YEAR),
        (opening, OPENING_YEAR),
    ):
        for m in pattern.finditer(text) if "年" in text else ():
            if text is opening and not _frames_the_paragraph(text, m.start()):
                continue  # "截至1月25日，全省2017年度因灾倒损农房…": a noun's year
            year = int(m.group(1))
            if text is sentence_left and _names_this_winter(text, m, year, published):
                continue
            verb_end = m.start() - (m.start() > 0 and text[m.start() - 1] == "了")
            if text.endswith(_money_verbs(), 0, verb_end):
                continue  # "下拨(了)2019年中央救灾资金": the year names the fund, not the time
            # A year before the report's season: in a December report "2018年，…" is the
            # calendar year that ends, not the winter the report is about.
            if published.year - 3 <= year < season_of(published):
                return year
    if LAST_YEAR.search(sentence_left):
        return published.year - 1
    if _last_year_carried(_CLAUSE_ENDS.split(sentence_left)):
        return published.year - 1
    if WHOLE_YEAR.search(sentence_left) and published.month <= _ANNUAL_REPORTS_UNTIL:
        return published.year - 1
    return None


def _frames_the_paragraph(text: str, at: int) -> bool:
    """Whether the year at `at` of a paragraph's opening sentence frames the paragraph: not
    when a month the sentence counts up to stands before it ("截至1月25日，全省2017年度因灾倒损
    农房…": the year is a noun's). A dateline's day ("1月19日，记者了解到，2022年…") does
    not."""
    return not any(m.group("month") for m in AS_OF.finditer(text, 0, at))


# A headline about the season's campaign: last year in its lead is background, not the frame.
_SEASON_HEADLINE = re.compile(r"冬|春节|两节|元旦|新春|寒|暖|慰问|过年|年货")
# A lead that tells of one event ("近日，…") sets no year's frame.
_NEWS_EVENT = re.compile(r"近日|日前|近期|当天|\d{1,2}月\d{1,2}日")


def _reviewed_year(
    sentence_left: str, article_left: str, title: str, published: date
) -> int | None:
    """Last year, when a report of the first quarter reviews it: its lead's opening sentence
    names that year ("2022年，全省…", "记者从省民政厅了解到，2022年青海累计发放…"), the headline
    names no winter campaign, and neither the figure's sentence nor its paragraph's opening
    sets a time of its own."""
    if published.month > _ANNUAL_REPORTS_UNTIL or _SEASON_HEADLINE.search(title):
        return None
    opening = _first_sentence(_last_paragraph(article_left))
    for text in (sentence_left, opening):
        if "年" in text or _OWN_YEAR_OF_A_SENTENCE.search(text) or THIS_SEASON.search(text):
            return None
    lead_opening = _first_sentence(_lead(article_left))
    if _NEWS_EVENT.search(lead_opening) or _SEASON_HEADLINE.search(lead_opening):
        return None
    for m in OPENING_YEAR.finditer(lead_opening):
        if (
            int(m.group(1)) == published.year - 1
            # "2025年‘福蕾行动计划’": the year of a programme's name
            and lead_opening[m.end() : m.end() + 1] not in "‘'「『"
        ):
            return published.year - 1
    return None


# A heading: a short line with no sentence inside it ("一、2021年度慈善资金收支情况").
_HEADING_LENGTH = 30
_HEADING_YEAR = re.compile(r"(?<!\d)(\d{4})年度?(?![\d月])")
_OPENING_QUOTES = ("“", "‘", "「", "『")
# A year, a year's end or a span a sentence names itself (全年, the heading's year, is none).
_TIME_OF_ITS_OWN = re.compile(r"\d{4}\s*年|[今去明前上本当]年|年[底末初]|以来")


def _headed_year(sentence_left: str, article_left: str, title: str, published: date) -> int | None:
    """The calendar year the nearest heading above a figure, else the headline, names for an
    account of a year's work ("一、2021年度慈善资金收支情况", "某市2023年慈善工作情况") of a
    report published after it, when neither the heading, the figure's sentence nor its
    paragraph's opening speaks of a season's campaign or a time of its own."""
    heading = _nearest_heading(article_left) or title
    m = _HEADING_YEAR.search(heading) if "年" in heading else None
    year = int(m.group(1)) if m else published.year
    # "2020年度“恒爱行动”启动": the year of a campaign's name, not a year's account
    if (
        year >= published.year
        or _SEASON_HEADLINE.search(heading)
        or heading.startswith(_OPENING_QUOTES, m.end())
    ):
        return None
    opening = _first_sentence(_last_paragraph(article_left))
    for text in (sentence_left, opening):
        if _TIME_OF_ITS_OWN.search(text) or THIS_SEASON.search(text):
            return None
    return year


def _nearest_heading(article_left: str) -> str:
    """The last short line before the figure's own paragraph with no sentence inside it ("" if
    none), read back line by line from the figure: a per-figure cost of the lines between."""
    end = article_left.rfind("\n")
    while end > 0:
        start = article_left.rfind("\n", 0, end) + 1
        line = article_left[start:end].strip()
        if line and len(line) <= _HEADING_LENGTH and not _SENTENCE_ENDS.search(line):
            return line
        end = start - 1
    return ""


_LEAD_LENGTH = 40  # a line shorter than this is a byline, a date or a source, not the lead


def _lead(article_left: str) -> str:
    """The article's first paragraph of some length before the figure's own ("" if none)."""
    start = 0
    while (end := article_left.find("\n", start)) >= 0:
        if len(article_left[start:end].strip()) > _LEAD_LENGTH:
            return article_left[start:end]
        start = end + 1
    return ""


def _last_year_carried(clauses: list[str]) -> bool:
    """Whether 去年 dates the figure's clause, the last: standing in it, or opening an earlier
    clause of the sentence that the clauses after it continue without a time of their own
    ("去年某区红十字会支出413.21万元，惠及8800人")."""
    if LAST_YEAR_IN_CLAUSE.search(clauses[-1]):
        return True
    if _OWN_CLAUSE_TIME.search(clauses[-1]):
        return False
    for clause in reversed(clauses[:-1]):
        if LAST_YEAR_IN_CLAUSE.match(clause):
            return True
        if _OWN_CLAUSE_TIME.search(clause):
            return False
    return False


# A time a clause sets for itself, which ends what an earlier clause's 去年 dates.
_OWN_CLAUSE_TIME = re.compile(
    "|".join(p.pattern for p in (OWN_TIME, THIS_SEASON, THIS_YEAR)) + r"|\d{4}年|去年|上年"
)


@cache
def _money_verbs() -> tuple[str, ...]:
    """The verbs that move money (下拨, 拨付, 筹集 …): a year right after one names a fund."""
    return tuple(cue.word for cue in cues().money_action_verbs)


# "内蒙古2014年帮助农牧民温暖过冬的…补贴" in a November report: the winter now beginning
WINTER_AFTER_YEAR = re.compile(r"[^，。；,;]{0,20}?(?:过冬|冬季|入冬|今冬|冬春|寒冬|暖冬|冬令)")
_WINTER_ENDS = 3  # the last month of a report that still looks back on the winter it is in


def _as_of_day(m: re.Match, published: date) -> date:
    """The day "截至…" names (its month's end when no day is written; its year when written, else
    the last such day up to the report), or the report's day for 截至目前."""
    if not m.group("month"):
        return published
    month, day = int(m.group("month")), int(m.group("day") or 1)
    if m.group("year"):
        try:
            found: date | None = date(int(m.group("year")), month, day)
        except ValueError:
            return published  # "2月30日": no such day
        if found > published:
            return published
    else:
        found = _month_day(month, day, published)
        if found is None:
            return published
    return found if m.group("day") else _month_end(found)


def _winter_in_clause(sentence_left: str, at: int, article_text: str, article_left: str) -> bool:
    """Whether the clause 今年 opens, read on past the figure, is about the winter beginning
    ("今年，我市共有5000户…领取了冬季取暖补贴": this winter's, not the calendar year's)."""
    rest = article_text[len(article_left) : len(article_left) + _CLAUSE_REACH]
    return bool(WINTER_AFTER_YEAR.match((sentence_left[at:] + rest).lstrip("，,")))


_CLAUSE_REACH = 30  # characters read past a figure for the rest of its clause


def _names_this_winter(text: str, m: re.Match, year: int, published: date) -> bool:
    """Whether a year opens a clause about the winter the report is in: the report's own year
    in a report of October to December (the winter beginning), or the year before in one of
    January to March ("2019年县关工委共安排暖冬行动慰问金…" in January 2020), not a calendar
    year."""
    began = published.year if published.month >= 10 else published.year - 1
    return (
        year == began
        and (published.month >= 10 or published.month <= _WINTER_ENDS)
        and bool(WINTER_AFTER_YEAR.match(text, m.end()))
    )


def _review_years(sentence_left: str, article_left: str) -> int | None:
    """How many years a review spans when its headline, the heading of the figure's section
    or its paragraph's opening sentence says so, and the sentence sets no time of its own."""
    if "年" not in article_left or OWN_TIME.search(sentence_left):
        return None
    headline_end = article_left.find("\n")
    if headline_end < 0:
        headline, paragraph, heading = article_left, "", ""
    else:
        headline = article_left[:headline_end]
        paragraph_start = article_left.rfind("\n") + 1
        paragraph = article_left[paragraph_start:]
        span = heading_before(article_left, headline_end, paragraph_start - 1)
        heading = article_left[span[0] : span[1]] if span else ""
    opening = _SENTENCE_ENDS.split(paragraph, maxsplit=1)[0] if paragraph != sentence_left else ""
    for text, search in (
        (headline, _review_search),
        (heading, _review_search),
        (heading.strip(), HEADING_YEARS.search),
        (opening, _review_search),
    ):
        if "年" in text and (m := search(text)):
            years = _int(next(g for g in m.groups() if g))
            if 1 < years <= _REVIEW_MAX_YEARS:
                return years
    return None


def _review_search(text: str) -> re.Match | None:
    """REVIEW_YEARS in the text, run only where its marks stand (a pattern opening with a
    group of alternatives is tried at every character; _REVIEW_MARKS skips to them in C)."""
    return REVIEW_YEARS.search(text) if _REVIEW_MARKS.search(text) else None


def _years_run(sentence_left: str, article_text: str) -> int | None:
    """How many years a running total covers: the campaign's years when the sentence says
    累计 ("该活动已连续开展21年…累计走访…"), or the years the sentence itself tells the campaign
    has run ("已连续二十六年开展…，救助困难家庭26万余户"), unless it turns to this season
    ("今年…") before the figure. None for a single year or none stated."""
    m = _first(RUNNING_YEARS, article_text) if "累计" in sentence_left else None
    if m and (years := _int(m.group(1) or m.group(2))) > 1:
        return years
    m = RUNNING_YEARS.search(sentence_left)
    if m and not THIS_SEASON.search(sentence_left, m.end()):
        years = _int(m.group(1) or m.group(2))
        return years if years > 1 else None
    return None


_RUNNING_MAX_YEARS = 30  # the longest a campaign's running total is taken to run


def _running_since(sentence_left: str, article_left: str, published: date) -> int | None:
    """The year a running total (累计) began, when the article stated it before ("自2012年以来，
    公司…。同时，…累计帮扶6922户") and the sentence does not turn to this season: a year at
    least two years before the report's, else None."""
    if "累计" not in sentence_left or THIS_SEASON.search(sentence_left):
        return None
    m = SINCE_YEAR.search(article_left) if "年" in article_left else None
    if m is None or "记录" in m.group(0):
        return None  # "自1951年有气象记录以来最强的一次": a record, no campaign's start
    year = int(m.group(1) or m.group(2))
    return year if published.year - _RUNNING_MAX_YEARS <= year < published.year - 1 else None


def _every_year(sentence_left: str) -> bool:
    """Whether the figure's own clause says it is so much every year ("每年对近万户…")."""
    clause = _CLAUSE_ENDS.split(sentence_left)[-1]
    return "每年" in clause and EVERY_YEAR.search(clause) is not None


def _over_the_years(sentence_left: str) -> bool:
    """Whether the sentence counts over the years ("历年发放的…") and does not turn to this
    season before the figure ("在历年累计捐款…的基础上，今年再捐赠")."""
    m = OVER_THE_YEARS.search(sentence_left)
    return m is not None and not THIS_SEASON.search(sentence_left, m.end())


def _month_range(sentence_left: str, published: date) -> tuple[date, date] | None:
    """First and last day of a range of months that opens the sentence ("1至10月份，…") or
    stands in the figure's own clause ("1-11月份累计发放"), in the year it names, else in the
    latest year whose last month of the range the report follows."""
    clauses = _CLAUSE_ENDS.split(sentence_left)
    # a clause that opens with the range and says no more than the time sets it for the rest
    # of the sentence ("记者获悉，今年1~11月份，全区共为…")
    opening = (
        m
        for clause in reversed(clauses[1:-1])
        if (m := MONTH_RANGE.search(clause)) is not None
        and m.start() <= _OPENING_REACH
        and clause[m.end() :] in _TIME_CLAUSE_ENDS
    )
    m = MONTH_RANGE.search(clauses[-1]) or next(opening, None) or MONTH_RANGE.search(clauses[0])
    if m is None:
        return None
    if m.group(5) is not None:  # "前11个月"
        stated, first, last = m.group(4), 1, int(m.group(5))
    else:
        stated, first, last = m.group(1), int(m.group(2)), int(m.group(3))
    if not (1 <= first <= 12 and 1 <= last <= 12):
        return None
    year = int(stated) if stated else published.year - (last > published.month)
    start = date(year - (first > last), first, 1)  # "12月至2月" runs across the new year
    end = min(_month_end(date(year, last, 1)), published)
    return (start, end) if start <= end else None


def _day_range(sentence_left: str, published: date) -> tuple[date, date] | None:
    """First and last day of a range of days that opens the sentence ("8月1日至12月31日，…") or
    stands in the figure's own clause, in the years it names, else ending by the report."""
    clauses = _CLAUSE_ENDS.split(sentence_left)
    m = DAY_RANGE.search(clauses[-1]) or DAY_RANGE.search(clauses[0])
    if m is None:
        return None
    try:
        if m.group(4):
            end = date(int(m.group(4)), int(m.group(5)), int(m.group(6)))
        else:
            end = _month_day(int(m.group(5)), int(m.group(6)), published)
        if end is None:
            return None
        year = int(m.group(1)) if m.group(1) else end.year
        start = date(year, int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    if start > end and not m.group(1):
        start = date(start.year - 1, start.month, start.day)  # "12月20日至2月5日"
    return (start, end) if start <= end else None


def _past_month(sentence_left: str, published: date) -> date | None:
    """The first day of a month of an earlier season that opens the sentence or stands in the
    figure's own clause ("2007年10月，市民政局曾…发放"), an event of that month; a month of the
    report's own season, or one a run starts from (2007年10月以来), is left to the rules above."""
    clauses = _CLAUSE_ENDS.split(sentence_left)
    m = YEAR_MONTH.search(clauses[-1])
    for i, clause in enumerate(clauses[:-1]):
        if m is not None:
            break
        # "2007年10月，…" opening the sentence, or "据悉，2007年10月，…" (a clause that says only
        # when), unless a later clause names a month of its own ("2009年3月，…；11月中旬，…")
        opening = YEAR_MONTH.match(clause.strip())
        if opening and (i == 0 or clause.strip()[opening.end() :] == ""):
            m = None if any(_A_MONTH.search(later) for later in clauses[i + 1 :]) else opening
            break
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return None
    month = date(int(m.group(1)), int(m.group(2)), 1)
    return month if season_of(month) < season_of(published) else None


def _month_end(day: date) -> date:
    nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def infer_published(name: str, text: str) -> date | None:
    """A report's date when no metadata gives it: from its file name, else its text."""
    if m := re.search(r"(\d{4})-(\d{2})-(\d{2})", name):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
    if m := re.search(r"(?<!\d)(\d{4})-(\d{2})(?!\d)", name):
        year, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            days = [
                int(d)
                for mm, d in MONTH_DAY.findall(text)
                if int(mm) == month and 1 <= int(d) <= 31
            ]
            try:
                return date(year, month, max(days)) if days else date(year, month, 1)
            except ValueError:
                return date(year, month, 1)
    dates = []
    for y, mo, d in FULL_DATE.findall(text):
        try:
            dates.append(date(int(y), int(mo), int(d)))
        except ValueError:
            continue
    return max(dates) if dates else None


def campaign_season(text: str, published: date | None) -> int | None:
    """The season an article's campaign belongs to: '2024年元旦春节' names it, else the date."""
    if m := CAMPAIGN_YEAR.search(text):
        return int(m.group(1))
    return season_of(published) if published else None
