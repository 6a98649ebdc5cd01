"""A normalised view of chat text for recognition, with a map back to the raw text.

Real chat text hides values behind characters a reader never sees: zero-width and bidi marks, soft
hyphens, fullwidth digits, no-break spaces, and values wrapped across a line ("4026 1727\\n3963 1512",
"pass-\\nword"). Values also hide behind markup and escapes: inline HTML tags and Markdown emphasis
inside a value ("ana<span>@</span>mail.by", "GW02 <b>WA09</b>"), HTML entities ("&#64;"), JSON
"\\u00e9" escapes, URL encoding ("%2B"), LaTeX's "~" between words, and digits spoken one word at a
time ("plus three eight zero six ..."). Recognizers run on the view; every span they find is mapped back with `TextView.to_raw`
so the raw span (invisible characters inside the value included) is the one replaced.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# Characters a reader never sees: zero-width, word joiner, BOM, bidi marks and isolates, soft hyphen.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_LINE_SEPARATORS = frozenset("\u2028\u2029\u0085")
# Dots that group digits in some fonts and forms ("4111·1111", "4111•1111", "4111‧1111").
_DIGIT_DOTS = frozenset("\u00b7\u2022\u2027\u2219\u30fb\uff65")

# A word hyphenated across a line ("pass-\nword", "SUB-\nJECT"): the hyphen and the break go.
_HYPHEN_WRAP = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")
# A grouped number wrapped across a line ("4026 1727\n3963 1512"): the break becomes a space. At least
# two groups before the break, so a line that merely ends in a number ("2005\n2 plac") stays a line.
_DIGIT_WRAP = re.compile(r"(?:(?<=\d[ .-]\d\d)|(?<=\d[ .-]\d{3})|(?<=\d[ .-]\d{4}))[ \t]*\r?\n[ \t]*(?=\d\d)")


# Inline HTML tags that mark up a word without ending it ("<b>", '<span class="hl">', "</strong>"); not
# links ("<a href='tel:...'>").
_INLINE_TAG = re.compile(
    # (a tag whose attributes hold digits or "@" may hold a value itself: it stays)
    r"</?(?:b|i|u|s|em|strong|span|mark|code|tt|small|big|sub|sup|del|ins)(?:\s[^<>\n\d@]{0,80})?>",
    re.IGNORECASE,
)
# Markdown emphasis: "**" anywhere, "__" only at a word's edge ("__Lopez__", not "DB__PASS").
# Markdown emphasis around a word: "**" next to a word (not "********", a hidden value), "__" around a
# capitalised word ("__Lopez__", not "__init__" or "DB__PASS"); the markers ("m") are dropped.
_MD_EMPHASIS = re.compile(
    r"(?<![*\w])(?P<m>\*\*)(?=[^\W_])|(?<=[^\W_])(?P<m2>\*\*)(?![*\w])"
    r"|(?<![\w])(?P<m3>__)[^\W\d_a-z][^\W_]*(?P<m4>__)(?![\w])"
)
# Escapes that stand for one character: JSON "\u00c9", HTML "&#64;" / "&#x40;" / "&commat;", URL "%2B".
_ESCAPE = re.compile(
    r"\\u[0-9a-fA-F]{4}|&#\d{2,6};|&#[xX][0-9a-fA-F]{2,5};|&[a-zA-Z]{2,8};|%[2-7][0-9a-fA-F]"
)
# LaTeX's unbreakable space between two whole words ("Ana~Lopez", "Dr.~Okafor"; not "bPt~X*o5").
_TILDE_SPACE = re.compile(r"(?:^|(?<=[\s{(\[]))[^\W\d_]+\.?~[^\W\d_]+(?:~[^\W\d_]+)*(?=[\s,.;:})\]]|$)")
# Defanged indicators, as threat reports write them so no one clicks: "203.0.113[.]7", "ana[@]x[.]org".
_DEFANGED = re.compile(r"\[([.:@])\]|\(([.@])\)|\{([.])\}")
_DIGIT_WORDS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
# Four or more digits spoken one word at a time, maybe after "plus": a phone, card or PIN read aloud.
_SPOKEN_DIGITS = re.compile(
    r"\b(?:plus[\s,]+)?(?:(?:zero|one|two|three|four|five|six|seven|eight|nine)[\s,-]+){3,}"
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine)\b",
    re.IGNORECASE,
)
_SPOKEN_WORD = re.compile(r"plus|zero|one|two|three|four|five|six|seven|eight|nine", re.IGNORECASE)
# A date written in Chinese numerals, as registers and forms write it: "一九八九年九月二十二日" (year digit
# by digit, month and day with 十 for ten); read as "1989年9月22日", the form the date rules know.
_HAN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
_HAN_DATE = re.compile(
    r"(?P<y>[〇零一二三四五六七八九]{4})[ \t]?年[ \t]?(?P<m>[一二三四五六七八九十]{1,2})[ \t]?月"
    r"[ \t]?(?P<d>[一二三四五六七八九十]{1,3})[ \t]?[日号號]"
)


def _han_number(numerals: str) -> str:
    """A month's or a day's number in Chinese numerals: "二十二" -> "22", "十" -> "10", "九" -> "9"."""
    if "十" not in numerals:
        return "".join(_HAN_DIGITS[c] for c in numerals)
    tens, _, ones = numerals.partition("十")
    return str(int(_HAN_DIGITS.get(tens, "1")) * 10 + int(_HAN_DIGITS.get(ones, "0")))


def _han_date(m: re.Match[str]) -> str:
    year = "".join(_HAN_DIGITS[c] for c in m["y"])
    return f"{year}年{_han_number(m['m'])}月{_han_number(m['d'])}日"


# Cheap test for any of the above, so plain text skips the rewrites.
_MARKED = re.compile(
    r"[<&%~*]|__|\\u|\[[.:@]\]|\([.@]\)|\{\.\}|\b(?:zero|one|two|three|four|five|six|seven|eight|nine)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TextView:
    """`text` as recognizers see it; `starts[i]`/`ends[i]` bound the raw characters view char i came
    from (None: the view is the raw text itself)."""

    raw: str
    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The raw span behind the view span [start, end): it covers every raw character between the
        first and the last view character, invisible ones included."""
        if self.starts is None or self.ends is None or start >= end:
            return start, end
        return self.starts[start], self.ends[end - 1]


