# The two commands: `make demo` (set up, analyse the built-in sample) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install lint format run bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when pyproject.toml changed: the stamp file records the last install.
STAMP := $(VENV)/.installed

$(STAMP): pyproject.toml | $(BIN)/python
	@echo "Installing newsbrief and its pipeline into $(VENV) (log: $(VENV)/install.log)"
	@$(BIN)/python -m pip install --quiet -e '.[test]' >$(VENV)/install.log 2>&1 \
		|| { cat $(VENV)/install.log; exit 1; }
	@touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/python -m bot analyze bot/data/sample-article.txt

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format . && $(BIN)/ruff check --fix .

# no echo: when the app cannot start, its one line is the output
run: install
	@$(BIN)/python -m bot

bench: install
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/analysis_speed.py
	$(BIN)/python benchmarks/memory.py
	$(BIN)/python benchmarks/e2e.py
	$(BIN)/python benchmarks/quality.py
	$(BIN)/python benchmarks/questions.py
	$(BIN)/python benchmarks/rules.py
	$(BIN)/python benchmarks/big_texts.py
	$(BIN)/python benchmarks/batch_cli.py
	$(BIN)/python benchmarks/instances.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
