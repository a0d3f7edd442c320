"""A student takes the seed quiz: by keyboard with htmx, with JavaScript off, and twice over."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.db.models import Count
from django.urls import reverse
from playwright.sync_api import Page, expect

from quizzes.models import Answer, Article, Attempt, Choice, Question
from tests.browser.helpers import SEED_SLUG, STUDENT, check_accessibility, log_in, tab_to

pytestmark = pytest.mark.browser


def answer_plan(attempt: Attempt) -> list[tuple[Question, Choice]]:
    """The choice to pick for each question in order: every third one wrong, the rest right.

    Both test flows follow this plan, so the same answers must give the same score.
    """
    plan = []
    for index, question in enumerate(attempt.ordered_questions()):
        choices = list(question.choices.all())
        right = next(c for c in choices if c.is_correct)
        wrong = next(c for c in choices if not c.is_correct)
        plan.append((question, wrong if index % 3 == 1 else right))
    return plan


def expected_score(plan: list[tuple[Question, Choice]]) -> int:
    return sum(choice.is_correct for _, choice in plan)


def latest_attempt(username: str) -> Attempt:
    return Attempt.objects.filter(user__username=username).latest("started_at", "id")


def expect_feedback(page: Page, question: Question, choice: Choice) -> None:
    feedback = page.locator("#feedback")
    expect(feedback).to_be_visible()
    verdict = "✓ Correct" if choice.is_correct else "✗ Not quite"
    expect(feedback.locator(".verdict")).to_have_text(verdict)
    expect(feedback).to_contain_text(f"Your answer: {choice.text}")
    # The article beside the quiz marks the sentences the question was written from
    # (a quote and the sentence naming its speaker may sit in two paragraphs).
    expect(page.locator("#article-text mark#evidence")).to_be_visible()
    marked = page.locator("#article-text mark").all_inner_texts()
    assert " ".join(marked).split() == question.evidence.split()


def test_student_takes_the_quiz_with_the_keyboard_alone(page: Page):
    page.goto("/accounts/login/")
    check_accessibility(page, "login")
    tab_to(page, page.get_by_label("Username"))
    page.keyboard.type(STUDENT[0])
    page.keyboard.press("Tab")
    page.keyboard.type(STUDENT[1])
    page.keyboard.press("Enter")

    # The site's root, not the login page (whose URL also ends in "/"): matching that
    # let the accessibility check run while the login redirect was still loading.
    expect(page).to_have_url(re.compile(r"://[^/]+/$"))
    expect(page.get_by_role("button", name=f"Log out {STUDENT[0]}")).to_be_visible()
    check_accessibility(page, "article list")
    article = Article.objects.get(slug=SEED_SLUG)
    tab_to(page, page.get_by_role("link", name=article.title))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text(article.title)
    check_accessibility(page, "article")
    tab_to(page, page.get_by_role("button", name="Start the quiz"))
    page.keyboard.press("Enter")

    expect(page.locator("legend")).to_be_visible()
    check_accessibility(page, "quiz question")
    attempt = latest_attempt(STUDENT[0])
    plan = answer_plan(attempt)
    total = len(plan)
    assert total == attempt.question_count >= 8

    for number, (question, choice) in enumerate(plan, start=1):
        card = page.locator("#question-card")
        expect(card.locator(".progress-text")).to_contain_text(f"Question {number} of {total}")
        # The question is a fieldset whose legend is the stem; every option is labelled.
        fieldset = card.locator("fieldset")
        expect(fieldset.locator("legend")).to_have_text(question.stem)
        radios = fieldset.get_by_role("radio")
        options = [c.text for c in question.choices.all()]
        expect(radios).to_have_count(len(options))

        # Tab into the radio group, Space checks the first option, arrows move the choice.
        tab_to(page, radios.first, max_presses=3 if number > 1 else 40)
        page.keyboard.press("Space")
        for _ in range(options.index(choice.text)):
            page.keyboard.press("ArrowDown")
        expect(fieldset.get_by_label(choice.text, exact=True)).to_be_checked()
        tab_to(page, card.get_by_role("button", name="Check my answer"), max_presses=2)
        page.keyboard.press("Enter")

        expect_feedback(page, question, choice)
        # Focus moves to the feedback, which sits in a live region, so it is announced.
        feedback = page.locator("#feedback")
        expect(feedback).to_be_focused()
        assert feedback.evaluate("element => element.closest('[aria-live]') !== null")
        expect(page).to_have_url(
            re.compile(reverse("quizzes:question_detail", args=[attempt.pk, question.pk]) + "$")
        )
        check_accessibility(page, "quiz feedback (htmx swap)")

        if number == 1:
            # "Show me where in the article" takes keyboard focus to the marked evidence.
            tab_to(page, feedback.get_by_role("link", name="Show me where in the article"), 2)
            page.keyboard.press("Enter")
            expect(page.locator("mark#evidence")).to_be_focused()
            tab_to(page, feedback.get_by_role("link", name="Next question"))
        elif number < len(plan):
            tab_to(page, feedback.get_by_role("link", name="Next question"), max_presses=3)
        else:
            tab_to(page, feedback.get_by_role("link", name="See your score"), max_presses=3)
        page.keyboard.press("Enter")
        if number < len(plan):
            # The next question takes focus, so the keyboard user is not sent back to
            # the top of the page.
            expect(card.locator("legend")).to_have_text(plan[number][0].stem)
            expect(card.locator("fieldset")).to_be_focused()
            expect(page.locator("#article-text mark")).to_have_count(0)
            if number == 1:
                check_accessibility(page, "quiz next question (htmx swap)")

    score = expected_score(plan)
    expect(page.locator("#score")).to_contain_text(f"{score} out of {total}")
    check_accessibility(page, "result")
    review = page.locator(".review-item")
    expect(review).to_have_count(total)
    for item, (question, choice) in zip(review.all(), plan, strict=True):
        expect(item.locator(".stem")).to_have_text(question.stem)
        # Right and wrong are told in words, not by colour alone.
        expect(item.locator(".tag")).to_have_text(
            "✓ Correct" if choice.is_correct else "✗ Not quite"
        )

    tab_to(page, page.get_by_role("link", name="All my results"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("My results")
    check_accessibility(page, "my results")
    result_url = reverse("quizzes:attempt_result", args=[attempt.pk])
    row = page.locator("tr", has=page.locator(f'a[href="{result_url}"]'))
    expect(row).to_contain_text(f"{score} of {total}")
    expect(row).to_contain_text("Finished: review")

    attempt.refresh_from_db()
    assert attempt.is_finished
    assert attempt.score == score


def test_student_takes_the_quiz_without_javascript(new_page):
    page = new_page(javascript=False)
    log_in(page, STUDENT)
    article = Article.objects.get(slug=SEED_SLUG)
    page.get_by_role("link", name=article.title).click()
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.locator("legend")).to_be_visible()
    attempt = latest_attempt(STUDENT[0])
    plan = answer_plan(attempt)
    total = len(plan)

    for number, (question, choice) in enumerate(plan, start=1):
        expect(page.locator(".progress-text")).to_contain_text(f"Question {number} of {total}")
        expect(page.locator("legend")).to_have_text(question.stem)
        page.get_by_label(choice.text, exact=True).check()
        page.get_by_role("button", name="Check my answer").click()
        # POST, then redirect to the question's own page, which now shows the feedback.
        expect(page).to_have_url(
            re.compile(reverse("quizzes:question_detail", args=[attempt.pk, question.pk]) + "$")
        )
        expect_feedback(page, question, choice)
        link = "Next question" if number < len(plan) else "See your score"
        page.get_by_role("link", name=link).click()

    score = expected_score(plan)
    expect(page.locator("#score")).to_contain_text(f"{score} out of {total}")
    expect(page.locator(".review-item")).to_have_count(total)
    page.get_by_role("link", name="All my results").click()
    result_url = reverse("quizzes:attempt_result", args=[attempt.pk])
    expect(page.locator("tr", has=page.locator(f'a[href="{result_url}"]'))).to_contain_text(
        f"{score} of {total}"
    )
    attempt.refresh_from_db()
    assert (attempt.score, attempt.is_finished) == (score, True)


def assert_scored_once(attempt: Attempt) -> None:
    """Exactly one answer per answered question, and the score counts the correct ones."""
    per_question = Answer.objects.filter(attempt=attempt).values("question").annotate(n=Count("id"))
    assert {row["n"] for row in per_question} <= {1}
    attempt.refresh_from_db()
    assert attempt.score == Answer.objects.filter(attempt=attempt, is_correct=True).count()


def test_double_and_replayed_submissions_never_change_the_score(new_page):
    page = new_page()
    log_in(page, STUDENT)
    page.goto(reverse("quizzes:article_detail", args=[SEED_SLUG]))
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.locator("legend")).to_be_visible()
    attempt = latest_attempt(STUDENT[0])
    questions = attempt.ordered_questions()

    def right_and_wrong(question: Question) -> tuple[Choice, Choice]:
        choices = list(question.choices.all())
        return (
            next(c for c in choices if c.is_correct),
            next(c for c in choices if not c.is_correct),
        )

    # 1. With htmx: a fast double click on submit, then back and resubmit another choice.
    right, wrong = right_and_wrong(questions[0])
    page.get_by_label(wrong.text, exact=True).check()
    page.get_by_role("button", name="Check my answer").dblclick()
    expect_feedback(page, questions[0], wrong)
    page.go_back()
    expect(page.locator("legend")).to_have_text(questions[0].stem)
    page.get_by_label(right.text, exact=True).check()
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator("#feedback")).to_contain_text(f"Your answer: {wrong.text}")
    expect(page.locator("#feedback .verdict")).to_have_text("✗ Not quite")

    # 2. Two submissions of the same form at the same moment (htmx not loaded yet).
    right, wrong = right_and_wrong(questions[1])
    answer_url = reverse("quizzes:answer_submit", args=[attempt.pk, questions[1].pk])
    statuses = page.evaluate(
        """async ([url, choiceId]) => {
            const token = document.querySelector("[name=csrfmiddlewaretoken]").value;
            const post = () => {
                const body = new FormData();
                body.append("csrfmiddlewaretoken", token);
                body.append("choice", choiceId);
                return fetch(url, {method: "POST", body, redirect: "manual"});
            };
            return (await Promise.all([post(), post()])).map(r => r.type);
        }""",
        [answer_url, right.pk],
    )
    assert statuses == ["opaqueredirect", "opaqueredirect"]

    # 3. Without JavaScript: a double click posts the form twice; then back and resubmit.
    plain = new_page(javascript=False)
    log_in(plain, STUDENT)
    plain.goto(reverse("quizzes:attempt_detail", args=[attempt.pk]))
    right, wrong = right_and_wrong(questions[2])
    expect(plain.locator("legend")).to_have_text(questions[2].stem)
    plain.get_by_label(right.text, exact=True).check()
    plain.get_by_role("button", name="Check my answer").dblclick()
    expect_feedback(plain, questions[2], right)
    plain.go_back()
    plain.get_by_label(wrong.text, exact=True).check()
    plain.get_by_role("button", name="Check my answer").click()
    expect_feedback(plain, questions[2], right)

    answers = Answer.objects.filter(attempt=attempt).order_by("question__order")
    assert [(a.question_id, a.is_correct) for a in answers] == [
        (questions[0].pk, False),
        (questions[1].pk, True),
        (questions[2].pk, True),
    ]
    assert_scored_once(attempt)
    assert attempt.score == 2
    assert User.objects.get(username=STUDENT[0]).attempts.count() == 1
