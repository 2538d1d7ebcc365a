"""Normalisation: full-width characters, PDF layout, and the offset map back to the raw text."""

from __future__ import annotations

from etl.extraction.normalise import is_layout_wrapped, normalise

WRAPPED = (
    "\n".join(
        [
            "活动自今年 1月 1日启动以来，",
            "共组织",
            "2952名工作人员进行困难群众",
            "排查，走访摸排困难群众 30801",
            "名，开展各类救助共计 103人，",
            "发放救助资金 134237元，发放",
            "生活物资折款 6328元。",
            "",
            "（据黑龙江省民政厅）",
            "黑龙江省牡丹江市民政局启动两节",
            "期间社会救助行动",
            "这是下一篇文章的第一句话。",
        ]
    )
    + "\n"
)


def test_clean_text_is_left_as_it_is():
    raw = "标题一行\n\n第一段，发放救助资金134237元。\n第二段“大爱罗湖 温暖过年”。\n"
    assert normalise(raw).text == raw


def test_full_width_digits_become_ascii_with_offsets_kept():
    raw = "发放资金１２３．５万元"
    norm = normalise(raw)
    assert norm.text == "发放资金123.5万元"
    assert len(norm.offsets) == len(raw)


def test_spaces_between_digits_and_chinese_are_removed():
    assert normalise("走访慰问 53.6 万户困难群众").text == "走访慰问53.6万户困难群众"


def test_digits_grouped_by_threes_with_spaces_are_one_number():
    raw = "全年救助流浪人员12 408人，支出资金3\u2009265万元。"
    norm = normalise(raw)
    assert norm.text == "全年救助流浪人员12408人，支出资金3265万元。"
    assert [raw[i] for i in norm.offsets[8:13]] == list("12408")
    # columns of a table written as text keep their spaces: the last group is not at its unit
    assert normalise("甲镇 25 380 元\n").text.startswith("甲镇25 380")


def test_digits_grouped_by_threes_keep_their_decimals():
    norm = normalise("全年发放救助资金318 462.57元。")
    assert norm.text == "全年发放救助资金318462.57元。"


def test_a_headline_keeps_the_space_parting_its_phrases():
    raw = "寒潮致全市3万余人受灾 800吨救灾粮发往各县\n\n全市共发放 30 万元。\n"
    headline, body = normalise(raw).text.split("\n\n")
    assert (headline, body) == ("寒潮致全市3万余人受灾 800吨救灾粮发往各县", "全市共发放30万元。\n")


def test_rows_of_a_table_written_with_spaces_are_no_headlines():
    raw = "甲镇 2户 10人\n乙乡 1户 3人\n"
    assert normalise(raw).text == "甲镇2户10人\n乙乡1户3人\n"


def test_layout_wraps_are_joined_and_paragraphs_kept():
    norm = normalise(WRAPPED)
    assert is_layout_wrapped(WRAPPED)
    assert "走访摸排困难群众30801名" in norm.text
    assert "发放生活物资折款6328元。\n" in norm.text


def test_offsets_map_every_character_back_to_the_raw_text():
    norm = normalise(WRAPPED)
    for i, ch in enumerate(norm.text):
        if ch != "\n":
            assert WRAPPED[norm.offsets[i]] == ch


def test_kept_breaks_separate_titles_from_bodies():
    start = WRAPPED.index("黑龙江省牡丹江市")
    end = WRAPPED.index("这是下一篇")
    norm = normalise(WRAPPED, keep_breaks=[start, end])
    assert "（据黑龙江省民政厅）\n黑龙江省牡丹江市民政局启动两节期间社会救助行动\n这是" in norm.text


def test_to_raw_returns_the_raw_range_of_a_span():
    norm = normalise(WRAPPED)
    at = norm.text.index("30801名")
    raw_start, raw_end = norm.to_raw(at, at + len("30801名"))
    assert WRAPPED[raw_start:raw_end] == "30801\n名"


def test_a_list_of_short_headings_and_items_is_not_a_layout_wrap():
    raw = (
        "春节困难群众生活安排\n\n"
        "对全市3200名城市低保对象、9100名农村低保对象：\n\n增发一个月的保障金\n\n"
        "对480名农村五保对象：\n\n每人增发一个月的供养金\n\n"
        "对市属以外企业的1500户特困职工和低收入困难户：\n\n按每户300元标准，由区县统一发放\n\n"
        "对120名特困劳模：\n\n开展慰问\n\n"
        "对烈士家属、因公牺牲军人家属、病故军人家属以及伤残军人等优抚对象：\n\n"
        "以每人300元为标准开展慰问，合计2610人\n\n"
        "对各区县、各部门的困难党员：\n\n每人发放节日慰问金500元，合计1320人\n"
    )
    assert not is_layout_wrapped(raw)
    text = normalise(raw).text
    assert "增发一个月的保障金\n\n对480名农村五保对象：" in text
    # a column cut to one width still is, blank lines between its lines or not
    assert is_layout_wrapped(WRAPPED)


def test_numbered_headings_over_whole_paragraphs_are_no_layout_wrap():
    paragraph = (
        "全区纳入城乡低保5120户13400人，当月发放低保金512.6万元，其中城市低保对象1980户、"
        "农村低保对象3140户，保障金均于月底前通过一卡通足额发放到户；同时对新申请的家庭逐户入户核查，"
        "对不再符合条件的及时办理退出，做到应保尽保、应退尽退，群众反映良好。"
    )
    raw = (
        "某区11月社会救助工作情况\n\n"
        "本月，全区社会救助工作平稳有序推进，现将有关情况公示如下：\n\n"
        + "".join(
            f"{n}、{title}\n{paragraph}\n\n"
            for n, title in zip(
                "一二三四", ("城乡低保", "临时救助", "特困供养", "其他救助"), strict=True
            )
        )
        + "（据某区民政局）\n"
    )
    assert not is_layout_wrapped(raw)
    # each heading stays on its own line, and the colon's paragraph ends where it did
    text = normalise(raw).text
    assert "公示如下：\n\n一、城乡低保\n全区纳入" in text
