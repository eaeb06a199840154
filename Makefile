# Yarlung POS — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEMO_DB ?= $(CURDIR)/out/demo.db

.PHONY: run test bench setup clean smoke

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Start the till on the demo catalogue with an embedded SQLite database (out/demo.db).
run: $(STAMP)
	mkdir -p out
	$(PY) -m yarlung_pos --db $(DEMO_DB) --demo

## Run every test headless.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

## Print benchmark figures as `BENCH <name> <value> <unit>`.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

smoke: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m yarlung_pos --db $(DEMO_DB) --demo --smoke

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info
