"""Extraction of single statements: metric, value, unit, qualifier and status, and non-figures."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import figures, process

# (sentence, metric, value, unit, qualifier, status) — wording beyond the bundled reports.
STATEMENTS = [
    (
        "截至1月20日，全省累计发放临时救助金2.3亿元。",
        "aid_disbursed",
        230_000_000,
        "yuan",
        "exact",
        "actual",
    ),
    ("救助困难群众12.6万人次。", "people_aided", 126_000, "person_visits", "exact", "actual"),
    (
        "全市共出动工作人员3200余人次。",
        "staff_mobilized",
        3200,
        "person_visits",
        "at_least",
        "actual",
    ),
    ("为全省4.3万名特困人员发放了取暖补贴。", "people_aided", 43_000, "persons", "exact", "actual"),
    ("计划筹措资金不少于5000万元。", "funds_raised", 50_000_000, "yuan", "at_least", "planned"),
    ("今年投入资金3亿元左右。", "aid_disbursed", 300_000_000, "yuan", "approx", "actual"),
    ("慰问活动惠及困难群众近百万人。", "people_reached", 1_000_000, "persons", "approx", "actual"),
    (
        "累计为3.2万户困难家庭送去慰问品。",
        "households_reached",
        32_000,
        "households",
        "exact",
        "actual",
    ),
    (
        "走访慰问困难群众3万余户次。",
        "households_reached",
        30_000,
        "household_visits",
        "at_least",
        "actual",
    ),
    ("救助流浪乞讨人员1260人次。", "people_aided", 1260, "person_visits", "exact", "actual"),
    ("省财政下拨中央和省级资金8000万元。", "aid_disbursed", 80_000_000, "yuan", "exact", "actual"),
    ("共收到社会捐款136.5万元。", "funds_raised", 1_365_000, "yuan", "exact", "actual"),
    ("省慈善总会募集款物价值1.2亿元。", "funds_raised", 120_000_000, "yuan", "exact", "actual"),
    ("向困难群众发放价值86万元的米面油。", "in_kind_value", 860_000, "yuan", "exact", "actual"),
    ("为3名困难群众办理了临时救助。", "people_aided", 3, "persons", "exact", "actual"),
    ("预计发放慰问金1,000万元。", "aid_disbursed", 10_000_000, "yuan", "exact", "planned"),
    ("省慈善总会筹集三千五百万元。", "funds_raised", 35_000_000, "yuan", "exact", "actual"),
    ("当天救助一百零三人。", "people_aided", 103, "persons", "exact", "actual"),
    ("惠及逾20万人。", "people_reached", 200_000, "persons", "at_least", "actual"),
    ("慰问困难职工不到500人。", "people_reached", 500, "persons", "at_most", "actual"),
    ("拟发放慰问金约300万元。", "aid_disbursed", 3_000_000, "yuan", "approx", "planned"),
    ("通过实施暖心计划，资助困难学生320名。", "people_aided", 320, "persons", "exact", "actual"),
    ("今冬全县需要发放取暖补贴820万元。", "aid_disbursed", 8_200_000, "yuan", "exact", "planned"),
    (
        "这笔善款可以救助困难家庭1200户。",
        "households_reached",
        1200,
        "households",
        "exact",
        "planned",
    ),
    (
        "力争走访慰问困难家庭10万户以上。",
        "households_reached",
        100_000,
        "households",
        "at_least",
        "planned",
    ),
    (
        "全市将于2月1日前为困难群众发放慰问金500万元。",
        "aid_disbursed",
        5_000_000,
        "yuan",
        "exact",
        "planned",
    ),
    ("组织志愿者600名开展入户走访。", "staff_mobilized", 600, "persons", "exact", "actual"),
    ("向受灾群众调拨棉被5000床。", "items_distributed", 5000, "items", "exact", "actual"),
    (
        "城乡低保对象每人每月增发补贴80元。",
        "aid_standard",
        80,
        "yuan_per_person_month",
        "exact",
        "standard",
    ),
    (
        "特困人员每人发放慰问金1200元。",
        "aid_standard",
        1200,
        "yuan_per_person",
        "exact",
        "standard",
    ),
    ("按照每户500元的标准发放。", "aid_standard", 500, "yuan_per_household", "exact", "standard"),
    (
        "按不超过300元/户的标准慰问。",
        "aid_standard",
        300,
        "yuan_per_household",
        "at_most",
        "standard",
    ),
    (
        "市应急局近日下达冬春救助资金6500万元。",
        "aid_disbursed",
        65_000_000,
        "yuan",
        "exact",
        "actual",
    ),
    # Aid money given with consolation money: the people were aided, not only visited.
    (
        "区总工会为320名困难劳模送去帮扶金和春节慰问金。",
        "people_aided",
        320,
        "persons",
        "exact",
        "actual",
    ),
    # A purpose clause states the target its main clause plans.
    (
        "为实现对全市1.8万户困难群众走访慰问全覆盖，各级工会将持续筹措资金。",
        "households_reached",
        18_000,
        "households",
        "exact",
        "planned",
    ),
    # "2万余户" is one household count, not also a bare count of people.
    (
        "活动将覆盖全区2万余户困难家庭。",
        "households_reached",
        20_000,
        "households",
        "at_least",
        "planned",
    ),
    (
        "全县１２３６户困难家庭得到慰问。",
        "households_reached",
        1236,
        "households",
        "exact",
        "actual",
    ),
]


@pytest.mark.parametrize(("sentence", "metric", "value", "unit", "qualifier", "status"), STATEMENTS)
def test_statement_yields_one_figure(sentence, metric, value, unit, qualifier, status):
    found = figures(sentence)
    assert len(found) == 1, found
    fig = found[0]
    assert (fig["metric"], fig["value"], fig["unit"]) == (metric, value, unit)
    assert fig["qualifier"] == qualifier
    assert fig["status"] == status


# Numbers that name things or tell time (spec: "What is not a figure").
NON_FIGURES = [
    "2024年1月1日，活动正式启动。",
    "以“五必访”“五熟知”“三协助”为工作机制。",
    "统筹省市县三级力量开展走访。",
    "向青海省7个州（市）发放物资。",
    "该活动已连续开展20年。",
    "重点点位每天巡查不少于2次。",
    "求助热线12345全天畅通，电话0971-6300000。",
    "60岁以上老年人优先安排。",
    "全县11个乡镇召开联审联批会议46次。",
    "按不低于30%的比例开展实地抽查。",
    "第二十一届关爱行动同步启动。",
    "印发《2024年元旦春节期间困难群众救助帮扶工作方案》。",
    "安排人员24小时在岗值守。",
    "每到一户，志愿者都与群众亲切交流。",
    "三人均为残疾人低保户，没有劳动能力。",
    "茶话会邀请师生和艺术团代表共100余人参加。",
    "各福利机构按3000-6000元的标准慰问。",
    "1-9月，全县调出低保532户700人，提标57户69人。",
    "千家万户共度新春佳节。",
    "计划在三年内把9区9县的环卫工人全部覆盖。",
    "受低温雨雪影响，全省直接经济损失达86.2亿元。",
    "今年以来各级工会共清欠农民工工资3120万元。",
    "当天调拨的救灾物资将由12个市州分头组织发放。",
    # Needs and damage are the situation, not what the campaign did.
    "寒潮造成全市3.2万人受灾，需紧急生活救助8600人。",
    "全县共有2140户9300人受灾需救助。",
    "因灾倒损住房需恢复重建1250户。",
    "活动惠及数十万困难群众。",
    "几百户家庭收到了慰问品。",
    "全省有45.6万困难群众需要冬春生活救助。",
    "今冬明春全省需口粮救助的受灾群众有96万人。",
    "全省造血干细胞采集入库累计达到1.8万人份。",
    "每名职工都将得到一份价值三四百元的年货。",
    "受助群众代表共60余人参加了启动仪式。",
    "另有12.4万人饮水困难。",
    "已在各地储备库储备价值860万元的救灾物资。",
]


@pytest.mark.parametrize("sentence", NON_FIGURES)
def test_number_that_is_not_a_figure_is_left_out(sentence):
    assert figures(sentence) == []


def test_cap_after_a_rate_is_a_rate_of_the_same_unit():
    found = figures("每户补助1500元，最高不超过3000元。")
    assert [(f["metric"], f["unit"], f["value"], f["qualifier"]) for f in found] == [
        ("aid_standard", "yuan_per_household", 1500, "exact"),
        ("aid_standard", "yuan_per_household", 3000, "at_most"),
    ]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("区慈善会已筹集资金800万元，用于对全区2600户困难家庭开展救助。", "actual"),
        ("募集的善款和物资，用于送到4200户困难群众手中。", "planned"),
    ],
)
def test_purpose_of_money_is_planned_unless_the_money_was_already_committed(sentence, status):
    (fig,) = [f for f in figures(sentence) if f["unit"] == "households"]
    assert fig["status"] == status


def test_ge_over_two_kinds_counts_each_kind():
    (fig,) = figures("为环卫工人发放冲锋衣、棉被各500份。")
    assert fig["value"] == 1000
    assert fig["metric"] == "items_distributed"


def test_number_broken_across_lines_is_one_figure():
    text = (
        "\n".join(
            [
                "近日，为确保人民群众安全温暖",
                "过冬，全市民政系统开展走访。",
                "活动启动以来，",
                "走访摸排困难群众 308",
                "01名，开展各类",
                "救助共计 103",
                "人，发放救助资金",
                "134237元，发放生",
                "活物资折款 6328元。",
            ]
        )
        + "\n"
    )
    found = {f["value"]: f for f in figures(text)}
    assert set(found) == {30801, 103, 134237, 6328}
    assert found[30801]["quote"] == "走访摸排困难群众30801名"


def test_parts_of_a_stated_total_are_linked_to_it():
    doc = process(
        "动员群众捐款53016.52元，腾讯配捐5547.40元，省慈善总会配捐51436.08元，三项合计11万元。"
    )
    by_value = {f.value: f for f in doc.figures}
    total = by_value[110000]
    assert total.part_of is None
    assert all(by_value[v].part_of == total.span for v in (53016.52, 5547.40, 51436.08))


def test_parts_after_qizhong_are_linked_to_the_total_before():
    doc = process("活动共筹集善款92.34万元。其中，省慈善总会下拨15万元，爱心企业捐款11.24万元。")
    by_value = {f.value: f for f in doc.figures}
    assert by_value[150000].part_of == by_value[923400].span
    assert by_value[112400].part_of == by_value[923400].span


def test_people_counted_once_break_down_a_total_of_visits():
    doc = process(
        "社区已上门探访困难群众96人次，其中低保对象40人、残疾人12人、孤儿3人、独居老人5人。"
    )
    total = next(f for f in doc.figures if f.value == 96)
    parts = [f for f in doc.figures if f.value in (40, 12, 3, 5)]
    assert len(parts) == 4
    assert {(f.metric, f.part_of) for f in parts} == {("people_reached", total.span)}


def test_a_qualifier_keeps_its_meaning_across_the_aspect_word():
    found = figures("此次共募集爱心衣物2万件，总价值超过了60万元；另收到捐款将近了3万元。")
    assert {f["value"]: f["qualifier"] for f in found if f["unit"] == "yuan"} == {
        600000: "at_least",
        30000: "approx",
    }


def test_a_record_broken_is_the_year_befores_figure_not_this_ones():
    found = figures("慈善日当天共募集善款3.2亿元，刷新了2021年慈善日2.9亿元的纪录。")
    assert [f["value"] for f in found] == [320_000_000]


def test_a_tally_of_what_one_package_holds_is_no_goods_handed_out():
    found = figures(
        "为80名留守儿童每人送去一个爱心包，包里装有棉衣、手套、围巾和文具，共9件物品。"
        "此外，另有礼包里装有米面油，共计发放礼包120份。"
    )
    assert sorted((f["metric"], f["value"]) for f in found) == [
        ("items_distributed", 120.0),
        ("people_reached", 80.0),
    ]


def test_stores_and_shelters_built_are_no_goods():
    found = figures("全市已在边远乡镇建起40多个救灾物资储备点和12个安置点，今冬发放棉被8000床。")
    assert [(f["metric"], f["value"]) for f in found] == [("items_distributed", 8000.0)]


def test_a_fixed_sum_named_with_de_is_a_rate_and_a_threshold_is_no_figure():
    found = figures(
        "对低保家庭，每个采暖季给予460元的定额补贴；采暖费超过1300元的，超出部分由个人负担。"
    )
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("aid_standard", 460.0, "yuan_per_household")
    ]


def test_a_subheading_restating_a_body_figure_yields_the_bodys_statement_and_time():
    doc = process(
        "省民政厅公布去年救助数据\n\n3月2日，省民政厅公布了去年的社会救助数据。\n"
        "临时救助困难群众达12.4万人次\n"
        "各地救助力度不断加大，全年实施临时救助困难群众12.4万人次。",
        published=date(2024, 3, 3),
    )
    (fig,) = [f for f in doc.figures if f.value == 124_000]
    assert "全年" in fig.quote
    assert (fig.period_start, fig.period_end) == (date(2023, 1, 1), date(2023, 12, 31))


def test_figure_repeated_in_a_later_sentence_is_one_figure():
    found = figures(
        "目前已归集资金5.87亿元。省级整合资金3.74亿元，市县筹集1.9亿元，资金总量达到5.87亿元。"
    )
    assert sorted(f["value"] for f in found) == [190_000_000, 374_000_000, 587_000_000]


def test_rates_repeated_for_different_groups_are_kept():
    found = figures("低保户2965户，每户1000元；低保边缘户75户，每户1000元。")
    rates = [f for f in found if f["metric"] == "aid_standard"]
    assert len(rates) == 2


def test_quote_and_span_point_at_the_number():
    text = "截至目前，全市已经走访及慰问困难群众3955户，发放慰问金8.5万元。"
    doc = process(text)
    for fig in doc.figures:
        written = doc.text[fig.span[0] : fig.span[1]]
        assert written in fig.quote
        assert written in ("3955户", "8.5万元")


def test_cumulative_multi_year_figure_covers_the_years_not_a_season():
    doc = process("近5年累计筹集慈善款物20多亿元。")
    (fig,) = doc.figures
    assert (fig.qualifier, fig.cumulative) == ("at_least", True)
    assert fig.period_start.isoformat() == "2020-01-01"
    assert fig.period_end.isoformat() == "2024-12-31"


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [
        ("组织志愿者千余人参与入户走访。", 1000, "at_least"),
        ("走访慰问困难家庭近万户。", 10000, "approx"),
        ("惠及逾百名困难群众。", 100, "at_least"),
    ],
)
def test_bare_hundred_thousand_or_ten_thousand_needs_a_bounding_word(sentence, value, qualifier):
    (fig,) = figures(sentence)
    assert (fig["value"], fig["qualifier"]) == (value, qualifier)


@pytest.mark.parametrize("sentence", ["走访慰问了数百户困难家庭。", "“百千万”工程惠及千家万户。"])
def test_vague_hundreds_are_not_figures(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence", ["志愿者在两三个地方共发放热粥近600份。", "为孩子送去一两件毛衣，共发放600份。"]
)
def test_two_neighbouring_digits_with_liang_say_a_few_not_a_count(sentence):
    assert [f["value"] for f in figures(sentence)] == [600]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("发放慰问金和物资折合资金9860万元。", "aid_disbursed"),
        ("发放生活物资折款6328元。", "in_kind_value"),
        ("发放款物折合4000元。", "aid_disbursed"),
        ("慰问组带着价值36万元的棉被、大米和慰问金分赴各地。", "aid_disbursed"),
        ("慰问组带着价值52万元的慰问品和慰问金赶赴灾区。", "aid_disbursed"),
    ],
)
def test_goods_valued_with_cash_are_aid_and_goods_alone_are_in_kind(sentence, metric):
    (fig,) = figures(sentence)
    assert fig["metric"] == metric


def test_figure_stated_only_in_the_headline_is_a_figure():
    found = figures(
        "市总工会增拨860万元助力送温暖\n\n一方面下拨救助资金500万元，另一方面下拨慰问资金360万元。"
    )
    assert sorted(f["value"] for f in found) == [3_600_000, 5_000_000, 8_600_000]
    assert {f["metric"] for f in found} == {"aid_disbursed"}


def test_a_space_parting_a_headline_s_phrases_ends_the_first_phrase():
    # The damage in the first phrase is not aid because the second phrase sends relief grain.
    found = figures("寒潮致全市3万余人受灾 800吨救助粮紧急下拨\n\n救助粮已于当日装车。")
    assert found == []


def test_a_space_inside_a_quoted_campaign_name_does_not_cut_the_quote():
    (fig,) = figures("全区“暖冬 助困”行动共发放慰问金46万元。")
    assert fig["quote"].startswith("全区“暖冬")


def test_headline_restating_a_body_figure_rounded_is_one_figure():
    found = figures("全省发放取暖补贴近3亿元\n\n截至目前，全省已发放取暖补贴2.96亿元。")
    assert [f["value"] for f in found] == [296_000_000]


def test_people_aided_in_a_disaster_are_kept_beside_its_needs():
    found = figures("洪涝灾害造成全省86万人受灾，紧急转移安置3.1万人，需紧急生活救助2.4万人。")
    assert [(f["metric"], f["value"]) for f in found] == [("people_aided", 31_000)]


def test_people_in_need_who_were_then_aided_are_aided():
    (fig,) = figures("民政部门为5000名受灾群众发放了救助金。")
    assert (fig["metric"], fig["value"]) == ("people_aided", 5000)


def test_words_after_an_outdoor_worker_count_are_no_household_count():
    (fig,) = figures("市总工会为300余名户外劳动者送去慰问品。")
    assert (fig["unit"], fig["value"]) == ("persons", 300)


def test_quoted_speech_is_read_like_any_sentence():
    text = "记者了解到，“今年冬季全市共救助流浪乞讨人员860人次，护送返乡42人次。”"
    found = figures(text)
    assert [(f["metric"], f["value"]) for f in found] == [
        ("people_aided", 860),
        ("people_aided", 42),
    ]


def test_quota_per_household_after_a_colon_is_no_goods_count():
    found = figures("共为800户困难群众送去爱心物资：每户大米10公斤、食用油5升、棉被1床。")
    assert [(f["metric"], f["value"]) for f in found] == [("households_reached", 800)]


def test_people_who_give_are_donors_and_only_their_gift_is_a_figure():
    (fig,) = figures("已有300多名机关干部捐款8万余元。")
    assert (fig["metric"], fig["value"]) == ("funds_raised", 80_000)


def test_goods_valued_beside_cash_with_its_own_amount_stay_goods():
    found = figures("为环卫工人送上价值1.2万元的棉马甲和1万元慰问金。")
    assert [(f["metric"], f["value"]) for f in found] == [
        ("in_kind_value", 12_000),
        ("aid_disbursed", 10_000),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "同乡会获拨款港币300万元，用于购买棉被。",
        "侨胞共捐款20万美元。",
        "基金会申请了450万港元拨款。",
    ],
)
def test_money_in_another_currency_is_no_amount_in_yuan(sentence):
    assert figures(sentence) == []


def test_a_households_size_is_a_class_not_people_counted():
    found = figures("春节补助按户发放：单人户每户500元，3人及以上户每户800元。")
    assert [(f["metric"], f["value"]) for f in found] == [
        ("aid_standard", 500),
        ("aid_standard", 800),
    ]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("董事长把一张50万元的支票交到县慈善总会会长手中。", "funds_raised"),
        ("书记把5万元慰问金交到困难职工手中。", "aid_disbursed"),
        # a union handed money passes it on to its people
        ("局长把8万元慰问金递交给公司工会主席。", "aid_disbursed"),
    ],
)
def test_money_handed_to_a_charity_is_a_gift_taken_in(sentence, metric):
    (fig,) = figures(sentence)
    assert fig["metric"] == metric


def test_money_named_in_renminbi_stays_yuan():
    (fig,) = figures("侨胞捐款人民币20万元。")
    assert (fig["value"], fig["unit"]) == (200_000, "yuan")


def test_a_list_of_valued_items_keeps_each_item_s_own_noun():
    found = figures("工作组为受灾群众带去价值8000元的大米、6000元的棉被以及慰问金5000元。")
    assert [(f["metric"], f["value"]) for f in found] == [
        ("in_kind_value", 8000),
        ("in_kind_value", 6000),
        ("aid_disbursed", 5000),
    ]


def test_counted_givers_who_each_give_one_amount_give_it_that_many_times():
    (fig,) = figures("两家爱心企业分别捐赠善款10万元。")
    assert (fig["metric"], fig["value"]) == ("funds_raised", 200_000)


def test_two_amounts_after_respectively_are_not_multiplied():
    found = figures("两个县分别发放救助资金120万元和80万元。")
    assert [f["value"] for f in found] == [1_200_000, 800_000]


def test_staff_noun_right_before_the_count_decides_over_a_verb_inside_it():
    found = figures("全省出动救助管理工作人员1.6万人次，救助流浪乞讨人员2.3万人次。")
    assert [(f["metric"], f["value"]) for f in found] == [
        ("staff_mobilized", 16_000),
        ("people_aided", 23_000),
    ]


def test_a_part_newly_enrolled_keeps_its_own_verb():
    found = figures("全区共摸排困难群众1.3万人，其中新纳入低保236人。")
    assert [(f["metric"], f["value"]) for f in found] == [
        ("people_reached", 13_000),
        ("people_aided", 236),
    ]


def test_a_plan_inside_a_modifier_gives_way_to_the_verb_after_the_amount():
    (fig,) = figures("计划于春节前发放到位的2.4亿元资金已全部拨付。")
    assert fig["status"] == "actual"


def test_people_whose_basic_living_is_secured_were_aided():
    found = figures("落实冬春救助资金1.85亿元，保障受灾群众32万人基本生活。")
    assert [(f["metric"], f["value"]) for f in found] == [
        ("aid_disbursed", 185_000_000),
        ("people_aided", 320_000),
    ]


def test_people_who_benefit_were_reached():
    (fig,) = figures("累计受益群众达2.6万余人次。")
    assert (fig["metric"], fig["unit"]) == ("people_reached", "person_visits")


def test_goods_handed_out_and_valued_are_in_kind():
    (fig,) = figures("省应急管理厅另调拨救灾物资价值120万元。")
    assert fig["metric"] == "in_kind_value"
    (fig,) = figures("另调拨救灾物资200万元。")
    assert fig["metric"] == "in_kind_value"


def test_a_part_visited_door_to_door_keeps_its_own_verb():
    found = figures("全县救助困难职工60人，其中上门慰问的困难职工有12人。")
    assert [(f["metric"], f["value"]) for f in found] == [
        ("people_aided", 60),
        ("people_reached", 12),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "本次活动将救助困难家庭3925户，发放慈善救助金520多万元。",
        "市总工会还将筹集资金16.2万元，为40名困难职工发放救助金11.8万元。",
        "县慈善会将拨付资金30万元，看望独居老人600户，送出棉衣900件。",
    ],
)
def test_a_future_marker_governs_the_verbs_after_the_comma(sentence):
    assert {f["status"] for f in figures(sentence)} == {"planned"}


def test_a_clause_with_its_own_subject_is_not_governed_by_a_plan_before_it():
    found = figures("全市计划走访困难群众1万户，各县区已发放慰问金320万元。")
    assert [f["status"] for f in found] == ["planned", "actual"]


def test_money_raised_is_raised_whatever_is_planned_for_it():
    (fig,) = figures("市红十字会筹集到的总价值1400多万元的爱心款物，将全部发放到困难群众手中。")
    assert (fig["metric"], fig["status"]) == ("funds_raised", "actual")


def test_households_counted_with_ge_are_households():
    found = figures("基金会为30个特困户争取到补贴，每户1000元。")
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("households_reached", 30, "households"),
        ("aid_standard", 1000, "yuan_per_household"),
    ]


def test_an_amount_announced_then_stated_as_done_is_one_figure():
    text = "总价值86万元的爱心物资将陆续送到困难群众手中。本次活动的爱心款物总价值86万元。"
    assert len(figures(text)) == 1


def test_a_bare_count_of_families_counts_households():
    (fig,) = figures("全省各地12万贫困家庭和贫困群众从中受益。")
    assert (fig["metric"], fig["unit"], fig["value"]) == (
        "households_reached",
        "households",
        120_000,
    )


def test_cash_inside_a_total_of_goods_keeps_counting_cash():
    text = "全县各级工会筹集发放慰问物资120多万元；其中，县总工会筹集送温暖资金90多万元。"
    got = {f["value"]: f["metric"] for f in figures(text)}
    assert got[900_000] == "funds_raised"


def test_people_helped_were_aided_and_people_taught_were_reached():
    found = figures("帮助困难职工落实政策525人次，为职工开展宣传教育3500人次。")
    assert [(f["metric"], f["value"]) for f in found] == [
        ("people_aided", 525),
        ("people_reached", 3500),
    ]


@pytest.mark.parametrize(
    "sentence", ["慰问全县420名困难职工家庭。", "为140多个困难职工家庭送去慰问品。"]
)
def test_a_count_of_families_written_with_ming_or_ge_counts_households(sentence):
    (fig,) = figures(sentence)
    assert (fig["metric"], fig["unit"]) == ("households_reached", "households")


def test_money_named_before_an_amount_without_yuan_is_yuan():
    (fig,) = figures("全区干部职工踊跃捐款20多万。")
    assert (fig["metric"], fig["unit"], fig["value"]) == ("funds_raised", "yuan", 200_000)


def test_each_after_a_list_opened_by_yiji_counts_the_listed_kinds():
    found = figures("发放大米300袋，以及棉衣、棉被各100件。")
    assert [f["value"] for f in found] == [300, 200]


def test_people_named_before_staff_words_are_who_was_reached():
    (fig,) = figures("为1万多名困难群众以及老干部、部队官兵等送去慰问品和慰问金。")
    assert fig["metric"] != "staff_mobilized"


def test_money_raised_and_named_by_its_use_is_raised():
    (fig,) = figures("今年县红十字会一共筹措了40多万元的慰问金和慰问物资。")
    assert fig["metric"] == "funds_raised"


def test_thousands_separator_stays_inside_the_figure_and_its_quote():
    found = figures("湖南省民政厅消息，春节前全省共走访困难家庭12,345户，发放救助资金1,250,000元。")
    by_value = {f["value"]: f for f in found}
    assert by_value[12345]["metric"] == "households_reached"
    assert "12,345户" in by_value[12345]["quote"]
    assert "1,250,000元" in by_value[1250000]["quote"]


def test_a_short_county_name_inside_a_quoted_campaign_name_is_no_place():
    found = figures(
        "县红十字会开展“红十字博爱送万家”活动\n\n县红十字会春节前为80户困难家庭送去慰问品。\n",
        province="湖北",
    )
    assert [(f["province"], f["place"]) for f in found] == [("湖北", "湖北省")]


def test_a_short_county_name_right_after_its_province_names_the_county_even_in_a_quoted_title():
    found = figures(
        "棉衣已穿在孩子身上 《千件棉衣寄往湖南新化》追踪\n\n前天上午，湖南省新化县团委书记打来"
        "电话。他和老师们一道，把800件棉衣全部送到了山里学生手中。",
        province="湖南",
    )
    assert [(f["value"], f["place"], f["level"]) for f in found] == [(800, "新化县", "county")]


def test_households_of_businesses_with_a_short_modifier_are_no_families():
    found = figures("市总工会领导春节前走访了5户特困企业，又走访了40户困难群众。", province="云南")
    assert [(f["metric"], f["value"]) for f in found] == [("households_reached", 40)]


def test_places_listed_together_stand_for_the_city_they_lie_in_when_the_article_led_with_one():
    found = figures(
        "爱心协会新春走访\n\n1月5日，志愿者来到荔城区一户困难家庭，送上了米和油。\n\n"
        "这几天，协会的志愿者分头前往莆田市荔城区、涵江区、仙游县等地，为50户困难家庭送去年货。",
        province="福建",
    )
    assert [(f["value"], f["place"], f["level"]) for f in found] == [(50, "莆田市", "city")]


def test_everyday_words_that_are_short_county_names_name_no_county_in_a_headline():
    found = figures(
        "红十字博爱送万家 公安民警惠民走访\n\n市红十字会把慰问物资送到了1200户困难家庭手中。",
        province="湖北",
    )
    assert [(f["value"], f["province"], f["place"]) for f in found] == [(1200, "湖北", "湖北省")]


def test_money_a_relative_clause_says_was_raised_is_aid_when_the_clause_pays_it_out():
    paid = figures("市慈善总会已把募集到的45万元善款全部拨付给各县慈善会。", province="湖南")
    kept = figures("市慈善总会募集到的45万元善款已全部到位。", province="湖南")
    assert [(f["metric"], f["value"]) for f in paid] == [("aid_disbursed", 450000)]
    assert [(f["metric"], f["value"]) for f in kept] == [("funds_raised", 450000)]


def test_a_family_word_that_only_describes_the_people_counted_counts_people():
    children = figures("区妇联给王某等6名困难家庭留守儿童分别送上500元慰问金。", province="重庆")
    families = figures("区妇联给6名困难职工家庭分别送上500元慰问金。", province="重庆")
    assert [(f["metric"], f["unit"]) for f in children] == [
        ("people_reached", "persons"),
        ("aid_standard", "yuan_per_person"),
    ]
    assert [(f["metric"], f["unit"]) for f in families] == [
        ("households_reached", "households"),
        ("aid_standard", "yuan_per_household"),
    ]


def test_a_place_opening_a_partners_name_is_not_where_the_work_was_done():
    found = figures(
        "市妇联冬季关爱行动\n\n寒潮来临，宜昌市妇联积极开展关爱行动。\n\n"
        "夷陵区妇联联合宜昌爱心车队志愿者协会，把200床棉被送到了困难群众手里。",
        province="湖北",
    )
    assert [(f["value"], f["place"]) for f in found] == [(200, "夷陵区")]


def test_a_standard_adjusted_from_one_amount_to_another_is_a_change_not_a_figure():
    text = (
        "据了解，调整后的取暖费标准是：城市低保对象由每人每个采暖期230元提高到300元，"
        "分散供养的特困对象由每户每个采暖期1100元调整为1400元。"
    )
    assert figures(text, province="甘肃") == []


def test_market_prices_by_weight_are_no_figures():
    text = "雪灾期间市场供应平稳，羊肉每公斤36元、白菜每斤1.5元，民政局为300户受灾群众发放了棉被。"
    assert [(f["metric"], f["value"]) for f in figures(text, province="新疆")] == [
        ("households_reached", 300)
    ]


def test_families_counted_with_wei_are_households():
    text = "县总工会负责人来到三位困难职工家庭，送上了米、面、油和慰问金。"
    assert [(f["metric"], f["value"]) for f in figures(text, province="河南")] == [
        ("households_reached", 3)
    ]


def test_what_a_place_is_known_for_is_no_township():
    found = figures("茶叶之乡处处暖\n\n春节前，慈善义工为60户困难家庭送去年货。", province="浙江")
    assert [(f["value"], f["place"], f["level"]) for f in found] == [(60, "浙江省", None)]


def test_the_means_a_community_works_through_is_no_community_name():
    found = figures(
        "新春关爱\n\n两个社区依托社区志愿服务平台，为35户独居老人送去年货。", province="甘肃"
    )
    assert [(f["value"], f["level"]) for f in found] == [(35, None)]


def test_a_partner_joined_with_a_community_is_no_community_name():
    found = figures("冬至送温暖\n\n街道团工委携手社区为42户困难老人送去饺子。", province="甘肃")
    assert [(f["value"], f["level"]) for f in found] == [(42, None)]


def test_the_whole_city_in_a_county_level_city_report_is_that_city_not_a_community():
    found = figures(
        "市总工会送温暖\n\n家住城南幸福社区的退休职工王某领到了慰问品。当天，宜都市总工会启动春节"
        "送温暖活动。全市共有180户困难职工家庭领到慰问金。",
        province="湖北",
    )
    assert [(f["value"], f["place"]) for f in found] == [(180, "宜都市")]


def test_a_papers_dateline_from_the_provincial_capital_does_not_place_a_provincial_body():
    found = figures(
        "本报兰州1月8日电（记者王某）团甘肃省委日前组织开展“冬日暖阳”活动。活动共慰问困难青年"
        "300户，送去慰问金9万元。",
        province="甘肃",
    )
    assert {(f["place"], f["level"]) for f in found} == {("甘肃省", "province")}


def test_a_total_over_several_cities_is_their_provinces_but_not_province_wide():
    found = figures(
        "志愿者送温暖\n\n志愿服务队先后到长春市、吉林市、延边州三地，为留守儿童发放棉衣1200件。",
        province="吉林",
    )
    assert [(f["value"], f["place"], f["level"]) for f in found] == [(1200, "吉林省", None)]


def test_some_areas_of_a_city_are_no_county_of_it():
    found = figures(
        "义工新春慰问\n\n惠州市义工联的义工前往梅州部分地区，为300户困难家庭送去慰问品。",
        province="广东",
    )
    assert [(f["value"], f["level"]) for f in found] == [(300, "city")]


@pytest.mark.parametrize(
    ("sentence", "metric", "value"),
    [
        ("春节前，县民政局走访慰问困难老人近300位。", "people_reached", 300),
        ("全旗共为1万多农牧户发放取暖补贴。", "households_reached", 10000),
    ],
)
def test_field_counting_words_are_read(sentence, metric, value):
    found = figures(sentence, province="内蒙古")
    assert [(f["metric"], f["value"]) for f in found] == [(metric, value)]


def test_a_familys_coming_costs_are_no_money_given():
    found = figures("老人的孩子看病要花2万多元，工会为他送去慰问金1500元。", province="湖南")
    assert [(f["metric"], f["value"]) for f in found] == [("aid_disbursed", 1500)]


def test_a_local_outlets_own_place_governs_an_article_that_names_none():
    text = "我市开展春节送温暖活动\n\n市红十字会近日走访困难家庭共计60余户，送去米面油等物资。\n"
    doc = process(text, province="河北", publisher="廊坊日报")
    assert [(f.metric, f.place) for f in doc.figures] == [("households_reached", "廊坊市")]


def test_groups_named_before_a_total_say_who_and_the_action_decides_what():
    found = figures("今年的走访覆盖特困人员、孤儿等困难群体，共约3.1万余人。", province="辽宁")
    assert [(f["metric"], f["value"]) for f in found] == [("people_reached", 31000)]


@pytest.mark.parametrize(
    ("sentence", "metric", "value", "unit"),
    [
        ("春节前为低保户每户发放1500—3000元慰问金。", "aid_standard", 1500, "yuan_per_household"),
        ("各乡镇共发放临时救助资金4至6万元。", "aid_disbursed", 40000, "yuan"),
    ],
)
def test_a_range_is_at_least_its_lower_end_in_the_upper_ends_unit(sentence, metric, value, unit):
    found = figures(sentence, province="湖南")
    assert [(f["metric"], f["value"], f["unit"], f["qualifier"]) for f in found] == [
        (metric, value, unit, "at_least")
    ]


@pytest.mark.parametrize(
    "sentence, counts",
    [
        ("工会为环卫工人送去了30箱720个馒头。", [720]),
        ("此次共发放80桶5L花生油和80袋10KG大米。", [80, 80]),
    ],
)
def test_cartons_counted_right_before_the_goods_they_pack_are_no_second_figure(sentence, counts):
    found = figures(sentence, province="山东")
    assert [f["value"] for f in found if f["metric"] == "items_distributed"] == counts


def test_households_given_a_gift_are_households_reached():
    found = figures("春节前，全村210户农家每户获赠两副春联。", province="甘肃")
    assert ("households_reached", 210) in [(f["metric"], f["value"]) for f in found]


def test_an_amount_per_square_metre_is_no_figure():
    found = figures(
        "低保户取暖费按每平方米减免5元，另按12元/㎡的价格收取，全区共为860户减免取暖费41万元。",
        province="山东",
    )
    assert sorted((f["metric"], f["value"]) for f in found) == [
        ("aid_disbursed", 410000),
        ("households_reached", 860),
    ]


def test_money_spent_by_a_town_is_aid_paid_out():
    found = figures("街道近日斥资3万余元，为辖区困难老人购买了羽绒服。", province="山东")
    assert [f["metric"] for f in found if f["unit"] == "yuan"] in (
        ["aid_disbursed"],
        ["in_kind_value"],
    )


def test_a_standard_per_something_the_contract_lacks_is_no_figure():
    assert figures("全县敬老院按2000-5000元的标准慰问，按800元的标准看望。", province="湖南") == []


@pytest.mark.parametrize(
    ("sentence", "metric", "value", "unit"),
    [
        ("县民政局已把约80万元的过年“红包”送到每户困难群众手中。", "aid_disbursed", 800000, "yuan"),
        ("全省已投入救灾人员3.2万人次。", "staff_mobilized", 32000, "person_visits"),
        ("全站出动救助车辆20台次、工作人员64人次。", "staff_mobilized", 64, "person_visits"),
        ("慰问组带来120箱、总价达3.6万元的慰问物资。", "in_kind_value", 36000, "yuan"),
        ("街道为辖区老人发放爱心粮油1260包。", "items_distributed", 1260, "items"),
        ("对低保家庭按照1500元/年/户发放取暖补助。", "aid_standard", 1500, "yuan_per_household"),
    ],
)
def test_field_vocabulary_of_giving_valuing_and_counting(sentence, metric, value, unit):
    found = [(f["metric"], f["value"], f["unit"]) for f in figures(sentence, province="湖南")]
    assert (metric, value, unit) in found


def test_where_goods_were_carried_to_is_not_whose_work_the_article_reports():
    doc = process(
        "救灾棉被运抵长沙 湖南全力救助受灾群众\n\n"
        "湖南省民政厅已向各市州发出棉被2万床，救助受灾群众3万人。\n",
        province="湖南",
    )
    assert {f.place for f in doc.figures} == {"湖南省"}


def test_money_brought_to_each_of_those_counted_is_a_rate_per_them():
    found = figures("工作组看望了6户困难家庭，分别为他们送去慰问金800元。", province="广西")
    assert ("aid_standard", 800, "yuan_per_household") in [
        (f["metric"], f["value"], f["unit"]) for f in found
    ]


def test_a_businesss_gift_is_money_the_campaign_raised():
    found = figures("某某科技有限公司资助慈善项目50万元。", province="宁夏")
    assert [(f["metric"], f["value"]) for f in found] == [("funds_raised", 500000)]


@pytest.mark.parametrize(
    "sentence",
    [
        "春节前，某矿业公司安排12万元送温暖资金。",
        "某集团公司为45名困难职工子女提供一次性助学金9万元。",
    ],
)
def test_a_business_paying_its_people_named_aid_pays_aid_out(sentence):
    money = [f for f in figures(sentence, province="陕西") if f["unit"] == "yuan"]
    assert [f["metric"] for f in money] == ["aid_disbursed"]


def test_a_verb_of_support_before_a_village_is_no_part_of_its_name():
    (fig,) = figures("市水利局共支持桃园村帮扶资金20万元。", province="湖北")
    assert fig["place"] == "桃园村"


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("除夕当天，某学院的260名留校学生收到了一份新春礼包。", "actual"),
        ("有了这批捐赠，山区小学的150名留守儿童将穿上厚实的新棉衣。", "planned"),
    ],
)
def test_people_counted_as_the_subject_of_receiving_are_reached(sentence, status):
    found = figures(sentence, province="山东")
    persons = [(f["metric"], f["status"]) for f in found if f["unit"] == "persons"]
    assert persons == [("people_reached", status)]


def test_staff_who_receive_something_stay_staff():
    found = figures("活动结束后，30名志愿者收到了社区送来的感谢信。", province="山东")
    assert [f["metric"] for f in found if f["unit"] == "persons"] == ["staff_mobilized"]


def test_goods_listed_on_after_a_packages_contents_are_no_total():
    found = figures(
        "2000份爱心包已发放到位，每份爱心包装有大米5斤、食用油1桶，以及手套10副、口罩30个。",
        province="河南",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("items_distributed", 2000)]


@pytest.mark.parametrize(
    "sentence, metric",
    [
        ("医院为签约的困难户减免医疗费用8.6万元。", "aid_disbursed"),
        ("义诊队现场发放药品约3000元。", "in_kind_value"),
    ],
)
def test_fees_waived_are_aid_and_medicine_handed_out_is_goods(sentence, metric):
    found = figures(sentence, province="山东")
    assert [f["metric"] for f in found] == [metric]


def test_difficulties_solved_are_deeds_not_goods():
    found = figures("工作队为困难群众送去棉被200床，并解决实际困难300余件。", province="河南")
    assert [(f["metric"], f["value"]) for f in found] == [("items_distributed", 200)]


@pytest.mark.parametrize(
    "sentence",
    [
        "某县讯（通讯员 王敏）为确保困难群众温暖过冬，县里为其减免取暖费，共涉及85户困难家庭。",
        "书法家们为确定的“书香示范村”赠送春联、福字3200余件。",
    ],
)
def test_a_purpose_after_an_outlets_tag_and_a_designated_place_plan_nothing(sentence):
    found = figures(sentence, province="山东")
    assert [f["status"] for f in found] == ["actual"]


def test_an_amount_with_its_recipients_counted_right_after_it_is_their_rate():
    found = figures(
        "本次共救助860人，其中一般困难补助300元800人、特别困难补助500元60人。", province="重庆"
    )
    assert [(f["metric"], f["value"], f["unit"]) for f in found if f["unit"] != "persons"] == [
        ("aid_standard", 300, "yuan_per_person"),
        ("aid_standard", 500, "yuan_per_person"),
    ]


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("团委近日将羽绒服送给20名留守儿童。", "actual"),
        ("市总工会将面向5000户困难职工开展送温暖慰问。", "planned"),
    ],
)
def test_jiang_before_a_goods_noun_marks_the_object_not_a_plan(sentence, status):
    found = figures(sentence, province="贵州")
    assert [f["status"] for f in found] == [status]


def test_money_a_business_hands_out_to_its_people_is_aid_paid_out():
    found = figures("去年某矿业集团公司共发放困难职工补助资金146万元。", province="江西")
    assert [(f["metric"], f["value"]) for f in found] == [("aid_disbursed", 1460000)]


@pytest.mark.parametrize(
    "sentence",
    [
        "该省为特困群体发放生活物资，标准为城镇居民不低于600元、农村居民不低于400元。",
        "工会为考上大学的职工子女发放助学金，资助标准为：城镇居民600元，农村居民400元。",
    ],
)
def test_each_class_of_a_standard_written_before_its_amount_is_a_rate(sentence):
    found = figures(sentence, province="湖北")
    assert [(f["metric"], f["value"], f["unit"], f["status"]) for f in found] == [
        ("aid_standard", 600, "yuan_per_person", "standard"),
        ("aid_standard", 400, "yuan_per_person", "standard"),
    ]


def test_a_total_after_a_standards_amount_is_no_class_of_it():
    found = figures("为困难侨眷送去慰问金，标准为每户500元，共计3.5万元。", province="云南")
    assert [(f["metric"], f["value"]) for f in found] == [
        ("aid_standard", 500),
        ("aid_disbursed", 35000),
    ]


@pytest.mark.parametrize(
    "sentence",
    ["市总工会向企业困难职工3200户发放救助资金96万元。", "工会还为企业送去慰问金8万元。"],
)
def test_a_business_on_the_receiving_side_is_no_donor(sentence):
    found = [(f["metric"], f["unit"]) for f in figures(sentence, province="黑龙江")]
    assert ("aid_disbursed", "yuan") in found


def test_an_article_naming_no_place_is_in_its_province_but_not_province_wide():
    doc = process(
        "林业局为困难职工送红包\n\n春节前，林业局领导走访困难职工42户，发放慰问金5万元。\n"
        "（龙江林业报）\n",
        province="黑龙江",
    )
    assert {(f.province, f.place, f.level) for f in doc.figures} == {("黑龙江", "黑龙江省", None)}


@pytest.mark.parametrize(
    "text", ["省国防工会开展送温暖\n\n共走访困难职工600户。\n", "全省共走访困难职工600户。\n"]
)
def test_an_article_speaking_of_its_province_is_province_wide(text):
    (fig,) = process(text, province="山西").figures
    assert (fig.place, fig.level) == ("山西省", "province")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("全村有建档立卡贫困户38户。", []),
        ("组织部门向120名困难党员发放临时救助金。", [("people_aided", 120)]),
        ("组织志愿者为80名老人送去慰问品。", [("people_reached", 80)]),
        ("走访慰问了15家困难职工家庭。", [("households_reached", 15)]),
    ],
)
def test_who_is_counted_and_whether_anything_was_done_for_them(sentence, expected):
    assert [(f["metric"], f["value"]) for f in figures(sentence, province="湖南")] == expected


def test_what_each_household_will_receive_makes_the_count_planned():
    (fig,) = figures("全县500家困难户，每户将领到一袋大米。", province="海南")
    assert (fig["metric"], fig["status"]) == ("households_reached", "planned")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("街道共有低保户50户，困境儿童12名，特困人员3名。", []),
        ("全镇有困难户200户，为他们发放慰问金2万元。", [("households_reached", 200)]),
    ],
)
def test_a_caseload_goes_on_over_verbless_clauses_unless_the_next_acts_on_them(sentence, expected):
    found = [(f["metric"], f["value"]) for f in figures(sentence, province="海南")]
    assert [x for x in found if x[0] != "aid_disbursed"] == expected


@pytest.mark.parametrize(
    ("sentence", "metric", "value", "unit"),
    [
        ("全县救助困难群众达6千多户。", "households_reached", 6000, "households"),
        ("市红十字会为每位重病患者发放800元救助款。", "aid_standard", 800, "yuan_per_person"),
        ("民政局对困难户给予临时救助金3000元。", "aid_disbursed", 3000, "yuan"),
    ],
)
def test_magnitudes_rates_and_giving_verbs_officials_write(sentence, metric, value, unit):
    found = [(f["metric"], f["value"], f["unit"]) for f in figures(sentence, province="安徽")]
    assert (metric, value, unit) in found


def test_a_part_given_to_named_recipients_is_a_use_of_the_total_not_a_source():
    found = figures(
        "今年募集帮困资金500余万元。其中，市红十字会为困难老人给予价值30万元的护理用品。",
        province="上海",
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("funds_raised", 5000000),
        ("in_kind_value", 300000),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "春节期间全市救济城乡困难居民8200户、15600人。",
            [("households_reached", 8200), ("people_aided", 15600)],
        ),
        ("今冬全省需要救济的缺粮人口多达86万人。", []),
        ("今冬明春全省困难群众需政府生活救助人数为310万人。", []),
    ],
)
def test_relief_is_aid_and_a_need_for_relief_is_no_figure(sentence, expected):
    assert [(f["metric"], f["value"]) for f in figures(sentence, province="辽宁")] == expected


def test_money_said_to_be_sent_down_stays_done_though_the_next_clause_plans_its_payment():
    (fig,) = figures("全市850万元取暖救助资金已于近日拨付到各区县，将在元旦前发放到群众手中。")
    assert (fig["metric"], fig["status"]) == ("aid_disbursed", "actual")


def test_goods_got_ready_are_planned_when_the_next_clause_sets_a_time_to_hand_them_out():
    (fig,) = figures("区妇联为留守儿童备下棉手套800副，节前将分批送到各村。")
    assert (fig["metric"], fig["value"], fig["status"]) == ("items_distributed", 800, "planned")
    # a tally is done, whatever comes after it
    (fig,) = figures("全镇共走访低保户260户，下一步将开展第二轮走访。")
    assert (fig["metric"], fig["status"]) == ("households_reached", "actual")


@pytest.mark.parametrize(
    "sentence",
    ["新建的临时避寒点可容纳受助群众80人左右。", "该站设有床位若干，可同时接纳120人入住。"],
)
def test_what_a_shelter_can_hold_is_no_figure(sentence):
    assert figures(sentence, province="吉林") == []
    # those it took in are
    (fig,) = figures("救助站已接纳流浪人员320人次。", province="吉林")
    assert (fig["metric"], fig["value"]) == ("people_aided", 320)


def test_a_clause_saying_what_goods_are_for_does_not_make_them_planned():
    text = "此次调拨棉被1.2万床，总价值约360万元，将全部用于受灾群众过冬。"
    got = {f["value"]: f for f in figures(text)}
    assert got[3_600_000]["status"] == "actual"
    assert got[12_000]["status"] == "actual"


def test_a_bare_count_of_disaster_victims_counts_people():
    (fig,) = figures("今冬全区有8.6万灾民得到政府救助。")
    assert (fig["metric"], fig["value"], fig["unit"]) == ("people_aided", 86_000, "persons")


def test_an_amount_or_more_of_donated_money_stays_a_figure():
    (fig,) = figures("今年全县共拿出30万元以上的爱心款开展春节慰问。")
    assert (fig["value"], fig["qualifier"]) == (300_000, "at_least")


def test_what_a_treatment_needs_and_a_firms_sales_are_no_figures():
    assert figures("他的妻子患病多年，一次手术就需要8万余元。") == []
    assert figures("该企业去年实现销售收入3600万元。") == []


def test_an_amount_for_each_school_or_home_is_no_figure():
    assert figures("对新建的乡镇敬老院按每所15万元给予补助，对每家养老院补助3万元。") == []


def test_people_injured_or_killed_by_the_disaster_are_damage_not_aid():
    got = figures("暴雪造成该县紧急转移安置群众1200人，因灾伤病二百多人，另有三人伤亡。")
    assert [(f["metric"], f["value"]) for f in got] == [("people_aided", 1200)]


def test_a_count_written_in_persons_with_households_in_brackets_counts_persons():
    (fig,) = figures("全县累计为3216人（户）困难群众发放了取暖补贴。")
    assert (fig["metric"], fig["value"], fig["unit"]) == ("people_aided", 3216, "persons")


def test_rough_sleepers_patrolled_or_persuaded_are_reached_and_patrols_stay_staff():
    got = _values(
        figures(
            "寒潮期间，各救助站巡查流浪乞讨人员560余人次，劝导流浪人员入站86人次。"
            "全市开展流浪乞讨人员街面巡查1200人次。"
        )
    )
    assert got[560] == "people_reached"
    assert got[86] == "people_reached"
    assert got[1200] == "staff_mobilized"


def _values(records: list[dict]) -> dict[float, str]:
    return {r["value"]: r["metric"] for r in records}


def test_collection_points_and_villages_counted_with_ge_are_no_goods():
    got = figures("全县设立18个爱心物资接收点，共向21个帮扶村和6所乡村学校发放棉被1500余床。")
    assert [(f["metric"], f["value"]) for f in got] == [("items_distributed", 1500)]


def test_cash_handed_over_or_carried_on_a_visit_is_aid_paid():
    got = _values(
        figures(
            "志愿者把一桶油和200元现金红包递到老人手里。"
            "工作组带着大米和800元钱，来到五保户李某家中。"
        )
    )
    assert got == {200: "aid_disbursed", 800: "aid_disbursed"}


def test_a_programme_named_plan_makes_nothing_planned():
    got = figures("团县委已向120名困难儿童和30名西部计划志愿者发放慰问物资约4万元。")
    assert {f["status"] for f in got} == {"actual"}


def test_two_households_of_disabled_people_visited_are_counted():
    (fig,) = figures("县残联理事长慰问了两户贫困残疾人，送去米面油。")
    assert (fig["metric"], fig["value"]) == ("households_reached", 2)


def test_jiang_marking_an_object_of_a_finished_verb_is_no_plan():
    got = figures("镇政府将价值8万元的棉被送到了600多户困难群众手中。镇里将为200户群众发放年货。")
    assert {(f["value"], f["status"]) for f in got} == {
        (80_000, "actual"),
        (600, "actual"),
        (200, "planned"),
    }


def test_preparing_to_visit_is_a_plan_but_prepared_goods_are_not():
    got = {
        f["value"]: f["status"]
        for f in figures(
            "镇残联此次准备慰问困难残疾人30户。志愿者把精心准备的200份年货送到老人手中。"
        )
    }
    assert got == {30: "planned", 200: "actual"}


def test_a_year_written_before_new_year_or_lantern_festival_is_no_amount():
    got = figures("2016元旦、春节来临之际，县总工会发放慰问金2万元。2017元宵节前又慰问了30户。")
    assert sorted(f["value"] for f in got) == [30, 20_000]


def test_people_who_took_part_in_the_visiting_are_staff_not_an_audience():
    got = _values(figures("共45余人参加了此次走访慰问活动。200余名群众参加了启动仪式。"))
    assert got == {45: "staff_mobilized"}


def test_cooks_and_calligraphers_at_the_event_are_staff():
    got = _values(figures("活动当天，5名厨师和8位书法家为环卫工人忙碌了一整天。"))
    assert got == {5: "staff_mobilized", 8: "staff_mobilized"}


def test_a_spread_of_single_gifts_is_no_total():
    assert figures("市民们少则捐出1到2件、多则捐出5到8件棉衣。") == []


def test_goods_a_supermarket_accepted_are_not_handed_out_but_goods_it_then_gave_are():
    assert figures("慈善超市今年接受捐赠物资数量3200件。") == []
    got = figures("超市累计接受社会各界捐赠的款物，发放各类物品12万余件。")
    assert [(f["metric"], f["value"]) for f in got] == [("items_distributed", 120_000)]


def test_a_projects_budget_and_a_familys_own_costs_are_no_figures():
    assert figures("新建救助站工程概算投资1.2亿元。他家每年药费自费部分就要3万余元。") == []


def test_goods_counted_with_a_measure_word_then_a_size_and_a_brand_are_goods():
    got = figures("志愿者为困难户送去150瓶5L鲁花花生油和150袋10KG大米。")
    assert sorted((f["metric"], f["value"]) for f in got) == [
        ("items_distributed", 150),
        ("items_distributed", 150),
    ]


def test_workers_served_a_free_breakfast_were_reached():
    (fig,) = figures("今冬到“爱心早餐”点免费就餐的环卫工人累计超过2万人次。")
    assert (fig["metric"], fig["value"], fig["unit"]) == ("people_reached", 20_000, "person_visits")


def test_a_count_of_special_hardship_households_with_ge_counts_households():
    (fig,) = figures("镇干部慰问了全村的5个特殊困难户。")
    assert (fig["metric"], fig["value"], fig["unit"]) == ("households_reached", 5, "households")


def test_county_leaders_counted_are_staff_and_a_per_village_minimum_is_a_quota():
    got = _values(figures("11名县级领导分赴各乡镇走访。每村慰问困难群众不少于5户。"))
    assert got == {11: "staff_mobilized"}


def test_an_average_for_each_county_or_street_is_no_total():
    got = _values(figures("全市共慰问困难老人2000人，平均每个街道150人，每个县区200户。"))
    assert got == {2000: "people_reached"}


def test_people_sent_out_after_a_relief_vehicle_listed_before_them_are_staff():
    got = _values(figures("暴雪当晚，区里派出救助货车8辆、越野车5辆、人员460人次。"))
    assert got == {460: "staff_mobilized"}


def test_a_sum_each_of_two_businesses_received_is_no_rate_per_person():
    got = _values(figures("春节前，区总工会为三家困难企业分别送去了5000元慰问金。"))
    assert got == {15000: "aid_disbursed"}


def test_a_sum_given_to_each_of_several_institutions_is_no_rate_per_person():
    got = _values(figures("八一前夕，县退役军人事务局分别为各驻县部队送去慰问金8000元。"))
    assert got == {8000: "aid_disbursed"}
    people = _values(figures("春节前，县总工会分别为各学校困难教师送去慰问金800元。"))
    assert people == {800: "aid_standard"}


def test_people_goods_are_handed_to_in_person_were_aided():
    got = _values(figures("活动现场，县民政局把棉被和大米交到了60名受灾群众手中。"))
    assert got == {60: "people_aided"}


def test_parcels_counted_by_a_generic_measure_word_are_goods():
    got = _values(figures("春节前夕，市妇联向困难母亲发放“母亲邮包”300个、新春福包120个。"))
    assert got == {300: "items_distributed", 120: "items_distributed"}


def test_women_and_students_in_need_are_people_a_campaign_is_for():
    got = _values(figures("区妇联挑选出25名贫困妇女，为她们送去了慰问金和棉被。"))
    assert got == {25: "people_reached"}
    students = _values(figures("志愿者为山区小学的45名留守学生捐赠了冬衣和书包。"))
    assert students == {45: "people_reached"}


def test_a_place_of_a_traditional_script_report_is_given_in_simplified_characters():
    doc = process("春節前，晉江市龍湖鎮工會為20名困難職工送去慰問金1萬元。", province="福建")
    # one name for one place however a report writes it: series and scores compare names,
    # and a Traditional rendering of a report must read as the report does
    assert {f.contract()["place"] for f in doc.figures} == {"龙湖镇"}


def test_an_agency_dateline_over_a_page_without_headline_places_no_figure():
    doc = process(
        "新华网长沙1月5日电（记者 某某）\n\n"
        "湖南省民政厅近日部署冬春救助工作。截至目前，已走访慰问困难群众5.2万户。\n",
        published=date(2024, 1, 5),
    )
    assert [(f.place, f.level) for f in doc.figures] == [("湖南省", "province")]


def test_where_a_facility_of_the_opening_scene_lies_does_not_place_the_article():
    doc = process(
        "冬春救助物资启运\n\n"
        "1月8日上午，位于长沙市天心区的长沙救灾物资储备库里，工作人员正在装车。"
        "这一天，湖南省冬春救助物资发放工作启动。\n截至目前，已发放棉被2万床。\n",
        published=date(2024, 1, 8),
    )
    assert [(f.value, f.place) for f in doc.figures] == [(20_000, "湖南省")]


def test_a_papers_page_line_under_the_headline_is_no_headline():
    doc = process(
        "爱心捐款提前涌动\n"
        "湖南工人报 2024年01月09日 星期二 00002版：要闻\n"
        "本报讯 记者某某报道　株洲市“春风行动”尚未启动，捐款已达120余万元。\n",
        published=date(2024, 1, 9),
    )
    assert [(f.value, f.place) for f in doc.figures] == [(1_200_000, "株洲市")]
    assert doc.articles[0].title == "爱心捐款提前涌动"


def test_one_city_named_twice_in_a_list_of_bodies_is_the_citys_figure():
    doc = process(
        "冬日送温暖活动举行\n\n12月10日，延边州民政局和延边慈善总会共同举办冬日送温暖活动。"
        "活动中，延边州民政局和延边慈善总会共发放救助金80万元。\n",
        published=date(2023, 12, 12),
        province="吉林",
    )
    assert [(f.value, f.level) for f in doc.figures] == [(800_000, "city")]


def test_a_one_off_sum_given_to_an_uncounted_class_is_its_rate():
    got = figures("春节前，区总工会给单亲、患病和残疾困难职工家庭一次性发放了600元慰问金。")
    assert [(f["metric"], f["value"], f["unit"]) for f in got] == [
        ("aid_standard", 600, "yuan_per_household")
    ]
    counted = _values(figures("春节前，区总工会向350户困难职工家庭一次性发放慰问金21万元。"))
    assert counted == {350: "households_reached", 210_000: "aid_disbursed"}


def test_an_hourly_allowance_is_no_aid_standard():
    got = _values(figures("今年寒假，120名困难学生得到了每小时12元补贴的勤工助学岗位。"))
    assert 12 not in got


def test_people_a_subsidy_benefited_were_aided():
    got = _values(
        figures("全市已发放价格临时补贴320.5万元，惠及困难群众8.6万人次。今年共走访慰问群众300人。")
    )
    assert got == {3_205_000: "aid_disbursed", 86_000: "people_aided", 300: "people_reached"}


def test_those_entitled_to_a_subsidy_are_aided_as_planned_and_so_are_their_parts():
    found = figures(
        "全县可以享受这次补贴的困难群众有3万多人。其中，低保对象2万人，特困人员9000人。",
        province="湖北",
    )
    assert [(f["metric"], f["value"], f["status"]) for f in found] == [
        ("people_aided", 30000.0, "planned"),
        ("people_aided", 20000.0, "planned"),
        ("people_aided", 9000.0, "planned"),
    ]


def test_a_verb_describing_the_people_counted_yields_to_what_was_done_for_them():
    found = figures(
        "志愿队以“送健康、送政策”为主题，给300余名孤寡老人、残疾人和享受定补的军属送去“新春礼包”。",
        province="湖北",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("people_reached", 300.0)]


def test_those_who_receive_a_subsidy_counted_with_there_are_are_aided():
    found = figures("全市享受冬季取暖补贴的困难群众有2100多人。", province="甘肃")
    assert [(f["metric"], f["value"]) for f in found] == [("people_aided", 2100.0)]


def test_those_the_recipients_counted_with_there_are_include_are_aided():
    found = figures(
        "镇慈善分会为26户困难家庭发放救助金3.1万元。受助群众中有9名残疾人、15名低保对象。",
        province="湖北",
    )
    assert {(f["metric"], f["value"]) for f in found if f["unit"] == "persons"} == {
        ("people_aided", 9.0),
        ("people_aided", 15.0),
    }


def test_goods_bought_for_people_in_need_are_goods_handed_out():
    found = figures("区工会为困难家庭购买了毛毯60件、电暖器35台。", province="四川")
    assert [(f["metric"], f["value"]) for f in found] == [
        ("items_distributed", 60.0),
        ("items_distributed", 35.0),
    ]


def test_what_a_family_spent_is_no_money_given():
    found = figures("老王看病花了3万多元，区妇联为他家送去慰问金2000元。", province="新疆")
    assert [(f["metric"], f["value"]) for f in found] == [("aid_disbursed", 2000.0)]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("镇里向80个低保家庭发放200元过节费。", "yuan_per_household"),
        ("工会为120名环卫工人送去500元慰问金。", "yuan_per_person"),
    ],
)
def test_an_amount_too_small_to_share_among_those_counted_is_what_each_got(sentence, unit):
    found = figures(sentence, province="山东")
    assert ("aid_standard", unit) in [(f["metric"], f["unit"]) for f in found]


def test_an_amount_large_enough_to_share_stays_a_total():
    found = figures("工会为120名环卫工人送去慰问金6000元。", province="山东")
    assert ("aid_disbursed", 6000.0) in [(f["metric"], f["value"]) for f in found]


def test_tens_of_thousands_of_businesses_are_no_people():
    found = figures("全省已有2.6万家企业为职工建立了帮困基金。", province="浙江")
    assert found == []


@pytest.mark.parametrize(
    "sentence", ["民政局安排30万临时生活救助资金。", "县总工会安排20万春节慰问资金。"]
)
def test_ten_thousands_without_yuan_before_words_naming_a_fund_are_money(sentence):
    (found,) = figures(sentence, province="湖南")
    assert (found["unit"], found["metric"]) == ("yuan", "aid_disbursed")


@pytest.mark.parametrize(
    "sentence",
    ["返乡大巴当天共送出务工人员460余人。", "一列满载900多名外出务工人员的爱心专列驶出站台。"],
)
def test_riders_a_free_rides_vehicle_carries_are_people_reached(sentence):
    found = figures("某市春运暖心服务\n\n" + sentence, province="重庆")
    assert [f["metric"] for f in found] == ["people_reached"]


def test_workers_carried_home_are_people_reached():
    found = figures("市总工会包车两辆，运送返乡农民工86人。", province="浙江")
    assert [(f["metric"], f["value"]) for f in found] == [("people_reached", 86.0)]


def test_vouchers_handed_out_are_aid():
    found = figures("区总工会向一线职工派发80万元消费券。", province="广东")
    assert [(f["metric"], f["value"]) for f in found] == [("aid_disbursed", 800000.0)]


def test_tickets_given_are_goods_and_tickets_booked_for_others_are_not():
    given = figures("市总工会共发放1200张免费火车票。", province="湖北")
    booked = figures("市总工会联合铁路部门代购火车票2万张。", province="湖北")
    assert [(f["metric"], f["value"]) for f in given] == [("items_distributed", 1200.0)]
    assert booked == []


@pytest.mark.parametrize(
    "sentence",
    ["为582位一户多残的低保残疾人，送上爱心糕点。", "全区低保对象1200人，送去新春礼包。"],
)
def test_a_group_word_yields_to_the_verb_opening_the_next_clause(sentence):
    (found,) = figures(sentence, province="浙江")
    assert found["metric"] == "people_reached"


def test_goods_counted_in_pairs_are_goods_and_pairs_of_partners_are_not():
    goods = figures("志愿者向村民发放了60对红灯笼。", province="重庆")
    pairs = figures("全村干部与困难户结成帮扶对子30对。", province="重庆")
    assert [(f["metric"], f["value"]) for f in goods] == [("items_distributed", 60.0)]
    assert pairs == []


def test_amounts_listed_by_age_band_are_what_each_person_of_that_age_gets():
    found = figures(
        "压岁钱按年龄发放：60-69岁100元、70-79岁150元、80岁以上200元。", province="福建"
    )
    assert {(f["metric"], f["unit"]) for f in found} == {("aid_standard", "yuan_per_person")}
    assert sorted(f["value"] for f in found) == [100.0, 150.0, 200.0]


def test_cadres_answerable_for_households_are_staff():
    found = figures("全镇38名帮扶责任人逐户走访了贫困户。", province="山东")
    assert ("staff_mobilized", 38.0) in [(f["metric"], f["value"]) for f in found]


def test_goods_from_a_reserve_sent_out_are_handed_out():
    sent = figures(
        "1月8日，州应急局向各县调拨省级储备物资棉被600床、棉大衣450件。", province="云南"
    )
    kept = figures("州应急局在仓库储备棉被600床。", province="云南")
    assert sorted(f["value"] for f in sent) == [450.0, 600.0]
    assert kept == []


def test_the_lorries_goods_are_loaded_on_are_no_goods():
    found = figures("二十多名干部把物资装上5辆运输车，送到安置点。", province="湖南")
    assert [f for f in found if f["metric"] == "items_distributed"] == []


def test_a_dividend_a_member_takes_home_is_income_not_aid():
    found = figures("合作社当场兑现分红，分红最多的社员拿到了一万八千元。", province="四川")
    assert found == []


def test_volunteers_listed_after_a_service_team_are_staff():
    found = figures("全市组建志愿服务队120支、志愿者4.6万余人。", province="陕西")
    assert [(f["metric"], f["value"]) for f in found] == [("staff_mobilized", 46000.0)]


def test_appliances_and_bottled_water_handed_out_are_goods():
    found = figures(
        "慈善会向敬老院送去电视机35台、净水器80台，并发放矿泉水1200支、暖水袋90个。",
        province="河北",
    )
    assert sorted(f["value"] for f in found if f["metric"] == "items_distributed") == [
        35.0,
        80.0,
        90.0,
        1200.0,
    ]


def test_plants_and_teams_counted_near_goods_are_no_goods():
    plants = figures("全省8个电厂存煤量仍有60万吨。", province="贵州")
    teams = figures("全部物资将由15支志愿服务队分发到户。", province="贵州")
    assert plants == []
    assert teams == []


def test_a_monthly_amount_where_a_change_starts_is_no_figure():
    found = figures("农村低保由现行的210元/月调整提高到260元/月。", province="湖北")
    assert found == []


def test_a_headline_that_sets_off_a_plan_reports_work_done():
    text = (
        "省民政厅启动救灾应急预案应对低温\n\n截至2月2日，各市民政部门共下拨棉被5200床、"
        "棉衣8000多件。\n"
    )
    found = figures(text, province="广东")
    assert {f["status"] for f in found} == {"actual"}
    plan = figures("春节送温暖活动实施方案\n\n全市将走访困难家庭3000户。\n", province="广东")
    assert {f["status"] for f in plan} == {"planned"}


def test_people_given_a_gift_were_reached():
    found = figures("工会还让150名外来务工人员获赠返乡的火车票。", province="广东")
    assert [(f["metric"], f["value"]) for f in found if f["unit"] == "persons"] == [
        ("people_reached", 150.0)
    ]


def test_amounts_listed_after_a_standard_heading_keep_the_first_items_rate():
    found = figures(
        "过渡期生活补助标准为：头两个月每人每月补助450元，第三个月补助300元，第四个月补助150元。",
        province="四川",
    )
    assert {(f["metric"], f["unit"]) for f in found} == {("aid_standard", "yuan_per_person_month")}
    assert sorted(f["value"] for f in found) == [150.0, 300.0, 450.0]


def test_people_brought_to_a_shared_lunch_or_brought_gifts_were_reached():
    lunch = figures("中午，近250位老人围坐一堂，一起享用了热腾腾的午餐。", province="重庆")
    brought = figures("爱心协会给社区的18名留守儿童送来了新棉衣。", province="吉林")
    assert [(f["metric"], f["value"]) for f in lunch] == [("people_reached", 250.0)]
    assert [(f["metric"], f["value"]) for f in brought] == [("people_reached", 18.0)]


def test_what_a_family_pays_or_lives_on_each_month_or_year_is_no_figure():
    cost = figures("孩子每年5000多元书费加上每月900元伙食费，全靠父亲打零工。", province="新疆")
    budget = figures("从明年起，市总工会每年安排3000万元帮扶资金。", province="新疆")
    assert cost == []
    assert [f["value"] for f in budget] == [30000000.0]


def test_household_words_describing_the_children_counted_leave_a_count_of_people():
    children = figures("县妇联看望了全县260余名低保户、困难家庭的儿童。", province="四川")
    assert [(f["metric"], f["unit"]) for f in children] == [("people_reached", "persons")]


def test_a_count_of_ming_before_a_household_word_counts_people_and_one_of_ge_households():
    people = figures("镇民政办为415名五保户发放了年货。", province="四川")
    households = figures("镇民政办为415个五保户发放了年货。", province="四川")
    families = figures("镇民政办为415名困难职工家庭发放了年货。", province="四川")
    assert [f["unit"] for f in people] == ["persons"]
    assert [f["unit"] for f in households] == [f["unit"] for f in families] == ["households"]


def test_people_a_gift_was_given_to_after_a_place_and_de_are_recipients_not_donors():
    found = figures(
        "某市慈善协会重阳慰问\n\n协会把企业捐来的物资捐赠给新城区的600名困难老人。",
        province="陕西",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("people_reached", 600)]


def test_people_who_took_part_in_a_gift_are_donors_with_a_particle_between():
    found = figures("机关40多名党员干部参与了捐款，共筹得善款6800元。", province="江苏")
    assert [(f["metric"], f["value"]) for f in found] == [("funds_raised", 6800.0)]


def test_the_cover_of_an_insurance_given_is_no_money_given():
    found = figures(
        "县总工会为120名快递员送上保额20万元的意外险，保费共计6000元。", province="江苏"
    )
    assert 200_000.0 not in [f["value"] for f in found]
    assert 6000.0 in [f["value"] for f in found]


def test_people_counted_as_they_speak_at_a_ceremony_are_no_outcome_whoever_they_are():
    found = figures(
        "仪式上，5名获得资助的困难学生代表先后发言，县慈善会为120名学生发放助学金。",
        province="福建",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("people_aided", 120.0)]


def test_money_a_body_raised_itself_is_raised():
    found = figures("区总工会还自筹帮扶资金8万元。", province="陕西")
    assert [(f["metric"], f["value"]) for f in found] == [("funds_raised", 80000.0)]


def test_a_count_of_people_beyond_any_province_is_a_misprint_not_a_figure():
    misprint = figures("全省累计救助灾民十一万两千三百四十五万人。", province="河北")
    national = figures("全国累计救助困难群众6000万人次。", province="河北")
    assert misprint == []
    assert [f["value"] for f in national] == [60000000.0]


def test_a_containers_size_before_its_measure_word_keeps_the_count():
    found = figures(
        "某社区敬老慰问\n\n志愿者为敬老院送去30大箱牛奶、12大桶食用油。", province="河南"
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("items_distributed", 30),
        ("items_distributed", 12),
    ]


def test_a_bracketed_measure_word_before_the_unit_keeps_the_count():
    found = figures("省应急厅向灾区调拨棉衣被2万（床）件、帐篷800顶。", province="四川")
    assert sorted(f["value"] for f in found) == [800.0, 20000.0]


def test_a_person_noun_after_a_list_mark_heads_the_next_item_not_the_count_before_it():
    found = figures("目前已确定第三批救助对象26人、慰问对象90人。", province="江苏")
    assert {f["value"]: f["metric"] for f in found} == {
        26.0: "people_aided",
        90.0: "people_reached",
    }


def test_an_amount_higher_than_last_year_by_is_a_difference():
    assert figures("今年的补助标准比往年高出120多元。", province="江苏") == []


def test_a_plan_restated_as_done_later_in_the_same_season_is_one_figure():
    text = (
        "福彩暖冬\n\n今年全省将继续开展暖冬活动，投入300万元公益金。资助对象为农村特困人员。"
        "全省共计使用福彩公益金300万元。\n"
    )
    found = figures(text, province="河北", published=date(2018, 11, 10))
    assert [(f["value"], f["status"]) for f in found] == [(3000000.0, "planned")]


def test_our_district_written_inside_a_phrase_names_no_county():
    found = figures(
        "某区慈善一日捐活动圆满结束\n\n去年活动期间，正值我区慈善总会成立，共募集创始基金800万元。",
        province="浙江",
    )
    assert [(f["value"], f["place"], f["level"]) for f in found] == [(8000000, "浙江省", "county")]


@pytest.mark.parametrize(
    ("province", "report", "county"),
    [
        (
            "青海",
            "青海化隆县群科镇等6个乡镇冬衣发放到位\n\n截至1月10日，共发放棉衣3000件。",
            "化隆县",
        ),
        # a county the gazetteer reads two ways (积石山县, and 积石山 of its full name)
        (
            "甘肃",
            "甘肃积石山县刘集乡等3个乡镇取暖煤发放完毕\n\n共向受灾群众发放棉衣500件。",
            "积石山县",
        ),
    ],
)
def test_a_headline_town_followed_by_deng_stands_for_several_and_the_county_governs(
    province, report, county
):
    (found,) = figures(report, province=province)
    assert (found["place"], found["level"]) == (county, "county")


@pytest.mark.parametrize(
    "sentence",
    [
        "基金会的23名志工来到某镇发放棉被。",
        "各乡镇31名经办人员入户为困难群众登记。",
        "由甲县、乙县的52名社会救助服务人员逐户核实。",
    ],
)
def test_volunteers_and_caseworkers_named_after_their_count_are_staff(sentence):
    (found,) = figures("某县冬令发放\n\n" + sentence, province="湖北")
    assert found["metric"] == "staff_mobilized"


def test_a_standard_raised_to_a_new_level_is_no_figure_even_without_the_old_level():
    found = figures(
        "某市民政工作回顾\n\n"
        "特困人员供养标准提高到1850元，孤儿基本生活费标准调整至1500元。当年共发放救助金300万元。",
        province="辽宁",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("aid_disbursed", 3000000)]


def test_a_districts_short_name_in_a_headline_names_it_when_the_body_writes_it_in_full():
    found = figures(
        "万州冬令救助物资下拨到位\n\n近日，区民政局共下拨棉被3000床。"
        "记者从万州区民政局了解到，今年冬令救助将持续到春节前。",
        province="重庆",
    )
    assert [(f["place"], f["level"]) for f in found] == [("万州区", "county")]


def test_a_lower_bound_is_no_rounding_of_a_smaller_exact_amount():
    found = figures(
        "某县救灾款物下拨到位\n\n为帮助受灾群众过冬，县里共下拨了200多万元救灾资金及物资。\n\n"
        "记者了解到，县民政局共下拨救灾资金195万元。",
        province="湖北",
    )
    assert sorted(f["value"] for f in found) == [1950000, 2000000]


@pytest.mark.parametrize(
    ("province", "report", "place"),
    [
        (
            "山东",
            "淄川区红十字会开展冬季送温暖\n\n1月10日，淄川区红十字会为困难家庭送去棉被。"
            "济南某某医疗器械有限公司也捐赠了价值3万元的药品。",
            ("山东", "淄川区"),
        ),
        (
            "甘肃",
            "甘肃省红十字会接收地震灾区捐赠\n\n截至12月25日，浙江省某某公益基金会先期捐赠棉衣2000件。",
            ("甘肃", "甘肃省"),
        ),
    ],
)
def test_a_body_from_elsewhere_that_gives_names_the_giver_not_where_the_gift_went(
    province, report, place
):
    (found,) = figures(report, province=province)
    assert (found["province"], found["place"]) == place


def test_a_count_where_a_change_ends_is_no_figure():
    found = figures(
        "某县民政工作回顾\n\n五年来，全县特困供养人数由820人增加到1460人，临时救助困难群众3200人次。",
        province="湖南",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("people_aided", 3200)]


def test_an_amount_where_a_change_ends_is_no_figure_with_a_qualifier_before_it():
    found = figures(
        "某企业十年助学\n\n十年间，企业的助学金由最初的20万元增长到目前的约80万元，"
        "今年资助困难学生150名。",
        province="山西",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("people_aided", 150)]


def test_people_counted_right_before_the_meal_they_ate_were_reached_not_staff():
    found = figures(
        "某县爱心粥屋\n\n开张百日来，先后有300多名志愿者参与，约8000人在粥屋用餐。",
        province="河南",
    )
    assert {f["value"]: f["metric"] for f in found} == {
        300: "staff_mobilized",
        8000: "people_reached",
    }


def test_pupils_counted_with_ge_are_people():
    found = figures("某村暖冬行动\n\n志愿者把爱心棉衣送到了86个小同学手中。", province="甘肃")
    assert [(f["metric"], f["unit"]) for f in found] == [("people_reached", "persons")]


def test_calligraphers_writing_couplets_are_staff():
    found = figures(
        "某乡送春联\n\n活动请来县书法协会的12位书法爱好者，现场书写春联600余副。", province="湖南"
    )
    assert {f["value"]: f["metric"] for f in found} == {
        12: "staff_mobilized",
        600: "items_distributed",
    }


def test_those_who_give_volunteer_service_are_staff():
    found = figures("某省志愿服务月\n\n全月参与各类志愿服务者达12万人次。", province="吉林")
    assert [(f["metric"], f["value"]) for f in found] == [("staff_mobilized", 120_000)]


def test_a_capped_amount_given_to_a_class_of_recipients_is_a_standard_per_one_of_them():
    found = figures(
        "某区慈善总会春节送温暖\n\n今年区慈善总会给予困难家庭最高10万元救助，"
        "为患病职工发放最多5000元补助，共投入善款138万元。",
        province="山东",
    )
    assert [(f["metric"], f["value"], f["unit"], f["qualifier"]) for f in found] == [
        ("aid_standard", 100000, "yuan_per_household", "at_most"),
        ("aid_standard", 5000, "yuan_per_person", "at_most"),
        ("aid_disbursed", 1380000, "yuan", "exact"),
    ]


def test_money_a_province_body_raised_is_the_provinces_even_in_a_countys_news():
    found = figures(
        "省慈善总会在某县启动冬季助老行动\n\n1月6日，行动在宁乡市启动。省慈善总会今年募集款物价值2100余万元，"
        "现场向宁乡市困难老人发放慰问金12万元。",
        province="湖南",
    )
    assert [(f["metric"], f["place"]) for f in found] == [
        ("funds_raised", "湖南省"),
        ("aid_disbursed", "宁乡市"),
    ]


def test_a_province_inside_a_campaigns_quoted_name_does_not_place_a_lead_naming_a_city():
    found = figures(
        "12月5日是第三届“湖南慈善日”，岳阳市当天在南湖广场举行慈善募捐活动。\n\n"
        "活动现场共募集善款85万元。",
        province="湖南",
    )
    assert [(f["place"], f["level"]) for f in found] == [("岳阳市", "city")]


def test_team_members_are_staff_and_every_kind_listed_before_ge_counts():
    found = figures(
        "某市红十字会驰援灾区\n\n市红十字会派出救援队12名队员赶赴灾区，向受灾群众捐赠充电式收音机、"
        "加绒冲锋衣、伸缩盲杖、保暖内衣、电热毯、折叠床、被褥各30件。",
        province="青海",
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("staff_mobilized", 12),
        ("items_distributed", 210),
    ]


def test_amounts_allocated_to_each_town_are_paid_out_and_an_allocation_received_is_raised():
    found = figures(
        "某县下达冬春救助资金\n\n县财政局已向各乡镇下达冬春救助资金120万元。"
        "各乡镇分配金额为：甲镇40万元、乙乡50万元、丙镇30万元。县慈善会今年分配到省级慈善款8万元。",
        province="云南",
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("aid_disbursed", 1200000),
        ("aid_disbursed", 400000),
        ("aid_disbursed", 500000),
        ("aid_disbursed", 300000),
        ("funds_raised", 80000),
    ]


def test_a_change_between_two_years_is_no_figure_across_its_comma():
    found = figures(
        "某市慈善一日捐回顾\n\n活动捐款由2016年的50多万元，增加到2020年的310多万元。今年共募集善款420万元。",
        province="福建",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("funds_raised", 4200000)]


def test_a_rise_written_with_zhi_to_this_years_level_is_no_figure():
    found = figures(
        "某县助学活动十年\n\n受资助学生从最初的150人增至今年的1320人，资助面升至全县。"
        "今年春节前发放助学金66万元。",
        province="河北",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("aid_disbursed", 660000)]


def test_people_dispatched_are_staff():
    found = figures(
        "某市防寒救助\n\n寒潮期间，市民政局派出工作组共320人次，巡查街面。", province="广东"
    )
    assert [(f["metric"], f["value"]) for f in found] == [("staff_mobilized", 320)]


def test_a_districts_short_name_after_a_word_of_going_names_the_district_visited():
    found = figures(
        "台州市总工会春节慰问外来员工\n\n1月20日，台州市总工会举行慰问活动。当天下午，慰问组来到黄岩，"
        "为200名留在当地过年的外来员工送去年货。",
        province="浙江",
    )
    assert [(f["place"], f["level"]) for f in found] == [("黄岩区", "county")]


def test_a_standard_raised_to_a_level_written_with_its_rate_is_the_standard():
    found = figures("某区民政工作总结\n\n重度残疾人护理补贴标准提高到90元/人/月。", province="山东")
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("aid_standard", 90, "yuan_per_person_month")
    ]


def test_a_province_bodys_visit_in_its_lead_places_the_unnamed_figures_there():
    found = figures(
        "省委统战部新春送温暖\n\n1月20日，湖南省委统战部慰问组来到安化县，看望困难群众。\n\n"
        "在东坪镇，慰问组同困难群众代表座谈。\n\n"
        "此次活动共慰问困难家庭45户，发放慰问金13.5万元。\n\n"
        "据了解，今年全省统战系统共走访困难群众1.8万人。",
        province="湖南",
    )
    assert [(f["value"], f["place"], f["level"]) for f in found] == [
        (45, "安化县", "county"),
        (135000, "安化县", "county"),
        (18000, "湖南省", "province"),
    ]


def test_a_monthly_amount_with_no_basis_is_a_standard_per_person_and_month():
    found = figures(
        "某市社会救助工作\n\n今年城市低保标准提高到760元/月，农村低保标准达到580元／人／月。",
        province="吉林",
    )
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("aid_standard", 760, "yuan_per_person_month"),
        ("aid_standard", 580, "yuan_per_person_month"),
    ]


def test_an_amount_per_institution_written_after_it_is_no_figure():
    found = figures(
        "某市敬老院取暖补贴\n\n市民政局按照2万元/处的标准，为12处敬老院拨付取暖补贴24万元。",
        province="山西",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("aid_disbursed", 240000)]


def test_offices_and_subdistricts_giving_together_name_no_street():
    found = figures(
        "扬州市慈善一日捐启动\n\n昨天，扬州市慈善一日捐启动，全市机关街道和企业踊跃认捐，现场共募得善款120万元。",
        province="江苏",
    )
    assert [(f["value"], f["place"]) for f in found] == [(1200000, "扬州市")]


def test_what_a_fund_holds_is_a_balance_not_money_raised():
    found = figures(
        "某市慈善总会年度报告\n\n去年，市慈善总会募集善款8600万元，年末慈善基金存量达到3.1亿元，账户结余900万元。",
        province="江西",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("funds_raised", 86000000)]


def test_an_amount_broken_through_is_at_least_that_amount():
    found = figures("某县慈善一日捐\n\n今年全县慈善一日捐募集善款突破800万元。", province="湖南")
    assert [(f["value"], f["qualifier"]) for f in found] == [(8000000, "at_least")]


def test_people_taking_part_in_a_drive_that_raised_money_are_donors():
    found = figures(
        "某市慈善会年报\n\n“99公益日”期间，市慈善会3天内动员50万人次参与，募得善款2000万元。"
        "全市组织志愿者300人参与，走访困难群众1000户。",
        province="重庆",
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("funds_raised", 20000000),
        ("staff_mobilized", 300),
        ("households_reached", 1000),
    ]


def test_households_food_was_given_to_in_the_area_were_reached():
    found = figures(
        "某街道志愿服务\n\n1月9日，社区志愿者把刚包好的汤圆送给了辖区内9户独居老人家庭。",
        province="湖北",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("households_reached", 9)]


def test_provinces_listed_as_where_students_come_from_do_not_make_the_reports_province():
    found = figures(
        "爱心车票送学子回家\n\n寒假将至，某大学为60名分别来自新疆、西藏、甘肃等15个省份的困难学生"
        "发放回家车票款，新疆籍学生小王领到了车票款。",
        province="辽宁",
    )
    assert {f["province"] for f in found} == {"辽宁"}


def test_a_report_calling_the_province_its_own_is_about_the_publishers_province():
    found = figures(
        "高校温暖留校学生\n\n我省多所高校为留校过年的学生送去年货。某大学为来自新疆的120名学生发放"
        "新疆特色年货，新疆学生代表表示感谢。",
        province="黑龙江",
    )
    assert {f["province"] for f in found} == {"黑龙江"}


def test_a_chamber_of_commerce_named_after_where_it_sits_does_not_set_the_province():
    found = figures(
        "关爱留守儿童过新年\n\n近日，邵东市关工委联合浙江邵商会开展关爱活动，为30名留守儿童送上新年红包。"
    )
    assert [(f["province"], f["place"]) for f in found] == [("湖南", "邵东市")]


def test_our_region_in_an_autonomous_regions_report_naming_no_place_is_the_region():
    found = figures(
        "我区上半年社会救助工作\n\n今年以来，我区临时救助资金下达1.5亿元，救助困难群众3.2万人次。",
        province="宁夏",
        publisher="某网银川频道",
    )
    assert {(f["place"], f["level"]) for f in found} == {("宁夏回族自治区", "province")}


def test_a_breakdown_in_brackets_ends_with_its_bracket():
    found = figures(
        "某市上半年救助情况\n\n城乡低保月人均补助水平分别为380元和290元。\n\n"
        "全市共有特困人员2000人，集中供养900人（其中：城市100人，农村800人），累计支出供养金1200.5万元。",
        province="四川",
    )
    assert [(f["metric"], f["value"], f["unit"]) for f in found][-1] == (
        "aid_disbursed",
        12005000,
        "yuan",
    )


def test_people_visited_at_home_were_reached():
    found = figures(
        "某派出所节前走访\n\n春节前，派出所民警对15名独居老人逐户家访。", province="河南"
    )
    assert [(f["metric"], f["value"]) for f in found] == [("people_reached", 15)]


def test_police_officers_going_out_to_visit_are_staff():
    found = figures(
        "某县法院结对帮扶\n\n节前，该院60名结对帮扶干警分头前往4个联系村走访慰问。", province="湖南"
    )
    assert [(f["metric"], f["value"]) for f in found] == [("staff_mobilized", 60)]


def test_party_members_in_need_named_before_their_count_were_visited_not_staff():
    found = figures("某镇党委慰问\n\n春节前，镇党委慰问困难党员12名。", province="湖南")
    assert [(f["metric"], f["value"]) for f in found] == [("people_reached", 12)]


def test_people_given_gifts_were_reached():
    found = figures("某公司春节关爱\n\n公司工会为120名外地职工赠送返乡车票。", province="湖北")
    assert [(f["metric"], f["value"]) for f in found] == [("people_reached", 120)]


def test_a_party_arriving_at_a_village_counts_there():
    found = figures(
        "某县气象局春节慰问\n\n1月20日，某县气象局局长等一行6人抵达石桥村，看望慰问困难群众。",
        province="云南",
    )
    assert [(f["value"], f["place"]) for f in found] == [(6, "石桥村")]


def test_goods_of_a_programme_named_a_plan_were_handed_out():
    found = figures(
        "某大学爱心衣橱走进山区小学\n\n12月10日，志愿者把冬衣送到山区小学。本次温暖计划的物资包括棉衣300件、棉鞋50双。",
        province="贵州",
    )
    assert {f["status"] for f in found} == {"actual"}


def test_a_rate_per_person_and_month_written_with_a_full_stop_is_monthly():
    found = figures("某省低保情况\n\n全省城市低保平均补助水平为410元/人.月。", province="云南")
    assert [(f["value"], f["unit"]) for f in found] == [(410, "yuan_per_person_month")]


@pytest.mark.parametrize("sign", ["*", "×"])
def test_a_rate_per_person_and_month_written_with_a_times_sign_is_monthly(sign):
    found = figures(f"某县供养情况\n\n特困人员供养标准提高到690元/人{sign}月。", province="河南")
    assert [(f["value"], f["unit"]) for f in found] == [(690, "yuan_per_person_month")]


def test_a_chinese_numeral_with_decimals_after_its_point_is_an_amount():
    found = figures("某市春节捐助\n\n全市机关干部共捐款三百二十四点五一万元。", province="陕西")
    assert [f["value"] for f in found] == [3245100]


def test_a_province_giving_elsewhere_in_the_headline_is_not_the_news_province():
    found = figures(
        "江苏省对口支援物资送达\n\n江苏省委、省政府关心对口支援地新疆伊宁县群众过冬。"
        "江苏省共向伊宁县捐赠棉被5000床，江苏各地踊跃参与。"
    )
    assert [(f["province"], f["value"]) for f in found] == [("新疆", 5000)]


def test_people_at_a_new_year_banquet_were_reached():
    found = figures(
        "某社区迎新春\n\n腊月廿六，社区80余名独居老人和环卫工人一同享用百家宴。", province="重庆"
    )
    assert [(f["metric"], f["value"]) for f in found] == [("people_reached", 80)]


def test_the_articles_province_opening_a_list_of_provinces_gives_no_province_wide_figure():
    found = figures(
        "首都各界扶贫济困\n\n首都各界共捐款3100万元。天津、河北、山西等省共接收捐助款物2.4亿元。",
        province="天津",
    )
    assert [(f["value"], f["level"]) for f in found][-1] == (240000000, None)


def test_a_lead_after_an_opening_quote_that_names_a_subdistrict_is_not_a_speakers_line():
    found = figures(
        "“大爷，给您送白菜来啦！”11月20日上午，丰台区卢沟桥街道小屯社区开展送温暖活动。\n\n"
        "这次活动服务对象是社区内900余名老人。",
        province="北京",
    )
    assert [(f["place"], f["level"]) for f in found] == [("小屯社区", "town")]


def test_those_who_took_part_counted_with_no_noun_are_staff():
    found = figures("县政协送温暖活动\n\n截至目前，参加活动的已达180人。", province="湖北")
    assert [(f["metric"], f["value"]) for f in found] == [("staff_mobilized", 180)]


def test_goods_allocated_by_a_charity_are_handed_out():
    found = figures("县红十字会送温暖\n\n县红十字会为山区群众调拨毛毯350条。", province="河南")
    assert [(f["metric"], f["value"]) for f in found] == [("items_distributed", 350)]


def test_stoves_counted_in_ju_among_goods_are_goods():
    found = figures("灾区安置\n\n民政局向安置点紧急送去棉被80套、取暖炉子45具。", province="甘肃")
    assert [(f["value"], f["unit"]) for f in found] == [(80, "items"), (45, "items")]


def test_goods_a_place_still_lacks_are_no_goods_handed_out():
    found = figures(
        "雪灾募捐\n\n牧区几个乡目前还缺过冬棉被2400套、皮袄900件，盼社会各界伸出援手捐赠。",
        province="青海",
    )
    assert found == []


def test_households_each_cadre_takes_on_are_a_quota_not_a_total():
    found = figures(
        "干部结对帮扶\n\n全县620名干部结对帮扶困难群众，县级领导每人联系4户，"
        "普通干部每3人联系1户。",
        province="吉林",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("staff_mobilized", 620)]


def test_households_there_are_that_all_received_in_the_next_clause_were_reached():
    found = figures(
        "元宵节送元宵\n\n除张大爷一家外，另有750户低保户、86户残疾人家庭，"
        "也都按每户1袋的标准领到了街道送来的元宵。",
        province="辽宁",
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("households_reached", 750),
        ("households_reached", 86),
    ]


def test_people_needing_several_kinds_of_relief_are_a_need_not_an_outcome():
    found = figures(
        "冬春救助部署\n\n据核查，今冬明春全省需要口粮、衣被、取暖和临时救助的受灾群众共有86万人。",
        province="甘肃",
    )
    assert found == []


def test_a_count_of_townships_in_a_listed_heading_is_no_goods():
    found = figures(
        "春节慰问\n\n此次走访的对象有：全县8个乡镇的65户困难残疾人家庭；县城社区的孤寡老人。",
        province="河北",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("households_reached", 65)]


def test_people_a_donation_is_made_for_are_no_donors():
    found = figures(
        "暖冬行动\n\n县气象局联系爱心企业，为山村小学90余名留守儿童捐赠了新棉衣。", province="四川"
    )
    assert [(f["metric"], f["value"]) for f in found] == [("people_reached", 90)]


def test_people_given_to_after_money_put_in_are_not_staff():
    found = figures(
        "关爱环卫工\n\n区总工会投入5.2万元，为180名环卫工人捐赠保暖手套。", province="湖北"
    )
    assert [(f["metric"], f["value"]) for f in found][-1] == ("people_reached", 180)


def test_the_rise_stated_after_a_change_of_standard_is_no_outcome():
    found = figures(
        "取暖补贴标准调整\n\n今年全市低保家庭取暖补贴由每户每年400元调整为650元，增加了250元。",
        province="甘肃",
    )
    assert 250 not in [f["value"] for f in found]


def test_a_staff_noun_closing_the_item_before_does_not_count_the_next_item():
    found = figures(
        "新春慰问\n\n街道向2名退休干部、5名困难群众送去春节慰问金3000元。", province="四川"
    )
    assert ("staff_mobilized", 5) not in [(f["metric"], f["value"]) for f in found]


def test_aid_money_put_before_the_count_with_ba_makes_those_counted_aided():
    found = figures(
        "新春救助\n\n区慈善会把52万元临时救助金送到了160名重病困难群众手中。", province="江苏"
    )
    assert ("people_aided", 160) in [(f["metric"], f["value"]) for f in found]


def test_the_price_of_one_unit_of_goods_is_no_figure():
    found = figures(
        "爱心企业送温暖\n\n某粮油公司捐出食用油600瓶（每瓶45元），价值2.7万元，送往全县敬老院。",
        province="四川",
    )
    assert 45 not in [f["value"] for f in found]


def test_staff_named_after_long_modifiers_are_staff():
    found = figures(
        "救灾\n\n县民政局组织乡镇的56名政府购买社会救助经办服务人员开展入户排查。", province="甘肃"
    )
    assert [(f["metric"], f["value"]) for f in found] == [("staff_mobilized", 56)]


def test_a_noun_after_another_count_names_that_count_not_this_one():
    found = figures(
        "新春关爱\n\n春节前，县团委还向困难儿童，40名童伴妈妈和25名西部计划志愿者发放慰问物资。",
        province="四川",
    )
    assert ("staff_mobilized", 40) not in [(f["metric"], f["value"]) for f in found]


def test_a_city_named_by_an_everyday_word_is_the_city_before_its_own_papers_name():
    found = figures(
        "安康新闻网讯（通讯员 张某）春节前夕，市总工会走访慰问困难职工。\n近年来，全市各级工会坚持"
        "送温暖。今年春节期间，市总工会共筹集资金60余万元，慰问劳模300人。",
        province="陕西",
    )
    assert {f["place"] for f in found} == {"安康市"}
    wished = figures(
        "省总工会送温暖\n\n春节前夕，省总工会向困难职工拜年，祝大家幸福安康。全省各级工会共筹集资金"
        "600余万元。",
        province="陕西",
    )
    assert [(f["place"], f["level"]) for f in wished] == [("陕西省", "province")]


def test_where_a_building_lies_does_not_place_the_body_that_gives():
    found = figures(
        "冬春救助物资启运\n\n12月18日，在位于武汉市江夏区的物资储备库里，工作人员把最后一车物资"
        "装好。当天，湖北省民政厅冬春救助物资发放工作启动。据介绍，今年共安排救助资金3000万元。",
        province="湖北",
    )
    assert [(f["value"], f["place"]) for f in found] == [(30_000_000, "湖北省")]


def test_an_amount_without_a_unit_before_a_helping_verb_is_money_not_people():
    found = figures("某矿务局300万帮扶困难职工\n\n今年以来，该局共帮扶困难职工1200名。")
    assert sorted((f["value"], f["unit"]) for f in found) == [
        (1200, "persons"),
        (3_000_000, "yuan"),
    ]


def test_kinds_of_people_counted_with_ge_are_no_people():
    found = figures("冬季帮扶\n\n今年共帮扶困难职工1200名，资金用于五个类型困难职工的救助。")
    assert [(f["value"], f["unit"]) for f in found] == [(1200, "persons")]


def test_people_who_turned_the_help_down_are_no_outcome():
    found = figures(
        "寒夜巡查\n\n当晚共劝导流浪人员20人入站，其中3人拒绝救助，2人婉拒入站。", province="北京"
    )
    assert [f["value"] for f in found] == [20]


def test_messages_sent_are_no_goods_handed_out():
    found = figures("慈善一日捐\n\n区慈善会向市民发出倡议短信5万余条，为200户困难家庭发放慰问品。")
    assert [(f["value"], f["metric"]) for f in found] == [(200, "households_reached")]


def test_a_paying_verb_inside_a_modifier_does_not_decide_what_the_campaign_did_with_money():
    obtained = figures("送温暖工程\n\n今年，市总工会争取到财政每年拨付的帮扶资金300多万元。")
    assert [(f["value"], f["metric"]) for f in obtained] == [(3_000_000, "funds_raised")]
    paid = figures("送温暖工程\n\n今年，市总工会向困难职工发放上级下拨的帮扶资金300多万元。")
    assert [(f["value"], f["metric"]) for f in paid] == [(3_000_000, "aid_disbursed")]


def test_people_who_join_a_patrol_are_its_staff_not_an_audience():
    found = figures("寒夜巡查\n\n当晚全市共有96人参加巡查，劝导流浪人员20人入站。", province="北京")
    assert [(f["value"], f["metric"]) for f in found] == [
        (96, "staff_mobilized"),
        (20, "people_reached"),
    ]


def test_what_a_familys_income_grows_by_is_no_money_given():
    found = figures(
        "易地搬迁\n\n安置点引进扶贫车间，平均每户每年可增收3000元以上。今年共为搬迁户发放慰问金"
        "每户500元。"
    )
    assert [(f["value"], f["metric"]) for f in found] == [(500, "aid_standard")]


def test_people_a_modifier_leads_to_after_a_recipient_marker_receive_they_are_not_staff():
    found = figures("除夕送温暖\n\n市总工会向8个坚守一线单位的120名工作人员发放了慰问品。")
    assert [(f["value"], f["metric"]) for f in found] == [(120, "people_reached")]


def test_leaflets_described_before_their_noun_are_paper_unless_handed_out_with_goods():
    printed = figures("过冬保障\n\n民政局还印制了300份救助热线宣传单，并发放棉被200床。")
    assert [f["value"] for f in printed] == [200]
    gifts = figures("新春慰问\n\n为困难群众送去春联300副、口罩1500个以及150份防疫手册。")
    assert sorted(f["value"] for f in gifts) == [150, 300, 1500]


def test_people_counted_with_ge_and_goods_shared_out_to_them_were_aided():
    got = _values(figures("社区干部把大米和食用油分发给18个老人和妇女，又给26个孩子送了围巾。"))
    assert got == {18: "people_aided", 26: "people_aided"}


def test_people_seen_at_a_free_clinic_were_reached():
    got = _values(figures("当天，镇卫生院医生在村文化礼堂开展义诊，为留守老人义诊60余人。"))
    assert got == {60: "people_reached"}


def test_people_who_obtained_a_donation_are_counted_not_taken_for_donors():
    (fig,) = figures("去年全年，共有356名困难学生获得了爱心企业的捐助。")
    assert (fig["value"], fig["unit"]) == (356, "persons")
    assert fig["metric"] in ("people_aided", "people_reached")


def test_people_who_received_a_visit_were_reached_and_those_who_received_aid_were_aided():
    got = _values(figures("春节期间，全区困难老党员560余人得到了走访慰问。"))
    assert got == {560: "people_reached"}
    aided = _values(figures("春节期间，全区困难老党员560余人得到了临时救助。"))
    assert aided == {560: "people_aided"}


def test_a_slot_whose_own_verb_follows_its_count_keeps_its_reading():
    got = _values(
        figures(
            "全市退役军人春节慰问情况：走访慰问驻地部队30余支；全市2600余名困难退役军人得到走访慰问。"
        )
    )
    assert got == {2600: "people_reached"}


def test_goods_named_across_quotation_marks_are_goods():
    got = _values(figures("志愿者在广场为居民写春联600余副，另送出“福”字800张。"))
    assert got == {600: "items_distributed", 800: "items_distributed"}


def test_an_article_speaking_of_its_city_as_its_own_is_the_one_city_it_names():
    doc = process(
        "我市冬季送温暖活动圆满结束\n"
        "记者昨日获悉，今年全市共走访慰问困难群众1.2万户，其中韶关市慈善会慰问3000户。",
        province="广东",
    )
    assert {(f.place, f.level) for f in doc.figures} == {("韶关市", "city")}


def test_a_province_named_only_in_a_firms_or_a_stationed_units_name_states_nothing_province_wide():
    doc = process(
        "爱心企业踊跃捐款\n"
        "活动共接收捐款86万元，其中捐款最多的是湖南华菱集团有限公司，省驻市单位的干部职工也踊跃参与。",
        province="湖南",
    )
    assert doc.figures and all(f.level != "province" for f in doc.figures)


def test_winter_gear_counted_with_a_generic_measure_word_is_goods():
    got = _values(figures("当天下午，320件马甲、150个头套、80个围脖已全部发到一线员工手里。"))
    assert got == {320: "items_distributed", 150: "items_distributed", 80: "items_distributed"}


def test_a_rate_per_heating_season_and_household_is_a_standard_per_household():
    (fig,) = figures("今冬城乡特困家庭的采暖救助标准提高到800元/采暖季·户。")
    assert (fig["metric"], fig["unit"], fig["value"]) == ("aid_standard", "yuan_per_household", 800)


def test_another_provinces_body_acting_where_the_article_is_places_no_figure_in_its_province():
    doc = process(
        "800件冬衣从江苏送达昭通\n"
        "12月3日，江苏省某教育基金会的物资发放仪式在昭通市鲁甸县某小学举行，该校85名学生领到了冬衣。",
        province="云南",
    )
    assert {(f.province, f.value) for f in doc.figures} == {("云南", 800), ("云南", 85)}


def test_goods_brought_by_people_from_another_province_are_the_receiving_places():
    doc = process(
        "近日，某县某镇中心小学迎来一场爱心捐赠。来自浙江省的爱心人士来到该校，"
        "给孩子们送上棉衣120套、书包120个，总价值约18000元。",
        province="云南",
    )
    assert doc.figures and {f.province for f in doc.figures} == {"云南"}


def test_a_byline_line_opening_the_body_is_not_the_lead():
    doc = process(
        "2010年01月25日 来源:湖北日报 作者:某某 某某\n"
        "1月24日，武汉市江夏区民政局的干部把棉被送到了某村敬老院。\n"
        "据统计，该区共走访慰问困难群众860人，发放慰问金9万余元。",
        province="湖北",
    )
    assert {f.place for f in doc.figures} == {"江夏区"}


def test_a_lead_opening_at_one_familys_home_does_not_place_the_article():
    doc = process(
        "商会为会员父母送上新年红包\n\n"
        "本报讯 昨天上午，城西街道桥头村的一对老夫妇迎来了拜年的客人。"
        "据了解，商会今年共为120位会员父母送上红包，总金额达24万元。",
        province="浙江",
        publisher="永康日报",
    )
    assert doc.figures and {f.place for f in doc.figures} == {"永康市"}


def test_a_lead_listing_counties_of_one_city_places_the_article_in_that_city():
    doc = process(
        "市妇联发放1500个母亲邮包\n\n"
        "1月中旬，市妇联先后在于都、兴国、宁都、瑞金4个县(市)的60个乡镇发放母亲邮包，总价值30万元。",
        province="江西",
    )
    assert {f.place for f in doc.figures} == {"赣州市"}


def test_a_provinces_campaign_held_in_its_capital_stays_the_provinces():
    doc = process(
        "高原一线职工迎来暖冬\n\n为关心高寒地区一线职工，“情暖高原一线职工——青海省一线职工慰问"
        "活动”今天在西宁举行，主办方向青海一线环卫工人捐赠了2000件棉大衣。",
        province="青海",
    )
    assert {(f.place, f.value) for f in doc.figures} == {("青海省", 2000)}


def test_a_province_name_opening_a_schools_name_does_not_place_the_article():
    doc = process(
        "最后一批包裹送到了甘肃农业职业技术学院的会宁籍学生手中，由会宁县团委组织的暖冬行动"
        "告一段落。志愿者共整理包裹650个，送到650名会宁学子手中。",
        province="甘肃",
    )
    assert doc.figures and {f.place for f in doc.figures} == {"会宁县"}


@pytest.mark.parametrize(
    "sentence",
    [
        "凡是捐赠300元的，就可以视为帮扶了1名困难学生。",
        "只要捐款满50元，即可获赠纪念品1份。",
    ],
)
def test_a_rule_stated_as_a_condition_is_no_figure(sentence):
    assert figures(sentence) == []


def test_projects_counted_with_a_generic_measure_word_are_no_goods():
    assert figures("启动仪式上，“情暖童心”“点亮微心愿”等19个人道项目被推上网络募捐平台。") == []


def test_an_amount_right_after_an_aiding_verb_is_aid_paid_out():
    got = _values(figures("去年全市共募集善款2600万元，救助1980万元。"))
    assert got == {26000000: "funds_raised", 19800000: "aid_disbursed"}


def test_goods_gathered_from_donors_are_not_goods_handed_out():
    assert figures("市民踊跃响应倡议，很快就汇集起近5000件棉衣。") == []


def test_money_raised_by_an_autonomous_regions_own_body_is_the_regions():
    doc = process(
        "自治区残联慰问受灾地区残疾人\n\n"
        "额济纳旗、阿拉善右旗遭受雪灾以来，自治区残联近日紧急筹集资金80万元，"
        "委托当地残联慰问受灾残疾人1200余名。",
        province="内蒙古",
    )
    raised = [f for f in doc.figures if f.metric == "funds_raised"]
    assert [(f.place, f.value) for f in raised] == [("内蒙古自治区", 800000)]


def test_a_lead_speaking_of_its_county_as_a_whole_is_the_one_county_it_names():
    doc = process(
        "为弘扬慈善精神，响应市佛教协会的倡议，并按照全县慈善工作会议的要求，"
        "蒲城县佛教协会借春节之机走进全县12个乡镇，"
        "为150多户困难家庭送去米面油。此次共发放现金6000元。",
        province="陕西",
    )
    assert doc.figures and {f.place for f in doc.figures} == {"蒲城县"}


def test_parts_of_a_goods_total_counted_in_its_own_measure_word_are_goods():
    got = figures("全市今年共发放爱心包850个，其中东湖区300个，西湖区550个。")
    assert sorted((f["metric"], f["value"]) for f in got) == [
        ("items_distributed", 300),
        ("items_distributed", 550),
        ("items_distributed", 850),
    ]


def test_households_said_to_have_eaten_a_gift_meal_were_reached():
    (fig,) = figures("今年春节期间，全市一共有4280户特殊家庭吃到了志愿者包的爱心饺子。")
    assert (fig["metric"], fig["value"]) == ("households_reached", 4280)


def test_volunteers_described_as_once_aided_are_still_staff():
    (fig,) = figures("团县委组织了受帮扶青年中的“回馈”志愿者35人，走访慰问孤寡老人。")
    assert (fig["metric"], fig["value"]) == ("staff_mobilized", 35)


@pytest.mark.parametrize(
    "sentence",
    [
        "为了帮助困难群众温暖过冬，1月6日，市卫健委的帮扶干部30余人来到某村开展入户帮扶。",
        "冬季送温暖活动开展以来，某县公安局共组织民警干部160余人走进群众家中走访慰问。",
    ],
)
def test_cadres_sent_after_a_time_clause_are_staff_whatever_the_purpose_clause_says(sentence):
    staff = [f for f in figures(sentence) if f["unit"] == "persons"]
    assert [f["metric"] for f in staff] == ["staff_mobilized"]


def test_people_rescued_are_aided_not_the_rescuers():
    got = _values(figures("全市消防救援队伍共出动消防救援人员1260人次，营救被困群众48人。"))
    assert got == {1260: "staff_mobilized", 48: "people_aided"}


def test_a_place_left_out_by_chu_yiwai_is_no_figures_place():
    doc = process(
        "某市雪灾情况发布会召开\n\n"
        "截至昨日，赤峰市除阿鲁科尔沁旗以外的11个旗县区共有3.2万人受灾。"
        "目前，当地有关部门已向受灾严重的旗县下拨救灾资金2100余万元。",
        province="内蒙古",
    )
    assert [(f.place, f.value) for f in doc.figures] == [("赤峰市", 21000000)]


@pytest.mark.parametrize(
    "sentence",
    [
        "局领导带队到挂点村开展走访，为28户困难群众送去慰问金。",
        "获得街道以上表彰的28户困难家庭每户将获得大米一袋。",
        "会后，与会人员同街道困难群众代表交谈，并为28户困难家庭送去慰问金。",
    ],
)
def test_an_assigned_village_an_awards_level_or_people_are_no_town(sentence):
    doc = process(sentence, province="江苏", publisher="苏州市民政局")
    assert doc.figures and all(f.level != "town" for f in doc.figures)


def test_goods_sold_for_the_cause_are_not_goods_handed_out():
    assert figures("协会把300件书画作品义卖所得全部捐给了受灾群众。") == []


def test_a_whole_town_is_the_town_named_before_it():
    doc = process(
        "某市民政暖冬行动\n\n某市宝华镇开展“冬日送温暖”活动，为全镇126户分散特困老人送去冬被。",
        province="江苏",
        publisher="句容头条",
    )
    assert [(f.place, f.level) for f in doc.figures] == [("宝华镇", "town")]


def test_a_whole_village_is_the_village_named_before_it_not_the_givers_city():
    doc = process(
        "农业银行兰州分行干部走访定点帮扶村\n\n"
        "1月8日，兰州分行驻村工作队又一次来到该行定点帮扶的平安县石岭镇下洼村，看望村民。\n"
        "活动中，工作队为全村93户村民每户送上一袋大米，还为村小学添置了取暖炉40台。",
        province="甘肃",
        publisher="每日甘肃",
    )
    assert {(f.place, f.level, f.value) for f in doc.figures} == {
        ("下洼村", "town", 93),
        ("下洼村", "town", 40),
    }


def test_a_city_naming_a_firms_branch_is_the_givers_seat_not_where_the_aid_went():
    doc = process(
        "建设银行酒泉分行员工走访帮扶村\n\n"
        "1月6日，该行工作队来到帮扶点古浪县黄羊川镇，看望困难群众。\n"
        "此次活动投入资金6万元，购置电暖器150台，逐户送到村民家中。",
        province="甘肃",
        publisher="每日甘肃",
    )
    assert {f.place for f in doc.figures} == {"黄羊川镇"}


def test_a_whole_village_in_a_province_bodys_news_is_no_province_figure():
    doc = process(
        "自治区住建厅驻村工作队送温暖\n\n工作队为全村村民赠送春联300副、灯笼120盏。",
        province="宁夏",
        publisher="宁夏日报",
    )
    assert doc.figures and all(f.level != "province" for f in doc.figures)


def test_a_local_body_named_after_its_town_places_the_article_in_that_town():
    doc = process(
        "东岭扶贫协会新春慰问困难户\n\n"
        "1月18日，协会的春节慰问活动在协会大厅启动，首批60多户贫困户领到了爱心款和年货。\n"
        "东岭扶贫协会成立于2008年，由东岭镇在外乡贤共同发起。",
        province="福建",
        publisher="湄洲日报",
    )
    assert {(f.place, f.value) for f in doc.figures} == {("东岭镇", 60)}


def test_a_town_whose_name_ends_in_cheng_zhen_after_its_county_is_a_town():
    doc = process(
        "送医送药到村头\n\n"
        "本网讯 2月10日，榕江县古城镇新民村文化广场上热闹非凡。医疗服务队当天在这里为"
        "180余名群众免费义诊。",
        province="贵州",
    )
    assert [(f.place, f.value) for f in doc.figures] == [("新民村", 180)]


def test_a_civil_affairs_budgets_whole_spending_is_no_relief_outcome():
    got = _values(figures("一、民政事业费：累计支出18.6亿元。二、临时救助：累计支出1.2亿元。"))
    assert got == {120000000: "aid_disbursed"}


def test_the_previous_periods_level_a_table_compares_with_is_no_figure():
    got = figures("社会救助支出：本期25,114.6万元，上期286,402.3万元，环比-91.23。")
    assert [(f["metric"], f["value"]) for f in got] == [("aid_disbursed", 251146000)]


def test_people_counted_with_ge_after_their_noun_are_people():
    (fig,) = figures("节前，社区干部走访了独居老人、低保户等困难群众36个，送上了棉被和热水袋。")
    assert (fig["metric"], fig["value"], fig["unit"]) == ("people_reached", 36, "persons")


def test_each_standard_raised_to_a_new_level_is_a_standard():
    got = figures("今年，城市低保标准提高至980元/月，特困人员基本生活标准提高至1400元/月。")
    assert [(f["metric"], f["value"]) for f in got] == [
        ("aid_standard", 980),
        ("aid_standard", 1400),
    ]


def test_a_fixed_sum_for_each_is_a_standard_of_whom_the_sentence_names():
    got = figures(
        "非集中供热的低保家庭，每个采暖季给予520元定额补贴；分散供养特困人员，给予300元定额补贴。"
    )
    assert [(f["metric"], f["value"], f["unit"]) for f in got] == [
        ("aid_standard", 520, "yuan_per_household"),
        ("aid_standard", 300, "yuan_per_person"),
    ]


def test_firefighters_taking_part_are_staff_and_soldiers_visited_are_reached():
    got = _values(
        figures("参加这次活动的12名消防战士为老人包饺子。县领导还慰问了驻地部队官兵150名。")
    )
    assert got == {12: "staff_mobilized", 150: "people_reached"}


def test_people_counted_right_after_their_teams_are_the_teams_members():
    (fig,) = figures("全市共落实应急救援队伍86支、2150人，在一线备勤。")
    assert (fig["metric"], fig["value"]) == ("staff_mobilized", 2150)


def test_an_amount_per_occasion_is_no_figure_unless_a_rate_of_the_contract_comes_between():
    found = figures(
        "某区工会关爱骑手\n\n区总工会为每次道路救援补助80元，为每场暖心活动补贴1500元；"
        "每次慰问为每户送去300元。",
        province="陕西",
    )
    assert [(f["value"], f["unit"]) for f in found] == [(300, "yuan_per_household")]


def test_people_awaiting_relief_and_money_still_needed_are_no_outcomes():
    found = figures(
        "某省冬春救助\n\n入冬以来全省待救助群众12.6万人，亟需救助的有8000户，救助资金尚需4000万元，"
        "缺口2000万元。省民政厅已下拨资金1.5亿元。",
        province="广西",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("aid_disbursed", 150000000)]


def test_a_standard_raised_by_an_amount_is_a_change_and_so_is_each_amount_of_its_list():
    found = figures(
        "某省提高救助水平\n\n全省城乡特困人员的供养标准在原有基础上分别提高30元和25元，"
        "春节前为困难户发放慰问金300元和米面一袋。",
        province="广西",
    )
    assert [f["value"] for f in found] == [300]


def test_an_amount_a_level_is_raised_by_is_a_change_with_no_standard_word_said():
    found = figures(
        "某县取暖补助到户\n\n今年低保户的取暖补助提高了180元/年，按每户每年900元发放；"
        "全县已发放取暖补助236万元。",
        province="甘肃",
    )
    assert sorted(f["value"] for f in found) == [900, 2360000]


def test_a_plan_word_describing_what_people_are_about_to_do_plans_nothing():
    found = figures(
        "团委寒冬送暖\n\n车站里，60多名即将返回家乡的务工青年收到了团委送来的车票。"
        "工作人员为45名准备露天过夜的流浪人员送上棉被。",
        province="山西",
    )
    assert {(f["value"], f["status"]) for f in found} == {(60, "actual"), (45, "actual")}
    (fig,) = figures("团委寒冬送暖\n\n团委将把慰问金送给全市300户困难家庭。", province="山西")
    assert fig["status"] == "planned"


def test_people_counted_as_they_join_an_activity_are_staff_or_reached_and_at_a_ceremony_no_one():
    found = figures(
        "敬老院里包饺子\n\n来自县义工联合会的80余名志愿者参加了活动，为孤寡老人送上饺子。"
        "社区里35名困难老人参加了此次活动。共有90名党员参加了启动仪式。",
        province="吉林",
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("staff_mobilized", 80),
        ("people_reached", 35),
    ]


def test_goods_counted_before_their_verb_or_closing_a_listed_noun_phrase_are_handed_out():
    found = figures(
        "车站送温暖\n\n志愿者把80份汤圆送给了候车的旅客。"
        "团委为返乡青年准备了1200多张免费大巴、动车及普通列车车票。"
        "企业向留守老人赠送了35部老年手机。",
        province="四川",
    )
    assert sorted((f["metric"], f["value"]) for f in found) == [
        ("items_distributed", 35),
        ("items_distributed", 80),
        ("items_distributed", 1200),
    ]


def test_a_count_of_several_groups_joined_before_hu_or_a_single_digit_before_them_is_households():
    found = figures(
        "理事会走访\n\n理事们为二十余个低保及特困户送去慰问品；又走访了四户困难居民。",
        province="浙江",
    )
    assert sorted((f["metric"], f["value"]) for f in found) == [
        ("households_reached", 4),
        ("households_reached", 20),
    ]


def test_goods_listed_with_money_given_in_are_raised_not_handed_out():
    found = figures(
        "机关献爱心\n\n局机关干部职工共捐款8600元、棉衣45件。"
        "随后，工作人员为困难户送去慰问款3000元、棉被20床。",
        province="西藏",
    )
    assert sorted((f["metric"], f["value"]) for f in found) == [
        ("aid_disbursed", 3000),
        ("funds_raised", 8600),
        ("items_distributed", 20),
    ]


def test_a_rate_paid_each_month_is_per_person_per_month_however_the_month_is_written():
    found = figures(
        "某县提高补贴\n\n县民政局为全县特困老人每月发放120元护理补贴；"
        "重度残疾人生活补贴标准为90元每人每月。",
        province="广东",
    )
    assert sorted((f["value"], f["unit"]) for f in found) == [
        (90, "yuan_per_person_month"),
        (120, "yuan_per_person_month"),
    ]


def test_a_body_named_with_zuzhi_organises_no_one_and_members_a_visit_reaches_are_no_staff():
    found = figures(
        "区委送温暖\n\n区委将86万元划拨给40个基层党组织慰问620名符合条件的党员。",
        province="天津",
    )
    assert sorted((f["metric"], f["value"]) for f in found) == [
        ("aid_disbursed", 860000),
        ("people_reached", 620),
    ]
    (fig,) = figures("县委送温暖\n\n县委组织部组织50名干部走访慰问困难群众。", province="天津")
    assert (fig["metric"], fig["value"]) == ("staff_mobilized", 50)
    assert figures("慈善日\n\n全省另有志愿服务组织800家、志愿者320万人。", province="江西") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "受寒潮影响，全乡仍有85位牧民暂时联系不上。",
        "截至目前，仍有12户群众走访不到。",
        "大雪致山区85名牧民暂时失去联系。",
    ],
)
def test_people_who_could_not_be_reached_or_were_cut_off_are_no_figure(sentence):
    assert figures(sentence, province="青海") == []
    # those a team reached again are
    (fig,) = figures("工作组已帮助失去联系的85名牧民恢复通信。", province="青海")
    assert (fig["metric"], fig["value"]) == ("people_reached", 85)


def test_roads_routes_and_lines_counted_in_tiao_are_no_goods():
    text = "春运期间，工会开通12条免费返乡专线，连成6条温暖回家路，并发放棉被300条。"
    assert [(f["metric"], f["value"]) for f in figures(text, province="广东")] == [
        ("items_distributed", 300)
    ]
    assert figures("暴雪已造成30多条公路交通中断。", province="新疆") == []


def test_people_an_action_was_not_done_to_are_no_figure_and_family_representatives_are_people():
    found = figures(
        "雪灾救助\n\n工作组已走访受灾群众120户，另有2个村仍有65人未能联系上。"
        "协会向12名困难家庭代表发放慰问金6000元。",
        province="西藏",
    )
    assert sorted((f["metric"], f["value"]) for f in found) == [
        ("aid_disbursed", 6000),
        ("households_reached", 120),
        ("people_reached", 12),
    ]


def test_people_a_body_assigns_or_dispatches_to_the_work_are_staff():
    found = figures(
        "边防送温暖\n\n边防大队指派5名党委委员、派遣12名技术骨干深入牧区，为86户牧民送去煤炭。",
        province="新疆",
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("staff_mobilized", 5),
        ("staff_mobilized", 12),
        ("households_reached", 86),
    ]


def test_porridge_given_out_at_laba_is_counted_as_goods_by_the_bowl_or_portion():
    found = figures(
        "腊八节暖人心\n\n某寺院为快递员送粥260份，为敬老院施粥80份；"
        "社区志愿者另送出腊八粥150余碗。",
        province="浙江",
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("items_distributed", 260),
        ("items_distributed", 80),
        ("items_distributed", 150),
    ]


def test_shelter_light_and_heating_goods_counted_with_generic_measures_are_handed_out():
    found = figures(
        "地震灾区物资调运\n\n州县共组织帐篷300顶、手电筒800支、行军床600张运往灾区。",
        province="四川",
    )
    assert sorted(f["value"] for f in found if f["metric"] == "items_distributed") == [
        300,
        600,
        800,
    ]


def test_a_planning_word_read_within_a_longer_word_of_deeds_done_plans_nothing():
    (fig,) = figures("学校送温暖\n\n学校为全校260名学生每人准备了一份新年礼物。", province="江西")
    assert (fig["value"], fig["status"]) == (260, "actual")


def test_compensation_a_liable_party_owes_is_no_relief_money():
    found = figures(
        "法院发放司法救助金\n\n三名被告应向受害人支付赔偿款38万元，至今未能履行。"
        "法院为其发放司法救助金3万元。",
        province="广西",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("aid_disbursed", 30000)]


def test_lottery_turnover_is_no_money_raised_its_welfare_share_is():
    found = figures(
        "福彩情暖寒冬\n\n某市去年销售福利彩票8.6亿元，筹集福彩公益金2.5亿元。",
        province="山东",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("funds_raised", 250_000_000)]


def test_goods_valued_after_money_raised_in_their_clause_were_raised_too():
    found = figures(
        "某市慈善总会年度募捐\n\n全市慈善组织累计募集资金3200万元、物资折合1800万元。"
        "市慈善总会为困难群众发放资金50万元、物资折合30万元。",
        province="宁夏",
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("funds_raised", 32000000),
        ("funds_raised", 18000000),
        ("aid_disbursed", 500000),
        ("in_kind_value", 300000),
    ]


def test_people_counted_with_visits_after_a_bracketed_alternative_are_visits():
    found = figures(
        "某县慈善会年度报告\n\n各类救助共受益3120人(户)次，其中助学受益85人(家)次。",
        province="浙江",
    )
    assert [(f["value"], f["unit"]) for f in found] == [
        (3120, "person_visits"),
        (85, "person_visits"),
    ]


def test_money_spent_from_a_fund_a_business_named_is_paid_out_and_its_gift_is_raised():
    found = figures(
        "某县慈善会收支情况\n\n某某实业有限公司资助80万元。某企业家助学基金支出4.5万元，受益20人次。",
        province="浙江",
    )
    assert [(f["metric"], f["value"]) for f in found if f["unit"] == "yuan"] == [
        ("funds_raised", 800000),
        ("aid_disbursed", 45000),
    ]


def test_a_count_of_ge_whose_phrase_ends_in_a_family_word_counts_households():
    found = figures(
        "某区十项救助行动\n\n救助1500个下岗职工和失业人员困难家庭；走访60多个困难职工。"
        "活动分为3个方面：一是困难职工家庭。",
        province="山东",
    )
    assert [(f["value"], f["unit"]) for f in found] == [(1500, "households"), (60, "persons")]


def test_money_a_body_received_after_donors_were_counted_is_raised_not_given_to_them():
    found = figures(
        "某市慈善总会驰援灾区\n\n项目上线以来，已有3万多人次通过网络捐赠，累计收到善款120万元。",
        province="江苏",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("funds_raised", 1200000)]


def test_a_papers_city_in_its_tag_gives_way_to_a_place_inside_it_that_opens_the_news():
    found = figures(
        "某镇走访慰问\n\n商洛日报讯（记者 某某）近日，柞水县营盘镇组建5个慰问组，深入困难户家中。"
        "本次活动共为20户困难群众发放慰问金6000元。",
        province="陕西",
    )
    assert {f["place"] for f in found} == {"营盘镇"}
    kept = figures(
        "市总工会启动送温暖\n\n商洛日报讯 昨天，市总工会召开送温暖启动会，"
        "当天为200名困难职工送去慰问金6万元。",
        province="陕西",
    )
    assert {f["place"] for f in kept} == {"商洛市"}


def test_a_sites_channel_tag_gives_way_to_a_place_inside_it_in_the_headline():
    found = figures(
        "[徐州市]迎新春 睢宁县红十字会送温暖\n\n县红十字会为困难群众30户送去慰问金9000元。",
        province="江苏",
    )
    assert {f["place"] for f in found} == {"睢宁县"}
    kept = figures(
        "[徐州市]迎新春 慰问暖人心\n\n市红十字会为困难群众30户送去慰问金9000元。",
        province="江苏",
    )
    assert {f["place"] for f in kept} == {"徐州市"}


def test_goods_people_took_in_hand_were_handed_out_whatever_was_applied_for_before():
    found = figures(
        "志愿者送新衣\n\n他为支教团申请了一批冬衣，这一次他领到了320件新衣，分给了山区孩子。",
        province="西藏",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("items_distributed", 320)]


def test_a_county_whose_short_name_is_an_everyday_word_is_named_right_after_its_province():
    found = figures(
        "某县驻宁夏同心工作组：齐心协力送温暖\n\n工作组筹集资金5万多元，为困难群众购买了棉衣300件。",
        province="宁夏",
    )
    assert {(f["place"], f["level"]) for f in found} == {("同心县", "county")}
    plain = figures("同心协力送温暖\n\n宁夏某工作组筹集资金5万多元。", province="宁夏")
    assert {f["place"] for f in plain} == {"宁夏回族自治区"}


def test_people_a_gift_is_donated_to_were_reached():
    found = figures("某集团捐校服\n\n某集团向全县2600名学生捐赠了冬季校服。", province="青海")
    assert [(f["metric"], f["value"]) for f in found] == [("people_reached", 2600)]


def test_a_banner_written_by_its_short_official_name_is_placed_as_written():
    found = figures(
        "民生资金发放\n\n西乌旗一季度发放各类社会救助资金共计120万元，惠及1800人。",
        province="内蒙古",
    )
    assert {(f["place"], f["level"]) for f in found} == {("西乌旗", "county")}


def test_two_villages_named_before_and_the_other_towns_are_no_town_names():
    found = figures(
        "某县慰问\n\n某县县长一行先后看望了东岭、西坪两村的18位贫困群众；"
        "县侨联还为其它镇的12名困难归侨送上慰问金。",
        province="贵州",
    )
    assert not any(f["level"] == "town" for f in found)


def test_staff_named_by_a_compound_and_the_duty_roster_of_a_station_are_staff():
    found = figures(
        "某县走访\n\n全县组织近80名大学生村官参与走访慰问。救助站每天有3名值班人员和1名救助车司机在岗。"
        "为500多名困难群众以及老干部送去慰问品。",
        province="云南",
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("staff_mobilized", 80),
        ("staff_mobilized", 3),
        ("staff_mobilized", 1),
        ("people_reached", 500),
    ]


def test_what_one_package_holds_is_no_count_of_goods_handed_out():
    found = figures(
        "暖冬包送到学校\n\n县团委共向学生发放暖冬包210个，内有棉衣、棉鞋、围巾等用品12件。",
        province="甘肃",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("items_distributed", 210)]


def test_what_a_group_in_need_each_receives_a_few_words_after_it_is_named_is_a_rate():
    found = figures(
        "春节红包\n\n另外，不论城市还是农村，困难群体都还能再领到150元的春节过节费。",
        province="天津",
    )
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("aid_standard", 150, "yuan_per_person")
    ]


def test_goods_whose_money_amount_is_stated_are_valued_goods_not_cash():
    found = figures(
        "社区送温暖\n\n社区共走访慰问困难家庭25户，送出物资金额达3万元。", province="吉林"
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("households_reached", 25),
        ("in_kind_value", 30000),
    ]


def test_an_amount_a_standard_is_said_to_be_is_a_rate_for_whoever_the_sentence_counts():
    found = figures(
        "春节慰问\n\n为800名困难群众发放春节慰问金，补助标准为500元。"
        "为300户困难家庭发放取暖补贴，标准分别为600元和900元。",
        province="河北",
    )
    rates = [(f["value"], f["unit"]) for f in found if f["metric"] == "aid_standard"]
    assert rates == [
        (500, "yuan_per_person"),
        (600, "yuan_per_household"),
        (900, "yuan_per_household"),
    ]


def test_a_province_named_only_at_the_head_of_a_firms_name_does_not_place_a_citys_news():
    found = figures(
        "2月3日，株洲“春暖万家”慈善活动在湖南某某健康产业集团举行。株洲市慈善总会负责人到场。\n\n"
        "活动中，爱心企业湖南某某医药连锁有限公司捐赠价值30万元药品，惠及全市800户家庭。",
        province="湖南",
    )
    assert {(f["place"], f["level"]) for f in found} == {("株洲市", "city")}


def test_a_class_each_of_whom_receives_in_the_next_clause_opened_by_dou_is_a_rate():
    found = figures("节日补贴\n\n城乡低保对象，均可领取200元的过节补贴。", province="河北")
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("aid_standard", 200, "yuan_per_person")
    ]


def test_goods_valued_in_a_clause_of_their_own_after_money_raised_were_raised():
    found = figures(
        "慈善募捐\n\n今年市慈善总会共募集善款260万元，物资价值45万元。"
        "市慈善总会共发放救助金120万元，物资价值20万元。",
        province="甘肃",
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("funds_raised", 2600000),
        ("funds_raised", 450000),
        ("aid_disbursed", 1200000),
        ("in_kind_value", 200000),
    ]


def test_amounts_paired_with_counted_groups_by_fenbie_are_each_groups_sum():
    found = figures(
        "双拥慰问\n\n走访了40名重点优抚对象和90名退役士兵，分别发放慰问金2.4万元和4.5万元。",
        province="湖北",
    )
    money = [(f["metric"], f["value"]) for f in found if f["unit"] == "yuan"]
    assert money == [("aid_disbursed", 24000), ("aid_disbursed", 45000)]


def test_every_count_of_a_list_a_recipient_marker_opens_names_recipients():
    found = figures(
        "社区慰问\n\n社区为2名孤寡老人、3名残疾人、2名退休干部、6名低保对象送去慰问金。",
        province="云南",
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("people_reached", 2),
        ("people_reached", 3),
        ("people_reached", 2),
        ("people_reached", 6),
    ]


def test_pupils_a_donor_sponsors_are_aided():
    found = figures("助学\n\n该局干部职工今年共捐助18名小学生。", province="湖南")
    assert [(f["metric"], f["value"]) for f in found] == [("people_aided", 18)]


def test_a_places_economy_is_no_relief_figure():
    found = figures(
        "慈善日\n\n今年全市地区生产总值预计达820亿元。当天慈善日共募集善款3600万元。",
        province="福建",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("funds_raised", 36000000)]


def test_a_small_sum_given_to_a_class_named_by_a_condition_is_a_rate():
    found = figures(
        "取暖补助\n\n对家中没有暖气的家庭给予300元取暖补助。为全县生活困难的群众发放慰问金20万元。",
        province="河北",
    )
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("aid_standard", 300, "yuan_per_household"),
        ("aid_disbursed", 200000, "yuan"),
    ]


def test_a_class_named_by_an_age_is_a_class_but_two_people_of_that_age_are_not():
    found = figures(
        "敬老\n\n社区为年满80岁的居民发放800元敬老金。志愿者给这三位年满90岁的老人送上了900元红包。",
        province="福建",
    )
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("aid_standard", 800, "yuan_per_person"),
        ("aid_disbursed", 900, "yuan"),
    ]


def test_a_small_monthly_amount_for_people_not_counted_is_a_monthly_rate():
    found = figures(
        "敬老院\n\n敬老院为五保老人提供每月150元的零用钱。全县每月发放低保金300万元。",
        province="贵州",
    )
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("aid_standard", 150, "yuan_per_person_month"),
        ("aid_disbursed", 3000000, "yuan"),
    ]


def test_households_goods_are_handed_out_to_are_reached_whoever_they_are_called():
    found = figures("送衣物\n\n这批棉衣全部分发给了85户山区居民。", province="河北")
    assert [(f["metric"], f["value"]) for f in found] == [("households_reached", 85)]


def test_fodder_counted_in_bundles_is_goods_handed_out():
    found = figures("抗灾保畜\n\n县里向受灾牧户发放饲草3200捆。", province="青海")
    assert [(f["metric"], f["value"]) for f in found] == [("items_distributed", 3200)]


def test_sums_after_qizhong_larger_than_the_rate_before_are_no_parts_of_it():
    found = figures(
        "春节增发\n\n为全市2万余名低保对象发放春节慰问金，人均300元。"
        "其中，城市低保对象共210万元，农村低保对象共390万元。",
        province="湖北",
    )
    assert [(f["metric"], f["value"], f["unit"]) for f in found if f["value"] > 1000] == [
        ("people_reached", 20000, "persons"),
        ("aid_disbursed", 2100000, "yuan"),
        ("aid_disbursed", 3900000, "yuan"),
    ]


def test_a_headline_count_of_people_restated_as_visits_in_the_body_is_one_figure():
    found = figures(
        "某县慈善会三年救助2400人\n\n三年来，县慈善会共救助困难群众2400人次。", province="河北"
    )
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("people_aided", 2400, "person_visits")
    ]


def test_a_source_line_under_the_headline_places_a_body_the_headline_names_without_a_place():
    found = figures(
        "市民政局开展寒冬救助\n"
        "来源：漳州市民政局 发布时间：2019-01-20 09:30\n\n"
        "市民政局转发《福建省民政厅关于做好寒潮防御工作的通知》，部署寒冬救助。\n"
        "据统计，全市各级救助机构共救助流浪乞讨人员36人次，发放御寒衣物50件。",
        province="福建",
    )
    assert {(f["place"], f["level"]) for f in found} == {("漳州市", "city")}


def test_a_place_a_deed_is_ranked_in_is_not_where_the_news_is():
    found = figures(
        "县慈善总会发放救助金\n\n近年来，如东县在南通市率先建成村级慈善工作站。"
        "1月8日，县慈善总会为120户困难家庭发放救助金24万元。",
        province="江苏",
    )
    assert {(f["place"], f["level"]) for f in found} == {("如东县", "county")}


def test_a_photo_caption_over_the_story_is_no_lead():
    found = figures(
        "爱心人士和企业踊跃解囊。本报记者 王某 摄\n\n"
        "本报德州7月10日讯（记者 王某）10日上午，德州经济开发区开展“慈心一日捐”活动。"
        "捐款现场，辖区各社区和企业争相解囊，半天时间捐款21万余元。",
        province="山东",
    )
    assert [(f["value"], f["place"]) for f in found] == [(210000, "德州市")]


def test_a_bare_shi_in_a_county_level_citys_news_is_that_city_after_the_papers_city():
    found = figures(
        "潍坊新闻网1月20日讯 春节临近，寿光市开展走访活动。"
        "市委、市政府领导走访困难家庭，送上500元至1000元不等的慰问金。",
        province="山东",
    )
    assert {f["place"] for f in found} == {"寿光市"}


def test_a_county_that_became_a_city_answers_for_the_whole_city_in_its_own_news():
    # 邵东县 became 邵东市 in 2019; its news names it only by its short name and its paper
    found = figures(
        "市慈善总会开展春节送温暖活动\n发布时间：2024-02-01 来源：邵东日报\n\n"
        "近年来，我市在邵阳市率先建成村级慈善工作站。目前，全市慈善工作站已募集基金2300万元。\n\n"
        "近日，市慈善总会开展春节送温暖活动，共走访慰问困难家庭860户。这些善款凝聚着邵东人民的爱心。",
        province="湖南",
    )
    assert {(f["place"], f["level"]) for f in found} == {("邵东市", "county")}


def test_a_city_body_in_a_citys_own_news_is_that_city_after_a_ranking_of_others():
    found = figures(
        "去年绍兴慈善总会系统捐赠额居全省第二\n来源：绍兴网\n\n"
        "记者从市慈善总会获悉，绍兴市慈善总会系统去年捐赠额达4.1亿元。"
        "全省排名前三的依次是：宁波市6.6亿元，绍兴市4.1亿元，嘉兴市3.2亿元。\n\n"
        "市慈善总会负责人介绍，去年市慈善总会共募集善款5120万元。",
        province="浙江",
    )
    assert {f["value"]: f["place"] for f in found}[51_200_000] == "绍兴市"


def test_an_item_after_a_semicolon_opening_with_its_verb_keeps_the_subject_before_it():
    found = figures(
        "省慈善总会日前公布了全省慈善系统的年度统计，全省共接收捐赠款12.6亿元。"
        "统计显示，2023年丽水市慈善总会共新增慈善款物1.2亿元；拨出救助款物9800万元；"
        "救助困难群众6.1万人次。",
        province="浙江",
    )
    got = {f["value"]: f["place"] for f in found}
    assert got[98_000_000] == got[61_000] == "丽水市"


def test_an_item_after_a_semicolon_opening_with_an_adverb_keeps_the_subject_before_it():
    found = figures(
        "省计生协会部署节日慰问工作。\n\n"
        "节前，株洲市计生协为180户失独家庭送去了慰问金；"
        "又以上门送年货的方式看望了47户困难计生家庭。",
        province="湖南",
    )
    got = {f["value"]: (f["place"], f["level"]) for f in found}
    assert got[47] == got[180] == ("株洲市", "city")


def test_a_countys_lead_visit_to_one_town_places_the_totals_after_it_there():
    text = (
        "平山县残联开展节前慰问\n\n"
        "春节前夕，县残联干部分头来到岗南镇各村，走访慰问困难残疾人家庭。\n\n"
        "此次活动共慰问了58户残疾人家庭，发放慰问金2.9万元。"
    )
    got = {f["value"]: (f["place"], f["level"]) for f in figures(text, province="河北")}
    assert got[58] == got[29_000] == ("岗南镇", "town")


def test_a_countys_lead_visit_to_a_village_leaves_the_totals_after_it_the_countys():
    text = (
        "平山县残联开展节前慰问\n\n"
        "春节前夕，县残联干部来到岗南镇东岗南村，看望困难残疾人家庭。\n\n"
        "今年春节，全县共慰问了580户残疾人家庭，发放慰问金29万元。"
    )
    got = {f["value"]: f["place"] for f in figures(text, province="河北")}
    assert got[580] == "平山县"


def test_a_citys_lead_visit_to_a_village_places_the_figures_after_it_there():
    text = (
        "九三学社绵阳市委开展新春慰问\n\n"
        "1月20日，九三学社绵阳市委的慰问活动走进游仙区魏城镇白云村。社员共计15人参加。\n\n"
        "活动中，社员们为村里42户困难群众送去棉被42床，现场写春联200余幅。"
    )
    got = {f["value"]: (f["place"], f["level"]) for f in figures(text, province="四川")}
    assert got[42] == got[200] == ("白云村", "town")


def test_a_total_to_date_after_a_citys_lead_visit_stays_the_citys():
    text = (
        "九三学社绵阳市委开展新春慰问\n\n"
        "1月20日，九三学社绵阳市委的慰问活动走进游仙区魏城镇白云村。\n\n"
        "活动中，社员们为村里42户困难群众送去棉被42床。\n\n"
        "这项活动开展八年来，累计帮扶困难家庭630户。"
    )
    got = {f["value"]: (f["place"], f["level"]) for f in figures(text, province="四川")}
    assert got[42] == ("白云村", "town")
    assert got[630] == ("绵阳市", "city")


def test_a_countys_lead_visit_to_villages_listed_after_their_town_places_the_totals_there():
    text = (
        "平山县残联开展节前慰问\n\n"
        "春节前夕，县残联干部来到岗南镇东岗南村、西岗南村、北庄村3个村，看望困难残疾人家庭。\n\n"
        "此次活动共慰问了58户残疾人家庭，发放慰问金2.9万元。"
    )
    got = {f["value"]: (f["place"], f["level"]) for f in figures(text, province="河北")}
    assert got[58] == got[29_000] == ("岗南镇", "town")
    # villages listed without their town name no town: the totals stay the county's
    bare = text.replace("来到岗南镇东岗南村", "来到东岗南村")
    got = {f["value"]: f["place"] for f in figures(bare, province="河北")}
    assert got[58] == "平山县"


def test_a_place_where_the_weather_turned_is_no_place_of_the_news():
    found = figures(
        "本报讯（通讯员 李某）寒夜送温暖，救助护平安。连日来，天津气温骤降，寒风席卷全城。"
        "近日，河西区民政局牵头，联合区公安分局等部门开展街头救助行动。\n\n"
        "此次行动共救助流浪乞讨人员9人。",
        province="天津",
    )
    assert [(f["value"], f["place"]) for f in found] == [(9, "河西区")]


def test_a_lead_opening_with_a_provincial_body_is_the_provinces_news_on_a_countys_site():
    found = figures(
        "近日，省应急厅会同省财政厅下拨冬春救助资金1.5亿元，向受灾较重的县区调拨救灾物资3.2万件。",
        province="甘肃",
        publisher="甘谷县人民政府网站",
    )
    assert {(f["place"], f["level"]) for f in found} == {("甘肃省", "province")}


def test_gai_zhen_refers_to_the_articles_town_not_the_village_visited_last():
    found = figures(
        "柳泉镇走访慰问优抚对象\n\n近日，柳泉镇退役军人服务站走访慰问优抚对象。\n\n"
        "1月10日，工作人员来到该镇李庄村，看望老战士；又到王庄村看望特困退役军人。"
        "该镇还自筹资金3万余元，对全镇180名优抚对象进行了走访慰问。",
        province="山东",
    )
    assert {(f["value"], f["place"]) for f in found} == {(30000, "柳泉镇"), (180, "柳泉镇")}


def test_a_city_paper_naming_only_its_districts_places_wo_shi_in_their_city():
    found = figures(
        "今冬，我市共有3000户困难家庭领到取暖补贴，其中昆都仑区1200户，青山区1800户。"
        "补贴资金共计180万元。",
        province="内蒙古",
    )
    assert [(f["value"], f["place"]) for f in found if f["unit"] == "yuan"] == [(1800000, "包头市")]


def test_a_grant_a_place_or_body_takes_in_is_money_raised():
    found = figures(
        "慈善工作\n\n今年该县获得省慈善总会资助60万元。困难群众获得资助2000元。",
        province="安徽",
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("funds_raised", 600000),
        ("aid_standard", 2000),
    ]


def test_donations_a_paying_verb_takes_as_its_object_were_paid_out():
    found = figures(
        "慈善救助\n\n市慈善总会安排定向捐款30万元。县红十字会接收捐款12万元。",
        province="福建",
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("aid_disbursed", 300000),
        ("funds_raised", 120000),
    ]


def test_a_gift_described_in_the_money_a_body_pays_out_does_not_make_it_raised():
    found = figures(
        "慈善救助\n\n拨付某企业定向捐赠县二中的奖学金40万元。收到社工送上门的300元红包。",
        province="云南",
    )
    got = [(f["metric"], f["value"]) for f in found]
    assert got[0] == ("aid_disbursed", 400000)
    assert ("funds_raised", 300) not in got


def test_staff_counted_with_ge_are_staff_but_groups_of_them_are_not():
    found = figures(
        "冬季走访\n\n社区8个网格员入户走访困难家庭40户。县里组建了6个慰问领导小组。",
        province="山东",
    )
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("staff_mobilized", 8, "persons"),
        ("households_reached", 40, "households"),
    ]


def test_patients_counted_as_cases_were_aided_but_an_ordinal_case_is_no_count():
    found = figures(
        "光明行动\n\n为困难老人免费实施白内障复明手术120例。她是全省第35例捐献者。",
        province="甘肃",
    )
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("people_aided", 120, "persons")
    ]


def test_people_counted_per_visit_with_a_slash_are_person_visits():
    found = figures("冬季救助\n\n全年临时救助困难群众860人/次。", province="湖南")
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("people_aided", 860, "person_visits")
    ]


def test_money_a_body_bo_out_is_paid_out():
    found = figures("慈善救助\n\n今年市慈善总会共拨善款860多万元。", province="福建")
    assert [(f["metric"], f["value"]) for f in found] == [("aid_disbursed", 8600000)]


def test_people_made_the_objects_of_a_sponsorship_are_aided():
    found = figures("助养孤儿\n\n今年共认定860名孤儿为助养对象。", province="福建")
    assert [(f["metric"], f["value"]) for f in found] == [("people_aided", 860)]


def test_patients_given_an_operation_or_treatment_are_aided():
    found = figures(
        "慈善医疗\n\n今年共为310名贫困患者实施了免费手术，为95名困难老人提供康复治疗。",
        province="福建",
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("people_aided", 310),
        ("people_aided", 95),
    ]


def test_people_staff_found_are_reached_and_people_escorted_in_are_aided():
    found = figures(
        "寒夜巡查\n\n巡查中，救助站工作人员发现3名流浪人员露宿桥下，护送进站2人。",
        province="湖北",
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("people_reached", 3),
        ("people_aided", 2),
    ]


def test_places_listed_before_ge_each_have_the_count_they_do_not_add_up():
    found = figures(
        "取暖补贴\n\n今冬全市共有4000户领到补贴，其中东河区、昆都仑区各1200户，青山区1600户。",
        province="内蒙古",
    )
    assert [f["value"] for f in found] == [4000, 1200, 1600]


def test_households_said_to_receive_something_are_households_reached():
    found = figures(
        "某社区敬老活动\n\n春节前，社区9户独居老人收到了志愿者包好的饺子。", province="河北"
    )
    assert [(f["metric"], f["value"]) for f in found] == [("households_reached", 9)]


def test_vouchers_handed_out_by_value_are_goods_valued():
    found = figures(
        "某区关爱失能老人\n\n区民政局为失能老人发放价值1.2万元的助餐服务券。", province="湖北"
    )
    assert [(f["metric"], f["value"]) for f in found] == [("in_kind_value", 12000)]


def test_an_item_after_a_rate_with_its_each_left_unsaid_is_the_same_rate():
    found = figures(
        "某县春节慰问\n\n县民政局走访困难家庭，每户送去慰问金300元，200元年货。", province="河南"
    )
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("aid_standard", 300, "yuan_per_household"),
        ("aid_standard", 200, "yuan_per_household"),
    ]


def test_goods_taken_from_a_store_and_then_handed_out_are_goods_handed_out():
    found = figures(
        "某县防寒救助\n\n县救灾物资储备库里，各乡镇民政员把1500件棉大衣领走，"
        "并及时发放给困难群众。",
        province="福建",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("items_distributed", 1500)]


def test_goods_stored_before_other_goods_are_handed_out_are_no_figure():
    found = figures(
        "某市防寒救助\n\n市级储备库储备了棉被800床、棉衣600件，并把御寒物资发放到困难群众手中。",
        province="四川",
    )
    assert found == []


def test_a_schools_own_figures_in_a_provinces_news_are_no_province_figures():
    doc = process(
        "我省高校寒假送温暖\n\n放假前，某某职业学院为全校356名家庭困难学生发放返乡路费补助7.1万元。",
        province="河南",
        publisher="河南日报",
    )
    assert [(f.value, f.level) for f in doc.figures] == [(356, None), (71000, None)]


def test_a_college_named_after_its_province_gives_no_province_figure():
    doc = process(
        "寒假返乡有补助\n\n湖南某某工程学院向82名家庭经济困难学生发放了返乡交通补助。",
        province="湖南",
        publisher="湖南日报",
    )
    assert [(f.value, f.level) for f in doc.figures] == [(82, None)]


def test_the_whole_provinces_schools_keep_the_province():
    doc = process(
        "全省资助困难学生\n\n今年寒假前，全省中小学共为3.2万名困难学生发放冬季补助。",
        province="湖南",
        publisher="湖南省教育厅",
    )
    assert [(f.value, f.level) for f in doc.figures] == [(32000, "province")]


def test_a_district_called_east_in_a_hinted_provinces_news_is_no_other_provinces_district():
    found = figures(
        "寒潮中的关爱\n\n寒潮期间，各镇区纷纷行动：东区组建工作组走访低保户、独居老人等对象1000余户。",
        province="广东",
        publisher="南方网",
    )
    assert [(f["province"], f["value"]) for f in found] == [("广东", 1000)]


def test_a_count_of_listed_goods_restated_with_fewer_of_them_named_is_one_figure():
    found = figures(
        "某县冬季送温暖\n\n入冬以来，县民政局发放棉衣等1.2万件。"
        "据统计，县民政局共向困难群众发放棉衣、棉被、大米等1.2万件。",
        province="河北",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("items_distributed", 12000)]


def test_a_total_after_a_rate_in_its_clause_is_money_paid_not_a_rate():
    found = figures(
        "某县春节救助\n\n县民政局为12名孤寡老人发放救助金每人800元、合计9600元。", province="山西"
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("people_aided", 12),
        ("aid_standard", 800),
        ("aid_disbursed", 9600),
    ]


def test_an_amount_after_a_standard_closed_in_its_clause_is_the_total_it_came_to():
    found = figures(
        "某县节前慰问\n\n县民政局走访困难家庭120户，依照每户300元的标准发放米面油等慰问物资3.6万元。",
        province="甘肃",
    )
    got = {f["value"]: (f["metric"], f["unit"]) for f in found}
    assert got[300] == ("aid_standard", "yuan_per_household")
    assert got[36_000] == ("in_kind_value", "yuan")


def test_goods_set_out_are_handed_out_when_the_next_sentence_says_they_were_given():
    text = (
        "某县爱心人士走进特教学校\n\n"
        "礼堂里堆放着300多双棉鞋、150多瓶沐浴露。这些礼物是志愿者协会为孩子们捐赠的。"
    )
    got = {f["value"]: f["metric"] for f in figures(text, province="河北")}
    assert got == {300: "items_distributed", 150: "items_distributed"}
    # shoes merely set out, with no word of giving after them, are no figure
    alone = text.replace("这些礼物是志愿者协会为孩子们捐赠的。", "孩子们在礼堂里排练节目。")
    assert 300 not in {f["value"] for f in figures(alone, province="河北")}


def test_computers_brought_to_a_village_are_goods_handed_out():
    found = figures("某县文化下乡\n\n县文联为东坡村送来12台电脑。", province="江西")
    assert [(f["metric"], f["value"]) for f in found] == [("items_distributed", 12)]


def test_kitchenware_and_care_beds_given_are_goods_handed_out():
    found = figures("某公司结对帮扶\n\n某公司向李家村村民捐赠30个电饭锅。", province="江西")
    assert [(f["metric"], f["value"]) for f in found] == [("items_distributed", 30)]
    beds = figures("县残联助残\n\n县残联为重度残疾人发放护理床8张。", province="湖北")
    assert [(f["metric"], f["value"]) for f in beds] == [("items_distributed", 8)]


def test_goods_provided_are_handed_out_but_jobs_and_found_belongings_are_not_goods():
    found = figures("某局结对帮扶\n\n某局为结对村提供锣鼓6套、音响2套。", province="山东")
    assert sorted(f["value"] for f in found if f["metric"] == "items_distributed") == [2, 6]
    jobs = "县工会送岗位\n\n县工会举办招聘会，共提供就业岗位近3000个。"
    assert figures(jobs, province="山东") == []
    found_again = "车站春运服务\n\n车站工作人员提供引导服务，帮旅客找回遗失物品200多件。"
    assert figures(found_again, province="山东") == []


def test_money_for_tickets_is_cash_not_goods():
    found = figures("某校寒假助学\n\n学生王某领到了856元返乡车票补助。", province="湖南")
    assert [(f["metric"], f["value"]) for f in found] == [("aid_disbursed", 856)]


def test_people_a_gift_is_bought_for_after_a_long_list_of_groups_are_reached():
    found = figures(
        "某县关爱困境儿童\n\n县妇联为36名散居孤儿、事实无人抚养儿童和困境儿童购置了棉衣棉鞋。",
        province="甘肃",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("people_reached", 36)]


def test_people_deducted_in_a_case_check_are_no_figure_though_a_paying_word_follows():
    found = figures(
        "某县价格补贴测算\n\n按实际发放月份测算，扣减孤儿与其他对象身份重复的30人、发放时间点已去世的4人。",
        province="福建",
    )
    assert 30 not in [f["value"] for f in found]


def test_people_counted_after_their_households_are_people_though_a_family_word_follows():
    found = figures(
        "某区取暖救助\n\n区民政局已向1260户、2730名城乡低保家庭发放取暖补贴63万元。",
        province="北京",
    )
    assert [(f["metric"], f["value"]) for f in found] == [
        ("households_reached", 1260),
        ("people_aided", 2730),
        ("aid_disbursed", 630000),
    ]


def test_households_whose_houses_a_storm_damaged_are_no_figure():
    found = figures("某旗雪灾\n\n暴雪使某村8户群众的房屋受到不同程度损坏。", province="内蒙古")
    assert found == []


def test_a_passive_bei_is_no_quilt():
    found = figures("某旗雪灾\n\n暴雪中200多只牛犊被大雪围困，牧民损失严重。", province="内蒙古")
    assert found == []


def test_quilts_and_stores_of_them_keep_their_readings():
    found = figures(
        "某县防寒\n\n县民政局为困难群众送去棉被4条。县里还购置并储备衣被600床。",
        province="云南",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("items_distributed", 4)]


def test_a_figure_whose_paragraph_and_headline_name_no_province_is_no_province_figure():
    doc = process(
        "寒夜里的温暖\n\n"
        "本报讯 入冬以来，我省多地气温跌破零度，各地救助站开展夜间巡查。\n"
        "晚上九点，救助车停在一座桥下，4名巡查人员搬下棉被，送到露宿者身边。",
        province="浙江",
        publisher="浙江日报",
    )
    assert [(f.value, f.level) for f in doc.figures] == [(4, None)]


def test_a_figure_whose_paragraph_names_the_province_stays_the_provinces():
    doc = process(
        "寒夜里的温暖\n\n"
        "本报讯 入冬以来，各地救助站开展夜间巡查。\n"
        "据省民政厅统计，入冬以来全省共救助流浪乞讨人员1.2万人次。",
        province="浙江",
        publisher="浙江日报",
    )
    assert [(f.value, f.level) for f in doc.figures] == [(12000, "province")]


def test_a_municipalitys_whole_city_names_the_province():
    doc = process(
        "春节前夕送温暖\n\n本报讯 春节前夕，各区开展走访慰问。\n全市共走访慰问困难家庭2.6万户。",
        province="天津",
        publisher="天津日报",
    )
    assert [(f.value, f.level) for f in doc.figures] == [(26000, "province")]


def test_an_allocation_to_another_named_province_is_that_provinces_figure():
    doc = process(
        "民政部向三省调拨中央救灾物资\n\n"
        "新华社北京1月6日电 民政部已向受灾省份调拨救灾物资。\n"
        "民政部从储备库紧急调运物资：向江西省调拨棉被2万床；向云南省调拨棉被8000床。",
        province="云南",
        publisher="新华网",
    )
    assert {(f.province, f.value, f.level) for f in doc.figures} == {
        ("江西", 20000, "province"),
        ("云南", 8000, "province"),
    }


def test_the_capital_named_as_shoudu_is_beijing_stating_its_own_figure():
    doc = process(
        "两节送温暖社会捐助情况通报\n\n民政部通报了两节期间的捐助情况。\n"
        "短短二十多天里，首都各界共捐助资金1200万元。",
        province="北京",
        publisher="新华网",
    )
    assert [(f.value, f.level) for f in doc.figures] == [(12000000, "province")]


def test_a_count_of_beneficiaries_written_with_wan_and_no_unit_is_persons():
    found = figures("今冬以来，全省救助资金惠及面扩大，受惠人数达480万，发放资金6亿元。")
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("people_reached", 4800000, "persons"),
        ("aid_disbursed", 600000000, "yuan"),
    ]


def test_a_bare_count_followed_by_its_lower_bound_word_still_ends_its_clause():
    found = figures("该慈善项目开展五年来，累计获益人数达到13万以上。")
    assert [(f["metric"], f["value"], f["qualifier"]) for f in found] == [
        ("people_reached", 130000, "at_least")
    ]


def test_a_count_of_provinces_is_no_count_of_goods():
    found = figures("今年冬天，3万个爱心包裹正陆续在15个省（自治区、直辖市）发到老人手中。")
    assert [(f["metric"], f["value"]) for f in found] == [("items_distributed", 30000)]


def test_a_headline_naming_province_then_county_short_names_the_county():
    # 浙江安吉 holds 江安 (a county of Sichuan) across the two names; the county is 安吉
    doc = process(
        "浙江安吉：爱心企业为困难老人送去冬衣\n\n近日，县慈善总会联合爱心企业为300户困难老人送去冬衣。",
        province="浙江",
    )
    assert [(f.value, f.place, f.level) for f in doc.figures] == [(300, "安吉县", "county")]


def test_a_headline_naming_city_then_county_short_names_the_county():
    # 邵阳新宁 holds 阳新 (a county of Hubei); 黑河五大连池 holds the city 大连
    for headline, county in (("邵阳新宁", "新宁县"), ("黑河五大连池", "五大连池市")):
        doc = process(
            f"{headline}：志愿者为困难老人送去冬衣\n\n近日，志愿者为120户困难老人送去冬衣。",
            province={"新宁县": "湖南", "五大连池市": "黑龙江"}[county],
        )
        assert [(f.value, f.place, f.level) for f in doc.figures] == [(120, county, "county")]


def test_a_county_whose_name_the_simplified_copy_respells_keeps_its_own_name():
    # t2s writes 乾 as 干 outside the phrases it knows: the copy reads 干安县
    doc = process(
        "县民政局开展冬季送温暖\n\n近日，吉林省松原市乾安县民政局为困难群众发放取暖补贴8万元。",
        province="吉林",
    )
    assert [(f.value, f.place, f.level) for f in doc.figures] == [(80000, "乾安县", "county")]


def test_a_county_headline_holding_a_citys_short_name_names_the_county():
    doc = process(
        "峨眉山：志愿者为困难老人送去冬衣\n\n近日，志愿者为90户困难老人送去冬衣。", province="四川"
    )
    assert [(f.value, f.place, f.level) for f in doc.figures] == [(90, "峨眉山市", "county")]


def test_jiang_before_the_people_handled_marks_them_not_a_plan():
    found = figures("寒潮来袭，救助站将街头流浪人员接回站内，当晚共救助流浪人员85人次。")
    assert [(f["value"], f["status"]) for f in found] == [(85, "actual")]
    found = figures("巡查中，工作人员将他们护送回家，全天共救助46人次。")
    assert [(f["value"], f["status"]) for f in found] == [(46, "actual")]


def test_goods_carried_to_a_village_are_the_villages():
    doc = process(
        "爱心冬衣送山村\n\n渭源县讯 为帮扶村过冬，某公司捐赠的800余件冬衣日前运抵高家村，"
        "分发给村里的困难群众。",
        province="甘肃",
    )
    assert [(f.value, f.place, f.level) for f in doc.figures] == [(800, "高家村", "town")]


def test_balls_cards_and_fever_medicine_counted_by_their_measure_words_are_goods():
    found = figures(
        "志愿者为山区小学送去篮球40颗、足球25颗，并把200张免费乘车卡和3000瓶布洛芬送到群众手中。"
    )
    assert sorted(f["value"] for f in found if f["metric"] == "items_distributed") == [
        25,
        40,
        200,
        3000,
    ]


def test_people_whose_fares_were_waived_were_aided():
    found = figures("春节期间，景区为返乡务工人员减免门票累计5200人次。")
    assert [(f["metric"], f["value"]) for f in found] == [("people_aided", 5200)]


def test_a_province_opening_a_schools_short_name_is_where_its_volunteers_study():
    doc = process(
        "湖南师大志愿者开展暖冬行动\n\n近日，湖南师范大学志愿服务队在贵州省开展暖冬行动。"
        "\n志愿者向从江县的留守儿童发放冬衣300件。",
        province="贵州",
    )
    assert [(f.province, f.place, f.level) for f in doc.figures] == [("贵州", "从江县", "county")]


def test_people_a_service_was_done_for_after_wei_are_reached():
    found = figures("春节前，社区卫生站为辖区120名独居老人开展免费体检。")
    assert [(f["metric"], f["value"]) for f in found] == [("people_reached", 120)]
    assert figures("为30名志愿者颁发了荣誉证书。") == []


def test_people_a_gift_was_carried_to_are_reached():
    found = figures("志愿者们把新年的祝福和棉衣带给了35名留守儿童。")
    assert [(f["metric"], f["value"]) for f in found] == [("people_reached", 35)]
    found = figures("工作人员把热腾腾的汤圆端到22名流浪人员手里。")
    assert [(f["metric"], f["value"]) for f in found] == [("people_reached", 22)]


def test_the_area_word_xiaqu_states_no_caseload():
    found = figures("春节前，卫生院为辖区86名困难群众开展免费体检。")
    assert [(f["metric"], f["value"]) for f in found] == [("people_reached", 86)]
    assert figures("该镇下辖12个村，共有低保户300户。") == []


def test_a_count_of_people_with_its_lower_bound_before_their_noun_is_a_figure():
    found = figures("春节前，各级工会走访慰问8000名以上的困难职工。")
    assert [(f["metric"], f["value"], f["qualifier"]) for f in found] == [
        ("people_reached", 8000, "at_least")
    ]
    assert figures("100万元以上的捐赠企业有6家。") == []


def test_how_many_there_are_who_received_aid_is_no_caseload():
    found = figures("今年秋季学期，全镇共有430名学生受助。")
    assert [(f["metric"], f["value"]) for f in found] == [("people_aided", 430)]
    assert figures("全村共有困难户38户。") == []


def test_amounts_listed_as_examples_before_an_ellipsis_are_no_figures():
    found = figures("捐款箱前排起长队，10元、100元、200元……职工们共捐款3.6万元。")
    assert [(f["metric"], f["value"]) for f in found] == [("funds_raised", 36000)]


def test_a_count_of_people_before_a_reach_word_naming_them_stays_people():
    found = figures("全市已把15万低收入人口纳入常态化监测。")
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("people_reached", 150000, "persons")
    ]
    found = figures("某基金会300万救助困难职工。")
    assert [(f["unit"], f["value"]) for f in found] == [("yuan", 3000000)]


def test_an_amount_added_to_a_rate_after_waijia_or_yiji_is_a_rate_too():
    found = figures(
        "城镇特困人员每人600元，外加50元的节日补助；伤残军人每人发放慰问金900元，以及取暖费200元。"
    )
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("aid_standard", 600, "yuan_per_person"),
        ("aid_standard", 50, "yuan_per_person"),
        ("aid_standard", 900, "yuan_per_person"),
        ("aid_standard", 200, "yuan_per_person"),
    ]
    found = figures("全县发放救助金80万元，以及慰问品价值12万元。")
    assert [f["metric"] for f in found] == ["aid_disbursed", "in_kind_value"]


def test_goods_sent_off_to_villages_are_handed_out():
    found = figures("首批2000份防疫药箱在仪式后装车，发往对口帮扶的山村学校。")
    assert [(f["metric"], f["value"]) for f in found] == [("items_distributed", 2000)]


def test_a_service_bodys_name_serves_no_one_in_a_list_of_payments():
    found = figures(
        "关于拨付春节临时补贴资金的通知\n\n"
        "全县共应拨付临时补贴360000元，其中：\n"
        "各乡镇600人、300000元；\n"
        "某某养老服务有限公司40人、20000元；\n"
        "某某社区服务中心80人、40000元。",
        province="福建",
    )
    paid = {(f["metric"], f["value"]) for f in found}
    assert {("people_aided", 40), ("aid_disbursed", 20000)} <= paid
    assert {("people_aided", 80), ("aid_disbursed", 40000)} <= paid
    assert ("people_reached", 40) not in paid and ("funds_raised", 20000) not in paid


def test_people_who_came_somewhere_and_then_received_aid_are_people_reached():
    (count, rate) = figures(
        "敬老活动\n\n1月10日上午，甲村200多名老人来到村文化礼堂，从志愿者手中领到了每人500元的过年红包。",
        province="浙江",
    )
    assert (count["metric"], count["value"], count["qualifier"]) == (
        "people_reached",
        200,
        "at_least",
    )
    assert rate["metric"] == "aid_standard"
    # a report that nothing was received says nothing of the people before it
    assert (
        figures(
            "地震情况\n\n甲乡1名儿童在避难时被玻璃划伤外，暂未收到其他人员伤亡的报告。",
            province="青海",
        )
        == []
    )


def test_a_count_written_right_before_a_household_word_counts_those_households():
    (fig,) = figures("送温暖\n\n入冬以来，街道已分三批为300多低保户送去了米面油。", province="吉林")
    assert (fig["metric"], fig["value"], fig["unit"], fig["qualifier"]) == (
        "households_reached",
        300,
        "households",
        "at_least",
    )
    (fig,) = figures("送温暖\n\n全镇120困难户领到了春节慰问金。", province="吉林")
    assert (fig["value"], fig["unit"]) == (120, "households")


def test_a_subsidys_amounts_listed_for_its_recipients_are_standards_and_a_threshold_no_figure():
    found = figures(
        "返乡补贴\n\n市总工会将为5000名外来务工人员发放返乡车票补贴，补贴金额分别为80元、150元和260元。"
        "申领的车票票价须大于等于40元。",
        province="广东",
    )
    assert {(f["metric"], f["value"], f["unit"]) for f in found} == {
        ("people_aided", 5000, "persons"),
        ("aid_standard", 80, "yuan_per_person"),
        ("aid_standard", 150, "yuan_per_person"),
        ("aid_standard", 260, "yuan_per_person"),
    }


def test_people_served_a_winter_porridge_are_people_reached():
    (fig,) = figures(
        "腊八送温暖\n\n腊八节当天，社区服务站里热气腾腾，近80名独居老人端着刚盛好的腊八粥。",
        province="江苏",
    )
    assert (fig["metric"], fig["value"], fig["qualifier"]) == ("people_reached", 80, "approx")


def test_packages_counted_before_their_value_are_goods_worth_that_together():
    found = figures("暖冬行动\n\n志愿者为山区孩子带来了35个价值7000多元的温暖包。", province="陕西")
    assert {(f["metric"], f["value"]) for f in found} == {
        ("items_distributed", 35),
        ("in_kind_value", 7000),
    }
    # one package's value stays what each child got
    (rate,) = figures("暖冬行动\n\n志愿者为每个孩子带来了一个价值200元的温暖包。", province="陕西")
    assert (rate["metric"], rate["unit"]) == ("aid_standard", "yuan_per_person")


def test_a_cards_value_is_what_each_gets_and_a_tables_is_no_rate():
    found = figures(
        "留校过年\n\n春节期间，学院将向留校学生发放价值80元的电话卡。"
        "年夜饭按每桌1200元的标准准备。",
        province="上海",
    )
    assert [(f["metric"], f["value"], f["unit"]) for f in found] == [
        ("aid_standard", 80, "yuan_per_person")
    ]


def test_students_of_families_in_hardship_are_people_not_households():
    (count, rate) = figures(
        "寒假补助\n\n学校为210名家庭经济困难研究生每人发放1000元寒假补助。", province="北京"
    )
    assert (count["metric"], count["value"], count["unit"]) == ("people_aided", 210, "persons")
    assert (rate["value"], rate["unit"]) == (1000, "yuan_per_person")


def test_a_rate_its_subject_clause_names_holds_for_the_amount_after_it():
    (rate,) = figures(
        "寒假关爱\n\n留校过年的每一位困难学生，还领到了600元春节补助。", province="北京"
    )
    assert (rate["metric"], rate["value"], rate["unit"]) == ("aid_standard", 600, "yuan_per_person")
    (rate,) = figures("走访慰问\n\n工作组给每一户困难群众送去800元慰问金。", province="北京")
    assert (rate["metric"], rate["unit"]) == ("aid_standard", "yuan_per_household")


def test_a_list_of_groups_each_with_its_aid_total_counts_the_people_and_the_aid_paid():
    found = figures(
        "救助金发放\n\n今年共向职工及家属90人发放救助金，合计21万元。其中：\n"
        "重病职工20人，救助总额12万元；\n困难职工50人，救助总额6万元；\n职工家属20人，救助总额3万元。",
        province="河北",
    )
    got = {(f["metric"], f["value"]) for f in found}
    assert {("people_aided", 20), ("people_aided", 50), ("aid_disbursed", 120000)} <= got
    assert not any(f["metric"] == "funds_raised" for f in found)


def test_people_stranded_by_a_blizzard_are_no_figure():
    assert (
        figures("雪灾\n\n大雪致当地50余户260余名牧民群众和2000余头牲畜受困。", province="西藏")
        == []
    )


def test_goods_named_for_the_people_they_serve_are_goods_not_people():
    (fig,) = figures("关爱留守儿童\n\n供电公司为童伴之家送去8000个儿童口罩。", province="四川")
    assert (fig["metric"], fig["value"], fig["unit"]) == ("items_distributed", 8000, "items")


def test_volunteers_whose_clause_has_its_own_verb_are_staff_after_a_clause_of_service():
    found = figures(
        "情暖驿站\n\n驿站累计为返乡人员提供了免费加油、休息等服务，投入服务的志愿者超过2.1万名。",
        province="广东",
    )
    assert [(f["metric"], f["value"]) for f in found] == [("staff_mobilized", 21000)]


def test_a_photo_caption_under_the_headline_neither_heads_nor_places_a_national_story():
    doc = process(
        "中华慈善总会“情暖万家”项目\n\n"
        "（图）会长到甘肃困难群众家中送温暖\n（图）副会长到重庆困难家庭走访慰问\n\n"
        "“情暖万家”是中华慈善总会牵头、动员全国各地慈善会实施的助困项目。"
        "项目启动以来，中华慈善总会和各地慈善会共筹集款物2亿多元，救助困难群众150万户次。",
        province="北京",
    )
    (article,) = doc.articles
    assert "（图）" not in article.title
    assert (article.province, article.place) == ("北京", "全国")
    assert {(f.province, f.place, f.level) for f in doc.figures} == {("北京", "全国", None)}


def test_a_count_of_places_whose_people_received_aid_counts_no_people():
    assert figures("救灾\n\n善款让4个省份50多个县的受灾群众及时获得了救助。", province="湖南") == []


def test_a_daily_average_is_no_figure_of_the_campaign():
    text = "春运志愿服务站温暖旅客\n\n服务站春运以来共服务旅客3000余人次，日均服务200人次。\n"
    assert [f["value"] for f in figures(text, province="甘肃")] == [3000]


def test_cash_handed_out_stays_aid_when_a_giver_is_named_in_a_modifier_before_it():
    text = "社工站上门慰问\n\n社工为独居老人送上区慈善会捐赠的米面和300元的慰问金。\n"
    (fig,) = figures(text, province="海南")
    assert (fig["metric"], fig["value"]) == ("aid_disbursed", 300)


def test_people_recruited_for_the_campaign_are_its_staff():
    text = "春运暖冬行动启动\n\n团市委为此次行动招募120人，分赴火车站和汽车站服务旅客。\n"
    (fig,) = figures(text, province="甘肃")
    assert (fig["metric"], fig["value"]) == ("staff_mobilized", 120)


@pytest.mark.parametrize(
    "ride",
    ["乘坐爱心大巴返乡", "搭乘免费专列回家", "登上爱心专列", "坐上了返乡包车", "踏上回乡的路"],
)
def test_people_who_take_a_free_ride_home_were_reached(ride):
    text = f"暖心返乡\n\n腊月二十五，350余名在外务工的老乡{ride}。\n"
    (fig,) = figures(text, province="贵州")
    assert (fig["metric"], fig["value"], fig["qualifier"]) == ("people_reached", 350, "at_least")


@pytest.mark.parametrize(
    "ride",
    ["免费送约450名外来工返乡", "包车接450名务工人员返岗", "用大巴送450名建设者回家过年"],
)
def test_people_a_campaign_carries_home_are_its_riders_whatever_it_put_in(ride):
    text = f"工会暖心返乡\n\n今年工会开通6条线路、投入9台大巴，{ride}。\n"
    (fig,) = figures(text, province="浙江")
    assert (fig["metric"], fig["value"]) == ("people_reached", 450)


def test_people_escorted_home_keep_the_escorting_verbs_reading():
    text = "救助站寒冬送温暖\n\n入冬以来，救助站共护送30余名受助人员返乡。\n"
    (fig,) = figures(text, province="浙江")
    assert (fig["metric"], fig["value"]) == ("people_aided", 30)


def test_a_single_chinese_digit_counts_only_inside_a_list_of_counts():
    listed = "年前送温暖\n\n志愿者走访慰问了东街社区五户、西街社区一户和南街社区两户。\n"
    alone = "年前送温暖\n\n志愿者来到东街社区一户人家，送上米面油。\n"
    assert sorted(f["value"] for f in figures(listed, province="山东")) == [1, 2, 5]
    assert figures(alone, province="山东") == []


@pytest.mark.parametrize(
    "sentence",
    ["消防大队为独居老人免费安装了260个烟雾报警器。", "应急局向受灾乡镇援助救灾板房260套。"],
)
def test_safety_devices_installed_and_goods_sent_in_aid_are_handed_out(sentence):
    (fig,) = figures(f"冬季送温暖\n\n{sentence}\n", province="湖北")
    assert (fig["metric"], fig["value"]) == ("items_distributed", 260)


def test_a_contests_winners_are_no_outcome():
    text = (
        "慈善工作回顾\n\n全年慰问困难群众300户；在市慈善总会举办的征文活动中获一等奖两名、"
        "二等奖五名。\n"
    )
    assert [f["value"] for f in figures(text, province="陕西")] == [300]


@pytest.mark.parametrize("each", ["每个孩子", "每个环卫工", "每个患者"])
def test_an_amount_for_each_person_described_is_what_each_gets(each):
    text = f"爱心企业送温暖\n\n近日，爱心企业为{each}送上800元慰问金。\n"
    (fig,) = figures(text, province="江西")
    assert (fig["metric"], fig["value"], fig["unit"]) == ("aid_standard", 800, "yuan_per_person")


def test_a_one_off_grant_to_a_class_of_families_is_what_each_gets_up_to_ten_thousand():
    text = "大病家庭获救助\n\n县慈善会为尿毒症患者家庭一次性发放救助金8000元。\n"
    (fig,) = figures(text, province="江苏")
    assert (fig["metric"], fig["unit"]) == ("aid_standard", "yuan_per_household")
    larger = "大病家庭获救助\n\n县慈善会为尿毒症患者家庭一次性发放救助金1.5万元。\n"
    (fig,) = figures(larger, province="江苏")
    assert fig["metric"] == "aid_disbursed"


def test_the_value_of_each_households_share_said_after_its_goods_is_a_standard():
    share = "村里过年发年货\n\n今年的年货按每户6样准备，有面粉、菜籽油和腊肉等，价值约350元。\n"
    (fig,) = figures(share, province="四川")
    assert (fig["metric"], fig["unit"], fig["value"]) == ("aid_standard", "yuan_per_household", 350)
    whole = "村里过年发年货\n\n今年的年货按每户6样准备，有面粉、菜籽油和腊肉等，总价值3500元。\n"
    (fig,) = figures(whole, province="四川")
    assert fig["metric"] != "aid_standard"


def test_a_count_after_this_occasion_and_its_deed_restates_the_occasions_figure():
    text = (
        "志愿者送温暖\n\n1月9日，樟树市某公益协会与临江镇团委组织志愿活动。志愿者先在临江镇"
        "中心小学集合，随后开车前往各村，慰问全镇12户独居老人家庭。\n\n"
        "据了解，此次慰问的12户家庭都是协会结对多年的困难家庭。\n"
    )
    assert [f["value"] for f in figures(text, province="江西")] == [12]


def test_the_coaches_people_board_are_no_goods_handed_out():
    text = "返乡大巴发车\n\n清晨，80名农民工在工业园门口登上3辆免费大巴。\n"
    assert [(f["metric"], f["value"]) for f in figures(text, province="江西")] == [
        ("people_reached", 80)
    ]


def test_care_workers_who_serve_the_elderly_are_staff():
    text = "居家养老服务\n\n街道安排12名护理员和4名护工，为辖区300余名独居老人上门服务。\n"
    assert sorted((f["metric"], f["value"]) for f in figures(text, province="江苏")) == [
        ("people_reached", 300),
        ("staff_mobilized", 4),
        ("staff_mobilized", 12),
    ]


def test_a_range_of_small_sums_is_what_each_recipient_gets():
    text = "临时救助\n\n镇民政办为困难群众发放800-1200元临时救助金。\n"
    (fig,) = figures(text, province="山东")
    assert (fig["metric"], fig["value"], fig["qualifier"]) == ("aid_standard", 800, "at_least")
    assert fig["unit"] == "yuan_per_person"


def test_a_range_of_totals_stays_a_sum_paid():
    text = "冬春救助\n\n预计全县发放救助金80万元至100万元。\n"
    assert "aid_standard" not in {f["metric"] for f in figures(text, province="山东")}


@pytest.mark.parametrize("phrase", ["六个生活困难的农户", "6个困难农户", "六个低保农户"])
def test_a_count_of_ge_before_a_described_household_word_counts_households(phrase):
    text = f"入户慰问\n\n镇干部走访了王某、赵某等{phrase}，送去米面油。\n"
    (fig,) = figures(text, province="河北")
    assert (fig["metric"], fig["value"]) == ("households_reached", 6)


def test_the_villages_whose_households_were_visited_are_no_households():
    text = "入户慰问\n\n镇干部分头走进六个行政村的困难户家中。\n"
    assert figures(text, province="河北") == []


def test_a_small_count_in_chinese_before_a_long_description_counts_the_people():
    text = "助学慰问\n\n志愿者看望了三位成绩优异但家庭经济困难的学生。\n"
    (fig,) = figures(text, province="河北")
    assert (fig["metric"], fig["value"]) == ("people_reached", 3)


def test_people_counted_as_the_size_of_a_team_are_its_staff():
    text = "驻村帮扶\n\n县里派驻一支12人的工作组进村，为困难户检修线路。\n"
    (fig,) = figures(text, province="湖北")
    assert (fig["metric"], fig["value"]) == ("staff_mobilized", 12)


def test_what_a_family_spent_on_treatment_is_no_money_given():
    text = "大病救助\n\n为给母亲治病，他家已花掉了30余万元，妇联为其送去救助金2000元。\n"
    assert [(f["metric"], f["value"]) for f in figures(text, province="福建")] == [
        ("aid_disbursed", 2000)
    ]


def test_calligraphy_squares_and_couplets_of_one_size_are_two_handouts():
    text = "写春联送祝福\n\n书法志愿者共写成春联800余对、斗方800余幅，送到村民手中。\n"
    assert [(f["metric"], f["value"]) for f in figures(text, province="云南")] == [
        ("items_distributed", 800),
        ("items_distributed", 800),
    ]


def test_a_count_of_homes_and_schools_given_to_is_no_goods():
    text = "爱心物资发放\n\n工作人员把棉被分发给3个敬老院。\n"
    assert figures(text, province="安徽") == []
