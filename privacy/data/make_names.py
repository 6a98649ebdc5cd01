"""Regenerate names_first.txt and names_last.txt: a multi-origin name lexicon for the name recognizer.

Source: the ``names-dataset`` package, version 3.3.1 (Philippe Rémy, https://github.com/philipperemy/
name-dataset; licence MIT per its package metadata). Its README states that the names were extracted from
the 2021 Facebook dump of 533M accounts; it holds about 730K first and 983K last names with per-country
ranks for 105 countries. Only names and ranks are used, nothing about any person. The package is NOT a
runtime dependency (55 MB, GBs of RAM when loaded): this script reads its pickles straight from the wheel
and writes two small text files that the repository commits, like common_words.txt.

What is kept, per list: single-word names of Latin letters (accents and inner hyphens allowed), lower
case, ranked in the top ``--top`` (default 3000) of at least one country; plus, for each name with
accents, its unaccented spelling. Removed as junk (the leak holds "the", "love", "admin", "abm"):
- everyday English words: common_words.txt, spaCy's stop words and privacy.names' extra common words and
  tech words; and, when spaCy's lookup tables are given (``--lookups``, the spacy-lookups-data wheel,
  MIT), every word that English text writes lower case more often than capitalised ("server",
  "vocal", "sender"), the same test that built common_words.txt;
- words without a vowel, runs of three equal letters, and two- or three-letter words that have two
  consonants in a row ("adm", "abs") or are not in a country's top 300.
Names that are also everyday words ("grace", "will") still come from faker's lists and keep needing
context (privacy.names.common_words).

Run (offline, about a minute, ~3 GB of RAM):
  python -m privacy.data.make_names --wheel /path/names_dataset-3.3.1-py3-none-any.whl \
      [--lookups /path/spacy_lookups_data-1.0.5-py2.py3-none-any.whl] [--top 3000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import re
import zipfile
from pathlib import Path

from privacy.names import _latin, common_words, fold_accents

HERE = Path(__file__).parent
_VOWELS = set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěīĭįıōŏőœūŭůűų")
_TWO_CONSONANTS = re.compile(r"[^aeiouy\W]{2}")


def _plausible(name: str, rank: int) -> bool:
    """Sanity checks that drop abbreviations and keyboard junk the leak holds as names."""
    letters = name.replace("-", "")
    if not _VOWELS & set(letters) or re.search(r"(.)\1\1", letters):
        return False
    if len(letters) <= 3:
        return rank <= 300 and not _TWO_CONSONANTS.search(fold_accents(letters))
    return True


def _everyday_words(lookups: Path | None) -> set[str] | None:
    """Words English text writes lower case more often than capitalised (spaCy's lexeme probabilities)."""
    if lookups is None:
        return None
    with zipfile.ZipFile(lookups) as zf:
        prob = json.loads(gzip.decompress(zf.read("spacy_lookups_data/data/en_lexeme_prob.json.gz")))
    out = set()
    for word, p in prob.items():
        if word.islower() and word.isalpha():
            cap = prob.get(word.title())
            if cap is None or p > cap:
                out.add(word)
    return out


def names_of(wheel: Path, kind: str, top: int, skip: set[str]) -> list[str]:
    """The kept names of one list (``kind`` is "first" or "last"), sorted."""
    with zipfile.ZipFile(wheel) as zf:
        table = pickle.loads(gzip.decompress(zf.read(f"names_dataset/v3/{kind}_names.pkl.gz")))
    best: dict[str, int] = {}
    for name, info in table.items():
        low = name.lower()
        if " " in low or not info.get("rank") or not _latin(low.replace("-", "")):
            continue
        best[low] = min(min(info["rank"].values()), best.get(low, top + 1))
    del table
    kept: set[str] = set()
    for low, rank in best.items():
        if rank <= top and low.strip("-") == low and low not in skip and _plausible(low, rank):
            kept.update({low, fold_accents(low)})
    return sorted(w for w in kept if w not in skip)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wheel", type=Path, default=Path("/tmp/pdl/names_dataset-3.3.1-py3-none-any.whl"))
    parser.add_argument("--lookups", type=Path, default=None, help="spacy-lookups-data wheel (optional)")
    parser.add_argument("--top", type=int, default=3000, help="keep names ranked this high in some country")
    args = parser.parse_args()
    skip = set(common_words()) | (_everyday_words(args.lookups) or set())
    for kind in ("first", "last"):
        names = names_of(args.wheel, kind, args.top, skip)
        out = HERE / f"names_{kind}.txt"
        out.write_text("\n".join(names) + "\n")
        print(kind, len(names), "names ->", out, f"({out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
