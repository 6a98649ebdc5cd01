"""Held-out PII set 51 for bench/pii.py (the integration into its main(), JSON and chart comes later).

"heldout51": written before round 36 by a separate author who did not change recognizers, never saw Kaizen's
misses on it and kept it out of any training (no faker name locale: NAME_LOCALES_HELDOUT51 is empty, as for
held-out 16 to 50; written at the same time as held-out 52, the two authors split the world between them: 51
takes pets and animals in people's lives (vets and animal hospitals, dog walkers and pet sitters, kennels and
catteries, breeders and kennel clubs, dog and cat shows, riding stables and pony clubs, animal shelters and
rescues, pet insurance claims, aquarium and reptile hobbyists, pigeon racing, falconry), 52 takes beauty and
the body); hand-written lists of Emirati falconers and falcon breeders of Abu Dhabi's Al Dhafra (Madinat
Zayed, Liwa's oasis villages, the falcon hospital and the festival's falcon races: the father's given name
between the given name and the family name, and a man called by his eldest son, 'Bu' before the son's name:
'Saeed Khalfan Al Hameli', 'Bu Matar'), Pattani Malays of Pattani, Yala and Narathiwat who keep merbok (zebra
doves) and judge the cooing contests on their poles (names as the Thai register spells them, the Malay
spelling beside it, family names with the register's hyphen: 'Abdulloh Sama-ae', 'Fatimoh Jeh-ngoh',
'Ismail Dueramae', with 'Pak' before a man's given name, 'Kak' before a woman's and 'Khun' before either),
Bernese farmers of the Emmental who breed Bernese mountain dogs (Dürrbächler) and keep the herd book of the
Swiss breed club (a married woman's alliance name with her own family name after a hyphen, and the family name
first after the dialect's article, 'dr' for a man, 'ds' for a woman: 'Vreni Zaugg-Wüthrich', 'dr Bärtschi
Res', 'ds Lüthi Käthi'), New Forest commoners who turn out ponies and cattle on the Forest (the pony drifts,
the Beaulieu Road pony sales, the agisters and the Verderers' Court, the pony club: old forest family names
and a register's two initials: 'Dennis Stride', 'D. J. Mansbridge', with 'Mr' and 'Mrs' before a family name)
and piabeiros of Barcelos on the Rio Negro who catch cardinal tetras for the aquarium trade, and Manaus'
ornamental fish exporters (Amazonian given names, a second family name with its particle and the nickname
a given name makes: 'Francinaldo Brazão da Silva', 'Mundico', 'Naldo Tenório', with 'seu' before a man's given
name and 'dona' before a woman's); every title stays outside the span; a pet's, a pony's, a falcon's, a
pigeon's or a fish's own name is no person, nor a kennel's or a stud's affix in an animal's registered name
('Aramis vom Chuderhüsi'), and neither is a microchip, a ring, a herd book or a horse passport number (an
earlier set's convention: an animal's tag is no phone, a ring number no PII); a vet record's ('Owner:',
'Client:'), a dog show's ('Handler:', 'Exhibitor:', 'Breeder:', 'Judge (ring 3):'), a loft's ('Loft
manager:'), a falconry's ('Falconer:'), a rescue's ('Fosterer:'), an insurance claim's ('Policyholder:'),
a pony club's ('DC:', 'Instructor:'), the Forest's ('Agister:'), a pet sitter's ('Sitter (Sat/Sun):') and a
dog walker's ('Walker (Tue/Thu):') fields; over three quarters of the sentences typed to the bot or a friend:
vet appointments, jabs and x-rays, dog walks and pet sitting, kennel and cattery bookings, litters and puppy
waiting lists, dog and cat shows, riding lessons and the pony club, the Forest's drifts and sales, rescues
and adoptions, insurance claims, tanks, reefs and reptiles, the pigeon loft and race day, falcons, hoods and
the mews; self-hosted apps' config no earlier set pasted: OpenVPMS's openvpms.properties for a vet practice,
Animal Shelter Manager's asm3.conf for a rescue, Motion's motion.conf for an aviary camera, Teable's .env for a
kennel's litter register and Viseron's config.yaml for a stable's cameras, with ezyVet and Vetstoria keys;
those regions' addresses (Madinat Zayed's and Liwa's villas and Abu Dhabi's sectors, Pattani's 'house/no.
Moo N, Tambon' with Thai postcodes and a Thai-script one, Yala's 'Soi' and 'Thanon', the Emmental's streets
and scattered farms' names with Swiss postcodes, the Forest's house names without a number and its SO43,
SO42, BH24 and SP6 postcodes, Barcelos' 'Rua ..., Centro, Barcelos - AM, 69700-000', its river communities
and Manaus' 'Quadra, Casa, Conjunto') and phones (Abu Dhabi's 02 and Al Dhafra's 02 88x, UAE mobiles 05x and
+971, Pattani's and Yala's 073, Thai mobiles 08x and 06x and +66, the Emmental's 034, Swiss mobiles 07x in
the Swiss grouping and +41, Lyndhurst's 023 80 and Ringwood's and Brockenhurst's 01425 and 01590, UK
mobiles, Barcelos' (97) 3321 and Amazonas mobiles (9x) 9xxxx-xxxx and +55); Visa, Mastercard 53 and 2221,
Amex 37, Elo 5067 and JCB 3528 as a vet's desk, a pet shop or a falcon souq's terminal takes them, with spaces,
hyphens or none; IBANs of the United Kingdom, Switzerland, the United Arab Emirates and Brazil (every IBAN
country was used by an earlier set; Thailand has none: a Pattani judge is paid into a Gulf or a British
account); IPs in a falcon mews' weighing scale, an aviary camera, a whelping box camera, a cattery's booking
tablet, a vet's digital x-ray, an aquarium controller, a pigeon loft's electronic clock, a riding arena's
lights, a shelter's kennel camera, a pony club's timing gate, a reptile room's thermostat and a fish
exporter's oxygen monitor, and in the pastes above, a Motion log line and an OpenVPMS log line, v6 in
2001:8f8, 2001:fb1, 2a02:1210, 2a00:23c8 and 2804:14c ranges; passwords handed over in ways no earlier set used
(on the back of the vet's appointment card, inside the tack room door, on the feed bin lid, chalked on the
stable door, on the whelping box whiteboard, on the sump lid, in the falcon's hood box, on the pigeon basket,
on the cattery booking board, on the dog walker's key tag, inside the rescue's adoption folder, on the vivarium
glass), Al Dhafra ('Saker#Dhafra24'), the merbok ('Merbok_Pattani9'), the Emmental ('Berner*Langnau3'), the
drift ('Drift!Beaulieu'), Barcelos ('Piaba@Barcelos19'), leetspeak of animal words ('w00fw00f', 'k1bbl3!'), a
kennel run and its number ('kennel-run-4'), and cues in Gulf Arabizi ('yal rab3, the wifi password ...'),
Pattani Malay ('pasword wifi dio ..., demo'), Bernese German ('ds passwort isch ..., gäu'), New Forest talk
('the code's ..., my old beauty') and Amazonian Portuguese ('égua, a senha é ..., mana'); usernames on
MorphMarket, Kingsnake.com, Fauna Classifieds, Arachnoboards, MonsterFishKeepers, Reef2Reef, PetForums,
Pigeon-Talk, the Horse & Hound forum, Tractive, Petlog, Dubizzle, Pantip and Anibis, shapes like
'x.and.the.saker', 'y_loft7', 'merbok.x', 'y-kennels', 'x4ponies', 'y.on.the.forest' and 'tetra_x12'; dates of
birth for a pet insurance policy, a kennel club membership, a riding school's form, a shelter's adoption form,
a falconry licence, a pigeon federation membership and a dog walker's vetting, on a Thai ID card's English
line ('Date of Birth 14 Mar. 1987'), in Thai with an abbreviated month and the Buddhist Era year ('เกิด 14
มี.ค. 2530'), in Pattani Malay ('lahir 14 Mac 1987'), in Bernese German ('gebore am 14. Märze 1987'), on a
Swiss form's unpadded '14.3.1987', on an Emirates ID's '14/03/1987', in Gulf Arabizi ('ana mwalid 14-3-1987'),
in a British form's '14/3/1987', in Amazonian Portuguese ('nasci dia 14 de março de 1987'), on a Brazilian
form's '14/03/1987' and an OpenVPMS export's 'owner_dob'; an animal's birth, hatching, whelping or foaling date
is no date of birth of a person (negatives); typos as a pet owner's baby talk turning an animal's word into its
pet form ('dog' -> 'doggo', 'bird' -> 'birb', 'snake' -> 'snek') or a cat walking across the keyboard leaving
a run of one letter between two words ('... kkkkkkkk ...'), typed with a lead in one hand or a cat on the desk;
negatives with the same regions' places, the titles and the name forms explained, pets', ponies', falcons',
pigeons' and fishes' names, kennel affixes, breeds, microchip, ring, herd book, horse passport and claim
numbers alone, weights, doses, prices, show classes and placings, race distances and velocities, tank
litres, litter sizes, animals' birthdays, the regions' emergency numbers, versions, a commit, placeholder
secrets, a masked PIN, test cards, example IBANs, a placeholder e-mail, documentation IPs (v4 and v6), and
short everyday chat; no public figure is named).

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

HELDOUT51_SEED = 8472619
# no faker name locale, as in held-out 16 to 50: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the test still checks it)
NAME_LOCALES_HELDOUT51: list[str] = []
# pets and animals in people's lives (held-out 52, written at the same time, takes beauty and the body); each
# origin: (men's given names, women's given names, family names)
NAMES_HELDOUT51: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Emirati falconers and falcon breeders of Al Dhafra (Madinat Zayed, Liwa, the falcon hospital)
    "emirati": ("Saeed Mubarak Obaid Khalfan Humaid Suhail Matar Musabbeh Ghanem Juma".split(),
                "Meera Shamma Hessa Moza Alyazia Mahra Afra Salama".split(),
                ["Al Mazrouei", "Al Hameli", "Al Mansoori", "Al Ketbi", "Al Qubaisi", "Al Remeithi", "Al Falahi",
                 "Al Marar", "Al Khyeli", "Al Mheiri"]),
    # Pattani Malays of Pattani, Yala and Narathiwat (merbok keepers and the cooing contests' judges), in the
    # Thai register's spelling (the Malay spelling in PATTANI_MALAY_SPELLING_HELDOUT51)
    "pattani": ("Abdulloh Ismae Waemahadi Muhammadsakri Ahama Ibrohim Romlee Sulaiman Yusoh".split(),
                "Fatimoh Rohanee Aminoh Sainab Kamariyah Nuriyah Hasanah Sofiyah".split(),
                "Sama-ae Doloh Jeh-ngoh Salaeh Dueramae Hayeewaeteh Mamah Samaeng Waedaoh Che-mae Kaseng".split()),
    # Bernese farmers of the Emmental (Bernese mountain dog breeders, the breed club's herd book)
    "emmental": ("Ueli Hansruedi Köbi Fritz Res Ruedi Niklaus Beat Chrigu".split(),
                 "Vreni Käthi Rösli Annelies Therese Elsbeth Marianne Heidi".split(),
                 "Wüthrich Zaugg Bärtschi Aeschlimann Stucki Lüthi Rüfenacht Leuenberger Schüpbach Habegger Liechti".split()),
    # New Forest commoners (ponies and cattle on the Forest, the drifts, the Beaulieu Road sales, the pony club)
    "newforest": ("Dennis Clive Raymond Derek Wilfred Graham Royston Terry Colin".split(),
                  "Brenda Sheila Pauline Maureen Doreen Jacqueline Lesley Marion".split(),
                  "Stride Mansbridge Purkis Gulliver Sevier Kitcher Bessant Wateridge Emm Crutcher Veal Stickland".split()),
    # piabeiros of Barcelos on the Rio Negro and Manaus' ornamental fish exporters
    "barcelos": ("Francinaldo Edivaldo Raimundo Clenilson Josimar Adenilson Manoel Sebastião Erivelton".split(),
                 "Raimunda Rosinete Marinalva Edileuza Dorcelina Francisca Nazaré Zeneide".split(),
                 "Cordeiro Brazão Tenório Melgueiro Sarmento Garrido Fontes Bentes Baré Tavares".split()),
}  # fmt: skip
# the Malay spelling of a Pattani name the Thai register spells its own way
PATTANI_MALAY_SPELLING_HELDOUT51 = {
    "Abdulloh": "Abdullah", "Ismae": "Ismail", "Ibrohim": "Ibrahim", "Ahama": "Ahmad", "Romlee": "Romli",
    "Yusoh": "Yusof", "Fatimoh": "Fatimah", "Aminoh": "Aminah", "Sainab": "Zainab", "Rohanee": "Rohani",
}  # fmt: skip
# the nickname a Barcelos given name makes
BARCELOS_NICK_HELDOUT51 = {
    "Francinaldo": "Naldo", "Edivaldo": "Vado", "Raimundo": "Mundico", "Sebastião": "Tião", "Clenilson": "Nilson",
    "Raimunda": "Mundica", "Francisca": "Chica", "Marinalva": "Nalva", "Rosinete": "Rosi",
}  # fmt: skip
# a title before the name (outside the span) goes with the origin that uses it: (origin, woman)
TITLED_HELDOUT51: dict[str, tuple[str, bool | None]] = {
    "pak": ("pattani", False),  # before a man's given name
    "kak": ("pattani", True),  # 'elder sister', before a woman's
    "khun": ("pattani", None),  # the Thai polite title, before either
    "dr": ("emmental", False),  # the Bernese article, before a man's family name and given name
    "ds": ("emmental", True),  # and the neuter article before a woman's
    "mr": ("newforest", False),  # before a family name
    "mrs": ("newforest", True),
    "seu": ("barcelos", False),  # before a man's given name
    "dona": ("barcelos", True),  # before a woman's
}
TITLE_SLOT_HELDOUT51 = re.compile(r"(?<![\w'])(pak|kak|khun|dr|ds|mr|mrs|seu|dona) \{\}", re.IGNORECASE)
# IBANs of this set's people (every IBAN country was used by an earlier set)
IBAN_SHAPES_HELDOUT51 = {"GB": "4a14n", "CH": "5n12c", "AE": "19n", "BR": "23n1a1c"}
# everyday subjects of this set, used in e-mail addresses and logins
SUBJECTS_HELDOUT51 = ["falcon", "saker", "merbok", "berner", "kennel", "pony", "forest", "tetra", "reef",
                      "loft", "cattery", "rescue", "vet", "walkies", "vivarium", "stable"]  # fmt: skip
# slips outside the slots: a pet owner's baby talk for an animal's word, or a cat's run across the keyboard
PET_TALK_HELDOUT51 = {
    "dog": "doggo", "dogs": "doggos", "bird": "birb", "birds": "birbs", "snake": "snek", "cat": "catto",
    "cats": "cattos", "puppy": "pupper", "puppies": "puppers", "horse": "horsey", "pony": "pone",
    "fish": "fishie", "pigeon": "pidge", "pigeons": "pidges", "falcon": "falc", "tortoise": "tortie",
}  # fmt: skip
PET_TALK_WORD_HELDOUT51 = re.compile(r"(?<![\w{}'@.#])(" + "|".join(PET_TALK_HELDOUT51) + r")(?![\w{}'@])")
# a space between two words (no slot on either side) where a cat's run of one letter may land
KEYBOARD_GAP_HELDOUT51 = re.compile(r"(?<=[a-z]) (?=[a-z])")


def _plain(name: str) -> str:
    """A name as it goes into an e-mail address or a login: ASCII letters only ('Wüthrich' -> 'wuthrich',
    'Al Hameli' -> 'alhameli', 'Sama-ae' -> 'samaae')."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).lower())


