"""Answers to an Arabic "who issued the statement ..." question ("من الذي أصدر بيان ..."، "من أصدر البيان ...", also
with "أعلن"/"وقّع"/"نشر" and a statement word: بيان، تصريح، فتوى، قرار، مرسوم): the man the article names as its issuer.

News names a statement's issuer in a passive or relative phrase after the statement word, with his title and role:

- "في بيان أصدره [الدكتور] فلان الفلاني [الأمين العام للهيئة]" (also "أصدرته"، "أصدرها"، "أصدروه");
- "في بيان صادر عن/صدر عن [وزير الداخلية] فلان".

The statement's subject (the man it condemns) is the name the records and the question share, so without this
reader the answer is his role. This reader reads the top articles for the issuer's phrase and states it with its
sentence.
"""

from __future__ import annotations

import re

from marsad.agent.qa.compose import Claim, excerpt, news_sentences
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import Question
from marsad.agent.qa.question_words import content_terms
from marsad.core.arabic import normalize

__all__ = ["asks_issuer", "issuer", "issuer_claims"]

ISSUERS = True  # switch for A/B measurement (tests patch it)
TOP_DOCS = 3  # the articles read: the top ones
MAX_WORDS = 10  # words of an issuer's phrase (titles, name, role)

_STATEMENT = r"(?:بيان|البيان|بيانا|تصريح|التصريح|فتوي|الفتوي|قرار|القرار|مرسوم|المرسوم)"
# "من (هو) (الذي) أصدر/أعلن ... <statement word>" (normalised text: ى->ي, ة->ه, أ->ا)
_ASKS = re.compile(r"(?<!\w)من (?:هو |هي )?(?:الذي |التي )?(?:اصدر|اصدرت|وقع|وقعت|نشر|نشرت|اعلن|اعلنت)(?!\w)"
                   r"[^؟?]{0,40}?(?<!\w)" + _STATEMENT + r"(?!\w)")
# a statement word in an article, with a glued particle, and the verb (or "صادر/صدر عن") naming its issuer (normalised)
_STATEMENT_WORD = re.compile(r"^[وفبل]?" + _STATEMENT + r"$")
_ISSUED_BY = {"اصدره", "اصدرته", "اصدرها", "اصدروه", "اصدرتها", "وقعه", "وقعها", "نشره", "نشرته"}
_FROM = ({"صادر", "صادره", "صدر", "صدرت"}, "عن")
_PUNCT = "،,.:؛\"«»()"
# words that end the issuer's phrase: what the statement says, when and where it was issued
_STOP = re.compile(r"^(?:قال|قالت|اكد|اكدت|اوضح|اوضحت|جاء|ذكر|ان|انه|انها|فيه|فيها|امس|اليوم|يوم|مساء|صباح"
                   r"|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|حيث|بعد|عقب|اثر|تعليقا|ردا|وقال|واكد|واضاف"
                   r"|تلقت|تلقي|نشر|ونشر|عبر|علي|دان|ادان|استنكر|وصف|اعتبر)$")


def asks_issuer(question: Question) -> bool:
    """Whether an Arabic question asks who issued a statement ("من الذي أصدر بيان ...")."""
    return ISSUERS and question.language == "ar" and bool(_ASKS.search(normalize(question.text)))


def issuer(sentence: str) -> str | None:
    """The issuer's phrase a sentence names after a statement word, as written: up to :data:`MAX_WORDS` words,
    within the phrase, cut at a word that tells what the statement says or when it was issued; None when it names
    none (or one word only: a bare pronoun or title)."""
    raw = sentence.split()
    norm = [normalize(w.strip(_PUNCT)) for w in raw]
    for i, word in enumerate(norm):
        if not _STATEMENT_WORD.match(word) or raw[i][-1] in _PUNCT:
            continue
        for j in range(i + 1, min(i + 4, len(norm))):
            if norm[j] in _ISSUED_BY:
                start = j + 1
            elif norm[j] in _FROM[0] and j + 1 < len(norm) and norm[j + 1] == _FROM[1]:
                start = j + 2
            else:
                if raw[j][-1] in _PUNCT:
                    break
                continue
            kept: list[str] = []
            for k in range(start, len(raw)):
                if _STOP.match(norm[k]) or len(kept) >= MAX_WORDS or not norm[k]:
                    break
                kept.append(raw[k].strip(_PUNCT))
                if raw[k][-1] in _PUNCT:
                    break
            if len(kept) >= 2:
                return " ".join(kept)
            break
    return None


def issuer_claims(question: Question, evidence: Evidence) -> list[Claim]:
    """For "who issued the statement ..." (:func:`asks_issuer`): the issuer a top article about the question's
    subject names after the statement word, stated with its sentence; the article ranked first, then the sentence
    sharing most of the question's words. [] when no top article names one."""
    if not asks_issuer(question):
        return []
    terms = set(question.terms)
    best: tuple[tuple[int, int, int], Claim] | None = None
    for doc_id, doc in evidence.top_about(question, TOP_DOCS):
        for k, (s, e) in enumerate(news_sentences(doc.text)):
            sentence = doc.text[s:e]
            who = issuer(sentence)
            if who is None:
                continue
            rank = (-evidence.rank_of(doc_id), len(terms & set(content_terms(sentence))), -k)
            if best is None or rank > best[0]:
                keys = [who, *(w for w in who.split() if len(w) >= 4)]
                best = (rank, Claim(f"{who} — تقول المصادر: «{excerpt(sentence)}»", [(doc_id, s, e)], keys=keys,
                                    quoted=True))
    return [best[1]] if best else []
