"""Concurrent answers over real HTTP against a live server, on the configured database.

Each request runs in its own server thread with its own database connection, so
these tests exercise the row lock, the unique constraint and the F() score update
the way several gunicorn workers do (SQLite runs from a file here, see settings).
"""

import http.client
import io
import json
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

import pytest
from django.core.management import CommandError, call_command
from django.core.servers import basehttp
from django.test import Client

from quizzes.models import Answer, Attempt
from tests.factories import ArticleFactory, QuestionFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

# The live server listens with a backlog of 10; fifty connections opened at once would
# overflow it and be reset before Django sees them. Set at import, before the
# session's live server starts; gunicorn's default backlog is 2048.
basehttp.WSGIServer.request_queue_size = 128

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
ANSWER_FORM = re.compile(r'action="(/attempts/(\d+)/questions/(\d+)/answer/)"')
RADIO = re.compile(r'<input type="radio" name="choice" value="(\d+)"[^>]*id="([^"]+)"')
LABEL = re.compile(r'<label for="([^"]+)">([^<]*)</label>')
YOUR_ANSWER = re.compile(r"Your answer: <strong>([^<]*)</strong>")


class HttpStudent:
    """A student's browser reduced to cookies and forms: one new connection per request."""

    def __init__(self, base_url: str, cookies: dict[str, str] | None = None):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port
        self.cookies = dict(cookies or {})
        self.lock = threading.Lock()

    def request(self, method: str, path: str, data: dict | None = None, htmx: bool = False):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if data is not None:
            body = urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if htmx:
            headers["HX-Request"] = "true"
        conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode()
            with self.lock:
                for header in response.headers.get_all("Set-Cookie") or []:
                    for name, morsel in SimpleCookie(header).items():
                        self.cookies[name] = morsel.value
            return response.status, response.headers, text
        finally:
            conn.close()

    def get(self, path: str, htmx: bool = False):
        return self.request("GET", path, htmx=htmx)

    def post(self, path: str, data: dict, htmx: bool = False):
        return self.request("POST", path, data, htmx=htmx)


def logged_in(live_server, user) -> HttpStudent:
    """A student whose session was made server-side (no password hashing per student)."""
    client = Client()
    client.force_login(user)
    return HttpStudent(live_server.url, {"sessionid": client.cookies["sessionid"].value})


def start_attempt(student: HttpStudent, article) -> int:
    status, _, page = student.get(article.get_absolute_url())
    assert status == 200
    csrf = CSRF_INPUT.search(page).group(1)
    status, headers, _ = student.post(
        f"/articles/{article.slug}/attempts/", {"csrfmiddlewaretoken": csrf}
    )
    assert status == 302, status
    return int(re.search(r"/attempts/(\d+)/", headers["Location"]).group(1))


def question_form(student: HttpStudent, attempt_id: int, question_id: int) -> dict:
    """The answer form of one question: its URL, CSRF token and {choice id: text}."""
    status, _, page = student.get(f"/attempts/{attempt_id}/questions/{question_id}/")
    assert status == 200
    labels = dict(LABEL.findall(page))
    return {
        "url": ANSWER_FORM.search(page).group(1),
        "csrf": CSRF_INPUT.search(page).group(1),
        "choices": {int(value): labels[html_id] for value, html_id in RADIO.findall(page)},
    }


def all_at_once(calls):
    """Run the calls in threads released together; their results in order."""
    barrier = threading.Barrier(len(calls))

    def run(call):
        barrier.wait()
        return call()

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(run, calls))


@pytest.fixture
def quiz_article(transactional_db):
    article = ArticleFactory()
    for order in range(6):
        QuestionFactory(article=article, order=order)
    return article


def test_real_login_then_answer_over_http(live_server, quiz_article):
    UserFactory(username="carol", password="a-long-test-password")
    student = HttpStudent(live_server.url)
    _, _, page = student.get("/accounts/login/")
    status, headers, _ = student.post(
        "/accounts/login/",
        {
            "csrfmiddlewaretoken": CSRF_INPUT.search(page).group(1),
            "username": "carol",
            "password": "a-long-test-password",
        },
    )
    assert status == 302 and "sessionid" in student.cookies
    attempt_id = start_attempt(student, quiz_article)
    question = quiz_article.questions.first()
    form = question_form(student, attempt_id, question.pk)
    choice_id = next(iter(form["choices"]))
    status, _, fragment = student.post(
        form["url"], {"csrfmiddlewaretoken": form["csrf"], "choice": choice_id}, htmx=True
    )
    assert status == 200
    assert YOUR_ANSWER.search(fragment).group(1) == form["choices"][choice_id]


