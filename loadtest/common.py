"""Shared by the load-test and benchmark scripts: Django setup, database-made sessions,
and a small asyncio HTTP/1.1 client (one connection per request: gunicorn's sync
workers close each connection after the response)."""

import asyncio
import os
import secrets
import string
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
CSRF_SECRET = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(32))
SEED_SLUG = "syria-manaf-tlas-defection-hard-blow-for-assad"


def setup_django() -> None:
    """Use the same settings (and so the same database) as the server under test."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsquiz.settings")
    import django

    django.setup()


def load_users(count: int) -> list:
    """The first count load users, created if missing (without hashing a password each)."""
    from django.contrib.auth.models import User

    from quizzes.management.commands.create_load_users import load_username

    names = [load_username(n) for n in range(1, count + 1)]
    existing = set(User.objects.filter(username__in=names).values_list("username", flat=True))
    User.objects.bulk_create(
        [User(username=name, password="!") for name in names if name not in existing]
    )
    by_name = {u.username: u for u in User.objects.filter(username__in=names)}
    return [by_name[name] for name in names]


def session_key(user) -> str:
    """A logged-in session for user, written straight to the session store."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    store = import_module(settings.SESSION_ENGINE).SessionStore()  # as the site's own
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "newsquiz.security.UserBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return store.session_key


@dataclass
class Target:
    host: str
    port: int

    @classmethod
    def from_url(cls, url: str) -> "Target":
        parts = urlsplit(url)
        if parts.hostname not in {"127.0.0.1", "localhost", "::1"}:
            raise SystemExit("These scripts only talk to a server on this machine (loopback).")
        return cls(parts.hostname, parts.port or 80)


def build_request(
    target: Target,
    method: str,
    path: str,
    session: str | None = None,
    form: dict | None = None,
    htmx: bool = False,
) -> bytes:
    """The bytes of one HTTP/1.1 request, with the session and CSRF cookies."""
    cookies = [f"csrftoken={CSRF_SECRET}"] + ([f"sessionid={session}"] if session else [])
    headers = [
        f"{method} {path} HTTP/1.1",
        f"Host: {target.host}:{target.port}",
        "Connection: close",
        "Cookie: " + "; ".join(cookies),
        f"X-CSRFToken: {CSRF_SECRET}",
    ]
    if htmx:
        headers.append("HX-Request: true")
    body = b""
    if form is not None:
        body = urlencode(form).encode()
        headers.append("Content-Type: application/x-www-form-urlencoded")
    headers.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + body


@dataclass
class Result:
    status: int
    body: bytes
    seconds: float


async def connect(target: Target):
    return await asyncio.open_connection(target.host, target.port)


async def exchange(reader, writer, raw: bytes, started: float | None = None) -> Result:
    """Send raw on an open connection and read the response until the server closes it."""
    started = time.perf_counter() if started is None else started
    try:
        writer.write(raw)
        await writer.drain()
        data = await reader.read()
    except OSError:
        return Result(0, b"", time.perf_counter() - started)
    finally:
        writer.close()
    seconds = time.perf_counter() - started
    head, _, body = data.partition(b"\r\n\r\n")
    try:
        status = int(head.split(b" ", 2)[1])
    except (IndexError, ValueError):
        status = 0
    return Result(status, body, seconds)


async def fetch(target: Target, raw: bytes) -> Result:
    started = time.perf_counter()
    try:
        reader, writer = await connect(target)
    except OSError:
        return Result(0, b"", time.perf_counter() - started)
    return await exchange(reader, writer, raw, started)


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]
