"""Matching questions to records and text: shared by the record and passage answerers.

Which records are *about* what a question names (its places must be the record's own
location, its attack kind must fit), how many of its words a text shares, the names to
use in an English answer, and the role words of "who is the X of Y" questions.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from marsad.agent.grounding import numbers_in
from marsad.agent.qa.question import (
    ATTACK_TYPE_CUES,
    MONTH_WORD,
    STOP_AR,
    Question,
    _entry_pattern,
    content_terms,
    mentions,
)
from marsad.agent.qa.subject import enough
from marsad.core.arabic import normalize, stem_tokens, tokenize
from marsad.core.lexicon import Lexicon, get_lexicon

__all__ = [
    "overlap", "question_terms", "location_text", "fields_text", "about", "kind_fits", "record_score", "Names",
    "role_cues", "rest_terms", "ROLE_AR", "GOVERNOR", "ROLE_EN", "english_offices",
]

# "محافظ" (governor), not "محافظة" (governorate).
GOVERNOR = r"(?<!\w)[وف]?(?:ال)?محافظ(?:ها|ا)?(?!\w)"  # and the accusative "عينه محافظا"
SECRETARY_MINISTER = True  # switch for A/B measurement (tests patch it)
# a secretary who heads a ministry ("British Foreign Secretary", "US Secretary of Defense"): a minister
MINISTER_SECRETARY = (r"\b(?:foreign|home|defen[cs]e|interior|treasury|health|energy|trade|justice|transport|education)"
                      r" secretar(?:y|ies)\b|\bsecretar(?:y|ies) of (?:state|defen[cs]e|the treasury|homeland security"
                      r"|the interior|energy|commerce|labou?r|health|education|transportation)\b")
# English role words -> the Arabic they are written as. Each English word is whole, with its plural: "head" is not read
# in "headquarters" or "heading", "president" not in "presidential", "governor" not in "Governorate"
ROLE_EN = {
    r"\bspokes(?:man|men|person|persons|woman|women)\b": "المتحدث|الناطق",
    r"\bgovernors?\b": GOVERNOR,
    r"\bministers?\b": "وزير",
    r"\bcommand(?:er|ant)s?\b": "قايد",
    r"\bsecretar(?:y|ies)\b": "الامين العام|امين",
    # a state's "foreign / home / defence secretary", "Secretary of State / Defense" is its minister (British and
    # American usage): news writes وزير
    MINISTER_SECRETARY: "وزير",
    r"\brepresentatives?\b": "ممثل",
    r"\bdeput(?:y|ies)\b": "نايب",
    r"\b(?:head|chief|president|chairman|leader|prime)s?\b": "رييس",
    r"\badvis[eo]rs?\b": "مستشار",
    r"\bdirectors?\b": "مدير",
    r"\bmp\b|member of parliament|lawmaker": "النايب",
}
# switch for A/B measurement: offices news names by words of their own that ROLE_EN lacked (pass 53: a who-is question
# about one was read by no reader or answered with another article's official: "Who is the police commissioner in
# Maiduguri ...", "Who is the Russian ambassador to the UN ...", "Who is the head of the Gaza fishermen's union ...")
MORE_OFFICES = True
MORE_OFFICES_EN = {
    # a police commissioner ("مفوض الشرطة في مايدوغوري"), a UN or EU commissioner ("المفوض السامي")
    r"\bcommissioners?\b": "مفوض",
    # a state's ambassador, written مندوب at the UN ("المندوب الروسي لدى الأمم المتحدة"); an envoy (a mayor: the
    # glossary's words for it, :data:`_GLOSSARY_OFFICES`)
    r"\bambassadors?\b": "سفير|مندوب",
    r"\benvoys?\b": "مبعوث",
    # the head of a trade or professional union is its نقيب ("نقيب الصحفيين", "نقيب الصيادين في غزة")
    r"\b(?:head|chief|president|chairman|leader)\b.*\b(?:\w+(?:'s|s'|\u2019s|s\u2019) (?:trade )?union|union of \w+"
    r"|syndicate|guild|bar association)\b": "نقيب",
}


# English office -> the glossary role entry whose Arabic forms name it (with MORE_OFFICES): a mayor is رئيس البلدية،
# عمدة، القائمقام، مدير الناحية, each also without its article ("رئيس بلدية الفلوجة")
_GLOSSARY_OFFICES = {r"\bmayors?\b": "mayor"}


@lru_cache(maxsize=8)
def _glossary_office(entry_id: str) -> str:
    """The Arabic pattern of a glossary role entry's forms, normalised, each word's article optional."""
    entry = next((e for e in get_lexicon().of_kind("glossary") if e.id == entry_id), None)
    if entry is None:
        return ""
    forms = {" ".join("(?:ال)?" + re.escape(w[2:] if w.startswith("ال") else w) for w in normalize(f).split())
             for f in (entry.canonical, *entry.ar)}
    return "|".join(sorted(forms, key=lambda f: (-len(f), f)))


def english_offices() -> list[tuple[str, str]]:
    """(English pattern, Arabic pattern) of every office word read in English questions: :data:`ROLE_EN`, and
    :data:`MORE_OFFICES_EN` and the glossary's offices (:data:`_GLOSSARY_OFFICES`) when :data:`MORE_OFFICES` is on."""
    if not MORE_OFFICES:
        return list(ROLE_EN.items())
    glossary = [(en, _glossary_office(i)) for en, i in _GLOSSARY_OFFICES.items()]
    return list(ROLE_EN.items()) + list(MORE_OFFICES_EN.items()) + [(en, ar) for en, ar in glossary if ar]


