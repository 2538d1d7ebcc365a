"""上传报告 Upload: analysts add reports with their metadata and rebuild the warehouse."""

import os
from pathlib import Path

import streamlit as st

from app import auth, data
from etl.building.build import BuildError, build_warehouse
from etl.extraction.places import gazetteer
from etl.paths import REPORTS_DIR
from etl.reading.intake import accept
from presentation.i18n import t

filters = st.session_state.get("filters")
lang = filters.lang if filters else "zh"
st.title(t("page_upload", lang))
who = auth.analyst()

if who is None:
    st.info(t("analysts_only", lang))
else:
    reports = Path(os.environ.get("RELIEF_REPORTS") or REPORTS_DIR)
    with st.form("upload", clear_on_submit=True):
        files = st.file_uploader(
            t("upload_files", lang),
            accept_multiple_files=True,
            type=["txt", "md", "pdf", "docx", "html", "htm"],
        )
        left, right = st.columns(2)
        publisher = left.text_input(t("publisher", lang))
        published = right.date_input(t("published", lang), value=None)
        source_url = left.text_input(t("source_url", lang))
        province = right.selectbox(t("province", lang), ["", *gazetteer().provinces()])
        submitted = st.form_submit_button(t("store", lang), icon=":material/upload:")
    if submitted:
        for upload in files or []:
            # The type filter of the widget only looks at names; accept() checks the bytes.
            result = accept(
                upload.name, upload.getvalue(), reports, publisher, published, source_url, province
            )
            if result.accepted:
                st.success(t("stored", lang, n=result.name))
            else:
                st.error(t("refused", lang, n=result.name, r=result.reason))

    if st.button(t("rebuild", lang), icon=":material/refresh:", type="primary"):
        bar = st.progress(0.0)

        def report(done: int, total: int, name: str) -> None:
            bar.progress(done / max(total, 1), text=t("building", lang, d=done, t=total, n=name))

        try:
            summary = build_warehouse(
                reports, data.warehouse_path(), quiet=True, on_progress=report
            )
        except BuildError as exc:  # gate, another build running, disk full: a message
            st.error(t("build_failed", lang, e=str(exc)))
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
                st.warning(t("refused", lang, n=name, r=reason))
            for name, cid, why in summary["correction_conflicts"]:
                st.warning(f"#{cid} {name}: {why}")
            for warning in summary.get("warnings", []):
                st.warning(warning)
