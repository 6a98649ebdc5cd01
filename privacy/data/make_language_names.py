"""Regenerate language_names.txt from CLDR (the ``babel`` package's locale data).

language_names.txt: the English names of every language CLDR lists, one-word names only, lower case
("catalan", "tagalog", "oromo"). A span spaCy calls a person that is one of these right after "in",
"into" or "speak(s)" names a language ("say happy birthday in Catalan"), not a person.
Run: python -m privacy.data.make_language_names
"""

from pathlib import Path

from babel import Locale


def main() -> None:
    names = {name.lower() for name in Locale("en").languages.values() if name.isalpha()}
    path = Path(__file__).with_name("language_names.txt")
    path.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} language names -> {path}")


if __name__ == "__main__":
    main()
