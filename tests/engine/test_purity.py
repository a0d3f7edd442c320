"""The engine imports no Django: checked in a fresh interpreter."""

import subprocess
import sys

SCRIPT = """
import sys
import quizzes.engine as engine
body = ("Mayor Helen Carter said the council would spend 2 million pounds on a new walkway "
        "in Port Ellis.\\n\\n\\"We cannot keep patching it,\\" Mrs Carter said.")
engine.generate("Pier", body)
assert not any(m == "django" or m.startswith("django.") for m in sys.modules), "django imported"
print("ok")
"""


def test_engine_imports_no_django():
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_missing_pipeline_raises_engine_error():
    import pytest

    from quizzes.engine import EngineError, load_pipeline

    with pytest.raises(EngineError, match="not installed"):
        load_pipeline("no_such_pipeline_xyz")
