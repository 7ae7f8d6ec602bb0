"""Actors: whether a registry body named in the text is an actor of its own: not an outlet, a party, a
council or a site's tag line named after it, not a post someone takes, not an outlet named by an everyday phrase
without a cue, and not a body only ever named inside someone's title ("رئيس مجلس الوزراء").
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.actors_names import _BACK_STOPS, _norm
from marsad.agent.offline.actors_states import _STATE_AFTER, _STATE_BEFORE
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.text import Sentence
from marsad.core.arabic import normalize
from marsad.core.lexicon import Entry

_NOT_ACTORS = rules.words("actors", "gunmen_like_not_actors")
"""Registry entries that are never an actor of their own (unknown gunmen: a generic group, optional in the gold)."""
_TITLE_BODY_HEADS = rules.words("actors", "title_body_heads")
"""Office nouns whose body makes a title ("رئيس مجلس الوزراء"), unlike role words at large ("مؤتمر صحفي لخلية")."""
_TITLE_BODY_BEFORE = rules.words("actors", "title_body_before")
"""Words that make the body after them part of someone's title ("المتحدث باسم وزارة"، "الأمين العام لمجلس")."""
_MEDIA_COMMON = rules.words("actors", "media_common_names")
"""Outlets named by an everyday phrase ("الشرق الأوسط" is also the region): an outlet only with a cue."""
_MEDIA_CUES = rules.words("actors", "media_cues")
"""Words before an outlet's name that make it the outlet ("صحيفة"، "لوكالة"، "بحسب")."""
_NOT_ACTOR_BEFORE = rules.words("actors", "not_actor_before")
"""Before a body's name: an outlet named after it ("لإذاعة الجيش الإسرائيلي"، "وكالة الشرطة التابعة للاتحاد
الأوروبي"), not the body acting. (A body's headquarters, "مقر", is kept: an attack on it targets the body.)"""
_ABSTRACT_BEFORE = rules.words("actors", "abstract_security_before")
"""Before "الأمن" + a nisba: the country's security as a good ("زعزعة الأمن المصري"), not its security forces."""
_AL_AMN = normalize("الأمن ")
_ABSTRACT_SECURITY = True
_PARTY_WORDS = rules.words("actors", "party_words")
"""Before a force's name: a party of that name ("حزب القوات اللبنانية"), not the force."""
_COUNCIL_WORDS = rules.words("actors", "council_words")
"""Before a force's name: a council named after it ("اجتماعا لمجلس الأمن البريطاني": the National Security
Council, not the British police), not the force."""
_TAG_LINE = rules.words("actors", "tag_line_words")
"""A site's tag line opens with these ("سمات العراق التحالف الدولي"): its names are keywords, not actors."""


def _not_acting(s: Sentence, m: Mention) -> bool:
    """True when the body's name stands for something else: an outlet, a party, a council, a tag."""
    if s.words and s.words[0] in _TAG_LINE:
        return True
    if m.i == 0 or s.tokens[m.i].clause_start:
        return False
    prev = s.words[m.i - 1]
    if prev in _NOT_ACTOR_BEFORE:
        return True
    if _ABSTRACT_SECURITY and prev in _ABSTRACT_BEFORE and _norm(m.surface).startswith(_AL_AMN):
        return True  # "تدخلات تهدد الأمن البحريني": the country's security, not its police
    if prev in _OFFICE_VERBS and s.words[m.i].endswith("ه"):
        return True  # "وزير الدفاع الأسبق الذي تولى وزارة الدفاع": a post held (a masculine verb, a feminine body: its object)
    return (prev in _PARTY_WORDS or prev in _COUNCIL_WORDS) \
        and m.entry.get("type") in {"state_military", "police", "paramilitary"}


_OFFICE_VERBS = rules.words("actors", "office_taking_verbs")
"""Masculine verbs of taking or holding an office ("تولى"، "شغل"): a feminine body right after them is the post."""
_STAFF_BODIES = rules.phrases("actors", "staff_body_ids")
"""Forces' staffs and commands that news names almost only in their head's title ("رئيس هيئة الأركان العامة"،
"معاون رئيس أركان الجيش"): like a ministry, no actor of their own when only ever part of a title."""


def _titled_kind(entry: Entry) -> bool:
    """True for a body that is no actor when named only inside someone's title (a ministry, a staff)."""
    return entry.get("type") in {"government_body", "other"} or entry.id in _STAFF_BODIES


