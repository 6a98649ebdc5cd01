"""Held-out PII set 99 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout99": written by a separate author who did not change recognizers, never saw Kaizen's misses on it and
kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT99 is empty, as for held-out 16 to 98;
written at the same time as held-out 100 by another author); military service and veterans seen by families
(the call-up or conscription papers, the regiment's reunion, the veterans' association and its dues, the
service pension and the disability claim, the medal and its citation, the military hospital, the parcel sent
to a son on service, the leave pass, the cemetery visit on a remembrance day, the discharge papers).
The brief named Gurkha families of Pokhara, Dharan and Aldershot and the Druze of Mount Carmel, but both were
already main peoples of earlier sets (the Gurkhas of held-out 56, the Druze of held-out 29), so this set
takes their neighbours: hand-written lists of Garhwalis of Pauri, Tehri, Kotdwar, Lansdowne and Dehradun in
Uttarakhand, where the Garhwal Rifles have their regimental centre (the ex-servicemen's ECHS card and
polyclinic, the SPARSH pension portal, the CSD canteen card, the Zila Sainik Kalyan office, the Agniveer
call-up letter, the Military Hospital in Lansdowne, the Kargil Vijay Diwas wreath; men's given names with
'Singh' between the given and the family name ('Kundan Singh Rawat', 'Trilok Singh Negi'), women's with
'Devi' after the given name or before the family name ('Kamla Devi', 'Basanti Devi Bisht'), family names
after a clan or a village ('Rawat', 'Negi', 'Bisht', 'Butola', 'Kandari', 'Aswal') and some that are also a
word or a title ('Rana', 'Gusain'), an army record's initials ('K S Rawat'), the name in Devanagari as a
pension order or a ration card writes it ('कुंदन सिंह रावत'), and 'Hav' (havildar), 'Sub' (subedar) and
'Rfn' (rifleman) before a full name, 'bhula' (younger brother) and 'dida' (elder brother) after a man's and
'boji' (elder brother's wife) after a woman's given name, outside the span), Circassians (Adyghe) of Kfar
Kama and Rehaniya in the Galilee, whose men are called up to the IDF (the tzav rishon, the Ministry of
Defence's rehabilitation department and its disability committee, Yad LaBanim, the Circassian memorial day
on 21 May, the lamb and the pasta for the soldier home on leave; Adyghe given names ('Zaur', 'Anzor',
'Kazbek', 'Nart', 'Inal') and the women's in -et ('Nafset', 'Fatimet', 'Mariet', 'Zuriet', 'Asiet'), Adyghe
family names ('Natkho', 'Napso', 'Hatuk', 'Thawcho', 'Bzhasho', 'Teuchezh') and some that are also a word
('Abrek', 'Kard'), the family name as an Israeli identity card transliterates it and as a Russian-trained
cousin spells it ('Natkho' and 'Natcho', 'Hatuk' and 'Khatuk'), the name in Hebrew script ('זאור נאטחו'),
Arabic script ('زاور ناطخو') and Cyrillic ('Заур Натхо'), and 'Sheikh' (the imam) and 'rasal' and 'samal'
(IDF ranks) before a full name, 'nana' (grandmother) before a woman's and 'dada' (grandfather) before a man's
given name, outside the span), Koreans of Busan and Daegu (the 병무청's call-up, the training centre in
Nonsan and the 'The Camp' app's letters to a trainee, reserve training, the UN Memorial Cemetery in Busan,
현충일 on 6 June, the veterans' 보훈 pension; Korean names in Hangul, family first and without a space
('김민준'), and in their romanisations: family name first or last, the given name hyphenated, joined or
apart, in the popular or the Revised spelling ('Kim Min-jun', 'Min-jun Kim', 'KIM MINJUN', 'Jeong Seong-min',
'Yi Sang-cheol'), '씨' and '님' after a full name, '형' and '오빠' after a given name in Hangul and 'hyung'
and 'oppa' after a romanised one, and '훈련병' (a trainee) before a full name, outside the span) and
iTaukei Fijians of Nadi, Sigatoka and Nadroga and in the British Army at Catterick and Tidworth (the
RFMF and the British Army's recruiting in Fiji, the lovo and the kava for the regiment's families' day, the
sevusevu at the village, the welfare office, the Armed Forces Covenant; given names from the Bible in Fijian
spelling ('Josefa', 'Sitiveni', 'Isikeli', 'Litia', 'Salote', 'Vasemaca'), family names that were a
forefather's given name ('Naivalu', 'Vunivalu', 'Tikoduadua', 'Seruvakula') and some that are also a word
('Cakau' a reef, 'Tabua' a whale's tooth, 'Qalo'), the old phonetic spelling an English clerk writes for the
Fijian letters q, g, c, b and d ('Vakacegu' -> 'Vakathengu', 'Waqa' -> 'Wangga'), a British Army nominal
roll's SURNAME Given ('NAIVALU Josefa'), and 'Ratu' before a man's and 'Adi' before a woman's full name,
'Tata' (father) before a man's and 'Nau' (mother) before a woman's given name, and 'LCpl', 'Cpl' and 'Sgt'
before a family name, outside the span); names on papers of the services and the families, in English
('Next of kin:', 'Service pensioner:', 'Claimant:', 'Medal recipient:', 'Leave pass issued to:', 'Member:',
'Addressee:', 'Nominal roll:', a reunion's seating '| Table 4 |'), Hindi ('नाम:', 'पेंशनभोगी:'), Hebrew
('שם החייל:', 'איש קשר:'), Arabic ('الاسم:'), Russian ('ФИО:'), Korean ('성명:', '받는 사람:', '입영 대상자:')
and Fijian ('Yacana:'); a shop, a bakery, a trust and a prize that carry a family name ('Negi Tent House',
'Natkho Bakery', 'Vunivalu Holdings', 'the Rawat Trust', 'the Naivalu shield') no person either, a service,
pension, claim, dues and case number no secret; over three quarters of the sentences typed to the bot or a
friend, with the theme's typos; self-hosted apps' config no earlier set pasted: ProjectSend's
sys.config.php with its DB_HOST, DB_USER and DB_PASSWORD for sending the discharge papers' scans to the
association, Jirafeau's config.local.php with its admin_password for the disability claim's scans, An Otter
Wiki's settings.cfg with SECRET_KEY, MAIL_USERNAME and MAIL_PASSWORD for the regiment's reunion wiki, Dashy's
conf.yml with a user and its sha-256 hash for the association's NAS dashboard, and kanidmd's
recover-account printing the new admin password; those regions' addresses (a Garhwal village's 'Gram ...,
Post ..., Pauri Garhwal 246172' and the same in Devanagari, Kotdwar's ex-servicemen's colony, a quarter at
Lansdowne's regimental centre, Dehradun's, a Galilee village's post office box 'P.O.B. 112, Kfar Kama
1584700' and in Hebrew and Arabic, Afula's and Tiberias' streets, Busan's and Daegu's road-name addresses in
Hangul with the 동 and 호 and the postal code and romanised, a Fijian village 'Naidovi Village, Nadroga',
Nadi's 'Lot 14, Namaka' and post office boxes, Catterick Garrison's 'DL9' and Tidworth's 'SP9') and phones
(Pauri's '01368', Kotdwar's '01382', Dehradun's '0135', Indian mobiles '+91 9x' and '0 94120', the Lower
Galilee's '04-67', Israeli mobiles '05x-' and '+972 5x', Busan's '051', Daegu's '053', Korean mobiles '010-'
and '+82 10', Fiji's '+679' mobiles and Nadi's and Sigatoka's lines, Catterick's '01748', Tidworth's '01980'
and UK mobiles '07'); Visa, Mastercard, RuPay and Amex as a canteen, a dues payment, a parcel's postage, a
reunion ticket or a hotel take them; IBANs of the UK and Israel and, as India, Korea and Fiji have none, of
the United Arab Emirates, where a Garhwali son works in a hotel, and of Germany, where a Korean uncle who came
as a miner lives; IPs of the association's NAS, a video-call tablet for the grandparents, a home router, a
medal cabinet's camera, a printer and the pastes above, v6 in 2401:4900:, 2a02:ed0:, 2001:2d8: and 2a00:23c4:
ranges; passwords handed over in ways no earlier set used (on the back of the leave pass, inside the medal
box's lid, on the parcel's customs label, in the reunion programme, on the back of the regiment's Christmas
card, on the pension passbook's cover, on the back of the regimental photo, in the dues receipt book, on
the envelope of the call-up letter), Garhwal ('Lansdowne1887', 'BadriVishal#'), the Galilee ('KfarKama_04',
'Rehaniya1878'), Busan and Daegu ('Haeundae!051', and a Korean word typed with the keyboard left in English
mode: 'tkfkdgo' for 사랑해), Fiji ('BulaNadi679', 'Catterick_DL9'), military words in leetspeak ('m3d4l',
'r3g1m3n7') and cues in Hindi ('password ... hai, kisi ko mat batana'), Garhwali ('password ... cha, kai
tain na bolyan'), Hebrew ('הסיסמה ..., אל תגיד לאף אחד'), Arabic ('كلمة السر ...، لا تقولها لحدا'),
Korean ('비번 ..., 아무한테도 알려주지 마') and Fijian ('na password ..., kua ni tukuna vei cei');
usernames on The Camp, the ECHS and SPARSH portals, the veterans' association forum, Forces Connect,
a reunion's Facebook group, Kakao, a Legion branch's site and in the pastes, shapes like 'x.rifles',
'regt.x', 'x_reunion87', 'vet.x', 'x4thecamp', 'x_bula' and 'xy_051'; dates of birth for a pension order,
an ECHS card, a tzav rishon, a disability claim, a reserve training notice, a welfare form and a British
Army record, in India's '14/03/1958' and an army record's '14 Mar 1958', Hindi months in Devanagari ('14
मार्च 1958'), Israel's '14.3.1958' and Hebrew months ('14 במרץ 1958'), the Levantine Arabic months, Korean
('1958년 3월 14일', '1958. 3. 14.') and the six digits before the dash of a resident registration number
('580314'), Fijian months ('14 Maji 1958'), UK '14/03/1958' and a paste's ISO date, all drawn between fixed
years from the set's own rng so the set builds the same on any day; typos as families type: a service
word's well-known misspelling ('regiment' -> 'regiement', 'sergeant' -> 'sargent', 'cemetery' ->
'cemetary', 'pension' -> 'pention', 'battalion' -> 'batallion', 'veteran' -> 'vetran') or the services'
shorthand creeping into chat ('regiment' -> 'regt', 'battalion' -> 'bn', 'headquarters' -> 'HQ', 'association'
-> 'assoc'); negatives with the same regions' places, the titles, ranks and name forms explained, service,
pension, claim and dues numbers alone, dates that are no birthdays (battles, remembrance days, enlistment,
discharge), postcodes alone, businesses and a prize named after families, versions, placeholder secrets, test
cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), and short everyday chat; no public
figure (and no famous soldier) is named.

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
    _ordinal,
    _pick_chat_or_not,
    assemble_module_set,
)

HELDOUT99_SEED = 9917342
# no faker name locale, as in held-out 16 to 98: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT99: list[str] = []
# military service and veterans seen by families; each origin: (men's given names, women's given names,
# family names); the Korean given names in their popular romanisation (the Hangul and the Revised spelling in
# KOREAN_GIVEN_HELDOUT99)
NAMES_HELDOUT99: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Garhwalis of Pauri, Tehri, Kotdwar, Lansdowne and Dehradun (the Garhwal Rifles); family names after a
    # clan or a village, some also a word or a title ('Rana', 'Gusain')
    "garhwal": ("Kundan;Trilok;Diwan;Jagat;Govind;Harish;Bhupendra;Sundar;Pratap;Kalam;Bachan;Darshan;Mahipal;Khushal".split(";"),
                "Kamla;Basanti;Rukma;Bimla;Sarita;Pushpa;Kusum;Hemlata;Madhu".split(";"),
                "Rawat;Negi;Bisht;Bhandari;Gusain;Butola;Chauhan;Panwar;Kandari;Rana;Aswal;Dhyani;Nautiyal".split(";")),
    # Circassians (Adyghe) of Kfar Kama and Rehaniya in the Galilee; the women's names in -et; family names some
    # also a word ('Abrek' an outlaw of the songs, 'Kard')
    "adyghe": ("Zaur;Aslan;Anzor;Ruslan;Murat;Kazbek;Adnan;Yunes;Amir;Nart;Inal".split(";"),
               "Nafset;Fatimet;Mariet;Zuriet;Saniet;Zalina;Bella;Nuriet;Saida;Asiet".split(";"),
               "Natkho;Napso;Hatuk;Thawcho;Kard;Shogen;Bzhasho;Chachuk;Gorsha;Abrek;Teuchezh;Khuazh".split(";")),
    # Koreans of Busan and Daegu (conscription, reserve training, the UN Memorial Cemetery)
    "korea": ("Min-jun;Ji-hoon;Sung-min;Dong-hyun;Hyun-woo;Jun-ho;Young-soo;Sang-chul;Tae-sik;Kyung-ho;Seung-woo;Do-yoon".split(";"),
              "Seo-yeon;Su-bin;Min-ji;Eun-jung;Mi-kyung;Soon-ja;Young-hee;Hye-jin;Jung-sook;Da-eun".split(";"),
              "Kim;Lee;Park;Choi;Jung;Kang;Cho;Yoon;Jang;Lim;Han;Shin;Kwon;Hwang;Ahn;Song;Bae;Jeon".split(";")),
    # iTaukei Fijians of Nadi, Sigatoka and Nadroga and in the British Army; family names that were a
    # forefather's given name, some also a word ('Cakau' a reef, 'Tabua' a whale's tooth)
    "fiji": ("Josefa;Waisale;Sitiveni;Jone;Apisai;Ilaisa;Peni;Maika;Viliame;Eroni;Inoke;Aisea;Samisoni;Isikeli".split(";"),
             "Mere;Litia;Salote;Akanisi;Losana;Vasemaca;Unaisi;Makereta;Sereana;Asenaca;Kelera;Torika".split(";"),
             "Naivalu;Vunivalu;Tuivaga;Waqa;Koroi;Tikoduadua;Nawaqa;Rokoduru;Seruvakula;Vakacegu;Bulivou;Qalo;Drauna;Delai;Nakarawa;Vatubua;Cakau;Tabua".split(";")),
}  # fmt: skip
# the Garhwali names in Devanagari, as a pension order or a ration card writes them
DEVANAGARI_HELDOUT99 = {
    "Kundan": "कुंदन", "Trilok": "त्रिलोक", "Diwan": "दीवान", "Jagat": "जगत", "Govind": "गोविंद", "Harish": "हरीश",
    "Bhupendra": "भूपेंद्र", "Sundar": "सुंदर", "Pratap": "प्रताप", "Kalam": "कलम", "Bachan": "बचन",
    "Darshan": "दर्शन", "Mahipal": "महिपाल", "Khushal": "खुशाल", "Kamla": "कमला", "Basanti": "बसंती",
    "Rukma": "रुक्मा", "Bimla": "बिमला", "Sarita": "सरिता", "Pushpa": "पुष्पा", "Kusum": "कुसुम",
    "Hemlata": "हेमलता", "Madhu": "मधु", "Rawat": "रावत", "Negi": "नेगी", "Bisht": "बिष्ट", "Bhandari": "भंडारी",
    "Gusain": "गुसाईं", "Butola": "बुटोला", "Chauhan": "चौहान", "Panwar": "पंवार", "Kandari": "कंडारी",
    "Rana": "राणा", "Aswal": "असवाल", "Dhyani": "ध्यानी", "Nautiyal": "नौटियाल", "Singh": "सिंह", "Devi": "देवी",
}  # fmt: skip
# the Circassian names in Hebrew script, in Arabic script and in Cyrillic (as a cousin who studied in Maykop
# or Nalchik writes them)
HEBREW_HELDOUT99 = {
    "Zaur": "זאור", "Aslan": "אסלאן", "Anzor": "אנזור", "Ruslan": "רוסלאן", "Murat": "מוראט", "Kazbek": "קזבק",
    "Adnan": "עדנאן", "Yunes": "יונס", "Amir": "אמיר", "Nart": "נארת", "Inal": "אינאל", "Nafset": "נפסת",
    "Fatimet": "פטימת", "Mariet": "מריאת", "Zuriet": "זוריאת", "Saniet": "סניאת", "Zalina": "זלינה",
    "Bella": "בלה", "Nuriet": "נוריאת", "Saida": "סעידה", "Asiet": "אסיאת", "Natkho": "נאטחו", "Napso": "נאפסו",
    "Hatuk": "חאטוק", "Thawcho": "תאוחו", "Kard": "כארד", "Shogen": "שוגן", "Bzhasho": "בז׳אשו",
    "Chachuk": "צ׳אצ׳וק", "Gorsha": "גורשה", "Abrek": "אברק", "Teuchezh": "טאוצ׳ז׳", "Khuazh": "חואז׳",
}  # fmt: skip
ARABIC_HELDOUT99 = {
    "Zaur": "زاور", "Aslan": "أصلان", "Anzor": "أنزور", "Ruslan": "روسلان", "Murat": "مراد", "Kazbek": "قازبك",
    "Adnan": "عدنان", "Yunes": "يونس", "Amir": "أمير", "Nart": "نارت", "Inal": "إينال", "Nafset": "نفسة",
    "Fatimet": "فاطمة", "Mariet": "ماريت", "Zuriet": "زوريت", "Saniet": "سانيت", "Zalina": "زالينا",
    "Bella": "بيلا", "Nuriet": "نوريت", "Saida": "سعيدة", "Asiet": "آسيت", "Natkho": "ناطخو", "Napso": "نابسو",
    "Hatuk": "حاتوق", "Thawcho": "ثاوخو", "Kard": "كارد", "Shogen": "شوغن", "Bzhasho": "بجاشو",
    "Chachuk": "تشاتشوك", "Gorsha": "غورشة", "Abrek": "أبريك", "Teuchezh": "تيوتشج", "Khuazh": "خواج",
}  # fmt: skip
CYRILLIC_HELDOUT99 = {
    "Zaur": "Заур", "Aslan": "Аслан", "Anzor": "Анзор", "Ruslan": "Руслан", "Murat": "Мурат", "Kazbek": "Казбек",
    "Adnan": "Аднан", "Yunes": "Юнус", "Amir": "Амир", "Nart": "Нарт", "Inal": "Инал", "Nafset": "Нафсет",
    "Fatimet": "Фатимет", "Mariet": "Мариет", "Zuriet": "Зурьет", "Saniet": "Саниет", "Zalina": "Залина",
    "Bella": "Белла", "Nuriet": "Нурьет", "Saida": "Саида", "Asiet": "Асиет", "Natkho": "Натхо", "Napso": "Напсо",
    "Hatuk": "Хатук", "Thawcho": "Тхаухо", "Kard": "Кард", "Shogen": "Шоген", "Bzhasho": "Бжашо",
    "Chachuk": "Чачук", "Gorsha": "Горша", "Abrek": "Абрек", "Teuchezh": "Теучеж", "Khuazh": "Хуаж",
}  # fmt: skip
# the family name as a Russian-trained cousin or an older document spells it, beside the Israeli card's
ADYGHE_VARIANTS_HELDOUT99 = {
    "Natkho": "Natcho", "Hatuk": "Khatuk", "Thawcho": "Tkhawkho", "Khuazh": "Huazh", "Chachuk": "Tchatchuk",
    "Bzhasho": "Bzhassho", "Napso": "Nabso",
}  # fmt: skip
# the Korean given names: (Hangul, Revised Romanization where it differs from the popular spelling)
KOREAN_GIVEN_HELDOUT99 = {
    "Min-jun": ("민준", "Min-jun"), "Ji-hoon": ("지훈", "Ji-hun"), "Sung-min": ("성민", "Seong-min"),
    "Dong-hyun": ("동현", "Dong-hyeon"), "Hyun-woo": ("현우", "Hyeon-u"), "Jun-ho": ("준호", "Jun-ho"),
    "Young-soo": ("영수", "Yeong-su"), "Sang-chul": ("상철", "Sang-cheol"), "Tae-sik": ("태식", "Tae-sik"),
    "Kyung-ho": ("경호", "Gyeong-ho"), "Seung-woo": ("승우", "Seung-u"), "Do-yoon": ("도윤", "Do-yun"),
    "Seo-yeon": ("서연", "Seo-yeon"), "Su-bin": ("수빈", "Su-bin"), "Min-ji": ("민지", "Min-ji"),
    "Eun-jung": ("은정", "Eun-jeong"), "Mi-kyung": ("미경", "Mi-gyeong"), "Soon-ja": ("순자", "Sun-ja"),
    "Young-hee": ("영희", "Yeong-hui"), "Hye-jin": ("혜진", "Hye-jin"), "Jung-sook": ("정숙", "Jeong-suk"),
    "Da-eun": ("다은", "Da-eun"),
}  # fmt: skip
# the Korean family names: (Hangul, the other romanisations a passport or a family uses)
KOREAN_FAMILY_HELDOUT99 = {
    "Kim": ("김", ["Gim"]), "Lee": ("이", ["Yi", "Rhee"]), "Park": ("박", ["Pak", "Bak"]), "Choi": ("최", ["Choe"]),
    "Jung": ("정", ["Jeong", "Chung"]), "Kang": ("강", ["Gang"]), "Cho": ("조", ["Jo"]), "Yoon": ("윤", ["Yun"]),
    "Jang": ("장", ["Chang"]), "Lim": ("임", ["Im"]), "Han": ("한", []), "Shin": ("신", ["Sin"]),
    "Kwon": ("권", ["Gwon"]), "Hwang": ("황", []), "Ahn": ("안", ["An"]), "Song": ("송", []), "Bae": ("배", ["Pae"]),
    "Jeon": ("전", ["Chun"]),
}  # fmt: skip
# a title, a rank or a kin word next to the name (outside the span): the origin, whether a woman (None:
# either), the part of the name it goes with ('full', 'given' or 'family') and whether it stands after the name
TITLED_HELDOUT99: dict[str, tuple[str, bool | None, str, bool]] = {
    "hav": ("garhwal", False, "full", False),  # havildar, a sergeant of the Indian Army
    "sub": ("garhwal", False, "full", False),  # subedar, a junior commissioned officer
    "rfn": ("garhwal", False, "full", False),  # rifleman
    "bhula": ("garhwal", False, "given", True),  # Garhwali 'younger brother', after the given name
    "dida": ("garhwal", False, "given", True),  # Garhwali 'elder brother'
    "boji": ("garhwal", True, "given", True),  # Garhwali 'elder brother's wife'
    "sheikh": ("adyghe", False, "full", False),  # the village's imam
    "rasal": ("adyghe", False, "full", False),  # an IDF sergeant major
    "samal": ("adyghe", None, "full", False),  # an IDF sergeant
    "nana": ("adyghe", True, "given", False),  # Adyghe 'grandmother'
    "dada": ("adyghe", False, "given", False),  # Adyghe 'grandfather'
    "훈련병": ("korea", False, "full", False),  # a trainee at the training centre, before the Hangul name
    "씨": ("korea", None, "full", True),  # after a Hangul full name
    "님": ("korea", None, "full", True),  # respectful, after a Hangul full name
    "형": ("korea", False, "given", True),  # 'elder brother' (said by a man), after a Hangul given name
    "오빠": ("korea", False, "given", True),  # 'elder brother' (said by a woman), after a Hangul given name
    "hyung": ("korea", False, "given", True),  # the same, after a romanised given name
    "oppa": ("korea", False, "given", True),
    "ratu": ("fiji", False, "full", False),  # a chief's title
    "adi": ("fiji", True, "full", False),  # a chiefly woman's title
    "tata": ("fiji", False, "given", False),  # 'father'
    "nau": ("fiji", True, "given", False),  # 'mother'
    "lcpl": ("fiji", None, "family", False),  # British Army ranks before the family name
    "cpl": ("fiji", None, "family", False),
    "sgt": ("fiji", None, "family", False),
}
TITLE_SLOT_HELDOUT99 = re.compile(
    r"(?<![\w'.-])(Hav|Sub|Rfn|Sheikh|Rasal|Samal|Nana|Dada|훈련병|Ratu|Adi|Tata|Nau|LCpl|Cpl|Sgt) \{\}"
    r"|\{\} (bhula|dida|boji|씨|님|형|오빠|hyung|oppa)(?![\w'])",
    re.IGNORECASE,
)
# IBANs of this set's people: the UK for the Fijians in the British Army, Israel for the Circassians, the UAE
# for a Garhwali son working in a Dubai hotel and Germany for a Korean uncle who came as a miner
IBAN_SHAPES_HELDOUT99 = {"GB": "4a14n", "IL": "19n", "AE": "3n16n", "DE": "18n"}
# everyday subjects of this set by origin, used in e-mail addresses and logins
SUBJECTS_HELDOUT99 = {
    "garhwal": ["garhwal", "lansdowne", "pauri", "kotdwar", "rifles"],
    "adyghe": ["kfarkama", "rehaniya", "adyghe", "galil", "nart"],
    "korea": ["busan", "daegu", "haeundae", "suseong", "nonsan"],
    "fiji": ["nadi", "sigatoka", "nadroga", "bula", "vinaka"],
}
EMAIL_DOMAINS_HELDOUT99 = {
    "garhwal": ["rediffmail.com", "yahoo.co.in", "gmail.com"],
    "adyghe": ["walla.co.il", "bezeqint.net", "012.net.il"],
    "korea": ["naver.com", "daum.net", "hanmail.net", "kakao.com"],
    "fiji": ["connect.com.fj", "yahoo.com", "btinternet.com"],
}
# the templates that belong to one origin's services, habits or papers, or are written in its script
ORIGIN_CUES_HELDOUT99: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)[\uac00-\ud7a3]|nonsan|busan|daegu|haeundae|the camp|reserve training|hyung|oppa|"
                r"un memorial|kakao|conscription"), "korea"),
    (re.compile(r"(?i)[\u0900-\u097f]|lansdowne|garhwal|\bechs\b|sparsh|sainik|\bcsd\b|kotdwar|pauri|dehradun|"
                r"\bbhula\b|\bdida\b|\bboji\b|agniveer|kargil|\bhav\b|\bsub\b|\brfn\b"), "garhwal"),
    (re.compile(r"(?i)[\u0590-\u05ff]|[\u0600-\u06ff]|[\u0400-\u04ff]|kfar kama|rehaniya|circassian|adyghe|"
                r"sheikh|\bnana\b|\bdada\b|\brasal\b|\bsamal\b|\bidf\b|tzav|yad labanim|ministry of defence"), "adyghe"),
    (re.compile(r"(?i)\bratu\b|\badi\b|\btata\b|\bnau\b|\bnadi\b|sigatoka|nadroga|catterick|tidworth|fiji|\blovo\b|\bkava\b|"
                r"sevusevu|rfmf|lcpl|\bcpl\b|\bsgt\b|nominal roll|yacana"), "fiji"),
]  # fmt: skip
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT99: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?i)\bshe\b|\bher\b|\bnana\b|\bnau\b|\badi\b|boji|widow|his wife|grandma|mother|auntie"), True),
    (re.compile(r"(?i)\bhe\b|\bhim\b|\bhis\b|\bdada\b|\btata\b|ratu|sheikh|rasal|bhula|dida|hyung|oppa|"
                r"\bhav\b|\bsub\b|rfn|\bson\b|훈련병|grandpa|rifleman|her husband|נסע|راح يزور|입영|제대|예비군|휴가|tzav"), False),
]  # fmt: skip
# a service word and its well-known misspelling
MISSPELT_HELDOUT99 = {
    "regiment": "regiement", "sergeant": "sargent", "lieutenant": "leutenant", "cemetery": "cemetary",
    "pension": "pention", "battalion": "batallion", "veteran": "vetran", "discharge": "dischage",
    "ceremony": "cerimony", "received": "recieved", "disability": "disabilty", "medal": "medel",
    "citation": "citaton", "colonel": "kernel", "parcel": "parcle", "tomorrow": "tommorow",
    "association": "assocation", "reunion": "reunoin",
}  # fmt: skip
MISSPELT_WORD_HELDOUT99 = re.compile(
    r"(?<![\w{}'@.#$/-])(" + "|".join(sorted(MISSPELT_HELDOUT99, key=len, reverse=True)) + r")(?![\w{}'@./-])"
)
# the services' and the families' shorthand creeping into chat
SHORTHAND_HELDOUT99 = {
    "regiment": "regt", "battalion": "bn", "headquarters": "HQ", "association": "assoc", "tomorrow": "tmrw",
    "military hospital": "MH", "discharge papers": "discharge docs", "sergeant": "sgt", "corporal": "cpl",
    "information": "info", "remembrance": "rememb.", "because": "bc", "please": "pls",
}  # fmt: skip
SHORTHAND_WORD_HELDOUT99 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT99, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT99 = (
    "January February March April May June July August September October November December".split()
)
HI_MONTHS_HELDOUT99 = "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split()
# Hebrew months with the preposition 'in' (ב) a date takes
HE_MONTHS_HELDOUT99 = (
    "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר".split()
)
LEVANT_MONTHS_HELDOUT99 = [
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
    "تشرين الثاني", "كانون الأول",
]  # fmt: skip
FJ_MONTHS_HELDOUT99 = (
    "Janueri Feperueri Maji Epereli Me June Julai Okosita Seviteba Okotova Noveba Tiseba".split()
)
# the name forms every build holds at least once (forced into the first neutral sentences)
FORCED_FORMS_HELDOUT99 = [
    "singh", "devi", "devanagari", "initials", "hebrew", "arabic", "cyrillic", "variant", "hangul",
    "kr_family_first", "kr_given_first", "kr_passport", "kr_revised", "phonetic", "fj_roll",
]  # fmt: skip
FORM_ORIGIN_HELDOUT99 = {
    "singh": ("garhwal", False), "devi": ("garhwal", True), "devanagari": ("garhwal", None),
    "initials": ("garhwal", False), "hebrew": ("adyghe", None), "arabic": ("adyghe", None),
    "cyrillic": ("adyghe", None), "variant": ("adyghe", None), "hangul": ("korea", None),
    "kr_family_first": ("korea", None), "kr_given_first": ("korea", None), "kr_passport": ("korea", None),
    "kr_revised": ("korea", None), "phonetic": ("fiji", None), "fj_roll": ("fiji", None),
}  # fmt: skip
FIJI_PHONETIC_HELDOUT99 = {"q": "ngg", "g": "ng", "c": "th", "b": "mb", "d": "nd"}


def _phonetic(name: str) -> str:
    """A Fijian name in the old phonetic spelling an English clerk writes ('Vakacegu' -> 'Vakathengu', 'Waqa'
    -> 'Wangga', 'Drauna' -> 'Ndrauna', 'Bulivou' -> 'Mbulivou'); a name without those letters stays."""
    out = []
    for c in name:
        sound = FIJI_PHONETIC_HELDOUT99.get(c.lower())
        out.append(c if sound is None else sound.capitalize() if c.isupper() else sound)
    return "".join(out)


def _joined(given: str) -> str:
    """A Korean given name without its hyphen, as a passport writes it ('Min-jun' -> 'Minjun')."""
    return given.replace("-", "").capitalize()


def _devanagari(*words: str) -> str:
    """A Garhwali name in Devanagari ('Kundan', 'Singh', 'Rawat' -> 'कुंदन सिंह रावत')."""
    return " ".join(DEVANAGARI_HELDOUT99[w] for w in words)


def _hangul(family: str, given: str = "") -> str:
    """A Korean name in Hangul, family first without a space ('Kim', 'Min-jun' -> '김민준'); the given name
    alone where `family` is empty."""
    head = KOREAN_FAMILY_HELDOUT99[family][0] if family else ""
    return head + (KOREAN_GIVEN_HELDOUT99[given][0] if given else "")


def _initials(first: str, last: str) -> str:
    """An army record's initials before the family name ('Kundan', 'Rawat' -> 'K S Rawat')."""
    return f"{first[0]} S {last}"


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Min-jun' -> 'minjun')."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


