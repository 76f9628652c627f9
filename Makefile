# `make test` provisions everything it needs (virtualenv, Kafka jars) and runs the
# checks and the whole suite; the tests start Kafka, Redis and Prometheus themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install test lint unit services bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/conflictwatch dev fetch-kafka
	$(BIN)/pytest

unit: install
	$(BIN)/pytest tests/unit

services: install
	$(BIN)/conflictwatch dev services

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
