# BankPM — every task a developer runs. `make run` and `make test` set everything up first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export HOST PORT

FRONTEND_SRC := $(shell find frontend/src frontend/index.html frontend/vite.config.ts frontend/tsconfig*.json -type f 2>/dev/null)

.PHONY: help setup run test lint format typecheck schema schema-check codegen test-python \
        test-sqlite test-postgres test-frontend test-clock bench clean

help: ## List the tasks
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s $$'\t'

$(BIN)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $@

frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

frontend/dist/index.html: frontend/node_modules/.installed $(FRONTEND_SRC) schema.graphql
	cd frontend && npm run build --silent
	@touch $@

setup: $(BIN)/.installed frontend/dist/index.html ## Create the venv, install packages, build the console

run: setup ## Set up, migrate, load demo data if empty, and serve on http://$(HOST):$(PORT)
	@$(BIN)/bankpm migrate
	@$(BIN)/bankpm demo-data
	@echo ""
	@echo "  BankPM console and API:  http://$(HOST):$(PORT)   (GraphQL: /graphql)"
	@echo "  Demo sign-ins (password bankpm-demo): admin pm risk marketing sales service analyst auditor ops"
	@echo ""
	@$(BIN)/bankpm serve --host $(HOST) --port $(PORT)

# `make test` in three stages (.ci/phases.py): setup; the checks side by side; then the console
# tests, both pytest passes and the clock pass side by side (separate databases, ports and data
# dirs). Logs in build/test-logs/; the failed phases' log tails and a table of each phase's wall
# time at the end.
CHECKS := lint typecheck schema-check
PASSES := test-postgres test-sqlite test-frontend test-clock
test: ## Everything CI checks (the checks, then the test passes, side by side)
	@$(PYTHON) .ci/phases.py --stage setup --stage $(CHECKS) --stage $(PASSES)

lint: $(BIN)/.installed ## ruff lint and format check
	$(BIN)/ruff check backend tests bench
	$(BIN)/ruff format --check backend tests bench

format: $(BIN)/.installed ## Apply ruff fixes and formatting
	$(BIN)/ruff check --fix backend tests bench
	$(BIN)/ruff format backend tests bench

typecheck: $(BIN)/.installed ## mypy (strict on backend/)
	$(BIN)/mypy

schema: $(BIN)/.installed ## Regenerate schema.graphql from the code
	$(BIN)/strawberry export-schema backend.api.schema:schema --output schema.graphql

schema-check: $(BIN)/.installed ## Fail when schema.graphql is stale
	@$(BIN)/strawberry export-schema backend.api.schema:schema > .schema.check.graphql
	@if ! diff -u schema.graphql .schema.check.graphql; then \
	  rm -f .schema.check.graphql; echo "schema.graphql is stale: run 'make schema'"; exit 1; fi
	@rm -f .schema.check.graphql; echo "schema.graphql is current"

codegen: frontend/node_modules/.installed ## Regenerate the console's typed GraphQL operations
	cd frontend && npm run codegen

test-sqlite: setup ## pytest on SQLite (API, services, websockets; the browser runs in test-postgres)
	BANKPM_TEST_DB=sqlite $(BIN)/pytest -m "not browser"

test-postgres: setup ## pytest on PostgreSQL incl. Chromium browser tests (fresh database, dropped after)
	BANKPM_TEST_DB=postgres $(BIN)/pytest

VITEST_ARGS ?=
test-frontend: frontend/node_modules/.installed ## Console typecheck and unit tests
	cd frontend && npm run typecheck --silent && npm test --silent -- $(VITEST_ARGS)

CLOCK_TIMES ?= 23:30 00:30
test-clock: setup ## The date-sensitive tests (marker clock) again at 23:30 and 00:30 Asia/Shanghai
	@for at in $(CLOCK_TIMES); do \
	  echo "== business clock at $$at Asia/Shanghai"; \
	  BANKPM_TEST_DB=sqlite BANKPM_CLOCK_AT=$$at $(BIN)/pytest -m "clock and not browser" \
	    || exit 1; \
	done

BENCH_PG ?= postgres://postgres@127.0.0.1:5432
bench: setup ## Benchmarks on SQLite and, when reachable, PostgreSQL (see docs/benchmarks.md)
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.products
	$(BIN)/python -m bench.customers
	$(BIN)/python -m bench.alerts
	@if pg_isready -q -h 127.0.0.1 -p 5432; then \
	  for b in products customers segments alerts; do \
	    psql "$(BENCH_PG)/postgres" -qc "DROP DATABASE IF EXISTS bankpm_bench" -c "CREATE DATABASE bankpm_bench" && \
	    DATABASE_URL=$(BENCH_PG)/bankpm_bench $(BIN)/python -m bench.$$b; \
	  done; \
	  psql "$(BENCH_PG)/postgres" -qc "DROP DATABASE IF EXISTS bankpm_bench WITH (FORCE)"; \
	else echo "PostgreSQL not reachable: skipped the PostgreSQL runs"; fi

clean: ## Remove build products (keeps ./data)
	rm -rf $(VENV) frontend/node_modules frontend/dist build .pytest_cache .mypy_cache .ruff_cache
