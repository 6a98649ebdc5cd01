"""Regenerate function_words.txt: stop words of the big chat languages, one language per line.

Source: spaCy's language data (``spacy.lang.<lang>.stop_words``), read once here because importing 16
language packages at run time costs seconds. English is not written: it comes from spaCy at run time.
Run: python -m privacy.data.make_function_words
"""

import importlib
from pathlib import Path

LANGUAGES = ("es", "de", "fr", "it", "pt", "nl", "id", "tr", "sv", "da", "nb", "pl", "ro", "hr", "tl", "ca")


def main() -> None:
    lines = []
    for lang in LANGUAGES:
        words = importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
        lines.append(f"{lang} " + " ".join(sorted(w.lower() for w in words if " " not in w)))
    out = Path(__file__).with_name("function_words.txt")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "languages ->", out)


if __name__ == "__main__":
    main()
