"""上传报告 Upload: analysts add reports with their metadata and rebuild the warehouse."""

import os
from pathlib import Path

import streamlit as st

from app import auth, data
from etl.building.build import BuildError, build_warehouse
from etl.extraction.places import gazetteer
from etl.paths import REPORTS_DIR
from etl.reading.intake import accept, page_metadata
from presentation.i18n import t
from presentation.messages import in_language

filters = st.session_state.get("filters")
lang = filters.lang if filters else "zh"
st.title(t("page_upload", lang))
who = auth.analyst()

if who is None:
    st.info(t("analysts_only", lang))
else:
    reports = Path(os.environ.get("RELIEF_REPORTS") or REPORTS_DIR)
    # Outside the form, so that an uploaded HTML page can pre-fill the form from its own
    # title, date and site name before the analyst stores it.
    files = st.file_uploader(
        t("upload_files", lang),
        accept_multiple_files=True,
        type=["txt", "md", "pdf", "docx", "html", "htm"],
    )
    page, page_name = None, ""
    for upload in files or []:
        page = page_metadata(upload.name, upload.getvalue())
        if page is not None:
            page_name = upload.name
            break
    if page is not None:
        given = [
            t(key, lang)
            for key, value in (
                ("report_title", page.title),
                ("published", page.published),
                ("publisher", page.site),
            )
            if value
        ]
        if given:
            st.info(t("prefilled", lang, n=page_name, f="、".join(given)))
    with st.form("upload", clear_on_submit=True):
        title = st.text_input(t("report_title", lang), value=page.title if page else "")
        left, right = st.columns(2)
        publisher = left.text_input(t("publisher", lang), value=page.site if page else "")
        published = right.date_input(t("published", lang), value=page.published if page else None)
        source_url = left.text_input(t("source_url", lang))
        province = right.selectbox(
            t("province", lang),
            ["", *gazetteer().provinces()],
            format_func=lambda name: name or t("province_from_text", lang),
        )
        submitted = st.form_submit_button(t("store", lang), icon=":material/upload:")
    if submitted:
        for upload in files or []:
            # The type filter of the widget only looks at names; accept() checks the bytes.
            result = accept(
                upload.name,
                upload.getvalue(),
                reports,
                publisher,
                published,
                source_url,
                province,
                title=title if len(files) == 1 else "",
            )
            if result.accepted:
                st.success(t("stored", lang, n=result.name))
            else:
                st.error(t("refused", lang, n=result.name, r=in_language(result.reason, lang)))

    if st.button(t("rebuild", lang), icon=":material/refresh:", type="primary"):
        bar = st.progress(0.0)

        def report(done: int, total: int, name: str) -> None:
            bar.progress(done / max(total, 1), text=t("building", lang, d=done, t=total, n=name))

        try:
            summary = build_warehouse(
                reports, data.warehouse_path(), quiet=True, on_progress=report
            )
        except BuildError as exc:  # gate, another build running, disk full: a message
            st.error(t("build_failed", lang, e=in_language(str(exc), lang)))
        else:
            st.success(
                t(
                    "built",
                    lang,
                    l=summary["loaded"],
                    f=summary["figures"],
                    r=len(summary["rejected"]),
                )
            )
            for name, reason in summary["rejected"]:
                st.warning(t("refused", lang, n=name, r=in_language(reason, lang)))
            for name, cid, why in summary["correction_conflicts"]:
                st.warning(t("not_applied", lang, c=cid, n=name, r=in_language(why, lang)))
            for warning in summary.get("warnings", []):
                st.warning(in_language(warning, lang))
