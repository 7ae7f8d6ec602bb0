"""Answer-sentence selection: the last reader, for a question no slot reader answers (issue 13).

Every slot ("the type of aircraft", "the party promoted", "the origin of a deportation") needed its own reader,
and every new question set asked a slot none had. This reader needs none: it ranks the sentences of the top
articles read by

(a) how much of the question's content they hold, with the sentence beside them and the headline (a key entity or
    a number the question states weighs most; every other content word by its rarity among the sentences read; an
    English question through the Arabic of its lexicon concepts), and
(b) whether the sentence holds a filler of the type asked that the question does not hold: "which/what X" -> the
    noun X followed by a word the question does not use (a name, a number, an adjective); who -> a person named
    after a title or a verb of saying, or an actor of the registry; where -> a place of the gazetteer or a place
    noun with its name; when -> a date expression; how many -> a number (one counting the asked noun ranks first);
    why -> a cause clause.

It quotes the best sentence (the cited span), so the fact is stated whatever its slot. Only general word
classes are read here: question words, the gazetteer, the actor registry, number and date grammar.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from marsad.agent.grounding import numbers_in
from marsad.agent.offline import rules
from marsad.agent.qa import asked_acts
from marsad.agent.qa.actions import asks_why, gives_reason
from marsad.agent.qa.asked_acts import PERSON_KINDS, asked_act_family, tells_asked_act
from marsad.agent.qa.compose import Claim, called_after, excerpt, glossed, news_sentences, readable, states_person
from marsad.agent.qa.counts_cues import _ROLE_AR, _ROLE_EN
from marsad.agent.qa.domain import _month_fits, _published_day, question_month
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.filler_named import NAMED_MARGIN, names_detail
from marsad.agent.qa.matching import overlap, rest_terms
from marsad.agent.qa.places_told import tells_place
from marsad.agent.qa.question import Intent, Question, content_terms, framing, mentions, places_in
from marsad.agent.qa.question_entities import find_entities
from marsad.agent.qa.question_mentions import common_words
from marsad.agent.qa.question_words import MONTHS, MONTHS_AR, MONTHS_EN, STOP_AR
from marsad.agent.qa.subject import enough, entities_named
from marsad.core.arabic import normalize, tokenize

SENTENCE_PICK = True  # switch for A/B measurement (tests patch it): the reader is asked at all
MIN_COVER = 0.42  # share of the question's weighted content the sentence (with its neighbours) must hold
TOP_DOCS = 1  # how many of the top articles read are read together (below the first, another report is as often read)
# (pass 68) the articles read one after another when the ones before hold no sentence covering the question: a
# fall-through, not a lower threshold -- the top article's sentence wins whenever it covers the question; below it, an
# archive's lower article answers only when it alone holds the question's content and a filler of the asked type
FALL_DOCS = 5
# (pass 69) the cover a sentence of an article read below the top one must reach: a lower article holding only the
# place, the month and the kind of act ("قتل 3 أشخاص ... جنوبي كركوك" for a drone attack on Kirkuk's airport) is
# another incident as often as the asked one; one telling most of the question's content is the asked one
FALL_COVER = 0.6
# once the top article tells the incident asked (a sentence covers the question) without the asked detail, the articles
# read below it answer only when published within this many days of it: a later report of that incident (an execution
# told again two weeks on), not the same kind of incident of the same place in another year (pass 69)
FALL_REACH = 30
ENTITIES_OWN = False  # every key entity must be named in the sentence itself or the headline (not only beside it)
NEAR_CREDIT = 0.5  # a content word found only beside the sentence (or in the headline) counts this much
# switch for A/B measurement (pass 63; tests patch it): a content word told in the article's lead (its first sentence)
# counts NEAR_CREDIT too, as one beside the sentence: a long question describes the incident in the lead's words, the
# later sentence answering it ("وجاء تشييد المقر بتوصية لجنة الطوارئ") tells only the asked detail
LEAD_CREDIT = True
# switch for A/B measurement (pass 65): a content word of the question its article never states (the headline and
# text read whole) weighs ABSENT_WEIGHT of its weight in that article's cover: a long question retells the incident in
# its own words ("ادعاء"، "المستعدين"، "تلفزيونية"), which no sentence of the report can hold; a word the report does
# state and the sentence does not still counts whole against it (a key entity or a stated number always does)
ABSENT_LIGHT = True
ABSENT_WEIGHT = 0.5
DEBUG = None  # (diagnosis) called with each candidate's cover, article id and sentence
NAME_AFTER = True  # switch for A/B measurement: "which X" is answered by X named ("حزب العمال"), not described
# switch for A/B measurement: NAME_AFTER skips an indefinite noun only when a nisba adjective follows it ("حزب كردي"،
# "منظمة إرهابية": a description); a name written without ال ("تنظيم داعش"، "جماعة طالبان") or quoted is a name
NAME_NISBA = True
_NISBA = re.compile(r"[^\W\d]{2,}(?:ي|يه|يين|يون)")
DOER_ACTOR = True  # switch for A/B measurement: who carried out an attack is a group or a claim, not a man quoted on it
_CLAIMED = re.compile(r"(?<!\w)[وف]?(?:تبني|تبنت|يتبني|اعلن\w* مسوولي|مسوولي\w* عن)")
HEAD_FIRST = True  # switch for A/B measurement: the words of the question's main clause weigh HEAD_WEIGHT times more
HEAD_WEIGHT = 2.0
HEAD_BONUS = 0.5
_RELATIVE = re.compile(r"(?<!\w)(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان)(?!\w)")
# switch for A/B measurement: "who is the gunman / was sentenced" asks a man's identity, told by his name (a name after
# a title or a verb of saying, or a person of the registry), not by a force, a body or a group the sentence names ("the
# police said ..."; another report of the same kind names its police too)
IDENTITY_NAME = True
_IDENTITY_EN = re.compile(r"^\W*who\s+(?:is|was|were|are)\s+(?:the|a|an)\s|^\W*who\s+(?:was|were|is|has been)\s+"
                          r"(?:\w+ed|shot|sentenced|named|chosen|sworn)\b", re.I)
_PASSIVE_EN = re.compile(r"^\W*who\s+(?:was|were|is|has been)\s+(?:\w+ed|shot|sentenced|named|chosen|sworn)\b", re.I)
_IDENTITY_AR = re.compile(r"^\W*(?:و|ف)?من\s+(?:هو|هي|هم)(?!\w)|(?<!\w)ما\s+(?:هو\s+)?اسم(?!\w)")
# switch for A/B measurement: who carried out an attack is no police force, news outlet or government body the sentence
# names (they report or pursue it: "the police said the gunman ..."), but a group, a force or a man of the registry
DOER_NOT_REPORTER = True
_REPORTER_TYPES = frozenset({"police", "media", "government_body"})
# switch for A/B measurement: a number the question states ("how many of the 23 strikes") is stated by the article
# quoted (text or headline): a report without it tells another count or another day
NUMBERS_HELD = True
# switch for A/B measurement: a question naming a month and year ("in May 2018") is answered from an article published
# in it (or a week after), or whose headline names that month: a report of another month tells another incident
MONTH_PUBLISHED = True
# switch for A/B measurement: a number joined by a hyphen to letters ("سي-130"، "إف-16"، "C-130") is a model's
# designation, no count
MODEL_NUMBER = True
_MODEL = re.compile(r"[^\W\d]+\s?-\s?\d+")
# switch for A/B measurement: a year told as a year ("في 2017"، "عام 2015"، "منذ 2014"، "مايو 2018") is no count
YEAR_NOT_COUNT = True
_YEAR_TOLD = re.compile(rf"(?<!\w)(?:[وفبل]?(?:في|عام|العام|سنه|منذ|حتي|خلال|لعام)|{MONTHS}|[/-])\s*(?:19|20)\d\d(?!\d)")
ENTITY_WEIGHT = 2.0  # a key entity or a number the question states, against 0.5..1.5 for another word

# (normalised) the asked-noun frames: "أي X"، "ما X"، "ما هي X" ...
# ("ما يسمى"، "ما يعرف ب": "so-called", no question word: "من الرجل الذي عينته ما يسمى اللجنة العليا")
_WHICH_AR = re.compile(r"(?<!\w)(?:في |من |الي |علي |ب|ل)?(?:اي|ايه|ما(?!\s+(?:يسمي|تسمي|يسميه|تسميه|يعرف|تعرف)(?!\w))"
                       r"|ماذا)\s+(?:هي\s+|هو\s+|كان\s+|كانت\s+)?"
                       r"(?:نوع\s+|اسم\s+|طراز\s+)?(?:ال)?([^\W\d]{3,})")
_WHICH_EN = re.compile(r"\b(?:which|what)\s+(?:type of |kind of |sort of |model of |name of (?:the )?)?([a-z]{3,})",
                       re.I)
# switch for A/B measurement (tests patch it): an English "which/what" noun carries up to three words of its own before
# the verb ("Which UN Security Council resolution did he cite", "which Russian group is building"): the noun asked is
# the last of them, not the first (an acronym, a nationality)
WHICH_HEAD = True
# (the words skipped before the noun are no auxiliary: "What is the group that was blamed" asks no noun 'that')
_AUX_EN = r"(?:was|were|is|are|did|does|do|had|has)"
_WHICH_HEAD_EN = re.compile(rf"^\W*(?:which|what)\s+(?:(?!{_AUX_EN}\b)[\w-]+\s+){{1,3}}?(?!{_AUX_EN}\b)([a-z]{{3,}})"
                            rf"\s+{_AUX_EN}\b", re.I)
# words after "ما" that ask no noun ("ما الذي"، "ما هو") or are the verb of the question
_NOT_ASKED_NOUN = frozenset({"الذي", "التي", "الذين", "هو", "هي", "كان", "كانت", "يكون", "سبب", "السبب", "عدد",
                             "اسم", "نوع", "حصيله", "مصير", "موقف", "رد", "دور", "هدف", "طبيعه", "يلي"})
_NOT_ASKED_EN = frozenset({"was", "were", "did", "does", "is", "are", "has", "had", "happened", "the", "caused", "reason"})
_WHO = re.compile(r"^\W*(?:و|ف)?(?:من|لمن|بمن)(?!\w)|^\W*(?:who|whom|whose)\b", re.I)
_WHERE = re.compile(r"(?<!\w)(?:اين|الي اين|من اين)(?!\w)|\bwhere\b|\b(?:from|in|to) which (?:country|place|city|town)\b",
                    re.I)
_WHEN = re.compile(r"(?<!\w)متي(?!\w)|\bwhen\b|(?<!\w)(?:في )?(?:اي|ايه) (?:يوم|شهر|عام|سنه|تاريخ)(?!\w)"
                   r"|\b(?:which|what) (?:day|month|year|date)\b", re.I)
# a date expression: a month, a weekday, a day/month in digits, a year, a day named from today
_DATE = re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{MONTHS}|سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)(?!\w)"
                   r"|\d{1,2}\s*[/-]\s*\d{1,2}|(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\w)(?:امس|اول امس)(?!\w)"
                   r"|(?<!\w)(?:الشهر|العام|الاسبوع) (?:الماضي|المنصرم)(?!\w)", re.I)
# switch (pass 57, the lead, from review57): a date filler is a date as news tells one -- a day of a month, a month
# after a preposition or before الماضي/a year, a weekday after يوم or with its article, a year after عام/سنة/في,
# أمس -- not any word holding a month's or weekday's letters (أحد "one of", باب "gate" and الأب "the father" through
# آب, the verb مارس); off, :data:`_DATE` reads them
DATE_TOLD = True
_DATE_TOLD = re.compile(
    rf"(?<!\w)\d{{1,2}}\s+(?:من\s+)?(?:شهر\s+)?(?:{MONTHS_AR})(?!\w)|(?<!\w)(?:{MONTHS_AR})\s+\d{{1,2}}(?!\d)"
    rf"|(?<!\w)(?:في|خلال|منذ|مطلع|اوايل|اواخر|اواسط|منتصف|بدايه|نهايه)\s+(?:شهر\s+)?(?:{MONTHS_AR})(?!\w)"
    rf"|(?<!\w)(?:{MONTHS_AR})(?:\s*/\s*\S+)?\s+(?:الماضي|المقبل|الجاري|من العام|\d{{4}})(?!\w)"
    r"|(?<!\w)(?:يوم\s+|[وفب]?ال)(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)(?!\w)"
    r"|(?<!\w)(?:عام|سنه|في)\s+(?:19|20)\d\d(?!\d)|(?<!\w)(?:امس|اول امس)(?!\w)"
    r"|(?<!\w)(?:الشهر|العام|الاسبوع) (?:الماضي|المنصرم)(?!\w)"
    rf"|\b(?:on|in|since|last)\s+(?:(?:{MONTHS_EN})|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:19|20)\d\d)\b"
    rf"|\b\d{{1,2}}\s+(?:{MONTHS_EN})\b|\b(?:{MONTHS_EN})\s+\d{{1,2}}\b", re.I)
_DAY_OF_MONTH = re.compile(rf"(?<!\w)\d{{1,2}}\s+(?:من\s+)?(?:شهر\s+)?(?:{MONTHS_AR})(?!\w)"
                           rf"|(?<!\w)(?:{MONTHS_AR})\s+\d{{1,2}}(?!\d)|\b\d{{1,2}}\s+(?:{MONTHS_EN})\b"
                           rf"|\b(?:{MONTHS_EN})\s+\d{{1,2}}\b", re.I)
# switch (pass 57, the lead, from review57): a count asked of the killed, the injured or the arrested is answered by a
# sentence that tells that role itself ("كم شخصا قتل": a sentence with a death word), not by any number near the
# question's words (an arrest's count for a toll asked); off, any number the question does not state is a filler
ASKED_ROLE = True
_ASKED_ROLES = (("killed", Intent.killed), ("injured", Intent.injured))
# a cause clause
_CAUSE = re.compile(r"(?<!\w)(?:لان|لانه|لانها|لانهم|بسبب|اثر|علي اثر|علي خلفيه|احتجاجا علي|ردا علي|بتهمه|بتهم|بدعوي"
                    r"|نتيجه|جراء|من اجل|بهدف|لمنع)(?!\w)")
# (stems) the words that ask, not what is asked about: no sentence need hold them
_ASK_WORDS = frozenset({"اي", "ايه", "لاي", "باي", "ماذا", "لماذا", "متي", "اين", "كيف", "نوع", "اسم", "طراز"})
# (and their dual and plural: "ما الدولتان اللتان ..." asks two countries' names as "أي دولة" asks one's)
_COUNTRY_NOUNS = frozenset({"دوله", "بلد", "country", "nation", "دولتان", "دولتين", "دول", "بلدان", "بلدين"})
_PLACE_NOUNS = frozenset({"مدينه", "بلده", "قريه", "منطقه", "محافظه", "ولايه", "مكان", "حي", "مخيم",
                          "مديريه", "قضاء", "ناحيه", "جبل", "جزيره", "عاصمه", "اقليم", "مقاطعه", "city", "town",
                          "village", "country", "province", "state", "place", "area", "region", "district",
                          "neighbourhood", "neighborhood", "island", "capital"})


# "ما الموعد/المهلة الذي ..." asks a day (a date filler: "بحلول 26 شباط"، "حتى 17 سبتمبر"), not the noun written again
# ("موعد" is seldom beside the day the report gives). Not "تاريخ": it is also "history" ("ما تاريخ العلاقات بين ...")
_TIME_NOUNS = frozenset({"موعد", "مهله", "اجل", "الموعد", "المهله"})
# (pass 67) "ما الذي تسبب في الحادث"، "ماذا أدى إلى انهيار المبنى"، "ما الذي قالت الشركة إنه تسبب بالعطل": what caused it
# asks a cause (a cause clause: "كان نتيجة ..."), as "ما سبب" does, not a noun. The verb of causing is the question's
# own: right after "ما"، or after "ماذا"/"ما الذي" and at most eight words (a sayer, a date, "إنه") with no relative
# pronoun among them ("ما الذي قاله الوزير عن الحريق الذي تسبب في ..." asks what he said); "ب" may be glued ("تسبب بانهيار")
_RELATIVES = "الذي|التي|الذين|اللذين|اللذان|اللتين|اللتان|اللواتي|اللاتي"
_CAUSE_ASKED = re.compile(rf"^\W*[وف]?(?:ما|(?:ماذا|ما\s+(?:الذي|التي))(?:\s+(?!(?:{_RELATIVES})(?!\w))\S+){{0,8}}?)"
                          r"\s+(?:تسبب|يتسبب|تسببت|تتسبب|ادي|ادت|يودي|تودي)(?:\s+(?:في|الي)(?!\w)|\s+ب\w)")
# (pass 67) the asked noun's family: news names the answer of "أي حركة"، "ما اسم الفتى"، "في أي مناسبة" and "ماذا قدّم"
# by a sibling word ("ثورة الأرز"، "الطفل فلان"، "في حفل لتكريم ..."، "وسلّم فلان ... دعوة"). Each family: the asked
# words (normalised), one pattern of its written forms (a glued و/ف/ب/ل and the article allowed), and what must follow a
# form for it to name the asked thing: "name" (a young person's name: a given name, or a word neither common nor
# definite, after at most one definite adjective: "الطفل سامر"، not "طفل آخر"، "الطفل كان عائدا"), "noun" (a name the
# question does not hold, the asked noun's own test, :func:`_names_after`) or "object" (a verb of giving: its subject,
# which the question names, is stepped over first: "وقدم الوفد العراقي مسودة اتفاق"). Not "تقدم" (progress, far more
# often than "presented") nor "تسلم" (received). "التيار الكهربائي" is the electric current, no movement. The asked
# word itself is read by the asked noun's own test as well (:func:`_noun_filler`): a family only widens the reading
_FAMILY_WORDS = (
    ({"فتي", "فتاه", "شاب", "شابه", "صبي", "مراهق", "مراهقه"},
     r"فتي|فتيان|فتاه|شاب|شابه|صبي|مراهق|مراهقه|طفل|طفله", "name"),
    ({"حركه", "تيار", "ثوره", "حراك"}, r"حركه|تيار|ثوره|حراك|انتفاضه", "noun"),
    ({"مناسبه"}, r"مناسبه|حفل|حفله|احتفال|احتفاليه|مهرجان|ذكري|مراسم", "noun"),
    # (pass 70) a body asked ("أمام أي هيئة قضائية") is named as a court or a tribunal ("أمام محكمة العدل الدولية")
    ({"هييه"}, r"هييه|محكمه|محاكم", "noun"),
    ({"قدم"}, r"قدم|قدمت|قدموا|يقدم|سلم|سلمت|سلموا|يسلم|منح|منحت|يمنح|تمنح|اعطي|اعطت|يعطي|اهدي|اهدت|يهدي", "object"),
)
_FAMILIES = tuple((frozenset(asked), re.compile(rf"(?<!\w)[وفبل]?(ال)?(?:{forms})(?!\w)((?:\s+\S+){{1,5}})"), kind)
                  for asked, forms, kind in _FAMILY_WORDS)
_CURRENT = frozenset({"الكهربايي", "كهربايي", "الكهرباء", "كهرباء"})
# "ما وتيرة ...": a frequency is told by its shape ("مرة واحدة كل أسبوعين"، "ثلاث مرات في الأسبوع"، "يوميا"، "بمعدل
# رحلتين"), not by the word "مرة" ("لأول مرة" is "for the first time")
_FREQUENCY = re.compile(r"(?<!\w)(?:(?:مره|مرتين|مرات)(?:\s+واحده)?\s+(?:كل|في\s+(?:ال)?(?:يوم|اسبوع|شهر|سنه|عام))"
                        r"|يوميا|اسبوعيا|شهريا|سنويا|بمعدل\s+\S+)(?!\w)")


# (pass 70) "بأي مرض أصيب": a disease is told by its name ("أصيب بالسرطان"), seldom after the word "مرض" (normalised)
_DISEASE = re.compile(r"(?<!\w)[وفبل]{0,2}(?:ال)?(?:سرطان|سكري|سل|ملاريا|كوليرا|ايدز|كورونا|ايبولا|جدري|حصبه|تيفويد"
                      r"|انفلونزا|الزهايمر|باركنسون|فشل كلوي|جلطه|ذبحه صدريه|شلل|التهاب رئوي)(?!\w)")


def _family_filler(word: str, norm: str, qwords: set[str]) -> bool:
    """Whether the normalised sentence names the asked noun ``word`` by its family (which widens the noun's own reading
    in :func:`_noun_filler`, never narrows it: "الشاب" asked is read as before)."""
    if word == "وتيره":
        return _FREQUENCY.search(norm) is not None
    if word == "مرض":
        return any(m.group(0).lstrip("وفبل") not in qwords for m in _DISEASE.finditer(norm))
    family = next(((pattern, kind) for asked, pattern, kind in _FAMILIES if word in asked), None)
    if family is None:
        return False
    pattern, kind = family
    for m in pattern.finditer(norm):
        words = m.group(2).split()
        if kind == "name":
            if words[0].startswith("ال") and _NISBA.fullmatch(words[0]) and len(words) > 1:
                words = words[1:]  # "الطفل الفلسطيني سامر"
            first = words[0]
            if first in rules.words("actors", "given_names") or (not first.startswith("ال") and first not in common_words()
                                   and first not in STOP_AR and first not in qwords and len(first) >= 3):
                return True
            continue
        if kind == "object":
            while words and (words[0] in qwords or words[0] in STOP_AR):
                words = words[1:]  # the subject the question names
            if any(w not in qwords and len(w) >= 2 for w in words[:2] if w not in STOP_AR):
                return True
        elif not ("تيار" in m.group(0).split()[0] and words[0] in _CURRENT) and _names_after(m.group(1), words[:2], qwords):
            return True
    return False


def asked_type(question: Question) -> tuple[str, tuple[str, ...]] | None:
    """The type of filler the question asks for, and for "which/what X" the normalised forms of X (Arabic; an English
    X through the Arabic of the lexicon concept naming it): ``("count"|"date"|"place"|"country"|"person"|"doer"|"why", ())`` or
    ``("noun", forms)``; None when the question asks none of these."""
    text = question.text
    norm = normalize(text)
    if question.how_many:
        return "count", ()
    if asks_why(question) or (question.language == "ar" and _CAUSE_ASKED.search(norm)):
        return "why", ()
    if question.intent is Intent.date or _WHEN.search(norm if question.language == "ar" else text):
        return "date", ()
    m = (_WHICH_AR.search(norm) if question.language == "ar" else
         WHICH_HEAD and _WHICH_HEAD_EN.search(text) or _WHICH_EN.search(text))
    if m is not None:
        word = m.group(1).lower()
        if word in _COUNTRY_NOUNS or word.rstrip("s") in _COUNTRY_NOUNS:
            return "country", ()
        if word in _PLACE_NOUNS or (question.language == "en" and word.rstrip("s") in _PLACE_NOUNS):
            return "place", ()
        if question.language == "ar" and word in _TIME_NOUNS:
            return "date", ("day",)  # "ما الموعد الذي ..."، "ما المهلة ...": a day of a month ("حتى 17 سبتمبر")
        if question.language == "ar" and word not in _NOT_ASKED_NOUN and word not in STOP_AR:
            return "noun", (word,)
        if question.language == "en" and word not in _NOT_ASKED_EN:
            forms = _gloss(question, word)
            if forms:
                return "noun", forms
    if question.intent is Intent.location or _WHERE.search(norm if question.language == "ar" else text):
        return "place", ()
    if IDENTITY_NAME and (_IDENTITY_EN.search(text) if question.language == "en" else _IDENTITY_AR.search(norm)) \
            and (question.intent is not Intent.perpetrator or _PASSIVE_EN.search(text)):
        return "identity", ()  # ("من هو المسؤول عن التفجير" asks the doer: a group or a claim)
    if DOER_ACTOR and question.intent is Intent.perpetrator:
        return "doer", ()
    if question.intent in (Intent.perpetrator, Intent.victim, Intent.lead, Intent.participants) or _WHO.search(
            norm if question.language == "ar" else text):
        return "person", ()
    return None


def _gloss(question: Question, word: str) -> tuple[str, ...]:
    """The normalised Arabic forms of the lexicon concept of an English question naming ``word`` ("helicopters" ->
    مروحيه ...): the concept whose English name or forms start with the word's stem."""
    stem = word[:-1] if word.endswith("s") and len(word) > 4 else word
    for c in question.concepts:
        names = [n.lower() for n in (c.name_en, *c.en) if n]
        if any(n.split()[0].startswith(stem) or stem.startswith(n.split()[0]) for n in names if n.split()):
            forms = tuple(dict.fromkeys(normalize(a) for a in (c.canonical, *c.ar) if a and len(normalize(a)) >= 3))
            if forms:
                return forms
    return ()


