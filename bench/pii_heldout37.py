"""Held-out PII set 37 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout37": written before round 29 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT37 is empty, as for
held-out 16 to 36; written at the same time as held-out 38, the two authors split the world between them: 37
takes online life and the internet's own communities (open-source projects and their issue trackers, mailing
lists, forums and wikis, game servers and modding, streaming and podcasting, dating and friend-finding apps,
marketplaces and second-hand selling, crypto and fintech apps, remote work and co-working), 38 takes the state
and the law (courts, police, immigration, tax offices, notaries and land registries, elections, prisons, social
services)); hand-written lists of Pontic Greeks of Thessaloniki and Katerini (family names in -idis, a woman's
in the genitive -idou: 'Savvas Kesidis', 'Eftychia Tsolakidou') and of Tsalka and Krasnodar (Russian given
names, the family name in its Russian spelling -idi for both: 'Ivan Savvidi', 'Irina Kesidi'), Romaniote Jews
of Ioannina and the Lower East Side (a woman's family name in the Greek feminine form in Greece: 'Moisis
Koffinas', 'Rachel Matsa', 'Allegra Negrin'), Volga Germans of Ellis County, Kansas (German family names,
American Catholic given names: 'Cletus Dreiling', 'Rosina Pfannenstiel') and of Entre Ríos (Spanish given
names, German family names in Argentine spelling: 'Mirta Schvindt', 'Osvaldo Hergenreder'), Marwari of
Kolkata's Burrabazar and Mumbai's Kalbadevi (traders' family names, 'Devi' after an older woman's given name,
two-word given names: 'Shyam Sundar Jhunjhunwala', 'Kusum Devi Goenka'), Zainichi Koreans of Osaka's Ikuno and
Kawasaki (the Korean name family first in the romanisation of the Chongryon schools, 'Ri Chun-hui', 'Ryang
Song-il', or the Japanese tsūmei, 'Eiji Kaneda', 'KANEYAMA Masako' as a Japanese form writes it), Kankanaey
and Ibaloi of Benguet and Baguio (Filipino given names with their doubled and added letters and the mother's
maiden initial in the middle: 'Jerick B. Dalisdis', 'Mhelanie Bugnosen') and Peranakan (Baba-Nyonya) of Penang
and Malacca (an English given name before the Hokkien family name and two-syllable given name, women's often
ending in -Neo: 'Irene Lim Swee Neo', 'Peter Wee Kim Chuan'); 'Manong X' and 'Manang X' of Baguio and 'Baba X'
and 'Nyonya X' of the Straits with the title outside the span, and patch-trailer ('Tested-by:', 'Acked-by:',
'Signed-off-by:'), forum ('Moderator:'), stream ('Streamer:', 'Co-host:'), modding ('Mod author:'), game server
('Server owner:', 'Raid leader:'), marketplace ('Listing by:', 'Seller:') and co-working ('Desk booked by:')
fields; over three quarters of the sentences typed to the bot or a friend: pull requests, code review, issue
trackers, release nights, mailing lists and their moderation queues, forums and wikis, game servers, mod
packs and raids, streams, podcasts and Patreon, dating and friend-finding apps, second-hand selling and
marketplaces, crypto wallets, exchanges and KYC, fintech cards, remote contracts, hot desks and co-working
spaces; self-hosted apps' config no earlier set pasted: Forgejo app.ini, Mailman 3 mailman.cfg and
mailman-web settings, Flarum config.php, NodeBB config.json, DokuWiki users.auth.php, Hubzilla .htconfig.php,
bitcoin.conf (rpcpassword and rpcauth), lnd.conf, Electrum, BTCPay Server, MediaMTX mediamtx.yml, datarhei
Restreamer, Crater .env, Palworld PalWorldSettings.ini, Project Zomboid servertest.ini and V Rising
ServerHostSettings.json; those regions' addresses (Thessaloniki, Kalamaria, Katerini and Ioannina with the
'546 30' postcode, some in Greek letters, Tsalka villages in Kvemo Kartli, Krasnodar, the Lower East Side's
Broome Street, Hays, Victoria and Munjor in Ellis County, Entre Ríos 'aldeas' and Paraná with the Argentine
CPA 'E3100...', Burrabazar and Camac Street with Kolkata's 7000xx PIN, Kalbadevi, Ikuno-ku and Kawasaki-ku in
the romanised 'chōme-banchi-gō' order and in Japanese with the 〒 mark, Baguio barangays and puroks, La
Trinidad and Buguias, Penang's Lebuh Armenian and Malacca's Jalan Tun Tan Cheng Lock) and phones (Greek mobiles
and Thessaloniki 2310 and Ioannina 26510 landlines, Georgian mobiles, Krasnodar 861, New York 212, Hays 785,
Paraná 0343 with the Argentine '15' mobile prefix and +54 9, Kolkata 033 and Indian mobiles, Osaka 06,
Kawasaki 044 and Japanese 090/080 mobiles, Baguio (074) and Philippine 09xx mobiles, Penang 04, Malacca 06 and
Malaysian 01x mobiles); Visa, Mastercard 51-55 and 2221-2720, Amex 34 and 37, JCB 3528-3589 (the Zainichi and
Japanese cards), RuPay 60 and 65, Discover 6011 and UnionPay 62, some with dots between groups as a fintech
app's copy button gives them, others with no space; IBANs of Greece, Germany, Lithuania (a fintech's IBAN),
Belgium, Malta, Luxembourg, France, the Netherlands, Ireland and Estonia (every IBAN country was used by an
earlier set; these fit the fintech apps, exchanges and remote contracts); IPs in Minecraft, Palworld and
Project Zomboid server, Bitcoin and Lightning node, OBS websocket, restream box, CI runner, package mirror, Tor
relay, IRC bouncer, mailing-list host, co-working printer, meeting-room display and seller's NAS chat and in
the pastes above, v6 in 2a01, 2400, 2403, 2800 and 2001:67c ranges; passwords handed over in ways no earlier set
used (pinned in the Discord server's mod channel, flashed on the stream overlay, asked for by a marketplace
buyer, in the co-working welcome e-mail, on a hot desk's monitor, pasted into a GitHub issue, left in a wiki's
edit history, in a game server's MOTD, in the podcast's show notes, read out on a live stream), speedrun
categories ('any%_14m32s'), Minecraft coordinates ('x-128z442!'), IRC channels ('##kaizen-dev!'), package
pins ('left-pad@v1.3.0'), emoji shortcodes (':rocket:launch24'), crypto tickers ('HODL$ETH2021'), Pontic words
('Trapezounta#1461', 'Kemenche_12'), Marwari words ('Shubh-Labh#108'), Zainichi Osaka ('Tsuruhashi#Ikuno'),
Benguet festivals ('Panagbenga2024'), Peranakan dishes ('Ayam-Buah-Keluak!'), Volga German fairs ('Kerb#1876'),
Romaniote words ('Kehila@Janina'), leetspeak of the forge's words ('r3b4s3!', 'm3rg3d_'), words joined by
slashes ('moon/fork/pizza/2024'), BIP39 seed phrases, Nostr nsec1 keys, Electrum zprv keys, lnd macaroons,
bitcoind rpcauth salts and hashes, Modrinth mrp_ tokens, Nexus Mods, Patreon, Twitch client secrets and
live_ stream keys, YouTube stream keys, Discord bot tokens, Steam game server login tokens, Hex and crates.io
tokens, Meta EAAG page tokens, Kite, LINE and Kakao secrets and BTCPay Greenfield keys, and cues in Greek ('ο
κωδικός'), Korean ('비밀번호'), Japanese ('パスワード'), Hinglish ('bhai ... hai'), Rioplatense Spanish ('la clave
..., ¿viste?') and Ilocano ('ti password ... ket'); usernames on Nexus Mods, ModDB, CurseForge, Modrinth,
Thunderstore, the Steam Workshop, Launchpad, Bugzilla, Gerrit, Hacker News, Lobsters, Stack Overflow,
Wikipedia, Patreon, Mercari, Facebook Marketplace, Craigslist, Shopee, Kleinanzeigen, Leboncoin, Tinder,
Bumble, OkCupid, Revolut (a revtag), Fiverr, Nomad List, Mobile Legends, Karrot and Chrono24, shapes like
'x_merges', 'y-lgtm', 'modder.x', 'x7.tv', 'sells.y', 'y_hodl', 'x.remote.24', 'y.mains.tank', 'nightly.y',
'x_swipes', 'y.ships.it' and 'rebase_x'; e-mail addresses with plus tags and GitHub's noreply form; dates of
birth in the Japanese era ('昭和62年3月14日'), Greek ('14/03/1987', '14 Μαρτίου 1987'), Rioplatense Spanish
('nacida el 14/3/1987'), Korean dotted ('1987. 3. 14'), Kansas and Filipino English ('3/14/1987', 'March 14,
1987'), an Indian KYC form's 'as per PAN', JavaScript's zero-based new Date(), Go's time.Date(), Ruby's Date.new
and a PostgreSQL DATE literal, on exchange KYC, dating app, co-working and marketplace papers; typos as a Greek
keyboard layout left on for one word ('the' -> 'τηε') or a Japanese IME's ideographic space (U+3000) for one
space; negatives with the same regions' places, the -idis and -idou, Greek feminine, Argentine spelling,
'Devi', Chongryon romanisation, tsūmei, middle-initial, -Neo and Manong conventions explained, forge, list,
forum, wiki, game server, stream, podcast, dating, marketplace, crypto, fintech and co-working talk, a release
date, a launch date and a listing date that are not birthdays, issue, PR, order, episode, block, build, seed
and desk numbers, a version, a commit, Forgejo, Mailman, bitcoind and MediaMTX boilerplate, placeholder
secrets, a masked token, a test card, an example IBAN, a placeholder e-mail, documentation IPs (v4 and v6),
emergency numbers, and short everyday chat).

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import random
import re
import string

from bench.pii import (
    Example,
    Gen3,
    _ascii_name,
    _chat_like,
    _iban,
    _luhn_number,
    _pick_chat_or_not,
    assemble_module_set,
)

HELDOUT37_SEED = 582917
# no faker name locale, as in held-out 16 to 36: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT37: list[str] = []
# online life and the internet's own communities (held-out 38, written at the same time, takes the state and
# the law); each origin: (men's given names, women's given names, family names)
NAMES_HELDOUT37: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Pontic Greeks of Thessaloniki, Kalamaria and Katerini: family names in -idis (a woman's in -idou)
    "pontic_gr": ("Savvas Prodromos Lazaros Charalampos Kyriakos Anestis Sotiris Theofilos Konstantinos Pavlos".split(),
                  "Paraskevi Eftychia Kyriaki Sofia Despina Chrysoula Eleni Vasiliki".split(),
                  "Kesidis Tsolakidis Kalaitzidis Sapountzidis Terzidis Simeonidis Toptsidis Melikidis Kouroumlidis Tsakiridis Lazaridis Amanatidis Savvidis".split()),
    # Pontic Greeks of Tsalka (Georgia) and Krasnodar: Russian given names, the Russian spelling -idi for both
    "pontic_ru": ("Ivan Nikolai Fyodor Dmitri Georgi Anatoli Yuri".split(),
                  "Anastasia Yelena Irina Svetlana Tamara Lyudmila".split(),
                  "Savvidi Kesidi Terzidi Kalaitzidi Simeonidi Yordanidi Prodromidi Chalkidi".split()),
    # Romaniote Jews of Ioannina and New York's Lower East Side (Kehila Kedosha Janina)
    "romaniote": ("Moisis Elias Sabetai Isaak Yosef Avraam Matathias Solomon".split(),
                  "Rachel Esther Allegra Stella Zanet Ida Rena Sara".split(),
                  "Matsas Koffinas Kabilis Negrin Eliasof Batis Yohanas Mordos Levis Attas Besso Colchamiro".split()),
    # Volga Germans of Ellis County, Kansas (Victoria, Munjor, Hays)
    "volga_ks": ("Cletus Leroy Alphonse Norbert Lavern Virgil Raymond Eugene".split(),
                 "Marcella Rosina Agatha Delphine Bernadine Leona".split(),
                 "Dreiling Pfannenstiel Brungardt Basgall Befort Wasinger Leiker Windholz Staab Karlin Schmidtberger Dinkel Weigel Schoenthaler".split()),
    # Volga Germans of Entre Ríos: Spanish given names, German family names in Argentine spelling
    "volga_ar": ("Rubén Hugo Germán Osvaldo Darío Walter Néstor".split(),
                 "Norma Mirta Silvina Nélida Graciela Marisa".split(),
                 "Schvindt Weimer Kloster Hergenreder Ruppel Unrein Ziegler Gottig Schaab Kessler Sauer Stieben".split()),
    # Marwari of Kolkata's Burrabazar and Mumbai's Kalbadevi (traders, now fintech founders)
    "marwari": (["Shyam Sundar", "Radheshyam", "Sajjan", "Pawan", "Vinod", "Ghanshyam", "Banwarilal", "Mahavir",
                 "Ankit", "Nikhil", "Harsh"],
                ["Kusum", "Sarla", "Manju", "Sushila", "Pushpa", "Shweta", "Ritika", "Nidhi"],
                "Jhunjhunwala Goenka Khaitan Singhania Chokhani Rungta Bagri Daga Mundhra Kanoria Bajoria Dalmia Saraf Bhartia".split()),
    # Zainichi Koreans of Osaka's Ikuno and Kawasaki: the Korean name, family first, in the Chongryon schools'
    # romanisation (the Japanese tsūmei in ZAINICHI_TSUMEI_HELDOUT37)
    "zainichi": ("Yong-su Chol-min Song-il Tae-hyon Yong-ho Chang-su Myong-gil".split(),
                 "Chun-hui Sun-ja Myong-hui Ok-sun Mi-ja Kyong-ae Yong-mi".split(),
                 "Kim Ri Pak Kang Jong Ko Ryang Sin Yang Hyon Han Cho".split()),
    # Kankanaey and Ibaloi of Benguet and Baguio
    "benguet": ("Jerick Jhun Marlon Arnel Rhodel Jayson Benjie Jhay-ar".split(),
                "Mhelanie Gerlie Jonalyn Rhodora Jenalyn Marites Kristel Lhea".split(),
                "Dalisdis Bugnosen Lumbaya Pacio Dumalo Ogas Sagpaey Bagtang Padcayan Gayao Docyogen Tuguinay Fianza Camdas Kidit Pinkihan".split()),
    # Peranakan (Baba-Nyonya) of Penang and Malacca: an English given name, the Hokkien family name, then two
    # Hokkien syllables (PERANAKAN_HOKKIEN_HELDOUT37)
    "peranakan": ("Peter Alvin Bernard Gilbert Raymond Dennis Jeffrey".split(),
                  "Irene Lily Doreen Cynthia Jessie Agnes Pearlyn".split(),
                  "Wee Khoo Yeap Cheah Seet Gan Kee Chee Yeo Chan Lim".split()),
}  # fmt: skip
ZAINICHI_TSUMEI_HELDOUT37 = (
    "Eiji Hiroshi Kazuo Kenji Takeshi Masao".split(),
    "Masako Yumi Tomoko Sachiko Ayumi Keiko".split(),
    "Kaneda Kaneyama Arai Kunimoto Iwamoto Kanemoto Takayama Kanai".split(),
)
PERANAKAN_HOKKIEN_HELDOUT37 = (
    ["Kim Chuan", "Boon Leong", "Chwee Seng", "Eng Hock", "Swee Kee", "Teck Guan"],
    ["Swee Neo", "Geok Neo", "Bee Neo", "Kim Neo", "Poh Neo", "Chye Neo"],
)
MARWARI_DEVI_HELDOUT37 = {"Kusum", "Sarla", "Manju", "Sushila", "Pushpa"}
# a title before the name (outside the span): Ilocano 'Manong' and 'Manang' in Baguio, 'Baba' and 'Nyonya'
# among the Peranakan
TITLED_HELDOUT37 = {"manong": ("benguet", 0), "manang": ("benguet", 1), "baba": ("peranakan", 0),
                    "nyonya": ("peranakan", 1)}  # fmt: skip
TITLE_SLOT_HELDOUT37 = re.compile(r"\b(manong|manang|baba|nyonya) \{\}", re.IGNORECASE)
# every IBAN country was used by an earlier set: these fit the fintech apps, exchanges and remote contracts
IBAN_SHAPES_HELDOUT37 = {
    "GR": "7n16c", "DE": "18n", "LT": "16n", "BE": "12n", "MT": "4a5n18c", "LU": "3n13c", "FR": "10n11c2n",
    "NL": "4a10n", "IE": "4a14n", "EE": "16n",
}  # fmt: skip
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT37 = ["forge", "patches", "modding", "stream", "podcast", "wiki", "listmod", "raid", "seller",
                      "swipes", "wallet", "kyc", "remote", "cowork", "nightly", "server"]  # fmt: skip
# slips outside the slots: a Greek keyboard layout left on for one word ('the' -> 'τηε'), or a Japanese IME's
# ideographic space (U+3000) typed for one space
GREEK_LAYOUT_HELDOUT37 = str.maketrans("qwertyuiopasdfghjklzxcvbnm", ";ςερτυθιοπασδφγηξκλζχψωβνμ")
TYPO_WORD_HELDOUT37 = re.compile(r"(?<![{\w'])[a-z]{3,}(?![\w}'])")
TYPO_SPACE_HELDOUT37 = re.compile(r"(?<=[a-z]) (?=[a-z])")
GREEK_MONTHS_HELDOUT37 = ("Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
                          "Οκτωβρίου Νοεμβρίου Δεκεμβρίου").split()  # fmt: skip
EN_MONTHS_HELDOUT37 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip
# BIP39 words for seed phrases (a few of the 2048)
BIP39_HELDOUT37 = ("orbit velvet cactus harbor jelly monkey ribbon swamp tiger unfold wagon yellow lizard "
                   "gravity dose furnace hollow kitten meadow ocean pistol quantum rescue saddle timber "
                   "useful vivid walnut zebra anchor bronze citizen").split()  # fmt: skip
BECH32_HELDOUT37 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BASE58_HELDOUT37 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Jhay-ar' -> 'jhayar',
    'Rubén' -> 'ruben')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _japanese_era(year: int, month: int, day: int) -> str:
    """A date in the Japanese era calendar ('昭和62年3月14日'); Heisei from 8 January 1989."""
    if (year, month, day) >= (1989, 1, 8):
        era, n = "平成", year - 1988
    else:
        era, n = "昭和", year - 1925
    return f"{era}{'元' if n == 1 else n}年{month}月{day}日"


class Gen37(Gen3):
    """Generators for held-out set 37: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, woman) from NAMES_HELDOUT37 with each origin's own rules."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT37))
        woman = rng.random() < 0.5 if woman is None else woman
        men, women, lasts = NAMES_HELDOUT37[origin]
        given, last = rng.choice(women if woman else men), rng.choice(lasts)
        if woman and origin == "pontic_gr":  # the genitive feminine: Kesidis -> Kesidou
            last = last[:-2] + "ou"
        elif woman and origin == "romaniote" and rng.random() < 0.6:  # Greek feminine forms in Greece
            last = re.sub(r"as$", "a", re.sub(r"is$", "i", re.sub(r"os$", "ou", last)))
        return origin, given, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.6:
            name = f"{first} {last}"
            if origin == "zainichi":
                if rng.random() < 0.6:  # the Korean name, family first
                    name = f"{last} {first}"
                else:  # the Japanese tsūmei, sometimes as a Japanese form writes it
                    t_men, t_women, t_lasts = ZAINICHI_TSUMEI_HELDOUT37
                    t_first, t_last = rng.choice(t_women if woman else t_men), rng.choice(t_lasts)
                    name = f"{t_last.upper()} {t_first}" if rng.random() < 0.35 else f"{t_first} {t_last}"
            elif origin == "peranakan":
                hokkien = rng.choice(PERANAKAN_HOKKIEN_HELDOUT37[1 if woman else 0])
                name = f"{first} {last} {hokkien}" if rng.random() < 0.6 else f"{last} {hokkien}"
            elif origin == "marwari" and first in MARWARI_DEVI_HELDOUT37 and rng.random() < 0.6:
                name = f"{first} Devi {last}"
            elif origin == "benguet" and rng.random() < 0.5:  # the mother's maiden initial
                name = f"{first} {rng.choice('ABCDGLMPT')}. {last}"
        elif r < 0.75:  # the given name alone, as friends, teammates and matches call each other
            name = first
        elif r < 0.85:
            name = last
        else:  # the given name's initial and the family name, as a commit log or a listing gives it
            name = f"{first[0]}. {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.09:
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Manong X', 'Nyonya X'), from the origin that uses it."""
        rng = self.rng
        origin, woman = TITLED_HELDOUT37[title.lower()]
        _, first, last, _ = self._origin_name(origin, bool(woman))
        r = rng.random()
        if r < 0.55:
            return first
        if r < 0.8:
            return f"{first} {last}"
        return last

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one where a title stands before it."""
        m = TITLE_SLOT_HELDOUT37.search(template)
        return self.titled_person(m.group(1)) if m else self.person()

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"{pick(['Egnatia', 'Tsimiski', 'Agias Sofias'])} {n}, 546 {pick(['22', '23', '30', '31'])} Thessaloniki",
            f"{pick(['Εγνατία', 'Τσιμισκή', 'Ολύμπου'])} {rng.randint(1, 160)}, 546 {pick(['22', '30', '35'])} Θεσσαλονίκη",
            f"{pick(['Komninon', 'Trapezountos', 'Sinopis'])} {rng.randint(1, 90)}, 551 {pick(['31', '32', '33'])} Kalamaria",
            f"{pick(['25is Martiou', 'Vasileos Georgiou'])} {rng.randint(1, 80)}, 601 00 Katerini",
            f"{pick(['Ioustinianou', 'Averof', 'Kastro Ioanninon'])} {rng.randint(1, 60)}, 454 {pick(['44', '45'])} Ioannina",
            f"village {pick(['Avranlo', 'Iraga', 'Tsintskaro'])}, Tsalka Municipality, Kvemo Kartli",
            f"ul. {pick(['Krasnaya', 'Severnaya', 'Stavropolskaya'])}, d. {rng.randint(1, 220)}, kv. {rng.randint(1, 140)}, Krasnodar 3500{rng.randint(10, 99)}",
            f"{rng.randint(200, 290)} Broome St, Apt {rng.randint(1, 6)}{pick('ABCD')}, New York, NY 10002",
            f"{rng.randint(100, 3999)} {pick(['Vine St', 'Main St', 'Ash St', 'Canterbury Dr'])}, Hays, KS 67601",
            f"{rng.randint(100, 2999)} {pick(['Cathedral Ave', 'Delaware St', '10th St'])}, Victoria, KS 67671",
            f"{rng.randint(1000, 2999)} {pick(['Munjor Rd', 'Catherine Rd', 'Pfeifer Ave'])}, Munjor, KS 67601",
            f"Calle {pick(['San Miguel', '25 de Mayo', 'Belgrano'])} {n}, Aldea {pick(['Spatzenkutter', 'Protestante', 'Valle María', 'Salto'])}, Entre Ríos",
            f"Av. {pick(['Ramírez', 'Almafuerte', 'Zanni'])} {rng.randint(100, 3999)}, E3100{''.join(rng.choice(string.ascii_uppercase) for _ in range(3))} Paraná, Entre Ríos",
            f"{n}, {pick(['Kalakar Street', 'Cotton Street', 'Armenian Street'])}, {pick(['2nd', '3rd', '4th'])} Floor, Kolkata 700007",
            f"Flat {rng.randint(1, 12)}{pick('ABCD')}, {rng.randint(1, 30)} Camac Street, Kolkata 700016",
            f"Room {rng.randint(1, 40)}, {rng.randint(1, 200)} Kalbadevi Road, Mumbai 400002",
            f"{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 30)} {pick(['Momodani', 'Tsuruhashi', 'Nakagawa'])}, Ikuno-ku, Osaka 544-00{rng.randint(10, 35)}",
            f"〒544-00{rng.randint(10, 35)} 大阪府大阪市生野区{pick(['桃谷', '鶴橋', '中川'])}{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 30)}",
            f"{rng.randint(1, 3)}-{rng.randint(1, 20)}-{rng.randint(1, 30)} Sakuramoto, Kawasaki-ku, Kawasaki, Kanagawa 210-0833",
            f"{n} Purok {rng.randint(1, 7)}, Brgy. {pick(['Pinsao Proper', 'Irisan', 'Quezon Hill', 'Lucnab'])}, Baguio City 2600",
            f"Km {rng.randint(4, 6)}, {pick(['Betag', 'Pico', 'Balili'])}, La Trinidad, Benguet 2601",
            f"Sitio {pick(['Natubleng', 'Sebang', 'Abatan'])}, Brgy. {pick(['Poblacion', 'Loo', 'Abatan'])}, Buguias, Benguet 2607",
            f"{rng.randint(1, 120)}, Lebuh {pick(['Armenian', 'Cannon', 'Carnarvon'])}, 10200 George Town, Pulau Pinang",
            f"No. {rng.randint(1, 160)}, Jalan Tun Tan Cheng Lock, 75200 Melaka",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT37)
        if rng.random() < 0.15:  # GitHub's noreply form, the only address a commit shows
            handle = rng.choice([f"{first}-{last}", f"{last}{rng.randint(1, 99)}", f"{first}{subject}"])
            return f"{rng.randint(100000, 99999999)}+{handle}@users.noreply.github.com"
        user = rng.choice([f"{first}.{last}", f"{first}+{subject}", f"{last}.{first}+{subject}",
                           f"{subject}.{last}", f"{first}_{last}{rng.randint(1, 99)}", f"{last}{first[:1]}",
                           f"{first}{rng.randint(1960, 2006)}", f"{last}-{subject}"])  # fmt: skip
        domain = rng.choice(["otenet.gr", "auth.gr", "uoi.gr", "nex-tech.com", "fibertel.com.ar", "uner.edu.ar",
                             "vsnl.net", "yahoo.co.jp", "docomo.ne.jp", "slu.edu.ph", "yahoo.com.ph", "tm.net.my",
                             "fastmail.com", "proton.me", "tutanota.com", "posteo.de", "disroot.org", "riseup.net",
                             "gmail.com", "hey.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+30 69{d(1)} {d(3)} {d(4)}",  # Greek mobile
            f"2310 {d(6)}",  # Thessaloniki, domestic
            f"26510 {d(5)}",  # Ioannina, domestic
            f"+995 5{d(2)} {d(2)} {d(2)} {d(2)}",  # Georgian mobile (Tsalka)
            f"+7 (861) {d(3)}-{d(2)}-{d(2)}",  # Krasnodar
            f"(212) {d(3)}-{d(4)}",  # New York
            f"(785) 6{d(2)}-{d(4)}",  # Hays, Kansas
            f"0343 15-{d(3)}-{d(4)}",  # Paraná mobile, domestic with the '15'
            f"+54 9 343 {d(3)}-{d(4)}",  # Paraná mobile, international
            f"033 22{d(2)} {d(4)}",  # Kolkata
            f"+91 98{d(3)} {d(5)}",  # Indian mobile
            f"06-67{d(2)}-{d(4)}",  # Osaka (Ikuno)
            f"044-{d(3)}-{d(4)}",  # Kawasaki
            f"0{rng.choice('89')}0-{d(4)}-{d(4)}",  # Japanese mobile
            f"(074) 44{d(1)} {d(4)}",  # Baguio
            f"09{d(2)} {d(3)} {d(4)}",  # Philippine mobile, domestic
            f"+60 4-{d(3)} {d(4)}",  # Penang
            f"06-2{d(2)} {d(4)}",  # Malacca, domestic
            f"01{rng.choice('2679')}-{d(3)} {d(4)}",  # Malaysian mobile, domestic
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("52", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15),
                                     ("37", 15), (str(rng.randint(3528, 3589)), 16), ("60", 16), ("65", 16),
                                     ("6011", 16), ("62", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        groups = (
            [num[:4], num[4:10], num[10:]] if length == 15 else [num[i : i + 4] for i in range(0, length, 4)]
        )
        r = rng.random()
        if r < 0.5:
            return " ".join(groups)
        if r < 0.68:  # dots between groups, as a fintech app's copy button gives them
            return ".".join(groups)
        if r < 0.8:
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT37))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT37[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): game server, node, stream, forge, list and co-working chat, this set's
        pastes; v4 and v6. `chat`: a sentence typed to the bot or a friend if True, a paste if False, either
        if None."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a01:{h()}:{h()}::{h()}", f"2400:{h()}:{h()}:{h()}::{h()}", f"2403:{h()}::{h()}:{h()}",
                         f"2800:{h()}:{h()}::{h()}", f"2001:67c:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the minecraft server is back up on {}, whitelist is on", v4),
            ("palworld server moved to {}, same password as before", rng.choice([v4, v6])),
            ("join the zomboid server at {} tonight, we're starting fresh", v4),
            ("my bitcoin node on the shelf is {}, it finished syncing", v4),
            ("the lightning node answers on {} but channels won't open", rng.choice([v4, v6])),
            ("obs websocket is on {}, point the stream deck at it", v4),
            ("the restream box is {}, it pushes to twitch and youtube", v4),
            ("our forgejo runner is {}, ci is stuck again", v4),
            ("the package mirror for the project lives on {}", rng.choice([v4, v6])),
            ("I run a tor relay on {}, middle only", rng.choice([v4, v6])),
            ("my irc bouncer is {}, connect on 6697", v4),
            ("the mailing list host is {}, mails are stuck in the queue", v4),
            ("printer at the coworking is {}, add it by hand", v4),
            ("meeting room display on the 3rd floor is {}", v4),
            ("the seller's nas was still on {} when I plugged it in lol", v4),
            ("$ bitcoin-cli -rpcconnect={} getblockcount", v4),
            ("rpcbind={}", v4),
            ("rpcallowip={}", v4),
            ("bitcoind.rpchost={}:8332", v4),
            ("HTTP_ADDR = {}", v4),
            ("[database]\nHOST = {}:5432", v4),
            ("PublicIP=\"{}\"", v4),
            ('  "host": "{}",', v4),
            ("$ ffmpeg -re -i show.mkv -c copy -f flv rtmp://{}/live/show", v4),
            ("srt://{}:8890?streamid=publish:show", v4),
            ("$db_host = '{}';", v4),
            ("DB_HOST={}", rng.choice([v4, v6])),
            ("hostname: {}", v4),
            ("listen=[{}]:9735", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"any%_{rng.randint(9, 59)}m{rng.randint(10, 59)}s",
                f"x{rng.randint(-900, 900)}z{rng.randint(-900, 900)}{rng.choice('!#')}",
                f"##{rng.choice(['kaizen-dev', 'modding', 'offtopic', 'rustaceans'])}{rng.choice('!?')}",
                f"{rng.choice(['left-pad', 'is-even', 'lodash', 'serde'])}@v{rng.randint(0, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                f":{rng.choice(['rocket', 'tada', 'fire', 'sparkles'])}:{w()}{rng.randint(10, 99)}",
                f"HODL${rng.choice(['BTC', 'ETH', 'SOL', 'ADA'])}{rng.randint(2017, 2025)}",
                f"{rng.choice(['Trapezounta#1461', 'Kemenche_', 'Sumela@', 'Pontos!'])}{rng.randint(1, 99)}",
                f"{rng.choice(['Shubh-Labh#', 'Gangaur!', 'Dal-Baati_'])}{rng.randint(10, 999)}",
                f"{rng.choice(['Tsuruhashi#Ikuno', 'Chuseok!', 'Kimchi@Ikuno'])}{rng.randint(1, 99)}",
                f"{rng.choice(['Panagbenga', 'Strawberry@LaTrinidad', 'Canao#'])}{rng.randint(2010, 2025)}",
                f"{rng.choice(['Ayam-Buah-Keluak!', 'Kebaya&Kerosang', 'Chap-Goh-Meh_'])}{rng.randint(1, 99)}",
                f"{rng.choice(['Kerb#', 'Kreppel!', 'Cathedral-of-the-Plains'])}{rng.randint(1876, 1999)}",
                f"Kehila@Janina{rng.randint(1, 99)}",
                f"{rng.choice(['rebase', 'merged', 'nightly', 'upstream', 'patreon'])}".translate(leet) + rng.choice(["!", "_", "37"]),
                f"{w()}/{w()}/{w()}/{rng.randint(2019, 2025)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!@%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        lower = string.ascii_lowercase + string.digits
        b64u = alnum + "-_"
        hexl = "0123456789abcdef"
        seed = " ".join(rng.sample(BIP39_HELDOUT37, 12))
        options = [
            # passwords handed over in ways no earlier set used
            ("the rcon password is pinned in the discord mod channel, {}", pw),
            ("oops the stream overlay showed my wifi password {} for like ten seconds", pw),
            ("buyer on marketplace wants the laptop login before paying, it's {}, change it after?", pw),
            ("coworking welcome email says the wifi is {}", pw),
            ("someone stuck a post-it with {} on the hot desk monitor", pw),
            ("a user pasted their password {} into the github issue, can I redact it", pw),
            ("the wiki edit history still shows the old admin password {}", pw),
            ("the minecraft server motd literally says the password is {}", pw),
            ("the podcast show notes leaked the patreon feed password {}", pw),
            ("he read the mod panel password out on stream, {}, unbelievable", pw),
            ("meeting room door code at the coworking is {}", d(4)),
            ("my revolut card pin is {}, don't judge", d(4)),
            ("seed phrase of the test wallet is {}, it's empty anyway", seed),
            ("the 2fa backup code for the shared account is {}", f"{d(4)}-{d(4)}"),
            # cues in languages no earlier set used
            ("ο κωδικός του wifi είναι {}", pw),
            ("와이파이 비밀번호는 {} 이에요", pw),
            ("サーバーのパスワードは {} です", pw),
            ("bhai server ka password {} hai, kisi ko mat batana", pw),
            ("la clave del stream es {}, ¿viste?", pw),
            ("ti password ti wifi ket {}", pw),
            # commands
            ("$ forgejo admin user create --username admin --password {} --email admin@localhost", pw),
            ("$ bitcoin-cli -rpcuser=node -rpcpassword={} getblockchaininfo", pw),
            ("$ electrum setconfig rpcpassword {}", pw),
            ("$ ffmpeg -re -i live.mp4 -c copy -f flv rtmp://live.twitch.tv/app/{}", "live_" + d(9) + "_" + tok(30, alnum)),
            ("// server.cfg\nsv_setsteamaccount {}", tok(32, "0123456789ABCDEF")),
            # pastes
            ("[database]\nDB_TYPE = postgres\nPASSWD = {}", pw),
            ("[security]\nSECRET_KEY = {}", tok(64, alnum)),
            ("[oauth2]\nJWT_SECRET = {}", tok(43, b64u)),
            ("[webservice]\nadmin_pass: {}", pw),
            ("MAILMAN_ARCHIVER_KEY = '{}'", tok(40, alnum)),
            ("    'password' => '{}',", pw),
            ('  "secret": "{}",', f"{tok(8, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(12, hexl)}"),
            ("$db_pass = '{}';", pw),
            ("rpcpassword={}", pw),
            ("rpcauth=alice:{}", f"{tok(32, hexl)}${tok(64, hexl)}"),
            ("bitcoind.rpcpass={}", pw),
            ("  publishPass: {}", pw),
            ("CORE_API_AUTH_PASSWORD={}", pw),
            ("DB_PASSWORD={}", pw),
            ('AdminPassword="{}",ServerPassword=""', pw),
            ("RCONPassword={}", pw),
            ('  "Password": "{}",', pw),
            # tokens and keys with shapes no earlier set used
            ("NOSTR_NSEC={}", "nsec1" + tok(58, BECH32_HELDOUT37)),
            ("ELECTRUM_ZPRV={}", "zprvAW" + tok(105, BASE58_HELDOUT37)),
            ("LND_MACAROON_HEX={}", "0201036c6e6402f801030a10" + tok(200, hexl)),
            ("MODRINTH_TOKEN={}", "mrp_" + tok(36, alnum)),
            ("NEXUS_API_KEY={}", tok(60, alnum + "+/") + "--" + tok(24, alnum) + "=="),
            ("PATREON_CREATOR_ACCESS_TOKEN={}", tok(43, b64u)),
            ("TWITCH_CLIENT_SECRET={}", tok(30, lower)),
            ("YOUTUBE_STREAM_KEY={}", "-".join(tok(4, lower) for _ in range(5))),
            ("DISCORD_BOT_TOKEN={}", "MT" + tok(24, alnum) + "." + tok(6, b64u) + "." + tok(38, b64u)),
            ("HEX_API_KEY={}", tok(32, hexl)),
            ("CARGO_REGISTRY_TOKEN={}", "cio" + tok(32, alnum)),
            ("FB_PAGE_ACCESS_TOKEN={}", "EAAG" + tok(180, alnum)),
            ("KITE_API_SECRET={}", tok(32, lower)),
            ("LINE_CHANNEL_SECRET={}", tok(32, hexl)),
            ("KAKAO_ADMIN_KEY={}", tok(32, hexl)),
            ("BTCPAY_GREENFIELD_API_KEY={}", tok(40, hexl)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x_merges', 'y-lgtm', 'modder.x')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}_merges",
                f"{last}-lgtm",
                f"modder.{first}",
                f"{first}{rng.randint(1, 99)}.tv",
                f"sells.{last}",
                f"{last}_hodl",
                f"{first}.remote.{rng.randint(18, 26)}",
                f"{last}.mains.{rng.choice(['tank', 'healer', 'jungle', 'support'])}",
                f"nightly.{last}",
                f"{first}_swipes",
                f"{last}.ships.it",
                f"rebase_{first}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=82)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "jp": _japanese_era(year, m, day),  # the Japanese era calendar
            "gr": f"{day:02d}/{m:02d}/{year}",  # a Greek form
            "grl": f"{day} {GREEK_MONTHS_HELDOUT37[m - 1]} {year}",  # Greek, the month in the genitive
            "ar": f"{day}/{m}/{year}",  # Rioplatense Spanish, no leading zeros
            "kr": f"{year}. {m}. {day}",  # Korean dotted
            "us": f"{m}/{day}/{year}",  # Kansas
            "ph": f"{EN_MONTHS_HELDOUT37[m - 1]} {day}, {year}",  # Filipino English
            "in": f"{day:02d}/{m:02d}/{year}",  # an Indian KYC form
            "js": f"{year}, {m - 1}, {day}",  # inside JavaScript's new Date(...), the month from zero
            "go": f"{year}, time.{EN_MONTHS_HELDOUT37[m - 1]}, {day}",  # inside Go's time.Date(...)
            "rb": f"{year}, {m}, {day}",  # inside Ruby's Date.new(...)
            "iso": f"{year}-{m:02d}-{day:02d}",  # inside a PostgreSQL DATE '...' literal
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["gr", "grl", "ar", "us", "ph", "in", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the exchange kyc wants my date of birth again, {}", any_shape),
            ("bumble says my birthday is {} but I never typed that in", any_shape),
            ("the coworking membership form asks for dob, mine is {}", any_shape),
            ("for the marketplace seller verification I put born {}", any_shape),
            ("生年月日：{}", s["jp"]),
            ("Ημερομηνία γέννησης: {}", s["gr"]),
            ("γεννήθηκα στις {} στην Κατερίνη", s["grl"]),
            ("nacida el {} en Paraná", s["ar"]),
            ("생년월일: {}.", s["kr"]),
            ("Birth date: {}", s["us"]),
            ("bday ko {} pero wag niyo akong i-greet sa server", s["ph"]),
            ("DOB (as per PAN): {}", s["in"]),
            ("const dob = new Date({});", s["js"]),
            ("dob := time.Date({}, 0, 0, 0, 0, time.UTC)", s["go"]),
            ("member.dob = Date.new({})", s["rb"]),
            ("INSERT INTO members (id, dob) VALUES (4471, DATE '{}');", s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT37_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} merged my pull request after three weeks lol",
        "{} reviewed the patch and asked for a rebase",
        "{} closed my issue as wontfix again",
        "{} moderates the mailing list, ask them to let the post through",
        "{} rewrote half the wiki page on install steps",
        "{} banned the spammer from the forum in like a minute",
        "{} runs the minecraft server for our group",
        "{} made the texture pack everyone is using",
        "{} streams every tuesday night, you should watch",
        "{} is guest on the podcast next episode",
        "I matched with {} on the app and we're getting coffee",
        "{} sold me the graphics card, works fine",
        "{} bought my old bike off marketplace",
        "{} lost the seed phrase and the coins with it",
        "{} is the only one in the office on fridays",
        "{} booked the big desk by the window for the whole month",
        "{} got the remote contract with the Berlin startup",
        "remind me to thank {} for the code review",
        "can you write a short message to {} about the broken build",
        "I still owe {} for the server hosting this month",
        "ask {} if the raid is still on for saturday",
        "manong {} fixed the wifi at the internet cafe",
        "Manong {} sells ukay-ukay jackets online now",
        "manang {} runs the sari-sari store's facebook page",
        "baba {} posts old kebaya photos on the forum",
        "Nyonya {} sells kuih on instagram every weekend",
        "Tested-by: {}",
        "Acked-by: {}",
        "Moderator: {}",
        "Streamer: {}",
        "Co-host: {}",
        "Mod author: {}",
        "Server owner: {}",
        "Raid leader: {}",
        "Listing by: {}",
        "Desk booked by: {}",
        '"maintainer": "{}",',
    ],
    "STREET_ADDRESS": [
        "send the mechanical keyboard to {}, I'll pay the shipping",
        "the buyer wants it shipped to {}",
        "pick up the monitor at {} after six",
        "my patreon merch went to {} by mistake",
        "the conference swag is going to {}",
        "the coworking mails the key card to {}",
        "Ship to: {}",
        "Billing address: {}",
        "Registered address (KYC): {}",
        '"shipping_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the patch to {} and cc the list",
        "the forum admin's email is {}",
        "my marketplace receipts go to {}",
        "the podcast booking email is {}",
        "contact me at {} about the remote role",
        "Reply-To: {}",
        "Author: {}",
        '"email": "{}",',
        "$ git config user.email {}",
    ],
    "PHONE_NUMBER": [
        "text me on {} when you're outside with the parcel",
        "the seller's number is {}, call before coming",
        "my match gave me her number, {}",
        "the coworking front desk is {}",
        "call the server host on {} if it goes down again",
        "Contact number (seller): {}",
        "Mobile (KYC): {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "the server hosting renews on {}",
        "I paid the coworking day pass with {}",
        "put the patreon pledge on {}",
        "the exchange deposit came off {}",
        "Card on file: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay me for the headset to {}",
        "my remote salary goes to {}",
        "send your share of the server bill to {}",
        "the exchange withdrawal goes to {}",
        "Payout IBAN: {}",
        "IBAN (freelancer): {}",
    ],
    "USERNAME": [
        "my Nexus Mods name is {}",
        "I post mods on ModDB as {}",
        "look for {} on CurseForge",
        "my Modrinth profile is {}",
        "the Thunderstore package is under {}",
        "on the Steam Workshop I'm {}",
        "my Launchpad id is {}",
        "file it on Bugzilla, I'm {} there",
        "my Gerrit account is {}",
        "on Hacker News I post as {}",
        "invite me to Lobsters, I'd be {}",
        "my Stack Overflow name is {}",
        "I edit Wikipedia as {}",
        "the Patreon page is under {}",
        "I sell on Mercari as {}",
        "the Facebook Marketplace profile is {}",
        "my Craigslist handle is {}",
        "the Shopee store is {}",
        "on Kleinanzeigen I'm {}",
        "my Leboncoin pseudo is {}",
        "on Tinder I'm {} lol",
        "my OkCupid is {}",
        "send it to my revtag {}",
        "hire me on Fiverr, I'm {}",
        "my Nomad List profile is {}",
        "add me in Mobile Legends, {}",
        "I sell on Karrot as {}",
        "the Chrono24 seller is {}",
        '"forgejo_user": "{}",',
    ],
}
HELDOUT37_MIXED = [
    ("Signed-off-by: {} <{}>", ["PERSON", "EMAIL_ADDRESS"]),
    ("Mod author: {}, support on Patreon as {}", ["PERSON", "USERNAME"]),
    ("[database]\nPASSWD = {}\nHOST = {}:5432", ["SECRET", "IP_ADDRESS"]),
    ("rpcuser={}\nrpcpassword={}", ["USERNAME", "SECRET"]),
    ("{} sold me the gpu, I paid with {}", ["PERSON", "CREDIT_CARD"]),
    ("Seller: {}, ships from {}", ["PERSON", "STREET_ADDRESS"]),
    ("matched with {} and she gave me her number {}", ["PERSON", "PHONE_NUMBER"]),
    ("KYC: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("send the server money to {}, my revtag is {}", ["IBAN_CODE", "USERNAME"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Desk booked by: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Streamer: {}, payouts to {}", ["PERSON", "IBAN_CODE"]),
    ("{} is selling the console, text her on {}", ["PERSON", "PHONE_NUMBER"]),
    ("my modrinth is {} and the test server is {}", ["USERNAME", "IP_ADDRESS"]),
    ("{} from the coworking lives at {}, drop the charger there", ["PERSON", "STREET_ADDRESS"]),
    ("the admin login for the forum is {} with password {}", ["USERNAME", "SECRET"]),
    ("{} wants the deposit for the flat share in {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT37_NEGATIVES = [
    "Thessaloniki has the biggest Pontic Greek community outside the Black Sea",
    "kalamaria was built by refugees from Asia Minor and the Pontus",
    "tsalka is a high plateau in Kvemo Kartli",
    "the Kastro of Ioannina sits on the lake",
    "the Kehila Kedosha Janina synagogue is on Broome Street",
    "the Cathedral of the Plains is in Victoria, Kansas",
    "the aldeas of Entre Ríos were settled by Volga Germans",
    "burrabazar is one of the biggest wholesale markets in Asia",
    "tsuruhashi in Osaka is famous for its Korean market",
    "baguio is called the summer capital of the Philippines",
    "La Trinidad grows most of the strawberries in Benguet",
    "Lebuh Armenian in George Town has the street art",
    "Jonker Walk in Malacca has a night market on weekends",
    "pontic Greek family names often end in -idis",
    "in Greece a woman's family name is usually in the genitive, like -idou",
    "argentine spellings of Volga German names swap the w for a v",
    "among the Marwari, Devi after a woman's name is common",
    "zainichi Koreans often carry a Japanese name as well as a Korean one",
    "chongryon schools write Ri where others write Lee",
    "filipino middle names are usually the mother's maiden name",
    "nyonya given names often end in Neo",
    "manong and manang are Ilocano words for older brother and sister",
    "pontic lyra is called kemenche",
    "the PR got merged, release is tomorrow",
    "issue #4821 is a duplicate of #4710",
    "rebased onto main, please re-review",
    "fixed in commit 3f9c2ab, see the changelog",
    "v2.14.0-rc1 is out, please test",
    "the release is planned for 14 March",
    "the forum migration is on 2 June",
    "we launched the podcast on 9 January",
    "listing went up on 28 February, still no bites",
    "order #402-8817361-2231 is out for delivery",
    "episode 112 is up on all the apps",
    "block 840000 was the halving",
    "build 1729 failed on arm64 only",
    "the minecraft seed is -4172144997902289642",
    "hot desk 14 is by the window",
    "the gpu went for 320 euros in the end",
    "bitcoin dipped under 60k again",
    "the stream starts at 20:00 CET",
    "server restarts every night at 04:00",
    "raid reset is on wednesday",
    "the mailing list moves to Discourse next month",
    "please don't top-post on the list",
    "the wiki is read-only during the upgrade",
    "the mod needs the latest script extender",
    "patreon tiers are 3, 5 and 10 a month",
    "swiped right on like 40 people and got nothing",
    "dating apps are exhausting honestly",
    "the coworking day pass is 25 euros",
    "standup is at 9:30 our time",
    "my remote contract starts next month",
    "upgraded Forgejo to 9.0 last night",
    "[server]\nDOMAIN = git.example.org\nHTTP_PORT = 3000",
    "[mailman]\nsite_owner: postmaster@example.com",
    "server=1\ntxindex=1\ndbcache=4000",
    "paths:\n  live:\n    source: publisher",
    "RCONEnabled=True",
    "DB_PASSWORD=<change me>",
    "rpcpassword=",
    "JWT_SECRET=${JWT_SECRET}",
    "token: ghp_****************",
    "PASSWD = changeme",
    "card 4242 4242 4242 4242 is the stripe test card",
    "IBAN DE89 3704 0044 0532 0130 00 is the usual example",
    "send it to user@example.org in the docs",
    "203.0.113.50 is a documentation address",
    "2001:db8:37::5 is a documentation address",
    "in Greece and the rest of Europe dial 112, in the Philippines 911",
    "in Japan it's 110 for the police and 119 for fire",
    "the server is full, try later",
    "gg everyone, good raid",
    "can you remind me to back up the wallet",
    "brb, pizza's here",
    "lol that bug again",
    "the wifi at the coworking is so slow today",
    "the stream dropped twice tonight",
    "no bids on the camera yet",
    "ci is green finally",
    "merge conflicts all morning",
    "release notes are in the wiki",
]  # fmt: skip


def _typo37(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a Greek keyboard layout left on for one word
    ('the' -> 'τηε'), or a Japanese IME's ideographic space (U+3000) typed for one space. Only in sentences
    typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    if rng.random() < 0.5:
        words = list(TYPO_WORD_HELDOUT37.finditer(template))
        if words:
            m = rng.choice(words)
            return template[: m.start()] + m.group().translate(GREEK_LAYOUT_HELDOUT37) + template[m.end() :]
    spaces = list(TYPO_SPACE_HELDOUT37.finditer(template))
    if not spaces:
        return template
    m = rng.choice(spaces)
    return template[: m.start()] + "\u3000" + template[m.end() :]


def build_heldout37(seed: int = HELDOUT37_SEED) -> list[Example]:
    """Held-out set 37: `Gen37` values in `HELDOUT37_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen37(seed)
    return assemble_module_set(
        gen, HELDOUT37_TEMPLATES, HELDOUT37_MIXED, HELDOUT37_NEGATIVES, _typo37, person=gen.person_for
    )
