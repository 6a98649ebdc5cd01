"""Held-out set 118's own checks: its name forms, titles and honorifics, scripts, dates and formats (the shared
shape checks are in tests/test_pii_module_sets.py); never a scrubber's output on it."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from bench.pii import _chat_like, assemble_module_set
from bench.pii_heldout118 import (
    AINU_MEN_HELDOUT118,
    AINU_NICK_HELDOUT118,
    AINU_SMALL_DROPPED_HELDOUT118,
    AINU_WOMEN_HELDOUT118,
    ALBANIAN_MONTHS_HELDOUT118,
    AROMANIAN_COUNTRIES_HELDOUT118,
    AROMANIAN_FAMILY_HELDOUT118,
    AROMANIAN_FORMS_HELDOUT118,
    AROMANIAN_MEN_HELDOUT118,
    AROMANIAN_NICK_HELDOUT118,
    AROMANIAN_WOMEN_HELDOUT118,
    BAGANDA_MEN_HELDOUT118,
    BAGANDA_NICK_HELDOUT118,
    BAGANDA_WOMEN_HELDOUT118,
    CHAT_ONLY_FORMS_HELDOUT118,
    DEFAULT_SCRIPTS_HELDOUT118,
    DOUBLING_DROPPED_HELDOUT118,
    EN_MONTHS_HELDOUT118,
    FORCED_FORMS_HELDOUT118,
    FORCED_SENTENCES_HELDOUT118,
    FORM_COUNTRIES_HELDOUT118,
    FORM_ONLY_FORMS_HELDOUT118,
    FORM_SCRIPTS_HELDOUT118,
    FORM_SENTENCE_SCRIPT_HELDOUT118,
    GREEK_MONTHS_HELDOUT118,
    HELDOUT118_MIXED,
    HELDOUT118_NEGATIVES,
    HELDOUT118_SEED,
    HELDOUT118_TEMPLATES,
    IBAN_BANKS_HELDOUT118,
    IBAN_BY_COUNTRY_HELDOUT118,
    IBAN_BY_ORIGIN_HELDOUT118,
    JP_FAMILY_HELDOUT118,
    JP_MEN_HELDOUT118,
    JP_WOMEN_HELDOUT118,
    KAPAMPANGAN_FAMILY_HELDOUT118,
    KAPAMPANGAN_MEN_HELDOUT118,
    KAPAMPANGAN_NICK_HELDOUT118,
    KAPAMPANGAN_SUFFIXES_HELDOUT118,
    KAPAMPANGAN_WOMEN_HELDOUT118,
    LUGANDA_MEN_HELDOUT118,
    LUGANDA_MONTHS_HELDOUT118,
    LUGANDA_WOMEN_HELDOUT118,
    MACEDONIAN_MONTHS_HELDOUT118,
    MEN_FORMS_HELDOUT118,
    NAME_LOCALES_HELDOUT118,
    NAME_TYPOS_HELDOUT118,
    NAMES_HELDOUT118,
    NICKS_HELDOUT118,
    ORIGIN_CUES_HELDOUT118,
    ORIGINS_HELDOUT118,
    PUBLIC_FIGURES_HELDOUT118,
    ROMANIAN_MONTHS_HELDOUT118,
    SUFFIX_SLOT_HELDOUT118,
    SUFFIXES_HELDOUT118,
    SURNAME_FIRST_LEADS_HELDOUT118,
    TAGALOG_MONTHS_HELDOUT118,
    TITLE_SLOT_HELDOUT118,
    TITLED_HELDOUT118,
    WAPURO_HELDOUT118,
    WOMEN_FORMS_HELDOUT118,
    Gen118,
    _arom,
    _fold,
    _iban_of,
    _kana,
    _kanji,
    _no_tonos,
    _plain,
    _reads_public,
    _typo118,
    _wapuro,
    _wareki,
    build_heldout118,
)
from privacy.recognizers import iban_valid
from tests.helpers import phrase_in

EXAMPLES = build_heldout118()
SEEDS = [HELDOUT118_SEED, 1, 2, 3, 118, 4242]
TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w'.-])(huci|ekasi|lala|tata|mama|nica|ssebo|nnyabo|jjajja|maama|ssaalongo|nnaalongo|apu|"
    r"atching|kuya|ate|tito) $"
)
INITIAL = re.compile(r"(?:[^\W\d_]\.)+")  # 'R.', 'G.', 'T.C.'
JAPANESE = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\u4e00-\u9fff]")
GREEK = re.compile(r"[\u0370-\u03ff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _norm(word: str) -> str:
    """A word without marks (Latin and Greek) and case, for comparing ('Endō' -> 'endo', 'ΓΙΏΡΓΟΣ' ->
    'γιωργοσ')."""
    return _no_tonos(_fold(word)).casefold()


def _persons(examples: list | None = None) -> list[tuple[str, str, str, int]]:
    """(value, sentence, the sentence's style: 'lower' or 'upper' where the build put it all in one case,
    where the value starts)"""
    return [
        (e.text[s:t], e.text, e.style, s)
        for e in examples or EXAMPLES
        for s, t, k in e.spans
        if k == "PERSON"
    ]


def _low(names) -> set[str]:  # noqa: ANN001
    """Every word of the names (split at spaces and hyphens), normalised as `_norm` does."""
    return {_norm(w) for n in names for w in re.split(r"[\s-]+", n) if w}


def _japanese_tokens() -> set[str]:
    """Every kanji, hiragana and katakana piece an Ainu (Japanese) name of the set is written with."""
    tables = (JP_FAMILY_HELDOUT118, JP_MEN_HELDOUT118, JP_WOMEN_HELDOUT118)
    out = {pair[i] for table in tables for pair in table.values() for i in (0, 1)}
    out |= set(AINU_MEN_HELDOUT118.values()) | set(AINU_WOMEN_HELDOUT118.values())
    return out | set(AINU_SMALL_DROPPED_HELDOUT118.values())


JA_TOKENS = _japanese_tokens()


def _splits(text: str, tokens: set[str]) -> bool:
    """Whether `text` (spaces aside) is a run of `tokens` ('浦川亮介' -> '浦川' + '亮介')."""
    text = re.sub(r"\s", "", text)
    ok = [True] + [False] * len(text)
    for i in range(1, len(text) + 1):
        ok[i] = any(ok[i - len(t)] and text[i - len(t) : i] == t for t in tokens if len(t) <= i)
    return ok[-1]


def _origin_words() -> dict[str, set[str]]:
    """Every word a name of each origin may hold, in every form the set writes it."""
    out = {}
    for origin, (men, women, lasts) in NAMES_HELDOUT118.items():
        names = men + women + lasts + list(NICKS_HELDOUT118[origin].values())
        names += [typo for name, typo in NAME_TYPOS_HELDOUT118.items() if name in men + women + lasts]
        if origin == "ainu":
            names += [_wapuro(n) for n in men + women + lasts]
        if origin == "aromanian":
            names += [form for forms in AROMANIAN_FORMS_HELDOUT118.values() for form in forms.values()]
            names += [
                v
                for forms in AROMANIAN_FAMILY_HELDOUT118.values()
                for k, v in forms.items()
                if k != "country"
            ]
        if origin == "baganda":
            names += list(DOUBLING_DROPPED_HELDOUT118.values())
        if origin == "kapampangan":
            names += KAPAMPANGAN_SUFFIXES_HELDOUT118
        out[origin] = _low(names)
    return out


WORDS = _origin_words()


def _in(origin: str, value: str) -> bool:
    """Whether every word of `value` is a name word of `origin` (or an initial); a name in kanji or kana is
    an Ainu's when it is a run of the set's Japanese pieces."""
    if JAPANESE.search(value):
        return origin == "ainu" and _splits(value, JA_TOKENS)
    words = [w for part in value.split() for w in part.strip(",").split("-") if w]
    return all(_norm(w) in WORDS[origin] or INITIAL.fullmatch(w) for w in words)


def _forms_present(persons: list[tuple[str, str, str, int]]) -> dict[tuple[str, str], bool]:
    """Whether each of FORCED_FORMS_HELDOUT118's forms shows in the values (case aside, as a sentence may have
    been put in lower case or capitals whole)."""
    values = [(v, text) for v, text, _, _ in persons]
    low = [v.casefold() for v, _ in values]

    def lows(pool) -> set[str]:  # noqa: ANN001
        return {p.casefold() for p in pool}

    def pair(v: str, firsts, lasts, sep: str = " ") -> bool:  # noqa: ANN001
        parts = v.split(sep)
        return len(parts) == 2 and parts[0] in lows(firsts) and parts[1] in lows(lasts)

    def typo(origin: str) -> bool:
        men, women, family = NAMES_HELDOUT118[origin]
        typos = {t.casefold() for n, t in NAME_TYPOS_HELDOUT118.items() if n in men + women + family}
        return any(set(v.split()) & typos for v in low)

    def exactly(pool) -> bool:  # noqa: ANN001
        return any(v in lows(pool) for v in low)

    def initials(v: str, families: set[str]) -> bool:
        m = re.fullmatch(r"(?:\w\. ?){1,2} ?(\S+)", v)
        return bool(m and m[1] in families)

    def led(origin: str) -> bool:
        """A name of `origin`, family name first, after one of its people's family-name-first leads."""
        leads = [lead for lead, (o, _) in SURNAME_FIRST_LEADS_HELDOUT118.items() if o == origin]
        families = {_norm(w) for w in WORDS[origin]}
        return any(
            text.casefold().startswith(tuple(lead.casefold() for lead in leads))
            and _norm(v.split()[0].strip(",")) in families
            and _in(origin, v)
            for v, text in values
        )

    jp_given = list(JP_MEN_HELDOUT118) + list(JP_WOMEN_HELDOUT118)
    jp_family = list(JP_FAMILY_HELDOUT118)
    long_words = {w for w in jp_given + jp_family if _fold(w) != w}
    kanji_family = {_kanji(f) for f in jp_family}
    kanji_given = {_kanji(g) for g in jp_given}
    ainu_kata = set(AINU_MEN_HELDOUT118.values()) | set(AINU_WOMEN_HELDOUT118.values())
    kana = {f"{_kana(f)} {_kana(g)}" for f in jp_family for g in jp_given}

    def kanji_name(v: str, givens: set[str]) -> bool:
        return any(v.startswith(f) and v[len(f) :].removeprefix(" ") in givens for f in kanji_family)

    forms = AROMANIAN_FORMS_HELDOUT118
    families = AROMANIAN_FAMILY_HELDOUT118
    women = AROMANIAN_WOMEN_HELDOUT118
    el = [f["el"] for f in forms.values()]
    el_family = [f[k] for f in families.values() for k in ("el", "el_f") if k in f]
    gr_latin = [x for x, f in families.items() if f["country"] == "gr"]
    gr_latin_f = [f["f"] for f in families.values() if f["country"] == "gr"]
    mk_latin = [x for x, f in families.items() if f["country"] == "mk"]
    mk_latin_f = [f["f"] for f in families.values() if f["country"] == "mk"]
    mk_cyr = [f[k] for f in families.values() for k in ("mk", "mk_f") if k in f]
    al = [x for x, f in families.items() if f["country"] == "al"]
    ro = [x for x, f in families.items() if f["country"] == "ro"]
    latin_families = gr_latin + gr_latin_f + mk_latin + mk_latin_f + al + ro
    marked = {_fold(w).casefold() for f in forms.values() for w in f.values() if _fold(w) != w}
    marked |= {_fold(x).casefold() for x in families if _fold(x) != x}

    lugandas = LUGANDA_MEN_HELDOUT118 + LUGANDA_WOMEN_HELDOUT118
    english = [g for g in BAGANDA_MEN_HELDOUT118 + BAGANDA_WOMEN_HELDOUT118 if g not in ("Swaibu", "Zaituni")]
    kap_given = KAPAMPANGAN_MEN_HELDOUT118 + KAPAMPANGAN_WOMEN_HELDOUT118
    kap_family = lows(KAPAMPANGAN_FAMILY_HELDOUT118)

    return {
        # '浦川 亮介', '萩中ピリカ', 'ピリカ', 'ウパシ', 'うらかわ りょうすけ'
        ("ainu", "kanji"): any(kanji_name(v, kanji_given) for v in low),
        ("ainu", "kanji_ainu"): any(kanji_name(v, ainu_kata) for v in low),
        ("ainu", "ainu_katakana"): any(v in ainu_kata for v in low),
        ("ainu", "small_kana_dropped"): any(v in set(AINU_SMALL_DROPPED_HELDOUT118.values()) for v in low),
        ("ainu", "hiragana"): any(v in kana for v in low),
        # 'Ryōsuke Urakawa', 'Urakawa Ryōsuke', 'Ryōsuke Endō', 'Ryosuke Endo', 'Ryousuke Endou', 'Pirka Haginaka'
        ("ainu", "romaji"): any(pair(v, jp_given, jp_family) for v in low),
        ("ainu", "family_first_romaji"): any(pair(v, jp_family, jp_given) for v in low),
        ("ainu", "macron"): any(
            set(v.split()) & lows(long_words) and _in("ainu", v) and " " in v for v in low
        ),
        ("ainu", "macron_dropped"): any(
            set(v.split()) & lows(_fold(w) for w in long_words)
            and v.isascii()
            and _in("ainu", v)
            and " " in v
            for v in low
        ),
        ("ainu", "wapuro"): any(set(v.split()) & lows(_wapuro(w) for w in long_words) for v in low),
        ("ainu", "ainu_romaji"): any(
            pair(v, list(AINU_MEN_HELDOUT118) + list(AINU_WOMEN_HELDOUT118), jp_family) for v in low
        ),
        ("ainu", "surname_first"): led("ainu"),
        ("ainu", "initials"): any(initials(v, lows(jp_family)) for v in low),
        ("ainu", "nickname"): exactly(AINU_NICK_HELDOUT118.values()),
        ("ainu", "typo"): typo("ainu"),
        # 'Iorgu Dhamo', 'Γιώργος Μπίτσιος', 'Γιωργος Μπιτσιος', 'Giorgos Bitsios', 'Evangelia Bitsiou'
        ("aromanian", "aromanian_given"): any(pair(v, list(forms), latin_families) for v in low),
        ("aromanian", "greek_script"): any(pair(v, el, el_family) for v in low),
        ("aromanian", "greek_no_tonos"): any(
            v == _no_tonos(v)
            and pair(v, [_no_tonos(x) for x in el], [_no_tonos(x) for x in el_family])
            and not pair(v, el, el_family)
            for v in low
        ),
        ("aromanian", "greek_latin"): any(
            pair(v, [f["el_latin"] for f in forms.values()], gr_latin + gr_latin_f) for v in low
        ),
        ("aromanian", "greek_female"): any(
            pair(v, [forms[w]["el_latin"] for w in women], gr_latin_f) for v in low
        ),
        # 'Giorgos D. Bitsios': the father's initial
        ("aromanian", "patronymic"): any(
            (m := re.fullmatch(r"(\S+) \w\. (\S+)", v))
            and m[1] in lows(f["el_latin"] for f in forms.values())
            and m[2] in lows(gr_latin + gr_latin_f)
            for v in low
        ),
        # 'Ѓорѓи Гулески', 'Gjorgji Guleski', 'Evangelija Guleska', 'Gjergji Dhamo', 'Gheorghe Tașcu'
        ("aromanian", "cyrillic"): any(pair(v, [f["mk"] for f in forms.values()], mk_cyr) for v in low),
        ("aromanian", "macedonian_latin"): any(
            pair(v, [f["mk_latin"] for f in forms.values()], mk_latin + mk_latin_f) for v in low
        ),
        ("aromanian", "macedonian_female"): any(
            pair(v, [forms[w]["mk_latin"] for w in women], mk_latin_f) for v in low
        ),
        ("aromanian", "albanian"): any(pair(v, [f["sq"] for f in forms.values()], al) for v in low),
        ("aromanian", "romanian"): any(pair(v, [f["ro"] for f in forms.values()], ro) for v in low),
        # 'Dhimiter Dhamo', 'Gheorghe Tascu'
        ("aromanian", "ascii"): any(
            v.isascii() and set(v.split()) & marked and _in("aromanian", v) and " " in v for v in low
        ),
        ("aromanian", "surname_first"): led("aromanian"),
        ("aromanian", "initials"): any(initials(v, lows(latin_families)) for v in low),
        ("aromanian", "nickname"): exactly(AROMANIAN_NICK_HELDOUT118.values()),
        ("aromanian", "typo"): typo("aromanian"),
        # 'Derrick Kiggundu', 'Kiggundu Derrick', 'Resty Nakabugo Kiggundu', 'Ssenyonga Derrick', 'Senyonga Derrick'
        ("baganda", "english_first"): any(pair(v, english, lugandas) for v in low),
        ("baganda", "luganda_first"): any(pair(v, lugandas, english) for v in low),
        ("baganda", "three_part"): any(
            len(p := v.split()) == 3
            and p[0] in lows(english)
            and p[1] in lows(lugandas)
            and p[2] in lows(LUGANDA_MEN_HELDOUT118)
            for v in low
        ),
        ("baganda", "doubling"): any(set(v.split()) & lows(DOUBLING_DROPPED_HELDOUT118) for v in low),
        ("baganda", "doubling_dropped"): any(
            set(v.split()) & lows(DOUBLING_DROPPED_HELDOUT118.values()) for v in low
        ),
        ("baganda", "muslim_given"): any(pair(v, ["Swaibu", "Zaituni"], lugandas) for v in low),
        ("baganda", "surname_first"): led("baganda"),
        ("baganda", "initials"): any(initials(v, lows(lugandas)) for v in low),
        ("baganda", "nickname"): exactly(BAGANDA_NICK_HELDOUT118.values()),
        ("baganda", "typo"): typo("baganda"),
        # 'Tirso Canlas Dungca', 'Tirso C. Dungca', 'Charito Sicat-Dungca', 'Tirso Dungca Jr.'
        ("kapampangan", "given_middle_surname"): any(
            len(p := v.split()) == 3 and p[0] in lows(kap_given) and p[1] in kap_family and p[2] in kap_family
            for v in low
        ),
        ("kapampangan", "middle_initial"): any(
            (m := re.fullmatch(r"(\S+) \w\. (\S+)", v)) and m[1] in lows(kap_given) and m[2] in kap_family
            for v in low
        ),
        ("kapampangan", "married"): any(
            (m := re.fullmatch(r"(\S+) (\S+)[ -](\S+)", v))
            and m[1] in lows(KAPAMPANGAN_WOMEN_HELDOUT118)
            and m[2] in kap_family
            and m[3] in kap_family
            for v in low
        ),
        ("kapampangan", "suffix"): any(v.endswith((" jr.", " iii")) and _in("kapampangan", v) for v in low),
        # 'Shiela Dela Peña', 'Shiela Dela Pena'
        ("kapampangan", "particle"): any(v.endswith(" dela peña") for v in low),
        ("kapampangan", "particle_ascii"): any(v.endswith(" dela pena") for v in low),
        ("kapampangan", "surname_first"): led("kapampangan"),
        ("kapampangan", "initials"): any(initials(v, kap_family) for v in low),
        ("kapampangan", "nickname"): exactly(KAPAMPANGAN_NICK_HELDOUT118.values()),
        ("kapampangan", "typo"): typo("kapampangan"),
    }


