"""Generated sentences that hand over personal data with no cue word before it: the tagger's third source.

The secret sentences (`bench/pii_secret_sentences.py`) put values after a credential word. Every new
held-out author also found ways with none: a password typed into a command (`lftp -u user,X`,
`curl -u user:X`), a login reset "to X", a change "from the old one to X", a value asked about ("can you
better X?"), a handle after an app's name ("add me on Vivino, X"), a name of an origin no list holds as the
subject of an everyday sentence ("X caught a pike"), after a role label ("coach: X") or in a possessive
("at X's"). These sentences put generated values of many shapes in such carriers, so the tagger learns the
carrier and the value's shape rather than a name list or one set's phrasing.

A quarter of them are negatives that share the carriers but hold nobody's data: an app's or a place's name
where a person would stand, a role label with no name after it, a command with a placeholder. Values are
invented from syllables and from the common-word list, so no real person's data is in them.
"""

from __future__ import annotations

import random
import re
import string

from bench.pii import Example
from privacy.names import common_words, first_names, last_names

UNCUED_SEED = 9173
# syllables of invented given and family names, in several phonotactic styles (open syllables,
# consonant clusters, diacritics, apostrophes), so no one origin's names are learnt as the only names
ONSETS = [
    "",
    "b",
    "d",
    "f",
    "g",
    "h",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "z",
    "kh",
    "zh",
    "ng",
    "ts",
    "dj",
    "sh",
    "ch",
    "tl",
    "mb",
    "nd",
    "gw",
    "kw",
    "y",
    "w",
    "br",
    "st",
    "tr",
    "dr",
    "gr",
]
VOWELS = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "u", "aa", "ei", "ou", "ia", "ai", "ua"]
# one letter of a name in seven is written with a mark ('Bäšuk'), as in many languages' names
MARKED = {
    "a": "äāáà",
    "e": "éèē",
    "i": "íı",
    "o": "öóō",
    "u": "üúū",
    "s": "šş",
    "c": "čç",
    "z": "žż",
    "n": "ñ",
}
CODAS = ["", "", "", "n", "m", "r", "l", "k", "t", "s", "sh", "ng", "x", "q", "v", "z", "'"]
FAMILY_ENDS = ["", "", "ov", "ova", "ić", "ian", "oglu", "sson", "dottir", "ez", "escu", "ani", "aki", "ura",
               "enko", "idze", "ashvili", "aitis", "ović", "ula", "ito", "emi", "tuk", "ak", "ey"]  # fmt: skip
HOBBY_VERBS = ["throws", "swims", "climbs", "paints", "bakes", "rides", "knits", "runs", "digs", "flies",
               "plays", "rolls", "spins", "brews", "sails", "skates", "lifts", "shoots", "draws", "hikes"]  # fmt: skip
HOBBY_NOUNS = ["axes", "clay", "glass", "wax", "dice", "chess", "kites", "bread", "yarn", "wood", "pike",
               "beer", "lines", "knots", "maps", "notes", "pots", "boards", "films", "runs"]  # fmt: skip
APPS = ["Vivino", "Trakt", "Strava", "Letterboxd", "Goodreads", "Discogs", "Lichess", "Chess.com", "Duolingo",
        "BoardGameGeek", "Komoot", "AllTrails", "Untappd", "Ravelry", "iNaturalist", "eBird", "Mastodon",
        "Bluesky", "Twitch", "Steam", "Reddit", "Bandcamp", "Etsy", "Geocaching", "Zwift", "Fishbrain"]  # fmt: skip
THINGS = ["ferry booking", "dojo app", "crochet shop", "club site", "garage door app", "school portal",
          "tax site", "router admin page", "printer page", "nas", "shared drive", "camera app", "baby monitor",
          "gym app", "library account", "parking app", "allotment forum", "choir site", "kayak rental app",
          "pottery studio page", "league site", "bakery till", "band's mailing list", "smart lock app"]  # fmt: skip
