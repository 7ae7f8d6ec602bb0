"""Answers to a question asking who holds an office ("من وزير الخارجية الفلاني الذي ..."، "Which Ruritanian trade
minister ...", "Who is the White House spokesman who ..."): the name news writes right beside the office's title.

News names an office holder by his title and then his name, with or without a comma between them and with the
office's portfolio and his state's adjective in the title ("وزير الدفاع الفلاني، فلان علان،"، "وزير الداخلية فلان
علان إن ..."), or by the name and then the title after a comma ("فلان علان، وزير الخارجية"). The question asks by the
title alone: the apposition reader (agent/qa/appositions.py) reads only a title with the article, then the name and a
relative pronoun, and the record reader holds such a man only when the extractor gave him a role. This reader reads
the top articles' sentences for the office asked (with its portfolio, when the question names one) beside a name,
and states the name with the sentence.
"""

from __future__ import annotations

import functools
import re

from marsad.agent.qa import rules
from marsad.agent.qa.appositions import _ENDS_NAME as _ENDS
from marsad.agent.qa.appositions import _GIVEN, _INSIDE, _KIN, _NO_NAME, _name_before, _name_like, _tokens
from marsad.agent.qa.compose import Claim, excerpt, in_english, news_sentences, nisba_code
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import Question, find_entities, mentions
from marsad.agent.qa.question_words import content_terms
from marsad.core.arabic import ALI, normalize, written_as_on
from marsad.core.lexicon import get_lexicon

__all__ = ["asked_office", "office_claims", "title_states"]

OFFICE_NAME = True  # switch for A/B measurement (tests patch it)
TOP_DOCS = 3  # the articles read: the top ones (an office holder named in a lower one is another story's)
REACH = 4  # most words from the office word to the name (its portfolio, a people's adjective, "باسم" and a body)
MAX_NAME = 4

# the office nouns an Arabic question asks by (normalised, no article; the feminine too)
_OFFICES_AR = ("وزير", "متحدث", "ناطق", "سفير", "مبعوث", "ممثل", "مندوب", "محافظ", "مدير", "مستشار")
_ASKS_AR = re.compile(r"^\W*[وف]?من\s+(?:هو\s+|هي\s+)?(?:ال)?(" + "|".join(_OFFICES_AR) + r")(?:ه)?(?!\w)\s*([^؟?]*)")
# what ends the office in a question: its relative clause or a preposition opening what he did
_CLAUSE_END = re.compile(r"(?<!\w)(?:الذي|التي|الذين|في|عن|خلال|عندما|حين|بعد|قبل|علي|من|الي|قال|قالت)(?!\w)")
# English office nouns and the Arabic office word(s) news writes for each
_OFFICES_EN = {"minister": ("وزير",), "spokesman": ("متحدث", "ناطق"), "spokeswoman": ("متحدث", "ناطق"),
               "spokesperson": ("متحدث", "ناطق"), "ambassador": ("سفير",), "envoy": ("مبعوث",),
               "representative": ("ممثل", "مندوب"), "governor": ("محافظ",), "director": ("مدير",),
               "adviser": ("مستشار",), "advisor": ("مستشار",), "chief": ("رييس", "مدير", "قايد"),
               "head": ("رييس", "مدير")}
_ASKS_EN = re.compile(r"^\W*(?:which\s+|who\s+(?:is|was)\s+(?:the\s+)?)((?:[\w'.-]+\s+){0,4}?)(" + "|".join(_OFFICES_EN)
                      + r")\b(?:\s+(?:of|for|to|at)\s+(?:the\s+)?((?:[\w'.-]+\s*){1,4}))?", re.I)
# "Who heads the association of ..." asks as "who is the head of the association of ..." does
_HEADS_EN = re.compile(r"^(\W*)who\s+(?:heads|headed)\s+(?:the\s+)?", re.I)


def _asks_en(text: str) -> re.Match[str] | None:
    """The match of :data:`_ASKS_EN` on an English question (one asking "who heads X" read as "who is the head of
    X")."""
    return _ASKS_EN.match(_HEADS_EN.sub(r"\1who is the head of the ", text, count=1))


# the question's words that end the office ("... for Yemen who said", "... minister said")
_EN_CLAUSE_END = re.compile(r"\b(?:who|that|which|when|whom|said|says|in|on|at|during|after|before|was|is|did|has|had"
                            r"|present|attending)\b",
                            re.I)
