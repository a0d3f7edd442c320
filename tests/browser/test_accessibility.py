"""axe-core on the student pages the quiz flows do not reach, and their keyboard paths.

test_quiz_flows.py runs axe on the login, article list, article, quiz (question,
feedback, next question), result and "My results" pages.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from playwright.sync_api import Page, expect

from tests.browser.helpers import SEED_SLUG, STUDENT, check_accessibility, log_in, tab_to

pytestmark = pytest.mark.browser

PASSWORD = re.compile(r"^Password:?$")  # not "Password confirmation"


def test_signup_is_accessible_and_works_from_the_keyboard(page: Page):
    page.goto("/accounts/signup/")
    check_accessibility(page, "signup")
    tab_to(page, page.get_by_label("Username"))
    page.keyboard.type("student3")
    # Too short a password: the errors are shown, and the page is still accessible.
    page.get_by_label(PASSWORD).fill("short")
    page.get_by_label("Password confirmation").fill("short")
    page.keyboard.press("Enter")
    expect(page.locator(".errorlist")).not_to_have_count(0)
    check_accessibility(page, "signup with errors")

    page.get_by_label(PASSWORD).fill("a-long-reading-passphrase")
    page.get_by_label("Password confirmation").fill("a-long-reading-passphrase")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("Welcome!")
    check_accessibility(page, "article list with a message")
    assert User.objects.filter(username="student3").exists()


def test_answering_without_a_choice_is_announced(page: Page):
    log_in(page, STUDENT)
    page.goto(reverse("quizzes:article_detail", args=[SEED_SLUG]))
    page.get_by_role("button", name="Start the quiz").click()
    submit = page.get_by_role("button", name="Check my answer")
    # The options are `required`, so the browser itself stops an empty answer first...
    submit.click()
    expect(page.locator("fieldset input:invalid")).not_to_have_count(0)
    expect(page.get_by_role("alert")).to_have_count(0)
    # ...and where it does not, the server's error is shown and announced.
    page.locator("#question-card form").evaluate("form => { form.noValidate = true; }")
    submit.click()
    error = page.get_by_role("alert")
    expect(error).to_have_text("Choose an answer before you submit.")
    # The question group points at the error, so a screen reader reads it with the group.
    expect(page.locator("fieldset")).to_have_attribute("aria-describedby", "choice-error")
    check_accessibility(page, "quiz question with an error (htmx swap)")


def test_empty_my_results_is_accessible(page: Page):
    log_in(page, STUDENT)
    page.goto(reverse("quizzes:my_results"))
    expect(page.get_by_text("You have not taken any quizzes yet.")).to_be_visible()
    check_accessibility(page, "my results (empty)")
