"""Answers for two slots a question may ask that no other reader reads: the name an operation, a campaign or a
planned attack was given ("ما الاسم الرمزي"، "ما اسم العملية"، "what was the code name"), told "أطلق عليها اسم
..."، "تحمل اسم ..."، "وهو الاسم الرمزي ..."; and a prison term ("what prison sentence", "بماذا حكم على"), told
"بالسجن 15 عاما"، "بالسجن مدى الحياة"، "بالسجن المؤبد"، "بالإعدام"; and what an act was done with (a weapon, a
means, a vehicle, a material: "بأي سلاح"، "على أي وسيلة"، "what did they use to hit ..."), told "استهدفت المكتب بقذائف
الدبابات"، "مستخدمة الدراجات النارية"، "من طراز ..."، "محملة بـ ..."، "تحتوي على مادة ...".

The sentence is read from the best-ranked articles that name enough of the question's key entities (title and text:
:func:`marsad.agent.qa.subject.article_names_enough`); within an article, the sentence telling the slot that shares
most of the question's words. The passage reader needs half the question's words in one sentence, and news tells the
name or the term in a sentence of its own ("وكن يعتزمن تنظيم "حفلة" ... وهو الاسم الرمزي للهجوم"), after the one
that names the people and the place: it abstained on such questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.agent.numbers import word_value
from marsad.agent.offline import rules
from marsad.agent.qa.actions import act_families, act_spans, asks_why, gives_reason, reason_marks
from marsad.agent.qa.compose import Claim, excerpt, glossed, news_sentences
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.matching import overlap
from marsad.agent.qa.question import Intent, Question, asks_expected, content_terms, states_day
from marsad.agent.qa.question_intent import asks_wound_place, main_clause
from marsad.agent.qa.question_words import MONTHS_AR, MONTHS_EN
from marsad.agent.qa.slots_more import Searcher, asked_more
from marsad.agent.qa.subject import entities_named
from marsad.core.arabic import normalize
from marsad.schemas import Document

__all__ = ["asked_slot", "slot_claims", "asked_act", "dated_act_claims"]

SLOT_NAME = True  # switch for A/B measurement: the code name of an operation or attack (tests patch it)
SLOT_TERM = True  # switch for A/B measurement: a prison term (tests patch it)
SLOT_MEANS = True  # switch for A/B measurement: what an act was done with (a weapon, a vehicle, a material)
SLOT_DOCS = 3  # how many of the best-ranked articles about the question are read
# a key entity the slot's sentence and its neighbours leave unnamed is cited from the article's first sentence naming it
# (its lead, most often: "حكم على شابة بريطانية ..." over "... وهو الاسم الرمزي للهجوم") (switch for A/B measurement)
SLOT_LEAD_NAMES = True
SLOT_NEAR = 3  # (compose.NEAR_SENTENCES: how far from the quote the support check looks for an entity)

# (normalised) the question asks the name given to an operation, a campaign, a battle or an attack
_ASKS_NAME_AR = re.compile(r"(?<!\w)(?:الاسم الرمزي|اسم (?:ال)?(?:عمليه|هجوم|حمله|معركه)(?!\w)|بماذا (?:سميت|سمي)(?!\w)"
                           r"|ما (?:الاسم|التسميه) (?:الذي|التي) (?:اطلق|اطلقت|اطلقه|اطلقته|اطلقوه|حملت|حمل)\w*)")
_ASKS_NAME_EN = re.compile(r"\bcode[- ]?names?\b|\bname (?:was )?given to\b"
                           r"|\b(?:what|which) (?:was|is) the name of the (?:\w+ ){0,2}(?:operation|offensive|campaign"
                           r"|attack|battle|plot)\b|\bwhat (?:was|is) the (?:\w+ ){0,2}(?:operation|offensive|campaign"
                           r"|plot) called\b", re.I)
# (normalised) a sentence telling such a name
_TELLS_NAME = re.compile(r"(?<!\w)(?:الاسم الرمزي|اسم رمزي|اسما رمزيا"
                         r"|[وف]?(?:اطلق|يطلق|تطلق)\w*(?:\s+\S+){0,5}?\s+(?:اسم|تسميه)(?!\w)"
                         r"|[وف]?[تي]حمل اسم|تحت اسم|(?:عمليه|حمله|معركه) [\"«“])")
# ... and the name told as what something is called, with no "اسم" ("الخطة التي كانوا يُطلقون عليها بينهم
# "ليلة السكاكين""، "ضمن عملية أطلق عليها «قطع رأس الأفعى»"): the verb of naming, "عليه/عليها/عليهم", up to four words,
# then the quoted name; not fire or a release ("أطلق عليه الرصاص"، "أطلقت عليها 105 صواريخ") (normalised: every quote
# mark is '"'; 37 unseen slice articles, 35 of them a name given to an operation, a plan, a march, a list, a product)
# (switch for A/B measurement, tests patch it)
NAME_CALLED = True
_TELLS_NAME_CALLED = re.compile(_TELLS_NAME.pattern + r"|(?<!\w)[وف]?(?:اطلق|يطلق|تطلق)\w*\s+علي(?:ه|ها|هم|هما)?"
                                r"(?:\s+(?![وف]?(?:ال)?(?:نار|رصاص|نيران|صواريخ|صاروخ|قذايف|قذيفه|سراح)|\S*\d)"
                                r"[^\s\"]+){0,4}?\s+\"\S")

# (normalised) the question asks a prison term or a sentence
_ASKS_TERM_AR = re.compile(r"(?<!\w)(?:بماذا (?:حكم|حكمت|قضت)|ما (?:هو |هي )?(?:الحكم|العقوبه)(?!\w)|مده (?:ال)?(?:سجن|حبس)"
                           r"|كم (?:عاما|سنه) (?:بالسجن|سجنا|حبسا))")
_ASKS_TERM_EN = re.compile(r"\b(?:prison|jail) (?:sentences?|terms?)\b|\bwhat (?:sentence|punishment|penalty)\b"
                           r"|\bsentenced to (?:what|how)\b|\bhow (?:long|many years) in (?:prison|jail)\b", re.I)
# (normalised) a sentence telling a prison term or a death sentence
_TELLS_TERM_PLAIN = re.compile(r"(?<!\w)[وف]?(?:بالسجن|بسجن|بالحبس|السجن|الحبس)\s+(?:لمده\s+)?(?:مدي الحياه|الموبد"
                               r"|(?:\d+|[^\W\d]+)\s+(?:عاما|اعوام|سنوات|سنه|شهرا|اشهر)|(?:عامين|سنتين|شهرين))(?!\w)"
                               r"|(?<!\w)[وف]?(?:بالاعدام|بالموبد)(?!\w)")
TERM_FORMS = True  # switch for A/B measurement (tests patch it): _TELLS_TERM's forms beyond _TELLS_TERM_PLAIN's
# ... and the forms news tells it in besides: the term in two number words ("خمسة عشر عاما"، "خمسة وعشرين عاما"), one
# year ("بالحبس سنة واحدة"), the verbal noun with its object pronoun ("بسجنه 15 عاما"), the death sentence by its verbal
# noun before whom it befalls, after the verb or noun of the verdict ("حكمت المحكمة بإعدام المتهمين"، "حكما بإعدام"; not
# a demand or a deed: "طالبوا بإعدام"، "قام التنظيم بإعدام"). The count's words (group "n") must be digits or number
# words (agent.numbers.word_value: "السجن المركزي منذ سنوات" tells no term), after an optional "لمدة"/"مدة"/"حتى"
# (one year in the accusative: "قتل في السجن عام واحد" is no term);
# the verdict's window stops at a demand, a law or a deed ("بعد سنوات من المطالبات بإعدام"، "يقضي القانون بإعدام")
_UNIT = "(?:عاما|اعوام|سنوات|سنه|شهرا|اشهر)"  # (normalised) the units of a term
_TELLS_TERM_RE = re.compile(r"(?<!\w)[وف]?(?:بالسجن|بسجن(?:ه|ها|هم|هما)?|بالحبس|السجن|الحبس)\s+(?:(?:لمده|مده|حتي)\s+)?"
                            rf"(?:مدي الحياه|الموبد|(?P<n>(?:\d+|[^\W\d]+)(?:\s+(?!{_UNIT}(?!\w))و?[^\W\d]+)?)\s+{_UNIT}"
                            r"|(?:عامين|سنتين|شهرين)|(?:سنه|عاما|شهرا) واحد[اه]?)(?!\w)"
                            r"|(?<!\w)[وف]?(?:بالاعدام|بالموبد)(?!\w)"
                            r"|(?<!\w)[وف]?(?:حكم|حكما|حكمت|يحكم|الحكم|احكام|احكاما|قضت|قضي|يقضي|تقضي|الصادر|صادر)"
                            r"(?:\s+(?![وفبل]?(?:ال)?(?:طالب|مطالب|قانون|تشريع|نفذ|قام|اقدم))\S+){0,8}?"
                            r"\s+باعدام(?!\w)")


class _TermTells:
    """:data:`_TELLS_TERM_RE` whose count, when it has one, is told in digits or number words."""

    def search(self, text: str) -> re.Match[str] | None:
        for m in _TELLS_TERM_RE.finditer(text):
            if m.group("n") is None or all(w.isdigit() or word_value(w) for w in m.group("n").split()):
                return m
        return None


_TELLS_TERM = _TermTells()


# (normalised) the question asks what an act was done with: "بأي سلاح"، "على أي وسيلة نقل"، "ما نوع العبوة"،
# "ما السلاح الذي استخدمه"، "بماذا استهدف"، "ماذا استخدم" ("بماذا طالب" asks a demand: the verb must be an attack's)
_MEANS_NOUNS_AR = r"(?:سلاح|اسلحه|الاسلحه|السلاح|وسيله|الوسيله|اداه|الاداه|ماده|الماده|مواد|المواد)"
_ASKS_MEANS_AR = re.compile(
    r"(?<!\w)(?:(?:ب|علي |من )اي (?:سلاح|اسلحه|وسيله|اداه|ماده|مواد|نوع|طراز)"
    r"|بماذا (?:استهدف|هاجم|قصف|ضرب|قتل|فجر|اطلق|رمي|اعتدي|طعن|اغتال)\w*"
    r"|ما (?:هو |هي )?(?:نوع|طراز) (?:ال)?(?:سلاح|اسلحه|عبوه|عبوات|صاروخ|صواريخ|طايره|طايرات|سياره|قذيفه|قذايف|ماده"
    r"|مواد|متفجرات|قنبله|قنابل|مقاتله|مقاتلات)"
    rf"|ما (?:هو |هي )?{_MEANS_NOUNS_AR} (?:الذي|التي|اللذين|اللتين) (?:استخدم|استعمل|اعتمد|استعان)\w*"
    r"|(?:ماذا|ما الذي) (?:استخدم|استعمل)\w*)(?!\w)")
_ASKS_MEANS_EN = re.compile(
    r"\bwith what\b|\bby what means\b|\bon what did\b"
    r"|\b(?:what|which) (?:kind of |type of |sort of )?(?:weapons?|arms|means|vehicles?|explosives?|explosive material"
    r"|nerve agent|chemical agent|substance|poison|gas)\b(?! (?:depots?|stores?|caches?|sales?|deals?|experts?)\b)"
    r"|\b(?:what|which) (?:kind|type|model) of (?:aircraft|plane|warplane|jet|drone|missile|rocket|bomb|device|car"
    r"|vehicle|shells?)\b"
    r"|\bwhat (?:did|do|does|had) (?:\S+ ){1,12}?"
    r"(?:use(?! as (?:an? |the )?(?:reason|pretext|excuse|justification|cover)\b)"
    r"|ride|rode|(?<!the )(?<!a )fire|wield|carry(?! out\b))\b(?! (?:to (?:be|say|tell)))"
    r"|\bwhat (?:was|were) (?:\S+ ){0,8}?used\b", re.I)
# (normalised) the means a sentence tells: a weapon noun the extractor knows (agent/offline/data/attacks.json:
# weapon_nouns, weapon_singular_nouns, ground_means, claimed_devices) or an instrument of general knowledge after "ب"
# ("بقذائف الدبابات"، "بالسواطير"); a participle or verbal noun of use ("مستخدمة الدراجات النارية"، "باستخدام ..."،
# "استخدمت السواطير"); a model ("من طراز إف-16"); a load ("محملة بالمتفجرات"); a content ("تحتوي على مادة ...")
_MEANS_EXTRA = ("اسلحه", "سلاح", "رصاص", "رشاشات", "رشاش", "سكين", "سكاكين", "ساطور", "سواطير", "غاز", "غازات",
                "متفجرات", "حزام", "احزمه", "سياره", "سيارات", "شاحنه", "دراجه", "دراجات", "زورق", "زوارق", "طايره",
                "طايرات", "مسيره", "مسيرات", "مدفعيه", "هاون", "دبابه", "دبابات", "قنابل", "قنبله", "عبوه", "عبوات")


def _means_stems() -> list[str]:
    """The weapon and instrument nouns, without a leading "ب"/"ال" (normalised), longest first."""
    nouns = set(_MEANS_EXTRA)
    for key in ("weapon_nouns", "weapon_singular_nouns", "ground_means", "claimed_devices"):
        nouns |= rules.words("attacks", key)
    stems = {re.sub(r"^(?:بال|ال|ب)(?=\w{3})", "", n) for n in nouns}
    return sorted(stems, key=len, reverse=True)


_TELLS_MEANS: re.Pattern[str] | None = None


def _tells_means() -> re.Pattern[str]:
    """:data:`_TELLS_MEANS`, built once."""
    global _TELLS_MEANS
    if _TELLS_MEANS is None:
        stems = "|".join(map(re.escape, _means_stems()))
        _TELLS_MEANS = re.compile(
            rf"(?<!\w)[وف]?(?:بال|ب)(?:{stems})(?!\w)"
            r"|(?<!\w)[وف]?(?:مستخدم(?:ا|ين|ه|تين)|باستخدام|مستعمل(?:ا|ين|ه|ون)?|باستعمال|بواسطه)\s+\S+"
            rf"|(?<!\w)[وف]?(?:استخدم|استعمل)\w*\s+(?:ال)?(?:{stems})(?!\w)"
            r"|(?<!\w)من طراز\s+\S+|(?<!\w)محمل(?:ه|ا|ين|ات)?\s+ب\S+"
            r"|(?<!\w)[تي]حتوي\s+(?:علي\s+)?\S+")
    return _TELLS_MEANS


# the question asks the type or model of a thing made in models (a missile, an aircraft, a vehicle), adjectives allowed
# before it ("what type of Russian missile brought down ...", "ما طراز الطائرة"، "من أي طراز"): the sentence naming the
# model ("صاروخ روسي من طراز بوك") answers, not one telling the weapon's bare kind ("تم بصاروخ يعود للجيش الروسي");
# when no article read names one, the means slot's sentence (switch for A/B measurement, tests patch it)
MEANS_MODEL = True
_MODEL_OF_EN = r"\b(?:what|which) (?:kind|type|model|make|class) of (?:[\w-]+ ){0,2}?"
_MODEL_THINGS_EN = (r"aircraft|planes?|warplanes?|jets?|fighters?|drones?|missiles?|rockets?|helicopters?|cars?|vehicles?"
                    r"|tanks?|rifles?|guns?|ships?|boats?|submarines?|air defen[cs]e systems?")
_ASKS_MODEL_EN = re.compile(rf"{_MODEL_OF_EN}({_MODEL_THINGS_EN})\b", re.I)
# ... and of a launcher or a battery ("what type of air defence launcher did the missile destroy": "منصة صواريخ
# من طراز X") (switch for A/B measurement, tests patch it)
MODEL_LAUNCHER = True
_ASKS_MODEL_EN_MORE = re.compile(rf"{_MODEL_OF_EN}({_MODEL_THINGS_EN}|air defen[cs]e batter(?:y|ies)"
                                 r"|(?:air defen[cs]e |missile |rocket )?launchers?)\b", re.I)
_ASKS_MODEL_AR = re.compile(r"(?<!\w)(?:ما (?:هو |هي )?طراز|من اي طراز|باي طراز|اي طراز"
                            r"|ما (?:هو |هي )?نوع (?:ال)?(صاروخ|صواريخ|طايره|طايرات|مقاتله|مقاتلات|مروحيه|مروحيات|دبابه"
                            r"|دبابات|سياره|مدرعه|منظومه|منصه|منصات))(?!\w)")
# (normalised) a sentence naming a model: "من طراز إف-16"، "طراز بوك" (33 unseen slice articles write "من طراز")
_TELLS_MODEL = re.compile(r"(?<!\w)(?:من )?طراز\s+\S+")
# ... and the kind of the thing asked named in it: "what kind of rockets" is not answered by "طائرات من طراز إف 16" in
# the next sentence; "من نوع" names a type as "من طراز" does ("صواريخ من نوع غراد") (switch for A/B measurement, tests
# patch it)
MODEL_KIND = True
_TELLS_MODEL_KIND = re.compile(r"(?<!\w)(?:من )?(?:طراز|نوع)\s+\S+")
# the kinds a model is asked of, by the question's noun (English word start or normalised Arabic stem), and the words
# (normalised stems, a glued article or preposition allowed) a sentence names the kind by
_MODEL_KINDS = {
    "rocket": (r"missile|rocket|launcher", r"صاروخ|صواريخ|قذيفه|قذايف|منظومه|منظومات|منصه|منصات"),
    "aircraft": (r"aircraft|plane|warplane|jet|fighter|drone|helicopter",
                 r"طايره|طايرات|مقاتله|مقاتلات|مروحيه|مروحيات|مسيره|مسيرات|درون"),
    "vehicle": (r"car|vehicle|tank", r"سياره|سيارات|مدرعه|مدرعات|عربه|عربات|اليه|اليات|دبابه|دبابات|شاحنه|شاحنات"),
    "gun": (r"rifle|gun", r"بندقيه|بنادق|رشاش|مسدس|سلاح|اسلحه"),
    "ship": (r"ship|boat|submarine", r"سفينه|سفن|زورق|زوارق|قارب|قوارب|غواصه|غواصات|بارجه|فرقاطه"),
    "air defence": (r"air defen", r"منظومه|منظومات|دفاع جوي|الدفاع الجوي|صاروخ|صواريخ"),
}
_KIND_AR_OF = {"صاروخ": "rocket", "صواريخ": "rocket", "طايره": "aircraft", "طايرات": "aircraft",
               "مقاتله": "aircraft", "مقاتلات": "aircraft", "مروحيه": "aircraft", "مروحيات": "aircraft",
               "دبابه": "vehicle", "دبابات": "vehicle", "سياره": "vehicle", "مدرعه": "vehicle", "منظومه": "air defence",
               "منصه": "rocket", "منصات": "rocket"}


def _asked_kind(question: Question) -> str | None:
    """The kind of thing whose model the question asks (:data:`_MODEL_KINDS`), or None."""
    if question.language == "en":
        m = _asks_model_en().search(question.text)
        noun = m.group(1).lower() if m else ""
        if noun.startswith("air defen"):
            return "air defence"
        return next((k for k, (en, _) in _MODEL_KINDS.items() if re.match(rf"(?:{en})", noun)), None)
    m = _ASKS_MODEL_AR.search(normalize(question.text))
    return _KIND_AR_OF.get(m.group(1)) if m and m.group(1) else None


def _tells_model_of(kind: str | None) -> Callable[[str], bool]:
    """Whether a sentence names a model ("من طراز"، with :data:`MODEL_KIND` also "من نوع") and the ``kind`` asked."""
    if not MODEL_KIND:
        return lambda sentence: bool(_TELLS_MODEL.search(normalize(sentence)))
    names = re.compile(rf"(?<!\w)[وف]?(?:[بلك]|لل)?(?:ال)?(?:{_MODEL_KINDS[kind][1]})(?!\w)") if kind else None
    return lambda sentence: bool(_TELLS_MODEL_KIND.search(norm := normalize(sentence))) \
        and (names is None or bool(names.search(norm)))


def asks_model(question: Question) -> bool:
    """The question asks the type or model of a missile, an aircraft, a vehicle (:data:`MEANS_MODEL`)."""
    if not (SLOT_MEANS and MEANS_MODEL):
        return False
    en = question.language == "en"
    return bool((_asks_model_en() if en else _ASKS_MODEL_AR).search(question.text if en else normalize(question.text)))


def _asks_model_en() -> re.Pattern[str]:
    """The English model question's pattern (:data:`MODEL_LAUNCHER`: launchers and batteries too)."""
    return _ASKS_MODEL_EN_MORE if MODEL_LAUNCHER else _ASKS_MODEL_EN