def _titled_origins(examples: list) -> set[str]:
    """The origins of the titles before names and of the honorifics after them in the build."""
    out = set()
    for e in examples:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            m = TITLE_BEFORE.search(e.text[:start])
            if m:
                out.add(TITLED_HELDOUT118[m[1].lower()][0])
            if SUFFIX_SLOT_HELDOUT118.match("{}" + e.text[end:]):
                out.add("ainu")
    return out


def test_the_set_has_no_faker_name_locale_and_its_own_seed() -> None:
    assert NAME_LOCALES_HELDOUT118 == [] and HELDOUT118_SEED == 1185209
    assert ORIGINS_HELDOUT118 == list(NAMES_HELDOUT118)


@pytest.mark.parametrize("seed", SEEDS)
def test_the_size_and_the_negatives_hold_whatever_the_seed(seed: int) -> None:
    examples = build_heldout118(seed)
    assert 340 <= len(examples) <= 400, (seed, len(examples))
    assert 70 <= sum(not e.spans for e in examples) <= 95
    per_type = Counter(k for e in examples for _, _, k in e.spans)
    assert per_type["PERSON"] >= 80 and per_type["SECRET"] >= 60, per_type


def test_a_title_or_an_honorific_stays_outside_the_span() -> None:
    titled = suffixed = 0
    for e in EXAMPLES:
        for start, end, etype in e.spans:
            if etype != "PERSON":
                continue
            value = e.text[start:end]
            words = value.split()
            assert not TITLE_SLOT_HELDOUT118.match(words[0] + " {}"), (value, e.text)
            assert not re.search(r"(?i)(-san|-sama|-kun|-chan|さん|様|くん|ちゃん)$", value), (value, e.text)
            titled += bool(TITLE_BEFORE.search(e.text[:start]))
            suffixed += bool(SUFFIX_SLOT_HELDOUT118.match("{}" + e.text[end:]))
    assert titled >= 8 and suffixed >= 3, (titled, suffixed)