HOSTS = ["nas.local", "files.home.arpa", "192.168.1.20", "pi.lan", "backup.internal", "media.home", "srv1"]
PLACE_ENDS = ["ville", "pur", "abad", "grad", "sk", "stan", "ia", "burg", "kol", "mouth", "ford", "ey"]
ROLES = ["coach", "musher", "thrower", "skipper", "captain", "referee", "treasurer", "host", "driver",
         "instructor", "sensei", "jumpmaster", "caller", "bowler", "keeper", "lead", "guide"]  # fmt: skip
KEYBOARD = [
    "asdfghjkl",
    "qwertyuiop",
    "zxcvbnm",
    "1qaz2wsx",
    "qazwsx",
    "poiuyt",
    "mnbvcxz",
    "azerty",
    "qwertz",
]
SYMBOLS = "!@#$%&*?+-_.~^"
# letters of other scripts, for passwords typed on another keyboard (Greek, Cyrillic, Georgian, Armenian,
# Hebrew, Arabic, Devanagari, Thai)
SCRIPTS = ["αβγδεζηθικλμνξοπρστυφχψωάέήίόύώ", "абвгдежзийклмнопрстуфхцчшщыэюя", "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
           "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ", "אבגדהוזחטיכלמנסעפצקרשת", "ابتثجحخدذرزسشصضطظعغفقكلمنهوي", "가나다라마바사아자차카타파하고노도로모보소오조초코토포호바다냄새",
           "アイウエオカキクケコサシスセソタチツテトカモメ", "ཀཁགངཅཆཇཉཏཐདནཔཕབམརལཤསཧཨ",
           "अआइईउऊएऐओऔकखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह", "กขคงจฉชซญดตถทธนบปผฝพฟภมยรลวศษสหอฮ"]  # fmt: skip
HANGUL_SYLLABLES = (
    "김이박최정강조윤장임한오서신권황안송류홍고문양손배백허유남심노하곽성차주우구민진지은서연현준도"
)
KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガギグゲゴダデドバビブベボパピプペポー"
# wrappers people type around a value; the span is the value inside
WRAPPERS = [("**", "**"), ("`", "`"), ("«", "»"), ('"', '"'), ("'", "'"), ("“", "”"), ("<", ">")]
EMOJI = ["🐕", "🔥", "🌊", "⭐", "🎲", "🍕", "🐝", "🌵"]


def _syllables(rng: random.Random, n: int) -> str:
    word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(n)).strip("'")
    if rng.random() < 1 / 7 and (marks := [i for i, c in enumerate(word) if c in MARKED]):
        i = rng.choice(marks)
        word = word[:i] + rng.choice(MARKED[word[i]]) + word[i + 1 :]
    return word


def invented_name(rng: random.Random) -> tuple[str, str]:
    """A given and a family name: half from the name lexicon, half invented ('Khouzare', 'Tlimbaoglu')."""
    if rng.random() < 0.5:
        first, last = _lexicon_names()
        return rng.choice(first).capitalize(), rng.choice(last).capitalize()
    given = _syllables(rng, rng.randint(2, 3)) or "ana"
    family = _syllables(rng, rng.randint(1, 3)) + rng.choice(FAMILY_ENDS)
    if rng.random() < 0.1:  # a name with an apostrophe or a hyphen inside
        family = family[:2] + rng.choice(["'", "-"]) + family[2:] if len(family) > 4 else family
    return given.capitalize(), (family or "oru").capitalize()


def _person(rng: random.Random) -> str:
    if rng.random() < 0.08:  # a name in Hangul or in katakana, as Korean and Japanese chats write them
        if rng.random() < 0.5:
            return "".join(rng.choice(HANGUL_SYLLABLES) for _ in range(3))
        return "・".join("".join(rng.choices(KATAKANA, k=rng.randint(2, 5))) for _ in range(2))
    given, family = invented_name(rng)
    form = rng.random()
    if form < 0.45:
        return f"{given} {family}"
    if form < 0.6:
        return given
    if form < 0.72:
        return family
    if form < 0.82:
        return f"{given} {family[0]}."
    if form < 0.9:
        return f"{given[0]}. {family}"
    return f"{given} {_syllables(rng, 2).capitalize()} {family}"  # a middle or father's name


