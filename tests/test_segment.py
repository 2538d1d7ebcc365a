"""Splitting bulletin pages into articles: attribution ends a body, titles before or after."""

from __future__ import annotations

import pytest

from etl.extraction.segment import segment
from tests.helpers import process

TITLES_AFTER = """走访慰问困难群众1200户，发放慰问金60万元。
（据甲市民政局）

甲市开展送温暖活动

乙县民政局近日发放救助资金30万元。
（据乙县融媒体中心）

乙县发放救助资金
"""

TITLES_BEFORE = """安徽省淮北市开展慈善情暖万家活动

淮北市共筹集善款92.34万元。
（据淮北市慈善协会）

广东省深圳市罗湖区开展关爱活动

罗湖区80户困难家庭喜领新春大礼包。
（据罗湖区文明办）
"""


def test_titles_after_bodies_belong_to_the_article_before():
    articles = segment(TITLES_AFTER)
    assert [a.titles for a in articles] == [["甲市开展送温暖活动"], ["乙县发放救助资金"]]
    assert [a.attribution for a in articles] == ["甲市民政局", "乙县融媒体中心"]


def test_titles_before_bodies_belong_to_the_article_after():
    articles = segment(TITLES_BEFORE)
    assert [a.titles for a in articles] == [
        ["安徽省淮北市开展慈善情暖万家活动"],
        ["广东省深圳市罗湖区开展关爱活动"],
    ]


def test_two_titles_between_bodies_are_split_between_them():
    text = TITLES_AFTER.replace("乙县民政局近日", "丙市慈善总会启动活动\n\n乙县民政局近日", 1)
    articles = segment(text)
    assert articles[0].titles == ["甲市开展送温暖活动"]
    assert articles[1].titles == ["丙市慈善总会启动活动", "乙县发放救助资金"]


def test_inline_attribution_phrase_does_not_split():
    text = "据了解，全省共发放资金3亿元（据统计，同比增长10%），惠及群众50万人。\n"
    assert len(segment(text)) == 1


def test_report_without_attribution_is_one_article():
    articles = segment("标题\n\n第一段，发放资金100万元。\n第二段，走访200户。\n")
    assert len(articles) == 1
    assert articles[0].titles == ["标题"]


def test_each_article_gets_its_own_province_and_place():
    doc = process(TITLES_BEFORE)
    assert [(a.province, a.place) for a in doc.articles] == [("安徽", "淮北市"), ("广东", "罗湖区")]
    assert {f.article for f in doc.figures} == {1, 2}


def test_an_exclaiming_headline_is_a_headline_and_an_opening_quote_is_not_the_lead():
    doc = process(
        "860万元！困难群众春节慰问金发放到位！\n\n"
        "“钱一早就到账了，心里踏实！”李大爷说。1月20日，河西区春节慰问金全部发放完毕。\n\n"
        "区民政局按照部署启动慰问工作，合计向救助对象5210人发放860万元。\n",
        province="天津",
    )
    assert doc.articles[0].title.startswith("860万元！")
    assert {(f.metric, f.place) for f in doc.figures} == {
        ("people_aided", "河西区"),
        ("aid_disbursed", "河西区"),
    }


def test_a_headline_with_a_dashed_subtitle_may_hold_a_comma():
    doc = process("心系困难，情暖新春——某镇开展送温暖活动\n\n镇里为60户困难家庭送去慰问品。\n")
    assert doc.articles[0].title == "心系困难，情暖新春——某镇开展送温暖活动"


def test_a_byline_under_an_exclaiming_headline_is_no_headline():
    doc = process(
        "救助800人次！某市冬季救助圆满结束\n某某报记者 张三\n\n全市冬季共救助流浪人员800人次。\n"
    )
    assert doc.articles[0].title == "救助800人次！某市冬季救助圆满结束"


def test_a_dateline_under_the_headline_is_neither_headline_nor_body():
    raw = (
        "县总工会开展送温暖活动\n\n锦州日报 2023-01-16\n\n1月15日，县总工会走访慰问困难职工80户。\n"
    )
    (article,) = segment(raw)
    assert article.titles == ["县总工会开展送温暖活动"]
    assert raw[article.body_start :].startswith("1月15日")


def test_a_dateline_with_a_time_of_day_shows_the_line_above_is_the_headline():
    raw = (
        "救助站，冒雪上路送温暖\n\n时间：2024-01-22 10:15　来源：某某报\n\n"
        "1月21日，救助站出动12人次。\n"
    )
    (article,) = segment(raw)
    assert article.titles == ["救助站，冒雪上路送温暖"]
    assert raw[article.body_start :].startswith("1月21日")


