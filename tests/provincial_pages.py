"""HTML pages built like provincial government and news sites, around one real article.

The article sits in a `div.TRS_Editor` among what such sites put around it: a top bar with the
date and a visitor counter, menus, a breadcrumb, an info line (发布时间, 来源, 浏览次数), share and
print links, previous/next links, related-news and ranking lists whose headlines carry their
own figures, and a footer with the host, address, phone numbers, 备案号 and site code. No
<nav>, <header>, <footer> or <article> tags: these sites use divs.
"""

from __future__ import annotations

import html
from datetime import date

# Headlines of other reports, with figures that must never be taken for the article's.
RELATED = (
    ("长沙市走访慰问困难群众3.2万户", "2025-01-15"),
    ("岳阳市发放临时救助资金5600万元", "2025-01-12"),
    ("全省筹集慈善款物2.8亿元温暖困难群众过冬", "2025-01-09"),
    ("常德市为1.5万名困难老人送去棉被8000床", "2025-01-05"),
)
RANKING = ("全省城乡低保标准提高到每人每月680元", "邵阳市组织志愿者4600名开展敲门行动")


def provincial_page(
    title: str,
    paragraphs: list[str],
    published: date | None = date(2025, 1, 18),
    site: str = "湖南省民政厅",
    charset: str = "utf-8",
    head_meta: bool = True,
) -> str:
    """A provincial-site page with the article in a div among menus, lists and a footer.

    `head_meta` writes the <meta name="ArticleTitle|PubDate|SiteName"> tags that government
    sites carry; without it the date only stands in the page's info line.
    """
    e = html.escape
    when = f"{published.isoformat()} 10:32" if published else ""
    metas = (
        f'<meta name="SiteName" content="{e(site)}">'
        f'<meta name="ArticleTitle" content="{e(title)}">'
        + (f'<meta name="PubDate" content="{when}">' if published else "")
        + '<meta name="ContentSource" content="市州民政局">'
        if head_meta
        else ""
    )
    menu = "".join(
        f'<li><a href="/col/{i}/">{m}</a></li>'
        for i, m in enumerate(("首页", "机构概况", "政务公开", "政务服务", "互动交流", "专题专栏"))
    )
    related = "".join(
        f'<li><a href="/art/{i}.html">{e(t)}</a><span class="date">{d}</span></li>'
        for i, (t, d) in enumerate(RELATED)
    )
    ranking = "".join(
        f'<li><em>{i + 1}</em><a href="/hot/{i}.html">{e(t)}</a></li>'
        for i, t in enumerate(RANKING)
    )
    body = "".join(f"<p>{e(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="{charset}">'
        f"<title>{e(title)}_{e(site)}</title>{metas}"
        '<meta name="keywords" content="民政,救助">'
        '<link rel="stylesheet" href="/css/main.css">'
        "<script>var visits = 1234567; document.write('访问量：' + visits + '人次');</script>"
        "</head><body>"
        '<div class="top-bar"><div class="wrap">'
        '<span class="today">今天是2025年1月20日 星期一</span>'
        '<a href="/">设为首页</a> | <a href="/">加入收藏</a> | <a href="/">无障碍浏览</a>'
        '<span class="visits">您是第1234567位访客</span></div></div>'
        f'<div class="logo"><a href="/"><img src="/images/logo.png" alt="{e(site)}"></a></div>'
        f'<div class="menu"><ul>{menu}</ul></div>'
        '<div class="main"><div class="left">'
        '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/2/">政务公开</a>'
        ' &gt; <a href="/col/21/">工作动态</a></div>'
        f'<div class="article-title"><h1>{e(title)}</h1></div>'
        f'<div class="info">发布时间：{when}　来源：市州民政局　作者：办公室　浏览次数：1234'
        "　【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】</div>"
        f'<div class="content"><div class="TRS_Editor">{body}</div></div>'
        '<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>'
        f'<div class="prev-next"><p>上一篇：<a href="/art/a.html">{e(RELATED[0][0])}</a></p>'
        f'<p>下一篇：<a href="/art/b.html">{e(RELATED[1][0])}</a></p></div>'
        "</div>"
        f'<div class="right"><div class="related"><h3>相关新闻</h3><ul>{related}</ul></div>'
        f'<div class="hot"><h3>热点排行</h3><ol>{ranking}</ol></div></div></div>'
        f'<div class="foot"><p>主办：{e(site)}　承办：{e(site)}办公室</p>'
        "<p>地址：长沙市天心区湘府中路8号　邮编：410004"
        "　电话：0731-84899999　传真：0731-84899998</p>"
        "<p>湘ICP备05001234号-1　湘公网安备43010302000123号　网站标识码：4300000053</p>"
        "<p>咨询电话：12345　您是第1234567位访客　最佳分辨率1920×1080</p></div>"
        "</body></html>"
    )


