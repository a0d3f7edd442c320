"""Settings from the environment, database tuning, security headers and login throttling."""

import json
import os
import re
import secrets
import subprocess
import sys
import threading

import pytest
from django.conf import settings
from django.db import connection, connections, transaction
from django.urls import reverse

from tests.factories import UserFactory

PRODUCTION_ENV = {
    "NEWSQUIZ_DEBUG": "0",
    "NEWSQUIZ_SECRET_KEY": secrets.token_urlsafe(50),
    "NEWSQUIZ_ALLOWED_HOSTS": "quiz.example.org",
    "NEWSQUIZ_CSRF_TRUSTED_ORIGINS": "https://quiz.example.org",
    "NEWSQUIZ_HTTPS": "1",
}

DUMP_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
db = settings.DATABASES["default"]
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
    "CSRF_TRUSTED_ORIGINS": settings.CSRF_TRUSTED_ORIGINS,
    "ENGINE": db["ENGINE"],
    "NAME": db["NAME"],
    "HOST": db.get("HOST", ""),
    "SECURE_SSL_REDIRECT": settings.SECURE_SSL_REDIRECT,
    "SESSION_COOKIE_SECURE": settings.SESSION_COOKIE_SECURE,
    "CSRF_COOKIE_SECURE": settings.CSRF_COOKIE_SECURE,
    "SECURE_HSTS_SECONDS": settings.SECURE_HSTS_SECONDS,
    "SECURE_PROXY_SSL_HEADER": settings.SECURE_PROXY_SSL_HEADER,
    "STATICFILES": settings.STORAGES["staticfiles"]["BACKEND"],
}))
"""


def run_python(code: str, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    """Run Python in a fresh interpreter with only the given NEWSQUIZ_/DATABASE_ variables."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("NEWSQUIZ_", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"))
    }
    clean |= {"DJANGO_SETTINGS_MODULE": "newsquiz.settings", **env}
    return subprocess.run(
        [sys.executable, *(["-c", code] if code else []), *args],
        cwd=settings.BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def settings_under(env: dict[str, str]) -> dict:
    result = run_python(DUMP_SETTINGS, env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_development_needs_no_variables():
    values = settings_under({})
    assert values["DEBUG"] is True
    assert values["ENGINE"] == "django.db.backends.sqlite3"
    assert values["SECURE_SSL_REDIRECT"] is False
    assert values["STATICFILES"] == "django.contrib.staticfiles.storage.StaticFilesStorage"


def test_production_settings_come_from_the_environment():
    values = settings_under(
        PRODUCTION_ENV | {"DATABASE_URL": "postgres://quiz:pw@db.internal:5432/newsquiz"}
    )
    assert values["DEBUG"] is False
    assert values["ALLOWED_HOSTS"] == ["quiz.example.org"]
    assert values["CSRF_TRUSTED_ORIGINS"] == ["https://quiz.example.org"]
    assert values["ENGINE"] == "django.db.backends.postgresql"
    assert (values["NAME"], values["HOST"]) == ("newsquiz", "db.internal")
    assert values["SECURE_SSL_REDIRECT"] and values["SESSION_COOKIE_SECURE"]
    assert values["CSRF_COOKIE_SECURE"] and values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["STATICFILES"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


@pytest.mark.parametrize(
    "secret", [None, "", "dev-only-insecure-secret-key-do-not-use-in-production"]
)
def test_production_refuses_to_start_without_a_real_secret_key(secret):
    env = {"NEWSQUIZ_DEBUG": "0"} | ({} if secret is None else {"NEWSQUIZ_SECRET_KEY": secret})
    result = run_python("", env, "manage.py", "check")
    assert result.returncode != 0
    assert "NEWSQUIZ_SECRET_KEY must be set to a long random value" in result.stderr


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"NEWSQUIZ_DEBUG": "maybe"}, "NEWSQUIZ_DEBUG must be a boolean"),
        ({"DATABASE_URL": "mysql://db/newsquiz"}, "DATABASE_URL must be a postgres:// URL"),
    ],
)
def test_bad_values_are_refused_with_a_clear_message(env, message):
    result = run_python("", env, "manage.py", "check")
    assert result.returncode != 0
    assert message in result.stderr


