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

from marsad.agent.offline import rules
from marsad.agent.qa.actions import act_families, act_spans
from marsad.agent.qa.compose import Claim, excerpt, in_english, news_sentences
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import Question, mentions
from marsad.agent.qa.question_words import STOP_AR, content_terms
from marsad.core.arabic import normalize

__all__ = ["apposition_claims", "asked_descriptor", "asked_person", "named_person_claims"]

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


# the question opening "من" and a defined descriptor, without "هو" ("من القيادي الحوثي البارز ... الذي قتل ...": 11
# readable QA items of 5 sets ask so) (switch for A/B measurement, tests patch it)
WHO_BARE = True
_ASKS_AR_BARE = re.compile(r"^\W*من (ال\S{3,})")


# "من (هو) المسؤول عن الهجوم الذي ..." asks who carried the act out (the perpetrator), not a man by his title: a
# descriptor followed by "عن" asks none, and neither do the words after "من" that name no person ("من الجهة التي"،
# "من المستفيد من ..."، "من المرجح أن ... الذي") (switch for A/B measurement, tests patch it)
WHO_ACTOR = True
_RESPONSIBLE_FOR = re.compile(r"\s+(?:\S+\s+){0,1}?[وف]?عن(?!\w)")
_NOT_PERSON = re.compile(r"^(?:ال)?(?:جهه|جهات|مستفيد|مستفيدون|مستفيدين|مرجح|متوقع|مقرر|محتمل|ممكن|مفترض|معروف|معلوم"
                         r"|واضح|مستبعد|مهم|ضروري|مسوولون|مسوولين)$")


def asked_descriptor(question: Question) -> str | None:
    """The descriptor an Arabic "who is the <descriptor> who ..." question asks by, normalised and without its
    article ("سياسي" for "من هو السياسي الباكستاني الذي"), or None (a name: "من هو فلان الذي"; no relative clause)."""
    if not APPOSITIONS or question.language != "ar":
        return None
    norm = normalize(question.text)
    m = _ASKS_AR.search(norm) or (WHO_BARE and _ASKS_AR_BARE.search(norm)) or None
    if m is None or not _RELATIVE_Q.search(norm, m.end(1)):
        return None
    word = m.group(1)
    if word in _RELATIVE:
        return None
    if WHO_ACTOR and (_NOT_PERSON.match(word) or _RESPONSIBLE_FOR.match(norm, m.end(1))):
        return None
    if word.startswith("ال") and len(word) >= 5:
        return word[2:]
    return word if word in _BARE_NOUNS else None


def is_descriptor(word: str, noun: str) -> bool:
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
        if is_descriptor(norm, noun):
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
            if not any(is_descriptor(t[1], noun) for t in ahead):
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
    if best is None and TITLE_NAME:
        return _titled_claims(question, evidence, noun)
    return [best[1]] if best else []


# no top article ties a name to the descriptor by apposition ("القيادي الحوثي فلان الفلاني المكنى أبو محسن، أحد أكبر
# القياديين في محور ..." names him by title then name, while the question calls him "البارز في جبهة"): the name told
# right after the descriptor and its adjectives (:func:`_described_names`) in a sentence of the best-ranked article about
# the question's subject that names its places, the one sharing most of the question's words (switch for A/B
# measurement, tests patch it)
TITLE_NAME = True


# ... and that sentence tells the act the question's relative clause asks about ("الذي قتل": "لقي حتفه"، "مقتل"; by
# actions.act_families), not only its places: an official quoted on the event ("وقال المسؤول المحلي فلان في بعقوبة إن
# ...") is not the man asked; a question naming no such act has no fallback (switch for A/B measurement, tests patch it)
TITLE_ACT = True


def _asked_acts(question: Question) -> frozenset[str]:
    """The families of acts the question's relative clause ("... الذي قتل عندما ...") names."""
    norm = normalize(question.text)
    m = _RELATIVE_Q.search(norm)
    return act_families(norm[m.end():] if m else norm)


