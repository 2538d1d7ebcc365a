"""Structure before cue words: frames, places and levels, confidence (wording of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import figures, process


def _by_value(records: list[dict]) -> dict[float, dict]:
    return {r["value"]: r for r in records}


def test_slots_of_a_listed_breakdown_take_the_metric_of_the_head():
    text = (
        "城关区民政局1月工作情况\n\n"
        "1月份，全区发放临时救助金4.2万元，救助12户30人。分乡镇情况：东岭镇5户11人，16000元；"
        "西河乡7户19人，26000元。"
    )
    got = _by_value(figures(text, province="甘肃"))
    assert got[16000]["metric"] == "aid_disbursed"
    assert got[26000]["metric"] == "aid_disbursed"
    assert got[11]["metric"] == "people_aided" and got[5]["metric"] == "households_reached"
    assert got[16000]["place"] == "东岭镇" and got[16000]["level"] == "town"


def test_a_programme_heading_decides_slots_when_the_head_states_no_figure():
    text = (
        "某县社会救助公示\n\n二、特困供养\n"
        "本月情况如下：南塘镇3户4人，2400元；北坡乡2户2人，1200元。"
    )
    got = _by_value(figures(text, province="湖南"))
    assert got[2400]["metric"] == "aid_disbursed"
    assert got[4]["metric"] == "people_aided"


def test_whole_district_in_a_district_report_is_the_district_not_the_province():
    text = "城关区开展冬季救助\n\n截至1月底，全区累计慰问困难家庭860户。"
    (fig,) = figures(text, province="甘肃")
    assert fig["place"] == "城关区" and fig["level"] == "county"


def test_whole_province_figures_are_province_level():
    text = "甘肃开展冬季救助\n\n截至1月底，全省累计慰问困难家庭8.6万户。"
    (fig,) = figures(text, province="甘肃")
    assert fig["place"] == "甘肃省" and fig["level"] == "province"


def test_a_city_named_in_passing_does_not_raise_a_district_figure():
    text = "兰州市城关区开展送温暖\n\n来自兰州市的企业家多年来累计捐款300余万元。"
    (fig,) = figures(text, province="甘肃")
    assert fig["place"] == "城关区"


def test_several_districts_listed_together_stand_for_the_article_place():
    text = "兰州市送温暖活动启动\n\n活动组织城关区、七里河区和西固区的志愿者，走访困难家庭420户。"
    got = _by_value(figures(text, province="甘肃"))
    assert got[420]["place"] == "兰州市"


def test_a_bare_city_organisation_refers_back_to_the_city_named_before():
    text = (
        "甘肃省总工会在兰州市开展慰问\n\n兰州市总工会争取专项资金80万元。市总工会另投入15万元，"
        "慰问环卫工人。"
    )
    got = _by_value(figures(text, province="甘肃"))
    assert got[150000]["place"] == "兰州市"


def test_two_places_with_the_same_count_are_two_figures():
    text = "兰州市慰问活动\n\n城关区走访困难家庭100户。西固区走访困难家庭100户。"
    assert len([f for f in figures(text, province="甘肃") if f["value"] == 100]) == 2


def test_a_part_with_its_own_verb_keeps_its_metric():
    text = "筹集善款92万元，其中已发放慰问金60万元。"
    got = _by_value(figures(text))
    assert got[920000]["metric"] == "funds_raised"
    assert got[600000]["metric"] == "aid_disbursed"


def test_goods_counted_with_a_generic_measure_word_are_items():
    got = _by_value(figures("活动向困难家庭送出福字3000幅、取暖器200台。"))
    assert got[3000]["metric"] == "items_distributed"
    assert got[200]["metric"] == "items_distributed"


def test_goods_no_cue_word_names_are_items_when_a_handing_out_verb_governs_their_list():
    got = _by_value(figures("志愿者为独居老人送去了助行器30根、电饭煲12台、保温杯40个。"))
    assert {got[v]["metric"] for v in (30, 12, 40)} == {"items_distributed"}


def test_goods_a_clause_hands_out_are_valued_as_given_whatever_an_earlier_clause_raised():
    text = (
        "暖冬行动\n\n行动开展以来，共动员12家爱心企业参与，入户探访独居老人860户，"
        "赠送过冬物品价值8万余元。\n"
    )
    got = _by_value(figures(text, province="陕西"))
    assert got[80000]["metric"] == "in_kind_value"


def test_packages_sent_out_are_goods_handed_out():
    (fig,) = figures("街道首批送出300份“新春关怀包”。")
    assert (fig["value"], fig["metric"]) == (300, "items_distributed")


def test_households_each_sent_a_gift_were_reached():
    (fig,) = figures("工作队给全组36户村民每户送一袋大米。")
    assert (fig["value"], fig["metric"]) == (36, "households_reached")


def test_oil_counted_in_pots_is_goods():
    (fig,) = figures("共发放食用油45壶。")
    assert (fig["value"], fig["metric"]) == (45, "items_distributed")


def test_goods_counted_in_tins_and_tables_are_goods():
    got = _by_value(figures("为困难家庭发放食用油120罐、年夜饭30桌。"))
    assert got[120]["metric"] == got[30]["metric"] == "items_distributed"


def test_goods_counted_again_in_a_smaller_unit_in_brackets_are_one_figure():
    found = figures("向困难家庭发放奶粉300箱（1800罐）。")
    assert [f["value"] for f in found] == [300]


def test_aids_for_the_elderly_counted_with_a_generic_measure_word_are_goods():
    (fig,) = figures("春节前，爱心企业为敬老院添置助听器30个。")
    assert fig["metric"] == "items_distributed"


def test_what_one_package_holds_counted_one_by_one_is_no_figure():
    found = figures("每户领到的礼包内有：大米1袋、食用油1桶、春联1副。")
    assert [f for f in found if f["metric"] == "items_distributed"] == []


def test_the_value_of_each_package_a_sentence_opens_with_is_a_rate():
    (fig,) = figures("每个礼包装有棉被、围巾、手套等8样年货，价值600多元。")
    assert fig["metric"] == "aid_standard"


def test_an_amount_right_before_a_red_packet_is_one_packets_value():
    (fig,) = figures("志愿者为老人们送上年夜饭，并分发200元红包。")
    assert fig["metric"] == "aid_standard"


def test_a_package_named_in_quotation_marks_after_its_value_is_one_packages_value():
    got = _by_value(figures("今年将有900余户困难家庭，领到价值300元的“爱心年货”。"))
    assert got[300]["metric"] == "aid_standard"
    assert got[900]["metric"] == "households_reached"


def test_tables_of_new_year_dinner_are_goods_not_years():
    (fig,) = figures("主办方为环卫工人备下了60桌年夜饭。")
    assert (fig["value"], fig["metric"]) == (60, "items_distributed")


def test_households_counted_with_visits_in_brackets_are_household_visits():
    (fig,) = figures("全年使3120户（人次）困难群众得到救助。")
    assert (fig["value"], fig["unit"]) == (3120, "household_visits")


def test_goods_a_company_donates_to_a_charity_are_raised_and_their_value_is_money_raised():
    (fig,) = figures("爱心企业向区慈善总会捐赠羽绒服800件，价值24万元。")
    assert (fig["value"], fig["metric"]) == (240_000, "funds_raised")


def test_amounts_listed_by_class_are_what_each_member_receives():
    for sentence in (
        "村里按年龄发放红包：七旬老人300元、八旬老人500元、百岁老人2000元。",
        "老人们一脸幸福；七旬老人300元，八旬老人500元，百岁老人2000元，红包暖人心。",
    ):
        assert {(f["value"], f["unit"]) for f in figures(sentence)} == {
            (300, "yuan_per_person"),
            (500, "yuan_per_person"),
            (2000, "yuan_per_person"),
        }


def test_each_package_valued_with_wei_is_one_packages_value():
    (fig,) = figures("每个“暖心包”价值为280元，包里有棉衣、围巾等10件物品。")
    assert fig["metric"] == "aid_standard"


def test_each_of_the_things_handed_out_valued_mid_clause_is_one_packages_value():
    (fig,) = figures("这次发放的“暖冬包”每个价值260元，里面有棉鞋和毛毯。")
    assert (fig["metric"], fig["unit"]) == ("aid_standard", "yuan_per_person")


def test_a_red_packet_to_counted_people_is_a_sum_and_its_stated_value_is_aid():
    found = figures("商会给这3位老人送上了3000元红包，红包价值总计近1万元。")
    assert {(f["value"], f["metric"]) for f in found} >= {
        (3000, "aid_disbursed"),
        (10000, "aid_disbursed"),
    }


def test_units_counted_after_a_giving_word_are_no_goods():
    assert figures("本次活动共有捐赠单位12个。") == []


def test_a_count_of_places_with_a_generic_measure_word_is_not_a_figure():
    assert figures("活动覆盖12个乡镇，发放物资。") == []


def test_an_eligibility_threshold_is_not_a_figure():
    assert figures("医疗支出在5万元以上的家庭可申请救助。") == []


def test_a_familys_income_below_a_line_is_no_figure():
    assert figures("帮扶对象为家庭人均月收入低于900元的困难职工。") == []


def test_a_net_or_yearly_income_below_a_line_is_no_figure():
    assert figures("对家庭人平纯收入不足2500元、年收入低于8000元的农户予以重点帮扶。") == []


def test_renping_and_huping_amounts_are_rates():
    got = _by_value(figures("各县按人平不低于150元的标准发放慰问金，对低保户户平发放400元。"))
    assert (got[150]["metric"], got[150]["unit"]) == ("aid_standard", "yuan_per_person")
    assert got[150]["qualifier"] == "at_least"
    assert (got[400]["metric"], got[400]["unit"]) == ("aid_standard", "yuan_per_household")


def test_an_amount_or_more_describing_a_class_of_givers_is_a_threshold():
    assert figures("动员会上共有40家单位认捐，其中50万元以上的单位有3家。") == []


def test_an_amount_or_more_of_the_money_itself_stays_a_figure():
    (fig,) = figures("春节前共发放2000元以上的慰问金。")
    assert (fig["value"], fig["metric"]) == (2000, "aid_disbursed")


def test_people_counted_at_an_event_who_each_receive_a_gift_were_reached():
    got = _by_value(figures("春节前，村里90多名老人参加了敬老宴，每人还领到了200元压岁钱。"))
    assert got[90]["metric"] == "people_reached"


def test_red_packets_handed_to_people_are_consolation():
    (fig,) = figures("社区为80名独居老人发放了新春红包。")
    assert fig["metric"] == "people_reached"


def test_patrols_count_the_patrolling_and_people_found_were_reached():
    text = "救助站开展街面巡查1200人次，工作人员在巡查中共发现流浪人员35名。"
    got = _by_value(figures(text))
    assert got[1200]["metric"] == "staff_mobilized"
    assert got[35]["metric"] == "people_reached"


def test_a_class_receiving_a_named_allowance_each_is_a_rate():
    (fig,) = figures("全市低保对象将领到春节一次性生活补贴600元。")
    assert (fig["metric"], fig["unit"]) == ("aid_standard", "yuan_per_person")


def test_the_allowance_a_class_receives_stated_as_so_much_is_a_rate():
    (fig,) = figures("农村特困人员领到的年终一次性生活补贴为400元。")
    assert (fig["metric"], fig["unit"]) == ("aid_standard", "yuan_per_person")


def test_money_a_named_beneficiary_received_was_given_out():
    (fig,) = figures("78岁的李大爷得到5000元临时救助后，及时住院治疗。")
    assert fig["metric"] == "aid_disbursed"


def test_money_a_body_received_was_raised():
    (fig,) = figures("区红十字会获得爱心企业捐款6万元。")
    assert fig["metric"] == "funds_raised"


def test_two_reliefs_needed_before_the_people_counted_are_a_need():
    assert figures("全县受灾人口8万人，其中需口粮救助和衣被救助的有2万人。") == []


def test_money_for_a_relief_named_with_whom_it_is_for_is_aid():
    (fig,) = figures("县残联用于慰问困难残疾人家庭的资金将达到15万元。")
    assert fig["metric"] == "aid_disbursed"


def test_goods_the_people_counted_received_are_valued_as_goods():
    got = _by_value(figures("80名留守儿童收到了2万余元的棉衣、棉鞋和手套。"))
    assert got[20000]["metric"] == "in_kind_value"


def test_a_rate_per_day_is_no_figure_the_contract_holds():
    found = figures("受灾群众按照每人每天15元的标准获得临时生活救助。")
    assert all(f["value"] != 15 for f in found)


def test_people_a_relief_campaign_visited_were_reached():
    (fig,) = figures("春节前，临时救助行动共探望困难老人120人。")
    assert fig["metric"] == "people_reached"


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("街道为困难家庭派发“暖冬包”300份。", "items_distributed"),
        ("村委会接济困难群众80人。", "people_aided"),
    ],
)
def test_field_verbs_of_handing_out_and_aiding_name_their_metric(sentence, metric):
    (fig,) = figures(sentence)
    assert fig["metric"] == metric


def test_a_festival_drawing_near_plans_nothing():
    (fig,) = figures("春节即将来临，志愿者协会为80户困难家庭送去了年货。")
    assert fig["status"] == "actual"


def test_people_named_as_in_need_with_no_verb_were_those_an_event_reached():
    (fig,) = figures("年夜饭当天，120名困难老人把饭厅坐得满满当当。")
    assert fig["metric"] == "people_reached"
    assert figures("当天，120名游客把饭厅坐得满满当当。") == []


def test_volunteers_who_took_part_counted_with_a_qualifier_are_staff():
    (fig,) = figures("多年来参与冬衣分拣的志愿者累计近千人次。")
    assert fig["metric"] == "staff_mobilized"


def test_what_each_table_holds_is_no_total():
    found = figures("饭店为年夜饭准备了30桌菜，每桌6道热菜、2份汤羹。")
    assert all(f["value"] not in (6, 2) for f in found)


def test_diners_of_a_charity_meal_were_reached_even_as_they_attend():
    got = _by_value(figures("去年协会举办环卫工人年夜饭，有300名环卫工人参加。"))
    assert got[300]["metric"] == "people_reached"
    assert figures("启动仪式上，有300名群众参加。") == []


def test_a_body_that_funds_the_campaign_raised_that_money():
    (fig,) = figures("本次活动中，县关工委出资3.2万元。")
    assert fig["metric"] == "funds_raised"
    (spent,) = figures("全年共支出资金360万元。")
    assert spent["metric"] == "aid_disbursed"


def test_money_paid_out_in_activities_is_aid():
    (fig,) = figures("该公益组织在各项活动中累计付出善款约80万元。")
    assert fig["metric"] == "aid_disbursed"


def test_members_who_give_their_love_are_donors():
    assert figures("商会的会员积极响应，28位会员踊跃献出爱心。") == []


def test_children_of_families_counted_in_persons_are_people():
    got = _by_value(figures("慰问了30名留守儿童和12名困难职工家庭儿童。"))
    assert got[12]["unit"] == "persons"


def test_workers_a_visit_went_to_are_no_staff():
    got = _by_value(figures("活动中还慰问了5位老侨眷、6位老侨务工作者。"))
    assert got[6]["metric"] == "people_reached"


def test_goods_named_right_after_their_value_are_valued_goods():
    (fig,) = figures("红十字会为困难家庭送去80万元过冬物资。")
    assert fig["metric"] == "in_kind_value"


def test_people_found_off_a_patrol_were_not_reached():
    assert figures("慰问团已在全省发现了80多名健在的老战士。") == []


def test_receiving_people_are_never_staff():
    got = _by_value(figures("该会发动爱心企业参与，受益群众达5200人。"))
    assert got[5200]["metric"] != "staff_mobilized"


def test_the_verb_after_the_amount_decides_money():
    (fig,) = figures("项目资金30万元由市慈善总会提供。")
    assert fig["metric"] == "aid_disbursed"


def test_figures_carry_a_confidence_and_unsure_ones_are_low():
    from etl.extraction.confidence import threshold

    sure, unsure = (
        figures("为困难群众发放慰问金2万元。")[0],
        figures("该项目600万元授牌仪式举行。")[0],
    )
    assert 0.0 <= unsure["confidence"] < threshold() <= sure["confidence"] <= 1.0


def test_an_amount_beyond_any_relief_campaign_goes_to_review():
    from etl.extraction.confidence import needs_review

    doc = process("省里争取资金\n\n春节前全省支付冬春救助资金5398亿元。", province="江西")
    (fig,) = doc.figures
    assert needs_review(fig.confidence) == "needs_review"
    (plausible,) = process("省里争取资金\n\n春节前全省支付冬春救助资金5.398亿元。").figures
    assert needs_review(plausible.confidence) is None


def test_money_named_a_loan_or_savings_after_it_is_no_outcome():
    text = "工会帮扶\n\n2000多名下岗职工拿到了总额8000万元的小额贷款，储蓄金额达600余万元。"
    assert [f for f in figures(text, province="黑龙江") if f["unit"] == "yuan"] == []


def test_people_who_got_a_loan_are_no_figure():
    text = (
        "工会帮扶\n\n机关党员参与为下岗职工小额贷款提供担保的储蓄活动，贷款门槛随之降低，"
        "3000多名“4050”人员拿到了总额6000万元的小额贷款。"
    )
    assert figures(text, province="黑龙江") == []


def test_amounts_each_class_gets_under_a_standard_are_rates():
    text = (
        "发放取暖救助金\n\n按五保家庭发放400元、其他低保家庭发放200元取暖救助金的标准，"
        "全县共为3200户低保家庭发放救助金。"
    )
    got = _by_value(figures(text, province="青海"))
    assert got[400]["unit"] == got[200]["unit"] == "yuan_per_household"


def test_a_calendar_year_total_is_not_a_season_figure():
    doc = process("2023年，全省累计支出救助资金12亿元。", province="甘肃")
    (fig,) = doc.figures
    assert fig.cumulative and fig.period_start.isoformat() == "2023-01-01"


def test_a_planning_word_after_the_count_makes_it_planned():
    (fig,) = figures("全县3600名困难老人将在元宵节前收到慰问金。")
    assert fig["status"] == "planned"


def test_what_money_raised_can_do_is_planned():
    text = "基金会已筹得爱心款60万元，可为3000名独居老人送去冬衣。"
    got = _by_value(figures(text))
    assert got[600000]["status"] == "actual"
    assert got[3000]["status"] == "planned"


def test_money_whose_use_the_next_clause_plans_is_planned():
    text = "县工会关爱行动启动\n\n行动共筹措资金90万元，计划为全县1500名环卫工人每人发放600元补贴。"
    got = _by_value(figures(text, province="海南"))
    assert got[900_000]["status"] == "planned" and got[1500]["status"] == "planned"


def test_list_items_without_a_subject_share_the_plan_of_the_item_before():
    text = (
        "县慈善会新春行动\n\n"
        "此外，活动还将为200名孤寡老人送去棉衣；出资12万元，为敬老院添置热水器；"
        "为留守儿童送去书包300个。二是县民政局已为60户困难家庭发放临时救助金。"
    )
    got = _by_value(figures(text, province="海南"))
    assert [got[v]["status"] for v in (200, 120_000, 300)] == ["planned"] * 3
    assert got[60]["status"] == "actual"


def test_the_value_of_one_thing_given_is_a_rate():
    text = "区总工会送温暖\n\n向每户困难职工家庭送粮油，配送一份价值260元的粮油套餐。"
    (fig,) = figures(text, province="北京")
    assert (fig["metric"], fig["unit"]) == ("aid_standard", "yuan_per_household")


def test_amounts_that_vary_with_the_recipient_are_rates_not_sums():
    text = "区总工会大病帮扶\n\n全区共帮扶大病职工320人，补助金额从2000元到2万元不等。"
    got = _by_value(figures(text, province="北京"))
    assert got[2000]["metric"] == got[20000]["metric"] == "aid_standard"
    assert got[2000]["unit"] == "yuan_per_person"


def test_goods_valued_in_a_list_under_an_aid_headline_stay_goods():
    text = (
        "县红十字会救助受灾群众\n\n"
        "灾后，县红十字会积极争取支持：8月2日，市红十字会送来价值4.6万元的棉被、毛毯等物资；"
        "10月，省红十字会下拨救灾资金6万元。"
    )
    got = _by_value(figures(text, province="陕西"))
    assert got[46000]["metric"] == "in_kind_value"
    assert got[60000]["metric"] == "aid_disbursed"


def test_money_each_of_the_counted_households_received_is_a_rate():
    text = "区红十字会慰问\n\n活动中为结对帮扶的5户困难家庭发放慰问金各2000元。"
    got = _by_value(figures(text, province="福建"))
    assert (got[2000]["metric"], got[2000]["unit"]) == ("aid_standard", "yuan_per_household")


def test_amounts_that_are_each_of_a_list_are_no_rates():
    text = "省里下拨补助资金\n\n这批资金中，中央和省级补助资金分别为1.6亿元和4000万元。"
    got = _by_value(figures(text, province="湖北"))
    assert got[160_000_000]["metric"] == got[40_000_000]["metric"] == "aid_disbursed"


def test_hundreds_and_thousands_is_no_count():
    text = "衣物发到贫困户手中\n\n这批衣物为全县成百上千名受困群众送去了温暖。"
    assert figures(text, province="内蒙古") == []


def test_deeds_counted_in_jian_are_no_goods():
    text = (
        "市工会送温暖\n\n全年走访慰问困难职工8000人次，为孤寡老人、困难职工办好事实事1.2万余件，"
        "发放米面油等物资3万斤。"
    )
    got = [(f["metric"], f["value"]) for f in figures(text, province="天津")]
    assert got == [("people_reached", 8000)]


def test_pupils_given_school_aid_are_aided():
    text = "市工会送温暖\n\n今冬为困难职工子女助学1800人次。"
    (fig,) = figures(text, province="天津")
    assert fig["metric"] == "people_aided"


def test_people_handed_gifts_are_reached():
    text = "公益中心送礼物\n\n公益中心向300名环卫工人发放了新春礼物。"
    (fig,) = figures(text, province="宁夏")
    assert fig["metric"] == "people_reached"


def test_pupils_sent_school_aid_money_are_aided():
    text = "慈善助学\n\n活动向两县120名贫困中小学生送去助学款。"
    (fig,) = figures(text, province="重庆")
    assert fig["metric"] == "people_aided"


def test_each_valued_right_after_the_things_named_is_a_rate():
    text = "慈善活动启动\n\n首批80户困难户当场领到了“新春福袋”，每份价值300元。"
    got = _by_value(figures(text, province="重庆"))
    assert (got[300]["metric"], got[300]["unit"]) == ("aid_standard", "yuan_per_household")


def test_an_amount_after_a_visit_in_its_sentence_is_what_the_visit_gave():
    text = "区工会送温暖\n\n节前共慰问困难职工家庭45户，金额达9万元。"
    got = _by_value(figures(text, province="广东"))
    assert got[90000]["metric"] == "aid_disbursed"


def test_an_amount_after_aid_to_people_in_its_sentence_is_what_the_aid_gave():
    text = "街道迎新春\n\n今年共帮困辖区老人320人，总金额26.5万元。"
    got = _by_value(figures(text, province="上海"))
    assert got[265000]["metric"] == "aid_disbursed"


def test_members_present_at_a_meeting_are_no_staff():
    text = (
        "县慈善会召开年会\n\n来自各级慈善组织的代表以及县慈善会理事、监事共86名到会。"
        "全年发放救助款42万元。\n"
    )
    got = figures(text, province="河南")
    assert [(f["metric"], f["value"]) for f in got] == [("aid_disbursed", 420000.0)]


def test_people_who_once_took_part_in_something_are_no_audience():
    text = "县里走访老兵\n\n春节前，县退役军人事务局上门看望了5名参加过对越自卫反击战的老兵。"
    (fig,) = figures(text, province="广西")
    assert (fig["metric"], fig["value"]) == ("people_reached", 5)


def test_chouzi_raises_money():
    text = "县红十字会送温暖\n\n五年来，县红十字会累计筹资86万元的物资用于节日慰问。"
    got = _by_value(figures(text, province="新疆"))
    assert got[860000]["metric"] == "funds_raised"


def test_people_and_households_lacking_food_or_heating_are_needs():
    text = (
        "市里安排群众过冬\n\n全市共需救助12万人，缺粮9万人，缺衣被6000人，需取暖救助800人。"
        "入户排查发现，3户家庭缺少取暖设备。市民政局已为2000户发放取暖补贴。"
    )
    got = [(f["metric"], f["value"]) for f in figures(text, province="四川")]
    assert got == [("households_reached", 2000)]


def test_households_a_visit_enters_are_reached_though_struck_by_disaster():
    text = "应急局走访受灾群众\n\n局工作人员来到某社区，走进9户受灾困难群众家中，送上棉被。"
    (fig,) = figures(text, province="四川")
    assert (fig["metric"], fig["value"]) == ("households_reached", 9)


def test_small_counts_in_chinese_digits_of_a_party_and_of_a_group_in_need():
    text = "慈善会慰问失独家庭\n\n慈善会工作人员一行五人看望了三个失独家庭。三人均为志愿者。"
    got = [(f["metric"], f["value"]) for f in figures(text, province="江苏")]
    assert got == [("staff_mobilized", 5), ("households_reached", 3)]


def test_a_goal_clause_governs_no_deed_after_it():
    text = (
        "市局调拨御寒物资\n\n"
        "确保受灾群众温暖过冬，市应急管理局于12月5日向6个县调拨棉被3200床。"
        "为确保活动见效，区总工会提前筹措帮扶资金80万元。"
    )
    got = _by_value(figures(text, province="四川"))
    assert got[3200]["status"] == got[800_000]["status"] == "actual"


def test_a_list_item_opened_by_tongshi_shares_the_plan_before_it():
    text = "工会关爱行动启动\n\n行动计划为全省5000名职工发放补贴；同时安排150万元开展线上慰问。"
    got = _by_value(figures(text, province="海南"))
    assert got[1_500_000]["status"] == "planned"


def test_a_rounded_figure_in_the_lead_is_the_exact_one_the_body_states():
    text = (
        "省里发放取暖救助金\n\n入冬以来，该省已拨付超过900万元专项资金。"
        "据统计，全省共拨付冬季取暖救助金903.6万元。"
    )
    got = [(f["metric"], f["value"], f["qualifier"]) for f in figures(text, province="青海")]
    assert got == [("aid_disbursed", 9_036_000, "exact")]


def test_the_same_count_in_two_enumerated_items_is_two_groups():
    text = (
        "镇工会送温暖\n\n一是学校工会走访慰问了退休老教师20多名。"
        "二是企业工会资助困难职工80名。三是看望春节坚守岗位的20多名一线人员。"
    )
    got = [(f["metric"], f["value"]) for f in figures(text, province="江苏")]
    assert got.count(("people_reached", 20)) == 2


def test_a_clause_without_a_verb_takes_the_planning_verb_before_it():
    text = "志愿服务队将深入各村入户，为820户困难家庭送上年货。"
    (fig,) = figures(text)
    assert fig["status"] == "planned"


def test_a_clause_with_its_own_verb_keeps_its_own_status():
    text = "区民政局下拨资金9万元，专门用于购买棉衣；另向两家敬老院拨付资金3万元。"
    got = _by_value(figures(text))
    assert got[30000]["status"] == "actual"


def test_a_plan_document_states_planned_figures():
    text = "某市2025年冬季慰问工作方案\n\n慰问资金80万元由市慈善会提供。"
    (fig,) = figures(text)
    assert fig["status"] == "planned"


def test_changes_against_last_year_are_not_figures():
    got = figures("今年发放救助金1200万元，较上年增加200万元。")
    assert [f["value"] for f in got] == [12_000_000]


def test_the_next_sentence_referring_back_gives_the_verb():
    (fig, *_) = figures("活动三项款物合计36万元。上述款物已全部发放到困难群众手中。")
    assert fig["metric"] == "aid_disbursed"


def test_a_group_name_gives_way_to_the_action_done():
    (fig,) = figures("工作组入户看望分散供养特困人员58人。")
    assert fig["metric"] == "people_reached"


def test_people_given_consolation_money_were_reached():
    got = _by_value(figures("为辖区低保对象420人发放慰问金8.4万元。"))
    assert got[420]["metric"] == "people_reached"


def test_the_province_named_in_passing_in_a_city_report_does_not_make_a_province_figure():
    text = "兰州市开展冬季救助\n\n兰州市在全省率先启动救助，发放救助金120万元。"
    (fig,) = figures(text, province="甘肃")
    assert fig["place"] == "兰州市" and fig["level"] == "city"


def test_a_bare_city_organisation_in_a_province_report_is_not_province_level():
    text = "甘肃省开展送温暖活动\n\n全省发放慰问金300万元。市总工会另投入15万元慰问环卫工人。"
    got = _by_value(figures(text, province="甘肃"))
    assert got[3_000_000]["level"] == "province"
    assert got[150_000]["level"] == "city"


def test_a_group_after_the_count_gives_way_to_the_action_after_it():
    (fig,) = figures("全区将对3400名低保、特困对象开展入户走访。")
    assert fig["metric"] == "people_reached"


def test_a_verbless_clause_after_a_planned_figure_is_planned():
    text = "全省还将为6万名困难群众发放补贴，补贴标准为每人200元，所需资金1200万元由省财政承担。"
    got = _by_value(figures(text))
    assert got[12_000_000]["status"] == "planned"


@pytest.mark.parametrize("use", ["用来", "用以", "用作"])
def test_what_planned_money_is_to_be_used_for_is_planned_too(use):
    text = f"明年市慈善总会将设立助学专项，安排200万元善款，{use}资助800名困难学生。"
    got = _by_value(figures(text))
    assert (got[2_000_000]["status"], got[800]["status"]) == ("planned", "planned")


def test_a_verb_inside_a_modifier_does_not_govern_the_count():
    got = _by_value(figures("向入户排查中发现的42名困难群众发放临时救助金6.3万元。"))
    assert got[42]["metric"] == "people_aided"


def test_a_money_noun_earlier_in_the_sentence_decides_a_bare_total():
    got = _by_value(figures("困难群众陆续领到春节慰问金，总额约90万元。"))
    assert got[900_000]["metric"] == "aid_disbursed"


def test_amounts_after_respectively_go_to_the_places_in_order():
    text = "甘肃省冬季救助情况\n\n全省发放救助金9亿元，兰州市、天水市分别发放1.2亿元和0.8亿元。"
    got = _by_value(figures(text, province="甘肃"))
    assert (got[120_000_000]["place"], got[80_000_000]["place"]) == ("兰州市", "天水市")
    assert got[900_000_000]["level"] == "province"


def test_a_sum_over_listed_cities_is_neither_the_province_nor_one_city():
    text = "甘肃省冬季救助情况\n\n兰州市、天水市和白银市共慰问困难群众2.6万户。"
    (fig,) = figures(text, province="甘肃")
    assert (fig["place"], fig["level"]) == ("甘肃省", None)


def test_what_the_provinces_body_sent_to_several_cities_is_the_provinces():
    text = "福建省冬春救助\n\n省应急厅向南平、宁德、三明等地调拨救灾物资，总价值300余万元。"
    (fig,) = figures(text, province="福建")
    assert (fig["place"], fig["level"]) == ("福建省", "province")


def test_a_verb_before_a_town_suffix_is_no_town():
    text = "某区开展冬季走访\n\n组织镇街干部300余人开展走访，累计走访困难家庭4100户。"
    got = _by_value(figures(text, province="甘肃"))
    assert got[4100]["level"] != "town"


def test_last_year_total_is_a_calendar_year_not_this_season():
    doc = process(
        "去年，市慈善会共支出善款6800万元。", published=__import__("datetime").date(2025, 2, 4)
    )
    (fig,) = doc.figures
    assert fig.period_start.isoformat() == "2024-01-01" and fig.cumulative


def test_cases_counted_in_jian_ci_are_not_goods():
    assert figures("全镇今年办理临时救助23件次。") == []


def test_whole_city_in_a_province_report_is_the_city_named_before():
    text = (
        "甘肃全力保障困难群众过冬\n\n近日，记者从兰州市民政局了解到，全市已发放取暖补贴3100万元。"
    )
    got = _by_value(figures(text, province="甘肃"))
    assert got[31_000_000]["place"] == "兰州市" and got[31_000_000]["level"] == "city"


def test_a_table_written_as_text_gives_one_figure_per_cell_with_its_column_metric():
    text = (
        "城关镇春节慰问情况\n\n各村慰问情况如下：\n"
        "村\t慰问户数（户）\t慰问金（万元）\n东岭村\t120\t3.6\n西河村\t85\t2.55\n合计\t205\t6.15\n"
    )
    got = figures(text, province="甘肃")
    by = {(f["place"], f["unit"]): f for f in got}
    assert by[("东岭村", "yuan")]["value"] == 36_000
    assert by[("东岭村", "yuan")]["metric"] == "aid_disbursed"
    assert by[("西河村", "households")]["metric"] == "households_reached"
    assert len(got) == 6


def test_the_rows_of_a_table_are_parts_of_its_total_row():
    text = "城关镇慰问\n\n村\t慰问户数（户）\n东岭村\t120\n西河村\t85\n合计\t205\n"
    doc = process(text, province="甘肃")
    total = next(f for f in doc.figures if f.value == 205)
    assert {f.part_of for f in doc.figures if f.value in (120, 85)} == {total.span}


def test_a_tab_separated_line_without_units_makes_no_table():
    text = "城关镇慰问\n\n村\t负责人\t电话\n东岭村\t12\t5550123\n"
    assert figures(text, province="甘肃") == []


def test_whole_city_in_a_municipality_is_the_province():
    (fig,) = figures("天津市民政局通报\n\n全市累计发放临时救助金5600万元。", province="天津")
    assert fig["level"] == "province" and fig["place"] == "天津市"


def test_places_each_with_their_own_figure_are_not_a_list():
    text = "甘肃省冬季救助\n\n全省走访困难家庭8万户，其中兰州市2万户、天水市1万户。"
    got = _by_value(figures(text, province="甘肃"))
    assert (got[20_000]["place"], got[10_000]["place"]) == ("兰州市", "天水市")


def test_a_province_report_paragraph_about_a_city_keeps_the_city():
    text = "甘肃开展冬季救助\n\n近日，兰州市启动暖冬行动。活动共发放慰问金80万元。"
    (fig,) = figures(text, province="甘肃")
    assert fig["place"] == "兰州市" and fig["level"] == "city"


def test_a_city_named_in_passing_does_not_carry_to_the_next_sentence():
    text = "甘肃开展冬季救助\n\n来自兰州市的代表出席。省慈善总会共发放慰问金800万元，惠及5万人。"
    got = _by_value(figures(text, province="甘肃"))
    assert got[8_000_000]["level"] == "province"


def test_headline_placing_the_event_in_a_county_governs_the_provinces_organiser():
    text = (
        "湖南省慈善总会“爱心助学”行动在醴陵启动\n\n"
        "12月5日，行动启动仪式在一所小学举行。仪式上，爱心企业向湖南省捐赠善款30万元。"
    )
    (fig,) = figures(text)
    assert (fig["province"], fig["place"], fig["level"]) == ("湖南", "醴陵市", "county")


def test_prefecture_office_after_a_county_is_the_prefecture_that_holds_it():
    text = "寒潮来袭 各方送温暖\n\n近日，花垣县持续低温。当天，州民政局为困难群众发放救助金12万元。"
    (fig,) = figures(text)
    assert (fig["place"], fig["level"]) == ("湘西土家族苗族自治州", "city")


def test_autonomous_prefecture_by_its_short_name():
    (fig,) = figures("湘西州开展冬季救助\n\n湘西州民政局向困难群众发放棉被800床。")
    assert (fig["province"], fig["place"], fig["level"]) == ("湖南", "湘西州", "city")


def test_everyday_word_that_is_also_a_county_stem_is_no_place():
    text = "合作共赢 温暖同行\n\n省民政厅联合爱心企业发放慰问金80万元。"
    (fig,) = figures(text, province="甘肃")
    assert fig["place"] == "甘肃省"


def test_running_total_sums_the_sentence_before_it():
    text = "区慈善会开展募捐\n\n当天募集善款2.4万元。至此，今冬募集的善款总额已达9万余元。"
    part, total = sorted(process(text, province="甘肃").figures, key=lambda f: f.value)
    assert part.part_of == total.span


def test_two_counties_listed_in_the_lead_are_their_prefectures_report():
    text = (
        "两县遭遇寒潮\n\n近日，青海省海西蒙古族藏族自治州的都兰、乌兰两县出现强降温。"
        "当地政府发放救灾资金38万元。"
    )
    (fig,) = figures(text)
    assert (fig["place"], fig["level"]) == ("海西蒙古族藏族自治州", "city")


def test_each_county_together_is_the_articles_place_and_ends_a_carried_place():
    text = (
        "全省冬春救助进展\n\n各地加快发放救助资金。甘德县开展入户核查。"
        "各县已向受灾群众发放救灾资金21万元。"
    )
    (fig,) = figures(text, province="青海")
    assert fig["place"] == "青海省"


def test_a_place_followed_by_etc_stands_for_several_places():
    text = "省民政厅调运物资\n\n省民政厅把价值60万元的棉被分发给玉树等受灾地区。"
    (fig,) = figures(text, province="青海")
    assert fig["place"] == "青海省"


def test_where_a_team_sets_out_from_is_not_where_the_figure_is():
    text = "省红十字会送温暖\n\n慰问组从西宁出发，带着价值52万元的慰问品分赴全省各地。"
    (fig,) = figures(text, province="青海")
    assert fig["place"] == "青海省"


def test_figure_of_another_province_named_in_its_clause_is_that_provinces():
    text = (
        "国家向三省调拨救灾物资\n\n民政部向湖南省调拨棉被3万床；向贵州省调拨棉被5万床；"
        "向云南省调拨棉被2万床。"
    )
    got = {f["value"]: (f["province"], f["place"]) for f in figures(text, province="湖南")}
    assert got[50_000] == ("贵州", "贵州省")
    assert got[20_000] == ("云南", "云南省")
    assert got[30_000] == ("湖南", "湖南省")


def test_another_province_acting_through_its_city_or_whole_area_is_that_provinces():
    text = (
        "多地寒潮中送温暖\n\n湖南省各级民政部门连日来走访困难群众。"
        "江西九江投入救灾资金300万元，为2000户受灾群众送去棉被。"
        "云南全省下拨临时救助资金1.2亿元。湖南省共发放救助金800万元。"
    )
    got = {f["value"]: (f["province"], f["place"]) for f in figures(text, province="湖南")}
    assert got[3_000_000] == ("江西", "九江市")
    assert got[120_000_000] == ("云南", "云南省")
    assert got[8_000_000] == ("湖南", "湖南省")


def test_a_figure_of_another_province_is_the_place_written_right_after_its_name():
    text = (
        "甘肃玛曲地震受灾群众基本得到安置\n\n新华社甘肃玛曲12月22日电 22日，记者从甘肃省抗震救灾"
        "指挥部、四川省阿坝州抗震救灾指挥部了解到，玛曲地震的受灾群众目前已基本得到安置。\n\n"
        "地震发生后，甘肃省随即启动应急响应。此次地震也使四川省阿坝州部分地区受灾。\n\n"
        "截至22日12时，运抵甘肃灾区的中央和省级救灾物资共8.6万余件。\n\n"
        "截至21日20时，四川省阿坝藏族羌族自治州红十字会及若尔盖县、阿坝县共接收社会各界爱心捐款"
        "1260万元。"
    )
    got = {
        f["value"]: (f["province"], f["place"], f["level"]) for f in figures(text, province="甘肃")
    }
    assert got[12_600_000] == ("四川", "阿坝藏族羌族自治州", "city")


def test_mines_and_railway_bureaus_of_other_cities_giving_to_the_news_city_are_givers():
    text = (
        "双鸭山矿难牵动人心\n\n双鸭山市某煤矿发生透水事故后，省内企业纷纷援手："
        "鹤岗矿务局派人送来30万元，七台河煤矿捐款10万元，哈尔滨铁路局捐款80万元。"
    )
    got = figures(text, province="黑龙江")
    assert {f["place"] for f in got} == {"双鸭山市"}
    assert sorted(f["value"] for f in got) == [100_000, 300_000, 800_000]


def test_a_corps_regiment_is_a_town_level_place_of_xinjiang():
    text = (
        "一〇四团开展冬季送温暖活动\n\n近日，一〇四团组织机关干部深入各连队，"
        "走访慰问困难职工群众86户，发放慰问金4.3万元。"
    )
    got = figures(text, province="新疆")
    assert {(f["place"], f["level"]) for f in got} == {("一〇四团", "town")}


def test_a_corps_regiment_written_in_arabic_digits_is_the_regiment():
    text = (
        "团场送温暖\n\n1月8日，104团组织机关干部深入各连队，走访慰问困难职工群众25户，"
        "送去慰问品价值9000元。"
    )
    got = figures(text, province="新疆")
    assert {(f["place"], f["level"]) for f in got} == {("104团", "town")}


def test_a_themed_business_park_named_a_small_town_is_no_town():
    text = (
        "企业为灾区捐赠冬衣\n\n12月20日，江西省共青城市服装小镇的企业向灾区捐赠羽绒服3000多件，"
        "价值90多万元。"
    )
    assert {f["place"] for f in figures(text, province="江西")} == {"共青城市"}


def test_a_community_hosting_a_ceremony_with_a_long_name_is_only_its_venue():
    text = (
        "镇里举行慈善资金发放仪式\n\n1月18日，白沙镇在青山社区三楼会议室举行2024年“情暖万家”"
        "慈善救助资金集中发放仪式。仪式上，为56户困难家庭发放救助金2.8万元。"
    )
    assert {f["place"] for f in figures(text, province="湖南")} == {"白沙镇"}


def test_a_headline_of_city_and_district_bodies_on_a_provincial_outlet_is_no_provinces_news():
    text = (
        "市、区残联春节前走访慰问困难残疾人\n\n春节临近，各级残联始终牵挂着我区困难残疾人的生活。"
        "1月20日，市残联主席、区残联理事长一行先后来到西溪坪办事处和后坪镇政府开展慰问。"
        "此次活动共慰问困难残疾人15人，送去慰问金7500元。\n\n"
        "去年，我区8名困难残疾人得到了中央、省残联和省慈善总会的专项救助。"
    )
    got = figures(text, province="湖南", publisher="三湘残联网（湖南省残疾人联合会主办）")
    assert len(got) == 3
    assert all(f["level"] != "province" for f in got)


def test_a_city_body_heading_a_municipalitys_news_is_the_municipalitys():
    text = (
        "市慈善总会今年已募集慈善款物3.1亿元\n重庆日报 2019-12-20\n\n"
        "12月19日，市慈善总会召开理事会，审议了年度慈善工作报告。"
        "今年市慈善总会共筹募慈善款物3.1亿元，支出款物2.8亿元。"
    )
    got = figures(text, province="重庆", publisher="重庆日报")
    assert {(f["place"], f["level"]) for f in got} == {("重庆市", "province")}


def test_the_province_in_an_agencys_dateline_places_nothing_either():
    text = (
        "新华社四川石棉12月20日电（记者王某）入冬以后，四川石棉地震灾区气温逐渐下降。"
        "记者从当地民政部门了解到，已为受灾群众发放棉被2.3万床。"
    )
    got = figures(text, province="四川", publisher="新华网")
    assert [(f["place"], f["level"]) for f in got] == [("石棉县", "county")]


def test_a_reporter_learning_from_a_county_body_is_no_county_of_its_own():
    text = "石棉县开展冬季救助\n\n记者从县民政局了解到，已为受灾群众发放棉被2.3万床。"
    got = figures(text, province="四川", publisher="新华网")
    assert [(f["place"], f["level"]) for f in got] == [("石棉县", "county")]


def test_a_visit_to_a_county_and_other_places_is_no_province_wide_figure():
    text = (
        "省慈善总会春节前为困难家庭送温暖\n\n春节前夕，河北省慈善总会联合石家庄市义工协会，"
        "出动30多辆爱心车，前往平山等地，为150多户孤寡老人和困难家庭送去米面油等生活物资。"
    )
    (fig,) = figures(text, province="河北")
    assert (fig["place"], fig["level"]) == ("河北省", None)


def test_a_headline_naming_a_town_of_the_hinted_province_keeps_its_news_there():
    text = (
        "一二三团举行“鲁豫同心”救助金发放仪式\n\n7月10日，一二三团举行救助金发放仪式，"
        "为28户困难家庭发放救助金2.8万元。受助对象中有3名河南支边老兵、2名山东军垦女兵。"
        "河南支边老兵和山东军垦女兵为兵团建设作出了贡献。"
    )
    got = figures(text, province="新疆", publisher="新疆生产建设兵团第七师")
    assert {(f["province"], f["place"]) for f in got} == {("新疆", "一二三团")}


def test_a_town_name_does_not_run_over_the_street_before_it():
    text = "区民政局新春慰问\n\n区民政局为青年路街道五星路社区困难儿童发放温暖箱16个。"
    (fig,) = figures(text, province="新疆")
    assert fig["place"] == "五星路社区"


def test_a_community_after_a_street_written_as_jie_is_the_community():
    text = "社区送米油\n\n昨日，洪山珞南街南湖社区为困难居民18户各送去价值80元的米和油。"
    assert {f["place"] for f in figures(text, province="湖北")} == {"南湖社区"}
    years = "社区慈善\n\n某区东湖社区开展募捐。3年来东湖社区共募集善款12万元。"
    assert {f["place"] for f in figures(years, province="湖北")} == {"东湖社区"}


def test_a_street_office_written_with_jie_for_jiedao_is_the_street_office():
    text = "白云区狮子会新春慰问\n\n服务队走访了鹤龙街15户、太和镇20户困难家庭。"
    got = {f["value"]: f["place"] for f in figures(text, province="广东")}
    assert got[15] == "鹤龙街道"
    assert got[20] == "太和镇"


def test_a_headline_town_written_without_its_suffix_after_its_county_is_the_town():
    text = "县慈善会到农安县合隆敬老院送年货\n\n日前，县慈善会为老人们送去棉衣40件、米面油30份。"
    assert {f["place"] for f in figures(text, province="吉林")} == {"合隆镇"}
    # in the body, the county's school stays a scene of the county's news
    body = "县慈善会助学\n\n日前，县慈善会在农安县合隆中学为120名学生发放助学金6万元。"
    assert {f["place"] for f in figures(body, province="吉林")} == {"农安县"}


def test_a_kind_of_village_is_no_village_name():
    text = (
        "省慈善总会走进边境村\n\n"
        "日前，省慈善总会首次走进边境村和帮扶重点村，为村民送去价值8万元的物资。"
    )
    assert {f["place"] for f in figures(text, province="西藏")} == {"西藏自治区"}


def test_a_total_after_places_each_with_its_own_count_is_the_articles():
    text = "浏阳市民政局走访慰问\n\n此次共走访了集里街道12户、淮川街道18户，合计30户困难家庭。"
    got = {f["value"]: f["place"] for f in figures(text, province="湖南")}
    assert (got[12], got[18], got[30]) == ("集里街道", "淮川街道", "浏阳市")


def test_a_district_the_headline_writes_short_is_confirmed_by_the_lead_after_its_city():
    text = (
        "志愿者走进萧山启智学校送温暖\n\n"
        "1月20日，杭州爱心志愿者来到杭州萧山启智学校，看望慰问孩子们。\n\n"
        "学校礼堂里，志愿者为孩子们送去羽绒服120件。"
    )
    (fig,) = figures(text, province="浙江")
    assert (fig["place"], fig["level"]) == ("萧山区", "county")


def test_a_county_articles_lead_visit_to_a_tours_first_stop_places_what_follows():
    text = (
        "大学支教团走进兴仁县某小学\n\n近日，某大学支教团开展了系列公益活动。"
        "11月29日，志愿者来到活动的第一站——兴仁县屯脚镇某小学，看望学生。\n\n"
        "本次活动共捐出价值2000余元的爱心物资。\n"
    )
    assert {f["place"] for f in figures(text, province="贵州")} == {"屯脚镇"}


def test_a_wires_dateline_city_does_not_make_a_national_bodys_figures_the_provinces():
    national = (
        "新华社北京2月9日电\n\n记者从中华全国总工会了解到，全总近日向受灾地区拨出帮扶款800万元。"
    )
    (fig,) = figures(national, province="北京")
    assert fig["level"] is None
    local = "新华社北京2月9日电\n\n记者从北京市民政局了解到，全市近日向困难群众发放慰问金800万元。"
    (fig,) = figures(local, province="北京")
    assert fig["level"] == "province"


def test_a_village_whose_name_opens_with_di_is_a_village_but_a_low_income_one_is_not():
    text = "团年饭\n\n2月7日，某县某镇低岗村800余人的团年饭开席了。"
    assert {f["place"] for f in figures(text, province="湖南")} == {"低岗村"}
    kind = "送温暖\n\n镇里为低收入村困难户20户送去慰问金。"
    assert {f["place"] for f in figures(kind, province="湖南")} != {"低收入村"}


@pytest.mark.parametrize(
    "text",
    [
        "区总工会送温暖\n\n市总工会慰问困难职工30户，另有区总工会捐赠价值5万元的慰问品。",
        "慈善一日捐\n\n宁波市慈善总会（含宁波市国家高新区分会）共收到一日捐善款300万元。",
        "社区送温暖\n\n某市一边为特色社区评选拉票，一边为困难户12户送去米和油。",
    ],
)
def test_words_before_a_place_suffix_that_name_no_place_are_no_place(text):
    places = {f["place"] for f in figures(text, province="浙江")}
    assert not places & {"另有区", "国家高新区", "特色社区"}


def test_our_province_in_a_city_article_is_the_province():
    text = (
        "全总慰问团赴镇江送温暖\n\n慰问团来到镇江市走访。"
        "我省各级工会筹集的送温暖资金预计将超2亿元。"
    )
    got = {f["value"]: f for f in figures(text)}
    assert (got[200_000_000]["place"], got[200_000_000]["level"]) == ("江苏省", "province")


def test_places_of_different_levels_before_respectively_take_the_amounts_in_order():
    text = (
        "四川抗震救灾\n\n地震发生后，四川省总工会和甘孜州总工会分别拨付专项资金300万元和150万元。"
    )
    got = {f["value"]: f["place"] for f in figures(text)}
    assert got[3_000_000] == "四川省"
    assert got[1_500_000] == "甘孜州"


def test_donors_listed_in_an_enumeration_are_no_outcome():
    text = (
        "市红十字会五年工作综述\n\n"
        "“三献”工作稳步推进：累计有28名志愿者成功捐献，9名捐献者获得奉献奖；"
        "救助困难群众1.2万人次。"
    )
    found = figures(text, province="青海")
    assert [(f["metric"], f["value"]) for f in found] == [("people_aided", 12_000)]


def test_a_later_part_after_qizhong_with_its_own_verb_keeps_it():
    text = (
        "全总支援抗震救灾\n\n全国总工会向省总工会下拨救灾资金500万元，其中机关下拨200万元，"
        "基金会拨付100万元，另调拨救灾物资200万元。"
    )
    got = [(f["metric"], f["value"]) for f in figures(text, province="四川")]
    assert ("in_kind_value", 2_000_000) in got


@pytest.mark.parametrize(
    "text",
    [
        "州民政局近日拨付冬春救助金800万元，包括州级资金300万元、社会捐赠款500万元。",
        "州民政局近日拨付冬春救助金800万元。局长说，这批资金包括：州级资金300万元，"
        "以及社会捐赠款500万元。",
    ],
)
def test_amounts_listed_after_baokuo_are_parts_of_the_total_they_break_down(text):
    doc = process("州里拨付冬春救助金\n\n" + text, province="甘肃")
    total, *parts = doc.figures
    assert [p.metric for p in parts] == ["aid_disbursed", "aid_disbursed"]
    assert all(p.part_of == total.span for p in parts)


def test_money_decided_by_a_verb_that_raises_and_spends_is_less_sure():
    (raised,) = process("市慈善总会共筹集善款820万元。", province="湖南").figures
    (spent,) = process("市政府共投入资金820万元。", province="湖南").figures
    assert spent.confidence < raised.confidence


def test_a_town_named_after_its_county_stays_a_town_before_its_cadres():
    text = "商南县青山镇干部下乡送温暖\n\n镇干部分赴各村，为93户困难群众送去慰问金。\n"
    (fig,) = figures(text, province="陕西")
    assert (fig["place"], fig["level"]) == ("青山镇", "town")


def test_a_district_the_gazetteer_lacks_is_read_before_its_own_body():
    text = "潞州区总工会开展送温暖活动\n\n区总工会共走访慰问困难职工320名。\n"
    (fig,) = figures(text, province="山西")
    assert (fig["place"], fig["level"]) == ("潞州区", "county")


def test_where_a_ceremony_was_held_does_not_place_the_campaign():
    text = (
        "红十字会迎春帮困送温暖\n\n近日，迎春帮困送温暖活动在黄浦区外滩街道社区活动中心举行启动仪式。"
        "活动由市红十字会主办。今年将为1.5万户困难家庭送去慰问金。\n"
    )
    (fig,) = figures(text, province="上海")
    assert (fig["place"], fig["level"]) == ("上海市", "province")


def test_figures_after_a_visit_belong_to_the_place_visited():
    text = (
        "县总工会开展新春送温暖活动\n\n近日，永宁县总工会慰问组来到东湖乡，看望困难职工家庭。"
        "慰问组共走访困难职工36户，送去慰问金1.8万元。\n"
    )
    got = {f["value"]: (f["place"], f["level"]) for f in figures(text, province="宁夏")}
    assert got[36] == ("东湖乡", "town")
    assert got[18_000] == ("东湖乡", "town")


def test_a_village_named_after_its_town_is_where_a_visit_went():
    text = (
        "县文联送春联下乡\n\n近日，县文联组织书法家走进青石镇柳塘村，开展迎春慰问。"
        "书法家们为村民写下春联150副，并走访困难户12户。\n"
    )
    got = {f["value"]: (f["place"], f["level"]) for f in figures(text, province="湖南")}
    assert got[150] == ("柳塘村", "town")
    assert got[12] == ("柳塘村", "town")


def test_people_counted_going_to_a_place_in_their_clause_are_counted_there():
    text = (
        "爱心棉衣送到高原\n\n本报讯 公益行动今天在海南州共和县为牧区儿童发放棉衣。"
        "上午，30多名孩子走进共和县倒淌河镇领取棉衣。\n"
    )
    (fig,) = figures(text, province="青海")
    assert (fig["place"], fig["level"]) == ("倒淌河镇", "town")


def test_a_provincial_bodys_party_is_counted_where_it_went():
    text = (
        "省慈善总会志愿者送温暖\n\n20日，湖南省慈善总会志愿服务队一行15人来到邵阳市隆回县"
        "荷香桥镇敬老院，送去棉被和食用油。\n"
    )
    (fig,) = figures(text, province="湖南")
    assert (fig["metric"], fig["place"], fig["level"]) == ("staff_mobilized", "荷香桥镇", "town")


def test_goods_sent_to_several_listed_places_stay_the_senders():
    text = (
        "四川省应急管理厅调运御寒物资\n\n近日，四川省应急管理厅分批次将3万床棉被发送到阿坝、"
        "甘孜、凉山等地，帮助受灾群众温暖过冬。\n"
    )
    (fig,) = figures(text, province="四川")
    assert (fig["place"], fig["level"]) == ("四川省", "province")


def test_a_sentence_about_another_place_ends_the_visit():
    text = (
        "海东市民政局走访慰问困难群众\n\n近日，市民政局干部来到南山镇，走访慰问困难群众。"
        "海东市民政局同时部署冬季救助工作。目前已发放临时救助金450万元。\n"
    )
    (fig,) = figures(text, province="青海")
    assert (fig["place"], fig["level"]) == ("海东市", "city")


def test_the_village_a_headline_sends_the_organiser_to_places_its_figures():
    text = (
        "桂林市红十字会到灌阳县石门村开展“博爱送万家”活动\n\n"
        "1月12日，市红十字会一行为石门村困难群众送去慰问物资，共慰问困难户26户。"
        "桂林市红十字会为每户送上慰问金400元。\n"
    )
    got = {f["value"]: f["place"] for f in figures(text, province="广西")}
    assert got[26] == "石门村"
    assert got[400] == "石门村"


def test_a_whole_city_said_in_a_village_article_is_the_city():
    text = (
        "市红十字会到大坪村送温暖\n\n近日，宜宾市红十字会到大坪村开展慰问。"
        "十年间，宜宾市红十字会在全市累计救助困难群众3万余人。\n"
    )
    (fig,) = figures(text, province="四川")
    assert fig["place"] == "宜宾市"
    assert fig["period_start"] != fig["period_end"] and fig["period_start"][:4] < "2020"


def test_this_events_figures_are_not_dated_by_a_background_year():
    text = (
        "县委统战部到中坪村送年货\n\n2月3日，县委统战部到中坪村开展慰问。\n"
        "中坪村共有村民312户，2017年全村有低保户21户。这次活动中，统战部为21户低保户"
        "每户送上慰问金300元，共发放慰问金6300元。\n"
    )
    got = {f["value"]: f for f in figures(text, province="湖南", published=date(2018, 2, 5))}
    assert got[6300]["period_end"] == "2018-02-05"
    assert got[6300]["place"] == "中坪村"


def test_a_sentence_opening_with_a_town_carries_to_the_next_in_a_county_report():
    text = (
        "竹溪县开展年底走访慰问\n\n水坪镇近日组织干部走访困难群众。干部们为困难户送去棉被80床。\n"
    )
    (fig,) = figures(text, province="湖北")
    assert (fig["place"], fig["level"]) == ("水坪镇", "town")


def test_a_sentence_with_its_own_body_as_subject_does_not_continue_a_town():
    text = (
        "海陵区总工会节前送温暖\n\n各基层工会纷纷行动。丰乐镇工会开展义卖活动。"
        "华康药业工会向120名困难职工送去慰问金。\n"
    )
    (fig,) = figures(text, province="江苏")
    assert fig["place"] == "海陵区"


def test_money_handed_to_each_named_recipient_is_a_rate_per_person():
    text = "村支部开展春节慰问\n\n党员王某分别送给李某、赵某慰问金300元。\n"
    (fig,) = figures(text, province="湖南")
    assert (fig["metric"], fig["unit"], fig["value"]) == ("aid_standard", "yuan_per_person", 300)


def test_money_each_counted_household_was_brought_is_a_rate_per_household():
    text = "村支部开展春节慰问\n\n党员们为全村困难群众共18户各送去1桶油和200元。\n"
    got = {f["value"]: (f["metric"], f["unit"]) for f in figures(text, province="湖南")}
    assert got[200] == ("aid_standard", "yuan_per_household")


def test_each_givers_gift_to_a_body_is_not_a_rate():
    text = "劳模献爱心\n\n两位劳模分别向市总工会捐助3万元送温暖资金。\n"
    (fig,) = figures(text, province="湖南")
    assert fig["metric"] == "funds_raised"


def test_the_value_of_one_gift_package_is_a_rate_per_person():
    text = "区总工会慰问环卫工人\n\n区总工会为环卫工人送去价值150元的新春礼包。\n"
    (fig,) = figures(text, province="辽宁")
    assert (fig["metric"], fig["unit"]) == ("aid_standard", "yuan_per_person")


def test_family_packages_counted_with_a_generic_measure_word_are_goods():
    text = "红十字会博爱送万家\n\n市红十字会发放了300个“博爱家庭包”。\n"
    (fig,) = figures(text, province="湖北")
    assert (fig["metric"], fig["value"]) == ("items_distributed", 300)


def test_households_cadres_spent_the_festival_with_were_reached():
    text = "干部结亲过大年\n\n全州2000名干部职工与8600户农牧民一起过年。\n"
    got = {f["value"]: f["metric"] for f in figures(text, province="四川")}
    assert got[8600] == "households_reached"


def test_an_amount_per_enterprise_is_not_a_figure():
    text = "省总工会慰问企业\n\n省总工会走访慰问困难企业6家，并为每家企业发放3万元慰问金。\n"
    assert not [f for f in figures(text, province="青海") if f["unit"].startswith("yuan")]


def test_a_forestry_bureau_and_a_new_area_are_places():
    forest = "双丰林业局工会开展送温暖\n\n林业局工会为困难职工发放慰问金8万元。\n"
    (fig,) = figures(forest, province="黑龙江")
    assert fig["place"] == "双丰林业局"
    area = "鞍山市达道湾新区环卫工人领到慰问金\n\n区总工会为环卫工人发放慰问金6万元。\n"
    (fig,) = figures(area, province="辽宁")
    assert (fig["place"], fig["level"]) == ("达道湾新区", "county")


def test_a_mine_or_state_farm_the_news_is_about_is_its_place_below_the_province():
    mine = "红石岭煤矿春节送温暖\n\n红石岭煤矿工会走访困难职工家庭86户，发放慰问金9万元。\n"
    for fig in figures(mine, province="山西"):
        assert (fig["place"], fig["level"]) == ("红石岭煤矿", "town")
    farm = "八师青湖农场工会慰问困难职工\n\n农场工会为困难职工32人送去慰问金1.6万元。\n"
    for fig in figures(farm, province="新疆"):
        assert (fig["place"], fig["level"]) == ("青湖农场", "town")
    plant = "油田公司慰问特困家庭\n\n近日，某油田公司西坪采油厂工会为困难职工25名发放救助金5万元。"
    for fig in figures(plant, province="陕西"):
        assert fig["place"] == "西坪采油厂"


def test_a_headline_about_an_unnamed_county_body_is_not_the_province():
    text = "【工作动态】县总工会开展送温暖活动\n\n慰问组共走访慰问黑龙江籍困难职工126人。\n"
    (fig,) = figures(text, province="黑龙江")
    assert fig["level"] == "county"


def test_goods_valued_after_a_raising_clause_were_raised():
    text = "省总工会开展送温暖\n\n全省各级工会共筹集慰问款物，总价值3200万元。\n"
    (fig,) = figures(text, province="山西")
    assert fig["metric"] == "funds_raised"


def test_goods_valued_after_a_gift_to_recipients_stay_goods():
    text = "基金会慰问福利院\n\n市残疾人基金会为福利院老人捐赠爱心物资，总价值约3万元。\n"
    (fig,) = figures(text, province="黑龙江")
    assert fig["metric"] == "in_kind_value"


def test_a_small_amount_given_to_a_whole_countys_class_of_households_is_a_rate():
    text = "县民政局发放取暖补贴\n\n县民政局给全县特困户家庭发放了600元取暖补贴。\n"
    (fig,) = figures(text, province="青海")
    assert (fig["metric"], fig["unit"]) == ("aid_standard", "yuan_per_household")
    total = "县民政局发放取暖补贴\n\n县民政局给全县特困户家庭发放了取暖补贴86万元。\n"
    (fig,) = figures(total, province="青海")
    assert fig["metric"] == "aid_disbursed"


def test_households_counted_in_chinese_numerals_make_a_rate_per_household():
    text = "林业局送温暖\n\n局长以个人名义分别给三户各捐助600元。\n"
    (fig,) = figures(text, province="吉林")
    assert (fig["metric"], fig["unit"]) == ("aid_standard", "yuan_per_household")


def test_a_familys_debt_is_not_money_raised():
    text = "林业局送温暖\n\n王某为给儿子治病欠下二十多万元，林业局为他送去慰问金2000元。\n"
    got = [(f["metric"], f["value"]) for f in figures(text, province="吉林")]
    assert got == [("aid_disbursed", 2000)]


def test_money_brought_to_a_family_is_aid():
    text = "干部走亲戚\n\n她的结对亲戚特意带去了300元和一袋大米。\n"
    got = {f["value"]: f["metric"] for f in figures(text, province="四川")}
    assert got[300] == "aid_disbursed"


def test_the_basis_of_a_rate_is_no_count_and_its_increment_is_a_rate():
    text = (
        "市总工会发放两节补贴\n\n补贴以每户1人300元为基数，每增加1人加发80元，"
        "共为困难职工发放补贴52万元。\n"
    )
    got = {(f["metric"], f["value"], f["unit"]) for f in figures(text, province="黑龙江")}
    assert ("aid_standard", 80, "yuan_per_person") in got
    assert not [g for g in got if g[2] == "persons"]


def test_a_few_needy_households_written_in_chinese_are_counted_but_idioms_are_not():
    text = "慰问组入户慰问\n\n慰问组走进三户特殊困难家庭走访慰问，坚持一户一策。\n"
    (fig,) = figures(text, province="河北")
    assert (fig["metric"], fig["value"]) == ("households_reached", 3)


def test_a_few_people_in_need_by_their_very_name_written_in_chinese_are_counted():
    text = "派出所慰问\n\n民警来到村里，对三名孤儿开展春节慰问，送上米面油。\n"
    got = [(f["metric"], f["value"]) for f in figures(text, province="河南")]
    assert got == [("people_reached", 3)]


def test_ten_written_in_chinese_is_a_count_whoever_it_counts():
    text = "社区走访\n\n社区十多名志愿者上门看望了独居老人，为十户困难家庭送去棉被。\n"
    got = [(f["metric"], f["value"], f["qualifier"]) for f in figures(text, province="河北")]
    assert ("staff_mobilized", 10, "at_least") in got
    assert ("households_reached", 10, "exact") in got


def test_goods_counted_roughly_after_fenbie_are_all_the_goods_not_each_ones_share():
    text = "爱心列车\n\n志愿者为3所学校的学生分别送去了600多件羽绒服和80余床棉被。\n"
    got = {(f["metric"], f["value"]) for f in figures(text, province="浙江")}
    assert {("items_distributed", 600), ("items_distributed", 80)} <= got


def test_an_amount_per_pupil_is_a_rate_per_person():
    text = "助学\n\n中队为12名困难学生发放助学金6000元，每生500元。\n"
    got = {(f["metric"], f["value"], f["unit"]) for f in figures(text, province="云南")}
    assert ("aid_standard", 500, "yuan_per_person") in got
    assert ("aid_disbursed", 500, "yuan") not in got


def test_people_counted_with_ge_are_people():
    text = "区总工会节前慰问\n\n区总工会确定了120多个困难职工作为慰问对象，并走访慰问。\n"
    (fig,) = figures(text, province="福建")
    assert (fig["unit"], fig["value"]) == ("persons", 120)


def test_workers_of_families_in_need_are_people_not_households():
    text = "市总工会送温暖\n\n市总工会为8600名家庭困难职工发放了慰问金。\n"
    (fig,) = figures(text, province="河南")
    assert fig["unit"] == "persons"


def test_wheelchairs_and_coal_briquettes_are_goods_but_trucks_are_not():
    text = (
        "慈善总会送温暖\n\n区慈善总会为残疾人发放了15辆轮椅，为困难家庭送去8000块蜂窝煤。"
        "20辆满载棉被的卡车驶出。\n"
    )
    got = {f["value"]: f["metric"] for f in figures(text, province="安徽")}
    assert got == {15: "items_distributed", 8000: "items_distributed"}


def test_money_each_family_visited_at_home_received_is_a_rate_per_household():
    text = "红十字会慰问志愿者家属\n\n工作人员先后来到两位捐献者家中，各送上800元慰问金。\n"
    (fig,) = figures(text, province="安徽")
    assert (fig["metric"], fig["unit"]) == ("aid_standard", "yuan_per_household")


def test_a_visiting_party_is_staff():
    text = "省红十字会慰问困难群众\n\n省红十字会领导一行6人来到某镇慰问困难群众。\n"
    (fig,) = figures(text, province="河北")
    assert fig["metric"] == "staff_mobilized"


def test_a_citys_campaign_launched_in_a_county_stays_the_citys():
    text = (
        "某市2019年“情暖万家”慰问活动在石楼县启动\n\n"
        "市慈善总会举办慰问活动，对三个贫困县的1170户贫困户进行慰问。\n"
    )
    (fig,) = figures(text, province="山西")
    assert fig["place"] != "石楼县"


def test_goods_kept_in_store_or_taken_in_are_not_handed_out():
    text = (
        "省民政厅做好冬春救助\n\n省级储备棉被3万床。备灾中心共接收捐赠冬衣2万件。"
        "民政厅从储备库调拨给灾区的5000床棉被已运抵。\n"
    )
    got = {f["value"] for f in figures(text, province="四川")}
    assert got == {5000}


def test_each_of_the_families_visited_received_the_amount_after_fenbie():
    text = "慰问活动启动\n\n领导走访了两户困难家庭，并分别送上800元慰问金。\n"
    got = {f["value"]: (f["metric"], f["unit"]) for f in figures(text, province="山西")}
    assert got[800] == ("aid_standard", "yuan_per_household")


def test_money_named_as_goods_handed_out_is_their_value():
    text = "红十字会送温暖\n\n自治区红十字会向我旗拨付了6万元的救灾大米。\n"
    (fig,) = figures(text, province="内蒙古")
    assert fig["metric"] == "in_kind_value"


def test_a_registered_stock_of_needy_workers_is_kept():
    text = "县总工会送温暖\n\n全县现有在档困难职工260名，县总工会逐一走访慰问。\n"
    (fig,) = figures(text, province="北京")
    assert (fig["value"], fig["unit"]) == (260, "persons")


def test_goods_raised_are_no_figure_unless_handed_out_after():
    raised = "冬衣募集\n\n全省共筹集棉被2万床。\n"
    assert figures(raised, province="四川") == []
    sent = "冬衣募集\n\n募集的棉衣被3000件已发往灾区。\n"
    (fig,) = figures(sent, province="四川")
    assert fig["metric"] == "items_distributed"


def test_goods_set_aside_as_a_reserve_or_the_stock_they_come_from_are_no_figures():
    text = "御寒物资\n\n省里从采购的棉被20万床中调剂出3万床作为御寒物资储备。\n"
    assert figures(text, province="四川") == []


def test_a_thousand_worth_of_clothes_is_an_amount():
    text = "妇联暖冬行动\n\n学生小王接过了价值千元的衣物。\n"
    (fig,) = figures(text, province="黑龙江")
    assert (fig["metric"], fig["value"]) == ("in_kind_value", 1000)


def test_a_district_written_by_its_old_county_name_is_found():
    text = "县总工会送温暖\n\n怀柔县总工会走访慰问困难职工120名。\n"
    (fig,) = figures(text)
    assert (fig["province"], fig["place"]) == ("北京", "怀柔县")


def test_a_standard_raised_and_a_caseload_reduced_are_no_figures():
    text = (
        "民政局工作总结\n\n农村低保标准由年标准3000元提高到3600元。"
        "困难职工由2019年的5.2万户减少到目前的1800余户。\n"
    )
    assert figures(text, province="湖北") == []


def test_a_list_of_goods_in_store_after_a_colon_is_no_figure():
    text = "寒冬送温暖\n\n全市累计储备的冬季物资有：被子1200床，大衣800件。\n"
    assert figures(text, province="河南") == []


def test_a_weight_of_rice_is_not_a_count_of_people():
    text = "慈善总会送大米\n\n市慈善总会购置5万公斤大米慰问困难群众。\n"
    assert not [f for f in figures(text, province="河南") if f["unit"] == "persons"]


def test_consolation_money_listed_with_people_visited_is_aid():
    text = "县总工会送温暖\n\n今年将慰问困难职工100余人，慰问资金8万余元。\n"
    got = {f["value"]: f["metric"] for f in figures(text, province="四川")}
    assert got[80_000] == "aid_disbursed"


def test_a_companys_gift_of_goods_valued_after_their_count_is_raised():
    text = "慈善年夜饭\n\n某集团今年捐赠年夜饭600份，价值近20万元。\n"
    got = {f["value"]: f["metric"] for f in figures(text, province="福建")}
    assert got[200_000] == "funds_raised"


def test_the_count_a_change_started_from_is_no_figure():
    text = (
        "工会帮扶工作\n\n在档困难职工帮扶同步开展，"
        "困难职工由2017年的6.8万户减少到目前的1500余户。\n"
    )
    assert figures(text, province="云南") == []


def test_what_a_class_of_recipients_each_receives_is_a_rate():
    text = "惠民购物券发放\n\n住在乡镇的发放对象则领取500元现金。\n"
    (fig,) = figures(text, province="西藏")
    assert (fig["metric"], fig["unit"]) == ("aid_standard", "yuan_per_person")


def test_whole_city_in_a_county_level_citys_report_is_that_city():
    text = "县级市送年货\n\n晋江市民政局组织志愿者，把年货送到全市150户困难家庭。\n"
    (fig,) = figures(text, province="福建")
    assert (fig["place"], fig["level"]) == ("晋江市", "county")


def test_whole_city_after_a_town_of_a_county_level_city_is_that_city():
    # A provincial paper's item: 全市 after 义乌市佛堂镇 is 义乌市, not the prefecture above it.
    text = (
        "冬衣送到老人手中\n\n浙江在线12月2日讯 近日，义乌市佛堂镇的30位老人领到了冬衣。"
        "镇民政办表示，还将陆续为全市300名困难老人送去冬衣。\n"
    )
    got = figures(text, province="浙江")
    assert [(f["value"], f["place"]) for f in got if f["value"] == 300] == [(300, "义乌市")]


def test_a_figure_counted_across_the_whole_country_is_national_and_at_no_level():
    text = (
        "慈善棉衣送到贫困户\n\n日前，某基金会共向全国困难群众捐赠棉衣20万件，"
        "其中向我省3000户困难家庭赠送了棉衣。\n"
    )
    got = figures(text, province="甘肃")
    assert [(f["value"], f["place"], f["level"]) for f in got] == [
        (200_000, "全国", None),
        (3000, "甘肃省", "province"),
    ]


def test_goods_handed_out_in_many_provinces_are_national_and_a_few_or_a_provinces_units_not():
    text = (
        "某基金会冬季温暖行动\n\n今冬，8万个温暖包正在26个省（自治区、直辖市）陆续发放。"
        "我省志愿者已把2600个温暖包送到孩子们手中。"
        "省慈善总会还组织18个省直单位捐赠棉衣5000件。\n"
    )
    got = {f["value"]: (f["place"], f["level"]) for f in figures(text, province="四川")}
    assert got[80_000] == ("全国", None)
    assert got[2600] == ("四川省", "province")
    assert got[5000] == ("四川省", "province")


@pytest.mark.parametrize(
    ("province", "place", "level"), [("北京", "全国", None), ("湖南", "湖南省", "province")]
)
def test_a_national_bodys_own_figure_is_national_where_it_sits_and_a_share_elsewhere(
    province, place, level
):
    # The trade-union federation's own money in Beijing's news states nothing of Beijing's; in
    # another province's article the same sentence is the province's share.
    text = (
        f"{province}工会消息\n\n{place if level else '北京市'}总工会转发通知。"
        "年关将至。全国总工会筹集了5000万元资金，用于春节期间走访慰问困难职工。\n"
    )
    (fig,) = figures(text, province=province)
    assert (fig["place"], fig["level"]) == (place, level)


@pytest.mark.parametrize(
    ("text", "place", "level"),
    [
        (
            "入冬以来我国取暖救助惠及困难群众\n\n新华社北京1月20日电 记者从民政部获悉，"
            "入冬以来，各地共为困难群众发放取暖补贴12亿元。",
            "全国",
            None,
        ),
        (
            "民政部部署春节送温暖\n\n民政部昨日在北京召开会议，各地共为困难群众发放取暖补贴12亿元。",
            "全国",
            None,
        ),
        # Beijing's own: its municipal bureau, or 本市
        (
            "民政部部署春节送温暖\n\n北京市民政局介绍，本市共为困难群众发放取暖补贴12亿元。",
            "北京市",
            "province",
        ),
    ],
)
def test_a_national_bodys_news_from_beijing_is_the_countrys_unless_it_speaks_of_beijing(
    text, place, level
):
    (fig,) = figures(text, province="北京")
    assert (fig["place"], fig["level"]) == (place, level)


def test_hong_kong_and_macau_givers_leave_the_news_to_the_mainland_province():
    text = (
        "同乡送来新春祝福\n\n当天，澳门乡亲为村里的老人带来了年货，共慰问老人约300人。\n\n"
        "澳门南屏同乡会已连续多年回乡敬老，澳门同胞与家乡的情谊得以传承，"
        "澳门与家乡的交流日益密切。\n"
    )
    (fig,) = figures(text, province="广东")
    assert (fig["province"], fig["place"]) == ("广东", "广东省")


def test_a_scene_setting_first_sentence_leaves_the_place_to_its_paragraph():
    text = (
        "春节礼包送到老人手中\n\n腊月里寒意正浓。志愿者们一早忙着装车，"
        "鼓楼区慈善总会今天起陆续送出2000余份春节礼包。\n\n"
        "工作人员说，2000余份礼包会在小年前全部送完。\n"
    )
    got = figures(text, province="福建")
    assert [(f["value"], f["place"]) for f in got] == [(2000, "鼓楼区")]


def test_a_count_pointed_back_to_by_a_demonstrative_is_the_same_figure():
    text = (
        "区慈善总会送温暖\n\n西湖区慈善总会为全区120户低保家庭送去慰问品。"
        "走访中，孤山镇的干部也看望了这120户家庭中的几位老人。\n"
    )
    assert [f["value"] for f in figures(text, province="浙江")] == [120]


def test_a_district_named_without_qu_before_its_charity_is_the_district():
    text = "鼓楼慈善总会开展冬日暖心行动\n\n活动为困难家庭发放取暖补贴8万元。\n"
    (fig,) = figures(text, province="福建")
    assert (fig["place"], fig["level"]) == ("鼓楼区", "county")


def test_people_whose_family_life_is_hard_are_counted_as_people():
    text = "工会送温暖\n\n区总工会向80名家庭生活困难的职工送去慰问品。\n"
    (fig,) = figures(text, province="湖北")
    assert (fig["unit"], fig["value"]) == ("persons", 80)


def test_respective_amounts_listed_for_named_recipients_are_no_rates():
    text = "市总工会慰问企业职工\n\n市总工会分别为甲公司和乙公司送上20万元、5万元慰问金。\n"
    got = figures(text, province="山东")
    assert {(f["metric"], f["value"]) for f in got} == {
        ("aid_disbursed", 200_000),
        ("aid_disbursed", 50_000),
    }


def test_an_amount_after_a_standard_with_no_verb_of_its_own_is_aid():
    text = "民政局经费明细\n\n困境儿童25人获得慰问，标准为1000元/人，计2.5万元。\n"
    got = _by_value(figures(text, province="江苏"))
    assert got[25_000]["metric"] == "aid_disbursed"


def test_a_report_headed_by_its_own_city_stays_in_its_province_wherever_goods_go():
    text = (
        "苏州爱心棉衣发往甘南\n\n一批共3000件棉衣今天从市慈善总会装车，"
        "运往甘肃省甘南州，由甘肃省甘南州慈善协会转交当地困难群众。"
        "甘肃省的同志表示感谢。\n"
    )
    (fig,) = figures(text, province="江苏")
    assert (fig["province"], fig["place"]) == ("江苏", "苏州市")


def test_a_campaign_name_in_quotation_marks_is_no_town():
    text = "泉州市“爱心进社区”活动送温暖\n\n活动为40户困难家庭送去米面油。\n"
    (fig,) = figures(text, province="福建")
    assert fig["place"] == "泉州市"


def test_slots_handing_out_the_heads_goods_in_its_measure_word_count_those_goods():
    text = (
        "爱心包送到校\n\n县慈善会在城关镇共发放爱心包120个：东风小学发放40个，"
        "红旗小学发放50个，向阳小学发放30个。\n"
    )
    got = [(f["metric"], f["value"]) for f in figures(text, province="湖北")]
    assert got == [("items_distributed", v) for v in (120, 40, 50, 30)]


def test_a_place_named_in_one_slot_is_not_the_place_of_the_next():
    text = (
        "爱心包送到校\n\n县慈善会在城关镇共发放爱心包120个：龙山村小学发放40个，"
        "红旗小学发放50个，向阳小学发放30个。\n"
    )
    places = {f["value"]: f["place"] for f in figures(text, province="湖北")}
    assert places[50] == places[30] == places[120] == "城关镇"


def test_going_into_a_community_names_no_community():
    text = "新春年货进社区\n\n柳州市慈善总会为60户困难家庭送去年货。\n"
    (fig,) = figures(text, province="广西")
    assert fig["place"] == "柳州市"


def test_an_amount_inside_a_short_quoted_name_is_no_figure():
    text = "慈善一日捐\n\n市慈善总会倡导市民以“5元捐”的方式参与，共募集善款12万元。\n"
    assert [f["value"] for f in figures(text, province="江苏")] == [120_000]


def test_points_that_hand_out_goods_are_no_goods():
    text = "乡镇保供暖\n\n石桥镇在辖区设立5个民用煤供应点，确保群众温暖过冬。\n"
    assert figures(text, province="贵州") == []


def test_a_quota_per_community_is_no_count_of_households():
    text = "红十字会送爱心包\n\n按每个社区30户、每户300元的标准采购物资，送到困难群众家中。\n"
    assert not [f for f in figures(text, province="内蒙古") if f["unit"] == "households"]


def test_volunteers_who_give_money_are_donors_not_staff():
    text = "送年货活动\n\n另有40名志愿者捐出善款6800元支持送温暖活动。\n"
    got = figures(text, province="福建")
    assert [(f["metric"], f["value"]) for f in got] == [("funds_raised", 6800)]


def test_brackets_of_a_list_of_gifts_are_no_figures():
    text = "爱心捐款\n\n这次活动共收到捐款5600元，其中捐500元的有4人，捐100元的有16人。\n"
    assert [f["value"] for f in figures(text, province="福建")] == [5600]


def test_the_autonomous_region_before_its_red_cross_is_no_county():
    text = (
        "爱心包送到社区\n\n自治区红十字会从“博爱一日捐”善款中动用50万元，为困难群众采购生活物资。\n"
    )
    (fig,) = figures(text, province="内蒙古")
    assert fig["place"] == "内蒙古自治区"


def test_migrant_workers_urged_to_stay_are_no_staff():
    text = "省总工会送温暖\n\n省总工会组织动员10万农民工留在省内就业。\n"
    assert not [f for f in figures(text, province="湖北") if f["metric"] == "staff_mobilized"]


def test_a_bodys_branch_in_a_district_is_the_districts_news():
    text = (
        "浙江省某某基金会拱墅区代表处开展送年货活动\n\n"
        "活动共慰问困难老人300人，支出慰问资金9万元。\n"
    )
    got = figures(text, province="浙江")
    assert {(f["place"], f["level"]) for f in got} == {("拱墅区", "county")}


def test_an_aspect_word_after_a_planning_word_keeps_the_figure_planned():
    text = "省总工会送温暖\n\n今年两节期间，省总工会将累计投入3000余万元开展慰问。\n"
    (fig,) = figures(text, province="贵州")
    assert fig["status"] == "planned"


def test_a_village_name_inside_a_townships_name_keeps_the_township():
    text = "宁化济村乡：冬日送温暖\n\n乡里组织干部走访慰问困难群众80余户，送去棉被80床。\n"
    got = figures(text, province="福建")
    assert {(f["place"], f["level"]) for f in got} == {("济村乡", "town")}


def test_he_between_two_bodies_names_no_county():
    text = (
        "春节拥军\n\n县领导到县人武部和县中队慰问官兵，送去慰问金2万元。\n"
        "当天还走访了困难群众30户。\n"
    )
    got = figures(text, province="陕西")
    assert {(f["province"], f["place"]) for f in got} == {("陕西", "陕西省")}


def test_two_villages_written_under_their_towns_are_a_list():
    text = (
        "区总工会情暖农民工\n\n赣榆区某协会工会走访慰问了"
        "班庄镇朱范村和宋庄镇沙口村6户外出务工人员家庭。\n"
    )
    (fig,) = figures(text, province="江苏")
    assert fig["place"] == "赣榆区"


def test_each_of_the_counted_recipients_gets_the_amount_whatever_the_fund_is_named():
    text = (
        "退役军人关爱\n\n县退役军人事务局为城关镇张某、北街镇李某等4户"
        "分别送去退役军人关爱基金援助金3000元。\n"
    )
    got = _by_value(figures(text, province="陕西"))
    assert (got[3000]["metric"], got[3000]["unit"]) == ("aid_standard", "yuan_per_household")


def test_party_members_and_cadres_visited_are_people_reached_not_staff():
    text = "县委慰问\n\n节前将重点慰问困难户120户，农村老党员、离职干部和社区居民党员60名。\n"
    got = _by_value(figures(text, province="甘肃"))
    assert got[60]["metric"] == "people_reached"


def test_enterprises_counted_in_hu_are_no_households():
    text = "工会慰问\n\n今年重点慰问困难职工家庭50户、困难企业3户。\n"
    assert [f["value"] for f in figures(text, province="甘肃")] == [50]


def test_households_there_are_that_the_next_clause_gives_to_are_reached():
    text = "民政局送温暖\n\n局里包保的东山社区有12户困难户，送去慰问物资3600元。\n"
    got = _by_value(figures(text, province="湖北"))
    assert got[12]["metric"] == "households_reached"


def test_an_extra_months_payment_aids_people():
    text = "民政局送温暖\n\n给5100名老人增发一个月养老金。\n"
    (fig,) = figures(text, province="湖北")
    assert (fig["metric"], fig["value"]) == ("people_aided", 5100)


def test_a_count_after_a_word_and_an_ascii_comma_is_read():
    text = "民政局送温暖\n\n为2800户,5100名低保对象增发了一个月低保金。\n"
    assert 5100 in _by_value(figures(text, province="湖北"))


def test_what_people_counted_received_was_given_out():
    text = "民政局送温暖\n\n独居老人90名收到了18000元的慰问物资（每人200元）。\n"
    got = _by_value(figures(text, province="湖北"))
    assert got[18000]["metric"] == "in_kind_value"


def test_people_deducted_from_a_roll_are_no_figure():
    text = "价格临时补贴\n\n扣减与低保对象身份重复的120人后，共发放补贴36万元。\n"
    assert [f["value"] for f in figures(text, province="福建")] == [360_000]


def test_shang_before_a_bare_thousand_bounds_it():
    text = "慈善送年货\n\n慈善总会为上千户困难家庭送去年货。\n"
    (fig,) = figures(text, province="浙江")
    assert (fig["metric"], fig["value"]) == ("households_reached", 1000)


def test_a_bare_count_after_the_people_it_names_at_the_clauses_end_counts_them():
    text = "全省送温暖\n\n全省发放棉被24万床，惠及困难群众超过150万。\n"
    got = _by_value(figures(text, province="山东"))
    assert got[1_500_000]["metric"] == "people_reached"


def test_letters_handed_out_are_no_goods():
    text = "春节慰问\n\n县里向退役军人发放春节慰问信3000余份。\n"
    assert figures(text, province="陕西") == []


def test_publicity_and_forms_handed_out_are_no_goods_even_under_a_titles_closing_mark():
    text = (
        "团县委寒假走访\n\n活动中发放宣传品800余份，发放《冬季防火安全手册》1200份，"
        "回收调查问卷95份，为留守儿童送去书包60个。\n"
    )
    got = figures(text, province="吉林")
    assert [(f["metric"], f["value"]) for f in got] == [("items_distributed", 60.0)]


def test_children_given_gift_packs_were_reached():
    text = "慈善送关爱\n\n区慈善会为辖区180名困境儿童及孤儿送上新春关爱礼包。\n"
    (fig,) = figures(text, province="湖北")
    assert fig["metric"] == "people_reached"


def test_a_township_after_the_visit_verb_is_named_without_the_verb():
    text = "区妇联关爱困难妇女\n\n入户走访柳溪镇4户、桃源乡2户，送去慰问品。\n"
    got = _by_value(figures(text, province="西藏"))
    assert got[4]["place"] == "柳溪镇"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("宁乡县开展春节慰问\n\n县民政局干部来到联系点黄材镇走访慰问困难群众30户。\n", "黄材镇"),
        ("浏阳市开展春节慰问\n\n爱心人士走进偏远山区大围山镇，送去冬衣200件。\n", "大围山镇"),
    ],
)
def test_a_known_town_name_is_bounded_where_the_words_before_it_run_into_it(text, town):
    (fig,) = figures(text, province="湖南")
    assert fig["place"] == town


def test_an_allocation_to_several_provinces_is_no_province_wide_figure():
    text = (
        "寒潮救灾\n\n应急管理部已向安徽、江西、湖南等省紧急调拨棉被3万床。"
        "省应急管理厅随即下拨省级救灾资金2000万元。\n"
    )
    got = _by_value(figures(text, province="湖南"))
    assert got[30000]["level"] is None
    assert got[20_000_000]["level"] == "province"


def test_villages_and_communities_together_name_no_village():
    text = "郑州市慈善总会冬季救助\n\n年内项目新认领村社574个，投入资金820.7万元。\n"
    (fig,) = figures(text, province="河南")
    assert fig["place"] == "郑州市"


def test_a_long_clause_after_a_county_before_a_word_across_a_suffix_names_no_town():
    text = "闽侯企业家回馈乡里\n\n春节前，企业家为全县困难老人发放慰问金12万元。\n"
    (fig,) = figures(text, province="福建")
    assert fig["place"] == "闽侯县"


def test_a_visit_to_several_villages_of_one_town_is_the_towns():
    text = (
        "县农村信用联社春节慰问贫困家庭\n\n2月2日上午，县农村信用联社负责人走进黄材镇龙泉村、"
        "青山村、大塘村和月山村开展慰问活动。此次活动为4个村的120户贫困家庭送去慰问金。\n"
    )
    (fig,) = figures(text, province="湖南")
    assert fig["place"] == "黄材镇"


def test_a_sentence_opening_with_since_a_day_and_a_town_carries_the_town():
    text = (
        "福清侨联新春慰问\n\n1月9日起，龙田镇侨联一共走访慰问了5位老侨眷，标准为每人800元；"
        "对结对帮扶对象4户，按每户1000元送上慰问。\n"
    )
    got = _by_value(figures(text, province="福建"))
    assert got[4]["place"] == "龙田镇"


def test_a_hometown_chamber_of_another_province_places_nothing():
    text = "温州商会为会员父母送上新年红包\n\n商会会长一行走访了29户会员家庭，送去慰问金5.8万元。\n"
    found = figures(text, province="湖南")
    assert {(f["province"], f["place"]) for f in found} == {("湖南", "湖南省")}


def test_a_province_written_before_a_giving_county_is_the_givers_too():
    text = (
        "棉被送到困难群众家中\n\n湘潭县民政局近日为120户困难群众送去棉被。"
        "这批棉被由贵州省黔东南州榕江县捐赠。\n"
    )
    (fig,) = figures(text)
    assert (fig["province"], fig["place"]) == ("湖南", "湘潭县")


def test_people_from_a_place_name_no_place_the_news_is_about():
    text = "百名龙岩籍职工喜领春节慰问金\n\n市总工会近日为100名龙岩籍职工每人送上500元慰问金。\n"
    found = figures(text, province="福建")
    assert "龙岩市" not in {f["place"] for f in found}


def test_a_village_named_like_a_city_of_another_province_sets_no_province():
    text = "乐居长春村 冬至为老人送温暖\n\n村里为250多位老人送去饺子，发放慰问金2万元。\n"
    found = figures(text, province="福建")
    assert {f["province"] for f in found} == {"福建"}


def test_walking_into_streets_and_communities_names_no_town():
    text = "市慈善总会送温暖\n\n漳州市慈善义工将走进街道社区，为800户困难家庭送上新春大礼包。\n"
    (fig,) = figures(text, province="福建")
    assert fig["place"] == "漳州市"


def test_a_landmark_named_after_its_city_does_not_raise_a_district_figure_to_the_city():
    text = (
        "各区腊八送粥\n\n全市共送出腊八粥5万余份。"
        "徐汇区龙华寺和上海城隍庙的志愿者为环卫工人送粥，共送出腊八粥1800余份。\n"
    )
    got = {f["value"]: f["place"] for f in figures(text, province="上海")}
    assert got[1800] == "徐汇区"


def test_the_province_students_travel_home_to_is_not_the_provinces_news():
    text = (
        "高校为贫困生发放返乡路费\n\n本报讯 某大学学生小李领到500元路费补助，当晚坐上驶往甘肃的"
        "列车回家过年。学校共为1200名贫困学生发放路费补助36万元，其中不少同学要回甘肃、"
        "青海过年。\n"
    )
    found = figures(text, province="江苏")
    assert {f["province"] for f in found} == {"江苏"}


def test_every_group_of_a_list_of_destinations_is_where_riders_go_not_the_news():
    text = (
        "客运公司开出返乡大巴\n\n福州长途汽车站昨天发出首批爱心大巴，共载着320名务工人员回家。"
        "后续班车将把乘客送回江西上饶、鹰潭，湖南郴州、永州，以及贵州遵义等地。\n"
    )
    found = figures(text, province="福建")
    assert {f["province"] for f in found} == {"福建"}


def test_people_from_a_place_working_in_another_name_where_they_come_from():
    text = (
        "总工会慰问外省职工\n\n近日，市总工会组成慰问团，为80名昭通市在榕务工人员和"
        "60名遵义市在榕打工人员送上新春慰问品。\n"
    )
    found = figures(text, province="福建")
    assert {f["province"] for f in found} == {"福建"}


def test_each_village_of_a_breakdown_keeps_its_own_households_after_the_total():
    text = (
        "桃源镇志愿者协会年前送温暖\n\n腊月二十，协会志愿者走访慰问了45户困难家庭。"
        "其中柳树村20户、杏花村15户、石桥村10户。\n"
    )
    got = {f["value"]: (f["metric"], f["place"]) for f in figures(text, province="湖南")}
    assert got == {
        45: ("households_reached", "桃源镇"),
        20: ("households_reached", "柳树村"),
        15: ("households_reached", "杏花村"),
        10: ("households_reached", "石桥村"),
    }


def test_small_counts_listed_village_by_village_are_each_villages_own():
    text = (
        "桃源镇志愿者协会年前送温暖\n\n腊月二十，协会志愿者走访慰问了6户困难家庭，"
        "其中柳树村三户、杏花村两户和石桥村一户。\n"
    )
    got = sorted((f["value"], f["place"]) for f in figures(text, province="湖南"))
    assert got == [(1, "石桥村"), (2, "杏花村"), (3, "柳树村"), (6, "桃源镇")]


def test_the_local_people_of_a_paragraph_that_names_its_area_again_are_the_areas():
    text = (
        "甘孜州遭遇暴雪\n\n甘孜州多地出现暴雪，死亡的有理塘县2人、巴塘县1人。\n"
        "灾情发生后，甘孜州立即启动应急预案。当地400多名干部群众投入救援。\n"
    )
    got = {f["value"]: f["place"] for f in figures(text, province="四川")}
    assert got[400] == "甘孜州"


def test_a_quotation_set_on_a_line_above_the_story_is_not_its_lead():
    text = (
        "“今年过年不冷了！”\n\n1月10日，宁陕县民政局干部来到困难群众家中开展春节慰问。\n\n"
        "慰问组共为32户困难家庭送去了米面油。\n"
    )
    (fig,) = figures(text, province="陕西")
    assert (fig["value"], fig["place"]) == (32, "宁陕县")


def test_retired_cadres_visited_and_elders_given_a_clinics_checks_are_reached_not_staff():
    text = (
        "春节前夕送关怀\n\n市委老干部局走访慰问了28位离休干部。"
        "社区医院为62名老年人测量了血压和血糖。\n"
    )
    got = _by_value(figures(text, province="湖北"))
    assert (got[28]["metric"], got[62]["metric"]) == ("people_reached", "people_reached")


def test_a_list_of_places_closed_by_how_many_they_are_places_no_one_of_them():
    text = (
        "市红十字会为48名患儿发放救助金\n发布日期：2013-01-18 来源：嘉兴红十字会\n\n"
        "元旦前后，市红十字会分三次向市区、海宁、秀洲三地48名贫困患儿发放救助金9.6万元。\n"
    )
    got = figures(text, province="浙江")
    assert {f["place"] for f in got} == {"嘉兴市"}


def test_a_private_charity_named_after_its_province_does_not_make_its_gift_province_wide():
    body = (
        "为环卫工人送去300件棉衣\n\n本报讯 12月5日，环卫所的工人们收到了一批新棉衣。这家公益"
        "组织当天共捐赠300件棉衣，另有50名环卫工人代表领到了手套。\n"
    )
    private = figures("四川晨曦公益服务中心" + body, province="四川")
    assert {(f["province"], f["level"]) for f in private} == {("四川", None)}
    official = figures("四川省慈善总会" + body, province="四川")
    assert {(f["province"], f["level"]) for f in official} == {("四川", "province")}


def test_a_provinces_paper_in_the_headline_does_not_place_the_news():
    text = "湖南日报丨新宁寒冬送温暖 慰问困难群众\n\n专项行动共走访慰问困难群众1395人次。\n"
    (fig,) = figures(text, province="湖南")
    assert fig["place"] == "新宁县"


def test_a_wire_label_naming_the_province_yields_to_the_city_of_the_lead():
    text = (
        "甘肃：暖心粮仓五年帮扶十万人次\n\n"
        "天水市有一座不收钱的粮仓，专门接济困难群众。粮仓今冬已发放米面油3200袋。\n"
    )
    assert {f["place"] for f in figures(text, province="甘肃")} == {"天水市"}


def test_a_national_agencys_dateline_does_not_place_the_story():
    text = (
        "寒冬里的一份补贴\n\n"
        "新华社兰州12月3日电 记者从临泽县民政局获悉，一项取暖补贴已经到账。\n\n"
        "今冬共为860户低收入家庭发放取暖补贴。\n"
    )
    (fig,) = figures(text, province="甘肃")
    assert fig["place"] == "临泽县"


def test_the_corps_is_a_place_of_its_own_not_the_autonomous_region():
    text = "新疆兵团发放冬季补助\n\n今年新疆兵团为1.8万户困难职工家庭发放取暖补助。\n"
    (fig,) = figures(text, province="新疆")
    assert (fig["place"], fig["level"]) == ("新疆生产建设兵团", "city")


def test_two_levels_acting_together_are_the_upper_levels():
    text = (
        "全省工会送温暖启动\n\n启动仪式上，省、成都市两级工会向80名困难劳模发放了慰问金。"
        "当天，市、武侯区两级工会还走访了40户困难职工家庭。\n"
    )
    got = _by_value(figures(text, province="四川"))
    assert got[80]["place"] == "四川省"
    assert got[40]["place"] == "成都市"


def test_a_meetings_venue_places_an_article_whose_organiser_names_no_place():
    text = (
        "市总工会在江阳区黄舣镇召开返乡农民工座谈会\n\n"
        "座谈会上，市总工会为260名返乡农民工发放了交通补贴。\n"
    )
    (fig,) = figures(text, province="四川")
    assert fig["place"] == "黄舣镇"


def test_the_whole_of_the_city_just_named_continues_its_paragraph():
    text = (
        "全省发放御寒物资\n\n今年，我省多地遭受洪涝灾害。\n\n"
        "宜宾市减灾委和各区县减灾委对全市受灾群众的需求进行了摸排。据汇总，该市共发放棉被3600余床。\n"
    )
    (fig,) = figures(text, province="四川")
    assert (fig["place"], fig["level"]) == ("宜宾市", "city")


def test_a_headline_count_the_body_states_as_struck_by_disaster_is_no_figure():
    text = (
        "省里拨款帮助830万余名受灾群众过冬\n\n"
        "去年，各类自然灾害共造成全省830.42万人受灾。省财政厅日前下拨救灾资金2亿元。\n"
    )
    got = [(f["metric"], f["value"]) for f in figures(text, province="湖北")]
    assert got == [("aid_disbursed", 200_000_000)]


def test_an_activity_held_in_a_town_is_the_towns_and_a_ceremony_is_not():
    visit = (
        "情暖冬至\n\n12月22日，区社工站在马驹桥镇两个村举办冬至送温暖活动，"
        "为高龄老人送去毛毯60条。\n"
    )
    (fig,) = figures(visit, province="北京")
    assert fig["place"] == "马驹桥镇"
    ceremony = (
        "市红十字会迎春帮困\n\n活动在静安区某街道文化中心举行启动仪式。"
        "市红十字会今年共筹集帮困资金800万元。\n"
    )
    (fig,) = figures(ceremony, province="上海")
    assert fig["place"] == "上海市"


def test_a_persons_name_ending_in_zhen_after_a_title_is_no_town():
    text = (
        "商会新春送温暖\n\n在仙游县鲤南镇党委的支持下，鲤南镇商会开展新春走访。"
        "由副会长兼秘书长陈永镇等人组成的慰问组，入户走访慰问了30户特困家庭。\n"
    )
    (fig,) = figures(text, province="福建")
    assert fig["place"] == "鲤南镇"


def test_a_province_named_in_a_firms_branch_does_not_place_the_story():
    text = (
        "爱心物资送到山区学校\n\n年底，报社发起送暖活动，征集到了某某贵州分公司等企业的物资。"
        "元旦期间，物资已送到望谟县的山区小学。\n\n当天下午，志愿者把90件毛衣发到孩子们手中。\n"
    )
    (fig,) = figures(text, province="贵州")
    assert fig["level"] != "province"


def test_dangdi_xiang_is_the_local_township_not_a_town_name():
    text = "慈善送温暖\n\n慈善会来到白沙乡走访困难户。当地乡政府还配套给每户多发了200元慰问金。"
    (fig,) = figures(text, province="福建")
    assert fig["place"] == "白沙乡"


def test_the_local_body_is_the_lower_place_the_article_named_before():
    text = (
        "内蒙古多地遭遇雪灾\n\n自治区民政厅介绍，近日包头市普降大雪。\n\n"
        "大雪致使当地固阳县和达尔罕茂明安联合旗的牧民受灾。\n\n"
        "目前当地民政部门已安排救灾资金80万元。\n"
    )
    (fig,) = figures(text, province="内蒙古")
    assert (fig["place"], fig["level"]) == ("包头市", "city")


def test_a_city_body_carrying_out_visits_in_a_district_places_them_there():
    visit = (
        "株洲市妇联等在芦淞区开展春节走访慰问活动\n\n"
        "1月16日，株洲市妇联联合多家单位开展走访慰问。此次共慰问困境妇女儿童36名。\n"
    )
    (fig,) = figures(visit, province="湖南")
    assert fig["place"] == "芦淞区"
    launch = "株洲市慈善总会春节助困活动在芦淞区启动\n\n市慈善总会今年共募集善款120万元。\n"
    (fig,) = figures(launch, province="湖南")
    assert fig["place"] == "株洲市"


def test_a_district_written_without_qu_right_after_its_city_in_a_headline():
    text = "广州越秀：年夜饭送千名职工\n\n两节期间，区总工会慰问困难职工家庭80户。\n"
    (fig,) = figures(text, province="广东")
    assert fig["place"] == "越秀区"


def test_aid_money_brought_to_people_aids_them_and_goods_reach_them():
    text = (
        "民政送温暖\n\n为50名困难群众送去临时救助金2万元。"
        "工会为120名困难职工送去了米、面、油等生活物资。\n"
    )
    got = _by_value(figures(text, province="湖北"))
    assert (got[50]["metric"], got[120]["metric"]) == ("people_aided", "people_reached")


def test_disaster_relief_money_given_with_consolation_goods_aids_those_counted():
    text = (
        "雪灾中送温暖\n\n团县委为45名受灾学生每人发放了500元救灾款以及棉衣等慰问品。"
        "民政局向80户受灾家庭发放救灾资金和慰问品。\n"
    )
    got = _by_value(figures(text, province="湖北"))
    assert (got[45]["metric"], got[80]["metric"]) == ("people_aided", "households_reached")


def test_a_raised_standard_is_no_figure_at_either_end():
    text = (
        "红十字会帮困\n\n今年将把困难老人的帮困标准从400元/人提高到600元/人，"
        "对低保户则由原来的每户补助100元提高到200元。\n"
    )
    assert figures(text, province="上海") == []


def test_the_value_of_consolation_goods_for_each_of_a_group_is_a_rate():
    text = "双拥慰问\n\n县里为全县2000名现役军人送去价值100元的慰问品。\n"
    got = _by_value(figures(text, province="河南"))
    assert (got[100]["metric"], got[100]["unit"]) == ("aid_standard", "yuan_per_person")


def test_quilts_claimed_by_donors_are_no_goods_handed_out():
    text = "爱心棉被\n\n活动发起后，80床爱心棉被陆续被认领完毕。\n"
    assert figures(text, province="青海") == []


def test_each_over_goods_written_without_a_joiner_counts_every_kind():
    text = "寒冬送温暖\n\n县民政局为困难群众送去棉被棉褥各40床、方便面30箱。\n"
    got = sorted(f["value"] for f in figures(text, province="山西"))
    assert got == [30, 80]


def test_listed_givers_who_each_give_one_amount_give_its_multiple():
    text = "爱心捐款\n\n爱心人士王某、刘某、陈某分别捐款2000元支持活动。\n"
    (fig,) = figures(text, province="天津")
    assert (fig["metric"], fig["value"]) == ("funds_raised", 6000)


def test_a_comma_list_after_a_colon_splits_the_total_its_head_states():
    text = (
        "温暖包发放\n\n义工联合会在城区共发放温暖包200个：东街小学80个，"
        "西关小学70个，南门中学50个。\n"
    )
    got = sorted(f["value"] for f in figures(text, province="甘肃"))
    assert got == [50, 70, 80, 200]


def test_equal_donations_by_different_givers_are_two_figures():
    text = (
        "慈善募捐\n\n市慈善会收到多家单位的捐款。华北机械有限公司捐款3万元。"
        "市第二人民医院捐款3万元。\n"
    )
    got = [f["value"] for f in figures(text, province="河北")]
    assert got == [30_000, 30_000]


def test_one_giver_named_again_with_the_same_donation_is_one_figure():
    text = (
        "慈善募捐\n\n华北机械有限公司捐款3万元。\n\n仪式上，华北机械有限公司捐款3万元的"
        "善举得到表彰。\n"
    )
    assert [f["value"] for f in figures(text, province="河北")] == [30_000]


@pytest.mark.parametrize(
    "sentence",
    [
        "爱心企业为环卫工人捐赠棉衣300套。",
        "社会各界共捐赠棉被300床，已全部发放到困难群众手中。",
    ],
)
def test_goods_donated_to_people_or_handed_on_are_goods_handed_out(sentence):
    (fig,) = figures(f"爱心衣物募集\n\n{sentence}\n", province="安徽")
    assert (fig["metric"], fig["value"]) == ("items_distributed", 300)


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("县民政局争取上级补助资金500万元。", "funds_raised"),
        ("县慈善会筹集救助资金500万元。", "funds_raised"),
        ("县民政局发放救助资金500万元。", "aid_disbursed"),
    ],
)
def test_a_fund_named_after_an_aid_verb_leaves_the_decision_to_the_verb_before(sentence, metric):
    (fig,) = figures(f"春节慰问\n\n{sentence}\n", province="贵州")
    assert fig["metric"] == metric


def test_the_value_each_counted_package_holds_is_a_rate():
    text = "温暖包发放\n\n此次共发放温暖包300个，每个价值200元。\n"
    got = {f["value"]: f for f in figures(text, province="甘肃")}
    assert got[300]["metric"] == "items_distributed"
    assert (got[200]["metric"], got[200]["unit"]) == ("aid_standard", "yuan_per_person")


def test_the_value_of_each_quilt_is_no_package_rate():
    text = "棉被发放\n\n此次共发放棉被300床，每床价值200元。\n"
    got = {f["value"]: f for f in figures(text, province="甘肃")}
    assert got[200]["metric"] == "in_kind_value"


def test_staff_counted_after_a_recipient_marker_receive_and_are_no_staff():
    text = "送温暖\n\n区总工会为近200名医护人员、公交司机送上新春慰问品。\n"
    (fig,) = figures(text, province="广东")
    assert fig["metric"] == "people_reached"


def test_volunteers_who_bring_gifts_stay_staff():
    text = "送温暖\n\n区总工会组织30名志愿者为老人送去年货。\n"
    (fig,) = figures(text, province="广东")
    assert fig["metric"] == "staff_mobilized"


@pytest.mark.parametrize(
    "sentence",
    [
        "全市1.2万余家(次)单位、80万余人次参与捐款。",
        "向“暖冬行动”捐款献爱心的企业共300家、个人共2.5万人(次)。",
    ],
)
def test_people_who_took_part_in_giving_are_donors_not_a_figure(sentence):
    assert figures(f"暖冬行动\n\n{sentence}\n", province="浙江") == []


def test_a_registered_stock_of_households_is_a_figure_without_a_visit_verb():
    text = "送温暖\n\n据了解，该市目前共有在档困难职工2800户。\n"
    (fig,) = figures(text, province="河北")
    assert (fig["metric"], fig["value"]) == ("households_reached", 2800)


def test_a_relief_word_inside_a_bodys_name_does_not_make_its_staff_recipients():
    text = (
        "送温暖\n\n1月10日上午，市救助管理站二分站工作人员一行6人走访慰问困难群众，"
        "为他们送去米面油。\n"
    )
    (fig,) = figures(text, province="江西")
    assert (fig["metric"], fig["value"]) == ("staff_mobilized", 6)


def test_people_of_a_stricken_area_who_receive_aid_are_an_outcome():
    text = "御寒物资\n\n入冬前，山区和受灾地区的5万户困难群众将领到御寒棉被。\n"
    (fig,) = figures(text, province="四川")
    assert (fig["metric"], fig["value"], fig["status"]) == ("households_reached", 50000, "planned")


def test_people_stricken_are_a_need_not_an_outcome():
    assert figures("灾情通报\n\n全县受灾群众5.8万人，倒损住房3000户。\n", province="四川") == []


def test_a_count_of_ge_after_a_family_word_counts_households():
    text = "年货\n\n全镇困难家庭300余个得到了慰问。\n"
    (fig,) = figures(text, province="湖南")
    assert (fig["metric"], fig["value"], fig["unit"]) == ("households_reached", 300, "households")


def test_goods_counted_in_ge_after_a_family_word_stay_goods():
    text = "送煤\n\n完成三个社区共80户特困户5000个蜂窝煤的发放工作。\n"
    got = {f["value"]: f["metric"] for f in figures(text, province="云南")}
    assert got[5000] == "items_distributed"


def test_a_verbless_count_of_people_takes_the_verb_of_the_clause_about_each_of_them():
    text = "年货\n\n当天，一共60名困难群众，每人领到了一份爱心年货。\n"
    (fig,) = figures(text, province="湖南")
    assert (fig["metric"], fig["value"]) == ("people_reached", 60)


def test_a_bare_city_body_in_a_county_level_citys_report_is_that_city():
    text = (
        "桐城市民政局开展春节慰问\n\n桐城市民政局统筹开展慰问活动。\n\n"
        "这次慰问由市领导带头，市民政局和各镇协同发力，累计慰问困难群众800人。\n"
    )
    (fig,) = figures(text, province="安徽")
    assert (fig["place"], fig["level"]) == ("桐城市", "county")


def test_a_bare_city_body_in_a_prefectures_report_stays_the_prefecture():
    text = (
        "长沙市春节送温暖\n\n长沙市春节送温暖活动昨日在宁乡市横市镇举办，"
        "市红十字会等单位主办。\n\n市红十字会共筹集款物300多万元。\n"
    )
    (fig,) = figures(text, province="湖南")
    assert fig["place"] == "长沙市"


def test_a_time_before_a_bare_county_body_names_no_county():
    text = "红十字会送温暖\n\n宝应县红十字会开展慰问。今年县红十字会共筹措慰问金30多万元。\n"
    (fig,) = figures(text, province="江苏")
    assert fig["place"] == "宝应县"


def test_a_provinces_campaign_launched_in_a_city_stays_the_provinces():
    text = (
        "省慈善总会暖冬行动在长沙启动\n\n1月5日，由省慈善总会主办的暖冬行动在长沙启动。"
        "今年共筹集善款2200多万元。\n"
    )
    (fig,) = figures(text, province="湖南")
    assert (fig["place"], fig["level"]) == ("湖南省", "province")


def test_a_provinces_visit_to_a_city_is_the_citys():
    text = "省红十字会慰问组到岳阳送温暖\n\n慰问组为困难群众送去慰问金3万元。\n"
    (fig,) = figures(text, province="湖南")
    assert fig["place"] == "岳阳市"


def test_a_count_inside_a_campaigns_name_is_no_figure():
    text = "送温暖\n\n第3届春节向全市三万特困户送温暖爱心大行动在咸阳启动。\n"
    assert figures(text, province="陕西") == []


def test_a_count_in_a_clause_before_the_launch_is_a_figure():
    text = "送温暖\n\n为两千户困难家庭送去年货，活动在咸阳启动。\n"
    (fig,) = figures(text, province="陕西")
    assert fig["value"] == 2000


def test_a_joint_headline_of_a_province_and_its_capital_is_the_provinces():
    text = "吉林省暨长春市总工会送温暖活动启动\n\n活动期间，各级工会共走访困难职工家庭2.9万户。\n"
    (fig,) = figures(text, province="吉林")
    assert fig["place"] == "吉林省"


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("为困难职工送去米、面、油等慰问品，金额共计8.5万元。", "in_kind_value"),
        ("此次共发放棉被300床、棉衣500件，总计8.5万元。", "in_kind_value"),
        ("为困难职工送去慰问金和米、面、油，共计8.5万元。", "aid_disbursed"),
    ],
)
def test_a_verbless_total_after_goods_handed_out_is_their_value(sentence, metric):
    got = {f["value"]: f["metric"] for f in figures(f"取暖物资\n\n{sentence}\n", province="甘肃")}
    assert got[85000] == metric


def test_a_town_followed_by_within_is_still_the_town():
    text = (
        "某慈善会春节慰问活动总结\n\n某慈善会为九江镇内各社区的孤寡老人送去了温暖。\n\n"
        "此次活动共慰问困难家庭40户。\n"
    )
    (fig,) = figures(text, province="广东")
    assert (fig["place"], fig["level"]) == ("九江镇", "town")


def test_a_lower_bodys_headline_for_a_towns_poor_places_the_article_in_the_town():
    text = (
        "集安市林业局为光明镇贫困户送温暖\n\n"
        "春节临近，局干部走访慰问特困户30户，送去慰问金9000元。\n"
    )
    assert {f["place"] for f in figures(text, province="吉林")} == {"光明镇"}


@pytest.mark.parametrize(
    "sentence",
    [
        "市残联干部深入城区边远社区走访慰问困难残疾人20户。",
        "市红十字会深入基层走村串户救助困难家庭20户。",
    ],
)
def test_remote_communities_and_village_rounds_name_no_town(sentence):
    (fig,) = figures(f"荆州市送温暖\n\n{sentence}\n", province="湖北")
    assert fig["place"] == "荆州市"


def test_goods_taken_in_that_givers_donated_are_no_goods_handed_out():
    text = "爱心超市\n\n区爱心超市已接收社会各界捐赠的衣物3万余件、被褥400余床。\n"
    assert figures(text, province="黑龙江") == []


def test_hours_counted_with_ge_and_duo_are_no_goods():
    text = "写春联\n\n书法家们连续书写5个多小时，写出春联600副，送给困难群众。\n"
    assert [f["value"] for f in figures(text, province="湖南")] == [600]


def test_listed_givers_who_each_give_with_ge_give_its_multiple():
    text = "爱心捐款\n\n理事单位甲公司、乙公司、丙公司各捐款1万元。\n"
    (fig,) = figures(text, province="广东")
    assert (fig["metric"], fig["value"]) == ("funds_raised", 30000)


def test_how_many_there_are_of_a_people_noun_holding_a_verb_is_no_figure():
    text = "送温暖\n\n容桂有社会救助对象300多户。\n"
    assert figures(text, province="广东") == []


def test_the_face_value_of_one_voucher_is_a_rate():
    text = "送温暖\n\n慈善会为困难家庭派发了面值150元的爱心礼券。\n"
    (fig,) = figures(text, province="广东")
    assert (fig["metric"], fig["value"]) == ("aid_standard", 150)


def test_goods_collected_are_raised_and_their_value_is_money_raised():
    text = "爱心年货\n\n本次共征集到300份爱心年货，总价值共计8万元。\n"
    (fig,) = figures(text, province="浙江")
    assert (fig["metric"], fig["value"]) == ("funds_raised", 80000)


def test_people_counted_who_receive_money_make_it_aid_and_stay_people():
    text = "春蕾计划\n\n村里30名困难家庭女童领到了助学金15000元。\n"
    got = {f["value"]: (f["metric"], f["unit"]) for f in figures(text, province="江西")}
    assert got == {30: ("people_aided", "persons"), 15000: ("aid_disbursed", "yuan")}


@pytest.mark.parametrize(
    ("sentence", "metrics"),
    [
        (
            "为村里送去米、面、油等慰问品100份，现金3万元。",
            {100: "items_distributed", 30000: "aid_disbursed"},
        ),
        (
            "街道红十字会共发放救助金5万元、物资6万元。",
            {50000: "aid_disbursed", 60000: "in_kind_value"},
        ),
    ],
)
def test_an_amounts_own_noun_says_whether_it_is_cash_or_goods(sentence, metrics):
    got = {f["value"]: f["metric"] for f in figures(f"送温暖\n\n{sentence}\n", province="河南")}
    assert got == metrics


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("尧都区慈善会送温暖\n\n来自尧都区城区8个街道的60余户特困家庭参加了发放仪式。\n", "尧都区"),
        ("阳泉市城区民政局送温暖\n\n城区民政局走访困难户60户。\n", "城区"),
    ],
)
def test_a_district_named_like_an_urban_area_is_named_only_after_its_city(text, place):
    (fig,) = figures(text, province="山西")
    assert fig["place"] == place


@pytest.mark.parametrize(
    "text",
    [
        "送元宵\n\n困难户也都领到了区民政局发放的汤圆，合计3000户。\n",
        "春节红包送街道困难户\n\n今年共发放红包近500万元。\n",
    ],
)
def test_a_verb_before_a_body_or_a_street_names_no_place(text):
    (fig,) = figures(text, province="辽宁")
    assert fig["place"] == "辽宁省"


def test_a_local_papers_county_written_without_shi_places_an_unplaced_article():
    text = "岁末送暖意\n\n妇联干部走访慰问困难妇女200人，送去慰问金6万元。\n"
    got = figures(text, province="福建", publisher="石狮日报·石狮新闻网")
    assert {f["place"] for f in got} == {"石狮市"}


@pytest.mark.parametrize(
    "sentence",
    ["区总工会共帮扶困难职工约800人，帮扶总金额120余万元。", "全区送温暖资金共计45.6万元。"],
)
def test_a_verbless_amount_named_as_a_reliefs_money_is_aid_paid_out(sentence):
    got = {f["unit"]: f["metric"] for f in figures(f"送温暖\n\n{sentence}\n", province="上海")}
    assert got["yuan"] == "aid_disbursed"


def test_a_xinjiang_prefecture_written_short_is_found():
    text = "御寒冬衣送到伊犁州困难群众手中\n\n民政局为困难群众送去羽绒服，价值80万元。\n"
    (fig,) = figures(text, province="新疆")
    assert (fig["place"], fig["level"]) == ("伊犁州", "city")


@pytest.mark.parametrize(
    "sentence", ["今年帮困金额近90万元。", "区民政局春节走访慰问的经费共计12.4万元。"]
)
def test_money_named_by_the_help_it_paid_for_is_aid(sentence):
    (fig,) = figures(f"送温暖\n\n{sentence}\n", province="江苏")
    assert fig["metric"] == "aid_disbursed"


def test_a_zone_opening_a_headline_the_gazetteer_lacks_is_the_articles_place():
    text = "高新区开展春节走访慰问活动\n\n区党工委走访慰问困难群众300人，发放慰问金9万元。\n"
    assert {(f["place"], f["level"]) for f in figures(text, province="云南")} == {
        ("高新区", "county")
    }


@pytest.mark.parametrize(
    "text",
    [
        "博爱送万家\n\n市红十字会募集善款30万元，集中采购粮油12.5万元。\n",
        "博爱送万家\n\n今年工作：一是走访困难家庭200户；二是集中采购粮油12.5万元。\n",
    ],
)
def test_money_spent_buying_goods_is_their_value(text):
    got = {f["value"]: f["metric"] for f in figures(text, province="河北")}
    assert got[125000] == "in_kind_value"


def test_a_relief_word_naming_a_policy_does_not_make_the_people_aided():
    text = "政策宣传\n\n工作人员进村入户宣传社会救助政策3万余人次。\n"
    (fig,) = figures(text, province="湖南")
    assert fig["metric"] == "people_reached"


def test_a_monthly_average_per_person_is_a_monthly_rate():
    (fig,) = figures("低保\n\n城市低保对象月人均补助260元。\n", province="湖北")
    assert (fig["metric"], fig["unit"]) == ("aid_standard", "yuan_per_person_month")


def test_more_people_than_the_country_has_is_no_count():
    assert figures("低保\n\n城市低保救助3128955012人。\n", province="湖北") == []


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("每个困难职工家庭可收到慰问金600元。", "yuan_per_household"),
        ("每名困难学生获得助学金1000元。", "yuan_per_person"),
    ],
)
def test_each_described_recipient_makes_a_rate(sentence, unit):
    (fig,) = figures(f"送温暖\n\n{sentence}\n", province="海南")
    assert (fig["metric"], fig["unit"]) == ("aid_standard", unit)


def test_a_count_of_ge_with_wan_is_counted_once():
    text = "送温暖\n\n省总工会计划慰问全省在档的1.2万个困难职工家庭。\n"
    got = figures(text, province="海南")
    assert [(f["metric"], f["value"]) for f in got] == [("households_reached", 12000)]


@pytest.mark.parametrize(
    "sentence",
    ["这批物资已运到市区80个帮扶中心和帮扶站。", "这次救助主要面向30户企业的困难职工开展。"],
)
def test_help_centres_and_enterprises_counted_are_no_figure(sentence):
    assert figures(f"送温暖\n\n{sentence}\n", province="黑龙江") == []


def test_those_who_took_part_in_the_visits_are_staff_and_givers_are_not():
    got = figures("慰问\n\n此次参与慰问的人员有360人。\n", province="湖南")
    assert [(f["metric"], f["value"]) for f in got] == [("staff_mobilized", 360)]
    assert figures("慰问\n\n参与捐款的职工有300人。\n", province="湖南") == []


def test_yi_counted_with_ge_is_an_amount():
    text = "情暖万家\n\n项目累计募集并发放款物超过2个亿，多次获得表彰。\n"
    (fig,) = figures(text, province="天津")
    assert (fig["unit"], fig["value"]) == ("yuan", 200_000_000)


def test_the_average_price_of_one_gift_box_is_a_rate():
    text = "送温暖\n\n慰问组向60户贫困家庭发放了均价为260元的温暖箱。\n"
    got = {f["value"]: f["metric"] for f in figures(text, province="广西")}
    assert got[260] == "aid_standard"


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("市慈善总会为3个贫困县捐赠定向支持资金合计20万元。", "aid_disbursed"),
        ("市总工会号召干部职工为灾区捐款6000余元。", "funds_raised"),
        ("爱心企业向县慈善会捐赠10万元。", "funds_raised"),
    ],
)
def test_a_campaign_bodys_own_donation_to_places_in_need_is_given_out(sentence, metric):
    (fig,) = figures(f"情暖万家\n\n{sentence}\n", province="山东")
    assert fig["metric"] == metric


def test_goods_needed_are_no_goods_handed_out():
    text = "御寒\n\n灾区共需御寒棉被200万床，高寒山区还急需棉帐篷1万余顶。\n"
    assert figures(text, province="四川") == []


def test_goods_handed_to_people_in_need_are_goods_handed_out():
    (fig,) = figures("御寒\n\n为需要帮助的困难群众发放棉被300床。\n", province="四川")
    assert (fig["metric"], fig["value"]) == ("items_distributed", 300)


def test_each_quoted_package_s_value_is_a_rate():
    (fig,) = figures("温暖包\n\n每个“爱心温暖包”价值300元。\n", province="湖北")
    assert (fig["metric"], fig["value"]) == ("aid_standard", 300)


def test_people_counted_as_caring_givers_are_no_figure():
    assert figures("爱心\n\n先后有20多家爱心企业、80多名爱心人士参与。\n", province="甘肃") == []


def test_another_provinces_gift_to_a_place_of_the_reports_province_is_that_places():
    text = "平凉情暖一冬\n\n天津市某区团委联合公益组织为灵台县捐赠了价值20万元的暖心包。\n"
    (fig,) = figures(text, province="甘肃")
    assert (fig["province"], fig["place"]) == ("甘肃", "灵台县")


def test_a_part_of_what_each_receives_is_a_rate_too():
    got = _by_value(figures("社区为65位老人每人送上一份价值300元的年货礼包，其中包含100元红包。"))
    assert (got[100]["metric"], got[100]["unit"]) == ("aid_standard", "yuan_per_person")
    assert got[100]["status"] == "standard"


def test_places_listed_after_the_place_they_lie_in_count_there():
    text = (
        "株洲市民政局新春送温暖\n\n株洲市民政局近日开展走访。"
        "芦淞区建宁街道、龙泉街道合计45名困难群众领到了慰问品。\n"
    )
    (fig,) = figures(text, province="湖南")
    assert (fig["place"], fig["level"]) == ("芦淞区", "county")


def test_places_listed_each_with_their_own_upper_place_stay_several():
    text = (
        "市总工会送温暖\n\n榆林市总工会慰问队前往子洲县马蹄沟镇、横山县殿市镇，"
        "给11户困难家庭送去了食用油。\n"
    )
    (fig,) = figures(text, province="陕西")
    assert fig["place"] == "榆林市"


def test_a_sentence_opening_with_a_bare_body_word_continues_the_visit():
    text = (
        "省妇联送温暖\n\n12日，湖南省妇联一行8人来到永州市江永县上江圩镇中心小学。"
        "学校负责人代表学校接收了省妇联捐赠的6000元爱心款。\n"
    )
    got = _by_value(figures(text, province="湖南"))
    assert (got[6000]["place"], got[6000]["level"]) == ("上江圩镇", "town")


def test_a_part_that_plans_on_its_own_is_planned_though_its_total_is_done():
    got = _by_value(
        figures(
            "全县已采购棉衣棉被1.5万件，其中6000件近期将分批送到困难群众家中，"
            "其余9000件将视情况发放。"
        )
    )
    assert got[15_000]["status"] == "actual"
    assert got[6_000]["status"] == "planned"
    assert got[9_000]["status"] == "planned"


def test_a_part_that_says_it_is_done_is_done_though_its_total_is_planned():
    got = _by_value(figures("此次计划慰问困难职工60户，其中目前已慰问25户。"))
    assert got[60]["status"] == "planned"
    assert got[25]["status"] == "actual"


def test_former_names_of_todays_districts_place_older_reports():
    got = figures("蓟县民政局春节前为困难群众发放慰问金30万元。", province="天津")
    assert (got[0]["place"], got[0]["level"]) == ("蓟县", "county")
    got = figures("文登市民政局春节前为困难群众发放慰问金20万元。", province="山东")
    assert (got[0]["place"], got[0]["level"]) == ("文登市", "county")


def test_a_hospitals_community_project_names_no_community():
    text = "市红十字会送温暖\n\n天津市红十字会联合市人民医院社区服务队捐款6000元。\n"
    (fig,) = figures(text, province="天津")
    assert fig["level"] != "town"


def test_goods_carried_to_a_place_named_in_the_next_clause_count_there():
    text = (
        "爱心协会送棉衣\n\n宿州市爱心公益协会带着3000件棉衣，来到灵璧县尹集镇部分村庄，"
        "走访慰问了120多户困难家庭。\n"
    )
    got = _by_value(figures(text, province="安徽"))
    assert (got[3000]["place"], got[3000]["level"]) == ("尹集镇", "town")
    assert (got[120]["place"], got[120]["level"]) == ("尹集镇", "town")


def test_the_provincial_capital_named_by_shengcheng_is_the_capital_city():
    text = "年货大篷车\n\n本报讯 活动已累计为省城180户困难家庭送去年货。\n"
    (fig,) = figures(text, province="湖北")
    assert (fig["place"], fig["level"]) == ("武汉市", "city")


def test_an_article_naming_no_place_but_the_provincial_capital_is_the_capitals():
    text = (
        "年货大礼包送到困难家庭\n\n（图片说明：4日，志愿者为贫困家庭送上年货。）\n\n"
        "活动已累计为省城160户困难家庭送去年货。本报还准备了30箱大礼包。\n"
    )
    got = _by_value(figures(text, province="湖北"))
    assert (got[30]["place"], got[30]["level"]) == ("武汉市", "city")


def test_town_and_country_after_the_province_word_names_no_capital():
    text = "全省困难群众将领补贴\n\n我省城乡低保对象春节前将领到补贴，所需资金共计3.2亿元。\n"
    (fig,) = figures(text, province="河北")
    assert fig["place"] == "河北省"


def test_a_province_name_before_sheng_cheng_names_no_capital():
    text = "补贴发放到户\n\n湖南省城市困难家庭春节前领到补贴共计1.8亿元。\n"
    (fig,) = figures(text, province="湖南")
    assert fig["place"] == "湖南省"


def test_a_headline_opening_with_a_provincial_body_is_the_provinces_news_on_a_city_site():
    text = "省民政厅下月底前发放取暖补助\n\n新闻网讯 记者从省民政厅获悉，已发放取暖补助5200万元。\n"
    (fig,) = figures(text, province="甘肃", publisher="兰州在线")
    assert (fig["place"], fig["level"]) == ("甘肃省", "province")
    text = "省财政补助金春节前发放到位\n\n本报讯 记者从市民政局了解到，我市已下拨救灾棉被3200床。\n"
    (fig,) = figures(text, province="甘肃", publisher="天水日报")
    assert fig["place"] == "天水市"


def test_another_province_by_its_short_name_opening_a_clause_and_acting_owns_the_figure():
    text = (
        "多地福彩节前送温暖\n\n本报综合报道 春节临近，多地福彩机构开展慰问活动。"
        "其中，山东省济南市福彩中心投入600万元公益金。宁夏投入80万元福彩公益金开展春节送温暖活动。\n"
    )
    got = _by_value(figures(text, province="山东"))
    assert (got[800000]["province"], got[800000]["place"]) == ("宁夏", "宁夏回族自治区")


def test_a_figure_over_a_count_of_provinces_is_no_province_wide_figure():
    text = (
        "新年礼物送到福利院\n\n四川省各地福利院的1600余名小朋友每人领到一份新年礼物。"
        "基金会今年为中西部地区12个省300家福利院的1.8万多名儿童送去新年礼物。\n"
    )
    got = _by_value(figures(text, province="四川"))
    assert (got[18000]["place"], got[18000]["level"]) == ("四川省", None)


def test_a_province_named_only_inside_a_schools_name_states_no_province_wide_figure():
    text = (
        "困难学生获返程补助\n发布时间：2016-01-20\n寒假即将到来，浙江某某外国语学院向60名家庭"
        "经济困难学生发放了寒假返程交通补助。补助发放总额为2.4万元，其中省外学生每人500元。\n"
    )
    got = _by_value(figures(text, province="浙江"))
    assert got[24000]["level"] is None


def test_words_for_being_away_from_home_ending_in_xiang_name_no_township():
    text = "冬至送饺子\n\n本报讯 市救助站工作人员为流落他乡的15名街头流浪人员送上热饺子。\n"
    (fig,) = figures(text, province="河南", publisher="驻马店日报")
    assert fig["place"] == "驻马店市"


@pytest.mark.parametrize(
    "sentence",
    [
        "区侨联还为上述镇的20多名困难归侨送上春节慰问金。",
        "在全区各村（社）区设立社区基金，共为困难群众发放慰问金12万元。",
        "区妇联为其中来自社区的15名困境儿童送去新年礼物。",
        "市中医院一行12人来到包联村，为困难群众送去慰问金1.2万元。",
    ],
)
def test_words_before_a_town_suffix_that_name_no_town_leave_the_figure_the_districts(sentence):
    text = f"温暖过冬\n\n本报讯 {sentence}\n"
    found = figures(text, province="广东", publisher="佛山市顺德区人民政府")
    assert found and {f["place"] for f in found} == {"顺德区"}


def test_a_body_serving_its_own_area_after_a_lead_scene_in_a_community_keeps_its_place():
    text = (
        "爱心妈妈给困境儿童送礼包\n\n本报讯 “小雨今年又长高了。”1月30日上午，桥东区钢城社区"
        "困境儿童小雨的结对妈妈走进家门，看到孩子很开心。\n\n"
        "这一次，桥东区团委联合爱心企业，对辖区内36名困境儿童进行了慰问。\n"
    )
    found = figures(text, province="河北", publisher="邢台日报")
    assert [(f["value"], f["place"]) for f in found] == [(36, "桥东区")]


def test_a_provincial_bodys_gift_its_headline_sends_to_one_prefecture_is_that_prefectures():
    text = (
        "省残疾人福利基金会启动暖冬活动 爱心物资送往果洛州\n\n"
        "本报讯 1月20日，暖冬活动在省残疾人福利基金会启动。活动中，"
        "青海省残疾人福利基金会专门捐赠了价值2.4万元的米、面、油等爱心物资。\n"
    )
    (fig,) = figures(text, province="青海", publisher="青海新闻网")
    assert fig["level"] != "province"


def test_a_county_renamed_since_the_gazetteer_was_drawn_up_is_known_by_its_new_name():
    text = "养老院送温暖\n\n近日，养老院为32位特困供养老人发放了冬日温暖大礼包。\n"
    (fig,) = figures(text, province="贵州", publisher="盘州市人民政府")
    assert fig["place"] == "盘州市"


def test_two_provinces_in_a_sentence_the_one_the_givers_went_to_owns_what_they_handed_out():
    text = (
        "天津红十字会推动帮扶计划\n\n书包、玩具、压岁钱……近日，天津市红十字会的工作人员与爱心"
        "人士带着礼物赶到甘肃省定西市岷县，把筹得的15万元善款送到了120名困境儿童手上。\n\n"
        "据介绍，不到3个月，天津市红十字会就筹得了15万元善款。\n"
    )
    found = figures(text, province="甘肃")
    handed = next(f for f in found if f["metric"] == "aid_disbursed")
    assert (handed["province"], handed["place"]) == ("甘肃", "岷县")


def test_a_paving_verb_or_a_town_heads_title_names_no_village_or_town():
    text = (
        "交通局驻村帮扶\n\n本报讯 县交通运输局今年硬化通村路4公里，为30户贫困户送去米面油。"
        "湘江镇镇长李某说，每户还领到500元慰问金。\n"
    )
    found = figures(text, province="湖北", publisher="枣阳日报")
    assert all(f["place"] in ("枣阳市", "湘江镇") for f in found), found


def test_a_place_named_after_a_sentences_end_starts_no_list_with_the_places_before():
    text = (
        "一日捐活动进展\n\n本报讯 全市一日捐活动共募集善款380万元。"
        "超过百万元的有两个县，即榆中县和永登县。其中，榆中县募集150万元，永登县募集110万元。\n"
    )
    got = _by_value(figures(text, province="甘肃", publisher="兰州日报"))
    assert (got[1500000]["place"], got[1500000]["level"]) == ("榆中县", "county")


def test_the_other_villages_of_a_street_office_are_no_village_name():
    text = "敬老活动\n\n志愿者又走访了城关街道办事处其他村的60名空巢老人。\n"
    (fig,) = figures(text, province="云南")
    assert fig["place"] == "城关街道"


def test_packages_described_by_what_they_hold_are_counted():
    text = "暖冬行动\n\n县慈善会集中采购了装有面粉、菜籽油的爱心包4200份。\n"
    (fig,) = figures(text, province="甘肃")
    assert (fig["metric"], fig["value"]) == ("items_distributed", 4200)


def test_what_each_package_holds_is_no_total():
    text = "暖冬行动\n\n县慈善会发放爱心包，每个爱心包内含面粉2袋、菜籽油3桶。\n"
    assert figures(text, province="甘肃") == []


def test_a_sentence_subject_counted_then_a_plan_for_it_is_planned():
    text = "暖冬行动\n\n装有棉衣、棉鞋的3600份暖冬包，将在腊月前送到山区儿童手中。\n"
    (fig,) = figures(text, province="甘肃")
    assert (fig["value"], fig["status"]) == (3600, "planned")


def test_an_amount_listed_after_its_verb_keeps_the_verbs_status_before_a_plan():
    text = (
        "取暖补助下拨\n\n近日，省民政厅拨付燃煤补助3200万元、电费补助580万元，"
        "将按每户200元发放到户。\n"
    )
    got = _by_value(figures(text, province="甘肃"))
    assert got[5_800_000]["status"] == "actual"


def test_people_needing_aid_whom_the_campaign_aided_are_aided():
    text = "救助站年终总结\n\n全年共为460名需要临时救助者实施救助。\n"
    (fig,) = figures(text, province="黑龙江")
    assert (fig["metric"], fig["value"]) == ("people_aided", 460)


def test_people_needing_aid_are_no_outcome():
    text = "冬春救助\n\n全省约52万受灾群众需要冬春生活救助。\n"
    assert figures(text, province="黑龙江") == []


def test_a_bare_count_before_a_list_of_groups_closed_by_deng_counts_people():
    text = "价格补贴发放\n\n今冬为全省28万城乡低保、特困供养、孤儿等困难群众发放价格临时补贴。\n"
    (fig,) = figures(text, province="青海")
    assert (fig["value"], fig["unit"]) == (280_000, "persons")


def test_a_bare_magnitude_after_shang_is_a_lower_bound_but_songshang_is_no_bound():
    text = "关爱留守儿童\n\n十年来共资助上千名留守儿童。今年又走访上百户，送上800元慰问金。\n"
    got = _by_value(figures(text, province="江西"))
    assert got[1000]["qualifier"] == "at_least"
    assert got[100]["qualifier"] == "at_least"
    assert got[800]["qualifier"] == "exact"


def test_people_a_team_is_made_of_are_its_staff():
    text = "寒冬救助\n\n街面巡查救助队每晚出发，每支队伍一般由12人组成。\n"
    (fig,) = figures(text, province="广东")
    assert (fig["metric"], fig["value"]) == ("staff_mobilized", 12)


def test_money_raised_and_paid_out_in_one_verb_is_the_money_raised():
    text = "送温暖活动总结\n\n全市各级工会共筹集发放送温暖资金3200万元。\n"
    (fig,) = figures(text, province="河北")
    assert fig["metric"] == "funds_raised"


def test_money_pooled_and_arranged_is_money_paid_out():
    text = "送温暖活动总结\n\n市财政统筹安排专项资金800万元。\n"
    (fig,) = figures(text, province="河北")
    assert fig["metric"] == "aid_disbursed"


def test_vehicles_loaded_with_goods_are_no_goods_but_goods_loaded_are():
    text = (
        "御寒物资启运\n\n8台装满大米和棉被的卡车缓缓出发。车上装满物资，"
        "其中包括300台电暖器，将发到困难户家中。\n"
    )
    got = _by_value(figures(text, province="四川"))
    assert 8 not in got
    assert got[300]["metric"] == "items_distributed"


def test_leaflets_handed_out_are_no_goods():
    text = "政策宣传\n\n社区发放宣传材料600多份，走访困难家庭45户。\n"
    assert [f["value"] for f in figures(text, province="福建")] == [45]


def test_money_raised_keeps_its_verb_whatever_its_use_is_named():
    text = "送温暖\n\n区总工会多方筹集1800余万元专项资金，用于春节慰问。\n"
    (fig,) = figures(text, province="天津")
    assert fig["metric"] == "funds_raised"


def test_amounts_listed_before_the_one_that_writes_the_unit_share_it():
    text = "残联春节救助\n\n按困难程度，每户分别给予800、600、300元救助。\n"
    got = _by_value(figures(text, province="天津"))
    assert sorted(got) == [300, 600, 800]
    assert {f["unit"] for f in got.values()} == {"yuan_per_household"}


def test_amounts_in_tiers_are_what_each_gets():
    text = "春节慰问\n\n今年慰问金设200、400、800元三个档次，按困难程度发放。\n"
    got = _by_value(figures(text, province="天津"))
    assert sorted(got) == [200, 400, 800]
    assert {f["metric"] for f in got.values()} == {"aid_standard"}


def test_numbers_listed_before_a_year_or_a_batch_are_no_amounts():
    text = "救助\n\n2019、2020年共发放救助金300万元；第1、2批共发放500元。\n"
    assert sorted(f["value"] for f in figures(text, province="天津")) == [500, 3_000_000]


def test_a_bare_count_ending_its_clause_after_a_total_word_counts_the_people_named():
    text = "慈善\n\n五年来，受助的困难群众累计达到26万多。\n"
    (fig,) = figures(text, province="吉林")
    assert (fig["value"], fig["unit"], fig["qualifier"]) == (260_000, "persons", "at_least")


def test_relief_given_to_people_counted_is_money_paid_out_not_raised():
    text = "残联救助\n\n区残联向38户残疾人家庭实施一次性救助1.96万元。\n"
    got = _by_value(figures(text, province="天津"))
    assert got[19_600]["metric"] == "aid_disbursed"


def test_money_put_into_a_bodys_fund_is_raised():
    text = "慈善\n\n3家企业向街道慈善救助专项基金注资60万元。\n"
    (fig,) = figures(text, province="辽宁")
    assert fig["metric"] == "funds_raised"


def test_a_whole_province_opening_the_clauses_a_figure_goes_on_with_is_its_place():
    text = (
        "青海：妇联组织慰问困难妇女\n\n本报西宁1月20日电 记者了解到，截至1月18日，"
        "全省各级妇联已走访困难妇女1300人次，发放慰问金38万元。\n"
    )
    got = _by_value(figures(text, province="青海"))
    assert got[380_000]["place"] == "青海省"


def test_a_place_after_the_visitors_own_point_is_where_they_went():
    text = (
        "甘肃团省委启动暖冬行动\n\n本报讯 团省委机关干部一行30余人来到团省委联系点天祝县"
        "西大滩乡，开展下乡慰问。\n"
    )
    (fig,) = figures(text, province="甘肃")
    assert fig["place"] == "西大滩乡"


def test_a_bare_amount_a_money_verb_moves_is_money_unless_people_follow_it():
    moved = figures("救灾\n\n州民政局投入4200万安置受灾群众。\n", province="四川")
    counted = figures("助学\n\n县慈善会资助3万贫困学生完成学业。\n", province="四川")
    assert [(f["metric"], f["unit"]) for f in moved] == [("aid_disbursed", "yuan")]
    assert [(f["metric"], f["value"]) for f in counted] == [("people_aided", 30_000)]


def test_a_name_opening_with_under_its_rule_is_no_county():
    text = "红十字会送温暖\n\n市红十字会分组前往芜湖市所辖一县四区，走访慰问了40户困难家庭。\n"
    (fig,) = figures(text, province="安徽")
    assert fig["place"] == "芜湖市"


def test_goods_asked_of_the_level_above_are_not_handed_out_and_money_asked_is_raised():
    text = "雪灾\n\n省民政厅向民政部申请救灾资金8000万元，申请棉被2万床、棉衣1万件。\n"
    (fig,) = figures(text, province="甘肃")
    assert (fig["metric"], fig["value"]) == ("funds_raised", 80_000_000)


def test_volunteers_who_pool_a_donation_are_donors_and_their_money_is_raised():
    text = "社区送温暖\n\n为搞好慰问，社区30名志愿者共捐资8600元。\n"
    (fig,) = figures(text, province="河南")
    assert (fig["metric"], fig["value"]) == ("funds_raised", 8_600)


def test_a_place_opening_a_list_of_names_closed_by_deng_stands_for_several():
    visited = (
        "省残联开展新春慰问\n\n春节前夕，省残联开展新春慰问活动。工作人员走访了三亚、陵水、"
        "保亭、乐东等4个市县的60户残疾人家庭，发放慰问金6万元。\n"
    )
    acting = "冬季救助\n\n省民政厅部署冬季救助。三亚、陵水、保亭等市县共发放棉被900床。\n"
    got = _by_value(figures(visited, province="海南"))
    assert (got[60]["place"], got[60]["level"]) == ("海南省", "province")  # the body's visit
    (fig,) = figures(acting, province="海南")
    assert (fig["place"], fig["level"]) == ("海南省", None)  # a sum over some of its parts


def test_the_province_named_as_whom_a_campaign_served_is_the_figures_place():
    text = (
        "爱心饺子送到某乡\n\n义工联合会来到隆德县沙塘镇慰问。据介绍，该项目已开展8年，"
        "为宁夏3.2万户困难家庭送去年货。\n"
    )
    got = _by_value(figures(text, province="宁夏"))
    assert got[32_000]["place"] == "宁夏回族自治区"


def test_villages_listed_after_their_town_stand_for_the_town_below_a_longer_run():
    text = (
        "基金会驰援灾区\n\n中新网兰州1月3日电 基金会再次通过民建甘肃省委，向甘肃省临夏州积石山县"
        "大河家镇陈家村和韩陕家村送去生活物资，总价值28万元。\n"
    )
    (fig,) = figures(text, province="甘肃")
    assert fig["place"] == "大河家镇"


def test_a_hope_for_what_a_campaign_brings_is_planned():
    text = "年夜饭\n\n主办方希望通过这次活动，让全市3000户困难家庭都能吃上团圆饭。\n"
    (fig,) = figures(text, province="浙江")
    assert fig["status"] == "planned"


def test_the_provinces_body_giving_on_a_visit_gives_where_the_visit_went():
    text = (
        "省慈善会送温暖\n\n春节前，省慈善会向某市捐赠款物。\n"
        "仪式结束后，一行人到临渭区官道镇看望困难群众。在低保户王某家中，省慈善会送去慰问金"
        "1800元。\n"
    )
    got = _by_value(figures(text, province="陕西"))
    assert got[1_800]["place"] == "官道镇"


def test_an_amount_a_demonstrative_points_back_to_is_no_new_figure():
    text = (
        "副食补贴\n\n市里为城市低保对象每人每月增发30元副食补贴，两个月共计60元。"
        "这60元中，市财政承担45元。\n"
    )
    found = figures(text, province="河南")
    assert [f["value"] for f in found].count(60) == 1


def test_the_ends_of_a_range_of_yuan_written_with_units_bound_the_rate():
    text = "救助\n\n市总工会为860名困难职工每人发放了800元至2500元的救助金。\n"
    got = _by_value(figures(text, province="陕西"))
    assert (got[800]["qualifier"], got[2_500]["qualifier"]) == ("at_least", "at_most")
    assert got[800]["metric"] == got[2_500]["metric"] == "aid_standard"


def test_people_a_patrol_persuades_to_leave_or_go_home_are_reached():
    text = "寒潮救助\n\n救助站夜间巡查街面，发放棉被12床，劝返露宿人员9人。\n"
    got = _by_value(figures(text, province="海南"))
    assert got[9]["metric"] == "people_reached"


def test_what_a_family_lives_on_is_no_money_given():
    text = (
        "走访\n\n老人一家只靠儿子每月900元的工资和两千多元的养老金生活。"
        "区民政局为他家送去慰问金1000元。\n"
    )
    found = figures(text, province="湖北")
    assert [(f["metric"], f["value"]) for f in found] == [("aid_disbursed", 1_000)]


def test_a_company_story_naming_no_place_is_no_provinces_news_for_its_visitors():
    text = (
        "公司工会春节送温暖\n\n为落实省委、市委有关精神，公司工会在春节前开展送温暖活动。\n\n"
        "1月20日，省工办领导一行2人走访慰问困难职工家庭3户；公司工会走访慰问困难家庭86户，"
        "送去慰问金4.3万元。湖北省国防工会下拨慰问金6000元。\n"
    )
    found = figures(text, province="湖北")
    assert found and all(f["level"] != "province" for f in found)


def test_a_section_heading_naming_a_lower_place_places_the_paragraphs_under_it():
    text = (
        "各地工会关爱留守职工\n\n省总工会近日部署全省工会开展关爱行动。\n\n"
        "宜昌为职工送年货\n\n宜昌市总工会筹措资金80万元。\n\n另外，工会还将送出年货礼包3000份。\n"
    )
    got = _by_value(figures(text, province="湖北"))
    assert got[3_000]["place"] == "宜昌市"


def test_a_photo_caption_above_a_paragraph_is_no_section_heading():
    text = (
        "某州妇联开展春节慰问\n\n近日，州妇联干部分别来到三个帮扶联系点开展春节慰问活动。\n"
        "图：某县东坡村慰问活动现场\n"
        "本次活动共慰问困境儿童60名，发放慰问金1.8万元。\n"
    )
    got = _by_value(figures(text, province="湖北"))
    assert "村" not in got[60]["place"]  # the article's place, not the photo's village
    # the same line without the caption mark heads a section
    heading = text.replace("图：某县东坡村慰问活动现场", "东坡村送温暖")
    got = _by_value(figures(heading, province="湖北"))
    assert got[60]["place"] == "东坡村"


def test_workers_a_union_sends_home_are_reached():
    text = "包车返乡\n\n市总工会发出30班包车，把1260名农民工平安送回家乡。\n"
    (fig,) = figures(text, province="河南")
    assert (fig["metric"], fig["value"]) == ("people_reached", 1_260)


def test_a_town_written_after_a_place_of_another_province_lies_there():
    text = (
        "东西部协作送温暖\n\n近日，一封封感谢信从贵州省毕节市纳雍县寄回嘉定区华亭镇。"
        "原来，华亭镇采购了价值约40万元的棉被，送往纳雍县的学校。\n"
    )
    (fig,) = figures(text, province="贵州")
    assert fig["place"] != "华亭镇"


def test_goods_carried_to_those_in_need_are_handed_out():
    text = "关爱留守儿童\n\n区妇联把180套文具、绘本等新年礼物送到留守儿童手中。\n"
    (fig,) = figures(text, province="湖北")
    assert (fig["metric"], fig["value"]) == ("items_distributed", 180)


def test_money_a_named_person_takes_in_hand_is_aid_paid():
    text = "取暖补贴\n\n社区特困户李某领到了800元取暖补贴。\n"
    (fig,) = figures(text, province="新疆")
    assert (fig["metric"], fig["value"]) == ("aid_disbursed", 800)


def test_yuan_said_as_kuai_qian_is_money():
    text = "暖冬\n\n街道还为他家补贴了600块钱暖气费。\n"
    (fig,) = figures(text, province="新疆")
    assert (fig["unit"], fig["value"]) == ("yuan", 600)


def test_people_given_a_subsidy_after_dui_are_aided():
    text = "补贴\n\n县民政局对全县2600多名困难群众给予一次性补贴。\n"
    (fig,) = figures(text, province="陕西")
    assert fig["metric"] == "people_aided"


def test_money_expected_to_reach_people_by_a_date_is_planned():
    text = "生活补贴\n\n全县共计发放补贴资金180万元，预计将在9月底前发放到位。\n"
    (fig,) = figures(text, province="陕西")
    assert fig["status"] == "planned"


def test_amounts_listed_after_what_an_uncounted_class_receives_are_rates_too():
    text = "慰问\n\n特困职工和困难老人分别领到慰问金1200元和800元。\n"
    got = _by_value(figures(text, province="陕西"))
    assert got[1_200]["metric"] == got[800]["metric"] == "aid_standard"
    counted = "慰问\n\n全区260名困难职工领到了慰问金13万元。\n"
    assert ("aid_disbursed", 130_000) in [(f["metric"], f["value"]) for f in figures(counted)]


def test_people_counted_who_will_get_money_are_aided_as_planned():
    text = "过节补贴\n\n春节前，全市12万名困难居民将拿到8000万元过节补贴。\n"
    got = _by_value(figures(text, province="山东"))
    assert (got[120_000]["metric"], got[120_000]["status"]) == ("people_aided", "planned")


def test_what_one_package_is_worth_is_what_each_recipient_gets():
    homes = "年夜饭\n\n区慈善会向1200户困难家庭赠送年夜饭，每份260元。\n"
    members = "消费券\n\n市总工会向会员发放8万份消费券，每份30元。\n"
    assert _by_value(figures(homes, province="福建"))[260]["unit"] == "yuan_per_household"
    assert _by_value(figures(members, province="广东"))[30]["unit"] == "yuan_per_person"


def test_a_county_written_without_its_suffix_after_being_there_is_named_in_a_body():
    text = (
        "慈善送暖\n\n近日，市慈善总会开展寒冬送暖活动。\n\n三年来，基金会在长汀共投入600多万元，"
        "用于助学和助困。\n\n志愿者又来到龙泉社区，给20户居民送上年货。\n"
    )
    got = _by_value(figures(text, province="福建"))
    assert got[6_000_000]["place"] == "长汀县"
    assert got[20]["place"] != "龙泉市"


def test_counts_of_different_goods_are_two_figures_and_a_generic_restatement_is_one():
    text = (
        "慰问\n\n街道共发放大米150袋。随后，社区又为困难户送去食用油150桶。\n\n"
        "区红十字会送去爱心包800份。红十字会用善款采购生活物资800份，送到困难群众家中。\n"
    )
    values = [f["value"] for f in figures(text, province="北京")]
    assert values.count(150) == 2 and values.count(800) == 1


def test_a_rate_written_after_its_amount_with_mei_is_a_rate():
    text = "补助\n\n今年春节补助标准定为800元每户（人），由街道统一发放。\n"
    (fig,) = figures(text, province="浙江")
    assert (fig["metric"], fig["unit"]) == ("aid_standard", "yuan_per_household")


def test_stations_counted_with_ge_are_no_people():
    text = "互助\n\n街道建起了45个社区居民互助救助站，帮助困难群众过冬。\n"
    assert all(f["unit"] != "persons" for f in figures(text, province="天津"))


def test_people_a_patrol_reached_who_then_received_aid_are_aided():
    text = "寒夜救助\n\n救助站工作人员夜间巡查，共劝导6人进站接受救助。\n"
    got = _by_value(figures(text, province="山东"))
    assert got[6]["metric"] == "people_aided"


def test_the_province_that_sends_aid_is_not_the_reports_province():
    text = (
        "江苏援疆发起送温暖活动\n\n新华社乌鲁木齐1月5日电 冰箱30台、洗衣机20台，江苏援疆团队为"
        "伊宁县80户困难家庭送去新年礼物。据江苏省对口支援新疆前方指挥部介绍，所需近8万元资金"
        "全部由江苏商会出资。\n"
    )
    found = figures(text, province="新疆")
    assert {f["province"] for f in found} == {"新疆"}
    assert all(f["place"] != "乌鲁木齐市" for f in found)


def test_children_of_poor_households_are_people():
    text = "暖冬包\n\n工作人员向该校150名贫困户子女每人赠送了一个暖冬包。\n"
    got = _by_value(figures(text, province="陕西"))
    assert got[150]["unit"] == "persons"


def test_a_lead_going_on_after_an_opening_quotation_is_read_from_the_quote_s_end():
    text = (
        "爱心棉被送到山区学校\n\n“谢谢你们送来的棉被……”这几天，一封封感谢信从贵州省毕节市纳雍县"
        "寄回嘉定区华亭镇。原来，华亭镇采购了价值约40万元的棉被。\n"
    )
    (fig,) = figures(text, province="贵州")
    assert (fig["place"], fig["level"]) == ("纳雍县", "county")


def test_counties_listed_after_being_there_are_all_named():
    text = (
        "泉州市民政局开展寒冬送暖\n\n节前，市民政局开展慰问。基金会在永春、德化两地开展送暖活动，"
        "向520户困难家庭发放冬令物资。\n"
    )
    (fig,) = figures(text, province="福建")
    assert (fig["place"], fig["level"]) == ("泉州市", None)  # a sum over two of its counties


def test_goods_of_a_back_referring_sentence_lie_where_the_sentence_before_sent_them():
    text = (
        "总会驰援两省灾区\n\n2月3日，总会依据江西省的雪灾灾情，向灾区调拨了价值40万元的救灾物资。"
        "这批物资中有棉被3000床。\n\n2月4日，总会依据湖南省的冰冻灾情，向灾区调拨了价值35万元的"
        "救灾物资。这批物资包括棉被2600床、棉衣1800件。\n"
    )
    got = _by_value(figures(text, province="江西"))
    assert got[3000]["province"] == "江西"
    assert (got[2600]["province"], got[2600]["place"]) == ("湖南", "湖南省")
    assert (got[1800]["province"], got[1800]["place"]) == ("湖南", "湖南省")
    assert got[2600].get("part_of") is None  # not a part of the 3000床 two sentences back


def test_a_province_that_only_gives_does_not_move_a_cities_account_there():
    text = (
        "第五章 救灾救济\n\n2019年，全市投入救灾经费1260万元，发放救灾粮200万千克，北京捐赠衣物"
        "5万件，寒冬衣被2万套。\n"
    )
    found = figures(text, province="贵州", publisher="《遵义市民政志》")
    assert {f["province"] for f in found} == {"贵州"}
    assert {f["place"] for f in found} == {"遵义市"}


def test_a_county_written_without_its_suffix_after_goods_sent_to_it_is_named():
    text = (
        "鞍山：物资连夜送往灾区\n\n市本级调拨给海城的2000条棉被；调拨给台安的800顶帐篷，"
        "都已运到。\n"
    )
    got = _by_value(figures(text, province="辽宁"))
    assert (got[2000]["place"], got[2000]["level"]) == ("海城市", "county")
    assert (got[800]["place"], got[800]["level"]) == ("台安县", "county")


def test_an_allocation_to_provinces_named_by_their_one_character_names_is_no_provinces_figure():
    text = (
        "云南省获中央冬春救助资金\n\n记者从云南省民政厅获悉，民政部、财政部向川滇黔3省下拨冬春"
        "救助资金2.4亿元。\n"
    )
    (fig,) = figures(text, province="云南")
    assert (fig["province"], fig["level"]) == ("云南", None)


@pytest.mark.parametrize(
    "arrival",
    ["冒雨赶到市、县两级妇联结对的昭平县走马镇石门村", "来到“四联四帮”挂点村——昭平县走马镇石门村"],
)
def test_a_visit_to_a_village_named_after_whose_point_it_is_places_the_figures_there(arrival):
    text = (
        f"贺州市妇联冒雨看望留守儿童\n\n1月18日，贺州市妇联主席李某{arrival}，看望留守儿童。"
        "李某还为15名留守儿童送去了新书包。\n"
    )
    (fig,) = figures(text, province="广西")
    assert fig["place"] == "石门村"


def test_words_running_into_a_village_suffix_name_no_village():
    text = "过冬衣物进山村 浏阳慈善会送温暖\n\n1月10日，浏阳市慈善会为山区困难群众送去棉衣800件。\n"
    (fig,) = figures(text, province="湖南")
    assert fig["place"] == "浏阳市"


def test_a_long_village_name_starts_after_the_township_before_it():
    text = (
        "援建队春节慰问\n\n1月20日，援建工作队来到秀山县梅江镇阿底尔达民俗村，走访慰问村民60户。\n"
    )
    (fig,) = figures(text, province="重庆")
    assert fig["place"] == "阿底尔达民俗村"


def test_a_county_named_in_full_is_known_by_its_short_form_later_in_the_body():
    text = (
        "省民政厅调研冬春救助\n\n近日，省民政厅工作组来到长沙、株洲等地调研。\n\n"
        "工作组来到浏阳市，走访了受灾群众。\n\n"
        "目前浏阳正在审核冬春救助对象1200户，资金将通过一卡通发放。\n"
    )
    (fig,) = figures(text, province="湖南")
    assert (fig["value"], fig["place"]) == (1200, "浏阳市")


def test_a_local_outlets_article_naming_only_a_partner_elsewhere_stays_in_its_province():
    text = (
        "温暖过冬物资发放到位\n\n近日，市民政局把采购来的棉被1500床，连同甘肃临夏州"
        "对口协作单位捐赠的棉衣800件，发放到各乡镇困难群众手中。\n"
    )
    got = figures(text, province="湖南", publisher="浏阳市融媒体中心")
    assert {(f["province"], f["place"]) for f in got} == {("湖南", "浏阳市")}


def test_aid_sent_on_to_a_province_named_after_the_verb_is_that_provinces():
    text = (
        "湖南省红十字会驰援灾区\n\n截至12月20日，全省红十字系统共筹措款物120万元。"
        "目前筹措到的80万元救援资金已拨付给甘肃省红十字会，用于灾区群众过冬。\n"
    )
    got = {f["value"]: f["province"] for f in figures(text, province="湖南")}
    assert got == {1_200_000: "湖南", 800_000: "甘肃"}


def test_a_team_from_another_province_with_its_batch_number_gives_in_this_province():
    text = (
        "援疆干部新春送温暖\n\n1月15日，浙江省第八批援疆干部人才为当地困难群众送去慰问金3万元。\n"
    )
    (fig,) = figures(text, province="新疆")
    assert fig["province"] == "新疆"


def test_a_long_village_name_starts_after_the_word_that_bounds_it():
    text = "援建队春节慰问\n\n1月20日，援建工作队为阿底尔达民俗村60户村民送去慰问品。\n"
    (fig,) = figures(text, province="重庆")
    assert fig["place"] == "阿底尔达民俗村"


def test_a_later_item_placed_by_its_publisher_after_a_province_wide_figure_is_read():
    text = (
        "省民政厅部署冬春救助\n\n1月19日，湖南省民政厅召开会议，全省已发放冬春救助资金3.2亿元。\n\n"
        "又讯 1月18日，团委领导慰问了困难青少年3名。\n"
    )
    got = _by_value(figures(text, province="湖南", publisher="湘潭市民政局"))
    assert (got[320_000_000]["level"], got[3]["place"]) == ("province", "湘潭市")


@pytest.mark.parametrize(
    "lead",
    ["受寒潮影响，成都地区气温骤降。", "12月26日，成都街头寒意弥漫。"],
)
def test_a_place_whose_weather_opens_the_story_is_no_place_of_its_news(lead):
    text = (
        f"社工站开展寒冬送温暖\n\n{lead}大邑县社工站联合大邑县慈善会，为辖区内的困难群众"
        "送去棉衣、棉被等物资。\n\n据统计，此次行动共关爱困难群众800余人。\n"
    )
    (fig,) = figures(text, province="四川", publisher="中国网·四川")
    assert fig["place"] == "大邑县"


def test_a_village_named_after_cadres_assigned_to_it_is_no_village():
    text = "街道开展冬季走访\n\n近日，灞桥区某街道组织干部包村走访，共走访慰问了困难家庭76户。\n"
    (fig,) = figures(text, province="陕西", publisher="西安新闻网")
    assert fig["place"] == "灞桥区"


def test_a_report_naming_only_a_town_takes_the_province_of_that_town_when_no_other_has_it():
    text = (
        "雁门关乡民政服务站开展冬日关爱行动\n\n12月3日，服务站工作人员走访了辖区36户困难家庭，"
        "送去棉被36床。\n"
    )
    assert {f["province"] for f in figures(text, province=None)} == {"山西"}
    # a town name several provinces share says nothing
    shared = text.replace("雁门关乡", "龙凤镇")
    assert {f["province"] for f in figures(shared, province=None)} == {None}


def test_college_students_of_a_province_are_its_news_not_a_school():
    text = (
        "湖北留守贫困大学生领到返乡路费\n\n本报讯 1月20日，团省委为120名大学生发放返乡路费6万元。\n"
    )
    assert {f["province"] for f in figures(text, province=None)} == {"湖北"}


def test_a_ministrys_news_without_its_province_is_the_countrys_but_a_province_acting_is_its_own():
    text = (
        "民政部：入冬以来为困难群众发放临时救助金21亿元\n\n本报讯 记者从民政部获悉，今年一季度，"
        "各地共为困难群众发放临时救助金21亿元，惠及约500万人。其中，河南仅2月份就发放临时救助金"
        "1.5亿元。\n"
    )
    got = {f["value"]: (f["province"], f["place"]) for f in figures(text, province=None)}
    assert got[2100000000] == ("北京", "全国")
    assert got[150000000] == ("河南", "河南省")
    # a ministry sending relief to an area its headline does not name: that area's news
    sent = "民政部向雪灾灾区紧急调拨棉被\n\n本报讯 民政部向西藏自治区紧急调拨棉被2万床。\n"
    assert {f["province"] for f in figures(sent, province=None)} == {"西藏"}


def test_a_page_without_its_province_takes_it_from_the_source_line_under_the_headline():
    text = (
        "青山镇开展冬季关爱困难群众活动\n来源：绩溪新闻网 发布时间：2024-01-12\n\n"
        "连日来，镇民政办工作人员走访慰问了45户困难家庭，送去棉被45床。\n"
    )
    assert {f["province"] for f in figures(text, province=None)} == {"安徽"}


def test_a_chamber_named_after_a_place_the_body_says_the_news_is_in_keeps_that_province():
    text = (
        "义乌青商会出资出力 请环卫工人吃年夜饭\n\n日前在浙江义乌，青商会为到场的200名环卫工人"
        "办了一桌桌年夜饭。\n\n一位从四川来义乌务工多年的工人说，这里就像家一样。"
        "此前商会会员三天内筹得善款12万元。\n"
    )
    found = figures(text, province="浙江")
    assert {f["province"] for f in found} == {"浙江"}


def test_central_finance_news_from_beijing_is_the_countrys():
    text = (
        "中央财政下达冬春救助资金\n\n财政部日前发布消息，中央财政已下达今冬明春"
        "受灾群众生活救助资金50亿元。\n"
    )
    (fig,) = figures(text, province="北京")
    assert fig["place"] == "全国"


def test_a_headline_naming_a_town_by_its_bare_name_is_the_leads_town():
    text = (
        "新春新风尚 晋江安海上门为老人送福\n\n春节将至，晋江市安海镇一家乡贤基金会开展了"
        "一年一度的敬老活动。\n\n活动共慰问70岁以上老人45位。\n"
    )
    (fig,) = figures(text, province="福建")
    assert fig["place"] == "安海镇"


def test_a_headline_naming_two_towns_in_full_is_placed_above_them():
    text = (
        "晋江市安海镇、东石镇开展新春敬老\n\n安海镇　春节将至，镇里开展了一年一度的敬老活动。"
        "\n\n两镇共慰问70岁以上老人45位。\n"
    )
    (fig,) = figures(text, province="福建")
    assert fig["place"] == "晋江市"


def test_a_national_body_named_as_the_source_of_a_beijing_wire_tells_the_countrys_figure():
    text = (
        "春运志愿服务启动\n\n新华社北京1月20日电 春运今天开始。记者从民政部获悉，"
        "各级民政部门已为滞留旅客发放御寒衣被3万余件。\n"
    )
    (fig,) = figures(text, province="北京")
    assert fig["place"] == "全国"


def test_an_amount_inside_a_document_title_is_no_figure_but_an_unclosed_mark_far_back_hides_none():
    titled = "市民政局印发《关于发放2000万元冬季救助资金的通知》，全市发放救助资金1800万元。"
    assert [f["value"] for f in figures(titled, province="湖南")] == [18_000_000]
    # a 《 left open (a page cut mid-title) does not hide the amounts of the paragraphs after it
    cut = "冬季救助\n\n市民政局转发《关于做好冬季救助工作" + "，各地走访困难群众，了解生活情况" * 8
    found = figures(cut + "。全市发放救助资金1800万元。", province="湖南")
    assert [f["value"] for f in found] == [18_000_000]
