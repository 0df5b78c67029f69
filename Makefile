# VET-WEB: `make run` to try the site, `make test` to run the suite. `make help` lists the rest.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1:8000

.DEFAULT_GOAL := help
.PHONY: help install compilemessages migrate seed run test test-packages lint format messages check bench shots loadtest two-servers test-restore archive

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

# Once the server answers (at most a minute), a short summary below its banner.
RUN_SUMMARY = for i in $$(seq 60); do sleep 1; $(BIN)/python -c "import socket, sys; \
	host, _, port = sys.argv[1].rpartition(':'); socket.create_connection((host or 'localhost', int(port)), 1)" \
	"$(HOST)" 2>/dev/null && break; done; \
	printf '\n  VET-WEB demo  http://%s/\n  Admin         http://%s/admin/  (sign-in: the "Admin login" line above)\n  Stop          Ctrl-C\n\n' "$(HOST)" "$(HOST)"

run: seed ## Serve the demo site at http://127.0.0.1:8000 (SQLite) with scheduled publishing every 30 s; HOST=0.0.0.0:8080 for another address
	@( $(RUN_SUMMARY) ) &
	@trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) run_scheduler --exit-with-parent & scheduler=$$!; \
	$(MANAGE) runserver $(HOST)

# What the tests need from the system: gettext (msgfmt) and Debian's Chromium for tests/browser/.
# Installed with apt-get when running as root (as .ci/run does); otherwise one line says what to install.
CHROMIUM_PATH ?= /usr/bin/chromium
test-packages: ## Install what make test needs from Debian (gettext, chromium) if missing, or say what to install
	@need=""; command -v msgfmt >/dev/null || need="$$need gettext"; \
	[ -x "$(CHROMIUM_PATH)" ] || need="$$need chromium"; \
	if [ -z "$$need" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing$$need (apt-get)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$need >/dev/null; \
	else \
		echo "make test needs$$need: install it (Debian: sudo apt-get install$$need) and run make test again" >&2; \
		exit 1; \
	fi

test: test-packages install compilemessages ## Run the whole test suite (SQLite unless DATABASE_URL is set)
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

loadtest: install compilemessages ## gunicorn, Varnish in front, nginx for comparison: wrk at 64 connections (127.0.0.1 only)
	@need=""; for tool in varnishd:varnish wrk:wrk nginx:nginx-light; do \
	  command -v $${tool%%:*} >/dev/null || need="$$need $${tool#*:}"; done; \
	[ -z "$$need" ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$need; }
	$(BIN)/python scripts/loadtest.py --connections 64 --duration 20

two-servers: install compilemessages ## Two app servers, one PostgreSQL/Redis/S3: an edit through one shows on the other
	$(BIN)/python scripts/two_servers.py

test-restore: install compilemessages ## Back up a scratch site, wipe it, restore it, compare the pages served; a lost row or file must show
	RESTORE_TEST_LOSSES=1 bash scripts/test_restore.sh
bench: install compilemessages ## Benchmark every public page type at 100, 1,000, 10,000 items (throwaway DB)
	@dir=$$(mktemp -d) && trap 'rm -rf "$$dir"' EXIT && \
	DATABASE_URL="sqlite:///$$dir/bench.sqlite3" MEDIA_ROOT="$$dir/media" \
	DJANGO_SETTINGS_MODULE=vetweb_site.settings.test $(MANAGE) bench $(BENCH_ARGS)
.PHONY: bench-search
bench-search: install compilemessages ## Never-seen site searches at 10,000 items per model: p95 beside its target, wall and CPU (throwaway DB)
	@dir=$$(mktemp -d) && trap 'rm -rf "$$dir"' EXIT && \
	DATABASE_URL="$${BENCH_DATABASE_URL:-sqlite:///$$dir/bench.sqlite3}" MEDIA_ROOT="$$dir/media" \
	DJANGO_SETTINGS_MODULE=vetweb_site.settings.test $(MANAGE) bench_search $(BENCH_ARGS)
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

# The site as static files for after the funding (docs/operations.md): every language, searchable.
DIR ?= archive
archive: install compilemessages ## Write the public site as a static archive into DIR (default archive/); BASE_URL=https://... ENDED=YYYY-MM-DD
	$(MANAGE) archive_site $(DIR) $(if $(BASE_URL),--base-url $(BASE_URL)) $(if $(ENDED),--ended $(ENDED))
