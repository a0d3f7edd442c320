"""Importing articles and storing generated questions (the engine runs for real)."""

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from quizzes.generation import generate_questions
from quizzes.models import Article, Question
from tests.factories import AttemptFactory

SEED_FILE = "fixtures/seed/syria-manaf-tlas-defection.txt"


@pytest.fixture
def seed_text(settings):
    return (settings.BASE_DIR / SEED_FILE).read_text()


def run_import(*args):
    from io import StringIO

    out = StringIO()
    try:
        call_command("import_article", *args, stdout=out, stderr=StringIO())
    except CommandError as error:
        return out.getvalue(), str(error)
    return out.getvalue(), ""


def test_import_creates_article_and_draft_questions(db, tmp_path, seed_text):
    path = tmp_path / "seed.txt"
    path.write_text("BBC News\n\n" + seed_text)

    output, error = run_import(str(path), "--source", "BBC News")

    assert not error
    article = Article.objects.get()
    assert article.title == "Syria Manaf Tlas defection 'hard blow' for Assad"
    assert article.source == "BBC News"
    assert not article.is_published
    questions = list(article.questions.all())
    assert len(questions) >= 8
    assert {q.status for q in questions} == {"draft"}
    assert {q.origin for q in questions} == {"generated"}
    for question in questions:
        assert question.evidence in article.body
        assert question.choices.filter(is_correct=True).count() == 1
    assert "imported" in output


def test_import_publish_makes_everything_visible(db, tmp_path, seed_text):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text)
    run_import(str(path), "--source", "Test", "--publish")
    article = Article.objects.get()
    assert article.is_published
    assert set(article.questions.values_list("status", flat=True)) == {"published"}


def test_bad_files_are_reported_and_the_rest_still_import(db, tmp_path, seed_text):
    good = tmp_path / "good.txt"
    good.write_text(seed_text)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9 opens\n\nThe caf\xe9 opened today.".encode("latin-1"))
    short = tmp_path / "short.txt"
    short.write_text("Tiny headline\n\nOne short sentence only.")
    huge = tmp_path / "huge.txt"
    huge.write_text("Headline\n\n" + "word " * 50_000)
    missing = tmp_path / "missing.txt"

    output, error = run_import(
        *(str(p) for p in [empty, binary, latin1, good, short, huge, missing]), "--source", "X"
    )

    assert "6 of 7 file(s) could not be imported" in error
    assert "empty.txt: not imported. The file is empty." in output
    assert "photo.txt: not imported. The file is binary" in output
    assert "latin1.txt: not imported. The file is not UTF-8 text" in output
    assert "short.txt: not imported. The article has 4 words" in output
    assert "huge.txt: not imported. The file is 244 KB; the limit is 200 KB." in output
    assert "missing.txt: not imported. Cannot read the file" in output
    assert Article.objects.count() == 1  # only the good one, nothing half-saved
    assert Question.objects.filter(article__isnull=True).count() == 0


def test_an_article_with_nothing_to_ask_is_reported_once_and_not_saved(db, tmp_path):
    paragraph = (
        "Imagine you could talk to your computer as you talk to a friend. You would ask "
        "it a question and it would answer you at once. You would not need a keyboard or "
        "a mouse at all. We are not there yet, but we are getting closer every year."
    )
    path = tmp_path / "feature.txt"
    path.write_text("Talking to machines\n\n" + "\n\n".join([paragraph] * 9))

    output, error = run_import(str(path))

    assert "1 of 1 file(s) could not be imported" in error
    message = output.split("feature.txt: not imported. ", 1)[1]
    assert message.startswith("No questions could be generated: no sentence passed")
    assert message.count("No questions could be generated") == 1
    assert ".." not in message
    assert Article.objects.count() == 0


def test_importing_the_same_article_twice_is_refused(db, tmp_path, seed_text):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text)
    run_import(str(path))
    output, error = run_import(str(path))
    assert "already exists" in output
    assert Article.objects.count() == 1


def test_regeneration_keeps_teacher_work(db, tmp_path, seed_text, student):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text)
    run_import(str(path))
    article = Article.objects.get()
    edited, published, untouched = list(article.questions.order_by("order"))[:3]
    edited.stem = "A teacher's better wording?"
    edited.edited_by_teacher = True
    edited.save()
    published.status = "published"
    published.save()
    total_before = article.questions.count()

    outcome = generate_questions(article)

    assert Question.objects.filter(pk=edited.pk, stem="A teacher's better wording?").exists()
    assert Question.objects.filter(pk=published.pk, status="published").exists()
    assert not Question.objects.filter(pk=untouched.pk).exists()
    assert outcome.kept == 2
    # Nothing the kept questions already ask is asked again.
    assert article.questions.count() == total_before
    facts = [(q.evidence, q.correct_choice().text) for q in article.questions.all()]
    assert len(facts) == len(set(facts))


def test_regeneration_keeps_questions_students_met(db, tmp_path, seed_text, student):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text)
    run_import(str(path), "--publish")
    article = Article.objects.get()
    attempt = AttemptFactory(user=student, article=article)
    Question.objects.filter(article=article).update(status="draft")

    generate_questions(article)

    assert set(attempt.questions.values_list("pk", flat=True)) <= set(
        article.questions.values_list("pk", flat=True)
    )


def test_admin_add_article_generates_questions(admin_client, db, seed_text):
    title, _, body = seed_text.partition("\n")
    response = admin_client.post(
        reverse("admin:quizzes_article_add"),
        {
            "title": title,
            "slug": "",
            "source": "Test Gazette",
            "source_url": "",
            "status": "draft",
            "body": body,
            "generate_questions": "on",
            "questions-TOTAL_FORMS": 0,
            "questions-INITIAL_FORMS": 0,
            "questions-MIN_NUM_FORMS": 0,
            "questions-MAX_NUM_FORMS": 1000,
        },
        follow=True,
    )
    article = Article.objects.get()
    assert article.slug
    assert article.questions.count() >= 8
    assert "draft question(s) generated" in response.content.decode()


def test_admin_generate_action(admin_client, db, seed_text):
    title, _, body = seed_text.partition("\n")
    from quizzes.engine.text import normalise_body

    article = Article.objects.create(
        title=title, slug="seed", source="Test", body=normalise_body(body)
    )
    response = admin_client.post(
        reverse("admin:quizzes_article_changelist"),
        {"action": "generate", "_selected_action": [article.pk]},
        follow=True,
    )
    assert article.questions.count() >= 8
    assert "draft question(s) generated" in response.content.decode()


def test_every_kind_the_engine_makes_is_stored_as_its_own_category(db):
    from quizzes.engine import KINDS, generate
    from quizzes.generation import _create_question, evidence_text
    from tests.engine.conftest import split
    from tests.engine.texts import ROLES
    from tests.factories import ArticleFactory

    assert set(KINDS) <= set(Question.Category.values)
    # "Who is" questions are no longer published (see generate._publishable), but a
    # caller that drafts every kind stores one in its own category all the same.
    title, body = split(ROLES)
    generation = generate(title, body, every_kind=True)
    who_is = next(d for d in generation.drafts + generation.rejected if d.kind == "who_is")
    article = ArticleFactory(title=title, body=body)
    question = _create_question(article, who_is, evidence_text(body, who_is), 1, publish=False)
    assert question.category == Question.Category.WHO_IS
    assert question.stem.startswith("According to the article, who is ")
    assert question.choices.filter(is_correct=True).count() == 1
