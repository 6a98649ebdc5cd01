"""Secrets found by general mechanisms rather than phrasings: credential words of many languages read on a
folded view of the text, XML elements named for a credential, and password-shaped tokens handed over in a
sentence that speaks of logging in, an account, an app, a door or a code.

The folded view keeps every character's position (one character in, one out), so a span found on it is
the span of the raw text.
"""

from __future__ import annotations

import math
import mimetypes
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import cache

from privacy.names import common_words, everyday_words

# "password", "secret word", "PIN" and "code" in many languages, folded (lower case, no diacritics, "'"
# dropped). The English and the big European words are in cues._PASSWORD_WORDS; these are the rest:
# Malagasy, Mongolian, Maori, Hawaiian, Samoan, Tongan, Igbo, Yoruba, Sesotho, Shona, Chichewa, Somali,
# Frisian, Breton, Haitian, Georgian, Armenian, Kyrgyz, Tamil, Sinhala, Amharic, Nepali/Hindi, Chinese,
# Korean and Japanese romanised, Arabic transliterated, Greek, Latvian/Lithuanian/Estonian/Finnish codes.
CREDENTIAL_WORDS = (
    "teny miafina", "tenimiafina", "nuuts ug", "nuuc ug", "kupuhipa", "kupu huna", "olelo huna",
    "upu faalilolilo", "upu fa'alilolilo", "lea fufu", "okwuntughe", "oro asina", "phasewete", "pasiwedhi",
    "achinsinsi", "erayga sirta", "furaha sirta", "wachtwurd", "ger-tremen", "ger tremen", "modpas",
    "mo de pas", "paroli", "gaghtnabar", "syrsoz", "kupiya soz", "kadavuchol", "kadavuccol", "murapadaya",
    "yeyilef qal", "pasvard", "paasavard", "bimilbeonho", "pasuwado", "anshobango", "kalimat al-sir", "kalimat al-murur", "kalimat alsir", "kalimat almurur", "kodikos",
    "kodikos prosvasis", "sifre", "jelszo", "tunnusluku", "pin-koodi", "pinkood", "pinkode", "pin-kode",
    "pin kodas", "nip", "pincode", "pin code", "pin", "passcode", "passkey", "secret", "secret word",
    "secreto", "segreto", "geheimzahl", "geheimcode", "codigo secreto", "code secret", "mot secret",
    "tajna", "sifra", "lozinka", "salasana", "salakala", "adgangskode", "kodeord", "passord", "losen",
)  # fmt: skip
_CREDENTIAL = "|".join(
    sorted((re.escape(w).replace(r"\ ", r"\s+") for w in set(CREDENTIAL_WORDS)), key=len)[::-1]
)