def world_country(question: Question, norm: str) -> bool:
    """A word of the normalised sentence (a leading و/ف/ب/ل/من off) the world gazetteer knows as a country, the
    question naming no spelling of it."""
    from marsad.core.gazetteer import get_world_gazetteer

    gaz = get_world_gazetteer()
    qnorm = normalize(question.text)
    names = {e.name_en for e in question.entities if e.name_en}
    for word in set(norm.split()):
        for w in (word, word[1:]) if len(word) > 4 and word[0] in "وفبل" else (word,):
            if len(w) < 4 or w in qnorm:
                continue
            if any(p.admin_level == "country" and p.name_en not in names for p in gaz.lookup(w)):
                return True
    return False


def _noun_filler(forms: tuple[str, ...], norm: str, qwords: set[str]) -> bool:
    """The sentence names the asked noun and, within two words after it, a word the question does not use (a name,
    a number, an adjective: "مروحيات الاباتشي"، "حزب العمال الكردستاني"، "الحزب الديمقراطي"); an indefinite noun
    followed by an indefinite word is a description, no name (:data:`NAME_AFTER`). Or it names it by a sibling word
    (:func:`_family_filler`)."""
    for form in forms:
        if _family_filler(form, norm, qwords):
            return True
        first = form.split()[0]
        stem = first[:-1] if first.endswith("ه") else first
        if len(first) >= 6 and first.endswith(("تين", "تان")):
            stem = first[:-3]  # a feminine dual ("اي منطقتين"): written "منطقتي الفلانة والفلانة", "منطقه" (one)
        elif first.endswith(("ين", "ان")) and (len(first) >= 6 or (len(first) == 5 and qwords & _DUAL_RELATIVES)):
            # a masculine dual ("القرارين"; the forms are without "ال": a 5-letter one, "حزبان"، only with the question's
            # dual relative pronoun, as "سلطان"، "ميدان" are singulars): the article names each one ("القرار 2216")
            stem = first[:-2]
        elif len(first) >= 5 and first.endswith("ا"):
            stem = first[:-1]  # the dual before its noun ("ما قرارا مجلس الامن"): "لقرار مجلس الامن 2231"
        for m in _stem_pattern(stem).finditer(norm):
            after = m.group(3).split()
            if m.group(2) in _MANY and not after[0][:1].isdigit():
                continue  # the dual or plural itself ("الفصيلين تحالفا"): the sentence repeats the question's two
            if _names_after(m.group(1), after, qwords):
                return True
    return False


