"""A teacher corrects a question in the admin; the next attempt a student starts has it."""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from quizzes.models import Answer, Article, Question
from tests.browser.helpers import SEED_SLUG, STUDENT, TEACHER, log_in

pytestmark = pytest.mark.browser

NEW_STEM = "Which foreign minister said the regime's allies were leaving it?"


def test_teacher_edit_in_the_admin_reaches_a_new_attempt(new_page):
    article = Article.objects.get(slug=SEED_SLUG)
    question = Question.objects.published().for_article(article).first()
    choices = list(question.choices.order_by("order", "id"))
    old_right = next(c for c in choices if c.is_correct)
    new_right = next(c for c in choices if not c.is_correct)

    teacher = new_page()
    teacher.goto("/admin/")
    teacher.get_by_label("Username").fill(TEACHER[0])
    teacher.get_by_label("Password").fill(TEACHER[1])
    teacher.get_by_role("button", name="Log in").click()
    teacher.get_by_role("link", name="Questions").first.click()
    teacher.get_by_role("link", name=question.stem[:40]).first.click()
    expect(teacher.get_by_label("Stem")).to_have_value(question.stem)
    teacher.get_by_label("Stem").fill(NEW_STEM)
    rows = teacher.locator("tr.form-row")
    rows.filter(has=teacher.locator(f'input[value="{old_right.text}"]')).locator(
        'input[name$="-is_correct"]'
    ).uncheck()
    rows.filter(has=teacher.locator(f'input[value="{new_right.text}"]')).locator(
        'input[name$="-is_correct"]'
    ).check()
    teacher.get_by_role("button", name="Save", exact=True).click()
    expect(teacher.locator(".messagelist")).to_contain_text("was changed successfully")

    student = new_page()
    log_in(student, STUDENT)
    student.goto(reverse("quizzes:article_detail", args=[SEED_SLUG]))
    student.get_by_role("button", name="Start the quiz").click()
    expect(student.locator("legend")).to_have_text(NEW_STEM)
    student.get_by_label(new_right.text, exact=True).check()
    student.get_by_role("button", name="Check my answer").click()
    expect(student.locator("#feedback .verdict")).to_have_text("✓ Correct")

    answer = Answer.objects.get(attempt__user__username=STUDENT[0], question=question)
    assert answer.choice == new_right
    assert answer.is_correct