# A credential word, up to three short words ("for the bike shed"), a separator, then the value.
_CREDENTIAL_CUE = re.compile(
    r"(?<![\w-])(?P<word>" + _CREDENTIAL + r")(?P<suffix>[a-z]{0,3})(?![\w-])"
    r"(?P<gap>(?:[ \t]+[a-z][\w-]{0,11}){0,3}?)"
    r"(?P<sep>[ \t]*[:=][ \t]*|[ \t]+(?:is|was|es|est|ist|e|on|ni|ko|dia|da)[ \t]+|[ \t]*,[ \t]*it'?s[ \t]+"
    # any other language's "is" ("aris", "bu"): a bare space, taken only before a password-shaped value
    r"|(?P<bare>[ \t]+)(?=[^\s\"'`<]*[\d!#$%&*?+=~^@]))"
    r"[\"'`]?(?P<val>[^\s\"'`<]{4,128})"
)
# Words joined by dashes, dots or underscores with a number among them: "tax-attack-38-oil", "BAD-LAY-47-X".
_PASSPHRASE = re.compile(r"(?i)(?=.*\d)(?=(?:.*[a-z]{2}){3})[a-z0-9]+(?:[-._][a-z0-9]+){2,}")
# An XML element (or attribute) named for a credential holds one, whatever its attributes:
# '<Pass encoding="base64">…</Pass>', '<pwd>…</pwd>', '<add key="Password" value="…"/>' is in recognizers.
_XML_SECRET = re.compile(
    # the credential word may end a longer name: "<source-password>", "<admin_pwd>", "<db.token>"
    r"<(?P<tag>(?:[\w-]+:)?(?:[\w.-]*[-_.])?(?:pass(?:word|wd|phrase|code)?|pwd|pin|secret|client[_-]?secret|api[_-]?key|"
    r"token|access[_-]?token|private[_-]?key|passkey))(?:\s[^<>]*)?>"
    r"(?P<val>[^<>\s]{4,256})</(?P=tag)>",
    re.IGNORECASE,
)
# A name/value attribute pair whose name holds a credential word: '<param name="admin_password"
# value="…"/>', '<input name="pin" value="…">', '<property key="db.secret" value="…"/>'.
_XML_NAMED_VALUE = re.compile(
    r"(?i)\b(?:name|key|id|property)\s*=\s*[\"'](?P<name>[\w.:-]{0,40}?(?:pass(?:word|wd|phrase|code)?|pwd|pin|"
    r"secret|token|api[_-]?key|passkey))[\"']\s+value\s*=\s*[\"'](?P<val>[^\"'\s<>]{4,256})[\"']"
)
# A word glued to a number by a symbol, as people make passwords: "Campfire!1997", "Heron*2021",
# "1984#Lantern". No identifier, sum or file name has this shape, so no cue is needed.
_GLUED_PASSWORD = re.compile(
    r"(?<![\w!#$%&*?^~.@/-])(?:[A-Z][a-z]{3,}[!#$%&*?^~]{1,3}\d{2,6}|\d{2,6}[!#$%&*?^~]{1,3}[A-Z][a-z]{3,})"
    r"(?![\w!#$%&*?^~@/-]|\.\w)"
)
# A number code right after its word: "the boathouse code is 1703", "alarm code: 0925" (reference codes
# are excluded by _NOT_A_SECRET_CODE on the words before).
_DIGIT_CODE = re.compile(
    r"(?i)\b(?:code|pin)(?:\s+(?:is|was|it'?s)|\s*[:=])?\s+(?P<val>\d{4,8})(?![\w.,/-]\d|\w)"
)
# A one-time code handed over in other words: "the portal sent 148522 as the code", Russian "код из смс
# от госуслуг 508352" (the code from the text message), "the unlock PIN is with the repair guy, it's 2960",
# "the code the clinic sent, it was 552817"
_CODE_IN_OTHER_WORDS = re.compile(
    r"(?i)\bsent(?:[ \t]+(?:me|us|him|her))?[ \t]+(?P<sent>\d{4,8})[ \t]+as[ \t]+(?:the|a|my|your)[ \t]+"
    r"(?:(?:one[- ]time|verification|login|security|sms|access)[ \t]+)?(?:code|pin|otp|passcode)\b"
    # backup, recovery and access codes in groups of digits: "her backup codes start with 4871 0574",
    # "BACKUP VERIFICATION CODES\n1. 0145 6207", "remote desktop gave me the access code 5941 9390 6404"
    r"|\b(?:backup|recovery|verification|access|security)[ \t]+codes?\b[^\d\n]{0,30}?"
    r"(?:\n[ \t]*\d{1,2}[.)][ \t]+)?(?P<grouped>\d{3,4}(?:[ -]\d{3,4}){1,3})(?![\w.,/-]\d|\w)"
    # (and Georgian "კოდი", "პინი", "პაროლი": "ჭიშკრის კოდი 5482", the gate's code)
    r"|(?<![\w-])(?:код|пин-код|пин|пароль|კოდი|პინ-კოდი|პინი|პაროლი)(?![\w-])(?:[ \t]+[^\W\d_]+){0,4}[ \t]*[:—-]?[ \t]*"
    r"(?P<ru>\d{4,8})(?![\w.,/-]\d|\w)"
    # Portuguese and Spanish, the code of what locks: "o código do portão é 2049", "el código de la puerta: 4471"
    r"|\bc[oó]digo[ \t]+(?:d[aoe]s?|del|de[ \t]+la|de[ \t]+acesso|de[ \t]+acceso)[ \t]+(?:(?:meu|minha|nosso|nossa|mi|"
    r"nuestr[ao])[ \t]+)?(?:port[aã]o|porta|portaria|port[oó]n|puerta|portal|alarme?|alarma|cofre|caixa[ \t]+forte|"
    r"cacifo|arm[aá]rio|taquilla|casillero|candado|cadeado|garagem|garaje|pr[eé]dio|edificio|entrada|acesso|acceso)"
    r"[ \t]*(?:[:=]|[ \t](?:é|es|e|era)[ \t])[ \t]*(?P<lock>\d{4,8})(?![\w.,/-]\d|\w)"
    r"|\b(?:pin|puk|passcode|code)\b[^.!?\n]{0,80},[ \t]*(?:it['’]?s|it[ \t]+(?:is|was))[ \t]+(?P<its>\d{4,8})(?![\w.,/-]\d|\w)"
    # a code texted to confirm something: "the tax portal texted me 883104 to confirm the login" (not "sent":
    # "I sent 5000 to confirm the order" is money)
    r"|\b(?:texted|sms(?:'?d|ed)|messaged)(?:[ \t]+(?:me|us|him|her|them))?[ \t]+(?P<texted>\d{4,8})[ \t]+to[ \t]+"
    r"(?:confirm|verify|approve|authori[sz]e|complete|finish|unlock|log[ -]?in|sign[ -]?in)\b"
)
# What a sentence that hands over a credential speaks of.
_CREDENTIAL_TOPIC = re.compile(
    r"(?i)\b(?:log[- ]?in|sign[- ]?in|account|portal|app|door|gate|wi-?fi|code|pin|password|passcode|"
    r"one[- ]time|otp|credentials?|unlock|keypad|lock|safe|alarm)\b"
)
# Where the value is handed over: "is X", ": X", "= X", "gave us X", "it's X", "use X".
_HANDOVER = re.compile(
    r"(?i)(?:\b(?:is|was|it'?s|gave\s+(?:us|me|him|her|them)|sent\s+(?:us|me)|use|used|try|chose|picked|"
    r"(?:changed|set|reset)\s+(?:it\s+)?to)[ \t]+|:[ \t]+|=[ \t]*"
    # or right after the word for it: "gate code WALK82bill"
    r"|\b(?:code|pin|passcode|alarm)[ \t]+)"
    # no ":" inside: "5432:app:ana:pw" is a .pgpass line, "tcp:sql01" a host (their own rules read them)
    r"[\"'`]?(?P<val>[^\s\"'`,;:()<>]{8,64})(?![:\w])"
)
# Identifier shapes that are no password: versions, hex (commit hashes, colours), UUIDs, hosts and files,
# paths, e-mail addresses, codes of capitals and digits only (bookings, tracking, IBANs).
_IDENTIFIER = re.compile(
    r"(?i)v?\d+(?:\.\d+)+[\w.-]*|#?[0-9a-f]{7,64}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}"
    r"|[\w-]+(?:\.[\w-]+)+|.*[/@\\].*|(?-i:[A-Z0-9_-]+)|0x[0-9a-f]+"
)
# A link's query parameter named for a credential: "?sv=…&sig=eqt9…%3D", "&access_token=…".
_QUERY_SECRET = re.compile(
    r"(?i)[?&](?:sig|signature|token|access_token|id_token|auth|api_?key|key|secret|password|pwd|pass)="
    r"(?P<val>[A-Za-z0-9%_.~+/-]{16,512})"
)
# What a code right after its word may be besides a secret: a reference number of some kind.
_NOT_A_SECRET_CODE = re.compile(
    r"(?i)\b(?:order|tracking|track|shipment|parcel|package|delivery|promo|discount|coupon|voucher|referral|"
    r"confirmation|booking|reservation|reference|ref|product|item|sku|part|model|serial|error|status|exit|zip|"
    r"postal|post|area|country|dial|qr|bar|source|invoice|ticket|course|class|colou?r|hex|airport|flight|"
    r"request|trace|correlation|transaction|event|job|vacancy|position)[\s-]*$"
)
# Credentials a header carries as they are: "Authorization: Basic Lead621Early" (not always base64).
_AUTH_VALUE = re.compile(
    r"(?i)\bauthorization:[ \t]*(?:basic|bearer|token|digest)[ \t]+(?P<val>[^\s\"',]{6,512})"
)
# A session cookie's value: "sessionid=…", "PHPSESSID=…", "connect.sid=…" (the login it stands for).
_SESSION_COOKIE = re.compile(
    r"(?i)(?<![\w.-])(?:session[_-]?id|sess[_-]?id|phpsessid|jsessionid|connect\.sid|sid|session)="
    r"(?P<val>[A-Za-z0-9%_.+/-]{16,512})"
)
_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")
# An authentication method is a setting, not a credential: "phase2-auth=mschapv2", "auth: plain"
AUTH_METHODS = frozenset(
    "pap chap mschap mschapv2 gtc md5 tls ttls peap eap plain cram-md5 digest ntlm scram-sha-256".split()
)
# A login's name as people pick them: lower case, digits, dots, dashes or underscores ("fatima24",
# "ulan.kady996", "timofeev-20"); a password mixes cases or takes a symbol
_LOGIN_NAME_SHAPE = re.compile(r"[a-z][a-z0-9._-]{2,31}")
_LOGIN_NAME_WORD = re.compile(
    r"(?i)\b(?:user(?:[ _-]?name)?|login|log[ -]?in\s+with|sign[ -]?in\s+with|account|(?:student\s+)?id|"
    r"handle|seller|buyer|cash\s?app|venmo|identifiant|usu[aá]rio|utilizador|utilisateur|benutzer(?:name)?|"
    # Romanian and Greek ("utilizatorul de la myVAILLANT e X", "όνομα χρήστη"), Japanese "ユーザー名"
    r"utilizator(?:ul)?|χρ[ηή]στη)\b|логин|логін|ユーザー名"
)
_PASSWORD_WORD = re.compile(
    r"(?i)\b(?:pass(?:word|code|phrase|wd)?|pwd|pin|puk|code|secret|key|token|otp)\b|пароль|код"
)