def asked_slot(question: Question) -> Searcher | None:
    """The pattern (with a ``search`` method) of the sentence that tells the slot the question asks (a code name, a
    prison term, a sum of money, a force belonged to, a base, a means), or None."""
    en = question.language == "en"
    text = question.text if en else normalize(question.text)
    if SLOT_NAME and (_ASKS_NAME_EN if en else _ASKS_NAME_AR).search(text):
        return _TELLS_NAME_CALLED if NAME_CALLED else _TELLS_NAME
    if SLOT_TERM and (_ASKS_TERM_EN if en else _ASKS_TERM_AR).search(text):
        return _TELLS_TERM if TERM_FORMS else _TELLS_TERM_PLAIN
    # a sum of money, a force belonged to, a base, a wound's place in the body
    more = asked_more(question.text, question.language, text, asks_wound_place(question),
                      question.intent in (Intent.perpetrator, Intent.victim))
    if more is not None:
        return more
    if SLOT_MEANS and (_ASKS_MEANS_EN if en else _ASKS_MEANS_AR).search(text):
        return _tells_means()
    return None


def slot_claims(question: Question, evidence: Evidence) -> list[Claim]:
    """The sentence telling the slot asked (:func:`asked_slot`) in the best-ranked article about the question."""
    if asks_model(question):
        found = _telling_claims(question, evidence, _tells_model_of(_asked_kind(question)), across=MEANS_ACROSS)
        if found:
            return found
        return _telling_claims(question, evidence, lambda sentence: bool(_tells_means().search(normalize(sentence))),
                               across=MEANS_ACROSS)
    tells = asked_slot(question)
    if tells is None:
        return reason_claims(question, evidence)
    # a means is told in many sentences of any war report ("بالصواريخ"، "باستخدام"): the sentence sharing most of the
    # question's words among the articles read is the act's, not the first article's that tells any
    return _telling_claims(question, evidence, lambda sentence: bool(tells.search(normalize(sentence))),
                           across=MEANS_ACROSS and tells is _TELLS_MEANS)


