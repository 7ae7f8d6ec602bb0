"""Arabic text handling, in one place: normalisation for matching, sentence splitting,
tokenising and stemming.

Normalisation is for *matching and search only*: stored text is never changed, and
every offset in Marsad points into the raw text. :func:`normalize_with_offsets`
returns, beside the normalised string, the raw offset of each normalised character,
so a match found in normalised text maps back to an exact raw span.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "ascii_digits",
    "CLITICS",
    "SINGLE_CLITICS",
    "clitic_variants",
    "normalize",
    "is_normal",
    "ALI",
    "written_as_on",
    "normalize_with_offsets",
    "widens",
    "raw_span",
    "trim_span",
    "trim_spans",
    "split_sentences",
    "split_clauses",
    "sentence_pieces",
    "search_terms",
    "light_stem",
    "tokenize",
    "token_spans",
    "stem_tokens",
    "strip_clitics",
    "is_arabic",
    "arabic_ratio",
    "SENTENCE_END",
    "CLAUSE_END",
]

# Harakat, shadda, sukun, superscript alef, Quranic marks, tatweel.
_DROP = set(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640"}
_DROP |= set(chr(c) for c in range(0x06D6, 0x06EE))
# Zero-width and bidi controls, BOM, soft hyphen.
_DROP |= {"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad", "\u061c"}
_DROP |= set(chr(c) for c in range(0x202A, 0x202F)) | set(chr(c) for c in range(0x2066, 0x206A))

_MAP: dict[str, str] = {
    # alef/hamza forms
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627", "\u0672": "\u0627", "\u0673": "\u0627",
    "\u0624": "\u0648",  # waw with hamza -> waw
    "\u0626": "\u064a",  # ya with hamza -> ya
    "\u0649": "\u064a",  # alef maqsura -> ya
    "\u0629": "\u0647",  # ta marbuta -> ha
    # Persian/Urdu/Kurdish letter forms seen in regional outlets
    "\u06a9": "\u0643", "\u06cc": "\u064a", "\u06d5": "\u0647", "\u06c1": "\u0647", "\u06be": "\u0647",
    # quote marks and punctuation variants
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2039": '"', "\u203a": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-",
    "\u060c": "\u060c", "\u066b": ".", "\u066c": ",",
}
_DIGITS: dict[str, str] = {}
for _i in range(10):
    _DIGITS[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _DIGITS[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian) digits
_MAP.update(_DIGITS)
_DIGITS_TABLE = str.maketrans(_DIGITS)
_SPACES = {"\u00a0", "\u2007", "\u202f", "\u2009", "\u200a", "\u2002", "\u2003", "\u2004", "\u2005",
           "\u2006", "\u2008", "\u205f", "\u3000", "\t", "\r", "\x0b", "\x0c"}


def _norm_char(ch: str) -> str:
    """Normalise one character: '' to drop it, else one character -- or, for a presentation form of the Arabic
    letters (:data:`LIGATURES`), the letters it stands for, normalised: "ﻷ" -> "لا", "ﺓ" -> "ه".

    A presentation form (U+FB50-FDFF, U+FE70-FEFE: text copied from PDFs and old pages, "ﺑﻐﺪاد") is normalised as
    the letters it stands for (pass 43) -- each letter folded like the base letter (before, "ﺓ" became "ة" and stayed
    a ta marbuta, "ﺃ" stayed a hamza), a vowel sign's form dropped, and a lam-alef ligature ("ﻻ"، "ﻷ") two letters,
    so "ﻻ" matches "لا" and the word around it is read."""
    if ch in _DROP:
        return ""
    if ch in _SPACES:
        return " "
    mapped = _MAP.get(ch)
    if mapped is not None:
        return mapped
    if "A" <= ch <= "Z":
        return ch.lower()
    if ord(ch) < 0x80 or "\u0600" <= ch <= "\u06ff":
        return ch
    decomposed = unicodedata.normalize("NFKC", ch)
    if _is_presentation(ch) and decomposed != ch:
        # the letters, each normalised like the base letter (ﺃ -> أ -> ا); a vowel sign's form holds a space or a
        # tatweel before the sign (NFKC of ﹰ is " ً"): all of it is dropped
        return "".join(_norm_char(c) for c in decomposed if c != " ")
    if len(decomposed) == 1:
        return decomposed.lower() if decomposed.isupper() else decomposed
    return ch


def _is_presentation(ch: str) -> bool:
    return "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufefe"


_TABLE: dict[int, str] = {}
_COMPAT_RE = re.compile("[\ufb50-\ufeff\uff00-\uffef]")
_MULTI_SPACE_RE = re.compile(r" {2,}")


def _translate_table() -> dict[int, str]:
    if not _TABLE:
        for ch in _DROP:
            _TABLE[ord(ch)] = ""
        for ch in _SPACES:
            _TABLE[ord(ch)] = " "
        for ch, to in _MAP.items():
            _TABLE[ord(ch)] = to
        for c in range(ord("A"), ord("Z") + 1):
            _TABLE[c] = chr(c).lower()
    return _TABLE


def _folding() -> tuple[dict[str, str], re.Pattern[str]]:
    """The characters :func:`normalize` changes (character -> replacement) and a pattern matching any of them.

    No replacement holds a changed character, so replacing them one after the other gives what the
    one-pass ``str.translate`` gives (checked here, and by the tests on corpus and random text).
    """
    fold = {chr(c): to for c, to in _translate_table().items() if chr(c) != to}
    if any(ch in fold for to in fold.values() for ch in to):
        raise RuntimeError("arabic normalisation: a replacement is itself replaced")
    return fold, re.compile("[" + "".join(re.escape(c) for c in sorted(fold)) + "]")


_FOLD, _FOLD_RE = _folding()


def ascii_digits(text: str) -> str:
    """``text`` with its Arabic-Indic and Persian digits as ASCII (the digits :func:`normalize` maps; nothing else
    changes, one character each, so spans into the text stay valid)."""
    return text.translate(_DIGITS_TABLE)


_SHORT = 48
"""Texts up to this length (words, names, titles) are normalised once and remembered: rules normalise the
same few thousand words over and over."""
_SHORT_CACHE: tuple[dict[str, str], dict[str, str]] = ({}, {})  # (collapse_spaces False, True): text -> normalised
_SHORT_CACHE_SIZE = 50_000
"""Distinct short texts remembered per table (the table is cleared when full)."""


def normalize(text: str, *, collapse_spaces: bool = True) -> str:
    """Normalise Arabic (and Latin) text for matching and search.

    Removes diacritics, tatweel, zero-width and bidi characters; folds alef/hamza
    forms to ا, ى to ي, ة to ه, ؤ to و, ئ to ي; maps Arabic-Indic digits to ASCII,
    NBSP and other spaces to a space, curly/angle quotes to ``"``; lower-cases Latin.

    Args:
        text: raw text.
        collapse_spaces: collapse runs of spaces (not newlines) into one.

    Returns:
        The normalised text. Never store it in place of the raw text.
    """
    if type(text) is str and len(text) <= _SHORT:
        cache = _SHORT_CACHE[1 if collapse_spaces else 0]
        out = cache.get(text)
        if out is None:
            out = _normalize(text, collapse_spaces)
            if len(cache) >= _SHORT_CACHE_SIZE:
                cache.clear()
            cache[text] = out
        return out
    return _normalize(text, collapse_spaces)


def is_normal(text: str) -> bool:
    """True only when ``normalize(text) == text``: no character it folds, no character of the compatibility blocks,
    no doubled space. Tested with two precompiled patterns, without normalising (a word seen once need not be
    normalised to be compared). A one-way test: False may be returned for a text normalize leaves as it is (a
    character of those blocks NFKC keeps, such as the ornate parenthesis "﴾"); the caller then normalises."""
    return _FOLD_RE.search(text) is None and "  " not in text and (text.isascii() or _COMPAT_RE.search(text) is None)


def _normalize(text: str, collapse_spaces: bool) -> str:
    """:func:`normalize` computed."""
    if type(text) is str:
        # str.translate looks every character up in a dict; a sentence holds only a few distinct characters
        # to change (ة أ ى ...), and str.replace of each is a C scan: about 3x faster, the same text
        out = text
        for ch in set(_FOLD_RE.findall(text)):
            out = out.replace(ch, _FOLD[ch])
    else:
        out = text.translate(_translate_table())
    # rare compatibility forms (presentation forms, full-width) per character
    if not out.isascii() and _COMPAT_RE.search(out):
        out = "".join(_norm_char(c) for c in out)
    if collapse_spaces and "  " in out:
        out = _MULTI_SPACE_RE.sub(" ", out)
    return out


class _AlignedTable(dict):
    """``str.translate`` table: each character to :func:`_norm_char` of it, a dropped one to NUL (one to one).

    Filled on demand (``__missing__``), so a text is mapped in one C-level pass.
    """

    def __missing__(self, code: int) -> str:
        n = _norm_char(chr(code))
        self[code] = n = n or "\x00"
        return n


_ALIGNED = _AlignedTable()


def _identity_ranges(last: int) -> str:
    """A character class body of the code points up to ``last`` that :func:`_norm_char` keeps as they are."""
    out: list[str] = []
    start = None
    for c in range(last + 2):
        same = c <= last and c != 0 and _norm_char(chr(c)) == chr(c)
        if same and start is None:
            start = c
        elif not same and start is not None:
            out.append(re.escape(chr(start)) + ("-" + re.escape(chr(c - 1)) if c - 1 > start else ""))
            start = None
    return "".join(out)


_MAY_CHANGE_RE = re.compile("[^" + _identity_ranges(0x06FF) + "]")
"""A character :func:`_norm_char` may change: any but those up to U+06FF it is known to keep (ASCII but capitals
and control spaces, the Arabic letters it does not fold)."""


def _aligned(text: str) -> str:
    """``text.translate(_ALIGNED)``: each character changed to :func:`_norm_char` of it, a dropped one to NUL.

    Speed: only the characters that may change (:data:`_MAY_CHANGE_RE`) are mapped, each with one ``str.replace``,
    instead of ``str.translate`` over a dict (which looks every character up as a Python int: most of the time of
    a sentence with diacritics).

    Each distinct character that may change is replaced in turn: the one-pass translation, as no replacement is
    itself changed (where one is, or is of two characters, the translation is made instead; the result is then
    longer than the text, and :func:`normalize_with_offsets` maps it character by character)."""
    out = text
    for ch in set(_MAY_CHANGE_RE.findall(text)):
        to = _ALIGNED[ord(ch)]
        if to != ch:
            if to != "\x00" and (len(to) != 1 or _ALIGNED[ord(to)] != to):
                return text.translate(_ALIGNED)  # (a replacement changed again, or of two characters: "İ", "ﻻ")
            out = out.replace(ch, to)
    return out


_WIDENING_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in (*range(0x80, 0x600), *range(0xFB50, 0xFE00),
                                                                       *range(0xFE70, 0xFEFF))
                                        if len(_norm_char(chr(c))) > 1) + "]")
"""A character :func:`_norm_char` makes two or more ("ﻻ" -> "لا"، "İ" -> "i̇")."""


def widens(text: str) -> bool:
    """True when normalising ``text`` turns a character into several: then equal lengths of the text and its
    normalised form do not mean the characters stay aligned one for one."""
    return _WIDENING_RE.search(text) is not None


_REMOVED_RE = re.compile(r" [ \x00]+|\x00+")
"""What normalisation removes from the aligned text: dropped characters and the spaces after a space."""


def normalize_with_offsets(text: str, base: int = 0) -> tuple[str, list[int]]:
    """Normalise like :func:`normalize` and keep the way back to the raw text.

    Args:
        text: raw text.
        base: added to every offset (the place of ``text`` in a larger text: offsets into that text directly).

    Returns:
        ``(norm, offsets)`` where ``offsets[i]`` is the raw index of ``norm[i]`` (plus ``base``) and
        ``offsets[len(norm)] == base + len(text)``; so a normalised span ``[a, b)`` maps to
        the raw span ``[offsets[a], offsets[b - 1] + 1)`` (see :func:`raw_span`).
    """
    if "\x00" in text:
        return _normalize_with_offsets_loop(text, base)
    aligned = _aligned(text)
    if len(aligned) != len(text):
        return _normalize_with_offsets_loop(text, base)  # a character became two ("ﻻ" -> "لا"): no longer aligned
    # (character i of text -> character i of aligned; NUL: dropped)
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _REMOVED_RE.finditer(aligned):
        a, b = m.span()
        if aligned[a] == " ":
            a += 1  # a run of spaces keeps its first
        pieces.append(aligned[pos:a])
        offsets.extend(range(base + pos, base + a))
        pos = b
    pieces.append(aligned[pos:])
    offsets.extend(range(base + pos, base + len(text)))
    offsets.append(base + len(text))
    return "".join(pieces), offsets


def _normalize_with_offsets_loop(text: str, base: int = 0) -> tuple[str, list[int]]:
    """:func:`normalize_with_offsets` one character at a time (for a text holding NUL itself, or a character that
    becomes two: both point at it, so a span over half a ligature maps back to the whole of it)."""
    out: list[str] = []
    offsets: list[int] = []
    prev_space = False
    for i, ch in enumerate(text):
        for n in _norm_char(ch):
            if n == " ":
                if prev_space:
                    continue
                prev_space = True
            else:
                prev_space = False
            out.append(n)
            offsets.append(base + i)
    offsets.append(base + len(text))
    return "".join(out), offsets


def raw_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a span of normalised text back to the raw text (see :func:`normalize_with_offsets`)."""
    if end <= start:
        pos = offsets[start]
        return pos, pos
    return offsets[start], offsets[end - 1] + 1


