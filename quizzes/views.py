from __future__ import annotations

from collections import defaultdict
from functools import partial

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.db.models import Exists, OuterRef
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect, trigger_client_event

from quizzes import reading
from quizzes.forms import AnswerForm, SignupForm
from quizzes.models import Answer, Article, Attempt, AttemptFinished, AttemptQuestion, Choice

QUIZ_TEMPLATE = "quizzes/attempt_detail.html"


def _get_attempt_for_user(request: HttpRequest, attempt_id: int) -> Attempt:
    """The attempt if it belongs to the logged-in user; 404 for anyone else's.

    An attempt on an article that has since been unpublished is hidden too.
    """
    return get_object_or_404(
        Attempt.objects.select_related("article").filter(article__status=Article.Status.PUBLISHED),
        pk=attempt_id,
        user=request.user,
    )


def _get_published_article(slug: str) -> Article:
    return get_object_or_404(Article.objects.published(), slug=slug)


@require_GET
@login_required
def article_list(request: HttpRequest) -> HttpResponse:
    articles = list(Article.objects.published().with_published_question_count())
    stats: dict[int, dict] = defaultdict(lambda: {"count": 0, "best": None})
    for attempt in Attempt.objects.for_user(request.user).only(
        "article_id", "score", "question_count", "finished_at"
    ):
        entry = stats[attempt.article_id]
        entry["count"] += 1
        if attempt.is_finished and (
            entry["best"] is None or attempt.percent > entry["best"].percent
        ):
            entry["best"] = attempt
    rows = [(article, stats.get(article.pk)) for article in articles]
    return render(request, "quizzes/article_list.html", {"rows": rows})


@require_GET
@login_required
def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = Article.for_reading(slug)
    if article is None:
        raise Http404("No such article.")
    attempts = Attempt.latest_for(request.user, article)
    unfinished = next((a for a in attempts if not a.is_finished), None)
    return render(
        request,
        "quizzes/article_detail.html",
        {
            "article": article,
            # Called by the template only when its cached copy of the text is stale.
            "blocks": partial(reading.blocks, article.body),
            "question_count": article.published_question_count,
            "attempts": attempts,
            "unfinished": unfinished,
        },
    )


@require_POST
@login_required
def attempt_start(request: HttpRequest, slug: str) -> HttpResponse:
    article = _get_published_article(slug)
    attempt = Attempt.start(request.user, article)
    if attempt.question_count == 0:
        attempt.delete()
        messages.error(request, "This article has no questions yet. Ask your teacher.")
        return redirect(article)
    return redirect("quizzes:attempt_detail", attempt.pk)


def _slot_for_user(
    request: HttpRequest, attempt_id: int, question_id: int
) -> tuple[AttemptQuestion, list[Choice]]:
    """One question of the user's attempt, with the attempt, the question and its choices.

    404 if the attempt is someone else's, its article is unpublished or the question
    is not part of it.
    """
    found = AttemptQuestion.for_answering(request.user, attempt_id, question_id)
    if found is None:
        raise Http404("No such question in your attempts.")
    return found


def _choices(slot: AttemptQuestion) -> list[Choice]:
    return list(Choice.objects.filter(question_id=slot.question_id).order_by("order", "id"))


def _quiz_context(
    attempt: Attempt,
    slot: AttemptQuestion | None,
    choices: list[Choice],
    *,
    form: AnswerForm | None = None,
    answer: Answer | None = None,
) -> dict:
    """Everything the quiz card needs: one question of the attempt (or none left).

    Shows the answer's feedback when an answer is given, else the form.
    """
    question = slot.question if slot else None
    if question and answer is None and form is None:
        form = AnswerForm(question, choices)
    return {
        "attempt": attempt,
        "question": question,
        "form": form,
        "answer": answer,
        # The key is only put in the context once the student has answered.
        "correct_choice": next((c for c in choices if c.is_correct), None) if answer else None,
        "position": slot.position if slot else attempt.question_count,
        "total": attempt.question_count,
        "answered_count": attempt.answered_count,
        "next_unanswered": attempt.answered_count < attempt.question_count,
    }


def _render_quiz(request: HttpRequest, context: dict) -> HttpResponse:
    if request.htmx:
        return render(request, QUIZ_TEMPLATE + "#question-card", context)
    # The full page also shows the article, with the evidence marked once answered.
    question, answer = context["question"], context["answer"]
    evidence = question.evidence if question and answer else ""
    context["article"] = article = context["attempt"].article
    context["blocks"] = reading.blocks(article.body, evidence)
    return render(request, QUIZ_TEMPLATE, context)


def _stored_answer(attempt: Attempt, question_id: int) -> Answer | None:
    return (
        Answer.objects.filter(attempt=attempt, question_id=question_id)
        .select_related("choice")
        .first()
    )