def _words(rng: random.Random, k: int) -> list[str]:
    pool = _word_pool()
    return rng.sample(pool, k)


_POOL: list[str] = []
_NAMES: list[list[str]] = []


def _lexicon_names() -> list[list[str]]:
    if not _NAMES:
        _NAMES.extend(
            sorted(w for w in names() if w.isalpha() and len(w) > 2) for names in (first_names, last_names)
        )
    return _NAMES


def _word_pool() -> list[str]:
    if not _POOL:
        _POOL.extend(w for w in sorted(common_words()) if w.isalpha() and w.isascii() and 3 <= len(w) <= 12)
    return _POOL


def password(rng: random.Random) -> str:
    """A password of one of the shapes people type: joined words with digits, keyboard walks, dated words,
    random characters, a word with an emoji, words of another script, move notation."""
    kind = rng.randrange(16)
    w = _words(rng, 3)
    if kind == 0:  # word, digits, word: 'particularly535word', 'FISH216part'
        first = w[0].upper() if rng.random() < 0.3 else w[0]
        return f"{first}{rng.randint(10, 999)}{w[1]}"
    if kind == 1:  # CamelCase words and digits: 'AdmitSceneBack56'
        return "".join(x.capitalize() for x in w[: rng.randint(2, 3)]) + str(rng.randint(1, 99))
    if kind == 2:  # a keyboard walk, a symbol and digits: 'asdfghjkl$42'
        return rng.choice(KEYBOARD) + rng.choice(["", *SYMBOLS]) + str(rng.randint(1, 2099))
    if kind == 3:  # Word-NN-Word: 'Cassiopeia-95-Sky'
        sep = rng.choice("-_.")
        return f"{w[0].capitalize()}{sep}{rng.randint(1, 99)}{sep}{w[1].capitalize()}"
    if kind == 4:  # a word and a date: 'Florence.25.11', 'june031987'
        word = w[0].capitalize() if rng.random() < 0.6 else w[0]
        sep = rng.choice([".", "", "-", "/"])
        return f"{word}{sep}{rng.randint(1, 28):02d}{sep}{rng.randint(1, 12):02d}" + rng.choice(
            ["", "", "1987"]
        )
    if kind == 5:  # joined words: 'government+reality+win'
        return rng.choice("+-._ ").replace(" ", "").join(w) if rng.random() < 0.8 else "".join(w)
    if kind == 6:  # random characters: 'gJvJ65taw0qQ0y'
        alphabet = string.ascii_letters + string.digits + rng.choice(["", "!#$%&*"])
        return "".join(rng.choices(alphabet, k=rng.randint(10, 20)))
    if kind == 7:  # a word with an emoji and digits: 'Why🐕783'
        return w[0].capitalize() + rng.choice(EMOJI) + str(rng.randint(1, 999))
    if kind == 8:  # leet: 'Tr0mb0n3!'
        leet = {"a": "@", "e": "3", "o": "0", "i": "1", "s": "$"}
        return "".join(leet.get(c, c) if rng.random() < 0.6 else c for c in w[0].capitalize()) + rng.choice(
            ["!", "?", "", "2024"]
        )
    if kind == 10:  # words joined by a rare separator: 'Into~worker~74'
        sep = rng.choice("~^|:;")
        return sep.join([w[0].capitalize(), w[1], str(rng.randint(1, 99))])
    if kind == 11:  # moves with apostrophes, as cubers and dancers note them: "RUR'U'-4"
        moves = "".join(
            rng.choice("RULDFBrudMES") + rng.choice(["", "'", "2"]) for _ in range(rng.randint(3, 6))
        )
        return moves + rng.choice(["", "-", "_"]) + str(rng.randint(1, 99))
    if kind == 12:  # a word of another script, digits and maybe a symbol: 'Λεμεσός95*'
        letters = rng.choice(SCRIPTS)
        word = "".join(rng.choices(letters, k=rng.randint(4, 8)))
        return word + str(rng.randint(1, 999)) + rng.choice(["", "", "*", "!", "#"])
    if kind == 14:  # lower-case words joined by a sign: 'defense~those~maintain', 'give,into,join,34'
        return rng.choice("~,|").join([*w, *([str(rng.randint(1, 99))] if rng.random() < 0.4 else [])])
    if kind == 15:  # a code, a sign and a word: 'EN40471>Hamburg', 'Bylaw884/Sec25', '10mm²Twin&Earth43'
        code = rng.choice(["EN", "ISO", "DN", "NJ", "EC", "Bylaw", "10mm²", "M8x"]) + str(
            rng.randint(2, 99999)
        )
        return code + rng.choice(">/:-%&") + w[0].capitalize() + rng.choice(["", str(rng.randint(1, 99))])
    if kind == 13:  # words and a short code: 'shicho-at-d4'
        return f"{w[0]}-{rng.choice(['at', 'on', 'to', 'in', 'of'])}-{rng.choice(string.ascii_lowercase)}{rng.randint(1, 9)}"
    return f"{w[0].capitalize()}{rng.choice(SYMBOLS)}{w[1]}{rng.randint(1, 99)}"