def test_fifty_identical_concurrent_submissions_store_one_answer(live_server, quiz_article):
    student = logged_in(live_server, UserFactory())
    attempt_id = start_attempt(student, quiz_article)
    question = quiz_article.questions.first()
    correct = question.correct_choice()
    form = question_form(student, attempt_id, question.pk)
    data = {"csrfmiddlewaretoken": form["csrf"], "choice": correct.pk}

    results = all_at_once(
        [lambda i=i: student.post(form["url"], data, htmx=i % 2 == 0) for i in range(50)]
    )

    statuses = sorted({status for status, _, _ in results})
    assert statuses == [200, 302]  # htmx fragment or no-JavaScript redirect; never an error
    for status, _, body in results:
        if status == 200:
            assert YOUR_ANSWER.search(body).group(1) == correct.text
    assert Answer.objects.filter(attempt_id=attempt_id, question=question).count() == 1
    attempt = Attempt.objects.get(pk=attempt_id)
    assert (attempt.score, attempt.answered_count) == (1, 1)


def test_conflicting_concurrent_answers_all_see_the_first(live_server, quiz_article):
    student = logged_in(live_server, UserFactory())
    attempt_id = start_attempt(student, quiz_article)
    question = quiz_article.questions.first()
    form = question_form(student, attempt_id, question.pk)
    choice_ids = list(form["choices"])

    results = all_at_once(
        [
            lambda i=i: student.post(
                form["url"],
                {"csrfmiddlewaretoken": form["csrf"], "choice": choice_ids[i % len(choice_ids)]},
                htmx=True,
            )
            for i in range(20)
        ]
    )

    stored = Answer.objects.get(attempt_id=attempt_id, question=question)
    assert [status for status, _, _ in results] == [200] * 20
    # Every acknowledgement names the one stored answer, whichever request won.
    assert {YOUR_ANSWER.search(body).group(1) for _, _, body in results} == {stored.choice.text}
    attempt = Attempt.objects.get(pk=attempt_id)
    assert (attempt.score, attempt.answered_count) == (int(stored.is_correct), 1)


def test_many_students_answering_everything_at_once_keep_exact_scores(live_server, quiz_article):
    questions = list(quiz_article.questions.all())
    students = [logged_in(live_server, UserFactory()) for _ in range(4)]
    calls = []
    for n, student in enumerate(students):
        attempt_id = start_attempt(student, quiz_article)
        for q_index, question in enumerate(questions):
            form = question_form(student, attempt_id, question.pk)
            # Students alternate right and wrong answers; each one is sent twice.
            right = (n + q_index) % 2 == 0
            choice = (
                question.correct_choice()
                if right
                else question.choices.filter(is_correct=False).first()
            )
            data = {"csrfmiddlewaretoken": form["csrf"], "choice": choice.pk}
            calls += [lambda s=student, f=form, d=data: s.post(f["url"], d)] * 2

    results = all_at_once(calls)

    assert {status for status, _, _ in results} == {302}
    for attempt in Attempt.objects.filter(article=quiz_article):
        answers = list(attempt.answers.all())
        assert len(answers) == len(questions)
        assert attempt.score == sum(a.is_correct for a in answers)
        assert attempt.answered_count == len(questions)
        assert attempt.is_finished
    call_command("audit_scores", stdout=io.StringIO())


def test_audit_finds_a_wrong_score_and_a_lost_acknowledged_answer(quiz_article, tmp_path):
    student = UserFactory()
    attempt = Attempt.start(student, quiz_article)
    first, second = quiz_article.questions.all()[:2]
    attempt.record_answer(first, first.correct_choice())
    call_command("audit_scores", stdout=io.StringIO())

    acks = tmp_path / "acks.jsonl"
    acks.write_text(
        "\n".join(
            json.dumps({"attempt": attempt.pk, "question": q.pk, "choice": q.correct_choice().pk})
            for q in (first, second)
        )
    )
    Attempt.objects.filter(pk=attempt.pk).update(score=0, answered_count=2)
    errors = io.StringIO()
    with pytest.raises(CommandError, match="Audit failed"):
        call_command("audit_scores", acknowledged=acks, stdout=io.StringIO(), stderr=errors)
    report = errors.getvalue()
    assert f"attempt {attempt.pk}: score 0, correct answers 1" in report
    assert f"attempt {attempt.pk}: answered count 2, stored answers 1" in report
    assert f"attempt {attempt.pk}, question {second.pk}: nothing stored" in report
