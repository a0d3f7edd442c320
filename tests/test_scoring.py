"""The score rules: first answer counts, replays change nothing, finished is final."""

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from quizzes.models import Answer, Attempt, AttemptFinished
from tests.factories import ArticleFactory, AttemptFactory, QuestionFactory


def correct(question):
    return question.choices.get(is_correct=True)


def wrong(question):
    return question.choices.filter(is_correct=False).first()


@pytest.fixture
def attempt(article, student):
    return AttemptFactory(user=student, article=article)


def test_attempt_covers_questions_published_when_it_started(article, student):
    attempt = Attempt.start(student, article)
    QuestionFactory(article=article)  # published later: not in this attempt

    assert attempt.question_count == 3
    assert [q.status for q in attempt.ordered_questions()] == ["published"] * 3
    assert Attempt.start(student, article).question_count == 4


def test_correct_answer_scores_one(attempt):
    question = attempt.ordered_questions()[0]

    answer, created = attempt.record_answer(question, correct(question))

    assert created and answer.is_correct
    attempt.refresh_from_db()
    assert attempt.score == 1


def test_wrong_answer_scores_nothing(attempt):
    question = attempt.ordered_questions()[0]

    answer, created = attempt.record_answer(question, wrong(question))

    assert created and not answer.is_correct
    attempt.refresh_from_db()
    assert attempt.score == 0


def test_replayed_answer_returns_first_and_keeps_score(attempt):
    question = attempt.ordered_questions()[0]
    first, _ = attempt.record_answer(question, wrong(question))

    # Same question again, this time with the right option: the first answer stands.
    again, created = attempt.record_answer(question, correct(question))

    assert not created
    assert again.pk == first.pk and not again.is_correct
    attempt.refresh_from_db()
    assert attempt.score == 0
    assert Answer.objects.filter(attempt=attempt).count() == 1


def test_double_submit_of_correct_answer_counts_once(attempt):
    question = attempt.ordered_questions()[0]
    attempt.record_answer(question, correct(question))
    attempt.record_answer(question, correct(question))

    attempt.refresh_from_db()
    assert attempt.score == 1


def test_database_refuses_a_second_answer_to_the_same_question(attempt):
    question = attempt.ordered_questions()[0]
    attempt.record_answer(question, correct(question))

    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(
            attempt=attempt, question=question, choice=correct(question), is_correct=True
        )


def test_last_answer_finishes_the_attempt(attempt):
    before = timezone.now()
    for question in attempt.ordered_questions():
        attempt.record_answer(question, correct(question))
    in_memory = attempt.finished_at

    attempt.refresh_from_db()
    assert attempt.is_finished
    assert attempt.score == 3
    # The time written in SQL reads back as the same moment, in UTC.
    assert attempt.finished_at == in_memory
    assert before <= attempt.finished_at <= timezone.now()


def test_finished_attempt_accepts_no_more_answers(article, student):
    extra = QuestionFactory(article=article, status="draft")
    attempt = AttemptFactory(user=student, article=article)
    for question in attempt.ordered_questions():
        attempt.record_answer(question, wrong(question))
    attempt.refresh_from_db()
    assert attempt.is_finished

    with pytest.raises(AttemptFinished):
        attempt.record_answer(extra, correct(extra))
    assert attempt.answers.count() == 3
    attempt.refresh_from_db()
    assert attempt.score == 0


@pytest.mark.django_db(transaction=True)
def test_answers_outside_a_transaction_keep_every_guarantee(article, student):
    """As in a real request: no surrounding transaction (on PostgreSQL the answer is
    then one statement). A replay and an attempt finished by another request both
    leave nothing behind, and the connection stays usable."""
    extra = QuestionFactory(article=article, status="draft")
    attempt = AttemptFactory(user=student, article=article)
    stale = Attempt.objects.get(pk=attempt.pk)  # loaded before the attempt finishes
    first, *rest = attempt.ordered_questions()

    assert attempt.record_answer(first, correct(first))[1] is True
    replay, created = attempt.record_answer(first, wrong(first))
    assert (created, replay.is_correct) == (False, True)
    for question in rest:
        attempt.record_answer(question, wrong(question))
    with pytest.raises(AttemptFinished):
        stale.record_answer(extra, correct(extra))

    assert not connection.in_atomic_block
    attempt.refresh_from_db()
    assert attempt.is_finished
    assert (attempt.score, attempt.answered_count) == (1, 3)
    assert attempt.answers.count() == 3
    assert not attempt.answers.filter(question=extra).exists()