# English words of a title that name no body ("the", "'s"), and a people's adjective (read by its country's entity)
_TITLE_STOP_EN = frozenset({"the", "of", "for", "to", "at", "s", "a", "an", "and", "top", "senior", "former", "new",
                            "deputy", "then", "current", "state", "official"})
_DEMONYM = re.compile(r"^[a-z]+(?:ian|ean|an|i|ese|ish)$")
# switch for A/B measurement (tests patch it): an English title naming a body by words no entity, concept or portfolio
# says in Arabic is not read (any holder of the office would answer it)
UNSAID_TITLE = True
# words of the office itself, not what it is of
_OFFICE_WORDS_AR = frozenset({"باسم", "الرسمي", "الرسميه", "الاعلامي", "الاعلاميه", "العام", "السابق", "الجديد",
                              "الحالي", "الدايم", "الخاص", "شوون"})


def _bare(word: str) -> str:
    """A normalised word without a glued conjunction or preposition and its article."""
    w = re.sub(r"^(?:[وف]?(?:[بلك]?ال|لل))", "", word)
    return w if len(w) >= 2 else word


def _nisba(word: str) -> bool:
    return word.startswith("ال") and nisba_code(word[2:]) is not None


def _window_states(words) -> set[str]:
    """The states the people's adjectives among normalised words name ("الايراني" -> IR)."""
    return {c for w in words if (b := re.sub(r"^[وفبل]?(?=ال)", "", w)).startswith("ال") and (c := nisba_code(b[2:]))}


# The state whose adjective the question gives the office ("وزير الخارجية الإيراني"، "the Iranian foreign minister")
# is kept: a title naming another state's adjective is not the office asked (review60 #13: a bug fix, no switch)
_DEMONYM_STEM = 4  # letters of a country's English name a people's adjective starts with ("Iran" -> "Iranian")


def title_states(question: Question) -> frozenset[str]:
    """The states (ISO codes) the title a question asks by names by their people's adjective or their name ("من وزير
    الخارجية الإيراني"، "Which Iranian foreign minister", "Who is the US envoy"); empty when it names none."""
    if question.language == "ar":
        m = _ASKS_AR.match(normalize(question.text))
        if m is None:
            return frozenset()
        end = _CLAUSE_END.search(m.group(2))
        return frozenset(_window_states((m.group(2)[: end.start()] if end else m.group(2)).split()[:3]))
    m = _asks_en(question.text)
    if m is None:
        return frozenset()
    title = f"{m.group(1) or ''} {_EN_CLAUSE_END.split(m.group(3) or '')[0]}".lower()
    return _codes_named(question, title)


def _codes_named(question: Question, title: str) -> frozenset[str]:
    """The states (ISO codes) of the question's countries that a lower-cased part of it names by name or adjective."""
    from marsad.core.gazetteer import get_world_gazetteer

    words = re.findall(r"[a-z]+", title)
    world = get_world_gazetteer()
    codes = set()
    for e in (*question.entities, *question.places):
        if e.get("admin_level") != "country":
            continue
        names = [n.lower() for n in (e.name_en, *e.en) if n]
        if _said_names(e, title) or any(
                _DEMONYM.match(w) and len(n) >= _DEMONYM_STEM and w.startswith(n[:_DEMONYM_STEM]) for w in words
                for n in names):
            codes.add(world.country_code(e.canonical))
    return frozenset(c for c in codes if c)


_POSTED_EN = re.compile(r"\b(?:ambassador|envoy)\s+to\s+(?:the\s+)?((?:[\w'.-]+\s*){1,3})", re.I)
_OF_EN = re.compile(r"\bof\b", re.I)  # ends the posting: "the ambassador to Lebanon of Saudi Arabia" is posted to Lebanon


def asked_posting(question: Question) -> tuple[frozenset[str], frozenset[str]] | None:
    """(the states the envoy asked serves, those he is posted to) of an English question asking by an envoy's posting
    ("Who was France's ambassador to Saudi Arabia", "the Saudi ambassador to Lebanon"), else None."""
    if question.language != "en":
        return None
    m, to = _asks_en(question.text), _POSTED_EN.search(question.text)
    if m is None or to is None:
        return None
    serves = _codes_named(question, (m.group(1) or "").lower())
    at = _codes_named(question, _OF_EN.split(_EN_CLAUSE_END.split(to.group(1))[0])[0].lower())
    return (serves, at) if serves or at else None


