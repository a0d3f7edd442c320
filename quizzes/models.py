from __future__ import annotations

import functools
import math
import threading
from contextlib import nullcontext

from django.conf import settings
from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import IntegrityError, connection, models, transaction
from django.db.models import Count, F, Prefetch, Q
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from quizzes.engine.text import paragraphs

# Adult silent reading speed; a school text is read a little slower than this.
WORDS_PER_MINUTE = 200


class ArticleQuerySet(models.QuerySet):
    def published(self) -> ArticleQuerySet:
        return self.filter(status=Article.Status.PUBLISHED)

    def with_published_question_count(self) -> ArticleQuerySet:
        return self.annotate(
            published_question_count=Count(
                "questions", filter=Q(questions__status=Question.Status.PUBLISHED)
            )
        )


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=300, help_text="The headline, as published.")
    slug = models.SlugField(max_length=120, unique=True)
    source = models.CharField(max_length=120, help_text='The publisher, e.g. "BBC News".')
    source_url = models.URLField(blank=True, help_text="Link to the original, if any.")
    body = models.TextField(
        help_text=(
            "The article text. Separate paragraphs with a blank line. Lines starting with "
            '"Media caption" or "Image caption" are shown as captions.'
        )
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT)
    word_count = models.PositiveIntegerField(default=0, editable=False)
    reading_grade = models.DecimalField(
        max_digits=4,
        decimal_places=1,
        default=0,
        editable=False,
        help_text="Flesch-Kincaid grade level of the body text.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("quizzes:article_detail", args=[self.slug])

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def reading_minutes(self) -> int:
        return max(1, math.ceil(self.word_count / WORDS_PER_MINUTE))

    def paragraphs(self):
        return paragraphs(self.body)

    def update_text_stats(self) -> None:
        """Recompute word count and reading grade from the body (call before saving)."""
        import textstat  # imported here: it loads word lists that only this needs

        text = "\n\n".join(p.text for p in self.paragraphs() if p.is_body)
        self.word_count = len(text.split())
        self.reading_grade = round(max(0.0, textstat.flesch_kincaid_grade(text)), 1) if text else 0

    @classmethod
    def for_reading(cls, slug: str) -> Article | None:
        """The published article with this slug, with published_question_count set.

        One plain SELECT rather than the ORM's annotated query: the reading page is
        what a whole class opens at once, and building that query took about ten
        times as long as running it (see scripts/bench_http.py).
        """
        sql = (
            f"SELECT {select_columns([(cls, 'ar')])}, (SELECT COUNT(*) FROM "
            f"{Question._meta.db_table} q WHERE q.article_id = ar.id AND q.status = %s) "
            f"FROM {cls._meta.db_table} ar WHERE ar.slug = %s AND ar.status = %s"
        )
        rows = select_models(sql, [Question.Status.PUBLISHED, slug, cls.Status.PUBLISHED], [cls])
        if not rows:
            return None
        [article], count = rows[0]
        article.published_question_count = count
        return article

    def assign_unique_slug(self) -> None:
        base = slugify(self.title)[:100] or "article"
        slug, n = base, 2
        while Article.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            slug, n = f"{base}-{n}", n + 1
        self.slug = slug


class QuestionQuerySet(models.QuerySet):
    def published(self) -> QuestionQuerySet:
        return self.filter(status=Question.Status.PUBLISHED)

    def for_article(self, article: Article) -> QuestionQuerySet:
        return self.filter(article=article)


class Question(models.Model):
    class Kind(models.TextChoices):
        MULTIPLE_CHOICE = "multiple_choice", "Multiple choice"
        TRUE_FALSE = "true_false", "True or false"

    class Category(models.TextChoices):
        WHO_SAID = "who_said", "Who said it"
        NUMBER = "number", "Numbers"
        ENTITY = "entity", "People, places, organisations"
        TRUE_FALSE = "true_false", "True or false"
        MAIN_IDEA = "main_idea", "Main idea"
        WORD_MEANING = "word_meaning", "Word in context"
        WHO_IS = "who_is", "Who is who"
        CAUSE = "cause", "Cause and effect"
        DETAIL = "detail", "Detail"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"
        ARCHIVED = "archived", "Archived"

    class Origin(models.TextChoices):
        TEACHER = "teacher", "Written by a teacher"
        GENERATED = "generated", "Generated"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="questions")
    kind = models.CharField(max_length=20, choices=Kind, default=Kind.MULTIPLE_CHOICE)
    category = models.CharField(max_length=20, choices=Category, default=Category.DETAIL)
    stem = models.TextField(help_text="The question as the student reads it.")
    explanation = models.TextField(
        help_text="Shown after the student answers: why the correct answer is right."
    )
    evidence = models.TextField(
        help_text="The sentence from the article that proves the answer, copied exactly."
    )
    order = models.PositiveIntegerField(default=0, help_text="Lower numbers are asked first.")
    status = models.CharField(
        max_length=10,
        choices=Status,
        default=Status.DRAFT,
        help_text="Only published questions are asked. Archive a question to retire it "
        "without touching the scores of students who already answered it.",
    )
    origin = models.CharField(max_length=10, choices=Origin, default=Origin.TEACHER)
    generator_version = models.CharField(max_length=40, blank=True)
    generator_score = models.FloatField(null=True, blank=True)
    edited_by_teacher = models.BooleanField(
        default=False,
        help_text="Set when a teacher changes a generated question; regeneration keeps it.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["article", "order", "id"]

    def __str__(self) -> str:
        return self.stem[:80]

    @property
    def evidence_found(self) -> bool:
        return bool(self.evidence) and self.evidence in self.article.body

    @property
    def explanation_only_quotes_evidence(self) -> bool:
        """True when the explanation just repeats the evidence, which is shown anyway.

        Generated explanations often quote the evidence sentence; printing both
        would show the student the same sentence twice.
        """
        explanation = " ".join(self.explanation.split())
        parts = [" ".join(p.split()) for p in self.evidence.split("\n\n") if p.strip()]
        leftover = explanation
        for part in parts:
            leftover = leftover.replace(part, "")
        # What is left is framing ("The article says:", "The answer is X.").
        return bool(parts) and all(p in explanation for p in parts) and len(leftover) < 120

    def correct_choice(self) -> Choice | None:
        # Iterates the (usually prefetched) choices instead of querying again.
        return next((c for c in self.choices.all() if c.is_correct), None)


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(max_length=300)
    is_correct = models.BooleanField(default=False)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["question", "order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["question"],
                condition=Q(is_correct=True),
                name="at_most_one_correct_choice_per_question",
            ),
        ]

    def __str__(self) -> str:
        return self.text


