"""Province headlines for the overview: latest value, change, level, and no forbidden sums."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

import polars as pl

from presentation import charts, headlines
from presentation.charts import ChartText


def _metrics(rows: list[tuple]) -> pl.DataFrame:
    return pl.DataFrame(
        rows,
        schema=["province", "season", "metric", "status", "value", "unit", "qualifier"],
        orient="row",
    ).with_columns(pl.lit("公益时报").alias("publisher"), pl.lit("原文").alias("quote"))


def _places(rows: list[tuple]) -> pl.DataFrame:
    return pl.DataFrame(
        rows,
        schema=["province", "place", "season", "metric", "status", "value", "unit", "qualifier"],
        orient="row",
    ).with_columns(pl.lit("沈阳日报").alias("publisher"), pl.lit("原文").alias("quote"))


NO_PER_CAPITA = pl.DataFrame()


def test_change_compares_with_the_previous_reported_season_and_names_it():
    metrics = _metrics(
        [
            ("湖南", 2019, "funds_raised", "actual", 587e6, "yuan", "exact"),
            ("湖南", 2022, "funds_raised", "actual", 380e6, "yuan", "exact"),
            ("湖南", 2024, "funds_raised", "actual", 350e6, "yuan", "approx"),
            ("湖南", 2025, "funds_raised", "planned", 999e6, "yuan", "exact"),
        ]
    )
    card = headlines.province_headlines(metrics, _places([]), NO_PER_CAPITA, ["湖南"])["湖南"][1]
    assert (card.season, card.value, card.qualifier) == (2024, 350e6, "approx")
    assert card.previous_season == 2022  # 2023 has no report: the change skips it
    assert round(card.change, 4) == round(350 / 380 - 1, 4)
    assert [s for s, _ in card.history] == [2019, 2022, 2024]  # the plan stays out
    assert card.level == "province"
    # the sparkline breaks over the seasons without a report instead of joining 2019 to 2022
    spark = card.spark
    assert len(spark) == 6 and [math.isnan(v) for v in spark] == [
        False,
        True,
        True,
        False,
        True,
        False,
    ]


def test_a_province_without_province_figures_rests_on_one_named_place_never_a_sum():
    places = _places(
        [
            ("辽宁", "沈阳市", 2024, "households_reached", "actual", 3955, "households", "exact"),
            (
                "辽宁",
                "沈阳市",
                2026,
                "households_reached",
                "actual",
                50000,
                "households",
                "at_least",
            ),
            ("辽宁", "大连市", 2026, "households_reached", "actual", 70000, "households", "exact"),
        ]
    )
    card = headlines.province_headlines(_metrics([]), places, NO_PER_CAPITA, ["辽宁"])["辽宁"][0]
    # the largest figure of the latest season a place reported, never 沈阳 + 大连
    assert (card.level, card.place, card.season, card.value) == ("place", "大连市", 2026, 70000)
    assert card.previous_season is None  # 大连 reported nothing earlier; 沈阳 is not 大连


def test_a_place_reporting_often_does_not_hide_a_later_larger_place_figure():
    places = _places(
        [
            ("湖南", "长沙市", 2020, "households_reached", "actual", 2, "households", "exact"),
            ("湖南", "长沙市", 2021, "households_reached", "actual", 30, "households", "exact"),
            ("湖南", "临湘市", 2022, "households_reached", "actual", 500, "households", "exact"),
        ]
    )
    card = headlines.province_headlines(_metrics([]), places, NO_PER_CAPITA, ["湖南"])["湖南"][0]
    assert (card.place, card.season, card.value) == ("临湘市", 2022, 500)


def test_nothing_reported_gives_an_empty_card_not_a_zero():
    card = headlines.province_headlines(_metrics([]), _places([]), NO_PER_CAPITA, ["青海"])
    assert all(c.level == "none" and c.value is None for c in card["青海"])


def test_a_joint_total_only_when_every_province_reports_that_season():
    metrics = _metrics(
        [
            ("湖南", 2024, "funds_raised", "actual", 3e8, "yuan", "exact"),
            ("青海", 2024, "funds_raised", "actual", 1e8, "yuan", "approx"),
        ]
    )
    rows = headlines.province_headlines(metrics, _places([]), NO_PER_CAPITA, ["湖南", "青海"])
    assert headlines.joint_total(rows, 1) == (4e8, 2024, "approx")
    later = pl.concat(
        [metrics, _metrics([("青海", 2025, "funds_raised", "actual", 2e8, "yuan", "exact")])]
    )
    rows = headlines.province_headlines(later, _places([]), NO_PER_CAPITA, ["湖南", "青海"])
    assert headlines.joint_total(rows, 1) is None  # 2024 and 2025 are not added


def test_per_capita_prefers_persons_and_names_households_otherwise():
    per_capita = pl.DataFrame(
        {
            "province": ["青海", "青海"],
            "place": [None, None],
            "province_level": [True, True],
            "season": [2023, 2024],
            "status": ["actual", "actual"],
            "basis": ["per_household", "per_household"],
            "per_capita_yuan": [800.0, 846.2],
            "approximate": [False, False],
            "aid_yuan": [8_000_000.0, 11_000_000.0],
            "denominator": [10_000.0, 13_000.0],
            "denominator_unit": ["households", "households"],
            "publisher": ["青海省民政厅", "青海日报"],
        }
    )
    card = headlines.province_headlines(_metrics([]), _places([]), per_capita, ["青海"])["青海"][3]
    assert (card.unit, card.season, card.value) == ("yuan_per_household", 2024, 846.2)
    # the card leads back to what it was computed from, and who reported it
    assert (card.quote, card.publisher) == ("1100万元 ÷ 1.3万户", "青海日报")


def test_within_season_dates_are_dates_not_milliseconds():
    figures = pl.DataFrame(
        {
            "province": ["湖南"],
            "status": ["actual"],
            "unit": ["households"],
            "period_end": [date(2024, 1, 30)],
            "value": [536000.0],
            "qualifier": ["exact"],
            "quote": ["走访慰问53.6万户"],
        }
    )
    fig = charts.within_season(figures, ChartText("t", "households", "s"), "zh")
    assert fig.layout.xaxis.type == "date" and list(fig.data[0].x) == ["2024-01-30"]
    assert fig.layout.showlegend is True


def test_person_visits_never_divide_aid_into_a_per_capita_value(seed_warehouse):
    from warehouse import connect, mart

    rows = mart(connect(seed_warehouse), "per_capita_aid")
    assert not rows.is_empty()
    assert set(rows["denominator_unit"]) <= {"persons", "households"}
    assert 833.33 not in rows["per_capita_yuan"].to_list()  # 50万元 ÷ 600人次 is not per person


def per_capita_of(tmp_path, text: str) -> pl.DataFrame:
    """The per-capita mart of a warehouse built from one report of the given text."""
    from etl.building.build import build_warehouse
    from warehouse import connect, mart

    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "2024-01-20-test.txt").write_text(text, encoding="utf-8")
    live = tmp_path / "w.duckdb"
    build_warehouse(reports, live, quiet=True, parquet=False)
    return mart(connect(live), "per_capita_aid")


def test_a_campaign_total_over_a_handful_of_named_people_is_no_per_capita_value(tmp_path):
    rows = per_capita_of(
        tmp_path,
        "某省开展冬季送温暖活动\n"
        "今冬以来，全省共发放临时救助资金3000万元。活动现场，为12名困难群众发放了慰问金。\n"
        "另一地区为500名困难群众发放救助金100万元。\n",
    )
    values = rows["per_capita_yuan"].to_list()
    assert all(v <= 10_000 for v in values)  # 3000万元 ÷ 12人 is not aid per person


def test_aid_divides_by_the_recipients_of_its_own_sentence_only(tmp_path):
    rows = per_capita_of(
        tmp_path,
        "某市开展冬季送温暖活动\n"
        "今冬以来，株洲市向200名困难职工发放慰问金40万元。"
        "另为各社区发放帮扶资金30万元。\n",
    )
    assert rows["per_capita_yuan"].to_list() == [2000.0]  # not 70万元 ÷ 200人


def test_aid_beside_several_counts_elsewhere_is_no_per_capita_value(tmp_path):
    rows = per_capita_of(
        tmp_path,
        "某市遭遇洪涝灾害\n"
        "灾后，衡阳市共转移安置群众8万人。医疗队救治伤病群众900人。"
        "上级下拨救灾资金合计2亿元。\n",
    )
    assert rows.is_empty()  # a fund beside the evacuated and the treated has no one divisor


def test_a_fund_over_people_moved_to_safety_is_no_per_capita_value(tmp_path):
    rows = per_capita_of(
        tmp_path,
        "某市遭遇洪涝灾害\n灾后，常德市紧急转移安置受灾群众6万人。上级下拨救灾资金合计1.5亿元。\n",
    )
    assert rows.is_empty()  # the evacuated are not those the fund was shared among


def test_a_per_capita_card_shows_no_change_across_seasons():
    card = headlines.Headline(
        "青海",
        "per_capita",
        "yuan_per_person",
        level="province",
        season=2024,
        value=600.0,
        previous_season=2023,
        previous_value=500.0,
    )
    assert card.change is None and card.no_change_note == "per_capita_not_compared"


def test_counts_listed_in_the_aids_own_clause_divide_it_together(tmp_path):
    rows = per_capita_of(
        tmp_path,
        "某区工会开展送温暖活动\n"
        "春节前，岳阳市岳阳楼区工会为5名困难职工、10名大病职工和15名单亲职工发放救助金6万元。\n",
    )
    assert rows["denominator"].to_list() == [30]
    assert rows["per_capita_yuan"].to_list() == [2000.0]


def test_change_is_shown_only_against_a_recent_season():
    near = headlines.Headline(
        "湖南",
        "households",
        "households",
        season=2024,
        value=120.0,
        previous_season=2022,
        previous_value=100.0,
    )
    far = headlines.Headline(
        "湖南",
        "households",
        "households",
        season=2024,
        value=120.0,
        previous_season=2013,
        previous_value=100.0,
    )
    none = headlines.Headline("湖南", "households", "households", season=2024, value=120.0)
    assert round(near.change, 3) == 0.2
    assert far.change is None and far.no_change_note == "previous_too_far"
    assert none.change is None and none.no_change_note == "no_previous"


def test_change_is_not_shown_between_figures_tenfold_apart():
    card = headlines.Headline(
        "青海",
        "aid_delivered",
        "yuan",
        season=2025,
        value=1_024_000.0,
        previous_season=2024,
        previous_value=137_000_000.0,
    )
    near = replace(card, previous_value=1_500_000.0)
    assert card.change is None and card.no_change_note == "previous_not_comparable"
    assert round(near.change, 3) == -0.317


def test_one_funds_gifts_over_everyone_visited_is_no_per_capita_value(tmp_path):
    rows = per_capita_of(
        tmp_path,
        "某市开展冬季送温暖活动\n"
        "今冬以来，全市共走访困难群众12万人，区慈善会发放慰问品折款90万元。\n",
    )
    assert rows.is_empty()  # 7.5元 a person is no aid rate


def test_an_article_naming_no_place_makes_no_per_capita_series(tmp_path):
    from etl.building.build import build_warehouse
    from warehouse import connect, mart

    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "2024-01-20-test.txt").write_text(
        "林业局为困难职工送红包\n\n春节前，林业局向困难职工320人发放救助金16万元。\n",
        encoding="utf-8",
    )
    (reports / "2024-01-20-test.meta.yml").write_text("province_hint: 黑龙江\n", encoding="utf-8")
    live = tmp_path / "w.duckdb"
    build_warehouse(reports, live, quiet=True, parquet=False)
    con = connect(live)
    assert con.execute("select count(*) from figures where level is null").fetchall() == [(2,)]
    assert mart(con, "per_capita_aid").is_empty()


def test_aid_is_divided_by_the_recipients_its_own_sentence_names(tmp_path):
    rows = per_capita_of(
        tmp_path,
        "兰州市开展冬季救助\n"
        "今冬以来，兰州市已向300户困难家庭发放临时救助金60万元。各街道入户排查困难群众3000人。\n",
    )
    assert rows.select("basis", "per_capita_yuan").rows() == [("per_household", 2000.0)]