@lru_cache(maxsize=256)
def _stem_pattern(stem: str) -> re.Pattern:
    """The asked noun's stem with its article, its ending and the two words after it (:func:`_noun_filler`), once."""
    return re.compile(rf"(?<!\w)[وفبل]?(ال)?{re.escape(stem)}(\w*)((?:\s+\S+){{1,2}})")


# the endings of a noun's dual or plural after its stem: "قال الفصيلان ..." names neither of the two
_MANY = frozenset({"ين", "ان", "تين", "تان"})


# the dual relative pronouns (normalised): "ما الحزبان اللذان ..." asks two of a noun
_DUAL_RELATIVES = frozenset({"اللذان", "اللذين"})
# "ما رقم القرار ...": the noun whose number is asked (the word after "رقم")
_NUMBER_OF = re.compile(r"(?<!\w)رقم\s+(?:ال)?(\w{3,})")
# a number's counted noun (its tamyiz: "12 عضوا"، "6 اشهر"، "3 مرات"، "40 منزلا") makes it a count, no identifier: an
# indefinite word in the accusative (-ا), a sound plural (-ات، -ين) or a broken plural of measure or of people
_COUNTED_PLURALS = frozenset({"اشهر", "ايام", "اعوام", "اسابيع", "دقايق", "دول", "اشخاص", "عناصر", "جنود", "منازل",
                              "الاف", "ملايين", "قتلي", "جرحي", "اطفال", "مرات", "سنوات", "ساعات"})
