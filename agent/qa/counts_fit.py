"""Counts of people: how a stated count fits the question.

Whom its noun and its neighbourhood count, the scene its sentence belongs to, the kind of incident and the
places its clause tells of, a round-up of several incidents, and how badly the counted were hurt; for a count of
things (:mod:`counts_things`), the countries its clause names (:func:`country_part`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.agent.numbers import word_value
from marsad.agent.qa.counts_cues import _CATEGORIES, _CLAUSE_END, _COUNTERS, _KIN
from marsad.agent.qa.counts_sentences import _Count
from marsad.agent.qa.question import Question, mention_starts, mentions, places_in
from marsad.core.arabic import normalize, tokenize
from marsad.core.lexicon import get_lexicon


def _category_fit(category: str, window: str) -> float:
    """How a count's neighbourhood fits who the question counts: +0.4 it names them, -1.2 it names
    only others ("300 Taliban fighters" for a question about the security forces), else -0.4."""
    if re.search(_CATEGORIES[category][2], window):
        return 0.4
    others = [name for name in _CATEGORIES if name not in _KIN[category]]
    if any(re.search(_CATEGORIES[name][2], window) for name in others):
        return -1.2
    return -0.4


def _noun_category(token: str) -> str | None:
    """The category the noun right after a number names ("متطرفين" militants, "جنديا" soldiers), or None (a
    counter word such as "عنصرا" or "شخصا", or a word of no category)."""
    word = re.sub(r"^[وفبل]?(?:ال)?", "", normalize(token))
    if not word or _COUNTERS.match(word):
        return None
    hits = [name for name, (_, _, ar) in _CATEGORIES.items() if re.match(rf"(?:{ar})", word)]
    # words of kin categories ("جنود": soldiers and security forces) name the first; of unrelated ones, none
    return hits[0] if hits and all(h in _KIN[hits[0]] or hits[0] in _KIN[h] for h in hits) else None


_SHIFT = re.compile(r"^\W*(من ناحيه اخري|من جهه اخري|في سياق اخر|وفي سياق اخر|في سياق متصل|علي صعيد اخر|وعلي صعيد اخر"
                    r"|الي ذلك|والي ذلك|في غضون ذلك|وفي تطور اخر|في تطور اخر|في الاثناء|وفي الاثناء|كذلك|في حادث اخر"
                    r"|وفي حادث اخر|في حادث منفصل|وفي حادث منفصل|وفي هجوم اخر|في هجوم اخر|وفي|اما)(?!\w)")


def scenes(question: Question, sentences: list[str]) -> list[str]:
    """For each sentence, the text that sets its scene: the last sentence naming the question's places.

    News names a place once and goes on about it ("25 of the security forces were killed too"); a
    transition ("من ناحية أخرى", "وفي حادث آخر", "وفي <another place>") starts another scene, which
    lasts until a sentence names the question's places again. A sentence in another scene gets ""
    (and the lead sentences, before any place is named, the lead itself).
    """
    places = question.places
    out: list[str] = []
    scene = " ".join(sentences[:1])
    for sentence in sentences:
        norm = normalize(sentence)
        if places and len(norm.split()) >= 6 and all(mentions(p, norm, normalized=True) for p in places):
            scene = sentence  # (a dateline "بغداد –" is where the reporter is, not a scene)
        elif _SHIFT.match(norm):
            scene = ""
        out.append(scene)
    return out


# Incident kinds (the lexicon's event concepts) that may tell of the same incident: a car bomb is an explosion.
_KIND_FAMILY = {"car_bomb": "blast", "ied": "blast", "suicide_attack": "blast", "explosion": "blast",
                "armed_assault": "fire", "ambush": "fire", "sniper": "fire", "infiltration": "fire",
                "airstrike": "air", "shelling": "air", "assassination": "assassination", "execution": "execution",
                "kidnapped": "kidnapping", "arson": "arson"}
KIND_MISMATCH = 0.6  # a count told of another kind of incident than the question asks about
CLAUSE_OTHER_PLACE = 0.5  # a count whose own clause names another place (and none of the question's)
SENTENCE_OTHER_PLACE = 0.3  # a count in a clause naming no place, whose sentence names only other places
CLAUSE_SEVERAL_PLACES = 0.5  # a count whose own clause names an asked place and an unrelated other one (a sum)
KIND_MATCH = 0.3  # a count told of the kind of incident the question asks about


# several incidents in one count: "قتل 5 شرطيين في هجمات نسبت إلى ..."، "killed in attacks across the country"
_SEVERAL_AR = re.compile(r"^[وفب]{0,2}(?:ال)?(هجمات|اعتداءات|تفجيرات|انفجارات|عمليات|حوادث|هجومين|تفجيرين|اعتداءين)$")
_SEVERAL_EN = re.compile(r"^(attacks|bombings|blasts|explosions|incidents|assaults)$")


def incident_kinds(entries) -> set[str]:
    """The incident kinds (blast, fire, air, ...) that lexicon event concepts name."""
    return {_KIND_FAMILY[e.get("concept")] for e in entries
            if e.kind == "glossary" and e.get("category") == "event" and e.get("concept") in _KIND_FAMILY}


@lru_cache(maxsize=4)
def _event_concepts(lexicon) -> tuple:
    return tuple(e for e in lexicon.of_kind("glossary")
                 if e.get("category") == "event" and e.get("concept") in _KIND_FAMILY)


def _kinds_in(norm: str) -> set[str]:
    """The incident kinds a normalised text tells of (only the event concepts' patterns are run)."""
    return incident_kinds(e for e in _event_concepts(get_lexicon()) if mentions(e, norm, normalized=True))


def _places_in(norm: str) -> list:
    """The lexicon places a normalised text names (only the place entries it may name are tried)."""
    return [e for e in places_in(norm, get_lexicon()) if mentions(e, norm, normalized=True)]


def kind_fit(question: Question, sentence_norm: str) -> float:
    """-KIND_MISMATCH when the question asks about one kind of incident ("clashes") and the sentence
    tells only of another ("a car bomb exploded"), +KIND_MATCH when it tells of the asked kind, else 0."""
    asked = incident_kinds(question.concepts)
    if not asked:
        return 0.0
    told = _kinds_in(sentence_norm)
    if told & asked:
        return KIND_MATCH
    return -KIND_MISMATCH if told else 0.0


def _related(place, asked) -> bool:
    """``place`` is one of the asked places, or in the same governorate as one (Aden and Taiz, both in
    Yemen, are other places to each other)."""
    return any(place.id == q.id or (place.get("governorate") and place.get("governorate") == q.get("governorate"))
               for q in asked)


def _clause_at(sentence: str, start: int) -> str | None:
    """The normalised clause (between clause breaks) holding the ``start``-th word of a sentence; None past its end."""
    words = [m.span() for m in re.finditer(r"\w+", sentence)]
    if start >= len(words):
        return None
    at = words[start][0]
    starts = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, at)]
    end = _CLAUSE_END.search(sentence, at)
    return normalize(sentence[(starts[-1] if starts else 0): (end.start() if end else len(sentence))])