def _said_names(entity, text: str) -> list[str]:
    """The English names of ``entity`` (as the lexicon writes them) that a lower-cased ``text`` holds as whole words."""
    return [n for n in (entity.name_en, *entity.en) if n and re.search(rf"\b{re.escape(n.lower())}\b", text)]


@functools.lru_cache(maxsize=1)
def _portfolios_en() -> dict[str, tuple[str, ...]]:
    return {k: tuple(normalize(v) for v in str(vs).split("|")) for k, vs in rules.table("qa_words", "qa_portfolios").items()}


def asked_office(question: Question) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...], tuple] | None:
    """(the office words (normalised, no article), what it is of -- each item the bare Arabic forms one of which
    news writes after the office word --, the question's entities named in the title (English)) of a question asking
    who holds an office, or None."""
    if not OFFICE_NAME:
        return None
    if question.language == "ar":
        m = _ASKS_AR.match(normalize(question.text))
        if m is None:
            return None
        rest = m.group(2)
        end = _CLAUSE_END.search(rest)
        words = (rest[: end.start()] if end else rest).split()[:3]
        body = []
        for w in words:
            if w in _OFFICE_WORDS_AR or _nisba(w):
                continue
            if not w.startswith("ال") and not body:
                break  # (a name or a verb after the office: "من وزير فلان ..." asks no title)
            body.append((_bare(w),))
        return (m.group(1),), tuple(body[:2]), ()
    m = _asks_en(question.text)
    if m is None:
        return None
    office = _OFFICES_EN[m.group(2).lower()]
    before = m.group(1) or ""
    after = _EN_CLAUSE_END.split(m.group(3) or "")[0]
    body_text = f"{before} {after}".lower()
    table = _portfolios_en()
    body = [table[w] for w in re.findall(r"[a-z]+", body_text) if w in table]
    said = {w for e in (*question.entities, *question.concepts) for n in _said_names(e, body_text)
            for w in re.findall(r"[a-z]+", n.lower())}
    left = [w for w in re.findall(r"[a-z]+", body_text) if w not in table and w not in said and w not in _TITLE_STOP_EN
            and not _DEMONYM.match(w)]
    if UNSAID_TITLE and left:
        return None  # ("the head of the organisation against trafficking": a body no article word is known for)
    ents = tuple(e for e in (*question.entities, *question.concepts)
                 if e.get("admin_level") != "country" and not any(o in normalize(e.canonical or "") for o in office)
                 and any(len(n) >= 3 or n.isupper() and len(n) == 2 for n in _said_names(e, body_text)))
    return office, tuple(body), ents


# office words whose feminine is another noun: "محافظة" is a governorate, not a woman governor
_FEMININE_OTHER = frozenset({"محافظ"})


def _is_office(word: str, offices: tuple[str, ...]) -> bool:
    """A normalised word is one of the office words (with the article, a glued conjunction or preposition, the
    feminine -- unless it names something else, :data:`_FEMININE_OTHER` -- or the accusative ending)."""
    forms = {word, _bare(word), word[1:] if word[:1] in "وفبل" else word}
    return any(f == o or f == o + "ا" or f == o + "ه" and o not in _FEMININE_OTHER for f in forms for o in offices)


# the word before an office that makes it another ("نائب المتحدث"، "مساعد وزير")
_DEPUTY = re.compile(r"^[وفبل]?(?:نايب|مساعد|وكيل)$")
# nouns of a body or an area, which stand in no name ("لشرطة منطقة كذا"، "حكومة فلانيا")
_NOT_NAME = re.compile(r"^[وفبل]?(?:منطقه|مديريه|محافظه|اقليم|ولايه|امن|شرطه|حكومه|وزاره|قوات|قياده|رييس|نايب|مجلس"
                       r"|جيش|حركه|جماعه|مكتب|اداره|هييه|سلطه|دوله|جمهوريه|قوله|قولها|تصريح|تصريحات|بيان|خلفا|جهاز|اركان"
                       r"|مصلحه|دايره|وحده|لجنه|نقابه|اتحاد|منظمه|مركز|موسسه|شركه)$")
# a counterpart or a kinsman after the name, which ends it ("فلان علان نظيره الفلاني"، "... وشقيقه")
_PEER = re.compile(r"^[وفبل]?نظير(?:ه|ها|يه|يها|هم|يهم|ته|تها)$")
_ALL_OFFICES = (*_OFFICES_AR, "رييس", "قايد")