# (adverbs in the accusative: "القرار 2216 كاملا")
_NOT_COUNTED = frozenset({"ايضا", "حاليا", "سابقا", "اخيرا", "مجددا", "جديدا", "اساسا", "تقريبا", "كاملا", "فورا",
                          "رسميا", "نهاييا", "دايما", "مطلقا"})


def _counted(word: str) -> bool:
    """The word after a number is its counted noun (:data:`_COUNTED_PLURALS`): the number is a count."""
    if not word or word.startswith("ال") or word in STOP_AR or word in _NOT_COUNTED:
        return False
    return word in _COUNTED_PLURALS or (len(word) >= 3 and word.endswith(("ا", "ات", "ين")))


@lru_cache(maxsize=256)
def _number_pattern(qtext: str) -> re.Pattern:
    """For the question ``qtext``, once: a number right after its asked noun (and at most one definite adjective) or
    right after "رقم", and the word after the number (:func:`_numbered`)."""
    m = _NUMBER_OF.search(normalize(qtext))
    noun = m.group(1) if m else ""
    noun = noun[:-1] if noun.endswith("ه") else noun
    head = rf"[وفبل]?(?:ال)?{re.escape(noun)}\w*(?:\s+(?!{_RELATIVES})ال\w+)?(?:\s+رقم)?|" if noun else ""
    return re.compile(rf"(?<!\w)(?:{head}رقم)\s+[(«\"]?(?:ال)?(\d+)(?!\w)[)»\"]?(?:\s+([^\W\d_]+))?")


