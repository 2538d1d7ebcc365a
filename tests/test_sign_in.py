"""Sign-in: passwords in any script, a delay after each failure, lockout per session and client."""

from __future__ import annotations

import shutil
import time
from types import SimpleNamespace

import pytest
from streamlit.testing.v1 import AppTest

import app.auth
from app.data import WAREHOUSE_ENV
from tests.conftest import ROOT


@pytest.fixture(autouse=True)
def live(built_warehouse, tmp_path, monkeypatch):
    path = tmp_path / "campaigns.duckdb"
    shutil.copy(built_warehouse, path)
    monkeypatch.setenv(WAREHOUSE_ENV, str(path))
    monkeypatch.setattr(app.auth, "_CLIENTS", {}, raising=False)
    return path


def dashboard(password: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.secrets["analyst_password"] = password
    return at.run()


def sign_in(at: AppTest, typed: str) -> AppTest:
    return at.sidebar.text_input(key="analyst_pw").input(typed).run()


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def test_a_password_in_chinese_signs_in():
    at = sign_in(dashboard("民政厅2024"), "民政厅2024")
    assert not at.exception
    assert at.session_state["analyst"] == "analyst"


def test_typing_chinese_against_a_latin_password_is_only_a_wrong_password(monkeypatch):
    monkeypatch.setattr(app.auth, "BASE_DELAY", 0, raising=False)
    at = sign_in(dashboard("s3cret"), "密码")
    assert not at.exception
    assert "analyst" not in at.session_state
    assert any("密码不正确" in e for e in errors(at))


def test_a_failed_sign_in_is_slowed_down_and_the_typed_secret_is_not_kept():
    at = dashboard("s3cret")
    started = time.perf_counter()
    at = sign_in(at, "guess-one")
    assert time.perf_counter() - started >= app.auth.BASE_DELAY
    assert at.session_state["analyst_pw"] == ""
    assert at.sidebar.text_input(key="analyst_pw").value == ""


def test_after_five_failures_even_the_right_password_is_refused(monkeypatch):
    monkeypatch.setattr(app.auth, "BASE_DELAY", 0, raising=False)
    at = dashboard("s3cret")
    for n in range(5):  # MAX_FAILURES
        at = sign_in(at, f"guess-{n}")
    assert at.sidebar.text_input(key="analyst_pw").disabled
    assert any("登录失败次数过多" in e for e in errors(at))
    assert "analyst" not in at.session_state
    at.session_state["_sign_in_attempts"].locked_until = 0  # once the lockout has passed
    at = sign_in(at.run(), "s3cret")
    assert at.session_state["analyst"] == "analyst"


# A client with an address, and clients Streamlit gives none (127.0.0.1/::1, a local proxy):
# those share one count.
@pytest.mark.parametrize("client", ["203.0.113.9", None])
def test_a_client_that_keeps_opening_new_sessions_is_locked_out(monkeypatch, client):
    monkeypatch.setattr(app.auth, "BASE_DELAY", 0, raising=False)
    monkeypatch.setattr(app.auth, "_client", lambda: client, raising=False)
    for n in range(20):  # CLIENT_FAILURES
        sign_in(dashboard("s3cret"), f"guess-{n}")  # a fresh session for every guess
    at = dashboard("s3cret")
    assert at.sidebar.text_input(key="analyst_pw").disabled
    assert any("登录失败次数过多" in e for e in errors(at))


def test_the_shared_lockout_ends_and_old_failures_are_forgotten(monkeypatch):
    monkeypatch.setattr(app.auth, "BASE_DELAY", 0, raising=False)
    monkeypatch.setattr(app.auth, "_client", lambda: None, raising=False)
    clock = [1000.0]
    monkeypatch.setattr(
        app.auth, "time", SimpleNamespace(monotonic=lambda: clock[0], sleep=time.sleep)
    )
    for n in range(20):
        sign_in(dashboard("s3cret"), f"guess-{n}")
    clock[0] += app.auth.LOCKOUT_SECONDS + 1  # the lockout has passed
    assert sign_in(dashboard("s3cret"), "s3cret").session_state["analyst"] == "analyst"
    for n in range(19):  # a few typos a day never add up to a lockout
        sign_in(dashboard("s3cret"), f"typo-{n}")
        clock[0] += app.auth.LOCKOUT_SECONDS + 1
    at = dashboard("s3cret")
    assert not at.sidebar.text_input(key="analyst_pw").disabled
    at = sign_in(at, "typo-again")
    assert not at.sidebar.text_input(key="analyst_pw").disabled
