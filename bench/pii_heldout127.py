"""Held-out PII set 127 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout127": written during round 71 by a separate author who did not open privacy/, never ran the scrubber
on it, never saw Kaizen's misses on it and kept it out of any training (no faker name locale:
NAME_LOCALES_HELDOUT127 is empty, as for the sets before it; written at the same time as another held-out set
by another author, neither seeing the other's set, and none of the peoples that author was given (the Veps,
the Bhutia, the Bidayuh and the Ambonese) is drawn here). The theme: swimming pools, swimming lessons,
lifeguards and swim clubs as swimmers, parents, coaches and pool staff talk about them: the lesson booking and
the waiting list, the child's registration form with a date of birth, the membership card and its renewal, the
locker and its code, the club's app and its login, the gala entry and the club fees paid by card, by a
transfer to an IBAN where the country has one or by GCash, WeChat Pay or MoMo, the lifeguard course and its
certificate, the pool's Wi-Fi, the alarm and the plant-room door code, the chlorine dosing controller's and
the timing system's addresses, an accident report, the coach's phone. The first 40 lines of
bench/pii_heldout27.py to 125.py were grepped for 'swim', 'pool', 'lifeguard', 'aquatic' and 'gala' first:
held-out 40 (leisure and travel) had gyms, pools and spas among a dozen places, 41 (learning and childhood)
had swimming lessons among a dozen kinds of lessons and a 'Swim teacher:' field, 44 had Batumi's lifeguards
among port and rescue crews, 59 pool leagues (the game), and 'gala' came up in 30, 108 and 118 only inside
other words (Galaxy, galamai, Macapagal); none took swimming as its whole theme, so this set keeps the theme
it was given. Lane, heat, event, locker and membership numbers, swim times, pool lengths, water temperatures,
fees, opening hours and the dates of galas and courses are no PII of TYPES: they come only in negatives.

The peoples were chosen after grepping the earlier sets (bench/pii_heldout27.py to 125.py) and bench/pii.py
for each people the brief named, their towns and their languages. None of the four is a main people of any
module set: the Maguindanao, the Tujia and their towns (Cotabato City, Datu Odin Sinsuat, Jishou, Enshi,
Zhangjiajie) come up nowhere; bench/pii.py's held-out 15 has a short 'Võro and Seto' list (eight given names
and eight family names) and Võru's addresses and '+372 78' lines, and its held-out 16 an 'Ede and Jarai' list
(eight names with the H' and Y prefixes and eight clan names) and Buôn Ma Thuột's buôn and '0262' lines, among
dozens of peoples each. So no people was swapped: this set leaves out every name those lists hold and every
name earlier sets hold that these peoples carry too, and takes Setomaa's own villages (Värska, Obinitsa,
Treski, Saatse) rather than Võru, and Buôn Ma Thuột's wards and streets rather than the buôn held-out 16 took
(Ako Dhông, Kô Tam, Trấp); the city's name and Đắk Lắk's '0262' come again, as a Mozambican town's Avenida
Julius Nyerere came again in held-out 125. Names left out (LEFT_OUT in the test): Seto and Estonian 'Miikul',
'Nasta' and 'Ode', 'Kolk' (and held-out 15's 'Ivvo', 'Mihkli', 'Kõiv', 'Hõrn', 'Pettai', 'Paabu' and the rest,
which this set never took up); Maguindanaon and Muslim Filipino 'Tahir', 'Rahima', 'Sittie', 'Abdulrahman',
'Tatu', 'Nasrudin', 'Salma', 'Aisah', 'Raihana', 'Ronnie', 'Mastura', 'Salik' and 'Usman'; Tujia 'Ran', 'Tan',
'Gong', 'Qu', 'Shu', 'Fu', 'Lu' (all family names Tujia carry, all held by earlier sets in pinyin), and '向'
(Xiang, the most Tujia of family names: its pinyin is free, but held-out 73 holds the character as a Japanese
name, Mukai), 'Xiulan', 'Xiuying', 'Cuiping' and 'Jinhua' ('翠萍', '金花'); Ede 'Kông', 'Khăm', 'Yơn', 'Kô',
'Blốk', 'Ra', 'Mơ', 'Wen', 'Bia', 'Dung', 'Nga', 'Yâo', 'Năm', 'Loan', 'Yim', 'Ngah', 'Jôn', 'Wơn', 'Juê',
'Jă' and the clan names 'Byă', 'Niê', 'Mlô', 'Êban' and 'Ênuôl' (and the Jarai 'Ksor', 'Rmah', 'Siu' and
'Kpă'). 'Sinsuat' and 'Piang', Maguindanaon family names, are left out too, since they are also the names of
the towns Datu Odin Sinsuat and Datu Piang, and the Ede clan name 'Buôn Krông', whose first word is every Ede
village's; 'Ampatuan' and 'Mangudadatu', free in the earlier sets, are left out as the names of Maguindanao's
political clans. The titles and kin words ('Datu', 'Bai', 'Babu', 'Bapa', 'anh', 'chị', 'cô', 'thầy') come in
earlier sets as words, and here only outside the spans.

Hand-written lists of four peoples: the Setos of Setomaa in south-east Estonia (Värska, Obinitsa: Seto given
names an older generation carries, the Orthodox names the Seto way ('Pedo', 'Vassil', 'Ondrõi', 'Hilana',
'Oudu'), Estonian given names of the younger ('Aare', 'Rauno', 'Triinu', 'Kaie') and family names of the 1920s
and 1930s ('Vabarna', 'Kõivupuu', 'Riitsaar', 'Lillemägi'): 'Pedo Kõivupuu', an Estonian form's
'Perekonnanimi, eesnimi' ('Kõivupuu, Pedo'), a name in block letters on a form ('PEDO KÕIVUPUU'), initials
('P. Kõivupuu'), the name typed without its marks ('Ondroi Koivupuu'), and 'tädi' (aunt), 'onu' (uncle),
'vanaema' (grandmother), 'vanaisa' (grandfather) and 'treener' (coach) before a given name and 'härra' and
'proua' before a family name, outside the span); the Maguindanao of Cotabato City and Datu Odin Sinsuat on the
Rio Grande de Mindanao (Maguindanaon given names ('Norodin', 'Guimid', 'Norhaya', 'Bainon') and family names
('Lidasan', 'Matalam', 'Dilangalen', 'Midtimbang'), the Filipino middle name, the mother's family name, before
the father's ('Norhaya Matalam Lidasan'), the middle initial ('Norhaya M. Lidasan'), a Philippine form's 'Last
Name, First Name, M.I.' ('Lidasan, Norhaya M.') and its capitals, and 'Datu' (a man of a noble line) and 'Bai'
(a woman of one), 'Babu' (aunt), 'Bapa' (uncle), Filipino 'Kuya', 'Ate', 'Tita', 'Tito', and 'Sir', 'Ma'am'
and 'Coach' as a pupil says them before a given name, outside the span); the Tujia of western Hunan and Hubei
(Jishou, Zhangjiajie, Enshi: family names ('田', '彭', '覃', and the Han names '唐', '谢' and '梁' Tujia families
carry too) and given names in Hanzi and pinyin, the Chinese order in Hanzi ('田春燕') and in pinyin ('Tian
Chunyan'), the Western order an English form gives ('Chunyan Tian'), a passport's 'TIAN CHUNYAN', the given
name alone in chat ('春燕'), and '老' and '小' before a family name and '教练' (coach), '老师' (teacher), '阿姨'
(auntie), '师傅', '哥' and '姐' after one ('田教练', '老彭'), outside the span); and the Ede (Rhade) of Buôn Ma Thuột
in Đắk Lắk (given names with the 'Y' of a man and the 'H'' of a woman ('Y Blô', "H'Zuin") and Ede clan names
('Ayŭn', 'Adrơng', 'Knul', 'Ktla', 'Hđơk'), given name first and the clan name last, as Vietnamese papers keep
them: "H'Zuin Ayŭn", without the marks ("H'Zuin Ayun"), a woman's 'H'' without its apostrophe as some papers
print it ('H Zuin Ayŭn'), a man's 'Y' joined by a hyphen ('Y-Blô Knul'), a form's capitals ("H'ZUIN AYŬN"),
and Vietnamese 'anh', 'chị', 'em', 'cô', 'thầy', 'ông', 'bà' and 'HLV' (coach) before the given name with its
prefix, outside the span). No public figure's full name is drawn (PUBLIC_FIGURES_HELDOUT127, checked without
marks and case: Seto singers and a Setomaa leader, Maguindanao's datus and politicians, Tujia and Xiangxi
figures, Ede leaders and a beauty queen; the lists cannot make any of them). Every one of those name forms,
and names with a typo ('Kõivupu', 'Dilangalan', 'Chunyna', 'Knull'), is forced into the build at least once
whatever the seed (a form the draws have not reached comes in a sentence of its own), and each people also
gets a titled name, a name in capitals on a form and one in lower case in chat; the address, the phone, the
e-mail, the IBAN or the date of birth after a name mostly comes from that name's region.

Names on papers in Estonian ('Perekonnanimi, eesnimi:', 'Ujuja:', 'Vetelpäästja:', 'NIMI (TRÜKITÄHTEDEGA):'),
Philippine English ('Last Name, First Name, M.I.:', 'Name of swimmer:', 'Parent/Guardian:'), Chinese ('姓名：',
'学员姓名：', '救生员：', '家长：'), a passport's ('Name as in passport:'), Vietnamese ('Họ và tên:', 'Học viên:', 'HỌ VÀ
TÊN (CHỮ IN HOA):'), English ('Swimmer:', 'Lifeguard on duty:', 'Coach:'), a poolside rota's '| ... |' row,
JSON and YAML; those regions' addresses ('Silla tn 12, Värska alevik, Setomaa vald, 64001 Võru maakond', 'Mäe
talu, Obinitsa küla, Setomaa vald', 'Blk 5 Lot 12, Rosary Heights 10, Cotabato City 9600', 'Purok 3, Brgy.
Dalican, Datu Odin Sinsuat, Maguindanao del Norte 9601', '湖南省吉首市乾州街道世纪大道12号', '湖北省恩施市舞阳坝街道施州大道12号', 'No. 12
Shizhou Avenue, Enshi, Hubei 445000', 'số 12 Phan Chu Trinh, phường Tân Lợi, TP. Buôn Ma Thuột, Đắk Lắk', '12
Hai Ba Trung, P. Thang Loi, TP. Buon Ma Thuot' typed without its marks); phones (Estonian mobiles '5...' with
and without '+372' and Setomaa's '797' lines; Philippine mobiles '09..' and '+63 9..' in three shapes and
Cotabato's '(064)' lines; Chinese mobiles '1[3-9]' with and without '+86' in groups of 3-4-4, joined or
dashed, and Jishou's '0743', Zhangjiajie's '0744' and Enshi's '0718'; Vietnamese mobiles '09..', '03..',
'08..' and '07..' in 4-3-3 with spaces or dots and '+84', and Đắk Lắk's '0262'); Visa, Mastercard (with the
2-series), UnionPay ('62', 16 and 19 digits) and Amex cards; IBANs: Estonia and Finland for the Setos (many
work across the gulf), Saudi Arabia, the Emirates and Qatar for a Maguindanaon relative working in the Gulf
(the Philippines have none), and none of the Tujia's or the Ede's own (China and Vietnam have none: a transfer
after their names goes to any of the others); IPs of the pool's router, the chlorine dosing controller in the
plant room, the timing system and the scoreboard at a gala, the turnstiles, the CCTV recorder, the club app's
login alerts, sshd and nginx lines, v4 and v6; logins and secrets as swimmers, parents and pool staff hand
them over (the locker code, the alarm code, the plant-room door code, the club app's password, the pool's
Wi-Fi key, a Smart-ID PIN, a GCash MPIN, a WeChat Pay password, a MoMo OTP), with cues in English ('don't tell
anyone'), Estonian ('ära kellelegi ütle'), Seto ('ärq kellelegiq ütleq'), Taglish ('wag mo sabihin kahit
kanino'), Chinese ('别告诉别人') and Xiangxi speech ('莫跟别个讲'), and Vietnamese ('đừng nói cho ai biết', without
marks 'dung noi cho ai'), a Wi-Fi QR string and .env lines (a booking API key, a Stripe key, a PayMongo key, a
WeChat Pay API key, a MoMo secret key, a Twilio token, a Google Maps key, the timing database's password);
dates of birth in each people's shapes (Estonian '14.03.2015', '14. märts 2015' and, after 'sündinud' (born),
'14. märtsil 2015', Philippine 'March 14, 2015' and '03/14/2015', Chinese '2015年3月14日' and '2015-03-14',
Vietnamese '14/03/2015' and 'ngày 14 tháng 3 năm 2015', an export's ISO date), a child's (a pupil's, a
swimmer's) or a grown-up's, drawn between fixed years from the set's own rng so the set builds the same on any
day; typos as chat types them (a swimming word's misspelling: 'swimming' -> 'swiming', 'lifeguard' ->
'lifegaurd', 'certificate' -> 'certficate', 'goggles' -> 'googles', Estonian 'ujumistrenn' -> 'ujumistren',
Vietnamese 'hồ bơi' -> 'ho boi'; chat shorthand: 'please' -> 'pls', Estonian 'ma ei tea' -> 'mdea', Taglish
'talaga' -> 'tlga' and 'salamat' -> 'slmt', Vietnamese 'không' -> 'ko' and 'được' -> 'đc', Chinese '谢谢' ->
'3q'); negatives with the same places, the titles and kin words explained, the naming customs, fees in euros,
pesos, yuan and dong, lane, heat, event, locker and membership numbers, swim times, pool lengths, water
temperatures and chlorine readings, public figures' names in swimming (Michael Phelps, Nguyễn Thị Ánh Viên),
brands (Speedo, Arena, Omega), placeholder secrets, a test card, the example IBAN, a placeholder e-mail,
documentation IPs, dates that are no one's birthday and short everyday chat in Estonian, Taglish, Chinese,
Vietnamese and English.

Forms this author is unsure of, said here rather than guessed silently: the Seto given names are the Seto
forms of Orthodox names as the author recalls them ('Pedo' for Pyotr, 'Ondrõi' for Andrei, 'Hilana' for
Yelena, 'Oudu' for Avdotya), not checked against a register; the family names are Estonian ones of the kind
Setos were given, only some ('Vabarna', 'Hagu', 'Riitsaar') recalled as Seto names in particular; Värska's
streets and its postcode '64001', Obinitsa's '65301', the farm names and Setomaa's '797' numbers are from
memory; the Seto cue 'ärq kellelegiq ütleq' is the author's composition with the 'q' of the glottal stop, and
the Seto Kingdom Day and the leelo in the negatives are from memory. The Maguindanaon given names are from
memory, the family names those of Cotabato's old datu families and of ordinary families as recalled, not
checked one by one; whether 'Kalim' and 'Kanakan' are Maguindanaon rather than Iranun the author does not
know; Maguindanaon itself is barely used, for want of a source: only 'Datu', 'Bai', 'Babu' and 'Bapa';
Cotabato's barangays (Rosary Heights, Poblacion, Tamontaka, Bagua) and Datu Odin Sinsuat's Dalican are real as
far as the author knows, the streets (Makakua, Notre Dame Avenue, Don Rufino Alonzo) less sure, the '(064)'
lines' exchanges are guesses. The Tujia given names are Chinese names of the kind rural western Hunan and
Hubei give, not Tujia-language names (few are used today), '幺妹' being how Xiangxi calls a youngest daughter;
Jishou's 世纪大道 and 人民北路, Zhangjiajie's 天门路 and Enshi's 施州大道 and the postcodes are from memory; the Xiangxi
'莫跟别个讲' and '要得' are written as the author knows them from south-west Mandarin, not checked with a speaker,
and the Tujia's own name 'Bizika' in a negative is from memory. The Ede given names are from memory of Ede
names in Vietnamese news and may be Jarai or Mnong as well; the clan names 'Ayŭn', 'Adrơng', 'Hđơk', 'Hwing',
'Kbuôr', 'Knul', 'Ktla' and 'Êya' are Ede as far as the author knows, 'Hmŏk' less sure; the Vietnamese wards
and streets of Buôn Ma Thuột (Tân Lợi, Thắng Lợi, Khánh Xuân, Thành Nhất, Ea Kao, Buôn Ky) are from memory and
before the 2025 merger of Vietnam's provinces and wards; 'ttn.edu.vn' and 'ndu.edu.ph' are the author's memory
of the universities' domains in Buôn Ma Thuột and Cotabato City, 'jsu.edu.cn' of Jishou University's.

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
    _chat_like,
    _iban_from_bban,
    _luhn_number,
    _pick_chat_or_not,
    assemble_module_set,
)

HELDOUT127_SEED = 1273061
# no faker name locale, as for the sets before it: all names below come from hand-written lists (empty on
# purpose; the test still checks it)
NAME_LOCALES_HELDOUT127: list[str] = []
# the four peoples in a fixed order (forced sentences go through them in it)
ORIGINS_HELDOUT127 = ["seto", "maguindanao", "tujia", "ede"]
HANZI_RE = re.compile(r"[\u4e00-\u9fff]")
# the letters only Vietnamese writes (a Vietnamese template wants an Ede name)
VIETNAMESE_RE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")

# the Setos of Setomaa: Seto given names of an older generation (the Orthodox names the Seto way), Estonian
# given names of the younger, and family names (see the docstring for how sure each is)
SETO_MEN_HELDOUT127 = ["Pedo", "Vassil", "Ondrõi", "Ivvan", "Jaagup", "Aare", "Rauno", "Tarmo"]
SETO_WOMEN_HELDOUT127 = ["Hilana", "Oudu", "Veera", "Tiiu", "Kaie", "Triinu", "Helve"]
SETO_FAMILY_HELDOUT127 = (
    "Vabarna Hagu Kõivupuu Leima Riitsaar Sõrmus Külvik Pähn Lillemägi Palmiste Laanetu Saarniit Ruusmaa "
    "Jõks".split()
)
# the Maguindanao of Cotabato City and Datu Odin Sinsuat: given names and family names
MAGUINDANAO_MEN_HELDOUT127 = [
    "Norodin",
    "Guimid",
    "Alimuddin",
    "Esmael",
    "Sahid",
    "Jamaloden",
    "Akmad",
    "Samsudin",
    "Zaldy",
]
MAGUINDANAO_WOMEN_HELDOUT127 = [
    "Norhaya",
    "Bainon",
    "Johaira",
    "Normina",
    "Baicon",
    "Bailyn",
    "Nurhaina",
    "Omera",
]
MAGUINDANAO_FAMILY_HELDOUT127 = (
    "Lidasan Matalam Pendatun Guiani Dilangalen Midtimbang Utto Mangelen Ebus Kamensa Mamalinta Macapeges "
    "Diocolano Kalim Kanakan Mokamad Masukat Dimaukom Mangansakan".split()
)
# the Tujia of western Hunan and Hubei: given names and family names (pinyin: Hanzi)
TUJIA_MEN_HELDOUT127 = {
    "Yuanshan": "远山",
    "Dewang": "德旺",
    "Qingsong": "青松",
    "Jiafu": "家福",
    "Changmao": "昌茂",
    "Guangyao": "光耀",
    "Shulin": "树林",
    "Jingui": "金贵",
    "Zhongfu": "忠福",
    "Shengliang": "盛良",
}
TUJIA_WOMEN_HELDOUT127 = {
    "Chunyan": "春燕",
    "Manmei": "满妹",
    "Yaomei": "幺妹",
    "Lamei": "腊梅",
    "Caixia": "彩霞",
    "Dongmei": "冬梅",
    "Qiaomei": "巧妹",
    "Zhaoxia": "朝霞",
    "Lanfang": "兰芳",
    "Yinhua": "银花",
}
TUJIA_FAMILY_HELDOUT127 = {"Tian": "田", "Peng": "彭", "Qin": "覃", "Tang": "唐", "Xie": "谢", "Liang": "梁"}
# the Ede of Buôn Ma Thuột: given names (a man's after 'Y', a woman's after "H'") and clan names
EDE_MEN_HELDOUT127 = ["Blô", "Khu", "Tlam", "Brơm", "Rít", "Suôn", "Dhăm", "Djuh", "Thuyên", "Hrin", "Tlang"]
EDE_WOMEN_HELDOUT127 = ["Zuin", "Liên", "Ngăm", "Xíu", "Mlơn", "Bliu", "Duyên", "Ngoan", "Ruôn", "Nhung"]
EDE_FAMILY_HELDOUT127 = ["Ayŭn", "Adrơng", "Hđơk", "Hwing", "Kbuôr", "Knul", "Ktla", "Êya", "Hmŏk"]
EDE_MAN_HELDOUT127, EDE_WOMAN_HELDOUT127 = "Y", "H'"
# each origin: (men's given names, women's given names, family names), in Latin letters (an Ede given name
# with its prefix)
NAMES_HELDOUT127: dict[str, tuple[list[str], list[str], list[str]]] = {
    "seto": (SETO_MEN_HELDOUT127, SETO_WOMEN_HELDOUT127, SETO_FAMILY_HELDOUT127),
    "maguindanao": (MAGUINDANAO_MEN_HELDOUT127, MAGUINDANAO_WOMEN_HELDOUT127, MAGUINDANAO_FAMILY_HELDOUT127),
    "tujia": (list(TUJIA_MEN_HELDOUT127), list(TUJIA_WOMEN_HELDOUT127), list(TUJIA_FAMILY_HELDOUT127)),
    "ede": (
        [f"{EDE_MAN_HELDOUT127} {g}" for g in EDE_MEN_HELDOUT127],
        [f"{EDE_WOMAN_HELDOUT127}{g}" for g in EDE_WOMEN_HELDOUT127],
        EDE_FAMILY_HELDOUT127,
    ),
}
HANZI_HELDOUT127 = {**TUJIA_MEN_HELDOUT127, **TUJIA_WOMEN_HELDOUT127, **TUJIA_FAMILY_HELDOUT127}
# full names a draw must never give (checked without marks and case); the lists cannot make them, the guard
# keeps it so should a list grow: Seto singers and a Setomaa leader, Maguindanao's datus and politicians,
# Tujia and Xiangxi figures, Ede leaders and a beauty queen
PUBLIC_FIGURES_HELDOUT127 = {
    "Anne Vabarna",
    "Hilana Taarka",
    "Paul Hagu",
    "Evar Riitsaar",
    "Odin Sinsuat",
    "Udtog Matalam",
    "Salipada Pendatun",
    "Zaldy Ampatuan",
    "Esmael Mangudadatu",
    "Michael Mastura",
    "Peng Dehuai",
    "Song Zuying",
    "Shen Congwen",
    "Y Jut Hwing",
    "Y Bih Aleo",
    "Y Ngông Niê Kdăm",
    "H'Hen Niê",
}
# a name with a typo as a hurried hand types it: a family name (a Tujia given name, the longer part)
NAME_TYPOS_HELDOUT127 = {
    "seto": {"Kõivupuu": "Kõivupu", "Riitsaar": "Riitsar", "Lillemägi": "Lillemäki"},
    "maguindanao": {"Dilangalen": "Dilangalan", "Macapeges": "Macapegas", "Midtimbang": "Midtimbnag"},
    "tujia": {"Chunyan": "Chunyna", "Guangyao": "Guanyao", "Shengliang": "Shengliag"},
    "ede": {"Knul": "Knull", "Hwing": "Hwinh", "Kbuôr": "Kbuôrr"},
}
# a title or a kin word before the name (outside the span): the origins, whether a woman (None: either) and
# the part of the name it goes with
TITLED_HELDOUT127: dict[str, tuple[tuple[str, ...], bool | None, str]] = {
    "tädi": (("seto",), True, "given"),  # Estonian: aunt, any older woman a child knows
    "onu": (("seto",), False, "given"),  # uncle
    "vanaema": (("seto",), True, "given"),  # grandmother
    "vanaisa": (("seto",), False, "given"),  # grandfather
    "treener": (("seto",), None, "given"),  # coach
    "härra": (("seto",), False, "family"),  # Mr
    "proua": (("seto",), True, "family"),  # Mrs
    "datu": (("maguindanao",), False, "given"),  # a man of a noble line
    "bai": (("maguindanao",), True, "given"),  # a woman of one
    "babu": (("maguindanao",), True, "given"),  # aunt
    "bapa": (("maguindanao",), False, "given"),  # uncle
    "kuya": (("maguindanao",), False, "given"),  # Filipino: elder brother
    "ate": (("maguindanao",), True, "given"),  # elder sister
    "tita": (("maguindanao",), True, "given"),
    "tito": (("maguindanao",), False, "given"),
    "sir": (("maguindanao",), False, "given"),  # what a Filipino pupil calls a teacher or a coach
    "ma'am": (("maguindanao",), True, "given"),
    "coach": (("maguindanao",), None, "given"),
    "anh": (("ede",), False, "given"),  # Vietnamese: elder brother, any young man
    "chị": (("ede",), True, "given"),  # elder sister
    "em": (("ede",), None, "given"),  # younger sibling, a child
    "cô": (("ede",), True, "given"),  # a woman teacher
    "thầy": (("ede",), False, "given"),  # a man teacher
    "ông": (("ede",), False, "given"),  # an old man
    "bà": (("ede",), True, "given"),  # an old woman
    "hlv": (("ede",), None, "given"),  # huấn luyện viên, coach
}
TITLE_SLOT_HELDOUT127 = re.compile(
    r"(?<![\w'’])(tädi|onu|vanaema|vanaisa|treener|härra|proua|datu|bai|babu|bapa|kuya|ate|tita|tito|sir|"
    r"ma'am|coach|anh|chị|em|cô|thầy|ông|bà|hlv) \{\}",
    re.IGNORECASE,
)
# the Chinese words before and after a Tujia family name (outside the span, written on to it): whether a
# woman (None: either)
HANZI_BEFORE_HELDOUT127: dict[str, bool | None] = {"老": None, "小": None}
HANZI_AFTER_HELDOUT127: dict[str, bool | None] = {
    "教练": None,  # coach
    "老师": None,  # teacher
    "阿姨": True,  # auntie
    "师傅": False,  # master (a tradesman, a pool's plant man)
    "哥": False,  # elder brother
    "姐": True,  # elder sister
}
HANZI_BEFORE_SLOT_HELDOUT127 = re.compile(r"(老|小)\{\}")
HANZI_AFTER_SLOT_HELDOUT127 = re.compile(r"\{\}(教练|老师|阿姨|师傅|哥|姐)")
# the name forms the build holds at least once each, whatever the seed
FORCED_FORMS_HELDOUT127 = [
    ("seto", "full"),
    ("maguindanao", "full"),
    ("tujia", "hanzi"),
    ("ede", "full"),
    ("tujia", "pinyin"),
    ("tujia", "western"),
    ("seto", "surname_first"),
    ("maguindanao", "surname_first"),
    ("seto", "caps"),
    ("tujia", "passport"),
    ("ede", "caps"),
    ("maguindanao", "middle"),
    ("maguindanao", "middle_initial"),
    ("seto", "initials"),
    ("seto", "no_marks"),
    ("ede", "no_marks"),
    ("ede", "no_apostrophe"),
    ("ede", "hyphen"),
    ("tujia", "hanzi_given"),
    ("seto", "typo"),
    ("maguindanao", "typo"),
    ("tujia", "typo"),
    ("ede", "typo"),
]
# forms written in Hanzi (they want a Hanzi template; every other form wants a Latin one)
HANZI_FORMS_HELDOUT127 = {"hanzi", "hanzi_given"}
# forms that only read right typed in a chat, and forms that only read right on a form or a register
CHAT_ONLY_FORMS_HELDOUT127 = {"typo", "no_marks", "hanzi_given"}
FORM_ONLY_FORMS_HELDOUT127 = {
    "surname_first",
    "caps",
    "passport",
    "initials",
    "middle_initial",
    "no_apostrophe",
}
# forms that only come where a form's lead asks for them
LEAD_ONLY_FORMS_HELDOUT127 = {"surname_first", "caps", "passport"}
# forms that want a woman's name, and forms that want a man's
WOMEN_FORMS_HELDOUT127 = {"no_apostrophe"}
MEN_FORMS_HELDOUT127 = {"hyphen"}
# the leads of forms that ask for a name in one shape: the origins and the form
SURNAME_FIRST_LEADS_HELDOUT127: dict[str, tuple[tuple[str, ...], str]] = {
    "Perekonnanimi, eesnimi": (("seto",), "surname_first"),
    "NIMI (TRÜKITÄHTEDEGA)": (("seto",), "caps"),
    "Last Name, First Name, M.I.": (("maguindanao",), "surname_first"),
    "NAME OF SWIMMER (LAST, FIRST, M.I.)": (("maguindanao",), "caps"),
    "Name as in passport": (("tujia",), "passport"),
    "HỌ VÀ TÊN (CHỮ IN HOA)": (("ede",), "caps"),
}
# sentences the build adds whatever the seed: a titled name of each people, a name in capitals on a form and
# one in lower case in chat for each people, and a sentence for any forced form the build has not given yet
FORCED_SENTENCES_HELDOUT127: dict[str, list[str]] = {
    "seto": [
        "tädi {} müüb Värska ujulas pileteid",
        "treener {} ütles, et laste ujumistrenn on neljapäeval",
        "proua {} is the lifeguard at the Värska pool on Sundays",
        "vanaisa {} taught the whole village to swim in the lake at Obinitsa",
    ],
    "maguindanao": [
        "Sir {} will hold the swimming lessons at the Cotabato pool on Saturday",
        "Bai {} paid the club fees by GCash, salamat po",
        "Kuya {} is the lifeguard at the resort pool in Datu Odin Sinsuat",
        "Coach {} says the kids need goggles for the gala in Cotabato",
    ],
    "tujia": [
        "{}教练说明天早上六点游泳队训练",
        "老{}在吉首游泳馆当救生员",
        "{}阿姨帮我们排了游泳课的候补名单",
        "{}老师把孩子的游泳证拿回来了",
    ],
    "ede": [
        "thầy {} dạy bơi ở hồ bơi Buôn Ma Thuột",
        "chị {} là nhân viên cứu hộ ở hồ bơi",
        "HLV {} nói các em phải mang kính bơi",
        "anh {} giữ chìa khóa tủ đồ của câu lạc bộ bơi",
    ],
    "upper_seto": ["NIMI (TRÜKITÄHTEDEGA): {}", "Perekonnanimi, eesnimi: {}"],
    "upper_maguindanao": ["NAME OF SWIMMER (LAST, FIRST, M.I.): {}", "Last Name, First Name, M.I.: {}"],
    "upper_tujia": ["Name as in passport: {}", "SWIMMER (AS IN PASSPORT): {}"],
    "upper_ede": ["HỌ VÀ TÊN (CHỮ IN HOA): {}", "HỌC VIÊN: {}"],
    "lower_latin": [
        "fyi {} booked the swimming lessons already",
        "the locker key for {} is at the front desk pls pick it up",
        "ok {} passed the lifeguard course, the certificate comes friday",
    ],
    "form_latin": ["Swimmer: {}", "Parent/Guardian: {}", "Lifeguard on duty: {}", "Coach: {}"],
    "form_hanzi": ["姓名：{}", "学员姓名：{}", "救生员：{}"],
    "chat_latin": ["{} says the pool is closed for cleaning again", "did {} pay the gala entry yet?"],
    "chat_hanzi": ["{}今天带孩子去游泳馆了", "{}说游泳卡又过期了"],
}

# IBAN countries: (bank codes, the IBAN's length)
IBAN_BANKS_HELDOUT127: dict[str, tuple[list[str], int]] = {
    "EE": (["22", "10", "17", "77"], 20),  # Swedbank, SEB, Luminor, LHV
    "FI": (["1", "5", "8"], 18),  # Nordea, OP, Danske (the first digit of the bank code)
    "SA": (["80", "10", "20", "45"], 24),  # Al Rajhi, the Saudi National Bank, Riyad Bank, SAB (as recalled)
    "AE": (["033", "026", "035"], 23),  # Mashreq, Emirates NBD, First Abu Dhabi (as recalled)
    "QA": (["QNBA", "CBQA", "DOHB"], 29),  # QNB, Commercial Bank, Doha Bank
}
IBAN_BY_ORIGIN_HELDOUT127: dict[str, list[str]] = {
    "seto": ["EE", "FI"],  # at home, or working across the gulf in Finland
    "maguindanao": ["SA", "AE", "QA"],  # the Philippines have none: a relative's account in the Gulf
    "tujia": [],  # China has none
    "ede": [],  # Vietnam has none
}
# everyday words of this set by origin, used in e-mail addresses, logins and passwords
SUBJECTS_HELDOUT127 = {
    "seto": ["varska", "obinitsa", "setomaa", "leelo", "seto"],
    "maguindanao": ["cotabato", "kutawato", "pulangi", "mindanao", "tamontaka"],
    "tujia": ["jishou", "enshi", "zhangjiajie", "wuling", "tujia"],
    "ede": ["bmt", "daklak", "ede", "draynur", "caphe"],
}
EMAIL_DOMAINS_HELDOUT127 = {
    "seto": ["hot.ee", "mail.ee", "online.ee"],
    "maguindanao": ["yahoo.com", "ndu.edu.ph", "outlook.com"],
    "tujia": ["qq.com", "163.com", "jsu.edu.cn"],
    "ede": ["yahoo.com.vn", "ttn.edu.vn", "outlook.com"],
}
# the templates that belong to one people's places, papers or speech (first match wins; a Hanzi template
# always wants a Tujia name)
ORIGIN_CUES_HELDOUT127: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"(?i)bu[oô]n ma thu[oộ]t|đắk lắk|dak lak|\bede\b|rhade|vietnam|h[oồ] b[oơ]i|b[eể] b[oơ]i|"
            r"\banh\b|\bchị\b|\bem\b|\bcô\b|thầy|\bông\b|\bbà\b|\bhlv\b|momo|zalo|₫|\bđ\b|học viên|họ và tên|"
            r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"
        ),
        "ede",
    ),
    (
        re.compile(
            r"(?i)v[aä]rska|obinitsa|setomaa|\bseto|põlva|võru|eesti|estonia|ujula|ujumis|treener|\btädi\b|"
            r"\bonu\b|vanaema|vanaisa|härra|proua|perekonnanimi|trükitäht|vetelpääst|smart-id|aitäh|kontole|"
            r"ujuja|\bkood|parool|sünni|kontoomanik|€"
        ),
        "seto",
    ),
    (
        re.compile(
            r"(?i)cotabato|maguindanao|mindanao|datu|\bbai\b|\bbabu\b|\bbapa\b|\bkuya\b|\bate\b|\btita\b|"
            r"\btito\b|\bsir\b|ma'am|\bcoach\b|gcash|\bpo\b|\bsa\b|\bng\b|\bnaman\b|brgy|barangay|₱|pesos?\b|"
            r"last name, first name|salamat|\bwag\b"
        ),
        "maguindanao",
    ),
    (
        re.compile(
            r"(?i)jishou|enshi|zhangjiajie|hunan|hubei|xiangxi|wechat|alipay|yuan|¥|passport|[\u4e00-\u9fff]"
        ),
        "tujia",
    ),
]
# the templates that want a woman's name (True) or a man's (False)
GENDER_CUES_HELDOUT127: list[tuple[re.Pattern[str], bool]] = [
    (
        re.compile(
            r"(?i)\bshe\b|\bher\b|herself|\btädi\b|vanaema|proua|\bbai\b|\bbabu\b|\bate\b|\btita\b|ma'am|"
            r"\bchị\b|\bcô\b|\bbà\b|阿姨|她|daughter|mother|\bmom\b"
        ),
        True,
    ),
    (
        re.compile(
            r"(?i)\bhe\b|\bhis\b|\bhim\b|himself|\bonu\b|vanaisa|härra|\bdatu\b|\bbapa\b|\bkuya\b|\btito\b|"
            r"\bsir\b|\banh\b|thầy|\bông\b|师傅|他|\bson\b|father|\bdad\b"
        ),
        False,
    ),
]
# a swimming word and its common misspelling
MISSPELT_HELDOUT127 = {
    "swimming": "swiming",
    "lifeguard": "lifegaurd",
    "certificate": "certficate",
    "goggles": "googles",
    "schedule": "schedual",
    "receipt": "reciept",
    "tomorrow": "tommorow",
    "membership": "membrship",
    "ujumistrenn": "ujumistren",
    "hồ bơi": "ho boi",
}
MISSPELT_WORD_HELDOUT127 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(MISSPELT_HELDOUT127, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
# chat shorthand in the set's languages: English, Estonian, Taglish, Vietnamese and Chinese
SHORTHAND_HELDOUT127 = {
    "please": "pls",
    "because": "coz",
    "thanks": "thx",
    "ma ei tea": "mdea",
    "talaga": "tlga",
    "salamat": "slmt",
    "không": "ko",
    "được": "đc",
    "谢谢": "3q",
}
SHORTHAND_WORD_HELDOUT127 = re.compile(
    r"(?<![\w{}'@.#$/-])("
    + "|".join(sorted(SHORTHAND_HELDOUT127, key=len, reverse=True))
    + r")(?![\w{}'@./-])"
)
EN_MONTHS_HELDOUT127 = (
    "January February March April May June July August September October November December".split()
)
ESTONIAN_MONTHS_HELDOUT127 = (
    "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split()
)
# the month in the adessive, as 'born on the 14th of March' wants it ('14. märtsil')
ESTONIAN_MONTHS_ADESSIVE_HELDOUT127 = (
    "jaanuaril veebruaril märtsil aprillil mail juunil juulil augustil septembril oktoobril novembril "
    "detsembril".split()
)
# the years a date of birth is drawn between: a child's (a pupil, a club swimmer) and a grown-up's (a parent,
# a lifeguard, a coach, a member)
CHILD_YEARS_HELDOUT127 = (2008, 2021)
ADULT_YEARS_HELDOUT127 = (1950, 2006)


def _fold(text: str) -> str:
    """A Latin-letter name without its marks ('Kõivupuu' -> 'Koivupuu', 'Ayŭn' -> 'Ayun', 'Hđơk' -> 'Hdok');
    Hanzi stay as written."""
    out: list[str] = []
    for c in text:
        if c in "đĐ":
            out.append("d" if c == "đ" else "D")
            continue
        if unicodedata.combining(c) and out and out[-1].isascii():
            continue  # a combining mark on a Latin letter
        if c.isascii() or not ("\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff"):
            out.append(c)
            continue
        out.append("".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)))
    return "".join(out)


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ("H'Zuin" -> 'hzuin',
    'Kõivupuu' -> 'koivupuu')."""
    return re.sub(r"[^a-z0-9]", "", _fold(name).lower())


