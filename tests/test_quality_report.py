import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

SEED_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "seed"
SEED_TEXT = SEED_DIR / "syria-manaf-tlas-defection.txt"


def test_reports_numbered_article_files_and_skips_notes(tmp_path):
    shutil.copy(SEED_TEXT, tmp_path / "01.txt")
    (tmp_path / "SOURCES.txt").write_text("Where the articles come from.\n", encoding="utf-8")
    out = StringIO()
    call_command("quality_report", str(tmp_path), stdout=out)
    report = out.getvalue()
    assert "=== 01.txt:" in report
    assert "SOURCES" not in report
    assert "published" in report


def test_a_folder_without_articles_is_an_error(tmp_path):
    (tmp_path / "README.txt").write_text("notes\n", encoding="utf-8")
    with pytest.raises(CommandError, match="No article files"):
        call_command("quality_report", str(tmp_path))