def test_a_campaign_name_holding_a_comma_does_not_stop_a_headline():
    raw = "某区2017年“一日捐，暖万家”活动启动\n\n1月12日，区红十字会举行启动仪式。\n"
    (article,) = segment(raw)
    assert article.titles == ["某区2017年“一日捐，暖万家”活动启动"]


def test_another_news_item_opened_by_youxun_is_an_article_of_its_own():
    raw = (
        "区总工会开展节日慰问\n\n1月19日，区总工会慰问了困难职工5户。\n\n"
        "又讯 1月18日，团市委领导慰问了困难青少年3名。\n"
    )
    first, second = segment(raw)
    assert second.titles == []
    assert raw[second.body_start :].startswith("又讯")
    assert "团市委" not in raw[first.body_start : first.body_end]


def test_a_reposts_original_headline_and_a_papers_section_line_are_skipped():
    raw = (
        "某县温暖包送困境儿童\n\n原标题：温暖包送困境儿童 御寒大衣蕴含关爱\n\n"
        "某某晚报 · 某区专题\n\n日前，县民政局为困境儿童送去温暖包400个。\n"
    )
    (article,) = segment(raw)
    assert article.titles == ["某县温暖包送困境儿童"]


def test_the_first_line_may_hold_a_comma_between_two_phrases():
    raw = "助残暖冬送关怀,某县残联开展春节走访慰问\n\n1月24日，县残联走访慰问残疾人30户。\n"
    (article,) = segment(raw)
    assert article.titles == ["助残暖冬送关怀,某县残联开展春节走访慰问"]


def test_a_numbered_section_heading_opens_the_body():
    raw = "民政局2018年救助工作总结\n\n一、社会救助工作扎实有力\n\n1.全市享受低保的有1403户。\n"
    (article,) = segment(raw)
    assert article.titles == ["民政局2018年救助工作总结"]


def test_a_first_line_that_exclaims_a_figure_then_goes_on_is_the_headline():
    text = "3000份年货送到家！某区慈善会为困难群众送去年货，让大家温暖过年\n\n正文第一句。\n"
    (article,) = segment(text)
    assert article.titles == [text.split("\n")[0]]


def test_a_first_line_opening_with_a_date_and_a_comma_is_body_text():
    text = "2023年1月5日，城南区民政局走访慰问困难群众\n\n当天共走访困难家庭30户。\n"
    (article,) = segment(text)
    assert article.titles == []


def test_a_long_official_document_title_on_the_first_line_is_the_headline():
    title = (
        "某县民政局关于下拨2026年春节城乡低保、特困人员、革命五老、孤儿及事实无人抚养儿童"
        "对象价格临时补贴资金的通知"
    )
    text = f"{title}\n\n各乡镇民政办：\n现将补贴资金下拨给你们。\n"
    (article,) = segment(text)
    assert article.titles == [title]


def test_a_wrapped_first_line_that_runs_on_into_the_next_is_body_text():
    text = "在春节到来之际，某县民政局\n多方筹措资金20万元，集中开展\n走访慰问活动。\n"
    (article,) = segment(text)
    assert article.titles == []


def test_a_wrapped_headline_whose_quoted_name_spans_two_lines_stays_one_headline():
    text = (
        "某大学志愿队“爱心送温暖，\n情暖在寒冬”活动走进某县\n某小学\n2023-12-01 09\n"
        "近日，志愿队的队员来到该校，\n给全校120名学生带去冬衣。\n"
    )
    (article,) = segment(text)
    assert "".join(article.titles).startswith("某大学志愿队“爱心送温暖，情暖在寒冬”活动走进某县")


def test_a_second_item_whose_lead_opens_with_its_outlets_tag_is_an_article_of_its_own():
    raw = (
        "市总工会为困难职工送上年货\n\n本报讯 昨天，市总工会慰问了300名困难职工。\n\n"
        "126万元慰问2100名贫困残疾人\n\n晚报讯 春节前，全市残联系统共慰问贫困残疾人2100名，"
        "慰问资金共计126万元。\n"
    )
    doc = process(raw, province="浙江")
    assert [a.title for a in doc.articles] == [
        "市总工会为困难职工送上年货",
        "126万元慰问2100名贫困残疾人",
    ]
    money = [f for f in doc.figures if f.unit == "yuan"]
    assert [(f.article, f.metric) for f in money] == [(2, "aid_disbursed")]


def test_a_roundups_section_label_over_a_tagged_lead_does_not_split_it():
    raw = (
        "情暖劳动者 温暖过新年\n\n连日来，全省各级工会开展送温暖活动。\n\n"
        "汕头\n\n工报讯 2月2日，汕头市总工会为300名职工送上礼包。\n"
    )
    assert len(segment(raw)) == 1


def test_a_later_item_naming_no_place_but_its_city_continues_the_item_before():
    raw = (
        "嘉兴市总工会为困难职工送上年货\n\n本报讯 昨天，嘉兴市总工会慰问了300名困难职工。\n\n"
        "126万元慰问2100名贫困残疾人\n\n晚报讯 春节前，全市残联系统共慰问贫困残疾人2100名。\n"
    )
    doc = process(raw, province="浙江")
    assert [(a.place, a.level) for a in doc.articles] == [("嘉兴市", "city"), ("嘉兴市", "city")]
    (fig,) = [f for f in doc.figures if f.value == 2100]
    assert (fig.place, fig.level) == ("嘉兴市", "city")


def test_a_first_line_opening_with_a_date_is_the_headline_when_a_dateline_follows():
    raw = (
        "1月20日前，一次性取暖补贴将全部发放到困难群众手中\n\n2022-01-10 来源：某某网\n\n"
        "记者从市民政局获悉，全市将为1.2万户困难家庭发放取暖补贴。\n"
    )
    (article,) = segment(raw)
    assert article.titles == ["1月20日前，一次性取暖补贴将全部发放到困难群众手中"]


def test_a_headline_with_a_comma_right_over_a_dated_byline_is_the_headline():
    raw = (
        "某乡临时救助有温情，雪中送炭暖人心\n信息来源：某乡 作者：某某 发布时间：2021-12-21\n\n"
        "近日，某乡为全乡12户困难家庭发放临时救助金9000元。\n"
    )
    (article,) = segment(raw)
    assert article.titles == ["某乡临时救助有温情，雪中送炭暖人心"]


def test_a_bulleted_short_headline_over_a_tagged_lead_starts_an_item():
    raw = (
        "■东山乡\n\n本报讯 东山乡共走访慰问困难党员6人。\n\n"
        "■南岭乡\n\n本报讯 南岭乡走访困难户25户。\n"
    )
    assert [a.titles for a in segment(raw)] == [["■东山乡"], ["■南岭乡"]]


def test_a_bylined_item_ends_where_the_next_headline_of_a_page_of_short_items_begins():
    page = (
        "甲市总工会冒雪看望困难职工\n\n1月20日，甲市总工会主席看望了12户困难职工。\n(王某)\n\n"
        "乙县总工会启动送温暖活动\n\n乙县总工会近日向80名困难职工发放慰问金。\n(李某 赵某)\n"
    )
    doc = process(page, province="陕西")
    assert [a.title for a in doc.articles] == [
        "甲市总工会冒雪看望困难职工",
        "乙县总工会启动送温暖活动",
    ]
    assert len(segment(TITLES_AFTER)) == 2  # a source line under a body still ends that item


def test_a_photo_credit_closes_a_captioned_item_and_the_next_headline_starts_another():
    page = (
        "某市慈善会为困难老人送棉被\n\n1月8日，某市慈善会向一户困难老人送去棉被。当天共送出棉被300床。"
        "本报记者 王某摄\n\n"
        "某县红十字会慰问环卫工人\n\n1月9日，某县红十字会慰问了环卫工人60名。（李某 摄）\n\n"
        "某区民政局发放取暖补贴\n\n1月10日，某区民政局向420户困难家庭发放了取暖补贴。新华社记者摄\n"
    )
    doc = process(page, province="河南")
    assert [a.title for a in doc.articles] == [
        "某市慈善会为困难老人送棉被",
        "某县红十字会慰问环卫工人",
        "某区民政局发放取暖补贴",
    ]
    # a caption's credit with the story going on below it, under no headline, ends nothing
    within = (
        "某镇开展送温暖活动\n\n工作人员装车。张某摄\n\n"
        "1月5日，某镇为困难户送去慰问金，共走访80户。\n"
    )
    assert len(segment(within)) == 1


@pytest.mark.parametrize(
    "split", ["某某新闻网 1月 29 日\n讯 春节临近，", "某某新闻网 1 月 29\n日讯 春节临近，"]
)
def test_an_outlets_tag_wrapped_over_two_lines_is_no_headline(split):
    raw = f"{split}某县开展了走访\n慰问活动，共走访困难户120户。\n"
    (article,) = segment(raw)
    assert article.titles == []