def _numbered(question: Question, norm: str) -> bool:
    """The normalised sentence gives the number of the noun "ما رقم X" asks: a number right after X (and at most one
    definite adjective: "القرار الاممي 2216"، an ordinal "الكتيبه الـ53"، "(53)") or right after "رقم" ("القرار رقم 2231"),
    not stated by the question, not told as a year and not a count of the noun after it ("وايد القرار 12 عضوا"،
    "ويمدد القرار 6 اشهر") -- not any number of the sentence ("وامتنعت 3 دول عن التصويت")."""
    stated = set(question.numbers)
    for n in _number_pattern(question.text).finditer(_YEAR_TOLD.sub(" ، ", norm)):  # (a year told ends the clause)
        if int(n.group(1)) not in stated and not _counted(n.group(2) or ""):
            return True
    return False


def _asked_nouns(question: Question) -> frozenset[str]:
    """The noun an Arabic "who" question asks, the first word after "من هو/هي/هم" or "ما اسم" and before its relative
    pronoun ("من هو المتهم | الذي ..." -> {"متهم"}; "من هو قائد الشرطة الذي" -> {"قايد"}, not the annexed "الشرطة"),
    normalised, "ال" off."""
    return _asked_nouns_of(question.text) if question.language == "ar" else frozenset()


