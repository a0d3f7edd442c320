"""What the browser tests do on pages: log in, move focus with the keyboard, run axe."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 667}

# The demo accounts in fixtures/demo_accounts.json.
STUDENT = ("student1", "read-newsquiz-dev")
OTHER_STUDENT = ("student2", "read-newsquiz-dev")
TEACHER = ("teacher", "teach-newsquiz-dev")

SEED_SLUG = "syria-manaf-tlas-defection-hard-blow-for-assad"

BLOCKING_IMPACTS = ("critical", "serious")
# Rules found on each page by axe in this session, by impact (and "needs review" for
# what axe could not decide); conftest writes it to test-artifacts/axe-summary.json.
AXE_RESULTS: dict[str, dict[str, list[str]]] = {}


def log_in(page: Page, credentials: tuple[str, str], next_url: str = "") -> None:
    username, password = credentials
    page.goto("/accounts/login/" + (f"?next={next_url}" if next_url else ""))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("button", name=f"Log out {username}")).to_be_visible()


def is_focused(locator: Locator) -> bool:
    return locator.evaluate("element => element === document.activeElement")


def tab_to(page: Page, target: Locator, max_presses: int = 40) -> int:
    """Press Tab until target has focus, as a keyboard user would; returns the presses."""
    for presses in range(1, max_presses + 1):
        page.keyboard.press("Tab")
        if is_focused(target):
            return presses
    focused = page.evaluate("document.activeElement && document.activeElement.outerHTML")
    raise AssertionError(f"{max_presses} Tab presses never reached {target}; focus is on {focused}")


def check_accessibility(page: Page, label: str) -> list[dict]:
    """Run axe-core on the page as it is now; fail on serious or critical violations.

    Every run's violations are recorded by label for test-artifacts/axe-summary.json.
    """
    page.wait_for_load_state()  # contrast is judged with the stylesheet applied
    violations, incomplete = page.evaluate(
        """async () => {
            const results = await axe.run(document);
            const brief = v => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map(n => n.target.join(" ")).slice(0, 5),
            });
            return [results.violations.map(brief), results.incomplete.map(brief)];
        }"""
    )
    summary = AXE_RESULTS.setdefault(label, {})
    for key, found in [(v["impact"], v) for v in violations] + [
        ("needs review", v) for v in incomplete
    ]:
        rules = summary.setdefault(key, [])
        if found["id"] not in rules:
            rules.append(found["id"])
    blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"axe found serious or critical problems on {label}: {blocking}"
    return violations
