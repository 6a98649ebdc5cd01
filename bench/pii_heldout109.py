"""Held-out PII set 109 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout109": written by a separate author who did not change recognizers, never saw Kaizen's misses on it and
kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT109 is empty, as for the sets before
it; written at the same time as held-out 110 by another author, neither seeing the other's set). The theme is
buying, selling and inheriting land or a house as families talk about it: the notary and the deed of sale, the
title deed and the land registry search, the surveyor and the boundary dispute with the neighbour, the
mortgage application and the bank's portal login, the estate agent's listing, the deposit by bank transfer,
the land rates and the property tax, the power of attorney for a relative abroad, the inheritance split among
siblings and the scam seller with forged papers reported to the police. The peoples were chosen after grepping
the earlier sets (bench/pii_heldout27.py to 108.py, docstrings and lists): Kikuyu, Gikuyu, Kiambu, Ardhisasa,
Albania, Albanian, Tirana, Shkodër, Prishtina, Walloon, Namur, Charleroi, Purépecha, Michoacán, Uruapan,
Pátzcuaro, Cherán and Paracho come up in none; Nyeri only as an address of held-out 27, Nairobi and 'Murang’a
Road' only as addresses of held-out 39 and 42 (for the Lohana Gujaratis and the Ramgarhia Sikhs), 'Kamau' only
inside the Māori 'Houkamau' of held-out 89, Kosovo only as an IBAN country in held-out 32 and for the Gorani
of Dragash in held-out 79 (another people, with Slavic names), Belgium for the Flemish of Ghent and Kortrijk
in held-out 29 (with the Dutch 'bus' box number, the 'zone/xx.xx.xx' phone form and the AZERTY slips, none of
which this set takes) and Seraing for an Asturian emigrant in held-out 108 (so this set has no Seraing
street), and 'ejido' only inside the Spanish 'tejidos' of held-out 100. The apps, services and pastes were
grepped the same way, in bench/pii.py too: Ardhisasa, eCitizen, KRA iTax, M-Pesa, KCB, e-Albania, ASHK,
e-Kosova, BKT, Raiffeisen, merrjep.al, SPID, Immoweb, itsme, Belfius, Biddit, MyMinfin, Infonavit, the RAN,
Banorte and the SAT come up in none, nor do the pastes this set takes: the estate agent's Houzez site
(WordPress's wp-config 'DB_PASSWORD' and 'AUTH_KEY'), the surveyor's GeoServer ('GEOSERVER_ADMIN_PASSWORD',
its REST API with 'curl -u admin:...'), the notary's ownCloud ('dbpassword' and 'secret' in config.php) and
the payment keys of Pesapal (Kenya), Conekta and Openpay (Mexico); Stripe, Paystack, Flutterwave, Daraja,
Documenso, DocuSeal, Nextcloud and PostGIS were pasted by earlier sets and are left out. Hand-written lists of
four peoples: the Kikuyu of Kiambu, Murang'a, Nyeri, Thika and Nairobi, and their relatives in Reading and
Minneapolis (the title deed and the green card, the official search on Ardhisasa, the Land Control Board's
consent, the chief's letter for the succession cause, the surveyor's beacons, the mortgage at KCB, the deposit
by M-Pesa and the land rates; a Christian name, a Kikuyu name and the father's name ('Grace Wanjiru Njoroge',
'Peter Kamau Mwangi'), a Kikuyu name with the father's ('Kamau Njoroge'), the patronymic with 'wa' ('Kamau wa
Njoroge', 'Wanjiru wa Kariuki'), a Kenyan form's initials ('P. K. Njoroge'), the apostrophe of 'Ndung'u',
short forms ('Shiru', 'Shiku', 'Mwas', 'Kim', 'Wambo', 'Karis') and 'Mzee', 'Cucu' (grandmother), 'Guka'
(grandfather), 'Chief', 'Wakili' (advocate) and 'Mama' (a mother called after her child: 'Mama Njeri') before
a name, outside the span; the family names are the fathers' Kikuyu names, so a man's Kikuyu name can be both);
the Albanians of Tirana, Durrës and Shkodër and of Prishtina in Kosovo, and the emigrants in Brescia, Milan
and Athens (the noter, the ASHK cadastre and the old 'hipoteka', the 'tapi' (title deed), the 'prokurë' (power
of attorney) signed in Italy, the ownership certificate on e-Albania, the loan at Raiffeisen and BKT, the
listing on merrjep.al; Albanian given names of the south and the north, the Catholic names of Shkodër
('Gjergj', 'Pjetër', 'Marije', 'Prenda') and the Gheg names of Kosovo ('Ramë', 'Valon', 'Fitore', 'Albulena'),
the father's given name in the middle on papers ('Arben Gëzim Hoxha'), the names declined as Albanian grammar
wants them in chat ('shtëpia e Arbenit', 'e takova Dritën': the span is the whole declined word), the letters
ë and ç dropped ('Gezim Koci'), the Greek names emigrants took in Greece ('Giorgos Marku', 'Eleni Kapllani'),
a list's or an Italian paper's family name first ('HOXHA Arben', 'Krasniqi, Valon'), short forms ('Beni',
'Miri', 'Gimi', 'Mimi', 'Lindi', 'Vali') and 'zoti', 'zonja', 'xhaxhi', 'daja', 'halla', 'tezja', 'gjyshi',
'gjyshja', Kosovo's 'baca' and 'noteri' before a name, outside the span; 'besa' (a word of honour) is
explained in a negative); the Walloons of Liège, Namur, Charleroi, Verviers and Herstal, and the commuters to
Luxembourg and relatives in Lille (the notaire and the compromis de vente, the deed within four months, the
registration duties, the précompte immobilier, the géomètre who sets the boundary stones, the listing on
Immoweb, the online auction on Biddit, the itsme login and the Belfius loan; French given names with the
compound ones ('Jean-Pierre', 'Marie-Claire'), Walloon family names ('Lhoest', 'Collignon', 'Hougardy',
'Remacle', 'Crahay', 'Wéry'), a deed's or an ID card's family name in capitals before all the given names
('LAMBERT Monique Marie Ghislaine'), a married woman's social name, the husband's name before her own
('Monique Pirard-Lhoest'), the Walloon forms of given names ('Djan', 'Djôsef', 'Colas', 'Pîre', 'Houbert',
'Marèye'), French initials of a compound name ('J.-P. Lambert'), the accents dropped ('Benoit Gerard'), short
forms ('Jeannot', 'Jojo', 'Dédé', 'Bébert', 'Véro', 'Fanfan') and 'Maître' (the notary), 'Monsieur', 'Madame',
'bon-papa', 'bonne-maman', 'parrain', 'marraine' and 'tonton' before a name, outside the span; the national
register number is no labelled type here, and comes only as a blank form line in a negative); and the
Purépecha of Uruapan, Pátzcuaro, Cherán, Paracho and the Meseta's villages (Angahuan, Capácuaro, San Lorenzo,
Nurío), and their families in Madera, California and Salem, Oregon (the ejido and the comunal land, the
certificado parcelario of the RAN and the escrituras of the Registro Público, the comisariado and the
asamblea, the avocado orchard (la huerta) and the packer, the predial, the Infonavit credit and the Banorte
card; Spanish given names with the father's and the mother's surnames ('Juan Tzintzun Equihua'), surnames of
the Meseta and the lake ('Tzintzun', 'Cuiriz', 'Equihua', 'Zalapa', 'Jerónimo', 'Servín'), Purépecha given
names ('Eréndira', 'Erandi', 'Tzitziki', 'Irepan'), compound given names ('José Guadalupe', 'María de la
Luz'), a Mexican paper's 'Ma.' and 'J.' ('Ma. Guadalupe Cuiriz Estrada', 'J. Jesús Tzintzun'), a form's
surnames first ('TZINTZUN EQUIHUA JUAN'), the accents dropped ('Jeronimo Servin'), short forms ('Chuy',
'Chava', 'Nacho', 'Toño', 'Chela', 'Chayo') and 'don', 'doña', 'tata' and 'nana' (how Purépecha speakers
address an elder), 'compadre', 'comadre' and 'licenciado' before a name, outside the span; Purépecha words
('echeri', 'ireta', 'pirekua', 'juchari uinapekua', 'K'eri Jánaskaticha') come only in negatives). No public
figure's full name is drawn (PUBLIC_FIGURES_HELDOUT109: those the lists' words could make), and public figures
come only inside the names of places (Kenyatta Avenue, Moi Avenue, Jomo Kenyatta International Airport,
Skanderbeg Square, the Nënë Tereza airport, Bill Clinton Boulevard, the Plaza Vasco de Quiroga and the Plaza
Gertrudis Bocanegra). Every one of those name forms, and names with a typo ('Njorge', 'Krasnqi', 'Hougarty',
'Tzintzum'), is forced into the build at least once so it does not hang on the seed (any form the draws have
not reached by the end comes in a sentence of its own), and each people also gets a titled name, a name in
capitals on a form and one in lower case in chat, and the build a declined Albanian name, whatever the seed;
the address, the phone, the e-mail, the IBAN or the date of birth after a name mostly comes from that name's
region. Names on papers in English ('Name of Proprietor:', 'Vendor:', 'Purchaser:', 'Administrator:'), Swahili
('Jina kamili:'), Albanian ('Emri dhe mbiemri:', 'Shitësi:', 'Trashëgimtari:', 'Mbiemri dhe emri:'), Italian
('Il sottoscritto', 'Cognome e nome:'), French ('Nom et prénoms:', 'Le vendeur:', 'Mandataire:', 'A COMPARU
:') and Spanish ('Nombre del ejidatario:', 'Apellido paterno, materno y nombre(s):', 'Apoderado:'), a plot
list's '| Lot 3 | ... | 0.25 ac | paid |', JSON and YAML; prices, fees, parcel and title number formats,
paybill numbers, areas and plot numbers no PII; those regions' addresses (Kenya's 'P.O. Box 1234-00900 Kiambu'
with the house and the road, Murang'a's, Nyeri's, Thika's and Nairobi's, Reading's and Minneapolis's, Tirana's
'Rruga ..., Pallati 12, Shkalla 2, Ap. 8, Tiranë 1001', Durrës's and Shkodër's 'Lagjja', Prishtina's '10000
Prishtinë', Brescia's and Milan's 'Via', Athens's 'Odos', Belgium's 'Rue Saint-Léonard 212 bte 3, 4000 Liège',
Namur's, Charleroi's, Verviers's and Herstal's, Luxembourg's 'L-4011 Esch-sur-Alzette', Lille's, Michoacán's
'Calle Morelos No. 25, Col. Centro, C.P. 60000, Uruapan, Mich.', Cherán's barrios, a village's 'Domicilio
conocido', Madera's and Salem's) and phones (Kenyan mobiles '07xx', '011x' and '+254 7', Nairobi's '020',
British mobiles, Albanian mobiles '06x' and '+355 6', Tirana's '+355 4', Kosovo's '04x', '+383 4' and
Prishtina's '038', Italian and Greek mobiles, Belgian mobiles '04xx' and '+32 4', Liège's '04', Namur's '081'
and Charleroi's '071', Luxembourg's '+352 6' and French mobiles, Mexico's ten digits with Uruapan's '452',
Pátzcuaro's '434', Cherán's '423' and Morelia's '443', '+52', and the United States' '(559)' and '+1 503');
Visa, Mastercard 51-55 and 2-series and Amex 4-6-5 for the search fee, the valuation, the listing and the
surveyor; IBANs of countries that have them (Kenya, Mexico and the United States have none): the United
Kingdom and Germany for Kikuyu relatives abroad, Albania, Kosovo, Italy and Greece for the Albanians, Belgium
(with the account number's own mod-97 check), France and Luxembourg for the Walloons, the Netherlands and
Spain for the avocado buyers who pay the Purépecha orchards' advances; IPs of the land portal's and the bank's
sign-in alerts, the camera at the plot's gate, the surveyor's GeoServer, the notary's ownCloud and the
agency's Houzez site, v4 and v6; secrets handed over in ways no earlier set used (on the back of the chief's
letter, in the envelope with the title deed, on the margin of the survey map, in the family Bible with the
land papers, in a voice note from Milan, on a post-it stuck to the back of the compromis, in the ledger of the
avocado crates), places and theme words ('Kiambu#2024', 'Toka@355', 'Compromis_4000', 'Aguacate2025!'), theme
words in leetspeak ('l4nd', 'h0u$3'), the one-time codes of Ardhisasa, e-Albania and Infonavit, the M-Pesa
PIN, the itsme code, the padlock on the plot's gate, and cues in Swahili ('usimwambie mtu yeyote'), Albanian
('mos ia thuaj askujt'), Gheg ('mos ja thuj kujt'), Italian ('non dirla a nessuno'), French ('ne le dis à
personne') and Spanish ('no se la pases a nadie'); usernames as land portal and bank logins, Houzez, GeoServer
and ownCloud users, Instagram and TikTok handles of agents and sellers, in shapes like 'kiambu_plots.kamau',
'prona.durres.arben', 'immo.lhoest84', 'huerta_tzintzun'; dates of birth for the land portal, the succession,
the prokurë, the compromis, the deed and the Infonavit credit, in Kenya's '14/03/1985' and '14th March 1985',
Albania's '14.03.1985' and '14 mars 1985', Italy's '14/03/1985', Greece's '14/3/1985', Belgium's '14/03/1985',
'14 mars 1985' and a deed's words in Belgian French ('quatorze mars mil neuf cent quatre-vingt-cinq',
'septante', 'nonante'), Mexico's '14/03/1985' and '14 de marzo de 1985', the United States' '03/14/1985' and a
paste's ISO date, a parent's now and then, all drawn between fixed years from the set's own rng so the set
builds the same on any day; typos as families type on a phone: a property word's well-known misspelling
('mortgage' -> 'morgage', 'surveyor' -> 'surveyer', 'boundary' -> 'boundry', 'inheritance' -> 'inheritence')
or chat shorthand in the set's languages ('please' -> 'pls', 'faleminderit' -> 'flm', 'shumë' -> 'shum', "s'il
te plaît" -> 'stp', 'beaucoup' -> 'bcp', 'por favor' -> 'porfa', 'que' -> 'q'); negatives with the same
places, the titles, the kin words, 'wa', the declension and the Purépecha words explained, prices, fees,
areas, the portals' versions, placeholder secrets, a test card, the example IBAN, a placeholder e-mail,
documentation IPs (v4 and v6), dates of no one's birth and short everyday chat; no public figure is named as a
person).

This module holds the set alone; bench/pii.py's main(), JSON and chart take it in separately.
"""