def handle(rng: random.Random) -> str:
    """A login or handle: 'florence.throws.axes', 'doricic_on_40m', 'okway1000pieces', 'mas.kurdulova.2025'."""
    given, family = (x.lower() for x in invented_name(rng))
    given = given.replace("'", "")
    family = family.replace("'", "").replace("-", "")
    kind = rng.randrange(8)
    if kind == 0:
        return f"{given}.{rng.choice(HOBBY_VERBS)}.{rng.choice(HOBBY_NOUNS)}"
    if kind == 1:
        return f"{family}_on_{rng.choice(['the_pan', '40m', 'ice', 'the_hill', 'wheels', 'keys'])}"
    if kind == 2:
        return (
            f"{given}{rng.choice([100, 500, 1000, 2000])}{rng.choice(['pieces', 'miles', 'games', 'reps'])}"
        )
    if kind == 3:
        return f"{rng.choice(HOBBY_NOUNS)}.{family}.{rng.randint(1990, 2026)}"
    if kind == 4:
        return f"{given}_{rng.choice(HOBBY_VERBS)}_{rng.choice(HOBBY_NOUNS)}"
    if kind == 5:
        return f"{given}{rng.choice(['_', '.', ''])}{family[:5]}{rng.randint(1, 99)}"
    if kind == 6:
        return f"{rng.choice(['dark', 'wild', 'lazy', 'tiny', 'old'])}{rng.choice(HOBBY_NOUNS)}_{given}"
    return f"{given[0]}{family}"