def _name_from(toks: list, j: int) -> tuple[int, int] | None:
    """The name starting at token ``j``: up to :data:`MAX_NAME` name-like words, its first no article's; a family
    name with the article ("فلان الفلاني") ends it."""
    ali = j < len(toks) and _ali(toks, j)
    if j >= len(toks) or not ali and (toks[j][1].startswith(("ال", "لل", "بال", "وال", "فال", "كال"))
                                      or not _name_like(toks[j][1]) or _NO_NAME.match(toks[j][1])):
        return None
    end = j
    while end < len(toks) and end - j < MAX_NAME:
        t = toks[end]
        if not (end == j and ali) and (not (_name_like(t[1]) or t[1] in _INSIDE) or _NO_NAME.match(t[1])
                                       or t[1] in _ENDS):
            break
        if end > j and (_PEER.match(t[1]) or _KIN.match(t[1])):
            break
        if end - j >= 2 and _place(t[1]):
            break  # ("وزار وزير الخارجية فلان علان بغداد": the place he visited)
        if (_NOT_NAME.match(t[1]) or _is_office(t[1], _ALL_OFFICES)) and end > j:
            break
        if t[1] == "الله" and toks[end - 1][1] in ("عبد", "عبدا"):
            end += 1  # ("عبد الله": one word of the name)
            continue
        if t[1].startswith("ال") and end > j and not toks[j][3]:
            # a family name with the article ends the name (when it ends the phrase, or the name is one word yet)
            nxt = toks[end + 1][1] if end + 1 < len(toks) else ""
            if t[2] or end - j == 1 or not nxt or _NO_NAME.match(nxt) or nxt in _ENDS:
                end += 1
            break
        end += 1
        if t[2]:
            break
    return (j, end) if end - j >= 2 or (end > j and toks[j][3]) else None


def _ali(toks: list, j: int) -> bool:
    """Token ``j`` is the given name "علي" (written with ي, before "بن" or a given name), not the preposition على that
    normalises to it and is often written with ي too ("علي هامش المؤتمر"): "سفير ... لدى جمهورية لبنان علي بن فلان"."""
    return toks[j][1] == ALI and not written_as_on(toks[j][0]) and not toks[j][2] and j + 1 < len(toks) and (
        toks[j + 1][1] in _INSIDE or toks[j + 1][1] in _GIVEN)


def _known_person(name: str) -> bool:
    """The lexicon knows a person (an actor) by exactly this spelling ("نهاد المشنوق")."""
    norm = normalize(name)
    return any(e.kind == "actors" and any(normalize(f) == norm for f in e.ar) for e in find_entities(name, get_lexicon()))


def _place(word: str) -> bool:
    """A normalised word (no article) is a place's name the lexicon knows ("بغداد"، "طهران")."""
    return any(e.kind == "places" for e in find_entities(word, get_lexicon()))


def _title_word(toks: list, j: int, body: tuple, ents: tuple) -> bool:
    """Token ``j`` is still the office's title: a word with the article (the portfolio, a people's adjective), an
    office word, the body after "باسم", a word of the portfolio or of an entity the title names, or a word
    of an envoy's posting ("سفير فرنسا لدى لبنان"، "سفير خادم الحرمين الشريفين لدى ...")."""
    w = toks[j][1]
    return w.startswith("ال") or w in _OFFICE_WORDS_AR or toks[j - 1][1] == "باسم" or bool(_NOT_NAME.match(w)) \
        or any(f in w for forms in body for f in forms) or bool(ents and any(mentions(e, w, normalized=True) for e in ents)) \
        or w in _POSTING_WORDS or _state_code(w) is not None


# An envoy's title names the state he serves and the one he is posted to
# ("سفير فرنسا لدى المملكة فلان"، "سفير خادم الحرمين الشريفين لدى جمهورية لبنان فلان", the Saudi king's title standing
# for his kingdom); both are title words, and a question naming them ("France's ambassador to Saudi Arabia", "the Saudi
# ambassador to Lebanon") takes only a holder whose title names them so (not the other state's envoy to the first)
_AT = "لدي"  # (normalised لدى: "at", the posting)
_RULER = ("خادم", "الحرمين", "الشريفين")  # the Saudi king's title, written for the kingdom in its envoys' titles
_POSTING_WORDS = frozenset({_AT, *_RULER})
_KINGDOM = "المملكه"  # "لدى المملكة": the kingdom the news is from (the Saudi press this is read in)


