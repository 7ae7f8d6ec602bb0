"""Answers quoted from the best sentences when no record fits: the passage answerer.

A sentence is quoted only when it (with the sentences beside it) names enough of the question's
key entities to be about its subject (:mod:`marsad.agent.qa.subject`; every one of them ranks
first), contains the cue words of its intent and topic, and shares enough of its other words;
otherwise the answer abstains. The quote is the claim: nothing is paraphrased.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable

from marsad.agent.grounding import numbers_in
from marsad.agent.numbers import ORDINALS
from marsad.agent.offline import rules
from marsad.agent.offline.merge import turns_aside
from marsad.agent.qa import fillers
from marsad.agent.qa.actions import asked_verbs, asks_why, gives_reason, verbal_nouns
from marsad.agent.qa.appositions import asked_descriptor
from marsad.agent.qa.compose import NOT_NAME, TITLE_LEAD, Claim, excerpt, glossed, news_sentences, readable
from marsad.agent.qa.counts import counted_noun, counts_noun
from marsad.agent.qa.domain import WEEKDAY_AR, constraints_of, dated_constraints, span_fits
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.matching import english_offices, overlap, rest_terms, role_cues
from marsad.agent.qa.places_told import FINE_KIND, new_place_name, tells_fine_place, tells_place
from marsad.agent.qa.question import (
    TOPIC_AR,
    Intent,
    Question,
    _entry_pattern,
    asked_kind,
    asks_birthplace,
    asks_destination,
    asks_expected,
    asks_manner,
    content_terms,
    framing,
    mentions,
    name_like,
    states_day,
    unmapped,
)
from marsad.agent.qa.question_intent import asks_office
from marsad.agent.qa.question_mentions import common_words
from marsad.agent.qa.question_words import _ORDINAL_DAY, _STOP_EN, MONTHS, STOP_AR, stated_numbers
from marsad.agent.qa.rules import qa_words
from marsad.agent.qa.slots import (
    _ASKS_MODEL_AR,
    _ASKS_MODEL_EN_MORE,
    _ASKS_MOTIVE_AR,
    _ASKS_MOTIVE_EN,
    _REASON_UNKNOWN,
    _TELLS_MODEL_KIND,
    REASON_ACT,
    _asked_acts,
    _reason_tied,
)
from marsad.agent.qa.slots_more import _TELLS_MONEY, asks_money
from marsad.agent.qa.subject import enough, entities_named
from marsad.core.arabic import normalize

__all__ = ["passage_claims", "dated_passage_claims", "located_passage_claims", "tells_place", "MIN_PASSAGE_OVERLAP"]

MIN_PASSAGE_OVERLAP = 0.5  # share of the question's content words a quoted sentence must contain
MIN_COUNTED_OVERLAP = 0.34  # ... when it states a number of what a "how many" question counts
HEAD_WHERE = True  # switch for A/B measurement: a "where" question's words before its relative clause suffice

LEAD_TITLE = True  # switch for A/B measurement: a lead question's sentence may name the holder by his title
PARTAKE = True  # switch for A/B measurement: "يشارك/شاركت/مشاركة" tells who takes part, and ranks first
# the verb or noun of taking part ("يشاركون في المعارك"، "شاركت قوات"، "مشاركة 500 مقاتل"): a participants question's
# answer, before a sentence sharing only its names
_PARTAKE = re.compile(r"(?<!\w)[وفب]?(?:[يت]?شارك|مشارك|المشارك)\w*")
# ... and with it a sentence of taking part qualifies as a participants answer (read when the question is, so that
# the switch turns off both)
_PARTAKE_CUE = r"|(?<!\w)[وف]?[يت]?شارك\w*|مشارك"

# "stands behind" told of a state, a group or a plural ("الحكومة السورية تقف وراء الهجوم"، "يقفون وراء") or as the
# accusation's noun ("اتهمت ... بالوقوف وراء"): the doer, as "يقف وراء" (A/B switch; 22 hits in 21 unseen slice articles)
BEHIND_FORMS = True
_BEHIND_CUE = r"(?<!\w)[وف]?(?:تقف|يقفون|الوقوف|بالوقوف|وقوف) وراء"

_CUE = {
    Intent.killed: re.compile(r"قتل|قتيل|قتلي|مقتل|ضحايا|شهيد|شهداء|حتف|مصرع|اودت بحياه|اعدم|اعدام|قضوا|لقوا|توفي|وفاه"),
    Intent.injured: re.compile(r"جرح|جريح|اصيب|اصابه|مصاب"),
    # who did it: a claim, an attribution or the doer's fire ("أعلن ... المسؤولية"، "اتهم"، "بنيران"، "هاجم")
    Intent.perpetrator: re.compile(r"نفذ|(?<!\w)شن|تبني|تبنت|يقف وراء|مسوولي[هت]|علي يد|من قبل|(?<!\w)اتهم|نسب|بنيران"
                                   r"|برصاص|(?<!\w)[وف]?هاجم|(?<!\w)[وف]?فجر"),
    Intent.participants: re.compile(r"تضم|يضم|بين|مشترك|بمشارك|بحضور|ممثل"),
    Intent.victim: re.compile(r"اغتيال|اغتال|اغتيل|مقتل|قتل|اختطاف|اختطف|خطف|استهدف|استهداف|اصابه|اصيب|استشهد|استشهاد|شهيد"
                              r"|مصرع|وفاه|اعدام"),
    # (the holder is named by his title as often as by a verb: "قائد الجبهة العقيد ...")
    Intent.lead: re.compile(r"قياده|يقود|تقود|يتولي|تتولي|برياسه|يراس|يتراس|يشرف|امره"
                            + (r"|(?<!\w)[وفبل]?(?:ال)?(?:قايد|قاده)(?!\w)" if LEAD_TITLE else "")),
    Intent.provisions: re.compile(r"ينص|تنص|يتضمن|تتضمن|تضمن|بنود|بند|اتفق|الاتفاق|اتفاق"),
    # (a prosecutor, a judge, an ambassador: offices news names their holders by, "المدعية العامة"، "القاضي")
    Intent.role: re.compile(r"المتحدث|الناطق|وزير|محافظ|قايد|رييس|مدير|الامين العام|ممثل|نايب|مستشار"
                            r"|المدعي العام|المدعيه العامه|النايب العام|القاضي|القاضيه|سفير"),
    Intent.date: re.compile(r"\d|امس|اليوم|غدا|الماضي|الحالي|الجاري|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه"
                            r"|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين"),
}

# a "why" question the actions reader could not take (it names no actor: "why did warplanes sink a ship"): of the
# sentences about its event, the one giving a reason ("لأنها كانت تحمل ..."، "بسبب"، "ردا على") answers it, not the
# lead that only tells what happened (A/B switch, tests patch it)
WHY_REASON = True
WHY_REASON_WEIGHT = 1.0

# "بماذا طالب محتجز الرهائن"، "ماذا دمرت الغارات": an Arabic question asking what was done, naming no actor the actions
# reader could follow, is answered by the sentence stating its verb ("طالب بإطلاق سراح ..."); the rest of its words
# describe the doer, whom that sentence names in its own words ("المشتبه به"), so it needs fewer of them, and ranks
# before a sentence that only tells the event (A/B switch, tests patch it)
ASKED_VERB = True
ASKED_VERB_WEIGHT = 0.5
VERBAL_NOUN = True  # ... or by its verbal noun (actions.verbal_nouns; A/B switch, tests patch it)

DOER_VERB = True  # switch for A/B measurement: see _DOER_Q
# "من أطلق/قصف/زرع ..." asks who did what the verb says (question_intent reads it as a perpetrator question): a sentence
# telling that deed, in the verb or its noun, is a doer's sentence, as one with "نفذ" or "تبنى" is
_DOER_Q = re.compile(r"^\W*و?من (اطلق|قصف|زرع)(?!\w)")
_DOER_FORMS = {"اطلق": r"(?<!\w)[وفبل]?(?:ال)?(?:[يت]طلق|اطلق|اطلاق)", "قصف": r"(?<!\w)[وفبل]?(?:ال)?[يت]?قصف",
               "زرع": r"(?<!\w)[وفبل]?(?:ال)?[يت]?زرع"}

# the means of a death or a wound ("بغارة جوية"، "برصاص قناص"، "بانفجار عبوة"): what answers "how was X killed"
# (an English role question) the UN's and states' coordinators, envoys and commissioners, as offices: the noun heads
# its qualifier ("المنسق الخاص للأمم المتحدة"، "المبعوث الأممي"، "المفوض السامي"), or the envoy is named definite
# ("المبعوث مارتن ..."); not the adjective "coordinated" ("هجمات منسقة"، "الهجوم المنسق"). An Arabic question's
# own office word is a term its sentence must share, so the cue (which drops it from the terms) is English only.
_ENVOY_CUE = (r"|(?<!\w)[وفبل]?(?:ال)?(?:منسق|مبعوث|مفوض)(?:ه)?\s+(?:ال|لل)?(?:خاص|اممي|امم|عام|سامي|دولي|اوروبي"
              r"|امريكي|اميركي|رييس|حكومه|مجلس|شوون|اتحاد|جامعه|ملك|وزير|امين)\w*|(?<!\w)[وفبل]?المبعوث(?!\w)")
_ROLE_EN_CUE = re.compile(_CUE[Intent.role].pattern + _ENVOY_CUE)
_MANNER_CUE = re.compile(r"(?<!\w)[وفب]{0,2}(?:ال)?(?:غاره|غارات|قصف|رصاص|رصاصه|انفجار|تفجير|عبوه|لغم|قذيفه|قذايف|صاروخ"
                         r"|طعن|ذبح|شنق|كمين|اشتباك|اشتباكات|معارك|مواجهات|قناص|هجوم|مفخخه|انتحاري|طايره|مسيره|حادث"
                         r"|تسميم|اعدام)")

# where someone was born or comes from ("ولد في"، "المولود في"، "من مواليد"، "ينحدر من")
_BIRTH_CUE = re.compile(r"(?<!\w)[وف]?(?:ولد|ولدت|المولود|مولود|المولوده|مواليد|مسقط راس\w*|ينحدر|تنحدر|المنحدر|المتحدر"
                        r"|متحدر)(?!\w)")

# a claim of responsibility or an attribution ("تبنى"، "أعلن مسؤوليته"، "يقف وراء")
_CLAIM = re.compile(r"تبني|تبنت|مسوولي[هت]|يقف وراء|تقف وراء")

# a time to come: what answers "when is ... expected" (asks_expected)
_EXPECTED_CUE = re.compile(r"خلال|المقبل|المقبله|القادم|القادمه|قريبا|اسبوع|اسابيع|ايام|يومين|شهر|اشهر|شهرين|نهايه|بحلول"
                           r"|مطلع|منتصف|اواخر|حتي|\d")


FITTING_FIRST = True  # switch for A/B measurement (tests patch it): see actions.FITTING_FIRST
PASSAGE_FITS = True  # switch for A/B measurement: an article's sentence is chosen among those fitting the question's
# month, year and day (as the answer later checks), not its best one alone
SOURCE_ASKED = True  # switch for A/B measurement (tests patch it)
# "which news agency reported ..."، "أي وكالة نقلت ...": a medium of news is asked; its sentence names one
_ASKS_SOURCE = {
    "en": re.compile(r"^\W*(?:which|what) (?:[\w-]+ ){0,2}?(?:news agency|newspaper|paper|daily|channel|broadcaster"
                     r"|television|tv|radio|website|outlet)\b", re.I),
    "ar": re.compile(r"^\W*(?:اي|ما|ما هي) (?:ال)?(?:وكاله|صحيفه|جريده|قناه|اذاعه|محطه)(?!\w)"),
}
_SOURCE_CUE = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:وكاله|وكالات|صحيفه|جريده|قناه|اذاعه|تلفزيون|التلفزيون)(?!\w)")


def asks_source(question: Question) -> bool:
    """The question asks which news agency, newspaper or channel told of something."""
    text = normalize(question.text) if question.language == "ar" else question.text
    return bool(_ASKS_SOURCE[question.language].search(text))


UNIT_ASKED = True  # switch for A/B measurement (tests patch it)
# "من أي فوج / لواء / كتيبة كان الجنود"، "which regiment / brigade / battalion": the answer is the sentence naming a
# military unit of that kind ("من فوج المدفعية الـ93"، "عناصر اللواء 35"), not one naming an office (a role question
# otherwise wants a spokesman's or a minister's sentence)
_UNIT_NOUNS = "فوج|لواء|كتيبه|فرقه|سريه"  # (normalised) the units asked about and named, singular
_ASKS_UNIT = {
    "ar": re.compile(rf"(?<!\w)(?:من |في |الي )?(?:اي|ايه) (?:{_UNIT_NOUNS}|وحده عسكريه)(?!\w)"),
    "en": re.compile(r"\b(?:which|what) (?:military |army )?(?:unit|regiment|brigade|battalion|division)\b", re.I),
}
_UNIT_CUE = re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{_UNIT_NOUNS}|افواج|الويه|كتايب)(?!\w)")


def asks_unit(question: Question) -> bool:
    """The question asks which military unit (regiment, brigade, battalion, division) someone belonged to."""
    text = normalize(question.text) if question.language == "ar" else question.text
    return bool(_ASKS_UNIT[question.language].search(text))


LEAD_SUBJECT = True  # switch for A/B measurement (tests patch it)
NEAR_CONCEPTS = True  # switch for A/B measurement (tests patch it)


ATTACK_VERBS = True  # switch for A/B measurement: an attack told with its verb ("خططوا لمهاجمة") tells of an attack
_ATTACK_VERB = r"|(?<!\w)[وفل]?(?:هاجم|يهاجم|تهاجم|مهاجمه|لمهاجمه|بمهاجمه)"


STRIKE_NOUN = True  # switch for A/B measurement (tests patch it)
# an air strike the question calls "غارة" or "قصف" news often tells as "ضربة" ("ضربة جوية"، "نفذت ثماني ضربات"); read
# only on the sentence's side, for a question already about attacks (a question's own "ضربة" sets no topic)
_STRIKE_NOUN = r"|(?<!\w)[وفبل]?(?:ال)?(?:ضربه|ضربات|ضربتين)(?!\w)"


# (pass 68) an English question's "deal" ("the submarine deal", "a prisoner-swap deal") is what Arabic news calls a
# صفقة as often as an agreement
_DEAL_EN = re.compile(r"\bdeals?\b", re.I)
_DEAL_AR = r"|صفقه|صفقات|الصفقه|بصفقه"


def _topic_cue(question: Question) -> re.Pattern[str] | None:
    pats = [TOPIC_AR[t] + (_ATTACK_VERB if ATTACK_VERBS and t == "attacks" else "")
            + (_STRIKE_NOUN if STRIKE_NOUN and t == "attacks" else "")
            + (_DEAL_AR if t == "agreements" and question.language == "en" and _DEAL_EN.search(question.text) else "")
            for t in question.topics]
    return _compiled("|".join(pats)) if pats else None


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_RELATIVE = re.compile(r"(?<!\w)(?:الذي|التي|الذين|اللذين|اللتين)(?!\w)")


FRAME_FREE = True  # switch for A/B measurement (tests patch it)
# the kind noun a "which city / which district" question asks for, right after its question word
_ASKED_KIND_WORD = re.compile(r"(?<!\w)((?:في |من |الي |قرب )?(?:اي|ايه|ما)\s+(?:هي\s+|هو\s+)?)(\S+)")
# the day of a month told by its ordinal ("في التاسع من أغسطس"): a date, as the month and the year are
_ORDINAL_DATE = re.compile(rf"(?<!\w){_ORDINAL_DAY}(?=\s+(?:من\s+)?(?:شهر\s+)?(?:{MONTHS})(?!\w))", re.I)


def _unframed(question: Question) -> Question:
    """An Arabic question without the words that frame it rather than tell its event, for the share of its words a
    quoted sentence must hold: the kind of place a "where" question asks for (the answer states it, or names the
    town without it: "في أي مدينة ..." is answered by "في الحويجة") and the ordinal day of its date (a constraint
    checked on its own, as its month and year are: :func:`rest_terms`)."""
    if not FRAME_FREE or question.language != "ar":
        return question
    norm = normalize(question.text)
    kind = asked_kind(question)
    text = _ORDINAL_DATE.sub(" ", norm)
    if kind is not None and kind[0] == "place" and kind[1]:
        text = _ASKED_KIND_WORD.sub(lambda m: m.group(1), text, count=1)
    return question if text == norm else dataclasses.replace(question, text=text)


def _head_terms(question: Question, drop: re.Pattern[str] | None) -> list[str]:
    """For a role or "where" question told with a relative clause ("من هو محافظ حضرموت الذي أعلن ..."، "في أي منطقة
    يقع المعسكر الذي استهدفه ..."): the content words before the clause (the office, the place asked about), which
    a sentence answering it must share; [] otherwise. The clause only tells which one is meant: the article states
    where the camp lies in words of its own."""
    if question.intent is not Intent.role and not (HEAD_WHERE and question.intent is Intent.location):
        return []
    norm = normalize(question.text)
    m = _RELATIVE.search(norm)
    if m is None:
        return []
    return rest_terms(dataclasses.replace(question, text=norm[:m.start()]), drop)


CLAUSE_NUMBERS = True  # switch for A/B measurement


def _clause_numbers(question: Question) -> set[int]:
    """The numbers an Arabic question states only in its relative clause ("بالجاني الذي قتل شقيقين"): they tell which
    event is meant, so the article must state them, not the sentence that answers (the one telling where he was
    executed). Not for "how many": the number beside the one asked for is in the sentence that gives it."""
    if not CLAUSE_NUMBERS or question.language != "ar" or question.how_many or not question.numbers:
        return set()
    norm = normalize(question.text)
    m = _RELATIVE.search(norm)
    if m is None:
        return set()
    return set(question.numbers) - set(stated_numbers(norm[:m.start()], "ar"))


def _office_words(question: Question, concepts: tuple) -> set[str]:
    """The concepts of an English role question that name the office itself, beside its role word ("the oil
    minister", "minister of oil"), as against the scene of the event it asks about ("a strike on a car")."""
    text = question.text.lower()
    roles = [w for c in concepts if c.get("category") == "role" for w in c.en]
    out = set()
    for c in concepts:
        if c.get("category") != "context":
            continue
        for w in c.en:
            for r in roles:
                if re.search(rf"\b{re.escape(w.lower())}\s+{re.escape(r.lower())}\b"
                             rf"|\b{re.escape(r.lower())}\s+(?:of|for)\s+(?:the\s+)?{re.escape(w.lower())}\b", text):
                    out.add(c.id)
    return out


OFFICE_PART = True  # switch for A/B measurement (tests patch it)
PINNED_CHARS = 400  # longer, a "sentence" is an unpunctuated stretch of an article, which names everything
# where the office of an English role question ends and what its holder did begins: a relative pronoun, an
# auxiliary or a verb in the past ("Which representative of the religious authority | used his sermon to urge the
# PM to punish corrupt officials"; "Who is the spokesman | who said ...")
_EVENT_START = re.compile(r"\b(?:who|that|whose|was|were|has|had|did|said|told|gave|led|took|met|sent|ordered"
                          r"|[a-z]{2,}ed)\b")


def _office_en(question: Question, concepts: tuple) -> tuple[set[str], bool]:
    """The concepts an English role question names in its office (the words before what the holder did, past its
    first two words: "Who is the ..."), and whether the question was split so; (empty, False) otherwise."""
    if not OFFICE_PART or question.language != "en" or question.intent is not Intent.role:
        return set(), False
    text = question.text
    words = list(re.finditer(r"[A-Za-z][A-Za-z'-]*", text))
    if len(words) < 4:
        return set(), False
    m = _EVENT_START.search(text, words[2].start())
    if m is None:
        return set(), False
    head = text[:m.start()].lower()
    inside = {c.id for c in concepts if any(re.search(rf"\b{re.escape(w.lower())}\b", head) for w in c.en)}
    return inside, True


# a holder's title ("قائد"، "قادة"): "قائد جبهة X" names the one who leads X
_LEAD_TITLE = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:قايد|قاده)\s+")


def _titled(question: Question, norm: str) -> bool:
    """A normalised sentence names a title followed, within its next three words, by an entity the question names:
    the holder of what the question asks about ("قائد جبهة مقبنة" for "who commands the Maqbana front"), not a
    commander of something else that happened there ("قائد كتيبة الدروع ... بجبهة مقبنة")."""
    for m in _LEAD_TITLE.finditer(norm):
        after = " ".join(norm[m.end():].split()[:3])
        if any(mentions(e, after, normalized=True) for e in question.entities):
            return True
    return False


HASHTAG_WORDS = True  # switch for A/B measurement: a sentence's hashtags are read as words ("#ميليشيات_الحوثي")


def _words(text: str) -> str:
    """``text`` with its hashtags read as words (:func:`compose.readable`), when the switch is on."""
    return readable(text) if HASHTAG_WORDS else text


DATELINE_LEAD = True  # switch for A/B measurement (tests patch it)
_DATELINE_WORDS = 4  # an outlet's or a city's line over the story ("عين اليوم – واشنطن") has at most this many words


def _lead_spans(text: str, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lead sentence of an article: its first span, or the one after it when the first is a dateline -- a short
    line naming the outlet or the city it is filed from, with no sentence mark -- which tells nothing of the story."""
    if DATELINE_LEAD and len(spans) > 1:
        a, b = spans[0]
        line = text[a:b].strip()
        if len(line.split()) <= _DATELINE_WORDS and not re.search(r"[.!?؟:،,]", line):
            return list(spans[1:2])
    return list(spans[:1])


# switch for A/B measurement: an article tells its event in the lead and adds its details in later sentences that do
# not repeat who and where ("وأكد رئيس الوزراء أن ..."، "عندما داهمت الشرطة مخبأهم في ..."); a question names the event
# and asks a detail: a later sentence that fits only read with its article's lead -- the lead naming what the sentence
# does not, the sentence holding some of the question's words the lead does not -- is quoted when no sentence fits
# alone (ranked after every such sentence)
LEAD_CONTEXT = True


# (normalised) a city, a town or a province told by its kind: another one than the lead's is elsewhere; a district or
# a quarter may be where the lead's event happened, the detail a question asks ("في حي ...")
_TOWN_KIND = re.compile(r"(?<!\w)[وفب]?(?:في|داخل|قرب|عند)\s+(?:ال)?(مدينه|بلده|محافظه|ولايه)\s+(\S+)")
_SEPARATE = frozenset({"منفصل", "منفصله", "منفصلين", "منفصلتين"})  # (normalised) "a separate case/incident"


@dataclasses.dataclass(frozen=True)
class _Lead:
    """What an article's title and lead sentence hold of a question: its key entities, its (Arabic) content words and
    (English) concepts."""

    has: list[bool]
    norm: str
    stems: frozenset[str]

    def elsewhere(self, question: Question, norm: str) -> bool:
        """The sentence (``norm``) tells another item, not the lead's event: it opens by turning to another item or
        adding one ("وفي سياق آخر"، "إلى ذلك"), calls its case separate ("في قضية منفصلة"), or names a city, town
        or province by its kind that neither the lead nor the question names (unless the question asks for one) ("وفي مدينة مومباسا الساحلية ...")
        (review61 finding 2b: such a sentence was quoted as the lead event's detail)."""
        words = re.findall(r"\w+", norm)
        if turns_aside(words) or any(w in _SEPARATE for w in words):
            return True
        asked = normalize(question.text)
        return any(m.group(1) not in asked and new_place_name(question, m.group(2)) and m.group(2) not in self.norm
                   for m in _TOWN_KIND.finditer(norm))

    def adds_terms(self, terms: list[str], stems: set[str], need: float) -> bool:
        """The question's words the sentence (``stems``) and the lead share together reach ``need``, and the sentence
        holds one the lead does not (the detail it adds)."""
        both = overlap(tuple(terms), stems | self.stems)
        adds = any(overlap((t,), stems) and not overlap((t,), self.stems) for t in terms)
        return adds and both / len(terms) >= need

    def adds_concepts(self, concepts: tuple, around: str, norm: str, need: float) -> bool:
        """An English question's concepts named beside the sentence (``around``) or in the lead reach ``need``, and
        the sentence (``norm``) names one the lead does not."""
        both = sum(1 for c in concepts if mentions(c, around, normalized=True) or mentions(c, self.norm,
                                                                                            normalized=True))
        adds = any(mentions(c, norm, normalized=True) and not mentions(c, self.norm, normalized=True) for c in concepts)
        return adds and both >= need * len(concepts)


def _lead_context(question: Question, title: str, lead: list[str], terms: list[str], concepts: tuple) -> _Lead | None:
    """The article's title and lead (:data:`LEAD_CONTEXT`) when they tell the question's event: they name enough of
    its key entities and, for an Arabic question, a third of its content words (``terms``); an English one's concepts,
    one of them. None otherwise."""
    text = title + " " + " ".join(lead)
    norm = normalize(_words(text))
    has = entities_named(question, norm, normalized=True, adjective=True)
    if question.entities and not enough(question, has):
        return None
    stems = frozenset(content_terms(text))
    if terms and overlap(tuple(terms), set(stems)) / len(terms) < MIN_COUNTED_OVERLAP:
        return None
    if concepts and not any(mentions(c, norm, normalized=True) for c in concepts):
        return None
    return _Lead(has, norm, stems)


def _beside(text: str, spans: list[tuple[int, int]], i: int, normalized: bool = False) -> str:
    """Sentence ``i`` of ``text`` with the one before it and the one after it (normalised on request): news names a
    place or tells the event in one sentence and what happened there, or who said it, in the next."""
    around = " ".join(text[a:b] for a, b in spans[max(0, i - 1): i + 2])
    return normalize(_words(around)) if normalized else around


TITLE_CONTEXT = True  # switch for A/B measurement: an English question reads a lead sentence with its article's title
# how many sentences from an article's start are read under its title: the headline and the lead tell one event in
# two wordings ("تحطم طائرة تدريب في المغرب" over "هوت طائرة صغيرة قرب مدينة القنيطرة"), so the places, actors and
# concepts of the question the title names count for the lead too; later sentences may tell of other incidents (read
# under the title, every sentence: -2 questions). (Arabic questions: the lead then outranked the sentence naming the
# district asked for; measured 0 net.)
TITLE_LEAD_SENTENCES = TITLE_LEAD  # (compose.TITLE_LEAD: the support check reads the same lead sentences)
TITLE_KEPT = True  # switch for A/B measurement (tests patch it)


def passage_claims(question: Question, evidence: Evidence, *, limit: int = 2,
                   keep: Callable[[str], bool] | None = None, general_filler: bool = True) -> list[Claim]:
    """Quote the best sentences of the top documents, if any fits the question well enough.

    A sentence qualifies when it names enough key entities, contains the cue words of the
    question's intent and topic (a casualty question needs a casualty sentence), and
    shares at least half of the question's other content words. A general question
    must share at least one such word; an English question whose words the lexicon
    cannot map to Arabic is answered only from a sentence naming every place, actor and
    name it asks about (:func:`_bound_only`), and never when one of its names is unknown.
    """
    # an English question some of whose words the lexicon cannot say in Arabic ("call on", "be drawn into") is
    # read only from sentences bound to it by everything it names (:func:`_bound_only`); one naming an unknown
    # name, or nothing the lexicon knows, is not read from passages at all
    bound = unmapped(question)
    if bound and not _bound_only(question):
        return []
    name: re.Pattern[str] | None = None  # (ASKED_NAME: the name a "who is" question asks about)
    birth = asks_birthplace(question)
    cue = _EXPECTED_CUE if asks_expected(question) else _MANNER_CUE if asks_manner(question) else _BIRTH_CUE if birth \
        else _CUE.get(question.intent)
    if BEHIND_FORMS and question.intent is Intent.perpetrator and cue is _CUE[Intent.perpetrator]:
        cue = _compiled(cue.pattern + "|" + _BEHIND_CUE)
    if UNIT_ASKED and asks_unit(question):
        cue = _UNIT_CUE  # "من أي فوج": a sentence naming a unit (asks_unit)
    elif question.intent is Intent.role:
        cue = role_cues(question) or cue  # "governor" asks for a governor, not any official
        name = asked_name(question) if cue is _CUE[Intent.role] else None
        if name is not None:
            cue = name  # "من هو فلان الفلاني": a sentence naming him (whole) says what he is, in its own words
        elif cue is _CUE[Intent.role] and (held := _asked_office(question)) is not None:
            # "من هو زعيم تنظيم ...": a sentence naming the office ("... الزعيم الجديد للتنظيم") names its holder, as
            # one naming an office of the role cue does (the official asked may be named by his own title)
            cue = _compiled(cue.pattern + "|" + held.pattern)
        elif cue is _CUE[Intent.role] and question.language == "en":
            cue = _ROLE_EN_CUE  # "Who is the UN special coordinator ...": the office named by its title (_ENVOY_CUE)
    elif PARTAKE and question.intent is Intent.participants and cue is not None:
        cue = _compiled(cue.pattern + _PARTAKE_CUE)
    elif DOER_VERB and question.intent is Intent.perpetrator and question.language == "ar" and cue is not None:
        verb = _DOER_Q.match(normalize(question.text))
        if verb:  # "من أطلق القذائف": a sentence of their launch ("أخفق المسلحون في إطلاق القذائف") names who did it
            cue = _compiled(cue.pattern + "|" + _DOER_FORMS[verb.group(1)])
    elif SOURCE_ASKED and question.intent is Intent.general and asks_source(question):
        cue = _SOURCE_CUE  # "which news agency reported X": the sentence naming the agency that told it
    topic = None if birth else _topic_cue(question)  # (a birth sentence need not tell the attack its man is known for)
    english = question.language == "en"
    # (the death a manner question asks about is its subject, not a word its answer must repeat: "مصرعهم بغارة")
    death = (_CUE[Intent.killed], _CUE[Intent.injured]) if asks_manner(question) else ()
    drop = "|".join(p.pattern for p in (cue, topic, *death) if p is not None)
    terms = [] if english else rest_terms(_unframed(question), re.compile(drop) if drop else None)
    # "من هو محافظ حضرموت الذي أعلن نجاح عملية الفيصل": the office is asked about; what its holder did is told
    # in the article's own words, so the words before the relative clause must be shared, the rest only rank
    head = _head_terms(question, re.compile(drop) if drop else None) if not english else []
    concepts = tuple(c for c in question.concepts if not framing(c, question.text)) if english else ()
    if concepts and ASKED_KIND_FREE:
        # "in which city ...": the kind of place asked for is what the answer states, not what the sentence must
        # share with the question (any sentence naming some town would count it); the event's words decide
        kind = asked_kind(question)
        nouns = set(kind[1]) if kind is not None and kind[0] == "place" else set()
        kept = tuple(c for c in concepts if not nouns & {normalize(a) for a in (c.canonical, *c.ar)})
        # (the kind alone left: a question naming what it is about -- "in which city did Macron say ..." -- is
        # bound by its entities, no sentence need write the word "city")
        concepts = kept or (() if KIND_ONLY_FREE and nouns and question.entities else concepts)
    # a month or "according to reports" frames the question: a sentence naming it ranks higher, need not name it
    framed = tuple(c for c in question.concepts if framing(c, question.text)) if english else ()
    office = _office_words(question, concepts) if english and question.intent is Intent.role else set()
    # the office an English role question asks about, apart from the event its holder is known by: every role word
    # of the office must be named, the event may be told in other words (one of its words suffices)
    in_office, split = _office_en(question, concepts)
    office_roles = [c for c in concepts if c.get("category") == "role" and c.id in in_office]
    split = split and bool(office_roles)
    specific = cue is not None or topic is not None or bool(question.entities)
    # an English question told in everyday words the lexicon has no concept for ("at whose request did the
    # coalition intervene in Yemen"): their Arabic (qa_words) must be shared, and every entity named
    said = _said_words(question) if english and not concepts and question.intent is Intent.general else []
    if question.intent is Intent.general and not terms and not concepts and not said:
        return []
    if not specific and not terms and not concepts:
        return []
    noun = counted_noun(question) if question.how_many else None
    why = WHY_REASON and asks_why(question)
    verbs = set(asked_verbs(question)) if ASKED_VERB and not english and question.intent in (
        Intent.action, Intent.general) else set()
    # "ماذا دمرت الغارات": "أدت الغارات إلى تدمير ..." states the verb too, by its noun (VERBAL_NOUN)
    said_by = {n: v for v in verbs for n in verbal_nouns((v,))} if VERBAL_NOUN else {}
    verbs |= set(said_by)
    candidates: list[tuple[float, str, int, int]] = []
    units = _ordinal_units(question) if question.intent in (Intent.role, Intent.lead) else []
    described = _clause_numbers(question)
    own = set(question.numbers) - described
    for doc_id, doc in evidence.docs.items():
        if described and not described <= numbers_in(doc.text):
            continue
        rank = evidence.rank_of(doc_id)
        spans = news_sentences(doc.text)
        # an article whose title and lead name every key entity, two or more (a place alone hosts many events),
        # tells of that subject throughout: a later sentence ("وذكر شهود أن الغارة الثانية ...") need not name them
        first = _lead_spans(doc.text, spans)
        lead = LEAD_SUBJECT and len(question.entities) >= 2 and all(entities_named(
            question, normalize(_words((doc.title or "") + " " + " ".join(doc.text[a:b] for a, b in first))),
            normalized=True))
        tnorm = normalize(doc.title or "") if TITLE_CONTEXT and english else ""
        title_has = entities_named(question, tnorm, normalized=True, adjective=True) if tnorm else []
        ctx = _lead_context(question, doc.title or "", [doc.text[a:b] for a, b in first], terms, concepts) \
            if LEAD_CONTEXT else None
        for idx, (s, e) in enumerate(spans):
            context = False  # (LEAD_CONTEXT: the sentence qualifies only read with its article's lead)
            sentence = doc.text[s:e]
            if len(sentence) < 15:
                continue
            norm = normalize(_words(sentence))
            later = ctx is not None and (s, e) not in first and not ctx.elsewhere(question, norm)
            if cue is not None and not cue.search(norm):
                continue
            if units and not any(u.search(norm) for u in units):
                continue  # "من يقود اللواء الخامس": a sentence on another brigade ("قائد اللواء أول") is no answer
            # (an English role question's office named here: the event its holder is known by may be told in other
            # words, its topic too -- "to strike corrupt officials" is no attack -- when every entity is named here)
            office_here = split and len(sentence) <= PINNED_CHARS and all(mentions(c, norm, normalized=True)
                                                                          for c in office_roles)
            if topic is not None and not topic.search(norm) and not (
                    NEAR_CONCEPTS and cue is not None and topic.search(_beside(doc.text, spans, idx, True))) and not (
                    office_here and all(entities_named(question, norm, normalized=True, adjective=True))):
                continue  # (the attack a spokesman's sentence answers about may be told in the one beside it)
            if keep is not None and not keep(norm):
                continue
            # (a country by its adjective too: "المتحدث باسم الرئيس التركي" names Turkey)
            has = entities_named(question, norm, normalized=True, adjective=True)
            headed = bool(tnorm) and idx < TITLE_LEAD_SENTENCES
            if headed:  # a lead sentence is read under its headline: what the title names, it is about
                has = [a or b for a, b in zip(has, title_has, strict=True)]
            alone = all(has)
            if not alone:  # news names the place in one sentence and tells what happened there in the next
                around = entities_named(question, _beside(doc.text, spans, idx, True), normalized=True, adjective=True)
                # (a lead sentence keeps what its headline named: "ISIS men flee Ramadi" over a lead naming the cell)
                has = [a or b for a, b in zip(has, around, strict=True)] if TITLE_KEPT and headed else around
            if OFFICE_STATE_TITLE and question.intent is Intent.role and not all(has) and cue is not None:
                has = _state_by_title(question, has, doc.title or "", norm)
            if not enough(question, has) and not lead:
                if not (later and enough(question, [a or b for a, b in zip(has, ctx.has, strict=True)])):
                    continue
                context = True
            if bound and not all(has):
                continue  # (an unmapped question: every place, actor and name it asks about, here or beside)
            # a sentence naming every key entity itself first, then with its neighbours, then enough of them
            # (or none, in an article whose lead names them all)
            # (an English question's entities are found through their Arabic spellings, and a translated question's
            # words seldom follow one sentence's order: a sentence naming them with its neighbours is as bound to
            # it as one naming them itself; the question's concepts and the article's rank then choose)
            every = 2 if alone or (english and NEIGHBOURS_NAME and all(has)) else int(all(has))
            if LEAD_TITLE and question.intent is Intent.lead and _titled(question, norm):
                every = 3  # "قائد جبهة مقبنة العقيد ...": the holder of what the question names, by his title
            # a number that describes the event ("more than 12 strikes") may sit in the sentence beside it
            if own and not own <= numbers_in(sentence) and (
                    question.how_many or not own <= numbers_in(_beside(doc.text, spans, idx))):
                continue
            if english:
                # each English concept maps to alternatives in Arabic: count the concepts the sentence names
                named = sum(1 for c in concepts if mentions(c, norm, normalized=True)
                            or (headed and mentions(c, tnorm, normalized=True)))
                # half the concepts; a third when the text names every entity asked about (a long question's
                # description of the event -- "by phone", "remnants" -- is told in other words)
                need = 1 / 3 if question.entities and all(has) else 1 / 2
                near, around = named, norm
                if NEAR_CONCEPTS and concepts and named < len(concepts):
                    # the event a question describes ("the air strike on a car") is told in the sentence beside
                    # the one that answers it ("the army's spokesman said ..."), as its places are
                    around = _beside(doc.text, spans, idx, True)
                    near = sum(1 for c in concepts if mentions(c, around, normalized=True))
                # the office and every entity in the sentence itself: one word of the event is enough
                event = [c for c in concepts if c.id not in in_office]
                pinned = office_here and alone and (not event or any(mentions(c, around, normalized=True)
                                                                     for c in event))
                if not pinned and concepts and near < need * len(concepts):
                    if not (later and ctx.adds_concepts(concepts, around, norm, need)):
                        continue
                    context = True
                whole = near < len(concepts)
                if NEAR_CONCEPTS and question.intent is Intent.role:
                    # ... and of a role question's office and event every one (the scene -- "a car", "the city" --
                    # may be told in other words)
                    core = [c for c in concepts if c.get("category") != "context" or c.id in office]
                    whole = not all(_office_named(c, around, cue, question) for c in core)
                if question.intent is Intent.role and not pinned and (whole and need == 1 / 2 or any(
                        c.get("category") == "role" and not _office_named(c, norm, cue, question) for c in concepts)):
                    continue  # an office is asked about whole: "oil minister" is not any minister
                if said:
                    stems = set(content_terms(_beside(doc.text, spans, idx) if not alone else sentence))
                    told = sum(1 for w in said if not w.isdisjoint(stems))
                    if not all(has) or told == 0 or told < len(said) / 2:
                        continue
                share = named / len(concepts) if concepts else 1.0
                share += 0.1 * overlap(question.expansion, set(content_terms(sentence)))
                share += 0.2 * sum(1 for c in framed if mentions(c, norm, normalized=True))
            else:
                stems = set(content_terms(sentence))
                stems |= {said_by[n] for n in stems & said_by.keys()}  # (the noun shares its verb's word)
                shared = overlap(tuple(terms), stems) if terms else 0
                # a sentence counting what a "how many" question counts ("بسبعة قرارات" for "كم قرارا") needs
                # fewer of its words: the rest describe the thing counted, in the article's own words (so does one
                # stating the verb asked: ASKED_VERB)
                told = bool(verbs & stems)
                need = MIN_COUNTED_OVERLAP if (noun is not None and counts_noun(norm, noun)) or told \
                    else MIN_PASSAGE_OVERLAP
                if OFFICE_AROUND and question.intent is Intent.role and cue is not None and shared and \
                        shared / len(terms) < need:
                    # "من هو وزير الداخلية الذي ندد بأعمال العنف في المسيرة": the sentence names the office and what
                    # its holder did; the event it was about is told beside it or in the title
                    around = overlap(tuple(terms), set(content_terms(
                        _beside(doc.text, spans, idx) + " " + (doc.title or ""))))
                    if around / len(terms) >= need:
                        shared = min(around, int(need * len(terms) + 0.999))  # (ranks below a sentence sharing more)
                        every = min(every, 1)
                if terms and (shared == 0 or shared / len(terms) < need) and not (
                        head and overlap(tuple(head), set(content_terms(sentence))) / len(head) >= MIN_PASSAGE_OVERLAP
                        and all(has)):
                    if not (later and ctx.adds_terms(terms, stems, need)):
                        continue
                    context = True  # (ranked by the words it holds itself)
                share = shared / len(terms) if terms else 1.0
                if told:
                    share += ASKED_VERB_WEIGHT  # (ASKED_VERB)
            if question.how_many and numbers_in(sentence):
                share += 0.5  # a "how many" question wants the sentence that states a number
            if noun is not None and counts_noun(norm, noun):
                share += 1.0  # ... and most the one whose number counts what it asks about ("بسبعة قرارات")
            if question.intent is Intent.perpetrator and _CLAIM.search(norm):
                share += 1.0  # a claim of responsibility names the doer more surely than an attack verb
            if PARTAKE and question.intent is Intent.participants and _PARTAKE.search(norm):
                share += 0.5  # a sentence telling who takes part names the participants
            if why and gives_reason(norm):
                share += WHY_REASON_WEIGHT  # (WHY_REASON)
            if name is not None and _DEFINES.match(norm, _end_of(name, norm)):
                share += 1.0  # "أما فلان الفلاني، فهو المشرف ...": the sentence defining him, not one listing him
            candidates.append((-1 if context else every, share - 0.05 * rank, doc_id, s, e))
    if any(c[0] >= 0 and c[2] not in evidence.late for c in candidates):
        # (LEAD_CONTEXT: read only when no sentence of the articles read first fits alone)
        candidates = [c for c in candidates if c[0] >= 0]
    candidates.sort(key=lambda c: (-c[0], -c[1]))
    claims: list[Claim] = []
    used_docs: set[str] = set()
    fits = _fitting_docs(question, evidence, candidates) if PASSAGE_FITS else {}
    cons = dated_constraints(question) if FITTING_FIRST else None
    fills = filler_test(question) if candidates and FILLER_SHOWN else None
    for _, _, doc_id, s, e in candidates:
        if doc_id in used_docs:
            continue
        doc = evidence.docs[doc_id]
        if cons is not None and not span_fits(cons, doc.text[s:e], doc.text, doc.published, doc.title):
            continue  # (a sentence the answer cannot cite takes none of the few places: actions.FITTING_FIRST)
        if doc_id in fits and (s, e) != fits[doc_id]:
            # (an article's best sentence may tell another month's event -- the blast of January retold in
            # March's news --: its sentence that fits the month or year asked answers instead)
            continue
        used_docs.add(doc_id)
        quote = evidence.docs[doc_id].text[s:e]
        short = shown(question, quote, fills)
        text = (f"تقول المصادر: «{short}»" if question.language == "ar"
                else f"The sources say (in Arabic): «{short}»{glossed(quote)}")
        spans = [(doc_id, s, e)]
        after = _holder_after(question, evidence.docs[doc_id].text, s, e)
        more = [after] if after is not None else _partakers_after(question, evidence.docs[doc_id].text, e)
        if not more and (filler := _filler_after(question, evidence.docs[doc_id].text, s, e,
                                                 general=general_filler)) is not None:
            more = [filler]  # (FILLER_AFTER: the sentence holding what is asked, after the one telling the event)
        for a, b in more:
            spans.append((doc_id, a, b))
            text += f" … «{shown(question, evidence.docs[doc_id].text[a:b], fills)}»"
        claims.append(Claim(text, spans, quoted=True))
        if len(claims) >= limit:
            break
    return claims


# switch for A/B measurement: a role question names the office's state by its adjective ("من وزير الإعلام النيجيري الذي
# قال ..."، "who is the Nigerian information minister"); the article whose headline names that state ("نيجيريا تعترف
# بفقدان 110 تلميذات") writes its officials unqualified ("وقال وزير الإعلام فلان إن ..."): a sentence naming the office
# and no state of its own counts as naming the headline's state
OFFICE_STATE_TITLE = True


# switch for A/B measurement: a unit named by its ordinal ("اللواء الخامس حرس حدود"، "المنطقة العسكرية الرابعة"، "الفرقة
# السابعة") in a role or lead question is that unit alone: the sentence answering "who leads it" names it so (its ordinal
# in a word or in digits), not a sibling unit ("قائد اللواء أول حرس حدود" answers nothing of the fifth)
ORDINAL_UNIT = True
_UNIT_NOUNS = r"(?:لواء|فرقه|كتيبه|فوج|سريه|منطقه عسكريه|منطقه العسكريه|قطاع)"
_ORDINALS = {"اول": 1, "اولي": 1, **{f: v for w, v in ORDINALS.items() if v > 1 for f in (w, w + "ه")}}
_ORDINAL_UNIT_Q = re.compile(rf"(?<!\w)[وفبل]?(?:ال)?{_UNIT_NOUNS} (?:ال)?({'|'.join(_ORDINALS)})(?!\w)")


def _ordinal_units(question: Question) -> list[re.Pattern[str]]:
    """The units an Arabic role or lead question names by an ordinal, each as the pattern of its noun and that ordinal
    (in a word, with or without the article, or in digits) in a normalised sentence (:data:`ORDINAL_UNIT`)."""
    if not ORDINAL_UNIT or question.language != "ar":
        return []
    out = []
    for m in _ORDINAL_UNIT_Q.finditer(normalize(question.text)):
        value = _ORDINALS[m.group(1)]
        words = "|".join(w for w, v in _ORDINALS.items() if v == value)
        noun = m.group(0).split()[0]
        noun = re.sub(r"^[وفبل]?(?:ال)?", "", noun)
        out.append(re.compile(rf"(?<!\w)[وفبل]?(?:ال)?{noun}(?: (?:ال)?عسكريه)? (?:(?:ال)?(?:{words})|{value})(?!\w)"))
    return out


@functools.lru_cache(maxsize=1)
def _countries() -> tuple:
    """The lexicon's countries."""
    from marsad.core.lexicon import get_lexicon

    return tuple(e for e in get_lexicon().of_kind("places") if e.get("admin_level") == "country")


def _state_by_title(question: Question, has: list[bool], title: str, norm: str) -> list[bool]:
    """``has`` with each country of the question the sentence (normalised ``norm``) did not name set when the
    article's ``title`` names it and the sentence names no other country (:data:`OFFICE_STATE_TITLE`)."""
    from marsad.agent.qa.subject import named_in

    if not title:
        return has
    tnorm = normalize(readable(title))
    asked = {e.id for e in question.entities}
    if any(e.id not in asked and named_in(e, norm, normalized=True) for e in _countries()):
        return has  # (another state's official, by its name or adjective: "وقال وزير الخارجية الفرنسي")
    return [h or (e.get("admin_level") == "country" and mentions(e, tnorm, normalized=True))
            for h, e in zip(has, question.entities, strict=True)]


# switch for A/B measurement: an Arabic "who is" question asking about a man by his name ("من هو فلان الفلاني الذي شيعه
# الحوثيون") -- no office word, no descriptor (appositions.asked_descriptor) -- is answered by a sentence naming him whole
# (his words in order, one or two words of his lineage between: "فلان بن علان الفلاني"), whatever office it gives him
# ("المشرف"، "القيادي": words the role cue does not hold); one defining him ("فهو"، "وهو"، "هو", or a relative clause
# after a comma: "فلان الفلاني (32 عاما)، الذي ...") ranks first. A sentence
# sharing one of his names ("علان الفلاني", another man of the family) is no answer.
ASKED_NAME = True
ASKED_NAME_EN = True  # ... and an English "who is <First Last>?" whose words were found as names (A/B switch)
# switch for A/B measurement: an office noun heading the phrase asked about ("من هو زعيم تنظيم ..."، "من هو أمير
# التنظيم في ...": question_intent.asks_office's words) makes it a role question asking for the office's holder, not a
# name whose words a sentence must give in order
OFFICE_NOT_NAME = True
_ASKS_NAME = re.compile(r"^\W*(?:و?من) (?:هو|هي) ((?:[^\W\d_]{2,} ){1,4}?)(?:(?:الذي|التي|الذين|في|من|عن|بعد|قبل)(?!\w)|$)")
_ALI = "علي"  # (normalised) the given name Ali, written as the preposition "على" is once normalised: a name's word here
_DEFINES = re.compile(r"\W{0,3}(?:\S+ ){0,3}?(?:[وف]?هو|[وف]?هي)(?!\w)|\W{0,3}(?:الذي|التي) (?:يشغل|كان|يعد|يعتبر)"
                      r"|\s*(?:\([^()]{1,20}\)\s*)?[،,]\s*(?:الذي|التي)(?!\w)")


class _NamedInOrder:
    """The words of an English question's name, each by the Arabic spellings found for it (its entity), named in
    their order, at most two words apart ("Ibrahim al-Asiri": "إبراهيم حسن العسيري"); ``search`` as a pattern's."""

    pattern = r"(?!x)x"  # (no word of a sentence is dropped from an English question's terms: it has none)

    def __init__(self, words: list):
        self.words = words

    def search(self, norm: str, pos: int = 0):
        first = _entry_pattern(self.words[0])
        for m in first.finditer(norm, pos) if first is not None else ():
            end = m.end()
            for entity in self.words[1:]:
                nxt = _entry_pattern(entity)
                got = nxt.search(norm, end) if nxt is not None else None
                if got is None or len(norm[end:got.start()].split()) > 2:
                    break
                end = got.end()
            else:
                return _Span(m.start(), end)
        return None


@dataclasses.dataclass(frozen=True)
class _Span:
    a: int
    b: int

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b


_WHO_IS_EN = re.compile(r"^\s*who (?:is|was) ((?:[A-Z][\w'-]+\s?){2,4})\??\s*$", re.I)


def _asked_name_en(question: Question):
    """"Who is Ibrahim al-Asiri?": the name's words, each found in the index's Arabic (an entity of kind ``names``,
    :func:`marsad.agent.qa.translit.with_names`), in order; None when a word is not such a name."""
    m = _WHO_IS_EN.match(question.text)
    if m is None:
        return None
    words = [re.sub(r"^(?:al|el|as|ad|ar|an|ash|at|az)-", "", w, flags=re.I) for w in m.group(1).split()]
    by_word = {(e.name_en or "").lower(): e for e in question.names if e.kind == "names"}
    found = [by_word.get(w.lower()) for w in words]
    if len(found) < 2 or any(e is None for e in found):
        return None
    return _NamedInOrder(found)


def asked_name(question: Question) -> re.Pattern[str] | None:
    """The pattern of the name an Arabic "who is <name>" question asks about (:data:`ASKED_NAME`), or None: a
    question asking by an office or a descriptor, a name of one word, or a word of it the lexicon knows (a place or a
    group: "من هو حزب الله"). An English "who is <First Last>?" gets its words' Arabic spellings in order."""
    if ASKED_NAME and ASKED_NAME_EN and question.language == "en":
        return _asked_name_en(question)
    if not ASKED_NAME or question.language != "ar" or question.entities and any(
            e.kind not in ("names",) for e in question.entities if _in_name(e, question)):
        return None
    m = _asks_name(question)
    if m is None or OFFICE_NOT_NAME and _asks_office_ar(question, normalize(question.text)):
        return None
    words = m.group(1).split()
    if len(words) < 2 or words[0].startswith("ال") or any(
            w != _ALI and (w in STOP_AR or NOT_NAME.match(w)) for w in words):
        return None
    if asked_descriptor(question) is not None:
        return None
    gap = r"(?:\s+\S+){0,2}?\s+"
    return re.compile(r"(?<!\w)[وفبل]?" + gap.join(re.escape(w) for w in words) + r"(?!\w)")


_OFFICE_HEAD = re.compile(r"^\W*و?من (?:هو |هي )?(?:ال)?(\S+)")
# switch for A/B measurement: an office noun that is also a given name (أمير، أمين) heads an office asked about only
# before a common word, with or without its article, or a place or group the question names ("من هو أمير الكويت"،
# "أمين عام الحزب"، "أمير التنظيم في ..."); before any other word it is a given name ("من هو أمير طاهري"، "أمين معلوف")
OFFICE_GIVEN = True
_OFFICE_GIVEN = re.compile(r"^\W*و?من (?:هو |هي )?(?:امير|امين) (\S+)")


def _asks_office_ar(question: Question, norm: str) -> bool:
    """question_intent.asks_office for an Arabic question, but for a given name that is also an office noun
    (:data:`OFFICE_GIVEN`)."""
    if not asks_office(norm, "ar"):
        return False
    m = _OFFICE_GIVEN.match(norm) if OFFICE_GIVEN else None
    if m is None:
        return True
    word = m.group(1).rstrip("؟?.!،,")
    return word.startswith("ال") or word in common_words() or any(
        mentions(e, word, normalized=True) for e in question.entities)


def _asked_office(question: Question) -> re.Pattern[str] | None:
    """(:data:`OFFICE_NOT_NAME`) The office noun an Arabic "من هو <office> ..." question opens with
    (question_intent.asks_office), as a pattern of the sentences naming it, with or without its article and a
    clitic ("زعيم" -> "زعيم تنظيم"، "وزعيم"، "الزعيم"); None for any other question."""
    if not OFFICE_NOT_NAME or question.language != "ar":
        return None
    norm = normalize(question.text)
    m = _OFFICE_HEAD.match(norm) if _asks_office_ar(question, norm) else None
    return _compiled(rf"(?<!\w)[وفبل]?(?:ال)?{re.escape(m.group(1))}(?!\w)") if m else None


def _asks_name(question: Question) -> re.Match[str] | None:
    """:data:`_ASKS_NAME` on the normalised question; the name may end it ("من هو فلان الفلاني؟")."""
    return _ASKS_NAME.match(normalize(question.text).rstrip(" ؟?.!") + " ")


def _in_name(entity, question: Question) -> bool:
    """The lexicon entity is named between "من هو" and the question's next word of its own (a group asked about)."""
    m = _asks_name(question)
    return m is not None and mentions(entity, m.group(1), normalized=True)


def _end_of(name: re.Pattern[str], norm: str) -> int:
    m = name.search(norm)
    return m.end() if m else len(norm)


ANY_OFFICE = True  # switch for A/B measurement (tests patch it)
# the office of "which official said ..." is any office: the Kuwaiti official who spoke is the speaker of parliament
# or a minister, whom news names by his title, not by the word مسؤول
# (pass 68) "which Houthi leader said ...": a group's leader is whoever heads it or one of its bodies ("رئيس المجلس
# السياسي", "الأمين العام"), named by his office's title as an official is
_ANY_OFFICE = frozenset({"official", "leader"})


# the generic office as the one asked for ("which Kuwaiti official", "what senior official"), not a word of the event
# ("to hold negligent officials to account")
_ASKED_OFFICIAL = re.compile(r"\b(?:which|what)\s+(?:[\w'-]+\s+){0,3}?officials?\b", re.I)
# (pass 68) a group's leader asked by the group's name before the word: "which Houthi leader said ..." (read as "who
# is the Houthi leader who said ..."); not "which leader of the party" nor "who was the leader killed"
_ASKED_LEADER = re.compile(r"\bwho\s+is\s+the\s+((?:[\w'-]+\s+){1,3}?)leaders?\s+who\b"
                           r"|\bwhich\s+((?:[\w'-]+\s+){1,3}?)leaders?\b", re.I)


def _asked_leader(text: str) -> bool:
    """(fixqaen68) "which Houthi leader ...": the words before "leader" name a group or state the lexicon knows (an
    actor, or a place by its name or adjective), so the leader is whoever heads that body; "which tribal leader",
    "which senior leader of the party", "which gang leader" name no known body and ask the office whole."""
    from marsad.agent.qa.question_entities import english_names
    from marsad.core.lexicon import get_lexicon

    match = _ASKED_LEADER.search(text)
    words = match and (match.group(1) or match.group(2) or "")
    return bool(words) and any(e.kind in ("actors", "places") for e, _, _ in english_names(words, get_lexicon()))


# switch for A/B measurement: an office the question names ("the Asir police spokesman") is named in a sentence by the
# Arabic word the role reader reads that office by (matching.english_offices: spokesman -> المتحدث|الناطق), not only by
# the glossary's phrases ("الناطق باسم", "المتحدث الرسمي"): "الناطق الإعلامي لشرطة المنطقة العقيد ..." names it
ROLE_WORD_OFFICE = True
# the role word only names an office the concept *is* (its whole English name is the office word: "spokesman",
# "envoy", "minister"), never one it qualifies (وزير names no "foreign minister", محافظ no "deputy governor", أمين no
# "UN Secretary-General"); and never by رئيس, which heads anything (a state, a government, a council, a club)
_ANY_HEAD = "رييس"


def _office_named(concept, norm: str, cue: re.Pattern[str] | None, question: Question) -> bool:
    """The normalised text names ``concept``, or (:data:`ANY_OFFICE`) the concept is the generic office the question
    asks for and the text names an office of the role question's cue words (minister, speaker, spokesman ...)."""
    if mentions(concept, norm, normalized=True):
        return True
    if ROLE_WORD_OFFICE and concept.name_en and any(
            ar != _ANY_HEAD and re.fullmatch(en, concept.name_en, re.I) and re.search(ar, norm)
            for en, ar in english_offices()):
        return True  # "الناطق الإعلامي بشرطة منطقة عسير": the office by the word the role reader reads it by
    return ANY_OFFICE and concept.id in _ANY_OFFICE and cue is not None and bool(cue.search(norm)) \
        and (bool(_ASKED_OFFICIAL.search(question.text)) if concept.id == "official"
             else _asked_leader(question.text))


def _fitting_docs(question: Question, evidence: Evidence, candidates: list) -> dict[str, tuple[int, int]]:
    """For each article whose best candidate sentence does not fit the question's month, year or day
    (:func:`marsad.agent.qa.domain.span_fits`) but a later one does, that later sentence's span."""
    cons = constraints_of(question)
    out: dict[str, tuple[int, int]] = {}
    seen: dict[str, bool] = {}  # article -> its best candidate fits
    for _, _, doc_id, s, e in candidates:
        if doc_id in out or seen.get(doc_id):
            continue
        doc = evidence.docs[doc_id]
        ok = span_fits(cons, doc.text[s:e], doc.text, doc.published, doc.title)
        if doc_id not in seen:
            seen[doc_id] = ok
        elif ok:
            out[doc_id] = (s, e)
    return out


ASKED_KIND_FREE = True  # switch for A/B measurement (tests patch it)
KIND_ONLY_FREE = True  # switch for A/B measurement: the asked kind of place alone is no concept a sentence must name
SAID_WORDS = True  # switch for A/B measurement: see _said_words


def _said_words(question: Question) -> list[frozenset[str]]:
    """The stems of each everyday word of an English question whose Arabic ``qa_words.json`` knows (qa_words:
    "request" -> طلب, "intervene" -> تدخل), for a general question the glossary has no concept for: a sentence
    answering it must share at least half of them (one at least) and name every entity asked about. Empty
    without such a word or without an entity."""
    if not SAID_WORDS or not question.entities:
        return []
    table = qa_words()
    out = []
    for word in dict.fromkeys(w.lower() for w in re.findall(r"[A-Za-z]+", question.text)):
        if word in table and word not in _STOP_EN:
            stems = frozenset(content_terms(" ".join(table[word])))
            if stems:
                out.append(stems)
    return out
UNMAPPED_BOUND = True  # switch for A/B measurement (tests patch it)


def _bound_only(question: Question) -> bool:
    """An unmapped English question (:func:`marsad.agent.qa.question.unmapped`) may still be answered from a passage
    when what it leaves unsaid are ordinary words -- the verb of what was said or done ("call on ... to become",
    "would not be drawn into", "ask to speak with") -- and it names a place, an actor or a name the lexicon knows:
    the sentence quoted (or the one beside it) must then name every one of them, beside the usual share of the
    concepts the lexicon does say. A capitalised word
    nothing knows (a name: "Reykjavik") still keeps the passages out: no sentence can be shown to be about it."""
    if not UNMAPPED_BOUND or not question.entities:
        return False
    return not any(m.group().lower() in question.uncovered and name_like(m.group(), m.start())
                   for m in re.finditer(r"(?<![A-Za-z])[A-Za-z]+", question.text))


OFFICE_AROUND = True  # switch for A/B measurement (tests patch it)
HOLDER_AFTER = True  # switch for A/B measurement (tests patch it)
# switch for A/B measurement: ... for an English role question too ("Who is the Afghan interior ministry spokesman who
# described ...": the sentence naming the office tells what was said, the one after it names the spokesman)
HOLDER_AFTER_EN = True
# the next sentence naming who spoke ("وكتب فلان الفلاني على ..."، "وقال فلان إن ..."): news names an office in one
# sentence ("أعلن المتحدث باسم الوزارة أن ...") and its holder by name in the next, where he is quoted again
_SAYER_NEXT = re.compile(r"^\W*[وف]?(?:قال|كتب|اضاف|اوضح|صرح|ذكر|اكد|غرد)ت?\s+((?!ال)[^\W\d]{3,})\s+((?!ال)[^\W\d]{3,})")


def _holder_after(question: Question, text: str, start: int, end: int) -> tuple[int, int] | None:
    """For an Arabic role or lead question (an English one too: :data:`HOLDER_AFTER_EN`), the span of the sentence
    after the quoted one when it names a speaker by name (:data:`_SAYER_NEXT`) the quoted sentence does not: the holder
    of the office the quote names."""
    if not HOLDER_AFTER or (question.language != "ar" and not HOLDER_AFTER_EN) \
            or question.intent not in (Intent.role, Intent.lead):
        return None
    spans = news_sentences(text)
    nxt = next(((a, b) for a, b in spans if a >= end), None)
    if nxt is None:
        return None
    m = _SAYER_NEXT.match(normalize(text[nxt[0]:nxt[1]]))
    if not m or any(NOT_NAME.match(w) for w in m.groups()):
        return None
    if m.group(1) in normalize(text[start:end]):
        return None  # the quote names him already
    return nxt


PARTAKERS_AFTER = 2  # most sentences after a participants answer's quote told with it (0: off): see _partakers_after


def _partakers_after(question: Question, text: str, end: int) -> list[tuple[int, int]]:
    """For a participants question, the spans of the sentences right after the quoted one (ending at ``end``) that
    tell of taking part (:data:`_PARTAKE`), up to :data:`PARTAKERS_AFTER` and up to the first that does not: news
    names one force per sentence ("تشارك ألوية من الجيش في الهجوم" then "كما يشارك مئات من أبناء العشائر")."""
    if not PARTAKE or not PARTAKERS_AFTER or question.intent is not Intent.participants:
        return []
    out: list[tuple[int, int]] = []
    for a, b in news_sentences(text):
        if a < end:
            continue
        if len(out) >= PARTAKERS_AFTER or not _PARTAKE.search(normalize(text[a:b])):
            break
        out.append((a, b))
    return out


# switch for A/B measurement (tests patch it): a question asking a slot of a kind -- a sum of money, a type or model,
# the force or group someone belongs to, a reason -- whose quoted sentence holds no filler of that kind is answered
# with the first of the next FILLER_REACH sentences of the article that holds one: news tells the event in one
# sentence ("حاول مسلحون اقتحام المنزل") and its particulars in the ones after it ("ويتبع طاقم الحراسة قوات ...",
# "وبحوزته 6 ملايين دولار", "منصة صواريخ من طراز ...", "وقالت إن الهجمات جاءت ردا على ...")
FILLER_AFTER = True
FILLER_REACH = 3
# (the sum of money and the type or model asked, and the sentence telling them, are the slot readers' own patterns:
# slots_more's money asker and its checked sum -- a number or a scale before the currency, "ريال مدريد" is a club --,
# slots' model asker -- a type of a thing made in models -- and its "من طراز/نوع" teller; a model's code in Latin
# letters and digits ("SA22"، "F-16") tells one too)
_MODEL_CODE = re.compile(r"(?<![\w-])[A-Za-z]{1,5}-?\d{1,4}(?![\w-])")
_ASKS_FORCE = {"ar": re.compile(r"(?<!\w)(?:الي |ل)?(?:اي|ايه|ما|ما هي|ما هو) (?:ال)?(?:قوات|قوه|جماعه|تنظيم|فصيل|ميليشيا|مليشيا"
                                r"|لواء|وحده|كتيبه|جهه|فرقه)(?!\w)"),
               "en": re.compile(r"\b(?:which|what) (?:\w+ )?(?:forces?|group|unit|militia|faction|brigade|organi[sz]ation|army)\b",
                                re.I)}
# (the head of a construct, without the article -- "قوات الحرس"، "تنظيم داعش" --: "بالتنظيم" is the one already told of)
_FORCE = re.compile(r"(?<!\w)[وفبل]?(?:قوات|لواء|الويه|كتيبه|كتايب|فرقه|(?:ال)?حرس|جماعه|تنظيم|حركه|ميليشيا|مليشيا|فصيل)"
                    r"\s+(?:ال)?(\w+)(?:\W+\w+){0,2}")

# "what is the name of the pastor", "ما اسم الشاب", "which Iraqi man": a person's name, told after "يدعى"/"المدعو", as a
# hashtag of two words without the article ("#آندرو_برانسون"; unseen slice text: 365 articles, 16 of 25 read a name --
# the others "#حرب_باردة"، "#جامعة_لندن") or with the age after it ("علي بشار (20 عاما)")
_ASKS_PERSON_NAME = {"ar": re.compile(r"(?<!\w)(?:ما|وما) (?:اسم|هو اسم)(?!\w)"),
                     "en": re.compile(r"\b[Ww]hat (?:is|was) the name of\b|\b[Ww]hich (?:[A-Z]\w+ )?(?:man|woman|teenager|youth"
                                      r"|pastor|priest|cleric|preacher|soldier|officer|pilot)\b")}
_PERSON_NAME = re.compile(r"(?<!\w)(?:[وف]?(?:يدعي|تدعي|المدعو|المدعوه|اسمه|اسمها))\s+\S+"
                          r"|(?<!\w)[^\W\d_]{3,} [^\W\d_]{3,} \(\d{1,2} (?:عاما|عام|سنه)\)")
_NAME_TAG = re.compile(r"#(?!ال)([^\W\d_]{3,})_(?!ال)([^\W\d_]{3,})(?!_)")
# ... a hashtag is a name when both its words are name-like: its first a given name ("#سامر_خطاب") or neither a
# common word ("#آندرو_برانسون"); "#عدالة_غائبة"، "#حرب_باردة"، "#جامعة_لندن" are a slogan, an idea, a place (pass 56
# review, finding 10; A/B switch, tests patch it)
NAME_TAG_CHECKED = True


def _tells_name(norm: str) -> bool:
    """A (normalised) sentence names a person: "يدعى X"، "X Y (20 عاما)"، or a hashtag of a name (:data:`NAME_TAG_CHECKED`)."""
    if _PERSON_NAME.search(norm):
        return True
    for m in _NAME_TAG.finditer(norm):
        first, last = m.group(1), m.group(2)
        common = common_words()
        if not NAME_TAG_CHECKED or first in rules.words("actors", "given_names") or (
                first not in common and last not in common):
            return True
    return False
# "إلى أي مستشفى نقلت"، "which prison": a facility asked by its kind is told by that noun and its name ("مستشفى الملك
# خالد العام"، "سجن الحائر")
_FACILITY_NOUNS = {"مستشفي": "hospital", "سجن": "prison", "مطار": "airport", "ميناء": "port", "معسكر": "camp",
                   "مخيم": "camp", "جامعه": "university", "مسجد": "mosque", "فندق": "hotel", "قاعده": "base"}
_ASKS_FACILITY = {"ar": re.compile(rf"(?<!\w)(?:الي |في |من )?(?:اي|ايه) (?:ال)?({'|'.join(_FACILITY_NOUNS)})(?!\w)"),
                  "en": re.compile(rf"\b(?:[Ww]hich|[Ww]hat) ({'|'.join(set(_FACILITY_NOUNS.values()))})\b")}
_TITLE_BEFORE = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:قايد|قاده|رييس|زعيم|امير|قياده|مسوول|مدير|امين عام)\s+$")


def _asked_filler(question: Question) -> Callable[[str], bool] | None:
    """What a sentence must hold to fill the slot the question asks (:data:`FILLER_AFTER`), or None."""
    lang = "ar" if question.language == "ar" else "en"
    qnorm = normalize(question.text)
    text = qnorm if lang == "ar" else question.text
    if asks_money(text, lang == "en"):
        return lambda norm: _TELLS_MONEY.search(norm) is not None
    if (_ASKS_MODEL_EN_MORE if lang == "en" else _ASKS_MODEL_AR).search(text):
        return lambda norm: bool(_TELLS_MODEL_KIND.search(norm) or _MODEL_CODE.search(norm))
    if _ASKS_FORCE[lang].search(text):
        named = [*question.actors, *question.entities]

        def force(norm: str) -> bool:  # a force or group the question does not name itself
            for m in _FORCE.finditer(norm):
                phrase = norm[m.start():m.end()]
                if _TITLE_BEFORE.search(norm, 0, m.start()):
                    continue  # "قائد الحرس السابق": an office held, not a force belonged to
                if m.group(1) in qnorm or any(mentions(e, phrase, normalized=True) for e in named):
                    continue
                return True
            return False
        return force
    if m := _ASKS_FACILITY[lang].search(text):
        nouns = [m.group(1)] if lang == "ar" else [a for a, e in _FACILITY_NOUNS.items() if e == m.group(1)]
        facility = re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{'|'.join(nouns)})\s+(?:ال)?(\w+)")
        return lambda norm: any(w.group(1) not in qnorm for w in facility.finditer(norm))
    if _ASKS_PERSON_NAME[lang].search(text):
        return _tells_name
    if asks_why(question):
        # (the reason of the act asked, as the reason reader reads it: "تأخر وصول الإسعاف بسبب السيول" is another act's)
        acts = _asked_acts(question) if REASON_ACT else frozenset()
        motive = bool(_ASKS_MOTIVE_AR.search(qnorm) if question.language == "ar"
                      else _ASKS_MOTIVE_EN.search(question.text))
        return lambda norm: gives_reason(norm) and not _REASON_UNKNOWN.search(norm) and (
            not acts or _reason_tied(norm, acts, motive))
    return None


def _filler_after(question: Question, text: str, start: int, end: int, *, general: bool = True
                  ) -> tuple[int, int] | None:
    """The span of the first of the :data:`FILLER_REACH` sentences after the quoted one (``start``-``end``) that holds
    a filler of the slot the question asks, when the quote holds none (:func:`_asked_filler`); for a slot only the
    general filler types read (:data:`FILLER_ANY`), the article's sentence holding one that holds most of the
    question's content (:func:`fillers.filler_in_article`; not with ``general`` False)."""
    if not FILLER_AFTER:
        return None
    fills = _asked_filler(question)
    if fills is None:
        found = fillers.filler_in_article(question, text, start, end) if FILLER_ANY and general else None
        return found if found is not None or not general else _asked_after(question, text, start, end)
    if fills(_both(text[start:end])):
        return None
    after = [(a, b) for a, b in news_sentences(text) if a >= end][:FILLER_REACH]
    return next(((a, b) for a, b in after if fills(_both(text[a:b]))), None)


def _asked_after(question: Question, text: str, start: int, end: int) -> tuple[int, int] | None:
    """(:data:`fillers.ASKED_WORD`) The first of the :data:`FILLER_REACH` sentences after a quote that never names the
    word the question asks by that names it, with a filler of the type asked when the question asks one: the lead
    tells the base reopened, "وقد بلغت كلفة إنشائها ..." two sentences on answers "كم بلغت تكلفة بناء القاعدة"."""
    asked = fillers.asked_word(question)
    if asked is None or fillers.tells_asked(asked, text[start:end], whole=True):
        return None
    general = fillers.general_filler(question)
    after = [(a, b) for a, b in news_sentences(text) if a >= end][:FILLER_REACH]
    return next(((a, b) for a, b in after if fillers.tells_asked_after(question, text[a:b])
                 and (general is None or general[1](text[a:b]))), None)


# switch for A/B measurement (tests patch it): a question whose slot none of the kinds above reads -- a number, a day,
# a place, a country, a person, "which X" -- and whose quoted sentence holds no filler of that type (the sentence
# beside the answer, or the lead, shares more of the question's words: "صرح وزير في حكومة الجبل بأن ..." for "which
# minister said ...", a visit's lead for "how many crossings") is answered with the article's sentence that holds one
# (sentence_pick.has_filler, the last reader's general filler types) and most of the question's content (its key
# entities, numbers and words: sentence_pick's units) -- the sentence nearest the quote on a tie; none holding at least
# FILLER_ANY_COVER of that content (weighted) is read
FILLER_ANY = True


# switch for A/B measurement (tests patch it): a quoted sentence longer than the answer shows (compose.excerpt cuts it
# at SHOWN_CHARS) whose shown part holds no filler of the slot asked, the whole holding one, is shown from the first
# clause (after a comma) from which the part shown holds it: a long sentence tells the conference and the men first and the
# resolution they cited last ("..., وأضاف أن التسوية تكون وفق القرار 4471")
FILLER_SHOWN = True
SHOWN_CHARS = 300
_CLAUSE_START = re.compile(r"[،,؛;:]\s*")


def filler_test(question: Question) -> Callable[[str], bool] | None:
    """Whether a sentence (as written) holds a filler of the slot the question asks: a kind :func:`_asked_filler`
    reads, else (:data:`FILLER_ANY`) a general type of :func:`sentence_pick.asked_type`; None when it asks none."""
    fills = _asked_filler(question)
    if fills is not None:
        return lambda sentence: fills(_both(sentence))
    general = fillers.general_filler(question) if FILLER_ANY else None
    return general[1] if general is not None else None


def shown(question: Question, quote: str, fills: Callable[[str], bool] | None = None) -> str:
    """The quote as the answer shows it (:func:`compose.excerpt`), from the clause holding the asked filler when the
    part shown otherwise holds none (:data:`FILLER_SHOWN`)."""
    if not FILLER_SHOWN or len(quote) <= SHOWN_CHARS:
        return excerpt(quote)
    fills = fills or filler_test(question)
    asked = fillers.asked_word(question)
    if asked is not None and not fillers.tells_asked(asked, quote[:SHOWN_CHARS - 3]) \
            and fillers.tells_asked(asked, quote):
        # (ASKED_WORD: the part shown does not tell the word asked by -- "من قائد ..." and a sentence listing the
        # ministers first --: shown from the clause naming it, when that part holds the filler asked)
        at = fillers.asked_clause(asked, quote, _CLAUSE_START)
        if at and (fills is None or fills(quote[at:at + SHOWN_CHARS - 5])):
            return "… " + excerpt(quote[at:], SHOWN_CHARS - 2)
    if fills is None or fills(quote[:SHOWN_CHARS - 3]) or not fills(quote):
        return excerpt(quote)
    # (the first clause from which the part shown holds it: as much of the sentence before it as fits)
    at = next((m.end() for m in _CLAUSE_START.finditer(quote) if fills(quote[m.end():m.end() + SHOWN_CHARS - 5])), 0)
    return excerpt(quote) if at == 0 else "… " + excerpt(quote[at:], SHOWN_CHARS - 2)


def _both(sentence: str) -> str:
    """A sentence normalised as written (its hashtags kept: "#آندرو_برانسون" is a name) and with them read as words."""
    return normalize(sentence) + "\n" + normalize(_words(sentence))




def located_passage_claims(question: Question, evidence: Evidence, lexicon) -> list[Claim]:
    """The passages answering a "where" question before the records (:func:`_located_claims`); for "which base /
    prison / district" the sentences naming a place of that kind by its own name (:func:`kind_passage_claims`) go
    first when there are any: "من قاعدة إنجرليك" answers "from which base", "من قاعدة قرب الحدود" does not."""
    claims = _located_claims(question, evidence, lexicon)
    kind = asked_kind(question)
    if claims and KIND_FIRST and kind is not None and set(kind[1]) & _FACILITIES:
        return kind_passage_claims(question, evidence) or claims
    return claims


KIND_FIRST = True  # switch for A/B measurement
# places no gazetteer holds, named only after their kind ("سجن الهضبة"، "قاعدة إنجرليك"): a town or a province is
# read from the gazetteer wherever the sentence names it
_FACILITIES = {"سجن", "قاعده", "مطار", "ميناء", "مخيم", "معسكر", "مستشفي", "جبهه", "شارع"}
NEIGHBOURS_NAME = True  # switch for A/B measurement: see passage_claims


def _located_claims(question: Question, evidence: Evidence, lexicon) -> list[Claim]:
    """For a "where" question about an event no record holds (an arrest, a killing told of a person, a
    meeting; the question names no attack, room, death or wound): the passages whose sentence names a place other than
    the question's own. They answer before the records, whose locations are those of the attacks and rooms
    the same articles tell of (a widow arrested in Istanbul, in an article recalling her husband's death)."""
    if question.intent is not Intent.location or asks_destination(question):
        return []
    if NEAR_ASKED and _ASKS_NEAR.search(normalize(question.text) if question.language == "ar" else question.text):
        # "near which city did the strikes hit the convoy": the town news names after "قرب", in the sentence telling
        # the event; an attack record holds where the strike was, often the governorate or another strike's place
        return passage_claims(question, evidence, keep=lambda norm: any(
            new_place_name(question, m.group(1)) for m in _NEAR_PLACE.finditer(norm)))
    if question.topics:
        return []
    if PERSON_DEATH_PLACE and question.cues - {Intent.location} == {Intent.killed} and (
            question.names or not question.numbers):
        # "where was <named man> killed": the attack record is often placed at the governorate or the country
        # the lead names, the sentence telling of his death names the district or town ("قتل في مديرية ...")
        # (first the sentences naming it by its kind: a lexicon town may be where something else happened)
        # (and only from articles naming every name the question gives: two brothers are not their cousin)
        death = _CUE[Intent.killed]
        claims = passage_claims(question, evidence, keep=lambda norm: bool(death.search(norm)) and any(
            new_place_name(question, m.group(1)) for m in FINE_KIND.finditer(norm))) or passage_claims(
            question, evidence, keep=lambda norm: bool(death.search(norm)) and tells_fine_place(question, norm, lexicon))
        claims = [c for c in claims if all(mentions(n, evidence.docs[c.spans[0][0]].text) for n in question.names)]
        if NAMED_DEAD_FIRST:
            # the sentence whose death word the man's name follows tells his death ("وقتل الشيشاني ... في مدينة
            # ..."); another names him beside others' deaths (fighters killed in a fight he led)
            claims.sort(key=lambda c: not any(_dies_named(question, normalize(evidence.docs[d].text[s:e]))
                                              for d, s, e in c.spans))
        return claims
    if question.cues & {Intent.killed, Intent.injured, Intent.victim}:
        return []  # a death or a wound is what the attack records hold (and where they place it)
    return passage_claims(question, evidence, keep=lambda norm: tells_place(question, norm, lexicon))



KIND_NAMED = True  # switch for A/B measurement (tests patch it)


def kind_passage_claims(question: Question, evidence: Evidence) -> list[Claim]:
    """For a "which district / town / camp" question the records did not answer: the passages naming a place of that
    kind by a name the question does not give ("مديرية X"، "مخيم X"), the way news names the place of an operation, a
    raid or an arrest no attack record holds. The kind's noun without the article: "المنطقة العسكرية" names none."""
    if not KIND_NAMED or asks_destination(question) or not (
            question.intent is Intent.location or KIND_GENERAL and question.intent is Intent.general):
        return []
    kind = asked_kind(question)
    nouns = kind[1] if kind is not None and kind[0] == "place" else ()
    if not nouns:
        return []
    named = re.compile(rf"(?<!\w)[وفب]?(?:{'|'.join(map(re.escape, nouns))})\s+(\S+)")

    return passage_claims(question, evidence, keep=lambda norm: any(new_place_name(question, m.group(1))
                                                                     for m in named.finditer(norm)))


# a general question asking a place by its kind ("ما الجبل الذي حرره الجيش"، "ما اسم المعسكر الذي استهدفته الغارات") is read
# the same way (switch for A/B measurement)
KIND_GENERAL = True


PERSON_DEATH_PLACE = True  # "where was <named man> killed" reads the sentence telling of his death first
NAMED_DEAD_FIRST = True  # switch for A/B measurement: of those, first the one whose death word his name follows


def _dies_named(question: Question, norm: str) -> bool:
    """A normalised sentence tells the death of a person the question names: a death word followed, within three
    words, by his name ("قتل الشيشاني"، "مقتل القيادي أبو سياف" — a title may come between)."""
    death = _CUE[Intent.killed]
    return any(any(mentions(n, " ".join(norm[m.end():].split()[:3]), normalized=True) for n in question.names)
               for m in death.finditer(norm))
NEAR_ASKED = True  # switch for A/B measurement: "near which town" reads the sentence naming a place after "قرب"
_ASKS_NEAR = re.compile(r"(?<!\w)(?:قرب|بالقرب من|بجوار) (?:اي|ايه) |\b(?:near|close to|outside) (?:which|what) ", re.I)
_NEAR_PLACE = re.compile(r"(?<!\w)(?:قرب|بالقرب من|بجوار|مشارف) (?:(?:ال)?(?:مدينه|بلده|قريه|منطقه|ميناء|مطار) )?(\S+)")



def dated_passage_claims(question: Question, evidence: Evidence) -> list[Claim]:
    """For a "when" question: the passages whose quoted sentence states a day of a month ("قتل في 15 مايو").

    They answer before the records: a record's date is often the article's "yesterday" of another event
    it tells (a widow handed over "أمس" in an article recalling her husband killed "في 15 مايو").
    """
    if question.intent is not Intent.date or asks_expected(question):
        return []
    if WEEKDAY_ASKED and _ASKS_WEEKDAY.search(normalize(question.text) if question.language == "ar" else question.text):
        # "on which day of the week ...": the sentence that names the weekday answers, not one that dates the month
        return [c for c in passage_claims(question, evidence)
                if any(WEEKDAY_AR.search(normalize(evidence.docs[d].text[s:e])) for d, s, e in c.spans)]
    # (the day must be the quote's or one the reader adds for it: FILLER_ANY's sentence dating anything in the article
    # would let a quote that dates nothing answer before the records)
    claims = passage_claims(question, evidence, general_filler=False)
    dated = [c for c in claims if any(states_day(evidence.docs[d].text[s:e]) for d, s, e in c.spans)]
    if dated or not TOP_WEEKDAY:
        return dated
    # no sentence dates it by the day of the month: the best article about the question may date it by the
    # weekday ("أعلن الجيش، فجر الأربعاء، تحرير ..."), the day of that week its report was published; the records
    # would otherwise give the dates of other articles' attacks in the same province
    top = [d for d, _ in evidence.top_about(question, 1)]
    return [c for c in claims if c.spans[0][0] in top and any(
        WEEKDAY_AR.search(normalize(evidence.docs[d].text[s:e])) for d, s, e in c.spans[:1])][:1]


TOP_WEEKDAY = True  # switch for A/B measurement (tests patch it): see dated_passage_claims
WEEKDAY_ASKED = True  # switch for A/B measurement: "which day of the week" is answered by a sentence naming the weekday
_ASKS_WEEKDAY = re.compile(r"(?<!\w)(?:اي|في اي) يوم من (?:ايام )?الاسبوع|(?<!\w)اي يوم من الايام|\b(?:which|what) day of the"
                           r" week\b|\bwhat weekday\b|\bwhich weekday\b", re.I)
