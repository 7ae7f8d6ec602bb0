"""Whether a sentence names a place a question does not: a lexicon place, a word after a place's kind ("في منطقة
بيت بوس"), a world-gazetteer place after "في"; a town or district finer than a governorate.

Read by the passage reader (agent/qa/passages.py) and the last reader's place filler (agent/qa/sentence_pick.py);
a module of its own so that sentence_pick reads it without importing passages (which reads sentence_pick's filler
types through agent/qa/fillers.py).
"""

from __future__ import annotations

import re

from marsad.agent.qa.question import Question, _entry_pattern, mentions, places_in
from marsad.agent.qa.question_words import STOP_AR
from marsad.core.arabic import normalize

# a place told by its kind ("في منطقة بيت بوس"، "في مدينة الشرقاط"، "داخل سجن"): what a "where" sentence names
_PLACE_KIND = re.compile(r"(?<!\w)(?:[وفب]?(?:في|داخل|قرب|بالقرب من|عند|الي|من)\s+)(?:ال)?(?:منطقه|مدينه|بلده|قريه|حي|مخيم"
                         r"|مديريه|محافظه|ولايه|قضاء|ناحيه|مطار|ميناء|سجن|مستشفي|مقاطعه|اقليم|جزيره|العاصمه)\s+(\S+)")


def tells_place(question: Question, norm: str, lexicon) -> bool:
    """A normalised sentence names a place the question does not: a lexicon place, or a word after a place's
    kind ("في منطقة بيت بوس") -- what answers "where", which the question's own places do not."""
    if any(e.get("admin_level") != "country" and not any(e.id == p.id for p in question.places)
           and mentions(e, norm, normalized=True) for e in places_in(norm, lexicon)):
        return True
    if any(new_place_name(question, m.group(1)) for m in _PLACE_KIND.finditer(norm)):
        return True
    if FINE_PARTS and any(new_place_name(question, m.group(1)) for m in _FINE_PART.finditer(norm)):
        return True  # ("استعاد أولى مناطق مديرية X": FINE_PARTS)
    return WORLD_PLACE and world_place_after_in(question, norm)


WORLD_PLACE = True  # switch for A/B measurement (tests patch it)
# "في" glued or not to a name: "في مريلاند"، "بولاية" is a kind (read above), so only the bare preposition; or "في
# العاصمة/المدينة" and the name; or (pass 70) a "ب" glued to a name ("مؤتمر بشرم الشيخ"،
# "اجتماع بجنيف"): a word after it the world gazetteer knows, alone (four letters or more) or with the next word
_KIND_WORDS = "(?:عاصمه|مدينه|بلده|قريه|منطقه|محافظه|ولايه|مقاطعه|اقليم|جزيره)"  # (a kind of place is no name)
_IN_NAME = re.compile(rf"(?<!\w)(?:في\s+(?:(?:ال)?(?:عاصمه|مدينه)\s+)?|ب(?=[^\W\d]{{3}}))(?!ال)(?!{_KIND_WORDS}(?!\w))([^\W\d]{{3,}})(?:\s+([^\W\d]{{2,}}))?")


def world_place_after_in(question: Question, norm: str) -> bool:
    """A normalised sentence names, right after "في" (or a glued "ب"), a state, region or town the world gazetteer
    knows and the question does not ("في مريلاند" for "in which American state"; "بشرم الشيخ"): the lexicon holds the
    region's places, not every foreign state's. A name with the article is left out (Arabic common nouns: "في
    الصباح")."""
    from marsad.core.gazetteer import get_world_gazetteer

    gaz = get_world_gazetteer()
    asked = set(re.findall(r"\w+", normalize(question.text)))  # (the question's words, its punctuation off)

    def known(name: str) -> bool:
        return any(p.admin_level != "country" for p in gaz.lookup(name))

    return any(m.group(1) not in asked and new_place_name(question, m.group(1)) and (
        (len(m.group(1)) >= 4 and known(m.group(1))) or (m.group(2) is not None and known(f"{m.group(1)} {m.group(2)}")))
               for m in _IN_NAME.finditer(norm))


def new_place_name(question: Question, word: str) -> bool:
    """A normalised word after a place's kind is a name the question does not give: not one of its words, nor a
    spelling of a place or name it gives ("في سجن بطرابلس" answers no "which Tripoli prison"), nor a particle or a
    direction ("من قاعدة قرب الحدود" names no base)."""
    # (a country's own spellings only, not the places inside it: "قرب الرمادي" is news to a question about Iraq)
    if RELATION_NOT_NAME and word in _RELATION_WORDS:
        return False
    return word not in _NOT_NAMES and word not in set(normalize(question.text).split()) and not any(
        (pattern := _entry_pattern(e)) is not None and pattern.search(word) for e in question.entities)


# a verb or an adjective of what holds or owns the place, after its kind, is no name ("على معسكر تسيطر عليه قوة"،
# "في سجن تابع لـ"، "في حي يضم مطاعم": 13 hits in 13 unseen slice articles) (switch for A/B measurement)
RELATION_NOT_NAME = True
_RELATION_WORDS = frozenset({"يسيطر", "تسيطر", "يقع", "تقع", "تابع", "تابعه", "يتبع", "تتبع", "يضم", "تضم", "يتمركز",
                             "تتمركز", "يديره", "تديره", "يخضع", "تخضع", "خاضع", "خاضعه"})
_NOT_NAMES = STOP_AR | {"قرب", "بالقرب", "بجوار", "داخل", "خارج", "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي",
                        "شرقي", "غربي", "المذكور", "المذكوره", "نفسها", "نفسه", "اخري", "اخر"}


# a town, a district or a quarter told by its kind ("في مديرية ..."، "في منطقة ..."): finer than a governorate
_FINE_KINDS = "منطقه|مدينه|بلده|قريه|حي|مخيم|مديريه|قضاء|ناحيه"  # (normalised) the kinds of such a place
FINE_KIND = re.compile(rf"(?<!\w)(?:[وفب]?(?:في|داخل|قرب|بالقرب من|عند)\s+)(?:ال)?(?:{_FINE_KINDS})\s+(\S+)")
# ... or after a word for a part of it ("استعاد أولى مناطق مديرية X"، "وصلت إلى مشارف مدينة X"، "قرى مديرية X"): the
# place of an advance or a raid told by its parts, no preposition before the kind (A/B switch; 51 hits in 46 unseen
# slice articles, 5 of 5 read name a place)
FINE_PARTS = True
_FINE_PART = re.compile(rf"(?<!\w)[وفبل]?(?:مناطق|قري|احياء|مداخل|مدخل|مشارف|اطراف|ضواحي)\s+(?:{_FINE_KINDS})\s+(\S+)")
_COARSE_LEVELS = {"country", "governorate", "province", "region", "state"}


def tells_fine_place(question: Question, norm: str, lexicon) -> bool:
    """A normalised sentence names a place finer than a governorate that the question does not name: a lexicon
    town or district, or a word after a town's or a district's kind ("في مديرية ...")."""
    if any(e.get("admin_level") not in _COARSE_LEVELS and not any(e.id == p.id for p in question.places)
           and mentions(e, norm, normalized=True) for e in places_in(norm, lexicon)):
        return True
    if any(new_place_name(question, m.group(1)) for m in FINE_KIND.finditer(norm)):
        return True
    return FINE_PARTS and any(new_place_name(question, m.group(1)) for m in _FINE_PART.finditer(norm))
