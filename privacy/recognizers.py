"""Kaizen's own Presidio recognizers: rule-based detectors for what the small spaCy model misses.

Every recognizer here is offline and regex/list based; scores follow one scale:
0.95-1.0 validated formats (checksums, key prefixes), 0.85-0.9 strong context or full names,
0.6 weaker evidence (a lone first name, a bare national phone number).
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

from faker.providers.address.en_GB import Provider as _GBAddress
from faker.providers.address.en_US import Provider as _USAddress
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import zipf_frequency

from privacy.names import (
    TECH_WORDS,
    common_words,
    core_first_names,
    date_words,
    english_words,
    everyday_words,
    first_names,
    fold_month,
    function_words,
    known_places,
    last_names,
    month_names,
    month_stems,
    small_towns,
    strip_marks,
    well_known_places,
)
from privacy.secret_context import AUTH_METHODS, dotted_passphrase, model_name

# Entity types Kaizen adds to Presidio's.
STREET_ADDRESS = "STREET_ADDRESS"
SECRET = "SECRET"
USERNAME = "USERNAME"
DATE_OF_BIRTH = "DATE_OF_BIRTH"


class RegexRecognizer(EntityRecognizer):
    """Base: subclasses yield (start, end, entity, score) from `spans(text)`."""

    ENTITIES: list[str] = []

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), name=type(self).__name__)

    def load(self) -> None:  # nothing to load
        pass

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> Iterable[tuple[int, int, str, float]]:
        raise NotImplementedError

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out = []
        for start, end, entity, score in self.spans(text, nlp_artifacts):
            if entities and entity not in entities:
                continue
            if end > start:
                out.append(
                    RecognizerResult(
                        entity,
                        start,
                        end,
                        score,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
        return out


def _has_context(
    text: str,
    start: int,
    end: int,
    words: re.Pattern[str],
    before: int = 48,
    after: int = 24,
    typos_of: frozenset[str] = frozenset(),
) -> bool:
    """True when `words` occur near text[start:end]; `typos_of`: keywords also accepted with one typo."""
    head, tail = text[max(0, start - before) : start], text[end : end + after]
    if typos_of:
        head, tail = _spelled_out(head, typos_of), _spelled_out(tail, typos_of)
    return bool(words.search(head) or words.search(tail))


def strip_trailing(text: str, start: int, end: int, chars: str = ".,;:!?)]}\"'") -> int:
    """The end of text[start:end] without trailing punctuation (a sentence's full stop is no part of it)."""
    while end > start and text[end - 1] in chars:
        end -= 1
    return end


# ------------------------------------------------------------------------------------ keyword typos

_LETTERS = re.compile(r"[A-Za-z]+")


def _one_edit_apart(a: str, b: str) -> bool:
    """True when `a` becomes `b` by one dropped, added, changed, or two swapped adjacent letters."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1 :]


def _swapped(a: str, b: str) -> bool:
    """True when `a` is `b` with two adjacent letters swapped ("dbo" for "dob")."""
    diff = [i for i in range(len(a)) if a[i] != b[i]] if len(a) == len(b) else []
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


@lru_cache(maxsize=8192)
def near_keyword(word: str, keywords: frozenset[str]) -> str | None:
    """The keyword `word` spells, allowing one typo ("paswsord", "passwrod", "brithday", "whatsap").

    Keywords of five letters or more take any single edit; shorter ones only a swap of two adjacent
    letters ("dbo"), because one changed letter turns them into other words. Everyday words that happen
    to be one edit away ("passed", "taken") are never keywords.
    """
    w = word.lower()
    if w in keywords:
        return w
    if len(w) < 3 or w in common_words():
        return None
    for k in range(1, len(w)):  # a doubled letter, the commonest slip on short words: "pww", "borrn"
        if w[k] == w[k - 1] and w[:k] + w[k + 1 :] in keywords:
            return w[:k] + w[k + 1 :]
    for k in sorted(keywords):
        if (len(k) >= 5 and len(w) >= 5 and _one_edit_apart(w, k)) or (len(k) < 5 and _swapped(w, k)):
            return k
    return None


def _spelled_out(text: str, keywords: frozenset[str]) -> str:
    """`text` with each word that is a one-typo spelling of a keyword replaced by the keyword."""
    return _LETTERS.sub(lambda m: near_keyword(m.group(), keywords) or m.group(), text)


# --------------------------------------------------------------------------------------------- names

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*")
# Phrases after which the next word(s) are very likely a name, even lower case and unknown.
_NAME_TRIGGER = re.compile(
    r"(?:\bmy\s+name\s+is|\bmy\s+name'?s|\bname\s*(?:\([^)\n]{0,40}\)\s*)?:|\bname\s+is|\bcall\s+me|\bcalled|\bnamed|\bi\s+go\s+by|"
    # Swahili "name" fields and "my name is": "Jina kamili:", "Jina la mwangalizi:", "jina langu ni"
    r"\bjina(?:\s+la\s+[^\W\d_]+|\s+kamili)?\s*:|\bjina\s+langu\s+ni|"
    # Mizo "ka hming chu" (my name is)
    r"\bhming\s+chu|"
    # a Danish, Norwegian, Swedish or Dutch form's name field, whose name before it: "Patientens navn:",
    # "Achternaam, voornaam:", "Förnamn:"
    r"\b(?:[^\W\d_]+s[ \t]+)?(?:navn|namn|naam|fornavn|efternavn|etternavn|f[öo]rnamn|efternamn|voornaam|"
    r"achternaam(?:,[ \t]*voornaam(?:en)?)?)\s*:|"
    # "signed Ana", not "the signed deed"
    r"(?<!the )(?<!\ba )\bsigned|\bregards,?|\bsincerely,?|\bmr\.?|\bmrs\.?|\bms\.?|\bdr\.?|\bprof\.?|"
    # a name field of JSON or YAML: "name": "X", full_name: X
    # (and whose name a record holds: "customer_name", "guest_name", "tenant_name")
    r"\b(?:full|first|last|display|given|family|middle|maiden|legal|preferred|customer|client|guest|patient|"
    r"buyer|seller|tenant|owner|contact|recipient|sender|member|student|employee|passenger|cardholder|holder|"
    r"guardian|parent|mother|father|child|pupil|spouse|guarantor)?"
    r"[_ ]?name[\"']\s*[:=]|"
    # message headers and greetings that name a person: "cc: X", "attn X", "happy birthday X"
    r"\b(?:b?cc|attn|to|from|fao)\s*:|\battn\.?|(?:^|\n)[ \t]*b?cc|"
    # "bill to:" in French, Spanish, Italian and German invoices: "FACTURE À : X", "Rechnung an: X"
    r"\b(?:factur(?:e|ée?|ado|ata|ar)|livr(?:er|aison|é)|rechnung|lieferung)\s+(?:[àa]|an|para)\s*:|"
    # an Italian invoice "made out to": "Fattura intestata a: X"
    r"\bintestat[ao]\s+a\s*:|"
    # lists of people: "attendees: A, B and C" (the rest follow by coordination)
    r"\b(?:attendees|participants|invitees|speakers|present|absent|assignees?|reviewers?|owners?)\s*:|"
    # who a form or booking is about: "Patient: X", "Passenger 1: X", "Referring physician: X"
    r"\b(?:patient|passenger|guest|buyer|seller|tenant|landlord|applicant|candidate|student|pupil|guardian|"
    r"employee|customer|physician|doctor|agent|driver|beneficiary|policyholder|insured|travell?er|witness|"
    r"cardholder|account\s+holder|next\s+of\s+kin|emergency\s+contact|caregiver|carer|deckhand|skipper|"
    r"client|owner|handler|breeder|exhibitor|stylist|therapist|rider|jockey|trainer|physio|carer|"
    r"guarantor|lodger|occupant|house-?sitter|"
    # a hunting tag's or a permit's holder, and a South African form's "Initials and surname:"
    r"(?:tag|permit|licen[cs]e)?[ \t]*issued[ \t]+to|(?:permit|licen[cs]e|tag)[ \t]+holder|initials[ \t]+and[ \t]+surname|"
    # a birth record's midwife and parents, in English and the Romance and German registers
    r"midwife|partera|parteira|sage-femme|hebamme|mother|father|madre|padre|m[èe]re|p[èe]re|mutter|vater|"
    # the same in other languages: a German tenant, a Spanish rider, a Polish borrower
    r"mieter(?:in)?(?:[ \t]+[^\W\d_]+)?|jinete|wypo[żz]yczaj[ąa]c[ya]|rechnungsempf[äa]nger(?:in)?|"
    # an Italian report's "reported by"
    r"segnalat[oa][ \t]+da|"
    # an Indonesian or Malay form's name, reporter, applicant, recipient and sender: "pelapor: haerul"
    r"nama(?:[ \t]+(?:lengkap|penuh))?|pelapor|pemohon|penerima|pengirim|"
    # a translation's credit or a sworn translator's stamp: "Translator: X", "Traduttore giurato: X"
    r"(?:sworn\s+|certified\s+)?(?:translator|interpreter|tradutt(?:ore|rice)|traduct(?:or|ora|eur|rice)|"
    r"[üu]bersetzer(?:in)?)(?:\s+(?:giurat[oa]|jurad[oa]|assermenté?e?|vereidigte?r?))?|"
    r"crew\s+member)(?:\s+#?\d{1,2})?\s*:|"
    # who a calendar invite, commit, ticket or message header names: "Organizer: X", "Author: X",
    # "Signed-off-by: X", "ORGANIZER;CN=X"
    r"\b(?:organi[sz]er|author|committer|reporter|requester|requested\s+by|sender|recipient|"
    r"signed-off-by|co-authored-by|reviewed-by|acked-by|reported-by)\s*:|👤|"
    # roles that only a person fills, in records, notices and invitations, whatever the punctuation:
    # "the complainant, X,", "Informant: X", "in loving memory of X", "née X", "RSVP to X"
    r"\b(?:complainant|informant|deceased|decedent|defendant|plaintiff|claimant|testat(?:or|rix)|executor|"
    r"executrix|accused|respondent|petitioner|officiant|celebrant|bride|groom|maid\s+of\s+hono(?:u)?r|"
    r"best\s+man|pall-?bearers?|donor|n[ée]e|rsvp\s+to|in\s+(?:loving\s+)?memory\s+of|statement\s+of|"
    r"survived\s+by|predeceased\s+by|(?:son|daughter|widow|widower|wife|husband)\s+of|"
    # South Asian records' "son of", "daughter of", "wife of", "baby of": "S/O Ghulam Rasool", "B/O Bashiran"
    r"[sdwb]/o)\b[\s,:;(\-–—]*$|\bCN=|\bhappy\s+birthday,?|\bcongrat(?:s|ulations),?(?:\s+to)?)\W*$",
    re.IGNORECASE,
)
# Dutch and Low Saxon uncle and aunt ("ome Herm", "tante Gerda"), and a godparent in Trinidad and in the
# Romance languages ("Nennen Ivy", "padrino Tito"): kinship words that say a name follows.
# Acadian and Québécois French grandparents, as the valley says them: "mémère Lucille", "pépère Donat".
KINSHIP_WORDS_OTHER = (
    "ome|oom|tante|nennen|nenen|parrain|marraine|padrino|madrina|padrinho|madrinha|m[ée]m[èe]re|p[ée]p[èe]re|"
    # Finnish grandparents, aunt and uncle ("pappa Dale", "täti Aino"), as the Upper Peninsula says them
    "pappa|mummu|mummo|vaari|ukki|t[äa]ti|set[äa]|"
    # Russian uncle and aunt, said of any older man or woman: "дядя Аюр", "тётя Сэсэг"; a grandmother's
    # title ("баба Зина"; "бабушка" alone is the word for her), the Ukrainian and Rusyn uncles and aunt
    # ("вуйко Степан", "тітка Оля")
    # (and a grandfather's, "дед Антип", as "баба Зина")
    "дядя|тётя|тетя|баба|дед|вуйко|вуйна|стрийко|дядько|тітка"
)
_KINSHIP_WORDS = (
    r"uncle|aunt|auntie|aunty|sister|brother|cousin|cuz|grandma|grandpa|granny|" + KINSHIP_WORDS_OTHER
)
# A kinship word right before: "aunt May", "Nennen Ivy" (a name that is an everyday word too).
_KIN_CUE = re.compile(r"(?i)\b(?:" + _KINSHIP_WORDS + r")\s*$")
# Someone giving their own name: "my name is Grace", "call me Hunter".
_OWN_NAME_CUE = re.compile(r"(?i)\b(?:my\s+name\s+is|my\s+name'?s|call\s+me|i\s+go\s+by)\s*$")
# who fills a role, said with "is": "our coach is wendell fairweather-nkosi", "the new vet is …"
ROLE_IS = (
    r"\b(?:my|our|the|his|her|their)\s+(?:new\s+|old\s+)?(?:coach|trainer|tutor|captain|pastor|priest|vet|"
    r"midwife|mechanic|plumber|driving\s+instructor|caretaker|agent)\s+is"
)
# "I'm X" / "this is X": X is a name unless it looks like an adjective or verb ("I'm tired", "this is amazing").
_STRONG_TRIGGER = re.compile(
    r"(?:\bi\s*'?\s*a?m|\bim|\bi\s+am|\bthis\s+is|"
    r"\bit'?s|\bthanks,?|\bcheers,?|"
    r"\bsincerely,?|\bmr\.?|\bmrs\.?|\bms\.?|\bmiss|\bdr\.?|\bprof\.?|\bfrom\s*:|\bsent\s+by|"
    # kinship and religious titles right before a name: "uncle dieula", "Sister Mengia", "Fr. Okafor"
    r"\b(?:" + _KINSHIP_WORDS + r"|pastor|imam|rabbi|fr\.|sr\.|nurse|coach|captain|professor)|"
    # film and concert credits: "dir. Said Guinia", "cond. Ana Ruiz", "directed by X"
    r"\b(?:dir|cond)\.|\b(?:directed|conducted)\s+by|"
    r"\bsay\s+(?:hi|hello|hey)\s+to|\b(?:now\s+)?(?:chatting|speaking|talking)\s+(?:with|to)|"
    r"\b(?:missed\s+call|voicemail|message|text|call|invite|invitation|request)\s+from|\bnominat(?:e|ed|ing)|\bwho\s+is|\bwho'?s|\bgive\s+my\s+(?:love|regards|best)\s+to|"
    r"\bmy\s+(?:wife|husband|son|daughter|mom|mum|dad|mother|father|brother|sister|friend|boss|"
    r"colleague|partner|girlfriend|boyfriend|neighbou?r|teacher|doctor|cousin|uncle|aunt|grandma|grandpa|"
    r"landlord|landlady|tenant|manager|coworker|co-worker|roommate|flatmate|ex|nanny|therapist|lawyer|dentist)"
    r"(?:\s+is)?(?:\s+called|\s+named)?|" + ROLE_IS + r")\W*$",
    re.IGNORECASE,
)
_ROLE_IS_BEFORE = re.compile(ROLE_IS + r"\W*$", re.IGNORECASE)


def name_cue_before(text: str, start: int) -> bool:
    """A cue phrase that says a name follows ends right before `start`: "my name is", "my friend",
    "Dr.", "uncle"."""
    before = text[max(0, start - 40) : start]
    return bool(_NAME_TRIGGER.search(before) or _STRONG_TRIGGER.search(before))


# Weaker: the next word is a name only if it is a known name or capitalised in mixed-case text.
_WEAK_TRIGGER = re.compile(
    r"\b(?:hi|hello|hey|dear|ask|tell|met|meet|with|to|and|by|for|from|told|asked|called|emailed|texted|add|"
    r"added|loop(?:ing)?\s+in|looped\s+in|intern|between|meeting|"
    r"thank|thanks|love|miss|visit|visited|saw|see|know|knows|about|owe|owes)\W*$",
    re.IGNORECASE,
)
# Verbs whose object is a person, not a place ("ask Kibet", "tell Oduya"; unlike "visit", "from").
_PERSON_VERB = re.compile(
    r"\b(?:ask|asked|tell|told|met|meet|thank|thanks|called|emailed|texted|remind|ping|pinged|invite|invited|owe|owes|"
    r"hi|hello|hey|dear|add|added|loop(?:ing)?\s+in|looped\s+in|according\s+to|intern|cc|"
    # prepositions that take a person more often than a place ("dinner with X", "a gift for X")
    r"thanks\s+to|thank\s+you\s+to|with|for|between|meeting|about|next\s+to|hello\s+to|hi\s+to|"
    r"props\s+to|kudos\s+to|shout\s*-?outs?\s+to)\W*$",
    re.IGNORECASE,
)
# Words right after a name that make a preceding unknown word a name ("wakeeta said ...").
_AFTER_NAME = re.compile(
    r"^\s*(?:(?:just|also|never|already|still|finally)\s+)?"
    r"(?:said|says|told|asked|texted|called|emailed|wrote|replied|lives|works|thinks|wants|loves|likes|"
    r"cancell?ed|canceled|posted|sent|joined|left|came|mentioned|liked|commented|reacted|shared|invited|"
    r"tagged|accepted|declined|wants\s+to\s+connect|is\s+inviting|sent\s+you|"
    # stream and social events: "mendel subscribed with prime", "x raided the channel"
    r"subscribed|resubscribed|raided|cheered|donated|gifted|followed\s+you|"
    # "said" in other languages: "hat gesagt", "a dit", "dijo", "ha detto", "disse", "zei"
    r"hat\s+gesagt|sagt|a\s+dit|dit\s+que|dijo|ha\s+detto|disse|zei|"
    # a display name before its mail address: "Ana Ruiz <ana@x.org>"
    r"<[^>\s@]+@[^>\s]+>|\((?:mailto:)?[^()\s@]+@[^()\s]+\)|here\s*(?:[,!.]|\W*$|\s+(?:👋|from|again))|"
    # pronouns after a name, and joining a group: "iryna (she/her)", "add losa to the group chat"
    r"\((?:she|he|they|ze|xe)/(?:her|him|them|hir|xem)\)|"
    r"to\s+the\s+(?:group|chat|channel|team|call|thread|meeting|convo|server|invite|dm)\b|"
    # what only people do in notices and event logs: "X has entered the waiting room", "X passed away"
    r"has\s+(?:entered|joined|left)\b|passed\s+away|died\b|was\s+born|is\s+moving|got\s+engaged|"
    # a lodger's comings and goings, a signature for the keys: "Yurreipam moves in", "lizzie signed for"
    r"mov(?:es|ed)\s+(?:in|out)\b|signed\s+for\b|"
    r"is\s+typing|"
    # "MUKAI has the pta's bank login": a login, a key or a password is held by a person
    r"has\s+(?:the|our|my|their|his|her)\s+(?:[\w'’]+\s+){0,3}?(?:logins?|account|password|passcode|pin|keys?)\b|"
    r"keeps\s+(?:leaving|calling|texting|messaging|ignoring|ghosting|bugging|sending)|got\s+(?:promoted|married|engaged|fired|hired|divorced)|"
    # "Bhattacharya (my cousin) is visiting"
    r"\((?:my|our)\s+(?:cousin|friend|boss|colleague|neighbou?r|sister|brother|aunt|uncle|niece|nephew|"
    r"flatmate|roommate|partner|wife|husband|son|daughter|mom|dad|mum|grandma|grandpa)\)|"
    r"is\s+my|was\s+my|and\s+i\b|and\s+me\b|'s\s+(?:(?:new|old|own)\s+)?(?:mom|mum|dad|wife|husband|birthday|house|"
    r"phone|number|email|wedding|party|funeral|graduation|kids?|son|daughter|brother|sister|friend|car|dog|cat|"
    r"place|laptop|computer|bike|desk|office|room|flat|apartment|address|parents|family|boyfriend|girlfriend|"
    r"partner|baby|mother|father|boss|team|idea|fault|turn|account|cell|mobile))"
    # after punctuation ("here," / "here!") there is no word boundary to match
    r"(?:\b|(?<=[,!.)]))",
    re.IGNORECASE,
)
# "Mr", "Mrs" and "Sister" of other languages, written before a name (scrub.py's titles include them)
FOREIGN_TITLES = frozenset(
    "pan pani paní pane herr frau fru frk hr mevr dhr mme mlle monsieur madame señor señora senor senora "
    "senhor senhora gospodin gospođa gospa zuster schwester broeder bruder "
    # Italian titles of a profession ("il geom. Cernetig", "dott.ssa"), Friulian and Venetian "sior"/"siore"
    # (Mr, Mrs), Asturian "tíu"/"tía" (uncle, aunt: said of any older man or woman) and Minangkabau "Uda"
    # (elder brother: said to any young man, a waiter too)
    "signor signora dott dottor geom avv sior siore siora tíu tía uda "
    # the Danish, Norwegian and Swedish dentist and doctor before a surname ("tandlæge Mathæussen")
    "tandlæge tannlege tandläkare læge lege läkare "
    # Portuguese "mano" (brother: said to any young man, in Mozambique and Brazil)
    "mano".split()
)
_TITLE_DOT = {
    "frk": r"\.", "hr": r"\.", "mevr": r"\.", "dhr": r"\.", "mme": r"\.?", "mlle": r"\.?",
    "dott": r"(?:\.|ssa\.?|oressa|ore)?", "geom": r"\.?", "avv": r"\.",
}  # fmt: skip
# one of those titles as written, with its dot where it takes one
FOREIGN_TITLE_WORD = (
    r"(?i:"
    + "|".join(re.escape(t) + _TITLE_DOT.get(t, "") for t in sorted(FOREIGN_TITLES, key=len, reverse=True))
    + r")"
)
_FOREIGN_TITLE_NAME = re.compile(
    r"(?<![\w.])" + FOREIGN_TITLE_WORD + r"[ \t]+"
    # a Dutch or German particle belongs to the surname: "zuster de Boer"
    r"(?P<val>(?:(?:de|van|van[ \t]+der|van[ \t]+den|ter|ten|den|der|von|zu)[ \t]+)?"
    r"[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž]+(?:[-'’][A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž]+)?)(?![\w@#])"
)
# ... and in lower case, a given name the lists know after a Portuguese or Spanish title: "senhor jeremias
# diz que …", "doña maría"
_ROMANCE_TITLE_LOWER_NAME = re.compile(
    r"(?<![\w.])(?:senhor|senhora|señor|señora|senor|senora|dona|doña|dom|don)[ \t]+(?P<val>[a-zß-ÿā-ž]{3,})(?![\w@#])"
)
# a letter of the Ethiopic script (its punctuation, "።" and "፣", follows at U+1360)
_ETHIOPIC_LETTER = r"[\u1200-\u135a]"
# Amharic titles in the Ethiopic script, then the given name: "ወ/ሮ ጽዮን" (Mrs Tsion), "አቶ ተስፋዬ" (Mr
# Tesfaye), "ዶ/ር" (Dr). Only the given name: the next word is as often the sentence's.
_ETHIOPIC_TITLE_NAME = re.compile(
    r"(?<![\u1200-\u137f/])(?:አቶ|ወ/ሮ|ወይዘሮ|ወ/ሪት|ወይዘሪት|ዶ/ር)[ \t]+"
    # (not "means", "is", "are", "and": "ወ/ሮ ማለት ወይዘሮ ነው", "W/ro" means "Weyzero")
    r"(?!(?:ማለት|ነው|ናቸው|እና)(?!" + _ETHIOPIC_LETTER + r"))"
    r"(?P<val>" + _ETHIOPIC_LETTER + r"{2,})(?!" + _ETHIOPIC_LETTER + r")"
)
# A Japanese given name before its honorific, in text that is not Japanese around it: "えみちゃん's mum",
# "陸くん". Kinship and trade words take the honorifics too ("お母さん" mother, "赤ちゃん" baby, "大家さん"
# landlord): not names.
# the honorifics after a Japanese given name or surname (chan, kun, kun, san, sama, sensei)
JAPANESE_HONORIFICS = "ちゃん|くん|君|さん|様|先生"
# ... and the one Indian English writes after a name: "Hungyo sir", "Shimray ma'am"
ENGLISH_HONORIFICS_AFTER = r"sir|ma['’]?am|madam"
_JAPANESE_HONORIFIC_NAME = re.compile(
    r"(?<![\u3040-\u30ff\u4e00-\u9fff々])(?P<val>[\u3040-\u30ff\u4e00-\u9fff々]{1,6}?)"
    r"(?:" + JAPANESE_HONORIFICS + r")(?![\u3040-\u30ff\u4e00-\u9fff々])"
)
_JAPANESE_NOT_NAMES = frozenset(
    "赤 皆 奥 坊 嬢 大家 店員 運転手 看護師 医者 先生 社長 部長 課長 おばあ おじい おば おじ ばあ じい "
    "おにい おねえ にい ねえ".split()
)
# A Turkic name with "son of" or "daughter of" after the father's name: Kyrgyz "Aibek Nurlan uulu",
# "Айпери Бектур кызы", Kazakh "uly"/"qyzy", Azerbaijani and Uzbek "oğlu"/"qızı", "oʻgʻli" (any case)
_TURKIC_PATRONYMIC_NAME = re.compile(
    r"(?<![\w'’ʻ-])(?P<val>(?:(?P<given>[^\W\d_][\w'’ʻ-]*)[ \t]+)?(?P<father>[^\W\d_][\w'’ʻ-]*)[ \t]+"
    r"(?i:uulu|kyzy|uly|qyzy|ogl[uı]|oğlu|q[ıi]z[ıi]|kizi|o['’ʻ‘]?g['’ʻ‘]?li|уулу|кызы|улы|қызы|оглы|кизи))"
    r"(?![\w'’ʻ-])"
)
# A Korean name: a surname and a two-syllable given name, then an honorific, a kinship word or a particle
# that only follows a person ("윤승우 씨가", "송민준 한테", "김민수님", "박서연 언니"). Korean writes it with
# no space or one; three syllables, as nearly all Korean names are (most everyday nouns are two).
_KOREAN_SURNAMES = (
    "남궁|황보|제갈|선우|독고|서문|김|이|박|최|정|강|조|윤|장|임|한|오|서|신|권|황|안|송|류|유|전|홍|고|문|양|손|"
    "배|백|허|남|심|노|하|곽|성|차|주|우|구|민|진|나|지|엄|채|원|천|방|공|현|함|변|염|여|추|도|소|석|선|설|마|길|"
    "연|위|표|명|기|반|왕|금|옥|육|인|맹|제|모|탁|국|은|편|용|예|경|봉|사|부|가|복|태|목|계|피|두|감|음|빈|동|온|"
    "호|범|좌|팽|승|간|상|갈"
)
# the honorifics and particles Korean may glue to a name ("김민수님", "송민준한테")
KOREAN_HONORIFICS_GLUED = "씨|님|한테|에게|께서"
_KOREAN_NAME_BEFORE_HONORIFIC = re.compile(
    r"(?<![\uac00-\ud7a3])(?P<val>(?:" + _KOREAN_SURNAMES + r")[\uac00-\ud7a3]{2})"
    r"(?:[ \t]?(?:" + KOREAN_HONORIFICS_GLUED + r")|[ \t](?:형|누나|언니|오빠|선배|군|양)(?![\uac00-\ud7a3]))"
)
# three-syllable words that start like a surname and take the same particles: kin, pets, trades
_KOREAN_NOT_NAMES = frozenset(
    "남동생 여동생 이모부 고모부 고양이 강아지 배달원 상담원 안내원 경비원 공무원 연구원 사무원 간호사 간병인 "
    "가정부 도우미 우리집 이웃집 동생들 사람들 부모님 손님들 주인장 선생들 아이들 가족들 할머니 할아버지 "
    "마음씨 아저씨 아가씨 하나님 선생님 교수님 사장님 부장님 과장님 원장님 기사님 고객님 목사님 회장님".split()
)
# a letter of a script with no capitals, its vowel signs and points too (Python's \w has no combining marks)
_CASELESS_LETTER = r"[^\W\d_A-Za-z]|[\u0900-\u0dff\u0e00-\u0e7f\u0591-\u05c7\u064b-\u065f]"
# a name field in a script with no capitals, and the rest of its line: "성명: 전동현", "नाम: राम सिंह",
# "নাম: ঝুমা দত্ত", "पेंशनभोगी: गोविंद सिंह राणा" (the Latin-letter fields are `_FIELD_LINE_NAME`'s)
_NATIVE_NAME_FIELD = re.compile(
    r"(?m)(?:^|(?<=[\n,;]))[ \t]*(?:성명|이름|환자|보호자|신청인|नाम|पूरा[ \t]नाम|पेंशनभोगी|आवेदक|लाभार्थी|"
    # (whose name: "आवेदक का नाम:", the applicant's; an owner: "वाहन स्वामी:", the vehicle's owner)
    r"[\u0900-\u097f]+[ \t](?:का|की|के)[ \t]नाम|(?:[\u0900-\u097f]+[ \t])?(?:स्वामी|मालिक)|"
    r"নাম|পুরো[ \t]নাম|ਨਾਮ|நாம|பெயர்|పేరు|ಹೆಸರು|പേര്|નામ|ନାମ|الاسم|اسم|שם|姓名|氏名|ชื่อ|"
    # Amharic "ስም" (name), whose name it is before it: "የወላጅ ስም:" (the parent's name)
    r"(?:" + _ETHIOPIC_LETTER + r"+[ \t])?ስም)[ \t]*[:：][ \t]*"
    r"(?P<val>(?:" + _CASELESS_LETTER + r"){2,}(?:[ \t](?:" + _CASELESS_LETTER + r"){2,}){0,3})[ \t]*$"
)
# ... and a Russian form's "full name" field (ФИО) or a first-name field, in any case, with initials too:
# "ФИО: С. М. Иванов", "Имя: Айпери"; a Greek form's too ("Ονοματεπώνυμο: Παρασκευή Κατσάνου", full name)
_CYRILLIC_NAME_FIELD = re.compile(
    # (and who a Russian order or parcel is for or from: "Заказчик: Кодзоева Т. Я.")
    r"(?m)(?:^|(?<=[\n,;]))[ \t]*(?:ФИО|Ф\.[ \t]?И\.[ \t]?О\.|Имя|Фамилия|Исм|Аты-жөнү|Заказчик|Клиент|Покупатель|"
    r"Получатель|Отправитель|Читатель|Пациент|Пациентка|Ученик|Ученица|Арендатор|Владелец|"
    r"(?i:ονοματεπ[ωώ]νυμο|[οό]νομα|επ[ωώ]νυμο))[ \t]*[:：][ \t]*"
    r"(?P<val>(?:[А-ЯЁΑ-Ω]\.[ \t]?){0,3}[А-ЯЁа-яёӐӖҪӲӑӗҫӳӘӨҮҢәөүңΆ-Ͽ][\w'’-]*"
    r"(?:[ \t]+(?:[А-ЯЁΑ-Ω]\.|[А-ЯЁа-яёӐӖҪӲӑӗҫӳӘӨҮҢәөүңΆ-Ͽ][\w'’-]*)){0,3})[ \t]*$"
)


def _no_word_nor_place(word: str) -> bool:
    """`word` (lower case) is rare in English text (below 2.5 on wordfreq's Zipf scale: "installer" 2.9,
    "Akosua" 1.4, so in no list of English words, which start at 3.0), in no other word list (everyday,
    function words of any language, tech) and names no place: left to be a name."""
    return not (
        zipf_frequency(word, "en") >= 2.5
        or word in common_words()
        or word in everyday_words()
        or word in known_places()
        or word in TECH_WORDS
        or any(word in stop for stop in function_words().values())
    )


# Who comes from a place, at a sentence's start, then what they do: "Adong from Gulu is the dental officer",
# "tuperna from nuuk booked a scale and polish" (the word before "from" no everyday word and no place)
_PERSON_FROM_PLACE = re.compile(
    r"(?m)(?:^|(?<=[.!?][ \t]))(?P<val>[^\W\d_]{3,})[ \t]+from[ \t]+(?P<place>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)"
    r"[ \t]+(?:is|was|booked|needs|wants|has|had|will|called|said|asked|paid|sent|came|does|did|can|could|"
    r"brought|left|took|says|texted|rang|lost|forgot|got|bought|borrowed|returned)\b"
    # or a contact list's line: "ubokobong from Uyo, phone 0813 059 0777"
    r"|(?:^|(?<=[.!?][ \t]))(?P<listed>[^\W\d_]{3,})[ \t]+from[ \t]+(?P<listed_place>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)"
    r"[ \t]*,[ \t]*(?:phone|tel|mobile|cell|whatsapp|number|ph)\b"
)
# ... or an unknown capitalised word opening a sentence before what only a person does: "Posimani booked an
# emergency appointment" (no verb a firm does too: "Hubtel texted me", "Zoho sent an alert", "Vodacom rang")
_PERSON_DOES = re.compile(
    r"(?m)(?:^|(?<=[.!?][ \t]))(?P<val>[A-Z][a-z]{2,})[ \t]+(?:booked|paid|asked|wants|needs|forgot|lost|"
    r"brought|borrowed|promised|dropped[ \t]+off|picked[ \t]+up)\b"
)
# Georgian writes names in Mkhedruli, which has no capitals. A surname by its ending, "-ძე" or "-შვილი" (most
# Georgian surnames, in any case: "-ძის", "-შვილმა"), with the given name before it: "ნანული გვარამაძე" ("შვილიშვილი"
# is a grandchild)
_GEORGIAN = "\u10d0-\u10ff"
_GEORGIAN_SURNAME_NAME = re.compile(
    rf"(?<![{_GEORGIAN}])(?:(?P<given>[{_GEORGIAN}]{{3,}})[ \t]+)?"
    rf"(?P<surname>(?!შვილიშვილ)[{_GEORGIAN}]{{2,}}(?:ძე(?:ს|მ|ზე|თან|ო)?|ძის|შვილ(?:ი|ის|ს|მა|თან|ზე|ო)))(?![{_GEORGIAN}])"
)
# ... or a given name after a kin word or title: "ბაბუა თეიმურაზი" (grandpa Teimurazi), "ქალბატონი ნანა" (Mrs);
# a name there ends in a vowel, as the nominative does, and is no everyday word ("ბებია ხვალ მოვა": grandma
# comes tomorrow)
_GEORGIAN_KIN_NAME = re.compile(
    rf"(?<![{_GEORGIAN}])(?:ბაბუა|ბებია|ბატონ[იო]?|ქალბატონ[იო]?|ძია|ბიძა|ბიძია|დეიდა|მამიდა|ბიცოლა|ექიმ[იო]?)"
    rf"[ \t]+(?P<val>[{_GEORGIAN}]{{3,}}[იაოე])(?![{_GEORGIAN}])"
)
_GEORGIAN_NOT_NAMES = frozenset(
    "მოვა მოვიდა წავიდა წავა იყო იქნება არა ხვალ დღეს გუშინ ისევ უკვე მუდამ ძალიან კარგია ცუდია აქაა იქაა "
    "ამბობდა ელოდება ელოდა მოდიოდა მიდიოდა ჩამოვიდა გამოვიდა შემოვიდა დაგვირეკა დარეკა თქვა მითხრა ცოცხალია".split()
)
# the words that stand before a surname and are no given name: my, your, his, our, this, that, Mr, Mrs, and
# a word in a place's case ("ქუთაისში", in Kutaisi; "-ზე", on; "-დან", from; "-თან", at)
_GEORGIAN_NOT_GIVEN = re.compile(
    r"ჩემი|შენი|მისი|ჩვენი|თქვენი|მათი|ეს|ის|ეგ|ამ|იმ|ბატონ[იო]?|ქალბატონ[იო]?|.*(?:ში|ზე|დან|თან|ით|ად)"
)


def _names_in_georgian(text: str) -> Iterator[tuple[int, int, str, float]]:
    """PERSON in Georgian script: a surname by its ending with the given name before it, or a given name after
    a kin word or title."""
    if not re.search(f"[{_GEORGIAN}]", text):
        return
    for m in _GEORGIAN_SURNAME_NAME.finditer(text):
        given = m["given"] and not _GEORGIAN_NOT_GIVEN.fullmatch(m["given"])
        yield m.start("given" if given else "surname"), m.end("surname"), "PERSON", 0.88
    for m in _GEORGIAN_KIN_NAME.finditer(text):
        if m["val"] not in _GEORGIAN_NOT_NAMES:
            yield m.start("val"), m.end("val"), "PERSON", 0.88


# A Hindi given name that opens a sentence before a kin word or "ji": "हरिनंदन काका फिर से गेट के सामने …"
# (uncle Harinandan); not "मेरे काका" (my uncle): the pronouns and kin of _NOT_SUBJECT_NAMES are no name
_DEVANAGARI_NAME_BEFORE_KIN = re.compile(
    r"(?m)(?:^|(?<=[.!?।][ \t]))(?P<val>[\u0900-\u097f]{2,}(?:[ \t][\u0900-\u097f]{2,})?)"
    r"(?=[ \t](?:काका|काकी|चाचा|चाची|भैया|भइया|दीदी|मामा|मामी|मौसी|बुआ|दादा|दादी|नाना|नानी|जी|साहब|बाबू)"
    r"(?![\u0900-\u097f]))"
)
# A Russian role, then one to three capitalised words: "наш инструктор Мусаиб Шихбабаев заболел", "тренер
# Гюльнара сказала" (what the role is of may come between: "инструктор по вождению Мусаиб")
_RUSSIAN_ROLE_NAME = re.compile(
    r"(?<![\w-])(?i:инструктор|тренер|врач|доктор|учитель|учительница|преподаватель|водитель|мастер|сосед|"
    r"соседка|директор|начальник|бухгалтер|менеджер|механик|администратор|парикмахер|медсестра|няня|"
    r"репетитор|стоматолог|нотариус|курьер|хозяин|хозяйка|арендодатель)(?:[ \t]+по[ \t]+[а-яё]+)?[ \t]+"
    r"(?P<val>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[ \t]+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){0,2})(?![\w-])"
)
# One to three initials, a surname's particles, the surname: "S.S. van Putten", "J. de Vries"
_INITIALS_NAME = re.compile(
    r"(?<![\w.])(?:[A-Z]\.[ \t]?){1,3}(?:(?:van|von|de|der|den|ter|ten|da|di|du|del|la|le|dos)[ \t]+){0,2}"
    r"[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž'’-]+"
)
_FIELD_LINE_NAME = re.compile(
    r"(?m)^(?P<head>[^\n:]{2,40}:)[ \t]*(?P<val>[^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,}){1,3})[ \t]*[.!]?[ \t]*$"
)
_EMPTY_FIELD_WORDS = frozenset(
    "none unknown tbc tbd tba pending vacant anonymous anon same above below see not yet n/a na nobody "
    "nil null empty redacted withheld private".split()
)
_THE_ONE_WHO = re.compile(
    r"[ \t]+(?:is|was)[ \t]+(?:the[ \t]+(?:one|person|guy|girl|woman|man|lady)[ \t]+who\b"
    # "Cobo is looking after the cats": minding someone or something is what people do
    r"|(?:looking[ \t]+after|minding|babysitting|(?:pet|dog|cat|house)-?sitting)\b)",
    re.I,
)
# "Hungyo sir is the pg owner", "Shimray ma'am takes the rent": Indian English puts the honorific after
# the name
_HONORIFIC_AFTER = re.compile(r"[ \t]+(?:" + ENGLISH_HONORIFICS_AFTER + r")\b(?![ \t]*[,:])", re.IGNORECASE)
# ... and the kinship word South and Central Asia put after a given name: "Gulnora opa", "Rinku didi",
# "TANUSREE MASHI", "Sudipta kaku" (an older sister, aunt or uncle, said of anyone that age)
KIN_WORDS_AFTER = (
    r"didi|dada|bhaiy?ya|bhai|masi|mashi|mausi|kaku|kaka|kaki|pishi|jethu|chacha|chachi|opa|aka|apa|baji|"
    r"bhabhi|ji|"
    # Kyrgyz and Kazakh "agai" and "eje", Chuvash "pichche" and "appa", Mizo "nu" (the mother of), and the
    # same in Cyrillic: "Talant agai", "Микулай пичче", "Mawii nu"
    r"agai|agay|eje|pichche|appa|nu|агай|эже|апа|ака|пичче|аппа|"
    # Sakha: "Сэмэн таай" (mother's brother), "эдьиий" (elder sister), "убай" (elder brother), "эбээ" and "эһэ"
    # (grandmother, grandfather), "балыс" (younger sister)
    r"таай|эдьиий|убай|эбээ|эһэ|балыс|"
    # Buryat "абгай" (elder sister, aunt) and "ахай" (elder brother): "Дулма абгай", "Dugar akhai"
    r"абгай|ахай|abgai|akhai|"
    # Tatar and Bashkir "апай" (aunt, elder sister) and "абый" (uncle, elder brother), Erzya "патя" (elder
    # sister) and "леля" (elder brother): "Альфия апай", "Антип леля"
    r"апай|абый|патя|леля|apay|abyi"
)
_KIN_AFTER = re.compile(r"[ \t]+(?:" + KIN_WORDS_AFTER + r")\b(?![ \t]*[,:])", re.IGNORECASE)
_ALIAS_AFTER = re.compile(
    r"[ \t]*\((?:radio|call[ \t]?sign|nick(?:name)?|aka|a\.k\.a\.?|alias|handle)[ \t]*[:=]?[ \t]+[^()\n]{1,30}\)",
    re.IGNORECASE,
)
_DETERMINERS = {
    "the",
    "a",
    "an",
    "my",
    "your",
    "his",
    "her",
    "our",
    "their",
    "its",
    "this",
    "that",
    "these",
    "those",
}
_NOT_NAME_SUFFIX = re.compile(r"(?:ing|ed|ly|ful|ous|ive|able|ible|ish|less|ic|ical|est|ness|ment|y)$")
_PARTICLES = {
    "da",
    "de",
    "del",
    "della",
    "der",
    "di",
    "do",
    "dos",
    "du",
    "la",
    "le",
    "van",
    "von",
    "bin",
    "al",
    "st",
    "mc",
}
_NOT_NAME_POS = {"VERB", "AUX", "ADJ", "ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PART", "INTJ"}


# A Zulu or Xhosa married woman called by "Ma" and her own clan's name, glued: "MaShezi", "MaNdlovu";
# Haitian and Québécois "Ti-" ("little") before a given name makes a nickname: "Ti-Wil", "Ti-Jean"
_GLUED_NAME_FORM = re.compile(
    r"(?<![\w'’@#./-])(?:Ma[A-Z][a-z]{3,}|Ti-[A-Z][a-zàâçéèêëîïôûùüÿ]{2,})(?![\w'’@-])"
)


# A Russian name with its patronymic, in any case and order: "ШАКИРОВ РАМИЛЬ РАДИКОВИЧ", "гарипов фанис
# маратович", "Фанис Маратович" (how one addresses an elder). The feminine short adjectives in "-ична"
# ("отлична") count only capitalised.
_CYRILLIC_WORD = r"[А-ЯЁа-яё][а-яё]+|[А-ЯЁ]{2,}"
_PATRONYMIC = re.compile(
    r"(?i:[а-яё]+(?:ович|евич|ьич|овна|евна)(?:а|у|ем|ом|е|ой|ы)?)|[А-ЯЁ][а-яё]*ичн(?:а|ой|е|у)|[А-ЯЁ]+ИЧН(?:А|ОЙ|Е|У)"
)
_CYRILLIC_NAME_WORD = re.compile(rf"(?:{_CYRILLIC_WORD})(?:-(?:{_CYRILLIC_WORD}))?")
_RUSSIAN_STOP = frozenset(
    "и а но я ты он она мы вы они это что как где когда вот ну да нет не на в с по к у о от до за для из "
    "мой моя наш наша ваш его её их папа мама дед бабушка сын дочь брат сестра дядя тётя тетя".split()
)


def _russian_names_with_patronymic(text: str) -> Iterator[tuple[int, int, str, float]]:
    """The given name and the patronymic after it, with the family name before them ("Шакиров Рамиль
    Радикович") or, written in capitals, after them ("Рамиль Радикович Шакиров")."""
    words = list(re.finditer(r"[^\s,.;:!?()«»\"]+", text))

    def name_word(i: int) -> bool:
        return (
            0 <= i < len(words)
            and bool(_CYRILLIC_NAME_WORD.fullmatch(words[i].group()))
            and words[i].group().lower() not in _RUSSIAN_STOP
        )

    def next_to(i: int, j: int) -> bool:  # only spaces between two neighbouring words
        return not text[words[i].end() : words[j].start()].strip()

    def same_case(i: int, j: int) -> bool:  # "Закирова" with "Гульнара", not "ЭКЗАМЕН" with "Рамиль"
        a, b = words[i].group(), words[j].group()
        return (a.isupper(), a.islower(), a[0].isupper()) == (b.isupper(), b.islower(), b[0].isupper())

    for i, w in enumerate(words):
        if not (_PATRONYMIC.fullmatch(w.group()) and name_word(i - 1) and next_to(i - 1, i)):
            continue
        start, end = i - 1, i
        if name_word(i - 2) and next_to(i - 2, i - 1) and same_case(i - 2, i - 1):
            start = i - 2
        elif (
            name_word(i + 1)
            and next_to(i, i + 1)
            and not words[i + 1].group().islower()
            and same_case(i + 1, i)
        ):
            end = i + 1
        yield words[start].start(), words[end].end(), "PERSON", 0.9


class KaizenNameRecognizer(RegexRecognizer):
    """PERSON in any case: context phrases ("my name is", "I'm", "call me", ...) and first/last-name lists."""

    ENTITIES = ["PERSON"]

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> Iterator[tuple[int, int, str, float]]:
        first, last, common = first_names(), last_names(), everyday_words()
        core_first = core_first_names()
        raw = text
        text = ocr_letters(text)  # same length: every offset still points into the real text
        spacy_person = _spacy_person_chars(nlp_artifacts)
        letters = [c for c in text if c.isalpha()]
        one_case = bool(letters) and (all(c.isupper() for c in letters) or all(c.islower() for c in letters))
        pos = _pos_by_start(nlp_artifacts)
        words = list(_WORD.finditer(text))
        for m in _GLUED_NAME_FORM.finditer(raw):
            yield m.start(), m.end(), "PERSON", 0.9
        yield from _russian_names_with_patronymic(raw)

        def low(i: int) -> str:
            return words[i].group().lower().replace("’", "'")

        def is_cap(i: int) -> bool:
            w = words[i].group()
            return not one_case and w[0].isupper() and not w.isupper()

        def known(i: int) -> bool:
            w = low(i)
            return (w in first or w in last) and w not in common

        def nameish(i: int, strong: bool) -> bool:
            w = re.sub(r"'s$", "", low(i))  # "son's" is "son"
            if w in common or w in TECH_WORDS or len(w) < 2:
                return False
            # a scan's misread digit sits in a name written like one ("Ma1ual", "GURBAN0WA"); in lower
            # case amid mixed-case text, a word with a digit is a value ("it's b1gdrum")
            if (
                not one_case
                and not words[i].group()[0].isupper()
                and re.search(r"\d", raw[words[i].start() : words[i].end()])
            ):
                return False
            if w in first or w in last:
                return True
            if is_cap(i):
                return True
            if not strong:
                return False
            tag = pos.get(words[i].start())
            return tag in ("PROPN", "NOUN", "X") or (
                tag not in _NOT_NAME_POS or not _NOT_NAME_SUFFIX.search(w)
            )

        curated = common_words()

        def cued_word(i: int, before: str) -> bool:
            """After a cue phrase ("my name is", "uncle", "cuz"), a word written like a name in mixed-case
            text is one even when it is frequent ("cuz Lennox", "my friend Lucille"): only the curated list
            of everyday words stops it, not word frequency, which counts names too."""
            return (
                nameish(i, strong=True)
                or (
                    is_cap(i)
                    and low(i) not in TECH_WORDS
                    and len(low(i)) > 2
                    and (
                        low(i) not in curated
                        # "my name is Grace", "Nennen Ivy": after the plainest cues an everyday word
                        # written like a name is one
                        or (
                            bool(_OWN_NAME_CUE.search(before) or _KIN_CUE.search(before))
                            and low(i) not in STOP_WORDS
                        )
                    )
                )
                or (
                    # after a role ("our coach is"), a frequent word outside the curated everyday list is a
                    # given name when the next word is no word at all: "our coach is wendell
                    # fairweather-nkosi" (not "is really strict", "is super nice")
                    bool(_ROLE_IS_BEFORE.search(before))
                    and low(i) not in STOP_WORDS
                    and low(i) not in curated
                    and i + 1 < len(words)
                    and adjacent(i + 1)
                    and low(i + 1) not in STOP_WORDS
                    and nameish(i + 1, strong=True)  # (no everyday word: nameish says so first)
                )
            )

        def adjacent(i: int) -> bool:
            """Word i follows word i-1 with only spaces between, or across a quoted nickname
            ("Moustapha 'Pa' Mbaye", "Ana (Nana) Ruiz")."""
            if i <= 0:
                return False
            gap = text[words[i - 1].end() : words[i].start()]
            if gap in (" ", "  "):
                return True
            if _NICK_OPEN.fullmatch(gap):
                return i + 1 < len(words) and bool(
                    _NICK_CLOSE.fullmatch(text[words[i].end() : words[i + 1].start()])
                )
            return (
                bool(_NICK_CLOSE.fullmatch(gap))
                and i >= 2
                and bool(_NICK_OPEN.fullmatch(text[words[i - 2].end() : words[i - 1].start()]))
            )

        def extend(i: int, strong: bool) -> int:
            """Index one past the last word of the name starting at word i (at most 4 words)."""
            j = i + 1
            while j < len(words) and j - i < 4 and adjacent(j):
                # a particle ("de", "van") or a quoted nickname of any kind ("'KB'") before a name word
                quoted = bool(_NICK_OPEN.fullmatch(text[words[j - 1].end() : words[j].start()]))
                if (
                    (low(j) in _PARTICLES or quoted)
                    and j + 1 < len(words)
                    and adjacent(j + 1)
                    and nameish(j + 1, strong)
                ):
                    j += 2
                    continue
                # a capitalised name in mixed-case text goes on with no unlisted lower-case word ("дядя Баир
                # отвезёт детей": the verb has no dictionary here to call it a word)
                lower_after_cap = is_cap(i) and not one_case and words[j].group().islower() and not known(j)
                if nameish(j, strong) and (strong or known(j) or is_cap(j)) and not lower_after_cap:
                    j += 1
                    continue
                break
            return j

        def sentence_start(i: int) -> bool:
            return i == 0 or bool(re.search(r"[.!?:\n]\s*$", text[words[i - 1].end() : words[i].start()]))

        def listed_cap(i: int) -> bool:
            """A capitalised listed name mid-sentence that spaCy also calls a person ("with Grace")."""
            w = low(i)
            return (
                is_cap(i)
                and not sentence_start(i)
                and (w in first or w in last)
                and w not in TECH_WORDS
                and words[i].start() in spacy_person
            )

        def line_end_after(i: int) -> bool:
            """The name starting at word i ends its clause: "hey Ana!", "morning ana,", "HI ANA, ..."."""
            j = extend(i, strong=True)
            return bool(re.match(r"\s*(?:[,!?.:;)]|\n|$)", text[words[j - 1].end() :]))

        def lone_name() -> bool:
            """The whole message is one to three name-like words ("Eveline?", "Ana Ruiz!")."""
            if not 1 <= len(words) <= 3 or not re.fullmatch(r"\s*[\w\s'’-]+[?!.]*\s*", text):
                return False
            return all(
                nameish(k, strong=False) and (is_cap(k) or known(k)) and (k == 0 or adjacent(k))
                for k in range(len(words))
            )

        def coordinated(spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
            """Names joined to a found name by "and", "&", "," or "/" ("Ana & Ji-ho", "Ana, Ji-ho and
            Bo"): the neighbour is a name when it is written like one."""
            # a weaker guess next to a name is taken again, stronger: "Zarina Kochieva and Tebwi"
            taken = {k for a, b, score in spans if not weak(score) for k in range(a, b)}
            out: list[tuple[int, int, float]] = []
            todo = list(spans)
            while todo:
                a, b, score = todo.pop()
                # "and" joins only to a name of some weight: "Hillbrow and Yeoville", one weak guess, are places
                reach = (1,) if weak(score) else (1, 2)
                # spaCy's full name joins only by "and" or "&": after its comma come roles and labels ("Pyotr
                # Kasymkin, Hon. Secretary")
                joined = joined_by_and if score == 0.0 else names_joined
                # forwards: "<name> and <X>"
                k = next((b - 1 + d for d in reach if joined(b - 1, b - 1 + d)), None)
                if k is not None and k not in taken and coordinated_word(k):
                    j = extend(k, strong=True)
                    new = (k, j, score_beside(a, b, k))
                    out.append(new)
                    todo.append(new)
                    taken.update(range(k, j))
                # backwards: "<X> & <name>"
                k = next((a - d for d in reach if a - d >= 0 and joined(a - d, a)), None)
                if k is not None and k not in taken and coordinated_word(k):
                    start = (
                        k - 1
                        if k > 0 and adjacent(k) and (k - 1) not in taken and coordinated_word(k - 1)
                        else k
                    )
                    new = (start, k + 1, score_beside(a, b, k))
                    out.append(new)
                    todo.append(new)
                    taken.update(range(start, k + 1))
            return out

        def weak(score: float) -> bool:
            """A list's or a weak cue's guess, below a coordinated name's 0.75 (0.0 marks spaCy's anchors)."""
            return 0 < score < 0.75

        def score_beside(a: int, b: int, k: int) -> float:
            """A capitalised word joined by "and" or "&" to a full name (words a to b) is a name as sure as a
            listed one, whatever the tagger reads ("Zarina Kochieva and Tebwi got engaged"); after a comma
            ("Amina Bakrit, Hadibu"), beside a single word, or in one-case text it is a weaker guess."""
            x, y = (b - 1, k) if k >= b else (k, a)
            sure = (
                b - a >= 2
                and is_cap(k)
                and not one_case
                and joined_by_and(x, y)
                and low(k) not in well_known_places()
            )
            return 0.9 if sure else 0.75

        def names_joined(x: int, y: int) -> bool:
            """Words x and y are joined as names are: next to each other by "&", "," or "/", or with "and"
            or "or" (a word of its own) between them. A town joined by "and" is a list of places
            ("Uribia and Manaure are in La Guajira"), unless it is a first name too, and so are kinship words
            ("Didi and Dai, elder sister and elder brother")."""
            if y >= len(words) or y - x not in (1, 2):
                return False
            if y - x == 2:
                if low(x + 1) not in ("and", "or"):
                    return False
                if any(
                    (low(k) in small_towns() and low(k) not in first) or re.fullmatch(KIN_WORDS_AFTER, low(k))
                    for k in (x, y)
                ):
                    return False
            return bool(_COORDINATION.fullmatch(text[words[x].end() : words[y].start()]))

        def joined_by_and(x: int, y: int) -> bool:
            """Words x and y are names joined by "and" or "&" ("Ana and Bo", "Ana & Bo"; not "or": "Uber
            Comfort or UberX")."""
            if y >= len(words):
                return False
            if y - x == 2:
                return low(x + 1) == "and" and names_joined(x, y)
            return names_joined(x, y) and "&" in text[words[x].end() : words[y].start()]

        def spacy_full_names() -> list[tuple[int, int, float]]:
            """spaCy's persons of two or more capitalised words ("Zarina Kochieva"), as anchors for
            `coordinated` only: a full name is spaCy's surest guess, and "Zarina Kochieva and Tebwi" names
            two people even where no list knows the second."""
            out: list[tuple[int, int, float]] = []
            i = 0
            while i < len(words) and not one_case:
                j = i
                while (
                    j < len(words)
                    and words[j].start() in spacy_person
                    and is_cap(j)
                    and (j == i or adjacent(j))
                ):
                    j += 1
                if j - i >= 2:
                    out.append((i, j, 0.0))  # score 0.0: an anchor, never yielded itself
                i = max(j, i + 1)
            return out

        def coordinated_word(k: int) -> bool:
            w = low(k)
            if w in common or w in TECH_WORDS or len(w) < 2 or w in _PARTICLES or w in _NOT_COORDINATED:
                return False
            # in one-case text only a listed name or a word spaCy calls a proper noun
            return is_cap(k) or known(k) or (one_case and pos.get(words[k].start()) == "PROPN")

        def line_rest(j: int) -> bool:
            """Only punctuation between word j-1 and the end of its line (or of the text)."""
            return bool(re.match(r"[ \t]*[,.!?:)]*[ \t]*(?:\n|$)", text[words[j - 1].end() :]))

        def signature_words(i: int) -> int:
            """One past the last word of a 1-3 word signature line starting at word i, or i if none."""
            j = i
            while j < len(words) and j - i < 3 and (j == i or adjacent(j)):
                w = low(j)
                if w in STOP_WORDS or w in TECH_WORDS or w in _NOT_SIGNATURE or len(w) < 2:
                    return i
                j += 1
                if line_rest(j):
                    return j
            return i

        def speaker_label(i: int) -> int:
            """One past the last word of a chat or transcript speaker label at a line start
            ("Ana Ruiz: on my way", "KIRI T.: ok"), or i: one to three words, none an everyday word."""
            if not (i == 0 or "\n" in text[words[i - 1].end() : words[i].start()]):
                return i
            if text[: words[i].start()].rstrip(" \t").endswith(("[", "<", "*", "#")):
                return i
            j = i
            while (
                j < len(words)
                and j - i < 3
                and (j == i or adjacent(j) or text[words[j - 1].end() : words[j].start()] == ". ")
            ):
                w = low(j)
                if (
                    w in common
                    or w in TECH_WORDS
                    or w in STOP_WORDS
                    or len(w) < 2
                    and not words[j].group().isupper()
                ):
                    return i
                if not (known(j) or is_cap(j) or words[j].group().isupper() or one_case):
                    return i
                j += 1
                # a message follows, in words ("slak: xoxb-…", "oP: 6626:…" label values)
                if re.match(r"\.?:[ \t]+[^\W\d_]+(?:[ \t,.!?'’]|$)", text[words[j - 1].end() :]):
                    # one word must be a listed name ("Kernel:", "TODO:" are labels); two are a name
                    return j if j - i >= 2 or known(i) else i
            return i

        # where a signature or a greeted name may start: one pass over the text, not one per word
        sign_off_at = {m.end() for p in (_SIGN_OFF, _SIGNATURE_DASH) for m in p.finditer(text)}
        # (whether a comma stands between the greeting and the name: "selamat, bayinya sehat")
        greeting_at = {m.end(): "," in m.group() for m in _GREETING_START.finditer(text)}
        found: list[tuple[int, int, float]] = []  # word index range [i, j) and score
        i = 0
        while i < len(words):
            before = text[max(0, words[i].start() - 40) : words[i].start()]
            score = 0.0
            if words[i].start() in sign_off_at and signature_words(i) > i:
                # a name alone on the line after "Best," / "cheers" / "- ": trusted even if it is a word
                j, score = signature_words(i), 0.85
            elif words[i].start() in greeting_at and nameish(i, strong=True) and line_end_after(i):
                j = extend(i, strong=True)
                # above spaCy's place guess ("dear Ilango,"); a greeting, the name and a comma is a cue the
                # tagger's reading does not overrule (the tagger retrained up to 108 is sure "Aloha Keala,
                # how was the trip?" holds no one), a comma after the greeting or none after the name is
                # weaker ("selamat, bayinya sehat" is "congratulations, the baby is healthy"; "selamat Paskah!")
                greeted = not greeting_at[words[i].start()] and text.startswith(",", words[j - 1].end())
                score = 0.9 if greeted else 0.88
            elif i == 0 and lone_name():
                j, score = len(words), 0.88  # above spaCy's LOCATION guess for a lone word
            elif (j := speaker_label(i)) > i:
                score = 0.8
            elif _NAME_TRIGGER.search(before) and cued_word(i, before) and low(i) not in _PARTICLES:
                j, score = extend(i, strong=True), 0.9
            elif (
                _STRONG_TRIGGER.search(before)
                and cued_word(i, before)
                # "its" is "it's" typed fast, but before a lower-case word in mixed-case text it owns
                # something: "under its lid"
                and not (re.search(r"\bits\s*$", before) and not is_cap(i) and not one_case)
                # a Cyrillic kin word before a lower-case word is the elder herself, "баба сегодня хорошо
                # поела" (not "баба Зина"), unless all the text is in one case and a list knows the name
                and not (
                    re.search(r"[а-яёіїєґ]\s*$", before)
                    and not is_cap(i)
                    and not (one_case and low(i) in first)
                )
            ):
                j, score = extend(i, strong=True), 0.9
            elif known(i) or (is_cap(i) and _WEAK_TRIGGER.search(before) and nameish(i, strong=False)):
                j = extend(i, strong=False)
                if j - i > 1:
                    score = 0.85
                elif (
                    low(i) in core_first
                    or (low(i) in first and is_cap(i))
                    or (_WEAK_TRIGGER.search(before) and (is_cap(i) or low(i) in last))
                    # a listed surname written as a name mid-sentence ("sorry Estrada couldn't come")
                    or (low(i) in last and is_cap(i) and not sentence_start(i))
                ):
                    score = 0.6
                    if is_cap(i) and _PERSON_VERB.search(before):
                        score = 0.86  # "ask Kibet about": above spaCy's LOCATION guess for an unknown word
            elif listed_cap(i) and (_WEAK_TRIGGER.search(before) or _SIGNATURE.search(before)):
                # spaCy and the list agree; scored above spaCy's own hit, which the common-word filter drops
                j, score = extend(i, strong=False), 0.86
            if (
                not score
                and nameish(i, strong=True)
                # "the plumber's number", "my passport says": a noun after a determiner is no name
                and (i == 0 or low(i - 1) not in _DETERMINERS)
                and (i == 0 or not words[i - 1].group()[0].isdigit())
            ):
                # unknown word(s) right before "said", "is my", ...: take up to two words back
                j = i + 1
                if j < len(words) and adjacent(j) and nameish(j, strong=True):
                    j += 1
                if j > i + 1 and _KIN_AFTER.match(text, words[i].end()):
                    j = i + 1  # "TANUSREE MASHI": the second word is her title, not her surname
                tail = text[words[j - 1].end() :]
                if re.search(r"['’]s$", low(j - 1)):  # "Konstantinos's new number": the word took the 's
                    tail = "'s" + tail
                if _AFTER_NAME.match(tail):
                    score = 0.7
                # "Caz (radio: Sprocket) has the drop", "bartels is the one who wrote it", "Cobo is looking after
                # the cats": only a person has a call name, is the one who did something or minds the cats, so
                # the name stands above the tagger's doubt
                if (
                    _ALIAS_AFTER.match(tail)
                    or _THE_ONE_WHO.match(tail)
                    or (is_cap(i) and _HONORIFIC_AFTER.match(tail))
                    or ((is_cap(i) or one_case) and j == i + 1 and _KIN_AFTER.match(tail))
                ):
                    score = 0.9
            if score:
                found.append((i, j, score))
                i = j
            else:
                i += 1
        found += coordinated(found + spacy_full_names())
        for i, j, score in found:
            end = words[j - 1].end()
            if re.search(r"['’]s$", low(j - 1)) and end - 2 > words[i].start():
                end -= 2  # the possessive 's is not part of the name
            yield words[i].start(), end, "PERSON", score
        # "Mr" or "Mrs" of another language before a capitalised word: "pan Bařinka", "hr. Koefoed"
        for m in _FOREIGN_TITLE_NAME.finditer(text):
            if m["val"].lower() not in common:
                yield m.start("val"), m.end("val"), "PERSON", 0.9
        for m in _ROMANCE_TITLE_LOWER_NAME.finditer(text):
            val = m["val"]
            if (val in first or strip_marks(val) in first) and val not in common:
                yield m.start("val"), m.end("val"), "PERSON", 0.88
        for m in _ETHIOPIC_TITLE_NAME.finditer(text):
            yield m.start("val"), m.end("val"), "PERSON", 0.9
        for m in _JAPANESE_HONORIFIC_NAME.finditer(text):
            val = m["val"]
            # "お母さん", "ご主人様": an honorific prefix on a kanji word is a kinship or trade word
            if val in _JAPANESE_NOT_NAMES or (
                val[0] in "おご" and len(val) > 1 and "\u4e00" <= val[1] <= "\u9fff"
            ):
                continue
            yield m.start("val"), m.end("val"), "PERSON", 0.9
        for m in _TURKIC_PATRONYMIC_NAME.finditer(text):
            if m["father"].lower() in common:
                continue  # "ulı means son of and qızı daughter of": words explained
            # (the word before the father's name is the given name unless it is an everyday word: "to Ulan uulu")
            given_is_a_word = m["given"] and m["given"].lower() in common
            yield m.start("father" if given_is_a_word else "val"), m.end("val"), "PERSON", 0.9
        for m in _KOREAN_NAME_BEFORE_HONORIFIC.finditer(text):
            if m["val"] not in _KOREAN_NOT_NAMES:
                yield m.start("val"), m.end("val"), "PERSON", 0.9
        for m in [*_PERSON_FROM_PLACE.finditer(text), *_PERSON_DOES.finditer(text)]:
            # (after "from", a place: one the lists know, or a capitalised one)
            who = "val" if m["val"] else "listed"
            place = m.groupdict().get("place") or m.groupdict().get("listed_place") or ""
            named_place = (
                not place or place[0].isupper() or {place.lower(), place.split()[0].lower()} & known_places()
            )
            if named_place and _no_word_nor_place(m[who].lower()):
                yield m.start(who), m.end(who), "PERSON", 0.85
        yield from _names_in_georgian(text)
        for m in _DEVANAGARI_NAME_BEFORE_KIN.finditer(text):
            if not any(w in _NOT_SUBJECT_NAMES for w in m["val"].split()):
                yield m.start("val"), m.end("val"), "PERSON", 0.86
        for m in _RUSSIAN_ROLE_NAME.finditer(text):
            yield m.start("val"), m.end("val"), "PERSON", 0.88
        for m in [*_NATIVE_NAME_FIELD.finditer(text), *_CYRILLIC_NAME_FIELD.finditer(text)]:
            # ("Имя: не указано", not given: an empty field)
            if not re.match(r"(?i)не[ \t]|нет$|неизвестн|аноним", m["val"]):
                yield m.start("val"), m.end("val"), "PERSON", 0.9
        # initials before a surname with its particle, after a name's cue: "guardian_name": "S.S. van Putten"
        for m in _INITIALS_NAME.finditer(text):
            if name_cue_before(text, m.start()):
                yield m.start(), m.end(), "PERSON", 0.9
        # a person's field, then the rest of the line in one case: "Traduttore giurato: may thu zar" (two to
        # four words, one at least no everyday word, none that says the field is empty or pending)
        for m in _FIELD_LINE_NAME.finditer(text):
            parts = m["val"].lower().split()
            if (
                (m["val"].islower() or m["val"].isupper())
                and _NAME_TRIGGER.search(m["head"])
                and any(p not in common for p in parts)
                and not set(parts) & _EMPTY_FIELD_WORDS
            ):
                yield m.start("val"), m.end("val"), "PERSON", 0.9
        # a name spelt out letter by letter, as signers fingerspell and callers spell it: "K-Y-L-I-E",
        # "w-a-y-n-e" (a listed name, or any after a word for spelling: "she spelt it T-A-N-I-A")
        for m in SPELT_OUT.finditer(text):
            joined = m.group().replace("-", "").lower()
            if joined in common or joined in TECH_WORDS:
                continue
            if (
                joined in first
                or joined in last
                or _SPELLING_CUE.search(text, max(0, m.start() - 60), m.start())
            ):
                yield m.start(), m.end(), "PERSON", 0.9  # above spaCy's own guess at the same span
        if not one_case:
            for m in _SURNAME_THEN_INITIALS.finditer(text):
                surname = m.group().split()[0].lower()
                # an everyday word only where a list knows it as a surname ("SWEET M T", not "GRADE A B")
                if surname not in TECH_WORDS and (surname in last or surname not in common):
                    yield m.start(), m.end(), "PERSON", 0.9
        for m in _CHINESE_NAME_AFTER_WORD_SURNAME.finditer(text):
            given = strip_marks(m["given"]).lower()
            # a given name of two pinyin syllables that English does not use as a word ("He Xiuying", not
            # "He Human")
            if (
                _TWO_PINYIN_SYLLABLES.fullmatch(given)
                and zipf_frequency(given, "en") < 2.5
                and given not in common
            ):
                yield m.start(), m.end(), "PERSON", 0.9


# Chinese surnames that are English words too ("He", "Ma", "Long"), capitalised, before a given name
# written as one word: family name first, as Chinese writes it ("He Xiuying", "HÉ YÙLÁN", "MA JIANGUO").
_CHINESE_NAME_AFTER_WORD_SURNAME = re.compile(
    r"(?<![\w-])(?:H[eEéÉ]|M[aAǎ]|H[uU]|Y[uU]|F[aA][nN]|L[oO][nN][gG]|S[oO][nN][gG]|L[uU]|S[uU]|Y[eE]|B[aA][iI]|"
    r"T[aA][nN])[ \t]+(?P<given>[A-ZÀ-ÖØ-Þ][^\W\d_]{3,9})(?![\w-])"
)
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)"
)
_TWO_PINYIN_SYLLABLES = re.compile(rf"{_PINYIN_SYLLABLE}{_PINYIN_SYLLABLE}")


# A register's surname in capitals, then two or three initials without full stops, in mixed-case text:
# "COOMBES N W sits in the lookout tower", "can you ask SWEET M T if …"
_SURNAME_THEN_INITIALS = re.compile(
    r"(?<![\w-])[A-Z][A-Z'’-]{2,}(?:[ \t][A-Z]){2,3}(?=[ \t]+[a-z]|[ \t]*[,.;:!?]|[ \t]*$)"
)
# Three or more letters joined by hyphens, one case: "K-Y-L-I-E", "w-a-y-n-e" (never "A-b-c" or "T-1-0").
SPELT_OUT = re.compile(r"(?<![\w-])(?:[A-Z](?:-[A-Z]){2,15}|[a-z](?:-[a-z]){2,15})(?![\w-])")
_SPELLING_CUE = re.compile(r"(?i)\b(?:finger-?spel(?:t|led|ls?|ling)|spel(?:t|led|ls?|ling)|spelled)\b")


# (and an 8 between lower-case letters: Greeklish writes θ so, "Ma8ioudakhs")
GREEKLISH_THETA = r"(?<=[a-z])8(?=[a-z])"
_OCR_DIGIT = re.compile(r"(?<=[^\W\d_])[01](?=[^\W\d_])|(?<=[^\W\d_]{3})[01]\b|" + GREEKLISH_THETA)


def ocr_letters(text: str) -> str:
    """`text` with a 0 or 1 inside a word read as the letter a scan or a typist meant ("Ma1ual",
    "Ki0na", "GURBAN0WA" → "Malual", "Kiona", "GURBANOWA"), and Greeklish's 8 for θ as a letter
    ("Ma8ioudakhs" → "Mahioudakhs"); the length never changes."""
    if "0" not in text and "1" not in text and "8" not in text:
        return text

    def letter(m: re.Match[str]) -> str:
        upper = text[m.start() - 1].isupper()
        if m.group() == "8":
            return "h"
        if m.group() == "0":
            return "O" if upper else "o"
        return "I" if upper else "l"

    return _OCR_DIGIT.sub(letter, text)


# The quotes or brackets around a nickname inside a name.
_NICK_OPEN = re.compile(r"[ \t]+[\"'‘“(][ \t]?")
_NICK_CLOSE = re.compile(r"[ \t]?[\"'’”)][ \t]+")
# Before a signature: a line that is only a dash, or a sign-off line ("Best,", "cheers", "thx") above it.
_SIGNATURE_DASH = re.compile(r"(?:^|\n)[ \t]*[-–—~]+[ \t]*(?=\S)")
_SIGN_OFF = re.compile(
    r"(?:(?:^|\n)[ \t]*(?:best|cheers|thanks|thank\s+you|many\s+thanks|thx|ty|regards|"
    r"kind\s+regards|best\s+regards|warm\s+regards|best\s+wishes|all\s+the\s+best|love|xoxo|xo|bye|ciao|take\s+care|"
    r"talk\s+soon|ttyl|later|sincerely|yours(?:\s+truly)?|see\s+you[^\n]{0,20})[ \t]*[,!.]*[ \t]*\n[ \t]*)(?=\S)",
    re.IGNORECASE,
)
# Words that stand alone under a sign-off but are not people.
_NOT_SIGNATURE = {
    "team",
    "all",
    "everyone",
    "everybody",
    "guys",
    "folks",
    "sent",
    "support",
    "admin",
    "management",
}
# A greeting that opens a message or a line: the next word(s) up to a comma or the end are a name.
_GREETING_START = re.compile(
    r"(?:^|\n)[ \t]*(?:hi|hey|hello|heya|hiya|yo|dear|morning|good\s+(?:morning|afternoon|evening)|evening|"
    r"thx|thanks|thank\s+you|ty|cheers|congrats|bye|"
    r"aloha|namaste|namaskar|shalom|salaam|salam|marhaba|merhaba|hola|bonjour|ciao|jambo|sawubona|"
    r"gamarjoba|barev|zdravo|privet|hej|hallo|salut|servus|moin|ahoj|vanakkam|kumusta|talofa|"
    # Indonesian and Malay greet by the time of day: "selamat pagi, Ana"
    r"selamat(?:[ \t]+(?:pagi|siang|sore|petang|malam|datang|jalan|tinggal))?|"
    # Swahili asks after the time of day: "habari za asubuhi, Ana"
    r"habari(?:[ \t]+za[ \t]+(?:asubuhi|mchana|jioni|leo|kazi|safari))?)"
    # a sign-off on the same line, with its comma: "xoxo, Ana", "love, Ana"
    r"[ \t]*,?[ \t]*(?=\S)|(?:^|\n)[ \t]*(?:xoxo|xo|hugs|love|best|regards|yours)[ \t]*,[ \t]*(?=\S)",
    re.IGNORECASE,
)
# Between coordinated names: "Ana and Bo", "Ana & Bo", "Ana, Bo", "Ana/Bo", "Ana, and Bo".
_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+|&\s*)?|&|/|\+|\s(?:and|or)\s)\s*", re.IGNORECASE)
# Greeting, sign-off and reply words that sit next to a name with a comma but are not names themselves.
_NOT_COORDINATED = {
    "regards", "thanks", "thx", "cheers", "hi", "hey", "hello", "best", "dear", "love", "nice", "ok", "okay",
    "xoxo", "xo", "hugs",
    "yes", "no", "please", "pls", "sorry", "morning", "evening", "congrats", "bye", "welcome", "sincerely",
}  # fmt: skip
# A signature line: "- Name", "~ Name" at the start of a line.
_SIGNATURE = re.compile(r"(?:^|\n)\s*[-–—~]\s*$")