def test_score_always_equals_correct_stored_answers(attempt):
    questions = attempt.ordered_questions()
    attempt.record_answer(questions[0], correct(questions[0]))
    attempt.record_answer(questions[1], wrong(questions[1]))
    attempt.record_answer(questions[0], wrong(questions[0]))
    attempt.record_answer(questions[2], correct(questions[2]))

    attempt.refresh_from_db()
    assert attempt.score == attempt.answers.filter(is_correct=True).count() == 2
    assert attempt.answered_count == attempt.answers.count() == 3


def test_record_answer_leaves_the_attempt_object_current(attempt):
    """The feedback card is drawn from the attempt object without reloading it."""
    first, *rest = attempt.ordered_questions()
    attempt.record_answer(first, correct(first))
    assert (attempt.answered_count, attempt.score, attempt.is_finished) == (1, 1, False)

    stale = Attempt.objects.get(pk=attempt.pk)
    for question in rest:
        attempt.record_answer(question, wrong(question))
    # A replay through an object loaded earlier still reports the stored state.
    stale.record_answer(first, wrong(first))
    assert (stale.answered_count, stale.score, stale.is_finished) == (3, 1, True)


def test_editing_the_key_later_does_not_rewrite_past_scores(attempt):
    question = attempt.ordered_questions()[0]
    attempt.record_answer(question, correct(question))
    question.choices.update(is_correct=False)

    attempt.refresh_from_db()
    assert attempt.score == 1
    assert attempt.answers.get().is_correct


def test_reading_page_queries_load_what_the_orm_loads(article, student):
    """The reading page's two plain queries give the same objects as the ORM would."""
    from quizzes.models import Article

    attempts = [Attempt.start(student, article) for _ in range(7)]
    attempts[-1].finished_at = timezone.now()
    attempts[-1].save()
    Attempt.start(student, ArticleFactory())  # another article's attempt

    loaded = Article.for_reading(article.slug)
    expected = Article.objects.published().with_published_question_count().get(pk=article.pk)
    for field in Article._meta.concrete_fields:
        assert getattr(loaded, field.attname) == getattr(expected, field.attname)
    assert loaded.published_question_count == expected.published_question_count == 3
    assert timezone.is_aware(loaded.created_at)

    latest = Attempt.latest_for(student, article)
    orm = list(Attempt.objects.for_user(student).filter(article=article)[:5])
    assert [a.pk for a in latest] == [a.pk for a in orm]
    for name in ("score", "question_count", "answered_count", "started_at", "finished_at"):
        assert [getattr(a, name) for a in latest] == [getattr(a, name) for a in orm]

    article.status = Article.Status.DRAFT
    article.save()
    assert Article.for_reading(article.slug) is None


def test_for_answering_loads_what_the_orm_loads(attempt, student):
    """The answer POST's one plain query gives the same objects as the ORM would."""
    from quizzes.models import AttemptQuestion, Choice

    attempt.finished_at = timezone.now()
    attempt.save()
    slot_orm = AttemptQuestion.objects.select_related("attempt", "question").get(
        attempt=attempt, position=2
    )
    slot, choices = AttemptQuestion.for_answering(student, attempt.pk, slot_orm.question_id)

    assert (slot.pk, slot.position) == (slot_orm.pk, slot_orm.position)
    for name in ("score", "question_count", "answered_count", "started_at", "finished_at"):
        assert getattr(slot.attempt, name) == getattr(slot_orm.attempt, name)
    assert timezone.is_aware(slot.attempt.started_at)
    assert timezone.is_aware(slot.attempt.finished_at)
    for name in ("stem", "evidence", "explanation", "kind", "created_at", "edited_by_teacher"):
        assert getattr(slot.question, name) == getattr(slot_orm.question, name)
    expected = list(Choice.objects.filter(question=slot_orm.question).order_by("order", "id"))
    assert [(c.pk, c.text, c.is_correct) for c in choices] == [
        (c.pk, c.text, c.is_correct) for c in expected
    ]
    assert all(type(c.is_correct) is bool for c in choices)
    assert sum(c.is_correct for c in choices) == 1


def test_for_answering_finds_a_question_without_choices(attempt, student):
    from quizzes.models import AttemptQuestion

    question = attempt.ordered_questions()[0]
    question.choices.all().delete()
    slot, choices = AttemptQuestion.for_answering(student, attempt.pk, question.pk)
    assert slot.question == question and choices == []


def test_for_answering_hides_other_students_and_unpublished_articles(attempt, other_student):
    from quizzes.models import AttemptQuestion

    question = attempt.ordered_questions()[0]
    assert AttemptQuestion.for_answering(other_student, attempt.pk, question.pk) is None
    attempt.article.status = "draft"
    attempt.article.save()
    assert AttemptQuestion.for_answering(attempt.user, attempt.pk, question.pk) is None
