# Yarlung POS — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# compiled translations (src/yarlung_pos/i18n/*.ts → *.qm): build products, not in git
QM     := $(patsubst %.ts,%.qm,$(wildcard src/yarlung_pos/i18n/*.ts))
DEMO_DB ?= $(CURDIR)/out/demo.db

.PHONY: run test bench setup clean smoke package

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

## Check the layers (import-linter contracts in pyproject.toml), then run every test headless
## (pytest-xdist: a process per core; each test file stays in one process).
test: setup
	$(VENV)/bin/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n auto --dist loadfile

## Print benchmark figures as `BENCH <name> <value> <unit>`.
bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

## The till as one folder (dist/yarlung-pos/, PyInstaller), its archive and its Debian package.
## The folder is built again only when a source, an asset or the spec is newer than it.
VERSION  := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
BUNDLE   := dist/yarlung-pos/yarlung-pos
ARCHIVE  := dist/yarlung-pos-$(VERSION)-linux-x86_64.tar.gz
DEB      := dist/yarlung-pos_$(VERSION)_amd64.deb
BUNDLE_SOURCES := $(shell find src/yarlung_pos assets -type f -not -path '*/__pycache__/*' -not -name '*.pyc') \
                  packaging/yarlung-pos.spec packaging/pyi_rth_yarlung_streams.py pyproject.toml

package: setup $(ARCHIVE) $(DEB)

$(BUNDLE): $(BUNDLE_SOURCES) $(QM) | $(STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/yarlung-pos.spec
	touch $@

$(ARCHIVE) $(DEB) &: $(BUNDLE) packaging/linux/build_linux.py
	$(PY) packaging/linux/build_linux.py --bundle dist/yarlung-pos --out dist

smoke: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m yarlung_pos --db $(DEMO_DB) --demo --smoke

clean:
	rm -rf $(VENV) out build dist *.egg-info src/*.egg-info src/yarlung_pos/i18n/*.qm
