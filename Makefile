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
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/telisik ingest examples/seeds examples/indosum-sample.jsonl
	$(BIN)/telisik run
	$(BIN)/telisik stories
	$(BIN)/telisik report --output $(REPORT)

# The browser tests drive Debian's chromium (never a browser Playwright downloads): install it once if missing.
test: install-dev
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)
	$(BIN)/python -m mypy
	$(BIN)/python -m pytest

# Throughput and memory over ../shared/data/corpus (see bench/README.md).
bench: install
	$(BIN)/python bench/pipeline_bench.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm $(REPORT) .pytest_cache build *.egg-info