@lru_cache(maxsize=256)
def _asked_nouns_of(text: str) -> frozenset[str]:
    """:func:`_asked_nouns` of an Arabic question's text, read once per question (has_filler asks it per sentence)."""
    norm = normalize(text)
    m = _RELATIVE.search(norm)
    ask = _IDENTITY_AR.search(norm[: m.start()]) if m else None
    words = norm[ask.end(): m.start()].split() if ask else []
    if not words or words[0] in STOP_AR:
        return frozenset()
    word = words[0][2:] if words[0].startswith("ال") else words[0]
    return frozenset({word}) if len(word) >= 3 else frozenset()


def _names_after(article: str | None, words: list[str], qwords: set[str]) -> bool:
    """The words after the asked noun (``article``: its "ال" or None) name it: a word the question does not use, and not
    an indefinite noun's indefinite adjective, which describes (:data:`NAME_AFTER`)."""
    if not words:
        return False
    if NAME_AFTER and not article and not (words[0].startswith("ال") or words[0][:1].isdigit() or words[0].isascii()) \
            and (not NAME_NISBA or _NISBA.fullmatch(words[0])):
        return False  # an indefinite noun and its adjective describe, name nothing ("حزب كردي محظور")
    return any(w not in qwords and len(w) >= 2 for w in words if w not in STOP_AR)


def has_filler(question: Question, kind: tuple[str, tuple[str, ...]], sentence: str, norm: str, lexicon) -> bool:
    """Whether a sentence (``norm`` normalised) holds a filler of the asked type the question does not hold."""
    what, forms = kind
    if what == "identity" and called_after(norm, _asked_nouns(question)):
        return True  # "من هو المتهم الذي ...": "المتهم يدعى فلان" names him whatever act the sentence tells
    if asked_acts.ACT_TOLD and what in PERSON_KINDS:  # the sentence tells the act asked (agent/qa/asked_acts.py)
        family = asked_act_family(question)
        if family is not None and not tells_asked_act(family, norm):
            return False
    if what == "count":
        if MODEL_NUMBER:
            sentence = _MODEL.sub(" ", sentence)
        if YEAR_NOT_COUNT:
            sentence = _YEAR_TOLD.sub(" ", normalize(sentence))
        if ASKED_ROLE:
            roles = [r for r, intent in _ASKED_ROLES if intent in question.cues or question.intent is intent]
            if roles and not any(_ROLE_AR[r].match(t) or _ROLE_EN[r].match(t.lower())
                                 for t in tokenize(normalize(sentence)) for r in roles):
                return False
        return bool(numbers_in(sentence) - set(question.numbers))
    if what == "why":
        return bool(_CAUSE.search(norm)) or gives_reason(norm)
    if what == "date":
        qnorm = normalize(question.text)
        # (a deadline: a day of a month, not "last week" nor a weekday)
        told = _DAY_OF_MONTH if forms == ("day",) else _DATE_TOLD if DATE_TOLD else _DATE
        return any(m.group(0) not in qnorm for m in told.finditer(norm))
    if what == "place":
        return tells_place(question, norm, lexicon)
    if what == "country":  # ("from which country": a country the question does not name)
        asked = {e.id for e in question.entities}
        if any(e.get("admin_level") == "country" and e.id not in asked and mentions(e, norm, normalized=True)
               for e in places_in(norm, lexicon)):
            return True
        return world_country(question, norm)
    if what == "person":
        if states_person(norm):
            return True
        asked = {e.id for e in question.entities}
        return any(e.kind == "actors" and e.id not in asked for e in find_entities(sentence, lexicon))
    if what == "doer":  # a group of the registry the question does not name, or a claim of responsibility
        asked = {e.id for e in question.entities}
        return bool(_CLAIMED.search(norm)) or any(
            e.kind == "actors" and e.id not in asked and not (DOER_NOT_REPORTER and e.get("type") in _REPORTER_TYPES)
            for e in find_entities(sentence, lexicon))
    if what == "identity":  # a man's name: after a title or a verb of saying, or a person of the registry
        if states_person(norm):
            return True
        asked = {e.id for e in question.entities}
        return any(e.kind == "actors" and e.id not in asked and e.get("type") == "official"
                   for e in find_entities(sentence, lexicon))
    if what == "noun":
        if forms[:1] == ("رقم",):  # "ما رقم القرار": the number of the asked noun, one the question does not state
            return _numbered(question, norm)
        return _noun_filler(forms, norm, set(tokenize(question.text)))
    return False


def _units(question: Question) -> list[tuple[str, object]]:
    """What of the question a sentence should hold: ``("entity", entry)``, ``("number", n)``, ``("concept",
    entry)`` (English) and ``("term", stem)`` (Arabic)."""
    units: list[tuple[str, object]] = [("entity", e) for e in question.entities]
    units += [("number", n) for n in question.numbers if n < 1900 or n > 2100]
    if question.language == "ar":
        m = _WHICH_AR.search(normalize(question.text))
        asked = m.group(1) if m else ""  # (the asked noun is what the filler states, not content a sentence holds)
        units += [("term", t) for t in dict.fromkeys(rest_terms(question, None))
                  if len(t) >= 3 and t not in _ASK_WORDS and not (asked and asked.startswith(t))
                  and not _RELATIVE.fullmatch("ا" + t) and not _RELATIVE.fullmatch(t) and not numbers_in(t)]
    else:
        units += [("concept", c) for c in question.concepts if not framing(c, question.text)]
    return units


