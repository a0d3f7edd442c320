"""The seed article and demo accounts load into an empty database, twice if need be."""

from io import StringIO

from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import RequestFactory

from quizzes.models import Article, Choice, Question

SEED_TITLE = "Syria Manaf Tlas defection 'hard blow' for Assad"


def test_seed_loads_with_published_questions(seed):
    article = Article.objects.get()
    assert article.title == SEED_TITLE
    assert article.is_published
    published = Question.objects.published().for_article(article)
    # The engine's 10, less two set back to draft in review (fixtures/seed/README.md).
    assert published.count() == 8
    for question in published:
        assert question.evidence in article.body, question.stem
        assert question.explanation
        assert question.choices.filter(is_correct=True).count() == 1
        if question.kind == Question.Kind.TRUE_FALSE:
            assert sorted(question.choices.values_list("text", flat=True)) == ["False", "True"]
        else:
            assert question.choices.count() >= 2


def test_seed_body_has_paragraphs_and_captions(seed):
    blocks = Article.objects.get().paragraphs()
    kinds = [p.kind for p in blocks]
    assert kinds.count("caption") == 2
    assert kinds.count("body") > 20


def test_loading_twice_adds_nothing(seed):
    counts = (Article.objects.count(), Question.objects.count(), Choice.objects.count())
    fixtures = settings.BASE_DIR / "fixtures"
    call_command("loaddata", fixtures / "seed.json", fixtures / "demo_accounts.json", verbosity=0)
    assert (Article.objects.count(), Question.objects.count(), Choice.objects.count()) == counts
    assert User.objects.count() == 3


def test_demo_accounts(seed):
    teacher = User.objects.get(username="teacher")
    assert teacher.is_staff and not teacher.is_superuser
    assert teacher.groups.filter(name="Teachers").exists()
    request = RequestFactory().post("/accounts/login/")
    for username, password in [
        ("teacher", "teach-newsquiz-dev"),
        ("student1", "read-newsquiz-dev"),
        ("student2", "read-newsquiz-dev"),
    ]:
        assert authenticate(request, username=username, password=password) is not None
    assert not User.objects.get(username="student1").is_staff


def test_load_seed_loads_into_an_empty_database(db):
    out = StringIO()
    call_command("load_seed", stdout=out)
    assert Article.objects.get().title == SEED_TITLE
    assert Question.objects.published().count() == 8
    assert User.objects.count() == 3
    assert "Loaded the seed article" in out.getvalue()


def test_load_seed_keeps_a_teachers_corrections(seed):
    # make run calls load_seed on every start: it must not write the seed over edits.
    question = Question.objects.published().first()
    question.stem = "A teacher's corrected stem?"
    question.save()
    teacher = User.objects.get(username="teacher")
    teacher.set_password("a-new-password-of-their-own")
    teacher.save()

    out = StringIO()
    call_command("load_seed", stdout=out)

    question.refresh_from_db()
    assert question.stem == "A teacher's corrected stem?"
    assert User.objects.get(username="teacher").check_password("a-new-password-of-their-own")
    assert "already loaded" in out.getvalue()
