"""Held-out PII set 115 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout115": written by a separate author who did not change recognizers, never saw Kaizen's misses on it and
kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT115 is empty, as for the sets before
it; written at the same time as held-out 116 by another author, neither seeing the other's set). The theme is
barbershops, hair salons and beauty parlours as customers, stylists, barbers, salon owners and suppliers talk
about them: the booking app and its login (Versum in Katowice, Schedulicity in Honolulu, a Kathmandu parlour's
own page), the appointment reminder, the loyalty card and its stamps, the stylist's rota and her wage, the
salon's card terminal (a Verifone, an Ingenico) and its POS password, the supplier's order of dyes, bleach and
razors (Goldwell, Redken, BaBylissPRO, Dorco and Gillette blades), the portfolio on Instagram and TikTok and its
handle, the bride's hair and make-up booking with a deposit to the salon's account (Fonepay in Nepal,
Easypaisa and Meezan in Pakistan, BLIK and mBank in Poland, Zelle and Bank of Hawaii), the walk-in queue on a
busy Saturday. Loyalty card, booking, order, chair and terminal numbers are no PII of TYPES: they come only in
negatives. The peoples were chosen after grepping the earlier sets (bench/pii_heldout27.py to 114.py) and
bench/pii.py's lists: none of the four is a main people of any module set, but bench/pii.py held short Newar,
Baloch, Silesian and Hawaiian lists among dozens of peoples (and NEPALI_LAST and HAWAIIAN_FIRST/LAST), so this
set leaves out every name they hold ('Prabhat', 'Ujwal', 'Rajina', 'Bikash', 'Pramila', 'Nhuchhe', 'Lasata',
'Binita', 'Suyesh', 'Chandani', 'Bajracharya', 'Maharjan', 'Tuladhar', 'Pradhananga', 'Manandhar', 'Dangol',
'Amatya', 'Sthapit', 'Kansakar', 'Shakya', and 'Shrestha' of NEPALI_LAST, so the three families the brief
names are only mentioned, in a negative; 'Mahrang', 'Shahzain', 'Sammi', 'Hayrbyar', 'Gulzar', 'Sabiha',
'Zarina', 'Kareema', 'Jalal', 'Sardar', 'Marri', 'Bugti', 'Mengal', 'Rind', 'Zehri', 'Raisani', 'Jamali',
'Lashari', 'Magsi', 'Baloch' as a family name; 'Gerard', 'Hildegarda', 'Ignac', 'Trudla', 'Alojz', 'Paulina',
'Zeflik', 'Ecik', 'Pieczka', 'Kubica', 'Kandzia', 'Szolc', 'Kocur', 'Kuczera', 'Pyrchała', 'Świerc';
'Keanu', 'Leilani', 'Kalani', 'Makoa', 'Noelani', 'Kainoa', 'Malia', 'Keoni', 'Pualani', 'Kekoa', 'Iolana',
'Nohea', 'Kahananui', 'Kealoha', 'Akana', 'Kamakau', 'Kahale', 'Nakoa', 'Kapaona', 'Keawe', 'Mahoe',
'Kanahele'), and 'Joshi' (held-out 45). The places were grepped the same way: Kathmandu and Lalitpur come up
in bench/pii.py (Jhamsikhel, Baluwatar, Kupondole) and held-out 45 (Jawalakhel), Bhaktapur as bench/pii.py's
Tachupal Tole, Taumadhi and Dattatreya Square and its '+977-1-66' numbers, Quetta as bench/pii.py's Samungli,
Jinnah and Zarghoon Roads and held-out 112's Satellite Town, Sariab, Prince and Brewery Roads and '081-2'
numbers, Katowice as bench/pii.py's Oswobodzenia, Gliwicka and Szopienicka and its '32 ...' numbers without the
country code, Honolulu as bench/pii.py's Kamehameha, Farrington and Kalanianaole Highways and Waipahu St;
Turbat, Gwadar, Lyari, Opole, Gliwice, Hilo's streets, Wailuku, Kahului and Makawao come up in none, and this
set takes none of the streets named above (nor Warszawska of 28 and Krakowska of 84). The services were
grepped too: Booksy, Fresha, Vagaro, Treatwell, StyleSeat, GlossGenius, Salonized, Phorest, Zenoti, Wella,
Schwarzkopf, Wahl and Andis are held-out 52's (its theme was beauty too), eSewa and Ncell 107's, Khalti 96's,
JazzCash 112's, Square, Venmo, Clover and Mindbody bench/pii.py's, SumUp 33's and 108's, Przelewy24 39's; this
set takes Versum, Schedulicity, Fonepay, Easypaisa, Meezan Bank, BLIK, mBank, Zelle, Bank of Hawaii, Verifone,
Ingenico, Goldwell, Redken, BaBylissPRO, Dorco and Gillette, which none had. Hand-written lists of four
peoples: the Newars of Kathmandu (Asan, Kel Tole, Indrachowk, Bangemuda, Kilagal), Lalitpur (Mangal Bazar,
Nagbahal, Pulchowk, Gabahal) and Bhaktapur (Golmadhi, Inacho, Suryamadhi) (a given name, the Newar middle
name of the old custom, 'Ratna', 'Kaji', 'Man', 'Lal', 'Bhakta' for a man and 'Maya', 'Laxmi', 'Devi',
'Kumari', 'Shova' for a woman ('Sujan Ratna Rajbhandari', 'Sabina Maya Tamrakar'), the family names of the
Newar castes and trades, the barbers' 'Napit' among them ('Rajbhandari', 'Tamrakar', 'Chitrakar', 'Ranjitkar',
'Karmacharya', 'Vaidya', 'Shilpakar', 'Nakarmi', 'Napit'), their other spellings ('Rajbhandary', 'Baidya',
'Maskay', 'Silpakar'), Devanagari as Nepali and Nepal Bhasa write it ('सुजन रत्न राजभण्डारी'), a form's
initials ('S. R. Rajbhandari', 'S.R. Rajbhandari'), a Nepali form's family name first ('RAJBHANDARI Sujan',
'Rajbhandari, Sabina'), short forms ('Suju', 'Sabu', 'Nimu', 'Saru') and 'Dai' (elder brother), 'Didi'
(elder sister), 'Baa' (father, in Nepal Bhasa) and 'Maa' (mother) before a name, outside the span); the
Baloch of Quetta (Kasi Road, Spinny Road, Double Road, Liaquat Bazar), Turbat (Absar, Hospital Road, Main
Bazar), Gwadar (Mulla Band, Marine Drive, Fish Harbour Road) and Karachi's Lyari (Chakiwara, Kalakot, Singo
Lane, Baghdadi) (a given name and the tribe's name ('Chakar Buledi', 'Mahnaz Gichki'), 'Khan' or 'Jan' after a
man's given name and 'Bibi' or 'Jan' after a woman's, inside the span, as an identity card writes them
('Chakar Khan Buledi', 'Shari Bibi'), 'Muhammad' before a man's name in full or as 'M.' ('Muhammad Naseer
Dashti', 'M. Naseer Dashti'), Urdu script as Pakistani papers and chats write the names ('چاکر خان بلیدی'),
the Latin spellings that vary ('Nasir' and 'Naseer', 'Bulaidi' and 'Buledi', 'Gitchki' and 'Gichki'), a
passport's family name first ('BULEDI Chakar', 'Buledi, Mahnaz'), short forms ('Nasi', 'Wasi', 'Shadi',
'Mahi', 'Nazo') and 'Waja' (sir, the Balochi respect for a man), 'Baba' (father, an old man) and 'Amma'
(mother) before a name, outside the span); the Silesians of Katowice (Mariacka, Mikołowska, Chorzowska, 3
Maja, Nikiszowiec's plac Wyzwolenia), Opole (Ozimska, Reymonta, Książąt Opolskich) and Gliwice (Zwycięstwa,
Dworcowa, Bojkowska) (a given name in its Polish form and in the German form German papers write ('Józef' and
'Josef', 'Gertruda' and 'Gertrud', 'Jerzy' and 'Georg'), the family names of Upper Silesia, many of German or
Czech make ('Wieczorek', 'Kowol', 'Pawlas', 'Achtelik', 'Szymiczek', 'Sznajder', 'Respondek', 'Pohl'), a
woman's name in '-ska' or '-cka' ('Wodarska', 'Gawlicka'), a married woman's double name with its hyphen or
her maiden name with 'z domu', 'z d.' or 'geb.', all inside the span ('Agnieszka Wieczorek-Kowol', 'Gertruda
Sobik z domu Pawlas', 'Gertrud Sobik geb. Pawlas'), the Polish marks dropped ('Jozef', 'Malgorzata',
'Elzbieta'), a Polish form's family name first ('WIECZOREK Józef', 'Wieczorek, Józef'), the Silesian short
forms ('Jorg', 'Hanys', 'Francik', 'Gustlik', 'Trudka', 'Jadzia') and 'pan', 'pani', 'ôpa' (grandfather) and
'ômama' (grandmother) before a name, outside the span); and the Native Hawaiians of Honolulu (Kapiʻolani Blvd,
Keʻeaumoku St, N King St in Kalihi, Papakōlea), Hilo (Kīlauea Ave, Waiānuenue Ave, Kamehameha Ave, Keaʻau)
and Maui (Market St in Wailuku, Kaʻahumanu Ave in Kahului, Baldwin Ave in Makawao) (Hawaiian given names and
family names with the ʻokina and the kahakō ('Kēhaulani', 'Leinaʻala', 'Kaʻaihue', 'Nāone'), the same names
with them dropped as a US form or a phone types them ('Kehaulani Naone') and with the ʻokina typed as an
apostrophe ('Ka'aihue'), an English given name with a Hawaiian middle name and the other way round ('Brandon
Kaleo Kaʻaihue', 'Mahealani Marie Nāone'), the Chinese-Hawaiian and Portuguese family names of the islands
('Ahuna', 'Apo', 'Medeiros'), a middle initial ('Brandon K. Kaʻaihue'), a US form's family name first
('KAAIHUE, BRANDON K.'), short forms ('Kawi', 'Mahea', 'Loke', 'Tiff') and 'Aunty', 'Uncle' and 'Tūtū' (or
'Tutu', a grandparent) before a name, outside the span). No public figure's full name is drawn
(PUBLIC_FIGURES_HELDOUT115: a Nepali painter, a Baloch politician, a Silesian footballer and a Hawaiian
congressman whose names the lists' words could make; checked without marks and case), and public figures come
only inside the names of places and institutions in negatives (Kathmandu's Ratna Park, King's Way and Tribhuvan
University, Quetta's Ayub Stadium and Gwadar's Jinnah Avenue, the Kazimierz Kutz square's neighbourhood in
Katowice's Nikiszowiec, the Wojciech Korfanty monument, the Jerzy Ziętek roundabout, the Kapiʻolani
Community College and Kamehameha Schools and the Duke Kahanamoku statue on Waikīkī). Every one of those name
forms, and names with a typo ('Rajbandari', 'Rakshani', 'Szymczek', 'Kealamkia'), is forced into the build at
least once so it does not hang on the seed (any form the draws have not reached by the end comes in a sentence
of its own), and each people also gets a titled name, a name in capitals on a form and one in lower case in
chat, whatever the seed; the address, the phone, the e-mail, the IBAN or the date of birth after a name mostly
comes from that name's region, a template in Devanagari gets a Newar name in Devanagari and one in Urdu script
a Baloch name in Urdu script. Names on papers in English ('Client name:', 'Stylist:', 'Barber:', 'Bride:'),
Nepali ('Thar, naam:', 'नाम:'), Pakistani ('Surname, given names:', 'نام:'), Polish ('Nazwisko i imię:',
'Klientka:'), US ('LAST, FIRST MI:'), a rota's row '| Sat | ... | chair 2 | 10-6 |', JSON and YAML; those
regions' addresses ('Kel Tole, Kathmandu-24', 'House No. 12, Bangemuda, Kathmandu-24', 'Mangal Bazar,
Lalitpur-16', 'Golmadhi, Bhaktapur-7', 'House 12, Kasi Road, Quetta', 'Shop 12, Liaquat Bazar, Quetta',
'Absar, Turbat, Kech', 'Mulla Band, Gwadar', 'House No. 12, Street 4, Kalakot, Lyari, Karachi', 'ul.
Mariacka 12/4, 40-014 Katowice', 'ul. Ozimska 12, 45-057 Opole', 'ul. Zwycięstwa 12, 44-100 Gliwice', '1234
Kapiolani Blvd, Honolulu, HI 96814', '123 Kilauea Ave, Hilo, HI 96720', '12 Market St, Wailuku, HI 96793')
and phones (Nepali mobiles '98..' and '+977', Kathmandu's '01-42', Lalitpur's '01-552', Bhaktapur's '01-661',
Pakistani mobiles '03..' and '+92 3..', Turbat's '0852', Gwadar's '086', Karachi's '021-32', Polish mobiles
'+48 5..', '6..' and '7..', Katowice's '+48 32 25', Opole's '77 45', US '(808) 935' for Hilo, '808-244' for
Wailuku, '(808) 871' for Kahului and Honolulu's '(808) 59'); Visa, Mastercard 51-55 and 2-series, Amex 4-6-5
and Discover's 6011 and 65 as a salon's terminal takes them; IBANs of countries that have them (Nepal and the
United States have none): Qatar and the United Arab Emirates for a Newar stylist's brother's wages from the
Gulf, Pakistan and the Emirates for the Baloch, Poland and Germany for the Silesians; IPs of the salon's card
terminal, the booking tablet, the CCTV over the chairs, the receipt printer, the Wi-Fi router's admin page,
the booking site's log and a login alert, v4 and v6; logins and secrets as salons hand them over (the POS
password on a sticky note under the till, the terminal's supervisor code, the Wi-Fi for customers, the
supplier portal's password), with cues in Nepali ('kasailai nabhannu', 'कसैलाई नभन्नू'), Urdu ('kisi ko mat
batana', 'کسی کو مت بتانا'), Polish ('nikomu nie mów'), Silesian ('niy godej nikōmu') and Hawaiian Pidgin ('no
tell nobody'), a Wi-Fi QR string, a psql connection line and .env lines (Fonepay's merchant secret, Easypaisa's
hash key, a Versum API token, a Schedulicity key, an Instagram access token, a Stripe live key); dates of birth
in each people's shapes (Nepali Bikram Sambat '2052/05/14', '14 Shrawan 2052' and in Devanagari '२०५२/०५/१४'
and '२०५२ साउन १४', Pakistani '14-03-1995' and '14 March 1995', Urdu '14 مارچ 1995', Polish '14.03.1995' and
'14 marca 1995', German '14. März 1995', US '03/14/1995' and 'March 14, 1995', Hawaiian '14 Malaki 1995', a
paste's ISO date), a bride's, a child's for a first haircut and a grandparent's, all drawn between fixed years
from the set's own rng so the set builds the same on any day (the Bikram Sambat date is drawn beside the AD
one, 56 or 57 years ahead); typos as salon people type: a salon word's well-known misspelling ('appointment' ->
'appoinment', 'receipt' -> 'reciept', 'scissors' -> 'sissors', 'beautician' -> 'beautican', Polish 'wziąć' ->
'wziąść' and 'naprawdę' -> 'na prawdę') or chat shorthand in the set's languages ('please' -> 'pls',
'appointment' -> 'appt', Polish 'dzięki' -> 'dzk' and 'proszę' -> 'pls', Roman Urdu 'inshallah' -> 'IA');
negatives with the same places, the titles and kin words explained, the naming customs, prices in rupees,
złoty and dollars, the services, loyalty card, order, booking and chair numbers, product models (clippers,
dryers, straighteners, dyes), error codes of the terminals, default credentials of the terminal, the router
and the booking app, placeholder secrets, a test card, the example IBAN, a placeholder e-mail, documentation
IPs (v4 and v6), dates that are no one's birthday and short everyday chat in the four peoples' languages.

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
    _chat_like,
    _iban,
    _luhn_number,
    _pick_chat_or_not,
    assemble_module_set,
)
from bench.pii import (
    _fold_accents as _fold_marks,
)

HELDOUT115_SEED = 1154307
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT115: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT115 = ["newar", "baloch", "silesian", "hawaiian"]

# the Newars: given names (men, women), the middle names of the old custom (a man's, a woman's), family names
NEWAR_MEN_HELDOUT115 = "Sujan;Rabin;Prajwal;Rajendra;Sanjeev;Nabin;Anish;Samundra;Bijay;Rohit;Pravin;Ashok".split(";")  # fmt: skip
NEWAR_WOMEN_HELDOUT115 = "Sabina;Roshani;Nirmala;Sarita;Rachana;Sunita;Kabita;Pabitra;Anju;Srijana;Junu;Rojina".split(";")  # fmt: skip
NEWAR_MIDDLE_HELDOUT115 = {False: ["Ratna", "Kaji", "Man", "Lal", "Bhakta"], True: ["Maya", "Laxmi", "Devi", "Kumari", "Shova"]}  # fmt: skip
NEWAR_FAMILY_HELDOUT115 = "Rajbhandari;Tamrakar;Chitrakar;Ranjitkar;Karmacharya;Vaidya;Rajopadhyaya;Shilpakar;Nakarmi;Prajapati;Awale;Duwal;Suwal;Byanjankar;Maskey;Mathema;Kasaju;Tandukar;Napit;Khadgi;Bajimaya".split(";")  # fmt: skip
# the other Latin spellings of some Newar family names, as papers and people write them
NEWAR_VARIANTS_HELDOUT115 = {
    "Rajbhandari": "Rajbhandary", "Vaidya": "Baidya", "Maskey": "Maskay", "Shilpakar": "Silpakar",
    "Rajopadhyaya": "Rajopadhyay", "Nakarmi": "Nakarmee",
}  # fmt: skip
# every Newar name word in Devanagari, as Nepali and Nepal Bhasa write it
NEWAR_DEVANAGARI_HELDOUT115 = {
    "Sujan": "सुजन", "Rabin": "रबिन", "Prajwal": "प्रज्वल", "Rajendra": "राजेन्द्र", "Sanjeev": "सञ्जीव",
    "Nabin": "नबिन", "Anish": "अनिश", "Samundra": "समुन्द्र", "Bijay": "बिजय", "Rohit": "रोहित",
    "Pravin": "प्रविण", "Ashok": "अशोक",
    "Sabina": "सबिना", "Roshani": "रोशनी", "Nirmala": "निर्मला", "Sarita": "सरिता", "Rachana": "रचना",
    "Sunita": "सुनिता", "Kabita": "कबिता", "Pabitra": "पबित्रा", "Anju": "अन्जु", "Srijana": "सृजना",
    "Junu": "जुनु", "Rojina": "रोजिना",
    "Ratna": "रत्न", "Kaji": "काजी", "Man": "मान", "Lal": "लाल", "Bhakta": "भक्त", "Maya": "माया",
    "Laxmi": "लक्ष्मी", "Devi": "देवी", "Kumari": "कुमारी", "Shova": "शोभा",
    "Rajbhandari": "राजभण्डारी", "Tamrakar": "ताम्राकार", "Chitrakar": "चित्रकार", "Ranjitkar": "रञ्जितकार",
    "Karmacharya": "कर्माचार्य", "Vaidya": "वैद्य", "Rajopadhyaya": "राजोपाध्याय", "Shilpakar": "शिल्पकार",
    "Nakarmi": "नकर्मी", "Prajapati": "प्रजापति", "Awale": "अवाले", "Duwal": "दुवाल", "Suwal": "सुवाल",
    "Byanjankar": "ब्यञ्जनकार", "Maskey": "मास्के", "Mathema": "माथेमा", "Kasaju": "कसजु",
    "Tandukar": "तण्डुकार", "Napit": "नापित", "Khadgi": "खड्गी", "Bajimaya": "बाजिमय",
}  # fmt: skip
DEVANAGARI_HELDOUT115 = re.compile("[\u0900-\u097f]")

# the Baloch: given names (men, women), the tribes' names the family carries
BALOCH_MEN_HELDOUT115 = "Chakar;Dostain;Hammal;Meeran;Naseer;Jiand;Shahdad;Murad;Haneef;Waseem;Bebagr;Gwaharam;Hasil".split(";")  # fmt: skip
BALOCH_WOMEN_HELDOUT115 = "Mahnaz;Hani;Nazbano;Shaheen;Mahtab;Sadia;Shari;Saima;Gulnaz;Mahdim".split(";")  # fmt: skip
BALOCH_FAMILY_HELDOUT115 = "Buledi;Gichki;Kalmati;Hoth;Notezai;Sasoli;Shahwani;Rakhshani;Jamaldini;Dashti;Langove;Mirwani;Nausherwani;Kahiri;Sumalani;Bizenjo".split(";")  # fmt: skip
# what an identity card writes after a given name, inside the span: a man's, a woman's
BALOCH_AFTER_GIVEN_HELDOUT115 = {False: ["Khan", "Jan"], True: ["Bibi", "Jan"]}
# the Latin spellings that vary between papers, shop signs and chats
BALOCH_VARIANTS_HELDOUT115 = {
    "Buledi": "Bulaidi", "Gichki": "Gitchki", "Notezai": "Notizai", "Dashti": "Dashtee", "Langove": "Langau",
    "Naseer": "Nasir", "Meeran": "Miran", "Haneef": "Hanif", "Waseem": "Wasim",
}  # fmt: skip
# every Baloch name word in Urdu script, as Pakistani papers and chats write it
BALOCH_URDU_HELDOUT115 = {
    "Chakar": "چاکر", "Dostain": "دوستین", "Hammal": "حمل", "Meeran": "میران", "Naseer": "نصیر",
    "Jiand": "جیئند", "Shahdad": "شہداد", "Murad": "مراد", "Haneef": "حنیف", "Waseem": "وسیم",
    "Bebagr": "بیبگر", "Gwaharam": "گوہرام", "Hasil": "حاصل",
    "Mahnaz": "مہناز", "Hani": "ہانی", "Nazbano": "نازبانو", "Shaheen": "شاہین", "Mahtab": "مہتاب",
    "Sadia": "سعدیہ", "Shari": "شاری", "Saima": "صائمہ", "Gulnaz": "گلناز", "Mahdim": "ماہدیم",
    "Buledi": "بلیدی", "Gichki": "گچکی", "Kalmati": "کلمتی", "Hoth": "ہوت", "Notezai": "نوتیزئی",
    "Sasoli": "ساسولی", "Shahwani": "شاہوانی", "Rakhshani": "رخشانی", "Jamaldini": "جمالدینی", "Dashti": "دشتی",
    "Langove": "لانگو", "Mirwani": "میروانی", "Nausherwani": "نوشیروانی", "Kahiri": "کہیری",
    "Sumalani": "سمالانی", "Bizenjo": "بزنجو",
    "Khan": "خان", "Jan": "جان", "Bibi": "بی بی", "Muhammad": "محمد",
}  # fmt: skip
URDU_HELDOUT115 = re.compile("[\u0600-\u06ff]")

# the Silesians: given names in their Polish form and the German form German papers write, family names
SILESIAN_GERMAN_HELDOUT115 = {
    "Józef": "Josef", "Jerzy": "Georg", "Franciszek": "Franz", "Augustyn": "August", "Henryk": "Heinrich",
    "Jan": "Johann", "Paweł": "Paul", "Ryszard": "Richard", "Teodor": "Theodor", "Ernest": "Ernst",
    "Wincenty": "Vinzenz", "Piotr": "Peter",
    "Gertruda": "Gertrud", "Agnieszka": "Agnes", "Elżbieta": "Elisabeth", "Róża": "Rosa", "Jadwiga": "Hedwig",
    "Małgorzata": "Margarete", "Urszula": "Ursula", "Helena": "Helene", "Marta": "Martha", "Zofia": "Sophie",
    "Teresa": "Theresia",
}  # fmt: skip
SILESIAN_MEN_HELDOUT115 = list(SILESIAN_GERMAN_HELDOUT115)[:12]
SILESIAN_WOMEN_HELDOUT115 = list(SILESIAN_GERMAN_HELDOUT115)[12:]
SILESIAN_FAMILY_HELDOUT115 = "Wieczorek;Kowol;Pawlas;Achtelik;Szymiczek;Koczy;Sobik;Bluszcz;Gajda;Mrozek;Sznajder;Kempny;Ploch;Respondek;Kalus;Lamla;Wawrzyczek;Pohl;Wodarski;Gawlicki;Kozielski".split(";")  # fmt: skip
# a family name in '-ski' or '-cki' as a woman carries it
SILESIAN_FEMININE_HELDOUT115 = {"Wodarski": "Wodarska", "Gawlicki": "Gawlicka", "Kozielski": "Kozielska"}
# what stands between a married woman's name and her maiden name, inside the span
SILESIAN_MAIDEN_HELDOUT115 = ["z domu", "z d.", "geb."]

# the Native Hawaiians: English and Hawaiian given names (men, women), family names with the ʻokina and the
# kahakō as written, and the Chinese-Hawaiian and Portuguese family names of the islands
HAWAIIAN_MEN_EN_HELDOUT115 = "Brandon;Jared;Micah;Tyson;Shane;Dane;Bryson;Chad;Kurt".split(";")
HAWAIIAN_MEN_HAW_HELDOUT115 = "Kawika;Kaleo;Ikaika;Makana;Kaʻimi;Kahiau;Kaialiʻi;Pōmaikaʻi".split(";")
HAWAIIAN_WOMEN_EN_HELDOUT115 = "Tiffany;Chelsea;Kristen;Shayla;Brittany;Jasmine;Kelsie".split(";")
HAWAIIAN_WOMEN_HAW_HELDOUT115 = "Mahealani;Kēhaulani;Lokelani;ʻIwalani;Haunani;Leinaʻala;Māhina;Nāhōkū;Kaʻōnohi".split(";")  # fmt: skip
HAWAIIAN_FAMILY_HELDOUT115 = "Kaʻaihue;Kahoʻohanohano;Keliʻihoʻomalu;Nāone;Kaʻauwai;Kahoʻokele;Kaleikini;Kekumu;Kanoho;Kahele;Kealamakia;Kalua;Kauhane;Ahuna;Apo;Medeiros".split(";")  # fmt: skip
# the English middle names of a Hawaiian-named child (a man's, a woman's)
HAWAIIAN_EN_MIDDLE_HELDOUT115 = {
    False: ["James", "Lee", "Ray", "Allen"],
    True: ["Marie", "Ann", "Lynn", "Rose"],
}

# each origin: (men's given names, women's given names, family names), every word a name of it is built from
NAMES_HELDOUT115: dict[str, tuple[list[str], list[str], list[str]]] = {
    "newar": (NEWAR_MEN_HELDOUT115, NEWAR_WOMEN_HELDOUT115, NEWAR_FAMILY_HELDOUT115),
    "baloch": (BALOCH_MEN_HELDOUT115, BALOCH_WOMEN_HELDOUT115, BALOCH_FAMILY_HELDOUT115),
    "silesian": (SILESIAN_MEN_HELDOUT115, SILESIAN_WOMEN_HELDOUT115, SILESIAN_FAMILY_HELDOUT115),
    "hawaiian": (HAWAIIAN_MEN_EN_HELDOUT115 + HAWAIIAN_MEN_HAW_HELDOUT115,
                 HAWAIIAN_WOMEN_EN_HELDOUT115 + HAWAIIAN_WOMEN_HAW_HELDOUT115, HAWAIIAN_FAMILY_HELDOUT115),
}  # fmt: skip
# full names a draw must never give: public figures' (or close enough to read as theirs), in any of the forms
# (checked without marks and case): a Kathmandu painter, a Baloch politician, a Silesian footballer (the
# stadium in Zabrze bears his name) and a Hawaiian congressman
PUBLIC_FIGURES_HELDOUT115 = {
    "Sujan Chitrakar",
    "Hasil Bizenjo",
    "Ernest Pohl",
    "Ernst Pohl",
    "Kaialiʻi Kahele",
}
# the short forms of given names among friends and in the salon's chat
NEWAR_NICK_HELDOUT115 = {
    "Sujan": "Suju", "Rabin": "Rabu", "Prajwal": "Praju", "Nabin": "Nabu", "Sanjeev": "Sanju", "Rajendra": "Raju",
    "Sabina": "Sabu", "Roshani": "Rosu", "Nirmala": "Nimu", "Sarita": "Saru", "Srijana": "Siju", "Rachana": "Rachu",
}  # fmt: skip
BALOCH_NICK_HELDOUT115 = {
    "Naseer": "Nasi", "Waseem": "Wasi", "Shahdad": "Shadi", "Dostain": "Dostu", "Meeran": "Meeru",
    "Mahnaz": "Mahi", "Nazbano": "Nazo", "Shaheen": "Shani", "Saima": "Simi",
}  # fmt: skip
SILESIAN_NICK_HELDOUT115 = {
    "Józef": "Józek", "Jerzy": "Jorg", "Franciszek": "Francik", "Augustyn": "Gustlik", "Jan": "Hanys",
    "Wincenty": "Wicek", "Gertruda": "Trudka", "Elżbieta": "Elza", "Róża": "Rózia", "Jadwiga": "Jadzia",
    "Małgorzata": "Gosia", "Zofia": "Zosia", "Teresa": "Tereska",
}  # fmt: skip
HAWAIIAN_NICK_HELDOUT115 = {
    "Kawika": "Kawi", "Ikaika": "Ika", "Kaʻimi": "ʻImi", "Tiffany": "Tiff", "Kristen": "Kris",
    "Mahealani": "Mahea", "Lokelani": "Loke", "Leinaʻala": "Leina", "Kēhaulani": "Kēhau", "Haunani": "Nani",
}  # fmt: skip
NICKS_HELDOUT115 = {
    "newar": NEWAR_NICK_HELDOUT115, "baloch": BALOCH_NICK_HELDOUT115, "silesian": SILESIAN_NICK_HELDOUT115,
    "hawaiian": HAWAIIAN_NICK_HELDOUT115,
}  # fmt: skip
# a family name (or a given name) with a typo as a hurried hand types it
NAME_TYPOS_HELDOUT115 = {
    "Rajbhandari": "Rajbandari", "Tamrakar": "Tamarkar", "Ranjitkar": "Ranjitakar", "Karmacharya": "Karmacharaya",
    "Byanjankar": "Byanjakar", "Roshani": "Roshni",
    "Rakhshani": "Rakshani", "Nausherwani": "Nausherwni", "Jamaldini": "Jamaldeni", "Kalmati": "Kalamti",
    "Gwaharam": "Gwahram",
    "Szymiczek": "Szymczek", "Wawrzyczek": "Wawrzeczek", "Achtelik": "Achtellik", "Respondek": "Respondak",
    "Bluszcz": "Bluscz", "Małgorzata": "Małgorzta",
    "Kahoʻohanohano": "Kahoʻohanhano", "Keliʻihoʻomalu": "Keliʻihoʻmalu", "Kealamakia": "Kealamkia",
    "Medeiros": "Madeiros", "Kaleikini": "Kalekini", "Mahealani": "Mahelani",
}  # fmt: skip
# a title or a kin word before the name (outside the span): the origin, whether a woman (None: either) and
# the part of the name it goes with
TITLED_HELDOUT115: dict[str, tuple[str, bool | None, str]] = {
    "dai": ("newar", False, "given"),  # elder brother, in Nepali, for any older man
    "didi": ("newar", True, "given"),  # elder sister, for any older woman
    "baa": ("newar", False, "given"),  # father, in Nepal Bhasa
    "maa": ("newar", True, "given"),  # mother, in Nepal Bhasa
    "waja": ("baloch", False, "given"),  # sir, the Balochi respect for a man
    "baba": ("baloch", False, "given"),  # father, an old man
    "amma": ("baloch", True, "given"),  # mother, an older woman
    "pan": ("silesian", False, "family"),  # Mr, in Polish
    "pani": ("silesian", True, "family"),  # Mrs, in Polish, with her family name ('-ska' for '-ski')
    "ôpa": ("silesian", False, "given"),  # grandfather, in Silesian
    "ômama": ("silesian", True, "given"),  # grandmother, in Silesian
    "aunty": ("hawaiian", True, "given"),  # any older woman, in Hawaiʻi
    "uncle": ("hawaiian", False, "given"),  # any older man
    "tūtū": ("hawaiian", None, "given"),  # grandparent
    "tutu": ("hawaiian", None, "given"),  # the same typed without the kahakō
}
TITLE_SLOT_HELDOUT115 = re.compile(
    r"(?<![\w'.ʻ-])(dai|didi|baa|maa|waja|baba|amma|pan|pani|ôpa|ômama|aunty|uncle|tūtū|tutu) \{\}",
    re.IGNORECASE,
)
# the name forms the build holds at least once each, whatever the seed: (origin, form); names in capitals
# and in lower case of each people and a titled name of each come in FORCED_SENTENCES_HELDOUT115
FORCED_FORMS_HELDOUT115 = [
    ("newar", "three_part"), ("baloch", "tribal"), ("silesian", "polish_given"), ("hawaiian", "okina"),
    ("newar", "devanagari"), ("baloch", "khan_jan"), ("silesian", "german_given"), ("hawaiian", "ascii"),
    ("newar", "initials"), ("baloch", "urdu"), ("silesian", "feminine"), ("hawaiian", "apostrophe"),
    ("newar", "variant"), ("baloch", "muhammad"), ("silesian", "married"), ("hawaiian", "hawaiian_middle"),
    ("newar", "surname_first"), ("baloch", "variant"), ("silesian", "ascii"), ("hawaiian", "english_middle"),
    ("newar", "nickname"), ("baloch", "surname_first"), ("silesian", "surname_first"), ("hawaiian", "middle_initial"),
    ("newar", "typo"), ("baloch", "nickname"), ("silesian", "nickname"), ("hawaiian", "surname_first"),
    ("baloch", "typo"), ("silesian", "typo"), ("hawaiian", "nickname"), ("hawaiian", "typo"),
]  # fmt: skip
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT115 = {"nickname", "typo"}
FORM_ONLY_FORMS_HELDOUT115 = {"surname_first", "initials", "married", "middle_initial", "muhammad"}
# forms that want a woman's name, and forms that want a man's
WOMEN_FORMS_HELDOUT115 = {"married", "feminine"}
MEN_FORMS_HELDOUT115 = {"muhammad"}
# the scripts or layouts a form may come in ('' is the template's plain one); any other form: '' and 'ascii'
FORM_SCRIPTS_HELDOUT115: dict[tuple[str, str], set[str]] = {
    ("newar", "surname_first"): {"surname_first"}, ("baloch", "surname_first"): {"surname_first"},
    ("silesian", "surname_first"): {"surname_first"}, ("hawaiian", "surname_first"): {"surname_first"},
    ("newar", "devanagari"): {"devanagari"}, ("baloch", "urdu"): {"urdu"},
    ("newar", "three_part"): {"", "ascii", "devanagari"}, ("baloch", "khan_jan"): {"", "ascii", "urdu"},
    ("baloch", "tribal"): {"", "ascii", "urdu"}, ("silesian", "polish_given"): {""},
    ("hawaiian", "okina"): {""}, ("hawaiian", "apostrophe"): {""},
}  # fmt: skip
DEFAULT_SCRIPTS_HELDOUT115 = {"", "ascii"}
# the forms that write the family name first, and the people whose papers they are: a Nepali form, a
# Pakistani passport's, a Polish form, a US one
SURNAME_FIRST_LEADS_HELDOUT115 = {
    "Thar, naam": "newar",
    "Surname, given names": "baloch",
    "Nazwisko i imię": "silesian",
    "LAST, FIRST MI": "hawaiian",
}
# sentences the build adds whatever the seed: a titled name of each people, a name in capitals on a form and
# one in lower case in chat for each people, and a sentence for any forced form the build has not given yet
FORCED_SENTENCES_HELDOUT115: dict[str, list[str]] = {
    "newar": [
        "Dai {} cuts hair in the little shop behind Asan, no booking, just walk in",
        "Didi {} did my threading in Mangal Bazar for 100 rupees",
        "Baa {} still shaves the old men of Bhaktapur with a straight razor",
        "Maa {} wants her hair dyed before Mha Puja",
        "Didi {} ko parlour ma bridal makeup ko booking garnu paryo",
    ],
    "baloch": [
        "Waja {} runs the barbershop on Kasi Road in Quetta",
        "Baba {} has been cutting hair in Lyari for forty years",
        "Amma {} wants the mehndi artist at home before the wedding in Turbat",
        "Waja {} ki dukaan Gwadar mein sab se achi hai",
        "Amma {} ne parlour wali ko advance de diya",
    ],
    "silesian": [
        "pan {} strzyże u nas w Gliwicach od trzydziestu lat",
        "pani {} umówiła się na farbowanie w piątek o 10",
        "ôpa {} chce sie ôstrzigać jak zawsze, na krōtko",
        "ômama {} przyszła na trwałą ondulację w Opolu",
        "pani {} płaci zawsze gotówką za strzyżenie",
    ],
    "hawaiian": [
        "Aunty {} does the best haku lei and hair for graduation in Hilo",
        "Uncle {} has the old-style barbershop on Market Street in Wailuku",
        "Tūtū {} wants her hair set before the lūʻau on Saturday",
        "Tutu {} booked a wash and set for Friday at 9",
        "Aunty {} stay doing the bride's makeup in Kahului",
    ],
    "upper": [
        "Client name in block capitals: {}",
        "Name on the loyalty card (capitals): {}",
        "Name on the client card (capital letters): {}",
    ],
    "lower": [
        "lol {} fell asleep in the chair again",
        "{} still hasn't paid for the highlights",
        "has anyone seen {} since the wedding booking on saturday",
    ],
    "form": [
        "Client name: {}",
        "Name on the booking: {}",
    ],
    "chat": [
        "{} says the dye order came in today",
        "did {} bring the new clippers in the end?",
    ],
}
# IBANs where a salon, a stylist or a supplier is paid (Nepal and the United States have none): Qatar and the
# Emirates for a Newar stylist's brother's wages from the Gulf, Pakistan and the Emirates for the Baloch,
# Poland and Germany for the Silesians; a Hawaiian name gets any of them
IBAN_SHAPES_HELDOUT115 = {"QA": "4a21c", "AE": "19n", "PK": "4a16n", "PL": "24n", "DE": "18n"}
IBAN_BY_ORIGIN_HELDOUT115 = {
    "newar": ["QA", "AE"], "baloch": ["PK", "PK", "AE"], "silesian": ["PL", "PL", "DE"], "hawaiian": [],
}  # fmt: skip
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT115 = {
    "newar": ["salon", "parlour", "ktm", "patan", "bhaktapur", "hair"],
    "baloch": ["barber", "salon", "quetta", "gwadar", "lyari", "turbat"],
    "silesian": ["fryzjer", "salon", "katowice", "gliwice", "opole", "slonsk"],
    "hawaiian": ["hair", "808", "hilo", "maui", "kalihi", "lei"],
}
EMAIL_DOMAINS_HELDOUT115 = {
    "newar": ["ntc.net.np", "mos.com.np", "yahoo.com"],
    "baloch": ["yahoo.com", "hotmail.com", "uot.edu.pk"],
    "silesian": ["wp.pl", "o2.pl", "interia.pl", "onet.pl", "gmx.de"],
    "hawaiian": ["hawaii.rr.com", "hawaiiantel.net", "yahoo.com", "hotmail.com"],
}
# the templates that belong to one people's places, papers or speech (first match wins)
ORIGIN_CUES_HELDOUT115: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)[\u0900-\u097f]|kathmandu|lalitpur|patan|bhaktapur|asan\b|mangal bazar|nepal|newar|"
                r"fonepay|\bdai\b|\bdidi\b|\bbaa\b|\bmaa\b|mha puja|dashain|tihar|\bma\b|garnu|\bcha\b|"
                r"bholi|thar, naam|kasailai|matra|kaatyo|thegana|pathaunu"), "newar"),
    (re.compile(r"(?i)[\u0600-\u06ff]|quetta|turbat|gwadar|lyari|karachi|kech|baloch|pakistan|easypaisa|"
                r"meezan|\bwaja\b|\bbaba\b|\bamma\b|\bmein\b|\bhai\b|\bki\b|\bke\b|\bne\b|\bka\b|mehndi|"
                r"surname, given names|kisi ko|\bdukaan\b|inshallah"), "baloch"),
    (re.compile(r"(?i)katowice|gliwic|opol|silesia|śląsk|slonsk|nikiszowiec|versum|blik|mbank|\bzł\b|złot|"
                r"\bpan\b|\bpani\b|ôpa|ômama|\bjest\b|\bna\b|\bw\b|\bsie\b|\bsię\b|\bdo\b|\bnie\b|\bmi\b|"
                r"nazwisko|klient|fryzjer|strzy|farb|niy|\bjō\b|\bze\b|dzięki|proszę"), "silesian"),
    (re.compile(r"(?i)honolulu|hilo|maui|wailuku|kahului|makawao|kalihi|waikīkī|waikiki|hawai|oʻahu|oahu|"
                r"schedulicity|zelle|bank of hawaii|\baunty\b|\buncle\b|tūtū|\btutu\b|mahalo|aloha|\bbrah\b|"
                r"\bstay\b|lūʻau|luau|haku|lei\b|\b808\b|last, first|da kine|\bpau\b"), "hawaiian"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT115: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|bride|\bdidi\b|\bmaa\b|\bamma\b|\bpani\b|ômama|\baunty\b|klientka|"
                r"umówiła|przyszła|\bz domu\b|\bgeb\b|dulhan|\bwali\b"), True),
    (re.compile(r"(?i)\bhe\b|\bhis\b|\bhim\b|\bdai\b|\bbaa\b|\bwaja\b|\bbaba\b|\bpan\b|ôpa\b|\buncle\b|"
                r"barber|beard|shave|groom|fryzjer męski|strzyże"), False),
]  # fmt: skip
# a salon word and its well-known misspelling
MISSPELT_HELDOUT115 = {
    "appointment": "appoinment", "receipt": "reciept", "scissors": "sissors", "beautician": "beautican",
    "tomorrow": "tommorow", "definitely": "definately", "schedule": "shedule", "eyebrows": "eyebrow's",
    "moustache": "mustash", "highlights": "highlites", "wziąć": "wziąść", "naprawdę": "na prawdę",
}  # fmt: skip
MISSPELT_WORD_HELDOUT115 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT115, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: English, Polish, Roman Urdu
SHORTHAND_HELDOUT115 = {
    "please": "pls", "because": "coz", "tomorrow": "tmrw", "thanks": "thx", "message": "msg", "people": "ppl",
    "appointment": "appt", "dzięki": "dzk", "proszę": "pls", "inshallah": "IA",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT115 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT115, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT115 = (
    "January February March April May June July August September October November December".split()
)
# the Bikram Sambat months, in Latin letters as Nepalis type them and in Devanagari
BS_MONTHS_HELDOUT115 = (
    "Baisakh Jestha Asar Shrawan Bhadra Ashwin Kartik Mangsir Poush Magh Falgun Chaitra".split()
)
BS_MONTHS_DEVANAGARI_HELDOUT115 = "बैशाख जेठ असार साउन भदौ असोज कात्तिक मंसिर पुस माघ फागुन चैत".split()
URDU_MONTHS_HELDOUT115 = "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر".split()
POLISH_MONTHS_HELDOUT115 = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
GERMAN_MONTHS_HELDOUT115 = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
HAWAIIAN_MONTHS_HELDOUT115 = "Ianuali Pepeluali Malaki ʻApelila Mei Iune Iulai ʻAukake Kepakemapa ʻOkakopa Nowemapa Kēkēmapa".split()  # fmt: skip
DEVANAGARI_DIGITS_HELDOUT115 = str.maketrans("0123456789", "०१२३४५६७८९")


def _devanagari(text: str) -> str:
    """A Newar name in Devanagari ('Sujan Ratna Rajbhandari' -> 'सुजन रत्न राजभण्डारी'); a word the table
    lacks stays as it is."""
    return " ".join(NEWAR_DEVANAGARI_HELDOUT115.get(w, w) for w in text.split(" "))


def _urdu(text: str) -> str:
    """A Baloch name in Urdu script ('Chakar Khan Buledi' -> 'چاکر خان بلیدی'); a word the table lacks stays
    as it is."""
    return " ".join(BALOCH_URDU_HELDOUT115.get(w, w) for w in text.split(" "))


def _fold(text: str) -> str:
    """A name without its marks, as an English or a phone keyboard types it: 'Józef' -> 'Jozef', 'Małgorzata'
    -> 'Malgorzata', 'Kēhaulani Nāone' -> 'Kehaulani Naone', 'Kaʻaihue' -> 'Kaaihue' (the ʻokina dropped)."""
    table = str.maketrans({"ł": "l", "Ł": "L", "ʻ": "", "‘": "", "ō": "o", "Ō": "O", "ô": "o", "Ô": "O"})
    return _fold_marks(text.translate(table))


def _apostrophe(text: str) -> str:
    """A Hawaiian name with the ʻokina typed as an apostrophe and the kahakō dropped ('Leinaʻala Kaʻaihue' ->
    "Leina'ala Ka'aihue", 'Nāone' -> 'Naone')."""
    return _fold(text.replace("ʻ", "'"))


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Kaʻaihue' -> 'kaaihue',
    'Józef' -> 'jozef', 'Elżbieta' -> 'elzbieta')."""
    return re.sub(r"[^a-z0-9]", "", _fold(name).lower())


