"""Generated sentences that hand over a secret: the tagger's extra positives for its weakest type.

The rules know credential words of some sixty languages (`privacy/cues.py`, `privacy/secret_context.py`)
but only find a value where a rule's shape fits. These sentences put those words, and the objects whose
codes are secrets (lockers, safes, key boxes, padlocks), in front of generated values of many shapes, so
the tagger learns the positions and shapes rather than one rule's phrasing. Each example labels its
value as SECRET.
"""

from __future__ import annotations

import random
import string

from bench.pii import Example
from privacy.secret_context import CREDENTIAL_WORDS

SECRET_SENTENCES_SEED = 5151
ENGLISH_CUES = ["password", "pw", "pass", "passcode", "pin", "passphrase", "secret", "code", "login password"]
OWNERS = ["my", "our", "the", "the club's", "the shared", "mum's", "the office", "the cabin's", "the team"]
THINGS = [
    "wifi",
    "router",
    "laptop",
    "email",
    "bank app",
    "alarm",
    "account",
    "tablet",
    "server",
    "vpn",
    "nas",
]
CODE_OBJECTS = [
    "locker", "safe", "key safe", "key box", "lockbox", "padlock", "bike lock", "gate", "door", "garage",
    "shed", "alarm panel", "cabinet", "storage unit", "mailbox", "suitcase lock", "float tin", "cash box",
    "display case", "strongroom", "bike disc lock", "side gate", "office printer", "key cabinet",
]  # fmt: skip
SEPARATORS = [" is ", ": ", " = ", " - ", " ", " is now ", " was changed to ", " → "]
AFTER = ["", "", "", " lol", " thanks", ", don't share it", " (case sensitive)", " ok?", " btw", "!"]
WORDS = "river maple copper falcon velvet lantern orbit meadow cobalt harbor thunder willow ember".split()


def _value(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.25:  # a word and digits, maybe a symbol
        word = rng.choice(WORDS)
        word = word.capitalize() if rng.random() < 0.6 else word
        return word + str(rng.randint(1, 9999)) + rng.choice(["", "", "!", "#", "?", "$"])
    if kind < 0.45:  # random mixed characters
        alphabet = string.ascii_letters + string.digits + "!@#$%&*-_"
        return "".join(rng.choices(alphabet, k=rng.randint(8, 18)))
    if kind < 0.6:  # digits only: a PIN or a code
        return "".join(rng.choices(string.digits, k=rng.randint(4, 8)))
    if kind < 0.75:  # a passphrase of joined words
        return rng.choice(["-", ".", "_", ""]).join(rng.sample(WORDS, rng.randint(2, 4)))
    if kind < 0.85:  # leet or mixed case
        word = rng.choice(WORDS)
        return "".join(
            rng.choice([c, c.upper(), {"a": "4", "e": "3", "o": "0", "i": "1"}.get(c, c)]) for c in word
        )
    # a provider-style token
    prefix = rng.choice(["sk_live_", "ghp_", "xoxb-", "glpat-", "AKIA", "tok_", "key-", "pat_"])
    return prefix + "".join(rng.choices(string.ascii_letters + string.digits, k=rng.randint(16, 32)))


def _cue(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(ENGLISH_CUES)
    return rng.choice(CREDENTIAL_WORDS)


def build_secret_sentences(seed: int = SECRET_SENTENCES_SEED, n: int = 600) -> list[Example]:
    """`n` sentences, each handing over one secret: after a credential word of some language, or as
    the code of a lock, a safe or a box."""
    rng = random.Random(seed)
    out: list[Example] = []
    for _ in range(n):
        if rng.random() < 0.35:
            code = "".join(rng.choices(string.digits, k=rng.randint(3, 6)))
            head = rng.choice(
                [
                    f"{rng.choice(OWNERS)} {rng.choice(CODE_OBJECTS)} ",
                    f"{rng.choice(OWNERS)} {rng.choice(CODE_OBJECTS)} code is ",
                    f"{rng.choice(OWNERS)} {rng.choice(CODE_OBJECTS)} combo: ",
                    f"{rng.choice(CODE_OBJECTS)} for the {rng.choice(['spare keys', 'tools', 'kit', 'bikes'])}: ",
                    f"the {rng.choice(CODE_OBJECTS)} opens with ",
                    f"the {rng.choice(CODE_OBJECTS)} takes ",
                    f"the {rng.choice(CODE_OBJECTS)} wants ",
                    f"the locksmith set the {rng.choice(CODE_OBJECTS)} to ",
                    f"{rng.choice(CODE_OBJECTS)} dial: ",
                ]
            )
            value = code
        else:
            value = _value(rng)
            head = f"{rng.choice(OWNERS)} {rng.choice(THINGS)} {_cue(rng)}{rng.choice(SEPARATORS)}"
            if rng.random() < 0.2:
                head = f"{_cue(rng)}{rng.choice(SEPARATORS)}"
        tail = rng.choice(AFTER)
        text = head + value + tail
        r = rng.random()
        if r < 0.1 and text.lower() != text and value.lower() == value:
            text = text.lower()
        out.append(Example(text, [(len(head), len(head) + len(value), "SECRET")]))
    return out
