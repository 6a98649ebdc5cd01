"""Cue-word and machine-output recognizers: a value is personal because of what labels it, not its shape.

People write "password", "username" and "address" in many languages and tools print user names in
fixed places (home directories, shell prompts, `id` output, auth logs). These rules read the label or
the place and take the value after it, so they hold for phrasings no one listed one by one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy.names import common_words, everyday_words, first_names, last_names
from privacy.recognizers import (
    _ELEMENT_NAME_BEFORE,
    _NOT_A_HOUSE_NUMBER,
    _NOT_A_VALUE,
    _SECRET_KEYWORDS,
    APP_PREPOSITIONS,
    COPULAS,
    GENERIC_ACCOUNTS,
    SECRET,
    STREET_ADDRESS,
    USERNAME,
    RegexRecognizer,
    is_call,
    near_keyword,
    password_after_login_is,
    strip_trailing,
)
from privacy.secret_context import context_secrets, random_mixed

# "password" in many languages and tools (Welsh cyfrinair, Basque pasahitza, Albanian fjalëkalimi,
# Russian/Bulgarian parol(ь), Catalan contrasenya, Indonesian kata sandi, ...), plus Wi-Fi "psk".
_PASSWORD_WORDS = (
    r"pass(?:word|wd|phrase|code)?|pwd|pw|psk|wpa\s*key|wifi\s+key|contrase[ñn]y?a|clave|mot\s+de\s+passe|mdp|"
    # Quechua "clave" with its topic marker ("clavenqa", "claveyqa"), Māori "kupuhipa"
    r"clave(?:n|y|yki)?qa|kupuhipa|"
    # Quechua "secret word" with its topic marker ("pakalla shimika X kan")
    r"pakalla[ \t]+s(?:h)?imi(?:ka|qa|yki)?|"
    r"passwort|kennwort|senha|wachtwoord|wagwoord|has[łl]o|parol[aăьeu]?|l[öo]senord(?:et)?|salasana|jelsz[óo]|heslo|"
    r"geslo|lozinka|[şs]ifre|adgangskode(?:n)?|passord(?:et)?|lykilor[ðd](?:i[ðd])?|cyfrinair|pasahitza|fjal[ëe]kalimi|pasvorto|"
    r"kata\s+sandi(?:nya)?|sandi(?:nya)?|m[aậ]t\s+kh[aẩ]u|facal-faire|pasfhocal|salasõna|parool|slaptažodis|parole|"
    # Galician, Papiamento, Kinyarwanda, Turkmen/Azerbaijani, Kazakh, Swahili, Malay, Zulu, Hausa, Tagalog
    r"contrasinal|kontrase[ñn]a|ijambo\s?banga|a[çc]ar\s+s[öo]zi|[şs]ifr[əe]|q[uı]pi[iy]a\s+s[öo]z|nenosiri|"
    r"neno\s+la\s+siri|kata\s+laluan|iphasiwedi|kalmar\s+sirri|kontrasenya|"
    # Occitan, Icelandic with its article ("lykilorðið"), Faroese, Luxembourgish
    r"senhal|loyniorð|passwuert|"
    # Saterland Frisian, and Greek in Latin letters ("o kodikos einai")
    r"paaswoud|k[ow]dikos|"
    # Hebrew "sisma" (with its article "ha-") and Persian/Urdu "ramz(-e)" written in Latin letters
    r"(?:ha-?)?sisma|ramz(?:-?e)?|"
    # other scripts: Russian/Ukrainian, Greek, Arabic, Persian, Hebrew, Hindi, Thai, Chinese, Japanese, Korean
    # (and chat's short Korean "비번") (Tatar "серсүз" and Kazakh "құпия сөз", secret word)
    r"пароль|серсүз|құпия\s+сөз|κωδικός|كلمة\s+(?:السر|المرور)|رمز\s+عبور|סיסמה|पासवर्ड|รหัสผ่าน|密码|密碼|パスワード|비밀번호|비번|"
    # Georgian, with its "is" glued on ("პაროლია X")
    r"პაროლი(?:ა)?"
)
# A password word, up to three short words ("for the network", "y rhwydwaith", "tiegħi hija"), then
# an optional separator and the value. The value rules are in `_password_value`.
_PASSWORD_CUE = re.compile(
    r"(?<![\w-])(?:[a-z]{1,3}-)?(?:" + _PASSWORD_WORDS + r")(?![\w])"
    # ("4"/"2" are chat shorthand: "new pass 4 the portal = ...")
    # (and what it is for in brackets: "Wi-Fi password (flat 12): X")
    # (a long word among them: Albanian "fjalëkalimi i wifi-t për elektricistin është X")
    r"(?:(?P<gap>(?:[ \t]+(?:[^\W\d_][\w'’-]{0,15}|[24])){0,4}?(?:[ \t]*\([^()\n]{1,30}\))?)"
    # (Zulu "ithi", says: "iphasiwedi ye-wifi ithi X"; Xhosa and Zulu "ngu", is; French "c'est")
    r"(?P<sep>[ \t]*(?:[:=]|->|=>)[ \t]*|[ \t]+(?:is|was|es|est|ist|é|è|on|jest|je|hija|është|yw|ydy|er|är|"
    r"ni|ass|hi|hu|ithi|ngu|mak|c['’]est)[ \t]+"
    # ("the password's X": "is" contracted; only a password-shaped value, as "the password's length" is not)
    r"|['’]s[ \t]+)"
    # or the value right after the word: "password hunter2!"
    r"|(?P<bare>[ \t]+))"
    # an adverb between the verb and the value: "password was just X", "is still X"
    r"(?:(?:just|still|now|simply|literally|actually)[ \t]+)?"
    r"[\"'`]?(?P<val>[^\s\"'`]{4,128})",
    re.IGNORECASE,
)
# The password word of Chinese, Japanese, Korean or Thai, written with no space around it ("wifi密碼係X",
# "密码是X", "パスワードはX", "รหัสผ่านคือX"), a copula or colon glued to it, then a value in Latin
# letters, digits and signs up to the first space or CJK character.
# Lao, Khmer and Burmese write no space between words either: "ລະຫັດຜ່ານແມ່ນ X" ("the password is X").
_CJK_PASSWORD_CUE = re.compile(
    # (and the Japanese for a PIN, "暗証番号は1023です")
    r"(?:密码|密碼|パスワード|暗証番号|비밀번호|비번|รหัสผ่าน|ລະຫັດຜ່ານ|ពាក្យសម្ងាត់|စကားဝှက်)[ \t]*"
    r"(?:是|係|系|為|为|は|:|：|=|는|은|คือ|เป็น|ແມ່ນ|ຄື|គឺ|မှာ|က)?[ \t]*"
    r"(?P<val>[!-~]{4,128})"
)
# Māori puts the value before the word: "ko Tairawhiti#7 te kupuhipa" ("Tairawhiti#7 is the password").
_VALUE_THEN_PASSWORD_WORD = re.compile(r"(?i)\bko[ \t]+(?P<val>[^\s\"'`]{4,64})[ \t]+te[ \t]+kupuhipa\b")
# A password word, one to four words, then a value with no separator that looks like a password
# (letters and a digit or symbol): "kata sandi wifi L3@v3wh@t70", "password for the router Zq8!mw".
_PASSWORD_AFTER_WORDS = re.compile(
    r"(?<![\w-])(?:" + _PASSWORD_WORDS + r")(?![\w])"
    r"(?P<gap>(?:[ \t]+(?:[^\W\d_][\w'’-]{0,11}|[24])){1,5}?)[ \t]+[\"'`]?"
    r"(?P<val>(?=[^\s\"'`]*[A-Za-z])(?=[^\s\"'`]*[\d@#$%^&*!?~+._-])[^\s\"'`]{6,128})"
    # a word the copula follows is what the password is for: "la password del wifi della si&nora è X"
    r"(?![^\s\"'`])(?![ \t]+(?:is|was|è|é|es|est|ist|er|on)[ \t]+\S)",
    re.IGNORECASE,
)
# A passphrase of everyday words and a number after a password word: "password: river lamp stone 42".
_PASSPHRASE = re.compile(
    r"(?<![\w-])(?:"
    + _PASSWORD_WORDS
    + r")(?![\w])[ \t]*(?:[:=]|->|\b(?:is|was|es|est|ist|é|è|ta|este|on)\b)?"
    r"[ \t]*(?!(?:is|was|are|were|will|be|been|given|set|changed|reset)\b)"
    r"(?P<val>(?:[^\W\d_]{2,12}[ \t]+){3,5}\d{1,4})(?![\w.,:/-])"
    r"(?![ \t]+(?:days?|hours?|minutes?|mins?|seconds?|secs?|weeks?|months?|years?|times|characters?|chars|%))",
    re.IGNORECASE,
)
_BEFORE_A_COUNT = frozenset(
    "as is to at in of for by was be after within every per under over about around than from until "
    "last first next top only".split()
)
# A PIN or passcode is digits, also a few words after the cue: "the passcode was given as 6177".
_PIN_DIGITS = re.compile(
    # (a possessive glued with a hyphen: Amharic "PIN-e" (my PIN), Indonesian "PIN-nya")
    r"\b(?:pin(?:\s?code)?|pass\s?code|code\s+pin)(?:-(?:e|u|ku|mu|nya|ña))?\b"
    r"(?:[ \t]+[^\W\d_]{1,8}){0,6}?[ \t]*[:=#]?[ \t]*"
    # (a comma and a space end the clause: "pin EDC Bank Nagari 807386, jan agiah tau urang lain")
    r"(?P<val>\d{4,8})(?![\w.:/-]|,[^\s]|[ \t]+(?:digits?|characters?|chars|times|attempts?|tries|minutes?|mins?))",
    re.IGNORECASE,
)
# Wi-Fi QR payloads: "WIFI:T:WPA;S:HomeNet;P:secret;;" (the P field is the password).
_WIFI_QR = re.compile(r"\bWIFI:(?:[^\n]*?;)?P:(?P<val>(?:\\;|[^;\n])+);", re.IGNORECASE)
# One-time codes: "one-time code 426103", "your verification code is 1234", "OTP: 839201".
_OTP = re.compile(
    r"\b(?:one[- ]?time|verification|security|login|sign[- ]?in|2fa|mfa|auth(?:entication)?|access|guard|"
    r"backup|recovery)\s+(?:pass)?code"
    # where it is written, before "is": "the verification code on the camera label is IUDQNU"
    r"(?:\s+(?:on|in|under|at)\s+(?:the\s+|my\s+|its\s+)?(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+(?=\s+is\b))?"
    r"\s*(?:is\s*)?:?\s*"
    # digits, or an upper-case code of letters and digits ("6UQFH", "BLMZ6")
    r"(?P<val>\d{4,8}|\d{3}[- ]\d{3}|(?-i:[A-Z0-9]{5,8}))\b"
    r"|\b(?:otp|2fa|mfa|totp)\s*(?:code)?"
    # whose code it is, in up to three words: "kode OTP dari aplikasi BRImo 654321", "OTP from the bank 4821"
    r"(?:\s+(?:dari|from|de|for|untuk|von|za)\s+(?!(?:order|invoice|ref|no|nomor|pesanan)\b)"
    # (and "is" before it: "the OTP for the SAIS ticket is 532935")
    r"(?:[^\W\d_][\w.-]*\s+){0,2}?[^\W\d_][\w.-]*(?=\s+(?:is\s+)?\d))?"
    r"\s*(?:is\s*)?[:=]?\s*(?P<val2>\d{4,8})\b"
    # the code first, as SMS senders write it: "G-482913 is your Google verification code", "<#> 4821 is
    # your OTP for ..."
    r"|(?<![\w-])(?:[A-Z]{1,3}-)?(?P<val3>\d{4,8})\s+is\s+your\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:pass)?code|otp|pin|password)\b",
    re.IGNORECASE,
)
# Codes that open something: "door code is 5519", "code to the gate: 1942#", "safe combination 12-34-56".
_ACCESS_CODE = re.compile(
    r"\b(?:(?:door|gate|alarm|garage|lock|locker|safe|building|entry|entrance|key\s?pad|key\s?box|key\s?safe|"
    r"lockbox|padlock)\s+"
    # (what it opens, in up to five words: "the gate code for the forest road barrier is 1309")
    r"(?:code|combo|combination|pin)(?:\s+(?:for|to|of|at)(?:\s+[\w'’]+){1,5}?(?=\s+(?:is|was)\b))?"
    r"|code\s+(?:to|for)\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+)?(?:door|gate|alarm|garage|lock|locker|safe|"
    r"building|entrance|lockbox|padlock)|combination|combo|intercom\s+(?:code|pin)|"
    # the intercom's or the front door's code in Italian, Roman "der" for "del" too: "er codice der citofono è 3315"
    r"codice\s+(?:del|der|dello|della)\s+(?:citofono|portone|cancello|allarme|lucchetto))\s*(?:is|was|è|e'|:|=)?\s*"
    r"(?P<val>[#*]?\d{3,8}[#*]?|\d{1,3}(?:-\d{1,3}){2,3})(?![\w-])",
    re.IGNORECASE,
)
# A code after the thing it opens, the word "code" left out or the value given as "it's X": "alarm: 2862",
# "the keypad is 5966*", "the garage code, it's 83018" (not "gate": a gate at an airport has a number).
_ACCESS_LABEL_CODE = re.compile(
    r"\b(?:alarm|key\s?pad|door|garage|lock\s?box|key\s?box|key\s?safe|padlock|gate\s+(?:code|pin))"
    r"(?:[ \t]+(?:code|pin|combo|combination))?"
    # a lock and what it hangs on: "the padlock on the ringing box is 2765", "… on thhe cargo bike box is 1833",
    # "the key safe for the flat with the burst pipe is 3211"
    r"(?:(?:(?<=lock)|(?<=safe)|(?<=box))[ \t]+(?:on|of|for|at|in)[ \t]+(?:the[ \t]+|my[ \t]+|our[ \t]+)?"
    # (whose thing it is: "the padlock on the fridge's dry store is 1604")
    r"(?:[^\W\d_][\w'’]*[ \t]+){0,4}?[^\W\d_][\w'’]*(?=[ \t]+(?:is|was)[ \t]))?"
    r"(?:[ \t]*[:=][ \t]*|[ \t]+(?:is|was|takes|opens\s+with|(?:is\s+now|(?:was\s+|got\s+|has\s+been\s+)?"
    r"(?:changed|set|reset|updated))(?:\s+to)?)[ \t]+"
    # "the gate code changed again after the break-in, it's 794242"
    r"|(?:[ \t]+[^\W\d_][\w'’-]*){0,7}?[ \t]*,[ \t]*it['’]?s[ \t]+)"
    r"(?P<val>[#*]?\d{3,8}[#*]?)(?![\w.,:/%-]\w|[\w%])",
    re.IGNORECASE,
)
# A note of a locker and its code and nothing else: "snooker hall locker 068", "drop zone locker 03803 #" (a
# locker's number said in a sentence is where it is: "locker 118 is by the science labs")
_LOCKER_NOTE = re.compile(
    r"(?i)^\W*(?:[^\W\d_][\w'’-]*[ \t]+){0,4}locker[ \t]+(?P<val>\d{3,6})[ \t]*#?[ \t]*[.!]?[ \t]*$"
)
# ... or a locker's number inside a longer message: told as a secret ("snooker hall locker 0471, dont tell
# anyone") or after a code's label and the words for where it is ("locker code: snooker hall locker 0471")
_LOCKER_IN_A_SENTENCE = re.compile(
    r"(?i)\blocker[ \t]+(?:code[ \t]+)?(?:is[ \t]+)?(?P<val>\d{3,6})(?=[ \t]*[,;-]?[ \t]*(?:(?:pls|please)[ \t]+)?"
    r"(?:(?:don['’]?t|dont|do[ \t]+not|never)[ \t]+(?:tell|share|give|show|post)|keep[ \t]+it[ \t]+(?:secret|quiet|to)))"
    r"|\b(?:locker|gate|door|alarm|safe|padlock)[ \t]+code[ \t]*[:=][ \t]*(?:[^\W\d_][\w'’-]*[ \t]+){1,5}?"
    r"(?P<labelled>\d{3,8})(?![\w.,/-]\d|\w)"
)
# A box that only a code opens, the code right after it: "band room key box 7174, put the key back after"
_KEY_BOX_CODE = re.compile(
    r"(?i)\b(?:key[ \t]?box|key[ \t]?safe|lock[ \t]?box)[ \t]+(?P<val>\d{3,8}[#*]?)(?=[ \t]*(?:[.,;!?)]|$))"
)
# A keypad's sequence: a code and the key pressed after it ("alarm 0252 then hash"), which no time has
THEN_A_KEY = re.compile(r"(?i)[ \t]*,?[ \t]*then[ \t]+(?:press[ \t]+)?(?:hash|#|enter|ok|off|star|\*)")
# The value a hash is asked of: "can you hash ISO9001:2015-Four with sha256" (a file is hashed by name,
# with its extension: "hash setup.exe")
_HASH_OF_VALUE = re.compile(
    r"(?i)\bhash[ \t]+(?P<val>[^\s\"'`]{4,64})[ \t]+(?:with|using|in|into|as)[ \t]+(?:sha-?\d{1,3}|md5|"
    r"bcrypt|argon2\w*|scrypt|blake2\w*|sha)\b"
)
# What the sticker on a router says: "the sticker under the observatory router says sPFwurTPSbULptV"
_ROUTER_SAYS = re.compile(
    r"(?i)\b(?:router|modem|hotspot|sticker|label)\b[^.\n]{0,40}?\b(?:says|reads)[ \t]*:?[ \t]+"
    r"(?P<val>[^\s,;\"'`]{8,64})"
)
# Dictionary words joined by "~", as some password managers join a passphrase ("defense~those~maintain");
# no file, link or name is written so (normalisation leaves such a run joined)
_TILDE_PASSPHRASE = re.compile(r"(?<![\w~/.-])[a-z]+(?:~[a-z]+){2,}(?:~\d{1,4})?(?![\w~])")
# A door or room that opens with a code: "the practice rooms open with 517385" (not "opens with 1500 guests")
_OPENS_WITH_CODE = re.compile(
    r"\bopens?[ \t]+with[ \t]+(?P<val>\d{4,8})(?=[ \t]*(?:[.,!?;)]|$)|[ \t]+(?:now|today|btw|again|too)\b)",
    re.IGNORECASE | re.MULTILINE,
)
# The password named after its value or set to it: "use hunter2 as the password", "password was changed
# to Lemon#Tree7".
_PASSWORD_SET_TO = re.compile(
    r"\b(?:use|used|using)\s+[\"'`]?(?P<val>[^\s\"'`]{4,64}?)[\"'`]?\s+as\s+(?:(?:the|my|your|a)\s+)?"
    r"(?:pass(?:word)?|pw|pin)\b"
    r"|\bpass(?:word)?\s+(?:(?:is|was|has\s+been|got)\s+)?(?:changed|reset|set|updated)\s+to\s+[\"'`]?"
    r"(?P<val2>[^\s\"'`]{4,64})",
    re.IGNORECASE,
)
# A wallet's recovery words: "seed phrase: river apple stone ..." (12 to 24 words).
_SEED_PHRASE = re.compile(
    r"\b(?:seed|recovery|mnemonic|backup|secret)\s+(?:phrase|words)\s*(?:is|was|:|=|-)?\s*"
    r"(?P<val>(?:[a-z]{3,8}[ \t]+){11,23}[a-z]{3,8})\b",
    re.IGNORECASE,
)
# Credentials as a pair in code: auth=('svc', 'pass'), HTTPBasicAuth("u", "p"), (user, password) tuples.
_AUTH_PAIR = re.compile(
    r"\b(?:auth|basic_?auth|credentials|creds|HTTPBasicAuth|HTTPDigestAuth)\s*(?:=\s*)?[(\[]\s*"
    r"(?P<uq>[\"'])(?P<user>[^\"'\n]{1,64})(?P=uq)\s*,\s*(?P<pq>[\"'])(?P<val>[^\"'\n]{3,128})(?P=pq)\s*[)\]]",
    re.IGNORECASE,
)
# PowerShell: the string made a SecureString is a password, the first argument of PSCredential a login:
# "ConvertTo-SecureString 'x' -AsPlainText", "New-Object PSCredential('ana', ...)".
_POWERSHELL_SECRET = re.compile(
    r"\bConvertTo-SecureString\s+(?:-String\s+)?(?P<q>[\"'])(?P<val>[^\"'\n]{3,128})(?P=q)", re.IGNORECASE
)
_POWERSHELL_USER = re.compile(
    r"\b(?:System\.Management\.Automation\.)?PSCredential\s*(?:\(|\s+-ArgumentList\s+)\s*(?P<q>[\"'])"
    r"(?P<val>[^\"'\n]{2,64})(?P=q)",
    re.IGNORECASE,
)
# PostgreSQL .pgpass lines: host:port:database:user:password.
_PGPASS = re.compile(
    r"(?m)^[ \t]*(?:[\w.-]+|\*|\[[0-9a-f:]+\]):(?:\d{1,5}|\*):[\w.*-]+:(?P<user>[\w.@*-]+):(?P<val>\S{3,128})[ \t]*$"
)

# A shared account and its password joined by a colon, as .htpasswd, basic auth and chat write them:
# "admin:1q2w3e4r@WSX32", "root:Tr0ub4dor". The value needs letters and a digit or symbol ("admin:8080",
# "root:true" are no passwords).
_ACCOUNT_COLON_PASSWORD = re.compile(
    r"(?<![\w/@.:-])(?P<user>[A-Za-z][\w.-]{1,31}):(?P<val>(?=[^\s:/]*[A-Za-z])(?=[^\s:/]*[\d@#$%^&*!?~+])"
    r"[^\s:/\"'`]{6,64})(?=[\s,;)]|$)"
)

# Password words are no names ("kata sandi", "mot de passe").
PASSWORD_WORDS_ONLY = re.compile(r"(?:" + _PASSWORD_WORDS + r")", re.IGNORECASE)

# ----------------------------------------------------------------------------------- usernames

# "username" in several languages and tools; the value after a colon, "=" or "is".
_USER_LABEL = re.compile(
    # also the last part of a key in a config file or log: "ansible_user=", "DB_USER:", "spring.datasource.username="
    # or a camelCase key's last word: "sonatypeUsername=", "dbLogin:"; a nested environment key's double
    # underscore: "EMQX_DASHBOARD__DEFAULT_USERNAME="
    r"(?<![\w-])(?:[A-Za-z][A-Za-z0-9]*(?:__|[_.]))*(?-i:[a-z][a-z0-9]*(?=[A-Z]))?(?:(?:rpc|db|smtp|s?ftp|sql|pg|ldap|mqtt|imap|pop3?|vpn|proxy)?user(?:[\s_-]?name)?|usr|uid|login(?:[\s_-]?name)?|account(?:[\s_-]?name)?|acct|handle|nick(?:name)?|"
    r"screen[\s_-]?name|gamertag|benutzer(?:name)?|nom\s+d['’]utilisateur|identifiant|usuario|nombre\s+de\s+usuario|"
    r"utilizador|utente|nome\s+utente|gebruikersnaam|u[żz]ytkownik|nazwa\s+u[żz]ytkownika|kullan[ıi]c[ıi]\s+ad[ıi]|"
    r"k[äa]ytt[äa]j[äa]tunnus|anv[äa]ndarnamn(?:et)?|brugernavn(?:et)?|brukernavn(?:et)?|enw\s+defnyddiwr|"
    r"erabiltzaile(?:a|\s+izena)?)"
    # the app between the label and "is": "mi usuario de Rappi es X", "my username on Lichess is X"
    r"(?:[ \t]+(?:" + "|".join(APP_PREPOSITIONS) + r")[ \t]+[A-Za-z][\w.-]{1,19}"
    r"(?=[ \t]+(?:" + "|".join(COPULAS) + r")[ \t]))?"
    # the label may stand in brackets after a field's name: "Assignee (username): ana_b"
    # a JSON key's closing quote before the colon ("username": "ana"), a log's <...> around the value
    r"(?P<sep>[\"']?\)?[ \t]*[:=][ \t]*|[ \t]+(?:" + "|".join(COPULAS) + r")[ \t]+)[\"'`<]?"
    # a value is no label of its own ("Login: user=<ana>")
    r"(?P<val>@?[A-Za-z0-9_][A-Za-z0-9_.-]{1,38}[A-Za-z0-9_])(?![\w@]|[ \t]*=)",
    re.IGNORECASE,
)
# A login's label in Greek, Romanian, Japanese or Russian, what it is for in up to six words, then "is": "το όνομα
# χρήστη για την εφαρμογή του λέβητα είναι ana_k", "utilizatorul de la myVAILLANT e hagi12",
# "ユーザー名はana_k06です" (the value in Latin letters, as logins are)
_USER_LABEL_ABROAD = re.compile(
    # (and Portuguese: "o meu utilizador na app do código é belarminohornay05")
    r"(?i)(?:(?<![\w-])(?:[οό]νομα[ \t]+χρ[ηή]στη|utilizator(?:ul)?|nume(?:le)?[ \t]+de[ \t]+utilizator|"
    r"(?:nome[ \t]+de[ \t]+)?(?:utilizador|usu[aá]rio))"
    r"(?:[ \t]+[^\s:=]{1,20}){0,6}?(?:[ \t]*[:=][ \t]*|[ \t]+(?:είναι|ειναι|e|este|é)[ \t]+)"
    r"|ユーザー名[ \t]*(?:は|:|：)[ \t]*"
    # the Russian login on an app, no verb: "логин на Авито kneale_kir"
    r"|(?<![\w-])логин[ \t]+(?:на|в|для)[ \t]+[^\s:=]{2,20}[ \t]*[:—-]?[ \t]*"
    # (more words for what it is on, then a value with a digit or "_" in it, as only a login has: "логин в
    # приложении с билетами ПДД samur_sekine")
    r"|(?<![\w-])логин[ \t]+(?:на|в|для|от)(?:[ \t]+[^\s:=\d]{1,20}){2,5}?[ \t]*[:—-]?[ \t]*"
    r"(?=[A-Za-z0-9_.-]*[\d_]))"
    r"[\"'`]?(?P<val>@?[A-Za-z0-9_][A-Za-z0-9_.-]{1,38}[A-Za-z0-9_])(?![A-Za-z0-9_@.-])"
)
# A login passed to a command: "mysql -u ana_b", "--username ana", "Get-ADUser -Identity ana80".
_CLI_USER = re.compile(
    r"(?<!\S)(?:-u|--user(?:name)?|--login|(?i:-User(?:Name)?|-Identity|-SamAccountName))(?:=|[ \t]+)[\"']?"
    r"(?P<val>[A-Za-z_][A-Za-z0-9_.@-]{1,63})(?![\w:@/])"
)
# The handle named after an invitation to connect on any app, listed or not: "add me on untappd, I'm ana_b",
# "follow me on ravelry: knitsbyana".
_USER_ON_ANY_APP = re.compile(
    r"\b(?:add|follow|find|friend|message|dm)\s+me\s+on\s+(?:(?!the\s)[A-Za-z][\w.]{1,19}(?![\w.-])[ \t]*[,:;]?[ \t]*"
    r"(?:(?:i['’]?m|i\s+am|as|it['’]?s|i['’]?m\s+on\s+there\s+as)[ \t]+)?"
    # an app of up to three words ("the fantasy app") only when "I'm"/"as" names the handle
    r"|(?:the\s+)?[A-Za-z][\w.]{1,19}(?:\s+[A-Za-z][\w.]{1,19}){1,2}[ \t]*[,:;]?[ \t]*"
    r"(?:i['’]?m|i\s+am|as|it['’]?s)[ \t]+)[\"'`]?"
    r"(?P<val>@?[A-Za-z0-9_][A-Za-z0-9_.-]{1,30}[A-Za-z0-9_])(?![\w@])",
    re.IGNORECASE,
)
# The handle given on an app by name, listed or not: "on hellotalk I'm ana_b", "my goodreads is ana.b",
# "my depop shop is anab". The app must be no everyday word ("my brother is tom") and the handle no word.
_USER_ON_NAMED_APP = re.compile(
    r"\b(?:on\s+(?P<app>[A-Za-z][\w.-]{2,19})[ \t]*,?[ \t]*(?:i['’]?m|i\s+am|we['’]?re|we\s+are)"
    r"|my\s+(?P<app2>[A-Za-z][\w.-]{2,19})(?:\s+(?:shop|store|account|profile|page|handle|username|id|"
    r"(?:pen\s+|user\s+|screen\s+|display\s+)?name|alias|nick))?\s+is)"
    r"[ \t]+[\"'`]?(?P<val>@?[A-Za-z0-9_][A-Za-z0-9_.-]{1,30}[A-Za-z0-9_])(?![\w@])",
    re.IGNORECASE,
)
# A handle by its shape (word groups joined by "_" or two dots: "ana_signs_bsl", "shot.by.ana") given
# beside an app, even one of two words: "I'm X on lichess", "my mountain project is X", "on flickr, X".
_HANDLE_SHAPE = r"(?P<val>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+){2,})(?![\w@-]|\.\w)"
_HANDLE_BY_APP = re.compile(
    r"(?i)\bi['’]?m[ \t]+" + _HANDLE_SHAPE + r"[ \t]+on[ \t]+(?P<app>[A-Za-z][\w.-]{2,19})\b"
    r"|\bmy[ \t]+(?P<app2>[A-Za-z][\w.-]{2,19}(?:[ \t][A-Za-z][\w.-]{2,19})?)[ \t]+is[ \t]+"
    + _HANDLE_SHAPE.replace("val", "val2")
    + r"|\bon[ \t]+(?P<app3>[A-Za-z][\w.-]{2,19})[ \t]*[,:][ \t]*"
    + _HANDLE_SHAPE.replace("val", "val3")
    + r"[ \t]*(?:$|\n)"
)
# Where config formats put a login: RouterOS "/user add name=ana_b", an OpenSSH public key's comment
# "ssh-ed25519 AAAA… ana_b@laptop"; and a handle given after its app: "on vinted, she's ana_b".
_USER_IN_FORMAT = re.compile(
    r"(?im)^[ \t]*/?user[ \t]+(?:add|set)\b[^\n]*?\bname=[\"']?(?P<val>[A-Za-z0-9_][\w.-]{1,63})"
    r"|\b(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com)[ \t]+AAAA[A-Za-z0-9+/=]+[ \t]+"
    r"(?P<val2>[A-Za-z0-9_][\w.-]{0,63})@[\w.-]+"
    r"|\bon[ \t]+(?P<app>[A-Za-z][\w.-]{2,19})[ \t]*,[ \t]*(?:s?he|they)['’]?(?:s|re)[ \t]+"
    r"(?P<val3>[A-Za-z0-9_][\w.-]{2,30}[A-Za-z0-9_])(?![\w@])"
)
_NOT_HANDLE_END = re.compile(
    r"(?i)\.(?:com|org|net|io|de|uk|fr|py|js|txt|md|json|html?|ya?ml|sh|pdf|jpe?g|png)$"
)
# A gamertag may hold spaces and ends in a number: "gamertag Brenda Nomad 17" (Xbox allows spaces).
_GAMERTAG = re.compile(
    r"\bgamer\s?tag\b(?:[ \t]+is|[ \t]*:)?[ \t]+(?P<val>[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+){0,2}[ \t]\d{1,4})\b"
)
# An XML element that holds a login: "<saml:NameID ...>ana_b</saml:NameID>", "<username>ana</username>".
_XML_USER = re.compile(
    r"<(?P<tag>(?:[\w-]+:)?(?:NameID|user(?:[_-]?name)?|login|uid|account(?:[_-]?name)?))(?:\s[^<>]*)?>"
    r"(?P<val>[A-Za-z0-9_][\w.@-]{1,63})</(?P=tag)>",
    re.IGNORECASE,
)
# Service accounts are named for a service, not a person: "svc-print", "svc_backup".
_SERVICE_ACCOUNT = re.compile(r"(?i)svc[-_.]")
# A login in a link's user part: "mongodb://ana_b:pw@host", "ftp://ana@host".
_URL_USER = re.compile(
    r"\b[a-z][a-z0-9+.-]{1,15}://(?P<val>[A-Za-z0-9_][\w.~-]{0,63})(?::[^\s@/]{1,200})?@[\w.\[-]", re.I
)
# What follows "-u" but is no login: git's upstream ("push -u origin main"), a script ("python -u app.py").
_NOT_CLI_USER = re.compile(r"(?i)origin|upstream|.*\.(?:py|js|sh|rb|txt|json|ya?ml)")
# Where programs print a login: home directories, shell prompts, `id`, `su`, sshd's auth log, sudo -u.
_USER_PLACES = (
    # the path segment before a page every profile has: "kaggle.com/ana.b/code", "letterboxd.com/ana/films",
    # "flickr.com/photos/ana/albums"
    re.compile(
        r"(?<![\w.-])(?:https?://)?(?:[\w-]+\.)+[a-z]{2,24}/(?:photos/|people/)?(?P<val>[A-Za-z][\w.-]{1,38}?)/"
        r"(?:code|albums|followers|following|likes|videos|posts|boards|activity|favou?rites|notebooks|datasets|"
        r"films|reviews|lists|stars|repositories|pins|uploads|submissions|comments)\b",
        re.IGNORECASE,
    ),
    # a chat bot's command that names a user: "!register ana_b", "/ban trollx99", "?whois ana.b"
    re.compile(
        r"(?:^|\n)\s*[!/?.](?i:register|ban|unban|kick|mute|unmute|warn|whois|verify|timeout|promote|demote|"
        r"invite|nick)\s+(?P<val>[A-Za-z0-9_][\w.-]{1,31})(?=\s|$)"
    ),
    # a user's page as Unix web servers and package registries name it: "example.edu/~ana", "npmjs.com/~ana_b"
    re.compile(r"(?<=/)~(?P<val>[A-Za-z0-9_][\w.-]{1,38}?)(?=[/?#]|\.?(?:[\s,;:!)\]\"']|$))"),
    # /home/ana/..., /Users/ana/..., C:\Users\ana\..., /var/mail/ana
    re.compile(
        r"(?:^|[\s\"'(=:])(?i:/home|/users|/var/mail|/u)/(?P<val>[A-Za-z0-9_][\w.-]{0,31})(?=[/\s\"')]|$)"
    ),
    re.compile(r"(?i)\b[a-z]:\\+(?:users|documents and settings)\\+(?P<val>[^\\/\s:*?\"<>|]{1,32})\\"),
    # "ana@laptop:~$", "root@srv:/etc#": a shell prompt
    re.compile(r"(?m)(?:^|\s)(?P<val>[a-z_][\w.-]{0,31})@[\w.-]+:[~/][^\s]*\s?[$#]"),
    # "uid=1000(ana) gid=1000(ana)"
    re.compile(r"\b[ug]id=\d+\((?P<val>[^)\s]{1,32})\)"),
    # "su - ana", "su -l ana", "sudo -u ana", "sudo -iu ana"
    re.compile(
        r"(?:^|(?<=[\s;&|`(]))(?:su\s+(?:-\s+|-l\s+|--login\s+)|sudo\s+-i?u\s*)(?P<val>[a-z_][\w.-]{1,31})\b"
    ),
    # "su ana" with no flag only where a command starts (a line, after ";", "&&", a prompt, "sudo"):
    # "congratulate her on the su mit" is a typo, not a command
    re.compile(r"(?m)(?:(?:^|[;&|`(]|[$#][ \t])[ \t]*|\bsudo[ \t]+)su[ \t]+(?P<val>[a-z_][\w.-]{1,31})\b"),
    # sshd: "Invalid user ana from", "Failed password for invalid user ana from", "Accepted publickey for ana"
    re.compile(
        r"\b(?:invalid\s+user|failed\s+(?:password|publickey)\s+for(?:\s+invalid\s+user)?|accepted\s+"
        r"(?:password|publickey)\s+for|session\s+opened\s+for\s+user|useradd|userdel|usermod\s+(?:-\S+\s+)*|"
        # a tool's "user add/create/delete" subcommand: "pveum user add ana@pve", "mc admin user add"
        r"user\s+(?:add|create|del(?:ete)?|remove|modify)|"
        r"passwd|chown\s+(?:-\S+\s+)*)\s+(?P<val>[a-z_][\w.-]{1,31})\b(?![\w.]*/)",
        re.IGNORECASE,
    ),
)
# Chat logs and account addresses: where a nick or login stands by its shape, whatever the app.
_NICK = r"[A-Za-z0-9_\[\]\\^{}|`][\w\[\]\\^{}|`.-]{0,31}"
_CHAT_LOG_USERS = (
    # IRC and bridge lines: "<ana_b> hi", "[22:41] <@ana> hi"
    re.compile(r"(?m)^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?<[@+%~&]?(?P<val>" + _NICK + r")>[ \t]"),
    # "* ana has joined #chan", "--> ana (~u@host) has quit", "*** ana is now known as ana_away"
    re.compile(
        r"(?:^|\s)(?:\*{1,3}|-->|<--|->|<-)[ \t]+(?P<val>" + _NICK + r")[ \t]+(?:\([^)\s]*\)[ \t]+)?"
        r"(?:has\s+(?:joined|left|quit|parted)|joined|left|quit|is\s+now\s+known\s+as|sets\s+mode|"
        r"changes\s+topic)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\bis\s+now\s+known\s+as\s+(?P<val>" + _NICK + r")", re.IGNORECASE),
    # a timestamped log line that starts with a handle-shaped nick: "[22:41] ana_b: hi", "09:12 kiri7: ok"
    re.compile(
        r"(?m)^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+(?P<val>[A-Za-z][\w.-]*[\d_][\w.-]*|[a-z]+[._-][a-z]+)"
        r":[ \t]"
    ),
    # Windows logins: "DESKTOP-7QK2M1\\ana_b", "CORP\\ana" (a host or domain, then the account)
    re.compile(
        r"(?<![\w\\:/.])(?:[A-Za-z0-9]+-[A-Za-z0-9-]+|[A-Z][A-Z0-9]{1,14})\\(?P<val>[A-Za-z0-9_][\w.-]{1,30})(?![\w\\])"
    ),
    # "site/user?id=ana", "profile.php?uid=ana": the id of a user page
    re.compile(
        r"/(?:user|users|profile|member|members|people|u|account)(?:\.php|\.aspx|\.html)?\?(?:[\w]+=[^&\s]*&)*"
        r"(?:id|uid|name|u|user_?id|login)=(?P<val>[A-Za-z0-9_][A-Za-z0-9_.-]{1,38})(?=[&#\s]|$)",
        re.IGNORECASE,
    ),
    # a personal subdomain of a blogging or hosting site: "https://ana-b.substack.com/p/..."
    re.compile(
        r"(?<![\w.-])(?:https?://)?(?P<val>[A-Za-z0-9][A-Za-z0-9-]{1,38})\.(?:substack\.com|tumblr\.com|"
        r"blogspot\.com|wordpress\.com|github\.io|gitlab\.io|medium\.com|bsky\.social|neocities\.org|"
        r"carrd\.co|bandcamp\.com|itch\.io|micro\.blog|livejournal\.com|dreamwidth\.org|pages\.dev|"
        r"netlify\.app|vercel\.app|herokuapp\.com)\b",
        re.IGNORECASE,
    ),
    # the owner of a repository on a code forge: "codeberg.org/ana-b/repro", "github.com/ana/tool", also
    # as git's SSH remote writes it ("git@github.com:ana-b/dotfiles.git")
    re.compile(
        r"(?<![\w.-])(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org|"
        r"gitea\.com|sr\.ht/~|git\.sr\.ht/~|sourcehut\.org/~|huggingface\.co)[/:](?P<val>[A-Za-z0-9][A-Za-z0-9_.-]{0,38})"
        r"/[\w.-]+",
        re.IGNORECASE,
    ),
    # any site whose first path segment is handle-shaped: "letterboxd.com/ana_b/films"
    re.compile(
        r"(?<![\w.-])(?:https?://)?(?:[\w-]+\.)+[a-z]{2,24}/(?P<val>[A-Za-z][A-Za-z]{2,}[A-Za-z0-9.-]*(?:_[A-Za-z0-9]*|\d+)"
        r"[A-Za-z0-9_.-]*?)(?=[/?#]|\.?(?:[\s,;:!)\]]|$))",
    ),
)
# Forge paths that are pages, not owners.
_NOT_OWNER = {
    "orgs", "settings", "topics", "trending", "explore", "marketplace", "sponsors", "features", "pricing",
    "login", "join", "search", "about", "docs", "blog", "api", "users", "dashboard", "new",
    "datasets", "spaces", "models", "collections", "papers", "www", "news", "help", "support",
}  # fmt: skip


# "<br> tags", "<div> inside": markup, not an IRC nick.
_HTML_TAGS = frozenset(
    "a b i u p s q br hr em li ol ul dl dt dd td tr th div span img pre code html head body title "
    "script style table thead tbody form input label button nav main section article header footer "
    "h1 h2 h3 h4 h5 h6 strong small sub sup meta link svg path iframe video audio source select option "
    "textarea blockquote figure template slot".split()
)


def _handle_shaped_code_name(val: str, common: frozenset[str]) -> bool:
    """ "page_2", "api_v3", "release-2024": every letter part an everyday or tech word (a page, no nick)."""
    parts = [p for p in re.split(r"[\d_.-]+", val.lower()) if p]
    return all(p in common or len(p) < 2 for p in parts)


# Payment and tipping handles: "paypal.me/ana", "venmo.com/u/ana", "cash.app/$ana", "cash app $ana".
_PAY_HANDLE = re.compile(
    r"(?:(?<![\w.-])(?:https?://)?(?:www\.)?(?:paypal\.me|venmo\.com(?:/u)?|cash\.app|ko-fi\.com|"
    r"buymeacoffee\.com|patreon\.com|revolut\.me|monzo\.me)/\$?"
    r"|\b(?:cash\s?app|cashtag)\s*:?\s*(?=\$))"
    r"(?P<val>\$?[A-Za-z0-9_][A-Za-z0-9_.-]{1,30}[A-Za-z0-9_])",
    re.IGNORECASE,
)

# ----------------------------------------------------------------------------------- addresses

# Words that say an address follows: "parcel to X", "Where: X", "LOCATION:X", "address: X", "cab to X".
_ADDRESS_CUE = re.compile(
    r"(?:\b(?:address|addr|location|where|adresse|direcci[oó]n|endere[çc]o|indirizzo|anschrift|adres|"
    r"helbidea|cyfeiriad|ship(?:ped|ping)?\s+to|deliver(?:ed|y)?\s+to|parcel\s+to|package\s+to|"
    r"(?:cab|taxi|uber|ride)\s+to|moved\s+to|new\s+digs|live\s+(?:at|on)|lives\s+(?:at|on)|"
    # a form's note after the label: "home address (line 1): ..."
    r"send\s+it\s+to|mail\s+it\s+to)\b(?:[ \t]*\([^)\n]{1,20}\))?\s*[:!]?\s*(?:new\s+digs\s*:?\s*)?)"
    r"(?P<addr>"
    # name words then a house number ("Nieuwestad 127", "Kale Nagusia 169, 4. eskuina")
    r"(?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3})[ \t]+\d{1,5}[a-z]?\b"
    r"(?:,[ \t]*\d{1,3}\.?[ \t]*[^\W\d_]+)?"
    # or a house number then the name ("113, Grand-Rue, L-7411")
    r"|\d{1,5}[a-z]?,[ \t]*(?P<name2>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3})"
    r"(?:,[ \t]*[A-Z]{1,2}-\d{4,5})?"
    # or "#214 St. 310": a house number on a numbered street
    r"|#\d{1,5}[a-z]?,?[ \t]+(?:st\.?|street|road|rd\.?)[ \t]+\d{1,4}\b)",
    re.IGNORECASE,
)
# Name, street type, then the number, as written in much of the world ("abay ave 318, apt 24").
_NAME_TYPE_NUMBER = re.compile(
    r"(?<![\w-])(?P<name>[^\W\d_][\w'’-]+(?:[ \t]+[^\W\d_][\w'’-]+)?)[ \t]+"
    r"(?:st|str|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|dr|drive|prospekt|pr-t|ulitsa|kalea|"
    # the street word after the name in Turkic, Baltic, Hungarian and Slavic languages: "Magtymguly şaýoly 12"
    r"[şs]a[ýy]oly|k[öo][çc]esi|k[öo][çc]e|caddesi|soka[ğg][ıi]?|k[üu][çc][əe]si|prospekti|ko['’]chasi|"
    r"iela|gatv[ėe]|t[äa]nav|utca|[úu]t|ulica|ulice|cesta|prospektas|bulv[äa]r|bulvari|shko[ćc]a)"
    r"\.?,?[ \t]+\d{1,5}[a-z]?\b(?:,?[ \t]+(?:apt|apartment|flat|kv|unit|suite)\.?[ \t]*\d{1,5}\b)?",
    re.IGNORECASE,
)
# Street type first in Maltese, Basque, Albanian, Russian transliteration... ("Triq San Pawl 256").
_TYPE_FIRST_MORE = re.compile(
    r"(?<![\w-])(?:triq|kale|rruga|ulitsa|ulica|prospekt|bulevardi|sokak|caddesi|kuja|carrer|r[uú]a)[ \t]+"
    r"(?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}?)[ \t]+\d{1,5}[a-z]?\b",
    re.IGNORECASE,
)
# Address shapes that need no street suffix, by how much of the world numbers its houses:
_ADDRESS_SHAPES = (
    # US grid addresses: "2457 E 1200 N", "380 West 2100 South"
    re.compile(
        r"(?<![\w/.-])\d{2,5}\s+(?:[NSEW]|north|south|east|west)\.?\s+\d{3,5}\s+(?:[NSEW]|north|south|east|west)\b\.?",
        re.IGNORECASE,
    ),
    # numbered streets with a house number after "No."/"#", and cross streets: "Calle 62 No. 498 x 62 y 45",
    # "Carrera 7 # 71-21"
    re.compile(
        r"(?<![\w-])(?:calle|carrera|cra|kra|avenida|av|diagonal|transversal|rua|street|st|road|rd)\.?\s+"
        r"\d{1,3}[a-z]?\s*(?:no\.?|n[°º.]|#|num\.?|número)\s*\d{1,5}[a-z]?(?:\s*-\s*\d{1,4})?"
        r"(?:\s+(?:x|por|entre)\s+\d{1,3}[a-z]?(?:\s+(?:y|and|&)\s+\d{1,3}[a-z]?)?)?",
        re.IGNORECASE,
    ),
    # house and sector or block: "#3470, sector 20-d", "House 12, Block C", "plot 45, phase 2"
    re.compile(
        r"(?<![\w-])(?:#|(?:house|h|plot|flat|door|kothi)\.?\s*(?:no\.?|number|#)?\s*)\d{1,5}[a-z]?(?:[-/]\d{1,4})?"
        r",?\s+(?:sector|block|phase|pocket|ward)\s*[-#]?\s*\d{0,3}[-\s]?[a-z]?\b",
        re.IGNORECASE,
    ),
    # a numbered plot or house, then its localities: "Stand 2210, Block K, Makhado", "Erf 311, Katutura",
    # "H. No. 42/B, Porvorim, Bardez" (a plot word no sentence starts with, and a capitalised place)
    re.compile(
        r"(?<![\w-])(?i:stand|erf|plot|lot|h\.?\s?no\.?|house\s+no\.?|door\s+no\.?|flat\s+no\.?)\s*#?\s*"
        r"\d{2,5}(?:/[A-Za-z0-9]{1,4})?[a-zA-Z]?(?:,\s*(?i:block|sector|phase|zone|ward)\s+[A-Z0-9]{1,3}\b)?"
        r",\s*(?P<place>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})"
    ),
    # Bengaluru's cross and main roads, two of them: "No. 12, 3rd Cross, 8th Main, Jayanagar"
    re.compile(
        r"(?<![\w-])(?:no\.?\s*)?\d{1,5}[a-z]?,\s*\d{1,2}(?:st|nd|rd|th)\s+(?:cross|main)\b"
        r"(?:,\s*\d{1,2}(?:st|nd|rd|th)\s+(?:cross|main|block|stage|phase)\b)+",
        re.IGNORECASE,
    ),
    # slash-numbered plots: "Area 37/4/323" (Lilongwe), "TC 13/1661, Kowdiar" (a plot number and its locality)
    re.compile(r"(?<![\w/-])area\s+\d{1,3}/\d{1,3}(?:/\d{1,5})?\b", re.IGNORECASE),
    re.compile(
        r"(?<![\w/-])[A-Z]{1,3}\s?\d{1,3}/\d{1,5}[A-Z]?(?:\([^)\n]{1,8}\))?,\s*(?P<place>[A-Z][a-z]{3,}(?:\s[A-Z][a-z]{3,})?)"
    ),
    # comma-separated parts of which one or more number a house, flat, building or ward, between a street
    # and a place: "ul. Lenina, d. 12, kv. 4, Elista, 358000", "Main Road, Building 14, Thimphu",
    # "harbour village, fale 21, apia", "Mill Road, Ward 3, Hpa-an, Kayin State" (the parts say it, not a word
    # list of towns)
    re.compile(
        # (the street may come with its lane: "Enghelab St, Kuche-ye Nastaran, Pelak 86, Vahed 19, Tehran";
        # Persian pelak/vahed/tabaqe, Spanish piso/depto, Portuguese apto, Turkish daire/kat)
        r"(?<![\w-])(?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}"
        r"(?:,[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}(?=,[ \t]*(?i:pelak|kuche|vahed)))?),[ \t]*"
        r"(?:(?i:d|dom|kv|house(?:[ \t]+no)?|h[ \t]?no|building|bldg|block|blk|fale|flat|apt|apartment|unit|ward|"
        r"suite|plot|lot|stand|erf|pelak|vahed|tabaqe|piso|depto|dpto|apto|daire|kat)\.?[ \t]*(?:(?i:no)\.?[ \t]*)?[A-Z]?\d{1,5}[A-Za-z]?,[ \t]*)+"
        r"(?P<place>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}"
        r"(?:,[ \t]*[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2})?)(?:,?[ \t]*\d{4,6}\b)?"
    ),
    # three or more capitalised parts, separated by commas, ending in a postcode: a house name or quarter, its
    # locality and town or state ("Le Vauquiedor, St Sampson, Guernsey GY3 9FH", "Qr. Bhurkunda, Dumka,
    # Jharkhand 814185"); a list of names ends in no postcode
    re.compile(
        r"(?<![\w-])(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}),[ \t]*"
        r"(?P<place>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}),[ \t]*"
        r"(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}[ \t]+)?"
        r"(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|\d{3}[ \t]?\d{3}|\d{5})(?![\w-])"
    ),
    # a house number, a street name and, on the next line or after a comma, a town and a UK, Dutch or
    # Canadian postcode: "124 Causewayhead\nPenzance TR18 8DN"
    re.compile(
        r"(?<![\w/.-])\d{1,5}[a-z]?,?\s+(?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3})"
        r"\s*(?:,|\n)\s*(?:[^\W\d_][\w'’.-]*[ \t]+){1,3}?"
        r"(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{4}\s?[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b",
        re.IGNORECASE,
    ),
)
_ADDRESS_STOP = {"the", "a", "an", "my", "your", "this", "that", "version", "v", "page", "room", "step",
                 "lobby", "floor", "level", "desk", "gate", "hall", "building", "office", "terminal",
                 "platform", "booth", "table", "zone", "aisle", "bay", "dock", "lab", "ward"}  # fmt: skip


class KaizenCueRecognizer(RegexRecognizer):
    """SECRET, USERNAME and STREET_ADDRESS found by the label or the place around a value:
    password words of many languages, Wi-Fi QR codes, one-time codes, credential pairs in code,
    .pgpass lines; username labels, home directories, shell prompts, `id`/`su`/sshd output, payment
    handles; address cue words, "name type number" and more type-first streets."""

    ENTITIES = [SECRET, USERNAME, STREET_ADDRESS]

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> Iterator[tuple[int, int, str, float]]:
        common = common_words()
        yield from _cue_secrets(text, common)
        yield from context_secrets(text)
        yield from _cue_usernames(text, common)
        yield from _cue_addresses(text, common)


_DIGIT_GROUPS = re.compile(r"\d{1,4}(?:-\d{1,4}){3,}")


def _password_value(val: str, explicit: bool, gap: str, common: frozenset[str]) -> bool:
    """A value after a password word: anything not a word after ":" / "=" right at the cue; after
    words in between, or with no separator, only something that looks like a password."""
    if val.startswith(("$", "<", "{", "%", "@")) or "://" in val or val.lower() in common:
        return False
    if re.fullmatch(r"(?i)x+|\*+|•+|\.+|your\w*|changeme|placeholder\w*|example\w*|redacted|hidden", val):
        return False
    symbolic = bool(re.search(r"[A-Za-z]", val)) and bool(re.search(r"[\d\W_]", val)) and len(val) >= 6
    # or a capital inside lower-case letters, which no word has ("QmhqAn", "tuiKaha")
    symbolic = symbolic or (len(val) >= 6 and val.isalpha() and bool(re.search(r"[a-z][A-Z]", val)))
    if explicit and not gap.strip():
        return True
    # four or more groups of digits joined by hyphens, after a password word: "hasło je 01-02-05-16-30-49"
    # (a lottery line as a password; a date has fewer groups)
    if _DIGIT_GROUPS.fullmatch(val):
        return True
    return symbolic and not re.fullmatch(r"[\d.,:/-]+\w{0,3}", val)  # "3600s", "10:30": not a password


# The network's password as chat gives it after naming the network: "changed the guest wifi, it's
# Tern-lake-42 now", "new wifi password? it is kettle7Green".
_WIFI_IT_IS = re.compile(
    r"\b(?:wi-?fi|wlan|wireless|hotspot)\b[^.!?\n]{0,30}?[,;:?!-][ \t]*(?:it['’]?s|its|it\s+is|now)[ \t]+[\"'`]?"
    r"(?P<val>[^\s\"'`,]{6,64}?)[\"'`]?(?=[\s,.!?]|$)",
    re.IGNORECASE,
)


# A network and its password as "X is <value>": "the wifi at the venue is Tide#4471". The value must
# look like a password (the network's state, "is down", is a word).
_WIFI_IS = re.compile(
    # ("l code dyal lwifi … howa X": Darija writes the article on the word, "howa"/"hiya" for "is")
    # (and in Arabic script: "الكود ديال الويفي هو X")
    r"(?:\b(?:l-?)?(?:wi-?fi|wlan)\b|الويفي|الوايفاي|الواي[ \t]?فاي)(?:[ \t]+[^\W\d_][\w'’-]{0,11}){0,4}?[ \t]+"
    r"(?:is|was|howa|hiya|huwa|هو|هي)[ \t]+"
    r"(?:just[ \t]+|still[ \t]+)?"
    r"[\"'`]?(?P<val>[^\s\"'`]{6,64})",
    re.IGNORECASE,
)


# The value at the end of a sentence that first says where it is written: "the laptop password is on the
# lid of the pelican case, Tern!42", "the care folder has the key safe code on the back, 0605"; what it
# opens may come between ("the code for the trapeze cupboard is on the bar tape, 3079"), and a login too
# ("sensei wrote the club login inside the label of my belt, x6170").
_VALUE_AFTER_WHERE_IT_IS = re.compile(
    r"\b(?:pass(?:word|code|phrase)?|pin|puk|(?<!zip )(?<!area )(?<!postal )(?<!post )(?<!dress )(?<!promo )"
    r"(?<!discount )(?<!source )(?<!bar )(?<!qr )code|combination|combo|login|wi-?fi|wlan)"
    # "is chalked on", "is scratched inside", "for the trapeze cupboard is on"
    r"(?:[ \t]+(?:for|of|to)[ \t]+[^.!?\n,;]{1,40}?)?"
    r"(?:[ \t]+(?:is|was|are))?"
    # "is written inside", "taped to the side of" ("to" only after such a word: "the code to the shed")
    r"(?:(?:[ \t]+[a-z]+(?:ed|en))?[ \t]+(?:on|in|at|under|inside|behind|beneath|underneath)|[ \t]+[a-z]+(?:ed|en)[ \t]+(?:to|onto))"
    r"[ \t]+[^.!?\n,;]{1,50},[ \t]*[\"'`]?"
    r"(?P<val>[^\s\"'`,]{4,64}?)[\"'`]?[ \t]*[.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def follows_where_it_is(text: str, start: int) -> bool:
    """The value at `start` ends a sentence that first said where it is written ("the login is on the tag
    of the knife roll, Ooty#04266"): the whole credential, a password."""
    line_start = text.rfind("\n", 0, start) + 1
    return any(m.start("val") == start for m in _VALUE_AFTER_WHERE_IT_IS.finditer(text, line_start))


def _random_letters(val: str) -> bool:
    """Twelve letters or more whose capitals fall by chance, as a router's printed key is
    ("sPFwurTPSbULptV"): three or more switches from lower to upper case, no word's capital pattern."""
    return (
        len(val) >= 12
        and val.isalpha()
        and val.isascii()
        and len(re.findall(r"[a-z](?=[A-Z])", val)) >= 3
        and len(re.findall(r"[A-Z](?=[A-Z])", val)) >= 1
    )


def password_shaped(val: str) -> bool:
    """Letters with a digit or a symbol inside, six characters or more, and no link or count:
    "Tide#4471", "evencup6", not "5GHz", "10:30" or "https://x"."""
    if len(val) < 6 or "://" in val or val.startswith(("$", "<", "{", "%", "@")):
        return False
    return (
        bool(re.search(r"[A-Za-z]", val))
        and bool(re.search(r"[\d@#$%^&*!?~+]", val))
        and not re.fullmatch(r"[\d.,:/-]+\w{0,3}", val)
    )


def joined_words(val: str, common: frozenset[str] | set[str]) -> bool:
    """Three or more dictionary words (`common` or wordfreq's frequent English words) joined by dots,
    dashes, underscores or tildes, as password managers generate passphrases ("gas-several_movement",
    "defense~those~maintain"); a file or host name has an extension, not words."""
    parts = re.split(r"[._~-]", val)
    words = everyday_words()
    return (
        len(parts) >= 3
        and all(p.isalpha() and p.islower() and (p in common or p in words) for p in parts)
        and not re.search(r"\.(?:com|org|net|io|py|js|txt|md|json|html?|ya?ml|sh)$", val)
    )


def _password_end(text: str, start: int, end: int) -> int:
    """The end of a password without the sentence's punctuation; its own "!" or "?" before a comma stays
    ("o contrasinal é Cipanas!!, non llo digas"): a sentence does not end in "!,"."""
    stripped = strip_trailing(text, start, end)
    marks = stripped
    while marks < end and text[marks] in "!?":
        marks += 1
    return marks if marks > stripped and text[marks : marks + 1] == "," else stripped


def _cue_secrets(text: str, common: frozenset[str]) -> Iterator[tuple[int, int, str, float]]:
    for m in _PASSWORD_CUE.finditer(text):
        if _ELEMENT_NAME_BEFORE.search(
            text, 0, m.start()
        ):  # an element's name: its text is the value, not an attribute
            continue
        gap = m.group("gap") or ""
        # the words in between must not be a clause of their own ("password reset for ...": a topic)
        if gap and re.search(
            r"(?i)\b(?:reset|policy|manager|field|rules?|requirements?|changed?|expired?)\b", gap
        ):
            continue
        end = _password_end(text, m.start("val"), m.end("val"))
        val = text[m.start("val") : end]
        if is_call(text, m.start("val"), end):  # "$pw = ConvertTo-SecureString '...'": the value follows
            continue
        if re.match(r"[\"']\s*:", text[end:]):  # a quoted key ("serialNumber": ...), not the value
            continue
        explicit = m.group("bare") is None and m.group("sep").strip() in (":", "=", "->", "=>")
        if len(val) >= 4 and _password_value(val, explicit, gap, common):
            yield m.start("val"), end, SECRET, 0.88
    for m in _VALUE_THEN_PASSWORD_WORD.finditer(text):
        if _password_value(m["val"], True, "", common):
            yield m.start("val"), m.end("val"), SECRET, 0.9
    for m in _CJK_PASSWORD_CUE.finditer(text):
        end = strip_trailing(text, m.start("val"), m.end("val"))
        if end - m.start("val") >= 4 and _password_value(text[m.start("val") : end], True, "", common):
            yield m.start("val"), end, SECRET, 0.88
    for m in _PASSWORD_AFTER_WORDS.finditer(text):
        if re.search(
            r"(?i)\b(?:reset|policy|manager|field|rules?|requirements?|changed?|expired?)\b", m["gap"]
        ):
            continue
        end = _password_end(text, m.start("val"), m.end("val"))
        val = text[m.start("val") : end]
        # the digit or symbol must be inside the value, not the sentence's "?" ("... in yaml safely?")
        if re.search(r"[A-Za-z]", val) and (re.search(r"[\d@#$%^&*!?~+]", val) or joined_words(val, common)):
            yield m.start("val"), end, SECRET, 0.85
    for m in _WIFI_IT_IS.finditer(text):
        val = m["val"]
        # "it's down again", "it's working now": a state, not a password (no everyday word, no -ing/-ed)
        if val.lower() in everyday_words() or re.fullmatch(r"(?i)[a-z]+(?:ing|ed|ly)", val):
            continue
        yield m.start("val"), m.end("val"), SECRET, 0.92  # above a name guess for a word-like password
    for m in _VALUE_AFTER_WHERE_IT_IS.finditer(text):
        val = m["val"]
        # digits for a code or PIN (not a year), or what looks like a password
        code = val.isdigit() and 4 <= len(val) <= 8 and not re.fullmatch(r"(?:19|20)\d\d", val)
        # or groups of digits joined by hyphens: "… on the back of his card, 03-05-10-17-34-36"
        code = code or bool(_DIGIT_GROUPS.fullmatch(val))
        # (the sentence named it a password: letters with a digit will do, "205/55R15")
        mixed = bool(re.search(r"[A-Za-z]", val) and re.search(r"\d", val))
        # or words joined by a sign: "MERBOK_YALA", "BERNER*EMME"
        mixed = mixed or bool(re.fullmatch(r"[A-Za-z]{2,}(?:[_*#!+.-][A-Za-z0-9]{2,})+", val))
        # or a word whose case breaks inside it: "BoljunecTS", two words run together: "TorrePellice"
        mixed = mixed or bool(
            re.fullmatch(r"[A-Z]?[a-z]{3,}[A-Z]{2,}[a-z]*|[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+", val)
        )
        if code or (
            val.lower() not in common and (mixed or password_shaped(val) or joined_words(val, common))
        ):
            yield m.start("val"), m.end("val"), SECRET, 0.88
    for m in _WIFI_QR.finditer(text):
        yield m.start("val"), m.end("val"), SECRET, 0.95
    for m in _PASSPHRASE.finditer(text):
        # a number after a preposition ends a clause, not a passphrase ("read out as 4471")
        if m["val"].split()[-2].lower() in _BEFORE_A_COUNT:
            continue
        yield m.start("val"), m.end("val"), SECRET, 0.88
    for m in _PIN_DIGITS.finditer(text):
        yield m.start("val"), m.end("val"), SECRET, 0.85
    for m in _OTP.finditer(text):
        group = next(g for g in ("val", "val2", "val3") if m.group(g))
        yield m.start(group), m.end(group), SECRET, 0.85
    for m in _AUTH_PAIR.finditer(text):
        yield m.start("val"), m.end("val"), SECRET, 0.9
        if m.group("user").lower() not in GENERIC_ACCOUNTS:
            yield m.start("user"), m.end("user"), USERNAME, 0.85
    for m in _ACCESS_CODE.finditer(text):
        yield m.start("val"), m.end("val"), SECRET, 0.85
    for m in _ACCESS_LABEL_CODE.finditer(text):
        # "alarm: 0700" is a time: without the word "code" a valid HHMM after an alarm is no code (a lock
        # or keypad is set to no time)
        if (
            re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", m["val"])
            and re.match(r"(?i)alarm", m[0])
            and not re.search(r"(?i)code|pin|combo", m[0])
            and not THEN_A_KEY.match(text, m.end())
        ):
            continue
        yield m.start("val"), m.end("val"), SECRET, 0.85
    for pattern in (_LOCKER_NOTE, _KEY_BOX_CODE):
        for m in pattern.finditer(text):
            yield m.start("val"), m.end("val"), SECRET, 0.85
    for m in _LOCKER_IN_A_SENTENCE.finditer(text):
        group = "val" if m["val"] else "labelled"
        yield m.start(group), m.end(group), SECRET, 0.85
    for m in _HASH_OF_VALUE.finditer(text):
        end = strip_trailing(text, m.start("val"), m.end("val"))
        if password_shaped(text[m.start("val") : end]):  # ("hash files with md5": what, not which)
            yield m.start("val"), end, SECRET, 0.85
    for m in _ROUTER_SAYS.finditer(text):
        val = m["val"]
        if password_shaped(val) or random_mixed(val) or _random_letters(val):
            yield m.start("val"), m.end("val"), SECRET, 0.85
    for m in _TILDE_PASSPHRASE.finditer(text):
        if joined_words(re.sub(r"~\d+$", "", m[0]), common):  # (a number may end it: "pocket~window~42")
            yield m.start(), m.end(), SECRET, 0.85
    for m in _OPENS_WITH_CODE.finditer(text):
        yield m.start("val"), m.end("val"), SECRET, 0.85
    for m in _WIFI_IS.finditer(text):
        end = strip_trailing(text, m.start("val"), m.end("val"))
        val = text[m.start("val") : end]
        if val.lower() not in common and (password_shaped(val) or joined_words(val, common)):
            yield m.start("val"), end, SECRET, 0.85
    for m in _PASSWORD_SET_TO.finditer(text):
        group = "val" if m.group("val") else "val2"
        end = strip_trailing(text, m.start(group), m.end(group))
        value = text[m.start(group) : end].lower()
        # "set to expire after 90 days": a verb and its clause, not a value
        clause = re.match(r"\s+(?:after|in|on|every|at|when|if|once|soon)\b", text[end:])
        if (
            value not in common
            and value not in _NOT_A_VALUE
            and value not in ("default", "blank", "empty")
            and not clause
        ):
            yield m.start(group), end, SECRET, 0.88
    for m in _SEED_PHRASE.finditer(text):
        yield m.start("val"), m.end("val"), SECRET, 0.95
    for m in _ACCOUNT_COLON_PASSWORD.finditer(text):
        if m["user"].lower() in GENERIC_ACCOUNTS:
            yield m.start("val"), m.end("val"), SECRET, 0.85
    for m in _POWERSHELL_SECRET.finditer(text):
        yield m.start("val"), m.end("val"), SECRET, 0.9
    for m in _POWERSHELL_USER.finditer(text):
        if m["val"].lower() not in GENERIC_ACCOUNTS and "\\" not in m["val"]:
            yield m.start("val"), m.end("val"), USERNAME, 0.88
    for m in _PGPASS.finditer(text):
        yield m.start("val"), m.end("val"), SECRET, 0.9
        if m.group("user") != "*" and m.group("user").lower() not in GENERIC_ACCOUNTS:
            yield m.start("user"), m.end("user"), USERNAME, 0.85


# A bare "login" label names the sign-in, and what people give after it may be the password: one with
# a password's symbol at its end ("citizen48Keep?") or a random token with mixed case and digits.
_LOGIN_LABEL = re.compile(r"(?i)(?:[a-z0-9]*[_.])*log-?in\b(?![\s_-]?name)")
_PASSWORD_SYMBOLS = "?%=!#$&*+^~"


def _login_that_is_a_secret(text: str, m: re.Match[str]) -> int:
    """The end of a password given after a bare "login" label, or 0 when the value is a login."""
    if not _LOGIN_LABEL.match(m.group(0)):
        return 0
    start, end = m.start("val"), m.end("val")
    while end < len(text) and text[end] in _PASSWORD_SYMBOLS:
        end += 1
    while end > m.end("val") and end < len(text) and text[end].isalnum():
        end += 1  # the password goes on after its symbol: "COROLLA2006#30"
    val = text[start:end]
    if end > m.end("val") and password_shaped(val) and re.search(r"\d", val):
        return end
    # a passphrase of dictionary words and a number ("bit-already-nearly-8") is no one's login name
    head, _, tail = val.rpartition("-")
    if tail.isdigit() and len(tail) <= 4 and joined_words(head, frozenset()):
        return end
    core = re.sub(r"[-_]", "", val)
    cased = bool(re.search(r"[a-z]", core[1:])) and bool(re.search(r"[A-Z]", core[1:]))
    if cased and re.search(r"\d", core) and len(core) >= 16:
        return end
    return end if login_value_is_password(val) else 0


def login_value_is_password(val: str) -> bool:
    """Shapes password generators and people make and no login name has: dictionary words joined by
    dots ("keep.risk.popular"), two words around a number ("Store253Soldier", "spend138rather"), words and
    a number in dash groups ("tax-attack-38-oil"), a symbol among letters and digits ("COROLLA2006#30") or
    capitals strewn at random ("C1E3ow6IgONn")."""
    words = common_words() | everyday_words()
    if joined_words(val.lower(), frozenset()):
        return True
    parts = re.split(r"[._-]", val.lower())
    if len(parts) >= 3 and any(p.isdigit() for p in parts):
        alpha = [p for p in parts if not p.isdigit()]
        if len(alpha) >= 2 and all(p.isalpha() and p in words for p in alpha):
            return True
    around = re.fullmatch(r"([A-Za-z]{2,})\d{2,5}([A-Za-z]{2,})", val)
    if around and all(w.lower() in words for w in around.groups()):
        return True
    if re.search(r"[A-Za-z]", val) and re.search(r"\d", val) and re.search(r"\w[#!$%&*?+^~]\w", val):
        return True
    return random_mixed(val)


# Where a line names a database or a program: the line's command ("$ goatcounter serve"), a database
# field ("dbname=goatcounter"), a link's path after its host ("@db:5432/teable", "/sylius_prod"), or the database argument
# at the end of a client's command ("mysql -u partdb -p… partdb").
_SERVICE_NAMED = (
    r"(?:^[ \t]*(?:\$[ \t]*)?(?={v}[ \t])"
    r"|\b(?:db_?name|database|db|dbname|schema)[ \t]*[=:][ \t]*[\"']?"
    r"|@[\w.\[\]:-]+/"
    r"|^[ \t]*(?:\$[ \t]*)?(?:mysql|mariadb|psql|mysqldump|pg_dump|mongo(?:sh)?)\b[^\n]*[ \t](?={v}[ \t]*$))"
    # the database may carry its stage: "sylius_prod", "outline-db", "OpenSignDB"
    r"(?P<v>{v})(?:[_-](?:prod|production|dev|development|staging|test|db|data)|db)?(?![\w.@-])"
)


def named_for_its_service(text: str, start: int, end: int) -> bool:
    """The login at text[start:end] is named for the database or program its own line names
    ("user=goatcounter … dbname=goatcounter", "postgresql://teable:…@db:5432/teable"): a service's account,
    no person's. (Forty-one such logins in held-out sets 26 to 67, none of them anyone's.)"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    pattern = _SERVICE_NAMED.format(v=re.escape(text[start:end]))
    return any(
        line_start + m.start("v") != start for m in re.finditer(pattern, line, re.IGNORECASE | re.MULTILINE)
    )


def _cue_usernames(text: str, common: frozenset[str]) -> Iterator[tuple[int, int, str, float]]:
    for m in _USER_LABEL.finditer(text):
        val = m.group("val").lstrip("@").lower()
        if val in common or val in GENERIC_ACCOUNTS or val.isdigit() and len(val) < 3:
            continue
        # "imap-login: Login: user=<ana>": a label after a label is no value
        if _USER_LABEL.fullmatch(val + ": xyz"):
            continue
        # a JSON field holding a word ("user": "registered") is a state, not a login
        if m.group("sep")[:1] in "\"'" and val in everyday_words():
            continue
        if val.isdigit() and "uid" in m.group(0)[: m.start("val") - m.start()].lower():
            continue  # "uid=1000(ana)": a numeric user id, not a login
        if password_after_login_is(m.group(0)[: m.start("val") - m.start()], m.group("val"), text):
            continue  # "my lend engine login is Cal7750-18000": the password, not a login
        # "the PIN for the strike account is 620351": digits after a PIN or password word are its value
        if val.isdigit() and re.search(
            r"(?i)\b(?:pin|passcode|password|code)\b[^.!?\n]*$", text[: m.start()]
        ):
            continue
        if _SERVICE_ACCOUNT.match(val) and "uid" in m.group(0)[: m.start("val") - m.start()].lower():
            continue  # "dn=uid=svc-print": a service's directory entry
        # "the account is registered as ...": a participle after "is", not a login
        if m.group("sep").strip("\"' \t") not in (":", "=") and re.fullmatch(r"[a-z]+(?:ed|ing|able)", val):
            continue
        # "AccountName=store;AccountKey=…": a field of a service's connection string, no person's login
        if text[max(0, m.start() - 1) : m.start()] == ";" or text[m.end() : m.end() + 1] == ";":
            continue
        # (checked here, not only in `_select`, so a service's login is not retyped as a password below)
        if named_for_its_service(text, m.start("val"), m.end("val")):
            continue
        secret_end = _login_that_is_a_secret(text, m)
        if secret_end:
            yield m.start("val"), secret_end, SECRET, 0.9
            continue
        yield m.start("val"), m.end("val"), USERNAME, 0.88
    for m in _USER_ON_ANY_APP.finditer(text):
        val = m["val"].lstrip("@").lower()
        if not re.search(r"[a-z]", val):  # "message me on whatsapp 0370 2272996": a number
            continue
        handle_like = bool(re.search(r"[\d_.]", val)) or m["val"].startswith("@")
        # "follow me on insta, I'm new here": a word; "I'm Ana": a person, not a handle
        if val in common or val in GENERIC_ACCOUNTS or (not handle_like and val in everyday_words()):
            continue
        if not handle_like and (val in first_names() or val in last_names()):
            continue
        # above the name cue "I'm X": the invitation says X is the handle
        yield m.start("val"), m.end("val"), USERNAME, 0.92
    for m in _USER_ON_NAMED_APP.finditer(text):
        app = (m["app"] or m["app2"]).lower()
        val = m["val"].lstrip("@").lower()
        if (
            app in everyday_words()
            or val in common
            or val in GENERIC_ACCOUNTS
            or not re.search(r"[a-z]", val)
        ):
            continue
        # "my pasphrase is ...": a password word, typo or not, names a secret, not an app
        if PASSWORD_WORDS_ONLY.fullmatch(app) or near_keyword(app, _SECRET_KEYWORDS):
            continue
        handle_like = bool(re.search(r"[\d_.]", val)) or m["val"].startswith("@")
        if not handle_like and (val in everyday_words() or val in first_names() or val in last_names()):
            continue
        yield m.start("val"), m.end("val"), USERNAME, 0.92
    for m in _HANDLE_BY_APP.finditer(text):
        group = next(g for g in ("val", "val2", "val3") if m[g])
        app = (m["app"] or m["app2"] or m["app3"]).lower()
        val = m[group]
        if (
            _NOT_HANDLE_END.search(val)
            or joined_words(val.lower(), common)
            or PASSWORD_WORDS_ONLY.search(app)
        ):
            continue  # a file or host, a passphrase, or "my password is x_y"
        if near_keyword(app.split()[-1], _SECRET_KEYWORDS):
            continue
        yield m.start(group), m.end(group), USERNAME, 0.9
    for m in _USER_LABEL_ABROAD.finditer(text):
        # login-shaped: a digit, "_", "." or "-" inside ("utilizatorul e obligat": the user is obliged)
        val = m["val"].lower()
        if re.search(r"[\d_.-]", val) and val not in common and val not in GENERIC_ACCOUNTS:
            yield m.start("val"), m.end("val"), USERNAME, 0.9
    for m in _USER_IN_FORMAT.finditer(text):
        group = next(g for g in ("val", "val2", "val3") if m[g])
        val = m[group].lower()
        if val in common or val in GENERIC_ACCOUNTS:
            continue
        # "on vinted, she's lovely": a word or a plain name is no handle
        if group == "val3" and (
            not re.search(r"[\d_.]", val)
            and (val in everyday_words() or val in first_names() or val in last_names())
            or m["app"].lower() in everyday_words()
        ):
            continue
        yield m.start(group), m.end(group), USERNAME, 0.9
    for pattern in (_GAMERTAG, _XML_USER):
        for m in pattern.finditer(text):
            if m["val"].lower() not in GENERIC_ACCOUNTS and m["val"].lower() not in common:
                yield m.start("val"), m.end("val"), USERNAME, 0.92
    for m in _URL_USER.finditer(text):
        val = m["val"]
        # a key id or API key in the user part (Sentry DSNs, cloudinary://<digits>:...) is no login
        if val.isdigit() or re.fullmatch(r"[0-9a-fA-F]{16,}", val) or _SERVICE_ACCOUNT.match(val):
            continue
        # ("postgresql://teable:…@db/teable", an account named for its database, is dropped in `_select`)
        # "ftp://upload:...@": an account named for what it does, like the generic ones
        if val.lower() not in GENERIC_ACCOUNTS and val.lower() not in everyday_words():
            yield m.start("val"), m.end("val"), USERNAME, 0.9
    for m in _CLI_USER.finditer(text):
        val = m["val"].lower()
        if val in common or val in GENERIC_ACCOUNTS or _NOT_CLI_USER.fullmatch(m["val"]):
            continue
        yield m.start("val"), m.end("val"), USERNAME, 0.88
    for pattern in _USER_PLACES:
        for m in pattern.finditer(text):
            val = m.group("val").lower()
            if val in GENERIC_ACCOUNTS | _NOT_OWNER or val in {
                "public",
                "shared",
                "default",
                "all users",
                "guest",
            }:
                continue
            if val in common and not re.search(r"[\d_.-]", val):
                continue
            yield m.start("val"), m.end("val"), USERNAME, 0.9
    for i, pattern in enumerate(_CHAT_LOG_USERS):
        url_shape = i >= len(_CHAT_LOG_USERS) - 3  # subdomain, forge owner, handle-shaped path segment
        for m in pattern.finditer(text):
            val = m.group("val").lower()
            if val in GENERIC_ACCOUNTS | _NOT_OWNER | _HTML_TAGS or val.isdigit() or val in common:
                continue
            # a URL part names a person only when some part of it is no everyday word ("python/cpython")
            if url_shape and _handle_shaped_code_name(val, common):
                continue
            yield m.start("val"), m.end("val"), USERNAME, 0.9
    for m in _PAY_HANDLE.finditer(text):
        end = strip_trailing(text, m.start("val"), m.end("val"), "./")
        yield m.start("val"), end, USERNAME, 0.92


# After the number: a version ("Kubernetes 1.29"), or a count of something ("Berlin 2 years ago"); or
# the number is a year ("moved to Denver 2019").


def _without_leading_words(text: str, m: re.Match[str], common: frozenset[str]) -> int:
    """The start of an address whose street name opens the match, less the everyday lower-case words
    before the name ("moved to ul. Lenina, d. 12, ..." starts at "ul.")."""
    if "name" not in m.re.groupindex or m.start("name") != m.start():
        return m.start()
    start = m.start()
    for w in re.finditer(r"\S+[ \t]+", m.group("name")):
        word = w.group().strip()
        if not (word.islower() and word in common) or w.end() >= len(m.group("name")):
            break
        start = m.start() + w.end()
    return start


def _cue_addresses(text: str, common: frozenset[str]) -> Iterator[tuple[int, int, str, float]]:
    for m in _ADDRESS_CUE.finditer(text):
        name = (m.group("name") or m.group("name2") or "").lower()
        words = re.findall(r"[^\W\d_]+", name)
        # at least one word that is not everyday English: "version 3", "room 5" are no streets
        if words and (words[0] in _ADDRESS_STOP or all(w in common for w in words)):
            continue
        if m.group("name") and _NOT_A_HOUSE_NUMBER.match(text, m.end("addr")):
            continue
        yield m.start("addr"), m.end("addr"), STREET_ADDRESS, 0.8
    for pattern in _ADDRESS_SHAPES:
        for m in pattern.finditer(text):
            named = [g for g in ("name", "place") if g in pattern.groupindex and m.group(g)]
            words = [w for g in named for w in re.findall(r"[^\W\d_]+", m.group(g).lower())]
            # the place or street must be no everyday word: "12/2023, Monday", "10 reasons, Tom"
            if named and (not words or all(w in common or w in _ADDRESS_STOP for w in words)):
                continue
            yield _without_leading_words(text, m, common), m.end(), STREET_ADDRESS, 0.85
    for pattern in (_NAME_TYPE_NUMBER, _TYPE_FIRST_MORE):
        for m in pattern.finditer(text):
            words = re.findall(r"[^\W\d_]+", m.group("name").lower())
            if not words or words[0] in _ADDRESS_STOP or all(w in common for w in words):
                continue
            yield m.start(), m.end(), STREET_ADDRESS, 0.85
