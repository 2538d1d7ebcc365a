"""Seasons (1 October to 30 September, named by the Spring Festival's year) and periods."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extraction.periods import (
    campaign_season,
    figure_period,
    infer_published,
    season_bounds,
    season_of,
)
from tests.helpers import figures, process


def _periods_by_value(text: str, **kwargs) -> dict[float, tuple[str, str]]:
    """Each figure's (period_start, period_end), by its value."""
    return {f["value"]: (f["period_start"], f["period_end"]) for f in figures(text, **kwargs)}


@pytest.mark.parametrize(
    ("day", "season"),
    [
        (date(2023, 10, 1), 2024),
        (date(2024, 1, 30), 2024),
        (date(2024, 9, 30), 2024),
        (date(2023, 9, 30), 2023),
        (date(2024, 12, 20), 2025),
    ],
)
def test_season_runs_from_october_to_september(day, season):
    assert season_of(day) == season


def test_season_bounds():
    assert season_bounds(2024) == (date(2023, 10, 1), date(2024, 9, 30))


def test_near_n_years_covers_whole_calendar_years_and_no_season():
    p = figure_period("actual", "近5年累计筹集慈善款物", "", "", date(2024, 1, 30))
    assert (p.start, p.end, p.season) == (date(2020, 1, 1), date(2024, 12, 31), None)


def test_a_calendar_year_written_where_a_number_of_years_goes_is_the_first_year():
    p = figure_period("actual", "该会2016年以来累计投入帮扶资金", "", "", date(2020, 2, 10))
    assert (p.start, p.season) == (date(2016, 1, 1), None)


def test_a_record_since_some_years_is_no_time_a_figure_covers():
    sentence = "这是当地近三十年来最严重的雪灾，民政部门紧急发放救灾资金"
    p = figure_period("actual", sentence, "", "", date(2008, 1, 24))
    assert p.season == 2008


def test_as_of_a_day_ends_the_period_there():
    p = figure_period("actual", "截至1月14日，共计发放资金", "", "", date(2022, 1, 15))
    assert p.end == date(2022, 1, 14)
    assert p.season == 2022


def test_a_running_total_to_an_earlier_years_end_has_no_start_and_no_season():
    p = figure_period("actual", "截至2018年底，该基金会已累计接收捐赠", "", "", date(2019, 8, 20))
    assert (p.start, p.end, p.season) == (None, date(2018, 12, 31), None)
    # a running total to a day of this season stays the season's
    q = figure_period("actual", "截至1月14日，累计发放资金", "", "", date(2022, 1, 15))
    assert q.season == 2022


@pytest.mark.parametrize(
    "left",
    [
        "2016年12月，区慈善会曾向",
        "另据了解，2016年12月，区慈善会启动过一次募捐，向",
        "2016年12月，区慈善会向困难老人发放补贴，每人每月",  # 每月 is no month of its own
    ],
)
def test_a_month_of_an_earlier_season_dates_what_was_done_in_it(left):
    p = figure_period("actual", left, "", "", date(2019, 1, 20))
    assert (p.start, p.end, p.season) == (date(2016, 12, 1), date(2016, 12, 31), 2017)


@pytest.mark.parametrize(
    "left",
    [
        "2018年12月，区慈善会向",  # a month of the report's own season: the season's rules
        "2016年12月以来，区慈善会累计向",  # a run from that month
        "2016年12月，甲公司捐款；次年1月，乙公司捐",  # a later item's own month
    ],
)
def test_a_month_of_the_reports_season_or_a_run_from_one_is_no_month_of_its_own(left):
    p = figure_period("actual", left, "", "", date(2019, 1, 20))
    assert (p.start, p.end) != (date(2016, 12, 1), date(2016, 12, 31))
    assert p.start != date(2018, 12, 1) or p.end != date(2018, 12, 31)


def test_since_a_day_starts_the_period_there():
    left = "活动自今年1月1日启动以来，共组织"
    p = figure_period("actual", "共组织", left, left, date(2024, 1, 30))
    assert (p.start, p.end) == (date(2024, 1, 1), date(2024, 1, 30))


def test_the_reports_own_year_opening_a_winter_campaign_is_the_coming_season():
    left = "全省2023年帮助困难群众安全过冬的取暖补贴已全部发放，共惠及"
    p = figure_period("actual", left, left, left, date(2023, 11, 20))
    assert (p.start, p.season) == (date(2023, 10, 1), 2024)


