"""Fixtures for the end-to-end tests: Debian's Chromium driven by Playwright's sync API
against the app on pytest-django's live server, with axe-core for accessibility checks.

Without Chromium (or without node_modules/axe-core) the tests are skipped on a
developer's machine and fail in CI (CI=true), where a missing browser is a broken setup.
"""

from __future__ import annotations

import importlib
import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from tests.browser.helpers import AXE_RESULTS, DESKTOP, PHONE

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("NEWSQUIZ_CHROMIUM", "/usr/bin/chromium")
# Without the networking flags Chromium keeps calling home, which this machine refuses.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 10_000


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def _require(found: bool, what: str) -> None:
    """Skip when a browser-test prerequisite is missing; fail instead in CI."""
    if found:
        return
    if _in_ci():
        pytest.fail(f"{what} (CI=true: browser tests must run in CI)", pytrace=False)
    pytest.skip(f"browser tests skipped: {what}")


@pytest.fixture(scope="package", autouse=True)
def _allow_orm_beside_playwright() -> Iterator[None]:
    # Playwright's sync API keeps an asyncio event loop running in the main thread, so
    # Django's async-safety check raises SynchronousOnlyOperation for the tests' own ORM
    # calls. Those calls never run inside that loop, so the check is a false alarm here.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


# Package scope: Chromium and Playwright's event loop stop once the browser tests are done.
@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    _require(
        Path(CHROMIUM).is_file(),
        f"Chromium not found at {CHROMIUM}; install it (apt-get install chromium) "
        "or point NEWSQUIZ_CHROMIUM at it",
    )
    _require(
        AXE_JS.is_file(),
        f"{AXE_JS.relative_to(ROOT)} not found; run `npm ci` in the repository root",
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    if AXE_RESULTS:
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "axe-summary.json").write_text(json.dumps(AXE_RESULTS, indent=2))


@pytest.fixture
def seeded(transactional_db) -> None:
    """The seed article, its questions and the demo accounts, in the live server's database.

    Each transactional test's flush removes the "Teachers" group that a data migration
    made (the demo teacher belongs to it), so it is made again here from the migration's
    own list. (Serialized rollback cannot do it: the connection that Django serialized
    at setup is not the one the tests see once Playwright's event loop is running.)
    """
    migration = importlib.import_module("quizzes.migrations.0002_teachers_group")
    teachers, _ = Group.objects.get_or_create(name="Teachers")
    teachers.permissions.set(
        Permission.objects.filter(
            content_type__app_label="quizzes",
            codename__in=[
                f"{action}_{model}"
                for model, actions in migration.TEACHER_PERMISSIONS.items()
                for action in actions
            ],
        )
    )
    fixtures = ROOT / "fixtures"
    call_command("loaddata", fixtures / "seed.json", fixtures / "demo_accounts.json", verbosity=0)


@pytest.fixture
def new_page(
    browser: Browser, live_server, seeded, request: pytest.FixtureRequest
) -> Iterator[Callable[..., Page]]:
    """Opens pages in fresh browser contexts (one per user) on the live server.

    On failure every page the test opened is saved to test-artifacts/ as PNG and HTML.
    """
    contexts: list[BrowserContext] = []
    page_errors: list[str] = []

    def make(*, javascript: bool = True, viewport: dict | None = None) -> Page:
        context = browser.new_context(
            base_url=live_server.url,
            java_script_enabled=javascript,
            viewport=viewport or DESKTOP,
            has_touch=viewport == PHONE,
        )
        context.set_default_timeout(TIMEOUT_MS)
        # An init script is not subject to the site's Content-Security-Policy, unlike the
        # inline <script> that page.add_script_tag() writes, so the pages keep their real
        # CSP (and these tests catch what it would block) while axe is still available.
        context.add_init_script(path=str(AXE_JS))
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: page_errors.append(str(error)))
        page.on(
            "console",
            lambda msg: page_errors.append(msg.text)
            if msg.type == "error" and "Content Security Policy" in msg.text
            else None,
        )
        return page

    yield make

    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        _save_artifacts(request.node.nodeid, contexts)
    for context in contexts:
        context.close()
    if report is not None and report.passed:
        assert not page_errors, f"JavaScript errors or CSP violations: {page_errors}"


@pytest.fixture
def page(new_page: Callable[..., Page]) -> Page:
    return new_page()


def _save_artifacts(nodeid: str, contexts: list[BrowserContext]) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", nodeid.split("::", 1)[-1])
    pages = [page for context in contexts for page in context.pages]
    for number, page in enumerate(pages, start=1):
        name = stem if len(pages) == 1 else f"{stem}-{number}"
        try:
            page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
            (ARTIFACTS / f"{name}.html").write_text(page.content())
        except Exception as error:  # a crashed page must not hide the test's own failure
            (ARTIFACTS / f"{name}.error.txt").write_text(repr(error))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call):
    report = yield
    # The page fixtures look at this in teardown to decide whether to save artifacts.
    setattr(item, f"rep_{report.when}", report)
    return report