from __future__ import annotations

import calendar
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
    _ordinal,
    _pick_chat_or_not,
    assemble_module_set,
)
from bench.pii import (
    _fold_accents as _fold,
)

HELDOUT109_SEED = 5109233
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT109: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT109 = ["kikuyu", "albanian", "walloon", "purepecha"]
# the Christian names a Kikuyu carries before the Kikuyu name, in Kenya's spellings ('Josphat', 'Teresia')
KIKUYU_CHRISTIAN_HELDOUT109 = {
    False: "Peter;John;Joseph;Samuel;Stephen;Francis;Paul;David;Daniel;Simon;Josphat;Geoffrey;Dennis;Moses;Patrick".split(";"),
    True: "Grace;Mary;Jane;Lucy;Margaret;Esther;Faith;Joyce;Beatrice;Catherine;Ruth;Naomi;Ann;Leah;Purity;Teresia".split(";"),
}  # fmt: skip
# the Kikuyu names of men and women; a man's is also what his children carry as their family name
KIKUYU_NAMES_HELDOUT109 = {
    False: "Kamau;Mwangi;Njoroge;Kariuki;Kimani;Githinji;Macharia;Gitau;Muriithi;Wachira;Maina;Kinyanjui;Ndung'u;Karanja;Waweru;Kiarie;Mbugua;Njenga;Gathogo;Muchiri".split(";"),
    True: "Wanjiru;Njeri;Wambui;Wanjiku;Nyambura;Wairimu;Wangari;Wangui;Njoki;Muthoni;Nyokabi;Waithera;Wacera;Wamaitha;Mumbi;Wangeci".split(";"),
}  # fmt: skip
# the Albanian men's given names, which papers also write as the father's name in the middle
ALBANIAN_MEN_HELDOUT109 = "Arben;Ilir;Gëzim;Astrit;Petrit;Fatmir;Besnik;Agron;Artan;Dritan;Gjergj;Pjetër;Gjon;Lek;Nikoll;Ramë;Valon;Blerim;Driton;Mentor;Adem;Lulzim;Sokol;Bujar;Shpëtim;Flamur".split(";")  # fmt: skip
# each origin: (men's given names, women's given names, family names); ';' separates names, as some hold a
# space
NAMES_HELDOUT109: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Kikuyu of Kiambu, Murang'a and Nyeri: Christian and Kikuyu given names; the family names are the
    # fathers' Kikuyu names
    "kikuyu": (KIKUYU_CHRISTIAN_HELDOUT109[False] + KIKUYU_NAMES_HELDOUT109[False],
               KIKUYU_CHRISTIAN_HELDOUT109[True] + KIKUYU_NAMES_HELDOUT109[True],
               KIKUYU_NAMES_HELDOUT109[False]),
    # Albanians of Tirana, Durrës, Shkodër and Prishtina: southern, Catholic northern and Kosovo Gheg names
    "albanian": (ALBANIAN_MEN_HELDOUT109,
                 "Drita;Mimoza;Valbona;Elona;Teuta;Lindita;Besa;Marije;Prenda;Vjollca;Fitore;Blerta;Albulena;Arta;Shqipe;Mirela;Jonida;Ermira".split(";"),
                 "Hoxha;Dervishi;Leka;Gjoka;Marku;Prendi;Koçi;Çela;Kola;Duka;Bregu;Zeneli;Muça;Mema;Toska;Hysa;Kapllani;Sinani;Tafaj;Ndreu;Lleshi;Gjeloshi;Krasniqi;Gashi;Shala;Morina;Kelmendi;Bytyqi;Rexhepi;Jashari;Basha;Shehu".split(";")),
    # Walloons of Liège, Namur and Charleroi: French given names, Walloon family names
    "walloon": ("Jean;Joseph;Nicolas;Pierre;Hubert;André;Jacques;Michel;Philippe;Luc;Benoît;Christophe;Grégory;Maxime;Thierry;Didier;Fabrice;Raymond;Marcel;Albert".split(";"),
                "Monique;Christiane;Nathalie;Isabelle;Véronique;Laetitia;Gaëlle;Murielle;Josiane;Marie;Anne;Françoise;Ghislaine;Jacqueline;Mireille;Aurélie;Sophie;Céline".split(";"),
                "Lambert;Dubois;Lejeune;Renard;Gérard;Collignon;Lhoest;Delvaux;Pirard;Pirotte;Thiry;Jacquemin;Mathy;Gilson;Dethier;Piron;Closset;Hougardy;Jamar;Lemaire;Bodson;Dewez;Gillet;Henrard;Leloup;Massart;Remacle;Thonon;Lecocq;Gilbert;Wéry;Halleux;Grégoire;Materne;Crahay;Libert".split(";")),
    # Purépecha of Uruapan, Pátzcuaro, Cherán and Paracho: Spanish and Purépecha given names, surnames of the
    # Meseta and the lake (some of them baptismal names: 'Jerónimo', 'Sebastián', 'Pascual', 'Lucas')
    "purepecha": ("Juan;José;Francisco;Salvador;Ignacio;Antonio;Jesús;Alberto;Gabino;Librado;Epifanio;Rafael;Abundio;Crescencio;Martín;Irepan".split(";"),
                  "María;Guadalupe;Graciela;Rosario;Teresa;Eréndira;Erandi;Tzitziki;Josefina;Angélica;Leticia;Hortensia;Evangelina;Margarita;Socorro;Bertha".split(";"),
                  "Tzintzun;Cuiriz;Equihua;Zalapa;Jerónimo;Fabián;Servín;Estrada;Romero;Tapia;Sebastián;Alonso;Crisóstomo;Ascencio;Campos;Velázquez;Morales;Rangel;Huerta;Pascual;Lucas;Gabriel;Hernández;Tomás".split(";")),
}  # fmt: skip
# full names a draw must never give: public figures' (or close enough to read as theirs), in any of the forms
# (checked without accents and case); only those the lists' words can make
PUBLIC_FIGURES_HELDOUT109 = {
    "Mary Wambui", "Margaret Wanjiru", "J. M. Kariuki", "Adem Jashari", "Lulzim Basha", "Philippe Gilbert",
    "André Renard", "Christophe Lambert", "Juan Gabriel",
}  # fmt: skip
# the Kikuyu short forms (Kenyan chat and Sheng)
KIKUYU_NICK_HELDOUT109 = {
    "Wanjiru": "Shiru", "Wanjiku": "Shiku", "Mwangi": "Mwas", "Kimani": "Kim", "Wambui": "Wambo", "Kariuki": "Karis",
}  # fmt: skip
# the Greek names Albanian emigrants took in Greece, with their Albanian family names
ALBANIAN_GREEK_HELDOUT109 = {
    False: ["Giorgos", "Petros", "Giannis", "Nikos", "Kostas", "Ilias", "Andreas"],
    True: ["Eleni", "Katerina", "Sofia", "Dimitra", "Maria"],
}
# Albanian given names declined: (genitive and dative, accusative), as a sentence's grammar wants them
ALBANIAN_DECLINED_HELDOUT109 = {
    "Arben": ("Arbenit", "Arbenin"), "Ilir": ("Ilirit", "Ilirin"), "Gëzim": ("Gëzimit", "Gëzimin"),
    "Fatmir": ("Fatmirit", "Fatmirin"), "Agron": ("Agronit", "Agronin"), "Besnik": ("Besnikut", "Besnikun"),
    "Sokol": ("Sokolit", "Sokolin"), "Flamur": ("Flamurit", "Flamurin"), "Drita": ("Dritës", "Dritën"),
    "Mimoza": ("Mimozës", "Mimozën"), "Valbona": ("Valbonës", "Valbonën"), "Teuta": ("Teutës", "Teutën"),
    "Lindita": ("Linditës", "Linditën"), "Besa": ("Besës", "Besën"),
}  # fmt: skip
# the short forms an Albanian given name takes
ALBANIAN_NICK_HELDOUT109 = {
    "Arben": "Beni", "Fatmir": "Miri", "Gëzim": "Gimi", "Mimoza": "Mimi", "Lindita": "Lindi", "Valbona": "Vali",
}  # fmt: skip
# compound given names of a Walloon man and woman
WALLOON_DOUBLE_HELDOUT109 = {
    False: ["Jean-Pierre", "Jean-Marie", "Jean-Luc", "Jean-François", "Pierre-Yves"],
    True: ["Marie-Claire", "Marie-Thérèse", "Anne-Sophie", "Marie-Christine", "Marie-Jeanne"],
}
# the further given names a Belgian deed or ID card lists after the first ('Ghislain' and 'Ghislaine' above all)
WALLOON_MIDDLE_HELDOUT109 = {
    False: ["Joseph", "Ghislain", "Hubert", "Marie", "Léon"],
    True: ["Marie", "Ghislaine", "Josée", "Thérèse", "Léonie"],
}
# the Walloon forms of French given names
WALLOON_GIVEN_HELDOUT109 = {
    "Jean": "Djan", "Joseph": "Djôsef", "Nicolas": "Colas", "Pierre": "Pîre", "Hubert": "Houbert", "Marie": "Marèye",
}  # fmt: skip
# the short forms a French given name takes in Wallonia
WALLOON_NICK_HELDOUT109 = {
    "Jean": "Jeannot", "Joseph": "Jojo", "André": "Dédé", "Albert": "Bébert", "Véronique": "Véro",
    "Nathalie": "Nat", "Isabelle": "Isa", "Françoise": "Fanfan",
}  # fmt: skip
# compound given names of a Purépecha man and woman
PUREPECHA_DOUBLE_HELDOUT109 = {
    False: ["José Guadalupe", "Juan Carlos", "José Luis", "José de Jesús"],
    True: ["María de la Luz", "María del Socorro", "María Elena", "Ana María"],
}
# a Mexican paper's 'J.' (José) and 'Ma.' (María) before the second given name
PUREPECHA_ABBREV_HELDOUT109 = {
    False: ["J. Jesús", "J. Guadalupe", "J. Trinidad", "J. Refugio"],
    True: ["Ma. Guadalupe", "Ma. Elena", "Ma. del Carmen", "Ma. de la Luz"],
}
# given names in Purépecha (also in the lists above)
PUREPECHA_GIVEN_HELDOUT109 = ["Irepan", "Eréndira", "Erandi", "Tzitziki"]
# the short forms a Spanish given name takes in Michoacán
PUREPECHA_NICK_HELDOUT109 = {
    "Jesús": "Chuy", "Salvador": "Chava", "Ignacio": "Nacho", "Antonio": "Toño", "Graciela": "Chela",
    "Rosario": "Chayo", "Teresa": "Tere", "Alberto": "Beto", "Francisco": "Pancho", "Socorro": "Coco",
}  # fmt: skip
NICKS_HELDOUT109 = {
    "kikuyu": KIKUYU_NICK_HELDOUT109, "albanian": ALBANIAN_NICK_HELDOUT109, "walloon": WALLOON_NICK_HELDOUT109,
    "purepecha": PUREPECHA_NICK_HELDOUT109,
}  # fmt: skip
# a family name with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT109 = {
    "Njoroge": "Njorge", "Kariuki": "Karuiki", "Kinyanjui": "Kinyajui", "Macharia": "Macahria", "Githinji": "Githnji",
    "Muriithi": "Muriith", "Krasniqi": "Krasnqi", "Dervishi": "Dervihsi", "Kapllani": "Kaplani",
    "Kelmendi": "Kelemndi", "Gjeloshi": "Gjelsohi", "Rexhepi": "Rexhpi", "Bytyqi": "Bytqyi", "Collignon": "Colignon",
    "Jacquemin": "Jacquemain", "Hougardy": "Hougarty", "Remacle": "Remalce", "Dethier": "Dehtier",
    "Halleux": "Haleux", "Lhoest": "Lhoets", "Closset": "Clossett", "Tzintzun": "Tzintzum", "Equihua": "Equiahua",
    "Jerónimo": "Jerónmio", "Ascencio": "Asencio", "Crisóstomo": "Crisóstmo", "Velázquez": "Velázqeuz",
    "Zalapa": "Zalpa",
}  # fmt: skip
# a title or a kin word before the name (outside the span): the origin, whether a woman (None: either) and the
# part of the name it goes with ('full', 'given' or 'family')
TITLED_HELDOUT109: dict[str, tuple[str, bool | None, str]] = {
    "mzee": ("kikuyu", False, "full"),  # an old man, an elder (Swahili)
    "cucu": ("kikuyu", True, "given"),  # grandmother (Kikuyu)
    "guka": ("kikuyu", False, "given"),  # grandfather (Kikuyu)
    "chief": ("kikuyu", None, "family"),  # the location's chief, who writes the letter for a succession
    "wakili": ("kikuyu", None, "family"),  # an advocate (Swahili)
    "mama": ("kikuyu", None, "given"),  # a mother called after her first child: 'Mama Njeri'
    "zoti": ("albanian", False, "full"),  # Mr
    "zonja": ("albanian", True, "full"),  # Mrs
    "xhaxhi": ("albanian", False, "given"),  # the father's brother, any older man
    "daja": ("albanian", False, "given"),  # the mother's brother
    "halla": ("albanian", True, "given"),  # the father's sister
    "tezja": ("albanian", True, "given"),  # the mother's sister
    "gjyshi": ("albanian", False, "given"),  # grandfather
    "gjyshja": ("albanian", True, "given"),  # grandmother
    "baca": ("albanian", False, "given"),  # an elder brother or uncle in Kosovo
    "noteri": ("albanian", None, "family"),  # the notary
    "maître": ("walloon", None, "family"),  # how a notary is addressed
    "monsieur": ("walloon", False, "family"),
    "madame": ("walloon", True, "family"),
    "bon-papa": ("walloon", False, "given"),  # grandfather, as Belgian children say it
    "bonne-maman": ("walloon", True, "given"),  # grandmother
    "parrain": ("walloon", False, "given"),  # godfather
    "marraine": ("walloon", True, "given"),  # godmother
    "tonton": ("walloon", False, "given"),  # uncle
    "don": ("purepecha", False, "given"),
    "doña": ("purepecha", True, "given"),
    "tata": ("purepecha", False, "given"),  # an elder man, in Purépecha
    "nana": ("purepecha", True, "given"),  # an elder woman, in Purépecha
    "compadre": ("purepecha", False, "given"),
    "comadre": ("purepecha", True, "given"),
    "licenciado": ("purepecha", False, "family"),  # a lawyer or a notary
}
TITLE_SLOT_HELDOUT109 = re.compile(
    r"(?<![\w'.-])(bonne-maman|bon-papa|licenciado|compadre|comadre|marraine|parrain|monsieur|madame|maître|"
    r"tonton|gjyshja|gjyshi|xhaxhi|zonja|zoti|halla|tezja|daja|baca|noteri|wakili|chief|mzee|cucu|guka|mama|"
    r"doña|don|tata|nana) \{\}",
    re.IGNORECASE,
)
# the name forms the build holds at least once each, whatever the seed: (origin, form); names in capitals
# and in lower case of each people, a titled name of each and a declined Albanian name come in
# FORCED_SENTENCES_HELDOUT109
FORCED_FORMS_HELDOUT109 = [
    ("kikuyu", "christian_kikuyu"), ("albanian", "father_middle"), ("walloon", "compound_given"), ("purepecha", "two_surnames"),
    ("kikuyu", "wa_patronymic"), ("albanian", "ascii"), ("walloon", "surname_first"), ("purepecha", "abbrev"),
    ("kikuyu", "kikuyu_father"), ("albanian", "greek_given"), ("walloon", "married_double"), ("purepecha", "compound_given"),
    ("kikuyu", "initials"), ("albanian", "surname_first"), ("walloon", "walloon_given"), ("purepecha", "purepecha_given"),
    ("kikuyu", "nickname"), ("albanian", "nickname"), ("walloon", "initials"), ("purepecha", "surname_first"),
    ("kikuyu", "typo"), ("albanian", "typo"), ("walloon", "ascii"), ("purepecha", "ascii"),
    ("walloon", "nickname"), ("purepecha", "nickname"), ("walloon", "typo"), ("purepecha", "typo"),
]  # fmt: skip
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT109 = {"nickname", "typo"}
FORM_ONLY_FORMS_HELDOUT109 = {"surname_first", "initials", "father_middle"}
# forms that want a woman's name: a married woman's social name
WOMEN_FORMS_HELDOUT109 = {"married_double"}
# the peoples whose papers put the family name first
SURNAME_FIRST_ORIGINS_HELDOUT109 = ["albanian", "walloon", "purepecha"]
# sentences the build adds whatever the seed: a titled name of each people, a name in capitals on a form and
# one in lower case in chat for each people, and a sentence for any forced form the build has not given yet
FORCED_SENTENCES_HELDOUT109: dict[str, list[str]] = {
    "kikuyu": [
        "Mzee {} has agreed to sign the consent at the Land Control Board",
        "Cucu {} refuses to leave the house in Githunguri, whatever the buyer pays",
        "Guka {} left the shamba in Kangema to the sons only, the daughters went to court",
        "Chief {} wrote the letter for the succession cause",
        "Mama {} called, she wants to see the plot in Ruiru on saturday",
    ],
    "albanian": [
        "xhaxhi {} nuk do ta ndajë tokën me ne",
        "daja {} erdhi nga Greqia për te noteri",
        "halla {} ka të drejtë për pjesën e saj të shtëpisë",
        "gjyshja {} nuk do të largohet nga shtëpia në Shkodër",
        "baca {} e ka tapinë e tokës në Prishtinë",
    ],
    "walloon": [
        "Maître {} a fixé la signature de l'acte au 14",
        "bon-papa {} avait acheté le terrain d'Esneux en 1962",
        "bonne-maman {} voulait que la maison de Jupille reste dans la famille",
        "tonton {} ne veut pas vendre sa part de la maison",
        "Madame {} habite à côté, c'est elle qui conteste la haie",
    ],
    "purepecha": [
        "don {} es el comisariado, hay que llevarle el acta de la asamblea",
        "doña {} no quiere que se venda la huerta de Angahuan",
        "tata {} dejó la tierra repartida entre los hijos antes de morir",
        "nana {} todavía guarda las escrituras de la casa de Pátzcuaro",
        "compadre {} fue testigo en la compraventa del solar",
    ],
    "upper": [
        "Full names as on the ID, in capitals: {}",
        "Name of Proprietor (block capitals): {}",
        "Name of the heir in capital letters: {}",
    ],
    "lower": [
        "lol {} wants the biggest share and hasn't paid a cent of the land rates",
        "{} still hasn't sent the deposit for the plot",
        "has anyone heard from {} since the surveyor came",
    ],
    "form": [
        "Name of the vendor: {}",
        "Name on the sale agreement: {}",
    ],
    "chat": [
        "{} says the buyer finally paid the balance",
        "did {} sign the transfer in the end?",
    ],
}
# Albanian sentences for a declined name: (template, 0 for the genitive or dative, 1 for the accusative)
DECLINED_SENTENCES_HELDOUT109: list[tuple[str, int]] = [
    ("shtëpia e {} në Durrës po shitet pa dijeninë tonë", 0),
    ("pjesa e {} nga trashëgimia mbetet te noteri derisa të vijë nga Italia", 0),
    ("i dërgova paratë {} për noterin dhe taksën", 0),
    ("e pyeta {} për kredinë e shtëpisë dhe s'më tha gjë", 1),
    ("e autorizuam {} me prokurë nga Milano", 1),
    ("takova {} sot te ASHK, po pret vërtetimin e pronësisë", 1),
]
# IBANs where a deposit, a share or a fee is paid (Kenya, Mexico and the United States have none): the
# United Kingdom and Germany for Kikuyu relatives abroad, Albania, Kosovo, Italy and Greece for the
# Albanians, Belgium, France and Luxembourg for the Walloons, the Netherlands and Spain for the avocado
# buyers who pay the orchards' advances
IBAN_SHAPES_HELDOUT109 = {
    "GB": "4a14n", "DE": "18n", "AL": "8n16c", "XK": "16n", "IT": "1a10n12c", "GR": "7n16c", "BE": "12n",
    "FR": "10n11c2n", "LU": "3n13c", "NL": "4a10n", "ES": "20n",
}  # fmt: skip
IBAN_BY_ORIGIN_HELDOUT109 = {
    "kikuyu": ["GB", "DE"], "albanian": ["AL", "XK", "IT", "GR"], "walloon": ["BE", "BE", "FR", "LU"],
    "purepecha": ["NL", "ES"],
}  # fmt: skip
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT109 = {
    "kikuyu": ["plots", "shamba", "kiambu", "ruiru", "ardhi"],
    "albanian": ["prona", "shtepi", "durres", "tirana", "kosova"],
    "walloon": ["immo", "liege", "namur", "maison", "terrain"],
    "purepecha": ["aguacate", "huerta", "uruapan", "paracho", "ejido"],
}
EMAIL_DOMAINS_HELDOUT109 = {
    "kikuyu": ["yahoo.com", "outlook.com", "ymail.com"],
    "albanian": ["hotmail.com", "yahoo.com", "libero.it"],
    "walloon": ["skynet.be", "hotmail.be", "live.be"],
    "purepecha": ["hotmail.com", "outlook.com", "yahoo.com.mx"],
}
# the templates that belong to one people's places, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT109: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)alban|kosov|tiran|durr|shkod|prisht|\bashk\b|noter|\btapi|prokur|procura\b|sottoscritt|milano|"
                r"brescia|atene|athens|greqi|e-albania|e-kosov|raiffeisen|\bbkt\b|merrjep|shtëpi|tokë|pron|"
                r"emri|shitës|blerës|trashëgim|mbiemri|\bnga\b|\bpër\b|\bdhe\b|\bka\b|cognome"), "albanian"),
    (re.compile(r"(?i)wallon|liège|liege|namur|charleroi|herstal|verviers|jupille|esneux|compromis|notaire|"
                r"\bacte\b|précompte|immoweb|belfius|itsme|biddit|géomètre|procuration|\bmaison\b|\bterrain\b|"
                r"\bnom\b|vendeur|acquéreur|mandataire|comparu|\best\b|\bc'est\b|\bqui\b"), "walloon"),
    (re.compile(r"(?i)michoac|uruapan|pátzcuaro|patzcuaro|cherán|cheran|paracho|angahuan|ejid|comun|aguacate|"
                r"avocado|huerta|predial|infonavit|\bran\b|madera|salem|apellido|comprador|apoderado|nombre|"
                r"parcel|solar|ministerio|banorte|\bque\b|\bdel\b|vendió|tiene|dice"), "purepecha"),
    (re.compile(r"(?i)kenya|kiambu|murang|nyeri|nairobi|ruiru|thika|limuru|gatundu|kenol|kangema|githunguri|"
                r"ardhisasa|ecitizen|itax|m-pesa|\bkcb\b|shamba|mũgũnda|guka|cucu|jina|\bni\b|amekataa|"
                r"land control board|succession cause|beacon|proprietor|shillings|reading|minneapolis"), "kikuyu"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT109: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|\bella\b|\belle\b|\bsa sœur\b"), True),
    (re.compile(r"(?i)\bhe\b|\bhis\b|\bhim\b|\bél\b|\bil vient\b|\bsottoscritto\b"), False),
]  # fmt: skip
# a property word and its well-known misspelling
MISSPELT_HELDOUT109 = {
    "mortgage": "morgage", "surveyor": "surveyer", "property": "propety", "deposit": "deposite",
    "boundary": "boundry", "attorney": "attorny", "receipt": "reciept", "lawyer": "lawer", "registry": "registery",
    "transferred": "transfered", "guarantee": "guarentee", "neighbour": "nieghbour", "definitely": "definately",
    "separate": "seperate", "inheritance": "inheritence", "balance": "balence",
}  # fmt: skip
MISSPELT_WORD_HELDOUT109 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT109, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: English, Albanian, French and Spanish
SHORTHAND_HELDOUT109 = {
    "please": "pls", "because": "bc", "tomorrow": "tmrw", "message": "msg", "before": "b4",
    "faleminderit": "flm", "shumë": "shum", "mirë": "mir", "s'il te plaît": "stp", "s'il vous plaît": "svp",
    "beaucoup": "bcp", "rendez-vous": "rdv", "quelque chose": "qqch", "por favor": "porfa", "también": "tmb",
    "porque": "xq", "que": "q",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT109 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT109, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT109 = (
    "January February March April May June July August September October November December".split()
)
AL_MONTHS_HELDOUT109 = "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor".split()
FR_MONTHS_HELDOUT109 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
ES_MONTHS_HELDOUT109 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
# Belgian French numbers for a deed's date in words (septante and nonante, not soixante-dix and quatre-vingt-dix)
FR_UNITS_HELDOUT109 = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
    "dix-huit dix-neuf"
).split()
FR_TENS_HELDOUT109 = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante", 7: "septante",
                      8: "quatre-vingt", 9: "nonante"}  # fmt: skip


