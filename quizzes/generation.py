"""Turning the engine's question drafts into rows, and reading article files.

The engine (quizzes.engine) knows nothing of Django; this module is the one place
where its drafts become Question and Choice rows, always inside one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from django.conf import settings
from django.db import transaction
from django.db.models import Max

from quizzes import engine
from quizzes.engine.text import normalise_body, paragraphs
from quizzes.models import Article, Choice, Question

MAX_FILE_BYTES = 200 * 1024
# Below this an article cannot support a quiz worth taking.
MIN_BODY_WORDS = 80

KIND_FOR_DRAFT = {"true_false": Question.Kind.TRUE_FALSE}


NO_QUESTIONS = "No questions could be generated"


class ArticleTextError(ValueError):
    """The text cannot become an article; the message says why, for a teacher."""


@dataclass
class GenerationOutcome:
    created: int = 0
    kept: int = 0
    removed: int = 0
    notes: list[str] = field(default_factory=list)


def decode_article_file(data: bytes) -> str:
    """The file's text, or ArticleTextError for files that are not article text."""
    if len(data) > MAX_FILE_BYTES:
        raise ArticleTextError(
            f"The file is {len(data) // 1024} KB; the limit is {MAX_FILE_BYTES // 1024} KB."
        )
    if not data.strip():
        raise ArticleTextError("The file is empty.")
    if b"\x00" in data:
        raise ArticleTextError("The file is binary, not plain text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleTextError(
            f"The file is not UTF-8 text (bad byte at position {error.start}); "
            "save it as UTF-8 and try again."
        ) from None


def parse_article_text(text: str, source: str = "") -> tuple[str, str]:
    """(headline, body) from article text: the first non-empty line is the headline.

    When that line is just the publisher's name (as copied pages often start), it
    is dropped and the next line is the headline.
    """
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    if source and lines and lines[0].casefold() == source.strip().casefold():
        lines.pop(0)
        while lines and not lines[0]:
            lines.pop(0)
    if not lines:
        raise ArticleTextError("The text has no headline.")
    title, body = lines[0], normalise_body("\n".join(lines[1:]))
    words = sum(len(p.text.split()) for p in paragraphs(body) if p.is_body)
    if words < MIN_BODY_WORDS:
        raise ArticleTextError(
            f"The article has {words} words of body text; at least {MIN_BODY_WORDS} are "
            "needed to ask questions about it."
        )
    if len(title) > Article._meta.get_field("title").max_length:
        raise ArticleTextError("The first line is too long to be a headline.")
    return title, body


def run_engine(article: Article) -> engine.Generation:
    return engine.generate(
        article.title,
        article.body,
        limit=settings.NEWSQUIZ_QUESTIONS_PER_ARTICLE,
        pipeline=settings.NEWSQUIZ_SPACY_PIPELINE,
    )


def generate_questions(article: Article, *, publish: bool = False) -> GenerationOutcome:
    """Generate questions for article and store them, keeping the teacher's work.

    Questions a teacher wrote, edited or published, and questions students have
    already met, are kept; only untouched generated drafts are replaced. New
    questions that repeat a kept one (same stem, or same evidence and key) are skipped.
    The engine runs before the transaction, so the database is locked only briefly.
    """
    generation = run_engine(article)
    outcome = GenerationOutcome(notes=list(generation.notes))
    with transaction.atomic():
        replaceable = article.questions.filter(
            origin=Question.Origin.GENERATED,
            status=Question.Status.DRAFT,
            edited_by_teacher=False,
            attempts__isnull=True,
        )
        outcome.removed = len(replaceable)
        Question.objects.filter(pk__in=[q.pk for q in replaceable]).delete()
        kept = list(article.questions.prefetch_related("choices"))
        outcome.kept = len(kept)
        seen = set()
        for question in kept:
            key = question.correct_choice()
            seen |= {question.stem.casefold(), (question.evidence, key and key.text.casefold())}
        next_order = (article.questions.aggregate(Max("order"))["order__max"] or 0) + 1
        outcome.created = _store(article, generation.drafts, publish, seen, next_order)
    return outcome


def evidence_text(body: str, draft) -> str:
    """One stretch of the body to store and highlight as the draft's evidence.

    Adjacent evidence sentences are kept together. Otherwise the sentence that
    states the key is the proof (the others only say who a name refers to).
    """
    first, last = draft.evidence[0], draft.evidence[-1]
    if all(not body[a.end : b.start].strip() for a, b in pairwise(draft.evidence)):
        return body[first.start : last.end]
    key = draft.key.text.casefold()
    stating = [e for e in draft.evidence if key in e.text.casefold()]
    return (stating or [last])[-1].text


def _create_question(article, draft, evidence: str, order: int, publish: bool) -> Question:
    category = draft.kind if draft.kind in Question.Category.values else Question.Category.DETAIL
    question = Question.objects.create(
        article=article,
        kind=KIND_FOR_DRAFT.get(draft.kind, Question.Kind.MULTIPLE_CHOICE),
        category=category,
        stem=draft.stem,
        explanation=draft.explanation,
        evidence=evidence,
        order=order,
        status=Question.Status.PUBLISHED if publish else Question.Status.DRAFT,
        origin=Question.Origin.GENERATED,
        generator_version=draft.generator_version,
        generator_score=draft.score,
    )
    Choice.objects.bulk_create(
        Choice(question=question, text=choice.text, is_correct=choice.is_correct, order=i)
        for i, choice in enumerate(draft.choices, start=1)
    )
    return question


def import_article(
    title: str, body: str, *, source: str, publish: bool = False
) -> tuple[Article, GenerationOutcome]:
    """Create an article and its generated questions, all or nothing."""
    if Article.objects.filter(title=title).exists():
        raise ArticleTextError(f"An article titled {title!r} already exists.")
    article = Article(
        title=title,
        body=body,
        source=source,
        status=Article.Status.PUBLISHED if publish else Article.Status.DRAFT,
    )
    article.assign_unique_slug()
    article.update_text_stats()
    generation = run_engine(article)
    if not generation.drafts:
        reason = " ".join(generation.notes) or "no sentence supports a good question."
        if not reason.startswith(NO_QUESTIONS):
            reason = f"{NO_QUESTIONS}: {reason}"  # the engine's note may say it already
        raise ArticleTextError(reason)
    with transaction.atomic():
        article.save()
        created = _store(article, generation.drafts, publish, set(), 1)
    return article, GenerationOutcome(created=created, notes=list(generation.notes))


def _store(article: Article, drafts, publish: bool, seen: set, first_order: int) -> int:
    """Create a question for each draft whose stem or (evidence, key) is not in seen."""
    created = 0
    for draft in drafts:
        evidence = evidence_text(article.body, draft)
        fact = (evidence, draft.key.text.casefold())
        if draft.stem.casefold() in seen or fact in seen:
            continue
        seen |= {draft.stem.casefold(), fact}
        _create_question(article, draft, evidence, first_order + created, publish)
        created += 1
    return created