def clause_fit(question: Question, sentence: str, count: _Count) -> float:
    """-CLAUSE_OTHER_PLACE when the clause that states a count (between commas) names places below the
    country, none of them asked about or in the same governorate as one ("وفيما سقط 12 من
    مسلحي فصيل في بيجي" for a question about Baghdad); a clause naming no place is judged by its
    sentence the same way (-SENTENCE_OTHER_PLACE); else 0. (A clause naming the asked place earns
    nothing: that is most often the lead sentence, which other rules already weigh.)"""
    if not question.places:
        return 0.0
    clause = _clause_at(sentence, count.start)
    if clause is None:
        return 0.0
    for text, penalty in ((clause, CLAUSE_OTHER_PLACE), (normalize(sentence), SENTENCE_OTHER_PLACE)):
        if any(mentions(p, text, normalized=True) for p in question.places):
            if text is clause and _beside_other_place(question, clause):
                return -CLAUSE_SEVERAL_PLACES  # "23 killed in Baiji and Ramadi": a sum over places, not the asked one's
            return 0.0
        others = [e for e in _places_in(text) if e.get("admin_level") != "country"]
        if others:
            return 0.0 if any(_related(e, question.places) for e in others) else -penalty
    return 0.0


def _beside_other_place(question: Question, clause: str) -> bool:
    """The normalised clause names, beside the question's places, another place below the country level that the
    question does not name and that is not in the same governorate as an asked one: its count is told of both."""
    asked = [p for p in question.places if p.get("admin_level") != "country"]
    if not asked:
        return False
    others = [e for e in _places_in(clause) if e.get("admin_level") != "country"
              and not any(e.id == q.id for q in question.places)]
    others = [e for e in others if not _related(e, asked)]
    # told together, joined by "و" ("في قضاء بيجي ومدينة الرمادي"), not one locating the other ("جنوب الشيخ زويد
    # شرق العريش")
    return bool(others) and any(_conjoined(e, clause) for e in [*others, *asked])


