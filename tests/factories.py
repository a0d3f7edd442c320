import factory
from django.contrib.auth.models import User

from quizzes.models import Answer, Article, Attempt, Choice, Question

BODY = (
    "The town council of Millbrook voted on Monday to close the old library.\n\n"
    "Media caption: Residents protested outside the town hall\n\n"
    '"We have no other choice," said Mayor Ruth Okafor. The vote was 7 to 2.\n\n'
    "A new library will open in the school building in 2027, the council said."
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"student{n}")
    password = factory.django.Password("pw-for-tests")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Millbrook votes to close library ({n})")
    slug = factory.Sequence(lambda n: f"millbrook-library-{n}")
    source = "Test Gazette"
    body = BODY
    status = Article.Status.PUBLISHED
    word_count = 60
    reading_grade = 7


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question
        skip_postgeneration_save = True

    article = factory.SubFactory(ArticleFactory)
    kind = Question.Kind.MULTIPLE_CHOICE
    category = Question.Category.ENTITY
    stem = factory.Sequence(lambda n: f"Who did something in question {n}?")
    explanation = "The mayor said so."
    evidence = '"We have no other choice," said Mayor Ruth Okafor.'
    order = factory.Sequence(int)
    status = Question.Status.PUBLISHED

    @factory.post_generation
    def choices(self, create, extracted, **kwargs):
        """Four options by default, the second one correct; pass a list of (text, ok)."""
        if not create:
            return
        options = extracted or [
            ("The head teacher", False),
            ("Ruth Okafor", True),
            ("The librarian", False),
            ("A resident", False),
        ]
        for order, (text, ok) in enumerate(options, start=1):
            ChoiceFactory(question=self, text=text, is_correct=ok, order=order)


class ChoiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Choice

    question = factory.SubFactory(QuestionFactory, choices=[])
    text = factory.Sequence(lambda n: f"Option {n}")
    is_correct = False
    order = 0


class AttemptFactory(factory.django.DjangoModelFactory):
    """An attempt started the real way, covering the article's published questions."""

    class Meta:
        model = Attempt

    user = factory.SubFactory(UserFactory)
    article = factory.SubFactory(ArticleFactory)

    @classmethod
    def _create(cls, model_class, user, article, **kwargs):
        return model_class.start(user, article)


class AnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Answer

    attempt = factory.SubFactory(AttemptFactory)
    question = factory.SubFactory(QuestionFactory)
    choice = factory.LazyAttribute(lambda o: o.question.choices.first())
    is_correct = factory.LazyAttribute(lambda o: o.choice.is_correct)
