"""Build bench/data/chatterbot_qa.jsonl from the English ChatterBot corpus (PyPI `chatterbot-corpus`
1.3.3, BSD-3-Clause licence, by Gunther Cox and contributors): one question with its reference answer
per line, in OpenAI messages form. Tech-support entries are thinned (they dominate the corpus).

    python bench/data/make_chatterbot.py
"""

import importlib.util
import json
import random
from pathlib import Path

import yaml

OUT = Path(__file__).with_name("chatterbot_qa.jsonl")


def main() -> None:
    root = Path(next(iter(importlib.util.find_spec("chatterbot_corpus").submodule_search_locations)))
    rows = []
    for path in sorted((root / "data" / "english").glob("*.yml")):
        for conv in yaml.safe_load(path.read_text()).get("conversations", []):
            if not isinstance(conv, list) or len(conv) < 2:
                continue
            question, answer = str(conv[0]).strip(), str(conv[1]).strip()
            if 3 <= len(question) <= 200 and 2 <= len(answer) <= 300:
                rows.append((path.stem, question, answer))
    rng = random.Random(7)
    tech = [r for r in rows if r[0] == "tech_support"]
    rows = [r for r in rows if r[0] != "tech_support"] + rng.sample(tech, 80)
    rng.shuffle(rows)
    seen = set()
    with OUT.open("w") as f:
        for topic, question, answer in rows:
            if question.lower() in seen:
                continue
            seen.add(question.lower())
            messages = [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
            f.write(json.dumps({"messages": messages, "topic": topic}) + "\n")


if __name__ == "__main__":
    main()
