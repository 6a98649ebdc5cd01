"""Regenerate common_words.txt: everyday English chat words, used to tell names from ordinary words.

Source: the Chit Chat Challenge dialogs (the ``chitchat-dataset`` package, installed as reference data).
A word is kept when it occurs at least 20 times in lower case and at least 80% of its occurrences are
lower case (names are mostly capitalised, so "john" is left out but "will", "may" and "mark" stay).
Run: python -m privacy.data.make_common_words
"""

import collections
import json
import re
from pathlib import Path

import chitchat_dataset


def main() -> None:
    data = json.loads(Path(chitchat_dataset._PATH).read_text())
    lower: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    word = re.compile(r"[A-Za-z][a-z']*")
    for conv in data.values():
        for turn in conv["messages"]:
            for msg in turn:
                for i, m in enumerate(word.finditer(msg["text"])):
                    w = m.group()
                    key = w.lower()
                    total[key] += 1
                    # sentence-initial capitals say nothing about the word
                    if w.islower() or (i == 0 and w[1:].islower()):
                        lower[key] += 1 if w.islower() else 0
    words = sorted(w for w, n in lower.items() if n >= 20 and n >= 0.8 * total[w] and len(w) > 1)
    out = Path(__file__).with_name("common_words.txt")
    out.write_text("\n".join(words) + "\n")
    print(len(words), "words ->", out)


if __name__ == "__main__":
    main()
