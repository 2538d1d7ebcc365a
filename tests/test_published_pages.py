"""Reports as they are published on the web: Traditional script, government pages, Big5."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import opencc
import pytest
import yaml

from etl.building.build import build_warehouse
from etl.extraction.pipeline import process_text
from etl.extraction.script import to_simplified
from etl.paths import REPORTS_DIR
from etl.reading.decode import ReadError, decode, decode_html
from etl.reading.intake import accept, page_metadata
from etl.reading.meta import ReportMeta, read_meta
from etl.reading.report import RawText, read_bytes, read_report
from tests.provincial_pages import (
    RANKING,
    RELATED,
    data_table,
    link_column_page,
    provincial_page,
    related_block,
    table_layout_page,
    two_article_page,
    with_inside_article,
)

# Taiwan-standard forms (為, 眾, 啟), which Big5 can encode; OpenCC's own forms (爲, 衆) it cannot.
S2TW = opencc.OpenCC("s2tw").convert
S2T = opencc.OpenCC("s2t").convert
# One-article reports of the bundled set, each with figures of several kinds.
ARTICLES = (
    "hn-2025-01-huayuan",
    "ln-2025-01-heping-cishan",
    "hlj-2026-01-suihua-qingnuanwanjia",
    "qh-2023-11-chengbeiqu",
)
HEADLINE = "民政部门开展冬春困难群众走访慰问活动"


def _raw(name: str, text: str) -> RawText:
    data = text.encode("utf-8")
    return RawText(name, text, "utf-8", hashlib.sha256(data).hexdigest(), len(data))


def _keys(doc) -> list[tuple]:
    """What a figure says, without where it stands in its file."""
    keys = [
        (
            f.metric,
            f.value,
            f.unit,
            f.qualifier,
            f.status,
            f.province,
            f.place,
            f.period_start,
            f.period_end,
        )
        for f in doc.figures
    ]
    return sorted(keys, key=repr)  # a period may have no start (None): no order against a date


def _report(stem: str) -> tuple[str, ReportMeta]:
    path = REPORTS_DIR / f"{stem}.txt"
    return path.read_text(encoding="utf-8"), read_meta(path)


def _assert_quotes_stand_in_the_stored_text(doc) -> None:
    for f in doc.figures:
        assert doc.text[f.span[0] : f.span[1]] == f.text
        assert f.text in f.quote
        assert f.quote in doc.text.replace("\n", ""), f.quote


@pytest.mark.parametrize("stem", ARTICLES)
@pytest.mark.parametrize("layout", [provincial_page, table_layout_page])
@pytest.mark.parametrize(
    ("script", "charset"),
    [("simplified", "utf-8"), ("simplified", "gb18030"), ("traditional", "big5"),
     ("traditional", "utf-8")],
)  # fmt: skip
def test_a_provincial_page_yields_exactly_the_figures_of_its_article(stem, layout, script, charset):
    text, meta = _report(stem)
    as_text = process_text(_raw("report.txt", text), meta)
    expected = _keys(as_text)
    assert expected
    paragraphs = [p for p in text.splitlines() if p.strip()]
    page = layout(HEADLINE, paragraphs, published=meta.published, charset=charset)
    # A BIG5 mirror serves the whole page, menus and footer too, in Traditional script.
    script_of = S2TW if script == "traditional" else str
    title = script_of(HEADLINE)
    if charset == "big5" and not _big5_encodable(script_of(page)):
        pytest.skip("the report holds a character Big5 lacks")
    raw = read_bytes("page.html", script_of(page).encode(charset))
    doc = process_text(raw, ReportMeta(province_hint=meta.province_hint))
    # Not one figure of the menus, counters, related-news lists, phone numbers or footer.
    assert _keys(doc) == expected
    for chrome in ("击数", "览次数", "ICP备", "首页", "相关", "电话", RELATED[0][0], RANKING[0]):
        assert script_of(chrome) not in doc.text
    assert doc.published == meta.published
    # The article keeps the headline it has; the page's stands in where it has none.
    assert doc.title == title
    assert doc.articles[0].title == (script_of(as_text.articles[0].title) or title)
    _assert_quotes_stand_in_the_stored_text(doc)
    if script == "traditional":
        assert any(c in doc.text for c in "區縣為眾鄉"), "the stored text keeps its script"


def _big5_encodable(text: str) -> bool:
    try:
        text.encode("big5")
    except UnicodeEncodeError:
        return False
    return True


def test_a_big5_page_without_a_declared_charset_is_read_exactly():
    text, _ = _report(ARTICLES[0])
    paragraphs = [p for p in text.splitlines() if p.strip()]
    page = S2TW(provincial_page(HEADLINE, paragraphs, charset="big5"))
    data = page.replace('<meta charset="big5">', "").encode("big5")
    raw = read_bytes("page.html", data)
    assert S2TW(paragraphs[1]) in raw.text


def test_page_title_date_and_site_fill_only_what_the_metadata_lacks():
    text, _ = _report(ARTICLES[0])
    paragraphs = [p for p in text.splitlines() if p.strip()]
    page = provincial_page(HEADLINE, paragraphs, published=date(2025, 1, 18))
    raw = read_bytes("page.html", page.encode("utf-8"))
    assert (raw.page.title, raw.page.published, raw.page.site) == (
        HEADLINE,
        date(2025, 1, 18),
        "湖南省民政厅",
    )

    bare = process_text(raw, ReportMeta())
    assert bare.published == date(2025, 1, 18)
    assert (bare.title, bare.publisher) == (HEADLINE, "湖南省民政厅")
    assert bare.from_page == ("published", "title", "publisher")

    own = ReportMeta(publisher="花垣县民政局", published=date(2025, 1, 20), title="自己的标题")
    kept = process_text(raw, own)
    assert (kept.published, kept.publisher, kept.title) == (
        date(2025, 1, 20),
        "花垣县民政局",
        "自己的标题",
    )
    assert kept.from_page == ()


def test_the_page_date_comes_from_its_info_line_when_the_head_has_no_meta_tags():
    text, _ = _report(ARTICLES[0])
    page = provincial_page(
        HEADLINE, text.splitlines(), published=date(2025, 1, 18), head_meta=False
    )
    assert read_bytes("page.html", page.encode("utf-8")).page.published == date(2025, 1, 18)


def test_a_page_without_a_date_of_its_own_gets_none_not_a_related_news_date():
    text, _ = _report(ARTICLES[0])
    page = provincial_page(HEADLINE, text.splitlines(), published=None, head_meta=False)
    assert read_bytes("page.html", page.encode("utf-8")).page.published is None


def test_big5_text_files_read_exactly(tmp_path):
    read = 0
    for report in sorted(REPORTS_DIR.glob("*.txt")):
        text = S2TW(report.read_text(encoding="utf-8"))
        if not _big5_encodable(text):
            continue  # 侴 and a few other characters are not in Big5
        path = tmp_path / report.name
        path.write_bytes(text.encode("big5"))
        raw = read_report(path)
        assert (raw.text, raw.encoding) == (text, "big5"), report.name
        read += 1
    assert read >= 15


def test_gb18030_text_is_not_taken_for_big5():
    text, _ = _report(ARTICLES[1])
    assert decode(text.encode("gb18030")) == (text, "gb18030")


def test_bytes_that_read_as_chinese_in_both_encodings_are_refused_not_guessed():
    # Two characters that are common both as GB18030 and (as other characters) as Big5.
    data = "春节".encode("gb18030")
    assert data.decode("big5")
    with pytest.raises(ReadError, match="both in"):
        decode(data)


def test_bytes_that_read_as_no_chinese_text_are_refused_with_the_reason():
    with pytest.raises(ReadError, match="reads as no Chinese text"):
        decode(bytes(range(0x81, 0xFE)) * 4)


def test_traditional_reports_give_the_simplified_figures_with_spans_into_their_own_text():
    for path in sorted(REPORTS_DIR.glob("*.txt")):
        text, meta = path.read_text(encoding="utf-8"), read_meta(path)
        simplified = process_text(_raw(path.name, text), meta)
        traditional = process_text(_raw(path.name, S2T(text)), meta)
        assert _keys(traditional) == _keys(simplified), path.name
        assert traditional.text == S2T(simplified.text)
        assert [f.span for f in traditional.figures] == [f.span for f in simplified.figures]
        assert [f.quote for f in traditional.figures] == [S2T(f.quote) for f in simplified.figures]
        assert [a.title for a in traditional.articles] == [
            S2T(a.title) for a in simplified.articles
        ]


def test_a_conversion_that_changes_length_still_gives_aligned_text():
    def lengthening(text: str) -> str:  # a phrase table entry of another length
        return text.replace("溫暖", "温暖的").replace("區", "区")

    converted = to_simplified("朝陽區\n溫暖過年\n發放資金", lengthening)
    assert converted.split("\n") == ["朝陽区", "溫暖過年", "發放資金"]
    # Lines the phrase entry would lengthen go character by character; lengths always hold.
    assert len(converted) == len("朝陽區\n溫暖過年\n發放資金")


def test_simplified_text_is_left_as_it_is():
    for path in sorted(REPORTS_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert to_simplified(text) == text


def test_uploaded_page_gives_its_title_and_date_for_the_form(tmp_path):
    text, _ = _report(ARTICLES[0])
    page = provincial_page(HEADLINE, text.splitlines(), published=date(2025, 1, 18))
    meta = page_metadata("新闻.html", page.encode("gb18030").replace(b"utf-8", b"gb18030"))
    assert (meta.title, meta.published, meta.site) == (HEADLINE, date(2025, 1, 18), "湖南省民政厅")
    assert page_metadata("report.txt", text.encode()) is None
    assert page_metadata("broken.html", b"\x89PNG\r\n\x1a\n") is None
    result = accept("新闻.html", page.encode(), tmp_path, published=meta.published, title=HEADLINE)
    assert result.accepted
    stored = yaml.safe_load(result.path.with_name(result.path.stem + ".meta.yml").read_text())
    assert stored["title"] == HEADLINE
    assert read_meta(result.path).title == HEADLINE


def test_warehouse_marks_what_came_from_the_page_and_stores_the_text_as_published(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    text, _ = _report(ARTICLES[0])
    page = provincial_page(HEADLINE, text.splitlines(), published=date(2025, 1, 18))
    (reports / "page.html").write_text(page, encoding="utf-8")
    big5 = reports / "big5.txt"
    big5.write_bytes(S2TW(text).encode("big5"))
    Path(reports / "big5.meta.yml").write_text(
        "publisher: 新湖南客户端\npublished: 2025-01-18\n", encoding="utf-8"
    )
    live = tmp_path / "w.duckdb"
    summary = build_warehouse(reports, live, quiet=True)  # the quality gate runs in here
    assert summary["loaded"] == 2
    con = duckdb.connect(str(live), read_only=True)
    rows = {
        r[0]: r[1:]
        for r in con.execute(
            "select doc, published, publisher, title, from_page, encoding from documents"
        ).fetchall()
    }
    assert rows["page.html"] == (
        date(2025, 1, 18),
        "湖南省民政厅",
        HEADLINE,
        "published, title, publisher",
        "html",
    )
    assert rows["big5.txt"] == (date(2025, 1, 18), "新湖南客户端", None, None, "big5")
    quotes = [
        q for (q,) in con.execute("select quote from figures where doc = 'big5.txt'").fetchall()
    ]
    assert "走訪慰問了56戶困難家庭" in quotes
    counts = con.execute("select doc, count(*) from figures group by doc order by doc").fetchall()
    assert counts[0][1] == counts[1][1] == 3


def test_the_figures_page_says_which_metadata_came_from_the_page(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from app.data import WAREHOUSE_ENV
    from tests.conftest import ROOT

    reports = tmp_path / "reports"
    reports.mkdir()
    text, _ = _report(ARTICLES[0])
    page = provincial_page(HEADLINE, text.splitlines(), published=date(2025, 1, 18))
    (reports / "page.html").write_text(page, encoding="utf-8")
    live = tmp_path / "w.duckdb"
    build_warehouse(reports, live, quiet=True)
    monkeypatch.setenv(WAREHOUSE_ENV, str(live))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    at.switch_page(str(ROOT / "app_pages" / "figures.py"))
    at.session_state["figures_table"] = {"selection": {"rows": [0], "columns": []}}
    at.run()
    assert not at.exception
    captions = " ".join(c.value for c in at.caption)
    assert "取自网页（元数据中没有）：发布日期、文章标题、发布方" in captions, captions
    assert any(HEADLINE in s.value for s in at.subheader)


def test_a_gb18030_list_full_of_symbols_is_still_read_as_gb18030():
    text = "一、工作开展情况\n①走访困难群众5000户；②发放资金★300万元×2批次；■物资：棉被\n" * 3
    assert decode(text.encode("gb18030")) == (text, "gb18030")


def test_a_date_inside_the_article_is_not_taken_for_the_page_date():
    text, _ = _report(ARTICLES[0])
    paragraphs = ["活动时间：2025年1月10日至1月20日。", *text.splitlines()]
    page = provincial_page(HEADLINE, paragraphs, published=None, head_meta=False)
    raw = read_bytes("page.html", page.encode("utf-8"))
    assert "活动时间：2025年1月10日" in raw.text
    assert raw.page.published is None


def test_big5_bytes_under_a_gb2312_declaration_are_not_read_as_gb():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        "<title>民政廳發放救助資金</title></head><body><div><p>"
        + "全省民政部門走訪慰問困難群眾三萬戶，發放救助資金一千二百萬元，確保困難群眾溫暖過冬。" * 3
        + "</p></div></body></html>"
    )
    text = decode_html(page.encode("big5"))
    assert "發放救助資金" in text


# Attack review: pages as editors really make them ---------------------------------------------


@pytest.mark.parametrize(("heading", "tag"), [("相关阅读", "p"), ("相关新闻", "h3")])
def test_a_related_list_inside_the_article_adds_no_text_headline_or_figures(heading, tag):
    text, meta = _report(ARTICLES[0])
    as_text = process_text(_raw("report.txt", text), meta)
    paragraphs = [p for p in text.splitlines() if p.strip()]
    page = with_inside_article(provincial_page(HEADLINE, paragraphs), related_block(heading, tag))
    raw = read_bytes("page.html", page.encode("utf-8"))
    doc = process_text(raw, ReportMeta(province_hint=meta.province_hint))
    assert heading not in raw.text
    assert not [t for t, _ in RELATED if t in raw.text]
    assert _keys(doc) == _keys(as_text)
    assert [a.title for a in doc.articles] == [as_text.articles[0].title or HEADLINE]


def test_a_short_article_in_a_layout_table_beside_a_link_column_is_read_as_text():
    paragraphs = ["1月18日，花垣县民政局走访慰问困难群众56户，发放慰问金2.8万元。"]
    raw = read_bytes("page.html", link_column_page(HEADLINE, paragraphs).encode("utf-8"))
    doc = process_text(raw, ReportMeta(province_hint="湖南"))
    assert sorted((f.metric, f.value) for f in doc.figures) == [
        ("aid_disbursed", 28_000.0),
        ("households_reached", 56.0),
    ]
    assert paragraphs[0] in raw.text
    assert not [t for t, _ in RELATED if t in raw.text]
    assert "|" not in raw.text


def test_a_data_table_in_an_html_page_gives_the_figures_a_text_table_gives():
    header = ["村", "慰问户数（户）", "慰问金（万元）"]
    rows = [["东岭村", "120", "3.6"], ["西河村", "85", "2.55"], ["合计", "205", "6.15"]]
    text, _ = _report(ARTICLES[0])
    paragraphs = [p for p in text.splitlines() if p.strip() and not p.startswith("（据")]
    paragraphs.append("附件：各村慰问情况如下")
    table = "".join("\t".join(r) + "\n" for r in [header, *rows])
    as_text = process_text(
        _raw("report.txt", HEADLINE + "\n\n" + "\n".join(paragraphs) + "\n" + table),
        ReportMeta(province_hint="湖南", published=date(2025, 1, 18)),
    )
    assert sum(f.value in (120, 85, 205) for f in as_text.figures) == 3
    page = with_inside_article(provincial_page(HEADLINE, paragraphs), data_table(header, rows))
    raw = read_bytes("page.html", page.encode("utf-8"))
    doc = process_text(raw, ReportMeta(province_hint="湖南"))
    assert _keys(doc) == _keys(as_text)
    assert all(doc.text[f.span[0] : f.span[1]] == f.text for f in doc.figures)


@pytest.mark.parametrize(
    "label", ["發佈時間：", "發布時間：", "發布日期：", ""]
)  # "" leaves "2025-01-18 10:32　來源：…"
def test_a_traditional_info_line_gives_the_page_date_and_site(label):
    text, _ = _report(ARTICLES[0])
    page = S2TW(provincial_page(HEADLINE, text.splitlines(), head_meta=False))
    assert "發佈時間：" in page and "來源：" in page
    raw = read_bytes("page.html", page.replace("發佈時間：", label).encode("utf-8"))
    assert raw.page.published == date(2025, 1, 18)
    assert raw.page.site == S2TW("湖南省民政厅")


def test_the_site_name_comes_from_the_page_title_when_the_headline_is_an_h1():
    text, _ = _report(ARTICLES[0])
    page = provincial_page(HEADLINE, text.splitlines(), head_meta=False)
    assert f"<h1>{HEADLINE}</h1>" in page
    meta = read_bytes("page.html", page.encode("utf-8")).page
    assert (meta.title, meta.site) == (HEADLINE, "湖南省民政厅")


KOREAN = "민정부는 겨울 구호 활동을 시작했습니다. 저소득 가구 3만 곳에 난방비를 지급합니다.\n" * 5


def test_korean_text_is_refused_as_not_chinese_not_read_as_gb18030():
    data = KOREAN.encode("euc-kr")
    assert data.decode("gb18030")  # it does decode, as nonsense Chinese
    with pytest.raises(ReadError, match="Korean"):
        decode(data)
    with pytest.raises(ReadError, match="Korean"):
        read_bytes("report.txt", data)
    page = f"<html><body><p>{KOREAN}</p></body></html>".encode("euc-kr")
    with pytest.raises(ReadError, match=r"Korean|Chinese"):
        read_bytes("page.html", page)


def test_two_articles_on_one_page_load_as_two_with_their_own_headlines_and_figures():
    blocks, expected = [], []
    for stem in ARTICLES[:2]:
        text, _ = _report(stem)
        lines = [p for p in text.splitlines() if p.strip() and not p.startswith("（据")]
        headline = lines.pop(0) if "。" not in lines[0] else HEADLINE  # no attribution to split on
        own = ReportMeta(published=date(2025, 1, 18))
        expected.append(process_text(_raw("r.txt", headline + "\n\n" + "\n".join(lines)), own))
        blocks.append((headline, lines))
    raw = read_bytes("page.html", two_article_page(blocks).encode("utf-8"))
    doc = process_text(raw, ReportMeta())
    assert [a.title for a in doc.articles] == [h for h, _ in blocks]
    for index, as_text in enumerate(expected, start=1):
        mine = replace(doc, figures=[f for f in doc.figures if f.article == index])
        assert _keys(mine) == _keys(as_text), index
    assert [a.province for a in doc.articles] == ["湖南", "辽宁"]
    _assert_quotes_stand_in_the_stored_text(doc)
