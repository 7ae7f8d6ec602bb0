"""The document as the rules see it: sentences of normalised tokens with a way back to the raw text.

Every rule works on normalised tokens (hamza, ta marbuta, diacritics folded) and
every span it produces maps back to an exact raw span of ``doc.text``, so citations
always quote the stored text verbatim.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate
from typing import NamedTuple

from marsad.agent.offline import rules
from marsad.core.arabic import normalize, normalize_with_offsets, split_sentences, widens

__all__ = ["Token", "Sentence", "split_document", "BOILERPLATE"]

_TOKEN_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", re.UNICODE)
_TOKEN_SPLIT = re.compile(r"([\u0621-\u064a]++(?![^\W\d_])|[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+)")
""":data:`_TOKEN_RE` as one capturing group for ``re.split``, with a first alternative for a run of the
common Arabic letters not followed by another letter: the same tokens, found faster (a character
range is tested faster than the letter category)."""
_CLAUSE_PUNCT = frozenset("،؛;,:")
_SOFT_PUNCT = frozenset("()[]\"«»“”‹›-–—'")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
BOILERPLATE = re.compile("^(" + "|".join(rules.sequence("text", "boilerplate_lines")) + ")$", re.I)
"""A whole line that is page furniture, not article text (``boilerplate_lines`` of ``data/text.json``:
regex alternatives, matched ignoring case)."""


JOIN_LINES = True
"""Switch (A/B measurement): a line break in the middle of a sentence does not end it (:func:`_joined_lines`)."""
_JOIN_MIN_WORDS = rules.number("text", "join_min_words")
_LINE_ENDS = frozenset(rules.sequence("text", "line_end_marks"))
"""Marks that close a sentence or a quotation at the end of a line (". ! ؟ … : ” »")."""
_BULLETS = frozenset(rules.sequence("text", "bullet_marks"))
_OPENERS = tuple(rules.sequence("text", "sentence_openers"))
"""Words that open a new sentence of a news text ("كما"، "من جهته"، "إلى ذلك"): a line they begin is not the one
before it going on."""
_INVISIBLE = "\u200e\u200f\u200b\ufeff \t\r"


def _joined_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans with a mid-sentence line break mended: a line that ends in no closing mark and holds at least
    ``join_min_words`` words goes on with the next line ("هاجموا موقعا" + newline + "أماميا للجيش"), unless that is
    the text's first line (a title), a list item, a new paragraph (a blank line between), or the next line opens a
    new item (a bullet, a number, a word not in Arabic script, "و"/"ف" + a word or another opener such as "كما" or
    "من جهته": Arabic news begins its sentences so)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if len(out) > 1 and _goes_on(text, out[-1], (start, end)):  # (never onto the first line, the title)
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _goes_on(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    gap = text[a[1]:b[0]]
    if gap.count("\n") != 1 or gap.strip(_INVISIBLE + "\n"):
        return False  # not one line break (a sentence mark, a blank line)
    first = text[a[0]:a[1]].rstrip(_INVISIBLE)
    # (only the last line of a span that holds several lines is looked at)
    line = first[first.rfind("\n") + 1:]
    nxt = text[b[0]:b[1]].lstrip(_INVISIBLE)
    if not line or not nxt or line[-1] in _LINE_ENDS or line.lstrip()[:1] in _BULLETS or nxt[:1] in _BULLETS:
        return False
    if len(_TOKEN_RE.findall(line)) < _JOIN_MIN_WORDS or not _ARABIC_RE.match(nxt[:1]):
        return False
    word = nxt.split(maxsplit=1)[0]
    if any(nxt == o or nxt.startswith(o + " ") for o in _OPENERS):
        return False
    return not (word[:1] in "وف" and len(word) > 2)


class Token(NamedTuple):
    """A word of a sentence: normalised form and offsets in the sentence's normalised text.

    Immutable and compared by value (a named tuple: a document has hundreds of tokens, and
    building a frozen dataclass costs several times more).
    """

    text: str
    ns: int
    ne: int
    clause_start: bool  # a clause punctuation mark (، ؛ : ,) stands between the previous token and this one
    soft_break: bool = False  # a quote mark, bracket or dash stands between them


@dataclass
class Sentence:
    """One sentence of the document.

    Attributes:
        index: position in the document (0 = title line).
        start: raw start offset in the document text.
        end: raw end offset.
        norm: the normalised sentence.
        offsets: raw document offset of each normalised character (plus one past the end).
        tokens: normalised word tokens.
        is_title: the first line or a repeat of it.
    """

    index: int
    start: int
    end: int
    norm: str
    offsets: list[int]
    tokens: list[Token]
    is_title: bool = False
    words: list[str] = field(default_factory=list)
    doc_text: str = field(default="", repr=False)
    _clause_starts: list[int] | None = field(default=None, repr=False, compare=False)
    forms_seen: frozenset[str] | None = field(default=None, repr=False, compare=False)
    """Its words and their clitic-free forms, gathered on first use (:func:`marsad.agent.offline.context.forms_of`)."""

    def quote(self, start: int, end: int) -> str:
        """The raw document text at ``[start, end)``."""
        return self.doc_text[start:end]

    def raw_span(self, ns: int, ne: int) -> tuple[int, int]:
        """Raw document span of the normalised span ``[ns, ne)``."""
        if ne <= ns:
            return self.offsets[ns], self.offsets[ns]
        return self.offsets[ns], self.offsets[ne - 1] + 1

    def token_span(self, i: int, j: int) -> tuple[int, int]:
        """Raw document span of tokens ``[i, j)``."""
        j = max(j, i + 1)
        return self.raw_span(self.tokens[i].ns, self.tokens[j - 1].ne)

    def clause_bounds(self, i: int) -> tuple[int, int]:
        """Token range ``[a, b)`` of the clause holding token ``i`` (bounded by ، ؛ : and quotes).

        Found by bisection in the indices of the tokens that open a clause (listed on first use).
        """
        n = len(self.tokens)
        if not 0 <= i < n:
            return self._clause_walk(i)
        starts = self._clause_starts
        if starts is None:
            starts = self._clause_starts = [k for k, t in enumerate(self.tokens) if t.clause_start]
        p = bisect_right(starts, i)
        return (starts[p - 1] if p else 0), (starts[p] if p < len(starts) else n)

    def _clause_walk(self, i: int) -> tuple[int, int]:
        """:meth:`clause_bounds` token by token (what it does for an index outside the sentence)."""
        a = i
        while a > 0 and not self.tokens[a].clause_start:
            a -= 1
        b = i + 1
        while b < len(self.tokens) and not self.tokens[b].clause_start:
            b += 1
        return a, b


MAX_TOKENS = rules.number("text", "max_tokens")
"""A "sentence" longer than this (a list, an unpunctuated page) is cut at clause marks, else hard."""


def _pieces(raw: str, start: int, norm: str, offsets: list[int], tokens: list[Token]):
    """Cut an over-long sentence into pieces of at most MAX_TOKENS tokens: (start, end, norm, offsets, tokens)."""
    a = 0
    while a < len(tokens):
        b = min(len(tokens), a + MAX_TOKENS)
        if b < len(tokens):
            cut = next((k for k in range(b - 1, a + MAX_TOKENS // 2, -1) if tokens[k].clause_start), None)
            b = cut or b
        ns, ne = tokens[a].ns, tokens[b - 1].ne
        sub_norm = norm[ns:ne]
        sub_offsets = offsets[ns:ne] + [offsets[ne - 1] + 1]
        sub_tokens = [Token(t.text, t.ns - ns, t.ne - ns, k > 0 and t.clause_start, k > 0 and t.soft_break)
                      for k, t in enumerate(tokens[a:b])]
        yield sub_offsets[0], sub_offsets[-1], sub_norm, sub_offsets, sub_tokens
        a = b


def _normalise(raw: str, start: int) -> tuple[str, list[int]]:
    """Normalised sentence and the raw document offset of each character (plus one past the end).

    Most sentences normalise character for character (no diacritics, no doubled spaces):
    then the offsets are a plain range, computed without a per-character loop.
    """
    fast = normalize(raw, collapse_spaces=False)
    if len(fast) == len(raw) and "  " not in fast and not widens(raw):
        return fast, list(range(start, start + len(raw) + 1))
    return normalize_with_offsets(raw, start)  # (the offsets counted from ``start`` as they are built)


class _GapMarks(dict):
    """Whether the text between two tokens holds one of ``marks``, remembered per distinct gap (most are " ")."""

    def __init__(self, marks: frozenset[str]):
        super().__init__()
        self.marks = marks

    def __missing__(self, gap: str) -> bool:
        found = not self.marks.isdisjoint(gap)
        if len(self) < 4096:
            self[gap] = found
        return found


_CLAUSE_GAP = _GapMarks(_CLAUSE_PUNCT)
_SOFT_GAP = _GapMarks(_SOFT_PUNCT)
_new_token = partial(tuple.__new__, Token)  # Token(...) from a 5-tuple, in C (the named tuple's __new__ is Python)


def _tokens(norm: str) -> tuple[list[Token], list[str]]:
    """Word tokens of a normalised sentence, each marked when clause or soft punctuation precedes it, and their texts.

    One ``re.split`` gives the gaps and the words in turn; offsets are the running sums of their
    lengths; the marks of the first token are always False (no break before the first token).
    """
    parts = _TOKEN_SPLIT.split(norm)  # gap, word, gap, word, ..., gap
    if len(parts) == 1:
        return [], []
    ends = list(accumulate(map(len, parts)))  # ends[2k] = start of word k, ends[2k + 1] = its end
    words = parts[1::2]
    gaps = parts[2:-1:2]  # the text before each word but the first
    clause = [False, *map(_CLAUSE_GAP.__getitem__, gaps)]
    soft = [False, *map(_SOFT_GAP.__getitem__, gaps)]
    return list(map(_new_token, zip(words, ends[0:-1:2], ends[1::2], clause, soft, strict=True))), words


_SPLIT_CACHE: dict[str, list[Sentence]] = {}
_SPLIT_CACHE_SIZE = 8
"""The last few texts split (a document's title is split twice: for its countries and for its doers)."""


def split_document(text: str) -> list[Sentence]:
    """Sentences of a document with tokens, skipping boilerplate lines.

    The sentences of the last few texts are remembered and given again (in a new list; no rule changes a
    sentence).

    Args:
        text: the document text exactly as stored.

    Returns:
        Sentences in order; the first non-empty line is the title (``is_title``), as are
        later sentences repeating it.
    """
    found = _SPLIT_CACHE.get(text)
    if found is None:
        found = _split_document(text)
        if len(_SPLIT_CACHE) >= _SPLIT_CACHE_SIZE:
            _SPLIT_CACHE.clear()
        _SPLIT_CACHE[text] = found
    return list(found)


def _split_document(text: str) -> list[Sentence]:
    """:func:`split_document` computed."""
    out: list[Sentence] = []
    title_norm: str | None = None
    spans = split_sentences(text)
    if JOIN_LINES:
        spans = _joined_lines(text, spans)
    for start, end in spans:
        raw = text[start:end]
        if BOILERPLATE.match(raw.strip()) or len(raw.strip()) < 3:
            continue
        norm, offsets = _normalise(raw, start)
        tokens, words = _tokens(norm)
        if not tokens:
            continue
        if len(tokens) > MAX_TOKENS:
            for piece in _pieces(raw, start, norm, offsets, tokens):
                out.append(Sentence(len(out), *piece, words=[t.text for t in piece[4]], doc_text=text))
            continue
        is_title = False
        if title_norm is None and _ARABIC_RE.search(norm) is not None:
            title_norm = norm.strip()
            is_title = True
        elif title_norm is not None and (norm.strip() == title_norm or title_norm.startswith(norm.strip().rstrip("…."))):
            is_title = True
        out.append(Sentence(len(out), start, end, norm, offsets, tokens, is_title, words, text))
    # a teaser cut with an ellipsis and repeated in full right after it is not a sentence of its own
    kept: list[Sentence] = []
    for i, s in enumerate(out):
        stem = s.norm.rstrip("….").strip()
        if s.norm.rstrip().endswith(("…", "...")) and i + 1 < len(out) and out[i + 1].norm.startswith(stem):
            continue
        kept.append(s)
    for i, s in enumerate(kept):
        s.index = i
    return kept