def login_name_shaped(val: str) -> bool:
    """`val` looks like a login's name, not a passphrase of three words or more ("rain-button-garden-4")."""
    return bool(_LOGIN_NAME_SHAPE.fullmatch(val)) and not (
        _PASSPHRASE.fullmatch(val) or dictionary_passphrase(val)
    )


def names_a_login(before: str) -> bool:
    """The words before a value name a login ("account", "user", "the ID I log in with") and no password,
    PIN or code."""
    return bool(_LOGIN_NAME_WORD.search(before)) and not _PASSWORD_WORD.search(before)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """`text` folded like `fold_keep_length` with combining marks dropped ("ọ̀rọ̀" → "oro"), and for each
    folded character the position of its raw one (one more entry: the raw length)."""
    out: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        if unicodedata.combining(c):
            continue  # a tone or vowel mark typed as its own code point
        out.append(_fold_char(c))
        where.append(i)
    where.append(len(text))
    return "".join(out), where


def _fold_char(c: str) -> str:
    """One character folded to one: lower case, its diacritics dropped, curly apostrophes straight."""
    if c in "’ʼʻ":
        return "'"
    base = unicodedata.normalize("NFKD", c)[:1] if c.isalpha() else c
    return base.lower() if len(base.lower()) == 1 else c


