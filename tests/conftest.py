import pytest
from django.conf import settings
from django.core.management import call_command

from tests.factories import ArticleFactory, QuestionFactory, UserFactory


@pytest.fixture
def student(db):
    return UserFactory(username="alice")


@pytest.fixture
def other_student(db):
    return UserFactory(username="bob")


@pytest.fixture
def student_client(client, student):
    client.force_login(student)
    return client


@pytest.fixture
def article(db):
    """A published article with three published questions and one draft."""
    article = ArticleFactory()
    for order in range(3):
        QuestionFactory(article=article, order=order)
    QuestionFactory(article=article, order=9, status="draft", stem="A draft question?")
    return article


@pytest.fixture
def seed(db):
    fixtures = settings.BASE_DIR / "fixtures"
    call_command("loaddata", fixtures / "seed.json", fixtures / "demo_accounts.json", verbosity=0)