def test_every_title_belongs_to_a_listed_origin() -> None:
    for title, (origin, _, part) in TITLED_HELDOUT118.items():
        assert origin in NAMES_HELDOUT118, title
        assert part in ("full", "given", "family", "child"), title
        slot = f"{title} {{}}"
        assert TITLE_SLOT_HELDOUT118.search(slot) and TITLE_SLOT_HELDOUT118.search(slot.upper()), title
        assert TITLE_SLOT_HELDOUT118.search(slot.capitalize()), title
    # no title is a word of the lists' names
    every_word = _low(n for groups in NAMES_HELDOUT118.values() for group in groups for n in group)
    assert not set(TITLED_HELDOUT118) & every_word
    # a title in a template stands among its own people's words
    templates = [t for ts in HELDOUT118_TEMPLATES.values() for t in ts] + [t for t, _ in HELDOUT118_MIXED]
    templates += [t for ts in FORCED_SENTENCES_HELDOUT118.values() for t in ts]
    found = Counter()
    for template in templates:
        cue = next((o for c, o in ORIGIN_CUES_HELDOUT118 if c.search(template)), None)
        m = TITLE_SLOT_HELDOUT118.search(template)
        if m:
            found[m[1].lower()] += 1
            assert cue in (None, TITLED_HELDOUT118[m[1].lower()][0]), template
    assert set(found) == set(TITLED_HELDOUT118), set(TITLED_HELDOUT118) - set(found)
    # every honorific suffix has its templates, and a title or a suffix inside a word is none
    suffixes = {m[1].lower() for t in templates if (m := SUFFIX_SLOT_HELDOUT118.search(t))}
    assert suffixes == set(SUFFIXES_HELDOUT118) - {"ちゃん"}, suffixes
    assert not TITLE_SLOT_HELDOUT118.search("Mate {}") and not TITLE_SLOT_HELDOUT118.search("Kapu {}")
    assert not TITLE_SLOT_HELDOUT118.search("dilala {}") and not TITLE_SLOT_HELDOUT118.search("Ate: {}")
    assert not SUFFIX_SLOT_HELDOUT118.search("{}-sankei") and SUFFIX_SLOT_HELDOUT118.search("{}-san, hi")