def table_layout_page(
    title: str,
    paragraphs: list[str],
    published: date | None = date(2025, 1, 18),
    site: str = "湘西州民政局",
    charset: str = "utf-8",
) -> str:
    """An older county site laid out in tables: menu row, article cell with <br> paragraphs,
    related-news column and footer row; the title only in <title>标题_站点</title>."""
    e = html.escape
    when = f"{published.year}年{published.month:02d}月{published.day:02d}日" if published else ""
    related = "".join(f"<tr><td><a href='#'>{e(t)}</a> {d}</td></tr>" for t, d in RELATED)
    body = "<br>".join("　　" + e(p) for p in paragraphs)
    return (
        f"<html><head><meta http-equiv='Content-Type' content='text/html; charset={charset}'>"
        f"<title>{e(title)}_{e(site)}</title></head><body>"
        "<table width='1000' align='center'><tr><td colspan='2'>"
        "<a href='/'>首页</a> | <a>机构设置</a> | <a>政务公开</a> | <a>办事指南</a>"
        "　访问量：23456人次</td></tr>"
        "<tr><td width='700' valign='top'><table width='100%'>"
        f"<tr><td class='bt'>{e(title)}</td></tr>"
        f"<tr><td>发布日期：{when}　点击数：345　【打印】【关闭】</td></tr>"
        f"<tr><td class='bt_content'>{body}</td></tr></table></td>"
        f"<td width='300' valign='top'><table><tr><th>相关信息</th></tr>{related}</table></td></tr>"
        f"<tr><td colspan='2'>版权所有：{e(site)}　地址：吉首市人民北路1号　电话：0743-8222222"
        "　湘ICP备12345678号</td></tr></table></body></html>"
    )


def related_block(heading: str, tag: str = "p") -> str:
    """A related-news list (heading + linked headlines with dates) as editors paste it into the
    article's own container; the heading in a <p><strong> or in a heading tag."""
    e = html.escape
    items = "".join(
        f'<li><a href="/art/r{i}.html">{e(t)}</a><span>{d}</span></li>'
        for i, (t, d) in enumerate(RELATED)
    )
    head = f"<p><strong>{e(heading)}</strong></p>" if tag == "p" else f"<{tag}>{e(heading)}</{tag}>"
    return f"{head}<ul>{items}</ul>"


def with_inside_article(page: str, extra: str) -> str:
    """A provincial page with `extra` at the end of the article's own container."""
    marker = '</div></div><div class="share">'
    assert marker in page
    return page.replace(marker, extra + marker, 1)


def link_column_page(title: str, paragraphs: list[str], site: str = "花垣县人民政府") -> str:
    """A county page laid out in one table: a short article in one cell, a column of links to
    other news beside it (no nested tables, no long cell)."""
    e = html.escape
    links = "".join(f"<a href='/art/{i}.html'>{e(t)}</a><br>" for i, (t, _) in enumerate(RELATED))
    body = "<br>".join(e(p) for p in paragraphs)
    return (
        f"<html><head><meta charset='utf-8'><title>{e(title)}_{e(site)}</title></head><body>"
        "<table width='1000'><tr><td colspan='2'><a href='/'>首页</a> | <a>政务公开</a></td></tr>"
        f"<tr><td width='700'><b>{e(title)}</b><br>发布日期：2025年01月18日<br>{body}</td>"
        f"<td width='300'>{links}</td></tr>"
        f"<tr><td colspan='2'>版权所有：{e(site)}　电话：0743-7222222</td></tr></table>"
        "</body></html>"
    )


def data_table(header: list[str], rows: list[list[str]]) -> str:
    """An HTML data table as an 附件 of an article (Word-made: every cell holds a <p>)."""
    e = html.escape

    def row(cells: list[str]) -> str:
        return "<tr>" + "".join(f"<td><p>{e(c)}</p></td>" for c in cells) + "</tr>"

    return "<table border='1'>" + row(header) + "".join(row(r) for r in rows) + "</table>"


def two_article_page(articles: list[tuple[str, list[str]]], site: str = "湖南省民政厅") -> str:
    """A column page listing several articles in full, each with its headline, info line and
    body, between the site's menu and footer."""
    e = html.escape
    blocks = "".join(
        f'<div class="list-item"><div class="article-title"><h2>{e(title)}</h2></div>'
        '<div class="info">发布时间：2025-01-18 10:32　来源：市州民政局</div>'
        f'<div class="TRS_Editor">{"".join(f"<p>{e(p)}</p>" for p in paragraphs)}</div></div>'
        for title, paragraphs in articles
    )
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态_{e(site)}</title>'
        f'</head><body><div class="menu"><a href="/">首页</a> <a href="/col/2/">政务公开</a></div>'
        f'<div class="main">{blocks}</div>'
        f'<div class="foot"><p>主办：{e(site)}　电话：0731-84899999　湘ICP备05001234号-1</p></div>'
        "</body></html>"
    )
