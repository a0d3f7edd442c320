"""The teachers' back office: permissions, question validation, protected scores."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from quizzes.models import Article, Choice, Question
from tests.factories import AttemptFactory, QuestionFactory, UserFactory


@pytest.fixture
def teacher_client(client, db):
    teacher = UserFactory(username="mrs-t", is_staff=True)
    teacher.groups.add(Group.objects.get(name="Teachers"))
    client.force_login(teacher)
    return client


def question_post(question, choices, **overrides):
    """The admin change form's POST data for question, with the given (text, correct) rows."""
    data = {
        "article": question.article_id,
        "kind": question.kind,
        "category": question.category,
        "stem": question.stem,
        "status": question.status,
        "order": question.order,
        "explanation": question.explanation,
        "evidence": question.evidence,
        "choices-TOTAL_FORMS": len(choices),
        "choices-INITIAL_FORMS": 0,
        "choices-MIN_NUM_FORMS": 0,
        "choices-MAX_NUM_FORMS": 1000,
    }
    existing = list(question.choices.all())
    data["choices-INITIAL_FORMS"] = len(existing)
    for i, (text, correct) in enumerate(choices):
        data[f"choices-{i}-text"] = text
        data[f"choices-{i}-order"] = i
        data[f"choices-{i}-question"] = question.pk
        if correct:
            data[f"choices-{i}-is_correct"] = "on"
        if i < len(existing):
            data[f"choices-{i}-id"] = existing[i].pk
    for i in range(len(choices), len(existing)):
        data[f"choices-{i}-id"] = existing[i].pk
        data[f"choices-{i}-question"] = question.pk
        data[f"choices-{i}-text"] = existing[i].text
        data[f"choices-{i}-order"] = i
        data[f"choices-{i}-DELETE"] = "on"
    data["choices-TOTAL_FORMS"] = max(len(choices), len(existing))
    data.update(overrides)
    return data


def change_url(question):
    return reverse("admin:quizzes_question_change", args=[question.pk])


def test_teachers_group_is_created_by_migration(db):
    group = Group.objects.get(name="Teachers")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"change_question", "add_article", "change_choice", "view_attempt"} <= codenames
    assert "change_attempt" not in codenames