@pytest.mark.parametrize("seed", [1, 118])
def test_a_titled_name_comes_from_the_title_s_origin(seed: int) -> None:
    gen = Gen118(seed)
    for title, (origin, woman, part) in TITLED_HELDOUT118.items():
        nicks = set(NICKS_HELDOUT118[origin].values())
        men, women, lasts = NAMES_HELDOUT118[origin]
        for _ in range(25):
            value = gen.titled_person(title)
            assert _in(origin, value), (title, value)
            if part == "given":
                own = list(men + women if woman is None else women if woman else men)
                assert value in own or value in nicks, (title, value)
            if part == "child":  # 'Maama Derrick'
                assert value in BAGANDA_MEN_HELDOUT118 + BAGANDA_WOMEN_HELDOUT118 or value in nicks, value
            if part == "family":
                pool = LUGANDA_WOMEN_HELDOUT118 if woman else LUGANDA_MEN_HELDOUT118
                assert value in (pool if origin == "baganda" else lasts), (title, value)


@pytest.mark.parametrize("seed", [2, 118])
def test_a_name_before_an_honorific_is_the_part_the_honorific_goes_with(seed: int) -> None:
    gen = Gen118(seed)
    for suffix, part in SUFFIXES_HELDOUT118.items():
        for script in ("", "ja"):
            for _ in range(15):
                value = gen.suffixed_person(suffix, script)
                assert _in("ainu", value), (suffix, value)
                japanese = bool(JAPANESE.search(value))
                assert japanese == (script == "ja" or not suffix.startswith("-")), (suffix, script, value)
                if part == "family":
                    assert value in JP_FAMILY_HELDOUT118 or value in {_kanji(f) for f in JP_FAMILY_HELDOUT118}
                if part == "full":
                    assert (
                        _splits(value, {_kanji(f) for f in JP_FAMILY_HELDOUT118} | JA_TOKENS)
                        and len(value) >= 3
                    )
                if part == "given" and not japanese:
                    assert value in NAMES_HELDOUT118["ainu"][0], (suffix, value)
                if part == "nick" and not japanese:
                    assert value in AINU_NICK_HELDOUT118.values(), (suffix, value)


def test_every_name_comes_from_the_hand_written_lists() -> None:
    for seed in SEEDS[:3]:
        for value, text, _, _ in _persons(build_heldout118(seed)):
            assert any(_in(origin, value) for origin in ORIGINS_HELDOUT118), (value, text)


@pytest.mark.parametrize("seed", SEEDS)
def test_no_public_figure_is_named(seed: int) -> None:
    examples = build_heldout118(seed)
    for value, text, _, _ in _persons(examples):
        assert not _reads_public(value), (value, text)
    for text in HELDOUT118_NEGATIVES:
        assert not _reads_public(text), text
    # nor inside a login or an e-mail address ('gheorghehagi88')
    joined = {_plain(full) for full in PUBLIC_FIGURES_HELDOUT118}
    for e in examples:
        for s, t, k in e.spans:
            if k in ("USERNAME", "EMAIL_ADDRESS"):
                value = _plain(e.text[s:t])
                assert not any(j in value for j in joined), e.text


def test_the_public_figures_guard_is_what_keeps_them_out() -> None:
    # the lists' words could make some of them ('Gheorghe' is 'Iorgu' in Romania, 'Hagi' a Constanța family)
    drawable = [f for f in PUBLIC_FIGURES_HELDOUT118 if any(_in(o, f) for o in ORIGINS_HELDOUT118)]
    assert {"Gheorghe Hagi", "Iorgu Hagi"} <= set(drawable), drawable
    assert _arom("Iorgu", "ro") == "Gheorghe" and AROMANIAN_FAMILY_HELDOUT118["Hagi"]["country"] == "ro"
    gen = Gen118(9)
    for _ in range(300):
        value = gen._form("aromanian", "romanian", None, "", "ro")
        assert not _reads_public(value), value
    assert _reads_public("GHEORGHE HAGI") and _reads_public("Gloria Macapagal Arroyo")
    assert _reads_public("kohei jose chameleone") is True and not _reads_public("Gheorghe Tașcu")


def test_public_figures_come_only_inside_place_and_institution_names() -> None:
    pattern = r"Averoff|Pitu Guli|Kabaka Anjagala|Jose B. Lingad|Don Honorio Ventura"
    places = [t for t in HELDOUT118_NEGATIVES if re.search(pattern, t)]
    assert len(places) >= 5
    for text in places:
        assert re.search(r"museum|monument|Road|hospital|university", text), text


def test_the_name_forms_appear() -> None:
    present = _forms_present(_persons())
    assert set(present) == set(FORCED_FORMS_HELDOUT118)
    assert all(present.values()), [form for form, ok in present.items() if not ok]


@pytest.mark.parametrize("seed", SEEDS[1:])
def test_the_name_forms_appear_whatever_the_seed(seed: int) -> None:
    present = _forms_present(_persons(build_heldout118(seed)))
    assert all(present.values()), (seed, [form for form, ok in present.items() if not ok])


def test_the_forms_check_can_fail() -> None:
    """The check of the forms is no formality: a build without its forced sentences misses some."""
    gen = Gen118(HELDOUT118_SEED)
    built = assemble_module_set(
        gen, HELDOUT118_TEMPLATES, HELDOUT118_MIXED, HELDOUT118_NEGATIVES, _typo118, person=gen.person_for
    )
    present = _forms_present(_persons(built))
    assert not all(present.values()) or gen.owed == []
    assert not any(_forms_present([]).values())


@pytest.mark.parametrize("seed", SEEDS)
def test_a_titled_name_and_names_in_capitals_and_lower_case_of_each_people_whatever_the_seed(
    seed: int,
) -> None:
    examples = build_heldout118(seed)
    assert _titled_origins(examples) == set(NAMES_HELDOUT118), seed
    persons = _persons(examples)
    for origin in ORIGINS_HELDOUT118:
        # a whole name in capitals in a sentence not written so whole, and one in lower case likewise
        assert any(
            v.isupper() and " " in v and style != "upper" and _in(origin, v) for v, _, style, _ in persons
        ), (seed, origin)
        assert any(
            v.islower() and " " in v and style != "lower" and _in(origin, v) for v, _, style, _ in persons
        ), (seed, origin)


@pytest.mark.parametrize("seed", SEEDS)
def test_every_forced_form_is_given_whatever_the_seed(seed: int) -> None:
    """The build hands out every form of FORCED_FORMS_HELDOUT118: in the sentences the draws make, and in a
    sentence of its own for any the draws did not reach."""
    gen = Gen118(seed)
    built = assemble_module_set(
        gen, HELDOUT118_TEMPLATES, HELDOUT118_MIXED, HELDOUT118_NEGATIVES, _typo118, person=gen.person_for
    )
    left = list(gen.owed)
    forced = gen.forced_examples()
    assert gen.owed == [] and len(forced) == 4 + 2 * len(ORIGINS_HELDOUT118) + len(left), (seed, left)
    assert len(left) <= 14, (seed, left)  # most forms come from the draws themselves
    for example in forced:
        built.insert(gen.rng.randrange(len(built) + 1), example)
    assert [(e.text, e.spans) for e in built] == [(e.text, e.spans) for e in build_heldout118(seed)]
    assert 340 <= len(built) <= 400, (seed, len(built))


def test_the_forced_sentences_hold_one_slot_and_the_titles_of_their_people() -> None:
    for key, templates in FORCED_SENTENCES_HELDOUT118.items():
        for template in templates:
            assert template.count("{}") == 1, template
            title = TITLE_SLOT_HELDOUT118.search(template)
            suffix = SUFFIX_SLOT_HELDOUT118.search(template)
            if key in NAMES_HELDOUT118:
                assert title or suffix, template
                assert not title or TITLED_HELDOUT118[title[1].lower()][0] == key, template
                assert not suffix or key == "ainu", template
            else:
                assert not title and not suffix, template
            if key.startswith(("upper", "form")):
                assert not _chat_like(template) and ":" in template, template
            if key.startswith(("lower", "chat")):
                assert _chat_like(template), template
            if key.endswith(("_ja", "_kana")):
                assert JAPANESE.search(template), template
            if key.endswith("_el"):
                assert GREEK.search(template), template
            if key.endswith("_mk"):
                assert CYRILLIC.search(template), template
    # every script a forced form is written in has its sentences
    for form, script in FORM_SENTENCE_SCRIPT_HELDOUT118.items():
        kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT118 else "form"
        assert (
            f"{kind}_{script}" in FORCED_SENTENCES_HELDOUT118
            or f"form_{script}" in FORCED_SENTENCES_HELDOUT118
        )