def test_the_reports_own_year_without_a_winter_word_is_the_calendar_year():
    left = "全省2023年共支出临时救助资金"
    p = figure_period("actual", left, left, left, date(2023, 11, 20))
    assert (p.start, p.season) == (date(2023, 1, 1), None)


def test_a_year_naming_the_fund_a_verb_moves_is_no_calendar_year():
    left = "省财政厅近日下拨2023年中央自然灾害救灾资金"
    p = figure_period("actual", left, left, left, date(2023, 12, 20))
    assert p.season == 2024
    # the verb's aspect between them changes nothing
    left = "省财政厅、省民政厅日前拨付了2023年省级自然灾害生活补助资金"
    p = figure_period("actual", left, left, left, date(2024, 1, 10))
    assert p.season == 2024


def test_a_few_years_right_before_what_was_done_over_them_are_cumulative():
    p = figure_period("actual", "爱心超市8年救助困难群众近", "", "", date(2015, 1, 8))
    assert (p.start, p.cumulative) == (date(2008, 1, 1), True)


def test_planned_figures_run_to_the_end_of_the_festival_drive():
    p = figure_period("planned", "计划走访慰问", "", "", date(2024, 1, 30))
    assert p.end == date(2024, 2, 24)  # 元宵 2024


def test_running_years_with_cumulative_wording_is_cumulative():
    text = "该活动在淮北市已连续开展21年。截至目前，全市累计走访慰问困难对象"
    p = figure_period("actual", "截至目前，全市累计走访慰问困难对象", text, text, date(2024, 2, 5))
    assert p.cumulative and p.start == date(2004, 1, 1)


def test_a_campaign_run_for_some_dozen_years_with_a_total_is_cumulative():
    text = "这项送温暖行动至今已连续开展十多年。全县已累计向困难家庭发放慰问金"
    p = figure_period("actual", "全县已累计向困难家庭发放慰问金", text, text, date(2022, 1, 20))
    assert p.cumulative and p.start == date(2013, 1, 1)


def test_campaign_running_for_years_with_a_total_is_cumulative():
    text = "这项活动在全市已有15年。历年累计筹措资金"
    p = figure_period("actual", "历年累计筹措资金", text, text, date(2023, 1, 10))
    assert p.cumulative and p.start == date(2009, 1, 1)


def test_year_ending_in_a_december_report_is_that_calendar_year_not_the_winter():
    left = "2023年，全省先后遭受洪涝灾害。汛期下拨"
    p = figure_period("actual", "汛期下拨", left, left, date(2023, 12, 28))
    assert (p.start, p.end) == (date(2023, 1, 1), date(2023, 12, 28))
    assert p.season is None  # a calendar year straddles two seasons


def test_a_year_before_a_place_dates_the_sentence():
    left = "统计显示，2022年新疆兵团共发放"
    p = figure_period("actual", left, left, left, date(2023, 11, 20))
    assert (p.start, p.end) == (date(2022, 1, 1), date(2022, 12, 31))


@pytest.mark.parametrize("left", ["为2023年新评定的困难户发放", "2022年新增的低保户共领到"])
def test_a_year_of_a_modifier_of_the_recipients_dates_no_figure(left):
    p = figure_period("actual", left, left, left, date(2023, 11, 20))
    assert (p.start, p.end) == (date(2023, 10, 1), date(2023, 11, 20))


def test_from_a_year_to_now_is_a_running_total_from_that_year():
    left = "从2012年到现在，助学活动已经举办了五届，共发放"
    p = figure_period("actual", left, left, left, date(2017, 11, 20))
    assert (p.start, p.cumulative) == (date(2012, 1, 1), True)


@pytest.mark.parametrize(
    ("left", "published", "period"),
    [
        (
            "8月1日至12月31日，该站共救助",
            date(2003, 12, 31),
            (date(2003, 8, 1), date(2003, 12, 31)),
        ),
        ("12月20日至2月5日，全市共走访", date(2024, 2, 10), (date(2023, 12, 20), date(2024, 2, 5))),
        (
            "2023年12月1日至2024年1月31日，共发放",
            date(2024, 2, 2),
            (date(2023, 12, 1), date(2024, 1, 31)),
        ),
    ],
)
def test_a_range_of_days_is_the_figures_period(left, published, period):
    p = figure_period("actual", left, left, left, published)
    assert (p.start, p.end) == period