def _fr_be(n: int) -> str:
    """1 to 99 in Belgian French words: 'vingt et un', 'septante-cinq', 'quatre-vingts', 'nonante et un'."""
    if n < 20:
        return FR_UNITS_HELDOUT109[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return "quatre-vingts" if tens == 8 else FR_TENS_HELDOUT109[tens]
    if unit == 1 and tens != 8:
        return f"{FR_TENS_HELDOUT109[tens]} et un"
    return f"{FR_TENS_HELDOUT109[tens]}-{FR_UNITS_HELDOUT109[unit]}"


def _deed_date(day: int, month: int, year: int) -> str:
    """A date as a Belgian notary's deed writes it in words: 'quatorze mars mil neuf cent quatre-vingt-cinq',
    'premier juin deux mille trois'."""
    day_words = "premier" if day == 1 else _fr_be(day)
    if year >= 2000:
        year_words = "deux mille" + (f" {_fr_be(year - 2000)}" if year > 2000 else "")
    else:
        year_words = "mil neuf cent" + (f" {_fr_be(year - 1900)}" if year > 1900 else "")
    return f"{day_words} {FR_MONTHS_HELDOUT109[month - 1]} {year_words}"


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Gëzim' -> 'gezim', "Ndung'u"
    -> 'ndungu', 'Jean-Pierre' -> 'jeanpierre', 'María de la Luz' -> 'mariadelaluz')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _reads_public(value: str) -> bool:
    """Whether a name holds a public figure's full name, accents and case aside."""
    low = _fold(value).lower()
    return any(_fold(full).lower() in low for full in PUBLIC_FIGURES_HELDOUT109)