def test_check_deploy_is_clean_with_production_settings():
    args = ("manage.py", "check", "--deploy", "--fail-level", "INFO")
    result = run_python("", PRODUCTION_ENV, *args)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite tuning")
def test_every_sqlite_connection_gets_wal_full_sync_and_busy_timeout(transactional_db):
    readings = []

    def read_pragmas():
        # A new thread opens its own connection, so this checks a fresh one.
        with connections["default"].cursor() as cursor:
            readings.append(
                tuple(
                    cursor.execute(f"PRAGMA {name}").fetchone()[0]
                    for name in ("journal_mode", "synchronous", "busy_timeout")
                )
            )
        connections.close_all()

    for _ in range(2):
        thread = threading.Thread(target=read_pragmas)
        thread.start()
        thread.join()
    # synchronous 2 is FULL; busy_timeout is in milliseconds.
    assert readings == [("wal", 2, 20000)] * 2


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite tuning")
def test_sqlite_transactions_take_the_write_lock_when_they_begin(transactional_db):
    import sqlite3

    other = sqlite3.connect(settings.DATABASES["default"]["NAME"], timeout=0)
    try:
        with transaction.atomic():
            connection.cursor().execute("SELECT 1")  # nothing written yet
            with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL driver")
def test_postgresql_runs_through_psycopg_3(db):
    assert connection.Database.__name__ == "psycopg"
    assert connection.Database.__version__.startswith("3.")


def test_pages_send_security_headers_and_a_nonce_only_script_policy(client, db):
    response = client.get(reverse("login"))
    policy = response["Content-Security-Policy"]
    directives = dict(
        (part.split()[0], part.split()[1:]) for part in policy.split(";") if part.strip()
    )
    nonce = re.search(r"'nonce-([^']+)'", " ".join(directives["script-src"])).group(1)
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    assert directives["script-src"] == ["'self'", f"'nonce-{nonce}'"]
    assert directives["default-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"

    html = response.content.decode()
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts, "the page should load htmx"
    for tag in scripts:
        assert 'src="' in tag and f'nonce="{nonce}"' in tag, tag
    assert "<style" not in html and " style=" not in html
    # htmx must not inject its indicator <style>, which the policy would block.
    assert '<meta name="htmx-config" content=\'{"includeIndicatorStyles":false}\'>' in html


def test_each_response_gets_its_own_nonce(client, db):
    first = client.get(reverse("login"))["Content-Security-Policy"]
    second = client.get(reverse("login"))["Content-Security-Policy"]
    assert first != second


def login(client, username: str, password: str):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_password_guessing_is_locked_out(client, db):
    UserFactory(username="dana", password="the-right-password")
    UserFactory(username="erin", password="erins-password")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, "dana", "guess").status_code == 200  # the form again, with an error

    locked = login(client, "dana", "guess")

    assert locked.status_code == 429
    assert "Too many login attempts" in locked.content.decode()
    assert "paused for 15 minutes" in locked.content.decode()
    # Even the right password is refused while the lockout lasts...
    assert login(client, "dana", "the-right-password").status_code == 429
    assert "_auth_user_id" not in client.session
    # ...but a classmate on the same computer can still log in.
    assert login(client, "erin", "erins-password").status_code == 302


def test_a_successful_login_clears_earlier_mistakes(client, db):
    UserFactory(username="fay", password="fays-password")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, "fay", "typo")
    assert login(client, "fay", "fays-password").status_code == 302
    client.logout()
    assert login(client, "fay", "typo").status_code == 200  # counting starts again


def test_test_client_login_still_works(client, db):
    UserFactory(username="gus", password="gus-password")
    assert client.login(username="gus", password="gus-password")
    assert not client.login(username="gus", password="wrong")
