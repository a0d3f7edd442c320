"""Glue between the security packages and the site: login throttling and the CSP nonce."""

from axes.backends import AxesStandaloneBackend
from django.http import HttpRequest


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


def csp_nonce(request: HttpRequest) -> dict:
    """The request's CSP nonce under the name django-htmx's {% htmx_script %} reads.

    Lazy: the nonce is only made, and only put in the header, if a template uses it.
    """
    return {"csp_nonce": getattr(request, "csp_nonce", None)}
