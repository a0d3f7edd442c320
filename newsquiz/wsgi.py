"""WSGI entry point for gunicorn: ``gunicorn newsquiz.wsgi`` (see the README)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsquiz.settings")

application = get_wsgi_application()