def _spacy_person_chars(nlp_artifacts: NlpArtifacts | None) -> set[int]:
    """Start offsets of the tokens spaCy put in a PERSON entity (used as a second opinion)."""
    if nlp_artifacts is None or not nlp_artifacts.entities:
        return set()
    out: set[int] = set()
    for ent in nlp_artifacts.entities:
        if getattr(ent, "label_", "") == "PERSON":
            out.update(tok.idx for tok in ent)
    return out


def _pos_by_start(nlp_artifacts: NlpArtifacts | None) -> dict[int, str]:
    if nlp_artifacts is None or nlp_artifacts.tokens is None:
        return {}
    try:
        return {t.idx: t.pos_ for t in nlp_artifacts.tokens}
    except AttributeError:
        return {}


def is_false_name(span_text: str, place: bool = False) -> bool:
    """True for a PERSON/LOCATION span from spaCy made only of tech words or common words ("IBAN", "IP").
    For a person, frequent English words count as common too ("Dispatcher"); a place may be one
    ("Springfield", "Reading")."""
    toks = _name_tokens(span_text)
    if not toks:
        return True
    first, last = first_names(), last_names()
    common = common_words() if place else everyday_words()
    if any((t in first or t in last) and t not in common for t in toks):
        return False
    return all(t in TECH_WORDS or t in common or len(t) == 1 for t in toks)


