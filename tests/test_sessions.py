"""The session and user lookup every page makes (one plain SELECT: newsquiz/sessions.py)."""

from datetime import timedelta

from django.contrib.auth import SESSION_KEY
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from newsquiz.sessions import SessionStore, take_loaded_user
from quizzes.models import LoginSession


def test_a_live_session_loads_and_an_expired_one_does_not(db):
    store = SessionStore()
    store["colour"] = "green"
    store.create()
    assert SessionStore(store.session_key).load() == {"colour": "green"}

    LoginSession.objects.filter(session_key=store.session_key).update(
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


def test_the_session_and_its_user_are_read_in_one_query(student_client, student):
    student_client.get(reverse("quizzes:my_results"))  # any page, to warm up
    with CaptureQueriesContext(connection) as queries:
        response = student_client.get(reverse("quizzes:my_results"))
    assert response.context["user"] == student
    reads = [q["sql"] for q in queries if "session_data" in q["sql"] or "auth_user" in q["sql"]]
    assert len(reads) == 1 and "JOIN" in reads[0], reads
    session = LoginSession.objects.get(session_key=student_client.session.session_key)
    assert session.user_id == student.pk


def test_a_changed_password_still_ends_the_other_sessions(student_client, student):
    # The user row now comes with the session; Django's hash check must still run on it.
    assert student_client.get(reverse("quizzes:my_results")).status_code == 200
    student.set_password("a-new-password-for-tests")
    student.save()
    response = student_client.get(reverse("quizzes:my_results"))
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_deleting_a_user_deletes_their_sessions(student_client, student):
    key = student_client.session.session_key
    assert LoginSession.objects.filter(session_key=key).exists()
    student.delete()
    assert not LoginSession.objects.filter(session_key=key).exists()


def test_the_loaded_user_is_given_once_and_only_for_its_own_id(student_client, student):
    SessionStore(student_client.session.session_key).load()
    assert take_loaded_user(student.pk + 1) is None  # another id: not this row
    SessionStore(student_client.session.session_key).load()
    assert take_loaded_user(student.pk) == student
    assert take_loaded_user(student.pk) is None  # taken: a later lookup reads afresh


def test_a_session_without_a_user_loads_no_user(db, student):
    store = SessionStore()
    store["colour"] = "green"
    store.create()
    assert LoginSession.objects.get(session_key=store.session_key).user_id is None
    assert SessionStore(store.session_key).load() == {"colour": "green"}
    # The LEFT JOIN's empty user row (pk None) is never handed over, not even for None.
    assert take_loaded_user(None) is None
    SessionStore(store.session_key).load()
    assert take_loaded_user(student.pk) is None


def test_the_loaded_user_is_forgotten_when_the_request_ends(db, student):
    from django.core.signals import request_finished

    store = SessionStore()
    store[SESSION_KEY] = str(student.pk)
    store.create()
    SessionStore(store.session_key).load()
    request_finished.send(sender=None)
    assert take_loaded_user(student.pk) is None
