"""English names of places and publishers: from the gazetteer and a rule, else as written."""

from __future__ import annotations

import pytest

from exports.tables_out import export_frame, reader_frame
from presentation import tables
from presentation.filters import Filters
from presentation.i18n import t
from presentation.places_en import PLACES_EN, place_label, write_table
from presentation.publishers_en import publisher_label
from warehouse import connect, query


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("西宁市", "Xining"),
        ("钟山区", "Zhongshan District"),
        ("泾县", "Jing County"),
        ("西安市", "Xi'an"),  # an apostrophe where the syllables could be read otherwise
        ("长沙市", "Changsha"),  # 长 in a place name is chang
        ("成都市", "Chengdu"),
        ("大兴安岭地区", "Daxing'anling Prefecture"),
        ("哈尔滨市", "Harbin"),  # known in English by another name than its Pinyin
        ("乌鲁木齐市", "Urumqi"),
        ("湖南省", "Hunan"),
        ("青海", "Qinghai"),
        # the autonomous areas of the first four provinces, by their usual English
        ("海西蒙古族藏族自治州", "Haixi Mongol and Tibetan Autonomous Prefecture"),
        ("湘西土家族苗族自治州", "Xiangxi Tujia and Miao Autonomous Prefecture"),
        ("凤凰县", "Fenghuang County"),
        ("全国", "Nationwide"),  # a national body's figure
    ],
)
def test_gazetteer_places_are_named_in_english(name, english):
    assert place_label(name, "en") == english
    assert place_label(name, "zh") == name


@pytest.mark.parametrize("name", ["凉山彝族自治州", "若尔盖县", "江山路街道", "文化下乡"])
def test_places_without_a_reliable_english_name_stay_as_written(name):
    # autonomous areas and the counties in them, and places the gazetteer does not know
    assert place_label(name, "en") == name


def test_the_english_table_is_the_one_the_gazetteer_gives(tmp_path):
    from etl.paths import PLACES_FILE

    fresh = tmp_path / "places_en.csv"
    assert write_table(PLACES_FILE, fresh) > 2000
    assert fresh.read_text(encoding="utf-8") == PLACES_EN.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("publisher", "english"),
    [
        ("湖南省民政厅", "Hunan Provincial Department of Civil Affairs"),
        ("省民政厅", "Provincial Department of Civil Affairs"),
        ("沈阳市民政局", "Shenyang Municipal Civil Affairs Bureau"),
        ("沈阳市和平区民政局（稿件）", "Shenyang Heping District Civil Affairs Bureau (稿件)"),
        ("哈尔滨日报（记者王越）", "Harbin Daily (记者王越)"),
        ("新华社（记者王建；中国政府网转载）", "Xinhua News Agency (记者王建；中国政府网转载)"),
        ("兰州市慈善总会；公益时报", "Lanzhou Charity Federation; China Philanthropy Times"),
        ("新华网内蒙古频道", "Xinhuanet Inner Mongolia channel"),
        ("工人日报客户端（记者马力）", "Workers' Daily app (记者马力)"),
        ("平顶山市妇联", "Pingdingshan Women's Federation"),
        ("湖南日报·中国网", "Hunan Daily · China.org.cn"),
        ("湖南日报·新湖南客户端", "湖南日报·新湖南客户端"),  # one part unread: as written
        ("团结报（记者李琪）", "团结报（记者李琪）"),  # no rule reads it: as written
    ],
)
def test_publishers_are_named_in_english_by_rule(publisher, english):
    assert publisher_label(publisher, "en") == english
    assert publisher_label(publisher, "zh") == publisher


def test_english_tables_and_exports_name_places_and_publishers_in_english(built_warehouse):
    con = connect(built_warehouse)
    scope = Filters(("辽宁",), 2015, 2026, status="both", lang="en")
    params = {**scope.scope(), "metric": "", "statuses": ["actual", "planned"], "limit": 500}
    shown = tables.figures_table(query(con, "figures", params), "en")
    exported = reader_frame(export_frame(con, scope), "en")
    for frame in (shown, exported):
        assert "Shenyang" in frame["Place"].to_list()
        assert "沈阳市" not in frame["Place"].to_list()
        assert any(p and p.startswith("Liaoning Daily") for p in frame["Publisher"].to_list())


def test_the_campaign_grids_english_column_labels_fit_a_phones_columns():
    for key in ("households_reached", "people_reached", "funds_raised", "aid_delivered"):
        lines = t("grid_" + key, "en").split("<br>")
        assert all(len(line) <= 10 for line in lines), lines