class AttemptQuerySet(models.QuerySet):
    def for_user(self, user) -> AttemptQuerySet:
        return self.filter(user=user)

    def finished(self) -> AttemptQuerySet:
        return self.filter(finished_at__isnull=False)


class AttemptFinished(Exception):
    """The attempt is finished and accepts no more answers."""


class Attempt(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts"
    )
    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="attempts")
    questions = models.ManyToManyField(Question, through="AttemptQuestion", related_name="attempts")
    score = models.PositiveIntegerField(
        default=0, help_text="Correct answers; kept equal to the correct stored answers."
    )
    question_count = models.PositiveIntegerField(default=0)
    # Kept with the score so that recording an answer need not count the answers.
    answered_count = models.PositiveIntegerField(
        default=0, help_text="Stored answers; kept equal to the number of answers."
    )
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at", "-id"]
        indexes = [models.Index(fields=["user", "article"], name="attempt_user_article")]
        constraints = [
            models.CheckConstraint(
                condition=Q(score__lte=F("question_count")), name="score_at_most_question_count"
            ),
            models.CheckConstraint(
                condition=Q(score__lte=F("answered_count"))
                & Q(answered_count__lte=F("question_count")),
                name="answered_count_between_score_and_question_count",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} on {self.article} ({self.score}/{self.question_count})"

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    @property
    def percent(self) -> int:
        return round(100 * self.score / self.question_count) if self.question_count else 0

    @classmethod
    def start(cls, user, article: Article) -> Attempt:
        """A new attempt covering the questions published on the article right now."""
        with transaction.atomic():
            questions = list(Question.objects.published().for_article(article).only("id"))
            attempt = cls.objects.create(user=user, article=article, question_count=len(questions))
            AttemptQuestion.objects.bulk_create(
                AttemptQuestion(attempt=attempt, question=q, position=i)
                for i, q in enumerate(questions, start=1)
            )
        return attempt

    @classmethod
    def latest_for(cls, user, article: Article, limit: int = 5) -> list[Attempt]:
        """The user's latest attempts on the article, newest first; a plain SELECT for
        the reading page, like Article.for_reading."""
        sql = (
            f"SELECT {select_columns([(cls, 'a')])} FROM {cls._meta.db_table} a "
            "WHERE a.user_id = %s AND a.article_id = %s "
            "ORDER BY a.started_at DESC, a.id DESC LIMIT %s"
        )
        rows = select_models(sql, [user.pk, article.pk, limit], [cls])
        return [attempt for (attempt,), *_ in rows]

    def ordered_questions(self) -> list[Question]:
        """The attempt's questions in order, with their choices, in two queries."""
        return list(
            self.questions.order_by("attemptquestion__position").prefetch_related(
                Prefetch("choices", queryset=Choice.objects.order_by("order", "id"))
            )
        )

    def record_answer(self, question: Question, choice: Choice) -> tuple[Answer, bool]:
        """Store the answer unless the question already has one; returns (answer, created).

        The first answer counts: a replayed or concurrent submission gets the stored
        answer back and changes nothing. Raises AttemptFinished when the attempt is
        finished. The caller checks that question belongs to the attempt and choice
        to the question. Updates this object's score, answered_count and finished_at
        to match.
        """
        now = timezone.now()
        try:
            if connection.vendor == "postgresql":
                answer = self._store_answer_in_one_statement(question, choice, now)
            else:
                answer = self._store_answer(question, choice, now)
        except (IntegrityError, AttemptFinished):
            # Already answered or finished; the transaction rolled back, so nothing
            # changed. The stored answer, if any, stands.
            self.refresh_from_db(fields=["score", "answered_count", "finished_at"])
            existing = Answer.objects.filter(attempt=self, question=question)
            answer = existing.select_related("choice").first()
            if answer is None:
                raise
            return answer, False
        # Only another tab answering the same attempt at this moment could make these
        # out of date, and they are only shown ("9 answered"), never stored.
        self.answered_count += 1
        self.score += int(answer.is_correct)
        if self.answered_count >= self.question_count:
            self.finished_at = now
        return answer, True

    def _store_answer(self, question: Question, choice: Choice, now) -> Answer:
        """Insert the answer and count it, in one transaction; raises IntegrityError
        when the question already has an answer and AttemptFinished when the attempt
        is finished, either way changing nothing."""
        with transaction.atomic():
            # The unique constraint, not a lookup first, finds a replay: replays are
            # rare, and this saves the common path a query. A concurrent insert of
            # the same answer waits here for the first to commit.
            answer = Answer.objects.create(
                attempt=self,
                question=question,
                choice=choice,
                is_correct=choice.is_correct,
                answered_at=now,
            )
            # F() works on the row's latest values, and the transaction holds the
            # write lock from its start (SQLite's IMMEDIATE mode; on other databases
            # the update's row lock), so concurrent answers to one attempt are
            # counted one after another.
            # The last answer finishes the attempt. Plain SQL, not Case/When: on the
            # busiest write, building that expression cost as much as the update.
            finishes = RawSQL(
                "CASE WHEN answered_count + 1 >= question_count THEN %s END",
                [connection.ops.adapt_datetimefield_value(now)],
            )
            updated = Attempt.objects.filter(pk=self.pk, finished_at__isnull=True).update(
                answered_count=F("answered_count") + 1,
                score=F("score") + int(answer.is_correct),
                finished_at=finishes,
            )
            if not updated:
                raise AttemptFinished  # rolls back the answer
        return answer

    def _store_answer_in_one_statement(self, question: Question, choice: Choice, now) -> Answer:
        """_store_answer as one PostgreSQL statement: the update counts the answer and
        the insert stores it only if the update found the attempt unfinished, and a
        statement is all or nothing, so a replay (unique violation) or a finished
        attempt changes nothing, as in _store_answer. On PostgreSQL every statement
        is a round trip; this saves three (BEGIN, one statement, COMMIT) on the
        request a whole class sends at once.

        The update takes the attempt's row lock first and rechecks finished_at on
        the row's latest version, so concurrent answers to one attempt are counted
        one after another, and an attempt finished meanwhile stores nothing.
        """
        answer = Answer(
            attempt=self,
            question=question,
            choice=choice,
            is_correct=choice.is_correct,
            answered_at=now,
        )
        sql = (
            f"WITH counted AS (UPDATE {Attempt._meta.db_table} "
            "SET answered_count = answered_count + 1, score = score + %s, "
            "finished_at = CASE WHEN answered_count + 1 >= question_count THEN %s END "
            "WHERE id = %s AND finished_at IS NULL RETURNING id) "
            f"INSERT INTO {Answer._meta.db_table} "
            "(attempt_id, question_id, choice_id, is_correct, answered_at) "
            "SELECT id, %s, %s, %s, %s FROM counted RETURNING id"
        )
        params = [int(answer.is_correct), now, self.pk, question.pk, choice.pk]
        params += [answer.is_correct, now]
        # Alone, the statement is its own transaction; inside a caller's transaction
        # it needs a savepoint, so that a failure leaves that transaction usable.
        with transaction.atomic() if connection.in_atomic_block else nullcontext():
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                row = cursor.fetchone()
        if row is None:
            raise AttemptFinished
        answer.pk = row[0]
        answer._state.adding = False
        return answer


class AttemptQuestion(models.Model):
    """A question as it stood in one attempt: which one, and in what position."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE)
    question = models.ForeignKey(Question, on_delete=models.PROTECT)
    position = models.PositiveIntegerField()

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question"], name="question_once_per_attempt"
            ),
            models.UniqueConstraint(
                fields=["attempt", "position"], name="one_question_per_position"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id} #{self.position}: {self.question_id}"

    @classmethod
    def for_answering(
        cls, user, attempt_id: int, question_id: int
    ) -> tuple[AttemptQuestion, list[Choice]] | None:
        """The user's slot for a question, with its attempt, question and choices.

        None if the attempt is someone else's, its article is unpublished or the
        question is not part of it. One plain SELECT instead of two ORM queries:
        every answer a student sends starts here, and building those queries took
        longer than running them (see scripts/bench_http.py).
        """
        parts = [(cls, "s"), (Attempt, "a"), (Question, "q"), (Choice, "c")]
        sql = (
            f"SELECT {select_columns(parts)} FROM {cls._meta.db_table} s "
            f"JOIN {Attempt._meta.db_table} a ON a.id = s.attempt_id "
            f"JOIN {Article._meta.db_table} ar ON ar.id = a.article_id "
            f"JOIN {Question._meta.db_table} q ON q.id = s.question_id "
            f"LEFT JOIN {Choice._meta.db_table} c ON c.question_id = s.question_id "
            "WHERE s.attempt_id = %s AND s.question_id = %s AND a.user_id = %s "
            f"AND ar.status = %s ORDER BY c.{connection.ops.quote_name('order')}, c.id"
        )
        params = [attempt_id, question_id, user.pk, Article.Status.PUBLISHED]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if not rows:
            return None
        # Every row repeats the slot, attempt and question; only the choice differs.
        width = sum(len(model._meta.concrete_fields) for model, _ in parts[:3])
        slot, attempt, question = _split_row(rows[0][:width], [cls, Attempt, Question])
        slot.attempt, slot.question = attempt, question
        choices = [_split_row(row[width:], [Choice])[0] for row in rows]
        return slot, [choice for choice in choices if choice.pk is not None]


def select_columns(parts: list[tuple[type[models.Model], str]]) -> str:
    """The SELECT list of every concrete column of each (model, table alias)."""
    return _column_list(connection.vendor, tuple(parts))


# Made once per process, not on every request: the answer's query alone quotes 33
# column names.
@functools.cache
def _column_list(vendor: str, parts: tuple[tuple[type[models.Model], str], ...]) -> str:
    # vendor is part of the cache key only: each database quotes names its own way.
    return ", ".join(
        f"{alias}.{connection.ops.quote_name(field.column)}"
        for model, alias in parts
        for field in model._meta.concrete_fields
    )


def select_models(sql: str, params: list, models_: list[type[models.Model]]) -> list[tuple]:
    """Run a plain SELECT of select_columns(...) for models_, then any extra columns; each
    row comes back as (one instance per model, *the extra values)."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    width = sum(len(model._meta.concrete_fields) for model in models_)
    return [(_split_row(row[:width], models_), *row[width:]) for row in rows]


def _split_row(row: tuple, models_: list[type[models.Model]]) -> list[models.Model]:
    """One instance per model from a row of their columns, converted as the ORM does."""
    instances, start = [], 0
    for model in models_:
        attnames, steps = _conversions(model)
        values = []
        for (column, converters), value in zip(steps, row[start : start + len(steps)], strict=True):
            for convert in converters:
                value = convert(value, column, connection)
            values.append(value)
        instances.append(model.from_db(connection.alias, attnames, values))
        start += len(steps)
    return instances


# Per thread, because the converters belong to the thread's database connection.
_conversion_plans = threading.local()


def _conversions(model: type[models.Model]) -> tuple[list[str], list[tuple]]:
    """The model's field names and, per column, the ORM's converters for it. Looked
    up once: done for every row, the lookup took longer than running the query."""
    plans = _conversion_plans.__dict__
    if model not in plans:
        steps = []
        for field in model._meta.concrete_fields:
            column = field.get_col(model._meta.db_table)
            converters = connection.ops.get_db_converters(column)
            steps.append((column, converters + field.get_db_converters(connection)))
        plans[model] = ([f.attname for f in model._meta.concrete_fields], steps)
    return plans[model]


class Answer(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    # PROTECT: deleting an answered question or choice would silently change scores.
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="answers")
    choice = models.ForeignKey(Choice, on_delete=models.PROTECT, related_name="answers")
    # Whether the choice was correct when the student answered; later edits to the
    # question's key do not rewrite a student's past score.
    is_correct = models.BooleanField()
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["attempt", "answered_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question"], name="one_answer_per_question_per_attempt"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id}: {self.question_id} -> {self.choice_id}"


class LoginSession(AbstractBaseSession):
    """Django's database session, plus the logged-in user's id in a column of its own.

    With the id beside the session, the one query that loads the session also
    loads the user (newsquiz/sessions.py), instead of a second query on every page.
    CASCADE: deleting a user ends their sessions too.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )

    @classmethod
    def get_session_store_class(cls):
        from newsquiz.sessions import SessionStore

        return SessionStore