def _reads_public(value: str) -> bool:
    """Whether a text holds a public figure's full name, marks and case aside."""
    low = " ".join(_fold(value).lower().split())
    return any(_fold(full).lower() in low for full in PUBLIC_FIGURES_HELDOUT127)


def _script(template: str) -> str:
    """The script a template wants its name in: 'hanzi' or 'latin'."""
    return "hanzi" if HANZI_RE.search(template) else "latin"


def _form_script(form: str) -> str:
    return "hanzi" if form in HANZI_FORMS_HELDOUT127 else "latin"


def _han(name: str) -> str:
    """The Hanzi of a Tujia given or family name ('Tian' -> '田')."""
    return HANZI_HELDOUT127[name]


def _ede_bare(given: str) -> str:
    """An Ede given name without its prefix ("H'Zuin" -> 'Zuin', 'Y Blô' -> 'Blô')."""
    return given.removeprefix(EDE_WOMAN_HELDOUT127).removeprefix(EDE_MAN_HELDOUT127 + " ")


class Gen127(Gen3):
    """Generators for held-out set 127: origins, name forms, formats and contexts of its own."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.owed = list(FORCED_FORMS_HELDOUT127)  # the forms not given yet
        self._last_origin: str | None = None  # the origin of the name given last, for the values after it
        self._reads_left = 0

    def _set_origin(self, origin: str) -> None:
        self._last_origin, self._reads_left = origin, 2  # a sentence holds at most two values after a name

    def _origin_after_name(self) -> str | None:
        """The origin of the name just given (most of the time), so that the address, the phone, the e-mail,
        the IBAN or the date of birth after it belongs to the same place; None to draw from any."""
        origin = self._last_origin
        self._reads_left -= 1
        if self._reads_left <= 0:
            self._last_origin = None
        return origin if origin and self.rng.random() < 0.8 else None

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) in Latin letters."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS_HELDOUT127)
        if woman is None:
            woman = rng.random() < 0.5
        men, women, lasts = NAMES_HELDOUT127[origin]
        for _ in range(50):
            first, last = rng.choice(women if woman else men), rng.choice(lasts)
            if not _reads_public(f"{first} {last}") and not _reads_public(f"{last} {first}"):
                break
        return origin, first, last, woman

    def _mother_family(self, origin: str, last: str) -> str:
        return self.rng.choice([f for f in NAMES_HELDOUT127[origin][2] if f != last])

    def _form(self, origin: str, form: str, woman: bool | None = None) -> str:
        """A name in one named form of `origin` (one of FORCED_FORMS_HELDOUT127's)."""
        rng = self.rng
        if form in WOMEN_FORMS_HELDOUT127:
            woman = True
        if form in MEN_FORMS_HELDOUT127:
            woman = False
        if form == "typo":
            typos = NAME_TYPOS_HELDOUT127[origin]
            if origin == "tujia":  # the given name slips: 'Tian Chunyna'
                given = rng.choice(sorted(typos))
                last = rng.choice(NAMES_HELDOUT127[origin][2])
                return f"{last} {typos[given]}"
            _, first, _, woman = self._origin_name(origin, woman)
            return f"{first} {typos[rng.choice(sorted(typos))]}"
        _, first, last, woman = self._origin_name(origin, woman)
        if origin == "seto":
            if form == "full":
                return f"{first} {last}"
            if form == "surname_first":  # an Estonian form's 'Perekonnanimi, eesnimi': 'Kõivupuu, Pedo'
                return f"{last}, {first}"
            if form == "caps":  # block letters: 'PEDO KÕIVUPUU'
                return f"{first} {last}".upper()
            if form == "initials":  # 'P. Kõivupuu'
                return f"{first[0]}. {last}"
            if form == "no_marks":  # 'Ondroi Koivupuu', typed on a keyboard without õ, ä, ö, ü
                for _ in range(50):
                    if not (first + last).isascii():
                        break
                    _, first, last, woman = self._origin_name(origin, woman)
                return _fold(f"{first} {last}")
            raise KeyError(form)
        if origin == "maguindanao":
            middle = self._mother_family(origin, last)
            if form == "full":
                return f"{first} {last}"
            if form == "middle":  # the mother's family name before the father's: 'Norhaya Matalam Lidasan'
                return f"{first} {middle} {last}"
            if form == "middle_initial":  # 'Norhaya M. Lidasan'
                return f"{first} {middle[0]}. {last}"
            if form == "surname_first":  # 'Last Name, First Name, M.I.': 'Lidasan, Norhaya M.'
                return f"{last}, {first} {middle[0]}."
            if form == "caps":  # 'LIDASAN, NORHAYA M.'
                return f"{last}, {first} {middle[0]}.".upper()
            raise KeyError(form)
        if origin == "tujia":
            if form == "hanzi":  # '田春燕'
                return f"{_han(last)}{_han(first)}"
            if form == "hanzi_given":  # '春燕'
                return _han(first)
            if form == "pinyin":  # 'Tian Chunyan'
                return f"{last} {first}"
            if form == "western":  # 'Chunyan Tian'
                return f"{first} {last}"
            if form == "passport":  # 'TIAN CHUNYAN'
                return f"{last} {first}".upper()
            raise KeyError(form)
        if form == "full":  # "H'Zuin Ayŭn", 'Y Blô Knul'
            return f"{first} {last}"
        if form == "no_marks":  # "H'Zuin Ayun"
            for _ in range(50):
                if not (first + last).isascii():
                    break
                _, first, last, woman = self._origin_name(origin, woman)
            return _fold(f"{first} {last}")
        if form == "no_apostrophe":  # 'H Zuin Ayŭn', as some papers print it
            return f"H {_ede_bare(first)} {last}"
        if form == "hyphen":  # 'Y-Blô Knul'
            return f"Y-{_ede_bare(first)} {last}"
        if form == "caps":  # "H'ZUIN AYŬN"
            return f"{first} {last}".upper()
        raise KeyError(form)

    def _owed_for(self, origins: tuple[str, ...] | None, script: str, chat: bool, lead_form: str | None):
        """The first owed (origin, form) a template can take: its origin, its script, chat or form."""
        for origin, form in self.owed:
            if origins and origin not in origins:
                continue
            if lead_form and form != lead_form:
                continue
            if not lead_form and form in LEAD_ONLY_FORMS_HELDOUT127:
                continue
            if _form_script(form) != script:
                continue
            if chat and form in FORM_ONLY_FORMS_HELDOUT127 or not chat and form in CHAT_ONLY_FORMS_HELDOUT127:
                continue
            return origin, form
        return None

    def _plain_person(self, origin: str, woman: bool | None, script: str, chat: bool) -> str:
        """A name in its people's everyday shapes; a form or a register mostly wants the full name."""
        rng = self.rng
        _, first, last, woman = self._origin_name(origin, woman)
        r = rng.random() * (1.0 if chat else 0.75)
        if origin == "seto":
            return f"{first} {last}" if r < 0.6 else first if r < 0.88 else last
        if origin == "maguindanao":
            if r < 0.45:
                return f"{first} {last}"
            if r < 0.55:
                return f"{first} {self._mother_family(origin, last)} {last}"
            if r < 0.62:
                return f"{first} {self._mother_family(origin, last)[0]}. {last}"
            return first if r < 0.9 else last
        if origin == "tujia":
            if script == "hanzi":
                return f"{_han(last)}{_han(first)}" if r < 0.6 or not chat else _han(first)
            if r < 0.5:
                return f"{last} {first}"
            if r < 0.7:
                return f"{first} {last}"
            return first if r < 0.92 else last
        if r < 0.6:
            return f"{first} {last}"
        return first if r < 0.9 else last

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it (or a Chinese
        word before or after it), one of the origin whose places, papers or speech the template names, in its
        script."""
        rng = self.rng
        script = _script(template)
        m = TITLE_SLOT_HELDOUT127.search(template)
        if m:
            origins, woman, part = TITLED_HELDOUT127[m.group(1).lower()]
            origin = rng.choice(origins)
            self._set_origin(origin)
            _, first, last, _ = self._origin_name(origin, woman)
            return last if part == "family" else first
        hb = HANZI_BEFORE_SLOT_HELDOUT127.search(template)
        ha = HANZI_AFTER_SLOT_HELDOUT127.search(template)
        if hb or ha:
            woman = HANZI_BEFORE_HELDOUT127[hb.group(1)] if hb else HANZI_AFTER_HELDOUT127[ha.group(1)]
            self._set_origin("tujia")
            _, _, last, _ = self._origin_name("tujia", woman)
            return _han(last)
        chat = _chat_like(template)
        woman = next((w for cue, w in GENDER_CUES_HELDOUT127 if cue.search(template)), None)
        lead = next((k for k in SURNAME_FIRST_LEADS_HELDOUT127 if template.startswith(k)), None)
        origins: tuple[str, ...] | None = None
        lead_form = None
        if lead:
            origins, lead_form = SURNAME_FIRST_LEADS_HELDOUT127[lead]
        cued = next((o for cue, o in ORIGIN_CUES_HELDOUT127 if cue.search(template)), None)
        if script == "hanzi":
            origins = ("tujia",)
        elif cued and not lead:
            origins = (cued,)
        owed = self._owed_for(origins, script, chat, lead_form)
        wrong_sex = owed and (
            (woman is False and owed[1] in WOMEN_FORMS_HELDOUT127)
            or (woman is True and owed[1] in MEN_FORMS_HELDOUT127)
        )
        if owed and not wrong_sex:
            self.owed.remove(owed)
            self._set_origin(owed[0])
            return self._form(owed[0], owed[1], woman)
        origin = rng.choice(origins) if origins else rng.choice(ORIGINS_HELDOUT127)
        self._set_origin(origin)
        if lead_form:
            return self._form(origin, lead_form, woman)
        name = self._plain_person(origin, woman, script, chat)
        if chat and script == "latin" and rng.random() < 0.05:
            return name.lower()
        return name

    def _caps(self, origin: str) -> tuple[str, str]:
        """(lead, name) in capitals as a form or a passport writes it."""
        lead = self.rng.choice(FORCED_SENTENCES_HELDOUT127[f"upper_{origin}"])
        form = {"seto": "caps", "maguindanao": "caps", "tujia": "passport", "ede": "caps"}[origin]
        return lead, self._form(origin, form).upper()

    def _lower(self, origin: str) -> str:
        """A full name in lower case as chat types it (a Tujia one in pinyin)."""
        form = {"tujia": "pinyin"}.get(origin, "full")
        return self._form(origin, form).lower()

    def forced_examples(self) -> list[Example]:
        """The sentences every build holds whatever the seed: a titled name of each people, a name in
        capitals on a form and one in lower case in chat for each people, and any form of
        FORCED_FORMS_HELDOUT127 the build has not given yet."""
        rng = self.rng
        filled: list[tuple[str, str]] = []
        for origin in ORIGINS_HELDOUT127:
            template = rng.choice(FORCED_SENTENCES_HELDOUT127[origin])
            filled.append((template, self.person_for(template)))
        for origin in ORIGINS_HELDOUT127:
            filled.append(self._caps(origin))
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT127["lower_latin"]), self._lower(origin)))
        while self.owed:
            origin, form = self.owed.pop(0)
            kind = "chat" if form in CHAT_ONLY_FORMS_HELDOUT127 else "form"
            key = f"{kind}_{_form_script(form)}"
            filled.append((rng.choice(FORCED_SENTENCES_HELDOUT127[key]), self._form(origin, form)))
        out = []
        for template, value in filled:
            start = template.index("{}")
            out.append(Example(template.replace("{}", value, 1), [(start, start + len(value), "PERSON")]))
        return out

    def _regional(self, shapes: dict[str, list]) -> list:
        origin = self._origin_after_name()
        return shapes[origin] if origin else [s for k in shapes for s in shapes[k]]

    def address(self) -> str:
        rng, pick = self.rng, self.rng.choice
        n, b = rng.randint(1, 80), rng.randint(1, 30)
        farm = pick(["Mäe", "Jõe", "Lepiku", "Uue-Kuuse", "Oja", "Männiku"])
        shapes = {
            "seto": [
                f"Silla tn {n}, Värska alevik, Setomaa vald, 64001 Võru maakond",
                f"Kooli tn {n}-{rng.randint(1, 24)}, Värska, 64001 Setomaa vald",
                f"Pikk tn {n}, Värska alevik, Setomaa vald",
                f"{farm} talu, Obinitsa küla, Setomaa vald, 65301 Võru maakond",
                f"{farm} talu, Treski küla, Setomaa vald, Võru maakond",
                f"{farm} talu, Saatse küla, Setomaa vald",
            ],
            "maguindanao": [
                f"Blk {b} Lot {n}, Rosary Heights {rng.randint(1, 13)}, Cotabato City 9600",
                f"{n} Makakua St., Poblacion {rng.randint(1, 9)}, Cotabato City",
                f"{n} Notre Dame Ave., Rosary Heights {rng.randint(1, 13)}, Cotabato City 9600",
                f"Purok {rng.randint(1, 7)}, Tamontaka {rng.randint(1, 5)}, Cotabato City",
                f"{n} Don Rufino Alonzo St., Bagua {rng.randint(1, 3)}, Cotabato City",
                f"Purok {rng.randint(1, 7)}, Brgy. Dalican, Datu Odin Sinsuat, Maguindanao del Norte 9601",
            ],
            "tujia": [
                f"湖南省吉首市乾州街道世纪大道{n}号",
                f"湖南省吉首市人民北路{n}号{rng.randint(1, 12)}栋{rng.randint(1, 6)}0{rng.randint(1, 4)}室",
                f"湖北省恩施市舞阳坝街道施州大道{n}号",
                f"湖南省张家界市永定区天门路{n}号",
                f"No. {n} Shizhou Avenue, Enshi, Hubei 445000",
                f"No. {n} Renmin North Road, Jishou, Hunan 416000",
            ],
            "ede": [
                f"số {n} Phan Chu Trinh, phường Tân Lợi, TP. Buôn Ma Thuột, Đắk Lắk",
                f"{n} Lý Thường Kiệt, phường Thắng Lợi, Buôn Ma Thuột",
                f"{n}/{rng.randint(1, 30)} Mai Hắc Đế, phường Khánh Xuân, TP. Buôn Ma Thuột, Đắk Lắk",
                f"buôn Ky, phường Thành Nhất, TP. Buôn Ma Thuột, nhà số {n}",
                f"thôn {rng.randint(1, 9)}, xã Ea Kao, TP. Buôn Ma Thuột, Đắk Lắk",
                f"{n} Hai Ba Trung, P. Thang Loi, TP. Buon Ma Thuot, Dak Lak",
            ],
        }
        return pick(self._regional(shapes))

    def email(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        origin, first, last, _ = self._origin_name(origin)
        first, fam = _plain(first), _plain(last)
        subject = rng.choice(SUBJECTS_HELDOUT127[origin])
        domains = ["gmail.com", *EMAIL_DOMAINS_HELDOUT127[origin]]
        if origin == "tujia" and rng.random() < 0.3:  # a QQ number as the mailbox
            return f"{rng.randint(10000000, 3999999999)}@qq.com"
        user = rng.choice(
            [
                f"{first}.{fam}",
                f"{first[:1]}.{fam}{rng.randint(1, 99):02d}",
                f"{first}{fam}{rng.randint(1, 99)}",
                f"{fam}.{first[:1]}",
                f"{first}_{subject}",
                f"{subject}.{first}",
                f"{first}{rng.randint(1950, 2012)}",
            ]
        )
        return f"{user}@{rng.choice(domains)}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        pick = rng.choice
        ph = ["917", "918", "926", "927", "935", "945", "955", "995", "998", "961"]
        cn = ["138", "139", "150", "152", "158", "173", "180", "187", "191", "199"]
        vn = ["905", "913", "983", "975", "868", "356", "378", "705", "777", "889", "945"]
        shapes = {
            "seto": [
                f"+372 5{d(3)} {d(4)}",
                f"5{d(3)} {d(4)}",
                f"5{d(6)}",
                f"+372 797 {d(4)}",
                f"797 {d(4)}",
            ],
            "maguindanao": [
                f"0{pick(ph)} {d(3)} {d(4)}",
                f"+63 {pick(ph)} {d(3)} {d(4)}",
                f"0{pick(ph)}-{d(3)}-{d(4)}",
                f"0{pick(ph)}{d(7)}",
                f"(064) 421-{d(4)}",
            ],
            "tujia": [
                f"{pick(cn)} {d(4)} {d(4)}",
                f"+86 {pick(cn)} {d(4)} {d(4)}",
                f"{pick(cn)}{d(8)}",
                f"+86-{pick(cn)}-{d(4)}-{d(4)}",
                f"{pick(['0743', '0744', '0718'])}-8{d(6)}",
            ],
            "ede": [
                f"0{pick(vn)} {d(3)} {d(3)}",
                f"0{pick(vn)}.{d(3)}.{d(3)}",
                f"+84 {pick(vn)} {d(3)} {d(3)}",
                f"0{pick(vn)}{d(6)}",
                f"0262 3{d(3)} {d(3)}",
            ],
        }
        return pick(self._regional(shapes))

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "4", "4", f"5{rng.randint(1, 5)}", f"5{rng.randint(1, 5)}", "2223", "62"])
        prefix = rng.choice([prefix, prefix, prefix, prefix, "34", "37"])
        if prefix in ("34", "37"):  # Amex, 4-6-5
            num = _luhn_number(rng, prefix, 15)
            return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num
        if prefix == "62" and rng.random() < 0.4:  # UnionPay's 19 digits: 6-13 as printed
            num = _luhn_number(rng, "62" + rng.choice(["1700", "2848", "1483", "2280"]), 19)
            return f"{num[:6]} {num[6:]}" if rng.random() < 0.5 else num
        num = _luhn_number(rng, prefix, 16)
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        return " ".join(groups) if r < 0.6 else "-".join(groups) if r < 0.7 else num

    def iban(self) -> str:
        rng = self.rng
        origin = self._origin_after_name()
        own = IBAN_BY_ORIGIN_HELDOUT127[origin] if origin else []
        code = rng.choice(own or sorted(IBAN_BANKS_HELDOUT127))
        iban = _iban_of(rng, code)
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice(
            [
                f.ipv4_public(),
                f.ipv4_public(),
                f"192.168.{rng.choice([0, 1, 10, 88])}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 30)}.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
            ]
        )

    def ipv6(self) -> str:
        rng = self.rng
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        return rng.choice(
            [
                f"2001:7d0:{h()}:{h()}::{h()}",
                f"2001:4450:{h()}:{h()}::{h()}",
                f"240e:3b0:{h()}:{h()}::{h()}",
                f"2405:4802:{h()}:{h()}::{h()}",
            ]
        )

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): the pool's router, the chlorine dosing controller, the timing system
        and the scoreboard, the turnstiles, the CCTV recorder, the club app's login alerts, sshd and nginx
        lines; v4 and v6."""
        rng, v4, v6 = self.rng, self.ipv4(), self.ipv6()
        options = [
            ("the chlorine dosing controller in the plant room is on {}, check the readings from home", v4),
            ("the timing system for the gala answers on {}, the touchpads won't pair", v4),
            ("the scoreboard over lane 1 is on {}, reboot it before the heats", v4),
            ("the club app says my account logged in from {}, that wasn't me", rng.choice([v4, v6])),
            ("the turnstiles at the pool entrance talk to {}, the cards won't scan, please check", v4),
            ("ujula wifi ruuter on {}, tee palun restart", v4),
            ("游泳馆的监控录像机地址是{}，帮我看下昨天的录像", v4),
            ("timing system ng gala nasa {}, pakicheck po", v4),
            ("máy chủ camera hồ bơi ở {}, anh khởi động lại giúp em", v4),
            ("$ ping -c 4 {}", v4),
            ("$ ssh plantroom@{}", v4),
            ("   IPv4 Address. . . . . . . . . . . : {}", v4),
            ("    inet6 {}/64 scope global dynamic", v6),
            ("Jun 14 05:58:02 pool-srv sshd[3117]: Failed password for root from {} port 51022 ssh2", v4),
            ('{} - - [14/Jun/2026:06:01:12 +0800] "POST /api/lessons/book HTTP/1.1" 201 388', v4),
            ("dosing_controller_host: {}", v4),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, pick = self.rng, self.rng.choice
        leet = str.maketrans("aeiost", "4310$7")
        year = rng.randint(1955, 2015)
        places = {
            "seto": (["Varska", "Obinitsa", "Leelo", "Setomaa"], ["@372", "#ee", "_2025", "!!"]),
            "maguindanao": (["Cotabato", "Pulangi", "Kutawato", "Mindanao"], ["@63", "#ph", "2025", "!!"]),
            "tujia": (["Wuling", "Tianmen", "Jishou", "Enshi"], ["@86", "#hn", "888", "!!"]),
            "ede": (["Daklak", "Caphe", "DrayNur", "Buonmathuot"], ["@84", "#vn", "2025", "!!"]),
        }
        words, tails = places[pick(ORIGINS_HELDOUT127)]
        nick = pick(["pedo", "hilana", "norhaya", "guimid", "chunyan", "yuanshan", "zuin", "tlam"])
        return pick(
            [
                f"{pick(words)}{pick(tails)}",
                f"{pick(words)}{pick(tails)}",
                pick(["swimming", "butterfly", "backstroke", "lifeguard", "poolside"]).translate(leet)
                + pick(["", "!", "_127"]),
                f"{nick}{pick([str(year), str(year)[2:], '123'])}",
                f"{pick(['Ujula', 'Pool', 'Swim', 'Hoboi'])}{rng.randint(2019, 2026)}-"
                f"{pick(['Wifi', 'Net', 'Guest'])}{rng.randint(10, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        colonless = re.sub(r"[:@/#%+$&?()!;]", "", pw) or "Swim2025Guest"
        alnum = string.ascii_letters + string.digits
        b64 = string.ascii_letters + string.digits + "-_"
        options = [
            ("my locker code is {}, grab my towel please", d(4)),
            ("the plant room door code is {}, don't tell anyone", d(rng.choice([4, 6]))),
            ("the alarm code for the pool building is {}, set it when you lock up", d(4)),
            ("the club app password is {}, book the Saturday lesson for me", pw),
            ("the pool wifi is {}, it's on the board by the lifeguard chair", pw),
            ("kapi kood on {}, ära kellelegi ütle", d(4)),
            ("ujula wifi parool on {}", pw),
            ("mu Smart-ID PIN1 on {}, maksa trenni eest ära", d(4)),
            ("ujula valvesignalisatsiooni kood {}, ärq kellelegiq ütleq", d(4)),
            ("GCash MPIN ko ay {}, bayaran mo na yung swimming lessons, wag mo sabihin kahit kanino", d(4)),
            ("yung code ng locker ni Kuya sa pool {} po", d(4)),
            ("password ng club app {}, secret lang natin to", pw),
            ("储物柜密码是{}，别告诉别人", d(4)),
            ("wifi密码{}，莫跟别个讲，谢谢", pw),
            ("微信支付密码{}，帮我交一下游泳课的钱", d(6)),
            ("mã tủ đồ là {}, đừng nói cho ai biết", d(4)),
            ("mật khẩu wifi hồ bơi là {}", pw),
            ("ma OTP MoMo {}, dung noi cho ai nha", d(6)),
            ("WIFI:T:WPA;S:Ujula_Varska;P:{};;", colonless),
            ("BOOKING_API_KEY={}", tok(32, "0123456789abcdef")),
            ("STRIPE_SECRET_KEY={}", "sk_live_" + tok(24, alnum)),
            ("PAYMONGO_SECRET_KEY={}", "sk_live_" + tok(24, alnum)),
            ("WECHATPAY_API_V3_KEY={}", tok(32, alnum)),
            ("MOMO_SECRET_KEY={}", tok(32, alnum)),
            ("TWILIO_AUTH_TOKEN={}", tok(32, "0123456789abcdef")),
            ("TIMING_DB_PASSWORD={}", colonless),
            ("GOOGLE_MAPS_API_KEY={}", "AIza" + tok(35, b64)),
            ("Password: {}", pw),
            ("Parool: {}", pw),
            ("密码：{}", pw),
            ("Mật khẩu: {}", pw),
            ("Locker PIN: {}", d(4)),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username: the club's app, Instagram, TikTok, WeChat, Zalo's group admin ('pedo.koivupuu',
        'cotabato_norhaya')."""
        rng = self.rng
        origin, first, last, _ = self._origin_name()
        first, last = _plain(first), _plain(last)
        yy = rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(0, 15)
        subject = rng.choice(SUBJECTS_HELDOUT127[origin])
        return rng.choice(
            [
                f"{subject}_{first}",
                f"{first}.{last}",
                f"{first}{last}{yy:02d}",
                f"{last}_{first[:3]}",
                f"{first}_{subject}{yy:02d}",
                f"{first}-{last}",
                f"{first}.swims",
            ]
        )

    def _birth(self, child: bool) -> tuple[int, int, int]:
        """A date of birth between fixed years from the set's own rng (the same on any day)."""
        rng = self.rng
        year = rng.randint(*(CHILD_YEARS_HELDOUT127 if child else ADULT_YEARS_HELDOUT127))
        month = rng.randint(1, 12)
        return year, month, rng.randint(1, calendar.monthrange(year, month)[1])

    def _dob_shapes(self, child: bool | None = None) -> dict[str, str]:
        """One date of birth in every shape this set uses."""
        if child is None:
            child = self.rng.random() < 0.6
        y, m, day = self._birth(child)
        return {
            "ee": f"{day:02d}.{m:02d}.{y}",
            "ee_words": f"{day}. {ESTONIAN_MONTHS_HELDOUT127[m - 1]} {y}",
            "ee_born": f"{day}. {ESTONIAN_MONTHS_ADESSIVE_HELDOUT127[m - 1]} {y}",
            "ph_words": f"{EN_MONTHS_HELDOUT127[m - 1]} {day}, {y}",
            "ph": f"{m:02d}/{day:02d}/{y}",
            "cn_words": f"{y}年{m}月{day}日",
            "cn": f"{y}-{m:02d}-{day:02d}",
            "vn": f"{day:02d}/{m:02d}/{y}",
            "vn_words": f"ngày {day} tháng {m} năm {y}",
            "iso": f"{y}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        shapes = self._dob_shapes()
        own = {
            "seto": ["ee", "ee_words"],
            "maguindanao": ["ph_words", "ph"],
            "tujia": ["cn_words", "cn"],
            "ede": ["vn", "vn_words"],
        }
        origin = self._origin_after_name()
        return shapes[self.rng.choice(own[origin] if origin else ["ee", "ph_words", "cn_words", "vn", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, the child's registration
        form, the lifeguard course's form, a paste."""
        rng = self.rng
        c, a = self._dob_shapes(child=True), self._dob_shapes(child=False)
        options = [
            ("Sünniaeg: {}", c["ee"]),
            ("poeg on sündinud {}, kas ta mahub algajate ujumisrühma?", c["ee_born"]),
            ("vetelpäästja kursuse ankeet: sünnikuupäev {}", a["ee_words"]),
            ("Date of Birth (MM/DD/YYYY): {}", c["ph"]),
            ("my son was born on {}, is he old enough for the Saturday swimming class?", c["ph_words"]),
            ("birthday ni bunso {}, kailangan daw sa registration form ng swim club", c["ph_words"]),
            ("出生日期：{}", c["cn_words"]),
            ("孩子{}出生的，能报初级游泳班吗", c["cn_words"]),
            ("救生员培训报名表 出生日期 {}", a["cn"]),
            ("Ngày sinh: {}", c["vn"]),
            ("con em sinh {}, đăng ký lớp học bơi được không chị", c["vn_words"]),
            ("the lifeguard course form wants my date of birth: {}", a[rng.choice(["ee", "ph_words", "vn"])]),
            ("Date of birth: {}", a[rng.choice(["ee", "ph_words", "vn", "cn"])]),
            ('    "date_of_birth": "{}",', c["iso"]),
            ("swimmer_dob: {}", c["iso"]),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])


def _iban_of(rng: random.Random, country: str) -> str:
    """A valid IBAN of `country` with one of its bank codes (IBAN_BANKS_HELDOUT127); mod-97 check. A Saudi
    and a Qatari BBAN are digits after the bank code here, as most are."""
    banks, length = IBAN_BANKS_HELDOUT127[country]
    bank = rng.choice(banks)
    bban = bank + "".join(rng.choice(string.digits) for _ in range(length - 4 - len(bank)))
    return _iban_from_bban(country, bban)


HELDOUT127_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "Perekonnanimi, eesnimi: {}",
        "NIMI (TRÜKITÄHTEDEGA): {}",
        "Last Name, First Name, M.I.: {}",
        "NAME OF SWIMMER (LAST, FIRST, M.I.): {}",
        "Name as in passport: {}",
        "HỌ VÀ TÊN (CHỮ IN HOA): {}",
        "Ujuja: {}",
        "Vetelpäästja: {}",
        "Name of swimmer: {}",
        "Parent/Guardian: {}",
        "姓名：{}",
        "学员姓名：{}",
        "救生员：{}",
        "家长：{}",
        "Họ và tên: {}",
        "Học viên: {}",
        "Swimmer: {}",
        "Lifeguard on duty: {}",
        '"swimmer": "{}",',
        "- coach: {}",
        "| {} | lane 3 | 06:00-08:00 |",
        "{} käib Värska ujulas igal teisipäeval",
        "{} on Obinitsa laste ujumistreener",
        "ma ei tea, kas {} tuleb täna ujulasse",
        "salamat kay {} sa pag-book ng lessons ng mga bata",
        "tädi {} müüb Värska ujulas pileteid",
        "onu {} viib lapsed laupäeval ujuma",
        "vanaema {} ei oska ujuda, aga käib vesiaeroobikas",
        "treener {} ütles, et laste ujumistrenn on neljapäeval",
        "härra {} on ujula vetelpäästja",
        "proua {} is the lifeguard at the Värska pool on Sundays",
        "{} from Cotabato City won the 50 m freestyle at the gala",
        "si {} ang lifeguard sa pool ng Rosary Heights ngayong Sabado",
        "Datu {} sponsored the swim club's new goggles",
        "Bai {} paid the club fees by GCash, salamat po",
        "Babu {} brings the kids to the pool every Sunday",
        "Kuya {} is the lifeguard at the resort pool in Datu Odin Sinsuat",
        "Ate {} teaches the beginners' class, mabait talaga siya",
        "Sir {} will hold the swimming lessons at the Cotabato pool on Saturday",
        "Ma'am {} signed my lifeguard certificate",
        "Coach {} says the kids need goggles for the gala in Cotabato",
        "{}教练说明天早上六点游泳队训练",
        "老{}在吉首游泳馆当救生员",
        "{}阿姨帮我们排了游泳课的候补名单",
        "{}老师把孩子的游泳证拿回来了",
        "{}师傅在机房调水质",
        "{}今天带孩子去游泳馆了",
        "{} from Zhangjiajie got a place on the lifeguard course in Jishou",
        "thầy {} dạy bơi ở hồ bơi Buôn Ma Thuột",
        "chị {} là nhân viên cứu hộ ở hồ bơi",
        "HLV {} nói các em phải mang kính bơi",
        "anh {} giữ chìa khóa tủ đồ của câu lạc bộ bơi",
        "em {} học bơi lớp sáng thứ bảy",
        "{} là giáo viên dạy bơi mới ở Buôn Ma Thuột",
        "{} is the new lifeguard, she blows the whistle at everyone",
        "{} is the coach of the under-12s, he times every length",
        "{} and {} share the lane and argue about who goes first",
        "ask {} if the pool is open on the holiday",
        "{} left her goggles in the changing room again",
        "{} passed the lifeguard course with the best score",
        "please tell {} the swimming lessons start at 5 because the pool closes at 7",
        "thanks to {} the kids can all swim a length now",
        "{} renewed the membership card yesterday, the swimming is paid for the year",
        "{} is on the waiting list for the beginners' class, tell him tomorrow",
    ],
    "STREET_ADDRESS": [
        "send the membership card to {}, thanks",
        "the lifeguard certificate goes by post to {}",
        "Aadress: {}",
        "Address: {}",
        "住址：{}",
        "Địa chỉ: {}",
        "minu aadress on {}, saatke ujumiskaart sinna",
        "ang address ko ay {}, doon po ipadala ang swim club ID",
        "孩子家住{}，游泳课结束后送他回家",
        "nhà em ở {}, gửi thẻ hội viên hồ bơi về đây giúp em",
        '"address": "{}",',
        "the swim club's minibus picks my son up at {}",
        "the accident report says the swimmer lives at {}",
        "pick me up at {} before the gala",
        "home_address: {}",
    ],
    "EMAIL_ADDRESS": [
        "send the lesson booking to {} please",
        "the gala results go to {}",
        "E-post: {}",
        "E-mail: {}",
        "邮箱：{}",
        "Email: {}",
        "saada palun ujumistrenni arve aadressile {}, aitäh",
        "pakisend po sa {} yung receipt ng club fees",
        "游泳课的收据发到{}",
        "gửi biên lai học bơi vào {} được không chị",
        '"email": "{}",',
        "Reply-To: {}",
        "write to {} about the waiting list",
    ],
    "PHONE_NUMBER": [
        "call me on {} when the lesson is cancelled, thanks",
        "the coach's number is {}",
        "Telefon: {}",
        "Mobile No.: {}",
        "电话：{}",
        "SĐT: {}",
        "helista treenerile numbril {}",
        "ito po ang number ni Coach, {}, text mo na lang",
        "教练电话{}，有事直接打",
        "số của thầy dạy bơi là {}, gọi trước khi tới được không",
        '"phone": "{}",',
        "the pool's front desk picks up on {}",
        "in case of emergency call {}",
    ],
    "CREDIT_CARD": [
        "pay the swimming lessons with my card {}",
        "the club app has my card {}, please use that one",
        "Kaart: {}",
        "Card number: {}",
        "卡号：{}",
        "Số thẻ: {}",
        "charge the gala entry to {}",
        "maksa ujumiskaart mu kaardiga {}",
        "the membership renewal went on {}",
        '"card_number": "{}",',
        "pakicharge po sa card ko {} yung swim camp",
    ],
    "IBAN_CODE": [
        "send the club fees to {}",
        "IBAN: {}",
        "pay the lifeguard course into {}",
        "kanda ujumisklubi liikmemaks kontole {}",
        "Arvelduskonto: {}",
        "the swim club's account is {}",
        "padala mo sa account ni Kuya sa Riyadh {}",
        "refund the lesson deposit to {} please",
        "the gala entry fees go to {}",
        "kandke raha kontole {}, selgitusse lapse nimi",
        "汇款账号（IBAN）：{}",
        "Số IBAN: {}",
    ],
    "USERNAME": [
        "my login on the club app is {}, thanks",
        "on Instagram the swim club is @{}",
        "Kasutajanimi: {}",
        "Username: {}",
        "用户名：{}",
        "Tên đăng nhập: {}",
        "Login: {}",
        "微信号{}，加我进游泳群",
        "the lifeguard's TikTok is @{}",
        "the parents' group chat admin is {}",
        '"username": "{}",',
        "zalo nhóm học bơi: {}",
    ],
}
HELDOUT127_MIXED = [
    ("Perekonnanimi, eesnimi: {}\nSünniaeg: {}\nAadress: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Ujuja: {}\nTelefon: {}", ["PERSON", "PHONE_NUMBER"]),
    (
        "Last Name, First Name, M.I.: {}\nDate of Birth: {}\nAddress: {}",
        ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"],
    ),
    ("Parent/Guardian: {}\nMobile No.: {}", ["PERSON", "PHONE_NUMBER"]),
    ("学员姓名：{}\n出生日期：{}\n家长电话：{}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Họ và tên: {}\nNgày sinh: {}\nĐịa chỉ: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("{} paid the swimming lessons with {}", ["PERSON", "CREDIT_CARD"]),
    ("{} wants the lesson deposit back in {}", ["PERSON", "IBAN_CODE"]),
    ("the coach is {}, {}, and wants the club fees in {}", ["PERSON", "PHONE_NUMBER", "IBAN_CODE"]),
    ("email: {} / password: {}", ["EMAIL_ADDRESS", "SECRET"]),
    ("club app login {} / {}", ["USERNAME", "SECRET"]),
    ("$ ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("{} ({}) booked the lesson", ["PERSON", "EMAIL_ADDRESS"]),
    ("the gala entry went on {} and the rest goes to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("send the certificate to {} or call {}", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("{} moved to {}, change the membership card", ["PERSON", "STREET_ADDRESS"]),
    ("Kontoomanik: {}\nIBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("the dosing controller is on {} and its admin password is {}", ["IP_ADDRESS", "SECRET"]),
    ("TIMING_DB_HOST={}\nTIMING_DB_USER={}\nTIMING_DB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} takes the morning lanes and {} the evening ones", ["PERSON", "PERSON"]),
    ("{} wants the receipt sent to {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("Cardholder: {}\nCard number: {}", ["PERSON", "CREDIT_CARD"]),
    ("{} from Cotabato, cell {}", ["PERSON", "PHONE_NUMBER"]),
    ("Name as in passport: {}\nDate of birth: {}", ["PERSON", "DATE_OF_BIRTH"]),
]
HELDOUT127_NEGATIVES = [
    "Värska is the heart of Setomaa, its spa water is pumped up from deep under the village",
    "the Seto leelo is sung by a lead singer and a choir that answers her",
    "the Seto Kingdom Day is held every August, a different village each year",
    "Obinitsa has a lake, the children learn to swim there in summer",
    "the bus from Värska to Tartu takes about two hours",
    "tädi and onu are aunt and uncle, vanaema and vanaisa grandma and grandpa; härra and proua go before a family name",
    "Estonian family names were given to the Setos in the 1920s and 1930s",
    "ujula on avatud 7-21, esmaspäeviti suletud",
    "laste ujumistrenn maksab 45 € kuus",
    "rada 4 on kiirujujatele, palun ära seisa raja otsas",
    "mdea, kas ujula on pühade ajal lahti",
    "aitäh, sain kapi võtme kätte",
    "Cotabato City lies where the Rio Grande de Mindanao meets Illana Bay",
    "Datu and Bai go before the given name of a man and a woman of a noble line, Babu and Bapa mean aunt and uncle",
    "Filipino papers write the mother's family name as the middle name, before the father's",
    "Kuya, Ate, Tita and Tito are how Filipino kids talk to older people, and Sir or Ma'am to a coach",
    "the pool at the resort charges ₱150 for adults and ₱100 for kids",
    "swimming lessons sa Cotabato tuwing Sabado, 8 to 10 am, bring your own towel",
    "salamat po, nakuha ko na yung ID ko sa swim club",
    "the swim club trains at the city pool on Tuesdays and Thursdays, 4 to 6 pm",
    "the Kutawato festival closes the roads to the pool in December",
    "GCash and Maya are both accepted at the front desk",
    "Jishou is the capital of Xiangxi, Zhangjiajie is two hours away by train",
    "the Tujia call themselves Bizika, and the hand-waving dance is theirs",
    "游泳馆早上六点开门，晚上九点半清场",
    "成人游泳票30元一次，学生20元",
    "初级游泳班每期10节课，收费800元",
    "深水区2米，没有深水证不能下去",
    "要得，明天早上我带泳镜来",
    "老, 小, 教练, 老师, 阿姨, 师傅, 哥 and 姐 come before or after a Chinese family name",
    "a Chinese name puts the family name first, an English form turns it round",
    "the glass bridge at Zhangjiajie is closed when it rains",
    "Buôn Ma Thuột is the coffee capital of Vietnam, the Central Highlands' largest city",
    "an Ede man's name begins with Y and a woman's with H', the clan name comes last",
    "anh, chị, em, cô, thầy, ông and bà go before a given name in Vietnamese",
    "Nguyễn Thị Ánh Viên won eight golds at the SEA Games in 2017",
    "hồ bơi mở cửa từ 5 giờ sáng đến 8 giờ tối",
    "vé bơi người lớn 40.000 đ, trẻ em 25.000 đ",
    "lớp học bơi cơ bản 12 buổi, học phí 1.200.000 đ",
    "ko sao đâu, mai em đi bơi sớm",
    "the Dray Nur falls are no place to swim in the rainy season",
    "the Ede longhouses are built on stilts, the longer the house the bigger the family",
    "Michael Phelps won eight golds in Beijing in 2008",
    "lane 4 goes to the fastest seed in each heat",
    "event 12: girls 10 and under, 50 m backstroke, heat 3 of 5",
    "her best time for the 100 m freestyle is 1:05.32",
    "the pool is 25 m long and 1.2 m deep at the shallow end",
    "the water is kept at 28 degrees for the baby classes",
    "locker 112 has a broken lock, use 113",
    "membership card no. 000457 expires at the end of March",
    "the lifeguard course is 36 hours, the exam is on 14 May",
    "the gala is on Saturday 7 March, warm-up at 8:15",
    "the pool closes on 24 and 25 December",
    "the free chlorine should stay between 1 and 3 mg per litre",
    "pH 7.4, free chlorine 1.8, water 27.5 degrees at 6 am",
    "no running on the poolside, no diving in the shallow end",
    "swim caps are a must, 3 € at the desk",
    "the waiting list for the beginners' class is about 40 children long",
    "the club's minibus leaves from the main gate at 7:30",
    "Speedo and Arena both sponsor the regional gala",
    "the timing pads are Omega, the scoreboard is new",
    "the test card 4111 1111 1111 1111 only works in the club app's sandbox",
    "the example IBAN in the bank's leaflet is EE38 2200 2210 2014 5685",
    "use swimmer@example.com in the demo app",
    "the docs use 192.0.2.44 and 2001:db8::27 for the dosing controller",
    "the default locker code in the manual is 0000, change it after the first use",
    "TIMING_DB_PASSWORD=changeme is only in the sample .env",
    "the club app's login is your phone number and a code by SMS",
    "the new pool opened on 1 September 2019",
    "the membership is renewed every year by 31 January",
    "the accident happened on 03.02.2026 at 17:40, a slip on the wet tiles",
    "ok in the water, lane 2",
    "olen ujulas, tulen varsti",
    "nasa pool na ako, wait lang",
    "我在游泳馆门口",
    "em tới hồ bơi rồi",
    "the lifeguards change every 30 minutes",
    "the deep end is roped off during lessons",
]


def _typo127(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots: a swimming word's common misspelling ('swimming' -> 'swiming',
    'lifeguard' -> 'lifegaurd', 'goggles' -> 'googles', Estonian 'ujumistrenn' -> 'ujumistren', Vietnamese
    'hồ bơi' -> 'ho boi'), or chat shorthand in the set's languages ('please' -> 'pls', Estonian 'ma ei tea'
    -> 'mdea', Taglish 'talaga' -> 'tlga', 'salamat' -> 'slmt', Vietnamese 'không' -> 'ko', 'được' -> 'đc',
    Chinese '谢谢' -> '3q'). Only in sentences typed to the bot or a friend; titles and kin words by a name
    stay as written."""
    if not _chat_like(template):
        return template
    words = list(MISSPELT_WORD_HELDOUT127.finditer(template))
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        return template[: m.start()] + MISSPELT_HELDOUT127[m.group(1)] + template[m.end() :]
    shorts = list(SHORTHAND_WORD_HELDOUT127.finditer(template))
    if not shorts:
        return template
    m = rng.choice(shorts)
    return template[: m.start()] + SHORTHAND_HELDOUT127[m.group(1)] + template[m.end() :]


def build_heldout127(seed: int = HELDOUT127_SEED) -> list[Example]:
    """Held-out set 127: `Gen127` values in `HELDOUT127_TEMPLATES`, mixed sentences and look-alike negatives,
    then the sentences of `Gen127.forced_examples` put in at places drawn from the set's rng."""
    gen = Gen127(seed)
    examples = assemble_module_set(
        gen, HELDOUT127_TEMPLATES, HELDOUT127_MIXED, HELDOUT127_NEGATIVES, _typo127, person=gen.person_for
    )
    for example in gen.forced_examples():
        examples.insert(gen.rng.randrange(len(examples) + 1), example)
    return examples
