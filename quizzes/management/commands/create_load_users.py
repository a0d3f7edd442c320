"""Create (or remove) the student accounts the load test logs in as."""

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError

PREFIX = "loadtest-"
DEFAULT_PASSWORD = "load-newsquiz-dev"


def load_username(n: int) -> str:
    return f"{PREFIX}{n:04d}"


class Command(BaseCommand):
    help = (
        f"Create COUNT students named {PREFIX}0001... with one shared password, for "
        "loadtest/. Existing ones are kept. --delete removes them all (and their attempts)."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, nargs="?", default=200)
        parser.add_argument("--password", default=DEFAULT_PASSWORD)
        parser.add_argument("--delete", action="store_true", help="Remove every load user.")
        parser.add_argument(
            "--on-production",
            action="store_true",
            help="Allow this with DEBUG off: accounts with a known password are a way in.",
        )

    def handle(self, count: int, password: str, delete: bool, on_production: bool, **options):
        if delete:
            deleted, _ = User.objects.filter(username__startswith=PREFIX).delete()
            self.stdout.write(f"Deleted {deleted} rows belonging to load users.")
            return
        if not settings.DEBUG and not on_production:
            raise CommandError(
                "DEBUG is off: this looks like a real site. Load users share a known "
                "password; pass --on-production if this really is a load-test server."
            )
        # One hash for everyone: hashing is deliberately slow (~0.2 s each).
        hashed = make_password(password)
        users = [User(username=load_username(n), password=hashed) for n in range(1, count + 1)]
        User.objects.bulk_create(users, ignore_conflicts=True, batch_size=500)
        total = User.objects.filter(username__startswith=PREFIX).count()
        self.stdout.write(f"{total} load users ({PREFIX}0001...), password {password!r}.")