def _name_tokens(span_text: str) -> list[str]:
    """Lower-case words of a span, hyphenated words split, without a possessive ("double-check",
    "son's", "tamang's")."""
    return [
        part for t in _WORD.findall(span_text) for part in re.sub(r"['’]s$", "", t.lower()).split("-") if part
    ]


def has_known_name(span_text: str) -> bool:
    """True when some word of the span is a listed first or last name that is not an everyday word."""
    first, last, common = first_names(), last_names(), everyday_words()
    return any((t in first or t in last) and t not in common for t in _name_tokens(span_text))


# ------------------------------------------------------------------------------------------ addresses

_SUFFIXES = sorted(
    # faker lists "Extension": in chat it is a browser, file or deadline extension, never a street
    {s.lower() for s in _USAddress.street_suffixes + _GBAddress.street_suffixes} - {"extension", "extensions"}
    | {
        "st",
        "ave",
        "av",
        "rd",
        "ln",
        "blvd",
        "dr",
        "ct",
        "pl",
        "sq",
        "hwy",
        "pkwy",
        "cir",
        "ter",
        "cres",
        "street",
        "avenue",
        "road",
        "lane",
        "boulevard",
        "drive",
        "court",
        "place",
        "square",
        "way",
        "terrace",
        "close",
        "crescent",
        "gardens",
        "grove",
        "mews",
        "row",
        "walk",
        "parade",
        "highway",
        "parkway",
        "circle",
        "trail",
        "alley",
        "plaza",
        "wharf",
        "quay",
        "hill",
        "rise",
        "green",
        "strasse",
        "salai",
        "marg",
    },
    key=len,
    reverse=True,
)
_STREET = re.compile(
    # a number after "1." is a version's ("ohmyform 1.0 added conditional fields"), no house's
    r"(?<![\w-])(?<!\d\.)(?:(?:apt|apartment|flat|unit|suite)\.?\s*#?\s*\w{1,5},?\s+)?"
    r"\d{1,6}[a-z]?(?:[-/]\d{1,4}[a-z]?)?,?\s+"
    r"(?P<name>(?:[^\W_][\w'.-]*\s+){1,4}?)"
    r"(?:" + "|".join(re.escape(s) for s in _SUFFIXES) + r")\b\.?"
    r"(?:,?\s+(?:apt|apartment|suite|ste|unit|flat|#)\.?\s*#?\s*\w{1,6}\b)?"
    r"(?:,\s*[^\W\d_][\w .'-]{1,30}?,\s*[a-z]{2}\s+\d{5}(?:-\d{4})?\b)?",
    re.IGNORECASE,
)
_STREET_STOP = {
    "the",
    "a",
    "an",
    "on",
    "in",
    "at",
    "of",
    "to",
    "and",
    "or",
    "my",
    "your",
    "is",
    "are",
    "was",
    "were",
    "for",
    "with",
    "from",
    "by",
    "i",
    "you",
    "we",
    "they",
    "it",
    "this",
    "that",
    # "on the decks from 2 till close": a time, and the word before "close" or "way" is a preposition
    "till",
    "til",
    "until",
    # "ring 641 90 55 91 if mum falls": a clause, not a street ("Falls" is a street's type too)
    "if",
    "when",
    "unless",
    "because",
    "but",
    "so",
    "then",
    "once",
    # "the rescue number is 112 as well": "well" is a street's type too
    "as",
}


_HOUSE_NUMBER = r"\d{1,5}[a-z]?(?:\s?[-/]\s?\d{1,4}[a-z]?)?(?![\w.,]\d|\w)"
# Continental compound street names: the street word ends in the type, the number follows
# ("Kochstrasse 507", "Tjærebyvej 3", "Kerkstraat 14", "Mühlengasse 2/4", "Lange Straße 5").
_COMPOUND_TYPES = (
    "strasse", "straße", "str.", "gasse", "weg", "allee", "platz", "damm", "laan", "straat", "gracht",
    "plein", "dijk", "steeg", "kade", "kaai", "singel", "dreef", "vej", "gade", "stræde", "gatan", "gata", "vägen", "veien", "veg",
    "torget", "katu", "utca", "ulice", "náměstí",
    # Icelandic, Slovene/Croatian/Polish, Baltic, Hungarian, Turkish
    "vegur", "stígur", "stigur", "braut", "stræti", "straeti", "ulica", "cesta", "iela", "gatve", "tänav", "körút", "út", "tér",
    "caddesi", "sokak", "sokağı",
    # Turkish abbreviations, Azerbaijani, Uzbek and Kazakh (Latin script): street, avenue, boulevard
    "cad.", "sok.", "bulvarı", "küçəsi", "küç.", "prospekti", "ko'chasi", "ko‘chasi", "kochasi", "köşesi", "koshesi",
)  # fmt: skip
_STREET_COMPOUND = re.compile(
    r"(?<![\w-])(?P<pre>[^\W\d_][\w'-]*\s+)?(?P<street>(?:[^\W\d_][\w'-]*?)?(?:"
    + "|".join(re.escape(t) for t in _COMPOUND_TYPES)
    # a Turkish address writes "No:" before the house number ("Gökçe Sok. No: 96")
    + r"))\s*,?\s+(?:no[:.]\s*)?"
    + _HOUSE_NUMBER,
    re.IGNORECASE,
)
# Street type first, name, then number ("Via Roma 12", "Calle Mayor 23", "ul. Długa 5", "Av. Reforma 222").
# The street types of other languages that stand before the name, as words ("Calle Mayor 3", "Rua do Sol")
STREET_TYPE_WORDS = frozenset(
    "via viale vicolo piazza corso largo calle carrer avenida avda rua travessa paseo camino ulica aleja plac "
    "rue chemin allée impasse quai strada straße strasse jalan jln lorong persiaran lebuh rúa".split()
)
_STREET_TYPE_FIRST = re.compile(
    # (Galician "rúa": "Rúa Camelias, 7, 7º esq.")
    r"(?<![\w-])(?P<type>via|viale|vicolo|piazza|corso|largo|calle|carrer|avenida|avda\.?|av\.|r[uú]a|"
    r"travessa|paseo|camino|ulica|ul\.|aleja|al\.|plac|rue|chemin|bd\.?|allée|impasse|quai|strada|str\.|"
    r"straße|strasse|"
    r"jalan|jln\.?|lorong|lrg\.?|persiaran|lebuh|"
    # (Indonesia writes "Jalan" as "Jl.": "Jl. Gatot Subroto No. 12, Medan")
    r"jl\.|"
    # Peru's jirón and pasaje ("Jr. Bolognesi 872"; "Jr." after a name is "junior" and has no number)
    r"jir[oó]n|jr\.|psje\.|pasaje)"
    r"\s+(?P<name>(?:[^\W\d_][\w'’.-]*\s+){0,3}?[^\W\d_][\w'’.-]*,?\s+)(?:n[°º.o]?\s*|#\s?)?" + _HOUSE_NUMBER,
    re.IGNORECASE,
)
# Number first, then the street type and its name ("12 rue de la Paix", "8 avenue Victor Hugo").
_STREET_NUMBER_FIRST = re.compile(
    r"(?<![\w.,-])\d{1,5}(?:\s?(?:bis|ter)\b)?,?\s+(?:rue|avenue|av\.|boulevard|bd\.?|chemin|allée|impasse|quai|"
    r"route|place|via|calle|rua|jalan|jln\.?|lorong|lebuh|persiaran|jl\.)\s+(?P<name>(?:(?:de|du|des|la|le|les|del|della|dei|do|da|dos)\s+|[dl]['’])*"
    r"[^\W\d_][\w'’-]*(?:\s+(?:de|du|des|la|le|del|dei|da)?\s*[^\W\d_][\w'’-]*){0,2})",
    re.IGNORECASE,
)
# Malaysian numbered roads: "1, Jln 9/4V", "Jalan SS 2/24".
_STREET_NUMBERED_ROAD = re.compile(
    r"(?<![\w-])(?:\d{1,5}[a-z]?,?\s+)?(?:jalan|jln\.?|lorong|lrg\.?)\s+(?:[a-z]{1,3}\s?)?\d{1,3}[a-z]?/\d{1,3}[a-z]?\b",
    re.IGNORECASE,
)
# A Lithuanian street: its name in the genitive (an initial before it at most), "g." (gatvė), "pr."
# (prospektas), "al." (alėja) or "pl." (plentas), the number, and the postcode and town if written:
# "Taikos g. 95, LT-39120 Pasvalys", "K. Donelaičio g. 12-4"
_LT_GENITIVE = r"[A-ZĄČĘĖĮŠŲŪŽ][\wąčęėįšųūž’'-]*(?:os|o|ės|ų|us|io|ES|OS|O|Ų|US|IO)"
_STREET_LITHUANIAN = re.compile(
    r"(?<![\w-])(?:[A-ZĄČĘĖĮŠŲŪŽ]\.[ \t]?)?(?:" + _LT_GENITIVE + r"[ \t]+){1,2}(?i:g|pr|al|pl)\.[ \t]*"
    r"\d{1,4}[a-zA-Z]?(?:-\d{1,4})?(?![\w.,]\d|\w)"
    r"(?:,[ \t]*(?:LT-?)?\d{5}[ \t]+[A-ZĄČĘĖĮŠŲŪŽ][\wąčęėįšųūž-]+)?"
)
# A road out of town and the kilometre on it, as Tunisian, Moroccan and French addresses write it, with the
# postcode and town after it: "Route de Guellala km 12, 4135 Ajim, Djerba"
_STREET_ROUTE_KM = re.compile(
    r"(?<![\w-])(?i:route|rte\.?|avenue|av\.)[ \t]+(?i:de|d['’]|du|des)[ \t]*[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?"
    r",?[ \t]+(?i:km)[ \t]?\d{1,3}(?:[.,]\d)?(?![\w.,]\d)"
    r"(?:,[ \t]*\d{4,5}[ \t]+[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?(?:,[ \t]*[A-ZÀ-Þ][\w'’-]+(?=[ \t]*(?:,|$|\.(?:\s|$))))?)?"
)
# Japanese block addresses, chome-ban-go and district, either order: "4-1-5 Jingumae", "Roppongi 6-10-1".
_STREET_BLOCKS = (
    re.compile(r"(?<![\w-])\d{1,2}-\d{1,2}-\d{1,3}\s+(?P<name>[^\W\d_][\w'-]+)"),
    re.compile(r"(?P<name>[^\W\d_][\w'-]+)\s+\d{1,2}-\d{1,2}-\d{1,3}(?![\w-])"),
)
# A flat in a named building, then its road: "Flat 328, Sai Krupa Apartments, Anna Salai".
_STREET_BUILDING = re.compile(
    r"(?<![\w-])(?:flat|apt\.?|apartment|house|h\.?\s?no\.?|plot|door\s+no\.?|unit)\s*#?\s*\d{1,5}[a-z]?,\s+"
    r"(?P<name>(?:[^\W\d_][\w'.-]*\s+){1,4})(?:apartments|apts|residency|towers?|enclave|complex|society|"
    r"heights|residences|mansions?|villas?|nagar|colony|layout|block|building|bldg)\b"
    r"(?:,\s+(?:[^\W\d_][\w'.-]*\s+){0,3}?(?:road|rd|street|st|salai|marg|main|cross|lane|avenue)\b\.?)?",
    re.IGNORECASE,
)
# The P.O. box a letter goes to: "P.O. Box 4471", "PO Box 12-00100", and Nigeria's private mail bag, "P.M.B. 6865"
_PO_BOX = re.compile(
    r"(?<![\w-])(?:p\.?\s?o\.?\s+box|p\.[ \t]?m\.[ \t]?b\.?|pmb|private\s+mail\s+bag"
    # Hebrew and Arabic: "ת.ד. 249", "ص.ب 1234"
    r"|ת\.?[ \t]?ד\.?|ص\.?[ \t]?ب\.?)\s+(?:no\.?\s*)?\d{1,6}(?:-\d{3,6})?\b",
    re.IGNORECASE,
)
# A numbered house on a numbered street, and its sector: "House 23, Street 16, E-11/3", "Plot 4, Road 7".
_STREET_NUMBERED_HOUSE = re.compile(
    r"(?<![\w-])(?:house|plot|villa|flat|apt\.?|h\.?\s?no\.?)\s*#?\s*\d{1,5}[a-z]?,\s*"
    r"(?:street|st\.?|road|rd\.?|lane|gali|block|sector)\s*(?:no\.?\s*)?\d{1,4}[a-z]?"
    r"(?:,\s*[a-z]{1,2}-\d{1,2}(?:/\d{1,2})?\b)?",
    re.IGNORECASE,
)
# A house number, then its neighbourhood and town, as Ghana and Nigeria write a house with no street:
# "H/No. 98, Kokomlemle, Accra", and Ghana's digital address after it: "…, GhanaPostGPS GA-397-5892".
_PLACE_NAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}"
_GHANA_DIGITAL_ADDRESS_LABEL = (
    r"(?:GhanaPost[ \t]?GPS|GPS(?:[ \t]+address)?|[Dd]igital[ \t]+address)(?:[ \t]*:|[ \t]+is)?[ \t]*"
)
_GHANA_DIGITAL_ADDRESS_CODE = r"[A-Z]{2}-\d{3,4}-\d{4}"
_GHANA_DIGITAL_ADDRESS = _GHANA_DIGITAL_ADDRESS_LABEL + _GHANA_DIGITAL_ADDRESS_CODE
_HOUSE_NUMBER_LOCALITY = re.compile(
    r"(?<![\w/-])(?i:h/no\.?|hse\.?[ \t]?no\.?|house[ \t]+no\.?)[ \t]*\d{1,5}[A-Za-z]?"
    r"(?:,[ \t]*" + _PLACE_NAME + r"){1,3}(?:,?[ \t]*" + _GHANA_DIGITAL_ADDRESS + r")?(?![\w-])"
)
# ... or the digital address alone after its label: "my GPS address is GA-183-8164"
_GHANA_DIGITAL_ADDRESS_ALONE = re.compile(
    r"(?<![\w-])" + _GHANA_DIGITAL_ADDRESS_LABEL + r"(?P<val>" + _GHANA_DIGITAL_ADDRESS_CODE + r")(?![\w-])"
)
# Words after a number that make it a year, a count or a size, not a house number ("Berlin 2 years").
_NOT_A_HOUSE_NUMBER = re.compile(
    r"(?:(?<=\b19\d\d)|(?<=\b20\d\d)|\.\d|[ \t]*(?:%|x\b|(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|times?|"
    r"percent|people|kids|users|gb|mb|tb|km|miles?|mi|kg|lbs?)\b))",
    re.IGNORECASE,
)
# Street types that are also everyday English words: the name must hold a word that is not one.
_AMBIGUOUS_TYPES = {"via", "place", "route", "plac"}


# A number followed by a unit of measure is a quantity ("9 lb pike", "40 km drive"); single letters are
# left out: "9 M Street" is one.
_MEASURE_AFTER_NUMBER = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:lbs?|kgs?|oz|kms?|mi|cm|mm|ft|yds?|ml|gal|mph|kph|km/h|hp|kw|kwh|mb|gb|tb|ghz|mhz|"
    r"pcs|pounds?|ounces?|kilos?|grams?|inch(?:es)?|feet|foot|metres?|meters?|litres?|liters?)\b",
    re.IGNORECASE,
)


# A field that holds an address by its name: a vCard "ADR" line, a key "street_address", "home_address",
# "addr" with a quoted value. Its value is an address whatever its words, if it holds a house number (or,
# under a key that names the kind of address, parts between commas).
_ADDRESS_FIELD = re.compile(
    # ("ADR:" or "ADR;TYPE=home:", not a line that starts "Adresse:" or "Address:")
    r"(?im)^ADR(?:;[^:\n]*)?:[;\s]*(?P<adr>[^\n]{6,160}?)[;\s]*$"
    r"|\b(?P<key>[\w.-]*(?:street[_ -]?address|home[_ -]?address|postal[_ -]?address|address(?:[_ -]?line)?[_ -]?\d?|addr))"
    r"[\"']?\s*(?:=|:)\s*(?P<q>[\"'])(?P<val>[^\"'\n]{6,160})(?P=q)"
)

# A label a person writes before an address ("Delivery address: ...", "home address - ..."), then the rest
# of the line: unquoted, as forms, sign-up sheets and chat print it.
_ADDRESS_LABEL = re.compile(
    # (and the label in other languages: "Адрес: Casa Tresaco, 22720 Hecho", "Dirección:", "Anschrift:")
    r"(?i)(?<![\w.-])(?P<label>(?:[^\W\d_]+[ \t]+)?(?:address|adresse|adres|адрес|διε[υύ]θυνση|direcci[oó]n|"
    r"domicilio|anschrift|indirizzo|endere[cç]o|morada))[ \t]*(?::|-|=)[ \t]*(?P<val>[^\n]{6,160})"
)
_NOT_STREET_LABEL = {
    "email", "e-mail", "mail", "ip", "mac", "wallet", "web", "server", "bind", "listen", "remote", "ipv4",
    "ipv6", "bitcoin", "btc", "eth", "contract", "memory", "broadcast", "gateway", "host", "link", "public",
    "reply", "network", "physical", "virtual", "hardware", "base", "start", "load",
}  # fmt: skip


# A Moroccan or Algerian address by its pieces: a village (douar), an estate (lot, lotissement) or a
# quarter, then its number, postcode, commune or province: "Douar Ifri, Commune Tafraout, Province de
# Tiznit", "Lot Al Wahda, N° 14, 85000 Tiznit".
_MAGHREB_NAME = r"[A-ZÀ-Þ][\w'’-]*(?:[ \t]+(?:[A-ZÀ-Þ][\w'’-]*|[Oo]u|de|el|al|ait|aït)){0,4}?"
_MAGHREB_ADDRESS = re.compile(
    rf"(?<![\w.])(?:Douar|Dchar|Ksar|Derb|Hay|Lot(?:issement)?|DOUAR|DCHAR|KSAR|DERB|HAY|LOT(?:ISSEMENT)?)"
    rf"[ \t]+{_MAGHREB_NAME}"
    rf"(?:[ \t]*,[ \t]*(?:(?:Commune|Cercle|Ca[ïi]dat|Province|Pr[ée]fecture|Wilaya|Da[ïi]ra|COMMUNE|CERCLE|"
    rf"CA[ÏI]DAT|PROVINCE|PR[ÉE]FECTURE|WILAYA|DA[ÏI]RA)(?:[ \t]+(?:de|du|d['’]|DE|DU|D['’]))?[ \t]*{_MAGHREB_NAME}"
    rf"|[Nn][°º][ \t]*\d+[A-Za-z]?|\d{{5}}[ \t]+{_MAGHREB_NAME})){{1,4}}"
    r"(?=[ \t]*(?:[,.;!?)]|$|\n))"
)


# An Iranian address in Persian script, the town first, then the avenue (khiaban), boulevard or square,
# the alley (kucheh) and the plate number (pelak) that ends it: "یزد، خیابان امام، کوچه مهر، پلاک ۱۲".
_PERSIAN_PIECE = r"[^\W\d_][^،,\n\d۰-۹]{0,40}?"
_PERSIAN_ADDRESS = re.compile(
    rf"(?:(?<![\w])[\u0600-\u06FF]+(?:[ \u200c][\u0600-\u06FF]+)?[ \t]*[،,][ \t]*)?"
    rf"(?:خیابان|بلوار|میدان|کوچه)[ \u200c\t]{_PERSIAN_PIECE}(?:[ \t]*[،,][ \t]*{_PERSIAN_PIECE}){{0,3}}?"
    r"[ \t]*[،,]?[ \t]*پلاک[ \t]*[۰-۹0-9]{1,5}(?![\d۰-۹])"
)


# A Moroccan address in Arabic script: the street (zanqa, derb, nahj, shari'), its number after "رقم", then
# the town and its postcode: "زنقة زيز رقم 75، أرفود 52200".
_MOROCCAN_ARABIC_ADDRESS = re.compile(
    r"(?:زنقة|درب|نهج|شارع|حي|تجزئة)[ \t]+[\u0600-\u06ff]+(?:[ \t]+[\u0600-\u06ff]+){0,3}?[ \t]*[،,]?[ \t]*رقم[ \t]*\d{1,5}"
    r"(?:[ \t]*[،,][ \t]*[\u0600-\u06ff]+(?:[ \t]+[\u0600-\u06ff]+)?(?:[ \t]+\d{5})?)?"
)
# An address that ends in a ten-digit Iranian postal code after its label, its pieces before it apart by
# commas: "TABRIZ, BAGHMISHEH, ALLEY 33, NO. 32, P.C. 5140270577".
_POSTAL_CODE_LAST_ADDRESS = re.compile(
    r"(?<![\w.])(?:[^\W\d_][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3}[ \t]*,[ \t]*){2,6}"
    r"(?i:P\.?[ \t]?C\.?|postal[ \t]+code|code[ \t]+posti|kod-?e[ \t]+posti)[ \t]*:?[ \t]*\d{5}-?\d{5}(?!\d)"
)
# A Peruvian address by block and lot in a settlement or estate, then its district and city: "Mz. E Lt. 10,
# A.H. Justicia Paz y Vida, El Tambo, Huancayo" (manzana, lote; asentamiento humano, urbanización).
_PERU_BLOCK_LOT_ADDRESS = re.compile(
    r"(?<![\w.])(?:Mz|MZ)\.?[ \t]*[A-Z0-9]{1,3}[ \t]*,?[ \t]*(?:Lt|LT|Lote|LOTE)\.?[ \t]*\d{1,3}"
    r"(?:[ \t]*,[ \t]*(?:A\.[ \t]?H\.|AA\.[ \t]?HH\.|Urb\.|URB\.|Asoc\.|P\.[ \t]?J\.|Coop\.)[ \t]+"
    r"[A-ZÁÉÍÓÚÑ][^,\n]{1,40})?(?:[ \t]*,[ \t]*[A-ZÁÉÍÓÚÑ][\w'’áéíóúñ]+(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w'’áéíóúñ]+){0,2}){0,3}"
)
# A rural address in Pakistan and Punjab by settlement, revenue estate and subdivision: "Basti Gopang, Mauza
# Sher Shah, Tehsil and District Multan", "Chak No. 112/9-L, Tehsil Sahiwal, District Sahiwal" (a basti is a
# hamlet, a mauza the estate it lies in, a tehsil the district's subdivision)
_SOUTH_ASIAN_RURAL_ADDRESS = re.compile(
    r"(?<![\w.])(?:(?:Basti|Mauza|Moza|Mouza|Dera|Goth|Village|Vill\.|Dhok|Kot)[ \t]+[A-Z][\w'’-]*"
    r"(?:[ \t]+[A-Z][\w'’-]*){0,2}|Chak[ \t]+(?:No\.?[ \t]*)?\d{1,4}(?:/[\w-]{1,6})?)"
    r"(?:[ \t]*,[ \t]*(?:(?:Basti|Mauza|Moza|Mouza|P\.?[ \t]?O\.?|Post[ \t]+Office|UC|Union[ \t]+Council)[ \t]+)?"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}){0,3}"
    r"[ \t]*,[ \t]*(?:Tehsil|Tehsīl|Teh\.|Taluka|Tahsil)[ \t]+(?:(?:and|&)[ \t]+District[ \t]+)?[A-Z][\w'’-]*"
    r"(?:[ \t]+[A-Z][\w'’-]*){0,2}(?:[ \t]*,[ \t]*(?:District|Distt\.|Dist\.|Zila)[ \t]+[A-Z][\w'’-]*"
    r"(?:[ \t]+[A-Z][\w'’-]*){0,2})?"
)
# Saudi Arabia's national short address, four letters (region, branch, division) and the building's four
# digits, after its label: "National address: JYHR3882", "العنوان المختصر: RRRD2929"
_SAUDI_SHORT_ADDRESS = re.compile(
    r"(?i:\b(?:national|short)[ \t]+address|العنوان[ \t]+(?:الوطني|المختصر))[ \t]*[:：]?[ \t]*"
    r"(?P<val>[A-Z]{4}[ \t]?\d{4})(?![\w-])"
)
# An Indian flat in a housing society, its area and the six-digit PIN code at the end: "Flat C-308, Holy
# Cross CHS, Manickpur, Vasai Road (W) 401202" (CHS: co-operative housing society).
_INDIAN_FLAT_ADDRESS = re.compile(
    r"(?<![\w-])(?:Flat|Room|Shop|Block|FLAT|ROOM|SHOP|BLOCK)(?:[ \t]+(?:No\.?|NO\.?))?[ \t]*[A-Z]?-?\d{1,4}[A-Z]?,[ \t]*"
    r"[^,\n]{2,40}?(?:CHS|C\.H\.S\.?|Co-?op\.?[ \t]+Hsg\.?[ \t]+Soc\.?|Society|Apartments?|Apts\.?|Building|Bldg\.?|"
    r"Chawl|Niwas|Sadan|Towers?|Nagar|Complex)\b(?:[ \t]*,[ \t]*[^,\n]{2,40}?){0,4}?[ \t]*,?[ \t]*\d{3}[ \t]?\d{3}(?!\d)"
)
# A Bahraini address: house, road and block numbers, then the area ("منزل 1955، طريق 0821، مجمع 408،
# السنابس"; in Latin letters "House 1955, Road 821, Block 408, Sanabis").
_BAHRAIN_ADDRESS = re.compile(
    r"(?:منزل|بيت|فيلا|شقة|مبنى|بناية)[ \t]*\d{1,5}[A-Za-z]?[ \t]*[،,][ \t]*(?:طريق|شارع)[ \t]*\d{1,5}[ \t]*[،,][ \t]*"
    r"مجمع[ \t]*\d{1,4}(?:[ \t]*[،,][ \t]*[\u0600-\u06ff]+(?:[ \t][\u0600-\u06ff]+)?)?"
    r"|(?i:House|Flat|Villa|Building|Bldg\.?)[ \t]+\d{1,5}[A-Za-z]?[ \t]*,[ \t]*(?i:Road|Rd\.?)[ \t]+\d{1,5}[ \t]*,"
    r"[ \t]*(?i:Block|Blk\.?)[ \t]+\d{1,4}(?:[ \t]*,[ \t]*[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)?"
)


