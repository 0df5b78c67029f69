# VET-WEB: `make run` to try the site, `make test` to run the suite. `make help` lists the rest.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1:8000

.DEFAULT_GOAL := help
.PHONY: help install compilemessages migrate seed run test lint format messages check bench shots loadtest two-servers test-restore

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-16s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed ## Create .venv and install the pinned requirements

compilemessages: install ## Build the .mo files from locale/*.po
	$(MANAGE) compilemessages --ignore=$(VENV) -v0

migrate: install compilemessages ## Apply database migrations
	$(MANAGE) migrate --noinput -v0

seed: migrate ## Add the demo content that is missing (safe to repeat)
	$(MANAGE) seed_site

run: seed ## Serve the demo site at http://127.0.0.1:8000 (SQLite)
	$(MANAGE) runserver $(HOST)

test: install compilemessages ## Run the whole test suite (SQLite unless DATABASE_URL is set)
	$(BIN)/pytest

TEMPLATES := $(wildcard */templates)

lint: install ## ruff check, ruff format check and template indentation check (djhtml)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check -t 4 $(TEMPLATES)

format: install ## Format the code with ruff and indent the templates with djhtml
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml -t 4 $(TEMPLATES)

# The translated languages, read from settings (LANGUAGES), so a new language gets its catalogue.
TRANSLATIONS = $(shell $(BIN)/python -c "from vetweb_site.settings.base import LANGUAGE_CODE, LANGUAGES; print(' '.join('-l ' + code for code, _ in LANGUAGES if code != LANGUAGE_CODE))")

messages: install ## Extract new UI strings into locale/*.po
	$(MANAGE) makemessages $(TRANSLATIONS) --no-location --ignore=$(VENV)

check: install ## Django system checks and missing migrations
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

loadtest: install compilemessages ## gunicorn on PostgreSQL + Redis, 64 connections for 60 s (127.0.0.1 only)
	$(BIN)/python scripts/loadtest.py --connections 64 --duration 60

two-servers: install compilemessages ## Two app servers, one PostgreSQL/Redis/S3: an edit through one shows on the other
	$(BIN)/python scripts/two_servers.py

test-restore: install compilemessages ## Back up a scratch site, wipe it, restore it, compare the pages served
	bash scripts/test_restore.sh
bench: install compilemessages ## Benchmark every public page type at 100, 1,000, 10,000 items (throwaway DB)
	@dir=$$(mktemp -d) && trap 'rm -rf "$$dir"' EXIT && \
	DATABASE_URL="sqlite:///$$dir/bench.sqlite3" MEDIA_ROOT="$$dir/media" \
	DJANGO_SETTINGS_MODULE=vetweb_site.settings.test $(MANAGE) bench $(BENCH_ARGS)
shots: install compilemessages ## Screenshots of every page type in every language at 390 and 1280 px into shots/
	@dir=$$(mktemp -d) && trap 'kill $$server 2>/dev/null; rm -rf "$$dir"' EXIT && \
	export DATABASE_URL="sqlite:///$$dir/shots.sqlite3" MEDIA_ROOT="$$dir/media" && \
	$(MANAGE) migrate --noinput -v0 && $(MANAGE) seed_site >/dev/null && \
	{ $(MANAGE) runserver 127.0.0.1:8765 --noreload >/dev/null 2>&1 & server=$$!; } && sleep 3 && \
	$(BIN)/python scripts/shots.py http://127.0.0.1:8765 shots
.PHONY: search-quality
search-quality: install compilemessages ## The site search's query set: recall@10 and MRR per language (seeded throwaway SQLite; QUALITY_DATABASE_URL= for another)
	@dir=$$(mktemp -d) && trap 'rm -rf "$$dir"' EXIT && \
	export DATABASE_URL="$${QUALITY_DATABASE_URL:-sqlite:///$$dir/quality.sqlite3}" MEDIA_ROOT="$$dir/media" && \
	$(MANAGE) migrate --noinput -v0 && $(MANAGE) seed_site >/dev/null && $(MANAGE) search_quality
