from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict:
    return {"signup_open": settings.NEWSQUIZ_SIGNUP_OPEN}