# South Asian postal addresses name each piece: "Vill: Noagaon, P.O.: Pailgaon, P.S.: Jagannathpur,
# Dist: Sunamganj" (village, post office, police station, district; tehsil, taluk, mandal in India)
_SOUTH_ASIAN_LABEL = r"(?:vill(?:age)?|p\.?[ \t]?o\.?|p\.?[ \t]?s\.?|post|thana|upazila|dist(?:rict)?|tehsil|taluka?|mandal|mouza)"
_SOUTH_ASIAN_PIECE = _SOUTH_ASIAN_LABEL + r"[ \t]*[:.-][ \t]*[^\W\d_][^,:\n]{1,40}?"
_SOUTH_ASIAN_ADDRESS = re.compile(
    rf"(?i)(?<![\w.]){_SOUTH_ASIAN_PIECE}(?:[ \t]*,[ \t]*{_SOUTH_ASIAN_PIECE}){{1,6}}(?=[ \t]*(?:,|$|\n|\.(?:\s|$)))"
)


# A Russian, Ukrainian or other Cyrillic address: the street's kind first ("ул. Труда", "вул. Корзо", "просп.
# Мира") or after its name ("Новая ул."), the house number ("д. 9", "буд. 3" or bare), flat, block and
# building ("кв. 28", "корп. 2"); a postcode, a region and a town or village ("г.", "м.", "с.", "д.") may come
# before, and a town and the postcode after: "с. Вавож, ул. Советская, д. 14", "вул. Корзо, 7, кв. 3,
# м. Ужгород, 88000". No house number, no address: "ул. Ленина" alone is a street everyone knows.
_CYRILLIC_CAP_WORD = r"[А-ЯЁІЇЄҐЎӘӨҮҢҺӞӴӜӦӤӰ][а-яёіїєґўәөүңһӟӵӝӧӥӱ'’-]+"
_CYRILLIC_PLACE = rf"{_CYRILLIC_CAP_WORD}(?:[ \t-]{_CYRILLIC_CAP_WORD})?"
_CYRILLIC_LOCALITY = rf"(?:г|м|с|д|п|пос|пгт|смт|х|село|деревня|город|місто)\.?[ \t]+{_CYRILLIC_PLACE}"
_CYRILLIC_STREET_KIND = (
    r"(?:ул|вул|пр|просп|пр-т|пер|пров|б-р|бул|бульв|ш|наб|пл|мкр|мкрн|улица|вулиця|проспект|переулок|"
    r"провулок|бульвар|шоссе|набережная|площадь|майдан|микрорайон)"
)
# any word that only an address holds, alone: a street's kind, a locality's, a house's or a region's
CYRILLIC_ADDRESS_WORD = re.compile(
    rf"(?i)(?<![а-яёіїєґ])(?:{_CYRILLIC_STREET_KIND}|г|м|с|д|п|пос|пгт|смт|х|село|деревня|дер|город|місто|посёлок|поселок|"
    r"дом|кв|квартира|корп|корпус|стр|строение|обл|область|р-н|район|край|респ|республика|аул|станица|ст-ца|"
    r"хутор|тупик|проезд|аллея)(?![а-яёіїєґ])"
)
_CYRILLIC_ADDRESS = re.compile(
    r"(?<![\w.-])"
    r"(?:\d{5,6},[ \t]*)?"
    rf"(?:(?:Республика[ \t]+{_CYRILLIC_CAP_WORD}|{_CYRILLIC_CAP_WORD}[ \t]+"
    r"(?:обл\.|область|край|р-н|район|улус)),[ \t]*)*"
    rf"(?:{_CYRILLIC_LOCALITY},[ \t]*)?"
    rf"(?:(?i:{_CYRILLIC_STREET_KIND})\.?[ \t]+(?:\d{{1,3}}[ \t]+|[А-ЯЁІЇЄ]\.[ \t]?)?{_CYRILLIC_CAP_WORD}"
    rf"(?:[ \t]+{_CYRILLIC_CAP_WORD}){{0,2}}|{_CYRILLIC_CAP_WORD}[ \t]+(?:ул|улица|вул|вулиця)\.?)"
    r"(?:,[ \t]*|[ \t]+)(?:(?:д|дом|буд|будинок)\.?[ \t]*)?\d{1,4}(?:[ \t]?[/-][ \t]?\d{1,3})?[а-яА-Я]?"
    r"(?![\w.,]\d)"
    # ("на ул. Мира 5 минут": a walk's length, not a house)
    r"(?![ \t]+(?:минут|мин|км|метр|шаг|час|раз))"
    r"(?:,?[ \t]*(?:кв|корп|стр|комн|оф|под)\.?[ \t]*\d{1,4}[а-я]?(?!\w))*"
    rf"(?:,[ \t]*{_CYRILLIC_LOCALITY}|,[ \t]*{_CYRILLIC_PLACE}(?=,?[ \t]*\d{{5,6}}(?!\d))"
    rf"|,[ \t]*{_CYRILLIC_CAP_WORD}[ \t]+(?:район|р-н|улус))?"
    r"(?:,?[ \t]*\d{5,6}(?!\d))?"
)


# A Cambodian address, village first: "Phum Samraong, Khum Prek Anhchanh, Srok Khsach Kandal, Kandal"
# (phum village, khum/sangkat commune, srok/khan district, then the province, which may be bare).
_KHMER_NAME = r"[^\W\d_][^\W\d_'’-]*(?:[ \t]+[^\W\d_][^\W\d_'’-]*){0,2}"
_KHMER_ADDRESS = re.compile(
    rf"(?i)(?<![\w.])(?:no\.?[ \t]*\d+[a-z]?,?[ \t]*)?(?:phum|sangkat)[ \t]+{_KHMER_NAME}"
    rf"(?:[ \t]*,[ \t]*(?:khum|sangkat|srok|khan|krong|khet)[ \t]+{_KHMER_NAME}){{1,4}}"
    rf"(?:[ \t]*,[ \t]*(?-i:[A-Z]){_KHMER_NAME})?"
)


def _without_trailing_everyday_words(text: str, start: int, end: int, common: frozenset[str]) -> int:
    """End of a value before the sentence goes on in lower-case everyday words ("…, Dist: Gorakhpur
    please")."""
    while (w := re.search(r"[ \t]+([^\W\d_]+)$", text[start:end])) and w[1].islower() and w[1] in common:
        end = start + w.start()
    return end


# A village or a rural ward first stands for the street and number: "Address: Cantón Juchanep, Totonicapán",
# "Barangay Poblacion, Tagbilaran", "Aldea El Rancho, Jalapa"
_RURAL_UNIT_FIRST = re.compile(
    r"(?i)(?:cant[oó]n|aldea|caser[ií]o|barrio|colonia|vereda|corregimiento|comunidad|paraje|ejido|"
    r"rancher[ií]a|village|kampung|desa|dusun|sitio|purok|barangay)[ \t]+[^\W\d_]"
)


def _labelled_addresses(text: str) -> Iterator[tuple[int, int, str, float]]:
    """STREET_ADDRESS: the rest of the line after an address label, when it reads as a postal address: a
    house or postal number and a word, no e-mail, link or IP address."""
    for m in _ADDRESS_LABEL.finditer(text):
        if set(m.group("label").lower().split()[:-1]) & _NOT_STREET_LABEL:
            continue
        start, end = m.start("val"), strip_trailing(text, m.start("val"), m.end("val"))
        # (the labels of other languages, newer here, end at the sentence's end as well as the line's:
        # "Adresse: Douar Tagadirt, …, Province de Tiznit. the till password is …")
        if not m.group("label").lower().endswith("address") and (stop := re.search(r"\.\s", text[start:end])):
            end = start + stop.start()
        val = text[start:end]
        if (
            not (re.search(r"\d", val) or (_RURAL_UNIT_FIRST.match(val) and "," in val))
            or not re.search(r"[^\W\d_]{3}", val)
            or re.search(r"@|://|www\.|\b\d{1,3}(?:\.\d{1,3}){3}\b|[0-9a-f]{1,4}:[0-9a-f]{1,4}:", val, re.I)
        ):
            continue
        yield start, end, STREET_ADDRESS, 0.85


def _is_socket_address(value: str) -> bool:
    """`value` is an IP address, bracketed or not, with or without a port: "[2a00::c9a9]:8443", "10.0.0.2:80"."""
    m = re.fullmatch(
        r"\[(?P<v6>[0-9A-Fa-f:.]+)\](?::\d{1,5})?|(?P<v4>(?:\d{1,3}\.){3}\d{1,3})(?::\d{1,5})?", value.strip()
    )
    if not m:
        return False
    try:
        ipaddress.ip_address(m["v6"] or m["v4"])
    except ValueError:
        return False
    return True


def _address_field_values(text: str) -> Iterator[tuple[int, int, str, float]]:
    """STREET_ADDRESS: the value of a vCard ADR line or an address key, when it holds a number."""
    for m in _ADDRESS_FIELD.finditer(text):
        name = "adr" if m.group("adr") is not None else "val"
        key = (m.group("key") or "").lower()
        # "ip_address", "mac_address", "email_address" name no street ("shipping_address" does)
        if set(re.split(r"[_. -]", key)) & {
            "email",
            "e-mail",
            "mail",
            "ip",
            "mac",
            "wallet",
            "url",
            "web",
            "server",
            "bind",
            "listen",
            "remote",
            "ipv4",
            "ipv6",
        }:
            continue
        value = m.group(name)
        # "bindaddress = "[2a00:23c4::c9a9]:8443"": a socket address (an IP, its port) is no street, whatever
        # the key is glued to
        if _is_socket_address(value):
            continue
        # a key that says whose or which address it is holds one even without a number: villages and
        # landmarks stand for the number ("home_address": "Ngor Village, près de la grande mosquée, Dakar")
        named = re.search(r"street|home|postal|residential|mailing|shipping|billing|delivery|permanent", key)
        if "@" not in value and (re.search(r"\d", value) or (named and "," in value and "://" not in value)):
            yield m.start(name), m.end(name), STREET_ADDRESS, 0.95


# A Dutch postcode and its town after a street and number: "Turfkaai 3, 4461 WG Goes", "kerkstraat 3
# 4461 wg goes" (four digits, two letters; the town one word, or up to three capitalised ones).
# (Never the letters SA, SD, SS, nor a two-letter word: "Kerkstraat 3 2024 is a good year".)
_DUTCH_POSTCODE_TOWN = re.compile(
    r",?[ \t]+[1-9]\d{3}[ \t]?(?!(?i:sa|sd|ss|is|in|at|on|to|of|or|an|am|as|be|by|do|go|he|if|it|me|my|no|so"
    r"|up|us|we|en|op|de|te|ik|je|om)\b)(?:[A-Z]{2}|[a-z]{2})(?![\w-])"
    r"(?:[ \t]+(?:[A-Z][\w'’-]*(?:[ \t]+(?:aan|op|de|den|ter|in)?[ \t]*[A-Z][\w'’-]*){0,2}|[a-z][\w'’-]*))?"
)
# A five-digit postcode and its town after a street and number, the floor and door before it if written:
# "Rúa Camelias, 7, 7º esq., 36204 Vigo", "Via Roma 12, 20121 Milano", and Portugal's four and three digits,
# "Rua Augusta 40, 1100-053 Lisboa"
_POSTCODE_TOWN_AFTER = re.compile(
    # (the scrubber reads "7º" as "7o")
    r",[ \t]*(?:(?:\d{1,2}[ºª°o]\.?(?:[ \t]?(?:[A-Z]|dcha|der|izq(?:da)?|esq(?:da)?|dta|centro|ctro)\b\.?)?"
    r"|bajo|baixo|[áa]tico|entlo\.?)[ \t]*,[ \t]*)?"
    r"(?:\d{5}|\d{4}-\d{3})[ \t]+[A-ZÀ-Þ][\w'’-]+"
    r"(?:[ \t]+(?:(?:de|del|la|do|da|dos|das)[ \t]+)?[A-ZÀ-Þ][\w'’-]+){0,2}(?![\w@-])"
)
_TOWN_AFTER = re.compile(r",[ \t]*(?P<town>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?![\w-])")
# A Chinese or Japanese address, largest unit first, ending in a house number: "福建省福州市长乐区营前街道
# 10号", "東京都新宿区西新宿2丁目8番1号". Two or more unit words before the number.
_CJK_ADDRESS = re.compile(
    # (not the words before it: "我住在" "I live in", "地址是" "the address is")
    r"(?:(?:我|你|他|她|我们|我家)?(?:家)?(?:住在|住|在|地址是|地址为|寄到|送到|に住んでいます))?"
    r"(?P<val>(?:〒?\d{3}-?\d{4}[ \t]*)?[\u3005\u4e00-\u9fff]{2,40}?\d{1,5}(?:-\d{1,5}){0,2}[ \t]?"
    r"(?:号|號|番地|番|丁目)(?:\d{1,5}(?:-\d{1,5})?[ \t]?(?:号|號|番|室))*"
    # a Japanese rural address ends in the number after its "字" (aza) with no unit word: "沖縄県宮古島市
    # 伊良部字佐和田880", "城辺字福里6-7"
    r"|(?:〒?\d{3}-?\d{4}[ \t]*)?[\u3005\u4e00-\u9fff]{2,30}?字[\u3005\u4e00-\u9fff]{1,10}?\d{1,5}(?:-\d{1,5}){0,2}(?![\d-]))"
)
_CJK_ADDRESS_UNIT = re.compile(r"省|自治区|都|道|府|県|县|市|区|區|镇|鎮|乡|鄉|村|路|街|巷|弄|町|丁目")
# A Korean road-name address: a city or province, one or two districts, the road and its number, then
# a floor and the neighbourhood in brackets ("서울특별시 영등포구 도림로 21, 5층 (대림동)"). At least one
# district word (시/군/구) before the road, so a road name alone is not an address.
_KOREAN_ADDRESS = re.compile(
    r"(?:[\uac00-\ud7a3]{1,10}(?:특별시|광역시|특별자치시|특별자치도|도)[ \t]+)?"
    r"(?:[\uac00-\ud7a3]{1,10}(?:시|군|구)[ \t]+){1,2}(?:[\uac00-\ud7a3]{1,10}(?:읍|면)[ \t]+)?"
    r"[\uac00-\ud7a30-9]{1,12}(?:로|길)[ \t]?\d{1,5}(?:-\d{1,5})?(?![\d-])"
    r"(?:,?[ \t]*\d{1,3}(?:층|호)){0,2}(?:[ \t]*\([\uac00-\ud7a30-9]{1,10}(?:동|가|리)\))?"
)
# An Argentine address: a street (often a title and a name: "Tte. Gral. Pablo Riccheri"), its number,
# then the postcode, a letter and four digits with or without three letters ("B1686", "B1686ZRP"), the
# town and its province.
_ARGENTINE_ADDRESS = re.compile(
    r"(?:(?:Av|Avda|Tte|Gral|Cnel|Cmte|Sgto|Alte|Pte|Pres|Dr|Ing|Pbro)\.[ \t]+){0,3}"
    r"[A-Z][\w'’-]+(?:[ \t]+(?:de[ \t]+|del[ \t]+|la[ \t]+)?[A-Z][\w'’-]+){0,3}[ \t]+\d{1,5},?[ \t]+"
    r"[A-HJ-NP-Z]\d{4}(?:[A-Z]{3})?[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}"
    r"(?:,[ \t]*(?:Provincia[ \t]+de[ \t]+)?(?:Buenos[ \t]+Aires|C[oó]rdoba|Santa[ \t]+Fe|Mendoza|"
    r"Tucum[aá]n|Salta|Entre[ \t]+R[ií]os|Chubut|Neuqu[eé]n|R[ií]o[ \t]+Negro|Misiones|Corrientes|Chaco|"
    r"Jujuy|San[ \t]+Juan|San[ \t]+Luis|La[ \t]+Pampa|Formosa|Catamarca|La[ \t]+Rioja|Santiago[ \t]+del[ \t]+"
    r"Estero|Santa[ \t]+Cruz|Tierra[ \t]+del[ \t]+Fuego|CABA))?"
)


# A Nepali address: the municipality and its ward number joined by a hyphen, then the district, a village
# or tole before them: "Salleri, Solududhkunda-7, Solukhumbu", "Bhimsengola, Kathmandu-10, Kathmandu"
_NEPALI_WARD_ADDRESS = re.compile(
    r"(?<![\w-])(?P<tole>[A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?,[ \t]*)?[A-Z][a-z]{3,}(?:[ \t][A-Z][a-z]{2,})?-\d{1,2},"
    r"[ \t]*(?P<district>[A-Z][a-z]{3,})(?![\w-])"
)


class KaizenStreetAddressRecognizer(RegexRecognizer):
    """STREET_ADDRESS: house number + street name + suffix ("221B Baker Street", "12 oak ave, apt 4"),
    and continental forms: "Kochstrasse 507", "Via Roma 12", "ul. Długa 5", "12 rue de la Paix"; a Dutch
    postcode and town after the number go with it; Chinese, Japanese, Korean and Argentine addresses."""

    ENTITIES = [STREET_ADDRESS]

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> Iterator[tuple[int, int, str, float]]:
        for m in _CJK_ADDRESS.finditer(text):
            if len(_CJK_ADDRESS_UNIT.findall(m["val"])) >= 2:
                yield m.start("val"), m.end("val"), STREET_ADDRESS, 0.9
        for pattern in (_KOREAN_ADDRESS, _ARGENTINE_ADDRESS):
            for m in pattern.finditer(text):
                yield m.start(), m.end(), STREET_ADDRESS, 0.9
        for m in _NEPALI_WARD_ADDRESS.finditer(text):
            # (three parts, or a district the gazetteer knows: "Windows-11, Linux" is no address)
            if m["tole"] or m["district"].lower() in well_known_places():
                yield m.start(), m.end(), STREET_ADDRESS, 0.95
        for start, end, kind, score in self._street_spans(text):
            tail = _DUTCH_POSTCODE_TOWN.match(text, end) or _POSTCODE_TOWN_AFTER.match(text, end)
            # a big city after the street and a comma is the address's town ("Lange Straße 5, Berlin"):
            # masked with it, as the sets label it; alone it stays in the text
            town = _TOWN_AFTER.match(text, end)
            if not tail and town and town["town"].lower() in well_known_places():
                tail = town
            yield start, tail.end() if tail else end, kind, score

    def _street_spans(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        common = common_words()
        yield from _address_field_values(text)
        yield from _labelled_addresses(text)
        for m in _SOUTH_ASIAN_ADDRESS.finditer(text):
            # a village or a district among the pieces ("p.s.: love you, post: tomorrow" is no address)
            if re.search(
                r"(?i)\b(?:vill(?:age)?|thana|upazila|dist(?:rict)?|tehsil|taluka?|mandal|mouza)\b", m[0]
            ):
                yield (
                    m.start(),
                    _without_trailing_everyday_words(text, m.start(), m.end(), common),
                    STREET_ADDRESS,
                    0.9,
                )
        for m in _KHMER_ADDRESS.finditer(text):
            yield (
                m.start(),
                _without_trailing_everyday_words(text, m.start(), m.end(), common),
                STREET_ADDRESS,
                0.9,
            )
        for m in _STREET.finditer(text):
            name_words = m.group("name").lower().split()
            if any(w.strip(".,") in _STREET_STOP for w in name_words):
                continue
            if _MEASURE_AFTER_NUMBER.match(m.group()):  # "a 9 lb pike": a weight, not a house number
                continue
            yield m.start(), m.end(), STREET_ADDRESS, 0.9
        for m in _STREET_COMPOUND.finditer(text):
            street, pre = m.group("street").lower(), (m.group("pre") or "").strip().lower()
            if street in _COMPOUND_TYPES:  # "Lange Straße 5": the name is the word before
                if not pre or pre in _STREET_STOP or pre in common:
                    continue
                yield m.start(), m.end(), STREET_ADDRESS, 0.85
            elif street not in common:
                yield m.start("street"), m.end(), STREET_ADDRESS, 0.85
        for pattern in (
            _STREET_NUMBERED_ROAD,
            _STREET_NUMBERED_HOUSE,
            _HOUSE_NUMBER_LOCALITY,
            _PO_BOX,
            _STREET_LITHUANIAN,
            _STREET_ROUTE_KM,
            _MAGHREB_ADDRESS,
            _PERSIAN_ADDRESS,
            _INDIAN_FLAT_ADDRESS,
            _BAHRAIN_ADDRESS,
            _PERU_BLOCK_LOT_ADDRESS,
            _MOROCCAN_ARABIC_ADDRESS,
            _CYRILLIC_ADDRESS,
        ):
            for m in pattern.finditer(text):
                yield m.start(), m.end(), STREET_ADDRESS, 0.85
        # (the tehsil at its end makes the chain sure, the hamlet at its head too: spaCy's "Basti Gopang")
        for m in _SOUTH_ASIAN_RURAL_ADDRESS.finditer(text):
            yield m.start(), m.end(), STREET_ADDRESS, 0.95
        for m in _GHANA_DIGITAL_ADDRESS_ALONE.finditer(text):
            yield m.start("val"), m.end("val"), STREET_ADDRESS, 0.9
        for m in _SAUDI_SHORT_ADDRESS.finditer(text):
            yield m.start("val"), m.end("val"), STREET_ADDRESS, 0.95
        # (the postal code's label makes the whole chain sure, the town at its head too: "URMIA, …")
        for m in _POSTAL_CODE_LAST_ADDRESS.finditer(text):
            yield m.start(), m.end(), STREET_ADDRESS, 0.95
        for m in _STREET_BUILDING.finditer(text):
            if not any(w.strip(".,") in _STREET_STOP for w in m.group("name").lower().split()):
                yield m.start(), m.end(), STREET_ADDRESS, 0.9
        for m in (m for pattern in _STREET_BLOCKS for m in pattern.finditer(text)):
            name = m.group("name")
            # the district is written as a name ("Jingumae"), not a word ("room 3-14-2")
            if (name.istitle() or text.isupper()) and name.lower() not in common | _STREET_STOP:
                yield m.start(), m.end(), STREET_ADDRESS, 0.8
        for pattern in (_STREET_TYPE_FIRST, _STREET_NUMBER_FIRST):
            for m in pattern.finditer(text):
                kind = m.group().split()[0 if pattern is _STREET_TYPE_FIRST else 1].lower()
                name = [w.strip(".,'’").lower() for w in m.group("name").split()]
                if not name or any(w in _STREET_STOP for w in name):
                    continue
                if kind in _AMBIGUOUS_TYPES and all(w in common for w in name):
                    continue
                # "Via Roma, 12 people came": a count, not a house number
                if pattern is _STREET_TYPE_FIRST and _NOT_A_HOUSE_NUMBER.match(text, m.end()):
                    continue
                end = strip_trailing(text, m.start(), m.end())
                yield m.start(), end, STREET_ADDRESS, 0.85


# -------------------------------------------------------------------------------------------- secrets

_SECRET_PATTERNS: list[tuple[re.Pattern[str], float]] = [
    (
        re.compile(
            r"-----BEGIN[A-Z ]*PRIVATE KEY( BLOCK)?-----.*?(?:-----END[A-Z ]*PRIVATE KEY( BLOCK)?-----|\Z)",
            re.S,
        ),
        1.0,
    ),
    (re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}"), 0.95),
    (re.compile(r"(?<![\w-])sk-(?:proj-|ant-|live-|test-)?[A-Za-z0-9_-]{16,}"), 0.95),
    (re.compile(r"\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{16,}"), 0.95),
    (re.compile(r"\bgh[pousr]_[A-Za-z0-9]{20,}"), 0.95),
    (re.compile(r"\bgithub_pat_[A-Za-z0-9_]{20,}"), 0.95),
    (re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"), 0.95),
    (re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}"), 0.95),
    (re.compile(r"\bAIza[0-9A-Za-z_-]{35}"), 0.95),
    (re.compile(r"\b(?:glpat|hf|npm|pypi)[-_][A-Za-z0-9_-]{20,}"), 0.9),
    # Slack app tokens, webhook signing secrets (Stripe, Svix), SendGrid, DigitalOcean, Shopify, Google OAuth
    (re.compile(r"\bxapp-\d-[A-Za-z0-9-]{20,}"), 0.95),
    (re.compile(r"\bwhsec_[A-Za-z0-9+/=]{20,}"), 0.95),
    (re.compile(r"\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}"), 0.95),
    (re.compile(r"\bdo[por]_v1_[a-f0-9]{40,}"), 0.95),
    (re.compile(r"\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"), 0.95),
    (re.compile(r"\bya29\.[A-Za-z0-9_-]{20,}"), 0.9),
    # Discord bot tokens: base64 user id, timestamp, HMAC
    (
        re.compile(r"(?<![\w.-])[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}(?![\w.-])"),
        0.9,
    ),
    # Discord webhooks: the id and token in the path are the credential
    (re.compile(r"(?<=discord\.com/api/webhooks/)\d{15,20}/[A-Za-z0-9_-]{30,}", re.IGNORECASE), 0.95),
    (re.compile(r"(?<=discordapp\.com/api/webhooks/)\d{15,20}/[A-Za-z0-9_-]{30,}", re.IGNORECASE), 0.95),
    # Slack incoming webhooks carry their secret in the path
    (re.compile(r"hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{16,}"), 0.95),
    (re.compile(r"\b[0-9a-fA-F]{32,}\b"), 0.6),
]
# A hex string right after these words is a commit, checksum or digest, not a key.
_HASH_CONTEXT = re.compile(
    r"\b(?:commit|commits|sha(?:-?1|-?256)?|hash|revision|rev|checksum|md5|digest|etag|head|merge|cherry-pick|"
    r"revert|rebase|build|tag)\b[^\n]{0,12}$",
    re.IGNORECASE,
)
# Words that make the "code" after them an order, tracking or product reference, not a secret.
_NOT_SECRET_CODE = re.compile(
    r"\b(?:order|tracking|track|shipment|shipping|parcel|package|delivery|promo|promotion|discount|coupon|voucher|"
    r"referral|confirmation|booking|reservation|reference|ref|product|item|sku|part|model|serial|error|status|"
    r"exit|zip|postal|post|area|country|dial|qr|bar|source|invoice|ticket|course|class|room|colou?r|hex|airport|"
    r"flight|engine|paint|trim|fault|dtc)(?:\s+(?:no\.?|number|#))?[\s-]*$",
    re.IGNORECASE,
)
# ... and the "key" after these a database, keyboard or music key ("product key" stays a secret).
_NOT_SECRET_KEY = re.compile(
    r"\b(?:primary|foreign|sort|partition|composite|unique|index|hash|dict|map|lookup|music|piano|shortcut|hot|"
    r"arrow|escape|enter|tab|function|f\d{1,2}|car|house|door|room|locker)[\s-]*$",
    re.IGNORECASE,
)
_LONG_TOKEN = re.compile(r"(?<![\w/+=-])[A-Za-z0-9_+/-]{24,}={0,2}(?![\w/+=-])")
# A value after a password word is not a bracket saying what the password is for: "password (flat 12): X"
_NOT_A_BRACKETED_NOTE = r"(?!\([^\W\d_]+\s)"
_PASSWORD = re.compile(
    r"\b(?P<kw>pass(?:word|wd|phrase|code)?|pwd|pw|pin(?:\s*code)?|secret|api[\s_-]?key|access[\s_-]?key|"
    r"token|auth[\s_-]?token)s?(?P<sep>\s*(?:is|was|=|:|->)\s*|['’]s\s+|\s*:\s*|\s+)(?:[\"'`])?"
    r"(?P<val>" + _NOT_A_BRACKETED_NOTE + r"[^\s\"'`]{3,})",
    re.IGNORECASE,
)


# "password" in other languages: contraseña, mot de passe, Passwort, senha, wachtwoord, hasło, parola...
_PASSWORD_FOREIGN = re.compile(
    r"\b(?:contrase[ñn]a|mot\s+de\s+passe|mdp|passwort|kennwort|senha|wachtwoord|has[łl]o|parola|"
    r"parolă|l[öo]senord|salasana|jelsz[óo]|heslo|geslo|lozinka|[şs]ifre|adgangskode|passord|lykilor[ðd]|"
    # Greek in Latin letters: "o kodikos einai X"; Saterland Frisian and Afrikaans
    r"k[ow]dikos|paaswoud|wagwoord)"
    r"(?P<sep>\s*(?:is|es|est|ist|é|è|er|jest|to|on|einai|ine|=|:)\s*|\s+)[\"'`]?(?P<val>[^\s\"'`]{3,})",
    re.IGNORECASE,
)
# The value before the cue: "07MKxN5aHd is the wifi password", "hunter2 was my old password".
_VALUE_BEFORE_PASSWORD = re.compile(
    r"(?<![^\s\"'`(])[\"'`]?(?P<val>[^\s\"'`]{4,64}?)[\"'`]?\s+(?:is|was)\s+(?:the|my|our|your|his|her|their)\s+"
    r"(?:(?:new|old|current|default|temporary|temp)\s+)?(?:(?:wi-?fi|wlan|router|admin|root|account|email|"
    r"laptop|phone|guest|vpn|db|database|server)\s+)?(?:password|passwd|passcode|passphrase|pw|pwd)\b"
    # the cue ends the clause: not "X is the password policy"
    r"(?=\s*(?:[,.!?;:)]|$)|\s+(?:btw|now|for|of|on|at|here|too|again|lol|fyi|so|and|but|until)\b)",
    re.IGNORECASE,
)
# "docker login -u ci -p s3cret registry.example.com": a registry password on the command line.
_REGISTRY_LOGIN_PASSWORD = re.compile(
    r"\b(?:docker|podman|buildah|skopeo|nerdctl|oras|helm\s+registry)\s+login\b[^\n]*?(?<!\S)"
    r"(?:-p|--password)(?:=|\s+)[\"']?(?P<val>[^\s\"'`]{3,})",
    re.IGNORECASE,
)

# Keywords recognised with one typo; the value after them follows the rules of the exact keyword.
_SECRET_KEYWORDS = frozenset(
    {"password", "passwd", "passcode", "passphrase", "pin", "secret", "token", "apikey", "pw", "pwd"}
)
_AFTER_KEYWORD = re.compile(
    r"s?(?P<sep>\s*(?:is|was|=|:|->)\s*|\s*:\s*|\s+)(?:[\"'`])?(?P<val>"
    + _NOT_A_BRACKETED_NOTE
    + r"[^\s\"'`]{3,})",
    re.IGNORECASE,
)


# Assignment-style secrets: a key whose name has a secret word as one of its parts, then = or :, then
# the value (.env, shell export, YAML, JSON, settings files): DB_PASSWORD=..., "api_key": "...".
_SECRET_NAME_PARTS = frozenset(
    {"password", "passwd", "pass", "pwd", "psw", "pw", "secret", "token", "key", "apikey", "auth", "credential",
     "credentials", "passphrase", "passcode", "pin", "private", "signature", "salt", "pepper"}
)  # fmt: skip
# (also the short forms secret scanners read as a credential key: requirepass, dbpwd, oauth, awscreds, hmacsig)
_SECRET_SUFFIXES = (
    "password", "passwd", "passphrase", "secret", "token", "apikey", "key", "pass", "pwd", "auth", "creds", "cred",
    "sig", "pw",  # "rootpw", "adminpw": a password run together with its owner
)  # fmt: skip
_RANDOM_KINDS = ("key", "token", "secret", "apikey", "auth", "signature", "salt", "private", "credential",
                 "credentials", "creds", "cred", "sig")  # fmt: skip
# A config directive: a credential-named key, a space, the value, alone on its line ("requirepass X",
# "masterauth X", "AUTH default X" with the user in between).
_DIRECTIVE = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Za-z][A-Za-z0-9_.-]{2,40})(?:[ \t]+[A-Za-z_][\w.-]{0,31})?[ \t]+[\"']?"
    r"(?P<val>[^\s\"'`]{4,128}?)[\"']?[ \t]*$"
)
_ASSIGNMENT = re.compile(
    r"(?<![\w$])[\"']?(?P<name>[A-Za-z][A-Za-z0-9]*(?:(?:[_.-]|__)[A-Za-z0-9]+)*)[\"']?[ \t]*(?P<op>:=|=|:)[ \t]*"
    r"(?:\"(?P<dq>[^\"\n]{3,200})\"|'(?P<sq>[^'\n]{3,200})'|`(?P<bq>[^`\n]{3,200})`|(?P<val>[^\s\"'`,;}\]]{3,}))"
)
# Tokens of HTTP authorisation headers: "Bearer <token>", "Basic <base64>".
_AUTH_HEADER = re.compile(r"\b(?:bearer|basic|token)\s+(?P<val>[A-Za-z0-9._~+/-]{16,}=*)", re.IGNORECASE)
# Credentials in a URL: scheme://user:password@host (database and broker connection strings).
# (the user part may be an e-mail address, its "@" written "%40" and decoded: "smtp://shop%40x.local:pw@mail")
_URL_PASSWORD = re.compile(
    r"\b[a-z][a-z0-9+.-]*://(?:[^\s:/@]+@)?[^\s:/@]*:(?P<val>[^\s@/]{1,200})@[\w.-]", re.IGNORECASE
)
# "password for the shared account: value", "pass for the cabin is value": the value after a colon or
# "is" a few words after the keyword.
_PASSWORD_FOR = re.compile(
    r"\s+(?:for|of|to|on)\s+[^:=\n]{1,40}?(?P<sep>\s*[:=]\s*|\s+(?:is|was)\s+)[\"'`]?(?P<val>[^\s\"'`]{3,})"
)
_PASSWORD_FOR_KEYWORD = re.compile(
    r"\b(?P<kw>pass(?:word|wd|phrase|code)?|pwd|pw|pin|wifi\s+key)(?=\s+(?:for|of|to|on)\b)", re.I
)
# Command-line credentials: --password=x, --db-token x, curl -u user:pass, sshpass -p x, redis-cli -a x.
# "login ebrown / Cultural@2030", "creds: admin / hunter2": a user and its password after a login word
_LOGIN_PAIR = re.compile(
    r"\b(?:login|log\s?in|logon|creds?|credentials|user\s?/\s?pass(?:word)?|u/p)(?:\s+(?:are|is|was))?\s*[:=]?\s+"
    r"(?P<user>[^\s/:]{2,64})\s+/\s+(?P<val>\S{3,128})(?<!:)",  # "login: ana / pw: x": "pw:" is a label
    re.IGNORECASE,
)