def _raw_end(text: str, where: list[int], folded_end: int) -> int:
    """The raw end of a span that ends at `folded_end` in the folded view, its trailing marks included."""
    end = where[folded_end - 1] + 1 if folded_end else 0
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return end


def fold_keep_length(text: str) -> str:
    """`text` lower-cased with diacritics dropped, one character for one, so positions carry over."""
    return "".join(_fold_char(c) for c in text)


@cache
def _words() -> frozenset[str]:
    return common_words() | everyday_words()


def strong_password_shape(val: str) -> bool:
    """Eight characters or more, letters and digits together (or mixed case and a symbol), no known
    identifier shape and no dictionary word: "Rover1950", "JvUgXWr2", "Vex_d2029", not "v2.10.3", "a3f9c2d1"."""
    if len(val) < 8 or _IDENTIFIER.fullmatch(val) or val.lower() in _words():
        return False
    if not re.search(r"[a-z]", val):
        return False
    digits = bool(re.search(r"\d", val))
    mixed = bool(re.search(r"[A-Z]", val))
    symbol = bool(re.search(r"[!#$%&*?+=~^]", val))
    if re.fullmatch(r"\d+[a-z]{1,5}", val):  # "1500mbps": a count and a unit
        return False
    return digits or (mixed and symbol)


def random_mixed(val: str) -> bool:
    """A random password: ten characters or more with a digit or a symbol, whose capitals fall by chance:
    two or more that start no word ("vYXhypaQz06n", "*7hY@*bi+Ub9T") and two or more switches from lower
    to upper case. CamelCase ("GitHubActions2", "iPhone15Pro") capitalises words; acronyms ("HTTPServer2")
    never switch from lower to upper. No e-mail, path, link or hex hash."""
    if len(val) < 10 or len(val) > 64 or re.search(r"@[\w-]+\.[a-z]|[/\\]|://|[A-Za-z]\.[A-Za-z]", val):
        return False  # an e-mail, a path or link, code's "module.Attribute"
    if re.fullmatch(r"[0-9a-fA-F-]+", val) or not re.search(r"[\d!#$%&*?+=~^@]", val):
        return False
    letters = "".join(c for c in val if c.isalpha())
    word_capitals = len(re.findall(r"[A-Z](?=[a-z]{2})", val))
    stray_capitals = sum(c.isupper() for c in letters) - word_capitals
    rises = len(re.findall(r"[a-z](?=[A-Z])", letters))
    return stray_capitals >= 2 and rises >= 2