def _secret_sentence(rng: random.Random) -> tuple[str, str]:
    """A template with `{}` where the password goes; the carrier names no credential word."""
    user, host, thing = "{u}", rng.choice(HOSTS), rng.choice(THINGS)
    return rng.choice(
        [
            f"lftp -u {user},{{}} sftp://{host}",
            f"curl -u {user}:{{}} https://{host}/api/status",
            f"smbclient //{host}/share -U {user}%{{}}",
            f"sshpass -p {{}} ssh {user}@{host}",
            f"xfreerdp /u:{user} /p:{{}} /v:{host}",
            f"rdesktop -u {user} -p {{}} {host}",
            f"snmpwalk -v2c -c {{}} {host} sysName",
            f"unrar x -p{{}} {thing.split()[0]}_photos.rar",
            "7z x -p{} backup.7z",
            "zip -P {} invoices.zip invoices.pdf",
            "openssl enc -aes-256-cbc -pass pass:{} -in notes.txt",
            "can you count the characters in {}? the portal wants at least 12",
            "spell {} in the phonetic alphabet for me, I have to read it out",
            "can you hash {} with sha256 for the staff sheet",
            f"which is better for the {thing}, {{}} or {{}}?",
            f"is {{}} too obvious for the {thing}?",
            f"for the {thing} I went with {{}}, is that ok",
            "scribbled {} inside the fuse box door for the next shift",
            "wrote it on the back of a postcard I mailed to myself, {}",
            "it flashed up on stream for a second, {}, do i need to change it?",
            f"use {{}} for the {thing} until they fix the reset",
            f"mysql -u {user} -p{{}} {thing.split()[0]}",
            f"psql postgresql://{user}:{{}}@{host}:5432/app",
            f"wget --user={user} --password={{}} https://{host}/backup.tar",
            f"net use Z: \\\\{host}\\share /user:{user} {{}}",
            f"htpasswd -b .htpasswd {user} {{}}",
            f"git clone https://{user}:{{}}@{host}/family/photos.git",
            f"docker login -u {user} -p {{}} registry.{host}",
            f"mosquitto_sub -h {host} -u {user} -P {{}} -t 'home/#'",
            f"redis-cli -h {host} -a {{}} ping",
            f"I reset the {thing} login to {{}} just now",
            f"changed the {thing} login from the old one to {{}} today",
            f"i set the {thing} to {{}} yesterday, write it down",
            f"the {thing} is now {{}}",
            f"new one for the {thing}: {{}}",
            f"I just used {{}} again for the {thing}",
            f"tried {{}} on the {thing} and it let me in",
            f"can you make me something better than {{}} for the {thing}",
            "how long would it take to crack {}?",
            f"the {thing} admin is “{{}}”",
            f"{thing} members page «{{}}»",
            f"it's the same as the {thing}, {{}}",
            f"{thing} → {{}}",
            f"for the {thing} it's {{}} now",
            f'the {thing} wants "{{}}" every time',
            f"log into the {thing} with {user} and {{}}",
            f"{user} / {{}} for the {thing}",
        ]
    )


def _handle_sentence(rng: random.Random) -> str:
    app = rng.choice(APPS)
    return rng.choice(
        [
            f"add me on {app}, {{}}",
            f"I'm {{}} on {app}",
            f"my {app} is {{}} if you want my notes",
            f"find me on {app} as {{}}",
            f"{app} handle: {{}}",
            f"follow {{}} on {app}",
            f"ping me on {app}: {{}}",
            f"{app.upper()}_USER={{}}",
            f"follow my diary on {app}, I'm {{}}",
            f"my {app} name is {{}}, add me",
            f"on {app} i'm {{}} btw",
            f"my {app} page is under {{}}",
            f"{app} has me listed as {{}}",
            f"the {app} forum knows me as {{}}",
            f"the photos are on {app}, user {{}}",
            f"look for {{}} on {app}, that's me",
            "python manage.py createsuperuser --username {}",
            "$ kinit {}@CORP.EXAMPLE.ORG",
            'login_user: "{}"',
        ]
    )


# Titles and forms of address before a name: outside its span ("Matron Ruth Aboud", "havildar Sadpara")
TITLES = ["Matron", "Sister", "Deacon", "Elder", "Pastor", "Imam", "Rabbi", "Warden", "Sergeant", "Captain",
          "Coach", "Skipper", "Councillor", "Judge", "Auntie", "Uncle", "Mzee", "Havildar", "Subedar", "Dr.",
          "Prof.", "Rev.", "Cllr", "Sgt.", "Fr."]  # fmt: skip