def _titled_claims(question: Question, evidence: Evidence, noun: str) -> list[Claim]:
    """The name the best-ranked article about the question (the article of its event) tells right after the
    descriptor ``noun`` (:data:`TITLE_NAME`), with its sentence, which names every place the question names below a
    country (a question naming none has no such fallback): "بينهم القيادي فلان" in a sentence on another front, or a
    lower-ranked article's raid, names another man."""
    terms = set(question.terms)
    places = [p for p in question.places if p.get("admin_level") != "country"]
    if not places:
        return []
    acts = _asked_acts(question) if TITLE_ACT else None
    if acts is not None and not acts:
        return []
    best: tuple[tuple[int, int, int], Claim] | None = None
    for doc_id, doc in evidence.top_about(question, 1):
        for k, (s, e) in enumerate(news_sentences(doc.text)):
            sentence = doc.text[s:e]
            norm = normalize(sentence.replace("_", " "))
            if not all(mentions(p, norm, normalized=True) for p in places):
                continue
            if acts and not act_spans(norm, acts):
                continue
            toks = _marked(sentence)
            spans = _described_names(toks, (noun,))
            if not spans:
                continue
            rank = (-evidence.rank_of(doc_id), len(terms & set(content_terms(sentence))), -k)
            if best is not None and rank <= best[0]:
                continue
            name = " ".join(t[0] for t in toks[spans[0][0]:spans[0][1]])
            keys = [name, *(w for w in name.split() if len(w) >= 3 and normalize(w) not in _INSIDE)]
            best = (rank, Claim(f"{name} — تقول المصادر: «{excerpt(sentence)}»", [(doc_id, s, e)], keys=keys,
                                quoted=True))
    return [best[1]] if best else []


# -------------------------------------------------------------- "ما اسم المراهق الذي ..." / "what was the name of ..."
NAME_ASKED = True  # switch for A/B measurement: a person's name asked by a descriptor ("ما اسم المراهق الذي قتل ...")
NAME_GLOSS = True  # switch for A/B measurement: the name told with an age after it ("فلان الفلاني (16 عاما)")
# (normalised) "ما اسم <descriptor>": the descriptor's word, article and all
_ASKS_NAME_OF_AR = re.compile(r"(?<!\w)ما (?:هو |هي )?اسم (\S+)")
# descriptors of a person (without the article; normalised); a nisba ("الفلسطيني") is one too
_PERSON_NOUNS = {"مراهق", "طفل", "طفله", "شاب", "شابه", "فتاه", "فتي", "صبي", "رجل", "امراه", "سيده", "ناشط", "ناشطه",
                 "صحفي", "صحفيه", "مصور", "جندي", "ضابط", "شرطي", "مواطن", "مواطنه", "معتقل", "معتقله", "اسير", "اسيره",
                 "سجين", "سجينه", "مسوول", "طالب", "طالبه", "طبيب", "مسعف", "سايق", "مهاجم", "منفذ", "انتحاري",
                 "قيادي", "قايد", "مسلح", "متهم", "متهمه", "ضحيه", "قتيل", "شهيد", "لاجي", "مهاجر", "موظف", "معلم",
                 "مدرس", "خطيب", "قاضي", "محامي", "رهينه", "مختطف", "جاسوس", "عميل", "لاعب", "مدون", "داعيه"}
# English: "what was the name of the <words> <person noun>" (its Arabic descriptor is a guess -- "soldier" is جندي or
# عسكري, "teenager" مراهق, فتى or شاب -- so only the name told with an age is read for it)
_PERSON_EN = frozenset({"teenager", "teen", "boy", "girl", "child", "youth", "man", "woman", "activist", "journalist",
                        "photographer", "soldier", "officer", "policeman", "detainee", "prisoner", "student", "doctor",
                        "paramedic", "driver", "attacker", "assailant", "gunman", "bomber", "suspect", "victim",
                        "hostage", "spy", "official", "commander", "leader"})
_ASKS_NAME_OF_EN = re.compile(r"\bwhat (?:was|is|were|are) the names? of the ((?:[\w'-]+ ){0,3}?[\w'-]+?)(?:s)?\b"
                              r"(?= who\b| whom\b| that\b| killed\b| shot\b| arrested\b| detained\b| wounded\b| freed\b"
                              r"| released\b| abducted\b| kidnapped\b| sentenced\b| executed\b| in\b| at\b| near\b| from\b"
                              r"| on\b| during\b| by\b|[,?])", re.I)
# a nisba of a people or a place ("Palestinian", "Iraqi", "Yemeni", "Afghan" is read by its noun's absence)
_DEMONYM_EN = re.compile(r"^[A-Z][a-z]+(?:ian|ean|an|i|ese|ish)$")
_GIVEN = rules.words("actors", "given_names")
# words that end a name or stand in none (the extractor's lists: "موضحا"، "مقتل"، "خلال" ...)
_ENDS_NAME = frozenset().union(*(rules.words("actors", k) for k in (
    "name_stops", "name_end_words", "not_name_words", "never_name_words", "never_name_verbs",
    "saying_verbs_before_name")))