def _entropy(s: str) -> float:
    """Shannon entropy in bits per character: random tokens score high, words and repeats low."""
    return -sum(n / len(s) * math.log2(n / len(s)) for n in Counter(s).values()) if s else 0.0


def dictionary_passphrase(val: str) -> bool:
    """Three or more dictionary words joined by dots, dashes or underscores ("moss.ladder.cinema"), as
    password managers generate them."""
    parts = re.split(r"[._-]", val.lower())
    return len(parts) >= 3 and all(p.isalpha() and len(p) >= 2 and p in _words() for p in parts)


def unmistakable_password(val: str) -> bool:
    """Shapes no word, name, handle or identifier has, handed over in any sentence: capitals at random
    ("vYXhypaQz06n"), a symbol inside letters and digits ("lpirgh&j9jx4a"), two words around a number
    ("Stay660Season")."""
    if len(val) < 8 or re.search(r"@[\w-]+\.[a-z]|[/\\]|://|=|\.[A-Za-z]{2,4}$", val):
        return False
    if random_mixed(val):
        return True
    inner_symbol = re.search(r"[A-Za-z0-9][!#$%&*?^~][A-Za-z0-9]", val) or re.match(
        r"[!#$%&*?^~][A-Za-z]", val
    )
    if inner_symbol and re.search(r"[A-Za-z]", val) and re.search(r"\d", val):
        return True
    around = re.fullmatch(r"([A-Za-z]{2,})\d{2,5}([A-Za-z]{2,})", val)
    return bool(around and all(w.lower() in _words() for w in around.groups()) and re.search(r"[A-Z]", val))


# A token in a value's place, whatever the language: it ends its clause or the message ("… hè TOKEN"),
# is followed by one short word and the end (a verb-final "is": "… man TOKEN ast"), or follows a colon.
_VALUE_PLACE = re.compile(
    r"(?:^|(?<=[\s:]))(?P<val>[^\s:\"'`<>()\[\]{}]{8,64})"
    r"(?=[ \t]*(?:$|\n|[,;][ \t])|[ \t]+\w{1,4}[.!?]*[ \t]*(?:$|\n))"
)
_GENERATOR_SYMBOL = re.compile(r"[!#$%&*?+=~^@]")

# A stored password hash is a credential by its format alone, wherever it stands: bcrypt ("$2b$12$…"),
# argon2 ("$argon2id$v=19$m=…"), crypt's MD5/SHA ("$1$", "$5$", "$6$" with a salt), yescrypt ("$y$"),
# LDAP's "{SSHA}…" and Django's "pbkdf2_sha256$…". Cracked offline, each gives the password back.
_PASSWORD_HASH = re.compile(
    r"\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}"
    r"|\$argon2(?:id|i|d)\$(?:v=\d+\$)?m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+(?:\$[A-Za-z0-9+/]+)?"
    r"|\$[156]\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}"
    r"|\$y\$[./A-Za-z0-9]+\$[./A-Za-z0-9]+\$[./A-Za-z0-9]{43}"
    r"|\{(?:SSHA|SSHA256|SSHA512|SHA|SHA256|SHA512|SMD5|MD5)\}[A-Za-z0-9+/]{20,}={0,2}"
    r"|\bpbkdf2_sha(?:1|256|512)\$\d+\$[A-Za-z0-9]+\$[A-Za-z0-9+/]{20,}={0,2}"
)

# A word and a year, as people make passwords ("Bramble1966", "Harbour2019!"), is a secret only where a
# value stands; products and events named with a year ("Windows2000", "Expo2020") are not.
_WORD_YEAR = re.compile(r"[A-Z][a-z]{4,}(?:19[4-9]\d|20[0-3]\d)[!#$%&*?]?")
_NAMED_WITH_YEAR = frozenset(
    {"windows", "office", "server", "studio", "visual", "outlook", "access", "excel", "project", "exchange",
     "expo", "world", "summit", "class", "season", "model", "version", "python", "matlab"}
)  # fmt: skip


