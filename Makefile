# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
# The CPU build of torch that pip finds on this machine; a bare "torch" pulls a multi-GB CUDA build.
TORCH  ?= torch==2.13.0

.PHONY: run test lint bench install install-test browser samples clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet $(TORCH)
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet $(TORCH)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

# Debian's Chromium for the end-to-end UI test (as root: CI and these machines; others
# install it themselves, and the test says so when it is missing).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium missing: sudo apt-get install chromium (the browser test will skip)"; fi; }

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

run: install
	$(BIN)/assistant ingest corpus/
	$(BIN)/assistant serve

test: install-test browser
	$(BIN)/ruff check .
	$(BIN)/pytest -q

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: install-test
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/citations.py

samples: install-test
	$(BIN)/python scripts/make_samples.py

clean:
	rm -rf indexes/