MEANS_ACROSS = True  # switch for A/B measurement: the means slot's sentence is the best of all articles read

# a "why" question no actor reader reads (its intent is not an act of an actor: "ما السبب الذي رجحه العميد لاستهداف
# الباحث زملاءه"): the sentence of the best-ranked article about it that gives a reason (actions.gives_reason:
# "نتيجة لضغوط"، "بسبب ..."), sharing most of the question's words, not the sentence that only repeats them
# (switch for A/B measurement, tests patch it)
REASON_SLOT = True


def reason_claims(question: Question, evidence: Evidence) -> list[Claim]:
    """The sentence giving the reason a "why" question asks (:data:`REASON_SLOT`), or none."""
    if not REASON_SLOT or question.intent is Intent.action or not asks_why(question):
        return []
    acts = _asked_acts(question) if REASON_ACT else frozenset()
    motive = bool(_ASKS_MOTIVE_AR.search(normalize(question.text)) if question.language == "ar"
                   else _ASKS_MOTIVE_EN.search(question.text))
    return _telling_claims(question, evidence, lambda sentence: gives_reason(norm := normalize(sentence))
                           and not _REASON_UNKNOWN.search(norm) and (not acts or _reason_tied(norm, acts, motive)))


# the reason must be the question's act's: a reason word in the clause telling the act the question names after its
# why-noun (a bombing, a killing, an arrest: actions.act_families), within a few words of it ("ربما هاجم زملاءه
# نتيجة لضغوط"), not another act's of the same article ("وتأخر وصول الإسعاف ... بسبب الأمطار"); a motive asked
# ("الدافع"، "motive") is not a physical cause of the act's happening ("الانفجار وقع بسبب ازدحام السوق"); a question
# naming no act is read as before (switch for A/B measurement, tests patch it)
REASON_ACT = True
REASON_ACT_REACH = 8  # most words between the act and the reason word
_WHY_NOUN_AR = re.compile(r"(?<!\w)[وف]?(?:لماذا|السبب|سبب|اسباب|الاسباب|الدافع|الدوافع|دوافع|هدف|الهدف)(?!\w)")
_ASKS_MOTIVE_AR = re.compile(r"(?<!\w)[وف]?(?:الدافع|الدوافع|دوافع|دافع)(?!\w)")
_ASKS_MOTIVE_EN = re.compile(r"\bmotives?\b|\bmotivat", re.I)
_OCCURS = re.compile(r"(?<!\w)[وف]?(?:وقع|وقعت|حدث|حدثت|نجم|نجمت|نتج|نتجت)(?!\w)")
_CLAUSE_END = re.compile(r"[،,؛;:.!?؟\n]")


