# One command per task. `make run` and `make test` are what a newcomer needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install venv-system run test lint format bench bench-moderation bench-images bench-load eval screenshots clean

$(STAMP): pyproject.toml setup.py src/causette/moderation/_tier1.c src/causette/moderation/_lexscan.c src/causette/moderation/_views.c src/causette/moderation/minors/_textmodel.c src/causette/moderation/minors/_fold.c
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev,photos,bench,tier2]"
	touch $(STAMP)

install: $(STAMP)

# A second venv on the distribution's Python (Debian's is built with PGO and LTO; a
# source build without them, pyenv's default, runs Python code about 1.6x slower), for
# `make bench-load BENCH_ARGS="--server-venv .venv-system"`: the interpreter a server
# installed by docs/deploy.md runs on.
SYSTEM_PYTHON ?= /usr/bin/python3
SYSTEM_VENV := .venv-system

$(SYSTEM_VENV)/.installed: pyproject.toml setup.py
	$(SYSTEM_PYTHON) -m venv $(SYSTEM_VENV)
	$(SYSTEM_VENV)/bin/pip install -q --upgrade pip
	$(SYSTEM_VENV)/bin/pip install -q -e ".[photos,bench,tier2]"
	touch $@

venv-system: $(SYSTEM_VENV)/.installed

run: $(STAMP)
	$(BIN)/causette serve

test: $(STAMP)
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff format --check src tests tools bench
	$(BIN)/ruff check src tests tools bench
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format src tests tools bench
	$(BIN)/ruff check --fix src tests tools bench

# Figures (never from a timed unit test). BENCH_ARGS: e.g. --quick, --scenarios S1,S2,
# --repeats 3 (see docs/performance.md). Each writes JSON and Markdown under var/.
bench: bench-moderation bench-images bench-load

bench-moderation: $(STAMP)
	$(BIN)/python tools/bench_moderation.py

bench-images: $(STAMP)
	$(BIN)/python tools/bench_images.py

bench-load: $(STAMP)
	$(BIN)/python -m bench.run $(BENCH_ARGS)

# Held-out test parts: moderation (issue 4), minors' conversation signals (issue 5).
# Moderation twice per part: tiers 0+1, then with tier 2 as the server runs it by
# default (CAUSETTE_TIER2=auto with the `tier2` extra, which `make install` installs).
eval: $(STAMP)
	$(BIN)/python tools/eval_moderation.py --split test
	$(BIN)/python tools/eval_moderation.py --split fresh
	$(BIN)/python tools/eval_moderation.py --split blind
	$(BIN)/python tools/eval_moderation.py --split blind2
	$(BIN)/python tools/eval_moderation.py --split test --tier2
	$(BIN)/python tools/eval_moderation.py --split fresh --tier2
	$(BIN)/python tools/eval_moderation.py --split blind --tier2
	$(BIN)/python tools/eval_moderation.py --split blind2 --tier2
	$(BIN)/python tools/eval_minors.py --split test
	$(BIN)/python tools/eval_minors.py --split blind

screenshots: $(STAMP)
	$(BIN)/python tools/screenshots.py

clean:
	rm -rf $(VENV) $(SYSTEM_VENV) var