def test_every_forced_form_builds_for_a_man_and_a_woman() -> None:
    gen = Gen118(7)
    for origin, form in FORCED_FORMS_HELDOUT118:
        if form == "surname_first":
            continue  # built by the lead, checked below
        for woman in (False, True, None):
            for script in sorted(FORM_SCRIPTS_HELDOUT118.get((origin, form), DEFAULT_SCRIPTS_HELDOUT118)):
                for _ in range(5):
                    value = gen._form(origin, form, woman, script)
                    assert value.strip() == value and value, (origin, form, value)
                    assert _in(origin, value), (origin, form, script, value)
                    assert not _reads_public(value), (origin, form, value)
                    if script == "ascii":
                        assert value == _fold(value) and value.isascii(), (origin, form, value)
                    if script == "ja":
                        assert JAPANESE.search(value), (origin, form, value)
                    if script == "el":
                        assert GREEK.search(value) and not re.search(r"[A-Za-z]", value), (form, value)
                    if script == "mk":
                        assert CYRILLIC.search(value) and not re.search(r"[A-Za-z]", value), (form, value)
                    if form in MEN_FORMS_HELDOUT118:
                        assert not any(w in value.split() for w in NAMES_HELDOUT118[origin][1]), (form, value)
                    if form in WOMEN_FORMS_HELDOUT118:
                        first = value.split()[0]
                        women = NAMES_HELDOUT118[origin][1]
                        if origin == "aromanian":
                            women = [f for w in women for f in AROMANIAN_FORMS_HELDOUT118[w].values()]
                        assert first in women, (form, value)


def test_the_forms_that_want_a_chat_or_a_form_or_a_script_are_owed_only_there() -> None:
    gen = Gen118(3)
    for o, form in FORCED_FORMS_HELDOUT118:
        scripts = FORM_SCRIPTS_HELDOUT118.get((o, form), DEFAULT_SCRIPTS_HELDOUT118)
        script = "" if "" in scripts else sorted(scripts)[0]
        gen.owed = [(o, form)]
        chat = gen._owed_for(o, None, script, True, None)
        paper = gen._owed_for(o, None, script, False, None)
        assert (chat is None) == (form in FORM_ONLY_FORMS_HELDOUT118), (o, form)
        assert (paper is None) == (form in CHAT_ONLY_FORMS_HELDOUT118), (o, form)
        kind = form not in FORM_ONLY_FORMS_HELDOUT118
        assert (gen._owed_for(o, False, script, kind, None) is None) == (form in WOMEN_FORMS_HELDOUT118), (
            o,
            form,
        )
        assert (gen._owed_for(o, True, script, kind, None) is None) == (form in MEN_FORMS_HELDOUT118), (
            o,
            form,
        )
        # another people's template never takes it, nor a template in another script
        other = next(x for x in ORIGINS_HELDOUT118 if x != o)
        assert gen._owed_for(other, None, script, kind, None) is None, (o, form)
        for wrong in {"", "ja", "kana", "el", "mk", "sf"} - scripts - {"ascii"}:
            assert gen._owed_for(o, None, wrong, kind, None) is None, (o, form, wrong)
        # an Aromanian form of one country is never owed to a template of another
        if o == "aromanian" and form in FORM_COUNTRIES_HELDOUT118:
            for country in set(AROMANIAN_COUNTRIES_HELDOUT118) - FORM_COUNTRIES_HELDOUT118[form]:
                assert gen._owed_for(o, None, script, kind, country) is None, (form, country)


def test_a_template_of_one_people_gets_a_name_of_that_people() -> None:
    gen = Gen118(6)
    cued = 0
    for template in HELDOUT118_TEMPLATES["PERSON"]:
        origin = next((o for c, o in ORIGIN_CUES_HELDOUT118 if c.search(template)), None)
        if origin is None or TITLE_SLOT_HELDOUT118.search(template):
            continue
        cued += 1
        for _ in range(8):
            value = gen.person_for(template)
            assert _in(origin, value), (template, value)
    assert cued >= 25, cued


def test_a_template_s_script_gets_a_name_in_that_script() -> None:
    """A Japanese template gets a name in kanji or kana (the hiragana reading after 'ふりがな'), a Greek one a
    name in Greek letters, a Macedonian one a name in Cyrillic; a Latin one never a name in another script
    but Greek (a Greek name typed in a chat)."""
    gen = Gen118(12)
    templates = HELDOUT118_TEMPLATES["PERSON"]
    seen = Counter()
    for template in templates:
        if SUFFIX_SLOT_HELDOUT118.search(template) or TITLE_SLOT_HELDOUT118.search(template):
            continue
        if any(template.startswith(lead) for lead in SURNAME_FIRST_LEADS_HELDOUT118):
            continue
        for _ in range(6):
            value = gen.person_for(template)
            if template.startswith("ふりがな"):
                seen["kana"] += 1
                assert re.fullmatch(r"[\u3040-\u309f]+ [\u3040-\u309f]+", value), (template, value)
            elif JAPANESE.search(template):
                seen["ja"] += 1
                assert JAPANESE.search(value) and not re.search(r"[A-Za-z]", value), (template, value)
            elif GREEK.search(template):
                seen["el"] += 1
                assert GREEK.search(value) and not re.search(r"[A-Za-z]", value), (template, value)
            elif CYRILLIC.search(template):
                seen["mk"] += 1
                assert CYRILLIC.search(value) and not re.search(r"[A-Za-z]", value), (template, value)
            else:
                assert not JAPANESE.search(value) and not CYRILLIC.search(value), (template, value)
    assert set(seen) == {"kana", "ja", "el", "mk"}, seen


def test_a_family_name_first_template_gets_its_people_s_name() -> None:
    gen = Gen118(5)
    for lead, (origin, flavor) in SURNAME_FIRST_LEADS_HELDOUT118.items():
        assert any(t.startswith(lead) for ts in HELDOUT118_TEMPLATES.values() for t in ts), lead
        for _ in range(15):
            value = gen.person_for(f"{lead}: {{}}")
            assert _in(origin, value), (lead, value)
            family = _norm(re.match(r"(\S+?),? ", value)[1])
            given = _norm(value.split()[-1].strip("."))
            if origin == "aromanian":
                own = [x for x, f in AROMANIAN_FAMILY_HELDOUT118.items() if f["country"] == flavor]
                forms = {
                    _norm(v) for x in own for k, v in AROMANIAN_FAMILY_HELDOUT118[x].items() if k != "country"
                }
                assert family in forms | {_norm(x) for x in own}, (lead, value)
                if flavor == "gr":
                    assert value.isupper() and GREEK.search(value), value
                if flavor == "mk":
                    assert CYRILLIC.search(value), value
            elif origin == "ainu":
                assert family in {_norm(f) for f in JP_FAMILY_HELDOUT118} and value.split()[0].isupper(), (
                    value
                )
            elif origin == "baganda":
                assert family in _low(LUGANDA_MEN_HELDOUT118 + LUGANDA_WOMEN_HELDOUT118), value
            else:
                assert family in _low(KAPAMPANGAN_FAMILY_HELDOUT118) and "," in value, value
            assert given, value


def test_the_helpers_for_name_forms() -> None:
    assert _plain("Ryōsuke") == "ryosuke" and _plain("Tașcu") == "tascu" and _plain("Dela Peña") == "delapena"
    assert _fold("Ryōsuke Endō") == "Ryosuke Endo" and _fold("Dhimitër") == "Dhimiter"
    assert _fold("Ѓорѓи") == "Ѓорѓи" and _fold("浦川 亮介") == "浦川 亮介" and _fold("ウパㇱ") == "ウパㇱ"
    assert _fold("ガ") == "ガ"  # the dakuten is no mark to drop
    assert _no_tonos("Γιώργος Μπίτσιος") == "Γιωργος Μπιτσιος" and _no_tonos("Endō") == "Endō"
    assert _wapuro("Ryōsuke Endō") == "Ryousuke Endou" and _wapuro("Ōno") == "Oono"
    assert _kanji("Urakawa") == "浦川" and _kanji("Upas") == "ウパㇱ" and _kana("Endō") == "えんどう"
    assert _arom("Iorgu", "gr") == "Giorgos" and _arom("Iorgu", "el") == "Γιώργος"
    assert _arom("Iorgu", "mk_cyr") == "Ѓорѓи" and _arom("Iorgu", "mk") == "Gjorgji"
    assert (
        _arom("Mitru", "sq") == "Dhimitër"
        and _arom("Mitru", "ro") == "Dumitru"
        and _arom("Iani", "rup") == "Iani"
    )
    assert set(WAPURO_HELDOUT118) == {"ō", "ū", "Ō", "Ū"}


