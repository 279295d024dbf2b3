# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
# The CPU build of torch that pip finds on this machine; a bare "torch" pulls a multi-GB CUDA build.
TORCH  ?= torch==2.13.0

.PHONY: run test lint bench bench-long install install-test system-deps samples clean

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

# Debian packages: Chromium for the end-to-end UI test, Tesseract with its Vietnamese model
# for OCR. Installed as root (CI and these machines); elsewhere the command to run is printed
# and the tests that need them skip with that reason.
SYSTEM_PACKAGES ?= chromium tesseract-ocr tesseract-ocr-vie
system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "missing Debian packages:$$missing — run: sudo apt-get install$$missing"; fi; fi

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

run: install
	@$(MAKE) --no-print-directory system-deps SYSTEM_PACKAGES="tesseract-ocr tesseract-ocr-vie"
	$(BIN)/assistant ingest corpus/
	$(BIN)/assistant serve

test: install-test system-deps
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest -q

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/mypy

# Minutes: citation throughput, query latency, OCR, concurrent users.
bench: install-test
	$(BIN)/python bench/citations.py
	$(BIN)/python bench/query.py
	$(BIN)/python bench/draft.py
	$(BIN)/python bench/ocr.py
	$(BIN)/python bench/load.py

# An hour or more: they embed the ALQAC corpus (2,249 articles) in ../shared.
bench-long: install-test
	$(BIN)/python bench/retrieval.py
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/scale.py

samples: install-test
	$(BIN)/python scripts/make_samples.py

clean:
	rm -rf indexes/
