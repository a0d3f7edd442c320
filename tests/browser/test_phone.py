"""On a phone-sized screen: no sideways scrolling, and everything to tap is big enough."""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from quizzes.models import Attempt
from tests.browser.conftest import ARTIFACTS
from tests.browser.helpers import PHONE, SEED_SLUG, STUDENT, log_in

pytestmark = pytest.mark.browser

MIN_TARGET_PX = 44  # WCAG 2.5.5 (AAA) and Apple's guideline; Android asks for 48 dp.

SMALL_TARGETS = """minimum => {
    const targets = document.querySelectorAll(
        "button, input[type=submit], main a, .options .option"
    );
    return [...targets].flatMap(target => {
        const box = target.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return [];  // not shown
        if (box.width >= minimum && box.height >= minimum) return [];
        const name = (target.textContent || target.value || "").trim().slice(0, 50);
        const size = `${Math.round(box.width)}x${Math.round(box.height)}`;
        return [`<${target.localName}> "${name}": ${size}`];
    });
}"""


def check_fits_a_phone(page: Page, name: str) -> None:
    page.wait_for_load_state()  # measure with the stylesheet applied
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{name}: the page scrolls sideways by {overflow}px on a phone"
    small = page.evaluate(SMALL_TARGETS, MIN_TARGET_PX)
    assert not small, f"{name}: tap targets under {MIN_TARGET_PX}px: {small}"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"phone-{name}.png"), full_page=True)


def test_pages_fit_a_phone_and_have_big_tap_targets(new_page):
    page = new_page(viewport=PHONE)
    page.goto("/accounts/login/")
    check_fits_a_phone(page, "login")
    log_in(page, STUDENT)
    check_fits_a_phone(page, "article-list")

    page.goto(reverse("quizzes:article_detail", args=[SEED_SLUG]))
    check_fits_a_phone(page, "article")
    page.get_by_role("button", name="Start the quiz").tap()
    expect(page.locator("legend")).to_be_visible()
    check_fits_a_phone(page, "quiz-question")

    page.locator(".option").first.tap()
    page.get_by_role("button", name="Check my answer").tap()
    expect(page.locator("#feedback")).to_be_visible()
    expect(page.locator("#article-text mark#evidence")).to_be_visible()
    check_fits_a_phone(page, "quiz-feedback")

    page.get_by_role("link", name="Next question").tap()
    expect(page.locator(".progress-text")).to_contain_text("Question 2 of")
    check_fits_a_phone(page, "quiz-next-question")

    # Finish the attempt quickly, then check the result and "My results" pages.
    attempt = Attempt.objects.get(user__username=STUDENT[0])
    for question in attempt.ordered_questions()[1:]:
        page.goto(reverse("quizzes:question_detail", args=[attempt.pk, question.pk]))
        page.locator(".option").first.tap()
        page.get_by_role("button", name="Check my answer").tap()
        expect(page.locator("#feedback")).to_be_visible()
    page.get_by_role("link", name="See your score").tap()
    expect(page.locator("#score")).to_be_visible()
    check_fits_a_phone(page, "result")
    page.goto(reverse("quizzes:my_results"))
    check_fits_a_phone(page, "my-results")
