# Upright: two commands on a fresh machine.
#   make run   creates .venv, installs, migrates, loads the content, serves on http://127.0.0.1:$(PORT)
#   make test  installs the dev tools (and Debian's chromium when missing), then runs every test

SHELL := /bin/bash
.DEFAULT_GOAL := help
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python

# Django 6.1 needs Python 3.12+. Debian 12's python3 is 3.11 and pyenv shims may be broken,
# so every candidate is actually run before it is trusted.
PYTHON_CANDIDATES := python3.14 python3.13 python3.12 python3 \
	$(shell ls -d $(HOME)/.pyenv/versions/3.1[2-9]*/bin/python3 /usr/local/bin/python3.1[2-9] 2>/dev/null | sort -rV)
find_python = $(firstword $(foreach p,$(PYTHON_CANDIDATES),$(shell $(p) -c 'import sys, ensurepip, venv; assert sys.version_info >= (3, 12); print("$(p)")' 2>/dev/null)))

.PHONY: help run serve test a11y bench lint messages venv install install-dev chromium gettext migrate content static clean

help:
	@echo "make run    serve Upright on http://127.0.0.1:$(PORT) (SQLite, content loaded)"
	@echo "make test   run the whole test suite (installs dev tools and chromium if needed)"
	@echo "make serve  run as production does: gunicorn + WhiteNoise, DEBUG off"
	@echo "make a11y   only the accessibility and HTML-validity gate"
	@echo "make bench  every page's throughput against a bare Django view (needs wrk)"
	@echo "make lint   ruff check and format check"
	@echo "make messages  refresh the translation catalogues in locale/ (then translate, and compile)"

$(PY):
	@python="$(call find_python)"; \
	if [ -z "$$python" ]; then \
		echo "Upright needs Python 3.12 or newer and none was found." >&2; \
		echo "Install one with venv support, e.g. 'apt-get install python3 python3-venv' (Debian 13)" >&2; \
		echo "or 'pyenv install 3.13', then run make again." >&2; \
		exit 1; \
	fi; \
	echo "Creating $(VENV) with $$python"; \
	"$$python" -m venv $(VENV) || { rm -rf $(VENV); exit 1; }
	$(PY) -m pip install --quiet --upgrade pip

venv: $(PY)

install: $(VENV)/.installed
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

install-dev: $(VENV)/.installed-dev node_modules/.installed gettext
$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e . --group dev
	@touch $@ $(VENV)/.installed

# The Nu HTML Checker (vnu.jar) comes from the npm registry and runs on the machine's Java.
node_modules/.installed: package.json package-lock.json
	@for tool in npm java; do \
		command -v $$tool >/dev/null && continue; \
		package=$$([ $$tool = java ] && echo default-jre-headless || echo npm); \
		if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$package >/dev/null; \
		else \
			echo "$$tool is needed for the HTML checker: install Debian's $$package" >&2; exit 1; \
		fi; \
	done
	npm ci --no-audit --no-fund --silent
	@touch $@

# $(call debian_package,commands,package,what needs them): when a command is missing, installs
# the Debian package that has it (as root, with apt), or says what to install.
debian_package = for tool in $(1); do \
		command -v $$tool >/dev/null && continue; \
		if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null || exit 1; \
			break; \
		fi; \
		echo "$$tool is missing: install Debian's '$(2)' package for $(3)." >&2; \
		exit 1; \
	done

# Browser tests drive Debian's chromium; Playwright's own browser download cannot be used here.
chromium:
	@case "$(PYTEST_ARGS)" in *"not browser"*) exit 0;; esac; \
	$(call debian_package,chromium,chromium,the browser tests)

# GNU gettext finds the strings to translate and compiles the catalogues (makemessages,
# compilemessages, and the tests that check the catalogues). `make run` needs none of it: the
# compiled .mo files are committed.
gettext:
	@$(call debian_package,xgettext msgfmt,gettext,the translation tools)

# Every string marked for translation, gathered into locale/es/LC_MESSAGES/*.po; after
# translating the new entries, the same target compiles the .mo files Django reads.
MESSAGES_IGNORE := --ignore=.venv --ignore=node_modules --ignore=staticfiles --ignore=tests --ignore=bench
messages: export DJANGO_DEBUG ?= 1
messages: install gettext
	$(PY) manage.py makemessages --all --add-location=file --no-obsolete $(MESSAGES_IGNORE)
	$(PY) manage.py makemessages --all --add-location=file --no-obsolete -d djangojs $(MESSAGES_IGNORE)
	$(PY) manage.py compilemessages $(MESSAGES_IGNORE)

migrate: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py createcachetable

content: migrate
	$(PY) manage.py load_content

# The development server runs with DEBUG on, and so do the migrate and load steps before it.
run: export DJANGO_DEBUG ?= 1
run: content
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

static: install
	$(PY) manage.py collectstatic --no-input --verbosity 0

# Production settings need a secret key. Locally, `make serve` keeps one in .venv so sessions
# (and the routines bound to them) survive restarts; deployments set DJANGO_SECRET_KEY.
serve: export DJANGO_SECRET_KEY ?= $(shell cat $(VENV)/.secret-key 2>/dev/null || (mkdir -p $(VENV) && head -c 33 /dev/urandom | base64 | tee $(VENV)/.secret-key))
serve: export DJANGO_SECURE_SSL_REDIRECT ?= 0
serve: static
	PYTHON=$(PY) PORT=$(PORT) bin/start

# Tests run with production settings (tests/settings.py says what they change), spread over
# one worker per core (pytest-xdist); each module's tests stay on one worker, so a module's
# shared fixture (the crawl of every page) is built once.
TEST_WORKERS ?= auto
test: install-dev chromium
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadscope $(PYTEST_ARGS)

# The accessibility and HTML gate on its own: axe-core and the Nu HTML Checker over every page.
a11y: install-dev chromium
	$(PY) -m pytest -m a11y $(PYTEST_ARGS)

# Throughput of every page against a bare view in the same gunicorn, printed as a table.
bench: install-dev
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; } \
		|| { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
	$(PY) bench/pages.py

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean:
	rm -rf $(VENV) db.sqlite3* staticfiles
