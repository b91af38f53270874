# Alingsås–Lviv partnership portal. `make help` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
UV_VERSION := 0.13.9
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/postgres

.PHONY: help install run test test-postgres e2e lint format messages check check-deploy backup restore check-deploy-files bench faults

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml uv.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Python 3.11 or newer is needed (set PYTHON=...)"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv sync --frozen --inexact --quiet
	@touch $@

install: $(BIN)/.installed ## Create .venv and install the locked dependencies

run: install ## Migrate, load the demo content with demo users, serve http://127.0.0.1:$(PORT)/
	$(BIN)/python manage.py migrate --noinput --verbosity 0
	$(BIN)/python manage.py load_demo_content --with-users
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install ## Run the test suite on SQLite
	$(BIN)/pytest --ignore=tests/e2e --ignore=tests/deploy -rs

test-postgres: install ## Run the test suite on PostgreSQL (POSTGRES_URL, a fresh test database)
	DATABASE_URL=$(POSTGRES_URL) $(BIN)/pytest --ignore=tests/e2e --ignore=tests/deploy --create-db -rs

e2e: install ## Run the browser tests in Chromium (Playwright + axe-core)
	$(BIN)/pytest tests/e2e -rs

bench: install ## Benchmark a generated 10,000-item site with gunicorn and wrk, beside bakerydemo at BAKERYDEMO_DIR (minutes)
	@command -v wrk >/dev/null || apt-get install -y -qq --no-install-recommends wrk \
		|| { apt-get update -qq && apt-get install -y -qq --no-install-recommends wrk; } \
		|| { echo "wrk is needed: apt-get install wrk"; exit 1; }
	$(BIN)/python -m benchmarks.run

check: install ## Django system checks and missing migrations
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

check-deploy: install ## Production settings pass Django's deployment checks (with a generated key)
	SECRET_KEY="$$($(BIN)/python -c 'from django.core.management.utils import get_random_secret_key as k; print(k())')" \
		ALLOWED_HOSTS=portal.example DJANGO_SETTINGS_MODULE=portal.settings.production \
		$(BIN)/python manage.py check --deploy --fail-level WARNING

backup: ## Back up the database and media to backups/<time> (DATABASE_URL, MEDIA_ROOT; docs/operations.md)
	ops/backup $(BACKUP)

restore: ## Restore BACKUP=backups/<time> over the database and media (docs/operations.md)
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=backups/<time>"; exit 1; }
	ops/restore $(BACKUP)

check-deploy-files: install ## Check Dockerfile and compose.yaml; run the entry point and gunicorn on PostgreSQL
	POSTGRES_URL=$(POSTGRES_URL) $(BIN)/pytest tests/deploy -rs

faults: install ## Restart PostgreSQL and Redis under load: no failures after recovery, no lost writes (root)
	ops/faults

lint: install ## Check code style with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Format the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: install ## Update the sv and uk translation catalogues and compile them (needs gettext)
	$(BIN)/python manage.py makemessages --locale sv --locale uk --no-obsolete \
		--ignore '.venv/*' --ignore 'tests/*' --ignore 'staticfiles/*'
	$(BIN)/python manage.py compilemessages --ignore '.venv/*'