def _asked_acts(question: Question) -> frozenset[str]:
    """The families of acts the "why" question asks about, named after its why-noun (Arabic) or anywhere (English)."""
    if question.language != "ar":
        return act_families(question.text, "en")
    norm = normalize(question.text)
    m = _WHY_NOUN_AR.search(norm)
    return act_families(norm[m.end():] if m else norm)


def _reason_tied(norm: str, acts, motive: bool) -> bool:
    """A reason word of the normalised sentence stands in the clause that tells one of ``acts``, within
    :data:`REASON_ACT_REACH` words of it (for a ``motive``, not after a verb of happening: "وقع بسبب")."""
    spans = act_spans(norm, acts)
    for rs, re_ in reason_marks(norm):
        for a, b in spans:
            gap = norm[b:rs] if b <= rs else norm[re_:a] if a >= re_ else None
            if gap is None or _CLAUSE_END.search(gap) or len(gap.split()) > REASON_ACT_REACH:
                continue
            if motive and b <= rs and _OCCURS.search(gap):
                continue
            return True
    return False


# (normalised) a sentence saying the reason is not known ("ولم تتضح بعد دوافع الجاني"، "لا تزال أسباب الحادث
# مجهولة") gives none, though it names a motive
_REASON_UNKNOWN = re.compile(r"(?<!\w)[وف]?(?:لم|لا|ليس|ليست)\s+(?:\S+\s+){0,3}?(?:ال)?(?:دوافع|دافع|اسباب|سبب)\w*"
                             r"|(?<!\w)(?:ال)?(?:دوافع|دافع|اسباب|سبب)\w*\s+(?:\S+\s+){0,3}?(?:مجهول|غير معروف|غامض)\w*")