@functools.lru_cache(maxsize=4096)
def _state_code(word: str) -> str | None:
    """The ISO code of the state a normalised word names by its name (with a glued و: "ونيوزيلندا"), else None."""
    from marsad.core.gazetteer import get_world_gazetteer

    bare = word[1:] if word[:1] == "و" and len(word) > 4 else word
    if len(bare) < 3 or bare.startswith("ال") and not bare.startswith("السعودي"):
        return None
    return get_world_gazetteer().country_code(bare)


def _posting_states(words: list[str]) -> tuple[set[str], set[str]]:
    """(the states an envoy's title says he serves, those it says he is posted to): the words before "لدى" and after
    it, by name, adjective or the Saudi king's title; two empty sets for a title without "لدى"."""
    if _AT not in words:
        return set(), set()
    k = words.index(_AT)

    def codes(ws: list[str], after: bool) -> set[str]:
        out = {c for w in ws if (c := _state_code(w))} | _window_states(ws)
        if any(w in _RULER for w in ws) or after and _KINGDOM in ws:
            out.add("SA")
        return out

    return codes(words[:k], False), codes(words[k + 1:], True)


# "the minister" with the article and no portfolio after it, a few words
# after the ministry the sentence names ("مصادر وزارة الداخلية أعربت عن نية الوزير فلان"), is that ministry's minister
_MINISTRY_REACH = 8  # most words from the ministry back to "the minister"
_MINISTRY = re.compile(r"^[وفبل]?وزار(?:ه|ات)$")


def _ministry_before(toks: list, i: int, body: tuple) -> bool:
    """Token ``i`` is "الوزير" (the article, no portfolio after it) and a ministry of the portfolio asked is named
    within :data:`_MINISTRY_REACH` words before it, in the same sentence."""
    if re.sub(r"^[وفبل]", "", toks[i][1]) not in ("الوزير", "الوزيره"):
        return False
    if i + 1 < len(toks) and toks[i + 1][1].startswith("ال"):
        return False  # ("الوزير الأول"، "الوزير المرافق": another title)
    before = toks[max(0, i - _MINISTRY_REACH): i]
    return any(_MINISTRY.match(w[1]) and k + 1 < len(before)
               and all(any(f in before[k + 1][1] for f in forms) for forms in body)
               for k, w in enumerate(before))


def _posts_elsewhere(posting: tuple[frozenset[str], frozenset[str]], title: list[str]) -> bool:
    """An envoy's title (normalised words after the office word) names a state he serves or is posted to that is not
    the one the question names (``posting``: :func:`asked_posting`)."""
    serves, at = _posting_states(title)
    return bool(serves and posting[0] and not serves & posting[0] or at and posting[1] and not at & posting[1])