# switch for A/B measurement: the offices news writes in words of their own. A group's leader is its زعيم, قائد or (a
# jihadist group's) أمير, a state's its رئيس; an emir is a أمير; a unit's chief of staff is its رئيس أركان or (Yemeni,
# Egyptian army usage) أركان حرب: "who is the leader of Boko Haram" is answered by "زعيم جماعة بوكو حرام ..."
OWN_OFFICE_WORDS = True
# the English office -> the glossary role entries whose word news writes for it; an entry's word is the last of its
# canonical ("زعيم", "قائد", "أمير", "رئيس أركان" -> "أركان")
_OWN_OFFICES = {r"\bleaders?\b": ("leader", "commander", "emir"), r"\bemirs?\b": ("emir",),
                r"\bchiefs? of staff\b": ("chief_of_staff",)}
BOUNDED_OFFICE = True  # switch for A/B measurement (tests patch it)
# an office word is a whole word, with a conjunction, preposition or article before it and a pronoun or case ending
# after it ("وزعيمها", "للأمير", "أميرا"), never part of another ("امير" in "الأميركية", "الأميرال")
_OFFICE_WORD = r"(?<!\w)[وفبل]?(?:ال|لل)?{}(?:ه|ها|هم|هما|ا|ي)?(?!\w)"


@lru_cache(maxsize=8)
def _glossary_words(ids: tuple[str, ...]) -> tuple[str, ...]:
    entries = {e.id: e for e in get_lexicon().of_kind("glossary")}
    return tuple(normalize(entries[i].canonical).split()[-1] for i in ids if i in entries)


def _office_words(ids: tuple[str, ...]) -> str:
    """The pattern of the glossary role entries' words (:data:`_OWN_OFFICES`), each a whole word."""
    words = _glossary_words(ids)
    return "|".join(_OFFICE_WORD.format(w) if BOUNDED_OFFICE else w for w in words)


ROLE_AR = re.compile(r"المتحدث|الناطق|(?<!\w)[وف]?(?:ال)?محافظ(?:ها|ا)?(?!\w)|وزير|قايد|الامين العام|ممثل|نايب|رييس|مستشار|مدير")



ROOT_FORMS = True  # switch for A/B measurement (tests patch it): a verb's stem matches its verbal noun


