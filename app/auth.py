"""Who may upload and review: an identity provider (st.login), else a password, else nobody."""

from __future__ import annotations

import hmac

import streamlit as st

from presentation.i18n import t


def _secrets() -> dict:
    try:
        return {k: st.secrets[k] for k in st.secrets}
    except Exception:  # no secrets file at all: analyst features stay off
        return {}


def mode() -> str:
    """'login' (identity provider), 'password' (shared secret) or 'off'."""
    secrets = _secrets()
    if "auth" in secrets:
        return "login"
    if secrets.get("analyst_password"):
        return "password"
    return "off"


def analyst() -> str | None:
    """The signed-in analyst's name, or None for leaders and anonymous readers."""
    how = mode()
    if how == "login":
        if st.user.is_logged_in:
            return str(st.user.get("email") or st.user.get("name") or "analyst")
        return None
    if how == "password":
        return st.session_state.get("analyst")
    return None


def sign_in_controls(lang: str) -> None:
    """Sign-in or sign-out controls for analysts (nothing when analyst features are off)."""
    how = mode()
    if how == "login":
        if st.user.is_logged_in:
            st.button(t("sign_out", lang), on_click=st.logout, key="sign_out")
        else:
            st.button(t("sign_in", lang), on_click=st.login, key="sign_in")
    elif how == "password":
        if st.session_state.get("analyst"):
            if st.button(t("sign_out", lang), key="sign_out"):
                st.session_state.pop("analyst", None)
                st.rerun()
            return
        typed = st.text_input(t("analyst_password", lang), type="password", key="analyst_pw")
        if typed:
            if hmac.compare_digest(typed, str(_secrets()["analyst_password"])):
                st.session_state["analyst"] = "analyst"
                st.rerun()
            else:
                st.error(t("wrong_password", lang))