def _named_holders(sentence: str, offices: tuple[str, ...], body: tuple, ents: tuple,
                   states: frozenset[str] = frozenset(),
                   posting: tuple[frozenset[str], frozenset[str]] | None = None) -> list[str]:
    """The names a sentence writes beside the office asked (of what the question names it of, when it does; of the
    ``states`` the question's title names, when the sentence's title names a state by its adjective; of the states
    an envoy serves and is posted to, ``posting``, when the question names them)."""
    toks = _tokens(sentence)
    found = []
    for i, t in enumerate(toks):
        if not _is_office(t[1], offices):
            continue
        window = toks[i + 1: i + 1 + REACH]
        words = [w[1] for w in window]
        # ("الوزير" after the ministry asked: his name must open with a given name or be a person the lexicon knows --
        # "إن الوزير زار المحافظة" names none)
        by_ministry = bool(body) and not all(any(f in w for f in forms for w in words) for forms in body)
        if by_ministry and not _ministry_before(toks, i, body):
            continue
        if ents and not any(mentions(e, " ".join(words), normalized=True) for e in ents):
            continue
        title = words[: next((k for k, w in enumerate(words) if not (w.startswith("ال") or w in _OFFICE_WORDS_AR)),
                             len(words))]
        if states and (said := _window_states(title)) and not said & states:
            continue  # ("وزير الخارجية الأمريكي" for the Iranian one asked)
        if i and _DEPUTY.match(toks[i - 1][1]):
            continue  # ("نائب المتحدث باسم ...": another office)
        # the title, then the name: skip the title's words (article words, "باسم" and the body after it, the
        # portfolio's words) up to a comma or the first word of none of them
        span = None
        j = i + 1
        # (an envoy's posting lengthens the title: "سفير خادم الحرمين الشريفين لدى جمهورية لبنان")
        reach = REACH + 3 if any(w in _POSTING_WORDS for w in words) else REACH
        if not t[2]:
            while j < len(toks) and j - i <= reach and not toks[j - 1][2] and _title_word(toks, j, body, ents):
                j += 1
            if posting and _posts_elsewhere(posting, [w[1] for w in toks[i + 1: j]]):
                continue  # ("سفير لبنان لدى المملكة" for the Saudi envoy to Lebanon asked)
            if j - i <= REACH + 1 and j < len(toks) and toks[j - 1][2]:
                # (after a comma: a rank with the article -- "، العميد فلان" -- before the name)
                while j < len(toks) and toks[j][1].startswith("ال") and not toks[j][2]:
                    j += 1
            if j - i <= reach + 4 and j < len(toks):
                # (a body the title names without the article -- "باسم حكومة فلانيا"، "لشرطة منطقة كذا" -- or a
                # rank: the name opens at a given name within two words, or right there)
                k = next((k for k in range(j, min(j + 3, len(toks))) if (toks[k][1] in _GIVEN or _ali(toks, k))
                          and (k == j or not toks[k - 1][2])), j)
                span = _name_from(toks, k)
                if span and by_ministry and not (toks[k][1] in _GIVEN or _ali(toks, k)
                                                 or _known_person(" ".join(x[0] for x in toks[span[0]:span[1]]))):
                    span = None
        # ... or the name, a comma, then the title ("فلان علان، وزير الخارجية")
        if span is None and i >= 2 and toks[i - 1][2]:
            span = _name_before(toks, i)
        if span and any(_NOT_NAME.match(x[1]) for x in toks[span[0]:span[1]]):
            span = None
        if span:
            found.append(" ".join(x[0] for x in toks[span[0]:span[1]]))
    return found


def _asked_person(question: Question, name: str) -> bool:
    """A holder's name is of a man the question names (an official of the lexicon, or a name found by
    transliteration): the entity's own spellings in it, or the same name by the one matcher every "who" reader's
    answers are checked with (:func:`marsad.agent.qa.named_answers.names_own`: the same words, or the same first and
    last word). A name merely inside a named man's spelling ("عبد الله" in "فيصل بن عبد الله") is another man."""
    from marsad.agent.qa.named_answers import names_own

    norm = normalize(name)
    return any((e.kind == "names" or e.kind == "actors" and e.get("type") == "official")
               and mentions(e, norm, normalized=True) for e in question.entities) or names_own(question, name)


def office_claims(question: Question, evidence: Evidence) -> list[Claim]:
    """For a question asking who holds an office (:func:`asked_office`): the name a top article writes beside that
    office, stated with its sentence; the article ranked first, then the sentence sharing most of the question's
    words. [] when no top article about the question's subject names a holder of it."""
    asked = asked_office(question)
    if asked is None:
        return []
    offices, body, ents = asked
    states = title_states(question)
    posting = asked_posting(question)
    terms = set(question.expansion if question.language == "en" else question.terms)
    best: tuple[tuple[int, int, int], Claim] | None = None
    for doc_id, doc in evidence.top_about(question, TOP_DOCS):
        for k, (s, e) in enumerate(news_sentences(doc.text)):
            sentence = doc.text[s:e]
            # (not a man the question itself names: "which Italian minister met the Saudi minister X" -- the
            # sentence naming both offices writes X first)
            names = [n for n in _named_holders(sentence, offices, body, ents, states, posting) if not _asked_person(question, n)]
            if not names:
                continue
            rank = (-evidence.rank_of(doc_id), len(terms & set(content_terms(sentence))), -k)
            if best is not None and rank <= best[0]:
                continue
            name = names[0]
            quote = excerpt(sentence)
            text = (f"{name} — تقول المصادر: «{quote}»" if question.language == "ar"
                    else f"{in_english(name, 'en')} — the sources say (in Arabic): «{quote}»")
            keys = [name, *(w for w in name.split() if len(w) >= 3 and normalize(w) not in _INSIDE)]
            best = (rank, Claim(text, [(doc_id, s, e)], keys=keys, quoted=True))
    return [best[1]] if best else []