def test_year_of_a_january_report_is_its_own_season():
    left = "2024年，全市继续开展送温暖活动。累计发放"
    p = figure_period("actual", "累计发放", left, left, date(2024, 1, 25))
    assert p.season == 2024


def test_second_half_of_the_year_runs_from_july_and_crosses_seasons():
    p = figure_period("actual", "今年下半年募集善款", "", "", date(2022, 11, 20))
    assert (p.start, p.end) == (date(2022, 7, 1), date(2022, 11, 20))
    assert p.season is None


def test_since_a_year_up_to_now_covers_the_years_and_no_season():
    p = figure_period("actual", "该活动自2008年启动至今，累计筹集", "", "", date(2019, 1, 20))
    assert (p.start, p.end, p.season) == (date(2008, 1, 1), date(2019, 1, 20), None)


def test_stated_range_of_years_is_the_figures_period():
    p = figure_period("actual", "2015年3月至2018年末，全市共募集", "", "", date(2019, 4, 2))
    assert (p.start, p.end, p.season) == (date(2015, 3, 1), date(2018, 12, 31), None)


def test_this_year_in_an_autumn_report_is_the_calendar_year_ending():
    p = figure_period("actual", "据统计，今年各类灾害共转移安置", "", "", date(2021, 11, 18))
    assert (p.start, p.end, p.season) == (date(2021, 1, 1), date(2021, 11, 18), None)


def test_this_winter_in_an_autumn_report_is_the_coming_season():
    p = figure_period("actual", "今冬以来累计发放", "", "", date(2021, 11, 18))
    assert p.season == 2022


def test_quarter_of_a_year_is_its_three_months():
    p = figure_period("actual", "2022年四季度连续3个月发放价格临时补贴", "", "", date(2023, 1, 19))
    assert (p.start, p.end, p.season) == (date(2022, 10, 1), date(2022, 12, 31), 2023)


def test_earlier_year_in_the_figures_own_sentence_is_its_time():
    p = figure_period("actual", "这是继2019年向我市捐赠", "", "", date(2021, 12, 2))
    assert (p.start, p.end, p.season) == (date(2019, 1, 1), date(2019, 12, 31), None)


def test_a_running_total_after_an_earlier_paragraphs_start_year_runs_from_it():
    article = "自2014年以来，某公司坚持结对帮扶。\n同时，公司组织志愿服务队，累计帮扶"
    p = figure_period(
        "actual", "同时，公司组织志愿服务队，累计帮扶", article, article, date(2021, 1, 5)
    )
    assert (p.start, p.cumulative, p.season) == (date(2014, 1, 1), True, None)


def test_a_weather_record_since_a_year_starts_no_running_total():
    article = "这是当地自1961年有气象记录以来最大的降雪。\n全市累计出动清雪人员"
    p = figure_period("actual", "全市累计出动清雪人员", article, article, date(2021, 11, 20))
    assert p.season == 2022


def test_since_a_policy_began_is_a_running_total():
    p = figure_period(
        "actual", "自我省帮扶政策实施以来，省财政已安排资金", "", "", date(2015, 2, 1)
    )
    assert p.cumulative and p.season is None


def test_since_the_campaign_started_is_this_season():
    p = figure_period("actual", "活动启动以来，全市已发放", "", "", date(2015, 2, 1))
    assert p.season == 2015


def test_campaign_year_names_the_season():
    assert campaign_season("开展2024年元旦春节期间社会救助行动", date(2023, 12, 28)) == 2024
    assert campaign_season("开展走访慰问", date(2023, 12, 28)) == 2024
    assert campaign_season("开展走访慰问", date(2023, 3, 1)) == 2023


def test_published_date_comes_from_the_file_name_or_the_text():
    assert infer_published("2024-01-30-gongyi.txt", "") == date(2024, 1, 30)
    assert infer_published("hn-2025-01-huayuan.txt", "1月18日，花垣县开展") == date(2025, 1, 18)
    assert infer_published("report.txt", "2023年12月5日发布") == date(2023, 12, 5)
    assert infer_published("report.txt", "无日期") is None