def _telling_claims(question: Question, evidence: Evidence, tells: Callable[[str], bool],
                    across: bool = False) -> list[Claim]:
    """The sentence of the best-ranked article about the question (of the first :data:`SLOT_DOCS` that has one) for
    which ``tells`` holds, sharing most of the question's words, quoted with the sentences naming its key entities.
    ``across``: the sentence sharing most words among all those articles (the better-ranked article on a tie)."""
    words = tuple(question.expansion if question.language == "en" else question.terms)
    firsts: list[tuple[int, str, Document, int, int]] = []  # each article's best sentence and its shared words
    for doc_id, doc in evidence.top_about(question, SLOT_DOCS):
        best: tuple[int, int, int] | None = None
        for s, e in news_sentences(doc.text):
            if not tells(doc.text[s:e]):
                continue
            shared = overlap(words, set(content_terms(doc.text[s:e]))) if words else 0
            if best is None or shared > best[0]:
                best = (shared, s, e)
        if best is None:
            continue
        if SLOT_CLAUSE:
            best = (best[0], *_clause(doc.text, best[1], best[2], tells))
        firsts.append((best[0], doc_id, doc, best[1], best[2]))
        if not (across or SLOT_FIT):
            break  # the best-ranked article's sentence is the one quoted
    if not firsts:
        return []
    # the best-ranked article's sentence; across: the one sharing most words (the better-ranked article on a tie)
    chosen = max(range(len(firsts)), key=lambda i: (firsts[i][0], -i)) if across else 0
    sentences = [f[1:] for f in firsts]
    if SLOT_FIT:
        return _quoted(question, *_best_fitting(question, evidence, sentences, chosen))
    return _quoted(question, *sentences[chosen])


