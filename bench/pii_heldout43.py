"""Held-out PII set 43 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout43": written before round 32 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT43 is empty, as for
held-out 16 to 42; written at the same time as held-out 44, the two authors split the world between them: 43
takes kitchens, food and drink trades (restaurant and hotel kitchens and their brigades, bakeries and
patisseries, butchers and fishmongers, breweries, distilleries and wine cellars, coffee roasters, market stalls
and food trucks, catering and school dinners, food banks, grocery wholesalers, food-safety inspections), 44
takes emergency services, public transport and the post); hand-written lists of Hemshin pastry makers and
bakers of Istanbul's Kadıköy and Şişli and of Rize's Çamlıhemşin and Pazar (Turkish given names and the
family names of Hemşin families, 'usta' or 'abla' after the given name: 'Necati Haznedar', 'Şükriye
Topaloğlu', 'Rıza usta'), Danube Swabians of the Banat (Jimbolia/Hatzfeld, Sânnicolau Mare, Timișoara) and,
since 1990, of Ulm and Ingolstadt (butchers, bakers and innkeepers: the dialect's short given names and the
family names of German and Lorraine French settlers, 'Vetter' and 'Wes' before an older one's given name:
'Sepp Tiefenbach', 'Wawi Lafleur', 'Vetter Niklos'), Yemenite Jews of Rosh HaAyin, Sha'arayim and Kerem
HaTeimanim (jachnun, malawach and kubaneh bakers and kashrut supervisors: the father's given name after 'ben'
or 'bat', 'savta' and 'mori' before a given name: 'Yihye ben Saadia Damari', 'Mazal bat Shalom', 'Hamama
Tsabari'), Karamanlides, Cappadocian Greeks' grandchildren in Thessaloniki's bougatsa shops and bakeries and in
Nea Karvali (family names in -oglou for men and women alike, a Greek certificate's father's name in the
genitive after 'tou', 'kyr' and 'kyra' before a given name: 'Prodromos Kalaitzoglou', 'Savvas Tsakiroglou
tou Lazarou', 'kyra Despina'), Pomors of the White Sea (Kem, Belomorsk, Umba and Varzuga: fish salting,
smokehouses and the Arkhangelsk fish market, in English transliteration, the feminine -a, and the spoken
patronymic alone that a village calls an older one by: 'Lavrenty Fomich Voronin', 'Agafya Kopytova',
'Kuzminichna', 'Savvich') and Qingtianese of Madrid's Usera, Fuenlabrada's Cobo Calleja, Santa Coloma and
Prato (bars, restaurants and cash-and-carry wholesalers: an adopted Spanish or Italian given name before the
family name, or the Chinese order: 'Paco Ye', 'Lucía Zhou', 'Chen Xiulan'); brigade ('Chef de partie:',
'Sous:', 'Commis:', 'Head chef:', 'Pastry chef:', 'KP:'), market ('Stallholder:'), food hygiene
('Certificate holder:', 'Inspected by:', 'Temperature checked by:'), kashrut ('Mashgiach:'), brewery and
cellar ('Head brewer:', 'Cellar master:'), roastery ('Roaster:'), goods-in ('Delivery received by:'),
licensing ('Designated premises supervisor:') and catering ('Catering manager:') fields, and a kitchen rota's
nickname beside the name ('X, chips on the rota, ...'); over three quarters of the sentences typed to the
bot or a friend: services, prep and the pass, brigades and rotas, jachnun, bougatsa and baklava, butchers'
and fishmongers' orders, smokehouses, breweries, stills and cellars, roasting, market pitches and food
trucks, school dinners, food banks, the cash and carry, allergens and food-safety visits; self-hosted apps'
config no earlier set pasted: Chromis POS chromispos.properties, NexoPOS and OrderSprinter settings,
RecipeSage's and Open Food Network's env files, Brewblox's .env and a fermentation controller's JSON; those
regions' addresses (Istanbul's 'No: 42 D: 3, 34363 Şişli/İstanbul', Ayder and Pazar in Rize with 53xxx,
Banat towns with the German name beside the Romanian, 'nr.' and 'ap.', Ulm 890xx and Ingolstadt 850xx,
Rosh HaAyin, Kerem HaTeimanim and Sha'arayim's 'Rehov ...' with Israel's seven-digit postcode, Thessaloniki
546 xx and Nea Karvali 640 06, Kem, Belomorsk, Varzuga and Arkhangelsk with 'ul.', 'd.', 'kv.' and the
six-digit index, Usera's 'C/ ..., 3º B, 28026 Madrid', Cobo Calleja's 'nave', Santa Coloma 08921 and Prato
59100) and phones (Istanbul 0216, Rize 0464, Turkish mobiles, Timișoara 0256, Ulm 0731, German 0176, Rosh
HaAyin 03-9, Israeli mobiles, Thessaloniki 2310, Kavala 2510, Greek mobiles, Kem 8 (81458), Arkhangelsk 8
(8182), Russian mobiles, Madrid 91, Spanish mobiles, Prato 0574, Italian mobiles, Chinese mobiles and
Qingtian 0578); Visa, Mastercard 51-55 and 2720, Amex 34 and 37, Troy 9792, Mir 2202, UnionPay 62 and
Discover 6011 as a cash and carry, a catering deposit or a fish order takes them, with spaces, hyphens or
none; IBANs of Turkey, Romania, Germany, Israel, Greece, Spain and Italy (every IBAN country was used by an
earlier set; these fit this set's people); IPs in combi-oven, pass ticket-printer, walk-in temperature
logger, blast chiller, probe-thermometer base, pot-wash dishwasher, espresso-machine telemetry, coffee
roaster burner controller, fermenter controller, still PLC, wine-cellar humidity sensor, bakery deck-oven,
proofer-retarder, food-truck 4G router, food-bank label printer, cash-and-carry scanner gateway, butcher's
label scale, smokehouse kiln, market-stall card reader and POS-till chat and in the pastes above, a
NexoPOS print-job log line and a HACCP logger's warning, v6 in 2a02:e0, 2a02:8108, 2a0d:6fc0, 2a02:587 and
2a00:1370 ranges; passwords handed over in ways no earlier set used (on the walk-in door's whiteboard,
chalked on the back of the specials board, on the back of the rota, taped inside the dry store, in the
allergen folder, on a supplier's delivery note, on the fermenter's tape, on the cellar slate, in marker on
the flour tub's lid, the food truck's generator lockbox, the bakery's back-door keypad and the cash and
carry card's PIN), Rosh HaAyin ('RoshHaAyin#48'), the Shabbat jachnun ('Jachnun_Shabbat'), Ayder
('Hemsin!Ayder'), Hatzfeld's butchers ('Hatzfeld_Metzger'), Nea Karvali ('Karvali#1924'), Solovki
('Solovki!47'), Usera ('Usera@Qingtian'), leetspeak of kitchen words ('$0u$v1d3', 'br1$k37'), words
joined by hyphens with a core temperature ('cure-x-75C'), Cropster, Ekos, Vintrace, MarketMan, Apicbase,
Deliverect, Zettle, Epos Now, SevenRooms, Uber Eats and Just Eat secrets, Laravel's base64 APP_KEY and a
Rails SECRET_TOKEN, and cues in Hebrew ('הסיסמה'), Chinese ('密码'), German ('Zugangscode') and Greek
('συνθηματικό'); usernames on ChefTalk, eGullet, Homebrew Talk, Jim's Beer Kit, BeerAdvocate,
CellarTracker, Home-Barista, CoffeeGeek, The Fresh Loaf, Allrecipes, BBC Good Food, Food52, Whiskybase,
Smoking Meat Forums, Sausagemaking, WineBerserkers, RateBeer, Brewer's Friend, pizzamaking, Chefkoch, Nefis
Yemek Tarifleri, Xiachufang, OpenTable and a taproom's Untappd, shapes like 'x_on_sauce', 'y.proofing',
'chef_x_86', 'x-fromthepass', 'y_brewday', 'x.fillets', 'y.crema' and 'xy_5kg'; dates of birth on a food
hygiene course, a personal licence, a market licence, an agency's kitchen shift, a food bank volunteer form,
a brewery's van insurance, a Turkish kimlik and a school caterer's DBS check, in Hebrew ('תאריך לידה'),
German ('geboren 5. März 1987'), Russian ('д.р.'), Greek ('ημ. γεν.') and Spanish ('Fecha nac.'), MySQL's
STR_TO_DATE(), Java's LocalDate.parse(), PHP's date_create() and a YAML 'date-of-birth:'; typos as swipe
typing drawing another word along the same path ('was' -> 'wad', 'good' -> 'food', 'in' -> 'on') or a wet
fingertip landing between two keys and typing both ('order' -> 'ordser'); negatives with the same regions'
places and dishes, the usta, Vetter and Wes, ben and bat, -oglou and tou, the Pomor patronymic explained,
service, prep and table talk, order and table numbers, 86'd dishes, times, fridge, freezer, hot-holding,
cooking and proving temperatures, batch and lot codes, allergen numbers, best-before and use-by dates, a
delivery date, a church fair's and a brewery's founding date that are not birthdays, gravities and ABV,
barrel sizes, roast and espresso recipes, prices, a hygiene rating, a version, a commit, placeholder
secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and v6),
emergency numbers, and short everyday kitchen chat).

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

HELDOUT43_SEED = 6750334
# no faker name locale, as in held-out 16 to 42: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT43: list[str] = []
# kitchens, food and drink trades (held-out 44, written at the same time, takes emergency services, public
# transport and the post); each origin: (men's given names, women's given names, family names)
NAMES_HELDOUT43: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Hemshin pastry makers and bakers of Istanbul (Kadıköy, Beyoğlu, Şişli) and Rize (Çamlıhemşin, Pazar,
    # Ardeşen); 'usta' (master) or 'abla' (elder sister) after the given name
    "hemshin": ("Rıza Şükrü Necati Hamdi Ekrem Selami Nevzat Cemal Temel Yılmaz".split(),
                "Şükriye Nazmiye Hayriye Fadime Nurten Saniye Sabahat Gülsüm".split(),
                "Topaloğlu Bekiroğlu Haznedar Ayvaz Meriç Tuncer Hacısalihoğlu Kayaoğlu Çakmakçı Köseoğlu Uzunhasanoğlu".split()),
    # Danube Swabians of the Banat (Jimbolia/Hatzfeld, Sânnicolau Mare/Großsanktnikolaus, Timișoara) and,
    # after 1990, of Ulm, Ingolstadt and Sindelfingen: butchers, bakers and innkeepers; the dialect's short
    # given names, and the family names of German and of Lorraine French settlers
    "banat_swabian": ("Sepp Niklos Toni Franzi Matz Wendel Hansi Jakob Stefan".split(),
                      "Kathi Leni Lissi Resi Wawi Susi Marlies Annemarie".split(),
                      "Tiefenbach Eichert Kremm Lafleur Massong Tillier Hehn Jost Ballmann Schiff Rieger Pierre Loch".split()),
    # Yemenite Jews of Rosh HaAyin, Sha'arayim and Tel Aviv's Kerem HaTeimanim (jachnun, malawach and kubaneh
    # bakers, the Kerem's kitchens and kashrut supervisors)
    "yemenite": ("Yihye Saadia Salem Zecharia Shalom Avishai Oded Tzion Yosef Shimon".split(),
                 "Mazal Hamama Yona Zohara Bracha Geula Tova Ofra Shoshana".split(),
                 "Sharabi Tzadok Madmoni Nahari Damari Kapach Yitzhari Badihi Tsabari Arusi Jarufi Ozeri Hamami Mahfud".split()),
    # Karamanlides, Cappadocian Greeks' grandchildren of Gelveri, Sinasos and Talas, in Thessaloniki's bougatsa
    # shops and bakeries and Nea Karvali by Kavala: family names in -oglou (a woman's the same)
    "karamanli": ("Savvas Prodromos Anestis Lazaros Charalambos Polychronis Kyriakos Theologos Eleftherios".split(),
                  "Sofia Anastasia Despina Kyriaki Evanthia Paraskevi Chrysoula Eleni".split(),
                  "Kalaitzoglou Tsakiroglou Moumtzoglou Sarafoglou Tenekeoglou Kantaroglou Demirtzoglou Kioseoglou Boyatzoglou Terzoglou Kazantzoglou".split()),
    # Pomors of the White Sea (Kem, Belomorsk, Umba, Varzuga, Sumsky Posad; fish salting, smokehouses, the
    # Arkhangelsk fish market), in the English transliteration
    "pomor": ("Yermolai Afanasy Lavrenty Tikhon Foma Grigory Kondraty Parfyon Savva Kuzma".split(),
              "Pelageya Agafya Ulyana Anfisa Praskovya Matryona Taisia Klavdia".split(),
              "Voronin Kopytov Nemchinov Lodygin Burkov Karelin Sharapov Khabarov Zakhvatov Rakhmanin Kozhin".split()),
    # Qingtianese of Madrid's Usera, Fuenlabrada's Cobo Calleja, Santa Coloma's Fondo and Prato (bars,
    # restaurants, cash-and-carry wholesalers); the Chinese given names here, the adopted Spanish and Italian
    # ones in QINGTIAN_ADOPTED_HELDOUT43
    "qingtian": ("Jianping Weidong Haibo Xiaoming Jianhua Lijun Guoqiang Zhiwei".split(),
                 "Lihua Xiulan Meiling Yanfang Suzhen Qiaoyun Huifang".split(),
                 "Ye Zhou Chen Wu Xu Ji Hu Zhan Jin Lin Pan".split()),
}  # fmt: skip
# the Spanish or Italian name a Qingtianese bar owner goes by, before the family name ('Paco Ye')
QINGTIAN_ADOPTED_HELDOUT43 = {
    "men": "Paco Pepe Juan Antonio Carlos Marco Luca".split(),
    "women": "Lucía Marta Rosa Elena Julia Giulia Sara".split(),
}
# a Pomor village calls an older man or woman by the patronymic alone, in its spoken short form
POMOR_PATRONYMICS_HELDOUT43 = {
    "men": "Ivanych Savvich Kuzmich Nikitich Fomich Lukich Yegorych Petrovich".split(),
    "women": "Petrovna Savvishna Kuzminichna Nikitichna Fominichna Ivanovna Yegorovna".split(),
}
# a Karamanli father's given name in the Greek genitive, after 'tou' on a Greek certificate
GREEK_GENITIVES_HELDOUT43 = "Prodromou Lazarou Savva Anesti Kyriakou Charalambou Theologou Polychroni".split()
# a title before the name (outside the span) goes with the origins that use it
TITLED_HELDOUT43: dict[str, list[str]] = {
    "vetter": ["banat_swabian"],  # the Banat's 'uncle' before an older man's given name
    "wes": ["banat_swabian"],  # and 'aunt' before an older woman's
    "savta": ["yemenite"],  # Hebrew 'grandma', before her given name
    "mori": ["yemenite"],  # a Yemenite rabbi's or teacher's title, before his given name
    "kyr": ["karamanli"],  # an old Greek 'Mr' before a given name
    "kyra": ["karamanli"],
}
TITLE_SLOT_HELDOUT43 = re.compile(r"\b(vetter|wes|savta|mori|kyra|kyr) \{\}", re.IGNORECASE)
# a Turkish title written after the given name (outside the span): 'Rıza usta', 'Nazmiye abla'
TITLE_AFTER_SLOT_HELDOUT43 = re.compile(r"\{\} (usta|abla)\b", re.IGNORECASE)
# every IBAN country was used by an earlier set: these fit this set's people
IBAN_SHAPES_HELDOUT43 = {
    "TR": "5n1n16c", "RO": "4a16c", "DE": "18n", "IL": "19n", "GR": "7n16c", "ES": "20n", "IT": "1a10n12c",
}  # fmt: skip
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT43 = ["kitchen", "pastry", "bakery", "butcher", "fish", "brew", "cellar", "roast", "stall",
                      "catering", "foodbank", "wholesale", "brigade", "prep", "grill", "smokehouse"]  # fmt: skip
# slips outside the slots: swipe typing drawing another word along the same path, or a wet fingertip landing
# between two keys and typing both
SWIPE_HELDOUT43 = {
    "was": "wad", "is": "us", "in": "on", "for": "fur", "can": "cant", "him": "hum", "this": "thus",
    "good": "food", "off": "odd", "our": "out", "not": "nit", "got": "gut", "then": "thin", "just": "must",
    "tell": "tall",
}  # fmt: skip
SWIPE_WORD_HELDOUT43 = re.compile(r"(?<![{\w'-])(" + "|".join(SWIPE_HELDOUT43) + r")(?![\w}'-])")
QWERTY_NEIGHBOURS_HELDOUT43 = {
    "a": "qs", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj", "i": "uo", "j": "hk",
    "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o", "r": "et", "s": "ad", "t": "ry", "u": "yi",
    "v": "cb", "w": "qe", "y": "tu",
}  # fmt: skip
TITLE_WORDS_HELDOUT43 = set(TITLED_HELDOUT43) | {"usta", "abla"}


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Rıza' -> 'riza', 'Lucía' ->
    'lucia', 'Hacısalihoğlu' -> 'hacisalihoglu')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name.replace("ı", "i")).lower())


class Gen43(Gen3):
    """Generators for held-out set 43: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(self, origin: str | None = None) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT43."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT43))
        men, women, lasts = NAMES_HELDOUT43[origin]
        woman = rng.random() < 0.45
        return origin, rng.choice(women if woman else men), rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        if origin == "yemenite" and r < 0.3:  # the father's given name after ben or bat
            father = rng.choice(NAMES_HELDOUT43["yemenite"][0])
            return f"{first} {'bat' if woman else 'ben'} {father}" + (
                f" {last}" if rng.random() < 0.6 else ""
            )
        if origin == "karamanli" and r < 0.3:  # a Greek certificate: the father's name in the genitive
            return f"{first} {last} tou {rng.choice(GREEK_GENITIVES_HELDOUT43)}"
        if origin == "pomor":
            if r < 0.3:  # the patronymic alone, as the village calls an older one
                return rng.choice(POMOR_PATRONYMICS_HELDOUT43["women" if woman else "men"])
            if r < 0.5:
                patronymic = rng.choice(POMOR_PATRONYMICS_HELDOUT43["women" if woman else "men"])
                return f"{first} {patronymic} {last}" + ("a" if woman else "")
            if woman:
                return f"{first} {last}a"
        if origin == "qingtian":
            if r < 0.4:
                return f"{rng.choice(QINGTIAN_ADOPTED_HELDOUT43['women' if woman else 'men'])} {last}"
            if r < 0.75:  # the Chinese order, family name first
                return f"{last} {first}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.64:
            name = self._full(origin, first, last, woman)
        elif r < 0.78:
            name = first
        elif r < 0.88:
            name = last + ("a" if origin == "pomor" and woman else "")
        else:  # the given name's initial and the family name, as a rota or a delivery note gives it
            name = f"{first[0]}. {last}"
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Vetter Sepp', 'savta Mazal', 'kyra Sofia') or after it
        ('Rıza usta', 'Nazmiye abla'), from the origins that use it."""
        rng = self.rng
        title = title.lower()
        origin = "hemshin" if title in ("usta", "abla") else rng.choice(TITLED_HELDOUT43[title])
        men, women, _ = NAMES_HELDOUT43[origin]
        woman = title in ("wes", "savta", "kyra", "abla")
        return rng.choice(women if woman else men)

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before or after it."""
        m = TITLE_SLOT_HELDOUT43.search(template) or TITLE_AFTER_SLOT_HELDOUT43.search(template)
        return self.titled_person(m.group(1)) if m else self.person()

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 160)
        pick = rng.choice
        shapes = [
            f"{pick(['Bahariye Cad.', 'Moda Cad.', 'Güneşlibahçe Sok.'])} No: {n}, Caferağa Mah., 34710 Kadıköy/İstanbul",
            f"{pick(['Halaskargazi Cad.', 'Rumeli Cad.'])} No: {n} D: {rng.randint(1, 12)}, 34363 Şişli/İstanbul",
            f"Ayder Yaylası No: {rng.randint(1, 60)}, 53750 Çamlıhemşin/Rize",
            f"{pick(['Merkez Mah.', 'Cumhuriyet Mah.'])} Atatürk Cad. No: {n}, 53300 Pazar/Rize",
            f"Str. {pick(['Republicii', 'Gării', 'Libertății'])} nr. {n}, 305400 Jimbolia (Hatzfeld), jud. Timiș",
            f"Str. {pick(['Mihai Viteazul', 'Vasile Alecsandri'])} nr. {n}, 305600 Sânnicolau Mare, jud. Timiș",
            f"Str. {pick(['Ștefan cel Mare', 'Dragalina'])} nr. {rng.randint(1, 60)}, ap. {rng.randint(1, 30)}, 3000{rng.randint(10, 99)} Timișoara",
            f"{pick(['Söflinger Str.', 'Wengengasse', 'Karlstraße'])} {n}, 890{rng.choice(['73', '77'])} Ulm",
            f"{pick(['Münchener Str.', 'Hallstraße'])} {n}, 850{rng.choice(['49', '51', '53'])} Ingolstadt",
            f"Rehov {pick(['HaShaked', 'Shabazi', 'HaRav Kook', 'Ben Zakai'])} {rng.randint(1, 60)}, Rosh HaAyin {rng.randint(4800000, 4899999)}",
            f"Rehov {pick(['Yishkon', 'HaKovshim', 'Nahliel'])} {rng.randint(1, 50)}, Kerem HaTeimanim, Tel Aviv {rng.randint(6330000, 6339999)}",
            f"Rehov {pick(['Yefet', 'Saadia Gaon'])} {rng.randint(1, 40)}, Shaarayim, Rehovot {rng.randint(7600000, 7699999)}",
            f"{pick(['Komninon', 'Vasileos Irakleiou', 'Aristotelous'])} {rng.randint(1, 90)}, 546 2{rng.randint(3, 4)} Thessaloniki",
            f"Odos {pick(['Agiou Grigoriou', 'Kappadokias', 'Gelveriou'])} {rng.randint(1, 40)}, 640 06 Nea Karvali, Kavala",
            f"ul. {pick(['Sovetskaya', 'Naberezhnaya', 'Pionerskaya'])}, d. {rng.randint(1, 60)}, kv. {rng.randint(1, 40)}, g. Kem, Respublika Kareliya, 186610",
            f"ul. Pervomayskaya, d. {rng.randint(1, 40)}, g. Belomorsk, 186500",
            f"s. Varzuga, d. {rng.randint(1, 90)}, Terskiy rayon, Murmanskaya obl., 184715",
            f"pr. Troitsky, d. {rng.randint(1, 160)}, kv. {rng.randint(1, 90)}, Arkhangelsk, 1630{rng.randint(0, 6)}{rng.randint(0, 9)}",
            f"C/ {pick(['Dolores Barranco', 'Marcelo Usera', 'Nicolás Sánchez'])} {rng.randint(1, 120)}, {rng.randint(1, 6)}º {pick('ABCD')}, 28026 Madrid",
            f"Polígono Cobo Calleja, C/ {pick(['Torneros', 'Fundidores', 'Herreros'])} {rng.randint(1, 60)}, nave {rng.randint(1, 20)}, 28947 Fuenlabrada",
            f"Carrer de {pick(['Sant Jeroni', 'Santa Rosa', 'Mossèn Jacint Verdaguer'])} {rng.randint(1, 90)}, 08921 Santa Coloma de Gramenet",
            f"Via {pick(['Pistoiese', 'Filzi', 'Orti del Pero'])} {n}, 59100 Prato PO",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT43)
        user = rng.choice([f"{first}.{last}", f"{last}.{subject}", f"{subject}.{first}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{first}_{subject}", f"{last}{rng.randint(60, 99)}",
                           f"{subject}{last}", f"{first}.{subject}.{last}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "hotmail.com.tr", "yandex.com.tr", "web.de", "gmx.de", "yahoo.ro",
                             "walla.co.il", "012.net.il", "otenet.gr", "yahoo.gr", "mail.ru", "yandex.ru",
                             "163.com", "qq.com", "telefonica.net", "libero.it", "outlook.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"0216 {rng.choice('34')}{d(2)} {d(2)} {d(2)}",  # Istanbul, Anatolian side
            f"0464 {d(3)} {d(2)} {d(2)}",  # Rize
            f"05{rng.choice('345')}{d(1)} {d(3)} {d(2)} {d(2)}",  # Turkish mobile
            f"+90 532 {d(3)} {d(4)}",  # Turkish mobile, international
            f"0256 {d(3)} {d(3)}",  # Timișoara
            f"0731 {d(6)}",  # Ulm
            f"0176 {d(8)}",  # German mobile
            f"03-9{d(6)}",  # Rosh HaAyin
            f"05{rng.choice('0248')}-{d(3)}-{d(4)}",  # Israeli mobile
            f"+972 5{rng.choice('0248')} {d(3)} {d(4)}",
            f"2310 {d(6)}",  # Thessaloniki
            f"2510 {d(6)}",  # Kavala
            f"69{rng.choice('3479')} {d(3)} {d(4)}",  # Greek mobile
            f"8 (81458) {d(1)}-{d(2)}-{d(2)}",  # Kem
            f"8 (8182) {d(2)}-{d(2)}-{d(2)}",  # Arkhangelsk
            f"+7 911 {d(3)}-{d(2)}-{d(2)}",  # Russian mobile
            f"91 {d(3)} {d(2)} {d(2)}",  # Madrid
            f"6{d(2)} {d(3)} {d(3)}",  # Spanish mobile
            f"0574 {d(6)}",  # Prato
            f"3{rng.choice('2489')}{d(1)} {d(3)} {d(4)}",  # Italian mobile
            f"+86 13{d(1)} {d(4)} {d(4)}",  # Chinese mobile
            f"0578-{d(7)}",  # Qingtian, Lishui
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("51", 16), ("54", 16), ("2720", 16), ("34", 15),
                                     ("37", 15), ("9792", 16), ("2202", 16), ("62", 16), ("6011", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        groups = [num[:4], num[4:10], num[10:]] if length == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.55:
            return " ".join(groups)
        if r < 0.7 and length == 16:  # a POS slip's hyphens
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT43))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT43[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): kitchen, bakery, brewery, roastery, cellar, market and wholesale chat,
        this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a02:e0:{h()}:{h()}::{h()}", f"2a02:8108:{h()}:{h()}::{h()}", f"2a0d:6fc0:{h()}::{h()}",
                         f"2a02:587:{h()}:{h()}::{h()}", f"2a00:1370:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the combi oven got {} from the router, chef wants the haccp log off it", v4),
            ("the ticket printer on the pass is on {} and it keeps printing twice", v4),
            ("walk-in temperature logger reports to {}, it went red at 3am", v4),
            ("blast chiller is on {}, ask the engineer before you touch it", v4),
            ("the probe thermometer base station is {}", v4),
            ("dishwasher in the pot wash shows {} on the little screen", v4),
            ("the espresso machine's telemetry box is at {}", rng.choice([v4, v6])),
            ("the roaster's laptop talks to the burner controller on {}", v4),
            ("fermenter 3's controller is {}, the gravity readings stopped", v4),
            ("the still's plc at the distillery is {}", v4),
            ("cellar humidity sensor is on {}, the wine fridge app can't see it", v4),
            ("the deck oven at the bakery got {} after the power cut", v4),
            ("proofer retarder controller is {}, set it for 4am", v4),
            ("the food truck's 4g router is {}", rng.choice([v4, v6])),
            ("label printer at the food bank is {}", v4),
            ("the warehouse scanner gateway at the cash and carry is {}", v4),
            ("the butcher's label scale is on {}, prices didn't update", v4),
            ("smokehouse controller is {}, the kiln temp graph is flat", v4),
            ("card reader on the market stall is tethered to {}", v4),
            ("chromis till 2 can't reach the server at {}", v4),
            ("db.URL=jdbc:mysql://{}:3306/chromispos", v4),
            ("DB_HOST={}", v4),
            ("    $host = '{}';", v4),
            ("DATABASE_URL=postgresql://ofn@{}:5432/open_food_network", v4),
            ("POSTGRES_HOST={}", v6),
            ("  host: {}\n  port: 8883", v4),
            ("BREWBLOX_HOST={}", v4),
            ('"mqtt_host": "{}",', v4),
            ("Mar  4 04:12:55 kds-01 nexopos[2211]: print job to {}:9100 failed (connection refused)", v4),
            ("2024-03-04 04:12:55 WARN haccp-logger: sensor walkin-2 at {} missed 3 readings", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"RoshHaAyin#{rng.choice(['48', '1950', 'Jachnun'])}",
                f"Jachnun_{rng.choice(['Shabbat', 'Sat', '12h'])}",
                f"Hemsin!{rng.choice(['Ayder', 'Yayla', '53'])}",
                f"Hatzfeld{rng.choice(['1766', '-Kirchweih', '_Metzger'])}",
                f"Karvali#{rng.choice(['1924', 'Gelveri', 'Bougatsa'])}",
                f"Solovki!{rng.randint(10, 99)}",
                f"Usera@{rng.choice(['Qingtian', '28026', 'Bar7'])}",
                rng.choice(["brisket", "sourdough", "sousvide", "mise", "pastry"]).translate(leet) + rng.choice(["", "!", "_86"]),
                f"{rng.choice(['proof', 'brine', 'cure', 'smoke'])}-{w()}-{rng.choice(['75C', '5C', '63C', '121C'])}",
                f"{rng.choice(['Kem', 'Ulm', 'Rize', 'Prato', 'Kavala'])}{rng.choice(['&', '+', '%'])}{rng.choice(['Salmon', 'Rye', 'Hops', 'Crust', 'Brine'])}{rng.randint(1, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!@%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        upper = string.ascii_uppercase + string.digits
        hexl = "0123456789abcdef"
        uuid = lambda: f"{tok(8, hexl)}-{tok(4, hexl)}-4{tok(3, hexl)}-{tok(4, hexl)}-{tok(12, hexl)}"  # noqa: E731
        options = [
            # passwords handed over in ways no earlier set used
            ("the wifi is on the walk-in door's whiteboard, {}", pw),
            ("someone chalked the till login on the back of the specials board, {}", pw),
            ("the stock app password is on the back of this week's rota, {}", pw),
            ("it's taped inside the dry store door, {}", pw),
            ("the haccp tablet login is written in the allergen folder, {}", pw),
            ("the supplier portal password came on the delivery note, {}", pw),
            ("head brewer wrote the controller login on the fermenter tape, {}", pw),
            ("the cellar slate has the wine app password on it, {}", pw),
            ("I wrote it in sharpie on the flour tub lid, {}", pw),
            ("the food truck's generator lockbox code is {}", d(4)),
            ("back door keypad at the bakery is {} for the night shift", d(4)),
            ("the cash and carry card pin is {}, don't tell the kp", d(4)),
            ("my deliveroo tablet password is {} if the orders stop coming", pw),
            ("I set the roaster software login to {}", pw),
            # cues in languages no earlier set used
            ("הסיסמה של הוויפי במאפייה {}", pw),
            ("后厨wifi密码是{}", pw),
            ("der Zugangscode fürs Kühlhaus ist {}", d(6)),
            ("το συνθηματικό του φούρνου είναι {}", pw),
            # commands
            ("$ mysql -u chromis -p'{}' chromispos", pw),
            ("$ docker run -e POSTGRES_PASSWORD={} recipesage/api", pw),
            ("$ curl -u admin:{} http://localhost:5000/api/fermenters", pw),
            # pastes
            ("db.password={}", pw),
            ("DB_PASSWORD={}", pw),
            ("    $password = '{}';", pw),
            ("SECRET_TOKEN={}", tok(64, hexl)),
            ("APP_KEY=base64:{}", tok(43, alnum + "+/") + "="),
            ("SESSION_SECRET={}", tok(40, alnum)),
            ("  password: {}", pw),
            ("BREWBLOX_AUTH_PASSWORD={}", pw),
            ('"mqtt_password": "{}",', pw),
            # tokens and keys with shapes no earlier set used
            ("CROPSTER_API_SECRET={}", tok(40, alnum)),
            ("EKOS_API_KEY={}", tok(32, upper)),
            ("VINTRACE_TOKEN={}", tok(48, alnum)),
            ("MARKETMAN_API_PASSWORD={}", pw),
            ("APICBASE_CLIENT_SECRET={}", tok(40, alnum)),
            ("DELIVERECT_CLIENT_SECRET={}", tok(64, alnum + "-_")),
            ("ZETTLE_API_KEY={}", "eyJraWQiOiIw" + tok(60, alnum + "-_")),
            ("EPOSNOW_API_SECRET={}", tok(32, upper)),
            ("SEVENROOMS_CLIENT_SECRET={}", tok(96, hexl)),
            ("UBEREATS_CLIENT_SECRET={}", tok(40, alnum + "-_")),
            ("JUSTEAT_API_KEY={}", tok(32, hexl)),
            ("x-api-key: {}", uuid()),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x_on_sauce', 'y.proofing', 'chef_x_86')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}_on_sauce",
                f"{last}.proofing",
                f"chef_{first}_{rng.randint(70, 99)}",
                f"{first}-fromthepass",
                f"{last}_brewday",
                f"{first}.fillets",
                f"{last}.{rng.choice(['crumb', 'crema', 'cure'])}",
                f"{first}{last}_{rng.randint(1, 9)}kg",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=18, maximum_age=70)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "dots": f"{day:02d}.{m:02d}.{year}",  # Turkish, Romanian, Russian and German forms
            "he": f"{day:02d}/{m:02d}/{year}",  # an Israeli form
            "gr": f"{day}/{m}/{year}",  # a Greek form, unpadded
            "de_long": f"{day}. {DE_MONTHS_HELDOUT43[m - 1]} {year}",
            "es": f"{day:02d}-{m:02d}-{year}",
            "uk": f"{day:02d}/{m:02d}/{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
            "en": f"{day} {EN_MONTHS_HELDOUT43[m - 1]} {year}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["uk", "dots", "gr", "iso", "en", "es"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the food hygiene course wants my date of birth, it's {}", any_shape),
            ("for the personal licence application I put dob {}", s["uk"]),
            ("the market licence form asks the stallholder's birthday, {}", any_shape),
            ("the agency needs my dob before I can do a shift in the kitchen, {}", any_shape),
            ("food bank volunteer form says date of birth, mine is {}", s["uk"]),
            ("the brewery's insurance wants the driver's dob, he was born {}", s["en"]),
            ("my kimlik has my birthday as {} but payroll has it wrong", s["dots"]),
            ("the school catering dbs check has my birthday as {}", any_shape),
            ("תאריך לידה: {}", s["he"]),
            ("geboren {}", s["de_long"]),
            ("д.р. {}", s["dots"]),
            ("ημ. γεν. {}", s["gr"]),
            ("Fecha nac.: {}", s["es"]),
            ("Date of birth (certificate holder): {}", s["uk"]),
            ("DOB: {}", s["en"]),
            ("SELECT STR_TO_DATE('{}', '%d/%m/%Y') AS dob;", s["uk"]),
            ('LocalDate dob = LocalDate.parse("{}");', s["iso"]),
            ("$dob = date_create('{}');", s["iso"]),
            ("date-of-birth: {}", s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(rng=self.rng, options=options, chat=chat, key=lambda o: o[0])


EN_MONTHS_HELDOUT43 = ("January February March April May June July August September October November "
                       "December").split()  # fmt: skip
DE_MONTHS_HELDOUT43 = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)