def test_a_sentence_telling_how_long_a_campaign_ran_counts_over_those_years():
    left = "市慈善协会已连续十二年开展迎新春助困项目，救助困难家庭"
    p = figure_period("actual", left, left, left, date(2022, 11, 14))
    assert p.cumulative and p.start == date(2011, 1, 1)


def test_a_running_campaign_turning_to_this_year_is_this_season():
    left = "该活动已连续开展12年，今年共救助困难家庭"
    assert not figure_period("actual", left, left, left, date(2023, 1, 10)).cumulative


@pytest.mark.parametrize(
    ("left", "last_year"),
    [
        ("这项补贴去年惠及全县", True),
        ("去年入冬以来，全县救助", False),
        ("全县救助困难群众，比去年多", False),
        ("去年12月起，全县救助", False),
        ("会上通报，去年某县慈善会支出救助金80万元，受益", True),
        ("去年某县慈善会支出救助金80万元；今冬以来已慰问", False),
        ("去年某县遭受洪灾，今年共救助", False),
    ],
)
def test_last_year_in_the_figures_clause_dates_it_last_year(left, last_year):
    p = figure_period("actual", left, left, left, date(2024, 11, 20))
    assert ((p.start, p.end) == (date(2023, 1, 1), date(2023, 12, 31))) == last_year


@pytest.mark.parametrize(
    ("published", "last_year"),
    [(date(2024, 1, 15), True), (date(2024, 3, 8), True), (date(2024, 4, 20), False)],
)
def test_the_whole_year_in_a_first_quarter_report_is_last_year(published, last_year):
    left = "市慈善总会全年共筹集善款"
    p = figure_period("actual", left, left, left, published)
    assert ((p.start, p.end) == (date(2023, 1, 1), date(2023, 12, 31))) == last_year


@pytest.mark.parametrize(
    "left",
    [
        "自2018年在全市推行冬季取暖救助以来，已累计向",
        "自2018年全面建立冬季取暖救助制度起，已累计向",
    ],
)
def test_since_a_year_with_a_long_phrase_is_cumulative_from_that_year(left):
    p = figure_period("actual", left, left, left, date(2025, 11, 20))
    assert p.cumulative and p.start == date(2018, 1, 1)


def test_the_past_year_opening_a_sentence_is_last_calendar_year():
    left = "过去一年，在各方支持下，市慈善总会共接受社会捐赠"
    p = figure_period("actual", left, left, left, date(2013, 1, 11))
    assert (p.start, p.end) == (date(2012, 1, 1), date(2012, 12, 31))


def test_an_earlier_years_festival_named_in_the_sentence_is_that_season():
    left = "今年是计划实施的第二年。2023年春节前夕，某公司资助"
    p = figure_period("actual", "2023年春节前夕，某公司资助", left, left, date(2024, 1, 6))
    assert p.season == 2023
    assert p.end == date(2023, 2, 5)  # 元宵 2023


@pytest.mark.parametrize(
    ("article_left", "sentence_left"),
    [
        ("市慈善事业十年回眸\n\n爱心涌动\n\n助学项目持续开展，共资助", "助学项目持续开展，共资助"),
        (
            "市慈善会工作综述\n\n六年筹集善款成果丰硕\n\n社会各界踊跃参与，共筹集",
            "社会各界踊跃参与，共筹集",
        ),
        ("市慈善会工作综述\n\n六年来，各项工作稳步推进。其中帮扶项目惠及", "其中帮扶项目惠及"),
    ],
)
def test_a_review_of_several_years_frames_the_figures_it_holds(article_left, sentence_left):
    p = figure_period("actual", sentence_left, article_left, article_left, date(2020, 3, 2))
    assert p.cumulative and p.season is None


def test_a_figure_in_a_review_that_sets_its_own_time_keeps_its_season():
    article_left = "市慈善事业十年回眸\n\n今年春节前夕，市慈善会共慰问"
    p = figure_period(
        "actual", "今年春节前夕，市慈善会共慰问", article_left, article_left, date(2020, 1, 10)
    )
    assert not p.cumulative and p.season == 2020


def test_a_year_compared_with_does_not_date_the_figure():
    left = "今年冬天全区发放户数比2021年多2万户，共发放补贴现金"
    p = figure_period("actual", left, left, left, date(2022, 11, 24))
    assert p.end.year == 2022


