"""Rebuild reference_dialogs.jsonl: 48 opening exchanges of the Chit Chat dataset (MIT licence,
PyPI package chitchat-dataset 0.9.0), chosen deterministically. Run: python trainer/data/make_reference.py"""

import importlib.util
import json
from pathlib import Path

SOURCE = (
    Path(next(iter(importlib.util.find_spec("chitchat_dataset").submodule_search_locations))) / "dataset.json"
)
OUT = Path(__file__).with_name("reference_dialogs.jsonl")


def main(n: int = 48) -> None:
    data = json.loads(SOURCE.read_text())
    rows = []
    for key in sorted(data):
        groups = data[key]["messages"]
        if len(groups) < 2:
            continue
        prompt = " ".join(m["text"] for m in groups[0]).strip()
        reply = " ".join(m["text"] for m in groups[1]).strip()
        if 20 <= len(prompt) <= 200 and 20 <= len(reply) <= 200:
            rows.append({"prompt": prompt, "reply": reply, "source": f"chitchat-dataset:{key}"})
        if len(rows) == n:
            break
    OUT.write_text("".join(json.dumps(r) + "\n" for r in rows))


if __name__ == "__main__":
    main()