def _reads_public(value: str) -> bool:
    """Whether a name holds a public figure's full name, marks, the ʻokina and case aside."""
    low = " ".join(_fold(value.replace("'", "")).lower().split())
    return any(_fold(full).lower() in low for full in PUBLIC_FIGURES_HELDOUT115)


def _feminine(family: str) -> str:
    """A Polish family name as a woman carries it ('Wodarski' -> 'Wodarska'); the others stay as they are."""
    return SILESIAN_FEMININE_HELDOUT115.get(family, family)


class Gen115(Gen3):
    """Generators for held-out set 115: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT115)  # the forms not given yet
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
        """(origin, given name, family name, is a woman); a Silesian woman's family name in '-ska' where the
        man's is in '-ski'."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT115)
        if woman is None:
            woman = rng.random() < 0.5
        men, women, lasts = NAMES_HELDOUT115[origin]
        first = rng.choice(women if woman else men)
        last = rng.choice([x for x in lasts if not _reads_public(f"{first} {x}")])
        if origin == "silesian" and woman:
            last = _feminine(last)
        return origin, first, last, woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _other(self, pool: list[str], *not_these: str) -> str:
        return self.rng.choice([x for x in pool if x not in not_these])

    def _form(self, origin: str, form: str, woman: bool | None = None, script: str = "") -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT115's, or 'plain'); never one
        that reads as a public figure's; in Devanagari or Urdu script where `script` asks for it, without
        marks where it is 'ascii'."""
        for _ in range(50):
            value = self._form_once(origin, form, woman, script)
            if not _reads_public(value):
                break
        if script == "devanagari" and origin == "newar":
            return _devanagari(value)
        if script == "urdu" and origin == "baloch":
            return _urdu(value)
        return _fold(value) if script == "ascii" else value

    def _form_once(self, origin: str, form: str, woman: bool | None, script: str) -> str:
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT115:
            woman = True
        if form in MEN_FORMS_HELDOUT115:
            woman = False
        if form == "nickname":  # 'Suju', 'Nasi', 'Jorg', 'Kawi'
            nicks = NICKS_HELDOUT115[origin]
            women = set(NAMES_HELDOUT115[origin][1])
            pool = [g for g in sorted(nicks) if woman is None or (g in women) == woman] or sorted(nicks)
            return nicks[rng.choice(pool)]
        if origin == "hawaiian" and form in ("okina", "ascii", "apostrophe"):
            return self._hawaiian_marked(form, woman)
        _, first, last, woman = self._origin_name(origin, woman)
        men, women, lasts = NAMES_HELDOUT115[origin]
        if form == "typo":  # 'Sujan Rajbandari', 'Chakar Rakshani', 'Józef Szymczek', 'Brandon Kealamkia'
            typos = [x for x in lasts + (women if woman else men) if x in NAME_TYPOS_HELDOUT115]
            pick = rng.choice(typos)
            if pick in lasts:
                return f"{first} {NAME_TYPOS_HELDOUT115[pick]}"
            return f"{NAME_TYPOS_HELDOUT115[pick]} {last}"
        if origin == "newar":
            middle = rng.choice(NEWAR_MIDDLE_HELDOUT115[woman])
            if form in ("three_part", "devanagari"):  # 'Sujan Ratna Rajbhandari', 'सुजन राजभण्डारी'
                value = (
                    f"{first} {middle} {last}"
                    if form == "three_part" or rng.random() < 0.5
                    else f"{first} {last}"
                )
                return _devanagari(value) if form == "devanagari" else value
            if form == "initials":  # 'S. R. Rajbhandari', 'S.R. Rajbhandari', 'S. Rajbhandari'
                r = rng.random()
                if r < 0.4:
                    return f"{first[0]}. {middle[0]}. {last}"
                if r < 0.7:
                    return f"{first[0]}.{middle[0]}. {last}"
                return f"{first[0]}. {last}"
            if form == "variant":  # 'Sujan Rajbhandary', 'Sabina Baidya'
                return f"{first} {NEWAR_VARIANTS_HELDOUT115[rng.choice(sorted(NEWAR_VARIANTS_HELDOUT115))]}"
            if form == "surname_first":  # 'RAJBHANDARI Sujan Ratna', 'Rajbhandari, Sabina'
                if rng.random() < 0.5:
                    return f"{last.upper()} {first} {middle}"
                return f"{last}, {first}"
        if origin == "baloch":
            after = rng.choice(BALOCH_AFTER_GIVEN_HELDOUT115[woman])
            if form in ("tribal", "urdu"):  # 'Chakar Buledi', 'چاکر خان بلیدی'
                value = (
                    f"{first} {last}" if form == "tribal" or rng.random() < 0.5 else f"{first} {after} {last}"
                )
                return _urdu(value) if form == "urdu" else value
            if form == "khan_jan":  # 'Chakar Khan Buledi', 'Shari Bibi', 'Naseer Jan Dashti'
                return f"{first} {after} {last}" if rng.random() < 0.6 else f"{first} {after}"
            if form == "muhammad":  # 'Muhammad Naseer Dashti', 'M. Naseer Dashti'
                return f"{rng.choice(['Muhammad', 'M.'])} {first} {last}"
            if form == "variant":  # 'Nasir Bulaidi', 'Mahnaz Gitchki'
                pool = [x for x in BALOCH_VARIANTS_HELDOUT115 if x in lasts + (women if woman else men)]
                pick = rng.choice(pool)
                variant = BALOCH_VARIANTS_HELDOUT115[pick]
                return f"{first} {variant}" if pick in lasts else f"{variant} {last}"
            if form == "surname_first":  # 'BULEDI Chakar Khan', 'Buledi, Mahnaz'
                if rng.random() < 0.5:
                    return f"{last.upper()} {first} {after}"
                return f"{last}, {first}"
        if origin == "silesian":
            german = SILESIAN_GERMAN_HELDOUT115[first]
            given = german if rng.random() < 0.3 else first
            if form == "polish_given":  # 'Józef Wieczorek', 'Małgorzata Wodarska'
                return (
                    f"{rng.choice([g for g in (women if woman else men) if _fold(g) != g] + [first])} {last}"
                )
            if form == "german_given":  # 'Josef Wieczorek', 'Gertrud Kowol'
                return f"{german} {last}"
            if form == "feminine":  # 'Agnieszka Wodarska'
                return f"{first} {_feminine(rng.choice(sorted(SILESIAN_FEMININE_HELDOUT115)))}"
            if form == "married":  # 'Agnieszka Wieczorek-Kowol', 'Gertruda Sobik z domu Pawlas'
                other = _feminine(self._other(lasts, last, *SILESIAN_FEMININE_HELDOUT115))
                r = rng.random()
                if r < 0.4:
                    return f"{first} {last}-{other}"
                if r < 0.8:
                    return f"{first} {last} {rng.choice(SILESIAN_MAIDEN_HELDOUT115[:2])} {other}"
                return f"{german} {last} geb. {other}"
            if form == "ascii":  # 'Jozef Szymiczek', 'Malgorzata Wodarska'
                pool = [g for g in (women if woman else men) if _fold(g) != g]
                return _fold(f"{rng.choice(pool)} {last}")
            if form == "surname_first":  # 'WIECZOREK Józef', 'Wieczorek, Józef'
                return f"{last.upper()} {given}" if rng.random() < 0.5 else f"{last}, {given}"
        if origin == "hawaiian":
            initial = rng.choice("ABDJKLMNRST")
            haw = HAWAIIAN_WOMEN_HAW_HELDOUT115 if woman else HAWAIIAN_MEN_HAW_HELDOUT115
            en = HAWAIIAN_WOMEN_EN_HELDOUT115 if woman else HAWAIIAN_MEN_EN_HELDOUT115
            if (
                form == "english_middle"
            ):  # 'Mahealani Marie Nāone': a Hawaiian given name, an English middle one
                return f"{rng.choice(haw)} {rng.choice(HAWAIIAN_EN_MIDDLE_HELDOUT115[woman])} {last}"
            if (
                form == "hawaiian_middle"
            ):  # 'Brandon Kaleo Kaʻaihue': an English given name, a Hawaiian middle
                return f"{rng.choice(en)} {rng.choice(haw)} {last}"
            if form == "middle_initial":  # 'Brandon K. Kaʻaihue'
                return f"{first} {initial}. {last}"
            if form == "surname_first":  # 'KAAIHUE, BRANDON K.', 'Nāone, Mahealani'
                if rng.random() < 0.5:
                    return _fold(f"{last}, {first} {initial}.").upper()
                return f"{last}, {first}"
        return f"{first} {last}"

    def _hawaiian_marked(self, form: str, woman: bool | None) -> str:
        """A Hawaiian name holding an ʻokina or a kahakō: as written ('okina'), with the marks dropped
        ('ascii': 'Kehaulani Naone') or with the ʻokina typed as an apostrophe ('apostrophe': "Ka'aihue")."""
        rng = self.rng
        for _ in range(50):
            _, first, last, woman = self._origin_name("hawaiian", woman)
            value = f"{first} {last}"
            if _fold(value) != value:
                break
        if form == "ascii":
            return _fold(value)
        if form == "apostrophe":
            if "ʻ" not in value:
                last = rng.choice([x for x in HAWAIIAN_FAMILY_HELDOUT115 if "ʻ" in x])
                value = f"{first} {last}"
            return _apostrophe(value)
        return value

    def _caps(self, origin: str) -> str:
        """A name in capitals as a register or a card holds it ('RAJBHANDARI SUJAN RATNA', 'CHAKAR KHAN
        BULEDI', 'WIECZOREK JÓZEF', 'KAAIHUE, BRANDON K.')."""
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            r = self.rng.random()
            if origin == "newar":
                middle = self.rng.choice(NEWAR_MIDDLE_HELDOUT115[woman])
                value = f"{last} {first} {middle}" if r < 0.5 else f"{first} {middle} {last}"
            elif origin == "baloch":
                after = self.rng.choice(BALOCH_AFTER_GIVEN_HELDOUT115[woman])
                value = f"{first} {after} {last}" if r < 0.6 else f"{last} {first}"
            elif origin == "silesian":
                value = f"{last} {first}" if r < 0.6 else f"{first} {last}"
            else:
                value = (
                    _fold(f"{last}, {first} {self.rng.choice('ABKLMR')}.") if r < 0.5 else f"{first} {last}"
                )
            if not _reads_public(value):
                break
        return value.upper()

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'surname_first', 'devanagari' or 'urdu'
        where the template asks for one."""
        rng = self.rng
        r = rng.random()
        if script == "surname_first":
            return self._form(origin, "surname_first", woman)
        if origin == "newar":
            value = f"{first} {last}"
            if r < 0.25 and not chat:
                value = f"{first} {rng.choice(NEWAR_MIDDLE_HELDOUT115[woman])} {last}"
            return _devanagari(value) if script == "devanagari" else value
        if origin == "baloch":
            value = f"{first} {last}"
            if r < 0.3:
                value = f"{first} {rng.choice(BALOCH_AFTER_GIVEN_HELDOUT115[woman])} {last}"
            return _urdu(value) if script == "urdu" else value
        if origin == "silesian":
            return f"{SILESIAN_GERMAN_HELDOUT115[first]} {last}" if r < 0.2 else f"{first} {last}"
        if r < 0.2 and not chat:
            return f"{first} {rng.choice('ABDJKLMNRST')}. {last}"
        return f"{first} {last}"

    def _owed_for(
        self, origin: str | None, woman: bool | None, script: str, chat: bool
    ) -> tuple[str, str] | None:
        """The first form still owed that suits the template: its origin, gender, script and kind."""
        for o, form in self.owed:
            if origin not in (None, o):
                continue
            if script not in FORM_SCRIPTS_HELDOUT115.get((o, form), DEFAULT_SCRIPTS_HELDOUT115):
                continue
            if (woman is False and form in WOMEN_FORMS_HELDOUT115) or (
                woman is True and form in MEN_FORMS_HELDOUT115
            ):
                continue
            if (form in CHAT_ONLY_FORMS_HELDOUT115 and not chat) or (
                form in FORM_ONLY_FORMS_HELDOUT115 and chat
            ):
                continue
            return o, form
        return None

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        if script == "devanagari":
            origin = "newar"
        if script == "urdu":
            origin = "baloch"
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
        if r < 0.94:  # the given name alone or its short form
            name = first
            nicks = NICKS_HELDOUT115[origin]
            if first in nicks and rng.random() < 0.4:
                name = nicks[first]
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str, woman: bool | None = None) -> str:
        """A name for a title written before it ('Dai Sujan', 'Didi Suju', 'Waja Chakar', 'Amma Mahnaz',
        'pan Wieczorek', 'pani Wodarska', 'ôpa Jorg', 'Aunty Mahealani', 'Tūtū Kēhau'), from the origin that
        uses it."""
        for _ in range(50):
            value = self._titled_once(title, woman)
            if not _reads_public(value):
                return value
        return value

    def _titled_once(self, title: str, cue: bool | None = None) -> str:
        """`cue`: whether the sentence speaks of a woman, for a title that goes with either ('Tūtū')."""
        key = title.lower()
        origin, woman, part = TITLED_HELDOUT115[key]
        woman = cue if woman is None else woman
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        nicks = NICKS_HELDOUT115[origin]
        if part == "family":
            return last
        if first in nicks and rng.random() < 0.35:  # 'Didi Sabu', 'ôpa Jorg', 'Aunty Mahea'
            return nicks[first]
        if origin == "silesian" and rng.random() < 0.2:  # 'ômama Gertrud'
            return SILESIAN_GERMAN_HELDOUT115[first]
        return first

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it, one of the
        origin whose places, papers or speech the template names, in the script or the layout the template
        is written in."""
        m = TITLE_SLOT_HELDOUT115.search(template)
        if m:
            title = m.group(1)
            woman = next((w for cue, w in GENDER_CUES_HELDOUT115 if cue.search(template)), None)
            name = self.titled_person(title, woman)
            self.last_origin = TITLED_HELDOUT115[title.lower()][0]
            return name
        lead = next((lead for lead in SURNAME_FIRST_LEADS_HELDOUT115 if template.startswith(lead)), None)
        script, origin = ("surname_first", SURNAME_FIRST_LEADS_HELDOUT115[lead]) if lead else ("", None)
        if not lead and DEVANAGARI_HELDOUT115.search(template):
            script = "devanagari"
        elif not lead and URDU_HELDOUT115.search(template):
            script = "urdu"
        elif not lead and (template.startswith(('"', "- ")) or "=" in template):
            script = "ascii"
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT115 if cue.search(template)), None)
        origin = origin or next((o for cue, o in ORIGIN_CUES_HELDOUT115 if cue.search(template)), None)
        return self.person(origin, woman, script, chat)

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, and any form of
        FORCED_FORMS_HELDOUT115 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT115:
            template = rng.choice(FORCED_SENTENCES_HELDOUT115[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT115:
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT115["upper"]), self._caps(origin)))
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT115["lower"]), self._plain_lower(origin)))
        while self.owed:
            origin, form = self.owed.pop(0)
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT115 else "form"
            scripts = FORM_SCRIPTS_HELDOUT115.get((origin, form), DEFAULT_SCRIPTS_HELDOUT115)
            script = "" if "" in scripts else sorted(scripts)[0]
            script = "" if script == "surname_first" else script
            filled.append(
                (rng.choice(FORCED_SENTENCES_HELDOUT115[kind]), self._form(origin, form, None, script))
            )
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def _plain_lower(self, origin: str) -> str:
        """A full name in lower case as chat types it ('sujan rajbhandari', 'chakar buledi', 'jozef
        wieczorek', 'kehaulani naone')."""
        for _ in range(50):
            _, first, last, woman = self._origin_name(origin)
            value = self._full(origin, first, last, woman, "", True)
            if origin in ("silesian", "hawaiian") and self.rng.random() < 0.6:
                value = _fold(value)
            if " " in value and not _reads_public(value):
                break
        return value.lower()

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, flat = rng.randint(1, 160), rng.randint(1, 40)
        shapes = {
            "newar": [
                f"{pick(['Kel Tole', 'Asan', 'Indrachowk', 'Kilagal'])}, Kathmandu-{pick(['24', '27'])}",
                f"House No. {n}, {pick(['Bangemuda', 'Kilagal', 'Kel Tole'])}, Kathmandu-24",
                f"Ward No. 27, Asan Tole, House {n}, Kathmandu",
                f"{pick(['Mangal Bazar', 'Nagbahal', 'Gabahal'])}, Lalitpur-16",
                f"House {n}, Pulchowk, Lalitpur-3",
                f"{pick(['Golmadhi', 'Inacho', 'Suryamadhi'])}, Bhaktapur-{rng.randint(1, 10)}",
                f"Madhyapur Thimi-{rng.randint(1, 9)}, Bode, Bhaktapur",
            ],
            "baloch": [
                f"House {n}, {pick(['Kasi Road', 'Spinny Road', 'Double Road'])}, Quetta",
                f"Shop {rng.randint(1, 80)}, Liaquat Bazar, Quetta",
                f"House No. {n}, {pick(['Absar', 'Hospital Road', 'Main Bazar'])}, Turbat, Kech",
                f"{pick(['Mulla Band', 'Fish Harbour Road', 'Marine Drive'])}, Gwadar",
                f"House No. {n}, Street {rng.randint(1, 12)}, {pick(['Kalakot', 'Baghdadi', 'Chakiwara'])}, Lyari, Karachi",
                f"Shop {rng.randint(1, 60)}, Chakiwara Road, Lyari, Karachi",
                f"{n} Singo Lane, Lyari, Karachi",
            ],
            "silesian": [
                f"ul. {pick(['Mariacka', 'Mikołowska', 'Chorzowska', '3 Maja'])} {n}/{flat}, {pick(['40-014', '40-085', '40-101'])} Katowice",
                f"pl. Wyzwolenia {rng.randint(1, 30)}/{flat}, 40-423 Katowice",
                f"ul. {pick(['Ozimska', 'Reymonta', 'Książąt Opolskich'])} {n}, {pick(['45-057', '45-368', '45-015'])} Opole",
                f"ul. {pick(['Zwycięstwa', 'Dworcowa', 'Bojkowska'])} {n}, 44-100 Gliwice",
                f"ul. Zwyciestwa {n}/{flat}, 44-100 Gliwice",
            ],
            "hawaiian": [
                f"{rng.randint(100, 2999)} {pick(['Kapiolani Blvd', 'Kapiʻolani Blvd', 'Keeaumoku St', 'N King St'])}, Honolulu, HI {pick(['96814', '96817', '96826'])}",
                f"{rng.randint(100, 2699)} Tantalus Dr, Papakōlea, Honolulu, HI 96813",
                f"{rng.randint(10, 999)} {pick(['Kilauea Ave', 'Kīlauea Ave', 'Waianuenue Ave', 'Kamehameha Ave'])}, Hilo, HI 96720",
                f"P.O. Box {rng.randint(1, 2999)}, Keaau, HI 96749",
                f"{rng.randint(10, 999)} Market St, Wailuku, HI 96793",
                f"{rng.randint(10, 999)} {pick(['Kaahumanu Ave', 'Kaʻahumanu Ave'])}, Kahului, HI 96732",
                f"{rng.randint(1000, 3999)} Baldwin Ave, Makawao, HI 96768",
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT115 for s in shapes[o]])

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, woman = self._origin_name(origin)
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT115[origin])
        user = rng.choice([f"{first}.{last}", f"{first[:1]}.{last}{rng.randint(1, 99):02d}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{last}.{first[:1]}", f"{first}_{subject}", f"{subject}.{first}", f"{first}{rng.randint(1970, 2012)}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "gmail.com", *EMAIL_DOMAINS_HELDOUT115[origin]])
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        pk = ["300", "301", "303", "311", "321", "333", "345", "346"]
        shapes = {
            "newar": [
                f"98{pick('0123456')}{d(7)}",  # Nepali mobiles
                f"+977 98{pick('0123456')}{d(7)}",
                f"+977-98{pick('0123456')}-{d(6)}",
                f"98{pick('456')}{d(1)}-{d(6)}",
                f"01-42{d(5)}",  # Kathmandu
                f"01-552{d(4)}",  # Lalitpur
                f"01-661{d(4)}",  # Bhaktapur
            ],
            "baloch": [
                f"0{pick(pk)}-{d(7)}",  # Pakistani mobiles
                f"0{pick(pk)} {d(7)}",
                f"+92 {pick(pk)} {d(7)}",
                f"+92{pick(pk)}{d(7)}",
                f"0852-41{d(4)}",  # Turbat
                f"086-421{d(4)}",  # Gwadar
                f"021-32{d(6)}",  # Karachi
                f"+92 21 32{d(6)}",
            ],
            "silesian": [
                f"+48 {pick('5678')}{d(2)} {d(3)} {d(3)}",  # Polish mobiles
                f"{pick('567')}{d(2)} {d(3)} {d(3)}",
                f"{pick('567')}{d(2)}-{d(3)}-{d(3)}",
                f"+48{pick('567')}{d(8)}",
                f"+48 32 25{d(1)} {d(2)} {d(2)}",  # Katowice
                f"77 45{d(1)} {d(2)} {d(2)}",  # Opole
                f"+49 1{pick(['51', '60', '70', '76'])} {d(7)}",  # a German mobile of one who works there
            ],
            "hawaiian": [
                f"(808) 935-{d(4)}",  # Hilo
                f"808-244-{d(4)}",  # Wailuku
                f"(808) 871-{d(4)}",  # Kahului
                f"(808) {pick(['591', '593', '596'])}-{d(4)}",  # Honolulu
                f"808.{pick(['847', '841'])}.{d(4)}",  # Kalihi
                f"+1 808 {pick(['372', '389', '640'])} {d(4)}",  # mobiles
            ],
        }  # fmt: skip
        origin = self._origin_after_name()
        return pick(shapes[origin] if origin else [s for o in ORIGINS_HELDOUT115 for s in shapes[o]])

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}",
                             "6011", "65", "34", "37"])  # fmt: skip
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
        own = IBAN_BY_ORIGIN_HELDOUT115[origin] if origin else []
        country = rng.choice(own or sorted(IBAN_SHAPES_HELDOUT115))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT115[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.choice([0, 1, 10, 88])}.{rng.randint(2, 254)}",
                           f"10.{rng.randint(0, 30)}.{rng.randint(0, 20)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2400:1a00:{h()}:{h()}::{h()}", f"2400:adc0:{h()}:{h()}::{h()}", f"2a01:110f:{h()}:{h()}::{h()}",
                           f"2603:800c:{h()}:{h()}:{h()}::{h()}", f"2a02:a31a:{h()}:{h()}::{h()}", f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the salon's card terminal, the booking tablet, the CCTV over the
        chairs, the receipt printer, the router's admin page, the booking site's log and a login alert; v4
        and v6; `chat` as in `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the card terminal lost the network again, it should be on {}, can you check?", v4),
            ("the booking tablet at the front desk has {} now, add it to the printer", v4),
            ("the CCTV over the chairs streams from {}, open it in the app", v4),
            ("the receipt printer got {} from the router, that's why nothing prints", v4),
            ("Schedulicity says someone logged into the salon account from {}, was that you?", rng.choice([v4, v6])),
            ("Versum pokazuje logowanie z {}, to ty byłaś?", v4),
            ("parlour ko router ko admin page {} ma cha, password change garnu", v4),
            ("salon ka wifi router {} pe hai, restart kar do", v4),
            ("the Instagram login alert says {}, nobody at the salon is in Lagos", v4),
            ("the Verifone terminal pings {} and then gives up", v6),
            ("listen {}:8080", v4),
            ("$ ping -c 4 {}", v4),
            ("$ ping -6 -c 4 {}", v6),
            ("   IPv4 Address. . . . . . . . . . . : {}", v4),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("Mar 14 09:12:44 salon-pos sshd[1187]: Failed password for admin from {} port 50122 ssh2", v4),
            ('{} - - [14/Mar/2026:10:05:31 +0545] "POST /booking/login HTTP/1.1" 302 0', v4),
            ("terminal_ip: {}", v4),
            ("CCTV_HOST={}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        year = rng.randint(1975, 2012)
        return rng.choice(
            [
                f"{rng.choice(['Asan', 'Patan', 'Bhaktapur', 'Basantapur', 'Yenya'])}{rng.choice(['@977', '#44600', '_2081', '!!'])}",
                f"{rng.choice(['Quetta', 'Gwadar', 'Turbat', 'Lyari', 'Makran'])}{rng.choice(['@92', '#081', '_786', '!!'])}",
                f"{rng.choice(['Katowice', 'Gliwice', 'Opole', 'Nikisz', 'Slonsk'])}{rng.choice(['@48', '#40-014', '2024', '!!'])}",
                f"{rng.choice(['Hilo', 'Kalihi', 'Wailuku', 'Aloha', 'Mauna'])}{rng.choice(['@808', '#96720', '!!', '2025'])}",
                rng.choice(["scissors", "balayage", "fadecut", "keratin", "razor", "blowdry"]).translate(leet) + rng.choice(["", "!", "_115"]),
                f"{rng.choice(['suju', 'sabu', 'nasi', 'wasi', 'jorg', 'gosia', 'kawi', 'mahea'])}{rng.choice([str(year), str(year)[2:], '123'])}",
                f"{rng.choice(['Salon', 'Barber', 'Parlour', 'Studio'])}{rng.randint(2019, 2026)}-{rng.choice(['Chair', 'Till', 'Front', 'Back'])}{rng.randint(10, 99)}",
                f"{rng.choice(['frontdesk', 'till', 'owner', 'admin'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, d = self.token, self.password(), self.d
        colonless = re.sub(r"[:@/#%+$&?()!;]", "", pw) or "Salon2024Till"  # where ':' or ';' would end it
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        b64 = string.ascii_letters + string.digits + "-_"
        options = [
            # the salon's logins and codes, handed over the ways a salon does it
            ("the POS password is on the sticky note under the till, {}", pw),
            ("the Verifone supervisor code is {}, don't give it to the new girl", d(6)),
            ("the Ingenico terminal's manager PIN is {}", d(4)),
            ("the customer wifi password is on the mirror by chair 3, {}", pw),
            ("I changed the Schedulicity password to {}, the old one leaked", pw),
            ("the Goldwell supplier portal password is {}, order the 7N and the 9A", pw),
            ("the salon's Instagram password is {}, post the bride's photos tonight", pw),
            ("the padlock code on the razor cabinet is {}", d(4)),
            ("the Easypaisa PIN of the shop phone is {}, pay the supplier from it", d(5)),
            ("BLIK code {}, pay the deposit quick it expires in 2 minutes", d(6)),
            # cues in the set's languages
            ("booking app ko password {} ho, kasailai nabhannu", pw),
            ("पार्लरको वाइफाइ पासवर्ड {} हो, कसैलाई नभन्नू", pw),
            ("POS ka password {} hai, kisi ko mat batana", pw),
            ("دکان کے وائی فائی کا پاس ورڈ {} ہے، کسی کو مت بتانا", pw),
            ("hasło do Versum to {}, nikomu nie mów", pw),
            ("hasło do kasy je {}, niy godej nikōmu", pw),
            ("the wifi password at the shop is {}, no tell nobody", pw),
            ("hasło do wifi w salonie: {}", colonless),
            # commands
            ("psql postgresql://booking:{}@10.0.0.5/salon", colonless),
            ("nmcli dev wifi connect Salon_Guest password {}", colonless),
            # pastes
            ("WIFI:T:WPA;S:Salon_Guest;P:{};;", colonless),
            ("FONEPAY_MERCHANT_SECRET={}", tok(32, hexd)),
            ("EASYPAISA_HASH_KEY={}", tok(16, alnum)),
            ("VERSUM_API_TOKEN={}", tok(40, hexd)),
            ("SCHEDULICITY_API_KEY={}", tok(32, alnum)),
            ("INSTAGRAM_ACCESS_TOKEN={}", "IGQV" + tok(60, b64)),
            ("STRIPE_SECRET_KEY={}", "sk_live_" + tok(24, alnum)),
            ("SMTP_PASSWORD={}", colonless),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: the booking app's and the supplier portal's logins, a salon's or a stylist's Instagram
        and TikTok, in shapes like 'suju_cuts_ktm', 'quetta.barber.chakar', 'fryzjer_kowol', 'kehau.hair808'."""
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        yy = rng.randint(85, 99) if rng.random() < 0.6 else rng.randint(0, 12)
        subject = rng.choice(SUBJECTS_HELDOUT115[origin])
        own = {
            "newar": [f"{first}_cuts_ktm", f"{first}.{last}{yy:02d}", f"{subject}by{first}"],
            "baloch": [f"{subject}.{first}", f"{first}_{last}{yy:02d}", f"{first}{last[:4]}"],
            "silesian": [f"fryzjer_{last}", f"{first}.{last}", f"{first}{yy:02d}"],
            "hawaiian": [f"{first}.hair808", f"{first}_{last}", f"{subject}by{first}"],
        }[origin]
        return rng.choice([f"{subject}_{first}", f"{first}-{last}", *own, *own])

    def _birth(self, oldest: int = 1960, youngest: int = 2008) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1960, youngest: int = 2008) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by country, language or format; the Bikram
        Sambat date is drawn beside the AD one (its new year falls in mid-April: 57 years ahead from then,
        56 before), each month's day kept within the days every year of it has."""
        y, m, day = self._birth(oldest, youngest)
        by = y + 57 if (m, day) >= (4, 14) else y + 56
        bm = self.rng.randint(1, 12)
        bd = self.rng.randint(1, 31 if 2 <= bm <= 5 else 30 if bm in (1, 6) else 29)
        bs = f"{by}/{bm:02d}/{bd:02d}"
        return {
            "np_bs": bs,
            "np_bs_words": f"{bd} {BS_MONTHS_HELDOUT115[bm - 1]} {by}",
            "np_bs_deva": bs.translate(DEVANAGARI_DIGITS_HELDOUT115),
            "np_bs_deva_words": f"{by} {BS_MONTHS_DEVANAGARI_HELDOUT115[bm - 1]} {bd}".translate(DEVANAGARI_DIGITS_HELDOUT115),
            "pk": f"{day:02d}-{m:02d}-{y}",
            "pk_slash": f"{day:02d}/{m:02d}/{y}",
            "pk_words": f"{day} {EN_MONTHS_HELDOUT115[m - 1]} {y}",
            "ur_words": f"{day} {URDU_MONTHS_HELDOUT115[m - 1]} {y}",
            "pl": f"{day:02d}.{m:02d}.{y}",
            "pl_words": f"{day} {POLISH_MONTHS_HELDOUT115[m - 1]} {y}",
            "de_words": f"{day}. {GERMAN_MONTHS_HELDOUT115[m - 1]} {y}",
            "us": f"{m:02d}/{day:02d}/{y}",
            "us_words": f"{EN_MONTHS_HELDOUT115[m - 1]} {day}, {y}",
            "haw_words": f"{day} {HAWAIIAN_MONTHS_HELDOUT115[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }  # fmt: skip

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of the name's region takes."""
        shapes = self._dob_shapes()
        own = {"newar": ["np_bs"], "baloch": ["pk", "pk_slash"], "silesian": ["pl"], "hawaiian": ["us"]}
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["np_bs", "pk", "pl", "us", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`; a bride's, a child's first haircut's or a grandparent's."""
        s, kid, old = self._dob_shapes(), self._dob_shapes(2016, 2024), self._dob_shapes(1938, 1960)
        bride = self._dob_shapes(1994, 2004)
        options = [
            ("mero janma miti {} ho, loyalty card ma lekhnu", s["np_bs_words"]),
            ("जन्म मिति (वि.सं.): {}", s["np_bs_deva"]),
            ("मेरो जन्म {} गते हो", s["np_bs_deva_words"]),
            ("Date of birth (B.S.): {}", s["np_bs"]),
            ("the bride was born {}, the parlour wants it for the package", bride["pk_words"]),
            ("meri paidaish {} ki hai, card pe likh do", s["pk"]),
            ("تاریخ پیدائش: {}", s["ur_words"]),
            ("Date of birth (DD-MM-YYYY): {}", s["pk"]),
            ("urodziłam się {}, wpisz to na kartę stałej klientki", s["pl_words"]),
            ("Data urodzenia: {}", s["pl"]),
            ("ôpa urodził się {}, chce rabat dla seniora", old["pl_words"]),
            ("Geburtsdatum: {}", s["de_words"]),
            ("my son was born {}, it's his first haircut at Uncle's shop", kid["us_words"]),
            ("I was born {}, put it on the loyalty card for the birthday discount", s["us_words"]),
            ("hānau ʻia au i ka lā {}", s["haw_words"]),
            ("Date of birth (MM/DD/YYYY): {}", s["us"]),
            ('    "date_of_birth": "{}",', s["iso"]),
            ("birth_date: {}", s["iso"]),
            ("clients.csv: 115,bridal,{},paid", bride["iso"]),
            ("DOB: {}", s["us"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT115_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} did my fade at the shop behind Asan, best in Kathmandu",
        "{} does the bridal makeup in Lalitpur, book her early for the wedding season",
        "{} ko parlour ma threading 100 rupees matra cha",
        "{} le mero kapaal ekdam ramro kaatyo, Bhaktapur ma",
        "Dai {} cuts hair in the little shop behind Asan, no booking, just walk in",
        "Didi {} did my threading in Mangal Bazar for 100 rupees",
        "Baa {} still shaves the old men of Bhaktapur with a straight razor",
        "{} ले पार्लरको भाडा तिर्नुभयो",
        "नाम: {}",
        "{} is the best barber in Quetta, his beard trims are perfect",
        "{} ki shop Lyari mein hai, Saturday ko bohot rush hota hai",
        "{} ne dulhan ka makeup Turbat mein kiya tha",
        "Waja {} runs the barbershop on Kasi Road in Quetta",
        "Baba {} has been cutting hair in Lyari for forty years",
        "Amma {} wants the mehndi artist at home before the wedding in Turbat",
        "{} نے دکان کا کرایہ دے دیا",
        "نام: {}",
        "{} کی دکان میں داڑھی سب سے اچھی بنتی ہے",
        "{} robi najlepsze balejaże w Katowicach",
        "{} strzyże u nas w Gliwicach od trzydziestu lat",
        "{} umówiła się na farbowanie w piątek o 10",
        "{} je nojlepszy fryzjer w całym Ślōnsku",
        "pan {} strzyże u nas w Gliwicach od trzydziestu lat",
        "pani {} umówiła się na farbowanie w piątek o 10",
        "ôpa {} chce sie ôstrzigać jak zawsze, na krōtko",
        "ômama {} przyszła na trwałą ondulację w Opolu",
        "{} does the best braids in Hilo, she's booked out till June",
        "{} cut my boy's hair for his graduation, mahalo",
        "{} stay doing the bride's makeup in Kahului",
        "Aunty {} does the best haku lei and hair for graduation in Hilo",
        "Uncle {} has the old-style barbershop on Market Street in Wailuku",
        "Tūtū {} wants her hair set before the lūʻau on Saturday",
        "Tutu {} booked a wash and set for Friday at 9",
        "{} is on the rota for Saturday, chair 2",
        "{} wants the dye order before Friday",
        "{} left the keys of the salon at the front desk",
        "who is {}? the book says she paid the deposit already",
        "tell {} the bride moved her trial to Sunday",
        "{} says the new clippers came in",
        "ask {} if the Redken order arrived",
        "{} and {} share the Saturday shift",
        "{} took the walk-ins while I did the bride",
        "did {} get her wage for last week?",
        "Client name: {}",
        "Stylist: {}",
        "Barber: {}",
        "Bride: {}",
        "Booked with: {}",
        "Thar, naam: {}",
        "Surname, given names: {}",
        "Nazwisko i imię: {}",
        "Klientka: {}",
        "LAST, FIRST MI: {}",
        "| Sat | {} | chair 2 | 10-6 |",
        '"client_name": "{}",',
        "- stylist: {}",
    ],
    "STREET_ADDRESS": [
        "the new parlour is at {}",
        "send the dye order to {} please",
        "the barbershop moved to {}",
        "come to {} for the bridal trial",
        "the supplier delivers to {} on Tuesdays",
        "parlour ko naya thegana {} ho",
        "shop ka pata {} hai",
        "zamówienie wyślij na {}",
        "the salon's mail goes to {}",
        "Address: {}",
        "Thegana: {}",
        "Adres: {}",
        "Mailing address: {}",
        "پتہ: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the booking confirmation to {}",
        "the supplier's invoice went to {}",
        "the Schedulicity account is on {}",
        "the bride's mum wants the quote on {}",
        "forward the loyalty list to {} please",
        "invoice {} ma pathaunu",
        "bill {} pe bhej do",
        "fakturę wyślij na {}",
        "E-mail: {}",
        "Email: {}",
        "ای میل: {}",
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "call me on {} when the bride is ready",
        "the barber's number is {}",
        "whatsapp {} for the bridal booking",
        "the supplier's rep is on {}",
        "text {} for a walk-in slot",
        "booking ko lagi {} ma phone garnu",
        "appointment ke liye {} pe call karo",
        "zadzwoń na {} to cię zapiszę",
        "Phone: {}",
        "Mobile: {}",
        "Tel.: {}",
        "Phone no.: {}",
        "فون: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid for the highlights with {}",
        "the dye order went on {}",
        "the bridal package was charged to {} twice",
        "book the trial with {} please",
        "the new chairs were paid with {}",
        "card {} le payment garē",
        "card {} se payment ki",
        "zapłaciłam kartą {}",
        "Card: {}",
        "Card number: {}",
        "Numer karty: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "the salon's account for the deposit is {}",
        "pay the supplier into {}",
        "my brother sends the money from the Gulf to {}",
        "the bride's deposit goes to {}",
        "refund the cancelled booking to {} please",
        "advance {} mein bhej dein",
        "zaliczkę przelej na {}",
        "IBAN: {}",
        "Account (IBAN): {}",
        "Numer konta (IBAN): {}",
        "Beneficiary IBAN: {}",
    ],
    "USERNAME": [
        "the salon's instagram is {}",
        "on tiktok the barbershop is {}",
        "my Schedulicity login is {}",
        "the Versum user for the front desk is {}",
        "the supplier portal user is {}",
        "the booking site's admin user is {}",
        "my handle in the salon's group chat is @{}",
        "parlour ko instagram {} ho",
        "shop ka insta {} hai",
        "mój login do Versum to {}",
        "Login: {}",
        "Username: {}",
        "User: {}",
        "Użytkownik: {}",
        '"username": "{}",',
    ],
}
HELDOUT115_MIXED = [
    ("Client name: {}\nDate of birth: {}\nPhone: {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Name: {}\nE-mail: {}\nPassword: {}", ["PERSON", "EMAIL_ADDRESS", "SECRET"]),
    ("Thar, naam: {}\nPhone: {}", ["PERSON", "PHONE_NUMBER"]),
    ("Surname, given names: {}\nAddress: {}", ["PERSON", "STREET_ADDRESS"]),
    ("Nazwisko i imię: {}\nData urodzenia: {}\nAdres: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("LAST, FIRST MI: {}\nDOB: {}\nMailing address: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("{} paid for the bridal package with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} wants her wage in {}", ["PERSON", "IBAN_CODE"]),
    ("the make-up artist is {}, {}, and wants the deposit in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("email: {} / password: {}", ["EMAIL_ADDRESS", "SECRET"]),
    ("Schedulicity login {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Stylist: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} ({}) sent the dye order", ["PERSON", "EMAIL_ADDRESS"]),
    ("the supplier charged {} and wants the rest in {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the bridal quote to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved to {}, change it on the client card", ["PERSON", "STREET_ADDRESS"]),
    ("Account holder: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the card terminal is on {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("BOOKING_DB_HOST={}\nBOOKING_DB_USER={}\nBOOKING_DB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} takes the walk-ins and {} does the bride", ["PERSON", "PERSON"]),
    ("{} wants the booking confirmation sent to {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Bride: {}\nPhone: {}", ["PERSON", "PHONE_NUMBER"]),
]  # fmt: skip
HELDOUT115_NEGATIVES = [
    "Kathmandu, Lalitpur and Bhaktapur are the three old Newar towns of the valley",
    "Shrestha, Maharjan and Bajracharya are Newar family names, the barbers' caste is Napit",
    "Dai is elder brother and Didi elder sister, Baa and Maa are father and mother in Nepal Bhasa",
    "Newar names often have Ratna or Kaji in the middle for a man and Maya or Laxmi for a woman",
    "a haircut in Asan is 150 rupees, a beard trim 80",
    "the bridal package in Lalitpur is 25,000 rupees with the trial",
    "Ratna Park and King's Way are where the big salons of Kathmandu are",
    "Tribhuvan University has a beauty course now",
    "parlours are fully booked before Dashain and Tihar",
    "jwajalapa, the shop opens at 10 tomorrow",
    "Fonepay QR is on the mirror, scan and pay",
    "Quetta, Turbat and Gwadar all have barbers who do the Balochi beard",
    "Waja is how you call a man with respect in Balochi, Baba is father and Amma is mother",
    "Buledi, Gichki and Kalmati are Baloch tribes, not given names",
    "on a Pakistani ID card a woman often has Bibi after her name",
    "the Ayub Stadium in Quetta is next to the salon market",
    "Jinnah Avenue in Gwadar has two new barbershops",
    "a shave in Lyari is 200 rupees, a haircut 400",
    "Easypaisa and Meezan Bank are what the shop takes for deposits",
    "salon Saturday ko 11 baje khulta hai",
    "bridal makeup ka package 35,000 rupees hai",
    "Katowice, Opole and Gliwice are the Silesian towns where we have salons",
    "pan and pani are Mr and Mrs in Polish, ôpa and ômama are grandpa and grandma in Silesian",
    "a Polish woman's family name ends in -ska where her husband's ends in -ski",
    "z domu means née on a Polish form, geb. on a German one",
    "the Jerzy Ziętek roundabout in Katowice is where the hair supplier has its warehouse",
    "the Wojciech Korfanty monument is in front of the Silesian parliament in Katowice",
    "Nikiszowiec has a square named after the film director Kazimierz Kutz",
    "strzyżenie męskie 60 zł, broda 40 zł",
    "koloryzacja od 250 zł, zależy od długości włosów",
    "szczęść Boże, jutro otwieramy o 9",
    "dzięki wszystkim za sobotę, było fest roboty",
    "Versum and BLIK are what most salons in Katowice use",
    "Honolulu, Hilo and Maui all have old barbershops that take walk-ins",
    "Aunty and Uncle are what you call any older lady or man in Hawaiʻi, Tūtū is grandma or grandpa",
    "the ʻokina is a letter in Hawaiian, not an apostrophe",
    "the Duke Kahanamoku statue on Waikīkī gets a lei every day",
    "Kapiʻolani Community College has a cosmetology program",
    "Kamehameha Schools graduation is when every salon on Oʻahu is booked",
    "a men's cut in Wailuku is 30 dollars, kids 20",
    "mahalo for coming in, see you next month",
    "shoots, pau hana already, we close at 6",
    "Zelle and Bank of Hawaii are how the salon gets paid",
    "loyalty card LC-115-0042 has 9 stamps, the 10th cut is free",
    "booking number BK-2026-0815 is the bridal trial",
    "order PO-4471: 12 tubes of 7N, 6 of 9A, 2 litres of developer",
    "chair 3 is for walk-ins on Saturday",
    "job card 88 was the bride's mother",
    "the BaBylissPRO FX870 clipper is 150 dollars",
    "the Dorco ST300 blades come 100 to a box",
    "Gillette Platinum blades are 8 dollars for 20",
    "Goldwell Topchic 7N is the most used colour in the salon",
    "Redken Shades EQ 09V is for toning blondes",
    "the Dyson Supersonic is 429 dollars",
    "the GHD Platinum+ straightener heats to 185 degrees",
    "Verifone error 93 means the card was refused, try again",
    "Ingenico Move 5000 shows E-42 when the paper runs out",
    "Schedulicity error 503 means the site is down for everyone",
    "the terminal's default supervisor password is 166831, change it",
    "the router's default login is admin with the password admin, change it",
    "the booking app's demo account is demo with the password demo",
    "FONEPAY_MERCHANT_SECRET=your-secret-here",
    "VERSUM_API_TOKEN=changeme",
    "wifi password: ********",
    "4111 1111 1111 1111 is the test card for the booking site",
    "PL61 1090 1014 0000 0712 1981 2874 is the example IBAN in the bank's guide",
    "write to bookings@example.com for group bookings",
    "192.0.2.115 is a documentation address",
    "198.51.100.15 is a documentation address",
    "2001:db8:115::1 is a documentation address",
    "the wedding season starts on 2026-11-20",
    "the salon is closed from 24/12 to 02/01",
    "the bridal fair is on March 12, 2027 at 10 am",
    "Mha Puja falls on 2026-11-09 this year, we close early",
    "the dye order comes on 15.01.2027",
    "see you at the shop tomorrow",
    "the walk-in queue is out the door again",
    "the new apprentice starts on Monday",
    "we need more towels before Saturday",
    "the bride loved her hair, well done everyone",
    "two chairs free at 3 if anyone wants a trim",
]  # fmt: skip


def _typo115(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a salon word's well-known misspelling ('appointment' -> 'appoinment',
    'receipt' -> 'reciept', 'scissors' -> 'sissors', 'beautician' -> 'beautican', Polish 'wziąć' -> 'wziąść'
    and 'naprawdę' -> 'na prawdę'), or chat shorthand in the set's languages ('please' -> 'pls', 'appointment'
    -> 'appt', Polish 'dzięki' -> 'dzk' and 'proszę' -> 'pls', Roman Urdu 'inshallah' -> 'IA'). Only in
    sentences typed to the bot or a friend; a title or a kin word by a name stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT115.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT115[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT115.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT115[m.group(1)] + template[m.end() :]


def build_heldout115(seed: int = HELDOUT115_SEED) -> list[Example]:
    """Held-out set 115: `Gen115` values in `HELDOUT115_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen115.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen115(seed)
    examples = assemble_module_set(
        gen, HELDOUT115_TEMPLATES, HELDOUT115_MIXED, HELDOUT115_NEGATIVES, _typo115, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