def _login_pairs(text: str, common: frozenset[str] | set[str]) -> Iterator[re.Match[str]]:
    """ "login <user> / <password>" pairs whose password is not a plain word ("login page / settings")."""
    for m in _LOGIN_PAIR.finditer(text):
        user, val = m.group("user").lower(), m.group("val")
        if user in common or val.lower() in common or val.lower() in _NOT_A_VALUE:
            continue
        if val.isalpha() and (val.islower() or val.istitle()):
            continue  # a word, not a password
        yield m


_CLI_SECRET_FLAG = re.compile(r"(?<!\S)--?(?P<name>[A-Za-z][\w-]*)(?:=|\s+)[\"']?(?P<val>[^\s\"'`]{3,})")
# (curl's -U is its proxy's user and password; a command typed in capitals keeps its flags: "CURL -U A:B")
_CLI_USER_PASS = re.compile(
    r"(?<!\S)(?:-[uU]|--(?:proxy-)?(?:user|USER))\s+[\"']?[^\s:\"']+:(?P<val>[^\s\"'`@]{3,})"
)
# A user and its password in a config line: coturn's "user=interp:MabouFiddle" (turnserver.conf), and
# Flexisip's user database, where "clrtxt:" marks a password kept in clear ("ana@sip.x clrtxt:Pw1 ;")
# (pasted into a sentence too: "turnserver.conf has user=relay:Tamarind-Bay4 and …")
_CONFIG_USER_PASS = re.compile(
    r"(?im)(?:^|(?<=\s))(?:user|static-user)[ \t]*=[ \t]*[\"']?[^\s:\"'=]+:(?P<val>[^\s\"'`@]{3,})"
)
# A PHP constant holding a login or a password: "define('DATABASE_USER', 'ana.b');", "define('db_pass', 'x');"
# (WordPress, phpBB and their kin keep their database credentials so)
_PHP_DEFINE = re.compile(
    r"\bdefine[ \t]*\([ \t]*(?P<q1>['\"])(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?P=q1)[ \t]*,[ \t]*"
    r"(?P<q2>['\"])(?P<val>[^'\"\n]{3,200})(?P=q2)[ \t]*\)",
    re.IGNORECASE,
)


def php_define_kind(name: str) -> str | None:
    """USERNAME or SECRET for a PHP constant's name ("DATABASE_USER", "DB_PASSWORD"), None for others."""
    parts = name.lower().split("_")
    if parts[-1] in ("user", "username", "usr", "login", "uname"):
        return USERNAME
    if set(parts) & (_SECRET_NAME_PARTS - {"key", "private", "signature", "salt", "pepper"}) or parts[-1] in (
        "key",
        "salt",
    ):
        return SECRET
    return None


_CLEARTEXT_PASSWORD = re.compile(r"(?i)(?<![\w-])clrtxt:(?P<val>[^\s\"'`;]{3,})")
_CLI_SHORT_PASSWORD = re.compile(
    r"\b(?:sshpass|mysql|mysqldump|mariadb|redis-cli)\b[^\n]*?(?<!\S)-(?:p|a)\s?(?P<val>[^\s\"'`]{3,})"
)
# "sudo with X", "sudo pw: X", "sudo password is X": the value is the account's password.
_SUDO_PASSWORD = re.compile(
    r"\bsudo\s+(?:with|pass(?:word)?|pw|pwd)(?:\s+is)?\s*:?\s+[\"']?(?P<val>[^\s\"'`]{4,})", re.IGNORECASE
)
# Cue words after which a random-looking token (letters and digits, 12+ long) is a secret:
# "webhook secret: ...", "license key ...", "recovery code ...".
_SECRET_CUE = re.compile(
    r"\b(?P<cue>secret|token|key|passphrase|password|pass|pwd|pw|code|codes|credential|credentials|licen[cs]e|"
    r"bearer)"
    r"\b[^\n]{0,12}?(?P<val>(?<![\w-])[A-Za-z0-9][A-Za-z0-9_-]{7,}[A-Za-z0-9](?![\w-]))",
    re.IGNORECASE,
)
# what a code opens, as the part of a key's name before "code"
_OPENED_BY_A_CODE = frozenset(
    {"access", "door", "gate", "alarm", "entry", "unlock", "lock", "safe", "keypad", "building", "garage"}
)
# the last part of a name that says what a secret is called or how it is made, not what it is
_ABOUT_A_SECRET = frozenset({"name", "type", "length", "len", "size", "format", "algorithm", "kind"})
_NOT_A_VALUE = frozenset(
    {"true", "false", "null", "none", "nil", "yes", "no", "on", "off", "required", "optional"} | AUTH_METHODS
)


def _camel_parts(name: str) -> list[str]:
    """Parts of an identifier split at separators and camel case: apiKey -> [api, key]."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    return [p.lower() for p in re.split(r"[\s_.-]+", spaced) if p]


def _name_parts(name: str) -> list[str]:
    """Parts of an identifier: DB_PASSWORD -> [db, password]; apiKey -> [api, key]; secret.key -> [secret, key].
    Parts before camel-case splitting come too, so a typo in capitals ("TOKrN") is not split apart."""
    parts = _camel_parts(name)
    return parts + [p.lower() for p in re.split(r"[_.-]+", name) if p and p.lower() not in parts]


def _secret_name(name: str) -> str | None:
    """The secret word an identifier holds as one of its parts (one typo allowed), or None."""
    parts = _name_parts(name)
    for part in parts:
        if part in _SECRET_NAME_PARTS:
            return part
        kw = near_keyword(part, _SECRET_KEYWORDS)
        if kw:
            return kw
    # the code that opens something: access_code, DOOR_CODE, gateCode (not zip_code, status_code)
    if any(a in _OPENED_BY_A_CODE and b == "code" for a, b in zip(parts, parts[1:], strict=False)):
        return "passcode"
    # a secret word run together with its owner: PGPASSWORD, accountkey, clientsecret, authtoken
    for part in parts:
        if part not in common_words():
            for suffix in _SECRET_SUFFIXES:
                if part.endswith(suffix) and len(part) > len(suffix) + 1:
                    return suffix
    return None


def _assigned_secret(
    text: str, m: re.Match[str], common: frozenset[str] | set[str]
) -> tuple[int, int] | None:
    """The value span of a NAME=value / "name": "value" assignment whose name says it is a secret."""
    kw = _secret_name(m.group("name"))
    group = next(g for g in ("dq", "sq", "bq", "val") if m.group(g) is not None)
    start, end = m.start(group), m.end(group)
    if group == "val":  # in an assignment the value runs to the next space; "!" or "?" may be part of it
        end = strip_trailing(text, start, end, ",;)]}")
    val = text[start:end]
    if kw is None or len(val) < 3 or val.lower() in _NOT_A_VALUE or val.startswith(("$", "<", "{", "%")):
        return None
    if _PLACEHOLDER_VALUE.fullmatch(val):  # "your-api-key-here", 'changeme'
        return None
    # a name that describes the secret holds no secret: "SharedAccessKeyName=RootManageSharedAccessKey"
    name_parts = _camel_parts(m.group("name"))
    if name_parts and name_parts[-1] in _ABOUT_A_SECRET:
        return None
    if kw not in _RANDOM_KINDS and dotted_passphrase(val):  # "ADMIN_PASSWORD=moss.ladder.cinema"
        return start, end
    if group == "val" and kw not in _RANDOM_KINDS and kw != "pin":
        end = _config_line_end(text, m, end)  # "adminPassword: moss ladder cinema": to the line's end
        if end > m.end(group):
            return start, end
    if re.fullmatch(r"[A-Za-z_]+(?:\.[A-Za-z_]+)+(?:\[.*\])?", val):  # a reference: process.env.KEY
        return None
    # a host name or link is where a credential is used, not the credential ("authDomain": "x.firebaseapp.com")
    if re.fullmatch(r"(?:[a-z0-9-]+\.)+[a-z]{2,24}(?::\d+)?/?|https?://\S+", val):
        return None
    if re.fullmatch(r"[*xX.•_-]+", val) or (
        m.group("op") == ":" and group == "val" and " " in text[end : end + 1] and val.lower() in common
    ):
        return None
    if kw in _RANDOM_KINDS:
        # a key's value must look random: long, with a digit or a symbol, never an everyday word
        ok = (len(val) >= 8 and bool(re.search(r"[\d\W_]", val))) or (len(val) >= 16 and _entropy(val) > 3.0)
        ok = ok and val.lower() not in common and " " not in val.strip()
    elif kw == "pin":
        ok = val.isdigit() and 3 <= len(val) <= 8
    else:  # passwords: anything that is not an everyday word; quoted, spaces and all ("a b c d")
        ok = val.lower() not in common and (" " not in val.strip() or group in ("dq", "sq"))
    return (start, end) if ok else None


# A key that is a program's, not a sentence's: snake_case, camelCase, dotted, dashed or ALL CAPS.
_CODE_KEY = re.compile(r"[A-Za-z]\w*[_.-]\w+|[a-z]+[A-Z]\w*|[A-Z][A-Z0-9]{2,}")


def _config_line_end(text: str, m: re.Match[str], end: int) -> int:
    """In config syntax (a code-shaped key starting its line, then ":" or "=") an unquoted value runs to
    the end of the line, spaces and all ("harborPassword: moss ladder cinema"); `end` when it is not."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if not re.fullmatch(r"[ \t]*(?:-[ \t]+|export[ \t]+)?[\"']?", text[line_start : m.start("name")]):
        return end
    if not _CODE_KEY.fullmatch(m["name"]):
        return end
    # "KEY=value cmd args" sets a variable for a command: only "key: value" and INI's "key = value" run on
    if m["op"] != ":" and not text[m.end("op") : m.end("op") + 1].isspace():
        return end
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    rest = re.sub(r"[ \t]+#.*$", "", text[end:line_end]).rstrip()
    # more words, none of them another key ("user: ana pass: x") or a comment
    if re.fullmatch(r"[*xX.•_-]+", text[m.start("val") : end]) or not re.fullmatch(
        r"(?:[ \t]+[^\s:=#()<>\[\]{}]+){1,7}", rest
    ):  # a mask ("•••• (hidden)") or a note, not a phrase
        return end
    return end + len(rest)


def _assignments(text: str) -> Iterator[re.Match[str]]:
    """Every NAME=value assignment, nested ones too: in "env: DB_PASSWORD=x" the value of "env" is
    itself an assignment (a plain finditer would swallow it)."""
    pos = 0
    while m := _ASSIGNMENT.search(text, pos):
        yield m
        group = next(g for g in ("dq", "sq", "bq", "val") if m.group(g) is not None)
        pos = m.start(group) if m.start(group) > m.start() else m.end()


# A long random token right after a login, key or token word: "cargo login <token>", "key: <token>".
_TOKEN_AFTER_KEY_WORD = re.compile(
    r"\b(?:log\s?in|sign\s?in|auth(?:enticate)?|token|key|api[\s_-]?key|secret|credentials?|bearer)\b"
    r"[ \t]*(?:[:=][ \t]*)?[\"'`]?(?P<val>[A-Za-z0-9_+/.=-]{20,})",
    re.IGNORECASE,
)
# A capability token in a link's path or query: "feeds.example.fm/p/<32 random chars>.xml".
_URL_PATH_TOKEN = re.compile(r"(?<=[/=])(?P<val>[A-Za-z0-9_-]{24,})(?=[./?&#\s]|$)")
# A live stream's key, the last part of an RTMP URL: "rtmp://live.example.org/app/DwnmGV11VRUNX9pp"
_RTMP_STREAM_KEY = re.compile(
    r"(?i)\brtmps?://[^\s/]+(?:/[^\s/]+)+/(?P<val>[A-Za-z0-9_-]{10,}(?:\?[^\s]*)?)(?=[\s\"'`]|$)"
)


_SSH_KEY_TYPE = re.compile(
    r"(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com)[ \t]+$"
)


def _long_random(val: str) -> bool:
    """20+ characters of letters and digits that no one would type as a name or a word."""
    core = val.strip("=")
    classes = sum(bool(re.search(p, core)) for p in ("[a-z]", "[A-Z]", "[0-9]"))
    return len(core) >= 20 and classes >= 2 and bool(re.search(r"\d", core)) and _entropy(core) > 3.5


def _entropy(s: str) -> float:
    counts = Counter(s)
    return -sum(n / len(s) * math.log2(n / len(s)) for n in counts.values())


# "<Pass", "<cfg:Pass": the word names an XML element, whose text (not an attribute) holds the value
_ELEMENT_NAME_BEFORE = re.compile(r"<(?:[\w-]+:)?$")


def _inside_placeholder(text: str, start: int, end: int) -> bool:
    """The value is a template's placeholder, or a word of one: "DB_PASSWORD=<your password here>",
    "$sPASSWORD = 'changeme';"."""
    return bool(
        (re.search(r"<[\w \t-]*$", text[:start]) and re.match(r"[\w \t-]*>", text[start:]))
        or _PLACEHOLDER_VALUE.fullmatch(text[start:end])
    )


def says_where_it_is(text: str, start: int, end: int) -> bool:
    """A participle and a preposition after the cue tell where the secret is, not what: "the password is
    pinned in the channel", "is written on the fridge", "is saved in Bitwarden"."""
    value = text[start:end]
    return bool(
        re.fullmatch(r"(?i)[a-z]+(?:ed|en)", value)
        # (a rarer past participle too: "is chalked on the tyre rack", "is scratched inside the box")
        and (value.lower() in everyday_words() or value.lower().endswith("ed"))
        and re.match(
            r"(?i)\s+(?:in|on|under|at|inside|behind|with|by|into|onto|above|below|near|to|beside|next\s+to)\b",
            text[end:],
        )
    )


# A wallet's recovery words: 12 to 24 lower-case words after "seed phrase", "recovery phrase", "mnemonic"
_SEED_PHRASE = re.compile(
    r"(?i:\b(?:seed|recovery|backup|secret|wallet)\s+(?:phrase|words)|\bmnemonic)\b[^\n\w]{0,3}"
    r"(?:(?:of|for)\s+(?:the\s+|my\s+|our\s+)?[\w-]+(?:\s+wallet)?\s+)?(?:(?i:is|was|are|were)\s*:?\s+)?"
    r"(?P<val>[a-z]{3,8}(?:[ \t]+[a-z]{3,8}){11,23})\b"
)


# a sample config's value that says it is one: "ThisTokenIsNotSoSecretChangeIt", "please-change-it"
SAYS_IT_IS_A_SAMPLE = r"[\w-]*(?:not[-_]?so[-_]?secret|change[-_]?it)[!.]*"
_PLACEHOLDER_VALUE = re.compile(
    r"(?i)your[-_].*|.*[-_]here|(?:put|enter|insert)[ _-]your[ _-].*|(?:changeme|change[-_]me|replace[-_]?me|fill[-_]?me(?:[-_]?in)?|set[-_]?me)[!.]*|"
    r"placeholder.*|todo|fixme|tbd|" + SAYS_IT_IS_A_SAMPLE + r"|"
    # a run of x standing for the value: "sk_test_xxxxxxxxxxxxxxxx", "XXXX-XXXX"
    r"[\w.-]*x{6,}[\w.-]*|(?:x{4}-){1,}x{4}"
)


# An APRS-IS login in Dire Wolf's config: "IGLOGIN <call sign> <passcode>" (the passcode is a number)
_APRS_LOGIN = re.compile(r"(?im)^[ \t]*IGLOGIN[ \t]+\S+[ \t]+(?P<val>-?\d{3,6})[ \t]*$")

# A login and its password written as a pair after a login word: "distrokid login shelley_j902 /
# copperbelt2025", "creds: ana.ruiz / Tide#4471" (the second is the password; a path has no spaces round
# its slash, and a password's shape is asked of it)
LOGIN_SLASH_PASSWORD = re.compile(
    r"(?i)\b(?:login|log-in|sign-in|credentials?|creds|user(?:name)?|usuario|utente|benutzer(?:name)?|"
    r"identifiant)[ \t]*:?[ \t]+(?P<user>[\w.@+-]{3,})[ \t]+/[ \t]+(?P<val>[^\s/]{6,}?)(?=[.,;!?)]?(?:\s|$))"
)