HELDOUT43_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is on sauce tonight, the new commis is with him",
        "{} made the jachnun for the whole street on friday",
        "the pastry chef who left was {}",
        "{} does the bougatsa at 5am, get there before 7 or it's gone",
        "can you find the message from {} about the fish order",
        "{} runs the smokehouse, ring him if the salmon isn't ready",
        "{} is the sous at the hotel now",
        "I owe {} for covering my double on saturday",
        "remind me to pay {} for the lamb",
        "{} from the cash and carry says the rice comes thursday",
        "tell {} the walk-in is broken again",
        "the inspector today was {}, we got a 4",
        "{} is the head brewer, ask him about the yeast",
        "{} roasts on tuesdays and thursdays",
        "{} has the stall next to ours at the market",
        "{} drives the food truck to the festival",
        "{} runs the food bank on wednesdays",
        "{} is the new kp, be nice to him",
        "the butcher who did the hog roast is {}",
        "{} filleted forty cod before lunch",
        "{}, chips on the rota, is on fryers all weekend",
        "{} does the school dinners at the primary",
        "ask {} if the distillery needs bottlers",
        "{} took over the bakery from his dad",
        "the wine rep coming tomorrow is {}",
        "{} usta makes the best laz böreği in kadıköy",
        "ask {} abla for the baklava order, she does the books",
        "Vetter {} slaughters the pig every december",
        "wes {} still makes the strudel dough by hand",
        "savta {} taught me the kubaneh",
        "mori {} checks the kitchen before shabbat",
        "kyr {} opened the shop in 1962",
        "kyra {} rolls the phyllo for the bougatsa",
        "Chef de partie: {}",
        "Sous: {}",
        "Commis: {}",
        "Head chef: {}",
        "Pastry chef: {}",
        "KP: {}",
        "Stallholder: {}",
        "Certificate holder: {}",
        "Inspected by: {}",
        "Mashgiach: {}",
        "Head brewer: {}",
        "Cellar master: {}",
        "Roaster: {}",
        "Delivery received by: {}",
        "Temperature checked by: {}",
        "Designated premises supervisor: {}",
        "Catering manager: {}",
        '"cook_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the catering job tomorrow is at {}, load in through the back",
        "deliver the bread to {} before 6",
        "the food safety visit is at {}",
        "send the fish to {}",
        "the new bakery is at {}",
        "my room above the restaurant is {} if you want to drop the knives",
        "Premises address: {}",
        "Delivery address: {}",
        "Stall pitch address: {}",
        '"pickup_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the allergen matrix to {}",
        "the supplier's email is {}",
        "the inspection report went to {}",
        "email the menu to {} not to me",
        "Orders to: {}",
        '"email": "{}",',
        "MAIL_FROM={}",
        "    $admin_email = '{}';",
        "notify_email: {}",
    ],
    "PHONE_NUMBER": [
        "the fish man's number is {}",
        "call the bakery on {} for the order",
        "chef's mobile is {}",
        "ring the butcher on {} and ask for the brisket",
        "the hops supplier said text {} when the pallet arrives",
        "Emergency contact (kitchen): {}",
        "Tel. (stall): {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the cash and carry with {}",
        "the fish went on {}",
        "the deposit for the wedding catering is on {}",
        "paid the hops on {}",
        "Card on file: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "pay my shifts into {}",
        "the butcher wants the deposit by transfer to {}",
        "the refund for the spoilt delivery should go to {}",
        "send my share of the tips to {}",
        "IBAN for wages: {}",
        "IBAN (supplier): {}",
    ],
    "USERNAME": [
        "on ChefTalk I'm {}",
        "my eGullet name is {}",
        "Homebrew Talk has me as {}",
        "I ask on Jim's Beer Kit as {}",
        "on BeerAdvocate I'm {}",
        "my CellarTracker username is {}",
        "I post on Home-Barista as {}",
        "on CoffeeGeek I'm {}",
        "The Fresh Loaf has me as {}",
        "my Allrecipes profile is {}",
        "on BBC Good Food I comment as {}",
        "my Food52 name is {}",
        "Whiskybase has me as {}",
        "on Smoking Meat Forums I'm {}",
        "I ask on Sausagemaking as {}",
        "my WineBerserkers handle is {}",
        "on RateBeer I'm {}",
        "my Brewer's Friend login is {}",
        "I post on pizzamaking as {}",
        "on Chefkoch I'm {}",
        "my Nefis Yemek Tarifleri name is {}",
        "on Xiachufang I'm {}",
        "my OpenTable diner name is {}",
        "Untappd for the taproom has me as {}",
        '"username": "{}",',
    ],
}
HELDOUT43_MIXED = [
    ("Chef de partie: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Certificate holder: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("db.URL=jdbc:mysql://{}:3306/chromispos\ndb.password={}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}:5000/api/fermenters", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the van keys in the lockbox, code {}", ["PERSON", "SECRET"]),
    ("Food handler: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my ChefTalk name is {}, pay the refund to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the allergen labels came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid for the whole order at the cash and carry with {}", ["PERSON", "CREDIT_CARD"]),
    ("kyra {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Stallholder: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT43_NEGATIVES = [
    "the Hemshin people come from the valleys above Rize and Artvin",
    "half the old patisseries in Istanbul were opened by families from Hemşin",
    "usta just means master, every baker over forty gets called that",
    "laz böreği is a custard pastry from the Black Sea coast",
    "the Danube Swabians settled the Banat in the 1700s",
    "Jimbolia is Hatzfeld in German, same town",
    "Kirchweih is the Banat's church fair, with a big dinner after",
    "Vetter and Wes are what Banat Swabians call older people, uncle and aunt",
    "Rosh HaAyin was built for Yemenite families who came in 1949 and 1950",
    "jachnun bakes overnight at a low heat and is eaten on Saturday morning",
    "malawach is a fried flatbread, you eat it with grated tomato and zhug",
    "Kerem HaTeimanim is next to the Carmel market",
    "a mashgiach checks a kitchen is kosher, it's a job not a name",
    "ben and bat mean son of and daughter of",
    "the Karamanlides wrote Turkish in Greek letters",
    "Nea Karvali was founded by refugees from Gelveri in Cappadocia",
    "names ending in -oglou come from the Turkish -oğlu, son of",
    "tou before a name on a Greek certificate is the father's name",
    "bougatsa in Thessaloniki comes with cream, cheese or mince",
    "the Pomors salted cod and herring along the White Sea",
    "in a Russian village they call old people by the patronymic only, like Petrovna",
    "Solovki is the monastery island in the White Sea",
    "most of the Chinese in Madrid come from Qingtian in Zhejiang",
    "Cobo Calleja is the big wholesale estate in Fuenlabrada",
    "service starts at 18:00, doors at 17:30",
    "prep list done by 11, family meal at 4",
    "table 14 wants the bill, table 9 is still on starters",
    "order 2231 is the one with no onions",
    "86 the sea bass, we're out",
    "two covers at 7:45 under the window",
    "the walk-in should be below 5°C, the freezer at -18°C",
    "hot holding has to stay above 63°C",
    "cook chicken to 75°C in the thickest part",
    "proof the dough 2 hours at 24°C",
    "the brisket goes 12 hours at 110°C",
    "the jachnun goes in at 100°C on friday night",
    "batch 24-117 of the flour was recalled",
    "lot L2409 on the tahini is the one on the list",
    "allergen 7 on the matrix is milk, 1 is gluten",
    "the 14 allergens are on the wall by the pass",
    "best before 12/05, use by 09/05",
    "the lamb was delivered on 3 March, use by the 10th",
    "kirchweih dinner is on the second Sunday in October",
    "the brewery's founding date, 1874, is on every bottle",
    "we got a 5 on the food hygiene rating",
    "the fermenter holds 1,000 litres",
    "OG 1.052, FG 1.010, about 5.5% ABV",
    "the barrel is 225 litres and the cask 40.9",
    "the roast profile is 12 minutes to second crack",
    "the espresso recipe is 18 g in, 36 g out, 28 seconds",
    "the cod was 14.50 a kilo at the market",
    "a tray of baklava is 480 lira",
    "jachnun is 25 shekels for four",
    "the pitch at the market is £45 a day",
    "school dinners are £2.70 a day",
    "the food bank gave out 340 parcels this week",
    "the cash and carry opens at 6 for trade",
    "upgraded chromis to 1.0.1 last night",
    "NexoPOS v5.2 needs the new printer setting",
    "fixed in commit 9b3e07d, see the changelog",
    "DB_PASSWORD=",
    "APP_KEY=base64:<your key>",
    "CROPSTER_API_SECRET=${CROPSTER_API_SECRET}",
    "password: changeme",
    "PIN: ****",
    "card 4242 4242 4242 4242 is the test card",
    "and 5555 5555 5555 4444 is a test Mastercard",
    "DE89 3704 0044 0532 0130 00 is the example IBAN in the docs",
    "GR16 0110 1250 0000 0001 2300 695 is the sample Greek IBAN",
    "write to chef@example.com on the form",
    "192.0.2.18 is a documentation address",
    "198.51.100.77 is a documentation address",
    "2001:db8:43::9 is a documentation address",
    "in Turkey it's 112, in Israel 101 for an ambulance",
    "the Michelin guide comes out on Monday",
    "the shop on Komninon won best bougatsa in the city again",
    "the knives need sharpening",
    "can you remind me to order more cling film",
    "did the fish come yet",
    "we ran out of sourdough at 11",
    "the oven's playing up again",
    "see you at the pass at four",
    "bring your whites",
    "the market's shut for the bank holiday",
    "the dishwasher flooded the floor again",
]  # fmt: skip


def _typo43(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': swipe typing drawing another word along the same
    path ('was' -> 'wad', 'good' -> 'food', 'in' -> 'on'), or a wet fingertip landing between two keys and
    typing both, the neighbour after the letter meant ('order' -> 'ordser', 'fish' -> 'fiosh'). Only in
    sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    words = list(SWIPE_WORD_HELDOUT43.finditer(template))
    if words and rng.random() < 0.5:
        m = rng.choice(words)
        return template[: m.start()] + SWIPE_HELDOUT43[m.group(1)] + template[m.end() :]
    longer = [
        m
        for m in re.finditer(r"(?<![{\w])[a-z]{3,}(?![\w}])", template)
        if m.group(0) not in TITLE_WORDS_HELDOUT43
    ]
    if not longer:
        return template
    m = rng.choice(longer)
    spots = [i for i in range(m.start(), m.end()) if template[i] in QWERTY_NEIGHBOURS_HELDOUT43]
    if not spots:
        return template
    i = rng.choice(spots)
    return template[: i + 1] + rng.choice(QWERTY_NEIGHBOURS_HELDOUT43[template[i]]) + template[i + 1 :]


def build_heldout43(seed: int = HELDOUT43_SEED) -> list[Example]:
    """Held-out set 43: `Gen43` values in `HELDOUT43_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen43(seed)
    return assemble_module_set(
        gen, HELDOUT43_TEMPLATES, HELDOUT43_MIXED, HELDOUT43_NEGATIVES, _typo43, person=gen.person_for
    )