def test_since_january_in_an_autumn_report_crosses_seasons():
    p = figure_period("actual", "今年以来，全省已下拨救灾资金", "", "", date(2021, 11, 24))
    assert (p.start, p.end, p.season) == (date(2021, 1, 1), date(2021, 11, 24), None)


def test_since_january_in_a_february_report_is_its_own_season():
    p = figure_period("actual", "今年以来，全省已下拨救灾资金", "", "", date(2022, 2, 10))
    assert (p.start, p.season) == (date(2022, 1, 1), 2022)


@pytest.mark.parametrize(
    ("left", "published", "start", "end"),
    [
        (
            "1至10月份，全区累计支出临时救助金",
            date(2023, 11, 8),
            date(2023, 1, 1),
            date(2023, 10, 31),
        ),
        ("今年1-8月共向困难老人发放补贴", date(2021, 9, 20), date(2021, 1, 1), date(2021, 8, 31)),
        ("3月至6月，共下拨", date(2020, 12, 2), date(2020, 3, 1), date(2020, 6, 30)),
        # a range ending after the report's month is last year's
        ("1-11月份累计发放供养金", date(2025, 1, 6), date(2024, 1, 1), date(2024, 11, 30)),
    ],
)
def test_a_range_of_months_is_the_figures_period(left, published, start, end):
    p = figure_period("actual", left, left, left, published)
    assert (p.start, p.end) == (start, end)


def test_a_range_of_months_within_the_winter_keeps_its_season():
    p = figure_period("actual", "1-2月份累计发放", "", "", date(2024, 3, 5))
    assert (p.start, p.end, p.season) == (date(2024, 1, 1), date(2024, 2, 29), 2024)


def test_a_range_of_months_naming_its_year_is_that_years():
    left = "2022年1—9月，全县共发放资金"
    p = figure_period("actual", left, left, left, date(2023, 1, 10))
    assert (p.start, p.end, p.season) == (date(2022, 1, 1), date(2022, 9, 30), 2022)


@pytest.mark.parametrize("word", ["历年", "多年来"])
def test_over_the_years_is_a_running_total_of_no_season(word):
    left = f"基金会{word}发放的慰问款物共计"
    p = figure_period("actual", left, left, left, date(2020, 1, 14))
    assert (p.end, p.season) == (date(2020, 1, 14), None)


def test_past_holders_of_a_title_are_no_running_total():
    left = "向历届劳动模范发放慰问金"
    p = figure_period("actual", left, left, left, date(2020, 1, 14))
    assert p.season == 2020


def test_a_range_of_months_of_another_clause_does_not_date_the_figure():
    left = "上月发放补贴8000元，1-11月份累计发放补贴9万元；全区发放护理补贴"
    p = figure_period("actual", left, left, left, date(2024, 12, 10))
    assert p.start != date(2024, 1, 1)


def test_over_the_years_turning_to_this_year_is_this_years():
    left = "该集团在历年累计捐款的基础上，今年再捐赠"
    p = figure_period("actual", left, left, left, date(2013, 12, 27))
    assert p.start == date(2013, 1, 1)


@pytest.mark.parametrize(
    "left", ["此外，全省年内向低保对象发放补贴", "截至目前，年内全县各级工会投入资金共计"]
)
def test_within_the_year_in_an_autumn_report_is_the_calendar_year_ending(left):
    p = figure_period("actual", left, left, left, date(2021, 12, 5))
    assert (p.start, p.end, p.season) == (date(2021, 1, 1), date(2021, 12, 5), None)


def test_this_year_opening_inner_mongolia_is_no_calendar_year():
    left = "今年内蒙古把煤炭补贴改为现金，标准为每户"
    p = figure_period("standard", left, left, left, date(2016, 11, 2))
    assert p.season == 2017


@pytest.mark.parametrize(
    "left", ["自去年以来，协会已组织五次活动，慰问", "去年至今共资助", "据了解，去年以来，共资助"]
)
def test_since_last_year_runs_from_last_january_and_crosses_seasons(left):
    p = figure_period("actual", left, left, left, date(2023, 1, 20))
    assert (p.start, p.end, p.season) == (date(2022, 1, 1), date(2023, 1, 20), None)