class KaizenSecretRecognizer(RegexRecognizer):
    """SECRET: API keys and tokens by prefix, JWTs, PEM private keys, long random tokens, passwords."""

    ENTITIES = [SECRET]

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> Iterator[tuple[int, int, str, float]]:
        for span in self._candidates(text):
            if not _inside_placeholder(text, span[0], span[1]) and not says_where_it_is(
                text, span[0], span[1]
            ):
                yield span
        for m in _SEED_PHRASE.finditer(text):
            yield m.start("val"), m.end("val"), SECRET, 0.95
        for m in _APRS_LOGIN.finditer(text):
            yield m.start("val"), m.end("val"), SECRET, 0.95
        from privacy.cues import password_shaped  # cues builds on this module's helpers

        for m in LOGIN_SLASH_PASSWORD.finditer(text):
            if password_shaped(m["val"]):
                yield m.start("val"), m.end("val"), SECRET, 0.95
        for m in _RTMP_STREAM_KEY.finditer(text):
            if re.search(r"\d", m["val"]) and re.search(r"[A-Za-z]", m["val"]):  # a key, not "live/stream"
                yield m.start("val"), m.end("val"), SECRET, 0.95
        for m in _PHP_DEFINE.finditer(text):
            if php_define_kind(m["name"]) == SECRET and not _inside_placeholder(
                text, m.start("val"), m.end("val")
            ):
                yield m.start("val"), m.end("val"), SECRET, 0.95

    def _candidates(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        common = common_words()
        for pattern, score in _SECRET_PATTERNS:
            for m in pattern.finditer(text):
                if score == 0.6 and _HASH_CONTEXT.search(text[max(0, m.start() - 40) : m.start()]):
                    continue  # "revert commit 9fceb02…": a hash, not a key
                yield m.start(), m.end(), SECRET, score
        for m in _LONG_TOKEN.finditer(text):
            tok = m.group()
            classes = sum(bool(re.search(p, tok)) for p in ("[a-z]", "[A-Z]", "[0-9]"))
            if classes >= 2 and re.search("[0-9]", tok) and _entropy(tok) > 3.5 and "/" not in tok[:8]:
                hexa = re.fullmatch(r"[0-9a-fA-F]+", tok)
                if hexa and _HASH_CONTEXT.search(text[max(0, m.start() - 40) : m.start()]):
                    continue  # a commit hash or checksum
                if tok.startswith("AAAA") and _SSH_KEY_TYPE.search(text[max(0, m.start() - 40) : m.start()]):
                    continue  # an OpenSSH public key: public by design, its comment names the login
                segments = tok.split("/")
                if (
                    len(segments) > 1
                    and all(re.fullmatch(r"[a-z0-9_.-]+", seg) for seg in segments)
                    and any(w in common for w in re.split(r"[/_.\d-]+", tok) if len(w) > 2)
                ):
                    continue  # a relative path in lower case: "adapters/v3/adapter_model.safetensors"
                if model_name(tok):
                    continue  # "HuggingFaceTB/SmolLM2-135M-Instruct": a model, as the engine's log line names it
                yield m.start(), m.end(), SECRET, 0.7
        for m in _PASSWORD.finditer(text):
            if _ELEMENT_NAME_BEFORE.search(
                text, 0, m.start()
            ):  # '<Pass encoding=…>': an element's name, not a label
                continue
            found = _secret_after_keyword(text, m.group("kw").lower(), m, common)
            if found:
                yield found
        for m in _assignments(text):
            span = _assigned_secret(text, m, common)
            if span:
                yield span[0], span[1], SECRET, 0.9
        for m in _DIRECTIVE.finditer(text):
            if _directive_secret(m, common):
                yield m.start("val"), m.end("val"), SECRET, 0.9
        for m in _TOKEN_AFTER_KEY_WORD.finditer(text):
            if _long_random(m.group("val")):
                # above a login name's reading: no one's login is 20 random characters
                yield m.start("val"), strip_trailing(text, m.start("val"), m.end("val")), SECRET, 0.95
        for m in _URL_PATH_TOKEN.finditer(text):
            before = text[max(0, m.start() - 200) : m.start()]
            # inside a link (a scheme or a host before it on the same token), mixed case and digits
            link = re.search(r"(?:://|\.[a-z]{2,24}/)[^\s]*$", before)
            val = m.group("val")
            if link and _long_random(val) and re.search(r"[a-z]", val) and re.search(r"[A-Z]", val):
                yield m.start("val"), m.end("val"), SECRET, 0.85
        for m in _AUTH_HEADER.finditer(text):
            val = m.group("val")
            if (re.search(r"\d", val) and _entropy(val) > 3.0) or _random_looking(val, common):
                yield m.start("val"), m.end("val"), SECRET, 0.9
        for m in _URL_PASSWORD.finditer(text):
            yield m.start("val"), m.end("val"), SECRET, 0.95
        for m in _login_pairs(text, common):
            val_end = strip_trailing(text, m.start("val"), m.end("val"), ".,;!?)")
            yield m.start("val"), val_end, SECRET, 0.9
        yield from _cli_secrets(text, common)
        for m in _PASSWORD_FOREIGN.finditer(text):
            found = _secret_after_keyword(text, "password", m, common)
            if found:
                yield found
        for m in _VALUE_BEFORE_PASSWORD.finditer(text):
            val = m.group("val")
            # a password-like value: a digit, a symbol or a capital inside; never an everyday word
            if (
                val.lower() not in common
                and re.search(r"[\d\W_]|.[A-Z]", val)
                and not val.startswith(("$", "<", "{"))
            ):
                yield m.start("val"), m.end("val"), SECRET, 0.9
        for m in _REGISTRY_LOGIN_PASSWORD.finditer(text):
            if not m.group("val").startswith(("$", "<", "{")):
                yield m.start("val"), strip_trailing(text, m.start("val"), m.end("val")), SECRET, 0.9
        for m in _PASSWORD_FOR_KEYWORD.finditer(text):
            m_for = _PASSWORD_FOR.match(text, m.end())
            found = _secret_after_keyword(text, "password", m_for, common) if m_for else None
            if found:
                yield found
        for m in _SECRET_CUE.finditer(text):
            cue = m.group("cue").lower()
            head = text[max(0, m.start() - 30) : m.start()]
            if (cue in ("code", "codes") and _NOT_SECRET_CODE.search(head)) or (
                cue == "key" and _NOT_SECRET_KEY.search(head)
            ):
                continue  # "order code A7X9K2P4", "tracking code 1Z…", "primary key …"
            if _random_looking(m.group("val"), common) and not is_call(text, m.start("val"), m.end("val")):
                yield m.start("val"), m.end("val"), SECRET, 0.85
        # a misspelled keyword ("paswsord is ...", "passwrod: ..."): the same rules after it
        for w in _LETTERS.finditer(text):
            if w.start() and re.match(r"\w", text[w.start() - 1]):
                continue
            kw = near_keyword(w.group(), _SECRET_KEYWORDS)
            # "password for the shared account: value"
            m_for = _PASSWORD_FOR.match(text, w.end()) if kw and kw.startswith("pass") else None
            found = _secret_after_keyword(text, kw, m_for, common) if m_for else None
            if found:
                yield found
            if _PASSWORD.match(text, w.start()):
                continue
            m = _AFTER_KEYWORD.match(text, w.end()) if kw else None
            if m:
                found = _secret_after_keyword(text, kw, m, common)
                if found:
                    yield found


def _directive_secret(m: re.Match[str], common: frozenset[str] | set[str]) -> bool:
    """A directive's value is a secret when the key names a credential and the value has the statistics
    of one: a password's letters with digits or symbols, or a long random token; never a word."""
    kw = _secret_name(m["name"])
    val = m["val"]
    if (
        kw is None
        or val.lower() in common
        or val.lower() in _NOT_A_VALUE
        or val.startswith(("$", "<", "{", "%"))
    ):
        return False
    if kw in _RANDOM_KINDS and kw not in ("auth", "sig"):
        return _random_looking(val, common) or _long_random(val)
    letters = bool(re.search(r"[A-Za-z]", val))
    return len(val) >= 6 and letters and bool(re.search(r"[\d\W_]", val)) and "://" not in val


def _random_looking(val: str, common: frozenset[str] | set[str]) -> bool:
    """A token that is not a word: letters and digits mixed, 12+ long (or 10+ in dash groups, like
    recovery codes "8f3k2-9d7xq"), not a placeholder."""
    core = val.replace("-", "").replace("_", "")
    if val.lower() in common or re.fullmatch(r"(?i)x+|your\w*|changeme|example\w*|placeholder\w*", core):
        return False
    mixed = bool(re.search(r"[A-Za-z]", core)) and bool(re.search(r"\d", core))
    long_enough = len(core) >= 12 or ("-" in val and len(core) >= 8)
    if mixed and long_enough and _entropy(core) > 2.8:
        return True
    # no digit, but long, upper and lower case mixed inside and high entropy: "hf_QxTbWvKp…", not a word
    cased = bool(re.search(r"[a-z]", core[1:])) and bool(re.search(r"[A-Z]", core[1:]))
    return cased and len(core) >= 20 and _entropy(core) > 3.5


def _cli_secrets(text: str, common: frozenset[str] | set[str]) -> Iterator[tuple[int, int, str, float]]:
    """Credentials on a command line: secret-named flags, `curl -u user:pass`, `sshpass -p pass`."""
    for m in _CLI_SECRET_FLAG.finditer(text):
        kw = _secret_name(m.group("name"))
        val = m.group("val")
        if kw is None or val.startswith(("$", "<", "{", "-")) or val.lower() in common | _NOT_A_VALUE:
            continue
        if kw in ("pass", "password", "passwd", "pwd", "pw", "passphrase", "passcode") or _random_looking(
            val, common
        ):
            yield m.start("val"), strip_trailing(text, m.start("val"), m.end("val")), SECRET, 0.9
    for m in _SUDO_PASSWORD.finditer(text):
        val = m.group("val")
        # a password has a digit or a symbol; "sudo with care", "sudo with apt" are words
        if (
            val.lower() not in common
            and re.search(r"[\d\W_]", val)
            and not val.startswith(("$", "<", "{", "-"))
        ):
            yield m.start("val"), strip_trailing(text, m.start("val"), m.end("val")), SECRET, 0.9
    for pattern in (_CLI_USER_PASS, _CLI_SHORT_PASSWORD, _CONFIG_USER_PASS, _CLEARTEXT_PASSWORD):
        for m in pattern.finditer(text):
            val = m.group("val")
            if val.startswith(("$", "<", "{")) or val.lower() in common or val.isdigit():
                continue
            if val.lower() in {"pass", "password", "secret", "pwd"}:  # the documented example, not a value
                continue
            yield m.start("val"), strip_trailing(text, m.start("val"), m.end("val")), SECRET, 0.9


def is_call(text: str, start: int, end: int) -> bool:
    """text[start:end] names a function or command whose argument follows ("$pw = ConvertTo-SecureString
    '...'", "password = getpass('Password: ')"): the secret, if any, is the argument, not the name."""
    name, after = text[start:end], text[end:]
    function = bool(re.fullmatch(r"[A-Za-z_][\w.]*", name)) and after.startswith("(")
    cmdlet = bool(re.fullmatch(r"[A-Z][A-Za-z]+-[A-Z][A-Za-z]+", name)) and bool(
        re.match(r"[ \t]+[\"'$]", after)
    )
    return function or cmdlet


def _secret_after_keyword(
    text: str, kw: str, m: re.Match[str], common: frozenset[str] | set[str]
) -> tuple[int, int, str, float] | None:
    """The value after a password/pin/token keyword when it looks like one (`m` has `sep` and `val`)."""
    val_start = m.start("val")
    end = strip_trailing(text, val_start, m.end("val"))
    val = text[val_start:end]
    if len(val) < 3 or val.startswith(("<", "$", "{")):  # a placeholder or a variable, not a value
        return None
    if is_call(text, val_start, end):
        return None
    # a quoted key of its own ("pass for X: "serialNumber": ..."): a field name, not the value
    if re.match(r"[\"']\s*:", text[end:]):
        return None
    explicit = m.group("sep").strip() != ""
    # a quoted value is the whole quote, spaces and all: "password 'moss ladder cinema'"
    quote = text[val_start - 1 : val_start]
    closing = text.find(quote, val_start, val_start + 130) if quote in ("'", '"') else -1
    if closing > end and "\n" not in text[val_start:closing] and kw.startswith(("pass", "pw")):
        end, val, explicit = closing, text[val_start:closing], True
    # "password 3ndi X7kQp2LmZ9vw": a short word before a random token; the token is the password
    following = re.match(r"\s+(\S{12,})", text[end:])
    if not explicit and len(val) < 6 and following and _random_looking(following.group(1), common):
        return None
    symbolic = bool(re.search(r"[\d\W_]", val))
    if kw.startswith("pin"):
        ok = val.isdigit() and 3 <= len(val) <= 8
    elif kw.startswith(("pass", "pw")):
        ok = symbolic or (explicit and val.lower() not in common)
    else:  # token / api key / secret: a long value with a digit
        ok = len(val) >= 8 and bool(re.search(r"\d", val)) and (explicit or len(val) >= 16)
    if not ok:
        return None
    # what follows "password" is a secret even when it looks like an @handle
    return val_start, end, SECRET, 0.97 if val.startswith("@") else 0.9


# ------------------------------------------------------------------------------------------ usernames

# a URL's path, at least one segment past the host, right before an "@"
_IN_A_URL_PATH = re.compile(r"(?i)\b(?:https?://|www\.)[^\s/]+(?:/[^\s/@]+)+/\Z")
_HANDLE = re.compile(r"(?<![\w@.+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,30}[A-Za-z0-9_])?(?![\w@])")
# How a login's app is named between the label and its value: "mi usuario de Rappi es X" (the preposition
# before the app, then "is"), and Indonesian and Malay "login Hubtel saya X" (the app, then whose it is)
# (and the Scandinavian ones: "mit brugernavn til portalen er X", "användarnamnet på appen är X")
APP_PREPOSITIONS = (
    "de", "del", "en", "on", "for", "at", "di", "auf", "bei", "na", "sur", "su", "em", "op", "til", "på", "hos"
)  # fmt: skip
COPULAS = ("is", "was", "es", "est", "ist", "é", "er", "är")
POSSESSIVES_AFTER_APP = ("saya", "aku", "gue", "gw", "ku")
_USER_CTX = re.compile(
    r"\b(?:user\s?name|handle|user\s?id|login|nick(?:name)?|discord|telegram|insta(?:gram)?|ig|twitter|x\.com|"
    r"github|gitlab|tiktok|reddit|gamertag|snap(?:chat)?|sc|twitch|steam|xbox|psn|roblox|kik|skype|threads|"
    r"bluesky|bsky|mastodon|youtube|yt|facebook|fb|linkedin|pinterest|tumblr|soundcloud|spotify|venmo|"
    r"cashapp|signal|wechat|line|viber|onlyfans|minecraft|epic|battle\.?net|duolingo|strava|letterboxd|"
    # gamer tags and in-game names: "xbox gt: x", "ign x", "psn id x"
    r"ign|gt|riot\s+id|lichess|chess\.com|valorant|fortnite|ubisoft)"
    r"(?:\s+(?:name|id|handle|user(?:name)?|tag|account|acc|gt|gamertag|ign|log[ -]?in))?"
    # Indonesian and Malay name the app, then whose it is: "login Hubtel saya X" (my Hubtel login)
    r"(?:\s+[A-Za-z][\w.-]{1,19}\s+(?:" + "|".join(POSSESSIVES_AFTER_APP) + r"))?"
    # what the login is for, then "is": "the traccar login for the collars is mtorres"
    r"(?:\s+(?:for|on|at)\s+(?:the|my|our|your|his|her|their)\s+[^\W\d_]{2,20}\s+(?:is|was)"
    r"|(?:\s+(?:everywhere|there|now|currently|still))?(?:\s+(?:is|was))?)\s*[:=\-–]?\s+"
    r"(?P<val>@?[A-Za-z0-9_][A-Za-z0-9_.#-]{2,31})",
    re.IGNORECASE,
)
_APPS = (
    r"insta(?:gram)?|ig|twitter|x|tiktok|twitch|discord|telegram|reddit|snap(?:chat)?|github|gitlab|steam|xbox|"
    r"psn|roblox|youtube|yt|bluesky|bsky|mastodon|threads|kik|skype|linkedin|spotify|venmo|cashapp|minecraft"
)
# The handle before the app: "follow daniele06 on twitch", "mansillamia on insta".
_USER_BEFORE_APP = re.compile(
    r"(?<![\w@.#/-])(?P<val>@?[A-Za-z0-9_][A-Za-z0-9_.-]{2,31})"
    # "x on insta", "x posted it on reddit", "x streams on twitch"
    r"(?:\s+(?:posted|posts|shared|shares|streams|streamed|is|was)(?:\s+(?:it|this|that|live))?)?"
    r"\s+(?:on|@|at)\s+(?:" + _APPS + r")\b(?![./])",  # "at instagram.com/x" is a URL, not the app
    re.IGNORECASE,
)
# The handle after the app: "find me on discord as moonrider#0", "I'm on steam as vex_99".
_USER_AS_ON_APP = re.compile(
    r"\bon\s+(?:" + _APPS + r")\s+as\s+(?P<val>@?[A-Za-z0-9_][A-Za-z0-9_.-]{1,31}(?:#\d{1,4})?)(?![\w@])",
    re.IGNORECASE,
)
# Chat words that come before "on <app>" but are no handle: "hmu on snap", "dm me on insta".
_CHAT_SLANG = {
    "hmu",
    "dm",
    "dms",
    "pm",
    "pms",
    "lmk",
    "msg",
    "txt",
    "ping",
    "live",
    "streaming",
    "active",
    "online",
    "user",
    "users",
    "means",
    "account",
}
# Verbs whose object is a handle: "tag x in the post", "follow x", "add me: x", "my @ is x".
_USER_VERB = re.compile(
    # (not a cow's "ear tag 858")
    r"(?:\b(?<!ear )tag|\btagg?ed|\bfollow|\badd\s+me(?:\s+on\s+\w+)?|\bmy\s+@|\bmy\s+at)\s*(?:is|:)?\s+"
    r"(?P<val>@?[A-Za-z0-9_][A-Za-z0-9_.-]{2,31})(?![\w@])",
    re.IGNORECASE,
)
# Reddit users and Discord tags: "u/throwaway_123", "nightowl#4821".
_REDDIT_USER = re.compile(r"(?<![\w/])u/[A-Za-z0-9_-]{3,30}\b", re.IGNORECASE)
_DISCORD_TAG = re.compile(r"(?<![\w#@])(?P<name>[A-Za-z0-9_.]{2,32})#\d{4}\b")
# Words before "#1234" that make it an issue, order or room number, not a Discord tag.
_NOT_TAG_NAMES = {
    "issue",
    "pr",
    "ticket",
    "order",
    "bug",
    "room",
    "case",
    "item",
    "no",
    "number",
    "invoice",
    "step",
}
# Profile URLs whose last part is the handle: "instagram.com/ana_b", "linkedin.com/in/ana-b", "t.me/ana".
_PROFILE_URL = re.compile(
    r"(?<![\w.-])(?:https?://)?(?:www\.|m\.)?(?:instagram\.com|twitter\.com|x\.com|tiktok\.com|github\.com|"
    r"gitlab\.com|facebook\.com|fb\.com|threads\.net|twitch\.tv|youtube\.com|medium\.com|vk\.com|"
    r"soundcloud\.com|pinterest\.com|keybase\.io|t\.me|linkedin\.com/in|reddit\.com/u(?:ser)?|"
    r"bsky\.app/profile|snapchat\.com/add)/(?P<val>@?[A-Za-z0-9_][A-Za-z0-9_.-]{1,38})/?"
    r"(?=[\s,;:!?)\]]|\.(?:\s|$)|$)",
    re.IGNORECASE,
)
# Any site's profile path or user parameter: "lichess.org/@/ana", "steamcommunity.com/id/ana",
# "example.org/users/ana", "forum.example.org/profile.php?user=ana&tab=posts".
_USER_PATH = re.compile(
    r"(?<![\w.-])(?:https?://)?(?:[\w-]+\.)+[a-z]{2,24}(?::\d+)?/(?:[\w.-]+/)*?"
    r"(?:@/?|(?:id|u|user|users|profile|profiles|people|member|members|player|players|author|channel)/)"
    r"(?P<val>[A-Za-z0-9_][A-Za-z0-9_.-]{1,38}?)(?=[/?#]|\.?(?:[\s,;:!)\]]|$))",
    re.IGNORECASE,
)
_USER_PARAM = re.compile(
    r"[?&](?:user|username|user_name|login|handle|nick|nickname|screen_name|author|player)="
    r"(?P<val>[A-Za-z0-9_][A-Za-z0-9_.%-]{1,38})(?=[&#\s]|$)",
    re.IGNORECASE,
)
# A handle-shaped name doing what players and trolls do: "rinat0_0 keeps spamming", "xX_vex_Xx got banned".
_HANDLE_SUBJECT = re.compile(
    r"(?<![\w@./#-])(?P<val>[A-Za-z0-9][A-Za-z0-9_.]{2,30}[A-Za-z0-9_])\s+"
    r"(?:(?:(?:keeps|kept|is|was|just)\s+)?(?:spamming|trolling|griefing|harassing|stalking|camping|raging|"
    r"cheating|hacking|dming|messaging|pinging|sniping|smurfing|feeding|carrying|streaming)"
    # what is done to a player needs the passive: "x got banned" ("fail2ban banned 10.0.0.7" is a tool)
    r"|(?:is|was|got|has\s+been|just\s+got)\s+(?:toxic|afk|banned|kicked|muted|reported|blocked))\b",
    re.IGNORECASE,
)


def _everyday_parts(value: str, common: frozenset[str] | set[str]) -> bool:
    """Every part of a login-shaped value, split at digits, "_" and ".", is an everyday, tech or generic
    account word: "user_id", "max_len2", "fine." name no one."""
    parts = [p for p in re.split(r"[\d_.]+", value.lower()) if p]
    return all(p in common or p in TECH_WORDS or p in GENERIC_ACCOUNTS for p in parts)


# Who sold or bought on a marketplace, by the name the site shows: "the seller was sofi_boxes", "the
# Marktplaats seller for the bed was snyders_boxes", "juana-plot39b" (handle-shaped values only: "the
# seller was nice")
MARKET_PARTY = re.compile(
    r"\b(?:(?:seller|buyer|vendor|reseller)(?:\s+(?:for|of|on|from)\s+(?:the\s+|my\s+|that\s+|this\s+)?[\w-]+(?:\s+[\w-]+)?){0,2}"
    r"\s*(?:(?:is|was)\s+|[:=]\s*)"
    # who posted an ad, by the site's name for them: "the ad is under lama4rent", "the gumtree ad for the flat
    # is by tenant.blessing", "the sofa was sold by anas4rent"
    r"|(?P<ad>ad|advert|listing|annuncio|anuncio|annonce)(?:\s+[\w'’-]+){0,5}?\s+(?:(?:is|was)\s+)?(?:by|under|from)\s+"
    r"|(?:sold|listed|posted|advertised)\s+by\s+)"
    r"(?P<val>@?[A-Za-z0-9][A-Za-z0-9_.-]{2,30}[A-Za-z0-9_])(?![\w@]|[.-]\w)",
    re.IGNORECASE,
)
# Site pages that are not profiles ("github.com/trending", "x.com/home").
_NOT_PROFILE = {
    "trending", "explore", "settings", "login", "signup", "about", "features", "topics", "marketplace",
    "search", "home", "notifications", "messages", "help", "pricing", "watch", "feed", "jobs", "pulls",
    "issues", "sponsors", "orgs", "organizations", "new", "join", "share", "hashtag", "i", "p", "reel",
    "reels", "stories", "groups", "events", "pages", "docs", "blog", "api", "enterprise", "user", "users",
}  # fmt: skip
# Fediverse handles: "@ana@mastodon.social" (a user at an instance; not an e-mail address).
_FEDIVERSE = re.compile(
    r"(?<![\w@.+-])@[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?<![.-])"
)
# The login of a remote-login command: "ssh ana@host", "scp -P 2222 ana@10.0.0.5:file".
_SSH_USER = re.compile(
    r"\b(?:ssh|scp|sftp|rsync|mosh)\s+(?:-\S+\s+(?:\d+\s+)?)*(?P<val>[A-Za-z0-9_][A-Za-z0-9_.-]{1,31})@",
    re.IGNORECASE,
)
# "vpn user ana_b pass ...", "user: ana_b pw ...": a user name right before a password word.
_USER_BEFORE_PASS = re.compile(
    r"\b(?:user|usr|username|login)\s*[:=]?\s+(?P<val>[A-Za-z0-9_][A-Za-z0-9_.@-]{1,63}?)[,;]?\s+"
    r"(?:pass(?:word)?|pw|pwd|passwd)\b",
    re.IGNORECASE,
)
# "log in as ana_k", "logged in as mele", "registered as t.okafor": the account name.
_LOG_IN_AS = re.compile(
    r"\b(?:(?:log(?:ged|ging)?\s?(?:in|on)|signed\s+(?:up|in)|sign(?:ing)?\s+(?:up|in))"
    # after "log in/on" the site may sit before "as": "log on zooniverse as x", "signed in to Strava as y"
    r"(?:\s+(?:(?:to|into|at|on)\s+)?[A-Za-z0-9][\w.-]{1,30})?|log(?:ged|ging)?|registered)\s+as\s*:?\s+"
    r"(?P<val>@?[A-Za-z0-9_][A-Za-z0-9_.-]{1,31})(?![\w@])",
    re.IGNORECASE,
)
# "user ana_k logged in from ...", as audit logs and people retelling them write it.
_USER_LOGGED_IN = re.compile(
    r"\buser\s+(?P<val>[A-Za-z0-9_][A-Za-z0-9_.-]{1,31})\s+(?:logged|signed)\s+(?:in|on|out|off)\b",
    re.IGNORECASE,
)


def password_after_login_is(label: str, value: str, text: str) -> bool:
    """ "my lend engine login is Cal7750-18000": after "login is", a value with capitals and a digit or a
    sign, in mixed-case text, is the password that logs in, not a login (65 such values in the sets, one
    of them a username). `label` is the text from the cue word to the value."""
    return bool(
        re.fullmatch(r"(?i)log-?in[ \t]+(?:is|was)[ \t]+", label)
        and len(value) >= 6
        and not value.startswith("@")
        and re.search(r"[A-Z]", value)
        and re.search(r"[\d@#$%^&*!?~+]", value)
        and not text.isupper()
    )


# Shared and system accounts: no person behind them ("login is admin/admin", "USERNAME = __token__").
GENERIC_ACCOUNTS = {
    "admin", "administrator", "root", "deploy", "deployer", "guest", "user", "test", "ubuntu", "ec2-user",
    "postgres", "pi", "app", "ci", "git", "www-data", "operator", "default", "__token__", "oauth2",
    "x-access-token", "service", "nobody", "jenkins", "runner", "docker", "centos", "debian", "vagrant",
}  # fmt: skip
# Apps whose name is also an everyday word: their value must look like a handle (digit, _ . -, or unknown).
_AMBIGUOUS_APPS = {"line", "signal", "threads", "epic", "steam", "snap", "login", "handle", "sc", "yt"}


class KaizenUsernameRecognizer(RegexRecognizer):
    """USERNAME: @handles and values after "username is", "my discord is", ..."""

    ENTITIES = [USERNAME]

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> Iterator[tuple[int, int, str, float]]:
        common = common_words()
        for m in _HANDLE.finditer(text):
            if m.group()[1:].lower() in {"everyone", "here", "channel", "all"}:
                continue
            # "https://host:10443/endpoint/@scrypted/core": an @ deep in a URL's path is a package's scope;
            # right after the host ("tiktok.com/@ana") it is a profile
            if _IN_A_URL_PATH.search(text, max(0, m.start() - 300), m.start()):
                continue
            yield m.start(), m.end(), USERNAME, 0.95
        first, last = first_names(), last_names()
        for m in _REDDIT_USER.finditer(text):
            yield m.start(), m.end(), USERNAME, 0.9
        for m in _PHP_DEFINE.finditer(text):
            if php_define_kind(m["name"]) == USERNAME and m["val"].lower() not in GENERIC_ACCOUNTS:
                yield m.start("val"), m.end("val"), USERNAME, 0.95
        for m in _DISCORD_TAG.finditer(text):
            if m.group("name").lower() not in _NOT_TAG_NAMES | common:
                yield m.start(), m.end(), USERNAME, 0.85
        for m in _USER_BEFORE_APP.finditer(text):
            val = m.group("val").lstrip("@").lower()
            handle_like = bool(re.search(r"[\d_.-]", val))
            # a plain word or a listed name is more likely a person or a thing ("ask Maria on discord")
            if val in common or val in _CHAT_SLANG or (not handle_like and (val in first or val in last)):
                continue
            if handle_like or not m.group("val")[0].isupper() or text.isupper():
                yield m.start("val"), m.end("val"), USERNAME, 0.8
        for m in _login_pairs(text, common):
            if m.group("user").lower() not in GENERIC_ACCOUNTS:
                yield m.start("user"), m.end("user"), USERNAME, 0.85
        for m in _PROFILE_URL.finditer(text):
            if m.group("val").lstrip("@").lower() not in _NOT_PROFILE:
                yield (
                    m.start("val"),
                    strip_trailing(text, m.start("val"), m.end("val"), "./"),
                    USERNAME,
                    0.95,
                )
        for pattern in (_USER_PATH, _USER_PARAM):
            for m in pattern.finditer(text):
                val = m.group("val").lower()
                # "/users/guide" is a page; a handle has a digit, "_" or "." or is no everyday word
                if (
                    val in _NOT_PROFILE | GENERIC_ACCOUNTS
                    or val.isdigit()
                    or (val in common and val.isalpha())
                ):
                    continue
                yield m.start("val"), m.end("val"), USERNAME, 0.95
        for m in _HANDLE_SUBJECT.finditer(text):
            val = m.group("val")
            # handle-shaped: an underscore, or letters then digits ("rinat0_0", "vex99"), never a plain word;
            # "user_id", "max_len2" are code names: every part an everyday or tech word
            if ("_" in val or re.search(r"[^\W\d_]\d", val)) and not _everyday_parts(val, common):
                yield m.start("val"), m.end("val"), USERNAME, 0.85
        for m in MARKET_PARTY.finditer(text):
            val = m.group("val").lstrip("@")
            # a dot, an underscore or letters then digits, not a domain ("the seller was etsy.com"), and
            # not only everyday words ("the seller was fine.")
            if (
                re.search(r"[_.-]|[^\W\d_]\d", val)
                and not re.search(r"\.(?:com|net|org|co|uk|de|nl|fr|it|es|io)$", val.lower())
                # (two words joined by a dot or an underscore after "ad … by" are a site's name: "tenant.blessing")
                and not (
                    _everyday_parts(val, common) and not (m["ad"] and re.search(r"[^\W\d_][._][^\W\d_]", val))
                )
            ):
                yield m.start("val"), m.end("val"), USERNAME, 0.85
        for m in _FEDIVERSE.finditer(text):
            yield m.start(), m.end(), USERNAME, 0.99  # above the e-mail reading of "ana@mastodon.social"
        for pattern in (_SSH_USER, _USER_BEFORE_PASS, _LOG_IN_AS, _USER_AS_ON_APP, _USER_LOGGED_IN):
            for m in pattern.finditer(text):
                if m.group("val").lower() not in GENERIC_ACCOUNTS | common:
                    yield m.start("val"), m.end("val"), USERNAME, 0.9
        for m in _USER_VERB.finditer(text):
            val = m.group("val").lstrip("@").lower()
            handle_like = bool(re.search(r"[\d_.-]", val)) or m.group("val").startswith("@")
            # a plain word or a listed name is an object or a person ("follow instructions", "tag Ana")
            plain_ok = not m.group().lower().startswith("follow")  # "follow instructions": only handles
            if (
                val in common
                or val in TECH_WORDS
                or (not handle_like and (not plain_ok or val in first or val in last or len(val) < 6))
            ):
                continue
            if handle_like or not m.group("val")[0].isupper() or text.isupper():
                yield m.start("val"), m.end("val"), USERNAME, 0.8
        for m in _USER_CTX.finditer(text):
            end = strip_trailing(text, m.start("val"), m.end("val"))
            val = text[m.start("val") : end].lstrip("@").lower()
            if val in common or len(val) < 3 or val.isdigit() and not text[m.start("val")] == "@":
                continue
            if re.fullmatch(r"[\d.\-+ ()]+", val):  # "viber 117.216.5951": a number, not a handle
                continue
            if text.startswith("/", end) and "." in val:  # "insta is instagram.com/ana.r": the site, not her
                continue
            app = m.group().split()[0].lower()
            if app in _AMBIGUOUS_APPS and not re.search(r"[\d_.-]", val) and (val in first or val in last):
                continue
            if val in GENERIC_ACCOUNTS:
                continue
            if ":" not in m.group() and re.fullmatch(r"[a-z]+(?:ed|ing)", val):
                continue  # "Spotify Wrapped is out", "twitch streaming tonight": a verb, no handle
            if password_after_login_is(
                m.group()[: m.start("val") - m.start()], text[m.start("val") : end], text
            ):
                continue
            # above spaCy's place or person guess for an unknown word ("username: itskiran")
            yield m.start("val"), end, USERNAME, 0.88


# ---------------------------------------------------------------------------------------------- phones

# An extension belongs to the number: "x90312", "ext. 12", "extension 4".
_EXT = r"(?:\s*(?i:x|ext\.?|extn\.?|extension)\s*\d{1,6})?"
_EXT_TAIL = re.compile(r"\s*(?:x|ext\.?|extn\.?|extension)\s*\d{1,6}$", re.IGNORECASE)
_PHONE_INTL = re.compile(r"(?<![\w+])(?:\+|00)\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){1,6}" + _EXT + r"(?![\w])")
_PHONE_NATL = re.compile(
    r"(?<![\w+.-])(?:\(\d{2,5}\)\s?|\d{2,5}[\s.-])\d{2,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?" + _EXT + r"(?![\w])"
)
_PHONE_BARE = re.compile(r"(?<![\w+.-])\d{10,11}" + _EXT + r"(?![\w.])")
# Nine digits as three and three pairs, as Spain, Georgia and Belgium write a number without its country
# code: "577 32 67 32", "599-20-00-27" (dotted, the shape is an IP address's)
_PHONE_THREE_THEN_PAIRS = re.compile(r"(?<![\w+.,/-])\d{3}([ -])\d{2}\1\d{2}\1\d{2}(?![\w]|[.,/-]\d)")
_PHONE_TRUNK = re.compile(
    r"(?<![\w+.-])(?:\(0\d{1,4}\)|0\d{1,4})(?:[\s.-]{0,2}|/)\d{5,8}" + _EXT + r"(?![\w])"
    r"|(?<![\w+.-])0\d(?:[\s.]\d{2}){4}" + _EXT + r"(?![\w])"
)
# International grouping: an area code in parentheses, then 2-5 digit groups, country code optional
# ("(66) 90838-4870", "+55 (11) 98765 4321", "(0)20 7946 0958"); a Lithuanian trunk "8" in the parentheses
# with the area code ("(8 450) 31 319")
_PHONE_AREA = re.compile(
    r"(?<![\w+.-])(?:(?:\+|00)\d{1,3}[\s.-]?)?\((?:\d{1,5}|8[ \t]\d{2,3})\)[\s.-]?\d{2,5}(?:[\s.-]\d{2,5}){0,3}"
    + _EXT
    + r"(?![\w]|[.-]\d)"
)
# A trunk-prefixed national number in 2-5 digit groups ("0742 696 34 82", "0803 123 4567").
# (a slash after the area code, as Belgium and Hungary write it: "09/313.92.86", "06-70/546-4617")
_PHONE_GROUPS = re.compile(
    r"(?<![\w+.,/-])0\d{1,4}(?:[\s.-]\d{2,5})?(?:[\s./-]\d{2,5}){2,4}" + _EXT + r"(?![\w]|[.,/-]\d)"
)
_THING_WORD_BEFORE = re.compile(
    r"(?i)\b(?:invoice|order|ref(?:erence)?|account|acct|ticket|case|batch|lot|serial|item|sku|id|no\.?|nr\.?|#)"
    r"[ \t]*[:#]?[ \t]*$"
)
# A Greek landline: the area code from 2 and the subscriber's number, ten digits in two groups ("2310
# 898896", "28210 14689"); a year is no area code
_PHONE_GREEK_LANDLINE = re.compile(r"(?<![\w+.,/-])(?!19|20)2\d{3,4} \d{5,6}(?![\w]|[.,/-]\d)")
# Any 7-12 digit number, taken only right after a contact word ("whatsapp: 612345678", "text me on ...").
# An Indian mobile number, ten digits from 6 to 9 in two fives, with or without the trunk "0" glued on:
# "98765 43210", "098765 43210"
_PHONE_INDIA_MOBILE = re.compile(r"(?<![\w+.-])0?[6-9]\d{4}[ \t-]\d{5}" + _EXT + r"(?![\w]|[.,-]\d)")
# A Russian or Kazakh number with its trunk "8", the area or mobile code (bracketed or not) and the last
# four digits in two pairs: "8-913-446-25-57", "8 (39435) 7-88-11", "8 983 131 48 53" (eleven digits)
_PHONE_RU_TRUNK = re.compile(
    r"(?<![\w+.-])8[ \t-]?(?:\(\d{3,5}\)|\d{3,5})[ \t-]?\d{1,3}(?:[ \t-]\d{2}){2}(?![\w]|[.,-]\d)"
)
_PHONE_AFTER_CONTACT = re.compile(r"(?<![\w+.-])\d(?:[\s./-]?\d){6,11}" + _EXT + r"(?![\w]|[.,/]\d)")
# Abbreviations and other languages' words for a phone or its number: "ph:", "mob.", "móvil", "Handy",
# "tlf", "número", Indonesian and Malay "telepon" and "telp", Amharic "ስልክ"
_PHONE_WORDS_ABROAD = (
    r"ph|mob|cel|celular|cellulare|m[oó]vil|handy|tlf|tfn|telf|t[eé]l[eé]fono|telefone|telefon|n[uú]mero|numer|"
    r"telepon|telp|ስልክ|t[eé]l[eé]phone|hubungi|"
    # Portuguese and Spanish "call": "liga para 577 32 67 32", "llámame al 8830 2314"
    r"liga(?:r)?[ \t]+para|ligue(?:[ \t]+para)?|ll[aá]ma(?:me|r)?[ \t]+al|"
    # Hindi and Urdu in Latin letters, whose number it is: "parking wale ka number 24210449 hai"
    r"(?:mera|meri|wal[ae]|wali|bhai(?:ya)?|didi|ji|uncle|aunty|dost)[ \t]+(?:ka[ \t]+|ki[ \t]+)?"
    r"(?:number|nambar|mobile)|"
    # and the Russian and Ukrainian ones: "Телефон: 8912…", "тел.", "моб.", "мобільний"
    r"телефон|тел|моб|мобильный|мобільний|сотовый|"
    # ("мой номер 603621526": my number; "номер" alone is any number's)
    r"мой[ \t]+номер|номер[ \t]+телефона"
)
_PHONE_CTX = re.compile(
    r"\b(?:phone|tel|telephone|mobile|cell|call|text|txt|sms|whatsapp|signal|number|no\.|num|ring|reach|"
    # (and Indonesian "nomor", number)
    r"contact|fax|landline|" + _PHONE_WORDS_ABROAD + r"|nomor)\b",
    re.IGNORECASE,
)
# Six-digit numbers, as Suriname's and other small countries' landlines are, only right after a phone's
# label: "Telefon: 490-008", "Tel. 597 431-220"
_SIX_DIGIT_PHONE_AFTER_LABEL = re.compile(
    r"(?i)\b(?:tel(?:efo(?:on|n|ne|no))?|phone|ph|mobile|mob|cell|gsm|landline)\.?[ \t]*(?:no\.?|nr\.?|number)?"
    r"[ \t]*[:.]?[ \t]*(?P<val>(?:\+?\d{3}[ \t])?\d{3}[- ]\d{3})(?![\d-])"
)
# Six digits in three pairs, as New Caledonia and French Polynesia write a number ("24.82.91"), taken only
# after a phone's label or a contact word, or after "is on" when no calendar day reads it: alone the shape
# is a date ("24.02.40")
_PHONE_THREE_PAIRS = re.compile(r"(?<![\w+.,/:-])\d{2}([. ])\d{2}\1\d{2}(?![\w]|[.,/:-]\d)")
_PHONE_KEY_BEFORE = re.compile(
    r"(?i)[\"'](?:phone|tel|telephone|mobile|cell|whatsapp)\w*[\"'][ \t]*:[ \t]*[\"']?$"
)
_IS_ON_BEFORE = re.compile(r"(?i)\b(?:is|are)[ \t]+on[ \t]+$")
_CONTACT_BEFORE = re.compile(
    r"\b(?:call|ring|text|txt|sms|dial|whatsapp|signal|telegram|viber|wechat|imessage|facetime|phone|"
    r"telephone|mobile|cell|landline|tel|fax|reach\s+me|contact\s+me|"
    # "X can be reached on 02685 1630", "reachable at", "contactable on"
    r"be\s+reached|reachable|contactable|" + _PHONE_WORDS_ABROAD + r"|"
    r"(?:my|phone|mobile|cell|contact|whatsapp)\s+(?:number|no|nr|num|#)|"
    # whom to call, then "on" or "at": "call the clinic on 6757 7952", "ring the yard at …"
    r"(?:call|ring|phone|text)\s+(?:the|my|our|your|his|her|their)\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+(?=\s+(?:on|at)\b))"
    # whose line it is, in brackets: "Tel. (site office): …", "mobile (after 6pm) …"
    r"(?:\.?\s*\([^()\n]{1,30}\))?"
    # (an abbreviation's full stop before the colon: "Tel.: 8309-0469")
    r"(?:\s+(?:me|us|him|her|them))?(?:\s+(?:on|at|via|to))?(?:\s+(?:is|was))?\s*(?:\.\s*)?[.:=#-]?\s*$",
    re.IGNORECASE,
)
# A contact verb after the number, as Nepali and Hindi put it: "8802-8918 ma phone garnu" (phone on
# 8802-8918), "98xxxxxxxx pe call karo", "9808152110 मा फोन गर्नुस्"
_CONTACT_VERB_AFTER = re.compile(
    r"(?i)[ \t]+(?:ma|maa|pe|par|mā|मा|पर|पे)[ \t]+(?:phone|call|ring|whatsapp|sms|fon|फोन|कल)\b"
)
_CONTACT_KEYWORDS = frozenset(
    {"whatsapp", "signal", "telegram", "viber", "wechat", "imessage", "facetime", "telephone", "mobile",
     "landline", "phone", "number", "call", "text", "ring", "cell", "reach", "contact"}
)  # fmt: skip


# Chat and call links carry the number itself: "wa.me/255712345678", "api.whatsapp.com/send?phone=...",
# "tel:+4420...", "viber://chat?number=...", "sms:0612...".
_PHONE_LINK = re.compile(
    r"(?:\bwa\.me/|\bwhatsapp\.com/send/?\?phone=|\btel:|\bsms:|\bcallto:|\bviber://(?:chat|add)\?number=|"
    r"\bt\.me/)(?P<val>\+?\d(?:[\s.-]?\d){6,15})(?![\w])",
    re.IGNORECASE,
)


_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—−"})


# An animal's tag or chip, a device's IMEI: "ear tag 858 000 123 456 789" is no phone, cue or none.
def numbered_thing_before(text: str, start: int) -> bool:
    """A thing's number, not a phone, starts at `start`: "part number …", "the microchip is …"."""
    window = max(0, start - 40)
    return bool(
        _TAG_NUMBER_BEFORE.search(text, window, start) or _THINGS_NUMBER_BEFORE.search(text, window, start)
    )


_TAG_NUMBER_BEFORE = re.compile(
    r"(?i)\b(?:ear[ \t]?tag|microchip|chip|transponder|imei)(?:[ \t]+(?:number|no\.?|#))?(?:[ \t]+(?:is|was))?[ \t]*[:#]?"
    r"[ \t]*(?:\d+[ \t]+)*$"
)
_THINGS_NUMBER_BEFORE = re.compile(
    r"(?i)\b(?:part|order|serial|model|invoice|tracking|reference|ref|case|ticket|batch|lot|item|product|"
    r"policy|claim|job|booking|membership|customer|account|article|catalogue|catalog|stock|sku|registration|"
    r"test|certificate|licen[cs]e|permit|pcn|penalty|notice|chassis|engine|vin|passport|"
    # a utility's meter: "meter number 04512236871" (electricity, water, gas, prepaid)
    r"meter|(?:electricity|water|gas|prepaid)[ \t]+meter)"
    r"\s+(?:number|no\.?|num|nr\.?|#)\s*(?:(?:is|was)\s+)?[:#]?\s*(?:\d+[ \t]+)*$"
)


def _after_contact_word(text: str, start: int) -> bool:
    """True when text[start:] directly follows a contact word or phrase (typos allowed)."""
    return bool(_CONTACT_BEFORE.search(_spelled_out(text[max(0, start - 40) : start], _CONTACT_KEYWORDS)))


# A number grouped like a phone right after an e-mail address or a full name and a comma, as contact
# lists write them: "Zawadi Shekalaghe, mirom@uib.cat, 643 87 53 42", "the lab is Erasto Shauri, 971 19
# 59 83, they want …", "Marvin Castillo, 622-4810"
_PHONE_AFTER_NAME_OR_EMAIL = re.compile(
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w'’])[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]*){1,3})[ \t]*,[ \t]*"
    # (an Indian mobile's two fives, the trunk "0" glued on: "Mamoni Das, 098765 43210")
    r"(?P<val>(?:\+?\d{2,4}(?:[ .-]\d{2,4}){1,4}|0?[6-9]\d{4}[ .-]\d{5}))(?=[ \t]*(?:[,;.)]|$|\n))"
)


class KaizenPhoneRecognizer(RegexRecognizer):
    """PHONE_NUMBER: international (+CC / 00CC) and national formats with separators, extensions included;
    any 7-12 digit number right after "call", "whatsapp:", "my number is", ...; context raises scores."""

    ENTITIES = ["PHONE_NUMBER"]

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> Iterator[tuple[int, int, str, float]]:
        # unicode dashes as separators ("555‑0132" with a non-breaking hyphen); one char for one, so
        # the spans stay those of the original text
        text = text.translate(_DASHES)
        for m in _PHONE_LINK.finditer(text):
            yield m.start("val"), m.end("val"), "PHONE_NUMBER", 0.95
        for m in _PHONE_AFTER_NAME_OR_EMAIL.finditer(text):
            # (or seven digits as the Caribbean and Central America write a local number: "Guest: Dwayne
            # Palacio, 635-3605"; or eight in two fours, as Costa Rica, Singapore and Denmark do: "Winsome
            # Fearon, 8601 2894", unless both fours read as years)
            val = m["val"]
            eight = re.fullmatch(r"\d{4}[ -]\d{4}", val) and not re.fullmatch(
                r"(?:19|20)\d\d[ -](?:19|20)\d\d", val
            )
            if 9 <= sum(c.isdigit() for c in val) <= 13 or re.fullmatch(r"\d{3}-\d{4}", val) or eight:
                yield m.start("val"), m.end("val"), "PHONE_NUMBER", 0.8
        for m in _SIX_DIGIT_PHONE_AFTER_LABEL.finditer(text):
            yield m.start("val"), m.end("val"), "PHONE_NUMBER", 0.85
        for m in _PHONE_THREE_PAIRS.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            day, month = int(m.group()[:2]), int(m.group()[3:5])
            no_date = not (1 <= day <= 31 and 1 <= month <= 12 or 1 <= month <= 31 and 1 <= day <= 12)
            if (
                _after_contact_word(text, m.start())
                or _PHONE_KEY_BEFORE.search(before)
                or (no_date and _IS_ON_BEFORE.search(before))
            ):
                yield m.start(), m.end(), "PHONE_NUMBER", 0.85
        for pattern, base in (
            (_PHONE_INTL, 0.75),
            (_PHONE_AREA, 0.6),
            (_PHONE_NATL, 0.5),
            (_PHONE_GROUPS, 0.45),
            (_PHONE_THREE_THEN_PAIRS, 0.45),
            (_PHONE_TRUNK, 0.45),
            (_PHONE_INDIA_MOBILE, 0.45),
            (_PHONE_RU_TRUNK, 0.6),
            (_PHONE_GREEK_LANDLINE, 0.5),
            (_PHONE_BARE, 0.3),
            (_PHONE_AFTER_CONTACT, 0.0),
        ):
            for m in pattern.finditer(text):
                digits = re.sub(r"\D", "", _EXT_TAIL.sub("", m.group()))
                # 15 digits is the E.164 maximum; one more for a written trunk prefix "+44 (0) 20 ..."
                if not 7 <= len(digits) <= 16 or len(set(digits)) < 3:
                    continue  # too short or long, or a placeholder ("0000 0000 0000")
                # 13+ digits without a "+" that pass Luhn are a card number ("4241.3614.7644.7542")
                if len(digits) >= 13 and not m.group().startswith(("+", "00")) and luhn_valid(digits):
                    continue
                if pattern is _PHONE_NATL and re.fullmatch(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}", m.group()):
                    continue
                if _calendar_date(m.group()):
                    continue  # "17.03.1987": a date, never a phone
                # (ten digits in two groups are also a thing's number: "invoice 2345 123456")
                if pattern is _PHONE_GREEK_LANDLINE and (
                    len(digits) != 10 or _THING_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
                ):
                    continue
                # (one slash, after the area code: "071/12/07", slashed throughout, is a date)
                if pattern is _PHONE_GROUPS and m.group().count("/") > 1:
                    continue
                if pattern is _PHONE_RU_TRUNK and len(digits) != 11:
                    continue
                if pattern is _PHONE_AFTER_CONTACT:
                    if (
                        _after_contact_word(text, m.start())
                        or _CONTACT_VERB_AFTER.match(text, m.end())
                        or _PHONE_KEY_BEFORE.search(text, max(0, m.start() - 40), m.start())
                    ):
                        yield m.start(), m.end(), "PHONE_NUMBER", 0.85
                    continue
                if _TAG_NUMBER_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                    continue
                ctx = _has_context(text, m.start(), m.end(), _PHONE_CTX, typos_of=_CONTACT_KEYWORDS)
                # "part number 7736502345", "order no. 1234567": the number of a thing, not of a phone
                # (an international shape too: "horse passport number 826 002 001 458 771")
                if ctx and numbered_thing_before(text, m.start()):
                    continue
                yield m.start(), m.end(), "PHONE_NUMBER", min(base + (0.3 if ctx else 0.0), 1.0)


# ------------------------------------------------------------------------------------- dates of birth

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    # French, Spanish, Portuguese, Italian, German and Dutch month names ("né le 3 mars 1991")
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?tiembre|octubre|noviembre|diciembre|"
    r"janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"januar|februar|m[äa]rz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|"
    # Polish and Czech in the genitive a date uses ("14 kwietnia 1955"), Scandinavian, Indonesian, Turkish
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[sś]nia|pa[zź]dziernika|listopada|"
    r"grudnia|ledna|[úu]nora|b[řr]ezna|dubna|kv[ěe]tna|[čc]ervna|[čc]ervence|srpna|z[áa][řr][íi]|[řr][íi]jna|"
    r"listopadu|prosince|maj|augusti|desember|agustus|ocak|[şs]ubat|nisan|may[ıi]s|haziran|temmuz|"
    r"a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?"
_DATE = re.compile(
    r"\b" + _WEEKDAY + r"(?:\d{1,2}[./·-]\d{1,2}[./·-](?:\d{4}|\d{2})|\d{4}[./·-]\d{1,2}[./·-]\d{1,2}"
    # spaced as forms box it: "07 05 1984", "1984 05 07" (four-digit year only; checked to be a date)
    r"|\d{1,2}\s\d{1,2}\s(?:19|20)\d{2}|(?:19|20)\d{2}\s\d{1,2}\s\d{1,2}"
    # a space after each full stop, as Czech, Slovak and German write it: "20. 4. 1979"
    r"|\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}"
    r"|\d{1,2}[-/ ]" + _MONTH + r"[-/ ]\d{2,4}"
    r"|\d{1,2}(?:st|nd|rd|th|er|º|°)?\.?\s+(?:of\s+|de\s+)?"
    + _MONTH
    + r",?(?:\s+(?:de\s+)?(?:\d{4}|['’]\d{2}))?"
    r"|\d{4}[-/ ]" + _MONTH + r"[-/ ]\d{1,2}"
    # "May 3rd, 1990", and as forms and care files write it, "May the 3rd, 1990"
    r"|" + _MONTH + r"\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:\d{4}|['’]\d{2}))?"
    # "Apr-27-1988", "sep/22/69"
    r"|" + _MONTH + r"[-/]\d{1,2}[-/](?:\d{4}|\d{2})"
    # compact "19880427" (a valid date, checked below)
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    # "15FEB1992" (passports, airline forms), "19/XII/1986" (Roman-numeral months)
    r"|\d{1,2}" + _MONTH + r"(?:\d{4}|\d{2})"
    r"|\d{1,2}[./ -](?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})[./ -](?:\d{4}|\d{2})"
    # ISO 8601 week and ordinal dates: "1987-W14-3", "1987W143", "1987-094" (a year's day, 001-366)
    r"|(?:1[89]|20)\d{2}-?W(?:0[1-9]|[1-4]\d|5[0-3])(?:-?[1-7])?(?![-/.]\d)"
    r"|(?:1[89]|20)\d{2}-(?:00[1-9]|0[1-9]\d|[12]\d\d|3[0-5]\d|36[0-6])(?![-/.]\d)"
    r"|" + _MONTH + r",?\s+\d{4}"
    # a Japanese era date: Meiji, Taisho, Showa, Heisei, Reiwa and the year of the era ("S63.06.17")
    r"|[MTSHR]\d{1,2}[./-]\d{1,2}[./-]\d{1,2}"
    r")(?:\b|(?=T\d{2}:))"
    # an ISO timestamp's time part belongs to the date: "1993-11-19T00:00:00Z"
    r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
    re.IGNORECASE,
)
# "b." (born) counts only right before the date: elsewhere it is an initial or a list item.
_DOB_CTX = re.compile(
    r"\b(?:born|birth|dob|d\.o\.b|birthday|bday|b-day|birthdate|date\s+of\s+birth)\b|(?:^|[\s(,;])b\.\s*(?:on\s+)?$"
    # "came into this world on", and birth words of other languages: né(e) le, geb., geboren, nacido...
    # GEDCOM's birth record: "1 BIRT\n2 DATE 24 JUN 1980"
    r"|\bbirt\s*\n\s*\d\s+date\b"
    r"|\bcame\s*into\s+(?:this|the)\s+world\b|\bn[ée]e?\s+le\b|\bgeb\.|\bgeboren\b|\bnacid[oa]\b|"
    # (Finnish "syntyi", was born: "pappa syntyi 25. kesäkuuta 1955")
    # (Northern Sámi "riegádan", "riegádii": was born)
    r"\bnascid[oa]\b|\burodzon[ya]\b|\bf[öo]dd\b|\bsyntynyt\b|\bsyntyi\b|\brieg[áa]d(?:an|ii|ai|e)\b|\bnac\.|\bnasc\.|\bnat[oa]\s+il\b|\bf[øo]dt\b"
    # "was born" in the past tense: Portuguese nasceu, Galician naceu, Spanish nació, French naquit,
    # Italian nacque
    r"|\bnasceu\b|\bnaceu\b|\bnac[ií][óo]?\b|\bnaquit\b|\bnacque\b"
    # Slovene rojen/rojena ("rojena sem 11. 8. 1941"), Polish urodził(a)
    r"|\broje(?:n|na|ni)\b|\burodzi[lł]"
    # "date of birth" as forms of other languages label it: Geburtsdatum, date de naissance, fecha de
    # nacimiento, data de nascimento/di nascita, geboortedatum, födelsedatum, fødselsdato, syntymäaika,
    # data urodzenia, doğum tarihi, datum rođenja/narození, születési, dyddiad geni, jaiotze data
    r"|\bgeburts(?:datum|tag)\b|\bnaissance\b|\bnacimiento\b|\bnascimento\b|\bnascita\b|\bgeboorte\w*|"
    r"\bf[öo]delse\w*|\bf[øo]dsels\w*|\bsyntym[äa]\w*|\burodzenia\b|\bdo[ğg]um\b|\bro[đd]j?enja\b|"
    r"\bnarozen[íi]\b|\bsz[üu]let[ée]si\b|\bgeni\b|\bjaiotze\b|\bnaixement\b"
    # Chinese, Japanese and Korean: born, birthday, date of birth
    r"|出生|生日|生年月日|誕生日|生まれ|생년월일|생일|태어",
    re.IGNORECASE,
)
_DOB_KEYWORDS = frozenset({"born", "birth", "dob", "birthday", "birthdate"})

# Birth words of many languages, folded (lower case, no diacritics, "_" as a space), as stems: forms label
# a date of birth with them ("Datum rojstva:", "tanggal lahir", "\"date_of_birth\":", "natal chart").
# folded as `fold_cue` folds the text (decomposed, no combining marks: Hangul to its letters, no virama)
_NATIVE_SCRIPT_BIRTH_WORDS = (
    "ميلاد مواليد مولود ولدت تولد پیدائش נולד לידה рожден родил народж роден рођен рођењ γεννη 出生 生于 生於 生年月日 誕生 "
    "生日 출생 생년월일 생일 태어 जन्म জন্ম பிறந்த పుట్టిన เกิด დაბად ծնվ ልደት የተወለደ"
).split()
_BIRTH_WORDS = re.compile(
    r"\b(?:birth|born\b|natal\b|bday|b-day|dob\b|geburt|geboren|gebuert|gebore|gebora\b|geboorte|fodsel|fodelse|fodd\b|"
    r"fodt\b|faedd|faeding|syntym|syntyn|sunni(?:aeg|kuupaev|paev)|sundinud|naissance|nee?\s+le\b|nacimiento|"
    r"nacid[oa]\b|nascimento|nascid[oa]\b|nascita|nat[oa]\s+il\b|naixement|nascut|nacemento|nastere|"
    r"nasterii|nascut[aă]?\b|urodzen|narozen|narodzen|narodenia|narodzhenn|rojstv|rodjen|rozhden|"
    r"rozhdenn|rozhdeni|razhdane|ragjanje|gimim|gimes\b|gimusi\b|dzimsan|dzimis|dzimusi|szuletes|szuletett|dogum|"
    r"tugilgan|tugulgan|tuylgan|tuw[iı]lgan|туған|lindj|lindur|gennis|genniseos|gennith|geni\b|breith|jaiotze|jaio\b|twelid|naskig|"
    r"daibad|davibad|dabadebis|lahir\b|kapanganakan|ipinanganak|zaliwa|zalwa|haihuwa|ngay\s+sinh|sinh\s+ngay|janm|janam\b|tavall?od|"
    r"wilad|leida\b|seinengappi|tanjou?bi|saengil|chusheng|natus\b"
    # Hawaiian hanau, Tongan faeleʻi, Samoan and Tahitian fanau, Malagasy teraka, Frisian berne, Russian
    # rodilsya/rodilas, Ukrainian narodyvsya, Turkish dogdu, Somali dhashay, Hebrew nolad, Arabic mawlud,
    # Kurdish ji dayik bu, Breton ganet, Chichewa/Nyanja badwa, Shona berekwa, Luganda zaalibwa, Kinyarwanda
    # vutse, Sesotho tswetswe, Tswana tsholwa, Thai koet, Yoruba bi mi, Lingala botama
    r"|hanau\b|faelei|fanau|teraka\b|berne\s+(?:op|on|yn)\b|rodil(?:sya|as|s[ia])\b|narodyv|narodi[lv]|"
    r"dogdu|dhashay|nolad|mawlu?d|dayik\s+bu|\bganet\b|badwa|berekwa|zaalibwa|vutse\b|tswetswe|tsholwa|"
    r"botama|nasci|nasceu\b|naceu\b|nacio\b|naci\b|shengri\b|naquit\b|nacque\b|roje(?:n|na|ni)\b|urodzil|"
    # Occitan "soi naissut/naissuda" ("I was born")
    r"naissud?[ta]\b)"
    # a birth word may end a longer word: Zulu and Xhosa "wazalwa", "ngizalwe", Swahili "alizaliwa"
    r"|(?:zalw[ae]|zaliwa|zaliwe)\b"
    # in their own scripts (folded, no word boundary: Chinese and Japanese run words together): Arabic
    # milad, mawalid, mawlud, wulidtu ("I was born"), Persian tavallod, Urdu paidaish, Hebrew nolad, leida, Russian and Ukrainian
    # rozhden-, rodil-, narodzh-, Bulgarian and Serbian roden, Greek genni-, Chinese and Japanese chusheng,
    # shengyu, seinengappi, tanjou, Korean chulsaeng, saengnyeonworil, saengil, Hindi and Nepali janm,
    # Bengali jonmo, Tamil pirantha, Telugu puttina, Thai koet, Georgian dabad-, Armenian tsnv-, Amharic lidet
    r"|" + "|".join(re.escape(strip_marks(w)) for w in _NATIVE_SCRIPT_BIRTH_WORDS),
)
# Abbreviations that mark a birth only right before the date: DOB, d.o.b., geb., né/née, f. (Nordic),
# ur. (Polish), nar. (Czech, Slovak), r. (Slovene), sz./szül. (Hungarian), s. (Finnish), d.d.n.
_BIRTH_ABBREVIATION_END = re.compile(
    r"(?:^|[\s(,;:\[])(?:dob|d\.o\.b\.?|geb\.|nee?|f\.|ur\.|nar\.|r\.|sz\.|szul\.|s\.|d\.d\.n\.?|γεν\.|д\.\s?р\.)"
    r"\s*[:=-]?\s*$"
)
# Abbreviations that mark a birth right after the date: Ukrainian "р.н." (year of birth), Russian "г.р."
# and "г. р.", Belarusian "г.н.": "11.12.1973 р.н."
_BIRTH_ABBREVIATION_AFTER = re.compile(r"[ \t]*(?:р\.[ \t]?н|г\.[ \t]?р|г\.[ \t]?н)\.", re.IGNORECASE)
# An age in years beside a date marks the date as a birth date: "12.03.1990 (34 y/o)", "aged 34".
_AGE = re.compile(
    r"\b(?:aged?\s*:?\s*\d{1,3}\b|\d{1,3}\s*(?:y/?o\b|yrs?\b|years?(?:\s+old)?\b|ans\b|anos\b|anni\b|"
    r"jahre\b|jaar\b|ar\b|lat\b|let\b|vuotta\b|a[nñ]os\b))"
)
_FOLD_LETTERS = str.maketrans(
    {"æ": "ae", "ð": "d", "ø": "o", "þ": "th", "ł": "l", "đ": "dj", "ı": "i", "ß": "ss"}
)


def fold_cue(text: str) -> str:
    """Text as the birth-word list stores it: lower case, diacritics and apostrophes dropped, "_" a space."""
    return re.sub(r"['’ʼʻ‘]", "", strip_marks(text.lower().translate(_FOLD_LETTERS))).replace("_", " ")


def _inflected_birth_word(word: str) -> bool:
    """A folded word that is a listed birth word plus up to three letters of inflection, and no English
    word or name: Faroese "foddur" is Norwegian "fodd" inflected ("borneo", "Natalie" are no cue)."""
    if word in english_words() or word in first_names() or word in last_names():
        return False
    for cut in (1, 2, 3):
        stem = word[:-cut]
        m = _BIRTH_WORDS.match(stem)
        if len(stem) >= 4 and m and m.end() == len(stem):
            return True
    return False


_BIRTH_DATE_LABEL = re.compile(
    r"\b(?:date\s+of\s+birth|birth\s*date|birthday|dob|d\.o\.b|fecha\s+de\s+nacimiento|date\s+de\s+naissance|"
    r"geburtsdatum|data\s+di\s+nascita|data\s+de\s+nascimento|data\s+urodzenia|geboortedatum)\b"
)


def birth_cue_near(text: str, start: int, end: int) -> bool:
    """A birth word of some language near text[start:end], a birth abbreviation right before it, or an
    age in years right beside it: the date there is a date of birth."""
    head = fold_cue(text[max(0, start - 40) : start])
    tail = fold_cue(text[end : end + 30])
    # a date that ends the sentence after a comma takes the cue from anywhere in it: "the agency needs my
    # dob before I can do a shift, 20-11-1967"
    if re.search(r",\s*$", text[max(0, start - 8) : start]) and not re.match(r"\s*\w", text[end : end + 8]):
        clause = text[max(0, start - 120) : start]
        clause = re.split(r"[.!?\n]\s", clause)[-1]
        if _BIRTH_WORDS.search(fold_cue(clause)):
            return True
    if _BIRTH_WORDS.search(head) or _BIRTH_WORDS.search(tail) or _BIRTH_ABBREVIATION_END.search(head):
        return True
    # a date-of-birth label further back in the same clause, with no number between: "the baby's date of
    # birth for the christening certificate is 16 October 2026" (not "born in Lima, … moved on 3 March")
    clause = fold_cue(re.split(r"[.!?;\n]", text[max(0, start - 90) : start])[-1])
    if (label := _BIRTH_DATE_LABEL.search(clause)) and not re.search(r"\d", clause[label.end() :]):
        return True
    if _BIRTH_ABBREVIATION_AFTER.match(text, end):
        return True
    if any(_inflected_birth_word(w) for w in re.findall(r"[a-z]{5,}", head)):
        return True
    return bool(_AGE.match(tail.lstrip(" ,;:(["))) or bool(re.search(r"\baged?\s*:?\s*\d{1,3}\W{0,3}$", head))


# Day and month without the year, right after a birth word: "my bday's 23/7", "birthday: 7/23".
_DOB_DAY_MONTH = re.compile(
    r"\b(?:birthday|bday|b-day|dob|born(?:\s+on)?)(?:['’]s|\s+is)?\s*[:=-]?\s*(?P<val>\d{1,2}/\d{1,2})(?![\w/]|\.\d)",
    re.IGNORECASE,
)
# Dates spelt out, as voice typing writes them: "October thirty first nineteen seventy four",
# "the twenty fourth of April nineteen ninety two".
_ORDINAL_WORDS = (
    r"(?:(?:twenty|thirty)[\s-]+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)
_YEAR_WORDS = (
    r"(?:nineteen|two\s+thousand(?:\s+and)?|twenty)(?:[\s-]+(?:hundred|and|oh|o|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|one|two|three|four|five|six|seven|eight|nine)\b){1,3}"
)
_DATE_SPELT = re.compile(
    r"\b(?:"
    + _MONTH
    + r"\s+(?:the\s+)?"
    + _ORDINAL_WORDS
    + r"|(?:the\s+)?"
    + _ORDINAL_WORDS
    + r"\s+(?:of\s+)?"
    + _MONTH
    + r")(?:,?\s+"
    + _YEAR_WORDS
    + r")?\b",
    re.IGNORECASE,
)
# LDAP's GeneralizedTime after the date's eight digits: "19721223000000Z", "197212231200+0100".
_GENERALIZED_TIME = r"\d{4}(?:\d{2})?(?:[.,]\d{1,6})?(?:Z|[+-]\d{4})"
# Six or eight digits right after a birth cue are a compact date ("birth date: 760804", "DOB 19880427").
_DOB_COMPACT = re.compile(
    r"(?:born|birth|dob|birthday|birthdate|geburtsdatum|geboren)\W{1,3}(?P<gap>(?:[\w ]{0,30}?[:\s])?)\s*"
    r"(?P<val>\d{8}|\d{6})(?P<time>" + _GENERALIZED_TIME + r")?\b",
    re.IGNORECASE,
)
_COMPACT_DIGITS = re.compile(r"(?<![\w.-])(?:\d{6}|\d{8})(?![\w-]|[.,]\d)")
# A birth cue, then at most a few words, at the end of the text before a compact date.
_DOB_CTX_END = re.compile(
    r"(?:" + _DOB_CTX.pattern + r")\W{0,3}(?P<gap>(?:[^\W\d]+\W{1,3}){0,2})$", re.IGNORECASE
)
# Words between the cue and the digits that make them something else: "date of birth field shows error
# 500123", "birth rate ... 202301".
_DOB_COMPACT_NOT = frozenset(
    "error errors code codes order number no ref id ticket page chapter version rate rates control".split()
)


def _calendar_date(value: str) -> bool:
    """A numeric date with a four-digit year that parses as a calendar day: "17.03.1987", "1987-3-17"."""
    from datetime import date

    m = re.fullmatch(
        r"(\d{1,2})([./-])(\d{1,2})\2((?:1[89]|20)\d{2})|((?:1[89]|20)\d{2})([./-])(\d{1,2})\6(\d{1,2})",
        value,
    )
    if not m:
        return False
    if m.group(1):
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        readings = [(y, b, a), (y, a, b)]
    else:
        readings = [(int(m.group(5)), int(m.group(7)), int(m.group(8)))]
    for y, mo, d in readings:
        try:
            date(y, mo, d)
        except ValueError:
            continue
        return True
    return False


def _compact_date_valid(digits: str) -> bool:
    """Some reading of six or eight digits is a calendar date (YYYYMMDD, DDMMYYYY, MMDDYYYY; YYMMDD...)."""
    from datetime import date

    if len(digits) == 8:
        readings = [(digits[:4], digits[4:6], digits[6:]), (digits[4:], digits[2:4], digits[:2]),
                    (digits[4:], digits[:2], digits[2:4])]  # fmt: skip
    else:
        readings = [("19" + digits[:2], digits[2:4], digits[4:]), ("19" + digits[4:], digits[2:4], digits[:2]),
                    ("19" + digits[4:], digits[:2], digits[2:4])]  # fmt: skip
    for year, month, day in readings:
        try:
            date(int(year), int(month), int(day))
        except ValueError:
            continue
        return True
    return False


# A date with a month word of any language (checked against CLDR's month names, see `_month_word`):
# "30. aprill 1998", "10 iunie 1999", "1. studenoga 1986.", "1972. gada 14. augustā", "1999. március 4.",
# "21 Jumada al-Akhirah 1386 AH". Words between the parts come from CLDR's date patterns ("de", "gada").
# A month word may hold apostrophes and hyphens ("C'hwevrer", "Whiringa-ā-rangi"); `fold_month` drops them.
# (a second word after "al-"/"ul-", or after the Arabic article: "ذو القعدة", "تشرين الأول")
_MONTH_WORD = (
    r"[^\W\d_](?:['’ʼ]?[^\W\d_]){2,}(?:['’ʼ]?\s(?:al|ul)-[^\W\d_]+|\sال[^\W\d_]+|(?:-[^\W\d_]+){1,3})?\.?"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_YEAR = r"(?:1[89]|20)\d{2}"


@lru_cache(maxsize=1)
def _word_date() -> re.Pattern[str]:
    # up to two short connecting words between the parts: CLDR's ("de", "gada") or any of one to three
    # letters, as languages CLDR lacks write them ("9 o Nowema", "8 a viz Cʼhwevrer", "4 ʻo Maʻasi")
    words = "|".join(sorted(map(re.escape, date_words()), key=len, reverse=True))
    join = r"(?:(?:" + words + r"|[^\W\d_]{1,3})\s+){0,2}"
    return re.compile(
        r"(?<![\w.])(?:"
        rf"(?P<d1>{_DAY})(?:st|nd|rd|th|er|º|°|\.|[^\W\d_]{{1,2}}(?=\s))?\s+{join}(?P<m1>{_MONTH_WORD}),?"
        # (a Hijri year before "AH" or the Arabic "هـ")
        rf"(?:\s+{join}(?P<y1>{_YEAR}|1[34]\d{{2}}(?=\s+AH\b|\s*\u0647\u0640?(?![^\W\d_])))(?:\s+AH\b)?)?"
        rf"|(?P<y2>{_YEAR})\.?,?\s+{join}(?P<d2>{_DAY})\.?\s+(?P<m2>{_MONTH_WORD})"
        rf"|(?P<y3>{_YEAR})\.?\s+{join}(?P<m3>{_MONTH_WORD})\s+(?P<d3>{_DAY})\.?"
        rf"|(?P<m4>{_MONTH_WORD})\s+(?P<d4>{_DAY})(?:st|nd|rd|th)?,?\s+(?P<y4>{_YEAR})"
        r")(?!\w)",
        re.IGNORECASE,
    )


def _month_word(word: str, with_year: bool) -> bool:
    """A month name of some language. A name that is also an everyday English word ("may", "set", "van")
    and an inflected form CLDR does not list (a stem match) count only with a year beside them."""
    folded = fold_month(word)
    if folded in month_names():
        return with_year or folded not in common_words()
    return with_year and any(folded[: len(folded) - k] in month_stems() for k in (1, 2))


def word_dates(text: str, any_month: bool = False) -> Iterator[tuple[int, int]]:
    """Spans of dates whose month is a word of any Latin-script language (see `_word_date`). With
    ``any_month`` (the caller has a birth cue) a word CLDR does not know counts too, when the date has a
    year and the word is no everyday word: "born 22 Setema 1931", "te 7 o Huitanguru 1982"; and the day
    and month take a Hijri or Iranian solar year after them ("tavallodam 12 esfand 1360")."""
    for m in _word_date().finditer(text):
        n = next(i for i in (1, 2, 3, 4) if m.group(f"m{i}"))
        word, year = m.group(f"m{n}"), bool(m.group(f"y{n}"))
        if _month_word(word, year) or (any_month and year and _unknown_month_word(word)):
            other_era = any_month and not year and n == 1 and _OTHER_ERA_YEAR.match(text, m.end())
            end = other_era.end() if other_era else m.end()
            # the era's name after the year is the date's too ("10 Jamadi-ul-Awwal 1368 Hijri"), no person
            era = _ERA_AFTER.match(text, end) if year or other_era else None
            yield m.start(), era.end() if era else end


# A year of the Hijri or the Iranian solar calendar (1300 to 1499) after a day and month
_OTHER_ERA_YEAR = re.compile(r",?[ \t]+1[34]\d\d(?!\d)")
_ERA_AFTER = re.compile(r"(?i)[ \t]+(?:hijri|a\.?h\.?|bikrami|b\.s\.|v\.s\.|shamsi|h\.sh?\.)(?![\w.])")


def _unknown_month_word(word: str) -> bool:
    """A word that may be a month of a language CLDR lacks: not an everyday or function word."""
    folded = fold_month(word)
    return len(folded) >= 3 and folded not in everyday_words() and folded not in _NOT_MONTHS


# Counted things a birth sentence may put between a number and a year ("born 3 kids 2001" is none).
_NOT_MONTHS = frozenset(
    "kids kid days weeks years hours mins times babies pups cats dogs lambs calves foals cubs twins".split()
)

# A key or field whose name holds a birth word ("dob", "birthDate", "fecha_nacimiento", "'dob' =>"), then
# its value: quoted, or a bare date or number (a Java/JS epoch in milliseconds: "birthDate": -807408000000).
_FIELD_VALUE = re.compile(
    r"(?P<key>[\w.-]{2,40})[\"']?\s*(?:=>|:|=)\s*"
    r"(?:(?P<q>[\"'])(?P<qval>[^\n]{1,40}?)(?P=q)(?=\s*(?:[,;)}\]]|$))|(?P<val>-?\d[\d./-]{5,13}(?:Z|[+-]\d{4})?)(?![\w.]))",
    re.MULTILINE,
)
# what a birth field's value must hold to be a date: a year, a date's digit groups, or an epoch
_FIELD_DATE = re.compile(
    # ... or Microsoft's JSON date: "/Date(-807408000000)/"
    r"\b(?:1[89]|20)\d{2}\b|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|^-?\d{9,13}$"
    # ... or LDAP's GeneralizedTime: "19721223000000Z"
    r"|^(?:1[89]|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{4,6}(?:Z|[+-]\d{4})$"
    r"|^/Date\(-?\d{1,13}(?:[+-]\d{4})?\)/$",
    re.IGNORECASE,
)
# Microsoft's JSON date ("/Date(-930873600000)/", milliseconds since 1970, as ASP.NET and WCF write it):
# a date like any other, a date of birth by a birth word near it.
_JSON_MS_DATE = re.compile(r"(?i)/date\(-?\d{1,13}(?:[+-]\d{4})?\)/")
# birth keys that name no date: "birthPlace", "birth_country", "birth_weight"
_FIELD_NOT_DATE = re.compile(r"place|city|country|town|weight|name|order|rate|cert|control|mark")


def _birth_field_values(text: str) -> Iterator[tuple[int, int, str, float]]:
    """The date value of a field or key whose name (folded, camelCase split) holds a birth word."""
    for m in _FIELD_VALUE.finditer(text):
        key = (
            fold_cue(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", m.group("key"))).replace(".", " ").replace("-", " ")
        )
        if not (_BIRTH_WORDS.search(key) or _BIRTH_ABBREVIATION_END.search(key)) or _FIELD_NOT_DATE.search(
            key
        ):
            continue
        name = "qval" if m.group("qval") is not None else "val"
        value = m.group(name)
        if "@" in value or not _FIELD_DATE.search(value.strip()):
            continue
        yield m.start(name), m.end(name), DATE_OF_BIRTH, 0.85


# Chinese, Japanese and Korean dates: "1987年4月12日", "2020년 3월 15일" (no word break around them in
# Chinese and Japanese text)
# (and Korean in digits, a full stop and a space after each part: "2004. 4. 9.")
_CJK_DATE = re.compile(
    r"(?<!\d)\d{4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]"
    r"|(?<![\d.])(?:19|20)\d{2}\.[ \t](?:1[0-2]|0?[1-9])\.[ \t](?:3[01]|[12]\d|0?[1-9])\.(?!\d)"
)


# A date built in code and assigned to a birth variable: "var dob = new DateTime(1997, 8, 11)", "dob :=
# time.Date(1957, time.December, 4, ...)", "$dob = DateTime->new(year => 1951, month => 7, day => 31)"
_ARG = r"\s*(?:{}\s*(?:=>|=|:)\s*)?"
_CODE_BIRTH_DATE = re.compile(
    r"(?i)(?<![\w$])[\w$]*(?:dob|birth|born)\w*\s*(?::=|=|<-|:)\s*(?:new\s+)?[\w.:>-]*\("
    r"(?P<val>"
    + _ARG.format("year")
    + r"(?P<y>\d{4})\s*,"
    + _ARG.format("month")
    + r"(?:time\.)?(?P<m>\d{1,2}|[a-z]{3,9})\s*,"
    + _ARG.format("day")
    + r"(?P<d>\d{1,2}))\b"
)


def _month_and_day(month: str, day: str) -> bool:
    """A month (1-12, or a month's name as `_MONTH` knows it: "December") and a day of 1-31."""
    month = month.lower()
    real_month = 1 <= int(month) <= 12 if month.isdigit() else bool(re.fullmatch(_MONTH, month))
    return real_month and 1 <= int(day) <= 31


# Thai dates with the month's abbreviation and a Buddhist-era year ("2 ก.พ. 2531" is 2 February 1988)
_THAI_MONTHS = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split()
_THAI_DATE = re.compile(
    r"(?<!\d)\d{1,2}[ \t]*(?:" + "|".join(re.escape(m) for m in _THAI_MONTHS) + r")[ \t]*(?:24|25)\d\d(?!\d)"
)
# Latvian dates, the year first and the month in the locative: "2001. gada 12. maijā"
_LATVIAN_DATE = re.compile(r"(?i)(?<!\d)(?:19|20)\d\d\.[ \t]*gad(?:a|ā)[ \t]+\d{1,2}\.[ \t]*[^\W\d_]{3,10}")


# Uzbek, Karakalpak and Kazakh write the year first with its word, then the day and the month: "1962-jıl
# 4-avgust", "1990-yil 5-martda", "1985 жылы 12 мамыр"
_TURKIC_YEAR_FIRST_DATE = re.compile(
    r"(?i)(?<![\w-])(?:19|20)\d\d[ \t-]?(?:jıl|jil|yil|yıl|jyl|жыл|жылы)[ \t]+\d{1,2}[ \t-]?"
    r"(?:yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentyabr|oktyabr|noyabr|dekabr|"
    r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)(?:da|de|та|те|да|де)?"
    r"(?![\w-])"
)


class KaizenDateOfBirthRecognizer(RegexRecognizer):
    """DATE_OF_BIRTH: a date near "born", "DOB", "birthday", "date of birth"; other dates are left alone."""

    ENTITIES = [DATE_OF_BIRTH]

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> Iterator[tuple[int, int, str, float]]:
        for m in [
            *_THAI_DATE.finditer(text),
            *_LATVIAN_DATE.finditer(text),
            *_TURKIC_YEAR_FIRST_DATE.finditer(text),
        ]:
            if birth_cue_near(text, m.start(), m.end()):
                yield m.start(), m.end(), DATE_OF_BIRTH, 0.85
        for m in [*_DATE.finditer(text), *_CJK_DATE.finditer(text)]:
            head = text[max(0, m.start() - 40) : m.start()]
            if _has_context(
                text, m.start(), m.end(), _DOB_CTX, before=40, after=30, typos_of=_DOB_KEYWORDS
            ) or (re.search(r"(?:^|[\s(,;])b+\.\s*(?:on\s+)?$", head, re.IGNORECASE)):
                yield m.start(), m.end(), DATE_OF_BIRTH, 0.85
            elif birth_cue_near(text, m.start(), m.end()):
                yield m.start(), m.end(), DATE_OF_BIRTH, 0.85
        for start, end in word_dates(text, any_month=True):
            if _has_context(
                text, start, end, _DOB_CTX, before=40, after=30, typos_of=_DOB_KEYWORDS
            ) or birth_cue_near(text, start, end):
                yield start, end, DATE_OF_BIRTH, 0.85
        yield from _birth_field_values(text)
        for m in _CODE_BIRTH_DATE.finditer(text):
            if _month_and_day(m["m"], m["d"]):
                yield m.start("val"), m.end("val"), DATE_OF_BIRTH, 0.85
        for m in _JSON_MS_DATE.finditer(text):
            if _has_context(
                text, m.start(), m.end(), _DOB_CTX, before=40, after=30, typos_of=_DOB_KEYWORDS
            ) or birth_cue_near(text, m.start(), m.end()):
                yield m.start(), m.end(), DATE_OF_BIRTH, 0.85
        for m in _DOB_DAY_MONTH.finditer(text):
            a, b = (int(x) for x in m.group("val").split("/"))
            if (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31):
                yield m.start("val"), m.end("val"), DATE_OF_BIRTH, 0.85
        for m in _DATE_SPELT.finditer(text):
            if _has_context(text, m.start(), m.end(), _DOB_CTX, before=40, after=30, typos_of=_DOB_KEYWORDS):
                yield m.start(), m.end(), DATE_OF_BIRTH, 0.85
        for m in _DOB_COMPACT.finditer(text):
            if set(m.group("gap").lower().split()) & _DOB_COMPACT_NOT or not _compact_date_valid(
                m.group("val")
            ):
                continue
            yield m.start("val"), m.end("time" if m.group("time") else "val"), DATE_OF_BIRTH, 0.85
        # compact digits after a birth cue of another language ("fecha de nac. 19721208")
        for m in _COMPACT_DIGITS.finditer(text):
            head = text[max(0, m.start() - 25) : m.start()]
            cue = _DOB_CTX_END.search(head)
            if (
                cue
                and _compact_date_valid(m.group())
                and not set(cue.group("gap").lower().split()) & _DOB_COMPACT_NOT
            ):
                yield m.start(), m.end(), DATE_OF_BIRTH, 0.85


# ------------------------------------------------------------------------------- IBAN, IP, e-mail

# groups split by a space, two spaces (typed to line up), a dot, a dash or a slash ("5120/7182/...",
# as some forms and card readers print them); not a number inside a path ("/orders/4111.../")
# (groups joined by spaces, dots, slashes, dashes, a spaced dash, underscores or tabs: "2221 - 4020 - 4848 -
# 8057", "2410_7178_8196_7078", a pasted "2298\t8435\t…")
_CARD = re.compile(r"(?<![\w./-])\d(?:(?: {1,2}|[./_\t-]| - )?\d){11,18}(?![\w/]|[.-]\d)")
_CARD_CTX = re.compile(
    r"\b(?:card|visa|mastercard|maestro|amex|credit|debit|cc|cvv|exp)\b|^\|\d{2}\|\d{2}", re.IGNORECASE
)
# "4242 4242 4242 4242 is the stripe test card": a published test number, not anyone's card.
_TEST_CARD = re.compile(r"\btest\s+(?:card|number|visa|mastercard)s?\b", re.IGNORECASE)


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


class KaizenCreditCardRecognizer(RegexRecognizer):
    """CREDIT_CARD: 13-19 digits, optionally grouped by spaces or dashes, passing the Luhn check
    (any issuer range, including Mastercard 2-series that Presidio's pattern misses)."""

    ENTITIES = ["CREDIT_CARD"]

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> Iterator[tuple[int, int, str, float]]:
        for whole in _CARD.finditer(text):
            for m in _card_readings(text, whole):
                found = self._card(text, m)
                if found:
                    yield found
                    break

    def _card(self, text: str, m: re.Match[str]) -> tuple[int, int, str, float] | None:
        """The card span of one reading, or None when it is no card."""
        if True:
            digits = re.sub(r"\D", "", m.group())
            if not 12 <= len(digits) <= 19 or not luhn_valid(digits) or len(set(digits)) < 2:
                return None
            # 12 digits (Maestro) only after a card word or in a dump line "number|MM|YY|CVV"
            if len(digits) == 12 and not (
                _CARD_CTX.search(text[max(0, m.start() - 30) : m.start()])
                or _CARD_CTX.search(text[m.end() :])
            ):
                return None
            if _has_context(text, m.start(), m.end(), _TEST_CARD, before=30, after=40):
                return None
            # "+62 812 0916 6685": a country code's plus starts a phone number; no card number has one
            if text[max(0, m.start() - 1) : m.start()] == "+":
                return None
            if (
                len(set(re.findall(r" - |[./_\t-]| +", m.group()))) > 1
            ):  # mixed separators: a list, not a card
                return None
            # "the card terminal is 192.168.159.197": four dotted groups of 1-3 digits are an IPv4
            # address, whatever word is near (cards are grouped in fours, never by dots of 1-3 digits)
            if re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", m.group()):
                return None
            ctx = _has_context(text, m.start(), m.end(), _CARD_CTX)
            return m.start(), m.end(), "CREDIT_CARD", 0.95 if ctx else 0.8


def _card_readings(text: str, whole: re.Match[str]) -> Iterator[re.Match[str]]:
    """The digit run, then the runs that start at each later group ("deposit 2 1972 36156 203765": the
    "2" typed before the card is not part of it)."""
    yield whole
    seps = list(re.finditer(r" {1,2}", whole.group()))
    for sep in seps:
        sub = _CARD.match(text, whole.start() + sep.end())
        if sub:
            yield sub
    # then without the last group(s): "1. enter card 4929 … 6647 2. click Pay" (the "2" numbers a step)
    for sep in reversed(seps[-2:]):
        sub = _CARD.fullmatch(text, whole.start(), whole.start() + sep.start())
        if sub:
            yield sub


# groups split by spaces, dashes or dots ("MG16.6207.9934...", as some banks print them)
_IBAN = re.compile(r"\b[A-Za-z]{2} ?\d{2}(?:[ .-]?[A-Za-z0-9]{4}){2,7}(?:[ .-]?[A-Za-z0-9]{1,4})?\b")
_IBAN_FIELDS = re.compile(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{1,30}){1,8}\b")
# Countries of the IBAN registry (and those using IBAN-form numbers): only these may stand apart from the
# check digits ("SE 26 7990 ..."), as some banks and people write it.
_IBAN_COUNTRIES = frozenset(
    "AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK FO FR GB GE GI GL GR GT HR HU "
    "IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MN MR MT MU NI NL NO OM PK PL PS PT QA RO RS RU "
    "SA SC SD SE SI SK SM SO ST SV TL TN TR UA VA VG XK YE DZ AO BJ BF CV CM CF TD KM CG CI GA GQ GW HN IR MG "
    "ML MA MZ NE SN TG".split()
)


def iban_valid(value: str) -> bool:
    s = re.sub(r"[\s.-]", "", value).upper()
    if not 15 <= len(s) <= 34 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    moved = s[4:] + s[:4]
    digits = "".join(str(int(c, 36)) for c in moved)
    return int(digits) % 97 == 1


class KaizenIbanRecognizer(RegexRecognizer):
    """IBAN_CODE in any case, with or without spaces, checked with the mod-97 checksum."""

    ENTITIES = ["IBAN_CODE"]

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> Iterator[tuple[int, int, str, float]]:
        found: list[tuple[int, int]] = []
        for m in _IBAN.finditer(text):
            value = m.group()
            if value[2] == " " and value[:2].upper() not in _IBAN_COUNTRIES:
                continue
            if value := _checked_iban_prefix(value):
                found.append((m.start(), m.start() + len(value)))
                yield m.start(), m.start() + len(value), "IBAN_CODE", 1.0
        # grouped by the national fields, not in fours ("CY31 435 27318 5TXMGRWZ924EOEJ1"): only a
        # registry country, and the checksum decides
        for m in _IBAN_FIELDS.finditer(text):
            if m.group()[:2].upper() not in _IBAN_COUNTRIES or any(
                a < m.end() and m.start() < b for a, b in found
            ):
                continue
            if value := _checked_iban_prefix(m.group()):
                yield m.start(), m.start() + len(value), "IBAN_CODE", 1.0


# The IBANs that the SWIFT IBAN registry (one per country), banks and encyclopaedias print as examples
# (copied from documentation, they are no one's account).
_PUBLISHED_EXAMPLE_IBANS = frozenset(
    """DE89370400440532013000 GB82WEST12345698765432 GB29NWBK60161331926819 FR7630006000011234567890189
    FR1420041010050500013M02606 AT611904300234573201 NL91ABNA0417164300 CH9300762011623852957 BE68539007547034
    ES9121000418450200051332 IT60X0542811101000000123456 AD1200012030200359100100 AE070331234567890123456
    AL47212110090000000235698741 AZ21NABZ00000000137010001944 BA391290079401028494 BG80BNBG96611020345678
    BH67BMAG00001299123456 BR1800360305000010009795493C1 CR05015202001026284066 CY17002001280000001200527600
    CZ6508000000192000145399 DK5000400440116243 DO28BAGR00000001212453611324 EE382200221020145685
    FI2112345600000785 FO6264600001631634 GE29NB0000000101904917 GI75NWBK000000007099453 GL8964710001000206
    GR1601101250000000012300695 GT82TRAJ01020000001210029690 HR1210010051863000160
    HU42117730161111101800000000 IE29AIBK93115212345678 IL620108000000099999999 IS140159260076545510730339
    JO94CBJO0010000000000131000302 KW81CBKU0000000000001234560101 KZ86125KZT5004100100
    LB62099900000001001901229114 LI21088100002324013AA LT121000011101001000 LU280019400644750000
    LV80BANK0000435195001 MC5811222000010123456789030 MD24AG000225100013104168 ME25505000012345678951
    MK07250120000058984 MR1300020001010000123456753 MT84MALT011000012345MTLCAST001S NO9386011117947
    PK36SCBL0000001123456702 PL61109010140000071219812874 PS92PALS000000000400123456702
    PT50000201231234567890154 QA58DOHB00001234567890ABCDEFG RO49AAAA1B31007593840000 RS35260005601001611379
    SA0380000000608010167519 SE4550000000058398257466 SI56263300012039086 SK3112000000198742637541
    SM86U0322509800000000270100 TN5910006035183598478831 TR330006100519786457841326
    UA213223130000026007233566001 VG96VPVG0000012345678901 XK051212012345678906""".split()
)


def _published_example_iban(value: str) -> bool:
    """`value` (spaces and dots allowed) is an IBAN documentation prints as its example."""
    return re.sub(r"[\s.-]", "", value).upper() in _PUBLISHED_EXAMPLE_IBANS


def nobodys_values_in(text: str) -> list[tuple[int, int]]:
    """Where `text` holds a value that is no one's: a documentation or loopback address, an IBAN that
    documentation prints as its example. No other reading may take them (a phone number in their
    digits)."""
    found = [
        (m.start(), m.start() + len(v))
        for m in _IBAN.finditer(text)
        if (v := _checked_iban_prefix(m.group())) and _published_example_iban(v)
    ]
    found += [(m.start(), m.end()) for m in _ROLE_MAILBOX_AT_EXAMPLE.finditer(text)]
    return found + [
        (m.start(), m.end()) for p in (_IPV4, _IPV6) for m in p.finditer(text) if nobodys_ip(m.group())
    ]


# A documentation mailbox: a role, not a person, at a domain reserved for examples (RFC 2606):
# "write to member@example.com for the form", "someone@example.org" ("yguzman@example.com" stays: a
# name at an example domain is still written as someone's)
_ROLE_MAILBOX_AT_EXAMPLE = re.compile(
    r"(?i)(?<![\w.+-])(?:user|users|someone|somebody|name|your[._]?name|you|me|member|members|customer|"
    r"customers|client|tenant|tenants|volunteer|volunteers|treasurer|secretary|secretaris|ticket|tickets|"
    r"shop|store|student|students|steward|warden|info|admin|contact|office|support|hello|team|staff|parent|"
    r"parents|guest|guests|owner|example|test|email|mail|no-?reply|nobody|foo|bar|john\.doe|jane\.doe|jobs|"
    r"careers|hr|hiring|recruitment|newsletter|sales|billing|orders|events|bookings|enquiries|help)"
    r"@(?:[\w-]+\.)*(?:example\.(?:com|org|net|edu)|[\w-]+\.(?:example|test|invalid))(?![\w.-])"
)


def _checked_iban_prefix(value: str) -> str:
    """`value`, or its longest prefix at a group break, that passes the IBAN checksum ("" if none):
    a following word may have been swallowed."""
    while value and not iban_valid(value):
        cut = max(value.rfind(" "), value.rfind("-"), value.rfind("."))
        if cut <= 4:
            return ""
        value = value[:cut]
    return value


_IPV4 = re.compile(r"(?:(?<![\w.])|(?<=\bip4:))(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?![\w]|\.\d)")
_IPV6 = re.compile(
    r"(?:(?<![\w:.])|(?<=\bip6:))(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{0,4}|(?:\d{1,3}\.){3}\d{1,3})(?:/\d{1,3})?(?![\w:])"
)


class KaizenIpRecognizer(RegexRecognizer):
    """IP_ADDRESS v4 and v6 (compressed forms too), validated with the ipaddress module."""

    ENTITIES = ["IP_ADDRESS"]

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> Iterator[tuple[int, int, str, float]]:
        for pattern in (_IPV4, _IPV6):
            for m in pattern.finditer(text):
                try:
                    ip = ipaddress.ip_interface(m.group()).ip
                except ValueError:
                    continue
                if _nobodys_address(ip):
                    continue
                yield m.start(), m.end(), "IP_ADDRESS", 0.95
        for m in _IPV6_PORT.finditer(text):
            try:
                ip = ipaddress.IPv6Address(m.group("ip"))
            except ValueError:
                continue
            if _nobodys_address(ip):
                continue
            yield m.start("ip"), m.end("ip"), "IP_ADDRESS", 0.95  # the address; the port is no one's
        for m in _IPV4_DOT_PORT.finditer(text):
            try:
                ip = ipaddress.ip_address(m.group("ip"))
            except ValueError:
                continue
            if _nobodys_address(ip):
                continue
            # the port stays with the address: one span, no phone reading of the five numbers
            yield m.start(), m.end(), "IP_ADDRESS", 0.96


# The ranges set aside for documentation (RFC 5737, RFC 3849): no machine on any network has them.
_DOCUMENTATION_NETWORKS = tuple(
    ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
)


def _nobodys_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """The machine's own address or "any address" ("127.0.0.1", "::1", "0.0.0.0"): every computer has
    it, so it tells of no one (a database URL on 127.0.0.1 keeps its password scrubbed, not its host).
    Nor does an address of the documentation ranges ("192.0.2.7", "2001:db8::1"), which no one is given."""
    return ip.is_loopback or ip.is_unspecified or any(ip in net for net in _DOCUMENTATION_NETWORKS)


def nobodys_ip(value: str) -> bool:
    """`value` is an IP address (a prefix length or brackets allowed) that tells of no one."""
    try:
        return _nobodys_address(ipaddress.ip_interface(value.strip("[]").split("%")[0]).ip)
    except ValueError:
        return False


# A full eight-group IPv6 address and a ninth group of decimal digits: the port, written without the
# brackets URLs need ("http://2001:db8:0:0:1:2:3:4:8080/"). Eight groups are a whole address, so whatever
# follows is no part of it; compressed forms ("::") stay ambiguous and are left to _IPV6.
_IPV6_PORT = re.compile(
    r"(?<![\w:.])(?P<ip>(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}):(?P<port>\d{1,5})(?![\w:])"
)
# tcpdump writes the port after a dot: "IP 10.1.2.3.51234 > 10.0.0.5.22:" (source before ">", target
# before ":").
_IPV4_DOT_PORT = re.compile(r"(?<![\w.])(?P<ip>(?:\d{1,3}\.){3}\d{1,3})\.\d{1,5}(?=\s+>|:\s)")


# The at sign also as URLs and forms encode it ("ana%40mail.com") and in full width ("ana＠mail.com").
# A quoted mailbox ('"ana+vet"@tuta.io') is an address too (RFC 5322 allows it).
# Japanese and Chinese write no space around it: "見積書はana.k@yahoo.co.jpに送ってください" (a letter of
# those scripts may touch it on either side; a Latin letter or digit may not)
_EMAIL = re.compile(
    r"(?:(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])|(?<![\w.+-]))"
    r"(?:[A-Za-z0-9][A-Za-z0-9._%+-]*|\"[^\"\s@]{1,64}\")(?:@|%40|＠)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
    r"\.[A-Za-z]{2,24}(?![A-Za-z0-9_])"
)


_AT = r"(?:\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+|\s+@\s*|\s*@\s+)"
_DOT = r"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\.)"
# Written to dodge scrapers: "ana [at] example [dot] com", "ana at example dot co dot uk", "ana @ mail.com".
# At least one part must be spelled out or spaced, and the address must end in a domain-like suffix.
_EMAIL_OBFUSCATED = re.compile(
    r"(?<![\w.+-])(?P<user>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63})" + _AT
    + r"(?P<host>[A-Za-z0-9-]{2,63}(?:" + _DOT + r"[A-Za-z0-9-]{2,63})*)" + _DOT + r"(?P<tld>[A-Za-z]{2,6})\b",
    re.IGNORECASE,
)  # fmt: skip
# Spaced out around a literal "@" and the dots ("nils . berg @ gmail . com"), or a comma typed for the
# last dot ("kofi@gmail,com"); the suffix must be a mail suffix.
_EMAIL_SPACED = re.compile(
    r"(?<![\w.+-])(?P<user>[A-Za-z0-9][A-Za-z0-9_%+-]*(?:\s*\.\s*[A-Za-z0-9_%+-]+)*)\s*@\s*"
    r"(?P<host>[A-Za-z0-9-]{2,63}(?:\s*\.\s*[A-Za-z0-9-]{2,63})*)(?:\s*\.\s*|,)(?P<tld>[A-Za-z]{2,6})\b"
)
# Two-letter file extensions that are also country suffixes: "main.py at src.py" names files.
_FILE_SUFFIXES = frozenset("py sh md rs rb ps cc so js ts go gz xz db hs ml kt cs pm 7z".split())
_TLDS = frozenset(
    "com net org edu gov io co uk de fr es it nl be ch at se no dk fi pl pt br mx ar cl au nz ca in jp cn kr ru "
    "ua tr za ng ke ie info biz me dev app ai email mail xyz online".split()
)


class KaizenEmailRecognizer(RegexRecognizer):
    """EMAIL_ADDRESS in any case, also obfuscated ("ana [at] example [dot] com"); no suffix-list lookup
    (Presidio's own recognizer also runs)."""

    ENTITIES = ["EMAIL_ADDRESS"]

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> Iterator[tuple[int, int, str, float]]:
        for m in _EMAIL.finditer(text):
            yield m.start(), m.end(), "EMAIL_ADDRESS", 0.95
        for m in _EMAIL_OBFUSCATED.finditer(text):
            spelled = re.search(r"\bdot\b|[\[({<]\s*at", m.group(), re.IGNORECASE)
            # "(at)" and "[dot]" are written only to hide an address: any suffix; a two-letter one is a
            # country's ("cd", "gr") unless it names a file ("main.py")
            tld = m.group("tld").lower()
            known = (
                tld in _TLDS or (spelled and len(tld) >= 2) or (len(tld) == 2 and tld not in _FILE_SUFFIXES)
            )
            if not known or "@" in m.group() and "." in m.group() and _EMAIL.search(m.group()):
                continue  # a plain address is found above; "at home.jpg" has no mail suffix
            # a dotted, tagged or numbered mailbox ("ana.ruiz at gmx.net", "ana+shop at x.cd") is an
            # address, not a place
            mailbox = bool(re.search(r"[^\W\d_][._+]\w|\d", m.group("user")))
            if not spelled and not mailbox and "@" not in m.group():
                continue  # "meet me at cafe.de" is a place: " at " needs a spelled-out dot or an "@"
            user = m.group("user").lower()
            if user in common_words() and "@" not in m.group() and not re.search(r"[\d._]", user):
                continue  # "look at github dot com": a word before "at" is no mailbox
            yield m.start(), m.end(), "EMAIL_ADDRESS", 0.9
        for m in _EMAIL_SPACED.finditer(text):
            if m.group("tld").lower() in _TLDS and (re.search(r"\s", m.group()) or "," in m.group()):
                yield m.start(), m.end(), "EMAIL_ADDRESS", 0.9


# ------------------------------------------------------------------------------------- pasted tables

# Column headers that say what the cells under them are ("name,dob,iban", "Full name | Birthday").
_COLUMN_TYPES = {
    **dict.fromkeys(
        ["name", "full name", "fullname", "first name", "firstname", "last name", "lastname", "surname",
         "given name", "family name", "customer", "customer name", "contact", "contact name", "employee",
         "patient", "client", "member", "person"],
        "PERSON",
    ),
    **dict.fromkeys(
        ["dob", "d.o.b", "d.o.b.", "date of birth", "birthdate", "birth date", "birthday", "born"], DATE_OF_BIRTH
    ),
    **dict.fromkeys(["username", "user name", "user", "login", "handle", "screen name", "nickname"], USERNAME),
}  # fmt: skip
# "name" and "user" head product and system tables too ("name,price"): they count only next to a
# column that is personal for sure.
_AMBIGUOUS_COLUMNS = {"name", "user", "login", "handle", "contact", "member", "client", "customer"}
_PERSONAL_COLUMNS = {
    "email", "e-mail", "mail", "phone", "mobile", "tel", "iban", "address", "street", "ssn", "card",
    "passport", "password",
}  # fmt: skip
_LINE = re.compile(r"[^\n]+")


class KaizenTableRecognizer(RegexRecognizer):
    """PERSON, DATE_OF_BIRTH and USERNAME cells of a pasted table (CSV, TSV, pipes) under a header
    row that names their column ("name,dob,iban" then "PUALANI KAHALE,Apr-27-1988,AE59...")."""

    ENTITIES = ["PERSON", DATE_OF_BIRTH, USERNAME]

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> Iterator[tuple[int, int, str, float]]:
        if "insert" in text.lower():
            yield from _sql_insert_cells(text)
        if "\n" not in text:
            return
        columns: dict[int, str] = {}
        sep = ""
        for line in _LINE.finditer(text):
            if not columns:
                columns, sep = _header_columns(line.group())
                continue
            cells = line.group().split(sep)
            if len(cells) < 2:
                columns = {}
                continue
            offset = line.start()
            for k, cell in enumerate(cells):
                kind = columns.get(k)
                value = cell.strip().strip("\"'")
                if kind and _cell_is(kind, value):
                    start = offset + cell.index(value)
                    yield start, start + len(value), kind, 0.9
                offset += len(cell) + len(sep)


# "INSERT INTO tenants (name, dob) VALUES ('Ana Ruiz', '1970-8-7')": the column list names the values.
_SQL_INSERT = re.compile(
    r"\binsert\s+into\s+[\w.`\"\[\]]+\s*\((?P<cols>[^()]{1,400})\)\s*values\s*\(", re.IGNORECASE
)
_SQL_VALUE = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|[^,()\s]+")


def _sql_insert_cells(text: str) -> Iterator[tuple[int, int, str, float]]:
    """Cells of SQL INSERT rows whose column names a personal type, as for a table's header row."""
    for m in _SQL_INSERT.finditer(text):
        columns, _ = _header_columns(m.group("cols").replace("`", "").replace('"', ""))
        if not columns:
            continue
        # every row of "VALUES (...), (...)": values by position
        pos = m.end()
        while True:
            k = 0
            for v in _SQL_VALUE.finditer(text, pos):
                if text[pos : v.start()].strip(" \t\n,"):
                    break  # a ")" ends the row
                kind = columns.get(k)
                value = v.group().strip("'\"")
                if kind and _cell_is(kind, value):
                    start = v.start() + (1 if v.group()[0] in "'\"" else 0)
                    yield start, start + len(value), kind, 0.9
                k += 1
                pos = v.end()
            nxt = re.match(r"\s*\)\s*,\s*\(", text[pos:])
            if not nxt:
                break
            pos += nxt.end()


def _header_columns(line: str) -> tuple[dict[int, str], str]:
    """{cell index: entity type} for a header row naming a personal column, and its separator."""
    sep = max((",", ";", "\t", "|"), key=line.count)
    cells = [c.strip().strip("\"'").lower().replace("_", " ") for c in line.split(sep)]
    if len(cells) < 2 or any(c.isdigit() for c in cells):
        return {}, ""
    columns = {k: _COLUMN_TYPES[c] for k, c in enumerate(cells) if c in _COLUMN_TYPES}
    if (
        all(c in _AMBIGUOUS_COLUMNS for c in cells if c in _COLUMN_TYPES)
        and not set(cells) & _PERSONAL_COLUMNS
    ):
        return {}, ""
    return columns, sep if columns else ""


def _cell_is(kind: str, value: str) -> bool:
    """A cell value that can be of the column's type (a name has no digits, a date has some)."""
    # a dictionary word is a column's generic value ("router", "admin"), not a person or a login
    if len(value) < 2 or value.lower() in everyday_words() or value.lower() in _NOT_A_VALUE:
        return False
    if kind == "PERSON":  # letters, no digits: not a "|---|" rule line or an id
        return any(c.isalpha() for c in value) and not any(c.isdigit() or c in "@/:" for c in value)
    if kind == DATE_OF_BIRTH:
        return any(c.isdigit() for c in value) and len(value) <= 30
    return " " not in value


# A passport's or ID card's machine-readable zone (ICAO 9303): document type, issuing state, then
# SURNAME<<GIVEN<NAMES padded with "<" ("P<UTOERIKSSON<<ANNA<MARIA<<<").
_MRZ_NAME = re.compile(
    r"(?<![A-Za-z0-9<])[PIVACpivac][A-Za-z<][A-Za-z]{3}"
    r"(?P<val>[A-Za-z]+(?:<[A-Za-z]+)*<<[A-Za-z]+(?:<[A-Za-z]+)*)(?=<|$)"
)
# A vCard's formatted name and structured name: "FN:Ana Lima", "N;CHARSET=UTF-8:Lima;Ana;;;".
_VCARD_NAME = re.compile(r"(?im)^(?:FN|N)(?:;[^:\n]*)?:[ \t]*(?P<val>[^\n;]*[^\W\d_][^\n]*?)[; \t]*$")


class KaizenDocumentNameRecognizer(RegexRecognizer):
    """PERSON where a document's format says a name stands: a passport's machine-readable zone, a vCard."""

    ENTITIES = ["PERSON"]

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> Iterator[tuple[int, int, str, float]]:
        for m in _MRZ_NAME.finditer(text):
            yield m.start("val"), m.end("val"), "PERSON", 0.95
        for m in _VCARD_NAME.finditer(text):
            yield m.start("val"), m.end("val"), "PERSON", 0.9


# Scripts without capital letters, so no name is written like one: Hebrew, Arabic, the Indic scripts,
# Sinhala, Thai, Ge'ez, Tifinagh (vowel signs included, which are no letters to the regex engine).
_CASELESS = "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f\u1200-\u137f\u2d30-\u2d7f"
_CASELESS_RUN = re.compile(
    rf"(?<![\w{_CASELESS}])[{_CASELESS}]+(?:[ \t][{_CASELESS}]+){{0,3}}(?![\w{_CASELESS}])"
)
# what a person, not a thing, does next in an English sentence: a verb in the past or the third person
_PERSON_VERB_AFTER = re.compile(
    r"[ \t]+(?:[a-z]{2,}ed|(?!(?:is|was|has|means|does|tastes|smells|looks|costs|opens|closes|sounds|seems|feels|works|sells|happens|"
    r"belongs|lasts|rhymes|stands|lies|runs|starts|ends|flows)\b)[a-z]{2,}s|saw|lit|read|took|made|gave|sent|"
    r"brought|came|went|said|told|paid|sold|bought|left|got|had|did|ran|drove|wrote|rang|kept|found|won|"
    r"will|can|could|would|should|(?:is|was)[ \t]+(?!(?:coming|going|starting|ending|happening|getting|closing|opening|running|falling|"
    r"being|becoming)\b)[a-z]{3,}ing)\b"
)
# A name in katakana, as a commuter pass's or a form's furigana prints it: family and given name, two to
# five kana each, apart by a space (ideographic or not; half-width kana are full-width in the view). A
# loanword pair has the long-vowel mark most names do not ("コーヒー ショップ").
# (the view keeps a half-width kana's voicing mark apart, as the combining U+3099/U+309A)
_KANA = "\u30a1-\u30fa\u3099\u309a"
_KATAKANA_NAME = re.compile(
    rf"(?<![\u30a0-\u30ff])[{_KANA}]{{2,7}}[ \u3000][{_KANA}]{{2,7}}(?![\u30a0-\u30ff\u3099\u309a])"
)


class KaizenOtherScriptNameRecognizer(RegexRecognizer):
    """PERSON: a name in a script without capitals inside a sentence in Latin letters, right after a name
    cue ("Next of kin: सुनंदा म्हात्रे") or as the two to four words that start a sentence before what a
    person does ("مريم العامري saw the lava", "संदेश चोगले ordered the headstone"). A phrase of that
    script before "is" or "means" is a word explained, not a person ("ذو القعدة is a month"). And a name
    in katakana, family and given name apart ("the pass says コン　アユミ")."""

    ENTITIES = ["PERSON"]

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> Iterator[tuple[int, int, str, float]]:
        if not re.search(r"[A-Za-z]{3}", text):
            return
        for m in _KATAKANA_NAME.finditer(text):
            yield m.start(), m.end(), "PERSON", 0.75
        for m in _CASELESS_RUN.finditer(text):
            before = text[: m.start()]
            # (scores above spaCy's 0.85: where both found it, the rule's reading stands)
            if _NAME_TRIGGER.search(before[-80:]):
                yield m.start(), m.end(), "PERSON", 0.9
            elif (
                " " in m.group().strip()
                and re.search(r"(?:^|[.!?\n])[ \t]*$", before)
                and _PERSON_VERB_AFTER.match(text, m.end())
            ):
                yield m.start(), m.end(), "PERSON", 0.86


# The subject's marker of Hindi and Urdu ("ne") and Nepali ("le"), after the one or two words that open a
# sentence: who did it ("Nazo ne dulhan ka makeup kiya", "شاری لانگو نے کرایہ دیا", "नबिन चित्रकार ले").
_DEVANAGARI_WORD = r"[\u0900-\u097f]+"
_ARABIC_WORD = r"[\u0620-\u064a\u0660-\u06d3\u06fa-\u06ff]+"
_SUBJECT_BEFORE_MARKER = re.compile(
    r"(?m)(?:^|(?<=[.!?]))[ \t]*(?P<val>"
    # (up to three words, a full name with the clan's; or a kin word with the marker glued on after them:
    # "फुर्बा दाइले सल्लेरीबाट मह पठाउनुभयो", Phurba-brother sent honey from Salleri)
    rf"(?P<deva>{_DEVANAGARI_WORD}(?:[ \t]{_DEVANAGARI_WORD}){{0,2}}?)"
    r"(?=[ \t](?:ने|ले|(?:दाइ|दाजु|दिदी|भाइ|बहिनी|जी|ज्यू)(?:ले|ने|लाई)?)[ \t])"
    rf"|(?P<urdu>{_ARABIC_WORD}(?:[ \t]{_ARABIC_WORD})?)(?=[ \t]نے[ \t])"
    r"|(?P<latin>[A-Za-z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?)(?=[ \t](?:ne|le)[ \t]))"
)
# Who else opens such a sentence: pronouns, kin, a possessive before a noun, and "the shop" words
_NOT_SUBJECT_NAMES = frozenset(
    "मैं मैंने हम तुम आप उस उन इस इन किसी सब कोई माँ मां पापा मम्मी भैया दीदी मेरी मेरा मेरे हमारे उसकी उसके "
    "तुम्हारे हामी तिमी उहाँ यो त्यो मेरो हाम्रो आमा बुबा बाबा दाइ दिदी भाइ बहिनी "
    # (and the times a sentence opens with: today, this morning, yesterday, tomorrow, now)
    "आज बिहान हिजो भोलि बेलुका अहिले सुबह शाम रात कल अभी "
    "میں ہم تم آپ اس ان انہوں کسی سب کوئی امی ابو ابا امّی بھائی باجی میری میرا میرے ہمارے اس کی "
    "main mai maine hum ham tum aap ap usne us un unhone unhon kisi sab koi yeh ye woh wo is in "
    "maa mummy papa abbu ammi ami abba bhai bhaiya baji didi dai baba aama buba hami timi uhaa tyo".split()
)
# A Hindi, Urdu or Nepali word the rest of a romanised sentence must hold twice: the marker alone is also
# French and Italian ("Pierre ne sait pas", "Oggi le ho detto")
_HINDUSTANI_OR_NEPALI_WORDS = frozenset(
    "ka ki ke ko hai hain tha thi the kiya kiye diya diye liya mein mujhe hamko mero mera meri ekdam ramro "
    "garyo gareko bhayo cha chha thiyo lai pani aur bahut bohat kar karo diyo".split()
)


class KaizenSubjectNameRecognizer(RegexRecognizer):
    """PERSON: the one or two words that open a Hindi, Urdu or Nepali sentence before the subject's
    marker ("ne", "نے", "ने"; Nepali "le", "ले"): "Nazo ne dulhan ka makeup Turbat mein kiya tha", "praju le
    mero kapaal ekdam ramro kaatyo", "شاری لانگو نے دکان کا کرایہ دے دیا". A pronoun, a kinship word or a
    possessive there is no name, nor an everyday word of the lists; in Latin letters the rest must be
    Hindi, Urdu or Nepali (two of its commonest words), as French "ne" and Italian "le" are not."""

    ENTITIES = ["PERSON"]

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> Iterator[tuple[int, int, str, float]]:
        common = common_words()
        for m in _SUBJECT_BEFORE_MARKER.finditer(text):
            words = m["val"].split()
            if any(w.lower() in _NOT_SUBJECT_NAMES for w in words):
                continue
            if m["latin"]:
                rest = re.findall(r"[a-z]+", text[m.end() :].lower())
                if (
                    any(w.lower() in common for w in words)
                    or sum(w in _HINDUSTANI_OR_NEPALI_WORDS for w in rest) < 2
                ):
                    continue
            yield m.start("val"), m.end("val"), "PERSON", 0.86


def kaizen_recognizers() -> list[EntityRecognizer]:
    """All of Kaizen's recognizers, added on top of Presidio's predefined English ones."""
    from privacy.cues import KaizenCueRecognizer  # cues builds on this module's helpers

    return [
        KaizenNameRecognizer(),
        KaizenDocumentNameRecognizer(),
        KaizenOtherScriptNameRecognizer(),
        KaizenSubjectNameRecognizer(),
        KaizenStreetAddressRecognizer(),
        KaizenSecretRecognizer(),
        KaizenUsernameRecognizer(),
        KaizenPhoneRecognizer(),
        KaizenDateOfBirthRecognizer(),
        KaizenIbanRecognizer(),
        KaizenCreditCardRecognizer(),
        KaizenIpRecognizer(),
        KaizenEmailRecognizer(),
        KaizenTableRecognizer(),
        KaizenCueRecognizer(),
    ]
