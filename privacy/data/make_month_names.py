"""Regenerate month_names.txt and date_words.txt from CLDR (the ``babel`` package's locale data).

month_names.txt: the month names of every Latin-, Cyrillic-, Greek- and Arabic-script CLDR locale
("липня", "јул", "Ιουλίου", "نوفمبر"), wide and abbreviated, in the format
(often genitive: "svibnja", "maaliskuuta") and stand-alone forms, folded (lower case, diacritics and
apostrophes dropped, no final dot), plus the twelve months of the Islamic calendar in their common
English transliterations and in Arabic script (CLDR's babel exposes only the Gregorian calendar), the
Levant's Syriac month names, the Iranian solar months, the Greek and Georgian months as people type
them in Latin letters, Northern Sámi's genitive months and Fiji's months.
date_words.txt: the words long dates write between their parts in those locales' date patterns
("de", "del", "gada"), folded the same way.
Run: python -m privacy.data.make_month_names
"""

import re
import unicodedata
from pathlib import Path

from babel import Locale, localedata

from privacy.names import fold_month as fold

# Hijri months, as English text transliterates them (several spellings each).
_ISLAMIC = (
    "muharram", "safar", "rabi al-awwal", "rabi al-thani", "rabi al-akhir", "rabi ul-awwal", "rabi ul-akhir",
    "jumada al-ula", "jumada al-awwal", "jumada al-akhirah", "jumada al-akhira", "jumada al-thani", "rajab",
    "shaban", "ramadan", "ramazan", "shawwal", "dhu al-qadah", "dhu al-qidah", "dhu al-hijjah", "dhul-qadah",
    "dhul-hijjah",
    # as South Asian English writes them ("10 Jamadi-ul-Awwal 1368 Hijri", "Zil-Hajj", "Ramzan")
    "jamadi-ul-awwal", "jamadi-ul-akhir", "jamadi-us-sani", "jamadi-ul-sani", "rabi-ul-awwal", "rabi-ul-akhir",
    "rabi-us-sani", "rabi-ul-sani", "zul-qadah", "zul-qaad", "zul-hijjah", "zil-hajj", "zilhaj", "zul-hajj",
    "ramzan", "shaaban", "shabaan", "muharram-ul-haram", "safar-ul-muzaffar", "rajab-ul-murajjab",
)  # fmt: skip
# Greek months in Latin letters, as Greeks type them in chat ("Greeklish"), in the genitive a date uses
# ("1 Iouliou 1983") and the nominative: CLDR has only the Greek script.
# Northern Sámi months in the genitive a date writes ("7. borgemánu 1950"); CLDR has only the nominative
_SAMI_GENITIVE = (
    "ođđajagemánu", "guovvamánu", "njukčamánu", "cuoŋománu", "miessemánu", "geassemánu", "suoidnemánu",
    "borgemánu", "čakčamánu", "golggotmánu", "skábmamánu", "juovlamánu",
)  # fmt: skip
_GREEKLISH = (
    "ianouariou", "ianouarios", "fevrouariou", "fevrouarios", "flevariou", "martiou", "martios", "apriliou",
    "aprilios", "maiou", "maios", "iouniou", "iounios", "iouliou", "ioulios", "avgoustou", "avgoustos",
    "augoustou", "septemvriou", "septemvrios", "oktovriou", "oktomvriou", "oktovrios",
    "noemvriou", "noemvrios", "dekemvriou", "dekemvrios",
)  # fmt: skip
# Georgian months in Latin letters, as Georgians type them in chat, and with the dative "-s" a date takes
# ("10 dekembers 1974").
_GEORGIAN_LATIN = (
    "ianvari", "ianvars", "tebervali", "tebervals", "marti", "marts", "aprili", "aprils", "maisi", "maiss",
    "ivnisi", "ivniss", "ivlisi", "ivliss", "agvisto", "agvistos", "seqtemberi", "seqtembers", "sektemberi",
    "sektembers", "oqtomberi", "oqtombers", "oktomberi", "oktombers", "noemberi", "noembers", "dekemberi",
    "dekembers",
)  # fmt: skip

# Fijian months, as Fiji's pension and birth papers write them ("16 Seviteba 1959"); CLDR has no Fijian
# ("Me", May, is too short to tell from a word, and "Maji", March, is Swahili for water)
_FIJIAN = (
    "janueri", "feperueri", "epereli", "june", "julai", "okosita", "seviteba", "okotova", "noveba",
    "tiseba",
)  # fmt: skip

# Months in Arabic script that CLDR's main locales leave out: the Levant's and Iraq's Syriac names, the
# Islamic calendar's and the Iranian solar calendar's (Persian script and as Iranians type them in Latin
# letters); two-letter ones ("دی", "آب") are left out, too short to tell from a word.
_ARABIC_SCRIPT = (
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "أيلول", "تشرين الأول", "تشرين الثاني",
    "كانون الأول", "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة",
    "جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة", "فروردین", "اردیبهشت",
    "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "بهمن", "اسفند",
)  # fmt: skip
_PERSIAN_LATIN = (
    "farvardin", "ordibehesht", "khordad", "mordad", "amordad", "shahrivar", "mehr", "aban", "azar", "bahman",
    "esfand", "esfandmah",
)  # fmt: skip


def _latin(text: str) -> bool:
    # modifier letters (the okina of Tongan "Maʻasi", Breton "Cʼhwevrer") belong to Latin-script words
    return all(
        unicodedata.name(c, "").startswith("LATIN")
        for c in text
        if c.isalpha() and unicodedata.category(c) != "Lm"
    )


def _alphabetic(text: str) -> bool:
    """Latin, Cyrillic, Greek or Arabic: scripts written with spaces between words, as the date rules read
    them."""
    return _latin(text) or all(
        unicodedata.name(c, "").startswith(("CYRILLIC", "GREEK", "ARABIC")) for c in text if c.isalpha()
    )


def main() -> None:
    months: set[str] = set()
    words: set[str] = set()
    for ident in localedata.locale_identifiers():
        if "_" in ident:  # regional variants repeat their language's names
            continue
        try:
            loc = Locale.parse(ident)
        except (ValueError, KeyError):
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for name in loc.months[context][width].values():
                    if _alphabetic(name) and len(fold(name)) >= 3:
                        months.add(fold(name))
        for width in ("long", "full"):
            pattern = loc.date_formats[width].pattern
            for literal in re.findall(r"'([^']+)'", pattern):
                for w in literal.split():
                    if _latin(w) and w.isalpha() and len(w) >= 2:  # "a", "e": too short to tell
                        words.add(fold(w))
    # (folded too: a date's "Rabi-ul-Awwal" is looked up as "rabiulawwal")
    months |= {fold(m) for m in _ISLAMIC}
    months |= set(_ISLAMIC) | set(_GREEKLISH) | set(_GEORGIAN_LATIN) | set(_PERSIAN_LATIN)
    months |= {fold(m) for m in _SAMI_GENITIVE} | set(_FIJIAN)
    months |= {fold(m) for m in _ARABIC_SCRIPT}
    data = Path(__file__).parent
    (data / "month_names.txt").write_text("\n".join(sorted(months)) + "\n")
    (data / "date_words.txt").write_text("\n".join(sorted(words)) + "\n")
    print(len(months), "month names,", len(words), "date words ->", data)


if __name__ == "__main__":
    main()
