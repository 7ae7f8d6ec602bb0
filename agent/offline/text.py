"""The document as the rules see it: sentences of normalised tokens with a way back to the raw text.

Every rule works on normalised tokens (hamza, ta marbuta, diacritics folded) and
every span it produces maps back to an exact raw span of ``doc.text``, so citations
always quote the stored text verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from marsad.agent.offline import rules
from marsad.core.arabic import normalize, normalize_with_offsets, split_sentences

__all__ = ["Token", "Sentence", "split_document", "BOILERPLATE"]

_TOKEN_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", re.UNICODE)
_CLAUSE_PUNCT = frozenset("،؛;,:")
_SOFT_PUNCT = frozenset("()[]\"«»“”‹›-–—'")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
BOILERPLATE = re.compile("^(" + "|".join(rules.sequence("text", "boilerplate_lines")) + ")$", re.I)
"""A whole line that is page furniture, not article text (``boilerplate_lines`` of ``data/text.json``:
regex alternatives, matched ignoring case)."""


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
        """Token range ``[a, b)`` of the clause holding token ``i`` (bounded by ، ؛ : and quotes)."""
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
    if len(fast) == len(raw) and "  " not in fast:
        return fast, list(range(start, start + len(raw) + 1))
    norm, local = normalize_with_offsets(raw)
    return norm, [start + o for o in local]


_new_token = tuple.__new__  # Token(...) without the named tuple's Python-level __new__ (all fields given)


def _tokens(norm: str) -> list[Token]:
    """Word tokens of a normalised sentence, each marked when clause or soft punctuation precedes it."""
    tokens: list[Token] = []
    prev_end = -1  # no break before the first token
    for m in _TOKEN_RE.finditer(norm):
        a, b = m.span()
        if prev_end < 0 or (a == prev_end + 1 and norm[prev_end] == " "):
            tokens.append(_new_token(Token, (m.group(), a, b, False, False)))  # the usual case: one space between
        else:
            gap = norm[prev_end:a]
            tokens.append(_new_token(Token, (m.group(), a, b, not _CLAUSE_PUNCT.isdisjoint(gap),
                                             not _SOFT_PUNCT.isdisjoint(gap))))
        prev_end = b
    return tokens


def split_document(text: str) -> list[Sentence]:
    """Sentences of a document with tokens, skipping boilerplate lines.

    Args:
        text: the document text exactly as stored.

    Returns:
        Sentences in order; the first non-empty line is the title (``is_title``), as are
        later sentences repeating it.
    """
    out: list[Sentence] = []
    title_norm: str | None = None
    for start, end in split_sentences(text):
        raw = text[start:end]
        if BOILERPLATE.match(raw.strip()) or len(raw.strip()) < 3:
            continue
        norm, offsets = _normalise(raw, start)
        tokens = _tokens(norm)
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
        s = Sentence(len(out), start, end, norm, offsets, tokens, is_title)
        s.words = [t.text for t in tokens]
        s.doc_text = text
        out.append(s)
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