COUNTRY_PART = 0.5  # a count of things whose clause names the asked country alone, or it with another (a sum)


def country_part(question: Question, sentence: str, start: int) -> float:
    """How the clause of a count of things (``start``: its first token) fits the countries a question names, when
    a report gives a total over several countries and then each one's part ("شن التحالف 30 غارة على سوريا
    والعراق ... ومن بينها 12 غارة على سوريا"): -COUNTRY_PART when the clause names an asked country joined by "و" with
    one the question does not name (a sum over both), or names only countries the question does not name (another
    country's part); +COUNTRY_PART when it names an asked country and no other; else 0."""
    asked = [p for p in question.places if p.get("admin_level") == "country"]
    if not asked:
        return 0.0
    clause = _clause_at(sentence, start)
    if clause is None:
        return 0.0
    named = [p for p in asked if mentions(p, clause, normalized=True)]
    others = [e for e in _places_in(clause) if e.get("admin_level") == "country" and not any(e.id == q.id for q in asked)]
    if named and others:
        return -COUNTRY_PART if any(_conjoined(e, clause) for e in [*others, *named]) else 0.0
    if others:
        return -COUNTRY_PART
    return COUNTRY_PART if named else 0.0


def _conjoined(place, norm: str) -> bool:
    """Normalised text names ``place`` after the conjunction "و" glued to it or to its administrative word."""
    return any(norm[s] == "و" and 0 in mention_starts(place, norm[s + 1:]) for s in mention_starts(place, norm))


def several_incidents(question: Question, toks: list[str], count: _Count) -> bool:
    """The count is a round-up of several incidents ("لقي 4 عسكريين ومدني حتفهم في هجمات اتهم بها ..."): a plural
    incident word stands within six tokens after it, and the question does not itself ask about several
    ("how many were killed in the attacks")."""
    end = count.end if count.end > count.start else count.start + 1
    after = [t.lower() for t in toks[end: end + 6]]
    if not any(_SEVERAL_AR.match(t) or _SEVERAL_EN.match(t) for t in after):
        return False
    asked = tokenize(normalize(question.text) if question.language == "ar" else question.text.lower())
    return not any(_SEVERAL_AR.match(t) or _SEVERAL_EN.match(t) for t in asked)


# "N of them" after a number: whom it counts was named before the verb ("تجمع لإرهابيي داعش، ما أسفر عن قتل 21 منهم")
_OF_THEM = re.compile(r"^[وف]?(منهم|منهما|منها)$")
OF_THEM_REACH = 8  # tokens before such a number that may name whom it counts (else 3)


def _reach_back(toks: list[str], end: int) -> int:
    """How many tokens before a count its neighbourhood reaches to say whom it counts: further when "منهم" follows
    the number (the people were named before the verb), else three."""
    return OF_THEM_REACH if end < len(toks) and _OF_THEM.match(toks[end]) else 3


# how badly people were hurt: "بجروح خطيرة"، "إصابة اثنين منهم بالغة"، "بحالة حرجة" / "بجروح طفيفة" (normalised tokens)
_SEVERE = re.compile(r"^[\"«]?(?:ب)?(?:ال)?(خطيره|خطيرا|خطيرين|خطره|بالغه|بالغا|حرجه|حرجا|خطر|serious\w*|critical\w*|severe\w*"
                     r"|gravely)[\"»]?$", re.I)
_LIGHT = re.compile(r"^[\"«]?(?:ب)?(?:ال)?(طفيفه|طفيفا|متوسطه|خفيفه|minor|light\w*|slight\w*)[\"»]?$", re.I)


SEVERE_FIT = 0.8  # a count of the badly hurt, for a question about the seriously wounded (a light count: the same less)
ALL_HURT = 0.3  # a count of every injured, for a question about the seriously wounded


def _severity_fit(after: list[str]) -> float:
    """For a question about the seriously wounded: +SEVERE_FIT when the words after a count say they were badly
    hurt ("ثلاثة جنود أصيبوا بجروح خطيرة"), -SEVERE_FIT when lightly, else -ALL_HURT (every injured)."""
    for tok in after:
        if tok.isdigit() or word_value(tok):
            break  # another count's words ("جرح 5 من عناصره، ثلاثة منهم بحالة حرجة": the 5 are every injured)
        if _SEVERE.match(tok):
            return SEVERE_FIT
        if _LIGHT.match(tok):
            return -SEVERE_FIT
    return -ALL_HURT