def test_the_japanese_era_dates() -> None:
    assert _wareki(1988, 3, 14) == "昭和63年3月14日"
    assert _wareki(1989, 1, 7) == "昭和64年1月7日" and _wareki(1989, 1, 8) == "平成元年1月8日"
    assert _wareki(1991, 11, 2) == "平成3年11月2日" and _wareki(1945, 8, 15) == "昭和20年8月15日"
    assert _wareki(2012, 12, 31) == "平成24年12月31日"


def test_the_other_spellings_belong_to_listed_names() -> None:
    for given, forms in AROMANIAN_FORMS_HELDOUT118.items():
        assert set(forms) == {"el", "el_latin", "mk", "mk_latin", "sq", "ro"}, given
        assert GREEK.search(forms["el"]) and CYRILLIC.search(forms["mk"]), given
        assert given not in forms.values(), given  # the Aromanian form is one of its own
    assert set(AROMANIAN_FORMS_HELDOUT118) == set(AROMANIAN_MEN_HELDOUT118 + AROMANIAN_WOMEN_HELDOUT118)
    for family, forms in AROMANIAN_FAMILY_HELDOUT118.items():
        assert forms["country"] in AROMANIAN_COUNTRIES_HELDOUT118, family
        if forms["country"] == "gr":  # a woman's family name in the genitive
            assert forms["f"][-1] in "au" and _norm(forms["el_f"])[-1] in "αυ", family
        if forms["country"] == "mk" and family.endswith("ski"):
            assert forms["f"].endswith("ska") and forms["mk_f"].endswith("ска"), family
    assert {forms["country"] for forms in AROMANIAN_FAMILY_HELDOUT118.values()} == set(
        AROMANIAN_COUNTRIES_HELDOUT118
    )
    for kata, dropped in AINU_SMALL_DROPPED_HELDOUT118.items():
        assert re.search(r"[\u31f0-\u31ff]", kata) and not re.search(r"[\u31f0-\u31ff]", dropped), kata
        assert kata in set(AINU_MEN_HELDOUT118.values()) | set(AINU_WOMEN_HELDOUT118.values())
    assert (
        sum(
            _fold(w) != w
            for w in list(JP_MEN_HELDOUT118) + list(JP_WOMEN_HELDOUT118) + list(JP_FAMILY_HELDOUT118)
        )
        >= 4
    )
    for doubled, dropped in DOUBLING_DROPPED_HELDOUT118.items():
        assert doubled[:2] in ("Ss", "Nn") and dropped == doubled[0] + doubled[2:], doubled
        assert doubled in LUGANDA_MEN_HELDOUT118 + LUGANDA_WOMEN_HELDOUT118
    assert all(w.startswith("Na") or w.startswith("Nna") for w in LUGANDA_WOMEN_HELDOUT118)
    assert any(re.search(r"(gg|ss|nn)", w[1:]) for w in LUGANDA_MEN_HELDOUT118)
    assert "Dela Peña" in KAPAMPANGAN_FAMILY_HELDOUT118
    assert all(re.fullmatch(r"(\w+)-\1|\w+", n) for n in KAPAMPANGAN_NICK_HELDOUT118.values())
    assert sum(bool(re.fullmatch(r"(\w+)-\1", n)) for n in KAPAMPANGAN_NICK_HELDOUT118.values()) >= 4
    for origin, nicks in NICKS_HELDOUT118.items():
        men, women, lasts = NAMES_HELDOUT118[origin]
        assert set(nicks) <= set(men + women), origin
        assert not set(nicks.values()) & set(men + women + lasts), origin
        assert not _low(lasts) & _low(men + women), origin  # no family name doubles as a given name
    every = {n for o in NAMES_HELDOUT118.values() for n in o[0] + o[1] + o[2]}
    assert set(NAME_TYPOS_HELDOUT118) <= every
    assert all(
        k != v and _fold(k) != _fold(v) and len(v) in (len(k) - 1, len(k), len(k) + 1)
        for k, v in NAME_TYPOS_HELDOUT118.items()
    )
    for origin, (men, women, lasts) in NAMES_HELDOUT118.items():
        assert any(n in NAME_TYPOS_HELDOUT118 for n in men + women + lasts), origin
    for country in AROMANIAN_COUNTRIES_HELDOUT118:  # a typo for a family of every Aromanian country
        assert any(
            f["country"] == country and x in NAME_TYPOS_HELDOUT118
            for x, f in AROMANIAN_FAMILY_HELDOUT118.items()
        ), country
    # no word is shared between two peoples' lists, so a name's origin can be told
    for a in ORIGINS_HELDOUT118:
        for b in ORIGINS_HELDOUT118:
            if a < b:
                assert not WORDS[a] & WORDS[b], (a, b, WORDS[a] & WORDS[b])


def test_the_typo_leaves_forms_titles_and_honorifics_alone() -> None:
    rng = random.Random(118)
    for lead in SURNAME_FIRST_LEADS_HELDOUT118:
        assert _typo118(rng, f"{lead}: {{}}") == f"{lead}: {{}}"
    for _ in range(50):
        assert _typo118(rng, "Kuya {} is the electrician from Angeles, very reliable").startswith("Kuya {} ")
        assert _typo118(rng, "lala {} fixed the boiler in Metsovo himself").startswith("lala {} ")
        assert _typo118(rng, "{}-san will open the door for the electrician at 10").startswith("{}-san ")
        assert _typo118(rng, "Ssebo {} says the UMEME meter tripped again").startswith("Ssebo {} ")


def test_the_typo_slips_a_trade_word_or_a_shorthand() -> None:
    slipped = {
        _typo118(random.Random(i), "please tell the plumber the leak is fixed tomorrow {}") for i in range(80)
    }
    assert "please tell the plummer the leak is fixed tomorrow {}" in slipped
    assert "please tell the plumber the leek is fixed tomorrow {}" in slipped
    assert "pls tell the plumber the leak is fixed tomorrow {}" in slipped
    tagalog = {_typo118(random.Random(i), "ayusin mo talaga ngayon ang tubo ni {}") for i in range(40)}
    assert (
        "ayusin mo tlga ngayon ang tubo ni {}" in tagalog
        and "ayusin mo talaga ngaun ang tubo ni {}" in tagalog
    )
    assert _typo118(random.Random(1), "Electrician: {}") == "Electrician: {}"  # a form keeps its words