class Gen99(Gen3):
    """Generators for held-out set 99: origins, name forms, formats and contexts none of the other sets use."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.pending_forms = list(FORCED_FORMS_HELDOUT99)

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT99."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT99))
        men, women, lasts = NAMES_HELDOUT99[origin]
        if woman is None:
            woman = rng.random() < 0.5
        first = rng.choice(women if woman else men)
        return origin, first, rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _form(self, form: str, first: str, last: str, woman: bool) -> str:
        """A full name in one named form of its origin (FORCED_FORMS_HELDOUT99)."""
        rng = self.rng
        if form == "singh":  # 'Kundan Singh Rawat'
            return f"{first} Singh {last}"
        if form == "devi":  # 'Kamla Devi', 'Basanti Devi Bisht'
            return f"{first} Devi" + (f" {last}" if rng.random() < 0.6 else "")
        if form == "devanagari":  # 'कुंदन सिंह रावत', 'कमला देवी'
            return _devanagari(first, "Devi", last) if woman else _devanagari(first, "Singh", last)
        if form == "initials":  # 'K S Rawat'
            return _initials(first, last)
        if form == "hebrew":
            return f"{HEBREW_HELDOUT99[first]} {HEBREW_HELDOUT99[last]}"
        if form == "arabic":
            return f"{ARABIC_HELDOUT99[first]} {ARABIC_HELDOUT99[last]}"
        if form == "cyrillic":
            return f"{CYRILLIC_HELDOUT99[first]} {CYRILLIC_HELDOUT99[last]}"
        if form == "variant":  # 'Zaur Natcho'
            last = rng.choice(sorted(ADYGHE_VARIANTS_HELDOUT99))
            return f"{first} {ADYGHE_VARIANTS_HELDOUT99[last]}"
        if form == "hangul":  # '김민준'
            return _hangul(last, first)
        if form == "kr_family_first":  # 'Kim Min-jun', 'Yi Sang-chul'
            family = rng.choice([last, *KOREAN_FAMILY_HELDOUT99[last][1]])
            return f"{family} {first}"
        if form == "kr_given_first":  # 'Min-jun Kim', 'Minjun Kim'
            return f"{rng.choice([first, _joined(first)])} {last}"
        if form == "kr_passport":  # 'KIM MINJUN'
            return f"{last} {_joined(first)}".upper()
        if form == "kr_revised":  # 'Jeong Seong-min'
            family = rng.choice([last, *KOREAN_FAMILY_HELDOUT99[last][1]])
            if KOREAN_GIVEN_HELDOUT99[first][1] == first:  # one the Revised spelling writes otherwise
                men, women, _ = NAMES_HELDOUT99["korea"]
                first = rng.choice(
                    [g for g in (women if woman else men) if KOREAN_GIVEN_HELDOUT99[g][1] != g]
                )
            return f"{family} {KOREAN_GIVEN_HELDOUT99[first][1]}"
        if form == "phonetic":  # 'Josefa Wangga'
            last = rng.choice([x for x in NAMES_HELDOUT99["fiji"][2] if _phonetic(x) != x])
            return f"{_phonetic(first)} {_phonetic(last)}"
        if form == "fj_roll":  # 'NAIVALU Josefa'
            return f"{last.upper()} {first}"
        raise ValueError(form)

    def _full(self, origin: str, first: str, last: str, woman: bool, script: str, chat: bool) -> str:
        """A full name in one of the origin's own forms; `script` 'devanagari', 'hebrew', 'arabic',
        'cyrillic', 'hangul' or 'roll' where the template is written in that script or is a nominal roll,
        `chat` where it is typed to the bot or a friend."""
        rng = self.rng
        r = rng.random()
        if origin == "garhwal":
            if script == "devanagari":
                return self._form("devanagari", first, last, woman)
            if woman:
                return self._form("devi", first, last, woman) if r < 0.4 else f"{first} {last}"
            if script == "roll" and r < 0.5:
                return _initials(first, last)
            return f"{first} Singh {last}" if r < 0.65 else f"{first} {last}"
        if origin == "adyghe":
            if script in ("hebrew", "arabic", "cyrillic"):
                return self._form(script, first, last, woman)
            if r < 0.2 and last in ADYGHE_VARIANTS_HELDOUT99:
                return f"{first} {ADYGHE_VARIANTS_HELDOUT99[last]}"
            if chat and r < 0.3:
                return self._form(rng.choice(["hebrew", "arabic", "cyrillic"]), first, last, woman)
            return f"{first} {last}"
        if origin == "korea":
            if script == "hangul" or (chat and r < 0.25):
                return _hangul(last, first)
            if script == "roll":
                return self._form("kr_passport", first, last, woman)
            form = rng.choice(["kr_family_first", "kr_family_first", "kr_given_first", "kr_revised"])
            return self._form(form, first, last, woman)
        if script == "roll":
            return self._form("fj_roll", first, last, woman)
        if r < 0.15:
            return f"{_phonetic(first)} {_phonetic(last)}"
        return f"{first} {last}"

    def _forced(self, woman: bool | None) -> str | None:
        """A name in the next form this build has not shown yet, where one suits a man or a woman as asked."""
        for form in self.pending_forms:
            origin, form_woman = FORM_ORIGIN_HELDOUT99[form]
            if woman is not None and form_woman is not None and woman != form_woman:
                continue
            self.pending_forms.remove(form)
            want = form_woman if form_woman is not None else woman
            _, first, last, is_woman = self._origin_name(origin, want)
            return self._form(form, first, last, is_woman)
        return None

    def person(
        self, origin: str | None = None, woman: bool | None = None, script: str = "", chat: bool = True
    ) -> str:
        rng = self.rng
        if origin is None and not script and chat:
            forced = self._forced(woman)
            if forced:
                return forced
        origin, first, last, woman = self._origin_name(origin, woman)
        r = rng.random()
        if r < (0.72 if chat else 0.88) or script:
            return self._full(origin, first, last, woman, script, chat)
        if r < 0.92:
            if origin == "korea":
                return rng.choice([first, _hangul("", first)])
            return first
        if origin == "korea":
            return f"{last} {first}"  # a Korean family name is hardly used alone
        return last

    def titled_person(self, title: str, woman: bool | None = None) -> str:
        """A name for a title written next to it ('Hav Kundan Singh Rawat', 'Trilok bhula', 'Sheikh Zaur
        Natkho', 'nana Fatimet', '훈련병 김민준', '김민준 씨', '민준 형', 'Min-jun hyung', 'Ratu Josefa Naivalu',
        'Nau Litia', 'Sgt Waqa'), from the origin that uses it."""
        origin, title_woman, part, _ = TITLED_HELDOUT99[title.lower()]
        woman = (
            title_woman if title_woman is not None else woman
        )  # the template's cue where the title has none
        _, first, last, woman = self._origin_name(origin, woman)
        if origin == "korea" and title.lower() not in ("hyung", "oppa"):
            return _hangul(last, first) if part == "full" else _hangul("", first)
        if part == "given":
            return first
        if part == "family":
            return last
        if origin == "garhwal":
            return f"{first} Singh {last}" if self.rng.random() < 0.7 else f"{first} {last}"
        return f"{first} {last}"

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands next to it, one of the
        origin whose service, habit or paper the template names, in the script or the form the template is
        written in."""
        m = TITLE_SLOT_HELDOUT99.search(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT99 if cue.search(template)), None)
        if m:
            return self.titled_person(next(g for g in m.groups() if g), woman)
        script = ""
        if re.search(r"[\u0900-\u097f]", template):
            script = "devanagari"
        elif re.search(r"[\u0590-\u05ff]", template):
            script = "hebrew"
        elif re.search(r"[\u0600-\u06ff]", template):
            script = "arabic"
        elif re.search(r"[\u0400-\u04ff]", template):
            script = "cyrillic"
        elif re.search(r"[\uac00-\ud7a3]", template):
            script = "hangul"
        elif re.search(r"(?i)nominal roll|service no", template):
            script = "roll"
        chat = _chat_like(template)
        origin = next((o for cue, o in ORIGIN_CUES_HELDOUT99 if cue.search(template)), None)
        origin = {"devanagari": "garhwal", "hebrew": "adyghe", "arabic": "adyghe", "cyrillic": "adyghe",
                  "hangul": "korea"}.get(script, origin)  # fmt: skip
        return self.person(origin, woman, script, chat)

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n = rng.randint(1, 140)
        letters = "ABDEFGHJLNPQRSTUWXY"
        unit = f"{rng.randint(1, 9)}{pick(letters)}{pick(letters)}"
        shapes = [
            f"Gram {pick(['Kaphalpani', 'Bironkhal', 'Dhaid', 'Kandakhal', 'Jaiharikhal'])}, Post {pick(['Satpuli', 'Ekeshwar', 'Paithani', 'Thalisain'])}, Pauri Garhwal 2461{rng.randint(10, 99)}",
            f"ग्राम {pick(['कफलपानी', 'बीरोंखाल', 'कंडाखाल'])}, पोस्ट {pick(['सतपुली', 'एकेश्वर', 'थलीसैण'])}, जिला पौड़ी गढ़वाल 2461{rng.randint(10, 99)}",
            f"House No. {n}, Ex-Servicemen Colony, Kotdwar 246149",
            f"Qtr No. {rng.randint(1, 60)}/{pick('ABC')}, Garhwal Rifles Regimental Centre, Lansdowne 246155",
            f"{n}, {pick(['Shastri Nagar', 'Defence Colony', 'Premnagar', 'Garhi Cantt'])}, Dehradun 2480{pick(['01', '06', '07', '08'])}",
            f"New Tehri, Block {pick(['A', 'B', 'C'])}, Sector {rng.randint(1, 12)}, Tehri Garhwal 249001",
            f"P.O.B. {rng.randint(10, 400)}, Kfar Kama 1584700",
            f"ת.ד. {rng.randint(10, 400)}, כפר כמא 1584700",
            f"ص.ب. {rng.randint(10, 400)}، كفر كما",
            f"P.O.B. {rng.randint(10, 300)}, Rehaniya 1386800",
            f"{pick(['Herzl St', 'HaNasi St', 'Yehoshua Hankin St'])} {n}, Afula 18{rng.randint(10000, 99999)}",
            f"רחוב {pick(['הגליל', 'הבנים', 'יהודה הלוי'])} {rng.randint(1, 90)}, טבריה",
            f"부산광역시 해운대구 해운대로 {rng.randint(100, 900)}, {rng.randint(101, 115)}동 {rng.randint(1, 25)}0{rng.randint(1, 4)}호 (48{rng.randint(0, 1)}{rng.randint(10, 99)})",
            f"부산 사하구 낙동대로 {rng.randint(100, 600)}",
            f"대구광역시 수성구 달구벌대로 {rng.randint(2000, 2800)}, {rng.randint(101, 112)}동 {rng.randint(1, 20)}0{rng.randint(1, 4)}호",
            f"대구 북구 칠곡중앙대로 {rng.randint(100, 500)}",
            f"{rng.randint(10, 900)}, Haeundae-ro, Haeundae-gu, Busan 48{rng.randint(0, 1)}{rng.randint(10, 99)}",
            f"{rng.randint(10, 2800)}, Dalgubeol-daero, Suseong-gu, Daegu 42{rng.randint(100, 299)}",
            f"{pick(['Naidovi', 'Malomalo', 'Cuvu', 'Korotogo', 'Lomawai'])} Village, Nadroga",
            f"Lot {n}, {pick(['Namaka', 'Nawaka', 'Martintar', 'Votualevu'])}, Nadi",
            f"P.O. Box {rng.randint(100, 2000)}, {pick(['Nadi', 'Sigatoka'])}",
            f"Lot {rng.randint(1, 60)}, Queens Road, Sigatoka",
            f"{n} {pick(['Scotton Road', 'Hildyard Row', 'Coronation Road', 'Shute Road'])}, Catterick Garrison DL9 {unit}",
            f"{n} {pick(['Zouch Avenue', 'Pennings Road', 'Station Road', 'Kandahar Road'])}, Tidworth SP9 {unit}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        subject = rng.choice(SUBJECTS_HELDOUT99[origin])
        user = rng.choice([f"{first}.{last}", f"{subject}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                           f"{first[:1]}.{last}", f"{last}_{subject}", f"{first}{rng.randint(1950, 2006)}",
                           f"{subject}{first}", f"{last}.{first[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "outlook.com", *EMAIL_DOMAINS_HELDOUT99[origin]])
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"01368-22{d(4)}",  # Pauri
            f"01382-22{d(4)}",  # Kotdwar
            f"0135 27{d(5)}",  # Dehradun
            f"+91 9{d(4)} {d(5)}",  # Indian mobiles
            f"0 9{d(4)} {d(5)}",
            f"04-67{d(1)} {d(4)}",  # the Lower Galilee
            f"05{rng.choice('023458')}-{d(3)}-{d(4)}",  # Israeli mobiles
            f"+972 5{rng.choice('023458')}-{d(3)}-{d(4)}",
            f"051-7{d(2)}-{d(4)}",  # Busan
            f"053-7{d(2)}-{d(4)}",  # Daegu
            f"010-{d(4)}-{d(4)}",  # Korean mobiles
            f"+82 10-{d(4)}-{d(4)}",
            f"+679 {rng.choice('789')}{d(2)} {d(4)}",  # Fijian mobiles
            f"670 {d(4)}",  # Nadi
            f"+679 650 {d(4)}",  # Sigatoka
            f"01748 8{d(5)}",  # Catterick
            f"01980 8{d(5)}",  # Tidworth
            f"07{rng.choice('45789')}{d(2)} {d(6)}",  # UK mobiles
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(
            ["4", "4", f"5{rng.randint(1, 5)}", f"2{rng.randint(221, 720)}", "6521", "6522", "37"]
        )
        if prefix == "37":  # Amex, 4-6-5
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
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT99))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT99[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice([f"2401:4900:{h()}:{h()}::{h()}", f"2a02:ed0:{h()}:{h()}::{h()}",
                           f"2001:2d8:{h()}:{h()}::{h()}", f"2a00:23c4:{h()}:{h()}::{h()}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the association's NAS, the grandparents' video-call tablet, a home
        router, the medal cabinet's camera, a printer and this set's pastes; v4 and v6; `chat` as in
        `_pick_chat_or_not`."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the association's nas with the old regiment photos is on {}", rng.choice([v4, v6])),
            ("grandpa's video call tablet got {} and now the camp call won't connect", v4),
            ("the router at nana's house shows {} on the sticker page", v4),
            ("the camera over the medal cabinet streams from {}", rng.choice([v4, v6])),
            ("the printer for the reunion menus is on {}, it prints only half", v4),
            ("the veterans club wifi gave me {} and the pension portal won't load", v4),
            ("dad's tablet for talking to my brother in the training centre has {}", rng.choice([v4, v6])),
            ("the association's dashboard moved to {} after the power cut", v4),
            ("the scanner for the discharge papers is on {}", v4),
            ("the reunion wiki runs on {} now", rng.choice([v4, v6])),
            ("define('DB_HOST', '{}');", v4),
            ("MAIL_SERVER = '{}'", v4),
            ("$cfg['web_root'] = 'http://{}/jirafeau/';", v4),
            ("      url: http://{}:5000", v4),
            ('bindaddress = "[{}]:8443"', v6),
            ("2026-05-21 09:14:02 projectsend: upload of discharge_scan.pdf from {}", v4),
            ("$ ping -6 -c 3 {}", v6),
            ("    proxy_pass http://{}:8080;", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"{rng.choice(['Lansdowne', 'BadriVishal', 'Pauri', 'Kotdwar', 'Garhwal'])}{rng.choice(['1887', '#', '!246155', '_01368'])}",
                f"{rng.choice(['KfarKama', 'Rehaniya', 'Adyghe', 'Nart'])}{rng.choice(['_04', '1878', '#2105', '!972'])}",
                f"{rng.choice(['Haeundae', 'Busan', 'Daegu', 'Nonsan', 'Suseong'])}{rng.choice(['!051', '#053', '48094', '_010'])}",
                f"tkfkdgo{rng.randint(1, 99)}",  # 사랑해 typed with the keyboard in English mode
                f"{rng.choice(['BulaNadi', 'Sigatoka', 'Vinaka', 'Catterick', 'Tidworth'])}{rng.choice(['679', '#650', '_DL9', '!SP9'])}",
                rng.choice(["medal", "regiment", "veteran", "pension", "reunion", "rifles"]).translate(leet) + rng.choice(["", "!", "_99"]),
                f"{rng.choice(['dues', 'leave', 'parcel', 'claim'])}-{w()}-{rng.randint(1, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()]", "", pw)
        quote_safe = re.sub(r"['\"\\;]", "", pw)
        alnum = string.ascii_letters + string.digits
        options = [
            # passwords handed over in ways no earlier set used
            ("he wrote the wifi password on the back of his leave pass, {}", pw),
            ("the code for the medal box is inside the lid, {}", d(4)),
            ("I wrote my email password on the parcel's customs label by mistake, {}", pw),
            ("the association login is printed in the reunion programme, {}", pw),
            ("dad wrote the tablet password on the back of the regiment's christmas card, {}", pw),
            ("the sparsh password is on the cover of his pension passbook, {}", pw),
            ("the nas password is on the back of the regimental photo, {}", pw),
            ("the treasurer keeps the bank login in the dues receipt book, {}", pw),
            ("mum wrote the portal password on the envelope of the call-up letter, {}", pw),
            ("the cabinet camera app password is {}, don't change it", pw),
            ("ok the reunion wiki password is {}, add the seating plan there", pw),
            ("the jirafeau upload for the claim scans has password {}", pw),
            # cues in the set's languages
            ("password {} hai, kisi ko mat batana", pw),
            ("password {} cha, kai tain na bolyan", pw),
            ("הסיסמה {}, אל תגיד לאף אחד", pw),
            ("كلمة السر {}، لا تقولها لحدا", pw),
            ("비번 {} 임, 아무한테도 알려주지 마", pw),
            ("na password {}, kua ni tukuna vei cei", pw),
            # commands
            ("$ mysql -u projectsend -p{} projectsend", colonless),
            ("$ curl -u admin:{} http://localhost/jirafeau/admin.php", colonless),
            ("new_password: {}", tok(48, alnum)),
            # pastes
            ("define('DB_PASSWORD', '{}');", quote_safe),
            ("$cfg['admin_password'] = '{}';", quote_safe),
            ("SECRET_KEY = '{}'", tok(32, alnum)),
            ("MAIL_PASSWORD = '{}'", quote_safe),
            ("    hash: {}", tok(64, "0123456789ABCDEF")),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.rifles', 'regt.x', 'x_reunion87', 'vet.x',
        'x4thecamp', 'x_bula', 'xy_051')."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first) or "x", _plain(last) or "x"
        own = {
            "garhwal": [f"{first}.rifles", f"{last}_garhwal{rng.randint(60, 99)}"],
            "adyghe": [f"{first}.{last}.kk", f"{last}_adyghe"],
            "korea": [f"{first}4thecamp", f"{first}{last[:1]}_{rng.choice(['051', '053'])}"],
            "fiji": [f"{first}_bula", f"{last}.nadroga"],
        }[origin]
        return rng.choice([f"regt.{last}", f"{first}_reunion{rng.randint(60, 99)}", f"vet.{last}",
                           f"{last}.{rng.choice(['medals', 'dues', 'pension'])}", *own])  # fmt: skip

    def _birth(self, oldest: int = 1930, youngest: int = 2006) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year, month = rng.randint(oldest, youngest), rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, oldest: int = 1930, youngest: int = 2006) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        y, m, day = self._birth(oldest, youngest)
        return {
            "in": f"{day:02d}/{m:02d}/{y}",
            "army": f"{day:02d} {EN_MONTHS_HELDOUT99[m - 1][:3]} {y}",
            "hi": f"{day} {HI_MONTHS_HELDOUT99[m - 1]} {y}",
            "il": f"{day}.{m}.{y}",
            "he": f"{day} {HE_MONTHS_HELDOUT99[m - 1]} {y}",
            "lev": f"{day} {LEVANT_MONTHS_HELDOUT99[m - 1]} {y}",
            "kr": f"{y}년 {m}월 {day}일",
            "krd": f"{y}. {m}. {day}.",
            "rrn": f"{y % 100:02d}{m:02d}{day:02d}",
            "fj": f"{day} {FJ_MONTHS_HELDOUT99[m - 1]} {y}",
            "uk": f"{day:02d}/{m:02d}/{y}",
            "en": f"{_ordinal(day)} {EN_MONTHS_HELDOUT99[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of the numeric shapes a form of any of this set's languages takes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["in", "army", "il", "krd", "uk", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, old, young = self._dob_shapes(), self._dob_shapes(1928, 1962), self._dob_shapes(1998, 2007)
        options = [
            ("the pension office wants dada's date of birth again, {}", old["in"]),
            ("the ECHS card has his date of birth wrong, it should be {}", old["army"]),
            ("दादाजी की जन्म तिथि {} है, पेंशन के कागज़ में यही लिखा है", old["hi"]),
            ("my brother's tzav rishon has his birthday as {}, so he goes in after the summer", young["il"]),
            ("סבא נולד {}, צריך את זה לוועדה", old["he"]),
            ("ستي مواليد {}، بدهم ياه لملف الإعاقة", old["lev"]),
            ("동생 생일이 {}이라 입영이 내년으로 밀렸대", young["kr"]),
            ("the reserve training notice has my birth date as {}", young["krd"]),
            ("the welfare office asked for his date of birth, {}, he was born in Sigatoka", s["fj"]),
            ("sucu ena {} o Tata, e volai tiko ena pepa ni pension", old["fj"]),
            ("the British Army record says he was born on the {}", s["en"]),
            ("생년월일: {}", young["rrn"]),
            ("Date of birth: {}", s["uk"]),
            ("DOB: {}", s["army"]),
            ("जन्म तिथि: {}", s["in"]),
            ("תאריך לידה: {}", s["il"]),
            ("생년월일: {}", s["krd"]),
            ('    "birth_date": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT99_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} got the call-up letter today, he reports in march",
        "can you ask {} if the reunion is on the saturday or the sunday",
        "{} paid the association dues for both of us",
        "{} is still waiting on the disability claim, it's been 8 months",
        "{} found grandpa's medal and the citation in the old trunk",
        "{} is in the military hospital since tuesday, they did the knee",
        "{} sent the parcel to my brother, socks and ramen and a letter",
        "{} got a leave pass for the weekend, he's coming home friday",
        "{} is driving us to the cemetery on remembrance day",
        "{} has the discharge papers, ask her for a copy",
        "{} wants to go to the regiment's reunion but can't walk far now",
        "{} is the treasurer of the veterans association this year",
        "{} said the service pension went up a bit in april",
        "{} is scanning the medal citation for the family album",
        "{} keeps the old uniform in a box under the bed",
        "{} called the welfare office about the widow's pension",
        "picking up {} from the station, he's on leave till monday",
        "{} and {} both served in the same battalion, they didn't know till the reunion",
        "{} lost his dog tags again",
        "{} is helping grandpa fill in the disability claim",
        "{} laid the wreath for the regiment this year",
        "{} is posting the parcel before the deadline for the training camp",
        "{} says the medal ceremony is at 10, wear something nice",
        "{} got his discharge papers yesterday, he's a civilian now",
        "{} wrote a letter to her son in the army every week",
        "tell {} the reunion dinner moved to the club",
        "{} forgot his veterans card at home, can someone bring it",
        "{} was a sergeant in the signals, ask him about the radios",
        "{} is collecting the medals from the framers on thursday",
        "the doctor at the military hospital only talks to {}",
        "Hav {} is the president of the ex-servicemen's league in Kotdwar",
        "Sub {} came to the wedding in his regimental blazer",
        "Rfn {} finished the training at Lansdowne last month",
        "{} bhula got the Agniveer call-up letter",
        "{} dida went to Dehradun for the ECHS polyclinic",
        "{} boji is sending ghee and bal mithai to the battalion",
        "{} applied on SPARSH but the pension still shows the old rank",
        "{} took the CSD card to the canteen for the fridge",
        "{} is going to the Zila Sainik Kalyan office about grandma's pension",
        "{} brought the wreath for Kargil Vijay Diwas",
        "Sheikh {} said the prayer at the soldier's grave",
        "rasal {} is home on leave, the whole village came",
        "samal {} finished the course, they gave him the pin",
        "nana {} made the pasta and lamb for the soldiers",
        "dada {} shows everyone the photo from his service",
        "{} got the tzav rishon, the first call-up letter",
        "{} is dealing with the Ministry of Defence rehabilitation department about his knee",
        "{} goes to Yad LaBanim every year on the memorial day",
        "{} from Kfar Kama is driving the families to the ceremony",
        "{} from Rehaniya is collecting money for the memorial",
        "훈련병 {} 한테 편지 보냈어",
        "{} 씨가 보훈 연금 서류 가져온대",
        "{} 님 제대 축하드립니다",
        "{} 형 휴가 나왔대",
        "{} 오빠 예비군 훈련 간대",
        "{} hyung is doing his reserve training this week",
        "{} oppa sent a letter from the training centre in Nonsan",
        "{} wrote to her son every night on The Camp app",
        "{} took grandpa to the UN Memorial Cemetery in Busan",
        "{} got the conscription notice, he goes in after the semester",
        "{} is sending a parcel from Daegu, snacks and lip balm",
        "Ratu {} led the sevusevu when the regiment visited the village",
        "Adi {} cooked the lovo for the families' day",
        "Tata {} served in the RFMF for twenty years",
        "Nau {} prays every night for her son in Catterick",
        "LCpl {} is home to Nadi on leave",
        "Sgt {} organised the kava for the welfare night in Tidworth",
        "Cpl {} got posted to Tidworth with his family",
        "{} is flying from Nadi for the passing out parade",
        "{} from Sigatoka is the new welfare officer's contact",
        "{} paid for the kava for the whole platoon",
        "{} के पेंशन के कागज़ आ गए हैं",
        '{} נסע לבקו"ם לקבל את המדים',
        "{} راح يزور قبر أبوه بيوم الذكرى",
        "{} 입영 통지서 받았어",
        "{} sa lako ki Catterick ena vula oqo",
        "Next of kin: {}",
        "Service pensioner: {}",
        "Claimant: {}",
        "Medal recipient: {}",
        "Leave pass issued to: {}",
        "Member: {}",
        "Addressee: {}",
        "Nominal roll: {}",
        "Service No. 4185623K, name: {}",
        "नाम: {}",
        "पेंशनभोगी: {}",
        "שם החייל: {}",
        "איש קשר: {}",
        "الاسم: {}",
        "ФИО: {}",
        "성명: {}",
        "받는 사람: {}",
        "입영 대상자: {}",
        "Yacana: {}",
        "| Table 4 | {} | veg |",
        '"member_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "the pension order went to {}, not to the new house",
        "send the parcel to {}, he gets it there",
        "the association posts the newsletter to {}",
        "the medal was sent to {} by registered post",
        "the call-up letter came to {}",
        "the welfare office still has {} on file",
        "the reunion bus picks up at {} at 7",
        "Address: {}",
        "पता: {}",
        "כתובת: {}",
        "주소: {}",
        "Postal address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the reunion photos to {}",
        "the association secretary writes from {}",
        "the disability claim goes to {}",
        "the welfare officer's email is {}",
        "the pension portal sends the codes to {}",
        "Email: {}",
        "이메일: {}",
        'דוא"ל: {}',
        "define('ADMIN_EMAIL_ADDRESS', '{}');",
        "MAIL_DEFAULT_SENDER = '{}'",
    ],
    "PHONE_NUMBER": [
        "the association's number is {}, ask for the secretary",
        "call the welfare office on {} about the pension",
        "the sergeant's mobile is {}",
        "my brother can call from the camp, the number is {}",
        "ring {} if the parcel doesn't arrive",
        "Phone: {}",
        "मोबाइल: {}",
        "טלפון: {}",
        "연락처: {}",
        "Tel: {}",
    ],
    "CREDIT_CARD": [
        "I paid the reunion dinner with {}",
        "the dues went on {}",
        "the postage for the parcel was on {}",
        "the hotel for the reunion has {} on file",
        "put the framing of the medals on {}",
        "Card: {}",
        "카드번호: {}",
        "Card number: {}",
        '"card": "{}",',
    ],
    "IBAN_CODE": [
        "send your share of the dues to {}",
        "the pension arrears go to {}",
        "pay the memorial fund into {}",
        "the family pot for the flights to the parade is {}",
        "IBAN: {}",
        "מספר IBAN: {}",
        "Account (IBAN): {}",
        "IBAN No: {}",
    ],
    "USERNAME": [
        "my login on the camp app is {}",
        "the echs portal login is {}",
        "on sparsh the user id is {}",
        "the veterans forum account is {}",
        "on forces connect i'm {}",
        "the reunion facebook group admin is {}",
        "his kakao id is {}",
        "the legion branch site login is {}",
        "the association's dashboard user is {}",
        "my otter wiki username is {}",
        "define('DB_USER', '{}');",
        "MAIL_USERNAME = '{}'",
        "  - user: {}",
        "Login: {}",
    ],
}
HELDOUT99_MIXED = [
    ("Next of kin: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Service pensioner: {}, DOB {}, mobile {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Claimant: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} paid the reunion dinner with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} paid the dues with {}, receipt to {}", ["PERSON", "CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("define('DB_USER', '{}');\ndefine('DB_PASSWORD', '{}');", ["USERNAME", "SECRET"]),
    ("define('DB_HOST', '{}');\ndefine('DB_USER', '{}');\ndefine('DB_PASSWORD', '{}');", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("the welfare officer is {}, {}, the grant goes to {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("send your share to {} or call {}", ["IBAN_CODE", "PHONE_NUMBER"]),
    ("MAIL_USERNAME = '{}'\nMAIL_PASSWORD = '{}'", ["USERNAME", "SECRET"]),
    ("Member: {}, {}", ["PERSON", "STREET_ADDRESS"]),
    ("Addressee: {}, {}, {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("the hotel kept {} on file and the refund goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("{} ({}) is organising the reunion", ["PERSON", "EMAIL_ADDRESS"]),
    ("Medal recipient: {}, {}, date of birth {}", ["PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH"]),
    ("성명: {}\n생년월일: {}\n주소: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("the association sends the codes to {} and the texts to {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("$ curl -u {}:{} http://localhost/jirafeau/admin.php", ["USERNAME", "SECRET"]),
]  # fmt: skip
HELDOUT99_NEGATIVES = [
    "Lansdowne is where the Garhwal Rifles have their regimental centre",
    "Pauri, Tehri and Kotdwar are in Garhwal",
    "Singh between the given name and the family name is how most Garhwali men write it",
    "Devi after a woman's given name is common in Garhwal",
    "Hav is short for havildar and Sub for subedar",
    "Rfn means rifleman",
    "bhula means younger brother and dida elder brother in Garhwali",
    "ECHS is the health scheme for ex-servicemen",
    "SPARSH is the defence pension portal",
    "the CSD canteen sells fridges cheaper to ex-servicemen",
    "Negi Tent House does the shamiana for every wedding in the village",
    "the Rawat Trust gives a scholarship to soldiers' children",
    "246155 is the Lansdowne pin code",
    "Kargil Vijay Diwas is on 26 July",
    "Kfar Kama and Rehaniya are the two Circassian villages in Israel",
    "Adyghe is the language of the Circassians",
    "21 May is the Circassian day of mourning",
    "Circassian men do the army service, the women usually don't",
    "nana means grandmother and dada grandfather in Adyghe",
    "a rasal is a sergeant major and a samal a sergeant",
    "the tzav rishon is the first call-up letter",
    "Natkho Bakery makes the Circassian cheese pastries",
    "a Circassian family name can be spelt three ways in Latin letters",
    "Yad LaBanim is the memorial house for fallen soldiers",
    "Busan and Daegu are in Gyeongsang",
    "Nonsan has the army's big training centre",
    "The Camp is the app for writing letters to trainees",
    "씨 after a name is polite, 님 is more polite",
    "형 and 오빠 both mean elder brother",
    "훈련병 means a recruit in basic training",
    "현충일 is on 6 June",
    "the UN Memorial Cemetery is in Busan's Nam-gu",
    "48094 is a Haeundae postal code",
    "Korean men serve about 18 months in the army",
    "reserve training goes on for years after the service",
    "Nadi, Sigatoka and Nadroga are on the west of Viti Levu",
    "Ratu is a chief's title and Adi a chiefly woman's",
    "Tata means father and Nau mother",
    "in Fijian q is said ngg and c is said th",
    "a sevusevu is the kava presented when you arrive in a village",
    "Vunivalu Holdings runs the bus to Sigatoka",
    "the Naivalu shield is the rugby cup of the garrison",
    "Catterick and Tidworth are big British Army garrisons",
    "DL9 is the Catterick Garrison postcode",
    "LCpl is a lance corporal",
    "service number 4185623K",
    "pension payment order 1234/2019",
    "claim number DC-2026-04417",
    "the dues are 500 rupees a year",
    "the membership fee is 40 pounds",
    "case 2026/118 at the committee",
    "army number 25071847",
    "the battle was on 14 March 1917",
    "he enlisted on 02.01.1985",
    "discharge date 31/12/2024",
    "the reunion is on 2026-10-03",
    "the remembrance service is at 11 on 11 November",
    "the parade starts at 9:30",
    "ProjectSend r1720 needs PHP 8",
    "Jirafeau 4.6 stores files on disk",
    "An Otter Wiki 2.10 reads settings.cfg",
    "kanidm 1.5 moved the config to server.toml",
    "SECRET_KEY = 'change-me'",
    "define('DB_PASSWORD', '');",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the Mastercard test number",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the docs",
    "IL62 0108 0000 0009 9999 999 is the example IBAN in the docs",
    "write to member@example.com for the form",
    "192.0.2.99 is a documentation address",
    "198.51.100.99 is a documentation address",
    "2001:db8:99::1 is a documentation address",
    "in India the emergency number is 112",
    "in Korea the fire and ambulance number is 119",
    "in the UK the emergency number is 999",
    "in Israel the ambulance is 101",
    "the parcel arrived!",
    "he looks so thin in the uniform photo",
    "the reunion was loud and lovely",
    "so proud of him",
    "they gave him the medal in a blue box",
    "vinaka vakalevu for the photos",
    "수고했어 아들",
    "jai Badri Vishal!",
    "see you at the cemetery at 10",
]  # fmt: skip


def _typo99(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a service word's well-known misspelling
    ('regiment' -> 'regiement', 'sergeant' -> 'sargent', 'cemetery' -> 'cemetary', 'pension' -> 'pention'),
    or the services' and the families' shorthand creeping into chat ('regiment' -> 'regt', 'battalion' ->
    'bn', 'association' -> 'assoc'). Only in sentences typed to the bot or a friend; a title next to a name
    stays as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT99.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT99[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT99.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT99[m.group(1)] + template[m.end() :]


def build_heldout99(seed: int = HELDOUT99_SEED) -> list[Example]:
    """Held-out set 99: `Gen99` values in `HELDOUT99_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen99(seed)
    return assemble_module_set(
        gen, HELDOUT99_TEMPLATES, HELDOUT99_MIXED, HELDOUT99_NEGATIVES, _typo99, person=gen.person_for
    )
