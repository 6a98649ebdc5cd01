"""Held-out PII set 93 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout93": written before round 57 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT93 is empty, as for
held-out 16 to 92; written at the same time as held-out 94, the two authors split the world between them: 93
takes festivals and processions run by villages and neighbourhoods (festival committees, brotherhoods, floats
and costumes, fireworks and road-closure permits, donations and raffles, the band hired, the saint's or the
harvest day) among peoples of Asia east of Iran, the Americas and Oceania, 94 takes hospital stays seen by
families among those of Europe, Africa and the Middle East); hand-written lists of the Saraikis of Multan,
Dera Ghazi Khan and the edge of Cholistan (the urs at the Multan shrines and the chadar carried there in
procession, the langar cooked in degs and its donation register, the dhol party and the jhumar, the kafi sung
at the urs, the mela at Sakhi Sarwar and the sangh that walks to it, the Channan Pir mela in Cholistan and its
camels, the kabaddi final, the shamianas from the tent service and the NOC for the loudspeakers from the DC
office; compound given names ('Allah Ditta', 'Khuda Bakhsh', 'Allah Wasaya', 'Rab Nawaz', 'Allah Rakhi',
'Bashiran', 'Sughran'), the family's caste or tribe as the family name ('Langah', 'Khakwani', 'Gopang',
'Bosan', 'Dreshak', 'Jatoi', 'Thaheem') and some that are also a word or a company ('Noon', 'Bhutta',
'Dasti'), the familiar short form a mela says, with the family name ('Dittu Langah', 'Bakhshu Jatoi'), a
permit's, a receipt book's or a police paper's 'alias' ('Allah Ditta alias Dittu', 'Rab Nawaz Bhutta alias
Billa'), the name in Urdu script ('اللہ دتہ لنگاہ') and with the father's or the husband's name after ولد, بنت
or زوجہ ('خدا بخش ولد نذر', 'صغراں زوجہ شفقت'), and 'Sain' before a man's and 'Mai' before an old woman's
given name, outside the span), the Nagi of Larantuka and the Lamaholot villages of East Flores, Adonara and
Solor (Semana Santa: Rabu Trewa, the confreria and its robes, the Tuan Ma and the Tuan Ana chapels, the
candles, the eight armida along the procession's road and the families that host them, the mardomu who feeds
the pilgrims, the Tuan Meninu rowed to Pantai Kuce on Good Friday, the pilgrims off the Kupang ferry and the
police's crowd permit for the road closure; the villages' pesta kacang and the woven kewatek; Catholic
baptismal names ('Yohanes', 'Fransiskus', 'Hironimus', 'Skolastika', 'Theresia', 'Margaretha'), Lamaholot clan
names ('Koten', 'Kelen', 'Hurint', 'Kumanireng', 'Bataona', 'Wutun'), Larantuka's 'Riberu' and one that is
also a word ('Tukan', the toucan in German and Polish), the Lamaholot own name between the baptismal and the
clan name ('Yohanes Kopong Koten', 'Helena Nogo Wutun') or alone with the clan name ('Bota Hurint'), the
baptismal name cut as a parish register writes it ('Yoh. Kopong Koten', 'Th. Bota Kelen', 'Al. Kopong Niron'),
and 'Ama' and 'Ina' (father, mother) before an own name and 'Pater' before a priest's baptismal name, outside
the span), the Pastusos of Pasto and Nariño (the Carnaval de Negros y Blancos: the floats built for months in
the workshops and this year's condor, the comparsas and the murgas, the children's carnavalito, the Día de
Negros and the Día de Blancos with its talc, the palcos rented on the Senda del Carnaval, the hervidos and the
cuy after the parade; given names ('Segundo', 'Libardo', 'Arnulfo', 'Nubia', 'Amparo', 'Deisy'), Nariño family
names ('Insuasty', 'Zarama', 'Villota', 'Rosero', 'Burbano', 'Mideros', 'Unigarro', 'Goyes') and some that are
also a word ('Jurado', 'Portilla'), two given and two family names as a register writes them ('Jairo Libardo
Insuasty Zarama'), the mother's family name cut to its initial after the father's ('Hernando Rosero B.'), the
nickname with the family name ('Pacho Villota', 'Chío Erazo'), and 'taita' before an elder man's and 'niña'
before a woman's given name and 'maestro' before a float builder's full name, outside the span) and the
Santeños of the Azuero peninsula, in Las Tablas, La Villa de Los Santos, Guararé and Chitré (Calle Arriba and
Calle Abajo at carnival, their queens, tunas, murgas and floats, the culecos and their tanker trucks in the
morning, the toldos, the raffles, the polleras sewn for a year, Corpus Christi's diablicos sucios in La Villa,
the Mejorana festival in Guararé and its parade of oxcarts; Panamanian given names ('Eliécer', 'Abdiel',
'Euclides', 'Nodier', 'Yariela', 'Aracelly', 'Itzel', 'Dalys'), Azuero family names ('Cedeño', 'Pinzón',
'Castillero', 'Villarreal', 'Saucedo') and some that are also a word ('Nieto', 'Espino', 'De Gracia'), both
family names ('Eliécer Cedeño Castillero'), a widow's 'vda. de' ('Edilma Espino vda. de Cortez') and a married
woman's 'de' ('Aracelly Cedeño de Pinzón'), a foreign form without the accents and the tilde ('Eliecer
Cedeno'), and 'Reina' before a carnival queen's and 'profe' before a teacher's given name, outside the span);
names on a festival's papers, lists and pastes, in English ('NOC applicant:', 'Loudspeaker permit holder:',
'Langar sponsor:', 'Chadar procession led by:', 'Volunteer marshal:', 'Raffle winner (ticket 0457):', 'Band
hired by:', 'Donor:', 'Queen of Calle Arriba:', a float list's '| Float 14 |'), Urdu ('نام:', the father's
name after 'ولدیت:', 'درخواست دہندہ:'), Indonesian ('Nama Lengkap:', the baptismal name alone after 'Nama
Baptis:', 'Ketua Panitia:', 'Penanggung Jawab Armida:', 'Pemohon Izin Keramaian:', 'Bendahara:') and Spanish
('Nombres y apellidos:', 'Responsable de la carroza:', 'Director de la murga:', 'Solicitante del permiso:',
'Ganador de la rifa:', 'Tesorera:', 'Dueño de la carreta:'); a tent service, a kabaddi cup, a shop, a
guesthouse, a float workshop, a dance hall and a grocery that carry a family name ('Langah Tent Service', 'the
Thaheem Cup', 'Toko Riberu', 'Penginapan Hurint', 'Taller Villota', 'Jorón Cedeño', 'Abarrotería Nieto') and
the made-up Familia Castañeda that opens Pasto's carnival no person either, an NOC's, a crowd permit's, a
raffle ticket's or a float's number no secret; over three quarters of the sentences typed to the bot or a
friend: the chadar on the first night of the urs, the dhol party's advance, the deg of rice forty kilos short,
the langar register at 86,000, the jhumar rehearsed every evening, the big candles for the armida, the rooms
rented to pilgrims, the confreria's robe, the ferry for Rabu Trewa, the iuran for the armida and the candles
that came ('sudah bayar iuran armida', 'lilinnya sudah datang'), the condor float, the comparsa painted black,
twenty bags of talc, the palco for the 6th, the cuy after the parade ('el talco llegó', 'ya pagó la rifa'),
the culecos' water trucks at 10, the murga that costs more than the queen's dress, the pollera that takes a
year, the oxcart in Guararé, the toldo's generator, the banner everybody wants to carry, the raffle's
motorbike, the generator key forgotten again and the donation box counted with the treasurer; self-hosted
apps' config no earlier set pasted: Form Tools' global/config.php for the float and comparsa registrations,
ONLYOFFICE Docs' local.json for the langar's donation sheets, Collabora Online's coolwsd.xml and its admin
console for the confreria's documents, vtiger CRM's config.inc.php for Calle Arriba's sponsors and Polr's .env
for the raffle's short links; those regions' addresses (Multan's 'House No. 4, Street No. 25, Gulgasht Colony,
Multan' and its mohallahs ('House No. 98, Mohallah Kalan, Multan 60000'), a village's 'Basti Langah, Mauza
Sher Shah, Tehsil and District Multan', a canal colony's 'Chak No. 39/15-L, Tehsil Mian Channu, District
Khanewal', Dera Ghazi Khan's numbered blocks, the same in Urdu script ('مکان نمبر 4، گلی نمبر 25، گلگشت
کالونی، ملتان') and a label in capitals ('H NO 82 ST 14 GULGASHT COLONY MULTAN'), Larantuka's 'Jl. Pelabuhan
No. 12, Kel. Postoh, Kec. Larantuka, Kab. Flores Timur, NTT 86213' and its 'RT 003/RW 002', a village of
Adonara, Solor or Titehena ('Desa Lamahala Jaya, Kec. Adonara Timur, Kab. Flores Timur, NTT'), Kupang's and an
Indonesian label in capitals ('JL. PAHLAWAN NO. 47 RT 006/RW 001 KEL. LOHAYONG KEC. LARANTUKA 86212'), Pasto's
'Calle 18 # 25-40, Barrio Las Cuadras, Pasto', 'Carrera 22 # 10-23, Centro, Pasto, Nariño 520001' and 'Manzana
B Casa 22, Barrio Corazón de Jesús, Pasto', a vereda of a corregimiento and a Colombian label in capitals
('CRA 24 # 19-33 PASTO NARIÑO 520002'), Las Tablas's 'Avenida Central, casa 34, Las Tablas, Los Santos',
Chitré's barriadas, a corregimiento of Las Tablas, Guararé's main street and a label in capitals ('CASA 31,
CALLE ARRIBA, LAS TABLAS, LOS SANTOS')) and phones (Multan's '061-', Dera Ghazi Khan's '064-24', Pakistani
mobiles '03xx-' and '+92 3', Larantuka's '(0383) 2', Kupang's '(0380) 8', Indonesian mobiles '08xx-' and '+62
8', Pasto's '602 7' and '+57 602 7', Colombian mobiles '3xx' and '+57 3', Las Tablas's '994-', Chitré's '996-'
and Los Santos's '966-', Panamanian mobiles '6xxx-' and '+507 6'); Visa, Mastercard 51-55 and 2-series, Amex
34 and 37 in 4-6-5, Discover 6011, Diners Club 36 in 4-6-4 as Colombia's banks issue it and UnionPay 62 as
Pakistan's do, as a fireworks deposit, a palco, the band's advance, a float's paint or the diablicos' costumes
take them; IBANs of Pakistan, Saudi Arabia (a Saraiki in Riyadh sends his share of the langar), Timor-Leste (a
Nagi family in Dili) and Spain (Pastusos working there), as Indonesia, Colombia and Panama have none; IPs of
the fireworks' firing system, a float's LED controller, the shrine's camera recorder, the procession's PA
mixer and livestream encoder, the raffle's ticket printer, the palcos' ticket scanner, a toldo's generator
monitor, the cathedral's bell controller, the committee's NAS, the langar kitchen's gas alarm, a culeco
tanker's pump controller, a festival website and the pastes above, v6 in 2400:fc00:, 2001:4458:, 2803:e600:
and 2801:1b8: ranges; passwords handed over in ways no earlier set used (on the back of a raffle ticket,
pencilled inside the lid of the fireworks crate, on the last page of the langar register, chalked on a float's
chassis, taped under the candle box, written inside the bass drum, inside the queen's sash and inside a
diablico mask, on the dhol strap, painted on a toldo's beer cooler, on the back of the list of armida), Multan
and the Saraiki belt ('SakhiSarwar@1122', 'Multan#061'), Larantuka ('TuanMa#86213', 'Armida0383!'), Pasto
('Galeras#4276', 'Negritos520001!'), the Azuero ('CalleArriba#994', 'Culeco507!'), festival words in leetspeak
('f1r3w0rk$', 'c4rr0z4', 'd14bl1c0'), a palco and its row ('Palco12-Fila3'), an armida and a year
('Armida5-2025'), a thing, a colour in the set's languages and a number ('chadar-sabz-850',
'lilin-merah-444'), and cues in Saraiki ('password ... e, kahen kun na dasin'), Urdu ('پاسورڈ ... ہے، کسی کو
نہ بتانا'), Indonesian ('kata sandinya ..., jangan kasih tahu siapa-siapa ya'), the Malay of Larantuka and
Kupang ('pasword ..., jang kasi tau sapa-sapa e'), Pasto's Spanish ('ala, la clave es ..., no se la vaya a dar
a naides, ¿oyó?') and Panamanian slang ('xopá, la contraseña es ..., no se la pases a nadie, fren'); usernames
on Kitabisa, TikTok, Instagram, an urs's livestream channel, Facebook, Tuboleta, Yappy, Eventbrite, GoFundMe
and Discord and in the pastes, shapes like 'x.jhumar', 'x_sakhisarwar', 'x.semana26', 'confreria_x',
'x.carroza12', 'x_negrosyblancos', 'tuna.x', 'x.callearriba', 'xy.desfile' and 'comite.x4'; dates of birth for
an urs committee's volunteer card, a mela's under-19 kabaddi list, a confreria's register, a palco's discount
for the elderly, a carnavalito form, a queen's coronation and the diablicos' register, in Urdu with its month
('14 مارچ 1958'), a Pakistani form's '14-Mar-1958', the desi (Bikrami) months an old Saraiki counts in ('1
Chetar 2015 Bikrami'), Indonesian ('14 Maret 1958') and a KTP's 'Tempat/Tgl. Lahir: Larantuka, 14-03-1958'
with the place outside the span, Spanish ('14 de marzo de 1958') and Pasto's two-digit year ('14 de marzo del
58'), a Colombian cédula's '14-MAR-1958', a Panamanian form's '14/03/1958' and a paste's ISO date, drawn from
the set's own rng between fixed years (1938 to 2004; a queen's, a teenager's and a child's later), never
counted back from the day the set is built; typos as committees and bands type on a phone: a festival word's
well-known misspelling ('committee' -> 'commitee', 'procession' -> 'procesion', 'raffle' -> 'raffel',
'receipt' -> 'reciept', 'costumes' -> 'costums', 'pilgrims' -> 'pilgrams', 'carnival' -> 'carnaval'), or
festival shorthand and the floats' Spanish creeping into chat ('fireworks' -> 'pyro', 'generator' -> 'genny',
'volunteers' -> 'vols', 'donations' -> 'donos', 'committee' -> 'comm', 'the band' -> 'la banda', 'the float'
-> 'la carroza'); negatives with the same regions' places, the titles and the name forms explained ('alias',
'Dittu', 'Yoh.' and 'Th.', 'Rosero B.', 'vda. de'), NOCs', crowd permits', raffle tickets' and floats' numbers
alone, opening hours, fees, the donations so far and a band's price, dates that are no birthdays (a raffle
draw's, Good Friday's, an urs's start), postcodes alone, businesses, a prize and a made-up family named after
families, versions, a commit, placeholder secrets, a masked PIN, test cards (Visa and Diners), example IBANs
(Pakistan's and Timor-Leste's), a placeholder e-mail, documentation IPs (v4 and v6), emergency numbers every
user shares, and short everyday chat and wishes in the four communities' languages; no public figure is
named).

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import calendar
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

HELDOUT93_SEED = 9371205
# no faker name locale, as in held-out 16 to 92: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT93: list[str] = []
# festivals and processions run by villages and neighbourhoods (held-out 94, written at the same time, takes
# hospital stays seen by families); each origin: (men's given names, women's given names, family names); ';'
# separates names, as some hold a space
NAMES_HELDOUT93: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Saraikis of Multan, Dera Ghazi Khan and the Cholistan edge: the urs at the Multan shrines, the mela at
    # Sakhi Sarwar and at Channan Pir, the langar, the chadar carried in procession, the jhumar and the dhol;
    # compound given names ('Allah Ditta'), the family's caste or tribe as the family name
    "saraiki": ("Allah Ditta;Allah Wasaya;Khuda Bakhsh;Ghulam Rasool;Rab Nawaz;Ahmad Yar;Manzoor;Shafqat;Mureed;Nazar".split(";"),
                "Bashiran;Sughran;Nazeeran;Hajran;Allah Rakhi;Rukhsana;Shamim;Khursheed;Naseem;Kaneez".split(";"),
                "Langah;Khakwani;Gopang;Bosan;Dreshak;Sial;Jatoi;Kanju;Hiraj;Thaheem;Noon;Bhutta;Dasti".split(";")),
    # the Nagi of Larantuka and the Lamaholot villages of East Flores, Adonara and Solor: Semana Santa and its
    # confreria, the Tuan Ma, the armida along the procession's road, the sea procession to Pantai Kuce, the
    # pilgrims from Kupang; Catholic baptismal names, Lamaholot clan names
    "nagi": ("Yohanes;Fransiskus;Petrus;Paulus;Aloysius;Bernardus;Yosef;Kornelis;Hironimus;Laurensius".split(";"),
             "Theresia;Yuliana;Veronika;Skolastika;Margaretha;Brigita;Fransiska;Helena;Anastasia;Katarina".split(";"),
             "Riberu;Koten;Kelen;Tukan;Hurint;Sogen;Niron;Kumanireng;Tokan;Keraf;Bataona;Wutun".split(";")),
    # Pastusos of Pasto and Nariño: the Carnaval de Negros y Blancos, the floats built for months in the
    # workshops, the murgas and comparsas, the Día de Negros and the Día de Blancos, the palcos on the route
    "pastuso": ("Francisco;Jesús;Luis;Alfonso;Guillermo;Hernando;Segundo;Libardo;Jairo;Arnulfo".split(";"),
                "Mercedes;Rocío;Consuelo;Dolores;Yolanda;Mariela;Nubia;Amparo;Deisy;Nelly".split(";"),
                "Insuasty;Zarama;Villota;Rosero;Burbano;Erazo;Bastidas;Jurado;Portilla;Mideros;Narváez;Goyes;Unigarro".split(";")),
    # Santeños of the Azuero peninsula (Las Tablas, La Villa de Los Santos, Guararé, Chitré): Calle Arriba and
    # Calle Abajo at carnival, the culecos, the tunas and their queens, Corpus Christi's diablicos, the
    # Mejorana festival and its oxcarts, the raffles
    "azuero": ("Eliécer;Abdiel;Euclides;Nodier;Aristides;Ovidio;Nicanor;Temístocles;Rigoberto;Edilberto".split(";"),
               "Yariela;Aracelly;Itzel;Edilma;Dayra;Nitzia;Ilka;Elvia;Yaneth;Dalys".split(";"),
               "Cedeño;Pinzón;Castillero;De Gracia;Villarreal;Nieto;Frías;Cortez;Domínguez;Escudero;Espino;Saucedo".split(";")),
}  # fmt: skip
# the Saraiki names in the Urdu script a committee card, a receipt book or an Urdu chat writes them
URDU_HELDOUT93 = {
    "Allah Ditta": "اللہ دتہ", "Allah Wasaya": "اللہ وسایا", "Khuda Bakhsh": "خدا بخش", "Ghulam Rasool": "غلام رسول",
    "Rab Nawaz": "رب نواز", "Ahmad Yar": "احمد یار", "Manzoor": "منظور", "Shafqat": "شفقت", "Mureed": "مرید",
    "Nazar": "نذر", "Bashiran": "بشیراں", "Sughran": "صغراں", "Nazeeran": "نذیراں", "Hajran": "ہاجراں",
    "Allah Rakhi": "اللہ رکھی", "Rukhsana": "رخسانہ", "Shamim": "شمیم", "Khursheed": "خورشید", "Naseem": "نسیم",
    "Kaneez": "کنیز",
    "Langah": "لنگاہ", "Khakwani": "خاکوانی", "Gopang": "گوپانگ", "Bosan": "بوسن", "Dreshak": "دریشک", "Sial": "سیال",
    "Jatoi": "جتوئی", "Kanju": "کانجو", "Hiraj": "ہراج", "Thaheem": "تھہیم", "Noon": "نون", "Bhutta": "بھٹہ",
    "Dasti": "دستی",
}  # fmt: skip
# the short, familiar form the family and the mela say for a compound given name, and which a permit, an NOC
# or a police paper writes after 'alias'
SHORT_HELDOUT93 = {
    "Allah Ditta": "Dittu", "Khuda Bakhsh": "Bakhshu", "Allah Wasaya": "Wasaya", "Rab Nawaz": "Nawaz",
    "Ghulam Rasool": "Rasool", "Allah Rakhi": "Rakhi",
}  # fmt: skip
# the names a mela, a permit or a police paper knows a Saraiki by after 'alias', by whether a woman
ALIASES_HELDOUT93 = {False: ["Billa", "Pappu", "Mithu", "Bhola", "Kalu"], True: ["Guddi", "Munni", "Pinki"]}
# the Lamaholot own name a Nagi or a villager of East Flores carries between the baptismal and the clan name,
# by whether a woman
OWN_HELDOUT93 = {
    False: ["Kopong", "Boli", "Laga", "Tupen", "Sanga", "Bala"],
    True: ["Bota", "Peni", "Nogo", "Barek"],
}
# a baptismal name cut as a parish register, a confreria's list or a receipt writes it
BAPTISMAL_SHORT_HELDOUT93 = {
    "Yohanes": "Yoh.", "Fransiskus": "Fr.", "Aloysius": "Al.", "Laurensius": "Laur.", "Theresia": "Th.",
    "Fransiska": "Fr.", "Margaretha": "Marg.", "Katarina": "Kat.",
}  # fmt: skip
# the nicknames Pasto says for a given name, with the family name after
NICKNAMES_HELDOUT93 = {
    "Francisco": "Pacho", "Jesús": "Chucho", "Luis": "Lucho", "Alfonso": "Poncho", "Guillermo": "Memo",
    "Hernando": "Nando", "Mercedes": "Meche", "Rocío": "Chío", "Consuelo": "Chelo", "Dolores": "Lola",
    "Yolanda": "Yoli",
}  # fmt: skip
# the Urdu words a committee card or an NOC writes between a person's name and the father's or the husband's
URDU_RELATION_HELDOUT93 = {"son": "ولد", "daughter": "بنت", "wife": "زوجہ"}
# a title or kinship word next to the name (outside the span): the origin, whether a woman (None: either) and
# the part of the name it goes with ('given', 'own' for a Lamaholot own name, 'full')
TITLED_HELDOUT93: dict[str, tuple[str, bool | None, str]] = {
    "sain": ("saraiki", False, "given"),  # Saraiki respect for a man, before his given name
    "mai": ("saraiki", True, "given"),  # and for an old woman
    "ama": ("nagi", False, "own"),  # Lamaholot 'father', before a man's own name
    "ina": ("nagi", True, "own"),  # Lamaholot 'mother'
    "pater": ("nagi", False, "given"),  # a priest in Flores, before his baptismal name
    "taita": ("pastuso", False, "given"),  # Nariño's 'father', to any elder man
    "niña": ("pastuso", True, "given"),  # said in Nariño to a woman of any age
    "maestro": ("pastuso", False, "full"),  # a float-building artisan of the carnival
    "reina": ("azuero", True, "given"),  # a carnival queen of Calle Arriba or Calle Abajo
    "profe": ("azuero", False, "given"),  # a teacher, who rehearses the children's tamborito
}
TITLE_SLOT_HELDOUT93 = re.compile(
    r"(?<![\w'.-])(Sain|Mai|Ama|Ina|Pater|taita|niña|maestro|Reina|profe) \{\}",
    re.IGNORECASE,
)
# IBANs of this set's people: Pakistan's own and Saudi Arabia's (a Saraiki in Riyadh sends his share of the
# langar), Timor-Leste's (a Nagi family in Dili) and Spain's (Pastusos working there); Indonesia, Colombia and
# Panama have none
IBAN_SHAPES_HELDOUT93 = {"PK": "4a16c", "SA": "2n18c", "TL": "19n", "ES": "20n"}
# everyday subjects of this set by origin, used in e-mail addresses
SUBJECTS_HELDOUT93 = {
    "saraiki": ["urs", "mela", "jhumar", "multan", "langar"],
    "nagi": ["semana", "armida", "larantuka", "confreria", "tuanma"],
    "pastuso": ["carnaval", "carroza", "pasto", "murga", "galeras"],
    "azuero": ["callearriba", "calleabajo", "pollera", "lastablas", "tuna"],
}
# the mail providers of each origin
EMAIL_DOMAINS_HELDOUT93 = {
    "saraiki": ["yahoo.com", "hotmail.com", "bzu.edu.pk", "cyber.net.pk"],
    "nagi": ["yahoo.co.id", "ymail.com", "unwira.ac.id"],
    "pastuso": ["hotmail.com", "outlook.es", "udenar.edu.co"],
    "azuero": ["hotmail.com", "cwpanama.net", "up.ac.pa"],
}
# the templates that belong to one origin's feast, places or papers, or are written in its script
ORIGIN_CUES_HELDOUT93: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)\burs\b|mela|langar|chadar|jhumar|Multan|Sakhi Sarwar|Kot Mithan|Channan|kafi|dhol|\bdeg\b|"
                r"sohan|\bNOC\b|loudspeaker|shamiana|Cholistan|[\u0600-\u06ff]"), "saraiki"),
    (re.compile(r"(?i)semana|armida|confreria|Tuan|Larantuka|Adonara|Kupang|Kuce|\bNama\b|Ketua|Bendahara|Pemohon|"
                r"Penanggung|mardomu|pilgrims|pesta kacang|kewatek|lilin|iuran|Rabu Trewa"), "nagi"),
    (re.compile(r"(?i)Pasto|comparsa|Negros|Blancos|Castañeda|taller|\bcuy\b|Galeras|Nombres y apellidos|"
                r"Responsable|Solicitante|carnavalito|palco|talc|cóndor|condor"), "pastuso"),
    (re.compile(r"(?i)Calle Arriba|Calle Abajo|Las Tablas|culeco|\btuna\b|pollera|diablico|Corpus|Guararé|mejorana|"
                r"Chitré|toldo|Tesorera|carreta|oxcart|tamborito|La Villa"), "azuero"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT93: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|Tesorera|kewatek|pollera|grandmother|queen|reina"), True),
    (re.compile(r"(?i)\bhe\b|\bhim\b|\bhis\b|Dueño|Director|oxcart|diablico|trumpet|Volunteer marshal|ولدیت"), False),
]  # fmt: skip
# a festival word and its well-known misspelling
MISSPELT_HELDOUT93 = {
    "committee": "commitee", "procession": "procesion", "raffle": "raffel", "costumes": "costums",
    "receipt": "reciept", "sponsored": "sponserd", "generator": "generater", "parade": "parrade",
    "candles": "candels", "pilgrims": "pilgrams", "volunteers": "volounteers", "definitely": "definately",
    "banner": "baner", "marshal": "marshall", "carnival": "carnaval", "rehearse": "rehearce",
}  # fmt: skip
MISSPELT_WORD_HELDOUT93 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT93, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# festival committees' and bands' shorthand, and the Spanish of the floats creeping into chat
SHORTHAND_HELDOUT93 = {
    "fireworks": "pyro", "committee": "comm", "generator": "genny", "volunteers": "vols", "donations": "donos",
    "the band": "la banda", "the float": "la carroza", "loudspeakers": "speakers", "tonight": "2nite",
    "please": "pls", "photos": "pics", "road closure": "closure",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT93 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT93, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# the months in Urdu, Indonesian, Spanish (whole and as a Colombian cédula cuts them) and English (as a
# Pakistani form cuts them); the desi (Bikrami) months an old Saraiki counts in, the first from mid-March
UR_MONTHS_HELDOUT93 = "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر".split()
ID_MONTHS_HELDOUT93 = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
ES_MONTHS_HELDOUT93 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
ES_ABBR_HELDOUT93 = "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC".split()
EN_ABBR_HELDOUT93 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
DESI_MONTHS_HELDOUT93 = "Chetar Visakh Jeth Harh Sawan Bhadron Assu Kattak Maghar Poh Magh Phaggan".split()
# the years a date of birth is drawn between (fixed, so the set is the same whatever day it is built)
ADULT_YEARS_HELDOUT93 = (1938, 2004)


def _fold(name: str) -> str:
    """A name without its diacritics, the case kept ('Cedeño' -> 'Cedeno', 'Eliécer' -> 'Eliecer', 'Narváez'
    -> 'Narvaez')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('De Gracia' -> 'degracia',
    'Allah Ditta' -> 'allahditta', 'Rocío' -> 'rocio')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(_fold(name)).lower())