# switch for A/B measurement (tests patch it): the slot's sentence of another of the articles read, instead of the
# best-ranked article's, when it fits the question clearly better (claim_fit.fits_among, by SLOT_FIT_MARGIN): over an
# archive the best-ranked article is often another report of the same month and city, whose sentence telling a means
# or a name is of another act (pass 59: set fixed 1 / lost 0; archive scale fixed 1 / lost 0, check unchanged)
SLOT_FIT = True
SLOT_FIT_MARGIN = 0.2


def _best_fitting(question: Question, evidence: Evidence, firsts: list[tuple[str, Document, int, int]], chosen: int
                  ) -> tuple[str, Document, int, int]:
    """Of each article's sentence telling the slot (best-ranked article first), the ``chosen`` one, or the one
    fitting the question best when it fits better than that by :data:`SLOT_FIT_MARGIN`."""
    from marsad.agent.qa.claim_fit import fits_among

    if len(firsts) < 2:
        return firsts[chosen]
    fits = fits_among(question, [Claim("", [(d, s, e)]) for d, _, s, e in firsts], evidence)
    best = max(range(len(firsts)), key=lambda i: (fits[i], -i))
    return firsts[best] if fits[best] >= fits[chosen] + SLOT_FIT_MARGIN else firsts[chosen]


