# telisik — the two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     := telisik.db
REPORT := telisik-report.html

.PHONY: demo test install install-dev bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files re-run the install when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Run the whole pipeline on the bundled sample corpus, from a fresh database.
demo: install
	rm -f $(DB) $(DB)-wal $(DB)-shm $(DB)-lock
	$(BIN)/telisik ingest examples/seeds examples/indosum-sample.jsonl
	$(BIN)/telisik run
	$(BIN)/telisik stories
	$(BIN)/telisik report --output $(REPORT)

# The browser tests drive Debian's chromium (never a browser Playwright downloads); the PostgreSQL tests start a
# throwaway server from Debian's postgresql on 127.0.0.1 (tests/pgserver.py); the Spark tests a local session,
# which needs a Java runtime. Each is installed once if missing. The TELISIK_REQUIRE_* variables make a missing
# server or PySpark a failure, not a skip.
test: install-dev
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)
	@ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq postgresql >/dev/null)
	@command -v java >/dev/null || (apt-get update -qq && apt-get install -y -qq default-jre-headless >/dev/null)
	$(BIN)/python -m mypy
	TELISIK_REQUIRE_POSTGRES=1 TELISIK_REQUIRE_SPARK=1 $(BIN)/python -m pytest

# Throughput and memory over ../shared/data/corpus (see bench/README.md).
bench: install
	$(BIN)/python bench/pipeline_bench.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm $(DB)-lock $(REPORT) .pytest_cache build *.egg-info