def _verbal_noun(a: str, b: str) -> bool:
    """True when ``b`` is the verbal noun of the three-letter stem ``a`` (a long vowel after its second letter:
    "هبط" / "هبوط", "سقط" / "سقوط", "قتل" / "قتال"), with any ending ("هبوطها")."""
    return len(a) == 3 and len(b) >= 4 and b[:2] == a[:2] and b[2] in "وا" and b[3] == a[2]


def overlap(terms: tuple[str, ...], text_terms: set[str]) -> int:
    """How many question stems a text shares (a stem matches another that starts with it, 3+ letters; a verb's
    stem matches its verbal noun and back)."""
    count = 0
    for t in terms:
        count += _shares(t, text_terms)
    return count


def _shares(t: str, text_terms: set[str]) -> bool:
    if t in text_terms or (len(t) >= 3 and any(x.startswith(t) or (len(x) >= 3 and t.startswith(x))
                                               for x in text_terms)):
        return True
    return ROOT_FORMS and len(t) >= 3 and any(_verbal_noun(t, x) or _verbal_noun(x, t) for x in text_terms)


def question_terms(question: Question) -> tuple[str, ...]:
    """The stems evidence is ranked by: the question's own (Arabic) or its lexicon terms (English)."""
    return question.terms if question.language == "ar" else question.expansion


def location_text(loc) -> str:
    """Every name of a location (as written, canonical, English, district, governorate), space-joined."""
    if loc is None:
        return ""
    return " ".join(str(x) for x in (loc.name, loc.canonical_name, loc.name_en, loc.district, loc.governorate) if x)


def fields_text(rec) -> str:
    """The text of a record's fields (names, roles, places, phrases), space-joined, for matching."""
    parts: list[str] = []
    for name in ("name", "canonical_name", "name_en", "role", "affiliation", "perpetrator", "target", "lead",
                 "purpose", "agreement_type", "killed_text", "injured_text", "date_text"):
        value = getattr(rec, name, None)
        if isinstance(value, str):
            parts.append(value)
    for name in ("participants", "parties", "provisions", "weapons", "aliases"):
        parts.extend(str(x) for x in getattr(rec, name, None) or [])
    parts.append(location_text(getattr(rec, "location", None)))
    for loc in getattr(rec, "locations", None) or []:
        parts.append(location_text(loc))
    return " ".join(p for p in parts if p)


def about(question: Question, rec) -> bool:
    """Enough of the question's key entities (:mod:`marsad.agent.qa.subject`) are named in the record's
    fields or quotes.

    A place asked about must be the record's own location when it has one: a room in
    Nineveh does not answer a question about Kirkuk because its article also names Kirkuk.
    (Agreements excepted: "the Baghdad-Erbil agreement" names its parties by their capitals.)
    Numbers in the question must be stated by the record.
    """
    if not kind_fits(question, rec):
        return False
    text = fields_text(rec) + " " + " ".join(c.quote for c in rec.citations)
    if question.numbers:  # "where were 27 killed": the record must state 27
        stated = numbers_in(text) | {n for n in (getattr(rec, "killed", None), getattr(rec, "injured", None)) if n}
        if not set(question.numbers) <= stated:
            return False
    located = [loc for loc in [getattr(rec, "location", None), *(getattr(rec, "locations", None) or [])] if loc]
    where = " ".join(location_text(loc) for loc in located)
    # an agreement's places are often its parties by metonymy ("between Baghdad and Erbil"),
    # so for agreements a place named in the quotes counts too
    strict_place = located and not hasattr(rec, "parties")
    named = []
    for entity in question.entities:
        if entity.kind == "places" and strict_place:
            if not mentions(entity, where) and not all(_coarse_around(loc, entity) or _within(loc, entity)
                                                       for loc in located):
                return False  # located elsewhere: a room in Nineveh does not answer about Kirkuk
            named.append(True)
        else:
            named.append(mentions(entity, text))
    return enough(question, named)


