"""Counts of things and of people no casualty role counts: "كم غارة"، "كم صاروخا"، "how many rockets", "كم رجلا".

The casualty readers (:mod:`counts_claims`) read tolls: numbers bound to a killed, injured or arrested word. A
question counting strikes, rockets, shells, churches, vehicles or prisoners asks for another number: the one that
counts its noun. The counted noun of the question decides which numbers of a sentence can answer it: a number right
before that noun, its plural, dual or broken plural ("أطلق 5 صواريخ"، "شن التحالف 12 غارة"، "لثلاثة رجال"), a
number before "من" and the noun ("ستا من هذه الغارات"), or a dual alone ("استهدفت غارتان": two). The sentences are
scored as the casualty reader scores them (what the question names, the article's rank, the lead, the title).

This module imports from the count family (:mod:`counts_asked`, :mod:`counts_cues`, :mod:`counts_fit`); :mod:`counts`
wires it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.agent.grounding import numbers_in
from marsad.agent.numbers import word_value
from marsad.agent.qa.compose import Claim, news_sentences, readable
from marsad.agent.qa.counts_ages import asks_age
from marsad.agent.qa.counts_asked import NUMBER_OF_AR, NUMBER_OF_EN, count_role, counts_things
from marsad.agent.qa.counts_cues import _coverage
from marsad.agent.qa.counts_fit import country_part, scenes
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import Question, quantities
from marsad.agent.qa.subject import names_enough
from marsad.core.arabic import normalize, token_spans, tokenize

THING_COUNTS = True  # switch for A/B measurement: a "how many" question counting things reads the numbers of its noun

# broken plurals of the nouns news counts (normalised singular -> plurals); sound plurals and duals are made
_BROKEN = {"صاروخ": ("صواريخ",), "قذيفه": ("قذايف",), "موقع": ("مواقع",), "كنيسه": ("كنايس",), "مسجد": ("مساجد",),
           "منزل": ("منازل",), "بيت": ("بيوت",), "رجل": ("رجال",), "قارب": ("قوارب",), "زورق": ("زوارق",),
           "سفينه": ("سفن",), "لغم": ("الغام",), "مبني": ("مباني",), "هدف": ("اهداف",), "اسير": ("اسري",),
           "سجين": ("سجناء", "سجنا"), "رهينه": ("رهاين",), "جثه": ("جثث",), "مدرسه": ("مدارس",), "قنبله": ("قنابل",),
           "حاجز": ("حواجز",), "نقطه": ("نقاط",), "قاعده": ("قواعد",), "سلاح": ("اسلحه",), "قريه": ("قري",),
           "مدينه": ("مدن",), "شاب": ("شبان",), "مخزن": ("مخازن",), "مركب": ("مراكب",), "معقل": ("معاقل",),
           "مقر": ("مقار",), "طفل": ("اطفال",), "جندي": ("جنود",), "سجن": ("سجون",), "سفير": ("سفراء",),
           # what is seized: pills, packs, crates, barrels
           "حبه": ("حبوب",), "قرص": ("اقراص",), "كيس": ("اكياس",), "صندوق": ("صناديق",), "برميل": ("براميل",)}
_SINGULAR_OF = {p: s for s, ps in _BROKEN.items() for p in ps}

# what an English question counts -> the Arabic nouns (normalised singulars) news counts it by
_ENGLISH = {"rocket": ("صاروخ", "قذيفه"), "missile": ("صاروخ",), "projectile": ("صاروخ", "قذيفه"),
            "shell": ("قذيفه",), "mortar": ("قذيفه",), "strike": ("غاره", "ضربه"), "airstrike": ("غاره", "ضربه"),
            "raid": ("غاره",), "sortie": ("طلعه", "غاره"), "drone": ("مسيره", "طايره"), "aircraft": ("طايره", "مقاتله"),
            "plane": ("طايره",), "jet": ("مقاتله", "طايره"), "warplane": ("مقاتله", "طايره"), "church": ("كنيسه",),
            "mosque": ("مسجد",), "house": ("منزل", "بيت"), "home": ("منزل", "بيت"), "building": ("مبني",),
            "village": ("قريه",), "vehicle": ("اليه", "عربه", "مركبه", "سياره"), "car": ("سياره",),
            "truck": ("شاحنه",), "tank": ("دبابه",), "boat": ("قارب", "زورق"), "ship": ("سفينه",),
            "bullet": ("طلقه", "رصاصه"), "bomb": ("قنبله", "عبوه"), "device": ("عبوه",), "ied": ("عبوه",),
            "mine": ("لغم",), "site": ("موقع",), "position": ("موقع",), "target": ("هدف", "موقع"),
            "checkpoint": ("حاجز",), "base": ("قاعده",), "prison": ("سجن",), "jail": ("سجن",), "prisoner": ("اسير", "سجين", "معتقل"), "captive": ("اسير",),
            "detainee": ("معتقل", "محتجز"), "hostage": ("رهينه",), "body": ("جثه",), "man": ("رجل",),
            "weapon": ("سلاح",), "resolution": ("قرار",), "school": ("مدرسه",), "pill": ("حبه", "قرص"),
            "tablet": ("قرص", "حبه"), "bag": ("كيس",), "crate": ("صندوق",), "barrel": ("برميل",),
            # (people counted by their office, not by a toll: "expelled 150 diplomats")
            "diplomat": ("دبلوماسي",), "ambassador": ("سفير",), "envoy": ("مبعوث", "سفير")}
_ENGLISH_IRREGULAR = {"men": "man", "bodies": "body", "churches": "church", "aircraft": "aircraft", "ieds": "ied"}

# words after "كم" that are no counted noun: who is counted is the casualty readers' ("كم شخصا")
_NOT_NOUN = re.compile(r"^(شخص|اشخاص|شخصا|فرد|افراد|فردا|عنصر|عناصر|عنصرا|منهم|مره|مرات|عاما|سنه|يوما|ساعه|عمر|عمره"
                       r"|من|قتيلا|قتيل|جريحا|جريح|ضحيه|مصابا|معتقلا|عدد)$")
# numbers in the accusative that the number reader does not read ("ستا من هذه الغارات")
_ACC_NUMBERS = {"ثلاثا": 3, "اربعا": 4, "خمسا": 5, "ستا": 6, "سبعا": 7, "ثمانيا": 8, "تسعا": 9, "عشرا": 10}
_ONE_OF = {"احد", "احدي", "لاحد", "لاحدي", "باحد", "باحدي"}  # "أحد المختطفين": one of them, no count
_THESE = {"هذه", "تلك", "هولاء", "اولءك", "اوليك"}
_CLITIC = re.compile(r"^[وفبل]{1,2}")


def _bares(token: str) -> tuple[str, ...]:
    """A normalised token without its glued conjunction/preposition and article ("وبالغارات" -> "غارات"), and
    without the clitics alone (a noun that opens with "ال" itself: "اليات")."""
    word = token.lower()
    if len(word) > 3 and word[:1] in "وفبل" and not word.isascii():
        rest = word[1:]
        if rest[:1] in "بل" and len(rest) > 3:
            rest = rest[1:]
        word = rest if len(rest) >= 3 else word
    if word.startswith("ال") and len(word) > 4:
        return word[2:], word
    return (word,)


def _bare(token: str) -> str:
    return _bares(token)[0]


@lru_cache(maxsize=256)
def _forms(singular: str) -> tuple[frozenset, frozenset]:
    """The forms a sentence counts a noun by (singular, plurals, the accusative) and its duals, from its normalised
    singular: a feminine in "ه" (غاره: غارات، غارتين، غارتان), a masculine (صاروخ: صاروخا، صواريخ، صاروخين)."""
    if singular.endswith("ه"):
        stem = singular[:-1]
        forms = {singular, stem + "ات"}
        duals = {stem + "تين", stem + "تان"}
    else:
        forms = {singular, singular + "ا", singular + "ين", singular + "ون"}
        # "ين" ends a dual and a sound plural ("مختطفين"): a dual only of a noun whose plural is broken ("صاروخين")
        duals = {singular + "ان", singular + "ين"} if singular in _BROKEN else {singular + "ان"}
        if singular.endswith("ي"):  # a nisba ("شرطي"): "شرطيان" is a dual, "شرطيين" its plural (and dual)
            duals = {singular + "ان"}
    forms |= set(_BROKEN.get(singular, ()))
    return frozenset(forms - duals), frozenset(duals)


def _singular(word: str) -> str:
    """The normalised singular of the noun an Arabic question counts ("صاروخا" -> "صاروخ", "الغارات" -> "غاره")."""
    word = _bare(word)
    if word in _SINGULAR_OF:
        return _SINGULAR_OF[word]
    if word.endswith("ات") and len(word) > 4:
        return word[:-2] + "ه"
    if word.endswith(("ين", "ون")) and len(word) > 5:  # a sound masculine plural: "المختطفين" -> "مختطف"
        return word[:-2]
    if word.endswith("ا") and len(word) > 3:
        return word[:-1]
    return word


def asked_things(question: Question) -> tuple[str, ...]:
    """The normalised Arabic singulars of what a "how many" question counts when it is not a toll of people
    (:func:`counts_asked.count_role` None, or things counted: "بكم طلقة أصيب"), else ()."""
    if not THING_COUNTS or not question.how_many or asks_age(question):
        return ()
    if count_role(question) is not None and not counts_things(question):
        return ()
    if question.language == "ar":
        m = re.search(rf"(?<!\w)(?:ب?كم\s+(?:عدد\s+)?|{NUMBER_OF_AR})(\S+)", normalize(question.text))
        if not m or _NOT_NOUN.match(_bare(m.group(1))):
            return ()
        word = _singular(m.group(1))
        return (word,) if len(word) >= 3 else ()
    m = re.search(rf"\b(?:how many\s+|{NUMBER_OF_EN})((?:[\w-]+\s+){{0,3}}?)([a-z]+)\b", question.text, re.I)
    words = [*m.group(1).split(), m.group(2)] if m else []
    part = _PART_OF_EN.search(question.text)
    if part:  # "Of the 15 air strikes ..., how many hit Syria": the things counted are named before
        words += part.group(1).split()
    for raw in words:
        word = raw.lower().rstrip("-")
        for one in _english_singulars(word):
            if one in _ENGLISH:
                return _ENGLISH[one]
    return ()


PLURAL_S_FIRST = True  # switch for A/B measurement: "houses" is "house" + s before it is "hous" + es


def _english_singulars(word: str) -> tuple[str, ...]:
    """The singulars an English plural may have, likeliest first: an irregular one, the word without its "s"
    ("houses" -> "house", "bases" -> "base"), then without "es" ("churches" -> "church", "boxes" -> "box")."""
    if word in _ENGLISH_IRREGULAR:
        return (_ENGLISH_IRREGULAR[word],)
    es = re.sub(r"(?<=[sxh])es$|s$", "", word)
    if not PLURAL_S_FIRST:
        return (es,)
    return tuple(dict.fromkeys((word[:-1] if word.endswith("s") else word, es)))


# "of the 15 coalition air strikes announced ..., how many": a part of things the question names before "how many"
_PART_OF_EN = re.compile(r"\bof (?:the|these|those) (?:[\d,]+ )?((?:[\w-]+ ){0,3}[\w-]+)[^?]*?,\s*how many\b", re.I)


def _value(tok: str) -> int | None:
    """A number a token states that the number reader leaves: a glued preposition ("بأربعة"، "لثلاثة"), the
    accusative ("ستا")."""
    if tok in _ACC_NUMBERS:
        return _ACC_NUMBERS[tok]
    m = _CLITIC.match(tok)
    if m and len(tok) > 3:
        rest = tok[m.end():]
        if rest.isdigit():
            return int(rest)
        return word_value(rest) or _ACC_NUMBERS.get(rest)
    return None


def thing_counts(sentence: str, nouns: tuple[str, ...]) -> list[tuple[int, int, int]]:
    """The counts of ``nouns`` a sentence states: ``(value, first token, token past the noun)``."""
    forms: set[str] = set()
    duals: set[str] = set()
    for noun in nouns:
        f, d = _forms(noun)
        forms |= f
        duals |= d
    toks = tokenize(sentence)
    out: list[tuple[int, int, int]] = []
    taken: set[int] = set()
    numbered = [(q.start, q.end, q.value) for q in quantities(toks)]
    spans = {s for s, _, _ in numbered}
    for j, tok in enumerate(toks):
        if j not in spans and (value := _value(tok)) is not None:
            numbered.append((j, j + 1, value))
    for start, end, value in numbered:
        if end >= len(toks) or toks[end - 1] in _ONE_OF:
            continue
        at = end
        if toks[at] in ("من", "بين"):  # a part of the noun's things: "ستا من هذه الغارات"، "1818 بين فرنسيين"
            at += 1 + (at + 1 < len(toks) and toks[at + 1] in _THESE)
        if at < len(toks) and any(b in forms or b in duals for b in _bares(toks[at])):
            out.append((value, start, at + 1))
            taken.add(at)
    for j, tok in enumerate(toks):  # a dual told alone: "استهدفت غارتان مكتب الرئاسة"
        if j not in taken and any(b in duals for b in _bares(tok)) and not (j and (toks[j - 1].isdigit() or word_value(toks[j - 1]))):
            out.append((2, j, j + 1))
    return out


COUNTRY_PARTS = True  # switch for A/B measurement: a count's clause is weighed by the countries it names (counts_fit)
THING_SCENE = True  # switch for A/B measurement: a sentence is read with the scene its article set in the places asked
# about (counts_fit.scenes, as tolls are)
MIN_THING_SCORE = 0.5  # below this no sentence fits the question well enough to state its count
THING_MARGIN = 1.0  # how much less well than the best count another may fit and still be offered


def thing_claims(question: Question, evidence: Evidence) -> list[tuple[float, Claim]]:
    """Candidate answers to a "how many" question counting things (:func:`asked_things`), best first, each citing
    the sentence that states its number."""
    nouns = asked_things(question)
    if not nouns:
        return []
    asked_numbers = set(question.numbers)
    scored: list[tuple[float, Claim]] = []
    for doc_id, doc in evidence.docs.items():
        rank = evidence.rank_of(doc_id)
        title = doc.title or ""
        if not names_enough(question, normalize(readable(doc.text)) + " " + normalize(title), normalized=True):
            continue
        if asked_numbers and not asked_numbers <= numbers_in(title + "\n" + doc.text):
            continue  # "of the 15 air strikes ..., how many": an article not stating the 15 tells of other strikes
        title_values = {v for v, _, _ in thing_counts(title, nouns)}
        per_doc = []
        sents = [(s, e) for s, e in news_sentences(doc.text) if e - s >= 15]
        # (a question naming no place has no scene: every sentence would take the lead's words)
        scene_of = (scenes(question, [doc.text[s:e] for s, e in sents]) if THING_SCENE and question.places
                    else [""] * len(sents))
        for idx, (s, e) in enumerate(sents):
            sentence = doc.text[s:e]
            counts = [c for c in thing_counts(sentence, nouns) if c[0] not in asked_numbers]
            if not counts:
                continue
            scene = scene_of[idx] if scene_of[idx] != sentence else ""
            own = readable(sentence + " " + scene)  # the sentence and the place its scene was set in (counts_fit)
            cover = 0.7 * _coverage(question, own, normalize(own)) + 0.3 * _coverage(
                question, title + " " + own, normalize(title + " " + own))
            for value, start, end in counts:
                score = 2.0 * cover - 0.15 * rank + (0.2 if idx < 2 else 0.0) + (0.3 if value in title_values else 0.0)
                if COUNTRY_PARTS:
                    score += country_part(question, sentence, start)
                per_doc.append((score, s, e, value, start, end))
        for score, s, e, value, start, end in per_doc:
            scored.append((score, _claim(question, doc_id, s, e, doc.text[s:e], value, start, end)))
    scored.sort(key=lambda x: -x[0])
    floor = max(MIN_THING_SCORE, scored[0][0] - THING_MARGIN) if scored else MIN_THING_SCORE
    return [x for x in scored if x[0] >= floor]


def _claim(question: Question, doc_id: str, s: int, e: int, sentence: str, value: int, start: int, end: int) -> Claim:
    """The claim stating a count of things, quoting the words from the number to its noun."""
    words = [(a, b) for _, a, b in token_spans(sentence)]
    lo, hi = max(0, start - 1), min(len(words), end + 1)
    phrase = sentence[words[lo][0]: words[hi - 1][1]] if words and hi > lo else sentence
    numbers = [value] if value in numbers_in(phrase) else []
    text = f"العدد: {value} («{phrase}»)" if question.language == "ar" else f"{value} («{phrase}»)"
    return Claim(text, [(doc_id, s, e)], numbers)
