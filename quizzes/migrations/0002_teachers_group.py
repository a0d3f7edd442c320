"""Create the "Teachers" group with what a teacher needs in the admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TEACHER_PERMISSIONS = {
    "article": ["add", "change", "delete", "view"],
    "question": ["add", "change", "delete", "view"],
    "choice": ["add", "change", "delete", "view"],
    "attempt": ["view"],
    "answer": ["view"],
}


def create_teachers_group(apps, schema_editor):
    # Permissions are normally created after all migrations run; make sure they
    # exist now so the group can be given them on a fresh database.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Teachers")
    codenames = [
        f"{action}_{model}" for model, actions in TEACHER_PERMISSIONS.items() for action in actions
    ]
    permissions = Permission.objects.filter(
        content_type__app_label="quizzes", codename__in=codenames
    )
    group.permissions.set(permissions)


def remove_teachers_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Teachers").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_teachers_group, remove_teachers_group)]
