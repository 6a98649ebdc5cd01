"""A real browser (Debian's Chromium, driven by Playwright) chats and rates through the page."""

import sqlite3

import pytest
from playwright.sync_api import sync_playwright

from tests.helpers import ServerProcess

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture
def server(tmp_path, tiny_model_dir):
    env = {"KAIZEN_MODEL__BASE": tiny_model_dir, "KAIZEN_MODEL__MAX_NEW_TOKENS": "8"}
    with ServerProcess(tmp_path / "data", env=env) as srv:
        yield srv


def _chat(browser, url: str, text: str):  # noqa: ANN001, ANN202
    """A page of the chat at `url` with `text` sent and the bot's reply shown; the page and the reply."""
    page = browser.new_page()
    page.goto(url)
    page.get_by_test_id("input").fill(text)
    page.get_by_test_id("send").click()
    reply = page.locator("[data-testid=bot-reply]").first
    reply.wait_for(timeout=60_000)
    return page, reply


def test_chat_and_thumbs_up_in_a_real_browser(server, tmp_path):
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page, reply = _chat(browser, server.url, "Hello from the browser")
        message_id = reply.get_attribute("data-message-id")
        assert message_id
        reply.get_by_test_id("rate-up").click()
        page.get_by_test_id("rated").wait_for(timeout=10_000)
        assert "chosen" in reply.get_by_test_id("rate-up").get_attribute("class")
        page.screenshot(path=str(tmp_path / "chat.png"))
        browser.close()
    with sqlite3.connect(server.data_dir / "kaizen.db") as db:
        rows = db.execute("select value from rating where message_id = ?", (message_id,)).fetchall()
    assert rows == [(1,)]


def test_forget_in_a_real_browser_deletes_the_users_messages(server):
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page, _ = _chat(browser, server.url, "Please forget me later")
        session = page.evaluate("localStorage.getItem('kaizen-session')")
        page.get_by_test_id("input").fill("/forget")
        page.get_by_test_id("send").click()
        page.get_by_test_id("forget-confirm").click(timeout=10_000)
        done = page.get_by_test_id("forget-done")
        done.wait_for(timeout=10_000)
        assert done.inner_text() == "🗑 Deleted 2 messages and 0 ratings."
        assert page.get_by_test_id("forget-confirm").count() == 0
        browser.close()
    with sqlite3.connect(server.data_dir / "kaizen.db") as db:
        messages = db.execute("select count(*) from message").fetchone()[0]
        tombstones = db.execute("select count(*) from user where forgotten_at is not null").fetchone()[0]
    assert session and messages == 0  # the message, the reply, and no '/forget'
    assert tombstones == 1