# a sentence longer than the answer shows (compose.excerpt cuts it at 300 characters) is quoted from the clause telling
# the slot ("وأدانت المحكمة المتهمين ...، فيما تبين ...، أما الهجوم الذي ... فكانوا يُطلقون عليه فيما بينهم "ليلة
# السكاكين"": the name was cut off) (switch for A/B measurement, tests patch it)
SLOT_CLAUSE = True
_SHOWN = 300
_CLAUSE_MARK = re.compile(r"[،,؛;]\s*")


def _clause(text: str, start: int, end: int, tells: Callable[[str], bool]) -> tuple[int, int]:
    """``(start, end)``, or when the sentence is longer than :data:`_SHOWN`, the span from the last clause start
    (after a comma) from which it still tells the slot, to the first clause end before which it does."""
    if end - start <= _SHOWN:
        return start, end
    starts = [start] + [m.end() + start for m in _CLAUSE_MARK.finditer(text[start:end])]
    at = max((c for c in starts if c < end and tells(text[c:end])), default=start)
    ends = sorted({m.start() + at for m in _CLAUSE_MARK.finditer(text[at:end])} | {end})
    stop = next((x for x in ends if x > at and tells(text[at:x])), end)
    return at, stop


def _quoted(question: Question, doc_id: str, doc: Document, start: int, end: int) -> list[Claim]:
    """The claim quoting ``doc.text[start:end]``, with the sentences naming the key entities it leaves unnamed."""
    quote = doc.text[start:end]
    text = (f"تقول المصادر: «{excerpt(quote)}»" if question.language == "ar"
            else f"The sources say (in Arabic): «{excerpt(quote)}»{glossed(quote)}")
    spans = [(doc_id, start, end)]
    if SLOT_LEAD_NAMES and question.entities:
        spans += [(doc_id, a, b) for a, b in _naming(question, doc.text, start)]
    return [Claim(text, spans, quoted=True)]


def _naming(question: Question, text: str, start: int) -> list[tuple[int, int]]:
    """The article's first sentences naming each key entity that the sentence at ``start`` and the
    :data:`SLOT_NEAR` sentences either side of it leave unnamed."""
    sentences = news_sentences(text)
    at = next((i for i, (s, e) in enumerate(sentences) if s <= start < e), 0)
    near = " ".join(text[s:e] for s, e in sentences[max(0, at - SLOT_NEAR):at + SLOT_NEAR + 1])
    missing = [not n for n in entities_named(question, near, adjective=True)]
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        if not any(missing):
            break
        has = entities_named(question, text[s:e], adjective=True)
        if any(m and h for m, h in zip(missing, has, strict=True)):
            out.append((s, e))
            missing = [m and not h for m, h in zip(missing, has, strict=True)]
    return out