def _needs_view(text: str) -> bool:
    """Plain ASCII without a line break, markup, escapes or spoken digits is its own view (the common
    case costs two scans)."""
    return not text.isascii() or "\n" in text or bool(_MARKED.search(text))


def _char_view(text: str) -> tuple[list[str], list[int], list[int]]:
    """Per raw character: drop invisible ones, fold spaces and line separators, NFKC the rest."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            rep = ch
        elif ch in INVISIBLE:
            continue
        elif ch in _LINE_SEPARATORS:
            rep = "\n"
        elif ch.isspace():
            rep = " "  # no-break, thin, ideographic... spaces
        elif unicodedata.decimal(ch, None) is not None:
            # a digit of any script ("٢٩", "۱۳۳۶", "१९०६") as the ASCII digit the rules read
            rep = str(unicodedata.decimal(ch))
        elif _between_digits(text, i) and (unicodedata.category(ch) == "Pd" or ch == "\u2212"):
            rep = "-"  # every Unicode dash and the minus sign between digits: a grouped number
        elif _between_digits(text, i) and ch in _DIGIT_DOTS:
            rep = "."
        else:
            # fullwidth digits and letters, ligatures; one character may become several
            rep = unicodedata.normalize("NFKC", ch)
        for c in rep:
            out.append(c)
            starts.append(i)
            ends.append(i + 1)
    return out, starts, ends


def _between_digits(text: str, i: int) -> bool:
    """Whether the character at `i` sits between two digits (a separator of a grouped number)."""
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _rewrite(
    chars: list[str],
    starts: list[int],
    ends: list[int],
    pattern: re.Pattern[str],
    repl: str | Callable[[re.Match[str]], str],
) -> tuple[list[str], list[int], list[int]]:
    """Replace each match of `pattern` in the view by `repl` (or what `repl(match)` returns), which
    maps to the raw span the match covers."""

    def whole(m: re.Match[str]) -> list[tuple[str, int, int]]:
        return [(repl(m) if callable(repl) else repl, m.start(), m.end())]

    return _rewrite_pieces(chars, starts, ends, pattern, whole)


def _rewrite_pieces(
    chars: list[str],
    starts: list[int],
    ends: list[int],
    pattern: re.Pattern[str],
    pieces: Callable[[re.Match[str]], list[tuple[str, int, int]]],
) -> tuple[list[str], list[int], list[int]]:
    """Replace each non-empty match of `pattern` by `pieces(match)`: (new text, view start, view end)
    triples, each new text mapped to the raw span its own part of the view covers."""
    text = "".join(chars)
    out_c: list[str] = []
    out_s: list[int] = []
    out_e: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        out_c += chars[last : m.start()]
        out_s += starts[last : m.start()]
        out_e += ends[last : m.start()]
        if m.end() > m.start():
            for new, lo, hi in pieces(m):
                out_c += list(new)
                out_s += [starts[lo]] * len(new)
                out_e += [ends[hi - 1]] * len(new)
        last = m.end()
    out_c += chars[last:]
    out_s += starts[last:]
    out_e += ends[last:]
    return out_c, out_s, out_e


def normalise(text: str) -> TextView:
    """The view of `text` that recognizers should read, with its offset map back to `text`."""
    if not _needs_view(text):
        return TextView(text, text)
    chars, starts, ends = _char_view(text)
    if "\n" in text or any(c in _LINE_SEPARATORS for c in text):
        chars, starts, ends = _rewrite(chars, starts, ends, _HYPHEN_WRAP, "")
        chars, starts, ends = _rewrite(chars, starts, ends, _DIGIT_WRAP, " ")
    if _MARKED.search(text):
        chars, starts, ends = _unmark(chars, starts, ends)
    if "年" in text:
        chars, starts, ends = _rewrite(chars, starts, ends, _HAN_DATE, _han_date)
    view = "".join(chars)
    if view == text:
        return TextView(text, text)
    return TextView(text, view, tuple(starts), tuple(ends))


_WORD = re.compile(r"[A-Za-z]{4,14}")


def respell(view: TextView, correct: Callable[[str], str | None]) -> TextView:
    """`view` with each word that `correct` spells otherwise replaced ("pasaword" -> "password"); the
    corrected word maps back to the raw word, so a span over it covers the typo."""
    if not any(correct(m.group()) for m in _WORD.finditer(view.text)):
        return view
    chars = list(view.text)
    starts = list(view.starts) if view.starts is not None else list(range(len(chars)))
    ends = list(view.ends) if view.ends is not None else list(range(1, len(chars) + 1))
    chars, starts, ends = _rewrite(chars, starts, ends, _WORD, lambda m: correct(m.group()) or m.group())
    return TextView(view.raw, "".join(chars), tuple(starts), tuple(ends))


def _unescape(m: re.Match[str]) -> str:
    """The character an escape stands for; the escape itself when it stands for none we read."""
    code = m.group()
    if code.startswith("\\u"):
        ch = chr(int(code[2:], 16))
    elif code.startswith("%"):
        ch = chr(int(code[1:], 16))
        return ch if not ch.isalnum() else code  # "%2B" is "+"; "%41" spells no value anyone hides
    else:
        ch = html.unescape(code)
    return ch if len(ch) == 1 and ch.isprintable() else code


def _untied(m: re.Match[str]) -> str:
    """A LaTeX tie as a space; words a tie joins but LaTeX never would stay joined: three or more in lower
    case ("defense~those~maintain", a passphrase) or a word with a capital inside ("udOBxqs~SfJmobRk")."""
    parts = m.group().split("~")
    if (len(parts) >= 3 and all(p.islower() for p in parts)) or any(
        re.search(r"[^\W\d_][^\W\d_]*[a-z][A-Z]", p) for p in parts
    ):
        return m.group()
    return m.group().replace("~", " ")


def _unmark(chars: list[str], starts: list[int], ends: list[int]) -> tuple[list[str], list[int], list[int]]:
    """Escapes decoded, inline markup dropped, LaTeX ties as spaces, spoken digits as digits."""
    chars, starts, ends = _rewrite(chars, starts, ends, _ESCAPE, _unescape)
    chars, starts, ends = _rewrite(chars, starts, ends, _DEFANGED, lambda m: next(g for g in m.groups() if g))
    chars, starts, ends = _rewrite(chars, starts, ends, _INLINE_TAG, "")
    chars, starts, ends = _drop_groups(chars, starts, ends, _MD_EMPHASIS)
    chars, starts, ends = _rewrite(chars, starts, ends, _TILDE_SPACE, _untied)
    return _spoken_digit_runs(chars, starts, ends)


def _spoken_digit_runs(
    chars: list[str], starts: list[int], ends: list[int]
) -> tuple[list[str], list[int], list[int]]:
    """Each spoken digit becomes one view character mapped to its own word, so a span over part of the
    run maps back to exactly the words it covers."""

    def digits(m: re.Match[str]) -> list[tuple[str, int, int]]:
        words = _SPOKEN_WORD.finditer(m.string, m.start(), m.end())
        return [
            ("+" if w.group().lower() == "plus" else _DIGIT_WORDS[w.group().lower()], *w.span())
            for w in words
        ]

    return _rewrite_pieces(chars, starts, ends, _SPOKEN_DIGITS, digits)


def _drop_groups(
    chars: list[str], starts: list[int], ends: list[int], pattern: re.Pattern[str]
) -> tuple[list[str], list[int], list[int]]:
    """Drop the characters of every matched group of `pattern` (markers), keeping the rest mapped."""
    drop: set[int] = set()
    for m in pattern.finditer("".join(chars)):
        for g in range(1, (pattern.groups or 0) + 1):
            if m.start(g) >= 0:
                drop.update(range(m.start(g), m.end(g)))
    if not drop:
        return chars, starts, ends
    keep = [i for i in range(len(chars)) if i not in drop]
    return [chars[i] for i in keep], [starts[i] for i in keep], [ends[i] for i in keep]