@require_GET
@login_required
def attempt_detail(request: HttpRequest, attempt_id: int) -> HttpResponse:
    """The attempt's next unanswered question; the result once all are answered."""
    attempt = _get_attempt_for_user(request, attempt_id)
    result_url = reverse("quizzes:attempt_result", args=[attempt.pk])
    if attempt.is_finished:
        return HttpResponseClientRedirect(result_url) if request.htmx else redirect(result_url)
    answered = Answer.objects.filter(attempt=attempt, question=OuterRef("question"))
    slot = (
        AttemptQuestion.objects.filter(attempt=attempt)
        .exclude(Exists(answered))
        .select_related("question")
        .order_by("position")
        .first()
    )
    choices = _choices(slot) if slot else []
    response = _render_quiz(request, _quiz_context(attempt, slot, choices))
    if request.htmx:
        trigger_client_event(response, "questionShown")
    return response


@require_GET
@login_required
def question_detail(request: HttpRequest, attempt_id: int, question_id: int) -> HttpResponse:
    """One question of the attempt: its form, or its feedback once answered."""
    slot, choices = _slot_for_user(request, attempt_id, question_id)
    answer = _stored_answer(slot.attempt, question_id)
    context = _quiz_context(slot.attempt, slot, choices, answer=answer)
    return _render_quiz(request, context)


@require_POST
@login_required
def answer_submit(request: HttpRequest, attempt_id: int, question_id: int) -> HttpResponse:
    slot, choices = _slot_for_user(request, attempt_id, question_id)
    attempt = slot.attempt

    form = AnswerForm(slot.question, choices, request.POST)
    if form.is_valid():
        try:
            answer, _ = attempt.record_answer(slot.question, form.cleaned_data["choice"])
        except AttemptFinished:
            return _finished_response(request, attempt)
    else:
        # A replay of an answered question shows its result whatever was sent.
        answer = _stored_answer(attempt, question_id)
        if answer is None and attempt.is_finished:
            return _finished_response(request, attempt)
        if answer is None:
            return _render_quiz(request, _quiz_context(attempt, slot, choices, form=form))

    if not request.htmx:
        return redirect("quizzes:question_detail", attempt.pk, question_id)
    response = _render_quiz(request, _quiz_context(attempt, slot, choices, answer=answer))
    return trigger_client_event(response, "answerRecorded")


def _finished_response(request: HttpRequest, attempt: Attempt) -> HttpResponse:
    message = "This attempt is finished, so no more answers can be recorded. Your score is kept."
    messages.warning(request, message)
    result_url = reverse("quizzes:attempt_result", args=[attempt.pk])
    return HttpResponseClientRedirect(result_url) if request.htmx else redirect(result_url)


@require_GET
@login_required
def attempt_article(request: HttpRequest, attempt_id: int) -> HttpResponse:
    """The article text beside the quiz, with the evidence of the latest answer marked.

    htmx asks for it when an answer is recorded (highlight=latest) and when the next
    question is shown (no highlight).
    """
    attempt = _get_attempt_for_user(request, attempt_id)
    evidence = ""
    if request.GET.get("highlight") == "latest":
        latest = attempt.answers.select_related("question").order_by("-answered_at", "-id").first()
        evidence = latest.question.evidence if latest else ""
    context = {
        "attempt": attempt,
        "article": attempt.article,
        "blocks": reading.blocks(attempt.article.body, evidence),
    }
    return render(request, QUIZ_TEMPLATE + "#article-text", context)


@require_GET
@login_required
def attempt_result(request: HttpRequest, attempt_id: int) -> HttpResponse:
    attempt = _get_attempt_for_user(request, attempt_id)
    if not attempt.is_finished:
        return redirect("quizzes:attempt_detail", attempt.pk)
    answers = {
        a.question_id: a for a in Answer.objects.filter(attempt=attempt).select_related("choice")
    }
    review = [
        {"question": q, "answer": answers.get(q.pk), "correct_choice": q.correct_choice()}
        for q in attempt.ordered_questions()
    ]
    return render(request, "quizzes/attempt_result.html", {"attempt": attempt, "review": review})


@require_GET
@login_required
def my_results(request: HttpRequest) -> HttpResponse:
    attempts = (
        Attempt.objects.for_user(request.user)
        .filter(article__status=Article.Status.PUBLISHED)
        .select_related("article")
    )
    by_article: dict[int, dict] = {}
    for attempt in attempts:  # newest first
        entry = by_article.setdefault(
            attempt.article_id,
            {"article": attempt.article, "attempts": [], "latest": None, "best": None},
        )
        entry["attempts"].append(attempt)
        if attempt.is_finished:
            entry["latest"] = entry["latest"] or attempt
            if entry["best"] is None or attempt.percent > entry["best"].percent:
                entry["best"] = attempt
    return render(request, "quizzes/my_results.html", {"groups": list(by_article.values())})


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if not settings.NEWSQUIZ_SIGNUP_OPEN:
        raise Http404("Sign-up is closed on this site.")
    if request.user.is_authenticated:
        return redirect("quizzes:article_list")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="newsquiz.security.UserBackend")
        messages.success(request, "Welcome! Pick an article to read.")
        return redirect("quizzes:article_list")
    return render(request, "registration/signup.html", {"form": form})
