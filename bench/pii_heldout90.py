"""Held-out PII set 90 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout90": written before round 55 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT90 is empty, as for
held-out 16 to 88; written at the same time as held-out 89, the two authors split the world between them: 90
takes weddings and family celebrations (caterers, gift lists, hall and marquee rentals, seating plans,
christenings and name days, coming-of-age parties, anniversaries, the photographer and the band booked) among
peoples of Europe, Africa and the Middle East, 89 takes trains, trams and buses among those of Asia east of
Iran, the Americas and Oceania); hand-written lists of the Cretans of Chania, Sfakia and Anogeia (the
koumbaros who crowns the couple and baptises their first child, the marriage bed made up and the babies
rolled on it for luck, the lyra and the laouto booked for the feast, the mantinades, the pentozali, the
koufeta in their bags, the christenings and the name days the whole village comes to; Cretan given names in
their everyday form ('Manolis', 'Giorgis', 'Stelios', 'Kostis', 'Argyro', 'Chrysoula', 'Rodanthi'), Cretan
family names in '-akis' ('Papadakis', 'Manousakis', 'Tsikalakis', 'Mathioudakis', 'Fragkiadakis') and some
that are also a word, a company or a given name ('Kritikos', 'Lyrakis', 'Giannaris'), a woman's family name
in the genitive ('Eleftheria Papadaki', 'Chrysoula Kritikou'), the name in Greek script ('Μανώλης
Παπαδάκης', 'Ροδάνθη Μαθιουδάκη'), the baptismal form a marriage licence or a Greek form writes where the
family says the everyday one ('Emmanouil Papadakis', 'Στυλιανός Καλλέργης'), the name typed in Greeklish as a
phone without Greek types it ('Manwlhs Ma8ioudakhs', 'Kwsths'), and 'papa-' joined by a hyphen to a
priest's given name ('papa-Manolis') and 'koumbaros' or 'koumbara' before the wedding sponsor's, outside the
span), the Bagisu (Bamasaba) of Mbale and the slopes of Mount Elgon (the imbalu, the circumcision that makes
a boy a man, held in even years from August with its kadodi dancers and its parties, the introduction before
the church wedding, the wedding meetings and their pledges paid by mobile money, the tent and chair hire;
church given names ('Moses', 'Godfrey', 'Wilson', 'Harriet', 'Prossy', 'Annet'), the men's Lumasaba names a
father passes on as the family name ('Wetaka', 'Wanzala', 'Gidudu', 'Mafabi', 'Kutosi', 'Khaukha') and one
that is also the mountain ('Masaba'), a woman's own Lumasaba name beside her church one ('Harriet
Nambozo'), the church name, the own Lumasaba name and the father's ('Patrick Wakoli Gidudu'), a school
register's 'FAMILY Given' ('WATUWA Denis'), the own name alone ('Nabulo'), and 'Jajja' (grandparent) and
'Senga' (the father's sister, who counsels the bride) before a given name, outside the span), the Baharna of
Sitra, Jidhafs, Diraz and Sanabis in Bahrain (the henna night, the jalwa where the bride is shown to the
women, the men's majlis, the mahr, the women's band and the wedding hall; Shia given names ('Hussain',
'Jaafar', 'Abdulnabi', 'Abdulhussain', 'Masooma', 'Kawthar', 'Batool'), family names after a village ('Al
Sitri', 'Al Jidhafsi', 'Al Daihi', 'Al Sanabisi', 'Al Karzakkani') and after a trade, which are also words
('Al Sammak', 'Al Khayyat', 'Al Qassab'), the father's given name in the middle ('Hussain Ali Al Sitri'),
'Sayed' before a man's and his father's given name and 'Sayeda' before a woman's, which belong to a Sayed
family's registered name and stay inside the span ('Sayed Hussain Sayed Abdulhussain Al Mosawi', 'Sayeda
Fatima Sayed Abbas Al Mosawi'), the name in Arabic script ('صادق الستري', 'زهراء مهدي الكرزكاني'), and 'Haji'
before a man's full name and 'Hajia' and 'Mullaya' (a woman who recites at women's gatherings) before a
woman's given name, outside the span) and the Aveyronnais of Paris and of the Aubrac, the café and brasserie
families of the 11th arrondissement and their villages (Laguiole, Espalion, Rodez: the wedding in the
village and the bal, the aligot for two hundred, the cabrette and the bourrée, the salle des fêtes, the
christening's dragées; Rouergue given names old and new ('Amans', 'Baptistin', 'Urbain', 'Marthe',
'Fernande', 'Élodie'), Aveyron family names ('Alazard', 'Vayssière', 'Cayla', 'Vernhes', 'Rouquette',
'Vigouroux', 'Fabié') and some that are also a company ('Costes', 'Mazars'), a married woman's name with
'épouse' inside the span as a French form writes it ('Mathilde Marcilhac épouse Bessière'), a foreign form
without the accents ('Julien Bessiere', 'Leonie Marcilhac'), and 'parrain' and 'marraine' (godfather,
godmother) before a given name, outside the span); names on a wedding's, a christening's and a party's papers
and lists, in English ('Bride:', 'Groom:', 'Hall hired by:', 'Marquee hire, customer:', 'Gift list holder:',
'Band booked by:', 'Godparent:', 'Child to be christened:', 'Imbalu candidate:', 'Spokesperson:', 'Pledge
card, name:', 'MoMo name:', 'Birthday party for:', a seating plan's '| Table 7 |'), Greek ('Γαμπρός:',
'Νύφη:', 'Κουμπάρος:', 'Ανάδοχος:', 'Ονοματεπώνυμο:'), French ('Époux :', 'Épouse :', 'Témoin :', 'Parrain
:', 'Marraine :', "Nom d'usage :") and Arabic ('اسم الزوج:', 'اسم الزوجة:', 'ولي أمر الزوجة:', 'الشاهد
الأول:'); a caterer, a venue, a tent hire, a hall, a tailor, a supermarket or a lyra contest that carries a
family name ('Traiteur Vayssière', 'Wetaka Gardens', 'Mafabi Tent and Chair Hire', 'Al Sammak Hall', 'Al
Khayyat Tailoring', 'Kritikos', 'the Vardakis Cup') no person either, a booking's, a licence's, an invoice's
or an order's number no secret; over three quarters of the sentences typed to the bot or a friend: the
caterer's final numbers, the hall's deposit, the rsvp cards not sent back, table 12 nobody wants, the coffee
machine on the gift list, the marquee that goes up on thursday, 300 chairs from the tent hire, the speech,
the rings, the first dance song the dj doesn't have, the christening gown, the 18th in the garden, fifty
years married, the cake dropped at the hall, the koufeta, the stefana, the kadodi, the pledges not paid, the
henna, the mahr, the aligot and the bourrée; self-hosted apps' config no earlier set pasted: Ente's
museum.yaml for the family's wedding photos, Coppermine's include/config.inc.php for a photographer's
galleries, Picsur's .env for the photo booth's strips, PsiTransfer's config.production.js for sending the
wedding film and Lufi's lufi.conf for a guest's uploads; those regions' addresses (Chania's 'Chalidon 25,
731 32 Chania', in Greek script ('Κυδωνίας 26, 731 36 Χανιά') and on a Greek label in capitals
('ΑΠΟΚΟΡΩΝΟΥ 92 - 731 31 ΧΑΝΙΑ'), Heraklion's 'Leoforos Knossou', Anogeia's 'Kato Chorio 12, 740 51
Anogeia, Rethymno' and Sfakia's 'Chora Sfakion 7, 730 11 Sfakia, Chania', Mbale's plots ('Plot 114, Pallisa
Road, Mbale', 'Plot 73, Nkokonjeru Terrace, Mbale City'), a village in Bungokho, a Ugandan P.O. Box and
Kampala's 'Plot 7, Kira Road, Kamwokya', Bahrain's house, road and block ('House 2340, Road 1248, Block 412,
Sanabis', 'Flat 5, Building 910, Road 0412, Block 604, Sitra') and the same in Arabic script ('منزل 1955،
طريق 4031، مجمع 540، الدراز'), a Manama P.O. Box, Paris's '106 rue Oberkampf, 75011 Paris'
and a French label in capitals ('12 RUE DE LAPPE 75011 PARIS'), Laguiole's 'place du Foirail', Espalion's,
Rodez's and an Aubrac farm's 'Lieu-dit Cazals, 12210 Laguiole') and phones (Chania's '28210', Sfakia's
'28250 9', Anogeia's '28340 3', Heraklion's '2810', Greek mobiles '69x' and '+30 69x', Mbale's '0454 43',
Ugandan mobiles '07xx' and '+256 7', Bahraini landlines '17xx', mobiles '3xxx' and '+973 3', Paris's '01
4', the Aveyron's '05.65.' with dots, French mobiles '06' and '07' and '+33 6'); Visa, Mastercard 51-55 and
2-series, Amex 34 and 37 in 4-6-5 and Discover 6011 as a caterer's deposit, a marquee, a photographer, the
rings or a hall takes them; IBANs of Greece, Bahrain, France and, as Uganda has none, of Britain, where a
cousin pays his pledge from; IPs of the marquee's wifi router, the photo booth's printer, the LED dance
floor's controller, the hall's noise limiter, the cold-spark machines' DMX node, the cake shop's edible-ink
printer, the band's stage box, the christening's livestream camera, the caterer's order tablet, the
garden fountain's pump controller, a wedding website and the pastes above, v6 in 2a02:2149:, 2c0f:f6d0:,
2a01:e34: and 2a01:5b40: ranges; passwords handed over in ways no earlier set used (on the back of the menu
card, on the lid of the cake box, chalked on the marquee's welcome board, in the little bag with the koufeta,
at the bottom of the photographer's invoice, on the back of the pledge card, on the lid of the christening's
ladopana box, on the henna tray, printed on the rsvp card, on a beer mat behind the café counter), Crete
('Sfakia730', 'Psiloritis#2456'), Mbale ('Elgon4321!', 'Kadodi@256'), Bahrain ('Sitra#973',
'Karranah@Block6'), the Aveyron ('Laguiole12210', 'Aligot!12'), wedding words in leetspeak ('m4rqu33',
'k0uf374', 'br1d3$m41d'), a table and a seat ('Table12-Seat1'), and cues in Greek script ('ο κωδικός ...
είναι ..., μην τον δώσεις πουθενά'), Greeklish ('o kwdikos einai ..., mhn ton dwseis se kanenan'), Ugandan
English with its Luganda 'banange' ('the password is ... banange, don't give it to anyone'), Gulf Arabic in
Arabic script ('الباسورد ... لا تعطيه لأحد') and in Arabizi with its digits for letters ('el password ... la
t3teeh a7ad'), French slang ('le mdp c'est ..., tu le files à personne') and Rouergat Occitan ('lo senhal es
..., o digues pas a degun'); usernames on Mariages.net, Joy, Honeyfund, Minted, Paperless Post, RSVPify,
Greetings Island, Prezola, Bridebook, Pic-Time, Picdrop and Zankyou and in the pastes, shapes like
'x.weds.y', 'futuremrs.x', 'the.x.wedding', 'gamos_xy', 'x_imbalu26', 'mabrook.x' and 'x.aubrac'; dates
of birth for a christening, a godmother's papers, the livret de famille, a marriage contract, an imbalu
register, an introduction, an 18th birthday's hall and a registry office, in Greek with the month in the
genitive ('14 Μαρτίου 1958') and a Greek form's '14/3/1958' without leading zeros, Greeklish ('14 Martiou
1958'), French ('14 mars 1958') and a French form's '14/03/1958', Gulf Arabic with the Gregorian month's name
and Western digits ('14 مارس 1958') and the Hijri calendar ('22 شعبان 1377هـ'), Ugandan English with an
ordinal ('14th March 1958') and a Ugandan card's '14.03.1958', and a paste's ISO date, a baby's or a
teenager's now and then; typos as guests and planners type on a phone: a wedding or celebration word's
well-known misspelling ('marquee' -> 'marquis', 'aisle' -> 'isle', 'bouquet' -> 'boquet', 'caterer' ->
'catterer', 'christening' -> 'christning', 'reception' -> 'reciption'), or wedding planners' and guests'
shorthand creeping into chat ('congratulations' -> 'congrats', 'invitations' -> 'invites', 'photographer' ->
'photog', 'maid of honour' -> 'MOH', 'mother of the bride' -> 'MOB'); negatives with the same regions'
places, the titles and the name forms explained, bookings, licences, invoices, orders and table numbers
alone, opening hours, fees and pledges, a marquee's size, dates that are no birthdays (a wedding's, a
christening's, an anniversary's, a name day's), postcodes alone, businesses and a prize named after
families, versions, a commit, placeholder secrets, a masked PIN, test cards, example IBANs, a placeholder
e-mail, documentation IPs (v4 and v6), emergency numbers every user shares, and short everyday chat and
wishes; no public figure is named).

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import random
import re
import string
import unicodedata

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

HELDOUT90_SEED = 9047263
# no faker name locale, as in held-out 16 to 88: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT90: list[str] = []
# weddings and family celebrations (held-out 89, written at the same time, takes trains, trams and buses);
# each origin: (men's given names, women's given names, family names); ';' separates names, as some hold a
# space
NAMES_HELDOUT90: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Cretans of Chania, Sfakia and Anogeia: the koumbaros, the bed made for the couple, the lyra and the
    # laouto booked for the feast, the koufeta, the christenings and the name days
    "cretan": ("Manolis;Giorgis;Michalis;Stelios;Nikos;Kostis;Antonis;Zacharias;Pavlos;Giannis".split(";"),
               "Eleftheria;Katerina;Despina;Argyro;Chrysoula;Kalliopi;Marika;Rodanthi;Antonia;Evangelia".split(";"),
               "Papadakis;Manousakis;Tsikalakis;Vardakis;Markakis;Daskalakis;Kallergis;Mathioudakis;Sifakis;Giannaris;Fragkiadakis;Kritikos;Lyrakis".split(";")),
    # Bagisu (Bamasaba) of Mbale and Mount Elgon: the imbalu season and its parties, the introduction, the
    # wedding meetings and their pledges, the tent and chair hire; church given names, the family names are
    # the men's Lumasaba names a father passes on
    "gisu": ("Moses;Godfrey;Patrick;Stephen;Geoffrey;Wilson;Simon;Richard;Fred;Denis".split(";"),
             "Harriet;Florence;Betty;Esther;Prossy;Justine;Irene;Annet;Joan;Rebecca".split(";"),
             "Wetaka;Wanzala;Gidudu;Mafabi;Wakoli;Masaba;Kutosi;Wamboga;Khaukha;Wamimbi;Mabonga;Watuwa".split(";")),
    # Baharna of Sitra, Jidhafs, Diraz and Sanabis in Bahrain: the henna night, the jalwa, the men's majlis,
    # the mahr and the wedding hall; village and trade family names
    "baharna": ("Hussain;Ali;Jaafar;Abbas;Mahdi;Sadiq;Radhi;Abdulnabi;Abdulhussain;Ebrahim".split(";"),
                "Zainab;Fatima;Masooma;Kawthar;Zahra;Batool;Sakina;Ruqaya;Maryam;Khadija".split(";"),
                "Al Sitri;Al Jidhafsi;Al Daihi;Al Sanabisi;Al Mahoozi;Al Karzakkani;Al Maqabi;Al Ekri;Al Shehabi;Al Mosawi;Al Sammak;Al Khayyat;Al Qassab".split(";")),
    # Aveyronnais of Paris and of the Aubrac, the café and brasserie families of the 11th arrondissement and
    # their home villages (Laguiole, Espalion, Rodez): the wedding in the village, the aligot, the cabrette
    # and the bourrée, the christening's dragées
    "aveyron": ("Amans;Baptistin;Urbain;Marius;Auguste;Julien;Bastien;Rémi;Florian;Joseph".split(";"),
                "Marthe;Odette;Fernande;Paulette;Léonie;Camille;Pauline;Élodie;Mathilde;Rosalie".split(";"),
                "Alazard;Vayssière;Costes;Cayla;Vernhes;Rouquette;Boudou;Mazars;Cazes;Vigouroux;Bessière;Fabié;Marcilhac".split(";")),
}  # fmt: skip
# the Cretan names in Greek script (the men's form of the family name; a woman carries its genitive)
GREEK_HELDOUT90 = {
    "Manolis": "Μανώλης", "Giorgis": "Γιώργης", "Michalis": "Μιχάλης", "Stelios": "Στέλιος", "Nikos": "Νίκος",
    "Kostis": "Κωστής", "Antonis": "Αντώνης", "Zacharias": "Ζαχαρίας", "Pavlos": "Παύλος", "Giannis": "Γιάννης",
    "Eleftheria": "Ελευθερία", "Katerina": "Κατερίνα", "Despina": "Δέσποινα", "Argyro": "Αργυρώ",
    "Chrysoula": "Χρυσούλα", "Kalliopi": "Καλλιόπη", "Marika": "Μαρίκα", "Rodanthi": "Ροδάνθη",
    "Antonia": "Αντωνία", "Evangelia": "Ευαγγελία",
    "Papadakis": "Παπαδάκης", "Manousakis": "Μανουσάκης", "Tsikalakis": "Τσικαλάκης", "Vardakis": "Βαρδάκης",
    "Markakis": "Μαρκάκης", "Daskalakis": "Δασκαλάκης", "Kallergis": "Καλλέργης", "Mathioudakis": "Μαθιουδάκης",
    "Sifakis": "Σηφάκης", "Giannaris": "Γιαννάρης", "Fragkiadakis": "Φραγκιαδάκης", "Kritikos": "Κρητικός",
    "Lyrakis": "Λυράκης",
}  # fmt: skip
# the baptismal (church) form of a Cretan given name, as a marriage licence, a christening certificate or a
# bank writes it, where the family and the chat say the everyday one
BAPTISMAL_HELDOUT90 = {
    "Manolis": "Emmanouil", "Giorgis": "Georgios", "Michalis": "Michail", "Stelios": "Stylianos",
    "Nikos": "Nikolaos", "Kostis": "Konstantinos", "Antonis": "Antonios", "Giannis": "Ioannis",
    "Katerina": "Aikaterini", "Despina": "Despoina", "Marika": "Maria",
}  # fmt: skip
GREEK_BAPTISMAL_HELDOUT90 = {
    "Emmanouil": "Εμμανουήλ", "Georgios": "Γεώργιος", "Michail": "Μιχαήλ", "Stylianos": "Στυλιανός",
    "Nikolaos": "Νικόλαος", "Konstantinos": "Κωνσταντίνος", "Antonios": "Αντώνιος", "Ioannis": "Ιωάννης",
    "Aikaterini": "Αικατερίνη", "Despoina": "Δέσποινα", "Maria": "Μαρία",
}  # fmt: skip
# the Bagisu's own Lumasaba names beside the church one (a man's becomes his children's family name)
GISU_OWN_HELDOUT90 = {
    False: ["Wetaka", "Wanzala", "Gidudu", "Mafabi", "Wakoli", "Masaba", "Kutosi", "Wamboga", "Khaukha"],
    True: ["Nambozo", "Namono", "Nabulo", "Mutonyi", "Khainza", "Nabifwo", "Namataka", "Nambafu", "Mutenyo"],
}
# the Baharna names in Arabic script, as a marriage contract or a wedding card writes them
ARABIC_HELDOUT90 = {
    "Hussain": "حسين", "Ali": "علي", "Jaafar": "جعفر", "Abbas": "عباس", "Mahdi": "مهدي", "Sadiq": "صادق",
    "Radhi": "راضي", "Abdulnabi": "عبدالنبي", "Abdulhussain": "عبدالحسين", "Ebrahim": "إبراهيم",
    "Zainab": "زينب", "Fatima": "فاطمة", "Masooma": "معصومة", "Kawthar": "كوثر", "Zahra": "زهراء",
    "Batool": "بتول", "Sakina": "سكينة", "Ruqaya": "رقية", "Maryam": "مريم", "Khadija": "خديجة",
    "Al Sitri": "الستري", "Al Jidhafsi": "الجدحفصي", "Al Daihi": "الديهي", "Al Sanabisi": "السنابسي",
    "Al Mahoozi": "الماحوزي", "Al Karzakkani": "الكرزكاني", "Al Maqabi": "المقابي", "Al Ekri": "العكري",
    "Al Shehabi": "الشهابي", "Al Mosawi": "الموسوي", "Al Sammak": "السماك", "Al Khayyat": "الخياط",
    "Al Qassab": "القصاب",
}  # fmt: skip
# the Sayed families among them (descendants of the Prophet): 'Sayed' before a man's and his father's given
# name and 'Sayeda' before a woman's belong to the registered name, so stay inside the span
SAYED_FAMILIES_HELDOUT90 = ["Al Mosawi", "Al Shehabi"]
# a title next to the name (outside the span): the origin, whether a woman (None: either) and the part of
# the name it goes with ('given' or 'full')
TITLED_HELDOUT90: dict[str, tuple[str, bool | None, str]] = {
    "papa": ("cretan", False, "given"),  # a priest, joined to his given name by a hyphen: 'papa-Manolis'
    "koumbaros": (
        "cretan",
        False,
        "given",
    ),  # the wedding sponsor, who crowns the couple and baptises the first child
    "koumbara": ("cretan", True, "given"),
    "jajja": ("gisu", None, "given"),  # Ugandan 'grandparent', to any elder
    "senga": ("gisu", True, "given"),  # the father's sister, who counsels the bride before the introduction
    "haji": ("baharna", False, "full"),  # a man who made the pilgrimage
    "hajia": ("baharna", True, "given"),  # a woman who did
    "mullaya": ("baharna", True, "given"),  # a woman who recites at women's gatherings
    "parrain": ("aveyron", False, "given"),  # godfather, at a christening
    "marraine": ("aveyron", True, "given"),  # godmother
}
TITLE_SLOT_HELDOUT90 = re.compile(
    r"(?<![\w'.-])(Koumbaros|Koumbara|Jajja|Senga|Hajia|Haji|Mullaya|Parrain|Marraine) \{\}|(?<![\w'.-])(papa)-\{\}",
    re.IGNORECASE,
)
# IBANs of this set's people (Uganda has none: a cousin in London pays his pledge from a British account)
IBAN_SHAPES_HELDOUT90 = {"GR": "7n16c", "BH": "4a14c", "FR": "10n11c2n", "GB": "4a14n"}
# everyday subjects of this set by origin, used in e-mail addresses
SUBJECTS_HELDOUT90 = {
    "cretan": ["gamos", "vaftisi", "lyra", "chania", "sfakia"],
    "gisu": ["imbalu", "kadodi", "mbale", "elgon", "wedding"],
    "baharna": ["sitra", "henna", "jalwa", "diraz", "majlis"],
    "aveyron": ["aubrac", "laguiole", "aligot", "mariage", "bapteme"],
}
# the mail providers of each origin
EMAIL_DOMAINS_HELDOUT90 = {
    "cretan": ["otenet.gr", "yahoo.gr", "uoc.gr", "tuc.gr"],
    "gisu": ["yahoo.com", "mak.ac.ug", "busitema.ac.ug"],
    "baharna": ["batelco.com.bh", "hotmail.com", "uob.edu.bh"],
    "aveyron": ["orange.fr", "wanadoo.fr", "free.fr", "laposte.net"],
}
# the templates that belong to one origin's rites, places or papers, or are written in its script
ORIGIN_CUES_HELDOUT90: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"koufeta|lyra|mantinades|stefana|the bed|name day|pentozali|Chania|Anogeia|[\u0370-\u03ff]"), "cretan"),
    (re.compile(r"(?i)imbalu|kadodi|introduction|pledge|mbale|spokesperson|momo|committee"), "gisu"),
    (re.compile(r"jalwa|henna|mahr|Sitra|majlis|mawlid|[\u0600-\u06ff]"), "baharna"),
    (re.compile(r"aligot|cabrette|Laguiole|dragées|Époux|Épouse|Témoin|Parrain|Marraine|Nom d'usage|bourrée|Traiteur"), "aveyron"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT90: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"Bride|Νύφη|η νονά|Épouse|Marraine|Nom d'usage|اسم الزوجة|godmother|maid of honour|\bshe\b|\bher\b|"
                r"birthday girl|henna for the bride"), True),
    (re.compile(r"Groom|Γαμπρός|Κουμπάρος|Époux|Parrain|اسم الزوج:|ولي أمر|\bhe\b|\bhim\b|\bhis\b|best man|"
                r"Imbalu candidate|will be cut|men's majlis|groom's uncles"), False),
]  # fmt: skip
# a wedding or celebration word and its well-known misspelling
MISSPELT_HELDOUT90 = {
    "marquee": "marquis", "aisle": "isle", "bouquet": "boquet", "caterer": "catterer",
    "christening": "christning", "reception": "reciption", "bridesmaid": "bridesmade", "rehearsal": "rehersal",
    "separate": "seperate", "receive": "recieve", "champagne": "champange", "veil": "vail",
    "confetti": "confeti", "honeymoon": "honeymon", "jewellery": "jewelery", "occasion": "ocassion",
}  # fmt: skip
MISSPELT_WORD_HELDOUT90 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT90, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# wedding planners' and guests' shorthand creeping into chat
SHORTHAND_HELDOUT90 = {
    "congratulations": "congrats", "invitations": "invites", "photographer": "photog", "reception": "recep",
    "maid of honour": "MOH", "mother of the bride": "MOB", "anniversary": "anniv", "decorations": "decos",
    "the bride and groom": "the B&G", "tomorrow": "tmrw", "because": "cuz", "information": "info",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT90 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT90, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# the months in Greek (the genitive a date takes), French, Gulf Arabic (the Gregorian ones) and English; the
# months of the Hijri calendar in Arabic
EL_MONTHS_HELDOUT90 = (
    "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου "
    "Νοεμβρίου Δεκεμβρίου"
).split()
FR_MONTHS_HELDOUT90 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
AR_MONTHS_HELDOUT90 = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
HIJRI_MONTHS_HELDOUT90 = [
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
    "ذو القعدة", "ذو الحجة",
]  # fmt: skip
EN_MONTHS_HELDOUT90 = (
    "January February March April May June July August September October November December".split()
)
# Greeklish as a phone keyboard without Greek types it: 'η' as 'h', 'ω' as 'w', 'θ' as '8', 'χ' as 'x', 'ξ'
# as '3', 'υ' as 'u' after a vowel it is read with and 'y' elsewhere
GREEKLISH_HELDOUT90 = {
    "α": "a", "β": "b", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "h", "θ": "8", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "3", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "y", "φ": "f", "χ": "x", "ψ": "ps", "ω": "w",
}  # fmt: skip


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Vayssière' -> 'Vayssiere', 'Élodie' -> 'Elodie')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Al Sitri' -> 'alsitri',
    'Vayssière' -> 'vayssiere', 'Élodie' -> 'elodie')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _greeklish(text: str) -> str:
    """Greek script typed in Latin letters as a chat does ('Μανώλης Παπαδάκης' -> 'Manwlhs Papadakhs',
    'Ευαγγελία' -> 'Euaggelia', 'Μαθιουδάκης' -> 'Ma8ioudakhs'); a word's capital stays a capital."""
    words = []
    for word in text.split(" "):
        plain = _fold(word)
        low = plain.lower()
        out = []
        for i, c in enumerate(low):
            if c == "υ" and i and low[i - 1] in "αεο":
                out.append("u")
            else:
                out.append(GREEKLISH_HELDOUT90.get(c, c))
        latin = "".join(out)
        words.append(latin[:1].upper() + latin[1:] if plain[:1].isupper() else latin)
    return " ".join(words)