def test_since_last_winter_is_no_running_total_from_january():
    p = figure_period("actual", "去年入冬以来，全县共发放", "", "", date(2023, 1, 20))
    assert p.season == 2023


def test_since_last_year_describing_something_else_dates_no_figure():
    left = "考虑到去年以来疫情对困难群众的影响，基金会扩大了慰问面，共计慰问"
    p = figure_period("actual", left, left, left, date(2021, 1, 31))
    assert p.season == 2021


@pytest.mark.parametrize(
    ("left", "published", "year"),
    [
        ("该县还每年从财政中拿出", date(2010, 1, 12), 2009),
        ("协会每年为全区近千户困难家庭送去", date(2019, 11, 20), 2019),
    ],
)
def test_so_much_every_year_is_a_calendar_years_and_no_seasons(left, published, year):
    p = figure_period("actual", left, left, left, published)
    assert (p.start, p.season) == (date(year, 1, 1), None)


def test_a_plan_for_every_year_keeps_a_season():
    p = figure_period("planned", "每年计划慰问全市", "", "", date(2015, 12, 1))
    assert p.season == 2016


@pytest.mark.parametrize("opening", ["近几年来，省妇联先后争取到", "近年来，市慈善总会累计筹集"])
def test_a_total_over_recent_years_belongs_to_no_season(opening):
    p = figure_period("actual", opening, "", "", date(2018, 1, 15))
    assert (p.end, p.season) == (date(2018, 1, 15), None)


def test_this_year_opening_a_clause_about_the_winter_beginning_is_the_coming_season():
    text = "今年，全县共有3200户困难家庭领到了冬季取暖补贴。"
    at = text.index("3200")
    p = figure_period("actual", text[:at], text[:at], text, date(2016, 11, 20))
    assert p.season == 2017
    plain = "今年，全县共发放救助资金800万元。"
    at = plain.index("800")
    assert figure_period("actual", plain[:at], plain[:at], plain, date(2016, 11, 20)).season is None


def test_last_year_naming_the_winter_campaign_in_january_is_this_season():
    text = "2021年县妇联共安排暖冬行动慰问金12万元。"
    at = text.index("12万")
    p = figure_period("actual", text[:at], text[:at], text, date(2022, 1, 8))
    assert p.season == 2022


def test_as_of_a_day_written_with_its_year_ends_the_period_on_that_day():
    text = "截至2021年12月31日，市慈善总会累计募集善款640万元。"
    at = text.index("640")
    p = figure_period("actual", text[:at], text[:at], text, date(2022, 3, 10))
    assert p.end == date(2021, 12, 31)


@pytest.mark.parametrize(
    "left",
    [
        "记者昨日从省民政厅获悉，今年1~10月份，全省共为城乡低保对象",
        "前10个月，全省共为城乡低保对象",
    ],
)
def test_a_clause_saying_only_which_months_dates_the_rest_of_its_sentence(left):
    p = figure_period("actual", left, left, left, date(2022, 11, 20))
    assert (p.start, p.end, p.season) == (date(2022, 1, 1), date(2022, 10, 31), None)


def test_a_range_of_months_inside_an_earlier_clause_with_its_own_amount_stays_there():
    left = (
        "2022年10月，全区发放补贴80万元，1-10月份累计发放补贴900万元；有护理补贴对象700人，发放补贴"
    )
    p = figure_period("actual", left, left, left, date(2022, 11, 20))
    assert p.start != date(2022, 1, 1)


def test_figures_over_the_past_years_are_cumulative_not_a_seasons():
    doc = process("过去五年里，全省慈善系统累计募集善款3200万元，救助困难群众8.5万户。")
    assert {f.contract()["metric"] for f in doc.figures} == {"funds_raised", "households_reached"}
    assert all(f.cumulative for f in doc.figures)


def test_a_run_begun_in_a_year_the_sentence_before_names_stands_as_of_now():
    doc = process(
        "据介绍，2015年以来，市妇联持续开展困难母亲帮扶项目。截至目前，已为230名困难母亲发放救助金46万元。"
    )
    assert {f.contract()["period_start"] for f in doc.figures} == {"2015-01-01"}