def _name_sentence(rng: random.Random) -> str:
    role = rng.choice(ROLES)
    title = rng.choice(TITLES)
    title = title.lower() if rng.random() < 0.3 else title
    return rng.choice(
        [
            # a title before the name, outside it
            f"{title} {{}} wants the forms back by friday",
            f"ask {title} {{}} about the keys",
            f"{title} {{}} is leading the service on sunday",
            f"the rota says {title} {{}} is on nights",
            "{} taught me the magic ring for crochet",
            "{} blew me a glass float at the studio",
            "lost three games of dominoes to {} again",
            "board game night is at {}'s this week, bring snacks",
            "{} caught a pike through the ice!! 9 pounds",
            "{} did the half marathon in under two hours",
            f"{role}: {{}}",
            f"{role.capitalize()}: {{}}",
            f"our {role} {{}} says the session is cancelled",
            "{} is lead on the second team",
            "{} (41) won the over-40s race",
            "{} just sent the photos from saturday",
            "say hi to {} from me",
            "i'm carpooling with {} tomorrow",
            "{} made contact with a station in japan last night",
            "ask {} about the tent, she has two",
            "{} and I are doing the night shift",
            "thanks to {} for the cake!!",
            "got my brown belt, {} was on the panel",
            # a name as the value of a field or a tag
            "ARTIST={}",
            '[White "{}"]',
            '[Black "{}"]',
            '"player": "{}", "rating": 1840',
            f"{rng.choice(['east', 'south', 'west', 'north'])}: {{}}",
            'organiser = "{}"',
            "<author>{}</author>",
            "From the kitchen of {}",
            "happy 7th birthday {}!",
            "ask Miss {} at the craft market for the buttons",
            "Councillor {} never answers her emails",
            "Yours faithfully,\npp {}\nClerk to the Council",
            "remind me to send {} the invoice for the boiler",
            # two names
            "{} b2b {} at the basement",
            "{} vs {} is the final",
            "{} & {} won the pairs",
            "the night shift is {} and {}",
            "{}, {} and me on the ticket desk",
        ]
    )


def _negative(rng: random.Random) -> str:
    """A carrier with nobody's data: an app or a place where a person would stand, a bare role label."""
    app = rng.choice(APPS)
    place = _syllables(rng, 2).capitalize() + rng.choice(PLACE_ENDS)
    role = rng.choice(ROLES)
    return rng.choice(
        [
            f"follow my film diary on {app}, it's fun",
            f"{app} is down again",
            f"is {app} any good for tracking?",
            f"I moved my notes from {app} to paper",
            f"{place} is a village high in the hills",
            f"the ferry to {place} leaves at 9",
            f"{place} is famous for its octopus and chilli",
            f"{role.capitalize()}: briefing at 9 sharp",
            f"{role}: tbc",
            f"our {role} is away this week",
            "lftp -u user,password sftp://example.com",
            "curl -u USER:PASSWORD https://api.example.com",
            "sshpass -p <password> ssh user@host",
            "mysql -u root -p app",
            "I reset the router to factory settings just now",
            "changed the oil from the old one to the synthetic today",
            f"can you make me something better than {app} for my notes",
            "tried the new bakery and it let me down",
            f"it's the same as the {rng.choice(THINGS)}, just slower",
            "lost three games of dominoes again",
        ]
    )


def build_uncued_sentences(seed: int = UNCUED_SEED, n: int = 900) -> list[Example]:
    """`n` sentences: passwords in commands and changes, handles after app names, invented names as
    subjects, role values and possessives, and a quarter of negatives in the same carriers."""
    rng = random.Random(seed)
    out: list[Example] = []
    for _ in range(n):
        kind = rng.random()
        if kind < 0.3:
            template, make, entity = _secret_sentence(rng), password, "SECRET"
            if rng.random() < 0.15 and '"{}"' not in template and "“{}”" not in template:
                left, right = rng.choice(WRAPPERS)
                template = template.replace("{}", left + "{}" + right)
        elif kind < 0.48:
            template, make, entity = _handle_sentence(rng), handle, "USERNAME"
        elif kind < 0.75:
            template, make, entity = _name_sentence(rng), _person, "PERSON"
        else:
            text = _negative(rng)
            out.append(Example(text.lower() if rng.random() < 0.1 else text, []))
            continue
        parts = re.split(r"(\{u?\})", template)  # "{}": the entity's value; "{u}": a login in a command
        text, spans = "", []
        for part in parts:
            if part in ("{}", "{u}"):
                value, kind_of = (make(rng), entity) if part == "{}" else (handle(rng), "USERNAME")
                spans.append((len(text), len(text) + len(value), kind_of))
                text += value
            else:
                text += part
        r = rng.random()  # lower case or ALL CAPS, as people type (when the offsets stay the same)
        for new, p in ((text.lower(), 0.12), (text.upper(), 0.18)):
            if r < p and len(new) == len(text) and entity != "SECRET":
                text = new
                break
        out.append(Example(text, spans))
    return out