def _feminine(last: str) -> str:
    """A Cretan family name in the genitive a woman carries, in Latin or Greek letters ('Papadakis' ->
    'Papadaki', 'Kritikos' -> 'Kritikou', 'Παπαδάκης' -> 'Παπαδάκη', 'Κρητικός' -> 'Κρητικού')."""
    for male, female in (("is", "i"), ("os", "ou"), ("ης", "η"), ("ός", "ού"), ("ος", "ου")):
        if last.endswith(male):
            return last[: -len(male)] + female
    return last


def _hijri(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
    """A Gregorian date in the tabular Hijri calendar (year, month, day): 1958-03-14 -> 1377-08-22."""
    a = (14 - gm) // 12
    y, m = gy + 4800 - a, gm + 12 * a - 3
    jdn = gd + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045
    days = jdn - 1948440 + 10632
    cycles = (days - 1) // 10631
    days = days - 10631 * cycles + 354
    j = ((10985 - days) // 5316) * ((50 * days) // 17719) + (days // 5670) * ((43 * days) // 15238)
    days = days - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * days) // 709
    return 30 * cycles + j - 30, month, days - (709 * month) // 24


def _ordinal(n: int) -> str:
    """1 -> '1st', 2 -> '2nd', 13 -> '13th', 22 -> '22nd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class Gen90(Gen3):
    """Generators for held-out set 90: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT90."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT90))
        men, women, lasts = NAMES_HELDOUT90[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _cretan(self, first: str, last: str, woman: bool, style: str) -> str:
        """A Cretan's full name: 'greek' ('Μανώλης Παπαδάκης', 'Ελευθερία Παπαδάκη'), 'greek church' (the
        baptismal form in Greek script, 'Εμμανουήλ Παπαδάκης'), 'greeklish' ('Manwlhs Papadakhs'), 'church'
        (the baptismal form, 'Emmanouil Papadakis') or 'plain' ('Manolis Papadakis', 'Eleftheria
        Papadaki')."""
        greek_last = _feminine(GREEK_HELDOUT90[last]) if woman else GREEK_HELDOUT90[last]
        if style == "greek":
            return f"{GREEK_HELDOUT90[first]} {greek_last}"
        if style == "greek church":
            return f"{GREEK_BAPTISMAL_HELDOUT90[BAPTISMAL_HELDOUT90[first]]} {greek_last}"
        if style == "greeklish":
            return _greeklish(f"{GREEK_HELDOUT90[first]} {greek_last}")
        latin_last = _feminine(last) if woman else last
        if style == "church":
            return f"{BAPTISMAL_HELDOUT90.get(first, first)} {latin_last}"
        return f"{first} {latin_last}"

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'greek' or 'arabic' where the template is
        written in it, `chat` where it is typed to the bot or a friend."""
        rng = self.rng
        r = rng.random()
        if origin == "cretan":
            if script == "greek":  # a Greek form writes the baptismal name: 'Εμμανουήλ Παπαδάκης'
                church = not chat and first in BAPTISMAL_HELDOUT90 and r < 0.6
                return self._cretan(first, last, woman, "greek church" if church else "greek")
            if chat:
                style = "greeklish" if r < 0.4 else "greek" if r < 0.55 else "plain"
            else:
                style = (
                    "church" if r < 0.45 and first in BAPTISMAL_HELDOUT90 else "greek" if r < 0.6 else "plain"
                )
            return self._cretan(first, last, woman, style)
        if origin == "baharna":
            if (
                script == "arabic" or r < 0.2
            ):  # in Arabic script, as a wedding card or a chat in Arabic writes it
                father = rng.choice([x for x in NAMES_HELDOUT90["baharna"][0] if x != first])
                if rng.random() < 0.5:  # the father's given name in the middle: 'حسين علي الستري'
                    return f"{ARABIC_HELDOUT90[first]} {ARABIC_HELDOUT90[father]} {ARABIC_HELDOUT90[last]}"
                return f"{ARABIC_HELDOUT90[first]} {ARABIC_HELDOUT90[last]}"
            if (
                r < 0.45
            ):  # a Sayed family: 'Sayed Mahdi Sayed Jaafar Al Mosawi', 'Sayeda Zahra Sayed Jaafar ...'
                family = rng.choice(SAYED_FAMILIES_HELDOUT90)
                father = rng.choice([x for x in NAMES_HELDOUT90["baharna"][0] if x != first])
                return f"{'Sayeda' if woman else 'Sayed'} {first} Sayed {father} {family}"
            if r < 0.7:  # the father's given name in the middle: 'Hussain Ali Al Sitri'
                father = rng.choice([x for x in NAMES_HELDOUT90["baharna"][0] if x != first])
                return f"{first} {father} {last}"
            return f"{first} {last}"
        if origin == "gisu":
            own = rng.choice(GISU_OWN_HELDOUT90[woman])
            if own == last:
                own = rng.choice([x for x in GISU_OWN_HELDOUT90[woman] if x != last])
            if r < 0.35:  # the church name, the own Lumasaba name and the father's: 'Harriet Nambozo Wetaka'
                return f"{first} {own} {last}"
            if r < 0.55 and woman:  # a woman by her church and her own name: 'Harriet Nambozo'
                return f"{first} {own}"
            if r < 0.65:  # a school or church register: 'WETAKA Moses'
                return f"{last.upper()} {first}"
            return f"{first} {last}"
        if origin == "aveyron":
            if (
                r < (0.3 if chat else 0.7) and woman
            ):  # a married woman on a form: 'Odette Vayssière épouse Alazard'
                husband = rng.choice([x for x in NAMES_HELDOUT90["aveyron"][2] if x != last])
                return f"{first} {last} épouse {husband}"
            if (
                r < 0.55 and _fold(f"{first} {last}") != f"{first} {last}"
            ):  # a foreign form: 'Elodie Vayssiere'
                return _fold(f"{first} {last}")
        return f"{first} {last}"

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name(origin, woman)
        r = rng.random()
        if r < (0.7 if chat else 0.85) or script:
            name = self._full(origin, first, last, woman, script, chat)
        elif r < 0.9:
            name = first
            if origin == "gisu" and rng.random() < 0.4:  # the own Lumasaba name alone: 'Nambozo'
                name = rng.choice(GISU_OWN_HELDOUT90[woman])
            if origin == "cretan" and chat and rng.random() < 0.3:  # in Greeklish: 'Manwlhs'
                name = _greeklish(GREEK_HELDOUT90[first])
        else:
            name = _feminine(last) if origin == "cretan" and woman else last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('papa-Manolis', 'koumbaros Giorgis', 'koumbara Argyro',
        'Jajja Wilson', 'Senga Florence', 'Haji Hussain Al Sitri', 'Hajia Zainab', 'Mullaya Masooma',
        'parrain Amans', 'marraine Odette'), from the origin that uses it."""
        origin, woman, part = TITLED_HELDOUT90[title.lower()]
        _, first, last, woman = self._origin_name(origin, woman)
        if part == "given":
            if origin == "gisu" and self.rng.random() < 0.4:
                return self.rng.choice(GISU_OWN_HELDOUT90[woman])
            return first
        if self.rng.random() < 0.4:
            father = self.rng.choice([x for x in NAMES_HELDOUT90[origin][0] if x != first])
            return f"{first} {father} {last}"
        return f"{first} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, one of the
        origin whose rite, place or paper the template names, in the script the template is written in."""
        m = TITLE_SLOT_HELDOUT90.search(template)
        if m:
            return self.titled_person(next(g for g in m.groups() if g))
        script = "greek" if re.search(r"[\u0370-\u03ff]", template) else ""
        script = "arabic" if re.search(r"[\u0600-\u06ff]", template) else script
        chat = _chat_like(template)
        if "Nom d'usage" in template:  # a French form's married name: 'Odette Vayssière épouse Alazard'
            _, first, last, _ = self._origin_name("aveyron", True)
            husband = self.rng.choice([x for x in NAMES_HELDOUT90["aveyron"][2] if x != last])
            return f"{first} {last} épouse {husband}"
        woman = next((w for cue, w in GENDER_CUES_HELDOUT90 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT90 if cue.search(template)), None)
        return self.person(origin, woman, script, chat)

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 120)
        block = pick(
            [rng.randint(601, 615), rng.randint(421, 435), rng.randint(531, 540), rng.randint(404, 412)]
        )
        road = f"{block % 100:02d}{rng.randint(1, 60):02d}"
        area = {6: "Sitra", 4: pick(["Jidhafs", "Sanabis"]), 5: "Diraz"}[block // 100]
        ar_area = {"Sitra": "سترة", "Jidhafs": "جدحفص", "Sanabis": "السنابس", "Diraz": "الدراز"}[area]
        chania = pick(["731 31", "731 32", "731 33", "731 34", "731 35", "731 36"])
        shapes = [
            f"{pick(['Chalidon', 'Apokoronou', 'Kydonias', 'Iroon Polytechniou', 'Zymvrakakidon'])} {n}, {chania} Chania",
            f"{pick(['Χαλίδων', 'Αποκορώνου', 'Κυδωνίας'])} {n}, {chania} Χανιά",
            f"{pick(['ΧΑΛΙΔΩΝ', 'ΑΠΟΚΟΡΩΝΟΥ', 'ΚΥΔΩΝΙΑΣ'])} {n} - {chania} ΧΑΝΙΑ",
            f"Leoforos Knossou {rng.randint(1, 300)}, 714 09 Irakleio",
            f"Kato Chorio {n}, 740 51 Anogeia, Rethymno",
            f"Chora Sfakion {rng.randint(1, 80)}, 730 11 Sfakia, Chania",
            f"Plot {n}, {pick(['Republic Street', 'Naboa Road', 'Pallisa Road', 'Kumi Road', 'Cathedral Avenue'])}, Mbale",
            f"Plot {n}, Nkokonjeru Terrace, Mbale City",
            f"{pick(['Namabasa', 'Nakaloke', 'Bumasikye'])} Village, Bungokho, Mbale District",
            f"P.O. Box {rng.randint(100, 2999)}, Mbale, Uganda",
            f"Plot {n}, Kira Road, Kamwokya, Kampala",
            f"House {rng.randint(1, 2400)}, Road {road}, Block {block}, {area}",
            f"Flat {rng.randint(1, 24)}, Building {rng.randint(1, 2400)}, Road {road}, Block {block}, {area}",
            f"منزل {rng.randint(1, 2400)}، طريق {road}، مجمع {block}، {ar_area}",
            f"P.O. Box {rng.randint(100, 30000)}, Manama, Kingdom of Bahrain",
            f"{n} rue {pick(['de Lappe', 'Oberkampf', 'de la Roquette', 'du Faubourg-Saint-Antoine'])}, 75011 Paris",
            f"{n} RUE DE LAPPE 75011 PARIS",
            f"{rng.randint(1, 30)} place du Foirail, 12210 Laguiole",
            f"{rng.randint(1, 60)} rue Droite, 12500 Espalion",
            f"{rng.randint(1, 40)} rue Béteille, 12000 Rodez",
            f"Lieu-dit {pick(['Cazals', 'La Borie', 'Le Bouscaillou'])}, 12210 {pick(['Laguiole', 'Curières', 'Montpeyroux'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT90[origin])
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}.{last}", f"{last}_{subject}", f"{first}{rng.randint(1950, 2006)}",
                           f"{subject}{first}", f"{last}.{first[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "outlook.com", *EMAIL_DOMAINS_HELDOUT90[origin]])
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"28210 {d(5)}",  # Chania
            f"28250 9{d(4)}",  # Sfakia
            f"28340 3{d(4)}",  # Anogeia
            f"2810 {d(6)}",  # Heraklion
            f"69{rng.choice('0345789')} {d(3)} {d(4)}",  # Greek mobiles
            f"+30 69{rng.choice('0345789')} {d(3)} {d(4)}",
            f"0454 43{d(4)}",  # Mbale
            f"07{rng.choice('05678')}{d(1)} {d(6)}",  # Ugandan mobiles
            f"+256 7{rng.choice('05678')}{d(1)} {d(3)} {d(3)}",
            f"17{d(2)} {d(4)}",  # Bahraini landlines
            f"3{rng.choice('3456789')}{d(2)} {d(4)}",  # Bahraini mobiles
            f"+973 3{rng.choice('3456789')}{d(2)} {d(4)}",
            f"01 4{d(1)} {d(2)} {d(2)} {d(2)}",  # Paris
            f"05.65.{d(2)}.{d(2)}.{d(2)}",  # Aveyron, with dots
            f"0{rng.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}",  # French mobiles
            f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(
            ["4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", "34", "37", "6011"]
        )
        if prefix in ("34", "37"):  # Amex, 4-6-5
            num = _luhn_number(rng, prefix, 15)
            return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num
        num = _luhn_number(rng, prefix, 16)
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.55:
            return " ".join(groups)
        if r < 0.7:
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT90))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT90[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the marquee's router, the photo booth's printer, the LED dance floor's
        controller, the hall's noise limiter, the cold-spark machines' DMX node, the cake shop's edible-ink
        printer, the band's stage box, the christening's livestream camera, the caterer's order tablet, the
        fountain's pump controller and this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a02:2149:{h()}:{h()}::{h()}", f"2c0f:f6d0:{h()}:{h()}::{h()}", f"2a01:e34:{h()}:{h()}::{h()}",
                         f"2a01:5b40:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the marquee's wifi router is on {}, the guests can't get online", v4),
            ("the photo booth printer has {} now, it stopped printing the strips", v4),
            ("the led dance floor controller answers on {}, half the tiles stay red", v4),
            ("the hall's noise limiter is at {}, it cut the band at 96 dB", v4),
            ("the cold spark machines' dmx node is {}, fire them for the first dance", v4),
            ("the cake shop's edible ink printer got {} after the router swap", v4),
            ("the band's stage box is on {}, the mixer app can't find it", v4),
            ("the livestream camera for the christening is on {}, the cousins abroad want the link", rng.choice([v4, v6])),
            ("the caterer's order tablet is {}, the table 9 orders are missing", v4),
            ("the fountain pump controller in the garden is {}", v4),
            ("our wedding website runs on {}", rng.choice([v4, v6])),
            ("my nas with the wedding videos has {} now", rng.choice([v4, v6])),
            ("db:\n    host: {}\n    port: 5432", v4),
            ("$CONFIG['dbserver'] = '{}';", v4),
            ("PICSUR_DB_HOST={}", v4),
            ("  iface: '{}',", v4),
            ("    hypnotoad => { listen => ['http://{}:8081'] },", v4),
            ("listen [{}]:443 ssl;", v6),
            ("[psitransfer] upload of wedding-film.mp4 from {} finished (2.3 GB)", v4),
            ("2026-06-14 23:41:07 picsur: failed login for 'admin' from {}", v4),
            ("$ ping -6 -c 3 {}", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Sfakia', 'Chania', 'Anogeia', 'Psiloritis', 'Samaria'])}{rng.choice(['730', '#2456', '!731', '_28210'])}",
                f"{rng.choice(['Mbale', 'Elgon', 'Wanale', 'Imbalu', 'Kadodi'])}{rng.choice(['#0454', '4321!', '_2026', '@256'])}",
                f"{rng.choice(['Sitra', 'Diraz', 'Jidhafs', 'Karranah', 'Sanabis'])}{rng.choice(['#973', '17!', '_2025', '@Block6'])}",
                f"{rng.choice(['Laguiole', 'Aubrac', 'Espalion', 'Aligot', 'Cabrette'])}{rng.choice(['12210', '#75011', '!12', '_0565'])}",
                rng.choice(["wedding", "confetti", "marquee", "bridesmaid", "koufeta", "christening"]).translate(leet) + rng.choice(["", "!", "_90"]),
                f"Table{rng.randint(1, 40)}-Seat{rng.randint(1, 12)}",
                f"{rng.choice(['bouquet', 'veil', 'dragees', 'henna'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)  # a password where a ':' or a URL would end it
        quote_safe = re.sub(r"['\"\\;]", "", pw)
        alnum = string.ascii_letters + string.digits
        b64 = alnum + "+/"
        options = [
            # passwords handed over in ways no earlier set used
            ("the photo gallery password is on the back of the menu card, {}", pw),
            ("she wrote the hall wifi on the lid of the cake box, {}", pw),
            ("the marquee wifi is chalked on the welcome board by the entrance, {}", pw),
            ("the video password is in the little bag with the koufeta, {}", pw),
            ("the photographer put the gallery password at the bottom of her invoice, {}", pw),
            ("the pledge sheet password is on the back of the pledge card, {}", pw),
            ("the christening livestream password is on the lid of the ladopana box, {}", pw),
            ("the henna lady wrote her booking login on the henna tray, {}", pw),
            ("the gift list password is printed on the rsvp card, {}", pw),
            ("the amicale's laptop password is on a beer mat behind the café counter, {}", pw),
            ("the bridal suite door code is {}, the bride's mum has the card", d(4)),
            ("the marquee generator panel pin is {}, don't touch it during the speeches", d(4)),
            ("ok the picsur admin password is {}, upload the photo booth strips tonight", pw),
            ("my mariages.net password is {}, the seating plan is in there", pw),
            # cues in the set's languages
            ("ο κωδικός για τις φωτογραφίες του γάμου είναι {}, μην τον δώσεις πουθενά", pw),
            ("o kwdikos einai {}, mhn ton dwseis se kanenan", pw),
            ("the password is {} banange, don't give it to anyone", pw),
            ("الباسورد {} لا تعطيه لأحد", pw),
            ("el password {} la t3teeh a7ad", pw),
            ("le mdp c'est {}, tu le files à personne", pw),
            ("lo senhal es {}, o digues pas a degun", pw),
            # commands
            ("$ mysql -u coppermine -p{} cpg_wedding", colonless),
            ("$ psql postgres://ente:{}@localhost/ente_db", colonless),
            ("$ docker run -e PSITRANSFER_ADMIN_PASS={} psitrans/psitransfer", colonless),
            # pastes
            ("db:\n    user: pguser\n    password: {}", quote_safe),
            ("jwt:\n    secret: {}", tok(44, b64)),
            ("key:\n    encryption: {}", tok(44, b64)),
            ("$CONFIG['dbpass'] = '{}';", quote_safe),
            ("PICSUR_ADMIN_PASSWORD={}", pw),
            ("PICSUR_JWT_SECRET={}", tok(48, alnum)),
            ("PICSUR_DB_PASSWORD={}", pw),
            ("  adminPass: '{}',", quote_safe),
            ("  uploadPass: '{}',", quote_safe),
            ("    secrets => ['{}'],", tok(32, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.weds.y', 'futuremrs.x', 'gamos_xy', 'x_imbalu26',
        'mabrook.x', 'x.aubrac', 'the.x.wedding')."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        other = rng.choice([x for x in NAMES_HELDOUT90[origin][0 if woman else 1] if x != first])
        first, last, other = _plain(first) or "x", _plain(last) or "x", _plain(other) or "y"
        own = {
            "cretan": [f"gamos_{first}{last[:1]}"],
            "gisu": [f"{last}_imbalu{rng.choice([18, 20, 22, 24, 26])}"],
            "baharna": [f"mabrook.{first}"],
            "aveyron": [f"{last}.aubrac"],
        }[origin]
        return rng.choice([f"{first}.weds.{other}", f"futuremrs.{last}", f"the.{last}.wedding", *own])

    def _dob_shapes(self, minimum_age: int = 18, maximum_age: int = 95) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language, calendar or format."""
        dt = self.f().date_of_birth(minimum_age=minimum_age, maximum_age=maximum_age)
        m, day, year = dt.month, dt.day, dt.year
        hy, hm, hd = _hijri(year, m, day)
        greek = f"{day} {EL_MONTHS_HELDOUT90[m - 1]} {year}"
        return {
            "el": greek,
            "elf": f"{day}/{m}/{year}",
            "grk": _greeklish(greek),
            "fr": f"{day} {FR_MONTHS_HELDOUT90[m - 1]} {year}",
            "frf": f"{day:02d}/{m:02d}/{year}",
            "ar": f"{day} {AR_MONTHS_HELDOUT90[m - 1]} {year}",
            "hijri": f"{hd} {HIJRI_MONTHS_HELDOUT90[hm - 1]} {hy}هـ",
            "ug": f"{_ordinal(day)} {EN_MONTHS_HELDOUT90[m - 1]} {year}",
            "ugf": f"{day:02d}.{m:02d}.{year}",
            "en": f"{day} {EN_MONTHS_HELDOUT90[m - 1]} {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of any of this set's languages takes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["elf", "frf", "ugf", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, young, baby = self._dob_shapes(), self._dob_shapes(13, 19), self._dob_shapes(0, 2)
        any_shape, teen = s[self.rng.choice(sorted(s))], young[self.rng.choice(["en", "fr", "ugf"])]
        options = [
            ("the priest needs the godmother's date of birth for the christening, {}", s["en"]),
            ("η νονά γεννήθηκε στις {}, το ζητάει η μητρόπολη", s["el"]),
            ("h koumpara gennh8hke {}, to 8elei o papas", s["grk"]),
            ("pour le livret de famille il faut sa date de naissance, {}", s["fr"]),
            ("mamie est née le {}, on fête son anniversaire au restaurant", s["fr"]),
            ("العروس مواليد {}، يبونه حق العقد", s["ar"]),
            ("جدتي مواليد {} بالهجري", s["hijri"]),
            ("the imbalu register wants his date of birth, {}", young["ug"]),
            ("the baby's date of birth for the christening certificate is {}", baby["en"]),
            ("for the introduction the elders asked her birthday, {}", s["ug"]),
            ("the hall needs the birthday girl's date of birth for the 18th, {}", teen),
            ("the wedding registry office wants your date of birth, {}", any_shape),
            ("Ημερομηνία γέννησης: {}", s["elf"]),
            ("Date de naissance : {}", s["frf"]),
            ("تاريخ الميلاد: {}", s["ar"]),
            ("DATE OF BIRTH: {}", s["ugf"]),
            ('    "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT90_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is sorting out the caterer, they want the final numbers by friday",
        "can you ask {} if the hall deposit went through",
        "{} still hasn't sent back the rsvp card",
        "{} booked the photographer for the whole day",
        "{} wants the band to play one more hour at the reception",
        "{} is doing the seating plan and nobody wants table 12",
        "{} put the coffee machine on the gift list",
        "{} and {} are sitting at the same table, they haven't spoken in years",
        "i'm picking up {} from the airport for the wedding",
        "{} ordered 300 chairs from the tent hire",
        "{} is making the speech, he's been practising for weeks",
        "{} found the marquee people, they come on thursday to put it up",
        "{} is the godmother, she chose the christening gown",
        "{} is turning 18 and wants the party in the garden",
        "{} and her husband celebrate 50 years in june",
        "{} dropped the cake off at the hall",
        "{} is handling the flowers for the church",
        "{} is still arguing with the caterer about the vegetarian plates",
        "{} paid the band's deposit",
        "{} has the rings, don't let him lose them",
        "{} says the dj doesn't have our first dance song",
        "we're meeting {} at the hall at 10 to see the tables",
        "{} is in charge of the confetti",
        "{} sent the invitations last week",
        "{} wants a separate table for the kids",
        "the caterer from Traiteur Vayssière says {} ordered 120 plates of aligot",
        "my cousin {} is the maid of honour",
        "{} is driving the bride to the church",
        "{} made the wedding playlist, it's 6 hours long",
        "{} can't come to the christening, she's working",
        "{} is organising grandpa's 80th in the village",
        "yes {} is the best man, ask him about the rings",
        "{} is bringing the lyra player from Anogeia",
        "{} wrote the mantinades for the wedding feast",
        "{} made the bed for the couple and the kids rolled on it for luck",
        "it's {}'s name day on sunday, everyone is coming to the house",
        "ask papa-{} if the church is free on the 14th",
        "koumbaros {} is paying for the koufeta",
        "koumbara {} brought the stefana from Chania",
        "{} is dancing the pentozali with the groom's uncles",
        "{} is leading the kadodi dancers to the house",
        "{} will be cut at the imbalu in August",
        "Jajja {} is coming from the village for the introduction",
        "Senga {} will talk to the bride before the introduction",
        "{} is the spokesperson at the introduction",
        "{} chairs the wedding committee and chases the pledges",
        "{} pledged 500k at the wedding meeting but hasn't paid",
        "Haji {} is hosting the men's majlis on the wedding night",
        "Hajia {} is doing the henna for the bride",
        "Mullaya {} will read at the mawlid before the wedding",
        "{} booked the women's band for the jalwa",
        "{} is taking the mahr to the bride's family",
        "{} is coming from Sitra with the sweets",
        "parrain {} is bringing the dragées for the christening",
        "marraine {} ordered the christening cake",
        "{} is playing the cabrette at the wedding",
        "{} is doing the aligot for 200 people",
        "{} is coming up from Paris for the bourrée at the bal",
        "{} booked the salle des fêtes in Laguiole",
        "Bride: {}",
        "Groom: {}",
        "Hall hired by: {}",
        "Marquee hire, customer: {}",
        "Gift list holder: {}",
        "Band booked by: {}",
        "Photographer: {}",
        "Godparent: {}",
        "Child to be christened: {}",
        "Imbalu candidate: {}",
        "Spokesperson: {}",
        "Pledge card, name: {}",
        "MoMo name: {}",
        "Γαμπρός: {}",
        "Νύφη: {}",
        "Κουμπάρος: {}",
        "Ανάδοχος: {}",
        "Ονοματεπώνυμο: {}",
        "Époux : {}",
        "Épouse : {}",
        "Témoin : {}",
        "Marraine : {}",
        "Nom d'usage : {}",
        "اسم الزوج: {}",
        "اسم الزوجة: {}",
        "ولي أمر الزوجة: {}",
        "الشاهد الأول: {}",
        "| Table 7 | {} | vegetarian |",
        '"guest_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the reception is at {}, parking behind the hall",
        "send the rsvp cards back to {}",
        "the marquee goes up in the garden at {}",
        "the caterer delivers to {} at 4",
        "the christening lunch is at {}",
        "grandma's 90th is at {}, bring a chair",
        "the introduction is at her father's home, {}",
        "the band's van needs the address, it's {}",
        "the dress goes to {} for the last fitting",
        "Διεύθυνση: {}",
        "Adresse de livraison : {}",
        "العنوان: {}",
        "Venue address: {}",
        '"venue_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the guest list to {}",
        "the photographer's email is {}",
        "the caterer confirmed the menu from {}",
        "the hall's bookings come from {}",
        "the band sent the contract from {}",
        "E-mail : {}",
        "Email: {}",
        "البريد الإلكتروني: {}",
        "smtp:\n    email: {}",
        "    report => '{}',",
    ],
    "PHONE_NUMBER": [
        "the caterer's number is {}",
        "call the hall on {} about the deposit",
        "the band leader's mobile is {}",
        "the marquee guys are on {}",
        "the cake lady's number is {}, call after 5",
        "Τηλ.: {}",
        "Tél. : {}",
        "هاتف: {}",
        "Tel: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the caterer's deposit with {}",
        "the marquee deposit went on {}",
        "the photographer charged {}",
        "the rings are on {}",
        "put the hall on {}",
        "Carte : {}",
        "Κάρτα: {}",
        "Card number: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "send your share for the gift to {}",
        "the hall wants the balance paid to {}",
        "pay the band into {}",
        "the gift list money goes to {}",
        "IBAN : {}",
        "IBAN: {}",
        "رقم الآيبان: {}",
        "Αριθμός IBAN: {}",
    ],
    "USERNAME": [
        "my mariages.net login is {}",
        "on joy the wedding site is under {}",
        "the honeyfund page belongs to {}",
        "minted has the invitations under {}",
        "paperless post sent them from {}",
        "the rsvpify account is {}",
        "on greetings island she's {}",
        "the prezola gift list is under {}",
        "my bridebook username is {}",
        "the pic-time gallery is under {}",
        "on picdrop the photographer is {}",
        "the zankyou page is by {}",
        "db:\n    user: {}",
        "$CONFIG['dbuser'] = '{}';",
        "PICSUR_DB_USERNAME={}",
        "Login: {}",
    ],
}
HELDOUT90_MIXED = [
    ("Γαμπρός: {}, ημ. γέννησης {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Époux : {}, né le {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Birthday party for: {}, born {}, tel. {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("اسم الزوجة: {}، تاريخ الميلاد: {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Hall hired by: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("the caterer {} wants the deposit on {}", ["PERSON", "CREDIT_CARD"]),
    ("{} paid the marquee with {}, receipt to {}", ["PERSON", "CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("PICSUR_DB_HOST={}\nPICSUR_DB_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("db:\n    host: {}\n    user: {}\n    password: {}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("the photographer is {}, {}, she wants the balance to {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("send the pledge to {} or call {}", ["IBAN_CODE", "PHONE_NUMBER"]),
    ("my mariages.net login is {}, the gallery password is {}", ["USERNAME", "SECRET"]),
    ("Parrain : {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Band booked by: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("the hall kept {} on file and the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("{} ({}) is doing the seating plan", ["PERSON", "EMAIL_ADDRESS"]),
    ("Traiteur Vayssière, acompte : carte {} ou virement {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("Marquee hire: {}, {}, deposit card {}", ["PERSON", "STREET_ADDRESS", "CREDIT_CARD"]),
    ("Ονοματεπώνυμο: {}\nΔιεύθυνση: {}\nΤηλ.: {}", ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER"]),
]  # fmt: skip
HELDOUT90_NEGATIVES = [
    "Chania, Rethymno and Heraklion are towns on Crete",
    "Sfakia is on the south coast, the road down has lots of bends",
    "Anogeia is a mountain village on the slopes of Psiloritis",
    "the koumbaros puts the crowns on the couple and often baptises their first child",
    "papa before a given name means the man is a priest",
    "koufeta are sugared almonds, always an odd number in each bag",
    "the mantinades are fifteen-syllable rhyming couplets sung to the lyra",
    "a Cretan woman's family name is the genitive of her father's, so Papadakis becomes Papadaki",
    "Emmanouil is the church form of Manolis",
    "every Giorgis has his name day on 23 April",
    "Kritikos is a supermarket chain, not a person",
    "the Vardakis Cup is a lyra contest in the village",
    "731 32 is a Chania postcode",
    "Mbale is at the foot of Mount Elgon, which the Bagisu call Masaba",
    "imbalu is the Bagisu circumcision, held in even years in August",
    "the imbalu season opens at Mutoto in the first week of August",
    "kadodi is the drumming and dancing that goes with the candidates",
    "Jajja means grandparent and Senga is the father's sister",
    "in Uganda the introduction comes before the church wedding",
    "the wedding meeting collected 4 million shillings in pledges",
    "Wetaka Gardens is a wedding venue, not a person",
    "Mafabi Tent and Chair Hire delivers on saturday morning",
    "Sitra, Jidhafs, Diraz and Sanabis are villages of Bahrain",
    "the jalwa is when the bride is shown to the women",
    "Sayed before a name means the family descends from the Prophet",
    "Haji and Hajia are for a man and a woman who made the pilgrimage",
    "a mullaya recites at women's gatherings",
    "Al Sammak Hall is booked for the wedding on thursday",
    "Al Khayyat Tailoring is making the thobes for the groom's brothers",
    "block 604 is in Sitra",
    "Laguiole, Espalion and Rodez are in the Aveyron",
    "épouse before a family name on a French form gives the husband's name",
    "aligot is mashed potato with tomme, stretched with a big spoon",
    "the cabrette is the bagpipe of the Auvergnats of Paris",
    "Traiteur Vayssière does the aligot for the whole valley",
    "Costes is also the name of a hotel in Paris",
    "Mazars is an accounting firm",
    "12210 is the Laguiole postcode",
    "75011 is the eleventh arrondissement of Paris",
    "parrain and marraine mean godfather and godmother",
    "booking reference HW-2026-0412 for the hall",
    "marriage licence number 1187/2026",
    "table 12 seats 10 people",
    "invoice 2026-031 from the photographer",
    "order 58213 is for 300 chairs and 30 tables",
    "the deposit is 500 euros, the rest a week before",
    "the hall holds 350 guests",
    "the marquee is 12 by 24 metres",
    "five koufeta in every bag",
    "the band plays from 21:00 to 03:00",
    "the hall is open from 9 to 18 on weekdays",
    "tent hire costs 150,000 shillings a day",
    "the henna night is 120 dinars for the artist",
    "the wedding is on 2026-06-13",
    "the christening is on 21/09/2026 at 11:00",
    "they married on 14/09/1975, the anniversary is next week",
    "the wedding is on the 4th of July, a saturday",
    "Coppermine 1.6 needs PHP 7.4",
    "PsiTransfer 2.2 added upload passwords per bucket",
    "Picsur 0.5 stores the images in Postgres",
    "Ente's museum server reads museum.yaml at start",
    "fixed in commit 7e41c0a, see the changelog",
    "PICSUR_JWT_SECRET=",
    "$CONFIG['dbpass'] = '';",
    "PSITRANSFER_ADMIN_PASS=changeme",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the Mastercard test number",
    "GR16 0110 1250 0000 0001 2300 695 is the example IBAN in the docs",
    "BH67 BMAG 0000 1299 1234 56 is the example IBAN in the docs",
    "write to couple@example.com on the rsvp card",
    "192.0.2.90 is a documentation address",
    "203.0.113.90 is a documentation address",
    "2001:db8:90::1 is a documentation address",
    "in Greece the ambulance is 166, or 112 anywhere in Europe",
    "in Uganda you call 999 or 112",
    "in Bahrain the emergency number is 999",
    "in France the SAMU is 15",
    "the cake arrived!",
    "who has the rings",
    "the band is setting up",
    "καλά στέφανα!",
    "مبروك للعرسان",
    "félicitations aux mariés !",
    "webale nyo for coming to the introduction",
    "so tired after dancing all night",
    "thank you for the lovely gift",
]  # fmt: skip


def _typo90(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a wedding or celebration word's well-known
    misspelling ('marquee' -> 'marquis', 'aisle' -> 'isle', 'bouquet' -> 'boquet', 'caterer' -> 'catterer',
    'christening' -> 'christning'), or wedding planners' and guests' shorthand creeping into chat
    ('congratulations' -> 'congrats', 'invitations' -> 'invites', 'photographer' -> 'photog', 'maid of honour'
    -> 'MOH', 'mother of the bride' -> 'MOB'). Only in sentences typed to the bot or a friend; a title next
    to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT90.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT90[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT90.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT90[m.group(1)] + template[m.end() :]


def build_heldout90(seed: int = HELDOUT90_SEED) -> list[Example]:
    """Held-out set 90: `Gen90` values in `HELDOUT90_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen90(seed)
    return assemble_module_set(
        gen, HELDOUT90_TEMPLATES, HELDOUT90_MIXED, HELDOUT90_NEGATIVES, _typo90, person=gen.person_for
    )
