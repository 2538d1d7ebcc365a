"""Who may upload and review: an identity provider (st.login), else a password, else nobody."""

from __future__ import annotations

import hmac
import threading
import time
from dataclasses import dataclass

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


# Failed sign-ins slow down and then lock: per browser session and per client address (a new
# session per guess does not escape the second). Streamlit gives no address to clients of
# 127.0.0.1/::1, which is every client behind a proxy on the same host: those share one count,
# so a new session per guess is still caught. Someone guessing there locks the others out too,
# but for LOCKOUT_SECONDS at a time, and failures older than that are forgotten, so honest typos
# never add up to a lockout. The secret is compared as UTF-8 bytes (any language) and never
# kept: the field is emptied as soon as it is read.
MAX_FAILURES = 5  # per session, then locked
CLIENT_FAILURES = 20  # per client address (several analysts may share one)
LOCKOUT_SECONDS = 300
BASE_DELAY = 0.5  # seconds after the first failure, doubled after each one
MAX_DELAY = 8.0


@dataclass
class Attempts:
    """Failed sign-ins of one session or client, and until when it is locked out."""

    failures: int = 0
    locked_until: float = 0.0
    last_failure: float = 0.0

    def locked(self, now: float) -> bool:
        """True while the lockout lasts."""
        return now < self.locked_until

    def failed(self, now: float, limit: int) -> None:
        """Count a failure (after forgetting those of long ago); lock out at the limit."""
        if now - self.last_failure > LOCKOUT_SECONDS:
            self.failures = 0
        self.last_failure = now
        self.failures += 1
        if self.failures >= limit:
            self.locked_until, self.failures = now + LOCKOUT_SECONDS, 0


_CLIENTS: dict[str, Attempts] = {}
NO_ADDRESS = "(no client address)"  # the shared count of clients Streamlit gives no address
_CLIENTS_LOCK = threading.Lock()


def passwords_match(typed: str, secret: str) -> bool:
    """Constant-time comparison of two passwords in any script (as UTF-8 bytes)."""
    return hmac.compare_digest(typed.encode("utf-8"), secret.encode("utf-8"))


def _client() -> str | None:
    try:
        return st.context.ip_address
    except Exception:  # no request context (bare runs and tests)
        return None


def _attempts() -> tuple[Attempts, Attempts | None]:
    session = st.session_state.setdefault("_sign_in_attempts", Attempts())
    address = _client() or NO_ADDRESS
    with _CLIENTS_LOCK:
        return session, _CLIENTS.setdefault(address, Attempts())


def _try_password() -> None:
    typed = st.session_state.get("analyst_pw") or ""
    st.session_state["analyst_pw"] = ""  # the secret does not stay in the session
    if not typed:
        return
    session, client = _attempts()
    now = time.monotonic()
    if session.locked(now) or (client and client.locked(now)):
        st.session_state["_sign_in_note"] = "locked"
        return
    if passwords_match(typed, str(_secrets()["analyst_password"])):
        session.failures = 0
        if client:
            client.failures = 0
        st.session_state["analyst"] = "analyst"
        st.session_state.pop("_sign_in_note", None)
        return
    session.failed(now, MAX_FAILURES)
    with _CLIENTS_LOCK:
        if client:
            client.failed(now, CLIENT_FAILURES)
    n = max(session.failures, client.failures if client else 0, 1)
    time.sleep(min(BASE_DELAY * 2 ** (n - 1), MAX_DELAY))
    locked = session.locked(now) or (client and client.locked(now))
    st.session_state["_sign_in_note"] = "locked" if locked else "wrong"


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
        session, client = _attempts()
        now = time.monotonic()
        locked = session.locked(now) or bool(client and client.locked(now))
        st.text_input(
            t("analyst_password", lang),
            type="password",
            key="analyst_pw",
            on_change=_try_password,
            disabled=locked,
        )
        note = st.session_state.get("_sign_in_note")
        if locked:
            st.error(t("sign_in_locked", lang, m=LOCKOUT_SECONDS // 60))
        elif note == "wrong":
            st.error(t("wrong_password", lang))