def _initial(last: str) -> str:
    """The mother's family name cut to its initial, as Pasto writes it after the father's ('Burbano' ->
    'B.')."""
    return f"{last[:1]}."


def _desi(gy: int, gm: int, gd: int) -> tuple[int, str, int]:
    """A Gregorian date in the desi (Bikrami) solar months as an old Saraiki reckons them, each month taken
    from the 14th: (day, month, Bikrami year); 1958-03-14 -> (1, 'Chetar', 2015)."""
    if gd >= 14:
        month, day = (gm - 3) % 12, gd - 13
    else:
        prev_month, prev_year = (gm - 1, gy) if gm > 1 else (12, gy - 1)
        month, day = (gm - 4) % 12, gd + calendar.monthrange(prev_year, prev_month)[1] - 13
    year = gy + 57 if (gm, gd) >= (3, 14) else gy + 56
    return day, DESI_MONTHS_HELDOUT93[month], year


class Gen93(Gen3):
    """Generators for held-out set 93: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT93."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT93))
        men, women, lasts = NAMES_HELDOUT93[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice(lasts)
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _other(self, origin: str, part: int, but: str) -> str:
        """Another name of the origin's list `part` (0 men's, 1 women's, 2 family names) than `but`."""
        return self.rng.choice([x for x in NAMES_HELDOUT93[origin][part] if x != but])

    def _saraiki(self, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A Saraiki's full name: in Urdu script ('اللہ دتہ لنگاہ'), now and then with the father's or the
        husband's name after ولد, بنت or زوجہ ('اللہ دتہ ولد خدا بخش'), a paper's 'alias' with the familiar
        form ('Allah Ditta alias Dittu'), the familiar form with the family name ('Dittu Langah') or plain."""
        rng = self.rng
        r = rng.random()
        if script == "urdu" or (chat and r < 0.12):
            if rng.random() < 0.3:
                relation = rng.choice(["wife", "daughter"]) if woman else "son"
                other = self._other("saraiki", 0, first)
                return f"{URDU_HELDOUT93[first]} {URDU_RELATION_HELDOUT93[relation]} {URDU_HELDOUT93[other]}"
            return f"{URDU_HELDOUT93[first]} {URDU_HELDOUT93[last]}"
        if not chat and r < 0.4:  # a permit's, a receipt book's or a police paper's 'alias'
            known = SHORT_HELDOUT93.get(first) if rng.random() < 0.5 else None
            known = known or rng.choice(ALIASES_HELDOUT93[woman])
            return rng.choice([f"{first} alias {known}", f"{first} {last} alias {known}"])
        if chat and r < 0.45 and first in SHORT_HELDOUT93:  # the familiar form the mela says: 'Dittu Langah'
            return f"{SHORT_HELDOUT93[first]} {last}"
        return f"{first} {last}"

    def _nagi(self, first: str, last: str, woman: bool, chat: bool) -> str:
        """A Nagi's or a Lamaholot villager's full name: the baptismal, the own and the clan name ('Yohanes
        Kopong Koten'), the baptismal name cut as a parish register writes it ('Yoh. Kopong Koten', 'Th. Bota
        Kelen'), the own and the clan name ('Kopong Koten') or the baptismal and the clan name."""
        rng = self.rng
        own = rng.choice(OWN_HELDOUT93[woman])
        r = rng.random()
        if first in BAPTISMAL_SHORT_HELDOUT93 and r < (0.2 if chat else 0.5):
            return f"{BAPTISMAL_SHORT_HELDOUT93[first]} {own} {last}"
        if r < 0.55:
            return f"{first} {own} {last}"
        if r < 0.75:
            return f"{own} {last}"
        return f"{first} {last}"

    def _pastuso(self, first: str, last: str, woman: bool, chat: bool, papers: bool = False) -> str:
        """A Pastuso's full name: two given and two family names as a register writes them ('Jairo Libardo
        Insuasty Zarama'), the mother's family name cut to its initial ('Hernando Rosero B.'), the nickname
        with the family name ('Pacho Villota'), both family names or the father's alone."""
        rng = self.rng
        mother = self._other("pastuso", 2, last)
        r = rng.random()
        if papers or r < 0.25:
            second = self._other("pastuso", 1 if woman else 0, first)
            return f"{first} {second} {last} {mother}"
        if r < 0.5:
            return f"{first} {last} {_initial(mother)}"
        if chat and r < 0.68 and first in NICKNAMES_HELDOUT93:
            return f"{NICKNAMES_HELDOUT93[first]} {last}"
        if r < 0.8:
            return f"{first} {last} {mother}"
        return f"{first} {last}"

    def _azuero(self, first: str, last: str, woman: bool, chat: bool) -> str:
        """A Santeño's full name: a widow's 'vda. de' ('Edilma Frías vda. de Cedeño'), a married woman's 'de'
        ('Aracelly Cedeño de Pinzón'), both family names ('Eliécer Cedeño Castillero'), a foreign form without
        the accents and the tilde ('Eliecer Cedeno') or plain."""
        rng = self.rng
        other = self._other("azuero", 2, last)
        r = rng.random()
        if woman and r < (0.15 if chat else 0.3):
            return f"{first} {last} vda. de {other}"
        if woman and r < (0.25 if chat else 0.45):
            return f"{first} {last} de {other}"
        if r < 0.55:
            return f"{first} {last} {other}"
        if r < 0.7 and _fold(f"{first} {last}") != f"{first} {last}":
            return _fold(f"{first} {last}")
        return f"{first} {last}"

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        if origin == "saraiki":
            return self._saraiki(first, last, woman, script, chat)
        if origin == "nagi":
            return self._nagi(first, last, woman, chat)
        if origin == "pastuso":
            return self._pastuso(first, last, woman, chat)
        return self._azuero(first, last, woman, chat)

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
            if origin == "nagi" and rng.random() < 0.4:  # the Lamaholot own name alone: 'Kopong'
                name = rng.choice(OWN_HELDOUT93[woman])
            if origin == "saraiki" and chat and first in SHORT_HELDOUT93 and rng.random() < 0.5:
                name = SHORT_HELDOUT93[first]
            if origin == "pastuso" and chat and first in NICKNAMES_HELDOUT93 and rng.random() < 0.4:
                name = NICKNAMES_HELDOUT93[first]
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written next to it ('Sain Manzoor', 'Mai Bashiran', 'Ama Kopong', 'Ina Bota',
        'Pater Yosef', 'taita Segundo', 'niña Rocío', 'maestro Libardo Rosero B.', 'Reina Yariela', 'profe
        Abdiel'), from the origin that uses it."""
        origin, woman, part = TITLED_HELDOUT93[title.lower()]
        _, first, last, woman = self._origin_name(origin, woman)
        if part == "own":
            return self.rng.choice(OWN_HELDOUT93[woman])
        if part == "given":
            if origin == "saraiki" and first in SHORT_HELDOUT93 and self.rng.random() < 0.4:
                return SHORT_HELDOUT93[first]
            return first
        return self._full(origin, first, last, woman, "", chat=False)

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, a paper's shape
        where the template is one, one of the origin whose feast, place or paper the template names, in the
        script the template is written in."""
        rng = self.rng
        m = TITLE_SLOT_HELDOUT93.search(template)
        if m:
            return self.titled_person(m.group(1))
        chat = _chat_like(template)
        if "Nama Baptis" in template:  # the baptismal name alone
            return self._origin_name("nagi")[1]
        if "ولدیت" in template:  # the father's name, as an Urdu form's parentage line asks
            _, first, last, _ = self._origin_name("saraiki", False)
            return f"{URDU_HELDOUT93[first]} {URDU_HELDOUT93[last]}"
        if "Nombres y apellidos" in template:  # a Colombian register's two given and two family names
            _, first, last, woman = self._origin_name("pastuso")
            return self._pastuso(first, last, woman, chat=False, papers=True)
        if re.search(r"permit holder|NOC applicant", template, re.IGNORECASE):  # a permit's 'alias'
            _, first, last, _ = self._origin_name("saraiki", False)
            return (
                self._saraiki(first, last, False, "", chat=False) if rng.random() < 0.5 else f"{first} {last}"
            )
        script = "urdu" if re.search(r"[\u0600-\u06ff]", template) else ""
        woman = next((w for cue, w in GENDER_CUES_HELDOUT93 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT93 if cue.search(template)), None)
        return self.person(origin, woman, script, chat)

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, m = rng.randint(1, 120), rng.randint(1, 30)
        street = pick(["Pelabuhan", "Katedral", "Pasar Inpres", "Waibalun", "Lokea"])
        kel = pick(["Postoh", "Pohon Sirih", "Lohayong", "Sarotari", "Balela", "Lokea"])
        village, district = pick([("Waiwerang Kota", "Adonara Timur"), ("Lamahala Jaya", "Adonara Timur"),
                                  ("Riangkemie", "Ile Mandiri"), ("Konga", "Titehena"), ("Ritaebang", "Solor Barat")])  # fmt: skip
        rt, rw = f"{rng.randint(1, 12):03d}", f"{rng.randint(1, 6):03d}"
        shapes = [
            f"House No. {n}, Street No. {m}, Gulgasht Colony, Multan",
            f"House No. {n}, Mohallah {pick(['Khooni Burj', 'Qadirabad', 'Bohar Gate', 'Kalan'])}, Multan 60000",
            f"Basti {pick(['Langah', 'Gopang', 'Jatoi', 'Bosan'])}, Mauza {pick(['Sher Shah', 'Qadirpur Raan', 'Mattital'])}, Tehsil and District Multan",
            f"Chak No. {rng.randint(1, 140)}/{pick(['10-R', '15-L', '9-R', '12-L'])}, Tehsil {pick(['Khanewal', 'Mian Channu', 'Kabirwala'])}, District Khanewal",
            f"House No. {n}, Block {rng.randint(1, 52)}, Dera Ghazi Khan 32200",
            f"مکان نمبر {n}، گلی نمبر {m}، گلگشت کالونی، ملتان",
            f"H NO {n} ST {m} GULGASHT COLONY MULTAN",
            f"Jl. {street} No. {n}, Kel. {kel}, Kec. Larantuka, Kab. Flores Timur, NTT {pick(['86211', '86212', '86213', '86214', '86216'])}",
            f"Jl. {street} RT {rt}/RW {rw}, Kel. {kel}, Larantuka 86213",
            f"Desa {village}, Kec. {district}, Kab. Flores Timur, NTT",
            f"Jl. {pick(['Timor Raya', 'Perintis Kemerdekaan'])} No. {n}, {pick(['Oebobo', 'Kelapa Lima', 'Oesapa'])}, Kota Kupang, NTT 85111",
            f"JL. PAHLAWAN NO. {n} RT {rt}/RW {rw} KEL. LOHAYONG KEC. LARANTUKA 86212",
            f"Calle {rng.randint(10, 22)} # {rng.randint(20, 40)}-{rng.randint(10, 90)}, Barrio {pick(['Las Cuadras', 'San Andrés', 'Obrero', 'Santiago'])}, Pasto",
            f"Carrera {rng.randint(19, 27)} # {rng.randint(10, 22)}-{rng.randint(10, 90)}, Centro, Pasto, Nariño 520001",
            f"Manzana {pick('ABCDEF')} Casa {m}, Barrio Corazón de Jesús, Pasto",
            f"Vereda {pick(['La Merced', 'San José', 'El Rosario'])}, Corregimiento de {pick(['Catambuco', 'Obonuco', 'Genoy', 'Mapachico'])}, Pasto",
            f"CRA {rng.randint(19, 27)} # {rng.randint(10, 22)}-{rng.randint(10, 90)} PASTO NARIÑO 520002",
            f"Avenida Central, casa {n}, Las Tablas, Los Santos",
            f"Barriada {pick(['La Cruz', 'El Retiro', 'Don Bosco', 'San Antonio'])}, casa {n}-{pick('ABC')}, Chitré, Herrera",
            f"Corregimiento de {pick(['La Palma', 'Santo Domingo', 'El Cocal', 'Valle Rico'])}, casa {n}, distrito de Las Tablas, Los Santos",
            f"Calle principal, casa {n}, Guararé, Los Santos",
            f"CASA {n}, CALLE ARRIBA, LAS TABLAS, LOS SANTOS",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT93[origin])
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{last}.{subject}", f"{first}_{rng.randint(1950, 2006)}",
                           f"{subject}{first}", f"{last}{first[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", *EMAIL_DOMAINS_HELDOUT93[origin]])
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"061-{rng.choice('4567')}{d(6)}",  # Multan
            f"064-24{d(5)}",  # Dera Ghazi Khan
            f"03{rng.choice(['00', '01', '03', '05', '07', '13', '15', '21', '33', '36', '45', '47'])}-{d(7)}",  # Pakistani mobiles
            f"+92 3{d(2)} {d(7)}",
            f"(0383) 2{d(4)}",  # Larantuka
            f"(0380) 8{d(5)}",  # Kupang
            f"08{rng.choice(['12', '13', '21', '22', '52', '53'])}-{d(4)}-{d(4)}",  # Indonesian mobiles
            f"+62 8{rng.choice(['12', '13', '52', '53'])}-{d(4)}-{d(4)}",
            f"602 7{d(6)}",  # Pasto
            f"3{rng.choice(['00', '01', '04', '10', '12', '14', '16', '20', '23'])} {d(3)} {d(4)}",  # Colombian mobiles
            f"+57 3{d(2)} {d(3)} {d(4)}",
            f"+57 602 7{d(6)}",
            f"{rng.choice(['994', '996', '966'])}-{d(4)}",  # Las Tablas, Chitré, Los Santos
            f"6{d(3)}-{d(4)}",  # Panamanian mobiles
            f"+507 6{d(3)}-{d(4)}",
        ]  # fmt: skip
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(
            ["4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", "34", "37", "6011", "36", "62"]
        )
        if prefix in ("34", "37"):  # Amex, 4-6-5
            num = _luhn_number(rng, prefix, 15)
            return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num
        if prefix == "36":  # Diners Club, as Colombia's banks issue it: 14 digits, 4-6-4
            num = _luhn_number(rng, prefix, 14)
            return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num
        num = _luhn_number(
            rng, prefix, 16
        )  # Visa, Mastercard, Discover, UnionPay as Pakistan's banks issue it
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.55:
            return " ".join(groups)
        if r < 0.7:
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT93))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT93[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng = self.rng
        o = lambda: rng.randint(0, 255)  # noqa: E731
        first = rng.choice([39, 58, 103, 110, 111, 119, 125, 139, 154, 179, 181, 186, 190, 200, 201])
        return rng.choice([f"{first}.{o()}.{o()}.{rng.randint(2, 254)}", f"{first}.{o()}.{o()}.{rng.randint(2, 254)}",
                           f"10.{o()}.{o()}.{rng.randint(2, 254)}", f"192.168.{o()}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{o()}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the fireworks' firing system, a float's LED controller, the shrine's
        camera recorder, the procession's PA mixer and livestream encoder, the raffle's ticket printer, the
        palcos' ticket scanner, a toldo's generator monitor, the cathedral's bell controller, the committee's
        NAS, the langar kitchen's gas alarm, the culeco tanker's pump and this set's pastes; v4 and v6; `chat`
        as in `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2400:fc00:{h()}:{h()}::{h()}", f"2001:4458:{h()}:{h()}::{h()}", f"2803:e600:{h()}:{h()}::{h()}",
                         f"2801:1b8:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the fireworks firing system's base station is on {}, the cues won't arm", v4),
            ("the led controller on the condor float answers on {}, half the strip stays blue", v4),
            ("the shrine's camera recorder at the urs is {}, check it for the lost boy", v4),
            ("the pa mixer for the procession got {} after the router swap", v4),
            ("the livestream encoder for the Semana Santa procession is on {}", rng.choice([v4, v6])),
            ("the raffle ticket printer has {} now, it prints every number twice", v4),
            ("the ticket scanner at the palcos talks to {}, the queue is round the block", v4),
            ("the generator monitor behind the toldo is {}", v4),
            ("the cathedral's bell controller is {}, it rang at three in the morning", v4),
            ("the committee's nas with the donation receipts has {} now", rng.choice([v4, v6])),
            ("the gas alarm in the langar kitchen is on {}", v4),
            ("the pump controller on the culeco tanker is {}, it won't start the hose", v4),
            ("our festival website runs on {}", rng.choice([v4, v6])),
            ('$g_db_hostname = "{}";', v4),
            ('            "dbHost": "{}",', v4),
            ('<host desc="Hostname to allow or deny." allow="true">{}</host>', v4),
            ("$dbconfig['db_server'] = '{}';", v4),
            ("DB_HOST={}", v4),
            ("2026-01-05 22:14:09 formtools: failed login for 'comparsas' from {}", v4),
            ("[coolwsd] admin console opened from {}", v4),
            ("$ curl -I http://{}:9980/hosting/discovery", v4),
            ("listen [{}]:443 ssl;", v6),
            ("$ ping -6 -c 3 {}", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng = self.rng
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Multan', 'SakhiSarwar', 'Jhumar', 'SohanHalwa', 'KotMithan', 'Cholistan'])}{rng.choice(['#061', '60000!', '_064', '@1122'])}",
                f"{rng.choice(['TuanMa', 'Larantuka', 'Armida', 'Adonara', 'Kuce', 'SestaVera'])}{rng.choice(['#86213', '0383!', '_8', '@2026'])}",
                f"{rng.choice(['Galeras', 'Pasto', 'Castaneda', 'Negritos', 'Cuyes'])}{rng.choice(['#4276', '520001!', '_602', '@0106'])}",
                f"{rng.choice(['CalleArriba', 'LasTablas', 'Pollera', 'Culeco', 'Guarare'])}{rng.choice(['#994', '507!', '_7001', '@Carnaval'])}",
                rng.choice(["procession", "fireworks", "carroza", "confreria", "diablico", "langar"]).translate(leet) + rng.choice(["", "!", "_93"]),
                f"Palco{rng.randint(1, 60)}-Fila{rng.randint(1, 12)}",
                f"Armida{rng.randint(1, 8)}-{rng.randint(2019, 2026)}",
                f"{rng.choice(['talco', 'lilin', 'dhol', 'tembleque', 'chadar'])}-{rng.choice(['verde', 'merah', 'sabz', 'azul'])}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)  # a password where a ':' or a URL would end it
        quote_safe = re.sub(r"['\"\\;<>&]", "", pw)
        alnum = string.ascii_letters + string.digits
        options = [
            # passwords handed over in ways no earlier set used
            ("the donations sheet password is on the back of raffle ticket 0457, {}", pw),
            ("he pencilled the firing system's password inside the lid of the fireworks crate, {}", pw),
            ("the committee wifi is on the last page of the langar register, {}", pw),
            ("the float tablet password is chalked on the chassis in the workshop, {}", pw),
            ("the confreria laptop password is taped under the candle box, {}", pw),
            ("the murga's drive password is written inside the bass drum, {}", pw),
            ("the queen's photo album password is written inside her sash, {}", pw),
            ("the gallery password is inked inside the diablico mask, {}", pw),
            ("the dhol player wrote the sound system wifi on the dhol strap, {}", pw),
            ("the toldo's wifi is painted on the side of the beer cooler, {}", pw),
            ("the stream password is on the back of the list of armida, {}", pw),
            ("the fireworks panel key code is {}, only the shooter has it", d(4)),
            ("the gate code of the float workshop is {}, it changes after carnival", d(6)),
            ("ok the form tools admin password is {}, close the float registrations tonight", pw),
            ("my tuboleta password is {}, buy the palcos before they sell out", pw),
            # cues in the set's languages
            ("password {} e, kahen kun na dasin", pw),
            ("پاسورڈ {} ہے، کسی کو نہ بتانا", pw),
            ("kata sandinya {}, jangan kasih tahu siapa-siapa ya", pw),
            ("pasword {}, jang kasi tau sapa-sapa e", pw),
            ("ala, la clave es {}, no se la vaya a dar a naides, ¿oyó?", pw),
            ("xopá, la contraseña es {}, no se la pases a nadie, fren", pw),
            # commands
            ("$ mysql -u formtools -p{} ft_carnaval", colonless),
            ("$ psql postgres://onlyoffice:{}@localhost/onlyoffice", colonless),
            ("$ sudo coolconfig set admin_console.password {}", colonless),
            # pastes
            ('$g_db_password = "{}";', quote_safe),
            ('                "dbPass": "{}"', quote_safe),
            ('                "string": "{}"', tok(32, alnum)),
            ('<password desc="The password of the admin console.">{}</password>', quote_safe),
            ("$dbconfig['db_password'] = '{}';", quote_safe),
            ("$application_unique_key = '{}';", tok(32, "0123456789abcdef")),
            ("DB_PASSWORD={}", pw),
            ("APP_KEY={}", tok(32, alnum)),
            ("MAIL_PASSWORD={}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.jhumar', 'x_sakhisarwar', 'x.semana26',
        'confreria_x', 'x.carroza12', 'x_negrosyblancos', 'tuna.x', 'x.callearriba', 'xy.desfile',
        'comite.x4')."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        own = {
            "saraiki": [f"{first}.jhumar", f"{last}_sakhisarwar"],
            "nagi": [f"{first}.semana{rng.randint(10, 26)}", f"confreria_{last}"],
            "pastuso": [f"{first}.carroza{rng.randint(1, 40)}", f"{last}_negrosyblancos"],
            "azuero": [f"tuna.{first}", f"{last}.{rng.choice(['callearriba', 'calleabajo'])}"],
        }[origin]
        return rng.choice([f"{first}{last[:1]}.desfile", f"comite.{last}{rng.randint(1, 9)}", *own, *own])

    def _dob_shapes(self, years: tuple[int, int] = ADULT_YEARS_HELDOUT93) -> dict[str, str]:
        """One date of birth, drawn from the set's own rng between fixed years, in every shape this set uses,
        keyed by language, calendar or format."""
        rng = self.rng
        year, m = rng.randint(*years), rng.randint(1, 12)
        day = rng.randint(1, calendar.monthrange(year, m)[1])
        dd, dm, dy = _desi(year, m, day)
        return {
            "ur": f"{day} {UR_MONTHS_HELDOUT93[m - 1]} {year}",
            "pkf": f"{day:02d}-{EN_ABBR_HELDOUT93[m - 1]}-{year}",
            "desi": f"{dd} {dm} {dy} Bikrami",
            "id": f"{day} {ID_MONTHS_HELDOUT93[m - 1]} {year}",
            "ktp": f"{day:02d}-{m:02d}-{year}",
            "es": f"{day} de {ES_MONTHS_HELDOUT93[m - 1]} de {year}",
            "es58": f"{day} de {ES_MONTHS_HELDOUT93[m - 1]} del {year % 100:02d}",
            "co": f"{day:02d}-{ES_ABBR_HELDOUT93[m - 1]}-{year}",
            "pa": f"{day:02d}/{m:02d}/{year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of this set's countries takes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["pkf", "ktp", "co", "pa", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s = self._dob_shapes()
        teen, child, queen = (
            self._dob_shapes((2008, 2012)),
            self._dob_shapes((2015, 2021)),
            self._dob_shapes((2001, 2007)),
        )
        options = [
            ("the urs committee's volunteer card wants his date of birth, {}", s["pkf"]),
            ("abba says he was born {}, the desi date is all he knows", s["desi"]),
            ("the mela's under-19 kabaddi list needs his date of birth, {}", teen["pkf"]),
            ("ان کی تاریخ پیدائش {} ہے، کمیٹی کارڈ کے لیے چاہیے", s["ur"]),
            ("tanggal lahirnya {}, untuk daftar anggota confreria", s["id"]),
            ("the confreria's register wants my mother's date of birth, {}", s["id"]),
            ("mi taita nació el {}, le toca el descuento de la tercera edad en el palco", s["es58"]),
            ("the carnavalito form wants the child's date of birth, {}", child["co"]),
            ("la reina de Calle Arriba nació el {}, el comité lo pide para la coronación", queen["es"]),
            ("the diablicos' register wants the boy's date of birth, {}", child["pa"]),
            ("تاریخ پیدائش: {}", s["ur"]),
            ("Date of birth: {}", s["pkf"]),
            ("Tempat/Tgl. Lahir: Larantuka, {}", s["ktp"]),
            ("Tanggal lahir: {}", s["id"]),
            ("FECHA DE NACIMIENTO: {}", s["co"]),
            ("Fecha de nacimiento: {}", s["pa"]),
            ('    "fecha_nacimiento": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT93_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is carrying the chadar to the shrine on the first night of the urs",
        "{} booked the dhol party for the mela, they want half in advance",
        "{} is cooking the deg of rice for the langar, he needs forty kilos more",
        "{} wrote every langar donation in the register, it came to 86,000",
        "{} got the NOC for the loudspeakers from the DC office",
        "{} is leading the jhumar at the mela, the boys rehearse every evening",
        "{} walked to Sakhi Sarwar with the sangh from our village",
        "{} hired the shamianas for the urs from Langah Tent Service",
        "{} won the kabaddi final at the mela, the Thaheem Cup is in his house now",
        "{} is doing the fireworks at Kot Mithan, he has the permit",
        "{} is bringing the camels from Cholistan for the Channan Pir mela",
        "Sain {} will sing the kafi at the urs this year",
        "Mai {} sent two degs of halwa for the langar",
        "{} نے لنگر کے لیے دو دیگیں دی ہیں",
        "نام: {}",
        "ولدیت: {}",
        "درخواست دہندہ: {}",
        "NOC applicant: {}",
        "Loudspeaker permit holder: {}",
        "Langar sponsor: {}",
        "Chadar procession led by: {}",
        "{} carries the big candles for the armida in front of the cathedral",
        "{} is hosting an armida in front of their house, the whole clan is helping",
        "{} rowed the Tuan Meninu's boat to Pantai Kuce on Good Friday",
        "{} keeps the keys of the Tuan Ana chapel",
        "{} sells candles by the cathedral all through Semana Santa",
        "{} rented two rooms to pilgrims from Kupang for Holy Week",
        "{} joined the confreria last year, he wears the robe in the procession now",
        "{} is coming on the ferry from Kupang for Rabu Trewa",
        "{} is the mardomu this year, his family feeds the pilgrims",
        "{} needs the crowd permit from the police for the road closure in Larantuka",
        "Ama {} beats the drum at the pesta kacang in the village",
        "Ina {} wove the kewatek she wears for the procession",
        "Pater {} leads the procession out of the cathedral",
        "{} sudah bayar iuran armida untuk tahun ini",
        "tolong kasih tahu {} lilinnya sudah datang",
        "Nama Lengkap: {}",
        "Nama Baptis: {}",
        "Ketua Panitia: {}",
        "Penanggung Jawab Armida: {}",
        "Pemohon Izin Keramaian: {}",
        "Bendahara: {}",
        "{} is building the float in the workshop behind the stadium, it's a condor this year",
        "{} painted the whole comparsa black on the Día de Negros",
        "{} bought twenty bags of talc for the Día de Blancos",
        "{} plays the trumpet in the murga, they rehearse on sundays",
        "{} rented a palco on the Senda del Carnaval for the 6th",
        "{} won first prize for the float last year",
        "taita {} brought hervidos for everyone at the parade",
        "niña {} sews the costumes for the children's carnavalito",
        "maestro {} has built floats for thirty years",
        "{} está armando la carroza en el taller, ya va por la cabeza del cóndor",
        "dile a {} que el talco llegó",
        "{} quedó de traer el cuy para después del desfile",
        "Nombres y apellidos: {}",
        "Responsable de la carroza: {}",
        "Director de la murga: {}",
        "Solicitante del permiso: {}",
        "Ganador de la rifa: {}",
        "{} is organising the culecos for Calle Arriba, the water trucks come at 10",
        "{} hired the murga for Calle Abajo, it costs more than the queen's dress",
        "{} sells the raffle tickets for the Calle Arriba float",
        "{} is sewing a pollera for the parade, it takes her a whole year",
        "{} dances as a diablico sucio in La Villa for Corpus",
        "{} plays the mejoranera at the festival in Guararé",
        "Reina {} has her coronation on saturday",
        "profe {} is teaching the kids the tamborito for the parade",
        "{} brought his oxcart to the parade of carretas in Guararé",
        "{} set up the toldo by the park, the generator is his too",
        "{} va a salir en la tuna de Calle Arriba esta noche",
        "pregúntale a {} si ya pagó la rifa",
        "Tesorera: {}",
        "Dueño de la carreta: {}",
        "{} is in charge of the fireworks, he has the permit",
        "{} and {} are fighting over who carries the banner again",
        "can you ask {} if the band got paid",
        "{} is collecting the donations door to door",
        "{} won the raffle, a whole motorbike!",
        "{} forgot the generator key again",
        "i'm waiting for {} at the church, the procession starts at 7",
        "{} filmed the whole procession on her phone",
        "{} is counting the donation box with the treasurer",
        "{} sponsored the fireworks this year",
        "yes {} has the permit for the road closure",
        "{} made the costumes for the kids",
        "{} is on the committee now, god help us",
        "{} organised the volunteers for the road closure",
        "Volunteer marshal: {}",
        "Raffle winner (ticket 0457): {}",
        "Band hired by: {}",
        "Donor: {}",
        "| Float 14 | {} | Taller Villota |",
        '"responsable": "{}",',
    ],
    "STREET_ADDRESS": [
        "the langar degs are cooked at {}, come early",
        "the float is built in the workshop at {}",
        "the armida this year is at {}",
        "the comparsa rehearses at {}",
        "the committee meets at {} on thursdays",
        "send the raffle prizes to {}",
        "the queen's dresses are sewn at {}",
        "the fireworks are stored at {}, don't smoke near it",
        "پتہ: {}",
        "Alamat: {}",
        "Dirección: {}",
        "Address: {}",
        '"direccion": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the float registration to {}",
        "the urs committee writes from {}",
        "the confreria's secretary is {}",
        "the murga's manager answers at {}",
        "the raffle results come from {}",
        "Email: {}",
        "Correo: {}",
        "Surel: {}",
        "ای میل: {}",
        "$HELPDESK_SUPPORT_EMAIL_ID = '{}';",
        "MAIL_FROM_ADDRESS={}",
    ],
    "PHONE_NUMBER": [
        "the dhol party's number is {}",
        "call the tent service on {}",
        "the fireworks man is on {}",
        "the murga's director answers on {}",
        "ring the parish office on {} about the armida",
        "nomor ketua panitia {}",
        "el del taller es el {}",
        "Tel: {}",
        "Telp./WA: {}",
        "Celular: {}",
        "فون: {}",
        '"telefono": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the palco tickets with {}",
        "the fireworks deposit went on {}",
        "the band's advance is on {}",
        "the float's paint was charged to {}",
        "the diablico costumes went on {}",
        "pagué el palco con la tarjeta {}",
        "Card: {}",
        "Tarjeta: {}",
        "Nomor kartu: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "send your share for the fireworks to {}",
        "the mardomu collection goes to {}",
        "my cousin in Riyadh sends his share of the langar from {}",
        "la cuota de la carroza se consigna a {}",
        "IBAN: {}",
        "IBAN No.: {}",
        "Rekening (IBAN): {}",
        "Cuenta IBAN: {}",
    ],
    "USERNAME": [
        "my kitabisa campaign for the armida is under {}",
        "on tiktok the murga posts as {}",
        "the comparsa's instagram is {}",
        "the urs livestream channel is {}",
        "on facebook the confreria page admin is {}",
        "my tuboleta account is {}",
        "on yappy send the raffle money to {}",
        "my eventbrite login is {}",
        "the gofundme for the float is by {}",
        "on discord the comparsa's server admin is {}",
        '$g_db_username = "{}";',
        '                "dbUser": "{}",',
        "$dbconfig['db_username'] = '{}';",
        "DB_USERNAME={}",
        '<username desc="The username of the admin console.">{}</username>',
        "Login: {}",
    ],
}
HELDOUT93_MIXED = [
    ("نام: {}\nتاریخ پیدائش: {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Langar sponsor: {}, {}, cell {}", ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER"]),
    ("Nama Lengkap: {}\nTempat/Tgl. Lahir: Larantuka, {}\nAlamat: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Ketua Panitia: {}, HP {}, surel {}", ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"]),
    ("Nombres y apellidos: {}\nFecha de nacimiento: {}\nCelular: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Responsable de la carroza: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Tesorera: {}, cuenta {}", ["PERSON", "IBAN_CODE"]),
    ("Bendahara: {}, rekening {}", ["PERSON", "IBAN_CODE"]),
    ("the fireworks deposit went on {}, the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("{} paid the band with {}, receipt to {}", ["PERSON", "CREDIT_CARD", "EMAIL_ADDRESS"]),
    ('$g_db_hostname = "{}";\n$g_db_username = "{}";\n$g_db_password = "{}";', ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ('"dbHost": "{}",\n"dbPass": "{}",', ["IP_ADDRESS", "SECRET"]),
    ("$dbconfig['db_username'] = '{}';\n$HELPDESK_SUPPORT_EMAIL_ID = '{}';", ["USERNAME", "EMAIL_ADDRESS"]),
    ("DB_HOST={}\nDB_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("my tuboleta login is {}, the password is {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Queen of Calle Arriba: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("send the float money to {} or call {}", ["IBAN_CODE", "PHONE_NUMBER"]),
    ("{} ({}) is collecting for the langar", ["PERSON", "EMAIL_ADDRESS"]),
    ("Pemohon Izin Keramaian: {}\nAlamat: {}\nTelp./WA: {}", ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER"]),
    ("Date of birth: {} / Card: {}", ["DATE_OF_BIRTH", "CREDIT_CARD"]),
    ("the palco is on {}, questions to {}", ["CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("{} was born {} and lives at {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT93_NEGATIVES = [
    "Multan, Dera Ghazi Khan and Bahawalpur are in the Saraiki belt",
    "an urs marks a saint's death anniversary and is kept at his shrine",
    "Sakhi Sarwar is a town in the hills west of Dera Ghazi Khan",
    "the Channan Pir mela is held on the Thursdays of spring in Cholistan",
    "a chadar is a cloth carried in procession and laid on the grave",
    "langar is the free food cooked at a shrine for everyone who comes",
    "one deg feeds about a hundred people",
    "Sain before a man's name and Mai before an old woman's are Saraiki respect",
    "alias on a permit or a police paper gives the name a man is known by",
    "Dittu is what a family calls a boy named Allah Ditta",
    "Langah Tent Service delivers the shamianas on thursday",
    "the Thaheem Cup is the kabaddi final at the mela",
    "Noon is also the name of a sugar mill",
    "60000 is the Multan postcode",
    "the NOC for the loudspeakers is number DC/MLN/2026/311",
    "in Pakistan Rescue is 1122 and the police 15",
    "Larantuka is at the eastern tip of Flores, across the strait from Adonara",
    "Semana Santa in Larantuka goes back to the Portuguese",
    "Tuan Ma is the statue of the Virgin kept in her chapel all year",
    "the procession stops at eight armida, little altars along the road",
    "Rabu Trewa is the noisy Wednesday of Holy Week",
    "Sesta Vera is Good Friday in the old Portuguese prayers",
    "the confreria is the brotherhood that runs the procession",
    "Ama and Ina mean father and mother in Lamaholot",
    "Pater before a name means the man is a priest",
    "Yoh. stands for Yohanes and Th. for Theresia in a parish register",
    "Toko Riberu sells the candles and the flowers",
    "Penginapan Hurint is full for Holy Week",
    "86213 is a Larantuka postcode",
    "the crowd permit number is 012/IK/III/2026",
    "in Indonesia the police are 110 and the ambulance 118",
    "the ferry from Kupang takes about fourteen hours",
    "Pasto sits at the foot of the Galeras volcano",
    "the Carnaval de Negros y Blancos runs from the 2nd to the 7th of January",
    "on the 5th people paint each other black and on the 6th they throw talc",
    "the Familia Castañeda is a made-up family that opens the carnival",
    "Taller Villota builds floats, it is a workshop",
    "taita means father and niña is said to any woman in Nariño",
    "Rosero B. means the second family name starts with a B",
    "a maestro del carnaval is an artisan who builds the floats",
    "520001 is a Pasto postcode",
    "float number 14 won the first prize",
    "a palco on the Senda del Carnaval costs 180,000 pesos",
    "in Colombia the emergency number is 123",
    "Las Tablas splits into Calle Arriba and Calle Abajo every carnival",
    "culecos are the morning water parties with the tanker trucks",
    "the diablicos sucios dance in La Villa de Los Santos for Corpus Christi",
    "the Festival de la Mejorana is in Guararé in September",
    "vda. de on a form means the woman is a widow",
    "Reina before a name is the carnival queen and profe is a teacher",
    "Jorón Cedeño is a dance hall, not a person",
    "Abarrotería Nieto sells the raffle tickets",
    "a pollera can take a year to sew",
    "in Panama you call 911",
    "the procession starts at 19:00 from the cathedral",
    "the raffle draw is on 2026-01-06 at 20:00",
    "ticket 0457 won the second prize",
    "the road closure runs from 14:00 to 23:00",
    "the band costs 2,500 dollars for the whole night",
    "donations so far: 86,000 rupees",
    "the committee office is open from 9 to 5, closed on fridays",
    "Good Friday is on 2026-04-03 this year",
    "the urs starts on 14 March this year",
    "Form Tools 3.1 added a new form builder",
    "ONLYOFFICE Docs 8.2 changed the JWT settings",
    "Collabora Online 24.04 reads coolwsd.xml at start",
    "vtiger 8.2 needs PHP 8",
    "Polr 2.3 is the last release",
    "fixed in commit 4c9e21b, see the changelog",
    '$g_db_password = "";',
    "DB_PASSWORD=changeme",
    '<password desc="The password of the admin console."></password>',
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "3056 9309 0259 04 is the Diners test number",
    "PK36 SCBL 0000 0011 2345 6702 is the example IBAN in the docs",
    "TL38 0080 0123 4567 8910 157 is the example IBAN in the docs",
    "write to comite@example.org for the float registration",
    "192.0.2.93 is a documentation address",
    "198.51.100.93 is a documentation address",
    "2001:db8:93::1 is a documentation address",
    "the procession is coming!",
    "who has the candles",
    "the band is late again",
    "so tired after the parade",
    "mubarak ho, the urs went well",
    "selamat Paskah!",
    "¡que viva el carnaval!",
    "¡ajo, qué culeco!",
    "thanks for the donation",
]  # fmt: skip


def _typo93(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a festival word's well-known misspelling
    ('committee' -> 'commitee', 'procession' -> 'procesion', 'raffle' -> 'raffel', 'receipt' -> 'reciept',
    'carnival' -> 'carnaval'), or festival committees' and bands' shorthand and the floats' Spanish creeping
    into chat ('fireworks' -> 'pyro', 'generator' -> 'genny', 'volunteers' -> 'vols', 'donations' -> 'donos',
    'the band' -> 'la banda', 'the float' -> 'la carroza'). Only in sentences typed to the bot or a friend; a
    title next to a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT93.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT93[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT93.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT93[m.group(1)] + template[m.end() :]


def build_heldout93(seed: int = HELDOUT93_SEED) -> list[Example]:
    """Held-out set 93: `Gen93` values in `HELDOUT93_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen93(seed)
    return assemble_module_set(
        gen, HELDOUT93_TEMPLATES, HELDOUT93_MIXED, HELDOUT93_NEGATIVES, _typo93, person=gen.person_for
    )
