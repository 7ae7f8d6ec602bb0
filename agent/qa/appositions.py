"""Answers to an Arabic "who is the <descriptor> who ..." question ("من هو السياسي الذي قتل ..."، "من هو المحافظ
الذي ..."، "من هو عالم الدين الذي ..."): the name the article ties to the question's descriptor by apposition.

News names such a man once, tied to what he is in one of three ways:

- the descriptor, its adjectives, the name, then a relative pronoun: "استهدف لقاء للسياسي فلان فلاني الذي قتل";
- the name, then a relative clause stating the descriptor: "فلان فلاني، الذي عينته الحكومة محافظا على ...";
- the name, then "وهو" and the descriptor: "اغتال مسلحون الشيخ فلان بن فلان وهو عالم دين بارز".

The name is often a hashtag ("#فلان_فلاني"): its words are the name. The actor records hold such a man only when
the extractor gave him a role; the record reader otherwise answers with a man another article names (a lower-ranked
article about another incident), and the passage reader quotes the event's sentence without his name. This reader
reads the top articles' sentences for the apposition and states the name with the sentence that ties it.
"""

from __future__ import annotations

import re

from marsad.agent.qa.compose import Claim, excerpt, news_sentences
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import Question
from marsad.agent.qa.question_words import STOP_AR, content_terms
from marsad.core.arabic import normalize

__all__ = ["apposition_claims", "asked_descriptor"]

APPOSITIONS = True  # switch for A/B measurement (tests patch it)
TOP_DOCS = 3  # the articles read: the top ones (a man named in a lower one is another incident's)
MAX_NAME = 5  # words of a name ("فلان بن فلان بن فلان")

# "من هو/هي" and the descriptor's first word, in a question whose relative pronoun follows ("... الذي/التي ...")
_ASKS_AR = re.compile(r"(?<!\w)من (?:هو|هي) (\S+)(?: (\S+))?")
_RELATIVE_Q = re.compile(r"(?<!\w)(?:الذي|التي)(?!\w)")
# descriptors asked without the article ("من هو عالم الدين"، "من هو رئيس الوزراء")
_BARE_NOUNS = {"عالم", "رييس", "وزير", "زعيم", "قايد", "امير", "نايب", "سفير", "محافظ", "مدير", "امين", "مفتي", "امام",
               "شيخ", "رجل", "قاضي", "مستشار", "عضو", "نجل", "شقيق", "ابن"}
_PREFIXES = ("", "و", "ف", "ب", "ل", "ال", "وال", "فال", "بال", "لل", "ولل", "كال")
_RELATIVE = {"الذي", "التي"}
_HE_IS = {"وهو", "وهي"}
_NAME_WORD = re.compile(r"^[^\W\d_]{2,}$")
_PUNCT = "،,.:؛\"«»()!?؟"
# name particles that stand inside a name ("بن"، "ابو") and words that end no name
_INSIDE = {"بن", "ابن", "ابو", "بنت", "عبد", "ام"}
# words that stand in no name: particles, pronouns, times, who spoke by kind (whole words, with a glued conjunction;
# compose.NOT_NAME reads prefixes, which would take "منصور" and "منيف" for "من")
_NO_NAME = re.compile(r"^[وفبل]?(?:في|من|علي|الي|عن|ان|انه|انها|انهم|ايضا|بدوره|بدورها|كذلك|هذا|هذه|ذلك|تلك|حيث|ضد"
                      r"|امس|اليوم|بعد|قبل|خلال|عبر|منذ|حول|اثر|كل|بعض|مصدر|مصادر|مسوول|مسوولون|بيان|شاهد|شهود|مع"
                      r"|لدي|لكن|ثم|قد|كان|كانت|قال|قالت|اضاف|اكد|ذكر|اعلن|وفق|بحسب|حسب|نحو|سوي|غير|مساء|صباح|يوم|اول"
                      r"|اخر|اخري|اخرين|جميع|عدد|احد|احدي|هو|هي|هم|له|لها|لهم|به|بها|بهم|منه|منها|منهم|عليه|عليها)$")


def asked_descriptor(question: Question) -> str | None:
    """The descriptor an Arabic "who is the <descriptor> who ..." question asks by, normalised and without its
    article ("سياسي" for "من هو السياسي الباكستاني الذي"), or None (a name: "من هو فلان الذي"; no relative clause)."""
    if not APPOSITIONS or question.language != "ar":
        return None
    norm = normalize(question.text)
    m = _ASKS_AR.search(norm)
    if m is None or not _RELATIVE_Q.search(norm, m.end(1)):
        return None
    word = m.group(1)
    if word in _RELATIVE:
        return None
    if word.startswith("ال") and len(word) >= 5:
        return word[2:]
    return word if word in _BARE_NOUNS else None


def _is_descriptor(word: str, noun: str) -> bool:
    """A normalised word is the descriptor, with a glued particle or article and an accusative or feminine ending
    ("للسياسي"، "محافظا")."""
    return any(word.startswith(p) and word[len(p):] in (noun, noun + "ا", noun + "ه") for p in _PREFIXES)


def _name_like(word: str) -> bool:
    return bool(_NAME_WORD.match(word)) and word not in STOP_AR and word not in _RELATIVE and word not in _HE_IS \
        and not _NO_NAME.match(word)


