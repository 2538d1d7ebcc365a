"""Router: page config, language, shared filters in the URL, and the navigation.

Pages live in app_pages/ rather than pages/: a pages/ folder switches Streamlit's test
runner to the old multipage mode, where a rerun runs the page without this router.
"""

from __future__ import annotations

import streamlit as st

from app import auth, data, layout
from etl.model import METRICS
from presentation.filters import STATUSES, Filters, ignored_params, parse, to_params
from presentation.i18n import LANGUAGES, metric_label, province_label, status_label, t

# The icon ships with the app: a material icon would be fetched from a font CDN, which fails
# offline and inside many government networks.
st.set_page_config(
    page_title=t("app_title", st.session_state.get("f_lang") or st.query_params.get("lang", "zh")),
    page_icon=str(layout.FAVICON),
    layout="wide",
)
layout.style()

options = data.load("filter_options") if data.connection() is not None else None
provinces = (
    sorted(options["province"].unique().to_list())
    if options is not None and not options.is_empty()
    else []
)
seasons = (
    sorted(options["season"].unique().to_list())
    if options is not None and not options.is_empty()
    else []
)
defaults = parse({}, provinces, seasons)
initial = parse(st.query_params.to_dict(), provinces, seasons)
if "url_checked" not in st.session_state:  # once per visit: say what the link asked in vain
    st.session_state["url_checked"] = True
    if ignored := ignored_params(st.query_params.to_dict(), initial):
        st.toast(t("url_ignored", initial.lang, p="; ".join(ignored)), icon=":material/link_off:")

for key, value in (
    ("lang", initial.lang),
    ("provinces", list(initial.provinces)),
    ("seasons", (initial.season_from, initial.season_to)),
    ("metric", initial.metric),
    ("status", initial.status),
):
    st.session_state.setdefault(f"f_{key}", value)

lang_now = st.session_state.get("f_lang", initial.lang)
PAGES = (
    ("overview", "page_overview", ":material/dashboard:"),
    ("trends", "page_trends", ":material/show_chart:"),
    ("provinces", "page_provinces", ":material/map:"),
    ("per_capita", "page_per_capita", ":material/person:"),
    ("figures", "page_figures", ":material/table_rows:"),
    ("sources", "page_sources", ":material/description:"),
)
if auth.mode() != "off":  # analysts' pages exist only where analysts can sign in
    PAGES = (
        *PAGES,
        ("review", "page_review", ":material/fact_check:"),
        ("upload", "page_upload", ":material/upload_file:"),
    )
pages = [
    st.Page(
        f"app_pages/{name}.py",
        title=t(key, lang_now),
        icon=icon,
        url_path=name,
        default=name == "overview",
    )
    for name, key, icon in PAGES
]
current = st.navigation(pages)
# A filter is shown only on the pages it changes (the overview has its own four metrics, the
# sources page lists every season); a hidden one keeps its value for the pages that use it.
FOCUS_PAGES = ("", "overview", "trends", "per_capita")
HIDDEN = {
    "": ("metric",),
    "overview": ("metric",),
    "per_capita": ("metric",),
    "sources": ("metric", "seasons", "status"),
    "review": ("metric", "seasons", "status"),  # the queue is every season's, any metric
    "upload": ("metric", "seasons", "status"),
}
hidden = HIDDEN.get(current.url_path, ())
for name in hidden:
    st.session_state[f"f_{name}"] = st.session_state[f"f_{name}"]
metric_shown = "metric" not in hidden

with st.sidebar:
    lang = st.radio(
        t("language", "zh") + " / Language",
        list(LANGUAGES),
        key="f_lang",
        format_func=LANGUAGES.get,
        horizontal=True,
    )
    st.header(t("filters", lang))
    chosen = st.multiselect(
        t("province", lang),
        provinces,
        key="f_provinces",
        format_func=lambda p: province_label(p, lang),
        # The overview and trends follow the focus provinces unless others are chosen.
        placeholder=t(
            "focus_provinces" if current.url_path in FOCUS_PAGES else "all_provinces", lang
        ),
    )
    if len(seasons) > 1 and "seasons" not in hidden:
        # a select slider, not a number slider: its ends are labelled as readers name a season
        # (2023–24 in English), which a printf format cannot write
        # (its own key: the kept range in f_seasons sets its value, which a widget holding
        # f_seasons itself could only take as one season)
        season_range = st.select_slider(
            t("seasons", lang),
            options=list(range(seasons[0], seasons[-1] + 1)),
            value=tuple(st.session_state["f_seasons"]),
            key="f_seasons_shown",
            format_func=lambda s: t("season_fmt", lang, s=s),
            help=t("season_help", lang),
        )
        st.session_state["f_seasons"] = season_range
    elif len(seasons) > 1:
        season_range = st.session_state["f_seasons"]
    else:
        season_range = (defaults.season_from, defaults.season_to)
    metric = (
        st.selectbox(
            t("metric", lang),
            [m for m in METRICS if m != "aid_standard"],
            key="f_metric",
            format_func=lambda m: metric_label(m, lang),
        )
        if metric_shown
        else st.session_state["f_metric"]
    )
    status = (
        st.radio(
            t("status", lang),
            STATUSES,
            key="f_status",
            horizontal=True,
            format_func=lambda s: t("status_both", lang) if s == "both" else status_label(s, lang),
        )
        if "status" not in hidden
        else st.session_state["f_status"]
    )
    auth.sign_in_controls(lang)

filters = Filters(tuple(chosen), int(season_range[0]), int(season_range[1]), metric, status, lang)
st.session_state["filters"] = filters
# a page's own switches ride in the URL too, while that page is open
own = layout.PAGE_SWITCHES.get(current.url_path, ())
kept = {k: v for k, v in st.query_params.to_dict().items() if k in own}
wanted = {**to_params(filters, defaults), **kept}
if st.query_params.to_dict() != wanted:
    st.query_params.from_dict(wanted)

current.run()
