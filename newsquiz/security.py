"""Glue between the security packages and the site: login throttling and the CSP nonce."""

from axes.backends import AxesStandaloneBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.http import HttpRequest

from newsquiz.sessions import take_loaded_user


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' lockout check, for logins that come with a request.

    Every web login (the login page, the admin) passes its request, so each is
    throttled. authenticate() without a request (the test client's login(), a
    script) has nothing to throttle by, so it goes straight to ModelBackend
    instead of failing as axes' own backend does.
    """

    def authenticate(self, request: HttpRequest | None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class UserBackend(ModelBackend):
    """Django's ModelBackend, with the logged-in user usually read with the session.

    Every page after login loads the user. newsquiz/sessions.py reads the user's row
    in the same query as the session; otherwise one plain SELECT reads it (through
    the ORM, building that query took longer than running it: 0.18 ms against
    0.02 ms measured here). Either way the checks stay Django's: an inactive user is
    refused here, and django.contrib.auth.get_user compares the session's password
    hash with this row's.
    """

    def get_user(self, user_id):
        user = take_loaded_user(user_id)
        if user is None:
            meta = get_user_model()._meta
            query = f"SELECT * FROM {meta.db_table} WHERE {meta.pk.column} = %s"
            # raw() still converts the columns (dates, booleans) as the ORM does.
            user = next(iter(meta.model._default_manager.raw(query, [user_id])), None)
        return user if user is not None and self.user_can_authenticate(user) else None


def csp_nonce(request: HttpRequest) -> dict:
    """The request's CSP nonce under the name django-htmx's {% htmx_script %} reads.

    Lazy: the nonce is only made, and only put in the header, if a template uses it.
    """
    return {"csp_nonce": getattr(request, "csp_nonce", None)}