_COARSE = {"country", "area", "region"}


def _coarse_around(loc, place) -> bool:
    """A record located only by a country or a part of one ("غرب أفغانستان") that holds the asked place
    (Herat): the record may be about it. Its claim must still find the place named next to its
    citation (compose's NEAR_SENTENCES) to be stated."""
    if (loc.admin_level or "") not in _COARSE and (loc.geo_precision or "") != "country":
        return False
    country = place.get("country") or ("Iraq" if place.get("governorate") else None)
    return bool(country) and country in {loc.country_name, loc.name_en, loc.canonical_name}


def _within(loc, place) -> bool:
    """The asked place is a country and the record's location lies in it (Ramadi for "in Iraq")."""
    return place.get("admin_level") == "country" and bool(place.name_en) and loc.country_name == place.name_en


def kind_fits(question: Question, rec) -> bool:
    """An attack record is of the kind the question names (a car bomb question skips assassinations).

    A record typed ``other`` fits when its quotes use one of the question's attack words.
    """
    if not question.attack_types or not hasattr(rec, "attack_type"):
        return True
    kind = str(getattr(rec.attack_type, "value", rec.attack_type))
    if kind in question.attack_types:
        return True
    if kind != "other":
        return False
    quotes = normalize(" ".join(c.quote for c in rec.citations))
    return any(re.search(ar, quotes) for ar, _, types in ATTACK_TYPE_CUES.values() if types & question.attack_types)


def record_score(question: Question, rec, doc_rank: int) -> float:
    """How well a record fits a question: shared words, minus its document's rank and a little for background."""
    text = " ".join(c.quote for c in rec.citations) + " " + fields_text(rec)
    shared = overlap(question_terms(question), set(content_terms(text)))
    return shared - 0.1 * doc_rank - (0.5 if getattr(rec, "background", False) else 0.0)



def _plain(name: str) -> str:
    """``name`` without its diacritics ("Birqīn" -> "Birqin", "Şırnak" -> "Sirnak")."""
    folded = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("ʿ", "").replace("ʼ", "'")


class Names:
    """Names in the question's language: English from the lexicon when the question is English."""

    def __init__(self, question: Question, lexicon: Lexicon):
        self.en = question.language == "en"
        self.lexicon = lexicon

    def __call__(self, name: str | None) -> str:
        if not name:
            return ""
        if not self.en:
            return name
        for entry in self.lexicon.lookup_ar(name):
            if entry.name_en:
                return entry.name_en
        return name

    def place(self, loc) -> str:
        if loc is None:
            return ""
        if self.en:
            name = loc.name_en or self(loc.canonical_name or loc.name)
            if loc.name_en and loc.name and not loc.name_en.isascii():
                # a scholar's transliteration ("Birqīn") is no spelling an English reader meets: plain letters,
                # and the name as the article writes it ("Birqin (برقين)")
                name = f"{_plain(loc.name_en)} ({loc.name})"
            if not loc.name_en and name == (loc.canonical_name or loc.name) and loc.governorate:
                name = f"{name} ({loc.governorate})"  # an Arabic-only place: say where it is in English
            return name
        return loc.name or loc.canonical_name or ""



TITLE_NOT_ASKED = True  # switch for A/B measurement (tests patch it)


def _title_spans(question: Question, norm: str) -> list[tuple[int, int]]:
    """Where a role word of the question is the title of a person it names ("الرئيس هادي", "وزير الخارجية
    الأمريكي جون كيري"): the spans of its entities' names (a spelling may hold the title), each reaching back over
    the one or two words before it. Such a word says who that entity is; it is not the office asked about."""
    spans = []
    for e in question.entities:
        if e.kind != "actors" or (e.data or {}).get("type") != "official":
            continue  # "محافظ نينوى", "قائد الجيش": the office of a place or body is what is asked
        pattern = _entry_pattern(e)
        for m in pattern.finditer(norm) if pattern is not None else ():
            back = m.start()
            for _ in range(2):
                prev = norm.rfind(" ", 0, max(0, back - 1))
                word = norm[prev + 1:back].strip()
                if not word or not ROLE_AR.search(word) and not word.endswith("ي"):
                    break  # a title, or a nationality after it ("الرئيس اليمني")
                back = prev + 1
            spans.append((back, m.end()))
    return spans


