# The two commands of the README: `make run` starts the bot, `make test` runs the whole suite.
# Each sets up what it needs first (scripts/setup.sh is idempotent).
.PHONY: run test lint setup
setup:
	scripts/setup.sh
run: setup
	.venv/bin/python main.py serve $(ARGS)
test:
	scripts/setup-test.sh
	.venv/bin/python -m pytest -q $(ARGS)
lint: setup
	.venv/bin/ruff check . && .venv/bin/ruff format --check .