def _head(question: Question) -> set[str]:
    """The stems of an Arabic question's words before its first relative pronoun ("متى اعتقلت الشرطة الشاب | الذي خطط
    لمهاجمة ..."): the act asked about; the relative clause describes who or what it befell, which the article may
    tell in another sentence."""
    if question.language != "ar":
        return set()
    norm = normalize(question.text)
    m = _RELATIVE.search(norm)
    return set(content_terms(norm[: m.start()])) if m else set()


def _holds(unit: tuple[str, object], norm: str, stems: set[str], numbers: set[int]) -> bool:
    what, value = unit
    if what == "number":
        return value in numbers
    if what == "term":
        return overlap((value,), stems) > 0
    return mentions(value, norm, normalized=True)


def content_cover(question: Question, sentence: str) -> float:
    """The weighted share of the question's content (:func:`_units`: a key entity or a stated number
    :data:`ENTITY_WEIGHT`, a content word 1) the sentence itself holds; 0 when the question has none."""
    units = _units(question)
    weights = [ENTITY_WEIGHT if u[0] in ("entity", "number") else 1.0 for u in units]
    if not sum(weights):
        return 0.0
    norm = normalize(readable(sentence))
    stems, numbers = set(content_terms(sentence)), numbers_in(sentence)
    return sum(w for u, w in zip(units, weights, strict=True) if _holds(u, norm, stems, numbers)) / sum(weights)


def units_held(question: Question, sentence: str) -> set[int]:
    """The indexes of the question's content units (:func:`_units`) the sentence holds."""
    norm = normalize(readable(sentence))
    stems, numbers = set(content_terms(sentence)), numbers_in(sentence)
    return {i for i, u in enumerate(_units(question)) if _holds(u, norm, stems, numbers)}


@lru_cache(maxsize=8)
def _whole(doc_id: str, title: str, text: str) -> str:
    return normalize(readable(title + " " + text))


def whole_text(doc_id: str, doc) -> str:
    """An article's headline and text, readable and normalised (cached per article id and text, read for each
    sentence of it: an lru_cache is safe across the app's worker threads, unlike a shared one-entry dict)."""
    return _whole(doc_id, doc.title or "", doc.text)


@lru_cache(maxsize=32)
def _stated(doc_id: str, title: str, text: str) -> tuple[str, frozenset[str], frozenset[int]]:
    """What an article (headline and text) states: its normalised text, content stems and numbers -- read once per
    article, not again for each question asked of it (review65 #12: ~12 ms an article)."""
    whole = title + " " + text
    return _whole(doc_id, title, text), frozenset(content_terms(whole)), frozenset(numbers_in(whole))


def _told_weights(units: list, weights: list[float], doc_id: str, doc) -> tuple[list[float], float]:
    """The units' weights for one article (:data:`ABSENT_LIGHT`): a content word the article never states weighs
    :data:`ABSENT_WEIGHT` of its own; and their sum."""
    norm, stems, numbers = _stated(doc_id, doc.title or "", doc.text)
    out = [w if u[0] not in ("term", "concept") or _holds(u, norm, stems, numbers) else w * ABSENT_WEIGHT
           for u, w in zip(units, weights, strict=True)]
    return out, sum(out)


def pick_claims(question: Question, evidence: Evidence, lexicon) -> list[Claim]:
    """The best sentence of the top articles read that holds enough of the question's content and a filler of the
    type it asks (:func:`asked_type`), quoted as the claim; none when no sentence does."""
    if not SENTENCE_PICK or not question.entities:
        return []  # (a question naming nothing the archive knows is no one story: the slot readers abstain too)
    kind = asked_type(question)
    units = _units(question)
    if kind is None or len([u for u in units if u[0] != "entity"]) == 0:
        return []
    docs = list(evidence.docs.items())[:FALL_DOCS]
    stated = {n for n in question.numbers if n < 1900 or n > 2100}
    if NUMBERS_HELD and stated:
        docs = [(d, doc) for d, doc in docs if stated <= numbers_in((doc.title or "") + " " + doc.text)]
    month = question_month(question) if MONTH_PUBLISHED else None
    if month is not None:
        docs = [(d, doc) for d, doc in docs if _month_fits(month, doc.published, doc.title or "")]
    # the top articles first; the next one only when none of those holds a sentence covering the question, and one
    # read below the archive's top article must cover more of it (FALL_COVER)
    top = next(iter(evidence.docs), None)
    told_on = None  # the top article tells the incident, without the asked detail: the day it was published
    for start in range(0, len(docs), TOP_DOCS):
        group = docs[start:start + TOP_DOCS]
        if told_on is not None and not all(_days_apart(doc.published, told_on) for _, doc in group):
            continue  # (another incident of the same kind and place, in another year, covers the question as well)
        at_top = any(d == top for d, _ in group)
        claims, covered = _pick_in(question, evidence, kind, units, group, lexicon,
                                   MIN_COVER if at_top else FALL_COVER)
        if claims:
            return claims
        if at_top and covered:  # only another report of that incident (published within FALL_REACH days) may answer
            told_on = group[0][1].published or ""
    return []


def _days_apart(published: str | None, other: str) -> bool:
    """Two articles published within FALL_REACH days of each other (a day unknown: not)."""
    one, two = _published_day(published), _published_day(other)
    return one is not None and two is not None and abs((one - two).days) <= FALL_REACH