def _title_body(s: Sentence, m: Mention) -> bool:
    """True when a body is named as part of an office's title: right after a role noun ("رئيس مجلس
    الوزراء"، "لرئيس مجلس النواب"، "ومبعوث الأمم المتحدة") or "باسم"/"العام" ("المتحدث باسم وزارة
    الداخلية"، "الأمين العام لجامعة الدول العربية")."""
    if m.i == 0 or s.tokens[m.i].clause_start or not _titled_kind(m.entry):
        return False
    prev = s.words[m.i - 1]
    bare = prev[1:] if prev[:1] in {"و", "ل", "ب"} and len(prev) > 3 else prev
    return prev in _TITLE_BODY_HEADS or bare in _TITLE_BODY_HEADS or prev in _TITLE_BODY_BEFORE


def _media_uncued(s: Sentence, m: Mention) -> bool:
    """True when an outlet named by an everyday phrase has no cue that it is the outlet: no word such as
    "صحيفة"/"بحسب" before it, no quotation mark around it ("الفوضى في الشرق الأوسط" is the region)."""
    surface = _norm(m.surface)
    glued = surface[:2] == "لل" and "ال" + surface[2:].replace(" ", "_") in _MEDIA_COMMON
    if m.entry.get("type") != "media" or surface.replace(" ", "_") not in _MEDIA_COMMON and not glued:
        return False
    if m.i > 0 and (s.words[m.i - 1] in _MEDIA_CUES or s.words[m.i - 1][1:] in _MEDIA_CUES):
        return False
    if glued and not _BACK_STOPS.isdisjoint(s.words[max(0, m.i - 4):m.i]):
        return False  # "وقال المسؤول للشرق الأوسط": said to the paper ("شكل جديد للشرق الأوسط" is the region)
    return not _quoted(s, m)


# Quotation marks cue an outlet named by an everyday phrase only when they wrap its name ("لـ«المدى»"، '"الحرة"'، a
# source in brackets "(العربية نت)"), not when they wrap a longer phrase ending with it ('صواريخ "غير المحدودة المدى"':
# the range; pass 65, review65 finding 19: a narrowing, no switch).
_OPENING = '«"“('
_CLOSING = '»"”)'


def _quoted(s: Sentence, m: Mention) -> bool:
    """True when an opening quotation mark stands right before the mention's name (a glued preposition or tatweel
    between them allowed) and a closing one right after it."""
    a = s.token_span(m.i, m.j)[0]
    before = s.quote(max(0, a - 2), m.start).replace("ـ", "").rstrip()
    after = s.quote(m.end, m.end + 2).lstrip()
    return bool(before) and before[-1] in _OPENING and bool(after) and after[0] in _CLOSING


ACTING_ONLY = rules.phrases("actors", "acting_only_body_ids")
"""International bodies news names mostly in passing ("قرارات مجلس الأمن"، "تقارير منظمة العفو الدولية"): an actor
only when some mention has it act (guidelines 3: actors act or are acted upon)."""
_BODY_VERBS = rules.words("actors", "body_agent_verbs")
"""Verbs of a body's act, without a clitic ("قال"، "دعا"، "أصدر"، "يدين"; the feminine perfects not made by adding
"ت": "دعت"), before or after its name."""


def body_verb(word: str) -> bool:
    """True for a verb of a body's act (:data:`_BODY_VERBS`) behind "و" or "ف" or none, in the masculine or the
    feminine ("طالبت"، "فقال"، "وتدين"): a known verb, not any word in "ت" ("تصويت"، "وقت")."""
    verb = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    return verb in _BODY_VERBS or verb[-1:] == "ت" and verb[:-1] in _BODY_VERBS \
        or verb[:1] == "ت" and "ي" + verb[1:] in _BODY_VERBS


def body_acting(s: Sentence, m: Mention) -> bool:
    """True when the body is a verb's doer: a verb of its act right before its name ("دعا مجلس الأمن"، a feminine
    perfect "طالبت منظمة الصحة العالمية") or right after it ("مجلس الأمن يدين"), or it is a party ("بين"، "مع")
    or what is said ("أن") as a country's name is (:data:`_STATE_BEFORE`)."""
    before = s.words[m.i - 1] if m.i > 0 and not s.tokens[m.i].clause_start else ""
    after = s.words[m.j] if m.j < len(s.words) and not s.tokens[m.j].clause_start else ""
    return bool(before) and (body_verb(before) or before in _STATE_BEFORE) \
        or bool(after) and (body_verb(after) and _imperfect(after) or after in _STATE_AFTER)


def _imperfect(word: str) -> bool:
    """A verb in the imperfect ("يدين"، "ستعقد"): after a body's name, its own act ("مجلس الأمن يدين"); a perfect
    there is most often another doer's, the body being a genitive ("أحد الأعضاء في مجلس الأمن طلب")."""
    verb = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    verb = verb[1:] if verb[:1] == "س" and verb[1:2] in "يت" else verb
    return verb[:1] in "يت"