def test_a_lead_dated_in_an_earlier_winter_dates_the_figures_of_a_page_published_later():
    text = (
        "市慈善协会开展新春走访\n\n2025年1月20日至22日，市慈善协会开展新春走访慰问活动。\n\n"
        "活动中，协会看望了15户困难家庭，送去慰问金6000元。\n"
    )
    found = figures(text, province="山东", published=date(2025, 11, 10))
    assert {(f["period_start"], f["period_end"]) for f in found} == {("2025-01-20", "2025-01-22")}
    # a lead whose paragraph moves on to other days dates nothing after it
    chronicle = text.replace("开展新春走访慰问活动。", "开展新春走访慰问活动，2月5日又走访了一次。")
    found = figures(chronicle, province="山东", published=date(2025, 11, 10))
    assert {f["period_start"] for f in found} != {"2025-01-20"}


def test_a_years_budget_paid_ahead_covers_that_year_and_not_the_winter_it_was_paid_in():
    text = (
        "某省下达救助资金\n\n近日，省财政厅会同省民政厅提前下拨2027年困难群众救助补助资金"
        "42.6亿元，并安排春节慰问资金800万元。\n"
    )
    periods = _periods_by_value(text, province="山西", published=date(2026, 12, 20))
    assert periods[4260000000.0] == ("2027-01-01", "2027-12-31")
    # the amount after it in the sentence is the winter's own
    assert periods[8000000.0] == ("2026-10-01", "2026-12-20")
    # a year's fund paid out without 提前 names the fund, not the time
    plain = text.replace("提前下拨2027年", "下拨2026年")
    found = figures(plain, province="山西", published=date(2026, 12, 20))
    assert {f["period_start"] for f in found} == {"2026-10-01"}


def test_a_festival_named_alone_keeps_the_earlier_year_its_paragraph_opens_with():
    text = (
        "某省工会一年工作回顾\n\n2025年，全省工会帮扶困难职工1.2万户。各级工会开展“两节”送温暖活动，"
        "走访慰问困难职工3600户，发放慰问金520万元。\n"
    )
    periods = _periods_by_value(text, province="河北", published=date(2026, 1, 20))
    assert periods[3600.0] == ("2025-01-01", "2025-12-31")
    assert periods[5200000.0] == ("2025-01-01", "2025-12-31")
    # a festival given its own year, or one planned for, is the coming winter's
    dated = text.replace("各级工会开展“两节”", "今年春节前，各级工会开展“两节”")
    found = figures(dated, province="河北", published=date(2026, 1, 20))
    assert {f["period_start"] for f in found if f["value"] == 3600.0} == {"2025-10-01"}
    planned = text.replace("走访慰问困难职工3600户", "计划走访慰问困难职工3600户")
    found = figures(planned, province="河北", published=date(2026, 1, 20))
    assert {f["period_start"] for f in found if f["value"] == 3600.0} == {"2025-10-01"}


def test_what_stood_at_last_years_end_is_last_calendar_years():
    text = (
        "某市机关结对帮扶困难户\n\n截至去年底，市直32个部门共结对帮扶困难户1860户，"
        "其中处级干部结对帮扶410户。\n"
    )
    found = figures(text, province="湖北", published=date(2026, 1, 12))
    assert {(f["period_start"], f["period_end"]) for f in found} == {("2025-01-01", "2025-12-31")}
    # a day of this winter is no year's end
    this_winter = text.replace("截至去年底", "截至1月10日")
    found = figures(this_winter, province="湖北", published=date(2026, 1, 12))
    assert {f["period_end"] for f in found} == {"2026-01-10"}


def test_this_years_budget_paid_ahead_covers_the_calendar_year():
    text = "某省下达民生资金\n\n省财政已提前下达今年城乡低保补助资金36.5亿元，春节前发放到位。\n"
    found = figures(text, province="安徽", published=date(2026, 1, 18))
    assert {(f["period_start"], f["period_end"]) for f in found} == {("2026-01-01", "2026-12-31")}
    next_year = text.replace("今年", "明年")
    found = figures(next_year, province="安徽", published=date(2025, 12, 18))
    assert {(f["period_start"], f["period_end"]) for f in found} == {("2026-01-01", "2026-12-31")}