_KIN = re.compile(r"^و?(?:ابن|ابنه|ابنت|زوج|زوجت|رفيق|رفيقت|شقيق|شقيقت|اخ|اخو|اخت|والد|والدت|ام|اب|ابو|نجل|حفيد)"
                  r"(?:ه|ها|هم|هما)$")
_GLUED_ARTICLES = ("بال", "لل", "وال", "فال", "كال")
_ARTICLES = ("ال", "وال", "فال", "بال", "لل", "ولل", "كال")
# the years of an age told after a name ("(16 عاما)", "(5 سنوات)")
_YEARS = {"عاما", "عام", "سنه", "سنوات", "اعوام", "سنين"}
# verbs and words news puts right before the name of whom an event befell: no part of the name ("وقتل فلان (22 عاما)")
_BEFORE_NAME = re.compile(r"^[وف]?(?:قتل|قتلت|اصيب|اصيبت|استشهد|استشهدت|اعتقل|اعتقلت|اغتيل|اغتيلت|توفي|توفيت|اعدم"
                          r"|خطف|اختطف|اختطفت|ادين|ادينت|اتهم|اتهمت|اوقف|اوقفت|افرج|يدعي|تدعي|يدعو|المدعو|المدعوه"
                          r"|يسمي|تسمي|الشهيد|الشهيده|الضحيه|القتيل|الطفل|الطفله|المراهق|الشاب|الشابه|الفتي|الفتاه)$")


def asked_person(question: Question) -> tuple[str, ...] | None:
    """The descriptors (normalised, no article) of the person whose name a question asks: "ما اسم المراهق الذي
    ..." -> ("مراهق",), "ما اسم المعتقل السعودي الذي" -> ("معتقل", "سعودي"); () for an English question ("what was the
    name of the Palestinian teenager killed ...": only a name told with an age is read); None when it asks no
    person's name ("ما اسم العملية"، "what was the name of the camp")."""
    if not NAME_ASKED:
        return None
    if question.language == "ar":
        m = _ASKS_NAME_OF_AR.search(normalize(question.text))
        if m is None:
            return None
        word = m.group(1)
        noun = word[2:] if word.startswith("ال") else word
        # a nisba standing for a person ("ما اسم الفلسطيني الذي ..."), not a place's ("ما اسم الحي")
        nisba = word.startswith("ال") and noun.endswith("ي") and len(noun) >= 5
        if noun not in _PERSON_NOUNS and not nisba:
            return None
        # the descriptor's adjectives describe the person too ("المعتقل السعودي الستيني": "السعودي الستيني فلان")
        words = [noun]
        for w in normalize(question.text)[m.end():].split():
            if not w.startswith("ال") or w in _RELATIVE or len(w) < 5:
                break
            words.append(w[2:])
        return tuple(words)
    m = _ASKS_NAME_OF_EN.search(question.text)
    if m is None:
        return None
    words = m.group(1).split()
    if any(w.lower() in _PERSON_EN or w.lower().rstrip("s") in _PERSON_EN for w in words):
        return ()
    return () if words and _DEMONYM_EN.match(words[-1]) else None


def _described_names(toks: list, nouns: tuple[str, ...]) -> list[tuple[int, int]]:
    """Names right after one of the descriptors and its adjectives ("المراهق اليمني فلان الفلاني،"), ending at a
    phrase's end or at a word no name has."""
    out = []
    for i, t in enumerate(toks):
        # (the descriptor with its article: "معتقل سعودي ستيني" is no name)
        if t[2] or not t[1].startswith(_ARTICLES) or not any(is_descriptor(t[1], n) for n in nouns):
            continue
        j = i + 1
        while j < len(toks) and toks[j][1].startswith("ال") and toks[j][1] not in _RELATIVE and not toks[j - 1][2]:
            j += 1
        if j >= len(toks) or toks[j - 1][2] or toks[j][1].startswith("ال") or not _name_like(toks[j][1]):
            continue
        end = j
        while end < len(toks) and end - j < MAX_NAME and (_name_like(toks[end][1]) or toks[end][1] in _INSIDE) \
                and not _BEFORE_NAME.match(toks[end][1]) and toks[end][1] not in _ENDS_NAME:
            end += 1
            if toks[end - 1][2]:
                break
        if (end - j >= 2 or toks[j][3]) and _told_as_name(toks, j, end):
            out.append((j, end))
    return out


