"""Held-out PII set 106 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout106": written by a separate author who did not change recognizers, never saw Kaizen's misses on it
and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT106 is empty, as for the sets
before it; written at the same time as held-out 105 by another author). The theme is livestock and herding as
families and neighbours talk about it: the cattle, the horses, the sheep or the goats sold at the market, the
vet's visit and the vaccination card, the animal's ear tag or passport, the grazing permit and the pasture
rent, the stolen animal reported to the police, the herders' group chat, the milk sold to the cooperative
and the payment slip, the livestock insurance claim after a drought or a snowstorm, the auction site's
login, the transport truck, the brand or the earmark registered and the herding dog. The peoples were chosen
after grepping the earlier sets' docstrings: none of the four is a main people of held-out 27 to 104, so no
neighbour had to take a place (Sardinian given names were one list beside the Tabarchini of Carloforte in
held-out 84, and the Hausa of Kano and Zaria in held-out 100 are the Fulani's neighbours, but the Sardinian
shepherds of Barbagia and the Fulɓe herders are peoples of their own here, with their own places and papers).
Hand-written lists of four peoples: the Sakha (Yakuts) of Yakutsk, Churapcha and Verkhoyansk, horse and
cattle breeders (the Yakut horse and the Yakut cow, the foals lost in the frost, the kumis for the Ysyakh,
the milk to the cooperative in Churapcha, the subsidy from the ulus; Sakha given names ('Aital', 'Ayaal',
'Nyurgun', 'Aikhal', 'Sardaana', 'Kyunney', 'Tuiaara') and Russian ones ('Semyon', 'Innokentiy', 'Varvara'),
family names in -ov, -ev and -in with a woman's -a ('Argunov', 'Okoneshnikov', 'Nikolaev', 'Vinokurova',
'Krivoshapkina'), the patronymic ('Aital Semyonovich Argunov', a Russian form's 'Argunov Aital Semyonovich',
'Sardaana Egorovna', 'Argunov A. S.'), Cyrillic in the Russian spelling ('Айтал Аргунов', 'Кюннэй') and in the
Sakha one with the Sakha letters ө, ү and һ ('Күннэй', 'Ньургуһун', 'Бүөтүр', 'Дьөгүөр', 'Өлөксөй'; ҕ and ҥ
come in Sakha words and places, 'ынаҕа', 'Мэҥэ Хаҥалас', as no name of the lists holds them), Russian
diminutives ('Kesha', 'Senya', 'Кеша') and Sakha kin words after a given name ('Сардаана эдьиий', 'Айтал
убай', 'Маайа эбээ', 'Бүөтүр эһэ', 'Ньургун таай'), outside the span); the Fulani (Fulɓe) herders of the
Sahel and of northern Cameroon and Nigeria, Maroua, Ngaoundéré, Yola and Kaduna (the cattle market of
Maroua, the Gudali and the Red Mbororo, the transhumance corridor, the péripneumonie vaccination, the cattle
stolen on the road to Kaduna, the milk collection centre in Jimeta; Fulfulde-Muslim given names in the
French spelling of Cameroon ('Hamadou', 'Bouba', 'Oumarou', 'Dahirou', 'Saïdou', 'Aïssatou', 'Mairamou',
'Hadidja'), the father's given name as the second name ('Hamadou Oumarou') and the grandfather's after it
('Bouba Hamadou Oumarou'), the English spelling of Nigeria's papers ('Umaru Dahiru', 'Aishatu Musa'), the
Fulfulde spelling a literate relative writes with ɓ and ɗ ('Ɓuuba Hammadu', 'Ɗaahiru Umaru', 'Sayɗu'; ŋ only
in a negative that explains the letters, as the author could vouch for no listed name written with it), the
diaeresis dropped ('Aissatou Saidou'), a Cameroonian form's family name first ('OUMAROU Hamadou') and a
Nigerian one's 'DAHIRU, Umaru', short forms ('Souley', 'Aïssa', 'Dija') and 'Ardo' (the herders' leader),
'Djaoro' (the village head, jawro, a title here and never a name), 'Alhadji', 'Hadja' and 'Mallam' before a
name, outside the span); the Sardinian shepherds of Barbagia, Orgosolo, Fonni and Nuoro (the lambs sold
before Easter, the milk for the pecorino, the sheepfold (ovile) and the summer pasture, the bluetongue
vaccination by the ASL vet, the sheep stolen from the fold and the denuncia to the carabinieri, the
electronic ear tags and the cane fonnese; Italian given names ('Bachisio', 'Efisio', 'Gavino', 'Bonaria')
and their Sardinian forms ('Bainzu', 'Juanne', 'Pedru', 'Frantziscu'), two given names ('Giovanni Maria Mele',
'Maria Bonaria Piras') and the contracted ones ('Giommaria', 'Mariangela'), Sardinian family names ('Pinna',
'Porcu', 'Piras', 'Mele', 'Cossu', 'Sanna', 'Mesina', 'Loddo', 'Ladu'), an Italian form's family name first
('PINNA Bachisio', 'Porcu Efisio'), initials ('B. Pinna'), short forms ('Tore', 'Peppe', 'Bachis', 'Nanni')
and 'Tziu' and 'Tzia' before a given name and 'signor', 'signora', 'dottor' and 'dottoressa' before a family
name, outside the span); and the Wayuu of La Guajira in Colombia and Venezuela (the goats sold at the Uribia
and Maicao markets, the jagüey that dried up, the palabrero (pütchipü'ü) called over stolen goats, the ICA's
foot-and-mouth campaign, the crossing to Paraguaipoa; Spanish given names ('José Luis', 'Remedios', 'Yaneth')
with the clan names (eirruku) as surnames, the double surname ('José Luis Epieyú Uriana') and a Spanish
surname before the clan ('Yaneth González Pushaina'), the clan in the Wayuunaiki spelling ('Epieyuu',
'Jayaliyuu', 'Uliana'), the accent dropped ('Epieyu'), a Colombian form's surnames first ('EPIEYÚ URIANA José
Luis', 'Epieyú Uriana, José Luis'), short forms ('Lucho', 'Pacho', 'Chepe') and 'tío' and 'tía', 'don' and
'doña' before a given name and 'alaülayu' (the clan's authority) and 'palabrero' before a full name, outside
the span; the clan names are explained in negatives and never stand alone as a person); no public figure's
full name is drawn (PUBLIC_FIGURES_HELDOUT106). Every one of those name forms, and names with a typo
('Agrunov', 'Dahriou', 'Mesinna', 'Pushiana'), is forced into the build at least once so it does not hang on
the seed (any form the draws have not reached by the end comes in a sentence of its own), and each people
also gets a titled name (a kin word after the name for the Sakha), a name in capitals on a form and one in
lower case in chat, whatever the seed; the address, the phone, the e-mail, the IBAN or the date of birth
after a name mostly comes from that name's region. Names on an owner's, a claim's, a permit's and a police
report's papers in English ('Owner of the animals:', 'Claimant:', 'Reported by:', 'Herder:'), Russian
('Владелец:', 'ФИО владельца:'), French ('Propriétaire :', 'Éleveur :', 'Nom et prénoms :'), Italian
('Cognome e nome:', 'Titolare dell'allevamento:'), Spanish ('Apellidos y nombres:', 'Propietario de los
animales:', 'Denunciante:'), a sale register's '| BOV-0231 | ... | Gudali | 3 |', JSON and YAML; ear-tag
numbers in a generic form, breed names, vaccine names, prices, fair days and place names alone no PII;
self-hosted apps' config no earlier set pasted: Traccar's traccar.xml and its API token for the GPS collars,
Dolibarr's conf.php and its DOLAPIKEY for the milk cooperative, Rocket.Chat's admin password and personal
access token for the herders' chat, Node-RED's credentialSecret on the collar gateway and NocoDB's JWT secret
and database URL for the herd register; those regions' addresses (Yakutsk's 'г. Якутск, ул. Кирова, д. 12,
кв. 34' and its postcode, Churapcha's and Verkhoyansk's and Batagay's, a Latin 'Yakutsk, ul. Kirova 12, kv. 3',
Maroua's and Ngaoundéré's quartiers, Jimeta-Yola's and Kaduna's 'No. 14, Mubi Road, Jimeta, Yola', a ruga
settlement, Nuoro's 'Via Lamarmora 12, 08100 Nuoro', Orgosolo's 'Corso Repubblica 45, 08027 Orgosolo (NU)',
Fonni's and Mamoiada's, a 'Località Pratobello', a Sardinian emigrant's in Germany, Riohacha's, Uribia's and
Maicao's 'Calle 15 # 10-42', a ranchería on the road to Manaure, Paraguaipoa's and Maracaibo's) and phones
(Yakutsk's '+7 4112' and '8 (4112)', Churapcha's '(41151)', Sakha mobiles '+7 914' and '+7 924', Cameroonian
mobiles '+237 6' and Maroua's and Ngaoundéré's '222', Nigerian mobiles '+234 80' and '080', Nuoro's '+39 0784'
and '0784', Italian mobiles '+39 3' and '3xx', Colombian mobiles '+57 3' and Riohacha's '+57 605', Venezuelan
mobiles '+58 4' and '04xx' and Maracaibo's '0261'); Visa, Mastercard 51-55 and 2-series, Russia's Mir
2200-2204 and Amex 4-6-5 as the auction fee, the vet's bill, the truck's diesel and the feed take them; IBANs
of Russia for a Sakha breeder's account a foreign buyer asks for, of France, Belgium and Mauritania for the
Fulani, of Italy and Germany for the Sardinians and of Spain for Wayuu relatives there (Cameroon, Nigeria,
Colombia and Venezuela have none); IPs of the cooperative's office router, the livestock auction site's
sign-in alerts, the GPS collar gateway, the Traccar server, the herders' chat server and the vet clinic's
network, v4 and v6; secrets handed over in ways no earlier set used (on a sticker inside the truck's sun
visor, on the milk payment slip, in the vaccination notebook, on the back of the grazing permit, scratched
inside the sheepfold's door, in the insurance claim's envelope), the places ('Churapcha#2024', 'Maroua@237',
'Orgosolo_0784', 'Uribia2025!'), theme words in leetspeak ('$h33p', 'c0w$'), one-time codes of the auction
site, the collar app and the insurance portal, a bank app's PIN for the milk money, and cues in Russian
('никому не говори'), Sakha ('кимиэхэ да этимэ'), French ('ne le dis à personne'), Hausa ('kar ka gaya wa
kowa'), Italian ('non dirla a nessuno') and Spanish ('no se la digas a nadie'); usernames as auction site,
cooperative portal, Traccar and Dolibarr logins, Rocket.Chat, Telegram and Instagram handles, in shapes like
'sylgy_aital', 'argunov.a', 'hamadou_nagge', 'pastore.pinna', 'epieyu.joseluis'; dates of birth for the
subsidy, the herder's card, the grazing permit, the insurance claim, the police report and the ICA register,
in Russia's '14.03.1994' and '14 марта 1994 г.', Cameroon's '14/03/1994' and 'né le 14 mars 1994', Nigeria's
'14th March 1994', Italy's '14/03/1994' and '14 marzo 1994', Colombia's '14 de marzo de 1994', Venezuela's
'14-03-1994' and a paste's ISO date, a parent's now and then, all drawn between fixed years from the set's own
rng so the set builds the same on any day; typos as herders type on a phone at the market: a livestock
word's well-known misspelling ('vaccination' -> 'vacination', 'insurance' -> 'insurence', 'cooperative' ->
'cooprative', 'auction' -> 'auciton') or chat shorthand ('please' -> 'pls', 'cooperative' -> 'coop');
negatives with the same places, the titles, the kin words and the clan names explained, breeds, vaccines,
prices, fair days, generic ear-tag numbers, the apps' versions, placeholder secrets, a test card, the example
IBAN, a placeholder e-mail, documentation IPs (v4 and v6) and short everyday chat; no public figure is named
as a person).

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

HELDOUT106_SEED = 5106382
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT106: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT106 = ["sakha", "fulani", "sardinian", "wayuu"]
# the Fulani men's given names, which are also the second (the father's) and third (the grandfather's) names
FULANI_MEN_HELDOUT106 = "Hamadou;Bouba;Oumarou;Dahirou;Saïdou;Adamou;Moussa;Issa;Yaya;Abdoulaye;Mohamadou;Souleymanou;Hayatou;Ibrahima;Aliou;Amadou".split(";")  # fmt: skip
# the Wayuu clans (eirruku), carried as surnames, and the Spanish surnames beside them
WAYUU_CLANS_HELDOUT106 = "Epieyú;Uriana;Ipuana;Pushaina;Jayariyú;Epinayú;Sapuana;Jusayú;Apshana;Urariyú;Pausayú;Arpushana".split(";")  # fmt: skip
WAYUU_SPANISH_HELDOUT106 = "González;Fernández;Gómez;Montiel;Barros;Pimienta;Iguarán;Palmar".split(";")
# each origin: (men's given names, women's given names, family names); ';' separates names, as some hold a
# space
NAMES_HELDOUT106: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Sakha of Yakutsk, Churapcha and Verkhoyansk: Sakha and Russian given names as a Russian passport
    # transliterates them, family names in -ov, -ev and -in (a woman's with -a, _ru_feminine)
    "sakha": ("Aital;Ayaal;Nyurgun;Aikhal;Erchim;Dyulustan;Timir;Ergis;Aisen;Tuskul;Semyon;Egor;Pyotr;Aleksey;Nikolai;Innokentiy;Prokopiy;Vasiliy".split(";"),
              "Sardaana;Kyunney;Tuiaara;Aitalina;Nyurguyana;Nyurguhun;Sargylana;Uigulaana;Mariya;Nadezhda;Varvara;Praskovya".split(";"),
              "Argunov;Okoneshnikov;Nikolaev;Vinokurov;Sleptsov;Sivtsev;Gotovtsev;Everstov;Krivoshapkin;Struchkov;Neustroev;Zakharov;Danilov;Kychkin;Pinigin;Kolesov".split(";")),
    # Fulani of Maroua, Ngaoundéré, Yola and Kaduna: the father's given name is the family name
    "fulani": (FULANI_MEN_HELDOUT106,
               "Aïssatou;Mairamou;Hadidja;Hawaou;Fadimatou;Djenabou;Hapsatou;Raliatou;Maïmouna;Bintou;Kadidjatou;Asta".split(";"),
               list(FULANI_MEN_HELDOUT106)),
    # Sardinian shepherds of Barbagia, Orgosolo, Fonni and Nuoro: Italian given names (their Sardinian forms
    # in SARDINIAN_GIVEN_HELDOUT106), Sardinian family names
    "sardinian": ("Bachisio;Efisio;Salvatore;Antonio;Giovanni;Pietro;Francesco;Gavino;Sebastiano;Giuseppe;Raimondo;Mario".split(";"),
                  "Bonaria;Grazia;Giovanna;Antonietta;Giuseppina;Gavina;Paola;Rita;Franca;Assunta;Caterina;Antonia".split(";"),
                  "Pinna;Porcu;Piras;Mele;Cossu;Sanna;Mesina;Loddo;Ladu;Deiana;Mura;Satta;Fois;Corda;Marras;Murgia;Puddu;Goddi;Mulas;Chessa;Podda;Melis".split(";")),
    # Wayuu of La Guajira: Spanish given names, the clans and Spanish surnames
    "wayuu": ("José;Luis;José Luis;Rafael;Francisco;Antonio;Guillermo;Nemesio;Eliécer;Segundo;Ramón;Epifanio;Hernán;Wilmer".split(";"),
              "Remedios;Yaneth;Débora;Maritza;Carmen;Leonor;Dolores;Ana Julia;Yajaira;Karina;Yanelis;Concepción;Rosa María".split(";"),
              WAYUU_CLANS_HELDOUT106 + WAYUU_SPANISH_HELDOUT106),
}  # fmt: skip
# full names a draw must never give: public figures' (or close enough to read as theirs); 'Graziano' is in no
# list, so Orgosolo's famous outlaw can't come even with a typo in his family name
PUBLIC_FIGURES_HELDOUT106 = {"Aisen Nikolaev", "Issa Hayatou", "Graziano Mesina"}
# the Sakha and Russian names in Cyrillic, as a Russian passport or a chat in Yakutsk writes them
CYRILLIC_HELDOUT106 = {
    "Aital": "Айтал", "Ayaal": "Айаал", "Nyurgun": "Ньургун", "Aikhal": "Айхал", "Erchim": "Эрчим",
    "Dyulustan": "Дьулустан", "Timir": "Тимир", "Ergis": "Эргис", "Aisen": "Айсен", "Tuskul": "Тускул",
    "Semyon": "Семён", "Egor": "Егор", "Pyotr": "Пётр", "Aleksey": "Алексей", "Nikolai": "Николай",
    "Innokentiy": "Иннокентий", "Prokopiy": "Прокопий", "Vasiliy": "Василий", "Sardaana": "Сардаана",
    "Kyunney": "Кюннэй", "Tuiaara": "Туйаара", "Aitalina": "Айталина", "Nyurguyana": "Ньургуяна",
    "Nyurguhun": "Ньургусун", "Sargylana": "Саргылана", "Uigulaana": "Уйгулаана", "Mariya": "Мария",
    "Nadezhda": "Надежда", "Varvara": "Варвара", "Praskovya": "Прасковья", "Argunov": "Аргунов",
    "Okoneshnikov": "Оконешников", "Nikolaev": "Николаев", "Vinokurov": "Винокуров", "Sleptsov": "Слепцов",
    "Sivtsev": "Сивцев", "Gotovtsev": "Готовцев", "Everstov": "Эверстов", "Krivoshapkin": "Кривошапкин",
    "Struchkov": "Стручков", "Neustroev": "Неустроев", "Zakharov": "Захаров", "Danilov": "Данилов",
    "Kychkin": "Кычкин", "Pinigin": "Пинигин", "Kolesov": "Колесов",
}  # fmt: skip
# the Sakha spelling of some given names, most with the Sakha letters ө, ү and һ
SAKHA_SPELLING_HELDOUT106 = {
    "Kyunney": "Күннэй", "Nyurguhun": "Ньургуһун", "Pyotr": "Бүөтүр", "Egor": "Дьөгүөр", "Aleksey": "Өлөксөй",
    "Semyon": "Сэмэн", "Nikolai": "Ньукуолай", "Mariya": "Маайа",
}  # fmt: skip
# the Sakha letters a Russian keyboard lacks
SAKHA_LETTERS_HELDOUT106 = "ҕҥөһүҔҤӨҺҮ"
# a Sakha or Russian father's given name and the patronymic it gives a son and a daughter, in Latin and Cyrillic
PATRONYMICS_HELDOUT106 = {
    "Semyon": ("Semyonovich", "Semyonovna", "Семёнович", "Семёновна"),
    "Egor": ("Egorovich", "Egorovna", "Егорович", "Егоровна"),
    "Pyotr": ("Petrovich", "Petrovna", "Петрович", "Петровна"),
    "Aleksey": ("Alekseevich", "Alekseevna", "Алексеевич", "Алексеевна"),
    "Nikolai": ("Nikolaevich", "Nikolaevna", "Николаевич", "Николаевна"),
    "Innokentiy": ("Innokentievich", "Innokentievna", "Иннокентьевич", "Иннокентьевна"),
    "Prokopiy": ("Prokopievich", "Prokopievna", "Прокопьевич", "Прокопьевна"),
    "Vasiliy": ("Vasilievich", "Vasilievna", "Васильевич", "Васильевна"),
    "Aital": ("Aitalovich", "Aitalovna", "Айталович", "Айталовна"),
    "Nyurgun": ("Nyurgunovich", "Nyurgunovna", "Ньургунович", "Ньургуновна"),
    "Ayaal": ("Ayaalovich", "Ayaalovna", "Айаалович", "Айааловна"),
}
# the Russian diminutive family and friends use, in Latin and Cyrillic
SAKHA_DIM_HELDOUT106 = {
    "Innokentiy": ("Kesha", "Кеша"), "Semyon": ("Senya", "Сеня"), "Vasiliy": ("Vasya", "Вася"),
    "Nikolai": ("Kolya", "Коля"), "Aleksey": ("Alyosha", "Алёша"), "Pyotr": ("Petya", "Петя"),
    "Mariya": ("Masha", "Маша"), "Nadezhda": ("Nadya", "Надя"), "Varvara": ("Varya", "Варя"),
}  # fmt: skip
# the Fulani names in the English spelling of Nigeria's papers
NIGERIAN_HELDOUT106 = {
    "Hamadou": "Hamadu", "Oumarou": "Umaru", "Dahirou": "Dahiru", "Saïdou": "Saidu", "Adamou": "Adamu",
    "Moussa": "Musa", "Issa": "Isa", "Abdoulaye": "Abdullahi", "Mohamadou": "Muhammadu", "Hayatou": "Hayatu",
    "Ibrahima": "Ibrahim", "Aliou": "Aliyu", "Souleymanou": "Sulaiman", "Aïssatou": "Aishatu", "Hadidja": "Hadiza",
    "Hawaou": "Hauwa", "Djenabou": "Zainab", "Mairamou": "Maryam", "Hapsatou": "Hafsat", "Fadimatou": "Fatima",
}  # fmt: skip
# the Fulani names as a Fulfulde-literate relative writes them in the Latin alphabet: long vowels doubled,
# some with the hooked ɓ and ɗ
FULFULDE_HELDOUT106 = {
    "Bouba": "Ɓuuba", "Dahirou": "Ɗaahiru", "Saïdou": "Sayɗu", "Hamadou": "Hammadu", "Oumarou": "Umaru",
    "Adamou": "Aadamu", "Moussa": "Muusa", "Yaya": "Yaaya", "Aïssatou": "Aysatu", "Mairamou": "Maryamu",
    "Hadidja": "Hadiija", "Hawaou": "Hawwa", "Djenabou": "Jeynabu",
}  # fmt: skip
HOOKED_HELDOUT106 = re.compile("[ɓɗƁƊ]")
# the short forms a Fulani given name takes
FULANI_NICK_HELDOUT106 = {
    "Souleymanou": "Souley", "Aïssatou": "Aïssa", "Fadimatou": "Fadi", "Hadidja": "Dija", "Abdoulaye": "Laye",
    "Mohamadou": "Madou", "Kadidjatou": "Kadi",
}  # fmt: skip
# the Sardinian forms of Italian given names
SARDINIAN_GIVEN_HELDOUT106 = {
    "Giovanni": "Juanne", "Pietro": "Pedru", "Francesco": "Frantziscu", "Gavino": "Bainzu",
    "Sebastiano": "Bustianu", "Antonio": "Antoni", "Giovanna": "Juanna", "Caterina": "Caderina",
}  # fmt: skip
# two given names, a man's and a woman's, and the contracted ones
DOUBLE_GIVEN_HELDOUT106 = {
    False: ["Giovanni Maria", "Giovanni Antonio", "Pietro Paolo", "Antonio Maria"],
    True: ["Maria Bonaria", "Maria Grazia", "Maria Antonietta", "Anna Maria"],
}
CONTRACTED_HELDOUT106 = {False: ["Giommaria", "Giampietro"], True: ["Mariangela", "Mariantonia"]}
# the short forms a Sardinian given name takes
SARDINIAN_NICK_HELDOUT106 = {
    "Salvatore": "Tore", "Giuseppe": "Peppe", "Bachisio": "Bachis", "Efisio": "Efis", "Antonio": "Tonino",
    "Giovanni": "Nanni", "Giuseppina": "Peppina", "Antonia": "Tonina",
}  # fmt: skip
# the clans in the Wayuunaiki spelling (long vowels doubled, l for r where Wayuunaiki has it)
WAYUUNAIKI_HELDOUT106 = {
    "Epieyú": "Epieyuu", "Jayariyú": "Jayaliyuu", "Epinayú": "Epinayuu", "Jusayú": "Jusayuu",
    "Urariyú": "Uraliyuu", "Pausayú": "Pausayuu", "Uriana": "Uliana",
}  # fmt: skip
# the short forms a Spanish given name takes in La Guajira
WAYUU_NICK_HELDOUT106 = {
    "Luis": "Lucho", "Francisco": "Pacho", "Rafael": "Rafa", "José": "Chepe", "Antonio": "Toño",
    "Guillermo": "Memo", "Dolores": "Lola", "Concepción": "Concha",
}  # fmt: skip
# a family name with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT106 = {
    "Argunov": "Agrunov", "Okoneshnikov": "Okoneshnkov", "Vinokurov": "Vinokruov", "Krivoshapkin": "Krivoshpakin",
    "Struchkov": "Struckov", "Gotovtsev": "Gotovstev", "Dahirou": "Dahriou", "Oumarou": "Oumarrou",
    "Hayatou": "Hayatuo", "Souleymanou": "Souleymaou", "Abdoulaye": "Abdoulay", "Mohamadou": "Mohamdou",
    "Mesina": "Mesinna", "Cossu": "Cosu", "Loddo": "Lodo", "Deiana": "Deaina", "Murgia": "Murgai",
    "Porcu": "Procu", "Pushaina": "Pushiana", "Epinayú": "Epinyaú", "Sapuana": "Sapauna", "Ipuana": "Ipauna",
    "Arpushana": "Arpusana", "Apshana": "Aphsana",
}  # fmt: skip
# a title or a kin word before the name (outside the span): the origin, whether a woman (None: either) and the
# part of the name it goes with ('full', 'given' or 'family')
TITLED_HELDOUT106: dict[str, tuple[str, bool | None, str]] = {
    "ardo": ("fulani", False, "full"),  # the herders' leader of a Fulani camp
    "djaoro": ("fulani", False, "given"),  # the village head (jawro)
    "alhadji": ("fulani", False, "full"),  # a man who made the hajj
    "hadja": ("fulani", True, "full"),  # a woman who made the hajj
    "mallam": ("fulani", False, "given"),  # a teacher, a learned man, in Nigeria
    "tziu": ("sardinian", False, "given"),  # 'uncle', an older man, in Sardinian
    "tzia": ("sardinian", True, "given"),  # 'aunt', an older woman
    "signor": ("sardinian", False, "family"),
    "signora": ("sardinian", True, "family"),
    "dottor": ("sardinian", False, "family"),  # the vet
    "dottoressa": ("sardinian", True, "family"),
    "tío": ("wayuu", False, "given"),
    "tía": ("wayuu", True, "given"),
    "don": ("wayuu", False, "given"),
    "doña": ("wayuu", True, "given"),
    "alaülayu": ("wayuu", False, "full"),  # the clan's authority, the maternal uncle
    "palabrero": ("wayuu", False, "full"),  # the pütchipü'ü who carries the word between families
}
TITLE_SLOT_HELDOUT106 = re.compile(
    r"(?<![\w'.-])(ardo|djaoro|alhadji|hadja|mallam|tziu|tzia|signora|signor|dottoressa|dottor|tío|tía|doña|"
    r"don|alaülayu|palabrero) \{\}",
    re.IGNORECASE,
)
# the Sakha kin words written after a given name (outside the span), a Cyrillic name before them: whether a
# woman
KIN_AFTER_HELDOUT106: dict[str, bool] = {
    "эдьиий": True,  # elder sister
    "убай": False,  # elder brother
    "эбээ": True,  # grandmother
    "эһэ": False,  # grandfather
    "таай": False,  # the mother's brother
}
KIN_SLOT_HELDOUT106 = re.compile(r"\{\} (эдьиий|убай|эбээ|эһэ|таай)(?!\w)", re.IGNORECASE)
# the name forms the build holds at least once each, whatever the seed: (origin, form); names in capitals
# and in lower case of each people and a titled name of each come in FORCED_SENTENCES_HELDOUT106
FORCED_FORMS_HELDOUT106 = [
    ("sakha", "patronymic"), ("fulani", "grandfather"), ("sardinian", "surname_first"), ("wayuu", "double_surname"),
    ("sakha", "fio"), ("fulani", "hooked"), ("sardinian", "sardinian_given"), ("wayuu", "spanish_clan"),
    ("sakha", "name_patronymic"), ("fulani", "nigerian"), ("sardinian", "double_given"), ("wayuu", "surname_first"),
    ("sakha", "cyrillic"), ("fulani", "surname_first"), ("sardinian", "contracted"), ("wayuu", "wayuunaiki"),
    ("sakha", "sakha_letters"), ("fulani", "ascii"), ("sardinian", "initials"), ("wayuu", "ascii"),
    ("sakha", "initials"), ("fulani", "initials"), ("sardinian", "nickname"), ("wayuu", "nickname"),
    ("sakha", "feminine"), ("fulani", "nickname"), ("sardinian", "typo"), ("wayuu", "typo"),
    ("sakha", "diminutive"), ("fulani", "typo"), ("sakha", "typo"),
]  # fmt: skip
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT106 = {"nickname", "diminutive", "typo"}
FORM_ONLY_FORMS_HELDOUT106 = {"surname_first", "fio", "initials"}
# forms that want a woman's name
WOMEN_FORMS_HELDOUT106 = {"feminine"}
# the scripts or layouts a form may come in besides the template's plain one (''); 'given_first' is a form
# that asks for the given name first, where no family-name-first form goes
FORM_SCRIPTS_HELDOUT106: dict[tuple[str, str], set[str]] = {
    ("sakha", "patronymic"): {"", "cyrillic"}, ("sakha", "fio"): {"", "cyrillic", "surname_first"},
    ("sakha", "name_patronymic"): {"", "cyrillic"}, ("sakha", "initials"): {"", "cyrillic"},
    ("sakha", "cyrillic"): {"", "cyrillic"}, ("sakha", "sakha_letters"): {"", "cyrillic"},
    ("sakha", "diminutive"): {"", "cyrillic"}, ("fulani", "surname_first"): {"", "surname_first"},
    ("fulani", "grandfather"): {"", "french", "given_first"}, ("fulani", "ascii"): {"", "ascii", "french"},
    ("fulani", "initials"): {"", "french"}, ("sardinian", "surname_first"): {"", "surname_first"},
    ("wayuu", "surname_first"): {"", "surname_first"}, ("wayuu", "ascii"): {"", "ascii"},
    ("wayuu", "double_surname"): {"", "given_first"}, ("wayuu", "spanish_clan"): {"", "given_first"},
}  # fmt: skip
# sentences the build adds whatever the seed: a titled name of each people, a name in capitals on a form and
# one in lower case in chat for each people, and a sentence for any forced form the build has not given yet
FORCED_SENTENCES_HELDOUT106: dict[str, list[str]] = {
    "sakha": [
        "{} эдьиий сдала молоко в кооператив, а оплату ещё не получила",
        "{} убай забил бычка и продал мясо на рынке в Якутске",
        "{} эбээ говорит, что кобыла ожеребится до Ысыаха",
        "{} эһэ still counts the horses himself every morning in Churapcha",
    ],
    "fulani": [
        "Ardo {} called the herders to the meeting about the transhumance corridor",
        "Djaoro {} settled the quarrel over the cattle that ate the maize near Maroua",
        "Alhadji {} bought forty Gudali bulls at the Ngaoundéré market",
        "Hadja {} sells the fresh milk by the mosque in Jimeta",
    ],
    "sardinian": [
        "Tziu {} still goes up to the sheepfold every morning at eighty",
        "Tzia {} makes the best pecorino in Orgosolo",
        "signora {} at the cooperative office has the milk payment slips",
        "il dottor {} dell'ASL viene giovedì per la vaccinazione della lingua blu",
    ],
    "wayuu": [
        "tío {} is bringing the goats back from the jagüey",
        "tía {} sold the milk goats at the Uribia market",
        "the alaülayu {} will talk to the other family about the stolen goats",
        "el palabrero {} fue a arreglar lo de los chivos robados",
    ],
    "upper": [
        "Owner's name as on the ID (block capitals): {}",
        "Name of the herder (capitals): {}",
        "Full name of the claimant in capital letters: {}",
    ],
    "lower": [
        "lol {} sold the ugliest bull at the market for the best price",
        "{} still hasn't paid me for the hay",
        "has anyone heard from {} since the snowstorm",
    ],
    "form": [
        "Owner of the animals: {}",
        "Name on the grazing permit: {}",
    ],
    "chat": [
        "{} says hi from the summer pasture, the animals are fat this year",
        "did {} get the insurance money in the end?",
    ],
}
# IBANs where a sale, a claim or a remittance is paid (Cameroon, Nigeria, Colombia and Venezuela have none):
# Russia for a Sakha breeder's account a foreign buyer asks for, France, Belgium and Mauritania for the
# Fulani, Italy and Germany for the Sardinians, Spain for Wayuu relatives there
IBAN_SHAPES_HELDOUT106 = {"RU": "14n15c", "FR": "10n11c2n", "BE": "12n", "MR": "23n", "IT": "1a10n12c", "DE": "18n", "ES": "20n"}  # fmt: skip
IBAN_BY_ORIGIN_HELDOUT106 = {
    "sakha": ["RU"], "fulani": ["FR", "BE", "MR"], "sardinian": ["IT", "IT", "DE"], "wayuu": ["ES"],
}  # fmt: skip
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT106 = {
    "sakha": ["sylgy", "yakutsk", "churapcha", "alaas", "ysyakh"],
    "fulani": ["nagge", "maroua", "ngaoundere", "yola", "gudali"],
    "sardinian": ["pastore", "orgosolo", "fonni", "barbagia", "sarda"],
    "wayuu": ["guajira", "uribia", "chivos", "wayuu", "maicao"],
}
EMAIL_DOMAINS_HELDOUT106 = {
    "sakha": ["mail.ru", "yandex.ru", "bk.ru", "list.ru"],
    "fulani": ["yahoo.fr", "yahoo.com", "hotmail.fr", "outlook.com"],
    "sardinian": ["libero.it", "tiscali.it", "virgilio.it", "alice.it"],
    "wayuu": ["hotmail.com", "yahoo.es", "outlook.com"],
}
# the templates that belong to one people's places, markets, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT106: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)guajira|riohacha|uribia|maicao|manaure|paraguaipoa|maracaibo|wayuu|rancher|palabrero|"
                r"jagüey|chiv[oa]s|\bica\b|apellidos|propietario|denunciante|vendió|llevó|robaron|ovejas"), "wayuu"),
    (re.compile(r"(?i)nuoro|orgosolo|fonni|barbagia|sardin|pecorino|ovile|mamoiada|\basl\b|carabinieri|"
                r"cognome|allevat|titolare|pecore|agnelli|fonnese|pratobello"), "sardinian"),
    (re.compile(r"(?i)maroua|ngaound|\byola\b|jimeta|kaduna|adamawa|mbororo|gudali|fcfa|naira|sahel|cameroon|"
                r"nigeria|péripneumonie|propriétaire|éleveur|nom et|troupeau|taurillons|fura|transhumance"), "fulani"),
    (re.compile(r"(?i)yakutsk|якутск|churapcha|чурапч|verkhoyansk|верхоянск|sakha|ysyakh|ысыах|kumis|alaas|"
                r"ulus|улус|[\u0400-\u04ff]"), "sakha"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT106: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|сдала|продала|потеряла|получила|\belle\b|\bella\b|vendue"), True),
    (re.compile(r"(?i)\bhe\b|\bhis\b|\bhim\b|\bсдал\b|\bпродал\b|\bпотерял\b|\bполучил\b|\bil a\b"), False),
]  # fmt: skip
# a livestock word and its well-known misspelling
MISSPELT_HELDOUT106 = {
    "vaccination": "vacination", "vaccinate": "vacinate", "veterinary": "veterinery", "insurance": "insurence",
    "cooperative": "cooprative", "auction": "auciton", "permit": "permitt", "receipt": "reciept",
    "passport": "pasport", "pasture": "pastrue", "certificate": "certficate", "tomorrow": "tommorow",
    "definitely": "definately", "received": "recieved", "registered": "registred", "separate": "seperate",
}  # fmt: skip
MISSPELT_WORD_HELDOUT106 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT106, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in a herder's messages
SHORTHAND_HELDOUT106 = {
    "please": "pls", "because": "bc", "tomorrow": "tmrw", "message": "msg", "thanks": "thx", "people": "ppl",
    "before": "b4", "cooperative": "coop", "information": "info", "kilometres": "km", "tonight": "2nite",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT106 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT106, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT106 = (
    "January February March April May June July August September October November December".split()
)
RU_MONTHS_HELDOUT106 = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
FR_MONTHS_HELDOUT106 = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
IT_MONTHS_HELDOUT106 = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
)
ES_MONTHS_HELDOUT106 = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Saïdou' -> 'saidou', 'José
    Luis' -> 'joseluis', 'Epieyú' -> 'epieyu')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


def _ru_feminine(last: str) -> str:
    """A Sakha woman's family name: 'Argunov' -> 'Argunova', 'Nikolaev' -> 'Nikolaeva', 'Krivoshapkin' ->
    'Krivoshapkina', 'Аргунов' -> 'Аргунова'."""
    if re.search(r"(ov|ev|in|ов|ев|ин)$", last):
        return last + ("а" if re.search(r"[\u0400-\u04ff]$", last) else "a")
    return last


def _cyrillic(*names: str) -> str:
    """Sakha names in Cyrillic, the Russian spelling ('Aital', 'Argunov' -> 'Айтал Аргунов'); a woman's family
    name keeps its -a ('Vinokurova' -> 'Винокурова')."""
    out = []
    for name in names:
        if name not in CYRILLIC_HELDOUT106 and name.endswith("a") and name[:-1] in CYRILLIC_HELDOUT106:
            out.append(_ru_feminine(CYRILLIC_HELDOUT106[name[:-1]]))
        else:
            out.append(CYRILLIC_HELDOUT106[name])
    return " ".join(out)


def _patronymic(father: str, woman: bool, cyrillic: bool = False) -> str:
    """The patronymic from a father's given name: 'Semyon' -> 'Semyonovich' or 'Semyonovna', in Cyrillic
    'Семёнович' or 'Семёновна'."""
    return PATRONYMICS_HELDOUT106[father][2 * cyrillic + woman]


def _wayuunaiki(clan: str) -> str:
    """A clan in the Wayuunaiki spelling ('Epieyú' -> 'Epieyuu', 'Uriana' -> 'Uliana'); others as written."""
    return WAYUUNAIKI_HELDOUT106.get(clan, clan)


class Gen106(Gen3):
    """Generators for held-out set 106: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT106)  # the forms not given yet
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
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT106; never a public figure's, and
        never a Fulani whose father's name is his own."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT106)
        men, women, lasts = NAMES_HELDOUT106[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        last = rng.choice(
            [x for x in lasts if x != first and f"{first} {x}" not in PUBLIC_FIGURES_HELDOUT106]
        )
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _father(self, origin: str, first: str) -> str:
        """A father's given name, for a patronymic or a Fulani's second name: never the child's own."""
        pool = sorted(PATRONYMICS_HELDOUT106) if origin == "sakha" else NAMES_HELDOUT106[origin][0]
        return self.rng.choice([x for x in pool if x != first])

    def _fathers(self, first: str, pool: list[str] | None = None) -> list[str]:
        """The Fulani fathers' names (of `pool`, all by default) that may follow `first`: never the child's
        own, never one that makes a public figure's name with it (which its Nigerian spelling or a typo of it
        would read as too: 'Isa Hayatu', 'Issa Hayatuo')."""
        pool = FULANI_MEN_HELDOUT106 if pool is None else pool
        return [g for g in pool if g != first and f"{first} {g}" not in PUBLIC_FIGURES_HELDOUT106]

    def _family(self, origin: str, last: str, woman: bool) -> str:
        """The family name as a man or a woman carries it (a Sakha woman's -a)."""
        return _ru_feminine(last) if woman and origin == "sakha" else last

    def _grandfather(self, first: str, father: str) -> str:
        """'Bouba Hamadou Oumarou': the given name, the father's and the grandfather's, none a public figure's
        name inside."""
        pool = [
            g
            for g in FULANI_MEN_HELDOUT106
            if g not in (first, father) and f"{father} {g}" not in PUBLIC_FIGURES_HELDOUT106
        ]
        return f"{first} {father} {self.rng.choice(pool)}"

    def _wayuu_surnames(self, spanish_first: bool | None = None) -> tuple[str, str]:
        """The father's and the mother's surnames of a Wayuu: the mother's is her clan, the father's another
        clan or a Spanish surname."""
        rng = self.rng
        second = rng.choice(WAYUU_CLANS_HELDOUT106)
        if spanish_first is None:
            spanish_first = rng.random() < 0.4
        if spanish_first:
            return rng.choice(WAYUU_SPANISH_HELDOUT106), second
        return rng.choice([c for c in WAYUU_CLANS_HELDOUT106 if c != second]), second

    def _form(self, origin: str, form: str, woman: bool | None = None, script: str = "") -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT106's, or 'plain'), in `script`
        where the form allows it ('latin' keeps a Sakha name out of Cyrillic)."""
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT106:
            woman = True
        if origin == "fulani" and form == "surname_first" and woman is None:
            woman = True  # a woman's given name after her father's shows the order in any case ('ISSA Asta')
        if form in ("nickname", "diminutive"):  # 'Kesha', 'Souley', 'Tore', 'Lucho'
            nicks = {
                "sakha": {g: d[1] if script == "cyrillic" else d[0] for g, d in SAKHA_DIM_HELDOUT106.items()},
                "fulani": FULANI_NICK_HELDOUT106,
                "sardinian": SARDINIAN_NICK_HELDOUT106,
                "wayuu": WAYUU_NICK_HELDOUT106,
            }[origin]
            women = set(NAMES_HELDOUT106[origin][1])
            pool = [g for g in sorted(nicks) if woman is None or (g in women) == woman] or sorted(nicks)
            return nicks[rng.choice(pool)]
        _, first, last, woman = self._origin_name(origin, woman)
        men, women, lasts = NAMES_HELDOUT106[origin]
        own = women if woman else men
        family = self._family(origin, last, woman)
        if form == "typo":  # 'Aital Agrunov', 'Hamadou Dahriou', 'Bachisio Mesinna', 'Yaneth Pushiana'
            typos = [x for x in lasts if x in NAME_TYPOS_HELDOUT106]
            last = rng.choice(self._fathers(first, typos) if origin == "fulani" else typos)
            return f"{first} {self._family(origin, NAME_TYPOS_HELDOUT106[last], woman)}"
        if origin == "sakha":
            cyr = script == "cyrillic" or (not script and rng.random() < 0.3)
            patronymic = _patronymic(self._father("sakha", first), woman, cyr)
            giv, fam = (_cyrillic(first), _cyrillic(family)) if cyr else (first, family)
            if form == "patronymic":  # 'Aital Semyonovich Argunov', 'Сардаана Егоровна Винокурова'
                return f"{giv} {patronymic} {fam}"
            if form == "fio":  # a Russian form's order: 'Argunov Aital Semyonovich'
                return f"{fam} {giv} {patronymic}"
            if form == "name_patronymic":  # 'Sardaana Egorovna'
                return f"{giv} {patronymic}"
            if form == "cyrillic":  # 'Айтал Аргунов'
                return _cyrillic(first, family)
            if form == "sakha_letters":  # the Sakha spelling: 'Күннэй Винокурова', 'Бүөтүр Аргунов'
                pool = [
                    g
                    for g in own
                    if re.search(f"[{SAKHA_LETTERS_HELDOUT106}]", SAKHA_SPELLING_HELDOUT106.get(g, ""))
                ]
                return f"{SAKHA_SPELLING_HELDOUT106[rng.choice(pool)]} {_cyrillic(family)}"
            if form == "initials":  # 'Argunov A. S.', 'А. С. Аргунов'
                inits = f"{giv[0]}. {patronymic[0]}."
                return f"{fam} {inits}" if rng.random() < 0.6 else f"{inits} {fam}"
            if form == "feminine":  # a woman's -a: 'Sardaana Argunova', 'Kyunney Krivoshapkina'
                return f"{first} {family}"
        if origin == "fulani":
            if form == "grandfather":  # 'Bouba Hamadou Oumarou'
                return self._grandfather(first, last)
            if form == "hooked":  # 'Ɓuuba Hammadu', 'Aysatu Ɗaahiru'
                hooked = [
                    g for g in sorted(FULFULDE_HELDOUT106) if HOOKED_HELDOUT106.search(FULFULDE_HELDOUT106[g])
                ]
                fulfulde_own = [g for g in own if g in FULFULDE_HELDOUT106]
                if woman or rng.random() < 0.5:
                    first = rng.choice(fulfulde_own)
                    last = rng.choice(self._fathers(first, hooked))
                else:
                    first = rng.choice([g for g in hooked if g in own])
                    last = rng.choice(
                        self._fathers(first, [g for g in sorted(FULFULDE_HELDOUT106) if g in men])
                    )
                return f"{FULFULDE_HELDOUT106[first]} {FULFULDE_HELDOUT106[last]}"
            if form == "nigerian":  # Nigeria's English spelling: 'Umaru Dahiru', 'Aishatu Musa'
                first = rng.choice([g for g in own if g in NIGERIAN_HELDOUT106])
                last = rng.choice(self._fathers(first, [g for g in men if g in NIGERIAN_HELDOUT106]))
                return f"{NIGERIAN_HELDOUT106[first]} {NIGERIAN_HELDOUT106[last]}"
            if form == "surname_first":  # 'OUMAROU Hamadou', a Nigerian form's 'DAHIRU, Umaru'
                if rng.random() < 0.6:
                    return f"{last.upper()} {first}"
                first = rng.choice([g for g in own if g in NIGERIAN_HELDOUT106])
                last = rng.choice(self._fathers(first, [g for g in men if g in NIGERIAN_HELDOUT106]))
                return f"{NIGERIAN_HELDOUT106[last].upper()}, {NIGERIAN_HELDOUT106[first]}"
            if form == "ascii":  # the diaeresis dropped: 'Aissatou Saidou', 'Maimouna Hamadou'
                if "ï" not in first + last:
                    if rng.random() < 0.5:
                        first = rng.choice([g for g in own if "ï" in g] or [first])
                    if "ï" not in first:
                        last = rng.choice(self._fathers(first, [g for g in men if "ï" in g]))
                    elif last == first:
                        last = rng.choice(self._fathers(first))
                return _fold(f"{first} {last}")
            if form == "initials":  # 'H. Oumarou', 'A. B. Hamadou'
                if rng.random() < 0.6:
                    return f"{first[0]}. {last}"
                return f"{first[0]}. {rng.choice(self._fathers(first))[0]}. {last}"
        if origin == "sardinian":
            if form == "surname_first":  # an Italian form's order: 'PINNA Bachisio', 'Porcu Efisio'
                return f"{last.upper()} {first}" if rng.random() < 0.5 else f"{last} {first}"
            if form == "sardinian_given":  # 'Bainzu Sanna', 'Juanna Piras'
                first = rng.choice([g for g in sorted(SARDINIAN_GIVEN_HELDOUT106) if g in own])
                return f"{SARDINIAN_GIVEN_HELDOUT106[first]} {last}"
            if form == "double_given":  # 'Giovanni Maria Mele', 'Maria Bonaria Piras'
                return f"{rng.choice(DOUBLE_GIVEN_HELDOUT106[woman])} {last}"
            if form == "contracted":  # 'Giommaria Mele', 'Mariangela Porcu'
                return f"{rng.choice(CONTRACTED_HELDOUT106[woman])} {last}"
            if form == "initials":  # 'B. Pinna', two given names' 'G.M. Mele'
                if rng.random() < 0.6:
                    return f"{first[0]}. {last}"
                two = rng.choice(DOUBLE_GIVEN_HELDOUT106[woman]).split()
                return f"{two[0][0]}.{two[1][0]}. {last}"
        if origin == "wayuu":
            if form == "double_surname":  # 'José Luis Epieyú Uriana'
                return f"{first} {' '.join(self._wayuu_surnames(False))}"
            if form == "spanish_clan":  # 'Yaneth González Pushaina'
                return f"{first} {' '.join(self._wayuu_surnames(True))}"
            if form == "surname_first":  # a Colombian form's 'EPIEYÚ URIANA José Luis', 'Epieyú Uriana, José'
                surnames = " ".join(self._wayuu_surnames())
                return f"{surnames.upper()} {first}" if rng.random() < 0.5 else f"{surnames}, {first}"
            if form == "wayuunaiki":  # the Wayuunaiki spelling: 'Remedios Epieyuu', 'Luis Gómez Uliana'
                clan = rng.choice(sorted(WAYUUNAIKI_HELDOUT106))
                if rng.random() < 0.5:
                    return f"{first} {_wayuunaiki(clan)}"
                return f"{first} {rng.choice(WAYUU_SPANISH_HELDOUT106)} {_wayuunaiki(clan)}"
            if form == "ascii":  # typed without the accents: 'Jose Luis Epieyu Uriana', 'Debora Jusayu'
                accented = [c for c in WAYUU_CLANS_HELDOUT106 if _fold(c) != c]
                clan = rng.choice(accented)
                if rng.random() < 0.4:
                    return _fold(f"{first} {clan}")
                return _fold(f"{first} {clan} {rng.choice([c for c in WAYUU_CLANS_HELDOUT106 if c != clan])}")
        return f"{first} {family}"

    def _caps(self, origin: str) -> str:
        """A name in capitals as an ID's or a register's line holds it, the family name first ('ARGUNOV AITAL
        SEMYONOVICH', 'OUMAROU HAMADOU', 'PINNA BACHISIO', 'EPIEYÚ URIANA JOSÉ LUIS')."""
        _, first, last, woman = self._origin_name(origin)
        if origin == "sakha":
            return f"{self._family(origin, last, woman)} {first} {_patronymic(self._father('sakha', first), woman)}".upper()
        if origin == "wayuu":
            return f"{' '.join(self._wayuu_surnames())} {first}".upper()
        return f"{last} {first}".upper()

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'cyrillic', 'french', 'surname_first',
        'given_first' or 'ascii' where the template asks for one."""
        rng = self.rng
        r = rng.random()
        family = self._family(origin, last, woman)
        if script == "surname_first":
            return self._form(origin, "fio" if origin == "sakha" else "surname_first", woman, "latin")
        if origin == "sakha":
            if script == "cyrillic":
                if not chat:
                    form = rng.choice(["fio", "fio", "initials", "patronymic"])
                    return self._form("sakha", form, woman, "cyrillic")
                if r < 0.25:
                    return self._form("sakha", "name_patronymic", woman, "cyrillic")
                if r < 0.45 and first in SAKHA_SPELLING_HELDOUT106:
                    return f"{SAKHA_SPELLING_HELDOUT106[first]} {_cyrillic(family)}"
                return _cyrillic(first, family)
            if r < 0.12:
                return self._form("sakha", "name_patronymic", woman, "latin")
            if r < 0.25 and not chat:
                return self._form("sakha", "patronymic", woman, "latin")
            if chat and r < 0.35:
                return _cyrillic(first, family)
            return f"{first} {family}"
        if origin == "fulani":
            if script == "ascii":
                return _fold(f"{first} {last}")
            if r < 0.15:
                return self._grandfather(first, last)
            if r < 0.27 and first in NIGERIAN_HELDOUT106 and last in NIGERIAN_HELDOUT106:
                return f"{NIGERIAN_HELDOUT106[first]} {NIGERIAN_HELDOUT106[last]}"
            if chat and r < 0.35:
                return _fold(f"{first} {last}")
            return f"{first} {last}"
        if origin == "sardinian":
            if r < 0.12:
                return f"{rng.choice(DOUBLE_GIVEN_HELDOUT106[woman])} {last}"
            if r < 0.22 and first in SARDINIAN_GIVEN_HELDOUT106:
                return f"{SARDINIAN_GIVEN_HELDOUT106[first]} {last}"
            if r < 0.3 and not chat:
                return f"{first[0]}. {last}"
            return f"{first} {last}"
        if origin == "wayuu":
            if script == "ascii":
                return _fold(f"{first} {' '.join(self._wayuu_surnames())}")
            if r < 0.45 or script == "given_first":
                return f"{first} {' '.join(self._wayuu_surnames())}"
            if chat and r < 0.6:
                return _fold(f"{first} {last}")
            return f"{first} {last}"
        return f"{first} {family}"

    def _owed_for(
        self, origin: str | None, woman: bool | None, script: str, chat: bool
    ) -> tuple[str, str] | None:
        """The first form still owed that suits the template: its origin, gender, script and kind."""
        for o, form in self.owed:
            if origin not in (None, o) or script not in FORM_SCRIPTS_HELDOUT106.get((o, form), {""}):
                continue
            if woman is False and form in WOMEN_FORMS_HELDOUT106:
                continue
            if (form in CHAT_ONLY_FORMS_HELDOUT106 and not chat) or (
                form in FORM_ONLY_FORMS_HELDOUT106 and chat
            ):
                continue
            return o, form
        return None

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        rng = self.rng
        owed = self._owed_for(origin, woman, script, chat)
        if owed:
            self.owed.remove(owed)
            self.last_origin = owed[0]
            return self._form(owed[0], owed[1], woman, script)
        origin, first, last, woman = self._origin_name(origin, woman)
        self.last_origin = origin
        r = rng.random()
        if r < (0.7 if chat else 0.88) or script:
            name = self._full(origin, first, last, woman, script, chat)
        elif r < 0.92:
            name = first
            nicks = {
                "sakha": {g: d[0] for g, d in SAKHA_DIM_HELDOUT106.items()},
                "fulani": FULANI_NICK_HELDOUT106,
                "sardinian": SARDINIAN_NICK_HELDOUT106,
                "wayuu": WAYUU_NICK_HELDOUT106,
            }[origin]
            if first in nicks and rng.random() < 0.4:
                name = nicks[first]
            elif origin == "sakha" and chat and rng.random() < 0.3:
                name = SAKHA_SPELLING_HELDOUT106.get(first) or _cyrillic(first)
        elif origin == "wayuu" and last in WAYUU_CLANS_HELDOUT106:  # a clan alone names no one
            name = first
        else:
            name = self._family(origin, last, woman)
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Ardo Bouba Hamadou', 'Djaoro Oumarou', 'Hadja Aïssatou
        Dahirou', 'Tziu Bachisio', 'Tzia Peppina', 'dottor Pinna', 'tío Lucho', 'alaülayu José Luis Epieyú
        Uriana'), from the origin that uses it."""
        key = title.lower()
        origin, woman, part = TITLED_HELDOUT106[key]
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        if part == "given":
            nicks = {"sardinian": SARDINIAN_NICK_HELDOUT106, "wayuu": WAYUU_NICK_HELDOUT106}.get(origin, {})
            if first in nicks and rng.random() < 0.4:  # 'Tziu Tore', 'tío Pacho'
                return nicks[first]
            if origin == "sardinian" and first in SARDINIAN_GIVEN_HELDOUT106 and rng.random() < 0.4:
                return SARDINIAN_GIVEN_HELDOUT106[first]  # 'Tziu Bainzu'
            return first
        if part == "family":
            return last
        if origin == "fulani" and rng.random() < 0.3:  # 'Alhadji Bouba Hamadou Oumarou'
            return self._grandfather(first, last)
        if origin == "wayuu":
            return f"{first} {' '.join(self._wayuu_surnames())}"
        return f"{first} {last}"

    def kin_person(self, kin: str) -> str:
        """A Sakha given name in Cyrillic for a kin word written after it ('Сардаана эдьиий', 'Бүөтүр эһэ'):
        the Russian spelling or the Sakha one."""
        _, first, _, _ = self._origin_name("sakha", KIN_AFTER_HELDOUT106[kin.lower()])
        if first in SAKHA_SPELLING_HELDOUT106 and self.rng.random() < 0.6:
            return SAKHA_SPELLING_HELDOUT106[first]
        return _cyrillic(first)

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it or a kin word
        after it, one of the origin whose places, markets, papers or speech the template names, in the script
        or the layout the template is written in."""
        m = TITLE_SLOT_HELDOUT106.search(template)
        if m:
            title = m.group(1)
            name = self.titled_person(title)
            self.last_origin = TITLED_HELDOUT106[title.lower()][0]
            return name
        m = KIN_SLOT_HELDOUT106.search(template)
        if m:
            name = self.kin_person(m.group(1))
            self.last_origin = "sakha"
            return name
        script = ""
        if re.search(r"[\u0400-\u04ff]", template):
            script = "cyrillic"
        elif template.startswith(("Cognome e nome", "Apellidos y nombres")):
            script = "surname_first"
        elif template.startswith(("Propriétaire", "Éleveur", "Nom et prénoms")):
            script = "french"
        elif template.startswith(("Nombre del propietario", "Propietario")):
            script = "given_first"
        elif template.startswith(('"', "- herder")) or "=" in template:
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT106 if cue.search(template)), None)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT106 if cue.search(template)), None)
        origin = {"cyrillic": "sakha", "french": "fulani", "given_first": "wayuu"}.get(script, origin)
        return self.person(origin, woman, script, chat)

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, and any form of
        FORCED_FORMS_HELDOUT106 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT106:
            template = rng.choice(FORCED_SENTENCES_HELDOUT106[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT106:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT106["upper"]), self._caps(origin)))
            filled.append(
                (rng.choice(FORCED_SENTENCES_HELDOUT106["lower"]), self._form(origin, "plain").lower())
            )
        while self.owed:
            origin, form = self.owed.pop(0)
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT106 else "form"
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT106[kind]), self._form(origin, form)))
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, flat = rng.randint(1, 160), rng.randint(1, 120)
        shapes = [
            f"г. Якутск, ул. {pick(['Кирова', 'Лермонтова', 'Октябрьская', 'Дзержинского', 'Петра Алексеева'])}, д. {n}, кв. {flat}",
            f"ул. {pick(['Кулаковского', 'Чернышевского', 'Каландаришвили', 'Автодорожная'])}, д. {n}, кв. {flat}, г. Якутск, 6770{rng.randint(0, 27):02d}",
            f"Yakutsk, ul. {pick(['Kirova', 'Lermontova', 'Oktyabrskaya', 'Chernyshevskogo'])} {n}, kv. {flat}",
            f"с. Чурапча, ул. {pick(['Ленина', 'Советская', 'Кооперативная', 'Спортивная'])}, д. {n}, Чурапчинский улус",
            f"Churapcha, ul. {pick(['Lenina', 'Sovetskaya', 'Kooperativnaya'])} {n}, Sakha (Yakutia) 678670",
            f"г. Верхоянск, ул. {pick(['Ленина', 'Партизанская', 'Набережная'])}, д. {n}",
            f"п. Батагай, ул. {pick(['Ленина', 'Октябрьская', 'Комсомольская'])}, д. {n}, Верхоянский район",
            f"Quartier {pick(['Domayo', 'Dougoï', 'Kakataré', 'Pitoaré', 'Djarengol', 'Hardé'])}, {pick(['près du marché à bétail', 'derrière la grande mosquée', 'à côté du lamidat'])}, Maroua",
            f"Quartier {pick(['Baladji I', 'Baladji II', 'Joli Soir', 'Sabongari', 'Bamyanga', 'Dang'])}, Ngaoundéré",
            f"No. {n}, {pick(['Mubi Road', 'Numan Road', 'Yola Bypass'])}, Jimeta, Yola, Adamawa State",
            f"No. {n}, {pick(['Doubeli', 'Demsawo', 'Karewa Extension'])}, Jimeta-Yola, Adamawa State",
            f"No. {n}, {pick(['Kachia Road', 'Katsina Road', 'Kano Road'])}, {pick(['Sabon Tasha', 'Barnawa', 'Ungwan Rimi', 'Kawo'])}, Kaduna",
            f"Ruga settlement, {pick(['Gwagwada', 'Kujama'])}, Chikun LGA, Kaduna State",
            f"Via {pick(['Lamarmora', 'Gramsci', 'Sassari', 'Manzoni', 'Trieste'])} {n}, 08100 Nuoro",
            f"Corso Repubblica {n}, 08027 Orgosolo (NU)",
            f"Via {pick(['Roma', 'Grazia Deledda', 'Vittorio Emanuele', 'Mazzini'])} {n}, 08023 Fonni (NU)",
            f"Località {pick(['Pratobello', 'Funtana Bona'])}, 08027 Orgosolo (NU)",
            f"Via {pick(['Nazionale', 'Roma', 'Satta'])} {n}, 08024 Mamoiada (NU)",
            f"{pick(['Hauptstraße', 'Bahnhofstraße', 'Lindenstraße'])} {n}, {pick(['70372 Stuttgart', '73728 Esslingen am Neckar', '71638 Ludwigsburg'])}",
            f"Calle {rng.randint(1, 40)} # {rng.randint(1, 30)}-{rng.randint(1, 99):02d}, barrio {pick(['Centro', 'Los Olivos', 'Cooperativo', 'San Martín de Porres'])}, Riohacha, La Guajira",
            f"Carrera {rng.randint(1, 20)} # {rng.randint(1, 30)}-{rng.randint(1, 99):02d}, Uribia, La Guajira",
            f"Calle {rng.randint(1, 30)} # {rng.randint(1, 30)}-{rng.randint(1, 99):02d}, Maicao, La Guajira",
            f"Ranchería {pick(['El Cardón', 'Media Luna', 'La Esperanza', 'Los Remedios'])}, vía {pick(['Uribia-Manaure', 'Riohacha-Maicao', 'Uribia-Puerto Bolívar'])}, La Guajira",
            f"Calle {rng.randint(1, 12)} con avenida {rng.randint(1, 8)}, Paraguaipoa, municipio Guajira, Zulia",
            f"Av. {rng.randint(2, 30)} con calle {rng.randint(60, 120)}, sector {pick(['Los Haticos', 'Santa Rosa', 'La Curva de Molina'])}, Maracaibo",
        ]  # fmt: skip
        spans = {"sakha": (0, 7), "fulani": (7, 13), "sardinian": (13, 19), "wayuu": (19, 25)}
        origin = self._origin_after_name()
        return pick(shapes[slice(*spans[origin])] if origin else shapes)

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin)
        first, last = _plain(first) or "x", _plain(self._family(origin, last, woman)) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT106[origin])
        user = rng.choice([f"{first}.{last}", f"{first[:1]}.{last}{rng.randint(1, 99):02d}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{last}.{first[:1]}", f"{first}_{subject}", f"{subject}.{last}", f"{first}{rng.randint(1970, 2006)}"])  # fmt: skip
        domain = rng.choice(["gmail.com", *EMAIL_DOMAINS_HELDOUT106[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+7 4112 {d(2)}-{d(2)}-{d(2)}",  # Yakutsk
            f"8 (4112) {d(2)}-{d(2)}-{d(2)}",
            f"+7 (41151) {d(1)}-{d(2)}-{d(2)}",  # Churapcha
            f"+7 914 {d(3)}-{d(2)}-{d(2)}",  # Sakha mobiles
            f"8 914 {d(3)} {d(2)} {d(2)}",
            f"+7 924 {d(3)}-{d(2)}-{d(2)}",
            f"+237 6{rng.choice('5789')}{d(1)} {d(2)} {d(2)} {d(2)}",  # Cameroonian mobiles
            f"6{rng.choice('5789')}{d(1)} {d(2)} {d(2)} {d(2)}",
            f"+237 222 29 {d(2)} {d(2)}",  # Maroua
            f"222 25 {d(2)} {d(2)}",  # Ngaoundéré
            f"+234 80{rng.choice('3678')} {d(3)} {d(4)}",  # Nigerian mobiles
            f"080{rng.choice('3678')} {d(3)} {d(4)}",
            f"+234 70{rng.choice('3568')} {d(3)} {d(4)}",
            f"+39 0784 {rng.choice(['40', '57', '20', '23'])}{d(4)}",  # Nuoro and Barbagia
            f"0784 {rng.choice(['40', '57', '20', '23'])}{d(4)}",
            f"+39 3{rng.choice(['20', '28', '33', '35', '40', '47', '49', '66', '88'])} {d(3)} {d(4)}",  # Italian mobiles
            f"3{rng.choice(['20', '28', '33', '35', '40', '47', '49', '66', '88'])} {d(7)}",
            f"+57 3{rng.choice(['00', '01', '04', '10', '12', '14', '15', '16', '17', '20', '23'])} {d(3)} {d(4)}",  # Colombian mobiles
            f"3{rng.choice(['00', '01', '04', '10', '12', '14', '15', '16', '17', '20', '23'])} {d(3)} {d(4)}",
            f"+57 605 72{d(1)} {d(4)}",  # Riohacha
            f"+58 4{rng.choice(['12', '14', '16', '24', '26'])} {d(3)} {d(4)}",  # Venezuelan mobiles
            f"04{rng.choice(['12', '14', '16', '24', '26'])}-{d(7)}",
            f"0261-{d(7)}",  # Maracaibo
        ]  # fmt: skip
        spans = {"sakha": (0, 6), "fulani": (6, 13), "sardinian": (13, 17), "wayuu": (17, 23)}
        origin = self._origin_after_name()
        return rng.choice(shapes[slice(*spans[origin])] if origin else shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", f"220{rng.randint(0, 4)}",
                             "34", "37"])  # fmt: skip
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
        country = rng.choice(IBAN_BY_ORIGIN_HELDOUT106[origin] if origin else sorted(IBAN_SHAPES_HELDOUT106))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT106[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2a02:2698:{h()}:{h()}::{h()}", f"2a00:1fa0:{h()}:{h()}::{h()}",
                           f"2c0f:f8f0:{h()}:{h()}::{h()}", f"2a01:e11:{h()}:{h()}::{h()}",
                           f"2800:e2:{h()}:{h()}::{h()}", f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the cooperative's office router, the livestock auction site's sign-in
        alerts, the GPS collar gateway, the Traccar server, the herders' chat server, the vet clinic's network
        and this set's pastes; v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the auction site says someone logged into my account from {} and it wasn't me", v4),
            ("the cooperative's office router is {}, unplug it and plug it back if the milk scale stops syncing", v4),
            ("the GPS collar gateway on the hill is {}, it stopped sending the horses' positions", v4),
            ("the traccar server for the collars is on {}, don't restart it during the drive", v4),
            ("the herders' chat server runs on {} and it's down again", v4),
            ("my phone got {} on the wifi at the cattle market", v4),
            ("the vet clinic's printer is {}, print the vaccination cards from there", v4),
            ("the auction site showed a new sign-in from {}, was that you?", rng.choice([v4, v6])),
            ("the insurance portal's security mail says new sign-in from {}", v6),
            ("the collar gateway got a v6 address too, {}", v6),
            ("на ферме роутер выдал мне {}, а сайт аукциона не открывается", v4),
            ("le routeur de la coopérative laitière est {}, redémarre-le si la balance ne marche plus", v4),
            ("il router del caseificio è {}, se la bilancia del latte non invia i dati spegnilo", v4),
            ("el servidor del collar GPS de los chivos es {}, no lo toques", v4),
            ("Host collar-gateway\n    HostName {}\n    User pi", v4),
            ('<entry key="web.address">{}</entry>', v4),
            ("$dolibarr_main_db_host='{}';", v4),
            ("listen [{}]:443 ssl;", v6),
            ("2026-03-02 05:41:12 sshd[2211]: Failed password for invalid user admin from {} port 51022 ssh2", v4),
            ("$ ping -6 -c 3 {}", v6),
            ("$ scp herd_register.csv farm@{}:/srv/nocodb/import/", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Churapcha', 'Yakutsk', 'Sylgy', 'Alaas', 'Batagay'])}{rng.choice(['#2024', '_4112', '!914', '@14'])}",
                f"{rng.choice(['Maroua', 'Ngaoundere', 'Gudali', 'Nagge', 'Jimeta'])}{rng.choice(['@237', '#2025', '_80', '!6'])}",
                f"{rng.choice(['Orgosolo', 'Fonni', 'Barbagia', 'Pecorino', 'Pratobello'])}{rng.choice(['_0784', '#08', '2025!', '@39'])}",
                f"{rng.choice(['Uribia', 'Maicao', 'Chivos', 'Jaguey', 'Guajira'])}{rng.choice(['2025!', '@57', '#58', '_605'])}",
                rng.choice(["sheep", "cows", "goats", "horse", "lambs", "cattle"]).translate(leet) + rng.choice(["", "!", "_106"]),
                f"{rng.choice(['Herd', 'Flock', 'Milk', 'Calf'])}{rng.randint(2019, 2026)}-{rng.choice(['Spring', 'Winter', 'Market', 'Pasture'])}{rng.randint(10, 99)}",
                f"{rng.choice(['auction', 'coop', 'collar', 'herd'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)  # a password where a ':' or a URL would end it
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        options = [
            # passwords handed over in ways no earlier set used
            ("the auction site password is on a sticker inside the truck's sun visor, {}", pw),
            ("the cooperative portal password came printed on the milk payment slip, {}", pw),
            ("I wrote the insurance portal password in the vaccination notebook, {}", pw),
            ("the grazing permit portal password is on the back of the permit, {}", pw),
            ("the password for the herd app is scratched inside the sheepfold door, {}", pw),
            ("the login for the insurance claim came in the envelope with the claim number, the password is {}", pw),
            ("the stud book portal password for the stallion's papers is {}", pw),
            ("the auction site sent {} as the login code", d(6)),
            ("the collar app code is {}, it expires in five minutes", d(6)),
            ("the insurance portal texted me {} to confirm the drought claim", d(6)),
            ("the PIN of the bank app for the milk money is {}, don't lose it", d(4)),
            ("the herd app's API key is {}, don't paste it in the group", tok(32, alnum)),
            ("the wifi at the cooperative office is {}", pw),
            # cues in the set's languages
            ("пароль от сайта аукциона {}, никому не говори", pw),
            ("пароль от кооператива {}, кимиэхэ да этимэ", pw),
            ("le mot de passe du portail de la coopérative c'est {}, ne le dis à personne", pw),
            ("password din shafin kasuwar shanu {}, kar ka gaya wa kowa", pw),
            ("la password del portale dell'ASL è {}, non dirla a nessuno", pw),
            ("la clave de la subasta de chivos es {}, no se la digas a nadie", pw),
            ("la clave del banco para la plata de los chivos es {}, no se la pases a nadie", pw),
            # commands
            ("$ curl -u admin:{} http://localhost:8082/api/devices", colonless),
            ("$ curl -H 'DOLAPIKEY: {}' https://coop.example.org/api/index.php/invoices", tok(32, alnum)),
            ("$ curl -H 'X-Auth-Token: {}' -H 'X-User-Id: aBc12XyZ' https://chat.example.org/api/v1/me", tok(43, alnum + "-_")),
            ("$ mysql -u dolibarr -p{} dolibarr", colonless),
            # pastes
            ('<entry key="database.password">{}</entry>', colonless),
            ("$dolibarr_main_db_pass='{}';", colonless),
            ("$dolibarr_main_instance_unique_id='{}';", tok(32, hexd)),
            ("ADMIN_PASS={}", colonless),
            ('    credentialSecret: "{}",', tok(24, alnum)),
            ("NC_AUTH_JWT_SECRET={}", tok(40, alnum)),
            ("NC_DB=pg://db:5432?u=nocodb&p={}&d=herd", re.sub(r"[&=]", "", colonless)),
            ("TRACCAR_API_TOKEN={}", tok(48, alnum + "-_")),
            ("wpa_passphrase={}", colonless),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: an auction site, cooperative portal, Traccar or Dolibarr login, a Rocket.Chat, Telegram
        or Instagram handle, in shapes like 'sylgy_aital', 'argunov.a', 'hamadou_nagge', 'pastore.pinna',
        'epieyu.joseluis'."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        first, last = _plain(first) or "x", _plain(self._family(origin, last, woman)) or "x"
        yy = rng.randint(70, 99) if rng.random() < 0.6 else rng.randint(0, 6)
        subject = rng.choice(SUBJECTS_HELDOUT106[origin])
        own = {
            "sakha": [f"{last}.{first[:1]}", f"{first}_{last}{yy:02d}", f"{subject}_{first}"],
            "fulani": [f"{first}_{subject}", f"{first}{last}{yy:02d}", f"{first}.{last}"],
            "sardinian": [f"pastore.{last}", f"{first}{last}{yy:02d}", f"{first[:1]}{last}"],
            "wayuu": [f"{last}.{first}", f"{first}_{last}{yy:02d}", f"{first}{rng.randint(1, 99)}_{subject}"],
        }[origin]
        return rng.choice([f"{subject}_{first}", f"{first}-{last}", *own, *own])

    def _birth(self, oldest: int = 1968, youngest: int = 2006) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1968, youngest: int = 2006) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        y, m, day = self._birth(oldest, youngest)
        return {
            "ru": f"{day:02d}.{m:02d}.{y}",
            "ru_words": f"{day} {RU_MONTHS_HELDOUT106[m - 1]} {y} г.",
            "cm": f"{day:02d}/{m:02d}/{y}",
            "fr_words": f"{'1er' if day == 1 else day} {FR_MONTHS_HELDOUT106[m - 1]} {y}",
            "ng": f"{day:02d}/{m:02d}/{y}",
            "ng_words": f"{_ordinal(day)} {EN_MONTHS_HELDOUT106[m - 1]} {y}",
            "en": f"{day} {EN_MONTHS_HELDOUT106[m - 1]} {y}",
            "it": f"{day:02d}/{m:02d}/{y}",
            "it_words": f"{day} {IT_MONTHS_HELDOUT106[m - 1]} {y}",
            "co": f"{day:02d}/{m:02d}/{y}",
            "co_words": f"{day} de {ES_MONTHS_HELDOUT106[m - 1]} de {y}",
            "ve": f"{day:02d}-{m:02d}-{y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of the name's region takes."""
        shapes = self._dob_shapes()
        own = {"sakha": ["ru"], "fulani": ["cm", "ng"], "sardinian": ["it"], "wayuu": ["co", "ve"]}
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["ru", "cm", "it", "ve", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, parent = self._dob_shapes(), self._dob_shapes(1940, 1968)
        options = [
            ("the insurance claim for the dead foals wants my date of birth, {}", s["en"]),
            ("дата рождения для субсидии на лошадей: {}", s["ru"]),
            ("я родилась {}, так и напиши в заявлении в улус", s["ru_words"]),
            ("папина дата рождения для страховки коров: {}", parent["ru"]),
            ("je suis né le {} à Maroua, c'est sur la carte d'éleveur", s["fr_words"]),
            ("la date de naissance de papa pour la déclaration de vol des bœufs, c'est {}", parent["cm"]),
            ("he was born on the {}, the police report for the stolen cows has it wrong", s["ng_words"]),
            ("my date of birth for the grazing reserve permit is {}", s["ng"]),
            ("sono nato il {}, scrivilo così nella domanda per il pascolo", s["it_words"]),
            ("la data di nascita di mio padre per la denuncia del furto delle pecore è {}", parent["it"]),
            ("nací el {}, ponlo así en el registro del ICA", s["co_words"]),
            ("la fecha de nacimiento de mi mamá para el seguro de los chivos es {}", parent["co"]),
            ("mi fecha de nacimiento del lado venezolano es {}", s["ve"]),
            ("Date of birth: {}", s["ng"]),
            ("Дата рождения: {}", s["ru"]),
            ("Date de naissance : {}", s["cm"]),
            ("Data di nascita: {}", s["it"]),
            ("Fecha de nacimiento: {}", s["co"]),
            ('    "date_of_birth": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT106_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} sold three Yakut horses at the Churapcha market on saturday",
        "{} is moving the cows to the alaas for the summer next week",
        "{} from Verkhoyansk lost two foals in the frost and the insurance wants photos",
        "{} got the subsidy for the horse herd from the ulus administration",
        "{} brought the kumis for the Ysyakh and it was gone in an hour",
        "{} delivers the milk to the cooperative in Churapcha every morning",
        "{} продал жеребёнка на ярмарке в Чурапче",
        "{} сдала молоко в кооператив, а оплату ещё не получила",
        "{} потерял трёх коней в пургу под Верхоянском",
        "{} took the herd south from Maroua before the dry season",
        "{} sold five Gudali bulls at the Ngaoundéré cattle market",
        "{} says the vaccination team never came to the camp near Yola",
        "{} reported the stolen cows to the gendarmerie in Ngaoundéré",
        "{} lost six cows to rustlers on the road to Kaduna, the police have the report",
        "{} brings the milk to the collection centre in Jimeta",
        "{} a vendu ses taurillons au marché à bétail de Maroua",
        "{} a fait vacciner le troupeau contre la péripneumonie",
        "{} is a Mbororo herder and moves with the cattle every year",
        "{} from Orgosolo sold the lambs to the buyer from Nuoro before Easter",
        "{} took the sheep up to the summer pasture above Fonni",
        "{} brings the milk to the cooperative for the pecorino",
        "{} had the bluetongue vaccination done by the ASL vet",
        "{} si è visto rubare venti pecore dall'ovile, ha fatto denuncia ai carabinieri",
        "{} ha venduto gli agnelli a Nuoro",
        "{} rents the pasture near Pratobello for the winter",
        "{} has the best cane fonnese in Barbagia, it brings the flock down alone",
        "{} sold ten goats at the Uribia market",
        "{} from the ranchería near Manaure lost half the goats in the drought",
        "{} went to the palabrero about the stolen goats",
        "{} vendió los chivos en el mercado de Maicao",
        "{} llevó las ovejas al jagüey antes de que se secara",
        "{} is waiting for the ICA team for the foot-and-mouth vaccination",
        "{} crossed to Paraguaipoa to sell the goats on the Venezuelan side",
        "a {} le robaron las chivas de la ranchería, ya puso la denuncia",
        "{} forgot the login for the auction site again",
        "{} is driving the truck to the market at 4 in the morning",
        "{} and {} share the pasture rent this year",
        "ask {} if the insurance paid for the animals lost in the snowstorm",
        "{} posted in the herders' group chat that the wolves are back",
        "{} found the lost dog by the river",
        "who is {}? the cooperative says she's the new milk collector",
        "{} sent the photos of the ear tags for the claim",
        "{} is our new vet, he did the vaccination cards for all the calves",
        "{} registered the brand for the horses at the district office",
        "{} bought the heifer I wanted, he paid cash",
        "{} has the keys of the cattle truck",
        "{} still owes me for the two ewes",
        "I am meeting {} at the auction at 10",
        "{} is bringing the vet tomorrow for the pregnancy checks",
        "{} lost the animal passport of the bull, now the sale is stuck",
        "{} эдьиий сдала молоко в кооператив, а оплату ещё не получила",
        "{} убай забил бычка и продал мясо на рынке в Якутске",
        "{} эһэ still counts the horses himself every morning in Churapcha",
        "{} таай приедет на сенокос в июле",
        "Ardo {} called the herders to the meeting about the transhumance corridor",
        "Djaoro {} settled the quarrel over the cattle that ate the maize near Maroua",
        "Alhadji {} bought forty Gudali bulls at the Ngaoundéré market",
        "Hadja {} sells the fresh milk by the mosque in Jimeta",
        "Mallam {} wrote the receipt for the sale of the bulls in Kaduna",
        "Tziu {} still goes up to the sheepfold every morning at eighty",
        "Tzia {} makes the best pecorino in Orgosolo",
        "signor {} from the cooperative called about the milk payment",
        "signora {} at the cooperative office has the milk payment slips",
        "il dottor {} dell'ASL viene giovedì per la vaccinazione della lingua blu",
        "la dottoressa {} has the vaccination register for the flock",
        "tío {} is bringing the goats back from the jagüey",
        "tía {} sold the milk goats at the Uribia market",
        "don {} buys goats for the restaurants in Riohacha",
        "doña {} weaves the chinchorros and keeps the goats",
        "the alaülayu {} will talk to the other family about the stolen goats",
        "el palabrero {} fue a arreglar lo de los chivos robados",
        "Owner of the animals: {}",
        "Claimant: {}",
        "Reported by: {}",
        "Herder: {}",
        "Policyholder: {}",
        "Владелец: {}",
        "ФИО владельца: {}",
        "Заявитель: {}",
        "Propriétaire : {}",
        "Éleveur : {}",
        "Nom et prénoms : {}",
        "Cognome e nome: {}",
        "Titolare dell'allevamento: {}",
        "Apellidos y nombres: {}",
        "Propietario de los animales: {}",
        "Nombre del propietario: {}",
        "Denunciante: {}",
        "| BOV-0231 | {} | Gudali | 3 |",
        '"owner_name": "{}",',
        "- herder: {}",
    ],
    "STREET_ADDRESS": [
        "the vet's bill went to {}, not to the farm",
        "bring the hay to {} please",
        "the cooperative sends the payment slip to {}",
        "the truck picks up the animals at {}",
        "the stolen cows were last seen near {}",
        "the insurance letter went to {}",
        "Address: {}",
        "Адрес: {}",
        "Adresse : {}",
        "Indirizzo: {}",
        "Dirección: {}",
        "Place of the farm: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the photos of the ear tags to {}",
        "the auction house writes from {}",
        "my cooperative portal email is {}",
        "the vet sent the vaccination certificate from {}",
        "forward the insurance claim to {} please",
        "E-mail: {}",
        "Эл. почта: {}",
        "Courriel : {}",
        "Posta elettronica: {}",
        "Correo: {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "call me on {} when the truck leaves",
        "the vet's number is {}",
        "the buyer from the market is on {}",
        "whatsapp {} about the lost goats",
        "the cooperative's milk collector is on {}",
        "Tel.: {}",
        "Тел.: {}",
        "Téléphone : {}",
        "Telefono: {}",
        "Teléfono: {}",
        "Phone No.: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the auction fee with {}",
        "the vet's bill went on {}",
        "the diesel for the cattle truck was paid with {}",
        "the feed from the cooperative shop went on {}",
        "book the ear tags online with {} please",
        "Card: {}",
        "Номер карты: {}",
        "Numéro de carte : {}",
        "Numero carta: {}",
        "Número de tarjeta: {}",
        "Card number: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "the cooperative pays the milk money into {}",
        "the buyer wants to send the money for the horses to {}",
        "the insurance pays the drought claim into {}",
        "the pasture rent goes to {}",
        "send the money for the lambs to {} and not to my old account",
        "my brother in France pays for the bulls from {}",
        "IBAN: {}",
        "IBAN du compte : {}",
        "IBAN per il pagamento del latte: {}",
        "IBAN de la cuenta: {}",
        "Beneficiary IBAN: {}",
    ],
    "USERNAME": [
        "my auction site login is {}",
        "on instagram the stud farm is {}",
        "on telegram I'm {}",
        "the cooperative portal user for me is {}",
        "the traccar login for the collars is {}",
        "my handle in the herders' chat is @{}",
        "the dolibarr user for the milk office is {}",
        "Login: {}",
        "Логин: {}",
        "Identifiant : {}",
        "Nome utente: {}",
        "Usuario: {}",
        "Username: {}",
        '"username": "{}",',
    ],
}
HELDOUT106_MIXED = [
    ("Owner of the animals: {}, date of birth {}, phone {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("ФИО владельца: {}\nДата рождения: {}\nАдрес: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Nom et prénoms : {}\nDate de naissance : {}\nTéléphone : {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Cognome e nome: {}\nData di nascita: {}\nIndirizzo: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Apellidos y nombres: {}\nFecha de nacimiento: {}\nDirección: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("{} paid the auction fee with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} gets the milk money into {}", ["PERSON", "IBAN_CODE"]),
    ("the buyer is {}, {}, and pays into {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("auction site login: {} / password: {}", ["USERNAME", "SECRET"]),
    ('<entry key="web.address">{}</entry>\n<entry key="database.user">{}</entry>\n<entry key="database.password">{}</entry>', ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Claimant: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("Reported by: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} ({}) is the vet for the vaccination campaign", ["PERSON", "EMAIL_ADDRESS"]),
    ("the auction house kept {} on file and the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the photos of the dead animals to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved the flock to {} for the winter", ["PERSON", "STREET_ADDRESS"]),
    ("Policyholder: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the cooperative portal login is {} and the password {}", ["USERNAME", "SECRET"]),
    ("the collar gateway is {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("Herder: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Beneficiary: {}\nAccount: {}", ["PERSON", "IBAN_CODE"]),
]  # fmt: skip
HELDOUT106_NEGATIVES = [
    "Yakutsk, Churapcha and Verkhoyansk are all in the Sakha Republic",
    "Churapcha is Чурапчы in Sakha and Megino-Kangalassky is Мэҥэ Хаҥалас",
    "the Yakut horse stays out all winter and digs the grass from under the snow",
    "the Yakut cow is саха ынаҕа, small and black and very hardy",
    "the Ysyakh is the summer festival with kumis and the osuokhai dance",
    "an alaas is a meadow round a lake where the cattle graze in summer",
    "эдьиий is elder sister in Sakha, убай elder brother, эбээ grandmother and эһэ grandfather",
    "Sakha writes ҕ, ҥ, ө, һ and ү, which Russian doesn't have",
    "a Russian patronymic ends in -ovich or -evich for a son and -ovna or -evna for a daughter",
    "a foal sells for about 60 000 roubles at the autumn fair",
    "the horse meat fair in Yakutsk is at the end of November",
    "at minus fifty the cattle stay in the khoton all day",
    "баһыыба!",
    "спасибо за сено!",
    "Maroua, Garoua and Ngaoundéré are the big towns of the north of Cameroon",
    "the Gudali and the Red Mbororo are the zebu breeds of Adamawa",
    "the White Fulani cattle are called Bunaji in Nigeria",
    "Fulfulde writes ɓ, ɗ, ŋ and ƴ, and Fulɓe is the people's own name for themselves",
    "an Ardo leads a group of herders and a Djaoro is the head of a village",
    "Alhadji is a man who made the hajj and Hadja a woman",
    "in Cameroon and Nigeria a Fulani's second name is usually the father's given name",
    "the Wodaabe are Fulani herders of Niger, the Cure Salée at Ingall is their gathering",
    "a Gudali bull fetches about 450 000 FCFA at the Maroua market before Tabaski",
    "a good heifer goes for 600 000 naira at the Kaduna cattle market",
    "CBPP is contagious bovine pleuropneumonia, the péripneumonie the vaccination campaign is against",
    "the transhumance corridor opens after the harvest in November",
    "jam waali?",
    "a jaraama!",
    "Orgosolo, Fonni and Mamoiada are in Barbagia, in the province of Nuoro",
    "the Sarda sheep gives the milk for pecorino sardo and fiore sardo",
    "Tziu and Tzia mean uncle and aunt, and people say it to any older man or woman in the village",
    "the ovile is the sheepfold and the tanca is the fenced pasture",
    "the cane fonnese is the sheepdog of Fonni",
    "a lamb went for 9 euros a kilo before Easter",
    "bluetongue is lingua blu in Italian, the vaccine is given before summer",
    "the electronic ear tag goes on the left ear and the bolus in the stomach",
    "the ear tag reads IT, the province code and a number, on every sheep",
    "the sheep with tag 0427 is the one that limps",
    "the transhumance down to the Campidano starts in October",
    "the Autunno in Barbagia fair in Orgosolo is in October",
    "su sambenadu is what Sardinian calls the family name",
    "a si biri!",
    "Uribia, Manaure and Maicao are in La Guajira, on the Colombian side",
    "Paraguaipoa is on the Venezuelan side of the Guajira",
    "a Wayuu's clan is the eirruku, it comes from the mother",
    "Epieyú, Uriana, Ipuana and Pushaina are Wayuu clans, each with its own animal",
    "the palabrero, pütchipü'ü in Wayuunaiki, carries the word between families after a theft",
    "the alaülayu is the clan's authority, usually the mother's brother",
    "a jagüey is a pond dug to hold the rain for the goats",
    "a goat sells for about 250 000 pesos in Uribia",
    "the ICA's foot-and-mouth campaign runs in May and November",
    "the Wayuu Culture Festival in Uribia is at the start of summer",
    "tío and tía mean uncle and aunt, don and doña are for older people",
    "jamaya pia?",
    "the Criollo goat is the one that survives the drought in the Alta Guajira",
    "the calves get Brucella S19 and the horses the STI anthrax vaccine in spring",
    "Traccar 6.5 added a new report for the collars",
    "Dolibarr 19 has the new invoice module for the cooperative",
    "Rocket.Chat needs MongoDB with a replica set",
    "Node-RED runs on the Raspberry Pi in the gateway box",
    "NocoDB turns the herd register into a spreadsheet view",
    "fixed in commit 7c1e2d9, see the changelog",
    "ADMIN_PASS=changeme",
    "DOLAPIKEY=<your-api-key>",
    "auction site password: ********",
    "4111 1111 1111 1111 is the test card",
    "IT60 X054 2811 1010 0000 0123 456 is the example IBAN in the docs",
    "write to herd@example.com for the newsletter",
    "192.0.2.106 is a documentation address",
    "198.51.100.61 is a documentation address",
    "2001:db8:106::1 is a documentation address",
    "the vaccination is on 2026-04-14 at 8:00",
    "the auction is on 12.05.2026 at 10:00",
    "the grazing permit runs until 31/10/2026",
    "the insurance covers deaths from drought and snowstorms, not from theft",
    "lot 14: 12 ewes, 2 rams, 80 euros each",
    "the cattle truck takes 18 cows or 90 sheep",
    "milk price this month: 1.15 a litre",
    "the vet comes on tuesdays and fridays",
    "good luck at the market!",
    "did the rain come up there?",
    "the dog found the calf",
    "see you at the fair",
    "they said the truck comes back next week",
]  # fmt: skip


def _typo106(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a livestock word's well-known misspelling ('vaccination' -> 'vacination',
    'insurance' -> 'insurence', 'cooperative' -> 'cooprative', 'auction' -> 'auciton'), or chat shorthand
    ('please' -> 'pls', 'cooperative' -> 'coop'). Only in sentences typed to the bot or a friend; a title
    before a name and a kin word after it stay as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT106.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT106[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT106.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT106[m.group(1)] + template[m.end() :]


def build_heldout106(seed: int = HELDOUT106_SEED) -> list[Example]:
    """Held-out set 106: `Gen106` values in `HELDOUT106_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen106.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen106(seed)
    examples = assemble_module_set(
        gen, HELDOUT106_TEMPLATES, HELDOUT106_MIXED, HELDOUT106_NEGATIVES, _typo106, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
