"""Real-browser fixtures: Debian's Chromium, driven by Playwright, against Django's live server.

Browsers are never downloaded (the machine is offline): Playwright launches the system Chromium
that ``make`` installs with apt. Without it the browser tests skip; with it they must run.

Reusable by any app's end-to-end tests:

* ``browser`` - one Chromium for all browser tests (starting it costs seconds);
* ``page`` - a fresh context per test (no cookies leak between tests), downloads enabled,
  relative URLs resolved against the live server;
* ``live_url`` - the live server's base URL, with a transactional database that both the test
  and the server thread see;
* ``laws`` - the bundled legal corpus loaded, the searcher warm;
* ``make_user`` and ``login(page, live_url, username, password)`` - an account and signing in
  through the real form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright
from pytest_django.fixtures import Settings
from pytest_django.live_server_helper import LiveServer

from sufragio.laws.bootstrap import load_bundled_corpus
from sufragio.laws.search import get_searcher

CHROMIUM = Path("/usr/bin/chromium")
# The background-networking flags matter: this machine refuses outbound connections, and
# Chromium's own update, sync and field-trial traffic would otherwise stall or log errors.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
# Generous for a 2-core machine shared with other jobs, short enough to fail fast on a real hang.
TIMEOUT_MS = 15_000


@pytest.fixture(scope="package")
def playwright_driver() -> Iterator[Playwright]:
    """The Playwright driver; skips the browser tests when the system Chromium is missing.

    Package scope, not session: while the driver lives, Playwright's sync API keeps an asyncio
    loop running in the test thread, and Django then treats every ORM call from that thread
    (creating users, loading the corpus, and the database setup of any later test) as made from
    async code and raises SynchronousOnlyOperation. The calls really are synchronous, so
    DJANGO_ALLOW_ASYNC_UNSAFE is set, but only while the driver runs: when the suite leaves
    ``tests/browser`` the loop stops and the variable is restored, so the rest of the suite keeps
    Django's async-safety check.
    """
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: `make test` installs the Debian chromium package")
    with pytest.MonkeyPatch.context() as env, sync_playwright() as driver:
        env.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield driver


@pytest.fixture(scope="package")
def browser(playwright_driver: Playwright) -> Iterator[Browser]:
    """One headless Chromium for all the browser tests (it costs seconds to start).

    Playwright gives each launch a fresh temporary profile (and removes it, with any
    downloads, on close), so nothing from a developer's own Chromium leaks in.
    """
    chromium = playwright_driver.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )
    yield chromium
    chromium.close()


@pytest.fixture
def live_url(live_server: LiveServer, transactional_db: None) -> str:
    """Base URL of the live server (no trailing slash).

    ``transactional_db`` because the server answers from another thread: rows a test creates
    must be committed for the server to see them.
    """
    return live_server.url.rstrip("/")


@pytest.fixture
def page(request: pytest.FixtureRequest, browser: Browser, live_url: str) -> Iterator[Page]:
    """A page in a fresh context: Mexican Spanish, downloads accepted, ``goto("/leyes/")`` works.

    When the test fails, a full-page screenshot goes to ``$SUFRAGIO_HOME/browser-failures/``
    (the path is printed with the failure), which is what one needs to debug a CI run.
    """
    context = browser.new_context(
        base_url=live_url,
        locale="es-MX",
        accept_downloads=True,
        viewport={"width": 1280, "height": 900},
    )
    context.set_default_timeout(TIMEOUT_MS)
    tab = context.new_page()
    yield tab
    if _failed(request.node):
        screens = Path(django_settings.HOME) / "browser-failures"
        screens.mkdir(parents=True, exist_ok=True)
        shot = screens / f"{re.sub(r'[^A-Za-z0-9_.-]+', '_', request.node.nodeid)}.png"
        tab.screenshot(path=str(shot), full_page=True)
        print(f"screenshot of the failed page: {shot}")
    context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator:
    """Remember each phase's report on the test, so ``page`` can tell whether the call failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def _failed(item: pytest.Item) -> bool:
    report = getattr(item, "report_call", None)
    return report is not None and report.failed


@pytest.fixture(scope="session")
def warm_searcher() -> None:
    """Load the article searcher and its sentence encoder once, before any page asks for it.

    The live server runs in this process, so it shares the process-wide searcher; warming it
    here keeps the first search page from spending the browser's whole timeout on model loading.
    """
    get_searcher().search("warm-up", 1)


@pytest.fixture
def laws(transactional_db: None, warm_searcher: None) -> None:
    """The bundled legal corpus in the database, and a ready searcher."""
    load_bundled_corpus()


@pytest.fixture
def make_user(transactional_db: None, settings: Settings) -> Callable[..., AbstractBaseUser]:
    """Create an active account with a password, as a person would have to log in.

    Passwords are hashed with MD5 for these tests only: the default PBKDF2 costs about a second
    per hash on a busy 2-core machine, and a login test hashes three times. The login form,
    session and permission checks are the real ones; only the hashing work factor differs.
    """
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

    def make(username: str, password: str, **fields: object) -> AbstractBaseUser:
        return get_user_model().objects.create_user(username=username, password=password, **fields)

    return make


def login(page: Page, live_url: str, username: str, password: str) -> None:
    """Sign in through the real login form and wait until the header shows the account.

    Field ids, not translated labels, so it works whichever language the page is in.
    """
    page.goto(f"{live_url}/cuentas/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("header.site .logout")).to_contain_text(username)