def _told_as_name(toks: list, start: int, end: int) -> bool:
    """The words after a descriptor are a name, not what the sentence says of it ("الطفل بالواجهة البحرية"، "الفتاة
    ساهمت بشكل ..."): none has a preposition glued to the article, and either the first is a given name (the
    extractor's list) or a hashtag, or the name ends the phrase (a comma, an age in brackets, "الذي"، "وهو")."""
    if any(t[1].startswith(_GLUED_ARTICLES) for t in toks[start:end]):
        return False
    if toks[start][1] in _GIVEN or toks[start][3]:
        return True
    return toks[end - 1][4] in "،," and toks[end - 1][2] or end < len(toks) and (
        toks[end][1] in _RELATIVE or toks[end][1] in _HE_IS or toks[end][1].isdigit())


def _marked(sentence: str) -> list[tuple[str, str, bool, int, str]]:
    """:func:`_tokens` with the punctuation ending each word (a hashtag's inner words: none)."""
    tails: list[str] = []
    for raw in sentence.split():
        n = len(_tokens(raw))  # (the words a raw token gives: a hashtag's parts, or none for punctuation alone)
        tails += [""] * (n - 1) + [raw[len(raw.rstrip(_PUNCT)):][:1]] if n else []
    return [(*t, tail) for t, tail in zip(_tokens(sentence), tails, strict=True)]


def _glossed_names(toks: list, raw: str) -> list[tuple[int, int]]:
    """Names told with an age right after them: "... على فلان علان الفلاني (16 عاما) في ..."."""
    out = []
    for i in range(1, len(toks) - 1):
        if not (toks[i][1].isdigit() and toks[i + 1][1] in _YEARS):
            continue
        # the number opens a parenthesis
        if "(" + toks[i][0] not in raw and "( " + toks[i][0] not in raw:
            continue
        span = _name_before(toks, i)
        if span is None:
            continue
        start, end = span
        # the name starts after the last word that is none of it: a descriptor ("للمراهق السوداني الأصل فلان"),
        # a verb ("ونجا"), a kin word ("وابنته فلانة"), a word that ends names ("مقتل")
        for k in range(end - 2, start - 1, -1):
            w = toks[k][1]
            if _BEFORE_NAME.match(w) or w in _ENDS_NAME or _KIN.match(w) or w.startswith(_ARTICLES) and not (
                    toks[k + 1][1].startswith("ال") or k > start and toks[k - 1][1] in _INSIDE):
                start = k + 1
                break
        # a name that opens with a given name opens there ("انتقادات حسنين رشيد (32 عاما)": no "انتقادات")
        start = next((k for k in range(start, end - 1) if toks[k][1] in _GIVEN or toks[k][1] in ("عبد", "ابو")),
                     start)
        # (a person told by what they are, not named: "مواطن بحريني (30 عاما)"، "بينهم شاب (17 عاما)")
        if any(t[1] in _PERSON_NOUNS or t[1][-1:] in "اه" and t[1][:-1] in _PERSON_NOUNS for t in toks[start:end]):
            continue
        if end - start >= 2 and not toks[start][1].startswith(_ARTICLES):
            out.append((start, end))
    return out


def named_person_claims(question: Question, evidence: Evidence) -> list[Claim]:
    """For a question asking the name of a person by what they are (:func:`asked_person`): the name a top article
    tells right after that descriptor ("المراهق فلان الفلاني") or with an age after it ("فلان الفلاني (16 عاما)", how
    news names whom an event befell), stated with its sentence; the article ranked first, then the sentence sharing
    most of the question's words. The record reader answers such questions with a man another article names (the
    extractor gives a victim no record), and the passage reader quotes the event's sentence without the name."""
    nouns = asked_person(question)
    if nouns is None:
        return []
    terms = set(question.expansion if question.language == "en" else question.terms)
    best: tuple[tuple[int, int, int], Claim] | None = None
    for doc_id, doc in evidence.top_about(question, TOP_DOCS):
        for k, (s, e) in enumerate(news_sentences(doc.text)):
            sentence = doc.text[s:e]
            toks = _marked(sentence)
            spans = _described_names(toks, nouns) if nouns else []
            if NAME_GLOSS:
                spans += _glossed_names(toks, sentence)
            if not spans:
                continue
            rank = (-evidence.rank_of(doc_id), len(terms & set(content_terms(sentence))), -k)
            if best is not None and rank <= best[0]:
                continue
            name = " ".join(t[0] for t in toks[spans[0][0]:spans[0][1]])
            quote = excerpt(sentence)
            text = (f"{name} — تقول المصادر: «{quote}»" if question.language == "ar"
                    else f"{in_english(name, 'en')} — the sources say (in Arabic): «{quote}»")
            keys = [name, *(w for w in name.split() if len(w) >= 3 and normalize(w) not in _INSIDE)]
            best = (rank, Claim(text, [(doc_id, s, e)], keys=keys, quoted=True))
    return [best[1]] if best else []