# ---------------------------------------------------------------- sentences
SENTENCE_END = ".!?\u061f\u06d4"  # . ! ? ؟ ۔
CLAUSE_END = "\u060c\u061b;,"  # ، ؛ ; ,
_CLOSERS = "\"'\u201d\u201c\u00bb\u203a\u2019)]}\u00ab"

@lru_cache(maxsize=8)
def _boundary_re(enders: str, include_ellipsis: bool) -> re.Pattern[str]:
    run = re.escape(enders + "\u2026")
    first = run if include_ellipsis else re.escape(enders)
    return re.compile(rf"\n|[{first}][{run}]*")


def _boundaries(text: str, enders: str, include_ellipsis: bool = True) -> list[int]:
    """Indices just after each boundary (punctuation plus closing quotes), and line breaks."""
    cuts: set[int] = set()
    n = len(text)
    pattern = _boundary_re(enders, include_ellipsis)
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            break
        i, j = m.start(), m.end()
        pos = j
        if text[i] == "\n":
            cuts.add(j)
            continue
        # a dot between digits (3.5) or a single Latin-letter abbreviation (U.S.) is not an end
        if text[i] == "." and j == i + 1:
            prev_c = text[i - 1] if i else ""
            next_c = text[j] if j < n else ""
            if (prev_c.isdigit() and next_c.isdigit()) or (next_c.isalpha() and next_c.isascii()):
                continue
        while j < n and text[j] in _CLOSERS:
            j += 1
        cuts.add(j)
        pos = j
    return sorted(cuts)


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` with surrounding whitespace removed, or None if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def trim_spans(text: str, spans) -> list[tuple[int, int]]:
    """:func:`trim_span` over ``spans``, dropping the ones that were only whitespace."""
    return [t for t in (trim_span(text, s, e) for s, e in spans) if t is not None]


def _spans_from_cuts(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    bounds = [0, *cuts, len(text)]
    return trim_spans(text, zip(bounds, bounds[1:], strict=False))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split raw text into sentences at ``. ! ? ؟``, ellipses and line breaks.

    Closing quotes and brackets after the punctuation stay with the sentence; decimal
    points (3.5) do not split. Spans are trimmed of surrounding whitespace.

    Returns:
        ``(start, end)`` raw-text spans, in order, non-overlapping.
    """
    return _spans_from_cuts(text, _boundaries(text, SENTENCE_END))


def split_clauses(text: str) -> list[tuple[int, int]]:
    """Like :func:`split_sentences`, and also at ``، ؛ ; ,`` (for long sentences)."""
    cuts = _boundaries(text, SENTENCE_END + CLAUSE_END)
    # a comma between digits (1,000) is not a clause boundary
    cuts = [c for c in cuts if not (0 < c < len(text) and text[c - 2: c - 1].isdigit() and text[c: c + 1].isdigit()
                                    and text[c - 1] == ",")]
    return _spans_from_cuts(text, cuts)


def sentence_pieces(text: str) -> list[str]:
    """Cut raw text after each sentence end and line break, losing nothing.

    Unlike :func:`split_sentences` the pieces keep their surrounding whitespace, so
    ``"".join(sentence_pieces(text)) == text`` (what a chunker needs to keep offsets).
    """
    pieces: list[str] = []
    start = 0
    for cut in _boundaries(text, SENTENCE_END):
        if cut > start:
            pieces.append(text[start:cut])
            start = cut
    if start < len(text):
        pieces.append(text[start:])
    return pieces


# ---------------------------------------------------------------- tokens
_TOKEN_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", re.UNICODE)


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """Word tokens of raw text as ``(normalised_token, raw_start, raw_end)``."""
    norm, offsets = normalize_with_offsets(text)
    out = []
    for m in _TOKEN_RE.finditer(norm):
        s, e = raw_span(offsets, m.start(), m.end())
        out.append((m.group(), s, e))
    return out


def tokenize(text: str) -> list[str]:
    """Normalised word tokens (Arabic words, Latin words, numbers) of ``text``."""
    return _TOKEN_RE.findall(normalize(text))


CLITICS: tuple[tuple[str, str], ...] = (
    ("وبال", "ال"), ("وكال", "ال"), ("ولل", "ال"), ("فلل", "ال"), ("وال", "ال"), ("فال", "ال"), ("بال", "ال"),
    ("كال", "ال"), ("لل", "ال"), ("وب", ""), ("ول", ""), ("وك", ""), ("فب", ""), ("فل", ""), ("و", ""), ("ف", ""),
    ("ب", ""), ("ل", ""), ("ك", ""),
)
"""The one table of clitic clusters news glues in front of a word, longest first:
``(prefix, what it leaves in front of the rest)`` — "والحشد" -> "الحشد", "للحشد" -> "الحشد",
"بكركوك" -> "كركوك". The gazetteer (:mod:`marsad.agent.offline.mentions`), the LLM hints
and :func:`strip_clitics` all read it (:func:`clitic_variants`)."""

SINGLE_CLITICS = frozenset(p for p, _ in CLITICS if len(p) == 1)  # و ف ب ل ك


ALI = "علي"
"""The given name Ali once normalised; the preposition "على" normalises to it too (ى -> ي)."""


def written_as_on(written: str) -> bool:
    """True when a word that normalises to :data:`ALI` is written as the preposition "على" (its last letter ى, marks
    after it aside), not as the given name "علي": the one place that tells them apart by spelling. A text that writes
    the preposition with ي too is told by the readers' context (the name before "بن" or another given name;
    "علي هامش" the preposition). ``written``: the word as the text writes it (empty when unknown: no preposition)."""
    return written.rstrip(_TRAILING_MARKS).endswith("ى")


_TRAILING_MARKS = "".join(chr(c) for c in (*range(0x064B, 0x0653), 0x0670, 0x0640))
"""Short vowels, tanween, shadda, sukun, the dagger alef and tatweel: no letter of a word's spelling ("عَلَى")."""


def clitic_variants(token: str, *, min_rest: int = 2) -> list[tuple[str, str]]:
    """``(prefix, form)`` for each clitic cluster of :data:`CLITICS` that ``token`` starts with.

    ``form`` is what a dictionary look-up should use ("للحشد" -> "الحشد"); a cluster is
    taken only when at least ``min_rest`` letters follow it.
    """
    return [(prefix, keep + token[len(prefix):]) for prefix, keep in CLITICS
            if token.startswith(prefix) and len(token) - len(prefix) >= min_rest]


# strip_clitics removes a whole conjunction/preposition + article cluster (the article too), so
# its list is the article clusters of CLITICS, the bare article, then the single letters; "ولل"/"فلل"
# are not taken there (the search and QA stems were built without them).
_PREFIXES = tuple(p for p, keep in CLITICS if keep == "ال" and p not in ("ولل", "فلل")) + ("ال",) + tuple(
    p for p, _ in CLITICS if len(p) == 1)


def strip_clitics(token: str, *, min_stem: int = 2) -> str:
    """Remove a leading conjunction/preposition/article cluster from a normalised token.

    ``وبالكركوك`` → ``كركوك``; ``والحشد`` → ``حشد``. A prefix is removed only if at
    least ``min_stem`` letters remain, so short words survive.
    """
    for p in _PREFIXES:
        if token.startswith(p) and len(token) - len(p) >= max(min_stem, 3 if len(p) == 1 else min_stem):
            return token[len(p):]
    return token


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer  # PyStemmer; imported lazily so the CLI starts fast

    return Stemmer.Stemmer("arabic")


def stem_tokens(tokens: list[str]) -> list[str]:
    """Arabic Snowball stems of normalised tokens, after removing a leading و/ف/ب/ل cluster.

    Latin tokens and numbers pass through unchanged.
    """
    stemmer = _stemmer()
    out = []
    for t in tokens:
        if t and "\u0600" <= t[0] <= "\u06ff":
            out.append(stemmer.stemWord(strip_clitics(t)))
        else:
            out.append(t)
    return out


_ARTICLES = ("وبال", "وال", "بال", "كال",
             "فال", "لل", "ال")  # وبال وال بال كال فال لل ال
_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه",
             "ه", "ي")  # ها ان ات ون ين يه ه ي
_PREPOSITIONS = "بل"  # ب ل glued to a noun: بكركوك, لكركوك


def light_stem(token: str) -> str:
    """Light stem of a *normalised* Arabic token (Larkey's Light10, on normalised text).

    Strips a leading و (words of 4+ letters), then one article cluster (ال وال بال كال
    فال لل) when 2+ letters remain, then the first of the suffixes ها ان ات ون ين يه ه ي
    that leaves 2+ letters (one only: عمليات and عملية give عملي, not عمل "work").
    Unlike a full stemmer it never strips a lone ب/ل/ك, so كركوك is not cut to كرك
    (a glued ب/ل is handled by :func:`search_terms`).
    Non-Arabic tokens are returned unchanged.
    """
    if not token or not ("\u0600" <= token[0] <= "\u06ff"):
        return token
    t = token
    if len(t) >= 4 and t[0] == "\u0648":
        t = t[1:]
    for art in _ARTICLES:
        if t.startswith(art) and len(t) - len(art) >= 2:
            t = t[len(art):]
            break
    for suf in _SUFFIXES:
        if t.endswith(suf) and len(t) - len(suf) >= 2:
            return t[: -len(suf)]
    return t


_TERM_CACHE: dict[str, tuple[str, ...]] = {}


def _terms_of(token: str) -> tuple[str, ...]:
    stem = light_stem(token)
    if (len(token) >= 5 and token[0] in _PREPOSITIONS and "\u0600" <= token[1] <= "\u06ff"
            and not token.startswith(_ARTICLES) and token[1:3] != "\u0627\u0644"):
        alt = light_stem(token[1:])
        if alt != stem:
            return stem, alt
    return (stem,)


def search_terms(text: str) -> list[str]:
    """The terms search indexes: normalised tokens, light-stemmed (:func:`light_stem`).

    A token starting with a glued ب or ل (5+ letters, no article after it) also yields
    the stem without that letter, so بكركوك and لكركوك match كركوك. Each distinct token
    is analysed once per process (cached).
    """
    cache = _TERM_CACHE
    out: list[str] = []
    for t in tokenize(text):
        terms = cache.get(t)
        if terms is None:
            if len(cache) > 2_000_000:
                cache.clear()
            terms = cache[t] = _terms_of(t)
        out.extend(terms)
    return out


def is_arabic(ch: str) -> bool:
    """True for a character in the Arabic blocks."""
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff"


def arabic_ratio(text: str) -> float:
    """Share of letters in ``text`` that are Arabic (0.0 when there are no letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if is_arabic(c)) / len(letters)


def detect_language(text: str) -> str:
    """``"ar"`` when most letters are Arabic, else ``"en"``: the language a question is answered in and every message
    about it is told in (light: a cold ``marsad search`` words its warnings with it without loading the answerer)."""
    return "ar" if arabic_ratio(text) >= 0.5 else "en"