def test_teacher_edits_stem_and_key(teacher_client, article):
    question = article.questions.filter(status="published").first()
    data = question_post(
        question,
        [
            ("The head teacher", True),
            ("Ruth Okafor", False),
            ("The librarian", False),
            ("A resident", False),
        ],
        stem="Who spoke for the council?",
    )

    response = teacher_client.post(change_url(question), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    question.refresh_from_db()
    assert question.stem == "Who spoke for the council?"
    assert question.choices.get(is_correct=True).text == "The head teacher"


@pytest.mark.parametrize(
    "choices,message",
    [
        ([("Only one", True)], "at least two choices"),
        ([("A", True), ("B", True), ("C", False)], "exactly one choice as correct (you marked 2)"),
        ([("A", False), ("B", False)], "exactly one choice as correct (you marked 0)"),
        ([("Same", True), ("same", False)], "same text"),
    ],
)
def test_multiple_choice_rules(teacher_client, article, choices, message):
    question = article.questions.first()
    before = list(question.choices.values_list("text", "is_correct"))

    response = teacher_client.post(change_url(question), question_post(question, choices))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert list(question.choices.values_list("text", "is_correct")) == before


def test_true_false_needs_exactly_true_and_false(teacher_client, article):
    question = QuestionFactory(
        article=article, kind="true_false", choices=[("True", False), ("False", True)]
    )
    bad = question_post(question, [("Yes", True), ("No", False)])
    response = teacher_client.post(change_url(question), bad)
    assert (
        "exactly two options, &quot;True&quot; and &quot;False&quot;" in response.content.decode()
    )

    good = question_post(question, [("True", True), ("False", False)])
    assert teacher_client.post(change_url(question), good).status_code == 302


def test_evidence_must_be_in_the_article(teacher_client, article):
    question = article.questions.first()
    data = question_post(
        question,
        [("The head teacher", False), ("Ruth Okafor", True)],
        evidence="The mayor said something else entirely.",
    )
    response = teacher_client.post(change_url(question), data)
    assert "This text is not in the article" in response.content.decode()
    question.refresh_from_db()
    assert question.evidence != "The mayor said something else entirely."


def test_question_whose_evidence_vanished_is_flagged(teacher_client, article):
    Article.objects.filter(pk=article.pk).update(body="A completely rewritten article.")

    questions = teacher_client.get(reverse("admin:quizzes_question_changelist")).content.decode()
    articles = teacher_client.get(reverse("admin:quizzes_article_changelist")).content.decode()

    assert questions.count('alt="False"') >= 3
    assert "4 question(s) to fix" in articles


def test_answered_question_cannot_be_deleted(teacher_client, article, student):
    attempt = AttemptFactory(user=student, article=article)
    question = attempt.ordered_questions()[0]
    attempt.record_answer(question, question.choices.first())

    url = reverse("admin:quizzes_question_delete", args=[question.pk])
    page = teacher_client.get(url).content.decode()
    teacher_client.post(url, {"post": "yes"})

    assert "would require deleting the following protected related objects" in page
    assert Question.objects.filter(pk=question.pk).exists()
    attempt.refresh_from_db()
    assert attempt.answers.count() == 1


def test_archiving_keeps_scores_and_removes_from_new_attempts(teacher_client, article, student):
    attempt = AttemptFactory(user=student, article=article)
    question = attempt.ordered_questions()[0]
    attempt.record_answer(question, question.choices.get(is_correct=True))

    teacher_client.post(
        reverse("admin:quizzes_question_changelist"),
        {"action": "archive", "_selected_action": [question.pk]},
    )

    question.refresh_from_db()
    assert question.status == "archived"
    attempt.refresh_from_db()
    assert attempt.score == 1
    assert AttemptFactory(user=student, article=article).question_count == 2


def test_editing_a_generated_question_marks_it(teacher_client, article):
    question = QuestionFactory(article=article, origin="generated")
    data = question_post(question, [(c.text, c.is_correct) for c in question.choices.all()])
    data["stem"] = "A clearer stem?"
    teacher_client.post(change_url(question), data)
    question.refresh_from_db()
    assert question.edited_by_teacher


def test_article_admin_computes_stats_and_normalises_body(teacher_client, db):
    response = teacher_client.post(
        reverse("admin:quizzes_article_add"),
        {
            "title": "Rain stops play",
            "slug": "rain-stops-play",
            "source": "Test Gazette",
            "source_url": "",
            "status": "draft",
            "body": "Rain fell all day.\r\n\r\n\r\nThe match was abandoned at four o'clock.",
            "questions-TOTAL_FORMS": 0,
            "questions-INITIAL_FORMS": 0,
            "questions-MIN_NUM_FORMS": 0,
            "questions-MAX_NUM_FORMS": 1000,
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    article = Article.objects.get(slug="rain-stops-play")
    assert article.body == "Rain fell all day.\n\nThe match was abandoned at four o'clock."
    assert article.word_count == 11
    assert article.reading_grade >= 0


def test_publish_action(teacher_client, db):
    from tests.factories import ArticleFactory

    draft = ArticleFactory(status="draft")
    teacher_client.post(
        reverse("admin:quizzes_article_changelist"),
        {"action": "publish", "_selected_action": [draft.pk]},
    )
    draft.refresh_from_db()
    assert draft.is_published


def test_attempts_are_read_only_with_filters(teacher_client, article, student):
    attempt = AttemptFactory(user=student, article=article)
    changelist = reverse("admin:quizzes_attempt_changelist")

    page = teacher_client.get(changelist + f"?article__id__exact={article.pk}").content.decode()
    assert "0 / 3" in page
    assert teacher_client.get(reverse("admin:quizzes_attempt_add")).status_code == 403
    detail = teacher_client.get(reverse("admin:quizzes_attempt_change", args=[attempt.pk]))
    assert detail.status_code == 200
    assert 'name="score"' not in detail.content.decode()


def test_admin_lists_keep_query_count_constant(teacher_client, db, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import ArticleFactory

    def grow():
        a = ArticleFactory()
        for order in range(3):
            QuestionFactory(article=a, order=order)

    grow()
    for name in ["article", "question", "attempt"]:
        url = reverse(f"admin:quizzes_{name}_changelist")
        with CaptureQueriesContext(connection) as small:
            teacher_client.get(url)
        for _ in range(3):
            grow()
        with django_assert_num_queries(len(small)):
            teacher_client.get(url)


def test_choice_constraint_allows_one_correct_per_question(article):
    from django.db import IntegrityError, transaction

    question = article.questions.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        Choice.objects.create(question=question, text="Another right one", is_correct=True)
