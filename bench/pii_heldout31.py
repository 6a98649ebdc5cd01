"""Held-out PII set 31 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout31": written before round 26 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT31 is empty, as for
held-out 16 to 30; hand-written lists of islands and coasts no earlier set drew from: Bermudian
('Outerbridge', 'Trimingham', 'Furbert', 'Zuill'), Caymanian ('Ebanks', 'Bodden', 'Watler', 'Kirkconnell'),
Raizal (San Andrés and Providencia: 'Archbold', 'Newball', 'Pomare'), Saint Helenian ('Yon', 'Crowie',
'Plato', 'Scipio'), Forro (São Tomé: 'Trovoada', 'Ceita', 'Costa Alegre', 'Boa Morte'), Bonin Islander
(Ogasawara: 'Savory', 'Gilley', 'Webb', 'Sebori'), Jeju ('Ko', 'Yang', 'Bu', 'Jwa'), Rotenese and Savunese
(Rote and Sabu: 'Ndun', 'Manafe', 'Riwu Kaho'), Nias ('Zebua', 'Harefa', 'Telaumbanua', "Bu'ulölö"), Biak
('Rumbiak', 'Kapisa', 'Wospakrik'), Furneaux Islander and Palawa (Cape Barren and Flinders Islands: 'Mansell',
'Maynard', 'Beeton'), Coast Salish (Squamish, Musqueam, Swinomish, Tulalip: 'Nahanee', 'Stogan', 'Cladoosby',
'Fryberg'), Heiltsuk and Nuxalk ('Humchitt', 'Housty', 'Pootlass', 'Tallio'), Outer Banks and Tangier Island
('Midgett', 'Tillett', 'Crockett', 'Eskridge'), Chilote (Chiloé: 'Oyarzo', 'Barría', 'Levicoy', 'Chiguay') and
Falkland Islander ('Biggs', 'Berntsen', 'Pitaluga', 'Jaffray') names, sea and shore words used as given names
(Coral, Shelly, Reef, Marlin, Capri, Storm), invented ones of a made-up root and ending and a surname of a
made-up root and a Greek-island-looking ending ('Calypsette Vaslakis': -akis/-oudakis/-atos/-ianos/-adakis);
Coast Salish ancestral names in their own orthography, with the digit 7 for the glottal stop and letters with
a line below ('Sí7amiya', 'Sḵw7ómsn', 'Ts'ix̱wlánexw'), alone or before a family name, a Bonin Islander's name
in katakana with the middle dot as Japanese writes foreign names ('ジェフリー・ギリー'), a Jeju name in Hangul ('고은비'),
the islands' 'Miss' before a name as a form of respect, 'X of Ocracoke', a photo caption's '(left)', a print's
'X pinx.' and 'X fecit', an artist's life dates after the name ('X (1931–2004)'), letterer ('Letterer:'),
colourist, cosplay ('Cosplayer:'), curator, fansub typesetter, animator and lacemaker fields; over half of the
sentences typed to the bot or a friend: sea glass and shell collecting, linocut printmaking, risograph zines,
stained glass, mosaic, ships in bottles, bobbin lace, coin and postcard collecting, Pokémon card grading,
K-pop photocards, anime conventions and fan art commissions, fansubbing, stop-motion animation, LEGO
collecting and plein-air watercolour; Komga application.yml, Omeka S database.ini, CollectiveAccess setup.php,
Piwigo database.inc.php, ResourceSpace config.php, Tube Archivist .env, gallery-dl config.json, Mylar3
config.ini, InvenTree .env, Kometa config.yml, Jellystat .env, Ghost config.production.json, WriteFreely
config.ini, GoToSocial config.yaml and GTS_ variables, Friendica local.config.php, Overseerr settings.json,
Tautulli config.ini, Maloja and linkding variables; those regions' addresses (Bermuda's parish postcodes 'HM
11', 'WK 04', George Town and Cayman Brac with 'KY1-'/'KY2-' postcodes, San Andrés 'Sector' and 'Avenida ...
No. 3-45', Providencia's Bottom House, Jamestown and Half Tree Hollow with St Helena's single 'STHL 1ZZ', São
Tomé bairros and Neves, Príncipe, Chichijima and Hahajima with the 100-21xx postcodes, Rote and Sabu 'Desa',
'Kec.', Nias Gunungsitoli and Bawömataluo, Biak 'Kampung', Whitemark and Lady Barron with TAS postcodes and
Cape Barren Island lots, North Vancouver, Musqueam, Tulalip and La Conner, Bella Bella and Bella Coola with
their V0T postcodes, Ocracoke, Hatteras and Tangier, Castro palafitos and Ancud, Stanley with the single 'FIQQ
1ZZ' and the Camp settlements) and phones (Bermuda landlines and mobiles, Cayman, San Andrés with Colombia's
608, Colombian mobiles international, St Helena five-digit numbers international and as dialled from North
America with 011, São Tomé landlines and mobiles domestic, Chichijima domestic and international, Rote and
Sabu, Nias and Biak domestic with the area code in brackets, Flinders Island, North Vancouver, Bella Bella,
Ocracoke, Tangier, Castro, Chilean mobiles, Falklands landlines and mobiles, Jeju, and vanity numbers with
letters ('252-928-SAIL')); Visa 16 and 19, Mastercard 2611 and 5482, Amex 3443, Diners 3034, JCB 3562,
Discover 6546 and UnionPay 6212 cards, some with em quads (U+2001), Unicode hyphens (U+2010) or figure dashes
(U+2012) between groups; IBANs of Madagascar, Cape Verde, Comoros, Equatorial Guinea, Malta, the Faroes,
Greenland, the Falklands, São Tomé, Bahrain, Saint Lucia and Iceland (every IBAN country was used by an
earlier set; these are island countries and territories, with Equatorial Guinea for Bioko, most of them among
the least used), one in an MT940 ':25:' field; IPs in sea-glass tumbler, risograph, print-studio, mosaic,
ship-model printer, lace-guild, coin-auction, postcard-scanner, grading-portal, photocard-bot, convention
wifi, fansub seedbox, stop-motion camera, brick-sorter and harbour webcam chat and in the pastes above, v6 in
2001:8b0, 2a02:c7c, 2403:5800, 2001:ac8, 2a01:7e0 and 2404:6800 ranges; passwords handed over in ways no
earlier set used (shown on a live stream for a second, typed as a watermark by mistake, next to its password
hint, hidden in a zine's colophon, on the back of a postcard sent to oneself, a bias's birthday, a ship name,
a share link's password for rushes, a club motto, 'I keep typing X and it says wrong'), Pokémon slab
('Umbreon-17/64-PSA10'), coin catalogue ('KM#140-AU58'), Pantone ('Pantone7710C!'), timecode
('01:23:45:12-Lock'), episode code ('S02E11_Kaiju!'), hex colour and word ('#3FA7C2Teal'), LEGO set
('10497-1_Galaxy'), lace ('Torchon24Pairs!') and photocard ('TidalEra_PC#07') passwords, Hangul and katakana
words with digits ('바다냄새1004', 'カモメ2024'), comma- and pipe-joined passphrases, mega-login, qpdf --password,
aria2c --ftp-passwd, keytool -storepass, yt-dlp and gallery-dl -p, the pastes' keys and passwords (Komga
remember-me key, Omeka S and WriteFreely database passwords, __CA_DB_PASSWORD__, Piwigo db_password,
ResourceSpace scramble_key, TA_PASSWORD and ELASTIC_PASSWORD, pixiv refresh-token, comicvine_api,
INVENTREE_ADMIN_PASSWORD, Kometa tmdb apikey, Jellystat JWT_SECRET, Ghost mail pass, GTS_DB_PASSWORD,
Friendica password, Overseerr apiKey, Tautulli api_key, MALOJA_FORCE_PASSWORD, LD_SUPERUSER_PASSWORD),
Frame.io fio-u-, Adobe p8e-, GitLab gloas-, glagent- and glimt-, DigitalOcean doo_v1_, Vault hvb. batch, eBay
'v^1.1#i^1#' user, Slack xoxc- tokens, Unsplash 'Client-ID' and Numista API keys, shell display-case, coin
strongroom, lightbox-cupboard, convention kit-room, card-show float-tin and print-studio keypad codes, and
cues in Shetlandic ('dunna'), Geordie ('pet', 'divn't'), Scouse ('la', 'sound'), Chilean Spanish ('la clave',
'po', 'cachai'), Jèrriais ("lé mot d'passe"), Cajun French ('cher'), Tahitian ('parau huna'), Cook Islands
Māori ('kupu muna'), Seychellois Creole ('kod sekre'), Cape Verdean Kriolu ('kodi') and Outer Banks English
('dingbatter'); usernames in ArtStation, DeviantArt, Pixiv, Toyhouse, AniList, MyAnimeList, BrickLink,
Numista, TCGplayer, Weverse, Gumroad, itch.io, Webtoon, Carrd and Redbubble and config login fields, shapes
like 'x_seaglass_441' (an island's calling code), 'yprints.lino', 'riso.x', 'y.glassworks', 'tessera_y',
'shipinabottle_x', 'y_lacemaker', 'y.numis.7', 'postcards.from.x', 'y_psa10', 'x_pc_binder', 'x_comms_open',
'y_subs', 'stopmo.x', 'x.brickshelf', 'y.en.plein.air' and a Hangul word before a Latin name ('바다_x'); dates
of birth in Tahitian, Seychellois Creole, Cape Verdean Kriolu, Cook Islands Māori and Jèrriais words with
birth cues in those languages ('ua fanauhia vau i te', 'mon ti ne le', 'n nase dia', 'kua anau au i te',
"j'sis né lé"), VBA DateSerial(), PowerShell's [datetime]::ParseExact(), Perl's DateTime->new() and Elm's
Date.fromCalendarDate; typos as a German QWERTZ keyboard's y and z swapped in one word ('zesterdaz') or a chat
app's '(edited)' mark after the line; negatives with the same regions' places, sea glass, printmaking, riso,
glass, mosaic, ship-model, lace, coin, postcard, card-grading, photocard, convention, commission, fansub,
stop-motion, LEGO and plein-air talk, sea words as words (coral, storm, reef, marlin, bay, Capri blue),
Stanley and Jacob's Ladder as places, the Salish 7, katakana's middle dot and the islands' 'Miss' explained,
Komga, CollectiveAccess, Piwigo, Tube Archivist, gallery-dl, InvenTree, GoToSocial, Friendica, Maloja,
Overseerr, WriteFreely and Tautulli boilerplate, versions, order numbers, commit hashes, edition numbers,
Pantone and catalogue numbers, timecodes, set numbers, a 'born' that is not a person's, dates that are not
birthdays, placeholder secrets, a test card, the Maltese example IBAN, a placeholder e-mail, documentation IPs
(v4 and v6), emergency numbers, a masked password, and short everyday chat).

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import random
import re
import string

from bench.pii import (
    TYPES,
    Example,
    Gen3,
    _ascii_name,
    _chat_like,
    _iban,
    _luhn_number,
    _pick_chat_or_not,
)

HELDOUT31_SEED = 318462
# no faker name locale, as in held-out 16 to 30: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT31: list[str] = []
NAMES_HELDOUT31: dict[str, tuple[list[str], list[str]]] = {
    # Bermudian (old island families of the nine parishes)
    "bermudian": ("Kirk Glenda Dwayne Sheena Llewellyn Quinton Ianthe Nalton Renée Colin Jahkai Tiara".split(),
                  "Trott Outerbridge Trimingham Furbert Tucker Butterfield Zuill Frith Dill Fubler DeSilva Wade".split()),
    # Caymanian (Grand Cayman, Cayman Brac and Little Cayman)
    "caymanian": ("Lemuel Delrose Ormond Theresa Kurt Gwendolyn Carson Alden Marcia Wendell Leyda Jewel".split(),
                  "Ebanks Bodden Watler Merren Kirkconnell Tibbetts Conolly Rivers Whittaker McLaughlin Yates".split()),
    # Raizal (the English-Creole islanders of San Andrés and Providencia, Colombia)
    "raizal": ("Kent Dilia Oswaldo Winnifred Arlington Gilma Elvia Ofelia Lorenzo Cecil Sowell Junie".split(),
               "Archbold Livingston Newball Bent Forbes Pomare Britton Bowie Howard Corpus Robinson".split()),
    # Saint Helenian ('Saints'; some family names from the island's classical slave-era naming)
    "saint_helenian": ("Derek Cyril Ivy Gavin Merrill Hazel Clive Brenda Vince Lawson Shirley Ferdinand".split(),
                       "Yon Crowie Plato Scipio Benjamin Leo Thomas Duncan George Moyce Constantine Bargo".split()),
    # Forro (São Tomé): Portuguese given names and family names, some of two words
    "forro": ("Aurélio Delfim Conceição Evaristo Alda Leonel Zeferina Gualter Osvaldina Levy Idalina Manuel".split(),
              ["Trovoada", "Ceita", "Tenreiro", "Costa Alegre", "Espírito Santo", "Vila Nova", "Neves", "Bragança",
               "Boa Morte", "Daio", "Graça", "Pires dos Santos"]),
    # Bonin Islanders (Ogasawara): descendants of the 19th-century settlers, some with the Japanese family
    # names their families took
    "bonin": ("Nathaniel Rance Able Jeffrey Stanley Eddie Frederick Ruth Mary Joseph Tomoko Yoshiko".split(),
              "Savory Webb Gilley Washington Gonzales Sebori Robinson".split()),
    # Jeju (the island's own clans: Ko, Yang and Bu of the founding myth, Jwa, Hyeon, Mun); family name first
    "jeju": ("Eun-bi Seung-hun Min-ho Soo-ah Dong-hyun Ha-eun Jae-won Yu-na Ji-hoon Seo-yeon".split(),
             "Ko Yang Bu Hyeon Mun Jwa".split()),
    # Rotenese and Savunese (Rote and Sabu, East Nusa Tenggara): Christian given names
    "rote_sabu": ("Yohanis Marthen Yermia Orpa Daniel Sarlota Frans Yuliana Melkianus Ribka Adriana Semuel".split(),
                  ["Ndun", "Manafe", "Foeh", "Ndolu", "Adoe", "Haning", "Dethan", "Mooy", "Pandie", "Ndaumanu",
                   "Riwu Kaho", "Bire", "Dimu", "Tallo", "Djami"]),
    # Nias (off Sumatra): clan names (mado) as family names
    "nias": ("Faigiasa Sökhiaro Fonaha Ya'aro Fatolosa Sozanolo Ingati Filemon Otanius Erniwati".split(),
             "Zebua Harefa Telaumbanua Gulö Laia Waruwu Ndruru Zendratö Bu'ulölö Halawa Gea Daeli Zalukhu Larosa".split()),
    # Biak (Cenderawasih Bay, Papua)
    "biak": ("Yosepha Markus Salomina Orgenes Ferdinand Petronela Yohanis Otniel Naftali Ester Korinus Beatrix".split(),
             "Rumbiak Rumbewas Kapisa Rumkorem Wospakrik Ayomi Mansoben Korwa Sroyer Rumansara Mambor Warikar".split()),
    # Furneaux Islanders and Palawa (Cape Barren and Flinders Islands, Tasmania)
    "furneaux": ("Leigh Karen Rodney Heather Graeme Vicki Trevor Patsy Darren Lola Shane Marlene".split(),
                 "Mansell Maynard Beeton Summers Burgess Riddle West Brown".split()),
    # Coast Salish (Squamish, Musqueam, Swinomish, Tulalip)
    "coast_salish": ("Deanna Ray Calvin Leah Tyrone Janice Wesley Gloria Dennis Roxanne".split(),
                     "Nahanee Stogan Guerin Point Cladoosby Fryberg Charlie Jacobs Seymour Sylvester".split()),
    # Heiltsuk (Bella Bella) and Nuxalk (Bella Coola)
    "heiltsuk_nuxalk": ("Marilyn Ross Frank Jess Lorraine Harvey Carla Wade Evelyn Brent".split(),
                        "Humchitt Housty Slett Starr Pootlass Tallio Schooner Hans Mack Moody".split()),
    # Outer Banks (Ocracoke, Hatteras) and Tangier Island (Chesapeake Bay) families
    "hoi_toider": ("Leon Ethel Dorsey Elmer Velma Rudy Loretta Cecil Inez Hubert Wanda Burnell".split(),
                   "Crockett Pruitt Parks Dise Eskridge Charnock Midgett Tillett Etheridge Meekins Gaskill Garrish Ballance O'Neal".split()),
    # Chilote (the Chiloé archipelago, Chile): Spanish and Huilliche family names
    "chilote": ("Héctor Rosa Eliana Segundo Margarita Juvenal Fresia Ismael Orfelina Nelson Lidia Ramiro".split(),
                "Oyarzo Barría Cárcamo Mansilla Bahamonde Chiguay Levicoy Millalonco Naiman Guenteo Ojeda Andrade".split()),
    # Falkland Islanders ('Kelpers')
    "kelper": ("Terence Glenda Neil Maxine Ian Leona Robin Tanya Gerald Rosemarie".split(),
               "Biggs Goss Berntsen Pitaluga Jaffray Luxton Clifton Short Halliday Betts McKay".split()),
}  # fmt: skip
# Coast Salish ancestral names in the Squamish and Halkomelem practical orthographies: '7' writes the glottal
# stop and a line below marks a back consonant (ḵ, x̱); a way no earlier set used (a digit inside a name)
SALISH_ANCESTRAL_HELDOUT31 = ["Sxwchálten", "Tsiyáyaltn", "Xwechtáal", "Sḵw7ómsn", "Kw'elaxwmiya", "Sí7amiya",
                              "Ts'ix̱wlánexw", "Tiyáltelut", "Sesiyam7"]  # fmt: skip
# Bonin Islanders' names in katakana with the middle dot (nakaguro) between given and family name
BONIN_KATAKANA_HELDOUT31 = ["ナサニエル・セーボレー", "ジェフリー・ギリー", "エーブル・セーボレー", "スタンリー・ウェッブ",
                            "ジョセフ・ゴンザレス", "メアリー・ワシントン", "ランス・セーボレー", "フレデリック・ロビンソン"]  # fmt: skip
# Jeju names in Hangul (family name first, no space): Ko 고, Yang 양, Bu 부, Hyeon 현, Mun 문, Jwa 좌
JEJU_HANGUL_HELDOUT31 = [
    "고은비",
    "양승훈",
    "부민호",
    "현수아",
    "문동현",
    "좌하은",
    "고재원",
    "양유나",
    "부지훈",
    "현서연",
]
# invented given names of a made-up root and ending, and surnames of a made-up root and a Greek-island-looking
# ending (Cretan -akis/-oudakis/-adakis, Ionian -atos, -ianos): ways no earlier set used ('Calypsette Vaslakis')
INVENTED_GIVEN_ROOTS_HELDOUT31 = ["Ner", "Calyps", "Orv", "Selk", "Tesk", "Ylv", "Ond", "Mael"]
INVENTED_GIVEN_ENDS_HELDOUT31 = ["ina", "eon", "ysse", "aia", "ander", "ette"]
INVENTED_SURNAME_ROOTS_HELDOUT31 = ["Korn", "Vasl", "Drak", "Tsil", "Perv", "Malth", "Zor", "Glyk"]
INVENTED_SURNAME_ENDS_HELDOUT31 = ["akis", "oudakis", "atos", "ianos", "adakis"]
# sea and shore words used as given names, which read like the coast ('Coral', 'Reef', 'Storm')
RARE_GIVEN_HELDOUT31 = ["Coral", "Shelly", "Reef", "Marlin", "Capri", "Oceane", "Storm", "Bay"]
# every IBAN country has been used by an earlier set; these are island countries and territories (Equatorial
# Guinea for Bioko), most of them among the least used
IBAN_SHAPES_HELDOUT31 = {
    "MG": "23n", "CV": "21n", "KM": "23n", "GQ": "23n", "MT": "4a5n18c", "FO": "14n", "GL": "14n", "FK": "2a12n",
    "ST": "21n", "BH": "4a14c", "LC": "4a24c", "IS": "22n",
}  # fmt: skip
# everyday subjects of this set: sea glass and shells, linocut, risograph zines, stained glass, mosaic, ships in
# bottles, bobbin lace, coins, postcards, Pokémon card grading, K-pop photocards, anime cons and commissions,
# fansubbing, stop-motion, LEGO and plein-air watercolour
HOBBIES_HELDOUT31 = ["seaglass", "lino", "riso", "leaded", "tessera", "bottleship", "bobbins", "numis",
                     "postcards", "psa10", "photocards", "commissions", "fansubs", "stopmo", "bricks", "pleinair"]  # fmt: skip
# slips outside the slots: a German QWERTZ keyboard's y and z swapped in one word ('zesterdaz') or a chat app's
# '(edited)' mark after the line
YZ_WORD_HELDOUT31 = re.compile(r"\b[a-z]*[yz][a-z]*\b")


class Gen31(Gen3):
    """Generators for held-out set 31: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self) -> tuple[str, str, str]:
        """(origin, given name, family name): NAMES_HELDOUT31, invented ('Calypsette Vaslakis') or a sea word as
        the given name ('Coral')."""
        rng = self.rng
        r = rng.random()
        origin = rng.choice(sorted(NAMES_HELDOUT31))
        firsts, lasts = NAMES_HELDOUT31[origin]
        if r < 0.1:
            given = rng.choice(INVENTED_GIVEN_ROOTS_HELDOUT31) + rng.choice(INVENTED_GIVEN_ENDS_HELDOUT31)
            last = rng.choice(INVENTED_SURNAME_ROOTS_HELDOUT31) + rng.choice(INVENTED_SURNAME_ENDS_HELDOUT31)
            return "invented", given, last
        if r < 0.18:
            return (
                ("rare" if origin == "jeju" else origin),
                rng.choice(RARE_GIVEN_HELDOUT31),
                rng.choice(lasts),
            )
        return origin, rng.choice(firsts), rng.choice(lasts)

    def first_last(self) -> tuple[str, str]:
        _, first, last = self._origin_name()
        return first, last

    def person(self) -> str:
        rng = self.rng
        origin, first, last = self._origin_name()
        r = rng.random()
        if r < 0.5:  # Jeju names are written family name first
            name = f"{last} {first}" if origin == "jeju" else f"{first} {last}"
        elif r < 0.61:
            name = first
        elif r < 0.69:
            name = last
        elif r < 0.79:  # a Coast Salish ancestral name, alone or before the family's English surname
            ancestral = rng.choice(SALISH_ANCESTRAL_HELDOUT31)
            fam = NAMES_HELDOUT31["coast_salish"][1] + NAMES_HELDOUT31["heiltsuk_nuxalk"][1]
            name = ancestral if rng.random() < 0.5 else f"{ancestral} {rng.choice(fam)}"
        elif r < 0.86:  # a Bonin Islander's name in katakana
            name = rng.choice(BONIN_KATAKANA_HELDOUT31)
        elif r < 0.93:  # a Jeju name in Hangul
            name = rng.choice(JEJU_HANGUL_HELDOUT31)
        else:  # a given name, a middle initial and the family name, as island directories list them
            name = f"{first} {rng.choice(string.ascii_uppercase)}. {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.08:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"{n} {pick(['Middle Road', 'South Road', 'Harbour Road'])}, {pick(['Warwick WK 04', 'Paget PG 02', 'Southampton SN 02'])}, Bermuda",
            f"{n} {pick(['Reid Street', 'Church Street', 'Victoria Street'])}, Hamilton HM {rng.randint(10, 19)}, Bermuda",
            f"{n} {pick(['Shedden Road', 'West Bay Road', 'Crewe Road'])}, George Town, Grand Cayman KY1-{rng.randint(1001, 1209)}",
            f"{n} {pick(['Bluff Road', 'Spot Bay Road'])}, Cayman Brac KY2-{rng.randint(2001, 2101)}",
            f"Avenida {pick(['Colón', 'Providencia', '20 de Julio'])} No. {rng.randint(1, 12)}-{rng.randint(10, 99)}, San Andrés Isla",
            f"Sector {pick(['Sarie Bay', 'La Loma', 'San Luis'])}, casa {n}, San Andrés",
            f"Sector {pick(['Bottom House', 'Santa Isabel', 'Freshwater Bay'])}, casa {n}, Providencia",
            f"{n} Main Street, Jamestown, St Helena, STHL 1ZZ",
            f"{n} {pick(['Half Tree Hollow', 'Longwood', 'Blue Hill', 'Levelwood'])}, St Helena Island, STHL 1ZZ",
            f"Bairro {pick(['Riboque', 'Ponte Graça', 'Quinta de Santo António'])}, casa {n}, São Tomé",
            f"Rua {pick(['da Trindade', 'de Angola', 'Patrice Lumumba'])} {n}, Neves, Lembá, São Tomé",
            f"{pick(['Higashimachi', 'Okumura', 'Nishimachi', 'Kiyose'])}, Chichijima, Ogasawara-mura, Tokyo 100-2101",
            f"{pick(['Motochi', 'Okimura'])}, Hahajima, Ogasawara-mura, Tokyo 100-2211",
            f"Desa {pick(['Oelaba', 'Nemberala', 'Busalangga'])} RT {rng.randint(1, 9):03d}, Kec. {pick(['Rote Barat', 'Lobalain'])}, Rote Ndao",
            f"Desa {pick(['Mesara', 'Menia', 'Raenalulu'])}, Kec. Sabu Barat, Sabu Raijua, NTT",
            f"Jl. {pick(['Diponegoro', 'Sudirman', 'Pelita'])} No. {n}, Gunungsitoli, Nias",
            f"Desa Bawömataluo, Kec. Fanayama, Nias Selatan, rumah {n}",
            f"Kampung {pick(['Sorido', 'Bosnik', 'Samofa'])}, Jl. {pick(['Imam Bonjol', 'Yos Sudarso'])} No. {n}, Biak",
            f"{n} {pick(['Palana Road', 'Patrick Street', 'Esplanade'])}, Whitemark TAS 7255",
            f"{n} Franklin Parade, Lady Barron TAS 7255",
            f"Lot {n}, Cape Barren Island TAS 7257",
            f"{n} {pick(['Capilano Road', 'Marine Drive', 'Esplanade'])}, North Vancouver BC V7P {rng.randint(1, 3)}{pick('ABCJ')}{rng.randint(1, 9)}",
            f"{rng.randint(6700, 6799)} Salish Drive, Vancouver BC V6N {rng.randint(1, 4)}C{rng.randint(1, 9)}",
            f"{rng.randint(6000, 7999)} Marine Drive NE, Tulalip WA 98271",
            f"{n} {pick(['Morris St', 'Caledonia Ave'])}, La Conner WA 98257",
            f"{n} Wabalisla Street, Bella Bella BC V0T 1Z0",
            f"{n} Mackenzie Street, Bella Coola BC V0T 1C0",
            f"{n} {pick(['Lighthouse Rd', 'Back Rd', 'Howard St'])}, Ocracoke NC 27960",
            f"{rng.randint(16000, 16400)} {pick(['West Ridge Rd', 'Main Ridge Rd'])}, Tangier VA 23440",
            f"Palafito {pick(['Gamboa', 'Pedro Montt'])} {n}, Castro, Chiloé",
            f"Pasaje {pick(['Los Pescadores', 'Lillo', 'Eleuterio Ramírez'])} {n}, Ancud, Chiloé",
            f"{n} {pick(['Ross Road', 'John Street', 'Fitzroy Road'])}, Stanley FIQQ 1ZZ, Falkland Islands",
            f"{pick(['Goose Green', 'Port Howard', 'Fox Bay'])} settlement, house {n}, Camp, FIQQ 1ZZ",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x) for x in self.first_last())
        user = rng.choice([f"{first}.{rng.choice(HOBBIES_HELDOUT31)}", f"{last}.{first}", f"{first[:1]}{last}{rng.randint(10, 99)}",
                           f"{first}_{last}", f"{rng.choice(HOBBIES_HELDOUT31)}.{last}", f"{last}{first[:2]}",
                           f"{first}{rng.randint(1950, 2009)}", f"{first}.{last}.art"])  # fmt: skip
        domain = rng.choice(["logic.bm", "northrock.bm", "candw.ky", "helanta.co.sh", "cstome.net", "ezweb.ne.jp",
                             "daum.net", "telkom.net", "iinet.net.au", "shaw.ca", "telus.net", "vtr.net",
                             "horizon.co.fk", "gmail.com", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+1 441 29{d(1)} {d(4)}",  # Bermuda landline
            f"(441) 5{d(2)}-{d(4)}",  # Bermuda mobile
            f"+1 345 949 {d(4)}",  # George Town, Grand Cayman
            f"345-9{d(2)}-{d(4)}",  # Cayman mobile
            f"+57 608 51{d(1)} {d(4)}",  # San Andrés (Colombia's 608)
            f"+57 31{d(1)} {d(3)} {d(4)}",  # Colombian mobile, international
            f"+290 2{d(4)}",  # St Helena landline
            f"011 290 5{d(4)}",  # St Helena mobile as dialled from North America
            f"+239 222 {d(4)}",  # São Tomé landline
            f"99{d(1)} {d(4)}",  # São Tomé mobile, domestic
            f"04998-2-{d(4)}",  # Chichijima, domestic
            f"+81 4998 3 {d(4)}",  # Hahajima, international
            f"+62 380 87{d(1)} {d(3)}",  # Rote
            f"(0639) 2{d(4)}",  # Gunungsitoli, Nias
            f"(0981) 2{d(4)}",  # Biak
            f"(03) 6359 {d(4)}",  # Flinders Island
            f"604-98{d(1)}-{d(4)}",  # North Vancouver
            f"250 957 {d(4)}",  # Bella Bella
            f"252-928-{d(4)}",  # Ocracoke
            f"(757) 891-{d(4)}",  # Tangier
            f"+56 65 263 {d(4)}",  # Castro, Chiloé
            f"+56 9 {d(4)} {d(4)}",  # Chilean mobile
            f"+500 2{d(4)}",  # Falklands landline
            f"5{d(4)}",  # Falklands mobile, domestic
            f"+82 64 7{d(2)} {d(4)}",  # Jeju
            f"252-928-{rng.choice(['SAIL', 'LACE', 'SHIP'])}",  # a vanity number with letters
            f"1-441-29{d(1)}-{rng.choice(['GLASS', 'COINS', 'PRINT'])}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 19), ("2611", 16), ("5482", 16), ("3443", 15), ("3034", 14),
                                     ("3562", 16), ("6546", 16), ("6212", 16), ("4", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length in (14, 15):
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.6 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.35:
            return " ".join(groups)
        if r < 0.5:  # em quads (U+2001), as some statement PDFs lay groups out
            return "\u2001".join(groups)
        if r < 0.62:  # Unicode hyphens (U+2010), as word processors' typographic dashes give them
            return "\u2010".join(groups)
        if r < 0.74:  # figure dashes (U+2012), as some receipts' text export gives them
            return "\u2012".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT31))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT31[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): sea-glass, risograph, print-studio, mosaic, ship-model, lace, coin,
        postcard, grading, photocard, convention, fansub, stop-motion, LEGO and webcam chat; Komga, Omeka S,
        CollectiveAccess, Piwigo, Tube Archivist, InvenTree, Kometa, Jellystat, Ghost, WriteFreely, GoToSocial,
        Friendica and Tautulli pastes, v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:8b0:{h()}:{h()}::{h()}", f"2a02:c7c:{h()}:{h()}::{h()}", f"2403:5800:{h()}::{h()}",
                         f"2001:ac8:{h()}:{h()}::{h()}:{h()}", f"2a01:7e0:{h()}::{h()}", f"2404:6800:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the smart plug on my sea glass tumbler is {}, it's been running 9 days", v4),
            ("the risograph's web panel is on {}, the masters queue there", v4),
            ("our print studio's press cam streams from {}", rng.choice([v4, v6])),
            ("the mosaic studio's label printer is {} if you need it", v4),
            ("the ship model club's 3d printer sits on {}", v4),
            ("lace guild zoom kept dropping, their router was {}", v4),
            ("the coin club auction site banned {} for sniping bots", rng.choice([v4, v6])),
            ("my postcard scanner uploads to {} overnight", v4),
            ("the grading site emailed me about a login from {}, wasn't me", rng.choice([v4, v6])),
            ("our photocard trading bot runs on {}", v4),
            ("the con wifi gave me {} and my stream died", v4),
            ("the fansub group's seedbox is {}", rng.choice([v4, v6])),
            ("the stop motion camera tether box is {}, don't unplug it", v4),
            ("the lego club's brick sorter is on {}", v4),
            ("my harbour webcam for plein air days is {}", v4),
            ("komga:\n  database:\n    file: /config/database.sqlite\nserver:\n  address: {}", v4),
            ("[database]\nhost = \"{}\"\nuser = \"omeka\"", v4),
            ("define(\"__CA_DB_HOST__\", '{}');", v4),
            ("$conf['db_host'] = '{}';", v4),
            ("ES_URL=http://{}:9200", v4),
            ("INVENTREE_DB_HOST={}", v4),
            ("plex:\n  url: http://{}:32400", v4),
            ("POSTGRES_IP={}", v4),
            ("\"database\": {\n  \"client\": \"mysql\",\n  \"connection\": {\n    \"host\": \"{}\",", v4),
            ("[database]\ntype = mysql\nhost = {}", v4),
            ("db-address: \"{}\"", rng.choice([v4, v6])),
            ("'hostname' => '{}',", v4),
            ("pms_ip = {}", v4),
            ("GTS_DB_ADDRESS={}", v4),
            ("komga: successful login for user 'shells' from [{}]", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        h, m, s, fr = rng.randint(0, 2), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 23)
        return rng.choice(
            [
                f"{rng.choice(['Charizard', 'Umbreon', 'Lugia', 'Gengar', 'Rayquaza', 'Mew'])}-{rng.randint(1, 99)}/{rng.randint(64, 198)}-PSA{rng.choice(['9', '10'])}",
                f"KM#{rng.randint(10, 999)}-{rng.choice(['AU58', 'MS63', 'VF20', 'XF45', 'PR69'])}",
                f"Pantone{rng.randint(100, 7999)}{rng.choice('CU')}{rng.choice('!#*')}",
                f"{h:02d}:{m:02d}:{s:02d}:{fr:02d}-{rng.choice(['Final', 'Lock', 'Reel2', 'Gull', 'Tide'])}",
                f"S{rng.randint(1, 6):02d}E{rng.randint(1, 24):02d}_{rng.choice(['Kaiju', 'Ronin', 'Mecha', 'Senpai', 'Isekai'])}{rng.choice('!?')}",
                f"#{self.token(6, '0123456789ABCDEF')}{rng.choice(['Teal', 'Seafoam', 'Cobalt', 'Umber', 'Sienna'])}",
                f"{rng.choice(['10497', '21335', '31109', '40516', '10294'])}-1_{rng.choice(['Galaxy', 'Lighthouse', 'Pirate', 'Harbour'])}",
                f"{rng.choice(['바다냄새', '사랑해', '고양이', '제주감귤', '돌하르방'])}{rng.choice(['1004', '77', '2024', '0314'])}",
                f"{rng.choice(['カモメ', 'ヒトデ', 'クジラ', 'ウミガメ'])}{rng.randint(10, 2025)}",
                f"{w()},{w()},{w()},{rng.randint(1, 99)}",
                f"{w()}|{w()}|{w()}{rng.choice('!?#')}",
                f"Torchon{rng.randint(8, 40)}Pairs{rng.choice('!?&')}",
                f"{rng.choice(['Seaside', 'Tidal', 'Moonlit', 'Driftwood'])}Era_PC#{rng.randint(1, 99):02d}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "~^|"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        b64 = alnum + "+/"
        b64url = alnum + "-_"
        options = [
            # passwords handed over in ways no earlier set used: shown on stream, typed as a watermark, next to
            # its hint, in a zine's colophon, on a postcard to oneself, a bias's birthday, a ship name, a share
            # link's password, a club motto, one that keeps being refused
            ("it flashed up on stream for like a second, {}, do I need to change it?", pw),
            ("I typed my password {} as the watermark on the commission previews by mistake lol", pw),
            ("my hint says 'first con' and the password is {}, does that make sense to you", pw),
            ("I hid the print studio wifi in the zine's colophon, {}", pw),
            ("wrote it on the back of a postcard I mailed to myself, {}", pw),
            ("is {} too obvious if it's my bias's birthday?", pw),
            ("set the fan art server to our ship name, {}", pw),
            ("the link password for the stop motion rushes is {}", pw),
            ("coin club members page uses the club motto, {}", pw),
            ("I keep typing {} on the grading site and it says wrong, did I mix something up", pw),
            ("the scanlation drive's password is {} don't leak the raws", pw),
            ("for the lego club raffle site I went with {}, is that ok", pw),
            # codes
            ("the shell display case at the museum shop takes {}", d(4)),
            ("coin strongroom dial: {}, turn left first", d(6)),
            ("the lightbox cupboard in the lino room is {}", d(4)),
            ("the con's kit room keypad takes {} if you need the charger", d(4)),
            ("the float tin at the card show is {}", d(3)),
            ("print studio keypad {} then the green key", d(5)),
            # cues in languages and dialects no earlier set used
            ("da peerie studio wifi is {}, dunna gie hit oot", pw),
            ("the wifi's {} pet, divn't tell neebody", pw),
            ("wifi password's {} la, sound", pw),
            ("la clave del wifi es {} po, cachai", pw),
            ("lé mot d'passe du wifi ch'est {}", pw),
            ("le mot de passe pour le wifi c'est {}, cher", pw),
            ("te parau huna o te wifi, {}", pw),
            ("te kupu muna o te wifi ko {}", pw),
            ("kod sekre wifi i {}", pw),
            ("kodi di wifi e {}", pw),
            ("it's {}, dingbatter, don't go telling the whole ferry", pw),
            # shell commands
            ("$ mega-login lace.guild@example.org '{}'", pw),
            ("$ qpdf --password='{}' --decrypt catalogue.pdf catalogue-open.pdf", pw),
            ("$ aria2c --ftp-user=subs --ftp-passwd='{}' ftp://seedbox.lan/raws/ep11.mkv", pw),
            ("$ keytool -list -keystore stopmo.jks -storepass '{}'", pw),
            ("$ yt-dlp -u harbourwebcam -p '{}' https://video.example.net/w/42", pw),
            ("$ gallery-dl -u shells -p '{}' https://www.deviantart.com/shells/gallery", pw),
            # pastes
            ("komga:\n  remember-me:\n    key: {}", tok(32, alnum)),
            ("[database]\nuser     = \"omeka\"\npassword = \"{}\"", pw),
            ("define(\"__CA_DB_PASSWORD__\", '{}');", pw),
            ("$conf['db_password'] = '{}';", pw),
            ("$scramble_key = '{}';", tok(64, hexl)),
            ("TA_PASSWORD={}", pw),
            ("ELASTIC_PASSWORD={}", pw),
            ("\"pixiv\": {\n    \"refresh-token\": \"{}\"", tok(43, b64url)),
            ("[CV]\ncomicvine_api = {}", tok(40, hexl)),
            ("INVENTREE_ADMIN_PASSWORD={}", pw),
            ("tmdb:\n  apikey: {}\n  language: en", tok(32, hexl)),
            ("JWT_SECRET={}", tok(48, alnum)),
            ("\"auth\": {\n    \"user\": \"postmaster@mg.example.org\",\n    \"pass\": \"{}\"", pw),
            ("[database]\ntype = mysql\nusername = writefreely\npassword = {}", pw),
            ("db-password: \"{}\"", pw),
            ("GTS_DB_PASSWORD={}", pw),
            ("'database' => [\n    'username' => 'friendica',\n    'password' => '{}',", pw),
            ("\"apiKey\": \"{}\",", tok(68, b64) + "=="),
            ("[General]\napi_key = {}", tok(32, hexl)),
            ("MALOJA_FORCE_PASSWORD={}", pw),
            ("LD_SUPERUSER_PASSWORD={}", pw),
            ("FRAMEIO_TOKEN={}", "fio-u-" + tok(64, b64url)),
            ("ADOBE_CLIENT_SECRET={}", "p8e-" + tok(32, b64url)),
            ("GITLAB_OAUTH_SECRET={}", "gloas-" + tok(64, hexl)),
            ("helm upgrade --install kiosk gitlab/gitlab-agent --set config.token={}", "glagent-" + tok(50, b64url)),
            ("GITLAB_INCOMING_EMAIL_TOKEN={}", "glimt-" + tok(25, alnum)),
            ("DIGITALOCEAN_OAUTH_TOKEN={}", "doo_v1_" + tok(64, hexl)),
            ("VAULT_TOKEN={}", "hvb.AAAAAQ" + tok(120, b64url)),
            ("EBAY_USER_TOKEN={}", "v^1.1#i^1#r^1#p^3#I^3#f^0#t^H4sIAAAAAAAA" + tok(120, b64) + "="),
            ("SLACK_CLIENT_TOKEN={}", f"xoxc-{d(12)}-{d(12)}-{d(13)}-{tok(64, hexl)}"),
            ("Authorization: Client-ID {}", tok(43, b64url)),
            ("Numista-API-Key: {}", tok(40, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets and the tagger's generated handles did not use ('x_seaglass_441',
        'y.prints.lino', '바다_x')."""
        rng = self.rng
        first, last = (_ascii_name(x) for x in self.first_last())
        return rng.choice(
            [
                f"{first}_seaglass_{rng.choice(['441', '345', '290', '239', '500'])}",
                f"{last}prints.lino",
                f"riso.{first}",
                f"{last}.glassworks",
                f"tessera_{last}",
                f"shipinabottle_{first}",
                f"{last}_lacemaker",
                f"{last}.numis.{rng.randint(2, 99)}",
                f"postcards.from.{first}",
                f"{last}_psa10",
                f"{first}_pc_binder",
                f"{first}_comms_open",
                f"{last}_subs",
                f"stopmo.{first}",
                f"{first}.brickshelf",
                f"{last}.en.plein.air",
                f"{rng.choice(['바다', '제주', '고래'])}_{first}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=5, maximum_age=95)
        m, day, year = dt.month, dt.day, dt.year
        ty = "Tēnuare Fēpuare Māti Eperēra Mē Tiunu Tiurai Atete Tetepa Ātopa Novema Tītema".split()
        crs = "Zanvye Fevriye Mars Avril Me Zen Zilyet Out Septanm Oktob Novanm Desanm".split()
        kea = "Janeru Fevereru Marsu Abril Maiu Junhu Julhu Agostu Setenbru Otubru Novenbru Dizenbru".split()
        rar = "Tīnuare Pēpuare Māti Āperira Mē Tiunu Tiurai Aukute Tepetema Okotopa Noema Tītema".split()
        nrf = "Janvyi Févri Mars Avri Mai Juîn Juilet Août Septembre Octobre Novembre Dézembre".split()
        mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
        return {
            "ty": f"{day} no {ty[m - 1]} {year}",  # Tahitian
            "crs": f"{day} {crs[m - 1]} {year}",  # Seychellois Creole
            "kea": f"{day} di {kea[m - 1]} di {year}",  # Cape Verdean Kriolu
            "rar": f"{day} {rar[m - 1]} {year}",  # Cook Islands Māori
            "nrf": f"{day} d'{nrf[m - 1]} {year}"
            if nrf[m - 1][0] in "AO"
            else f"{day} {nrf[m - 1]} {year}",  # Jèrriais
            "vba": f"{year}, {m}, {day}",  # inside VBA's DateSerial(...)
            "ps": f"{day:02d}.{m:02d}.{year}",  # PowerShell's [datetime]::ParseExact('...', 'dd.MM.yyyy', $null)
            "perl": f"year => {year}, month => {m}, day => {day}",  # Perl's DateTime->new(...)
            "elm": f"{year} {mon[m - 1]} {day}",  # Elm's Date.fromCalendarDate
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["ty", "crs", "kea", "rar", "nrf"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the con's age check wants my birthday, I put {}", any_shape),
            ("the card grading account asks for date of birth, mine's {}", any_shape),
            ("lace guild membership form, birthday {} is that the right order?", any_shape),
            ("the gallery needs my date of birth for the artist bio, it's {}", any_shape),
            ("ua fanauhia vau i te {}", s["ty"]),
            ("mon ti ne le {}", s["crs"]),
            ("n nase dia {}", s["kea"]),
            ("kua anau au i te {}", s["rar"]),
            ("j'sis né lé {}", s["nrf"]),
            ("dob = DateSerial({})", s["vba"]),
            ("$dob = [datetime]::ParseExact('{}', 'dd.MM.yyyy', $null)", s["ps"]),
            ("my $dob = DateTime->new({});", s["perl"]),
            ("dob = Date.fromCalendarDate {}", s["elm"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT31_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} found a piece of red sea glass on the north beach, so rare",
        "{} carved the lino block for the festival poster",
        "{} ran off 200 copies of the zine on the riso",
        "{} leaded the church window panel in one weekend",
        "{} set the mosaic on the harbour wall tile by tile",
        "{} got a full-rigged ship into a rum bottle!!",
        "{} worked the bobbin lace collar for the museum",
        "{} traded me a silver florin for two postcards",
        "{} has 3000 postcards of lighthouses, all sorted",
        "{} pulled a gem mint umbreon and cried",
        "{} swapped me the photocard I needed for my binder",
        "{} is taking fan art commissions again, slots open friday",
        "{} typeset the new episode overnight",
        "{} animated twelve seconds of stop motion in a day",
        "{} sold the lego lighthouse on bricklink",
        "{} painted the harbour en plein air before the rain came",
        "can you write a thank you note to {} for the lace bobbins",
        "remind me to send {} the money for the zine table",
        "ask Miss {} at the craft market for the shell buttons",
        "{} of Ocracoke carved the decoy on our mantel",
        "my gran {} taught me to read coin dates",
        "Pictured: {} (left) with the winning mosaic",
        "Inscribed lower right: {} pinx.",
        "Harbour at dawn, linocut, {} fecit 2023",
        "Lot 14: {} (1931–2004), Lighthouse at Dusk, linocut, 12/50",
        "Letterer: {}",
        "Colourist: {}",
        "Cosplayer: {}",
        "Curator: {}",
        "Typesetter: {}",
        "Animator: {}",
        "Lacemaker: {}",
        '"artist_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "send the sea glass parcel to {}",
        "the zine fair is at {} this year",
        "mail the postcard to {} please, it's for the swap",
        "the lace guild meets at {}",
        "ship the graded cards back to {}",
        "the print studio moved to {}",
        "Studio: {}",
        "Return to: {}",
        '"ship_to": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send your commission refs to {}",
        "the zine fair tables are booked through {}",
        "my numista contact email is {}",
        "the postcard club secretary is {}",
        "the fansub group's raws requests go to {}",
        "Commissions: {}",
        '"contact_email": "{}",',
        "INVENTREE_ADMIN_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the print studio's number is {}",
        "text the lace teacher on {}",
        "the coin shop's phone is {}",
        "call the con's lost property on {}",
        "the glass supplier's mobile is {}",
        "Studio phone: {}",
        "WhatsApp (commissions): {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "the grading submission went on {}",
        "I paid the con ticket with {}",
        "the riso ink order came off {}",
        "I bought the coin with {}",
        "Card used: {}",
        '"pan": "{}",',
    ],
    "IBAN_CODE": [
        "pay the zine fair table fee into {}",
        "the lace guild's account is {}",
        "send the coin club auction money to {}",
        "the print studio rent goes to {}",
        ":25:{}",
        "IBAN (commissions): {}",
    ],
    "USERNAME": [
        "my ArtStation is {} if you want the lino series",
        "I post on DeviantArt as {}",
        "follow my Pixiv, I'm {}",
        "my Toyhouse is {}, the ocs are there",
        "add me on AniList, {}",
        "my MyAnimeList is {}",
        "I sell on BrickLink as {}",
        "my Numista is {}, the florins are listed",
        "I'm {} on TCGplayer",
        "my Weverse name is {}",
        "the zines are on Gumroad under {}",
        "the stop motion game is on itch.io as {}",
        "my Webtoon is {}",
        "my Carrd is {}.carrd.co",
        "I sell the prints on Redbubble as {}",
        "TA_USERNAME={}",
        "INVENTREE_ADMIN_USER={}",
        '"username": "{}",',
    ],
}
HELDOUT31_MIXED = [
    ("Pictured: {} (left) and {} (right) with the lace panel", ["PERSON", "PERSON"]),
    ("{} ({}) sold me the florin, paid with {}", ["PERSON", "PHONE_NUMBER", "CREDIT_CARD"]),
    ("Letterer: {}, contact {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("GTS_DB_ADDRESS={}\nGTS_DB_USER={}\nGTS_DB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("I'm {} on BrickLink, send the lot money to {}", ["USERNAME", "IBAN_CODE"]),
    ("{} lives at {}, the postcards go there", ["PERSON", "STREET_ADDRESS"]),
    ("ask {} for the print studio wifi, it's {}", ["PERSON", "SECRET"]),
    ("Cosplayer: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("$ yt-dlp -u {} -p '{}' --source-address {} https://video.example.net/w/42", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} <{}> wants a commission slot", ["PERSON", "EMAIL_ADDRESS"]),
    ("my Weverse is {}, birthday {}", ["USERNAME", "DATE_OF_BIRTH"]),
]  # fmt: skip
HELDOUT31_NEGATIVES = [
    "Hamilton is Bermuda's capital and its only city",
    "Seven Mile Beach is on Grand Cayman",
    "Cayman Brac has a bluff at its eastern end",
    "San Andrés is known for its sea of seven colours",
    "Providencia is joined to Santa Catalina by a footbridge",
    "Jacob's Ladder in Jamestown has 699 steps",
    "the RMS St Helena was the last working Royal Mail Ship",
    "Pico Cão Grande is a volcanic needle on São Tomé",
    "the Ogasawara ferry from Tokyo takes about 24 hours",
    "Rote is the southernmost island of Indonesia",
    "lontar palm sugar is boiled on Sabu",
    "the stone jump on Nias is called fahombo",
    "Biak has a cave museum from the war",
    "mutton birds nest on the Furneaux islands",
    "the Sea to Sky highway runs through Squamish",
    "Bella Bella is on Campbell Island",
    "Ocracoke's ponies are penned by the highway",
    "Tangier Island is losing land to the Chesapeake",
    "the palafitos in Castro stand on stilts over the water",
    "curanto is cooked in a pit of hot stones in Chiloé",
    "Stanley is the capital of the Falklands",
    "Hallasan is the volcano in the middle of Jeju",
    "Salish orthography writes the glottal stop as 7",
    "katakana writes foreign names with a dot between them",
    "Miss before a first name is a polite form on the islands",
    "the coral bleached again this summer",
    "storm warning for the weekend, bring the easels in",
    "the reef is two kilometres off the point",
    "a marlin took the lure at dawn",
    "the bay froze over in 1963",
    "Capri blue is a glaze colour",
    "red sea glass is the rarest colour",
    "a brayer rolls the ink onto the lino",
    "the riso prints one colour per drum",
    "use 3/16 came for the small pieces",
    "andamento is the flow of the tesserae",
    "torchon lace is worked on a pricked pattern",
    "a 1933 penny is the one everyone wants",
    "divided backs on postcards started in 1902",
    "PSA 10 means gem mint",
    "commissions open means the artist is taking orders",
    "subs are timed to the audio, then typeset",
    "stop motion is usually shot at 12 frames a second",
    "paint the light first when you're out en plein air",
    "komga:\n  libraries-scan-cron: \"0 */8 * * * ?\"",
    "define(\"__CA_APP_DISPLAY_NAME__\", \"Harbour Museum Collections\");",
    "$conf['show_gt'] = false;",
    "TA_HOST=http://localhost:8000",
    "\"extractor\": {\n  \"base-directory\": \"~/gallery-dl/\"",
    "INVENTREE_DEBUG=False",
    "GTS_HOST=gts.example.org",
    "'system' => ['url' => 'https://friendica.example.net'],",
    "MALOJA_DATA_DIRECTORY=/data",
    "\"applicationUrl\": \"http://localhost:5055\"",
    "http_port = 8181",
    "GTS_DB_PASSWORD=changeme",
    "TA_PASSWORD=<your password here>",
    "api_key = YOUR_API_KEY",
    "password: ********",
    "Komga 1.11.1 fixed the OPDS feed",
    "order #CG-771204 shipped: 3 comics and a slab case",
    "fixed in commit 9c41e07, the katakana font was missing",
    "edition 12/50, signed in pencil",
    "Pantone 7710 C is the teal in the poster",
    "the cut is at timecode 01:02:03:04",
    "LEGO 10497-1 is still sealed in the box",
    "KM# 140 is the catalogue number of that florin",
    "the zine was born on 3 May 2019 at a kitchen table",
    "the con runs 14 to 16 March 2025",
    "the card is postmarked 14 March 1907",
    "card 3530 1113 3330 0000 is a JCB test number",
    "IBAN MT84 MALT 0110 0001 2345 MTLC AST0 01S is the registry example",
    "write to artist@example.com on the form",
    "192.0.2.146 is a documentation address",
    "2001:db8:31::7 is a documentation address",
    "dial 911 in Bermuda and Cayman, 999 in the Falklands",
    "who has the glass cutter",
    "the zine stapler is jammed again",
    "see you at the con!",
    "can you remind me to buy more tesserae",
]  # fmt: skip


def _typo31(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a German QWERTZ keyboard's y and z swapped in one
    word ('yesterday' -> 'zesterdaz') or a chat app's '(edited)' mark after a changed message."""
    if not _chat_like(template):
        return template
    words = [m for m in YZ_WORD_HELDOUT31.finditer(template) if m.group(0)]
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        swapped = m.group(0).translate(str.maketrans("yz", "zy"))
        return template[: m.start()] + swapped + template[m.end() :]
    return template + " (edited)"


def build_heldout31(seed: int = HELDOUT31_SEED) -> list[Example]:
    """Held-out set 31: `Gen31` values in `HELDOUT31_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen31(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 60, "USERNAME": 24, "IP_ADDRESS": 20}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.78  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in (
                "SECRET",
                "IP_ADDRESS",
                "DATE_OF_BIRTH",
            ):  # the template depends on the value's shape
                sample = {"SECRET": gen.secret, "IP_ADDRESS": gen.ip_sample, "DATE_OF_BIRTH": gen.dob_sample}
                template, value = sample[etype](chat)
                styles.append((template, [(etype, value)]))
            else:
                template = _pick_chat_or_not(rng, HELDOUT31_TEMPLATES[etype], chat)
                styles.append((template, [(etype, makers[etype]()) for _ in range(template.count("{}"))]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT31_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT31_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo31(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.09), (text.upper(), "upper", 0.12)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples
