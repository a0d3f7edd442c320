"""The session and user lookups every page makes (plain SQL: newsquiz/sessions.py)."""

from datetime import timedelta

from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone

from newsquiz.sessions import SessionStore


def test_a_live_session_loads_and_an_expired_one_does_not(db):
    store = SessionStore()
    store["colour"] = "green"
    store.create()
    assert SessionStore(store.session_key).load() == {"colour": "green"}

    Session.objects.filter(session_key=store.session_key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    expired = SessionStore(store.session_key)
    assert expired.load() == {}
    assert expired.session_key is None  # a new key is made on save, as Django does


def test_an_unknown_session_key_loads_nothing(db):
    assert SessionStore("x" * 32).load() == {}


def test_login_carries_over_to_the_next_page(client, student):
    response = client.post(
        reverse("login"), {"username": "alice", "password": "pw-for-tests"}, follow=True
    )
    assert response.context["user"] == student
    assert client.get(reverse("quizzes:article_list")).status_code == 200


def test_a_deactivated_student_is_logged_out(student_client, student):
    assert student_client.get(reverse("quizzes:article_list")).status_code == 200
    student.is_active = False
    student.save()
    response = student_client.get(reverse("quizzes:article_list"))
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_a_deleted_student_is_logged_out(student_client, student):
    student.delete()
    response = student_client.get(reverse("quizzes:article_list"))
    assert response.status_code == 302 and reverse("login") in response["Location"]