def role_cues(question: Question) -> re.Pattern[str] | None:
    """The role words a question asks about, as an Arabic pattern ("governor" -> محافظ), or None."""
    if question.language == "ar":
        norm = normalize(question.text)
        titles = _title_spans(question, norm) if TITLE_NOT_ASKED else ()
        found = [GOVERNOR if "محافظ" in m.group() else re.escape(m.group())
                 for m in ROLE_AR.finditer(norm) if not any(s <= m.start() < e for s, e in titles)]
    else:
        found = [ar for en, ar in english_offices() if re.search(en, question.text, re.I)
                 and (SECRETARY_MINISTER or en != MINISTER_SECRETARY)]
        if OWN_OFFICE_WORDS:
            found += [_office_words(ids) for en, ids in _OWN_OFFICES.items() if re.search(en, question.text, re.I)]
    return re.compile("|".join(found)) if found else None



GENERIC_STEMS = {"عراق", "عراقي", "عراقيه", "اسم", "حاليا", "حالي", "منصب", "متحدث", "هو", "هي", "يشغل"}
# Words of a question that name no fact (normalised): its verbs of happening and filler.
GENERIC_WORDS = {"العراق", "العراقي", "العراقيه", "باسم", "اسم", "حاليا", "الحالي", "منصب", "هو", "هي", "يشغل", "سقط",
                  "سقطوا", "وقع", "وقعت", "حدث", "حدثت", "جري", "جرت", "شهد", "شهدت", "الذي", "التي", "الذين", "تم",
                  "اليوم", "امس", "ماذا", "ما", "هل", "كم", "عدد", "اعداد",
                  # approximations around a number ("أكثر من 12 غارة"): the number is checked on its own
                  "اكثر", "اقل", "نحو", "حوالي", "قرابه", "زهاء"}


PLACE_ADJ_REST = True  # switch for A/B measurement (tests patch it)
ATTRIBUTION_FREE = True  # switch for A/B measurement (tests patch it)
# whose word a question goes by ("بحسب تقدير الوزارة"، "وفق المتحدث"): the source is named on its own, and the
# article says "قال" or "أعلن"; and the copula of an amount ("كم تبلغ كلفة"، "كم يبلغ عدد"): the noun after it is
# what is asked. Neither is a word the answering sentence must share.
_FRAME_WORDS = {"بحسب", "وبحسب", "حسب", "وفق", "ووفق", "وفقا", "طبقا", "تبلغ", "يبلغ", "بلغ", "بلغت"}


def rest_terms(question: Question, cues: re.Pattern[str] | None) -> list[str]:
    """Stems of the question's words other than entity names, role/cue words and generic words (Arabic)."""
    if question.language != "ar":
        return []
    entity_words = {w for e in question.entities for a in e.ar for w in tokenize(a)}
    words = []
    for w in tokenize(question.text):
        if len(w) < 2 or w in entity_words or w in STOP_AR or w in GENERIC_WORDS or ROLE_AR.search(w):
            continue
        if ATTRIBUTION_FREE and w in _FRAME_WORDS:
            continue
        if w.isdigit() or MONTH_WORD.fullmatch(w):
            continue  # numbers, years and months are constraints checked on their own (domain.span_fits, numbers)
        if cues is not None and cues.search(w):
            continue
        if PLACE_ADJ_REST and any(e.kind == "places" and mentions(e, w, normalized=True) for e in question.entities):
            continue  # "باكستانية": the place's adjective is the place, matched on its own (its stem is no word)
        words.append(w)
    return [t for t in stem_tokens(words) if t not in GENERIC_STEMS]


