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

# The unit tests need no service and keep one core busy for under two minutes; the rest
# mostly wait on the services they start: so the two run side by side, the unit tests'
# report printed when both are done. `pytest` alone runs the same tests one after another.
test: lint
	$(BIN)/conflictwatch dev fetch-kafka
	@unit_log=$$(mktemp); \
	$(BIN)/pytest tests/unit -p no:cacheprovider > $$unit_log 2>&1 & unit=$$!; \
	$(BIN)/pytest --ignore=tests/unit; rest=$$?; \
	wait $$unit; units=$$?; \
	echo "== the unit tests, run beside the others =="; cat $$unit_log; rm -f $$unit_log; \
	test $$rest -eq 0 -a $$units -eq 0

unit: install
	$(BIN)/pytest tests/unit

services: install
	$(BIN)/conflictwatch dev services

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
