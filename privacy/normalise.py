"""A normalised view of chat text for recognition, with a map back to the raw text.

Real chat text hides values behind characters a reader never sees: zero-width and bidi marks, soft
hyphens, fullwidth digits, no-break spaces, and values wrapped across a line ("4026 1727\\n3963 1512",
"pass-\\nword"). Recognizers run on the view; every span they find is mapped back with `TextView.to_raw`
so the raw span (invisible characters inside the value included) is the one replaced.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters a reader never sees: zero-width, word joiner, BOM, bidi marks and isolates, soft hyphen.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_LINE_SEPARATORS = frozenset("\u2028\u2029\u0085")

# A word hyphenated across a line ("pass-\nword", "SUB-\nJECT"): the hyphen and the break go.
_HYPHEN_WRAP = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")
# A grouped number wrapped across a line ("4026 1727\n3963 1512"): the break becomes a space. At least
# two groups before the break, so a line that merely ends in a number ("2005\n2 plac") stays a line.
_DIGIT_WRAP = re.compile(r"(?:(?<=\d[ .-]\d\d)|(?<=\d[ .-]\d{3})|(?<=\d[ .-]\d{4}))[ \t]*\r?\n[ \t]*(?=\d\d)")


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
    """Plain ASCII without a line break is its own view (the common case costs one scan)."""
    return not text.isascii() or "\n" in text


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
        else:
            # fullwidth digits and letters, ligatures; one character may become several
            rep = unicodedata.normalize("NFKC", ch)
        for c in rep:
            out.append(c)
            starts.append(i)
            ends.append(i + 1)
    return out, starts, ends


def _rewrite(
    chars: list[str], starts: list[int], ends: list[int], pattern: re.Pattern[str], repl: str
) -> tuple[list[str], list[int], list[int]]:
    """Replace each match of `pattern` in the view by `repl`, which maps to the raw span it covers."""
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
            lo, hi = starts[m.start()], ends[m.end() - 1]
            out_c += list(repl)
            out_s += [lo] * len(repl)
            out_e += [hi] * len(repl)
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
    view = "".join(chars)
    if view == text:
        return TextView(text, text)
    return TextView(text, view, tuple(starts), tuple(ends))
