"""Student pages: full page, htmx fragment and no-JavaScript paths, and who may see what."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from quizzes.models import Answer, Attempt
from tests.factories import ArticleFactory, AttemptFactory, QuestionFactory

HTMX = {"HTTP_HX_REQUEST": "true"}


def answer_url(attempt, question):
    return reverse("quizzes:answer_submit", args=[attempt.pk, question.pk])


def question_url(attempt, question):
    return reverse("quizzes:question_detail", args=[attempt.pk, question.pk])


@pytest.fixture
def attempt(article, student):
    return AttemptFactory(user=student, article=article)


@pytest.fixture
def first(attempt):
    return attempt.ordered_questions()[0]


def correct_id(question):
    return question.choices.get(is_correct=True).pk


def wrong_id(question):
    return question.choices.filter(is_correct=False).first().pk


# --- logging in -------------------------------------------------------------


@pytest.mark.parametrize(
    "name,args",
    [
        ("quizzes:article_list", []),
        ("quizzes:my_results", []),
        ("quizzes:article_detail", ["anything"]),
        ("quizzes:attempt_detail", [1]),
        ("quizzes:attempt_result", [1]),
    ],
)
def test_pages_need_a_login(client, db, name, args):
    response = client.get(reverse(name, args=args))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_signup_creates_a_student_and_logs_in(client, db):
    response = client.post(
        reverse("signup"),
        {
            "username": "newkid",
            "password1": "a-long-pass-phrase-9",
            "password2": "a-long-pass-phrase-9",
        },
    )
    assert response.status_code == 302
    assert client.get(reverse("quizzes:article_list")).status_code == 200
    from django.contrib.auth.models import User

    assert not User.objects.get(username="newkid").is_staff


def test_signup_can_be_turned_off(client, db, settings):
    settings.NEWSQUIZ_SIGNUP_OPEN = False
    assert client.get(reverse("signup")).status_code == 404
    assert "Sign up" not in client.get(reverse("login")).content.decode()


def test_logout_is_a_post(student_client):
    response = student_client.post(reverse("logout"))
    assert response.status_code == 302
    assert student_client.get(reverse("quizzes:article_list")).status_code == 302


# --- article list and reading page ------------------------------------------------


def test_article_list_shows_published_articles_with_facts(student_client, article, student):
    ArticleFactory(title="A draft nobody may see", status="draft")
    attempt = AttemptFactory(user=student, article=article)
    for q in attempt.ordered_questions():
        attempt.record_answer(q, q.choices.get(is_correct=True))

    html = student_client.get(reverse("quizzes:article_list")).content.decode()

    assert article.title in html
    assert "A draft nobody may see" not in html
    assert "Test Gazette" in html
    assert "Grade 7" in html
    assert "<dd>3</dd>" in html  # published questions only, not the draft
    assert "3 of 3" in html  # best score
    assert "<dd>1</dd>" in html  # attempts


def test_article_list_query_count_stays_constant(
    student_client, student, django_assert_num_queries
):
    def add_article_with_attempt():
        article = ArticleFactory()
        for order in range(3):
            QuestionFactory(article=article, order=order)
        AttemptFactory(user=student, article=article)

    add_article_with_attempt()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        student_client.get(reverse("quizzes:article_list"))
    for _ in range(5):
        add_article_with_attempt()
    with django_assert_num_queries(len(small)):
        response = student_client.get(reverse("quizzes:article_list"))
    assert response.content.decode().count('class="article-item"') == 6


def test_article_page_shows_paragraphs_and_captions(student_client, article):
    html = student_client.get(article.get_absolute_url()).content.decode()

    assert '<p class="caption">Residents protested outside the town hall</p>' in html
    assert "Media caption" not in html
    assert "<p>The town council of Millbrook voted on Monday to close the old library.</p>" in html
    assert "Start the quiz" in html


def test_article_page_offers_the_students_own_unfinished_attempt(
    student_client, article, student, django_assert_num_queries
):
    AttemptFactory(article=article)  # someone else's, unfinished
    AttemptFactory(user=student)  # the student's, on another article
    url = article.get_absolute_url()
    html = student_client.get(url).content.decode()
    assert "3 questions, one at a time" in html  # the draft is not counted
    assert "Continue your quiz" not in html
    assert "Start the quiz" in html

    older = AttemptFactory(user=student, article=article)
    older.finished_at = timezone.now()
    older.save()
    html = student_client.get(url).content.decode()
    assert "Continue your quiz" not in html
    assert "Start a new attempt" in html

    unfinished = AttemptFactory(user=student, article=article)
    with django_assert_num_queries(3):  # session with its user, article, latest attempts
        html = student_client.get(url).content.decode()
    continue_url = reverse("quizzes:attempt_detail", args=[unfinished.pk])
    assert f'href="{continue_url}">Continue your quiz' in html
    # Older attempts beyond the latest five cost no extra queries.
    for _ in range(6):
        AttemptFactory(user=student, article=article)
    with django_assert_num_queries(3):
        student_client.get(url)


def test_unpublished_article_is_404(student_client, db):
    draft = ArticleFactory(status="draft")
    assert student_client.get(draft.get_absolute_url()).status_code == 404
    response = student_client.post(reverse("quizzes:attempt_start", args=[draft.slug]))
    assert response.status_code == 404
    assert not Attempt.objects.exists()


def test_a_correction_under_the_story_is_shown_as_a_footnote(student_client):
    body = (
        "Applications to colleges in Leeds rose by 12% this autumn, the colleges said.\n\n"
        "Leaders said rising fees at private schools had pushed families to state colleges.\n\n"
        "This article was amended on 3 October 2025 to correct a figure."
    )
    article = ArticleFactory(body=body)
    html = student_client.get(reverse("quizzes:article_detail", args=[article.slug])).content
    assert (
        '<p class="footnote">This article was amended on 3 October 2025 to correct a figure.</p>'
        in html.decode()
    )


# --- starting and taking the quiz ------------------------------------------------


def test_start_creates_attempt_and_redirects_to_quiz(student_client, article, student):
    response = student_client.post(reverse("quizzes:attempt_start", args=[article.slug]))

    attempt = Attempt.objects.get(user=student)
    assert response.status_code == 302
    assert response["Location"] == reverse("quizzes:attempt_detail", args=[attempt.pk])
    assert attempt.question_count == 3


def test_start_needs_post(student_client, article):
    response = student_client.get(reverse("quizzes:attempt_start", args=[article.slug]))
    assert response.status_code == 405


def test_article_without_questions_cannot_start(student_client, db):
    empty = ArticleFactory()
    response = student_client.post(reverse("quizzes:attempt_start", args=[empty.slug]), follow=True)
    assert "no questions yet" in response.content.decode()
    assert not Attempt.objects.exists()


def test_quiz_page_full_shows_first_question_and_progress(student_client, attempt, first):
    response = student_client.get(reverse("quizzes:attempt_detail", args=[attempt.pk]))
    html = response.content.decode()

    assert "<html" in html
    assert "Question 1 of 3" in html
    assert f"<legend>{first.stem}</legend>" in html
    assert 'id="article-text"' in html


def test_quiz_page_htmx_returns_only_the_card(student_client, attempt, first):
    response = student_client.get(reverse("quizzes:attempt_detail", args=[attempt.pk]), **HTMX)
    html = response.content.decode()

    assert "<html" not in html
    assert f"<legend>{first.stem}</legend>" in html
    assert "questionShown" in response["HX-Trigger"]


def test_answer_key_is_not_in_the_page_before_answering(student_client, attempt, first):
    for response in (
        student_client.get(reverse("quizzes:attempt_detail", args=[attempt.pk])),
        student_client.get(reverse("quizzes:attempt_detail", args=[attempt.pk]), **HTMX),
        student_client.get(question_url(attempt, first)),
    ):
        html = response.content.decode()
        assert first.explanation not in html
        assert 'id="evidence"' not in html
        assert "is_correct" not in html and "correct" not in html.lower().replace(
            "incorrect", ""
        ).replace("check my answer", "")
        # Every option is rendered the same way apart from its id and value.
        inputs = re.findall(r"<input[^>]*type=\"radio\"[^>]*>", html)
        assert len(inputs) == 4
        shapes = {re.sub(r'(id|value)="[^"]*"', "", tag) for tag in inputs}
        assert len(shapes) == 1


def test_answer_without_javascript_redirects_to_feedback(student_client, attempt, first):
    response = student_client.post(answer_url(attempt, first), {"choice": correct_id(first)})

    assert response.status_code == 302
    assert response["Location"] == question_url(attempt, first)
    html = student_client.get(response["Location"]).content.decode()
    assert "Correct" in html
    assert first.explanation in html
    assert '<mark id="evidence" tabindex="-1">' in html
    assert "Next question" in html


def test_answer_with_htmx_returns_feedback_fragment(student_client, attempt, first):
    response = student_client.post(answer_url(attempt, first), {"choice": wrong_id(first)}, **HTMX)
    html = response.content.decode()

    assert response.status_code == 200
    assert "<html" not in html
    assert "Not quite" in html
    assert "Correct answer: <strong>Ruth Okafor</strong>" in html
    assert "answerRecorded" in response["HX-Trigger"]
    attempt.refresh_from_db()
    assert attempt.score == 0


def test_article_fragment_marks_evidence_of_latest_answer(student_client, attempt, first):
    url = reverse("quizzes:attempt_article", args=[attempt.pk])
    assert (
        'id="evidence"'
        not in student_client.get(url + "?highlight=latest", **HTMX).content.decode()
    )

    student_client.post(answer_url(attempt, first), {"choice": correct_id(first)}, **HTMX)

    marked = student_client.get(url + "?highlight=latest", **HTMX).content.decode()
    assert '<mark id="evidence" tabindex="-1">' in marked
    assert "Ruth Okafor.</mark>" in marked
    assert 'id="evidence"' not in student_client.get(url, **HTMX).content.decode()


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["full", "htmx"])
@pytest.mark.parametrize(
    "data", [{}, {"choice": "abc"}, {"choice": "999999"}], ids=["missing", "text", "unknown"]
)
def test_bad_choice_shows_question_again_and_stores_nothing(
    student_client, attempt, first, headers, data
):
    response = student_client.post(answer_url(attempt, first), data, **headers)
    html = response.content.decode()

    assert response.status_code == 200
    assert f"<legend>{first.stem}</legend>" in html
    assert 'role="alert"' in html
    assert not Answer.objects.exists()


def test_choice_of_another_question_is_refused(student_client, attempt):
    first, second = attempt.ordered_questions()[:2]
    student_client.post(answer_url(attempt, first), {"choice": correct_id(second)})
    assert not Answer.objects.exists()


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["full", "htmx"])
def test_replayed_answer_shows_recorded_result_and_keeps_score(
    student_client, attempt, first, headers
):
    student_client.post(answer_url(attempt, first), {"choice": wrong_id(first)}, **headers)
    response = student_client.post(
        answer_url(attempt, first), {"choice": correct_id(first)}, **headers, follow=True
    )

    assert "Not quite" in response.content.decode()
    assert Answer.objects.count() == 1
    attempt.refresh_from_db()
    assert attempt.score == 0


def test_whole_quiz_then_result_and_results_page(student_client, attempt):
    questions = attempt.ordered_questions()
    for question in questions[:2]:
        student_client.post(answer_url(attempt, question), {"choice": correct_id(question)})
    last = questions[2]
    response = student_client.post(
        answer_url(attempt, last), {"choice": wrong_id(last)}, follow=True
    )
    assert "See your score" in response.content.decode()

    detail = student_client.get(reverse("quizzes:attempt_detail", args=[attempt.pk]))
    assert detail["Location"] == reverse("quizzes:attempt_result", args=[attempt.pk])
    htmx_detail = student_client.get(reverse("quizzes:attempt_detail", args=[attempt.pk]), **HTMX)
    assert htmx_detail["HX-Redirect"] == reverse("quizzes:attempt_result", args=[attempt.pk])

    result = student_client.get(
        reverse("quizzes:attempt_result", args=[attempt.pk])
    ).content.decode()
    assert "2 out of 3" in result
    assert result.count('class="review-item') == 3
    assert "Correct answer: <strong>Ruth Okafor</strong>" in result
    assert "Retake the quiz" in result

    results = student_client.get(reverse("quizzes:my_results")).content.decode()
    assert "Best: <strong>2 of 3</strong>" in results
    assert "Latest: <strong>2 of 3</strong>" in results


def test_result_before_finishing_goes_back_to_quiz(student_client, attempt):
    response = student_client.get(reverse("quizzes:attempt_result", args=[attempt.pk]))
    assert response["Location"] == reverse("quizzes:attempt_detail", args=[attempt.pk])


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["full", "htmx"])
def test_finished_attempt_changes_nothing(student_client, attempt, headers):
    questions = attempt.ordered_questions()
    for question in questions:
        student_client.post(answer_url(attempt, question), {"choice": wrong_id(question)})
    attempt.refresh_from_db()
    assert attempt.is_finished and attempt.score == 0

    for question in questions:
        response = student_client.post(
            answer_url(attempt, question), {"choice": correct_id(question)}, **headers
        )
        assert response.status_code in (200, 302)
    attempt.refresh_from_db()
    assert attempt.score == 0
    assert attempt.answers.count() == 3
    # A question added to the article later is not part of this attempt: 404.
    late = QuestionFactory(article=attempt.article)
    response = student_client.post(
        answer_url(attempt, late), {"choice": correct_id(late)}, **headers
    )
    assert response.status_code == 404
    assert attempt.answers.count() == 3


def test_retake_starts_a_new_attempt(student_client, attempt, student):
    for question in attempt.ordered_questions():
        attempt.record_answer(question, question.choices.get(is_correct=True))
    student_client.post(reverse("quizzes:attempt_start", args=[attempt.article.slug]))

    assert Attempt.objects.filter(user=student).count() == 2
    html = student_client.get(reverse("quizzes:my_results")).content.decode()
    assert "In progress: continue" in html
    assert "Finished: review" in html


def test_my_results_query_count_stays_constant(student_client, student, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    article = ArticleFactory()
    QuestionFactory(article=article)
    AttemptFactory(user=student, article=article)
    with CaptureQueriesContext(connection) as small:
        student_client.get(reverse("quizzes:my_results"))
    for _ in range(4):
        other = ArticleFactory()
        QuestionFactory(article=other)
        for _ in range(3):
            AttemptFactory(user=student, article=other)
    with django_assert_num_queries(len(small)):
        student_client.get(reverse("quizzes:my_results"))


def test_quiz_page_query_count_does_not_grow_with_questions(
    student_client, student, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def attempt_with(n):
        article = ArticleFactory()
        for order in range(n):
            QuestionFactory(article=article, order=order)
        return AttemptFactory(user=student, article=article)

    small, large = attempt_with(2), attempt_with(12)
    with CaptureQueriesContext(connection) as counted:
        student_client.get(reverse("quizzes:attempt_detail", args=[small.pk]))
    with django_assert_num_queries(len(counted)):
        student_client.get(reverse("quizzes:attempt_detail", args=[large.pk]))
    for q in large.ordered_questions()[:5]:
        large.record_answer(q, q.choices.first())
    result_small = small
    for q in result_small.ordered_questions():
        result_small.record_answer(q, q.choices.first())
    for q in large.ordered_questions()[5:]:
        large.record_answer(q, q.choices.first())
    with CaptureQueriesContext(connection) as counted:
        student_client.get(reverse("quizzes:attempt_result", args=[small.pk]))
    with django_assert_num_queries(len(counted)):
        student_client.get(reverse("quizzes:attempt_result", args=[large.pk]))


# --- ownership and unknown ids ------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["quizzes:attempt_detail", "quizzes:attempt_result", "quizzes:attempt_article"]
)
def test_another_students_attempt_is_404(client, attempt, other_student, name):
    client.force_login(other_student)
    assert client.get(reverse(name, args=[attempt.pk])).status_code == 404


def test_answering_another_students_attempt_is_404_and_stores_nothing(
    client, attempt, first, other_student
):
    client.force_login(other_student)
    assert client.get(question_url(attempt, first)).status_code == 404
    response = client.post(answer_url(attempt, first), {"choice": correct_id(first)}, **HTMX)
    assert response.status_code == 404
    assert not Answer.objects.exists()


def test_question_not_in_attempt_is_404(student_client, attempt):
    stranger = QuestionFactory()  # another article's question
    assert student_client.get(question_url(attempt, stranger)).status_code == 404
    response = student_client.post(answer_url(attempt, stranger), {"choice": correct_id(stranger)})
    assert response.status_code == 404
    assert not Answer.objects.exists()


def test_draft_question_is_not_asked(student_client, attempt, article):
    draft = article.questions.get(status="draft")
    assert student_client.get(question_url(attempt, draft)).status_code == 404
    html = student_client.get(reverse("quizzes:attempt_detail", args=[attempt.pk])).content.decode()
    assert draft.stem not in html


def test_unknown_ids_are_404(student_client, db):
    assert student_client.get(reverse("quizzes:attempt_detail", args=[999999])).status_code == 404
    assert (
        student_client.post(reverse("quizzes:answer_submit", args=[999999, 1])).status_code == 404
    )
    assert (
        student_client.get(reverse("quizzes:article_detail", args=["no-such"])).status_code == 404
    )


# --- CSRF -------------------------------------------------------------------------------


def test_csrf_is_enforced_on_answer_posts(attempt, first, student):
    client = Client(enforce_csrf_checks=True)
    client.force_login(student)
    page = client.get(reverse("quizzes:attempt_detail", args=[attempt.pk]))
    token = re.search(r'"x-csrftoken": "([^"]+)"', page.content.decode()).group(1)

    refused = client.post(answer_url(attempt, first), {"choice": correct_id(first)}, **HTMX)
    assert refused.status_code == 403
    assert not Answer.objects.exists()

    # htmx sends the token from <body hx-headers> as a header.
    accepted = client.post(
        answer_url(attempt, first), {"choice": correct_id(first)}, HTTP_X_CSRFTOKEN=token, **HTMX
    )
    assert accepted.status_code == 200
    assert Answer.objects.count() == 1


def test_csrf_is_enforced_on_start(article, student):
    client = Client(enforce_csrf_checks=True)
    client.force_login(student)
    response = client.post(reverse("quizzes:attempt_start", args=[article.slug]))
    assert response.status_code == 403
    assert not Attempt.objects.exists()


def test_attempts_on_an_unpublished_article_are_hidden(student_client, attempt):
    attempt.article.status = "draft"
    attempt.article.save()

    assert (
        student_client.get(reverse("quizzes:attempt_detail", args=[attempt.pk])).status_code == 404
    )
    assert (
        student_client.get(reverse("quizzes:attempt_result", args=[attempt.pk])).status_code == 404
    )
    assert (
        attempt.article.title
        not in student_client.get(reverse("quizzes:my_results")).content.decode()
    )


def test_answering_takes_a_fixed_small_number_of_queries(
    student_client, student, django_assert_max_num_queries
):
    """The answer POST is the busiest write: session, user, the question in the attempt
    with its choices, then the insert and the update (and the transaction's two statements)."""
    article = ArticleFactory()
    for order in range(12):
        QuestionFactory(article=article, order=order)
    attempt = AttemptFactory(user=student, article=article)
    for question in attempt.ordered_questions()[:11]:
        url = reverse("quizzes:answer_submit", args=[attempt.pk, question.pk])
        with django_assert_max_num_queries(7):
            response = student_client.post(
                url, {"choice": question.correct_choice().pk}, headers={"hx-request": "true"}
            )
        assert "Your answer:" in response.content.decode()