def password_hash_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of password hashes in any text, found by their format (`_PASSWORD_HASH`)."""
    for m in _PASSWORD_HASH.finditer(text):
        yield m.start(), m.end()


def word_year_password(val: str) -> bool:
    """A capitalised word of five letters or more and a year, a symbol at most after it ("Bramble1966",
    "Harbour2019!"), the word no product or event that is named with a year."""
    word = re.match(r"[A-Za-z]+", val)
    return bool(_WORD_YEAR.fullmatch(val) and word and word[0].lower() not in _NAMED_WITH_YEAR)


def named_with_year(val: str) -> bool:
    """A product or an event named with a year ("Expo2020", "Windows2000"), no password."""
    m = re.fullmatch(r"([A-Za-z]+)(?:19|20)\d\d", val)
    return bool(m and m[1].lower() in _NAMED_WITH_YEAR)


@cache
def _dictionary_word(word: str) -> bool:
    """A known word of any length ("lamp", "how"): the word lists, or English once per million words
    (wordfreq's Zipf 3.0), as passphrase generators draw theirs from frequent words."""
    if word in _words():
        return True
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= 3.0


# Words of program code: a dotted chain holding one is an attribute or module path ("os.path.join",
# "user.profile.name", "settings.db.password"), never a passphrase.
_CODE_WORDS = frozenset(
    {"self", "this", "env", "environ", "process", "config", "conf", "cfg", "settings", "app", "path", "name",
     "value", "values", "data", "get", "set", "init", "main", "model", "models", "user", "users", "util",
     "utils", "lib", "src", "test", "tests", "api", "http", "json", "yaml", "client", "server", "request",
     "response", "module", "object", "string", "list", "dict", "type", "class", "import", "index", "item",
     "items", "key", "keys", "join", "split", "format", "log", "logger", "error", "file", "files", "dir",
     "args", "params", "props", "state", "store", "event", "events", "handler", "secrets", "vars", "password",
     "token", "secret", "com", "org", "net", "www", "mail", "example", "local", "host"}
)  # fmt: skip


# A language model's name with its size in parameters and a variant after it, maybe an organisation
# before it: "SmolLM2-135M-Instruct.Q4_1", "meta-llama/Llama-3.1-8B-Instruct", "Mixtral-8x7B-v0.1" (a size
# of one to three digits: "Teide-6589m", a mountain and its height, is a password)
_MODEL_NAME = re.compile(
    r"(?:[\w.-]+/)?[A-Za-z][\w.]*(?:-[\w.]+)*?-(?:\d+x)?\d{1,3}(?:\.\d)?[BbM](?:-[\w.]+)+"
)


def model_name(val: str) -> bool:
    """`val` names a language model (Kaizen's own log lines print one) and holds no credential."""
    return bool(_MODEL_NAME.fullmatch(val))


def host_name(val: str) -> bool:
    """Dotted words that end in a public suffix ("shop.london.guide"): a host to type into a browser."""
    return "." in val and all(p.isalpha() for p in val.split(".")) and _known_suffix(val)


def _known_suffix(val: str) -> bool:
    """`val` ends in a public suffix (a TLD like ".com" or ".app"): a host name, not a passphrase."""
    import tldextract.tldextract as _tld

    from privacy.offline import use_offline_suffix_list

    use_offline_suffix_list()
    return bool(_tld.TLD_EXTRACTOR(val).suffix)


def dotted_passphrase(val: str) -> bool:
    """Three or more frequent lower-case words joined by dots, as passphrase generators make them
    ("moss.ladder.cinema"); never a host with a known suffix, a file or a code path ("os.path.join")."""
    parts = val.split(".")
    if len(parts) < 3 or len(parts) > 8:
        return False
    if not all(p.isalpha() and p.islower() and len(p) >= 3 and p not in _CODE_WORDS for p in parts):
        return False
    if mimetypes.guess_type("f." + parts[-1])[0]:  # "notes.backup.txt": a file
        return False
    return all(_dictionary_word(p) for p in parts) and not _known_suffix(val)


def joined_words_password(val: str) -> bool:
    """Dictionary words joined by "+", "-" or "_" with one number at an end, as generators and people make
    passphrases: "tide+orbit+204", "Lantern-harvest-7". A slug or branch name ("fix-login-bug-3") has no
    "+" and no capital next to a lower-case word; "SUMMER-SALE-24" no lower-case word."""
    parts = re.split(r"[-+_]", val)
    if len(parts) < 3 or not all(parts):
        return False
    # the number at an end or between two words ("Strike-863-talk": generators put it anywhere)
    if sum(p.isdigit() for p in parts) != 1:
        return False
    words = [p for p in parts if not p.isdigit()]
    if len(words) < 2 or not all(p.isalpha() and len(p) >= 2 for p in words):
        return False
    # one rarer word may stand among frequent ones ("Kimchi_over_41"): people pick a word they like
    if sum(_dictionary_word(p.lower()) for p in words) < len(words) - (1 if len(words) >= 2 else 0):
        return False
    if len(max((p for p in parts if p.isdigit()), key=len)) > 4:
        return False
    return "+" in val or (any(c.isupper() for c in val) and any(p.islower() for p in words))


def generated_password(val: str) -> bool:
    """A token shaped like a made or generated password, judged on its characters alone so that it holds
    in any language: random capitals, a symbol inside letters and digits or two words around a number
    (`unmistakable_password`), words joined by "+"/"-"/"_" with a number, or all four character classes
    (lower, upper, digit, symbol) in ten characters or more. No link, e-mail, path, file, version, hash,
    UUID, reference ("issue#1234") or code of capitals and digits."""
    if 8 <= len(val) <= 64 and dotted_passphrase(val):
        return True
    if len(val) < 8 or len(val) > 64 or _IDENTIFIER.fullmatch(val):
        return False
    # a link, e-mail, path or file; "key=value" and ";"-joined fields ("5060;branch=z9hG4bK…",
    # "$ANSIBLE_VAULT;1.1;AES256") are a protocol's or a tool's, and "$VAR" a variable
    if re.search(r"@[\w-]+\.[a-z]|[/\\;]|://|\.[A-Za-z]{2,4}$|[A-Za-z]{2}=|^\$", val):
        return False
    if word_year_password(val):
        return True
    if re.fullmatch(r"[A-Za-z]+[#-]?\d+", val):  # "issue#1234", "ticket1234": a reference
        return False
    if unmistakable_password(val) or joined_words_password(val):
        return True
    classes = sum(bool(re.search(c, val)) for c in (r"[a-z]", r"[A-Z]", r"\d", _GENERATOR_SYMBOL.pattern))
    return len(val) >= 10 and classes == 4


# The object of typing or entering something: "just type X and hit enter", "I put X and it let me in".
_TYPED_PLACE = re.compile(
    r"(?i)\b(?:typed|type|typing|put|entered|enter|tried|try|used|use|pasted|paste|(?:punched|keyed)\s+in)"
    r"[ \t]+(?:in[ \t]+)?[\"'`]?(?P<val>[^\s\"'`<>()\[\]{}]{8,64})"
)


def placed_passwords(text: str) -> Iterator[tuple[int, int]]:
    """Spans of generated-password tokens in a value's place (`_VALUE_PLACE`, or typed in: `_TYPED_PLACE`):
    the credential word before them may be in a language no list holds, so only the token's shape and place
    are read."""
    for m in (*_VALUE_PLACE.finditer(text), *_TYPED_PLACE.finditer(text)):
        end = _value_end(text, m.start("val"), m.end("val"))
        if generated_password(text[m.start("val") : end]):
            yield m.start("val"), end


def _value_end(text: str, start: int, end: int) -> int:
    """End of a value without the sentence's closing punctuation (a password's own "!" stays)."""
    while end > start and text[end - 1] in ".,;:)]}\"'" and not text[end - 2 : end - 1].isspace():
        end -= 1
    return end


def context_secrets(text: str) -> Iterator[tuple[int, int, str, float]]:
    """SECRET spans found by credential words of many languages, credential XML elements and
    password-shaped tokens handed over in a sentence about logging in, a code or a door."""
    folded, where = fold_with_map(text)
    for m in _CREDENTIAL_CUE.finditer(folded):
        start = where[m.start("val")]
        end = _value_end(text, start, _raw_end(text, where, m.end("val")))
        val = text[start:end]
        if m["suffix"] and (len(m["word"]) < 6 or (m["word"] + m["suffix"]) in _words()):
            continue  # an inflection of a long word ("gaghtnabary"), never another word ("secretary")
        explicit = m["sep"].strip() in (":", "=") and not m["gap"].strip()
        pin_word = bool(re.match(r"pin|nip|passcode|tunnusluku", m[0]))
        if val.lower() in _words() or re.fullmatch(r"(?i)x+|\*+|•+|your\w*|example\w*|changeme", val):
            continue
        # a handle with no symbol after ":" is a name ("pin: @ana"); one with symbols is a password
        if val.startswith(("$", "{", "%")) or (val.startswith("@") and re.fullmatch(r"@[\w.]+", val)):
            continue
        if m["bare"] is not None:
            if (
                strong_password_shape(val)
                or _PASSPHRASE.fullmatch(val)
                or random_mixed(val)
                or dotted_passphrase(val)
            ):
                yield start, end, "SECRET", 0.88
            continue
        if (
            explicit
            or strong_password_shape(val)
            or random_mixed(val)
            or (pin_word and re.fullmatch(r"\d{4,8}", val))
            or _PASSPHRASE.fullmatch(val)  # "me-my-everybody-3"
        ):
            yield start, end, "SECRET", 0.88
    for m in _QUERY_SECRET.finditer(text):
        val = re.sub(r"%[0-9A-Fa-f]{2}", "", m["val"])  # "%3D" is an escaped "=", no randomness
        if re.search(r"\d", val) and re.search(r"[A-Za-z]", val) and _entropy(val) > 3.5:
            yield m.start("val"), m.end("val"), "SECRET", 0.9
    for m in _XML_SECRET.finditer(text):
        yield m.start("val"), m.end("val"), "SECRET", 0.9
    for m in _XML_NAMED_VALUE.finditer(text):
        if not re.fullmatch(r"(?i)x+|\*+|your\w*|example\w*|changeme|true|false|null|none", m["val"]):
            yield m.start("val"), m.end("val"), "SECRET", 0.9
    for m in _GLUED_PASSWORD.finditer(text):
        yield m.start(), m.end(), "SECRET", 0.7
    for m in _DIGIT_CODE.finditer(text):
        if not _NOT_A_SECRET_CODE.search(text, max(0, m.start() - 30), m.start()):
            yield m.start("val"), m.end("val"), "SECRET", 0.6
    for m in _CODE_IN_OTHER_WORDS.finditer(text):
        name = next(g for g in ("sent", "grouped", "ru", "lock", "its", "texted") if m[g])
        if not _NOT_A_SECRET_CODE.search(text, max(0, m.start() - 30), m.start()):
            yield m.start(name), m.end(name), "SECRET", 0.9
    start = 0
    for stop in [*(m.start() + 1 for m in _SENTENCE_END.finditer(text)), len(text)]:
        sentence = text[start:stop]
        if _CREDENTIAL_TOPIC.search(sentence):
            for m in _HANDOVER.finditer(sentence):
                a = start + m.start("val")
                b = _value_end(text, a, start + m.end("val"))
                if text[a:b].lower() in AUTH_METHODS:
                    continue
                # "grandma's login on the tablet is quenta-family": a login's name with a joiner, named as
                # a login, with no password word before it (not "the account is up-to-date")
                if (
                    not m[0].startswith("=")
                    and login_name_shaped(text[a:b])
                    and re.search(r"[\d._-]", text[a:b])
                    and not all(w in _words() for w in re.split(r"[\d._-]+", text[a:b]) if w)
                    and names_a_login(text[start : start + m.start("val")])
                ):
                    yield a, b, "USERNAME", 0.6
                    continue
                by_word = m[0][:1].isalpha() and re.match(r"(?i)code|pin|passcode|alarm", m[0])
                if by_word and _NOT_A_SECRET_CODE.search(
                    text, max(0, start + m.start() - 30), start + m.start()
                ):
                    continue  # "order code a7x9k2p4", "error code 0x80070005": a reference, not a key
                if (
                    strong_password_shape(text[a:b])
                    or (by_word and dictionary_passphrase(text[a:b]))
                    or (by_word and _PASSPHRASE.fullmatch(text[a:b]))
                ):
                    # "the vufind account for the library is fatima24", "the student ID I log in with is
                    # fyodor23": a sentence that names a login and no password hands over the login
                    if login_name_shaped(text[a:b]) and names_a_login(text[start : start + m.start("val")]):
                        yield a, b, "USERNAME", 0.6
                        continue
                    yield a, b, "SECRET", 0.6  # below any login or format recognizer: the weakest guess
        else:
            for m in _HANDOVER.finditer(sentence):
                a = start + m.start("val")
                b = _value_end(text, a, start + m.end("val"))
                # not "key=value" outside a credential sentence: "branch=z9hG4bK…" is a protocol's id
                if not m[0].startswith("=") and unmistakable_password(text[a:b]):
                    yield a, b, "SECRET", 0.6
        start = stop
    for a, b in password_hash_spans(text):
        yield a, b, "SECRET", 0.95
    for a, b in placed_passwords(text):
        yield a, b, "SECRET", 0.55  # the shape alone: below every cue-read and format recognizer
    for pattern in (_AUTH_VALUE, _SESSION_COOKIE):
        for m in pattern.finditer(text):
            val = m["val"]
            if re.search(r"\d", val) and re.search(r"[A-Za-z]", val) and not val.startswith(("$", "<", "{")):
                yield m.start("val"), _value_end(text, m.start("val"), m.end("val")), "SECRET", 0.9