def test_a_paragraph_going_on_with_also_keeps_the_year_the_one_before_opens_with():
    text = (
        "某省总工会兑现实事\n\n2025年，省总工会筹集帮扶资金860万元，帮扶困难职工5200人次。\n\n"
        "此外，工会会员普惠活动惠及会员3.1万人次。\n"
    )
    found = figures(text, province="海南", published=date(2026, 2, 10))
    assert {f["period_start"] for f in found if f["value"] == 31000.0} == {"2025-01-01"}
    # a paragraph of its own keeps the coming winter
    own = text.replace("此外，工会", "工会")
    found = figures(own, province="海南", published=date(2026, 2, 10))
    assert {f["period_start"] for f in found if f["value"] == 31000.0} == {"2025-10-01"}


def test_a_first_quarter_review_of_last_year_frames_the_figures_of_its_later_paragraphs():
    text = (
        "某市慈善会全年工作情况\n\n"
        "记者从市慈善会了解到，2025年全市慈善系统累计募集善款5600万元，惠及困难群众3.2万人次。\n\n"
        "助学方面，资助困难家庭学生820名，发放助学金246万元。\n"
    )
    found = figures(text, province="湖北", published=date(2026, 2, 20))
    assert {(f["period_start"], f["period_end"]) for f in found} == {("2025-01-01", "2025-12-31")}
    # a headline about the winter's campaign makes last year background
    winter = text.replace("全年工作情况", "冬季送温暖")
    found = figures(winter, province="湖北", published=date(2026, 2, 20))
    assert {f["period_start"] for f in found if f["value"] == 820.0} == {"2025-10-01"}
    # so does a lead telling of one event
    event = text.replace("记者从市慈善会了解到，", "近日，记者从市慈善会了解到，")
    found = figures(event, province="湖北", published=date(2026, 2, 20))
    assert {f["period_start"] for f in found if f["value"] == 820.0} == {"2025-10-01"}
    # and a report of the next winter's beginning looks back on no year
    found = figures(text, province="湖北", published=date(2026, 11, 20))
    assert {f["period_start"] for f in found if f["value"] == 820.0} != {"2025-01-01"}


def test_a_two_digit_month_just_within_reach_is_read_whole():
    # "12月份" starting 13 characters before the figure: a cut at 12 would read "2月份"
    left = "12月份，全区实施临时救助"
    p = figure_period("actual", left, left, left, date(2023, 1, 9))
    assert (p.start, p.end) == (date(2022, 12, 1), date(2022, 12, 31))


def test_a_year_after_the_day_a_paragraph_counts_up_to_is_a_nouns_not_its_frame():
    text = (
        "某省冬春救助情况\n\n截至2月3日，全省2025年度受灾需重建的320户已全部竣工。"
        "前期下拨的6000万元冬春救助资金已全部发放到户。\n"
    )
    periods = _periods_by_value(text, province="湖北", published=date(2026, 2, 4))
    assert periods[60_000_000.0] == ("2025-10-01", "2026-02-04")
    # a paragraph opening with the year itself is framed by it
    framed = text.replace("截至2月3日，全省2025年度受灾", "2025年，全省受灾")
    periods = _periods_by_value(framed, province="湖北", published=date(2026, 2, 4))
    assert periods[60_000_000.0] == ("2025-01-01", "2025-12-31")


def test_a_heading_naming_a_past_year_frames_the_figures_under_it():
    article = "县慈善总会2021年工作报告\n一、2021年度慈善资金收支情况\n"
    p = figure_period("actual", "全年募集资金", article, article, date(2022, 4, 20))
    assert (p.start, p.end, p.season) == (date(2021, 1, 1), date(2021, 12, 31), None)
    # a heading of a winter campaign, or a campaign named after its year, frames no year
    winter = "县慈善总会\n一、2021年度春节慰问情况\n"
    assert figure_period("actual", "走访", winter, winter, date(2022, 4, 20)).season == 2022
    named = "县妇联\n2021年度“恒爱行动”启动\n"
    assert figure_period("actual", "发放毛衣", named, named, date(2022, 4, 20)).season == 2022


def test_a_span_to_a_day_of_this_year_is_not_a_running_total_since_a_year():
    sentence = "专项救助行动自2017年11月9日持续至今年3月15日，其间共救助"
    p = figure_period("actual", sentence, "", "", date(2018, 4, 2))
    assert p.season == 2018
    assert p.start is not None and p.start >= date(2017, 10, 1)