class Gen51(Gen3):
    """Generators for held-out set 51: origins, name forms, formats and contexts none of the other sets use."""

    def _origin_name(
        self, origin: str | None = None, woman: bool | None = None
    ) -> tuple[str, str, str, bool]:
        """(origin, given name, family name, is a woman) from NAMES_HELDOUT51 with each origin's own rules."""
        rng = self.rng
        origin = origin or rng.choice(sorted(NAMES_HELDOUT51))
        men, women, lasts = NAMES_HELDOUT51[origin]
        if woman is None:  # falconers and piabeiros are mostly men; breeders, sitters and riders about half
            woman = rng.random() < (0.2 if origin in ("emirati", "barcelos") else 0.5)
        given = rng.choice(women if woman else men)
        return origin, given, rng.choice(lasts), woman

    def first_last(self) -> tuple[str, str]:
        _, first, last, _ = self._origin_name()
        return first, last

    def _full(self, origin: str, first: str, last: str, woman: bool) -> str:
        """A full name in one of the origin's own forms."""
        rng = self.rng
        r = rng.random()
        men, _, lasts = NAMES_HELDOUT51[origin]
        if origin == "emirati":
            if r < 0.45:  # the father's given name in the middle
                return f"{first} {rng.choice([x for x in men if x != first])} {last}"
            if not woman and r < 0.65:  # a man called by his eldest son
                return f"Bu {rng.choice([x for x in men if x != first])}"
        # the Malay spelling of a name the Thai register spells its own way
        if origin == "pattani" and r < 0.35 and first in PATTANI_MALAY_SPELLING_HELDOUT51:
            return f"{PATTANI_MALAY_SPELLING_HELDOUT51[first]} {last}"
        # the alliance name: her own family name after a hyphen
        if origin == "emmental" and woman and r < 0.45:
            return f"{first} {last}-{rng.choice([x for x in lasts if x != last])}"
        if origin == "newforest" and r < 0.3:  # a register's two initials
            return f"{first[0]}. {rng.choice('AJGRMW')}. {last}"
        if origin == "barcelos":
            if r < 0.35:  # a second family name with its particle
                return f"{first} {last} {rng.choice(['da Silva', 'dos Santos', 'da Costa', 'de Souza'])}"
            if r < 0.55 and first in BARCELOS_NICK_HELDOUT51:  # the nickname with the family name
                return f"{BARCELOS_NICK_HELDOUT51[first]} {last}"
        return f"{first} {last}"

    def person(self) -> str:
        rng = self.rng
        origin, first, last, woman = self._origin_name()
        r = rng.random()
        if r < 0.62:
            name = self._full(origin, first, last, woman)
        elif r < 0.82:
            name = first
            if origin == "barcelos" and first in BARCELOS_NICK_HELDOUT51 and rng.random() < 0.5:
                name = BARCELOS_NICK_HELDOUT51[first]  # the nickname alone
        else:
            name = last
        c = rng.random()
        if c < 0.05 and len(name.lower()) == len(name):
            return name.lower()
        if c < 0.08 and len(name.upper()) == len(name):
            return name.upper()
        return name

    def titled_person(self, title: str) -> str:
        """A name for a title written before it ('Pak Abdulloh', 'Kak Fatimoh', 'Khun Rohanee', 'dr Bärtschi
        Res', 'ds Lüthi Käthi', 'Mr Purkis', 'Mrs Mansbridge', 'seu Raimundo', 'dona Rosinete'), from the
        origin that uses it."""
        rng = self.rng
        key = title.lower()
        origin, woman = TITLED_HELDOUT51[key]
        _, given, last, _ = self._origin_name(origin, woman)
        if key in ("dr", "ds"):  # the Bernese way: family name first
            return f"{last} {given}"
        if key in ("mr", "mrs"):
            return last
        if key in ("seu", "dona") and given in BARCELOS_NICK_HELDOUT51 and rng.random() < 0.3:
            return BARCELOS_NICK_HELDOUT51[given]
        return given

    def person_for(self, template: str) -> str:
        """A name for the template's first slot: a titled one's where a title stands before it."""
        m = TITLE_SLOT_HELDOUT51.search(template)
        return self.titled_person(m.group(1)) if m else self.person()

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 160)
        pick = rng.choice
        forest = pick([("Burley, Ringwood", "BH24 4"), ("Minstead, Lyndhurst", "SO43 7"), ("Fritham, Lyndhurst", "SO43 7"),
                       ("Godshill, Fordingbridge", "SP6 2"), ("East Boldre, Brockenhurst", "SO42 7"),
                       ("Bank, Lyndhurst", "SO43 7")])  # fmt: skip
        postcode = f"{forest[1]}{pick('ABDEFHJLNPQRSTUWXYZ')}{pick('ABDEFHJLNPQRSTUWXYZ')}"
        shapes = [
            f"Villa {n}, Street {rng.randint(1, 40)}, Madinat Zayed, Al Dhafra Region, Abu Dhabi",
            f"Villa {rng.randint(1, 60)}, {pick(['Al Mezairaa', 'Hamim', 'Al Marfa', 'Al Ghuwaifat'])}, Liwa, Al Dhafra, Abu Dhabi",
            f"Villa {rng.randint(1, 90)}, Sector {pick(['SE-45', 'ME-10', 'E-14', 'SH-7'])}, {pick(['Al Shamkha', 'Al Bahya', 'Baniyas East'])}, Abu Dhabi",
            f"{n}/{rng.randint(1, 9)} Moo {rng.randint(1, 12)}, Tambon {pick(['Bana', 'Tanyong Lulo', 'Rusamilae', 'Talubo'])}, Amphoe Mueang Pattani, Pattani 94000",
            f"{n} Soi {rng.randint(1, 9)}, Thanon {pick(['Sirorot', 'Phiphitphakdi', 'Songkhla Nakharin'])}, Tambon Sateng, Mueang Yala, Yala 95000",
            f"{n} Moo {rng.randint(1, 9)}, Tambon {pick(['Kaluwo Nuea', 'Bang Nak', 'Lamphu'])}, Mueang Narathiwat, Narathiwat 96000",
            f"บ้านเลขที่ {n}/{rng.randint(1, 9)} หมู่ {rng.randint(1, 12)} ต.บานา อ.เมืองปัตตานี จ.ปัตตานี 94000",
            f"{pick(['Dorfstrasse', 'Kirchgasse', 'Bahnhofstrasse', 'Oberfeldweg'])} {rng.randint(1, 60)}, 3550 Langnau i.E.",
            f"{pick(['Gohl', 'Schwändi', 'Hinterdorf', 'Chuderhüsi', 'Ey'])} {rng.randint(100, 999)}, {pick(['3537 Eggiwil', '3555 Trubschachen', '3536 Röthenbach i.E.', '3438 Lauperswil'])}",
            f"{pick(['Marktgasse', 'Kirchbühl', 'Spitalstrasse'])} {rng.randint(1, 40)}, 3454 Sumiswald",
            f"{pick(['Honey Lane Cottage', 'The Old Forge', 'Pound Farm', 'Brookside', 'Holly Lodge', 'Furzey Cottage'])}, {forest[0]} {postcode}",
            f"{rng.randint(1, 80)} {pick(['Pound Lane', 'Chapel Lane', 'Clay Hill', 'Beaulieu Road', 'Forest Road'])}, {forest[0]} {postcode}",
            f"Rua {pick(['Nossa Senhora de Nazaré', 'Ajuricaba', 'Tenente Cruz', 'Padre Ambrósio'])}, {n}, {pick(['Centro', 'São Francisco', 'Aparecida'])}, Barcelos - AM, 69700-000",
            f"Comunidade {pick(['Daracuá', 'Cumaru', 'Ponta da Terra', 'Bacuquara'])}, casa {rng.randint(1, 40)}, Rio Negro, Barcelos - AM",
            f"Rua {rng.randint(1, 40)}, Quadra {rng.randint(1, 30)}, Casa {rng.randint(1, 40)}, Conjunto {pick(['Cidade Nova', 'Ribeiro Júnior', 'Manoa'])}, Manaus - AM, 690{rng.randint(10, 99)}-{rng.randint(100, 999)}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        subject = rng.choice(SUBJECTS_HELDOUT51)
        user = rng.choice([f"{first}.{last}", f"{last}.{subject}", f"{subject}.{first}{rng.randint(1, 99)}",
                           f"{first[:1]}{last}", f"{first}_{subject}", f"{last}{rng.randint(1958, 2004)}",
                           f"{subject}{last}", f"{first}.{last[:1]}"])  # fmt: skip
        domain = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "eim.ae",
                             "emirates.net.ae", "hotmail.co.th", "bluewin.ch", "gmx.ch", "hispeed.ch",
                             "btinternet.com", "sky.com", "uol.com.br", "bol.com.br", "yahoo.com.br"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"02 {rng.choice('5646')}{d(2)} {d(4)}",  # Abu Dhabi
            f"02 88{rng.choice('4')}{d(1)} {d(3)}",  # Madinat Zayed, Al Dhafra
            f"05{rng.choice('0256')} {d(3)} {d(4)}",  # UAE mobile
            f"+971 5{rng.choice('0256')} {d(3)} {d(4)}",
            f"073-{rng.choice(['33', '34', '21', '51'])}{d(4)}",  # Pattani, Yala, Narathiwat
            f"08{rng.choice('1245689')}-{d(3)}-{d(4)}",  # Thai mobile
            f"06{rng.choice('1234589')} {d(3)} {d(4)}",
            f"+66 8{d(1)} {d(3)} {d(4)}",
            f"034 4{d(2)} {d(2)} {d(2)}",  # the Emmental
            f"07{rng.choice('6789')} {d(3)} {d(2)} {d(2)}",  # Swiss mobile
            f"+41 7{rng.choice('6789')} {d(3)} {d(2)} {d(2)}",
            f"023 80{d(2)} {d(4)}",  # Lyndhurst
            f"01425 {d(6)}",  # Ringwood, Fordingbridge
            f"01590 6{d(5)}",  # Brockenhurst, Lymington
            f"07{rng.choice('3456789')}{d(2)} {d(6)}",  # UK mobile
            f"(97) 3321-{d(4)}",  # Barcelos
            f"(9{rng.choice('27')}) 9{d(4)}-{d(4)}",  # Amazonas mobile
            f"+55 92 9{d(4)}-{d(4)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 16), ("53", 16), ("2221", 16), ("37", 15), ("5067", 16),
                                     ("3528", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        groups = [num[:4], num[4:10], num[10:]] if length == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
        r = rng.random()
        if r < 0.5:
            return " ".join(groups)
        if r < 0.7:  # a vet's card terminal's receipt's hyphens
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT51))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT51[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ipv4(self) -> str:
        rng, f = self.rng, self.f()
        return rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): mews, aviaries, whelping boxes, catteries, vets, tanks, lofts, arenas,
        shelters, pony clubs, reptile rooms and fish exporters, this set's pastes; v4 and v6; `chat` as in
        `_pick_chat_or_not`."""
        rng, v4 = self.rng, self.ipv4()
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:8f8:{h()}:{h()}::{h()}", f"2001:fb1:{h()}:{h()}::{h()}", f"2a02:1210:{h()}:{h()}::{h()}",
                         f"2a00:23c8:{h()}::{h()}", f"2804:14c:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the weighing scale in the falcon mews is on {}, it stopped logging the sakers' weights", v4),
            ("aviary cam for the merbok is {}, can you check it's still up", v4),
            ("the whelping box camera is {}, the litter is due tonight", rng.choice([v4, v6])),
            ("the cattery booking tablet got {} after the router swap", v4),
            ("the vet's digital x-ray box answers on {}, the images aren't coming through", v4),
            ("reef controller on the tank is {}, the alarm went off at 3am", v4),
            ("the pigeon clock in the loft syncs from {}", v4),
            ("the riding arena lights controller is {}, they won't switch off", v4),
            ("shelter kennel cam for block B is {}", rng.choice([v4, v6])),
            ("the pony club's timing gate for the cross country is {}", v4),
            ("reptile room thermostat is on {}, the python's side is too cold", v4),
            ("the oxygen monitor in the fish exporter's holding tanks is {}", v4),
            ("i gave the feeder for the koi pond {} so it stops dropping off", v4),
            ("the dog walker's gps tracker base station is {}", rng.choice([v4, v6])),
            ("db.url=jdbc:mysql://{}:3306/openvpms", v4),
            ("dbhost = {}", v4),
            ("netcam_url rtsp://{}:554/stream1", v4),
            ("PRISMA_DATABASE_URL=postgresql://teable@{}:5432/teable", v4),
            ("    host: {}", v6),
            ("[1:ml1:Aviary] [NTC] [ALL] netcam_rtsp_open: Connected to camera at {}", v4),
            ("2024-09-14 08:31:02,118 ERROR [openvpms] Unable to reach the lab at {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans("aeiost", "4310$7")
        return rng.choice(
            [
                f"Saker#{rng.choice(['Dhafra24', 'Liwa', 'Gyr77'])}",
                f"Merbok_{rng.choice(['Pattani9', 'Yala', 'Juara1'])}",
                f"Berner*{rng.choice(['Langnau3', 'Emme', 'Bless7'])}",
                f"Drift!{rng.choice(['Beaulieu', 'Burley', 'Minstead'])}",
                f"Piaba@Barcelos{rng.randint(1, 99)}",
                rng.choice(["woofwoof", "kibble", "whelping", "vivarium", "gauntlet"]).translate(leet) + rng.choice(["", "!", "_51"]),
                f"kennel-run-{rng.randint(1, 24)}",
                f"{rng.choice(['Liwa', 'Sateng', 'Eggiwil', 'Fritham', 'Daracua'])}{rng.choice(['*', '&', '+'])}{w().capitalize()}{rng.randint(1, 99)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "!#%+"),
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        options = [
            # passwords handed over in ways no earlier set used
            ("the vet portal password is on the back of the appointment card, {}", pw),
            ("yard wifi is taped inside the tack room door, {}", pw),
            ("someone wrote the feed order login on the feed bin lid, {}", pw),
            ("the stable wifi is chalked on the stable door, {}", pw),
            ("the puppy cam password is on the whelping box whiteboard, {}", pw),
            ("i wrote the reef controller password on the sump lid, {}", pw),
            ("the falcon hospital app login is in the hood box, {}", pw),
            ("the loft clock pin is on the pigeon basket, {}", d(4)),
            ("the cattery booking board has the tablet password in the corner, {}", pw),
            ("the key safe at the client's house opens with {}, it's on the dog walker's key tag", d(4)),
            ("the rescue's adoption folder has the facebook login inside the cover, {}", pw),
            ("i stuck the vivarium app password on the glass, {}", pw),
            ("the pet insurance login is {}, can you put the claim in for me", pw),
            ("the kennel gate code is {}", d(5)),
            ("i changed the openvpms admin password to {}", pw),
            # cues in ways no earlier set used
            ("yal rab3, the wifi password in the majlis is {}", pw),
            ("pasword wifi dio {}, demo", pw),
            ("ds passwort isch {}, gäu", pw),
            ("the code's {}, my old beauty", d(4)),
            ("égua, a senha é {}, mana", pw),
            # commands
            ("$ docker run -e DB_PASSWORD={} sheltermanager/asm3", pw),
            ("$ mysql -u openvpms -p'{}' openvpms", pw),
            ("$ curl -H 'Authorization: Bearer {}' https://api.vetstoria.com/v1/appointments", tok(40, alnum)),
            # pastes
            ("db.password={}", pw),
            ("dbpassword = {}", pw),
            ("netcam_userpass aviary:{}", pw),
            ("PRISMA_DATABASE_URL=postgresql://teable:{}@db:5432/teable", pw),
            ("SECRET_KEY={}", tok(48, alnum)),
            ("      password: {}", pw),
            ("EZYVET_CLIENT_SECRET={}", tok(40, alnum)),
            ("VETSTORIA_API_KEY={}", tok(32, hexl)),
            ("BACKEND_JWT_SECRET={}", tok(64, hexl)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.and.the.saker', 'y_loft7', 'merbok.x')."""
        rng = self.rng
        first, last = (_plain(x) or "x" for x in self.first_last())
        return rng.choice(
            [
                f"{first}.and.the.{rng.choice(['saker', 'gyr', 'berners', 'ponies', 'tetras'])}",
                f"{last}_loft{rng.randint(1, 40)}",
                f"merbok.{first}",
                f"{last}-kennels",
                f"{first}4ponies",
                f"{last}.on.the.forest",
                f"tetra_{first}{rng.randint(1, 99)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=16, maximum_age=84)
        m, day, year = dt.month, dt.day, dt.year
        return {
            "th_id": f"{day} {EN_ABBR_HELDOUT51[m - 1]}. {year}",  # a Thai ID card's English line
            "th": f"{day} {TH_ABBR_HELDOUT51[m - 1]} {year + 543}",  # abbreviated month, Buddhist Era year
            "ms": f"{day} {MS_MONTHS_HELDOUT51[m - 1]} {year}",  # Pattani Malay
            "be": f"{day}. {BERNESE_MONTHS_HELDOUT51[m - 1]} {year}",  # Bernese German
            "ch": f"{day}.{m}.{year}",  # a Swiss form, unpadded
            "ae": f"{day:02d}/{m:02d}/{year}",  # an Emirates ID; a Brazilian form
            "arabizi": f"{day}-{m}-{year}",
            "uk": f"{day}/{m}/{year}",
            "pt_long": f"{day} de {PT_MONTHS_HELDOUT51[m - 1]} de {year}",
            "iso": f"{year}-{m:02d}-{day:02d}",
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(["th_id", "ch", "ae", "uk", "be", "ms", "pt_long", "iso"])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the pet insurance wants the policyholder's date of birth, mine is {}", any_shape),
            ("for the kennel club membership my date of birth is {}", any_shape),
            ("the riding school form asked my dob, i put {}", s["uk"]),
            ("the rescue's adoption form has my birthday as {}, that's wrong", any_shape),
            ("for the falconry licence they need my date of birth, {}", s["ae"]),
            ("the pigeon federation renewal wants my dob, {}", any_shape),
            ("the dog walking agency's vetting has me born {}", s["uk"]),
            ("ana mwalid {}", s["arabizi"]),
            ("lahir {}", s["ms"]),
            ("เกิด {}", s["th"]),
            ("gebore am {}", s["be"]),
            ("nasci dia {}", s["pt_long"]),
            ("Date of Birth {}", s["th_id"]),
            ("Geburtsdatum: {}", s["ch"]),
            ("Data de nascimento: {}", s["ae"]),
            ('  "owner_dob": "{}",', s["iso"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


EN_ABBR_HELDOUT51 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
TH_ABBR_HELDOUT51 = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split()
MS_MONTHS_HELDOUT51 = ("Januari Februari Mac April Mei Jun Julai Ogos September Oktober November "
                       "Disember").split()  # fmt: skip
BERNESE_MONTHS_HELDOUT51 = ("Januar Februar Märze Aprile Mai Juni Juli Ougschte Septämber Oktober Novämber "
                            "Dezämber").split()  # fmt: skip
PT_MONTHS_HELDOUT51 = ("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
                       "dezembro").split()  # fmt: skip

HELDOUT51_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is flying the saker at the festival this year",
        "remind me to call {} about the falcon's hood",
        "{} won the merbok contest in Yala on sunday",
        "the berner puppies are from {}, there's a waiting list",
        "{} is walking the dogs on tuesdays and thursdays now",
        "can you find the message from {} about the cattery booking",
        "{} is house sitting for us while we're away, the cats know her",
        "{} had the pony drift on the Forest this morning",
        "ask {} if the rescue still has the lurcher",
        "{} caught the cardinals for the shipment to Manaus",
        "{} fixed the leak in the reef tank",
        "I owe {} for the kennel fees",
        "{} looked at the gecko, says it's just shedding",
        "tell {} the pigeons came back from the 300 mile race",
        "{} is fostering the three kittens till they're 8 weeks",
        "{} took the dog to the emergency vet last night",
        "{} judged the terriers at the show",
        "{} is the new instructor at the riding school",
        "the claim for the dog's knee is in {}'s name",
        "{} sold us the tortoise, he had the papers for it",
        "{} brought the hawk in with a cut foot",
        "{}'s mare foaled last night, both fine",
        "{} is doing the evening feeds at the shelter",
        "Pak {} judges the merbok from the pole",
        "Kak {} keeps the birds' cages clean for the contest",
        "khun {} runs the vet clinic near the market",
        "dr {} has the best berner bitch in the valley",
        "ds {} does the herd book for the breed club",
        "Mr {} is the agister for the north of the Forest",
        "Mrs {} runs the pony club camp this summer",
        "seu {} knows where the cardinals are in the igarapé",
        "dona {} packs the fish for the flight to Manaus",
        "Owner: {}",
        "Client: {}",
        "Handler: {}",
        "Exhibitor: {}",
        "Breeder: {}",
        "Judge (ring 3): {}",
        "Loft manager: {}",
        "Falconer: {}",
        "Fosterer: {}",
        "Policyholder: {}",
        "DC: {}",
        "Instructor: {}",
        "Agister: {}",
        "Sitter (Sat/Sun): {}",
        "Walker (Tue/Thu): {}",
        '"owner_name": "{}",',
        "| Ring 2 | Best of Breed | {} |",
    ],
    "STREET_ADDRESS": [
        "the kennels are at {}",
        "pick up the puppy from {}",
        "the dog walker should go to {} for the spaniel",
        "the rescue wants to do a home check at {}",
        "I moved, the vet letters go to {} now",
        "the pony sale paperwork goes to {}",
        "the merbok contest is behind {} this time",
        "Address: {}",
        "Owner's address: {}",
        "Endereço: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "send the litter photos to {}",
        "the kennel club mail comes from {}",
        "email the vet records to {}",
        "the cattery booking goes to {}",
        "Email (owner): {}",
        '"email": "{}",',
        "email = {}",
        "ADMIN_EMAIL={}",
    ],
    "PHONE_NUMBER": [
        "the vet's out of hours number is {}",
        "ring the dog walker on {} if she's late",
        "the breeder's phone is {}",
        "call the pony club on {} about the camp",
        "the falcon hospital's number is {}",
        "Mobile: {}",
        "Tel. (owner): {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "I paid the vet bill with {}",
        "the puppy deposit went on {}",
        "the new hood and jesses are on {}",
        "paid the cattery with {}",
        "Card: {}",
        '"card_number": "{}",',
    ],
    "IBAN_CODE": [
        "send the stud fee to {}",
        "the insurer pays the claim into {}",
        "the rescue's donations go to {}",
        "refund the deposit for the pony to {}",
        "IBAN (claim payment): {}",
        "IBAN for the litter deposit: {}",
    ],
    "USERNAME": [
        "on MorphMarket I'm {}",
        "my Kingsnake.com name is {}",
        "Fauna Classifieds has me as {}",
        "on Arachnoboards I'm {}",
        "my MonsterFishKeepers name is {}",
        "on Reef2Reef I'm {}",
        "PetForums knows me as {}",
        "on Pigeon-Talk I'm {}",
        "my Horse & Hound forum name is {}",
        "the Tractive account is {}",
        "my Petlog login is {}",
        "on Dubizzle I sell the hoods as {}",
        "on Pantip I post about merbok as {}",
        "my Anibis name is {}",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT51_MIXED = [
    ("Owner: {}, tel. {}", ["PERSON", "PHONE_NUMBER"]),
    ("Breeder: {}, {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("dbhost = {}\ndbpassword = {}", ["IP_ADDRESS", "SECRET"]),
    ("$ curl -u {}:{} http://{}/service/json", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("{} left the tack room key in the box, code {}", ["PERSON", "SECRET"]),
    ("Policyholder: {}, DOB {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("my Reef2Reef name is {}, send the money for the corals to {}", ["USERNAME", "IBAN_CODE"]),
    ("the mail from {} ({}) about the puppy came", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} paid the vet with {}", ["PERSON", "CREDIT_CARD"]),
    ("dona {} can be reached on {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("Client: {}, {}", ["PERSON", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT51_NEGATIVES = [
    "Madinat Zayed is the main town of Al Dhafra",
    "the falcon hospital in Abu Dhabi sees thousands of birds a year",
    "Liwa is a string of oasis villages on the edge of the Empty Quarter",
    "Bu before a son's name is how a man is called in the Gulf",
    "in the Emirates the father's name often sits in the middle",
    "a saker is bigger than a peregrine",
    "the gyr-saker hybrid was flying at 60 km/h",
    "the falcon race is 400 metres and the best time was 16.2 seconds",
    "Zayna is the saker's name, she's two this winter",
    "falcon passport numbers are on the CITES papers",
    "Pattani, Yala and Narathiwat are the three southern provinces",
    "a merbok is a zebra dove, they sing in contests on tall poles",
    "the merbok cages go up on poles about 7 metres high",
    "the Thai register spells Abdullah as Abdulloh",
    "Pak is like Mr and Kak is for an older sister",
    "khun is the polite title in Thai",
    "the contest had 240 birds in four classes",
    "the champion merbok sold for 80,000 baht",
    "the Emmental is the valley of the Emme east of Bern",
    "a Bernese mountain dog is called a Berner or a Dürrbächler",
    "in Bern people say the family name first, after dr for a man and ds for a woman",
    "a Swiss married woman often keeps her own name after a hyphen",
    "Aramis vom Chuderhüsi is the dog's registered name, vom Chuderhüsi is the kennel",
    "the litter was whelped on 14.03.2024, six puppies",
    "the herd book number is on the pedigree, not the owner's",
    "a berner puppy costs about 2,500 francs",
    "the breed show in Langnau has 180 dogs entered",
    "the New Forest has about 5,000 ponies out on the Forest",
    "agisters are the Verderers' stockmen",
    "the pony drift rounds up the ponies each autumn",
    "Beaulieu Road sales are in august, september and october",
    "the tail hair is cut in the agister's pattern to show the fees are paid",
    "Burley Bramble is the pony's name, she's a 13.2 bay",
    "commoners pay marking fees for every pony turned out",
    "the pony club camp is five days, 40 children",
    "Barcelos is a two day boat ride up the Rio Negro from Manaus",
    "a piabeiro catches the little fish for aquariums",
    "cardinal tetras are about 3 cm long",
    "seu is like mister and dona like missus in Brazil",
    "Mundico is what they call a Raimundo in the Amazon",
    "the shipment to Manaus was 60,000 cardinals in 40 boxes",
    "the festival of the ornamental fish is in january",
    "the microchip is 985 141 002 356 778",
    "the ring number is GB24N51873",
    "horse passport number 826 002 001 458 771",
    "the claim number is CLM-2024-118734",
    "order #58213 from the pet shop is out for delivery",
    "the dog is 34 kilos, he needs to lose 3",
    "the dose is 0.5 ml per 10 kg",
    "the vaccinations are due every 12 months",
    "the spay is 280 pounds at our vet",
    "the cattery is 14 pounds a night per cat",
    "the dog walker charges 15 pounds for an hour",
    "the tank is 450 litres with a 120 litre sump",
    "the reef needs the salinity at 1.025",
    "the corn snake hatched on 2 June 2023",
    "the bearded dragon's basking spot is 40 degrees",
    "the pigeons flew 512 km and the winner did 1,402 metres a minute",
    "the race basketing is at 6pm on friday",
    "she came second in the open class and first in the puppy class",
    "Best in Show went to a whippet",
    "the shelter has 62 dogs and 40 cats right now",
    "adoption fee is 150 for a dog, 80 for a cat",
    "the kittens were born on the 3rd, all five are fine",
    "Biscuit turned 9 today, we got him a cake",
    "Luna and Milo are the cats, not the kids",
    "the mare is 16 years old and still jumps",
    "999 in the UK, 191 in Thailand, 144 in Switzerland",
    "in the UAE 999 is the police, in Brazil 190",
    "94000 is the postcode of Pattani town",
    "3550 is the postcode of Langnau",
    "SO43 is Lyndhurst's postcode district",
    "69700-000 is the CEP of Barcelos",
    "updated OpenVPMS to 2.4 at the practice",
    "Motion 4.6 fixed the rtsp reconnects",
    "Animal Shelter Manager release 48 is out",
    "fixed in commit 9c2e41b, see the changelog",
    "dbpassword =",
    "DB_PASSWORD=${DB_PASSWORD}",
    "VETSTORIA_API_KEY=<your api key>",
    "PIN: ****",
    "card 4111 1111 1111 1111 is the test card",
    "5555 5555 5555 4444 is the test card for the shop",
    "GB82 WEST 1234 5698 7654 32 is the example IBAN in the docs",
    "write to owner@example.com on the form",
    "192.0.2.51 is a documentation address",
    "198.51.100.7 is a documentation address",
    "2001:db8:51::1 is a documentation address",
    "the dog rolled in something again",
    "walkies at 7, then breakfast",
    "remind me to buy cat litter",
    "did the fish food come yet",
]  # fmt: skip


def _typo51(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a pet owner's baby talk turning an animal's word
    into its pet form ('dog' -> 'doggo', 'bird' -> 'birb', 'snake' -> 'snek', 'puppy' -> 'pupper'), or a cat
    walking across the keyboard and leaving a run of one letter between two words, typed with a lead in one
    hand or a cat on the desk. Only in sentences typed to the bot or a friend."""
    if not _chat_like(template):
        return template
    words = list(PET_TALK_WORD_HELDOUT51.finditer(template))
    gaps = list(KEYBOARD_GAP_HELDOUT51.finditer(template))
    if words and (rng.random() < 0.5 or not gaps):
        m = rng.choice(words)
        return template[: m.start()] + PET_TALK_HELDOUT51[m.group(1)] + template[m.end() :]
    if gaps:
        m = rng.choice(gaps)
        run = rng.choice("kjmnbvf") * rng.randint(5, 11)
        return template[: m.start()] + f" {run} " + template[m.end() :]
    return template


def build_heldout51(seed: int = HELDOUT51_SEED) -> list[Example]:
    """Held-out set 51: `Gen51` values in `HELDOUT51_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen51(seed)
    return assemble_module_set(
        gen, HELDOUT51_TEMPLATES, HELDOUT51_MIXED, HELDOUT51_NEGATIVES, _typo51, person=gen.person_for
    )