# ------------------------------------------------------------------ "when were they arrested": the asked act's day
DATED_ACT = True  # switch for A/B measurement: a "when" question's act (an arrest, a release) picks its dated sentence
# (question, normalised Arabic or English) the act asked -> (normalised) a sentence telling that act
_ACTS: tuple[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"(?<!\w)(?:اعتقل|اعتقلت|اعتقلوا|اوقف|اوقفت|اوقفوا|قبض|القي القبض|اعتقال|توقيف|القبض)(?!\w)"),
     re.compile(r"\b(?:arrest(?:ed)?|detain(?:ed)?|apprehended|captured)\b", re.I),
     re.compile(r"(?<!\w)[وفب]?(?:اعتقال|توقيف|ايقاف|احتجاز|القبض|اعتقل\w*|اوقف\w*|احتجز\w*|قبض\w*)(?!\w)")),
    (re.compile(r"(?<!\w)(?:افرج|افرجت|اطلق سراح|اطلقت سراح|الافراج|اطلاق سراح)(?!\w)"),
     re.compile(r"\b(?:released|freed|set free)\b", re.I),
     re.compile(r"(?<!\w)[وفب]?(?:الافراج|افرج\w*|(?:ال)?اطلاق سراح|اطلق\w* سراح|اخلاء سبيل|اخلي سبيل)(?!\w)")),
)


def asked_act(question: Question) -> re.Pattern[str] | None:
    """For a "when" question about an arrest or a release ("when were ... arrested", "متى أفرج عن ..."): the
    pattern of a sentence telling that act, or None. The act is the main clause's (:data:`ACT_OF_MAIN`)."""
    if not DATED_ACT or question.intent is not Intent.date or asks_expected(question):
        return None
    en = question.language == "en"
    text = question.text if en else normalize(question.text)
    if ACT_OF_MAIN:
        # "متى اعتقل الشاب الذي أدانته محكمة ..." asks the arrest; "when was the man convicted who had been arrested in
        # November" asks no act of the table (the arrest only tells who he is)
        main = main_clause(text, question.language)
        if main is not None:
            # (an English main verb may close the question after the clause: "When were the men who plotted ... arrested?")
            tail = re.search(r"(?:\S+\s+){0,1}\S+\s*$", re.sub(r"[?؟.!\s]+$", "", text)) if en else None
            text = main + (" " + tail.group(0) if tail else "")
    for ar_q, en_q, tells in _ACTS:
        if (en_q if en else ar_q).search(text):
            return tells
    return None


# switch for A/B measurement: the act a "when" question asks is read from its main clause, not a relative clause's
ACT_OF_MAIN = True
# switch for A/B measurement: when no sentence tells the asked act with a day, one telling it with a month ("واعتقل ...
# في تشرين الثاني/نوفمبر الماضي"، "was arrested in November") is read: the day of another act is no answer
ACT_MONTH = True
_MONTH_SAID = re.compile(rf"(?<!\w)(?:في|خلال|منذ|مطلع|اوايل|اواخر|اواسط|منتصف|بدايه|نهايه)\s+(?:شهر\s+)?(?:{MONTHS_AR})(?!\w)"
                         rf"|(?<!\w)(?:{MONTHS_AR})(?:\s*/\s*\S+)?\s+(?:الماضي|المقبل|الجاري|من العام|\d{{4}})(?!\w)"
                         rf"|\b(?:in|since|during|early|late|mid-?)\s+(?i:{MONTHS_EN})\b")


def states_month(sentence: str) -> bool:
    """The sentence says the month of what it tells ("في تشرين الثاني/نوفمبر الماضي"، "in November") (:data:`ACT_MONTH`)."""
    return bool(_MONTH_SAID.search(normalize(sentence)))


def dated_act_claims(question: Question, evidence: Evidence) -> list[Claim]:
    """The sentence telling the act a "when" question asks (:func:`asked_act`) with a day of a month ("وأوقف
    المشتبه بهم في 3 آذار")، in the best-ranked article about the question that has one; within it, the one sharing most
    of the question's words. The passage reader needs half the question's words in one sentence and the dated
    sentence it finds may tell another act of the same people (a sentence, a plot): the act asked picks it."""
    tells = asked_act(question)
    if tells is None:
        return []
    found = _telling_claims(question, evidence,
                            lambda sentence: bool(tells.search(normalize(sentence))) and states_day(sentence))
    if found or not ACT_MONTH:
        return found
    return _telling_claims(question, evidence,
                           lambda sentence: bool(tells.search(normalize(sentence))) and states_month(sentence))