def _pick_in(question: Question, evidence: Evidence, kind, units: list, docs: list, lexicon,
             least: float) -> tuple[list[Claim], bool]:
    """:func:`pick_claims` over the articles ``docs`` read together (their sentences weigh the question's words), a
    sentence covering at least ``least`` of the question; and whether a sentence covers that much, filler or not."""
    # every sentence read, normalised, with its stems and numbers
    read: list[tuple[str, object, list[tuple[int, int, str, str, set[str], set[int]]]]] = []
    df: dict[int, int] = {}
    total = 0
    for doc_id, doc in docs:
        rows = []
        for s, e in news_sentences(doc.text):
            sentence = doc.text[s:e]
            norm = normalize(readable(sentence))
            rows.append((s, e, sentence, norm, set(content_terms(sentence)), numbers_in(sentence)))
        read.append((doc_id, doc, rows))
        for row in rows:
            total += 1
            for i, u in enumerate(units):
                if u[0] in ("term", "concept") and _holds(u, row[3], row[4], row[5]):
                    df[i] = df.get(i, 0) + 1
    if not total:
        return [], False
    weights = []
    head = _head(question)
    for i, u in enumerate(units):
        if u[0] in ("entity", "number"):
            weights.append(ENTITY_WEIGHT)
        else:  # rarer among the sentences read, weightier (0.5 .. 1.5)
            w = 0.5 + math.log((total + 1) / (df.get(i, 0) + 1)) / math.log(total + 1)
            # (a word of the main clause -- the act asked about -- over one of the clause describing its subject)
            weights.append(w * HEAD_WEIGHT if HEAD_FIRST and u[0] == "term" and u[1] in head else w)
    whole = sum(weights)
    base = list(weights)
    scored: list[tuple[float, str, int, int, int, float, str]] = []  # (score, article, start, end, rank, cover, norm)
    covered = False
    for rank, (doc_id, doc, rows) in enumerate(read):
        title = normalize(readable(doc.title or ""))
        tstems = set(content_terms(doc.title or ""))
        if ABSENT_LIGHT:
            weights, whole = _told_weights(units, base, doc_id, doc)
        for idx, (s, e, sentence, norm, stems, numbers) in enumerate(rows):
            if len(sentence) < 15:
                continue
            filled = has_filler(question, kind, sentence, norm, lexicon)
            if not filled and covered:
                continue
            near = [rows[j] for j in (idx - 1, idx + 1) if 0 <= j < len(rows)]
            if LEAD_CREDIT and idx > 1:
                near.append(rows[0])
            got = 0.0
            parts = []
            for u, w in zip(units, weights, strict=True):
                if _holds(u, norm, stems, numbers):
                    got += w
                    parts.append((u, w, 1.0))
                elif any(_holds(u, r[3], r[4], r[5]) for r in near) or _holds(u, title, tstems, set()):
                    got += NEAR_CREDIT * w
                    parts.append((u, w, NEAR_CREDIT))
                else:
                    parts.append((u, w, 0.0))
            cover = got / whole
            covered = covered or cover >= least
            if not filled:
                continue
            if DEBUG is not None:
                DEBUG(cover, doc_id, sentence, parts)
            if cover < least:
                continue
            # every key entity named in the sentence, beside it or in the headline (the answer's check then asks it
            # near the quote again)
            around = (norm if ENTITIES_OWN else normalize(readable(" ".join([sentence, *(r[2] for r in near)])))) \
                + " " + title  # (LEAD_CREDIT: the lead among them)
            has = entities_named(question, around, normalized=True, adjective=True)
            if not all(has) and not (LEAD_CREDIT and enough(question, has) and all(
                    entities_named(question, whole_text(doc_id, doc), normalized=True, adjective=True))):
                continue  # (LEAD_CREDIT: enough of them there, in an article naming every one)
            score = cover - 0.05 * rank
            heads = [u for u in units if u[0] == "term" and u[1] in head]
            if HEAD_FIRST and heads:
                # the act asked about told in the sentence itself, not beside it ("when were they arrested": the
                # arrest's sentence, not the lead's conviction)
                score += HEAD_BONUS * sum(_holds(u, norm, stems, numbers) for u in heads) / len(heads)
            scored.append((score, doc_id, s, e, rank, cover, norm))
    if not scored:
        return [], covered
    _, doc_id, s, e, rank, cover, _ = _named_first(question, kind, scored, lexicon)
    if DEBUG is not None:
        DEBUG(cover, doc_id, "<best>", [rank])
    quote = evidence.docs[doc_id].text[s:e]
    short = excerpt(quote)
    text = (f"تقول المصادر: «{short}»" if question.language == "ar"
            else f"The sources say (in Arabic): «{short}»{glossed(quote)}")
    return [Claim(text, [(doc_id, s, e)], quoted=True)], covered


def _named_first(question: Question, kind, scored: list, lexicon) -> tuple:
    """The best scored sentence; or, when it does not name the asked date or place itself
    (:func:`~marsad.agent.qa.filler_named.names_detail`), the best one of the same article within
    :data:`~marsad.agent.qa.filler_named.NAMED_MARGIN` of it that does."""
    best = max(scored, key=lambda row: row[0])  # (the first of equal scores, as before)
    if names_detail(question, kind[0], best[6], lexicon) is not False:
        return best
    near = [row for row in scored if row[1] == best[1] and row[0] >= best[0] - NAMED_MARGIN
            and names_detail(question, kind[0], row[6], lexicon)]
    return max(near, key=lambda row: row[0]) if near else best


def filled_or_picked(question: Question, claims: list[Claim], evidence: Evidence, lexicon) -> list[Claim]:
    """The passage reader's ``claims``, or the picked sentence (:func:`pick_claims`) when the question asks a noun
    named ("ما اسم الفتى"، "أي لواء") and none of the sentences quoted names it: news leads with the incident ("فتى في
    الخامسة عشرة") and names the one asked in a later sentence. Only a sentence of the article the passage quotes first
    answers (another article tells as often another incident), and only for the asked noun: for a date, a count or a
    person the quote's filler is often told in a way the filler test does not read ("خلال الأسبوعين"، "لواءي مشاة"،
    "وزير الإدارة المحلية، رئيس اللجنة، فلان"), and the picked sentence would replace a right quote (pass 69)."""
    kind = asked_type(question) if claims and all(c.quoted and c.spans for c in claims) else None
    if kind is None or kind[0] != "noun":
        return claims
    texts = evidence.texts
    for claim in claims:
        for doc_id, s, e in claim.spans:
            sentence = texts.get(doc_id, "")[s:e]
            if has_filler(question, kind, sentence, normalize(readable(sentence)), lexicon):
                return claims
    picked = pick_claims(question, evidence, lexicon)
    return picked if picked and picked[0].spans[0][0] == claims[0].spans[0][0] else claims
