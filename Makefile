# Yarlung POS — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# compiled translations (src/yarlung_pos/i18n/*.ts → *.qm): build products, not in git
QM     := $(patsubst %.ts,%.qm,$(wildcard src/yarlung_pos/i18n/*.ts))
DEMO_DB ?= $(CURDIR)/out/demo.db

.PHONY: run test bench setup clean smoke

setup: $(STAMP) $(QM)

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Compile a translation again whenever its .ts changes (the install above compiles them too).
%.qm: %.ts | $(STAMP)
	$(PY) tools/i18n.py build $<

## Start the till on the demo catalogue with an embedded SQLite database (out/demo.db).
run: setup
	mkdir -p out
	$(PY) -m yarlung_pos --db $(DEMO_DB) --demo

## Check the layers (import-linter contracts in pyproject.toml), then run every test headless.
test: setup
	$(VENV)/bin/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

## Print benchmark figures as `BENCH <name> <value> <unit>`.
bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

smoke: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m yarlung_pos --db $(DEMO_DB) --demo --smoke

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info src/yarlung_pos/i18n/*.qm