def _tokens(sentence: str) -> list[tuple[str, str, bool, int]]:
    """The words of a sentence: (as written without punctuation, normalised, ends a phrase, hashtag number), a
    hashtag split into its words (all of them with the same number; 0 outside hashtags)."""
    out: list[tuple[str, str, bool, int]] = []
    tag = 0
    for raw in sentence.split():
        stop = raw[-1] in _PUNCT
        word = raw.strip(_PUNCT)
        if word.startswith("#"):
            tag += 1
            parts = [p for p in word[1:].split("_") if p]
            for i, p in enumerate(parts):
                out.append((p, normalize(p), stop and i == len(parts) - 1, tag))
        elif word:
            out.append((word, normalize(word), stop, 0))
    return out


def _name_before(toks: list, end: int) -> tuple[int, int] | None:
    """The name ending at token ``end`` (exclusive): a hashtag's words, or up to :data:`MAX_NAME` name-like words
    before it (within the phrase), not starting with an article; the sentence's first word (a verb, in
    the order news writes) is left out of a longer name."""
    if end <= 0:
        return None
    tag = toks[end - 1][3]
    if tag:
        start = end - 1
        while start > 0 and toks[start - 1][3] == tag:
            start -= 1
        return (start, end) if all(_name_like(t[1]) or t[1] in _INSIDE for t in toks[start:end]) else None
    start = end
    while start > 0 and end - start < MAX_NAME and (start == end or not toks[start - 1][2]) \
            and (_name_like(toks[start - 1][1]) or toks[start - 1][1] in _INSIDE):
        start -= 1
    while start < end and toks[start][1].startswith("ال"):
        start += 1
    if start == 0 and end - start >= 2:
        start = 1
    return (start, end) if end - start >= 1 and (end - start >= 2 or tag) else None


def _name_after(toks: list, start: int) -> tuple[int, int] | None:
    """The name starting at token ``start`` and ending before a relative pronoun: a hashtag's words, or up to
    :data:`MAX_NAME` name-like words, its first word no article's."""
    if start >= len(toks) or toks[start][1].startswith("ال") or not _name_like(toks[start][1]):
        return None
    end = start
    while end < len(toks) and end - start < MAX_NAME and (_name_like(toks[end][1]) or toks[end][1] in _INSIDE):
        end += 1
        if toks[end - 1][2]:
            break
    if end < len(toks) and toks[end][1] in _RELATIVE and (end - start >= 2 or toks[start][3]):
        return start, end
    return None


def _tied_names(sentence: str, noun: str) -> list[str]:
    """The names a sentence ties to the descriptor ``noun`` by apposition (see the module's docstring)."""
    toks = _tokens(sentence)
    found: list[str] = []
    for i, (_w, norm, _stop, _tag) in enumerate(toks):
        if _is_descriptor(norm, noun):
            # the descriptor, its adjectives, then the name and a relative pronoun
            j = i + 1
            while j < len(toks) and toks[j][1].startswith("ال") and not toks[j - 1][2] and toks[j][1] not in _RELATIVE:
                j += 1
            span = _name_after(toks, j) if not toks[j - 1][2] else None
            if span:
                found.append(" ".join(t[0] for t in toks[span[0]:span[1]]))
        elif norm in _RELATIVE or norm in _HE_IS:
            # the name, then a relative clause or "وهو" stating the descriptor within a few words
            ahead = toks[i + 1: i + 6]
            if not any(_is_descriptor(t[1], noun) for t in ahead):
                continue
            span = _name_before(toks, i)
            if span:
                found.append(" ".join(t[0] for t in toks[span[0]:span[1]]))
    return found


def apposition_claims(question: Question, evidence: Evidence) -> list[Claim]:
    """For "who is the <descriptor> who ..." (:func:`asked_descriptor`): the name a top article ties to the
    descriptor, stated with the sentence that ties it; the article ranked first, then the sentence sharing most of
    the question's words. [] when no top article about the question's subject ties a name to it."""
    noun = asked_descriptor(question)
    if noun is None:
        return []
    terms = set(question.terms)
    best: tuple[tuple[int, int, int], Claim] | None = None
    for doc_id, doc in evidence.top_about(question, TOP_DOCS):
        sents = news_sentences(doc.text)
        shared = [len(terms & set(content_terms(doc.text[s:e]))) for s, e in sents]
        for k, (s, e) in enumerate(sents):
            sentence = doc.text[s:e]
            names = _tied_names(sentence, noun)
            if not names:
                continue
            rank = (-evidence.rank_of(doc_id), shared[k], -k)
            if best is None or rank > best[0]:
                text = f"{names[0]} — تقول المصادر: «{excerpt(sentence)}»"
                # (a hashtag's words are joined by "_" in the quote: each word is a key the quote holds)
                keys = [names[0], *(w for w in names[0].split() if len(w) >= 3 and normalize(w) not in _INSIDE)]
                spans = [(doc_id, s, e)]
                # the sentence telling the event asked about, when another one does ("أحيل المحافظ إلى التقاعد" then
                # "أثار فلان، الذي عينته الحكومة محافظا، ..."): cited too, as it binds the name to the question's
                # event, place and time (the name's sentence, when it names another place, is cited for the name)
                event = max(range(len(sents)), key=lambda i: (shared[i], -i))
                if event != k and shared[event] > shared[k]:
                    spans.append((doc_id, *sents[event]))
                best = (rank, Claim(text, spans, keys=keys, quoted=True))
    return [best[1]] if best else []