def _iban_from_bban(country: str, bban: str) -> str:
    """The IBAN of a given BBAN: the mod-97 check digits put in front."""
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def _belgian_iban(rng: random.Random) -> str:
    """A Belgian IBAN whose account number carries its own check: the first ten digits mod 97 (97 for 0)."""
    first = f"{rng.randint(1, 999):03d}" + "".join(rng.choice(string.digits) for _ in range(7))
    check = int(first) % 97 or 97
    return _iban_from_bban("BE", f"{first}{check:02d}")


class Gen109(Gen3):
    """Generators for held-out set 109: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT109)  # the forms not given yet
        self._last_origin: str | None = None  # the origin of the name given last, for the values after it
        self._reads_left = 0  # how many values after that name may still follow it

    @property
    def last_origin(self) -> str | None:
        return self._last_origin

    @last_origin.setter
    def last_origin(self, origin: str | None) -> None:
        self._last_origin, self._reads_left = origin, 2  # a sentence holds at most two values after a name

    def _origin_after_name(self) -> str | None:
        """The origin of the name just given, so that the address, the phone, the e-mail, the IBAN or the
        date of birth after it in a sentence belongs to the same place (most of the time); None to draw from
        any. A name's origin lasts for the two values that may follow it in one sentence."""
        origin = self._last_origin
        self._reads_left -= 1
        if self._reads_left <= 0:
            self._last_origin = None
        return origin if origin and self.rng.random() < 0.8 else None

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT109; never a public figure's, and
        never a Kikuyu whose father's name is his own."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT109)
        men, women, lasts = NAMES_HELDOUT109[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if x != first and not _reads_public(f"{first} {x}")])
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _two_surnames(self, origin: str, last: str) -> str:
        """The father's surname and the mother's: 'Tzintzun Equihua'."""
        return f"{last} {self.rng.choice([x for x in NAMES_HELDOUT109[origin][2] if x != last])}"

    def _kikuyu_name(self, woman: bool, last: str) -> str:
        """A Kikuyu given name of a man or a woman, never the father's name it goes with."""
        return self.rng.choice([k for k in KIKUYU_NAMES_HELDOUT109[woman] if k != last])

    def _form(self, origin: str, form: str, woman: bool | None = None, script: str = "") -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT109's, or 'plain'); never one
        that reads as a public figure's; without accents where `script` is 'ascii'."""
        for _ in range(50):
            value = self._form_once(origin, form, woman)
            if not _reads_public(value):
                break
        return _fold(value) if script == "ascii" else value

    def _form_once(self, origin: str, form: str, woman: bool | None) -> str:
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT109:
            woman = True
        if form == "nickname":  # 'Shiru', 'Beni', 'Jeannot', 'Chuy'
            nicks = NICKS_HELDOUT109[origin]
            women = set(NAMES_HELDOUT109[origin][1])
            pool = [g for g in sorted(nicks) if woman is None or (g in women) == woman] or sorted(nicks)
            return nicks[rng.choice(pool)]
        _, first, last, woman = self._origin_name(origin, woman)
        men, women, lasts = NAMES_HELDOUT109[origin]
        own = women if woman else men
        if form == "typo":  # 'Peter Njorge', 'Valon Krasnqi', 'Luc Hougarty', 'Juan Tzintzum Romero'
            last = rng.choice([x for x in lasts if x in NAME_TYPOS_HELDOUT109 and x != first])
            typo = NAME_TYPOS_HELDOUT109[last]
            if origin == "purepecha" and rng.random() < 0.5:
                return f"{first} {typo} {rng.choice([x for x in lasts if x != last])}"
            return f"{first} {typo}"
        if form == "ascii":  # typed without the accents: 'Gezim Koci', 'Benoit Gerard', 'Jeronimo Servin'
            accented_first = [g for g in own if _fold(g) != g]
            accented_last = [x for x in lasts if _fold(x) != x]
            if accented_first and rng.random() < 0.5:
                first = rng.choice(accented_first)
            else:
                last = rng.choice(accented_last)
            if origin == "purepecha" and rng.random() < 0.5:
                return _fold(f"{first} {self._two_surnames(origin, last)}")
            return _fold(f"{first} {last}")
        if origin == "kikuyu":
            christian = rng.choice(KIKUYU_CHRISTIAN_HELDOUT109[woman])
            kikuyu = self._kikuyu_name(woman, last)
            if form == "christian_kikuyu":  # 'Grace Wanjiru Njoroge', 'Peter Kamau Mwangi'
                return f"{christian} {kikuyu} {last}"
            if form == "wa_patronymic":  # 'Kamau wa Njoroge', 'Wanjiru wa Kariuki'
                return f"{kikuyu} wa {last}"
            if form == "kikuyu_father":  # 'Kamau Njoroge', 'Njeri Mwangi'
                return f"{kikuyu} {last}"
            if form == "initials":  # a Kenyan form: 'P. Njoroge', 'P. K. Njoroge'
                if rng.random() < 0.4:
                    return f"{christian[0]}. {last}"
                return f"{christian[0]}. {kikuyu[0]}. {last}"
        if origin == "albanian":
            if form == "father_middle":  # 'Arben Gëzim Hoxha': the father's given name in the middle
                father = rng.choice([m for m in ALBANIAN_MEN_HELDOUT109 if m != first])
                return f"{first} {father} {last}"
            if form == "greek_given":  # the name taken in Greece: 'Giorgos Marku', 'Eleni Kapllani'
                return f"{rng.choice(ALBANIAN_GREEK_HELDOUT109[woman])} {last}"
            if form == "surname_first":  # a list's or an Italian paper's: 'HOXHA Arben', 'Krasniqi, Valon'
                r = rng.random()
                if r < 0.35:
                    return f"{last} {first}".upper()
                if r < 0.7:
                    return f"{last.upper()} {first}"
                return f"{last}, {first}"
            if form == "declined":  # 'Arbenit', 'Dritës'
                pool = [n for n in sorted(ALBANIAN_DECLINED_HELDOUT109) if (n in women) == woman]
                return ALBANIAN_DECLINED_HELDOUT109[rng.choice(pool)][0]
        if origin == "walloon":
            if form == "compound_given":  # 'Jean-Pierre Lambert', 'Marie-Claire Lhoest'
                return f"{rng.choice(WALLOON_DOUBLE_HELDOUT109[woman])} {last}"
            if form == "surname_first":  # a deed's or an ID card's: 'LAMBERT Monique Marie Ghislaine'
                if rng.random() < 0.3:
                    given = rng.choice([first, rng.choice(WALLOON_DOUBLE_HELDOUT109[woman])])
                    return f"{last}, {given}"
                middles = [m for m in WALLOON_MIDDLE_HELDOUT109[woman] if m != first]
                given = " ".join([first, *rng.sample(middles, rng.randint(1, 2))])
                return f"{last.upper()} {given}"
            if form == "married_double":  # a married woman's social name: 'Monique Pirard-Lhoest'
                husband = rng.choice([x for x in lasts if x != last])
                return f"{first} {husband}-{last}"
            if form == "walloon_given":  # 'Djan Thonon', 'Marèye Collignon'
                given = rng.choice([g for g in sorted(WALLOON_GIVEN_HELDOUT109) if g in own] or ["Jean"])
                return f"{WALLOON_GIVEN_HELDOUT109[given]} {last}"
            if form == "initials":  # 'J.-P. Lambert', 'M. Lhoest'
                if rng.random() < 0.6:
                    a, b = rng.choice(WALLOON_DOUBLE_HELDOUT109[woman]).split("-")
                    return f"{a[0]}.-{b[0]}. {last}"
                return f"{first[0]}. {last}"
        if origin == "purepecha":
            if form == "two_surnames":  # 'Juan Tzintzun Equihua'
                return f"{first} {self._two_surnames(origin, last)}"
            if form == "compound_given":  # 'José Guadalupe Equihua Romero', 'María de la Luz Cuiriz'
                given = rng.choice(PUREPECHA_DOUBLE_HELDOUT109[woman])
                return f"{given} {self._two_surnames(origin, last) if rng.random() < 0.6 else last}"
            if form == "abbrev":  # 'Ma. Guadalupe Cuiriz Estrada', 'J. Jesús Tzintzun'
                given = rng.choice(PUREPECHA_ABBREV_HELDOUT109[woman])
                return f"{given} {self._two_surnames(origin, last) if rng.random() < 0.6 else last}"
            if form == "purepecha_given":  # 'Eréndira Tzintzun Cuiriz', 'Irepan Equihua'
                pool = [g for g in PUREPECHA_GIVEN_HELDOUT109 if g in own]
                given = rng.choice(pool)
                return f"{given} {self._two_surnames(origin, last) if rng.random() < 0.6 else last}"
            if form == "surname_first":  # a Mexican form: 'TZINTZUN EQUIHUA JUAN', 'Cuiriz Estrada Guadalupe'
                surnames = self._two_surnames(origin, last)
                return f"{surnames} {first}".upper() if rng.random() < 0.5 else f"{surnames} {first}"
        return f"{first} {last}"

    def _caps(self, origin: str) -> str:
        """A name in capitals as an ID's or a register's line holds it ('PETER KAMAU NJOROGE', 'ARBEN GËZIM
        HOXHA', 'LAMBERT JEAN-PIERRE', 'TZINTZUN EQUIHUA JUAN')."""
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            if origin == "kikuyu":
                christian = self.rng.choice(KIKUYU_CHRISTIAN_HELDOUT109[woman])
                value = f"{christian} {self._kikuyu_name(woman, last)} {last}"
            elif origin == "albanian":
                father = self.rng.choice([m for m in ALBANIAN_MEN_HELDOUT109 if m != first])
                value = f"{first} {father} {last}" if self.rng.random() < 0.5 else f"{last} {first}"
            elif origin == "walloon":
                value = f"{last} {first}"
            else:
                value = f"{self._two_surnames(origin, last)} {first}"
            if not _reads_public(value):
                break
        return value.upper()

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'surname_first' or 'ascii' where the
        template asks for one."""
        rng = self.rng
        r = rng.random()
        if script == "surname_first":
            return self._form(origin, "surname_first", woman)
        if origin == "kikuyu":
            if r < 0.3:
                christian = rng.choice(KIKUYU_CHRISTIAN_HELDOUT109[woman])
                return f"{christian} {self._kikuyu_name(woman, last)} {last}"
            if r < 0.45:
                return f"{self._kikuyu_name(woman, last)} {last}"
            if r < 0.52:
                return f"{self._kikuyu_name(woman, last)} wa {last}"
            return f"{first} {last}"
        if origin == "albanian":
            if r < 0.35 and not chat:
                father = rng.choice([m for m in ALBANIAN_MEN_HELDOUT109 if m != first])
                return f"{first} {father} {last}"
            if chat and r < 0.3:
                return _fold(f"{first} {last}")
            return f"{first} {last}"
        if origin == "walloon":
            if r < 0.2:
                return f"{rng.choice(WALLOON_DOUBLE_HELDOUT109[woman])} {last}"
            if r < 0.3 and woman and not chat:
                return f"{first} {rng.choice([x for x in NAMES_HELDOUT109[origin][2] if x != last])}-{last}"
            if chat and r < 0.4:
                return _fold(f"{first} {last}")
            return f"{first} {last}"
        if origin == "purepecha":
            if r < 0.5 and not chat:
                return f"{first} {self._two_surnames(origin, last)}"
            if r < 0.2:
                return f"{first} {self._two_surnames(origin, last)}"
            if chat and r < 0.35:
                return _fold(f"{first} {last}")
            return f"{first} {last}"
        return f"{first} {last}"

    def _owed_for(
        self, origin: str | None, woman: bool | None, script: str, chat: bool
    ) -> tuple[str, str] | None:
        """The first form still owed that suits the template: its origin, gender, script and kind."""
        for o, form in self.owed:
            if origin not in (None, o):
                continue
            if (script == "surname_first") != (form == "surname_first"):
                continue
            if woman is False and form in WOMEN_FORMS_HELDOUT109:
                continue
            if (form in CHAT_ONLY_FORMS_HELDOUT109 and not chat) or (
                form in FORM_ONLY_FORMS_HELDOUT109 and chat
            ):
                continue
            return o, form
        return None

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        owed = self._owed_for(origin, woman, script, chat)
        if owed:
            self.owed.remove(owed)
            self.last_origin = owed[0]
            return self._form(owed[0], owed[1], woman, script)
        for _ in range(50):
            name = self._plain_person(origin, woman, script, chat)
            if not _reads_public(name):
                break
        return name

    def _plain_person(self, origin: str | None, woman: bool | None, script: str, chat: bool) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name(origin, woman)
        self.last_origin = origin
        r = rng.random()
        if r < (0.7 if chat else 0.88) or script:
            name = self._full(origin, first, last, woman, script, chat)
            return _fold(name) if script == "ascii" else name
        if r < 0.93:
            name = first
            nicks = NICKS_HELDOUT109[origin]
            if first in nicks and rng.random() < 0.4:
                name = nicks[first]
            elif origin == "walloon" and first in WALLOON_GIVEN_HELDOUT109 and rng.random() < 0.3:
                name = WALLOON_GIVEN_HELDOUT109[first]
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Mzee Peter Kamau Njoroge', 'Cucu Wanjiru', 'Chief Kariuki',
        'xhaxhi Gimi', 'zonja Drita Hoxha', 'Maître Collignon', 'bon-papa Djan', 'doña Chayo', 'tata Gabino',
        'licenciado Equihua'), from the origin that uses it."""
        for _ in range(50):
            value = self._titled_once(title)
            if not _reads_public(value):
                return value
        return value

    def _titled_once(self, title: str) -> str:
        key = title.lower()
        origin, woman, part = TITLED_HELDOUT109[key]
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        if part == "given":
            if origin == "kikuyu" and rng.random() < 0.7:  # 'Cucu Wanjiru', 'Guka Kamau', 'Mama Njeri'
                return self._kikuyu_name(woman, "")
            nicks = NICKS_HELDOUT109[origin]
            if first in nicks and rng.random() < 0.4:  # 'xhaxhi Gimi', 'tonton Dédé', 'doña Chayo'
                return nicks[first]
            if origin == "walloon" and first in WALLOON_GIVEN_HELDOUT109 and rng.random() < 0.5:
                return WALLOON_GIVEN_HELDOUT109[first]  # 'bon-papa Djan', 'bonne-maman Marèye'
            return first
        if part == "family":
            return last
        if origin == "kikuyu" and rng.random() < 0.4:  # 'Mzee Kamau wa Njoroge'
            return f"{self._kikuyu_name(woman, last)} wa {last}"
        return f"{first} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it, one of the
        origin whose places, papers or speech the template names, in the layout the template is written in."""
        m = TITLE_SLOT_HELDOUT109.search(template)
        if m:
            title = m.group(1)
            name = self.titled_person(title)
            self.last_origin = TITLED_HELDOUT109[title.lower()][0]
            return name
        script = ""
        if template.startswith(
            ("Apellido paterno", "Nom et prénoms", "Mbiemri dhe emri", "Cognome e nome", "A COMPARU")
        ):
            script = "surname_first"
        elif template.startswith(('"', "- ")) or "=" in template:
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT109 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT109 if cue.search(template)), None)
        if script == "surname_first" and origin not in SURNAME_FIRST_ORIGINS_HELDOUT109:
            origin = self.rng.choice(SURNAME_FIRST_ORIGINS_HELDOUT109)
        return self.person(origin, woman, script, chat)

    def declined_example(self) -> Example:
        """An Albanian sentence whose name is declined as its grammar wants: 'shtëpia e Arbenit', 'e
        autorizuam Dritën'."""
        rng = self.rng
        template, case = rng.choice(DECLINED_SENTENCES_HELDOUT109)
        value = ALBANIAN_DECLINED_HELDOUT109[rng.choice(sorted(ALBANIAN_DECLINED_HELDOUT109))][case]
        start = template.index("{}")
        return Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")])

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, a declined Albanian name, and any
        form of FORCED_FORMS_HELDOUT109 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT109:
            template = rng.choice(FORCED_SENTENCES_HELDOUT109[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT109:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT109["upper"]), self._caps(origin)))
            filled.append(
                (rng.choice(FORCED_SENTENCES_HELDOUT109["lower"]), self._form(origin, "plain").lower())
            )
        while self.owed:
            origin, form = self.owed.pop(0)
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT109 else "form"
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT109[kind]), self._form(origin, form)))
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        out.append(self.declined_example())
        return out

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, box = rng.randint(1, 160), rng.randint(10, 9999)
        shapes = {
            "kikuyu": [
                f"House No. {n}, {pick(['Kiambu Road', 'Ruaka Road', 'Banana Hill Road'])}, {pick(['Ndenderu', 'Ruaka', 'Banana'])}, P.O. Box {box}-00900 Kiambu",
                f"Plot {n}, {pick(['Kiriaini Road', 'Uhuru Street', 'Kenol Road'])}, Murang'a Town, P.O. Box {box}-10200 Murang'a",
                f"House {n}, {pick(['Ruringu', 'Kamakwa', 'Skuta'])}, off Nyeri-Othaya Road, P.O. Box {box}-10100 Nyeri",
                f"Plot {n}, {pick(['Section 9', 'Makongeni Phase 2', 'Ngoingwa'])}, P.O. Box {box}-01000 Thika",
                f"Apartment {rng.randint(1, 40)}{pick('ABCD')}, {pick(['Kindaruma Road', 'Argwings Kodhek Road', 'Lenana Road'])}, Kilimani, Nairobi",
                f"House {n}, {pick(['Kahawa Sukari', 'Kahawa Wendani', 'Githurai 45'])}, P.O. Box {box}-00100 Nairobi",
                f"Flat {rng.randint(1, 40)}, {n} Oxford Road, Reading RG1 {rng.randint(1, 9)}{pick(['LN', 'AZ', 'HP'])}",
                f"{rng.randint(1000, 3999)} {pick(['Cedar Ave S', 'Chicago Ave', 'Lake St E'])}, Minneapolis, MN 554{rng.randint(4, 9):02d}",
            ],
            "albanian": [
                f"Rruga {pick(['Myslym Shyri', 'e Kavajës', 'Sami Frashëri', 'e Durrësit'])}, Pallati {n}, Shkalla {rng.randint(1, 4)}, Ap. {rng.randint(1, 30)}, Tiranë 10{rng.randint(1, 57):02d}",
                f"Lagjja {rng.randint(1, 18)}, Rruga {pick(['Taulantia', 'Egnatia', 'Aleksandër Goga'])}, Nr. {n}, Durrës 20{rng.randint(1, 9):02d}",
                f"Lagjja {pick(['Perash', 'Tophanë', 'Qemal Stafa'])}, Rruga {pick(['Kolë Idromeno', 'Ndre Mjeda', 'Marin Barleti'])}, Nr. {n}, Shkodër 400{rng.randint(1, 6)}",
                f"Rruga {pick(['Agim Ramadani', 'Garibaldi', 'Rexhep Luci'])}, Nr. {n}, 10000 Prishtinë",
                f"Lagjja {pick(['Dardania', 'Ulpiana', 'Arbëria'])}, Hyrja {rng.randint(1, 6)}, Nr. {n}, 10000 Prishtinë",
                f"Via {pick(['Milano', 'Crispi', 'Trieste'])} {n}, 2512{rng.randint(1, 9)} Brescia",
                f"Via {pick(['Padova', 'Palmanova', 'Giambellino'])} {n}, 201{rng.randint(26, 47)} Milano",
                f"Odos {pick(['Patision', 'Acharnon', 'Liosion'])} {n}, 1{rng.randint(11, 13)} {rng.randint(41, 99)} Athina",
            ],
            "walloon": [
                f"Rue {pick(['Saint-Léonard', 'Saint-Gilles', 'de la Cathédrale'])} {n} bte {rng.randint(1, 12)}, 4000 Liège",
                f"Thier de la Chartreuse {n}, 4020 Liège",
                f"Rue {pick(['de Fer', 'Godefroid', 'des Brasseurs'])} {n}, 5000 Namur",
                f"Chaussée de Marche {n}, 5100 Jambes",
                f"Boulevard {pick(['Tirou', 'Audent'])} {n} bte {rng.randint(1, 9)}, 6000 Charleroi",
                f"Rue {pick(['des Déportés', 'de Dison', 'Spintay'])} {n}, 4800 Verviers",
                f"Rue {pick(['Large Voie', 'Émile Muraille', 'Hoyoux'])} {n}, 4040 Herstal",
                f"{n}, rue de l'Alzette, L-4011 Esch-sur-Alzette",
                f"{n} rue Nationale, 59800 Lille",
            ],
            "purepecha": [
                f"Calle {pick(['Morelos', 'Independencia', 'Constitución', 'Venustiano Carranza'])} No. {n}, Col. Centro, C.P. 60000, Uruapan, Mich.",
                f"Calle {pick(['Ponce de León', 'Benigno Serrato', 'Terán'])} {n}, Centro, C.P. 61600, Pátzcuaro, Mich.",
                f"Calle {pick(['Morelos', 'Galeana', 'Allende'])} No. {n}, Barrio {pick(['Primero', 'Segundo', 'Tercero', 'Cuarto'])}, C.P. 60270, Cherán, Mich.",
                f"Av. {pick(['Independencia', 'Hidalgo'])} No. {n}, Col. Centro, C.P. 60250, Paracho, Mich.",
                f"Domicilio conocido, {pick(['Angahuan', 'Capácuaro', 'San Lorenzo'])}, Mpio. de Uruapan, Mich.",
                f"{rng.randint(100, 2999)} {pick(['N Gateway Dr', 'E Yosemite Ave', 'S Lake St'])}, Madera, CA 93637",
                f"{rng.randint(100, 4999)} {pick(['Lancaster Dr NE', 'Portland Rd NE', 'Silverton Rd NE'])}, Salem, OR 97301",
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT109 for s in shapes[o]])

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin)
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT109[origin])
        user = rng.choice([f"{first}.{last}", f"{first[:1]}.{last}{rng.randint(1, 99):02d}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{last}.{first[:1]}", f"{first}_{subject}", f"{subject}.{first}", f"{first}{rng.randint(1960, 2006)}"])  # fmt: skip
        domain = rng.choice(["gmail.com", *EMAIL_DOMAINS_HELDOUT109[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        shapes = {
            "kikuyu": [
                f"07{pick(['10', '11', '12', '20', '21', '22', '23', '40', '57', '68'])} {d(3)} {d(3)}",  # Kenyan mobiles
                f"+254 7{pick(['12', '22', '21', '40', '57'])} {d(3)} {d(3)}",
                f"+2547{pick(['11', '20', '24'])}{d(6)}",
                f"011{pick('0125')} {d(3)} {d(3)}",
                f"020 2{d(6)}",  # Nairobi
                f"+44 7{pick('4579')}{d(2)} {d(6)}",  # British mobiles
            ],
            "albanian": [
                f"06{pick('789')} {d(3)} {d(4)}",  # Albanian mobiles
                f"+355 6{pick('789')} {d(3)} {d(4)}",
                f"+355 4 22{d(2)} {d(3)}",  # Tirana
                f"04{pick('4579')} {d(3)} {d(3)}",  # Kosovo mobiles
                f"+383 4{pick('4579')} {d(3)} {d(3)}",
                f"038 {d(3)} {d(3)}",  # Prishtina
                f"+39 3{pick(['20', '28', '33', '38', '47', '49'])} {d(3)} {d(4)}",  # Italian mobiles
                f"+30 69{pick('3479')} {d(3)} {d(4)}",  # Greek mobiles
            ],
            "walloon": [
                f"04{pick('789')}{d(1)} {d(2)} {d(2)} {d(2)}",  # Belgian mobiles
                f"+32 4{pick('789')}{d(1)} {d(2)} {d(2)} {d(2)}",
                f"04 {pick('2345')}{d(2)} {d(2)} {d(2)}",  # Liège
                f"081 {d(2)} {d(2)} {d(2)}",  # Namur
                f"071 {d(2)} {d(2)} {d(2)}",  # Charleroi
                f"+352 6{pick('29')}1 {d(3)} {d(3)}",  # Luxembourg mobiles
                f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",  # French mobiles
            ],
            "purepecha": [
                f"452 {d(3)} {d(4)}",  # Uruapan
                f"+52 452 {d(3)} {d(4)}",
                f"434 {d(3)} {d(4)}",  # Pátzcuaro
                f"423 {d(3)} {d(4)}",  # Cherán
                f"443 {d(3)} {d(4)}",  # Morelia
                f"(559) {pick('2345678')}{d(2)}-{d(4)}",  # Madera, California
                f"+1 503 {d(3)} {d(4)}",  # Salem, Oregon
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT109 for s in shapes[o]])

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", "34", "37"])
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
        origin = self._origin_after_name()
        country = rng.choice(IBAN_BY_ORIGIN_HELDOUT109[origin] if origin else sorted(IBAN_SHAPES_HELDOUT109))
        if country == "BE":
            iban = _belgian_iban(rng)
        else:
            iban = _iban(rng, country, IBAN_SHAPES_HELDOUT109[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2c0f:fe38:{h()}:{h()}::{h()}", f"2a02:2c40:{h()}:{h()}::{h()}",
                           f"2a02:a03f:{h()}:{h()}::{h()}", f"2806:10a6:{h()}:{h()}::{h()}",
                           f"2601:204:{h()}:{h()}::{h()}", f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the land portal's and the bank's sign-in alerts, the camera at the
        plot's gate, the surveyor's GeoServer, the notary's ownCloud and the agency's Houzez site; v4 and v6;
        `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("Ardhisasa says someone logged into my account from {}, that wasn't me", v4),
            ("the camera at the gate of the Ruiru plot is on {}, the police want the footage", v4),
            ("the surveyor's GeoServer is on {}, the boundary maps are there", v4),
            ("the notary's ownCloud runs on {}, upload the scans of the deeds there", v4),
            ("the agency's Houzez site had a login from {} at 3am, change the password", v4),
            ("my phone got {} on the wifi at the land registry", v4),
            ("the bank portal showed a new sign-in from {}, was that you?", rng.choice([v4, v6])),
            ("KCB sent an alert, new login from {}", v6),
            ("the agency's router gave the listing screen in the window a v6 address too, {}", v6),
            ("e-Albania më nxori njoftim: hyrje e re nga {}", v4),
            ("l'espace client Belfius a signalé une connexion depuis {}, c'était toi?", v4),
            ("alguien entró a mi cuenta del Infonavit desde {}, ya cambié la contraseña", v4),
            ("Host geoserver\n    HostName {}\n    User surveyor", v4),
            ("DB_HOST={}", v4),
            ("listen [{}]:443 ssl;", v6),
            ("2026-04-11 02:17:45 sshd[3120]: Failed password for invalid user admin from {} port 50212 ssh2", v4),
            ('{} - - [11/Apr/2026:09:03:12 +0200] "POST /wp-login.php HTTP/1.1" 302 0', v4),
            ("$ ping -6 -c 3 {}", v6),
            ("$ scp plot_survey.gpkg surveyor@{}:/srv/geoserver/data/", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Kiambu', 'Shamba', 'Ruiru', 'Gatundu', 'Ardhi'])}{rng.choice(['#2024', '@254', '_0722', '!26'])}",
                f"{rng.choice(['Toka', 'Shtepia', 'Durres', 'Prona', 'Tapia'])}{rng.choice(['@355', '#2025', '_383', '!69'])}",
                f"{rng.choice(['Compromis', 'Jupille', 'Liege', 'Namur', 'Maison'])}{rng.choice(['_4000', '#5000', '2025!', '@081'])}",
                f"{rng.choice(['Aguacate', 'Huerta', 'Uruapan', 'Paracho', 'Ejido'])}{rng.choice(['2025!', '@452', '#60', '_434'])}",
                rng.choice(["land", "house", "plot", "deed", "title", "estate"]).translate(leet) + rng.choice(["", "!", "_109"]),
                f"{rng.choice(['Plot', 'Deed', 'Title', 'Beacon'])}{rng.randint(2019, 2026)}-{rng.choice(['Acre', 'Gate', 'Fence', 'Keys'])}{rng.randint(10, 99)}",
                f"{rng.choice(['house', 'plot', 'sale', 'heirs'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()']", "", pw)  # a password where a ':', a quote or a URL would end it
        hexd = "0123456789abcdef"
        b64 = string.ascii_letters + string.digits + "+/"
        options = [
            # passwords and codes handed over in ways no earlier set used
            ("the Ardhisasa password is written on the back of the chief's letter, {}", pw),
            ("I put the KCB mortgage portal password in the envelope with the title deed, {}", pw),
            ("the surveyor's GeoServer admin password is on the margin of the survey map, {}", pw),
            ("the ownCloud password for the scanned deeds is in the family Bible with the land papers, {}", pw),
            ("the Raiffeisen online banking password is in the voice note I sent you from Milan, {}", pw),
            ("le mot de passe Immoweb de l'agence est sur le post-it collé au dos du compromis, {}", pw),
            ("la contraseña del SAT quedó apuntada en la libreta de las cajas de aguacate, {}", pw),
            ("my M-Pesa PIN is {}, send the deposit for me and delete this", d(4)),
            ("Ardhisasa sent {} as the OTP, read it to me fast", d(6)),
            ("the code of the padlock on the plot's gate is {}", d(4)),
            ("e-Albania më dërgoi kodin {} për vërtetimin e pronësisë", d(6)),
            ("Infonavit me mandó el código {} por SMS", d(6)),
            ("le code itsme c'est {}, ne le dis à personne", d(5)),
            ("le code de la carte Belfius c'est {}", d(4)),
            ("el NIP de la tarjeta Banorte es {}", d(4)),
            # cues in the set's languages
            ("the eCitizen password for the land search is {}, usimwambie mtu yeyote", pw),
            ("fjalëkalimi i e-Albania është {}, mos ia thuaj askujt", pw),
            ("fjalkalimi i e-Kosovës: {}, mos ja thuj kujt", pw),
            ("la password dello SPID per la procura è {}, non dirla a nessuno", pw),
            ("la contraseña de Mi Cuenta Infonavit es {}, no se la pases a nadie", pw),
            ("kodi PIN i kartës së BKT është {}", d(4)),
            # commands
            ("$ curl -u admin:{} http://10.0.4.12:8080/geoserver/rest/workspaces", colonless),
            ("$ mysql -u houzez -p{} listings", colonless),
            ("$ curl https://api.conekta.io/orders -u {}:", "key_" + tok(24)),
            ("$ curl https://sandbox-api.openpay.mx/v1/mzdtln0bmtms6o3kck8f/charges -u {}:", "sk_" + tok(32, hexd)),
            # pastes
            ("define( 'DB_PASSWORD', '{}' );", colonless),
            ("define( 'AUTH_KEY', '{}' );", tok(64, string.ascii_letters + string.digits + "!#%+-_")),
            ("GEOSERVER_ADMIN_PASSWORD={}", colonless),
            ("PESAPAL_CONSUMER_SECRET={}", tok(28, b64)),
            ("CONEKTA_PRIVATE_KEY={}", "key_" + tok(24)),
            ("OPENPAY_PRIVATE_KEY={}", "sk_" + tok(32, hexd)),
            ("  'dbpassword' => '{}',", colonless),
            ("  'secret' => '{}',", tok(48, b64)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: a land portal or bank login, a Houzez, GeoServer or ownCloud user, an Instagram or
        TikTok handle of an agent or a seller, in shapes like 'kiambu_plots.kamau', 'prona.durres.arben',
        'immo.lhoest84', 'huerta_tzintzun'."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        yy = rng.randint(60, 99) if rng.random() < 0.6 else rng.randint(0, 6)
        subject = rng.choice(SUBJECTS_HELDOUT109[origin])
        own = {
            "kikuyu": [f"{subject}_plots.{first}", f"{first}.{last}{yy:02d}", f"{first}_{subject}"],
            "albanian": [f"prona.{subject}.{first}", f"{first}_{last}{yy:02d}", f"{first}.{subject}"],
            "walloon": [f"immo.{last}{yy:02d}", f"{first}.{last}", f"{subject}_{last}"],
            "purepecha": [f"{subject}_{last}", f"{first}_{last}{yy:02d}", f"{subject}.{first}{last}"],
        }[origin]
        return rng.choice([f"{subject}_{first}", f"{first}-{last}", *own, *own])

    def _birth(self, oldest: int = 1966, youngest: int = 2006) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1966, youngest: int = 2006) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by country, language or format."""
        y, m, day = self._birth(oldest, youngest)
        return {
            "ke": f"{day:02d}/{m:02d}/{y}",
            "ke_words": f"{_ordinal(day)} {EN_MONTHS_HELDOUT109[m - 1]} {y}",
            "al": f"{day:02d}.{m:02d}.{y}",
            "al_words": f"{day} {AL_MONTHS_HELDOUT109[m - 1]} {y}",
            "it": f"{day:02d}/{m:02d}/{y}",
            "gr": f"{day}/{m}/{y}",
            "be": f"{day:02d}/{m:02d}/{y}",
            "be_words": f"{day} {FR_MONTHS_HELDOUT109[m - 1]} {y}",
            "be_deed": _deed_date(day, m, y),
            "mx": f"{day:02d}/{m:02d}/{y}",
            "mx_words": f"{day} de {ES_MONTHS_HELDOUT109[m - 1]} de {y}",
            "us": f"{m:02d}/{day:02d}/{y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of the name's region takes."""
        shapes = self._dob_shapes()
        own = {"kikuyu": ["ke"], "albanian": ["al", "it", "gr"], "walloon": ["be"], "purepecha": ["mx", "us"]}
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["ke", "al", "be", "mx", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form, a deed or a
        paste; `chat` as in `ip_sample`."""
        s, parent = self._dob_shapes(), self._dob_shapes(1936, 1966)
        options = [
            ("my date of birth for the Ardhisasa account is {}", s["ke"]),
            ("I was born on the {}, the Land Control Board form has it wrong", s["ke_words"]),
            ("mum's date of birth for the succession forms is {}", parent["ke"]),
            ("datëlindja ime për noterin: {}", s["al"]),
            ("kam lindur më {}, shkruaje kështu te prokura", s["al_words"]),
            ("datëlindja e babait për trashëgiminë është {}", parent["al"]),
            ("sono nato il {}, scrivilo così nella procura", s["it"]),
            ("my date of birth on the Greek residence permit is {}, the notary in Durrës wants it", s["gr"]),
            ("je suis née le {}, c'est pour le compromis", s["be"]),
            ("papa est né le {}, le notaire le demande pour la déclaration de succession", parent["be_words"]),
            ("nací el {}, así ponlo en la solicitud del Infonavit", s["mx_words"]),
            ("la fecha de nacimiento de mi papá para el certificado parcelario es {}", parent["mx"]),
            ("my DOB for the mortgage in Madera is {}", s["us"]),
            ("Date of birth: {}", s["ke"]),
            ("Datëlindja: {}", s["al"]),
            ("Data di nascita: {}", s["it"]),
            ("Date de naissance: {}", s["be"]),
            ("L'acquéreur, né à Namur le {}, déclare être célibataire.", s["be_deed"]),
            ("Fecha de nacimiento: {}", s["mx"]),
            ("DOB: {}", s["us"]),
            ('    "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT109_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} wants to sell the quarter acre in Ruiru, the title is clean",
        "{} did the official search on Ardhisasa, the land is still in the name of the late guka",
        "{} ndiye alinunua shamba la Gatundu",
        "{} amekataa kusign transfer mpaka apewe pesa yake",
        "{} is the surveyor who came to put back the beacons in Limuru",
        "{} moved the beacon at night and now the neighbour says the fence is on his land",
        "{} got the chief's letter for the succession cause at last",
        "{} sent the deposit from Reading for the plot in Kenol",
        "{} says the mũgũnda in Kangema was guka's and nobody can sell it",
        "{} sold us a plot in Thika with a fake title deed, we reported him at the police station",
        "{} is paying the land rates for the Kiambu plot by M-Pesa every year",
        "Mzee {} has agreed to sign the consent at the Land Control Board",
        "Cucu {} refuses to leave the house in Githunguri, whatever the buyer pays",
        "Guka {} left the shamba in Kangema to the sons only, the daughters went to court",
        "Chief {} wrote the letter for the succession cause",
        "Wakili {} is holding the title until the balance is paid",
        "Mama {} called, she wants to see the plot in Ruiru on saturday",
        "{} e shiti shtëpinë në Durrës pa e pyetur askënd",
        "{} ka prokurën nga Italia për shitjen e tokës",
        "{} shkoi te noteri në Shkodër për trashëgiminë",
        "{} nuk e pranon kufirin që bëri topografi",
        "{} e regjistroi pronën në ASHK vitin e kaluar",
        "{} ka marrë kredinë për shtëpinë te Raiffeisen",
        "{} vive a Milano e deve firmare la procura per la casa in Albania",
        "{} works in Athens and sends the money for the land in Durrës",
        "{} reported the fake seller from merrjep to the police in Tirana",
        "zoti {} ka dokumentet e pronës në Prishtinë",
        "zonja {} do ta shesë apartamentin në Tiranë",
        "xhaxhi {} nuk do ta ndajë tokën me ne",
        "daja {} erdhi nga Greqia për te noteri",
        "halla {} ka të drejtë për pjesën e saj të shtëpisë",
        "tezja {} jeton në Itali dhe na dha prokurë",
        "gjyshi {} e la tokën për të gjithë nipërit",
        "gjyshja {} nuk do të largohet nga shtëpia në Shkodër",
        "baca {} e ka tapinë e tokës në Prishtinë",
        "noteri {} kërkon edhe një dokument nga ASHK",
        "{} a signé le compromis de vente chez le notaire à Namur",
        "{} conteste la limite du terrain avec le voisin à Esneux",
        "{} a versé l'acompte de 10 % sur le compte du notaire",
        "{} paie le précompte immobilier pour toute la famille",
        "{} a mis la maison de Herstal sur Immoweb",
        "{} est géomètre, il vient borner le terrain jeudi",
        "{} a la procuration pour signer l'acte à la place de sa sœur",
        "{} a obtenu le crédit hypothécaire chez Belfius",
        "c'est {} qui a les clés de la maison de Jupille",
        "Maître {} a fixé la signature de l'acte au 14",
        "Monsieur {} du cadastre a rappelé pour le plan",
        "Madame {} habite à côté, c'est elle qui conteste la haie",
        "bon-papa {} avait acheté le terrain d'Esneux en 1962",
        "bonne-maman {} voulait que la maison de Jupille reste dans la famille",
        "parrain {} sera le mandataire pour la vente",
        "marraine {} a laissé un testament chez le notaire",
        "tonton {} ne veut pas vendre sa part de la maison",
        "{} es el comisariado ejidal de San Lorenzo",
        "{} vendió la huerta de aguacate sin permiso de la asamblea",
        "{} tiene el certificado parcelario del RAN a su nombre",
        "{} dice que el lindero de la huerta llega hasta el ojo de agua",
        "{} ya pagó el predial de la casa de Pátzcuaro",
        "{} metió la solicitud del crédito Infonavit",
        "{} vive en Madera, California, y le dio poder a su hermano",
        "{} hace guitarras en Paracho y quiere comprar el terreno de al lado",
        "{} denunció al falso vendedor ante el Ministerio Público de Uruapan",
        "{} sold the avocado orchard to a packer from Uruapan",
        "don {} es el comisariado, hay que llevarle el acta de la asamblea",
        "doña {} no quiere que se venda la huerta de Angahuan",
        "tata {} dejó la tierra repartida entre los hijos antes de morir",
        "nana {} todavía guarda las escrituras de la casa de Pátzcuaro",
        "compadre {} fue testigo en la compraventa del solar",
        "comadre {} nos vendió el solar de Cherán",
        "licenciado {} es el notario que hizo las escrituras en Uruapan",
        "{} signed the sale agreement today",
        "who is {}? the bank says he is a co-owner of the house",
        "{} has the original title deed in a safe",
        "I'm meeting {} at the land registry at 9",
        "{} and {} are splitting the money from the house equally",
        "ask {} if the valuation report came",
        "{} still hasn't paid the balance of the purchase price",
        "{} is the agent who listed the house, she wants 3% commission",
        "{} has the power of attorney while I'm abroad",
        "Name of Proprietor: {}",
        "Full Names: {}",
        "Jina kamili: {}",
        "Vendor: {}",
        "Purchaser: {}",
        "Administrator: {}",
        "Emri dhe mbiemri: {}",
        "Shitësi: {}",
        "Trashëgimtari: {}",
        "Mbiemri dhe emri: {}",
        "Cognome e nome: {}",
        "Nom et prénoms: {}",
        "Le vendeur: {}",
        "Mandataire: {}",
        "A COMPARU : {}",
        "Nombre del ejidatario: {}",
        "Apellido paterno, materno y nombre(s): {}",
        "Apoderado: {}",
        "Reported by: {}",
        "| Lot 3 | {} | 0.25 ac | paid |",
        '"owner_name": "{}",',
        "- heir: {}",
    ],
    "STREET_ADDRESS": [
        "the plot's postal address is {}",
        "the notary sent the draft deed to {}",
        "the bank's valuer will visit {} on monday",
        "send the title deed by courier to {}",
        "the estate agent's office is at {}",
        "tuma barua ya chief kwa {}",
        "dërgoje prokurën në {}",
        "l'acte sera envoyé à l'adresse {}",
        "la escritura llegó a {}",
        "Address: {}",
        "Adresa: {}",
        "Adresse du bien: {}",
        "Domicilio: {}",
        '"address": "{}",',
        "Postal address: {}",
    ],
    "EMAIL_ADDRESS": [
        "send the sale agreement to {}",
        "the surveyor's report came from {}",
        "my Ardhisasa account is under {}",
        "the buyer writes from {}",
        "forward the notary's draft to {} please",
        "dërgoje kontratën te {}",
        "envoie le compromis à {} s'il te plaît",
        "mándame el certificado parcelario a {} por favor",
        "E-mail: {}",
        "Email-i: {}",
        "Courriel: {}",
        "Correo: {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "call me on {} when the surveyor arrives",
        "the seller's number is {}",
        "the chief's office is on {}",
        "whatsapp {} for the viewing",
        "the agent who listed the house is on {}",
        "nipigie kwa {} kesho",
        "më telefono në {}, faleminderit",
        "appelle-moi au {} pour le rendez-vous",
        "márcale al {} para lo del terreno",
        "Tel.: {}",
        "Telefoni: {}",
        "Téléphone: {}",
        "Teléfono: {}",
        "Phone: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the search fee with {}",
        "the valuation fee went on {}",
        "the premium listing on Immoweb was charged to {}",
        "book the surveyor with {} please",
        "pagué el avalúo con la {}",
        "e pagova taksën e noterit me kartën {}",
        "j'ai payé les frais de dossier avec la carte {}",
        "Card: {}",
        "Numri i kartës: {}",
        "Numéro de carte: {}",
        "Número de tarjeta: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "the deposit goes to the notary's account {}",
        "my brother sends his share of the inheritance from {}",
        "pay the surveyor into {} before friday",
        "the buyer's bank wants the money from {}",
        "send the rent of the house to {} from this month",
        "dërgoji paratë në {}, faleminderit shumë",
        "versez l'acompte sur {}, s'il vous plaît",
        "el comprador de Rotterdam deposita el anticipo de la huerta desde {}",
        "IBAN: {}",
        "IBAN i shitësit: {}",
        "IBAN du notaire: {}",
        "Beneficiary IBAN: {}",
    ],
    "USERNAME": [
        "my Ardhisasa username is {}",
        "on instagram the agency is {}",
        "the estate agent's tiktok is {}",
        "the houzez admin user is {}",
        "the geoserver user for the survey maps is {}",
        "my handle in the family group is @{}",
        "the owncloud login for the scanned deeds is {}",
        "përdoruesi im në merrjep është {}",
        "mon identifiant Immoweb c'est {}",
        "mi usuario de la banca de Banorte es {}",
        "Login: {}",
        "Username: {}",
        "Përdoruesi: {}",
        "Identifiant: {}",
        "Usuario: {}",
        '"username": "{}",',
    ],
}
HELDOUT109_MIXED = [
    ("Name of Proprietor: {}, date of birth {}, phone {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Emri dhe mbiemri: {}\nDatëlindja: {}\nAdresa: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Nom et prénoms: {}\nDate de naissance: {}\nTéléphone: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Nombre del ejidatario: {}\nFecha de nacimiento: {}\nTeléfono: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Apellido paterno, materno y nombre(s): {}\nFecha de nacimiento: {}\nDomicilio: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Il sottoscritto {}, nato il {}, residente in {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("{} paid the search fee with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} gets his share of the sale into {}", ["PERSON", "IBAN_CODE"]),
    ("the seller is {}, {}, and wants the deposit in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("Ardhisasa login: {} / password: {}", ["USERNAME", "SECRET"]),
    ("DB_HOST={}\nDB_USER={}\nDB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Reported by: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("Purchaser: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} ({}) is the buyer of the plot", ["PERSON", "EMAIL_ADDRESS"]),
    ("the bank kept {} on file and the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the survey map to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved to {} after selling the house", ["PERSON", "STREET_ADDRESS"]),
    ("Trashëgimtari: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the geoserver login is {} and the password {}", ["USERNAME", "SECRET"]),
    ("the gate camera is {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("Comprador: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Mandataire: {}\nCompte: {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT109_NEGATIVES = [
    "Kiambu, Murang'a and Nyeri are the Kikuyu counties of Central Kenya",
    "guka is grandfather and cucu grandmother in Kikuyu, and mzee is any old man",
    "in a Kikuyu name 'wa' between two names means son of or daughter of",
    "Kikuyu children are named after the grandparents, the first son after the father's father",
    "mũgũnda means a farm or a piece of land in Kikuyu",
    "an official search on Ardhisasa costs KES 500 plus the convenience fee",
    "a Kenyan title number reads like KIAMBU/RUIRU/1234: the registration section, then the parcel",
    "the stamp duty on land is 4% in the towns and 2% outside them",
    "the land rates for the county are due by 31 March",
    "Jomo Kenyatta International Airport is about 15 km from the city centre",
    "the matatu to Thika leaves from the stage on Moi Avenue",
    "Kenyatta Avenue is closed for the parade tomorrow",
    "M-Pesa paybill 247247 is Equity Bank's",
    "a quarter acre in Ruiru now goes for 3.5 million shillings",
    "the chief's letter is needed for a succession, not for a sale",
    "asante sana, tutaongea kesho",
    "Tirana, Durrës and Shkodër are in Albania, Prishtina is the capital of Kosovo",
    "ASHK is the State Cadastre Agency, it took over from the old ZRPP",
    "xhaxhi is the father's brother, daja the mother's brother, halla and tezja the aunts",
    "gjyshi and gjyshja are grandfather and grandmother in Albanian",
    "on Albanian papers the father's name stands between the given name and the surname",
    "Albanian names take case endings, -it and -in are grammar and not another name",
    "besa means a word of honour in Albanian, a promise that is kept",
    "a tapi is a title deed, and people still call the registry office the hipoteka",
    "Skanderbeg Square is the centre of Tirana",
    "the Nënë Tereza airport is 17 km from the centre of Tirana",
    "Bill Clinton Boulevard in Prishtina has his statue on it",
    "an 80 m² flat in Durrës costs about 90 thousand euros now",
    "'pronë me dokumente' in a listing means the papers are in order",
    "the ownership certificate can be asked for on e-Albania",
    "Kosovo pays in euros, Albania in lek",
    "faleminderit shumë, flasim nesër",
    "Liège, Namur and Charleroi are the three big towns of Wallonia",
    "the compromis de vente binds both sides, the deed follows within four months",
    "the registration duties in Wallonia are paid on the price in the deed",
    "bon-papa and bonne-maman is how Belgian children say grandpa and grandma",
    "Maître is how one addresses a notary or a lawyer in Belgium",
    "Tchantchès is Liège's puppet hero, his statue stands in Outremeuse",
    "pèkèt is the gin of Liège, drunk on the 15th of August in Outremeuse",
    "the Place Saint-Lambert is in the middle of Liège",
    "Immoweb shows the PEB energy certificate of every house for sale",
    "Biddit.be is where the notaries auction houses online",
    "numéro de registre national: __.__.__-___.__ (à compléter)",
    "BE68 5390 0754 7034 is the example IBAN in the bank's leaflet",
    "boulets à la liégeoise with frites, 16 euros",
    "bondjoû, ça va?",
    "Uruapan is the avocado capital, Paracho the town of guitars",
    "Cherán has governed itself by usos y costumbres since 2011",
    "the K'eri Jánaskaticha is the council of elders of Cherán",
    "tata and nana are how Purépecha speakers address an elder man and an elder woman",
    "pirekua is the Purépecha song, on UNESCO's list since 2010",
    "echeri is land in Purépecha and ireta the village",
    "juchari uinapekua, our strength, say the people of Cherán",
    "ejido land could not be sold before 1992, now the asamblea has to approve a sale",
    "the RAN issues the certificado parcelario, the Registro Público keeps the escrituras",
    "the Plaza Vasco de Quiroga is the big square of Pátzcuaro",
    "the Plaza Gertrudis Bocanegra is the small square of Pátzcuaro",
    "the predial has a discount if you pay it in January",
    "a kilo of Hass avocado was 45 pesos at the packer this week",
    "churipo and corundas for everyone after the asamblea",
    "gracias, ahí nos vemos el domingo",
    "the completion date is 14/05/2026 if the bank releases the money",
    "the online auction closes on 03/12/2026 at 13:00",
    "4111 1111 1111 1111 is the test card on the agency's payment page",
    "write to listings@example.com for the brochure",
    "192.0.2.109 is a documentation address",
    "198.51.100.7 is a documentation address",
    "2001:db8:109::1 is a documentation address",
    "GEOSERVER_ADMIN_PASSWORD=<set-me>",
    "CONEKTA_PRIVATE_KEY=key_xxxxxxxxxxxxxxxx",
    "bank portal password: ********",
    "Houzez 4 changed the property search filters",
    "GeoServer 2.25 runs on Java 17",
    "the valuation came in at 12.5 million",
    "the viewing is at 10:30 on saturday",
    "plot 14 is 50 by 100 feet, about an eighth of an acre",
    "the keys are with the agent",
    "ok thanks, talk later",
]  # fmt: skip


def _typo109(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a property word's well-known misspelling ('mortgage' -> 'morgage',
    'surveyor' -> 'surveyer', 'boundary' -> 'boundry', 'inheritance' -> 'inheritence'), or chat shorthand in
    the set's languages ('please' -> 'pls', 'faleminderit' -> 'flm', 'shumë' -> 'shum', "s'il te plaît" ->
    'stp', 'beaucoup' -> 'bcp', 'por favor' -> 'porfa', 'que' -> 'q'). Only in sentences typed to the bot or a
    friend; a title or a kin word before a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT109.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT109[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT109.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT109[m.group(1)] + template[m.end() :]


def build_heldout109(seed: int = HELDOUT109_SEED) -> list[Example]:
    """Held-out set 109: `Gen109` values in `HELDOUT109_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen109.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen109(seed)
    examples = assemble_module_set(
        gen, HELDOUT109_TEMPLATES, HELDOUT109_MIXED, HELDOUT109_NEGATIVES, _typo109, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
