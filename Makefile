# Scale What? — every entry point. `make serve` and `make test` do all the set-up on a fresh machine.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

VENV   := .venv
PY     := $(VENV)/bin/python
# Every mkdocs run prints a banner about MkDocs 2 otherwise.
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help deps chromium nginx serve build test lint unit js-test pyodide-test browser-test bench clean

help:
	@echo "make serve   install what is needed, serve the site on http://127.0.0.1:8000 with live reload"
	@echo "make test    install what is needed (Chromium too), run every test"
	@echo "make build   build the static site into site/"
	@echo "make bench   measure the built site in Chromium (not part of the tests), write bench/README.md"

# Python tools live in a virtual environment inside the project (never the system Python: PEP 668).
# The engine is installed editable, so an edit shows on the next `mkdocs serve` rebuild; the editable install
# also puts build/ on sys.path, where the build steps are the package scale_what_build (pyproject: dev-mode-dirs).
$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

# The Pyodide runtime (and axe-core for the tests) come from the npm registry, pinned by package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# The complaint fallback model is generated (never tracked): the editable install writes it through
# hatch_build.py; this rule writes it again when the data it is trained on changed since.
MODEL := decision_engine/complaint_fallback_model.json
$(MODEL): $(VENV)/.installed decision_engine/cues.py decision_engine/guidance.py decision_engine/complaint_fallback.py
	$(PY) hatch_build.py
	touch $@

deps: $(VENV)/.installed node_modules/.installed $(MODEL)

chromium:
	bash build/ensure-chromium.sh

# The tests and the benchmark serve the site through Debian's nginx with deploy/nginx.conf.
nginx:
	bash build/ensure-nginx.sh

# Warnings (a link being written) are printed but do not stop the server; `make build` and the tests are strict.
serve: deps
	$(VENV)/bin/mkdocs serve --no-strict --dev-addr 127.0.0.1:8000

build: deps
	$(VENV)/bin/mkdocs build --strict --clean

lint: deps
	$(VENV)/bin/ruff check decision_engine build tests bench hatch_build.py
	$(VENV)/bin/ruff format --check decision_engine build tests bench hatch_build.py
	$(VENV)/bin/mypy
	$(PY) -m scale_what_build.typedefs
	node_modules/.bin/tsc --noEmit -p jsconfig.json

# The engine on CPython, with branch coverage enforced (pyproject: fail_under).
unit: deps
	$(PY) -m pytest tests/unit --cov --cov-report=term --no-cov-on-fail

# The page's pure JavaScript (state, share links, saved answers, the client's replies) under Node.
# The contract the build writes into the page, as JSON for the tests (types/ is generated, never tracked).
js-test: deps
	mkdir -p types
	$(PY) -c 'import json, scale_what_build.contract as c; print(json.dumps(c.contract()))' > types/contract.json
	node --test tests/js/

# The same engine under Pyodide in Node: smoke test and byte-for-byte parity with CPython.
pyodide-test: deps
	$(PY) -m pytest tests/pyodide

# The built site: strict build, links and anchors (raw HTML included), and the site in Chromium.
browser-test: deps chromium nginx
	$(PY) -m pytest tests/site tests/browser

test: lint unit js-test pyodide-test browser-test

# The report (bench/README.md) is generated from the run's JSON but committed: a run takes about five minutes.
bench: deps chromium nginx
	$(PY) bench/run.py
	$(PY) bench/report.py

clean:
	rm -rf site bench/out .pytest_cache .mypy_cache .ruff_cache .coverage htmlcov