def test_negatives_name_no_listed_person() -> None:
    fulls = set()
    for men, women, lasts in NAMES_HELDOUT118.values():
        for first in men + women:
            for last in lasts:
                fulls |= {f"{first} {last}", f"{last} {first}", _fold(f"{first} {last}")}
    fulls |= {f"{_kanji(f)}{_kanji(g)}" for f in JP_FAMILY_HELDOUT118 for g in JP_MEN_HELDOUT118}
    for text in HELDOUT118_NEGATIVES:
        assert not phrase_in(text, fulls), text
        # nor a given or family name of the lists standing alone
        words = {_norm(w) for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", text)}
        names = {_norm(n) for o in NAMES_HELDOUT118.values() for group in o for n in group if " " not in n}
        assert not (words & names) - {"hagi"}, (text, words & names)
    # the titles, the kin words, the honorifics and the naming customs are explained there
    assert any("-san" in t and "-kun" in t and "-sama" in t for t in HELDOUT118_NEGATIVES)
    assert any("Huci" in t and "Ekasi" in t for t in HELDOUT118_NEGATIVES)
    assert any("lala" in t and "tata" in t and "mama" in t for t in HELDOUT118_NEGATIVES)
    assert any("Ssebo" in t and "Nnyabo" in t and "Jjajja" in t for t in HELDOUT118_NEGATIVES)
    assert any("Ssaalongo" in t and "Nnaalongo" in t for t in HELDOUT118_NEGATIVES)
    assert any("Apu" in t and "Atching" in t for t in HELDOUT118_NEGATIVES)
    assert any("Kuya" in t and "Ate" in t and "Tito" in t for t in HELDOUT118_NEGATIVES)
    # job, quote, invoice, licence and meter numbers, product models, error codes and default credentials
    assert (
        sum(
            bool(
                re.search(r"(?i)job number|quote Q|invoice|licence number|meter number|error|default|RUF-", t)
            )
            for t in HELDOUT118_NEGATIVES
        )
        >= 12
    )
    # prices in each people's currency, and dates that are no one's birthday
    for currency in ("万円", "ευρώ", "денари", "lekë", "lei", "shillings", "pesos"):
        assert any(currency in t for t in HELDOUT118_NEGATIVES), currency
    assert (
        sum(
            bool(re.search(r"\d{4}-\d\d-\d\d|\d\d/\d\d/\d{4}|\d\d\.\d\d\.\d{4}|, 20\d\d", t))
            for t in HELDOUT118_NEGATIVES
        )
        >= 4
    )
    assert 70 <= len(HELDOUT118_NEGATIVES) <= 95
    # the placeholders and test values are what manuals print
    assert iban_valid("GR1601101250000000012300695")
    assert any("GR16 0110 1250 0000 0001 2300 695" in t for t in HELDOUT118_NEGATIVES)


def test_a_value_after_a_name_mostly_comes_from_its_region() -> None:
    """In the sentences that give a name and then an address or a phone, the value is mostly of the name's
    region."""
    regions = {
        "ainu": r"〒|Hokkaido|Tokyo|^0[789]0-|^\+81|^011-|^01457|^0144-|^0154-|^03-",
        "aromanian": r"Metsovo|Μέτσοβο|Θεσσαλονίκη|Thessaloniki|Крушево|Kruševo|Битола|Bitola|Korçë|Constanța|"
        r"^69|^\+30|^2656|^2310|^07\d \d{3} \d{3}$|^\+389|^04[78] |^06[789]|^\+355|^082|^07\d\d |^\+40|^0241",
        "baganda": r"Kampala|Entebbe|Masaka|Mukono|^\+256|^07\d\d \d{3} \d{3}$|^0414|^0481",
        "kapampangan": r"Pampanga|Angeles|^09|^\+63|\(045\)|^045",
    }
    pairs = same = 0
    for seed in SEEDS[:4]:
        for e in build_heldout118(seed):
            kinds = sorted(e.spans)
            if (
                len(kinds) >= 2
                and kinds[0][2] == "PERSON"
                and kinds[-1][2] in ("STREET_ADDRESS", "PHONE_NUMBER")
            ):
                name = e.text[kinds[0][0] : kinds[0][1]]
                value = e.text[kinds[-1][0] : kinds[-1][1]]
                for origin, places in regions.items():
                    if _in(origin, name) and not any(_in(o, name) for o in regions if o != origin):
                        pairs += 1
                        same += bool(re.search(places, value, re.IGNORECASE))
    assert pairs >= 8 and same >= pairs // 2, (pairs, same)


def test_an_aromanian_s_values_come_from_his_country() -> None:
    gen = Gen118(21)
    shapes = {
        "gr": (r"Μέτσοβο|Metsovo|Θεσσαλονίκη|Thessaloniki", r"^(?:\+30 )?69|^2656|^2310", "GR"),
        "mk": (r"Крушево|Kruševo|Битола|Bitola", r"^07\d \d{3} \d{3}$|^\+389|^04[78] ", "MK"),
        "al": (r"Korçë", r"^06|^\+355|^082", "AL"),
        "ro": (r"Constanța", r"^07\d\d |^\+40|^0241", "RO"),
    }
    agree = Counter()
    for _ in range(200):
        country = gen.rng.choice(AROMANIAN_COUNTRIES_HELDOUT118)
        gen._origin_name("aromanian", None, country)
        gen.last_origin = "aromanian"
        place, phone, iban = shapes[country]
        agree["address"] += bool(re.search(place, gen.address()))
        agree["phone"] += bool(re.search(phone, gen.phone()))
        gen.last_origin = "aromanian"
        agree["iban"] += gen.iban().replace(" ", "").startswith(iban)
    assert all(n >= 130 for n in agree.values()), agree
    assert IBAN_BY_COUNTRY_HELDOUT118 == {"gr": "GR", "mk": "MK", "al": "AL", "ro": "RO"}


def test_ibans_and_cards_are_of_the_listed_kinds() -> None:
    countries = Counter()
    brands = Counter()
    for seed in SEEDS[:3]:
        for e in build_heldout118(seed):
            for s, t, k in e.spans:
                value = re.sub(r"[\s-]", "", e.text[s:t]).upper()
                if k == "IBAN_CODE":
                    assert value[:2] in IBAN_BANKS_HELDOUT118, value
                    assert iban_valid(value), value
                    banks, _ = IBAN_BANKS_HELDOUT118[value[:2]]
                    assert any(value[4:].startswith(b) for b in banks), value
                    countries[value[:2]] += 1
                if k == "CREDIT_CARD":  # Visa, Mastercard, Amex, JCB
                    m = re.match(r"4|5[1-5]|2[2-7]|3[47]|35(?:2[89]|[3-8]\d)", value)
                    assert m, value
                    brands[m[0][:2]] += 1
                    assert len(value) == (15 if value[:2] in ("34", "37") else 16), value
    assert set(countries) == set(IBAN_BANKS_HELDOUT118), countries
    # Japan, Uganda and the Philippines have no IBAN
    assert not set(countries) & {"JP", "UG", "PH"}
    assert {c for cs in IBAN_BY_ORIGIN_HELDOUT118.values() for c in cs} == set(IBAN_BANKS_HELDOUT118)
    assert brands["4"] and brands["35"] and (brands["34"] or brands["37"]), brands  # Visa, JCB, Amex
    lengths = {"GR": 27, "MK": 19, "AL": 28, "RO": 24, "GB": 22, "SE": 24, "AE": 23, "SA": 24}
    gen = Gen118(4)
    for code, length in lengths.items():
        value = _iban_of(gen.rng, code)
        assert len(value) == length and iban_valid(value), value


def _year(dob: str) -> int:
    """The year of a date of birth, an era's ('昭和63年' -> 1988) or a plain one."""
    era = re.search(r"(昭和|平成)(元|\d+)年", dob)
    if era:
        return (1 if era[2] == "元" else int(era[2])) + (1925 if era[1] == "昭和" else 1988)
    return int(re.search(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", dob)[0])


def test_dates_of_birth_meet_the_minimum_and_do_not_move_with_the_day() -> None:
    dobs = [(e.text[s:t], e.text) for e in EXAMPLES for s, t, k in e.spans if k == "DATE_OF_BIRTH"]
    assert len(dobs) >= 14
    for dob, text in dobs:
        assert len(re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", dob)) <= 1, (dob, text)
        assert 1945 <= _year(dob) <= 2012, (dob, text)
    assert [e.text for e in build_heldout118()] == [e.text for e in EXAMPLES]
    assert [e.text for e in build_heldout118(HELDOUT118_SEED + 5)] != [e.text for e in EXAMPLES]
    for i in range(20):
        shapes = Gen118(i)._dob_shapes()
        day, month, year = shapes["gr"].split("/")
        assert shapes["dot"] == f"{day}.{month}.{year}" and shapes["iso"] == f"{year}-{month}-{day}"
        assert shapes["ph"] == f"{month}/{day}/{year}" and shapes["ug"] == shapes["gr"]
        assert (
            shapes["jp"] == f"{year}年{int(month)}月{int(day)}日"
            and shapes["jp_slash"] == f"{year}/{month}/{day}"
        )
        assert shapes["jp_era"] == _wareki(int(year), int(month), int(day))
        assert shapes["gr_words"] == f"{int(day)} {GREEK_MONTHS_HELDOUT118[int(month) - 1]} {year}"
        assert shapes["lg_words"] == f"{int(day)} {LUGANDA_MONTHS_HELDOUT118[int(month) - 1]} {year}"
        assert re.fullmatch(r"\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ \d{4}", shapes["ug_words"]), shapes["ug_words"]
    # a child's date of birth in the sentences about children, an old homeowner's in the senior ones
    gen = Gen118(4)
    for _ in range(200):
        template, value = gen.dob_sample()
        year = _year(value)
        if re.search(r"(?i)\bson\b|customers\.csv|息子", template):
            assert 2008 <= year <= 2012, (template, value)
        if re.search(r"母は|senior|my mother", template):
            assert 1945 <= year <= 1958, (template, value)


def test_dates_of_birth_come_in_each_people_s_shapes() -> None:
    dobs = [
        e.text[s:t]
        for seed in SEEDS
        for e in build_heldout118(seed)
        for s, t, k in e.spans
        if k == "DATE_OF_BIRTH"
    ]
    low = [d.casefold() for d in dobs]

    def words(months: list[str]) -> str:
        return "|".join(m.casefold() for m in months)

    assert any(re.fullmatch(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日", d) for d in dobs)  # Japanese
    assert any(re.fullmatch(r"(?:昭和|平成)(?:元|\d{1,2})年\d{1,2}月\d{1,2}日", d) for d in dobs)  # the era's
    assert any(re.fullmatch(r"\d{4}/\d\d/\d\d", d) for d in dobs)  # Japan's slashes
    assert any(
        re.fullmatch(r"\d\d/\d\d/(?:19|20)\d\d", d) for d in dobs
    )  # Greece's, Uganda's, the Philippines'
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4}", d) for d in dobs)  # North Macedonia's, Albania's, Romania's
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dobs)  # a paste's
    assert any(re.fullmatch(rf"\d{{1,2}} (?:{words(GREEK_MONTHS_HELDOUT118)}) \d{{4}}", d) for d in low)
    assert any(re.fullmatch(rf"\d{{1,2}} (?:{words(MACEDONIAN_MONTHS_HELDOUT118)}) \d{{4}}", d) for d in low)
    assert any(re.fullmatch(rf"\d{{1,2}} (?:{words(ALBANIAN_MONTHS_HELDOUT118)}) \d{{4}}", d) for d in low)
    assert any(re.fullmatch(rf"\d{{1,2}} (?:{words(ROMANIAN_MONTHS_HELDOUT118)}) \d{{4}}", d) for d in low)
    assert any(re.fullmatch(rf"\d{{1,2}} (?:{words(LUGANDA_MONTHS_HELDOUT118)}) \d{{4}}", d) for d in low)
    assert any(
        re.fullmatch(rf"\d{{1,2}}(?:st|nd|rd|th) (?:{words(EN_MONTHS_HELDOUT118)}) \d{{4}}", d) for d in low
    )
    assert any(re.fullmatch(rf"(?:{words(EN_MONTHS_HELDOUT118)}) \d{{1,2}}, \d{{4}}", d) for d in low)
    assert any(re.fullmatch(rf"(?:{words(TAGALOG_MONTHS_HELDOUT118)}) \d{{1,2}}, \d{{4}}", d) for d in low)


def test_secrets_come_with_the_set_s_cues_and_pastes() -> None:
    gen = Gen118(11)
    templates = {gen.secret(c)[0] for c in (True, False, None) * 300}
    for cue in ("誰にも教えないで", "μην το πεις σε κανέναν", "не кажувај никому", "mos ia thuaj askujt",
                "nu o spune nimănui", "s-nu u dzãț a vãrnu", "tobuulira muntu yenna", "e mu sasabyan ninuman",
                "wag mong sabihin kahit kanino"):  # fmt: skip
        assert any(cue in t for t in templates), cue
    for paste in ("SWITCHBOT_TOKEN=", "HA_TOKEN=", "TWILIO_AUTH_TOKEN=", "PAYMONGO_SECRET_KEY=", "SENDGRID_API_KEY=",
                  "GITHUB_TOKEN=", "AWS_SECRET_ACCESS_KEY=", "LINE_CHANNEL_SECRET=", "WIFI:T:WPA;", "mysqldump",
                  "curl -u"):  # fmt: skip
        assert any(paste in t for t in templates), paste
    for _ in range(300):
        template, value = gen.secret(False)
        if template.startswith("PAYMONGO"):
            assert re.fullmatch(r"sk_live_[A-Za-z0-9]{24}", value), value
        if template.startswith(("TWILIO", "LINE_")):
            assert re.fullmatch(r"[0-9a-f]{32}", value), value
        if template.startswith("SWITCHBOT"):
            assert re.fullmatch(r"[0-9a-f]{96}", value), value
        if template.startswith("HA_TOKEN"):
            assert re.fullmatch(r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{43}", value), value
        if template.startswith("SENDGRID"):
            assert re.fullmatch(r"SG\.[\w-]{22}\.[\w-]{43}", value), value
        if template.startswith("GITHUB"):
            assert re.fullmatch(r"ghp_[A-Za-z0-9]{36}", value), value
        if template.startswith("AWS"):
            assert re.fullmatch(r"[A-Za-z0-9/+]{40}", value), value
        if template.startswith(("WIFI:", "mysqldump", "curl")):
            assert not re.search(r"[;:'\s@]", value), value
    # every secret in the build comes after a cue or a key the sentence names, in one of its languages
    cue = re.compile(
        r"(?i)password|\bpin\b|mpin|code|login|key|token|secret|暗証番号|パスワード|κωδικός|лозинка|fjalëkalim|"
        r"parola|\bpass|-p$|dispatch:$|P:$"
    )
    for seed in SEEDS[:3]:
        for e in build_heldout118(seed):
            for s, _, k in e.spans:
                if k == "SECRET":
                    assert cue.search(e.text[:s]), e.text


def test_usernames_and_e_mails_come_from_the_lists() -> None:
    names = [n for o in NAMES_HELDOUT118.values() for group in o for n in group]
    words = {_plain(w) for n in names for w in n.split()}
    for seed in SEEDS[:2]:
        for e in build_heldout118(seed):
            for s, t, k in e.spans:
                if k in ("USERNAME", "EMAIL_ADDRESS"):
                    value = e.text[s:t].lower().split("@")[0]
                    assert value.isascii() and any(w in value for w in words if len(w) >= 3), e.text


def test_phones_are_of_the_regions_formats() -> None:
    shape = re.compile(
        r"0[789]0-\d{4}-\d{4}|\+81 [789]0-\d{4}-\d{4}|011-\d{3}-\d{4}|01457-\d-\d{4}|0144-8\d-\d{4}|0154-\d\d-\d{4}|"
        r"03-\d{4}-\d{4}|(?:\+30 )?69\d \d{3} \d{4}|26560 4\d{4}|2310 \d{6}|(?:\+389 |0)7\d \d{3} \d{3}|"
        r"04[78] \d{3} \d{3}|(?:\+355 |0)6\d \d{3} \d{4}|082 \d{3} \d{3}|07\d\d \d{3} \d{3}|\+40 7\d\d \d{3} \d{3}|"
        r"0241 \d{3} \d{3}|\+256 7\d\d (?:\d{6}|\d{3} \d{3})|04(?:14|81) \d{3} \d{3}|09\d\d[ -]\d{3}[ -]\d{4}|"
        r"\+63 9\d\d \d{3} \d{4}|\(045\) \d{3} \d{4}|045-331-\d{4}"
    )
    for seed in SEEDS[:3]:
        for e in build_heldout118(seed):
            for s, t, k in e.spans:
                if k == "PHONE_NUMBER":
                    assert shape.fullmatch(e.text[s:t]), e.text
